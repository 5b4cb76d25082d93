"""The Settings page: one tab per area of settings.

Each tab is a widget with ``title()`` and ``retranslate_ui()`` (and optionally
``refresh()``); an area adds its tab with one line in ``SETTINGS_TABS``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.widgets.backup_settings import BackupSettings
from dvk_desktop.ui.widgets.database_settings import DatabaseSettings
from dvk_desktop.ui.widgets.print_settings import PrintSettingsTab
from dvk_desktop.ui.widgets.rubric_editor import RubricEditor

# Tabs, in order: (key, factory taking (ctx, parent)).
SETTINGS_TABS: list[tuple[str, type]] = [
    ("rubrics", RubricEditor),
    ("database", DatabaseSettings),
    ("printing", PrintSettingsTab),
    ("backups", BackupSettings),
]


class SettingsPage(QWidget):
    """A tab per settings area."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settings_page")
        self.tabs = QTabWidget(self, objectName="settings_tabs")
        self.tab_widgets: dict[str, QWidget] = {}
        for key, factory in SETTINGS_TABS:
            widget = factory(ctx, self.tabs)
            self.tab_widgets[key] = widget
            self.tabs.addTab(widget, widget.title())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def title(self) -> str:
        """Name of the page in the navigation."""
        return self.tr("Settings")

    def retranslate_ui(self) -> None:
        """Every tab's texts in the current language."""
        for index, widget in enumerate(self.tab_widgets.values()):
            widget.retranslate_ui()
            self.tabs.setTabText(index, widget.title())
