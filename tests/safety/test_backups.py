"""Backups: verified copies, rotation, the chosen folder, restore with the current file kept."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from dvk_desktop import config
from dvk_desktop.db import backup
from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DatabaseVersionError, DomainError
from dvk_desktop.services import backups
from tests.safety.conftest import entry_ids, new_entry


def test_manual_backup_is_verified_and_listed(filled_db):
    info = backups.create_backup(filled_db)
    assert info.kind == "manual" and backup.integrity_ok(info.path)
    assert info.path in [b.path for b in backups.list_backups(filled_db)]
    assert not list(info.path.parent.glob("*.part"))


def test_backup_before_import_holds_every_entry(filled_db):
    path = backups.backup_before_import(filled_db)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == 3


def test_rotation_keeps_the_last_ten_pre_import_and_every_manual(tmp_path):
    source = tmp_path / "s.sqlite3"
    sqlite3.connect(source).execute("CREATE TABLE t(x)").connection.close()
    folder = tmp_path / "b"
    start = datetime(2026, 1, 1)
    for i in range(12):
        backup.make_backup(source, folder, "pre-import", when=start + timedelta(minutes=i))
        backup.make_backup(source, folder, "manual", when=start + timedelta(minutes=i))
    kept = backup.list_backups(folder)
    pre_import = [b for b in kept if b.kind == "pre-import"]
    assert len(pre_import) == 10
    assert min(b.created for b in pre_import) == start + timedelta(minutes=2)
    assert len([b for b in kept if b.kind == "manual"]) == 12


def test_first_start_of_the_day_leaves_one_daily_and_one_weekly(filled_db):
    path = filled_db.path
    filled_db.close()
    for _ in range(2):
        Database.open(path).close()
    kinds = [b.kind for b in backups.backups_of(path)]
    assert sorted(kinds) == ["daily", "weekly"]


def test_backups_go_to_the_folder_the_office_chose(filled_db, tmp_path):
    stick = tmp_path / "usb"
    backups.set_chosen_folder(filled_db, stick)
    info = backups.create_backup(filled_db)
    assert info.path.parent == stick / filled_db.path.stem
    assert backups.get_chosen_folder(filled_db) == str(stick.resolve())


def test_a_missing_usb_stick_falls_back_to_the_default_folder(filled_db, tmp_path):
    stick = tmp_path / "usb"
    backups.set_chosen_folder(filled_db, stick)
    path = filled_db.path
    filled_db.close()
    shutil.rmtree(stick)
    stick.write_bytes(b"")  # the path now cannot hold a folder: the stick is gone
    reopened = Database.open(path)
    assert reopened.backup_folder == config.backups_dir() / path.stem
    assert [b.kind for b in backups.list_backups(reopened)].count("daily") == 1
    reopened.close()


def test_restore_brings_back_the_backup_and_keeps_the_current_file(filled_db):
    before = entry_ids(filled_db)
    saved = backups.create_backup(filled_db).path
    later = new_entry(filled_db, "Ghi sau bản sao lưu")
    path = filled_db.path
    filled_db.close()
    aside = backups.restore_backup(path, saved)
    reopened = Database.open(path)
    assert entry_ids(reopened) == before
    reopened.close()
    with sqlite3.connect(aside) as con:
        ids = {row[0] for row in con.execute("SELECT id FROM entry")}
    assert later.id in ids and before <= ids


def test_a_damaged_backup_is_never_restored(filled_db, tmp_path):
    bad = tmp_path / "manual-20260101-000000-000000.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    path = filled_db.path
    filled_db.close()
    original = path.read_bytes()
    with pytest.raises(DomainError):
        backups.restore_backup(path, bad)
    assert path.read_bytes() == original


def test_a_backup_from_a_newer_program_is_refused(filled_db):
    saved = backups.create_backup(filled_db).path
    with sqlite3.connect(saved) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    path = filled_db.path
    filled_db.close()
    with pytest.raises(DatabaseVersionError):
        backups.restore_backup(path, saved)


def test_find_backup_by_id_and_newest(filled_db):
    first = backups.create_backup(filled_db)
    second = backups.create_backup(filled_db)
    assert backups.find_backup(filled_db.path, first.backup_id) == first.path
    assert backups.find_backup(filled_db.path) == second.path
    with pytest.raises(DomainError):
        backups.find_backup(filled_db.path, "manual-nothing")


def test_the_weekly_backup_is_the_same_verified_copy_as_the_daily(filled_db):
    path = filled_db.path
    filled_db.close()
    Database.open(path).close()
    found = {b.kind: b.path for b in backups.backups_of(path)}
    assert found["daily"].read_bytes() == found["weekly"].read_bytes()
    assert backup.integrity_ok(found["weekly"])
    found["daily"].unlink()  # rotation of the dailies leaves the weekly whole
    assert backup.integrity_ok(found["weekly"])


def test_the_daily_backup_can_be_made_while_the_program_works(filled_db):
    """The window makes it on a worker thread after opening: saving goes on meanwhile."""
    import threading

    path = filled_db.path
    filled_db.close()
    db = Database.open(path, daily_backup=False)
    assert backups.backups_of(path) == []
    made: list = []
    worker = threading.Thread(target=lambda: made.extend(db.take_daily_backups()))
    worker.start()
    for n in range(5):
        new_entry(db, f"Ghi trong lúc sao lưu {n}")
    worker.join(60)
    assert sorted(b.kind for b in backups.backups_of(path)) == ["daily", "weekly"]
    assert len(made) == 2 and all(backup.integrity_ok(p) for p in made)
    assert db.take_daily_backups() == []  # once a day
    db.close()
