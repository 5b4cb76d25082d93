"""The entry form's evidence and lifecycle sections."""

from __future__ import annotations

import pytest

from dvk_desktop.services import entries, evidence
from dvk_desktop.ui.dialogs.entry_form import EntryFormDialog
from dvk_desktop.ui.widgets import evidence_panel
from tests.ui.lifecycle.conftest import make_entry

pytestmark = pytest.mark.gui


def sections_of(dialog):
    return dialog.lifecycle_sections


def test_new_entry_has_inactive_sections(qtbot, lc_ctx):
    dialog = EntryFormDialog(lc_ctx)
    qtbot.addWidget(dialog)
    sections = sections_of(dialog)
    assert not sections.lifecycle.isEnabled()
    assert not sections.evidence.buttons["add"].isEnabled()


def test_saved_entry_shows_evidence_thumbnails(qtbot, lc_ctx, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    photo = tmp_path / "anh.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    image.save(str(photo))
    entry_id = make_entry(lc_ctx)
    evidence.add_attachment(lc_ctx.db, photo, lc_ctx.actor, entry_id=entry_id)
    dialog = EntryFormDialog(lc_ctx, entry_id)
    qtbot.addWidget(dialog)
    panel = sections_of(dialog).evidence
    assert panel.file_list.count() == 1 and not panel.file_list.item(0).icon().isNull()
    monkeypatch.setattr(evidence_panel, "choose_files", lambda *a: [str(photo)])
    panel.buttons["add"].click()
    assert panel.file_list.count() == 2


def test_status_move_in_the_form_keeps_typed_edits_and_the_version_current(qtbot, lc_ctx):
    entry_id = make_entry(lc_ctx, status="in_progress")
    dialog = EntryFormDialog(lc_ctx, entry_id)
    qtbot.addWidget(dialog)
    dialog.form.title_edit.setText("Tên mới đang gõ")
    panel = sections_of(dialog).lifecycle
    panel.move_combo.setCurrentIndex(panel.move_combo.findData("inspected"))
    panel.move_button.click()
    assert dialog.form.title_edit.text() == "Tên mới đang gõ"
    assert dialog.version == entries.get_entry(lc_ctx.db, entry_id).version
    assert dialog.current_data().status == "inspected"
    assert dialog.form.history_tree.topLevelItemCount() == 2
