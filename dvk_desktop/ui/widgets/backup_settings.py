"""Settings tab: backups — where they go, make one now, the list, restore one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import backups
from dvk_desktop.ui import errors
from dvk_desktop.ui.context import AppContext


class BackupSettings(QWidget):
    """Backups of the open database: folder, create, list and restore."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backup_settings")
        self.folder_label = QLabel(self, objectName="folder_label")
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self, objectName="choose_button")
        self.default_button = QPushButton(self, objectName="default_button")
        self.create_button = QPushButton(self, objectName="create_button")
        self.restore_button = QPushButton(self, objectName="restore_button")
        self.table = QTableWidget(0, 3, self, objectName="backups_table")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status_label = QLabel(self, objectName="status_label")
        self.status_label.setWordWrap(True)
        self._lay_out()
        self.choose_button.clicked.connect(self.choose_folder)
        self.default_button.clicked.connect(self.use_default_folder)
        self.create_button.clicked.connect(self.create_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.retranslate_ui()
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.default_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

    def title(self) -> str:
        """Name of the tab."""
        return self.tr("Backups")

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.choose_button.setText(self.tr("Choose folder…"))
        self.default_button.setText(self.tr("Default folder"))
        self.create_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore selected…"))
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Kind"),
                                              self.tr("Size")])
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _kind_text(self, kind: str) -> str:
        names = {"daily": self.tr("Daily"), "weekly": self.tr("Weekly"),
                 "manual": self.tr("Manual"), "pre-import": self.tr("Before an import"),
                 "pre-migration": self.tr("Before an upgrade"),
                 "pre-restore": self.tr("Before a restore")}
        return names.get(kind, kind)

    def refresh(self) -> None:
        """Show the folder and the backups, newest first."""
        if self.ctx.db.path is None:
            self.folder_label.setText(self.tr("Backups are made by the database server."))
            self.setEnabled(False)
            return
        folder = backups.backup_folder(self.ctx.db)
        self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(folder)))
        self.found = backups.list_backups(self.ctx.db)
        self.table.setRowCount(len(self.found))
        for row, info in enumerate(self.found):
            cells = [info.created.strftime("%d/%m/%Y %H:%M"), self._kind_text(info.kind),
                     f"{info.size / 1_048_576:.1f} MB"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                self.table.setItem(row, column, item)
        if self.ctx.db.backup_warning:
            self.status_label.setText(self.tr("Today's automatic backup failed: %1")
                                      .replace("%1", self.ctx.db.backup_warning))

    def choose_folder(self) -> None:
        """Let the office pick a folder (e.g. a USB stick)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if chosen:
            self._set_folder(chosen)

    def use_default_folder(self) -> None:
        """Back to the folder in the user data directory."""
        self._set_folder(None)

    def _set_folder(self, folder: str | None) -> None:
        try:
            backups.set_chosen_folder(self.ctx.db, folder)
        except DomainError as exc:
            errors.show_error(exc, self)
        self.refresh()

    def create_now(self) -> None:
        """Make and verify a backup now."""
        try:
            info = backups.create_backup(self.ctx.db)
        except DomainError as exc:
            errors.show_error(exc, self)
            return
        self.status_label.setText(self.tr("Backed up and verified: %1").replace("%1",
                                                                                info.path.name))
        self.refresh()

    def selected_path(self) -> str | None:
        """The backup file of the selected row."""
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def restore_selected(self) -> None:
        """Put the selected backup in place (after confirmation); the program then closes."""
        source = self.selected_path()
        if source is None or not self.confirm_restore():
            return
        path = self.ctx.db.path
        self.ctx.db.close()
        try:
            aside = backups.restore_backup(path, source)
        except DomainError as exc:
            errors.show_error(exc, self)
            QApplication.quit()
            return
        QMessageBox.information(self, self.tr("Restored"), self.tr(
            "The backup was restored. The previous data was kept in %1. The program closes "
            "now; open it again to continue.").replace("%1", str(aside)))
        QApplication.quit()

    def confirm_restore(self) -> bool:
        """Ask before replacing the data (a separate method so tests can answer)."""
        answer = QMessageBox.question(self, self.tr("Restore a backup"), self.tr(
            "Replace the current data by this backup? The current data is kept aside first."))
        return answer == QMessageBox.StandardButton.Yes
