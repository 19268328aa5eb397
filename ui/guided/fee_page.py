"""A step for a missed session's fee: what the policy proposes and why, and the therapist's call.

The policy only proposes (`services.money.fee_policy.FeeProposal`). The therapist charges it (the
amount can be changed), waives it with a reason, or leaves it for now. A fee waived goes in
the ledger as the fee and its waiver side by side (`fee_waived`), so the book, and any letter
drawn from it, knows the fee was decided; the reason goes in the chart too.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import WaiverReason
from services.errors import InvalidValue
from services.hard_moments.session_decision import FeeWaived
from services.money.amounts import format_amount, parse_amount, symbol_of
from services.money.fee_policy import FORGIVEN_REASON, FeeProposal
from services.money.missed_session_fees import FeeSoFar, checked_waiver
from ui.client_labels import money_text, waiver_reason_label
from ui.forms import HINT_STYLE, Form, note_label
from ui.guided.wizard import GuidedPage
from ui.plain_text import plain_label

translate = QCoreApplication.translate

# The policy's reasons (services.money.fee_policy.REASONS), for the translators.
POLICY_REASONS = (
    QT_TRANSLATE_NOOP("FeePolicy",
                      "The client did not come to the session and did not cancel it."),
    QT_TRANSLATE_NOOP("FeePolicy",
                      "Cancelled {hours} h {minutes} min before the session; the practice asks "
                      "for {window} hours' notice."),
    QT_TRANSLATE_NOOP("FeePolicy",
                      "Cancelled {minutes} min before the session; the practice asks for "
                      "{window} hours' notice."),
    QT_TRANSLATE_NOOP("FeePolicy", "Cancelled only after the session had begun."),
    QT_TRANSLATE_NOOP("FeePolicy",
                      "Cancelled late; the practice asks for {window} hours' notice."),
    QT_TRANSLATE_NOOP("FeePolicy",
                      "This is the client's first missed session, and the practice forgives a "
                      "client's first one."),
)


def indented_form() -> Form:
    """The fields under a choice, set in from it."""
    form = Form()
    form.setVerticalSpacing(6)
    form.setContentsMargins(26, 0, 0, 4)
    form.setColumnMinimumWidth(0, 70)
    return form


class FeeChoice(enum.StrEnum):
    CHARGE = "charge"
    WAIVE = "waive"
    LATER = "later"


@dataclass(frozen=True)
class FeeDecision:
    """What the therapist decided: charge `amount`, waive it (with a reason), or decide later.

    For a waiver or "later", `amount` is the fee let go or left open.
    """

    choice: FeeChoice
    amount: int
    reason: WaiverReason | None = None
    note: str = ""

    @property
    def charged(self) -> int:
        return self.amount if self.choice == FeeChoice.CHARGE else 0


def explanation_text(proposal: FeeProposal) -> str:
    """Why the policy proposes this fee, in the window's language."""
    text = translate("FeePolicy", proposal.reason).format(**proposal.reason_values)
    return f"{text} {translate('FeePolicy', FORGIVEN_REASON)}" if proposal.forgiven else text


def decided_before_lines(fee: FeeSoFar, currency: str) -> list[str]:
    """The fee decided before this dialog (it was opened again): charged, or waived and why."""
    lines = []
    if fee.charged:
        lines.append(translate("FeePage", "A fee of {amount} was already charged for this "
                               "session.").format(amount=money_text(fee.charged, currency)))
    if fee.waived and fee.reason is not None:
        lines.append(translate("FeePage", "The fee of {amount} was waived: {reason}.").format(
            amount=money_text(fee.waived, currency), reason=waiver_reason_label(fee.reason)))
        lines.extend([fee.note] if fee.note else [])
    return lines


