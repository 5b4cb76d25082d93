"""Everything a printed or exported report holds, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dvk_desktop.domain.report_table import AnnexTable, ReportTable

MOVEMENT = "“Dân vận khéo”"


@dataclass
class ReportHeader:
    """The header block, the signer and the recipients (from Settings, with defaults)."""

    parent_body: str = ""  # e.g. "TỈNH ỦY NGHỆ AN" or "UBND TỈNH NGHỆ AN"
    issuing_body: str = ""  # e.g. "BAN DÂN VẬN"
    number: str = ""  # "12/BC-BDVTU" (without "Số")
    place: str = ""
    issued_on: date | None = None
    signer_prefix: str = ""  # "", "KT.", "TM.", "T/M"
    signer_title: str = ""  # "TRƯỞNG BAN", "BAN THƯỜNG VỤ"
    signer_subtitle: str = ""  # e.g. "PHÓ TRƯỞNG BAN" under "KT. TRƯỞNG BAN"
    signer_name: str = ""
    recipients: list[str] = field(default_factory=lambda: ["Như trên", "Lưu: VT"])
    layout: str = "state"  # "state" (Decree 30/2020) or "party" (36-HD/VPTW)

    def number_line(self) -> str:
        """"Số: 12/BC-UBND" in the state layout, "Số 12-BC/BDVTU" in the Party layout."""
        number = self.number.strip() or "……"
        return f"Số {number}" if self.layout == "party" else f"Số: {number}"


@dataclass
class ReportDocument:
    """A periodic report: header, title, summary text, statistics table and annex."""

    header: ReportHeader
    unit_name: str
    period_label: str  # "6 tháng đầu năm 2024"
    period_end: date
    table: ReportTable
    summary: list[str] = field(default_factory=list)
    annex: AnnexTable | None = None

    @property
    def title_line(self) -> str:
        """"Kết quả phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2024"."""
        return f"Kết quả phong trào thi đua {MOVEMENT} {self.period_label}"

    @property
    def table_title(self) -> str:
        """Title of the statistics annex."""
        return (f"BIỂU THỐNG KÊ KẾT QUẢ PHONG TRÀO THI ĐUA {MOVEMENT.upper()} "
                f"{self.period_label.upper()}")
