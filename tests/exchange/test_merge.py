"""Merge planning from plain dictionaries."""

from __future__ import annotations

from dvk_desktop.exchange import merge
from dvk_desktop.exchange.merge import SeenState


def rec(version: int, title: str = "Mô hình A", updated_at: str = "2025-01-01T00:00:00"):
    return {"id": "e1", "version": version, "title": title, "updated_at": updated_at,
            "updated_by": "x"}


def test_unknown_record_is_new():
    assert merge.classify("entries", rec(1), None, None).action == merge.NEW


def test_same_content_is_unchanged_even_with_other_bookkeeping():
    mine = dict(rec(1), updated_by="someone else", updated_at="2024-01-01T00:00:00")
    assert merge.classify("entries", rec(1), mine, None).action == merge.UNCHANGED


def test_newer_version_updates_a_record_not_changed_here():
    seen = SeenState(2, "2025-01-01T00:00:00", 2)
    item = merge.classify("entries", rec(3, "Mô hình B"), rec(2), seen)
    assert item.action == merge.UPDATED and item.changed == ["title"]


def test_older_or_same_version_changes_nothing():
    seen = SeenState(5, "2025-01-01T00:00:00", 5)
    assert merge.classify("entries", rec(4, "cũ"), rec(5), seen).action == merge.UNCHANGED
    assert merge.already_seen(rec(5, "khác"), seen)
    assert not merge.already_seen(rec(5, "x", "2025-02-01T00:00:00"), seen)


def test_changed_on_both_sides_is_a_conflict():
    seen = SeenState(2, "2025-01-01T00:00:00", 2)
    mine = rec(3, "Sửa ở đây")
    item = merge.classify("entries", rec(3, "Sửa ở dưới", "2025-03-01T00:00:00"), mine, seen)
    assert item.action == merge.CONFLICT
    assert item.mine == mine and item.changed == ["title"]
    assert "both sides" in item.reason_en and "cả hai" in item.reason_vi


def test_never_exchanged_copy_edited_here_is_a_conflict_but_untouched_unit_updates():
    assert merge.classify("entries", rec(2, "B"), rec(2, "A"), None).action == merge.CONFLICT
    unit_mine = {"code": "X", "version": 1, "name": "Xã cũ"}
    unit_theirs = {"code": "X", "version": 2, "name": "Xã mới"}
    assert merge.classify("units", unit_theirs, unit_mine, None).action == merge.UPDATED


def test_reference_data_is_never_overwritten():
    mine = {"code": "economy", "name_vi": "Kinh tế"}
    theirs = {"code": "economy", "name_vi": "Kinh tế (sửa)"}
    assert merge.classify("fields", theirs, mine, None).action == merge.UNCHANGED


def test_ignored_fields_do_not_count():
    mine = {"code": "X", "version": 1, "parent_code": "A"}
    theirs = {"code": "X", "version": 1, "parent_code": "B"}
    assert merge.classify("units", theirs, mine, None, ignore=["parent_code"]).action == "unchanged"


def test_counts_and_labels():
    items = [merge.classify("entries", rec(1), None, None),
             merge.reject("entries", rec(1, "Ngoài phạm vi"), "ngoài", "outside")]
    assert merge.count_actions(items) == {"new": 1, "updated": 0, "unchanged": 0,
                                          "conflict": 0, "rejected": 1}
    assert items[1].label == "Ngoài phạm vi" and items[1].reason_en == "outside"
