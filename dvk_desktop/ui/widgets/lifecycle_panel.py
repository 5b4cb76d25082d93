"""An entry's way through the lifecycle: recognitions per year and level, moves to the
next status (outstanding, replicated …) and to the side states with their reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain import lifecycle
from dvk_desktop.domain.enums import Level, Status
from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.validation import current_year
from dvk_desktop.services import decisions, entries, recognitions
from dvk_desktop.ui.context import AppContext


class RecognitionDialog(QDialog):
    """Year, level and (optionally) the decision of a recognition."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year_spin = QSpinBox(self, objectName="year_spin", minimum=2009,
                                  maximum=current_year() + 1, value=current_year())
        self.level_combo = QComboBox(self, objectName="level_combo")
        for level in Level:
            self.level_combo.addItem(level.label(ctx.language), level.value)
        self.decision_combo = QComboBox(self, objectName="decision_combo")
        self.decision_combo.addItem("—", None)
        for record in decisions.list_decisions(ctx.db):
            self.decision_combo.addItem(f"{record.data.number} — "
                                        f"{record.data.decided_on:%d/%m/%Y}", record.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Year:"), self.year_spin)
        form.addRow(self.tr("Level:"), self.level_combo)
        form.addRow(self.tr("Decision:"), self.decision_combo)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Recognition"))

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None):
        """(year, level, decision id) or None when cancelled."""
        dialog = cls(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (dialog.year_spin.value(), dialog.level_combo.currentData(),
                dialog.decision_combo.currentData())


class LifecyclePanel(QWidget):
    """Recognitions and status moves of one entry; ``changed`` fires after every change."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lifecycle_panel")
        self.entry_id: str | None = None
        self.status_label = QLabel(self, objectName="status_label")
        self.recognition_tree = QTreeWidget(self, objectName="recognition_tree")
        self.recognition_tree.setColumnCount(3)
        self.recognition_tree.setRootIsDecorated(False)
        self.recognise_button = QPushButton(self, objectName="recognise_button")
        self.withdraw_button = QPushButton(self, objectName="withdraw_button")
        self.move_combo = QComboBox(self, objectName="move_combo")
        self.reason_edit = QLineEdit(self, objectName="reason_edit")
        self.move_button = QPushButton(self, objectName="move_button")
        self.replication_spin = QSpinBox(self, objectName="replication_spin", maximum=100_000)
        self.places_edit = QLineEdit(self, objectName="places_edit")
        self.replication_button = QPushButton(self, objectName="replication_button")
        self.message_label = QLabel(self, objectName="message_label", wordWrap=True)
        self._lay_out()
        self.recognise_button.clicked.connect(self.recognise)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.move_button.clicked.connect(self.move)
        self.replication_button.clicked.connect(self.record_replication)
        self.retranslate_ui()
        self.set_entry(None)

    def _lay_out(self) -> None:
        recognition_buttons = QHBoxLayout()
        recognition_buttons.addWidget(self.recognise_button)
        recognition_buttons.addWidget(self.withdraw_button)
        recognition_buttons.addStretch()
        self.form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(4)]
        self.form.addRow(self.captions[0], self.move_combo)
        self.form.addRow(self.captions[1], self.reason_edit)
        self.form.addRow("", self.move_button)
        self.form.addRow(self.captions[2], self.replication_spin)
        self.form.addRow(self.captions[3], self.places_edit)
        self.form.addRow("", self.replication_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.recognition_tree, 1)
        layout.addLayout(recognition_buttons)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.recognition_tree.setHeaderLabels([self.tr("Year"), self.tr("Level"),
                                               self.tr("Decision")])
        self.recognise_button.setText(self.tr("Recognise…"))
        self.withdraw_button.setText(self.tr("Withdraw recognition"))
        for caption, text in zip(self.captions, (self.tr("Move to:"), self.tr("Reason:"),
                                                 self.tr("Replicated in (number of places):"),
                                                 self.tr("Where:")), strict=True):
            caption.setText(text)
        self.move_button.setText(self.tr("Change status"))
        self.replication_button.setText(self.tr("Record replication"))
        self.refresh()

    def set_entry(self, entry_id: str | None) -> None:
        """Show the lifecycle of a saved entry (None: nothing to show yet)."""
        self.entry_id = entry_id
        self.setEnabled(entry_id is not None)
        self.message_label.setText("")
        self.refresh()

    def refresh(self) -> None:
        """Re-read the entry's status and recognitions."""
        self.recognition_tree.clear()
        self.move_combo.clear()
        if self.entry_id is None:
            self.status_label.setText("")
            return
        record = entries.get_entry(self.ctx.db, self.entry_id)
        self.status = record.data.status
        self.status_label.setText(self.tr("Status: %1").replace(
            "%1", Status(self.status).label(self.ctx.language)))
        for item in recognitions.list_recognitions(self.ctx.db, self.entry_id):
            row = QTreeWidgetItem(self.recognition_tree, [
                str(item.year), Level(item.level).label(self.ctx.language), item.decision_number])
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
        for status in lifecycle.allowed_moves(self.status):
            self.move_combo.addItem(Status(status).label(self.ctx.language), status)
        self.replication_spin.setValue(record.data.replication_count or 1)
        self.places_edit.setText(record.data.replication_places)

    def _run(self, change) -> None:
        try:
            change()
        except ValidationError as exc:
            self.message_label.setText("\n".join(p.message(self.ctx.language)
                                                 for p in exc.problems))
            return
        except DomainError as exc:
            self.message_label.setText(exc.message(self.ctx.language))
            return
        self.message_label.setText("")
        self.reason_edit.clear()
        self.refresh()
        self.changed.emit()

    def recognise(self) -> None:
        """Ask for year, level and decision, then recognise the entry."""
        answer = RecognitionDialog.ask(self.ctx, self) if self.entry_id else None
        if answer is not None:
            year, level, decision_id = answer
            self._run(lambda: recognitions.recognise(self.ctx.db, self.entry_id, year, level,
                                                     self.ctx.actor, decision_id))

    def withdraw(self) -> None:
        """Withdraw the selected recognition (restorable)."""
        item = self.recognition_tree.currentItem()
        if item is not None:
            self._run(lambda: recognitions.set_recognition_deleted(
                self.ctx.db, item.data(0, Qt.ItemDataRole.UserRole), True, self.ctx.actor))

    def move(self) -> None:
        """Move the entry to the chosen status with the typed reason."""
        target = self.move_combo.currentData()
        if target:
            self._run(lambda: recognitions.move_status(self.ctx.db, self.entry_id, target,
                                                       self.ctx.actor, self.reason_edit.text()))

    def record_replication(self) -> None:
        """Record where and how many times the entry was replicated."""
        self._run(lambda: recognitions.record_replication(
            self.ctx.db, self.entry_id, self.replication_spin.value(), self.places_edit.text(),
            self.ctx.actor))
