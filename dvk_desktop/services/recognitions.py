"""Recognition per year and level, outstanding, replication, side states, manual moves."""

from __future__ import annotations

from sqlalchemy import select

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Decision, Recognition, new_id
from dvk_desktop.domain import lifecycle
from dvk_desktop.domain.enums import Level, Status
from dvk_desktop.domain.errors import DomainError, FieldProblem, ValidationError
from dvk_desktop.domain.lifecycle_records import RecognitionRecord
from dvk_desktop.domain.validation import LONG_TEXT, MAX_COUNT, MIN_YEAR, current_year
from dvk_desktop.domain.vntext import clean_text
from dvk_desktop.services import audit
from dvk_desktop.services.entries import to_record as entry_record
from dvk_desktop.services.lifecycle_common import (
    advance_entry,
    load,
    load_entry,
    set_entry_status,
    synced_fields,
)
from dvk_desktop.services.record_state import check_version, set_deleted, touch


def _check_recognition(year: int, level: str) -> None:
    problems = []
    if not isinstance(year, int) or not MIN_YEAR <= year <= current_year() + 1:
        problems.append(FieldProblem("year", f"Năm phải từ {MIN_YEAR} đến {current_year() + 1}.",
                                     f"The year must be between {MIN_YEAR} and "
                                     f"{current_year() + 1}."))
    if level not in {m.value for m in Level}:
        problems.append(FieldProblem("level", "Cấp công nhận không hợp lệ.", "Invalid level."))
    if problems:
        raise ValidationError(problems)


def _record(item: Recognition, number: str = "") -> RecognitionRecord:
    return RecognitionRecord(item.id, item.entry_id, item.year, item.level, item.decision_id,
                             number, item.note)


def recognise(db: Database, entry_id: str, year: int, level: str, actor: str,
              decision_id: str | None = None, note: str = "") -> RecognitionRecord:
    """Recognise an entry for a year at a level; one recognition per entry, year and level."""
    _check_recognition(year, level)
    with db.session() as session:
        entry = load_entry(session, entry_id)
        number = ""
        if decision_id:
            number = load(session, Decision, decision_id, "quyết định", "Decision", live=True).number
        twin = session.scalar(select(Recognition).where(
            Recognition.entry_id == entry_id, Recognition.year == year,
            Recognition.level == level, Recognition.deleted_at.is_(None)))
        if twin is not None:
            raise DomainError(f"Mô hình đã được công nhận cấp {Level(level).label('vi')} năm {year}.",
                              f"The entry is already recognised at {Level(level).label('en')} "
                              f"level for {year}.")
        item = Recognition(id=new_id(), entry_id=entry_id, year=year, level=level,
                           decision_id=decision_id, note=clean_text(note)[:LONG_TEXT],
                           **synced_fields(session, actor))
        session.add(item)
        session.flush()
        audit.record(session, actor, "create", item, None)
        reason = f"Công nhận cấp {Level(level).label('vi')} năm {year}"
        advance_entry(session, entry, Status.RECOGNISED.value,
                      f"{reason} (Quyết định số {number})" if number else reason, actor)
        return _record(item, number)


def list_recognitions(db: Database, entry_id: str) -> list[RecognitionRecord]:
    """An entry's live recognitions, by year and level."""
    with db.session() as session:
        query = (select(Recognition, Decision.number)
                 .outerjoin(Decision, Recognition.decision_id == Decision.id)
                 .where(Recognition.entry_id == entry_id, Recognition.deleted_at.is_(None))
                 .order_by(Recognition.year, Recognition.level))
        return [_record(item, number or "") for item, number in session.execute(query)]


def set_recognition_deleted(db: Database, recognition_id: str, deleted: bool,
                            actor: str) -> RecognitionRecord:
    """Withdraw a recognition (to the trash) or restore it."""
    with db.session() as session:
        item = load(session, Recognition, recognition_id, "quyết định công nhận", "Recognition")
        set_deleted(session, item, deleted, actor)
        return _record(item)


def move_status(db: Database, entry_id: str, status: str, actor: str, reason: str = "",
                expected_version: int | None = None):
    """Move an entry by hand, as the lifecycle allows; side states need a reason."""
    with db.session() as session:
        entry = load_entry(session, entry_id)
        check_version(entry, expected_version)
        clean = lifecycle.check_move(entry.status, status, reason)
        set_entry_status(session, entry, status, clean, actor)
        session.flush()
        return entry_record(entry)


def mark_outstanding(db: Database, entry_id: str, actor: str, reason: str = ""):
    """Mark a recognised entry as outstanding (Tiêu biểu)."""
    return move_status(db, entry_id, Status.OUTSTANDING.value, actor,
                       reason or "Được lựa chọn là mô hình, điển hình tiêu biểu")


def record_replication(db: Database, entry_id: str, count: int, places: str, actor: str,
                       expected_version: int | None = None):
    """Record where and how many times an entry was replicated; it becomes Replicated."""
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise ValidationError([FieldProblem("replication_count", "Số nơi nhân rộng phải từ 1 trở lên.",
                                            "The replication count must be at least 1.")])
    with db.session() as session:
        entry = load_entry(session, entry_id)
        check_version(entry, expected_version)
        before = audit.snapshot(entry)
        entry.replication_count = count
        entry.replication_places = clean_text(places)[:LONG_TEXT]
        touch(entry, actor)
        session.flush()
        audit.record(session, actor, "update", entry, before)
        advance_entry(session, entry, Status.REPLICATED.value,
                      f"Nhân rộng ra {count} nơi", actor)
        session.flush()
        return entry_record(entry)


def needs_strengthening(db: Database, entry_id: str, reason: str, actor: str):
    """Put an entry into Needs strengthening, with the reason."""
    return move_status(db, entry_id, Status.NEEDS_STRENGTHENING.value, actor, reason)


def drop(db: Database, entry_id: str, reason: str, actor: str):
    """Mark an entry as Dropped (no longer effective), with the reason."""
    return move_status(db, entry_id, Status.DROPPED.value, actor, reason)
