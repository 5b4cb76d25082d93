"""Every user-visible string of the window has a finished Vietnamese translation."""

from __future__ import annotations

from pathlib import Path

from dvk_desktop.tools import translations

UNFINISHED_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message><source>Done</source><translation>Xong</translation></message>
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">Cũ</translation></message>
</context>
</TS>
"""


def extracted_messages(tmp_path: Path) -> set[translations.Message]:
    """Run lupdate over every interface source into a scratch file."""
    scratch = tmp_path / "all_vi.ts"
    translations.run_lupdate(translations.expand(translations.ALL_UI_SOURCES), scratch)
    return set(translations.messages(scratch))


def test_every_interface_string_has_a_vietnamese_translation(tmp_path):
    found = extracted_messages(tmp_path)
    assert translations.Message("EntriesPage", "Entries") in found  # the scan really ran
    missing = translations.missing(found)
    listing = "\n".join(f"[{m.context}] {m.source!r}" for m in missing)
    assert not missing, (
        "Strings without a Vietnamese translation. Make sure their source file belongs to an "
        "area in AREAS (dvk_desktop/tools/translations.py), run `python -m "
        "dvk_desktop.tools.translations update`, then translate the area's "
        "resources/translations/<area>_vi.ts:\n" + listing)


def test_unfinished_and_vanished_messages_are_told_apart(tmp_path):
    ts_file = tmp_path / "demo_vi.ts"
    ts_file.write_text(UNFINISHED_TS, encoding="utf-8")
    found = translations.messages(ts_file)
    assert found == {translations.Message("Demo", "Done"): "Xong",
                     translations.Message("Demo", "Open"): None}
    wanted = {translations.Message("Demo", "Done"), translations.Message("Demo", "Open")}
    assert translations.missing(wanted, tmp_path) == [translations.Message("Demo", "Open")]


def test_every_area_has_its_own_committed_ts_file():
    for area, globs in translations.AREAS.items():
        assert translations.ts_path(area).exists(), area
        assert translations.expand(globs), f"area {area} matches no source"


def test_build_compiles_each_ts_file(tmp_path, monkeypatch):
    ts_file = tmp_path / "demo_vi.ts"
    ts_file.write_text(UNFINISHED_TS, encoding="utf-8")
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    assert translations.build() == 0
    assert (tmp_path / "demo_vi.qm").stat().st_size > 0


def test_check_reports_unfinished_messages(tmp_path, monkeypatch, capsys):
    (tmp_path / "demo_vi.ts").write_text(UNFINISHED_TS, encoding="utf-8")
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path)
    assert translations.check() == 1
    assert "'Open'" in capsys.readouterr().out
    assert translations.main(["nonsense"]) == 2
