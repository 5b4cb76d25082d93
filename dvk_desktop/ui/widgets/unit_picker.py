"""Choosing a unit by typing part of its name or code, with or without diacritics."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services.units import UnitNode

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role holding the record id of an item."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role holding the diacritics-free search key of an item."""


class SearchKeyFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose KEY_ROLE contains every word typed, ignoring case and diacritics."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search_text(self, text: str) -> None:
        """Filter by ``text``: "quynh luu" keeps "Xã Quỳnh Lưu"."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._words = search_key(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = search_key(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        """True when the row's search key holds every typed word."""
        if not self._words:
            return True
        index = self.sourceModel().index(row, 0, parent)
        key = index.data(KEY_ROLE) or ""
        return all(word in key for word in self._words)


def unit_label(node: UnitNode) -> str:
    """How a unit reads in lists: "Xã Quỳnh Lưu (16678)"."""
    return f"{node.name} ({node.code})"


class UnitPicker(QLineEdit):
    """A line edit completing unit names and codes; ``unit_id()`` is the chosen unit."""

    unit_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._proxy = SearchKeyFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._ids_by_label: dict[str, str] = {}
        self._labels_by_id: dict[str, str] = {}
        self._unit_id = ""
        completer = QCompleter(self._proxy, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.popup().installEventFilter(self)
        completer.activated[QModelIndex].connect(self._on_activated)
        self.textEdited.connect(self._on_text_edited)
        self.textChanged.connect(self._resolve)

    def set_units(self, nodes: list[UnitNode], retired_suffix: str = "") -> None:
        """Offer these units (in the given order); retired ones get ``retired_suffix``."""
        self._model.clear()
        self._ids_by_label.clear()
        self._labels_by_id.clear()
        for node in nodes:
            label = unit_label(node) + (retired_suffix if node.retired else "")
            item = QStandardItem(label)
            item.setData(node.id, ID_ROLE)
            item.setData(search_key(node.name, node.code), KEY_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
            self._ids_by_label[label] = node.id
            self._labels_by_id[node.id] = label
        self._resolve(self.text())

    def unit_id(self) -> str:
        """Id of the unit whose label is in the box, or "" when none matches exactly."""
        return self._unit_id

    def set_unit_id(self, unit_id: str | None) -> None:
        """Show the unit with this id (or clear the box)."""
        self.setText(self._labels_by_id.get(unit_id or "", ""))

    def matches(self) -> list[str]:
        """Labels of the units the popup currently offers."""
        return [self._proxy.index(r, 0).data() for r in range(self._proxy.rowCount())]

    def _on_text_edited(self, text: str) -> None:
        self._proxy.set_search_text(text)
        completer = self.completer()
        if self._proxy.rowCount() and text.strip() and text not in self._ids_by_label:
            completer.complete()
        else:
            completer.popup().hide()

    def _on_activated(self, index: QModelIndex) -> None:
        label = index.data(Qt.ItemDataRole.DisplayRole)
        if label:
            self.setText(label)

    def _resolve(self, text: str) -> None:
        unit_id = self._ids_by_label.get(text, "")
        if unit_id != self._unit_id:
            self._unit_id = unit_id
            self.unit_changed.emit(unit_id)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Enter in the popup with nothing highlighted takes the first unit offered."""
        popup = self.completer().popup()
        if (watched is popup and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not popup.currentIndex().isValid()):
            popup.hide()
            self.choose_first_match()
            return True
        return super().eventFilter(watched, event)

    def choose_first_match(self) -> bool:
        """Take the first unit offered for the typed text (Enter on a single match)."""
        if self._unit_id or not self._proxy.rowCount():
            return bool(self._unit_id)
        self.setText(self._proxy.index(0, 0).data())
        return True
