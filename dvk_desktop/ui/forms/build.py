"""Compile every Designer file in ``forms/`` into ``dvk_desktop/ui/forms/<name>_ui.py``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS_DIR = ROOT / "forms"
OUTPUT_DIR = Path(__file__).resolve().parent
# The compiler's version line changes with PySide6 releases and says nothing about the form.
_VERSION_MARK = "## Created by: Qt User Interface Compiler"


def uic_command() -> list[str]:
    """The pyside6-uic program of the running interpreter's environment."""
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return [str(candidate) if candidate.exists() else "pyside6-uic"]


def output_path(ui_file: Path) -> Path:
    """Where the compiled class of ``ui_file`` lives."""
    return OUTPUT_DIR / f"{ui_file.stem}_ui.py"


def compile_text(ui_file: Path) -> str:
    """The Python source pyside6-uic makes from ``ui_file`` (without the version line)."""
    result = subprocess.run([*uic_command(), str(ui_file)], check=True, capture_output=True,
                            text=True, encoding="utf-8")
    return normalised(result.stdout)


def normalised(source: str) -> str:
    """Source with the compiler's version line removed, for comparing across releases."""
    return "".join(line for line in source.splitlines(keepends=True)
                   if not line.startswith(_VERSION_MARK))


def ui_files() -> list[Path]:
    """Every Designer file of the project."""
    return sorted(FORMS_DIR.glob("*.ui"))


def main() -> int:
    """Compile every form; print what was written."""
    for ui_file in ui_files():
        target = output_path(ui_file)
        target.write_text(compile_text(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
