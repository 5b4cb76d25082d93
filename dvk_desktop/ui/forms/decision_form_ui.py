# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_form.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DecisionForm(object):
    def setupUi(self, DecisionForm):
        if not DecisionForm.objectName():
            DecisionForm.setObjectName(u"DecisionForm")
        DecisionForm.resize(640, 520)
        self.main_layout = QVBoxLayout(DecisionForm)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.issuer_kind_caption = QLabel(DecisionForm)
        self.issuer_kind_caption.setObjectName(u"issuer_kind_caption")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issuer_kind_caption)

        self.issuer_kind_combo = QComboBox(DecisionForm)
        self.issuer_kind_combo.setObjectName(u"issuer_kind_combo")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issuer_kind_combo)

        self.number_caption = QLabel(DecisionForm)
        self.number_caption.setObjectName(u"number_caption")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.number_caption)

        self.number_edit = QLineEdit(DecisionForm)
        self.number_edit.setObjectName(u"number_edit")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.date_caption = QLabel(DecisionForm)
        self.date_caption.setObjectName(u"date_caption")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_caption)

        self.date_edit = QDateEdit(DecisionForm)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.issuing_body_caption = QLabel(DecisionForm)
        self.issuing_body_caption.setObjectName(u"issuing_body_caption")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuing_body_caption)

        self.issuing_body_edit = QLineEdit(DecisionForm)
        self.issuing_body_edit.setObjectName(u"issuing_body_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuing_body_edit)

        self.place_caption = QLabel(DecisionForm)
        self.place_caption.setObjectName(u"place_caption")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_caption)

        self.place_edit = QLineEdit(DecisionForm)
        self.place_edit.setObjectName(u"place_edit")

        self.fields_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.signer_prefix_caption = QLabel(DecisionForm)
        self.signer_prefix_caption.setObjectName(u"signer_prefix_caption")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signer_prefix_caption)

        self.signer_prefix_combo = QComboBox(DecisionForm)
        self.signer_prefix_combo.setObjectName(u"signer_prefix_combo")

        self.fields_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signer_prefix_combo)

        self.signer_title_caption = QLabel(DecisionForm)
        self.signer_title_caption.setObjectName(u"signer_title_caption")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.signer_title_caption)

        self.signer_title_edit = QLineEdit(DecisionForm)
        self.signer_title_edit.setObjectName(u"signer_title_edit")

        self.fields_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.signer_title_edit)

        self.signer_name_caption = QLabel(DecisionForm)
        self.signer_name_caption.setObjectName(u"signer_name_caption")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signer_name_caption)

        self.signer_name_edit = QLineEdit(DecisionForm)
        self.signer_name_edit.setObjectName(u"signer_name_edit")

        self.fields_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signer_name_edit)

        self.subject_caption = QLabel(DecisionForm)
        self.subject_caption.setObjectName(u"subject_caption")

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.subject_caption)

        self.subject_edit = QPlainTextEdit(DecisionForm)
        self.subject_edit.setObjectName(u"subject_edit")
        self.subject_edit.setTabChangesFocus(True)

        self.fields_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.subject_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.problem_label = QLabel(DecisionForm)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setStyleSheet(u"color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.problem_label.setText(u"")

        self.main_layout.addWidget(self.problem_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(DecisionForm)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(DecisionForm)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.issuer_kind_caption.setBuddy(self.issuer_kind_combo)
        self.number_caption.setBuddy(self.number_edit)
        self.date_caption.setBuddy(self.date_edit)
        self.issuing_body_caption.setBuddy(self.issuing_body_edit)
        self.place_caption.setBuddy(self.place_edit)
        self.signer_prefix_caption.setBuddy(self.signer_prefix_combo)
        self.signer_title_caption.setBuddy(self.signer_title_edit)
        self.signer_name_caption.setBuddy(self.signer_name_edit)
        self.subject_caption.setBuddy(self.subject_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issuer_kind_combo, self.number_edit)
        QWidget.setTabOrder(self.number_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.issuing_body_edit)
        QWidget.setTabOrder(self.issuing_body_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.signer_prefix_combo)
        QWidget.setTabOrder(self.signer_prefix_combo, self.signer_title_edit)
        QWidget.setTabOrder(self.signer_title_edit, self.signer_name_edit)
        QWidget.setTabOrder(self.signer_name_edit, self.subject_edit)
        QWidget.setTabOrder(self.subject_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(DecisionForm)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(DecisionForm)
    # setupUi

    def retranslateUi(self, DecisionForm):
        DecisionForm.setWindowTitle(QCoreApplication.translate("DecisionForm", u"Decision", None))
        self.issuer_kind_caption.setText(QCoreApplication.translate("DecisionForm", u"&Issuer kind:", None))
        self.number_caption.setText(QCoreApplication.translate("DecisionForm", u"&Number and symbol:", None))
        self.date_caption.setText(QCoreApplication.translate("DecisionForm", u"&Date:", None))
        self.issuing_body_caption.setText(QCoreApplication.translate("DecisionForm", u"Issuing &body:", None))
        self.place_caption.setText(QCoreApplication.translate("DecisionForm", u"&Place:", None))
        self.signer_prefix_caption.setText(QCoreApplication.translate("DecisionForm", u"Signing &authority:", None))
        self.signer_title_caption.setText(QCoreApplication.translate("DecisionForm", u"Signer's &title:", None))
        self.signer_name_caption.setText(QCoreApplication.translate("DecisionForm", u"Signer's &name:", None))
        self.subject_caption.setText(QCoreApplication.translate("DecisionForm", u"S&ubject:", None))
        self.save_button.setText(QCoreApplication.translate("DecisionForm", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("DecisionForm", u"Cancel", None))
    # retranslateUi

