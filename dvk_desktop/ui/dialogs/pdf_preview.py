"""Preview of a printed document (QtPdf) with print through the system dialog and save as PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    """Shows a PDF page by page; Print sends it to a printer, Save as copies it."""

    def __init__(self, pdf_path: Path, suggested_name: str = "", parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview_dialog")
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name or self.pdf_path.name
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self, objectName="pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setDocument(self.document)
        self.pages_label = QLabel(self, objectName="pages_label")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self, objectName="print_button")
        self.save_button = QPushButton(self, objectName="save_button")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages_label)
        layout.addWidget(self.buttons)
        self.resize(1000, 760)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", self.suggested_name))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.pages_label.setText(self.tr("Pages: %1").replace("%1", str(self.page_count())))

    def page_count(self) -> int:
        """Number of pages of the loaded document."""
        return self.document.pageCount()

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        """The file chosen to save to ("" when cancelled); tests replace this."""
        title = QCoreApplication.translate("PdfPreviewDialog", "Save as PDF")
        kinds = QCoreApplication.translate("PdfPreviewDialog", "PDF documents (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
        return path

    def save_as(self) -> Path | None:
        """Copy the PDF to a file the user chooses."""
        target = self.ask_save_path(self, self.suggested_name)
        if not target:
            return None
        path = Path(target if target.lower().endswith(".pdf") else f"{target}.pdf")
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"),
                                self.tr("The file could not be saved: %1").replace("%1", str(exc)))
            return None
        return path

    @classmethod
    def ask_printer(cls, parent: QWidget, printer: QPrinter) -> bool:
        """Show the system's print dialog; True when the user chose to print."""
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> int:
        """Print through the system's print dialog; returns the number of pages sent."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setFromTo(1, max(self.page_count(), 1))
        self._match_first_page(printer)
        if not self.ask_printer(self, printer):
            return 0
        return render_to_printer(self.document, printer)

    def _match_first_page(self, printer: QPrinter) -> None:
        if self.page_count() == 0:
            return
        size = self.document.pagePointSize(0)
        orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                       else QPageLayout.Orientation.Portrait)
        portrait = size.transposed() if size.width() > size.height() else size
        printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point))
        printer.setPageOrientation(orientation)
        printer.setFullPage(True)  # the PDF already has its margins


def _page_range(document: QPdfDocument, printer: QPrinter) -> range:
    count = document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(printer.fromPage() - 1, min(printer.toPage(), count))
    return range(count)


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint each page of ``document`` onto ``printer`` at print resolution; pages sent."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    sent = 0
    try:
        for index in _page_range(document, printer):
            if sent:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            size = document.pagePointSize(index).toSize() * (_PRINT_DPI / 72)
            image = document.render(index, size)
            scaled = image.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            painter.drawImage(QPointF(0, 0), scaled, QRect(0, 0, scaled.width(),
                                                           scaled.height()))
            sent += 1
    finally:
        painter.end()
    return sent


def show_pdf(parent: QWidget, pdf_path: Path, suggested_name: str = "") -> None:
    """Open the preview of a PDF (modal)."""
    dialog = PdfPreviewDialog(pdf_path, suggested_name, parent)
    dialog.exec()
