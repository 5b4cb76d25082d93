"""Staging files of an import, written by a helper process on the other processor.

A kind's new rows go into a staging file of their own before the import's worker copies
them into the registry (see ``exchange_pipeline``). Writing that file is mostly binding
values, one by one, while holding Python's interpreter lock, and an entry's search and sort
keys are worked out in Python too: in the program's own process that would take the
reading thread's time, about a third of an import into an empty registry. The helper gets
the rows as one JSON text (made in a fraction of the time) and does that work while the
import goes on reading.

``write_staging`` is the same function in the helper and, when there is no helper (a small
package, a process that could not start), in the program itself.

The helper is started with multiprocessing's ``spawn`` method (the only one on Windows; the
packaged program calls ``freeze_support``) and imports only this module and ``vntext``.
Requests are handled in order, each with one reply: None once its file is complete, or the
error's text. The helper ends when its request pipe closes.
"""

from __future__ import annotations

import gc
import multiprocessing
import queue
import sqlite3
import threading
from multiprocessing.connection import Connection

import orjson

from dvk_desktop.db import sqlite_library
from dvk_desktop.domain import vntext

# Each table: (rows, width), the rows as sequences of that many stored values.
Tables = list[tuple[list, int]]
# What is worked out for each row of the first table before it is written: a name in
# FINISHES and its arguments (column positions), or None.
Finish = tuple[str, list[int]] | None

READY = "ready"


def entry_keys(rows: list, title: int, person: int, location: int, deleted: int,
               at_id: int) -> list:
    """Entries with their search and sort keys added at the end, in the order of the
    entry list's index (live first, then alphabetical): its pages then lie together on
    disk and the index is appended to, not split at random places."""
    search_key, sort_key = vntext.search_key, vntext.sort_key
    done = [(*row, search_key(row[title], row[person], row[location]), sort_key(row[title]))
            for row in rows]
    at_sort = len(done[0]) - 1 if done else 0
    done.sort(key=lambda row: (row[deleted] is not None, row[at_sort], row[at_id]))
    return done


FINISHES = {"entry_keys": (entry_keys, ("search_key", "sort_key"))}


def finished_names(finish: Finish) -> tuple[str, ...]:
    """The columns ``finish`` adds at the end of each row."""
    return FINISHES[finish[0]][1] if finish is not None else ()


def finished(rows: list, finish: Finish) -> list:
    """The rows with what ``finish`` adds."""
    if finish is None:
        return rows
    name, arguments = finish
    return FINISHES[name][0](rows, *arguments)


def write_staging(path: str, tables: Tables, finish: Finish = None, first: int = 0) -> None:
    """Write rows into tables t0, t1 … (columns c0, c1 …) of the file at ``path``.

    ``first``: the number of the first of ``tables``; rows are added to a table already
    there (a large table comes in parts, see ``encode_requests``).
    """
    staging = sqlite3.connect(path, isolation_level=None)
    try:
        # Thrown away after the import: no journal, nothing forced to disk.
        staging.execute("PRAGMA journal_mode=OFF")
        staging.execute("PRAGMA synchronous=OFF")
        staging.execute("BEGIN")
        for n, (rows, width) in enumerate(tables, start=first):
            if n == 0:
                rows = finished(rows, finish)
                width += len(finished_names(finish))
            columns = ", ".join(f"c{i}" for i in range(width))
            staging.execute(f"CREATE TABLE IF NOT EXISTS t{n} ({columns})")
            marks = ", ".join("?" for _ in range(width))
            staging.executemany(f"INSERT INTO t{n} VALUES ({marks})", rows)
        staging.execute("COMMIT")
    finally:
        staging.close()


# Rows of a child table (inspection scores) per request: the helper holds one request's
# rows at a time, and the scores of 100,000 entries held at once took 0.9 GB.
PART_ROWS = 50_000


