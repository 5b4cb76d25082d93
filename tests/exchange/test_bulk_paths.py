"""The fast paths of export and import give exactly what the plain SQLAlchemy paths give.

Rows are converted by code generated per table, inserted straight through the driver on
SQLite, and JSON Lines are parsed a block at a time; each is compared here with the plain
way (Core insert, ``json.loads`` per line) on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import orjson
import pytest
from sqlalchemy import DateTime, insert, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError

from dvk_desktop.db.exchange_models import BeforeImage, ImportBatch, RecordState
from dvk_desktop.db.models import Entry, InspectionScore, StatusChange, Unit, new_id
from dvk_desktop.exchange.format import PackageError
from dvk_desktop.exchange.reader import _parse_block, _split_lines
from dvk_desktop.services.exchange_records import (
    CHILD_CODECS,
    CODECS,
    _derive_entry,
    _sqlite_date,
    _sqlite_datetime,
    _sqlite_datetime_to_iso,
    bulk_insert,
    entry_keys_finish,
    insert_stored,
    iter_rows,
    load_local,
    stored_date,
    stored_datetime,
    unit_maps,
)
from dvk_desktop.services.staging_helper import encode_requests, finished
from tests.exchange.support import _entry, _value, filled


def _entry_values(conn, n: int, **extra) -> dict:
    """Column values of an entry with every column filled (as an import converts them)."""
    unit_id = conn.scalar(select(Unit.id).order_by(Unit.code).limit(1))
    values = {c.name: _value(c, n) for c in Entry.__table__.columns}
    values.update(id=new_id(), owner_unit_id=unit_id, origin_unit_id=unit_id, deleted_at=None,
                  entry_type="model", scope="collective", level="grassroots", status="registered",
                  sector=None, person_sex=None, field_code="economy", year=2024, **extra)
    return values


@pytest.mark.parametrize("microsecond", [0, 678900])
def test_bulk_insert_stores_what_a_core_insert_stores(office_db, microsecond):
    moment = datetime(2025, 1, 2, 3, 4, 5, microsecond)
    with office_db.engine.begin() as conn:
        plain = _entry_values(conn, 1, updated_at=moment, start_date=date(2024, 2, 29))
        fast = dict(plain, id=new_id())
        conn.execute(insert(Entry.__table__), [plain])
        bulk_insert(conn, Entry.__table__, [fast])
        codes, _ = unit_maps(conn)
        query = select(Entry.__table__).where(Entry.id.in_([plain["id"], fast["id"]]))
        got = {r["id"]: r for r in iter_rows(conn, query, "entries", codes)}
        raw = {r.id: r._asdict() for r in conn.execute(query)}
    a, b = got[plain["id"]], got[fast["id"]]
    assert {k: v for k, v in a.items() if k != "id"} == {k: v for k, v in b.items() if k != "id"}
    assert {k: v for k, v in raw[plain["id"]].items() if k != "id"} == {
        k: v for k, v in raw[fast["id"]].items() if k != "id"}
    assert a["updated_at"] == b["updated_at"] == moment.isoformat()
    assert raw[plain["id"]]["updated_at"] == raw[fast["id"]]["updated_at"] == moment
    assert raw[fast["id"]]["person_party_member"] is True
    if office_db.engine.dialect.name == "sqlite":  # the very text stored, not only its value
        with office_db.engine.connect() as conn:
            stored = dict(conn.exec_driver_sql(
                "SELECT id, updated_at || '|' || start_date || '|' || person_party_member "
                "|| '|' || typeof(land_m2) FROM " + Entry.__tablename__ + " WHERE id IN (?, ?)",
                (plain["id"], fast["id"])).all())
        assert stored[plain["id"]] == stored[fast["id"]]


def test_bulk_insert_of_exchange_bookkeeping(office_db):
    with office_db.engine.begin() as conn:
        import_id = new_id()
        conn.execute(insert(ImportBatch).values(id=import_id, package_id=new_id(),
                                                sender_code="X", counts={}))
        bulk_insert(conn, BeforeImage.__table__, [
            {"import_id": import_id, "table_name": "entries", "record_id": "a",
             "action": "created", "before": {"ids": ["a"], "versions": [1]},
             "state_before": None, "version_after": None}])
        bulk_insert(conn, RecordState.__table__, [
            {"table_name": "entries", "record_id": "a", "seen_version": 2,
             "seen_updated_at": "2025-01-02T03:04:05", "local_version": 2,
             "sender_code": "X", "imported_at": datetime(2025, 1, 2, 3, 4, 5)}])
        image = conn.execute(select(BeforeImage)).one()
        state = conn.execute(select(RecordState)).one()
    assert image.before == {"ids": ["a"], "versions": [1]}
    assert image.state_before is None  # stored as JSON null, as a Core insert does
    assert state.imported_at == datetime(2025, 1, 2, 3, 4, 5)


def _word_index(conn) -> dict:
    return {r[0]: tuple(r[1:]) for r in conn.exec_driver_sql(
        "SELECT e.id, f.search_key, f.sort_key, f.live FROM entry e "
        "JOIN entry_fts f ON f.rowid = e.rowid")}


def test_bulk_insert_fills_the_word_index_once_and_keeps_its_trigger(office_db):
    if office_db.engine.dialect.name != "sqlite":
        pytest.skip("the FTS5 word index exists on SQLite only")
    with office_db.engine.connect() as conn:
        first = _entry_values(conn, 0, search_key="mot", sort_key="mot")
        conn.execute(insert(Entry.__table__), [first])
        many = [_entry_values(conn, n, search_key=f"dan van {n}", sort_key=f"{n:04}")
                for n in range(1, 400)]
        for values in many[::7]:
            values["deleted_at"] = datetime(2025, 1, 1)
        bulk_insert(conn, Entry.__table__, many)
        indexed = _word_index(conn)
        assert len(indexed) == 400
        # The larger memory for the fill's pending terms is set back to FTS5's default.
        assert conn.exec_driver_sql(
            "SELECT v FROM entry_fts_config WHERE k = 'hashsize'").scalar() == 1024 * 1024
        for values in [first, *many]:
            assert indexed[values["id"]] == (values["search_key"], values["sort_key"],
                                              int(values["deleted_at"] is None))
        # A failure halfway: the rows inserted so far are indexed and the trigger is back.
        more = [_entry_values(conn, n) for n in range(400, 700)]
        more[250]["id"] = more[0]["id"]
        with pytest.raises(IntegrityError):
            bulk_insert(conn, Entry.__table__, more)
        assert len(_word_index(conn)) == 650
        later = _entry_values(conn, 999, search_key="sau cung")
        conn.execute(insert(Entry.__table__), [later])  # one row: indexed by the trigger
        assert _word_index(conn)[later["id"]][0] == "sau cung"
        conn.rollback()


def test_local_records_of_many_keys(office_db):
    with office_db.engine.begin() as conn:
        codes, _ = unit_maps(conn)
        keys = [new_id() for _ in range(2500)]
        assert load_local(conn, "entries", keys, codes) == {}  # empty table: nothing read
        held = [_entry_values(conn, n) for n in range(3)]
        conn.execute(insert(Entry.__table__), held)
        found = load_local(conn, "entries", keys[:2400] + [h["id"] for h in held], codes)
    assert sorted(found) == sorted(h["id"] for h in held)


def test_codec_round_trip_and_checks(office_db):
    codec = CODECS["entries"]
    with office_db.engine.begin() as conn:
        values = _entry_values(conn, 3)
        conn.execute(insert(Entry.__table__), [values])
        codes, ids = unit_maps(conn)
        record = load_local(conn, "entries", [values["id"]], codes)[values["id"]]
    back = codec.from_dict(record, ids)
    assert {k: back[k] for k in back} == {k: values[k] for k in back}
    for name, bad in (("year", "2024"), ("title", 5), ("person_party_member", 1),
                      ("updated_at", 20250101), ("land_m2", "1.5"), ("title", None)):
        with pytest.raises(ValueError):
            codec.from_dict({**record, name: bad}, ids)
    with pytest.raises(KeyError):
        codec.from_dict({k: v for k, v in record.items() if k != "status"}, ids)
    with pytest.raises(KeyError):
        codec.from_dict({**record, "owner_unit_code": "no such unit"}, ids)
    with pytest.raises(ValueError):
        codec.from_dict({**record, "title": "x" * 10_000}, ids)
    assert codec.from_dict({**record, "deleted_at": None}, ids)["deleted_at"] is None
    score = {"id": "s", "inspection_id": "i", "criterion_id": "c", "ordinal": 1,
             "criterion_text": "t", "max_points": 10, "points": None, "version": 1,
             "created_at": "2025-01-02T03:04:05", "updated_at": "2025-01-02T03:04:05",
             "updated_by": "", "origin_unit_code": None, "deleted_at": None}
    names = {c.name for c in InspectionScore.__table__.columns}
    score = {k: v for k, v in score.items() if k in names
             or k == "origin_unit_code" and "origin_unit_id" in names}
    converted = CHILD_CODECS["inspections"].from_dict(score, ids)
    assert converted["points"] is None and converted["max_points"] == 10


def _record_and_ids(office_db, **changes) -> tuple[dict, dict]:
    """An entry in package form (every column filled), and the unit codes' ids."""
    with office_db.engine.begin() as conn:
        values = _entry_values(conn, 3)
        conn.execute(insert(Entry.__table__), [values])
        codes, ids = unit_maps(conn)
        record = load_local(conn, "entries", [values["id"]], codes)[values["id"]]
        conn.rollback()
    return {**record, **changes}, ids


