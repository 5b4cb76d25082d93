"""Printing settings of the office, kept in the Setting table under ``printing.*`` keys.

Emblem images, default issuer, place and signer, certificate mode and paper, the preferred
font and each template's calibrated x/y offsets.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from sqlalchemy import select

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import OfficeProfile, Setting
from dvk_desktop.domain.errors import FieldProblem, ValidationError
from dvk_desktop.printing.data import FULL, OVERLAY, PAPERS, CertificateOptions

PREFIX = "printing."
MAX_OFFSET_MM = 50.0


@dataclass
class PrintSettings:
    """Everything an office sets once for its printed documents."""

    emblem_state: str = ""
    emblem_party: str = ""
    issuer_title: str = ""  # default issuer line, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"
    place: str = ""  # place name before the date, e.g. "Nghệ An"
    signer_prefix: str = ""
    signer_title: str = ""
    signer_name: str = ""
    mode: str = FULL
    paper: str = "A4"
    prefer_times: bool = False
    template_dir: str = ""
    offsets: dict[str, list[float]] = field(default_factory=dict)  # template → [x, y] mm

    def options(self, mode: str | None = None, paper: str | None = None) -> CertificateOptions:
        """Certificate options from these settings, with an optional mode or paper override."""
        return CertificateOptions(
            mode=mode or self.mode, paper=paper or self.paper,
            template_offsets={k: (float(v[0]), float(v[1])) for k, v in self.offsets.items()},
            emblem_state=Path(self.emblem_state) if self.emblem_state else None,
            emblem_party=Path(self.emblem_party) if self.emblem_party else None,
            prefer_times=self.prefer_times,
            template_dir=Path(self.template_dir) if self.template_dir else None)


def validate_settings(settings: PrintSettings) -> PrintSettings:
    """The settings when valid; raises ValidationError listing every problem."""
    problems = []
    if settings.mode not in (FULL, OVERLAY):
        problems.append(FieldProblem("mode", "Chế độ in phải là “full” hoặc “overlay”.",
                                     "Mode must be “full” or “overlay”."))
    if settings.paper not in PAPERS:
        problems.append(FieldProblem("paper", "Khổ giấy phải là A4 hoặc A3.",
                                     "Paper must be A4 or A3."))
    for name, pair in settings.offsets.items():
        if len(pair) != 2 or any(abs(float(v)) > MAX_OFFSET_MM for v in pair):
            problems.append(FieldProblem(
                "offsets", f"Độ lệch của mẫu “{name}” phải trong khoảng ±{MAX_OFFSET_MM:g} mm.",
                f"Offsets of template “{name}” must be within ±{MAX_OFFSET_MM:g} mm."))
    for key in ("emblem_state", "emblem_party"):
        path = getattr(settings, key)
        if path and not Path(path).is_file():
            problems.append(FieldProblem(key, f"Không tìm thấy tệp ảnh “{path}”.",
                                         f"Image file “{path}” not found."))
    if problems:
        raise ValidationError(problems)
    return settings


def load_print_settings(db: Database) -> PrintSettings:
    """The stored settings; the office's place name is the default place."""
    with db.session() as session:
        rows = dict(session.execute(select(Setting.key, Setting.value)
                                    .where(Setting.key.startswith(PREFIX))).all())
        profile = session.get(OfficeProfile, 1)
        place = profile.place_name if profile is not None else ""
    settings = PrintSettings(place=place or "")
    for item in fields(PrintSettings):
        value = rows.get(PREFIX + item.name)
        if value is not None and isinstance(value, type(getattr(settings, item.name))):
            setattr(settings, item.name, value)
    return settings


def save_print_settings(db: Database, settings: PrintSettings) -> None:
    """Validate and store every setting."""
    validate_settings(settings)
    with db.session() as session:
        for name, value in asdict(settings).items():
            row = session.get(Setting, PREFIX + name)
            if row is None:
                session.add(Setting(key=PREFIX + name, value=value))
            else:
                row.value = value


def save_offsets(db: Database, template: str, x_mm: float, y_mm: float) -> PrintSettings:
    """Store the calibrated offsets of one template and return the updated settings."""
    settings = load_print_settings(db)
    settings.offsets = {**settings.offsets, template: [float(x_mm), float(y_mm)]}
    save_print_settings(db, settings)
    return settings
