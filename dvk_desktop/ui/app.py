"""Start the window: application object, translations, database, first-run set-up."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from dvk_desktop import config
from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import office
from dvk_desktop.services.office import OfficeInfo
from dvk_desktop.ui import errors, settings_store
from dvk_desktop.ui.context import AppContext

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def parse_window_args(args: list[str]) -> argparse.Namespace:
    """The window's own options: ``--db PATH`` and ``--lang vi|en``."""
    parser = argparse.ArgumentParser(prog=config.APP_SLUG)
    parser.add_argument("--db", default=None)
    parser.add_argument("--lang", choices=LANGUAGES, default=None)
    # Opens the window, waits for its first paint, and quits with 0: checks an installation.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(args)


def translation_files(language: str) -> list[str]:
    """Compiled translations for ``language`` (English is the source language: none)."""
    if language == "en":
        return []
    folder = config.resource_path("translations")
    return sorted(str(p) for p in folder.glob(f"*_{language}.qm"))


def install_translators(app: QCoreApplication, language: str) -> int:
    """Replace the installed translators by those of ``language``; returns how many loaded.

    Installing or removing a translator sends ``QEvent.LanguageChange`` to every widget,
    which is how open windows re-translate themselves without a restart.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for path in translation_files(language):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("cannot load translation %s", path)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))
    return len(_installed)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the program's names and icon (reused when one exists)."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(config.ORG_NAME)
    app.setApplicationName(config.APP_NAME)
    icon = config.resource_path("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def choose_language(requested: str | None, info: OfficeInfo | None) -> str:
    """``--lang`` first, then the last choice in the window, then the office's, else Vietnamese."""
    if requested in LANGUAGES:
        return requested
    stored = settings_store.load_text("language")
    if stored in LANGUAGES:
        return stored
    if info is not None and info.language in LANGUAGES:
        return info.language
    return "vi"


def ask_setup(db: Database) -> OfficeInfo | None:
    """Run the first-run wizard; None when the user cancels it."""
    try:
        from dvk_desktop.ui.dialogs.setup_wizard import SetupWizard
    except ModuleNotFoundError as exc:
        raise DomainError(
            "Cơ sở dữ liệu chưa được thiết lập và phiên bản này chưa có trợ lý thiết lập. "
            "Hãy chạy lệnh: dvk-desktop init --province MÃ_TỈNH",
            "The database is not set up and this version has no set-up wizard. "
            "Run: dvk-desktop init --province CODE") from exc
    return SetupWizard.ask(db)


def _show_refusal(exc: DomainError, language: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, config.APP_NAME, exc.message(language))
    box.exec()


def open_context(db_path: str | None, requested_language: str | None) -> AppContext | None:
    """Open the database and the office (running set-up on first use); None to quit."""
    language = requested_language or settings_store.load_text("language") or "vi"
    try:
        # The day's backup copies the whole file: the window makes it on a worker thread
        # once it is open (MainWindow.start_daily_backup), not before the officer can work.
        db = Database.open(db_path, daily_backup=False)
    except DomainError as exc:  # damaged, open elsewhere, newer: explain and offer a way out
        from dvk_desktop.ui.dialogs.damaged_database import recover_on_open

        db = recover_on_open(exc, db_path, language)
        if db is None:
            return None
    try:
        info = office.get_office(db) or ask_setup(db)
    except DomainError as exc:
        _show_refusal(exc, language)
        db.close()
        return None
    if info is None:
        db.close()
        return None
    return AppContext(db, info, choose_language(requested_language, info))


def run_window(args: list[str]) -> int:
    """Open the main window and run until it closes; returns the exit code."""
    options = parse_window_args(args)
    app = create_application([sys.argv[0]])
    errors.install_excepthook()
    install_translators(app, options.lang or settings_store.load_text("language") or "vi")
    from dvk_desktop.ui.widgets.database_settings import stored_location

    ctx = open_context(options.db or stored_location(), options.lang)
    if ctx is None:
        return 1
    install_translators(app, ctx.language)
    errors.set_language(ctx.language)
    from dvk_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    window.start_daily_backup()
    if options.smoke_test:  # every page is made once (they load on first show), then quit
        QTimer.singleShot(0, lambda: (window.show_every_page(), window.close()))
    try:
        return app.exec()
    finally:
        ctx.db.close()
