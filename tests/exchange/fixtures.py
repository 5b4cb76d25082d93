"""Fixtures of the three offices (commune, area, province) that exchange tests send between."""

from __future__ import annotations

import pytest

from tests.exchange.support import build_templates, open_copies, populate


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """The three offices, built once per module."""
    folder = tmp_path_factory.mktemp("offices")
    return folder, build_templates(folder)


@pytest.fixture
def offices(templates, tmp_path):
    """Fresh copies of the offices; the commune has records of every kind, nothing sent yet."""
    built = open_copies(*templates, tmp_path)
    populate(built.commune, built.commune_code)
    yield built
    for db in (built.commune, built.area, built.province):
        db.close()
