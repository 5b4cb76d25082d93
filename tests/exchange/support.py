"""Offices at three levels (commune → area → province) with records filling every column."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Text, select

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import (
    Attachment,
    Award,
    Decision,
    Entry,
    Inspection,
    InspectionScore,
    Recognition,
    Rubric,
    StatusChange,
    Target,
    Unit,
    new_id,
)
from dvk_desktop.domain.records import UnitData
from dvk_desktop.services import office, units
from dvk_desktop.services.exchange_records import KIND_TABLES, iter_rows, unit_maps

PROVINCE = "40"
AREA_CODE = "KV1"
AREA_NAME = "Khu vực 1"
_counter = itertools.count(1)


def first_commune(db: Database) -> str:
    """Code of the province's first commune (by code)."""
    with db.session() as session:
        province = session.scalar(select(Unit).where(Unit.code == PROVINCE))
        return session.scalar(select(Unit.code).where(Unit.parent_id == province.id)
                              .order_by(Unit.code).limit(1))


def _move_under_area(db: Database, commune_code: str) -> None:
    area = units.find_unit_by_code(db, AREA_CODE)
    commune = units.find_unit_by_code(db, commune_code)
    data = commune.data
    data.parent_id = area.id
    units.update_unit(db, commune.id, data, commune.version, "setup")


def _area_data(parent_id: str) -> UnitData:
    return UnitData(code=AREA_CODE, name=AREA_NAME, kind="agency", sector="party",
                    parent_id=parent_id)


@dataclass
class Offices:
    """Three databases: a commune, the area above it and the province above the area."""

    commune: Database
    area: Database
    province: Database
    commune_code: str


def make_offices(tmp_path: Path) -> Offices:
    """Build the three offices, each with the same unit tree where it matters."""
    province = Database.open(tmp_path / "province.sqlite3")
    office.init_office(province, PROVINCE, officer_name="Trần Thị Tỉnh")
    commune_code = first_commune(province)
    prov_id = units.find_unit_by_code(province, PROVINCE).id
    units.create_unit(province, _area_data(prov_id), "setup")
    _move_under_area(province, commune_code)
    area = Database.open(tmp_path / "area.sqlite3")
    office.init_office(area, PROVINCE, unit_name=AREA_NAME, officer_name="Lê Văn Khu")
    _move_under_area(area, commune_code)
    commune = Database.open(tmp_path / "commune.sqlite3")
    office.init_office(commune, PROVINCE, unit_code=commune_code, officer_name="Phạm Xã")
    units.create_unit(commune, _area_data(units.find_unit_by_code(commune, PROVINCE).id), "setup")
    _move_under_area(commune, commune_code)
    return Offices(commune, area, province, commune_code)


def _value(column, n: int):
    kind = column.type
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer):
        return 7 + n
    if isinstance(kind, Float):
        return 3.25 + n
    if isinstance(kind, DateTime):
        return datetime(2025, 1, 2, 3, 4, 5, 678900)
    if isinstance(kind, Date):
        return date(2024, 5, 6)
    if isinstance(kind, JSON):
        return [{"name": "Nguyễn Thị Ánh", "position": "Trưởng ban", "role": "Trưởng đoàn"}]
    if isinstance(kind, String | Text):
        text = f"{column.name} “Đắk Lắk” <&> ưởng {n}"
        return text[: kind.length] if kind.length else text + "\nDòng hai"
    raise AssertionError(column.name)


def filled(model, **overrides):
    """A model instance with a distinctive value in every column, then the overrides."""
    n = next(_counter)
    values = {c.name: _value(c, n) for c in model.__table__.columns
              if c.name not in ("search_key", "sort_key")}
    values["id"] = new_id()
    if "version" in values:
        values.update(version=3, deleted_at=None)
    values.update(overrides)
    return model(**values)


def _entry(unit_id: str, origin: str, **extra) -> Entry:
    return filled(Entry, owner_unit_id=unit_id, origin_unit_id=origin, entry_type="exemplar",
                  scope="individual", field_code="economy", level="district", sector="front",
                  year=2024, status="needs_strengthening", person_sex="female",
                  person_birth_year=1980, **extra)


