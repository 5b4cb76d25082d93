"""The main window: navigation on the left, the chosen page on the right, menus, status bar."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

import dvk_desktop
from dvk_desktop import config
from dvk_desktop.services import office
from dvk_desktop.ui import errors, settings_store
from dvk_desktop.ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    """A page of the window: made the first time it is shown, so that starting the program
    builds (and imports) only the Entries page."""

    key: str
    module: str  # under dvk_desktop.ui.pages
    class_name: str
    title: Callable[[], str]  # the page's own title() message, without making the page

    def load(self) -> type:
        """The page's class (importing its module on first use)."""
        return getattr(importlib.import_module(f"dvk_desktop.ui.pages.{self.module}"),
                       self.class_name)


# The pages, in navigation order; each issue adds its page with one line. Each title is the
# page's own message (same context and text as its title()), so both show one translation.
PAGES: list[PageSpec] = [
    PageSpec("entries", "entries_page", "EntriesPage",
             lambda: QCoreApplication.translate("EntriesPage", "Entries")),
    PageSpec("units", "units_page", "UnitsPage",
             lambda: QCoreApplication.translate("UnitsPage", "Units")),
    PageSpec("inspections", "inspections_page", "InspectionsPage",
             lambda: QCoreApplication.translate("InspectionsPage", "Inspections")),
    PageSpec("decisions", "decisions_page", "DecisionsPage",
             lambda: QCoreApplication.translate("DecisionsPage", "Decisions & awards")),
    PageSpec("targets", "targets_page", "TargetsPage",
             lambda: QCoreApplication.translate("TargetsPage", "Targets")),
    PageSpec("reports", "reports_page", "ReportsPage",
             lambda: QCoreApplication.translate("ReportsPage", "Reports")),
    PageSpec("exchange", "exchange_page", "ExchangePage",
             lambda: QCoreApplication.translate("ExchangePage", "Exchange")),
    PageSpec("settings", "settings_page", "SettingsPage",
             lambda: QCoreApplication.translate("SettingsPage", "Settings")),
]

LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]


