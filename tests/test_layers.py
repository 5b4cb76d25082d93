"""Architecture: dependencies point one way and Qt stays inside dvk_desktop/ui/."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "dvk_desktop"
HEADLESS_LAYERS = ("domain", "db", "services", "printing", "exchange", "cli")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _modules_outside_ui() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]


def test_only_the_ui_package_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules_outside_ui()
        if any(name == "PySide6" or name.startswith("PySide6.") for name in _imports(path))
    ]
    assert offenders == []


def test_headless_layers_never_import_the_ui():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules_outside_ui()
        if path.relative_to(PACKAGE).parts[0] in HEADLESS_LAYERS
        and any(name.startswith("dvk_desktop.ui") for name in _imports(path))
    ]
    assert offenders == []


def test_domain_depends_on_nothing_but_itself():
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in _imports(path):
            if name.startswith("dvk_desktop.") and not name.startswith("dvk_desktop.domain"):
                offenders.append(f"{path.name}: {name}")
            if name.startswith("sqlalchemy"):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_printing_and_exchange_never_open_a_session():
    offenders = []
    for layer in ("printing", "exchange"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(("dvk_desktop.db", "dvk_desktop.services", "sqlalchemy")):
                    offenders.append(f"{layer}/{path.name}: {name}")
    assert offenders == []
