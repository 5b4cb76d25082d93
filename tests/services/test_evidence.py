"""Evidence store: content-addressed copies beside the database, size limit, trash."""

from __future__ import annotations

import hashlib

import pytest

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import evidence, inspections
from tests.services.lifecycle_support import ACTOR, inspection_data, make_entry


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "ảnh hội nghị.jpg"
    path.write_bytes(b"\xff\xd8\xff" + b"photo" * 100)
    return path


def test_file_is_stored_by_hash_beside_the_database(office_db, photo, data_dir):
    entry_id = make_entry(office_db)
    record = evidence.add_attachment(office_db, photo, ACTOR, entry_id=entry_id, caption=" Ảnh ")
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    if office_db.path is None:  # a database server: the store is in the data directory
        root = data_dir / "evidence"
    else:
        root = office_db.path.parent / f"{office_db.path.stem}.evidence"
    expected = root / sha[:2] / sha[2:]
    assert record.sha256 == sha and expected.read_bytes() == photo.read_bytes()
    assert record.media_type == "image/jpeg" and record.is_image and record.caption == "Ảnh"
    assert record.file_name == "ảnh hội nghị.jpg" and record.size_bytes == photo.stat().st_size
    assert evidence.file_of(office_db, record) == expected


def test_same_content_is_stored_once(office_db, photo, tmp_path):
    entry_id = make_entry(office_db)
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    one = evidence.add_attachment(office_db, photo, ACTOR, entry_id=entry_id)
    two = evidence.add_attachment(office_db, copy, ACTOR, entry_id=entry_id)
    assert one.sha256 == two.sha256 and one.id != two.id
    files = [p for p in evidence.store_dir(office_db).rglob("*") if p.is_file()]
    assert len(files) == 1


def test_oversized_file_is_refused_with_a_clear_message(office_db, tmp_path):
    big = tmp_path / "video.mp4"
    big.write_bytes(b"0" * 3000)
    with pytest.raises(DomainError) as info:
        evidence.add_attachment(office_db, big, ACTOR, entry_id=make_entry(office_db),
                                max_bytes=2048)
    assert "video.mp4" in info.value.vi and "vượt giới hạn" in info.value.vi
    assert "limit" in info.value.en
    assert not evidence.store_dir(office_db).exists() or not any(
        p.is_file() for p in evidence.store_dir(office_db).rglob("*"))


def test_missing_source_and_missing_owner_are_refused(office_db, photo, tmp_path):
    entry_id = make_entry(office_db)
    with pytest.raises(DomainError):
        evidence.add_attachment(office_db, tmp_path / "none.pdf", ACTOR, entry_id=entry_id)
    with pytest.raises(DomainError):
        evidence.add_attachment(office_db, photo, ACTOR, entry_id="missing")
    with pytest.raises(DomainError):
        evidence.add_attachment(office_db, photo, ACTOR)


def test_removed_attachment_is_restorable(office_db, photo):
    entry_id = make_entry(office_db)
    record = evidence.add_attachment(office_db, photo, ACTOR, entry_id=entry_id)
    evidence.set_attachment_deleted(office_db, record.id, True, ACTOR)
    assert evidence.list_attachments(office_db, entry_id=entry_id) == []
    assert [a.id for a in evidence.list_attachments(office_db, entry_id=entry_id, deleted=True)] \
        == [record.id]
    assert evidence.file_of(office_db, record).is_file()  # the stored file stays
    evidence.set_attachment_deleted(office_db, record.id, False, ACTOR)
    assert [a.id for a in evidence.list_attachments(office_db, entry_id=entry_id)] == [record.id]


def test_attachment_on_an_inspection(office_db, photo):
    entry_id = make_entry(office_db)
    saved = inspections.create_inspection(office_db, inspection_data(office_db, entry_id), ACTOR)
    record = evidence.add_attachment(office_db, photo, ACTOR, inspection_id=saved.id)
    assert evidence.list_attachments(office_db, inspection_id=saved.id)[0].id == record.id
    assert evidence.list_attachments(office_db, entry_id=entry_id) == []


def test_missing_stored_file_gives_a_clear_error(office_db, photo):
    record = evidence.add_attachment(office_db, photo, ACTOR, entry_id=make_entry(office_db))
    evidence.file_of(office_db, record).unlink()
    with pytest.raises(DomainError) as info:
        evidence.file_of(office_db, record)
    assert "ảnh hội nghị.jpg" in info.value.vi
