"""Evidence of an entry or an inspection: thumbnails of photos, documents by name; add,
open with the system viewer, remove (restorable) and restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.lifecycle_records import AttachmentRecord
from dvk_desktop.services import evidence
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.errors import guard_slot

THUMB = QSize(120, 90)


def choose_files(parent: QWidget, caption: str) -> list[str]:
    """Ask for files to attach (tests replace this function)."""
    names, _ = QFileDialog.getOpenFileNames(parent, caption)
    return names


def open_file(path: Path) -> bool:
    """Open a file with the system's viewer (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EvidencePanel(QWidget):
    """Attachments of one entry or inspection; inactive until the owner has been saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("evidence_panel")
        self.entry_id: str | None = None
        self.inspection_id: str | None = None
        self.records: list[AttachmentRecord] = []
        self.file_list = QListWidget(self, objectName="file_list")
        self.file_list.setViewMode(QListView.ViewMode.IconMode)
        self.file_list.setIconSize(THUMB)
        self.file_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.file_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.file_list.setWordWrap(True)
        self.file_list.itemActivated.connect(lambda _i: self.open_selected())
        self.buttons = {name: QPushButton(self, objectName=f"{name}_button")
                        for name in ("add", "open", "remove")}
        self.removed_check = QCheckBox(self, objectName="removed_check")
        self.info_label = QLabel(self, objectName="info_label", wordWrap=True)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addWidget(self.removed_check)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.info_label)
        self.buttons["add"].clicked.connect(self.add_files)
        self.buttons["open"].clicked.connect(self.open_selected)
        self.buttons["remove"].clicked.connect(self.remove_or_restore)
        self.removed_check.toggled.connect(lambda _c: self.refresh())
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.buttons["add"].setText(self.tr("Attach files…"))
        self.buttons["open"].setText(self.tr("Open"))
        self.removed_check.setText(self.tr("Show removed"))
        self._update_buttons()

    def set_owner(self, entry_id: str | None = None, inspection_id: str | None = None) -> None:
        """Show the attachments of an entry or an inspection (None: not saved yet)."""
        self.entry_id, self.inspection_id = entry_id, inspection_id
        self.refresh()

    def has_owner(self) -> bool:
        """True once the entry or inspection exists in the database."""
        return bool(self.entry_id or self.inspection_id)

    def refresh(self) -> None:
        """Re-read the attachments and draw their thumbnails."""
        self.file_list.clear()
        self.records = []
        if self.has_owner():
            self.records = evidence.list_attachments(
                self.ctx.db, self.entry_id, self.inspection_id, self.removed_check.isChecked())
        for record in self.records:
            item = QListWidgetItem(self._icon(record), record.caption or record.file_name)
            item.setToolTip(record.file_name)
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.file_list.addItem(item)
        self._update_buttons()

    def _icon(self, record: AttachmentRecord) -> QIcon:
        if record.is_image:
            pixmap = QPixmap(str(evidence.blob_path(self.ctx.db, record.sha256)))
            if not pixmap.isNull():
                return QIcon(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _update_buttons(self) -> None:
        removed = self.removed_check.isChecked()
        self.buttons["remove"].setText(self.tr("Restore") if removed else self.tr("Remove"))
        self.buttons["add"].setEnabled(self.has_owner() and not removed)
        self.info_label.setText("" if self.has_owner() else
                                self.tr("Save first, then attach photos and documents."))

    def selected_records(self) -> list[AttachmentRecord]:
        """The attachments selected in the list."""
        rows = sorted(self.file_list.row(i) for i in self.file_list.selectedItems())
        return [self.records[r] for r in rows]

    @guard_slot
    def add_files(self) -> None:
        """Copy chosen files into the evidence store and attach them."""
        problems = []
        for name in choose_files(self, self.tr("Attach photos and documents")):
            try:
                evidence.add_attachment(self.ctx.db, name, self.ctx.actor, self.entry_id,
                                        self.inspection_id)
            except DomainError as exc:  # one bad file must not stop the others
                problems.append(exc.message(self.ctx.language))
        self.refresh()
        if problems:
            self.info_label.setText("\n".join(problems))

    @guard_slot
    def open_selected(self) -> None:
        """Open the selected files with the system's viewer."""
        for record in self.selected_records():
            open_file(evidence.file_of(self.ctx.db, record))

    @guard_slot
    def remove_or_restore(self) -> None:
        """Remove the selected attachments (restorable), or restore them when showing removed."""
        restore = self.removed_check.isChecked()
        for record in self.selected_records():
            evidence.set_attachment_deleted(self.ctx.db, record.id, not restore, self.ctx.actor)
        self.refresh()
