"""The opened registry database: writer lock, start-up checks, migration, daily backup.

``Database.open`` on a SQLite file, in order: takes the one-writer lock (another program
holding it gives DatabaseInUseError), refuses a file from a newer program or a damaged file
without touching it, backs up and migrates an older schema, and at the first start of the
day leaves a verified daily backup. ``read_only=True`` opens without lock or changes.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from dvk_desktop import config
from dvk_desktop.db import backup, migrate, preflight, sqlite_library
from dvk_desktop.db.engine import BUSY_TIMEOUT_MS, make_engine, make_session_factory, session_scope
from dvk_desktop.db.lock import (
    WriterLock,
    acquire_writer,
    closed_cleanly,
    is_shared,
    release_writer,
)
from dvk_desktop.domain.errors import (
    DatabaseVersionError,
    DiskFullError,
    DomainError,
    is_disk_full,
)

log = logging.getLogger(__name__)


class ReadOnlyError(DomainError):
    """A change was attempted on a database opened read-only."""

    def __init__(self) -> None:
        super().__init__(
            "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc (đang mở ở nơi khác); không thể lưu thay đổi.",
            "The database is open read-only (it is open elsewhere); changes cannot be saved.",
        )


class Database:
    """An open registry: one engine, sessions per unit of work."""

    def __init__(self, engine: Engine, lock: WriterLock | None = None,
                 backup_folder: Path | None = None, read_only: bool = False) -> None:
        self.engine = engine
        self.factory: sessionmaker[Session] = make_session_factory(engine)
        self.read_only = read_only
        self.backup_folder = backup_folder
        self.backup_warning: str | None = None  # why today's automatic backup failed
        self._lock = lock
        self._checkpointer: threading.Thread | None = None

    @classmethod
    def open(cls, db: str | Path | None = None, backup_dir: Path | None = None, *,
             read_only: bool = False, daily_backup: bool = True) -> Database:
        """Open (creating if needed) and migrate the database at ``db`` or the default path."""
        target = db if db is not None else config.default_db_path()
        if "://" in str(target):
            engine = make_engine(target)
            _migrate_or_dispose(engine, backup_dir)
            return cls(engine)
        path = Path(target).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        if read_only:
            return cls._open_read_only(path)
        lock = acquire_writer(path)
        try:
            return cls._open_locked(path, backup_dir, lock, daily_backup)
        except BaseException:
            release_writer(lock)
            raise

    @classmethod
    def _open_locked(cls, path: Path, backup_dir: Path | None, lock: WriterLock,
                     daily_backup: bool) -> Database:
        existed = path.is_file() and path.stat().st_size > 0
        if existed:
            # The whole-file check is for a database that may have been hurt: one not closed
            # properly last time (power cut, crash), changed since, or about to be migrated.
            preflight.check_file(path, migrate.check_known, deep=not closed_cleanly(lock),
                                 head=migrate.head_revision())
        folder = preflight.backup_folder(path, backup_dir)
        engine = make_engine(path)
        migrated = _migrate_or_dispose(engine, folder if existed else None)
        database = cls(engine, lock, folder)
        if migrated and existed:
            backup.rotate(folder, "pre-migration")
        if existed and daily_backup:
            database._daily_backup(path, folder)
        return database

    def _daily_backup(self, path: Path, folder: Path) -> list[Path]:
        # A failed automatic copy (full disk, missing USB stick) must not stop the office's
        # work: the reason is kept for the window to show.
        try:
            backup.remove_stale_parts(folder)
            return preflight.take_daily_backups(path, folder)
        except (backup.BackupError, OSError) as exc:
            log.warning("daily backup failed: %s", type(exc).__name__)
            self.backup_warning = str(exc)
            return []

    def take_daily_backups(self) -> list[Path]:
        """Today's (and this week's) backup when not made yet; the files made.

        Safe on a worker thread: the copy reads the file through its own connection while
        the program keeps working. A failure is kept in ``backup_warning``.
        """
        path = self.path
        if path is None or self.read_only or self.backup_folder is None:
            return []
        return self._daily_backup(path, self.backup_folder)

    @classmethod
    def _open_read_only(cls, path: Path) -> Database:
        if not path.is_file():
            raise preflight.DatabaseDamagedError(path, [f"{path} does not exist"])
        preflight.check_file(path, migrate.check_known)
        if preflight.stored_revision(path) != migrate.head_revision():
            raise DatabaseVersionError(
                "Cơ sở dữ liệu cần được nâng cấp; không thể nâng cấp ở chế độ chỉ đọc.",
                "The database needs an upgrade, which cannot be done read-only.",
            )
        sqlite_library.memory_statistics_off()
        engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true",
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                               hide_parameters=True)
        event.listen(engine, "connect", _read_only_pragmas)
        return cls(engine, read_only=True)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a database server."""
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return None
        name = self.engine.url.database
        return Path(name[len("file:"):] if name.startswith("file:") else name)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one user action; committed on success, rolled back on error.

        A full disk or a read-only database becomes a DomainError the user can read.
        """
        try:
            with session_scope(self.factory) as session:
                yield session
        except OperationalError as exc:
            readable = _translated(exc)
            if readable is exc:
                raise
            raise readable from exc

    @contextmanager
    def wal_copy_deferred(self, conn: Connection) -> Iterator[None]:
        """Around one large write on ``conn``: its commit leaves the log where it is.

        In WAL mode the connection that commits copies the write-ahead log into the file
        (SQLite's automatic checkpoint); after an import of hundreds of megabytes that copy
        took seconds more than the import itself. The commit is durable once the log is
        written: call ``checkpoint_in_background`` after it, and readers and writers go on
        while the log is copied. Does nothing on a database server.
        """
        if self.path is None:
            yield
            return
        driver = conn.connection.driver_connection
        previous = driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        driver.execute("PRAGMA wal_autocheckpoint=0")
        try:
            yield
        finally:
            driver.execute(f"PRAGMA wal_autocheckpoint={int(previous)}")

    def checkpoint_in_background(self) -> None:
        """Copy the write-ahead log into the file on a worker thread of its own connection.

        The copy runs inside SQLite (Python's interpreter lock is released meanwhile) and
        never blocks readers or writers (a passive checkpoint); ``close`` waits for it.
        """
        path = self.path
        if path is None or self.read_only:
            return
        self.wait_for_checkpoint()

        def run() -> None:
            try:
                connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
                try:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    connection.close()
            except sqlite3.Error as exc:  # the next commit's automatic checkpoint catches up
                log.warning("background checkpoint failed: %s", exc)

        self._checkpointer = threading.Thread(target=run, name="dvk-checkpoint", daemon=True)
        self._checkpointer.start()

    def wait_for_checkpoint(self) -> None:
        """Return once a background checkpoint (if any) has finished."""
        if self._checkpointer is not None:
            self._checkpointer.join()
            self._checkpointer = None

    def close(self) -> None:
        """Release every connection and the writer lock."""
        self.wait_for_checkpoint()
        self.engine.dispose()
        if self._lock is not None:
            if self._lock.db_path.is_file() and not is_shared(self._lock):
                self._lock.note_clean_close()
            release_writer(self._lock)
            self._lock = None


def _translated(exc: OperationalError) -> Exception:
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if is_disk_full(exc.orig or exc):
        return DiskFullError()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError()
    return exc


def _read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _migrate_or_dispose(engine: Engine, folder: Path | None) -> bool:
    try:
        return migrate.upgrade(engine, folder)
    except BaseException:
        engine.dispose()
        raise
