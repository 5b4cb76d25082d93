"""The retire (and merge) dialog, driven through its widgets."""

from __future__ import annotations

import pytest

from dvk_desktop.services import units
from dvk_desktop.ui.dialogs.retire_dialog import RetireDialog

pytestmark = pytest.mark.gui


def communes(ctx):
    return [n for n in units.unit_tree(ctx.db) if n.parent_id == ctx.office.unit_id]


def test_retire_with_an_optional_successor(qtbot, ctx):
    old, new = communes(ctx)[:2]
    dialog = RetireDialog(ctx, [old])
    qtbot.addWidget(dialog)
    assert dialog.form.ok_button.isEnabled()  # a successor is optional when retiring
    dialog.form.successor_picker.setText("không có trong danh sách")
    assert not dialog.form.ok_button.isEnabled()
    assert dialog.form.successor_error.text() == "Hãy chọn đơn vị kế thừa trong danh sách."
    dialog.form.successor_picker.set_unit_id(new.id)
    dialog.form.ok_button.click()
    retired = units.get_unit(ctx.db, old.id).data
    assert retired.successor_id == new.id and retired.valid_to is not None
    assert dialog.done_ok


def test_a_unit_cannot_succeed_itself_or_its_own_units(qtbot, ctx):
    province = next(n for n in units.unit_tree(ctx.db) if n.id == ctx.office.unit_id)
    dialog = RetireDialog(ctx, [province], merge=True)
    qtbot.addWidget(dialog)
    assert dialog.form.successor_picker.matches() == []  # every unit is below the province


def test_merge_needs_a_successor(qtbot, ctx):
    first, second, third = communes(ctx)[:3]
    dialog = RetireDialog(ctx, [first, second], merge=True)
    qtbot.addWidget(dialog)
    assert not dialog.form.ok_button.isEnabled()
    assert dialog.form.successor_error.text() == "Sáp nhập cần có đơn vị kế thừa."
    dialog.form.successor_picker.set_unit_id(third.id)
    dialog.form.ok_button.click()
    assert {units.get_unit(ctx.db, n.id).data.successor_id for n in (first, second)} == {third.id}
