"""Units: set-up from the catalogue, the tree, retire and merge, trash."""

from __future__ import annotations

from datetime import date

import pytest

from dvk_desktop.domain.errors import ConflictError, DomainError, ValidationError
from dvk_desktop.domain.records import EntryData, EntryFilter, UnitData
from dvk_desktop.services import catalogue, entries, office, units

ACTOR = "Nguyễn Văn An"


def test_init_seeds_the_province_and_all_its_communes(office_db):
    tree = units.unit_tree(office_db)
    province = next(n for n in tree if n.code == "40")
    assert province.name == "Tỉnh Nghệ An" and province.kind == "province"
    communes = [n for n in tree if n.parent_id == province.id]
    assert len(communes) == len(catalogue.communes("40")) == 130
    info = office.get_office(office_db)
    assert info.unit_code == "40" and info.officer_name == ACTOR


def test_init_with_a_commune_as_the_office(db):
    info = office.init_office(db, "40", unit_code="17827", officer_name="Lê Văn Bình")
    assert info.unit_name == "Xã Nghi Lộc"


def test_init_with_a_new_unit_under_the_province(db):
    info = office.init_office(db, "40", unit_name="Ban Dân vận Tỉnh ủy")
    assert info.unit_code == "BDVTU"
    node = next(n for n in units.unit_tree(db) if n.code == "BDVTU")
    assert node.parent_id == next(n.id for n in units.unit_tree(db) if n.code == "40")


def test_init_refuses_unknown_codes_and_a_second_run(db):
    with pytest.raises(DomainError, match="not in the catalogue|danh mục"):
        office.init_office(db, "999")
    with pytest.raises(DomainError):
        office.init_office(db, "40", unit_code="00070")  # a Hà Nội ward
    office.init_office(db, "40")
    with pytest.raises(DomainError):
        office.init_office(db, "40")


def test_units_of_any_depth(office_db):
    province = units.find_unit_by_code(office_db, "40")
    area = units.create_unit(office_db, UnitData(code="KV1", name="Khu vực 1", kind="district",
                                                 parent_id=province.id), ACTOR)
    cell = units.create_unit(office_db, UnitData(code="CB1", name="Chi bộ thôn Đông",
                                                 kind="party_org", parent_id=area.id), ACTOR)
    assert cell.id in units.subtree_ids(office_db, province.id)


def test_duplicate_code_and_cycles_are_refused(office_db):
    province = units.find_unit_by_code(office_db, "40")
    with pytest.raises(DomainError, match="17827"):
        units.create_unit(office_db, UnitData(code="17827", name="Trùng", kind="other"), ACTOR)
    with pytest.raises(DomainError):
        units.update_unit(office_db, province.id, UnitData(
            code="40", name="Tỉnh Nghệ An", kind="province",
            parent_id=units.find_unit_by_code(office_db, "17827").id), province.version, ACTOR)


def test_invalid_unit_is_refused(office_db):
    with pytest.raises(ValidationError):
        units.create_unit(office_db, UnitData(code="", name="", kind="other"), ACTOR)


def test_stale_unit_update_is_a_conflict(office_db):
    unit = units.find_unit_by_code(office_db, "17827")
    renamed = UnitData(**{**unit.data.__dict__, "name": "Xã Nghi Lộc mới"})
    units.update_unit(office_db, unit.id, renamed, unit.version, ACTOR)
    with pytest.raises(ConflictError):
        units.update_unit(office_db, unit.id, renamed, unit.version, ACTOR)


def test_merged_units_count_under_their_successor(office_db):
    old = units.find_unit_by_code(office_db, "16732")
    successor = units.find_unit_by_code(office_db, "17827")
    entries.create_entry(office_db, EntryData(title="Mô hình cũ", field_code="economy",
                                              owner_unit_id=old.id, year=2022), ACTOR)
    units.merge_units(office_db, [old.id], successor.id, ACTOR, on=date(2025, 7, 1))
    found = entries.list_entries(office_db, EntryFilter(unit_id=successor.id))
    assert [r.data.title for r in found] == ["Mô hình cũ"]
    node = next(n for n in units.unit_tree(office_db) if n.id == old.id)
    assert node.retired and node.successor_id == successor.id


def test_a_unit_cannot_succeed_itself(office_db):
    unit = units.find_unit_by_code(office_db, "17827")
    with pytest.raises(DomainError):
        units.retire_unit(office_db, unit.id, ACTOR, successor_id=unit.id)


def test_units_in_use_cannot_be_trashed_but_unused_ones_can(office_db):
    used = units.find_unit_by_code(office_db, "17827")
    entries.create_entry(office_db, EntryData(title="X", field_code="economy",
                                              owner_unit_id=used.id, year=2024), ACTOR)
    with pytest.raises(DomainError):
        units.delete_unit(office_db, used.id, ACTOR)
    unused = units.find_unit_by_code(office_db, "16732")
    units.delete_unit(office_db, unused.id, ACTOR)
    assert unused.id not in {n.id for n in units.unit_tree(office_db)}
    units.restore_unit(office_db, unused.id, ACTOR)
    assert unused.id in {n.id for n in units.unit_tree(office_db)}


def test_suggested_codes_are_unique(office_db):
    with office_db.session() as session:
        assert units.suggest_unit_code(session, "Hội Nông dân") == "HND"
    units.create_unit(office_db, UnitData(code="HND", name="Hội Nông dân", kind="mass_org"), ACTOR)
    with office_db.session() as session:
        assert units.suggest_unit_code(session, "Hội Nông dân xã") == "HNDX"
        assert units.suggest_unit_code(session, "Hội Nông dân") == "HND2"


def test_set_up_makes_this_installations_keys(office_db, data_dir):
    private = sorted(p for p in (data_dir / "keys").iterdir() if p.stat().st_mode & 0o077 == 0)
    assert private, "the private keys exist and only their owner can read them"


def test_the_unit_tree_follows_every_change(office_db):
    """The tree is kept between reads: a rename, a new unit or a retirement must show."""
    first = units.unit_tree(office_db)
    commune = units.find_unit_by_code(office_db, "17827")
    data = commune.data
    data.name = "Xã Nghi Lộc mới"
    units.update_unit(office_db, commune.id, data, commune.version, "tester")
    renamed = {node.id: node.name for node in units.unit_tree(office_db)}
    assert renamed[commune.id] == "Xã Nghi Lộc mới"
    added = units.create_unit(office_db, UnitData(code="X1", name="Tổ dân vận", kind="other",
                                                  parent_id=commune.id), "tester")
    assert len(units.unit_tree(office_db)) == len(first) + 1
    assert added.id in {node.id for node in units.unit_tree(office_db)}
