"""A failing handler shows a readable dialog, is logged, and the program keeps running."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.ui import errors
from dvk_desktop.ui.widgets.error_dialog import ErrorDialog

pytestmark = pytest.mark.gui


class Panel(QWidget):
    """A widget whose button fails the first time and works afterwards."""

    def __init__(self, failure: Exception) -> None:
        super().__init__()
        self.failure = failure
        self.clicks = 0
        self.button = QPushButton("Go", self)
        self.button.clicked.connect(self.go)

    @errors.guard_slot
    def go(self) -> None:
        self.clicks += 1
        if self.clicks == 1:
            raise self.failure


def open_dialogs(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_failing_slot_shows_details_and_the_program_continues(qtbot, caplog):
    panel = Panel(RuntimeError("disk on fire"))
    qtbot.addWidget(panel)
    panel.show()
    with caplog.at_level(logging.ERROR):
        panel.button.click()
    dialog = panel.findChild(ErrorDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Đã xảy ra lỗi: disk on fire" in dialog.message_label.text()
    assert "RuntimeError: disk on fire" in dialog.details
    assert dialog.copy_button.text() == "Sao chép chi tiết"
    dialog.copy_button.click()
    assert "Traceback" in QApplication.clipboard().text()
    assert any("disk on fire" in r.getMessage() or r.exc_info for r in caplog.records)
    dialog.close_button.click()
    panel.button.click()  # the second click works: nothing was left broken
    assert panel.clicks == 2


def test_a_domain_error_shows_its_message_in_the_interface_language(qtbot):
    panel = Panel(DomainError("Năm không hợp lệ.", "Invalid year."))
    qtbot.addWidget(panel)
    errors.set_language("en")
    panel.button.click()
    box = panel.findChild(QMessageBox, "domain_error_box")
    assert box is not None and box.text() == "Invalid year."
    assert panel.findChild(ErrorDialog) is None  # a broken rule is not a fault: no traceback
    box.close()


def test_the_exception_hook_reports_instead_of_crashing(qtbot, caplog, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda exc, parent=None: shown.append(exc))
    errors.install_excepthook()
    try:
        raise ValueError("bad value")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert [str(e) for e in shown] == ["bad value"]
    assert caplog.records[-1].exc_info is not None
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)


def test_faults_reach_the_rotating_log_file(data_dir):
    from dvk_desktop import logs

    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = [h for h in root.handlers if not getattr(h, "_dvk", False)]
    try:
        logs.setup_logging()
        try:
            raise RuntimeError("logged fault")
        except RuntimeError as exc:
            dialog = errors.report(exc)
        dialog.close()
        for handler in root.handlers:
            handler.flush()
        text = (data_dir / "logs" / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
        assert "logged fault" in text and "Traceback" in text
    finally:
        for handler in root.handlers:
            if getattr(handler, "_dvk", False) and handler not in saved:
                handler.close()
        root.handlers = saved
