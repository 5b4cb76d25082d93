"""A record changed on both sides, shown side by side: keep mine or take theirs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _text(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


class ConflictDialog(QDialog):
    """Shows every differing field of a conflict with this office's and the sender's value."""

    def __init__(self, label: str, changed: list[str], mine: dict, theirs: dict,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Changed on both sides"))
        self.caption = QLabel(self, objectName="caption_label", wordWrap=True)
        self.caption.setText(self.tr("“%1” was changed here and by the sender since the last "
                                     "exchange. Choose which version to keep.").replace("%1", label))
        self.table = QTableWidget(len(changed), 3, self, objectName="fields_table")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine (this office)"),
                                              self.tr("Theirs (sender)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, name in enumerate(changed):
            for col, value in enumerate((name, _text(mine.get(name)), _text(theirs.get(name)))):
                self.table.setItem(row, col, QTableWidgetItem(value))
        buttons = QDialogButtonBox(self)
        self.mine_button = QPushButton(self.tr("Keep mine"), self, objectName="mine_button")
        self.theirs_button = QPushButton(self.tr("Take theirs"), self,
                                         objectName="theirs_button")
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.mine_button.clicked.connect(lambda: self._choose("mine"))
        self.theirs_button.clicked.connect(lambda: self._choose("theirs"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, label: str, changed: list[str], mine: dict,
            theirs: dict) -> str | None:
        """'mine', 'theirs', or None when the officer decides later."""
        dialog = cls(label, changed, mine, theirs, parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
