"""Inspections, Decisions & awards and Targets pages driven through their widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QInputDialog

from dvk_desktop.domain.lifecycle_records import AwardData, DelegationMember, InspectionData
from dvk_desktop.domain.validation import current_year
from dvk_desktop.services import decisions, inspections, rubrics, targets
from dvk_desktop.ui.pages.decisions_page import DecisionsPage
from dvk_desktop.ui.pages.inspections_page import InspectionsPage
from dvk_desktop.ui.pages.targets_page import TargetsPage
from tests.ui.lifecycle.conftest import make_decision, make_entry

pytestmark = pytest.mark.gui


def inspect(ctx, entry_id: str, fraction: float, on: date) -> None:
    rubric = rubrics.active_rubric(ctx.db, "model")
    scores = [c.max_points * fraction for c in rubric.spec.criteria]
    inspections.create_inspection(ctx.db, InspectionData(
        entry_id, rubric.id, on, delegation=[DelegationMember("Lê Văn Tâm")], scores=scores),
        ctx.actor)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_inspections_page_filters_by_year_and_classification(qtbot, qtmodeltester, lc_ctx):
    inspect(lc_ctx, make_entry(lc_ctx, title="Mô hình A"), 0.9, date(2024, 5, 2))
    inspect(lc_ctx, make_entry(lc_ctx, title="Mô hình B"), 0.3, date(2025, 3, 1))
    page = InspectionsPage(lc_ctx)
    qtbot.addWidget(page)
    assert page.year_combo.currentData() == current_year()  # this year's first
    assert page.model.rowCount() == 0
    choose(page.year_combo, None)
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)
    choose(page.year_combo, 2024)
    assert [r.entry_title for r in page.model.records] == ["Mô hình A"]
    choose(page.year_combo, None)
    choose(page.class_combo, "failed")
    assert [r.entry_title for r in page.model.records] == ["Mô hình B"]
    assert page.model.index(0, 6).data() == "Lê Văn Tâm"
    assert page.title() == "Kiểm tra, đánh giá"


def test_inspections_page_trash_and_restore(qtbot, lc_ctx):
    inspect(lc_ctx, make_entry(lc_ctx), 0.9, date(2024, 5, 2))
    page = InspectionsPage(lc_ctx)
    qtbot.addWidget(page)
    choose(page.year_combo, None)
    page.table.selectRow(0)
    page.delete_action.trigger()
    assert page.model.rowCount() == 0
    page.trash_action.trigger()
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    page.delete_action.trigger()  # in the trash it restores
    page.trash_action.trigger()
    assert page.model.rowCount() == 1


def test_decisions_page_shows_awards_of_the_chosen_decision(qtbot, qtmodeltester, lc_ctx):
    first = make_decision(lc_ctx)
    make_decision(lc_ctx, "05-QĐ/ĐU", "party")
    decisions.add_award(lc_ctx.db, first.id, AwardData("collective", "Hội Nông dân xã",
                                                       "giay_khen"), lc_ctx.actor)
    page = DecisionsPage(lc_ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.decision_model)
    numbers = [page.decision_model.index(r, 0).data() for r in range(2)]
    assert sorted(numbers) == ["Số 05-QĐ/ĐU", "Số: 123/QĐ-UBND"]
    page.select_decision(first.id)
    assert page.award_model.rowCount() == 1
    qtmodeltester.check(page.award_model)
    assert page.award_model.index(0, 1).data() == "Hội Nông dân xã"
    page.award_table.selectRow(0)
    page.remove_award_action.trigger()
    assert page.award_model.rowCount() == 0
    assert decisions.get_decision(lc_ctx.db, first.id).award_count == 0


def test_decisions_page_new_decision_through_its_dialog(qtbot, lc_ctx, monkeypatch):
    from dvk_desktop.ui.pages import decisions_page

    made = []

    def fake_ask(cls, ctx, record=None, parent=None):
        made.append(make_decision(ctx, "77/QĐ-UBND"))
        return made[-1]

    monkeypatch.setattr(decisions_page.DecisionFormDialog, "ask", classmethod(fake_ask))
    page = DecisionsPage(lc_ctx)
    qtbot.addWidget(page)
    page.new_action.trigger()
    assert page.current_decision().id == made[0].id


def test_targets_page_highlights_units_below_target(qtbot, qtmodeltester, lc_ctx, monkeypatch):
    targets.set_targets_below(lc_ctx.db, lc_ctx.office.unit_id, 2024, 3, lc_ctx.actor)
    page = TargetsPage(lc_ctx)
    qtbot.addWidget(page)
    page.year_spin.setValue(2024)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() > 10 and all(r.below_target for r in page.model.records)
    from PySide6.QtCore import Qt

    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, True))
    page.edit_target(0)
    assert not page.model.records[0].below_target or page.below_only.isChecked()
    page.below_only.setChecked(True)
    assert all(r.below_target for r in page.model.records)
    assert "dân tộc thiểu số" in page.totals_label.text()


def test_decisions_page_trash_and_restore(qtbot, lc_ctx):
    record = make_decision(lc_ctx)
    page = DecisionsPage(lc_ctx)
    qtbot.addWidget(page)
    page.select_decision(record.id)
    page.delete_action.trigger()
    assert page.decision_model.rowCount() == 0
    page.trash_action.trigger()
    assert page.decision_model.rowCount() == 1
    assert not page.add_award_action.isEnabled() or page.current_decision() is None
    page.select_decision(record.id)
    page.delete_action.trigger()  # in the trash it restores
    page.trash_action.trigger()
    assert [r.id for r in page.decision_model.records] == [record.id]
