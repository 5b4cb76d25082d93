"""The filter bar above the registry table: search as you type, combos, unit, tags."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain import enums
from dvk_desktop.domain.records import EntryFilter
from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services.lookups import FieldItem
from dvk_desktop.services.units import UnitNode

DEBOUNCE_MS = 150
SEARCH_KEY_ROLE = Qt.ItemDataRole.UserRole + 10


class FilterBar(QWidget):
    """Every criterion of ``EntryFilter``; emits ``changed`` once the user pauses typing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "vi"
        self._years: list[int] = []
        self._fields: list[FieldItem] = []
        self._units: list[tuple[UnitNode, int]] = []
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self.search_edit = QLineEdit(self, objectName="search_edit", clearButtonEnabled=True)
        self.search_edit.textChanged.connect(self._timer.start)
        self.combos = {name: self._make_combo(name) for name in
                       ("year", "field", "type", "scope", "level", "status")}
        self.unit_combo = self._make_unit_combo()
        self.tags_button = QToolButton(self, objectName="tags_button")
        self.tags_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tags_menu = QMenu(self.tags_button)
        self.tag_actions = {tag: self._make_tag_action(tag) for tag in enums.Tag}
        self.tags_button.setMenu(self.tags_menu)
        self.clear_button = QPushButton(self, objectName="clear_button")
        self.clear_button.clicked.connect(self.clear)
        self._lay_out()
        self.retranslate_ui("vi")

    def _make_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self, objectName=f"{name}_combo")
        # Long labels must not make the window wider than an old 1024-pixel screen.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _make_unit_combo(self) -> QComboBox:
        combo = QComboBox(self, objectName="unit_combo", editable=True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        # Completion ignores case and diacritics: "nghi loc" offers "Huyện Nghi Lộc".
        proxy = QSortFilterProxyModel(combo)
        proxy.setSourceModel(combo.model())
        proxy.setFilterRole(SEARCH_KEY_ROLE)
        completer = QCompleter(proxy, combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        combo.setCompleter(completer)
        combo.lineEdit().textEdited.connect(
            lambda text: proxy.setFilterFixedString(search_key(text)))
        completer.activated.connect(self._unit_text_chosen)
        combo.lineEdit().editingFinished.connect(self._unit_editing_finished)
        combo.currentIndexChanged.connect(self.changed)
        combo.installEventFilter(self)  # the combo, not its line edit, receives the focus
        return combo

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """Select the unit's name on focus, so typing replaces it."""
        if watched is self.unit_combo and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.unit_combo.lineEdit().selectAll)
        return super().eventFilter(watched, event)

    def _make_tag_action(self, tag: enums.Tag):
        action = self.tags_menu.addAction("")
        action.setCheckable(True)
        action.setData(tag.value)
        action.toggled.connect(self._tags_toggled)
        return action

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.unit_combo, 2)
        top.addWidget(self.tags_button)
        top.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        for name in ("year", "field", "type", "scope", "level", "status"):
            bottom.addWidget(self.combos[name], 2 if name in ("field", "status") else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    # -- contents ----------------------------------------------------------------------------
    def populate(self, years: list[int], fields: list[FieldItem], units: list[UnitNode]) -> None:
        """Offer these years, fields and units (keeps the current choices where possible)."""
        self._years, self._fields = years, fields
        self._units = _tree_order(units)
        self.blockSignals(True)
        try:
            self._fill_combos()
        finally:
            self.blockSignals(False)

    def offers_year(self, year: int) -> bool:
        """True when ``year`` is among the years the filter offers."""
        return year in self._years

    def _fill_combos(self) -> None:
        language = self._language
        choices = {
            "year": [(str(y), y) for y in self._years],
            "field": [(f.name(language), f.code) for f in self._fields],
            "type": [(m.label(language), m.value) for m in enums.EntryType],
            "scope": [(m.label(language), m.value) for m in enums.Scope],
            "level": [(m.label(language), m.value) for m in enums.Level],
            "status": [(m.label(language), m.value) for m in enums.Status],
        }
        for name, items in choices.items():
            _refill(self.combos[name], self._all_text(name), items)
        units = [("\u2003" * depth + node.name, node.id) for node, depth in self._units]
        _refill(self.unit_combo, self.tr("All units"), units)
        for row in range(self.unit_combo.count()):
            key = search_key(self.unit_combo.itemText(row))
            self.unit_combo.setItemData(row, key, SEARCH_KEY_ROLE)

    def _all_text(self, name: str) -> str:
        return {"year": self.tr("All years"), "field": self.tr("All fields"),
                "type": self.tr("Models and examples"), "scope": self.tr("Collective and individual"),
                "level": self.tr("All levels"), "status": self.tr("All statuses")}[name]

    def filter(self) -> EntryFilter:
        """The criteria chosen now (``deleted`` is left to the page)."""
        tags = [a.data() for a in self.tag_actions.values() if a.isChecked()]
        return EntryFilter(
            text=self.search_edit.text(),
            year=self.combos["year"].currentData(),
            field_code=self.combos["field"].currentData(),
            entry_type=self.combos["type"].currentData(),
            scope=self.combos["scope"].currentData(),
            level=self.combos["level"].currentData(),
            status=self.combos["status"].currentData(),
            unit_id=self.unit_combo.currentData(),
            tags=tags,
        )

    def clear(self) -> None:
        """Remove every criterion (one ``changed`` signal)."""
        self.blockSignals(True)
        try:
            self.search_edit.clear()
            for combo in [*self.combos.values(), self.unit_combo]:
                combo.setCurrentIndex(0)
            for action in self.tag_actions.values():
                action.setChecked(False)
        finally:
            self.blockSignals(False)
        self._timer.stop()
        self._update_tags_text()
        self.changed.emit()

    def retranslate_ui(self, language: str) -> None:
        """Texts and labels in ``language``."""
        self._language = language
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, people and places (accents optional)"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.unit_combo.lineEdit().setPlaceholderText(self.tr("Unit and the units below it"))
        for tag, action in self.tag_actions.items():
            action.setText(tag.label(language))
        self._update_tags_text()
        self.blockSignals(True)
        try:
            self._fill_combos()
        finally:
            self.blockSignals(False)

    # -- reactions ---------------------------------------------------------------------------
    def _tags_toggled(self) -> None:
        self._update_tags_text()
        self.changed.emit()

    def _update_tags_text(self) -> None:
        count = sum(a.isChecked() for a in self.tag_actions.values())
        self.tags_button.setText(self.tr("Tags (%1)").replace("%1", str(count)) if count
                                 else self.tr("Tags"))

    def _unit_text_chosen(self, text: str) -> None:
        row = self.unit_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if row >= 0:
            self.unit_combo.setCurrentIndex(row)

    def _unit_editing_finished(self) -> None:
        combo = self.unit_combo
        text = combo.currentText().strip()
        if not text:
            combo.setCurrentIndex(0)
            combo.setEditText(combo.itemText(0))
            return
        row = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
        if row < 0:  # free text that names no unit: show the unit still in force
            combo.setEditText(combo.itemText(combo.currentIndex()))


def _refill(combo: QComboBox, all_text: str, items: list[tuple[str, object]]) -> None:
    """Replace the items of ``combo``, keeping the chosen value when it is still offered."""
    wanted = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for text, value in items:
        combo.addItem(text, value)
    row = combo.findData(wanted) if wanted is not None else 0
    combo.setCurrentIndex(max(row, 0))
    combo.blockSignals(False)


def _tree_order(units: list[UnitNode]) -> list[tuple[UnitNode, int]]:
    """Units depth-first (parents before their children), each with its depth."""
    children: dict[str | None, list[UnitNode]] = {}
    ids = {u.id for u in units}
    for unit in units:  # already in Vietnamese order of name
        parent = unit.parent_id if unit.parent_id in ids else None
        children.setdefault(parent, []).append(unit)
    ordered: list[tuple[UnitNode, int]] = []
    stack = [(u, 0) for u in reversed(children.get(None, []))]
    while stack:
        unit, depth = stack.pop()
        ordered.append((unit, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(unit.id, [])))
    return ordered
