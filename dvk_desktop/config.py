"""Paths and names: the one place that knows where the program keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DVK Desktop"
APP_SLUG = "dvk-desktop"
ORG_NAME = "DVK"
DATA_DIR_ENV = "DVK_DATA_DIR"

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR.parent / "resources"
FORMS_DIR = PACKAGE_DIR.parent / "forms"


def data_dir() -> Path:
    """Directory for the database, backups, keys and logs (created on first use).

    The ``DVK_DATA_DIR`` environment variable overrides the platform default, which lets
    tests and portable installs keep everything in one folder.
    """
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_SLUG, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The registry database used when no ``--db`` is given."""
    return data_dir() / "registry.sqlite3"


def backups_dir() -> Path:
    """Default folder of automatic and manual backups."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    """Folder of the rotating log files."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource (fonts, templates, translations, icons)."""
    return RESOURCES_DIR.joinpath(*parts)
