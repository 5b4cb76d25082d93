"""XLSX, CSV and PDF of one report agree cell for cell."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from dvk_desktop.printing.report_pdf import write_report_pdf
from dvk_desktop.services import report_files
from tests.services import stats_dataset


@pytest.fixture
def files(db, tmp_path):
    """The dataset's report written as CSV, XLSX and PDF."""
    bundle = stats_dataset.bundle(db)
    paths = {ext: tmp_path / f"report.{ext}" for ext in ("csv", "xlsx", "pdf")}
    report_files.write_csv(bundle.document.table, paths["csv"])
    report_files.write_xlsx(bundle.document, paths["xlsx"])
    write_report_pdf(bundle.document, paths["pdf"])
    return bundle, paths


def _csv_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_has_bom_and_the_whole_grid(files):
    bundle, paths = files
    assert paths["csv"].read_bytes().startswith(b"\xef\xbb\xbf")
    expected = [[str(cell) for cell in row] for row in bundle.document.table.grid()]
    assert _csv_rows(paths["csv"]) == expected


def test_xlsx_agrees_with_csv_cell_for_cell(files):
    _bundle, paths = files
    xlsx = report_files.read_xlsx_grid(paths["xlsx"])
    assert [[str(cell) for cell in row] for row in xlsx] == _csv_rows(paths["csv"])


def test_xlsx_keeps_numbers_merges_and_frozen_header(files):
    bundle, paths = files
    sheet = load_workbook(paths["xlsx"])["Biểu thống kê"]
    first = report_files.TABLE_FIRST_ROW
    total = sheet.cell(row=first + 3 + len(bundle.document.table.rows), column=3)
    assert total.value == 8 and total.number_format == "#,##0"
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert f"E{first}:F{first}" in merged  # collective / individual under one title
    assert f"A{first}:A{first + 1}" in merged  # TT spans both header rows
    assert sheet.freeze_panes == f"C{first + 3}"
    assert sheet.cell(row=first + 2, column=20).value == "(20)"
    annex = load_workbook(paths["xlsx"])["Danh sách"]
    assert annex.cell(row=2, column=2).value == "Khu dân cư an toàn"


def _pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_pdf_table_rows_carry_the_same_numbers(files):
    bundle, paths = files
    lines = _pdf_text(paths["pdf"]).splitlines()
    for row in bundle.document.table.body_rows():
        name = str(row[1])
        line = next(line for line in lines if name in line and "Kèm" not in line)
        after = line.split(name, 1)[1]
        numbers = [int(n.replace(".", "")) for n in re.findall(r"\d[\d.]*", after)]
        assert numbers == [cell for cell in row[2:] if isinstance(cell, int)], name
