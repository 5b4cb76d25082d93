"""The Inspections page: every inspection with filters by year, unit and classification."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.enums import Classification, Status
from dvk_desktop.domain.validation import current_year
from dvk_desktop.domain.vntext import format_number
from dvk_desktop.services import inspections, units
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.entry_chooser import EntryChooserDialog
from dvk_desktop.ui.dialogs.inspection_form import InspectionFormDialog
from dvk_desktop.ui.errors import guard_slot
from dvk_desktop.ui.models.rows_model import Column, RowsModel, format_points


def inspection_columns(language_of) -> list[Column]:
    """Columns of the inspections list."""
    def label(value):
        return Classification(value).label(language_of()) if value else ""

    return [
        Column("date", lambda: QCoreApplication.translate("InspectionsPage", "Date"),
               lambda r: r.inspected_on.strftime("%d/%m/%Y"),
               sort_value=lambda r: r.inspected_on.toordinal()),
        Column("entry", lambda: QCoreApplication.translate("InspectionsPage", "Entry"), lambda r: r.entry_title),
        Column("unit", lambda: QCoreApplication.translate("InspectionsPage", "Unit"), lambda r: r.unit_name),
        Column("place", lambda: QCoreApplication.translate("InspectionsPage", "Place"), lambda r: r.place),
        Column("total", lambda: QCoreApplication.translate("InspectionsPage", "Total"), lambda r: format_points(r.total_points, language_of()),
               align_right=True, sort_value=lambda r: r.total_points),
        Column("classification", lambda: QCoreApplication.translate("InspectionsPage", "Classification"), lambda r: label(r.classification)),
        Column("head", lambda: QCoreApplication.translate("InspectionsPage", "Head of delegation"), lambda r: r.head_of_delegation),
    ]


class InspectionsPage(QWidget):
    """List, filter, open, add and remove inspections."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("inspections_page")
        self.model = RowsModel(inspection_columns(lambda: self.ctx.language), self)
        self.table = QTableView(self, objectName="inspections_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.activated.connect(lambda _i: self.open_selected())
        self.toolbar = QToolBar(self)
        self.new_action = self._action(self.new_inspection, "Ctrl+N")
        self.open_action = self._action(self.open_selected)
        self.delete_action = self._action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.trash_action = self._action(self.refresh, checkable=True)
        self.year_combo = QComboBox(self, objectName="year_combo")
        self.unit_combo = QComboBox(self, objectName="unit_combo")
        self.class_combo = QComboBox(self, objectName="classification_combo")
        self.summary_label = QLabel(self, objectName="summary_label")
        filters = QHBoxLayout()
        self.filter_captions = [QLabel(self) for _ in range(3)]
        for caption, combo in zip(self.filter_captions,
                                  (self.year_combo, self.unit_combo, self.class_combo), strict=True):
            filters.addWidget(caption)
            filters.addWidget(combo, 1 if combo is self.unit_combo else 0)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self._fill_filters()
        for combo in (self.year_combo, self.unit_combo, self.class_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.retranslate_ui()

    def _action(self, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(self, checkable=checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _fill_filters(self) -> None:
        self.year_combo.addItem("", None)
        for year in range(current_year(), 2008, -1):
            self.year_combo.addItem(str(year), year)
        self.unit_combo.addItem("", None)
        for node in units.unit_tree(self.ctx.db):
            self.unit_combo.addItem(node.name, node.id)
        self.class_combo.addItem("", None)
        for item in Classification:
            self.class_combo.addItem(item.label(self.ctx.language), item.value)
        # This year's inspections first: a province holds tens of thousands over the years.
        self.year_combo.setCurrentIndex(self.year_combo.findData(current_year()))

    # -- page contract ------------------------------------------------------------------------
    def title(self) -> str:
        """Name of the page in the navigation."""
        return self.tr("Inspections")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.new_action.setText(self.tr("New inspection"))
        self.new_action.setToolTip(self.tr("Inspect an entry (Ctrl+N)"))
        self.open_action.setText(self.tr("Open"))
        self.delete_action.setText(self.tr("Move to trash"))
        self.trash_action.setText(self.tr("Trash"))
        for caption, text in zip(self.filter_captions,
                                 (self.tr("Year:"), self.tr("Unit:"), self.tr("Classification:")),
                                 strict=True):
            caption.setText(text)
        self.year_combo.setItemText(0, self.tr("All years"))
        self.unit_combo.setItemText(0, self.tr("All units"))
        self.class_combo.setItemText(0, self.tr("All results"))
        for row, item in enumerate(Classification, start=1):
            self.class_combo.setItemText(row, item.label(self.ctx.language))
        self.model.retranslate()
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        """Show what changed elsewhere (new entries, inspections …) each time the page appears."""
        super().showEvent(event)
        self.refresh()

    @guard_slot
    def refresh(self, *_args) -> None:
        """Re-read the list with the chosen filters."""
        rows = inspections.list_inspections(
            self.ctx.db, year=self.year_combo.currentData(), unit_id=self.unit_combo.currentData(),
            classification=self.class_combo.currentData(), deleted=self.trash_action.isChecked())
        self.model.set_records(rows)
        self.delete_action.setText(self.tr("Restore") if self.trash_action.isChecked()
                                   else self.tr("Move to trash"))
        self.summary_label.setText(self.tr("%1 inspections").replace(
            "%1", format_number(len(rows))))

    def selected_ids(self) -> list[str]:
        """Ids of the selected inspections."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r).id for r in rows]

    # -- actions ------------------------------------------------------------------------------
    @guard_slot
    def new_inspection(self, entry_id: str | None = None) -> None:
        """Choose an entry, then open a blank inspection form for it."""
        entry_id = entry_id or EntryChooserDialog.ask(self.ctx, self)
        if entry_id:
            self._show(InspectionFormDialog(self.ctx, entry_id=entry_id, parent=self))

    @guard_slot
    def open_selected(self) -> None:
        """Open the selected inspection."""
        chosen = self.selected_ids()
        if chosen:
            self._show(InspectionFormDialog(self.ctx, inspection_id=chosen[0], parent=self))

    def _show(self, dialog: InspectionFormDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id, d=dialog: self._saved(d))
        dialog.open()

    def _saved(self, dialog: InspectionFormDialog) -> None:
        self.refresh()
        self.status_message.emit(self.tr("Inspection saved; the entry is now: %1")
                                 .replace("%1", Status(dialog.new_status).label(self.ctx.language)))

    @guard_slot
    def delete_selected(self) -> None:
        """Move the selected inspections to the trash (or restore them from it)."""
        restore = self.trash_action.isChecked()
        for inspection_id in self.selected_ids():
            inspections.set_inspection_deleted(self.ctx.db, inspection_id, not restore,
                                               self.ctx.actor)
        self.refresh()
