"""This installation's key pairs: Ed25519 to sign packages, X25519 to receive encrypted ones.

The private keys live in ``<data dir>/keys`` with file mode 0600 (readable only by the user);
they are made on first use. The public key file an office hands to the level below carries
both public keys, the unit and the fingerprint of the signing key.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from dvk_desktop import config
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.exchange import crypto

SIGNING_FILE = "signing-ed25519.pem"
ENCRYPTION_FILE = "encryption-x25519.pem"
PUBLIC_FORMAT = "dvk-public-key"


@dataclass
class KeyPair:
    """The installation's private keys."""

    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @property
    def signing_public(self) -> bytes:
        """Raw public signing key."""
        return crypto.raw_public(self.signing)

    @property
    def fingerprint(self) -> str:
        """Fingerprint of the public signing key."""
        return crypto.fingerprint(self.signing_public)


@dataclass
class PublicKeyFile:
    """A recipient's public keys as read from its exported file."""

    unit_code: str
    unit_name: str
    signing_public: bytes
    encryption_public: bytes

    @property
    def fingerprint(self) -> str:
        """Fingerprint of the signing key."""
        return crypto.fingerprint(self.signing_public)


def keys_dir() -> Path:
    """Folder of the private keys (created with mode 0700)."""
    path = config.data_dir() / "keys"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def _write_private(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, path)


def _load_or_make(path: Path, make):
    if path.exists():
        try:
            return crypto.load_private_pem(path.read_bytes())
        except crypto.CryptoError as exc:
            raise DomainError(f"Tệp khóa bí mật “{path}” bị hỏng.",
                              f"The private key file “{path}” is damaged.") from exc
    key = make()
    _write_private(path, crypto.private_pem(key))
    return key


def ensure_keys() -> KeyPair:
    """The installation's key pairs, made on first use."""
    folder = keys_dir()
    signing = _load_or_make(folder / SIGNING_FILE, Ed25519PrivateKey.generate)
    encryption = _load_or_make(folder / ENCRYPTION_FILE, X25519PrivateKey.generate)
    return KeyPair(signing, encryption)


def export_public(path: Path, unit_code: str, unit_name: str) -> Path:
    """Write the public key file that the level below uses to encrypt to this office."""
    pair = ensure_keys()
    data = {"format": PUBLIC_FORMAT, "version": 1, "unit_code": unit_code,
            "unit_name": unit_name, "signing_public_key": crypto.b64(pair.signing_public),
            "encryption_public_key": crypto.b64(crypto.raw_public(pair.encryption)),
            "fingerprint": pair.fingerprint}
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return Path(path)


def read_public(path: Path) -> PublicKeyFile:
    """Read a public key file; DomainError when it is not one."""
    try:
        raw = Path(path).read_bytes()
        if len(raw) > 65536:
            raise ValueError("size")
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != PUBLIC_FORMAT:
            raise ValueError("format")
        result = PublicKeyFile(str(data["unit_code"]), str(data.get("unit_name", "")),
                               crypto.unb64(data["signing_public_key"]),
                               crypto.unb64(data["encryption_public_key"]))
        if len(result.signing_public) != 32 or len(result.encryption_public) != 32:
            raise ValueError("length")
        return result
    except (OSError, ValueError, KeyError, TypeError, AttributeError, crypto.CryptoError) as exc:
        raise DomainError(f"“{path}” không phải tệp khóa công khai của DVK Desktop.",
                          f"“{path}” is not a DVK Desktop public key file.") from exc
