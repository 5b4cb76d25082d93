"""Settings of the SQLite library itself (not of one connection), made once per process.

SQLite counts every memory allocation for its statistics functions behind one lock for the
whole process. The program never reads those statistics, and SQLite's own advice for speed
is to build without them (``SQLITE_DEFAULT_MEMSTATUS=0``); Python's ``sqlite3`` uses a library
built with them. Turned off at run time, writing the JSON of 100,000 entries on one thread
took 3.1 s instead of 3.5 s, and on two threads together 1.6 s instead of 3.0 s (each thread
waited for the other's allocations).

A library setting can only change while SQLite holds nothing: it is shut down and started
again. That is done before the first database is opened, and only when SQLite has no memory
allocated, i.e. no connection is open anywhere in the process; otherwise nothing changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sqlite3
import sys
import threading

log = logging.getLogger(__name__)

_SQLITE_CONFIG_MEMSTATUS = 9
_lock = threading.Lock()
_done = False  # tried already in this process
_off = False  # the answer then


def _library() -> ctypes.CDLL | None:
    """The SQLite library Python's ``sqlite3`` module runs on, or None when not reachable."""
    import _sqlite3

    candidates = ["sqlite3.dll"] if sys.platform == "win32" else [
        getattr(_sqlite3, "__file__", None), ctypes.util.find_library("sqlite3")]
    for name in candidates:
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            lib.sqlite3_libversion.restype = ctypes.c_char_p
            if lib.sqlite3_libversion().decode() == sqlite3.sqlite_version:
                return lib
        except (OSError, AttributeError):
            continue
    return None


def memory_statistics_off() -> bool:
    """Turn SQLite's memory statistics off for this process (tried once); True when they
    are off."""
    global _done, _off
    with _lock:
        if not _done:
            _done = True
            _off = _turn_off()
        return _off


def _turn_off() -> bool:
    lib = _library()
    if lib is None:
        return False
    try:
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        lib.sqlite3_malloc.restype = ctypes.c_void_p
        lib.sqlite3_free.argtypes = [ctypes.c_void_p]
        if lib.sqlite3_memory_used() != 0:
            return False  # a connection is open: the library cannot be restarted
        probe = lib.sqlite3_malloc(64)
        counted = lib.sqlite3_memory_used() != 0
        lib.sqlite3_free(probe)
        if not counted:
            return True  # built without the statistics (or they are off already)
        if lib.sqlite3_shutdown() != 0:
            return False
        off = lib.sqlite3_config(_SQLITE_CONFIG_MEMSTATUS, ctypes.c_int(0)) == 0
        lib.sqlite3_initialize()
    except AttributeError:
        return False
    log.debug("SQLite memory statistics off: %s", off)
    return off
