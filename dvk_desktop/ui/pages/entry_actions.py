"""Lifecycle actions on the Entries page's selected rows: inspect, add to a decision.

The Entries page adds these actions with ``lifecycle_actions(self)`` and re-translates them
with ``retranslate_actions(...)``; ``page`` offers ``ctx``, ``selected_rows()``,
``model.entry_id(row)`` and ``refresh()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction

from dvk_desktop.ui.dialogs.add_to_decision import add_selected_to_decision
from dvk_desktop.ui.dialogs.inspection_form import InspectionFormDialog
from dvk_desktop.ui.errors import guard_slot


class _Actions(QObject):
    """Runs the actions for the page's selection; a child of the page, so it lives as long."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page

    def selected_ids(self) -> list[str]:
        ids = (self.page.model.entry_id(row) for row in self.page.selected_rows())
        return [entry_id for entry_id in ids if entry_id]

    @guard_slot
    def inspect(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            dialog = InspectionFormDialog(self.page.ctx, entry_id=chosen[0], parent=self.page)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.saved.connect(lambda _id: self.page.refresh())
            dialog.open()

    @guard_slot
    def add_to_decision(self) -> None:
        if add_selected_to_decision(self.page.ctx, self.selected_ids(), self.page) is not None:
            self.page.refresh()


def lifecycle_actions(page) -> list[QAction]:
    """The “Inspect…” and “Add to decision…” actions, connected to ``page``'s selection."""
    runner = _Actions(page)
    inspect = QAction(page, objectName="inspect_action")
    inspect.triggered.connect(runner.inspect)
    add = QAction(page, objectName="add_to_decision_action")
    add.triggered.connect(runner.add_to_decision)
    actions = [inspect, add]
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: list[QAction]) -> None:
    """The actions' texts in the current language."""
    texts = {
        "inspect_action": (
            QCoreApplication.translate("EntryActions", "Inspect…"),
            QCoreApplication.translate("EntryActions", "Record an inspection of the selected entry")),
        "add_to_decision_action": (
            QCoreApplication.translate("EntryActions", "Add to decision…"),
            QCoreApplication.translate("EntryActions", "Commend the selected entries by a decision")),
    }
    for action in actions:
        text, tip = texts[action.objectName()]
        action.setText(text)
        action.setToolTip(tip)
