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
    sort_value: Callable[[Any], Any] | None = None
    """What the column sorts by when its shown text does not sort right (dates, points)."""


def format_points(value: float | None, language: str = "vi") -> str:
    """Points as officers write them: 89,5 and 90 (89.5 in English)."""
    if value is None:
        return ""
    text = f"{value:.1f}".removesuffix(".0")
    return text if language == "en" else text.replace(".", ",")


class RowsModel(QAbstractTableModel):
    """Records as rows; ``highlight`` marks rows to show with a warning background."""

    def __init__(self, columns: list[Column], parent=None,
                 highlight: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.records: list[Any] = []
        self.highlight = highlight
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: list[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.records = list(records)
        if self._sorted_by is not None:  # keep the order the user chose
            self.records.sort(key=self._sort_key(self._sorted_by[0]),
                              reverse=self._sorted_by[1] == Qt.SortOrder.DescendingOrder)
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
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(i, id(self.records[i.row()])) for i in before]
        self.records.sort(key=self._sort_key(column),
                          reverse=order == Qt.SortOrder.DescendingOrder)
        rows = {id(r): n for n, r in enumerate(self.records)}
        for old, ident in held:
            self.changePersistentIndex(old, self.index(rows[ident], old.column()))
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[Any], tuple]:
        value = self.columns[column].sort_value or self.columns[column].value

        def key(record: Any) -> tuple:
            item = value(record)
            if isinstance(item, int | float):
                return (0, item, "")
            return (1, 0, sort_key(str(item or "")))

        return key

    def retranslate(self) -> None:
        """Tell views the headers changed language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
