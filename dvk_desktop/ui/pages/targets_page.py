"""The Targets page: every unit's registrations in a year against its target, units below
target highlighted, and the counts in religious and ethnic-minority areas."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.lifecycle_records import ProgressRow
from dvk_desktop.domain.validation import current_year
from dvk_desktop.domain.vntext import format_number
from dvk_desktop.services import targets
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.errors import guard_slot
from dvk_desktop.ui.models.rows_model import Column, RowsModel


def _target(value: int | None) -> str:
    return "" if value is None else str(value)


def progress_columns() -> list[Column]:
    """Columns of the progress table."""
    return [
        Column("unit", lambda: QCoreApplication.translate("TargetsPage", "Unit"), lambda r: r.unit_name),
        Column("models", lambda: QCoreApplication.translate("TargetsPage", "Models"), lambda r: r.models, align_right=True),
        Column("target_models", lambda: QCoreApplication.translate("TargetsPage", "Target (models)"),
               lambda r: _target(r.target_models), align_right=True),
        Column("exemplars", lambda: QCoreApplication.translate("TargetsPage", "Typical examples"), lambda r: r.exemplars,
               align_right=True),
        Column("target_exemplars", lambda: QCoreApplication.translate("TargetsPage", "Target (examples)"),
               lambda r: _target(r.target_exemplars), align_right=True),
        Column("religious", lambda: QCoreApplication.translate("TargetsPage", "Religious areas"), lambda r: r.religious,
               align_right=True),
        Column("ethnic", lambda: QCoreApplication.translate("TargetsPage", "Ethnic-minority areas"), lambda r: r.ethnic_minority,
               align_right=True),
        Column("state", lambda: QCoreApplication.translate("TargetsPage", "Progress"), lambda r: QCoreApplication.translate("TargetsPage", "Below target") if r.below_target
               else (QCoreApplication.translate("TargetsPage", "Reached") if r.has_target else QCoreApplication.translate("TargetsPage", "No target"))),
    ]


class TargetsPage(QWidget):
    """Targets per unit and year, and the progress towards them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("targets_page")
        self.model = RowsModel(progress_columns(), self, highlight=lambda r: r.below_target)
        self.table = QTableView(self, objectName="progress_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.edit_target(index.row()))
        self.year_spin = QSpinBox(self, objectName="year_spin", minimum=2009,
                                  maximum=current_year() + 5, value=current_year())
        self.below_only = QCheckBox(self, objectName="below_only_check")
        self.apply_button = QPushButton(self, objectName="apply_all_button")
        self.year_caption = QLabel(self)
        self.totals_label = QLabel(self, objectName="totals_label", wordWrap=True)
        bar = QHBoxLayout()
        for widget in (self.year_caption, self.year_spin, self.below_only):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        self.year_spin.valueChanged.connect(self.refresh)
        self.below_only.toggled.connect(self.refresh)
        self.apply_button.clicked.connect(self.apply_to_all)
        self.rows: list[ProgressRow] = []
        self.retranslate_ui()

    def title(self) -> str:
        """Name of the page in the navigation."""
        return self.tr("Targets")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.year_caption.setText(self.tr("Year:"))
        self.below_only.setText(self.tr("Only units below target"))
        self.apply_button.setText(self.tr("Same target for every unit below…"))
        self.model.retranslate()
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        """Show what changed elsewhere (new entries, inspections …) each time the page appears."""
        super().showEvent(event)
        self.refresh()

    @guard_slot
    def refresh(self, *_args) -> None:
        """Re-read the progress of the chosen year."""
        self.rows = targets.progress(self.ctx.db, self.year_spin.value())
        shown = [r for r in self.rows if r.below_target] if self.below_only.isChecked() \
            else self.rows
        self.model.set_records(shown)
        totals = targets.tag_totals(self.rows)
        n = {k: format_number(v) for k, v in totals.items()}
        self.totals_label.setText(
            self.tr("%1 models and %2 typical examples registered; %3 of %4 units with a target "
                    "are below it. In religious areas: %5; in ethnic-minority areas: %6.")
            .replace("%1", n["models"]).replace("%2", n["exemplars"])
            .replace("%3", n["below_target"]).replace("%4", n["with_target"])
            .replace("%5", n["religious"]).replace("%6", n["ethnic_minority"]))

    @guard_slot
    def edit_target(self, row: int) -> None:
        """Ask for a unit's target (models) for the year."""
        record: ProgressRow = self.model.record(row)
        value, ok = QInputDialog.getInt(
            self, self.tr("Target"), self.tr("At least how many models for %1 in %2?")
            .replace("%1", record.unit_name).replace("%2", str(self.year_spin.value())),
            record.target_models or 0, 0, 10_000)
        if ok:
            targets.set_target(self.ctx.db, record.unit_id, self.year_spin.value(), value,
                               self.ctx.actor, min_exemplars=record.target_exemplars or 0)
            self.refresh()

    @guard_slot
    def apply_to_all(self) -> None:
        """The same target (models) for every unit directly below this office."""
        value, ok = QInputDialog.getInt(
            self, self.tr("Target"), self.tr("At least how many models per unit in %1?")
            .replace("%1", str(self.year_spin.value())), 3, 0, 10_000)
        if ok:
            targets.set_targets_below(self.ctx.db, self.ctx.office.unit_id,
                                      self.year_spin.value(), value, self.ctx.actor)
            self.refresh()
