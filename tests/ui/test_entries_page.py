"""The Entries page driven through its widgets: search, combos, sorting, columns, trash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from dvk_desktop.domain.records import EntryFilter
from dvk_desktop.services import entries
from dvk_desktop.services import units as unit_service
from dvk_desktop.ui.models.entries_model import COLUMNS
from dvk_desktop.ui.pages import entries_page
from dvk_desktop.ui.pages.entries_page import EntriesPage
from tests.ui.conftest import add_entry

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, app_ctx):
    """An Entries page over four known entries."""
    add_entry(app_ctx, "Dân vận khéo trong xây dựng nông thôn mới", year=2023)
    add_entry(app_ctx, "Đường làng sáng đẹp", field_code="culture_society", year=2024)
    add_entry(app_ctx, "Bếp ăn yêu thương", year=2024, scope="individual",
              person_name="Trần Thị Bình", entry_type="exemplar")
    add_entry(app_ctx, "Ánh sáng vùng cao", year=2025, tag_ethnic_minority=True)
    widget = EntriesPage(app_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def shown_titles(page: EntriesPage) -> list[str]:
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_typing_filters_without_diacritics(qtbot, page):
    qtbot.keyClicks(page.filter_bar.search_edit, "duong lang")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert shown_titles(page) == ["Đường làng sáng đẹp"]
    assert page.summary_label.text() == "1 mô hình, điển hình: 1 tập thể, 0 cá nhân"
    page.filter_bar.clear_button.click()
    assert page.model.rowCount() == 4


def test_search_waits_for_a_pause_in_typing(qtbot, page):
    page.filter_bar.search_edit.setText("bep")
    assert page.model.rowCount() == 4  # not yet: the debounce timer is running
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_combos_filter_by_year_field_type_and_scope(qtbot, page):
    bar = page.filter_bar
    choose(bar.combos["year"], 2024)
    assert sorted(shown_titles(page)) == ["Bếp ăn yêu thương", "Đường làng sáng đẹp"]
    choose(bar.combos["scope"], "individual")
    assert shown_titles(page) == ["Bếp ăn yêu thương"]
    assert page.summary_label.text() == "1 mô hình, điển hình: 0 tập thể, 1 cá nhân"
    bar.clear()
    choose(bar.combos["field"], "culture_society")
    assert shown_titles(page) == ["Đường làng sáng đẹp"]
    bar.clear()
    choose(bar.combos["type"], "exemplar")
    assert shown_titles(page) == ["Bếp ăn yêu thương"]


def test_tags_and_unit_subtree(qtbot, page, app_ctx):
    page.filter_bar.tag_actions[next(iter(page.filter_bar.tag_actions))].setChecked(False)
    ethnic = [a for t, a in page.filter_bar.tag_actions.items() if t.value == "ethnic_minority"]
    ethnic[0].setChecked(True)
    assert shown_titles(page) == ["Ánh sáng vùng cao"]
    assert page.filter_bar.tags_button.text() == "Nhãn (1)"
    page.filter_bar.clear()
    commune = next(u for u in unit_service.unit_tree(app_ctx.db) if u.kind == "commune")
    add_entry(app_ctx, "Mô hình của xã", owner_unit_id=commune.id)
    page.refresh()
    choose(page.filter_bar.unit_combo, commune.id)
    assert shown_titles(page) == ["Mô hình của xã"]
    choose(page.filter_bar.unit_combo, app_ctx.office.unit_id)  # the province and below
    assert page.model.rowCount() == 5


def test_unit_completion_ignores_diacritics(qtbot, page):
    combo = page.filter_bar.unit_combo
    completer = combo.completer()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    combo.setFocus()
    qtbot.waitUntil(lambda: combo.lineEdit().selectedText() == "Tất cả đơn vị")
    qtbot.keyClicks(combo.lineEdit(), "nghe an")  # replaces the selected name
    model = completer.completionModel()
    texts = [model.index(r, 0).data().strip() for r in range(model.rowCount())]
    assert "Tỉnh Nghệ An" in texts
    completer.activated.emit(combo.itemText(1))
    assert combo.currentData() == page.ctx.office.unit_id


def test_clicking_headers_sorts_in_vietnamese_order(qtbot, page):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + 10
    assert shown_titles(page)[0] == "Ánh sáng vùng cao"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_titles(page) == ["Đường làng sáng đẹp", "Dân vận khéo trong xây dựng nông thôn mới",
                                  "Bếp ăn yêu thương", "Ánh sáng vùng cao"]
    year = COLUMNS.index("year")
    x = header.sectionViewportPosition(year) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    years = [page.model.index(r, year).data() for r in range(4)]
    assert years == sorted(years) or years == sorted(years, reverse=True)
    assert header.sortIndicatorSection() == year


def test_columns_can_be_hidden_and_shown(qtbot, page):
    header = page.table.horizontalHeader()
    menu = page.columns.build_menu()
    actions = menu.actions()
    assert [a.text() for a in actions][:2] == ["Tên mô hình, điển hình", "Loại"]
    assert not actions[0].isEnabled()  # the title always stays
    person = COLUMNS.index("person")
    assert header.isSectionHidden(person)
    actions[person].setChecked(True)
    assert not header.isSectionHidden(person)
    actions[COLUMNS.index("level")].setChecked(False)
    assert header.isSectionHidden(COLUMNS.index("level"))


def test_delete_goes_to_the_trash_and_restore_brings_back(qtbot, page, monkeypatch):
    asked = []
    monkeypatch.setattr(entries_page, "confirm", lambda *args: asked.append(args) or True)
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel()
                                       .SelectionFlag.Select | page.table.selectionModel()
                                       .SelectionFlag.Rows)
    gone = shown_titles(page)[:2]
    page.delete_action.trigger()
    assert len(asked) == 1
    assert page.model.rowCount() == 2 and not set(gone) & set(shown_titles(page))
    page.trash_action.trigger()
    assert sorted(shown_titles(page)) == sorted(gone)
    assert page.summary_label.text().startswith("Trong thùng rác: 2 mô hình")
    assert not page.delete_action.isEnabled()
    page.table.selectRow(0)
    page.restore_action.trigger()
    assert page.model.rowCount() == 1
    page.trash_action.trigger()
    assert page.model.rowCount() == 3
    live = entries.list_entries(page.ctx.db, EntryFilter())
    assert len(live) == 3 and len(entries.list_entries(page.ctx.db, EntryFilter(deleted=True))) == 1


def test_nothing_is_deleted_when_the_officer_says_no(qtbot, page, monkeypatch):
    monkeypatch.setattr(entries_page, "confirm", lambda *args: False)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 4


def _save_in_form(page, qtbot, entry_id: str, **changes) -> None:
    """Open the entry's form as the page does, change it through its widgets, save."""
    from dvk_desktop.ui.dialogs.entry_form import EntryFormDialog

    dialog = EntryFormDialog(page.ctx, entry_id, page)
    qtbot.addWidget(dialog)
    dialog.confirm_duplicate = lambda _found: True
    dialog.saved.connect(page._entry_saved)
    form = dialog.form
    if "title" in changes:
        form.title_edit.setText(changes["title"])
    if "year" in changes:
        form.year_spin.setValue(changes["year"])
    if "scope" in changes:
        form.scope_combo.setCurrentIndex(form.scope_combo.findData(changes["scope"]))
        form.person_name_edit.setText("Lê Văn Cường")
    assert dialog.save()
    dialog.close()