def _outcome(action):
    try:
        return action()
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        return type(exc)


@pytest.mark.parametrize("name, bad", [
    ("year", "2024"), ("title", 5), ("person_party_member", 1), ("person_party_member", None),
    ("updated_at", 20250101), ("updated_at", "yesterday"), ("updated_at", None),
    ("deleted_at", "2025-13-01T00:00:00"), ("start_date", "2024-02-30"), ("start_date", 5),
    ("land_m2", "1.5"), ("title", None), ("title", "x" * 10_000),
    ("owner_unit_code", "no such unit"), ("sector", 3)])
def test_stored_form_refuses_what_the_dictionary_form_refuses(office_db, name, bad):
    record, ids = _record_and_ids(office_db, **{name: bad})
    codec = CODECS["entries"]
    expected = _outcome(lambda: codec.from_dict(record, ids))
    assert isinstance(expected, type)  # every case here is malformed
    assert _outcome(lambda: codec.to_stored(record, ids)) is expected


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01T00:00:00", 20250101])
def test_the_same_bad_datetime_twice_is_refused_as_once(office_db, bad):
    record, ids = _record_and_ids(office_db, created_at=bad, updated_at=bad)
    codec = CODECS["entries"]
    expected = _outcome(lambda: codec.from_dict(record, ids))
    assert isinstance(expected, type)
    assert _outcome(lambda: codec.to_stored(record, ids)) is expected


