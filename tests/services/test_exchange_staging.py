"""An import's staging files written by the helper process: the same registry as without
it, and nothing lost or kept by halves when the helper cannot start, stops or fails; and
the indexes a large copy leaves out, made again."""

from __future__ import annotations

import multiprocessing
import tempfile

import orjson
import pytest

from dvk_desktop.domain.records import EntryFilter
from dvk_desktop.services import exchange, exchange_pipeline, staging_helper
from dvk_desktop.services.entries import list_entries
from dvk_desktop.services.exchange_export import export_package
from dvk_desktop.services.exchange_records import KIND_TABLES
from tests.exchange.support import AREA_CODE, db_state, open_copies, populate, snapshot

HelperClass = staging_helper.StagingHelper


@pytest.fixture(autouse=True)
def own_temp_folder(tmp_path, monkeypatch):
    """Staging folders go under the test's folder, to be counted."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def package(offices, tmp_path):
    """A package from the commune to the area, with records of every kind."""
    return export_package(offices.commune, AREA_CODE, tmp_path / "good.dvkx").path


@pytest.fixture
def twin(templates, tmp_path):
    """A second area office, as the first was before any import."""
    folder = tmp_path / "twin"
    folder.mkdir()
    built = open_copies(*templates, folder)
    populate(built.commune, built.commune_code)
    yield built.area
    for db in (built.commune, built.area, built.province):
        db.close()


@pytest.fixture
def requests(monkeypatch):
    """The helper for every package, waited for before the first kind; its requests."""
    monkeypatch.setattr(exchange_pipeline, "HELPER_FROM_BYTES", 0)
    ready = HelperClass.ready
    monkeypatch.setattr(HelperClass, "ready", lambda self, timeout=0: ready(self, 60))
    sent: list[bytes] = []
    submit = HelperClass.submit

    def keep(self, request):
        sent.append(request)
        submit(self, request)
    monkeypatch.setattr(HelperClass, "submit", keep)
    return sent


def import_alone(db, package, monkeypatch):
    """Import without the helper (its files written by the import itself)."""
    with monkeypatch.context() as m:
        m.setattr(exchange_pipeline, "HELPER_FROM_BYTES", 10**15)
        return exchange.import_package(db, package, "Cán bộ", trust_new_key=True)


def registry(db) -> dict[str, dict]:
    """Every record the import can bring, by kind, in package form."""
    return {kind: snapshot(db, kind) for kind in KIND_TABLES}


def assert_no_helper_left(folder):
    assert multiprocessing.active_children() == []
    assert list(folder.iterdir()) == []


def test_the_helper_writes_what_the_import_alone_writes(offices, twin, package, requests,
                                                        monkeypatch, own_temp_folder):
    alone = import_alone(twin, package, monkeypatch)
    helped = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert requests, "the helper wrote no staging file"
    assert helped.totals == alone.totals and helped.totals["new"] > 0
    assert registry(offices.area) == registry(twin)
    # The entries' search keys, worked out by the helper, find them without diacritics.
    found = [{e.id for e in list_entries(db, EntryFilter(text="dak lak ưởng"))}
             for db in (offices.area, twin)]
    assert found[0] == found[1] and len(found[0]) == 2
    assert_no_helper_left(own_temp_folder)


def test_the_import_goes_on_when_the_helper_is_gone(offices, twin, package, requests,
                                                    monkeypatch, own_temp_folder):
    submit = HelperClass.submit

    def end_then_submit(self, request):
        self._process.kill()  # ended from outside (the task manager, a crash)
        self._process.join()
        submit(self, request)
    monkeypatch.setattr(HelperClass, "submit", end_then_submit)
    alone = import_alone(twin, package, monkeypatch)
    helped = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert helped.totals == alone.totals and helped.import_id
    assert registry(offices.area) == registry(twin)
    assert_no_helper_left(own_temp_folder)


def test_a_file_the_helper_cannot_write_refuses_the_import_and_keeps_nothing(
        offices, package, requests, monkeypatch, own_temp_folder, tmp_path):
    encode = staging_helper.encode_requests
    nowhere = str(tmp_path / "missing" / "entries.sqlite3")
    monkeypatch.setattr(staging_helper, "encode_requests",
                        lambda path, tables, finish=None: encode(nowhere, tables, finish))
    before = db_state(offices.area)
    with pytest.raises(staging_helper.StagingError, match="unable to open database file"):
        exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert requests
    assert db_state(offices.area) == before
    assert_no_helper_left(own_temp_folder)
    monkeypatch.undo()
    assert exchange.import_package(offices.area, package, "Cán bộ",
                                   trust_new_key=True).import_id


def test_without_a_helper_the_import_writes_its_files_itself(offices, twin, package,
                                                            requests, monkeypatch,
                                                            own_temp_folder):
    def cannot_start(self):
        raise OSError("no new process allowed")
    monkeypatch.setattr(HelperClass, "__init__", cannot_start)
    alone = import_alone(twin, package, monkeypatch)
    result = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert requests == []
    assert result.totals == alone.totals and result.import_id
    assert registry(offices.area) == registry(twin)
    assert_no_helper_left(own_temp_folder)


def test_a_helper_that_is_not_ready_yet_is_not_waited_for(offices, twin, package, requests,
                                                         monkeypatch, own_temp_folder):
    monkeypatch.setattr(HelperClass, "ready", lambda self, timeout=0: False)
    result = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    alone = import_alone(twin, package, monkeypatch)
    assert requests == []
    assert result.totals == alone.totals
    assert registry(offices.area) == registry(twin)
    assert_no_helper_left(own_temp_folder)


def test_values_json_cannot_carry_are_written_by_the_import_itself():
    assert staging_helper.encode_requests("x", [([(2**64, "a")], 2)]) is None
    assert staging_helper.encode_requests("x", [([("\ud800",)], 1)]) is None
    requests = staging_helper.encode_requests(
        "x", [([(0.1, -2**63, None, True, "Đắk\x00")], 5)])
    assert requests is not None and len(requests) == 1
    assert orjson.loads(requests[0])[1][0][0] == [[0.1, -2**63, None, True, "Đắk\x00"]]


def test_a_large_child_table_goes_to_the_helper_in_parts(tmp_path, monkeypatch):
    import sqlite3

    monkeypatch.setattr(staging_helper, "PART_ROWS", 2)
    parents = [(f"p{n}", n) for n in range(3)]
    children = [(f"c{n}", f"p{n % 3}", "Điểm " * n) for n in range(5)]
    requests = staging_helper.encode_requests(str(tmp_path / "s.sqlite3"),
                                              [(parents, 2), (children, 3)])
    assert len(requests) == 1 + 3  # the parents whole, the children two by two
    for request in requests:
        staging_helper.write_request(request)
    with sqlite3.connect(tmp_path / "s.sqlite3") as staged:
        assert staged.execute("SELECT * FROM t0 ORDER BY rowid").fetchall() == parents
        assert staged.execute("SELECT * FROM t1 ORDER BY rowid").fetchall() == children


def _schema(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").all()


def _indexes(conn, table_name: str) -> list[str]:
    return [row[0] for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL", (table_name,))]


def test_indexes_left_out_of_a_large_copy_are_made_again(offices, package, monkeypatch):
    from contextlib import contextmanager

    from dvk_desktop.services import exchange_records

    monkeypatch.setattr(exchange_records, "INDEXES_AFTER_ROWS", 1)
    during: dict[str, list[str]] = {}

    @contextmanager
    def watched(conn, table_name, count):
        with exchange_records.indexes_made_after(conn, table_name, count):
            during[table_name] = _indexes(conn, table_name)
            yield
    monkeypatch.setattr(exchange_pipeline, "indexes_made_after", watched)
    before = _schema(offices.area)
    with offices.area.engine.connect() as conn:
        assert _indexes(conn, "inspection_score") and _indexes(conn, "entry")
    exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert during["inspection_score"] == [] and during["status_change"] == []
    assert during["entry"] != []  # copied in its list index's order: kept
    assert _schema(offices.area) == before


def test_a_failure_while_indexes_are_left_out_keeps_them(offices, package, monkeypatch):
    from contextlib import contextmanager

    from dvk_desktop.services import exchange_records

    monkeypatch.setattr(exchange_records, "INDEXES_AFTER_ROWS", 1)

    @contextmanager
    def failing(conn, table_name, count):
        with exchange_records.indexes_made_after(conn, table_name, count):
            yield
            if table_name == "inspection_score":
                raise OSError("the disk went away")
    monkeypatch.setattr(exchange_pipeline, "indexes_made_after", failing)
    before = db_state(offices.area)
    with pytest.raises(OSError, match="went away"):
        exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert db_state(offices.area) == before


def test_a_helper_whose_import_ended_before_it_was_ready_stops_quietly(capfd):
    import gc

    requests_read, requests_write = multiprocessing.Pipe(duplex=False)
    replies_read, replies_write = multiprocessing.Pipe(duplex=False)
    requests_write.close()
    replies_read.close()  # the import is over
    try:
        staging_helper.serve(requests_read, replies_write)  # returns, raises nothing
    finally:
        gc.enable()
        requests_read.close()
        replies_write.close()
    assert capfd.readouterr().err == ""


@pytest.fixture
def started(monkeypatch) -> list[int]:
    """One item per helper process started."""
    count: list[int] = []
    start = HelperClass.__init__

    def counting(self):
        count.append(1)
        start(self)
    monkeypatch.setattr(HelperClass, "__init__", counting)
    return count


def test_a_package_sent_again_starts_no_helper(offices, package, requests, started):
    exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert len(started) == 1 and requests  # nothing received from the commune yet: at once
    started.clear()
    result = exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    assert result.totals["new"] == 0
    assert started == []


def test_a_known_sender_gets_the_helper_for_a_kind_with_many_new_records(
        offices, package, requests, started, monkeypatch, tmp_path, own_temp_folder):
    from dvk_desktop.services import entries

    exchange.import_package(offices.area, package, "Cán bộ", trust_new_key=True)
    record = entries.get_entry(offices.commune, first_entry_id(offices.commune))
    data = record.data
    data.title = data.title + " (bổ sung)"
    entries.create_entry(offices.commune, data, "Cán bộ")  # one record new to the area
    later = export_package(offices.commune, AREA_CODE, tmp_path / "later.dvkx").path
    monkeypatch.setattr(exchange_pipeline, "HELPER_WAIT_ROWS", 1)
    started.clear()
    requests.clear()
    result = exchange.import_package(offices.area, later, "Cán bộ", trust_new_key=True)
    assert result.totals["new"] >= 1
    assert len(started) == 1 and requests  # started for the kind with new records
    assert_no_helper_left(own_temp_folder)


def first_entry_id(db) -> str:
    return list_entries(db)[0].id
