"""The award form: a recipient taken from an entry or typed, the form of commendation,
the achievement (the movement's wording for the year by default) and the gold-book number."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from dvk_desktop.domain.decisions import default_achievement
from dvk_desktop.domain.enums import AwardForm, Scope, Sex
from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.lifecycle_records import AwardData, AwardRecord, DecisionRecord
from dvk_desktop.services import decisions, entries
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.entry_chooser import EntryChooserDialog
from dvk_desktop.ui.forms.award_form_ui import Ui_AwardForm

_LINES = {"recipient_name": "recipient_name_edit", "recipient_position": "position_edit",
          "recipient_unit": "unit_edit", "gold_book_number": "gold_book_edit"}


class AwardFormDialog(QDialog):
    """Add an award to a decision or edit one; ``record`` holds it after acceptance."""

    def __init__(self, ctx: AppContext, decision: DecisionRecord,
                 record: AwardRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.decision = decision
        self.record = record
        self.entry_id: str | None = None
        self.form = Ui_AwardForm()
        self.form.setupUi(self)
        f = self.form
        for scope in Scope:
            f.scope_combo.addItem(scope.label(ctx.language), scope.value)
        f.sex_combo.addItem("—", None)
        for sex in Sex:
            f.sex_combo.addItem(sex.label(ctx.language), sex.value)
        for award_form in AwardForm:
            f.form_combo.addItem(award_form.label(ctx.language), award_form.value)
        f.achievement_edit.setPlainText(default_achievement(decision.data.decided_on.year))
        if record is not None:
            self.load(record.data)
        f.scope_combo.currentIndexChanged.connect(self._scope_changed)
        f.choose_entry_button.clicked.connect(self.choose_entry)
        f.clear_entry_button.clicked.connect(lambda: self.set_entry(None))
        f.save_button.clicked.connect(self.save)
        f.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        self._scope_changed()
        self.set_entry(self.entry_id)

    @classmethod
    def ask(cls, ctx: AppContext, decision: DecisionRecord, record: AwardRecord | None = None,
            parent: QWidget | None = None) -> AwardRecord | None:
        """Show the dialog; the saved award, or None when cancelled."""
        dialog = cls(ctx, decision, record, parent)
        return dialog.record if dialog.exec() == QDialog.DialogCode.Accepted else None

    def load(self, data: AwardData) -> None:
        """Fill the form from an award."""
        f = self.form
        self.entry_id = data.entry_id
        f.scope_combo.setCurrentIndex(f.scope_combo.findData(data.recipient_scope))
        f.sex_combo.setCurrentIndex(max(0, f.sex_combo.findData(data.recipient_sex)))
        f.form_combo.setCurrentIndex(f.form_combo.findData(data.form))
        f.achievement_edit.setPlainText(data.achievement)
        for name, widget in _LINES.items():
            getattr(f, widget).setText(getattr(data, name))

    def _scope_changed(self, *_args) -> None:
        individual = self.form.scope_combo.currentData() == Scope.INDIVIDUAL.value
        for widget in (self.form.sex_combo, self.form.sex_caption):
            widget.setEnabled(individual)

    def set_entry(self, entry_id: str | None) -> None:
        """Tie the award to an entry (or to none: the recipient is typed)."""
        self.entry_id = entry_id
        if entry_id is None:
            self.form.entry_label.setText(self.tr("Recipient typed directly"))
        else:
            title = entries.get_entry(self.ctx.db, entry_id).data.title
            self.form.entry_label.setText(self.tr("Entry: %1").replace("%1", title))
        self.form.clear_entry_button.setEnabled(entry_id is not None)

    def choose_entry(self) -> None:
        """Pick an entry; the recipient's fields are filled from it."""
        entry_id = EntryChooserDialog.ask(self.ctx, self)
        if entry_id is None:
            return
        data = decisions.award_for_entry(self.ctx.db, entry_id, self.form.form_combo.currentData(),
                                         self.decision.data.decided_on.year)
        data.achievement = self.form.achievement_edit.toPlainText()
        data.gold_book_number = self.form.gold_book_edit.text()
        self.load(data)
        self.set_entry(entry_id)

    def data(self) -> AwardData:
        """The form's content as plain data."""
        f = self.form
        return AwardData(
            recipient_scope=f.scope_combo.currentData(), form=f.form_combo.currentData(),
            achievement=f.achievement_edit.toPlainText(), entry_id=self.entry_id,
            recipient_sex=f.sex_combo.currentData(),
            **{name: getattr(f, widget).text() for name, widget in _LINES.items()})

    def save(self) -> None:
        """Store the award and close; problems are shown in the form."""
        try:
            if self.record is None:
                self.record = decisions.add_award(self.ctx.db, self.decision.id, self.data(),
                                                  self.ctx.actor)
            else:
                self.record = decisions.update_award(self.ctx.db, self.record.id, self.data(),
                                                     self.record.version, self.ctx.actor)
        except ValidationError as exc:
            self.form.problem_label.setText(
                "\n".join(p.message(self.ctx.language) for p in exc.problems))
            return
        except DomainError as exc:
            self.form.problem_label.setText(exc.message(self.ctx.language))
            return
        self.accept()