@pytest.mark.parametrize("changes", [
    {}, {"updated_at": "2025-01-02T03:04:05", "deleted_at": "2025-01-02T03:04:05.000001"},
    {"created_at": "2025-01-02T03:04:05+07:00", "updated_at": "2025-01-02T03:04:05.5"},
    {"created_at": "2025-01-02 03:04:05", "updated_at": "20250102T030405",
     "start_date": "20240229"},
    {"start_date": "2024-W09-4", "sector": None, "person_sex": None, "land_m2": 2},
    {"land_m2": 0.1, "money_vnd": 2**62, "person_birth_year": None},
    # The same text in consecutive datetimes is converted once (a record never changed).
    {"created_at": "2025-01-02T03:04:05", "updated_at": "2025-01-02T03:04:05",
     "deleted_at": "2025-01-02T03:04:05"},
    {"created_at": "2025-01-02T03:04:05+07:00", "updated_at": "2025-01-02T03:04:05+07:00"},
    {"created_at": "2025-01-02T03:04:05.5", "updated_at": "2025-01-02T03:04:05.5",
     "deleted_at": "2025-01-02T03:04:05.500000"}])
def test_stored_form_stores_what_a_core_insert_of_the_dictionary_stores(office_db, changes):
    if office_db.engine.dialect.name != "sqlite":
        pytest.skip("the stored form is SQLite's")
    record, ids = _record_and_ids(office_db, **changes)
    codec = CODECS["entries"]
    plain = codec.from_dict(record, ids)
    _derive_entry(plain)
    names = [c.name for c in codec.columns] + ["search_key", "sort_key"]
    stored = finished([codec.to_stored(record, ids)], entry_keys_finish())[0]
    assert len(stored) == len(names)
    # As the staging helper receives it: the rows travel as JSON.
    path, [(travelled, _width)], _finish, _first = orjson.loads(
        encode_requests("staging.sqlite3", [([stored], len(stored))])[0])
    with office_db.engine.begin() as conn:
        conn.execute(insert(Entry.__table__), [plain])
        moved = [dict(zip(names, row, strict=True), id=new_id())
                 for row in (stored, travelled[0])]
        for row in moved:
            insert_stored(conn, Entry.__table__, list(row), [tuple(row.values())])
        columns = " || '|' || ".join(f"quote({n}) || typeof({n})" for n in names if n != "id")
        rows = dict(conn.exec_driver_sql(
            f"SELECT id, {columns} FROM entry WHERE id IN (?, ?, ?)",
            (plain["id"], *(row["id"] for row in moved))).all())
        conn.rollback()
    assert rows[plain["id"]] == rows[moved[0]["id"]] == rows[moved[1]["id"]]


