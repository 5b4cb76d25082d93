"""Inspections: bounded scores, computed total and classification, status moves, listing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dvk_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from dvk_desktop.services import entries, inspections
from tests.services.lifecycle_support import ACTOR, commune_id, inspection_data, make_entry


def _points(total_fraction: float, db) -> list[float]:
    data = inspection_data(db, "x")
    return [m * total_fraction for m in data.scores]


def test_saving_a_passing_inspection_moves_entry_to_inspected(office_db):
    entry_id = make_entry(office_db, status="in_progress")
    saved = inspections.create_inspection(
        office_db, inspection_data(office_db, entry_id, _points(0.6, office_db)), ACTOR)
    assert saved.total_points == 60 and saved.classification == "passed"
    assert [m.name for m in saved.data.delegation] == ["Trần Thị Bình"]  # empty row dropped
    assert saved.lines[0].text.startswith("Có tên gọi")
    entry = entries.get_entry(office_db, entry_id)
    assert entry.data.status == "inspected"
    history = entries.entry_history(office_db, entry_id)
    assert [h.to_status for h in history] == ["in_progress", "inspected"]
    assert "Đạt" in history[-1].reason and history[-1].updated_by == ACTOR


def test_failing_inspection_needs_strengthening_with_reason(office_db):
    entry_id = make_entry(office_db)
    saved = inspections.create_inspection(
        office_db, inspection_data(office_db, entry_id, _points(0.3, office_db)), ACTOR)
    assert saved.classification == "failed"
    entry = entries.get_entry(office_db, entry_id)
    assert entry.data.status == "needs_strengthening"
    assert "Không đạt" in entry.data.status_reason


def test_exemplary_inspection_of_recognised_entry_makes_it_outstanding(office_db):
    entry_id = make_entry(office_db, status="recognised")
    saved = inspections.create_inspection(office_db, inspection_data(office_db, entry_id), ACTOR)
    assert saved.classification == "exemplary" and saved.total_points == 100
    assert entries.get_entry(office_db, entry_id).data.status == "outstanding"


def test_score_above_maximum_is_refused_and_nothing_saved(office_db):
    entry_id = make_entry(office_db)
    data = inspection_data(office_db, entry_id)
    data.scores[0] = data.scores[0] + 1
    with pytest.raises(ValidationError) as info:
        inspections.create_inspection(office_db, data, ACTOR)
    assert info.value.for_field("scores[1]") is not None
    assert inspections.list_inspections(office_db) == []
    assert entries.get_entry(office_db, entry_id).data.status == "registered"


def test_update_rescores_and_moves_status_when_classification_changes(office_db):
    entry_id = make_entry(office_db)
    saved = inspections.create_inspection(
        office_db, inspection_data(office_db, entry_id, _points(0.3, office_db)), ACTOR)
    better = replace(saved.data, scores=_points(0.7, office_db), findings=" Đã khắc phục ")
    updated = inspections.update_inspection(office_db, saved.id, better, saved.version, ACTOR)
    assert updated.classification == "passed" and updated.version == saved.version + 1
    assert updated.data.findings == "Đã khắc phục"
    assert entries.get_entry(office_db, entry_id).data.status == "inspected"
    with pytest.raises(ConflictError):
        inspections.update_inspection(office_db, saved.id, better, saved.version, ACTOR)


def test_inspection_of_missing_entry_is_refused(office_db):
    with pytest.raises(NotFoundError):
        inspections.create_inspection(office_db, inspection_data(office_db, "nope"), ACTOR)


def test_member_without_name_is_refused(office_db):
    from dvk_desktop.domain.lifecycle_records import DelegationMember

    data = inspection_data(office_db, make_entry(office_db))
    data.delegation = [DelegationMember("", "Ủy viên", "")]
    with pytest.raises(ValidationError) as info:
        inspections.create_inspection(office_db, data, ACTOR)
    assert info.value.for_field("delegation[1]") is not None


def test_list_filters_by_year_unit_classification_and_trash(office_db):
    first = make_entry(office_db, title="Mô hình một")
    second = make_entry(office_db, title="Mô hình hai")
    good = inspections.create_inspection(office_db, inspection_data(office_db, first), ACTOR)
    inspections.create_inspection(
        office_db, inspection_data(office_db, second, _points(0.2, office_db)), ACTOR)
    assert len(inspections.list_inspections(office_db, year=2024)) == 2
    assert inspections.list_inspections(office_db, year=2023) == []
    rows = inspections.list_inspections(office_db, classification="exemplary")
    assert [r.entry_title for r in rows] == ["Mô hình một"]
    assert rows[0].head_of_delegation == "Trần Thị Bình"
    assert len(inspections.list_inspections(office_db, unit_id=commune_id(office_db))) == 2
    assert inspections.list_inspections(office_db, unit_id=commune_id(office_db, 1)) == []
    inspections.set_inspection_deleted(office_db, good.id, True, ACTOR)
    assert len(inspections.list_inspections(office_db)) == 1
    assert len(inspections.list_inspections(office_db, deleted=True)) == 1
    inspections.set_inspection_deleted(office_db, good.id, False, ACTOR)
    assert len(inspections.list_inspections(office_db)) == 2
