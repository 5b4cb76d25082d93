"""``dvk-desktop report`` and ``dvk-desktop book``: outputs, exit codes, messages."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import datetime

import pytest
from openpyxl import load_workbook

from dvk_desktop.db.database import Database
from dvk_desktop.db.models import Attachment
from tests.cli.support import run
from tests.services import stats_dataset
from tests.services.test_statistics import EXPECTED_2024H1


@pytest.fixture
def dataset_path(tmp_path):
    """A database file holding the known dataset."""
    path = tmp_path / "reports.sqlite3"
    db = Database.open(path)
    ids = stats_dataset.build(db)
    db.close()
    return str(path), ids


def test_csv_report_has_the_known_cells(capsys, dataset_path, tmp_path):
    path, _ids = dataset_path
    out = tmp_path / "bao-cao.csv"
    code, stdout, stderr = run(capsys, "report", "--db", path, "--unit", "P01",
                               "--period", "2020-01-01:2024-06-30", "--out", str(out))
    assert code == 0, stderr
    assert "Đã ghi" in stdout and "Lưu ý" in stderr  # the start-date notice
    rows = list(csv.reader(open(out, encoding="utf-8-sig", newline="")))
    assert rows[3][1] == "Tỉnh Phú An (trực tiếp)"
    assert rows[-1][1] == "Tổng cộng" and rows[-1][2] == "8"


def test_half_year_csv_equals_the_expected_table(capsys, dataset_path, tmp_path):
    path, _ids = dataset_path
    out = tmp_path / "h1.csv"
    # Today's date is after 2024, so statuses at the period's end come from the history.
    assert run(capsys, "report", "--db", path, "--unit", "P01", "--period", "2024H1",
               "--format", "csv", "--out", str(out))[0] == 0
    rows = list(csv.reader(open(out, encoding="utf-8-sig", newline="")))
    assert rows[3:] == [[str(c) for c in row] for row in EXPECTED_2024H1]


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_pdf_and_xlsx_are_written(capsys, dataset_path, tmp_path, kind):
    path, _ids = dataset_path
    out = tmp_path / f"report.{kind}"
    code, stdout, _err = run(capsys, "report", "--db", path, "--unit", "P01", "--period",
                             "2024", "--out", str(out), "--layout", "party")
    assert code == 0 and out.stat().st_size > 1000
    if kind == "pdf":
        assert out.read_bytes().startswith(b"%PDF") and "3 trang" in stdout
    else:
        assert load_workbook(out).sheetnames == ["Biểu thống kê", "Danh sách", "Kiểm tra"]


@pytest.mark.parametrize("args, words", [
    (["--unit", "P01", "--period", "2024H3"], "Kỳ báo cáo"),
    (["--unit", "NOPE", "--period", "2024"], "Không có đơn vị"),
    (["--unit", "P01", "--period", "2024", "--out", "x.doc"], "--format"),
    (["--period", "2024"], "--unit"),
])
def test_bad_input_is_a_clear_error(capsys, dataset_path, tmp_path, args, words):
    path, _ids = dataset_path
    full = ["report", "--db", path, "--out", str(tmp_path / "r.csv"), *args]
    code, _out, err = run(capsys, *full)
    assert code == 2 and words in err and "Traceback" not in err


def test_strict_refuses_a_table_with_errors(capsys, dataset_path, tmp_path):
    path, _ids = dataset_path
    db = Database.open(path)
    with db.session() as session:
        from dvk_desktop.db.models import FieldCategory
        session.get(FieldCategory, "nong_thon_moi").canonical_code = "rural"
    db.close()
    out = tmp_path / "r.csv"
    code, _out, err = run(capsys, "report", "--db", path, "--unit", "P01", "--period",
                          "2024H1", "--out", str(out), "--strict")
    assert code == 3 and "Lỗi" in err and not out.exists()


def test_book_from_an_ids_file_survives_a_missing_photo(capsys, dataset_path, tmp_path):
    path, ids = dataset_path
    db = Database.open(path)
    with db.session() as session:
        session.add(Attachment(entry_id=ids["e1"], file_name="anh.jpg", sha256="0" * 64,
                               size_bytes=10, media_type="image/jpeg",
                               created_at=datetime(2024, 1, 1)))
    db.close()
    listing = tmp_path / "ids.txt"
    listing.write_text(f"# chọn\n{ids['e1']}\n\n{ids['e4']}  # tiêu biểu\n", encoding="utf-8")
    out = tmp_path / "book.pdf"
    code, stdout, err = run(capsys, "book", "--db", path, "--ids", str(listing), "--out",
                            str(out))
    assert code == 0, err
    assert "2 mô hình, điển hình, 4 trang" in stdout  # cover, contents, two entries


def test_book_of_outstanding_entries(capsys, dataset_path, tmp_path):
    path, _ids = dataset_path
    out = tmp_path / "book.pdf"
    code, stdout, _err = run(capsys, "book", "--db", path, "--outstanding", "--year", "2024",
                             "--out", str(out))
    assert code == 0 and "2 mô hình" in stdout  # e4 and e6, both recognised in 2024
    code, _out, err = run(capsys, "book", "--db", path, "--outstanding", "--out", str(out))
    assert code == 2 and "--year" in err


def test_book_with_unknown_ids_is_refused(capsys, dataset_path, tmp_path):
    path, _ids = dataset_path
    listing = tmp_path / "ids.txt"
    listing.write_text("khong-co\n", encoding="utf-8")
    code, _out, err = run(capsys, "book", "--db", path, "--ids", str(listing), "--out",
                          str(tmp_path / "b.pdf"))
    assert code == 2 and "không có" in err


def test_report_header_is_stored_and_printed(capsys, dataset_path, tmp_path):
    path, _ids = dataset_path
    code, out, _err = run(capsys, "report-header", "--db", path, "--issuing-body", "BAN DÂN VẬN",
                          "--number", "7-BC/BDVTU", "--layout", "party", "--recipients",
                          "Như trên\nLưu: VT")
    assert code == 0 and "issuing_body: BAN DÂN VẬN" in out and "recipients: Như trên; Lưu: VT" in out
    pdf = tmp_path / "r.pdf"
    assert run(capsys, "report", "--db", path, "--unit", "P01", "--period", "2024",
               "--out", str(pdf))[0] == 0
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Số 7-BC/BDVTU" in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert run(capsys, "report-header", "--db", path, "--layout", "sideways")[0] == 2
