"""The entry form's lifecycle sections: evidence (thumbnails) and recognition/status moves.

The entry form creates ``EntryLifecycleSections(self)`` after ``setupUi``; the sections put
themselves above the status history, follow the form's ``load``/``start_new`` through
``set_entry``, and after a status move reload the entry so its version and history stay
current (edits typed but not yet saved are kept).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from dvk_desktop.services import entries
from dvk_desktop.ui.widgets.evidence_panel import EvidencePanel
from dvk_desktop.ui.widgets.lifecycle_panel import LifecyclePanel

# Fields the lifecycle panel changes in the database, taken over into a form with edits.
LIFECYCLE_FIELDS = ("status", "status_reason", "replication_count", "replication_places")


class EntryLifecycleSections(QObject):
    """Evidence and lifecycle group boxes inside an entry form dialog."""

    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        ctx = dialog.ctx
        self.evidence_group = QGroupBox(dialog.form.scroll_contents,
                                        objectName="evidence_group")
        self.evidence = EvidencePanel(ctx, self.evidence_group)
        self.lifecycle_group = QGroupBox(dialog.form.scroll_contents,
                                         objectName="lifecycle_group")
        self.lifecycle = LifecyclePanel(ctx, self.lifecycle_group)
        for group, panel in ((self.evidence_group, self.evidence),
                             (self.lifecycle_group, self.lifecycle)):
            QVBoxLayout(group).addWidget(panel)
        layout = dialog.form.contents_layout
        position = layout.indexOf(dialog.form.history_group)
        layout.insertWidget(position if position >= 0 else layout.count(), self.lifecycle_group)
        layout.insertWidget(layout.indexOf(self.lifecycle_group), self.evidence_group)
        self.lifecycle.changed.connect(self._entry_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Group titles and panel texts in the current language."""
        self.evidence_group.setTitle(self.tr("Evidence: photos and documents"))
        self.lifecycle_group.setTitle(self.tr("Recognition, replication and status"))
        self.evidence.retranslate_ui()
        self.lifecycle.retranslate_ui()

    def set_entry(self, entry_id: str | None) -> None:
        """Show the sections of a saved entry (None for a new, unsaved one)."""
        self.evidence.set_owner(entry_id=entry_id)
        self.lifecycle.set_entry(entry_id)

    def _entry_changed(self) -> None:
        dialog = self.dialog
        entry_id = self.lifecycle.entry_id
        if entry_id is None:
            return
        fresh = entries.get_entry(dialog.ctx.db, entry_id, dialog.ctx.language)
        typed = dialog.current_data() if dialog.is_dirty() else None
        dialog.load(fresh)
        if typed is not None:
            kept = replace(typed, **{name: getattr(fresh.data, name) for name in LIFECYCLE_FIELDS})
            dialog.binding.write(kept)
            dialog.refresh_state()
