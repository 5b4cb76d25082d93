"""One writer: a second program on the same database is told who has it open, never corrupts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from dvk_desktop.cli import run
from dvk_desktop.db import backup
from dvk_desktop.db.database import Database, ReadOnlyError
from dvk_desktop.db.lock import DatabaseInUseError
from tests.safety.conftest import entry_ids, new_entry

HOLDER = """
import sys, time
from dvk_desktop.db.database import Database
db = Database.open(sys.argv[1])
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def held(filled_db, tmp_path):
    """The database held open by another process."""
    path = filled_db.path
    filled_db.close()
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                             text=True, env={**os.environ})
    assert child.stdout.readline().strip() == "ready"
    yield path, child
    child.kill()
    child.wait()


def test_second_program_is_told_who_holds_the_database(held):
    path, child = held
    with pytest.raises(DatabaseInUseError) as caught:
        Database.open(path)
    assert caught.value.holder["pid"] == child.pid
    assert "đang mở ở nơi khác" in caught.value.message("vi")
    assert f"pid {child.pid}" in caught.value.message("en")


def test_a_command_exits_with_the_message(held, capsys):
    path, _child = held
    assert run(["entries", "list", "--db", str(path)]) == 2
    assert "đang mở ở nơi khác" in capsys.readouterr().err


def test_read_only_copy_reads_and_cannot_write(held):
    path, _child = held
    db = Database.open(path, read_only=True)
    assert len(entry_ids(db)) == 3
    with pytest.raises(ReadOnlyError):
        new_entry(db, "Không được lưu")
    db.close()
    assert not backup.integrity_problems(path)


def test_a_killed_holder_leaves_no_stale_lock(held):
    path, child = held
    child.send_signal(signal.SIGKILL)
    child.wait()
    db = Database.open(path)
    assert len(entry_ids(db)) == 3
    db.close()


def test_one_program_may_open_its_database_twice(filled_db):
    again = Database.open(filled_db.path)
    assert entry_ids(again) == entry_ids(filled_db)
    again.close()
    new_entry(filled_db, "Vẫn ghi được")
