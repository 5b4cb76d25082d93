"""Plain data the printers take. Nothing here knows about the database or Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

# Called after each page with (done, total); returning False cancels the job.
ProgressCallback = Callable[[int, int], bool | None]

STATE, PARTY, FRONT = "state", "party", "front"
GIAY_KHEN, BANG_KHEN = "giay_khen", "bang_khen"
FULL, OVERLAY = "full", "overlay"
PAPERS = ("A4", "A3")


@dataclass
class CertificateData:
    """Everything one certificate (Giấy khen or Bằng khen) prints, as ready text."""

    form: str = GIAY_KHEN
    issuer_kind: str = STATE
    issuer_title: str = ""  # e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    recipient_scope: str = "collective"
    recipient_name: str = ""
    recipient_sex: str | None = None  # "male" / "female" for individuals
    recipient_position: str = ""
    recipient_unit: str = ""
    achievement: str = ""
    decision_number: str = ""  # "123/QĐ-UBND" or "05-QĐ/ĐU", without "Số"
    decision_date: date | None = None
    gold_book_number: str = ""
    place: str = ""
    signed_on: date | None = None
    signer_lines: list[str] = field(default_factory=list)  # ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    signer_name: str = ""


@dataclass
class CertificateOptions:
    """How certificates are printed: mode, paper, calibration offsets and emblem images."""

    mode: str = FULL
    paper: str = "A4"
    offset_x_mm: float = 0.0  # positive moves text to the right
    offset_y_mm: float = 0.0  # positive moves text down
    # Per template (e.g. "giay_khen_state": (1.5, -2.0)); wins over the two above.
    template_offsets: dict[str, tuple[float, float]] = field(default_factory=dict)
    emblem_state: Path | None = None
    emblem_party: Path | None = None
    prefer_times: bool = False
    template_dir: Path | None = None  # an office's adjusted templates, searched first


    def offsets_for(self, template: str) -> tuple[float, float]:
        """The x/y offsets (mm) calibrated for a template."""
        return self.template_offsets.get(template, (self.offset_x_mm, self.offset_y_mm))


@dataclass
class DrawnBox:
    """Where one text element was drawn, in points from the page's bottom-left corner."""

    element: str
    x: float
    y: float
    width: float
    height: float
    font_size: float
    limit: tuple[float, float, float, float]  # the template box it had to stay inside

    def inside(self, x: float, y: float, width: float, height: float, tol: float = 0.01) -> bool:
        """True when this box lies within the given rectangle."""
        return (self.x >= x - tol and self.y >= y - tol
                and self.x + self.width <= x + width + tol
                and self.y + self.height <= y + height + tol)


@dataclass
class PrintResult:
    """What a print job produced: page count, the boxes of each page, whether cancelled."""

    pages: int = 0
    cancelled: bool = False
    boxes: list[list[DrawnBox]] = field(default_factory=list)
    page_size: tuple[float, float] = (0.0, 0.0)


@dataclass
class CriterionLine:
    """One rubric criterion on a checklist, with its score when filled."""

    text: str
    max_points: float
    points: float | None = None


@dataclass
class Threshold:
    """A classification and the points from which it applies."""

    label: str  # "Không đạt", "Đạt", "Tiêu biểu"
    min_points: float
    code: str = ""


@dataclass
class Member:
    """A person named on a checklist: delegation member or unit representative."""

    name: str
    position: str = ""
    role: str = ""


@dataclass
class ChecklistData:
    """An inspection checklist for one entry: blank to take along, or filled after."""

    entry_title: str
    entry_kind: str  # "Mô hình" / "Điển hình tập thể" / "Điển hình cá nhân"
    unit_name: str = ""
    location: str = ""
    field_name: str = ""
    year: int | None = None
    start_date: date | None = None
    person_lines: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    rubric_name: str = ""
    criteria: list[CriterionLine] = field(default_factory=list)
    thresholds: list[Threshold] = field(default_factory=list)
    filled: bool = False
    classification: str | None = None  # a threshold code when filled
    inspected_on: date | None = None
    place: str = ""
    delegation: list[Member] = field(default_factory=list)
    representatives: str = ""
    findings: str = ""
    strengths: str = ""
    limits: str = ""
    conclusion: str = ""
    recommendations: str = ""
    issuing_body: str = ""  # printed top left, e.g. "BAN DÂN VẬN TỈNH ỦY NGHỆ AN"

    @property
    def total_max(self) -> float:
        """Sum of the criteria's maximum points."""
        return sum(line.max_points for line in self.criteria)

    @property
    def total_points(self) -> float | None:
        """Sum of the scores given, or None when nothing is scored."""
        scored = [line.points for line in self.criteria if line.points is not None]
        return sum(scored) if scored else None


@dataclass
class RegistrationData:
    """A registration form (Phiếu đăng ký) of one entry with its ten items."""

    entry_title: str
    entry_type: str  # "model" / "exemplar"
    scope: str  # "collective" / "individual"
    unit_name: str = ""
    parent_unit_name: str = ""
    location: str = ""
    field_name: str = ""
    level_name: str = ""
    year: int | None = None
    start_date: date | None = None
    person_lines: list[tuple[str, str]] = field(default_factory=list)
    items: list[tuple[str, str]] = field(default_factory=list)  # (heading, text), ten of them
    place: str = ""
    signed_on: date | None = None
