"""Excel and CSV: export of the registry, import of existing spreadsheets with a mapping step."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from dvk_desktop.db.models import Entry, Unit
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.domain.records import EntryData, EntryFilter
from dvk_desktop.services import entries, spreadsheet_import, spreadsheets


def _commune(db):
    with db.session() as session:
        return session.execute(select(Unit.id, Unit.name).where(Unit.kind == "commune")
                               .order_by(Unit.code)).first()


def _count(db):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Entry))


def _sheet(path, unit_name, bad_field=False):
    book = Workbook()
    ws = book.active
    ws.append(["DANH SÁCH MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2024"])
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(["STT", "  Tên mô hình,\n điển hình ", "Đơn vị", "Lĩnh  vực", "Tập thể/Cá nhân",
               "Năm", "Ngày bắt đầu", "Họ và tên"])
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])
    ws.append([1, "Dân vận khéo trong xây dựng  đường giao thông", unit_name, "Kinh tế",
               "Tập thể", "2024", "05/02/2024", None])
    ws.append([2, "Gương sáng hiến đất", None, "van hoa - xa hoi", "cá nhân", 2024,
               date(2024, 3, 1), "Nguyễn Thị Ánh"])
    ws.merge_cells("C5:C6")  # one unit written once for two rows
    ws.append([3, "Mô hình lạ", unit_name, "Thể thao" if bad_field else "Kinh tế", "Tập thể",
               "2024", "31/02/2024", None])
    ws.append([None, "Tổng cộng", None, None, None, None, None, None])
    book.save(path)
    return path


def test_export_xlsx_and_csv_with_bom(office_db, tmp_path):
    unit_id, _name = _commune(office_db)
    entries.create_entry(office_db, EntryData(title="Mô hình “Dân vận khéo” <1>",
                                              field_code="economy", owner_unit_id=unit_id,
                                              year=2024), "Cán bộ")
    assert spreadsheets.export_sheet(office_db, tmp_path / "a.xlsx") == 1
    ws = load_workbook(tmp_path / "a.xlsx").active
    assert ws["B1"].value == "Tên mô hình, điển hình" and ws["B1"].font.bold
    assert ws["B2"].value == "Mô hình “Dân vận khéo” <1>" and ws["J2"].value == 2024
    assert ws.freeze_panes == "A2"
    spreadsheets.export_sheet(office_db, tmp_path / "a.csv", EntryFilter(year=2024), "en")
    raw = (tmp_path / "a.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Dân vận khéo".encode() in raw
    assert b"Collective" in raw
    assert spreadsheets.export_sheet(office_db, tmp_path / "b.csv", EntryFilter(year=2020)) == 0


def test_mapping_is_guessed_from_vietnamese_headings_below_title_rows(office_db, tmp_path):
    _uid, name = _commune(office_db)
    sheet = spreadsheets.read_sheet(_sheet(tmp_path / "s.xlsx", name))
    mapping = spreadsheet_import.guess_mapping(sheet)
    assert mapping.header_row == 2
    assert mapping.columns == {1: "title", 2: "unit", 3: "field", 4: "scope", 5: "year",
                               6: "start_date", 7: "person_name"}


def test_rows_are_checked_and_nothing_is_committed_while_any_has_errors(office_db, tmp_path):
    unit_id, name = _commune(office_db)
    plan = spreadsheet_import.plan_sheet(office_db, _sheet(tmp_path / "s.xlsx", name, True))
    assert [r.row_number for r in plan.kept] == [5, 6, 7]
    error = plan.errors[0]
    assert error.row_number == 7
    assert {p[0] for p in error.problems} == {"field", "start_date"}
    before = _count(office_db)
    with pytest.raises(DomainError, match="nothing was imported"):
        spreadsheet_import.commit_sheet(office_db, plan, "Cán bộ")
    assert _count(office_db) == before
    first, second = plan.kept[0].data, plan.kept[1].data
    assert first.owner_unit_id == second.owner_unit_id == unit_id  # merged cell filled
    assert first.start_date == date(2024, 2, 5) and first.title.count("  ") == 0
    assert second.scope == "individual" and second.entry_type == "exemplar"
    assert second.field_code == "culture_society" and second.person_name == "Nguyễn Thị Ánh"


def test_valid_sheet_commits_once_and_a_second_import_adds_nothing(office_db, tmp_path):
    _uid, name = _commune(office_db)
    path = _sheet(tmp_path / "s.xlsx", name)
    plan = spreadsheet_import.plan_sheet(office_db, path)
    plan.rows[[r.row_number for r in plan.rows].index(7)].skipped_en = "left out by the officer"
    before = _count(office_db)
    assert spreadsheet_import.commit_sheet(office_db, plan, "Cán bộ") == 2
    assert _count(office_db) == before + 2
    again = spreadsheet_import.plan_sheet(office_db, path)
    assert [r.row_number for r in again.kept] == [7]
    assert all("Duplicate" in r.skipped_en for r in again.rows if r.row_number in (5, 6))


def test_csv_with_semicolons_and_text_dates(office_db, tmp_path):
    _uid, name = _commune(office_db)
    text = f"Tên mô hình;Đơn vị;Lĩnh vực;Năm\nMô hình A;{name};Kinh tế;2023\n"
    (tmp_path / "s.csv").write_bytes(text.encode("utf-8-sig"))
    plan = spreadsheet_import.plan_sheet(office_db, tmp_path / "s.csv")
    assert not plan.errors and plan.kept[0].data.year == 2023


def test_sheet_without_a_title_column_is_refused(office_db, tmp_path):
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DomainError, match="title"):
        spreadsheet_import.plan_sheet(office_db, tmp_path / "x.csv")
