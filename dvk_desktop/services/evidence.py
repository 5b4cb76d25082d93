"""Evidence: photos and documents copied into a content-addressed store beside the database.

A file is stored once under ``<db dir>/<db stem>.evidence/ab/cdef…`` named by its SHA-256;
``Attachment`` rows link it to an entry or an inspection. Removing an attachment moves the
row to the trash (restorable); the stored file stays.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from pathlib import Path

from sqlalchemy import select

from dvk_desktop import config
from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Attachment, Inspection, new_id
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.lifecycle_records import AttachmentRecord
from dvk_desktop.domain.vntext import clean_text, format_number
from dvk_desktop.services import audit
from dvk_desktop.services.lifecycle_common import load, load_entry, synced_fields
from dvk_desktop.services.record_state import set_deleted, touch

MAX_BYTES = 25 * 1024 * 1024
_CHUNK = 1024 * 1024


def store_dir(db: Database) -> Path:
    """The folder of stored files for this database."""
    path = db.path
    if path is None:
        return config.data_dir() / "evidence"
    return path.parent / f"{path.stem}.evidence"


def blob_path(db: Database, sha256: str) -> Path:
    """Where the file with this hash is (or would be) stored."""
    return store_dir(db) / sha256[:2] / sha256[2:]


def _mb(size: int) -> str:
    return format_number(size / (1024 * 1024), 1)


def _check_source(source: Path, max_bytes: int) -> int:
    if not source.is_file():
        raise DomainError(f"Không tìm thấy tệp “{source}”.", f"File not found: “{source}”.")
    size = source.stat().st_size
    if size > max_bytes:
        raise DomainError(
            f"Tệp “{source.name}” nặng {_mb(size)} MB, vượt giới hạn {_mb(max_bytes)} MB. "
            "Hãy thu nhỏ ảnh hoặc tách tài liệu rồi đính kèm lại.",
            f"The file “{source.name}” is {_mb(size)} MB, above the {_mb(max_bytes)} MB limit. "
            "Make the photo smaller or split the document, then attach it again.")
    return size


def _copy_hashed(source: Path, folder: Path) -> tuple[str, Path]:
    """Copy into a temporary file in ``folder`` while hashing; durable before returning."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return digest.hexdigest(), Path(temp_name)


def store_file(db: Database, source: Path, max_bytes: int = MAX_BYTES) -> tuple[str, int]:
    """Put a file into the store (once per content); returns its hash and size."""
    size = _check_source(source, max_bytes)
    root = store_dir(db)
    sha, temp = _copy_hashed(source, root)
    target = blob_path(db, sha)
    if target.exists():
        temp.unlink()
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, target)
    return sha, size


def _record(item: Attachment) -> AttachmentRecord:
    return AttachmentRecord(item.id, item.file_name, item.sha256, item.size_bytes,
                            item.media_type, item.caption, item.entry_id, item.inspection_id,
                            item.created_at, item.deleted_at is not None)


def add_attachment(db: Database, source: str | Path, actor: str, entry_id: str | None = None,
                   inspection_id: str | None = None, caption: str = "",
                   max_bytes: int = MAX_BYTES) -> AttachmentRecord:
    """Attach a file to an entry or an inspection (exactly one of them)."""
    if bool(entry_id) == bool(inspection_id):
        raise DomainError("Hãy chọn mô hình hoặc biên bản kiểm tra để đính kèm.",
                          "Choose an entry or an inspection to attach to.")
    source = Path(source)
    with db.session() as session:  # check the owner before copying a large file
        if entry_id:
            load_entry(session, entry_id)
        else:
            load(session, Inspection, inspection_id or "", "biên bản kiểm tra", "Inspection")
    sha, size = store_file(db, source, max_bytes)
    media = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    with db.session() as session:
        item = Attachment(id=new_id(), entry_id=entry_id, inspection_id=inspection_id,
                          file_name=clean_text(source.name)[:300], sha256=sha, size_bytes=size,
                          media_type=media, caption=clean_text(caption),
                          **synced_fields(session, actor))
        session.add(item)
        session.flush()
        audit.record(session, actor, "create", item, None)
        return _record(item)


def list_attachments(db: Database, entry_id: str | None = None, inspection_id: str | None = None,
                     deleted: bool = False) -> list[AttachmentRecord]:
    """Attachments of an entry or an inspection, oldest first (the trash when ``deleted``)."""
    with db.session() as session:
        query = select(Attachment).where(Attachment.deleted_at.is_not(None) if deleted
                                         else Attachment.deleted_at.is_(None))
        if entry_id:
            query = query.where(Attachment.entry_id == entry_id)
        if inspection_id:
            query = query.where(Attachment.inspection_id == inspection_id)
        query = query.order_by(Attachment.created_at, Attachment.file_name)
        return [_record(a) for a in session.scalars(query)]


def set_attachment_deleted(db: Database, attachment_id: str, deleted: bool,
                           actor: str) -> AttachmentRecord:
    """Remove an attachment (to the trash) or restore it; the stored file is kept."""
    with db.session() as session:
        item = load(session, Attachment, attachment_id, "tệp đính kèm", "Attachment")
        set_deleted(session, item, deleted, actor)
        return _record(item)


def set_caption(db: Database, attachment_id: str, caption: str, actor: str) -> AttachmentRecord:
    """Change an attachment's caption."""
    with db.session() as session:
        item = load(session, Attachment, attachment_id, "tệp đính kèm", "Attachment")
        before = audit.snapshot(item)
        item.caption = clean_text(caption)
        touch(item, actor)
        session.flush()
        audit.record(session, actor, "update", item, before)
        return _record(item)


def file_of(db: Database, record: AttachmentRecord) -> Path:
    """The stored file of an attachment; a clear error when it is missing from the store."""
    path = blob_path(db, record.sha256)
    if not path.is_file():
        raise DomainError(
            f"Không tìm thấy tệp “{record.file_name}” trong kho minh chứng ({store_dir(db)}).",
            f"The file “{record.file_name}” is missing from the evidence store "
            f"({store_dir(db)}).")
    return path
