"""``dvk-desktop decisions list|show``: commendation decisions and their awards."""

from __future__ import annotations

import json
import sys

from dvk_desktop.domain.decisions import printed_number
from dvk_desktop.domain.enums import AwardForm, IssuerKind, Scope
from dvk_desktop.domain.lifecycle_records import AwardRecord, DecisionRecord
from dvk_desktop.services import decisions


def register(sub, common) -> None:
    """Add the decisions commands to the parser."""
    group = sub.add_parser("decisions", parents=[common], help="commendation decisions")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", parents=[common], help="list decisions, newest first")
    lst.add_argument("--year", type=int)
    lst.add_argument("--issuer", choices=[m.value for m in IssuerKind])
    lst.add_argument("--format", choices=["table", "json"], default="table")
    lst.set_defaults(handler=run_list)
    show = actions.add_parser("show", parents=[common], help="one decision with its awards")
    show.add_argument("id", metavar="ID")
    show.add_argument("--format", choices=["table", "json"], default="table")
    show.set_defaults(handler=run_show)


def decision_json(record: DecisionRecord, language: str) -> dict:
    """A decision as a JSON object."""
    data = record.data
    return {
        "id": record.id, "number": data.number,
        "printed_number": printed_number(data.number, data.issuer_kind),
        "date": data.decided_on.isoformat(), "issuer_kind": data.issuer_kind,
        "issuer_kind_label": IssuerKind(data.issuer_kind).label(language),
        "issuing_body": data.issuing_body, "place": data.place,
        "signer_prefix": data.signer_prefix, "signer_title": data.signer_title,
        "signer_name": data.signer_name, "subject": data.subject,
        "award_count": record.award_count, "recognition_count": record.recognition_count,
        "version": record.version,
    }


def award_json(award: AwardRecord, language: str) -> dict:
    """An award as a JSON object."""
    data = award.data
    return {
        "id": award.id, "ordinal": award.ordinal, "entry_id": data.entry_id,
        "recipient_scope": data.recipient_scope, "recipient_name": data.recipient_name,
        "recipient_sex": data.recipient_sex, "recipient_position": data.recipient_position,
        "recipient_unit": data.recipient_unit, "form": data.form,
        "form_label": AwardForm(data.form).label(language), "achievement": data.achievement,
        "gold_book_number": data.gold_book_number,
    }


def _table(headers: list[str], cells: list[list[str]]) -> None:
    widths = [min(50, max([len(h)] + [len(c[i]) for c in cells])) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c[:w].ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def run_list(args, ctx) -> int:
    """dvk-desktop decisions list."""
    found = decisions.list_decisions(ctx.db, year=args.year, issuer_kind=args.issuer)
    rows = [decision_json(r, ctx.language) for r in found]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    headers = ctx.say("Số, ký hiệu|Ngày|Cấp|Cơ quan ban hành|Khen thưởng|Mã",
                      "Number|Date|Issuer|Issuing body|Awards|Id").split("|")
    _table(headers, [[r["number"], r["date"], r["issuer_kind_label"], r["issuing_body"],
                      str(r["award_count"]), r["id"]] for r in rows])
    print(ctx.say(f"Tổng: {len(rows)} quyết định", f"Total: {len(rows)} decisions"))
    return 0


def run_show(args, ctx) -> int:
    """dvk-desktop decisions show ID."""
    record = decisions.get_decision(ctx.db, args.id)
    result = decision_json(record, ctx.language)
    result["awards"] = [award_json(a, ctx.language) for a in record.awards]
    if args.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    data = record.data
    signer = " ".join(p for p in (data.signer_prefix, data.signer_title) if p)
    print(f"{result['printed_number']} — {data.decided_on:%d/%m/%Y} — {data.issuing_body}")
    print(ctx.say(f"Người ký: {signer} {data.signer_name}", f"Signed: {signer} {data.signer_name}"))
    if data.subject:
        print(data.subject)
    _table(ctx.say("TT|Người, tập thể được khen|Tập thể/Cá nhân|Hình thức|Số sổ vàng",
                   "No.|Recipient|Scope|Form|Gold book").split("|"),
           [[str(a.ordinal), a.data.recipient_name,
             Scope(a.data.recipient_scope).label(ctx.language),
             AwardForm(a.data.form).label(ctx.language), a.data.gold_book_number]
            for a in record.awards])
    print(ctx.say(f"Tổng: {record.award_count} khen thưởng", f"Total: {record.award_count} awards"))
    return 0
