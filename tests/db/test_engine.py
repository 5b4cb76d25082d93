"""Storage settings and concurrency at the database level."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dvk_desktop.db.models import Entry
from dvk_desktop.domain.errors import ConflictError
from dvk_desktop.domain.records import EntryData
from dvk_desktop.services import entries, units


def test_sqlite_pragmas_are_durable(sqlite_db):
    db = sqlite_db
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError):
        with db.session() as session:
            session.add(Entry(entry_type="model", scope="collective", title="x",
                              field_code="economy", level="grassroots", owner_unit_id="nobody",
                              year=2024, status="registered"))


def test_concurrent_write_between_read_and_save_is_a_conflict(office_db):
    unit_id = units.find_unit_by_code(office_db, "17827").id
    record = entries.create_entry(office_db, EntryData(title="Mô hình A", field_code="economy",
                                                       owner_unit_id=unit_id, year=2024), "A")
    with pytest.raises(ConflictError):
        with office_db.session() as session:
            stale = session.get(Entry, record.id)
            # Someone else saves in the meantime (another window or another PC).
            entries.update_entry(office_db, record.id, replace(record.data, title="Mô hình B"),
                                 1, "B")
            stale.title = "Mô hình C"
            stale.version = 2
    assert entries.get_entry(office_db, record.id).data.title == "Mô hình B"
