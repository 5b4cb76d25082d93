"""Child process: open the real main window offscreen on a database and time what users feel.

Run by the harness as ``python -m tests.bench.window_probe DB SPAWN_EPOCH``; prints one JSON
object on its last line. Start time counts from the moment the harness launched this
process (interpreter start and imports included) to the first paint of the Entries table
with its rows. Update times (search, filter, sort, scroll) run from the user's change to the
table repainted with the new rows; the 150 ms typing pause of the search box is left out.
Each figure also has its CPU time (``*_cpu``): on a machine shared with other work the
wall-clock time includes waiting for a core, the CPU time does not.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402

SEARCHES = ["dan van", "nong thon moi", "khuyen hoc", "hoc tap lam theo", "an sinh",
            "nguyen thi", "tuyen truyen", "dan van kheo"]
SORT_COLUMNS = [("year", True), ("unit", False), ("status", False), ("title", True),
                ("title", False)]
FORM_SAVES = 5


class _Painted:
    """Event filter noting when the table's viewport first painted (with rows)."""

    def __init__(self) -> None:
        self.at: float | None = None

    def install(self, viewport):
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class Filter(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint and probe.at is None:
                    probe.at = -1.0  # painted now; the time is taken once the paint is done
                return False

        self.filter = Filter(viewport)
        viewport.installEventFilter(self.filter)


def _wait(app, done, limit: float = 60.0) -> None:
    deadline = time.perf_counter() + limit
    while not done() and time.perf_counter() < deadline:
        app.processEvents()


CPU_MS: dict[str, list[float]] = {}  # CPU time of each timed step, by figure


COUNT_MS: list[float] = []  # from a change to its count in the summary line


def _timed(app, table, change, figure: str = "") -> float:
    """Milliseconds from ``change()`` to the table repainted with its new rows.

    A count still running on the worker thread is then waited for, outside the figure (its
    own time goes to ``COUNT_MS``), so that it does not slow down the next measurement.
    """
    started, cpu = time.perf_counter(), time.process_time()
    change()
    app.processEvents()
    table.viewport().repaint()
    CPU_MS.setdefault(figure, []).append((time.process_time() - cpu) * 1000)
    elapsed = (time.perf_counter() - started) * 1000
    model = table.model()
    if model.counting:
        model.wait_for_count()
        COUNT_MS.append((time.perf_counter() - started) * 1000)
    return elapsed


def _search(app, page) -> list[float]:
    bar = page.filter_bar

    def typed(text: str):
        def change():
            bar.search_edit.setText(text)
            bar._timer.stop()  # the typing pause is a choice, not work: leave it out
            bar.changed.emit()
        return change

    times = [_timed(app, page.table, typed(text), "search") for text in SEARCHES]
    _timed(app, page.table, typed(""))
    return times


def _filters(app, page) -> list[float]:
    times = []
    for name in ("year", "field", "status", "scope", "level", "type"):
        combo = page.filter_bar.combos[name]
        for index in (1, 2, 0):
            if index < combo.count():
                times.append(_timed(app, page.table, lambda c=combo, i=index: c.setCurrentIndex(i),
                                    "filter"))
    return times


def _sorts(app, page) -> list[float]:
    from PySide6.QtCore import Qt

    from dvk_desktop.ui.models.entries_model import COLUMNS

    times = []
    for column, descending in SORT_COLUMNS:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        number = COLUMNS.index(column)
        times.append(_timed(app, page.table, lambda c=number, o=order:
                            page.table.sortByColumn(c, o), "sort"))
    return times


def _scroll_to_end(app, page) -> float:
    return _timed(app, page.table, page.table.scrollToBottom, "scroll_end")


def _form_saves(app, page, ctx) -> list[float]:
    """Open an entry's form as the officer does (row chosen, Open), change its title, save
    and close (table refreshed). The page keeps its form: the first opening makes it."""
    times = []
    for row in range(FORM_SAVES):
        started, cpu = time.perf_counter(), time.process_time()
        page.table.selectRow(row * 7)
        page.open_action.trigger()
        dialog = page._form
        dialog.confirm_duplicate = lambda _found: True
        app.processEvents()
        title = dialog.form.title_edit
        title.setText(title.text().rstrip(" .") + ".")
        dialog.save_and_close()
        app.processEvents()
        page.table.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
        CPU_MS.setdefault("form_save", []).append((time.process_time() - cpu) * 1000)
    return times


def _rss() -> tuple[float, float]:
    from tests.bench.machine import rss_mb

    return rss_mb()


def run(db_path: str, spawn_epoch: float) -> dict:
    """Open the window, measure, close; the figures as a dict."""
    from dvk_desktop.ui import app as window_app

    app = window_app.create_application([sys.argv[0]])
    window_app.install_translators(app, "vi")
    ctx = window_app.open_context(db_path, "vi")
    if ctx is None:
        raise SystemExit("the database could not be opened")
    from dvk_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    page = window.show_page("entries")
    painted = _Painted()
    painted.install(page.table.viewport())
    window.show()
    _wait(app, lambda: painted.at is not None)
    start_s = time.time() - spawn_epoch
    in_process_s = time.perf_counter() - _STARTED
    start_cpu_s = time.process_time()
    page.model.wait_for_count()  # the registry's count, on the worker thread
    counted_s = time.time() - spawn_epoch
    rows = page.model.rowCount()
    figures = {"rows": rows, "start_s": start_s, "start_in_process_s": in_process_s,
               "start_cpu_s": start_cpu_s, "start_counted_s": counted_s,
               "rss_open_mb": _rss()[0]}
    figures["search_ms"] = _search(app, page)
    figures["filter_ms"] = _filters(app, page)
    figures["sort_ms"] = _sorts(app, page)
    figures["scroll_end_ms"] = _scroll_to_end(app, page)
    figures["form_save_ms"] = _form_saves(app, page, ctx)
    figures["rss_mb"], figures["rss_peak_mb"] = _rss()
    figures["cpu_ms"] = CPU_MS
    figures["count_ms"] = COUNT_MS
    window.close()
    ctx.db.close()
    return figures


def main() -> int:
    """Entry point of the child process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = run(sys.argv[1], float(sys.argv[2]))
    figures["search_median_ms"] = statistics.median(figures["search_ms"])
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
