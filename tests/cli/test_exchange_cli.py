"""Exchange commands: export, import with preview and confirmation, history, keys."""

from __future__ import annotations

import re

import pytest

from dvk_desktop.db.database import Database
from tests.cli import support
from tests.exchange.support import AREA_CODE, open_copies, populate


def run(capsys, *args):
    """Run the program in English; returns (exit code, stdout, stderr)."""
    return support.run(capsys, "--lang", "en", *args)


@pytest.fixture
def dbs(templates, tmp_path):
    """Paths of the commune (with records) and area databases, closed."""
    built = open_copies(*templates, tmp_path)
    populate(built.commune, built.commune_code)
    for db in (built.commune, built.area, built.province):
        db.close()
    return {"commune": str(tmp_path / "commune.sqlite3"), "area": str(tmp_path / "area.sqlite3"),
            "code": built.commune_code}


def test_export_then_import_with_preview_confirmation_and_undo(dbs, tmp_path, capsys):
    out = str(tmp_path / "c.dvkx")
    code, text, _ = run(capsys, "export", "--db", dbs["commune"], "--to", AREA_CODE, "--out", out)
    assert code == 0 and "only signed, NOT encrypted" in text
    code, text, err = run(capsys, "import", out, "--db", dbs["area"])
    assert code == 3 and "--yes" in err and "Total: new 11" in text
    assert "NEW — needs confirmation" in text
    code, text, _ = run(capsys, "import", out, "--db", dbs["area"], "--dry-run")
    assert code == 0 and "entries: new 3" in text
    code, _, err = run(capsys, "import", out, "--db", dbs["area"], "--yes")
    assert code == 2 and "First package" in err
    code, fingerprint, _ = run(capsys, "keys", "fingerprint")
    assert code == 0 and re.fullmatch(r"([0-9A-F]{4} ){15}[0-9A-F]{4}\n", fingerprint)
    code, _, _ = run(capsys, "keys", "trust", "--db", dbs["area"], "--unit", dbs["code"],
                     "--fingerprint", fingerprint.strip())
    assert code == 0
    code, text, _ = run(capsys, "import", out, "--db", dbs["area"], "--yes")
    assert code == 0 and "Imported" in text
    code, text, _ = run(capsys, "import", out, "--db", dbs["area"], "--yes")
    assert code == 0 and "Nothing changed" in text
    code, text, _ = run(capsys, "imports", "list", "--db", dbs["area"])
    import_id = text.split("\t")[0]
    assert code == 0 and "applied" in text
    code, text, _ = run(capsys, "imports", "undo", import_id, "--db", dbs["area"])
    assert code == 0 and "Undone" in text
    db = Database.open(dbs["area"])
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("select count(*) from entry").scalar() == 0
    finally:
        db.close()


def test_encrypted_export_and_folder_report(dbs, tmp_path, capsys):
    key_file = str(tmp_path / "kv1.json")
    code, text, _ = run(capsys, "keys", "export-public", "--db", dbs["area"], "--out", key_file)
    assert code == 0 and "fingerprint" in text
    folder = tmp_path / "in"
    folder.mkdir()
    code, text, _ = run(capsys, "export", "--db", dbs["commune"], "--to", AREA_CODE, "--out",
                        str(folder / "a.dvkx"), "--encrypt-for", key_file)
    assert code == 0 and "signed and encrypted" in text
    (folder / "b.dvkx").write_bytes(b"PK\x03\x04broken")
    code, text, err = run(capsys, "import", str(folder), "--db", dbs["area"], "--yes",
                          "--trust-new-key")
    assert code == 2 and "1/2 files succeeded" in text
    assert "Protection: signed and encrypted" in text and "b.dvkx" in err


def test_bad_input_gives_a_message_not_a_traceback(dbs, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--db", dbs["commune"], "--to", "NOPE", "--out",
                       str(tmp_path / "x.dvkx"))
    assert code == 2 and "must be a unit above" in err and "Traceback" not in err
    code, _, err = run(capsys, "import", str(tmp_path / "none"), "--db", dbs["area"])
    assert code == 2


def test_sheets_export_and_import(dbs, tmp_path, capsys):
    out = tmp_path / "list.xlsx"
    code, text, _ = run(capsys, "export-sheet", "--db", dbs["commune"], "--out", str(out))
    assert code == 0 and "Wrote 2 rows" in text  # the deleted entry stays out
    sheet = tmp_path / "in.csv"
    sheet.write_text("Danh sách\nTên mô hình;Đơn vị;Lĩnh vực;Năm\n"
                     f"Mô hình đường hoa;{dbs['code']};Kinh tế;2024\n"
                     f"Mô hình lạ;{dbs['code']};Thể thao;2024\n", encoding="utf-8-sig")
    code, text, err = run(capsys, "import-sheet", str(sheet), "--db", dbs["commune"])
    assert code == 2 and "Row 4, field" in text and "Nothing was imported" in err
    sheet.write_text(sheet.read_text(encoding="utf-8-sig").replace("Thể thao", "Kinh tế"),
                     encoding="utf-8-sig")
    code, text, _ = run(capsys, "import-sheet", str(sheet), "--db", dbs["commune"],
                        "--header-row", "2", "--map", "B=unit", "--dry-run")
    assert code == 0 and "2 rows to import, 0 rows with errors" in text
    code, text, _ = run(capsys, "import-sheet", str(sheet), "--db", dbs["commune"])
    assert code == 0 and "Imported 2 entries" in text
    code, text, _ = run(capsys, "import-sheet", str(sheet), "--db", dbs["commune"])
    assert code == 0 and "0 rows to import" in text and "Duplicate" in text