@pytest.mark.parametrize("text", [
    "2025-01-02T03:04:05", "2025-01-02T03:04:05.000000", "2025-01-02T03:04:05.678900",
    "2025-01-02T03:04:05.5", "2025-01-02T03:04:05.123+07", "2025-01-02T03:04:05.12345Z",
    "2025-01-02T03:04+07:00", "2025-01-02 03:04:05", "2025-01-02T03:04:05,678900",
    "2024-W01-1T10:00:00.123456", "20250102T030405.678900", "2025-01-02",
    "2025-01-02T23:59:59.999999", "0001-01-01T00:00:00"])
def test_stored_datetime_text_is_what_sqlalchemy_stores(text):
    assert stored_datetime(text) == _sqlite_datetime(datetime.fromisoformat(text))


@pytest.mark.parametrize("text", ["2025-02-29T00:00:00", "2025-01-02T24:00:00",
                                  "2025-01-02T03:04:05.1234567", "２０２５-01-02T03:04:05",
                                  "2025-01-02T03:04:60", ""])
def test_stored_datetime_refuses_what_the_parser_refuses(text):
    expected = _outcome(lambda: datetime.fromisoformat(text))
    assert _outcome(lambda: stored_datetime(text)) == (
        expected if isinstance(expected, type) else _sqlite_datetime(expected))


@pytest.mark.parametrize("text", ["2024-02-29", "20240229", "2024-W09-4", "0001-01-01"])
def test_stored_date_text_is_what_sqlalchemy_stores(text):
    assert stored_date(text) == _sqlite_date(date.fromisoformat(text))


@pytest.mark.parametrize("stored", ["2025-01-02 03:04:05.000000", "2025-01-02 03:04:05.678900",
                                    "2025-01-02 03:04:05", "2025-01-02 03:04:05.5"])
def test_sqlite_datetime_text_reads_as_isoformat(stored):
    dialect = sqlite.dialect()
    parsed = DateTime().dialect_impl(dialect).result_processor(dialect, None)(stored)
    assert _sqlite_datetime_to_iso(stored) == parsed.isoformat()


def test_sqlite_datetime_binding_matches_sqlalchemy():
    dialect = sqlite.dialect()
    bind = DateTime().dialect_impl(dialect).bind_processor(dialect)
    for moment in (datetime(2025, 1, 2, 3, 4, 5), datetime(2025, 1, 2, 3, 4, 5, 60),
                   datetime(1, 1, 1), date(2024, 2, 29)):
        assert _sqlite_datetime(moment) == bind(moment)
    assert _sqlite_date(date(2024, 2, 29)) == "2024-02-29"


