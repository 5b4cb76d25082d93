"""Writing and reading packages; every kind of bad file is refused with a clear message."""

from __future__ import annotations

import json
import struct
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from dvk_desktop.exchange import crypto, deflate, reader
from dvk_desktop.exchange.format import Manifest, PackageError
from dvk_desktop.exchange.reader import PackageReader
from dvk_desktop.exchange.writer import PackageWriter
from tests.exchange.support import rewrite

KEY = Ed25519PrivateKey.generate()
ENTRIES = [{"id": f"e{i}", "title": f"Mô hình “số” {i} <&>", "version": 1} for i in range(50)]


def _manifest() -> Manifest:
    return Manifest(package_id="p1", sender_code="C1", sender_name="Xã Một",
                    recipient_code="KV1", created_at="2026-01-01T00:00:00Z",
                    schema_revision="0003", program_version="0.1.0")


def write(path, recipient=None, key=KEY):
    writer = PackageWriter(path, _manifest(), key, recipient)
    writer.add_records("entries", ENTRIES)
    writer.add_records("tombstones", [{"kind": "entries", "record": {"id": "gone"}}])
    return writer.finish()


def test_round_trip_plain(tmp_path):
    path = write(tmp_path / "p.dvkx")
    with PackageReader(path) as pkg:
        assert not pkg.encrypted
        assert list(pkg.records("entries")) == ENTRIES
        assert pkg.manifest.counts == {"entries": 50, "tombstones": 1}
        assert pkg.public_key == crypto.raw_public(KEY)
        assert list(pkg.records("units")) == []
    assert not (tmp_path / "p.dvkx.part").exists()


def test_round_trip_encrypted(tmp_path):
    recipient = X25519PrivateKey.generate()
    path = write(tmp_path / "p.dvkx", crypto.raw_public(recipient))
    with zipfile.ZipFile(path) as zf:
        assert "records/entries.jsonl.enc" in zf.namelist()
        assert "Mô hình".encode() not in zf.read("records/entries.jsonl.enc")
    with PackageReader(path) as pkg:
        assert pkg.encrypted and pkg.manifest.encryption["scheme"] == crypto.SCHEME
        with pytest.raises(PackageError):
            list(pkg.records("entries"))
        pkg.unlock(recipient)
        assert list(pkg.records("entries")) == ENTRIES
    with PackageReader(path) as pkg:
        with pytest.raises(PackageError, match="not encrypted for this office"):
            pkg.unlock(X25519PrivateKey.generate())
            list(pkg.records("entries"))


def refused(path, text: str):
    with pytest.raises(PackageError) as info:
        with PackageReader(path) as pkg:
            for kind in ("entries", "tombstones"):
                list(pkg.records(kind))
    assert text in info.value.en
    assert "Không nhận tệp" in info.value.vi and "không bị thay đổi" in info.value.vi
    return info.value


