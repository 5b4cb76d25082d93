"""The entry form: type a model or typical example, validate as you go, save, save and new."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from dvk_desktop.domain.enums import Scope
from dvk_desktop.domain.errors import DomainError, FieldProblem, ValidationError
from dvk_desktop.domain.records import EntryData, EntryRecord
from dvk_desktop.domain.validation import current_year, validate_entry
from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services import entries, lookups, units
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.entry_form_binding import EntryFormBinding
from dvk_desktop.ui.dialogs.entry_history import fill_history
from dvk_desktop.ui.dialogs.questions import ask_choice
from dvk_desktop.ui.forms.entry_form_ui import Ui_EntryForm
from dvk_desktop.ui.widgets.entry_lifecycle import EntryLifecycleSections
from dvk_desktop.ui.widgets.print_jobs import install_entry_form_print_button

STICKY_FIELDS = ("owner_unit_id", "year", "field_code", "entry_type", "scope")
"""What "Save and new" carries over to the next entry."""
DUPLICATES_SHOWN = 5  # likely duplicates named when asking whether to save anyway


class EntryFormDialog(QDialog):
    """Create or edit one entry; ``saved`` carries the entry id after every save."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, entry_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_EntryForm()
        self.form.setupUi(self)
        self.binding = EntryFormBinding(self.form, ctx.language)
        self.fields = lookups.list_fields(ctx.db)
        self.known_fields = {f.code for f in lookups.list_fields(ctx.db, active_only=False)}
        self.binding.fill_choices(self.fields)
        self.last_saved_id: str | None = None
        self._touched: set[str] = set()
        self._duplicates: list[EntryRecord] = []
        self._duplicate_timer = QTimer(self, singleShot=True, interval=300)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        self._connect()
        self.lifecycle_sections = EntryLifecycleSections(self)  # evidence, recognition, status
        self.print_button = install_entry_form_print_button(self)  # checklist, form
        self._checked_for_duplicates: tuple | None = None
        self.edit(entry_id)

    def edit(self, entry_id: str | None) -> None:
        """Show ``entry_id`` (None: a new entry). A page keeps one form and calls this each
        time: building the form's widgets is the slow part of opening it."""
        self.last_saved_id = None
        fields = lookups.list_fields(self.ctx.db)
        if fields != self.fields:  # changed in the settings since the form was made
            self.fields = fields
            self.binding.fill_choices(fields)
        self.form.unit_picker.set_units(units.unit_tree(self.ctx.db), self.tr(" — retired"))
        self.form.scroll_area.verticalScrollBar().setValue(0)
        if entry_id:
            self.load(entries.get_entry(self.ctx.db, entry_id, self.ctx.language))
        else:
            self.start_new(self.default_data())

    # --- setting up ---------------------------------------------------------------------

    def _connect(self) -> None:
        f = self.form
        f.save_button.clicked.connect(self.save_and_close)
        f.save_new_button.clicked.connect(self.save_and_new)
        f.cancel_button.clicked.connect(self.reject)
        f.clear_start_date_button.clicked.connect(self._clear_start_date)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save_and_close),
                           ("Ctrl+Shift+S", self.save_and_new), ("Ctrl+Return", self.save_and_new),
                           (QKeySequence.StandardKey.New, self.new_entry)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        for name in EntryData.field_names():
            widget = self.binding.widget(name)
            for signal in _change_signals(widget):
                signal.connect(lambda *_a, n=name: self._on_edited(n))
            widget.installEventFilter(self)

    def default_data(self) -> EntryData:
        """A blank entry of this office's unit for the current year."""
        return EntryData(owner_unit_id=self.ctx.office.unit_id, year=current_year())

    def load(self, record: EntryRecord) -> None:
        """Show a stored entry for editing."""
        self.entry_id: str | None = record.id
        self.version = record.version
        self._show(record.data, touched=set(EntryData.field_names()))
        self.setWindowTitle(self.tr("Entry: %1").replace("%1", record.data.title))
        fill_history(self.form.history_tree, entries.entry_history(self.ctx.db, record.id),
                     self.ctx.language)
        self.form.history_group.setVisible(True)
        self.lifecycle_sections.set_entry(record.id)

    def start_new(self, data: EntryData) -> None:
        """Show a blank (or pre-filled) new entry."""
        self.entry_id = None
        self.version = 0
        self._show(data, touched=set())
        self.setWindowTitle(self.tr("New entry"))
        self.form.history_tree.clear()
        self.form.history_group.setVisible(False)
        self.lifecycle_sections.set_entry(None)
        self.form.title_edit.setFocus()

    def _show(self, data: EntryData, touched: set[str]) -> None:
        self._loading = True
        self.binding.write(data)
        self._loading = False
        self.baseline = self.binding.read()
        self._touched = touched
        self._duplicates = []
        self._checked_for_duplicates = None
        self.refresh_state()
        self.check_duplicates()

    # --- state --------------------------------------------------------------------------

    def current_data(self) -> EntryData:
        """The entry as typed so far."""
        return self.binding.read()

    def is_dirty(self) -> bool:
        """True when the form holds changes not yet saved."""
        return self.current_data() != self.baseline

    def problems(self) -> list[FieldProblem]:
        """Every rule the typed entry breaks now."""
        try:
            validate_entry(self.current_data(), self.known_fields)
        except ValidationError as error:
            return error.problems
        return []

    def _on_edited(self, name: str) -> None:
        if getattr(self, "_loading", False):
            return
        self._touched.add(name)
        self.refresh_state()
        if name in ("title", "owner_unit_id", "year"):
            self._duplicate_timer.start()

    def refresh_state(self) -> None:
        """Show problems next to fields, enable Save when valid, show person details if needed."""
        problems = self.problems()
        self.binding.show_problems(problems, self._touched)
        self.form.save_button.setEnabled(not problems)
        self.form.save_new_button.setEnabled(not problems)
        individual = self.form.scope_combo.currentData() == Scope.INDIVIDUAL.value
        self.form.person_group.setVisible(individual)
        self.form.problems_label.setText(self._problems_summary(problems))

    def _problems_summary(self, problems: list[FieldProblem]) -> str:
        if not problems:
            return ""
        names = []
        for problem in problems:
            label = getattr(self.form, _label_name(self.binding.widget(problem.field)), None)
            names.append(label.text().replace("&", "").rstrip(":") if label else problem.field)
        return self.tr("Still to fill in or correct: %1").replace("%1", ", ".join(names))

    def check_duplicates(self) -> None:
        """Look for a likely duplicate (same title ignoring diacritics, unit and year)."""
        data = self.current_data()
        key = (self.entry_id, search_key(data.title), data.owner_unit_id, data.year)
        if key == self._checked_for_duplicates:
            return  # nothing that decides it has changed since the last look
        self._checked_for_duplicates = key
        found: list[EntryRecord] = []
        if data.title.strip() and data.owner_unit_id:
            found = entries.find_duplicates(self.ctx.db, data.title, data.owner_unit_id,
                                            data.year, exclude_id=self.entry_id,
                                            limit=DUPLICATES_SHOWN)
        self._duplicates = found
        label = self.form.duplicate_label
        label.setVisible(bool(found))
        if found:
            label.setText(self.tr("A similar entry already exists for this unit and year: "
                                  "“%1”. Check that this is not the same one.")
                          .replace("%1", found[0].data.title))

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the entry; False (with the reason shown) when it could not be saved."""
        if self.problems():
            self._touched.update(EntryData.field_names())
            self.refresh_state()
            return False
        self._duplicate_timer.stop()
        self.check_duplicates()
        if self._duplicates and not self.confirm_duplicate(self._duplicates):
            return False
        data = self.current_data()
        try:
            if self.entry_id is None:
                record = entries.create_entry(self.ctx.db, data, self.ctx.actor)
            else:
                record = entries.update_entry(self.ctx.db, self.entry_id, data, self.version,
                                              self.ctx.actor)
        except DomainError as error:
            self.show_error(error.message(self.ctx.language))
            return False
        self.entry_id, self.version = record.id, record.version
        self.baseline = self.current_data()
        self.last_saved_id = record.id
        self.saved.emit(record.id)
        return True

    def save_and_close(self) -> None:
        """Save (Ctrl+S) and close the form."""
        if self.save():
            self.accept()

    def save_and_new(self) -> None:
        """Save, then start the next entry keeping unit, year, field, type and scope."""
        if self.save():
            self.start_new(self._sticky(self.baseline))

    def new_entry(self) -> None:
        """Start another entry (Ctrl+N), asking first about unsaved changes."""
        if self._settle_changes():
            self.start_new(self._sticky(self.current_data()))

    def _sticky(self, data: EntryData) -> EntryData:
        return replace(self.default_data(), **{n: getattr(data, n) for n in STICKY_FIELDS})

    def _settle_changes(self) -> bool:
        """True when it is fine to leave the current entry (saved, discarded or unchanged)."""
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: warn about unsaved changes first."""
        if self._settle_changes():
            super().reject()

    # --- seams for questions (replaced in tests) -----------------------------------------

    def ask_unsaved(self) -> str:
        """Ask what to do with unsaved changes: "save", "discard" or "cancel"."""
        role = QMessageBox.ButtonRole
        return ask_choice(self, self.tr("Unsaved changes"),
                          self.tr("This entry has changes that are not saved yet."),
                          [("save", self.tr("Save"), role.AcceptRole),
                           ("discard", self.tr("Discard"), role.DestructiveRole),
                           ("cancel", self.tr("Cancel"), role.RejectRole)], "save")

    def confirm_duplicate(self, found: list[EntryRecord]) -> bool:
        """Ask whether to save although a likely duplicate exists."""
        titles = "\n".join(f"• {r.data.title} ({r.unit_name}, {r.data.year})"
                           for r in found[:DUPLICATES_SHOWN])
        role = QMessageBox.ButtonRole
        return ask_choice(self, self.tr("Possible duplicate"),
                          self.tr("Entries with the same title, unit and year already exist:\n%1\n\n"
                                  "Save this one anyway?").replace("%1", titles),
                          [("save", self.tr("Save anyway"), role.AcceptRole),
                           ("back", self.tr("Go back"), role.RejectRole)], "back") == "save"

    def show_error(self, text: str) -> None:
        """Tell why the entry could not be saved; the typed text stays in the form."""
        QMessageBox.warning(self, self.tr("Not saved"), text)

    # --- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Enter in a one-line field moves on; the wheel scrolls the form, not a number."""
        if (event.type() == QEvent.Type.Wheel and not watched.hasFocus()
                and isinstance(watched, QAbstractSpinBox | QComboBox)):
            # Scrolling over an unfocused box must never change an amount silently.
            QApplication.sendEvent(self.form.scroll_area.verticalScrollBar(), event)
            return True
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and isinstance(watched, QLineEdit | QAbstractSpinBox | QComboBox)):
            if watched is self.form.unit_picker:
                popup = watched.completer().popup()
                if popup.isVisible():
                    return False
                watched.choose_first_match()
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def _clear_start_date(self) -> None:
        self.form.start_date_edit.setDate(self.form.start_date_edit.minimumDate())

    @classmethod
    def ask(cls, ctx: AppContext, entry_id: str | None = None, parent=None) -> str | None:
        """Open the form modally; the id of the last saved entry, or None."""
        dialog = cls(ctx, entry_id, parent)
        dialog.exec()
        return dialog.last_saved_id


def _change_signals(widget: QWidget) -> list:
    """The signals a widget emits when the user changes its value."""
    for name in ("textChanged", "currentIndexChanged", "valueChanged", "dateChanged",
                 "toggled", "unit_changed"):
        if hasattr(widget, name):
            signals = [getattr(widget, name)]
            if name == "textChanged" and hasattr(widget, "unit_changed"):
                signals.append(widget.unit_changed)
            return signals
    return []


def _label_name(widget: QWidget) -> str:
    return widget.objectName().rsplit("_", 1)[0] + "_label"
