"""SQLite's memory statistics are off in the program's processes, and only turned off safely.

Each case runs in a new Python process: the library can only be set while it holds nothing,
and the test process has had databases open long before.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from dvk_desktop.db import sqlite_library

needs_library = pytest.mark.skipif(
    sqlite_library._library() is None,
    reason="this Python's SQLite library does not export its functions to ctypes")


def _run(code: str, tmp_path) -> dict:
    script = textwrap.dedent("""
        import json, sqlite3
        from dvk_desktop.db import sqlite_library
        lib = sqlite_library._library()
        lib.sqlite3_memory_used.restype = __import__("ctypes").c_int64
        out = {}
    """) + textwrap.dedent(code) + "\nprint(json.dumps(out))\n"
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@needs_library
def test_opening_a_database_turns_the_statistics_off_and_it_still_works(tmp_path):
    out = _run("""
        from dvk_desktop.db.database import Database
        from dvk_desktop.services import office
        db = Database.open("registry.sqlite3", daily_backup=False)
        office.init_office(db, "40", officer_name="Lê Thị Hoa")
        with db.engine.connect() as conn:
            out["units"] = conn.exec_driver_sql("SELECT count(*) FROM unit").scalar()
        out["counted"] = lib.sqlite3_memory_used()
        db.close()
    """, tmp_path)
    assert out["units"] > 0
    assert out["counted"] == 0  # nothing is counted any more


@needs_library
def test_left_alone_while_a_connection_is_open(tmp_path):
    out = _run("""
        first = sqlite3.connect("open.sqlite3")
        first.execute("CREATE TABLE t (x)")
        out["off"] = sqlite_library.memory_statistics_off()
        first.execute("INSERT INTO t VALUES ('Dân vận khéo')")
        out["rows"] = first.execute("SELECT x FROM t").fetchall()
        out["counted"] = lib.sqlite3_memory_used()
    """, tmp_path)
    assert out == {"off": False, "rows": [["Dân vận khéo"]], "counted": out["counted"]}
    assert out["counted"] > 0  # the open connection's memory is still counted


def test_a_library_out_of_reach_changes_nothing(monkeypatch):
    monkeypatch.setattr(sqlite_library, "_done", False)
    monkeypatch.setattr(sqlite_library, "_off", False)
    monkeypatch.setattr(sqlite_library, "_library", lambda: None)
    assert sqlite_library.memory_statistics_off() is False
