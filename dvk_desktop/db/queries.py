"""Reusable SELECT builders for the registry's lists (no session handling here)."""

from __future__ import annotations

from sqlalchemy import Select, and_, case, func, or_, select
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


def _text_condition(text: str):
    """Every typed word begins a word of the entry ("dan van kh" finds "Dân vận khéo")."""
    words = search_key(text).split()
    return and_(*(or_(Entry.search_key.startswith(word, autoescape=True),
                      Entry.search_key.contains(" " + word, autoescape=True))
                  for word in words))


def apply_entry_filter(query: Select, session: Session, flt: EntryFilter) -> Select:
    """Add the filter's conditions to a query over ``Entry``."""
    query = query.where(Entry.deleted_at.is_not(None) if flt.deleted else Entry.deleted_at.is_(None))
    if flt.text.strip():
        query = query.where(_text_condition(flt.text))
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
