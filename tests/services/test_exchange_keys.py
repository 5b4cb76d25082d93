"""The installation's key pairs and the public key file."""

from __future__ import annotations

import json
import stat

import pytest

from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import keys


def test_keys_are_made_once_and_readable_only_by_the_user(data_dir):
    first = keys.ensure_keys()
    again = keys.ensure_keys()
    assert first.fingerprint == again.fingerprint
    for name in (keys.SIGNING_FILE, keys.ENCRYPTION_FILE):
        mode = stat.S_IMODE((data_dir / "keys" / name).stat().st_mode)
        assert mode == 0o600
    assert stat.S_IMODE((data_dir / "keys").stat().st_mode) == 0o700


def test_public_key_file_round_trip(tmp_path):
    path = keys.export_public(tmp_path / "pub.json", "40", "Tỉnh Nghệ An")
    text = path.read_text(encoding="utf-8")
    assert "PRIVATE" not in text and "Tỉnh Nghệ An" in text
    read = keys.read_public(path)
    assert read.unit_code == "40" and read.fingerprint == keys.ensure_keys().fingerprint
    assert json.loads(text)["fingerprint"] == read.fingerprint


def test_damaged_key_files_are_reported(tmp_path, data_dir):
    (tmp_path / "bad.json").write_text('{"format": "other"}')
    with pytest.raises(DomainError, match="not a DVK Desktop public key file"):
        keys.read_public(tmp_path / "bad.json")
    keys.ensure_keys()
    (data_dir / "keys" / keys.SIGNING_FILE).write_text("garbage")
    with pytest.raises(DomainError, match="damaged"):
        keys.ensure_keys()
