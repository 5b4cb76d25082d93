"""A demo registry sent upward on SQLite and on PostgreSQL: every record arrives, twice is once.

The export reads with SQLite's own JSON on SQLite and with Python on PostgreSQL; the import
inserts through the driver on SQLite and with Core inserts on PostgreSQL. Each way round,
the receiving office ends with the same records as the sender.
"""

from __future__ import annotations

from sqlalchemy import func, select

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Entry, InspectionScore, StatusChange
from dvk_desktop.domain.records import UnitData
from dvk_desktop.services import demo, exchange, exchange_export, office, units
from tests.exchange.support import snapshot

NAME = "Ban Dân vận Trung ương"


def _top_office(db: Database) -> str:
    """Make ``db`` the office of a new unit above the province; the unit's code."""
    office.init_office(db, "40", unit_name=NAME, officer_name="Trung")
    code = office.get_office(db).unit_code
    top = units.find_unit_by_code(db, code)
    data = top.data
    data.parent_id = None
    units.update_unit(db, top.id, data, top.version, "test")
    _put_under(db, code)
    return code


def _put_under(db: Database, code: str) -> None:
    top = units.find_unit_by_code(db, code) or units.create_unit(
        db, UnitData(code=code, name=NAME, kind="agency", sector="party"), "test")
    province = units.find_unit_by_code(db, "40")
    data = province.data
    data.parent_id = top.id
    units.update_unit(db, province.id, data, province.version, "test")


def _counts(db: Database) -> tuple[int, int, int]:
    with db.engine.connect() as conn:
        return tuple(conn.scalar(select(func.count()).select_from(m))
                     for m in (Entry, StatusChange, InspectionScore))


def _send(sender: Database, receiver: Database, code: str, package) -> None:
    exchange_export.export_package(sender, code, package)
    first = exchange.import_package(receiver, package, trust_new_key=True)
    assert first.totals["rejected"] == 0 and first.totals["new"] > 0
    again = exchange.import_package(receiver, package, trust_new_key=True)
    assert again.import_id is None and again.totals["new"] == again.totals["updated"] == 0
    assert _counts(receiver) == _counts(sender)
    for kind in ("entries", "status_changes", "inspections", "recognitions", "awards"):
        mine, theirs = snapshot(sender, kind), snapshot(receiver, kind)
        assert mine == theirs, kind


def test_office_database_sends_to_sqlite(office_db, tmp_path):
    """The sender is SQLite or PostgreSQL; the receiver a SQLite office."""
    receiver = Database.open(tmp_path / "top.sqlite3")
    try:
        code = _top_office(receiver)
        _put_under(office_db, code)
        demo.generate_entries(office_db, 40, seed=3)
        _send(office_db, receiver, code, tmp_path / "up.dvkx")
    finally:
        receiver.close()


def test_sqlite_sends_to_office_database(db, tmp_path):
    """The sender is a SQLite office; the receiver SQLite or PostgreSQL (where the import
    takes no file backup: the server's own tools back it up)."""
    sender = Database.open(tmp_path / "province.sqlite3")
    try:
        code = _top_office(db)
        office.init_office(sender, "40", officer_name="Tỉnh")
        _put_under(sender, code)
        demo.generate_entries(sender, 40, seed=4)
        _send(sender, db, code, tmp_path / "up.dvkx")
    finally:
        sender.close()