def populate(db: Database, commune_code: str) -> dict[str, int]:
    """Records of every kind at the commune, every column filled; returns counts per kind."""
    with db.session() as session:
        commune = session.scalar(select(Unit).where(Unit.code == commune_code))
        sub = filled(Unit, code="HPN-" + commune_code, kind="mass_org", sector="mass_org",
                     parent_id=commune.id, successor_id=None, origin_unit_id=commune.id,
                     catalogue_code=None)
        session.add(sub)
        session.flush()
        rubric = session.scalars(select(Rubric)).first()
        e1 = _entry(commune.id, commune.id)
        e2 = _entry(sub.id, commune.id)
        gone = _entry(commune.id, commune.id, deleted_at=datetime(2025, 6, 1, 8, 0, 0))
        session.add_all([e1, e2, gone])
        session.flush()
        session.add(filled(StatusChange, entry_id=e1.id, origin_unit_id=commune.id))
        insp = filled(Inspection, entry_id=e1.id, rubric_id=rubric.id, origin_unit_id=commune.id,
                      classification="passed")
        session.add(insp)
        session.flush()
        session.add(filled(InspectionScore, inspection_id=insp.id, criterion_id=new_id()))
        dec = filled(Decision, unit_id=commune.id, origin_unit_id=commune.id, issuer_kind="state")
        session.add(dec)
        session.flush()
        session.add_all([
            filled(Recognition, entry_id=e1.id, decision_id=dec.id, origin_unit_id=commune.id),
            filled(Award, decision_id=dec.id, entry_id=e2.id, origin_unit_id=commune.id,
                   recipient_scope="individual", form="giay_khen"),
            filled(Target, unit_id=sub.id, origin_unit_id=commune.id),
            filled(Attachment, entry_id=e1.id, inspection_id=insp.id, origin_unit_id=commune.id),
        ])
    return {"units": 1, "entries": 2, "tombstones": 1}


def snapshot(db: Database, kind: str, ids: set[str] | None = None) -> dict[str, dict]:
    """Records of a kind in package form, by id (optionally only some ids)."""
    table = KIND_TABLES[kind]
    with db.engine.connect() as conn:
        id_to_code, _ = unit_maps(conn)
        rows = iter_rows(conn, select(table), kind, id_to_code)
        key = "code" if kind in ("units", "fields") else "id"
        return {r[key]: r for r in rows if ids is None or r[key] in ids}


def file_hash(path: Path) -> str:
    """SHA-256 of a file (the database before and after a refused import)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def db_state(db: Database) -> str:
    """Hash of the database file and its write-ahead log: equal means byte-for-byte unchanged.

    Taken once a background checkpoint (after an import) has finished moving the log into
    the file, which changes the bytes of both and none of the content.
    """
    db.wait_for_checkpoint()
    path = db.path
    parts = [file_hash(path)]
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        parts.append(file_hash(wal))
    return "/".join(parts)


def rewrite(source: Path, target: Path, replace: dict | None = None,
            edit_manifest=None, signing_key=None, extra: dict | None = None,
            drop: tuple[str, ...] = (), fix_checksums: bool = True) -> Path:
    """Copy a package, changing members and (optionally) re-signing an edited manifest.

    ``replace`` maps member names to new bytes; their checksums are fixed in the manifest
    when ``fix_checksums``. ``extra`` adds raw members as given (names unchecked).
    """
    import json
    import zipfile

    from dvk_desktop.exchange import crypto

    replace = replace or {}
    with zipfile.ZipFile(source) as old:
        members = {n: old.read(n) for n in old.namelist()}
    manifest = json.loads(members["manifest.json"])
    for name, data in replace.items():
        members[name] = data
        if fix_checksums and name in manifest["members"]:
            manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(),
                                         "size": len(data)}
    if edit_manifest:
        edit_manifest(manifest)
    if signing_key is not None:
        raw = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
        members["manifest.json"] = raw
        members["signature.json"] = json.dumps({
            "algorithm": "Ed25519", "public_key": crypto.b64(crypto.raw_public(signing_key)),
            "signature": crypto.b64(crypto.sign(signing_key, raw))}).encode()
    elif edit_manifest:
        members["manifest.json"] = json.dumps(manifest, indent=1, sort_keys=True).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in members.items():
            if name not in drop:
                new.writestr(name, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


def build_templates(folder: Path) -> str:
    """Make the three offices once, closed, in ``folder``; returns the commune code."""
    built = make_offices(folder)
    for db in (built.commune, built.area, built.province):
        db.close()
    return built.commune_code


def open_copies(templates: Path, commune_code: str, target: Path) -> Offices:
    """Fresh copies of the template offices, opened."""
    import shutil

    dbs = []
    for name in ("commune", "area", "province"):
        shutil.copyfile(templates / f"{name}.sqlite3", target / f"{name}.sqlite3")
        dbs.append(Database.open(target / f"{name}.sqlite3"))
    return Offices(*dbs, commune_code)
