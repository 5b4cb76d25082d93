"""The Reports page: choose a unit and a period, see the table, the check and the charts,
and export the report as PDF, XLSX or CSV.

Counting (and writing an export) runs on a worker thread with its own database sessions,
so the window stays responsive at a province's or the nation's scale; the page shows that
it is busy, and the result is put on screen by the GUI thread when it arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.enums import CANONICAL_FIELDS
from dvk_desktop.domain.periods import parse_period
from dvk_desktop.domain.validation import current_year
from dvk_desktop.domain.vntext import format_number
from dvk_desktop.services import report_files, reports, statistics
from dvk_desktop.ui.background import Job, JobSignals
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.errors import guard_slot, report
from dvk_desktop.ui.widgets.bar_chart import BarChart, Series

CHART_UNITS = 12


def period_choices(year: int) -> list[str]:
    """Codes offered in the period box: recent halves and years, and the current term."""
    return [f"{year}H1", f"{year - 1}", f"{year - 1}H2", f"{year - 1}H1", f"{year}",
            "2021-2025", "2026-2030"]


@dataclass
class ReportResult:
    """What a worker hands back: the report, its charts' figures, the file written."""

    bundle: reports.ReportBundle
    charts: reports.ChartData
    saved: Path | None = None


def compute_report(db, unit: str, period_code: str, kind: str | None = None,  # noqa: ANN001
                   target: Path | None = None, language: str = "vi",
                   limit: int = 12) -> ReportResult:
    """Count the report (and write it as ``kind`` to ``target``); safe on any thread.

    Only the services are used, and each opens its own database session.
    """
    period = parse_period(period_code)
    bundle = reports.build_report(db, unit, period, with_annex=kind in ("pdf", "xlsx"))
    charts = reports.chart_data(db, bundle, limit)
    if kind is not None and target is not None:
        if kind == "pdf":
            from dvk_desktop.printing.report_pdf import write_report_pdf

            write_report_pdf(bundle.document, target)
        elif kind == "xlsx":
            report_files.write_xlsx(bundle.document, target, problems=[
                (p.severity, p.message(language)) for p in bundle.statistics.problems])
        else:
            report_files.write_csv(bundle.document.table, target, language)
    return ReportResult(bundle, charts, target if kind is not None else None)


