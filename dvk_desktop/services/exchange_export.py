"""Export: the package of this office's subtree for the unit above, all or since the last one."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Column, Connection, MetaData, String, Table, and_, func, insert, or_, select

from dvk_desktop import __version__
from dvk_desktop.db import migrate, queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.exchange_models import ExportLog, RecordState
from dvk_desktop.db.models import Decision, Entry, Inspection, Unit, utcnow
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.exchange import deflate
from dvk_desktop.exchange.format import KINDS, Manifest
from dvk_desktop.exchange.writer import PackageWriter
from dvk_desktop.services import keys
from dvk_desktop.services.exchange_records import (
    KIND_TABLES,
    JsonBlock,
    iter_rows,
    register_sqlite_functions,
    sqlite_json_blocks,
    unit_maps,
    without_cycle_collector,
)
from dvk_desktop.services.office import get_office

Progress = Callable[[str, int], None]

log = logging.getLogger(__name__)


@dataclass
class ExportResult:
    """What was written."""

    path: Path
    package_id: str
    counts: dict[str, int]
    encrypted: bool
    since: datetime | None


def _ancestors(conn: Connection, unit_id: str) -> list[str]:
    parents = dict(conn.execute(select(Unit.id, Unit.parent_id)).all())
    found, current = [], parents.get(unit_id)
    while current and current not in found:
        found.append(current)
        current = parents.get(current)
    return found


def _recipient(conn: Connection, office_unit_id: str, code: str) -> tuple[str, str]:
    row = conn.execute(select(Unit.id, Unit.name).where(Unit.code == code)).first()
    if row is None or row.id not in _ancestors(conn, office_unit_id):
        raise DomainError(
            f"Đơn vị nhận “{code}” phải là đơn vị cấp trên của cơ quan này.",
            f"The recipient “{code}” must be a unit above this office.")
    return row.id, row.name


def last_export_as_of(conn: Connection, recipient_code: str) -> datetime | None:
    """High-water mark of the last export to a recipient, or None."""
    return conn.scalar(select(func.max(ExportLog.as_of))
                       .where(ExportLog.recipient_code == recipient_code))


def _changed_since(table, since: datetime | None):
    if since is None:
        return True
    imported = select(RecordState.record_id).where(RecordState.table_name == table.name,
                                                   RecordState.imported_at > since)
    return or_(table.c.updated_at > since, table.c.id.in_(imported))


def _member(column, values):
    """``column IN values`` tested row by row while the table is read in its own order.

    ``column || ''`` keeps the database from looking every value up through the column's
    index: a whole subtree is most of the table, and one pass over it is many times faster
    than a hundred thousand index searches each followed by a jump to the row.
    """
    return column.concat("").in_(values)


def _subtree_entries(subtree: list[str]):
    return select(Entry.id).where(_member(Entry.owner_unit_id, subtree))


# On SQLite the ids of the subtree's entries are gathered once into this temporary table:
# four kinds are chosen by their entry, and each read the whole entry table again to find
# them (the widest table of all).
_ENTRY_IDS = Table("dvk_export_entry", MetaData(), Column("id", String, primary_key=True))


@contextmanager
def _entry_ids_tables(readers: list[Connection], subtree: list[str]) -> Iterator[Table]:
    """The temporary table on each reading connection, filled on all of them at once."""
    for conn in readers:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{_ENTRY_IDS.name}")
        conn.exec_driver_sql(f"CREATE TEMP TABLE {_ENTRY_IDS.name} (id TEXT PRIMARY KEY) "
                             "WITHOUT ROWID")
    try:
        fill = insert(_ENTRY_IDS).from_select(["id"], _subtree_entries(subtree))
        with ThreadPoolExecutor(max_workers=max(1, len(readers) - 1)) as pool:
            others = [pool.submit(conn.execute, fill) for conn in readers[1:]]
            readers[0].execute(fill)
            for other in others:
                other.result()
        yield _ENTRY_IDS
    finally:
        for conn in readers:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{_ENTRY_IDS.name}")


def _queries(subtree: list[str], since: datetime | None, entry_ids: Table | None = None) -> dict:
    t = KIND_TABLES
    entries = select(entry_ids.c.id) if entry_ids is not None else _subtree_entries(subtree)
    decisions = select(Decision.id).where(or_(
        Decision.unit_id.in_(subtree),
        and_(Decision.unit_id.is_(None), Decision.origin_unit_id.in_(subtree))))
    inspections = select(Inspection.id).where(_member(Inspection.entry_id, entries))
    rubric_ids = select(Inspection.rubric_id).where(_member(Inspection.entry_id, entries))
    by_kind = {
        "units": t["units"].c.id.in_(subtree),
        "entries": _member(t["entries"].c.owner_unit_id, subtree),
        "status_changes": _member(t["status_changes"].c.entry_id, entries),
        "decisions": t["decisions"].c.id.in_(decisions),
        "inspections": _member(t["inspections"].c.entry_id, entries),
        "recognitions": _member(t["recognitions"].c.entry_id, entries),
        "awards": _member(t["awards"].c.decision_id, decisions),
        "targets": t["targets"].c.unit_id.in_(subtree),
        "attachments": or_(_member(t["attachments"].c.entry_id, entries),
                           _member(t["attachments"].c.inspection_id, inspections)),
    }
    # No ORDER BY: sorting a whole table (hundreds of megabytes of entries) before the first
    # row was a large part of an export; rows come in the database's own order.
    out = {kind: select(t[kind]).where(cond, _changed_since(t[kind], since))
           for kind, cond in by_kind.items()}
    out["rubrics"] = select(t["rubrics"]).where(t["rubrics"].c.id.in_(rubric_ids))
    out["fields"] = select(t["fields"]).order_by(t["fields"].c.code)
    return out


def _parents_first(records: list[dict], root_code: str) -> list[dict]:
    by_code = {r["code"]: r for r in records}

    def depth(record: dict) -> int:
        level, seen = 0, set()
        while record["code"] != root_code and record.get("parent_code") in by_code:
            if record["code"] in seen:
                break
            seen.add(record["code"])
            record, level = by_code[record["parent_code"]], level + 1
        return level
    return sorted(records, key=lambda r: (depth(r), r["code"]))


def _live(records: Iterator[dict], kind: str, tombstones: list[dict]) -> Iterator[dict]:
    for record in records:
        if record.get("deleted_at"):
            tombstones.append({"kind": kind, "record": record})
        else:
            yield record


@contextmanager
def _snapshot(db: Database) -> Iterator[tuple[Connection, Connection | None]]:
    """A connection that sees the registry as it was when the export began, to the end; on
    SQLite a second one that sees the same, or None when it could not be had at once.

    The kinds are read one after another; a record saved in the window meanwhile must not
    reach the package without the records it refers to (the receiver would refuse it).
    SQLite's driver starts no transaction for reads, so one is begun explicitly; in WAL
    mode it holds no writer up. The second connection's reading starts while other writers
    are held off for an instant, so that both see the same moment. A database server reads
    in one repeatable-read transaction.
    """
    if db.engine.dialect.name != "sqlite":
        with db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, \
                conn.begin():
            yield conn, None
        return
    with ExitStack() as stack:
        def reading() -> Connection:
            conn = stack.enter_context(db.engine.connect())
            stack.enter_context(conn.begin())
            conn.exec_driver_sql("BEGIN")
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            return conn
        with _writers_held_off(db.path) as held:
            conn = reading()
            second = reading() if held else None
        yield conn, second


@contextmanager
def _writers_held_off(path: Path | None) -> Iterator[bool]:
    """True while no other connection can commit to the SQLite file (False when another
    writer is at work, or the file cannot be written: the export then reads on one
    connection)."""
    if path is None:
        yield False
        return
    try:
        lock = sqlite3.connect(str(path), timeout=WRITER_WAIT_S, isolation_level=None)
    except sqlite3.Error:
        yield False
        return
    try:
        try:
            lock.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            pass
        yield lock.in_transaction
    finally:
        if lock.in_transaction:
            lock.execute("ROLLBACK")
        lock.close()


# How long the export waits for another writer (a record being saved) before reading on
# one connection only.
WRITER_WAIT_S = 0.5


def export_package(db: Database, recipient_code: str, out: Path, since_last: bool = False,
                   encrypt_for: Path | None = None, actor: str = "",
                   progress: Progress | None = None) -> ExportResult:
    """Write the package of this office's subtree for ``recipient_code`` to ``out``."""
    office = get_office(db)
    if office is None:
        raise DomainError("Chưa thiết lập cơ quan.", "The office has not been set up.")
    recipient_key = keys.read_public(encrypt_for) if encrypt_for else None
    if recipient_key and recipient_key.unit_code != recipient_code:
        raise DomainError(
            f"Tệp khóa là của đơn vị “{recipient_key.unit_code}”, không phải “{recipient_code}”.",
            f"The key file belongs to “{recipient_key.unit_code}”, not “{recipient_code}”.")
    pair = keys.ensure_keys()
    started = time.perf_counter()
    as_of = utcnow()
    with without_cycle_collector(), _snapshot(db) as (conn, second):
        _recipient(conn, office.unit_id, recipient_code)
        since = last_export_as_of(conn, recipient_code) if since_last else None
        manifest = Manifest(
            package_id=str(uuid.uuid4()), sender_code=office.unit_code,
            sender_name=office.unit_name, recipient_code=recipient_code,
            created_at=as_of.isoformat() + "Z", schema_revision=migrate.head_revision(),
            program_version=__version__, period_from=since.isoformat() + "Z" if since else None,
            period_to=as_of.isoformat() + "Z")
        writer = PackageWriter(Path(out), manifest, pair.signing,
                               recipient_key.encryption_public if recipient_key else None)
        try:
            _write_kinds(conn, second, writer, office.unit_id, office.unit_code, since,
                         progress)
            path = writer.finish()
        except BaseException:
            writer.abort()
            raise
    log.info("package written: %d records, %.1f MB, deflated with %s, in %.1f s",
             sum(manifest.counts.values()), path.stat().st_size / 1e6,
             "ISA-L" if deflate.available() else "zlib", time.perf_counter() - started)
    with db.session() as session:
        session.add(ExportLog(package_id=manifest.package_id, recipient_code=recipient_code,
                              since=since, as_of=as_of, created_by=actor,
                              file_name=str(out), encrypted=recipient_key is not None,
                              counts=manifest.counts))
    return ExportResult(path, manifest.package_id, manifest.counts, recipient_key is not None,
                        since)


