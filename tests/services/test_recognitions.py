"""Recognition per year and level, outstanding, replication, side states with reasons."""

from __future__ import annotations

from datetime import date

import pytest

from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.lifecycle_records import DecisionData
from dvk_desktop.services import decisions, entries, recognitions
from tests.services.lifecycle_support import ACTOR, make_entry


def test_recognition_per_year_and_level_with_decision(office_db):
    entry_id = make_entry(office_db, status="inspected")
    decision = decisions.create_decision(
        office_db, DecisionData("45/QĐ-UBND", date(2023, 12, 1), "state"), ACTOR)
    first = recognitions.recognise(office_db, entry_id, 2023, "grassroots", ACTOR, decision.id)
    recognitions.recognise(office_db, entry_id, 2024, "province", ACTOR)
    assert first.decision_number == "45/QĐ-UBND"
    assert decisions.list_decisions(office_db)[0].recognition_count == 1
    assert decisions.get_decision(office_db, decision.id).recognition_count == 1
    listed = recognitions.list_recognitions(office_db, entry_id)
    assert [(r.year, r.level) for r in listed] == [(2023, "grassroots"), (2024, "province")]
    entry = entries.get_entry(office_db, entry_id)
    assert entry.data.status == "recognised"
    assert "45/QĐ-UBND" in entries.entry_history(office_db, entry_id)[-1].reason
    with pytest.raises(DomainError):
        recognitions.recognise(office_db, entry_id, 2023, "grassroots", ACTOR)


def test_recognition_rejects_bad_year_and_level(office_db):
    entry_id = make_entry(office_db)
    with pytest.raises(ValidationError) as info:
        recognitions.recognise(office_db, entry_id, 1990, "galactic", ACTOR)
    assert info.value.for_field("year") and info.value.for_field("level")


def test_withdrawn_recognition_is_restorable(office_db):
    entry_id = make_entry(office_db)
    item = recognitions.recognise(office_db, entry_id, 2024, "grassroots", ACTOR)
    recognitions.set_recognition_deleted(office_db, item.id, True, ACTOR)
    assert recognitions.list_recognitions(office_db, entry_id) == []
    recognitions.set_recognition_deleted(office_db, item.id, False, ACTOR)
    assert len(recognitions.list_recognitions(office_db, entry_id)) == 1


def test_outstanding_and_replication(office_db):
    entry_id = make_entry(office_db, status="recognised")
    assert recognitions.mark_outstanding(office_db, entry_id, ACTOR).data.status == "outstanding"
    record = recognitions.record_replication(office_db, entry_id, 4, "Xã A, xã B", ACTOR)
    assert record.data.status == "replicated"
    assert record.data.replication_count == 4 and record.data.replication_places == "Xã A, xã B"
    with pytest.raises(ValidationError):
        recognitions.record_replication(office_db, entry_id, 0, "", ACTOR)


def test_side_states_need_a_reason_and_are_in_history(office_db):
    entry_id = make_entry(office_db, status="in_progress")
    with pytest.raises(ValidationError):
        recognitions.needs_strengthening(office_db, entry_id, " ", ACTOR)
    record = recognitions.needs_strengthening(office_db, entry_id, "Thiếu nguồn lực", ACTOR)
    assert record.data.status == "needs_strengthening"
    assert record.data.status_reason == "Thiếu nguồn lực"
    dropped = recognitions.drop(office_db, entry_id, "Không còn hiệu quả", ACTOR)
    assert dropped.data.status == "dropped"
    history = entries.entry_history(office_db, entry_id)
    assert [h.to_status for h in history] == ["in_progress", "needs_strengthening", "dropped"]
    assert history[-1].reason == "Không còn hiệu quả"
    with pytest.raises(DomainError):
        recognitions.move_status(office_db, entry_id, "commended", ACTOR)
    restarted = recognitions.move_status(office_db, entry_id, "in_progress", ACTOR)
    assert restarted.data.status == "in_progress" and restarted.data.status_reason == ""


def test_move_status_with_stale_version_is_a_conflict(office_db):
    from dvk_desktop.domain.errors import ConflictError

    entry_id = make_entry(office_db)
    version = entries.get_entry(office_db, entry_id).version
    recognitions.move_status(office_db, entry_id, "in_progress", ACTOR, expected_version=version)
    with pytest.raises(ConflictError):
        recognitions.move_status(office_db, entry_id, "inspected", ACTOR, expected_version=version)
