"""Excel and CSV on the Exchange page: export the registry; import a sheet after checking it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QDialogButtonBox

from dvk_desktop.domain.records import EntryFilter
from dvk_desktop.services import entries, office
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.sheet_import import SheetImportDialog
from dvk_desktop.ui.widgets.sheet_box import SheetBox

pytestmark = pytest.mark.gui


def _ctx(office_db) -> AppContext:
    return AppContext(office_db, office.get_office(office_db))


def _sheet(path: Path, year_of_second="2024") -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024"])
    ws.append(["STT", "Tên mô hình", "Đơn vị", "Lĩnh vực", "Tập thể/Cá nhân", "Năm"])
    ws.append([1, "Đường hoa thôn Đông", "Xã Nghi Lộc", "Kinh tế", "Tập thể", "2024"])
    ws.append([2, "Camera an ninh xóm Bắc", "Xã Nghi Lộc", "Quốc phòng – An ninh", "Tập thể",
               year_of_second])
    book.save(path)
    return path


def _dialog(qtbot, office_db, path) -> SheetImportDialog:
    dialog = SheetImportDialog(_ctx(office_db), path)
    qtbot.addWidget(dialog)
    return dialog


def test_a_valid_sheet_is_mapped_checked_and_imported(qtbot, office_db, tmp_path):
    dialog = _dialog(qtbot, office_db, _sheet(tmp_path / "cu.xlsx"))
    assert dialog.header_spin.value() == 2
    mapped = {dialog.mapping_table.cellWidget(r, 1).currentData()
              for r in range(dialog.mapping_table.rowCount())}
    assert {"title", "unit", "field", "scope", "year"} <= mapped
    assert dialog.rows_table.rowCount() == 2
    assert dialog.summary_label.text().startswith("2 ")
    assert dialog.import_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.imported == 2
    found = entries.list_entries(office_db, EntryFilter(text="camera an ninh"))
    assert [r.data.title for r in found] == ["Camera an ninh xóm Bắc"]


def test_a_row_with_an_error_blocks_the_whole_import(qtbot, office_db, tmp_path):
    dialog = _dialog(qtbot, office_db, _sheet(tmp_path / "cu.xlsx", year_of_second="hai"))
    assert not dialog.import_button.isEnabled()
    assert dialog.rows_table.item(1, 1).text() in ("Lỗi", "Error")
    dialog.import_rows()
    assert entries.list_entries(office_db) == []


def test_changing_the_mapping_asks_for_a_new_check(qtbot, office_db, tmp_path):
    dialog = _dialog(qtbot, office_db, _sheet(tmp_path / "cu.xlsx"))
    year_row = next(r for r in range(dialog.mapping_table.rowCount())
                    if dialog.mapping_table.cellWidget(r, 1).currentData() == "year")
    dialog.mapping_table.cellWidget(year_row, 1).setCurrentIndex(0)  # "(not imported)"
    assert not dialog.import_button.isEnabled()
    dialog.check_button.click()
    assert "year" not in dialog.mapping.columns.values()
    assert dialog.rows_table.rowCount() == 2


def test_the_box_exports_and_imports_through_its_seams(qtbot, office_db, tmp_path,
                                                       monkeypatch):
    box = SheetBox(_ctx(office_db))
    qtbot.addWidget(box)
    source = _sheet(tmp_path / "cu.xlsx")
    monkeypatch.setattr(box, "ask_open_path", lambda: str(source))
    monkeypatch.setattr(box, "run_import_dialog", lambda path: SheetImportDialog(
        box.ctx, path).import_rows() or 0)
    box.import_sheet_button.click()  # the stub dialog imports without showing itself
    assert len(entries.list_entries(office_db)) == 2
    target = tmp_path / "ra.xlsx"
    monkeypatch.setattr(box, "ask_save_path", lambda: str(target))
    box.export_sheet_button.click()
    assert load_workbook(target).active["B3"].value is not None
    assert "2" in box.result_label.text()
