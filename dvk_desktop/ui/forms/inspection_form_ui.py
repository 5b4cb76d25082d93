# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_form.ui'
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_InspectionForm(object):
    def setupUi(self, InspectionForm):
        if not InspectionForm.objectName():
            InspectionForm.setObjectName(u"InspectionForm")
        InspectionForm.resize(900, 700)
        self.main_layout = QVBoxLayout(InspectionForm)
        self.main_layout.setObjectName(u"main_layout")
        self.entry_label = QLabel(InspectionForm)
        self.entry_label.setObjectName(u"entry_label")
        self.entry_label.setWordWrap(True)
        self.entry_label.setText(u"")

        self.main_layout.addWidget(self.entry_label)

        self.header_layout = QFormLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.rubric_caption = QLabel(InspectionForm)
        self.rubric_caption.setObjectName(u"rubric_caption")

        self.header_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rubric_caption)

        self.rubric_combo = QComboBox(InspectionForm)
        self.rubric_combo.setObjectName(u"rubric_combo")

        self.header_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rubric_combo)

        self.date_caption = QLabel(InspectionForm)
        self.date_caption.setObjectName(u"date_caption")

        self.header_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_caption)

        self.date_edit = QDateEdit(InspectionForm)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.header_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.place_caption = QLabel(InspectionForm)
        self.place_caption.setObjectName(u"place_caption")

        self.header_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_caption)

        self.place_edit = QLineEdit(InspectionForm)
        self.place_edit.setObjectName(u"place_edit")

        self.header_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place_edit)


        self.main_layout.addLayout(self.header_layout)

        self.tabs = QTabWidget(InspectionForm)
        self.tabs.setObjectName(u"tabs")
        self.scores_tab = QWidget()
        self.scores_tab.setObjectName(u"scores_tab")
        self.scores_layout = QVBoxLayout(self.scores_tab)
        self.scores_layout.setObjectName(u"scores_layout")
        self.score_table = QTableWidget(self.scores_tab)
        if (self.score_table.columnCount() < 3):
            self.score_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.score_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.score_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.score_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.score_table.setObjectName(u"score_table")
        self.score_table.setColumnCount(3)

        self.scores_layout.addWidget(self.score_table)

        self.total_layout = QHBoxLayout()
        self.total_layout.setObjectName(u"total_layout")
        self.total_label = QLabel(self.scores_tab)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setText(u"")

        self.total_layout.addWidget(self.total_label)

        self.total_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.total_layout.addItem(self.total_spacer)

        self.classification_label = QLabel(self.scores_tab)
        self.classification_label.setObjectName(u"classification_label")
        self.classification_label.setText(u"")

        self.total_layout.addWidget(self.classification_label)


        self.scores_layout.addLayout(self.total_layout)

        self.tabs.addTab(self.scores_tab, "")
        self.delegation_tab = QWidget()
        self.delegation_tab.setObjectName(u"delegation_tab")
        self.delegation_layout = QVBoxLayout(self.delegation_tab)
        self.delegation_layout.setObjectName(u"delegation_layout")
        self.delegation_table = QTableWidget(self.delegation_tab)
        if (self.delegation_table.columnCount() < 3):
            self.delegation_table.setColumnCount(3)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.delegation_table.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.delegation_table.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.delegation_table.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        self.delegation_table.setObjectName(u"delegation_table")
        self.delegation_table.setColumnCount(3)

        self.delegation_layout.addWidget(self.delegation_table)

        self.member_buttons = QHBoxLayout()
        self.member_buttons.setObjectName(u"member_buttons")
        self.add_member_button = QPushButton(self.delegation_tab)
        self.add_member_button.setObjectName(u"add_member_button")

        self.member_buttons.addWidget(self.add_member_button)

        self.remove_member_button = QPushButton(self.delegation_tab)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.member_buttons.addWidget(self.remove_member_button)

        self.member_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_buttons.addItem(self.member_spacer)


        self.delegation_layout.addLayout(self.member_buttons)

        self.representatives_caption = QLabel(self.delegation_tab)
        self.representatives_caption.setObjectName(u"representatives_caption")

        self.delegation_layout.addWidget(self.representatives_caption)

        self.representatives_edit = QPlainTextEdit(self.delegation_tab)
        self.representatives_edit.setObjectName(u"representatives_edit")
        self.representatives_edit.setTabChangesFocus(True)

        self.delegation_layout.addWidget(self.representatives_edit)

        self.tabs.addTab(self.delegation_tab, "")
        self.conclusion_tab = QWidget()
        self.conclusion_tab.setObjectName(u"conclusion_tab")
        self.conclusion_layout = QFormLayout(self.conclusion_tab)
        self.conclusion_layout.setObjectName(u"conclusion_layout")
        self.findings_caption = QLabel(self.conclusion_tab)
        self.findings_caption.setObjectName(u"findings_caption")

        self.conclusion_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findings_caption)

        self.findings_edit = QPlainTextEdit(self.conclusion_tab)
        self.findings_edit.setObjectName(u"findings_edit")
        self.findings_edit.setTabChangesFocus(True)

        self.conclusion_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.findings_edit)

        self.strengths_caption = QLabel(self.conclusion_tab)
        self.strengths_caption.setObjectName(u"strengths_caption")

        self.conclusion_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.strengths_caption)

        self.strengths_edit = QPlainTextEdit(self.conclusion_tab)
        self.strengths_edit.setObjectName(u"strengths_edit")
        self.strengths_edit.setTabChangesFocus(True)

        self.conclusion_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.strengths_edit)

        self.limits_caption = QLabel(self.conclusion_tab)
        self.limits_caption.setObjectName(u"limits_caption")

        self.conclusion_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.limits_caption)

        self.limits_edit = QPlainTextEdit(self.conclusion_tab)
        self.limits_edit.setObjectName(u"limits_edit")
        self.limits_edit.setTabChangesFocus(True)

        self.conclusion_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.limits_edit)

        self.conclusion_caption = QLabel(self.conclusion_tab)
        self.conclusion_caption.setObjectName(u"conclusion_caption")

        self.conclusion_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.conclusion_caption)

        self.conclusion_edit = QPlainTextEdit(self.conclusion_tab)
        self.conclusion_edit.setObjectName(u"conclusion_edit")
        self.conclusion_edit.setTabChangesFocus(True)

        self.conclusion_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.conclusion_edit)

        self.recommendations_caption = QLabel(self.conclusion_tab)
        self.recommendations_caption.setObjectName(u"recommendations_caption")

        self.conclusion_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recommendations_caption)

        self.recommendations_edit = QPlainTextEdit(self.conclusion_tab)
        self.recommendations_edit.setObjectName(u"recommendations_edit")
        self.recommendations_edit.setTabChangesFocus(True)

        self.conclusion_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recommendations_edit)

        self.tabs.addTab(self.conclusion_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.problem_label = QLabel(InspectionForm)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setStyleSheet(u"color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.problem_label.setText(u"")

        self.main_layout.addWidget(self.problem_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(InspectionForm)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(InspectionForm)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.rubric_caption.setBuddy(self.rubric_combo)
        self.date_caption.setBuddy(self.date_edit)
        self.place_caption.setBuddy(self.place_edit)
        self.representatives_caption.setBuddy(self.representatives_edit)
        self.findings_caption.setBuddy(self.findings_edit)
        self.strengths_caption.setBuddy(self.strengths_edit)
        self.limits_caption.setBuddy(self.limits_edit)
        self.conclusion_caption.setBuddy(self.conclusion_edit)
        self.recommendations_caption.setBuddy(self.recommendations_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rubric_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.tabs)
        QWidget.setTabOrder(self.tabs, self.score_table)
        QWidget.setTabOrder(self.score_table, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(InspectionForm)

        self.tabs.setCurrentIndex(0)
        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(InspectionForm)
    # setupUi

    def retranslateUi(self, InspectionForm):
        InspectionForm.setWindowTitle(QCoreApplication.translate("InspectionForm", u"Inspection", None))
        self.rubric_caption.setText(QCoreApplication.translate("InspectionForm", u"&Rubric:", None))
        self.date_caption.setText(QCoreApplication.translate("InspectionForm", u"&Date:", None))
        self.place_caption.setText(QCoreApplication.translate("InspectionForm", u"&Place:", None))
        ___qtablewidgetitem = self.score_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InspectionForm", u"Criterion", None))
        ___qtablewidgetitem1 = self.score_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InspectionForm", u"Maximum", None))
        ___qtablewidgetitem2 = self.score_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("InspectionForm", u"Score", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scores_tab), QCoreApplication.translate("InspectionForm", u"&Scores", None))
        ___qtablewidgetitem3 = self.delegation_table.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("InspectionForm", u"Full name", None))
        ___qtablewidgetitem4 = self.delegation_table.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("InspectionForm", u"Position", None))
        ___qtablewidgetitem5 = self.delegation_table.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("InspectionForm", u"Role in the delegation", None))
        self.add_member_button.setText(QCoreApplication.translate("InspectionForm", u"Add member", None))
        self.remove_member_button.setText(QCoreApplication.translate("InspectionForm", u"Remove member", None))
        self.representatives_caption.setText(QCoreApplication.translate("InspectionForm", u"The unit's &representatives:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.delegation_tab), QCoreApplication.translate("InspectionForm", u"&Delegation", None))
        self.findings_caption.setText(QCoreApplication.translate("InspectionForm", u"Findings:", None))
        self.strengths_caption.setText(QCoreApplication.translate("InspectionForm", u"Strengths:", None))
        self.limits_caption.setText(QCoreApplication.translate("InspectionForm", u"Limits:", None))
        self.conclusion_caption.setText(QCoreApplication.translate("InspectionForm", u"Conclusion:", None))
        self.recommendations_caption.setText(QCoreApplication.translate("InspectionForm", u"Recommendations:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conclusion_tab), QCoreApplication.translate("InspectionForm", u"&Findings and conclusion", None))
        self.save_button.setText(QCoreApplication.translate("InspectionForm", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("InspectionForm", u"Cancel", None))
    # retranslateUi

