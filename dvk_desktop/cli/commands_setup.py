"""Commands that create and fill a database: init, demo, provinces."""

from __future__ import annotations

import argparse
import sys

from dvk_desktop.services import catalogue, demo, office


def register(sub, common: argparse.ArgumentParser) -> None:
    """Add the set-up commands to the parser."""
    init = sub.add_parser("init", parents=[common], help="create the database for this office")
    init.add_argument("--province", required=True, metavar="CODE",
                      help="statistics code of the province (e.g. 40 for Nghệ An)")
    which = init.add_mutually_exclusive_group()
    which.add_argument("--unit", metavar="CODE", help="this office's unit: province or commune code")
    which.add_argument("--unit-name", metavar="NAME", help="a new unit for this office")
    init.add_argument("--parent", metavar="CODE", help="parent of the new unit (default: province)")
    init.add_argument("--officer", default="", metavar="NAME", help="the officer's name")
    init.set_defaults(handler=run_init)

    dem = sub.add_parser("demo", parents=[common], help="add realistic synthetic entries")
    dem.add_argument("--entries", type=int, required=True, metavar="N")
    dem.add_argument("--seed", type=int, default=None, metavar="S")
    dem.set_defaults(handler=run_demo)

    prov = sub.add_parser("provinces", parents=[common], help="list the catalogue's provinces")
    prov.set_defaults(handler=run_provinces)


def run_init(args, ctx) -> int:
    """dvk-desktop init."""
    if args.parent and not args.unit_name:
        print(ctx.say("Lỗi: --parent chỉ dùng cùng --unit-name.",
                      "Error: --parent is only used with --unit-name."), file=sys.stderr)
        return 2
    info = office.init_office(ctx.db, args.province, args.unit, args.unit_name, args.parent,
                              args.officer, ctx.language)
    print(ctx.say(f"Đã thiết lập: {info.unit_name} (mã {info.unit_code}), tỉnh {info.province_code}.",
                  f"Set up: {info.unit_name} (code {info.unit_code}), province {info.province_code}."))
    return 0


def run_demo(args, ctx) -> int:
    """dvk-desktop demo."""
    added = demo.generate_entries(ctx.db, args.entries, args.seed)
    print(ctx.say(f"Đã thêm {added} mô hình, điển hình mẫu.", f"Added {added} sample entries."))
    return 0


def run_provinces(args, ctx) -> int:
    """dvk-desktop provinces."""
    for item in catalogue.provinces():
        print(f"{item.code}\t{item.name}")
    return 0
