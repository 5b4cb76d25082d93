"""The status history of an entry, as rows of the entry form's history list."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from dvk_desktop.domain.enums import Status


def status_label(value: str | None, language: str) -> str:
    """A status in words, or a dash for the start of the history."""
    if not value:
        return "—"
    try:
        return Status(value).label(language)
    except ValueError:
        return value


def local_time_text(moment: datetime | None) -> str:
    """A stored UTC moment as local "dd/mm/yyyy hh:mm"."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def fill_history(tree: QTreeWidget, changes, language: str) -> None:
    """Show each status move (oldest first): when, from, to, by whom, why."""
    tree.clear()
    for change in changes:
        QTreeWidgetItem(tree, [
            local_time_text(change.changed_at),
            status_label(change.from_status, language),
            status_label(change.to_status, language),
            change.updated_by or "",
            (change.reason or "").replace("\n", " "),
        ])
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
