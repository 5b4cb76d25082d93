"""At start-up: a damaged database (offer the newest good backup) or one open elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dvk_desktop import config
from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import recovery


class DamagedDatabaseDialog(QMessageBox):
    """Explains the damage and offers the newest good backup; the damaged file is kept."""

    def __init__(self, diagnosis: recovery.Diagnosis, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, config.APP_NAME,
                         diagnosis.explain(language), parent=parent)
        self.setObjectName("damaged_database_dialog")
        self.setDetailedText("\n".join(diagnosis.problems[:20]))
        self.restore_button = None
        if diagnosis.newest_good is not None:
            self.restore_button = self.addButton(self.tr("Restore the newest good backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)

    @classmethod
    def ask(cls, diagnosis: recovery.Diagnosis, language: str) -> bool:
        """True when the officer chose to restore the newest good backup."""
        dialog = cls(diagnosis, language)
        dialog.exec()
        return dialog.restore_button is not None and dialog.clickedButton() is dialog.restore_button


def ask_read_only(exc: recovery.DatabaseInUseError, language: str) -> bool:
    """Offer to open a database that is open elsewhere read-only."""
    box = QMessageBox(QMessageBox.Icon.Warning, config.APP_NAME, exc.message(language))
    read_only = box.addButton(QCoreApplication.translate("DamagedDatabase", "Open read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("DamagedDatabase", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is read_only


def _refuse(exc: DomainError, language: str) -> None:
    QMessageBox(QMessageBox.Icon.Critical, config.APP_NAME, exc.message(language)).exec()


def recover_on_open(exc: DomainError, db_path: str | Path | None,
                    language: str) -> Database | None:
    """Handle a database that would not open: recover, open read-only, or say why (None)."""
    path = Path(db_path) if db_path else config.default_db_path()
    try:
        if isinstance(exc, recovery.DatabaseDamagedError):
            diagnosis = recovery.diagnose(exc.path, exc.problems)
            if not DamagedDatabaseDialog.ask(diagnosis, language):
                return None
            aside, _source = recovery.recover(exc.path, diagnosis.newest_good.path)
            QMessageBox.information(None, config.APP_NAME, QCoreApplication.translate(
                "DamagedDatabase", "The backup was restored. The damaged file was kept in %1."
            ).replace("%1", str(aside)))
            return Database.open(path)
        if isinstance(exc, recovery.DatabaseInUseError):
            return Database.open(path, read_only=True) if ask_read_only(exc, language) else None
    except DomainError as again:
        exc = again
    _refuse(exc, language)
    return None
