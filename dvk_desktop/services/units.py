"""Units: the tree of localities and organisations; add, edit, retire, merge, trash."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, Unit
from dvk_desktop.domain.enums import Sector, UnitKind
from dvk_desktop.domain.errors import DomainError, NotFoundError
from dvk_desktop.domain.records import UnitData, UnitRecord
from dvk_desktop.domain.validation import validate_unit
from dvk_desktop.domain.vntext import search_key, sort_key, strip_diacritics
from dvk_desktop.services import audit, catalogue
from dvk_desktop.services.catalogue import CatalogueItem
from dvk_desktop.services.record_state import check_version, set_deleted, touch

_DATA_FIELDS = [f.name for f in fields(UnitData)]


@dataclass(frozen=True)
class UnitNode:
    """A unit in the tree as plain data, with its children."""

    id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    retired: bool
    successor_id: str | None
    deleted: bool
    version: int


def _apply(unit: Unit, data: UnitData) -> None:
    for name in _DATA_FIELDS:
        setattr(unit, name, getattr(data, name))
    unit.search_key = search_key(data.name, data.code)
    unit.sort_key = sort_key(data.name)


def new_unit(data: UnitData, actor: str, origin_unit_id: str | None = None) -> Unit:
    """An unsaved Unit with its derived keys."""
    unit = Unit(version=1, updated_by=actor, origin_unit_id=origin_unit_id)
    _apply(unit, data)
    return unit


def suggest_unit_code(session: Session, name: str) -> str:
    """A free code made of the name's initials ("Ban Dân vận" → "BDV", then "BDV2" …)."""
    initials = "".join(w[0] for w in strip_diacritics(name).upper().split() if w[0].isalnum())
    base = initials[:12] or "DV"
    taken = set(session.scalars(select(Unit.code).where(Unit.code.startswith(base))))
    if base not in taken:
        return base
    number = 2
    while f"{base}{number}" in taken:
        number += 1
    return f"{base}{number}"


def to_record(unit: Unit) -> UnitRecord:
    """Plain record of a stored unit."""
    data = UnitData(**{name: getattr(unit, name) for name in _DATA_FIELDS})
    return UnitRecord(id=unit.id, version=unit.version, data=data,
                      deleted=unit.deleted_at is not None)


def _load(session: Session, unit_id: str) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError("Không tìm thấy đơn vị.", "Unit not found.")
    return unit


def _check_code_free(session: Session, code: str, own_id: str | None) -> None:
    other = session.scalar(select(Unit).where(Unit.code == code))
    if other is not None and other.id != own_id:
        raise DomainError(f"Mã đơn vị “{code}” đã được dùng cho “{other.name}”.",
                          f"Unit code “{code}” is already used by “{other.name}”.")


def _check_parent(session: Session, unit_id: str | None, parent_id: str | None) -> None:
    if parent_id is None:
        return
    _load(session, parent_id)
    if unit_id is not None and parent_id in queries.subtree_unit_ids(session, unit_id):
        raise DomainError("Không thể đặt đơn vị dưới chính nó hoặc đơn vị cấp dưới của nó.",
                          "A unit cannot be placed under itself or one of its own units.")


def create_unit(db: Database, data: UnitData, actor: str) -> UnitRecord:
    """Validate and add a unit to the tree."""
    with db.session() as session:
        clean = validate_unit(data)
        _check_code_free(session, clean.code, None)
        _check_parent(session, None, clean.parent_id)
        unit = new_unit(clean, actor, queries.office_unit_id(session))
        session.add(unit)
        session.flush()
        audit.record(session, actor, "create", unit, None)
        return to_record(unit)


def update_unit(db: Database, unit_id: str, data: UnitData, expected_version: int,
                actor: str) -> UnitRecord:
    """Save changes to a unit; a stale version is a conflict."""
    with db.session() as session:
        unit = _load(session, unit_id)
        check_version(unit, expected_version)
        clean = validate_unit(data)
        _check_code_free(session, clean.code, unit_id)
        _check_parent(session, unit_id, clean.parent_id)
        before = audit.snapshot(unit)
        _apply(unit, clean)
        touch(unit, actor)
        audit.record(session, actor, "update", unit, before)
        session.flush()
        return to_record(unit)


def get_unit(db: Database, unit_id: str) -> UnitRecord:
    """One unit by id."""
    with db.session() as session:
        return to_record(_load(session, unit_id))


def find_unit_by_code(db: Database, code: str) -> UnitRecord | None:
    """A unit by its code, or None."""
    with db.session() as session:
        unit = session.scalar(select(Unit).where(Unit.code == code.strip()))
        return to_record(unit) if unit else None


def retire_unit(db: Database, unit_id: str, actor: str, on: date | None = None,
                successor_id: str | None = None) -> UnitRecord:
    """End a unit's validity; with a successor its records count under that unit (a merger)."""
    with db.session() as session:
        unit = _load(session, unit_id)
        if successor_id is not None:
            if successor_id in queries.subtree_unit_ids(session, unit_id):
                raise DomainError("Đơn vị kế thừa không thể là chính nó hoặc đơn vị cấp dưới.",
                                  "The successor cannot be the unit itself or one below it.")
            _load(session, successor_id)
        before = audit.snapshot(unit)
        unit.valid_to = on or date.today()
        unit.successor_id = successor_id
        touch(unit, actor)
        audit.record(session, actor, "retire", unit, before)
        session.flush()
        return to_record(unit)


