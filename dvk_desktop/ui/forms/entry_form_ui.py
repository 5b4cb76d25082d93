# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_form.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDialog, QDoubleSpinBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from dvk_desktop.ui.widgets.unit_picker import UnitPicker

class Ui_EntryForm(object):
    def setupUi(self, EntryForm):
        if not EntryForm.objectName():
            EntryForm.setObjectName(u"EntryForm")
        EntryForm.resize(820, 860)
        EntryForm.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }\n"
"QLabel[role=\"warning\"] { background: #fff4ce; border: 1px solid #e0c060; padding: 4px; }")
        self.main_layout = QVBoxLayout(EntryForm)
        self.main_layout.setObjectName(u"main_layout")
        self.duplicate_label = QLabel(EntryForm)
        self.duplicate_label.setObjectName(u"duplicate_label")
        self.duplicate_label.setText(u"")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setProperty(u"role", u"warning")

        self.main_layout.addWidget(self.duplicate_label)

        self.scroll_area = QScrollArea(EntryForm)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.contents_layout = QVBoxLayout(self.scroll_contents)
        self.contents_layout.setObjectName(u"contents_layout")
        self.general_group = QGroupBox(self.scroll_contents)
        self.general_group.setObjectName(u"general_group")
        self.general_layout = QFormLayout(self.general_group)
        self.general_layout.setObjectName(u"general_layout")
        self.general_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.general_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.type_label = QLabel(self.general_group)
        self.type_label.setObjectName(u"type_label")

        self.general_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(self.general_group)
        self.type_combo.setObjectName(u"type_combo")

        self.general_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.scope_label = QLabel(self.general_group)
        self.scope_label.setObjectName(u"scope_label")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.scope_combo = QComboBox(self.general_group)
        self.scope_combo.setObjectName(u"scope_combo")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scope_combo)

        self.title_label = QLabel(self.general_group)
        self.title_label.setObjectName(u"title_label")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.general_group)
        self.title_edit.setObjectName(u"title_edit")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_error = QLabel(self.general_group)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setText(u"")
        self.title_error.setWordWrap(True)
        self.title_error.setProperty(u"role", u"error")

        self.general_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title_error)

        self.field_label = QLabel(self.general_group)
        self.field_label.setObjectName(u"field_label")

        self.general_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.field_label)

        self.field_combo = QComboBox(self.general_group)
        self.field_combo.setObjectName(u"field_combo")

        self.general_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.field_combo)

        self.field_code_error = QLabel(self.general_group)
        self.field_code_error.setObjectName(u"field_code_error")
        self.field_code_error.setText(u"")
        self.field_code_error.setWordWrap(True)
        self.field_code_error.setProperty(u"role", u"error")

        self.general_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.field_code_error)

        self.level_label = QLabel(self.general_group)
        self.level_label.setObjectName(u"level_label")

        self.general_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_combo = QComboBox(self.general_group)
        self.level_combo.setObjectName(u"level_combo")

        self.general_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.level_combo)

        self.unit_label = QLabel(self.general_group)
        self.unit_label.setObjectName(u"unit_label")

        self.general_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_picker = UnitPicker(self.general_group)
        self.unit_picker.setObjectName(u"unit_picker")

        self.general_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unit_picker)

        self.owner_unit_id_error = QLabel(self.general_group)
        self.owner_unit_id_error.setObjectName(u"owner_unit_id_error")
        self.owner_unit_id_error.setText(u"")
        self.owner_unit_id_error.setWordWrap(True)
        self.owner_unit_id_error.setProperty(u"role", u"error")

        self.general_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.owner_unit_id_error)

        self.location_label = QLabel(self.general_group)
        self.location_label.setObjectName(u"location_label")

        self.general_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(self.general_group)
        self.location_edit.setObjectName(u"location_edit")

        self.general_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.location_error = QLabel(self.general_group)
        self.location_error.setObjectName(u"location_error")
        self.location_error.setText(u"")
        self.location_error.setWordWrap(True)
        self.location_error.setProperty(u"role", u"error")

        self.general_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.location_error)

        self.sector_label = QLabel(self.general_group)
        self.sector_label.setObjectName(u"sector_label")

        self.general_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector_combo = QComboBox(self.general_group)
        self.sector_combo.setObjectName(u"sector_combo")

        self.general_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sector_combo)

        self.year_label = QLabel(self.general_group)
        self.year_label.setObjectName(u"year_label")

        self.general_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(self.general_group)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2009)
        self.year_spin.setMaximum(2100)
        self.year_spin.setMaximumSize(QSize(260, 16777215))
        self.year_spin.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.general_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.year_error = QLabel(self.general_group)
        self.year_error.setObjectName(u"year_error")
        self.year_error.setText(u"")
        self.year_error.setWordWrap(True)
        self.year_error.setProperty(u"role", u"error")

        self.general_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.year_error)

        self.start_date_label = QLabel(self.general_group)
        self.start_date_label.setObjectName(u"start_date_label")

        self.general_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_layout = QHBoxLayout()
        self.start_date_layout.setObjectName(u"start_date_layout")
        self.start_date_edit = QDateEdit(self.general_group)
        self.start_date_edit.setObjectName(u"start_date_edit")
        self.start_date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.start_date_edit.setCalendarPopup(True)
        self.start_date_edit.setMinimumDate(QDate(1900, 1, 1))

        self.start_date_layout.addWidget(self.start_date_edit)

        self.clear_start_date_button = QToolButton(self.general_group)
        self.clear_start_date_button.setObjectName(u"clear_start_date_button")

        self.start_date_layout.addWidget(self.clear_start_date_button)

        self.start_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_date_layout.addItem(self.start_date_spacer)


        self.general_layout.setLayout(14, QFormLayout.ItemRole.FieldRole, self.start_date_layout)

        self.start_date_error = QLabel(self.general_group)
        self.start_date_error.setObjectName(u"start_date_error")
        self.start_date_error.setText(u"")
        self.start_date_error.setWordWrap(True)
        self.start_date_error.setProperty(u"role", u"error")

        self.general_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.start_date_error)

        self.status_label = QLabel(self.general_group)
        self.status_label.setObjectName(u"status_label")

        self.general_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.general_group)
        self.status_combo.setObjectName(u"status_combo")

        self.general_layout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_reason_label = QLabel(self.general_group)
        self.status_reason_label.setObjectName(u"status_reason_label")

        self.general_layout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.status_reason_label)

        self.status_reason_edit = QPlainTextEdit(self.general_group)
        self.status_reason_edit.setObjectName(u"status_reason_edit")
        self.status_reason_edit.setTabChangesFocus(True)
        self.status_reason_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.status_reason_edit.setMinimumSize(QSize(0, 40))
        self.status_reason_edit.setMaximumSize(QSize(16777215, 60))

        self.general_layout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.status_reason_edit)

        self.status_reason_error = QLabel(self.general_group)
        self.status_reason_error.setObjectName(u"status_reason_error")
        self.status_reason_error.setText(u"")
        self.status_reason_error.setWordWrap(True)
        self.status_reason_error.setProperty(u"role", u"error")

        self.general_layout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.status_reason_error)


        self.contents_layout.addWidget(self.general_group)

        self.registration_group = QGroupBox(self.scroll_contents)
        self.registration_group.setObjectName(u"registration_group")
        self.registration_layout = QFormLayout(self.registration_group)
        self.registration_layout.setObjectName(u"registration_layout")
        self.registration_layout.setRowWrapPolicy(QFormLayout.WrapAllRows)
        self.registration_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.registration_layout.setLabelAlignment(Qt.AlignLeft|Qt.AlignTop)
        self.problem_label = QLabel(self.registration_group)
        self.problem_label.setObjectName(u"problem_label")

        self.registration_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.problem_label)

        self.problem_edit = QPlainTextEdit(self.registration_group)
        self.problem_edit.setObjectName(u"problem_edit")
        self.problem_edit.setTabChangesFocus(True)
        self.problem_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.problem_edit.setMinimumSize(QSize(0, 56))
        self.problem_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.problem_edit)

        self.problem_error = QLabel(self.registration_group)
        self.problem_error.setObjectName(u"problem_error")
        self.problem_error.setText(u"")
        self.problem_error.setWordWrap(True)
        self.problem_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.problem_error)

        self.goals_label = QLabel(self.registration_group)
        self.goals_label.setObjectName(u"goals_label")

        self.registration_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goals_label)

        self.goals_edit = QPlainTextEdit(self.registration_group)
        self.goals_edit.setObjectName(u"goals_edit")
        self.goals_edit.setTabChangesFocus(True)
        self.goals_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.goals_edit.setMinimumSize(QSize(0, 56))
        self.goals_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goals_edit)

        self.goals_error = QLabel(self.registration_group)
        self.goals_error.setObjectName(u"goals_error")
        self.goals_error.setText(u"")
        self.goals_error.setWordWrap(True)
        self.goals_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.goals_error)

        self.content_methods_label = QLabel(self.registration_group)
        self.content_methods_label.setObjectName(u"content_methods_label")

        self.registration_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.content_methods_label)

        self.content_methods_edit = QPlainTextEdit(self.registration_group)
        self.content_methods_edit.setObjectName(u"content_methods_edit")
        self.content_methods_edit.setTabChangesFocus(True)
        self.content_methods_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.content_methods_edit.setMinimumSize(QSize(0, 56))
        self.content_methods_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.content_methods_edit)

        self.content_methods_error = QLabel(self.registration_group)
        self.content_methods_error.setObjectName(u"content_methods_error")
        self.content_methods_error.setText(u"")
        self.content_methods_error.setWordWrap(True)
        self.content_methods_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.content_methods_error)

        self.area_beneficiaries_label = QLabel(self.registration_group)
        self.area_beneficiaries_label.setObjectName(u"area_beneficiaries_label")

        self.registration_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.area_beneficiaries_label)

        self.area_beneficiaries_edit = QPlainTextEdit(self.registration_group)
        self.area_beneficiaries_edit.setObjectName(u"area_beneficiaries_edit")
        self.area_beneficiaries_edit.setTabChangesFocus(True)
        self.area_beneficiaries_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.area_beneficiaries_edit.setMinimumSize(QSize(0, 56))
        self.area_beneficiaries_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.area_beneficiaries_edit)

        self.area_beneficiaries_error = QLabel(self.registration_group)
        self.area_beneficiaries_error.setObjectName(u"area_beneficiaries_error")
        self.area_beneficiaries_error.setText(u"")
        self.area_beneficiaries_error.setWordWrap(True)
        self.area_beneficiaries_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.area_beneficiaries_error)

        self.forces_roles_label = QLabel(self.registration_group)
        self.forces_roles_label.setObjectName(u"forces_roles_label")

        self.registration_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.forces_roles_label)

        self.forces_roles_edit = QPlainTextEdit(self.registration_group)
        self.forces_roles_edit.setObjectName(u"forces_roles_edit")
        self.forces_roles_edit.setTabChangesFocus(True)
        self.forces_roles_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.forces_roles_edit.setMinimumSize(QSize(0, 56))
        self.forces_roles_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.forces_roles_edit)

        self.forces_roles_error = QLabel(self.registration_group)
        self.forces_roles_error.setObjectName(u"forces_roles_error")
        self.forces_roles_error.setText(u"")
        self.forces_roles_error.setWordWrap(True)
        self.forces_roles_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.forces_roles_error)

        self.resources_label = QLabel(self.registration_group)
        self.resources_label.setObjectName(u"resources_label")

        self.registration_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.resources_label)

        self.resources_edit = QPlainTextEdit(self.registration_group)
        self.resources_edit.setObjectName(u"resources_edit")
        self.resources_edit.setTabChangesFocus(True)
        self.resources_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.resources_edit.setMinimumSize(QSize(0, 56))
        self.resources_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.resources_edit)

        self.resources_error = QLabel(self.registration_group)
        self.resources_error.setObjectName(u"resources_error")
        self.resources_error.setText(u"")
        self.resources_error.setWordWrap(True)
        self.resources_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.resources_error)

        self.timeline_label = QLabel(self.registration_group)
        self.timeline_label.setObjectName(u"timeline_label")

        self.registration_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.timeline_label)

        self.timeline_edit = QPlainTextEdit(self.registration_group)
        self.timeline_edit.setObjectName(u"timeline_edit")
        self.timeline_edit.setTabChangesFocus(True)
        self.timeline_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.timeline_edit.setMinimumSize(QSize(0, 56))
        self.timeline_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.timeline_edit)

        self.timeline_error = QLabel(self.registration_group)
        self.timeline_error.setObjectName(u"timeline_error")
        self.timeline_error.setText(u"")
        self.timeline_error.setWordWrap(True)
        self.timeline_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.timeline_error)

        self.expected_outputs_label = QLabel(self.registration_group)
        self.expected_outputs_label.setObjectName(u"expected_outputs_label")

        self.registration_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.expected_outputs_label)

        self.expected_outputs_edit = QPlainTextEdit(self.registration_group)
        self.expected_outputs_edit.setObjectName(u"expected_outputs_edit")
        self.expected_outputs_edit.setTabChangesFocus(True)
        self.expected_outputs_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.expected_outputs_edit.setMinimumSize(QSize(0, 56))
        self.expected_outputs_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.expected_outputs_edit)

        self.expected_outputs_error = QLabel(self.registration_group)
        self.expected_outputs_error.setObjectName(u"expected_outputs_error")
        self.expected_outputs_error.setText(u"")
        self.expected_outputs_error.setWordWrap(True)
        self.expected_outputs_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.expected_outputs_error)

        self.sustainability_label = QLabel(self.registration_group)
        self.sustainability_label.setObjectName(u"sustainability_label")

        self.registration_layout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.sustainability_label)

        self.sustainability_edit = QPlainTextEdit(self.registration_group)
        self.sustainability_edit.setObjectName(u"sustainability_edit")
        self.sustainability_edit.setTabChangesFocus(True)
        self.sustainability_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.sustainability_edit.setMinimumSize(QSize(0, 56))
        self.sustainability_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.sustainability_edit)

        self.sustainability_error = QLabel(self.registration_group)
        self.sustainability_error.setObjectName(u"sustainability_error")
        self.sustainability_error.setText(u"")
        self.sustainability_error.setWordWrap(True)
        self.sustainability_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.sustainability_error)

        self.leadership_label = QLabel(self.registration_group)
        self.leadership_label.setObjectName(u"leadership_label")

        self.registration_layout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.leadership_label)

        self.leadership_edit = QPlainTextEdit(self.registration_group)
        self.leadership_edit.setObjectName(u"leadership_edit")
        self.leadership_edit.setTabChangesFocus(True)
        self.leadership_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.leadership_edit.setMinimumSize(QSize(0, 56))
        self.leadership_edit.setMaximumSize(QSize(16777215, 90))

        self.registration_layout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.leadership_edit)

        self.leadership_error = QLabel(self.registration_group)
        self.leadership_error.setObjectName(u"leadership_error")
        self.leadership_error.setText(u"")
        self.leadership_error.setWordWrap(True)
        self.leadership_error.setProperty(u"role", u"error")

        self.registration_layout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.leadership_error)


        self.contents_layout.addWidget(self.registration_group)

        self.person_group = QGroupBox(self.scroll_contents)
        self.person_group.setObjectName(u"person_group")
        self.person_layout = QFormLayout(self.person_group)
        self.person_layout.setObjectName(u"person_layout")
        self.person_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.person_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.person_name_label = QLabel(self.person_group)
        self.person_name_label.setObjectName(u"person_name_label")

        self.person_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_name_label)

        self.person_name_edit = QLineEdit(self.person_group)
        self.person_name_edit.setObjectName(u"person_name_edit")

        self.person_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_name_edit)

        self.person_name_error = QLabel(self.person_group)
        self.person_name_error.setObjectName(u"person_name_error")
        self.person_name_error.setText(u"")
        self.person_name_error.setWordWrap(True)
        self.person_name_error.setProperty(u"role", u"error")

        self.person_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.person_name_error)

        self.person_sex_label = QLabel(self.person_group)
        self.person_sex_label.setObjectName(u"person_sex_label")

        self.person_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_sex_label)

        self.person_sex_combo = QComboBox(self.person_group)
        self.person_sex_combo.setObjectName(u"person_sex_combo")

        self.person_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person_sex_combo)

        self.person_birth_year_label = QLabel(self.person_group)
        self.person_birth_year_label.setObjectName(u"person_birth_year_label")

        self.person_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.person_birth_year_label)

        self.person_birth_year_spin = QSpinBox(self.person_group)
        self.person_birth_year_spin.setObjectName(u"person_birth_year_spin")
        self.person_birth_year_spin.setMinimum(1899)
        self.person_birth_year_spin.setMaximum(2100)
        self.person_birth_year_spin.setMaximumSize(QSize(260, 16777215))
        self.person_birth_year_spin.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.person_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.person_birth_year_spin)

        self.person_birth_year_error = QLabel(self.person_group)
        self.person_birth_year_error.setObjectName(u"person_birth_year_error")
        self.person_birth_year_error.setText(u"")
        self.person_birth_year_error.setWordWrap(True)
        self.person_birth_year_error.setProperty(u"role", u"error")

        self.person_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.person_birth_year_error)

        self.person_ethnicity_label = QLabel(self.person_group)
        self.person_ethnicity_label.setObjectName(u"person_ethnicity_label")

        self.person_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.person_ethnicity_label)

        self.person_ethnicity_edit = QLineEdit(self.person_group)
        self.person_ethnicity_edit.setObjectName(u"person_ethnicity_edit")

        self.person_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.person_ethnicity_edit)

        self.person_ethnicity_error = QLabel(self.person_group)
        self.person_ethnicity_error.setObjectName(u"person_ethnicity_error")
        self.person_ethnicity_error.setText(u"")
        self.person_ethnicity_error.setWordWrap(True)
        self.person_ethnicity_error.setProperty(u"role", u"error")

        self.person_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.person_ethnicity_error)

        self.person_position_label = QLabel(self.person_group)
        self.person_position_label.setObjectName(u"person_position_label")

        self.person_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.person_position_label)

        self.person_position_edit = QLineEdit(self.person_group)
        self.person_position_edit.setObjectName(u"person_position_edit")

        self.person_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.person_position_edit)

        self.person_position_error = QLabel(self.person_group)
        self.person_position_error.setObjectName(u"person_position_error")
        self.person_position_error.setText(u"")
        self.person_position_error.setWordWrap(True)
        self.person_position_error.setProperty(u"role", u"error")

        self.person_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.person_position_error)

        self.person_workplace_label = QLabel(self.person_group)
        self.person_workplace_label.setObjectName(u"person_workplace_label")

        self.person_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.person_workplace_label)

        self.person_workplace_edit = QLineEdit(self.person_group)
        self.person_workplace_edit.setObjectName(u"person_workplace_edit")

        self.person_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.person_workplace_edit)

        self.person_workplace_error = QLabel(self.person_group)
        self.person_workplace_error.setObjectName(u"person_workplace_error")
        self.person_workplace_error.setText(u"")
        self.person_workplace_error.setWordWrap(True)
        self.person_workplace_error.setProperty(u"role", u"error")

        self.person_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.person_workplace_error)

        self.person_party_member_check = QCheckBox(self.person_group)
        self.person_party_member_check.setObjectName(u"person_party_member_check")

        self.person_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.person_party_member_check)

        self.person_address_label = QLabel(self.person_group)
        self.person_address_label.setObjectName(u"person_address_label")

        self.person_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.person_address_label)

        self.person_address_edit = QLineEdit(self.person_group)
        self.person_address_edit.setObjectName(u"person_address_edit")

        self.person_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.person_address_edit)

        self.person_address_error = QLabel(self.person_group)
        self.person_address_error.setObjectName(u"person_address_error")
        self.person_address_error.setText(u"")
        self.person_address_error.setWordWrap(True)
        self.person_address_error.setProperty(u"role", u"error")

        self.person_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.person_address_error)


        self.contents_layout.addWidget(self.person_group)

        self.results_group = QGroupBox(self.scroll_contents)
        self.results_group.setObjectName(u"results_group")
        self.results_layout = QFormLayout(self.results_group)
        self.results_layout.setObjectName(u"results_layout")
        self.results_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.results_layout.setLabelAlignment(Qt.AlignRight|Qt.AlignTop)
        self.money_vnd_label = QLabel(self.results_group)
        self.money_vnd_label.setObjectName(u"money_vnd_label")

        self.results_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.money_vnd_label)

        self.money_vnd_spin = QDoubleSpinBox(self.results_group)
        self.money_vnd_spin.setObjectName(u"money_vnd_spin")
        self.money_vnd_spin.setDecimals(0)
        self.money_vnd_spin.setMaximumSize(QSize(260, 16777215))
        self.money_vnd_spin.setMaximum(1000000000000000.000000000000000)
        self.money_vnd_spin.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.money_vnd_spin.setGroupSeparatorShown(True)
        self.money_vnd_spin.setSuffix(u" \u20ab")

        self.results_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.money_vnd_spin)

        self.money_vnd_error = QLabel(self.results_group)
        self.money_vnd_error.setObjectName(u"money_vnd_error")
        self.money_vnd_error.setText(u"")
        self.money_vnd_error.setWordWrap(True)
        self.money_vnd_error.setProperty(u"role", u"error")

        self.results_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.money_vnd_error)

        self.land_m2_label = QLabel(self.results_group)
        self.land_m2_label.setObjectName(u"land_m2_label")

        self.results_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.land_m2_label)

        self.land_m2_spin = QDoubleSpinBox(self.results_group)
        self.land_m2_spin.setObjectName(u"land_m2_spin")
        self.land_m2_spin.setDecimals(1)
        self.land_m2_spin.setMaximumSize(QSize(260, 16777215))
        self.land_m2_spin.setMaximum(10000000000.000000000000000)
        self.land_m2_spin.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.land_m2_spin.setGroupSeparatorShown(True)
        self.land_m2_spin.setSuffix(u" m\u00b2")

        self.results_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.land_m2_spin)

        self.land_m2_error = QLabel(self.results_group)
        self.land_m2_error.setObjectName(u"land_m2_error")
        self.land_m2_error.setText(u"")
        self.land_m2_error.setWordWrap(True)
        self.land_m2_error.setProperty(u"role", u"error")

        self.results_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.land_m2_error)

        self.working_days_label = QLabel(self.results_group)
        self.working_days_label.setObjectName(u"working_days_label")

        self.results_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.working_days_label)

        self.working_days_spin = QSpinBox(self.results_group)
        self.working_days_spin.setObjectName(u"working_days_spin")
        self.working_days_spin.setMinimum(0)
        self.working_days_spin.setMaximum(1000000000)
        self.working_days_spin.setMaximumSize(QSize(260, 16777215))
        self.working_days_spin.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.working_days_spin.setGroupSeparatorShown(True)

        self.results_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.working_days_spin)

        self.working_days_error = QLabel(self.results_group)
        self.working_days_error.setObjectName(u"working_days_error")
        self.working_days_error.setText(u"")
        self.working_days_error.setWordWrap(True)
        self.working_days_error.setProperty(u"role", u"error")

        self.results_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.working_days_error)

        self.beneficiaries_label = QLabel(self.results_group)
        self.beneficiaries_label.setObjectName(u"beneficiaries_label")

        self.results_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.beneficiaries_label)

        self.beneficiaries_spin = QSpinBox(self.results_group)
        self.beneficiaries_spin.setObjectName(u"beneficiaries_spin")
        self.beneficiaries_spin.setMinimum(0)
        self.beneficiaries_spin.setMaximum(1000000000)
        self.beneficiaries_spin.setMaximumSize(QSize(260, 16777215))
        self.beneficiaries_spin.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.beneficiaries_spin.setGroupSeparatorShown(True)

        self.results_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.beneficiaries_spin)

        self.beneficiaries_error = QLabel(self.results_group)
        self.beneficiaries_error.setObjectName(u"beneficiaries_error")
        self.beneficiaries_error.setText(u"")
        self.beneficiaries_error.setWordWrap(True)
        self.beneficiaries_error.setProperty(u"role", u"error")

        self.results_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.beneficiaries_error)

        self.replication_count_label = QLabel(self.results_group)
        self.replication_count_label.setObjectName(u"replication_count_label")

        self.results_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.replication_count_label)

        self.replication_count_spin = QSpinBox(self.results_group)
        self.replication_count_spin.setObjectName(u"replication_count_spin")
        self.replication_count_spin.setMinimum(0)
        self.replication_count_spin.setMaximum(1000000000)
        self.replication_count_spin.setMaximumSize(QSize(260, 16777215))
        self.replication_count_spin.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.replication_count_spin.setGroupSeparatorShown(True)

        self.results_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.replication_count_spin)

        self.replication_count_error = QLabel(self.results_group)
        self.replication_count_error.setObjectName(u"replication_count_error")
        self.replication_count_error.setText(u"")
        self.replication_count_error.setWordWrap(True)
        self.replication_count_error.setProperty(u"role", u"error")

        self.results_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.replication_count_error)

        self.replication_places_label = QLabel(self.results_group)
        self.replication_places_label.setObjectName(u"replication_places_label")

        self.results_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.replication_places_label)

        self.replication_places_edit = QPlainTextEdit(self.results_group)
        self.replication_places_edit.setObjectName(u"replication_places_edit")
        self.replication_places_edit.setTabChangesFocus(True)
        self.replication_places_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.replication_places_edit.setMinimumSize(QSize(0, 40))
        self.replication_places_edit.setMaximumSize(QSize(16777215, 60))

        self.results_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.replication_places_edit)

        self.replication_places_error = QLabel(self.results_group)
        self.replication_places_error.setObjectName(u"replication_places_error")
        self.replication_places_error.setText(u"")
        self.replication_places_error.setWordWrap(True)
        self.replication_places_error.setProperty(u"role", u"error")

        self.results_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.replication_places_error)

        self.results_notes_label = QLabel(self.results_group)
        self.results_notes_label.setObjectName(u"results_notes_label")

        self.results_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.results_notes_label)

        self.results_notes_edit = QPlainTextEdit(self.results_group)
        self.results_notes_edit.setObjectName(u"results_notes_edit")
        self.results_notes_edit.setTabChangesFocus(True)
        self.results_notes_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.results_notes_edit.setMinimumSize(QSize(0, 56))
        self.results_notes_edit.setMaximumSize(QSize(16777215, 90))

        self.results_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.results_notes_edit)

        self.results_notes_error = QLabel(self.results_group)
        self.results_notes_error.setObjectName(u"results_notes_error")
        self.results_notes_error.setText(u"")
        self.results_notes_error.setWordWrap(True)
        self.results_notes_error.setProperty(u"role", u"error")

        self.results_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.results_notes_error)


        self.contents_layout.addWidget(self.results_group)

        self.tags_group = QGroupBox(self.scroll_contents)
        self.tags_group.setObjectName(u"tags_group")
        self.tags_layout = QGridLayout(self.tags_group)
        self.tags_layout.setObjectName(u"tags_layout")
        self.tag_religious_check = QCheckBox(self.tags_group)
        self.tag_religious_check.setObjectName(u"tag_religious_check")

        self.tags_layout.addWidget(self.tag_religious_check, 0, 0, 1, 1)

        self.tag_ethnic_minority_check = QCheckBox(self.tags_group)
        self.tag_ethnic_minority_check.setObjectName(u"tag_ethnic_minority_check")

        self.tags_layout.addWidget(self.tag_ethnic_minority_check, 0, 1, 1, 1)

        self.tag_fdi_check = QCheckBox(self.tags_group)
        self.tag_fdi_check.setObjectName(u"tag_fdi_check")

        self.tags_layout.addWidget(self.tag_fdi_check, 1, 0, 1, 1)

        self.tag_new_rural_check = QCheckBox(self.tags_group)
        self.tag_new_rural_check.setObjectName(u"tag_new_rural_check")

        self.tags_layout.addWidget(self.tag_new_rural_check, 1, 1, 1, 1)


        self.contents_layout.addWidget(self.tags_group)

        self.history_group = QGroupBox(self.scroll_contents)
        self.history_group.setObjectName(u"history_group")
        self.history_layout = QVBoxLayout(self.history_group)
        self.history_layout.setObjectName(u"history_layout")
        self.history_tree = QTreeWidget(self.history_group)
        self.history_tree.setObjectName(u"history_tree")
        self.history_tree.setRootIsDecorated(False)
        self.history_tree.setAlternatingRowColors(True)
        self.history_tree.setFocusPolicy(Qt.NoFocus)
        self.history_tree.setMaximumSize(QSize(16777215, 140))

        self.history_layout.addWidget(self.history_tree)


        self.contents_layout.addWidget(self.history_group)

        self.scroll_area.setWidget(self.scroll_contents)

        self.main_layout.addWidget(self.scroll_area)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.problems_label = QLabel(EntryForm)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setText(u"")
        self.problems_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problems_label.sizePolicy().hasHeightForWidth())
        self.problems_label.setSizePolicy(sizePolicy)

        self.button_layout.addWidget(self.problems_label)

        self.save_new_button = QPushButton(EntryForm)
        self.save_new_button.setObjectName(u"save_new_button")
        self.save_new_button.setAutoDefault(False)

        self.button_layout.addWidget(self.save_new_button)

        self.save_button = QPushButton(EntryForm)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(EntryForm)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.type_label.setBuddy(self.type_combo)
        self.scope_label.setBuddy(self.scope_combo)
        self.title_label.setBuddy(self.title_edit)
        self.field_label.setBuddy(self.field_combo)
        self.level_label.setBuddy(self.level_combo)
        self.unit_label.setBuddy(self.unit_picker)
        self.location_label.setBuddy(self.location_edit)
        self.sector_label.setBuddy(self.sector_combo)
        self.year_label.setBuddy(self.year_spin)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.status_label.setBuddy(self.status_combo)
        self.status_reason_label.setBuddy(self.status_reason_edit)
        self.problem_label.setBuddy(self.problem_edit)
        self.goals_label.setBuddy(self.goals_edit)
        self.content_methods_label.setBuddy(self.content_methods_edit)
        self.area_beneficiaries_label.setBuddy(self.area_beneficiaries_edit)
        self.forces_roles_label.setBuddy(self.forces_roles_edit)
        self.resources_label.setBuddy(self.resources_edit)
        self.timeline_label.setBuddy(self.timeline_edit)
        self.expected_outputs_label.setBuddy(self.expected_outputs_edit)
        self.sustainability_label.setBuddy(self.sustainability_edit)
        self.leadership_label.setBuddy(self.leadership_edit)
        self.person_name_label.setBuddy(self.person_name_edit)
        self.person_sex_label.setBuddy(self.person_sex_combo)
        self.person_birth_year_label.setBuddy(self.person_birth_year_spin)
        self.person_ethnicity_label.setBuddy(self.person_ethnicity_edit)
        self.person_position_label.setBuddy(self.person_position_edit)
        self.person_workplace_label.setBuddy(self.person_workplace_edit)
        self.person_address_label.setBuddy(self.person_address_edit)
        self.money_vnd_label.setBuddy(self.money_vnd_spin)
        self.land_m2_label.setBuddy(self.land_m2_spin)
        self.working_days_label.setBuddy(self.working_days_spin)
        self.beneficiaries_label.setBuddy(self.beneficiaries_spin)
        self.replication_count_label.setBuddy(self.replication_count_spin)
        self.replication_places_label.setBuddy(self.replication_places_edit)
        self.results_notes_label.setBuddy(self.results_notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.type_combo, self.scope_combo)
        QWidget.setTabOrder(self.scope_combo, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.field_combo)
        QWidget.setTabOrder(self.field_combo, self.level_combo)
        QWidget.setTabOrder(self.level_combo, self.unit_picker)
        QWidget.setTabOrder(self.unit_picker, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.sector_combo)
        QWidget.setTabOrder(self.sector_combo, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.clear_start_date_button)
        QWidget.setTabOrder(self.clear_start_date_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.status_reason_edit)
        QWidget.setTabOrder(self.status_reason_edit, self.problem_edit)
        QWidget.setTabOrder(self.problem_edit, self.goals_edit)
        QWidget.setTabOrder(self.goals_edit, self.content_methods_edit)
        QWidget.setTabOrder(self.content_methods_edit, self.area_beneficiaries_edit)
        QWidget.setTabOrder(self.area_beneficiaries_edit, self.forces_roles_edit)
        QWidget.setTabOrder(self.forces_roles_edit, self.resources_edit)
        QWidget.setTabOrder(self.resources_edit, self.timeline_edit)
        QWidget.setTabOrder(self.timeline_edit, self.expected_outputs_edit)
        QWidget.setTabOrder(self.expected_outputs_edit, self.sustainability_edit)
        QWidget.setTabOrder(self.sustainability_edit, self.leadership_edit)
        QWidget.setTabOrder(self.leadership_edit, self.person_name_edit)
        QWidget.setTabOrder(self.person_name_edit, self.person_sex_combo)
        QWidget.setTabOrder(self.person_sex_combo, self.person_birth_year_spin)
        QWidget.setTabOrder(self.person_birth_year_spin, self.person_ethnicity_edit)
        QWidget.setTabOrder(self.person_ethnicity_edit, self.person_position_edit)
        QWidget.setTabOrder(self.person_position_edit, self.person_workplace_edit)
        QWidget.setTabOrder(self.person_workplace_edit, self.person_party_member_check)
        QWidget.setTabOrder(self.person_party_member_check, self.person_address_edit)
        QWidget.setTabOrder(self.person_address_edit, self.money_vnd_spin)
        QWidget.setTabOrder(self.money_vnd_spin, self.land_m2_spin)
        QWidget.setTabOrder(self.land_m2_spin, self.working_days_spin)
        QWidget.setTabOrder(self.working_days_spin, self.beneficiaries_spin)
        QWidget.setTabOrder(self.beneficiaries_spin, self.replication_count_spin)
        QWidget.setTabOrder(self.replication_count_spin, self.replication_places_edit)
        QWidget.setTabOrder(self.replication_places_edit, self.results_notes_edit)
        QWidget.setTabOrder(self.results_notes_edit, self.tag_religious_check)
        QWidget.setTabOrder(self.tag_religious_check, self.tag_ethnic_minority_check)
        QWidget.setTabOrder(self.tag_ethnic_minority_check, self.tag_fdi_check)
        QWidget.setTabOrder(self.tag_fdi_check, self.tag_new_rural_check)
        QWidget.setTabOrder(self.tag_new_rural_check, self.save_new_button)
        QWidget.setTabOrder(self.save_new_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(EntryForm)

        QMetaObject.connectSlotsByName(EntryForm)
    # setupUi

    def retranslateUi(self, EntryForm):
        EntryForm.setWindowTitle(QCoreApplication.translate("EntryForm", u"Entry", None))
        self.general_group.setTitle(QCoreApplication.translate("EntryForm", u"General", None))
        self.type_label.setText(QCoreApplication.translate("EntryForm", u"T&ype:", None))
        self.scope_label.setText(QCoreApplication.translate("EntryForm", u"Sc&ope:", None))
        self.title_label.setText(QCoreApplication.translate("EntryForm", u"&Title:", None))
        self.field_label.setText(QCoreApplication.translate("EntryForm", u"&Field:", None))
        self.level_label.setText(QCoreApplication.translate("EntryForm", u"&Level:", None))
        self.unit_label.setText(QCoreApplication.translate("EntryForm", u"Owner &unit:", None))
        self.unit_picker.setPlaceholderText(QCoreApplication.translate("EntryForm", u"Type part of the unit's name or code", None))
        self.location_label.setText(QCoreApplication.translate("EntryForm", u"Location (commune):", None))
        self.sector_label.setText(QCoreApplication.translate("EntryForm", u"Sector:", None))
        self.year_label.setText(QCoreApplication.translate("EntryForm", u"Registration &year:", None))
        self.start_date_label.setText(QCoreApplication.translate("EntryForm", u"Start date:", None))
        self.start_date_edit.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not known", None))
        self.clear_start_date_button.setText(QCoreApplication.translate("EntryForm", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.clear_start_date_button.setToolTip(QCoreApplication.translate("EntryForm", u"Leave the start date empty", None))
#endif // QT_CONFIG(tooltip)
        self.status_label.setText(QCoreApplication.translate("EntryForm", u"Stat&us:", None))
        self.status_reason_label.setText(QCoreApplication.translate("EntryForm", u"Reason for the status:", None))
        self.registration_group.setTitle(QCoreApplication.translate("EntryForm", u"Registration content", None))
        self.problem_label.setText(QCoreApplication.translate("EntryForm", u"1. Problem and reason", None))
        self.goals_label.setText(QCoreApplication.translate("EntryForm", u"2. Goals and measurable criteria", None))
        self.content_methods_label.setText(QCoreApplication.translate("EntryForm", u"3. Content and methods", None))
        self.area_beneficiaries_label.setText(QCoreApplication.translate("EntryForm", u"4. Area and beneficiaries", None))
        self.forces_roles_label.setText(QCoreApplication.translate("EntryForm", u"5. Forces and their roles", None))
        self.resources_label.setText(QCoreApplication.translate("EntryForm", u"6. Resources", None))
        self.timeline_label.setText(QCoreApplication.translate("EntryForm", u"7. Timeline", None))
        self.expected_outputs_label.setText(QCoreApplication.translate("EntryForm", u"8. Expected outputs", None))
        self.sustainability_label.setText(QCoreApplication.translate("EntryForm", u"9. Sustainability and replicability", None))
        self.leadership_label.setText(QCoreApplication.translate("EntryForm", u"10. Leading Party committee and sponsor", None))
        self.person_group.setTitle(QCoreApplication.translate("EntryForm", u"Person details", None))
        self.person_name_label.setText(QCoreApplication.translate("EntryForm", u"Full name:", None))
        self.person_sex_label.setText(QCoreApplication.translate("EntryForm", u"Sex:", None))
        self.person_birth_year_label.setText(QCoreApplication.translate("EntryForm", u"Year of birth:", None))
        self.person_birth_year_spin.setSpecialValueText(QCoreApplication.translate("EntryForm", u"not known", None))
        self.person_ethnicity_label.setText(QCoreApplication.translate("EntryForm", u"Ethnicity:", None))
        self.person_position_label.setText(QCoreApplication.translate("EntryForm", u"Position:", None))
        self.person_workplace_label.setText(QCoreApplication.translate("EntryForm", u"Workplace:", None))
        self.person_party_member_check.setText(QCoreApplication.translate("EntryForm", u"Party member", None))
        self.person_address_label.setText(QCoreApplication.translate("EntryForm", u"Address:", None))
        self.results_group.setTitle(QCoreApplication.translate("EntryForm", u"Results", None))
        self.money_vnd_label.setText(QCoreApplication.translate("EntryForm", u"Money mobilised:", None))
        self.land_m2_label.setText(QCoreApplication.translate("EntryForm", u"Land donated:", None))
        self.working_days_label.setText(QCoreApplication.translate("EntryForm", u"Working days:", None))
        self.beneficiaries_label.setText(QCoreApplication.translate("EntryForm", u"Households or people benefiting:", None))
        self.replication_count_label.setText(QCoreApplication.translate("EntryForm", u"Replicated in (number of places):", None))
        self.replication_places_label.setText(QCoreApplication.translate("EntryForm", u"Places replicated:", None))
        self.results_notes_label.setText(QCoreApplication.translate("EntryForm", u"Other results:", None))
        self.tags_group.setTitle(QCoreApplication.translate("EntryForm", u"Tags", None))
        self.tag_religious_check.setText(QCoreApplication.translate("EntryForm", u"Religious area", None))
        self.tag_ethnic_minority_check.setText(QCoreApplication.translate("EntryForm", u"Ethnic-minority area", None))
        self.tag_fdi_check.setText(QCoreApplication.translate("EntryForm", u"FDI enterprise", None))
        self.tag_new_rural_check.setText(QCoreApplication.translate("EntryForm", u"New-rural construction", None))
        self.history_group.setTitle(QCoreApplication.translate("EntryForm", u"Status history", None))
        ___qtreewidgetitem = self.history_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("EntryForm", u"Reason", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("EntryForm", u"By", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EntryForm", u"To", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EntryForm", u"From", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EntryForm", u"Date", None))
        self.save_new_button.setText(QCoreApplication.translate("EntryForm", u"Save and &new", None))
#if QT_CONFIG(tooltip)
        self.save_new_button.setToolTip(QCoreApplication.translate("EntryForm", u"Save, then start the next entry with the same unit, year, field, type and scope (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("EntryForm", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("EntryForm", u"Save and close (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("EntryForm", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("EntryForm", u"Close without saving (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

