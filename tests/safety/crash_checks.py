"""The kinds of work the crash harness kills, and what must hold after each kill."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
import time
from pathlib import Path

from dvk_desktop.db import migrate
from dvk_desktop.db.database import Database
from dvk_desktop.services import backups, entries, units
from tests.fixtures import make_fixtures


def _integrity(path: Path) -> str | None:
    # A read-write connection, as the next start would open it: it replays the WAL.
    con = sqlite3.connect(path)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()
    return None if rows == ["ok"] else f"{path.name}: integrity check: {rows[:3]}"


def _query(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _copy_database(source: Path, target: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)


def head_fixture(folder: Path) -> Path:
    """A set-up office database at today's schema (the committed fixture or a new one)."""
    path = make_fixtures.fixture_path(migrate.head_revision())
    if path.exists():
        return path
    return make_fixtures.build(migrate.head_revision(), folder / "head-fixture.sqlite3")


class Scenario:
    """One kind of work: set-up, the child's work, and the checks after a kill."""

    max_delay = 0.5

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "registry.sqlite3"

    def prepare(self) -> None:
        """Put the file in the state the next run starts from."""

    def work(self) -> None:
        """What the child does (printing what it finished)."""
        raise NotImplementedError

    def count_finished(self, lines: list[str]) -> int:
        """How many pieces of work the child reported finished."""
        return len(lines)

    def verify(self, lines: list[str]) -> str | None:
        """A description of what is wrong after the kill, or None."""
        raise NotImplementedError

    def calibrate(self, window: float = 0.0) -> None:
        """Kill moments cover the start and the work: the time to the first output (the end
        of one-shot work) measured once, plus ``window`` seconds of continuous work."""
        from tests.safety.crash_harness import run_child

        self.prepare()
        start = time.monotonic()
        run_child(self.work, 60.0, until_output=True)
        self.max_delay = (time.monotonic() - start) * 1.2 + window


class SavingEntries(Scenario):
    """The officer types entries: each id printed after its commit must survive."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        _copy_database(head_fixture(folder), self.path)
        self.saved: set[str] = set()
        self.calibrate(window=0.4)

    def work(self) -> None:
        from dvk_desktop.domain.records import EntryData

        db = Database.open(self.path)
        unit_id = units.find_unit_by_code(db, "17827").id
        for number in range(100_000):
            data = EntryData(title=f"Mô hình dân vận khéo số {number}", field_code="economy",
                             owner_unit_id=unit_id, year=2025, problem="Thực trạng " * 20)
            record = entries.create_entry(db, data, "officer")
            print(record.id, flush=True)

    def verify(self, lines: list[str]) -> str | None:
        self.saved.update(lines)
        problem = _integrity(self.path)
        if problem:
            return problem
        stored = {row[0] for row in _query(self.path, "SELECT id FROM entry")}
        lost = self.saved - stored
        if lost:
            return f"{len(lost)} entries reported saved are missing"
        half = _query(self.path, "SELECT count(*) FROM entry e WHERE NOT EXISTS (SELECT 1 FROM "
                                 "audit_log a WHERE a.record_id = e.id) OR NOT EXISTS (SELECT 1 "
                                 "FROM status_change s WHERE s.entry_id = e.id)")[0][0]
        return f"{half} entries without their audit or history rows" if half else None


class MakingBackups(Scenario):
    """Backups one after another: the database and every finished backup stay sound."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        _copy_database(head_fixture(folder), self.path)
        self.backups = folder / "backups"
        self.calibrate(window=0.4)

    def work(self) -> None:

        db = Database.open(self.path, self.backups)
        while True:
            print(backups.create_backup(db, "pre-import").path, flush=True)

    def verify(self, lines: list[str]) -> str | None:
        problem = _integrity(self.path)
        if problem:
            return problem
        if lines and not Path(lines[-1]).exists():
            return f"reported backup {Path(lines[-1]).name} is missing"
        for finished in self.backups.glob("*.sqlite3"):
            problem = _integrity(finished)
            if problem:
                return problem
        return None


class Migrating(Scenario):
    """Migrating the oldest fixture, or a new empty file: old schema or new, never half."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        fixtures = sorted(make_fixtures.FIXTURES_DIR.glob("rev-*.sqlite3"))
        self.sources: list[Path | None] = [fixtures[0] if fixtures else None, None]
        self.runs = 0
        self.calibrate()
        first = self.max_delay
        self.calibrate()
        self.max_delay = max(first, self.max_delay) * 1.25

    @staticmethod
    def _tables(path: Path | None) -> set[str]:
        if path is None:
            return set()
        return {r[0] for r in _query(path, "SELECT name FROM sqlite_master WHERE type='table'")}

    @staticmethod
    def _entries(path: Path | None) -> set[str]:
        return {r[0] for r in _query(path, "SELECT id FROM entry")} if path else set()

    @classmethod
    def _revision(cls, path: Path | None) -> str | None:
        if "alembic_version" not in cls._tables(path):
            return None
        rows = _query(path, "SELECT version_num FROM alembic_version")
        return rows[0][0] if rows else None

    @property
    def source(self) -> Path | None:
        """The file the current run migrates (None: a new, empty database)."""
        return self.sources[self.runs % 2]

    def prepare(self) -> None:
        self.runs += 1
        _copy_database(self.source or Path(os.devnull), self.path)

    def work(self) -> None:
        Database.open(self.path, self.folder / "backups")
        print("done", flush=True)

    def verify(self, lines: list[str]) -> str | None:
        problem = _integrity(self.path)
        if problem:
            return problem
        revision, tables = self._revision(self.path), self._tables(self.path)
        if revision == migrate.head_revision():
            lost = self._entries(self.source) - self._entries(self.path)
            return f"{len(lost)} entries lost in the migration" if lost else None
        if lines:
            return "reported migrated but the schema is old"
        old_tables = self._tables(self.source)
        if revision != self._revision(self.source) or tables != old_tables:
            return f"half-migrated: revision {revision}, tables {sorted(tables ^ old_tables)}"
        return None


def exchange_available() -> bool:
    """True when the package import service exists in this program."""
    return importlib.util.find_spec("dvk_desktop.services.exchange") is not None and \
        importlib.util.find_spec("dvk_desktop.services.exchange_export") is not None


SCENARIOS = {"entries": SavingEntries, "backup": MakingBackups, "migration": Migrating}


def available_kinds() -> list[str]:
    """The kinds of work this program has (import only once the exchange service exists)."""
    from tests.safety import crash_import

    if exchange_available():
        SCENARIOS.setdefault("import", crash_import.Importing)
    return list(SCENARIOS)
