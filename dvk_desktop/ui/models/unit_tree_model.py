"""The tree of units as a Qt item model: name, code, kind and state of each unit."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dvk_desktop.domain.enums import UnitKind
from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services.units import UnitNode
from dvk_desktop.ui.widgets.unit_picker import ID_ROLE, KEY_ROLE

NAME, CODE, KIND, STATE = range(4)
"""Column numbers."""
RETIRED_COLOUR = QColor("#8a8a8a")
HEADERS = (QT_TRANSLATE_NOOP("UnitTreeModel", "Name"), QT_TRANSLATE_NOOP("UnitTreeModel", "Code"),
           QT_TRANSLATE_NOOP("UnitTreeModel", "Kind"), QT_TRANSLATE_NOOP("UnitTreeModel", "State"))

_Index = QModelIndex | QPersistentModelIndex


class UnitTreeModel(QAbstractItemModel):
    """Read-only tree of UnitNode; ID_ROLE gives a unit's id, KEY_ROLE its search key."""

    def __init__(self, language: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self._nodes: dict[str, UnitNode] = {}
        self._children: dict[str | None, list[str]] = {None: []}
        self._parent_of: dict[str, str | None] = {}
        # Each index carries the number of its parent unit (0 for the top level).
        self._number: dict[str | None, int] = {None: 0}
        self._id_of_number: dict[int, str | None] = {0: None}

    def set_nodes(self, nodes: list[UnitNode]) -> None:
        """Show these units (already in display order); a missing parent makes a root."""
        self.beginResetModel()
        self._nodes = {node.id: node for node in nodes}
        self._children = {None: []}
        self._parent_of = {}
        self._number = {None: 0}
        self._id_of_number = {0: None}
        for number, node in enumerate(nodes, start=1):
            parent = node.parent_id if node.parent_id in self._nodes else None
            self._parent_of[node.id] = parent
            self._children.setdefault(parent, []).append(node.id)
            self._number[node.id] = number
            self._id_of_number[number] = node.id
        self.endResetModel()

    def node(self, index: _Index) -> UnitNode | None:
        """The unit shown at ``index`` (None for the invisible root)."""
        if not index.isValid() or index.model() is not self:
            return None
        siblings = self._children.get(self._id_of_number.get(index.internalId()), [])
        return self._nodes[siblings[index.row()]] if 0 <= index.row() < len(siblings) else None

    def nodes(self) -> list[UnitNode]:
        """Every unit shown."""
        return list(self._nodes.values())

    def index_of(self, unit_id: str, column: int = 0) -> QModelIndex:
        """The index of a unit (invalid when not shown)."""
        if unit_id not in self._nodes:
            return QModelIndex()
        parent = self._parent_of[unit_id]
        return self.createIndex(self._children[parent].index(unit_id), column, self._number[parent])

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Index of a child of ``parent``."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_node = self.node(parent)
        return self.createIndex(row, column, self._number[parent_node.id if parent_node else None])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Index of the unit above ``index``."""
        if not index.isValid():
            return QModelIndex()
        parent_id = self._id_of_number.get(index.internalId())
        return self.index_of(parent_id) if parent_id else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of units directly below ``parent``."""
        if parent.isValid() and parent.column() > 0:
            return 0
        node = self.node(parent)
        if parent.isValid() and node is None:
            return 0
        return len(self._children.get(node.id if node else None, []))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Name, code, kind, state."""
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        """Column titles in the interface language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("UnitTreeModel", HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Text, colour and roles of one cell."""
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, index.column())
        if role == ID_ROLE:
            return node.id
        if role == KEY_ROLE:
            return search_key(node.name, node.code)
        if role == Qt.ItemDataRole.ForegroundRole and (node.retired or node.deleted):
            return QBrush(RETIRED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and node.deleted:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, node: UnitNode, column: int) -> str:
        if column == NAME:
            return node.name
        if column == CODE:
            return node.code
        if column == KIND:
            kinds = {member.value: member for member in UnitKind}
            return kinds[node.kind].label(self.language) if node.kind in kinds else node.kind
        return self.state_text(node)

    def state_text(self, node: UnitNode) -> str:
        """"In use", "Retired", "Merged into …" or "In the trash"."""
        if node.deleted:
            return QCoreApplication.translate("UnitTreeModel", "In the trash")
        if not node.retired:
            return ""
        successor = self._nodes.get(node.successor_id or "")
        if successor is not None:
            return QCoreApplication.translate("UnitTreeModel", "Merged into %1").replace(
                "%1", successor.name)
        return QCoreApplication.translate("UnitTreeModel", "Retired")
