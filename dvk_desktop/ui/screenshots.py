"""Regenerate the README's screenshots: the real window, Vietnamese, on demo data.

``python -m dvk_desktop.ui.screenshots docs/screenshots [--entries 2000] [--seed 1]``

A temporary data folder holds a fresh database (province 40 with its communes, then the demo
entries), so the user's own data and window settings are never touched. Each page of the main
window is grabbed to ``<page>.png``; the Entries page is also shown filtered and, when the
entry form exists, with the form open. Before its grab a page's ``refresh()`` runs (or its
``prepare_screenshot()`` when it has one, to show something more telling than the default).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

PROVINCE = "40"
OFFICER = "Nguyễn Văn An"
WINDOW_SIZE = (1366, 768)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Output folder, number of demo entries and random seed."""
    parser = argparse.ArgumentParser(prog="python -m dvk_desktop.ui.screenshots")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args(argv)


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _grab(widget, app, path: Path) -> Path:
    _settle(app)
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)
    return path


def _demo_context(folder: Path, entries: int, seed: int):
    from dvk_desktop.db.database import Database
    from dvk_desktop.services import office
    from dvk_desktop.services.demo import generate_entries
    from dvk_desktop.ui.context import AppContext

    db = Database.open(folder / "registry.sqlite3")
    info = office.init_office(db, PROVINCE, officer_name=OFFICER)
    generate_entries(db, entries, seed=seed)
    return AppContext(db, info, "vi")


def _show_for_shot(window, key: str):
    """Bring a page forward with its data loaded; a page may offer ``prepare_screenshot()``."""
    page = window.show_page(key)
    prepare = getattr(page, "prepare_screenshot", None) or getattr(page, "refresh", None)
    if prepare is not None:
        prepare()
    return window


def _shoot_entries_extras(window, app, out: Path) -> list[Path]:
    page = window.show_page("entries")
    shots = []
    page.filter_bar.search_edit.setText("dong ho khong")
    page._apply_filter()  # skip the typing pause
    page.model.wait_for_count()
    shots.append(_grab(window, app, out / "entries-search.png"))
    page.filter_bar.clear()
    try:
        from dvk_desktop.ui.dialogs.entry_form import EntryFormDialog
    except ModuleNotFoundError:
        return shots
    dialog = EntryFormDialog(window.ctx, page.model.entry_id(0), window)
    dialog.show()
    shots.append(_grab(dialog, app, out / "entry-form.png"))
    dialog.done(0)
    return shots


def take_screenshots(out: Path, entries: int = 2000, seed: int = 1) -> list[Path]:
    """Write one PNG per page (and a few views of the Entries page) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    saved_data_dir = os.environ.get("DVK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="dvk-shots-") as tmp:
        os.environ["DVK_DATA_DIR"] = tmp
        try:
            return _shoot_all(out, Path(tmp), entries, seed)
        finally:
            if saved_data_dir is None:
                os.environ.pop("DVK_DATA_DIR", None)
            else:
                os.environ["DVK_DATA_DIR"] = saved_data_dir


def _shoot_all(out: Path, folder: Path, entries: int, seed: int) -> list[Path]:
    from dvk_desktop.ui import errors
    from dvk_desktop.ui.app import create_application, install_translators
    from dvk_desktop.ui.main_window import MainWindow

    app = create_application()
    install_translators(app, "vi")
    errors.set_language("vi")
    ctx = _demo_context(folder, entries, seed)
    window = MainWindow(ctx)
    window.resize(*WINDOW_SIZE)
    window.show()
    shots = [_grab(_show_for_shot(window, spec.key), app, out / f"{spec.key}.png")
             for spec in window.specs]
    shots += _shoot_entries_extras(window, app, out)
    _dispose(window, app)
    ctx.db.close()
    return shots


def _dispose(window, app) -> None:
    """Close and delete the window now: its database is about to disappear."""
    from PySide6.QtCore import QEvent, Qt

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = parse_args(sys.argv[1:] if argv is None else argv)
    take_screenshots(Path(args.out), args.entries, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
