"""Show and hide a table's columns from the header's context menu (or any button)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget


class ColumnChooser:
    """Builds a menu of checkable column titles for ``header``; at least one stays visible."""

    def __init__(self, header: QHeaderView, always_visible: tuple[int, ...] = (0,)) -> None:
        self.header = header
        self.always_visible = always_visible
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_at)

    def build_menu(self, parent: QWidget | None = None) -> QMenu:
        """A fresh menu with one checkable action per column."""
        menu = QMenu(parent or self.header)
        self.fill_menu(menu)
        return menu

    def fill_menu(self, menu: QMenu) -> None:
        """Replace the actions of ``menu`` with the current columns (for a toolbar menu)."""
        menu.clear()
        model = self.header.model()
        for section in range(self.header.count()):
            title = model.headerData(section, Qt.Orientation.Horizontal) if model else section
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(section))
            action.setEnabled(section not in self.always_visible)
            action.toggled.connect(lambda shown, s=section: self.set_visible(s, shown))

    def set_visible(self, section: int, shown: bool) -> None:
        """Show or hide one column (never one of ``always_visible``)."""
        if section in self.always_visible and not shown:
            return
        self.header.setSectionHidden(section, not shown)

    def _show_at(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.header.mapToGlobal(pos))
