"""Schema migrations: Alembic revisions applied automatically when a database is opened."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from dvk_desktop.db.backup import backup_database, timestamped_name
from dvk_desktop.domain.errors import DatabaseVersionError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """Alembic configuration pointing at the bundled revisions (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def script_directory() -> ScriptDirectory:
    """The bundled revisions, read once per process (parsing them takes a noticeable time)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_known(revision: str | None) -> None:
    """Raise DatabaseVersionError for a revision this program does not know (a newer one)."""
    if revision is None:
        return
    script = script_directory()
    try:
        script.get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise DatabaseVersionError(
            f"Cơ sở dữ liệu được tạo bởi phiên bản chương trình mới hơn (lược đồ {revision}). "
            "Hãy cài phiên bản mới nhất của DVK Desktop; tệp dữ liệu không bị thay đổi.",
            f"The database was made by a newer version of the program (schema {revision}). "
            "Install the latest DVK Desktop; the data file was not changed.",
        ) from exc


def upgrade(engine: Engine, backup_dir: Path | None = None) -> bool:
    """Bring the schema to the head revision; returns True when anything was applied.

    A SQLite database that already holds data is copied to ``backup_dir`` first.
    """
    revision = current_revision(engine)
    check_known(revision)
    if revision == head_revision():
        return False
    db_file = engine.url.database if engine.dialect.name == "sqlite" else None
    if revision is not None and db_file and backup_dir is not None:
        name = timestamped_name(f"pre-migration-{revision}")
        backup_database(Path(db_file), backup_dir / name)
    config = alembic_config()
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            # pysqlite runs DDL outside any transaction; an explicit BEGIN makes the whole
            # upgrade one transaction, so a power cut never leaves half a schema.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
