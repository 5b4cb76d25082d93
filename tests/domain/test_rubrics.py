"""Scoring rules: bounds per criterion, totals, thresholds, rubric validation."""

from __future__ import annotations

import pytest

from dvk_desktop.domain.errors import ValidationError
from dvk_desktop.domain.rubrics import (
    CriterionSpec,
    RubricSpec,
    Threshold,
    classify,
    default_thresholds,
    total_points,
    validate_rubric,
    validate_scores,
)


def _spec(**changes) -> RubricSpec:
    spec = RubricSpec("Bộ tiêu chí", "model",
                      [CriterionSpec(" Tiêu chí một ", 60), CriterionSpec("Tiêu chí hai", 40)],
                      default_thresholds())
    for key, value in changes.items():
        setattr(spec, key, value)
    return spec


@pytest.mark.parametrize("total, expected", [
    (0, "failed"), (49.5, "failed"), (50, "passed"), (79.99, "passed"), (80, "exemplary"),
    (100, "exemplary"),
])
def test_classify_uses_highest_reached_threshold(total, expected):
    assert classify(total, default_thresholds()) == expected


def test_scores_within_bounds_pass_and_total():
    assert validate_scores([60, 40], [60, 0]) == [60.0, 0.0]
    assert total_points([30.5, 19.25]) == 49.75


@pytest.mark.parametrize("scores, field", [
    ([61, 10], "scores[1]"), ([10, -1], "scores[2]"), ([None, 10], "scores[1]"),
    ([10, "x"], "scores[2]"),
])
def test_score_out_of_bounds_is_refused_with_reason(scores, field):
    with pytest.raises(ValidationError) as info:
        validate_scores([60, 40], scores)
    problem = info.value.for_field(field)
    assert problem is not None and problem.vi and problem.en


def test_score_count_must_match_criteria():
    with pytest.raises(ValidationError):
        validate_scores([60, 40], [10])


def test_validate_rubric_cleans_text():
    clean = validate_rubric(_spec())
    assert clean.criteria[0].text == "Tiêu chí một"
    assert clean.total_max == 100


@pytest.mark.parametrize("changes, field", [
    ({"name": "  "}, "name"),
    ({"criteria": []}, "criteria"),
    ({"criteria": [CriterionSpec("", 10)]}, "criteria[1]"),
    ({"criteria": [CriterionSpec("A", 0)]}, "criteria[1]"),
    ({"thresholds": [Threshold("passed", 10)]}, "thresholds"),
    ({"thresholds": [Threshold("failed", 0), Threshold("passed", 150)]}, "thresholds"),
    ({"thresholds": [Threshold("failed", 0), Threshold("nonsense", 50)]}, "thresholds"),
    ({"kind": "other"}, "kind"),
])
def test_invalid_rubric_is_refused(changes, field):
    with pytest.raises(ValidationError) as info:
        validate_rubric(_spec(**changes))
    assert info.value.for_field(field) is not None
