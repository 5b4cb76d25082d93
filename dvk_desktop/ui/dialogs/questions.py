"""Questions with buttons labelled in the interface language (Qt ships no Vietnamese)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_choice(parent: QWidget | None, title: str, text: str,
               choices: list[tuple[str, str, QMessageBox.ButtonRole]], default: str,
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> str:
    """Show a question; the key of the button pressed (the Escape choice when closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = {}
    for key, label, role in choices:
        buttons[key] = box.addButton(label, role)
        if role in (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole):
            box.setEscapeButton(buttons[key])
    box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), default)
