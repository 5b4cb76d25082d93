"""The lifecycle panel: recognitions, status moves with reasons, replication."""

from __future__ import annotations

import pytest

from dvk_desktop.services import entries, recognitions
from dvk_desktop.ui.widgets import lifecycle_panel
from dvk_desktop.ui.widgets.lifecycle_panel import LifecyclePanel
from tests.ui.lifecycle.conftest import make_decision, make_entry

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, lc_ctx):
    widget = LifecyclePanel(lc_ctx)
    qtbot.addWidget(widget)
    return widget


def test_panel_is_inactive_until_the_entry_is_saved(panel):
    assert not panel.isEnabled()


def test_recognise_with_a_decision(qtbot, panel, lc_ctx, monkeypatch):
    entry_id = make_entry(lc_ctx, status="inspected")
    decision = make_decision(lc_ctx)
    panel.set_entry(entry_id)
    monkeypatch.setattr(lifecycle_panel.RecognitionDialog, "ask",
                        classmethod(lambda cls, ctx, parent=None: (2024, "district", decision.id)))
    with qtbot.waitSignal(panel.changed):
        panel.recognise_button.click()
    assert panel.recognition_tree.topLevelItemCount() == 1
    assert panel.recognition_tree.topLevelItem(0).text(2) == "123/QĐ-UBND"
    assert entries.get_entry(lc_ctx.db, entry_id).data.status == "recognised"
    panel.recognition_tree.setCurrentItem(panel.recognition_tree.topLevelItem(0))
    panel.withdraw_button.click()
    assert recognitions.list_recognitions(lc_ctx.db, entry_id) == []


def test_side_state_needs_a_reason(panel, lc_ctx):
    entry_id = make_entry(lc_ctx, status="in_progress")
    panel.set_entry(entry_id)
    panel.move_combo.setCurrentIndex(panel.move_combo.findData("dropped"))
    panel.move_button.click()
    assert "lý do" in panel.message_label.text()
    panel.reason_edit.setText("Không còn hiệu quả")
    panel.move_button.click()
    record = entries.get_entry(lc_ctx.db, entry_id)
    assert record.data.status == "dropped" and record.data.status_reason == "Không còn hiệu quả"
    assert [panel.move_combo.itemData(i) for i in range(panel.move_combo.count())] == [
        "registered", "in_progress"]


def test_record_replication(panel, lc_ctx):
    entry_id = make_entry(lc_ctx, status="commended")
    panel.set_entry(entry_id)
    panel.replication_spin.setValue(5)
    panel.places_edit.setText("Xã Nghi Lộc, xã Diễn Châu")
    panel.replication_button.click()
    record = entries.get_entry(lc_ctx.db, entry_id)
    assert record.data.status == "replicated" and record.data.replication_count == 5
