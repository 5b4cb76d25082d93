"""Pure merge planning: compare incoming records with local ones, decide what each becomes.

No session and no database: the caller passes plain dictionaries in the package's own
representation (units referred to by code) and the exchange state of each record — the last
version seen from outside and the local version right after that import. Every record ends up
new, updated, unchanged, conflicting or rejected (with a reason in both languages); a record
changed on both sides since the last exchange is always a conflict, never overwritten.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

NEW, UPDATED, UNCHANGED, CONFLICT, REJECTED = "new", "updated", "unchanged", "conflict", "rejected"
ACTIONS = (NEW, UPDATED, UNCHANGED, CONFLICT, REJECTED)

# Bookkeeping that differs between offices without the content differing.
BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at", "updated_by"})
# Lookups and rubric versions are reference data: added when missing, never overwritten.
INSERT_ONLY = frozenset({"fields", "rubrics"})
_LABEL_KEYS = ("title", "name", "number", "recipient_name", "to_status", "file_name", "code")


class SeenState(NamedTuple):
    """What this office knows of a record from earlier imports.

    A named tuple: a re-import makes one for every record held, and a tuple is made several
    times faster than a frozen dataclass.
    """

    seen_version: int
    seen_updated_at: str
    local_version: int


@dataclass(slots=True)
class PlanItem:
    """The decision for one incoming record."""

    kind: str
    key: str
    action: str
    theirs: dict
    mine: dict | None = None
    reason_vi: str = ""
    reason_en: str = ""
    changed: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """A short human label of the record (title, name, number …)."""
        return describe(self.theirs)


def describe(record: Mapping) -> str:
    """A short human label of a record in the package representation."""
    for key in _LABEL_KEYS:
        value = record.get(key)
        if value:
            return str(value)
    return str(record.get("id", ""))


def record_key(kind: str, record: Mapping) -> str:
    """The key that matches records between offices: the code for units, else the id."""
    if kind == "units":
        return str(record.get("code", ""))
    if kind == "fields":
        return str(record.get("code", ""))
    return str(record.get("id", ""))


def changed_fields(mine: Mapping, theirs: Mapping, ignore: Iterable[str] = ()) -> list[str]:
    """Names of content fields whose values differ (bookkeeping left out)."""
    skip = BOOKKEEPING | set(ignore)
    names = (set(mine) | set(theirs)) - skip
    return sorted(n for n in names if mine.get(n) != theirs.get(n))


def _stamp(record: Mapping) -> tuple[int, str]:
    return int(record.get("version") or 0), str(record.get("updated_at") or "")


def already_seen(theirs: Mapping, seen: SeenState | None) -> bool:
    """True when this version (or a newer one) of the record was imported before."""
    return seen is not None and _stamp(theirs) <= (seen.seen_version, seen.seen_updated_at)


def classify(kind: str, theirs: dict, mine: dict | None, seen: SeenState | None,
             ignore: Iterable[str] = ()) -> PlanItem:
    """Decide what one incoming record becomes, given the local copy and its state."""
    key = record_key(kind, theirs)
    if mine is None:
        return PlanItem(kind, key, NEW, theirs)
    diff = changed_fields(mine, theirs, ignore)
    item = PlanItem(kind, key, UNCHANGED, theirs, mine, changed=diff)
    if already_seen(theirs, seen):
        item.reason_vi = "Đã có phiên bản này hoặc mới hơn."
        item.reason_en = "This version or a newer one is already here."
        return item
    if not diff or kind in INSERT_ONLY:
        return item
    if seen is not None:
        local_changed = int(mine.get("version") or 0) != seen.local_version
    else:
        # Never exchanged: only an untouched record (version 1, e.g. a catalogue unit) may
        # take the incoming content without asking.
        local_changed = int(mine.get("version") or 0) > 1
    if local_changed:
        item.action = CONFLICT
        item.reason_vi = "Bản ghi đã được sửa ở cả hai nơi kể từ lần trao đổi trước."
        item.reason_en = "The record was changed on both sides since the last exchange."
    else:
        item.action = UPDATED
    return item


def reject(kind: str, theirs: dict, vi: str, en: str) -> PlanItem:
    """A rejected record with its reason."""
    return PlanItem(kind, record_key(kind, theirs), REJECTED, theirs, reason_vi=vi, reason_en=en)


def count_actions(items: Iterable[PlanItem]) -> dict[str, int]:
    """How many items of each action (every action present, zero when none)."""
    counts = Counter(item.action for item in items)
    return {action: counts.get(action, 0) for action in ACTIONS}
