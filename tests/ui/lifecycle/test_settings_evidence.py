"""The rubric editor in Settings, the evidence panel and “Add to decision…”."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from dvk_desktop.domain.lifecycle_records import InspectionData
from dvk_desktop.services import decisions, evidence, inspections, rubrics
from dvk_desktop.ui.dialogs import add_to_decision
from dvk_desktop.ui.pages.settings_page import SettingsPage
from dvk_desktop.ui.widgets import evidence_panel
from dvk_desktop.ui.widgets.evidence_panel import EvidencePanel
from tests.ui.lifecycle.conftest import make_decision, make_entry

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot, lc_ctx):
    page = SettingsPage(lc_ctx)
    qtbot.addWidget(page)
    yield page.tab_widgets["rubrics"]  # the page stays referenced while the test runs


def _select(editor, kind: str) -> None:
    row = next(i for i, r in enumerate(editor.items) if r.spec.kind == kind)
    editor.rubric_list.setCurrentRow(row)


def test_editing_an_unused_rubric_saves_in_place(editor, lc_ctx):
    _select(editor, "collective")
    assert "100" in editor.total_label.text()
    editor.criteria_table.item(0, 1).setText("25")
    assert "110" in editor.total_label.text()
    editor.buttons["save"].click()
    info = rubrics.active_rubric(lc_ctx.db, "collective")
    assert info.rubric_version == 1 and info.spec.criteria[0].max_points == 25


def test_editing_a_used_rubric_creates_a_new_version(editor, lc_ctx):
    model = rubrics.active_rubric(lc_ctx.db, "model")
    inspections.create_inspection(lc_ctx.db, InspectionData(
        make_entry(lc_ctx), model.id, date(2024, 4, 1),
        scores=[c.max_points for c in model.spec.criteria]), lc_ctx.actor)
    _select(editor, "model")
    editor.add_criterion("Có ứng dụng chuyển đổi số", 5)
    editor.buttons["save"].click()
    assert "2" in editor.message_label.text()
    assert rubrics.active_rubric(lc_ctx.db, "model").rubric_version == 2
    assert len(rubrics.get_rubric(lc_ctx.db, model.id).spec.criteria) == 7


def test_invalid_rubric_is_explained(editor, lc_ctx):
    editor.new_rubric()
    editor.buttons["save"].click()
    assert editor.message_label.text()
    assert len(rubrics.list_rubrics(lc_ctx.db)) == 3


def test_evidence_panel_attaches_opens_removes_and_restores(qtbot, lc_ctx, tmp_path,
                                                            monkeypatch):
    photo = tmp_path / "hop-dan.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(photo))
    entry_id = make_entry(lc_ctx)
    panel = EvidencePanel(lc_ctx)
    qtbot.addWidget(panel)
    assert not panel.buttons["add"].isEnabled()  # nothing to attach to yet
    panel.set_owner(entry_id=entry_id)
    monkeypatch.setattr(evidence_panel, "choose_files", lambda *a: [str(photo)])
    panel.buttons["add"].click()
    assert panel.file_list.count() == 1
    assert not panel.file_list.item(0).icon().isNull()
    opened = []
    monkeypatch.setattr(evidence_panel, "open_file", opened.append)
    panel.file_list.item(0).setSelected(True)
    panel.buttons["open"].click()
    assert opened and opened[0].read_bytes() == photo.read_bytes()
    panel.buttons["remove"].click()
    assert panel.file_list.count() == 0
    panel.removed_check.setChecked(True)
    panel.file_list.item(0).setSelected(True)
    panel.buttons["remove"].click()  # shows "Restore" in this view
    assert evidence.list_attachments(lc_ctx.db, entry_id=entry_id)


def test_add_to_decision_adds_the_selected_entries(qtbot, lc_ctx, monkeypatch):
    first, second = make_entry(lc_ctx, title="Một"), make_entry(lc_ctx, title="Hai")
    decision = make_decision(lc_ctx)
    monkeypatch.setattr(add_to_decision.AddToDecisionDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    result = add_to_decision.add_selected_to_decision(lc_ctx, [first, second])
    assert result.added == [first, second]
    assert decisions.get_decision(lc_ctx.db, decision.id).award_count == 2
    assert told and "2" in told[0]


class FakeEntriesPage(QWidget):
    """What the lifecycle actions need from the Entries page."""

    def __init__(self, ctx, ids):
        super().__init__()
        self.ctx, self.ids, self.refreshed = ctx, ids, 0
        self.model = self

    def entry_id(self, row):
        return self.ids[row]

    def selected_rows(self):
        return list(range(len(self.ids)))

    def refresh(self):
        self.refreshed += 1


def test_entry_actions_add_selected_rows_to_a_decision(qtbot, lc_ctx, monkeypatch):
    from dvk_desktop.ui.pages.entry_actions import lifecycle_actions

    ids = [make_entry(lc_ctx, title="Ba"), make_entry(lc_ctx, title="Bốn")]
    decision = make_decision(lc_ctx)
    page = FakeEntriesPage(lc_ctx, ids)
    qtbot.addWidget(page)
    inspect, add = lifecycle_actions(page)
    assert add.text() == "Thêm vào quyết định…" and inspect.text() == "Kiểm tra…"
    monkeypatch.setattr(add_to_decision.AddToDecisionDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    add.trigger()
    assert decisions.get_decision(lc_ctx.db, decision.id).award_count == 2
    assert page.refreshed == 1
