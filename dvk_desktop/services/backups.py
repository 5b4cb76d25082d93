"""Backups the office can see: create, list, choose the folder, restore.

Automatic backups (daily, weekly, before a migration) are made by ``Database.open``; this
module adds those made on demand and before an import, and the restore that swaps a verified
backup in while keeping the current file aside.
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import datetime
from pathlib import Path

from dvk_desktop import config
from dvk_desktop.db import backup, migrate, preflight
from dvk_desktop.db.backup import BackupInfo
from dvk_desktop.db.database import Database
from dvk_desktop.db.lock import acquire_writer, release_writer
from dvk_desktop.db.models import Setting
from dvk_desktop.domain.errors import DomainError, NotFoundError

log = logging.getLogger(__name__)


def backup_failed(exc: backup.BackupError) -> DomainError:
    """A readable message for a backup that could not be written."""
    if exc.disk_full:
        return DomainError(
            "Không đủ chỗ trống để sao lưu (ổ đĩa đầy). Cơ sở dữ liệu và các bản sao lưu trước "
            "vẫn nguyên vẹn; hãy giải phóng dung lượng hoặc chọn thư mục sao lưu khác.",
            "Not enough space for the backup (disk full). The database and earlier backups are "
            "intact; free some space or choose another backup folder.",
        )
    return DomainError(f"Không sao lưu được: {exc}", f"The backup failed: {exc}")


def backup_folder(db: Database) -> Path:
    """The folder where this database's backups are written now."""
    if db.backup_folder is not None:
        return db.backup_folder
    path = _file_of(db)
    return preflight.backup_folder(path)


def _file_of(db: Database) -> Path:
    path = db.path
    if path is None:
        raise DomainError("Chỉ sao lưu được cơ sở dữ liệu dạng tệp (SQLite).",
                          "Only a file (SQLite) database can be backed up.")
    return path


def get_chosen_folder(db: Database) -> str | None:
    """The backup folder the office chose (None: the default in the user data folder)."""
    with db.session() as session:
        setting = session.get(Setting, preflight.BACKUP_FOLDER_KEY)
        value = setting.value if setting is not None else None
    return value if isinstance(value, str) and value else None


def set_chosen_folder(db: Database, folder: str | Path | None) -> Path:
    """Choose where backups go (e.g. a USB stick); None returns to the default folder."""
    path = _file_of(db)
    if folder:
        target = Path(folder).expanduser().resolve()
        if not preflight.usable_folder(target / path.stem):
            raise DomainError(f"Không ghi được vào thư mục {target}.",
                              f"Cannot write into the folder {target}.")
    with db.session() as session:
        setting = session.get(Setting, preflight.BACKUP_FOLDER_KEY)
        value = str(target) if folder else None
        if setting is None:
            session.add(Setting(key=preflight.BACKUP_FOLDER_KEY, value=value))
        else:
            setting.value = value
    db.backup_folder = (target if folder else config.backups_dir()) / path.stem
    return db.backup_folder


def create_backup(db: Database, kind: str = "manual", label: str = "") -> BackupInfo:
    """Write a verified backup now and rotate older ones of the same kind."""
    if db.read_only:
        raise DomainError("Không sao lưu ở chế độ chỉ đọc.", "No backups in read-only mode.")
    try:
        info = backup.make_backup(_file_of(db), backup_folder(db), kind, label)
    except backup.BackupError as exc:
        raise backup_failed(exc) from exc
    except OSError as exc:
        raise backup_failed(backup.BackupError(str(exc), backup.is_disk_full(exc))) from exc
    log.info("backup written: %s", info.path.name)
    return info


def backup_before_import(db: Database) -> Path:
    """The verified copy made before an import changes anything; returns its path."""
    return create_backup(db, "pre-import").path


def list_backups(db: Database) -> list[BackupInfo]:
    """Backups of this database in its folder and in the default folder, newest first."""
    return backups_of(_file_of(db), backup_folder(db))


def backups_of(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of a database file (which need not be open), newest first."""
    db_path = Path(db_path).resolve()
    folders = [folder or preflight.backup_folder(db_path), config.backups_dir() / db_path.stem]
    found = {info.path: info for f in dict.fromkeys(folders) for info in backup.list_backups(f)}
    return sorted(found.values(), key=lambda info: (info.created, info.path.name), reverse=True)


def find_backup(db_path: Path, ident: str | Path | None = None) -> Path:
    """A backup by its id (file name without suffix) or path; the newest when none is given."""
    if ident is not None and Path(ident).is_file():
        return Path(ident)
    for info in backups_of(db_path):
        if ident is None or str(ident) in (info.backup_id, info.path.name):
            return info.path
    raise NotFoundError(f"Không tìm thấy bản sao lưu {ident or ''}.",
                        f"Backup {ident or ''} not found.")


def verify_backup(source: Path) -> None:
    """Refuse a backup that is damaged or made by a newer program."""
    problems = backup.integrity_problems(source)
    if problems:
        raise DomainError(f"Bản sao lưu {source.name} bị hỏng: {problems[0]}",
                          f"The backup {source.name} is damaged: {problems[0]}")
    migrate.check_known(preflight.stored_revision(source))


def keep_aside(db_path: Path) -> Path:
    """Copy the database and its -wal/-shm files into ``damaged/``; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = db_path.parent / "damaged"
    folder.mkdir(exist_ok=True)
    target = folder / f"{db_path.name}.{stamp}"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(db_path) + suffix)
        if source.exists():
            copy = Path(str(target) + suffix)
            shutil.copy2(source, copy)
            with open(copy, "rb") as handle:
                os.fsync(handle.fileno())
    backup.fsync_dir(folder)
    log.warning("damaged database kept aside for rescue")
    return target


def restore_backup(db_path: Path, source: Path, folder: Path | None = None,
                   damaged: bool = False) -> Path:
    """Put a verified backup in place of the (closed) database; returns the kept-aside copy.

    The current file is first kept aside: as a ``pre-restore`` backup when it is sound, or
    as a raw copy of its files when it is damaged. The backup is copied next to the
    database, verified, then renamed over it in one step.
    """
    db_path, source = Path(db_path).resolve(), Path(source).resolve()
    verify_backup(source)
    lock = acquire_writer(db_path)
    try:
        aside = _keep_current_aside(db_path, folder, damaged)
        _swap_in(db_path, source)
    finally:
        release_writer(lock)
    log.info("database restored from a backup")
    return aside


def _keep_current_aside(db_path: Path, folder: Path | None, damaged: bool) -> Path:
    if not db_path.exists():
        return db_path
    if damaged:
        return keep_aside(db_path)
    target = folder or preflight.backup_folder(db_path)
    try:
        backup.checkpoint(db_path)
        return backup.make_backup(db_path, target, "pre-restore").path
    except (backup.BackupError, OSError) as exc:
        raise backup_failed(exc if isinstance(exc, backup.BackupError)
                            else backup.BackupError(str(exc), backup.is_disk_full(exc))) from exc


def _swap_in(db_path: Path, source: Path) -> None:
    partial = db_path.with_name(db_path.name + ".restore.part")
    try:
        backup.backup_database(source, partial)
    except backup.BackupError as exc:
        raise backup_failed(exc) from exc
    for suffix in ("-wal", "-shm"):
        # The old file's log must never be replayed onto the restored file.
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(partial, db_path)
    backup.fsync_dir(db_path.parent)
