# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'units_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeView, QVBoxLayout, QWidget)

class Ui_UnitsPage(object):
    def setupUi(self, UnitsPage):
        if not UnitsPage.objectName():
            UnitsPage.setObjectName(u"UnitsPage")
        UnitsPage.resize(900, 600)
        self.main_layout = QVBoxLayout(UnitsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_edit = QLineEdit(UnitsPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.show_deleted_check = QCheckBox(UnitsPage)
        self.show_deleted_check.setObjectName(u"show_deleted_check")

        self.search_layout.addWidget(self.show_deleted_check)


        self.main_layout.addLayout(self.search_layout)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.tree_view = QTreeView(UnitsPage)
        self.tree_view.setObjectName(u"tree_view")
        self.tree_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.tree_view.setAlternatingRowColors(True)
        self.tree_view.setUniformRowHeights(True)

        self.body_layout.addWidget(self.tree_view)

        self.actions_layout = QVBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.add_button = QPushButton(UnitsPage)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(UnitsPage)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.edit_button)

        self.retire_button = QPushButton(UnitsPage)
        self.retire_button.setObjectName(u"retire_button")
        self.retire_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.retire_button)

        self.merge_button = QPushButton(UnitsPage)
        self.merge_button.setObjectName(u"merge_button")
        self.merge_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.merge_button)

        self.delete_button = QPushButton(UnitsPage)
        self.delete_button.setObjectName(u"delete_button")
        self.delete_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.delete_button)

        self.restore_button = QPushButton(UnitsPage)
        self.restore_button.setObjectName(u"restore_button")
        self.restore_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.restore_button)

        self.catalogue_button = QPushButton(UnitsPage)
        self.catalogue_button.setObjectName(u"catalogue_button")
        self.catalogue_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.catalogue_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actions_layout.addItem(self.actions_spacer)


        self.body_layout.addLayout(self.actions_layout)


        self.main_layout.addLayout(self.body_layout)

        QWidget.setTabOrder(self.search_edit, self.tree_view)
        QWidget.setTabOrder(self.tree_view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.retire_button)
        QWidget.setTabOrder(self.retire_button, self.merge_button)
        QWidget.setTabOrder(self.merge_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.catalogue_button)
        QWidget.setTabOrder(self.catalogue_button, self.show_deleted_check)

        self.retranslateUi(UnitsPage)

        QMetaObject.connectSlotsByName(UnitsPage)
    # setupUi

    def retranslateUi(self, UnitsPage):
        UnitsPage.setWindowTitle(QCoreApplication.translate("UnitsPage", u"Units", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("UnitsPage", u"Find a unit", None))
        self.show_deleted_check.setText(QCoreApplication.translate("UnitsPage", u"Show the trash", None))
        self.add_button.setText(QCoreApplication.translate("UnitsPage", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("UnitsPage", u"Add a unit under the selected one", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("UnitsPage", u"&Edit\u2026", None))
        self.retire_button.setText(QCoreApplication.translate("UnitsPage", u"&Retire\u2026", None))
#if QT_CONFIG(tooltip)
        self.retire_button.setToolTip(QCoreApplication.translate("UnitsPage", u"End the unit's validity, optionally with a successor", None))
#endif // QT_CONFIG(tooltip)
        self.merge_button.setText(QCoreApplication.translate("UnitsPage", u"&Merge\u2026", None))
#if QT_CONFIG(tooltip)
        self.merge_button.setToolTip(QCoreApplication.translate("UnitsPage", u"Retire the selected units into one successor", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("UnitsPage", u"Move to &trash", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("UnitsPage", u"Only units without entries or units below them", None))
#endif // QT_CONFIG(tooltip)
        self.restore_button.setText(QCoreApplication.translate("UnitsPage", u"Re&store", None))
        self.catalogue_button.setText(QCoreApplication.translate("UnitsPage", u"From the &catalogue\u2026", None))
#if QT_CONFIG(tooltip)
        self.catalogue_button.setToolTip(QCoreApplication.translate("UnitsPage", u"Add communes of the province from the statistics office's catalogue", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

