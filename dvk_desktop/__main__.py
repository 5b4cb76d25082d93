"""Entry point: no command opens the window; a command runs headless work."""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_OPTIONS = {"--db", "--lang"}
GUI_FLAGS = {"--smoke-test"}


def _wants_window(argv: Sequence[str]) -> bool:
    """True when the arguments hold only window options (``--db PATH``, ``--lang L``)."""
    index = 0
    while index < len(argv):
        option = argv[index].split("=", 1)[0]
        if option in GUI_FLAGS:
            index += 1
            continue
        if option not in GUI_OPTIONS:
            return False
        index += 1 if "=" in argv[index] else 2
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    from dvk_desktop.logs import setup_logging

    setup_logging()
    if _wants_window(args):
        from dvk_desktop.ui.app import run_window

        return run_window(args)
    from dvk_desktop.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
