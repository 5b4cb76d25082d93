"""The periodic report as PDF: state layout (Decree 30/2020) or Party layout (36-HD/VPTW).

Portrait pages carry the header block, title, summary and signature; landscape pages carry
Annex I (the statistics table, with its "(1) (2) (3) …" row and total) and Annex II (the
list of entries). Every cell comes from :class:`ReportTable`, as in the XLSX and CSV files.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dvk_desktop.domain.report_document import ReportDocument, ReportHeader
from dvk_desktop.domain.report_table import HEADER_ROW_COUNT, AnnexTable, ReportTable
from dvk_desktop.domain.vntext import format_number
from dvk_desktop.printing import document as official
from dvk_desktop.printing import text as vt
from dvk_desktop.printing.fonts import family_faces, register_fonts
from dvk_desktop.printing.layout import MeasuredParagraph

LANDSCAPE_MARGINS = (20 * mm, 15 * mm, 20 * mm, 15 * mm)  # top, bottom, left, right
TABLE_FONT = 9.0


class ReportTemplate(BaseDocTemplate):
    """A4 portrait pages for the text, landscape pages for the annexes; numbers from page 2."""

    def __init__(self, path: Path | str, family: str, title: str) -> None:
        super().__init__(str(path), pagesize=A4, leftMargin=official.MARGIN_LEFT,
                         rightMargin=official.MARGIN_RIGHT, topMargin=official.MARGIN_TOP,
                         bottomMargin=official.MARGIN_BOTTOM, title=title,
                         author="DVK Desktop", subject=title)
        self.family = family
        portrait = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                         id="portrait", leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)
        wide_w, wide_h = landscape(A4)
        top, bottom, left, right = LANDSCAPE_MARGINS
        self.wide_width = wide_w - left - right
        self.wide_height = wide_h - top - bottom
        wide = Frame(left, bottom, self.wide_width, self.wide_height, id="wide",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="portrait", frames=[portrait], onPageEnd=self._number, pagesize=A4),
            PageTemplate(id="wide", frames=[wide], onPageEnd=self._number,
                         pagesize=landscape(A4)),
        ])

    def _number(self, canvas, doc) -> None:  # noqa: ANN001 - ReportLab's callback
        if doc.page < 2:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(family_faces(self.family).regular, 13)
        canvas.drawCentredString(width / 2, height - 12 * mm, str(doc.page))
        canvas.restoreState()


def _cell_styles(family: str) -> dict[str, ParagraphStyle]:
    faces = family_faces(family)

    def style(name: str, bold: bool = False, italic: bool = False, align: int = TA_CENTER,
              size: float = TABLE_FONT) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=faces.face(bold, italic), fontSize=size,
                              leading=size * 1.2, alignment=align)

    return {"head": style("t_head", bold=True), "num": style("t_num", italic=True),
            "left": style("t_left", align=TA_LEFT), "bold_left": style("t_bl", True, align=TA_LEFT),
            "center": style("t_center")}


def _widths(weights: list[float], total: float) -> list[float]:
    scale = total / sum(weights)
    return [w * scale for w in weights]


def _grid_style(header_rows: int, faces) -> list[tuple]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("FONT", (0, 0), (-1, -1), faces.regular, TABLE_FONT),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#F2F2F2")),
    ]


def statistics_flowable(table: ReportTable, family: str, width: float) -> Table:
    """The statistics table with two header rows, the number row and the total row."""
    styles = _cell_styles(family)
    faces = family_faces(family)
    head = table.header_rows()
    data: list[list] = [[MeasuredParagraph(vt.escape(text), styles["head"]) for text in row]
                        for row in head[:2]]
    data.append([MeasuredParagraph(text, styles["num"]) for text in head[2]])
    body = table.body_rows()
    for index, row in enumerate(body):
        cells = [_body_cell(col.key, value, styles) for col, value in
                 zip(table.columns, row, strict=True)]
        if index == len(body) - 1:  # the total row
            cells[1] = MeasuredParagraph(vt.escape(str(row[1])), styles["bold_left"])
        data.append(cells)
    result = Table(data, colWidths=_widths([c.width for c in table.columns], width),
                   repeatRows=HEADER_ROW_COUNT)
    commands = _grid_style(HEADER_ROW_COUNT, faces)
    commands += [("SPAN", (s.col0, s.row0), (s.col1, s.row1)) for s in table.header_spans()]
    commands += [("FONT", (0, len(data) - 1), (-1, len(data) - 1), faces.bold, TABLE_FONT)]
    result.setStyle(TableStyle(commands))
    return result


def _body_cell(key: str, value, styles):  # noqa: ANN001, ANN202 - a cell of any kind
    if isinstance(value, int):
        return format_number(value)
    if key in ("unit", "notes"):
        return MeasuredParagraph(vt.escape(value), styles["left"])
    return value


def _row_height(cells: list, widths: list[float]) -> float:
    """Height of a table row: its tallest cell plus the cell padding."""
    tallest = TABLE_FONT * 1.2
    for cell, width in zip(cells, widths, strict=True):
        if isinstance(cell, Paragraph):
            tallest = max(tallest, cell.wrap(width - 4, 10_000)[1])
    return tallest + 4 + 0.5


def paginate(heights: list[float], first: float, later: float) -> list[range]:
    """Rows per page: as many as fit below the header, ``first`` then ``later`` points high."""
    pages: list[range] = []
    start, room, used = 0, first, 0.0
    for index, height in enumerate(heights):
        if used + height > room and index > start:
            pages.append(range(start, index))
            start, room, used = index, later, 0.0
        used += height
    pages.append(range(start, len(heights)))
    return pages


def annex_flowables(annex: AnnexTable, family: str, width: float, first_room: float,
                    page_room: float) -> list:
    """Annex II cut into one table per page, each with its header row.

    Rows are measured once and packed into pages here, instead of letting one long table
    split itself again and again (which costs time in proportion to rows times pages).
    """
    styles = _cell_styles(family)
    faces = family_faces(family)
    widths = _widths([c.width for c in annex.columns], width)
    head = [MeasuredParagraph(vt.escape(text), styles["head"]) for text in annex.header_row()]
    wrapped = {"title", "unit", "place", "results", "recognition", "award", "field"}
    keys = [c.key for c in annex.columns]
    # A text repeated in a column (a unit, a field) is one paragraph, measured once.
    shared: dict[tuple[str, str], MeasuredParagraph] = {}

    def cell(key: str, value):  # noqa: ANN001, ANN202 - a cell of any kind
        if key not in wrapped or not value:
            return value
        found = shared.get((key, value))
        if found is None:
            found = shared[(key, value)] = MeasuredParagraph(vt.escape(value), styles["left"])
        return found

    body = [[cell(k, v) for k, v in zip(keys, row, strict=True)]
            for row in annex.body_rows()]
    head_height = _row_height(head, widths)
    heights = [_row_height(row, widths) for row in body]
    story: list = []
    for number, rows in enumerate(paginate(heights, first_room - head_height,
                                           page_room - head_height)):
        table = Table([head] + body[rows.start:rows.stop], colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(_grid_style(1, faces)))
        story += [PageBreak()] if number else []
        story.append(table)
    return story


def _header_block(header: ReportHeader) -> official.HeaderBlock:
    return official.HeaderBlock(
        body_lines=[line for line in (header.parent_body, header.issuing_body) if line.strip()],
        number=header.number_line(), party=header.layout == "party",
        place_date=vt.place_date(header.place, header.issued_on))


def _signature(header: ReportHeader, styles, width: float) -> Table:  # noqa: ANN001
    recipients = [Paragraph("<b><i>Nơi nhận:</i></b>", styles["small_italic"])]
    items = header.recipients or ["Lưu: VT"]
    for i, line in enumerate(items):
        end = "." if i == len(items) - 1 else ";"
        recipients.append(Paragraph(f"- {vt.escape(line.rstrip(';.'))}{end}",
                                    ParagraphStyle("rcp", parent=styles["small_italic"],
                                                   fontName=styles["body_left"].fontName,
                                                   fontSize=11, leading=13)))
    title = " ".join(x for x in (header.signer_prefix, header.signer_title) if x.strip())
    lines = [vt.escape(vt.upper(t)) for t in (title, header.signer_subtitle) if t.strip()]
    sign = [Paragraph("<br/>".join(lines) or "&nbsp;", styles["sign_title"]),
            Spacer(1, 28 * mm), Paragraph(vt.escape(header.signer_name), styles["sign_name"])]
    table = Table([[recipients, sign]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _annex_heading(number: str, title: str, document: ReportDocument, styles) -> list:  # noqa: ANN001
    header = document.header
    note = (f"(Kèm theo Báo cáo số {header.number.strip() or '……'} "
            f"{vt.vn_date(header.issued_on)})")
    return [Paragraph(f"PHỤ LỤC {number}", styles["title"]),
            Paragraph(vt.escape(title), styles["subtitle"]),
            Paragraph(vt.escape(note), styles["place_date"]), Spacer(1, 4 * mm)]


def _front_pages(document: ReportDocument, styles, width: float) -> list:
    body = ParagraphStyle("report_body", parent=styles["body"], fontSize=14, leading=18,
                          firstLineIndent=10 * mm, spaceAfter=6)
    story: list = [official.header_table(_header_block(document.header), styles, width),
                   Spacer(1, 8 * mm), Paragraph("BÁO CÁO", styles["title"]),
                   Paragraph(vt.escape(document.title_line), styles["subtitle"]),
                   HRFlowable(width="22%", thickness=0.6, color=colors.black, spaceBefore=6,
                              spaceAfter=0, hAlign="CENTER"),
                   Spacer(1, 6 * mm)]
    story += [Paragraph(vt.escape(text), body) for text in document.summary]
    story += [Spacer(1, 6 * mm), _signature(document.header, styles, width)]
    return story


def write_report_pdf(document: ReportDocument, path: Path | str,
                     prefer_times: bool = False) -> int:
    """Write the report; returns the number of pages."""
    family = register_fonts(prefer_times)
    styles = official.document_styles(family, body_size=14)
    doc = ReportTemplate(path, family, f"Báo cáo {document.title_line}")
    story = _front_pages(document, styles, doc.width)
    story += [NextPageTemplate("wide"), PageBreak()]
    story += _annex_heading("I", document.table_title, document, styles)
    story.append(statistics_flowable(document.table, family, doc.wide_width))
    if document.annex is not None:
        story += [PageBreak()]
        heading = _annex_heading("II", "DANH SÁCH MÔ HÌNH, ĐIỂN HÌNH MỚI TRONG KỲ", document,
                                 styles)
        room = doc.wide_height - sum(f.wrap(doc.wide_width, doc.wide_height)[1]
                                     + f.getSpaceBefore() + f.getSpaceAfter() for f in heading)
        story += heading
        story += annex_flowables(document.annex, family, doc.wide_width, room - 6,
                                 doc.wide_height - 6)
    doc.build(story)
    return doc.page