def _lines(*lines: bytes, size: int = 7):
    data = b"\n".join(lines) + b"\n"
    return [data[i:i + size] for i in range(0, len(data), size)]


def test_block_parsing_matches_line_by_line():
    records = [{"id": str(i), "title": "Mô hình “dân vận khéo” số " + str(i), "n": [i, 1.5]}
               for i in range(50)]
    lines = [json.dumps(r, ensure_ascii=i % 2 == 0).encode() for i, r in enumerate(records)]
    lines.insert(3, b"")
    lines.insert(7, b'  {"id": "spaced"}  ')
    got = _parse_lines("records/entries.jsonl", iter(_lines(*lines)))
    assert got == records[:6] + [{"id": "spaced"}] + records[6:]


@pytest.mark.parametrize("bad", [[b'{"a": 1}, {"b": 2}'], [b'{"a": 1},{"b":"', b'"}'],
                                 [b"[1, 2]"], [b"42"], [b'{"a": '], [b"\xff\xfe{}"],
                                 [b'{"a": 1} x'], [b'{"a": "\xc3"}']])
def test_block_parsing_refuses_what_a_line_parser_refuses(bad):
    lines = [b'{"id": "1"}', *bad, b'{"id": "2"}']
    with pytest.raises(PackageError):
        _parse_lines("records/entries.jsonl", iter(_lines(*lines, size=1000)))


def _package_records(path) -> dict[str, dict]:
    import zipfile

    found = {}
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("records/"):
                lines = [json.loads(line) for line in package.read(name).splitlines() if line]
                found[name] = lines
    return found


@pytest.mark.parametrize("block_rows", [4096, 2])
def test_sqlite_written_lines_equal_the_python_records(offices, tmp_path, monkeypatch,
                                                       block_rows):
    """SQLite writes the big kinds' JSON itself, a block of rows per statement; the records
    are those of the Python path, each once, also over many blocks and gaps in the rowids."""
    from sqlalchemy import update

    from dvk_desktop.db.models import Inspection, InspectionScore
    from dvk_desktop.services import exchange_export, exchange_records

    monkeypatch.setattr(exchange_records, "BLOCK_ROWS", block_rows)
    with offices.commune.session() as session:  # more entries, one in three deleted
        unit = session.scalar(select(Unit).where(Unit.code == offices.commune_code))
        for n in range(12):
            entry = _entry(unit.id, unit.id, deleted_at=datetime(2025, 7, 1) if n % 3 else None)
            session.add(entry)
            session.flush()
            session.add(filled(StatusChange, entry_id=entry.id, origin_unit_id=unit.id))
    with offices.commune.engine.begin() as conn:  # values whose text differs between writers
        conn.execute(update(InspectionScore).values(points=0.1 + 0.2, max_points=1e300))
        conn.execute(update(Inspection).values(total_points=2.0))
        rowids = [r for r, in conn.exec_driver_sql("SELECT rowid FROM status_change")]
        conn.exec_driver_sql(f"DELETE FROM status_change WHERE rowid IN ({rowids[1]}, "
                             f"{rowids[2]}, {rowids[5]})")  # gaps inside the first blocks
    fast = exchange_export.export_package(offices.commune, "KV1", tmp_path / "fast.dvkx")
    monkeypatch.setattr(exchange_export, "SQL_JSON_KINDS", frozenset())
    plain = exchange_export.export_package(offices.commune, "KV1", tmp_path / "plain.dvkx")
    a, b = _package_records(fast.path), _package_records(plain.path)
    assert a.keys() == b.keys()
    for name in a:
        def key(record):
            return json.dumps(record, sort_keys=True)
        assert sorted(a[name], key=key) == sorted(b[name], key=key), name
        for x, y in zip(sorted(a[name], key=key), sorted(b[name], key=key), strict=True):
            assert list(x) == list(y)  # same keys in the same order
            assert [type(v) for v in x.values()] == [type(v) for v in y.values()]
    assert a["records/tombstones.jsonl"]  # the deleted entry travelled as a tombstone
    assert fast.counts == plain.counts
    scores = [s for i in a["records/inspections.jsonl"] for s in i["scores"]]
    assert scores and all(s["points"] == 0.1 + 0.2 and s["max_points"] == 1e300 for s in scores)


