"""The opened registry database: engine, session factory, automatic migration."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from dvk_desktop import config
from dvk_desktop.db import migrate
from dvk_desktop.db.engine import make_engine, make_session_factory, session_scope


class Database:
    """An open registry: one engine, sessions per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.factory: sessionmaker[Session] = make_session_factory(engine)

    @classmethod
    def open(cls, db: str | Path | None = None, backup_dir: Path | None = None) -> Database:
        """Open (creating if needed) and migrate the database at ``db`` or the default path."""
        target = db if db is not None else config.default_db_path()
        if "://" not in str(target):
            Path(target).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(target)
        try:
            migrate.upgrade(engine, backup_dir if backup_dir else config.backups_dir())
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a database server."""
        if self.engine.dialect.name != "sqlite" or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one user action; committed on success, rolled back on error."""
        with session_scope(self.factory) as session:
            yield session

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
