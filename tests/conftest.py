"""Shared fixtures: an isolated data directory and fresh databases."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dvk_desktop.db.database import Database  # noqa: E402
from dvk_desktop.services import office  # noqa: E402
from tests.pg_server import PostgresServer, find_pg_bin  # noqa: E402

pytest_plugins = ["tests.exchange.fixtures"]  # the offices exchange tests send between

UNDER_CI = os.environ.get("CI") == "true"
TEMPLATE = "dvk_template"

PROVINCE = "40"  # Nghệ An, the seeds' province
OFFICER = "Nguyễn Văn An"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test gets its own data directory (backups, logs, keys)."""
    path = tmp_path / "data"
    monkeypatch.setenv("DVK_DATA_DIR", str(path))
    return path


def _unavailable(reason: str):
    if UNDER_CI:
        pytest.fail(f"PostgreSQL is required under CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server on loopback for the whole run, with a migrated template."""
    if find_pg_bin() is None:
        _unavailable("the server programs are not installed (Debian package 'postgresql')")
    server = PostgresServer()
    try:
        admin_url = server.start()
    except Exception as exc:  # noqa: BLE001 - reported as the reason
        server.stop()
        _unavailable(f"the server did not start: {exc}")
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        # A linguistic (ICU) default collation, as on real servers: sort keys must not depend on it.
        connection.execute(sa.text(
            f"CREATE DATABASE {TEMPLATE} TEMPLATE template0 ENCODING 'UTF8' "
            "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"))
    Database.open(server.url(TEMPLATE)).close()
    yield server, admin
    admin.dispose()
    server.stop()


@pytest.fixture
def sqlite_db(tmp_path):
    """A new, migrated, empty SQLite database file."""
    database = Database.open(tmp_path / "registry.sqlite3")
    yield database
    database.close()


def _postgres_db(request):
    server, admin = request.getfixturevalue("postgres")
    name = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
    database = Database.open(server.url(name))
    yield database
    database.close()
    with admin.connect() as connection:
        connection.execute(sa.text(f"DROP DATABASE {name} WITH (FORCE)"))


@pytest.fixture
def db(request, tmp_path):
    """A new, migrated, empty database: SQLite unless the test folder asks for both."""
    if getattr(request, "param", "sqlite") == "postgresql":
        yield from _postgres_db(request)
        return
    database = Database.open(tmp_path / "registry.sqlite3")
    yield database
    database.close()


# Storage, service and exchange tests run on SQLite and on a real PostgreSQL server.
BOTH_DATABASE_FOLDERS = ("db", "services", "exchange")


def pytest_generate_tests(metafunc):
    """Tests using ``db`` in the folders above get a SQLite and a PostgreSQL variant."""
    folder = Path(metafunc.definition.fspath).relative_to(Path(__file__).parent).parts[0]
    if "db" in metafunc.fixturenames and folder in BOTH_DATABASE_FOLDERS:
        metafunc.parametrize("db", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def office_db(db):
    """A database set up for the Nghệ An provincial office (province and its communes)."""
    office.init_office(db, PROVINCE, officer_name=OFFICER)
    return db


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A message box nobody answers would block the run forever: make it fail the test.

    A test that expects one replaces the method itself (``monkeypatch.setattr(QMessageBox,
    "question", lambda *a, **k: QMessageBox.StandardButton.Yes)``) or uses the dialog's seam.
    """
    try:
        from PySide6.QtWidgets import QMessageBox
    except ImportError:
        return

    def refuse(*args, **kwargs):
        raise AssertionError(
            "A modal message box opened that the test did not answer; patch it in the test."
        )

    for name in ("exec", "question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
