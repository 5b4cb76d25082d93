"""The Exchange page: send the data file upward, preview and import packages from below,
history with undo, conflicts side by side, and this office's key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.exchange.format import RECORD_KINDS
from dvk_desktop.services import exchange, exchange_admin, keys
from dvk_desktop.services.exchange_export import export_package, recipients
from dvk_desktop.ui.background import Job, JobSignals
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from dvk_desktop.ui.errors import guard_slot, report
from dvk_desktop.ui.models.rows_model import Column, RowsModel
from dvk_desktop.ui.widgets.sheet_box import SheetBox


@dataclass
class PreviewRow:
    """One listed record of a previewed package (or the file's refusal)."""

    file: str
    kind: str
    label: str
    action: str
    reason: str


def action_text(action: str) -> str:
    """The preview action in the interface language."""
    return {"new": QCoreApplication.translate("ExchangePage", "New"), "updated": QCoreApplication.translate("ExchangePage", "Updated"), "unchanged": QCoreApplication.translate("ExchangePage", "Unchanged"),
            "conflict": QCoreApplication.translate("ExchangePage", "Conflict"), "rejected": QCoreApplication.translate("ExchangePage", "Rejected"),
            "refused": QCoreApplication.translate("ExchangePage", "File refused")}[action]


def preview_columns() -> list[Column]:
    """Columns of the preview table."""
    return [Column("file", lambda: QCoreApplication.translate("ExchangePage", "File"), lambda r: r.file),
            Column("kind", lambda: QCoreApplication.translate("ExchangePage", "Kind"), lambda r: r.kind),
            Column("label", lambda: QCoreApplication.translate("ExchangePage", "Record"), lambda r: r.label),
            Column("action", lambda: QCoreApplication.translate("ExchangePage", "Result"), lambda r: action_text(r.action)),
            Column("reason", lambda: QCoreApplication.translate("ExchangePage", "Reason"), lambda r: r.reason)]


def history_columns() -> list[Column]:
    """Columns of the import history."""
    return [Column("at", lambda: QCoreApplication.translate("ExchangePage", "Imported"), lambda b: f"{b.imported_at:%d/%m/%Y %H:%M}"),
            Column("sender", lambda: QCoreApplication.translate("ExchangePage", "From"), lambda b: f"{b.sender_name} ({b.sender_code})"),
            Column("new", lambda: QCoreApplication.translate("ExchangePage", "New"), lambda b: b.counts.get("new", 0), True),
            Column("updated", lambda: QCoreApplication.translate("ExchangePage", "Updated"), lambda b: b.counts.get("updated", 0), True),
            Column("status", lambda: QCoreApplication.translate("ExchangePage", "State"), lambda b: QCoreApplication.translate("ExchangePage", "Undone")
                   if b.status == "undone" else QCoreApplication.translate("ExchangePage", "Applied"))]


class ExchangePage(QWidget):
    """Everything about data files between offices."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exchange_page")
        self.paths: list[Path] = []
        self.previews: dict[Path, exchange.ImportPreview] = {}
        # Exports and imports run here, off the GUI thread (deleting the page waits for a
        # running one).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._export_number = 0
        self._export_signals = JobSignals(self)
        self._export_signals.done.connect(self._export_done)
        self._export_signals.failed.connect(self._export_failed)
        self._export_signals.progress.connect(self._export_progress)
        # Reading files for a preview and importing them share one busy state and one count.
        self._receive_number, self._importing = 0, False
        self._import_signals = JobSignals(self)
        self._import_signals.done.connect(self._import_done)
        self._import_signals.failed.connect(self._import_failed)
        self._import_signals.progress.connect(self._import_progress)
        self._preview_signals = JobSignals(self)
        self._preview_signals.done.connect(self._previews_done)
        self._preview_signals.failed.connect(self._previews_failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self._make_key_bar())
        layout.addWidget(self._make_send_box())
        layout.addWidget(self._make_receive_box(), 2)
        layout.addWidget(self._make_history_box(), 1)
        self.sheet_box = SheetBox(ctx, self)
        layout.addWidget(self.sheet_box)
        self.retranslate_ui()

    def _make_key_bar(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.key_label = QLabel(bar, objectName="key_label")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_key_button = QPushButton(bar, objectName="export_key_button")
        self.export_key_button.clicked.connect(self.export_public_key)
        row.addWidget(self.key_label, 1)
        row.addWidget(self.export_key_button)
        return bar

    def _make_send_box(self) -> QGroupBox:
        self.send_box = QGroupBox(self, objectName="send_box")
        self.recipient_combo = QComboBox(self.send_box, objectName="recipient_combo")
        self.since_last_check = QCheckBox(self.send_box, objectName="since_last_check")
        self.key_file_edit = QLineEdit(self.send_box, objectName="key_file_edit")
        self.key_file_button = QPushButton(self.send_box, objectName="key_file_button")
        self.export_button = QPushButton(self.send_box, objectName="export_button")
        self.protection_label = QLabel(self.send_box, objectName="protection_label",
                                       wordWrap=True)
        self.export_progress = QProgressBar(self.send_box, objectName="export_progress")
        self.export_progress.setRange(0, len(RECORD_KINDS))
        self.export_progress.setVisible(False)
        self.key_file_button.clicked.connect(self.choose_key_file)
        self.export_button.clicked.connect(self.export_file)
        self.key_file_edit.textChanged.connect(self._show_protection)
        row = QHBoxLayout()
        for widget in (self.recipient_combo, self.since_last_check, self.key_file_edit,
                       self.key_file_button, self.export_button, self.export_progress):
            row.addWidget(widget)
        box = QVBoxLayout(self.send_box)
        box.addLayout(row)
        box.addWidget(self.protection_label)
        return self.send_box

    def _make_receive_box(self) -> QGroupBox:
        self.receive_box = QGroupBox(self, objectName="receive_box")
        self.open_button = QPushButton(self.receive_box, objectName="open_button")
        self.import_button = QPushButton(self.receive_box, objectName="import_button")
        self.import_button.setEnabled(False)
        self.progress = QProgressBar(self.receive_box, objectName="progress_bar")
        self.summary_label = QLabel(self.receive_box, objectName="summary_label", wordWrap=True)
        self.preview_model = RowsModel(preview_columns(), self,
                                       highlight=lambda r: r.action in ("rejected", "refused",
                                                                        "conflict"))
        self.preview_table = QTableView(self.receive_box, objectName="preview_table")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.open_button.clicked.connect(self.open_packages)
        self.import_button.clicked.connect(self.import_packages)
        row = QHBoxLayout()
        for widget in (self.open_button, self.import_button, self.progress):
            row.addWidget(widget)
        box = QVBoxLayout(self.receive_box)
        box.addLayout(row)
        box.addWidget(self.summary_label)
        box.addWidget(self.preview_table, 1)
        return self.receive_box

    def _make_history_box(self) -> QGroupBox:
        self.history_box = QGroupBox(self, objectName="history_box")
        self.history_model = RowsModel(history_columns(), self)
        self.history_table = QTableView(self.history_box, objectName="history_table")
        self.history_table.setModel(self.history_model)
        self.history_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.undo_button = QPushButton(self.history_box, objectName="undo_button")
        self.conflicts_button = QPushButton(self.history_box, objectName="conflicts_button")
        self.undo_button.clicked.connect(self.undo_selected)
        self.conflicts_button.clicked.connect(self.resolve_conflicts)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.conflicts_button)
        row.addStretch()
        box = QVBoxLayout(self.history_box)
        box.addWidget(self.history_table, 1)
        box.addLayout(row)
        return self.history_box

    def title(self) -> str:
        """Name of the page in the navigation."""
        return self.tr("Exchange")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.key_label.setText(self.tr("This office's key fingerprint: %1")
                               .replace("%1", keys.ensure_keys().fingerprint))
        self.export_key_button.setText(self.tr("Save public key for the units below…"))
        self.send_box.setTitle(self.tr("Send to the unit above"))
        self.since_last_check.setText(self.tr("Only changes since the last file"))
        self.key_file_edit.setPlaceholderText(self.tr("Recipient's public key file (optional)"))
        self.key_file_button.setText(self.tr("Choose key…"))
        self.export_button.setText(self.tr("Export file…"))
        self.receive_box.setTitle(self.tr("Receive from the units below"))
        self.open_button.setText(self.tr("Open files…"))
        self.import_button.setText(self.tr("Import"))
        self.history_box.setTitle(self.tr("Import history"))
        self.undo_button.setText(self.tr("Undo selected import"))
        self.conflicts_button.setText(self.tr("Resolve conflicts…"))
        self.preview_model.retranslate()
        self.history_model.retranslate()
        self._show_protection()
        self.refresh()

    def _show_protection(self, *_args) -> None:
        self.protection_label.setText(
            self.tr("The file will be signed and encrypted for the recipient.")
            if self.key_file_edit.text().strip() else
            self.tr("Without the recipient's key file the file is only signed, not encrypted."))

    @guard_slot
    def refresh(self, *_args) -> None:
        """Re-read recipients, history and the number of pending conflicts."""
        current = self.recipient_combo.currentData()
        self.recipient_combo.clear()
        for code, name in recipients(self.ctx.db):
            self.recipient_combo.addItem(f"{name} ({code})", code)
        if current is not None and (index := self.recipient_combo.findData(current)) >= 0:
            self.recipient_combo.setCurrentIndex(index)
        self.history_model.set_records(exchange_admin.list_imports(self.ctx.db))
        pending = len(exchange_admin.list_conflicts(self.ctx.db))
        self.conflicts_button.setEnabled(pending > 0)
        self.conflicts_button.setText(self.tr("Resolve conflicts (%1)…").replace("%1", str(pending)))

    # -- questions (replaced in tests) ----------------------------------------------------------
    def ask_save_path(self, title: str, name: str) -> str:
        """A file name to write, or ''."""
        return QFileDialog.getSaveFileName(self, title, name)[0]

    def ask_open_paths(self) -> list[str]:
        """Packages to open, or []."""
        return QFileDialog.getOpenFileNames(self, self.tr("Open data files"), "",
                                            self.tr("DVK data files (*.dvkx)"))[0]

    def confirm(self, title: str, text: str) -> bool:
        """Yes or no from the officer."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- actions ---------------------------------------------------------------------------------
    @guard_slot
    def export_public_key(self) -> None:
        """Save the public key file that the units below encrypt to."""
        path = self.ask_save_path(self.tr("Save public key"), f"{self.ctx.office.unit_code}.pub.json")
        if path:
            keys.export_public(Path(path), self.ctx.office.unit_code, self.ctx.office.unit_name)
            self.status_message.emit(self.tr("Public key saved to %1").replace("%1", path))

    @guard_slot
    def choose_key_file(self) -> None:
        """Pick the recipient's public key file."""
        path = QFileDialog.getOpenFileName(self, self.tr("Recipient's public key"), "",
                                           self.tr("Key files (*.json)"))[0]
        if path:
            self.key_file_edit.setText(path)

    @guard_slot
    def export_file(self) -> None:
        """Write the package for the chosen unit above (on a worker thread, with progress)."""
        code = self.recipient_combo.currentData()
        if not code or self.exporting:
            return
        path = self.ask_save_path(self.tr("Export data file"), f"{self.ctx.office.unit_code}.dvkx")
        if not path:
            return
        key_file = self.key_file_edit.text().strip()
        db, since_last, actor = self.ctx.db, self.since_last_check.isChecked(), self.ctx.actor
        self._export_number += 1
        number, signals = self._export_number, self._export_signals
        done_kinds: list[str] = []

        def progress(kind: str, _count: int) -> None:
            done_kinds.append(kind)
            signals.progress.emit(number, len(done_kinds))

        self._set_exporting(True)
        self._pool.start(Job(number, lambda: (path, export_package(
            db, code, Path(path), since_last, Path(key_file) if key_file else None, actor,
            progress)), signals))

    @property
    def exporting(self) -> bool:
        """True while an export is being written."""
        return not self.export_progress.isHidden()

    def _set_exporting(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.export_progress.setValue(0)
        self.export_progress.setVisible(busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def wait_until_idle(self, timeout_ms: int = -1) -> bool:
        """Block until a running export or import has finished; for closing and for tests."""
        return self._pool.waitForDone(timeout_ms)

    def _export_progress(self, number: int, kinds_done: int) -> None:
        if number == self._export_number:
            self.export_progress.setValue(kinds_done)

    def _export_done(self, number: int, outcome) -> None:
        if number != self._export_number:
            return
        self._set_exporting(False)
        path, result = outcome
        total = sum(v for k, v in result.counts.items() if k not in ("fields", "rubrics"))
        note = self.tr("signed and encrypted") if result.encrypted else \
            self.tr("only signed, not encrypted")
        self.status_message.emit(self.tr("Exported %1 records to %2 (%3).")
                                 .replace("%1", str(total)).replace("%2", path)
                                 .replace("%3", note))

    def _export_failed(self, number: int, exc: BaseException) -> None:
        if number == self._export_number:
            self._set_exporting(False)
            report(exc, self)

    @guard_slot
    def open_packages(self) -> None:
        """Preview the chosen packages (nothing is imported yet)."""
        self.show_previews([Path(p) for p in self.ask_open_paths()])

    def show_previews(self, paths: list[Path]) -> None:
        """Preview each file and list what would change, what conflicts, what is refused.

        The files are read and checked on a worker thread (a province's package holds
        hundreds of thousands of records); the list appears when they are done.
        """
        if self.importing or not paths:
            return
        self.paths, self.previews = list(paths), {}
        db, chosen = self.ctx.db, list(paths)

        def work() -> list:
            outcomes = []
            for path in chosen:
                try:
                    outcomes.append((path, exchange.preview_import(db, path)))
                except DomainError as exc:
                    outcomes.append((path, exc))
            return outcomes

        self._receive_number += 1
        self.preview_model.set_records([])
        self._set_importing(True, self.tr("Reading the files…"))
        self._pool.start(Job(self._receive_number, work, self._preview_signals))

    def _previews_done(self, number: int, outcomes: list) -> None:
        if number != self._receive_number:
            return
        self._set_importing(False)
        rows, lines = [], []
        for path, preview in outcomes:
            if isinstance(preview, DomainError):
                rows.append(PreviewRow(path.name, "", "", "refused",
                                       preview.message(self.ctx.language)))
                continue
            self.previews[path] = preview
            rows += [PreviewRow(path.name, i.kind, i.label, i.action,
                                self.ctx.language == "en" and i.reason_en or i.reason_vi)
                     for i in preview.listed]
            lines.append(self._summary(path, preview))
        self.preview_model.set_records(rows)
        self.summary_label.setText("\n".join(lines))
        self.import_button.setEnabled(bool(self.previews))

    def _previews_failed(self, number: int, exc: BaseException) -> None:
        if number == self._receive_number:
            self._set_importing(False)
            self.summary_label.clear()
            report(exc, self)

    def _summary(self, path: Path, preview: exchange.ImportPreview) -> str:
        t = preview.totals
        protection = self.tr("signed and encrypted") if preview.encrypted else \
            self.tr("only signed, not encrypted")
        return (self.tr("%1 from %2: %3 new, %4 updated, %5 unchanged, %6 conflicts, "
                        "%7 rejected; %8.")
                .replace("%1", path.name).replace("%2", preview.manifest.sender_name)
                .replace("%3", str(t["new"])).replace("%4", str(t["updated"]))
                .replace("%5", str(t["unchanged"])).replace("%6", str(t["conflict"]))
                .replace("%7", str(t["rejected"])).replace("%8", protection))

    @guard_slot
    def import_packages(self) -> None:
        """Import each previewed file in its own all-or-nothing transaction; report per file.

        New senders' keys are confirmed first; the imports then run on a worker thread
        (a province's package takes many seconds) with the bar counting the files.
        """
        if self.importing or not self.previews:
            return
        chosen: list[tuple[Path, exchange.ImportPreview, bool]] = []
        for path, preview in self.previews.items():
            trust = preview.key_status == exchange.KEY_TRUSTED
            if preview.key_status == exchange.KEY_NEW:
                trust = self.confirm(self.tr("New sender key"), self.tr(
                    "First file from %1. Compare this key fingerprint with the sending office "
                    "(by phone) before trusting it:\n\n%2").replace(
                    "%1", preview.manifest.sender_name).replace("%2", preview.fingerprint))
            chosen.append((path, preview, trust))
        db, actor, signals = self.ctx.db, self.ctx.actor, self._import_signals
        self._receive_number += 1
        number = self._receive_number

        def work() -> list:
            outcomes = []
            for done, (path, preview, trust) in enumerate(chosen, 1):
                outcomes.append((path, trust, _import_outcome(db, path, actor, trust,
                                                              preview.fingerprint)))
                signals.progress.emit(number, done)
            return outcomes

        self.progress.setRange(0, len(chosen))
        self.progress.setValue(0)
        self._set_importing(True, self.tr("Importing…"))
        self._pool.start(Job(number, work, signals))

    @property
    def importing(self) -> bool:
        """True while packages are being read for a preview or imported."""
        return self._importing

    def _set_importing(self, busy: bool, text: str = "") -> None:
        """Receiving is busy (files being read or imported): say what is happening."""
        self._importing = busy
        for button in (self.import_button, self.open_button, self.undo_button):
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.summary_label.setText(text)
        else:
            self.unsetCursor()

    def _import_progress(self, number: int, files_done: int) -> None:
        if number == self._receive_number:
            self.progress.setValue(files_done)

    def _import_done(self, number: int, outcomes: list) -> None:
        if number != self._receive_number:
            return
        self._set_importing(False)
        self.summary_label.setText("\n".join(self._outcome_line(*o) for o in outcomes))
        self.import_button.setEnabled(False)
        self.previews = {}
        self.refresh()

    def _import_failed(self, number: int, exc: BaseException) -> None:
        if number == self._receive_number:
            self._set_importing(False)
            self.summary_label.clear()
            self.previews = {}
            self.import_button.setEnabled(False)
            self.refresh()
            report(exc, self)

    def _outcome_line(self, path: Path, trusted: bool, outcome) -> str:
        if not trusted:
            return self.tr("%1: not imported (key not confirmed).").replace("%1", path.name)
        if isinstance(outcome, DomainError):
            return f"{path.name}: {outcome.message(self.ctx.language)}"
        if outcome.import_id is None:
            return self.tr("%1: nothing to change.").replace("%1", path.name)
        return (self.tr("%1: imported — %2 new, %3 updated, %4 conflicts waiting.")
                .replace("%1", path.name).replace("%2", str(outcome.totals["new"]))
                .replace("%3", str(outcome.totals["updated"]))
                .replace("%4", str(outcome.conflicts_pending)))

    @guard_slot
    def undo_selected(self) -> None:
        """Undo the whole import selected in the history."""
        rows = self.history_table.selectionModel().selectedRows()
        if not rows:
            return
        batch = self.history_model.record(rows[0].row())
        if batch.status != "applied" or not self.confirm(
                self.tr("Undo import"), self.tr("Undo every change of the import from %1?")
                .replace("%1", batch.sender_name)):
            return
        restored = exchange_admin.undo_import(self.ctx.db, batch.id, self.ctx.actor)
        self.status_message.emit(self.tr("Import undone: %1 records restored.")
                                 .replace("%1", str(restored)))
        self.refresh()

    @guard_slot
    def resolve_conflicts(self) -> None:
        """Show each pending conflict side by side and apply the officer's choice."""
        for conflict in exchange_admin.list_conflicts(self.ctx.db):
            choice = ConflictDialog.ask(self, conflict.label, conflict.changed, conflict.mine,
                                        conflict.theirs)
            if choice is None:
                break
            exchange_admin.resolve_conflict(self.ctx.db, conflict.id, choice, self.ctx.actor)
        self.refresh()


def _import_outcome(db, path: Path, actor: str, trust: bool, fingerprint: str):
    """The result of importing one file (on the worker), or the reason it was refused."""
    if not trust:
        return None
    try:
        return exchange.import_package(db, path, actor, trust, fingerprint)
    except DomainError as exc:
        return exc
