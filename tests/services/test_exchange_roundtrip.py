"""Sending upward through three levels: every field arrives unchanged; re-sends change nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from dvk_desktop.db.models import Entry
from dvk_desktop.services import entries, exchange, exchange_admin, exchange_pipeline
from dvk_desktop.services.exchange_export import export_package
from dvk_desktop.services.exchange_records import KIND_TABLES
from tests.exchange.support import (
    AREA_CODE,
    PROVINCE,
    db_state,
    snapshot,
)


def send(db_from, to_code, db_to, path, **options):
    export_package(db_from, to_code, path, **options)
    return exchange.import_package(db_to, path, "Cán bộ", trust_new_key=True)


@pytest.mark.parametrize("staged", [9, 2, 0], ids=["staged", "partly", "direct"])
def test_every_field_of_every_kind_survives_three_levels(offices, tmp_path, monkeypatch,
                                                         staged):
    # New records go through staging files (SQLite), or straight in past the limit of
    # files SQLite can attach: both ways give the same records.
    monkeypatch.setattr(exchange_pipeline, "MAX_STAGED", staged)
    send(offices.commune, AREA_CODE, offices.area, tmp_path / "c.dvkx")
    result = send(offices.area, PROVINCE, offices.province, tmp_path / "a.dvkx")
    assert result.totals["rejected"] == 0 and result.totals["conflict"] == 0
    for kind in KIND_TABLES:
        if kind == "fields":
            continue
        sent = snapshot(offices.commune, kind)
        if kind == "units":
            sent = {k: v for k, v in sent.items() if k.startswith("HPN-")}
        arrived = snapshot(offices.province, kind, set(sent))
        assert sent, kind
        assert arrived == sent, kind
    gone = [e for e in snapshot(offices.province, "entries").values() if e["deleted_at"]]
    assert len(gone) == 1  # the tombstone travelled too


def test_same_file_twice_changes_nothing(offices, tmp_path):
    first = send(offices.commune, AREA_CODE, offices.area, tmp_path / "c.dvkx")
    assert first.totals["new"] > 0 and first.import_id
    before = db_state(offices.area)
    again = exchange.import_package(offices.area, tmp_path / "c.dvkx", "Cán bộ")
    assert again.import_id is None and again.totals["new"] == again.totals["updated"] == 0
    assert db_state(offices.area) == before


def test_an_import_leaves_copying_its_log_to_a_worker_thread(offices, tmp_path, monkeypatch):
    started = []
    real = offices.area.checkpoint_in_background
    monkeypatch.setattr(offices.area, "checkpoint_in_background",
                        lambda: (started.append(1), real()))
    first = send(offices.commune, AREA_CODE, offices.area, tmp_path / "c.dvkx")
    assert first.import_id and started == [1]
    exchange.import_package(offices.area, tmp_path / "c.dvkx", "Cán bộ")
    assert started == [1]  # nothing written the second time, nothing to copy
    offices.area.wait_for_checkpoint()
    assert offices.area._checkpointer is None
    assert _count(offices.area) == _count(offices.commune)


def _edit_title(db, entry_id, title):
    record = entries.get_entry(db, entry_id)
    return entries.update_entry(db, entry_id, replace(record.data, title=title),
                                record.version, "Cán bộ")


def _an_entry(db):
    with db.session() as session:
        return session.scalar(select(Entry.id).where(Entry.deleted_at.is_(None),
                                                     Entry.owner_unit_id.is_not(None))
                              .order_by(Entry.id))


def test_older_package_after_newer_changes_nothing(offices, tmp_path):
    entry_id = _an_entry(offices.commune)
    export_package(offices.commune, AREA_CODE, tmp_path / "old.dvkx")
    _edit_title(offices.commune, entry_id, "Mô hình mới hơn")
    send(offices.commune, AREA_CODE, offices.area, tmp_path / "new.dvkx")
    preview = exchange.preview_import(offices.area, tmp_path / "old.dvkx")
    assert preview.totals["updated"] == preview.totals["new"] == 0
    exchange.import_package(offices.area, tmp_path / "old.dvkx")
    assert entries.get_entry(offices.area, entry_id).data.title == "Mô hình mới hơn"


def test_changed_on_both_sides_is_a_conflict_resolved_by_the_officer(offices, tmp_path):
    entry_id = _an_entry(offices.commune)
    send(offices.commune, AREA_CODE, offices.area, tmp_path / "1.dvkx")
    _edit_title(offices.area, entry_id, "Sửa ở khu vực")
    _edit_title(offices.commune, entry_id, "Sửa ở xã")
    export_package(offices.commune, AREA_CODE, tmp_path / "2.dvkx", since_last=True)
    preview = exchange.preview_import(offices.area, tmp_path / "2.dvkx")
    conflict = next(i for i in preview.items if i.action == "conflict")
    assert conflict.changed == ["title"] and conflict.mine["title"] == "Sửa ở khu vực"
    assert conflict.theirs["title"] == "Sửa ở xã"
    result = exchange.import_package(offices.area, tmp_path / "2.dvkx")
    assert result.conflicts_pending == 1
    assert entries.get_entry(offices.area, entry_id).data.title == "Sửa ở khu vực"
    pending = exchange_admin.list_conflicts(offices.area)
    assert [p.record_key for p in pending] == [entry_id]
    exchange_admin.resolve_conflict(offices.area, pending[0].id, "theirs", "Cán bộ")
    assert entries.get_entry(offices.area, entry_id).data.title == "Sửa ở xã"
    assert exchange_admin.list_conflicts(offices.area) == []


def test_keep_mine_moves_the_local_version_past_theirs(offices, tmp_path):
    entry_id = _an_entry(offices.commune)
    send(offices.commune, AREA_CODE, offices.area, tmp_path / "1.dvkx")
    _edit_title(offices.area, entry_id, "Giữ bản của tôi")
    theirs = _edit_title(offices.commune, entry_id, "Bản của xã")
    export_package(offices.commune, AREA_CODE, tmp_path / "2.dvkx")
    exchange.import_package(offices.area, tmp_path / "2.dvkx",
                            resolutions={("entries", entry_id): "mine"})
    mine = entries.get_entry(offices.area, entry_id)
    assert mine.data.title == "Giữ bản của tôi" and mine.version > theirs.version
    assert exchange.preview_import(offices.area, tmp_path / "2.dvkx").totals["conflict"] == 0


def _count(db):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Entry))


def test_undo_a_whole_import(offices, tmp_path):
    before = _count(offices.area)
    result = send(offices.commune, AREA_CODE, offices.area, tmp_path / "c.dvkx")
    assert _count(offices.area) == before + 3
    restored = exchange_admin.undo_import(offices.area, result.import_id, "Cán bộ")
    assert restored >= 11 and _count(offices.area) == before
    assert exchange_admin.list_imports(offices.area)[0].status == "undone"
    again = exchange.import_package(offices.area, tmp_path / "c.dvkx")
    assert again.totals["new"] == result.totals["new"]


def test_undo_refused_after_a_later_local_change(offices, tmp_path):
    entry_id = _an_entry(offices.commune)
    result = send(offices.commune, AREA_CODE, offices.area, tmp_path / "c.dvkx")
    _edit_title(offices.area, entry_id, "Sửa sau khi nhập")
    with pytest.raises(exchange.DomainError, match="changed after this import"):
        exchange_admin.undo_import(offices.area, result.import_id)
    assert entries.get_entry(offices.area, entry_id).data.title == "Sửa sau khi nhập"


def test_since_last_sends_only_changes_and_what_was_received(offices, tmp_path):
    first = export_package(offices.commune, AREA_CODE, tmp_path / "1.dvkx")
    assert first.counts["entries"] == 2
    nothing = export_package(offices.commune, AREA_CODE, tmp_path / "2.dvkx", since_last=True)
    assert nothing.counts["entries"] == 0 and nothing.since is not None
    _edit_title(offices.commune, _an_entry(offices.commune), "Đổi tên")
    one = export_package(offices.commune, AREA_CODE, tmp_path / "3.dvkx", since_last=True)
    assert one.counts["entries"] == 1
    export_package(offices.area, PROVINCE, tmp_path / "a0.dvkx")
    exchange.import_package(offices.area, tmp_path / "1.dvkx", trust_new_key=True)
    onward = export_package(offices.area, PROVINCE, tmp_path / "a1.dvkx", since_last=True)
    assert onward.counts["entries"] == 2 and onward.counts["tombstones"] == 1


def test_folder_import_reports_each_file(offices, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    export_package(offices.commune, AREA_CODE, folder / "a.dvkx")
    (folder / "b.dvkx").write_bytes(b"not a package")
    reports = exchange_admin.import_many(offices.area, [folder], trust_new_key=True)
    assert [r.ok for r in reports] == [True, False]
    assert reports[0].result.totals["new"] == 11
    assert "not a .dvkx" in reports[1].error_en


def _has_entry(db, entry_id) -> bool:
    with db.session() as session:
        return session.get(Entry, entry_id) is not None


def test_a_save_during_an_export_waits_for_the_next_package(offices, tmp_path):
    """The package shows the registry as it was when the export began, whole."""
    from dvk_desktop.domain.records import EntryData
    from dvk_desktop.services.office import get_office

    unit_id = get_office(offices.commune).unit_id
    added = []

    def save_meanwhile(kind, _count):
        if kind == "units" and not added:  # the entries are read after this
            data = EntryData(title="Mô hình lưu trong lúc xuất", field_code="economy",
                             owner_unit_id=unit_id, year=2025)
            added.append(entries.create_entry(offices.commune, data, "Cán bộ").id)

    result = export_package(offices.commune, AREA_CODE, tmp_path / "c.dvkx",
                            progress=save_meanwhile)
    assert added and _has_entry(offices.commune, added[0])  # the save was not held up
    assert result.counts["entries"] == snapshot_count(offices.commune) - 1
    imported = exchange.import_package(offices.area, result.path, "Cán bộ", trust_new_key=True)
    assert imported.totals["rejected"] == 0
    assert not _has_entry(offices.area, added[0])  # not in this package
    later = send(offices.commune, AREA_CODE, offices.area, tmp_path / "c2.dvkx",
                 since_last=True)
    assert later.totals["new"] >= 1
    assert _has_entry(offices.area, added[0])


def snapshot_count(db) -> int:
    """Live entries of the office's registry."""
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Entry)
                              .where(Entry.deleted_at.is_(None)))


