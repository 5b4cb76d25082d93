"""Bad, foreign or untrusted packages are refused and leave the database byte-for-byte unchanged."""

from __future__ import annotations

import json
import zipfile

import pytest

from dvk_desktop.exchange.format import PackageError
from dvk_desktop.services import exchange, exchange_admin, keys
from dvk_desktop.services.exchange_export import export_package
from tests.exchange.support import (
    AREA_CODE,
    PROVINCE,
    db_state,
    rewrite,
)


@pytest.fixture
def package(offices, tmp_path):
    """A good package from the commune to the area."""
    return export_package(offices.commune, AREA_CODE, tmp_path / "good.dvkx").path


def assert_refused(db, path, text, **options):
    before = db_state(db)
    with pytest.raises(PackageError) as info:
        exchange.import_package(db, path, "Cán bộ", trust_new_key=True, **options)
    assert text in info.value.en, info.value.en
    assert info.value.vi and info.value.vi != info.value.en
    assert db_state(db) == before
    return info.value


def _members(path):
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_bad_files_are_refused_and_change_nothing(offices, package, tmp_path):
    key = keys.ensure_keys().signing
    data = package.read_bytes()
    (tmp_path / "short.dvkx").write_bytes(data[: len(data) // 3])
    (tmp_path / "text.dvkx").write_text("xin chào")
    entries = _members(package)["records/entries.jsonl"]
    cases = {
        "short.dvkx": "truncated",
        "text.dvkx": "not a .dvkx",
        "tampered.dvkx": "SHA-256",
        "wrongsum.dvkx": "SHA-256",
        "forged.dvkx": "signature is invalid",
        "unsigned.dvkx": "not signed",
        "future.dvkx": "format version 7",
        "unknown.dvkx": "unknown here",
        "traversal.dvkx": "invalid member name",
        "bomb.dvkx": "zip bomb",
    }
    rewrite(package, tmp_path / "tampered.dvkx",
            {"records/entries.jsonl": entries.replace("Đắk".encode(), b"Dak")},
            fix_checksums=False)
    rewrite(package, tmp_path / "wrongsum.dvkx", signing_key=key, edit_manifest=lambda m: m[
        "members"]["records/entries.jsonl"].update(sha256="f" * 64))
    rewrite(package, tmp_path / "forged.dvkx",
            edit_manifest=lambda m: m["recipient"].update(code=AREA_CODE + " "))
    rewrite(package, tmp_path / "unsigned.dvkx", drop=("signature.json",))
    rewrite(package, tmp_path / "future.dvkx", signing_key=key,
            edit_manifest=lambda m: m.update(format_version=7))
    rewrite(package, tmp_path / "unknown.dvkx", signing_key=key,
            edit_manifest=lambda m: m["sender"].update(code="KHONG-CO"))
    rewrite(package, tmp_path / "traversal.dvkx", extra={"../../etc/cron.d/x": b"x"})
    rewrite(package, tmp_path / "bomb.dvkx", extra={"evidence/" + "0" * 64: b"\0" * (9 << 20)})
    for name, text in cases.items():
        assert_refused(offices.area, tmp_path / name, text)


@pytest.mark.parametrize(("column", "number"), [
    ("land_m2", "Infinity"), ("land_m2", "-Infinity"), ("land_m2", "NaN"), ("land_m2", "1e999"),
    # beyond 64 bits: read as a float, which a whole-number column refuses
    ("year", "123456789012345678901234567890"), ("money_vnd", "-9223372036854775809")])
def test_a_number_out_of_range_is_refused(offices, package, tmp_path, column, number):
    lines = _members(package)["records/entries.jsonl"].decode().splitlines()
    record = json.loads(lines[0])
    record[column] = "@"
    line = json.dumps(record, ensure_ascii=False).replace('"@"', number)
    forged = ("\n".join([line] + lines[1:]) + "\n").encode()
    target = rewrite(package, tmp_path / "infinite.dvkx", {"records/entries.jsonl": forged},
                     signing_key=keys.ensure_keys().signing)
    preview = exchange.preview_import(offices.area, target)
    rejected = [i for i in preview.items if i.action == "rejected"]
    assert rejected[0].key == record["id"] and "invalid values" in rejected[0].reason_en
    assert_refused(offices.area, target, "records rejected")


def test_records_outside_the_senders_subtree_are_rejected(offices, package, tmp_path):
    lines = _members(package)["records/entries.jsonl"].decode().splitlines()
    record = json.loads(lines[0])
    record["owner_unit_code"] = PROVINCE
    forged = ("\n".join([json.dumps(record, ensure_ascii=False)] + lines[1:]) + "\n").encode()
    target = rewrite(package, tmp_path / "outside.dvkx", {"records/entries.jsonl": forged},
                     signing_key=keys.ensure_keys().signing)
    preview = exchange.preview_import(offices.area, target)
    rejected = [i for i in preview.items if i.action == "rejected"]
    assert rejected[0].key == record["id"] and "sender's units" in rejected[0].reason_en
    # what hangs on the rejected entry is rejected with it, never attached to nothing
    assert all(i.theirs.get("entry_id") == record["id"] for i in rejected[1:])
    assert_refused(offices.area, target, f"{len(rejected)} records rejected")


def test_only_to_a_unit_above(offices, package, tmp_path):
    assert_refused(offices.province, package, "addressed to")
    with pytest.raises(exchange.DomainError, match="must be a unit above"):
        export_package(offices.area, offices.commune_code, tmp_path / "down.dvkx")


def test_first_key_needs_confirmation_and_another_key_is_refused(
        offices, package, tmp_path, monkeypatch):
    before = db_state(offices.area)
    with pytest.raises(PackageError, match="First package") as info:
        exchange.import_package(offices.area, package)
    assert keys.ensure_keys().fingerprint in info.value.en
    assert db_state(offices.area) == before
    exchange.import_package(offices.area, package, expected_fingerprint=keys.ensure_keys()
                            .fingerprint.lower(), trust_new_key=True)
    monkeypatch.setenv("DVK_DATA_DIR", str(tmp_path / "reinstalled"))
    other = export_package(offices.commune, AREA_CODE, tmp_path / "other.dvkx").path
    assert_refused(offices.area, other, "differs from the trusted one")
    new_fp = keys.ensure_keys().fingerprint
    with pytest.raises(PackageError, match="replace it deliberately"):
        exchange_admin.trust_key(offices.area, offices.commune_code, new_fp)
    exchange_admin.trust_key(offices.area, offices.commune_code, new_fp, "Cán bộ", replace=True)
    assert exchange.preview_import(offices.area, other).key_status == exchange.KEY_TRUSTED
    history = exchange_admin.trusted_keys(offices.area)
    assert [k.replaced_at is not None for k in history] == [True, False]


def test_encrypted_package_for_the_unit_above(offices, tmp_path, monkeypatch):
    monkeypatch.setenv("DVK_DATA_DIR", str(tmp_path / "area-install"))
    key_file = keys.export_public(tmp_path / "kv1.pub.json", AREA_CODE, "Khu vực 1")
    monkeypatch.setenv("DVK_DATA_DIR", str(tmp_path / "commune-install"))
    sent = export_package(offices.commune, AREA_CODE, tmp_path / "enc.dvkx", encrypt_for=key_file)
    assert sent.encrypted
    assert "Đắk".encode() not in sent.path.read_bytes()
    with pytest.raises(PackageError, match="not encrypted for this office"):
        exchange.preview_import(offices.area, sent.path)  # the commune's own key cannot open it
    monkeypatch.setenv("DVK_DATA_DIR", str(tmp_path / "area-install"))
    preview = exchange.preview_import(offices.area, sent.path)
    assert preview.encrypted and preview.totals["new"] == 11
    with pytest.raises(exchange.DomainError, match="belongs to"):
        export_package(offices.commune, PROVINCE, tmp_path / "x.dvkx", encrypt_for=key_file)


def test_a_refused_import_leaves_no_staging_files_and_no_attached_files(
        offices, package, tmp_path, monkeypatch):
    import os
    import tempfile
    import time

    from dvk_desktop.services import exchange_pipeline

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    stale = tmp_path / "tmp" / (exchange_pipeline.STAGING_PREFIX + "old")
    recent = tmp_path / "tmp" / (exchange_pipeline.STAGING_PREFIX + "running")
    for folder in (stale, recent):
        folder.mkdir()
        (folder / "entries.sqlite3").write_bytes(b"x")
    old = time.time() - 2 * exchange_pipeline.STALE_AFTER_S
    os.utime(stale, (old, old))
    lines = _members(package)["records/status_changes.jsonl"].decode().splitlines()
    # The same status change twice: refused as such, after the entries were staged and copied.
    doubled = ("\n".join(lines + lines[:1]) + "\n").encode()
    target = rewrite(package, tmp_path / "doubled.dvkx",
                     {"records/status_changes.jsonl": doubled},
                     signing_key=keys.ensure_keys().signing)
    refusal = assert_refused(offices.area, target, "appears twice in the file")
    assert "hai lần" in refusal.vi
    assert sorted(p.name for p in (tmp_path / "tmp").iterdir()) == [recent.name]
    with offices.area.engine.connect() as conn:  # the pooled connections attach nothing
        assert [r[1] for r in conn.exec_driver_sql("PRAGMA database_list")] == ["main"]
    result = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert result.import_id and result.totals["new"] > 0


def test_a_failure_on_the_worker_thread_keeps_nothing(offices, package, monkeypatch):
    import sqlite3

    from dvk_desktop.services import exchange_pipeline

    copied = []
    real = exchange_pipeline.NewRecordWriter._copy

    def copy_then_fail(self, path, schema, statements, request):
        real(self, path, schema, statements, request)
        copied.append(schema)
        if len(copied) == 2:  # after the entries and their status history went in
            raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(exchange_pipeline.NewRecordWriter, "_copy", copy_then_fail)
    before = db_state(offices.area)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert len(copied) == 2
    assert db_state(offices.area) == before
    monkeypatch.undo()
    result = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert result.import_id and result.totals["new"] > 0


def test_a_value_nested_too_deep_is_refused(offices, package, tmp_path):
    # Deep enough that it cannot be written again as JSON text, not so deep that it cannot
    # be read (orjson reads up to 1,024 levels).
    lines = _members(package)["records/inspections.jsonl"].decode().splitlines()
    record = json.loads(lines[0])
    record["delegation"] = "@"
    line = json.dumps(record, ensure_ascii=False).replace('"@"', "[" * 1020 + "]" * 1020)
    forged = ("\n".join([line] + lines[1:]) + "\n").encode()
    target = rewrite(package, tmp_path / "deep.dvkx", {"records/inspections.jsonl": forged},
                     signing_key=keys.ensure_keys().signing)
    assert_refused(offices.area, target, "records rejected")
