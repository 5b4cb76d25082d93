"""The Decisions & awards page: decisions above, the awards of the chosen one below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.decisions import printed_number
from dvk_desktop.domain.enums import AwardForm, IssuerKind, Scope
from dvk_desktop.domain.lifecycle_records import DecisionRecord
from dvk_desktop.services import decisions
from dvk_desktop.ui import settings_store
from dvk_desktop.ui.context import AppContext
from dvk_desktop.ui.dialogs.award_form import AwardFormDialog
from dvk_desktop.ui.dialogs.decision_form import DecisionFormDialog
from dvk_desktop.ui.errors import guard_slot
from dvk_desktop.ui.models.rows_model import Column, RowsModel
from dvk_desktop.ui.widgets.print_jobs import install_certificate_action


def decision_columns(language_of) -> list[Column]:
    """Columns of the decisions list."""
    return [
        Column("number", lambda: QCoreApplication.translate("DecisionsPage", "Number"), lambda r: printed_number(r.data.number,
                                                                         r.data.issuer_kind)),
        Column("date", lambda: QCoreApplication.translate("DecisionsPage", "Date"), lambda r: r.data.decided_on.strftime("%d/%m/%Y"),
               sort_value=lambda r: r.data.decided_on.toordinal()),
        Column("issuer", lambda: QCoreApplication.translate("DecisionsPage", "Issuer"),
               lambda r: IssuerKind(r.data.issuer_kind).label(language_of())),
        Column("body", lambda: QCoreApplication.translate("DecisionsPage", "Issuing body"), lambda r: r.data.issuing_body),
        Column("subject", lambda: QCoreApplication.translate("DecisionsPage", "Subject"), lambda r: r.data.subject),
        Column("awards", lambda: QCoreApplication.translate("DecisionsPage", "Awards"), lambda r: r.award_count, align_right=True),
        Column("recognitions", lambda: QCoreApplication.translate("DecisionsPage", "Recognitions"),
               lambda r: r.recognition_count, align_right=True),
    ]


def award_columns(language_of) -> list[Column]:
    """Columns of the awards list."""
    return [
        Column("ordinal", lambda: QCoreApplication.translate("DecisionsPage", "No."), lambda r: r.ordinal, align_right=True),
        Column("recipient", lambda: QCoreApplication.translate("DecisionsPage", "Recipient"), lambda r: r.data.recipient_name),
        Column("scope", lambda: QCoreApplication.translate("DecisionsPage", "Collective/individual"),
               lambda r: Scope(r.data.recipient_scope).label(language_of())),
        Column("position", lambda: QCoreApplication.translate("DecisionsPage", "Position, unit"), lambda r: ", ".join(
            p for p in (r.data.recipient_position, r.data.recipient_unit) if p)),
        Column("form", lambda: QCoreApplication.translate("DecisionsPage", "Form"), lambda r: AwardForm(r.data.form).label(language_of())),
        Column("gold_book", lambda: QCoreApplication.translate("DecisionsPage", "Gold book"), lambda r: r.data.gold_book_number),
    ]


def _table(parent: QWidget, name: str, model: RowsModel, stretch: int) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class DecisionsPage(QWidget):
    """Create and edit decisions and their awards."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("decisions_page")
        language = lambda: self.ctx.language  # noqa: E731
        self.decision_model = RowsModel(decision_columns(language), self)
        self.award_model = RowsModel(award_columns(language), self)
        self.decision_table = _table(self, "decisions_table", self.decision_model, 4)
        self.award_table = _table(self, "awards_table", self.award_model, 1)
        self.toolbar = QToolBar(self)
        self.new_action = self._action(self.new_decision, "Ctrl+N")
        self.edit_action = self._action(self.edit_decision)
        self.delete_action = self._action(self.delete_decision)
        self.trash_action = self._action(self.refresh, checkable=True)
        self.toolbar.addSeparator()
        self.add_award_action = self._action(self.add_award)
        self.edit_award_action = self._action(self.edit_award)
        self.remove_award_action = self._action(self.remove_award)
        self.print_action = install_certificate_action(self)
        self.awards_label = QLabel(self, objectName="awards_label")
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.awards_label)
        lower_layout.addWidget(self.award_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="decisions_splitter")
        self.splitter.addWidget(self.decision_table)
        self.splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        header = self.decision_table.horizontalHeader()
        for column, width in ((0, 170), (1, 90), (2, 100), (3, 240)):
            header.resizeSection(column, width)
        self.decision_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest first
        self.award_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.decision_table.selectionModel().selectionChanged.connect(self._decision_chosen)
        self.decision_table.activated.connect(lambda _i: self.edit_decision())
        self.award_table.activated.connect(lambda _i: self.edit_award())
        self.restore_state()
        self.retranslate_ui()

    def _action(self, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(self, checkable=checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    # -- page contract ------------------------------------------------------------------------
    def title(self) -> str:
        """Name of the page in the navigation."""
        return self.tr("Decisions & awards")

    def retranslate_ui(self) -> None:
        """Every visible text in the current language."""
        self.new_action.setText(self.tr("New decision"))
        self.edit_action.setText(self.tr("Edit decision"))
        self.trash_action.setText(self.tr("Trash"))
        self.trash_action.setToolTip(self.tr("Show the decisions in the trash"))
        self.add_award_action.setText(self.tr("Add award"))
        self.edit_award_action.setText(self.tr("Edit award"))
        self.remove_award_action.setText(self.tr("Remove award"))
        self.decision_model.retranslate()
        self.award_model.retranslate()
        self.refresh()

    def save_state(self) -> None:
        """Remember the splitter."""
        settings_store.save_bytes("decisions/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        """Bring back the splitter as the user left it."""
        state = settings_store.load_bytes("decisions/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def showEvent(self, event) -> None:  # noqa: N802
        """Show what changed elsewhere (new entries, inspections …) each time the page appears."""
        super().showEvent(event)
        self.refresh()

    @guard_slot
    def refresh(self, *_args) -> None:
        """Re-read the decisions, keeping the chosen one."""
        chosen = self.current_decision()
        in_trash = self.trash_action.isChecked()
        self.decision_model.set_records(decisions.list_decisions(self.ctx.db, deleted=in_trash))
        self.delete_action.setText(self.tr("Restore decision") if in_trash
                                   else self.tr("Move decision to trash"))
        if chosen is not None:
            self.select_decision(chosen.id)
        self._decision_chosen()

    def select_decision(self, decision_id: str) -> None:
        """Select a decision in the list."""
        for row, record in enumerate(self.decision_model.records):
            if record.id == decision_id:
                self.decision_table.selectRow(row)
                return

    def current_decision(self) -> DecisionRecord | None:
        """The selected decision (from the list, without awards)."""
        rows = self.decision_table.selectionModel().selectedRows()
        return self.decision_model.record(rows[0].row()) if rows else None

    def _decision_chosen(self, *_args) -> None:
        chosen = self.current_decision()
        awards = decisions.get_decision(self.ctx.db, chosen.id).awards if chosen else []
        self.award_model.set_records(awards)
        self.awards_label.setText(
            self.tr("Awards of %1").replace("%1", chosen.data.number) if chosen
            else self.tr("Choose a decision to see its awards"))
        live = not self.trash_action.isChecked()
        self.delete_action.setEnabled(chosen is not None)
        for action in (self.edit_action, self.add_award_action):
            action.setEnabled(chosen is not None and live)
        for action in (self.edit_award_action, self.remove_award_action):
            action.setEnabled(bool(awards) and live)

    def current_award(self):
        """The selected award, if any."""
        rows = self.award_table.selectionModel().selectedRows()
        return self.award_model.record(rows[0].row()) if rows else None

    # -- actions ------------------------------------------------------------------------------
    @guard_slot
    def new_decision(self) -> None:
        """Make a new decision."""
        record = DecisionFormDialog.ask(self.ctx, None, self)
        if record is not None:
            self.refresh()
            self.select_decision(record.id)

    @guard_slot
    def edit_decision(self) -> None:
        """Edit the selected decision."""
        chosen = self.current_decision()
        if chosen is not None and DecisionFormDialog.ask(self.ctx, chosen, self) is not None:
            self.refresh()

    @guard_slot
    def delete_decision(self) -> None:
        """Move the selected decision to the trash (in the trash: restore it)."""
        chosen = self.current_decision()
        if chosen is None:
            return
        restore = self.trash_action.isChecked()
        decisions.set_decision_deleted(self.ctx.db, chosen.id, not restore, self.ctx.actor)
        self.refresh()
        message = (self.tr("Decision %1 restored.") if restore
                   else self.tr("Decision %1 moved to the trash."))
        self.status_message.emit(message.replace("%1", chosen.data.number))

    @guard_slot
    def add_award(self) -> None:
        """Add a recipient to the selected decision."""
        chosen = self.current_decision()
        if chosen is not None and AwardFormDialog.ask(self.ctx, chosen, None, self) is not None:
            self.refresh()

    @guard_slot
    def edit_award(self) -> None:
        """Edit the selected award."""
        chosen, award = self.current_decision(), self.current_award()
        if chosen is not None and award is not None and \
                AwardFormDialog.ask(self.ctx, chosen, award, self) is not None:
            self.refresh()

    @guard_slot
    def remove_award(self) -> None:
        """Remove the selected award from its decision (kept in the trash)."""
        award = self.current_award()
        if award is not None:
            decisions.set_award_deleted(self.ctx.db, award.id, True, self.ctx.actor)
            self.refresh()
