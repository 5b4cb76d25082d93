"""Settings tab: which database the program opens (this computer's file or a shared server)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop import config
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import database_location as location_service
from dvk_desktop.ui import settings_store
from dvk_desktop.ui.context import AppContext

LOCATION_KEY = "database/location"


def stored_location() -> str | None:
    """The database chosen in Settings, or None for the default file."""
    return settings_store.load_text(LOCATION_KEY) or None


class DatabaseSettings(QWidget):
    """Shows the open database and lets the office choose another for the next start."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("database_settings")
        self.current_label = QLabel(self, objectName="current_label")
        self.current_value = QLabel(self, objectName="current_value")
        self.current_value.setWordWrap(True)
        self.location_edit = QLineEdit(self, objectName="location_edit")
        self.location_edit.setText(stored_location() or "")
        self.browse_button = QPushButton(self, objectName="browse_button")
        self.test_button = QPushButton(self, objectName="test_button")
        self.save_button = QPushButton(self, objectName="save_button")
        self.default_button = QPushButton(self, objectName="default_button")
        self.result_label = QLabel(self, objectName="result_label")
        self.result_label.setWordWrap(True)
        self.hint_label = QLabel(self, objectName="hint_label")
        self.hint_label.setWordWrap(True)
        self._lay_out()
        self.browse_button.clicked.connect(self.browse)
        self.test_button.clicked.connect(self.test_location)
        self.save_button.clicked.connect(self.save_location)
        self.default_button.clicked.connect(self.use_default)
        self.retranslate_ui()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.current_label, self.current_value)
        row = QHBoxLayout()
        row.addWidget(self.location_edit, 1)
        row.addWidget(self.browse_button)
        self.location_label = QLabel(self)
        form.addRow(self.location_label, row)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.save_button, self.default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

    def title(self) -> str:
        """Name of the tab."""
        return self.tr("Database")

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.current_label.setText(self.tr("Open now:"))
        shown = self.ctx.db.path or self.ctx.db.engine.url.render_as_string(hide_password=True)
        self.current_value.setText(location_service.display_location(str(shown)))
        self.location_label.setText(self.tr("Open at next start:"))
        self.location_edit.setPlaceholderText(
            self.tr("Default: %1").replace("%1", str(config.default_db_path())))
        self.hint_label.setText(self.tr(
            "A database file on this computer, or the address of the office's shared "
            "PostgreSQL server, e.g. postgresql://officer:password@server:5432/dvk"))
        self.browse_button.setText(self.tr("Choose file…"))
        self.test_button.setText(self.tr("Test connection"))
        self.save_button.setText(self.tr("Use at next start"))
        self.default_button.setText(self.tr("Use the default file"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def browse(self) -> None:
        """Pick a database file."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), str(config.data_dir()),
            self.tr("Databases (*.sqlite3 *.db)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.location_edit.setText(path)

    def test_location(self) -> bool:
        """Try the typed location and show the outcome; True when it can be used."""
        try:
            check = location_service.check_location(self.location_edit.text()
                                                    or str(config.default_db_path()))
        except DomainError as exc:
            self.result_label.setText(exc.message(self.ctx.language))
            return False
        self.result_label.setText(check.message(self.ctx.language))
        return check.reachable

    def save_location(self) -> None:
        """Remember the typed location for the next start, after checking it."""
        if not self.location_edit.text().strip():
            self.use_default()
            return
        if self.test_location():
            location = location_service.normalise_location(self.location_edit.text())
            settings_store.save_text(LOCATION_KEY, location)
            self.result_label.setText(self.result_label.text() + " " + self.tr(
                "The program will open this database at its next start."))

    def use_default(self) -> None:
        """Forget the chosen location: the next start opens the default file."""
        settings_store.save_text(LOCATION_KEY, "")
        self.location_edit.clear()
        self.result_label.setText(self.tr("The program will open the default file at its next start."))
