"""Import preview: read a package and decide, record by record, what importing it would do.

Nothing is written here. The sender must be a known unit below this office and the package
addressed to this office; every record must belong to the sender's subtree and refer only to
records that are known or travel with it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import Connection, select

from dvk_desktop.db import queries
from dvk_desktop.db.exchange_models import RecordState
from dvk_desktop.db.models import Decision, Entry, FieldCategory, Inspection, Unit
from dvk_desktop.domain.enums import EntryType, Level, Scope, Sector, Sex, Status
from dvk_desktop.domain.validation import MIN_YEAR, current_year
from dvk_desktop.exchange import merge
from dvk_desktop.exchange.format import RECORD_KINDS, bad
from dvk_desktop.exchange.reader import PackageReader, read_line
from dvk_desktop.services.exchange_records import (
    CHILD_CODECS,
    CHILDREN,
    CODECS,
    KIND_TABLES,
    load_local,
    unit_maps,
)


@dataclass
class Plan:
    """Every incoming record with its decision, plus what the apply step needs."""

    items: list[merge.PlanItem] = field(default_factory=list)
    seen: dict[tuple[str, str], merge.SeenState] = field(default_factory=dict)
    code_to_id: dict[str, str] = field(default_factory=dict)
    sender_code: str = ""
    converted: dict[tuple[str, str], tuple] = field(default_factory=dict)
    # The kinds whose converted values are in stored form (see ``convert_record``).
    stored_kinds: frozenset[str] = frozenset()

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind, how many records of each action."""
        out: dict[str, dict[str, int]] = {}
        for kind in RECORD_KINDS:
            subset = [i for i in self.items if i.kind == kind]
            if subset:
                out[kind] = merge.count_actions(subset)
        return out

    def totals(self) -> dict[str, int]:
        """How many records of each action over all kinds."""
        return merge.count_actions(self.items)


def _reason(vi: str, en: str) -> tuple[str, str]:
    return vi, en


# Kinds inserted in stored form on SQLite; units (a successor set after all are in) and the
# few fields go through dictionaries.
STORED_KINDS = frozenset(RECORD_KINDS) - {"units", "fields"}

OUTSIDE = _reason("Không thuộc các đơn vị của bên gửi.", "Not within the sender's units.")
UNKNOWN_REF = _reason("Tham chiếu tới bản ghi không có hoặc ngoài phạm vi bên gửi.",
                      "Refers to a record that is unknown or outside the sender's units.")
UNKNOWN_UNIT = _reason("Tham chiếu tới đơn vị không có.", "Refers to an unknown unit.")
TWICE = _reason("Bản ghi xuất hiện hai lần trong tệp.", "The record appears twice in the file.")
MALFORMED = _reason("Bản ghi sai cấu trúc hoặc giá trị không hợp lệ.",
                    "Malformed record or invalid values.")


class _Scope:
    """Which units and records the sender may speak for, learnt as records are accepted."""

    def __init__(self, conn: Connection, allowed_ids: set[str], id_to_code: dict[str, str]):
        self.conn = conn
        self.units = {id_to_code[i] for i in allowed_ids}
        self.accepted: dict[str, set[str]] = defaultdict(set)
        self.cache: dict[tuple[str, str], bool] = {}

    def _local(self, model, ref: str, owner) -> bool:
        key = (model.__tablename__, ref)
        if key not in self.cache:
            self.cache[key] = bool(owner(ref))
        return self.cache[key]

    def entry_ok(self, ref) -> bool:
        if ref in self.accepted["entries"]:
            return True
        return isinstance(ref, str) and self._local(Entry, ref, lambda r: self._unit_allowed(
            self.conn.scalar(select(Unit.code).join(Entry, Entry.owner_unit_id == Unit.id)
                             .where(Entry.id == r))))

    def decision_ok(self, ref) -> bool:
        if ref in self.accepted["decisions"]:
            return True
        return isinstance(ref, str) and self._local(Decision, ref, lambda r: self._unit_allowed(
            self.conn.scalar(select(Unit.code).join(Decision, Decision.unit_id == Unit.id)
                             .where(Decision.id == r))))

    def inspection_ok(self, ref) -> bool:
        if ref in self.accepted["inspections"]:
            return True
        return isinstance(ref, str) and self._local(Inspection, ref, lambda r: self.entry_ok(
            self.conn.scalar(select(Inspection.entry_id).where(Inspection.id == r))))

    def _unit_allowed(self, code) -> bool:
        return code in self.units


