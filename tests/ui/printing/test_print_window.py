"""Printing in the window: preview, print and save, progress with cancel, settings, actions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtPrintSupport import QPrinter

from dvk_desktop.domain.lifecycle_records import AwardData, DecisionData
from dvk_desktop.printing.certificate import render_certificates
from dvk_desktop.printing.data import CertificateData
from dvk_desktop.services import decisions, office
from dvk_desktop.services.print_settings import load_print_settings
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs import pdf_preview
from dvk_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from dvk_desktop.ui.pages.decisions_page import DecisionsPage
from dvk_desktop.ui.widgets import print_jobs
from dvk_desktop.ui.widgets.print_settings import PrintSettingsTab


@pytest.fixture
def ctx(office_db):
    """The Nghệ An office with a Vietnamese interface."""
    return AppContext(office_db, office.get_office(office_db), "vi")


@pytest.fixture
def two_pages(tmp_path):
    """A two-page certificate PDF."""
    path = tmp_path / "two.pdf"
    item = CertificateData(recipient_name="Tổ hòa giải xóm 3", issuer_title="Chủ tịch")
    render_certificates([item, item], path)
    return path


def _decision_with_awards(ctx, count=3) -> str:
    decision = decisions.create_decision(ctx.db, DecisionData(
        "123/QĐ-UBND", date(2026, 2, 5), "state", issuing_body="Ủy ban nhân dân tỉnh Nghệ An",
        signer_title="Chủ tịch", signer_name="Lê Văn Ký"), ctx.actor)
    for number in range(count):
        decisions.add_award(ctx.db, decision.id, AwardData(
            "collective", f"Tổ dân vận số {number + 1}", "giay_khen", "Đã có thành tích"),
            ctx.actor)
    return decision.id


def test_preview_shows_pages_saves_and_prints(qtbot, two_pages, tmp_path, monkeypatch):
    dialog = PdfPreviewDialog(two_pages, "giay-khen.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 2 and "2" in dialog.pages_label.text()
    assert "Xem trước" in dialog.windowTitle()
    target = tmp_path / "saved"
    monkeypatch.setattr(PdfPreviewDialog, "ask_save_path", classmethod(
        lambda cls, parent, suggested: str(target)))
    saved = dialog.save_as()
    assert saved == tmp_path / "saved.pdf" and saved.read_bytes() == two_pages.read_bytes()
    printed = tmp_path / "printed.pdf"

    def fake_dialog(cls, parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(PdfPreviewDialog, "ask_printer", classmethod(fake_dialog))
    assert dialog.print_document() == 2
    assert printed.stat().st_size > 1000


def test_decisions_page_prints_certificates_into_the_preview(qtbot, ctx, monkeypatch):
    decision_id = _decision_with_awards(ctx)
    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    assert not page.print_action.isEnabled()
    page.select_decision(decision_id)
    assert page.print_action.isEnabled() and page.print_action.text() == "In giấy khen"
    shown = []
    monkeypatch.setattr(print_jobs, "show_pdf", lambda parent, path, name: shown.append(
        (path, name, path.read_bytes()[:4])))
    page.print_action.trigger()
    assert shown and shown[0][2] == b"%PDF" and "123-QĐ-UBND" in shown[0][1]


def test_cancelling_the_progress_dialog_stops_and_removes_the_file(qtbot, ctx, monkeypatch):
    decision_id = _decision_with_awards(ctx, count=4)
    widget = DecisionsPage(ctx)
    qtbot.addWidget(widget)
    monkeypatch.setattr(print_jobs.QProgressDialog, "wasCanceled", lambda self: True)
    monkeypatch.setattr(print_jobs.QMessageBox, "information", lambda *a: None)
    shown = []
    monkeypatch.setattr(print_jobs, "show_pdf", lambda *a: shown.append(a))
    assert print_jobs.print_certificates(widget, ctx, decision_id, "123/QĐ-UBND") is False
    assert not shown and list(print_jobs.print_folder().glob("giay-khen-*.pdf")) == []


def test_settings_tab_saves_and_prints_a_calibration_page(qtbot, ctx, tmp_path, monkeypatch):
    tab = PrintSettingsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.title() == "In ấn"
    tab.edits["place"].setText("Vinh")
    tab.edits["signer_name"].setText("Lê Văn Ký")
    tab.paper_combo.setCurrentText("A3")
    tab.mode_combo.setCurrentIndex(tab.mode_combo.findData("overlay"))
    tab.template_combo.setCurrentText("bang_khen_party")
    tab.offset_x.setValue(1.5)
    tab.offset_y.setValue(-2.0)
    tab.save_button.click()
    stored = load_print_settings(ctx.db)
    assert (stored.place, stored.signer_name, stored.paper, stored.mode) == (
        "Vinh", "Lê Văn Ký", "A3", "overlay")
    assert stored.offsets["bang_khen_party"] == [1.5, -2.0]
    shown = []
    monkeypatch.setattr("dvk_desktop.ui.widgets.print_settings.show_pdf",
                        lambda parent, path, name: shown.append(path))
    tab.calibration_button.click()
    assert shown and shown[0].read_bytes()[:4] == b"%PDF"


def test_show_pdf_opens_a_modal_preview(qtbot, two_pages, monkeypatch):
    opened = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: opened.append(self.page_count()))
    pdf_preview.show_pdf(None, two_pages)
    assert opened == [2]


def test_entries_page_prints_checklists_and_forms_of_the_selection(qtbot, ctx, monkeypatch):
    from dvk_desktop.ui.pages.entries_page import EntriesPage
    from tests.ui.conftest import add_entry

    add_entry(ctx, "Đường làng sáng đẹp")
    add_entry(ctx, "Bếp ăn yêu thương")
    page = EntriesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    checklist, filled, form = page.print_actions
    assert not checklist.isEnabled() and checklist.text() == "In biên bản kiểm tra"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectAll()
    assert checklist.isEnabled()
    shown = []
    monkeypatch.setattr(print_jobs, "show_pdf", lambda parent, path, name: shown.append(name))
    checklist.trigger()
    form.trigger()
    assert shown == ["Bien ban kiem tra.pdf", "Phieu dang ky.pdf"]
    reported = []
    monkeypatch.setattr(print_jobs, "report", lambda exc, parent: reported.append(exc))
    filled.trigger()  # nothing inspected yet: a readable refusal, no preview
    assert len(reported) == 1 and len(shown) == 2


def test_inspection_form_prints_blank_before_saving_and_filled_after(qtbot, ctx, monkeypatch):
    from dvk_desktop.services import inspections
    from dvk_desktop.ui.dialogs.inspection_form import InspectionFormDialog
    from tests.services.lifecycle_support import inspection_data
    from tests.ui.conftest import add_entry

    entry_id = add_entry(ctx, "Đường làng sáng đẹp")
    calls = []
    monkeypatch.setattr(print_jobs, "show_pdf", lambda parent, path, name: calls.append(
        path.read_bytes()[:4]))
    monkeypatch.setattr(print_jobs.printed_forms, "print_checklists", (
        lambda *a, **k: calls.append(("blank", a[1])) or print_jobs.PrintResult(pages=1)))
    new = InspectionFormDialog(ctx, entry_id=entry_id)
    qtbot.addWidget(new)
    assert new.print_button.text() == "In biên bản kiểm tra…"
    new.print_button.click()
    assert calls[0] == ("blank", [entry_id])
    stored = inspections.create_inspection(ctx.db, inspection_data(ctx.db, entry_id), ctx.actor)
    saved = InspectionFormDialog(ctx, inspection_id=stored.id)
    qtbot.addWidget(saved)
    saved.print_button.click()
    assert calls[-1] == b"%PDF"


def test_entry_form_print_menu_needs_a_saved_entry(qtbot, ctx, monkeypatch):
    from dvk_desktop.ui.dialogs.entry_form import EntryFormDialog
    from tests.ui.conftest import add_entry

    told, shown = [], []
    monkeypatch.setattr(print_jobs.QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(print_jobs, "show_pdf", lambda parent, path, name: shown.append(name))
    new = EntryFormDialog(ctx)
    qtbot.addWidget(new)
    checklist, form = new.print_button.menu().actions()
    assert new.print_button.text() == "In" and form.text() == "Phiếu đăng ký"
    form.trigger()
    assert told == ["Hãy lưu mô hình, điển hình trước khi in."] and not shown
    saved = EntryFormDialog(ctx, entry_id=add_entry(ctx, "Đường làng sáng đẹp"))
    qtbot.addWidget(saved)
    checklist, form = saved.print_button.menu().actions()
    checklist.trigger()
    form.trigger()
    assert shown == ["Bien ban kiem tra.pdf", "Phieu dang ky.pdf"]
