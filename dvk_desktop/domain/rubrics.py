"""Rubrics: criteria with maximum points, classification thresholds, scoring rules."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from dvk_desktop.domain.enums import Classification, RubricKind
from dvk_desktop.domain.errors import FieldProblem, ValidationError
from dvk_desktop.domain.vntext import clean_text

MAX_CRITERIA = 50
MAX_POINTS = 1000.0
# Fixed ids for the seeded rubrics, so every office holds the same three records.
_SEED_NAMESPACE = uuid.UUID("6f1d7c1e-6a3e-4e37-9a58-3f1f2a0d5b10")


@dataclass
class CriterionSpec:
    """One criterion: its text and maximum points."""

    text: str
    max_points: float


@dataclass
class Threshold:
    """The lowest total that earns a classification."""

    classification: str
    min_points: float


@dataclass
class RubricSpec:
    """The editable content of a rubric version."""

    name: str
    kind: str
    criteria: list[CriterionSpec] = field(default_factory=list)
    thresholds: list[Threshold] = field(default_factory=list)

    @property
    def total_max(self) -> float:
        """The highest total the criteria allow."""
        return sum(c.max_points for c in self.criteria)


def default_thresholds() -> list[Threshold]:
    """Không đạt below 50, Đạt from 50, Tiêu biểu from 80 (of 100)."""
    return [Threshold(Classification.FAILED.value, 0), Threshold(Classification.PASSED.value, 50),
            Threshold(Classification.EXEMPLARY.value, 80)]


def thresholds_to_json(thresholds: list[Threshold]) -> list[dict]:
    """Thresholds as stored in the database."""
    return [{"classification": t.classification, "min_points": t.min_points} for t in thresholds]


def thresholds_from_json(data: list[dict] | None) -> list[Threshold]:
    """Thresholds from their stored form, in ascending order."""
    items = [Threshold(d["classification"], float(d["min_points"])) for d in data or []]
    return sorted(items, key=lambda t: t.min_points)


def _check_criteria(spec: RubricSpec, problems: list[FieldProblem]) -> list[CriterionSpec]:
    if not spec.criteria:
        problems.append(FieldProblem("criteria", "Cần ít nhất một tiêu chí.",
                                     "At least one criterion is required."))
    if len(spec.criteria) > MAX_CRITERIA:
        problems.append(FieldProblem("criteria", f"Nhiều nhất {MAX_CRITERIA} tiêu chí.",
                                     f"At most {MAX_CRITERIA} criteria."))
    cleaned = []
    for number, item in enumerate(spec.criteria, start=1):
        text = clean_text(item.text)
        if not text:
            problems.append(FieldProblem(f"criteria[{number}]", f"Tiêu chí {number} chưa có nội dung.",
                                         f"Criterion {number} has no text."))
        if not 0 < item.max_points <= MAX_POINTS:
            problems.append(FieldProblem(
                f"criteria[{number}]", f"Điểm tối đa của tiêu chí {number} phải từ trên 0 đến {MAX_POINTS:g}.",
                f"Criterion {number}'s maximum must be above 0 and at most {MAX_POINTS:g}."))
        cleaned.append(CriterionSpec(text, float(item.max_points)))
    return cleaned


def _check_thresholds(spec: RubricSpec, problems: list[FieldProblem]) -> list[Threshold]:
    items = sorted(spec.thresholds, key=lambda t: t.min_points)
    known = {m.value for m in Classification}
    names = [t.classification for t in items]
    if not items or any(n not in known for n in names) or len(set(names)) != len(names):
        problems.append(FieldProblem("thresholds", "Các mức xếp loại không hợp lệ.",
                                     "The classification levels are invalid."))
        return items
    if items[0].min_points != 0:
        problems.append(FieldProblem("thresholds", "Mức thấp nhất phải bắt đầu từ 0 điểm.",
                                     "The lowest level must start at 0 points."))
    if any(t.min_points > spec.total_max for t in items):
        problems.append(FieldProblem(
            "thresholds", f"Ngưỡng điểm vượt quá tổng điểm tối đa ({spec.total_max:g}).",
            f"A threshold exceeds the maximum total ({spec.total_max:g})."))
    if len({t.min_points for t in items}) != len(items):
        problems.append(FieldProblem("thresholds", "Hai mức xếp loại có cùng ngưỡng điểm.",
                                     "Two levels have the same threshold."))
    return items


def validate_rubric(spec: RubricSpec) -> RubricSpec:
    """Cleaned copy of a rubric; raises ValidationError listing every problem."""
    problems: list[FieldProblem] = []
    name = clean_text(spec.name)
    if not name:
        problems.append(FieldProblem("name", "Chưa nhập tên bộ tiêu chí.", "The name is required."))
    if spec.kind not in {m.value for m in RubricKind}:
        problems.append(FieldProblem("kind", "Loại bộ tiêu chí không hợp lệ.", "Invalid kind."))
    criteria = _check_criteria(spec, problems)
    clean = RubricSpec(name, spec.kind, criteria, [])
    clean.thresholds = _check_thresholds(RubricSpec(name, spec.kind, criteria, spec.thresholds),
                                         problems)
    if problems:
        raise ValidationError(problems)
    return clean


def check_score(points: float | None, max_points: float, number: int) -> FieldProblem | None:
    """The problem with one criterion's score, or None when it lies within 0..max."""
    if points is None:
        return FieldProblem(f"scores[{number}]", f"Chưa chấm điểm tiêu chí {number}.",
                            f"Criterion {number} has no score.")
    if isinstance(points, bool) or not isinstance(points, int | float) or points != points:
        return FieldProblem(f"scores[{number}]", f"Điểm tiêu chí {number} phải là số.",
                            f"Criterion {number}'s score must be a number.")
    if not 0 <= points <= max_points:
        return FieldProblem(
            f"scores[{number}]", f"Điểm tiêu chí {number} phải từ 0 đến {max_points:g}.",
            f"Criterion {number}'s score must be between 0 and {max_points:g}.")
    return None


def validate_scores(maxima: list[float], scores: list[float | None]) -> list[float]:
    """Scores checked against each criterion's maximum; raises ValidationError otherwise."""
    if len(scores) != len(maxima):
        raise ValidationError([FieldProblem("scores", "Số điểm không khớp số tiêu chí.",
                                            "The scores do not match the criteria.")])
    problems = [p for number, (s, m) in enumerate(zip(scores, maxima, strict=True), start=1)
                if (p := check_score(s, m, number)) is not None]
    if problems:
        raise ValidationError(problems)
    return [float(s) for s in scores if s is not None]


def total_points(scores: list[float | None]) -> float:
    """Sum of the given scores (blank ones count as 0), rounded to hundredths."""
    return round(sum(s for s in scores if s is not None), 2)


def classify(total: float, thresholds: list[Threshold]) -> str:
    """The classification whose threshold is the highest one the total reaches."""
    result = Classification.FAILED.value
    for item in sorted(thresholds, key=lambda t: t.min_points):
        if total >= item.min_points:
            result = item.classification
    return result


def seed_id(*parts: str) -> str:
    """A stable id for seeded data, the same in every database."""
    return str(uuid.uuid5(_SEED_NAMESPACE, "/".join(parts)))


def rubric_kind_for(entry_type: str, scope: str) -> str:
    """Which rubric kind scores an entry: models use the general criteria, examples their
    collective or individual standards."""
    if entry_type == "model":
        return RubricKind.MODEL.value
    return RubricKind.INDIVIDUAL.value if scope == "individual" else RubricKind.COLLECTIVE.value
