"""Changes every synced record goes through: a new version, and the trash (a tombstone)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from dvk_desktop.db.models import utcnow
from dvk_desktop.domain.errors import ConflictError
from dvk_desktop.services import audit


def touch(obj, actor: str) -> None:
    """Mark a synced record as changed: bump its version, stamp time and author."""
    obj.version = obj.version + 1
    obj.updated_at = utcnow()
    obj.updated_by = actor


def check_version(obj, expected: int | None) -> None:
    """A stale version is a conflict, never a silent overwrite."""
    if expected is not None and obj.version != expected:
        raise ConflictError(obj.__tablename__, obj.id, expected, obj.version)


def set_deleted(session: Session, obj, deleted: bool, actor: str) -> None:
    """Move a record to the trash or bring it back, as a new audited version."""
    before = audit.snapshot(obj)
    obj.deleted_at = utcnow() if deleted else None
    touch(obj, actor)
    session.flush()
    audit.record(session, actor, "delete" if deleted else "restore", obj, before)
