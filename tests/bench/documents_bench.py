"""Printing figures: a batch of 1,000 certificates, and the statistics report (PDF, XLSX)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, Unit
from dvk_desktop.domain.periods import Period

CERTIFICATES = 1_000
REPORT_PERIOD = Period.years(2021, 2025)
ANNEX_PERIOD = Period.first_half(2025)


def certificate_items(db: Database, count: int = CERTIFICATES) -> list:
    """``count`` certificates for real entries of the registry, as the printer takes them."""
    from dvk_desktop.printing.data import CertificateData

    with db.session() as session:
        rows = session.execute(
            select(Entry.title, Entry.scope, Entry.person_name, Entry.person_sex,
                   Entry.person_position, Unit.name)
            .join(Unit, Entry.owner_unit_id == Unit.id).limit(count)).all()
    items = []
    for n, (title, scope, person, sex, position, unit_name) in enumerate(rows, start=1):
        individual = scope == "individual"
        items.append(CertificateData(
            issuer_title="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
            recipient_scope=scope, recipient_name=person if individual else unit_name,
            recipient_sex=sex, recipient_position=position, recipient_unit=unit_name,
            achievement=f"Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”: "
                        f"{title}", decision_number=f"{100 + n // 40}/QĐ-UBND",
            decision_date=date(2025, 12, 20), gold_book_number=str(n), place="Nghệ An",
            signed_on=date(2025, 12, 20), signer_lines=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            signer_name="Nguyễn Văn Đệ"))
    return items


def certificates(db: Database, out: Path, count: int = CERTIFICATES) -> dict[str, float]:
    """Pages per second printing ``count`` certificates into one PDF."""
    from dvk_desktop.printing.certificate import render_certificates

    items = certificate_items(db, count)
    started, cpu = time.perf_counter(), time.process_time()
    result = render_certificates(items, out)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"certificates_s": elapsed, "certificates_cpu_s": cpu, "pages": float(result.pages),
            "pages_per_s": result.pages / elapsed if elapsed else 0.0,
            "pages_per_cpu_s": result.pages / cpu if cpu else 0.0}


def _timed(action) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - started, time.process_time() - cpu


def report(db: Database, work: Path) -> dict[str, float]:
    """Seconds for the province's statistics report 2021–2025 as PDF and as XLSX.

    Each figure counts building the statistics from the database and writing the file.
    The annex figure is the report of one half-year with its list of new entries.
    """
    from dvk_desktop.printing.report_pdf import write_report_pdf
    from dvk_desktop.services import report_files, reports
    from tests.bench.datasets import PROVINCE

    def build(period=REPORT_PERIOD, annex=False):
        return reports.build_report(db, PROVINCE, period, with_annex=annex).document

    figures = {}
    for key, action in (
        ("report_pdf", lambda: write_report_pdf(build(), work / "report.pdf")),
        ("report_xlsx", lambda: report_files.write_xlsx(build(), work / "report.xlsx")),
        ("report_annex_pdf", lambda: write_report_pdf(build(ANNEX_PERIOD, True),
                                                      work / "report-annex.pdf")),
    ):
        figures[key + "_s"], figures[key + "_cpu_s"] = _timed(action)
    return figures
