"""A full disk while saving, exporting or backing up: a clear message, nothing damaged.

The full disk is a small tmpfs mounted for the test (needs root, as in CI's container);
without the right to mount, the tests are skipped with that reason.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from dvk_desktop.db import backup
from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DomainError
from tests.safety.conftest import entry_ids, new_entry
from tests.safety.crash_checks import head_fixture


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB filesystem of its own; ``fill(disk)`` leaves it (almost) without free space."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root): " + done.stderr.decode()[:80])
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Write a filler file until the disk is full, then give back ``leave`` bytes."""
    filler = disk / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(block)
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    for size in (4096, 512, 1):  # the last partial blocks
        try:
            with open(filler, "ab") as handle:
                while True:
                    handle.write(b"\0" * size)
                    handle.flush()
        except OSError:
            pass
    if leave:
        with open(filler, "r+b") as handle:
            handle.truncate(filler.stat().st_size - leave)
    return filler


def _is_disk_full_message(exc: DomainError) -> bool:
    return "đầy" in exc.message("vi") and "full" in exc.message("en")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_saving_on_a_full_disk_says_so_and_keeps_every_saved_entry(small_disk, tmp_path):
    path = small_disk / "registry.sqlite3"
    shutil.copyfile(head_fixture(tmp_path), path)
    db = Database.open(path)
    saved = {new_entry(db, "Trước khi đầy").id}
    filler = fill(small_disk)
    with pytest.raises(DomainError) as caught:
        for number in range(500):
            saved.add(new_entry(db, f"Mô hình {number}", problem="Thực trạng dài " * 200).id)
    assert _is_disk_full_message(caught.value)
    db.close()
    filler.unlink()
    assert not backup.integrity_problems(path)
    reopened = Database.open(path)
    assert saved <= entry_ids(reopened)
    assert len(entry_ids(reopened)) == len(saved) + 3  # the fixture's three; nothing half-saved
    reopened.close()


def test_backing_up_to_a_full_disk_keeps_the_earlier_backups(small_disk, tmp_path):
    from dvk_desktop.services import backups

    path = tmp_path / "registry.sqlite3"
    shutil.copyfile(head_fixture(tmp_path), path)
    db = Database.open(path, small_disk / "backups")
    earlier = backups.create_backup(db).path
    digest = _digest(earlier)
    fill(small_disk, leave=8192)
    with pytest.raises(DomainError) as caught:
        backups.create_backup(db)
    assert _is_disk_full_message(caught.value)
    assert _digest(earlier) == digest and backup.integrity_ok(earlier)
    assert not list((small_disk / "backups").glob("*.part"))
    assert len(list((small_disk / "backups").iterdir())) == 3  # daily, weekly, earlier
    new_entry(db, "Vẫn lưu được")  # the database itself is untouched and writable
    db.close()
    assert not backup.integrity_problems(path)


EXPORTS = [
    ("xlsx", ["export-sheet", "--out", "{out}/registry.xlsx"]),
    ("csv", ["export-sheet", "--out", "{out}/registry.csv"]),
    ("package", ["export", "--to", "40", "--out", "{out}/up.dvkx"]),
]


def _service_export_message(path: Path, out: Path) -> str:
    from dvk_desktop.domain.errors import readable_error
    from dvk_desktop.services import exchange_export

    db = Database.open(path)
    try:
        exchange_export.export_package(db, "40", out / "up.dvkx")
    except Exception as exc:  # noqa: BLE001 - what the window would show is checked
        return readable_error(exc).message("vi") if hasattr(readable_error(exc), "message") \
            else str(exc)
    finally:
        db.close()
    return "exported without an error"


def test_exporting_to_a_full_disk_says_so_and_leaves_no_half_file(small_disk, tmp_path,
                                                                   capsys):
    from dvk_desktop.cli import build_parser, run
    from dvk_desktop.services import demo, office

    path = tmp_path / "registry.sqlite3"
    db = Database.open(path)
    office.init_office(db, "40", unit_code="17827", officer_name="Cán bộ xã")
    demo.generate_entries(db, 300, 1)
    db.close()
    known = set(build_parser()._subparsers._group_actions[0].choices)
    fill(small_disk, leave=4096)
    for name, args in EXPORTS:
        if args[0] in known:
            argv = [a.format(out=small_disk) for a in args] + ["--db", str(path)]
            assert run(argv) == 2, name
            message = capsys.readouterr().err
        elif name == "package":  # the service, where its command is not registered
            message = _service_export_message(path, small_disk)
        else:
            continue
        assert "Ổ đĩa đã đầy" in message, (name, message)
    leftovers = [p.name for p in small_disk.iterdir() if p.name != "filler.bin"]
    assert leftovers == []
    assert not backup.integrity_problems(path)
