"""Checks made before a database file is handed to SQLAlchemy, without writing to it.

A file from a newer program or a damaged file must be left exactly as it is, so these checks
read it through a plain read-only SQLite connection before any pragma or migration runs.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

from dvk_desktop import config
from dvk_desktop.db import backup
from dvk_desktop.domain.errors import DomainError

log = logging.getLogger(__name__)

BACKUP_FOLDER_KEY = "backup.folder"


class DatabaseDamagedError(DomainError):
    """The database file failed SQLite's integrity check; ``problems`` lists what it said."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(
            f"Tệp dữ liệu {path.name} bị hỏng (kiểm tra tính toàn vẹn không đạt). Chương trình "
            "không ghi đè tệp này; hãy khôi phục từ bản sao lưu gần nhất còn tốt.",
            f"The data file {path.name} is damaged (integrity check failed). The program does "
            "not overwrite it; restore the newest good backup.",
        )


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in the file (None when it has none); read-only."""
    con = _read_only(path)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def read_setting(path: Path, key: str) -> object:
    """One value of the Setting table, read-only; None when absent or unreadable."""
    try:
        con = _read_only(path)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if row is None or row[0] is None:
        return None
    try:
        return json.loads(row[0])
    except (TypeError, ValueError):
        return row[0]


def check_file(path: Path, known: callable, deep: bool = True, head: str | None = None) -> None:
    """Refuse a newer program's file (DatabaseVersionError) or a damaged one, untouched.

    SQLite's quick check reads the whole file (seconds for a large registry), so it runs when
    ``deep`` is asked for or when the file is not at the ``head`` revision (before a
    migration); the schema is read in any case.
    """
    try:
        revision = stored_revision(path)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(path, [str(exc)]) from exc
    known(revision)
    if not deep and revision == head:
        return
    problems = backup.integrity_problems(path, quick=True)
    if problems:
        raise DatabaseDamagedError(path, problems)


def usable_folder(folder: Path) -> bool:
    """True when backups can be written into ``folder`` (it exists or can be made)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def backup_folder(db_path: Path, backup_dir: Path | None = None) -> Path:
    """Where this database's backups go: the given folder, the office's choice, or the default.

    The office's choice (Setting ``backup.folder``, e.g. a USB stick) gets one sub-folder per
    database file name; when it is missing (stick not plugged in) the default folder is used.
    """
    if backup_dir is not None:
        return Path(backup_dir)
    chosen = read_setting(db_path, BACKUP_FOLDER_KEY) if db_path.is_file() else None
    if isinstance(chosen, str) and chosen.strip():
        folder = Path(chosen).expanduser() / db_path.stem
        if usable_folder(folder):
            return folder
        log.warning("configured backup folder is not available; using the default folder")
    return config.backups_dir() / db_path.stem


def take_daily_backups(db_path: Path, folder: Path, today: date | None = None) -> list[Path]:
    """The first start of a day (and of a week) leaves a daily (and weekly) backup."""
    today = today or date.today()
    existing = backup.list_backups(folder)
    made = []
    if not any(b.kind == "daily" and b.created.date() == today for b in existing):
        made.append(backup.make_backup(db_path, folder, "daily").path)
    week = today.isocalendar()[:2]
    if not any(b.kind == "weekly" and b.created.date().isocalendar()[:2] == week
               for b in existing):
        if made:  # the same verified copy, made a minute ago: no second read of the database
            made.append(backup.copy_backup(made[0], folder, "weekly").path)
        else:
            made.append(backup.make_backup(db_path, folder, "weekly").path)
    return made
