"""Write a ``.dvkx`` package from plain records: streamed JSON Lines, signed, maybe encrypted."""

from __future__ import annotations

import hashlib
import json
import os
import queue
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dvk_desktop.exchange import crypto, deflate
from dvk_desktop.exchange.format import (
    CHUNK,
    KINDS,
    SIGNATURE,
    Manifest,
    evidence_member,
    records_member,
)
from dvk_desktop.exchange.format import MANIFEST as MANIFEST_NAME

COMPRESS_LEVEL = 1


def _json_default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _line_encoder() -> Callable[[object], str]:
    """One record as compact JSON text (UTF-8 kept), with the C encoder made only once.

    ``json.JSONEncoder.encode`` builds a new C encoder for every call; a package has
    hundreds of thousands of records.
    """
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has the C encoder
        return encoder.encode
    encode = make(None, _json_default, json.encoder.encode_basestring, None, ":", ",", False,
                  False, True)
    join = "".join

    def dumps(record) -> str:
        return join(encode(record, 0))
    return dumps


def jsonl_chunks(records: Iterable[dict], counter: list[int]) -> Iterator[bytes]:
    """Records as UTF-8 JSON Lines in chunks of about a megabyte; counts them in counter[0]."""
    dumps = _line_encoder()
    buffer: list[str] = []
    size = 0
    for record in records:
        line = dumps(record)
        buffer.append(line)
        size += len(line) + 1
        counter[0] += 1
        if size >= CHUNK:
            yield ("\n".join(buffer) + "\n").encode("utf-8")
            buffer, size = [], 0
    if buffer:
        yield ("\n".join(buffer) + "\n").encode("utf-8")


class _Background:
    """Compresses, hashes and writes a member's chunks on a second thread.

    zlib, hashlib and file writes release the interpreter lock, so a package is compressed
    on one core while the records are read and encoded on the other. An error on the writing
    side (a full disk) is raised again in the caller, and the rest of the chunks are dropped.
    """

    def __init__(self, sink: Callable[[bytes], None]) -> None:
        self.sink = sink
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="dvkx-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (chunk := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.sink(chunk)
                except BaseException as exc:  # noqa: BLE001 - handed over to the caller
                    self.error = exc

    def put(self, chunk: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(chunk)

    def close(self) -> None:
        """Wait for every chunk; raise the writing side's error, if any."""
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


class PackageWriter:
    """Writes one package; call ``add_records`` per kind, ``add_evidence``, then ``finish``."""

    def __init__(self, path: Path, manifest: Manifest, signing_key: Ed25519PrivateKey,
                 recipient_public: bytes | None = None) -> None:
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".part")
        self.manifest = manifest
        self.signing_key = signing_key
        self.key: bytes | None = None
        if recipient_public is not None:
            self.key, manifest.encryption = crypto.new_content_key(recipient_public)
        self.zip = zipfile.ZipFile(self.partial, "w", compression=zipfile.ZIP_DEFLATED,
                                   compresslevel=COMPRESS_LEVEL)

    def _write_member(self, name: str, chunks: Iterable[bytes]) -> None:
        digest = hashlib.sha256()
        size = plain = 0
        encryptor = crypto.MemberEncryptor(self.key, name) if self.key is not None else None
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED if self.key else zipfile.ZIP_DEFLATED
        # A member opened for writing from a ZipInfo does not take the archive's level;
        # without this it is deflated at level 6, twice the time of level 1 for a few
        # percent less size.
        info._compresslevel = COMPRESS_LEVEL
        with self.zip.open(info, "w", force_zip64=True) as out:
            deflate.faster_writing(out)
            def write(data: bytes) -> None:
                nonlocal size
                size += len(data)
                digest.update(data)
                out.write(data)

            # Compression, encryption, hashing and writing all happen on the second thread.
            sink = write if encryptor is None else (lambda chunk: write(encryptor.update(chunk)))
            if encryptor is not None:
                write(encryptor.start())
            background = _Background(sink)
            try:
                for chunk in chunks:
                    plain += len(chunk)
                    background.put(chunk)
            finally:
                background.close()
            if encryptor is not None:
                write(encryptor.finish())
        entry = {"sha256": digest.hexdigest(), "size": size}
        if self.key is not None:
            entry["plain_size"] = plain
        self.manifest.members[name] = entry

    def add_records(self, kind: str, records: Iterable[dict]) -> int:
        """Write the records of one kind; returns how many were written."""
        assert kind in KINDS
        counter = [0]
        name = records_member(kind, self.key is not None)
        self._write_member(name, jsonl_chunks(records, counter))
        self.manifest.counts[kind] = counter[0]
        return counter[0]

    def add_blocks(self, kind: str, blocks: Iterable[tuple[bytes, int]]) -> int:
        """Write the records of one kind given as blocks of UTF-8 JSON lines (one object per
        line, joined by newlines, no newline at the end) with the number of lines in each;
        returns how many records were written."""
        assert kind in KINDS
        counter = [0]

        def chunks() -> Iterator[bytes]:
            for lines, count in blocks:
                counter[0] += count
                yield lines + b"\n"
        name = records_member(kind, self.key is not None)
        self._write_member(name, chunks())
        self.manifest.counts[kind] = counter[0]
        return counter[0]

    def add_evidence(self, sha256: str, source: Path) -> None:
        """Copy one evidence file into the package under its content hash."""
        def read() -> Iterator[bytes]:
            with open(source, "rb") as handle:
                while chunk := handle.read(CHUNK):
                    yield chunk
        self._write_member(evidence_member(sha256, self.key is not None), read())

    def finish(self) -> Path:
        """Write manifest and signature, then move the finished file into place atomically."""
        raw = self.manifest.to_json()
        public = crypto.raw_public(self.signing_key)
        signature = {"algorithm": crypto.SIGNATURE_ALGORITHM, "public_key": crypto.b64(public),
                     "signature": crypto.b64(crypto.sign(self.signing_key, raw))}
        self.zip.writestr(MANIFEST_NAME, raw)
        self.zip.writestr(SIGNATURE, json.dumps(signature, indent=1).encode("utf-8"))
        self.zip.close()
        with open(self.partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self.partial, self.path)
        return self.path

    def abort(self) -> None:
        """Drop the unfinished file (also when closing it fails, e.g. on a full disk)."""
        try:
            self.zip.close()
        except OSError:
            pass
        finally:
            self.partial.unlink(missing_ok=True)
