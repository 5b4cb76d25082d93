"""Records between the database and the package representation.

In a package, references to units are unit codes (each office seeds its own unit ids, codes
are shared); every other reference is the record's UUID. Derived search and sort keys are
left out and recomputed by the receiver. Rubric criteria and inspection scores travel inside
their parent record.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, datetime
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    Table,
    and_,
    bindparam,
    case,
    cast,
    func,
    insert,
    literal,
    literal_column,
    null,
    select,
    type_coerce,
)
from sqlalchemy import String as SAString
from sqlalchemy.dialects import sqlite as sqlite_dialect

from dvk_desktop.db.models import (
    Attachment,
    Award,
    Decision,
    Entry,
    FieldCategory,
    Inspection,
    InspectionScore,
    Recognition,
    Rubric,
    RubricCriterion,
    StatusChange,
    Target,
    Unit,
)
from dvk_desktop.domain.vntext import search_key, sort_key
from dvk_desktop.exchange.reader import thread_ahead

KIND_TABLES: dict[str, Table] = {
    "fields": FieldCategory.__table__, "units": Unit.__table__, "rubrics": Rubric.__table__,
    "entries": Entry.__table__, "status_changes": StatusChange.__table__,
    "decisions": Decision.__table__, "inspections": Inspection.__table__,
    "recognitions": Recognition.__table__, "awards": Award.__table__,
    "targets": Target.__table__, "attachments": Attachment.__table__,
}
TABLE_KINDS = {table.name: kind for kind, table in KIND_TABLES.items()}
# kind -> (child table, foreign key to the parent, name of the list in the record)
CHILDREN: dict[str, tuple[Table, str, str]] = {
    "rubrics": (RubricCriterion.__table__, "rubric_id", "criteria"),
    "inspections": (InspectionScore.__table__, "inspection_id", "scores"),
}
UNIT_REFS = {"origin_unit_id": "origin_unit_code", "parent_id": "parent_code",
             "successor_id": "successor_code", "owner_unit_id": "owner_unit_code",
             "unit_id": "unit_code"}
DERIVED = ("search_key", "sort_key")


# Imports repeat titles and names a great deal (e.g. a commune's standard models): remember
# the derived keys instead of recomputing them for each record.
_search_key = lru_cache(maxsize=65536)(search_key)
_sort_key = lru_cache(maxsize=65536)(sort_key)


def _derive_entry(values: dict) -> None:
    values["search_key"] = _search_key(values.get("title"), values.get("person_name"),
                                       values.get("location"))
    values["sort_key"] = _sort_key(values.get("title"))


def _derive_unit(values: dict) -> None:
    values["search_key"] = search_key(values.get("name"), values.get("code"))
    values["sort_key"] = sort_key(values.get("name"))


DERIVERS: dict[str, Callable[[dict], None]] = {"entries": _derive_entry, "units": _derive_unit}


def entry_keys_finish() -> tuple[str, list[int]]:
    """How staged entries get their search and sort keys (``staging_helper.entry_keys``,
    the same keys as ``_derive_entry``): the places of the values it reads in a stored
    tuple (``TableCodec.to_stored``)."""
    names = [c.name for c in Entry.__table__.columns if c.name not in DERIVED]
    return ("entry_keys", [names.index(n) for n in ("title", "person_name", "location",
                                                    "deleted_at", "id")])


def _fail(name: str):
    raise ValueError(name)


def _checker(column) -> Callable:
    """A function that checks an incoming JSON value against the column and converts it.

    The column's type is examined once here, not for every value: an import of 100,000
    entries checks millions of values, so each check is one class test.
    """
    kind, nullable, name = column.type, column.nullable, column.name
    if isinstance(kind, DateTime | Date):
        parse = datetime.fromisoformat if isinstance(kind, DateTime) else date.fromisoformat

        def check(v):
            if v.__class__ is str:
                return parse(v)
            return None if v is None and nullable else _fail(name)
        return check
    if isinstance(kind, Boolean):
        allowed: tuple = (bool,)
    elif isinstance(kind, Integer):
        allowed = (int,)
    elif isinstance(kind, Float):
        def check(v):
            if v.__class__ is float:
                # Finite only (a package read by json.loads may hold NaN or Infinity):
                # a number of points or square metres never is one.
                return v if v - v == 0.0 else _fail(name)
            if v.__class__ is int:
                return v
            return None if v is None and nullable else _fail(name)
        return check
    elif isinstance(kind, JSON):
        allowed = (list, dict)
    elif isinstance(kind, SAString):
        limit = kind.length or 10**9

        def check(v):
            if v.__class__ is str and len(v) <= limit:
                return v
            return None if v is None and nullable else _fail(name)
        return check
    else:
        return lambda v: v

    def check(v):
        if v.__class__ in allowed:
            return v
        return None if v is None and nullable else _fail(name)
    return check


def _iso(value):
    return value.isoformat()


def _sqlite_datetime_to_iso(value: str) -> str:
    """A DateTime stored by SQLAlchemy on SQLite as ``datetime.isoformat()`` would write it.

    SQLAlchemy stores ``YYYY-MM-DD HH:MM:SS.ffffff``; ``isoformat`` puts a ``T`` between
    date and time and leaves out a zero fraction. Anything else goes through the parser.
    """
    if len(value) == 26 and value[10] == " " and value[19] == ".":
        if value.endswith(".000000"):
            return value[:10] + "T" + value[11:19]
        return value[:10] + "T" + value[11:]
    if len(value) == 19 and value[10] == " ":
        return value[:10] + "T" + value[11:]
    return _SQLITE_DATETIME(value).isoformat()


_SQLITE = sqlite_dialect.dialect()
_SQLITE_DATETIME = DateTime().dialect_impl(_SQLITE).result_processor(_SQLITE, None)
_parse_datetime, _parse_date = datetime.fromisoformat, date.fromisoformat


def stored_datetime(value: str) -> str:
    """What SQLAlchemy stores on SQLite for ``datetime.fromisoformat(value)``.

    ValueError when the text is not a datetime. The usual ``YYYY-MM-DDTHH:MM:SS[.ffffff]``
    (as ``isoformat`` writes it) only has its ``T`` replaced once it has parsed: the parse
    checks every field's range, and with every separator in place and no time zone the
    stored text has the very same digits.
    """
    parsed = _parse_datetime(value)
    size = len(value)
    if ((size == 26 and value[19] == ".") or size == 19) and parsed.tzinfo is None \
            and value[10] == "T" and value[4] == "-" and value[7] == "-" \
            and value[13] == ":" and value[16] == ":" and value[11:13] != "24" \
            and value.isascii():
        return value[:10] + " " + value[11:] if size == 26 else \
            value[:10] + " " + value[11:] + ".000000"
    return _sqlite_datetime(parsed)


def stored_date(value: str) -> str:
    """What SQLAlchemy stores on SQLite for ``date.fromisoformat(value)`` (ValueError when
    the text is not a date)."""
    parsed = _parse_date(value)
    if len(value) == 10 and value[4] == "-" and value[7] == "-" and value.isascii():
        return value
    return parsed.isoformat()


def _compile(name: str, source: str, env: dict, label: str = "") -> Callable:
    """Build one generated function (per table, once) from its source text."""
    namespace = dict(env)
    exec(compile(source, f"<exchange codec {name} {label}>", "exec"), namespace)  # noqa: S102
    return namespace[name]


class TableCodec:
    """Converts rows of one table to package dictionaries and back.

    Both directions are generated once per table as straight-line Python (one statement
    per column, the column's check chosen by its type): an exchange of 100,000 entries
    converts millions of values, and a loop over the columns with a test per value was
    most of the time.
    """

    def __init__(self, table: Table, unit_refs: bool = True) -> None:
        self.table = table
        self.columns = [c for c in table.columns if c.name not in DERIVED]
        self.names = [(c.name, UNIT_REFS.get(c.name, c.name) if unit_refs else c.name)
                      for c in self.columns]
        self.refs = {c: n for c, n in self.names if c != n}
        self.datetimes = {c.name for c in self.columns if isinstance(c.type, DateTime)}
        self.index = {c.name: i for i, c in enumerate(self.columns)}
        self._to_dict = self._make_to_dict(raw_datetimes=False)
        self._to_dict_raw = self._make_to_dict(raw_datetimes=True)
        self._from_dict = self._make_reader(stored=False)
        self._to_stored = self._make_reader(stored=True)

    def _make_to_dict(self, raw_datetimes: bool) -> Callable:
        lines, items = [], []
        for i, ((col, name), column) in enumerate(zip(self.names, self.columns, strict=True)):
            value = f"row[{i}]"
            if col in self.refs:
                value = f"(None if {value} is None else codes.get({value}, {value}))"
            elif raw_datetimes and col in self.datetimes:
                value = f"(None if {value} is None else sqlite_iso({value}))"
            elif isinstance(column.type, DateTime | Date):
                value = f"(None if {value} is None else {value}.isoformat())"
            items.append(f"{name!r}: {value}")
        lines.append("def to_dict(row, codes):")
        lines.append(f"    if len(row) != {len(self.columns)}: raise ValueError('columns')")
        lines.append("    return {" + ", ".join(items) + "}")
        return _compile("to_dict", "\n".join(lines) + "\n", {"sqlite_iso": _sqlite_datetime_to_iso},
                        self.table.name)

    def _make_reader(self, stored: bool) -> Callable:
        """``from_dict`` (column values by name) or, with ``stored``, ``to_stored``.

        Both check each value the same way. ``to_stored`` gives what SQLite stores, as a
        tuple in the order of ``columns``: datetimes and dates become SQLAlchemy's stored
        text without a datetime object in between, JSON its text.
        """
        name_of = "to_stored" if stored else "from_dict"
        env: dict = {"fail": _fail, "parse_datetime": datetime.fromisoformat,
                     "parse_date": date.fromisoformat, "stored_datetime": stored_datetime,
                     "stored_date": stored_date}
        dates = ("stored_datetime", "stored_date") if stored else ("parse_datetime",
                                                                    "parse_date")
        body = [f"def {name_of}(record, ids):"]
        names = []
        last_datetime = None  # (variable, variable of its text) of the last DateTime
        for i, ((col, name), column) in enumerate(zip(self.names, self.columns, strict=True)):
            v = f"v{i}"
            names.append(v if stored else f"{col!r}: {v}")
            env[f"check{i}"] = _checker(column)
            body.append(f"    {v} = record[{name!r}]")
            if col in self.refs:
                body.append(f"    if {v} is not None: {v} = ids[{v}]")
            kind = column.type
            if isinstance(kind, DateTime | Date):
                convert = dates[0] if isinstance(kind, DateTime) else dates[1]
                converted = f"{convert}({v}) if {v}.__class__ is str else check{i}({v})"
                if isinstance(kind, DateTime):
                    if last_datetime is not None:
                        # Most records were never changed after they were made: a text the
                        # same as the datetime before (updated_at after created_at) is
                        # converted once.
                        same, text = last_datetime
                        converted = (f"{same} if {v}.__class__ is str and {v} == {text} "
                                     f"else {converted}")
                    last_datetime = (v, f"text{i}")
                    body.append(f"    text{i} = {v}")
                body.append(f"    {v} = {converted}")
                continue
            if isinstance(kind, SAString) and not isinstance(kind, JSON):
                limit = kind.length or 10**9
                body.append(f"    if {v}.__class__ is not str or len({v}) > {limit}: "
                            f"{v} = check{i}({v})")
            elif isinstance(kind, Boolean | Integer):
                cls = "bool" if isinstance(kind, Boolean) else "int"
                body.append(f"    if {v}.__class__ is not {cls}: {v} = check{i}({v})")
                if isinstance(kind, Boolean):
                    continue  # the driver stores True and False as 1 and 0 itself
            else:
                body.append(f"    {v} = check{i}({v})")
            process = kind._cached_bind_processor(_SQLITE) if stored else None
            if process is None:
                continue
            env[f"bind{i}"] = process
            if isinstance(kind, JSON):  # None is stored as JSON null, as SQLAlchemy does
                body.append(f"    {v} = bind{i}({v})")
            else:
                body.append(f"    if {v} is not None: {v} = bind{i}({v})")
        if stored:
            body.append("    return (" + ", ".join(names) + ",)")
        else:
            body.append("    return {" + ", ".join(names) + "}")
        return _compile(name_of, "\n".join(body) + "\n", env, self.table.name)

    def to_stored(self, record: dict, code_to_id: dict[str, str]) -> tuple:
        """A package record as the tuple of values SQLite stores, in the order of ``columns``.

        The same checks as ``from_dict`` (KeyError/ValueError/TypeError when malformed);
        inserting the tuple stores exactly what a Core insert of ``from_dict`` stores.
        """
        return self._to_stored(record, code_to_id)

    def to_dict(self, row, id_to_code: dict[str, str], raw_datetimes: bool = False) -> dict:
        """A database row (a tuple in the order of ``columns``) as a package record.

        ``raw_datetimes``: the row's DateTime columns hold SQLite's stored text (see
        ``select``), which is turned into the same ISO text without making datetimes.
        """
        return (self._to_dict_raw if raw_datetimes else self._to_dict)(row, id_to_code)

    def row_converter(self, conn: Connection) -> tuple[Callable, bool]:
        """(function row, codes -> record, raw) for rows read on ``conn`` by ``select``."""
        raw = conn.dialect.name == "sqlite"
        return (self._to_dict_raw if raw else self._to_dict), raw

    def from_dict(self, record: dict, code_to_id: dict[str, str]) -> dict:
        """Column values of a package record; KeyError/ValueError when malformed."""
        return self._from_dict(record, code_to_id)

    def select(self, query=None, raw_datetimes: bool = False):
        """The query (or the whole table) reading exactly the codec's columns.

        With ``raw_datetimes`` (SQLite only) DateTime columns are read as their stored text.
        """
        columns = [type_coerce(c, SAString).label(c.name) if raw_datetimes and
                   c.name in self.datetimes else c for c in self.columns]
        if query is None:
            return select(*columns)
        return query.with_only_columns(*columns)


CODECS: dict[str, TableCodec] = {kind: TableCodec(t, kind != "fields")
                                 for kind, t in KIND_TABLES.items()}
CHILD_CODECS: dict[str, TableCodec] = {kind: TableCodec(t) for kind, (t, _f, _n)
                                       in CHILDREN.items()}


def unit_maps(conn: Connection) -> tuple[dict[str, str], dict[str, str]]:
    """(unit id -> code, code -> id) of every unit in the database."""
    rows = conn.execute(select(Unit.id, Unit.code)).all()
    return {i: c for i, c in rows}, {c: i for i, c in rows}


def attach_children(conn: Connection, kind: str, records: list[dict],
                    id_to_code: dict[str, str]) -> None:
    """Put the criteria or scores of each record into it (in place)."""
    if kind not in CHILDREN:
        return
    table, fk, name = CHILDREN[kind]
    codec = CHILD_CODECS[kind]
    convert, raw = codec.row_converter(conn)
    by_parent: dict[str, list[dict]] = {r["id"]: [] for r in records}
    for start in range(0, len(records), BATCH):
        ids = [r["id"] for r in records[start:start + BATCH]]
        query = codec.select(raw_datetimes=raw).where(key_in(conn, table.c[fk], ids)).order_by(
            table.c[fk], table.c.ordinal, table.c.id)
        for row in conn.execute(query).all():
            child = convert(row, id_to_code)
            by_parent[child[fk]].append(child)
    for record in records:
        record[name] = by_parent[record["id"]]


def load_local(conn: Connection, kind: str, keys: list[str],
               id_to_code: dict[str, str]) -> dict[str, dict]:
    """Local records with the given keys (codes for units and fields), in package form."""
    table = KIND_TABLES[kind]
    column = table.c.code if kind in ("units", "fields") else table.c.id
    codec = CODECS[kind]
    convert, raw = codec.row_converter(conn)
    found: dict[str, dict] = {}
    keys = _held(conn, table, column, keys)
    for start in range(0, len(keys), BATCH):
        query = codec.select(raw_datetimes=raw).where(
            key_in(conn, column, keys[start:start + BATCH]))
        for row in conn.execute(query).all():
            record = convert(row, id_to_code)
            found[record[column.name]] = record
    attach_children(conn, kind, list(found.values()), id_to_code)
    return found


def _held(conn: Connection, table: Table, column, keys: list[str]) -> list[str]:
    """The keys that may be found in the table, worked out cheaply for many keys.

    None of them when the table is empty (a first import); when it holds not many more rows than
    there are keys (SQLite), those of its own keys that are asked for, read in one pass
    instead of looked up one by one.
    """
    if len(keys) < BATCH:
        return keys
    if conn.scalar(select(column).select_from(table).limit(1)) is None:
        return []
    if conn.dialect.name == "sqlite":
        rows = conn.scalar(select(func.max(literal_column("rowid"))).select_from(table)) or 0
        if rows <= 2 * len(keys):
            held = set(conn.scalars(select(column).select_from(table)))
            return [key for key in keys if key in held]
    return keys


def key_in(conn: Connection, column, keys: list[str]):
    """``column IN keys``; on SQLite with the keys as one JSON array parameter.

    SQLAlchemy names and binds every value of an IN list one by one, which cost more than
    the lookup itself for thousands of keys.
    """
    if conn.dialect.name != "sqlite":
        return column.in_(keys)
    values = select(literal_column("value")).select_from(
        func.json_each(literal(json.dumps(keys), SAString)))
    return column.in_(values)


def iter_rows(conn: Connection, query, kind: str,
              id_to_code: dict[str, str]) -> Iterator[dict]:
    """Package records of a query over a kind's table, children attached in batches."""
    codec = CODECS[kind]
    convert, raw = codec.row_converter(conn)
    result = conn.execute(codec.select(query, raw_datetimes=raw))
    while rows := result.fetchmany(BATCH):
        batch = [convert(row, id_to_code) for row in rows]
        attach_children(conn, kind, batch, id_to_code)
        yield from batch


@contextmanager
def without_cycle_collector() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one export or import.

    A package becomes hundreds of thousands of small dictionaries, none of them in a
    reference cycle; the collector walked all of them again and again while they were made,
    about a third of a re-import's time. Memory is still freed as usual (by reference
    counting); the collector runs again when the work is done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Keys per IN (…) lookup and rows per fetch; SQLite allows 32,766 parameters.
