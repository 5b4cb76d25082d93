"""Fixtures for the window: compiled translations, an office with entries, a main window."""

from __future__ import annotations

import pytest

from dvk_desktop.domain.records import EntryData
from dvk_desktop.services import entries, office
from dvk_desktop.services.demo import generate_entries
from dvk_desktop.tools import translations
from dvk_desktop.ui import app as app_module
from dvk_desktop.ui import errors
from dvk_desktop.ui.context import AppContext


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The ``.qm`` files the window loads, built from the ``.ts`` sources when stale."""
    folder = translations.TRANSLATIONS_DIR
    stale = [ts for ts in folder.glob("*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        translations.build()


@pytest.fixture(autouse=True)
def vietnamese_interface(qapp):
    """Every window test starts (and ends) with the Vietnamese translators installed."""
    app_module.install_translators(qapp, "vi")
    errors.set_language("vi")
    yield
    app_module.install_translators(qapp, "vi")
    errors.set_language("vi")


@pytest.fixture
def app_ctx(office_db):
    """The Nghệ An office, Vietnamese interface, no entries."""
    return AppContext(office_db, office.get_office(office_db), "vi")


@pytest.fixture
def demo_ctx(app_ctx):
    """The office with 300 synthetic entries (seed 1)."""
    generate_entries(app_ctx.db, 300, seed=1)
    return app_ctx


def add_entry(ctx: AppContext, title: str, **values) -> str:
    """Store one valid entry of this office's unit; returns its id."""
    data = EntryData(title=title, field_code=values.pop("field_code", "economy"),
                     owner_unit_id=values.pop("owner_unit_id", ctx.office.unit_id),
                     year=values.pop("year", 2024), **values)
    return entries.create_entry(ctx.db, data, ctx.actor).id


@pytest.fixture
def make_window(qtbot):
    """Factory of main windows registered with qtbot (closed at the end of the test)."""
    from dvk_desktop.ui.main_window import MainWindow

    def make(ctx: AppContext) -> MainWindow:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
