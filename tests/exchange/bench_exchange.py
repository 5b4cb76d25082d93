"""Benchmark (not a test): export, import and re-import of a demo registry.

    .venv/bin/python -m tests.exchange.bench_exchange --entries 100000 --dir /tmp/bench-x

A provincial office with N demo entries sends to a central unit above it; the receiving
office starts with only the catalogue. Prints the seconds of each step.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from sqlalchemy import select, update


def _above(db, code: str, name: str, office_moves: bool) -> None:
    """Put a central unit above the province; optionally make it this office."""
    from dvk_desktop.db.models import OfficeProfile, Unit
    from dvk_desktop.domain.records import UnitData
    from dvk_desktop.services import units

    top = units.create_unit(db, UnitData(code=code, name=name, kind="other"), "bench")
    with db.session() as session:
        profile = session.get(OfficeProfile, 1)
        province = session.scalar(select(Unit).where(Unit.code == profile.province_code))
        province.parent_id = top.id
        province.version += 1
        if office_moves:
            session.execute(update(OfficeProfile).values(unit_id=top.id))


def _timed(label: str, action):
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    print(f"{label}: {time.perf_counter() - start:.1f} s "
          f"(CPU {time.process_time() - cpu:.1f} s)", flush=True)
    return result


def main() -> None:
    """Run the benchmark."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--dir", default="/tmp/bench-exchange")
    args = parser.parse_args()
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["DVK_DATA_DIR"] = str(folder / "data")
    from dvk_desktop.db.database import Database
    from dvk_desktop.services import demo, exchange, office
    from dvk_desktop.services.exchange_export import export_package

    for name in ("sender.sqlite3", "receiver.sqlite3"):
        for suffix in ("", "-wal", "-shm"):
            (folder / (name + suffix)).unlink(missing_ok=True)
    sender = Database.open(folder / "sender.sqlite3")
    office.init_office(sender, "40", officer_name="bench")
    _above(sender, "TW", "Ban Dân vận Trung ương", False)
    _timed(f"demo {args.entries}", lambda: demo.generate_entries(sender, args.entries, 1))
    receiver = Database.open(folder / "receiver.sqlite3")
    office.init_office(receiver, "40", officer_name="bench")
    _above(receiver, "TW", "Ban Dân vận Trung ương", True)
    package = folder / "province.dvkx"
    result = _timed("export", lambda: export_package(sender, "TW", package))
    print(f"  package {package.stat().st_size / 1e6:.1f} MB, {result.counts}")
    first = _timed("import into empty", lambda: exchange.import_package(
        receiver, package, "bench", trust_new_key=True))
    print(f"  {first.totals}")
    again = _timed("re-import", lambda: exchange.import_package(receiver, package, "bench"))
    print(f"  {again.totals}")


if __name__ == "__main__":
    main()
