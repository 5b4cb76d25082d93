"""“Add to decision…”: put the entries selected in the Entries table into a decision."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.enums import AwardForm
from dvk_desktop.domain.lifecycle_records import AddResult
from dvk_desktop.services import decisions
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.decision_form import DecisionFormDialog


class AddToDecisionDialog(QDialog):
    """Choose a decision (or make a new one) and the form of commendation."""

    def __init__(self, ctx: AppContext, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = count
        self.decision_combo = QComboBox(self, objectName="decision_combo")
        self.form_combo = QComboBox(self, objectName="form_combo")
        for item in AwardForm:
            self.form_combo.addItem(item.label(ctx.language), item.value)
        self.new_button = QPushButton(self, objectName="new_decision_button")
        self.new_button.clicked.connect(self.new_decision)
        self.info_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fields = QFormLayout()
        self.decision_caption, self.form_caption = QLabel(self), QLabel(self)
        fields.addRow(self.decision_caption, self.decision_combo)
        fields.addRow("", self.new_button)
        fields.addRow(self.form_caption, self.form_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(fields)
        layout.addWidget(self.buttons)
        self.load_decisions()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Add to decision"))
        self.info_label.setText(self.tr("%1 selected entries will be commended by the decision.")
                                .replace("%1", str(self.count)))
        self.decision_caption.setText(self.tr("&Decision:"))
        self.form_caption.setText(self.tr("&Form:"))
        self.new_button.setText(self.tr("New decision…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def load_decisions(self, select_id: str | None = None) -> None:
        """Fill the list of decisions, newest first."""
        self.decision_combo.clear()
        for record in decisions.list_decisions(self.ctx.db):
            d = record.data
            self.decision_combo.addItem(f"{d.number} — {d.decided_on:%d/%m/%Y} — {d.issuing_body}",
                                        record.id)
        if select_id:
            self.decision_combo.setCurrentIndex(self.decision_combo.findData(select_id))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.decision_combo.count() > 0)

    def new_decision(self) -> None:
        """Make a decision on the spot and choose it."""
        record = DecisionFormDialog.ask(self.ctx, None, self)
        if record is not None:
            self.load_decisions(record.id)


def add_selected_to_decision(ctx: AppContext, entry_ids: list[str],
                             parent: QWidget | None = None) -> AddResult | None:
    """Ask for the decision and form, add the entries, tell what happened."""
    if not entry_ids:
        return None
    dialog = AddToDecisionDialog(ctx, len(entry_ids), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    result = decisions.add_entries_to_decision(ctx.db, dialog.decision_combo.currentData(),
                                               entry_ids, ctx.actor,
                                               form=dialog.form_combo.currentData())
    text = QCoreApplication.translate("AddToDecisionDialog",
                                      "%1 entries added to the decision; %2 were already in it.")
    QMessageBox.information(parent, dialog.windowTitle(),
                            text.replace("%1", str(len(result.added)))
                            .replace("%2", str(len(result.skipped))))
    return result