def _entry_titles(path) -> dict[str, str]:
    import json
    import zipfile

    with zipfile.ZipFile(path) as package:
        lines = package.read("records/entries.jsonl").splitlines()
    return {r["id"]: r["title"] for r in map(json.loads, lines)}


def _watch_second_reader(monkeypatch) -> list[bool]:
    """Whether each big kind was read with a second connection as well."""
    from dvk_desktop.services import exchange_export

    used: list[bool] = []
    blocks = exchange_export.sqlite_json_blocks

    def watched(conn, kind, query, second=None):
        used.append(second is not None)
        return blocks(conn, kind, query, second)
    monkeypatch.setattr(exchange_export, "sqlite_json_blocks", watched)
    return used


@pytest.mark.parametrize("block_rows", [4096, 1])
def test_both_reading_connections_see_the_moment_the_export_began(offices, tmp_path,
                                                                  monkeypatch, block_rows):
    """SQLite writes every other block of records on a second connection: an edit saved
    meanwhile reaches neither connection's blocks."""
    from dvk_desktop.services import exchange_records

    monkeypatch.setattr(exchange_records, "BLOCK_ROWS", block_rows)
    used = _watch_second_reader(monkeypatch)
    with offices.commune.engine.connect() as conn:
        before = dict(conn.exec_driver_sql(
            "SELECT id, title FROM entry WHERE deleted_at IS NULL").all())

    def edit_meanwhile(kind, _count):
        if kind == "units":  # the entries are read after this
            with offices.commune.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE entry SET title = title || ' (sửa sau)'")

    result = export_package(offices.commune, AREA_CODE, tmp_path / "c.dvkx",
                            progress=edit_meanwhile)
    assert used and all(used)
    assert _entry_titles(result.path) == before
    later = export_package(offices.commune, AREA_CODE, tmp_path / "c2.dvkx")
    assert set(_entry_titles(later.path).values()) == {t + " (sửa sau)" for t in before.values()}


def test_export_reads_on_one_connection_while_another_writer_is_at_work(offices, tmp_path,
                                                                        monkeypatch):
    import sqlite3

    from dvk_desktop.services import exchange_export

    monkeypatch.setattr(exchange_export, "WRITER_WAIT_S", 0.05)
    used = _watch_second_reader(monkeypatch)
    alone = export_package(offices.commune, AREA_CODE, tmp_path / "alone.dvkx")
    assert used and all(used)
    used.clear()
    writer = sqlite3.connect(offices.commune.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a record being saved in the window

    def saved(kind, _count):
        if writer.in_transaction:
            writer.execute("COMMIT")
    try:
        result = export_package(offices.commune, AREA_CODE, tmp_path / "busy.dvkx",
                                progress=saved)
    finally:
        writer.close()
    assert used and not any(used)
    assert result.counts == alone.counts
    assert _entry_titles(result.path) == _entry_titles(alone.path)
