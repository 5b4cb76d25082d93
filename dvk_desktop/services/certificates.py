"""Certificates of a decision: read the decision and its awards, print them in one batch."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Decision
from dvk_desktop.domain.errors import DomainError, NotFoundError
from dvk_desktop.domain.vntext import clean_text, nfc
from dvk_desktop.printing.certificate import render_certificates
from dvk_desktop.printing.data import CertificateData, PrintResult, ProgressCallback
from dvk_desktop.services.print_settings import PrintSettings, load_print_settings

# The collective that signs "T/M …" or "TM. …", found in the issuing body's name.
_COLLECTIVES = ("BAN THƯỜNG VỤ", "BAN THƯỜNG TRỰC", "BAN CHẤP HÀNH", "ỦY BAN NHÂN DÂN",
                "BAN CHỈ ĐẠO", "ĐẢNG ỦY", "CHI ỦY")
_DEPUTY = "PHÓ "


def _upper(text: str | None) -> str:
    return nfc(clean_text(text).upper())


def signer_lines(prefix: str, title: str, issuing_body: str = "") -> list[str]:
    """The signer's title block, e.g. "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".

    A title typed on two lines (or split by " / ") is used as it is, the prefix going before
    its first line. "KT." is signed by a deputy on behalf of the head; "TM."/"T/M" on
    behalf of a collective: the title may be the collective ("BAN THƯỜNG TRỰC") or the
    signer's own title, the collective then coming from the issuing body.
    """
    prefix, title = clean_text(prefix), _upper(title)
    parts = [line.strip() for line in title.replace(" / ", "\n").split("\n") if line.strip()]
    if len(parts) > 1 or not prefix:
        return [f"{prefix} {parts[0]}".strip(), *parts[1:]] if parts else []
    if prefix == "KT.":
        head = title.removeprefix(_DEPUTY)
        return [f"KT. {head}", title if title.startswith(_DEPUTY) else _DEPUTY + title]
    if prefix in ("TM.", "T/M"):
        if title.startswith(_COLLECTIVES) or title.startswith("BAN "):
            return [f"{prefix} {title}"]
        body = _upper(issuing_body)
        collective = next((name for name in _COLLECTIVES if name in body), body)
        return [f"{prefix} {collective}", title] if collective else [title]
    return [f"{prefix} {title}".strip()]


def issuer_title(issuer_kind: str, issuing_body: str, default: str = "") -> str:
    """The red issuer line: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" for a state body, else the body."""
    body = _upper(issuing_body)
    if not body:
        return _upper(default)
    if issuer_kind == "state" and body.startswith("ỦY BAN NHÂN DÂN"):
        return f"CHỦ TỊCH {body}"
    return body


def decision_certificates(session: Session, decision_id: str,
                          settings: PrintSettings) -> list[CertificateData]:
    """One :class:`CertificateData` per live award of the decision, in the decision's order."""
    decision = session.get(Decision, decision_id)
    if decision is None or decision.deleted_at is not None:
        raise NotFoundError(f"Không có quyết định “{decision_id}”.",
                            f"No decision “{decision_id}”.")
    prefix = decision.signer_prefix or ("" if decision.signer_title else settings.signer_prefix)
    lines = signer_lines(prefix, decision.signer_title or settings.signer_title,
                         decision.issuing_body)
    common = dict(
        issuer_kind=decision.issuer_kind,
        issuer_title=issuer_title(decision.issuer_kind, decision.issuing_body,
                                  settings.issuer_title),
        decision_number=decision.number, decision_date=decision.decided_on,
        place=decision.place or settings.place, signed_on=decision.decided_on,
        signer_lines=lines, signer_name=decision.signer_name or settings.signer_name)
    return [CertificateData(
        form=award.form, recipient_scope=award.recipient_scope,
        recipient_name=award.recipient_name, recipient_sex=award.recipient_sex,
        recipient_position=award.recipient_position, recipient_unit=award.recipient_unit,
        achievement=award.achievement, gold_book_number=award.gold_book_number, **common)
        for award in decision.awards if award.deleted_at is None]


def print_decision(db: Database, decision_id: str, out: Path, mode: str | None = None,
                   paper: str | None = None, progress: ProgressCallback | None = None
                   ) -> PrintResult:
    """Print every award of a decision into one PDF (a page each) with the office's settings."""
    settings = load_print_settings(db)
    with db.session() as session:
        items = decision_certificates(session, decision_id, settings)
    if not items:
        raise DomainError("Quyết định chưa có khen thưởng nào để in.",
                          "The decision has no awards to print.")
    return render_certificates(items, Path(out), settings.options(mode, paper), progress)
