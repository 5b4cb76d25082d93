"""The unit picker: completion over names and codes, ignoring case and diacritics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dvk_desktop.services import units
from dvk_desktop.ui.widgets.unit_picker import UnitPicker

pytestmark = pytest.mark.gui


@pytest.fixture
def picker(qtbot, ctx):
    widget = UnitPicker()
    widget.set_units(units.unit_tree(ctx.db), " (retired)")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_without_diacritics_offers_matching_units(qtbot, picker):
    qtbot.keyClicks(picker, "quynh")
    offered = picker.matches()
    assert offered and all("Quỳnh" in label for label in offered)
    assert picker.completer().popup().isVisible()
    assert picker.unit_id() == ""  # nothing chosen until a unit is taken


def test_a_code_finds_its_unit(qtbot, picker, ctx):
    qtbot.keyClicks(picker, "40")
    assert "Tỉnh Nghệ An (40)" in picker.matches()


def test_choosing_from_the_popup_sets_the_unit(qtbot, picker):
    qtbot.keyClicks(picker, "quynh luu")
    popup = picker.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert "Quỳnh Lưu" in picker.text()
    assert picker.unit_id()


def test_set_unit_id_round_trips_and_signals(qtbot, picker, ctx):
    with qtbot.waitSignal(picker.unit_changed) as signal:
        picker.set_unit_id(ctx.office.unit_id)
    assert signal.args == [ctx.office.unit_id]
    assert picker.text() == "Tỉnh Nghệ An (40)"
    picker.set_unit_id(None)
    assert picker.unit_id() == ""


def test_retired_units_are_marked(qtbot, ctx):
    commune = next(n for n in units.unit_tree(ctx.db) if n.parent_id)
    units.retire_unit(ctx.db, commune.id, "t")
    widget = UnitPicker()
    qtbot.addWidget(widget)
    widget.set_units(units.unit_tree(ctx.db), " (retired)")
    widget.set_unit_id(commune.id)
    assert widget.text().endswith(" (retired)")
