"""Choosing the database: a local file or a PostgreSQL server, checked without changing it."""

from __future__ import annotations

import hashlib

import pytest

from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import database_location as loc


def test_server_urls_get_the_installed_driver_and_hide_passwords():
    url = loc.normalise_location(" postgresql://canbo:bimat@maychu:5432/dvk ")
    assert url == "postgresql+psycopg://canbo:bimat@maychu:5432/dvk"
    assert "bimat" not in loc.display_location(url)
    assert loc.display_location("/data/r.sqlite3") == "/data/r.sqlite3"


@pytest.mark.parametrize("bad", ["", "   ", "mysql://x@y/z"])
def test_unusable_locations_are_refused_clearly(bad):
    with pytest.raises(DomainError):
        loc.normalise_location(bad)


def test_a_new_file_will_be_created(tmp_path):
    check = loc.check_location(str(tmp_path / "new.sqlite3"))
    assert check.reachable and not check.up_to_date
    assert "tạo" in check.message("vi")
    assert not (tmp_path / "new.sqlite3").exists()


def test_an_existing_database_is_checked_without_change(tmp_path):
    path = tmp_path / "r.sqlite3"
    Database.open(path).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    check = loc.check_location(str(path))
    assert check.reachable and check.up_to_date
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_server_is_checked(postgres):
    server, _admin = postgres
    check = loc.check_location(server.url("dvk_template"))
    assert check.reachable and check.up_to_date


def test_an_unreachable_server_is_reported():
    check = loc.check_location("postgresql://nobody@127.0.0.1:1/none")
    assert not check.reachable and "kết nối" in check.message("vi")
