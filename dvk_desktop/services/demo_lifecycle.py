"""Demo data after registration: inspections, recognitions, decisions with awards, targets.

Called by the demo generator for each batch of new entries, inside its session, so every
record agrees with the entry's status: inspected entries have an inspection whose scores
give the matching classification, recognised ones a recognition by a decision, commended
ones an award in a commendation decision.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dvk_desktop.db.models import (
    Award,
    Decision,
    Inspection,
    InspectionScore,
    OfficeProfile,
    Recognition,
    Rubric,
    Target,
    Unit,
    new_id,
    utcnow,
)
from dvk_desktop.db.queries import subtree_unit_ids
from dvk_desktop.domain import lifecycle
from dvk_desktop.domain.decisions import default_achievement
from dvk_desktop.domain.rubrics import classify, rubric_kind_for, thresholds_from_json
from dvk_desktop.services import demo_text as txt

AWARDS_PER_DECISION = 40
_BANDS = {"failed": (0.25, 0.45), "passed": (0.55, 0.74), "exemplary": (0.83, 0.97)}
_ROLES = ["Trưởng đoàn", "Thành viên", "Thư ký"]
_POSITIONS = ["Phó Trưởng Ban Dân vận", "Chuyên viên Ban Dân vận", "Phó Chủ tịch UBMTTQ",
              "Cán bộ Hội Nông dân", "Chuyên viên Văn phòng"]
_STRENGTHS = ["Cấp ủy quan tâm lãnh đạo; nhân dân đồng tình, tích cực tham gia.",
              "Cách làm sáng tạo, phù hợp thực tế; kết quả đo đếm được."]
_LIMITS = ["Hồ sơ minh chứng chưa đầy đủ.", "Nguồn lực duy trì còn hạn chế.",
           "Việc nhân rộng còn chậm."]
_ISSUERS = [("state", "Ủy ban nhân dân {province}", "", "CHỦ TỊCH", "{n}/QĐ-UBND"),
            ("party", "Ban Thường vụ Tỉnh ủy {place}", "T/M", "BAN THƯỜNG VỤ", "{n:02d}-QĐ/TU"),
            ("front", "Ủy ban MTTQ Việt Nam {province}", "TM.", "BAN THƯỜNG TRỰC", "{n}/QĐ-MTTQ-BTT")]


class _Ctx:
    """What one batch needs: randomness, author, origin, rubrics, place names."""

    def __init__(self, session: Session, seed: str, actor: str, origin: str | None) -> None:
        self.rng = random.Random(seed)
        self.actor, self.origin = actor, origin
        self.now = utcnow()
        # kind -> (rubric id, thresholds, [(criterion id, ordinal, text, max)]), read once.
        self.rubrics = {r.kind: (r.id, thresholds_from_json(r.thresholds),
                                 [(c.id, c.ordinal, c.text, c.max_points) for c in r.criteria])
                        for r in session.scalars(select(Rubric).where(
                            Rubric.active.is_(True), Rubric.deleted_at.is_(None))
                            .order_by(Rubric.rubric_version))}
        profile = session.get(OfficeProfile, 1)
        self.place = profile.place_name if profile else ""
        province = session.scalar(select(Unit.name).where(Unit.code == profile.province_code)) \
            if profile else ""
        self.province = (province[:1].lower() + province[1:]) if province else self.place

    def synced(self) -> dict:
        return {"id": new_id(), "version": 1, "created_at": self.now, "updated_at": self.now,
                "updated_by": self.actor, "origin_unit_id": self.origin, "deleted_at": None}

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(txt.FAMILY_NAMES)} {rng.choice(txt.MIDDLE_MALE)} " \
               f"{rng.choice(txt.GIVEN_MALE)}"

    def day_in(self, year: int) -> date:
        return min(date(year, self.rng.randint(5, 12), self.rng.randint(1, 28)), date.today())


def _class_for(status: str) -> str:
    if status == "needs_strengthening":
        return "failed"
    return "exemplary" if lifecycle.rank(status) >= lifecycle.rank("outstanding") else "passed"


def _scores(ctx: _Ctx, criteria: list[tuple], wanted: str) -> list[float]:
    low, high = _BANDS[wanted]
    fraction = ctx.rng.uniform(low, high)
    return [min(top, max(0.0, round(top * (fraction + ctx.rng.uniform(-0.04, 0.04)) * 2) / 2))
            for _id, _n, _text, top in criteria]


def _inspection(ctx: _Ctx, row: dict, out: dict) -> None:
    rubric = ctx.rubrics.get(rubric_kind_for(row["entry_type"], row["scope"]))
    if rubric is None:
        return
    rubric_id, thresholds, criteria = rubric
    wanted = _class_for(row["status"])
    points = _scores(ctx, criteria, wanted)
    total = round(sum(points), 2)
    item = ctx.synced() | {
        "entry_id": row["id"], "rubric_id": rubric_id, "inspected_on": ctx.day_in(row["year"]),
        "place": row["location"], "delegation": [
            {"name": ctx.person(), "position": ctx.rng.choice(_POSITIONS), "role": role}
            for role in _ROLES],
        "representatives": f"{ctx.person()} — Bí thư Chi bộ", "total_points": total,
        "classification": classify(total, thresholds),
        "findings": "Mô hình triển khai đúng nội dung đã đăng ký.",
        "strengths": ctx.rng.choice(_STRENGTHS), "limits": ctx.rng.choice(_LIMITS),
        "conclusion": "Không đạt" if wanted == "failed" else "Đạt yêu cầu",
        "recommendations": "Tiếp tục duy trì, bổ sung minh chứng và nhân rộng.",
    }
    out["inspection"].append(item)
    out["score"].extend(
        {"id": new_id(), "inspection_id": item["id"], "criterion_id": cid, "ordinal": n,
         "criterion_text": text, "max_points": top, "points": p}
        for (cid, n, text, top), p in zip(criteria, points, strict=True))


def _decision(ctx: _Ctx, kind_index: int, year: int, subject: str, out: dict) -> str:
    kind, body, prefix, title, pattern = _ISSUERS[kind_index]
    item = ctx.synced() | {
        "number": pattern.format(n=ctx.rng.randint(1, 3000 if kind == "state" else 99)),
        "decided_on": min(date(year, 12, ctx.rng.randint(1, 28)), date.today()),
        "issuer_kind": kind, "issuing_body": body.format(province=ctx.province, place=ctx.place), "place": ctx.place,
        "signer_prefix": prefix, "signer_title": title, "signer_name": ctx.person(),
        "subject": subject, "unit_id": ctx.origin}
    out["decision"].append(item)
    return item["id"]


def _recognitions(ctx: _Ctx, rows: list[dict], out: dict) -> None:
    groups: dict[tuple[int, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["year"], row["level"]), []).append(row)
    for (year, level), members in sorted(groups.items()):
        decision_id = _decision(ctx, 0, year, "Công nhận mô hình, điển hình “Dân vận khéo” "
                                f"năm {year}", out)
        out["recognition"].extend(ctx.synced() | {
            "entry_id": r["id"], "year": year, "level": level, "decision_id": decision_id,
            "note": ""} for r in members)


def _award_row(ctx: _Ctx, row: dict, decision_id: str, ordinal: int, units: dict) -> dict:
    individual = row["scope"] == "individual"
    unit_name = units.get(row["owner_unit_id"], "")
    return ctx.synced() | {
        "decision_id": decision_id, "entry_id": row["id"], "ordinal": ordinal,
        "recipient_scope": row["scope"],
        "recipient_name": row["person_name"] if individual else unit_name or row["title"],
        "recipient_sex": row["person_sex"] if individual else None,
        "recipient_position": row["person_position"] if individual else "",
        "recipient_unit": unit_name if individual else row["location"],
        "form": "bang_khen" if row["level"] == "province" else "giay_khen",
        "achievement": default_achievement(row["year"]),
        "gold_book_number": f"{row['year']}-{ordinal:03d}"}


def _awards(ctx: _Ctx, rows: list[dict], units: dict, out: dict) -> None:
    by_year: dict[int, list[dict]] = {}
    for row in rows:
        by_year.setdefault(row["year"], []).append(row)
    for year, members in sorted(by_year.items()):
        for start in range(0, len(members), AWARDS_PER_DECISION):
            kind = ctx.rng.choices([0, 1, 2], [70, 20, 10])[0]
            decision_id = _decision(ctx, kind, year, "Khen thưởng tập thể, cá nhân có thành "
                                    f"tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm {year}",
                                    out)
            out["award"].extend(_award_row(ctx, row, decision_id, n, units) for n, row in
                                enumerate(members[start:start + AWARDS_PER_DECISION], start=1))


def add_lifecycle(session: Session, rows: list[dict], seed: str, actor: str,
                  origin: str | None) -> None:
    """Add inspections, recognitions and decisions with awards for a batch of new entries."""
    ctx = _Ctx(session, seed, actor, origin)
    out: dict[str, list[dict]] = {k: [] for k in (
        "inspection", "score", "decision", "recognition", "award")}
    inspected = [r for r in rows if lifecycle.rank(r["status"]) >= lifecycle.rank("inspected")
                 or r["status"] == "needs_strengthening"]
    for row in inspected:
        _inspection(ctx, row, out)
    recognised = [r for r in rows if lifecycle.rank(r["status"]) >= lifecycle.rank("recognised")]
    _recognitions(ctx, recognised, out)
    units = dict(session.execute(select(Unit.id, Unit.name)).all())
    _awards(ctx, [r for r in rows if lifecycle.rank(r["status"]) >= lifecycle.rank("commended")],
            units, out)
    for table, key in ((Inspection, "inspection"), (InspectionScore, "score"),
                       (Decision, "decision"), (Recognition, "recognition"), (Award, "award")):
        if out[key]:
            session.execute(insert(table.__table__), out[key])


def add_targets(session: Session, years: list[int], actor: str, origin: str | None,
                per_commune: int = 3) -> int:
    """Each current commune of the province at least ``per_commune`` models a year (and one
    typical example); targets already set are kept. Returns how many were added."""
    profile = session.get(OfficeProfile, 1)
    if profile is None:
        return 0
    province = session.scalar(select(Unit.id).where(Unit.code == profile.province_code))
    # Only units this office looks after: the province's communes, or a commune itself.
    mine = subtree_unit_ids(session, profile.unit_id)
    communes = [unit_id for unit_id in session.scalars(select(Unit.id).where(
        Unit.parent_id == province, Unit.kind == "commune", Unit.deleted_at.is_(None)))
        if unit_id in mine]
    taken = set(session.execute(select(Target.unit_id, Target.year)).all())
    now = utcnow()
    rows = [{"id": new_id(), "version": 1, "created_at": now, "updated_at": now,
             "updated_by": actor, "origin_unit_id": origin, "deleted_at": None,
             "unit_id": unit_id, "year": year, "min_models": per_commune, "min_exemplars": 1,
             "note": ""}
            for unit_id in communes for year in years if (unit_id, year) not in taken]
    if rows:
        session.execute(insert(Target.__table__), rows)
    return len(rows)
