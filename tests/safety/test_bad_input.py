"""Bad input everywhere: long, empty, control-character, markup, emoji, right-to-left and
SQL-looking text, huge numbers and impossible dates. Each value is stored and read back
exactly as typed (after NFC and trimming) or refused with a ValidationError; nothing crashes
and nothing is half-saved (row counts are compared before and after)."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import AuditRecord, Entry, StatusChange, Unit
from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.records import EntryData, UnitData
from dvk_desktop.domain.vntext import clean_text
from dvk_desktop.services import entries, units
from tests.safety.crash_checks import head_fixture

NASTY = [
    "", "   ", "\t\n", "a" * 501, "x" * 20_001, "\x00", "tên\x07mô hình", "dòng 1\ndòng 2",
    "<b>Dân vận</b> & <script>alert(1)</script>", "&amp; &lt; %s {0} $(rm -rf /)",
    "👍🏽 Mô hình 🇻🇳", "مرحبا بالعالم", "\u202eabc\u202c", "שלום", "Robert'); DROP TABLE entry;--",
    "' OR 1=1 --", "Nguye\u0302\u0303n", "  Dân vận khéo  ", "\ufeffBOM", "\u200b", "NULL",
]
TEXT = st.one_of(st.sampled_from(NASTY), st.text(max_size=60),
                 st.text(alphabet=st.characters(codec="utf-8"), min_size=490, max_size=520))
ONE_LINE_BAD = re.compile(r"[\x00-\x1f\x7f]")
MULTI_LINE_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
HUGE = st.one_of(st.integers(), st.integers(-10**30, 10**30), st.sampled_from([0, -1, 2**63]))
FLOATS = st.one_of(st.sampled_from([float("nan"), float("inf"), -0.0, 1e308, 12.5]),
                   st.floats(allow_nan=True, allow_infinity=True))
YEARS = st.one_of(st.integers(-10**6, 10**6), st.sampled_from([2008, 2009, 2025, 2100]))
DATES = st.one_of(st.none(), st.dates(), st.sampled_from(["2024-02-30", "30/02/2024", ""]))
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    """One registry for all examples (each example checks its own effect by counting)."""
    folder = tmp_path_factory.mktemp("bad-input")
    path = folder / "registry.sqlite3"
    shutil.copyfile(head_fixture(folder), path)
    db = Database.open(path, folder / "backups", daily_backup=False)
    yield db
    db.close()


def _counts(db) -> tuple[int, ...]:
    with db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Entry, AuditRecord, StatusChange, Unit))


def _text_ok(text: str, limit: int, one_line: bool, required: bool = False) -> bool:
    cleaned = clean_text(text)
    bad = ONE_LINE_BAD if one_line else MULTI_LINE_BAD
    return (bool(cleaned) or not required) and not bad.search(cleaned) and len(cleaned) <= limit


def _number_ok(value, low, high) -> bool:
    return value == value and low <= value <= high  # NaN is never a number a user meant


def _expected_ok(data: EntryData) -> bool:
    latest = date.today().year + 1
    start_ok = data.start_date is None or (
        isinstance(data.start_date, date) and date(1999, 1, 1) <= data.start_date
        <= date(latest, 12, 31))
    return all([
        _text_ok(data.title, 500, True, required=True), _text_ok(data.location, 300, True),
        _text_ok(data.content_methods, 20_000, False),
        _text_ok(data.problem, 20_000, False), _text_ok(data.results_notes, 20_000, False),
        _number_ok(data.money_vnd, 0, 10**15), _number_ok(data.land_m2, 0, 10**10),
        _number_ok(data.beneficiaries, 0, 10**9), 2009 <= data.year <= latest, start_ok,
    ])


FIELDS = {
    "title": TEXT, "location": TEXT, "content_methods": TEXT, "problem": TEXT,
    "results_notes": TEXT, "money_vnd": HUGE, "land_m2": FLOATS, "beneficiaries": HUGE,
    "year": YEARS, "start_date": DATES,
}
# One to three fields of an otherwise valid entry get a hostile value each.
CHANGES = st.dictionaries(st.sampled_from(sorted(FIELDS)), st.none(), min_size=1,
                          max_size=3).flatmap(
    lambda keys: st.fixed_dictionaries({k: FIELDS[k] for k in keys}))


def _entry(unit_id: str, changes: dict) -> EntryData:
    base = EntryData(title="Dân vận khéo", field_code="economy", owner_unit_id=unit_id,
                     year=2024)
    return replace(base, **changes)


def _assert_stored_as_typed(record, data: EntryData) -> None:
    for name in ("title", "location", "content_methods", "problem", "results_notes"):
        assert getattr(record.data, name) == clean_text(getattr(data, name)), name
    assert (record.data.money_vnd, record.data.beneficiaries) == (data.money_vnd,
                                                                  data.beneficiaries)
    assert record.data.land_m2 == data.land_m2 and record.data.year == data.year
    assert record.data.start_date == data.start_date


@SETTINGS
@given(CHANGES)
def test_create_entry_stores_exactly_or_refuses(shared_db, changes):
    data = _entry(units.find_unit_by_code(shared_db, "17827").id, changes)
    before = _counts(shared_db)
    try:
        record = entries.create_entry(shared_db, data, "tester")
    except ValidationError as exc:
        assert exc.problems and not _expected_ok(data)
        assert _counts(shared_db) == before
        return
    assert _expected_ok(data)
    _assert_stored_as_typed(entries.get_entry(shared_db, record.id), data)
    assert _counts(shared_db) == (before[0] + 1, before[1] + 1, before[2] + 1, before[3])


@SETTINGS
@given(CHANGES)
def test_update_entry_stores_exactly_or_changes_nothing(shared_db, changes):
    unit_id = units.find_unit_by_code(shared_db, "17827").id
    base = entries.create_entry(shared_db, _entry(unit_id, {}), "tester")
    data = _entry(unit_id, changes)
    before = _counts(shared_db)
    try:
        record = entries.update_entry(shared_db, base.id, data, base.version, "tester")
    except ValidationError:
        assert not _expected_ok(data) and _counts(shared_db) == before
        assert entries.get_entry(shared_db, base.id).version == base.version
        return
    assert _expected_ok(data) and record.version == base.version + 1
    _assert_stored_as_typed(entries.get_entry(shared_db, base.id), data)


@SETTINGS
@given(TEXT, st.one_of(st.sampled_from(NASTY), st.text(max_size=45)))
def test_create_unit_stores_exactly_or_refuses(shared_db, name, code):
    parent = units.find_unit_by_code(shared_db, "40").id
    before = _counts(shared_db)
    # The database is shared by every example: a code drawn twice is already taken.
    taken = bool(clean_text(code)) and units.find_unit_by_code(shared_db, clean_text(code))
    try:
        record = units.create_unit(shared_db, UnitData(code=code, name=name, kind="other",
                                                       parent_id=parent), "tester")
    except ValidationError as exc:
        assert exc.problems and _counts(shared_db)[3] == before[3]
        return
    except DomainError:
        assert taken and _counts(shared_db)[3] == before[3]
        return
    assert record.data.name == clean_text(name) and record.data.code == clean_text(code)
    assert _text_ok(name, 300, True, required=True)
    assert _counts(shared_db)[3] == before[3] + 1
