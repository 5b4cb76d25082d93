"""What the statistics table is counted from: rows of the unit tree and facts per entry."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.models import (
    Award,
    Decision,
    Entry,
    FieldCategory,
    Recognition,
    StatusChange,
    Unit,
)
from dvk_desktop.domain.enums import CANONICAL_FIELDS, Level, Scope, Status
from dvk_desktop.domain.periods import Period, PeriodKind
from dvk_desktop.domain.vntext import sort_key
from dvk_desktop.services.stats_check import Problem

OWN_ROW = "__own__"
DROPPED = Status.DROPPED.value
NOTE_NAMES = 3


@dataclass
class _UnitInfo:
    id: str
    code: str
    name: str
    parent_id: str | None
    successor_id: str | None
    valid_to: date | None
    deleted: bool


class RowTree:
    """Which row of the table each unit of the chosen subtree counts in."""

    def __init__(self, root_id: str, units: dict[str, _UnitInfo], subtree: set[str]) -> None:
        self.root_id = root_id
        self.units = units
        self.subtree = subtree
        self.row_of: dict[str, str] = {uid: self._resolve(uid) for uid in subtree}

    @classmethod
    def load(cls, session: Session, root_id: str, language: str = "vi") -> RowTree:
        """Read the whole unit tree once and resolve every unit of the subtree to a row."""
        rows = session.execute(select(Unit.id, Unit.code, Unit.name, Unit.parent_id,
                                      Unit.successor_id, Unit.valid_to, Unit.deleted_at)).all()
        units = {r[0]: _UnitInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6] is not None)
                 for r in rows}
        return cls(root_id, units, queries.subtree_unit_ids(session, root_id))

    def _resolve(self, unit_id: str) -> str:
        """Follow successors (inside the subtree) and parents up to a child of the root."""
        current: str | None = unit_id
        seen: set[str] = set()
        while current is not None and current not in seen:
            seen.add(current)
            info = self.units[current]
            if info.successor_id in self.subtree and info.successor_id not in seen:
                current = info.successor_id
                continue
            if current == self.root_id:
                return OWN_ROW
            if info.parent_id == self.root_id:
                return current
            current = info.parent_id
        return OWN_ROW  # unreachable for a consistent tree; never lose a record

    def row_heads(self) -> list[tuple[str, str, str]]:
        """(row key, unit code, unit name) of every possible row, own row first."""
        root = self.units[self.root_id]
        heads = [(OWN_ROW, root.code, f"{root.name} (trực tiếp)")]
        children = sorted({key for key in self.row_of.values() if key != OWN_ROW},
                          key=lambda key: sort_key(self.units[key].name))
        return heads + [(key, self.units[key].code, self.units[key].name) for key in children]

    def always_shown(self, key: str) -> bool:
        """Current direct children always get a row, even with nothing to count."""
        if key == OWN_ROW:
            return not any(k != OWN_ROW for k in self.row_of.values())
        info = self.units[key]
        return not info.deleted and info.valid_to is None

    def note(self, key: str, language: str = "vi") -> str:
        """Which merged units a row includes, or when the row's unit was retired."""
        merged = sorted((self.units[uid].name for uid, row in self.row_of.items()
                         if row == key and self.units[uid].successor_id in self.subtree),
                        key=sort_key)
        parts: list[str] = []
        if merged:
            shown = ", ".join(merged[:NOTE_NAMES])
            more = len(merged) - NOTE_NAMES
            if language == "en":
                parts.append(f"Includes merged {shown}" + (f" and {more} more" if more > 0 else ""))
            else:
                parts.append(f"Gồm cả số liệu của {shown}" +
                             (f" và {more} đơn vị khác" if more > 0 else "") + " (đã sáp nhập)")
        info = self.units.get(key)
        if info is not None and key != OWN_ROW and info.valid_to is not None:
            day = info.valid_to.strftime("%d/%m/%Y")
            parts.append(f"Retired on {day}" if language == "en" else f"Hết hiệu lực từ {day}")
        return "; ".join(parts)


@dataclass
class EntryFacts:
    """Counted entries grouped by equal facts, the row of each new entry, and problems.

    A group's key is (row, scope, canonical field, level, new in the period, cumulative at
    its end, status at its end, recognised in the period); its value, how many entries.
    """

    groups: Counter = field(default_factory=Counter)
    new_rows: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def registration_date(year: int, start: date | None) -> date:
    """The day an entry counts as registered: its start date within its year, else 1 January."""
    if start is not None and start.year == year:
        return start
    return date(year, 1, 1)


def statuses_at(session: Session, end: date) -> tuple[dict[str, str], dict[str, str]]:
    """Each entry's last status on or before ``end``, and its first recorded status."""
    at_end: dict[str, str] = {}
    first: dict[str, str] = {}
    # Compared in SQL, so that no timestamp has to be parsed in Python.
    before = StatusChange.changed_at < datetime.combine(end + timedelta(days=1), time())
    query = (select(StatusChange.entry_id, StatusChange.to_status, before)
             .where(StatusChange.deleted_at.is_(None))
             .order_by(StatusChange.changed_at, StatusChange.id))
    rows = session.connection().execute(query)  # Core rows: no ORM loading overhead
    for entry_id, to_status, is_before in rows:
        first.setdefault(entry_id, to_status)
        if is_before:
            at_end[entry_id] = to_status
    return at_end, first


