"""Small flowables shared by forms: tick boxes, dotted lines to fill by hand, label tables."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from dvk_desktop.printing import text as vt


class CheckBox(Flowable):
    """A square to tick by hand, or ticked (a cross) when ``checked``."""

    def __init__(self, checked: bool = False, size: float = 10) -> None:
        super().__init__()
        self.checked = checked
        self.width = self.height = size

    def draw(self) -> None:
        """Draw the square and, when checked, its cross."""
        canvas, size = self.canv, self.width
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, size, size)
        if self.checked:
            canvas.setLineWidth(1.4)
            canvas.line(2, 2, size - 2, size - 2)
            canvas.line(2, size - 2, size - 2, 2)


class DottedLines(Flowable):
    """``count`` dotted lines across the frame, for answers written by hand."""

    def __init__(self, count: int = 2, spacing: float = 7.5 * mm) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width, one spacing per line."""
        self.width = avail_width
        return avail_width, self.count * self.spacing

    def draw(self) -> None:
        """Draw the dotted lines from the top down."""
        canvas = self.canv
        canvas.setStrokeColor(colors.HexColor("#555555"))
        canvas.setLineWidth(0.5)
        canvas.setDash(0.6, 2.2)
        for index in range(self.count):
            y = (self.count - index - 1) * self.spacing + 1
            canvas.line(0, y, self.width, y)
        canvas.setDash()


class SectionStart(Flowable):
    """Marks where a new document starts in a combined PDF, so page numbers restart."""

    width = height = 0

    def draw(self) -> None:
        """Record the current page as the section's first."""
        self.canv._doctemplate.section_start = self.canv.getPageNumber()


def info_table(rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle],
               width: float, label_ratio: float = 0.30) -> Table:
    """Label/value pairs in two columns; empty values get a dotted line to fill in."""
    data = []
    for label, value in rows:
        text = vt.escape(value) if value and value.strip() else ""
        cell: Paragraph | DottedLines = (Paragraph(text, styles["body_left"]) if text
                                         else DottedLines(1, 6 * mm))
        data.append([Paragraph(f"<b>{vt.escape(label)}:</b>", styles["body_left"]), cell])
    table = Table(data, colWidths=[width * label_ratio, width * (1 - label_ratio)])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def text_or_lines(value: str, style: ParagraphStyle, blank_lines: int = 3
                  ) -> Paragraph | DottedLines:
    """The text as a paragraph, or dotted lines when there is none."""
    if value and value.strip():
        return Paragraph(vt.escape(value), style)
    return DottedLines(blank_lines)
