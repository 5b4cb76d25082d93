"""Writing an import plan, undoing a whole import, resolving a conflict.

Every change keeps a before-image (the record and its exchange state as they were), so a
whole import can be undone as long as the records it touched have not changed since.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Table, delete, insert, select, update

from dvk_desktop.db.exchange_models import BeforeImage, PendingConflict, RecordState
from dvk_desktop.db.models import utcnow
from dvk_desktop.exchange import merge
from dvk_desktop.services.exchange_records import (
    CHILD_CODECS,
    CHILDREN,
    CODECS,
    DERIVERS,
    KIND_TABLES,
    _sqlite_datetime,
    bulk_insert,
    entry_keys_finish,
    insert_stored,
)
from dvk_desktop.services.staging_helper import Finish, finished, finished_names

# Plain strings: SQLAlchemy's table names are a str subclass, which the SQLite driver asks
# how to adapt, value by value.
_TABLE_NAMES = {kind: str(table.name) for kind, table in KIND_TABLES.items()}
# The columns of a new exchange state, in the order of the tuples ``Applier._state`` makes.
STATE_NAMES = ("table_name", "record_id", "seen_version", "seen_updated_at", "local_version",
               "sender_code", "imported_at")
# Stored-form rows (see ``TableCodec.to_stored``) are completed by their derived keys.
_STORED_FINISH: dict[str, Finish] = {"entries": entry_keys_finish()}


def _state_dict(seen: merge.SeenState | None) -> dict | None:
    if seen is None:
        return None
    return {"seen_version": seen.seen_version, "seen_updated_at": seen.seen_updated_at,
            "local_version": seen.local_version}


@dataclass
class NewRows:
    """New records of one kind in stored form, ready to insert.

    Each row holds the values of ``names``, then the record's ``updated_at`` as received:
    with the row's id and version, that is its exchange state (seen version = local version
    = the record's version, for a record new here). ``finish`` (``staging_helper``) adds
    the values of ``derived`` after these.
    """

    table: Table
    names: list[str]
    rows: list[tuple]
    children: tuple[Table, list[str], list[tuple]] | None  # (table, columns, rows)
    at_id: int
    at_version: int
    finish: Finish = None

    @property
    def derived(self) -> tuple[str, ...]:
        """The columns ``finish`` adds."""
        return finished_names(self.finish)

    @property
    def state_table(self) -> str:
        """The table name the exchange state refers to (a plain string, see _TABLE_NAMES)."""
        return str(self.table.name)


class Applier:
    """Writes plan items of one import inside the caller's transaction."""

    def __init__(self, conn: Connection, import_id: str, code_to_id: dict[str, str],
                 sender_code: str, actor: str, converted: dict | None = None,
                 stored_kinds: frozenset[str] = frozenset()) -> None:
        self.conn = conn
        self.converted = converted or {}
        # The kinds whose converted values are stored-form tuples (SQLite only).
        self.stored_kinds = stored_kinds
        self.import_id = import_id
        self.code_to_id = code_to_id
        self.sender_code = sender_code
        self.actor = actor
        self.now = utcnow()
        self.sqlite = conn.dialect.name == "sqlite"
        self.now_stored = _sqlite_datetime(self.now) if self.sqlite else self.now
        self.images: list[dict] = []
        self.new_states: list[tuple] = []  # in the order of STATE_NAMES
        self.changed_states: list[dict] = []

    def local_id(self, kind: str, key: str) -> str:
        """Local primary key of a record key (units are matched by code)."""
        return self.code_to_id[key] if kind == "units" else key

    def _image(self, kind: str, record_id: str, action: str, before: dict | None,
               seen: merge.SeenState | None, version_after: int | None) -> None:
        self.images.append({"import_id": self.import_id, "table_name": _TABLE_NAMES[kind],
                            "record_id": record_id, "action": action, "before": before,
                            "state_before": _state_dict(seen), "version_after": version_after})

    def _state(self, kind: str, record_id: str, theirs: dict, local_version: int,
               seen: merge.SeenState | None) -> None:
        seen_version = int(theirs.get("version") or 0)
        seen_updated_at = str(theirs.get("updated_at") or "")
        if seen is None:
            self.new_states.append(self._new_state(_TABLE_NAMES[kind], record_id, seen_version,
                                                   seen_updated_at, local_version))
            return
        self.changed_states.append({
            "table_name": _TABLE_NAMES[kind], "record_id": record_id,
            "seen_version": seen_version, "seen_updated_at": seen_updated_at,
            "local_version": local_version, "sender_code": self.sender_code,
            "imported_at": self.now})

    def _new_state(self, table_name: str, record_id: str, seen_version: int,
                   seen_updated_at: str, local_version: int) -> tuple:
        """The exchange state of a record without one yet, in the order of STATE_NAMES."""
        return (table_name, record_id, seen_version, seen_updated_at, local_version,
                self.sender_code, self.now_stored)

    def values(self, kind: str, record: dict, key: str | None = None) -> tuple[dict, list[dict]]:
        """Column values of a record and of its children (converted once, at planning)."""
        done = self.converted.pop((kind, key), None) if key is not None else None
        if done is not None and kind not in self.stored_kinds:
            values, children = done
            if kind in DERIVERS:
                DERIVERS[kind](values)
            return values, children
        values = CODECS[kind].from_dict(record, self.code_to_id)
        if kind in DERIVERS:
            DERIVERS[kind](values)
        children = []
        if kind in CHILDREN:
            children = [CHILD_CODECS[kind].from_dict(c, self.code_to_id)
                        for c in record[CHILDREN[kind][2]]]
        return values, children

    def insert_new(self, kind: str, items: list[merge.PlanItem]) -> None:
        """Insert the new records of one kind in batches."""
        if kind in self.stored_kinds:
            self._insert_stored(kind, items)
            return
        table = KIND_TABLES[kind]
        rows, child_rows, successors, created = [], [], [], []
        if kind != "units":  # units keep their order: parents before children
            # In key order, the rows' order on disk follows the primary key: later reads
            # through the key (a re-import reading every state) go through the file once.
            items = sorted(items, key=lambda item: item.key)
        for item in items:
            values, children = self.values(kind, item.theirs, item.key)
            if kind == "units" and values.get("successor_id"):
                successors.append({"_id": values["id"], "successor_id": values["successor_id"]})
                values["successor_id"] = None
            rows.append(values)
            child_rows.extend(children)
            pk = values["code"] if kind == "fields" else values["id"]
            created.append((pk, values.get("version")))
            if kind != "fields":
                self._state(kind, pk, item.theirs, values["version"], None)
        bulk_insert(self.conn, table, rows)
        self._created_images(kind, created)
        if child_rows:
            bulk_insert(self.conn, CHILDREN[kind][0], child_rows)
        for row in successors:
            self.conn.execute(update(table).where(table.c.id == row["_id"])
                              .values(successor_id=row["successor_id"]))

    def _created_images(self, kind: str, created: list[tuple[str, int]]) -> None:
        for start in range(0, len(created), 5000):
            chunk = created[start:start + 5000]
            # One before-image per chunk: undo deletes these records if still as imported.
            self._image(kind, chunk[0][0], "created", {"ids": [c[0] for c in chunk],
                                                      "versions": [c[1] for c in chunk]},
                        None, None)

    def _insert_stored(self, kind: str, items: list[merge.PlanItem]) -> None:
        """``insert_new`` for values converted at planning in stored form (SQLite); their
        exchange states are written by ``flush`` with the others."""
        new = self.new_rows(kind, items)
        width, at_id, at_version = len(new.names), new.at_id, new.at_version
        rows = finished(new.rows, new.finish)
        insert_stored(self.conn, new.table, new.names + list(new.derived),
                      [row[:width] + row[width + 1:] for row in rows])
        if new.children is not None:
            insert_stored(self.conn, *new.children)
        self.new_states.extend(
            self._new_state(new.state_table, row[at_id], row[at_version], row[width],
                            row[at_version]) for row in rows)

    def new_rows(self, kind: str, items: list[merge.PlanItem]) -> NewRows:
        """The new records of a stored kind as rows to insert (see ``NewRows``).

        The before-images of the created records are kept for ``flush``.
        """
        codec = CODECS[kind]
        names = [c.name for c in codec.columns]
        at_id, at_version = codec.index["id"], codec.index["version"]
        rows, child_rows, created = [], [], []
        # In key order, the rows' order on disk follows the primary key: later reads through
        # the key (a re-import reading every state) go through the file once.
        for item in sorted(items, key=lambda item: item.key):
            done = self.converted.pop((kind, item.key), None)
            row, children = done if done is not None else self._stored(kind, item.theirs)
            rows.append(row + (str(item.theirs.get("updated_at") or ""),))
            child_rows.extend(children)
            created.append((row[at_id], row[at_version]))
        self._created_images(kind, created)
        children = None
        if child_rows:
            children = (CHILDREN[kind][0], [c.name for c in CHILD_CODECS[kind].columns],
                        child_rows)
        return NewRows(KIND_TABLES[kind], names, rows, children, at_id, at_version,
                       _STORED_FINISH.get(kind))

    def _stored(self, kind: str, record: dict) -> tuple[tuple, list[tuple]]:
        children = []
        if kind in CHILDREN:
            children = [CHILD_CODECS[kind].to_stored(c, self.code_to_id)
                        for c in record[CHILDREN[kind][2]]]
        return CODECS[kind].to_stored(record, self.code_to_id), children

    def write_record(self, kind: str, record_id: str, values: dict,
                     children: list[dict]) -> None:
        """Overwrite one record (and replace its children) with the given values."""
        table = KIND_TABLES[kind]
        values = {k: v for k, v in values.items() if k != "id"}
        self.conn.execute(update(table).where(table.c.id == record_id).values(**values))
        if kind in CHILDREN:
            child_table, fk, _name = CHILDREN[kind]
            self.conn.execute(delete(child_table).where(child_table.c[fk] == record_id))
            if children:
                self.conn.execute(insert(child_table), children)

    def take_theirs(self, item: merge.PlanItem, seen: merge.SeenState | None) -> None:
        """Apply the incoming content over the local record."""
        record_id = self.local_id(item.kind, item.key)
        values, children = self.values(item.kind, item.theirs, item.key)
        if item.kind == "units" and item.key == self.sender_code:
            values.pop("parent_id", None)  # where the sender sits is this office's business
        self._image(item.kind, record_id, "updated", item.mine, seen, values["version"])
        self.write_record(item.kind, record_id, values, children)
        self._state(item.kind, record_id, item.theirs, values["version"], seen)

    def keep_mine(self, item: merge.PlanItem, seen: merge.SeenState | None) -> None:
        """Keep the local content; its version moves past theirs so it travels upward."""
        record_id = self.local_id(item.kind, item.key)
        assert item.mine is not None
        version = max(int(item.mine["version"]), int(item.theirs.get("version") or 0)) + 1
        table = KIND_TABLES[item.kind]
        self._image(item.kind, record_id, "updated", item.mine, seen, version)
        self.conn.execute(update(table).where(table.c.id == record_id).values(
            version=version, updated_at=self.now, updated_by=self.actor))
        self._state(item.kind, record_id, item.theirs, version, seen)

    def refresh_state(self, item: merge.PlanItem, seen: merge.SeenState | None) -> None:
        """Remember the version seen for an unchanged record."""
        if item.kind == "fields" or item.mine is None or merge.already_seen(item.theirs, seen):
            return
        record_id = self.local_id(item.kind, item.key)
        self._image(item.kind, record_id, "state", None, seen, None)
        self._state(item.kind, record_id, item.theirs, int(item.mine["version"]), seen)

    def defer_conflict(self, item: merge.PlanItem) -> bool:
        """Keep a conflict side by side for the officer; False when already pending."""
        pending = self.conn.execute(select(PendingConflict.theirs).where(
            PendingConflict.kind == item.kind, PendingConflict.record_key == item.key,
            PendingConflict.status == "pending")).scalars().all()
        if any(p.get("version") == item.theirs.get("version") for p in pending):
            return False
        self.conn.execute(insert(PendingConflict).values(
            import_id=self.import_id, kind=item.kind, record_key=item.key, label=item.label,
            mine=item.mine, theirs=item.theirs, changed=item.changed, status="pending",
            resolved_by=""))
        return True

    def flush(self) -> None:
        """Write the before-images and exchange states collected so far."""
        bulk_insert(self.conn, BeforeImage.__table__, self.images)
        self.new_states.sort()  # by table and record: the order of the table's key
        if self.sqlite:
            insert_stored(self.conn, RecordState.__table__, STATE_NAMES, self.new_states)
        else:
            bulk_insert(self.conn, RecordState.__table__,
                        [dict(zip(STATE_NAMES, row, strict=True)) for row in self.new_states])
        for row in self.changed_states:
            self.conn.execute(update(RecordState).where(
                RecordState.table_name == row["table_name"],
                RecordState.record_id == row["record_id"]).values(**row))
        self.images, self.new_states, self.changed_states = [], [], []
