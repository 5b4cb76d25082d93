"""Vietnamese dates and paragraph escaping."""

from __future__ import annotations

import datetime as dt

import pytest

from dvk_desktop.printing import text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
        (dt.date(2026, 1, 31), "ngày 31 tháng 01 năm 2026"),
        (dt.date(2026, 3, 1), "ngày 01 tháng 3 năm 2026"),
        (dt.date(2024, 12, 10), "ngày 10 tháng 12 năm 2024"),
        (dt.date(2024, 10, 9), "ngày 09 tháng 10 năm 2024"),
    ],
)
def test_vietnamese_date_rule(value, expected):
    assert text.vn_date(value) == expected


def test_month_and_place_date():
    assert text.vn_month(dt.date(2026, 3, 7)) == "tháng 3 năm 2026"
    assert text.vn_month(dt.date(2026, 2, 7)) == "tháng 02 năm 2026"
    assert text.place_date("Nghệ An", dt.date(2026, 2, 5)) == "Nghệ An, ngày 05 tháng 02 năm 2026"
    assert text.place_date("", dt.date(2026, 3, 5)) == "Ngày 05 tháng 3 năm 2026"
    assert text.vn_date(None).startswith("ngày …")


def test_month_out_of_range_is_rejected():
    with pytest.raises(ValueError):
        text.month_text(13)


def test_escape_keeps_markup_characters_as_typed():
    assert text.escape("A <b> & B > C") == "A &lt;b&gt; &amp; B &gt; C"
    assert text.escape("dòng 1\r\ndòng 2") == "dòng 1<br/>dòng 2"
    assert text.escape(None) == ""


def test_upper_and_points():
    assert text.upper("nguyễn văn đức") == "NGUYỄN VĂN ĐỨC"
    assert text.format_points(7.5) == "7,5"
    assert text.format_points(10) == "10"
    assert text.format_points(None) == ""
