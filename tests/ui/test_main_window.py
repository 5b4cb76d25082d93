"""The main window: pages, state kept between runs, language switched at run time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import dvk_desktop
from dvk_desktop.ui import main_window
from dvk_desktop.ui.main_window import PAGES, MainWindow
from dvk_desktop.ui.models.entries_model import COLUMNS

pytestmark = pytest.mark.gui


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(r).text() for r in range(window.nav.count())]


def test_navigation_lists_exactly_the_registered_pages(make_window, app_ctx):
    window = make_window(app_ctx)
    assert window.nav.count() == len(PAGES) == window.stack.count()
    assert nav_texts(window) == [
        "Mô hình, điển hình", "Đơn vị", "Kiểm tra, đánh giá", "Quyết định, khen thưởng",
        "Chỉ tiêu", "Báo cáo", "Trao đổi dữ liệu", "Cài đặt"]
    assert list(window.pages) == ["entries"]  # the others are made when first shown
    last = window.nav.count() - 1
    window.nav.setCurrentRow(last)
    assert window.stack.currentWidget() is window.pages[PAGES[last].key]
    assert window.stack.currentWidget().title() == nav_texts(window)[last]
    for row, spec in enumerate(PAGES):  # each page's title is the navigation's text
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.page(spec.key)
        assert window.page(spec.key).title() == nav_texts(window)[row]
    assert window.show_page("entries") is window.stack.currentWidget()
    window.language_actions["en"].trigger()
    assert nav_texts(window)[1:3] == ["Units", "Inspections"]
    assert [window.page(spec.key).title() for spec in PAGES] == nav_texts(window)


def test_size_splitter_and_columns_survive_a_restart(make_window, app_ctx, monkeypatch):
    # Restoring fits the window to the screen (800 pixels wide offscreen): keep only the
    # Entries page so the window can be narrower than that.
    monkeypatch.setattr(main_window, "PAGES", PAGES[:1])
    first = make_window(app_ctx)
    width = max(first.minimumSizeHint().width(), 700) + 5
    assert width <= 790
    first.resize(width, 610)
    first.splitter.setSizes([200, 580])
    header = first.pages["entries"].table.horizontalHeader()
    header.setSectionHidden(COLUMNS.index("level"), True)
    header.setSectionHidden(COLUMNS.index("person"), False)
    header.resizeSection(COLUMNS.index("unit"), 333)
    first.close()
    second = make_window(app_ctx)
    assert (second.width(), second.height()) == (width, 610)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]
    header = second.pages["entries"].table.horizontalHeader()
    assert header.isSectionHidden(COLUMNS.index("level"))
    assert not header.isSectionHidden(COLUMNS.index("person"))
    assert header.sectionSize(COLUMNS.index("unit")) == 333


def test_language_switches_at_run_time_without_restart(make_window, demo_ctx):
    window = make_window(demo_ctx)
    page = window.pages["entries"]
    assert page.model.wait_for_count()
    assert window.file_menu.title() == "&Tệp"
    assert page.summary_label.text().startswith("300 mô hình, điển hình:")
    window.language_actions["en"].trigger()
    assert demo_ctx.language == "en"
    assert window.file_menu.title() == "&File"
    assert nav_texts(window)[0] == "Entries"
    assert page.new_action.text() == "New entry"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert page.summary_label.text().startswith("300 models and typical examples:")
    assert page.filter_bar.combos["year"].itemText(0) == "All years"
    window.language_actions["vi"].trigger()
    assert nav_texts(window)[0] == "Mô hình, điển hình"
    assert page.filter_bar.combos["scope"].itemText(1) == "Tập thể"


def test_the_language_choice_is_remembered(make_window, app_ctx):
    from dvk_desktop.services import office
    from dvk_desktop.ui import app as app_module

    window = make_window(app_ctx)
    window.set_language("en")
    assert office.get_office(app_ctx.db).language == "en"
    assert app_module.choose_language(None, office.get_office(app_ctx.db)) == "en"
    assert app_module.choose_language("vi", None) == "vi"


def test_about_names_the_version(make_window, app_ctx):
    window = make_window(app_ctx)
    assert dvk_desktop.__version__ in window.about_text()
    assert "phiên bản" in window.about_text()


def test_page_status_messages_reach_the_status_bar(make_window, app_ctx):
    window = make_window(app_ctx)
    window.pages["entries"].status_message.emit("Đã lưu.")
    assert window.statusBar().currentMessage() == "Đã lưu."


def test_every_page_can_be_shown_in_turn(make_window, app_ctx):
    """What the installation check (--smoke-test) does with the built program."""
    window = make_window(app_ctx)
    window.show_every_page()
    assert list(window.pages) == [spec.key for spec in PAGES]
    assert window.stack.currentWidget() is window.pages["entries"]


def test_closing_waits_for_an_export_still_being_written(make_window, app_ctx, monkeypatch,
                                                         tmp_path):
    """The window closes only once work on a worker thread is done (nothing half made)."""
    import threading

    from dvk_desktop.ui.pages import exchange_page

    window = make_window(app_ctx)
    page = window.show_page("exchange")
    started, finished = threading.Event(), []

    def slow_export(*_args, **_kwargs):
        started.set()
        threading.Event().wait(0.5)
        finished.append(True)
        raise RuntimeError("no package in this test")

    monkeypatch.setattr(exchange_page, "export_package", slow_export)
    monkeypatch.setattr(exchange_page, "report", lambda *_a: None)
    monkeypatch.setattr(page.recipient_combo, "currentData", lambda: "TW")
    monkeypatch.setattr(page, "ask_save_path", lambda *_: str(tmp_path / "x.dvkx"))
    page.export_button.click()
    assert started.wait(5) and not finished
    window.close()
    assert finished == [True]
    assert window.statusBar().currentMessage() == \
        "Đang hoàn tất việc đang làm trước khi đóng…"
