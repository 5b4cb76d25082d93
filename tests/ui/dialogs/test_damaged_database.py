"""Start-up with a damaged database (restore offered) or one open elsewhere (read-only)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from dvk_desktop.db.lock import DatabaseInUseError
from dvk_desktop.db.preflight import DatabaseDamagedError
from dvk_desktop.services import backups, recovery
from dvk_desktop.ui.dialogs import damaged_database
from dvk_desktop.ui.dialogs.damaged_database import DamagedDatabaseDialog, recover_on_open
from tests.safety.conftest import entry_ids, new_entry


def test_dialog_explains_and_offers_the_newest_good_backup(qtbot, office_db):
    backups.create_backup(office_db)
    diagnosis = recovery.Diagnosis(office_db.path, ["page 3: bad"],
                                   recovery.good_backups(office_db.path))
    dialog = DamagedDatabaseDialog(diagnosis, "vi")
    qtbot.addWidget(dialog)
    assert "bị hỏng" in dialog.text() and dialog.restore_button is not None
    assert dialog.restore_button.text() == "Khôi phục bản sao lưu tốt gần nhất"


def test_choosing_restore_opens_the_backup_and_keeps_the_damaged_file(office_db, monkeypatch):
    backups.create_backup(office_db)
    kept = entry_ids(office_db)
    new_entry(office_db, "Sẽ mất cùng tệp hỏng")
    path = office_db.path
    office_db.close()
    shown = []
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(lambda cls, d, lang: True))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    db = recover_on_open(DatabaseDamagedError(path, ["bad page"]), path, "vi")
    assert entry_ids(db) == kept and "Tệp bị hỏng được giữ" in shown[0]
    db.close()
    assert list((path.parent / "damaged").iterdir())


def test_open_elsewhere_can_be_opened_read_only(office_db, monkeypatch):
    path = office_db.path
    office_db.close()
    monkeypatch.setattr(damaged_database, "ask_read_only", lambda exc, lang: True)
    db = recover_on_open(DatabaseInUseError(path, {"host": "pc-2", "pid": 7}), path, "vi")
    assert db.read_only
    db.close()


def test_a_full_disk_in_the_window_reads_as_such(qtbot):
    import errno

    from dvk_desktop.ui import errors

    box = errors.show_error(OSError(errno.ENOSPC, "No space left on device"))
    qtbot.addWidget(box)
    assert "Ổ đĩa đã đầy" in box.text()
