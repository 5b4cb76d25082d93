"""Targets per unit and year; progress with below-target units and tag counts."""

from __future__ import annotations

import pytest

from dvk_desktop.domain.errors import ValidationError
from dvk_desktop.services import office, targets
from tests.services.lifecycle_support import ACTOR, commune_id, make_entry


def test_progress_counts_against_target_and_tags(office_db):
    first, second = commune_id(office_db, 0), commune_id(office_db, 1)
    province = office.get_office(office_db).unit_id
    assert targets.set_targets_below(office_db, province, 2024, 3, ACTOR) > 10
    targets.set_target(office_db, second, 2024, 1, ACTOR, min_exemplars=0, note="Ít dân")
    for n in range(3):
        make_entry(office_db, title=f"Mô hình {n}", tag_religious=n == 0,
                   tag_ethnic_minority=n < 2)
    make_entry(office_db, title="Mô hình năm khác", year=2023)
    rows = {r.unit_id: r for r in targets.progress(office_db, 2024)}
    assert rows[first].models == 3 and rows[first].target_models == 3
    assert rows[first].religious == 1 and rows[first].ethnic_minority == 2
    assert not rows[first].below_target
    assert rows[second].target_models == 1 and rows[second].below_target
    totals = targets.tag_totals(list(rows.values()))
    assert totals["models"] == 3 and totals["religious"] == 1
    assert totals["below_target"] == totals["with_target"] - 1
    listed = targets.list_targets(office_db, 2024)
    assert any(t.note == "Ít dân" and t.min_models == 1 for t in listed)


def test_progress_rolls_up_the_subtree(office_db):
    province = office.get_office(office_db).unit_id
    make_entry(office_db)
    targets.set_target(office_db, province, 2024, 5, ACTOR)
    rows = targets.progress(office_db, 2024, parent_id=None)
    top = next(r for r in rows if r.unit_id == province)
    assert top.models == 1 and top.below_target


def test_changing_a_target_keeps_one_row(office_db):
    unit = commune_id(office_db)
    first = targets.set_target(office_db, unit, 2025, 3, ACTOR)
    second = targets.set_target(office_db, unit, 2025, 4, ACTOR)
    assert first.id == second.id
    assert [t.min_models for t in targets.list_targets(office_db, 2025)] == [4]


@pytest.mark.parametrize("year, models", [(1999, 3), (2024, -1), (2024, 10**6)])
def test_invalid_target_is_refused(office_db, year, models):
    with pytest.raises(ValidationError):
        targets.set_target(office_db, commune_id(office_db), year, models, ACTOR)
