"""Shared fixtures: an isolated data directory and fresh databases."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dvk_desktop.db.database import Database  # noqa: E402
from dvk_desktop.services import office  # noqa: E402

PROVINCE = "40"  # Nghệ An, the seeds' province
OFFICER = "Nguyễn Văn An"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test gets its own data directory (backups, logs, keys)."""
    path = tmp_path / "data"
    monkeypatch.setenv("DVK_DATA_DIR", str(path))
    return path


@pytest.fixture
def db(tmp_path):
    """A new, migrated, empty database."""
    database = Database.open(tmp_path / "registry.sqlite3")
    yield database
    database.close()


@pytest.fixture
def office_db(db):
    """A database set up for the Nghệ An provincial office (province and its communes)."""
    office.init_office(db, PROVINCE, officer_name=OFFICER)
    return db
