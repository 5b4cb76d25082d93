"""Decisions and awards: number formats per issuer kind, signer prefixes, default wording.

State and Front documents are numbered "123/QĐ-UBND" and printed "Số: 123/QĐ-UBND"
(Decree 30/2020); Party documents are numbered "05-QĐ/ĐU" and printed "Số 05-QĐ/ĐU",
without a colon (Hướng dẫn 36-HD/VPTW).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dvk_desktop.domain.enums import AwardForm, IssuerKind, Scope, Sex
from dvk_desktop.domain.errors import FieldProblem, ValidationError
from dvk_desktop.domain.lifecycle_records import AwardData, DecisionData
from dvk_desktop.domain.validation import LONG_TEXT, MIN_YEAR, SHORT_TEXT, current_year
from dvk_desktop.domain.vntext import clean_text

_SYMBOL = r"[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*"
_PATTERNS = {
    IssuerKind.STATE.value: re.compile(rf"^(\d{{1,6}})/QĐ-({_SYMBOL})$"),
    IssuerKind.FRONT.value: re.compile(rf"^(\d{{1,6}})/QĐ-({_SYMBOL})$"),
    IssuerKind.PARTY.value: re.compile(rf"^(\d{{1,6}})-QĐ/({_SYMBOL})$"),
}
_EXAMPLES = {
    IssuerKind.STATE.value: ("123/QĐ-UBND", "của chính quyền"),
    IssuerKind.FRONT.value: ("15/QĐ-MTTQ-BTT", "của Mặt trận"),
    IssuerKind.PARTY.value: ("05-QĐ/ĐU", "của Đảng"),
}
_PREFIX = re.compile(r"^\s*(số|so)\s*:?\s*", re.IGNORECASE)
SIGNER_PREFIXES = ["", "KT.", "TM.", "T/M", "Q.", "TL.", "TUQ."]
MOVEMENT = "Dân vận khéo"


def default_achievement(year: int) -> str:
    """The movement's usual wording of the achievement for a year."""
    return f'Đã có thành tích xuất sắc trong phong trào thi đua "{MOVEMENT}" năm {year}'


def _canonical(text: str) -> str:
    value = _PREFIX.sub("", clean_text(text))
    value = re.sub(r"\s*([/-])\s*", r"\1", value).upper()
    # Typed without Vietnamese letters: "QD" is the decision's type, "QĐ".
    return re.sub(r"(?<=[/-])QD(?=[/-]|$)", "QĐ", value)


def number_problem(text: str, issuer_kind: str) -> FieldProblem | None:
    """Why a decision number does not fit its issuer kind, or None when it fits."""
    example, whose = _EXAMPLES.get(issuer_kind, _EXAMPLES[IssuerKind.STATE.value])
    value = _canonical(text)
    if not value:
        return FieldProblem("number", "Chưa nhập số, ký hiệu quyết định.",
                            "The decision's number and symbol are required.")
    if not _PATTERNS.get(issuer_kind, _PATTERNS["state"]).match(value):
        return FieldProblem(
            "number", f"Số, ký hiệu quyết định {whose} có dạng “{example}”.",
            f"A {IssuerKind(issuer_kind).label('en').lower()} decision's number looks like "
            f"“{example}”.")
    return None


def normalize_number(text: str, issuer_kind: str) -> str:
    """The number in its canonical form; raises ValidationError when it does not fit."""
    problem = number_problem(text, issuer_kind)
    if problem is not None:
        raise ValidationError([problem])
    return _canonical(text)


def printed_number(number: str, issuer_kind: str) -> str:
    """The number as printed: "Số: 123/QĐ-UBND", or for the Party "Số 05-QĐ/ĐU"."""
    if issuer_kind == IssuerKind.PARTY.value:
        return f"Số {number}"
    return f"Số: {number}"


def _text(data, name: str, limit: int, problems: list[FieldProblem]) -> str:
    value = clean_text(getattr(data, name))
    if len(value) > limit:
        problems.append(FieldProblem(name, f"Dài quá {limit} ký tự.",
                                     f"Longer than {limit} characters."))
    return value


def validate_decision(data: DecisionData) -> DecisionData:
    """Cleaned copy of a decision; raises ValidationError listing every problem."""
    problems: list[FieldProblem] = []
    if data.issuer_kind not in {m.value for m in IssuerKind}:
        problems.append(FieldProblem("issuer_kind", "Chưa chọn cấp ban hành.",
                                     "Choose the issuer kind."))
    elif (problem := number_problem(data.number, data.issuer_kind)) is not None:
        problems.append(problem)
    if not isinstance(data.decided_on, date):
        problems.append(FieldProblem("decided_on", "Chưa nhập ngày quyết định.",
                                     "The decision date is required."))
    elif not date(MIN_YEAR, 1, 1) <= data.decided_on <= date(current_year() + 1, 12, 31):
        problems.append(FieldProblem("decided_on", "Ngày quyết định nằm ngoài khoảng cho phép.",
                                     "The decision date is out of range."))
    prefix = clean_text(data.signer_prefix).upper()
    if prefix not in SIGNER_PREFIXES:
        problems.append(FieldProblem("signer_prefix", "Thẩm quyền ký không hợp lệ.",
                                     "Invalid signing authority prefix."))
    texts = {n: _text(data, n, SHORT_TEXT, problems)
             for n in ("issuing_body", "place", "signer_title", "signer_name")}
    subject = _text(data, "subject", LONG_TEXT, problems)
    if problems:
        raise ValidationError(problems)
    return replace(data, number=_canonical(data.number), signer_prefix=prefix, subject=subject,
                   **texts)


def validate_award(data: AwardData) -> AwardData:
    """Cleaned copy of an award; raises ValidationError listing every problem."""
    problems: list[FieldProblem] = []
    if data.recipient_scope not in {m.value for m in Scope}:
        problems.append(FieldProblem("recipient_scope", "Chưa chọn tập thể hay cá nhân.",
                                     "Choose collective or individual."))
    if data.form not in {m.value for m in AwardForm}:
        problems.append(FieldProblem("form", "Chưa chọn hình thức khen thưởng.",
                                     "Choose the award form."))
    if data.recipient_sex not in (None, "", *[m.value for m in Sex]):
        problems.append(FieldProblem("recipient_sex", "Giới tính không hợp lệ.", "Invalid sex."))
    texts = {n: _text(data, n, SHORT_TEXT, problems)
             for n in ("recipient_name", "recipient_position", "recipient_unit")}
    if not texts["recipient_name"]:
        problems.append(FieldProblem("recipient_name", "Chưa nhập tên người, tập thể được khen.",
                                     "The recipient's name is required."))
    achievement = _text(data, "achievement", 2000, problems)
    gold = _text(data, "gold_book_number", 50, problems)
    if problems:
        raise ValidationError(problems)
    sex = data.recipient_sex or None
    if data.recipient_scope == Scope.COLLECTIVE.value:
        sex = None
    return replace(data, achievement=achievement, gold_book_number=gold, recipient_sex=sex,
                   **texts)


def year_of(decided_on: date | None) -> int:
    """The year a decision's awards are for by default."""
    return decided_on.year if isinstance(decided_on, date) else current_year()
