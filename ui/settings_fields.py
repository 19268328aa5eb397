"""The settings dialog's compound fields: money, a fee rule with its amount, and working days.

Each field reads back as the value the vault stores, or raises InvalidValue naming the setting,
so the dialog shows the message beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from models.enums import FeeRule
from services.money.amounts import format_amount, parse_amount
from ui.labels import fee_rule_label
from ui.plain_text import plain_label

# Wider than the vault allows, so that a number out of range reaches the vault's rules and
# its message is shown beside the field, rather than the spin box quietly changing it.
SPIN_LIMIT = 9999


def number_field(name: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, SPIN_LIMIT)
    spin.setSuffix(suffix)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMinimumWidth(110)
    return spin


def unit_row(field: QWidget, unit: QLabel | None = None) -> QWidget:
    """`field` at its natural width on the left, an optional unit after it, space after that."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field)
    if unit is not None:
        layout.addWidget(unit)
    layout.addStretch()
    return row


class MoneyField(QWidget):
    """An amount typed as text ('75', '75.50', '75,50') in the practice's currency."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = name
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(140)
        self.edit.setMinimumWidth(110)
        self.unit = plain_label()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.unit)
        layout.addStretch()
        self.setFocusProxy(self.edit)
        self._currency = "GBP"

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self.unit.setText(currency)

    def set_minor(self, minor: int) -> None:
        decimal = QLocale().decimalPoint() or "."
        self.edit.setText(format_amount(minor, self._currency, symbol=False, decimal=decimal))

    def minor(self) -> int:
        text = self.edit.text().strip()
        return parse_amount(text or "0", self._currency, self.setting)


class FeeField(QWidget):
    """How a fee is worked out: the full session fee, a fixed amount, a share of it, or none.

    The amount shows for a fixed fee and the share for a percentage; `value()` is what the
    vault stores beside the rule (minor units, or per cent).
    """

    def __init__(self, rule_name: str, value_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = value_name
        self.rule = QComboBox()
        self.rule.setObjectName(rule_name)
        for rule in (FeeRule.FULL, FeeRule.FIXED, FeeRule.PERCENT, FeeRule.NONE):
            self.rule.addItem(fee_rule_label(rule), rule.value)
        self.amount = MoneyField(value_name)
        self.percent = number_field(f"{value_name}_percent", " %")
        self.percent.setValue(50)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule)
        layout.addWidget(self.amount)
        layout.addWidget(self.percent)
        layout.addStretch()
        self.setFocusProxy(self.rule)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self._rule_changed()

    def set_accessible_name(self, name: str) -> None:
        self.rule.setAccessibleName(name)
        self.amount.edit.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "{fee}: amount").format(fee=name)
        )
        self.percent.setAccessibleName(
            QCoreApplication.translate("SettingsDialog", "{fee}: percentage").format(fee=name)
        )

    def current_rule(self) -> FeeRule:
        return FeeRule(self.rule.currentData())

    def set_currency(self, currency: str) -> None:
        self.amount.set_currency(currency)

    def set_fee(self, rule: FeeRule, value: int) -> None:
        self.rule.setCurrentIndex(self.rule.findData(rule.value))
        if rule == FeeRule.FIXED:
            self.amount.set_minor(value)
        elif rule == FeeRule.PERCENT:
            self.percent.setValue(value)

    def value(self) -> int:
        rule = self.current_rule()
        if rule == FeeRule.FIXED:
            return self.amount.minor()
        if rule == FeeRule.PERCENT:
            return self.percent.value()
        return 0

    def value_widget(self) -> QWidget:
        """The part of the field the therapist types the value in (or the rule)."""
        rule = self.current_rule()
        return (
            self.amount.edit
            if rule == FeeRule.FIXED
            else self.percent
            if rule == FeeRule.PERCENT
            else self.rule
        )

    def _rule_changed(self) -> None:
        rule = self.current_rule()
        self.amount.setVisible(rule == FeeRule.FIXED)
        self.percent.setVisible(rule == FeeRule.PERCENT)


class WorkDays(QWidget):
    """Monday to Sunday, by name in the window's language; stored as ISO digits ('12345')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("work_days")
        locale = QLocale()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for iso_day in range(1, 8):
            box = QCheckBox(locale.dayName(iso_day, QLocale.FormatType.ShortFormat))
            box.setObjectName(f"work_day_{iso_day}")
            box.setAccessibleName(locale.dayName(iso_day, QLocale.FormatType.LongFormat))
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch()
        self.setFocusProxy(self.boxes[0])

    def days(self) -> str:
        return "".join(str(i) for i, box in enumerate(self.boxes, start=1) if box.isChecked())

    def set_days(self, days: str) -> None:
        for i, box in enumerate(self.boxes, start=1):
            box.setChecked(str(i) in days)
