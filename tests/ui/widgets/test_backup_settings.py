"""The Backups tab of Settings: back up now, the list, restore (then the program closes)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from dvk_desktop.db.database import Database
from dvk_desktop.ui.widgets.backup_settings import BackupSettings
from tests.safety.conftest import entry_ids, new_entry


def _tab(qtbot, ctx) -> BackupSettings:
    tab = BackupSettings(ctx)
    qtbot.addWidget(tab)
    return tab


def test_back_up_now_adds_a_verified_backup_to_the_list(qtbot, app_ctx):
    tab = _tab(qtbot, app_ctx)
    rows = tab.table.rowCount()
    tab.create_button.click()
    assert tab.table.rowCount() == rows + 1
    assert tab.status_label.text().startswith("Đã sao lưu và kiểm tra")
    assert tab.folder_label.text().startswith("Thư mục:")
    assert tab.title() == "Sao lưu"


def test_restore_selected_brings_the_backup_back_and_closes(qtbot, app_ctx, monkeypatch):
    tab = _tab(qtbot, app_ctx)
    tab.create_button.click()
    kept = entry_ids(app_ctx.db)
    new_entry(app_ctx.db, "Sau bản sao lưu")
    tab.refresh()
    tab.table.selectRow(0)
    told, quits = [], []
    monkeypatch.setattr(BackupSettings, "confirm_restore", lambda self: True)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    path = app_ctx.db.path
    tab.restore_selected()
    assert quits and "Đã khôi phục" in told[0]
    reopened = Database.open(path)
    assert entry_ids(reopened) == kept
    reopened.close()