class FeePage(GuidedPage):
    """The proposal in words and the amount, an editable amount, and charge / waive / later.

    Offered only with a proposal (`set_proposal`). Collects a `FeeDecision` (`decision()`);
    `fee_to_charge()` is what the decision charges.
    """

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self.proposal: FeeProposal | None = None
        self.currency = "GBP"
        self.explanation = note_label()
        self.explanation.setObjectName("fee_explanation")
        self.proposed = plain_label()
        self.proposed.setObjectName("fee_proposed")
        self.proposed.setWordWrap(True)
        bold = QFont(self.proposed.font())
        bold.setBold(True)
        self.proposed.setFont(bold)
        self.charge = QRadioButton(translate("FeePage", "Charge the fee"))
        self.charge.setObjectName("charge")
        self.waive = QRadioButton(translate("FeePage", "Waive it"))
        self.waive.setObjectName("waive")
        self.later = QRadioButton(translate("FeePage", "Leave it for now"))
        self.later.setObjectName("later")
        self.choice = QButtonGroup(self)
        for button in (self.charge, self.waive, self.later):
            self.choice.addButton(button)
        self.charge.setChecked(True)

        self.symbol = plain_label()
        self.amount = QLineEdit()
        self.amount.setObjectName("fee_amount")
        self.amount.setMaximumWidth(140)
        amount_row = QHBoxLayout()
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.symbol)
        amount_row.addWidget(self.amount)
        amount_row.addStretch()
        amount_widget = QWidget()
        amount_widget.setLayout(amount_row)
        self.zero_hint = note_label(translate(
            "FeePage", "Nothing is charged unless you enter an amount."))
        self.zero_hint.setStyleSheet(HINT_STYLE)
        self.reason = QComboBox()
        self.reason.setObjectName("waiver_reason")
        for reason in WaiverReason:
            self.reason.addItem(waiver_reason_label(reason), reason)
        self.reason.setPlaceholderText(translate("FeePage", "Choose a reason"))
        self.reason.setCurrentIndex(-1)
        self.note = QLineEdit()
        self.note.setObjectName("waiver_note")
        self.note.setPlaceholderText(translate(
            "FeePage", "Why, in a few words (needed for \"Other reason\")"))
        self.later_hint = note_label(translate(
            "FeePage", "Nothing is charged now; you can charge or waive it later."))
        self.later_hint.setStyleSheet(HINT_STYLE)

        charging, waiving = indented_form(), indented_form()
        charging.addRow(translate("FeePage", "Amount"), amount_widget)
        charging.addRow("", self.zero_hint)
        self.errors.add_row(charging, "amount", "fee_amount")
        waiving.addRow(translate("FeePage", "Reason"), self.reason)
        self.errors.add_row(waiving, "reason", "waiver_reason")
        waiving.addRow(translate("FeePage", "Note"), self.note)
        self.errors.add_row(waiving, "note", "waiver_note")
        later = QVBoxLayout()
        later.setContentsMargins(26, 0, 0, 0)
        later.addWidget(self.later_hint)
        self.body.addWidget(self.explanation)
        self.body.addWidget(self.proposed)
        self.body.addSpacing(8)
        for button, form in ((self.charge, charging), (self.waive, waiving),
                             (self.later, later)):
            self.body.addWidget(button)
            self.body.addLayout(form)
        self.choice.buttonToggled.connect(lambda _button, _on: self._enable())
        self.amount.textChanged.connect(lambda _text: self._enable())
        self._enable()

    def set_proposal(self, proposal: FeeProposal | None, currency: str) -> None:
        """The policy's proposal (None: no fee step) in the practice's currency."""
        self.proposal, self.currency = proposal, currency
        self.symbol.setText(symbol_of(currency))
        if proposal is None:
            return
        self.explanation.setText(explanation_text(proposal))
        if proposal.forgiven:
            self.proposed.setText(translate(
                "FeePage", "No fee is proposed. The policy's fee would be {amount}.").format(
                    amount=money_text(proposal.policy_amount, currency)))
        else:
            self.proposed.setText(translate("FeePage", "The policy proposes {amount}.").format(
                amount=money_text(proposal.amount, currency)))
        self.amount.setText(format_amount(proposal.amount, currency, symbol=False,
                                          decimal=QLocale().decimalPoint(), group=""))
        self.charge.setChecked(True)

    def applies(self) -> bool:
        return self.proposal is not None

    def chosen(self) -> FeeChoice:
        if self.waive.isChecked():
            return FeeChoice.WAIVE
        if self.later.isChecked():
            return FeeChoice.LATER
        return FeeChoice.CHARGE

    def check(self) -> bool:
        try:
            if self.chosen() == FeeChoice.CHARGE:
                parse_amount(self.amount.text(), self.currency)
            elif self.chosen() == FeeChoice.WAIVE:
                checked_waiver(self.reason.currentData(), self.note.text())
        except InvalidValue as error:
            self.show_error(error)
            return False
        return True

    def decision(self) -> FeeDecision | None:
        """What was decided; None when there is no fee step, or it was skipped or not reached."""
        proposal = self.proposal
        if proposal is None or not self.taken():
            return None
        choice = self.chosen()
        if choice == FeeChoice.CHARGE:
            return FeeDecision(choice, parse_amount(self.amount.text(), self.currency))
        open_amount = proposal.amount or proposal.policy_amount
        if choice == FeeChoice.WAIVE:
            reason, note = checked_waiver(self.reason.currentData(), self.note.text())
            return FeeDecision(choice, open_amount, reason, note)
        return FeeDecision(choice, open_amount)

    def fee_to_charge(self) -> int:
        """The fee to charge; 0 when nothing is charged."""
        decision = self.decision()
        return 0 if decision is None else decision.charged

    def fee_waived(self) -> FeeWaived | None:
        """The fee let go, as the decision carries it; None unless a fee is waived."""
        decision = self.decision()
        if decision is None or decision.choice != FeeChoice.WAIVE or not decision.amount:
            return None
        assert decision.reason is not None
        return FeeWaived(decision.amount, decision.reason, decision.note)

    def outline(self, before: FeeSoFar) -> list[str]:
        """What Finish does with the fee, for the last step; a fee decided `before` (the
        dialog opened again) as it was decided."""
        charged = self.fee_to_charge()
        if charged:
            return [translate("FeePage", "A fee of {amount} is charged.").format(
                amount=money_text(charged, self.currency))]
        if self.fee_waived() is not None:
            return self.summary()
        return (decided_before_lines(before, self.currency) if before.decided
                else [translate("FeePage", "No fee is charged.")])

    def summary(self) -> list[str]:
        decision, proposal = self.decision(), self.proposal
        if decision is None or proposal is None:
            return []
        money = money_text(decision.amount, self.currency)
        if decision.choice == FeeChoice.CHARGE:
            if decision.amount:
                return [translate("FeePage", "Fee charged: {amount}.").format(amount=money)]
            if proposal.forgiven:
                return [translate("FeePage", "No fee: the practice forgives a client's first "
                                  "missed session.")]
            return [translate("FeePage", "No fee charged.")]
        if decision.choice == FeeChoice.WAIVE:
            assert decision.reason is not None
            lines = [translate("FeePage", "Fee of {amount} waived: {reason}.").format(
                amount=money, reason=waiver_reason_label(decision.reason))]
            return lines + ([decision.note] if decision.note else [])
        return [translate("FeePage", "Fee of {amount} left for now.").format(amount=money)]

    def _enable(self) -> None:
        choice = self.chosen()
        self.amount.setEnabled(choice == FeeChoice.CHARGE)
        self.reason.setEnabled(choice == FeeChoice.WAIVE)
        self.note.setEnabled(choice == FeeChoice.WAIVE)
        try:
            nothing = parse_amount(self.amount.text(), self.currency) == 0
        except InvalidValue:
            nothing = False
        self.zero_hint.setVisible(choice == FeeChoice.CHARGE and nothing)
