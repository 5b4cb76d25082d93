"""Registration form: the entry's details and its ten items."""

from __future__ import annotations

import datetime as dt

from dvk_desktop.domain.records import REGISTRATION_ITEMS
from dvk_desktop.printing.data import RegistrationData
from dvk_desktop.printing.registration_form import render_registration_forms, subtitle
from tests.printing.conftest import pdf_fonts, pdf_pages_text


def _data(**changes) -> RegistrationData:
    items = [(vi, f"Nội dung {number}: {vi.lower()}")
             for number, (_, vi, _en) in enumerate(REGISTRATION_ITEMS, start=1)]
    values = dict(entry_title="Hiến đất làm đường", entry_type="model", scope="collective",
                  unit_name="Đảng ủy xã Diễn Châu", parent_unit_name="Đảng bộ tỉnh Nghệ An",
                  location="Xóm 3", field_name="Kinh tế", level_name="Cơ sở", year=2026,
                  start_date=dt.date(2026, 3, 1), items=items, place="Diễn Châu",
                  signed_on=dt.date(2026, 1, 9))
    values.update(changes)
    return RegistrationData(**values)


def test_form_prints_the_ten_items_in_order(tmp_path):
    data = _data()
    out = tmp_path / "form.pdf"
    render_registration_forms([data], out)
    text = " ".join(pdf_pages_text(out))
    positions = []
    for number, (heading, body) in enumerate(data.items, start=1):
        assert f"{number}. {heading}:" in text
        assert body in text
        positions.append(text.index(body))
    assert positions == sorted(positions) and len(positions) == 10
    for expected in ("PHIẾU ĐĂNG KÝ", "Xây dựng mô hình “Dân vận khéo” năm 2026",
                     "Hiến đất làm đường", "ĐẢNG ỦY XÃ DIỄN CHÂU",
                     "Diễn Châu, ngày 09 tháng 01 năm 2026", "ĐẠI DIỆN ĐƠN VỊ ĐĂNG KÝ"):
        assert expected in text, expected
    assert all(pdf_fonts(out).values())


def test_individual_exemplar_wording_and_person_details(tmp_path):
    data = _data(entry_type="exemplar", scope="individual",
                 person_lines=[("Họ và tên", "Nguyễn Văn <An>"), ("Năm sinh", "1975")])
    assert subtitle(data) == "Điển hình cá nhân “Dân vận khéo” năm 2026"
    out = tmp_path / "person.pdf"
    render_registration_forms([data], out)
    text = " ".join(pdf_pages_text(out))
    assert "Nguyễn Văn <An>" in text and "NGƯỜI ĐĂNG KÝ" in text


def test_empty_items_leave_lines_to_fill(tmp_path):
    data = _data(items=[(heading, "") for heading, _ in _data().items])
    out = tmp_path / "empty.pdf"
    result = render_registration_forms([data], out)
    assert result.pages >= 1
    assert "10. Cấp ủy lãnh đạo, cơ quan chỉ đạo:" in " ".join(pdf_pages_text(out))
