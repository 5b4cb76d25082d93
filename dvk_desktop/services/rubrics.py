"""Rubrics: list, read and edit; editing a rubric already used creates a new version."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Inspection, Rubric, RubricCriterion, new_id, utcnow
from dvk_desktop.domain.lifecycle_records import RubricInfo
from dvk_desktop.domain.rubrics import (
    CriterionSpec,
    RubricSpec,
    thresholds_from_json,
    thresholds_to_json,
    validate_rubric,
)
from dvk_desktop.services import audit
from dvk_desktop.services.lifecycle_common import load, synced_fields
from dvk_desktop.services.record_state import check_version, touch


def _uses(session: Session, rubric_id: str) -> int:
    return session.scalar(select(func.count()).select_from(Inspection)
                          .where(Inspection.rubric_id == rubric_id)) or 0


def to_info(session: Session, rubric: Rubric) -> RubricInfo:
    """Plain data of a stored rubric version."""
    spec = RubricSpec(rubric.name, rubric.kind,
                      [CriterionSpec(c.text, c.max_points) for c in rubric.criteria],
                      thresholds_from_json(rubric.thresholds))
    return RubricInfo(rubric.id, rubric.family_id, rubric.rubric_version, rubric.active, spec,
                      [c.id for c in rubric.criteria], _uses(session, rubric.id), rubric.version)


def _load(session: Session, rubric_id: str) -> Rubric:
    return load(session, Rubric, rubric_id, "bộ tiêu chí", "Rubric")


def list_rubrics(db: Database, kind: str | None = None,
                 include_inactive: bool = False) -> list[RubricInfo]:
    """Rubric versions (active ones by default), by kind then newest version first."""
    with db.session() as session:
        query = select(Rubric).where(Rubric.deleted_at.is_(None))
        if kind:
            query = query.where(Rubric.kind == kind)
        if not include_inactive:
            query = query.where(Rubric.active.is_(True))
        query = query.order_by(Rubric.kind, Rubric.name, Rubric.rubric_version.desc())
        return [to_info(session, r) for r in session.scalars(query)]


def get_rubric(db: Database, rubric_id: str) -> RubricInfo:
    """One rubric version by id (also an inactive, older one)."""
    with db.session() as session:
        return to_info(session, _load(session, rubric_id))


def active_rubric(db: Database, kind: str) -> RubricInfo | None:
    """The newest active rubric of a kind, or None."""
    found = list_rubrics(db, kind)
    return max(found, key=lambda r: r.rubric_version) if found else None


def _fill(rubric: Rubric, spec: RubricSpec) -> None:
    rubric.name = spec.name
    rubric.kind = spec.kind
    rubric.thresholds = thresholds_to_json(spec.thresholds)
    rubric.criteria = [RubricCriterion(id=new_id(), ordinal=n, text=c.text, max_points=c.max_points)
                       for n, c in enumerate(spec.criteria, start=1)]


def create_rubric(db: Database, spec: RubricSpec, actor: str) -> RubricInfo:
    """Store a new rubric (version 1 of a new family)."""
    clean = validate_rubric(spec)
    with db.session() as session:
        rubric = Rubric(id=new_id(), rubric_version=1, family_id=new_id(), active=True,
                        **synced_fields(session, actor))
        _fill(rubric, clean)
        session.add(rubric)
        session.flush()
        audit.record(session, actor, "create", rubric, None)
        return to_info(session, rubric)


def _new_version(session: Session, old: Rubric, spec: RubricSpec, actor: str) -> Rubric:
    latest = session.scalar(select(func.max(Rubric.rubric_version))
                            .where(Rubric.family_id == old.family_id)) or old.rubric_version
    rubric = Rubric(id=new_id(), rubric_version=latest + 1, family_id=old.family_id,
                    active=True, **synced_fields(session, actor))
    _fill(rubric, spec)
    session.add(rubric)
    before = audit.snapshot(old)
    old.active = False
    touch(old, actor)
    session.flush()
    audit.record(session, actor, "update", old, before)
    audit.record(session, actor, "create", rubric, None)
    return rubric


def update_rubric(db: Database, rubric_id: str, spec: RubricSpec, actor: str,
                  expected_version: int | None = None) -> RubricInfo:
    """Save changes; a rubric with inspections gets a new version so past scores stay."""
    clean = validate_rubric(spec)
    with db.session() as session:
        rubric = _load(session, rubric_id)
        check_version(rubric, expected_version)
        if _uses(session, rubric.id):
            return to_info(session, _new_version(session, rubric, clean, actor))
        before = audit.snapshot(rubric)
        _fill(rubric, clean)
        touch(rubric, actor)
        session.flush()
        audit.record(session, actor, "update", rubric, before)
        return to_info(session, rubric)


def set_rubric_active(db: Database, rubric_id: str, active: bool, actor: str) -> RubricInfo:
    """Offer (or stop offering) a rubric version for new inspections."""
    with db.session() as session:
        rubric = _load(session, rubric_id)
        before = audit.snapshot(rubric)
        rubric.active = active
        touch(rubric, actor)
        session.flush()
        audit.record(session, actor, "update", rubric, before)
        return to_info(session, rubric)


def delete_rubric(db: Database, rubric_id: str, actor: str, restore: bool = False) -> RubricInfo:
    """Move a rubric to the trash (or back); inspections keep their copied criteria."""
    with db.session() as session:
        rubric = _load(session, rubric_id)
        before = audit.snapshot(rubric)
        rubric.deleted_at = None if restore else utcnow()
        touch(rubric, actor)
        session.flush()
        audit.record(session, actor, "restore" if restore else "delete", rubric, before)
        return to_info(session, rubric)
