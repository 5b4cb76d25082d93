"""The Units page and its dialogs, driven through their widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dvk_desktop.domain.records import EntryData
from dvk_desktop.services import entries, office, units
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.catalogue_picker import CataloguePicker
from dvk_desktop.ui.dialogs.retire_dialog import RetireDialog
from dvk_desktop.ui.dialogs.unit_dialog import UnitDialog
from dvk_desktop.ui.models.unit_tree_model import UnitTreeModel
from dvk_desktop.ui.pages.units_page import UnitsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(office_db):
    return AppContext(office_db, office.get_office(office_db), "vi")


@pytest.fixture
def page(qtbot, ctx):
    widget = UnitsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def by_code(ctx, code):
    return units.find_unit_by_code(ctx.db, code)


def node_of(ctx, code):
    return next(n for n in units.unit_tree(ctx.db, True) if n.code == code)


def run_dialog(monkeypatch, cls, drive):
    """Replace ``cls.exec`` so that ``drive(dialog)`` plays the user's part."""
    def fake_exec(self):
        drive(self)
        return self.result()
    monkeypatch.setattr(cls, "exec", fake_exec)


def test_tree_model_passes_the_model_tester(qtmodeltester, ctx):
    model = UnitTreeModel("vi")
    model.set_nodes(units.unit_tree(ctx.db))
    qtmodeltester.check(model)
    province = model.index(0, 0)
    assert province.data() == "Tỉnh Nghệ An"
    assert model.rowCount(province) == len(units.unit_tree(ctx.db)) - 1


def test_page_shows_the_province_and_its_communes(page):
    proxy = page.proxy
    assert page.title() == "Đơn vị"
    assert proxy.rowCount() == 1
    assert proxy.rowCount(proxy.index(0, 0)) > 100


def test_search_ignores_diacritics(page):
    page.form.search_edit.setText("quynh luu")
    province = page.proxy.index(0, 0)
    names = [page.proxy.index(r, 0, province).data() for r in range(page.proxy.rowCount(province))]
    assert names and all("Quỳnh" in name for name in names)


def test_add_a_unit_through_the_dialog(page, ctx, monkeypatch):
    def drive(dialog: UnitDialog):
        dialog.form.name_edit.setText("Ban Dân vận Tỉnh ủy")
        assert dialog.form.code_edit.text() == "BDVTU"  # suggested from the initials
        dialog.form.kind_combo.setCurrentIndex(dialog.form.kind_combo.findData("party_org"))
        dialog.form.save_button.click()
    run_dialog(monkeypatch, UnitDialog, drive)
    page.select_units([ctx.office.unit_id])
    page.form.add_button.click()
    added = by_code(ctx, "BDVTU")
    assert added.data.name == "Ban Dân vận Tỉnh ủy"
    assert (added.data.kind, added.data.parent_id) == ("party_org", ctx.office.unit_id)
    assert [n.code for n in page.selected_nodes()] == ["BDVTU"]


def test_edit_a_unit(page, ctx, monkeypatch):
    commune = node_of(ctx, "16678") if by_code(ctx, "16678") else page.model.nodes()[1]

    def drive(dialog: UnitDialog):
        assert dialog.form.code_edit.text() == commune.code
        dialog.form.name_edit.setText(commune.name + " mới")
        dialog.form.save_button.click()
    run_dialog(monkeypatch, UnitDialog, drive)
    page.select_units([commune.id])
    page.form.edit_button.click()
    assert units.get_unit(ctx.db, commune.id).data.name == commune.name + " mới"


def test_retire_a_unit(page, ctx, monkeypatch):
    commune = page.model.nodes()[1]
    run_dialog(monkeypatch, RetireDialog, lambda d: d.form.ok_button.click())
    page.select_units([commune.id])
    page.form.retire_button.click()
    assert node_of(ctx, commune.code).retired
    index = page.model.index_of(commune.id, 3)
    assert index.data() == "Đã thôi hoạt động"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_merge_several_units_into_a_successor(page, ctx, monkeypatch):
    first, second, successor = page.model.nodes()[1:4]

    def drive(dialog: RetireDialog):
        assert not dialog.form.ok_button.isEnabled()  # a merger needs its successor
        dialog.form.successor_picker.set_unit_id(successor.id)
        assert dialog.form.ok_button.isEnabled()
        dialog.form.ok_button.click()
    run_dialog(monkeypatch, RetireDialog, drive)
    page.select_units([first.id, second.id])
    page.form.merge_button.click()
    for code in (first.code, second.code):
        merged = node_of(ctx, code)
        assert merged.retired and merged.successor_id == successor.id
    text = page.model.index_of(first.id, 3).data()
    assert text == f"Sáp nhập vào {successor.name}"


def test_trash_and_restore_an_unused_unit(page, ctx):
    spare = units.create_unit(ctx.db, units.UnitData(code="TMP", name="Đơn vị tạm",
                                                     parent_id=ctx.office.unit_id), "t")
    page.refresh([spare.id])
    page.form.delete_button.click()
    assert units.get_unit(ctx.db, spare.id).deleted
    assert not page.model.index_of(spare.id).isValid()
    page.form.show_deleted_check.setChecked(True)
    page.select_units([spare.id])
    assert page.form.restore_button.isEnabled()
    page.form.restore_button.click()
    assert not units.get_unit(ctx.db, spare.id).deleted


def test_a_unit_in_use_cannot_go_to_the_trash(page, ctx, monkeypatch):
    commune = page.model.nodes()[1]
    entries.create_entry(ctx.db, EntryData(title="Có mô hình", field_code="economy",
                                           owner_unit_id=commune.id, year=2024), "t")
    errors = []
    monkeypatch.setattr(page, "show_error", errors.append)
    page.select_units([commune.id])
    page.form.delete_button.click()
    assert errors and "Không thể xóa" in errors[0]
    assert not units.get_unit(ctx.db, commune.id).deleted


def test_add_communes_from_the_catalogue(page, ctx, monkeypatch):
    removed = page.model.nodes()[1:3]
    for node in removed:  # the catalogue offers what the tree lacks
        with ctx.db.session() as session:
            from dvk_desktop.db.models import Unit
            session.delete(session.get(Unit, node.id))
    page.refresh()

    def drive(picker: CataloguePicker):
        assert len(picker.shown_codes()) == 2
        picker.form.search_edit.setText(f"{removed[0].name} {removed[0].code}")
        picker.form.list_view.selectAll()
        picker.form.add_button.click()
    run_dialog(monkeypatch, CataloguePicker, drive)
    page.form.catalogue_button.click()
    added = by_code(ctx, removed[0].code)
    assert added is not None and added.data.parent_id == ctx.office.unit_id
    assert added.data.catalogue_code == removed[0].code
    assert [n.code for n in page.selected_nodes()] == [removed[0].code]


def test_nothing_to_add_is_said(page, ctx, monkeypatch):
    said = []
    monkeypatch.setattr(page, "show_info", said.append)
    page.form.catalogue_button.click()
    assert said


def test_switching_to_english_at_run_time(page, ctx, qapp):
    from dvk_desktop.ui import app as app_module

    app_module.install_translators(qapp, "en")
    ctx.language = "en"
    page.retranslate_ui()
    assert page.title() == "Units"
    assert page.form.add_button.text() == "&Add…"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert page.model.index_of(ctx.office.unit_id, 2).data() == "Province"
