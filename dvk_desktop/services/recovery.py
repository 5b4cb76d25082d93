"""A damaged database: explain what happened, offer the newest good backup, keep the damage.

The damaged file is never overwritten without a copy: its main file and its ``-wal`` and
``-shm`` companions are copied into a ``damaged`` folder beside it, so a specialist can still
rescue records typed after the last backup.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from dvk_desktop.db import backup, migrate, preflight
from dvk_desktop.db.backup import BackupInfo
from dvk_desktop.db.lock import DatabaseInUseError
from dvk_desktop.db.preflight import DatabaseDamagedError
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services.backups import backups_of, restore_backup

log = logging.getLogger(__name__)

__all__ = ["DatabaseDamagedError", "DatabaseInUseError", "Diagnosis", "diagnose", "recover"]


@dataclass
class Diagnosis:
    """What the integrity check found and what can be done about it."""

    path: Path
    problems: list[str]
    good_backups: list[BackupInfo] = field(default_factory=list)

    @property
    def damaged(self) -> bool:
        """True when the check failed."""
        return bool(self.problems)

    @property
    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passed its own check, if any."""
        return self.good_backups[0] if self.good_backups else None

    def explain(self, language: str = "vi") -> str:
        """A few sentences for the officer: what is wrong and what the program offers."""
        if not self.damaged:
            return "Tệp dữ liệu tốt." if language != "en" else "The data file is sound."
        best = self.newest_good
        when = best.created.strftime("%d/%m/%Y %H:%M") if best else ""
        if language == "en":
            offer = (f"The newest good backup is from {when}; records saved after it must be "
                     "typed again." if best else "No good backup was found.")
            return (f"The data file {self.path.name} is damaged (often after a power cut or "
                    f"a failing disk). {offer} The damaged file is kept aside for rescue.")
        offer = (f"Bản sao lưu tốt gần nhất lập lúc {when}; các bản ghi lưu sau thời điểm đó "
                 "cần nhập lại." if best else "Không tìm thấy bản sao lưu nào còn tốt.")
        return (f"Tệp dữ liệu {self.path.name} bị hỏng (thường do mất điện hoặc ổ đĩa lỗi). "
                f"{offer} Tệp bị hỏng được giữ lại để cứu dữ liệu.")


def good_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of the database that pass the integrity check and this program can read."""
    good = []
    for info in backups_of(db_path):
        try:
            if not backup.integrity_problems(info.path):
                migrate.check_known(preflight.stored_revision(info.path))
                good.append(info)
        except Exception:  # an unreadable or newer backup is simply not offered
            continue
    return good


def diagnose(db_path: Path, problems: list[str] | None = None) -> Diagnosis:
    """Check the file (unless ``problems`` were already found) and list good backups."""
    db_path = Path(db_path).resolve()
    if problems is None:
        problems = backup.integrity_problems(db_path)
    return Diagnosis(db_path, problems, good_backups(db_path) if problems else [])


def recover(db_path: Path, source: Path | None = None) -> tuple[Path, Path]:
    """Replace a damaged database by a good backup (the newest unless given).

    Returns (where the damaged file was kept, which backup was restored).
    """
    db_path = Path(db_path).resolve()
    if source is None:
        best = diagnose(db_path, ["damaged"]).newest_good
        if best is None:
            raise DomainError("Không có bản sao lưu nào còn tốt để khôi phục.",
                              "There is no good backup to restore.")
        source = best.path
    aside = restore_backup(db_path, source, damaged=True)
    return aside, Path(source)
