"""Benchmark harness: generate registries of several sizes, measure, print the table.

    python -m tests.bench.harness --sizes 10000,100000,1000000 --runs 3

Databases are generated once per size into the cache folder and reused. Every figure is a
median over ``--runs`` runs (the window's figures are medians over all their samples).
Headless figures (exchange, report) are taken up to ``--heavy-max`` entries; LibreOffice's
side of the comparison only when ``soffice`` is installed. Nothing here is a test: timings
are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import datasets, machine
from tests.bench.table import Results, render

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CACHE = Path(os.environ.get("DVK_BENCH_CACHE", "/tmp/dvk-bench"))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The harness's options."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.harness")
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="entries per registry, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (medians)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                        help="folder for the generated databases (reused between runs)")
    parser.add_argument("--heavy-max", type=int, default=100_000,
                        help="largest size for exchange and report figures")
    parser.add_argument("--certificates", type=int, default=1_000,
                        help="certificates per batch")
    parser.add_argument("--no-libreoffice", action="store_true",
                        help="leave out the LibreOffice comparison")
    parser.add_argument("--markdown", type=Path, default=None,
                        help="also write the table to this file")
    args = parser.parse_args(argv)
    args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    return args


def _guard(results: Results, keys: list[str], size: int, action) -> None:
    """Run one measurement; a failure becomes a note on its rows, never an abort."""
    try:
        action()
    except Exception as exc:  # noqa: BLE001 - reported in the table and on stderr
        text = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:80]
        print(f"  ! {', '.join(keys)} at {size:,}: {text}", file=sys.stderr)
        for key in keys:
            results.note(key, size, "error")


def probe_window(db: Path) -> dict:
    """Run the window probe in a child process; its figures."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "tests.bench.window_probe", str(db),
                           repr(time.time())], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip()
                           else f"exit {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def window_figures(results: Results, db: Path, size: int, runs: int) -> None:
    """Start, update times and memory of the window, over ``runs`` fresh processes."""
    for _ in range(runs):
        found = probe_window(db)
        results.add("window_start", size, found["start_s"])
        results.add_cpu("window_start", size, found["start_cpu_s"])
        for key in ("search", "filter", "sort", "form_save"):
            results.add(key, size, *found[f"{key}_ms"])
            results.add_cpu(key, size, *found["cpu_ms"].get(key, []))
        results.add("start_counted", size, found["start_counted_s"])
        results.add("count", size, *found["count_ms"])
        results.add("form_first", size, found["form_save_ms"][0])
        results.add_cpu("form_first", size, found["cpu_ms"]["form_save"][0])
        results.add("scroll_end", size, found["scroll_end_ms"])
        results.add_cpu("scroll_end", size, *found["cpu_ms"].get("scroll_end", []))
        results.add("window_rss", size, found["rss_mb"])


def exchange_figures(results: Results, db: Path, size: int, work: Path) -> None:
    """Export, import into an empty database, and import again."""
    from tests.bench import exchange_bench

    found = exchange_bench.measure(db, work)
    for key in ("export", "import", "reimport"):
        results.add(key, size, found[key])
        results.add_cpu(key, size, found[key + "_cpu"])
    results.add("import_log", size, found["import_log"])
    if found["reimport_changes"]:
        print(f"  ! re-import at {size:,} changed {found['reimport_changes']:.0f} records",
              file=sys.stderr)


def in_child(results: Results, action) -> None:
    """Run ``action(results)`` in a fresh (forked) process and keep what it recorded.

    Each group of figures starts from the same state, as when the officer runs that task:
    an import of 100,000 entries leaves the measuring process with a large, fragmented heap
    that made the report measured after it half as fast again.
    """
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)

    def child() -> None:
        found = Results()
        try:
            action(found)
        finally:
            sending.send((found.samples, found.notes))
            sending.close()

    process = context.Process(target=child)
    process.start()
    sending.close()
    try:
        samples, notes = receiving.recv()
    except EOFError:  # the child died before sending anything
        samples, notes = {}, {}
    process.join()
    for key, values in samples.items():
        results.samples.setdefault(key, []).extend(values)
    results.notes.update(notes)


def document_figures(results: Results, db_path: Path, size: int, work: Path,
                     certificates: int) -> None:
    """Certificates per second and the statistics report's files."""
    from dvk_desktop.db.database import Database
    from tests.bench import documents_bench

    db = Database.open(db_path, daily_backup=False)
    try:
        _guard(results, ["certificates", "ours_certificates_s"], size, lambda: _certs(
            results, db, size, work, certificates))
        _guard(results, ["report_pdf", "report_xlsx", "report_annex_pdf"], size,
               lambda: _report(results, documents_bench.report(db, work), size))
    finally:
        db.close()


def _certs(results: Results, db, size: int, work: Path, count: int) -> None:
    from tests.bench import documents_bench

    found = documents_bench.certificates(db, work / "certificates.pdf", count)
    results.add("certificates", size, found["pages_per_s"])
    results.add_cpu("certificates", size, found["pages_per_cpu_s"])
    results.add("ours_certificates_s", size, found["certificates_s"])
    results.add_cpu("ours_certificates_s", size, found["certificates_cpu_s"])


