"""Inspections: score an entry against a rubric; saving moves the entry's status."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, Inspection, InspectionScore, Rubric, Unit, new_id
from dvk_desktop.domain import lifecycle
from dvk_desktop.domain.inspections import validate_inspection
from dvk_desktop.domain.lifecycle_records import (
    DelegationMember,
    InspectionData,
    InspectionRecord,
    InspectionRow,
    ScoreLine,
)
from dvk_desktop.domain.rubrics import classify, thresholds_from_json, total_points, validate_scores
from dvk_desktop.services import audit
from dvk_desktop.services.lifecycle_common import (
    load,
    load_entry,
    set_entry_status,
    synced_fields,
)
from dvk_desktop.services.record_state import check_version, set_deleted, touch


def _load(session: Session, inspection_id: str) -> Inspection:
    return load(session, Inspection, inspection_id, "biên bản kiểm tra", "Inspection")


def _data_of(item: Inspection) -> InspectionData:
    return InspectionData(
        entry_id=item.entry_id, rubric_id=item.rubric_id or "", inspected_on=item.inspected_on,
        place=item.place, delegation=[DelegationMember(**m) for m in item.delegation or []],
        representatives=item.representatives, scores=[s.points for s in item.scores],
        findings=item.findings, strengths=item.strengths, limits=item.limits,
        conclusion=item.conclusion, recommendations=item.recommendations)


def to_record(session: Session, item: Inspection) -> InspectionRecord:
    """Plain data of a stored inspection with its score lines and names."""
    entry = session.get(Entry, item.entry_id)
    unit = session.get(Unit, entry.owner_unit_id) if entry else None
    rubric = session.get(Rubric, item.rubric_id) if item.rubric_id else None
    lines = [ScoreLine(s.ordinal, s.criterion_text, s.max_points, s.points) for s in item.scores]
    return InspectionRecord(
        id=item.id, version=item.version, data=_data_of(item), lines=lines,
        total_points=item.total_points, classification=item.classification,
        entry_title=entry.title if entry else "", unit_name=unit.name if unit else "",
        rubric_name=rubric.name if rubric else "", deleted=item.deleted_at is not None)


def _fill(item: Inspection, data: InspectionData, maxima: list[float]) -> None:
    scores = validate_scores(maxima, data.scores)
    for line, points in zip(item.scores, scores, strict=True):
        line.points = points
    item.inspected_on = data.inspected_on
    item.place = data.place
    item.delegation = [asdict(m) for m in data.delegation]
    for name in ("representatives", "findings", "strengths", "limits", "conclusion",
                 "recommendations"):
        setattr(item, name, getattr(data, name))
    item.total_points = total_points(scores)


def _apply_to_entry(session: Session, item: Inspection, actor: str) -> None:
    entry = load_entry(session, item.entry_id)
    target = lifecycle.after_inspection(entry.status, item.classification or "")
    reason = lifecycle.inspection_reason(item.classification or "failed",
                                         item.inspected_on.strftime("%d/%m/%Y"))
    set_entry_status(session, entry, target, reason, actor)


def create_inspection(db: Database, data: InspectionData, actor: str) -> InspectionRecord:
    """Store a scored inspection and move the entry's status as the lifecycle says."""
    clean = validate_inspection(data)
    with db.session() as session:
        load_entry(session, clean.entry_id)
        rubric = load(session, Rubric, clean.rubric_id, "bộ tiêu chí", "Rubric", live=True)
        item = Inspection(id=new_id(), entry_id=clean.entry_id, rubric_id=rubric.id,
                          **synced_fields(session, actor))
        # Each score keeps the criterion's text and maximum as they are today.
        item.scores = [InspectionScore(id=new_id(), criterion_id=c.id, ordinal=c.ordinal,
                                       criterion_text=c.text, max_points=c.max_points)
                       for c in rubric.criteria]
        _fill(item, clean, [c.max_points for c in rubric.criteria])
        item.classification = classify(item.total_points, thresholds_from_json(rubric.thresholds))
        session.add(item)
        session.flush()
        audit.record(session, actor, "create", item, None)
        _apply_to_entry(session, item, actor)
        session.flush()
        return to_record(session, item)


def _thresholds_of(session: Session, item: Inspection):
    rubric = session.get(Rubric, item.rubric_id) if item.rubric_id else None
    return thresholds_from_json(rubric.thresholds if rubric else None)


def update_inspection(db: Database, inspection_id: str, data: InspectionData,
                      expected_version: int, actor: str) -> InspectionRecord:
    """Save changes, scored against the criteria as they were when first scored."""
    clean = validate_inspection(data)
    with db.session() as session:
        item = _load(session, inspection_id)
        check_version(item, expected_version)
        before = audit.snapshot(item)
        old_class = item.classification
        _fill(item, clean, [s.max_points for s in item.scores])
        item.classification = classify(item.total_points, _thresholds_of(session, item))
        touch(item, actor)
        session.flush()
        audit.record(session, actor, "update", item, before)
        if item.classification != old_class and item.deleted_at is None:
            _apply_to_entry(session, item, actor)
        session.flush()
        return to_record(session, item)


def get_inspection(db: Database, inspection_id: str) -> InspectionRecord:
    """One inspection by id (also from the trash)."""
    with db.session() as session:
        return to_record(session, _load(session, inspection_id))


def blank_lines(db: Database, rubric_id: str) -> list[ScoreLine]:
    """The unscored lines of a rubric, for a new inspection form."""
    with db.session() as session:
        rubric = load(session, Rubric, rubric_id, "bộ tiêu chí", "Rubric")
        return [ScoreLine(c.ordinal, c.text, c.max_points, None) for c in rubric.criteria]


def set_inspection_deleted(db: Database, inspection_id: str, deleted: bool,
                           actor: str) -> InspectionRecord:
    """Move an inspection to the trash or restore it (the entry's history stays)."""
    with db.session() as session:
        item = _load(session, inspection_id)
        set_deleted(session, item, deleted, actor)
        return to_record(session, item)


def list_inspections(db: Database, year: int | None = None, unit_id: str | None = None,
                     classification: str | None = None, entry_id: str | None = None,
                     deleted: bool = False) -> list[InspectionRow]:
    """Inspections matching the filters, newest first."""
    with db.session() as session:
        # Plain columns, not entities: the list may hold tens of thousands of rows.
        query = (select(Inspection.id, Inspection.entry_id, Entry.title, Unit.name,
                        Inspection.inspected_on, Inspection.place, Inspection.total_points,
                        Inspection.classification,
                        Inspection.delegation[(0, "name")].as_string())
                 .join(Entry, Inspection.entry_id == Entry.id)
                 .join(Unit, Entry.owner_unit_id == Unit.id)
                 .where(Inspection.deleted_at.is_not(None) if deleted
                        else Inspection.deleted_at.is_(None)))
        if year:
            query = query.where(extract("year", Inspection.inspected_on) == year)
        if unit_id:
            query = query.where(Entry.owner_unit_id.in_(queries.subtree_unit_ids(session, unit_id)))
        if classification:
            query = query.where(Inspection.classification == classification)
        if entry_id:
            query = query.where(Inspection.entry_id == entry_id)
        query = query.order_by(Inspection.inspected_on.desc(), Entry.sort_key)
        return [InspectionRow(*row[:-1], row[-1] or "") for row in session.execute(query)]


def new_inspection_data(entry_id: str, rubric_id: str, line_count: int,
                        on: date | None = None) -> InspectionData:
    """An empty inspection for an entry, dated today unless told."""
    return replace(InspectionData(entry_id, rubric_id, on or date.today()),
                   scores=[None] * line_count)
