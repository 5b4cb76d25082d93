"""Excel and CSV: export the registry (or a filtered table); read existing spreadsheets.

CSV is written in UTF-8 with a byte-order mark so Excel shows Vietnamese letters. Reading
tolerates title rows above the header, merged cells, stray spaces and text dates; the
header row and the meaning of each column are guessed from common Vietnamese headings and
can be corrected by the officer (the mapping step) before anything is imported.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from dvk_desktop.db.database import Database
from dvk_desktop.domain.enums import EntryType, Level, Scope, Status
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.records import EntryFilter, EntryRecord
from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services import entries
from dvk_desktop.services.safe_files import atomic_output

EXPORT_COLUMNS: list[tuple[str, str, str]] = [
    ("title", "Tên mô hình, điển hình", "Title"),
    ("entry_type", "Loại", "Type"),
    ("scope", "Tập thể/Cá nhân", "Collective/Individual"),
    ("field", "Lĩnh vực", "Field"),
    ("level", "Cấp", "Level"),
    ("unit_name", "Đơn vị", "Unit"),
    ("unit_code", "Mã đơn vị", "Unit code"),
    ("location", "Địa bàn", "Location"),
    ("year", "Năm", "Year"),
    ("start_date", "Ngày bắt đầu", "Start date"),
    ("status", "Trạng thái", "Status"),
    ("person_name", "Họ và tên", "Full name"),
    ("person_position", "Chức vụ", "Position"),
    ("money_vnd", "Kinh phí huy động (đồng)", "Money mobilised (VND)"),
    ("land_m2", "Đất hiến (m²)", "Land donated (m²)"),
    ("working_days", "Ngày công", "Working days"),
    ("beneficiaries", "Số hộ/người hưởng lợi", "Beneficiaries"),
    ("results_notes", "Kết quả", "Results"),
]
MAX_SHEET_ROWS = 200_000


def _cell(record: EntryRecord, key: str, language: str):
    data = record.data
    labels = {"entry_type": EntryType, "scope": Scope, "level": Level, "status": Status}
    if key in labels:
        return labels[key](getattr(data, key)).label(language)
    if key == "field":
        return record.field_name
    if key in ("unit_name", "unit_code"):
        return getattr(record, key)
    return getattr(data, key)


def export_rows(db: Database, flt: EntryFilter | None, language: str):
    """Header and rows (plain values) of the registry table, in Vietnamese order."""
    header = ["STT"] + [vi if language != "en" else en for _k, vi, en in EXPORT_COLUMNS]
    records = entries.list_entries(db, flt or EntryFilter(), language=language)
    rows = ([n] + [_cell(r, k, language) for k, _vi, _en in EXPORT_COLUMNS]
            for n, r in enumerate(records, 1))
    return header, rows


def export_sheet(db: Database, out: Path, flt: EntryFilter | None = None,
                 language: str = "vi") -> int:
    """Write the registry to XLSX or CSV (by the file's extension); returns the row count."""
    header, rows = export_rows(db, flt, language)
    out = Path(out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise DomainError("Chỉ xuất được tệp .xlsx hoặc .csv.", "Only .xlsx or .csv can be written.")
    with atomic_output(out) as partial:  # never a half-written file (e.g. on a full disk)
        if out.suffix.lower() == ".csv":
            return _write_csv(partial, header, rows)
        return _write_xlsx(partial, header, rows)


def _write_csv(out: Path, header: list, rows) -> int:
    count = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    return count


def _write_xlsx(out: Path, header: list, rows) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for index, width in enumerate([6, 60] + [16] * (len(header) - 2)):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    titles = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        titles.append(cell)
    sheet.append(titles)
    count = 0
    for row in rows:
        sheet.append(row)
        count += 1
    book.save(out)
    return count


@dataclass
class Sheet:
    """Cells of a spreadsheet as text (merged ranges filled with their value)."""

    rows: list[list[str]] = field(default_factory=list)


_SPACES = re.compile(r"\s+")


def cell_text(value) -> str:
    """A cell's value as clean text (dates as ISO, whole numbers without '.0')."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _SPACES.sub(" ", str(value)).strip()


def read_sheet(path: Path) -> Sheet:
    """Read the first worksheet of an .xlsx file, or a CSV file."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".csv":
            return _read_csv(path)
        book = load_workbook(path, data_only=True)
    except (OSError, ValueError, KeyError, csv.Error) as exc:
        raise DomainError(f"Không đọc được bảng tính “{path.name}”.",
                          f"Cannot read the spreadsheet “{path.name}”.") from exc
    sheet = book.worksheets[0]
    if sheet.max_row > MAX_SHEET_ROWS:
        raise DomainError("Bảng tính có quá nhiều dòng.", "The spreadsheet has too many rows.")
    grid = [[cell_text(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, merged.max_row):
            for c in range(merged.min_col - 1, merged.max_col):
                grid[r][c] = value
    return Sheet(grid)


def _read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1258", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:8192]
    delimiter = max(",;\t", key=sample.count)  # Excel in Vietnamese locales writes ';'
    lines = text.splitlines()
    return Sheet([[cell_text(v) for v in row] for row in csv.reader(lines, delimiter=delimiter)])


def heading_key(text: str) -> str:
    """A heading without case, diacritics, punctuation or extra spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", search_key(text)).split())
