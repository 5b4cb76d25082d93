"""A word index for the diacritics-free search, so a search never reads the whole table.

Every typed word must begin a word of the entry's search key ("dan van kh" finds "Dân vận
khéo"). Matching that with LIKE meant testing every entry's key, about 50 ms at 100,000
entries and ten times that at a million, on every keystroke.

On SQLite ``entry_fts`` is an FTS5 index of ``entry.search_key`` with prefix indexes for
words typed so far, keyed by the entry's rowid. It also keeps (unindexed) the entry's title
sort key and whether it is live, so that the first page of a search in title order is read
from this narrow table alone, without the wide entry rows. Triggers keep it in step on every
insert, update and delete, whoever writes (forms, imports, the demo generator); a future
revision that rebuilds the entry table (batch mode) must fill it again. On PostgreSQL a
trigram index (``pg_trgm``) serves the same LIKE patterns; when the server does not allow
the extension the search still works, only slower.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 18:20:00
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ROW = "new.rowid, new.search_key, new.sort_key, new.deleted_at IS NULL"
SQLITE_UP = [
    "CREATE VIRTUAL TABLE entry_fts USING fts5(search_key, sort_key UNINDEXED, "
    "live UNINDEXED, tokenize='unicode61', prefix='1 2 3')",
    "CREATE TRIGGER entry_fts_insert AFTER INSERT ON entry BEGIN "
    f"INSERT INTO entry_fts(rowid, search_key, sort_key, live) VALUES ({_ROW}); END",
    "CREATE TRIGGER entry_fts_delete AFTER DELETE ON entry BEGIN "
    "DELETE FROM entry_fts WHERE rowid = old.rowid; END",
    "CREATE TRIGGER entry_fts_update AFTER UPDATE OF search_key, sort_key, deleted_at "
    "ON entry BEGIN DELETE FROM entry_fts WHERE rowid = old.rowid; "
    f"INSERT INTO entry_fts(rowid, search_key, sort_key, live) VALUES ({_ROW}); END",
    "INSERT INTO entry_fts(rowid, search_key, sort_key, live) "
    "SELECT rowid, search_key, sort_key, deleted_at IS NULL FROM entry",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS entry_fts_update",
    "DROP TRIGGER IF EXISTS entry_fts_delete",
    "DROP TRIGGER IF EXISTS entry_fts_insert",
    "DROP TABLE IF EXISTS entry_fts",
]
PG_INDEX = "ix_entry_search_trgm"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        # The extension needs a privilege some servers do not give: try it in a savepoint.
        attempt = bind.begin_nested()
        try:
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception:  # noqa: BLE001 - the search works without it, only slower
            attempt.rollback()
            return
        attempt.commit()
        bind.exec_driver_sql(f"CREATE INDEX {PG_INDEX} ON entry "
                             "USING gin (search_key gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
