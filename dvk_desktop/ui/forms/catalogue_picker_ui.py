# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue_picker.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CataloguePicker(object):
    def setupUi(self, CataloguePicker):
        if not CataloguePicker.objectName():
            CataloguePicker.setObjectName(u"CataloguePicker")
        CataloguePicker.resize(560, 600)
        self.main_layout = QVBoxLayout(CataloguePicker)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(CataloguePicker)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.search_edit = QLineEdit(CataloguePicker)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.search_edit)

        self.list_view = QListView(CataloguePicker)
        self.list_view.setObjectName(u"list_view")
        self.list_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.list_view)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.count_label = QLabel(CataloguePicker)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.button_layout.addWidget(self.count_label)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.select_all_button = QPushButton(CataloguePicker)
        self.select_all_button.setObjectName(u"select_all_button")
        self.select_all_button.setAutoDefault(False)

        self.button_layout.addWidget(self.select_all_button)

        self.add_button = QPushButton(CataloguePicker)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.button_layout.addWidget(self.add_button)

        self.cancel_button = QPushButton(CataloguePicker)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.search_edit, self.list_view)
        QWidget.setTabOrder(self.list_view, self.select_all_button)
        QWidget.setTabOrder(self.select_all_button, self.add_button)
        QWidget.setTabOrder(self.add_button, self.cancel_button)

        self.retranslateUi(CataloguePicker)

        QMetaObject.connectSlotsByName(CataloguePicker)
    # setupUi

    def retranslateUi(self, CataloguePicker):
        CataloguePicker.setWindowTitle(QCoreApplication.translate("CataloguePicker", u"Add communes from the catalogue", None))
        self.hint_label.setText(QCoreApplication.translate("CataloguePicker", u"Communes and wards of the province in the statistics office's catalogue that are not yet in the unit tree. Select one or more (Ctrl or Shift and click).", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CataloguePicker", u"Search, with or without diacritics", None))
        self.select_all_button.setText(QCoreApplication.translate("CataloguePicker", u"Select &all shown", None))
        self.add_button.setText(QCoreApplication.translate("CataloguePicker", u"&Add selected", None))
        self.cancel_button.setText(QCoreApplication.translate("CataloguePicker", u"Cancel", None))
    # retranslateUi

