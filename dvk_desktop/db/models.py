"""SQLAlchemy 2.0 typed mapping of the registry.

Every record that travels between offices ("synced") has a text UUID key, a ``version``
counter for optimistic concurrency, ``updated_at``/``updated_by``, the unit it originated
from, and a soft-delete tombstone (``deleted_at``) instead of ever being removed.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def sort_key_type(length: int) -> String:
    """Text compared code point by code point, so stored Vietnamese sort keys order right.

    SQLite compares bytes already; PostgreSQL needs the "C" collation, whatever the server's.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def new_id() -> str:
    """A new random text UUID key."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Current time in UTC (stored without time zone, always meaning UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every exchanged record carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    origin_unit_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805
        # UPDATE ... WHERE version = <old>: a concurrent change raises instead of being lost.
        return {"version_id_col": cls.version, "version_id_generator": False}

    @property
    def is_deleted(self) -> bool:
        """True when the record is in the trash (a tombstone)."""
        return self.deleted_at is not None


class FieldCategory(Base):
    """Lookup table of fields (lĩnh vực), each mapped to one of the four canonical fields."""

    __tablename__ = "field"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_vi: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    canonical_code: Mapped[str] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Unit(Synced, Base):
    """A locality or organisation in the tree of units of any depth."""

    __tablename__ = "unit"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30))
    sector: Mapped[str | None] = mapped_column(String(30), nullable=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), nullable=True, index=True)
    valid_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    successor_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    catalogue_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    search_key: Mapped[str] = mapped_column(String(400), default="")
    sort_key: Mapped[str] = mapped_column(sort_key_type(1300), default="")

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", foreign_keys=[parent_id])
    successor: Mapped[Unit | None] = relationship(
        remote_side="Unit.id", foreign_keys=[successor_id]
    )


class Entry(Synced, Base):
    """A model (mô hình) or a typical example (điển hình), collective or individual."""

    __tablename__ = "entry"
    entry_type: Mapped[str] = mapped_column(String(20))
    scope: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    field_code: Mapped[str] = mapped_column(ForeignKey("field.code"))
    level: Mapped[str] = mapped_column(String(20))
    owner_unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    location: Mapped[str] = mapped_column(String(300), default="")
    sector: Mapped[str | None] = mapped_column(String(30), nullable=True)
    year: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(30))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    # The ten items of the registration form.
    problem: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    content_methods: Mapped[str] = mapped_column(Text, default="")
    area_beneficiaries: Mapped[str] = mapped_column(Text, default="")
    forces_roles: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    timeline: Mapped[str] = mapped_column(Text, default="")
    expected_outputs: Mapped[str] = mapped_column(Text, default="")
    sustainability: Mapped[str] = mapped_column(Text, default="")
    leadership: Mapped[str] = mapped_column(Text, default="")
    # Person details, for individuals.
    person_name: Mapped[str] = mapped_column(String(200), default="")
    person_sex: Mapped[str | None] = mapped_column(String(10), nullable=True)
    person_birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    person_ethnicity: Mapped[str] = mapped_column(String(100), default="")
    person_position: Mapped[str] = mapped_column(String(200), default="")
    person_workplace: Mapped[str] = mapped_column(String(300), default="")
    person_party_member: Mapped[bool] = mapped_column(Boolean, default=False)
    person_address: Mapped[str] = mapped_column(String(300), default="")
    # Tags the seeds single out.
    tag_religious: Mapped[bool] = mapped_column(Boolean, default=False)
    tag_ethnic_minority: Mapped[bool] = mapped_column(Boolean, default=False)
    tag_fdi: Mapped[bool] = mapped_column(Boolean, default=False)
    tag_new_rural: Mapped[bool] = mapped_column(Boolean, default=False)
    # Measured results.
    money_vnd: Mapped[int] = mapped_column(BigInteger, default=0)
    land_m2: Mapped[float] = mapped_column(Float, default=0.0)
    working_days: Mapped[int] = mapped_column(Integer, default=0)
    beneficiaries: Mapped[int] = mapped_column(Integer, default=0)
    results_notes: Mapped[str] = mapped_column(Text, default="")
    # Replication.
    replication_count: Mapped[int] = mapped_column(Integer, default=0)
    replication_places: Mapped[str] = mapped_column(Text, default="")
    # Derived keys kept in step with the text by the services.
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(sort_key_type(1600), default="")

    owner_unit: Mapped[Unit] = relationship(foreign_keys=[owner_unit_id])
    field: Mapped[FieldCategory] = relationship()

    __table_args__ = (
        # Covering indexes for the registry's counts, filters and pages (revision 0004).
        Index("ix_entry_counts", "deleted_at", "entry_type", "scope", "year", "field_code",
              "level", "status", "owner_unit_id", "search_key", "id", "start_date"),
        Index("ix_entry_list", "deleted_at", "sort_key", "id", "year", "status", "entry_type",
              "scope", "level", "field_code", "owner_unit_id"),
        # A unit's entries (and, in a year, by search key: the duplicate check).
        Index("ix_entry_unit_year", "owner_unit_id", "year", "search_key"),
    )


class StatusChange(Synced, Base):
    """One move of an entry through the lifecycle, with its reason."""

    __tablename__ = "status_change"
    entry_id: Mapped[str] = mapped_column(ForeignKey("entry.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(30), nullable=True)
    to_status: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Rubric(Synced, Base):
    """A named, versioned set of criteria with classification thresholds."""

    __tablename__ = "rubric"
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    rubric_version: Mapped[int] = mapped_column(Integer, default=1)
    family_id: Mapped[str] = mapped_column(String(36), default=new_id)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # [{"classification": "passed", "min_points": 50}, ...] in ascending order.
    thresholds: Mapped[list] = mapped_column(JSON, default=list)

    criteria: Mapped[list[RubricCriterion]] = relationship(
        order_by="RubricCriterion.ordinal", cascade="all, delete-orphan"
    )


class RubricCriterion(Base):
    """One criterion of a rubric version with its maximum points."""

    __tablename__ = "rubric_criterion"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    rubric_id: Mapped[str] = mapped_column(ForeignKey("rubric.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    max_points: Mapped[float] = mapped_column(Float)


class Inspection(Synced, Base):
    """An inspection of an entry by a delegation, scored against a rubric version."""

    __tablename__ = "inspection"
    entry_id: Mapped[str] = mapped_column(ForeignKey("entry.id"), index=True)
    rubric_id: Mapped[str | None] = mapped_column(ForeignKey("rubric.id"), nullable=True)
    inspected_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    # [{"name": ..., "position": ..., "role": ...}]
    delegation: Mapped[list] = mapped_column(JSON, default=list)
    representatives: Mapped[str] = mapped_column(Text, default="")
    total_points: Mapped[float] = mapped_column(Float, default=0.0)
    classification: Mapped[str | None] = mapped_column(String(20), nullable=True)
    findings: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    limits: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")

    scores: Mapped[list[InspectionScore]] = relationship(
        order_by="InspectionScore.ordinal", cascade="all, delete-orphan"
    )


class InspectionScore(Base):
    """A score for one criterion, with the criterion's text and maximum as they were then."""

    __tablename__ = "inspection_score"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("inspection.id"), index=True)
    criterion_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    criterion_text: Mapped[str] = mapped_column(Text)
    max_points: Mapped[float] = mapped_column(Float)
    points: Mapped[float | None] = mapped_column(Float, nullable=True)


