"""Reusable SELECT builders for the registry's lists (no session handling here)."""

from __future__ import annotations

from sqlalchemy import Select, and_, case, func, literal_column, or_, select, true
from sqlalchemy import column as sql_column
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from dvk_desktop.db.models import Entry, FieldCategory, OfficeProfile, Unit
from dvk_desktop.domain import enums
from dvk_desktop.domain.records import TAG_FIELDS, EntryFilter
from dvk_desktop.domain.vntext import search_key, sort_key


def office_unit_id(session: Session) -> str | None:
    """Id of this office's unit, or None before set-up."""
    return session.scalar(select(OfficeProfile.unit_id))


def subtree_unit_ids(session: Session, root_id: str) -> set[str]:
    """The unit, every unit below it, and retired units whose successor is among them."""
    rows = session.execute(select(Unit.id, Unit.parent_id, Unit.successor_id)).all()
    children: dict[str | None, list[str]] = {}
    predecessors: dict[str, list[str]] = {}
    for unit_id, parent_id, successor_id in rows:
        children.setdefault(parent_id, []).append(unit_id)
        if successor_id:
            predecessors.setdefault(successor_id, []).append(unit_id)
    found: set[str] = set()
    stack = [root_id]
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.add(current)
        stack.extend(children.get(current, []))
        stack.extend(predecessors.get(current, []))
    return found


def fts_query(text: str) -> str:
    """The FTS5 query for typed text: every word as a quoted prefix ("dan"* "van"*)."""
    return " ".join(f'"{word}"*' for word in search_key(text).split())


def word_index_condition(text: str):
    """SQLite: the entry's rowid is among those the word index finds for ``text``."""
    matching = sql_text("SELECT rowid FROM entry_fts WHERE entry_fts MATCH :fts")
    return literal_column("entry.rowid").in_(
        matching.bindparams(fts=fts_query(text)).columns(sql_column("rowid")))


# How a search is run depends on how many entries its words match (m, counted in the word
# index) against the size of the registry (N). Reading the m matching rows themselves costs
# about m wide-row reads; walking the table's covering index in the shown order and keeping
# the matches reaches a page of 200 after about 200·N/m narrow index entries, some thirty
# times cheaper each. So the matches are read directly only while m² ≤ FEW_MATCHES_FACTOR·N:
# a name searched in a province (a few hundred matches) is read directly; a common word
# among a million entries (tens of thousands) walks the index and stops at the first page.
FEW_MATCHES_FACTOR = 8


def _few_matches(session: Session, fts: str) -> bool:
    found = session.execute(sql_text("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH :fts"),
                            {"fts": fts}).scalar() or 0
    size = session.execute(sql_text("SELECT max(rowid) FROM entry")).scalar() or 0
    return found * found <= FEW_MATCHES_FACTOR * size


def _text_condition(session: Session, text: str):
    """Every typed word begins a word of the entry ("dan van kh" finds "Dân vận khéo").

    Returns the condition and whether the query should be driven by the few matches. On
    SQLite the words are looked up in the FTS5 index ``entry_fts`` (revision 0005), so a
    search costs the matching entries, not the whole table; elsewhere LIKE patterns do the
    same (served by a trigram index on PostgreSQL).
    """
    words = search_key(text).split()
    if not words:
        return true(), False
    if session.get_bind().dialect.name == "sqlite":
        return word_index_condition(text), _few_matches(session, fts_query(text))
    return and_(*(or_(Entry.search_key.startswith(word, autoescape=True),
                      Entry.search_key.contains(" " + word, autoescape=True))
                  for word in words)), False


def apply_entry_filter(query: Select, session: Session, flt: EntryFilter) -> Select:
    """Add the filter's conditions to a query over ``Entry``."""
    deleted = Entry.deleted_at
    if flt.text.strip():
        condition, few = _text_condition(session, flt.text)
        query = query.where(condition)
        if few:
            # "+column" keeps SQLite from walking an index that leads with the column: the
            # few matching rows are then read by their rowid.
            deleted = literal_column("+entry.deleted_at")
    query = query.where(deleted.is_not(None) if flt.deleted else deleted.is_(None))
    for column, value in (
        (Entry.year, flt.year),
        (Entry.field_code, flt.field_code),
        (Entry.entry_type, flt.entry_type),
        (Entry.scope, flt.scope),
        (Entry.level, flt.level),
        (Entry.status, flt.status),
    ):
        if value is not None and value != "":
            query = query.where(column == value)
    if flt.unit_id:
        query = query.where(Entry.owner_unit_id.in_(subtree_unit_ids(session, flt.unit_id)))
    tag_columns = [getattr(Entry, name) for name in TAG_FIELDS if name.removeprefix("tag_") in flt.tags]
    if tag_columns:
        query = query.where(or_(*(col.is_(True) for col in tag_columns)))
    return query


def _label_order(column, enum_cls):
    """CASE expression ranking an enum column by its Vietnamese labels' alphabetical order."""
    ranked = sorted(enum_cls, key=lambda m: sort_key(m.label("vi")))
    return case({m.value: i for i, m in enumerate(ranked)}, value=column, else_=len(ranked))


SORT_COLUMNS = {
    "title": lambda: Entry.sort_key,
    "unit": lambda: Unit.sort_key,
    "year": lambda: Entry.year,
    "field": lambda: FieldCategory.sort_order,
    "type": lambda: _label_order(Entry.entry_type, enums.EntryType),
    "scope": lambda: _label_order(Entry.scope, enums.Scope),
    "level": lambda: _label_order(Entry.level, enums.Level),
    "status": lambda: _label_order(Entry.status, enums.Status),
    "location": lambda: Entry.location,
    "person": lambda: Entry.person_name,
    "updated_at": lambda: Entry.updated_at,
}


def entry_rows_query(session: Session, flt: EntryFilter, sort: str = "title",
                     descending: bool = False) -> Select:
    """Entries with their unit and field, filtered and sorted, ready to page through."""
    query = (
        select(Entry, Unit.code, Unit.name, FieldCategory.name_vi, FieldCategory.name_en)
        .join(Unit, Entry.owner_unit_id == Unit.id)
        .join(FieldCategory, Entry.field_code == FieldCategory.code)
    )
    query = apply_entry_filter(query, session, flt)
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["title"])()
    primary = order.desc() if descending else order.asc()
    return query.order_by(primary, Entry.sort_key, Entry.id)


def entry_count_query(session: Session, flt: EntryFilter) -> Select:
    """Counts by type and scope of the filtered entries."""
    query = select(Entry.entry_type, Entry.scope, func.count()).group_by(
        Entry.entry_type, Entry.scope
    )
    return apply_entry_filter(query, session, flt)
