"""The Reports page driven through its widgets, on the dataset with known counts."""

from __future__ import annotations

import csv
import threading

import pytest

from dvk_desktop.db.models import OfficeProfile, Target
from dvk_desktop.services import office, reports
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.pages.reports_page import ReportsPage
from tests.services import stats_dataset
from tests.services.test_statistics import EXPECTED_2024H1


@pytest.fixture
def page(db, qtbot):
    """The page over the dataset, this office being the province P01."""
    ids = stats_dataset.build(db)
    with db.session() as session:
        session.add(OfficeProfile(province_code="P01", unit_id=ids["P"], place_name="Phú An"))
        session.add(Target(unit_id=ids["A"], year=2024, min_models=4))
    widget = ReportsPage(AppContext(db, office.get_office(db), "vi"))
    qtbot.addWidget(widget)
    widget.period_combo.setCurrentText("2024H1")
    return widget


def _show(page, qtbot) -> None:
    """Click Show and wait for the worker's result to be on screen."""
    page.show_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_units_below_the_office_are_offered(page):
    codes = [page.unit_combo.itemData(i) for i in range(page.unit_combo.count())]
    assert codes[0] == "P01" and set(codes) == {"P01", "A01", "A11", "B01", "B11", "D01"}


def test_show_fills_the_table_check_and_summary(page, qtbot):
    assert page.period_label.text() == "6 tháng đầu năm 2024"
    _show(page, qtbot)
    expected = [[str(c) for c in row] for row in EXPECTED_2024H1]
    assert _cells(page.table) == expected
    assert page.problems.count() == 1 and page.problems.item(0).text().startswith("Lưu ý")
    assert page.summary_label.text() == ("5 mô hình, điển hình mới trong kỳ (3 tập thể, "
                                         "2 cá nhân); lũy kế cuối kỳ 8.")


def test_charts_have_fields_units_years_and_targets(page, qtbot):
    _show(page, qtbot)
    assert page.charts["field"].series[0].values == [2, 1, 1, 1]
    assert page.charts["unit"].labels[:2] == ["Huyện An Lạc", "Huyện Bình Minh"]
    assert page.charts["year"].labels == ["2020", "2021", "2022", "2023", "2024"]
    assert page.charts["year"].series[0].values == [0, 0, 1, 3, 6]
    target = page.charts["target"]
    assert target.labels == ["Huyện An Lạc"] and target.series[1].values == [4]
    page.charts["target"].grab()  # paints without error


def test_a_bad_period_is_named_and_refused(page, monkeypatch):
    shown = []
    monkeypatch.setattr("dvk_desktop.ui.errors.show_error", lambda *a, **k: shown.append(a),
                        raising=False)
    page.period_combo.setCurrentText("2024H3")
    assert page.period_label.text() == "(không phải kỳ báo cáo)"


@pytest.mark.parametrize("kind", ["csv", "xlsx", "pdf"])
def test_export_writes_the_chosen_format(page, qtbot, tmp_path, monkeypatch, kind):
    target = tmp_path / f"r.{kind}"
    monkeypatch.setattr(page, "ask_save_path", lambda _kind: str(target))
    with qtbot.waitSignal(page.status_message, timeout=20_000) as saved:
        page.export_buttons[kind].click()
    assert str(target) in saved.args[0]
    assert target.exists() and target.stat().st_size > 0
    if kind == "csv":
        rows = list(csv.reader(open(target, encoding="utf-8-sig", newline="")))
        assert rows[3:] == [[str(c) for c in row] for row in EXPECTED_2024H1]


def test_counting_runs_on_a_worker_while_the_page_shows_it_is_busy(page, qtbot, monkeypatch):
    threads = []
    real = reports.build_report

    def counted(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(reports, "build_report", counted)
    page.show_button.click()
    assert page.busy and not page.show_button.isEnabled()
    assert not any(b.isEnabled() for b in page.export_buttons.values())
    assert page.summary_label.text() == "Đang đếm…"
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    assert page.show_button.isEnabled() and page.table.rowCount() == len(EXPECTED_2024H1)
    assert page.summary_label.text().startswith("5 mô hình")


def test_a_failure_on_the_worker_is_reported_and_the_page_is_usable_again(page, qtbot,
                                                                        monkeypatch):
    reported = []
    monkeypatch.setattr(reports, "build_report", lambda *a, **k: 1 / 0)
    monkeypatch.setattr("dvk_desktop.ui.pages.reports_page.report",
                        lambda exc, parent=None: reported.append(exc))
    page.show_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert [type(e) for e in reported] == [ZeroDivisionError]
    assert page.show_button.isEnabled() and page.table.rowCount() == 0
