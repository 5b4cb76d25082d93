"""Print jobs started from the window: a cancellable progress dialog, then the preview.

Pages hook these in with one line each (e.g. :func:`install_certificate_action` on the
Decisions page); the texts live here, in this module's own translation context.
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QToolButton,
    QWidget,
)

from dvk_desktop.config import data_dir
from dvk_desktop.printing.data import PrintResult, ProgressCallback
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.errors import report


def print_folder() -> Path:
    """Where documents are written before the user previews, prints or saves them."""
    path = data_dir() / "print"
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_with_progress(parent: QWidget, label: str, job: Callable[[ProgressCallback], PrintResult]
                      ) -> PrintResult:
    """Run ``job`` with a progress dialog whose Cancel button stops it after the current page."""
    cancel = QCoreApplication.translate("PrintJobs", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setObjectName("print_progress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return job(progress)
    finally:
        dialog.close()


def _new_pdf(stem: str) -> Path:
    handle = tempfile.NamedTemporaryFile(prefix=f"{stem}-", suffix=".pdf", dir=print_folder(),
                                         delete=False)
    handle.close()
    return Path(handle.name)


def show_pdf(parent: QWidget, path: Path, name: str) -> None:
    """The preview window of a printed PDF (Qt PDF is loaded on first use)."""
    from dvk_desktop.ui.dialogs.pdf_preview import show_pdf as preview

    preview(parent, path, name)


def _finish(parent: QWidget, result: PrintResult | None, out: Path, name: str) -> bool:
    if result is None or result.cancelled:
        out.unlink(missing_ok=True)
        if result is not None:
            QMessageBox.information(
                parent, QCoreApplication.translate("PrintJobs", "Printing"),
                QCoreApplication.translate("PrintJobs", "Printing was cancelled."))
        return False
    show_pdf(parent, out, name)
    return True


def print_certificates(parent: QWidget, ctx: AppContext, decision_id: str, number: str) -> bool:
    """Print the certificates of a decision, then preview them; False when cancelled."""
    from dvk_desktop.services import certificates  # ReportLab: loaded on first print

    out = _new_pdf("giay-khen")
    safe = number.replace("/", "-")
    try:
        label = QCoreApplication.translate("PrintJobs", "Printing certificates…")
        result = run_with_progress(parent, label, lambda progress: certificates.print_decision(
            ctx.db, decision_id, out, progress=progress))
    except Exception as exc:  # noqa: BLE001 - shown to the user, the window keeps running
        out.unlink(missing_ok=True)
        report(exc, parent)
        return False
    return _finish(parent, result, out, f"Giay khen {safe}.pdf")


def print_checklists(parent: QWidget, ctx: AppContext, entry_ids: list[str],
                     filled: bool = False) -> bool:
    """Print inspection checklists of entries (an inspection trip), then preview them."""
    from dvk_desktop.services import printed_forms  # ReportLab: loaded on first print

    out = _new_pdf("bien-ban")
    try:
        label = QCoreApplication.translate("PrintJobs", "Printing checklists…")
        result = run_with_progress(parent, label, lambda progress: printed_forms.print_checklists(
            ctx.db, entry_ids, out, filled, progress))
    except Exception as exc:  # noqa: BLE001
        out.unlink(missing_ok=True)
        report(exc, parent)
        return False
    return _finish(parent, result, out, "Bien ban kiem tra.pdf")


def print_inspection(parent: QWidget, ctx: AppContext, inspection_id: str) -> bool:
    """Print the filled checklist of one stored inspection, then preview it."""
    from dvk_desktop.services import printed_forms  # ReportLab: loaded on first print

    out = _new_pdf("bien-ban")
    try:
        result = printed_forms.print_inspection_checklist(ctx.db, inspection_id, out)
    except Exception as exc:  # noqa: BLE001
        out.unlink(missing_ok=True)
        report(exc, parent)
        return False
    return _finish(parent, result, out, "Bien ban kiem tra.pdf")


def print_registration_forms(parent: QWidget, ctx: AppContext, entry_ids: list[str]) -> bool:
    """Print registration forms of entries, then preview them."""
    from dvk_desktop.services import printed_forms  # ReportLab: loaded on first print

    out = _new_pdf("phieu-dang-ky")
    try:
        result = printed_forms.print_registration_forms(ctx.db, entry_ids, out)
    except Exception as exc:  # noqa: BLE001
        out.unlink(missing_ok=True)
        report(exc, parent)
        return False
    return _finish(parent, result, out, "Phieu dang ky.pdf")


class _Retranslator(QObject):
    """Re-labels actions when the interface language changes."""

    def __init__(self, page: QWidget, update: Callable[[], None]) -> None:
        super().__init__(page)
        self.update = update
        page.installEventFilter(self)
        update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Follow LanguageChange events of the page."""
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        return False


