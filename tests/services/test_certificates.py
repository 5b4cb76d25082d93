"""Certificates from a stored decision, print settings and signer wording."""

from __future__ import annotations

from datetime import date

import pytest

from dvk_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from dvk_desktop.domain.lifecycle_records import AwardData, DecisionData
from dvk_desktop.services import certificates, decisions
from dvk_desktop.services.print_settings import (
    PrintSettings,
    load_print_settings,
    save_offsets,
    save_print_settings,
)
from tests.services.lifecycle_support import ACTOR


def _decision(db, **changes) -> str:
    values = dict(number="123/QĐ-UBND", decided_on=date(2026, 2, 5), issuer_kind="state",
                  issuing_body="Ủy ban nhân dân tỉnh Nghệ An", place="Nghệ An",
                  signer_prefix="KT.", signer_title="Phó Chủ tịch", signer_name="Bùi Đình Long")
    values.update(changes)
    decision = decisions.create_decision(db, DecisionData(**values), ACTOR)
    decisions.add_award(db, decision.id, AwardData(
        "individual", "Nguyễn Thị Hồng Nhung", "giay_khen", "Đã có thành tích xuất sắc",
        recipient_sex="female", recipient_position="Chi hội trưởng",
        recipient_unit="xã Diễn Châu", gold_book_number="15"), ACTOR)
    removed = decisions.add_award(db, decision.id, AwardData(
        "collective", "Tổ bị xóa", "giay_khen", "x"), ACTOR)
    decisions.set_award_deleted(db, removed.id, True, ACTOR)
    decisions.add_award(db, decision.id, AwardData(
        "collective", "Hội Nông dân xã Quỳnh Lưu", "bang_khen", "Đã có thành tích"), ACTOR)
    return decision.id


@pytest.mark.parametrize(("prefix", "title", "body", "expected"), [
    ("", "Chủ tịch", "", ["CHỦ TỊCH"]),
    ("KT.", "Phó Chủ tịch", "", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    ("KT.", "Chủ tịch", "", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    ("T/M", "Bí thư", "Ban Thường vụ Tỉnh ủy Nghệ An", ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]),
    ("TM.", "Ban Thường trực", "Ủy ban MTTQ", ["TM. BAN THƯỜNG TRỰC"]),
    ("", "KT. Chủ tịch / Phó Chủ tịch", "", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
])
def test_signer_lines(prefix, title, body, expected):
    assert certificates.signer_lines(prefix, title, body) == expected


def test_issuer_title_for_state_and_party():
    assert (certificates.issuer_title("state", "Ủy ban nhân dân tỉnh Nghệ An")
            == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    assert (certificates.issuer_title("party", "Ban Thường vụ Tỉnh ủy Nghệ An")
            == "BAN THƯỜNG VỤ TỈNH ỦY NGHỆ AN")
    assert certificates.issuer_title("state", "", "Giám đốc Sở") == "GIÁM ĐỐC SỞ"


def test_decision_gives_one_certificate_per_live_award_in_order(office_db):
    decision_id = _decision(office_db)
    with office_db.session() as session:
        items = certificates.decision_certificates(session, decision_id, PrintSettings())
    assert [i.recipient_name for i in items] == ["Nguyễn Thị Hồng Nhung",
                                                 "Hội Nông dân xã Quỳnh Lưu"]
    first = items[0]
    assert first.issuer_title == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    assert first.signer_lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert (first.decision_number, first.decision_date) == ("123/QĐ-UBND", date(2026, 2, 5))
    assert first.gold_book_number == "15" and items[1].form == "bang_khen"


def test_print_decision_writes_pdf_and_reports_progress(office_db, tmp_path):
    decision_id = _decision(office_db)
    calls = []
    result = certificates.print_decision(office_db, decision_id, tmp_path / "c.pdf",
                                         mode="overlay", paper="A3",
                                         progress=lambda d, t: calls.append((d, t)))
    assert result.pages == 2 and calls == [(1, 2), (2, 2)]
    assert (tmp_path / "c.pdf").stat().st_size > 1000


def test_missing_or_empty_decision_is_a_domain_error(office_db, tmp_path):
    with pytest.raises(NotFoundError):
        certificates.print_decision(office_db, "nope", tmp_path / "x.pdf")
    empty = decisions.create_decision(office_db, DecisionData(
        "5/QĐ-UBND", date(2026, 1, 2), "state"), ACTOR)
    with pytest.raises(DomainError):
        certificates.print_decision(office_db, empty.id, tmp_path / "x.pdf")


def test_settings_round_trip_and_fill_blanks(office_db, tmp_path):
    emblem = tmp_path / "quoc_huy.png"
    emblem.write_bytes(b"\x89PNG")
    save_print_settings(office_db, PrintSettings(emblem_state=str(emblem), place="Vinh",
                                                 signer_name="Lê Văn Ký", paper="A3"))
    save_offsets(office_db, "giay_khen_state", 1.5, -2)
    settings = load_print_settings(office_db)
    assert settings.place == "Vinh" and settings.paper == "A3"
    assert settings.offsets == {"giay_khen_state": [1.5, -2.0]}
    options = settings.options(mode="overlay")
    assert options.mode == "overlay" and options.offsets_for("giay_khen_state") == (1.5, -2.0)
    decision_id = _decision(office_db, place="", signer_name="")
    with office_db.session() as session:
        items = certificates.decision_certificates(session, decision_id, settings)
    assert items[0].place == "Vinh" and items[0].signer_name == "Lê Văn Ký"


def test_invalid_settings_are_refused(office_db):
    with pytest.raises(ValidationError) as caught:
        save_print_settings(office_db, PrintSettings(mode="x", paper="B5",
                                                     offsets={"a": [99, 0]},
                                                     emblem_party="/no/such.png"))
    fields = {p.field for p in caught.value.problems}
    assert fields == {"mode", "paper", "offsets", "emblem_party"}