def _scope_checker(kind: str, scope: _Scope, root: str,
                   local_codes: dict[str, str]) -> Callable[[dict], tuple[str, str] | None]:
    """The scope check of one kind: record -> reason it is refused, or None.

    Chosen once per kind, not per record (a package holds hundreds of thousands).
    """
    units = scope.units  # grows while units are accepted; the set is shared, not copied
    if kind == "units":
        def unit(rec: dict):
            code = rec.get("code")
            if code == root:
                return None
            inside = rec.get("parent_code") in units and (code not in local_codes
                                                         or code in units)
            return None if inside else OUTSIDE
        return unit
    # Records accepted earlier in this package are found in a set before asking the database.
    entries, decisions = scope.accepted["entries"], scope.accepted["decisions"]

    def entry_ok(ref) -> bool:
        return ref in entries or scope.entry_ok(ref)

    def decision_ok(ref) -> bool:
        return ref in decisions or scope.decision_ok(ref)
    inspection_ok = scope.inspection_ok
    checks: dict[str, Callable[[dict], bool]] = {
        "entries": lambda rec: rec.get("owner_unit_code") in units,
        "targets": lambda rec: rec.get("unit_code") in units,
        "status_changes": lambda rec: entry_ok(rec.get("entry_id")),
        "recognitions": lambda rec: entry_ok(rec.get("entry_id")),
        "inspections": lambda rec: entry_ok(rec.get("entry_id")),
        "decisions": lambda rec: (rec.get("unit_code") in units if rec.get("unit_code")
                                  else rec.get("origin_unit_code") in units),
        "awards": lambda rec: decision_ok(rec.get("decision_id")) and (
            rec.get("entry_id") is None or entry_ok(rec.get("entry_id"))),
        "attachments": lambda rec: (entry_ok(rec.get("entry_id")) if rec.get("entry_id")
                                    else inspection_ok(rec.get("inspection_id"))),
    }
    check = checks.get(kind)
    if check is None:
        return lambda rec: None
    refused = OUTSIDE if kind in ("entries", "targets", "decisions") else UNKNOWN_REF
    return lambda rec: None if check(rec) else refused


def _scope_reason(kind: str, rec: dict, scope: _Scope, root: str,
                  local_codes: dict[str, str]) -> tuple[str, str] | None:
    """Why one record is outside the sender's scope, or None (see ``_scope_checker``)."""
    return _scope_checker(kind, scope, root, local_codes)(rec)


_ENUMS = {name: frozenset(m.value for m in enum) for name, enum in (
    ("entry_type", EntryType), ("scope", Scope), ("level", Level), ("status", Status))}
_OPTIONAL_ENUMS = {"sector": frozenset(m.value for m in Sector),
                   "person_sex": frozenset(m.value for m in Sex)}


_ENTRY_TYPES, _SCOPES, _LEVELS, _STATUSES = (_ENUMS[n] for n in ("entry_type", "scope", "level",
                                                                  "status"))
_SECTORS, _SEXES = _OPTIONAL_ENUMS["sector"], _OPTIONAL_ENUMS["person_sex"]


_RULED = ("title", "field_code", "year", "entry_type", "scope", "level", "status", "sector",
          "person_sex")
_RULED_OF_DICT = itemgetter(*_RULED)
_RULED_OF_ROW = itemgetter(*(CODECS["entries"].index[name] for name in _RULED))


def entry_values_ok(values: dict, fields: set[str], max_year: int | None = None) -> bool:
    """The domain rules an entry from another office must meet (it was validated there).

    ``max_year``: the latest year allowed (next year; worked out once per package).
    """
    return _entry_ok(_RULED_OF_DICT(values), fields, max_year)


def entry_row_ok(row: tuple, fields: set[str], max_year: int | None = None) -> bool:
    """``entry_values_ok`` for an entry in stored form (``TableCodec.to_stored``)."""
    return _entry_ok(_RULED_OF_ROW(row), fields, max_year)


