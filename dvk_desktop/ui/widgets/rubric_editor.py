"""Settings tab for rubrics: criteria with maximum points and classification thresholds.

Saving a rubric that inspections already use creates a new version; past scores keep the
criteria they were given against.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.enums import RubricKind
from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.lifecycle_records import RubricInfo
from dvk_desktop.domain.rubrics import CriterionSpec, RubricSpec, Threshold
from dvk_desktop.domain.vntext import format_number
from dvk_desktop.services import rubrics
from dvk_desktop.ui.context import AppContext


class RubricEditor(QWidget):
    """List of rubrics on the left, the chosen rubric's criteria and thresholds on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rubric_editor")
        self.current: RubricInfo | None = None
        self.rubric_list = QListWidget(self, objectName="rubric_list")
        self.older_check = QCheckBox(self, objectName="older_check")
        self.name_edit = QLineEdit(self, objectName="name_edit")
        self.kind_combo = QComboBox(self, objectName="kind_combo")
        for kind in RubricKind:
            self.kind_combo.addItem(kind.label(ctx.language), kind.value)
        self.criteria_table = QTableWidget(0, 2, self, objectName="criteria_table")
        self.criteria_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.passed_spin = self._points_spin("passed_spin")
        self.exemplary_spin = self._points_spin("exemplary_spin")
        self.total_label = QLabel(self, objectName="total_label")
        self.message_label = QLabel(self, objectName="message_label", wordWrap=True)
        self.buttons = {name: QPushButton(self, objectName=f"{name}_button")
                        for name in ("new", "add_criterion", "remove_criterion", "save")}
        self._lay_out()
        self.rubric_list.currentRowChanged.connect(self._chosen)
        self.older_check.toggled.connect(lambda _c: self.refresh())
        self.criteria_table.itemChanged.connect(lambda _i: self.update_total())
        self.buttons["new"].clicked.connect(self.new_rubric)
        self.buttons["add_criterion"].clicked.connect(lambda: self.add_criterion("", 10))
        self.buttons["remove_criterion"].clicked.connect(self.remove_criterion)
        self.buttons["save"].clicked.connect(self.save)
        self.retranslate_ui()
        self.refresh()

    def _points_spin(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self, objectName=name, decimals=1, maximum=1000.0, singleStep=1.0)
        return spin

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.captions = [QLabel(self) for _ in range(4)]
        self.form.addRow(self.captions[0], self.name_edit)
        self.form.addRow(self.captions[1], self.kind_combo)
        self.form.addRow(self.captions[2], self.passed_spin)
        self.form.addRow(self.captions[3], self.exemplary_spin)
        row_buttons = QHBoxLayout()
        for name in ("add_criterion", "remove_criterion"):
            row_buttons.addWidget(self.buttons[name])
        row_buttons.addStretch()
        row_buttons.addWidget(self.total_label)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.criteria_table, 1)
        right.addLayout(row_buttons)
        right.addWidget(self.message_label)
        right.addWidget(self.buttons["save"], 0, Qt.AlignmentFlag.AlignRight)
        left = QVBoxLayout()
        left.addWidget(self.rubric_list, 1)
        left.addWidget(self.older_check)
        left.addWidget(self.buttons["new"])
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)

    def title(self) -> str:
        """Name of the tab."""
        return self.tr("Rubrics")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        for caption, text in zip(self.captions, (
                self.tr("Name:"), self.tr("Used for:"), self.tr("“Passed” from (points):"),
                self.tr("“Exemplary” from (points):")), strict=True):
            caption.setText(text)
        self.criteria_table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Maximum")])
        self.older_check.setText(self.tr("Show older versions"))
        for name, text in (("new", self.tr("New rubric")), ("add_criterion", self.tr("Add criterion")),
                           ("remove_criterion", self.tr("Remove criterion")),
                           ("save", self.tr("Save rubric"))):
            self.buttons[name].setText(text)
        for row, kind in enumerate(RubricKind):
            self.kind_combo.setItemText(row, kind.label(self.ctx.language))
        self.update_total()

    # -- list ---------------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Re-read the rubrics."""
        self.items = rubrics.list_rubrics(self.ctx.db, include_inactive=self.older_check.isChecked())
        self.rubric_list.blockSignals(True)
        self.rubric_list.clear()
        for info in self.items:
            text = f"{info.spec.name} — v{info.rubric_version}"
            if not info.active:
                text += self.tr(" (replaced)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.rubric_list.addItem(item)
        self.rubric_list.blockSignals(False)
        ids = [i.id for i in self.items]
        self.rubric_list.setCurrentRow(ids.index(select_id) if select_id in ids else 0)
        self._chosen(self.rubric_list.currentRow())

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.show_rubric(self.items[row])

    def show_rubric(self, info: RubricInfo | None) -> None:
        """Put a rubric (or a blank one) into the editor."""
        self.current = info
        spec = info.spec if info else RubricSpec("", RubricKind.MODEL.value, [], [])
        self.name_edit.setText(spec.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(spec.kind)))
        limits = {t.classification: t.min_points for t in spec.thresholds}
        self.passed_spin.setValue(limits.get("passed", 50))
        self.exemplary_spin.setValue(limits.get("exemplary", 80))
        self.criteria_table.setRowCount(0)
        for criterion in spec.criteria:
            self.add_criterion(criterion.text, criterion.max_points)
        self.message_label.setText("")
        self.update_total()

    # -- editing -----------------------------------------------------------------------------
    def add_criterion(self, text: str, max_points: float) -> None:
        """Append a criterion row."""
        table = self.criteria_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        table.setItem(row, 1, QTableWidgetItem(format_number(max_points, 1).removesuffix(",0")))

    def remove_criterion(self) -> None:
        """Remove the current criterion row."""
        if self.criteria_table.currentRow() >= 0:
            self.criteria_table.removeRow(self.criteria_table.currentRow())
            self.update_total()

    def new_rubric(self) -> None:
        """Start a blank rubric."""
        self.rubric_list.clearSelection()
        self.show_rubric(None)
        self.name_edit.setFocus()

    def spec(self) -> RubricSpec:
        """The editor's content as a rubric (points typed with , or .)."""
        criteria = []
        for row in range(self.criteria_table.rowCount()):
            text = self.criteria_table.item(row, 0)
            points = self.criteria_table.item(row, 1)
            criteria.append(CriterionSpec(text.text() if text else "",
                                          _number(points.text() if points else "")))
        thresholds = [Threshold("failed", 0), Threshold("passed", self.passed_spin.value()),
                      Threshold("exemplary", self.exemplary_spin.value())]
        return RubricSpec(self.name_edit.text(), self.kind_combo.currentData(), criteria,
                          thresholds)

    def update_total(self) -> None:
        """Show the total of the maximum points."""
        total = sum(max(0.0, c.max_points) for c in self.spec().criteria)
        self.total_label.setText(self.tr("Total: %1 points").replace(
            "%1", format_number(total, 1).removesuffix(",0")))

    def save(self) -> None:
        """Save the rubric; explain when a new version was made."""
        try:
            if self.current is None:
                saved = rubrics.create_rubric(self.ctx.db, self.spec(), self.ctx.actor)
            else:
                saved = rubrics.update_rubric(self.ctx.db, self.current.id, self.spec(),
                                              self.ctx.actor, self.current.version)
        except ValidationError as exc:
            self.message_label.setText("\n".join(p.message(self.ctx.language)
                                                 for p in exc.problems))
            return
        except DomainError as exc:
            self.message_label.setText(exc.message(self.ctx.language))
            return
        new_version = self.current is not None and saved.id != self.current.id
        self.refresh(saved.id)
        self.message_label.setText(
            self.tr("Inspections already use this rubric, so version %1 was created; past "
                    "scores are unchanged.").replace("%1", str(saved.rubric_version))
            if new_version else self.tr("Saved."))


def _number(text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return 0.0
