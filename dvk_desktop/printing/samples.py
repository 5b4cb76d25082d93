"""Regenerate the sample documents in ``docs/samples/``: ``python -m dvk_desktop.printing.samples``.

The data is invented; the emblem is a neutral placeholder drawn here, standing for the image
an office supplies in Settings.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from dvk_desktop.domain.records import REGISTRATION_ITEMS
from dvk_desktop.printing.calibration import render_calibration_page
from dvk_desktop.printing.certificate import render_certificates
from dvk_desktop.printing.checklist import render_checklists
from dvk_desktop.printing.data import (
    CertificateData,
    CertificateOptions,
    ChecklistData,
    CriterionLine,
    Member,
    RegistrationData,
    Threshold,
)
from dvk_desktop.printing.registration_form import render_registration_forms
from dvk_desktop.printing.templates import load_template

CRITERIA = [("Có tên gọi, địa chỉ cụ thể, rõ ràng; thuộc một lĩnh vực nhất định", 10, 9),
            ("Được cấp ủy lãnh đạo, chỉ đạo; đăng ký với cơ quan phát động phong trào", 10, 9),
            ("Huy động được nhiều lực lượng, tổ chức, người dân cùng tham gia", 15, 13.5),
            ("Có sức lan tỏa, mang lại kết quả thiết thực, đo đếm được", 20, 18),
            ("Được nhân dân đồng tình, hưởng ứng và tích cực tham gia", 15, 14),
            ("Giải quyết được vấn đề bức xúc, cấp bách ở địa phương, cơ sở", 15, 12),
            ("Được công nhận, duy trì bền vững, có khả năng nhân rộng", 15, 13)]


def placeholder_emblem(path: Path) -> Path:
    """A round placeholder where the office's emblem image goes."""
    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 392, 392), fill=(190, 20, 20, 255), outline=(212, 175, 55, 255),
                 width=22)
    draw.regular_polygon((200, 205, 118), 5, fill=(245, 205, 60, 255))
    image.save(path)
    return path


def certificates() -> list[CertificateData]:
    """A state Giấy khen for a person and a Party Bằng khen for a collective."""
    person = CertificateData(
        form="giay_khen", issuer_kind="state",
        issuer_title="Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", recipient_scope="individual",
        recipient_name="Nguyễn Thị Hồng Nhung", recipient_sex="female",
        recipient_position="Chi hội trưởng Chi hội Phụ nữ xóm Yên Thịnh",
        recipient_unit="xã Diễn Châu, tỉnh Nghệ An",
        achievement="Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025",
        decision_number="123/QĐ-UBND", decision_date=dt.date(2026, 2, 5),
        gold_book_number="15", place="Nghệ An", signer_lines=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer_name="Bùi Đình Long")
    collective = CertificateData(
        form="bang_khen", issuer_kind="party", issuer_title="Ban Thường vụ Tỉnh ủy Nghệ An",
        recipient_scope="collective",
        recipient_name="Ban Công tác Mặt trận và Chi hội Cựu chiến binh khối dân cư "
                       "Xuân Hòa - Đông Thành",
        recipient_unit="xã Quỳnh Lưu, tỉnh Nghệ An",
        achievement="Đã có thành tích xuất sắc trong xây dựng mô hình “Dân vận khéo” "
                    "giai đoạn 2021 - 2025",
        decision_number="1205-QĐ/TU", decision_date=dt.date(2026, 3, 12), place="Nghệ An",
        signer_lines=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"],
        signer_name="Hoàng Nghĩa Hiếu")
    return [person, collective]


