"""Exchange figures: export a whole registry, import it into an empty one, import it again.

The cached database is the province's office. For a package to go upward the benchmark puts
a national unit ("TW") above the province in a working copy, and the receiving database is
an office of that national unit with the same unit tree.
"""

from __future__ import annotations

import time
from pathlib import Path

from dvk_desktop.db.database import Database
from dvk_desktop.domain.records import UnitData
from dvk_desktop.services import office, units
from tests.bench.datasets import OFFICER, PROVINCE, empty_database, working_copy

NATIONAL_CODE = "TW"
NATIONAL_NAME = "Ban Dân vận Trung ương"


def _national(db: Database) -> str:
    """Create the national unit (no parent) and put the province under it; its id."""
    found = units.find_unit_by_code(db, NATIONAL_CODE)
    if found is None:
        found = units.create_unit(db, UnitData(code=NATIONAL_CODE, name=NATIONAL_NAME,
                                               kind="agency", sector="party"), "bench")
    province = units.find_unit_by_code(db, PROVINCE)
    data = province.data
    data.parent_id = found.id
    units.update_unit(db, province.id, data, province.version, "bench")
    return found.id


def _receiver(path: Path) -> Database:
    """An empty office of the national unit, with the province seeded below it."""
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = Database.open(path, daily_backup=False)
    office.init_office(db, PROVINCE, unit_name=NATIONAL_NAME, officer_name=OFFICER)
    info = office.get_office(db)
    record = units.find_unit_by_code(db, info.unit_code)
    data = record.data
    data.parent_id = None
    units.update_unit(db, record.id, data, record.version, "bench")
    return db


def prepare(source: Path, work: Path) -> tuple[Database, Database, str]:
    """Sender (a working copy of ``source``) and an empty receiver; the recipient's code."""
    receiver = _receiver(work / "receiver.sqlite3")
    code = office.get_office(receiver).unit_code
    sender = Database.open(working_copy(source, work / "sender.sqlite3"), daily_backup=False)
    if code != NATIONAL_CODE:
        # The receiver's unit got its own code at set-up: use the same one on the sender's side.
        found = units.create_unit(sender, UnitData(code=code, name=NATIONAL_NAME, kind="agency",
                                                   sector="party"), "bench")
        province = units.find_unit_by_code(sender, PROVINCE)
        data = province.data
        data.parent_id = found.id
        units.update_unit(sender, province.id, data, province.version, "bench")
    else:
        _national(sender)
    province = units.find_unit_by_code(receiver, PROVINCE)
    data = province.data
    data.parent_id = units.find_unit_by_code(receiver, code).id
    units.update_unit(receiver, province.id, data, province.version, "bench")
    return sender, receiver, code


def _timed(action) -> tuple[float, float, object]:
    """Wall-clock and CPU seconds of ``action()``, and its result."""
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - started, time.process_time() - cpu, result


def measure(source: Path, work: Path) -> dict[str, float]:
    """Seconds to export, to import into the empty receiver, and to import again."""
    from dvk_desktop.services import exchange, exchange_export

    sender, receiver, code = prepare(source, work)
    package = work / "registry.dvkx"
    try:
        export_s, export_cpu, _ = _timed(
            lambda: exchange_export.export_package(sender, code, package, actor="bench"))
        import_s, import_cpu, _ = _timed(
            lambda: exchange.import_package(receiver, package, actor="bench",
                                            trust_new_key=True))
        # The log is copied into the file on a worker thread once the import has committed;
        # the re-import is measured after it, as the officer's next task would be.
        log_s, _, _ = _timed(receiver.wait_for_checkpoint)
        reimport_s, reimport_cpu, again = _timed(
            lambda: exchange.import_package(receiver, package, actor="bench",
                                            trust_new_key=True))
    finally:
        sender.close()
        receiver.close()
    changed = sum(again.totals.get(k, 0) for k in ("new", "updated")) \
        if isinstance(getattr(again, "totals", None), dict) else 0
    return {"export": export_s, "import": import_s, "reimport": reimport_s, "import_log": log_s,
            "export_cpu": export_cpu, "import_cpu": import_cpu, "reimport_cpu": reimport_cpu,
            "reimport_changes": float(changed), "package_mb": package.stat().st_size / 1e6}


__all__ = ["measure", "prepare", "empty_database"]
