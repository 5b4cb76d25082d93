"""The lifecycle of an entry: allowed status moves and what events do to the status.

Main path: Registered → In progress → Inspected → Recognised → Outstanding → Commended →
Replicated. Side states: Needs strengthening and Dropped, each entered with a reason.
"""

from __future__ import annotations

from dvk_desktop.domain.enums import Classification, Status
from dvk_desktop.domain.errors import DomainError, FieldProblem, ValidationError
from dvk_desktop.domain.vntext import clean_text

MAIN_PATH: list[Status] = [
    Status.REGISTERED, Status.IN_PROGRESS, Status.INSPECTED, Status.RECOGNISED,
    Status.OUTSTANDING, Status.COMMENDED, Status.REPLICATED,
]
SIDE_STATES: set[Status] = {Status.NEEDS_STRENGTHENING, Status.DROPPED}
_RANK = {status.value: rank for rank, status in enumerate(MAIN_PATH)}

# Manual moves: forward along the path (skipping is allowed, e.g. straight to Inspected
# when an inspection is entered late), one step back to correct a mistake, into a side
# state from anywhere, and from a side state back to work.
_BACK_ONE = {MAIN_PATH[i + 1].value: MAIN_PATH[i].value for i in range(len(MAIN_PATH) - 1)}
_FROM_SIDE = {
    Status.NEEDS_STRENGTHENING.value: {Status.IN_PROGRESS.value, Status.INSPECTED.value,
                                       Status.RECOGNISED.value, Status.DROPPED.value},
    Status.DROPPED.value: {Status.REGISTERED.value, Status.IN_PROGRESS.value},
}


def rank(status: str) -> int:
    """Position on the main path; side states rank below Registered (-1)."""
    return _RANK.get(status, -1)


def needs_reason(status: str) -> bool:
    """True for the side states, which must be entered with a reason."""
    return status in {s.value for s in SIDE_STATES}


def allowed_moves(current: str) -> list[str]:
    """Statuses an officer may move an entry to from ``current``, in lifecycle order."""
    if current in _FROM_SIDE:
        allowed = _FROM_SIDE[current]
    else:
        allowed = {s.value for s in MAIN_PATH if rank(s.value) > rank(current)}
        allowed |= {s.value for s in SIDE_STATES}
        if current in _BACK_ONE:
            allowed.add(_BACK_ONE[current])
    # Forward moves first (the usual choice), then the side states, then a step back.
    path = [s.value for s in MAIN_PATH]
    order = ([s for s in path if rank(s) > rank(current)]
             + [Status.NEEDS_STRENGTHENING.value, Status.DROPPED.value]
             + [s for s in path if rank(s) <= rank(current)])
    return [s for s in order if s in allowed and s != current]


def check_move(current: str, target: str, reason: str = "") -> str:
    """The cleaned reason when the move is allowed; raises a domain error otherwise."""
    if target not in {s.value for s in Status}:
        raise ValidationError([FieldProblem("status", "Trạng thái không hợp lệ.",
                                            "Invalid status.")])
    if target != current and target not in allowed_moves(current):
        raise DomainError(
            f"Không thể chuyển từ “{Status(current).label('vi')}” sang "
            f"“{Status(target).label('vi')}”.",
            f"Cannot move from “{Status(current).label('en')}” to “{Status(target).label('en')}”.",
        )
    text = clean_text(reason)
    if needs_reason(target) and not text:
        raise ValidationError([FieldProblem(
            "status_reason", f"Cần ghi lý do khi chuyển sang “{Status(target).label('vi')}”.",
            f"A reason is required to move to “{Status(target).label('en')}”.")])
    return text


def advance(current: str, target: str) -> str:
    """``target`` when it lies ahead of ``current`` (or ``current`` is a side state)."""
    return target if rank(target) > rank(current) else current


def after_inspection(current: str, classification: str) -> str:
    """The status an inspection's classification gives an entry.

    Không đạt puts the entry into Needs strengthening (a dropped entry stays dropped);
    Đạt and Tiêu biểu make it Inspected unless it is already further; Tiêu biểu makes a
    recognised entry Outstanding.
    """
    if classification == Classification.FAILED.value:
        return current if current == Status.DROPPED.value else Status.NEEDS_STRENGTHENING.value
    status = advance(current, Status.INSPECTED.value)
    if classification == Classification.EXEMPLARY.value and current == Status.RECOGNISED.value:
        status = Status.OUTSTANDING.value
    return status


def inspection_reason(classification: str, on_text: str) -> str:
    """Reason recorded in the history for a status set by an inspection."""
    label = Classification(classification).label("vi")
    return f"Kết quả kiểm tra ngày {on_text}: {label}"