class Decision(Synced, Base):
    """A commendation or recognition decision (Quyết định số …)."""

    __tablename__ = "decision"
    number: Mapped[str] = mapped_column(String(100))
    decided_on: Mapped[date] = mapped_column(Date)
    issuer_kind: Mapped[str] = mapped_column(String(20))
    issuing_body: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    signer_prefix: Mapped[str] = mapped_column(String(40), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit.id"), nullable=True)

    awards: Mapped[list[Award]] = relationship(
        back_populates="decision", order_by="Award.ordinal"
    )


class Recognition(Synced, Base):
    """Recognition of an entry for a year at a level, by a decision."""

    __tablename__ = "recognition"
    entry_id: Mapped[str] = mapped_column(ForeignKey("entry.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(20))
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Award(Synced, Base):
    """One recipient commended by a decision, with the certificate form and text."""

    __tablename__ = "award"
    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id"), index=True)
    entry_id: Mapped[str | None] = mapped_column(ForeignKey("entry.id"), nullable=True, index=True)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    recipient_scope: Mapped[str] = mapped_column(String(20))
    recipient_name: Mapped[str] = mapped_column(String(300))
    recipient_sex: Mapped[str | None] = mapped_column(String(10), nullable=True)
    recipient_position: Mapped[str] = mapped_column(String(300), default="")
    recipient_unit: Mapped[str] = mapped_column(String(300), default="")
    form: Mapped[str] = mapped_column(String(20))
    achievement: Mapped[str] = mapped_column(Text, default="")
    gold_book_number: Mapped[str] = mapped_column(String(50), default="")

    decision: Mapped[Decision] = relationship(back_populates="awards")


class Target(Synced, Base):
    """A unit's target for a year (e.g. at least 3 models)."""

    __tablename__ = "target"
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    min_models: Mapped[int] = mapped_column(Integer, default=0)
    min_exemplars: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("unit_id", "year", name="uq_target_unit_year"),)


class Attachment(Synced, Base):
    """Metadata of an evidence file kept in the content-addressed store."""

    __tablename__ = "attachment"
    entry_id: Mapped[str | None] = mapped_column(ForeignKey("entry.id"), nullable=True, index=True)
    inspection_id: Mapped[str | None] = mapped_column(
        ForeignKey("inspection.id"), nullable=True, index=True
    )
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    caption: Mapped[str] = mapped_column(Text, default="")


class AuditRecord(Base):
    """Who changed what and when, with old and new values."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    old_values: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    new_values: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class OfficeProfile(Base):
    """This installation's office: its unit, officer and preferences (one row)."""

    __tablename__ = "office_profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    installation_id: Mapped[str] = mapped_column(String(36), default=new_id)
    province_code: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(5), default="vi")
    place_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """A stored preference (key and JSON value) of the office."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


SYNCED_MODELS = (Unit, Entry, StatusChange, Rubric, Inspection, Decision, Recognition, Award,
                 Target, Attachment)

from dvk_desktop.db import exchange_models  # noqa: E402,F401  (exchange tables in the metadata)
