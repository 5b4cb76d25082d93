"""Which database the program uses: a local SQLite file or an office's PostgreSQL server."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from dvk_desktop.db import migrate
from dvk_desktop.db.engine import database_url, make_engine
from dvk_desktop.domain.errors import DomainError


@dataclass(frozen=True)
class LocationCheck:
    """The result of trying a database location without changing it."""

    display: str
    reachable: bool
    revision: str | None
    up_to_date: bool
    message_vi: str
    message_en: str

    def message(self, language: str = "vi") -> str:
        """The outcome in the requested language."""
        return self.message_en if language == "en" else self.message_vi


def is_server(location: str) -> bool:
    """True for a server URL (postgresql://…), False for a file path."""
    return "://" in location and not location.startswith("sqlite")


def display_location(location: str | Path) -> str:
    """The location as shown to a person: a path, or a URL with its password hidden."""
    text_location = str(location)
    if not is_server(text_location):
        return text_location
    return make_url(text_location).render_as_string(hide_password=True)


def normalise_location(location: str) -> str:
    """A server URL with the installed driver named; a file path unchanged (trimmed)."""
    location = location.strip()
    if not location:
        raise DomainError("Chưa nhập vị trí cơ sở dữ liệu.", "No database location given.")
    if location.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + location.split("://", 1)[1]
    if is_server(location) and not location.startswith("postgresql+"):
        raise DomainError("Chỉ hỗ trợ máy chủ PostgreSQL (postgresql://…).",
                          "Only PostgreSQL servers are supported (postgresql://…).")
    return location


def check_location(location: str) -> LocationCheck:
    """Connect to ``location`` and read its schema revision; nothing is created or migrated."""
    location = normalise_location(location)
    shown = display_location(location)
    if not is_server(location) and not Path(location).expanduser().exists():
        return LocationCheck(shown, True, None, False,
                             "Tệp chưa có: chương trình sẽ tạo cơ sở dữ liệu mới ở đây.",
                             "No file yet: the program will create a new database here.")
    engine = make_engine(database_url(location))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        revision = migrate.current_revision(engine)
    except Exception as exc:  # noqa: BLE001 - any driver error means "not reachable"
        return LocationCheck(shown, False, None, False,
                             f"Không kết nối được: {exc.__class__.__name__}.",
                             f"Cannot connect: {exc.__class__.__name__}.")
    finally:
        engine.dispose()
    head = migrate.head_revision()
    if revision == head:
        return LocationCheck(shown, True, revision, True, "Kết nối được, dữ liệu đã sẵn sàng.",
                             "Connected; the data is ready.")
    return LocationCheck(shown, True, revision, False,
                         "Kết nối được; lược đồ sẽ được nâng cấp khi mở (có sao lưu trước).",
                         "Connected; the schema will be upgraded when opened (after a backup).")
