"""The pages of the first-run wizard: language, province, this office's unit, officer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from dvk_desktop.domain.vntext import search_key
from dvk_desktop.services.catalogue import CatalogueItem
from dvk_desktop.ui.widgets.unit_picker import ID_ROLE, KEY_ROLE, SearchKeyFilterProxy

LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
"""Each language named in itself (never translated)."""


class SearchableList(QWidget):
    """A search box over a single-choice list of catalogue items (diacritics ignored)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self, clearButtonEnabled=True)
        self.list_view = QListView(self)
        self.model = QStandardItemModel(self)
        self.proxy = SearchKeyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list_view.setModel(self.proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view)
        self.search_edit.textChanged.connect(self._filter)
        self.list_view.selectionModel().currentChanged.connect(
            lambda *_a: self.chosen.emit(self.code()))

    def set_items(self, items: list[CatalogueItem]) -> None:
        """Offer these items (name and code)."""
        self.model.clear()
        for entry in items:
            row = QStandardItem(entry.name)
            row.setData(entry.code, ID_ROLE)
            row.setData(search_key(entry.name, entry.code), KEY_ROLE)
            row.setEditable(False)
            self.model.appendRow(row)

    def _filter(self, text: str) -> None:
        self.proxy.set_search_text(text)
        if self.proxy.rowCount() == 1:  # one match left: take it
            self.select_code(self.proxy.index(0, 0).data(ID_ROLE))
        else:
            self.chosen.emit(self.code())

    def code(self) -> str:
        """The code of the chosen (visible and current) item, or ""."""
        index = self.list_view.currentIndex()
        if not index.isValid() or not self.list_view.selectionModel().isSelected(index):
            return ""
        return index.data(ID_ROLE) or ""

    def select_code(self, code: str) -> bool:
        """Choose the item with this code; False when it is not shown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == code:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                self.list_view.selectionModel().setCurrentIndex(index, flags)
                self.list_view.scrollTo(index)
                return True
        return False


class TranslatedPage(QWizardPage):
    """A wizard page that re-reads its texts when the interface language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a language switch made on the first page."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible text (overridden by each page)."""


class LanguagePage(TranslatedPage):
    """Tiếng Việt (the default) or English."""

    language_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGES:
            button = QRadioButton(name, self)
            self.buttons[code] = button
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda on, c=code: on and self.language_chosen.emit(c))
        layout.addStretch()
        self.buttons["vi"].setChecked(True)
        self.retranslate_ui()

    def language(self) -> str:
        """The chosen language code."""
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The language of the program. It can be changed later."))


class ProvincePage(TranslatedPage):
    """The province from the statistics office's catalogue."""

    def __init__(self, provinces: list[CatalogueItem], parent=None) -> None:
        super().__init__(parent)
        self.chooser = SearchableList(self)
        self.chooser.set_items(provinces)
        self.chooser.chosen.connect(lambda _c: self.completeChanged.emit())
        QVBoxLayout(self).addWidget(self.chooser)
        self.retranslate_ui()

    def initializePage(self) -> None:  # noqa: N802
        """Start typing straight away."""
        self.chooser.search_edit.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        """A province must be chosen."""
        return bool(self.chooser.code())

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Province"))
        self.setSubTitle(self.tr("The province (or city) this office belongs to."))
        self.chooser.search_edit.setPlaceholderText(self.tr("Search, with or without diacritics"))


class OfficerPage(TranslatedPage):
    """The officer's name, recorded as the author of changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        layout = QFormLayout(self)
        layout.addRow(self.name_label, self.name_edit)
        self.name_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.retranslate_ui()

    def initializePage(self) -> None:  # noqa: N802
        """Start typing straight away."""
        self.name_edit.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        """The name is required."""
        return bool(self.name_edit.text().strip())

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Officer"))
        self.setSubTitle(self.tr("Your name is recorded with every change you make."))
        self.name_label.setText(self.tr("&Full name:"))
