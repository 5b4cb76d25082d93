"""Helpers for printing tests: sample data, PDF text, fonts and rendered pages."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from dvk_desktop.printing.data import CertificateData


def pdftoppm_or_skip() -> str:
    """Path of poppler's pdftoppm; skips outside CI when absent, fails under CI=true."""
    path = shutil.which("pdftoppm")
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("pdftoppm (poppler-utils) is required under CI but is not installed")
        pytest.skip("pdftoppm (poppler-utils) is not installed; `.ci/run` installs it")
    return path


def render_page(pdf: Path, page: int = 1, dpi: int = 50) -> Image.Image:
    """One page of a PDF rendered to an RGB image with pdftoppm."""
    tool = pdftoppm_or_skip()
    prefix = pdf.with_suffix("")
    subprocess.run([tool, "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l",
                    str(page), str(pdf), f"{prefix}-p{page}"], check=True)
    return Image.open(f"{prefix}-p{page}.png").convert("RGB")


def pdf_pages_text(pdf: Path) -> list[str]:
    """Text of every page, whitespace runs collapsed to single spaces."""
    reader = PdfReader(str(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def pdf_fonts(pdf: Path) -> dict[str, bool]:
    """Base font names used in the PDF and whether each is embedded."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(str(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor.get_object() for key in ("/FontFile", "/FontFile2",
                                                               "/FontFile3"))
                fonts[str(font["/BaseFont"])] = embedded
    return fonts


def ink_ratio(image: Image.Image, box: tuple[float, float, float, float],
              predicate=None) -> float:
    """Share of pixels in ``box`` (fractions of width/height, from the top-left) with ink."""
    width, height = image.size
    left, top, right, bottom = (int(box[0] * width), int(box[1] * height),
                                int(box[2] * width), int(box[3] * height))
    region = image.crop((left, top, right, bottom))
    test = predicate or (lambda r, g, b: r + g + b < 450)
    raw = region.tobytes()
    pixels = [raw[i:i + 3] for i in range(0, len(raw), 3)]
    return sum(1 for pixel in pixels if test(*pixel)) / max(len(pixels), 1)


def is_red(r: int, g: int, b: int) -> bool:
    """A clearly red pixel (the title and issuer lines)."""
    return r > 140 and g < 90 and b < 90


@pytest.fixture
def person_award() -> CertificateData:
    """A state Giấy khen for a woman, with a KT. signer."""
    return CertificateData(
        form="giay_khen", issuer_kind="state",
        issuer_title="Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", recipient_scope="individual",
        recipient_name="Nguyễn Thị Hồng Nhung", recipient_sex="female",
        recipient_position="Chi hội trưởng Chi hội Phụ nữ xóm 3",
        recipient_unit="xã Diễn Châu, tỉnh Nghệ An",
        achievement="Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025",
        decision_number="123/QĐ-UBND", decision_date=dt.date(2026, 2, 5),
        gold_book_number="15", place="Nghệ An", signer_lines=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer_name="Bùi Đình Long")


@pytest.fixture
def collective_award() -> CertificateData:
    """A Party Bằng khen for a collective."""
    return CertificateData(
        form="bang_khen", issuer_kind="party", issuer_title="Ban Thường vụ Tỉnh ủy Nghệ An",
        recipient_scope="collective", recipient_name="Hội Liên hiệp Phụ nữ xã Quỳnh Lưu",
        recipient_unit="huyện Quỳnh Lưu",
        achievement="Đã có thành tích xuất sắc trong xây dựng mô hình “Dân vận khéo”",
        decision_number="05-QĐ/TU", decision_date=dt.date(2026, 3, 12), place="Nghệ An",
        signer_lines=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"],
        signer_name="Hoàng Nghĩa Hiếu")
