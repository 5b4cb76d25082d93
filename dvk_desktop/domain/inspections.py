"""Validation of an inspection's fields (scores are checked in domain.rubrics)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dvk_desktop.domain.errors import FieldProblem, ValidationError
from dvk_desktop.domain.lifecycle_records import DelegationMember, InspectionData
from dvk_desktop.domain.validation import LONG_TEXT, MIN_YEAR, SHORT_TEXT, current_year
from dvk_desktop.domain.vntext import clean_text

_LONG_FIELDS = ["representatives", "findings", "strengths", "limits", "conclusion",
                "recommendations"]
MAX_MEMBERS = 30


def _too_long(name: str, text: str, limit: int, problems: list[FieldProblem]) -> None:
    if len(text) > limit:
        problems.append(FieldProblem(name, f"Dài quá {limit} ký tự.",
                                     f"Longer than {limit} characters."))


def _members(members: list[DelegationMember], problems: list[FieldProblem]) -> list:
    kept = []
    for number, member in enumerate(members, start=1):
        clean = DelegationMember(clean_text(member.name), clean_text(member.position),
                                 clean_text(member.role))
        if not (clean.name or clean.position or clean.role):
            continue  # an empty row of the table
        if not clean.name:
            problems.append(FieldProblem(f"delegation[{number}]",
                                         f"Thành viên đoàn thứ {number} chưa có họ tên.",
                                         f"Delegation member {number} has no name."))
        for name in ("name", "position", "role"):
            _too_long(f"delegation[{number}]", getattr(clean, name), SHORT_TEXT, problems)
        kept.append(clean)
    if len(kept) > MAX_MEMBERS:
        problems.append(FieldProblem("delegation", f"Đoàn kiểm tra nhiều nhất {MAX_MEMBERS} người.",
                                     f"At most {MAX_MEMBERS} delegation members."))
    return kept


def validate_inspection(data: InspectionData) -> InspectionData:
    """Cleaned copy of an inspection's fields; raises ValidationError listing every problem."""
    problems: list[FieldProblem] = []
    if not isinstance(data.inspected_on, date):
        problems.append(FieldProblem("inspected_on", "Chưa nhập ngày kiểm tra.",
                                     "The inspection date is required."))
    elif not date(MIN_YEAR, 1, 1) <= data.inspected_on <= date(current_year() + 1, 12, 31):
        problems.append(FieldProblem("inspected_on", "Ngày kiểm tra nằm ngoài khoảng cho phép.",
                                     "The inspection date is out of range."))
    place = clean_text(data.place)
    _too_long("place", place, SHORT_TEXT, problems)
    texts = {name: clean_text(getattr(data, name)) for name in _LONG_FIELDS}
    for name, text in texts.items():
        _too_long(name, text, LONG_TEXT, problems)
    members = _members(data.delegation, problems)
    if problems:
        raise ValidationError(problems)
    return replace(data, place=place, delegation=members, **texts)
