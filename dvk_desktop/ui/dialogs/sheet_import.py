"""Import an existing spreadsheet of models: map its columns, check every row, then commit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.services import spreadsheet_import as sheets
from dvk_desktop.services.spreadsheets import read_sheet
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.errors import guard_slot

# Names of the entry fields a column can feed (marked for lupdate, translated when shown).
_FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("SheetImportDialog", "Title"),
    "unit": QT_TRANSLATE_NOOP("SheetImportDialog", "Unit"),
    "field": QT_TRANSLATE_NOOP("SheetImportDialog", "Field"),
    "scope": QT_TRANSLATE_NOOP("SheetImportDialog", "Collective/individual"),
    "entry_type": QT_TRANSLATE_NOOP("SheetImportDialog", "Type"),
    "year": QT_TRANSLATE_NOOP("SheetImportDialog", "Year"),
    "location": QT_TRANSLATE_NOOP("SheetImportDialog", "Place"),
    "start_date": QT_TRANSLATE_NOOP("SheetImportDialog", "Start date"),
    "level": QT_TRANSLATE_NOOP("SheetImportDialog", "Level"),
    "status": QT_TRANSLATE_NOOP("SheetImportDialog", "Status"),
    "person_name": QT_TRANSLATE_NOOP("SheetImportDialog", "Full name"),
    "person_position": QT_TRANSLATE_NOOP("SheetImportDialog", "Position"),
    "person_sex": QT_TRANSLATE_NOOP("SheetImportDialog", "Sex"),
    "person_birth_year": QT_TRANSLATE_NOOP("SheetImportDialog", "Year of birth"),
    "results_notes": QT_TRANSLATE_NOOP("SheetImportDialog", "Results"),
    "money_vnd": QT_TRANSLATE_NOOP("SheetImportDialog", "Money mobilised (VND)"),
    "beneficiaries": QT_TRANSLATE_NOOP("SheetImportDialog", "Beneficiaries"),
    "working_days": QT_TRANSLATE_NOOP("SheetImportDialog", "Working days"),
    "land_m2": QT_TRANSLATE_NOOP("SheetImportDialog", "Land (m²)"),
}


def field_label(name: str) -> str:
    """Translated name of an entry field a column can feed."""
    return QCoreApplication.translate("SheetImportDialog", _FIELD_LABELS.get(name, name))


class SheetImportDialog(QDialog):
    """Shows which column feeds which field, the rows with their problems, and imports."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_import_dialog")
        self.ctx = ctx
        self.path = Path(path)
        self.sheet = read_sheet(self.path)
        self.mapping = sheets.guess_mapping(self.sheet)
        self.plan: sheets.SheetPlan | None = None
        self.imported = 0
        self._build()
        self.retranslate_ui()
        self._show_mapping()
        self.check_rows()

    def _build(self) -> None:
        self.header_label = QLabel(self)
        self.header_spin = QSpinBox(self, objectName="header_spin", minimum=1,
                                    maximum=max(1, len(self.sheet.rows)))
        self.header_spin.setValue(self.mapping.header_row + 1)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.mapping_table = QTableWidget(0, 2, self, objectName="mapping_table")
        self.rows_table = QTableWidget(0, 3, self, objectName="rows_table")
        for table in (self.mapping_table, self.rows_table):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        self.summary_label = QLabel(self, objectName="summary_label", wordWrap=True)
        self.check_button = QPushButton(self, objectName="check_button")
        self.check_button.clicked.connect(self.check_rows)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.import_rows)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.header_label)
        top.addWidget(self.header_spin)
        top.addStretch(1)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.rows_table, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Import spreadsheet: %1").replace("%1", self.path.name))
        self.header_label.setText(self.tr("Row with the column headings:"))
        self.check_button.setText(self.tr("Check rows"))
        self.import_button.setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Imported into")])
        self.rows_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result"),
                                                   self.tr("Details")])

    def _header_changed(self, row: int) -> None:
        index = row - 1
        columns = {}
        for col, text in enumerate(self.sheet.rows[index] if index < len(self.sheet.rows) else []):
            name = sheets.field_of_heading(text)
            if name and name not in columns.values():
                columns[col] = name
        self.mapping = sheets.Mapping(index, columns)
        self._show_mapping()
        self.plan = None
        self._show_plan()

    def _show_mapping(self) -> None:
        headings = self.sheet.rows[self.mapping.header_row] if self.sheet.rows else []
        self.mapping_table.setRowCount(len(headings))
        for col, text in enumerate(headings):
            self.mapping_table.setItem(col, 0, QTableWidgetItem(text))
            combo = QComboBox(self.mapping_table)
            combo.addItem(self.tr("(not imported)"), "")
            for name in sheets.FIELD_NAMES:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(self.mapping.columns.get(col, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(col, 1, combo)
        self.mapping_table.resizeColumnsToContents()

    def _mapping_changed(self, *_args) -> None:
        columns = {}
        for col in range(self.mapping_table.rowCount()):
            name = self.mapping_table.cellWidget(col, 1).currentData()
            if name:
                columns[col] = name
        self.mapping = sheets.Mapping(self.mapping.header_row, columns)
        self.plan = None
        self._show_plan()

    @guard_slot
    def check_rows(self) -> None:
        """Check every row with the current mapping; nothing is written."""
        self.plan = sheets.plan_sheet(self.ctx.db, self.path, self.mapping)
        self._show_plan()

    def _row_text(self, row: sheets.RowResult) -> tuple[str, str]:
        english = self.ctx.language == "en"
        if row.skipped_en:
            return self.tr("Left out"), row.skipped_en if english else row.skipped_vi
        if row.problems:
            details = "; ".join(f"{field_label(name)}: {en if english else vi}"
                                for name, vi, en in row.problems)
            return self.tr("Error"), details
        return self.tr("OK"), row.values.get("title", "")

    def _show_plan(self) -> None:
        rows = self.plan.rows if self.plan else []
        self.rows_table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            result, details = self._row_text(row)
            for col, text in enumerate((str(row.row_number), result, details)):
                self.rows_table.setItem(index, col, QTableWidgetItem(text))
        self.rows_table.resizeColumnsToContents()
        ready = self.plan is not None and not self.plan.errors and bool(self.plan.kept)
        self.import_button.setEnabled(ready)
        if self.plan is None:
            self.summary_label.setText(self.tr("Press “Check rows” to check the sheet again."))
            return
        self.summary_label.setText(
            self.tr("%1 rows to import, %2 with errors, %3 left out. Nothing is imported while "
                    "any row has an error.")
            .replace("%1", str(len(self.plan.kept))).replace("%2", str(len(self.plan.errors)))
            .replace("%3", str(len(self.plan.rows) - len(self.plan.kept))))

    @guard_slot
    def import_rows(self) -> None:
        """Create every kept row in one transaction, then close."""
        if self.plan is None or self.plan.errors:
            return
        self.imported = sheets.commit_sheet(self.ctx.db, self.plan, self.ctx.actor)
        self.accept()
