"""Reporting periods: a half year, a year, several years, or any date range.

Codes, as typed on the command line and kept in settings:

- ``2024H1`` — the first six months of 2024 (1 January to 30 June);
- ``2024H2`` — the last six months of 2024 (1 July to 31 December);
- ``2024`` — the whole year;
- ``2021-2025`` — several whole years (a term of the movement);
- ``2024-02-05:2024-08-31`` — any range of days, both ends included (ISO dates, or
  ``05/02/2024`` in Vietnamese order).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from dvk_desktop.domain.errors import DomainError

MIN_YEAR = 1990
MAX_YEAR = 2100


class PeriodKind(StrEnum):
    """The shapes a reporting period can take."""

    FIRST_HALF = "first_half"
    SECOND_HALF = "second_half"
    YEAR = "year"
    YEARS = "years"
    RANGE = "range"


@dataclass(frozen=True)
class Period:
    """A closed range of days ``start``..``end`` with the shape it was chosen as."""

    kind: PeriodKind
    start: date
    end: date

    @classmethod
    def first_half(cls, year: int) -> Period:
        """1 January to 30 June of ``year``."""
        return cls(PeriodKind.FIRST_HALF, date(_year(year), 1, 1), date(year, 6, 30))

    @classmethod
    def second_half(cls, year: int) -> Period:
        """1 July to 31 December of ``year``."""
        return cls(PeriodKind.SECOND_HALF, date(_year(year), 7, 1), date(year, 12, 31))

    @classmethod
    def year(cls, year: int) -> Period:
        """The whole of ``year``."""
        return cls(PeriodKind.YEAR, date(_year(year), 1, 1), date(year, 12, 31))

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        """Whole years ``first`` to ``last`` (e.g. the term 2021–2025)."""
        if _year(last) < _year(first):
            raise _bad(f"{first}-{last}")
        if first == last:
            return cls.year(first)
        return cls(PeriodKind.YEARS, date(first, 1, 1), date(last, 12, 31))

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """Any range of days, both ends included."""
        if end < start:
            raise DomainError("Ngày kết thúc phải sau ngày bắt đầu.",
                              "The end date must not be before the start date.")
        _year(start.year)
        _year(end.year)
        return cls(PeriodKind.RANGE, start, end)

    def contains(self, day: date) -> bool:
        """True when ``day`` lies inside the period (ends included)."""
        return self.start <= day <= self.end

    @property
    def years_covered(self) -> range:
        """Every calendar year the period touches."""
        return range(self.start.year, self.end.year + 1)

    @property
    def code(self) -> str:
        """The period's code, as :func:`parse_period` reads it."""
        if self.kind is PeriodKind.FIRST_HALF:
            return f"{self.start.year}H1"
        if self.kind is PeriodKind.SECOND_HALF:
            return f"{self.start.year}H2"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        if self.kind is PeriodKind.YEARS:
            return f"{self.start.year}-{self.end.year}"
        return f"{self.start.isoformat()}:{self.end.isoformat()}"

    def label(self, language: str = "vi") -> str:
        """Words for titles: "6 tháng đầu năm 2024", "năm 2024", "giai đoạn 2021 – 2025"."""
        y0, y1 = self.start.year, self.end.year
        vi, en = {
            PeriodKind.FIRST_HALF: (f"6 tháng đầu năm {y0}", f"the first half of {y0}"),
            PeriodKind.SECOND_HALF: (f"6 tháng cuối năm {y0}", f"the second half of {y0}"),
            PeriodKind.YEAR: (f"năm {y0}", f"{y0}"),
            PeriodKind.YEARS: (f"giai đoạn {y0} – {y1}", f"{y0}–{y1}"),
            PeriodKind.RANGE: (
                f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}",
                f"{self.start:%d/%m/%Y} to {self.end:%d/%m/%Y}",
            ),
        }[self.kind]
        return en if language == "en" else vi

    def __str__(self) -> str:
        return self.code


def _bad(text: str) -> DomainError:
    return DomainError(
        f"Kỳ báo cáo “{text}” không hợp lệ. Dùng 2024H1, 2024, 2021-2025 hoặc "
        "2024-01-01:2024-06-30.",
        f"Invalid period “{text}”. Use 2024H1, 2024, 2021-2025 or 2024-01-01:2024-06-30.",
    )


def _year(value: int) -> int:
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise DomainError(f"Năm {value} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.",
                          f"Year {value} is outside {MIN_YEAR}–{MAX_YEAR}.")
    return value


def _parse_day(text: str, whole: str) -> date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise _bad(whole)


_HALF = re.compile(r"^(\d{4})\s*[Hh]\s*([12])$")
_YEARS = re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$")


def parse_period(text: str) -> Period:
    """Period from its code (see the module's docstring); a clear error otherwise."""
    raw = (text or "").strip()
    if ":" in raw:
        first, _, last = raw.partition(":")
        return Period.between(_parse_day(first, raw), _parse_day(last, raw))
    if raw.isdigit() and len(raw) == 4:
        return Period.year(int(raw))
    match = _HALF.match(raw)
    if match:
        year, half = int(match.group(1)), match.group(2)
        return Period.first_half(year) if half == "1" else Period.second_half(year)
    match = _YEARS.match(raw)
    if match:
        return Period.years(int(match.group(1)), int(match.group(2)))
    raise _bad(raw)