def install_certificate_action(page) -> QAction:
    """Add "Print certificates" to the Decisions page's toolbar, enabled for a live decision."""
    action = QAction(page, objectName="print_certificates_action")
    page.toolbar.addSeparator()
    page.toolbar.addAction(action)

    def update_text() -> None:
        action.setText(QCoreApplication.translate("PrintJobs", "Print certificates"))
        action.setToolTip(QCoreApplication.translate(
            "PrintJobs", "Print every certificate of the chosen decision into one PDF"))

    def update_state(*_args) -> None:
        chosen = page.current_decision()
        action.setEnabled(chosen is not None and not page.trash_action.isChecked()
                          and chosen.award_count > 0)

    def trigger() -> None:
        chosen = page.current_decision()
        if chosen is not None:
            print_certificates(page, page.ctx, chosen.id, chosen.data.number)

    action.triggered.connect(trigger)
    page.decision_table.selectionModel().selectionChanged.connect(update_state)
    page.trash_action.toggled.connect(update_state)
    page._print_retranslator = _Retranslator(page, update_text)
    update_state()
    return action


def install_entry_print_actions(page) -> list[QAction]:
    """Add checklist and registration-form printing for the Entries page's selection."""
    names = ("print_checklist_action", "print_filled_checklist_action",
             "print_registration_action")
    actions = [QAction(page, objectName=name) for name in names]
    page.toolbar.addActions(actions)

    def selected() -> list[str]:
        ids = (page.model.entry_id(row) for row in page.selected_rows())
        return [entry_id for entry_id in ids if entry_id]

    def update_text() -> None:
        texts = [
            (QCoreApplication.translate("PrintJobs", "Print checklists"),
             QCoreApplication.translate(
                 "PrintJobs", "Blank inspection checklists of the selected entries, one PDF")),
            (QCoreApplication.translate("PrintJobs", "Print filled checklist"),
             QCoreApplication.translate(
                 "PrintJobs", "The latest inspection of each selected entry, with its scores")),
            (QCoreApplication.translate("PrintJobs", "Print registration forms"),
             QCoreApplication.translate(
                 "PrintJobs", "Registration forms of the selected entries")),
        ]
        for action, (text, tip) in zip(actions, texts, strict=True):
            action.setText(text)
            action.setToolTip(tip)

    def update_state(*_args) -> None:
        enabled = bool(page.selected_rows()) and not page.trash_action.isChecked()
        for action in actions:
            action.setEnabled(enabled)

    actions[0].triggered.connect(lambda: print_checklists(page, page.ctx, selected()))
    actions[1].triggered.connect(lambda: print_checklists(page, page.ctx, selected(), True))
    actions[2].triggered.connect(lambda: print_registration_forms(page, page.ctx, selected()))
    page.table.selectionModel().selectionChanged.connect(update_state)
    page.trash_action.toggled.connect(update_state)
    page._entry_print_retranslator = _Retranslator(page, update_text)
    update_state()
    return actions


def install_inspection_print_button(dialog) -> QPushButton:
    """A "Print checklist" button on the inspection form: filled once saved, blank before."""
    button = QPushButton(dialog, objectName="print_checklist_button")
    dialog.form.button_layout.insertWidget(0, button)

    def update_text() -> None:
        button.setText(QCoreApplication.translate("PrintJobs", "Print checklist…"))

    def trigger() -> None:
        if dialog.record is not None:
            print_inspection(dialog, dialog.ctx, dialog.record.id)
        elif getattr(dialog, "entry_id", None):
            print_checklists(dialog, dialog.ctx, [dialog.entry_id])

    button.clicked.connect(trigger)
    dialog._print_retranslator = _Retranslator(dialog, update_text)
    return button


def install_entry_form_print_button(dialog) -> QToolButton:
    """A "Print" menu on the entry form: blank checklist or registration form of the entry."""
    button = QToolButton(dialog, objectName="print_menu_button")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    checklist = menu.addAction("")
    form = menu.addAction("")
    button.setMenu(menu)
    dialog.form.button_layout.insertWidget(0, button)

    def update_text() -> None:
        button.setText(QCoreApplication.translate("PrintJobs", "Print"))
        checklist.setText(QCoreApplication.translate("PrintJobs", "Inspection checklist"))
        form.setText(QCoreApplication.translate("PrintJobs", "Registration form"))

    def run(printer: Callable[[QWidget, AppContext, list[str]], bool]) -> None:
        if not dialog.entry_id:
            QMessageBox.information(dialog, QCoreApplication.translate("PrintJobs", "Printing"),
                                    QCoreApplication.translate(
                                        "PrintJobs", "Save the entry before printing it."))
            return
        printer(dialog, dialog.ctx, [dialog.entry_id])

    checklist.triggered.connect(lambda: run(print_checklists))
    form.triggered.connect(lambda: run(print_registration_forms))
    dialog._print_retranslator = _Retranslator(dialog, update_text)
    return button


def __getattr__(name: str):
    """The printing services, imported on first use (they load ReportLab)."""
    if name in ("certificates", "printed_forms"):
        return importlib.import_module(f"dvk_desktop.services.{name}")
    raise AttributeError(name)
