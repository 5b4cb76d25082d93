"""Realistic synthetic Vietnamese data for trying the program and for benchmarks."""

from __future__ import annotations

import random
from datetime import date
from functools import lru_cache

from sqlalchemy import insert, select

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, OfficeProfile, StatusChange, Unit, new_id, utcnow
from dvk_desktop.domain.enums import EntryType, Level, Scope, Sector, Status
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.vntext import search_key, sort_key
from dvk_desktop.services import demo_lifecycle
from dvk_desktop.services import demo_text as txt

BATCH = 5_000
YEARS = list(range(2021, 2027))
_STATUS_WEIGHTS = [
    (Status.REGISTERED, 14), (Status.IN_PROGRESS, 22), (Status.INSPECTED, 12),
    (Status.RECOGNISED, 24), (Status.OUTSTANDING, 8), (Status.COMMENDED, 8),
    (Status.REPLICATED, 6), (Status.NEEDS_STRENGTHENING, 4), (Status.DROPPED, 2),
]
_SECTORS = [Sector.PARTY, Sector.GOVERNMENT, Sector.FRONT, Sector.MASS_ORG, Sector.ARMED_FORCES]


_NO_PERSON = {"person_name": "", "person_sex": None, "person_birth_year": None,
              "person_ethnicity": "", "person_position": "", "person_party_member": False}


def _person(rng: random.Random) -> dict:
    female = rng.random() < 0.45
    middle = rng.choice(txt.MIDDLE_FEMALE if female else txt.MIDDLE_MALE)
    given = rng.choice(txt.GIVEN_FEMALE if female else txt.GIVEN_MALE)
    return {
        "person_name": f"{rng.choice(txt.FAMILY_NAMES)} {middle} {given}",
        "person_sex": "female" if female else "male",
        "person_birth_year": rng.randint(1950, 2000),
        "person_ethnicity": rng.choice(txt.ETHNICITIES),
        "person_position": rng.choice(txt.POSITIONS),
        "person_party_member": rng.random() < 0.7,
    }


def _status(rng: random.Random, year: int) -> str:
    statuses, weights = zip(*_STATUS_WEIGHTS, strict=True)
    if year >= 2026:  # this year's registrations have not gone far yet
        weights = [w if s in (Status.REGISTERED, Status.IN_PROGRESS) else w / 6
                   for s, w in _STATUS_WEIGHTS]
    return rng.choices(statuses, weights)[0].value


def _entry_row(rng: random.Random, units: list[tuple[str, str]], actor: str,
               origin: str | None) -> dict:
    unit_id, unit_name = rng.choice(units)
    # "thôn Đông, xã Nghi Lộc": a hamlet of the owner commune, as registration forms name it.
    commune = unit_name[:1].lower() + unit_name[1:]
    place = f"{rng.choice(txt.HAMLETS)}, {commune}" if commune else rng.choice(txt.HAMLETS)
    scope = Scope.INDIVIDUAL if rng.random() < 0.17 else Scope.COLLECTIVE
    row: dict = dict(_NO_PERSON)
    if scope is Scope.INDIVIDUAL:
        row.update(_person(rng))
        field_code, achievement = rng.choice(txt.EXEMPLAR_ACHIEVEMENTS)
        title = f"{achievement} — {row['person_name']}"
        entry_type = EntryType.EXEMPLAR
    else:
        field_code, pattern = rng.choice(txt.MODEL_TITLES)
        title = pattern.format(place=place)
        entry_type = EntryType.MODEL if rng.random() < 0.85 else EntryType.EXEMPLAR
    year = rng.choice(YEARS)
    status = _status(rng, year)
    now = utcnow()
    row.update({
        "id": new_id(), "version": 1, "created_at": now, "updated_at": now,
        "updated_by": actor, "origin_unit_id": origin, "entry_type": entry_type.value,
        "scope": scope.value, "title": title, "field_code": field_code,
        "level": rng.choices([Level.GRASSROOTS, Level.DISTRICT, Level.PROVINCE],
                             [70, 20, 10])[0].value,
        "owner_unit_id": unit_id, "location": place, "sector": rng.choice(_SECTORS).value,
        "year": year, "start_date": date(year, rng.randint(1, 12), rng.randint(1, 28)),
        "status": status,
        "status_reason": "Không duy trì được hoạt động" if status == "dropped" else (
            "Cần bổ sung nguồn lực" if status == "needs_strengthening" else ""),
        "problem": rng.choice(txt.PROBLEMS), "content_methods": rng.choice(txt.CONTENT),
        "tag_religious": rng.random() < 0.08, "tag_ethnic_minority": rng.random() < 0.12,
        "tag_fdi": rng.random() < 0.03, "tag_new_rural": field_code == "economy"
        and rng.random() < 0.5,
        "money_vnd": rng.choice([0, 0, rng.randint(5, 5000) * 1_000_000]),
        "land_m2": float(rng.choice([0, 0, 0, rng.randint(10, 3000)])),
        "working_days": rng.randint(0, 2000), "beneficiaries": rng.randint(0, 3000),
        "replication_count": rng.randint(1, 12) if status == "replicated" else 0,
    })
    row["search_key"] = _search_key(title, row["person_name"], place)
    row["sort_key"] = _sort_key(title)
    return row


