"""Plain data of the lifecycle: rubrics, inspections, decisions, awards, targets, evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from dvk_desktop.domain.rubrics import RubricSpec


@dataclass
class RubricInfo:
    """A stored rubric version with its criteria."""

    id: str
    family_id: str
    rubric_version: int
    active: bool
    spec: RubricSpec
    criterion_ids: list[str]
    inspection_count: int = 0
    version: int = 1


@dataclass
class DelegationMember:
    """One member of an inspection delegation."""

    name: str
    position: str = ""
    role: str = ""


@dataclass
class InspectionData:
    """Every editable field of an inspection; ``scores`` follow the rubric's criteria."""

    entry_id: str
    rubric_id: str
    inspected_on: date
    place: str = ""
    delegation: list[DelegationMember] = field(default_factory=list)
    representatives: str = ""
    scores: list[float | None] = field(default_factory=list)
    findings: str = ""
    strengths: str = ""
    limits: str = ""
    conclusion: str = ""
    recommendations: str = ""


@dataclass
class ScoreLine:
    """A criterion as it was when scored, with its points."""

    ordinal: int
    text: str
    max_points: float
    points: float | None


@dataclass
class InspectionRecord:
    """A stored inspection with its scores and the inspected entry's names."""

    id: str
    version: int
    data: InspectionData
    lines: list[ScoreLine]
    total_points: float
    classification: str | None
    entry_title: str = ""
    unit_name: str = ""
    rubric_name: str = ""
    deleted: bool = False


@dataclass
class InspectionRow:
    """One line of the inspections list."""

    id: str
    entry_id: str
    entry_title: str
    unit_name: str
    inspected_on: date
    place: str
    total_points: float
    classification: str | None
    head_of_delegation: str


@dataclass
class DecisionData:
    """Every editable field of a decision."""

    number: str
    decided_on: date
    issuer_kind: str
    issuing_body: str = ""
    place: str = ""
    signer_prefix: str = ""
    signer_title: str = ""
    signer_name: str = ""
    subject: str = ""
    unit_id: str | None = None


@dataclass
class AwardData:
    """One recipient of a decision: an entry, or a collective or person typed directly."""

    recipient_scope: str
    recipient_name: str
    form: str
    achievement: str = ""
    entry_id: str | None = None
    recipient_sex: str | None = None
    recipient_position: str = ""
    recipient_unit: str = ""
    gold_book_number: str = ""


@dataclass
class AwardRecord:
    """A stored award."""

    id: str
    version: int
    decision_id: str
    ordinal: int
    data: AwardData


@dataclass
class DecisionRecord:
    """A stored decision with its awards (live ones, in order)."""

    id: str
    version: int
    data: DecisionData
    awards: list[AwardRecord] = field(default_factory=list)
    award_count: int = 0
    deleted: bool = False
    recognition_count: int = 0


@dataclass
class AddResult:
    """What adding several entries to a decision did."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class RecognitionRecord:
    """A recognition of an entry for a year and level."""

    id: str
    entry_id: str
    year: int
    level: str
    decision_id: str | None
    decision_number: str = ""
    note: str = ""


@dataclass
class TargetRecord:
    """A unit's target for a year."""

    id: str
    unit_id: str
    year: int
    min_models: int
    min_exemplars: int
    note: str = ""


@dataclass
class ProgressRow:
    """A unit's registrations in a year against its target, with tag counts."""

    unit_id: str
    unit_code: str
    unit_name: str
    models: int
    exemplars: int
    target_models: int | None
    target_exemplars: int | None
    religious: int
    ethnic_minority: int

    @property
    def has_target(self) -> bool:
        """True when a target is set for the unit and year."""
        return self.target_models is not None

    @property
    def below_target(self) -> bool:
        """True when the unit has fewer registrations than its target asks for."""
        if not self.has_target:
            return False
        return (self.models < (self.target_models or 0)
                or self.exemplars < (self.target_exemplars or 0))


@dataclass
class AttachmentRecord:
    """Metadata of one evidence file."""

    id: str
    file_name: str
    sha256: str
    size_bytes: int
    media_type: str
    caption: str
    entry_id: str | None
    inspection_id: str | None
    created_at: datetime
    deleted: bool = False

    @property
    def is_image(self) -> bool:
        """True for photos, which get a thumbnail."""
        return self.media_type.startswith("image/")
