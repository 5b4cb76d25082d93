"""The statistics table as plain data: columns, header rows, body and total.

PDF, XLSX and CSV are all written from one :class:`ReportTable`, through
:meth:`ReportTable.grid`, so the three agree cell for cell by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dvk_desktop.domain.enums import CANONICAL_FIELDS, Level

Cell = str | int


@dataclass(frozen=True)
class Column:
    """One column: its key in a row's counts, header words, and the group above it."""

    key: str
    vi: str
    en: str
    group: str = ""
    numeric: bool = True
    width: float = 1.0  # relative width in printed tables

    def header(self, language: str = "vi") -> str:
        """Header text in the requested language."""
        return self.en if language == "en" else self.vi


GROUPS: dict[str, tuple[str, str]] = {
    "scope": ("Chia theo tập thể, cá nhân", "By collective, individual"),
    "field": ("Chia theo lĩnh vực", "By field"),
    "level": ("Chia theo cấp", "By level"),
    "lifecycle": ("Kết quả công nhận, nhân rộng", "Recognition and replication"),
    "award": ("Khen thưởng trong kỳ", "Commended in the period"),
}


def statistics_columns() -> list[Column]:
    """Every column of the statistics table, in printed order."""
    columns = [
        Column("no", "TT", "No.", numeric=False, width=0.62),
        Column("unit", "Đơn vị", "Unit", numeric=False, width=3.2),
        Column("cumulative", "Lũy kế đến cuối kỳ", "Cumulative at period end"),
        Column("new", "Mới trong kỳ", "New in period"),
        Column("collective", "Tập thể", "Collective", "scope"),
        Column("individual", "Cá nhân", "Individual", "scope"),
    ]
    columns += [Column(f"field_{code}", vi, en, "field") for code, vi, en in CANONICAL_FIELDS]
    columns += [Column(f"level_{lv.value}", lv.label("vi"), lv.label("en"), "level")
                for lv in Level]
    columns += [
        Column("recognised", "Được công nhận", "Recognised", "lifecycle"),
        Column("outstanding", "Tiêu biểu", "Outstanding", "lifecycle"),
        Column("replicated", "Nhân rộng", "Replicated", "lifecycle"),
        Column("awards_collective", "Tập thể", "Collectives", "award"),
        Column("awards_individual", "Cá nhân", "Individuals", "award"),
        Column("notes", "Ghi chú", "Notes", numeric=False, width=2.0),
    ]
    return columns


@dataclass
class ReportRow:
    """One unit's figures (or the total): counts by column key, and a note."""

    unit_code: str
    unit_name: str
    counts: dict[str, int] = field(default_factory=dict)
    note: str = ""

    def value(self, key: str) -> int:
        """A count, zero when absent."""
        return self.counts.get(key, 0)


@dataclass
class HeaderSpan:
    """A merged header cell: first and last row and column (0-based, inclusive)."""

    row0: int
    col0: int
    row1: int
    col1: int


@dataclass
class ReportTable:
    """Rows, total and columns of one statistics table."""

    columns: list[Column]
    rows: list[ReportRow]
    total: ReportRow

    def header_rows(self, language: str = "vi") -> list[list[str]]:
        """Two header rows (group titles above their columns) and the "(1) (2) …" row."""
        top: list[str] = []
        bottom: list[str] = []
        previous = None
        for column in self.columns:
            if column.group:
                top.append(_group_title(column.group, language) if column.group != previous
                           else "")
                bottom.append(column.header(language))
            else:
                top.append(column.header(language))
                bottom.append("")
            previous = column.group
        numbers = [f"({i})" for i in range(1, len(self.columns) + 1)]
        return [top, bottom, numbers]

    def header_spans(self) -> list[HeaderSpan]:
        """Merged header cells: groups across, single columns down two rows."""
        spans: list[HeaderSpan] = []
        index = 0
        while index < len(self.columns):
            group = self.columns[index].group
            if not group:
                spans.append(HeaderSpan(0, index, 1, index))
                index += 1
                continue
            last = index
            while last + 1 < len(self.columns) and self.columns[last + 1].group == group:
                last += 1
            if last > index:
                spans.append(HeaderSpan(0, index, 0, last))
            index = last + 1
        return spans

    def body_rows(self, language: str = "vi") -> list[list[Cell]]:
        """Unit rows then the total row, one cell per column (numbers stay ``int``)."""
        total_label = "Tổng cộng" if language != "en" else "Total"
        cells = [self._cells(row, str(i)) for i, row in enumerate(self.rows, start=1)]
        total = self._cells(self.total, "")
        total[self._index("unit")] = total_label
        return cells + [total]

    def grid(self, language: str = "vi") -> list[list[Cell]]:
        """Header rows, number row, unit rows and total: the whole table cell by cell."""
        return [list(r) for r in self.header_rows(language)] + self.body_rows(language)

    def _index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def _cells(self, row: ReportRow, number: str) -> list[Cell]:
        out: list[Cell] = []
        for column in self.columns:
            if column.key == "no":
                out.append(number)
            elif column.key == "unit":
                out.append(row.unit_name)
            elif column.key == "notes":
                out.append(row.note)
            else:
                out.append(row.value(column.key))
        return out


HEADER_ROW_COUNT = 3


def _group_title(group: str, language: str) -> str:
    vi, en = GROUPS[group]
    return en if language == "en" else vi


ANNEX_COLUMNS: list[Column] = [
    Column("no", "TT", "No.", numeric=False, width=0.45),
    Column("title", "Tên mô hình, điển hình", "Title", numeric=False, width=3.0),
    Column("scope", "Tập thể/ Cá nhân", "Collective/ individual", numeric=False, width=0.9),
    Column("field", "Lĩnh vực", "Field", numeric=False, width=1.1),
    Column("unit", "Đơn vị", "Unit", numeric=False, width=1.4),
    Column("place", "Địa bàn", "Place", numeric=False, width=1.2),
    Column("start", "Bắt đầu", "Start", numeric=False, width=1.0),
    Column("results", "Kết quả chủ yếu", "Key results", numeric=False, width=2.25),
    Column("recognition", "Công nhận (quyết định)", "Recognition (decision)", numeric=False,
           width=1.8),
    Column("award", "Khen thưởng (quyết định)", "Award (decision)", numeric=False, width=1.8),
]


@dataclass
class AnnexRow:
    """One entry of the annex, every cell already in words."""

    title: str
    scope: str
    field: str
    unit: str
    place: str
    start: str
    results: str
    recognition: str
    award: str
    entry_id: str = ""


@dataclass
class AnnexTable:
    """The annex: the list of entries behind the figures."""

    rows: list[AnnexRow]
    columns: list[Column] = field(default_factory=lambda: list(ANNEX_COLUMNS))

    def header_row(self, language: str = "vi") -> list[str]:
        """Column titles."""
        return [column.header(language) for column in self.columns]

    def body_rows(self) -> list[list[str]]:
        """One list of cells per entry, numbered from 1."""
        keys = [c.key for c in self.columns[1:]]
        return [[str(i)] + [getattr(row, key) for key in keys]
                for i, row in enumerate(self.rows, start=1)]
