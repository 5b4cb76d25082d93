"""The Exchange page: export, preview, import with key confirmation, undo, conflicts."""

from __future__ import annotations

from dvk_desktop.services import office
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from dvk_desktop.ui.pages.exchange_page import ExchangePage
from tests.exchange.support import AREA_CODE


def page_for(qtbot, db) -> ExchangePage:
    page = ExchangePage(AppContext(db, office.get_office(db), "vi"))
    qtbot.addWidget(page)
    return page


def test_export_then_preview_import_and_undo(qtbot, qtmodeltester, offices, tmp_path,
                                             monkeypatch):
    sender = page_for(qtbot, offices.commune)
    assert sender.recipient_combo.currentData() == AREA_CODE
    assert "không được mã hóa" in sender.protection_label.text()
    target = tmp_path / "xa.dvkx"
    monkeypatch.setattr(sender, "ask_save_path", lambda *_: str(target))
    with qtbot.waitSignal(sender.status_message) as signal:
        sender.export_button.click()
    assert target.exists() and "chỉ ký số" in signal.args[0]

    receiver = page_for(qtbot, offices.area)
    monkeypatch.setattr(receiver, "ask_open_paths", lambda: [str(target)])
    receiver.open_button.click()
    assert receiver.importing and receiver.summary_label.text() == "Đang đọc tệp…"
    qtbot.waitUntil(lambda: not receiver.importing, timeout=20000)
    assert "11 mới" in receiver.summary_label.text()
    assert receiver.preview_model.rowCount() == 11
    qtmodeltester.check(receiver.preview_model)
    asked = []
    monkeypatch.setattr(receiver, "confirm", lambda title, text: asked.append(text) or True)
    receiver.import_button.click()
    assert sender.ctx.office.unit_name in asked[0] and "vân tay" in asked[0]
    assert receiver.importing and not receiver.open_button.isEnabled()  # on the worker
    assert receiver.summary_label.text() == "Đang nhập…"
    qtbot.waitUntil(lambda: not receiver.importing, timeout=20000)
    assert "đã nhập — 11 mới" in receiver.summary_label.text()
    assert receiver.progress.value() == 1 and receiver.open_button.isEnabled()
    assert receiver.history_model.rowCount() == 1
    receiver.history_table.selectRow(0)
    with qtbot.waitSignal(receiver.status_message) as signal:
        receiver.undo_button.click()
    assert "khôi phục" in signal.args[0]
    assert receiver.history_model.record(0).status == "undone"


def test_export_runs_beside_the_window_with_its_progress(qtbot, offices, tmp_path,
                                                         monkeypatch):
    """The window stays usable while a package is written; the bar follows the kinds."""
    from dvk_desktop.exchange.format import RECORD_KINDS

    page = page_for(qtbot, offices.commune)
    seen: list[int] = []
    page.export_progress.valueChanged.connect(seen.append)
    target = tmp_path / "xa.dvkx"
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(target))
    with qtbot.waitSignal(page.status_message, timeout=20000):
        page.export_button.click()
        assert page.exporting and not page.export_button.isEnabled()
        page.export_button.click()  # a second click while busy starts nothing
    assert target.exists() and page._export_number == 1
    assert max(seen) == len(RECORD_KINDS)
    assert not page.exporting and page.export_button.isEnabled()


def test_a_failed_export_says_why_and_frees_the_button(qtbot, offices, tmp_path, monkeypatch):
    import dvk_desktop.ui.pages.exchange_page as module

    page = page_for(qtbot, offices.commune)
    shown = []
    monkeypatch.setattr(module, "report", lambda exc, parent: shown.append(exc))
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(tmp_path / "no" / "x.dvkx"))
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.exporting, timeout=20000)
    assert shown and page.export_button.isEnabled()
    assert not (tmp_path / "no").exists()


def test_a_refused_file_is_listed_with_its_reason(qtbot, offices, tmp_path):
    bad = tmp_path / "hong.dvkx"
    bad.write_bytes(b"not a zip")
    page = page_for(qtbot, offices.area)
    page.show_previews([bad])
    qtbot.waitUntil(lambda: not page.importing, timeout=20000)
    assert page.preview_model.rowCount() == 1
    assert "Không nhận tệp" in page.preview_model.record(0).reason
    assert not page.import_button.isEnabled()


def test_conflict_dialog_shows_both_sides(qtbot):
    dialog = ConflictDialog("Mô hình A", ["title"], {"title": "Của tôi"}, {"title": "Bên gửi"})
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "Của tôi"
    assert dialog.table.item(0, 2).text() == "Bên gửi"
    dialog.theirs_button.click()
    assert dialog.choice == "theirs"
