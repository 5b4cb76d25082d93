"""Headless commands: ``dvk-desktop COMMAND ...``; every command takes ``--db PATH``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence

from dvk_desktop import __version__
from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DomainError, readable_error

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, "CommandContext"], int]


class CommandContext:
    """What a command needs: the chosen database (opened on first use) and output language."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.db_path = getattr(args, "db", None)
        self.language = getattr(args, "lang", None) or os.environ.get("DVK_LANG", "vi")
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """The database, opened and migrated on first use."""
        if self._db is None:
            self._db = Database.open(self.db_path)
        return self._db

    def say(self, vi: str, en: str) -> str:
        """The text in the output language."""
        return en if self.language == "en" else vi

    def close(self) -> None:
        """Release the database."""
        if self._db is not None:
            self._db.close()


def common_options() -> argparse.ArgumentParser:
    """Options every sub-command accepts (also before the command name)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                        help="database file (or postgresql:// URL) instead of the default")
    parent.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS,
                        help="language of messages (default: vi)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    """The full command-line parser with every command registered."""
    from dvk_desktop.cli import (
        commands_backup,
        commands_decisions,
        commands_entries,
        commands_exchange,
        commands_printing,
        commands_reports,
        commands_setup,
        commands_sheets,
    )

    common = common_options()
    parser = argparse.ArgumentParser(
        prog="dvk-desktop", parents=[common],
        description="DVK Desktop — sổ theo dõi mô hình, điển hình “Dân vận khéo”. "
                    "Không có lệnh: mở cửa sổ chương trình.",
    )
    parser.add_argument("--version", action="version", version=f"DVK Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (commands_setup, commands_entries, commands_decisions, commands_backup,
                   commands_reports, commands_printing, commands_exchange,
                   commands_sheets):
        module.register(sub, common)
    return parser


def run(argv: Sequence[str]) -> int:
    """Parse and run one command; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    context = CommandContext(args)
    try:
        return handler(args, context)
    except DomainError as exc:
        print(context.say("Lỗi: ", "Error: ") + exc.message(context.language), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader (e.g. ``| head``) went away: not an error of ours.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(context.say("Đã dừng.", "Stopped."), file=sys.stderr)
        return 130
    except Exception as exc:  # a command must never end in a traceback
        if isinstance(readable := readable_error(exc), DomainError):  # e.g. a full disk
            print(context.say("Lỗi: ", "Error: ") + readable.message(context.language),
                  file=sys.stderr)
            return 2
        log.exception("command failed")
        print(context.say("Lỗi không mong đợi: ", "Unexpected error: ") + str(exc),
              file=sys.stderr)
        return 1
    finally:
        context.close()
