"""The inspection form: bounded scores, live total and classification, saving moves status."""

from __future__ import annotations

import pytest

from dvk_desktop.services import entries, inspections
from dvk_desktop.ui.dialogs.inspection_form import InspectionFormDialog
from tests.ui.lifecycle.conftest import make_entry

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, lc_ctx):
    entry_id = make_entry(lc_ctx, status="in_progress")
    widget = InspectionFormDialog(lc_ctx, entry_id=entry_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_new_form_uses_the_model_rubric_and_bounds_each_score(dialog):
    assert "mô hình" in dialog.form.rubric_combo.currentText()
    assert dialog.form.score_table.rowCount() == 7
    first = dialog.spins[0]
    first.setValue(999)
    assert first.value() == first.maximum() == 10


def test_total_and_classification_update_live(dialog):
    for spin in dialog.spins:
        spin.setValue(spin.maximum() * 0.6)
    assert "60" in dialog.form.total_label.text()
    assert dialog.classification() == "passed"
    assert "Đạt" in dialog.form.classification_label.text()
    for spin in dialog.spins:
        spin.setValue(spin.maximum())
    assert dialog.classification() == "exemplary"
    assert "Tiêu biểu" in dialog.form.classification_label.text()


def test_saving_stores_delegation_and_moves_status(qtbot, dialog, lc_ctx):
    for spin in dialog.spins:
        spin.setValue(spin.maximum() * 0.7)
    dialog.add_member()
    table = dialog.form.delegation_table
    table.item(0, 0).setText("Trần Thị Bình")
    table.item(0, 1).setText("Phó Trưởng Ban Dân vận")
    table.item(0, 2).setText("Trưởng đoàn")
    dialog.form.conclusion_edit.setPlainText("Đạt yêu cầu")
    with qtbot.waitSignal(dialog.saved):
        dialog.form.save_button.click()
    saved = inspections.list_inspections(lc_ctx.db)
    assert len(saved) == 1 and saved[0].head_of_delegation == "Trần Thị Bình"
    assert saved[0].classification == "passed"
    assert entries.get_entry(lc_ctx.db, dialog.entry_id).data.status == "inspected"


def test_member_without_a_name_is_explained_and_nothing_saved(dialog, lc_ctx):
    dialog.add_member()
    dialog.form.delegation_table.item(0, 1).setText("Ủy viên")
    dialog.form.save_button.click()
    assert "họ tên" in dialog.form.problem_label.text()
    assert inspections.list_inspections(lc_ctx.db) == []
    assert dialog.isVisible()


def test_opening_a_saved_inspection_shows_its_scores(qtbot, dialog, lc_ctx):
    for spin in dialog.spins:
        spin.setValue(spin.maximum() * 0.3)
    dialog.form.save_button.click()
    stored = inspections.list_inspections(lc_ctx.db)[0]
    again = InspectionFormDialog(lc_ctx, inspection_id=stored.id)
    qtbot.addWidget(again)
    assert [s.value() for s in again.spins] == [s.value() for s in dialog.spins]
    assert again.classification() == "failed"
    assert not again.form.rubric_combo.isEnabled()
    assert entries.get_entry(lc_ctx.db, dialog.entry_id).data.status == "needs_strengthening"
