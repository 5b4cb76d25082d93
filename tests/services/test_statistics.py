"""The statistics table: every cell of a dataset with known counts."""

from __future__ import annotations

from datetime import date

import pytest

from dvk_desktop.db.models import FieldCategory
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.periods import parse_period
from dvk_desktop.domain.report_table import ReportRow, ReportTable, statistics_columns
from dvk_desktop.services import statistics
from tests.services import stats_dataset

NOTE_A = "Gồm cả số liệu của Xã An Hai (đã sáp nhập)"
NOTE_B = "Gồm cả số liệu của Huyện Cũ (đã sáp nhập)"

# no, unit, cumulative, new, collective, individual, economy, culture, defence, political,
# grassroots, district, province, national, recognised, outstanding, replicated,
# commended collectives, commended individuals, notes
EXPECTED_2024H1 = [
    ["1", "Tỉnh Phú An (trực tiếp)", 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, ""],
    ["2", "Huyện An Lạc", 3, 2, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0, NOTE_A],
    ["3", "Huyện Bình Minh", 4, 2, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, NOTE_B],
    ["4", "Huyện Đông Sơn", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ""],
    ["", "Tổng cộng", 8, 5, 3, 2, 2, 1, 1, 1, 2, 1, 1, 1, 2, 2, 1, 1, 2, ""],
]


@pytest.fixture
def dataset(db):
    """The known dataset in a fresh database."""
    stats_dataset.build(db)
    return db


def _report(db, period="2024H1", today=stats_dataset.TODAY, unit="P01"):
    return statistics.build_statistics(db, unit, parse_period(period), today=today)


def test_every_cell_of_the_first_half_table(dataset):
    report = _report(dataset)
    assert report.table.body_rows() == EXPECTED_2024H1


def test_header_rows_and_column_numbers(dataset):
    header = _report(dataset).table.header_rows()
    assert header[0][:5] == ["TT", "Đơn vị", "Lũy kế đến cuối kỳ", "Mới trong kỳ",
                             "Chia theo tập thể, cá nhân"]
    assert header[1][4:6] == ["Tập thể", "Cá nhân"]
    assert header[2] == [f"({i})" for i in range(1, 21)]
    assert len(header[0]) == len(EXPECTED_2024H1[0])


def test_consistent_table_lists_only_the_start_date_notice(dataset):
    problems = _report(dataset).problems
    assert [(p.severity, p.code) for p in problems] == [("info", "no_start")]
    assert problems[0].vi.startswith("2 mục")
    assert problems[0].examples == ["Bà Lê Thị Hai <vận động> & hòa giải",
                                    "Bí thư chi bộ gương mẫu"]


def test_whole_year_counts_later_starts_and_skips_the_start_notice(dataset):
    report = _report(dataset, "2024")
    total = report.table.total
    # e3 now counts; e8 was dropped in September, so it leaves the cumulative figure.
    assert (total.value("new"), total.value("cumulative")) == (6, 8)
    assert total.value("recognised") == 4  # adds e1 (31 December) and e5 (a July decision)
    assert report.problems == []


def test_current_period_uses_current_status(dataset):
    report = _report(dataset, "2024H1", today=date(2024, 6, 1))
    # e8 is dropped now; with no history lookup it no longer counts as cumulative.
    assert report.table.total.value("cumulative") == 7


def test_district_report_rolls_communes_and_merged_units(dataset):
    report = _report(dataset, unit="A01")
    body = report.table.body_rows()
    assert [row[1] for row in body] == ["Huyện An Lạc (trực tiếp)", "Xã An Một", "Tổng cộng"]
    assert body[0][2:4] == [1, 0]  # e4: cumulative, not new
    assert body[1][2:4] == [2, 2]  # e1 and e2 of the merged Xã An Hai
    assert body[1][-1] == NOTE_A


def test_leaf_unit_has_its_own_row(dataset):
    body = _report(dataset, unit="B11").table.body_rows()
    assert [row[1] for row in body] == ["Xã Bình Một (trực tiếp)", "Tổng cộng"]
    assert body[-1][2:4] == [2, 2]


def test_field_outside_the_canonical_four_is_an_error(dataset):
    with dataset.session() as session:
        session.get(FieldCategory, "nong_thon_moi").canonical_code = "rural"
    report = _report(dataset)
    errors = [p for p in report.problems if p.severity == "error"]
    assert {p.code for p in errors} == {"field", "field_sum"}
    assert any("Huyện Bình Minh: tổng các lĩnh vực = 1, khác số mới trong kỳ 2" in p.vi for p in errors)


def test_unknown_unit_is_a_domain_error(dataset):
    with pytest.raises(DomainError):
        _report(dataset, unit="NOPE")


def test_check_finds_broken_sums_and_totals():
    row = ReportRow("A", "Đơn vị A", {"new": 3, "collective": 1, "individual": 1,
                                      "field_economy": 3, "level_grassroots": 3,
                                      "cumulative": 1, "outstanding": 2})
    table = ReportTable(statistics_columns(), [row], ReportRow("", "Tổng cộng", {"new": 4}))
    codes = [p.code for p in statistics.check_table(table)]
    assert "scope_sum" in codes and "outstanding_sum" in codes
    assert codes.count("total_sum") == 7  # every column whose total differs from the rows


def test_new_by_year(dataset):
    counts = statistics.new_entry_count_by_year(dataset, "P01", range(2022, 2026))
    assert counts == {2022: 1, 2023: 3, 2024: 6, 2025: 1}


def test_moved_statuses_count_the_same_when_every_unit_is_read_at_once(dataset, monkeypatch):
    # e7 and e8 were dropped after the first half of 2024: their status at its end moves
    # them back, whether their units are looked up one by one or all read in one pass.
    assert _report(dataset).table.body_rows() == EXPECTED_2024H1
    monkeypatch.setattr(statistics, "MOVED_BY_ID", 0)
    assert _report(dataset).table.body_rows() == EXPECTED_2024H1
