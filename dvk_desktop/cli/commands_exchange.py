"""Exchange commands: export, import (with preview), history and undo, conflicts, keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import exchange, exchange_admin, keys
from dvk_desktop.services.exchange_export import export_package
from dvk_desktop.services.office import get_office

NEEDS_CONFIRMATION = 3
_ACTIONS_VI = {"new": "mới", "updated": "cập nhật", "unchanged": "không đổi",
               "conflict": "xung đột", "rejected": "từ chối"}


def register(sub, common: argparse.ArgumentParser) -> None:
    """Add the exchange commands to the parser."""
    exp = sub.add_parser("export", parents=[common], help="write the data file for the unit above")
    exp.add_argument("--to", required=True, metavar="UNIT_CODE", help="code of the unit above")
    exp.add_argument("--out", required=True, metavar="FILE", help="the .dvkx file to write")
    exp.add_argument("--since-last", action="store_true", help="only changes since the last export")
    exp.add_argument("--encrypt-for", metavar="KEYFILE", help="public key file of the recipient")
    exp.set_defaults(handler=run_export)

    imp = sub.add_parser("import", parents=[common], help="import .dvkx files (preview first)")
    imp.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    imp.add_argument("--dry-run", action="store_true", help="only show what would change")
    imp.add_argument("--yes", action="store_true", help="import without asking")
    imp.add_argument("--trust-new-key", action="store_true",
                     help="trust the key of a unit sending for the first time")
    imp.add_argument("--fingerprint", metavar="FP", help="expected key fingerprint of a new sender")
    imp.add_argument("--conflicts", choices=["pending", "mine", "theirs"], default="pending",
                     help="what to do with records changed on both sides (default: keep pending)")
    imp.set_defaults(handler=run_import)

    hist = sub.add_parser("imports", parents=[common], help="import history; undo an import")
    hist.add_argument("action", choices=["list", "undo"])
    hist.add_argument("import_id", nargs="?", metavar="ID")
    hist.set_defaults(handler=run_imports)

    con = sub.add_parser("conflicts", parents=[common], help="list or resolve pending conflicts")
    con.add_argument("action", choices=["list", "resolve"])
    con.add_argument("conflict_id", nargs="?", type=int, metavar="ID")
    con.add_argument("--keep", choices=["mine", "theirs"])
    con.set_defaults(handler=run_conflicts)

    key = sub.add_parser("keys", parents=[common], help="this office's keys; trusted senders")
    key.add_argument("action", choices=["fingerprint", "export-public", "trust", "list"])
    key.add_argument("--out", metavar="FILE")
    key.add_argument("--unit", metavar="CODE")
    key.add_argument("--fingerprint", metavar="FP")
    key.add_argument("--replace", action="store_true", help="replace the unit's trusted key")
    key.set_defaults(handler=run_keys)


def _actor(ctx) -> str:
    office = get_office(ctx.db)
    return office.officer_name if office else ""


def run_export(args, ctx) -> int:
    """dvk-desktop export."""
    result = export_package(ctx.db, args.to, Path(args.out), args.since_last,
                            Path(args.encrypt_for) if args.encrypt_for else None, _actor(ctx))
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items() if v)
    print(ctx.say(f"Đã ghi {result.path} ({counts}).", f"Wrote {result.path} ({counts})."))
    if result.encrypted:
        print(ctx.say("Tệp đã được ký số và mã hóa cho đơn vị nhận.",
                      "The file is signed and encrypted for the recipient."))
    else:
        print(ctx.say("Lưu ý: tệp chỉ được ký số, KHÔNG mã hóa (chưa có tệp khóa của đơn vị "
                      "nhận, --encrypt-for).",
                      "Note: the file is only signed, NOT encrypted (no recipient key file, "
                      "--encrypt-for)."))
    return 0


def print_preview(preview: exchange.ImportPreview, ctx, limit: int = 50) -> None:
    """The preview: who sent it, protection, key, counts per kind, listed records."""
    m = preview.manifest
    print(ctx.say(f"Tệp {preview.path}: từ {m.sender_name} ({m.sender_code}) gửi {m.recipient_code}"
                  f", lập {m.created_at}", f"File {preview.path}: from {m.sender_name} "
                  f"({m.sender_code}) to {m.recipient_code}, made {m.created_at}"))
    print(ctx.say("  Bảo vệ: ký số và mã hóa" if preview.encrypted
                  else "  Bảo vệ: chỉ ký số, không mã hóa",
                  "  Protection: signed and encrypted" if preview.encrypted
                  else "  Protection: only signed, not encrypted"))
    status = {exchange.KEY_TRUSTED: ("đã tin cậy", "trusted"),
              exchange.KEY_NEW: ("MỚI — cần xác nhận", "NEW — needs confirmation"),
              exchange.KEY_MISMATCH: ("KHÁC khóa đã tin cậy", "DIFFERS from the trusted key")}
    print(ctx.say(f"  Khóa: {status[preview.key_status][0]}; vân tay {preview.fingerprint}",
                  f"  Key: {status[preview.key_status][1]}; fingerprint {preview.fingerprint}"))
    for kind, counts in preview.counts.items():
        text = ", ".join(f"{ctx.say(_ACTIONS_VI[a], a)} {n}" for a, n in counts.items() if n)
        print(f"  {kind}: {text}")
    totals = ", ".join(f"{ctx.say(_ACTIONS_VI[a], a)} {n}" for a, n in preview.totals.items())
    print(ctx.say(f"  Tổng: {totals}", f"  Total: {totals}"))
    for item in preview.listed[:limit]:
        if item.action in ("conflict", "rejected"):
            reason = ctx.say(item.reason_vi, item.reason_en)
            fields = f" [{', '.join(item.changed)}]" if item.changed else ""
            print(f"    {ctx.say(_ACTIONS_VI[item.action], item.action)}: {item.kind} "
                  f"“{item.label}”{fields} — {reason}")


def _confirm(ctx, preview: exchange.ImportPreview) -> bool:
    prompt = ctx.say("Nhập tệp này? [c/K] ", "Import this file? [y/N] ")
    if preview.key_status == exchange.KEY_NEW:
        prompt = ctx.say(f"Tin cậy khóa {preview.fingerprint} và nhập? [c/K] ",
                         f"Trust key {preview.fingerprint} and import? [y/N] ")
    return input(prompt).strip().lower() in ("c", "có", "y", "yes")


def _import_one(path: Path, args, ctx) -> bool:
    preview = exchange.preview_import(ctx.db, path)
    print_preview(preview, ctx)
    if args.dry_run:
        return True
    trust = args.trust_new_key or bool(args.fingerprint)
    if not args.yes:
        if not sys.stdin.isatty():
            raise _NeedsYes()
        if not _confirm(ctx, preview):
            print(ctx.say("  Bỏ qua.", "  Skipped."))
            return True
        trust = True
    choice = None if args.conflicts == "pending" else args.conflicts
    resolutions = {(i.kind, i.key): choice for i in preview.items
                   if i.action == "conflict" and choice}
    result = exchange.import_package(ctx.db, path, _actor(ctx), trust, args.fingerprint,
                                     resolutions)
    if result.import_id is None:
        print(ctx.say("  Không có gì thay đổi.", "  Nothing changed."))
    else:
        print(ctx.say(f"  Đã nhập (mã lần nhập {result.import_id}); xung đột chờ xử lý: "
                      f"{result.conflicts_pending}.", f"  Imported (import id "
                      f"{result.import_id}); conflicts pending: {result.conflicts_pending}."))
    return True


class _NeedsYes(Exception):
    pass


def run_import(args, ctx) -> int:
    """dvk-desktop import: preview each file, then import it (all or nothing per file)."""
    files = exchange_admin.package_files([Path(p) for p in args.paths])
    if not files:
        print(ctx.say("Không có tệp .dvkx nào.", "No .dvkx files."), file=sys.stderr)
        return 2
    failed = 0
    for path in files:
        try:
            _import_one(path, args, ctx)
        except _NeedsYes:
            print(ctx.say("Chưa nhập: hãy xem trước ở trên rồi chạy lại với --yes.",
                          "Not imported: review the preview above, then run again with --yes."),
                  file=sys.stderr)
            return NEEDS_CONFIRMATION
        except DomainError as exc:
            failed += 1
            print(f"{path}: {exc.message(ctx.language)}", file=sys.stderr)
    if len(files) > 1:
        print(ctx.say(f"{len(files) - failed}/{len(files)} tệp thành công.",
                      f"{len(files) - failed}/{len(files)} files succeeded."))
    return 2 if failed else 0


def run_imports(args, ctx) -> int:
    """dvk-desktop imports list|undo ID."""
    if args.action == "undo":
        if not args.import_id:
            print(ctx.say("Cần mã lần nhập.", "An import id is needed."), file=sys.stderr)
            return 2
        restored = exchange_admin.undo_import(ctx.db, args.import_id, _actor(ctx))
        print(ctx.say(f"Đã hoàn tác ({restored} bản ghi).", f"Undone ({restored} records)."))
        return 0
    for batch in exchange_admin.list_imports(ctx.db):
        totals = ", ".join(f"{k} {v}" for k, v in batch.counts.items() if v)
        print(f"{batch.id}\t{batch.imported_at:%Y-%m-%d %H:%M}\t{batch.sender_code}\t"
              f"{batch.status}\t{totals}\t{batch.file_name}")
    return 0


def run_conflicts(args, ctx) -> int:
    """dvk-desktop conflicts list|resolve ID --keep mine|theirs."""
    if args.action == "resolve":
        if args.conflict_id is None or args.keep is None:
            print(ctx.say("Cần mã xung đột và --keep mine|theirs.",
                          "A conflict id and --keep mine|theirs are needed."), file=sys.stderr)
            return 2
        exchange_admin.resolve_conflict(ctx.db, args.conflict_id, args.keep, _actor(ctx))
        print(ctx.say("Đã xử lý xung đột.", "Conflict resolved."))
        return 0
    for c in exchange_admin.list_conflicts(ctx.db):
        print(f"{c.id}\t{c.kind}\t{c.label}")
        for name in c.changed:
            print(f"\t{name}: {ctx.say('của tôi', 'mine')} = {c.mine.get(name)!r} | "
                  f"{ctx.say('bên gửi', 'theirs')} = {c.theirs.get(name)!r}")
    return 0


def run_keys(args, ctx) -> int:
    """dvk-desktop keys fingerprint|export-public|trust|list."""
    if args.action == "fingerprint":
        print(keys.ensure_keys().fingerprint)
    elif args.action == "export-public":
        if not args.out:
            print(ctx.say("Cần --out FILE.", "--out FILE is needed."), file=sys.stderr)
            return 2
        office = get_office(ctx.db)
        if office is None:
            raise DomainError("Chưa thiết lập cơ quan.", "The office has not been set up.")
        path = keys.export_public(Path(args.out), office.unit_code, office.unit_name)
        print(ctx.say(f"Đã ghi khóa công khai vào {path}; vân tay {keys.ensure_keys().fingerprint}",
                      f"Wrote the public key to {path}; fingerprint "
                      f"{keys.ensure_keys().fingerprint}"))
    elif args.action == "trust":
        if not args.unit or not args.fingerprint:
            print(ctx.say("Cần --unit CODE và --fingerprint FP.",
                          "--unit CODE and --fingerprint FP are needed."), file=sys.stderr)
            return 2
        exchange_admin.trust_key(ctx.db, args.unit, args.fingerprint, _actor(ctx), args.replace)
        print(ctx.say(f"Đã tin cậy khóa của {args.unit}.", f"Trusted the key of {args.unit}."))
    else:
        for key in exchange_admin.trusted_keys(ctx.db):
            state = ctx.say("đã thay", "replaced") if key.replaced_at else ctx.say("hiện dùng",
                                                                                   "current")
            print(f"{key.unit_code}\t{key.fingerprint}\t{state}")
    return 0
