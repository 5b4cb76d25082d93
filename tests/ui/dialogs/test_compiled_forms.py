"""Every Designer form has a compiled class, regenerated whenever its ``.ui`` changes."""

from __future__ import annotations

import pytest

from dvk_desktop.ui.forms import build

FORMS = build.ui_files()


def test_the_entry_form_is_a_designer_file():
    assert build.FORMS_DIR / "entry_form.ui" in FORMS


@pytest.mark.parametrize("ui_file", FORMS, ids=[f.name for f in FORMS])
def test_compiled_form_matches_its_ui_file(ui_file):
    target = build.output_path(ui_file)
    assert target.exists(), f"run `python -m dvk_desktop.ui.forms.build` to compile {ui_file.name}"
    current = build.normalised(target.read_text(encoding="utf-8"))
    assert current == build.compile_text(ui_file), (
        f"{target.name} is stale: run `python -m dvk_desktop.ui.forms.build`")


def test_version_line_is_ignored():
    source = "a\n## Created by: Qt User Interface Compiler version 6.12.0\nb\n"
    assert build.normalised(source) == "a\nb\n"
