# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from dvk_desktop.ui.widgets.unit_picker import UnitPicker

class Ui_UnitDialog(object):
    def setupUi(self, UnitDialog):
        if not UnitDialog.objectName():
            UnitDialog.setObjectName(u"UnitDialog")
        UnitDialog.resize(560, 360)
        UnitDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }")
        self.main_layout = QVBoxLayout(UnitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(UnitDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(UnitDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(UnitDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")
        self.name_error.setWordWrap(True)
        self.name_error.setProperty(u"role", u"error")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.code_label = QLabel(UnitDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(UnitDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaximumSize(QSize(200, 16777215))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.code_error = QLabel(UnitDialog)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setText(u"")
        self.code_error.setWordWrap(True)
        self.code_error.setProperty(u"role", u"error")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.code_error)

        self.kind_label = QLabel(UnitDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(UnitDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.sector_label = QLabel(UnitDialog)
        self.sector_label.setObjectName(u"sector_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector_combo = QComboBox(UnitDialog)
        self.sector_combo.setObjectName(u"sector_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sector_combo)

        self.parent_label = QLabel(UnitDialog)
        self.parent_label.setObjectName(u"parent_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.parent_label)

        self.parent_picker = UnitPicker(UnitDialog)
        self.parent_picker.setObjectName(u"parent_picker")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.parent_picker)

        self.parent_id_error = QLabel(UnitDialog)
        self.parent_id_error.setObjectName(u"parent_id_error")
        self.parent_id_error.setText(u"")
        self.parent_id_error.setWordWrap(True)
        self.parent_id_error.setProperty(u"role", u"error")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.parent_id_error)

        self.valid_from_label = QLabel(UnitDialog)
        self.valid_from_label.setObjectName(u"valid_from_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.valid_from_label)

        self.valid_from_edit = QDateEdit(UnitDialog)
        self.valid_from_edit.setObjectName(u"valid_from_edit")
        self.valid_from_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.valid_from_edit.setCalendarPopup(True)
        self.valid_from_edit.setMinimumDate(QDate(1900, 1, 1))
        self.valid_from_edit.setMaximumSize(QSize(200, 16777215))

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.valid_from_edit)

        self.valid_to_label = QLabel(UnitDialog)
        self.valid_to_label.setObjectName(u"valid_to_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.valid_to_label)

        self.valid_to_edit = QDateEdit(UnitDialog)
        self.valid_to_edit.setObjectName(u"valid_to_edit")
        self.valid_to_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.valid_to_edit.setCalendarPopup(True)
        self.valid_to_edit.setMinimumDate(QDate(1900, 1, 1))
        self.valid_to_edit.setMaximumSize(QSize(200, 16777215))

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.valid_to_edit)

        self.valid_to_error = QLabel(UnitDialog)
        self.valid_to_error.setObjectName(u"valid_to_error")
        self.valid_to_error.setText(u"")
        self.valid_to_error.setWordWrap(True)
        self.valid_to_error.setProperty(u"role", u"error")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.valid_to_error)


        self.main_layout.addLayout(self.form_layout)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.problems_label = QLabel(UnitDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setText(u"")
        self.problems_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problems_label.sizePolicy().hasHeightForWidth())
        self.problems_label.setSizePolicy(sizePolicy)

        self.button_layout.addWidget(self.problems_label)

        self.save_button = QPushButton(UnitDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(UnitDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.code_label.setBuddy(self.code_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.sector_label.setBuddy(self.sector_combo)
        self.parent_label.setBuddy(self.parent_picker)
        self.valid_from_label.setBuddy(self.valid_from_edit)
        self.valid_to_label.setBuddy(self.valid_to_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.sector_combo)
        QWidget.setTabOrder(self.sector_combo, self.parent_picker)
        QWidget.setTabOrder(self.parent_picker, self.valid_from_edit)
        QWidget.setTabOrder(self.valid_from_edit, self.valid_to_edit)
        QWidget.setTabOrder(self.valid_to_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(UnitDialog)

        QMetaObject.connectSlotsByName(UnitDialog)
    # setupUi

    def retranslateUi(self, UnitDialog):
        UnitDialog.setWindowTitle(QCoreApplication.translate("UnitDialog", u"Unit", None))
        self.name_label.setText(QCoreApplication.translate("UnitDialog", u"&Name:", None))
        self.code_label.setText(QCoreApplication.translate("UnitDialog", u"&Code:", None))
#if QT_CONFIG(tooltip)
        self.code_edit.setToolTip(QCoreApplication.translate("UnitDialog", u"Plain letters, digits, dots, dashes and underscores; suggested from the name", None))
#endif // QT_CONFIG(tooltip)
        self.kind_label.setText(QCoreApplication.translate("UnitDialog", u"&Kind:", None))
        self.sector_label.setText(QCoreApplication.translate("UnitDialog", u"S&ector:", None))
        self.parent_label.setText(QCoreApplication.translate("UnitDialog", u"&Parent unit:", None))
        self.parent_picker.setPlaceholderText(QCoreApplication.translate("UnitDialog", u"Type part of the unit's name or code", None))
        self.valid_from_label.setText(QCoreApplication.translate("UnitDialog", u"Valid &from:", None))
        self.valid_from_edit.setSpecialValueText(QCoreApplication.translate("UnitDialog", u"not set", None))
        self.valid_to_label.setText(QCoreApplication.translate("UnitDialog", u"Valid &until:", None))
        self.valid_to_edit.setSpecialValueText(QCoreApplication.translate("UnitDialog", u"not set", None))
        self.save_button.setText(QCoreApplication.translate("UnitDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("UnitDialog", u"Cancel", None))
    # retranslateUi

