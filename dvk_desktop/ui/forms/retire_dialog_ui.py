# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retire_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from dvk_desktop.ui.widgets.unit_picker import UnitPicker

class Ui_RetireDialog(object):
    def setupUi(self, RetireDialog):
        if not RetireDialog.objectName():
            RetireDialog.setObjectName(u"RetireDialog")
        RetireDialog.resize(560, 240)
        RetireDialog.setStyleSheet(u"QLabel[role=\"error\"] { color: #b3261e; }")
        self.main_layout = QVBoxLayout(RetireDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.units_label = QLabel(RetireDialog)
        self.units_label.setObjectName(u"units_label")
        self.units_label.setText(u"")
        self.units_label.setWordWrap(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.units_label)

        self.date_label = QLabel(RetireDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(RetireDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.date_edit.setMaximumSize(QSize(200, 16777215))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.successor_label = QLabel(RetireDialog)
        self.successor_label.setObjectName(u"successor_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.successor_label)

        self.successor_picker = UnitPicker(RetireDialog)
        self.successor_picker.setObjectName(u"successor_picker")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.successor_picker)

        self.successor_error = QLabel(RetireDialog)
        self.successor_error.setObjectName(u"successor_error")
        self.successor_error.setText(u"")
        self.successor_error.setWordWrap(True)
        self.successor_error.setProperty(u"role", u"error")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.successor_error)


        self.main_layout.addLayout(self.form_layout)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.problems_label = QLabel(RetireDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setText(u"")
        self.problems_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problems_label.sizePolicy().hasHeightForWidth())
        self.problems_label.setSizePolicy(sizePolicy)

        self.button_layout.addWidget(self.problems_label)

        self.ok_button = QPushButton(RetireDialog)
        self.ok_button.setObjectName(u"ok_button")
        self.ok_button.setAutoDefault(False)

        self.button_layout.addWidget(self.ok_button)

        self.cancel_button = QPushButton(RetireDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.successor_label.setBuddy(self.successor_picker)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.successor_picker)
        QWidget.setTabOrder(self.successor_picker, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(RetireDialog)

        QMetaObject.connectSlotsByName(RetireDialog)
    # setupUi

    def retranslateUi(self, RetireDialog):
        RetireDialog.setWindowTitle(QCoreApplication.translate("RetireDialog", u"Retire units", None))
        self.date_label.setText(QCoreApplication.translate("RetireDialog", u"Retired &on:", None))
        self.date_edit.setSpecialValueText(QCoreApplication.translate("RetireDialog", u"today", None))
        self.successor_label.setText(QCoreApplication.translate("RetireDialog", u"&Successor:", None))
        self.successor_picker.setPlaceholderText(QCoreApplication.translate("RetireDialog", u"The unit that takes over its records", None))
        self.ok_button.setText(QCoreApplication.translate("RetireDialog", u"&Retire", None))
        self.cancel_button.setText(QCoreApplication.translate("RetireDialog", u"Cancel", None))
    # retranslateUi

