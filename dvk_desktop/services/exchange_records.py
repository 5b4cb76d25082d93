"""Records between the database and the package representation.

In a package, references to units are unit codes (each office seeds its own unit ids, codes
are shared); every other reference is the record's UUID. Derived search and sort keys are
left out and recomputed by the receiver. Rubric criteria and inspection scores travel inside
their parent record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import lru_cache

from sqlalchemy import JSON, Boolean, Connection, Date, DateTime, Float, Integer, Table, select
from sqlalchemy import String as SAString

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
        allowed = (float, int)
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


_PLAIN, _ISO, _REF = 0, 1, 2


class TableCodec:
    """Converts rows of one table to package dictionaries and back."""

    def __init__(self, table: Table, unit_refs: bool = True) -> None:
        self.table = table
        self.columns = [c for c in table.columns if c.name not in DERIVED]
        self.names = [(c.name, UNIT_REFS.get(c.name, c.name) if unit_refs else c.name)
                      for c in self.columns]
        self.refs = {c: n for c, n in self.names if c != n}
        self._out = [(name, _REF if col in self.refs else _ISO if isinstance(
            column.type, DateTime | Date) else _PLAIN)
            for (col, name), column in zip(self.names, self.columns, strict=True)]
        self._in = [(col, name, col in self.refs, _checker(column))
                    for (col, name), column in zip(self.names, self.columns, strict=True)]

    def to_dict(self, row, id_to_code: dict[str, str]) -> dict:
        """A database row (a tuple in the order of ``columns``) as a package record."""
        out = {}
        for (name, mode), value in zip(self._out, row, strict=True):
            if value is not None and mode:
                value = value.isoformat() if mode == _ISO else id_to_code.get(value, value)
            out[name] = value
        return out

    def from_dict(self, record: dict, code_to_id: dict[str, str]) -> dict:
        """Column values of a package record; KeyError/ValueError when malformed."""
        values = {}
        for col, name, ref, check in self._in:
            value = record[name]
            if ref and value is not None:
                value = code_to_id[value]
            values[col] = check(value)
        return values

    def select(self, query=None):
        """The query (or the whole table) reading exactly the codec's columns."""
        if query is None:
            return select(*self.columns)
        return query.with_only_columns(*self.columns)


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
    by_parent: dict[str, list[dict]] = {r["id"]: [] for r in records}
    for start in range(0, len(records), 500):
        ids = [r["id"] for r in records[start:start + 500]]
        query = codec.select().where(table.c[fk].in_(ids)).order_by(table.c.ordinal, table.c.id)
        for row in conn.execute(query):
            child = codec.to_dict(row, id_to_code)
            by_parent[child[fk]].append(child)
    for record in records:
        record[name] = by_parent[record["id"]]


def load_local(conn: Connection, kind: str, keys: list[str],
               id_to_code: dict[str, str]) -> dict[str, dict]:
    """Local records with the given keys (codes for units and fields), in package form."""
    table = KIND_TABLES[kind]
    column = table.c.code if kind in ("units", "fields") else table.c.id
    codec = CODECS[kind]
    found: dict[str, dict] = {}
    for start in range(0, len(keys), 500):
        query = codec.select().where(column.in_(keys[start:start + 500]))
        for row in conn.execute(query):
            record = codec.to_dict(row, id_to_code)
            found[record[column.name]] = record
    attach_children(conn, kind, list(found.values()), id_to_code)
    return found


def iter_rows(conn: Connection, query, kind: str,
              id_to_code: dict[str, str]) -> Iterator[dict]:
    """Package records of a query over a kind's table, children attached in batches."""
    codec = CODECS[kind]
    batch: list[dict] = []
    for row in conn.execute(codec.select(query)):
        batch.append(codec.to_dict(row, id_to_code))
        if len(batch) >= 2000:
            attach_children(conn, kind, batch, id_to_code)
            yield from batch
            batch = []
    attach_children(conn, kind, batch, id_to_code)
    yield from batch
