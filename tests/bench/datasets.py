"""Benchmark databases: generated once per size and seed, kept in a cache folder."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

from dvk_desktop.db.database import Database
from dvk_desktop.services import demo, office

PROVINCE = "40"  # Nghệ An, the seeds' province
OFFICER = "Nguyễn Văn An"
SEED = 1


def use_data_dir(cache: Path) -> Path:
    """Point the program's data folder (backups, keys, window state) inside the cache."""
    folder = cache / "data"
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["DVK_DATA_DIR"] = str(folder)
    return folder


def db_path(cache: Path, size: int, seed: int = SEED) -> Path:
    """Where the database of ``size`` entries lives in the cache."""
    return cache / f"entries-{size}-seed{seed}.sqlite3"


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def ensure_dataset(cache: Path, size: int, seed: int = SEED,
                   say=_say) -> tuple[Path, float | None]:
    """The cached database of ``size`` demo entries, made when missing.

    Returns its path and the generation time in seconds (None when it was already there).
    A half-made file (interrupted run) is recognised by its missing ``.done`` marker.
    """
    path = db_path(cache, size, seed)
    marker = path.with_suffix(".done")
    if path.exists() and marker.exists():
        return path, None
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    say(f"generating {size:,} entries into {path} …")
    started = time.perf_counter()
    db = Database.open(path, daily_backup=False)
    try:
        office.init_office(db, PROVINCE, officer_name=OFFICER)
        demo.generate_entries(db, size, seed)
    finally:
        db.close()
    elapsed = time.perf_counter() - started
    marker.write_text(f"{elapsed:.1f}\n", encoding="utf-8")
    return path, elapsed


def working_copy(source: Path, target: Path) -> Path:
    """A copy of a cached database for measurements that change it."""
    for stale in target.parent.glob(target.name + "*"):
        stale.unlink()
    shutil.copyfile(source, target)
    return target


def empty_database(path: Path) -> Database:
    """A fresh, set-up database with no entries."""
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = Database.open(path, daily_backup=False)
    office.init_office(db, PROVINCE, officer_name=OFFICER)
    return db