def _entry_ok(ruled: tuple, fields: set[str], max_year: int | None) -> bool:
    title, field_code, year, entry_type, scope, level, status, sector, sex = ruled
    if not title or field_code not in fields:
        return False
    if max_year is None:
        max_year = current_year() + 1
    if not MIN_YEAR <= year <= max_year:
        return False
    if (entry_type not in _ENTRY_TYPES or scope not in _SCOPES or level not in _LEVELS
            or status not in _STATUSES):
        return False
    return (sector is None or sector in _SECTORS) and (sex is None or sex in _SEXES)


def convert_record(kind: str, rec: dict, code_to_id: dict, fields: set[str],
                   max_year: int | None = None,
                   stored: bool = False) -> tuple[tuple | None, tuple | None]:
    """(reason it is malformed or None, (column values, child values) or None).

    With ``stored`` the values are tuples in stored form (``TableCodec.to_stored``, for
    inserting on SQLite), otherwise dictionaries (``from_dict``).
    """
    codec = CODECS[kind]
    # A value is found in a dictionary by its column's name, in a tuple by its place.
    read, ok, at_id = ((codec.to_stored, entry_row_ok, codec.index["id"]) if stored
                       else (codec.from_dict, entry_values_ok, "id"))
    try:
        values = read(rec, code_to_id)
        children = []
        if kind in CHILDREN:
            _table, fk, name = CHILDREN[kind]
            child_codec = CHILD_CODECS[kind]
            read_child, at_fk = ((child_codec.to_stored, child_codec.index[fk]) if stored
                                 else (child_codec.from_dict, fk))
            children = [read_child(child, code_to_id) for child in rec[name]]
            if any(child[at_fk] != values[at_id] for child in children):
                return MALFORMED, None
    except KeyError as exc:
        names = {name for _col, name in codec.names} | {"criteria", "scores"}
        return (MALFORMED if exc.args and exc.args[0] in names else UNKNOWN_UNIT), None
    except (ValueError, TypeError, AttributeError, RecursionError):
        # RecursionError: a JSON value nested too deep to be written again as text
        return MALFORMED, None
    if kind == "entries" and not ok(values, fields, max_year):
        return MALFORMED, None
    return None, (values, children)


def check_addressing(conn: Connection, sender_code: str, recipient_code: str,
                     office_unit_id: str, office_unit_code: str) -> str:
    """The sender's local unit id; PackageError unless it is a unit below this office."""
    sender_id = conn.scalar(select(Unit.id).where(Unit.code == sender_code))
    if sender_id is None:
        raise bad(f"đơn vị gửi “{sender_code}” không có trong danh sách đơn vị. Hãy thêm "
                  "đơn vị này (đúng mã) trước khi nhận tệp.",
                  f"the sending unit “{sender_code}” is unknown here. Add the unit (with "
                  "that code) before importing.")
    if recipient_code != office_unit_code:
        raise bad(f"tệp gửi cho đơn vị “{recipient_code}”, không phải cơ quan này "
                  f"(“{office_unit_code}”).",
                  f"the file is addressed to “{recipient_code}”, not to this office "
                  f"(“{office_unit_code}”).")
    below = queries.subtree_unit_ids(conn, office_unit_id)  # type: ignore[arg-type]
    if sender_id == office_unit_id or sender_id not in below:
        raise bad(f"đơn vị “{sender_code}” không phải đơn vị cấp dưới của cơ quan này.",
                  f"“{sender_code}” is not a unit below this office.")
    return sender_id


def load_states(conn: Connection, table_name: str) -> dict[str, merge.SeenState]:
    """Exchange state of every record of a table, by local record id."""
    query = select(RecordState.record_id, RecordState.seen_version,
                   RecordState.seen_updated_at, RecordState.local_version).where(
        RecordState.table_name == table_name)
    seen = merge.SeenState
    return {r[0]: seen(r[1], r[2], r[3]) for r in conn.execute(query).all()}


