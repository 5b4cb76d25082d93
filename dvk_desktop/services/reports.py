"""The periodic report as one plain object, ready for PDF, XLSX and CSV."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from dvk_desktop.db import queries
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import OfficeProfile, Setting, Unit
from dvk_desktop.domain.enums import CANONICAL_FIELDS
from dvk_desktop.domain.periods import Period
from dvk_desktop.domain.report_document import ReportDocument, ReportHeader
from dvk_desktop.domain.report_table import ReportRow
from dvk_desktop.domain.vntext import format_number, sort_key
from dvk_desktop.services import annex, statistics

log = logging.getLogger(__name__)

SETTING_PREFIX = "report."
HEADER_KEYS = ("parent_body", "issuing_body", "number", "place", "signer_prefix",
               "signer_title", "signer_subtitle", "signer_name", "recipients", "layout")


@dataclass
class ReportBundle:
    """The document and the statistics (with the check's problems) it was built from."""

    document: ReportDocument
    statistics: statistics.StatisticsReport


def _office_defaults(session) -> dict[str, object]:
    profile = session.get(OfficeProfile, 1)
    if profile is None:
        return {}
    unit = session.get(Unit, profile.unit_id)
    parent = session.get(Unit, unit.parent_id) if unit and unit.parent_id else None
    return {"issuing_body": unit.name.upper() if unit else "",
            "parent_body": parent.name.upper() if parent else "",
            "place": profile.place_name}


def load_header(db: Database, layout: str | None = None, issued_on: date | None = None
                ) -> ReportHeader:
    """Header data from the Settings ``report.*`` keys, defaults from the office profile."""
    with db.session() as session:
        values = _office_defaults(session)
        rows = session.execute(select(Setting.key, Setting.value)
                               .where(Setting.key.startswith(SETTING_PREFIX))).all()
    for key, value in rows:
        name = key.removeprefix(SETTING_PREFIX)
        if name in HEADER_KEYS and value not in (None, ""):
            values[name] = value
    if layout:
        values["layout"] = layout
    if isinstance(values.get("recipients"), str):
        values["recipients"] = [x.strip() for x in str(values["recipients"]).split("\n")
                                if x.strip()]
    values = {k: v for k, v in values.items() if k in HEADER_KEYS}
    header = ReportHeader(**values)  # type: ignore[arg-type]
    header.issued_on = issued_on or date.today()
    return header


def save_header(db: Database, header: ReportHeader) -> None:
    """Store the header fields as Settings for the next report."""
    with db.session() as session:
        for name in HEADER_KEYS:
            key = SETTING_PREFIX + name
            value = getattr(header, name)
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def summary_paragraphs(total: ReportRow, unit_name: str, period: Period) -> list[str]:
    """The report's opening text, from the total row (figures in Vietnamese format)."""
    n = format_number
    fields = "; ".join(f"{vi} {n(total.value('field_' + code))}"
                       for code, vi, _en in CANONICAL_FIELDS)
    end = period.end.strftime("%d/%m/%Y")
    return [
        f"Trong {period.label()}, toàn {unit_name} xây dựng mới {n(total.value('new'))} mô "
        f"hình, điển hình “Dân vận khéo”, trong đó {n(total.value('collective'))} tập thể, "
        f"{n(total.value('individual'))} cá nhân. Chia theo lĩnh vực: {fields}.",
        f"Lũy kế đến ngày {end}, có {n(total.value('cumulative'))} mô hình, điển hình đang "
        f"được duy trì; trong kỳ có {n(total.value('recognised'))} mô hình, điển hình được "
        f"công nhận; {n(total.value('outstanding'))} tiêu biểu; "
        f"{n(total.value('replicated'))} được nhân rộng; khen thưởng "
        f"{n(total.value('awards_collective'))} tập thể và "
        f"{n(total.value('awards_individual'))} cá nhân.",
        "Số liệu chi tiết theo từng đơn vị tại Phụ lục I; danh sách mô hình, điển hình mới "
        "trong kỳ tại Phụ lục II.",
    ]


def build_report(db: Database, unit: str, period: Period, layout: str | None = None,
                 with_annex: bool = True, issued_on: date | None = None,
                 today: date | None = None) -> ReportBundle:
    """Statistics, annex and header of ``unit``'s report for ``period``."""
    stats = statistics.build_statistics(db, unit, period, today=today)
    header = load_header(db, layout, issued_on)
    document = ReportDocument(header=header, unit_name=stats.root_name,
                              period_label=period.label(), period_end=period.end,
                              table=stats.table,
                              summary=summary_paragraphs(stats.table.total, stats.root_name,
                                                         period))
    if with_annex:
        rank = {key: index for index, key in enumerate(stats.row_keys)}
        order = {eid: rank.get(row, 0) for eid, row in stats.entry_rows.items()}
        document.annex = annex.build_annex(db, stats.new_entry_ids, order=order)
    return ReportBundle(document, stats)


def choosable_units(db: Database, root_code: str) -> list[tuple[str, str]]:
    """(code, name) of the office's unit and every current unit below it, for the picker."""
    with db.session() as session:
        root = statistics.find_root(session, root_code)
        ids = queries.subtree_unit_ids(session, root.id)
        rows = session.execute(select(Unit.id, Unit.code, Unit.name, Unit.valid_to).where(
            Unit.deleted_at.is_(None))).all()
    below = [(code, name) for uid, code, name, valid_to in rows
             if uid in ids and uid != root.id and valid_to is None]
    return [(root.code, root.name)] + sorted(below, key=lambda item: sort_key(item[1]))


@dataclass
class ChartData:
    """Figures of the page's charts: by unit, by year, and targets against actuals."""

    unit_labels: list[str] = field(default_factory=list)
    unit_values: list[int] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    year_values: list[int] = field(default_factory=list)
    target_year: int = 0
    target_labels: list[str] = field(default_factory=list)
    target_actuals: list[int] = field(default_factory=list)
    target_values: list[int] = field(default_factory=list)


def chart_data(db: Database, bundle: ReportBundle, limit: int = 12) -> ChartData:
    """The biggest ``limit`` rows by new entries, five years to the period's end, targets."""
    stats = bundle.statistics
    data = ChartData()
    rows = sorted(stats.table.rows, key=lambda r: -r.value("new"))[:limit]
    data.unit_labels = [r.unit_name for r in rows]
    data.unit_values = [r.value("new") for r in rows]
    last = stats.period.end.year
    first = min(stats.period.start.year, last - 4)
    counts = statistics.new_entry_count_by_year(db, stats.root_code, range(first, last + 1))
    data.years, data.year_values = list(counts), list(counts.values())
    data.target_year = last
    try:
        from dvk_desktop.services import targets

        progress = [r for r in targets.progress(db, last, stats.root_id) if r.has_target]
    except Exception:  # targets are optional for the charts
        log.warning("targets not available for the chart", exc_info=True)
        progress = []
    progress = progress[:limit]
    data.target_labels = [r.unit_name for r in progress]
    data.target_actuals = [r.models for r in progress]
    data.target_values = [r.target_models or 0 for r in progress]
    return data
