"""Certificates: text as given, boxes inside their limits, ink where expected, batches."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.lib.units import mm

from dvk_desktop.printing.certificate import (
    certificate_fields,
    fill,
    recipient_line,
    render_certificates,
)
from dvk_desktop.printing.data import CertificateOptions
from dvk_desktop.printing.templates import load_template
from tests.printing.conftest import (
    ink_ratio,
    is_red,
    pdf_fonts,
    pdf_pages_text,
    render_page,
)
from tests.printing.vietnamese import vietnamese_letters


def _assert_boxes_inside(result, options):
    width, height = result.page_size
    for page in result.boxes:
        for box in page:
            assert box.inside(*box.limit), box
            assert box.inside(0, 0, width, height), box


def test_recipient_line_uses_honorific_and_capitals(person_award, collective_award):
    assert recipient_line(person_award) == "Bà NGUYỄN THỊ HỒNG NHUNG"
    male = dataclasses.replace(person_award, recipient_sex="male", recipient_name="lê văn đức")
    assert recipient_line(male) == "Ông LÊ VĂN ĐỨC"
    assert recipient_line(collective_award) == "Hội Liên hiệp Phụ nữ xã Quỳnh Lưu"


def test_fill_skips_element_when_all_placeholders_empty(person_award):
    fields = certificate_fields(dataclasses.replace(person_award, gold_book_number=""))
    assert fill("Số sổ vàng: {gold_book_number}", fields) == ""
    assert fill("TẶNG", fields) == "TẶNG"
    assert fill("{decision_date}", fields) == "ngày 05 tháng 02 năm 2026"


def test_batch_prints_one_page_per_award_with_all_text(tmp_path, person_award,
                                                      collective_award):
    out = tmp_path / "certs.pdf"
    result = render_certificates([person_award, collective_award], out)
    assert result.pages == 2 and not result.cancelled
    first, second = pdf_pages_text(out)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "TẶNG", "GIẤY KHEN",
                     "Bà NGUYỄN THỊ HỒNG NHUNG", "Chi hội trưởng Chi hội Phụ nữ xóm 3",
                     "Quyết định số 123/QĐ-UBND", "ngày 05 tháng 02 năm 2026", "Số sổ vàng: 15",
                     "Nghệ An, ngày 05 tháng 02 năm 2026", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                     "Bùi Đình Long", "“Dân vận khéo” năm 2025"):
        assert expected in first, expected
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN THƯỜNG VỤ TỈNH ỦY NGHỆ AN", "BẰNG KHEN",
                     "Hội Liên hiệp Phụ nữ xã Quỳnh Lưu", "ngày 12 tháng 3 năm 2026",
                     "T/M BAN THƯỜNG VỤ", "Hoàng Nghĩa Hiếu"):
        assert expected in second, expected
    assert "Độc lập" not in second and "Số sổ vàng" not in second


def test_every_vietnamese_letter_prints_and_reads_back(tmp_path, person_award):
    letters = "".join(vietnamese_letters())
    award = dataclasses.replace(person_award, recipient_scope="collective",
                                recipient_name=letters[:67], achievement=letters[67:],
                                recipient_unit=letters)
    out = tmp_path / "letters.pdf"
    render_certificates([award], out)
    text = pdf_pages_text(out)[0].replace(" ", "")
    assert letters[:67] in text and letters[67:] in text


def test_markup_characters_print_as_typed(tmp_path, person_award):
    award = dataclasses.replace(person_award, recipient_scope="collective",
                                recipient_name="Tổ <hòa giải> & Đội <b>xung kích</b>")
    out = tmp_path / "markup.pdf"
    render_certificates([award], out)
    assert "Tổ <hòa giải> & Đội <b>xung kích</b>" in pdf_pages_text(out)[0]


def test_fonts_are_embedded(tmp_path, person_award):
    out = tmp_path / "fonts.pdf"
    render_certificates([person_award], out)
    fonts = pdf_fonts(out)
    assert fonts and all(fonts.values()), fonts
    assert any("LiberationSerif-Bold" in name for name in fonts)


@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("mode", ["full", "overlay"])
def test_very_long_texts_stay_inside_their_boxes(tmp_path, person_award, paper, mode):
    long_name = ("Ban Công tác Mặt trận và Chi hội Cựu chiến binh, Chi hội Phụ nữ, Chi đoàn "
                 "Thanh niên khu dân cư Xuân Hòa - Đông Thành - Bắc Sơn ") * 3
    award = dataclasses.replace(
        person_award, recipient_scope="collective", recipient_name=long_name,
        recipient_unit="Ủy ban Mặt trận Tổ quốc Việt Nam xã Diễn Châu " * 6,
        achievement="Đã có thành tích xuất sắc " * 40, issuer_title="Chủ tịch " * 30,
        signer_name="Nguyễn Thị Hồng Nhung Phương Thảo " * 5)
    options = CertificateOptions(mode=mode, paper=paper)
    result = render_certificates([award, person_award], tmp_path / "long.pdf", options)
    _assert_boxes_inside(result, options)
    recipient = next(b for b in result.boxes[0] if b.element == "recipient")
    normal = next(b for b in result.boxes[1] if b.element == "recipient")
    assert recipient.font_size < normal.font_size  # shrunk to fit
    text = pdf_pages_text(tmp_path / "long.pdf")[0]
    assert "Chi đoàn Thanh niên khu dân cư Xuân Hòa - Đông Thành - Bắc Sơn" in text


def test_boxes_do_not_overlap(tmp_path, person_award):
    result = render_certificates([person_award], tmp_path / "o.pdf")
    boxes = result.boxes[0]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = (a.x + a.width <= b.x or b.x + b.width <= a.x
                     or a.y + a.height <= b.y or b.y + b.height <= a.y)
            assert apart, (a.element, b.element)


def test_offsets_move_every_box(tmp_path, person_award):
    plain = render_certificates([person_award], tmp_path / "a.pdf")
    moved = render_certificates([person_award], tmp_path / "b.pdf",
                                CertificateOptions(offset_x_mm=3, offset_y_mm=2))
    for a, b in zip(plain.boxes[0], moved.boxes[0], strict=True):
        assert b.x - a.x == pytest.approx(3 * mm, abs=0.01)
        assert a.y - b.y == pytest.approx(2 * mm, abs=0.01)


def test_a3_scales_the_layout(tmp_path, person_award):
    a4 = render_certificates([person_award], tmp_path / "a4.pdf")
    a3 = render_certificates([person_award], tmp_path / "a3.pdf",
                             CertificateOptions(paper="A3"))
    assert a3.page_size[0] == pytest.approx(420 * mm)
    size = {b.element: b.font_size for b in a4.boxes[0]}
    for box in a3.boxes[0]:
        assert box.font_size == pytest.approx(size[box.element] * 420 / 297, rel=0.05)


def test_overlay_prints_only_variable_text(tmp_path, person_award):
    out = tmp_path / "overlay.pdf"
    result = render_certificates([person_award], out, CertificateOptions(mode="overlay"))
    text = pdf_pages_text(out)[0]
    assert "Bà NGUYỄN THỊ HỒNG NHUNG" in text
    assert "CỘNG HÒA" not in text and "GIẤY KHEN" not in text
    template = load_template("giay_khen_state")
    preprinted = {e.id for e in template.elements if e.preprinted}
    assert not preprinted & {b.element for b in result.boxes[0]}
    image = render_page(out)
    assert ink_ratio(image, (0, 0, 1, 0.04)) == 0  # no border in overlay mode


def test_full_page_has_ink_where_expected(tmp_path, person_award):
    out = tmp_path / "full.pdf"
    render_certificates([person_award], out)
    image = render_page(out)
    # The title "GIẤY KHEN" (70-87 mm of 210) is red; the issuer line (56-63.5 mm) too.
    assert ink_ratio(image, (0.35, 70 / 210, 0.65, 87 / 210), is_red) > 0.05
    assert ink_ratio(image, (0.3, 56 / 210, 0.7, 63.5 / 210), is_red) > 0.01
    # The recipient line has dark ink; the border band has ink; the space between the
    # signer's title and name (the 35 mm for signature and seal) stays empty.
    assert ink_ratio(image, (0.3, 88 / 210, 0.7, 102 / 210)) > 0.02
    assert ink_ratio(image, (0, 0, 1, 0.04)) > 0.05
    assert ink_ratio(image, (155 / 297, 152 / 210, 270 / 297, 183 / 210)) == 0


def test_cancel_stops_and_writes_nothing(tmp_path, person_award):
    out = tmp_path / "cancelled.pdf"
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 2

    result = render_certificates([person_award] * 5, out, progress=progress)
    assert result.cancelled and calls == [(1, 5), (2, 5)]
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_progress_reports_every_page(tmp_path, person_award):
    calls = []
    render_certificates([person_award] * 3, tmp_path / "p.pdf",
                        progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_missing_emblem_leaves_space_and_a_given_one_is_drawn(tmp_path, person_award):
    from PIL import Image

    emblem = tmp_path / "emblem.png"
    Image.new("RGB", (100, 100), (200, 0, 0)).save(emblem)
    without = tmp_path / "without.pdf"
    render_certificates([person_award], without,
                        CertificateOptions(emblem_state=tmp_path / "missing.png"))
    with_emblem = tmp_path / "with.pdf"
    render_certificates([person_award], with_emblem, CertificateOptions(emblem_state=emblem))
    region = (137 / 297, 16 / 210, 160 / 297, 37 / 210)
    assert ink_ratio(render_page(without), region) == 0
    assert ink_ratio(render_page(with_emblem), region, is_red) > 0.5


def test_repeated_blocks_are_reused_but_each_page_keeps_its_own_text(tmp_path, person_award):
    """A batch fits the blocks shared by every page once; what differs stays per page."""
    names = ["Nguyễn Thị Hồng Nhung", "Trần Văn Bình", "Nguyễn Thị Hồng Nhung"]
    items = [dataclasses.replace(person_award, recipient_name=name, gold_book_number=str(n))
             for n, name in enumerate(names, start=1)]
    out = tmp_path / "batch.pdf"
    result = render_certificates(items, out)
    pages = pdf_pages_text(out)
    assert "Bà NGUYỄN THỊ HỒNG NHUNG" in pages[0] and "Số sổ vàng: 1" in pages[0]
    assert "TRẦN VĂN BÌNH" in pages[1] and "NHUNG" not in pages[1]
    assert "Số sổ vàng: 3" in pages[2]
    alone = render_certificates([items[1]], tmp_path / "alone.pdf")
    assert result.boxes[1] == alone.boxes[0]  # the same as when printed on its own
    assert result.boxes[0] == result.boxes[2]
