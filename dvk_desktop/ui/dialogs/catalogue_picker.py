"""Choosing communes from the statistics office's catalogue, by searching without diacritics."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog

from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services.catalogue import CatalogueItem
from dvk_desktop.ui.forms.catalogue_picker_ui import Ui_CataloguePicker
from dvk_desktop.ui.widgets.unit_picker import ID_ROLE, KEY_ROLE, SearchKeyFilterProxy


class CataloguePicker(QDialog):
    """A searchable, multi-select list of catalogue communes; ``chosen_codes`` after Add."""

    def __init__(self, items: list[CatalogueItem], parent=None) -> None:
        super().__init__(parent)
        self.form = Ui_CataloguePicker()
        self.form.setupUi(self)
        self.model = QStandardItemModel(self)
        for entry in items:
            row = QStandardItem(f"{entry.name} ({entry.code})")
            row.setData(entry.code, ID_ROLE)
            row.setData(search_key(entry.name, entry.code), KEY_ROLE)
            row.setEditable(False)
            self.model.appendRow(row)
        self.proxy = SearchKeyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.form.list_view.setModel(self.proxy)
        self.chosen_codes: list[str] = []
        f = self.form
        f.search_edit.textChanged.connect(self.set_search)
        f.list_view.selectionModel().selectionChanged.connect(self.refresh_state)
        f.list_view.doubleClicked.connect(lambda _i: self.add())
        f.select_all_button.clicked.connect(f.list_view.selectAll)
        f.add_button.clicked.connect(self.add)
        f.cancel_button.clicked.connect(self.reject)
        self.refresh_state()

    def set_search(self, text: str) -> None:
        """Show only the communes whose name or code holds every typed word."""
        self.proxy.set_search_text(text)
        self.refresh_state()

    def shown_codes(self) -> list[str]:
        """Codes of the communes the list shows now."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def selected_codes(self) -> list[str]:
        """Codes of the selected communes, in list order."""
        rows = sorted(self.form.list_view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(ID_ROLE) for index in rows]

    def refresh_state(self, *_args) -> None:
        """Count what is shown and selected; Add needs a selection."""
        selected = len(self.selected_codes())
        self.form.count_label.setText(self.tr("%1 shown, %2 selected")
                                      .replace("%1", str(self.proxy.rowCount()))
                                      .replace("%2", str(selected)))
        self.form.add_button.setEnabled(selected > 0)

    def add(self) -> None:
        """Close with the selected communes."""
        self.chosen_codes = self.selected_codes()
        if self.chosen_codes:
            self.accept()

    @classmethod
    def ask(cls, items: list[CatalogueItem], parent=None) -> list[str]:
        """Open the picker; the codes chosen (empty when cancelled)."""
        dialog = cls(items, parent)
        dialog.exec()
        return dialog.chosen_codes
