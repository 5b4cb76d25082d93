"""Checklists and registration forms read from the registry."""

from __future__ import annotations

import pytest

from dvk_desktop.domain.errors import DomainError, NotFoundError
from dvk_desktop.services import inspections, printed_forms
from tests.services.lifecycle_support import ACTOR, inspection_data, make_entry, model_rubric


def test_blank_checklist_uses_the_current_rubric(office_db):
    entry_id = make_entry(office_db, "Hiến đất làm đường", location="Xóm 3")
    with office_db.session() as session:
        data = printed_forms.entry_checklist(session, entry_id)
    rubric = model_rubric(office_db)
    assert data.entry_title == "Hiến đất làm đường" and data.entry_kind == "Mô hình"
    assert [c.text for c in data.criteria] == [c.text for c in rubric.spec.criteria]
    assert all(c.points is None for c in data.criteria) and not data.filled
    assert [t.label for t in data.thresholds] == ["Không đạt", "Đạt", "Tiêu biểu"]


def test_filled_checklist_takes_the_latest_inspection(office_db):
    entry_id = make_entry(office_db)
    with pytest.raises(DomainError):
        with office_db.session() as session:
            printed_forms.entry_checklist(session, entry_id, filled=True)
    rubric = model_rubric(office_db)
    points = [c.max_points - 1 for c in rubric.spec.criteria]
    inspections.create_inspection(office_db, inspection_data(office_db, entry_id, points), ACTOR)
    with office_db.session() as session:
        data = printed_forms.entry_checklist(session, entry_id, filled=True)
    assert data.filled and [c.points for c in data.criteria] == points
    assert data.delegation[0].name == "Trần Thị Bình" and data.classification == "exemplary"
    assert data.conclusion == "Đạt yêu cầu"


def test_print_trip_and_registration_forms(office_db, tmp_path):
    first = make_entry(office_db, "Mô hình một", problem="Đường lầy lội <mùa mưa>")
    second = make_entry(office_db, "Mô hình hai", scope="individual", entry_type="exemplar",
                        person_name="Nguyễn Văn Ba", person_sex="male",
                        person_birth_year=1970)
    result = printed_forms.print_checklists(office_db, [first, second], tmp_path / "trip.pdf")
    assert result.pages >= 2
    forms = printed_forms.print_registration_forms(office_db, [first, second],
                                                   tmp_path / "forms.pdf")
    assert forms.pages >= 2
    with office_db.session() as session:
        data = printed_forms.entry_registration(session, first)
        person = printed_forms.entry_registration(session, second)
    assert len(data.items) == 10 and data.items[0] == ("Thực trạng, lý do xây dựng",
                                                       "Đường lầy lội <mùa mưa>")
    assert ("Họ và tên", "Nguyễn Văn Ba") in person.person_lines


def test_unknown_entry_is_not_found(office_db, tmp_path):
    with pytest.raises(NotFoundError):
        printed_forms.print_checklists(office_db, ["nope"], tmp_path / "x.pdf")
