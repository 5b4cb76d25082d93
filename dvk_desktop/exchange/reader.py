"""Open a ``.dvkx`` package with every safety check before a single record is trusted.

Checks, in order: the file is a complete zip; every member name is one the format allows
(no folders, no traversal, no duplicates); declared sizes and compression ratios are within
limits; a manifest and a valid Ed25519 signature over it are present; the format version is
not newer than ours; the members are exactly those the manifest lists. Each member is read
with a byte limit and its SHA-256 compared to the manifest before its records are used.
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import orjson

from dvk_desktop.exchange import crypto, deflate
from dvk_desktop.exchange.format import (
    CHUNK,
    MANIFEST,
    MAX_LINE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RECORDS_DIR,
    SIGNATURE,
    Manifest,
    PackageError,
    allowed_member,
    bad,
    evidence_member,
    records_member,
)

_RATIO_FLOOR = 1024 * 1024  # small members may compress very well without being a bomb


def _damaged() -> PackageError:
    return bad("tệp bị hỏng, bị cắt cụt hoặc không phải tệp .dvkx (zip).",
               "the file is damaged, truncated or not a .dvkx (zip) file.")


def _tampered(name: str) -> PackageError:
    return bad(f"phần “{name}” đã bị sửa đổi (mã kiểm tra SHA-256 không khớp).",
               f"member “{name}” was altered (its SHA-256 checksum does not match).")


def _check_infos(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise bad("tệp có quá nhiều phần.", "the file has too many members.")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen or not allowed_member(name):
            raise bad(f"tên phần không hợp lệ: “{name}”.", f"invalid member name: “{name}”.")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise bad("tệp zip có mật khẩu không được hỗ trợ.", "password-protected zip.")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (
                info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO):
            raise bad(f"phần “{name}” quá lớn hoặc bị nén bất thường (nghi “bom zip”).",
                      f"member “{name}” is oversized or abnormally compressed (a zip bomb?).")


class PackageReader:
    """An opened, signature-checked package; records are read lazily and verified."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            if self.path.stat().st_size > MAX_PACKAGE_BYTES:
                raise bad("tệp quá lớn.", "the file is too large.")
            self.zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise _damaged() from exc
        try:
            self._open()
        except BaseException:
            self.zip.close()
            raise

    def _open(self) -> None:
        infos = self.zip.infolist()
        _check_infos(infos)
        self.infos = {info.filename: info for info in infos}
        if MANIFEST not in self.infos:
            raise bad("thiếu bảng kê manifest.json.", "manifest.json is missing.")
        if SIGNATURE not in self.infos:
            raise bad("tệp không có chữ ký số.", "the file is not signed.")
        self.manifest_bytes = self._read_small(MANIFEST)
        self.public_key, self.signature = self._signature()
        if not crypto.verify(self.public_key, self.manifest_bytes, self.signature):
            raise bad("chữ ký số không hợp lệ (tệp bị giả mạo hoặc sửa đổi).",
                      "the digital signature is invalid (forged or altered file).")
        self.manifest = Manifest.from_json(self.manifest_bytes)
        listed = set(self.manifest.members)
        present = set(self.infos) - {MANIFEST, SIGNATURE}
        if listed != present:
            odd = sorted(listed ^ present)[0]
            raise bad(f"phần “{odd}” không khớp với bảng kê.",
                      f"member “{odd}” does not match the manifest.")
        for name in present:
            if self.infos[name].file_size != self.manifest.members[name]["size"]:
                raise _tampered(name)
        self.content_key: bytes | None = None

    def _read_small(self, name: str) -> bytes:
        info = self.infos[name]
        if info.file_size > MAX_MANIFEST_BYTES:
            raise bad(f"“{name}” quá lớn.", f"“{name}” is too large.")
        return b"".join(self._stream(name, MAX_MANIFEST_BYTES))

    def _signature(self) -> tuple[bytes, bytes]:
        try:
            data = json.loads(self._read_small(SIGNATURE).decode("utf-8"))
            if data["algorithm"] != crypto.SIGNATURE_ALGORITHM:
                raise ValueError("algorithm")
            return crypto.unb64(data["public_key"]), crypto.unb64(data["signature"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, crypto.CryptoError) as exc:
            raise bad("chữ ký số bị hỏng.", "the signature is damaged.") from exc

    def _stream(self, name: str, limit: int) -> Iterator[bytes]:
        read = 0
        try:
            with self.zip.open(self.infos[name]) as member:
                deflate.faster_reading(member)
                while chunk := member.read(READ_CHUNK):
                    read += len(chunk)
                    if read > limit:
                        raise bad(f"phần “{name}” lớn hơn khai báo.",
                                  f"member “{name}” is larger than declared.")
                    yield chunk
        except (zipfile.BadZipFile, *deflate.ERRORS, EOFError, OSError) as exc:
            raise _damaged() from exc

    @property
    def encrypted(self) -> bool:
        """True when the records are encrypted to a recipient's key."""
        return self.manifest.encryption is not None

    def unlock(self, private_x25519) -> None:
        """Recover the content key with this office's encryption key."""
        info = self.manifest.encryption or {}
        try:
            if info.get("recipient_key_fingerprint") != crypto.fingerprint(
                    crypto.raw_public(private_x25519)):
                raise crypto.CryptoError("another recipient")
            self.content_key = crypto.recover_content_key(private_x25519, info)
        except crypto.CryptoError as exc:
            raise bad("không giải mã được: tệp không được mã hóa cho đơn vị này.",
                      "cannot decrypt: the file was not encrypted for this office.") from exc

    def _verified_bytes(self, name: str) -> Iterator[bytes]:
        info = self.manifest.members[name]
        digest = hashlib.sha256()
        for chunk in self._stream(name, info["size"]):
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != info["sha256"]:
            raise _tampered(name)

    def _plain_chunks(self, name: str) -> Iterator[bytes]:
        if not self.encrypted:
            yield from self._verified_bytes(name)
            return
        if self.content_key is None:
            raise bad("tệp được mã hóa; cần khóa của đơn vị nhận.",
                      "the file is encrypted; the receiving office's key is needed.")
        data = b"".join(self._verified_bytes(name))
        limit = self.manifest.members[name].get("plain_size")
        if not isinstance(limit, int) or limit > MAX_MEMBER_BYTES or (
                limit > _RATIO_FLOOR and limit / max(len(data), 1) > MAX_RATIO):
            raise bad(f"phần “{name}” khai báo kích thước bất thường.",
                      f"member “{name}” declares an abnormal size.")
        try:
            yield from crypto.decrypt_chunks(self.content_key, name, data, limit)
        except crypto.CryptoError as exc:
            raise _tampered(name) from exc

    def records(self, kind: str) -> Iterator[dict]:
        """The records of one kind; raises PackageError (at the end at the latest) if altered."""
        for name, lines in self.lines(kind):
            yield from _parse_block(name, lines)

    def lines(self, kind: str) -> Iterator[tuple[str, list[bytes]]]:
        """The records of one kind as lines of JSON not read yet, many at a time, with the
        member's name (for ``read_line``); PackageError as ``records``."""
        name = records_member(kind, self.encrypted)
        if name not in self.manifest.members:
            return
        for lines in _split_lines(name, ahead_on_thread(self._plain_chunks(name))):
            yield name, lines

    def records_bytes(self) -> int:
        """The size of the records' members, as the manifest declares it."""
        return sum(int(info.get("plain_size") or info.get("size") or 0)
                   for name, info in self.manifest.members.items()
                   if name.startswith(RECORDS_DIR))

    def evidence(self, sha256: str) -> bytes | None:
        """Content of one evidence file, verified, or None when the package lacks it."""
        name = evidence_member(sha256, self.encrypted)
        if name not in self.manifest.members:
            return None
        data = b"".join(self._plain_chunks(name))
        if hashlib.sha256(data).hexdigest() != sha256:
            raise _tampered(name)
        return data

    def close(self) -> None:
        """Release the file."""
        self.zip.close()

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# Bytes inflated per step, and steps read ahead of the records being decoded. Large steps:
# each one hands Python's interpreter lock between the threads only a few times.
READ_CHUNK = 8 * CHUNK
READ_AHEAD = 2
_END = object()
T = TypeVar("T")


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def ahead_on_thread(chunks: Iterator[T], name: str = "dvkx-read-ahead") -> Iterator[T]:
    """The items of ``chunks``, made on a second thread a few ahead of the caller (from the
    first one asked for).

    For a package: its chunks read from the file, inflated and hashed. Inflating and hashing
    work without Python's interpreter lock, so a package is inflated and checked on one core
    while its records are decoded and planned on the other. An error on the making side
    (damage, a hash that does not match) is raised here after the items before it, as
    without the thread; a caller that stops early stops the thread.
    """
    with thread_ahead(chunks, name) as items:
        yield from items


@contextmanager
def thread_ahead(chunks: Iterator[T], name: str) -> Iterator[Iterator[T]]:
    """``ahead_on_thread``, the thread started at once and stopped on leaving the block."""
    ahead: queue.Queue = queue.Queue(maxsize=READ_AHEAD)
    stop = threading.Event()

    def hand_over(item) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for chunk in chunks:
                if not hand_over(chunk):
                    return
            hand_over(_END)
        except BaseException as exc:  # noqa: BLE001 - raised again in the reading thread
            hand_over(_Failure(exc))
        finally:
            chunks.close()

    def taken() -> Iterator[T]:
        while (item := ahead.get()) is not _END:
            if item.__class__ is _Failure:
                raise item.error
            yield item

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    try:
        yield taken()
    finally:
        stop.set()
        thread.join()


def _split_lines(name: str, chunks: Iterator[bytes]) -> Iterator[list[bytes]]:
    rest = b""
    for chunk in chunks:
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        if len(rest) > MAX_LINE_BYTES:
            raise bad(f"dòng quá dài trong “{name}”.", f"line too long in “{name}”.")
        yield lines
    if rest:
        yield [rest]


def _parse_block(name: str, lines: list[bytes]) -> list[dict]:
    """The records of many lines, each read by orjson (several times faster than json).

    What ``json.loads`` accepts line by line is accepted, with the same values but for two
    cases no package of ours holds: an integer beyond 64 bits is read as a float (which a
    whole-number column then refuses as an invalid value, instead of the database failing
    on it), and nesting deeper than orjson's 1,024 levels is refused as damaged. A line
    orjson refuses (it is stricter: NaN and infinities, lone surrogates, a byte order mark)
    or does not read as one object is parsed again with ``json.loads``, which refuses it or
    accepts it as before.
    """
    records = []
    append = records.append
    loads, refused = orjson.loads, orjson.JSONDecodeError
    for raw in lines:
        if not raw:
            continue
        try:
            record = loads(raw)
        except refused:
            record = None
        if record.__class__ is not dict:
            record = _parse_line(name, raw)
        append(record)
    return records


def read_line(name: str, raw: bytes) -> dict | None:
    """One line of a member as ``_parse_block`` reads it; None for an empty line."""
    return _parse_block(name, [raw])[0] if raw else None


def _parse_line(name: str, line: bytes) -> dict:
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise bad(f"dữ liệu hỏng trong “{name}”.", f"damaged data in “{name}”.") from exc
    if not isinstance(record, dict):
        raise bad(f"dữ liệu hỏng trong “{name}”.", f"damaged data in “{name}”.")
    return record
