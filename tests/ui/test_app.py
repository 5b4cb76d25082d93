"""Starting the window: options, translators, refusals and the first-run set-up."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication

from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DatabaseVersionError
from dvk_desktop.ui import app as app_module
from dvk_desktop.ui.dialogs import damaged_database
from dvk_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_window_options_are_parsed():
    options = app_module.parse_window_args(["--db", "/tmp/x.db", "--lang", "en"])
    assert (options.db, options.lang) == ("/tmp/x.db", "en")


def test_vietnamese_loads_every_compiled_area_and_english_none(qapp):
    assert app_module.translation_files("vi")
    assert app_module.install_translators(qapp, "vi") == len(app_module.translation_files("vi"))
    assert QApplication.translate("EntriesPage", "Entries") == "Mô hình, điển hình"
    assert app_module.install_translators(qapp, "en") == 0
    assert QApplication.translate("EntriesPage", "Entries") == "Entries"


def test_a_newer_database_is_refused_politely(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(damaged_database, "_refuse", lambda exc, lang: shown.append(exc.vi))

    def newer(*args, **kwargs):
        raise DatabaseVersionError("Cơ sở dữ liệu do phiên bản mới hơn tạo ra.", "Newer.")

    monkeypatch.setattr(Database, "open", newer)
    assert app_module.open_context(str(tmp_path / "r.db"), None) is None
    assert shown == ["Cơ sở dữ liệu do phiên bản mới hơn tạo ra."]


def test_first_run_asks_for_set_up_and_cancel_quits(qapp, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(app_module, "ask_setup", lambda db: asked.append(db) or None)
    assert app_module.open_context(str(tmp_path / "new.db"), "vi") is None
    assert len(asked) == 1


def test_a_set_up_database_opens_straight_to_the_window(qapp, office_db, monkeypatch, qtbot):
    monkeypatch.setattr(app_module, "ask_setup", lambda db: pytest.fail("no set-up expected"))
    windows = []

    def fake_exec():
        windows.extend(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible())
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_window installs its own
    path = str(office_db.path)
    assert app_module.run_window(["--db", path, "--lang", "en"]) == 0
    assert len(windows) == 1
    assert windows[0].nav.item(0).text() == "Entries"
    assert windows[0].stack.currentWidget() is windows[0].pages["entries"]
    windows[0].deleteLater()


def test_the_window_makes_the_days_backup_after_it_opens(qapp, office_db, monkeypatch):
    """Opening does not wait for the copy: it is made on a worker and the status bar tells."""
    from dvk_desktop.services import backups

    windows = []

    def fake_exec():
        windows.extend(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible())
        window = windows[0]
        assert window.backup_thread is not None
        window.backup_thread.join(60)
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        windows.append(window.statusBar().currentMessage())
        window.close()
        return 0

    path = office_db.path
    office_db.close()
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app_module.run_window(["--db", str(path), "--lang", "vi"]) == 0
    assert windows[1] == "Đã sao lưu dữ liệu hôm nay."
    assert sorted(b.kind for b in backups.backups_of(path)) == ["daily", "weekly"]
    windows[0].deleteLater()
