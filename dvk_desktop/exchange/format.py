"""The ``.dvkx`` exchange package: names, limits, the manifest and the errors of a bad file.

A package is a zip archive with ``manifest.json``, ``signature.json`` and one JSON Lines
member per record kind under ``records/``; evidence files go under ``evidence/``.
``docs/exchange-format.md`` describes the format for other programs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from dvk_desktop.domain.errors import DomainError

FORMAT_NAME = "dvkx"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
RECORDS_DIR = "records/"
EVIDENCE_DIR = "evidence/"
ENCRYPTED_SUFFIX = ".enc"

# Kinds in the order a receiver applies them (references point to earlier kinds).
KINDS: tuple[str, ...] = (
    "fields", "units", "rubrics", "entries", "status_changes", "decisions", "inspections",
    "recognitions", "awards", "targets", "attachments", "tombstones",
)
RECORD_KINDS = KINDS[:-1]  # tombstones carry records of these kinds

MAX_PACKAGE_BYTES = 4 * 1024**3
MAX_MEMBER_BYTES = 2 * 1024**3
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
MAX_RATIO = 250  # uncompressed / compressed; real JSON Lines stay far below this
MAX_LINE_BYTES = 16 * 1024**2
MAX_MEMBERS = 10_000
CHUNK = 1024 * 1024

_EVIDENCE_NAME = re.compile(r"^evidence/[0-9a-f]{64}(\.enc)?$")


class PackageError(DomainError):
    """A package that cannot be accepted; nothing was changed."""


def records_member(kind: str, encrypted: bool = False) -> str:
    """Member name of a record kind's JSON Lines."""
    return f"{RECORDS_DIR}{kind}.jsonl" + (ENCRYPTED_SUFFIX if encrypted else "")


def evidence_member(sha256: str, encrypted: bool = False) -> str:
    """Member name of an evidence file, named by its content hash."""
    return f"{EVIDENCE_DIR}{sha256}" + (ENCRYPTED_SUFFIX if encrypted else "")


def allowed_member(name: str) -> bool:
    """True for the only names a package may contain (no folders, no traversal)."""
    if name in (MANIFEST, SIGNATURE):
        return True
    if name.startswith(RECORDS_DIR):
        base = name[len(RECORDS_DIR):].removesuffix(ENCRYPTED_SUFFIX)
        return base.endswith(".jsonl") and base[:-6] in KINDS
    return bool(_EVIDENCE_NAME.match(name))


@dataclass
class Manifest:
    """What a package says about itself; ``members`` maps names to sha256 and size."""

    package_id: str
    sender_code: str
    sender_name: str
    recipient_code: str
    created_at: str
    schema_revision: str
    program_version: str
    period_from: str | None = None
    period_to: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    members: dict[str, dict] = field(default_factory=dict)
    encryption: dict | None = None
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        """The manifest as the exact bytes that are signed."""
        data = {
            "format": FORMAT_NAME, "format_version": self.format_version,
            "schema_revision": self.schema_revision, "program_version": self.program_version,
            "package_id": self.package_id,
            "sender": {"code": self.sender_code, "name": self.sender_name},
            "recipient": {"code": self.recipient_code}, "created_at": self.created_at,
            "period": {"from": self.period_from, "to": self.period_to},
            "counts": self.counts, "members": self.members, "encryption": self.encryption,
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        """Parse and check a manifest; raises PackageError for anything malformed."""
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT_NAME:
                raise ValueError("format")
            version = data["format_version"]
            if not isinstance(version, int):
                raise ValueError("format_version")
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise bad("Bảng kê (manifest) hỏng hoặc không phải của DVK Desktop.",
                      "The manifest is damaged or not a DVK Desktop manifest.") from exc
        if version > FORMAT_VERSION:
            raise bad(
                f"Tệp dùng định dạng phiên bản {version}, mới hơn chương trình này "
                f"(phiên bản {FORMAT_VERSION}). Hãy cập nhật DVK Desktop.",
                f"The file uses format version {version}, newer than this program supports "
                f"({FORMAT_VERSION}). Update DVK Desktop.")
        return _manifest_from_dict(data, version)


def _manifest_from_dict(data: dict, version: int) -> Manifest:
    try:
        manifest = cls_manifest(data, version)
        for name, info in manifest.members.items():
            if not allowed_member(name) or not re.fullmatch(r"[0-9a-f]{64}", info["sha256"]):
                raise ValueError(name)
            if not isinstance(info["size"], int) or info["size"] < 0:
                raise ValueError(name)
        return manifest
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise bad("Bảng kê (manifest) thiếu thông tin bắt buộc hoặc có giá trị sai.",
                  "The manifest lacks required information or has invalid values.") from exc


def cls_manifest(data: dict, version: int) -> Manifest:
    """Build a Manifest from its parsed JSON (strict about types)."""
    text = {"package_id": data["package_id"], "sender_code": data["sender"]["code"],
            "sender_name": data["sender"]["name"], "recipient_code": data["recipient"]["code"],
            "created_at": data["created_at"], "schema_revision": data["schema_revision"],
            "program_version": data["program_version"]}
    if not all(isinstance(v, str) for v in text.values()):
        raise ValueError("text")
    counts = data["counts"]
    if not all(k in KINDS and isinstance(v, int) for k, v in counts.items()):
        raise ValueError("counts")
    return Manifest(**text, period_from=data["period"]["from"], period_to=data["period"]["to"],
                    counts=counts, members=dict(data["members"]),
                    encryption=data.get("encryption"), format_version=version)


def bad(vi: str, en: str) -> PackageError:
    """A PackageError whose message says the database was not changed."""
    return PackageError(f"Không nhận tệp: {vi} Cơ sở dữ liệu không bị thay đổi.",
                        f"File refused: {en} The database was not changed.")
