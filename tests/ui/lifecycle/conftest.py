"""Fixtures for the lifecycle pages and dialogs: an office with entries to inspect and award."""

from __future__ import annotations

from datetime import date

import pytest

from dvk_desktop.domain.lifecycle_records import DecisionData
from dvk_desktop.domain.records import EntryData
from dvk_desktop.services import decisions, entries, office
from dvk_desktop.ui.context import AppContext


@pytest.fixture
def lc_ctx(office_db):
    """The Nghệ An office with a Vietnamese interface."""
    return AppContext(office_db, office.get_office(office_db), "vi")


def make_entry(ctx: AppContext, title: str = "Mô hình đường làng sáng đẹp", **values) -> str:
    """Store one entry of this office's unit; returns its id."""
    data = EntryData(title=title, field_code=values.pop("field_code", "economy"),
                     owner_unit_id=values.pop("owner_unit_id", ctx.office.unit_id),
                     year=values.pop("year", 2024), **values)
    return entries.create_entry(ctx.db, data, ctx.actor).id


def make_decision(ctx: AppContext, number: str = "123/QĐ-UBND", kind: str = "state"):
    """Store one decision dated 20/12/2024."""
    return decisions.create_decision(
        ctx.db, DecisionData(number, date(2024, 12, 20), kind, issuing_body="UBND tỉnh Nghệ An"),
        ctx.actor)
