"""The Database tab of Settings: shows the open database and stores the next one."""

from __future__ import annotations

from dvk_desktop.services import office
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.widgets import database_settings
from dvk_desktop.ui.widgets.database_settings import DatabaseSettings


def _widget(qtbot, office_db):
    widget = DatabaseSettings(AppContext(office_db, office.get_office(office_db)))
    qtbot.addWidget(widget)
    return widget


def test_shows_the_open_database(qtbot, office_db):
    widget = _widget(qtbot, office_db)
    assert str(office_db.path) in widget.current_value.text()


def test_a_reachable_file_is_remembered_for_the_next_start(qtbot, office_db, tmp_path):
    widget = _widget(qtbot, office_db)
    target = str(tmp_path / "other.sqlite3")
    widget.location_edit.setText(target)
    widget.save_button.click()
    assert database_settings.stored_location() == target
    assert "lần khởi động sau" in widget.result_label.text() or "next start" in \
        widget.result_label.text()
    widget.default_button.click()
    assert database_settings.stored_location() is None


def test_an_unreachable_server_is_not_remembered(qtbot, office_db):
    widget = _widget(qtbot, office_db)
    widget.location_edit.setText("postgresql://nobody@127.0.0.1:1/none")
    widget.save_button.click()
    assert database_settings.stored_location() is None
    assert widget.result_label.text()


def test_unsupported_address_shows_the_reason(qtbot, office_db):
    widget = _widget(qtbot, office_db)
    widget.location_edit.setText("mysql://x@y/z")
    widget.test_button.click()
    assert "PostgreSQL" in widget.result_label.text()
