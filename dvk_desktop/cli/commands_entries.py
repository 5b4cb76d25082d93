"""``dvk-desktop entries list``: the registry in Vietnamese order as a table, CSV or JSON."""

from __future__ import annotations

import csv
import json
import sys

from dvk_desktop.domain.enums import EntryType, Level, Scope, Status
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.records import EntryFilter, EntryRecord
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


def _row(record: EntryRecord, language: str) -> dict:
    data = record.data
    return {
        "id": record.id,
        "title": data.title,
        "type": data.entry_type,
        "scope": data.scope,
        "field": data.field_code,
        "level": data.level,
        "status": data.status,
        "year": data.year,
        "unit_code": record.unit_code,
        "unit_name": record.unit_name,
        "field_name": record.field_name,
        "type_label": EntryType(data.entry_type).label(language),
        "scope_label": Scope(data.scope).label(language),
        "level_label": Level(data.level).label(language),
        "status_label": Status(data.status).label(language),
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
    rows = [_row(r, ctx.language) for r in entries.list_entries(ctx.db, flt, language=ctx.language)]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS + ["field_name"],
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        _print_table(rows, ctx)
    return 0
