"""The diacritics-free search: word index kept in step with every change, same answers as
the rule it implements (every typed word begins a word of the title, person or place)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from sqlalchemy import delete, select

from dvk_desktop.db import queries
from dvk_desktop.db.models import Base, Entry
from dvk_desktop.domain.records import EntryData, EntryFilter
from dvk_desktop.services import demo, entries, units

ACTOR = "Nguyễn Văn An"


def _titles(db, flt: EntryFilter) -> list[str]:
    return sorted(e.data.title for e in entries.list_entries(db, flt))


def _new(db, title: str, **changes) -> str:
    unit_id = units.find_unit_by_code(db, "17827").id
    data = EntryData(title=title, field_code="economy", owner_unit_id=unit_id, year=2025,
                     **changes)
    return entries.create_entry(db, data, ACTOR).id


def _is_sqlite(db) -> bool:
    return db.engine.dialect.name == "sqlite"


def test_search_follows_edits_and_the_trash(office_db):
    entry_id = _new(office_db, "Dân vận khéo xây dựng nông thôn mới")
    assert _titles(office_db, EntryFilter(text="nong thon")) == [
        "Dân vận khéo xây dựng nông thôn mới"]
    record = entries.get_entry(office_db, entry_id)
    entries.update_entry(office_db, entry_id, replace(record.data, title="Chuyển đổi số"),
                         record.version, ACTOR)
    assert _titles(office_db, EntryFilter(text="nong thon")) == []
    assert _titles(office_db, EntryFilter(text="chuyen doi")) == ["Chuyển đổi số"]
    record = entries.get_entry(office_db, entry_id)
    entries.delete_entry(office_db, entry_id, ACTOR, record.version)
    assert _titles(office_db, EntryFilter(text="chuyen doi")) == []
    assert _titles(office_db, EntryFilter(text="chuyen doi", deleted=True)) == ["Chuyển đổi số"]


def test_person_and_place_are_searched_too(office_db):
    _new(office_db, "Gương điển hình", scope="individual", entry_type="exemplar",
         person_name="Lê Thị Hoà", location="Thôn Đông Hồ")
    assert _titles(office_db, EntryFilter(text="le thi hoa")) == ["Gương điển hình"]
    assert _titles(office_db, EntryFilter(text="dong ho")) == ["Gương điển hình"]
    assert _titles(office_db, EntryFilter(text="ong ho")) == []  # not the start of a word


@pytest.mark.parametrize("typed", ['"', "*", "AND", "dan OR van", "NOT (", "-dan", "^d",
                                   "dan:van", "NEAR(a b)", "100%"])
def test_search_syntax_in_typed_text_is_just_text(office_db, typed):
    _new(office_db, "Dân vận khéo")
    found = entries.list_entries(office_db, EntryFilter(text=typed))
    summary = entries.summarize_entries(office_db, EntryFilter(text=typed))
    assert summary.total == len(found)


def _reference(keys: dict[str, str], typed: str) -> set[str]:
    """The rule itself, in Python: every typed word begins a word of the key."""
    wanted = queries.search_key(typed).split()
    return {entry_id for entry_id, key in keys.items()
            if all(any(word.startswith(w) for word in key.split()) for w in wanted)}


@pytest.mark.parametrize("factor", [0, 10**12], ids=["walk-the-index", "read-the-matches"])
def test_the_index_answers_like_the_rule(office_db, monkeypatch, factor):
    """Both ways of running a search (walk the index, or read the few matches) agree with
    the rule on a demo registry, for typed prefixes of every length."""
    monkeypatch.setattr(queries, "FEW_MATCHES_FACTOR", factor)
    demo.generate_entries(office_db, 150, seed=7)
    with office_db.session() as session:
        keys = dict(session.execute(select(Entry.id, Entry.search_key)
                                    .where(Entry.deleted_at.is_(None))).all())
    words = sorted({word for key in keys.values() for word in key.split()})
    rng = random.Random(3)
    typed_texts = ["", "d", "dan van", "zz", "nguyen thi"]
    for _ in range(25):
        picked = rng.sample(words, rng.randint(1, 2))
        typed_texts.append(" ".join(w[: rng.randint(1, len(w))] for w in picked))
    with office_db.session() as session:
        order = {i: k for i, k in session.execute(select(Entry.id, Entry.sort_key))}
    for typed in typed_texts:
        flt = EntryFilter(text=typed)
        in_title_order = [row[0] for row in entries.list_entry_rows(office_db, flt, limit=1000)]
        assert set(in_title_order) == _reference(keys, typed), typed
        assert [order[i] for i in in_title_order] == sorted(order[i] for i in in_title_order)
        by_year = {row[0] for row in entries.list_entry_rows(office_db, flt, sort="year",
                                                             limit=1000)}
        assert by_year == set(in_title_order), typed  # the plans for other orders agree
        narrowed = EntryFilter(text=typed, scope="collective")
        assert {row[0] for row in entries.list_entry_rows(office_db, narrowed, limit=1000)} \
            <= set(in_title_order)
        assert entries.summarize_entries(office_db, flt).total == len(in_title_order), typed
        pages = [row[0] for start in range(0, len(in_title_order), 7)
                 for row in entries.list_entry_rows(office_db, flt, limit=7, offset=start)]
        assert pages == in_title_order, typed  # paging through gives each entry once


def test_the_word_index_stays_consistent_with_the_table(office_db):
    if not _is_sqlite(office_db):
        pytest.skip("the FTS5 word index exists on SQLite; PostgreSQL uses a trigram index")
    demo.generate_entries(office_db, 40, seed=2)
    ids = [_new(office_db, f"Mô hình số {n}") for n in range(3)]
    record = entries.get_entry(office_db, ids[0])
    entries.update_entry(office_db, ids[0], replace(record.data, title="Đổi tên"),
                         record.version, ACTOR)
    record = entries.get_entry(office_db, ids[2])
    entries.delete_entry(office_db, ids[2], ACTOR, record.version)  # to the trash: not live
    with office_db.session() as session:  # a row really removed, with what refers to it
        for table in reversed(Base.metadata.sorted_tables):
            for key in table.foreign_keys:
                if key.column.table.name == "entry":
                    session.execute(delete(table).where(key.parent == ids[1]))
        session.execute(delete(Entry).where(Entry.id == ids[1]))
    with office_db.engine.connect() as connection:
        # 'integrity-check' with rank 1 compares the index with the entries' own text.
        connection.exec_driver_sql(
            "INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
        renamed = connection.exec_driver_sql(
            "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH '\"doi\"* \"ten\"*'").scalar()
        indexed = connection.exec_driver_sql("SELECT count(*) FROM entry_fts").scalar()
        out_of_step = connection.exec_driver_sql(
            "SELECT count(*) FROM entry_fts f JOIN entry e ON e.rowid = f.rowid "
            "WHERE f.sort_key IS NOT e.sort_key OR f.live != (e.deleted_at IS NULL)").scalar()
        live = connection.exec_driver_sql("SELECT count(*) FROM entry").scalar()
    assert renamed == 1 and indexed == live == 40 + 2 and out_of_step == 0


def test_an_older_registry_gets_its_entries_indexed_on_upgrade(tmp_path):
    """Revision 0005 indexes the entries a registry already holds."""
    import shutil

    from dvk_desktop.db.database import Database
    from tests.fixtures import make_fixtures

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(make_fixtures.fixture_path("0004"), path)
    db = Database.open(path, tmp_path / "backups")
    try:
        with db.session() as session:
            keys = dict(session.execute(select(Entry.id, Entry.search_key)
                                        .where(Entry.deleted_at.is_(None))).all())
        assert keys
        for entry_id, key in keys.items():
            found = {row[0] for row in entries.list_entry_rows(db, EntryFilter(text=key))}
            assert entry_id in found
    finally:
        db.close()
