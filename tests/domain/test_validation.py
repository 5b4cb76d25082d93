"""Validation of entries and units: required fields, ranges, limits, normalisation."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from dvk_desktop.domain.errors import ValidationError
from dvk_desktop.domain.records import EntryData, UnitData
from dvk_desktop.domain.validation import current_year, validate_entry, validate_unit


def _entry(**changes) -> EntryData:
    base = EntryData(title="Tuyến đường nở hoa", field_code="culture_society",
                     owner_unit_id="u1", year=2024)
    return replace(base, **changes)


def _problem_fields(exc: ValidationError) -> set[str]:
    return {p.field for p in exc.problems}


def test_a_complete_collective_entry_is_valid():
    assert validate_entry(_entry()).title == "Tuyến đường nở hoa"


def test_text_is_trimmed_and_normalised_to_nfc():
    decomposed = unicodedata.normalize("NFD", "  Dân vận khéo  ")
    assert validate_entry(_entry(title=decomposed)).title == "Dân vận khéo"


def test_missing_required_fields_are_all_listed():
    with pytest.raises(ValidationError) as info:
        validate_entry(EntryData(year=2024))
    assert {"title", "owner_unit_id", "field_code"} <= _problem_fields(info.value)


def test_individual_requires_a_person_name():
    with pytest.raises(ValidationError) as info:
        validate_entry(_entry(scope="individual", entry_type="exemplar"))
    problem = info.value.for_field("person_name")
    assert problem is not None
    assert "họ và tên" in problem.message("vi")
    assert "full name" in problem.message("en")


def test_collective_drops_person_details():
    clean = validate_entry(_entry(person_name="Nguyễn Văn A", person_birth_year=1970))
    assert clean.person_name == "" and clean.person_birth_year is None


@pytest.mark.parametrize("year", [2008, current_year() + 2, 0, -1])
def test_year_out_of_range_is_refused(year):
    with pytest.raises(ValidationError) as info:
        validate_entry(_entry(year=year))
    assert _problem_fields(info.value) == {"year"}


def test_next_year_is_accepted_for_planned_models():
    assert validate_entry(_entry(year=current_year() + 1)).year == current_year() + 1


@pytest.mark.parametrize("name", ["money_vnd", "working_days", "beneficiaries", "land_m2",
                                  "replication_count"])
def test_negative_figures_are_refused(name):
    with pytest.raises(ValidationError) as info:
        validate_entry(_entry(**{name: -1}))
    assert _problem_fields(info.value) == {name}


def test_huge_money_is_refused():
    with pytest.raises(ValidationError):
        validate_entry(_entry(money_vnd=10**18))


def test_title_length_limit():
    assert validate_entry(_entry(title="x" * 500)).title == "x" * 500
    with pytest.raises(ValidationError) as info:
        validate_entry(_entry(title="x" * 501))
    assert "500" in info.value.for_field("title").message("vi")


def test_control_characters_are_refused_but_newlines_allowed_in_long_text():
    with pytest.raises(ValidationError):
        validate_entry(_entry(title="Tên\x00mô hình"))
    assert validate_entry(_entry(problem="Dòng 1\nDòng 2")).problem == "Dòng 1\nDòng 2"
    with pytest.raises(ValidationError):
        validate_entry(_entry(title="Dòng 1\nDòng 2"))


def test_unknown_enum_values_are_refused():
    with pytest.raises(ValidationError) as info:
        validate_entry(_entry(entry_type="other", scope="x", level="y", status="z"))
    assert {"entry_type", "scope", "level", "status"} <= _problem_fields(info.value)


def test_unknown_field_code_is_refused_when_catalogue_given():
    with pytest.raises(ValidationError):
        validate_entry(_entry(field_code="sport"), known_fields={"economy"})


def test_dropped_needs_a_reason():
    with pytest.raises(ValidationError) as info:
        validate_entry(_entry(status="dropped"))
    assert _problem_fields(info.value) == {"status_reason"}
    assert validate_entry(_entry(status="dropped", status_reason="Hết kinh phí")).status == "dropped"


def test_start_date_far_in_the_future_is_refused():
    with pytest.raises(ValidationError):
        validate_entry(_entry(start_date=date(current_year() + 5, 1, 1)))


def test_unit_rules():
    assert validate_unit(UnitData(code=" BDV ", name=" Ban Dân vận ", kind="party_org")).code == "BDV"
    with pytest.raises(ValidationError) as info:
        validate_unit(UnitData(code="có dấu", name="", kind="planet"))
    assert {"code", "name", "kind"} <= _problem_fields(info.value)
    with pytest.raises(ValidationError):
        validate_unit(UnitData(code="A", name="A", kind="other", valid_from=date(2025, 7, 1),
                               valid_to=date(2025, 1, 1)))
