"""Reporting periods: parsing, formatting, bounds."""

from __future__ import annotations

from datetime import date

import pytest

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.periods import Period, PeriodKind, parse_period


@pytest.mark.parametrize("code, start, end, kind", [
    ("2024H1", date(2024, 1, 1), date(2024, 6, 30), PeriodKind.FIRST_HALF),
    ("2024h2", date(2024, 7, 1), date(2024, 12, 31), PeriodKind.SECOND_HALF),
    ("2024", date(2024, 1, 1), date(2024, 12, 31), PeriodKind.YEAR),
    ("2021-2025", date(2021, 1, 1), date(2025, 12, 31), PeriodKind.YEARS),
    ("2024-02-05:2024-08-31", date(2024, 2, 5), date(2024, 8, 31), PeriodKind.RANGE),
    ("05/02/2024:31/08/2024", date(2024, 2, 5), date(2024, 8, 31), PeriodKind.RANGE),
])
def test_parse(code, start, end, kind):
    period = parse_period(code)
    assert (period.start, period.end, period.kind) == (start, end, kind)


@pytest.mark.parametrize("code", ["2024H1", "2024H2", "2024", "2021-2025",
                                  "2024-02-05:2024-08-31"])
def test_code_round_trips(code):
    assert parse_period(code).code == code


def test_labels_in_both_languages():
    assert parse_period("2024H1").label() == "6 tháng đầu năm 2024"
    assert parse_period("2024").label() == "năm 2024"
    assert parse_period("2021-2025").label() == "giai đoạn 2021 – 2025"
    assert parse_period("2024-02-05:2024-08-31").label() == \
        "từ ngày 05/02/2024 đến ngày 31/08/2024"
    assert parse_period("2024H1").label("en") == "the first half of 2024"


def test_same_first_and_last_year_is_one_year():
    assert Period.years(2024, 2024).kind is PeriodKind.YEAR


@pytest.mark.parametrize("code", ["", "2024H3", "2025-2021", "abc", "2024-13-01:2024-12-31",
                                  "2024-06-30:2024-01-01", "1800", "24"])
def test_bad_codes_are_refused_clearly(code):
    with pytest.raises(DomainError) as info:
        parse_period(code)
    assert info.value.vi and info.value.en


def test_contains_includes_both_ends():
    period = parse_period("2024H1")
    assert period.contains(date(2024, 1, 1)) and period.contains(date(2024, 6, 30))
    assert not period.contains(date(2024, 7, 1))
    assert list(parse_period("2021-2025").years_covered) == [2021, 2022, 2023, 2024, 2025]
