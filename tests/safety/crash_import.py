"""The package import under the crash harness: applied whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from tests.safety.crash_checks import Scenario, _copy_database, _integrity, _query, head_fixture

SENDER_COMMUNE = "17827"


class Importing(Scenario):
    """A province imports a commune's package; a kill leaves all of it or none of it."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.base = folder / "receiver-base.sqlite3"
        _copy_database(head_fixture(folder), self.base)
        self.package = folder / "commune.dvkx"
        self.sent = self._make_package(folder / "sender")
        self.calibrate()
        if not self._imports_cleanly():
            raise RuntimeError("the package does not import even without a kill")

    def _make_package(self, folder: Path) -> set[str]:
        from dvk_desktop.db.database import Database
        from dvk_desktop.domain.records import EntryData
        from dvk_desktop.services import entries, exchange_export, office

        saved = os.environ.get("DVK_DATA_DIR")
        os.environ["DVK_DATA_DIR"] = str(folder / "data")  # the commune's own keys
        try:
            db = Database.open(folder / "commune.sqlite3")
            info = office.init_office(db, "40", unit_code=SENDER_COMMUNE, officer_name="Cán bộ xã")
            ids = {entries.create_entry(db, EntryData(
                title=f"Mô hình xã số {n}", field_code="economy", owner_unit_id=info.unit_id,
                year=2025, content_methods="Cách làm " * 30), "commune").id for n in range(40)}
            exchange_export.export_package(db, "40", self.package)
            db.close()
        finally:
            os.environ["DVK_DATA_DIR"] = saved or ""
        return ids

    def prepare(self) -> None:
        _copy_database(self.base, self.path)

    def work(self) -> None:
        from dvk_desktop.db.database import Database
        from dvk_desktop.services import exchange

        db = Database.open(self.path, self.folder / "backups")
        exchange.import_package(db, self.package, actor="officer", trust_new_key=True)
        print("done", flush=True)

    def _imports_cleanly(self) -> bool:
        from tests.safety.crash_harness import run_child

        self.prepare()
        lines, failed = run_child(self.work, 60.0)
        return not failed and lines == ["done"] and self.verify(lines) is None

    def verify(self, lines: list[str]) -> str | None:
        problem = _integrity(self.path)
        if problem:
            return problem
        stored = {row[0] for row in _query(self.path, "SELECT id FROM entry")}
        present = self.sent & stored
        batches = _query(self.path, "SELECT count(*) FROM exchange_import")[0][0]
        if present and present != self.sent:
            return f"half an import: {len(present)} of {len(self.sent)} entries"
        if lines and present != self.sent:
            return "import reported done but its entries are missing"
        if bool(present) != bool(batches):
            return f"entries present={bool(present)} but import history rows={batches}"
        return None
