"""The entry point: which arguments open the window, and the window's installation check."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dvk_desktop.__main__ import _wants_window
from dvk_desktop.db.database import Database
from dvk_desktop.services import office


@pytest.mark.parametrize("argv", [[], ["--db", "x.sqlite3"], ["--db=x.sqlite3", "--lang", "en"],
                                  ["--smoke-test", "--db", "x"]])
def test_window_options_open_the_window(argv):
    assert _wants_window(argv)


@pytest.mark.parametrize("argv", [["init"], ["--db", "x", "entries", "list"], ["--version"]])
def test_commands_run_headless(argv):
    assert not _wants_window(argv)


def test_window_opens_and_closes_for_an_installation_check(tmp_path, data_dir):
    path = tmp_path / "r.sqlite3"
    database = Database.open(path)
    office.init_office(database, "40", officer_name="Nguyễn Văn An")
    database.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DVK_DATA_DIR": str(data_dir)}
    done = subprocess.run([sys.executable, "-m", "dvk_desktop", "--db", str(path), "--smoke-test"],
                          env=env, capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr
