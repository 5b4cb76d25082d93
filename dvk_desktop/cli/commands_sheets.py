"""Spreadsheet commands: export-sheet (XLSX/CSV) and import-sheet with a row-by-row report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvk_desktop.domain.records import EntryFilter
from dvk_desktop.services import spreadsheet_import, spreadsheets
from dvk_desktop.services.office import get_office


def register(sub, common: argparse.ArgumentParser) -> None:
    """Add the spreadsheet commands to the parser."""
    exp = sub.add_parser("export-sheet", parents=[common],
                         help="write the registry (or a filtered part) to .xlsx or .csv")
    exp.add_argument("--out", required=True, metavar="FILE", help=".xlsx or .csv")
    exp.add_argument("--search", default="", metavar="TEXT")
    exp.add_argument("--year", type=int)
    exp.add_argument("--field", metavar="CODE")
    exp.add_argument("--type", choices=["model", "exemplar"])
    exp.add_argument("--scope", choices=["collective", "individual"])
    exp.set_defaults(handler=run_export_sheet)

    imp = sub.add_parser("import-sheet", parents=[common],
                         help="import entries from an existing .xlsx or .csv spreadsheet")
    imp.add_argument("path", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="only check the rows")
    imp.add_argument("--header-row", type=int, metavar="N", help="row of the headings (1-based)")
    imp.add_argument("--map", action="append", default=[], metavar="COL=FIELD",
                     help="column letter or number and field, e.g. B=title "
                          f"(fields: {', '.join(spreadsheet_import.FIELD_NAMES)})")
    imp.set_defaults(handler=run_import_sheet)


def run_export_sheet(args, ctx) -> int:
    """dvk-desktop export-sheet."""
    flt = EntryFilter(text=args.search, year=args.year, field_code=args.field,
                      entry_type=args.type, scope=args.scope)
    count = spreadsheets.export_sheet(ctx.db, Path(args.out), flt, ctx.language)
    print(ctx.say(f"Đã ghi {count} dòng vào {args.out}.", f"Wrote {count} rows to {args.out}."))
    return 0


def _column(text: str) -> int:
    text = text.strip().upper()
    if text.isdigit():
        return int(text) - 1
    number = 0
    for ch in text:
        number = number * 26 + ord(ch) - ord("A") + 1
    return number - 1


def _mapping(args, path: Path):
    if args.header_row is None and not args.map:
        return None
    guessed = spreadsheet_import.guess_mapping(spreadsheets.read_sheet(path))
    if args.header_row is not None:
        guessed.header_row = args.header_row - 1
    for item in args.map:
        col, _, name = item.partition("=")
        if name not in spreadsheet_import.FIELD_NAMES:
            raise ValueError(name)
        guessed.columns = {c: n for c, n in guessed.columns.items() if n != name}
        guessed.columns[_column(col)] = name
    return guessed


def run_import_sheet(args, ctx) -> int:
    """dvk-desktop import-sheet: check every row; import only when all kept rows are valid."""
    path = Path(args.path)
    try:
        mapping = _mapping(args, path)
    except ValueError as exc:
        print(ctx.say(f"Trường không hợp lệ trong --map: {exc}", f"Invalid field in --map: {exc}"),
              file=sys.stderr)
        return 2
    plan = spreadsheet_import.plan_sheet(ctx.db, path, mapping)
    columns = ", ".join(f"{c + 1}={n}" for c, n in sorted(plan.mapping.columns.items()))
    print(ctx.say(f"Dòng tiêu đề: {plan.mapping.header_row + 1}; cột: {columns}",
                  f"Heading row: {plan.mapping.header_row + 1}; columns: {columns}"))
    for row in plan.rows:
        if row.skipped_en and any(row.values.values()):
            print(ctx.say(f"  Dòng {row.row_number}: bỏ qua — {row.skipped_vi}",
                          f"  Row {row.row_number}: left out — {row.skipped_en}"))
        for name, vi, en in row.problems:
            print(ctx.say(f"  Dòng {row.row_number}, {name}: {vi}",
                          f"  Row {row.row_number}, {name}: {en}"))
    kept, errors = len(plan.kept), len(plan.errors)
    print(ctx.say(f"{kept} dòng sẽ nhập, {errors} dòng có lỗi.",
                  f"{kept} rows to import, {errors} rows with errors."))
    if errors:
        print(ctx.say("Chưa nhập dòng nào: hãy sửa các lỗi trên.",
                      "Nothing was imported: fix the errors above."), file=sys.stderr)
        return 2
    if args.dry_run:
        return 0
    office = get_office(ctx.db)
    added = spreadsheet_import.commit_sheet(ctx.db, plan, office.officer_name if office else "")
    print(ctx.say(f"Đã nhập {added} mô hình, điển hình.", f"Imported {added} entries."))
    return 0