def load_all_states(conn: Connection) -> dict[str, dict[str, merge.SeenState]]:
    """Exchange state of every record, by table name and local record id, in one pass.

    The table is read in its own order rather than one kind at a time through its key: a
    re-import reads every state, and jumping through the key to each row cost more.
    """
    query = select(RecordState.table_name, RecordState.record_id, RecordState.seen_version,
                   RecordState.seen_updated_at, RecordState.local_version)
    if conn.dialect.name == "sqlite":
        # Plain text and integers (nothing for SQLAlchemy to convert): the driver's own
        # rows spare building hundreds of thousands of result rows.
        cursor = conn.connection.driver_connection.execute(
            str(query.compile(dialect=conn.dialect)))
        rows = cursor.fetchall()
    else:
        rows = conn.execute(query).all()
    found: dict[str, dict[str, merge.SeenState]] = defaultdict(dict)
    seen = merge.SeenState
    for table, record, version, updated, local in rows:
        found[table][record] = seen(version, updated, local)
    return found


def _tombstones(reader: PackageReader) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = defaultdict(list)
    for line in reader.records("tombstones"):
        kind, record = line.get("kind"), line.get("record")
        if kind not in RECORD_KINDS or not isinstance(record, dict):
            raise bad("danh sách bản ghi đã xóa bị hỏng.", "the list of deleted records is damaged.")
        found[kind].append(record)
    return found


# The end of a record's line as the export writes it (SQLite's json_object: the columns in
# their order, without spaces, the children last): the record's id, version and updated_at.
# Texts with an escape (\" or \\ …) do not match: such a line is read whole.
_TAIL = re.compile(
    rb',"id":"([^"\\]{1,64})","version":([1-9][0-9]{0,17}),"created_at":"[^"\\]*",'
    rb'"updated_at":"([^"\\]*)","updated_by":"[^"\\]*",'
    rb'"origin_unit_code":(?:null|"[^"\\]*"),"deleted_at":(?:null|"[^"\\]*")')


def _tail_of(raw: bytes, children: bytes | None) -> tuple[str, int, str] | None:
    """(id, version, updated_at) from the end of a record's line, or None when its end is
    not as the export writes it (the line is then read whole)."""
    if children is None:
        end = len(raw) - 1
        if end < 0 or raw[end] != 0x7D:  # the closing brace
            return None
    else:
        end = raw.rfind(children)
        if end < 0:
            return None
    found = _TAIL.fullmatch(raw, raw.rfind(b',"id":"', 0, end), end)
    if found is None:
        return None
    try:
        return found[1].decode(), int(found[2]), found[3].decode()
    except UnicodeDecodeError:
        return None


# Seen records: (key, version, updated_at) of records found already seen from their line's end.
Seen = list[tuple[str, int, str]]


def _read_kind(reader: PackageReader, kind: str, states: dict[str, merge.SeenState]
               ) -> tuple[list[dict], Seen]:
    """The records of a kind to plan, and those already seen at the version they carry.

    A record already seen (most of a package sent again) is recognised from the end of its
    line, without reading the line whole: only what the export writes at the end (id,
    version, updated_at) is looked at; any other line is read whole. Units and fields are
    keyed otherwise and few.
    """
    if not states or kind in ("units", "fields"):
        return list(reader.records(kind)), []
    children = f',"{CHILDREN[kind][2]}":['.encode() if kind in CHILDREN else None
    records: list[dict] = []
    seen_lines: Seen = []
    get = states.get
    for name, lines in reader.lines(kind):
        for raw in lines:
            tail = _tail_of(raw, children) if raw else None
            if tail is not None:
                seen = get(tail[0])
                if seen is not None and tail[1:] <= (seen.seen_version, seen.seen_updated_at):
                    seen_lines.append(tail)
                    continue
            record = read_line(name, raw)
            if record is not None:
                records.append(record)
    return records, seen_lines


