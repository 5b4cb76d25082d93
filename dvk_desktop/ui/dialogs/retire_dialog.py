"""Retiring units, or merging several into a successor that takes over their records."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import units
from dvk_desktop.services.units import UnitNode
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.entry_form_binding import set_row_visible
from dvk_desktop.ui.forms.retire_dialog_ui import Ui_RetireDialog


class RetireDialog(QDialog):
    """Retire the given units on a date; for a merger the successor is required."""

    def __init__(self, ctx: AppContext, retiring: list[UnitNode], merge: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.retiring = retiring
        self.merge = merge
        self.done_ok = False
        self.form = Ui_RetireDialog()
        self.form.setupUi(self)
        excluded = set()
        for node in retiring:
            excluded |= units.subtree_ids(ctx.db, node.id)
        candidates = [n for n in units.unit_tree(ctx.db) if n.id not in excluded and not n.retired]
        self.form.successor_picker.set_units(candidates)
        self.form.date_edit.setDate(QDate.currentDate())
        names = ", ".join(node.name for node in retiring)
        if merge:
            self.setWindowTitle(self.tr("Merge units"))
            self.form.units_label.setText(self.tr("Merge into one successor: %1").replace("%1", names))
            self.form.ok_button.setText(self.tr("&Merge"))
        else:
            self.form.units_label.setText(self.tr("Retire: %1").replace("%1", names))
        self.form.ok_button.clicked.connect(self.apply)
        self.form.cancel_button.clicked.connect(self.reject)
        self.form.successor_picker.textChanged.connect(self.refresh_state)
        self.refresh_state()

    def successor_id(self) -> str | None:
        """The chosen successor, if any."""
        return self.form.successor_picker.unit_id() or None

    def refresh_state(self) -> None:
        """A merger needs a successor; a typed name must be one of the list."""
        picker = self.form.successor_picker
        problem = ""
        if picker.text().strip() and not picker.unit_id():
            problem = self.tr("Choose the successor from the list.")
        elif self.merge and not picker.unit_id():
            problem = self.tr("A merger needs the unit that takes over.")
        self.form.successor_error.setText(problem)
        set_row_visible(self.form.successor_error, bool(problem))
        self.form.ok_button.setEnabled(not problem)

    def retired_on(self) -> date:
        """The date the units stop."""
        return self.form.date_edit.date().toPython()

    def apply(self) -> None:
        """Retire (or merge) the units and close."""
        ids = [node.id for node in self.retiring]
        try:
            if self.merge:
                units.merge_units(self.ctx.db, ids, self.successor_id(), self.ctx.actor,
                                  self.retired_on())
            else:
                for unit_id in ids:
                    units.retire_unit(self.ctx.db, unit_id, self.ctx.actor, self.retired_on(),
                                      self.successor_id())
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not done"), error.message(self.ctx.language))
            return
        self.done_ok = True
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, retiring: list[UnitNode], merge: bool = False,
            parent=None) -> bool:
        """Open the dialog; True when the units were retired or merged."""
        dialog = cls(ctx, retiring, merge, parent)
        dialog.exec()
        return dialog.done_ok
