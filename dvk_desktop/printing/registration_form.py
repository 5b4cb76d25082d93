"""Registration form (Phiếu đăng ký) of a model or typical example, with its ten items."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from dvk_desktop.printing import text as vt
from dvk_desktop.printing.blocks import SectionStart, info_table, text_or_lines
from dvk_desktop.printing.data import PrintResult, RegistrationData
from dvk_desktop.printing.document import (
    HeaderBlock,
    SignatureBlock,
    header_table,
    new_document,
    signature_table,
)

TITLE = "PHIẾU ĐĂNG KÝ"


def subtitle(data: RegistrationData) -> str:
    """"Xây dựng mô hình “Dân vận khéo” năm 2026" or the typical-example wording."""
    if data.entry_type == "exemplar":
        who = "cá nhân" if data.scope == "individual" else "tập thể"
        what = f"Điển hình {who} “Dân vận khéo”"
    else:
        what = "Xây dựng mô hình “Dân vận khéo”"
    return f"{what} năm {data.year}" if data.year else what


def _general(data: RegistrationData) -> list[tuple[str, str]]:
    label = "Tên mô hình" if data.entry_type != "exemplar" else "Tên điển hình"
    rows = [(label, data.entry_title), ("Đơn vị đăng ký", data.unit_name),
            ("Địa điểm thực hiện", data.location), ("Lĩnh vực", data.field_name),
            ("Cấp đăng ký", data.level_name),
            ("Thời gian bắt đầu", vt.short_date(data.start_date) if data.start_date else "")]
    return rows + list(data.person_lines)


def registration_story(data: RegistrationData, styles: dict, width: float) -> list[Flowable]:
    """Every flowable of one registration form."""
    body_lines = [line for line in (data.parent_unit_name, data.unit_name) if line]
    header = HeaderBlock(body_lines=body_lines or ["…………………"],
                         place_date=vt.place_date(data.place, data.signed_on)
                         if data.signed_on else f"…………, {vt.BLANK_DATE}")
    story: list[Flowable] = [SectionStart(), header_table(header, styles, width),
                             Spacer(1, 8 * mm), Paragraph(TITLE, styles["title"]),
                             Paragraph(vt.escape(subtitle(data)), styles["subtitle"]),
                             Spacer(1, 5 * mm),
                             Paragraph("I. THÔNG TIN CHUNG", styles["heading"]),
                             info_table(_general(data), styles, width, label_ratio=0.32),
                             Paragraph("II. NỘI DUNG ĐĂNG KÝ", styles["heading"])]
    for number, (heading, value) in enumerate(data.items, start=1):
        story.append(KeepTogether([
            Paragraph(f"<b>{number}. {vt.escape(heading)}:</b>", styles["body_left"]),
            text_or_lines(value, styles["body"], 2)]))
    individual = data.scope == "individual"
    signers = [SignatureBlock(["Xác nhận của cấp ủy,", "cơ quan chỉ đạo"],
                              note="(Ký, đóng dấu)"),
               SignatureBlock(["Người đăng ký"] if individual else ["Đại diện đơn vị đăng ký"],
                              note="(Ký, ghi rõ họ tên)")]
    story += [Spacer(1, 6 * mm), KeepTogether(signature_table(signers, styles, width))]
    return story


def render_registration_forms(items: list[RegistrationData], out: Path,
                              prefer_times: bool = False) -> PrintResult:
    """One PDF with a registration form per entry, each starting on a new page."""
    doc, styles = new_document(out, "Phiếu đăng ký", prefer_times=prefer_times)
    story: list[Flowable] = []
    for index, data in enumerate(items):
        if index:
            story.append(PageBreak())
        story += registration_story(data, styles, doc.width)
    doc.build(story)
    return PrintResult(pages=doc.page, page_size=doc.pagesize)
