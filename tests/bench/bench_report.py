"""Benchmark of the statistics report over a large registry (not part of the test run).

    .venv/bin/python -m tests.bench.bench_report --entries 100000 [--cache DIR] [--runs 3]

Generates (once, cached) a province database with ``--entries`` demo entries, then times
the report of the province for several periods as PDF, XLSX and CSV and prints the median
seconds with the table's total row, so the figures can be recorded in docs/performance.md.
The file name does not match ``test_*.py``, so pytest never collects it.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from dvk_desktop.db.database import Database
from dvk_desktop.domain.periods import parse_period
from dvk_desktop.printing.report_pdf import write_report_pdf
from dvk_desktop.services import demo, office, report_files, reports

PROVINCE = "40"
CPU_SECONDS: dict[str, float] = {}


def _database(cache: Path, size: int) -> Database:
    path = cache / f"report-bench-{size}.sqlite3"
    marker = path.with_suffix(".done")
    os.environ.setdefault("DVK_DATA_DIR", str(cache / "data"))
    if not marker.exists():
        for stale in cache.glob(path.name + "*"):
            stale.unlink()
        started = time.perf_counter()
        db = Database.open(path)
        office.init_office(db, PROVINCE, officer_name="Nguyễn Văn An")
        demo.generate_entries(db, size, seed=1)
        marker.write_text("done\n", encoding="utf-8")
        print(f"generated {size:,} entries in {time.perf_counter() - started:.1f} s")
        return db
    return Database.open(path)


def _median(action, runs: int, name: str = "") -> float:
    """Median wall-clock seconds; CPU seconds are printed too (the figure on an idle
    machine, since the work runs in one thread of this process, SQLite included)."""
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    result = statistics.median(times)
    print(f"  {name}: {result:.2f} s wall, {statistics.median(cpu):.2f} s CPU", flush=True)
    CPU_SECONDS[name] = statistics.median(cpu)
    return result


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle
                       if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def measure(db: Database, period_code: str, out: Path, runs: int) -> list[tuple[str, float]]:
    """Median seconds for each output of one period (building the figures included)."""
    period = parse_period(period_code)
    print(f"{period_code}:", flush=True)

    def build(annex: bool = False):
        return reports.build_report(db, PROVINCE, period, with_annex=annex).document

    figures = [
        ("figures only", _median(lambda: build(), runs, "figures only")),
        ("PDF", _median(lambda: write_report_pdf(build(), out / "r.pdf"), runs, "PDF")),
        ("XLSX", _median(lambda: report_files.write_xlsx(build(), out / "r.xlsx"), runs, "XLSX")),
        ("CSV", _median(lambda: report_files.write_csv(build().table, out / "r.csv"), runs,
                                 "CSV")),
        ("PDF with annex", _median(lambda: write_report_pdf(build(True), out / "a.pdf"), 1,
                                            "PDF with annex")),
        ("XLSX with annex", _median(lambda: report_files.write_xlsx(build(True), out / "a.xlsx"),
                                    1, "XLSX with annex")),
    ]
    document = build(True)
    total = document.table.total
    print(f"\n{period_code}: {len(document.table.rows)} rows, new {total.value('new'):,}, "
          f"cumulative {total.value('cumulative'):,}, annex {len(document.annex.rows):,} rows")
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table of median seconds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "dvk-bench")
    parser.add_argument("--periods", default="2024H1,2024,2021-2025")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    db = _database(args.cache, args.entries)
    print(f"machine: {_machine()}; load average {os.getloadavg()[0]:.1f}", flush=True)
    rows = []
    try:
        for code in args.periods.split(","):
            rows += [(code, name, seconds, CPU_SECONDS[name]) for name, seconds in
                     measure(db, code, args.cache, args.runs)]
    finally:
        db.close()
    print(f"\n| Period | Output | Wall s | CPU s ({args.entries:,} entries) |\n|---|---|---|---|")
    for code, name, seconds, cpu in rows:
        print(f"| {code} | {name} | {seconds:.2f} | {cpu:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