def test_not_a_zip_and_truncated(tmp_path):
    (tmp_path / "x.dvkx").write_text("hello")
    refused(tmp_path / "x.dvkx", "not a .dvkx")
    good = write(tmp_path / "p.dvkx").read_bytes()
    (tmp_path / "t.dvkx").write_bytes(good[: len(good) // 2])
    refused(tmp_path / "t.dvkx", "damaged, truncated")


def test_tampered_member_and_wrong_checksum(tmp_path):
    good = write(tmp_path / "p.dvkx")
    bad_line = json.dumps({"id": "evil"}).encode() + b"\n"
    rewrite(good, tmp_path / "a.dvkx", {"records/entries.jsonl": bad_line}, fix_checksums=False)
    refused(tmp_path / "a.dvkx", "does not match")  # size differs from the signed manifest

    def wrong_sum(manifest):
        manifest["members"]["records/entries.jsonl"]["sha256"] = "0" * 64
    rewrite(good, tmp_path / "b.dvkx", edit_manifest=wrong_sum, signing_key=KEY)
    refused(tmp_path / "b.dvkx", "SHA-256 checksum does not match")


def test_forged_and_missing_signature(tmp_path):
    good = write(tmp_path / "p.dvkx")

    def rename(manifest):
        manifest["sender"]["name"] = "Kẻ giả mạo"
    rewrite(good, tmp_path / "f.dvkx", edit_manifest=rename)
    refused(tmp_path / "f.dvkx", "signature is invalid")
    rewrite(good, tmp_path / "m.dvkx", drop=("signature.json",))
    refused(tmp_path / "m.dvkx", "not signed")


def test_future_format_version(tmp_path):
    good = write(tmp_path / "p.dvkx")
    rewrite(good, tmp_path / "v.dvkx", signing_key=KEY,
            edit_manifest=lambda m: m.update(format_version=99))
    error = refused(tmp_path / "v.dvkx", "format version 99")
    assert "Hãy cập nhật" in error.vi


def test_path_traversal_and_unknown_names(tmp_path):
    good = write(tmp_path / "p.dvkx")
    for name in ("../evil.txt", "/etc/passwd", "records/../../x.jsonl", "records\\x.jsonl",
                 "notes.txt"):
        target = tmp_path / "bad.dvkx"
        rewrite(good, target, extra={name: b"x"})
        refused(target, "invalid member name")


def test_highly_compressed_member_is_a_zip_bomb(tmp_path):
    good = write(tmp_path / "p.dvkx")
    rewrite(good, tmp_path / "z.dvkx", extra={"evidence/" + "a" * 64: b"\0" * (8 << 20)})
    refused(tmp_path / "z.dvkx", "zip bomb")


def test_oversized_member(tmp_path, monkeypatch):
    good = write(tmp_path / "p.dvkx")
    monkeypatch.setattr(reader, "MAX_MEMBER_BYTES", 100)
    refused(good, "oversized")


def test_member_not_in_manifest(tmp_path):
    good = write(tmp_path / "p.dvkx")
    rewrite(good, tmp_path / "u.dvkx", extra={"records/units.jsonl": b"{}\n"})
    refused(tmp_path / "u.dvkx", "does not match the manifest")


def _reading_threads() -> list:
    import threading

    return [t for t in threading.enumerate() if t.name == "dvkx-read-ahead"]


def test_records_read_ahead_on_a_second_thread_that_ends_with_the_reading(tmp_path,
                                                                        monkeypatch):
    """Inflating runs beside the decoding; a reader stopping early leaves nothing running,
    and a member found altered at its end is still refused after the records before it."""
    monkeypatch.setattr(reader, "READ_CHUNK", 64)  # many small steps through the queue
    path = write(tmp_path / "p.dvkx")
    with PackageReader(path) as pkg:
        records = pkg.records("entries")
        assert next(records) == ENTRIES[0] and len(_reading_threads()) == 1
        records.close()
        assert _reading_threads() == []
        assert list(pkg.records("entries")) == ENTRIES

    def wrong_sum(manifest):
        manifest["members"]["records/entries.jsonl"]["sha256"] = "0" * 64
    rewrite(path, tmp_path / "b.dvkx", edit_manifest=wrong_sum, signing_key=KEY)
    seen = []
    with PackageReader(tmp_path / "b.dvkx") as pkg, pytest.raises(PackageError,
                                                                  match="SHA-256"):
        for record in pkg.records("entries"):
            seen.append(record)
    assert seen == ENTRIES and _reading_threads() == []


def _raw_member(path, name: str) -> tuple[int, bytes]:
    """Where a member's stored (compressed) bytes begin in the file, and the bytes."""
    data = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:
                                                      info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    return start, data[start:start + info.compress_size]


needs_isal = pytest.mark.skipif(not deflate.available(),
                                reason="ISA-L (the isal package) has no wheel for this platform")


@needs_isal
def test_members_are_deflated_by_isal_and_read_by_any_zip_reader(tmp_path):
    from isal import isal_zlib

    path = write(tmp_path / "p.dvkx")
    with zipfile.ZipFile(path) as zf:  # the standard library inflates with zlib
        plain = zf.read("records/entries.jsonl")
    assert [json.loads(line) for line in plain.splitlines()] == ENTRIES
    compressor = isal_zlib.compressobj(deflate.ISAL_LEVEL, isal_zlib.DEFLATED, -15)
    _, stored = _raw_member(path, "records/entries.jsonl")
    assert stored == compressor.compress(plain) + compressor.flush()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
@pytest.mark.parametrize("written_with_isal", [True, False])
def test_packages_read_whichever_library_deflated_them(tmp_path, monkeypatch,
                                                       written_with_isal, encrypted):
    """A package from an office without ISA-L is read with it, and the other way round;
    plain members (deflated in the zip) and encrypted ones (zlib streams) alike."""
    if not deflate.available():
        pytest.skip("ISA-L (the isal package) has no wheel for this platform")
    recipient = X25519PrivateKey.generate()
    isal_zlib = deflate.isal_zlib
    monkeypatch.setattr(deflate, "isal_zlib", isal_zlib if written_with_isal else None)
    path = write(tmp_path / "p.dvkx", crypto.raw_public(recipient) if encrypted else None)
    monkeypatch.setattr(deflate, "isal_zlib", None if written_with_isal else isal_zlib)
    with PackageReader(path) as pkg:
        if encrypted:
            pkg.unlock(recipient)
        assert list(pkg.records("entries")) == ENTRIES
        assert list(pkg.records("tombstones")) == [{"kind": "entries",
                                                    "record": {"id": "gone"}}]


@pytest.mark.parametrize("with_isal", [True, False])
def test_broken_deflate_stream_is_refused_as_damaged(tmp_path, monkeypatch, with_isal):
    if with_isal and not deflate.available():
        pytest.skip("ISA-L (the isal package) has no wheel for this platform")
    if not with_isal:
        monkeypatch.setattr(deflate, "isal_zlib", None)
    path = write(tmp_path / "p.dvkx")
    start, _ = _raw_member(path, "records/entries.jsonl")
    data = bytearray(path.read_bytes())
    data[start] = 0xFF  # a block of the reserved type: no inflater reads on
    (tmp_path / "broken.dvkx").write_bytes(bytes(data))
    refused(tmp_path / "broken.dvkx", "damaged")
