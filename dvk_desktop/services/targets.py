"""Targets per unit and year, and each unit's progress against them with tag counts."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, Target, Unit, new_id
from dvk_desktop.domain.errors import FieldProblem, ValidationError
from dvk_desktop.domain.lifecycle_records import ProgressRow, TargetRecord
from dvk_desktop.domain.validation import MIN_YEAR, current_year
from dvk_desktop.domain.vntext import clean_text, sort_key
from dvk_desktop.services import audit
from dvk_desktop.services.lifecycle_common import load, synced_fields
from dvk_desktop.services.record_state import touch

MAX_TARGET = 10_000


def _check(year: int, min_models: int, min_exemplars: int) -> None:
    problems = []
    if not isinstance(year, int) or not MIN_YEAR <= year <= current_year() + 5:
        problems.append(FieldProblem("year", "Năm không hợp lệ.", "Invalid year."))
    for name, value in (("min_models", min_models), ("min_exemplars", min_exemplars)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_TARGET:
            problems.append(FieldProblem(name, f"Chỉ tiêu phải từ 0 đến {MAX_TARGET}.",
                                         f"A target must be between 0 and {MAX_TARGET}."))
    if problems:
        raise ValidationError(problems)


def _record(item: Target) -> TargetRecord:
    return TargetRecord(item.id, item.unit_id, item.year, item.min_models, item.min_exemplars,
                        item.note)


def _put(session: Session, unit_id: str, year: int, min_models: int, min_exemplars: int,
         note: str, actor: str) -> Target:
    item = session.scalar(select(Target).where(Target.unit_id == unit_id, Target.year == year))
    if item is None:
        item = Target(id=new_id(), unit_id=unit_id, year=year, min_models=min_models,
                      min_exemplars=min_exemplars, note=note, **synced_fields(session, actor))
        session.add(item)
        session.flush()
        audit.record(session, actor, "create", item, None)
        return item
    before = audit.snapshot(item)
    item.min_models, item.min_exemplars, item.note = min_models, min_exemplars, note
    item.deleted_at = None
    touch(item, actor)
    session.flush()
    audit.record(session, actor, "update", item, before)
    return item


def set_target(db: Database, unit_id: str, year: int, min_models: int, actor: str,
               min_exemplars: int = 0, note: str = "") -> TargetRecord:
    """Set (or change) a unit's target for a year."""
    _check(year, min_models, min_exemplars)
    with db.session() as session:
        load(session, Unit, unit_id, "đơn vị", "Unit", live=True)
        return _record(_put(session, unit_id, year, min_models, min_exemplars,
                            clean_text(note), actor))


def set_targets_below(db: Database, parent_id: str, year: int, min_models: int, actor: str,
                      min_exemplars: int = 0, kind: str | None = None) -> int:
    """The same target for every live, current unit directly below ``parent_id``."""
    _check(year, min_models, min_exemplars)
    with db.session() as session:
        query = select(Unit.id).where(Unit.parent_id == parent_id, Unit.deleted_at.is_(None),
                                      Unit.valid_to.is_(None))
        if kind:
            query = query.where(Unit.kind == kind)
        ids = list(session.scalars(query))
        for unit_id in ids:
            _put(session, unit_id, year, min_models, min_exemplars, "", actor)
        return len(ids)


def list_targets(db: Database, year: int) -> list[TargetRecord]:
    """Live targets of a year."""
    with db.session() as session:
        query = select(Target).where(Target.year == year, Target.deleted_at.is_(None))
        return [_record(t) for t in session.scalars(query)]


def _counts(session: Session, year: int) -> dict[str, Counter]:
    query = (select(Entry.owner_unit_id, Entry.entry_type, Entry.tag_religious,
                    Entry.tag_ethnic_minority, func.count())
             .where(Entry.year == year, Entry.deleted_at.is_(None))
             .group_by(Entry.owner_unit_id, Entry.entry_type, Entry.tag_religious,
                       Entry.tag_ethnic_minority))
    counts: dict[str, Counter] = {}
    for unit_id, entry_type, religious, ethnic, n in session.execute(query):
        bucket = counts.setdefault(unit_id, Counter())
        bucket["models" if entry_type == "model" else "exemplars"] += n
        bucket["religious"] += n if religious else 0
        bucket["ethnic_minority"] += n if ethnic else 0
    return counts


def _subtrees(session: Session):
    """A function giving a unit's subtree (with predecessors), reading the tree once."""
    below: dict[str, list[str]] = {}
    for unit_id, parent_id, successor_id in session.execute(
            select(Unit.id, Unit.parent_id, Unit.successor_id)):
        for key in (parent_id, successor_id):
            if key:
                below.setdefault(key, []).append(unit_id)

    def subtree(root: str) -> set[str]:
        found, stack = set(), [root]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(below.get(current, []))
        return found

    return subtree


def _rows_for(session: Session, units: list[Unit], year: int) -> list[ProgressRow]:
    counts = _counts(session, year)
    subtree = _subtrees(session)
    targets = {t.unit_id: t for t in session.scalars(
        select(Target).where(Target.year == year, Target.deleted_at.is_(None)))}
    rows = []
    for unit in units:
        total: Counter = Counter()
        for member in subtree(unit.id):
            total.update(counts.get(member, Counter()))
        target = targets.get(unit.id)
        rows.append(ProgressRow(
            unit.id, unit.code, unit.name, total["models"], total["exemplars"],
            target.min_models if target else None, target.min_exemplars if target else None,
            total["religious"], total["ethnic_minority"]))
    return rows


def progress(db: Database, year: int, parent_id: str | None = None) -> list[ProgressRow]:
    """Every unit directly below ``parent_id`` (default: this office's unit) and every unit
    with a target that year: registrations in the year (its subtree rolled up) against the
    target, and how many lie in religious and ethnic-minority areas; Vietnamese order."""
    with db.session() as session:
        parent_id = parent_id or queries.office_unit_id(session)
        targeted = select(Target.unit_id).where(Target.year == year, Target.deleted_at.is_(None))
        units = list(session.scalars(select(Unit).where(
            Unit.deleted_at.is_(None),
            (Unit.parent_id == parent_id) | Unit.id.in_(targeted))))
        units.sort(key=lambda u: sort_key(u.name))
        return _rows_for(session, units, year)


def tag_totals(rows: list[ProgressRow]) -> dict[str, int]:
    """Totals of a progress view: registrations, tag counts, units below target."""
    return {
        "models": sum(r.models for r in rows),
        "exemplars": sum(r.exemplars for r in rows),
        "religious": sum(r.religious for r in rows),
        "ethnic_minority": sum(r.ethnic_minority for r in rows),
        "below_target": sum(1 for r in rows if r.below_target),
        "with_target": sum(1 for r in rows if r.has_target),
    }
