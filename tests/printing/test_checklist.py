"""Inspection checklists: entry details, criteria, blank or filled scores, trips."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dvk_desktop.printing.checklist import render_checklists
from dvk_desktop.printing.data import ChecklistData, CriterionLine, Member, Threshold
from tests.printing.conftest import ink_ratio, pdf_fonts, pdf_pages_text, render_page
from tests.printing.vietnamese import vietnamese_letters


@pytest.fixture
def checklist() -> ChecklistData:
    """A filled checklist of a model with three criteria."""
    return ChecklistData(
        entry_title="Dân vận khéo trong hiến đất làm đường <liên xóm> & nội đồng",
        entry_kind="Mô hình", unit_name="Xã Diễn Châu", location="Xóm 3",
        field_name="Kinh tế", year=2025, start_date=dt.date(2025, 3, 1),
        rubric_name="Tiêu chí chung", criteria=[
            CriterionLine("Có tên gọi, địa chỉ cụ thể", 10, 9),
            CriterionLine("Huy động được nhiều lực lượng", 40, 32.5),
            CriterionLine("Giải quyết được vấn đề bức xúc", 50, 41)],
        thresholds=[Threshold("Không đạt", 0, "failed"), Threshold("Đạt", 50, "passed"),
                    Threshold("Tiêu biểu", 80, "exemplary")],
        filled=True, classification="exemplary", inspected_on=dt.date(2026, 2, 5),
        place="Diễn Châu", delegation=[Member("Nguyễn Văn An", "Trưởng ban", "Trưởng đoàn"),
                                       Member("Lê Thị Bình", "Chuyên viên", "Thư ký")],
        representatives="Ông Trần Văn Cường", strengths="Huy động 1,2 tỷ đồng.",
        conclusion="Đạt loại Tiêu biểu.", issuing_body="Ban Dân vận Tỉnh ủy")


def test_filled_checklist_has_details_scores_total_and_signers(tmp_path, checklist):
    out = tmp_path / "filled.pdf"
    render_checklists([checklist], out)
    text = " ".join(pdf_pages_text(out))
    for expected in ("BIÊN BẢN KIỂM TRA, ĐÁNH GIÁ", checklist.entry_title, "Xã Diễn Châu",
                     "Kinh tế", "01/03/2025", "Có tên gọi, địa chỉ cụ thể", "32,5", "82,5",
                     "Tổng cộng", "100", "Tiêu biểu (từ 80 điểm)", "Đạt (từ 50 đến dưới 80 điểm)",
                     "Không đạt (dưới 50 điểm)", "Diễn Châu, ngày 05 tháng 02 năm 2026",
                     "Huy động 1,2 tỷ đồng.", "TRƯỞNG ĐOÀN", "THƯ KÝ", "Nguyễn Văn An",
                     "Lê Thị Bình", "ĐẠI DIỆN ĐƠN VỊ"):
        assert expected in text, expected
    fonts = pdf_fonts(out)
    assert fonts and all(fonts.values())


def test_blank_checklist_leaves_scores_and_findings_empty(tmp_path, checklist):
    blank = dataclasses.replace(checklist, filled=False)
    out = tmp_path / "blank.pdf"
    render_checklists([blank], out)
    text = " ".join(pdf_pages_text(out))
    assert "Có tên gọi, địa chỉ cụ thể" in text and "Tổng cộng" in text
    assert "32,5" not in text and "82,5" not in text
    assert "Huy động 1,2 tỷ đồng." not in text and "ngày ….. tháng" in text


def test_trip_puts_each_entry_on_its_own_pages(tmp_path, checklist):
    second = dataclasses.replace(checklist, entry_title="Mô hình thứ hai", filled=False)
    out = tmp_path / "trip.pdf"
    result = render_checklists([checklist, second], out)
    pages = pdf_pages_text(out)
    assert result.pages == len(pages) >= 2
    starts = [i for i, page in enumerate(pages) if "BIÊN BẢN KIỂM TRA" in page]
    assert len(starts) == 2 and "Mô hình thứ hai" in pages[starts[1]]


def test_all_vietnamese_letters_and_markup_read_back(tmp_path, checklist):
    letters = "".join(vietnamese_letters())
    data = dataclasses.replace(checklist, unit_name=letters)
    out = tmp_path / "letters.pdf"
    render_checklists([data], out)
    text = " ".join(pdf_pages_text(out)).replace(" ", "")
    assert letters in text
    assert "<liênxóm>&nộiđồng" in text


def test_margins_are_empty_and_table_has_ink(tmp_path, checklist):
    out = tmp_path / "ink.pdf"
    render_checklists([checklist], out)
    image = render_page(out)
    # Decree 30 margins: left 30 mm and right 15 mm of 210 stay blank.
    assert ink_ratio(image, (0, 0, 28 / 210, 1)) == 0
    assert ink_ratio(image, (1 - 13 / 210, 0, 1, 1)) == 0
    assert ink_ratio(image, (0.2, 0.1, 0.8, 0.2)) > 0.005  # header and title


def test_cancel_writes_nothing(tmp_path, checklist):
    out = tmp_path / "c.pdf"
    result = render_checklists([checklist, checklist], out, progress=lambda d, t: False)
    assert result.cancelled and not out.exists()
