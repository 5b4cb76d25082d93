"""The benchmark's rows, their goals, and the printed table."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Row:
    """One figure: its key, label, unit, and goals as (entries, limit); entries 0: any size."""

    key: str
    label: str
    unit: str
    goals: tuple[tuple[int, float], ...] = ()
    higher_is_better: bool = False

    def goal_text(self) -> str:
        """The goals as printed, e.g. "≤ 50 @100k; ≤ 200 @1M"."""
        if not self.goals:
            return "—"
        sign = "≥" if self.higher_is_better else "≤"
        return "; ".join(f"{sign} {limit:g}" + (f" @{_short(size)}" if size else "")
                         for size, limit in self.goals)

    def met(self, size: int, value: float) -> bool | None:
        """Whether ``value`` at ``size`` meets its goal (None: no goal at that size)."""
        for at, limit in self.goals:
            if at in (0, size):
                return value >= limit if self.higher_is_better else value <= limit
        return None


def _short(size: int) -> str:
    if size >= 1_000_000 and size % 1_000_000 == 0:
        return f"{size // 1_000_000}M"
    if size >= 1_000 and size % 1_000 == 0:
        return f"{size // 1_000}k"
    return str(size)


K100, M1 = 100_000, 1_000_000
ROWS: list[Row] = [
    Row("demo", "Generate demo data (entries + related records)", "s"),
    Row("window_start", "Window start → first painted Entries page", "s", ((K100, 1.5),)),
    Row("start_counted", "… until the summary line has the registry's count", "s"),
    Row("search", "Diacritics-free search update (median)", "ms", ((K100, 50), (M1, 200))),
    Row("filter", "Filter update (median)", "ms", ((K100, 50), (M1, 200))),
    Row("count", "… until the summary line has the new count (median)", "ms"),
    Row("sort", "Sort by a column (median)", "ms", ((K100, 200),)),
    Row("scroll_end", "Jump to the end of the table", "ms"),
    Row("form_save", "Open an entry's form and save it (median)", "ms", ((0, 100),)),
    Row("form_first", "… the first time after start (the form is made)", "ms"),
    Row("window_rss", "Window resident memory after use", "MB", ((M1, 300),)),
    Row("export", "Export the registry to a package", "s", ((K100, 5),)),
    Row("import", "Import the package into an empty database", "s", ((K100, 15),)),
    Row("import_log", "… then copying its write-ahead log into the file (in the background)",
        "s"),
    Row("reimport", "Re-import the same package (nothing to change)", "s", ((K100, 5),)),
    Row("certificates", "Certificates, batch of 1,000", "pages/s", ((0, 100),), True),
    Row("report_pdf", "Statistics report 2021–2025, PDF", "s", ((K100, 2),)),
    Row("report_xlsx", "Statistics report 2021–2025, XLSX", "s", ((K100, 2),)),
    Row("report_annex_pdf", "Report 2025H1 with its annex of entries, PDF", "s"),
    Row("lo_xlsx_open", "LibreOffice: open the entries as XLSX (to CSV)", "s"),
    Row("ratio_open", "Ratio: our window start / LibreOffice XLSX open", "×"),
    Row("lo_mailmerge", "LibreOffice: 1,000-letter mail merge to PDF", "s"),
    Row("ours_certificates_s", "Ours: the same 1,000 certificates to PDF", "s"),
    Row("ratio_print", "Ratio: our certificates / LibreOffice mail merge", "×"),
]
ROW_KEYS = [row.key for row in ROWS]


@dataclass
class Results:
    """Samples per (row key, size), and notes for figures that could not be taken."""

    samples: dict[tuple[str, int], list[float]] = field(default_factory=dict)
    notes: dict[tuple[str, int], str] = field(default_factory=dict)

    def add(self, key: str, size: int, *values: float) -> None:
        """Record one or more samples."""
        self.samples.setdefault((key, size), []).extend(values)

    def add_cpu(self, key: str, size: int, *values: float) -> None:
        """Record the CPU time of samples (shown next to their wall-clock median)."""
        self.samples.setdefault((key + "@cpu", size), []).extend(values)

    def note(self, key: str, size: int, text: str) -> None:
        """Record why a figure is missing."""
        self.notes[(key, size)] = text

    def median(self, key: str, size: int) -> float | None:
        """Median of the samples, or None."""
        values = self.samples.get((key, size))
        return statistics.median(values) if values else None


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.2f}"


def _cell(results: Results, row: Row, size: int) -> str:
    value = results.median(row.key, size)
    if value is None:
        note = results.notes.get((row.key, size))
        return "n/a" if note is None else f"n/a ({note})"
    verdict = row.met(size, value)
    text = _number(value) + ("" if verdict is None else (" ✓" if verdict else " ✗"))
    cpu = results.median(row.key + "@cpu", size)
    return text if cpu is None else f"{text} (CPU {_number(cpu)})"


def render(results: Results, sizes: list[int], machine: dict[str, str], runs: int) -> str:
    """The Markdown table with the machine above it."""
    lines = [f"- {name}: {value}" for name, value in machine.items()]
    lines.append(f"- Runs per figure: {runs} (medians; wall-clock, with the CPU time of "
                 "this program's work in brackets; ✓/✗ judge the wall-clock time)")
    lines.append("")
    head = ["Figure", "Goal"] + [f"{_short(s)} entries" for s in sizes]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    for row in ROWS:
        cells = [f"{row.label} ({row.unit})", row.goal_text()]
        cells += [_cell(results, row, s) for s in sizes]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
