"""Schema migrations: Alembic revisions applied automatically when a database is opened."""

from __future__ import annotations

import functools
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from dvk_desktop.db.backup import backup_database, timestamped_name
from dvk_desktop.domain.errors import DatabaseVersionError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The bundled revisions, oldest first (a test checks this against the revision files). Knowing
# them without Alembic lets an up-to-date database open without importing Alembic at all,
# which takes a noticeable part of a second on an old PC.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")

# Database objects the revisions make that the typed mapping does not declare: the search
# index (an FTS5 table and its shadow tables on SQLite, a trigram index on PostgreSQL).
UNMAPPED_PREFIXES = ("entry_fts", "ix_entry_search_trgm")


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's filter: leave the unmapped search objects out of schema comparisons."""
    return not (name or "").startswith(UNMAPPED_PREFIXES)


def alembic_config():
    """Alembic configuration pointing at the bundled revisions (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def script_directory():
    """The bundled revisions, read once per process (parsing them takes a noticeable time)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest schema revision this program knows."""
    return REVISIONS[-1]


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_known(revision: str | None) -> None:
    """Raise DatabaseVersionError for a revision this program does not know (a newer one)."""
    if revision is None or revision in REVISIONS:
        return
    raise DatabaseVersionError(
        f"Cơ sở dữ liệu được tạo bởi phiên bản chương trình mới hơn (lược đồ {revision}). "
        "Hãy cài phiên bản mới nhất của DVK Desktop; tệp dữ liệu không bị thay đổi.",
        f"The database was made by a newer version of the program (schema {revision}). "
        "Install the latest DVK Desktop; the data file was not changed.",
    )


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
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            # pysqlite runs DDL outside any transaction; an explicit BEGIN makes the whole
            # upgrade one transaction, so a power cut never leaves half a schema.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
