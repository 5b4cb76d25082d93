"""``dvk-desktop entries list``: the registry in Vietnamese order as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys

from dvk_desktop.domain.enums import EntryType, Level, Scope, Status
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.records import EntryFilter
from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services import entries, lookups

COLUMNS = ["id", "title", "type", "scope", "field", "level", "status", "year", "unit_code",
           "unit_name"]


def register(sub, common) -> None:
    """Add the entries commands to the parser."""
    group = sub.add_parser("entries", parents=[common], help="work with the registry's entries")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", parents=[common], help="list entries in Vietnamese order")
    lst.add_argument("--search", default="", metavar="TEXT", help="text, diacritics ignored")
    lst.add_argument("--year", type=int)
    lst.add_argument("--field", metavar="F", help="field code or name")
    lst.add_argument("--type", choices=["model", "exemplar"])
    lst.add_argument("--scope", choices=["collective", "individual"])
    lst.add_argument("--format", choices=["table", "csv", "json"], default="table")
    lst.set_defaults(handler=run_list)


def _field_code(ctx, text: str | None) -> str | None:
    if not text:
        return None
    wanted = search_key(text)
    for item in lookups.list_fields(ctx.db):
        if wanted in (search_key(item.code), search_key(item.name_vi), search_key(item.name_en)):
            return item.code
    raise DomainError(f"Không có lĩnh vực “{text}”.", f"No field “{text}”.")


_AT = {name: i for i, name in enumerate(entries.ENTRY_ROW_COLUMNS)}


def _row(values: tuple, language: str) -> dict:
    def at(name: str):
        return values[_AT[name]]

    return {
        "id": at("id"),
        "title": at("title"),
        "type": at("type"),
        "scope": at("scope"),
        "field": at("field_code"),
        "level": at("level"),
        "status": at("status"),
        "year": at("year"),
        "unit_code": at("unit_code"),
        "unit_name": at("unit_name"),
        "field_name": at("field_en" if language == "en" else "field_vi"),
        "type_label": EntryType(at("type")).label(language),
        "scope_label": Scope(at("scope")).label(language),
        "level_label": Level(at("level")).label(language),
        "status_label": Status(at("status")).label(language),
    }


def _print_table(rows: list[dict], ctx) -> None:
    headers = ctx.say("Tên|Loại|Tập thể/Cá nhân|Lĩnh vực|Cấp|Trạng thái|Năm|Đơn vị",
                      "Title|Type|Scope|Field|Level|Status|Year|Unit").split("|")
    keys = ["title", "type_label", "scope_label", "field_name", "level_label", "status_label",
            "year", "unit_name"]
    cells = [[str(r[k]) for k in keys] for r in rows]
    widths = [min(60, max([len(h)] + [len(c[i]) for c in cells])) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in cells:
        print("  ".join(c[:w].ljust(w) for c, w in zip(row, widths, strict=True)))
    print(ctx.say(f"Tổng: {len(rows)}", f"Total: {len(rows)}"))


def run_list(args, ctx) -> int:
    """dvk-desktop entries list."""
    flt = EntryFilter(text=args.search, year=args.year, field_code=_field_code(ctx, args.field),
                      entry_type=args.type, scope=args.scope)
    rows = (_row(r, ctx.language) for r in entries.iter_entry_rows(ctx.db, flt))
    if args.format == "json":
        json.dump(list(rows), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.format == "csv":  # written as it is read: a large registry streams out
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS + ["field_name"],
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _print_table(list(rows), ctx)
    return 0
