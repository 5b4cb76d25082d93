"""Status moves of the lifecycle and what an inspection's classification does."""

from __future__ import annotations

import pytest

from dvk_desktop.domain import lifecycle
from dvk_desktop.domain.errors import DomainError, ValidationError


def test_forward_moves_and_side_states_are_allowed_from_registered():
    moves = lifecycle.allowed_moves("registered")
    assert moves[:3] == ["in_progress", "inspected", "recognised"]
    assert "needs_strengthening" in moves and "dropped" in moves
    assert "registered" not in moves


def test_one_step_back_corrects_a_mistake_but_not_two():
    assert "inspected" in lifecycle.allowed_moves("recognised")
    assert "in_progress" not in lifecycle.allowed_moves("recognised")


def test_dropped_entry_can_only_restart():
    assert lifecycle.allowed_moves("dropped") == ["registered", "in_progress"]


def test_check_move_refuses_a_forbidden_move():
    with pytest.raises(DomainError) as info:
        lifecycle.check_move("dropped", "commended")
    assert "Dừng" in info.value.vi and "Dropped" in info.value.en


@pytest.mark.parametrize("status", ["needs_strengthening", "dropped"])
def test_side_state_needs_reason(status):
    with pytest.raises(ValidationError) as info:
        lifecycle.check_move("in_progress", status, "   ")
    assert info.value.for_field("status_reason") is not None
    assert lifecycle.check_move("in_progress", status, " Thiếu kinh phí ") == "Thiếu kinh phí"


def test_check_move_refuses_unknown_status():
    with pytest.raises(ValidationError):
        lifecycle.check_move("registered", "famous")


@pytest.mark.parametrize("current, classification, expected", [
    ("registered", "passed", "inspected"),
    ("in_progress", "exemplary", "inspected"),
    ("needs_strengthening", "passed", "inspected"),
    ("recognised", "passed", "recognised"),
    ("recognised", "exemplary", "outstanding"),
    ("commended", "exemplary", "commended"),
    ("in_progress", "failed", "needs_strengthening"),
    ("recognised", "failed", "needs_strengthening"),
    ("dropped", "failed", "dropped"),
    ("dropped", "passed", "inspected"),
])
def test_inspection_moves_status(current, classification, expected):
    assert lifecycle.after_inspection(current, classification) == expected


def test_advance_never_moves_back():
    assert lifecycle.advance("commended", "recognised") == "commended"
    assert lifecycle.advance("in_progress", "recognised") == "recognised"
    assert lifecycle.advance("needs_strengthening", "recognised") == "recognised"


def test_inspection_reason_names_the_result():
    assert lifecycle.inspection_reason("failed", "05/02/2025") == (
        "Kết quả kiểm tra ngày 05/02/2025: Không đạt")


def test_forward_moves_are_offered_before_a_step_back():
    assert lifecycle.allowed_moves("recognised") == [
        "outstanding", "commended", "replicated", "needs_strengthening", "dropped", "inspected"]
