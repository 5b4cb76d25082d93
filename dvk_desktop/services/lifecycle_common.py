"""Helpers the lifecycle services share: versioning, loading, moving an entry's status."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.models import Entry
from dvk_desktop.domain import lifecycle
from dvk_desktop.domain.errors import NotFoundError
from dvk_desktop.services import audit
from dvk_desktop.services.entries import record_status
from dvk_desktop.services.record_state import touch


def synced_fields(session: Session, actor: str) -> dict:
    """Column values every new synced record of this office starts with."""
    return {"version": 1, "updated_by": actor, "origin_unit_id": queries.office_unit_id(session)}


def load(session: Session, cls, record_id: str, vi: str, en: str, live: bool = False):
    """A record by id; NotFoundError (with the given names) when absent or, if ``live``, deleted."""
    obj = session.get(cls, record_id) if record_id else None
    if obj is None or (live and obj.deleted_at is not None):
        raise NotFoundError(f"Không tìm thấy {vi}.", f"{en} not found.")
    return obj


def load_entry(session: Session, entry_id: str) -> Entry:
    """A live entry, or NotFoundError."""
    return load(session, Entry, entry_id, "mô hình, điển hình", "Entry", live=True)


def set_entry_status(session: Session, entry: Entry, status: str, reason: str, actor: str) -> bool:
    """Move an entry to ``status`` with history, audit and a new version; True if it moved."""
    if entry.status == status:
        return False
    before = audit.snapshot(entry)
    old = entry.status
    entry.status = status
    entry.status_reason = reason if lifecycle.needs_reason(status) else ""
    touch(entry, actor)
    record_status(session, entry, old, actor, reason)
    audit.record(session, actor, "status", entry, before)
    return True


def advance_entry(session: Session, entry: Entry, status: str, reason: str, actor: str) -> bool:
    """Move an entry forward to ``status`` unless it is already at or past it."""
    target = lifecycle.advance(entry.status, status)
    return set_entry_status(session, entry, target, reason, actor)
