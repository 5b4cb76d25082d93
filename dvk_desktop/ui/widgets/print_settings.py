"""Settings tab "Printing": emblem images, default issuer, place, signer, mode, paper, offsets."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.printing.calibration import render_calibration_page
from dvk_desktop.printing.templates import TEMPLATE_NAMES, load_template
from dvk_desktop.services.print_settings import (
    MAX_OFFSET_MM,
    PrintSettings,
    load_print_settings,
    save_print_settings,
)
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.pdf_preview import show_pdf
from dvk_desktop.ui.errors import guard_slot
from dvk_desktop.ui.widgets.print_jobs import print_folder

_TEXTS = ("issuer_title", "place", "signer_prefix", "signer_title", "signer_name")


class PrintSettingsTab(QWidget):
    """The office's printing settings, saved to the database with one button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("print_settings_tab")
        self.form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.emblem_state = self._path_row("emblem_state")
        self.emblem_party = self._path_row("emblem_party")
        for name in _TEXTS:
            self.edits[name] = QLineEdit(self, objectName=f"{name}_edit")
            self.form.addRow("", self.edits[name])
        self.mode_combo = QComboBox(self, objectName="mode_combo")
        self.paper_combo = QComboBox(self, objectName="paper_combo")
        self.paper_combo.addItems(["A4", "A3"])
        self.times_check = QCheckBox(self, objectName="times_check")
        self.template_combo = QComboBox(self, objectName="template_combo")
        self.template_combo.addItems(list(TEMPLATE_NAMES))
        self.offset_x = self._spin("offset_x_spin")
        self.offset_y = self._spin("offset_y_spin")
        offsets = QHBoxLayout()
        for widget in (self.template_combo, self.offset_x, self.offset_y):
            offsets.addWidget(widget)
        self.calibration_button = QPushButton(self, objectName="calibration_button")
        offsets.addWidget(self.calibration_button)
        for widget in (self.mode_combo, self.paper_combo, self.times_check):
            self.form.addRow("", widget)
        self.form.addRow("", offsets)
        self.save_button = QPushButton(self, objectName="save_print_settings_button")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.settings = PrintSettings()
        self.template_combo.currentIndexChanged.connect(self._show_offsets)
        self.offset_x.valueChanged.connect(self._keep_offsets)
        self.offset_y.valueChanged.connect(self._keep_offsets)
        self.save_button.clicked.connect(self.save)
        self.calibration_button.clicked.connect(self.print_calibration_page)
        self.retranslate_ui()
        self.refresh()

    def _path_row(self, name: str) -> QLineEdit:
        edit = QLineEdit(self, objectName=f"{name}_edit")
        browse = QPushButton("…", self, objectName=f"{name}_browse")
        browse.clicked.connect(lambda: self._browse(edit))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        self.form.addRow("", row)
        return edit

    def _spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self, objectName=name)
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        return spin

    def title(self) -> str:
        """Name of the tab."""
        return self.tr("Printing")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        labels = [self.tr("Emblem image (state)"), self.tr("Emblem image (Party)"),
                  self.tr("Default issuer line"), self.tr("Place name"),
                  self.tr("Signer's prefix (KT., T/M …)"), self.tr("Signer's title"),
                  self.tr("Signer's name"), self.tr("Certificate mode"), self.tr("Paper"),
                  self.tr("Font"), self.tr("Offsets (x, y)")]
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(text)
        index = self.mode_combo.currentIndex()
        self.mode_combo.clear()
        self.mode_combo.addItem(self.tr("Full: border, emblem and all text"), "full")
        self.mode_combo.addItem(self.tr("Overlay: only the text, on pre-printed blanks"),
                                "overlay")
        self.mode_combo.setCurrentIndex(max(index, 0))
        self.times_check.setText(self.tr("Prefer Times New Roman when installed"))
        self.calibration_button.setText(self.tr("Print calibration page…"))
        self.save_button.setText(self.tr("Save printing settings"))

    def refresh(self) -> None:
        """Show the stored settings."""
        self.settings = load_print_settings(self.ctx.db)
        self.emblem_state.setText(self.settings.emblem_state)
        self.emblem_party.setText(self.settings.emblem_party)
        for name, edit in self.edits.items():
            edit.setText(getattr(self.settings, name))
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(self.settings.mode), 0))
        self.paper_combo.setCurrentText(self.settings.paper)
        self.times_check.setChecked(self.settings.prefer_times)
        self._show_offsets()

    def _show_offsets(self, *_args) -> None:
        x, y = self.settings.offsets.get(self.template_combo.currentText(), [0.0, 0.0])
        for spin, value in ((self.offset_x, x), (self.offset_y, y)):
            spin.blockSignals(True)
            spin.setValue(float(value))
            spin.blockSignals(False)

    def _keep_offsets(self, *_args) -> None:
        self.settings.offsets[self.template_combo.currentText()] = [self.offset_x.value(),
                                                                     self.offset_y.value()]

    def collect(self) -> PrintSettings:
        """The settings as shown in the tab."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        return PrintSettings(
            emblem_state=self.emblem_state.text().strip(),
            emblem_party=self.emblem_party.text().strip(), mode=self.mode_combo.currentData(),
            paper=self.paper_combo.currentText(), prefer_times=self.times_check.isChecked(),
            template_dir=self.settings.template_dir, offsets=dict(self.settings.offsets),
            **values)

    @guard_slot
    def save(self) -> None:
        """Validate and store the settings."""
        save_print_settings(self.ctx.db, self.collect())
        self.refresh()

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the emblem image"),
                                              edit.text(), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            edit.setText(path)

    @guard_slot
    def print_calibration_page(self) -> None:
        """Write the test page for the chosen template with the offsets shown, and preview it."""
        options = self.collect().options()
        name = self.template_combo.currentText()
        out = print_folder() / f"calibration-{name}.pdf"
        search = [options.template_dir] if options.template_dir else None
        render_calibration_page(out, options, load_template(name, search))
        show_pdf(self, out, f"{name}.pdf")
