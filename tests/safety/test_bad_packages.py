"""The package import with hostile input: text of every kind arrives exactly as typed; a
package damaged anywhere is refused whole, with a clear message, and nothing is saved."""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.records import EntryData
from dvk_desktop.services import entries, exchange, exchange_export, office
from tests.safety.crash_checks import head_fixture
from tests.safety.test_bad_input import NASTY, _counts, _text_ok

VALID_NASTY = [t for t in NASTY if _text_ok(t, 500, True, required=True)]


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """A commune's package holding entries titled with every kind of hostile text."""
    folder = tmp_path_factory.mktemp("packages")
    saved = os.environ.get("DVK_DATA_DIR")
    os.environ["DVK_DATA_DIR"] = str(folder / "commune-data")
    try:
        db = Database.open(folder / "commune.sqlite3", folder / "backups")
        info = office.init_office(db, "40", unit_code="17827", officer_name="Cán bộ xã")
        titles = {}
        for text in VALID_NASTY:
            record = entries.create_entry(db, EntryData(
                title=text, problem=text + "\n" + text, field_code="economy",
                owner_unit_id=info.unit_id, year=2025), "commune")
            titles[record.id] = (record.data.title, record.data.problem)
        exchange_export.export_package(db, "40", folder / "up.dvkx")
        db.close()
    finally:
        os.environ["DVK_DATA_DIR"] = saved or ""
    return folder / "up.dvkx", titles


@pytest.fixture
def receiver(tmp_path):
    """The province's registry."""
    path = tmp_path / "province.sqlite3"
    shutil.copyfile(head_fixture(tmp_path), path)
    db = Database.open(path, tmp_path / "backups", daily_backup=False)
    yield db
    db.close()


def test_hostile_text_arrives_exactly_as_typed(package, receiver):
    path, titles = package
    exchange.import_package(receiver, path, actor="officer", trust_new_key=True)
    for entry_id, (title, problem) in titles.items():
        stored = entries.get_entry(receiver, entry_id).data
        assert (stored.title, stored.problem) == (title, problem)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_package_damaged_anywhere_is_refused_whole(package, receiver, tmp_path, data):
    path, _titles = package
    content = bytearray(path.read_bytes())
    where = data.draw(st.integers(0, len(content) - 1), label="offset")
    content[where] ^= data.draw(st.integers(1, 255), label="xor")
    damaged = tmp_path / "damaged.dvkx"
    damaged.write_bytes(bytes(content))
    before = _counts(receiver)
    try:
        exchange.import_package(receiver, damaged, actor="officer", trust_new_key=True)
    except DomainError as exc:
        assert exc.message("vi") and exc.message("en")
        assert _counts(receiver) == before
        return
    # Only bytes outside every signed member (zip padding, unused header fields) may be
    # changed without a refusal, and then the records are the genuine ones.
    for entry_id, (title, _problem) in _titles.items():
        assert entries.get_entry(receiver, entry_id).data.title == title
