"""The screenshots command grabs every page of the real window into PNG files."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QImage

from dvk_desktop.ui import screenshots
from dvk_desktop.ui.main_window import PAGES

pytestmark = pytest.mark.gui


def test_every_page_is_grabbed_to_a_png(tmp_path, data_dir):
    out = tmp_path / "shots"
    shots = screenshots.take_screenshots(out, entries=40, seed=3)
    names = {path.name for path in shots}
    assert {f"{spec.key}.png" for spec in PAGES} <= names
    assert {"entries-search.png"} <= names
    image = QImage(str(out / "entries.png"))
    assert (image.width(), image.height()) == screenshots.WINDOW_SIZE
    assert os.environ["DVK_DATA_DIR"] == str(data_dir)  # the user's settings were not touched
    assert not (data_dir / "window.ini").exists()


def test_the_command_line_names_the_output_folder():
    options = screenshots.parse_args(["docs/screenshots", "--entries", "10"])
    assert (options.out, options.entries, options.seed) == ("docs/screenshots", 10, 1)
