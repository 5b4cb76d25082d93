"""Start-up check: a damaged file is explained, never overwritten, and a good backup offered."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from dvk_desktop.cli import run
from dvk_desktop.db.database import Database
from dvk_desktop.db.preflight import DatabaseDamagedError
from dvk_desktop.services import backups, recovery
from tests.safety.conftest import entry_ids, new_entry


def _damage(path: Path) -> None:
    """Overwrite the middle pages with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start + 100:start + 3000] = b"\xde\xad\xbe\xef" * 725
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(filled_db):
    """A database with a good manual backup, then one more entry, then damage."""
    good = backups.create_backup(filled_db)
    kept = entry_ids(filled_db)
    new_entry(filled_db, "Sau bản sao lưu")
    path = filled_db.path
    filled_db.close()
    from dvk_desktop.db import backup

    backup.checkpoint(path)
    _damage(path)
    return path, good, kept


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_database_is_refused_and_left_as_it_is(damaged):
    path, _good, _kept = damaged
    digest = _digest(path)
    with pytest.raises(DatabaseDamagedError) as caught:
        Database.open(path)
    assert "bị hỏng" in caught.value.message("vi") and "damaged" in caught.value.message("en")
    assert _digest(path) == digest


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "r.sqlite3"
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DatabaseDamagedError):
        Database.open(path)
    assert path.read_bytes() == b"\x00garbage" * 1000


def test_diagnosis_explains_and_offers_the_newest_good_backup(damaged):
    path, good, _kept = damaged
    diagnosis = recovery.diagnose(path)
    assert diagnosis.damaged
    assert diagnosis.newest_good.path == good.path
    assert "Bản sao lưu tốt" in diagnosis.explain("vi") and "backup" in diagnosis.explain("en")


def test_recovery_restores_the_backup_and_keeps_the_damaged_file(damaged):
    path, good, kept = damaged
    digest = _digest(path)
    aside, source = recovery.recover(path)
    assert source == good.path
    assert _digest(aside) == digest
    db = Database.open(path)
    assert entry_ids(db) == kept
    db.close()


def test_check_command_reports_damage_and_a_sound_file(damaged, capsys):
    path, good, _kept = damaged
    assert run(["check", "--db", str(path)]) == 1
    assert good.backup_id in capsys.readouterr().err
    assert run(["backup", "restore", "--db", str(path)]) == 0
    assert run(["check", "--db", str(path)]) == 0
    assert list((path.parent / "damaged").iterdir())


def test_backup_commands_create_and_list(filled_db, capsys):
    path = str(filled_db.path)
    filled_db.close()
    assert run(["backup", "create", "--db", path]) == 0
    assert run(["backup", "list", "--db", path, "--format", "json"]) == 0
    assert '"kind": "manual"' in capsys.readouterr().out


def _count_whole_file_checks(monkeypatch) -> list[Path]:
    from dvk_desktop.db import backup

    calls: list[Path] = []
    original = backup.integrity_problems

    def counting(path, quick=False):
        calls.append(Path(path))
        return original(path, quick)

    monkeypatch.setattr(backup, "integrity_problems", counting)
    return calls


def test_after_a_proper_close_the_whole_file_check_is_not_repeated(filled_db, monkeypatch):
    """Opening must not read a large file end to end when nothing can have hurt it."""
    path = filled_db.path
    filled_db.close()
    calls = _count_whole_file_checks(monkeypatch)
    Database.open(path, daily_backup=False).close()
    assert calls == []


def test_after_a_crash_the_whole_file_is_checked(filled_db, monkeypatch):
    from dvk_desktop.db.lock import release_writer

    path = filled_db.path
    filled_db.engine.dispose()
    release_writer(filled_db._lock)  # the lock ends as at a kill: no note of a proper close
    filled_db._lock = None
    calls = _count_whole_file_checks(monkeypatch)
    Database.open(path, daily_backup=False).close()
    assert calls == [path]


def test_a_file_changed_while_the_program_was_closed_is_checked(filled_db, monkeypatch):
    path = filled_db.path
    filled_db.close()
    info = path.stat()  # e.g. replaced by a copy from elsewhere: another time
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - 10**9))
    calls = _count_whole_file_checks(monkeypatch)
    Database.open(path, daily_backup=False).close()
    assert calls == [path]


def test_damage_after_a_proper_close_is_still_found(damaged):
    """Damage changes the file, so the note of the proper close no longer matches it."""
    path, _good, _kept = damaged
    with pytest.raises(DatabaseDamagedError):
        Database.open(path)
