"""Fixtures for the dialogs: a set-up office and the window's context."""

from __future__ import annotations

import pytest

from dvk_desktop.services import office
from dvk_desktop.ui.context import AppContext


@pytest.fixture
def ctx(office_db):
    """The context a dialog receives: the Nghệ An office, Vietnamese interface."""
    return AppContext(office_db, office.get_office(office_db), "vi")


@pytest.fixture
def ctx_en(office_db):
    """The same office with the English interface."""
    return AppContext(office_db, office.get_office(office_db), "en")