def merge_units(db: Database, unit_ids: list[str], successor_id: str, actor: str,
                on: date | None = None) -> None:
    """Retire several units into one successor in one step."""
    for unit_id in unit_ids:
        if unit_id != successor_id:
            retire_unit(db, unit_id, actor, on, successor_id)


def _set_deleted(db: Database, unit_id: str, actor: str, deleted: bool) -> UnitRecord:
    with db.session() as session:
        unit = _load(session, unit_id)
        if deleted:
            in_use = session.scalar(select(Entry.id).where(Entry.owner_unit_id == unit_id,
                                                           Entry.deleted_at.is_(None)).limit(1))
            children = session.scalar(select(Unit.id).where(Unit.parent_id == unit_id,
                                                            Unit.deleted_at.is_(None)).limit(1))
            if in_use or children:
                raise DomainError(
                    "Không thể xóa đơn vị còn mô hình, điển hình hoặc đơn vị cấp dưới; "
                    "hãy cho đơn vị thôi hoạt động hoặc sáp nhập.",
                    "A unit with entries or units below it cannot be deleted; retire or merge it.")
        set_deleted(session, unit, deleted, actor)
        return to_record(unit)


def delete_unit(db: Database, unit_id: str, actor: str) -> UnitRecord:
    """Move an unused unit to the trash."""
    return _set_deleted(db, unit_id, actor, True)


def restore_unit(db: Database, unit_id: str, actor: str) -> UnitRecord:
    """Bring a unit back from the trash."""
    return _set_deleted(db, unit_id, actor, False)


# The unit tree changes rarely and is read by every form that picks a unit: it is kept per
# open database and read again only when the units' stamp (count, versions, last change)
# moves. Versions rise with every change, here or through an imported package.
_trees: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def unit_tree(db: Database, include_deleted: bool = False) -> list[UnitNode]:
    """All units as plain nodes in Vietnamese order of name (parents link children)."""
    with db.session() as session:
        stamp = (*session.execute(select(func.count(), func.sum(Unit.version),
                                         func.max(Unit.updated_at))).one(), date.today())
        kept = _trees.setdefault(db, {}).get(include_deleted)
        if kept is not None and kept[0] == stamp:
            return list(kept[1])
        query = select(Unit).order_by(Unit.sort_key)
        if not include_deleted:
            query = query.where(Unit.deleted_at.is_(None))
        nodes = [
            UnitNode(u.id, u.code, u.name, u.kind, u.parent_id,
                     u.valid_to is not None and u.valid_to <= date.today(), u.successor_id,
                     u.deleted_at is not None, u.version)
            for u in session.scalars(query)
        ]
        _trees[db][include_deleted] = (stamp, nodes)
        return list(nodes)


def subtree_ids(db: Database, unit_id: str) -> set[str]:
    """The unit, its descendants, and retired units merged into any of them."""
    with db.session() as session:
        return queries.subtree_unit_ids(session, unit_id)


def suggest_code(db: Database, name: str) -> str:
    """A free unit code made from the initials of ``name``."""
    with db.session() as session:
        return suggest_unit_code(session, name)


def missing_catalogue_communes(db: Database, province_code: str) -> list[CatalogueItem]:
    """The province's communes in the catalogue that are not in the tree."""
    with db.session() as session:
        # A commune in the trash is restored from there rather than added twice.
        present = set(session.scalars(select(Unit.catalogue_code).where(
            Unit.catalogue_code.is_not(None))))
    return [item for item in catalogue.communes(province_code) if item.code not in present]


def add_catalogue_communes(db: Database, province_code: str, codes: list[str],
                           actor: str) -> list[UnitRecord]:
    """Add the chosen catalogue communes under the province's unit, in one step."""
    wanted = {item.code: item for item in catalogue.communes(province_code)}
    with db.session() as session:
        province = session.scalar(select(Unit).where(Unit.catalogue_code == province_code,
                                                     Unit.kind == UnitKind.PROVINCE.value))
        if province is None:
            raise NotFoundError("Chưa có đơn vị tỉnh trong cây đơn vị.",
                                "The province is not in the unit tree.")
        added = []
        for code in codes:
            item = wanted.get(code)
            if item is None:
                raise NotFoundError(f"Mã “{code}” không có trong danh mục của tỉnh.",
                                    f"Code “{code}” is not in the province's catalogue.")
            _check_code_free(session, item.code, None)
            unit = new_unit(UnitData(code=item.code, name=item.name, kind=UnitKind.COMMUNE.value,
                                     sector=Sector.GOVERNMENT.value, parent_id=province.id,
                                     catalogue_code=item.code),
                            actor, queries.office_unit_id(session))
            session.add(unit)
            session.flush()
            audit.record(session, actor, "create", unit, None)
            added.append(to_record(unit))
        return added
