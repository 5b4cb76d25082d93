"""The decision form: number and symbol checked against the issuer kind as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from dvk_desktop.domain.decisions import SIGNER_PREFIXES, number_problem
from dvk_desktop.domain.enums import IssuerKind
from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.lifecycle_records import DecisionData, DecisionRecord
from dvk_desktop.services import decisions
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.forms.decision_form_ui import Ui_DecisionForm

_LINES = ("issuing_body", "place", "signer_title", "signer_name")


class DecisionFormDialog(QDialog):
    """Create or edit a decision; ``record`` holds the saved decision after acceptance."""

    def __init__(self, ctx: AppContext, record: DecisionRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_DecisionForm()
        self.form.setupUi(self)
        self.record = record
        f = self.form
        for kind in IssuerKind:
            f.issuer_kind_combo.addItem(kind.label(ctx.language), kind.value)
        for prefix in SIGNER_PREFIXES:
            f.signer_prefix_combo.addItem(prefix or "—", prefix)
        f.date_edit.setDate(QDate.currentDate())
        f.place_edit.setText(ctx.office.place_name)
        if record is not None:
            self.load(record.data)
        f.number_edit.textChanged.connect(self.check)
        f.issuer_kind_combo.currentIndexChanged.connect(self.check)
        f.save_button.clicked.connect(self.save)
        f.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        self.check()

    @classmethod
    def ask(cls, ctx: AppContext, record: DecisionRecord | None = None,
            parent: QWidget | None = None) -> DecisionRecord | None:
        """Show the dialog; the saved decision, or None when cancelled."""
        dialog = cls(ctx, record, parent)
        return dialog.record if dialog.exec() == QDialog.DialogCode.Accepted else None

    def load(self, data: DecisionData) -> None:
        """Fill the form from a decision."""
        f = self.form
        f.issuer_kind_combo.setCurrentIndex(f.issuer_kind_combo.findData(data.issuer_kind))
        f.number_edit.setText(data.number)
        f.date_edit.setDate(QDate(data.decided_on.year, data.decided_on.month,
                                  data.decided_on.day))
        for name in _LINES:
            getattr(f, f"{name}_edit").setText(getattr(data, name))
        f.signer_prefix_combo.setCurrentIndex(
            max(0, f.signer_prefix_combo.findData(data.signer_prefix)))
        f.subject_edit.setPlainText(data.subject)

    def data(self) -> DecisionData:
        """The form's content as plain data."""
        f = self.form
        picked = f.date_edit.date()
        return DecisionData(
            number=f.number_edit.text(), issuer_kind=f.issuer_kind_combo.currentData(),
            decided_on=date(picked.year(), picked.month(), picked.day()),
            signer_prefix=f.signer_prefix_combo.currentData() or "",
            subject=f.subject_edit.toPlainText(),
            unit_id=self.record.data.unit_id if self.record else self.ctx.office.unit_id,
            **{name: getattr(f, f"{name}_edit").text() for name in _LINES})

    def check(self, *_args) -> bool:
        """Show why the number does not fit the issuer kind; Save only when it fits."""
        problem = number_problem(self.form.number_edit.text(),
                                 self.form.issuer_kind_combo.currentData())
        self.form.problem_label.setText(problem.message(self.ctx.language) if problem else "")
        self.form.save_button.setEnabled(problem is None)
        return problem is None

    def save(self) -> None:
        """Store the decision and close; problems are shown in the form."""
        if not self.check():
            return
        try:
            if self.record is None:
                self.record = decisions.create_decision(self.ctx.db, self.data(), self.ctx.actor)
            else:
                self.record = decisions.update_decision(self.ctx.db, self.record.id, self.data(),
                                                        self.record.version, self.ctx.actor)
        except ValidationError as exc:
            self.form.problem_label.setText(
                "\n".join(p.message(self.ctx.language) for p in exc.problems))
            return
        except DomainError as exc:
            self.form.problem_label.setText(exc.message(self.ctx.language))
            return
        self.accept()
