"""Audit trail: every change to a record is written with who, when, old and new values."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from dvk_desktop.db.models import AuditRecord

_SKIPPED = {"search_key", "sort_key"}


def _json_value(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(obj) -> dict:
    """The record's column values as JSON-ready data (derived keys left out)."""
    mapper = sa_inspect(obj).mapper
    return {
        col.key: _json_value(getattr(obj, col.key))
        for col in mapper.column_attrs
        if col.key not in _SKIPPED
    }


def changed_values(old: dict, new: dict) -> tuple[dict, dict]:
    """Only the keys whose values differ, as (old, new)."""
    keys = [k for k in new if old.get(k) != new.get(k)]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}


def record(session: Session, actor: str, action: str, obj, old: dict | None) -> None:
    """Write one audit line for ``obj`` after a change; ``old`` is its snapshot before."""
    new = snapshot(obj)
    if old is not None:
        old, new = changed_values(old, new)
        if not new:
            return
    session.add(
        AuditRecord(
            actor=actor,
            action=action,
            table_name=obj.__tablename__,
            record_id=obj.id,
            old_values=old,
            new_values=new,
        )
    )
