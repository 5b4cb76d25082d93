"""Decisions and their awards; entries can be added to a decision in one call."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Award, Decision, Entry, Recognition, Unit, new_id
from dvk_desktop.domain.decisions import default_achievement, validate_award, validate_decision
from dvk_desktop.domain.enums import AwardForm, Scope, Status
from dvk_desktop.domain.lifecycle_records import (
    AddResult,
    AwardData,
    AwardRecord,
    DecisionData,
    DecisionRecord,
)
from dvk_desktop.services import audit
from dvk_desktop.services.lifecycle_common import (
    advance_entry,
    load,
    load_entry,
    synced_fields,
)
from dvk_desktop.services.record_state import check_version, set_deleted, touch

_DECISION_FIELDS = [f.name for f in fields(DecisionData)]
_AWARD_FIELDS = [f.name for f in fields(AwardData)]


def _load(session: Session, decision_id: str) -> Decision:
    return load(session, Decision, decision_id, "quyết định", "Decision")


def _live_awards(decision: Decision) -> list[Award]:
    return [a for a in decision.awards if a.deleted_at is None]


def award_record(award: Award) -> AwardRecord:
    """Plain data of a stored award."""
    data = AwardData(**{n: getattr(award, n) for n in _AWARD_FIELDS})
    return AwardRecord(award.id, award.version, award.decision_id, award.ordinal, data)


def to_record(decision: Decision, with_awards: bool = True) -> DecisionRecord:
    """Plain data of a stored decision (with its live awards)."""
    data = DecisionData(**{n: getattr(decision, n) for n in _DECISION_FIELDS})
    awards = _live_awards(decision)
    return DecisionRecord(decision.id, decision.version, data,
                          [award_record(a) for a in awards] if with_awards else [],
                          len(awards), decision.deleted_at is not None)


def create_decision(db: Database, data: DecisionData, actor: str) -> DecisionRecord:
    """Validate and store a new decision."""
    clean = validate_decision(data)
    with db.session() as session:
        decision = Decision(id=new_id(), **synced_fields(session, actor))
        for name in _DECISION_FIELDS:
            setattr(decision, name, getattr(clean, name))
        session.add(decision)
        session.flush()
        audit.record(session, actor, "create", decision, None)
        return to_record(decision)


def update_decision(db: Database, decision_id: str, data: DecisionData, expected_version: int,
                    actor: str) -> DecisionRecord:
    """Save changes to a decision; a stale version is a conflict."""
    clean = validate_decision(data)
    with db.session() as session:
        decision = _load(session, decision_id)
        check_version(decision, expected_version)
        before = audit.snapshot(decision)
        for name in _DECISION_FIELDS:
            setattr(decision, name, getattr(clean, name))
        touch(decision, actor)
        session.flush()
        audit.record(session, actor, "update", decision, before)
        return to_record(decision)


def set_decision_deleted(db: Database, decision_id: str, deleted: bool,
                         actor: str) -> DecisionRecord:
    """Move a decision to the trash, or restore it; its awards stay attached."""
    with db.session() as session:
        decision = _load(session, decision_id)
        set_deleted(session, decision, deleted, actor)
        return to_record(decision)


def get_decision(db: Database, decision_id: str) -> DecisionRecord:
    """One decision with its awards in order."""
    with db.session() as session:
        record = to_record(_load(session, decision_id))
        record.recognition_count = session.scalar(
            select(func.count()).select_from(Recognition).where(
                Recognition.decision_id == decision_id, Recognition.deleted_at.is_(None))) or 0
        return record


def list_decisions(db: Database, year: int | None = None, issuer_kind: str | None = None,
                   deleted: bool = False) -> list[DecisionRecord]:
    """Decisions (newest first) with their award counts, without the awards themselves."""
    with db.session() as session:
        counts = (select(Award.decision_id, func.count().label("n"))
                  .where(Award.deleted_at.is_(None)).group_by(Award.decision_id).subquery())
        recognised = (select(Recognition.decision_id, func.count().label("n"))
                      .where(Recognition.deleted_at.is_(None))
                      .group_by(Recognition.decision_id).subquery())
        query = (select(Decision, func.coalesce(counts.c.n, 0), func.coalesce(recognised.c.n, 0))
                 .outerjoin(counts, counts.c.decision_id == Decision.id)
                 .outerjoin(recognised, recognised.c.decision_id == Decision.id)
                 .where(Decision.deleted_at.is_not(None) if deleted
                        else Decision.deleted_at.is_(None)))
        if year:
            query = query.where(extract("year", Decision.decided_on) == year)
        if issuer_kind:
            query = query.where(Decision.issuer_kind == issuer_kind)
        query = query.order_by(Decision.decided_on.desc(), Decision.number)
        result = []
        for decision, count, recognitions in session.execute(query):
            data = DecisionData(**{n: getattr(decision, n) for n in _DECISION_FIELDS})
            result.append(DecisionRecord(decision.id, decision.version, data, [], count,
                                         decision.deleted_at is not None, recognitions))
        return result


def _next_ordinal(session: Session, decision_id: str) -> int:
    return (session.scalar(select(func.max(Award.ordinal))
                           .where(Award.decision_id == decision_id)) or 0) + 1


def _store_award(session: Session, decision: Decision, data: AwardData, actor: str) -> Award:
    award = Award(id=new_id(), decision_id=decision.id,
                  ordinal=_next_ordinal(session, decision.id), **synced_fields(session, actor))
    for name in _AWARD_FIELDS:
        setattr(award, name, getattr(data, name))
    if not award.achievement:
        award.achievement = default_achievement(decision.decided_on.year)
    session.add(award)
    session.flush()
    audit.record(session, actor, "create", award, None)
    if award.entry_id:
        entry = load_entry(session, award.entry_id)
        advance_entry(session, entry, Status.COMMENDED.value,
                      f"Khen thưởng theo Quyết định số {decision.number}", actor)
    return award


def add_award(db: Database, decision_id: str, data: AwardData, actor: str) -> AwardRecord:
    """Add one recipient to a decision; an entry recipient becomes Commended."""
    clean = validate_award(data)
    with db.session() as session:
        decision = load(session, Decision, decision_id, "quyết định", "Decision", live=True)
        return award_record(_store_award(session, decision, clean, actor))


def update_award(db: Database, award_id: str, data: AwardData, expected_version: int,
                 actor: str) -> AwardRecord:
    """Save changes to an award; a stale version is a conflict."""
    clean = validate_award(data)
    with db.session() as session:
        award = load(session, Award, award_id, "khen thưởng", "Award")
        check_version(award, expected_version)
        before = audit.snapshot(award)
        for name in _AWARD_FIELDS:
            setattr(award, name, getattr(clean, name))
        touch(award, actor)
        session.flush()
        audit.record(session, actor, "update", award, before)
        return award_record(award)


def set_award_deleted(db: Database, award_id: str, deleted: bool, actor: str) -> AwardRecord:
    """Remove an award from its decision (to the trash), or restore it."""
    with db.session() as session:
        award = load(session, Award, award_id, "khen thưởng", "Award")
        set_deleted(session, award, deleted, actor)
        return award_record(award)


def award_from_entry(entry: Entry, unit: Unit | None, form: str, year: int) -> AwardData:
    """The award an entry earns: the person for an individual, the owner unit otherwise."""
    if entry.scope == Scope.INDIVIDUAL.value:
        return AwardData(Scope.INDIVIDUAL.value, entry.person_name, form,
                         default_achievement(year), entry.id, entry.person_sex,
                         entry.person_position, entry.person_workplace or (unit.name if unit else ""))
    return AwardData(Scope.COLLECTIVE.value, unit.name if unit else entry.title, form,
                     default_achievement(year), entry.id, recipient_unit=entry.location)


def award_for_entry(db: Database, entry_id: str, form: str, year: int) -> AwardData:
    """The award an entry would get, to fill an award form from it."""
    with db.session() as session:
        entry = load_entry(session, entry_id)
        return award_from_entry(entry, session.get(Unit, entry.owner_unit_id), form, year)


def add_entries_to_decision(db: Database, decision_id: str, entry_ids: list[str], actor: str,
                            form: str = AwardForm.CERTIFICATE_OF_MERIT.value,
                            year: int | None = None) -> AddResult:
    """Add an award for each entry (in one transaction); entries already in it are skipped."""
    result = AddResult()
    with db.session() as session:
        decision = load(session, Decision, decision_id, "quyết định", "Decision", live=True)
        present = {a.entry_id for a in _live_awards(decision) if a.entry_id}
        for entry_id in dict.fromkeys(entry_ids):
            if entry_id in present:
                result.skipped.append(entry_id)
                continue
            entry = load_entry(session, entry_id)
            data = award_from_entry(entry, session.get(Unit, entry.owner_unit_id), form,
                                    year or decision.decided_on.year)
            _store_award(session, decision, validate_award(data), actor)
            result.added.append(entry_id)
    return result


def awards_of_entry(db: Database, entry_id: str) -> list[tuple[AwardRecord, str]]:
    """An entry's live awards with their decision's number."""
    with db.session() as session:
        query = (select(Award, Decision.number).join(Decision, Award.decision_id == Decision.id)
                 .where(Award.entry_id == entry_id, Award.deleted_at.is_(None))
                 .order_by(Decision.decided_on))
        return [(award_record(a), number) for a, number in session.execute(query)]
