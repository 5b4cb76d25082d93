"""One writer per database: an OS lock on a file beside it, with the holder's details.

The lock is taken with ``fcntl.flock`` (POSIX) or ``msvcrt.locking`` (Windows) on
``<database>.lock``. The operating system drops it when the holding process ends, even by a
power cut or a kill, so a stale lock never blocks the next start. Opening the same database
twice inside one process shares the lock (counted), so only another program is kept out.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from threading import Lock

from dvk_desktop.domain.errors import DomainError

_INFO_OFFSET = 1  # byte 0 is the locked byte (Windows locks bytes); the details follow it
_held: dict[Path, tuple[WriterLock, int]] = {}
_held_guard = Lock()


class DatabaseInUseError(DomainError):
    """Another copy of the program has the database open for writing."""

    def __init__(self, path: Path, holder: dict) -> None:
        self.path = path
        self.holder = holder
        who = describe_holder(holder)
        super().__init__(
            f"Cơ sở dữ liệu {path.name} đang mở ở nơi khác ({who}). Hãy đóng chương trình ở đó "
            "rồi mở lại, hoặc mở ở chế độ chỉ đọc.",
            f"The database {path.name} is open elsewhere ({who}). Close the program there and "
            "try again, or open it read-only.",
        )


def describe_holder(holder: dict) -> str:
    """Short text naming the computer, user, process and start time of a lock holder."""
    if not holder:
        return "?"
    parts = [str(holder.get(key, "?")) for key in ("host", "user")]
    return f"{parts[0]}, {parts[1]}, pid {holder.get('pid', '?')}, {holder.get('since', '?')}"


def lock_path(db_path: Path) -> Path:
    """The lock file of a database: ``registry.sqlite3`` → ``registry.sqlite3.lock``."""
    return db_path.with_name(db_path.name + ".lock")


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass


def _holder_details() -> dict:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some service environments
        user = "?"
    return {"host": socket.gethostname(), "user": user, "pid": os.getpid(),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M:%S")}


def read_holder(db_path: Path) -> dict:
    """Details written by the current holder of the lock ({} when unknown)."""
    try:
        with open(lock_path(db_path), "rb") as handle:
            handle.seek(_INFO_OFFSET)
            return json.loads(handle.read().decode("utf-8") or "{}")
    except (OSError, ValueError):
        return {}


@dataclass
class WriterLock:
    """The held lock of one database (one open file descriptor).

    ``previous`` holds what the last holder left in the lock file: its details and, when it
    closed the database properly, ``closed`` with the file's size and time at that moment.
    """

    db_path: Path
    fd: int
    previous: dict = field(default_factory=dict)

    def release(self) -> None:
        """Let another program open the database."""
        _unlock(self.fd)
        os.close(self.fd)

    def note_clean_close(self) -> None:
        """Record that the database was closed properly, as it is now on disk."""
        details = dict(_holder_details(), closed=file_stamp(self.db_path))
        _write_details(self.fd, details)


def file_stamp(db_path: Path) -> dict | None:
    """Size and modification time of the database file (None when it cannot be read)."""
    try:
        info = db_path.stat()
    except OSError:
        return None
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns}


def closed_cleanly(lock: WriterLock) -> bool:
    """True when the last holder closed the database properly and the file is as it left it.

    A power cut, a kill or a crash leaves no ``closed`` note; a file changed or replaced while
    the program was closed no longer matches the note, and neither does a write-ahead log
    left with content.
    """
    stamp = lock.previous.get("closed")
    if not isinstance(stamp, dict) or stamp != file_stamp(lock.db_path):
        return False
    wal = lock.db_path.with_name(lock.db_path.name + "-wal")
    return not (wal.exists() and wal.stat().st_size > 0)


def _write_details(fd: int, details: dict) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, (" " + json.dumps(details)).encode("utf-8"))


def _acquire_new(db_path: Path) -> WriterLock:
    fd = os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o600)
    if not _try_lock(fd):
        os.close(fd)
        raise DatabaseInUseError(db_path, read_holder(db_path))
    previous = read_holder(db_path)
    _write_details(fd, _holder_details())
    return WriterLock(db_path, fd, previous)


def acquire_writer(db_path: Path) -> WriterLock:
    """Take the database's writer lock, or raise DatabaseInUseError naming the holder."""
    key = Path(db_path).resolve()
    with _held_guard:
        if key in _held:
            lock, count = _held[key]
            _held[key] = (lock, count + 1)
            return lock
        lock = _acquire_new(key)
        _held[key] = (lock, 1)
        return lock


def release_writer(lock: WriterLock) -> None:
    """Give back one use of the lock; the last use unlocks the file."""
    with _held_guard:
        held = _held.get(lock.db_path)
        if held is None:
            return
        if held[1] > 1:
            _held[lock.db_path] = (held[0], held[1] - 1)
            return
        del _held[lock.db_path]
        lock.release()


def is_locked_elsewhere(db_path: Path) -> bool:
    """True when another program holds the writer lock of the database."""
    key = Path(db_path).resolve()
    with _held_guard:
        if key in _held:
            return False
    try:
        release_writer(acquire_writer(key))
    except DatabaseInUseError:
        return True
    return False


def is_shared(lock: WriterLock) -> bool:
    """True while more than one open database of this process uses ``lock``."""
    with _held_guard:
        held = _held.get(lock.db_path)
        return held is not None and held[1] > 1
