"""Printing commands: certificates of a decision, checklists, registration forms, calibration."""

from __future__ import annotations

import sys
from pathlib import Path

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.printing.calibration import render_calibration_page
from dvk_desktop.printing.data import FULL, OVERLAY, PAPERS
from dvk_desktop.printing.templates import TEMPLATE_NAMES, load_template
from dvk_desktop.services import certificates, printed_forms
from dvk_desktop.services.print_settings import load_print_settings


def register(sub, common) -> None:
    """Add the printing commands to the parser."""
    cert = sub.add_parser("certificates", parents=[common],
                          help="print every certificate of a decision into one PDF")
    cert.add_argument("--decision", required=True, metavar="ID", help="decision id")
    cert.add_argument("--out", required=True, metavar="FILE", help="PDF file to write")
    cert.add_argument("--mode", choices=[FULL, OVERLAY],
                      help="full: border, emblem and all text; overlay: only the variable text")
    cert.add_argument("--paper", choices=list(PAPERS), help="paper size (default: settings)")
    cert.set_defaults(handler=run_certificates)
    check = sub.add_parser("checklist", parents=[common],
                           help="inspection checklists of one or more entries in one PDF")
    check.add_argument("--entry", required=True, action="append", metavar="ID",
                       help="entry id (repeat for an inspection trip)")
    check.add_argument("--out", required=True, metavar="FILE")
    check.add_argument("--filled", action="store_true",
                       help="fill in the scores of each entry's latest inspection")
    check.set_defaults(handler=run_checklist)
    form = sub.add_parser("registration-form", parents=[common],
                          help="registration form (Phiếu đăng ký) of one or more entries")
    form.add_argument("--entry", required=True, action="append", metavar="ID")
    form.add_argument("--out", required=True, metavar="FILE")
    form.set_defaults(handler=run_registration_form)
    cal = sub.add_parser("calibration-page", parents=[common],
                         help="test page with alignment marks to calibrate offsets")
    cal.add_argument("--out", required=True, metavar="FILE")
    cal.add_argument("--template", choices=TEMPLATE_NAMES, default=TEMPLATE_NAMES[0],
                     help="template whose text boxes and offsets are shown")
    cal.add_argument("--paper", choices=list(PAPERS))
    cal.set_defaults(handler=run_calibration_page)


def _out_path(text: str) -> Path:
    path = Path(text)
    if not path.parent.is_dir():
        raise DomainError(f"Thư mục “{path.parent}” không tồn tại.",
                          f"Folder “{path.parent}” does not exist.")
    return path


def _progress(ctx):
    """A progress line redrawn in place on a terminal; nothing in logs and pipes."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> bool:
        print(ctx.say(f"\rĐã in {done}/{total}", f"\rPrinted {done}/{total}"), end="",
              file=sys.stderr, flush=True)
        return True
    return report


def run_certificates(args, ctx) -> int:
    """``certificates --decision ID --out FILE``."""
    out = _out_path(args.out)
    result = certificates.print_decision(ctx.db, args.decision, out, args.mode, args.paper,
                                         _progress(ctx))
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(ctx.say(f"Đã in {result.pages} giấy khen/bằng khen vào {out}",
                  f"Printed {result.pages} certificates to {out}"))
    return 0


def run_checklist(args, ctx) -> int:
    """``checklist --entry ID [--entry ID ...] --out FILE [--filled]``."""
    out = _out_path(args.out)
    result = printed_forms.print_checklists(ctx.db, args.entry, out, args.filled)
    print(ctx.say(f"Đã in {len(args.entry)} biên bản ({result.pages} trang) vào {out}",
                  f"Printed {len(args.entry)} checklists ({result.pages} pages) to {out}"))
    return 0


def run_registration_form(args, ctx) -> int:
    """``registration-form --entry ID --out FILE``."""
    out = _out_path(args.out)
    result = printed_forms.print_registration_forms(ctx.db, args.entry, out)
    print(ctx.say(f"Đã in {len(args.entry)} phiếu đăng ký ({result.pages} trang) vào {out}",
                  f"Printed {len(args.entry)} registration forms ({result.pages} pages) "
                  f"to {out}"))
    return 0


def run_calibration_page(args, ctx) -> int:
    """``calibration-page --out FILE [--template NAME] [--paper A4|A3]``."""
    out = _out_path(args.out)
    settings = load_print_settings(ctx.db)
    options = settings.options(paper=args.paper)
    search = [options.template_dir] if options.template_dir else None
    render_calibration_page(out, options, load_template(args.template, search))
    print(ctx.say(f"Đã in trang căn chỉnh vào {out}", f"Calibration page written to {out}"))
    return 0
