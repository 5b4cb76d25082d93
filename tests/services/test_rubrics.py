"""Seeded rubrics, editing, and versioning that never changes past scores."""

from __future__ import annotations

from dvk_desktop.db import migrate
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import AuditRecord
from dvk_desktop.domain.rubrics import CriterionSpec, RubricSpec, default_thresholds
from dvk_desktop.services import inspections, rubrics
from tests.services.lifecycle_support import ACTOR, inspection_data, make_entry, model_rubric


def test_three_default_rubrics_exist_in_a_new_database(db):
    found = rubrics.list_rubrics(db)
    assert sorted(r.spec.kind for r in found) == ["collective", "individual", "model"]
    for rubric in found:
        assert rubric.spec.total_max == 100
        assert [t.classification for t in rubric.spec.thresholds] == [
            "failed", "passed", "exemplary"]
    model = model_rubric(db)
    assert any("cấp ủy" in c.text for c in model.spec.criteria)


def test_default_rubrics_are_added_when_upgrading_an_older_database(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = Database.open(path).engine
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        from alembic import command
        command.downgrade(config, "0001")
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()
    upgraded = Database.open(path)
    assert len(rubrics.list_rubrics(upgraded)) == 3
    upgraded.close()


def test_seeded_ids_are_the_same_in_every_database(db, tmp_path):
    other = Database.open(tmp_path / "other.sqlite3")
    assert {r.id for r in rubrics.list_rubrics(db)} == {r.id for r in rubrics.list_rubrics(other)}
    other.close()


def _spec(name="Bộ mới") -> RubricSpec:
    return RubricSpec(name, "model", [CriterionSpec("A", 40), CriterionSpec("B", 60)],
                      default_thresholds())


def test_editing_an_unused_rubric_changes_it_in_place(office_db):
    created = rubrics.create_rubric(office_db, _spec(), ACTOR)
    edited = rubrics.update_rubric(office_db, created.id, _spec("Bộ sửa"), ACTOR,
                                   expected_version=created.version)
    assert edited.id == created.id and edited.rubric_version == 1
    assert edited.version == created.version + 1 and edited.spec.name == "Bộ sửa"
    with office_db.session() as session:
        assert session.query(AuditRecord).filter_by(record_id=created.id).count() == 2


def test_editing_a_used_rubric_creates_a_new_version_and_keeps_past_scores(office_db):
    rubric = model_rubric(office_db)
    entry_id = make_entry(office_db)
    done = inspections.create_inspection(office_db, inspection_data(office_db, entry_id), ACTOR)
    changed = RubricSpec(rubric.spec.name, "model",
                         [CriterionSpec("Tiêu chí hoàn toàn mới", 100)], default_thresholds())
    new = rubrics.update_rubric(office_db, rubric.id, changed, ACTOR)
    assert new.id != rubric.id and new.family_id == rubric.family_id
    assert new.rubric_version == 2
    assert rubrics.get_rubric(office_db, rubric.id).active is False
    assert rubrics.active_rubric(office_db, "model").id == new.id
    again = inspections.get_inspection(office_db, done.id)
    assert [line.text for line in again.lines] == [c.text for c in rubric.spec.criteria]
    assert again.total_points == 100 and again.data.rubric_id == rubric.id


def test_stale_rubric_version_is_a_conflict(office_db):
    import pytest

    from dvk_desktop.domain.errors import ConflictError

    created = rubrics.create_rubric(office_db, _spec(), ACTOR)
    rubrics.update_rubric(office_db, created.id, _spec("Một"), ACTOR, created.version)
    with pytest.raises(ConflictError):
        rubrics.update_rubric(office_db, created.id, _spec("Hai"), ACTOR, created.version)


def test_delete_and_restore_rubric(office_db):
    created = rubrics.create_rubric(office_db, _spec(), ACTOR)
    rubrics.delete_rubric(office_db, created.id, ACTOR)
    assert created.id not in {r.id for r in rubrics.list_rubrics(office_db)}
    rubrics.delete_rubric(office_db, created.id, ACTOR, restore=True)
    assert created.id in {r.id for r in rubrics.list_rubrics(office_db)}
