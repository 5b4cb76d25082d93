"""The catalogue picker, driven through its widgets."""

from __future__ import annotations

import pytest

from dvk_desktop.services import catalogue
from dvk_desktop.ui.dialogs.catalogue_picker import CataloguePicker

pytestmark = pytest.mark.gui


def test_catalogue_picker_filters_without_diacritics(qtbot, ctx):
    picker = CataloguePicker(catalogue.communes(ctx.office.province_code))
    qtbot.addWidget(picker)
    picker.form.search_edit.setText("dien chau")
    shown = picker.shown_codes()
    assert shown and len(shown) < 10
    assert not picker.form.add_button.isEnabled()
    picker.form.list_view.selectAll()
    assert picker.form.add_button.isEnabled()
    assert picker.selected_codes() == shown


def test_cancel_chooses_nothing(qtbot, ctx, monkeypatch):
    def fake_exec(self):
        self.form.list_view.selectAll()
        self.form.cancel_button.click()
        return 0
    monkeypatch.setattr(CataloguePicker, "exec", fake_exec)
    assert CataloguePicker.ask(catalogue.communes(ctx.office.province_code)) == []