def _write_kinds(conn: Connection, second: Connection | None, writer: PackageWriter,
                 root_id: str, root_code: str, since: datetime | None,
                 progress: Progress | None) -> None:
    """Each kind's records into the package; on SQLite, the big kinds' JSON is written by
    SQLite, on ``conn`` and (when given, every other block) on ``second``."""
    id_to_code, _ = unit_maps(conn)
    subtree = sorted(queries.subtree_unit_ids(conn, root_id))  # type: ignore[arg-type]
    in_sql = conn.dialect.name == "sqlite"
    readers = [c for c in (conn, second) if c is not None] if in_sql else []
    for each in readers:
        register_sqlite_functions(each)
    tombstones: list[dict] = []
    with _entry_ids_tables(readers, subtree) if readers else nullcontext() as entry_ids:
        plan = _queries(subtree, since, entry_ids)
        for kind in KINDS[:-1]:
            if in_sql and kind in SQL_JSON_KINDS:
                blocks = sqlite_json_blocks(conn, kind, plan[kind], second)
                count = writer.add_blocks(kind, _live_blocks(blocks, kind, tombstones))
            else:
                rows = iter_rows(conn, plan[kind], kind, id_to_code)
                if kind == "units":
                    rows = iter(_parents_first(list(rows), root_code))
                count = writer.add_records(kind, _live(rows, kind, tombstones))
            if progress:
                progress(kind, count)
    writer.add_records("tombstones", tombstones)


# Kinds whose JSON lines SQLite writes itself (the big ones; units are sorted in Python).
SQL_JSON_KINDS = frozenset({"entries", "status_changes", "decisions", "inspections",
                            "recognitions", "awards", "targets", "attachments"})


def _live_blocks(blocks: Iterator[JsonBlock], kind: str,
                 tombstones: list[dict]) -> Iterator[tuple[bytes, int]]:
    for block in blocks:
        tombstones += ({"kind": kind, "record": json.loads(line)} for line in block.deleted)
        if block.count:
            yield block.lines, block.count


def recipients(db: Database) -> list[tuple[str, str]]:
    """(code, name) of the units above this office, nearest first: where packages may go."""
    office = get_office(db)
    if office is None:
        return []
    with db.engine.connect() as conn:
        names = dict(conn.execute(select(Unit.id, Unit.name)).all())
        codes = dict(conn.execute(select(Unit.id, Unit.code)).all())
        return [(codes[i], names[i]) for i in _ancestors(conn, office.unit_id)]
