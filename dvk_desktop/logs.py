"""Rotating log file in the user data directory; no personal data is ever logged."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from dvk_desktop import config

LOG_FILE_NAME = "dvk-desktop.log"


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to a rotating file (1 MB × 5); safe to call more than once."""
    root = logging.getLogger()
    if any(getattr(h, "_dvk", False) for h in root.handlers):
        return
    try:
        handler = RotatingFileHandler(config.logs_dir() / LOG_FILE_NAME, maxBytes=1_000_000,
                                      backupCount=5, encoding="utf-8")
    except OSError:
        return  # a read-only data folder must not stop the program
    handler._dvk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
