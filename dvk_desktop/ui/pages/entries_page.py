"""The Entries page: the registry table with its filter bar, summary line and trash."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.vntext import format_number
from dvk_desktop.services import entries as entry_service
from dvk_desktop.services import lookups, units
from dvk_desktop.ui import settings_store
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.errors import guard_slot
from dvk_desktop.ui.models.entries_model import COLUMNS, EntriesModel
from dvk_desktop.ui.pages import entry_actions
from dvk_desktop.ui.widgets.column_chooser import ColumnChooser
from dvk_desktop.ui.widgets.filter_bar import FilterBar
from dvk_desktop.ui.widgets.print_jobs import install_entry_print_actions

HEADER_STATE_KEY = "entries/header"
DEFAULT_HIDDEN = ("location", "person", "updated_at")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("EntriesPage", "Yes"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("EntriesPage", "No"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def format_count(value: int, language: str) -> str:
    """A count in the interface language's number format (4.494 or 4,494)."""
    return f"{value:,}" if language == "en" else format_number(value)


YEAR_IN_ROW = entry_service.ENTRY_ROW_COLUMNS.index("year")


class EntriesPage(QWidget):
    """Browse, filter, open, delete and restore entries."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("entries_page")
        self._form = None  # the entry form, kept between uses (see _open_form)
        self.model = EntriesModel(ctx.db, ctx.language, self)
        self.filter_bar = FilterBar(self)
        self.table = self._make_table()
        self.columns = ColumnChooser(self.table.horizontalHeader())
        self.summary_label = QLabel(self, objectName="summary_label")
        self.toolbar = QToolBar(self)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self.filter_bar.changed.connect(self._apply_filter)
        self.model.summary_changed.connect(self._update_summary)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.activated.connect(self._open_index)
        self.restore_state()
        self._load_choices()
        self.retranslate_ui()

    # -- building ----------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self, objectName="entries_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        widths = {"title": 310, "type": 85, "scope": 110, "field": 150, "level": 105,
                  "status": 125, "year": 50, "unit": 190, "location": 160, "person": 160}
        for column, width in widths.items():
            header.resizeSection(COLUMNS.index(column), width)
        for column in DEFAULT_HIDDEN:
            header.setSectionHidden(COLUMNS.index(column), True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    def _action(self, slot, shortcut: QKeySequence | str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(self.new_entry, "Ctrl+N")
        self.open_action = self._action(self.open_selected)
        self.delete_action = self._action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.restore_action = self._action(self.restore_selected)
        self.toolbar.addSeparator()
        self.trash_action = self._action(self.show_trash, checkable=True)
        self.columns_menu = QMenu(self)
        self.columns_menu.aboutToShow.connect(lambda: self.columns.fill_menu(self.columns_menu))
        self.columns_button = QToolButton(self, objectName="columns_button")
        self.columns_button.setMenu(self.columns_menu)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.columns_button)
        self.lifecycle_actions = entry_actions.lifecycle_actions(self)  # inspect, add to decision
        self.toolbar.addSeparator()
        self.toolbar.addActions(self.lifecycle_actions)
        self.print_actions = install_entry_print_actions(self)  # checklists, forms
        self.refresh_action = QAction(self, shortcut=QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

    # -- page contract -----------------------------------------------------------------------
    def title(self) -> str:
        """Name of the page in the navigation."""
        return self.tr("Entries")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        if self._form is not None and not self._form.isVisible():
            self._form.deleteLater()  # made in the former language: make it again when needed
            self._form = None
        language = self.ctx.language
        self.new_action.setText(self.tr("New entry"))
        self.new_action.setToolTip(self.tr("New entry (Ctrl+N)"))
        self.open_action.setText(self.tr("Open"))
        self.delete_action.setText(self.tr("Move to trash"))
        self.delete_action.setToolTip(self.tr("Move the selected entries to the trash (Delete)"))
        self.restore_action.setText(self.tr("Restore"))
        self.trash_action.setText(self.tr("Trash"))
        self.trash_action.setToolTip(self.tr("Show the entries in the trash"))
        self.columns_button.setText(self.tr("Columns"))
        entry_actions.retranslate_actions(self.lifecycle_actions)
        self.filter_bar.retranslate_ui(language)
        self.model.set_language(language)
        self._update_summary()

    def refresh(self) -> None:
        """Re-read choices, count and rows (after changes elsewhere)."""
        self._load_choices()
        self.model.refresh()

    def prepare_screenshot(self) -> None:
        """Rows read and counted, for a picture of the page."""
        self.refresh()
        self.model.wait_for_count()

    def save_state(self) -> None:
        """Remember column order, widths and visibility."""
        settings_store.save_bytes(HEADER_STATE_KEY, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        """Bring back the columns as the user left them."""
        state = settings_store.load_bytes(HEADER_STATE_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    # -- reactions ---------------------------------------------------------------------------
    def _load_choices(self) -> None:
        self.filter_bar.populate(entry_service.list_entry_years(self.ctx.db),
                                 lookups.list_fields(self.ctx.db), units.unit_tree(self.ctx.db))

    @guard_slot
    def _apply_filter(self) -> None:
        flt = self.filter_bar.filter()
        flt.deleted = self.trash_action.isChecked()
        self.model.set_filter(flt)

    def _update_summary(self) -> None:
        s, language = self.model.summary, self.ctx.language
        text = self.tr("%1 models and typical examples: %2 collective, %3 individual")
        for number, value in (("%1", s.total), ("%2", s.collective), ("%3", s.individual)):
            text = text.replace(number, format_count(value, language))
        if self.model.counting:  # the first rows are shown; the count is on its way
            text = self.tr("Counting… (first %1 shown)").replace(
                "%1", format_count(s.total, language))
        if self.trash_action.isChecked():
            text = self.tr("In the trash: %1").replace("%1", text)
        self.summary_label.setText(text)

    def _update_actions(self) -> None:
        in_trash = self.trash_action.isChecked()
        chosen = bool(self.selected_rows())
        self.new_action.setEnabled(not in_trash)
        self.open_action.setEnabled(len(self.selected_rows()) == 1)
        self.delete_action.setEnabled(chosen and not in_trash)
        self.restore_action.setEnabled(chosen and in_trash)
        for action in self.lifecycle_actions:
            action.setEnabled(chosen and not in_trash)

    def selected_rows(self) -> list[int]:
        """Rows selected in the table, top to bottom."""
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def select_entry(self, entry_id: str) -> bool:
        """Select and show ``entry_id`` if it is among the rows read so far."""
        row = self.model.find_loaded_row(entry_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    @guard_slot
    def show_trash(self, shown: bool | None = None) -> None:
        """Switch between the live entries and the trash (``None``: as the toggle says)."""
        if shown is not None:
            self.trash_action.setChecked(shown)
        self._apply_filter()
        self._update_summary()

    @guard_slot
    def delete_selected(self) -> None:
        """Move the selected entries to the trash after confirmation."""
        rows = self.selected_rows()
        if not rows or self.trash_action.isChecked():
            return
        question = self.tr("Move %1 selected entries to the trash? They can be restored "
                           "from the trash.").replace("%1", format_count(len(rows), self.ctx.language))
        if not confirm(self, self.tr("Move to trash"), question):
            return
        self._change_rows(rows, entry_service.delete_entry)
        self.status_message.emit(self.tr("%1 entries moved to the trash.")
                                 .replace("%1", format_count(len(rows), self.ctx.language)))

    @guard_slot
    def restore_selected(self) -> None:
        """Bring the selected entries back from the trash."""
        rows = self.selected_rows()
        if not rows or not self.trash_action.isChecked():
            return
        self._change_rows(rows, entry_service.restore_entry)
        self.status_message.emit(self.tr("%1 entries restored.")
                                 .replace("%1", format_count(len(rows), self.ctx.language)))

    def _change_rows(self, rows: list[int], change) -> None:
        targets = [(self.model.entry_id(r), self.model.entry_version(r)) for r in rows]
        try:
            for entry_id, version in targets:
                if entry_id is not None:
                    change(self.ctx.db, entry_id, self.ctx.actor, expected_version=version)
        finally:
            self.refresh()

    # -- the entry form ------------------------------------------------------------------------
    @guard_slot
    def new_entry(self) -> None:
        """Open an empty entry form."""
        self._open_form(None)

    @guard_slot
    def open_selected(self) -> None:
        """Open the form of the selected entry."""
        rows = self.selected_rows()
        if rows:
            self._open_form(self.model.entry_id(rows[0]))

    @guard_slot
    def _open_index(self, index) -> None:
        if not self.trash_action.isChecked():
            self._open_form(self.model.entry_id(index.row()))

    def _open_form(self, entry_id: str | None) -> None:
        try:
            from dvk_desktop.ui.dialogs.entry_form import EntryFormDialog
        except ModuleNotFoundError as exc:
            raise DomainError("Phiên bản này chưa có mẫu nhập mô hình, điển hình.",
                              "This version has no entry form yet.") from exc

        dialog = self._form
        if dialog is None or dialog.isVisible():
            # One form is kept between uses: making its widgets is most of opening it.
            dialog = self._form = EntryFormDialog(self.ctx, entry_id, self)
            dialog.saved.connect(self._entry_saved)
        else:
            dialog.edit(entry_id)
        dialog.open()

    def _entry_saved(self, entry_id: str) -> None:
        row = self.model.entry_saved(entry_id)
        if row is not None and not self.filter_bar.offers_year(row[YEAR_IN_ROW]):
            self._load_choices()  # a year the filter did not offer yet
        self.select_entry(entry_id)