def encode_requests(path: str, tables: Tables, finish: Finish = None) -> list[bytes] | None:
    """The helper's requests for one staging file: the first table whole (its rows are
    ordered together), the others in parts of PART_ROWS rows. None when a value cannot
    travel as JSON exactly (an integer beyond 64 bits, a lone surrogate, bytes): such rows
    are written here, where SQLite refuses them as it always has. Floats are finite (the
    codecs refuse others), so JSON carries every one exactly."""
    parts = [(0, tables[:1])]
    for n, (rows, width) in enumerate(tables[1:], start=1):
        parts += [(n, [(rows[start:start + PART_ROWS], width)])
                  for start in range(0, len(rows), PART_ROWS)]
    try:
        return [orjson.dumps([path, part, finish if first == 0 else None, first])
                for first, part in parts]
    except TypeError:  # orjson.JSONEncodeError
        return None


def write_request(request: bytes) -> None:
    """Do what one request asks (in the helper, or here when the helper is gone)."""
    path, tables, finish, first = orjson.loads(request)
    del request
    write_staging(path, tables, finish, first)


def serve(requests: Connection, replies: Connection) -> None:
    """The helper's loop: one staging file per request, until the requests end."""
    # Rows hold no reference cycles: freed as they go by reference counting, never walked
    # by the cyclic collector (which took a sixth of the helper's time).
    gc.disable()
    sqlite_library.memory_statistics_off()
    try:
        replies.send(READY)
    except (EOFError, OSError):
        return  # the import ended before the helper was ready
    while True:
        try:
            request = requests.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            write_request(request)
            del request
            reply = None
        except Exception as exc:  # handed back and raised in the import
            reply = f"{type(exc).__name__}: {exc}"
        try:
            replies.send(reply)
        except (EOFError, OSError):
            return


class StagingError(Exception):
    """The helper could not write a staging file (its error's text, e.g. a full disk)."""


class StagingHelper:
    """The helper process, as seen from an import.

    ``ready`` and ``submit`` are called on the reading thread, ``staged`` on the worker,
    in the order of the requests; a sender thread hands the requests over, so that the
    helper writes one file while the worker copies the one before.
    """

    def __init__(self) -> None:
        """Start the process; OSError when it cannot be started."""
        context = multiprocessing.get_context("spawn")
        requests_read, self._requests = context.Pipe(duplex=False)
        self._replies, replies_write = context.Pipe(duplex=False)
        self._process = context.Process(target=serve, args=(requests_read, replies_write),
                                        name="dvk-staging", daemon=True)
        try:
            self._process.start()
        except BaseException:
            self._requests.close()
            self._replies.close()
            raise
        finally:
            # The helper's ends: closed here, so that each side sees the other one go.
            requests_read.close()
            replies_write.close()
        self._ready: bool | None = None  # None: not known yet
        self._outgoing: queue.Queue = queue.Queue()
        self._sender: threading.Thread | None = None
        self._submitted = 0  # counted on the reading thread
        self._answered = 0  # counted on the worker

    def ready(self, timeout: float = 0) -> bool:
        """True once the helper has started (waiting at most ``timeout`` seconds for it);
        False for good when it could not."""
        if self._ready is None:
            try:
                if self._replies.poll(timeout):
                    self._ready = self._replies.recv() == READY
            except (EOFError, OSError):
                self._ready = False
        return bool(self._ready)

    def submit(self, request: bytes) -> None:
        """Queue a request (after ``ready`` said True)."""
        if self._sender is None:
            self._sender = threading.Thread(target=self._send, name="dvk-staging-sender",
                                            daemon=True)
            self._sender.start()
        self._submitted += 1
        self._outgoing.put(request)

    def _send(self) -> None:
        while (request := self._outgoing.get()) is not None:
            try:
                self._requests.send_bytes(request)
            except (OSError, ValueError):
                pass  # the helper is gone: ``staged`` finds out
            del request

    def staged(self) -> bool:
        """Wait for the next request's file: True when it is complete, False when the
        helper is gone; StagingError when the helper failed to write it."""
        try:
            reply = self._replies.recv()
        except (EOFError, OSError):
            return False
        self._answered += 1
        if reply is not None:
            raise StagingError(reply)
        return True

    def close(self) -> None:
        """Stop the helper; at once when requests are left (the import stopped early)."""
        if self._submitted > self._answered:
            self._process.terminate()
        if self._sender is not None:
            self._outgoing.put(None)
            self._sender.join()
            self._sender = None
        self._requests.close()
        self._replies.close()
        self._process.join(2)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
