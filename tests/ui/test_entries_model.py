"""The registry table model: Qt's model contract, lazy blocks, database-side sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dvk_desktop.domain.records import EntryFilter
from dvk_desktop.domain.vntext import sort_key
from dvk_desktop.services.demo import generate_entries
from dvk_desktop.ui.models.entries_model import (
    BLOCK_SIZE,
    COLUMNS,
    ENTRY_ID_ROLE,
    EntriesModel,
)
from tests.ui.conftest import add_entry

pytestmark = pytest.mark.gui


def column_texts(model: EntriesModel, column: str, rows: int) -> list[str]:
    col = COLUMNS.index(column)
    return [model.index(r, col).data() for r in range(rows)]


def test_model_passes_qt_model_tester(qtmodeltester, demo_ctx):
    model = EntriesModel(demo_ctx.db, "vi")
    assert model.wait_for_count()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 300


def test_the_first_rows_come_at_once_and_the_count_after(qtbot, demo_ctx):
    """More rows than a block: the first block shows while the count runs on a worker."""
    model = EntriesModel(demo_ctx.db, "vi")
    assert model.counting and model.rowCount() == BLOCK_SIZE == model.fetched_rows
    with qtbot.waitSignal(model.rowsInserted, timeout=30000):
        pass
    assert not model.counting and model.rowCount() == 300
    assert model.summary.total == 300 == model.summary.collective + model.summary.individual
    model.set_filter(EntryFilter(year=2024))
    expected = model.summary.total if not model.counting else None
    model.wait_for_count()
    assert model.rowCount() == model.summary.total > 0
    assert expected in (None, model.summary.total)


def test_a_count_for_a_former_filter_is_dropped(qtbot, demo_ctx):
    model = EntriesModel(demo_ctx.db, "vi")
    assert model.counting
    model.set_filter(EntryFilter(scope="individual"))  # before the first count arrives
    model.wait_for_count()
    qtbot.wait(50)  # let a late result of the first count arrive, if it comes
    individual = [r for r in range(model.rowCount())
                  if model.index(r, COLUMNS.index("scope")).data() == "Cá nhân"]
    assert model.rowCount() == model.summary.total == model.summary.individual == len(individual)


def test_a_filter_matching_less_than_a_block_needs_no_count(demo_ctx):
    model = EntriesModel(demo_ctx.db, "vi")
    model.set_filter(EntryFilter(text="zzzz khong co"))
    assert not model.counting and model.rowCount() == 0


def test_model_passes_the_tester_after_filter_and_sort(qtmodeltester, demo_ctx):
    model = EntriesModel(demo_ctx.db, "vi")
    model.set_filter(EntryFilter(scope="individual"))
    model.sort(COLUMNS.index("unit"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)
    assert set(column_texts(model, "scope", model.rowCount())) == {"Cá nhân"}


def test_only_the_blocks_looked_at_are_read(app_ctx):
    generate_entries(app_ctx.db, 5000, seed=2)
    model = EntriesModel(app_ctx.db, "vi")
    assert model.wait_for_count()
    assert model.rowCount() == 5000
    assert model.fetched_rows == BLOCK_SIZE  # the first block, read at once
    assert model.index(0, 0).data()
    assert model.fetched_rows == BLOCK_SIZE
    assert model.index(4999, 0).data()  # jumping to the end reads one more block only
    assert model.fetched_rows == 2 * BLOCK_SIZE


def test_titles_sort_in_vietnamese_order_both_ways(app_ctx):
    titles = ["Đường hoa nông thôn mới", "Dân vận khéo", "Ăn sạch sống xanh", "Bếp ăn 0 đồng",
              "Chợ phiên vùng cao", "Áo ấm cho em", "Ưu tiên hộ nghèo", "Ô tô đưa đón"]
    for title in titles:
        add_entry(app_ctx, title)
    model = EntriesModel(app_ctx.db, "vi")
    expected = sorted(titles, key=sort_key)
    assert column_texts(model, "title", len(titles)) == expected
    assert expected[:2] == ["Áo ấm cho em", "Ăn sạch sống xanh"]
    model.sort(COLUMNS.index("title"), Qt.SortOrder.DescendingOrder)
    assert column_texts(model, "title", len(titles)) == expected[::-1]


def test_labels_follow_the_language_and_ids_are_in_a_role(app_ctx):
    entry_id = add_entry(app_ctx, "Dân vận khéo", scope="collective", level="province")
    model = EntriesModel(app_ctx.db, "vi")
    assert column_texts(model, "level", 1) == ["Tỉnh"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == model.column_titles()[0]
    model.set_language("en")
    assert column_texts(model, "level", 1) == ["Province"]
    assert column_texts(model, "field", 1) == ["Economy"]
    assert model.index(0, 0).data(ENTRY_ID_ROLE) == entry_id
    assert model.find_loaded_row(entry_id) == 0
