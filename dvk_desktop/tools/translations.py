"""Translations of the window: extract (update), compile (build) and verify (check).

``python -m dvk_desktop.tools.translations update|build|check``

Each *area* of the interface has its own ``resources/translations/<area>_vi.ts`` so that people
working on different pages never edit the same XML file. ``update`` runs Qt's lupdate over the
area's sources; ``build`` compiles every ``.ts`` into a ``.qm`` beside it (the program loads all
``*_vi.qm``); ``check`` lists every message without a finished Vietnamese translation. The Qt
tools are the ``pyside6-lupdate``/``pyside6-lrelease`` programs installed next to the running
Python, so this module needs no Qt import.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGE = "vi"

# Area name -> source globs relative to the project root (add your area with one line).
AREAS: dict[str, list[str]] = {
    "core": ["dvk_desktop/ui/app.py", "dvk_desktop/ui/main_window.py", "dvk_desktop/ui/errors.py",
             "dvk_desktop/ui/pages/entries_page.py", "dvk_desktop/ui/models/entries_model.py",
             "dvk_desktop/ui/widgets/filter_bar.py", "dvk_desktop/ui/widgets/column_chooser.py",
             "dvk_desktop/ui/widgets/error_dialog.py"],
    "forms": ["forms/entry_form.ui", "forms/unit_dialog.ui", "forms/retire_dialog.ui", "forms/catalogue_picker.ui", "forms/units_page.ui", "dvk_desktop/ui/dialogs/entry_form*.py", "dvk_desktop/ui/dialogs/setup_wizard*.py", "dvk_desktop/ui/dialogs/unit_dialog.py", "dvk_desktop/ui/dialogs/retire_dialog.py", "dvk_desktop/ui/dialogs/catalogue_picker.py", "dvk_desktop/ui/pages/units_page.py", "dvk_desktop/ui/models/unit_tree_model.py", "dvk_desktop/ui/widgets/unit_picker.py"],
    "reports": ["dvk_desktop/ui/pages/reports_page.py", "dvk_desktop/ui/widgets/bar_chart.py"],
    "lifecycle": ["dvk_desktop/ui/pages/inspections_page.py", "dvk_desktop/ui/pages/decisions_page.py", "dvk_desktop/ui/pages/targets_page.py", "dvk_desktop/ui/pages/settings_page.py", "dvk_desktop/ui/pages/entry_actions.py", "dvk_desktop/ui/dialogs/inspection_form.py", "dvk_desktop/ui/dialogs/decision_form.py", "dvk_desktop/ui/dialogs/award_form.py", "dvk_desktop/ui/dialogs/entry_chooser.py", "dvk_desktop/ui/dialogs/add_to_decision.py", "dvk_desktop/ui/widgets/rubric_editor.py", "dvk_desktop/ui/widgets/evidence_panel.py", "dvk_desktop/ui/widgets/lifecycle_panel.py", "dvk_desktop/ui/widgets/entry_lifecycle.py", "dvk_desktop/ui/models/rows_model.py", "forms/inspection_form.ui", "forms/decision_form.ui", "forms/award_form.ui"],
}

AREAS["database"] = ["dvk_desktop/ui/widgets/database_settings.py"]
AREAS["exchange"] = ["dvk_desktop/ui/pages/exchange_page.py",
                     "dvk_desktop/ui/dialogs/conflict_dialog.py"]
AREAS["sheets"] = ["dvk_desktop/ui/widgets/sheet_box.py", "dvk_desktop/ui/dialogs/sheet_import.py"]
AREAS["printing"] = ["dvk_desktop/ui/dialogs/pdf_preview.py", "dvk_desktop/ui/widgets/print_jobs.py",
                     "dvk_desktop/ui/widgets/print_settings.py"]
AREAS["safety"] = ["dvk_desktop/ui/widgets/backup_settings.py",
                   "dvk_desktop/ui/dialogs/damaged_database.py"]

# Every source of user-visible strings, whatever its area (what the completeness test scans).
ALL_UI_SOURCES = ["dvk_desktop/ui/**/*.py", "forms/*.ui"]


@dataclass(frozen=True)
class Message:
    """One translatable string: its context (class) and English source text."""

    context: str
    source: str


def qt_tool(name: str) -> str:
    """Path of a PySide6 tool (``pyside6-lupdate``…) beside the running interpreter."""
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def ts_path(area: str) -> Path:
    """The translation source file of ``area``."""
    return TRANSLATIONS_DIR / f"{area}_{LANGUAGE}.ts"


def expand(globs: list[str], root: Path = ROOT) -> list[Path]:
    """Files matching ``globs`` under ``root``, sorted, without duplicates."""
    found = {path for pattern in globs for path in root.glob(pattern) if path.is_file()}
    return sorted(found)


def run_lupdate(sources: list[Path], target: Path) -> None:
    """Extract the messages of ``sources`` into ``target`` (merging with what it holds)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
               "-source-language", "en", "-target-language", LANGUAGE,
               *map(str, sources), "-ts", str(target)]
    subprocess.run(command, check=True, capture_output=True)


def update() -> int:
    """Refresh every area's ``.ts`` from its sources."""
    for area, globs in AREAS.items():
        run_lupdate(expand(globs), ts_path(area))
        print(f"updated {ts_path(area).relative_to(ROOT)}")
    return 0


def build() -> int:
    """Compile every ``.ts`` into a ``.qm`` next to it."""
    for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        # A running program maps its .qm files into memory: rewriting one in place would
        # crash it (SIGBUS), so compile beside it and swap the new file in atomically.
        scratch = qm_file.with_name(f".{qm_file.name}.{os.getpid()}.tmp")
        try:
            subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(scratch)],
                           check=True, capture_output=True)
            os.replace(scratch, qm_file)
        finally:
            scratch.unlink(missing_ok=True)
        print(f"built {qm_file.relative_to(ROOT)}")
    return 0


def messages(ts_file: Path) -> dict[Message, str | None]:
    """Messages of a ``.ts`` file with their finished translation (None when unfinished)."""
    result: dict[Message, str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (translation.text or "") if translation is not None else ""
            finished = text.strip() and kind != "unfinished"
            result[Message(name, message.findtext("source", ""))] = text if finished else None
    return result


def translated(folder: Path = TRANSLATIONS_DIR) -> set[Message]:
    """Messages with a finished translation in any ``.ts`` file of ``folder``."""
    done: set[Message] = set()
    for ts_file in sorted(folder.glob(f"*_{LANGUAGE}.ts")):
        done.update(m for m, text in messages(ts_file).items() if text is not None)
    return done


def missing(extracted: set[Message], folder: Path = TRANSLATIONS_DIR) -> list[Message]:
    """Messages of ``extracted`` that no ``.ts`` file of ``folder`` translates."""
    done = translated(folder)
    return sorted((m for m in extracted if m not in done), key=lambda m: (m.context, m.source))


def check() -> int:
    """Report each message without a finished Vietnamese translation; 1 when any."""
    problems = 0
    for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        for message, text in messages(ts_file).items():
            if text is None:
                problems += 1
                print(f"{ts_file.name}: [{message.context}] {message.source!r}")
    print("all messages translated" if not problems else f"{problems} untranslated messages")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Command line: ``update``, ``build`` or ``check``."""
    args = sys.argv[1:] if argv is None else argv
    commands = {"update": update, "build": build, "check": check}
    if len(args) != 1 or args[0] not in commands:
        print("usage: python -m dvk_desktop.tools.translations update|build|check",
              file=sys.stderr)
        return 2
    return commands[args[0]]()


if __name__ == "__main__":
    sys.exit(main())
