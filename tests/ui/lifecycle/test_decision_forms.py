"""The decision and award forms: number checked by issuer kind, default achievement."""

from __future__ import annotations

import pytest

from dvk_desktop.services import decisions, entries
from dvk_desktop.ui.dialogs import award_form
from dvk_desktop.ui.dialogs.award_form import AwardFormDialog
from dvk_desktop.ui.dialogs.decision_form import DecisionFormDialog
from tests.ui.lifecycle.conftest import make_decision, make_entry

pytestmark = pytest.mark.gui


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_number_is_checked_against_the_issuer_kind(qtbot, lc_ctx):
    dialog = DecisionFormDialog(lc_ctx)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert not f.save_button.isEnabled()
    f.number_edit.setText("05-QĐ/ĐU")
    assert not f.save_button.isEnabled() and "123/QĐ-UBND" in f.problem_label.text()
    choose(f.issuer_kind_combo, "party")
    assert f.save_button.isEnabled() and f.problem_label.text() == ""
    f.issuing_body_edit.setText("Ban Thường vụ Đảng ủy xã")
    f.save_button.click()
    stored = decisions.list_decisions(lc_ctx.db)
    assert [(d.data.number, d.data.issuer_kind) for d in stored] == [("05-QĐ/ĐU", "party")]
    assert dialog.record is not None and dialog.result() == dialog.DialogCode.Accepted


def test_editing_a_decision_keeps_its_values(qtbot, lc_ctx):
    record = make_decision(lc_ctx)
    dialog = DecisionFormDialog(lc_ctx, record)
    qtbot.addWidget(dialog)
    assert dialog.form.number_edit.text() == "123/QĐ-UBND"
    dialog.form.signer_name_edit.setText("Lê Văn B")
    dialog.form.save_button.click()
    assert decisions.get_decision(lc_ctx.db, record.id).data.signer_name == "Lê Văn B"


def test_award_form_defaults_the_achievement_and_saves_a_typed_recipient(qtbot, lc_ctx):
    decision = make_decision(lc_ctx)
    dialog = AwardFormDialog(lc_ctx, decision)
    qtbot.addWidget(dialog)
    f = dialog.form
    assert f.achievement_edit.toPlainText() == (
        'Đã có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2024')
    f.save_button.click()
    assert "tên" in f.problem_label.text()  # the recipient's name is required
    choose(f.scope_combo, "individual")
    f.recipient_name_edit.setText("Phạm Thị Hoa")
    choose(f.form_combo, "bang_khen")
    f.gold_book_edit.setText("17")
    f.save_button.click()
    awards = decisions.get_decision(lc_ctx.db, decision.id).awards
    assert [(a.data.recipient_name, a.data.form, a.data.gold_book_number) for a in awards] == [
        ("Phạm Thị Hoa", "bang_khen", "17")]


def test_award_from_an_entry_fills_the_recipient_and_commends_it(qtbot, lc_ctx, monkeypatch):
    entry_id = make_entry(lc_ctx, title="Gương bà Lan", entry_type="exemplar",
                          scope="individual", person_name="Nguyễn Thị Lan",
                          person_position="Chi hội trưởng", status="recognised")
    monkeypatch.setattr(award_form.EntryChooserDialog, "ask",
                        classmethod(lambda cls, ctx, parent=None: entry_id))
    dialog = AwardFormDialog(lc_ctx, make_decision(lc_ctx))
    qtbot.addWidget(dialog)
    dialog.form.choose_entry_button.click()
    assert dialog.form.recipient_name_edit.text() == "Nguyễn Thị Lan"
    assert dialog.form.position_edit.text() == "Chi hội trưởng"
    assert "Gương bà Lan" in dialog.form.entry_label.text()
    dialog.form.save_button.click()
    assert entries.get_entry(lc_ctx.db, entry_id).data.status == "commended"
