"""The window (PySide6): the only layer that imports Qt.

The storage and service layers are imported here, before any Qt module: once PySide6 is
loaded its import hook reads the source of every module imported after it (to look for
``from __feature__ import``), which made the window's start about 0.2 s slower.
"""

from dvk_desktop.db import database as _database  # noqa: F401
from dvk_desktop.services import entries as _entries  # noqa: F401
from dvk_desktop.services import office as _office  # noqa: F401