BATCH = 2000


def bulk_insert(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert many rows that all have the same keys, in batches.

    On SQLite the rows go straight to the driver's ``executemany`` with each value turned
    into what SQLAlchemy would have stored (the column types' own bind conversions, with
    datetimes written in SQLAlchemy's format by ``isoformat``): building SQLAlchemy's
    parameters row by row cost more than SQLite's own work. A table's full-text index is
    filled once for all the rows (see ``word_index_once``). Other databases use a Core
    ``insert()`` with ``executemany``.
    """
    if not rows:
        return
    names = [c.name for c in table.columns if c.name in rows[0]]
    missing_defaults = any(c.default is not None for c in table.columns
                           if c.name not in rows[0])
    if conn.dialect.name != "sqlite" or missing_defaults or len(names) != len(rows[0]):
        for start in range(0, len(rows), 5000):
            conn.execute(insert(table), rows[start:start + 5000])
        return
    make_tuple = _row_packer(conn, table, tuple(names))
    insert_stored(conn, table, names, [make_tuple(r) for r in rows])


def insert_stored(conn: Connection, table: Table, names, rows: list[tuple]) -> None:
    """Insert rows already in stored form (SQLite only), tuples of the columns ``names``.

    Straight through the driver's ``executemany``; a table's full-text index is filled once
    for all the rows (see ``word_index_once``).
    """
    if not rows:
        return
    quote = conn.dialect.identifier_preparer.quote
    columns = ", ".join(quote(n) for n in names)
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})"
    with word_index_once(conn, table.name, len(rows)):
        for start in range(0, len(rows), 5000):
            conn.exec_driver_sql(sql, rows[start:start + 5000])


# Row triggers that keep a full-text index in step, and the statement doing their work for
# many new rows at once. FTS5 writes its pending terms at the end of every statement, and
# the driver's executemany runs one statement per row: with the trigger in place an import
# wrote the index 100,000 times for 100,000 entries.
_ONCE_TRIGGERS = {
    "entry": ("entry_fts_insert",
              "INSERT INTO entry_fts(rowid, search_key, sort_key, live) "
              "SELECT rowid, search_key, sort_key, deleted_at IS NULL FROM entry "
              "WHERE rowid > ?", "entry_fts"),
}
ONCE_ROWS = 200
# FTS5 keeps the terms of new rows in memory up to its "hashsize" (1 MB unless set) before
# writing them out as a segment to be merged later. For one large fill, 64 MB: the word
# index of 100,000 entries is made in 1.0 instead of 1.5 s. Set back afterwards.
_FILL_HASHSIZE = 64 * 1024 * 1024
_FTS5_HASHSIZE = 1024 * 1024


@contextmanager
def word_index_once(conn: Connection, table_name: str, count: int) -> Iterator[None]:
    """Leave a table's index trigger out while many rows are inserted, then index them.

    The trigger is dropped and created again (its own stored text) inside the caller's
    transaction, so other connections never see it missing; the new rows are those after
    the table's last rowid (SQLite gives a new row the last rowid plus one).
    """
    spec = _ONCE_TRIGGERS.get(table_name)
    if spec is None or count < ONCE_ROWS:
        yield
        return
    trigger, fill, index = spec
    create = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
        (trigger,)).scalar()
    if create is None:
        yield
        return
    last = conn.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table_name}").scalar()
    conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    done = False
    try:
        yield
        done = True
    finally:
        # Also after a failure: whatever was inserted is indexed and the trigger is back.
        hashsize = f"INSERT INTO {index}({index}, rank) VALUES ('hashsize', ?)"
        conn.exec_driver_sql(hashsize, (_FILL_HASHSIZE,))
        indexed = conn.exec_driver_sql(fill, (last,)).rowcount
        conn.exec_driver_sql(hashsize, (_FTS5_HASHSIZE,))
        conn.exec_driver_sql(create)
    if done and indexed != count:
        raise RuntimeError(f"{table_name}: {count} rows inserted, {indexed} indexed")


# From this many rows copied at once into an empty table, its indexes are made after the
# rows (one sorted pass each) instead of being kept up to date row by row: for the 370,000
# inspection scores of 100,000 entries, 1.7 → 1.2 s.
INDEXES_AFTER_ROWS = 20_000
# Entries are copied in the order of their list index, which is then only appended to; made
# after them, the indexes would read the wide rows once more, for no gain.
_INDEXES_KEPT = {"entry"}


@contextmanager
def indexes_made_after(conn: Connection, table_name: str, count: int) -> Iterator[None]:
    """Into an empty table, many rows: its indexes are dropped and made again after them.

    Inside the caller's transaction, as ``word_index_once``: other connections never see
    the table without them, and a failure rolls the drop back with the rest.
    """
    quote = conn.dialect.identifier_preparer.quote
    if table_name in _INDEXES_KEPT or count < INDEXES_AFTER_ROWS or conn.exec_driver_sql(
            f"SELECT 1 FROM {quote(table_name)} LIMIT 1").first() is not None:
        yield
        return
    made = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL", (table_name,)).all()
    for name, _sql in made:
        conn.exec_driver_sql(f"DROP INDEX {quote(name)}")
    try:
        yield
    finally:
        for _name, sql in made:
            conn.exec_driver_sql(sql)


_PACKERS: dict[tuple, Callable] = {}


def _sqlite_datetime(value):
    if value.__class__ is datetime and value.tzinfo is None:
        return value.isoformat(" ", "microseconds")
    return _SQLITE_DATETIME_BIND(value)


def _sqlite_date(value):
    if value.__class__ is date:
        return value.isoformat()
    return _SQLITE_DATE_BIND(value)


_SQLITE_DATETIME_BIND = DateTime().dialect_impl(_SQLITE).bind_processor(_SQLITE)
_SQLITE_DATE_BIND = Date().dialect_impl(_SQLITE).bind_processor(_SQLITE)


def _row_packer(conn: Connection, table: Table, names: tuple[str, ...]) -> Callable:
    """A generated function turning a row dict into the driver's parameter tuple."""
    key = (table.name, names)
    if key in _PACKERS:
        return _PACKERS[key]
    env: dict = {"datetime": datetime, "date": date}
    items = []
    for i, name in enumerate(names):
        column_type = table.c[name].type
        v = f"row[{name!r}]"
        if isinstance(column_type, DateTime):
            env[f"p{i}"] = _sqlite_datetime
            items.append(f"(None if (v := {v}) is None else v.isoformat(' ', 'microseconds') "
                         f"if v.__class__ is datetime and v.tzinfo is None else p{i}(v))")
            continue
        if isinstance(column_type, Date):
            env[f"p{i}"] = _sqlite_date
            items.append(f"(None if (v := {v}) is None else v.isoformat() "
                         f"if v.__class__ is date else p{i}(v))")
            continue
        process = column_type._cached_bind_processor(conn.dialect)
        if process is None:
            items.append(v)
            continue
        env[f"p{i}"] = process
        if isinstance(column_type, JSON):  # None is stored as JSON null, as SQLAlchemy does
            items.append(f"p{i}({v})")
        elif isinstance(column_type, Boolean):  # the driver stores True/False as 1/0 itself
            items.append(f"(v if (v := {v}).__class__ is bool or v is None else p{i}(v))")
        else:
            items.append(f"(None if (v := {v}) is None else p{i}(v))")
    source = "def pack(row):\n    return (" + ", ".join(items) + ",)\n"
    _PACKERS[key] = packer = _compile("pack", source, env, table.name)
    return packer


# --- Export on SQLite: each record's JSON line made by SQLite itself -----------------------

_SQLITE_DATE = Date().dialect_impl(_SQLITE).result_processor(_SQLITE, None)


def _sqlite_date_to_iso(value):
    """A stored Date as ``date.isoformat()`` would write it (for unusual stored text)."""
    return None if value is None else _SQLITE_DATE(value).isoformat()


def _sqlite_datetime_text(value):
    return None if value is None else _sqlite_datetime_to_iso(value)


def register_sqlite_functions(conn: Connection) -> None:
    """The Python helpers the SQL of ``json_lines_query`` calls for unusual stored text."""
    driver = conn.connection.driver_connection
    driver.create_function("dvk_exchange_datetime", 1, _sqlite_datetime_text,
                           deterministic=True)
    driver.create_function("dvk_exchange_date", 1, _sqlite_date_to_iso, deterministic=True)


# Rows of a table turned into JSON lines by one statement (a span of rowids): about 5 MB of
# entries, 13 MB of inspections with their scores.
BLOCK_ROWS = 4096


def sqlite_json_blocks(conn: Connection, kind: str, query,
                       second: Connection | None = None) -> Iterator[JsonBlock]:
    """The records of ``query`` (a select over the kind's table) as blocks of JSON lines that
    SQLite writes and joins itself, a few thousand rows per statement.

    SQLite only. The text is fetched as UTF-8 bytes and goes into the package as it is: no
    Python object per record (neither a row nor a line), no decoding and encoding again of
    hundreds of megabytes, and Python's interpreter lock is free while SQLite works on a
    block. Blocks are spans of the table's rowids, given in that order.

    With a ``second`` connection that sees the same snapshot of the database (and the same
    temporary tables and functions), every other block is made on it, on a thread of its
    own: SQLite works on two processors.
    """
    table = KIND_TABLES[kind]
    rowid = literal_column(f"{table.name}.rowid")
    low, high, rows = conn.execute(
        select(func.min(rowid), func.max(rowid), func.count()).select_from(table)).one()
    if not rows:
        return
    span = -(-(high - low + 1) // -(-rows // BLOCK_ROWS))
    lines = json_lines_query(kind, query.where(rowid >= bindparam("low", type_=Integer),
                                               rowid < bindparam("high", type_=Integer)))
    lines = lines.subquery()
    newline = literal("\n")
    # The line's SQL is substituted wherever the column is named: it must appear only where
    # it is needed once per row (counting it would build every record's JSON twice).
    block = select(
        func.count() - func.count(case((lines.c.deleted, 1))),
        func.group_concat(case((lines.c.deleted, null()), else_=lines.c.line), newline),
        func.group_concat(case((lines.c.deleted, lines.c.line)), newline))

    def made(on: Connection, starts: range) -> Iterator[JsonBlock | None]:
        for start in starts:
            count, live, deleted = on.execute(block, {"low": start, "high": start + span}).one()
            yield None if live is None and deleted is None else JsonBlock(
                count, live or b"", deleted.split(b"\n") if deleted else [])

    starts = range(low, high + 1, span)
    with ExitStack() as stack:
        for each in (conn, second):
            if each is not None:
                stack.enter_context(_text_as_bytes(each))
        if second is None or len(starts) < 2:
            ordered: Iterator[JsonBlock | None] = made(conn, starts)
        else:
            others = stack.enter_context(thread_ahead(made(second, starts[1::2]),
                                                      "dvkx-export-second"))
            ordered = _alternating(made(conn, starts[::2]), others)
        for found in ordered:
            if found is not None:
                yield found


def _alternating(first: Iterator, second: Iterator) -> Iterator:
    """One item of ``first``, one of ``second``, and so on (``first`` may have one more)."""
    for item in first:
        yield item
        yield from islice(second, 1)


@contextmanager
def _text_as_bytes(conn: Connection) -> Iterator[None]:
    driver = conn.connection.driver_connection
    previous = driver.text_factory
    driver.text_factory = bytes
    try:
        yield
    finally:
        driver.text_factory = previous


class JsonBlock(NamedTuple):
    """Records of one block: how many are live, their lines joined by newlines, and the lines
    of deleted records (tombstones, rare)."""

    count: int
    lines: bytes
    deleted: list[bytes]


def _json_value(column, code_of, refs):
    """SQL giving a column's value as ``to_dict`` gives it, for SQLite's ``json_object``.

    DateTime text ``YYYY-MM-DD HH:MM:SS.ffffff`` becomes isoformat text (``T``, a zero
    fraction left out); other text goes through the same Python conversion as ``to_dict``.
    Floats are written with 17 significant digits (the same double when read back), booleans
    as true/false, JSON columns embedded, unit ids as unit codes (the id when unknown).
    """
    kind = column.type
    c = type_coerce(column, SAString)
    if column.name in refs:
        return func.coalesce(code_of(column), column)
    if isinstance(kind, DateTime):
        text = func.substr(c, 1, 10).concat("T")
        return case(
            (c.is_(None), null()),
            (and_(func.length(c) == 26, func.substr(c, 11, 1) == " ",
                  func.substr(c, 20, 1) == "."),
             case((func.substr(c, 21) == "000000", text.concat(func.substr(c, 12, 8))),
                  else_=text.concat(func.substr(c, 12)))),
            else_=func.dvk_exchange_datetime(c))
    if isinstance(kind, Date):
        return case((c.is_(None), null()),
                    (and_(func.length(c) == 10, func.substr(c, 5, 1) == "-"), c),
                    else_=func.dvk_exchange_date(c))
    if isinstance(kind, Boolean):
        return case((column.is_(None), null()),
                    (type_coerce(column, Integer) != 0, func.json(literal_column("'true'"))),
                    else_=func.json(literal_column("'false'")))
    if isinstance(kind, Float):
        # Quarters below 10^12 (scores, areas) have at most 15 significant digits, which
        # SQLite's own JSON writes exactly; only other values need printf and a re-parse.
        quarters = column * 4
        return case((column.is_(None), null()),
                    (and_(func.abs(column) < 1e12, quarters == cast(quarters, Integer)), column),
                    else_=func.json(func.printf(literal_column("'%!.17g'"), column)))
    if isinstance(kind, JSON):
        return func.json(c)
    return column


def _json_object(codec: TableCodec, table, code_of, extra=()):
    pairs = []
    for col, name in codec.names:
        pairs += [literal_column(f"'{name}'"), _json_value(table.c[col], code_of, codec.refs)]
    for name, value in extra:
        pairs += [literal_column(f"'{name}'"), value]
    return func.json_object(*pairs)


def json_lines_query(kind: str, query):
    """``query`` (a select over a kind's table) giving (deleted, record as JSON text).

    SQLite only. The text parses to exactly the dictionary ``iter_rows`` gives for the row
    (children included): the records are read and encoded in C instead of Python.
    """
    table = KIND_TABLES[kind]
    units = Unit.__table__.alias("exchange_unit")

    def code_of(column):
        return (select(units.c.code).where(units.c.id == column).correlate(column.table)
                .scalar_subquery())

    extra = []
    if kind in CHILDREN:
        child_table, fk, name = CHILDREN[kind]
        child = child_table.alias("exchange_child")
        ordered = (select(_json_object(CHILD_CODECS[kind], child, code_of).label("j"))
                   .where(child.c[fk] == table.c.id).correlate(table)
                   .order_by(child.c.ordinal, child.c.id).subquery("exchange_children"))
        extra.append((name, select(func.json_group_array(func.json(ordered.c.j)))
                      .correlate(table).scalar_subquery()))
    record = _json_object(CODECS[kind], table, code_of, extra)
    return query.with_only_columns(table.c.deleted_at.is_not(None).label("deleted"),
                                   record.label("line"))
