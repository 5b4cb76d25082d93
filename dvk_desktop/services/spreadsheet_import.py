"""Import existing spreadsheets of models: guess the mapping, check every row, then commit.

Nothing is written until every kept row is valid; then all rows go in one transaction.
Rows that repeat an existing entry (same title ignoring diacritics, unit and year) or an
earlier row are left out by default, so importing the same sheet twice adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, FieldCategory, Unit
from dvk_desktop.domain.enums import EntryType, Level, Scope, Sex, Status
from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.records import EntryData
from dvk_desktop.domain.validation import validate_entry
from dvk_desktop.domain.vntext import search_key, sort_key
from dvk_desktop.services import audit
from dvk_desktop.services.entries import entry_search_key, record_status
from dvk_desktop.services.spreadsheets import Sheet, heading_key, read_sheet

# Headings (without diacritics) that name each field; the first match wins.
HEADINGS: dict[str, list[str]] = {
    "title": ["ten mo hinh dien hinh", "ten mo hinh", "ten dien hinh", "mo hinh dien hinh",
              "ten mo hinh guong dien hinh", "mo hinh", "ten"],
    "unit": ["don vi", "ten don vi", "don vi dang ky", "co quan don vi", "don vi thuc hien"],
    "field": ["linh vuc"],
    "scope": ["tap the ca nhan", "tap the hay ca nhan", "doi tuong"],
    "entry_type": ["loai", "phan loai", "mo hinh hay dien hinh", "loai hinh"],
    "year": ["nam", "nam dang ky", "nam xay dung", "nam dang ky xay dung"],
    "location": ["dia ban", "dia chi", "dia diem", "dia ban thuc hien"],
    "start_date": ["ngay bat dau", "thoi gian bat dau", "ngay trien khai", "thoi gian thuc hien"],
    "level": ["cap", "cap cong nhan", "cap dang ky"],
    "status": ["trang thai", "tinh trang"],
    "person_name": ["ho va ten", "ho ten", "ten ca nhan"],
    "person_position": ["chuc vu"],
    "person_sex": ["gioi tinh"],
    "person_birth_year": ["nam sinh"],
    "results_notes": ["ket qua", "hieu qua", "ket qua dat duoc", "ghi chu"],
    "money_vnd": ["kinh phi huy dong dong", "kinh phi huy dong", "so tien huy dong", "kinh phi"],
    "beneficiaries": ["so ho nguoi huong loi", "so nguoi huong loi", "so ho huong loi"],
    "working_days": ["ngay cong"],
    "land_m2": ["dat hien m2", "dat hien", "dien tich dat hien"],
}
FIELD_NAMES = list(HEADINGS)
_HEADER_SCAN = 20
_SHEET_NAMES = {"field_code": "field", "owner_unit_id": "unit"}


def field_of_heading(text: str) -> str | None:
    """The field a column heading names, or None."""
    key = heading_key(text)
    if not key or key == "stt":
        return None
    for name, options in HEADINGS.items():
        if key in options:
            return name
    for name, options in HEADINGS.items():
        if any(len(o) > 6 and key.startswith(o) for o in options):
            return name
    return None


@dataclass
class Mapping:
    """Which row holds the headings and which field each column feeds."""

    header_row: int
    columns: dict[int, str] = field(default_factory=dict)


def guess_mapping(sheet: Sheet) -> Mapping:
    """The row among the first ones with the most recognised headings, and its mapping."""
    best = Mapping(-1)
    for index, row in enumerate(sheet.rows[:_HEADER_SCAN]):
        columns: dict[int, str] = {}
        for col, text in enumerate(row):
            name = field_of_heading(text)
            if name and name not in columns.values():
                columns[col] = name
        if len(columns) > len(best.columns):
            best = Mapping(index, columns)
    if "title" not in best.columns.values():
        raise DomainError("Không tìm thấy cột “Tên mô hình” trong bảng tính.",
                          "No “Tên mô hình” (title) column was found in the spreadsheet.")
    return best


@dataclass
class RowResult:
    """One data row: the entry it becomes, or its problems; or why it is left out."""

    row_number: int
    values: dict[str, str]
    data: EntryData | None = None
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    skipped_vi: str = ""
    skipped_en: str = ""


@dataclass
class SheetPlan:
    """What importing a spreadsheet would do."""

    mapping: Mapping
    rows: list[RowResult]

    @property
    def kept(self) -> list[RowResult]:
        """Rows that will be imported."""
        return [r for r in self.rows if not r.skipped_en]

    @property
    def errors(self) -> list[RowResult]:
        """Kept rows with problems (nothing is imported while there are any)."""
        return [r for r in self.kept if r.problems]


_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")


def parse_date(text: str) -> date | None:
    """A date from '05/02/2024', '5-2-2024', '2024-02-05' or '02/2024'; ValueError if odd."""
    text = text.strip()
    if not text:
        return None
    if m := _ISO.match(text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DATE.match(text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := _MONTH.match(text):
        return date(int(m[2]), int(m[1]), 1)
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1)
    raise ValueError(text)


def _number(text: str, kind=int):
    cleaned = text.replace(" ", "").replace(".", "").replace(",", "") if kind is int else \
        text.replace(" ", "").replace(".", "").replace(",", ".")
    return kind(cleaned) if cleaned else kind(0)


class _Lookups:
    """Names the sheet may use for units, fields and enumerations, without diacritics."""

    def __init__(self, session) -> None:
        office_unit = queries.office_unit_id(session)
        allowed = queries.subtree_unit_ids(session, office_unit) if office_unit else set()
        self.default_unit = office_unit
        self.units: dict[str, str] = {}
        for unit_id, code, name in session.execute(select(Unit.id, Unit.code, Unit.name)):
            if unit_id in allowed:
                self.units.setdefault(heading_key(name), unit_id)
                self.units[heading_key(code)] = unit_id
        self.fields: dict[str, str] = {}
        for code, vi, en in session.execute(select(FieldCategory.code, FieldCategory.name_vi,
                                                   FieldCategory.name_en)):
            for text in (code, vi, en):
                self.fields[heading_key(text)] = code
        self.known_fields = set(self.fields.values())

    @staticmethod
    def enum(enum_cls, text: str):
        key = heading_key(text)
        for member in enum_cls:
            if key in (heading_key(member.value), heading_key(member.label("vi")),
                       heading_key(member.label("en"))):
                return member.value
        raise ValueError(text)


def _problem(name: str, vi: str, en: str) -> tuple[str, str, str]:
    return name, vi, en


def _convert(values: dict[str, str], look: _Lookups) -> tuple[EntryData, list]:
    problems: list = []
    data = EntryData(title=values.get("title", ""), location=values.get("location", ""),
                     results_notes=values.get("results_notes", ""),
                     person_name=values.get("person_name", ""),
                     person_position=values.get("person_position", ""))
    converters = {
        "unit": lambda t: {"owner_unit_id": look.units[heading_key(t)]},
        "field": lambda t: {"field_code": look.fields[heading_key(t)]},
        "scope": lambda t: {"scope": look.enum(Scope, t)},
        "entry_type": lambda t: {"entry_type": look.enum(EntryType, t)},
        "level": lambda t: {"level": look.enum(Level, t)},
        "status": lambda t: {"status": look.enum(Status, t)},
        "person_sex": lambda t: {"person_sex": look.enum(Sex, t)},
        "year": lambda t: {"year": parse_date(t).year},
        "start_date": lambda t: {"start_date": parse_date(t)},
        "person_birth_year": lambda t: {"person_birth_year": int(t)},
        "money_vnd": lambda t: {"money_vnd": _number(t)},
        "beneficiaries": lambda t: {"beneficiaries": _number(t)},
        "working_days": lambda t: {"working_days": _number(t)},
        "land_m2": lambda t: {"land_m2": _number(t, float)},
    }
    changes: dict = {"owner_unit_id": look.default_unit or ""}
    for name, convert in converters.items():
        text = values.get(name, "")
        if not text:
            continue
        try:
            changes.update(convert(text))
        except (KeyError, ValueError, AttributeError, TypeError):
            problems.append(_problem(name, f"Không hiểu giá trị “{text}”.",
                                     f"Cannot understand “{text}”."))
    data = replace(data, **changes)
    if "entry_type" not in values or not values.get("entry_type"):
        data = replace(data, entry_type=EntryType.EXEMPLAR.value
                       if data.scope == Scope.INDIVIDUAL.value else EntryType.MODEL.value)
    if not data.year and data.start_date:
        data = replace(data, year=data.start_date.year)
    return data, problems


def _skip_reason(values: dict[str, str]) -> tuple[str, str] | None:
    title = heading_key(values.get("title", ""))
    if not any(values.values()):
        return "Dòng trống.", "Empty row."
    if re.fullmatch(r"[\d\s()]*", values.get("title", "")) or title.startswith(("tong cong",
                                                                             "tong so", "cong")):
        return "Dòng số thứ tự cột hoặc dòng tổng.", "Column-number or total row."
    return None


def _check_row(result: RowResult, look: _Lookups, seen: set, existing: set) -> None:
    data, problems = _convert(result.values, look)
    try:
        data = validate_entry(data, look.known_fields)
    except ValidationError as exc:
        known = {p[0] for p in problems}
        for p in exc.problems:
            name = _SHEET_NAMES.get(p.field, p.field)
            if name not in known:
                problems.append(_problem(name, p.vi, p.en))
    result.data, result.problems = data, problems
    key = (search_key(data.title), data.owner_unit_id, data.year)
    if not problems and (key in seen or key in existing):
        result.skipped_vi = "Trùng với mô hình đã có (cùng tên, đơn vị, năm)."
        result.skipped_en = "Duplicate of an existing entry (same title, unit and year)."
    seen.add(key)


def plan_sheet(db: Database, path: Path, mapping: Mapping | None = None) -> SheetPlan:
    """Read a spreadsheet and check every row against the rules; writes nothing."""
    sheet = read_sheet(path)
    mapping = mapping or guess_mapping(sheet)
    results = []
    for index in range(mapping.header_row + 1, len(sheet.rows)):
        row = sheet.rows[index]
        values = {name: row[col] if col < len(row) else ""
                  for col, name in mapping.columns.items()}
        result = RowResult(index + 1, values)
        if reason := _skip_reason(values):
            result.skipped_vi, result.skipped_en = reason
        results.append(result)
    with db.session() as session:
        look = _Lookups(session)
        existing = {(search_key(t), u, y) for t, u, y in session.execute(
            select(Entry.title, Entry.owner_unit_id, Entry.year).where(Entry.deleted_at.is_(None)))}
        seen: set = set()
        for result in results:
            if not result.skipped_en:
                _check_row(result, look, seen, existing)
    return SheetPlan(mapping, results)


def commit_sheet(db: Database, plan: SheetPlan, actor: str) -> int:
    """Create every kept row in one transaction; refuses while any kept row has problems."""
    if plan.errors:
        raise DomainError(f"Còn {len(plan.errors)} dòng có lỗi; chưa nhập dòng nào.",
                          f"{len(plan.errors)} rows have errors; nothing was imported.")
    with db.session() as session:
        origin = queries.office_unit_id(session)
        for result in plan.kept:
            entry = Entry(version=1, updated_by=actor, origin_unit_id=origin)
            for name in EntryData.field_names():
                setattr(entry, name, getattr(result.data, name))
            entry.search_key = entry_search_key(result.data)
            entry.sort_key = sort_key(result.data.title)
            session.add(entry)
            session.flush()
            record_status(session, entry, None, actor, result.data.status_reason)
            audit.record(session, actor, "create", entry, None)
    return len(plan.kept)
