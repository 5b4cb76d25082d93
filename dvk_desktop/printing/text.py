"""Text helpers for printed documents: Vietnamese dates and safe paragraph text.

Dates follow the rule of Decree 30/2020/NĐ-CP: a day below 10 and the months January and
February take a leading zero ("ngày 05 tháng 02 năm 2026"), other months do not
("tháng 3"), so that nobody can add a digit to a signed document.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape as _xml_escape

from dvk_desktop.domain.vntext import nfc

BLANK_DATE = "ngày ….. tháng ….. năm ……."


def day_text(day: int) -> str:
    """Day of month as printed: 05, 9 → 09, 10, 31."""
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Month as printed: 01 and 02 with a leading zero, 3 to 12 without."""
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return f"{month:02d}" if month <= 2 else str(month)


def vn_date(value: dt.date | None) -> str:
    """"ngày 05 tháng 02 năm 2026"; a blank to fill by hand when the date is unknown."""
    if value is None:
        return BLANK_DATE
    return f"ngày {day_text(value.day)} tháng {month_text(value.month)} năm {value.year}"


def vn_month(value: dt.date) -> str:
    """"tháng 3 năm 2026", "tháng 02 năm 2026"."""
    return f"tháng {month_text(value.month)} năm {value.year}"


def place_date(place: str, value: dt.date | None) -> str:
    """"Nghệ An, ngày 05 tháng 02 năm 2026" (no place → the date alone, capitalised)."""
    date_part = vn_date(value)
    place = nfc(place or "").strip()
    return f"{place}, {date_part}" if place else date_part[:1].upper() + date_part[1:]


def short_date(value: dt.date | None) -> str:
    """"05/02/2026", or dots to fill by hand."""
    return value.strftime("%d/%m/%Y") if value else "…../…../……."


def escape(text: str | None) -> str:
    """User text made safe for a ReportLab Paragraph: NFC, markup escaped, line breaks kept.

    ``<``, ``>`` and ``&`` then print as typed instead of being read as mini-markup.
    """
    cleaned = nfc(text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = [_xml_escape(line) for line in cleaned.split("\n")]
    return "<br/>".join(lines)


def upper(text: str | None) -> str:
    """Upper case that keeps Vietnamese letters composed (NFC)."""
    return nfc(nfc(text or "").upper())


def format_points(value: float | int | None) -> str:
    """Points as printed: "10", "7,5" (decimal comma), empty when not scored."""
    if value is None:
        return ""
    number = float(value)
    if number.is_integer():
        return str(int(number))
    return f"{number:.2f}".rstrip("0").rstrip(".").replace(".", ",")
