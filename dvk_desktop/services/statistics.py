"""The statistics table of the periodic report (figures defined in docs/statistics.md).

One row per unit directly below the chosen unit, each rolled up through its subtree, plus a
row for entries the chosen unit registered itself, plus the total. A retired unit counts
under its successor. The total is the sum of the rows, so it adds up by construction;
:func:`check_table` still verifies every sum and lists what does not fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, Unit
from dvk_desktop.domain.enums import CANONICAL_FIELDS, Level, Scope, Status
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.periods import Period
from dvk_desktop.domain.report_table import ReportRow, ReportTable, statistics_columns
from dvk_desktop.services import stats_data
from dvk_desktop.services.stats_check import Problem, check_table

__all__ = ["Problem", "StatisticsReport", "build_statistics", "check_table", "find_root"]

FIELD_KEYS = [f"field_{code}" for code, _vi, _en in CANONICAL_FIELDS]
LEVEL_KEYS = [f"level_{lv.value}" for lv in Level]
OUTSTANDING_STATES = {Status.OUTSTANDING.value, Status.COMMENDED.value, Status.REPLICATED.value}
REPLICATED = Status.REPLICATED.value
SCOPES = {Scope.COLLECTIVE.value, Scope.INDIVIDUAL.value}


@dataclass
class StatisticsReport:
    """The table with what it was built from and the problems found in the data."""

    root_id: str
    root_code: str
    root_name: str
    period: Period
    table: ReportTable
    problems: list[Problem] = field(default_factory=list)
    entry_rows: dict[str, str] = field(default_factory=dict)  # new entry id -> row key
    new_entry_ids: list[str] = field(default_factory=list)
    row_keys: list[str] = field(default_factory=list)  # key of each row of the table


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
        recognised = stats_data.recognised_entries(session, period)
        facts = stats_data.load_entries(session, tree, period, today or date.today(), recognised)
        awards = stats_data.awards_by_row(session, tree, period)
        report = StatisticsReport(root.id, root.code, root.name, period,
                                  ReportTable(statistics_columns(), [], ReportRow("", "")))
    rows = {key: ReportRow(code, name) for key, code, name in tree.row_heads()}
    # Entries with the same row and the same facts are counted together: a few thousand
    # distinct keys instead of one pass of dictionary updates per entry.
    for (row_key, *key), count in facts.groups.items():
        _count_group(rows[row_key].counts, *key, count)
    report.entry_rows = facts.new_rows
    report.new_entry_ids = list(facts.new_rows)
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


def _add(counts: dict[str, int], key: str, count: int) -> None:
    counts[key] = counts.get(key, 0) + count


def _count_group(counts: dict[str, int], scope: str, canonical: str, level: str, is_new: bool,
                 is_cumulative: bool, status_at_end: str, recognised: bool, count: int) -> None:
    """Add ``count`` entries sharing these facts to a row's counts."""
    if is_cumulative:
        _add(counts, "cumulative", count)
        if status_at_end in OUTSTANDING_STATES:
            _add(counts, "outstanding", count)
        if status_at_end == REPLICATED:
            _add(counts, "replicated", count)
    if recognised:
        _add(counts, "recognised", count)
    if not is_new:
        return
    _add(counts, "new", count)
    _add(counts, scope if scope in SCOPES else "scope_other", count)
    field_key = f"field_{canonical}"
    _add(counts, field_key if field_key in FIELD_KEYS else "field_other", count)
    level_key = f"level_{level}"
    _add(counts, level_key if level_key in LEVEL_KEYS else "level_other", count)


def _total(rows: list[ReportRow], language: str) -> ReportRow:
    total = ReportRow("", "Tổng cộng" if language != "en" else "Total")
    for row in rows:
        for key, value in row.counts.items():
            total.counts[key] = total.counts.get(key, 0) + value
    return total


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

