"""Signing (Ed25519) and encryption to a recipient (X25519 + HKDF-SHA256 + AES-256-GCM).

Each member of an encrypted package is compressed with zlib, then encrypted with the
package's content key and its own random nonce; the member name is the associated data, so
members cannot be swapped. The content key comes from an X25519 exchange between a one-time
key and the recipient's public key, stretched with HKDF.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterator

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dvk_desktop.exchange import deflate

SCHEME = "X25519-HKDF-SHA256-AES-256-GCM"
SIGNATURE_ALGORITHM = "Ed25519"
NONCE_BYTES = 12
TAG_BYTES = 16
_HKDF_INFO = b"dvkx package content key v1"


class CryptoError(Exception):
    """A signature or ciphertext that does not verify, or a malformed key."""


def b64(data: bytes) -> str:
    """Standard base64 text of bytes."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Bytes of standard base64 text; CryptoError when malformed."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, AttributeError, UnicodeEncodeError) as exc:
        raise CryptoError("bad base64") from exc


def raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """The 32 raw bytes of a private key's public half."""
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def fingerprint(public_raw: bytes) -> str:
    """Human-comparable fingerprint: SHA-256 of the public key, 16 groups of 4 hex digits."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def normalise_fingerprint(text: str) -> str:
    """A typed fingerprint without spaces or colons, upper case (for comparison)."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def private_pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    """PKCS#8 PEM of a private key (protected by the file's permissions)."""
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def load_private_pem(data: bytes):
    """A private key from PEM bytes."""
    try:
        return serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise CryptoError("bad private key") from exc


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """Ed25519 signature of ``data``."""
    return key.sign(data)


def verify(public_raw: bytes, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``data`` by ``public_raw``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


def _derive(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(shared)


def new_content_key(recipient_public_raw: bytes) -> tuple[bytes, dict]:
    """A fresh content key for a recipient and the public parameters that recover it."""
    try:
        recipient = X25519PublicKey.from_public_bytes(recipient_public_raw)
    except ValueError as exc:
        raise CryptoError("bad recipient key") from exc
    ephemeral = X25519PrivateKey.generate()
    salt = os.urandom(32)
    key = _derive(ephemeral.exchange(recipient), salt)
    info = {"scheme": SCHEME, "ephemeral_public_key": b64(raw_public(ephemeral)),
            "salt": b64(salt), "recipient_key_fingerprint": fingerprint(recipient_public_raw)}
    return key, info


def recover_content_key(private: X25519PrivateKey, info: dict) -> bytes:
    """The content key of a package encrypted to ``private``'s public key."""
    try:
        if info.get("scheme") != SCHEME:
            raise CryptoError("unknown scheme")
        peer = X25519PublicKey.from_public_bytes(unb64(info["ephemeral_public_key"]))
        return _derive(private.exchange(peer), unb64(info["salt"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise CryptoError("bad encryption parameters") from exc


class MemberEncryptor:
    """Encrypts one member as it is written: ``start()``, ``update(chunk)``…, ``finish()``.

    The output is the nonce, then the zlib-compressed chunks encrypted with AES-256-GCM,
    then the tag. Compression is at the fast level (``deflate``): a package's JSON shrinks
    almost as much as at zlib's default level in a fraction of the time.
    """

    def __init__(self, key: bytes, member: str) -> None:
        self.nonce = os.urandom(NONCE_BYTES)
        self.encryptor = Cipher(algorithms.AES(key), modes.GCM(self.nonce)).encryptor()
        self.encryptor.authenticate_additional_data(member.encode("utf-8"))
        self.packer = deflate.compressobj()

    def start(self) -> bytes:
        """The bytes that come first (the nonce)."""
        return self.nonce

    def update(self, chunk: bytes) -> bytes:
        """The encrypted output for the next plain chunk (may be empty)."""
        return self.encryptor.update(self.packer.compress(chunk))

    def finish(self) -> bytes:
        """The rest of the output, the authentication tag last."""
        rest = self.encryptor.update(self.packer.flush()) + self.encryptor.finalize()
        return rest + self.encryptor.tag


def decrypt_chunks(key: bytes, member: str, data: bytes, limit: int) -> Iterator[bytes]:
    """Plaintext of an encrypted member, at most ``limit`` bytes; CryptoError when forged.

    The tag is checked before the last chunk is released, so a caller that consumes the
    whole iterator never acts on unauthenticated data.
    """
    if len(data) < NONCE_BYTES + TAG_BYTES:
        raise CryptoError("short ciphertext")
    nonce, body, tag = data[:NONCE_BYTES], data[NONCE_BYTES:-TAG_BYTES], data[-TAG_BYTES:]
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    decryptor.authenticate_additional_data(member.encode("utf-8"))
    unpacker = deflate.decompressobj()
    produced = 0
    pending = b""
    try:
        for start in range(0, len(body), 1 << 20):
            piece = unpacker.decompress(decryptor.update(body[start:start + (1 << 20)]),
                                        limit - produced + 1)
            produced += len(piece)
            if produced > limit or unpacker.unconsumed_tail:
                raise CryptoError("member larger than declared")
            if pending:
                yield pending
            pending = piece
        decryptor.finalize()
        pending += unpacker.flush()
    except (InvalidTag, *deflate.ERRORS) as exc:
        raise CryptoError("ciphertext does not verify") from exc
    if produced > limit:
        raise CryptoError("member larger than declared")
    yield pending
