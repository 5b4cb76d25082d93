"""Helpers for the lifecycle service tests: entries, rubrics and inspections to work on."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dvk_desktop.db.models import Unit
from dvk_desktop.domain.lifecycle_records import DelegationMember, InspectionData
from dvk_desktop.domain.records import EntryData
from dvk_desktop.services import entries, rubrics

ACTOR = "Nguyễn Văn An"


def commune_id(db, index: int = 0) -> str:
    """Id of one of the seeded communes."""
    with db.session() as session:
        return list(session.scalars(select(Unit.id).where(Unit.kind == "commune")
                                    .order_by(Unit.code)))[index]


def make_entry(db, title: str = "Mô hình Dân vận khéo", **changes) -> str:
    """Create an entry in a commune; returns its id."""
    values = {"field_code": "economy", "owner_unit_id": commune_id(db), "year": 2024, **changes}
    data = EntryData(title=title, **values)
    return entries.create_entry(db, data, ACTOR).id


def model_rubric(db):
    """The seeded general rubric for models."""
    found = rubrics.active_rubric(db, "model")
    assert found is not None
    return found


def inspection_data(db, entry_id: str, points: list[float] | None = None) -> InspectionData:
    """A complete inspection of an entry against the model rubric."""
    rubric = model_rubric(db)
    maxima = [c.max_points for c in rubric.spec.criteria]
    return InspectionData(
        entry_id=entry_id, rubric_id=rubric.id, inspected_on=date(2024, 10, 5), place="Nhà văn hóa",
        delegation=[DelegationMember("Trần Thị Bình", "Phó Trưởng ban Dân vận", "Trưởng đoàn"),
                    DelegationMember("", "", "")],
        representatives="Bí thư Chi bộ", scores=points if points is not None else maxima,
        conclusion="Đạt yêu cầu")