# Demo titles repeat a great deal: remember their keys instead of recomputing them.
_search_key = lru_cache(maxsize=65536)(search_key)
_sort_key = lru_cache(maxsize=65536)(sort_key)


def _demo_units(session) -> tuple[list[tuple[str, str]], str | None]:
    """Units that own the demo's entries: those below this office, or the office itself."""
    profile = session.get(OfficeProfile, 1)
    if profile is None:
        raise DomainError("Chưa thiết lập cơ quan: hãy chạy “dvk-desktop init” trước.",
                          "The office is not set up: run “dvk-desktop init” first.")
    below = queries.subtree_unit_ids(session, profile.unit_id) - {profile.unit_id}
    live = (Unit.id.in_(below), Unit.deleted_at.is_(None), Unit.valid_to.is_(None))
    # Ordered by code, so the same seed gives the same data in every database.
    rows = session.execute(select(Unit.id, Unit.name).where(*live).order_by(Unit.code)).all()
    if not rows:
        rows = session.execute(select(Unit.id, Unit.name).where(
            Unit.id == profile.unit_id)).all()
    return [(r[0], r[1]) for r in rows], profile.unit_id


def generate_entries(db: Database, count: int, seed: int | None = None,
                     actor: str = "demo", progress=None) -> int:
    """Insert ``count`` synthetic entries in batches; returns how many were added."""
    if count < 0 or count > 10_000_000:
        raise DomainError("Số lượng phải từ 0 đến 10.000.000.",
                          "The count must be between 0 and 10,000,000.")
    rng = random.Random(seed)
    done = 0
    with db.session() as session:
        units, origin = _demo_units(session)
        demo_lifecycle.add_targets(session, YEARS, actor, origin)
    while done < count:
        size = min(BATCH, count - done)
        rows = [_entry_row(rng, units, actor, origin) for _ in range(size)]
        history = [{"id": new_id(), "version": 1, "created_at": r["created_at"],
                    "updated_at": r["updated_at"], "updated_by": actor, "origin_unit_id": origin,
                    "entry_id": r["id"], "from_status": None, "to_status": r["status"],
                    "reason": r["status_reason"], "changed_at": r["created_at"]} for r in rows]
        with db.session() as session:
            session.execute(insert(Entry.__table__), rows)
            session.execute(insert(StatusChange.__table__), history)
            demo_lifecycle.add_lifecycle(session, rows, None if seed is None else f"{seed}:{done}",
                                         actor, origin)
        done += size
        if progress is not None:
            progress(done, count)
    return done
