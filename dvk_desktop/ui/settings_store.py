"""Window state kept between runs (geometry, splitter, table columns, language).

The state lives in an INI file in the program's data directory, next to the database, so
``DVK_DATA_DIR`` isolates it for tests and portable installs and nothing goes to the registry
of the operating system.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from dvk_desktop import config

SETTINGS_FILE_NAME = "window.ini"


def settings() -> QSettings:
    """The window's settings file (created on first write)."""
    path = config.data_dir() / SETTINGS_FILE_NAME
    return QSettings(str(path), QSettings.Format.IniFormat)


def save_bytes(key: str, value: QByteArray) -> None:
    """Store a blob such as ``saveGeometry()`` or ``header.saveState()``."""
    store = settings()
    store.setValue(key, value)
    store.sync()


def load_bytes(key: str) -> QByteArray | None:
    """A blob stored by :func:`save_bytes`, or None when absent."""
    value = settings().value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None


def save_text(key: str, value: str) -> None:
    """Store a short text value (e.g. the interface language)."""
    store = settings()
    store.setValue(key, value)
    store.sync()


def load_text(key: str, default: str = "") -> str:
    """A text value stored by :func:`save_text`, or ``default``."""
    value = settings().value(key, default)
    return value if isinstance(value, str) else default
