"""Entries: create, read, update, move to the trash and restore, list, find duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, replace

from sqlalchemy import literal_column, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, FieldCategory, StatusChange, Unit
from dvk_desktop.domain import lifecycle
from dvk_desktop.domain.errors import NotFoundError
from dvk_desktop.domain.records import (
    EntryData,
    EntryFilter,
    EntryRecord,
    EntrySummary,
)
from dvk_desktop.domain.validation import validate_entry
from dvk_desktop.domain.vntext import search_key, sort_key
from dvk_desktop.services import audit
from dvk_desktop.services.record_state import check_version, set_deleted, touch

_DATA_FIELDS = [f.name for f in fields(EntryData)]


def entry_search_key(data: EntryData) -> str:
    """What the diacritics-free search matches: title, person, place."""
    return search_key(data.title, data.person_name, data.location)


def _apply(entry: Entry, data: EntryData) -> None:
    for name in _DATA_FIELDS:
        setattr(entry, name, getattr(data, name))
    entry.search_key = entry_search_key(data)
    entry.sort_key = sort_key(data.title)


def data_of(entry: Entry) -> EntryData:
    """The editable fields of a stored entry as plain data."""
    return EntryData(**{name: getattr(entry, name) for name in _DATA_FIELDS})


def to_record(entry: Entry, unit: Unit | None = None, fld: FieldCategory | None = None,
              language: str = "vi") -> EntryRecord:
    """Plain record of a stored entry with its unit and field names."""
    unit = unit or entry.owner_unit
    fld = fld or entry.field
    return EntryRecord(
        id=entry.id,
        version=entry.version,
        data=data_of(entry),
        unit_code=unit.code if unit else "",
        unit_name=unit.name if unit else "",
        field_name=(fld.name_en if language == "en" else fld.name_vi) if fld else "",
        deleted=entry.deleted_at is not None,
        updated_by=entry.updated_by,
    )


def _known_fields(session: Session) -> set[str]:
    return set(session.scalars(select(FieldCategory.code)))


def _check_unit(session: Session, data: EntryData) -> None:
    from dvk_desktop.domain.errors import FieldProblem, ValidationError

    if session.get(Unit, data.owner_unit_id) is None:
        raise ValidationError([FieldProblem("owner_unit_id", "Đơn vị không tồn tại.",
                                            "The unit does not exist.")])


def _load(session: Session, entry_id: str) -> Entry:
    entry = session.get(Entry, entry_id)
    if entry is None:
        raise NotFoundError("Không tìm thấy mô hình, điển hình.", "Entry not found.")
    return entry


def record_status(session: Session, entry: Entry, old: str | None, actor: str, reason: str) -> None:
    """Add the status move of ``entry`` to its history (nothing when unchanged)."""
    if old == entry.status:
        return
    session.add(StatusChange(entry_id=entry.id, from_status=old, to_status=entry.status,
                             reason=reason, updated_by=actor, origin_unit_id=entry.origin_unit_id))


def create_entry(db: Database, data: EntryData, actor: str) -> EntryRecord:
    """Validate and store a new entry; its history starts with its status."""
    with db.session() as session:
        clean = validate_entry(data, _known_fields(session))
        _check_unit(session, clean)
        entry = Entry(version=1, updated_by=actor, origin_unit_id=queries.office_unit_id(session))
        _apply(entry, clean)
        session.add(entry)
        session.flush()
        record_status(session, entry, None, actor, clean.status_reason)
        audit.record(session, actor, "create", entry, None)
        session.flush()
        return to_record(entry, session.get(Unit, entry.owner_unit_id),
                         session.get(FieldCategory, entry.field_code))


def get_entry(db: Database, entry_id: str, language: str = "vi") -> EntryRecord:
    """One entry by its id (also from the trash)."""
    with db.session() as session:
        return to_record(_load(session, entry_id), language=language)


def update_entry(db: Database, entry_id: str, data: EntryData, expected_version: int,
                 actor: str) -> EntryRecord:
    """Save changes; a version other than ``expected_version`` is a conflict, never overwritten."""
    with db.session() as session:
        entry = _load(session, entry_id)
        check_version(entry, expected_version)
        clean = validate_entry(data, _known_fields(session))
        _check_unit(session, clean)
        if clean.status != entry.status:  # moves follow the lifecycle; creation may not
            lifecycle.check_move(entry.status, clean.status, clean.status_reason)
        before = audit.snapshot(entry)
        old_status = entry.status
        _apply(entry, clean)
        touch(entry, actor)
        record_status(session, entry, old_status, actor, clean.status_reason)
        audit.record(session, actor, "update", entry, before)
        session.flush()
        return to_record(entry)


def _set_deleted(db: Database, entry_id: str, expected_version: int | None, actor: str,
                 deleted: bool) -> EntryRecord:
    with db.session() as session:
        entry = _load(session, entry_id)
        check_version(entry, expected_version)
        set_deleted(session, entry, deleted, actor)
        return to_record(entry)


def delete_entry(db: Database, entry_id: str, actor: str,
                 expected_version: int | None = None) -> EntryRecord:
    """Move an entry to the trash (a tombstone; it can be restored)."""
    return _set_deleted(db, entry_id, expected_version, actor, True)


def restore_entry(db: Database, entry_id: str, actor: str,
                  expected_version: int | None = None) -> EntryRecord:
    """Bring an entry back from the trash."""
    return _set_deleted(db, entry_id, expected_version, actor, False)


def list_entries(db: Database, flt: EntryFilter | None = None, sort: str = "title",
                 descending: bool = False, limit: int | None = None, offset: int = 0,
                 language: str = "vi") -> list[EntryRecord]:
    """Entries matching the filter, in Vietnamese order of the chosen column."""
    flt = flt or EntryFilter()
    with db.session() as session:
        query = queries.entry_rows_query(session, flt, sort, descending).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        records = []
        for entry, unit_code, unit_name, name_vi, name_en in session.execute(query):
            record = to_record(entry, Unit(code=unit_code, name=unit_name),
                               FieldCategory(name_vi=name_vi, name_en=name_en), language)
            records.append(record)
        return records


ENTRY_ROW_COLUMNS = ("id", "version", "title", "type", "scope", "field_vi", "field_en", "level",
                     "status", "year", "unit_name", "location", "person", "updated_at",
                     "field_code", "unit_code")


def list_entry_rows(db: Database, flt: EntryFilter | None = None, sort: str = "title",
                    descending: bool = False, limit: int = 200, offset: int = 0) -> list[tuple]:
    """A page of the filtered table as plain tuples in ``ENTRY_ROW_COLUMNS`` order.

    The page's ids are found first from the narrow columns the covering indexes hold, then
    only those rows are read, so a block costs milliseconds on a registry of 100,000 entries
    or more, wherever it lies in the table (no ORM objects are built).
    """
    flt = flt or EntryFilter()
    with db.session() as session:
        ids = _page_ids(session, flt, sort, descending, limit, offset)
        return _rows_by_ids(session, ids)


def iter_entry_rows(db: Database, flt: EntryFilter | None = None, sort: str = "title",
                    chunk: int = 1000) -> Iterator[tuple]:
    """Every filtered entry as a row of the table, in order, read a chunk at a time."""
    flt = flt or EntryFilter()
    with db.session() as session:
        ids = _page_ids(session, flt, sort, False)
    for start in range(0, len(ids), chunk):
        with db.session() as session:
            yield from _rows_by_ids(session, ids[start:start + chunk])


def get_entry_row(db: Database, entry_id: str) -> tuple | None:
    """One entry as a row of the table (``ENTRY_ROW_COLUMNS``), or None when it is gone."""
    with db.session() as session:
        found = _rows_by_ids(session, [entry_id])
        return found[0] if found else None


def _rows_by_ids(session: Session, ids: list[str]) -> list[tuple]:
    if not ids:
        return []
    query = (
        select(Entry.id, Entry.version, Entry.title, Entry.entry_type, Entry.scope,
               FieldCategory.name_vi, FieldCategory.name_en, Entry.level, Entry.status,
               Entry.year, Unit.name, Entry.location, Entry.person_name, Entry.updated_at,
               Entry.field_code, Unit.code)
        .join(Unit, Entry.owner_unit_id == Unit.id)
        .join(FieldCategory, Entry.field_code == FieldCategory.code)
        .where(Entry.id.in_(ids))
    )
    found = {row[0]: tuple(row) for row in session.execute(query)}
    return [found[i] for i in ids if i in found]


def _page_ids(session: Session, flt: EntryFilter, sort: str, descending: bool,
              limit: int | None = None, offset: int = 0) -> list[str]:
    """Ids of a page of the filtered entries in the chosen order.

    A search alone, in title order, is answered by the word index on SQLite: it holds each
    entry's title sort key and whether it is live, so the page never touches the wide entry
    rows, however many entries match (the other plans read the matches or walk the table's
    index, see ``queries``).
    """
    if (sort == "title" and flt.text.strip() and not _narrowed(flt)
            and session.get_bind().dialect.name == "sqlite"):
        fts = queries.fts_query(flt.text)
        if not fts:
            return []
        order = "DESC" if descending else "ASC"
        rowids = [r[0] for r in session.execute(sql_text(
            "SELECT rowid FROM entry_fts WHERE entry_fts MATCH :fts AND live = :live "
            f"ORDER BY sort_key {order}, rowid {order} LIMIT :limit OFFSET :offset"),
            {"fts": fts, "live": 0 if flt.deleted else 1,
             "limit": -1 if limit is None else limit, "offset": offset})]
        found = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            found.update(session.execute(select(literal_column("entry.rowid"), Entry.id)
                                         .where(literal_column("entry.rowid").in_(chunk))).all())
        return [found[r] for r in rowids if r in found]
    query = _page_ids_query(session, flt, sort, descending)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(session.scalars(query))


def _narrowed(flt: EntryFilter) -> bool:
    """True when the filter asks for more than a search (a year, a field, a unit, …)."""
    return any(value not in (None, "") for value in (
        flt.year, flt.field_code, flt.entry_type, flt.scope, flt.level, flt.status,
        flt.unit_id)) or bool(flt.tags)


def _page_ids_query(session: Session, flt: EntryFilter, sort: str, descending: bool):
    """Ids of the filtered entries in the chosen order (joins only what the order needs).

    On SQLite a text search is answered by the FTS5 word index (see ``queries``). Elsewhere
    it is matched first on the index that holds the search key, so walking the chosen order
    never reads the rows themselves, even when few entries match.
    """
    query = select(Entry.id)
    if sort == "unit":
        query = query.join(Unit, Entry.owner_unit_id == Unit.id)
    elif sort == "field":
        query = query.join(FieldCategory, Entry.field_code == FieldCategory.code)
    if flt.text.strip() and session.get_bind().dialect.name != "sqlite":
        matching = queries.apply_entry_filter(select(Entry.id), session, flt)
        query = query.where(Entry.id.in_(matching.scalar_subquery()))
        flt = replace(flt, text="")
    query = queries.apply_entry_filter(query, session, flt)
    order = queries.SORT_COLUMNS.get(sort, queries.SORT_COLUMNS["title"])()
    return query.order_by(order.desc() if descending else order.asc(), Entry.sort_key, Entry.id)


def list_entry_years(db: Database) -> list[int]:
    """The distinct years of live entries, newest first."""
    with db.session() as session:
        query = (select(Entry.year).where(Entry.deleted_at.is_(None)).distinct()
                 .order_by(Entry.year.desc()))
        return list(session.scalars(query))


def summarize_rows(rows: list[tuple]) -> EntrySummary:
    """The summary of rows of the table (``ENTRY_ROW_COLUMNS``) known to be all there are."""
    summary = EntrySummary(total=len(rows))
    type_at, scope_at = ENTRY_ROW_COLUMNS.index("type"), ENTRY_ROW_COLUMNS.index("scope")
    summary.models = sum(row[type_at] == "model" for row in rows)
    summary.exemplars = summary.total - summary.models
    summary.collective = sum(row[scope_at] == "collective" for row in rows)
    summary.individual = summary.total - summary.collective
    return summary


def summarize_entries(db: Database, flt: EntryFilter | None = None) -> EntrySummary:
    """Counts of the filtered entries by type and scope."""
    summary = EntrySummary()
    with db.session() as session:
        for entry_type, scope, count in session.execute(
            queries.entry_count_query(session, flt or EntryFilter())
        ):
            summary.total += count
            if entry_type == "model":
                summary.models += count
            else:
                summary.exemplars += count
            if scope == "collective":
                summary.collective += count
            else:
                summary.individual += count
    return summary


def find_duplicates(db: Database, title: str, owner_unit_id: str, year: int,
                    exclude_id: str | None = None, limit: int | None = None) -> list[EntryRecord]:
    """Live entries with the same title (ignoring case and diacritics), unit and year.

    At most ``limit`` of them (all when None), in the order of their titles' keys.
    """
    wanted = search_key(title)
    with db.session() as session:
        query = select(Entry.id, Entry.title).where(
            Entry.owner_unit_id == owner_unit_id, Entry.year == year, Entry.deleted_at.is_(None)
        ).order_by(Entry.search_key, Entry.id)
        if wanted:
            # An entry's search key is its title's, then its person's and place's words: only
            # keys equal to the title's or going on after a space can be a match (found in
            # ix_entry_unit_year in one step); the title itself is compared below.
            if session.get_bind().dialect.name == "sqlite":  # text compares byte by byte
                query = query.where(Entry.search_key.between(wanted, wanted + " \U0010ffff"))
            else:
                query = query.where(or_(Entry.search_key == wanted,
                                        Entry.search_key.startswith(wanted + " ",
                                                                    autoescape=True)))
        ids = [i for i, text in session.execute(query)
               if i != exclude_id and search_key(text) == wanted][:limit]
        if not ids:
            return []
        found = {e.id: to_record(e) for e in session.scalars(select(Entry).where(
            Entry.id.in_(ids)))}
        return [found[i] for i in ids]


def entry_history(db: Database, entry_id: str) -> list[StatusChange]:
    """The entry's status moves, oldest first."""
    with db.session() as session:
        query = (select(StatusChange).where(StatusChange.entry_id == entry_id)
                 .order_by(StatusChange.changed_at, StatusChange.id))
        return list(session.scalars(query))
