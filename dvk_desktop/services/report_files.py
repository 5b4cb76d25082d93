"""The report's figures as XLSX and CSV, cell for cell the same as the PDF's table.

Both are written from :meth:`ReportTable.grid`: two header rows, the "(1) (2) (3) …" row,
one row per unit and the total. The CSV is UTF-8 with a byte-order mark so that Excel
shows Vietnamese letters correctly.
"""

from __future__ import annotations

import csv
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dvk_desktop.domain.report_document import ReportDocument
from dvk_desktop.domain.report_table import HEADER_ROW_COUNT, AnnexTable, ReportTable

TABLE_FIRST_ROW = 4  # the statistics sheet: title, subtitle, blank line, then the table
NUMBER_FORMAT = "#,##0"
FONT = "Times New Roman"
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")


def write_csv(table: ReportTable, path: Path | str, language: str = "vi") -> None:
    """The statistics table as CSV (UTF-8 with BOM), header rows included."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for row in table.grid(language):
            writer.writerow(row)


def _title_rows(sheet: Worksheet, lines: list[str], width: int) -> None:
    for index, text in enumerate(lines, start=1):
        sheet.cell(row=index, column=1, value=text).font = Font(name=FONT, size=13,
                                                                bold=index == 1,
                                                                italic=index > 1)
        sheet.cell(row=index, column=1).alignment = Alignment(horizontal="center")
        sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=width)


def _write_table(sheet: Worksheet, table: ReportTable, language: str) -> None:
    grid = table.grid(language)
    last = len(grid) - 1
    # The few distinct cell styles are made once and copied: building fonts, alignments
    # and borders for every cell (and openpyxl hashing each) was most of the sheet's time.
    styles: dict[tuple, StyleArray] = {}
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            cell = sheet.cell(row=TABLE_FIRST_ROW + r, column=c + 1, value=value)
            header = r < HEADER_ROW_COUNT
            number = isinstance(value, int)
            key = (header, header and r < 2 or r == last, r == 2,
                   header or number or c == 0, header or table.columns[c].key in ("unit", "notes"),
                   number)
            style = styles.get(key)
            if style is not None:
                cell._style = copy(style)
                continue
            bold, italic, centred, wrap = key[1:5]
            cell.border = _BORDER
            cell.font = Font(name=FONT, size=11, bold=bold, italic=italic)
            cell.alignment = Alignment(horizontal="center" if centred else "left",
                                       vertical="center", wrap_text=wrap)
            if header:
                cell.fill = _HEAD_FILL
            if number:
                cell.number_format = NUMBER_FORMAT
            styles[key] = copy(cell._style)
    for span in table.header_spans():
        sheet.merge_cells(start_row=TABLE_FIRST_ROW + span.row0, start_column=span.col0 + 1,
                          end_row=TABLE_FIRST_ROW + span.row1, end_column=span.col1 + 1)
    for c, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = max(6.0, column.width * 9)
    sheet.row_dimensions[TABLE_FIRST_ROW + 1].height = 48
    sheet.freeze_panes = sheet.cell(row=TABLE_FIRST_ROW + HEADER_ROW_COUNT, column=3)


def _write_annex(sheet: Worksheet, annex: AnnexTable, language: str) -> None:
    sheet.append(annex.header_row(language))
    for cell in sheet[1]:
        cell.font = Font(name=FONT, size=11, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = _HEAD_FILL
    for row in annex.body_rows():
        sheet.append(row)
    for c, column in enumerate(annex.columns, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = max(6.0, column.width * 12)
    sheet.freeze_panes = "B2"


def write_xlsx(document: ReportDocument, path: Path | str, language: str = "vi",
               problems: list[tuple[str, str]] | None = None) -> None:
    """The statistics sheet (and the annex and the check's problems, when given)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Biểu thống kê"
    width = len(document.table.columns)
    period_end = document.period_end.strftime("%d/%m/%Y")
    _title_rows(sheet, [document.table_title,
                        f"{document.unit_name} — số liệu đến ngày {period_end}"], width)
    _write_table(sheet, document.table, language)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.print_title_rows = f"{TABLE_FIRST_ROW}:{TABLE_FIRST_ROW + HEADER_ROW_COUNT - 1}"
    if document.annex is not None:
        _write_annex(book.create_sheet("Danh sách"), document.annex, language)
    if problems is not None:
        check = book.create_sheet("Kiểm tra")
        check.append(["Mức độ", "Nội dung"])
        for severity, message in problems or [("ok", "Không phát hiện sai lệch.")]:
            check.append([severity, message])
        check.column_dimensions["B"].width = 120
    book.save(str(path))


def read_xlsx_grid(path: Path | str) -> list[list]:
    """The statistics table read back from an XLSX (for checks and tests)."""
    from openpyxl import load_workbook

    sheet = load_workbook(str(path), read_only=True)["Biểu thống kê"]
    rows = []
    for row in sheet.iter_rows(min_row=TABLE_FIRST_ROW, values_only=True):
        rows.append(["" if value is None else value for value in row])
    return rows
