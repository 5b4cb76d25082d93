"""Decisions and awards: validation, awards from entries, counts, trash, audit."""

from __future__ import annotations

from datetime import date

import pytest

from dvk_desktop.db.models import AuditRecord
from dvk_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from dvk_desktop.domain.lifecycle_records import AwardData, DecisionData
from dvk_desktop.services import decisions, entries
from tests.services.lifecycle_support import ACTOR, make_entry


def _decision(db, number="123/QĐ-UBND", kind="state", on=date(2024, 12, 20)):
    data = DecisionData(number, on, kind, issuing_body="UBND tỉnh Nghệ An", place="Nghệ An",
                        signer_prefix="KT.", signer_title="PHÓ CHỦ TỊCH", signer_name="Lê Văn B")
    return decisions.create_decision(db, data, ACTOR)


def test_create_decision_normalises_number_and_records_origin(office_db):
    saved = _decision(office_db, number="Số: 123/qd-ubnd")
    assert saved.data.number == "123/QĐ-UBND" and saved.version == 1
    with office_db.session() as session:
        assert session.query(AuditRecord).filter_by(record_id=saved.id).count() == 1


def test_party_number_is_refused_for_a_state_decision(office_db):
    with pytest.raises(ValidationError) as info:
        _decision(office_db, number="05-QĐ/ĐU", kind="state")
    assert "123/QĐ-UBND" in info.value.for_field("number").vi
    assert _decision(office_db, number="05-QĐ/ĐU", kind="party").data.number == "05-QĐ/ĐU"


def test_add_entries_creates_awards_and_commends_entries(office_db):
    person = make_entry(office_db, title="Gương bà Hoa", entry_type="exemplar", scope="individual",
                        person_name="Nguyễn Thị Hoa", person_position="Chi hội trưởng",
                        status="recognised")
    model = make_entry(office_db, title="Mô hình Đoàn kết", status="recognised")
    decision = _decision(office_db)
    result = decisions.add_entries_to_decision(office_db, decision.id, [person, model, person],
                                               ACTOR, form="bang_khen")
    assert result.added == [person, model] and result.skipped == []
    again = decisions.add_entries_to_decision(office_db, decision.id, [model], ACTOR)
    assert again.added == [] and again.skipped == [model]
    stored = decisions.get_decision(office_db, decision.id)
    assert stored.award_count == 2 and [a.ordinal for a in stored.awards] == [1, 2]
    first = stored.awards[0].data
    assert first.recipient_name == "Nguyễn Thị Hoa" and first.recipient_scope == "individual"
    assert first.form == "bang_khen"
    assert first.achievement.endswith('"Dân vận khéo" năm 2024')
    assert stored.awards[1].data.recipient_scope == "collective"
    for entry_id in (person, model):
        assert entries.get_entry(office_db, entry_id).data.status == "commended"
        history = entries.entry_history(office_db, entry_id)
        assert "123/QĐ-UBND" in history[-1].reason


def test_add_entries_is_all_or_nothing(office_db):
    model = make_entry(office_db)
    decision = _decision(office_db)
    with pytest.raises(NotFoundError):
        decisions.add_entries_to_decision(office_db, decision.id, [model, "missing"], ACTOR)
    assert decisions.get_decision(office_db, decision.id).award_count == 0
    assert entries.get_entry(office_db, model).data.status == "registered"


def test_typed_award_gets_default_achievement_and_can_be_edited(office_db):
    decision = _decision(office_db)
    award = decisions.add_award(office_db, decision.id,
                                AwardData("individual", "Ông Phạm Văn C", "giay_khen"), ACTOR)
    assert "năm 2024" in award.data.achievement and award.data.entry_id is None
    changed = AwardData("individual", "Phạm Văn C", "giay_khen", "Thành tích khác",
                        gold_book_number="15")
    edited = decisions.update_award(office_db, award.id, changed, award.version, ACTOR)
    assert edited.data.gold_book_number == "15" and edited.version == 2
    with pytest.raises(ConflictError):
        decisions.update_award(office_db, award.id, changed, award.version, ACTOR)
    decisions.set_award_deleted(office_db, award.id, True, ACTOR)
    assert decisions.get_decision(office_db, decision.id).award_count == 0
    decisions.set_award_deleted(office_db, award.id, False, ACTOR)
    assert decisions.get_decision(office_db, decision.id).award_count == 1


def test_list_decisions_counts_awards_and_filters(office_db):
    first = _decision(office_db, on=date(2023, 6, 1), number="10/QĐ-UBND")
    second = _decision(office_db, number="05-QĐ/ĐU", kind="party")
    decisions.add_award(office_db, first.id, AwardData("collective", "Hội Phụ nữ", "giay_khen"),
                        ACTOR)
    listed = decisions.list_decisions(office_db)
    assert [d.id for d in listed] == [second.id, first.id]
    assert [d.award_count for d in listed] == [0, 1]
    assert [d.id for d in decisions.list_decisions(office_db, year=2023)] == [first.id]
    assert [d.id for d in decisions.list_decisions(office_db, issuer_kind="party")] == [second.id]
    decisions.set_decision_deleted(office_db, first.id, True, ACTOR)
    assert [d.id for d in decisions.list_decisions(office_db)] == [second.id]
    assert [d.id for d in decisions.list_decisions(office_db, deleted=True)] == [first.id]


def test_update_decision_with_stale_version_is_a_conflict(office_db):
    saved = _decision(office_db)
    data = saved.data
    data.subject = "Khen thưởng"
    updated = decisions.update_decision(office_db, saved.id, data, saved.version, ACTOR)
    assert updated.version == 2
    with pytest.raises(ConflictError):
        decisions.update_decision(office_db, saved.id, data, saved.version, ACTOR)
