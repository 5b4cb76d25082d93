"""Work that runs on a worker thread while the window stays responsive.

A page starts a ``Job`` on its own ``QThreadPool``; the job touches no widget and hands its
outcome (or its error, or its progress) back through ``JobSignals``, which Qt delivers on
the page's (GUI) thread. Each job carries the number its page gave it, so a page can drop
the outcome of a job it no longer waits for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal


class JobSignals(QObject):
    """Carries a worker's outcome to the GUI thread (queued to the owner's thread)."""

    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, object)


class Job(QRunnable):
    """One piece of work on a thread pool: ``work()``'s result or error comes by signal."""

    def __init__(self, number: int, work: Callable[[], Any], signals: JobSignals) -> None:
        super().__init__()
        self.number, self.work, self.signals = number, work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
            self.signals.failed.emit(self.number, exc)
        else:
            self.signals.done.emit(self.number, result)
