"""The entry form, driven through its widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dvk_desktop.domain.records import EntryData, EntryFilter
from dvk_desktop.services import entries
from dvk_desktop.ui.dialogs.entry_form import EntryFormDialog

pytestmark = pytest.mark.gui


def open_form(qtbot, ctx, entry_id=None) -> EntryFormDialog:
    dialog = EntryFormDialog(ctx, entry_id)
    # Closing at the end of the test discards whatever the test left typed.
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "ask_unsaved", lambda: "discard"))
    dialog.show()
    return dialog


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def type_text(widget, text: str) -> None:
    """Type text as the user would (QTest cannot synthesise Vietnamese key presses)."""
    widget.setFocus()
    if hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def type_minimal(qtbot, form, title="Dân vận khéo trong xây dựng nông thôn mới") -> None:
    type_text(form.title_edit, title)
    choose(form.field_combo, "economy")


def stored(ctx, text: str):
    return entries.list_entries(ctx.db, EntryFilter(text=text))


def test_typing_a_complete_entry_stores_every_field(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    form = dialog.form
    type_minimal(qtbot, form)
    choose(form.level_combo, "district")
    type_text(form.location_edit, "Xã Quỳnh Lưu")
    type_text(form.problem_edit, "Đường làng hẹp, xuống cấp")
    type_text(form.leadership_edit, "Đảng ủy xã")
    form.money_vnd_spin.setValue(1_250_000_000)
    form.land_m2_spin.setValue(350.5)
    form.beneficiaries_spin.setValue(420)
    form.tag_new_rural_check.setChecked(True)
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved) as signal:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    record = entries.get_entry(ctx.db, signal.args[0])
    assert record.data.title == "Dân vận khéo trong xây dựng nông thôn mới"
    assert record.data.owner_unit_id == ctx.office.unit_id
    assert (record.data.level, record.data.location) == ("district", "Xã Quỳnh Lưu")
    assert record.data.problem == "Đường làng hẹp, xuống cấp"
    assert record.data.leadership == "Đảng ủy xã"
    assert (record.data.money_vnd, record.data.land_m2) == (1_250_000_000, 350.5)
    assert record.data.beneficiaries == 420 and record.data.tag_new_rural
    assert dialog.result() == dialog.DialogCode.Accepted


def test_typed_entry_is_found_by_a_search_without_diacritics(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    type_minimal(qtbot, dialog.form, "Dân vận khéo ở Đô Lương")
    dialog.form.save_button.click()
    found = stored(ctx, "dan van kheo o do luong")
    assert [r.data.title for r in found] == ["Dân vận khéo ở Đô Lương"]


def test_money_shows_vietnamese_grouping(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    dialog.form.money_vnd_spin.setValue(1_250_000)
    assert dialog.form.money_vnd_spin.text() == "1.250.000 ₫"


def test_invalid_input_keeps_save_disabled_and_shows_the_reason(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    form = dialog.form
    type_minimal(qtbot, form)
    assert form.save_button.isEnabled()
    form.title_edit.clear()
    assert not form.save_button.isEnabled()
    assert not form.save_new_button.isEnabled()
    assert form.title_error.text() == "Chưa nhập tên mô hình, điển hình."
    assert not form.title_error.isHidden()
    assert "Tên" in form.problems_label.text() or "Title" in form.problems_label.text()


def test_reasons_follow_the_interface_language(qtbot, ctx_en):
    dialog = open_form(qtbot, ctx_en)
    type_text(dialog.form.title_edit, "x")
    dialog.form.title_edit.clear()
    assert dialog.form.title_error.text() == "The title is required."


def test_unit_must_be_chosen_from_the_list(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    type_minimal(qtbot, dialog.form)
    dialog.form.unit_picker.clear()
    type_text(dialog.form.unit_picker, "không có đơn vị này")
    assert not dialog.form.save_button.isEnabled()
    assert dialog.form.owner_unit_id_error.text() == "Chưa chọn đơn vị."


def test_person_details_only_for_individuals(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    form = dialog.form
    assert form.person_group.isHidden()
    choose(form.scope_combo, "individual")
    assert not form.person_group.isHidden()
    type_minimal(qtbot, form, "Gương sáng dân vận")
    assert not form.save_button.isEnabled()  # an individual needs a name
    type_text(form.person_name_edit, "Lê Thị Hoa")
    choose(form.person_sex_combo, "female")
    form.person_birth_year_spin.setValue(1980)
    form.save_button.click()
    saved = stored(ctx, "guong sang")[0]
    assert (saved.data.person_name, saved.data.person_sex) == ("Lê Thị Hoa", "female")
    assert saved.data.person_birth_year == 1980
    choose(form.scope_combo, "collective")
    assert form.person_group.isHidden()


def test_save_and_new_keeps_the_defaults(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    form = dialog.form
    commune = "Xã Quỳnh Lưu"
    form.unit_picker.clear()
    qtbot.keyClicks(form.unit_picker, "quynh luu")
    assert form.unit_picker.choose_first_match()
    unit_id = form.unit_picker.unit_id()
    assert commune in form.unit_picker.text()
    choose(form.type_combo, "exemplar")
    form.year_spin.setValue(2024)
    type_minimal(qtbot, form, "Điển hình thứ nhất")
    form.save_new_button.click()
    assert dialog.isVisible()
    assert form.title_edit.text() == "" and form.problem_edit.toPlainText() == ""
    assert form.unit_picker.unit_id() == unit_id
    assert (form.year_spin.value(), form.field_combo.currentData()) == (2024, "economy")
    assert form.type_combo.currentData() == "exemplar"
    assert not dialog.is_dirty()
    type_text(form.title_edit, "Điển hình thứ hai")
    form.save_new_button.click()
    titles = sorted(r.data.title for r in stored(ctx, "dien hinh thu"))
    assert titles == ["Điển hình thứ hai", "Điển hình thứ nhất"]


@pytest.mark.parametrize(("answer", "closed", "saved"),
                         [("cancel", False, 0), ("discard", True, 0), ("save", True, 1)])
def test_closing_with_unsaved_changes_asks_first(qtbot, ctx, monkeypatch, answer, closed, saved):
    dialog = open_form(qtbot, ctx)
    asked = []
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: asked.append(1) or answer)
    type_minimal(qtbot, dialog.form, "Chưa lưu")
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Escape)
    assert asked == [1]
    assert dialog.isVisible() is not closed
    assert len(stored(ctx, "chua luu")) == saved
    assert dialog.form.title_edit.text() == "Chưa lưu"


def test_closing_an_unchanged_form_asks_nothing(qtbot, ctx, monkeypatch):
    dialog = open_form(qtbot, ctx)
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: pytest.fail("asked"))
    dialog.form.cancel_button.click()
    assert not dialog.isVisible()


def test_enter_in_a_one_line_field_moves_on_and_keeps_the_work(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    type_minimal(qtbot, dialog.form, "Không mất chữ")
    dialog.form.title_edit.setFocus()
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.title_edit.text() == "Không mất chữ"
    assert stored(ctx, "khong mat chu") == []


def test_keyboard_shortcuts_save_and_start_a_new_entry(qtbot, ctx, monkeypatch):
    dialog = open_form(qtbot, ctx)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_minimal(qtbot, dialog.form, "Lưu bằng phím tắt")
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(stored(ctx, "luu bang phim tat")) == 1
    assert dialog.form.title_edit.text() == ""
    type_text(dialog.form.title_edit, "Bỏ đi")
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: "discard")
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.form.title_edit.text() == ""
    type_minimal(qtbot, dialog.form, "Lưu và đóng")
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(stored(ctx, "luu va dong")) == 1
    assert not dialog.isVisible()


def _existing(ctx, title="Mô hình “Dân vận khéo” xây nhà tình nghĩa", **changes) -> str:
    data = EntryData(title=title, field_code="economy", owner_unit_id=ctx.office.unit_id,
                     year=2024, **changes)
    return entries.create_entry(ctx.db, data, "test").id


def test_a_likely_duplicate_is_shown_and_saving_asks(qtbot, ctx, monkeypatch):
    _existing(ctx)
    dialog = open_form(qtbot, ctx)
    form = dialog.form
    form.year_spin.setValue(2024)
    type_minimal(qtbot, form, "mo hinh “dan van kheo” XAY NHA TINH NGHIA")
    dialog.check_duplicates()
    assert not form.duplicate_label.isHidden()
    assert "xây nhà tình nghĩa" in form.duplicate_label.text()
    answers = iter([False, True])
    monkeypatch.setattr(dialog, "confirm_duplicate", lambda found: next(answers))
    form.save_button.click()
    assert dialog.isVisible() and len(stored(ctx, "xay nha tinh nghia")) == 1
    form.save_button.click()
    assert len(stored(ctx, "xay nha tinh nghia")) == 2


def test_no_duplicate_warning_for_another_year(qtbot, ctx):
    _existing(ctx)
    dialog = open_form(qtbot, ctx)
    dialog.form.year_spin.setValue(2025)
    type_minimal(qtbot, dialog.form, "Mô hình “Dân vận khéo” xây nhà tình nghĩa")
    dialog.check_duplicates()
    assert dialog.form.duplicate_label.isHidden()


def test_editing_shows_the_history_and_saves_a_new_version(qtbot, ctx):
    entry_id = _existing(ctx)
    dialog = open_form(qtbot, ctx, entry_id)
    form = dialog.form
    assert not form.history_group.isHidden()
    assert form.history_tree.topLevelItem(0).text(2) == "Đã đăng ký"
    choose(form.status_combo, "in_progress")
    form.save_button.click()
    record = entries.get_entry(ctx.db, entry_id)
    assert (record.version, record.data.status) == (2, "in_progress")
    again = open_form(qtbot, ctx, entry_id)
    assert again.form.history_tree.topLevelItemCount() == 2


def test_a_stale_version_is_refused_and_the_text_kept(qtbot, ctx, monkeypatch):
    entry_id = _existing(ctx)
    dialog = open_form(qtbot, ctx, entry_id)
    other = entries.get_entry(ctx.db, entry_id)
    other.data.location = "Sửa ở máy khác"
    entries.update_entry(ctx.db, entry_id, other.data, other.version, "someone")
    errors = []
    monkeypatch.setattr(dialog, "show_error", errors.append)
    dialog.form.title_edit.setText("Tên mới của tôi")
    dialog.form.save_button.click()
    assert len(errors) == 1 and "phiên bản 2" in errors[0]
    assert dialog.isVisible()
    assert dialog.form.title_edit.text() == "Tên mới của tôi"
    assert entries.get_entry(ctx.db, entry_id).data.location == "Sửa ở máy khác"


def test_ask_returns_the_saved_id(qtbot, ctx, monkeypatch):
    def fake_exec(self):
        type_minimal(qtbot, self.form, "Qua hộp thoại")
        self.save_and_close()
        return 1
    monkeypatch.setattr(EntryFormDialog, "exec", fake_exec)
    entry_id = EntryFormDialog.ask(ctx)
    assert entries.get_entry(ctx.db, entry_id).data.title == "Qua hộp thoại"


def test_start_date_can_be_set_and_cleared(qtbot, ctx):
    from PySide6.QtCore import QDate

    dialog = open_form(qtbot, ctx)
    form = dialog.form
    type_minimal(qtbot, form, "Có ngày bắt đầu")
    form.start_date_edit.setDate(QDate(2024, 3, 5))
    assert str(dialog.current_data().start_date) == "2024-03-05"
    form.clear_start_date_button.click()
    assert dialog.current_data().start_date is None


def test_tab_order_follows_the_form(qtbot, ctx):
    dialog = open_form(qtbot, ctx)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    form = dialog.form
    form.type_combo.setFocus()
    visited = []
    for _ in range(8):
        visited.append(dialog.focusWidget().objectName())
        dialog.focusNextChild()
    assert visited == ["type_combo", "scope_combo", "title_edit", "field_combo", "level_combo",
                       "unit_picker", "location_edit", "sector_combo"]


def test_the_wheel_over_an_unfocused_amount_scrolls_instead(qtbot, ctx):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    dialog = open_form(qtbot, ctx)
    spin = dialog.form.money_vnd_spin
    spin.setValue(5000)
    event = QWheelEvent(QPointF(5, 5), QPointF(spin.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(spin, event)
    assert spin.value() == 5000


@pytest.mark.parametrize(("button", "answer"), [("Lưu", "save"), ("Bỏ thay đổi", "discard"),
                                                ("Hủy", "cancel")])
def test_unsaved_question_offers_vietnamese_buttons(qtbot, ctx, monkeypatch, button, answer):
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def click(box):
        shown.append(sorted(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text() == button).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", click)
    dialog = open_form(qtbot, ctx)
    assert EntryFormDialog.ask_unsaved(dialog) == answer
    assert shown == [["Bỏ thay đổi", "Hủy", "Lưu"]]
