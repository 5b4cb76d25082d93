"""A small bar chart drawn with QPainter: one or two series side by side, values on top."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from dvk_desktop.domain.vntext import format_number

PALETTE = ["#2E6DA4", "#C0392B", "#27AE60", "#8E44AD"]


@dataclass
class Series:
    """Named values, one per label."""

    name: str
    values: list[int]


class BarChart(QWidget):
    """Grouped vertical bars with a title, labels under the bars and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """A comfortable size for one chart of a 2 × 2 grid."""
        return QSize(420, 260)

    def set_data(self, title: str, labels: list[str], series: list[Series]) -> None:
        """Replace what the chart shows and repaint."""
        self.title, self.labels, self.series = title, list(labels), list(series)
        self.update()

    def maximum(self) -> int:
        """The largest value shown (at least 1, so an empty chart still has a scale)."""
        return max([1] + [v for s in self.series for v in s.values])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the title, the bars with their values, the labels and the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(0, 2, self.width(), line), Qt.AlignmentFlag.AlignCenter,
                         self.title)
        plot = QRectF(8, line * 2 + 4, self.width() - 16, self.height() - line * 6)
        self._draw_bars(painter, plot, line)
        self._draw_legend(painter, line)
        painter.end()

    def _draw_bars(self, painter: QPainter, plot: QRectF, line: int) -> None:
        if not self.labels or plot.height() <= 0:
            return
        slot = plot.width() / len(self.labels)
        bar = max(2.0, slot * 0.8 / max(1, len(self.series)))
        top = self.maximum()
        painter.setPen(QColor("#888888"))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for index, label in enumerate(self.labels):
            left = plot.left() + slot * index + slot * 0.1
            for number, series in enumerate(self.series):
                value = series.values[index] if index < len(series.values) else 0
                height = plot.height() * value / top
                rect = QRectF(left + bar * number, plot.bottom() - height, bar, height)
                painter.fillRect(rect, QColor(PALETTE[number % len(PALETTE)]))
                painter.setPen(QColor("black"))
                painter.drawText(QRectF(rect.left() - 10, rect.top() - line, bar + 20, line),
                                 Qt.AlignmentFlag.AlignCenter, format_number(value))
            text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                    int(slot))
            painter.drawText(QRectF(plot.left() + slot * index, plot.bottom() + 2, slot,
                                    line * 2), Qt.AlignmentFlag.AlignHCenter, text)

    def _draw_legend(self, painter: QPainter, line: int) -> None:
        if len(self.series) < 2:
            return
        x = 8.0
        y = self.height() - line - 2
        for number, series in enumerate(self.series):
            painter.fillRect(QRectF(x, y + 3, line - 6, line - 6),
                             QColor(PALETTE[number % len(PALETTE)]))
            painter.drawText(QRectF(x + line, y, 200, line), Qt.AlignmentFlag.AlignLeft,
                             series.name)
            x += line + painter.fontMetrics().horizontalAdvance(series.name) + 16
