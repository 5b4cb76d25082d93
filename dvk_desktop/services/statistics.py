"""The statistics table of the periodic report (figures defined in docs/statistics.md).

One row per unit directly below the chosen unit, each rolled up through its subtree, plus a
row for entries the chosen unit registered itself, plus the total. A retired unit counts
under its successor. The total is the sum of the rows, so it adds up by construction;
:func:`check_table` still verifies every sum and lists what does not fit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial

from sqlalchemy import and_, case, func, not_, or_, select
from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
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
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.periods import Period, PeriodKind
from dvk_desktop.domain.report_table import ReportRow, ReportTable, statistics_columns
from dvk_desktop.domain.vntext import sort_key
from dvk_desktop.services import stats_data
from dvk_desktop.services.stats_check import Problem, check_table

__all__ = ["Problem", "StatisticsReport", "build_statistics", "check_table", "find_root"]

FIELD_KEYS = [f"field_{code}" for code, _vi, _en in CANONICAL_FIELDS]
LEVEL_KEYS = [f"level_{lv.value}" for lv in Level]
OUTSTANDING_STATES = {Status.OUTSTANDING.value, Status.COMMENDED.value, Status.REPLICATED.value}
REPLICATED = Status.REPLICATED.value
SCOPES = {Scope.COLLECTIVE.value, Scope.INDIVIDUAL.value}
DROPPED = Status.DROPPED.value
EXAMPLES = 5  # titles shown with a problem


@dataclass
class StatisticsReport:
    """The table with what it was built from and the problems found in the data."""

    root_id: str
    root_code: str
    root_name: str
    period: Period
    table: ReportTable
    problems: list[Problem] = field(default_factory=list)
    row_keys: list[str] = field(default_factory=list)  # key of each row of the table
    # Reads {new entry id: row key} from the database when first asked for (the annex
    # needs it; the table alone does not).
    new_rows_loader: Callable[[], dict[str, str]] | None = field(default=None, repr=False)
    _new_rows: dict[str, str] | None = field(default=None, repr=False)

    @property
    def entry_rows(self) -> dict[str, str]:
        """The row key of every entry counted as new in the period."""
        if self._new_rows is None:
            self._new_rows = self.new_rows_loader() if self.new_rows_loader else {}
        return self._new_rows

    @property
    def new_entry_ids(self) -> list[str]:
        """The entries counted as new in the period."""
        return list(self.entry_rows)


def find_root(session: Session, unit: str) -> Unit:
    """The chosen unit by code or id; a clear error when it does not exist."""
    found = session.scalar(select(Unit).where(Unit.code == unit.strip()))
    found = found or session.get(Unit, unit)
    if found is None:
        raise DomainError(f"Không có đơn vị mã “{unit}”.", f"No unit with code “{unit}”.")
    return found


def build_statistics(db: Database, unit: str, period: Period, language: str = "vi",
                     today: date | None = None) -> StatisticsReport:
    """The statistics table of ``unit`` (code or id) for ``period``."""
    with db.session() as session:
        root = find_root(session, unit)
        tree = stats_data.RowTree.load(session, root.id, language)
        facts = count_entries(session, tree, period, today or date.today())
        awards = awards_by_row(session, tree, period)
        report = StatisticsReport(root.id, root.code, root.name, period,
                                  ReportTable(statistics_columns(), [], ReportRow("", "")))
    report.new_rows_loader = partial(new_entry_rows, db, tree, period)
    rows = {key: ReportRow(code, name) for key, code, name in tree.row_heads()}
    # The database counts each unit's entries; a unit's counts are added to its row.
    for owner, counts in facts.by_unit.items():
        target = rows[tree.row_of[owner]].counts
        for name, count in counts.items():
            if count:
                target[name] = target.get(name, 0) + count
    for (row_key, scope), count in awards.items():
        target = rows[row_key].counts
        name = "awards_collective" if scope == Scope.COLLECTIVE.value else "awards_individual"
        target[name] = target.get(name, 0) + count
    for key, row in rows.items():
        row.note = tree.note(key, language)
    report.row_keys = [key for key, row in rows.items()
                       if tree.always_shown(key) or any(row.counts.values())]
    kept = [rows[key] for key in report.row_keys]
    report.table.rows = kept
    report.table.total = _total(kept, language)
    report.problems = check_table(report.table, facts.problems)
    return report


def _total(rows: list[ReportRow], language: str) -> ReportRow:
    total = ReportRow("", "Tổng cộng" if language != "en" else "Total")
    for row in rows:
        for key, value in row.counts.items():
            total.counts[key] = total.counts.get(key, 0) + value
    return total


_CANONICAL = [code for code, _vi, _en in CANONICAL_FIELDS]
_SCOPE_VALUES = [s.value for s in Scope]
_LEVEL_VALUES = [lv.value for lv in Level]


@dataclass
class EntryFacts:
    """The counts of each unit's entries (by column key), and the problems found in them."""

    by_unit: dict[str, dict[str, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class _Facts:
    """SQL expressions of one entry's facts for a period (docs/statistics.md).

    The registration day is the start date when it falls in the year of registration, else
    1 January of that year. Every comparison is written with constants of the period (no
    date function per row), so it is cheap and reads nothing but the covering index
    ``ix_entry_counts``.
    """

    def __init__(self, period: Period) -> None:
        start, end = period.start, period.end
        # Registered on or before the end: any earlier year; in the end's year, unless the
        # start date is in that year and after the end.
        late = and_(Entry.start_date > end, Entry.start_date <= date(end.year, 12, 31))
        self.registered_by_end = and_(
            Entry.deleted_at.is_(None), Entry.year <= end.year,
            or_(Entry.year < end.year, Entry.start_date.is_(None), not_(late)))
        # Registered on or after the start: any later year; in the start's year, only with
        # a start date in that year on or after the start (1 January otherwise).
        if (start.month, start.day) == (1, 1):
            self.new = Entry.year >= start.year
        else:
            self.new = or_(Entry.year > start.year,
                           and_(Entry.year == start.year, Entry.start_date >= start,
                                Entry.start_date <= date(start.year, 12, 31)))
        # Only for the new entries, whose years are those of the period.
        start_in_year = or_(*(
            and_(Entry.year == year, Entry.start_date >= date(year, 1, 1),
                 Entry.start_date <= date(year, 12, 31)) for year in period.years_covered))
        self.no_start_in_year = or_(Entry.start_date.is_(None), not_(start_in_year))


def _recognised_ids(period: Period):
    """SQL: entries with a recognition (not deleted) dated inside the period."""
    dated = and_(Decision.id.is_not(None), Decision.deleted_at.is_(None),
                 Decision.decided_on >= period.start, Decision.decided_on <= period.end)
    year_end = [y for y in period.years_covered if period.contains(date(y, 12, 31))]
    undated = and_(or_(Decision.id.is_(None), Decision.deleted_at.is_not(None)),
                   Recognition.year.in_(year_end))
    return (select(Recognition.entry_id)
            .outerjoin(Decision, Recognition.decision_id == Decision.id)
            .where(Recognition.deleted_at.is_(None), or_(dated, undated)))


def _status_columns(status) -> dict[str, object]:
    """Cumulative, outstanding and replicated: conditions on the status at the end."""
    return {"cumulative": status != DROPPED,
            "outstanding": status.in_(sorted(OUTSTANDING_STATES)),
            "replicated": status == REPLICATED}


def _status_counts(status: str) -> dict[str, int]:
    """The same three columns for one entry whose status at the end is ``status``."""
    cumulative = status != DROPPED
    return {"cumulative": int(cumulative),
            "outstanding": int(cumulative and status in OUTSTANDING_STATES),
            "replicated": int(cumulative and status == REPLICATED)}


def _column_conditions(facts: _Facts, period: Period) -> dict[str, object]:
    """SQL: for each column key (and each oddity the check reports), the entries it counts.

    The conditions of the new entries' breakdowns include being new; an entry whose
    scope, field or level is none of the known ones counts under "…_other".
    """
    canonical = func.coalesce(FieldCategory.canonical_code, "")
    new = facts.new
    conditions: dict[str, object] = _status_columns(Entry.status)
    conditions["recognised"] = Entry.id.in_(_recognised_ids(period))
    conditions["new"] = new
    for value in _SCOPE_VALUES:
        conditions[value] = and_(new, Entry.scope == value)
    conditions["scope_other"] = and_(new, Entry.scope.not_in(_SCOPE_VALUES))
    for code in _CANONICAL:
        conditions[f"field_{code}"] = and_(new, canonical == code)
    conditions["field_other"] = and_(new, canonical.not_in(_CANONICAL))
    for value in _LEVEL_VALUES:
        conditions[f"level_{value}"] = and_(new, Entry.level == value)
    conditions["level_other"] = and_(new, Entry.level.not_in(_LEVEL_VALUES))
    conditions[_NO_START] = and_(new, facts.no_start_in_year)
    return conditions


_NO_START = "__no_start__"
_ODD_KEYS = {"field": "field_other", "scope": "scope_other", "level": "level_other",
             "no_start": _NO_START}


def count_entries(session: Session, tree: stats_data.RowTree, period: Period,
                  today: date) -> EntryFacts:
    """Each unit's counts of its entries (not in the trash) registered up to the end.

    One query groups the entries by owner in SQL from the covering index, with the
    entries' current status. When the period has ended, the entries whose status at its
    end (from their history) differs from the current one are then corrected one by one.
    """
    facts = _Facts(period)
    conditions = _column_conditions(facts, period)
    names = list(conditions)
    query = (select(Entry.owner_unit_id,
                    *(func.count(case((conditions[name], 1))) for name in names))
             .outerjoin(FieldCategory, Entry.field_code == FieldCategory.code)
             .where(facts.registered_by_end)
             .group_by(Entry.owner_unit_id))
    found = EntryFacts()
    row_of = tree.row_of
    for owner, *counts in session.connection().execute(query).all():
        if owner in row_of:
            found.by_unit[owner] = dict(zip(names, counts, strict=True))
    if period.end < today:
        _correct_status_at_end(session, facts, period, found.by_unit)
    odd = Counter()
    for counts in found.by_unit.values():
        for key, name in _ODD_KEYS.items():
            odd[key] += counts.get(name, 0)
        counts.pop(_NO_START, None)
    found.problems = _fact_problems(session, tree, period, odd)
    return found


def _statuses_at_end(session: Session, end: date) -> dict[str, str]:
    """Each entry's last status change on or before ``end``, else its first one.

    One pass over the status history: several times cheaper than a lookup per entry.
    """
    before = StatusChange.changed_at < datetime.combine(end + timedelta(days=1), time())
    query = (select(StatusChange.entry_id, StatusChange.to_status, case((before, 1), else_=0))
             .where(StatusChange.deleted_at.is_(None))
             .order_by(StatusChange.changed_at, StatusChange.id))
    at_end: dict[str, str] = {}
    first: dict[str, str] = {}
    for entry_id, to_status, is_before in session.connection().execute(query).all():
        if is_before:
            at_end[entry_id] = to_status
        elif entry_id not in first:
            first[entry_id] = to_status
    for entry_id, to_status in first.items():
        at_end.setdefault(entry_id, to_status)
    return at_end


MOVED_BY_ID = 2_000  # above this many moved entries, every entry's unit is read at once


def _correct_status_at_end(session: Session, facts: _Facts, period: Period,
                           by_unit: dict[str, dict[str, int]]) -> None:
    """Count each entry whose status at the end differs from its current one by the former.

    Only the ids and statuses of the counted entries are read; the units are then looked
    up for the few entries that moved (usually those changed since the period ended).
    """
    at_end = _statuses_at_end(session, period.end)
    if not at_end:
        return
    current = select(Entry.id, Entry.status).where(facts.registered_by_end)
    moved = {eid: (status, at_end[eid])
             for eid, status in session.connection().execute(current).all()
             if eid in at_end and at_end[eid] != status}
    if not moved:
        return
    if len(moved) <= MOVED_BY_ID:
        ids = list(moved)
        owners = [row for start in range(0, len(ids), 500)
                  for row in session.connection().execute(
                      select(Entry.id, Entry.owner_unit_id)
                      .where(Entry.id.in_(ids[start:start + 500]))).all()]
    else:
        owners = session.connection().execute(
            select(Entry.id, Entry.owner_unit_id).where(facts.registered_by_end)).all()
    for eid, owner in owners:
        counts = by_unit.get(owner)
        if counts is None or eid not in moved:
            continue
        now, then = moved[eid]
        for name, value in _status_counts(then).items():
            counts[name] += value
        for name, value in _status_counts(now).items():
            counts[name] -= value


def _fact_problems(session: Session, tree: stats_data.RowTree, period: Period,
                   odd: Counter) -> list[Problem]:
    """The check's problems about single entries, with up to five titles as examples."""
    facts = _Facts(period)
    canonical = func.coalesce(FieldCategory.canonical_code, "")
    conditions = {"field": canonical.not_in(_CANONICAL),
                  "scope": Entry.scope.not_in(_SCOPE_VALUES),
                  "level": Entry.level.not_in(_LEVEL_VALUES),
                  "no_start": facts.no_start_in_year}
    problems: list[Problem] = []
    for key, condition in conditions.items():
        count = odd[key]
        if not count or (key == "no_start"
                         and period.kind in (PeriodKind.YEAR, PeriodKind.YEARS)):
            continue
        severity, vi, en = stats_data._ODD_TEXT[key]
        ids = select(Entry.id).outerjoin(
            FieldCategory, Entry.field_code == FieldCategory.code).where(
            facts.registered_by_end, facts.new, condition,
            Entry.owner_unit_id.in_(tree.row_of)).limit(EXAMPLES)
        titles = session.scalars(select(Entry.title).where(Entry.id.in_(ids))).all()
        problems.append(Problem(severity, key, f"{count} {vi}", f"{count} {en}",
                                sorted(titles, key=sort_key)))
    return problems


def new_entry_rows(db: Database, tree: stats_data.RowTree, period: Period) -> dict[str, str]:
    """{entry id: row key} of the entries counted as new in the period."""
    facts = _Facts(period)
    query = select(Entry.id, Entry.owner_unit_id).where(facts.registered_by_end, facts.new)
    row_of = tree.row_of
    with db.session() as session:
        rows = session.connection().execute(query).all()
        return {eid: row_of[owner] for eid, owner in rows if owner in row_of}


def awards_by_row(session: Session, tree: stats_data.RowTree, period: Period) -> Counter:
    """Awards of decisions dated in the period, counted by (row, recipient scope).

    An award counts under its entry's unit, or under its decision's unit when its
    recipient was typed directly; awards of entries in the trash are not counted.
    """
    unit = case((Award.entry_id.is_not(None), Entry.owner_unit_id), else_=Decision.unit_id)
    per_award = (
        select(Award.recipient_scope.label("scope"), unit.label("unit"))
        .join(Decision, Award.decision_id == Decision.id)
        .outerjoin(Entry, Award.entry_id == Entry.id)
        .where(Award.deleted_at.is_(None), Decision.deleted_at.is_(None),
               Decision.decided_on >= period.start, Decision.decided_on <= period.end,
               or_(Award.entry_id.is_(None), Entry.deleted_at.is_(None)))
        .subquery())
    query = (select(per_award.c.scope, per_award.c.unit, func.count())
             .group_by(per_award.c.scope, per_award.c.unit))
    counts: Counter = Counter()
    for scope, unit_id, count in session.connection().execute(query).all():
        row = tree.row_of.get(unit_id) if unit_id else None
        if row is not None:
            counts[(row, scope)] += count
    return counts


def new_entry_count_by_year(db: Database, unit: str, years: range) -> dict[int, int]:
    """Entries registered each year in the unit's subtree (for the chart by year)."""
    with db.session() as session:
        root = find_root(session, unit)
        ids = queries.subtree_unit_ids(session, root.id)
        rows = session.execute(
            select(Entry.year, Entry.owner_unit_id).where(
                Entry.deleted_at.is_(None), Entry.year >= years.start, Entry.year < years.stop)
        ).all()
    counts = {year: 0 for year in years}
    for year, owner in rows:
        if owner in ids:
            counts[year] += 1
    return counts