def test_cycle_collector_paused_and_restored():
    import gc

    from dvk_desktop.services.exchange_records import without_cycle_collector

    assert gc.isenabled()
    with without_cycle_collector():
        assert not gc.isenabled()
        with without_cycle_collector():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one does not switch it back on early
    assert gc.isenabled()
    with pytest.raises(RuntimeError), without_cycle_collector():
        raise RuntimeError("refused")
    assert gc.isenabled()



def _parse_lines(name: str, chunks) -> list[dict]:
    """The records of a member's chunks, read as ``PackageReader.records`` reads them."""
    return [record for lines in _split_lines(name, chunks)
            for record in _parse_block(name, lines)]

# Lines on which orjson (the reader's parser) and json.loads may disagree: numbers beyond a
# double or beyond 64-bit integers, NaN, lone surrogates (escaped or raw), a byte order mark,
# duplicate keys, odd whitespace, deep nesting (beyond what json.loads can read, too),
# invalid UTF-8.
_EDGE_LINES = [
    b'{"a": 123456789012345678901234567890}', b'{"a": -9223372036854775809}',
    b'{"a": 18446744073709551615}', b'{"a": 18446744073709551616}',
    b'{"a": [1, {"b": -99999999999999999999}]}', b'{"a": 1e400}', b'{"a": -1e400}',
    b'{"a": 1e19}', b'{"a": 1e-400}', b'{"a": NaN}', b'{"a": Infinity}', b'{"a": -0}',
    b'{"a": "\\ud800"}', b'{"a": "\\udfff\\ud800"}', b'{"a": "\xed\xa0\x80"}',
    b'\xef\xbb\xbf{"a": 1}', b'{"a": 1, "a": 2}', b'{"a": 1}\r', b'\t{"a": 1} ',
    b'\x0c{"a": 1}', b'{"a": "\t"}', b'{"a": "\x7f"}', b'{"a": "\\u0000"}', b'{"a": 01}',
    b'{"a": 1.}', b'{"a": [1,]}', b'{"a": "\xc0\x80"}', b'{"a": "\xf4\x90\x80\x80"}',
    b'{"a": 0.1e1, "b": 2.2250738585072011e-308, "c": 4.9e-324}', b'{"a": 1} x',
    b'{"a": ' + b"[" * 600 + b"]" * 600 + b"}", b'{"a": ' + b"[" * 2000 + b"]" * 2000 + b"}",
    b'{"a": ' + b"[" * 499 + b"]" * 499 + b"}", b'{"a": "' + b"[" * 600 + b'"}',
    b'{"a": "12345678901234567890", "b": 1.5}', b'{"a": 9223372036854775807}',
    b'{"a": 9223372036854775808}', b'{"a": -9223372036854775808}',
    b'{"a": 1234567890123456789.5}', b'{"a": 123456789012345678e2}', b'{"a": 9.3e18}',
    b'{"a": [[1, 2], {"b": [3, 18446744073709551617]}]}',
]


def _int_as_the_reader_reads(text: str):
    """An integer literal as the reader gives it: beyond 64 bits, as a float."""
    value = int(text)
    return value if -2**63 <= value < 2**64 else float(value)


def _json_outcome(line: bytes):
    try:
        record = json.loads(line, parse_int=_int_as_the_reader_reads)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return "refused"
    return repr(record) if isinstance(record, dict) else "refused"


@pytest.mark.parametrize("size", [None, 5], ids=["whole", "in-pieces"])
@pytest.mark.parametrize("line", _EDGE_LINES)
def test_reader_accepts_what_json_loads_accepts(line, size):
    expected = _json_outcome(line)
    # Whole, or cut into pieces of a few bytes after a plain line.
    pieces = [line + b"\n"] if size is None else _lines(b'{"x": 1}', line, size=size)
    try:
        got = _parse_lines("records/entries.jsonl", iter(pieces))[-1:]
    except PackageError:
        outcome = "refused"
    else:
        assert len(got) == 1
        outcome = repr(got[0])
    assert outcome == expected
