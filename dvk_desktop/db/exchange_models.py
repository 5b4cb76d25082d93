"""Tables of the data exchange: trusted keys, exports, imports with undo, record state, conflicts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dvk_desktop.db.models import Base, new_id, utcnow


class TrustedKey(Base):
    """A sending unit's public signing key, confirmed by its fingerprint; replaced on purpose."""

    __tablename__ = "exchange_trusted_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit_code: Mapped[str] = mapped_column(String(40), index=True)
    public_key: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(100))
    trusted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    trusted_by: Mapped[str] = mapped_column(String(200), default="")
    replaced_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ExportLog(Base):
    """One package written for a recipient; ``as_of`` is the high-water mark of 'since last'."""

    __tablename__ = "exchange_export"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(36))
    recipient_code: Mapped[str] = mapped_column(String(40), index=True)
    since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    as_of: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
    encrypted: Mapped[bool] = mapped_column(default=False)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)


class ImportBatch(Base):
    """One applied package: who imported what, when, with counts; undone as a whole."""

    __tablename__ = "exchange_import"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    sender_code: Mapped[str] = mapped_column(String(40))
    sender_name: Mapped[str] = mapped_column(String(300), default="")
    package_created_at: Mapped[str] = mapped_column(String(40), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="applied")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)


class BeforeImage(Base):
    """A record (and its exchange state) as it was before an import touched it, for undo."""

    __tablename__ = "exchange_before_image"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[str] = mapped_column(ForeignKey("exchange_import.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(36))
    # "created" (undo deletes it), "updated" (undo writes ``before`` back), "state" (only
    # the exchange state changed).
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    state_before: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    version_after: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RecordState(Base):
    """Per record: the last version seen from outside, and the local version just after."""

    __tablename__ = "exchange_record_state"
    table_name: Mapped[str] = mapped_column(String(50), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen_version: Mapped[int] = mapped_column(Integer)
    seen_updated_at: Mapped[str] = mapped_column(String(40))
    local_version: Mapped[int] = mapped_column(Integer)
    sender_code: Mapped[str] = mapped_column(String(40), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (Index("ix_exchange_record_state_imported_at", "imported_at"),)


class PendingConflict(Base):
    """A record changed on both sides, kept side by side until the officer decides."""

    __tablename__ = "exchange_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[str] = mapped_column(ForeignKey("exchange_import.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    record_key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(Text, default="")
    mine: Mapped[dict] = mapped_column(JSON)
    theirs: Mapped[dict] = mapped_column(JSON)
    changed: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
