"""Calibration page: marks at known places, moved by the offsets."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from dvk_desktop.printing.calibration import mark_centres, render_calibration_page
from dvk_desktop.printing.data import CertificateOptions
from dvk_desktop.printing.templates import load_template
from tests.printing.conftest import ink_ratio, pdf_pages_text, render_page


def test_marks_sit_20_mm_from_the_edges_and_follow_offsets():
    plain = mark_centres("A4")
    assert plain[0] == (pytest.approx(20 * mm), pytest.approx(20 * mm))
    moved = mark_centres("A4", (2, 3))
    assert moved[0][0] - plain[0][0] == pytest.approx(2 * mm)
    assert plain[0][1] - moved[0][1] == pytest.approx(3 * mm)


def test_page_shows_instructions_offsets_and_template_boxes(tmp_path):
    out = tmp_path / "cal.pdf"
    options = CertificateOptions(paper="A3", offset_x_mm=9,
                                 template_offsets={"giay_khen_state": (1.5, 0.0)})
    result = render_calibration_page(out, options, load_template("giay_khen_state"))
    text = pdf_pages_text(out)[0]
    assert "TRANG CĂN CHỈNH" in text and "X = +1.5 mm" in text and "A3" in text
    ids = {box.element for box in result.boxes[0]}
    assert "recipient" in ids and "form_title" not in ids  # preprinted parts not outlined
    image = render_page(out, dpi=40)
    # Ink at the bottom-left mark's centre (20 mm from each edge of 420 x 297 mm).
    assert ink_ratio(image, (18 / 420, 1 - 22 / 297, 22 / 420, 1 - 18 / 297)) > 0.05
