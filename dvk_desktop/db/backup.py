"""Copies of the SQLite database through SQLite's online backup API, verified after writing."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


class BackupError(Exception):
    """A backup could not be written or did not verify."""


def integrity_ok(path: Path) -> bool:
    """True when SQLite's integrity check passes on the file."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def backup_database(source: Path, destination: Path) -> Path:
    """Copy a live database to ``destination`` consistently, fsync it, and verify it."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(str(exc)) from exc
    finally:
        src.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise BackupError(f"backup of {source} failed its integrity check")
    os.replace(partial, destination)
    return destination


def timestamped_name(kind: str, when: datetime | None = None) -> str:
    """File name of a backup of a kind (daily, manual, pre-import, pre-migration)."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{kind}-{stamp}.sqlite3"