class ReportsPage(QWidget):
    """Statistics of a unit for a period, with the check, charts and exports."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reports_page")
        self.bundle: reports.ReportBundle | None = None
        self.chart_figures: reports.ChartData | None = None
        self.busy = False
        self._job_number = 0
        self._pool = QThreadPool(self)  # deleting the page waits for a running job
        self._pool.setMaxThreadCount(1)
        self._signals = JobSignals(self)
        self._signals.done.connect(self._job_done)
        self._signals.failed.connect(self._job_failed)
        self.unit_combo = QComboBox(self, objectName="unit_combo")
        for code, name in reports.choosable_units(ctx.db, ctx.office.unit_code):
            self.unit_combo.addItem(f"{name} ({code})", code)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(12)
        self.period_combo = QComboBox(self, objectName="period_combo", editable=True)
        self.period_combo.addItems(period_choices(current_year()))
        self.period_label = QLabel(self, objectName="period_label")
        self.show_button = QPushButton(self, objectName="show_button")
        self.export_buttons = {kind: QPushButton(self, objectName=f"export_{kind}_button")
                               for kind in ("pdf", "xlsx", "csv")}
        self.unit_caption, self.period_caption = QLabel(self), QLabel(self)
        self.summary_label = QLabel(self, objectName="summary_label", wordWrap=True)
        self.table = QTableWidget(self, objectName="statistics_table")
        self.table.verticalHeader().setVisible(False)  # the "TT" column numbers the rows
        self.problems = QListWidget(self, objectName="problems_list")
        self.charts = {key: BarChart(self) for key in ("field", "unit", "year", "target")}
        self.tabs = QTabWidget(self, objectName="report_tabs")
        self._lay_out()
        self.period_combo.currentTextChanged.connect(self._describe_period)
        self.show_button.clicked.connect(self.refresh)
        for kind, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self.export(k))
        self.retranslate_ui()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.unit_caption, self.unit_combo, self.period_caption,
                       self.period_combo, self.show_button):
            bar.addWidget(widget)
        bar.addStretch()
        exports = QHBoxLayout()
        exports.addWidget(self.period_label)
        exports.addWidget(self.summary_label, 1)
        for button in self.export_buttons.values():
            exports.addWidget(button)
        charts = QWidget(self)
        grid = QGridLayout(charts)
        for index, chart in enumerate(self.charts.values()):
            grid.addWidget(chart, index // 2, index % 2)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(charts, "")
        self.tabs.addTab(self.problems, "")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(exports)
        layout.addWidget(self.tabs, 1)

    def title(self) -> str:
        """Name of the page in the navigation."""
        return self.tr("Reports")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.unit_caption.setText(self.tr("Unit:"))
        self.period_caption.setText(self.tr("Period:"))
        self.show_button.setText(self.tr("Show"))
        self.export_buttons["pdf"].setText(self.tr("Export PDF…"))
        self.export_buttons["xlsx"].setText(self.tr("Export Excel…"))
        self.export_buttons["csv"].setText(self.tr("Export CSV…"))
        self.period_combo.setToolTip(self.tr("2024H1 = first half of 2024; 2024 = the year; "
                                             "2021-2025 = several years; "
                                             "2024-01-01:2024-06-30 = any dates"))
        self.tabs.setTabText(0, self.tr("Table"))
        self.tabs.setTabText(1, self.tr("Charts"))
        self.tabs.setTabText(2, self.tr("Check"))
        self._describe_period(self.period_combo.currentText())
        if self.bundle is not None and self.chart_figures is not None:
            self._show(self.bundle, self.chart_figures)

    def _describe_period(self, text: str) -> None:
        try:
            self.period_label.setText(parse_period(text).label(self.ctx.language))
        except Exception:
            self.period_label.setText(self.tr("(not a period)"))

    @guard_slot
    def refresh(self) -> None:
        """Count the figures of the chosen unit and period (on a worker) and show them."""
        self._start()

    def _start(self, kind: str | None = None, target: Path | None = None) -> None:
        period = self.period_combo.currentText()
        parse_period(period)  # a bad period is refused here, before any work starts
        unit, db, language = self.unit_combo.currentData(), self.ctx.db, self.ctx.language
        self._job_number += 1
        self._set_busy(True)
        self._pool.start(Job(self._job_number, lambda: compute_report(
            db, unit, period, kind, target, language, CHART_UNITS), self._signals))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.show_button.setEnabled(not busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.summary_label.setText(self.tr("Counting…"))
        else:
            self.unsetCursor()

    def prepare_screenshot(self) -> None:
        """The report counted and on screen, for a picture of the page."""
        import time

        from PySide6.QtCore import QCoreApplication

        self.refresh()
        self.wait_until_idle(60000)
        deadline = time.monotonic() + 10
        while self.busy and time.monotonic() < deadline:  # the result comes by a signal
            QCoreApplication.processEvents()

    def wait_until_idle(self, timeout_ms: int = -1) -> bool:
        """Block until the running job (if any) has finished; for closing and for tests."""
        return self._pool.waitForDone(timeout_ms)

    def _job_done(self, number: int, result: ReportResult) -> None:
        if number != self._job_number:
            return  # a newer request is on its way
        self._set_busy(False)
        self.bundle, self.chart_figures = result.bundle, result.charts
        self._show(result.bundle, result.charts)
        if result.saved is not None:
            self.status_message.emit(self.tr("Saved %1").replace("%1", str(result.saved)))

    def _job_failed(self, number: int, exc: BaseException) -> None:
        if number != self._job_number:
            return
        self._set_busy(False)
        if self.bundle is not None and self.chart_figures is not None:
            self._show(self.bundle, self.chart_figures)
        else:
            self.summary_label.clear()
        report(exc, self)

    def _show(self, bundle: reports.ReportBundle, charts: reports.ChartData) -> None:
        self._fill_table(bundle)
        self._fill_problems(bundle.statistics.problems)
        self._fill_charts(bundle, charts)
        total = bundle.document.table.total
        self.summary_label.setText(
            self.tr("%1 new in the period (%2 collective, %3 individual); %4 cumulative at "
                    "its end.").replace("%1", format_number(total.value("new")))
            .replace("%2", format_number(total.value("collective")))
            .replace("%3", format_number(total.value("individual")))
            .replace("%4", format_number(total.value("cumulative"))))

    def _fill_table(self, bundle: reports.ReportBundle) -> None:
        table = bundle.document.table
        language = self.ctx.language
        headers = table.header_rows(language)
        self.table.clear()
        self.table.setColumnCount(len(table.columns))
        labels = [f"{low or top}\n{number}" for top, low, number in zip(*headers, strict=True)]
        self.table.setHorizontalHeaderLabels(labels)
        body = table.body_rows(language)
        self.table.setRowCount(len(body))
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(body):
            for c, value in enumerate(row):
                item = QTableWidgetItem(format_number(value) if isinstance(value, int)
                                        else str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == len(body) - 1:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _fill_problems(self, problems: list[statistics.Problem]) -> None:
        self.problems.clear()
        names = {"error": self.tr("Error"), "warning": self.tr("Warning"),
                 "info": self.tr("Note")}
        for problem in problems:
            self.problems.addItem(f"{names.get(problem.severity, problem.severity)}: "
                                  f"{problem.message(self.ctx.language)}")
        if not problems:
            self.problems.addItem(self.tr("No inconsistency found."))
        count = sum(1 for p in problems if p.severity == "error")
        self.tabs.setTabText(2, self.tr("Check (%1 errors)").replace("%1", str(count))
                             if count else self.tr("Check"))

    def _fill_charts(self, bundle: reports.ReportBundle, data: reports.ChartData) -> None:
        en = self.ctx.language == "en"
        total = bundle.document.table.total
        self.charts["field"].set_data(
            self.tr("New in the period by field"),
            [en_name if en else vi for _code, vi, en_name in CANONICAL_FIELDS],
            [Series(self.tr("New"), [total.value(f"field_{c}") for c, _v, _e in CANONICAL_FIELDS])])
        self.charts["unit"].set_data(self.tr("New in the period by unit"), data.unit_labels,
                                     [Series(self.tr("New"), data.unit_values)])
        self.charts["year"].set_data(self.tr("Registered by year"),
                                     [str(y) for y in data.years], [Series(self.tr("New"),
                                                                           data.year_values)])
        self.charts["target"].set_data(
            self.tr("Models against targets, %1").replace("%1", str(data.target_year)),
            data.target_labels, [Series(self.tr("Registered"), data.target_actuals),
                                 Series(self.tr("Target"), data.target_values)])

    def ask_save_path(self, kind: str) -> str:
        """Where to save the export (tests replace this)."""
        suggested = f"bao-cao-{self.period_combo.currentText().replace(':', '_')}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested,
                                              f"{kind.upper()} (*.{kind})")
        return path

    @guard_slot
    def export(self, kind: str) -> None:
        """Write the report (counted again, so it is current) as PDF, XLSX or CSV.

        The counting and the writing run on the worker; the page shows the counted report
        and says where the file was saved when it is done.
        """
        path = self.ask_save_path(kind)
        if not path:
            return
        self._start(kind, Path(path))
