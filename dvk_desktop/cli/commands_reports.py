"""``dvk-desktop report`` (the periodic report) and ``dvk-desktop book`` (typical models)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.periods import parse_period
from dvk_desktop.services import book, office, report_files, reports

FORMATS = ("pdf", "xlsx", "csv")


def register(sub, common) -> None:
    """Add the report and book commands to the parser."""
    rep = sub.add_parser("report", parents=[common],
                         help="the periodic report of a unit (PDF, XLSX or CSV)")
    rep.add_argument("--unit", metavar="CODE", help="unit code (default: this office's unit)")
    rep.add_argument("--period", required=True, metavar="PERIOD",
                     help="2024H1, 2024H2, 2024, 2021-2025 or FROM:TO (2024-01-01:2024-06-30)")
    rep.add_argument("--format", choices=FORMATS, help="default: from the file's extension")
    rep.add_argument("--out", required=True, metavar="FILE")
    rep.add_argument("--layout", choices=["state", "party"],
                     help="state (Decree 30/2020) or Party (36-HD/VPTW); default from Settings")
    rep.add_argument("--no-annex", action="store_true", help="leave out the list of entries")
    rep.add_argument("--strict", action="store_true",
                     help="write nothing and exit 3 when the check finds an error")
    rep.set_defaults(handler=run_report)
    head = sub.add_parser("report-header", parents=[common],
                          help="show or change the report's header and signer (Settings)")
    for name in reports.HEADER_KEYS:
        head.add_argument("--" + name.replace("_", "-"), dest=name, metavar="TEXT",
                          help="recipients: one per line" if name == "recipients" else None)
    head.set_defaults(handler=run_report_header)
    bk = sub.add_parser("book", parents=[common], help="the book of typical models (PDF)")
    chosen = bk.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--ids", metavar="FILE", help="file with one entry id per line")
    chosen.add_argument("--outstanding", action="store_true",
                        help="every outstanding entry of the year (needs --year)")
    bk.add_argument("--year", type=int)
    bk.add_argument("--unit", metavar="CODE", help="only this unit and the units below it")
    bk.add_argument("--title", default="NHỮNG MÔ HÌNH, ĐIỂN HÌNH “DÂN VẬN KHÉO” TIÊU BIỂU")
    bk.add_argument("--out", required=True, metavar="FILE")
    bk.set_defaults(handler=run_book)


def _format(args) -> str:
    if args.format:
        return args.format
    suffix = Path(args.out).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise DomainError("Hãy chọn --format pdf, xlsx hoặc csv.",
                          "Choose --format pdf, xlsx or csv.")
    return suffix


def _unit(args, ctx) -> str:
    if args.unit:
        return args.unit
    info = office.get_office(ctx.db)
    if info is None:
        raise DomainError("Chưa thiết lập cơ quan: hãy chỉ rõ --unit.",
                          "The office is not set up: give --unit.")
    return info.unit_code


def _print_problems(problems, ctx) -> None:
    labels = {"error": ctx.say("Lỗi", "Error"), "warning": ctx.say("Cảnh báo", "Warning"),
              "info": ctx.say("Lưu ý", "Note")}
    for problem in problems:
        print(f"{labels.get(problem.severity, problem.severity)}: "
              f"{problem.message(ctx.language)}", file=sys.stderr)


def run_report(args, ctx) -> int:
    """dvk-desktop report."""
    kind = _format(args)
    period = parse_period(args.period)
    bundle = reports.build_report(ctx.db, _unit(args, ctx), period, layout=args.layout,
                                  with_annex=not args.no_annex and kind != "csv")
    problems = bundle.statistics.problems
    _print_problems(problems, ctx)
    if args.strict and any(p.severity == "error" for p in problems):
        return 3
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if kind == "pdf":
        from dvk_desktop.printing.report_pdf import write_report_pdf

        pages = write_report_pdf(bundle.document, out)
        detail = ctx.say(f"{pages} trang", f"{pages} pages")
    elif kind == "xlsx":
        report_files.write_xlsx(bundle.document, out, problems=[
            (p.severity, p.message(ctx.language)) for p in problems])
        detail = "XLSX"
    else:
        report_files.write_csv(bundle.document.table, out)
        detail = "CSV"
    total = bundle.document.table.total
    print(ctx.say(f"Đã ghi {out} ({detail}): {total.value('new')} mới trong kỳ, "
                  f"{total.value('cumulative')} lũy kế.",
                  f"Wrote {out} ({detail}): {total.value('new')} new in the period, "
                  f"{total.value('cumulative')} cumulative."))
    return 0


def run_book(args, ctx) -> int:
    """dvk-desktop book."""
    if args.outstanding:
        if args.year is None:
            raise DomainError("Cần --year với --outstanding.", "--outstanding needs --year.")
        ids = book.outstanding_ids(ctx.db, args.year, args.unit)
    else:
        ids = book.read_ids(Path(args.ids))
    info = office.get_office(ctx.db)
    issuer = info.unit_name.upper() if info else ""
    year = args.year or date.today().year
    place = f"{info.place_name}, năm {year}" if info and info.place_name else f"Năm {year}"
    data = book.book_data(ctx.db, ids, args.title, f"Năm {year}" if args.year else "",
                          issuer, place)
    from dvk_desktop.printing.book import write_book

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pages = write_book(data, out)
    print(ctx.say(f"Đã ghi {out}: {len(data.entries)} mô hình, điển hình, {pages} trang.",
                  f"Wrote {out}: {len(data.entries)} entries, {pages} pages."))
    return 0


def run_report_header(args, ctx) -> int:
    """dvk-desktop report-header: store the given fields, then print every field."""
    header = reports.load_header(ctx.db)
    changed = False
    for name in reports.HEADER_KEYS:
        value = getattr(args, name, None)
        if value is None:
            continue
        if name == "layout" and value not in ("state", "party"):
            raise DomainError("Bố cục phải là state hoặc party.", "The layout must be state or party.")
        setattr(header, name, [x.strip() for x in value.split("\n") if x.strip()]
                if name == "recipients" else value.strip())
        changed = True
    if changed:
        reports.save_header(ctx.db, header)
    for name in reports.HEADER_KEYS:
        value = getattr(header, name)
        print(f"{name}: {'; '.join(value) if isinstance(value, list) else value}")
    return 0
