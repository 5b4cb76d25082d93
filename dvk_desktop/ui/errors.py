"""Errors in the window: a readable dialog, a log record, and the program keeps running.

``install_excepthook`` catches whatever escapes a Qt slot; ``guard_slot`` wraps a handler so
its failure is reported right where it happened. A ``DomainError`` is the user's business
(a rule was broken), so it shows only its message in the interface language; anything else is
a fault, logged with its traceback and shown with "Copy details".
"""

from __future__ import annotations

import functools
import inspect
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dvk_desktop.domain.errors import DomainError, readable_error
from dvk_desktop.ui.widgets.error_dialog import ErrorDialog

log = logging.getLogger("dvk_desktop.ui")

_state = {"language": "vi"}


def set_language(language: str) -> None:
    """Language of the domain messages shown from now on."""
    _state["language"] = language


def _parent_window(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        return parent.window()
    return QApplication.activeWindow()


def show_error(exc: BaseException, parent: QWidget | None = None) -> QWidget | None:
    """Report ``exc`` without blocking: a message box or an error dialog (returned)."""
    if QApplication.instance() is None:
        return None
    window = _parent_window(parent)
    exc = readable_error(exc)  # a full disk reads as such, not as an OSError
    if isinstance(exc, DomainError):
        title = QCoreApplication.translate("ErrorReport", "Cannot do that")
        box = QMessageBox(QMessageBox.Icon.Warning, title, exc.message(_state["language"]),
                          QMessageBox.StandardButton.Ok, window)
        box.setObjectName("domain_error_box")
        ok_text = QCoreApplication.translate("ErrorReport", "OK")
        box.button(QMessageBox.StandardButton.Ok).setText(ok_text)
        dialog: QWidget = box
    else:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        message = QCoreApplication.translate("ErrorReport", "Something went wrong: %1")
        message = message.replace("%1", str(exc) or type(exc).__name__)
        dialog = ErrorDialog(message, details, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def report(exc: BaseException, parent: QWidget | None = None) -> QWidget | None:
    """Log ``exc`` (faults with their traceback) and show it to the user."""
    if isinstance(exc, DomainError):
        log.info("refused: %s", exc.en)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return show_error(exc, parent)


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the window: report instead of crashing."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    report(exc)


def install_excepthook() -> None:
    """Route every uncaught exception (also from Qt slots) to :func:`report`."""
    sys.excepthook = excepthook


def guard_slot(func: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate a widget method so a failure is reported next to the widget, not raised."""

    params = list(inspect.signature(func).parameters.values())[1:]
    takes_any = any(p.kind is p.VAR_POSITIONAL for p in params)
    arity = len([p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)])

    @functools.wraps(func)
    def wrapper(self, *args: Any, **kwargs: Any) -> Any:
        # Signals pass extra arguments (e.g. ``clicked(bool)``) that the handler may not take.
        args = args if takes_any else args[:arity]
        try:
            return func(self, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - the point is to catch everything
            report(exc, self if isinstance(self, QWidget) else None)
            return None

    return wrapper
