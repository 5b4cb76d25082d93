"""Records between the database and the package representation.

In a package, references to units are unit codes (each office seeds its own unit ids, codes
are shared); every other reference is the record's UUID. Derived search and sort keys are
left out and recomputed by the receiver. Rubric criteria and inspection scores travel inside
their parent record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

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


def _derive_entry(values: dict) -> None:
    values["search_key"] = search_key(values.get("title"), values.get("person_name"),
                                      values.get("location"))
    values["sort_key"] = sort_key(values.get("title"))


def _derive_unit(values: dict) -> None:
    values["search_key"] = search_key(values.get("name"), values.get("code"))
    values["sort_key"] = sort_key(values.get("name"))


DERIVERS: dict[str, Callable[[dict], None]] = {"entries": _derive_entry, "units": _derive_unit}


def _to_json(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _checker(column) -> Callable:
    """A function that checks an incoming JSON value against the column and converts it."""
    kind = column.type
    nullable = column.nullable

    def check(value):
        if value is None:
            if nullable:
                return None
            raise ValueError(column.name)
        if isinstance(kind, Boolean):
            ok = isinstance(value, bool)
        elif isinstance(kind, Integer):
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif isinstance(kind, Float):
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif isinstance(kind, DateTime):
            return datetime.fromisoformat(value)
        elif isinstance(kind, Date):
            return date.fromisoformat(value)
        elif isinstance(kind, JSON):
            ok = isinstance(value, list | dict)
        elif isinstance(kind, SAString):
            ok = isinstance(value, str) and (kind.length is None or len(value) <= kind.length)
        else:
            ok = True
        if not ok:
            raise ValueError(column.name)
        return value
    return check


class TableCodec:
    """Converts rows of one table to package dictionaries and back."""

    def __init__(self, table: Table, unit_refs: bool = True) -> None:
        self.table = table
        self.columns = [c for c in table.columns if c.name not in DERIVED]
        self.names = [(c.name, UNIT_REFS.get(c.name, c.name) if unit_refs else c.name)
                      for c in self.columns]
        self.refs = {c: n for c, n in self.names if c != n}
        self.checks = {c.name: _checker(c) for c in self.columns}

    def to_dict(self, row, id_to_code: dict[str, str]) -> dict:
        """A database row (mapping) as a package record."""
        out = {}
        for col, name in self.names:
            value = row[col]
            if col in self.refs and value is not None:
                value = id_to_code.get(value, value)
            out[name] = _to_json(value)
        return out

    def from_dict(self, record: dict, code_to_id: dict[str, str]) -> dict:
        """Column values of a package record; KeyError/ValueError when malformed."""
        values = {}
        for col, name in self.names:
            value = record[name]
            if col in self.refs and value is not None:
                value = code_to_id[value]
            values[col] = self.checks[col](value)
        return values


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
        query = select(table).where(table.c[fk].in_(ids)).order_by(table.c.ordinal, table.c.id)
        for row in conn.execute(query).mappings():
            by_parent[row[fk]].append(codec.to_dict(row, id_to_code))
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
        query = select(table).where(column.in_(keys[start:start + 500]))
        for row in conn.execute(query).mappings():
            record = codec.to_dict(row, id_to_code)
            found[row[column.name]] = record
    attach_children(conn, kind, list(found.values()), id_to_code)
    return found


def iter_rows(conn: Connection, query, kind: str,
              id_to_code: dict[str, str]) -> Iterator[dict]:
    """Package records of a query over a kind's table, children attached in batches."""
    codec = CODECS[kind]
    batch: list[dict] = []
    for row in conn.execute(query).mappings():
        batch.append(codec.to_dict(row, id_to_code))
        if len(batch) >= 2000:
            attach_children(conn, kind, batch, id_to_code)
            yield from batch
            batch = []
    attach_children(conn, kind, batch, id_to_code)
    yield from batch
