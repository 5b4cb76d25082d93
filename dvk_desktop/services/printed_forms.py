"""Inspection checklists and registration forms of entries, read from the registry."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, Inspection, OfficeProfile, Rubric, Unit
from dvk_desktop.domain.enums import Classification, Level, Sex
from dvk_desktop.domain.errors import DomainError, NotFoundError
from dvk_desktop.domain.records import REGISTRATION_ITEMS
from dvk_desktop.printing.checklist import render_checklists
from dvk_desktop.printing.data import (
    ChecklistData,
    CriterionLine,
    Member,
    PrintResult,
    ProgressCallback,
    RegistrationData,
    Threshold,
)
from dvk_desktop.printing.registration_form import render_registration_forms
from dvk_desktop.services.print_settings import load_print_settings


def _entry(session: Session, entry_id: str) -> Entry:
    entry = session.get(Entry, entry_id)
    if entry is None or entry.deleted_at is not None:
        raise NotFoundError(f"Không có mô hình, điển hình “{entry_id}”.",
                            f"No entry “{entry_id}”.")
    return entry


def entry_kind(entry: Entry) -> str:
    """"Mô hình", "Điển hình tập thể" or "Điển hình cá nhân"."""
    if entry.entry_type == "model":
        return "Mô hình"
    return "Điển hình cá nhân" if entry.scope == "individual" else "Điển hình tập thể"


def rubric_kind(entry: Entry) -> str:
    """The rubric family that fits an entry: model, collective or individual standards."""
    return "model" if entry.entry_type == "model" else entry.scope


def person_lines(entry: Entry) -> list[tuple[str, str]]:
    """Person details of an individual, as label/value pairs (none for a collective)."""
    if entry.scope != "individual":
        return []
    sex = Sex(entry.person_sex).label("vi") if entry.person_sex else ""
    return [("Họ và tên", entry.person_name), ("Giới tính", sex),
            ("Năm sinh", str(entry.person_birth_year or "")),
            ("Dân tộc", entry.person_ethnicity), ("Chức vụ", entry.person_position),
            ("Đơn vị công tác", entry.person_workplace),
            ("Đảng viên", "Có" if entry.person_party_member else "Không"),
            ("Địa chỉ", entry.person_address)]


def _thresholds(raw: list | None) -> list[Threshold]:
    items = sorted(raw or [], key=lambda t: float(t.get("min_points", 0)))
    return [Threshold(Classification(t["classification"]).label("vi"),
                      float(t.get("min_points", 0)), t["classification"]) for t in items]


def _current_rubric(session: Session, kind: str) -> Rubric | None:
    query = (select(Rubric).where(Rubric.kind == kind, Rubric.active.is_(True),
                                  Rubric.deleted_at.is_(None))
             .order_by(Rubric.rubric_version.desc()))
    return session.scalars(query).first()


def _latest_inspection(session: Session, entry_id: str) -> Inspection | None:
    query = (select(Inspection).where(Inspection.entry_id == entry_id,
                                      Inspection.deleted_at.is_(None))
             .order_by(Inspection.inspected_on.desc(), Inspection.created_at.desc()))
    return session.scalars(query).first()


def _base_checklist(entry: Entry, issuing_body: str) -> ChecklistData:
    return ChecklistData(
        entry_title=entry.title, entry_kind=entry_kind(entry),
        unit_name=entry.owner_unit.name if entry.owner_unit else "", location=entry.location,
        field_name=entry.field.name_vi if entry.field else "", year=entry.year,
        start_date=entry.start_date, person_lines=person_lines(entry),
        issuing_body=issuing_body)


def _fill_from_inspection(data: ChecklistData, session: Session, item: Inspection) -> None:
    rubric = session.get(Rubric, item.rubric_id) if item.rubric_id else None
    data.rubric_name = rubric.name if rubric else ""
    data.thresholds = _thresholds(rubric.thresholds if rubric else None)
    data.criteria = [CriterionLine(s.criterion_text, s.max_points, s.points)
                     for s in item.scores]
    data.filled, data.classification = True, item.classification
    data.inspected_on, data.place = item.inspected_on, item.place
    data.delegation = [Member(m.get("name", ""), m.get("position", ""), m.get("role", ""))
                       for m in item.delegation or []]
    for name in ("representatives", "findings", "strengths", "limits", "conclusion",
                 "recommendations"):
        setattr(data, name, getattr(item, name) or "")


def entry_checklist(session: Session, entry_id: str, filled: bool = False,
                    issuing_body: str = "") -> ChecklistData:
    """The checklist of an entry: blank with its current rubric, or filled from its latest
    inspection."""
    entry = _entry(session, entry_id)
    data = _base_checklist(entry, issuing_body)
    if filled:
        item = _latest_inspection(session, entry_id)
        if item is None:
            raise DomainError(f"“{entry.title}” chưa có biên bản kiểm tra để in.",
                              f"“{entry.title}” has no inspection to print.")
        _fill_from_inspection(data, session, item)
        return data
    rubric = _current_rubric(session, rubric_kind(entry))
    if rubric is not None:
        data.rubric_name = rubric.name
        data.thresholds = _thresholds(rubric.thresholds)
        data.criteria = [CriterionLine(c.text, c.max_points) for c in rubric.criteria]
    return data


def print_inspection_checklist(db: Database, inspection_id: str, out: Path) -> PrintResult:
    """The filled checklist of one stored inspection."""
    settings = load_print_settings(db)
    with db.session() as session:
        item = session.get(Inspection, inspection_id)
        if item is None or item.deleted_at is not None:
            raise NotFoundError(f"Không có biên bản kiểm tra “{inspection_id}”.",
                                f"No inspection “{inspection_id}”.")
        data = _base_checklist(_entry(session, item.entry_id), _office_body(session))
        _fill_from_inspection(data, session, item)
    return render_checklists([data], Path(out), None, settings.prefer_times)


def print_checklists(db: Database, entry_ids: list[str], out: Path, filled: bool = False,
                     progress: ProgressCallback | None = None) -> PrintResult:
    """One PDF of checklists for several entries (an inspection trip)."""
    settings = load_print_settings(db)
    with db.session() as session:
        body = _office_body(session)
        items = [entry_checklist(session, entry_id, filled, body) for entry_id in entry_ids]
    return render_checklists(items, Path(out), progress, settings.prefer_times)


def _office_body(session: Session) -> str:
    profile = session.get(OfficeProfile, 1)
    unit = session.get(Unit, profile.unit_id) if profile is not None else None
    return unit.name if unit is not None else ""


def entry_registration(session: Session, entry_id: str, place: str = "") -> RegistrationData:
    """The registration form of an entry with its ten items."""
    entry = _entry(session, entry_id)
    unit = entry.owner_unit
    parent = session.get(Unit, unit.parent_id) if unit is not None and unit.parent_id else None
    return RegistrationData(
        entry_title=entry.title, entry_type=entry.entry_type, scope=entry.scope,
        unit_name=unit.name if unit else "", parent_unit_name=parent.name if parent else "",
        location=entry.location, field_name=entry.field.name_vi if entry.field else "",
        level_name=Level(entry.level).label("vi") if entry.level else "", year=entry.year,
        start_date=entry.start_date, person_lines=person_lines(entry),
        items=[(vi, getattr(entry, name) or "") for name, vi, _en in REGISTRATION_ITEMS],
        place=place)


def print_registration_forms(db: Database, entry_ids: list[str], out: Path) -> PrintResult:
    """One PDF with the registration form of each entry."""
    settings = load_print_settings(db)
    with db.session() as session:
        items = [entry_registration(session, entry_id, settings.place)
                 for entry_id in entry_ids]
    return render_registration_forms(items, Path(out), settings.prefer_times)