class MainWindow(QMainWindow):
    """Navigation list plus stacked pages; remembers its size, splitter and columns."""

    backup_finished = Signal(int)  # from the daily backup's worker: how many files it made

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self.backup_thread: threading.Thread | None = None
        self.backup_finished.connect(self._daily_backup_done)
        # Always shown at the right of the status bar; messages come and go on its left.
        self.office_label = QLabel(self, objectName="office_label")
        self.statusBar().addPermanentWidget(self.office_label)
        self.nav = QListWidget(self, objectName="navigation")
        self.nav.setMinimumWidth(120)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; }"
                               "QListWidget#navigation::item { padding: 7px 6px; }")
        self.stack = QStackedWidget(self)
        self.specs = list(PAGES)
        self.pages: dict[str, QWidget] = {}  # the pages made so far, by key
        for spec in self.specs:  # an empty stand-in until the page is first shown
            self.stack.addWidget(QWidget(self.stack))
            self.nav.addItem(spec.title())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.setSizes([self._nav_width(), 1000])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self._show_row(0)
        self._make_menus()
        self.resize(1280, 800)
        self.restore_state()
        self.retranslate_ui()

    def _nav_width(self) -> int:
        """Wide enough for the longest page name (in either language), within reason."""
        return min(max(self.nav.sizeHintForColumn(0) + 24, 170), 280)

    def page(self, key: str) -> QWidget:
        """The page ``key``, made now if it was never shown."""
        found = self.pages.get(key)
        if found is not None:
            return found
        index = [spec.key for spec in self.specs].index(key)
        page = self.specs[index].load()(self.ctx, self.stack)
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.pages[key] = page
        message = getattr(page, "status_message", None)
        if message is not None:
            message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.stack.setCurrentWidget(self.page(self.specs[row].key))

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = self.file_menu.addAction("")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.view_menu = bar.addMenu("")
        self.page_actions: list[QAction] = []
        for row, _spec in enumerate(self.specs):
            action = self.view_menu.addAction("")
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            self.page_actions.append(action)
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:  # each language is named in itself, never translated
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.ctx.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.about_action = self.help_menu.addAction("")
        self.about_action.triggered.connect(self.show_about)

    # -- language ----------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Switch the interface language now; every page re-translates itself."""
        from dvk_desktop.ui.app import install_translators

        self.ctx.language = language
        errors.set_language(language)
        self.language_actions[language].setChecked(True)
        settings_store.save_text("language", language)
        try:
            office.update_office(self.ctx.db, language=language)
        except Exception:  # noqa: BLE001 - the choice still applies to this run
            errors.log.warning("could not store the language in the office profile")
        install_translators(QApplication.instance(), language)  # posts LanguageChange
        # Deliver the change now, so the window is re-translated when this call returns.
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the application's translators change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every text of the window and its pages in the current language."""
        self.setWindowTitle(self.tr("DVK Desktop — %1").replace("%1", self.ctx.office.unit_name))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About DVK Desktop"))
        for page in self.pages.values():
            page.retranslate_ui()
        for row, spec in enumerate(self.specs):
            self.nav.item(row).setText(spec.title())
            self.page_actions[row].setText(spec.title())
        self.office_label.setText(self.tr("Office: %1 · Officer: %2")
                                  .replace("%1", self.ctx.office.unit_name)
                                  .replace("%2", self.ctx.office.officer_name or "—"))

    # -- daily backup --------------------------------------------------------------------------
    def start_daily_backup(self) -> threading.Thread:
        """Make today's backup (if not made yet) on a worker thread; the status bar tells.

        The copy reads the database through its own connection while the officer works; a
        window closed meanwhile lets it finish (the program ends when the copy is done).
        """
        self.statusBar().showMessage(self.tr("Checking today's backup…"))
        thread = threading.Thread(target=self._daily_backup_job, name="daily-backup")
        thread.start()
        self.backup_thread = thread
        return thread

    def _daily_backup_job(self) -> None:
        made = self.ctx.db.take_daily_backups()
        try:
            self.backup_finished.emit(len(made))
        except RuntimeError:  # the window is gone
            pass

    def _daily_backup_done(self, made: int) -> None:
        warning = self.ctx.db.backup_warning
        if warning:
            self.statusBar().showMessage(
                self.tr("Today's automatic backup failed: %1").replace("%1", warning))
        elif made:
            self.statusBar().showMessage(self.tr("Today's backup is made."), 8000)
        else:
            self.statusBar().clearMessage()

    # -- actions -------------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Bring the page ``key`` to the front and return it."""
        self.nav.setCurrentRow([spec.key for spec in self.specs].index(key))
        return self.page(key)

    def show_every_page(self) -> None:
        """Show each page in turn and come back to the first (checks an installation)."""
        for spec in self.specs:
            self.show_page(spec.key)
        self.show_page(self.specs[0].key)

    def show_about(self) -> None:
        """The About box with the program's version."""
        QMessageBox.about(self, self.tr("About DVK Desktop"), self.about_text())

    def about_text(self) -> str:
        """Text of the About box."""
        return self.tr("<b>%1</b> version %2<br>The office registry of the “Dân vận khéo” "
                       "movement: models and typical examples.<br>Data folder: %3") \
            .replace("%1", config.APP_NAME).replace("%2", dvk_desktop.__version__) \
            .replace("%3", str(config.data_dir()))

    # -- state ----------------------------------------------------------------------------------
    def restore_state(self) -> None:
        """Size, position and splitter as the user left them."""
        geometry = settings_store.load_bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings_store.load_bytes("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        """Remember size, splitter and each page's own state."""
        settings_store.save_bytes("window/geometry", self.saveGeometry())
        settings_store.save_bytes("window/splitter", self.splitter.saveState())
        for page in self.pages.values():
            saver = getattr(page, "save_state", None)
            if saver is not None:
                saver()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state on the way out, after the work still running.

        A package being imported or written, or a report being saved, is finished first:
        the program then closes the database knowing nothing is left half done.
        """
        self.save_state()
        self.finish_running_work()
        super().closeEvent(event)

    def finish_running_work(self) -> None:
        """Wait for the pages' work on worker threads (the status bar says so)."""
        waiting = [page for page in self.pages.values()
                   if getattr(page, "wait_until_idle", None) and not page.wait_until_idle(0)]
        if not waiting:
            return
        self.statusBar().showMessage(self.tr("Finishing the work in progress before closing…"))
        self.setCursor(Qt.CursorShape.WaitCursor)
        QCoreApplication.processEvents()
        for page in waiting:
            page.wait_until_idle()
        self.unsetCursor()
