"""Upgrades: a database from each earlier schema revision reaches today's with every record;
a database from a newer program is refused and left byte for byte as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from dvk_desktop.db import backup, migrate
from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DatabaseVersionError
from dvk_desktop.services import entries
from tests.fixtures import make_fixtures

FIXTURES = sorted(make_fixtures.FIXTURES_DIR.glob("rev-*.sqlite3"))


def _rows(path: Path) -> dict[str, dict[tuple, dict]]:
    """Every row of every table, keyed by table and primary key (or rowid)."""
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' AND name NOT LIKE 'entry_fts%'")]  # derived index
    found = {}
    for table in tables:
        keys = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[5]] or ["rowid"]
        rows = con.execute(f'SELECT rowid AS _rowid_, * FROM "{table}"').fetchall()
        found[table] = {tuple(row[k if k != "rowid" else "_rowid_"] for k in keys):
                        {k: row[k] for k in row.keys() if k != "_rowid_"} for row in rows}
    con.close()
    return found


def test_there_is_a_fixture_for_every_revision():
    missing = [r for r in make_fixtures.revisions()
               if not make_fixtures.fixture_path(r).exists()]
    assert not missing, ("run `.venv/bin/python -m tests.fixtures.make_fixtures` to add "
                         f"the fixtures of {missing}")


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_each_revision_upgrades_with_every_record_intact(fixture, tmp_path):
    path = tmp_path / "office.sqlite3"
    shutil.copy(fixture, path)
    before = _rows(path)
    db = Database.open(path)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    ids = list(before["entry"])
    titles = {entries.get_entry(db, key[0]).data.title for key in ids}
    db.close()
    after = _rows(path)
    for table, rows in before.items():
        for key, row in rows.items():
            assert key in after[table], f"{table} {key} lost"
            assert {k: after[table][key][k] for k in row} == row, f"{table} {key} changed"
    assert titles == {row["title"] for row in before["entry"].values()}
    assert not backup.integrity_problems(path)


def _newer_program_file(tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite3"
    shutil.copy(FIXTURES[-1], path)
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_program'")
    con.close()
    return path


@pytest.mark.parametrize("read_only", [False, True])
def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path, read_only):
    path = _newer_program_file(tmp_path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseVersionError) as caught:
        Database.open(path, read_only=read_only)
    assert "mới hơn" in caught.value.message("vi") and "newer" in caught.value.message("en")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not Path(str(path) + "-wal").exists()
    assert not (tmp_path / "data" / "backups").exists()