def load_entries(session: Session, tree: RowTree, period: Period, today: date,
                 recognised: set[str]) -> EntryFacts:
    """Facts of the subtree's entries (not in the trash) registered up to the period's end."""
    history = statuses_at(session, period.end) if period.end < today else ({}, {})
    last, first = history
    query = (select(Entry.id, Entry.owner_unit_id, Entry.scope, FieldCategory.canonical_code,
                    Entry.level, Entry.year, Entry.start_date, Entry.status)
             .outerjoin(FieldCategory, Entry.field_code == FieldCategory.code)
             .where(Entry.deleted_at.is_(None), Entry.year <= period.end.year))
    facts = EntryFacts()
    keys: list[tuple] = []
    odd: dict[str, list[str]] = {"field": [], "scope": [], "level": [], "no_start": []}
    row_of, start_day, end_day = tree.row_of, period.start, period.end
    for eid, owner, scope, canonical, level, year, start, status in \
            session.connection().execute(query):  # Core rows: no ORM loading overhead
        row = row_of.get(owner)
        if row is None:
            continue
        registered = start if start is not None and start.year == year else date(year, 1, 1)
        if registered > end_day:
            continue
        at_end = last.get(eid) or first.get(eid) or status
        is_new = registered >= start_day
        keys.append((row, scope, canonical or "", level, is_new, at_end != DROPPED, at_end,
                     eid in recognised))
        if is_new:
            facts.new_rows[eid] = row
            _note_oddities(eid, scope, canonical or "", level, start, year, odd)
    facts.groups = Counter(keys)
    facts.problems = _fact_problems(session, odd, period)
    return facts


_CANONICAL = {code for code, _vi, _en in CANONICAL_FIELDS}
_SCOPES = {s.value for s in Scope}
_LEVELS = {lv.value for lv in Level}


def _note_oddities(eid: str, scope: str, canonical: str, level: str, start: date | None,
                   year: int, odd: dict[str, list[str]]) -> None:
    if canonical not in _CANONICAL:
        odd["field"].append(eid)
    if scope not in _SCOPES:
        odd["scope"].append(eid)
    if level not in _LEVELS:
        odd["level"].append(eid)
    if start is None or start.year != year:
        odd["no_start"].append(eid)


_ODD_TEXT = {
    "field": ("error", "mục mới trong kỳ có lĩnh vực không thuộc bốn lĩnh vực chuẩn",
              "new entries whose field maps to none of the four canonical fields"),
    "scope": ("error", "mục mới trong kỳ không rõ tập thể hay cá nhân",
              "new entries that are neither collective nor individual"),
    "level": ("error", "mục mới trong kỳ có cấp không hợp lệ",
              "new entries with an unknown level"),
    "no_start": ("info", "mục mới trong kỳ không có ngày bắt đầu trong năm đăng ký, "
                 "được tính là đăng ký ngày 01/01",
                 "new entries without a start date in their year, counted as registered on "
                 "1 January"),
}


def _fact_problems(session: Session, odd: dict[str, list[str]], period: Period) -> list[Problem]:
    problems: list[Problem] = []
    for key, ids in odd.items():
        if not ids or (key == "no_start" and period.kind in (PeriodKind.YEAR, PeriodKind.YEARS)):
            continue
        severity, vi, en = _ODD_TEXT[key]
        titles = session.scalars(select(Entry.title).where(Entry.id.in_(ids[:5]))).all()
        problems.append(Problem(severity, key, f"{len(ids)} {vi}", f"{len(ids)} {en}",
                                sorted(titles, key=sort_key)))
    return problems


def recognised_entries(session: Session, period: Period) -> set[str]:
    """Entries with at least one recognition (not deleted) dated inside the period."""
    dated = and_(Decision.id.is_not(None), Decision.deleted_at.is_(None),
                 Decision.decided_on >= period.start, Decision.decided_on <= period.end)
    year_end = [y for y in period.years_covered if period.contains(date(y, 12, 31))]
    undated = and_(or_(Decision.id.is_(None), Decision.deleted_at.is_not(None)),
                   Recognition.year.in_(year_end))
    return set(session.scalars(
        select(Recognition.entry_id).distinct()
        .outerjoin(Decision, Recognition.decision_id == Decision.id)
        .where(Recognition.deleted_at.is_(None), or_(dated, undated))))


def awards_by_row(session: Session, tree: RowTree, period: Period) -> Counter:
    """Awards of decisions dated in the period, counted by (row, recipient scope)."""
    rows = session.execute(
        select(Award.recipient_scope, Entry.owner_unit_id, Entry.deleted_at, Award.entry_id,
               Decision.unit_id)
        .join(Decision, Award.decision_id == Decision.id)
        .outerjoin(Entry, Award.entry_id == Entry.id)
        .where(Award.deleted_at.is_(None), Decision.deleted_at.is_(None),
               Decision.decided_on >= period.start, Decision.decided_on <= period.end))
    counts: Counter = Counter()
    for scope, owner, entry_gone, entry_id, decision_unit in rows:
        if entry_id is not None and entry_gone is not None:
            continue  # the entry is in the trash
        unit = owner if entry_id is not None else decision_unit
        row = tree.row_of.get(unit) if unit else None
        if row is not None:
            counts[(row, scope)] += 1
    return counts
