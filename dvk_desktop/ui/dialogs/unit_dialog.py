"""Adding or editing one unit of the tree: code, name, kind, sector, parent, validity."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QMessageBox

from dvk_desktop.domain.enums import LabelledEnum, Sector, UnitKind
from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.records import UnitData, UnitRecord
from dvk_desktop.domain.validation import validate_unit
from dvk_desktop.services import units
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.entry_form_binding import set_row_visible
from dvk_desktop.ui.forms.unit_dialog_ui import Ui_UnitDialog

NO_DATE = QDate(1900, 1, 1)
"""A date box at this date shows "not set"."""


def read_date(edit: QDateEdit) -> date | None:
    """The date of a box that may be empty."""
    value = edit.date()
    return None if value == NO_DATE else value.toPython()


def write_date(edit: QDateEdit, value: date | None) -> None:
    """Show a date, or "not set"."""
    edit.setMinimumDate(NO_DATE)
    edit.setDate(QDate(value) if value else NO_DATE)


def fill_enum(combo: QComboBox, enum_cls: type[LabelledEnum], language: str,
              with_empty: bool = False) -> None:
    """Offer an enumeration's members with labels in the interface language."""
    combo.clear()
    if with_empty:
        combo.addItem("—", None)
    for member in enum_cls:
        combo.addItem(member.label(language), member.value)


class UnitDialog(QDialog):
    """Edit a unit's fields; the problems of each field are shown beside it."""

    def __init__(self, ctx: AppContext, unit_id: str | None = None,
                 parent_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_UnitDialog()
        self.form.setupUi(self)
        fill_enum(self.form.kind_combo, UnitKind, ctx.language)
        fill_enum(self.form.sector_combo, Sector, ctx.language, with_empty=True)
        nodes = [n for n in units.unit_tree(ctx.db) if n.id != unit_id]
        self.form.parent_picker.set_units(nodes)
        self.record: UnitRecord | None = units.get_unit(ctx.db, unit_id) if unit_id else None
        self.saved_id: str | None = None
        self._code_typed = self.record is not None
        self._show(self.record.data if self.record else
                   UnitData(kind=UnitKind.AGENCY.value, parent_id=parent_id))
        self.setWindowTitle(self.tr("Edit unit") if self.record else self.tr("New unit"))
        self._connect()
        self.refresh_state()

    def _connect(self) -> None:
        f = self.form
        f.save_button.clicked.connect(self.save)
        f.cancel_button.clicked.connect(self.reject)
        f.name_edit.textChanged.connect(self._suggest_code)
        f.code_edit.textEdited.connect(lambda _t: setattr(self, "_code_typed", True))
        for signal in (f.name_edit.textChanged, f.code_edit.textChanged,
                       f.kind_combo.currentIndexChanged, f.sector_combo.currentIndexChanged,
                       f.parent_picker.textChanged, f.valid_from_edit.dateChanged,
                       f.valid_to_edit.dateChanged):
            signal.connect(self.refresh_state)

    def _show(self, data: UnitData) -> None:
        f = self.form
        f.name_edit.setText(data.name)
        f.code_edit.setText(data.code)
        f.kind_combo.setCurrentIndex(max(0, f.kind_combo.findData(data.kind)))
        f.sector_combo.setCurrentIndex(max(0, f.sector_combo.findData(data.sector)))
        f.parent_picker.set_unit_id(data.parent_id)
        write_date(f.valid_from_edit, data.valid_from)
        write_date(f.valid_to_edit, data.valid_to)

    def current_data(self) -> UnitData:
        """The unit as typed."""
        f = self.form
        base = self.record.data if self.record else UnitData()
        return replace(base, code=f.code_edit.text(), name=f.name_edit.text(),
                       kind=f.kind_combo.currentData(), sector=f.sector_combo.currentData(),
                       parent_id=f.parent_picker.unit_id() or None,
                       valid_from=read_date(f.valid_from_edit),
                       valid_to=read_date(f.valid_to_edit))

    def _suggest_code(self, name: str) -> None:
        if not self._code_typed:
            self.form.code_edit.setText(units.suggest_code(self.ctx.db, name) if name.strip()
                                        else "")

    def refresh_state(self) -> None:
        """Show each field's problem and allow saving only valid data."""
        problems = []
        try:
            validate_unit(self.current_data())
        except ValidationError as error:
            problems = error.problems
        f = self.form
        parent_typed = f.parent_picker.text().strip() and not f.parent_picker.unit_id()
        by_field = {p.field: p.message(self.ctx.language) for p in problems}
        if parent_typed:
            by_field["parent_id"] = self.tr("Choose the parent unit from the list.")
        for name in ("name", "code", "parent_id", "valid_to"):
            label = getattr(f, f"{name}_error")
            label.setText(by_field.get(name, ""))
            set_row_visible(label, name in by_field)
        f.save_button.setEnabled(not by_field)

    def save(self) -> None:
        """Store the unit and close; a refused change keeps the dialog open with the reason."""
        try:
            if self.record is None:
                record = units.create_unit(self.ctx.db, self.current_data(), self.ctx.actor)
            else:
                record = units.update_unit(self.ctx.db, self.record.id, self.current_data(),
                                           self.record.version, self.ctx.actor)
        except DomainError as error:
            self.show_error(error.message(self.ctx.language))
            return
        self.saved_id = record.id
        self.accept()

    def show_error(self, text: str) -> None:
        """Tell why the unit was not saved."""
        QMessageBox.warning(self, self.tr("Not saved"), text)

    @classmethod
    def ask(cls, ctx: AppContext, unit_id: str | None = None, parent_id: str | None = None,
            parent=None) -> str | None:
        """Open the dialog; the id of the saved unit, or None when cancelled."""
        dialog = cls(ctx, unit_id, parent_id, parent)
        dialog.exec()
        return dialog.saved_id
