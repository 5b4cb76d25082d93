# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'award_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AwardForm(object):
    def setupUi(self, AwardForm):
        if not AwardForm.objectName():
            AwardForm.setObjectName(u"AwardForm")
        AwardForm.resize(640, 520)
        self.main_layout = QVBoxLayout(AwardForm)
        self.main_layout.setObjectName(u"main_layout")
        self.source_layout = QHBoxLayout()
        self.source_layout.setObjectName(u"source_layout")
        self.entry_label = QLabel(AwardForm)
        self.entry_label.setObjectName(u"entry_label")
        self.entry_label.setWordWrap(True)
        self.entry_label.setText(u"")

        self.source_layout.addWidget(self.entry_label)

        self.choose_entry_button = QPushButton(AwardForm)
        self.choose_entry_button.setObjectName(u"choose_entry_button")

        self.source_layout.addWidget(self.choose_entry_button)

        self.clear_entry_button = QPushButton(AwardForm)
        self.clear_entry_button.setObjectName(u"clear_entry_button")

        self.source_layout.addWidget(self.clear_entry_button)


        self.main_layout.addLayout(self.source_layout)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.scope_caption = QLabel(AwardForm)
        self.scope_caption.setObjectName(u"scope_caption")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scope_caption)

        self.scope_combo = QComboBox(AwardForm)
        self.scope_combo.setObjectName(u"scope_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scope_combo)

        self.recipient_name_caption = QLabel(AwardForm)
        self.recipient_name_caption.setObjectName(u"recipient_name_caption")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipient_name_caption)

        self.recipient_name_edit = QLineEdit(AwardForm)
        self.recipient_name_edit.setObjectName(u"recipient_name_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipient_name_edit)

        self.sex_caption = QLabel(AwardForm)
        self.sex_caption.setObjectName(u"sex_caption")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sex_caption)

        self.sex_combo = QComboBox(AwardForm)
        self.sex_combo.setObjectName(u"sex_combo")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sex_combo)

        self.position_caption = QLabel(AwardForm)
        self.position_caption.setObjectName(u"position_caption")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.position_caption)

        self.position_edit = QLineEdit(AwardForm)
        self.position_edit.setObjectName(u"position_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.position_edit)

        self.unit_caption = QLabel(AwardForm)
        self.unit_caption.setObjectName(u"unit_caption")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_caption)

        self.unit_edit = QLineEdit(AwardForm)
        self.unit_edit.setObjectName(u"unit_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.form_caption = QLabel(AwardForm)
        self.form_caption.setObjectName(u"form_caption")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.form_caption)

        self.form_combo = QComboBox(AwardForm)
        self.form_combo.setObjectName(u"form_combo")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.form_combo)

        self.achievement_caption = QLabel(AwardForm)
        self.achievement_caption.setObjectName(u"achievement_caption")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.achievement_caption)

        self.achievement_edit = QPlainTextEdit(AwardForm)
        self.achievement_edit.setObjectName(u"achievement_edit")
        self.achievement_edit.setTabChangesFocus(True)

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.achievement_edit)

        self.gold_book_caption = QLabel(AwardForm)
        self.gold_book_caption.setObjectName(u"gold_book_caption")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.gold_book_caption)

        self.gold_book_edit = QLineEdit(AwardForm)
        self.gold_book_edit.setObjectName(u"gold_book_edit")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.gold_book_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.problem_label = QLabel(AwardForm)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setStyleSheet(u"color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.problem_label.setText(u"")

        self.main_layout.addWidget(self.problem_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(AwardForm)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(AwardForm)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.scope_caption.setBuddy(self.scope_combo)
        self.recipient_name_caption.setBuddy(self.recipient_name_edit)
        self.sex_caption.setBuddy(self.sex_combo)
        self.position_caption.setBuddy(self.position_edit)
        self.unit_caption.setBuddy(self.unit_edit)
        self.form_caption.setBuddy(self.form_combo)
        self.achievement_caption.setBuddy(self.achievement_edit)
        self.gold_book_caption.setBuddy(self.gold_book_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scope_combo, self.recipient_name_edit)
        QWidget.setTabOrder(self.recipient_name_edit, self.sex_combo)
        QWidget.setTabOrder(self.sex_combo, self.position_edit)
        QWidget.setTabOrder(self.position_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.form_combo)
        QWidget.setTabOrder(self.form_combo, self.achievement_edit)
        QWidget.setTabOrder(self.achievement_edit, self.gold_book_edit)
        QWidget.setTabOrder(self.gold_book_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(AwardForm)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(AwardForm)
    # setupUi

    def retranslateUi(self, AwardForm):
        AwardForm.setWindowTitle(QCoreApplication.translate("AwardForm", u"Award", None))
        self.choose_entry_button.setText(QCoreApplication.translate("AwardForm", u"Choose an &entry\u2026", None))
        self.clear_entry_button.setText(QCoreApplication.translate("AwardForm", u"Type the recipient", None))
        self.scope_caption.setText(QCoreApplication.translate("AwardForm", u"&Collective or individual:", None))
        self.recipient_name_caption.setText(QCoreApplication.translate("AwardForm", u"&Recipient:", None))
        self.sex_caption.setText(QCoreApplication.translate("AwardForm", u"Se&x:", None))
        self.position_caption.setText(QCoreApplication.translate("AwardForm", u"&Position:", None))
        self.unit_caption.setText(QCoreApplication.translate("AwardForm", u"&Unit:", None))
        self.form_caption.setText(QCoreApplication.translate("AwardForm", u"&Form:", None))
        self.achievement_caption.setText(QCoreApplication.translate("AwardForm", u"&Achievement:", None))
        self.gold_book_caption.setText(QCoreApplication.translate("AwardForm", u"&Gold book number:", None))
        self.save_button.setText(QCoreApplication.translate("AwardForm", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("AwardForm", u"Cancel", None))
    # retranslateUi

