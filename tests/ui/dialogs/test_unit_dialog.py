"""The unit dialog, driven through its widgets."""

from __future__ import annotations

import pytest

from dvk_desktop.services import units
from dvk_desktop.ui.dialogs.unit_dialog import UnitDialog

pytestmark = pytest.mark.gui


def test_unit_dialog_shows_reasons_and_keeps_save_disabled(qtbot, ctx):
    dialog = UnitDialog(ctx, parent_id=ctx.office.unit_id)
    qtbot.addWidget(dialog)
    dialog.form.name_edit.setText("Hội Nông dân")
    dialog.form.code_edit.setText("mã có dấu")
    assert not dialog.form.save_button.isEnabled()
    assert "chữ không dấu" in dialog.form.code_error.text()
    dialog.form.parent_picker.setText("không có")
    assert dialog.form.parent_id_error.text()
    dialog.form.code_edit.setText("HND")
    dialog.form.parent_picker.set_unit_id(ctx.office.unit_id)
    assert dialog.form.save_button.isEnabled()


def test_editing_keeps_the_code_and_saves_a_new_version(qtbot, ctx):
    province = units.get_unit(ctx.db, ctx.office.unit_id)
    dialog = UnitDialog(ctx, province.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sửa đơn vị"
    dialog.form.name_edit.setText("Tỉnh Nghệ An (mới)")
    assert dialog.form.code_edit.text() == province.data.code  # no new suggestion on edit
    dialog.form.save_button.click()
    saved = units.get_unit(ctx.db, province.id)
    assert (saved.data.name, saved.version) == ("Tỉnh Nghệ An (mới)", province.version + 1)
    assert dialog.saved_id == province.id


def test_a_code_in_use_is_refused_with_its_reason(qtbot, ctx, monkeypatch):
    dialog = UnitDialog(ctx, parent_id=ctx.office.unit_id)
    qtbot.addWidget(dialog)
    errors = []
    monkeypatch.setattr(dialog, "show_error", errors.append)
    dialog.form.name_edit.setText("Trùng mã")
    dialog.form.code_edit.setText(ctx.office.unit_code)
    dialog.form.save_button.click()
    assert errors and "đã được dùng" in errors[0]
    assert dialog.saved_id is None


def test_end_before_start_is_shown(qtbot, ctx):
    from datetime import date

    from dvk_desktop.ui.dialogs.unit_dialog import write_date

    dialog = UnitDialog(ctx, parent_id=ctx.office.unit_id)
    qtbot.addWidget(dialog)
    dialog.form.name_edit.setText("Đơn vị có thời hạn")
    write_date(dialog.form.valid_from_edit, date(2024, 5, 1))
    write_date(dialog.form.valid_to_edit, date(2024, 1, 1))
    assert dialog.form.valid_to_error.text() == "Ngày kết thúc trước ngày bắt đầu."
    assert not dialog.form.save_button.isEnabled()
