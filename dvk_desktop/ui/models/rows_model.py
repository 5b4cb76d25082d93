"""A read-only table model over a list of plain records, with columns declared as data.

The lifecycle lists (inspections, decisions, awards, target progress) are short enough to
hold in memory; each declares its columns as (key, header function, value function).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dvk_desktop.domain.vntext import sort_key

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning the whole record of a row."""

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    """One column: its key, translated header and the cell's value for a record."""

    key: str
    header: Callable[[], str]
    value: Callable[[Any], Any]
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Records as rows; ``highlight`` marks rows to show with a warning background."""

    def __init__(self, columns: list[Column], parent=None,
                 highlight: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.records: list[Any] = []
        self.highlight = highlight

    def set_records(self, records: list[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        """The record shown in ``row``."""
        return self.records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of records (none below a row)."""
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of declared columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, highlight, or the whole record."""
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight and self.highlight(record):
            return QBrush(QColor("#fde0dc"))
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column headers; row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header() if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column: numbers by value, text in Vietnamese order."""
        if not 0 <= column < len(self.columns):
            return
        value = self.columns[column].value

        def key(record: Any) -> tuple:
            item = value(record)
            if isinstance(item, int | float):
                return (0, item, "")
            return (1, 0, sort_key(str(item or "")))

        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(i, id(self.records[i.row()])) for i in before]
        self.records.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        rows = {id(r): n for n, r in enumerate(self.records)}
        for old, ident in held:
            self.changePersistentIndex(old, self.index(rows[ident], old.column()))
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        """Tell views the headers changed language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
