"""Moving an entry's plain data in and out of the widgets of the entry form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from dvk_desktop.domain.enums import EntryType, LabelledEnum, Level, Scope, Sector, Sex, Status
from dvk_desktop.domain.errors import FieldProblem
from dvk_desktop.domain.records import REGISTRATION_ITEMS, TAG_FIELDS, EntryData
from dvk_desktop.domain.validation import current_year
from dvk_desktop.services.lookups import FieldItem
from dvk_desktop.ui.forms.entry_form_ui import Ui_EntryForm
from dvk_desktop.ui.widgets.unit_picker import UnitPicker

NO_DATE = QDate(1900, 1, 1)
"""The start-date box shows "not known" at this date: the entry has no start date."""
VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)

_ENUM_COMBOS: dict[str, type[LabelledEnum]] = {
    "entry_type": EntryType, "scope": Scope, "level": Level, "status": Status,
}
_OPTIONAL_ENUM_COMBOS: dict[str, type[LabelledEnum]] = {"sector": Sector, "person_sex": Sex}
_LINE_EDITS = ["title", "location", "person_name", "person_ethnicity", "person_position",
               "person_workplace", "person_address"]
_TEXT_EDITS = ["status_reason", *(name for name, _vi, _en in REGISTRATION_ITEMS),
               "results_notes", "replication_places"]
_SPINS = ["year", "working_days", "beneficiaries", "replication_count"]
_WIDGET_NAMES = {
    "entry_type": "type_combo", "field_code": "field_combo", "owner_unit_id": "unit_picker",
    "start_date": "start_date_edit", "person_birth_year": "person_birth_year_spin",
    "money_vnd": "money_vnd_spin", "land_m2": "land_m2_spin",
    "person_party_member": "person_party_member_check",
    **{name: f"{name}_check" for name in TAG_FIELDS},
    **{name: f"{name}_combo" for name in [*_ENUM_COMBOS, *_OPTIONAL_ENUM_COMBOS]
       if name != "entry_type"},
    **{name: f"{name}_edit" for name in [*_LINE_EDITS, *_TEXT_EDITS]},
    **{name: f"{name}_spin" for name in _SPINS},
}


class EntryFormBinding:
    """Reads and writes EntryData on a set-up ``Ui_EntryForm`` and shows field problems."""

    def __init__(self, form: Ui_EntryForm, language: str) -> None:
        self.form = form
        self.language = language
        self._configure_numbers()

    def widget(self, field_name: str) -> QWidget:
        """The input widget of one EntryData field."""
        return getattr(self.form, _WIDGET_NAMES[field_name])

    def error_label(self, field_name: str) -> QLabel | None:
        """The label that shows the problem of one field, if the form has one."""
        return getattr(self.form, f"{field_name}_error", None)

    def error_labels(self) -> dict[str, QLabel]:
        """Every field's problem label, by EntryData field name."""
        names = EntryData.field_names()
        return {n: label for n in names if (label := self.error_label(n)) is not None}

    def input_widgets(self) -> list[QWidget]:
        """Every input widget bound to a field."""
        return [self.widget(name) for name in EntryData.field_names()]

    def _configure_numbers(self) -> None:
        f = self.form
        for spin in f.scroll_contents.findChildren(QAbstractSpinBox):
            spin.setLocale(VIETNAMESE)  # 1.250.000 ₫ whatever the interface language
        latest = current_year() + 1
        f.year_spin.setMaximum(latest)
        f.person_birth_year_spin.setMaximum(current_year())
        f.start_date_edit.setMinimumDate(NO_DATE)
        f.start_date_edit.setMaximumDate(QDate(latest, 12, 31))

    def fill_choices(self, fields: list[FieldItem]) -> None:
        """Fill the combo boxes with labels in the interface language."""
        f = self.form
        for name, enum_cls in _ENUM_COMBOS.items():
            _fill_enum(self.widget(name), enum_cls, self.language, with_empty=False)
        for name, enum_cls in _OPTIONAL_ENUM_COMBOS.items():
            _fill_enum(self.widget(name), enum_cls, self.language, with_empty=True)
        current = f.field_combo.currentData()
        f.field_combo.clear()
        f.field_combo.addItem("—", "")
        for item in fields:
            f.field_combo.addItem(item.name(self.language), item.code)
        _select(f.field_combo, current or "")

    def read(self) -> EntryData:
        """The entry as the widgets show it now."""
        f = self.form
        values: dict = {name: self.widget(name).currentData() for name in _ENUM_COMBOS}
        values.update({n: self.widget(n).currentData() for n in _OPTIONAL_ENUM_COMBOS})
        values.update({n: self.widget(n).text() for n in _LINE_EDITS})
        values.update({n: self.widget(n).toPlainText() for n in _TEXT_EDITS})
        values.update({n: self.widget(n).value() for n in _SPINS})
        values.update({n: self.widget(n).isChecked() for n in [*TAG_FIELDS, "person_party_member"]})
        birth = f.person_birth_year_spin.value()
        start = f.start_date_edit.date()
        values.update(
            field_code=f.field_combo.currentData() or "",
            owner_unit_id=f.unit_picker.unit_id(),
            person_birth_year=None if birth == f.person_birth_year_spin.minimum() else birth,
            start_date=None if start == NO_DATE else start.toPython(),
            money_vnd=round(f.money_vnd_spin.value()),
            land_m2=round(f.land_m2_spin.value(), 1),
        )
        return EntryData(**values)

    def write(self, data: EntryData) -> None:
        """Show ``data`` in the widgets."""
        f = self.form
        for name in [*_ENUM_COMBOS, *_OPTIONAL_ENUM_COMBOS]:
            _select(self.widget(name), getattr(data, name))
        for name in _LINE_EDITS:
            self.widget(name).setText(getattr(data, name))
        for name in _TEXT_EDITS:
            self.widget(name).setPlainText(getattr(data, name))
        for name in _SPINS:
            self.widget(name).setValue(getattr(data, name) or self.widget(name).minimum())
        for name in [*TAG_FIELDS, "person_party_member"]:
            self.widget(name).setChecked(bool(getattr(data, name)))
        _select(f.field_combo, data.field_code)
        f.unit_picker.set_unit_id(data.owner_unit_id)
        f.person_birth_year_spin.setValue(data.person_birth_year or 0)
        f.start_date_edit.setDate(QDate(data.start_date) if isinstance(data.start_date, date)
                                  else NO_DATE)
        f.money_vnd_spin.setValue(float(data.money_vnd or 0))
        f.land_m2_spin.setValue(float(data.land_m2 or 0))

    def show_problems(self, problems: list[FieldProblem], shown_fields: set[str]) -> None:
        """Put each problem's reason next to its field (only for fields in ``shown_fields``)."""
        by_field = {p.field: p for p in problems}
        for name, label in self.error_labels().items():
            problem = by_field.get(name)
            visible = problem is not None and name in shown_fields
            label.setText(problem.message(self.language) if visible else "")
            set_row_visible(label, visible)


def set_row_visible(label: QLabel, visible: bool) -> None:
    """Show or collapse the form row holding ``label`` (a hidden label leaves no gap)."""
    layout = label.parentWidget().layout()
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(label)
        if row >= 0:
            layout.setRowVisible(row, visible)
            return
    label.setVisible(visible)


def _fill_enum(combo: QComboBox, enum_cls: type[LabelledEnum], language: str,
               with_empty: bool) -> None:
    current = combo.currentData()
    combo.clear()
    if with_empty:
        combo.addItem("—", None)
    for member in enum_cls:
        combo.addItem(member.label(language), member.value)
    _select(combo, current)


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


INPUT_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit,
               QCheckBox, UnitPicker)
"""Widget classes whose changes mark the form as edited."""
