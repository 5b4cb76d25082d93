"""First run: a short wizard that sets up the database for this office."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWizard,
)

from dvk_desktop.db.database import Database
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.services import catalogue, office
from dvk_desktop.services.office import OfficeInfo
from dvk_desktop.ui.dialogs.setup_wizard_pages import (
    LanguagePage,
    OfficerPage,
    ProvincePage,
    SearchableList,
    TranslatedPage,
)


@dataclass
class UnitChoice:
    """Which unit this office is: the province, one of its communes, or a new unit."""

    unit_code: str | None = None
    unit_name: str | None = None


class UnitPage(TranslatedPage):
    """This office's unit: the province itself, one of its communes, or a new unit by name."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.province_radio = QRadioButton(self)
        self.commune_radio = QRadioButton(self)
        self.new_radio = QRadioButton(self)
        self.group = QButtonGroup(self)
        self.communes = SearchableList(self)
        self.name_edit = QLineEdit(self)
        layout = QVBoxLayout(self)
        for widget in (self.province_radio, self.commune_radio, self.communes, self.new_radio,
                       self.name_edit):
            layout.addWidget(widget)
        for button in (self.province_radio, self.commune_radio, self.new_radio):
            self.group.addButton(button)
            button.toggled.connect(self._update)
        self.communes.chosen.connect(lambda _c: self._update())
        self.name_edit.textChanged.connect(lambda _t: self._update())
        self.province_radio.setChecked(True)
        self.retranslate_ui()

    def initializePage(self) -> None:  # noqa: N802
        """Offer the communes of the province chosen on the previous page."""
        code = self.setup.province_page.chooser.code()
        self.communes.set_items(catalogue.communes(code))
        self.retranslate_ui()
        self._update()

    def choice(self) -> UnitChoice:
        """The unit as chosen on this page."""
        if self.commune_radio.isChecked():
            return UnitChoice(unit_code=self.communes.code() or None)
        if self.new_radio.isChecked():
            return UnitChoice(unit_name=self.name_edit.text().strip() or None)
        return UnitChoice()

    def isComplete(self) -> bool:  # noqa: N802
        """A commune or a new name must be given when that option is chosen."""
        choice = self.choice()
        if self.commune_radio.isChecked():
            return choice.unit_code is not None
        return not self.new_radio.isChecked() or choice.unit_name is not None

    def _update(self, *_args) -> None:
        self.communes.setEnabled(self.commune_radio.isChecked())
        self.name_edit.setEnabled(self.new_radio.isChecked())
        self.completeChanged.emit()

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("This office's unit"))
        self.setSubTitle(self.tr("The unit whose records this office keeps and sends upward."))
        code = self.setup.province_page.chooser.code() if hasattr(self.setup, "province_page") else ""
        province = office.province_unit_name(catalogue.province(code)) if code else ""
        self.province_radio.setText(self.tr("The province itself: %1").replace("%1", province))
        self.commune_radio.setText(self.tr("A commune or ward of the province:"))
        self.new_radio.setText(self.tr("Another unit (an agency or organisation), named:"))
        self.communes.search_edit.setPlaceholderText(
            self.tr("Search, with or without diacritics"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Ban Dân vận Huyện ủy"))


class SetupWizard(QWizard):
    """Language, province, this office's unit and officer; Finish creates the office."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.office: OfficeInfo | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.language_page = LanguagePage(self)
        self.province_page = ProvincePage(catalogue.provinces(), self)
        self.unit_page = UnitPage(self)
        self.officer_page = OfficerPage(self)
        for page in (self.language_page, self.province_page, self.unit_page, self.officer_page):
            self.addPage(page)
        self.language_page.language_chosen.connect(self.switch_language)
        self.resize(640, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The window title and buttons in the current language (Qt ships no Vietnamese)."""
        self.setWindowTitle(self.tr("DVK Desktop — first-time set-up"))
        button = QWizard.WizardButton
        for which, text in ((button.BackButton, self.tr("< &Back")),
                            (button.NextButton, self.tr("&Next >")),
                            (button.FinishButton, self.tr("&Finish")),
                            (button.CancelButton, self.tr("Cancel"))):
            self.setButtonText(which, text)

    def changeEvent(self, event) -> None:  # noqa: N802
        """Follow a language switch."""
        if event.type() == event.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def switch_language(self, language: str) -> None:
        """Show the wizard (and the program after it) in the chosen language."""
        app = QApplication.instance()
        if app is not None:
            from dvk_desktop.ui import app as app_module  # the module that opens the wizard

            app_module.install_translators(app, language)

    def validateCurrentPage(self) -> bool:  # noqa: N802
        """On the last page, create the office; a refusal keeps the wizard open."""
        if self.currentPage() is not self.officer_page:
            return super().validateCurrentPage()
        return self.create_office()

    def create_office(self) -> bool:
        """Seed the province and record this office's unit, officer and language."""
        choice = self.unit_page.choice()
        try:
            office.init_office(self.db, self.province_page.chooser.code(),
                               unit_code=choice.unit_code, unit_name=choice.unit_name,
                               officer_name=self.officer_page.name_edit.text(),
                               language=self.language_page.language())
        except DomainError as error:
            self.show_error(error.message(self.language_page.language()))
            return False
        self.office = office.get_office(self.db)
        return True

    def show_error(self, text: str) -> None:
        """Tell why the set-up failed."""
        QMessageBox.warning(self, self.windowTitle(), text)

    @classmethod
    def ask(cls, db: Database, parent=None) -> OfficeInfo | None:
        """Run the wizard; the new office, or None when cancelled."""
        wizard = cls(db, parent)
        wizard.exec()
        return wizard.office
