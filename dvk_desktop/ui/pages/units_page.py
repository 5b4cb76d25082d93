"""The Units page: the tree of units with add, edit, retire, merge, trash and the catalogue."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import units
from dvk_desktop.services.units import UnitNode
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.catalogue_picker import CataloguePicker
from dvk_desktop.ui.dialogs.retire_dialog import RetireDialog
from dvk_desktop.ui.dialogs.unit_dialog import UnitDialog
from dvk_desktop.ui.forms.units_page_ui import Ui_UnitsPage
from dvk_desktop.ui.models.unit_tree_model import UnitTreeModel
from dvk_desktop.ui.widgets.unit_picker import SearchKeyFilterProxy


class UnitsPage(QWidget):
    """Browse and change the unit tree; retired units are grey with their successor."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_UnitsPage()
        self.form.setupUi(self)
        self.model = UnitTreeModel(ctx.language, self)
        self.proxy = SearchKeyFilterProxy(self)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setSourceModel(self.model)
        tree = self.form.tree_view
        tree.setModel(self.proxy)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        f = self.form
        f.add_button.clicked.connect(self.add_unit)
        f.edit_button.clicked.connect(self.edit_unit)
        f.retire_button.clicked.connect(lambda: self.retire(merge=False))
        f.merge_button.clicked.connect(lambda: self.retire(merge=True))
        f.delete_button.clicked.connect(self.delete_selected)
        f.restore_button.clicked.connect(self.restore_selected)
        f.catalogue_button.clicked.connect(self.add_from_catalogue)
        f.show_deleted_check.toggled.connect(lambda _on: self.refresh())
        f.search_edit.textChanged.connect(self._search)
        f.tree_view.doubleClicked.connect(lambda _index: self.edit_unit())
        f.tree_view.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- page contract -----------------------------------------------------------------------
    def title(self) -> str:
        """Name of the page in the navigation."""
        return self.tr("Units")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.form.retranslateUi(self)
        self.model.language = self.ctx.language
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch made while the program runs."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
        super().changeEvent(event)

    def refresh(self, select_ids: list[str] | None = None) -> None:
        """Re-read the tree, keeping the selection."""
        keep = select_ids if select_ids is not None else [n.id for n in self.selected_nodes()]
        self.model.set_nodes(units.unit_tree(self.ctx.db,
                                             self.form.show_deleted_check.isChecked()))
        self._expand_top()
        self.select_units(keep)
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------------
    def selected_nodes(self) -> list[UnitNode]:
        """The units selected in the tree."""
        rows = self.form.tree_view.selectionModel().selectedRows()
        nodes = [self.model.node(self.proxy.mapToSource(index)) for index in rows]
        return [node for node in nodes if node is not None]

    def select_units(self, unit_ids: list[str]) -> None:
        """Select (and show) these units."""
        tree = self.form.tree_view
        tree.clearSelection()
        flags = (tree.selectionModel().SelectionFlag.Select
                 | tree.selectionModel().SelectionFlag.Rows)
        for unit_id in unit_ids:
            index = self.proxy.mapFromSource(self.model.index_of(unit_id))
            if index.isValid():
                tree.selectionModel().select(index, flags)
                tree.scrollTo(index)

    def _expand_top(self) -> None:
        tree = self.form.tree_view
        for row in range(self.proxy.rowCount()):
            tree.expand(self.proxy.index(row, 0))

    def _search(self, text: str) -> None:
        self.proxy.set_search_text(text)
        if text.strip():
            self.form.tree_view.expandAll()
        else:
            self._expand_top()

    def _update_buttons(self, *_args) -> None:
        nodes = self.selected_nodes()
        f = self.form
        f.edit_button.setEnabled(len(nodes) == 1)
        f.retire_button.setEnabled(bool(nodes) and not any(n.retired or n.deleted for n in nodes))
        f.merge_button.setEnabled(bool(nodes) and not any(n.deleted for n in nodes))
        f.delete_button.setEnabled(bool(nodes) and not any(n.deleted for n in nodes))
        f.restore_button.setEnabled(bool(nodes) and all(n.deleted for n in nodes))

    # -- actions -----------------------------------------------------------------------------
    def add_unit(self) -> None:
        """Add a unit below the selected one (or below this office's unit)."""
        nodes = self.selected_nodes()
        parent_id = nodes[0].id if nodes else self.ctx.office.unit_id
        saved = UnitDialog.ask(self.ctx, None, parent_id, self)
        if saved:
            self.refresh([saved])

    def edit_unit(self) -> None:
        """Edit the selected unit."""
        nodes = self.selected_nodes()
        if len(nodes) == 1 and UnitDialog.ask(self.ctx, nodes[0].id, None, self):
            self.refresh()

    def retire(self, merge: bool) -> None:
        """Retire the selected units, or merge them into a successor."""
        nodes = self.selected_nodes()
        if nodes and RetireDialog.ask(self.ctx, nodes, merge, self):
            self.refresh()
            self.status_message.emit(self.tr("Units retired: %1").replace("%1", str(len(nodes))))

    def delete_selected(self) -> None:
        """Move the selected (unused) units to the trash."""
        self._apply_each(units.delete_unit, self.tr("Units moved to the trash: %1")
                          .replace("%1", str(len(self.selected_nodes()))))

    def restore_selected(self) -> None:
        """Bring the selected units back from the trash."""
        self._apply_each(units.restore_unit, self.tr("Units restored: %1")
                          .replace("%1", str(len(self.selected_nodes()))))

    def _apply_each(self, action, done_message: str) -> None:
        for node in self.selected_nodes():
            try:
                action(self.ctx.db, node.id, self.ctx.actor)
            except DomainError as error:
                self.show_error(f"{node.name}: {error.message(self.ctx.language)}")
                break
        else:
            self.status_message.emit(done_message)
        self.refresh()

    def add_from_catalogue(self) -> None:
        """Pick communes of the province's catalogue not yet in the tree and add them."""
        province = self.ctx.office.province_code
        missing = units.missing_catalogue_communes(self.ctx.db, province)
        if not missing:
            self.show_info(self.tr("Every commune of the catalogue is already in the tree."))
            return
        codes = CataloguePicker.ask(missing, self)
        if not codes:
            return
        try:
            added = units.add_catalogue_communes(self.ctx.db, province, codes, self.ctx.actor)
        except DomainError as error:
            self.show_error(error.message(self.ctx.language))
            return
        self.refresh([record.id for record in added])
        self.status_message.emit(self.tr("Communes added: %1").replace("%1", str(len(added))))

    # -- seams for messages (replaced in tests) -----------------------------------------------
    def show_error(self, text: str) -> None:
        """Tell why a change was refused."""
        QMessageBox.warning(self, self.tr("Units"), text)

    def show_info(self, text: str) -> None:
        """Tell something that needs no answer."""
        QMessageBox.information(self, self.tr("Units"), text)
