"""Running the program's commands inside a test."""

from __future__ import annotations

from dvk_desktop.__main__ import main


def run(capsys, *args):
    """Run the program with arguments; returns (exit code, stdout, stderr)."""
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err
