"""Validation rules for entries and units; returns cleaned data or raises ValidationError."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dvk_desktop.domain.enums import EntryType, Level, Scope, Sector, Sex, Status, UnitKind
from dvk_desktop.domain.errors import FieldProblem, ValidationError
from dvk_desktop.domain.records import EntryData, UnitData
from dvk_desktop.domain.vntext import clean_text

MIN_YEAR = 2009  # the movement was launched in 2009
MAX_MONEY_VND = 10**15
MAX_COUNT = 10**9
MAX_LAND_M2 = 10**10
SHORT_TEXT = 300
TITLE_TEXT = 500
LONG_TEXT = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f]")
_UNIT_CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")

_ENTRY_TEXT_LIMITS = {
    "title": TITLE_TEXT,
    "location": SHORT_TEXT,
    "person_name": 200,
    "person_ethnicity": 100,
    "person_position": 200,
    "person_workplace": SHORT_TEXT,
    "person_address": SHORT_TEXT,
}
_ENTRY_LONG_TEXT = [
    "status_reason", "problem", "goals", "content_methods", "area_beneficiaries",
    "forces_roles", "resources", "timeline", "expected_outputs", "sustainability",
    "leadership", "results_notes", "replication_places",
]


def current_year() -> int:
    """This calendar year (a function so tests can rely on the clock)."""
    return date.today().year


class _Collector:
    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def add(self, name: str, vi: str, en: str) -> None:
        if not any(p.field == name for p in self.problems):
            self.problems.append(FieldProblem(name, vi, en))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def _clean(value: str | None, name: str, limit: int, out: _Collector, one_line: bool) -> str:
    text = clean_text(value)
    pattern = _CONTROL_ONE_LINE if one_line else _CONTROL
    if pattern.search(text):
        out.add(name, "Có ký tự điều khiển không hợp lệ.", "Contains invalid control characters.")
    if len(text) > limit:
        out.add(
            name,
            f"Dài quá {limit} ký tự (hiện có {len(text)}).",
            f"Longer than {limit} characters ({len(text)} now).",
        )
    return text


def _check_enum(value, enum_cls, name: str, out: _Collector, required: bool = True) -> None:
    if value in (None, "") and not required:
        return
    if value not in {m.value for m in enum_cls}:
        out.add(name, "Giá trị không hợp lệ.", "Invalid value.")


def _check_range(value, name: str, low, high, out: _Collector) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        out.add(name, "Phải là một số.", "Must be a number.")  # value != value: NaN
    elif value < low:
        out.add(name, f"Không được nhỏ hơn {low}.", f"Must not be less than {low}.")
    elif value > high:
        out.add(name, f"Không được lớn hơn {high}.", f"Must not be greater than {high}.")


def _clean_entry_text(data: EntryData, out: _Collector) -> EntryData:
    changes = {n: _clean(getattr(data, n), n, lim, out, True) for n, lim in _ENTRY_TEXT_LIMITS.items()}
    changes.update({n: _clean(getattr(data, n), n, LONG_TEXT, out, False) for n in _ENTRY_LONG_TEXT})
    return replace(data, **changes)


def _check_required(data: EntryData, known_fields: set[str] | None, out: _Collector) -> None:
    if not data.title:
        out.add("title", "Chưa nhập tên mô hình, điển hình.", "The title is required.")
    if not data.owner_unit_id:
        out.add("owner_unit_id", "Chưa chọn đơn vị.", "Choose the owner unit.")
    if not data.field_code:
        out.add("field_code", "Chưa chọn lĩnh vực.", "Choose the field.")
    elif known_fields is not None and data.field_code not in known_fields:
        out.add("field_code", "Lĩnh vực không có trong danh mục.", "Unknown field.")
    if data.scope == Scope.INDIVIDUAL.value and not data.person_name:
        out.add("person_name", "Điển hình cá nhân cần họ và tên.",
                "An individual needs a full name.")
    if data.status in (Status.NEEDS_STRENGTHENING.value, Status.DROPPED.value) and not data.status_reason:
        out.add("status_reason", "Cần ghi lý do.", "A reason is required.")


def _check_dates(data: EntryData, out: _Collector) -> None:
    latest = current_year() + 1
    if not isinstance(data.year, int) or isinstance(data.year, bool):
        out.add("year", "Năm phải là số.", "The year must be a number.")
    elif not MIN_YEAR <= data.year <= latest:
        out.add("year", f"Năm phải từ {MIN_YEAR} đến {latest}.",
                f"The year must be between {MIN_YEAR} and {latest}.")
    if data.start_date is not None:
        if not isinstance(data.start_date, date):
            out.add("start_date", "Ngày không hợp lệ.", "Invalid date.")
        elif not date(MIN_YEAR - 10, 1, 1) <= data.start_date <= date(latest, 12, 31):
            out.add("start_date", "Ngày bắt đầu nằm ngoài khoảng cho phép.",
                    "The start date is out of range.")
    if data.person_birth_year is not None:
        _check_range(data.person_birth_year, "person_birth_year", 1900, current_year(), out)


def validate_entry(data: EntryData, known_fields: set[str] | None = None) -> EntryData:
    """Cleaned copy of ``data`` (NFC, trimmed); raises ValidationError listing every problem."""
    out = _Collector()
    data = _clean_entry_text(data, out)
    _check_enum(data.entry_type, EntryType, "entry_type", out)
    _check_enum(data.scope, Scope, "scope", out)
    _check_enum(data.level, Level, "level", out)
    _check_enum(data.status, Status, "status", out)
    _check_enum(data.sector, Sector, "sector", out, required=False)
    _check_enum(data.person_sex, Sex, "person_sex", out, required=False)
    _check_required(data, known_fields, out)
    _check_dates(data, out)
    _check_range(data.money_vnd, "money_vnd", 0, MAX_MONEY_VND, out)
    _check_range(data.land_m2, "land_m2", 0, MAX_LAND_M2, out)
    for name in ("working_days", "beneficiaries", "replication_count"):
        _check_range(getattr(data, name), name, 0, MAX_COUNT, out)
    out.raise_if_any()
    if data.scope == Scope.COLLECTIVE.value:
        data = _without_person(data)
    return data


def _without_person(data: EntryData) -> EntryData:
    """A collective carries no person details."""
    return replace(
        data, person_name="", person_sex=None, person_birth_year=None, person_ethnicity="",
        person_position="", person_workplace="", person_party_member=False, person_address="",
    )


def validate_unit(data: UnitData) -> UnitData:
    """Cleaned copy of a unit's data; raises ValidationError listing every problem."""
    out = _Collector()
    data = replace(
        data,
        code=_clean(data.code, "code", 40, out, True),
        name=_clean(data.name, "name", SHORT_TEXT, out, True),
    )
    if not data.code:
        out.add("code", "Chưa nhập mã đơn vị.", "The unit code is required.")
    elif not _UNIT_CODE.match(data.code):
        out.add("code", "Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.",
                "Use only plain letters, digits, dots, dashes and underscores.")
    if not data.name:
        out.add("name", "Chưa nhập tên đơn vị.", "The unit name is required.")
    _check_enum(data.kind, UnitKind, "kind", out)
    _check_enum(data.sector, Sector, "sector", out, required=False)
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        out.add("valid_to", "Ngày kết thúc trước ngày bắt đầu.", "The end date is before the start.")
    out.raise_if_any()
    return data
