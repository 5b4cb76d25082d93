"""Exchange page box for spreadsheets: export the registry, import an existing sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from dvk_desktop.services import spreadsheets
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.sheet_import import SheetImportDialog
from dvk_desktop.ui.errors import guard_slot


class SheetBox(QGroupBox):
    """Excel and CSV: the whole registry out, an office's old list in (checked first)."""

    imported = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_box")
        self.ctx = ctx
        self.export_sheet_button = QPushButton(self, objectName="export_sheet_button")
        self.import_sheet_button = QPushButton(self, objectName="import_sheet_button")
        self.result_label = QLabel(self, objectName="sheet_result_label", wordWrap=True)
        self.export_sheet_button.clicked.connect(self.export_registry)
        self.import_sheet_button.clicked.connect(self.import_sheet)
        row = QHBoxLayout(self)
        row.addWidget(self.export_sheet_button)
        row.addWidget(self.import_sheet_button)
        row.addWidget(self.result_label, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Excel and CSV"))
        self.export_sheet_button.setText(self.tr("Export the registry…"))
        self.import_sheet_button.setText(self.tr("Import a spreadsheet…"))

    def ask_save_path(self) -> str:
        """Where to write the registry (a seam for tests)."""
        return QFileDialog.getSaveFileName(self, self.tr("Export the registry"), "danh-sach.xlsx",
                                           self.tr("Excel (*.xlsx);;CSV, UTF-8 (*.csv)"))[0]

    def ask_open_path(self) -> str:
        """Which spreadsheet to import (a seam for tests)."""
        return QFileDialog.getOpenFileName(self, self.tr("Import a spreadsheet"), "",
                                           self.tr("Spreadsheets (*.xlsx *.csv)"))[0]

    def run_import_dialog(self, path: Path) -> int:
        """Show the mapping and check dialog; returns how many entries it imported."""
        dialog = SheetImportDialog(self.ctx, path, self)
        dialog.exec()
        return dialog.imported

    @guard_slot
    def export_registry(self) -> None:
        """Write every live entry to .xlsx or .csv."""
        path = self.ask_save_path()
        if not path:
            return
        count = spreadsheets.export_sheet(self.ctx.db, Path(path), language=self.ctx.language)
        self.result_label.setText(self.tr("%1 entries written to %2")
                                  .replace("%1", str(count)).replace("%2", path))

    @guard_slot
    def import_sheet(self) -> None:
        """Pick a spreadsheet, check it, and import it when every kept row is valid."""
        path = self.ask_open_path()
        if not path:
            return
        count = self.run_import_dialog(Path(path))
        if count:
            self.result_label.setText(self.tr("%1 entries imported from %2")
                                      .replace("%1", str(count)).replace("%2", Path(path).name))
            self.imported.emit(count)
