"""Font registration: bundled family, Vietnamese coverage, Times preference."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from dvk_desktop.printing import fonts
from tests.printing.vietnamese import vietnamese_letters


def test_vietnamese_letter_set_is_complete():
    letters = vietnamese_letters()
    assert len(letters) == 134
    assert len(set(letters)) == 134
    assert "ỹ" in letters and "Ỵ" in letters and "Đ" in letters and "ă" in letters
    assert not any(letter.isascii() for letter in letters)


def test_bundled_fonts_and_licence_are_present():
    for path in fonts.bundled_font_paths().values():
        assert path.is_file() and path.stat().st_size > 100_000
    licence = fonts.resource_path("fonts", "LICENSE-LiberationSerif.txt").read_text()
    assert "SIL Open Font License" in licence


def test_register_fonts_returns_family_and_is_idempotent():
    family = fonts.register_fonts()
    assert family == fonts.BUNDLED_FAMILY
    assert fonts.register_fonts() == family
    faces = fonts.family_faces(family)
    assert pdfmetrics.getFont(faces.bolditalic).face.name


def test_every_vietnamese_letter_is_covered_by_every_face():
    family = fonts.register_fonts()
    assert fonts.missing_characters("".join(vietnamese_letters()) + "“”…–", family) == set()


def test_family_mapping_makes_bold_and_italic_markup_work():
    family = fonts.register_fonts()
    style = ParagraphStyle("t", fontName=family, fontSize=12)
    para = Paragraph("thường <b>đậm</b> <i>nghiêng</i> <b><i>cả hai</i></b>", style)
    para.wrap(400, 100)
    used = {frag.fontName for line in para.blPara.lines for frag in line.words}
    faces = fonts.family_faces(family)
    assert {faces.regular, faces.bold, faces.italic, faces.bolditalic} <= used


def test_times_found_only_when_all_four_faces_exist(tmp_path):
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf"):
        (tmp_path / name).write_bytes(b"x")
    assert fonts.find_times_new_roman([tmp_path]) is None
    (tmp_path / "timesbi.ttf").write_bytes(b"x")
    found = fonts.find_times_new_roman([tmp_path])
    assert found is not None and found["bolditalic"].name == "timesbi.ttf"


def test_prefer_times_falls_back_to_bundled_when_absent(monkeypatch):
    monkeypatch.setattr(fonts, "find_times_new_roman", lambda search_dirs=None: None)
    monkeypatch.setattr(fonts, "_registered", {})
    assert fonts.register_fonts(prefer_times=True) == fonts.BUNDLED_FAMILY
