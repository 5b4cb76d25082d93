"""Fixtures of the data-safety tests: a filled registry and quick entry helpers."""

from __future__ import annotations

import pytest

from dvk_desktop.domain.records import EntryData
from dvk_desktop.services import entries, units

COMMUNE = "17827"


def new_entry(db, title: str, year: int = 2024, **extra):
    """Store one collective model in a commune of the test province; returns its record."""
    unit_id = units.find_unit_by_code(db, COMMUNE).id
    data = EntryData(title=title, field_code="economy", owner_unit_id=unit_id, year=year, **extra)
    return entries.create_entry(db, data, "tester")


def entry_ids(db) -> set[str]:
    """Ids of every stored entry (including the trash)."""
    from sqlalchemy import select

    from dvk_desktop.db.models import Entry

    with db.session() as session:
        return set(session.scalars(select(Entry.id)))


@pytest.fixture
def filled_db(office_db):
    """The office database with three entries."""
    for title in ("Dân vận khéo trong xây dựng nông thôn mới", "Tổ tự quản", "Chợ 0 đồng"):
        new_entry(office_db, title)
    return office_db