def _report(results: Results, found: dict, size: int) -> None:
    for key in ("report_pdf", "report_xlsx", "report_annex_pdf"):
        results.add(key, size, found[key + "_s"])
        results.add_cpu(key, size, found[key + "_cpu_s"])


def libreoffice_figures(results: Results, db_path: Path, size: int, work: Path,
                        cache: Path, certificates: int) -> None:
    """LibreOffice's side: the same entries as XLSX opened, the same letters merged."""
    from dvk_desktop.db.database import Database
    from tests.bench import documents_bench, libreoffice

    sheet, letters = work / f"entries-{size}.xlsx", work / "certificates-merge.fodt"
    db = Database.open(db_path, daily_backup=False)
    try:
        libreoffice.write_xlsx(db, sheet)
        libreoffice.write_mail_merge(documents_bench.certificate_items(db, certificates), letters)
    finally:
        db.close()
    profile = cache / "libreoffice-profile"
    libreoffice.warm_profile(profile)
    results.add("lo_xlsx_open", size, libreoffice.convert(sheet, "csv", work, profile))
    results.add("lo_mailmerge", size, libreoffice.convert(letters, "pdf", work, profile))


def ratios(results: Results, size: int) -> None:
    """Ours divided by LibreOffice's, from the medians."""
    for key, ours, theirs in (("ratio_open", "window_start", "lo_xlsx_open"),
                              ("ratio_print", "ours_certificates_s", "lo_mailmerge")):
        a, b = results.median(ours, size), results.median(theirs, size)
        if a is not None and b:
            results.add(key, size, a / b)
        else:
            results.note(key, size, results.notes.get((theirs, size), "no figures"))


def warm_up(path: Path) -> None:
    """Open the database once: a migration and the day's first backup are not measured.

    The program's modules are compiled to bytecode first, as an installation ships them:
    with PYTHONDONTWRITEBYTECODE set (as on some build machines) every start would
    otherwise compile them again.
    """
    import compileall

    from dvk_desktop.db.database import Database

    compileall.compile_dir(str(ROOT / "dvk_desktop"), quiet=1)
    Database.open(path).close()


def measure_size(results: Results, args: argparse.Namespace, size: int) -> None:
    """Every figure at one size."""
    path, generated = datasets.ensure_dataset(args.cache, size)
    if generated is not None:
        results.add("demo", size, generated)
    else:
        results.note("demo", size, "cached")
    work = args.cache / f"work-{size}"
    work.mkdir(parents=True, exist_ok=True)
    print(f"measuring at {size:,} entries …", file=sys.stderr)
    warm_up(path)
    _guard(results, ["window_start", "search", "filter", "sort", "scroll_end", "form_save",
                     "form_first", "start_counted", "count", "window_rss"], size,
           lambda: window_figures(results, path, size, args.runs))
    for run in range(args.runs):
        if size <= args.heavy_max:
            in_child(results, lambda found: _guard(
                found, ["export", "import", "reimport"], size,
                lambda: exchange_figures(found, path, size, work)))
            in_child(results, lambda found: document_figures(
                found, path, size, work, args.certificates))
        elif run == 0:
            for key in ("export", "import", "reimport", "certificates", "ours_certificates_s",
                        "report_pdf", "report_xlsx", "report_annex_pdf"):
                results.note(key, size, "over --heavy-max")
    _libreoffice(results, args, path, size, work)
    ratios(results, size)
    shutil.rmtree(work, ignore_errors=True)


def _libreoffice(results: Results, args, path: Path, size: int, work: Path) -> None:
    from tests.bench import libreoffice

    keys = ["lo_xlsx_open", "lo_mailmerge"]
    reason = ("skipped: --no-libreoffice" if args.no_libreoffice
              else "skipped: soffice not installed" if libreoffice.soffice() is None
              else "over --heavy-max" if size > args.heavy_max else None)
    if reason is not None:
        for key in keys:
            results.note(key, size, reason)
        print(f"LibreOffice comparison at {size:,}: {reason}", file=sys.stderr)
        return
    for _ in range(args.runs):
        _guard(results, keys, size, lambda: libreoffice_figures(
            results, path, size, work, args.cache, args.certificates))


def main(argv: list[str] | None = None) -> int:
    """Measure every size, then print the table (and write it when asked)."""
    args = parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    datasets.use_data_dir(args.cache)
    print(f"load average at the start: {machine.load_text()}", file=sys.stderr)
    loop_before = machine.reference_loop_s()
    results = Results()
    for size in args.sizes:
        measure_size(results, args, size)
    described = machine.describe()
    described["Load average (1 min) at the end"] = machine.load_text()
    described["Reference Python loop before and after (machine's speed; lower is faster)"] = (
        f"{loop_before:.2f} s and {machine.reference_loop_s():.2f} s")
    table = render(results, args.sizes, described, args.runs)
    print(table)
    if args.markdown is not None:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
