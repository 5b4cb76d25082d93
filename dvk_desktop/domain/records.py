"""Plain data passed between the window, the services and the printers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date

from dvk_desktop.domain.enums import EntryType, Level, Scope, Status

REGISTRATION_ITEMS: list[tuple[str, str, str]] = [
    ("problem", "Thực trạng, lý do xây dựng", "Problem and reason"),
    ("goals", "Mục tiêu, tiêu chí đo lường", "Goals and measurable criteria"),
    ("content_methods", "Nội dung, cách làm", "Content and methods"),
    ("area_beneficiaries", "Địa bàn, đối tượng thụ hưởng", "Area and beneficiaries"),
    ("forces_roles", "Lực lượng tham gia, vai trò", "Forces and roles"),
    ("resources", "Nguồn lực", "Resources"),
    ("timeline", "Thời gian, lộ trình", "Timeline"),
    ("expected_outputs", "Kết quả dự kiến", "Expected outputs"),
    ("sustainability", "Tính bền vững, khả năng nhân rộng", "Sustainability and replicability"),
    ("leadership", "Cấp ủy lãnh đạo, cơ quan chỉ đạo", "Leading Party committee and sponsor"),
]

TAG_FIELDS = ["tag_religious", "tag_ethnic_minority", "tag_fdi", "tag_new_rural"]


@dataclass
class EntryData:
    """Every editable field of an entry, as plain values."""

    entry_type: str = EntryType.MODEL.value
    scope: str = Scope.COLLECTIVE.value
    title: str = ""
    field_code: str = ""
    level: str = Level.GRASSROOTS.value
    owner_unit_id: str = ""
    location: str = ""
    sector: str | None = None
    year: int = 0
    start_date: date | None = None
    status: str = Status.REGISTERED.value
    status_reason: str = ""
    problem: str = ""
    goals: str = ""
    content_methods: str = ""
    area_beneficiaries: str = ""
    forces_roles: str = ""
    resources: str = ""
    timeline: str = ""
    expected_outputs: str = ""
    sustainability: str = ""
    leadership: str = ""
    person_name: str = ""
    person_sex: str | None = None
    person_birth_year: int | None = None
    person_ethnicity: str = ""
    person_position: str = ""
    person_workplace: str = ""
    person_party_member: bool = False
    person_address: str = ""
    tag_religious: bool = False
    tag_ethnic_minority: bool = False
    tag_fdi: bool = False
    tag_new_rural: bool = False
    money_vnd: int = 0
    land_m2: float = 0.0
    working_days: int = 0
    beneficiaries: int = 0
    results_notes: str = ""
    replication_count: int = 0
    replication_places: str = ""

    @classmethod
    def field_names(cls) -> list[str]:
        """Names of every editable field, in declaration order."""
        return [f.name for f in fields(cls)]

    def to_dict(self) -> dict:
        """The fields as a dictionary."""
        return asdict(self)


@dataclass
class EntryRecord:
    """An entry as read back: its data plus identity, version and display names."""

    id: str
    version: int
    data: EntryData
    unit_code: str = ""
    unit_name: str = ""
    field_name: str = ""
    deleted: bool = False
    updated_by: str = ""


@dataclass
class UnitData:
    """Editable fields of a unit."""

    code: str = ""
    name: str = ""
    kind: str = "other"
    sector: str | None = None
    parent_id: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    successor_id: str | None = None
    catalogue_code: str | None = None


@dataclass
class UnitRecord:
    """A unit as read back, with identity and version."""

    id: str
    version: int
    data: UnitData
    deleted: bool = False
    children: list[str] = field(default_factory=list)


@dataclass
class EntryFilter:
    """What the registry table shows: every criterion is optional."""

    text: str = ""
    year: int | None = None
    field_code: str | None = None
    entry_type: str | None = None
    scope: str | None = None
    level: str | None = None
    status: str | None = None
    unit_id: str | None = None
    tags: list[str] = field(default_factory=list)
    deleted: bool = False


@dataclass
class EntrySummary:
    """Counts shown under the table: total, by type and by scope."""

    total: int = 0
    models: int = 0
    exemplars: int = 0
    collective: int = 0
    individual: int = 0
