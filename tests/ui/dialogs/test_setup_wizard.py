"""The first-run wizard, driven page by page."""

from __future__ import annotations

import pytest

from dvk_desktop.services import office, units
from dvk_desktop.ui.dialogs.setup_wizard import SetupWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(qtbot, db, monkeypatch):
    # Switching language would reinstall the window's translators: record it instead.
    monkeypatch.setattr(SetupWizard, "switch_language", lambda self, lang: None)
    widget = SetupWizard(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def to_unit_page(wizard, search="nghe an") -> None:
    assert wizard.currentPage() is wizard.language_page
    wizard.next()
    assert not wizard.province_page.isComplete()
    wizard.province_page.chooser.search_edit.setText(search)
    assert wizard.province_page.isComplete()  # a single match is taken
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page


def finish(wizard, officer="Nguyễn Văn An") -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.officer_page
    assert not wizard.officer_page.isComplete()
    wizard.officer_page.name_edit.setText(officer)
    wizard.accept()


def test_vietnamese_is_the_default_language(wizard):
    assert wizard.language_page.language() == "vi"


def test_the_province_itself(wizard, db):
    to_unit_page(wizard)
    assert "Nghệ An" in wizard.unit_page.province_radio.text()
    finish(wizard)
    info = office.get_office(db)
    assert wizard.office == info
    assert (info.province_code, info.unit_name, info.officer_name) == ("40", "Tỉnh Nghệ An",
                                                                       "Nguyễn Văn An")
    assert info.language == "vi"
    assert len(units.unit_tree(db)) > 100  # the communes were seeded


def test_a_commune_found_without_diacritics(wizard, db):
    wizard.language_page.buttons["en"].setChecked(True)
    to_unit_page(wizard)
    page = wizard.unit_page
    page.commune_radio.setChecked(True)
    assert not page.isComplete()
    page.communes.search_edit.setText("quynh luu")
    chosen = page.communes.code()  # the only match is taken
    assert chosen and page.isComplete()
    finish(wizard)
    info = office.get_office(db)
    assert info.unit_code == chosen and "Quỳnh" in info.unit_name
    assert info.language == "en"


def test_a_new_unit_by_name(wizard, db):
    to_unit_page(wizard)
    page = wizard.unit_page
    page.new_radio.setChecked(True)
    assert not page.isComplete()
    page.name_edit.setText("Ban Dân vận Tỉnh ủy")
    assert page.isComplete()
    finish(wizard)
    info = office.get_office(db)
    assert info.unit_name == "Ban Dân vận Tỉnh ủy"
    assert units.get_unit(db, info.unit_id).data.parent_id is not None


def test_cancelling_sets_nothing_up(wizard, db, monkeypatch):
    monkeypatch.setattr(SetupWizard, "exec", lambda self: self.reject() or 0)
    assert SetupWizard.ask(db) is None
    assert office.get_office(db) is None


def test_ask_returns_the_new_office(db, monkeypatch):
    def fake_exec(self):
        self.show()
        to_unit_page(self)
        finish(self)
        return 1
    monkeypatch.setattr(SetupWizard, "switch_language", lambda self, lang: None)
    monkeypatch.setattr(SetupWizard, "exec", fake_exec)
    info = SetupWizard.ask(db)
    assert info is not None and info.province_code == "40"
