"""An import's new records written on a worker thread while the package is still being read.

Reading, checking and converting a package is Python's work; inserting the rows and keeping
the indexes up to date is SQLite's, about as long again. Python's interpreter lock is free
only while a statement runs, so a worker inserting row by row would wait for the lock at
every row. Instead, each kind's new rows are written into a file of their own — plain
tables, no index, no journal — and the worker copies them into the registry with one
``INSERT … SELECT`` per table, inside the import's transaction, while the next kind is
read on the other processor.

For a large package the files are written by a helper process (``staging_helper``), which
also works out the entries' search and sort keys: the reading thread only hands it the
rows. A small package, or one read when the helper could not start, has its files written
on the reading thread, by the same function.

SQLite only; the import's transaction and its all-or-nothing rule are unchanged: whatever
the worker inserted is rolled back with the rest when the package is refused.
"""

from __future__ import annotations

import logging
import queue
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

from sqlalchemy import Connection, Table

from dvk_desktop.db.exchange_models import RecordState
from dvk_desktop.exchange import merge
from dvk_desktop.services import staging_helper
from dvk_desktop.services.exchange_apply import STATE_NAMES, Applier, NewRows
from dvk_desktop.services.exchange_records import indexes_made_after, word_index_once

log = logging.getLogger(__name__)

# SQLite attaches at most ten databases to a connection; one is kept spare.
MAX_STAGED = 9
# What a new record's plan item keeps of it once the record is written (read-only).
_WRITTEN = MappingProxyType({})
STAGING_PREFIX = "dvk-import-"
STALE_AFTER_S = 24 * 3600
# Records (bytes, as the package's manifest gives them) from which a helper process writes
# the staging files: below, starting it costs more than it saves.
HELPER_FROM_BYTES = 32 * 1024 * 1024
# New rows of one kind from which the import waits (at most HELPER_WAIT_S) for a helper
# still starting: writing them here would take longer.
HELPER_WAIT_ROWS = 20_000
HELPER_WAIT_S = 1.0


def remove_stale_staging() -> None:
    """Delete staging folders left a day ago or more by an import that was cut short (the
    program killed, the power cut); one of today's may belong to another running import."""
    folder = Path(tempfile.gettempdir())
    now = time.time()
    for stale in folder.glob(STAGING_PREFIX + "*"):
        try:
            if now - stale.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass


