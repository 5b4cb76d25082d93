"""The report's annex: the entries behind the figures, each with recognition and award."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Award, Decision, Entry, FieldCategory, Recognition, Unit
from dvk_desktop.domain.enums import AwardForm, Level, Scope
from dvk_desktop.domain.report_table import AnnexRow, AnnexTable
from dvk_desktop.domain.vntext import format_number, sort_key

CHUNK = 500


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def decision_text(number: str | None, decided_on: date | None, language: str = "vi") -> str:
    """"QĐ số 123/QĐ-UBND ngày 10/04/2024" (or the parts that are known)."""
    if not number:
        return ""
    if language == "en":
        return f"Decision {number}" + (f" of {_day(decided_on)}" if decided_on else "")
    return f"QĐ số {number}" + (f" ngày {_day(decided_on)}" if decided_on else "")


def key_results(money: int, land: float, days: int, people: int, notes: str,
                language: str = "vi") -> str:
    """Measured results in a short line: money, land, working days, beneficiaries, notes."""
    parts: list[str] = []
    words = {"vi": ("Huy động {} đồng", "hiến {} m² đất", "{} ngày công", "{} người hưởng lợi"),
             "en": ("{} VND mobilised", "{} m² of land donated", "{} working days",
                    "{} beneficiaries")}["en" if language == "en" else "vi"]
    for value, text in zip((money, land, days, people), words, strict=True):
        if value:
            decimals = 1 if isinstance(value, float) and not value.is_integer() else 0
            parts.append(text.format(format_number(value, decimals)))
    if notes.strip():
        parts.append(" ".join(notes.split()))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _recognitions(session: Session, ids: list[str], language: str) -> dict[str, list[str]]:
    found: dict[str, list[tuple]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(Recognition.entry_id, Recognition.year, Recognition.level, Decision.number,
                   Decision.decided_on)
            .outerjoin(Decision, Recognition.decision_id == Decision.id)
            .where(Recognition.entry_id.in_(chunk), Recognition.deleted_at.is_(None)))
        for entry_id, year, level, number, day in rows:
            found[entry_id].append((year, level, number, day))
    out: dict[str, list[str]] = {}
    for entry_id, items in found.items():
        out[entry_id] = [_recognition_text(*item, language) for item in sorted(items, key=str)]
    return out


def _recognition_text(year: int, level: str, number: str | None, day: date | None,
                      language: str) -> str:
    try:
        level_text = Level(level).label(language)
    except ValueError:
        level_text = level
    head = f"{level_text} {year}" if language == "en" else f"Cấp {level_text.lower()} năm {year}"
    decision = decision_text(number, day, language)
    return f"{head} ({decision})" if decision else head


def _awards(session: Session, ids: list[str], language: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(Award.entry_id, Award.form, Decision.number, Decision.decided_on)
            .join(Decision, Award.decision_id == Decision.id)
            .where(Award.entry_id.in_(chunk), Award.deleted_at.is_(None),
                   Decision.deleted_at.is_(None))
            .order_by(Decision.decided_on))
        for entry_id, form, number, day in rows:
            try:
                form_text = AwardForm(form).label(language)
            except ValueError:
                form_text = form
            out[entry_id].append(f"{form_text} ({decision_text(number, day, language)})")
    return out


def _entry_rows(session: Session, ids: list[str]) -> list[tuple]:
    rows: list[tuple] = []
    for chunk in _chunks(ids):
        rows += session.execute(
            select(Entry.id, Entry.title, Entry.scope, FieldCategory.name_vi,
                   FieldCategory.name_en, Unit.name, Entry.location, Entry.start_date,
                   Entry.year, Entry.money_vnd, Entry.land_m2, Entry.working_days,
                   Entry.beneficiaries, Entry.results_notes, Entry.sort_key)
            .join(Unit, Entry.owner_unit_id == Unit.id)
            .outerjoin(FieldCategory, Entry.field_code == FieldCategory.code)
            .where(Entry.id.in_(chunk))).all()
    return rows


def build_annex(db: Database, entry_ids: Iterable[str], language: str = "vi",
                order: dict[str, int] | None = None) -> AnnexTable:
    """Annex rows for the entries, ordered by ``order`` (e.g. table row) then title."""
    ids = list(dict.fromkeys(entry_ids))
    with db.session() as session:
        rows = _entry_rows(session, ids)
        recognitions = _recognitions(session, ids, language)
        awards = _awards(session, ids, language)
    rank = order or {}
    # The title's sort key is stored with the entry; computed only where it is missing.
    rows.sort(key=lambda r: (rank.get(r[0], 0), r[-1] or sort_key(r[1])))
    return AnnexTable([_annex_row(r, recognitions, awards, language) for r in rows])


def _annex_row(row: tuple, recognitions: dict, awards: dict, language: str) -> AnnexRow:
    (eid, title, scope, field_vi, field_en, unit, place, start, year, money, land, days,
     people, notes, _sort_key) = row
    try:
        scope_text = Scope(scope).label(language)
    except ValueError:
        scope_text = scope
    return AnnexRow(
        title=title, scope=scope_text, field=(field_en if language == "en" else field_vi) or "",
        unit=unit, place=place or "", start=_day(start) if start else str(year),
        results=key_results(money or 0, land or 0.0, days or 0, people or 0, notes or "",
                            language),
        recognition="; ".join(recognitions.get(eid, [])), award="; ".join(awards.get(eid, [])),
        entry_id=eid)
