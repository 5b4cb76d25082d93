"""Entries service: create, update with optimistic concurrency, audit, trash, duplicates."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from dvk_desktop.db.models import AuditRecord, Entry, StatusChange
from dvk_desktop.domain.errors import ConflictError, DomainError, NotFoundError, ValidationError
from dvk_desktop.domain.records import EntryData, EntryFilter
from dvk_desktop.services import entries, units

ACTOR = "Nguyễn Văn An"


def _commune_id(db, code="17827") -> str:
    return units.find_unit_by_code(db, code).id


def _data(db, **changes) -> EntryData:
    base = EntryData(title="Camera an ninh kết nối", field_code="defence_security",
                     owner_unit_id=_commune_id(db), year=2024)
    return replace(base, **changes)


def test_created_entry_reads_back_with_names(office_db):
    record = entries.create_entry(office_db, _data(office_db), ACTOR)
    again = entries.get_entry(office_db, record.id)
    assert again.data.title == "Camera an ninh kết nối"
    assert again.version == 1
    assert again.unit_code == "17827" and again.unit_name == "Xã Nghi Lộc"
    assert again.field_name == "Quốc phòng – An ninh"
    assert again.updated_by == ACTOR


def test_invalid_entry_changes_nothing(office_db):
    with pytest.raises(ValidationError):
        entries.create_entry(office_db, _data(office_db, title="  "), ACTOR)
    with office_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Entry)) == 0
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == 1  # init only


def test_unknown_unit_is_refused(office_db):
    with pytest.raises(ValidationError) as info:
        entries.create_entry(office_db, _data(office_db, owner_unit_id="nope"), ACTOR)
    assert info.value.for_field("owner_unit_id") is not None


def test_update_bumps_version_and_audits_old_and_new(office_db):
    record = entries.create_entry(office_db, _data(office_db), ACTOR)
    changed = replace(record.data, title="Camera an ninh kết nối bảo vệ bình yên")
    updated = entries.update_entry(office_db, record.id, changed, record.version, "Trần Thị B")
    assert updated.version == 2
    with office_db.session() as session:
        lines = session.scalars(select(AuditRecord).where(AuditRecord.record_id == record.id)
                                .order_by(AuditRecord.id)).all()
    assert [line.action for line in lines] == ["create", "update"]
    assert lines[1].actor == "Trần Thị B"
    assert lines[1].old_values["title"] == "Camera an ninh kết nối"
    assert lines[1].new_values["title"] == "Camera an ninh kết nối bảo vệ bình yên"
    assert set(lines[1].new_values) == {"title", "version", "updated_at", "updated_by"}


def test_stale_version_is_a_conflict_never_an_overwrite(office_db):
    record = entries.create_entry(office_db, _data(office_db), ACTOR)
    first = replace(record.data, title="Bản sửa thứ nhất")
    entries.update_entry(office_db, record.id, first, record.version, "A")
    second = replace(record.data, title="Bản sửa thứ hai")
    with pytest.raises(ConflictError) as info:
        entries.update_entry(office_db, record.id, second, record.version, "B")
    assert "phiên bản" in info.value.message("vi") and "version" in info.value.message("en")
    assert entries.get_entry(office_db, record.id).data.title == "Bản sửa thứ nhất"


def test_status_changes_are_kept_in_history(office_db):
    record = entries.create_entry(office_db, _data(office_db), ACTOR)
    moved = replace(record.data, status="dropped", status_reason="Không còn hiệu quả")
    entries.update_entry(office_db, record.id, moved, record.version, ACTOR)
    history = entries.entry_history(office_db, record.id)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, "registered"), ("registered", "dropped")]
    assert history[1].reason == "Không còn hiệu quả"


def test_delete_goes_to_trash_and_restore_brings_back(office_db):
    record = entries.create_entry(office_db, _data(office_db), ACTOR)
    entries.delete_entry(office_db, record.id, ACTOR)
    assert entries.list_entries(office_db) == []
    trash = entries.list_entries(office_db, EntryFilter(deleted=True))
    assert [r.id for r in trash] == [record.id]
    entries.restore_entry(office_db, record.id, ACTOR)
    assert [r.id for r in entries.list_entries(office_db)] == [record.id]
    with office_db.session() as session:
        assert session.get(Entry, record.id).version == 3


def test_missing_entry_is_not_found(office_db):
    with pytest.raises(NotFoundError):
        entries.get_entry(office_db, "missing")


def test_search_ignores_diacritics_and_matches_all_words(office_db):
    entries.create_entry(office_db, _data(office_db, title="Dân vận khéo trong xây dựng NTM"),
                         ACTOR)
    entries.create_entry(office_db, _data(office_db, title="Tuyến đường nở hoa"), ACTOR)
    found = entries.list_entries(office_db, EntryFilter(text="dan van KHEO"))
    assert [r.data.title for r in found] == ["Dân vận khéo trong xây dựng NTM"]
    assert entries.list_entries(office_db, EntryFilter(text="hoa duong")) != []
    assert entries.list_entries(office_db, EntryFilter(text="100%")) == []


def test_list_is_in_vietnamese_order(office_db):
    for title in ["Đường hoa", "Dòng họ khuyến học", "Ăn sạch sống xanh", "An toàn giao thông"]:
        entries.create_entry(office_db, _data(office_db, title=title), ACTOR)
    titles = [r.data.title for r in entries.list_entries(office_db)]
    assert titles == ["An toàn giao thông", "Ăn sạch sống xanh", "Dòng họ khuyến học",
                      "Đường hoa"]
    reverse = [r.data.title for r in entries.list_entries(office_db, descending=True)]
    assert reverse == list(reversed(titles))


def test_unit_filter_includes_the_subtree(office_db):
    province = units.find_unit_by_code(office_db, "40").id
    entries.create_entry(office_db, _data(office_db), ACTOR)
    assert len(entries.list_entries(office_db, EntryFilter(unit_id=province))) == 1
    other = _commune_id(office_db, "16732")
    assert entries.list_entries(office_db, EntryFilter(unit_id=other)) == []


def test_summary_counts_by_type_and_scope(office_db):
    entries.create_entry(office_db, _data(office_db), ACTOR)
    entries.create_entry(office_db, _data(office_db, title="Gương sáng", scope="individual",
                                          entry_type="exemplar", person_name="Lê Thị Hoa"), ACTOR)
    summary = entries.summarize_entries(office_db)
    assert (summary.total, summary.models, summary.exemplars) == (2, 1, 1)
    assert (summary.collective, summary.individual) == (1, 1)


def test_duplicates_ignore_diacritics_and_case(office_db):
    first = entries.create_entry(office_db, _data(office_db), ACTOR)
    found = entries.find_duplicates(office_db, "CAMERA AN NINH KET NOI", first.data.owner_unit_id,
                                    2024)
    assert [r.id for r in found] == [first.id]
    assert entries.find_duplicates(office_db, "Camera an ninh kết nối",
                                   first.data.owner_unit_id, 2023) == []
    assert entries.find_duplicates(office_db, "Camera an ninh kết nối",
                                   first.data.owner_unit_id, 2024, exclude_id=first.id) == []


def test_duplicates_look_at_the_whole_title_whatever_the_person_and_place(office_db):
    """The search key goes on with the person's and the place's words after the title."""
    unit = _data(office_db).owner_unit_id
    named = entries.create_entry(office_db, _data(office_db, title="Gương sáng", scope="individual",
                                                  entry_type="exemplar",
                                                  person_name="Lê Thị Hoa",
                                                  location="Xóm 3"), ACTOR)
    longer = entries.create_entry(office_db, _data(office_db, title="Gương sáng Lê Thị Hoa"),
                                  ACTOR)
    punctuated = entries.create_entry(office_db, _data(office_db, title="Gương sáng!"), ACTOR)
    found = entries.find_duplicates(office_db, "GUONG SANG", unit, 2024)
    assert {r.id for r in found} == {named.id, punctuated.id}  # not "… Lê Thị Hoa"
    assert [r.id for r in entries.find_duplicates(office_db, "gương sáng lê thị hoa", unit,
                                                  2024)] == [longer.id]
    assert entries.find_duplicates(office_db, "Gương", unit, 2024) == []
    assert len(entries.find_duplicates(office_db, "Gương sáng", unit, 2024, limit=1)) == 1
    entries.delete_entry(office_db, punctuated.id, ACTOR)
    assert [r.id for r in entries.find_duplicates(office_db, "Gương sáng", unit, 2024)] == [
        named.id]


def test_first_status_is_recorded(office_db):
    record = entries.create_entry(office_db, _data(office_db), ACTOR)
    with office_db.session() as session:
        rows = session.scalars(select(StatusChange).where(StatusChange.entry_id == record.id)).all()
    assert [(r.from_status, r.to_status) for r in rows] == [(None, "registered")]


def test_status_moves_in_the_form_follow_the_lifecycle(office_db):
    record = entries.create_entry(office_db, _data(office_db, status="dropped",
                                                   status_reason="Hết kinh phí"), ACTOR)
    # A dropped model can be taken up again, but cannot jump to Commended.
    with pytest.raises(DomainError) as info:
        entries.update_entry(office_db, record.id, replace(record.data, status="commended"),
                             record.version, ACTOR)
    assert "Không thể chuyển" in info.value.message("vi")
    revived = entries.update_entry(office_db, record.id,
                                   replace(record.data, status="in_progress"), record.version,
                                   ACTOR)
    assert revived.data.status == "in_progress"


def test_search_matches_the_beginning_of_words(office_db):
    entries.create_entry(office_db, _data(office_db, title="Dân vận khéo ở thôn Đông"), ACTOR)
    assert len(entries.list_entries(office_db, EntryFilter(text="dan van kh"))) == 1
    assert len(entries.list_entries(office_db, EntryFilter(text="dong"))) == 1
    # "ong" is inside "Đông" and "không" but begins no word: no match.
    assert entries.list_entries(office_db, EntryFilter(text="ong")) == []