def checklist(filled: bool) -> ChecklistData:
    """A model's checklist, blank or filled."""
    return ChecklistData(
        entry_title="Dân vận khéo trong hiến đất, góp công làm đường giao thông nông thôn",
        entry_kind="Mô hình", unit_name="Xã Diễn Châu", location="Xóm Yên Thịnh, xã Diễn Châu",
        field_name="Kinh tế", year=2025, start_date=dt.date(2025, 3, 1),
        rubric_name="Tiêu chí chung đánh giá mô hình “Dân vận khéo”",
        criteria=[CriterionLine(t, m, p if filled else None) for t, m, p in CRITERIA],
        thresholds=[Threshold("Không đạt", 0, "failed"), Threshold("Đạt", 50, "passed"),
                    Threshold("Tiêu biểu", 80, "exemplary")],
        filled=filled, classification="exemplary" if filled else None,
        inspected_on=dt.date(2026, 2, 5), place="Diễn Châu",
        delegation=[Member("Nguyễn Văn An", "Trưởng ban Dân vận", "Trưởng đoàn"),
                    Member("Lê Thị Bình", "Chuyên viên", "Thư ký")],
        representatives="Ông Trần Văn Cường, Bí thư Đảng ủy xã",
        strengths="Vận động 126 hộ hiến 3.500 m² đất, đóng góp 1,2 tỷ đồng và 2.400 ngày công.",
        limits="Chưa có sổ theo dõi đóng góp ở một số xóm.",
        conclusion="Mô hình đạt loại Tiêu biểu, đề nghị nhân rộng.",
        recommendations="Tổng kết, nhân rộng ra các xã lân cận.",
        issuing_body="Ban Dân vận Tỉnh ủy Nghệ An")


def registration() -> RegistrationData:
    """A model's registration form with its ten items."""
    texts = ["Nhiều tuyến đường xóm lầy lội mùa mưa, người dân đi lại khó khăn.",
             "Bê tông hóa 3 km đường xóm trong năm 2026; 100% hộ đồng thuận.",
             "Họp dân công khai, bàn bạc dân chủ; cán bộ, đảng viên gương mẫu hiến đất trước.",
             "Xóm Yên Thịnh; 320 hộ dân được hưởng lợi.", "Chi bộ, Ban Công tác Mặt trận, "
             "các chi hội đoàn thể và nhân dân.", "Nhân dân đóng góp, ngân sách hỗ trợ xi măng.",
             "Từ tháng 3 đến tháng 12 năm 2026.", "3 km đường bê tông, 3.500 m² đất được hiến.",
             "Có quy chế duy tu; có thể nhân rộng ra các xóm khác.",
             "Đảng ủy xã lãnh đạo; Ban Dân vận Huyện ủy chỉ đạo."]
    return RegistrationData(
        entry_title="Dân vận khéo trong hiến đất, góp công làm đường giao thông nông thôn",
        entry_type="model", scope="collective", unit_name="Đảng ủy xã Diễn Châu",
        parent_unit_name="Đảng bộ tỉnh Nghệ An", location="Xóm Yên Thịnh, xã Diễn Châu",
        field_name="Kinh tế", level_name="Cơ sở", year=2026, start_date=dt.date(2026, 3, 1),
        items=[(vi, text) for (_, vi, _en), text in zip(REGISTRATION_ITEMS, texts, strict=True)],
        place="Diễn Châu", signed_on=dt.date(2026, 1, 9))


def build(folder: Path) -> list[Path]:
    """Write every sample PDF (and a PNG of each first page when pdftoppm exists)."""
    folder.mkdir(parents=True, exist_ok=True)
    emblem = placeholder_emblem(folder / "emblem-placeholder.png")
    full = CertificateOptions(emblem_state=emblem, emblem_party=emblem)
    pdfs = [folder / name for name in ("certificates-full.pdf", "certificate-overlay.pdf",
                                       "calibration-page.pdf", "checklist-filled.pdf",
                                       "checklist-blank.pdf", "registration-form.pdf")]
    render_certificates(certificates(), pdfs[0], full)
    render_certificates(certificates()[:1], pdfs[1], CertificateOptions(mode="overlay"))
    render_calibration_page(pdfs[2], CertificateOptions(), load_template("giay_khen_state"))
    render_checklists([checklist(True)], pdfs[3])
    render_checklists([checklist(False)], pdfs[4])
    render_registration_forms([registration()], pdfs[5])
    tool = shutil.which("pdftoppm")
    for pdf in pdfs if tool else []:
        subprocess.run([tool, "-r", "70", "-png", str(pdf), str(pdf.with_suffix(""))],
                       check=True)
    return pdfs


if __name__ == "__main__":
    for path in build(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/samples")):
        print(path)
