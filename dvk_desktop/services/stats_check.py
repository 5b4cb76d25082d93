"""The consistency check run on a statistics table before it is sent upward."""

from __future__ import annotations

from dataclasses import dataclass, field

from dvk_desktop.domain.enums import CANONICAL_FIELDS, Level
from dvk_desktop.domain.report_table import ReportRow, ReportTable


@dataclass
class Problem:
    """One inconsistency: how serious, a code, the message in both languages, examples."""

    severity: str  # "error" | "warning" | "info"
    code: str
    vi: str
    en: str
    examples: list[str] = field(default_factory=list)

    def message(self, language: str = "vi") -> str:
        """The message in the requested language."""
        return self.en if language == "en" else self.vi


_PARTS = {
    "scope": (["collective", "individual"], "tập thể + cá nhân", "collective + individual"),
    "field": ([f"field_{code}" for code, _vi, _en in CANONICAL_FIELDS], "tổng các lĩnh vực",
              "sum of fields"),
    "level": ([f"level_{lv.value}" for lv in Level], "tổng các cấp", "sum of levels"),
}


def _row_problems(row: ReportRow) -> list[Problem]:
    found = []
    new = row.value("new")
    for code, (keys, vi, en) in _PARTS.items():
        parts = sum(row.value(k) for k in keys)
        if parts != new:
            found.append(Problem("error", f"{code}_sum",
                                 f"{row.unit_name}: {vi} = {parts}, khác số mới trong kỳ {new}",
                                 f"{row.unit_name}: {en} = {parts}, not the {new} new"))
    if row.value("outstanding") > row.value("cumulative"):
        found.append(Problem("error", "outstanding_sum",
                             f"{row.unit_name}: số tiêu biểu lớn hơn số lũy kế",
                             f"{row.unit_name}: more outstanding than cumulative"))
    if row.value("replicated") > row.value("outstanding"):
        found.append(Problem("error", "replicated_sum",
                             f"{row.unit_name}: số nhân rộng lớn hơn số tiêu biểu",
                             f"{row.unit_name}: more replicated than outstanding"))
    return found


def _total_problems(table: ReportTable) -> list[Problem]:
    found = []
    for column in table.columns:
        if not column.numeric:
            continue
        summed = sum(row.value(column.key) for row in table.rows)
        if summed != table.total.value(column.key):
            found.append(Problem("error", "total_sum",
                                 f"Dòng tổng cột “{column.vi}” = {table.total.value(column.key)}, "
                                 f"tổng các dòng = {summed}",
                                 f"Total of “{column.en}” = {table.total.value(column.key)}, "
                                 f"rows add up to {summed}"))
    return found


def check_table(table: ReportTable, data_problems: list[Problem] | None = None) -> list[Problem]:
    """Every inconsistency of the table: sums per row, the total, and the data's problems."""
    problems = list(data_problems or [])
    for row in [*table.rows, table.total]:
        problems.extend(_row_problems(row))
    problems.extend(_total_problems(table))
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(problems, key=lambda p: order.get(p.severity, 3))
