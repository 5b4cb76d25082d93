"""What the statistics table is counted from: the rows of the unit tree, and the texts of
the problems found in the entries (the counting itself is SQL, in ``statistics``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.db import queries
from dvk_desktop.db.models import (
    Unit,
)
from dvk_desktop.domain.enums import Status
from dvk_desktop.domain.vntext import sort_key

OWN_ROW = "__own__"
DROPPED = Status.DROPPED.value
NOTE_NAMES = 3


@dataclass
class _UnitInfo:
    id: str
    code: str
    name: str
    parent_id: str | None
    successor_id: str | None
    valid_to: date | None
    deleted: bool


class RowTree:
    """Which row of the table each unit of the chosen subtree counts in."""

    def __init__(self, root_id: str, units: dict[str, _UnitInfo], subtree: set[str]) -> None:
        self.root_id = root_id
        self.units = units
        self.subtree = subtree
        self.row_of: dict[str, str] = {uid: self._resolve(uid) for uid in subtree}

    @classmethod
    def load(cls, session: Session, root_id: str, language: str = "vi") -> RowTree:
        """Read the whole unit tree once and resolve every unit of the subtree to a row."""
        rows = session.execute(select(Unit.id, Unit.code, Unit.name, Unit.parent_id,
                                      Unit.successor_id, Unit.valid_to, Unit.deleted_at)).all()
        units = {r[0]: _UnitInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6] is not None)
                 for r in rows}
        return cls(root_id, units, queries.subtree_unit_ids(session, root_id))

    def _resolve(self, unit_id: str) -> str:
        """Follow successors (inside the subtree) and parents up to a child of the root."""
        current: str | None = unit_id
        seen: set[str] = set()
        while current is not None and current not in seen:
            seen.add(current)
            info = self.units[current]
            if info.successor_id in self.subtree and info.successor_id not in seen:
                current = info.successor_id
                continue
            if current == self.root_id:
                return OWN_ROW
            if info.parent_id == self.root_id:
                return current
            current = info.parent_id
        return OWN_ROW  # unreachable for a consistent tree; never lose a record

    def row_heads(self) -> list[tuple[str, str, str]]:
        """(row key, unit code, unit name) of every possible row, own row first."""
        root = self.units[self.root_id]
        heads = [(OWN_ROW, root.code, f"{root.name} (trực tiếp)")]
        children = sorted({key for key in self.row_of.values() if key != OWN_ROW},
                          key=lambda key: sort_key(self.units[key].name))
        return heads + [(key, self.units[key].code, self.units[key].name) for key in children]

    def always_shown(self, key: str) -> bool:
        """Current direct children always get a row, even with nothing to count."""
        if key == OWN_ROW:
            return not any(k != OWN_ROW for k in self.row_of.values())
        info = self.units[key]
        return not info.deleted and info.valid_to is None

    def note(self, key: str, language: str = "vi") -> str:
        """Which merged units a row includes, or when the row's unit was retired."""
        merged = sorted((self.units[uid].name for uid, row in self.row_of.items()
                         if row == key and self.units[uid].successor_id in self.subtree),
                        key=sort_key)
        parts: list[str] = []
        if merged:
            shown = ", ".join(merged[:NOTE_NAMES])
            more = len(merged) - NOTE_NAMES
            if language == "en":
                parts.append(f"Includes merged {shown}" + (f" and {more} more" if more > 0 else ""))
            else:
                parts.append(f"Gồm cả số liệu của {shown}" +
                             (f" và {more} đơn vị khác" if more > 0 else "") + " (đã sáp nhập)")
        info = self.units.get(key)
        if info is not None and key != OWN_ROW and info.valid_to is not None:
            day = info.valid_to.strftime("%d/%m/%Y")
            parts.append(f"Retired on {day}" if language == "en" else f"Hết hiệu lực từ {day}")
        return "; ".join(parts)


_ODD_TEXT = {
    "field": ("error", "mục mới trong kỳ có lĩnh vực không thuộc bốn lĩnh vực chuẩn",
              "new entries whose field maps to none of the four canonical fields"),
    "scope": ("error", "mục mới trong kỳ không rõ tập thể hay cá nhân",
              "new entries that are neither collective nor individual"),
    "level": ("error", "mục mới trong kỳ có cấp không hợp lệ",
              "new entries with an unknown level"),
    "no_start": ("info", "mục mới trong kỳ không có ngày bắt đầu trong năm đăng ký, "
                 "được tính là đăng ký ngày 01/01",
                 "new entries without a start date in their year, counted as registered on "
                 "1 January"),
}
