"""Python classes compiled from the Designer files in ``forms/`` (never edited by hand).

Regenerate them after changing a ``.ui`` file with ``python -m dvk_desktop.ui.forms.build``;
a test fails when a compiled file is older than its ``.ui`` source.
"""