def _id_of(page, title: str) -> str:
    return next(page.model.entry_id(r) for r in range(page.model.rowCount())
                if page.model.index(r, 0).data() == title)


def test_a_saved_form_shows_at_once_in_the_table_counts_and_choices(qtbot, page):
    entry_id = _id_of(page, "Đường làng sáng đẹp")
    _save_in_form(page, qtbot, entry_id, title="Ánh đèn đường làng")
    assert shown_titles(page)[:2] == ["Ánh đèn đường làng", "Ánh sáng vùng cao"]  # re-sorted
    assert page.table.currentIndex().data() == "Ánh đèn đường làng"  # still selected
    assert page.summary_label.text() == "4 mô hình, điển hình: 3 tập thể, 1 cá nhân"
    _save_in_form(page, qtbot, entry_id, scope="individual")
    assert page.summary_label.text() == "4 mô hình, điển hình: 2 tập thể, 2 cá nhân"
    assert not page.filter_bar.offers_year(2021)
    _save_in_form(page, qtbot, entry_id, year=2021)
    assert page.filter_bar.offers_year(2021)  # the year filter offers the new year


def test_a_saved_title_leaves_a_search_it_no_longer_matches(qtbot, page):
    page.filter_bar.search_edit.setText("duong lang")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    _save_in_form(page, qtbot, page.model.entry_id(0), title="Cổng làng văn hoá")
    assert page.model.rowCount() == 0
    assert page.summary_label.text().startswith("0 mô hình, điển hình")


def test_one_form_serves_every_opening_and_shows_each_entry_afresh(qtbot, page):
    """The form is made once and reused: each opening shows that entry, nothing left over."""
    page.table.selectRow(0)
    page.open_action.trigger()
    form = page._form
    first_title = form.form.title_edit.text()
    assert first_title == shown_titles(page)[0] and form.isVisible()
    form.form.title_edit.setText("")  # leaves a problem shown, then closed without saving
    form.done(0)
    page.table.selectRow(1)
    page.open_action.trigger()
    assert page._form is form and form.isVisible()
    assert form.form.title_edit.text() == shown_titles(page)[1]
    assert not form.is_dirty()
    form.done(0)
    page.new_action.trigger()
    assert page._form is form and form.form.title_edit.text() == ""
    assert form.windowTitle() == "Thêm mô hình, điển hình"
    form.done(0)


def test_the_kept_form_follows_a_language_switch(qtbot, make_window, app_ctx):
    add_entry(app_ctx, "Dân vận khéo")
    window = make_window(app_ctx)
    page = window.show_page("entries")
    page.new_action.trigger()
    page._form.done(0)
    window.language_actions["en"].trigger()
    page.new_action.trigger()
    assert page._form.windowTitle() == "New entry"
    page._form.done(0)
