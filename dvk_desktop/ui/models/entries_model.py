"""The registry table: a model that reads the database in blocks, only where the view looks.

``rowCount`` is the filtered count; rows are fetched in blocks of ``BLOCK_SIZE`` with
LIMIT/OFFSET the first time the view asks for one of them, and only the ``MAX_BLOCKS`` most
recently used blocks are kept. Opening a registry of 100,000 entries therefore reads a few
hundred rows, and jumping to its end reads one more block.

Counting means reading the whole (filtered) registry's index, which takes long on a million
entries, so after a change of filter the first block is read at once and shown, and the count
(grouped by type and scope for the summary line) runs on a worker thread with its own
database connection. Until it arrives the table has the rows of that first block and
``counting`` is True; then the remaining rows are added. A filter matching fewer rows than a
block needs no count at all.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dvk_desktop.db.database import Database
from dvk_desktop.domain import enums
from dvk_desktop.domain.records import EntryFilter, EntrySummary
from dvk_desktop.services import entries as entry_service

BLOCK_SIZE = 200
MAX_BLOCKS = 40

# Position of each value in the service's row tuple.
_ROW = {name: i for i, name in enumerate(entry_service.ENTRY_ROW_COLUMNS)}
COLUMNS: list[str] = ["title", "type", "scope", "field", "level", "status", "year", "unit",
                      "location", "person", "updated_at"]
_ENUMS = {"type": enums.EntryType, "scope": enums.Scope, "level": enums.Level,
          "status": enums.Status}
_SOURCE = {"type": "type", "scope": "scope", "level": "level", "status": "status",
           "title": "title", "year": "year", "unit": "unit_name", "location": "location",
           "person": "person", "updated_at": "updated_at"}

log = logging.getLogger(__name__)

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ROLE = Qt.ItemDataRole.UserRole + 2
_ROLES = {int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                           Qt.ItemDataRole.TextAlignmentRole, ENTRY_ID_ROLE, VERSION_ROLE)}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_YEAR_COLUMN = COLUMNS.index("year")

Index = QModelIndex | QPersistentModelIndex


class EntriesModel(QAbstractTableModel):
    """Entries matching a filter, sorted in Vietnamese order, loaded lazily by blocks.

    Custom roles: ``ENTRY_ID_ROLE`` gives the entry's id, ``VERSION_ROLE`` its version.
    """

    summary_changed = Signal()
    _counted = Signal(int, object)  # generation, EntrySummary (or the error), from the worker

    def __init__(self, db: Database, language: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._language = language
        self._filter = EntryFilter()
        self._sort_column = 0
        self._descending = False
        self._blocks: OrderedDict[int, list[tuple]] = OrderedDict()
        self._texts: dict[int, list[str]] = {}  # shown cells by row, for the rows painted
        self.summary = EntrySummary()
        self.fetched_rows = 0  # rows read from the database since the last reset
        self.counting = False  # True while the count of the current filter is on its way
        self._generation = 0  # which filter a count that arrives belongs to
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="entry-count")
        self._pending: Future | None = None
        self._counted.connect(self._count_arrived)
        worker = self._worker
        self.destroyed.connect(lambda *_: worker.shutdown(wait=False, cancel_futures=True))
        self._start_count()

    # -- what the page changes -------------------------------------------------------------
    def set_filter(self, flt: EntryFilter) -> None:
        """Show the entries matching ``flt`` (re-counts, forgets every cached block)."""
        self._filter = flt
        self.refresh()

    def current_filter(self) -> EntryFilter:
        """The filter in force."""
        return self._filter

    def set_language(self, language: str) -> None:
        """Show labels and headers in ``language`` (no database access)."""
        self._language = language
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._total():
            self.dataChanged.emit(self.index(0, 0), self.index(self._total() - 1, len(COLUMNS) - 1))

    def refresh(self, recount: bool = True) -> None:
        """Drop the cached rows and (unless told it cannot have changed) re-read the count."""
        self.beginResetModel()
        self._blocks.clear()
        self._texts.clear()
        self.fetched_rows = 0
        if recount:
            self._start_count()
        self.endResetModel()
        if recount:
            self.summary_changed.emit()

    def entry_saved(self, entry_id: str) -> tuple | None:
        """Show an entry just saved in a form; its new row (None when it is gone).

        The rows are read again (its place in the order may have moved), but the count, a
        scan of the whole registry, only when the change can alter it: the entry was not on
        screen (e.g. new), or a value the filter or the summary looks at changed.
        """
        before_row = self.find_loaded_row(entry_id)
        before = self.row_tuple(before_row) if before_row is not None else None
        after = entry_service.get_entry_row(self._db, entry_id)
        self.refresh(recount=before is None or after is None
                     or self._counted_values(before) != self._counted_values(after))
        if self._total():  # read again where it was, so that it can be selected there
            self.row_tuple(min(before_row or 0, self._total() - 1))
        return after

    def _counted_values(self, row: tuple) -> tuple:
        """What decides whether a row is counted, and where, under the current filter."""
        names = ["type", "scope", "field_vi", "level", "status", "year", "unit_name"]
        if self._filter.text.strip():
            names += ["title", "location", "person"]
        if self._filter.tags:  # tags are not in the row: any save may change them
            names += ["version"]
        return tuple(row[_ROW[name]] for name in names)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` on the database side (Vietnamese order for text)."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._blocks.clear()
        self._texts.clear()
        self.endResetModel()

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of filtered entries (all of them, loaded or not)."""
        return 0 if parent.isValid() else self._total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns, hidden ones included."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment and the entry's id and version in custom roles."""
        # The view asks for a dozen roles per cell on every paint: answer the ones this
        # model has no value for before looking at any row.
        if role not in _ROLES or not index.isValid() or index.row() >= self._total():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() == _YEAR_COLUMN else None
        if role in (ENTRY_ID_ROLE, VERSION_ROLE):
            row = self.row_tuple(index.row())
            if row is None:
                return None
            return row[_ROW["id"]] if role == ENTRY_ID_ROLE else row[_ROW["version"]]
        texts = self._row_texts(index.row())
        return texts[index.column()] if texts is not None else None

    def _row_texts(self, row: int) -> list[str] | None:
        """The row's cells as shown (labels and dates made once per row and language)."""
        found = self._texts.get(row)
        if found is None:
            values = self.row_tuple(row)
            if values is None:
                return None
            found = self._texts[row] = [self._display(values, column) for column in COLUMNS]
            if len(self._texts) > BLOCK_SIZE * MAX_BLOCKS:
                self._texts.clear()
                self._texts[row] = found
        return found

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles in the current language; row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = self.column_titles()
            return titles[section] if 0 <= section < len(titles) else None
        return str(section + 1)

    def column_titles(self) -> list[str]:
        """Translated titles, in ``COLUMNS`` order."""
        return [self.tr("Title"), self.tr("Type"), self.tr("Scope"),
                self.tr("Field"), self.tr("Level"), self.tr("Status"), self.tr("Year"),
                self.tr("Unit"), self.tr("Place"), self.tr("Person"), self.tr("Updated")]

    # -- rows --------------------------------------------------------------------------------
    def row_tuple(self, row: int) -> tuple | None:
        """The service's tuple for ``row``, reading its block when needed."""
        block_no, offset = divmod(row, BLOCK_SIZE)
        block = self._blocks.get(block_no)
        if block is None:
            block = self._fetch_block(block_no)
        else:
            self._blocks.move_to_end(block_no)
        return block[offset] if offset < len(block) else None

    def entry_id(self, row: int) -> str | None:
        """Id of the entry shown in ``row``."""
        found = self.row_tuple(row)
        return found[_ROW["id"]] if found else None

    def entry_version(self, row: int) -> int | None:
        """Version of the entry shown in ``row`` (for optimistic concurrency)."""
        found = self.row_tuple(row)
        return found[_ROW["version"]] if found else None

    def find_loaded_row(self, entry_id: str) -> int | None:
        """Row of ``entry_id`` among the blocks already read, if it is there."""
        for block_no, block in self._blocks.items():
            for offset, values in enumerate(block):
                if values[_ROW["id"]] == entry_id:
                    return block_no * BLOCK_SIZE + offset
        return None

    def _fetch_block(self, block_no: int) -> list[tuple]:
        sort = COLUMNS[self._sort_column]  # the keys match db.queries.SORT_COLUMNS
        block = entry_service.list_entry_rows(self._db, self._filter, sort, self._descending,
                                              limit=BLOCK_SIZE, offset=block_no * BLOCK_SIZE)
        self.fetched_rows += len(block)
        self._blocks[block_no] = block
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def _start_count(self) -> None:
        """Read the first block; count the rest on the worker when there may be more."""
        self._generation += 1
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        first = self._fetch_block(0)
        if len(first) < BLOCK_SIZE:  # every matching row is here: no need to count
            self.summary = entry_service.summarize_rows(first)
            self.counting = False
            return
        self.summary = EntrySummary(total=len(first))  # what is known so far
        self.counting = True
        self._pending = self._worker.submit(self._count, self._generation, self._filter)

    def _count(self, generation: int, flt: EntryFilter) -> None:
        """On the worker thread: count, and hand the result to the GUI thread."""
        try:
            result: object = entry_service.summarize_entries(self._db, flt)
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
            result = exc
        try:
            self._counted.emit(generation, result)
        except RuntimeError:  # the model was deleted meanwhile (window closed)
            pass

    def _count_arrived(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # the filter changed since: a newer count is coming
        self._pending = None
        self.counting = False
        if isinstance(result, Exception):
            log.warning("counting the entries failed: %s", type(result).__name__)
            self.summary_changed.emit()
            return
        before, after = self._total(), result.total
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self.summary = result
            self.endInsertRows()
        elif after < before:
            self.beginRemoveRows(QModelIndex(), after, before - 1)
            self.summary = result
            self.endRemoveRows()
        else:
            self.summary = result
        self.summary_changed.emit()

    def wait_for_count(self, timeout: float = 60.0) -> bool:
        """Let events run until the current count has arrived (scripts, tests); True if so."""
        deadline = time.monotonic() + timeout
        while self.counting and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self.counting

    def _total(self) -> int:
        return self.summary.total

    def _display(self, row: tuple, column: str) -> str:
        if column == "field":
            return row[_ROW["field_en" if self._language == "en" else "field_vi"]] or ""
        value = row[_ROW[_SOURCE[column]]]
        if column in _ENUMS:
            try:
                return _ENUMS[column](value).label(self._language)
            except ValueError:
                return str(value)
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d" if self._language == "en" else "%d/%m/%Y")
        return "" if value is None else str(value)

