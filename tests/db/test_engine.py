"""Storage settings and concurrency at the database level."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dvk_desktop.db.database import Database
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
        assert connection.execute(text("PRAGMA journal_size_limit")).scalar() == 64 * 2**20


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


def _fill(conn, rows: int) -> None:
    conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS bulk_test (n INTEGER, text TEXT)")
    conn.exec_driver_sql("INSERT INTO bulk_test SELECT value, printf('%.2000c', 'x') FROM "
                         f"json_each('[' || (SELECT group_concat(n) FROM (WITH RECURSIVE c(n) "
                         f"AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < {rows}) "
                         "SELECT n FROM c)) || ']')")


def test_a_large_commit_leaves_copying_the_log_to_a_worker_thread(sqlite_db):
    path = sqlite_db.path
    before = path.stat().st_size
    with sqlite_db.engine.connect() as conn:
        with sqlite_db.wal_copy_deferred(conn), conn.begin():
            _fill(conn, 5000)  # about 10 MB, well past the automatic checkpoint's 4 MB
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    # Committed (a new connection reads it) but not yet copied into the file.
    other = sqlite3.connect(path)
    assert other.execute("SELECT count(*) FROM bulk_test").fetchone()[0] == 5000
    other.close()
    assert path.stat().st_size == before
    sqlite_db.checkpoint_in_background()
    sqlite_db.wait_for_checkpoint()
    assert path.stat().st_size > before + 10_000_000


def test_a_failed_write_restores_the_automatic_checkpoint(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        with pytest.raises(RuntimeError), sqlite_db.wal_copy_deferred(conn), conn.begin():
            _fill(conn, 10)
            raise RuntimeError("refused")
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
        conn.rollback()


def test_closing_waits_for_the_background_checkpoint(tmp_path):
    database = Database.open(tmp_path / "registry.sqlite3")
    with database.engine.begin() as conn:
        _fill(conn, 3000)
    database.checkpoint_in_background()
    thread = database._checkpointer
    database.close()
    assert thread is not None and not thread.is_alive()
    assert not (tmp_path / "registry.sqlite3-wal").exists()  # the last close removed the log
