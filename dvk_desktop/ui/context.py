"""What every page and dialog of the window receives: the database and the office."""

from __future__ import annotations

from dataclasses import dataclass

from dvk_desktop.db.database import Database
from dvk_desktop.services.office import OfficeInfo


@dataclass
class AppContext:
    """The open registry, this office, and the current interface language."""

    db: Database
    office: OfficeInfo
    language: str = "vi"

    @property
    def actor(self) -> str:
        """Name recorded as the author of changes made in the window."""
        return self.office.officer_name or "officer"
