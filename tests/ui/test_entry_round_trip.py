"""End to end: type a new entry into the form from the Entries page, find it by searching."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dvk_desktop.ui.dialogs.entry_form import EntryFormDialog

pytestmark = pytest.mark.gui

TITLE = "Dân vận khéo ở Đô Lương: đường làng sáng, xanh"


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows Latin-1 letters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def test_typed_entry_is_found_in_the_table_without_diacritics(qtbot, make_window, demo_ctx):
    window = make_window(demo_ctx)
    page = window.show_page("entries")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    QTest.keySequence(page.table, QKeySequence("Ctrl+N"))
    dialog = page.findChild(EntryFormDialog)
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    type_text(form.title_edit, TITLE)
    form.field_combo.setCurrentIndex(form.field_combo.findData("economy"))
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 301)  # counted on the worker
    qtbot.keyClicks(page.filter_bar.search_edit, "dan van kheo o do luong")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == TITLE
    assert page.summary_label.text() == "1 mô hình, điển hình: 1 tập thể, 0 cá nhân"


def test_enter_on_a_row_opens_its_form(qtbot, make_window, demo_ctx):
    window = make_window(demo_ctx)
    page = window.show_page("entries")
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.findChild(EntryFormDialog)
    assert dialog is not None
    assert dialog.form.title_edit.text() == page.model.index(0, 0).data()
    dialog.done(0)
