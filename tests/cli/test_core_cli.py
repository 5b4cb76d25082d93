"""Headless commands: init, demo, entries list, --version — exit codes and output."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from dvk_desktop import __version__
from dvk_desktop.__main__ import main
from dvk_desktop.domain.vntext import sort_key
from tests.cli.support import run


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "cli.sqlite3")


@pytest.fixture
def demo_db(capsys, db_path):
    assert run(capsys, "init", "--db", db_path, "--province", "40", "--officer", "Lê Bình")[0] == 0
    assert run(capsys, "demo", "--db", db_path, "--entries", "300", "--seed", "7")[0] == 0
    return db_path


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_reports_the_office(capsys, db_path):
    code, out, _ = run(capsys, "init", "--db", db_path, "--province", "40", "--unit", "17827")
    assert code == 0 and "Xã Nghi Lộc" in out


def test_init_with_a_new_unit_name(capsys, db_path):
    code, out, _ = run(capsys, "init", "--db", db_path, "--province", "40",
                       "--unit-name", "Ban Dân vận Huyện ủy", "--parent", "17827")
    assert code == 0 and "Ban Dân vận Huyện ủy" in out


@pytest.mark.parametrize("args", [
    ["init", "--province", "99"],
    ["init", "--province", "abc"],
    ["init", "--province", "40", "--unit", "nope"],
    ["init", "--province", "40", "--parent", "17827"],
])
def test_init_bad_input_is_a_clear_error(capsys, db_path, args):
    code, out, err = run(capsys, *args, "--db", db_path)
    assert code == 2
    assert "Lỗi" in err and "Traceback" not in err


def test_init_twice_is_refused(capsys, db_path):
    run(capsys, "init", "--db", db_path, "--province", "40")
    code, _, err = run(capsys, "init", "--db", db_path, "--province", "40")
    assert code == 2 and "đã được thiết lập" in err


def test_english_messages(capsys, db_path):
    code, _, err = run(capsys, "--lang", "en", "init", "--db", db_path, "--province", "99")
    assert code == 2 and "not in the catalogue" in err


def test_demo_needs_init_first(capsys, db_path):
    code, _, err = run(capsys, "demo", "--db", db_path, "--entries", "5")
    assert code == 2 and "init" in err


def test_demo_refuses_negative_counts(capsys, demo_db):
    code, _, err = run(capsys, "demo", "--db", demo_db, "--entries", "-5")
    assert code == 2 and "Lỗi" in err


def test_demo_is_reproducible_with_a_seed(capsys, tmp_path):
    titles = []
    for name in ("a", "b"):
        path = str(tmp_path / f"{name}.sqlite3")
        run(capsys, "init", "--db", path, "--province", "40")
        run(capsys, "demo", "--db", path, "--entries", "50", "--seed", "3")
        _, out, _ = run(capsys, "entries", "list", "--db", path, "--format", "json")
        titles.append([row["title"] for row in json.loads(out)])
    assert titles[0] == titles[1] and len(titles[0]) == 50


def test_list_json_has_the_documented_keys_and_vietnamese_order(capsys, demo_db):
    code, out, _ = run(capsys, "entries", "list", "--db", demo_db, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 300
    for key in ("id", "title", "type", "scope", "field", "level", "status", "year",
                "unit_code", "unit_name"):
        assert key in rows[0]
    keys = [sort_key(r["title"]) for r in rows]
    assert keys == sorted(keys)


def test_list_filters(capsys, demo_db):
    _, out, _ = run(capsys, "entries", "list", "--db", demo_db, "--format", "json",
                    "--year", "2024", "--type", "exemplar", "--scope", "individual",
                    "--field", "Kinh tế")
    rows = json.loads(out)
    assert rows and all(r["year"] == 2024 and r["type"] == "exemplar" and
                        r["scope"] == "individual" and r["field"] == "economy" for r in rows)


def test_list_search_ignores_diacritics(capsys, demo_db):
    _, out, _ = run(capsys, "entries", "list", "--db", demo_db, "--format", "json",
                    "--search", "camera an ninh")
    rows = json.loads(out)
    assert rows and all("Camera an ninh" in r["title"] for r in rows)


def test_list_csv_and_table(capsys, demo_db):
    _, out, _ = run(capsys, "entries", "list", "--db", demo_db, "--format", "csv", "--year", "2023")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["year"] for r in rows} == {"2023"}
    _, table, _ = run(capsys, "entries", "list", "--db", demo_db, "--year", "2023")
    assert table.splitlines()[0].startswith("Tên") and f"Tổng: {len(rows)}" in table


def test_unknown_field_is_a_clear_error(capsys, demo_db):
    code, _, err = run(capsys, "entries", "list", "--db", demo_db, "--field", "thể thao")
    assert code == 2 and "thể thao" in err


def test_bad_arguments_exit_non_zero(capsys, demo_db):
    with pytest.raises(SystemExit) as info:
        main(["entries", "list", "--db", demo_db, "--year", "hai nghìn"])
    assert info.value.code == 2


def test_installed_console_script_runs(tmp_path):
    exe = subprocess.run([sys.executable, "-m", "dvk_desktop", "--version"],
                         capture_output=True, text=True, check=False)
    assert exe.returncode == 0 and __version__ in exe.stdout


def test_demo_of_a_commune_office_stays_in_its_own_commune(capsys, tmp_path):
    path = str(tmp_path / "commune.sqlite3")
    run(capsys, "init", "--db", path, "--province", "40", "--unit", "17827")
    run(capsys, "demo", "--db", path, "--entries", "40", "--seed", "2")
    _, out, _ = run(capsys, "entries", "list", "--db", path, "--format", "json")
    assert {row["unit_code"] for row in json.loads(out)} == {"17827"}
