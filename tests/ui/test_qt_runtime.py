"""The Qt binding itself: defects that would crash the program in long use."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop

pytestmark = pytest.mark.gui


def test_processing_events_keeps_its_references(qapp):
    """Progress dialogs and batches let events run thousands of times. PySide6 6.12.0 lost a
    reference to None on each call, and the interpreter aborted once None's count ran out
    (in the middle of printing or importing)."""
    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    assert sys.getrefcount(None) >= before - 50  # other threads may hold a few meanwhile
