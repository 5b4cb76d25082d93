"""Signing, fingerprints and member encryption."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from dvk_desktop.exchange import crypto


def test_signature_verifies_only_the_signed_bytes():
    key = Ed25519PrivateKey.generate()
    public = crypto.raw_public(key)
    signature = crypto.sign(key, b"manifest")
    assert crypto.verify(public, b"manifest", signature)
    assert not crypto.verify(public, b"manifest!", signature)
    other = crypto.raw_public(Ed25519PrivateKey.generate())
    assert not crypto.verify(other, b"manifest", signature)
    assert not crypto.verify(public, b"manifest", b"short")


def test_fingerprint_is_grouped_hex_and_normalises():
    fp = crypto.fingerprint(b"\x01" * 32)
    groups = fp.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert crypto.normalise_fingerprint(fp.lower().replace(" ", ":")) == fp.replace(" ", "")


def _encrypt(key: bytes, member: str, data: bytes) -> bytes:
    encryptor = crypto.MemberEncryptor(key, member)
    return b"".join([encryptor.start(), encryptor.update(data[:5]), encryptor.update(data[5:]),
                     encryptor.finish()])


def test_encryption_round_trip_through_recipient_key():
    recipient = X25519PrivateKey.generate()
    key, info = crypto.new_content_key(crypto.raw_public(recipient))
    blob = _encrypt(key, "records/entries.jsonl.enc", "Dân vận khéo\n".encode() * 1000)
    recovered = crypto.recover_content_key(recipient, info)
    plain = b"".join(crypto.decrypt_chunks(recovered, "records/entries.jsonl.enc", blob, 10**6))
    assert plain == "Dân vận khéo\n".encode() * 1000
    assert info["recipient_key_fingerprint"] == crypto.fingerprint(crypto.raw_public(recipient))


def test_wrong_key_tampering_or_swapped_member_fails():
    recipient = X25519PrivateKey.generate()
    key, info = crypto.new_content_key(crypto.raw_public(recipient))
    blob = _encrypt(key, "a", b"secret data")
    stranger = crypto.recover_content_key(X25519PrivateKey.generate(), info)
    with pytest.raises(crypto.CryptoError):
        b"".join(crypto.decrypt_chunks(stranger, "a", blob, 100))
    flipped = blob[:-20] + bytes([blob[-20] ^ 1]) + blob[-19:]
    with pytest.raises(crypto.CryptoError):
        b"".join(crypto.decrypt_chunks(key, "a", flipped, 100))
    with pytest.raises(crypto.CryptoError):
        b"".join(crypto.decrypt_chunks(key, "b", blob, 100))


def test_decryption_stops_at_the_declared_size():
    key = b"k" * 32
    blob = _encrypt(key, "a", b"\0" * 100_000)
    with pytest.raises(crypto.CryptoError):
        b"".join(crypto.decrypt_chunks(key, "a", blob, 1000))
