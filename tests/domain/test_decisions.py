"""Decision numbers per issuer kind, printed forms, default wording, award checks."""

from __future__ import annotations

from datetime import date

import pytest

from dvk_desktop.domain.decisions import (
    default_achievement,
    normalize_number,
    number_problem,
    printed_number,
    validate_award,
    validate_decision,
)
from dvk_desktop.domain.errors import ValidationError
from dvk_desktop.domain.lifecycle_records import AwardData, DecisionData


@pytest.mark.parametrize("kind, text, expected", [
    ("state", "123/QĐ-UBND", "123/QĐ-UBND"),
    ("state", "Số: 123/qđ-ubnd", "123/QĐ-UBND"),
    ("state", " 45 / QD - UBND ", "45/QĐ-UBND"),
    ("front", "15/QĐ-MTTQ-BTT", "15/QĐ-MTTQ-BTT"),
    ("party", "05-QĐ/ĐU", "05-QĐ/ĐU"),
    ("party", "Số 05-QD/ĐU", "05-QĐ/ĐU"),
    ("party", "120-QĐ/TU", "120-QĐ/TU"),
])
def test_numbers_are_normalised(kind, text, expected):
    assert normalize_number(text, kind) == expected


@pytest.mark.parametrize("kind, text", [
    ("state", "05-QĐ/ĐU"), ("party", "123/QĐ-UBND"), ("state", ""), ("state", "QĐ-UBND"),
    ("front", "abc"), ("state", "123/BC-UBND"),
])
def test_wrong_number_for_issuer_kind_is_refused(kind, text):
    problem = number_problem(text, kind)
    assert problem is not None and problem.field == "number"
    with pytest.raises(ValidationError):
        normalize_number(text, kind)


def test_message_shows_the_expected_form():
    assert "05-QĐ/ĐU" in number_problem("123/QĐ-UBND", "party").vi
    assert "123/QĐ-UBND" in number_problem("05-QĐ/ĐU", "state").en


def test_printed_number_party_has_no_colon():
    assert printed_number("123/QĐ-UBND", "state") == "Số: 123/QĐ-UBND"
    assert printed_number("05-QĐ/ĐU", "party") == "Số 05-QĐ/ĐU"
    assert printed_number("15/QĐ-MTTQ-BTT", "front") == "Số: 15/QĐ-MTTQ-BTT"


def test_default_achievement_wording():
    assert default_achievement(2024) == (
        'Đã có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2024')


def test_validate_decision_cleans_and_checks():
    data = DecisionData("123/qd-ubnd", date(2024, 12, 20), "state", signer_prefix="kt.",
                        signer_name="  Lê  Văn B ")
    clean = validate_decision(data)
    assert clean.number == "123/QĐ-UBND"
    assert clean.signer_prefix == "KT."
    bad = DecisionData("123/QĐ-UBND", date(2000, 1, 1), "state", signer_prefix="XX")
    with pytest.raises(ValidationError) as info:
        validate_decision(bad)
    assert info.value.for_field("decided_on") and info.value.for_field("signer_prefix")


def test_validate_award_requires_name_and_form():
    with pytest.raises(ValidationError) as info:
        validate_award(AwardData("individual", " ", "medal"))
    assert info.value.for_field("recipient_name") and info.value.for_field("form")
    clean = validate_award(AwardData("collective", "Hội Nông dân xã", "giay_khen",
                                     recipient_sex="male"))
    assert clean.recipient_sex is None