class NewRecordWriter:
    """Inserts each planned kind's new records on a worker thread (``build_plan``'s hook).

    Use as a context manager around the planning (the worker stops on leaving it), call
    ``finish`` once every kind is planned, and ``close`` after the transaction has ended.
    """

    def __init__(self, conn: Connection, make_applier: Callable[..., Applier],
                 records_bytes: int = 0, expect_new: bool = True) -> None:
        """``records_bytes``: the size of the package's records (a helper process writes
        the staging files from HELPER_FROM_BYTES on). ``expect_new``: most records are
        likely new here (nothing was received from the sender before); the helper is then
        started at once, to be ready for the first kind, else only for a kind with many
        new records (none, when a package is sent again)."""
        self.conn = conn
        self.make_applier = make_applier
        self.applier: Applier | None = None
        self._folder: Path | None = None
        self._attached: list[str] = []
        self._tasks: queue.Queue = queue.Queue()
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        # Set once the reading thread has planned every kind (or has given up).
        self._planned = threading.Event()
        self._cancelled = False
        self._refused = False
        self._helper: staging_helper.StagingHelper | None = None
        self._may_help = records_bytes >= HELPER_FROM_BYTES
        if self._may_help and expect_new:
            self._start_helper()
        self._helped = self._staged = 0

    def __enter__(self) -> NewRecordWriter:
        return self

    def __exit__(self, exc_type, *_exc) -> None:
        if exc_type is not None:
            # Given up: what is queued is not written, and a file being written not read.
            self._cancelled = True
            self._close_helper()
        self._stop()

    def planned(self, kind: str, plan, items: list[merge.PlanItem]) -> None:
        """Write the new records of a kind just planned (its items, in the plan's order)."""
        if self._refused or any(item.action == merge.REJECTED for item in items):
            # The package will be refused once planned: nothing more is written (records
            # hanging on a rejected one would not find it).
            self._refused = True
            return
        if self.applier is None:
            self.applier = self.make_applier(plan)
        new = [item for item in items if item.action == merge.NEW]
        if not new:
            return
        if kind not in self.applier.stored_kinds or len(self._attached) >= MAX_STAGED:
            # A few units or lookups (or past the attachment limit): inserted here, once the
            # worker has finished what it holds, in the same order as the kinds.
            self.wait()
            self.applier.insert_new(kind, new)
            return
        rows = self.applier.new_rows(kind, new)
        tables = [(rows.rows, len(rows.names) + 1)]
        if rows.children is not None:
            tables.append((rows.children[2], len(rows.children[1])))
        path, schema = self._place(kind)
        requests = None
        wait = HELPER_WAIT_S if len(new) >= HELPER_WAIT_ROWS else 0
        if wait:
            self._start_helper()
        if self._helper is not None and self._helper.ready(wait):
            requests = staging_helper.encode_requests(str(path), tables, rows.finish)
        if requests is None:
            staging_helper.write_staging(str(path), tables, rows.finish)
        else:
            for request in requests:
                self._helper.submit(request)  # type: ignore[union-attr]
            self._helped += 1
        self._staged += 1
        statements = self._copies(schema, rows)
        del rows, tables
        self._submit(lambda: self._copy(path, schema, statements, requests))
        # Once written, a new record's content is no longer needed (its key and action are):
        # it is let go now, while the worker inserts, instead of all at once at the end.
        for item in new:
            item.theirs = _WRITTEN  # type: ignore[assignment]

    def wait(self) -> None:
        """Return once the worker has inserted everything handed to it (its error raised)."""
        if self._thread is not None:
            self._tasks.join()
        if self._error is not None:
            raise self._error

    def finish(self) -> None:
        """Wait for every insert, then stop the worker; the connection is this thread's again."""
        self._planned.set()
        self.wait()
        self._stop()
        self._close_helper()

    def close(self) -> None:
        """After the transaction: detach the staging files and delete them."""
        self._close_helper()
        self._stop()
        try:
            for schema in self._attached:
                self.conn.exec_driver_sql(f"DETACH DATABASE {schema}")
        except Exception:
            # Not to be pooled with files attached (they could not be deleted on Windows).
            self.conn.invalidate()
        self._attached = []
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def _place(self, kind: str) -> tuple[Path, str]:
        """(staging file, schema it is attached as) of a kind."""
        if self._folder is None:
            remove_stale_staging()
            self._folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX))
        schema = f"dvk_staged_{len(self._attached)}"
        self._attached.append(schema)
        return self._folder / f"{kind}.sqlite3", schema

    def _copies(self, schema: str, new: NewRows) -> list[tuple[str, str, int, tuple]]:
        """(table name, SQL, rows, parameters) of the statements copying staged rows in."""
        quote = self.conn.dialect.identifier_preparer.quote
        count, width = len(new.rows), len(new.names)

        def copy(table: Table, names: list[str], source: str, columns: str = "*",
                 order: str = "rowid", parameters: tuple = (), rows: int = count) -> tuple:
            into = ", ".join(quote(name) for name in names)
            return (table.name, f"INSERT INTO {quote(table.name)} ({into}) SELECT {columns} "
                    f"FROM {schema}.{source} ORDER BY {order}", rows, parameters)

        # The stored values, then (after the record's updated_at) the derived ones.
        derived = range(width + 1, width + 1 + len(new.derived))
        statements = [copy(new.table, new.names + list(new.derived), "t0",
                           ", ".join(f"c{i}" for i in [*range(width), *derived]))]
        if new.children is not None:
            table, names, rows = new.children
            statements.append(copy(table, names, "t1", rows=len(rows)))
        applier = self.applier
        assert applier is not None
        # The exchange states, in the order of their key (the record's id).
        record, version = f"c{new.at_id}", f"c{new.at_version}"
        statements.append(copy(RecordState.__table__, list(STATE_NAMES), "t0",
                               f"?, {record}, {version}, c{width}, {version}, ?, ?", record,
                               (new.state_table, applier.sender_code, applier.now_stored)))
        return statements

    def _copy(self, path: Path, schema: str, statements: list[tuple[str, str, int, tuple]],
              requests: list[bytes] | None) -> None:
        """On the worker: the staged tables into the registry, one statement each.

        ``requests``: the helper's, when it writes the file (None: already written).
        """
        # Every reply is taken (one per request), also after a missing one.
        if requests is not None and not all([self._staged_by_helper() for _ in requests]):
            # The helper is gone (ended from outside, crashed): the file is written here,
            # once the reading thread has finished (meanwhile this thread would wait for
            # the interpreter lock at every row).
            log.warning("staging helper stopped: %s is written by the import", path.name)
            self._planned.wait()
            if self._cancelled:
                return
            path.unlink(missing_ok=True)
            for request in requests:
                staging_helper.write_request(request)
        del requests
        conn = self.conn
        conn.exec_driver_sql(f"ATTACH DATABASE ? AS {schema}", (str(path),))
        for table_name, sql, count, parameters in statements:
            with word_index_once(conn, table_name, count), \
                    indexes_made_after(conn, table_name, count):
                conn.exec_driver_sql(sql, parameters)

    def _staged_by_helper(self) -> bool:
        helper = self._helper
        return helper is not None and helper.staged()

    def _start_helper(self) -> None:
        """Start the helper, once per import."""
        if not self._may_help:
            return
        self._may_help = False
        try:
            self._helper = staging_helper.StagingHelper()
        except OSError as exc:  # the files are written here
            log.warning("staging helper could not start: %s", exc)

    def _close_helper(self) -> None:
        if self._helper is not None:
            self._helper.close()
            self._helper = None
            log.info("staging helper wrote %d of %d staging files", self._helped,
                     self._staged)

    def _submit(self, task: Callable[[], None]) -> None:
        if self._error is not None:
            raise self._error
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="dvk-import-writer",
                                            daemon=True)
            self._thread.start()
        self._tasks.put(task)

    def _run(self) -> None:
        while (task := self._tasks.get()) is not None:
            try:
                if self._error is None and not self._cancelled:
                    task()
            except BaseException as exc:  # handed to the reading thread, which raises it
                self._error = exc
            finally:
                self._tasks.task_done()
        self._tasks.task_done()

    def _stop(self) -> None:
        self._planned.set()  # a worker waiting for the reading thread is let go
        if self._thread is not None:
            self._tasks.put(None)
            self._thread.join()
            self._thread = None