def build_plan(conn: Connection, reader: PackageReader, office_unit_id: str,
               office_unit_code: str,
               planned: Callable[[str, Plan, list[merge.PlanItem]], None] | None = None) -> Plan:
    """Decide what importing the package would do, without writing anything.

    ``planned(kind, plan, items)`` is called as soon as each kind is decided (the import
    writes a kind's new records meanwhile).
    """
    manifest = reader.manifest
    sender_id = check_addressing(conn, manifest.sender_code, manifest.recipient_code,
                                 office_unit_id, office_unit_code)
    id_to_code, code_to_id = unit_maps(conn)
    local_codes = dict(code_to_id)
    scope = _Scope(conn, queries.subtree_unit_ids(conn, sender_id),  # type: ignore[arg-type]
                   id_to_code)
    fields = set(conn.scalars(select(FieldCategory.code)))
    plan = Plan(code_to_id=code_to_id, sender_code=manifest.sender_code,
                stored_kinds=STORED_KINDS if conn.dialect.name == "sqlite" else frozenset())
    tombstones = _tombstones(reader)
    states = load_all_states(conn)
    for kind in RECORD_KINDS:
        kind_states = states.get(KIND_TABLES[kind].name, {}) if kind != "fields" else {}
        records, seen_lines = _read_kind(reader, kind, kind_states)
        records += tombstones.get(kind, [])
        start = len(plan.items)
        _plan_kind(conn, plan, kind, records, scope, local_codes, fields, id_to_code,
                   kind_states, seen_lines)
        del records, seen_lines
        if planned is not None:
            planned(kind, plan, plan.items[start:])
        if kind == "fields":
            fields |= {i.key for i in plan.items if i.kind == "fields"}
    return plan


def _plan_kind(conn: Connection, plan: Plan, kind: str, records: list[dict], scope: _Scope,
               local_codes: dict[str, str], fields: set[str], id_to_code: dict[str, str],
               states: dict[str, merge.SeenState], seen_lines: Seen) -> None:
    record_key, already_seen = merge.record_key, merge.already_seen
    by_id = kind not in ("units", "fields")
    # (key, record, exchange state, already seen) of every record, each worked out once.
    keyed = []
    for rec in records:
        key = rec.get("id") if by_id else None
        if key.__class__ is not str:
            key = record_key(kind, rec)
        seen = states.get(local_codes.get(key) if kind == "units" else key) if states else None
        if seen is None:
            keyed.append((key, rec, None, False))
            continue
        version, updated = rec.get("version"), rec.get("updated_at")
        if version.__class__ is int and updated.__class__ is str and version:
            # merge.already_seen for the usual types, without two calls per record
            done = (version, updated) <= (seen.seen_version, seen.seen_updated_at)
        else:
            done = already_seen(rec, seen)
        keyed.append((key, rec, seen, done))
    wanted = [key for key, _rec, _seen, done in keyed if not done]
    mine = load_local(conn, kind, wanted, id_to_code) if wanted else {}
    root = plan.sender_code
    scope_reason = _scope_checker(kind, scope, root, local_codes)
    items, converted, plan_seen = plan.items, plan.converted, plan.seen
    PlanItem, NEW, UNCHANGED = merge.PlanItem, merge.NEW, merge.UNCHANGED  # noqa: N806
    accepted = scope.accepted[kind]
    max_year = current_year() + 1
    stored = kind in plan.stored_kinds
    taken: set[str] = set()  # the keys met so far in this kind
    for key, version, updated in seen_lines:
        # Already seen at this version: nothing to apply, nothing to check again.
        rec = {"id": key, "version": version, "updated_at": updated}
        if key in taken:
            items.append(merge.reject(kind, rec, *TWICE))
            continue
        taken.add(key)
        items.append(PlanItem(kind, key, UNCHANGED, rec))
        accepted.add(key)
    for key, rec, seen, done in keyed:
        reason = None if done else scope_reason(rec)
        if key in taken:
            reason = TWICE
        taken.add(key)
        if reason is None and not done:
            reason, values = convert_record(kind, rec, plan.code_to_id, fields, max_year,
                                            stored)
            if values is not None:
                converted[(kind, key)] = values
        if reason is not None:
            items.append(merge.reject(kind, rec, *reason))
            continue
        if done:
            # Nothing to apply for a version already seen: its state is not kept either.
            items.append(PlanItem(kind, key, UNCHANGED, rec))
        else:
            local = mine.get(key)
            if local is None:  # merge.classify's answer, without working out the key again
                items.append(PlanItem(kind, key, NEW, rec))
            else:
                ignore = ("parent_code",) if kind == "units" and key == root else ()
                items.append(merge.classify(kind, rec, local, seen, ignore))
            if seen is not None:
                plan_seen[(kind, key)] = seen
        accepted.add(rec.get("id"))
        if kind == "units":
            scope.units.add(key)
            plan.code_to_id.setdefault(key, rec["id"])
