"""Lookup tables the forms offer: fields (lĩnh vực)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import FieldCategory


@dataclass(frozen=True)
class FieldItem:
    """A field with its names and the canonical field it counts under."""

    code: str
    name_vi: str
    name_en: str
    canonical_code: str

    def name(self, language: str = "vi") -> str:
        """The field's name in the requested language."""
        return self.name_en if language == "en" else self.name_vi


def list_fields(db: Database, active_only: bool = True) -> list[FieldItem]:
    """Fields in their display order."""
    with db.session() as session:
        query = select(FieldCategory).order_by(FieldCategory.sort_order, FieldCategory.code)
        if active_only:
            query = query.where(FieldCategory.active.is_(True))
        return [FieldItem(f.code, f.name_vi, f.name_en, f.canonical_code)
                for f in session.scalars(query)]
