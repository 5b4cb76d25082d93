"""The report PDF: text, layout variants and ink where the layout puts it."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from dvk_desktop.printing.report_pdf import write_report_pdf
from tests.services import stats_dataset


def _text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.mark.parametrize("layout", ["state", "party"])
def test_header_title_annexes_and_signer(db, tmp_path, layout):
    bundle = stats_dataset.bundle(db, layout)
    path = tmp_path / "report.pdf"
    pages = write_report_pdf(bundle.document, path)
    text = " ".join(_text(path).split())
    assert pages == 3
    assert "BÁO CÁO" in text
    assert "Kết quả phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2024" in text
    assert "Phú An, ngày 05 tháng 7 năm 2024" in text
    assert "KT. TRƯỞNG BAN" in text and "Nguyễn Văn An" in text
    assert "PHỤ LỤC I" in text and "PHỤ LỤC II" in text
    assert "(1) (2) (3)" in text and "(20)" in text
    # Markup characters print as typed.
    assert "Bà Lê Thị Hai <vận động> & hòa giải" in text
    if layout == "party":
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "Số 12-BC/BDVTU" in text
        assert "CỘNG HÒA XÃ HỘI" not in text
    else:
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Số: 12/BC-UBND" in text
        assert "Độc lập - Tự do - Hạnh phúc" in text


def test_without_annex_has_two_pages(db, tmp_path):
    bundle = stats_dataset.bundle(db)
    bundle.document.annex = None
    path = tmp_path / "report.pdf"
    assert write_report_pdf(bundle.document, path) == 2
    assert "PHỤ LỤC II" not in _text(path)


def test_table_page_is_landscape_with_ink_inside_the_margins(db, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    bundle = stats_dataset.bundle(db)
    path = tmp_path / "report.pdf"
    write_report_pdf(bundle.document, path)
    subprocess.run(["pdftoppm", "-r", "30", "-gray", "-png", "-f", "2", "-l", "2", str(path),
                    str(tmp_path / "page")], check=True)
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = image.size
    assert width > height  # landscape
    dark = [(x, y) for x in range(width) for y in range(height)
            if image.getpixel((x, y)) < 128]
    margin = int(30 * 10 / 25.4)  # 10 mm at 30 dpi
    assert dark and all(margin <= x < width - margin for x, _y in dark)
    assert any(y > height * 0.4 for _x, y in dark)  # the table reaches below the headings


def test_annex_rows_are_packed_into_pages_without_overflow():
    from dvk_desktop.printing.report_pdf import paginate

    pages = paginate([10, 10, 10, 25, 5, 30, 30], first=30, later=40)
    assert [list(p) for p in pages] == [[0, 1, 2], [3, 4], [5], [6]]
    assert [list(p) for p in paginate([50], first=30, later=40)] == [[0]]  # too tall: alone


def test_long_annex_has_one_header_per_page(db, tmp_path):
    bundle = stats_dataset.bundle(db)
    annex = bundle.document.annex
    annex.rows = annex.rows * 40  # 200 rows
    path = tmp_path / "report.pdf"
    pages = write_report_pdf(bundle.document, path)
    text = _text(path)
    annex_pages = pages - 2
    assert annex_pages > 3
    assert text.count("Tên mô hình, điển hình") == annex_pages


def test_a_measured_paragraph_breaks_its_lines_again_only_for_another_width():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from dvk_desktop.printing.fonts import register_fonts
    from dvk_desktop.printing.layout import MeasuredParagraph

    style = ParagraphStyle("t", fontName=register_fonts(), fontSize=10, leading=12)
    text = "Mô hình “Dân vận khéo” xây dựng nông thôn mới kiểu mẫu ở xóm 3 " * 3
    para = MeasuredParagraph(text, style)
    wide = para.wrap(300, 500)
    assert para.wrap(300, 20) == wide  # the available height plays no part
    narrow = para.wrap(90, 500)
    assert narrow[1] > wide[1]
    assert narrow == Paragraph(text, style).wrap(90, 500)
    assert para.wrap(300, 500) == wide
