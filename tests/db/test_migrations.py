"""Migrations: applied automatically on open, after a backup; newer databases refused."""

from __future__ import annotations

import hashlib

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text

from dvk_desktop import config
from dvk_desktop.db import migrate
from dvk_desktop.db.database import Database
from dvk_desktop.db.engine import make_engine
from dvk_desktop.db.models import Base, Entry, FieldCategory, Unit
from dvk_desktop.domain.errors import DatabaseVersionError
from dvk_desktop.domain.records import EntryData
from dvk_desktop.services import entries, office, units

FIRST_REVISION = "0001"


def test_empty_database_gets_the_whole_schema(db):
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_the_four_canonical_fields_are_seeded(db):
    with db.session() as session:
        codes = session.scalars(select(FieldCategory.code).order_by(FieldCategory.sort_order))
        assert list(codes)[:4] == ["economy", "culture_society", "defence_security",
                                   "political_system"]


def test_schema_matches_the_models(db):
    """The revisions build exactly what the typed mapping declares (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection,
                                             opts={"include_name": migrate.include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_known_revisions_are_the_bundled_revision_files():
    """Opening checks revisions without Alembic: its list must be the files' chain."""
    script = migrate.script_directory()
    chain = [r.revision for r in script.walk_revisions()][::-1]
    assert tuple(chain) == migrate.REVISIONS
    assert script.get_current_head() == migrate.head_revision()


def test_reopening_an_up_to_date_database_changes_nothing(tmp_path):
    path = tmp_path / "r.sqlite3"
    Database.open(path).close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert migrate.upgrade(make_engine(path), tmp_path / "backups") is False
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (tmp_path / "backups").exists()


def _database_at_first_revision(path):
    engine = make_engine(path)
    cfg = migrate.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, FIRST_REVISION)
    engine.dispose()


def test_populated_database_from_the_first_revision_upgrades_intact(tmp_path):
    path = tmp_path / "old.sqlite3"
    _database_at_first_revision(path)
    # Fill it through today's services but keep its schema revision as it was.
    engine = make_engine(path)
    db = Database(engine)
    office.init_office(db, "40", officer_name="Nguyễn Văn An")
    unit_id = units.find_unit_by_code(db, "17827").id
    made = entries.create_entry(db, EntryData(title="Dân vận khéo", field_code="economy",
                                              owner_unit_id=unit_id, year=2023), "A")
    db.close()
    reopened = Database.open(path)
    assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    assert entries.get_entry(reopened, made.id).data.title == "Dân vận khéo"
    with reopened.session() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 131
        assert session.scalar(select(func.count()).select_from(Entry)) == 1
    backups = list(config.backups_dir().rglob("pre-migration-*.sqlite3"))
    assert len(backups) == (0 if migrate.head_revision() == FIRST_REVISION else 1)
    reopened.close()


def test_database_from_a_newer_program_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    Database.open(path).close()
    engine = make_engine(path)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseVersionError) as info:
        Database.open(path)
    assert "mới hơn" in info.value.message("vi") and "newer" in info.value.message("en")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
