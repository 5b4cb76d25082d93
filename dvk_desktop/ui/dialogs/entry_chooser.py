"""A small dialog to find one entry by typing part of its title (diacritics ignored)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.records import EntryFilter
from dvk_desktop.services import entries
from dvk_desktop.ui.context import AppContext

LIMIT = 200


class EntryChooserDialog(QDialog):
    """Search box and the matching entries; the chosen entry's id is ``chosen_id``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen_id: str | None = None
        self.search_edit = QLineEdit(self, objectName="search_edit", clearButtonEnabled=True)
        self.result_list = QListWidget(self, objectName="result_list")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.result_list, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.result_list.itemActivated.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 480)
        self.retranslate_ui()
        self.search()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> str | None:
        """The id of the chosen entry, or None when cancelled."""
        dialog = cls(ctx, parent)
        return dialog.chosen_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Choose an entry"))
        self.search_edit.setPlaceholderText(self.tr("Type part of the title, unit or person"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def search(self) -> None:
        """List the entries matching the typed text."""
        found = entries.list_entries(self.ctx.db, EntryFilter(text=self.search_edit.text()),
                                     limit=LIMIT, language=self.ctx.language)
        self.result_list.clear()
        for record in found:
            item = QListWidgetItem(f"{record.data.title} — {record.unit_name} ({record.data.year})")
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.result_list.addItem(item)
        if found:
            self.result_list.setCurrentRow(0)

    def accept(self) -> None:
        """Close with the current entry chosen (nothing chosen: stay open)."""
        item = self.result_list.currentItem()
        if item is None:
            return
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
