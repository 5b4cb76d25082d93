"""Copies of the SQLite database through SQLite's online backup API, verified after writing.

A backup folder holds files named ``KIND[-LABEL]-YYYYmmdd-HHMMSS-ffffff.sqlite3``; the kind
decides how many are kept (``RETENTION``). A file is written as ``.part``, flushed to disk,
checked with ``PRAGMA integrity_check`` and only then renamed to its final name, so a folder
never shows a half-written backup.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dvk_desktop.domain.errors import is_disk_full

SUFFIX = ".sqlite3"
# How many backups of each kind are kept; None keeps all (manual copies are the office's).
RETENTION: dict[str, int | None] = {
    "daily": 7,
    "weekly": 4,
    "pre-import": 10,
    "pre-migration": 5,
    "pre-restore": 5,
    "manual": None,
}
_NAME = re.compile(
    r"^(?P<kind>" + "|".join(sorted(RETENTION, key=len, reverse=True)) + r")"
    r"(?:-(?P<label>.+?))?-(?P<stamp>\d{8}-\d{6}-\d{6})" + re.escape(SUFFIX) + "$"
)


class BackupError(Exception):
    """A backup could not be written or did not verify; ``disk_full`` tells why."""

    def __init__(self, message: str, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, its kind and when it was made."""

    path: Path
    kind: str
    label: str
    created: datetime
    size: int

    @property
    def backup_id(self) -> str:
        """The name used to pick this backup (file name without its suffix)."""
        return self.path.name[: -len(SUFFIX)]


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """SQLite's integrity check of a file: an empty list when it is sound."""
    if not path.is_file():
        return [f"{path} does not exist"]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in con.execute(f"PRAGMA {pragma}(20)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def integrity_ok(path: Path) -> bool:
    """True when SQLite's integrity check passes on the file."""
    return not integrity_problems(path)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _copy_online(source: Path, partial: Path) -> None:
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())


def backup_database(source: Path, destination: Path) -> Path:
    """Copy a live database to ``destination`` consistently, fsync it, and verify it."""
    if not Path(source).is_file():
        raise BackupError(f"{source} does not exist")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    try:
        _copy_online(Path(source), partial)
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(partial)
        raise BackupError(str(exc), disk_full=is_disk_full(exc)) from exc
    problems = integrity_problems(partial)
    if problems:
        _remove_quietly(partial)
        raise BackupError(f"backup of {source} failed its integrity check: {problems[0]}")
    os.replace(partial, destination)
    fsync_dir(destination.parent)
    return destination


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def timestamped_name(kind: str, when: datetime | None = None) -> str:
    """File name of a backup of a kind (daily, manual, pre-import, pre-migration)."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{kind}-{stamp}{SUFFIX}"


def parse_backup(path: Path) -> BackupInfo | None:
    """The backup described by a file name, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    return BackupInfo(path, match["kind"], match["label"] or "", created, path.stat().st_size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := parse_backup(p)) is not None]
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def rotate(folder: Path, kind: str) -> list[Path]:
    """Delete the oldest backups of ``kind`` beyond its retention; returns what was removed."""
    keep = RETENTION.get(kind)
    if keep is None:
        return []
    removed = []
    for info in [b for b in list_backups(folder) if b.kind == kind][keep:]:
        _remove_quietly(info.path)
        removed.append(info.path)
    return removed


def make_backup(source: Path, folder: Path, kind: str, label: str = "",
                when: datetime | None = None) -> BackupInfo:
    """Write a verified backup of ``kind`` into ``folder`` and apply the rotation."""
    if kind not in RETENTION:
        raise ValueError(f"unknown backup kind {kind!r}")
    name = timestamped_name(f"{kind}-{label}" if label else kind, when)
    path = backup_database(source, folder / name)
    rotate(folder, kind)
    info = parse_backup(path)
    assert info is not None
    return info


def copy_backup(made: Path, folder: Path, kind: str) -> BackupInfo:
    """A backup of ``kind`` with the same content as the verified backup ``made``.

    A second name for the same file where the file system allows it (no space used),
    otherwise a copy; written as ``.part`` and renamed like every backup.
    """
    destination = folder / timestamped_name(kind)
    partial = destination.with_name(destination.name + ".part")
    try:
        try:
            os.link(made, partial)
        except OSError:  # FAT/exFAT USB sticks have no hard links
            shutil.copyfile(made, partial)
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
        os.replace(partial, destination)
    except OSError as exc:
        _remove_quietly(partial)
        raise BackupError(str(exc), disk_full=is_disk_full(exc)) from exc
    fsync_dir(folder)
    rotate(folder, kind)
    info = parse_backup(destination)
    assert info is not None
    return info


def remove_stale_parts(folder: Path) -> None:
    """Delete ``.part`` files left by a backup that was interrupted (power cut, kill)."""
    if folder.is_dir():
        for part in folder.glob(f"*{SUFFIX}.part"):
            _remove_quietly(part)


def checkpoint(path: Path) -> None:
    """Move everything in the write-ahead log into the main file (before a file swap)."""
    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
