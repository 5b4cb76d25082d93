"""The spreadsheet import with hostile cells: each row is stored exactly as typed (after NFC
and trimming) or the file is refused with the reasons; never a crash, never half a file."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvk_desktop.cli import build_parser, run
from dvk_desktop.domain.vntext import clean_text
from tests.safety.crash_checks import head_fixture
from tests.safety.test_bad_input import TEXT

pytestmark = pytest.mark.skipif(
    "import-sheet" not in build_parser()._subparsers._group_actions[0].choices,
    reason="this build has no spreadsheet import")

YEAR_CELLS = st.one_of(st.integers(-10**12, 10**12).map(str),
                       st.sampled_from(["2024", "31/02/2024", "2024-13-01", "", "năm 2024",
                                        "1e400", "NaN", "٢٠٢٤"]))
ROWS = st.lists(st.tuples(TEXT, YEAR_CELLS), min_size=1, max_size=4)


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    """A province registry file shared by the examples."""
    folder = tmp_path_factory.mktemp("sheets")
    path = folder / "registry.sqlite3"
    shutil.copyfile(head_fixture(folder), path)
    return path


def _titles(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[0] for row in con.execute("SELECT title FROM entry")]
    finally:
        con.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ROWS)
def test_sheet_rows_are_stored_as_typed_or_the_file_is_refused(registry, tmp_path, capsys,
                                                                 rows):
    sheet = tmp_path / "models.csv"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Tên mô hình", "Đơn vị", "Lĩnh vực", "Năm"])
        for title, year in rows:
            writer.writerow([title, "17827", "Kinh tế", year])
    before = _titles(registry)
    code = run(["import-sheet", str(sheet), "--db", str(registry)])
    output = capsys.readouterr()
    assert code in (0, 2), output.err  # 1 would be an unexpected error
    after = _titles(registry)
    if code == 2:
        assert after == before
        return
    added = sorted(after[len(before):])
    # A row without a title is a blank row; a row of column numbers or totals is skipped and
    # the report says so (sheet row 2 is the first data row).
    skipped = {int(n) - 2 for n in re.findall(r"Dòng (\d+): bỏ qua", output.out + output.err)}
    expected = [clean_text(title) for i, (title, _year) in enumerate(rows)
                if clean_text(title) and i not in skipped]
    assert added == sorted(expected)
