"""This office: set-up of a new database (init) and the office profile."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import OfficeProfile, Unit
from dvk_desktop.domain.enums import Sector, UnitKind
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.records import UnitData
from dvk_desktop.domain.validation import validate_unit
from dvk_desktop.services import audit, catalogue, keys
from dvk_desktop.services.units import new_unit, suggest_unit_code


@dataclass
class OfficeInfo:
    """The office profile as plain data."""

    installation_id: str
    province_code: str
    unit_id: str
    unit_code: str
    unit_name: str
    officer_name: str
    language: str
    place_name: str


def get_office(db: Database) -> OfficeInfo | None:
    """The office profile, or None when the database has not been set up."""
    with db.session() as session:
        profile = session.get(OfficeProfile, 1)
        if profile is None:
            return None
        unit = session.get(Unit, profile.unit_id)
        return OfficeInfo(profile.installation_id, profile.province_code, profile.unit_id,
                          unit.code, unit.name, profile.officer_name, profile.language,
                          profile.place_name)


def update_office(db: Database, officer_name: str | None = None, language: str | None = None,
                  place_name: str | None = None) -> None:
    """Change the officer's name, the language or the place name used on documents."""
    with db.session() as session:
        profile = session.get(OfficeProfile, 1)
        if profile is None:
            raise DomainError("Chưa thiết lập cơ quan.", "The office has not been set up.")
        if officer_name is not None:
            profile.officer_name = officer_name.strip()
        if language in ("vi", "en"):
            profile.language = language
        if place_name is not None:
            profile.place_name = place_name.strip()


def province_unit_name(item: catalogue.CatalogueItem) -> str:
    """Display name of a province unit: "Tỉnh Nghệ An", "Thành phố Hà Nội"."""
    if item.name.casefold().startswith(("thành phố", "tỉnh")):
        return item.name
    return f"Tỉnh {item.name}"


def _seed_province(session: Session, province_code: str, actor: str) -> Unit:
    item = catalogue.province(province_code)
    existing = session.scalar(select(Unit).where(Unit.code == item.code))
    if existing is not None:
        return existing
    province = new_unit(UnitData(code=item.code, name=province_unit_name(item),
                                 kind=UnitKind.PROVINCE.value, sector=Sector.GOVERNMENT.value,
                                 catalogue_code=item.code), actor)
    session.add(province)
    session.flush()
    communes = [
        new_unit(UnitData(code=c.code, name=c.name, kind=UnitKind.COMMUNE.value,
                          sector=Sector.GOVERNMENT.value, parent_id=province.id,
                          catalogue_code=c.code), actor)
        for c in catalogue.communes(item.code)
    ]
    session.add_all(communes)
    session.flush()
    return province


def _choose_unit(session: Session, province: Unit, unit_code: str | None, unit_name: str | None,
                 parent_code: str | None, actor: str) -> Unit:
    if unit_code:
        unit = session.scalar(select(Unit).where(Unit.code == unit_code))
        if unit is None or (unit.id != province.id and unit.parent_id != province.id):
            raise DomainError(
                f"Không có đơn vị mã “{unit_code}” trong tỉnh đã chọn.",
                f"No unit with code “{unit_code}” in the chosen province.",
            )
        return unit
    if not unit_name:
        return province
    parent = province
    if parent_code:
        parent = session.scalar(select(Unit).where(Unit.code == parent_code))
        if parent is None:
            raise DomainError(f"Không có đơn vị cấp trên mã “{parent_code}”.",
                              f"No parent unit with code “{parent_code}”.")
    code = suggest_unit_code(session, unit_name)
    data = validate_unit(UnitData(code=code, name=unit_name, kind=UnitKind.AGENCY.value,
                                  sector=Sector.PARTY.value, parent_id=parent.id))
    unit = new_unit(data, actor)
    session.add(unit)
    session.flush()
    return unit


def init_office(db: Database, province_code: str, unit_code: str | None = None,
                unit_name: str | None = None, parent_code: str | None = None,
                officer_name: str = "", language: str = "vi") -> OfficeInfo:
    """Seed the province and its communes, and record which unit this office is."""
    with db.session() as session:
        if session.get(OfficeProfile, 1) is not None:
            raise DomainError("Cơ sở dữ liệu này đã được thiết lập.",
                              "This database has already been set up.")
        actor = officer_name.strip() or "setup"
        province = _seed_province(session, province_code, actor)
        unit = _choose_unit(session, province, unit_code, unit_name, parent_code, actor)
        place = catalogue.province(province.code).name
        profile = OfficeProfile(province_code=province.code, unit_id=unit.id,
                                officer_name=officer_name.strip(), language=language,
                                place_name=place)
        session.add(profile)
        audit.record(session, actor, "create", unit, None)
    keys.ensure_keys()  # this installation's signing and encryption keys, made at set-up
    info = get_office(db)
    assert info is not None
    return info
