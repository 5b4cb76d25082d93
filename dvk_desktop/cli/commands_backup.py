"""Commands that keep the data safe: ``backup create|list|restore|folder`` and ``check``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dvk_desktop import config
from dvk_desktop.db import backup
from dvk_desktop.services import backups, recovery


def register(sub, common: argparse.ArgumentParser) -> None:
    """Add the backup and check commands to the parser."""
    group = sub.add_parser("backup", parents=[common], help="create, list or restore backups")
    actions = group.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", parents=[common], help="make a verified backup now")
    create.set_defaults(handler=run_create)
    listing = actions.add_parser("list", parents=[common], help="list the backups, newest first")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser("restore", parents=[common],
                                 help="put a backup in place of the database (kept aside)")
    restore.add_argument("backup", nargs="?", metavar="ID|PATH",
                         help="backup id from 'backup list' or a file (default: the newest)")
    restore.set_defaults(handler=run_restore)
    folder = actions.add_parser("folder", parents=[common], help="show or choose the folder")
    folder.add_argument("path", nargs="?", metavar="PATH", help="new folder (e.g. a USB stick)")
    folder.add_argument("--default", action="store_true", help="go back to the default folder")
    folder.set_defaults(handler=run_folder)

    check = sub.add_parser("check", parents=[common], help="check the database's integrity")
    check.set_defaults(handler=run_check)


def _db_file(ctx) -> Path:
    return Path(ctx.db_path or config.default_db_path()).expanduser().resolve()


def run_create(args, ctx) -> int:
    """dvk-desktop backup create."""
    info = backups.create_backup(ctx.db)
    print(ctx.say(f"Đã sao lưu và kiểm tra: {info.path}", f"Backed up and verified: {info.path}"))
    return 0


def run_list(args, ctx) -> int:
    """dvk-desktop backup list (works on a damaged database too: it is not opened)."""
    found = backups.backups_of(_db_file(ctx))
    if args.format == "json":
        rows = [{"id": b.backup_id, "kind": b.kind, "created": b.created.isoformat(),
                 "size": b.size, "path": str(b.path)} for b in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(ctx.say("Chưa có bản sao lưu nào.", "There are no backups yet."))
    for info in found:
        print(f"{info.backup_id}\t{info.kind}\t{info.created:%d/%m/%Y %H:%M}\t"
              f"{info.size / 1_048_576:.1f} MB\t{info.path.parent}")
    return 0


def run_restore(args, ctx) -> int:
    """dvk-desktop backup restore [ID|PATH]: the current file is kept before the swap."""
    path = _db_file(ctx)
    source = backups.find_backup(path, args.backup)
    damaged = path.exists() and bool(backup.integrity_problems(path))
    aside = backups.restore_backup(path, source, damaged=damaged)
    print(ctx.say(f"Đã khôi phục từ {source.name}. Tệp trước đó được giữ ở: {aside}",
                  f"Restored from {source.name}. The previous file is kept at: {aside}"))
    return 0


def run_folder(args, ctx) -> int:
    """dvk-desktop backup folder [PATH | --default]."""
    if args.path or args.default:
        backups.set_chosen_folder(ctx.db, None if args.default else args.path)
    print(backups.backup_folder(ctx.db))
    return 0


def run_check(args, ctx) -> int:
    """dvk-desktop check: full integrity check; on damage, explain and name a good backup."""
    path = _db_file(ctx)
    if not path.exists():
        print(ctx.say(f"Không có tệp {path}.", f"There is no file {path}."), file=sys.stderr)
        return 2
    diagnosis = recovery.diagnose(path)
    if not diagnosis.damaged:
        print(ctx.say(f"Tệp dữ liệu tốt: {path}", f"The data file is sound: {path}"))
        return 0
    print(diagnosis.explain(ctx.language), file=sys.stderr)
    for problem in diagnosis.problems[:5]:
        print(f"  {problem}", file=sys.stderr)
    if diagnosis.newest_good:
        print(ctx.say(f"Khôi phục: dvk-desktop backup restore {diagnosis.newest_good.backup_id}",
                      f"To restore: dvk-desktop backup restore "
                      f"{diagnosis.newest_good.backup_id}"), file=sys.stderr)
    return 1
