"""Engine and session set-up: SQLite pragmas for durability, one session per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from dvk_desktop.db import sqlite_library
from dvk_desktop.domain.errors import ConflictError

BUSY_TIMEOUT_MS = 10_000


def database_url(db: str | Path) -> str:
    """SQLAlchemy URL for a file path, or the URL itself when one is given."""
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL keeps readers and the writer apart; FULL sync makes each commit survive power loss.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # 32 MB of page cache per connection: the indexes a province's registry works through
    # (100,000 entries) stay in memory; the window has two connections (the table and its
    # counting worker), which must fit an old PC's memory at a million entries too.
    cursor.execute("PRAGMA cache_size=-32768")
    # The write-ahead log of a large import (hundreds of megabytes) is cut back to 64 MB
    # when it next starts over, instead of keeping its largest size on disk.
    cursor.execute("PRAGMA journal_size_limit=67108864")
    cursor.close()


def make_engine(db: str | Path) -> Engine:
    """An engine for a SQLite file (with durable pragmas) or a server URL."""
    url = database_url(db)
    if url.startswith("sqlite"):
        sqlite_library.memory_statistics_off()
        # hide_parameters: an error message (and so a log file) never carries typed values,
        # such as an individual's name, only the SQL statement.
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                               hide_parameters=True)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Session factory whose objects stay readable after commit (plain data for the UI)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except StaleDataError as exc:
        # Another writer changed the row between our read and our write.
        session.rollback()
        raise ConflictError("record", "", 0, 0) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
