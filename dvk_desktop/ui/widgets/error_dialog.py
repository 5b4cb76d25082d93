"""A readable error dialog with the technical details one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """Shows what went wrong in plain words; "Copy details" copies the traceback."""

    def __init__(self, message: str, details: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setObjectName("error_dialog")
        self.setMinimumWidth(460)
        self.message_label = QLabel(message, self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.details_edit = QPlainTextEdit(details, self)
        self.details_edit.setReadOnly(True)
        self.details_edit.setVisible(bool(details))
        self.details_edit.setMinimumHeight(160)
        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self)
        self.copy_button.setVisible(bool(details))
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.details_edit)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Error"))
        self.copy_button.setText(self.tr("Copy details"))
        self.close_button.setText(self.tr("Close"))
        self.hint_label.setText(self.tr(
            "The program keeps running. If this happens again, send the details below to "
            "whoever supports the program.") if self.details else "")
        self.hint_label.setVisible(bool(self.details))

    def copy_details(self) -> None:
        """Put the technical details on the clipboard."""
        QApplication.clipboard().setText(self.details)
