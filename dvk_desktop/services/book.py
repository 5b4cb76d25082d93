"""Choosing and describing the entries of the book of typical models."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Attachment, Entry, FieldCategory, Recognition, Unit
from dvk_desktop.domain.enums import Level, Scope
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.vntext import sort_key
from dvk_desktop.printing.book import BookData, BookEntry
from dvk_desktop.services.annex import key_results
from dvk_desktop.services.statistics import OUTSTANDING_STATES, find_root

log = logging.getLogger(__name__)


def outstanding_ids(db: Database, year: int, unit: str | None = None) -> list[str]:
    """Outstanding (or later) entries registered or recognised in ``year``."""
    with db.session() as session:
        recognised = set(session.scalars(select(Recognition.entry_id).where(
            Recognition.year == year, Recognition.deleted_at.is_(None))))
        rows = session.execute(select(Entry.id, Entry.year, Entry.owner_unit_id).where(
            Entry.deleted_at.is_(None), Entry.status.in_(OUTSTANDING_STATES))).all()
        allowed = queries.subtree_unit_ids(session, find_root(session, unit).id) if unit else None
    return [eid for eid, entry_year, owner in rows
            if (entry_year == year or eid in recognised)
            and (allowed is None or owner in allowed)]


def read_ids(path: Path) -> list[str]:
    """Entry ids from a text file: one per line; blank lines and ``#`` comments ignored."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise DomainError(f"Không đọc được tệp “{path}”: {exc.strerror}",
                          f"Cannot read “{path}”: {exc.strerror}") from exc
    return [line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()]


def _first_photo(db: Database, session, entry_id: str) -> Path | None:
    """The entry's first image in the evidence store, or None (never an error)."""
    try:
        from dvk_desktop.services import evidence

        sha = session.scalar(select(Attachment.sha256).where(
            Attachment.entry_id == entry_id, Attachment.deleted_at.is_(None),
            Attachment.media_type.startswith("image/")).order_by(Attachment.created_at))
        if sha is None:
            return None
        path = evidence.blob_path(db, sha)
        return path if path.is_file() else None
    except Exception:  # evidence missing or unreadable: the page goes without a photo
        log.warning("no photo for entry %s", entry_id, exc_info=True)
        return None


def _describe(db: Database, session, entry: Entry, unit: str, field_name: str) -> BookEntry:
    level = Level(entry.level).label() if entry.level in Level._value2member_map_ else entry.level
    scope = Scope(entry.scope).label() if entry.scope in Scope._value2member_map_ else entry.scope
    description = entry.content_methods or entry.problem or entry.goals
    results = key_results(entry.money_vnd, entry.land_m2, entry.working_days,
                          entry.beneficiaries, entry.results_notes)
    person = ""
    if entry.scope == Scope.INDIVIDUAL.value and entry.person_name:
        person = ", ".join(x for x in (entry.person_name, entry.person_position) if x)
    return BookEntry(entry.title, unit, f"{scope} · {field_name} · năm {entry.year} · "
                     f"cấp {level.lower()}", description, results,
                     _first_photo(db, session, entry.id), person)


def book_data(db: Database, entry_ids: Iterable[str], title: str, subtitle: str = "",
              issuer: str = "", place_year: str = "") -> BookData:
    """The book's entries in Vietnamese order of title; unknown ids are an error."""
    ids = list(dict.fromkeys(entry_ids))
    if not ids:
        raise DomainError("Chưa chọn mô hình nào cho cuốn sách.", "No entries chosen for the book.")
    entries: list[BookEntry] = []
    with db.session() as session:
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(Entry, Unit.name, FieldCategory.name_vi)
                .join(Unit, Entry.owner_unit_id == Unit.id)
                .outerjoin(FieldCategory, Entry.field_code == FieldCategory.code)
                .where(Entry.id.in_(ids[start:start + 500]), Entry.deleted_at.is_(None))).all()
            entries += [_describe(db, session, e, unit, fname or "") for e, unit, fname in rows]
    if len(entries) != len(ids):
        missing = len(ids) - len(entries)
        raise DomainError(f"{missing} mã mục không có (hoặc đã xóa).",
                          f"{missing} entry ids are unknown (or deleted).")
    entries.sort(key=lambda item: sort_key(item.title))
    return BookData(title, subtitle, issuer, place_year, entries)
