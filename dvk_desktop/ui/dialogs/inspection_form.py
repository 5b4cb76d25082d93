"""The inspection form: delegation, bounded scores with a live total and classification,
findings and conclusion; saving moves the entry's status as the lifecycle says."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QHeaderView, QTableWidgetItem, QWidget

from dvk_desktop.domain.enums import Classification, Status
from dvk_desktop.domain.errors import DomainError, ValidationError
from dvk_desktop.domain.lifecycle_records import (
    DelegationMember,
    InspectionData,
    InspectionRecord,
    RubricInfo,
    ScoreLine,
)
from dvk_desktop.domain.rubrics import classify, rubric_kind_for, total_points
from dvk_desktop.domain.vntext import format_number
from dvk_desktop.services import entries, inspections, rubrics
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.forms.inspection_form_ui import Ui_InspectionForm
from dvk_desktop.ui.widgets.evidence_panel import EvidencePanel

_TEXTS = ("findings", "strengths", "limits", "conclusion", "recommendations", "representatives")
_COLOURS = {"failed": "#b00020", "passed": "#1b5e20", "exemplary": "#0d47a1"}


class InspectionFormDialog(QDialog):
    """Create an inspection of an entry, or edit one; ``saved`` carries its id."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, entry_id: str | None = None,
                 inspection_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_InspectionForm()
        self.form.setupUi(self)
        self.record: InspectionRecord | None = None
        self.rubric_list: list[RubricInfo] = []
        self.spins: list[QDoubleSpinBox] = []
        self._prepare_tables()
        self.evidence = EvidencePanel(ctx, self.form.tabs)
        self.form.tabs.addTab(self.evidence, "")
        f = self.form
        f.save_button.clicked.connect(self.save)
        f.cancel_button.clicked.connect(self.reject)
        f.add_member_button.clicked.connect(lambda: self.add_member())
        f.remove_member_button.clicked.connect(self.remove_member)
        f.rubric_combo.currentIndexChanged.connect(self._rubric_chosen)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        # Printing (ReportLab) is loaded when a form is opened, not at start-up.
        from dvk_desktop.ui.widgets.print_jobs import install_inspection_print_button

        self.print_button = install_inspection_print_button(self)
        if inspection_id:
            self.load(inspections.get_inspection(ctx.db, inspection_id))
        elif entry_id:
            self.start_new(entry_id)
        self.retranslate_ui()

    def _prepare_tables(self) -> None:
        f = self.form
        header = f.score_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        f.score_table.verticalHeader().setVisible(True)
        f.delegation_table.horizontalHeader().setStretchLastSection(True)
        f.date_edit.setDate(QDate.currentDate())

    def retranslate_ui(self) -> None:
        """Texts that depend on the language and the data."""
        self.form.retranslateUi(self)
        self.form.tabs.setTabText(self.form.tabs.indexOf(self.evidence), self.tr("&Evidence"))
        self.evidence.retranslate_ui()
        self.update_total()

    # -- filling ---------------------------------------------------------------------------
    def start_new(self, entry_id: str) -> None:
        """A blank inspection of ``entry_id`` with the active rubric for its kind."""
        record = entries.get_entry(self.ctx.db, entry_id, self.ctx.language)
        self.entry_id = entry_id
        self.form.entry_label.setText(f"<b>{_escape(record.data.title)}</b> — "
                                      f"{_escape(record.unit_name)}")
        self.form.place_edit.setText(record.data.location)
        self.rubric_list = rubrics.list_rubrics(self.ctx.db)
        wanted = rubric_kind_for(record.data.entry_type, record.data.scope)
        combo = self.form.rubric_combo
        combo.blockSignals(True)
        for rubric in self.rubric_list:
            combo.addItem(f"{rubric.spec.name} (v{rubric.rubric_version})", rubric.id)
        combo.blockSignals(False)
        index = next((i for i, r in enumerate(self.rubric_list) if r.spec.kind == wanted), 0)
        combo.setCurrentIndex(index)
        self._rubric_chosen()

    def _rubric_chosen(self, *_args) -> None:
        if self.record is not None or not self.rubric_list:
            return
        rubric = self.rubric_list[max(0, self.form.rubric_combo.currentIndex())]
        self.thresholds = rubric.spec.thresholds
        self.set_lines([ScoreLine(n, c.text, c.max_points, None)
                        for n, c in enumerate(rubric.spec.criteria, start=1)])

    def load(self, record: InspectionRecord) -> None:
        """Show a stored inspection; its scores keep the criteria as they were then."""
        self.record = record
        self.entry_id = record.data.entry_id
        f = self.form
        f.entry_label.setText(f"<b>{_escape(record.entry_title)}</b> — "
                              f"{_escape(record.unit_name)}")
        f.rubric_combo.addItem(record.rubric_name, record.data.rubric_id)
        f.rubric_combo.setEnabled(False)
        info = rubrics.get_rubric(self.ctx.db, record.data.rubric_id) if record.data.rubric_id \
            else None
        self.thresholds = info.spec.thresholds if info else []
        d = record.data
        f.date_edit.setDate(QDate(d.inspected_on.year, d.inspected_on.month, d.inspected_on.day))
        f.place_edit.setText(d.place)
        for name in _TEXTS:
            getattr(f, f"{name}_edit").setPlainText(getattr(d, name))
        for member in d.delegation:
            self.add_member(member)
        self.set_lines(record.lines)
        self.evidence.set_owner(inspection_id=record.id)

    def set_lines(self, lines: list[ScoreLine]) -> None:
        """One row per criterion: text, maximum, and a score box bounded by the maximum."""
        table = self.form.score_table
        table.setRowCount(len(lines))
        self.spins = []
        for row, line in enumerate(lines):
            text = QTableWidgetItem(line.text)
            text.setToolTip(line.text)
            table.setItem(row, 0, _read_only(text))
            table.setItem(row, 1, _read_only(QTableWidgetItem(format_number(line.max_points, 1)
                                                              .removesuffix(",0"))))
            spin = QDoubleSpinBox(table, objectName=f"score_{row + 1}")
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(0.0, line.max_points)
            spin.setValue(line.points or 0.0)
            spin.valueChanged.connect(self.update_total)
            table.setCellWidget(row, 2, spin)
            self.spins.append(spin)
        self.update_total()

    # -- delegation --------------------------------------------------------------------------
    def add_member(self, member: DelegationMember | None = None) -> None:
        """Append a row to the delegation table (empty, or filled with ``member``)."""
        table = self.form.delegation_table
        row = table.rowCount()
        table.insertRow(row)
        values = (member.name, member.position, member.role) if member else ("", "", "")
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
        if member is None:
            table.setCurrentCell(row, 0)

    def remove_member(self) -> None:
        """Remove the current row of the delegation table."""
        row = self.form.delegation_table.currentRow()
        if row >= 0:
            self.form.delegation_table.removeRow(row)

    def members(self) -> list[DelegationMember]:
        """The delegation as typed (empty rows are dropped when saving)."""
        table = self.form.delegation_table
        cell = lambda r, c: table.item(r, c).text() if table.item(r, c) else ""  # noqa: E731
        return [DelegationMember(cell(r, 0), cell(r, 1), cell(r, 2))
                for r in range(table.rowCount())]

    # -- totals and saving -----------------------------------------------------------------------
    def scores(self) -> list[float | None]:
        """The score of each criterion."""
        return [spin.value() for spin in self.spins]

    def classification(self) -> str:
        """The classification the current total earns."""
        return classify(total_points(self.scores()), getattr(self, "thresholds", []))

    def update_total(self, *_args) -> None:
        """Show the live total and classification."""
        total = total_points(self.scores())
        maximum = sum(spin.maximum() for spin in self.spins)
        self.form.total_label.setText(self.tr("Total: %1 / %2 points")
                                      .replace("%1", _points(total))
                                      .replace("%2", _points(maximum)))
        result = self.classification()
        label = Classification(result).label(self.ctx.language)
        self.form.classification_label.setText(self.tr("Classification: %1").replace("%1", label))
        self.form.classification_label.setStyleSheet(f"color: {_COLOURS[result]}; "
                                                      "font-weight: bold;")

    def data(self) -> InspectionData:
        """The form's content as plain data."""
        f = self.form
        picked = f.date_edit.date()
        values = {name: getattr(f, f"{name}_edit").toPlainText() for name in _TEXTS}
        return InspectionData(
            entry_id=self.entry_id, rubric_id=f.rubric_combo.currentData() or "",
            inspected_on=date(picked.year(), picked.month(), picked.day()),
            place=f.place_edit.text(), delegation=self.members(), scores=self.scores(), **values)

    def save(self) -> None:
        """Store the inspection; on success the dialog closes and ``saved`` is emitted."""
        try:
            if self.record is None:
                record = inspections.create_inspection(self.ctx.db, self.data(), self.ctx.actor)
            else:
                record = inspections.update_inspection(self.ctx.db, self.record.id, self.data(),
                                                       self.record.version, self.ctx.actor)
        except ValidationError as exc:
            self.form.problem_label.setText(
                "\n".join(p.message(self.ctx.language) for p in exc.problems))
            return
        except DomainError as exc:
            self.form.problem_label.setText(exc.message(self.ctx.language))
            return
        self.record = record
        self.new_status = entries.get_entry(self.ctx.db, record.data.entry_id).data.status
        self.saved.emit(record.id)
        self.accept()

    def status_text(self) -> str:
        """The entry's status after saving, in the interface language."""
        return Status(self.new_status).label(self.ctx.language)


def _read_only(item: QTableWidgetItem) -> QTableWidgetItem:
    from PySide6.QtCore import Qt

    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _points(value: float) -> str:
    return format_number(value, 1).removesuffix(",0")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
