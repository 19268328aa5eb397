"""The "Repair a rupture" dialog: after a hard session, or a review that hurt.

Ask the client's permission to talk about it; name what went wrong; ask what would help;
agree a plan and a day to follow it up. Nothing about the session or its money changes.

Finish writes one chart entry, "Repair", with all of it (it needs at least one of the three
texts), and, when a follow-up day is set, a contact log entry of the talk whose follow-up day
puts the client on the call list then.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from models.enums import BookAction, ContactChannel, ContactOutcome, Modality
from services import validation
from services.calendar.appointments import CalendarEntry
from services.errors import InvalidValue
from services.hard_moments.session_decision import ChartEntry, ContactRecord, SessionDecision
from services.vault.practice_vault import Vault
from ui.client_dialog import caption_on_top
from ui.client_labels import channel_label, day_text, when_text
from ui.dates import qdate
from ui.forms import HINT_STYLE, Form, note_label, text_lines
from ui.guided.confirm_page import ConfirmPage
from ui.guided.facts import SessionFacts
from ui.guided.note_page import NOTE_LIMIT, NotePage
from ui.guided.script_page import Script, ScriptPage
from ui.guided.wizard import GuidedDialog, GuidedPage
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate
FOLLOW_UP_DAYS = 14
PLAN_LINES = 6
TALKED = (ContactChannel.IN_PERSON, ContactChannel.CALL)


class Permission(enum.StrEnum):
    YES = "yes"
    NOT_NOW = "not_now"
    NO = "no"


class PermissionPage(ScriptPage):
    """Words to ask whether the client is willing to talk about it, and what they said."""

    def __init__(self, title: str, subtitle: str = "",
                 scripts: Callable[[], list[Script]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, scripts=scripts, parent=parent)
        self.client_name = ""
        self.answers = QButtonGroup(self)
        self.buttons: dict[Permission, QRadioButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for answer, text in ((Permission.YES, translate("PermissionPage", "Yes")),
                             (Permission.NOT_NOW, translate("PermissionPage", "Not now")),
                             (Permission.NO, translate("PermissionPage", "No"))):
            button = QRadioButton(text)
            button.setObjectName(f"permission_{answer.value}")
            self.answers.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        row.addStretch()
        answered = Form()
        answered.setHorizontalSpacing(0)
        holder = QWidget()
        holder.setLayout(row)
        answered.addRow("", holder)
        self.errors.add_row(answered, "permission")
        self.body.addSpacing(4)
        self.body.addWidget(note_label(translate("PermissionPage", "Did they agree to talk about "
                                                 "it?")))
        self.body.addLayout(answered)

    def answer(self) -> Permission | None:
        if not self.taken():
            return None
        return next((answer for answer, button in self.buttons.items() if button.isChecked()),
                    None)

    def check(self) -> bool:
        if not any(button.isChecked() for button in self.buttons.values()):
            self.errors.show("permission", translate(
                "PermissionPage", "Please choose what they said, or skip this step."))
            return False
        return True

    def summary(self) -> list[str]:
        answer, name = self.answer(), self.client_name
        if answer is None:
            return []
        return [{
            Permission.YES: translate(
                "PermissionPage", "I asked {name} whether we could talk about it, and they "
                "agreed."),
            Permission.NOT_NOW: translate(
                "PermissionPage", "I asked {name} whether we could talk about it; not now, "
                "they said."),
            Permission.NO: translate(
                "PermissionPage", "I asked {name} whether we could talk about it, and they "
                "said no."),
        }[answer].format(name=name)]


@dataclass(frozen=True)
class Plan:
    """The plan agreed, how the talk took place, and the day to follow it up (or None)."""

    text: str
    channel: ContactChannel
    follow_up_on: date | None


class PlanPage(GuidedPage):
    """The plan agreed, in the therapist's words, and a day to follow it up."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self.plan = text_lines(PLAN_LINES, QPlainTextEdit())
        self.plan.setObjectName("plan")
        self.plan.setPlaceholderText(translate(
            "PlanPage", "What you will each do, and what you will look at together"))
        self.channel = QComboBox()
        self.channel.setObjectName("talked")
        for channel in TALKED:
            self.channel.addItem(channel_label(channel), channel)
        self.follow_up = QCheckBox(translate("PlanPage", "Follow up on"))
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setChecked(True)
        self.follow_up_on = QDateEdit()
        self.follow_up_on.setObjectName("follow_up_on")
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("ddd d MMM yyyy")
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addStretch()
        follow = QWidget()
        follow.setLayout(follow_row)
        self.follow_hint = note_label()
        self.follow_hint.setStyleSheet(HINT_STYLE)

        form = Form()
        form.setVerticalSpacing(8)
        form.addRow(translate("PlanPage", "The plan"), self.plan)
        caption_on_top(form)
        self.errors.add_row(form, "text", "plan")
        form.addRow(translate("PlanPage", "You talked"), self.channel)
        form.addRow("", follow)
        form.addRow("", self.follow_hint)
        self.body.addLayout(form)

    def set_start(self, today: date, modality: Modality, client_name: str) -> None:
        """A follow-up two weeks from `today` to begin with, and the way they usually meet."""
        self.follow_up_on.setMinimumDate(qdate(today))
        self.follow_up_on.setDate(qdate(today + timedelta(days=FOLLOW_UP_DAYS)))
        usual = ContactChannel.IN_PERSON if modality == Modality.IN_PERSON else ContactChannel.CALL
        self.channel.setCurrentIndex(self.channel.findData(usual))
        self.follow_hint.setText(translate(
            "PlanPage", "The day goes in {name}'s contact log, so the follow-up is not "
            "forgotten.").format(name=client_name))

    def check(self) -> bool:
        try:
            validation.text(self.plan.toPlainText(), "text", limit=NOTE_LIMIT)
        except InvalidValue as error:
            self.show_error(error)
            return False
        return True

    def chosen(self) -> Plan | None:
        """What was agreed; None when the step was skipped or not reached."""
        if not self.taken():
            return None
        picked = self.follow_up_on.date()
        follow_up = (date(picked.year(), picked.month(), picked.day())
                     if self.follow_up.isChecked() else None)
        return Plan(self.plan.toPlainText().strip(), self.channel.currentData(), follow_up)


class DonePage(GuidedPage):
    """What Finish saves, to read over; at least one of the texts is needed for it."""

    def __init__(self, title: str, subtitle: str, preview: Callable[[], str],
                 has_text: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, skippable=False, parent=parent)
        self._preview, self._has_text = preview, has_text
        self.caption = note_label(translate(
            "DonePage", "When you press Finish, this goes in the client's chart:"))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.caption.text())
        self.follow_note = note_label()
        self.follow_note.setObjectName("follow_note")
        self.follow_note.setStyleSheet(HINT_STYLE)
        self.body.addWidget(self.caption)
        self.body.addWidget(self.preview)
        self.body.addWidget(self.follow_note)
        self.let_grow(self.preview)

    def initializePage(self) -> None:  # Qt's name: each time the page is reached by Next
        self.preview.setPlainText(self._preview())

    def show_follow_up(self, text: str) -> None:
        self.follow_note.setText(text)
        self.follow_note.setVisible(bool(text))

    def check(self) -> bool:
        if not self._has_text():
            self.errors.show(None, translate(
                "DonePage", "There is nothing to put in the chart yet. Please go back and write "
                "what went wrong, what would help or the plan; or press Cancel to leave without "
                "saving."))
            return False
        return True


class RepairDialog(GuidedDialog):
    """A rupture in the work: the guided way to talk it through and agree what comes next."""

    FEE_AS = None  # nothing about the session or its money changes
    OFFERS_SLOTS = False

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, entry, now, parent)
        self.setWindowTitle(self.tr("Repair a rupture"))
        self.confirm = self.add_step(ConfirmPage(
            self.tr("Repair a rupture"),
            self.tr("After a hard session, or a review that hurt: a way to talk it through.")))
        self.permission = self.add_step(PermissionPage(
            self.tr("Ask if they are willing"),
            self.tr("Ask gently, and make it easy to say no. Their answer is the first step."),
            scripts=self.scripts))
        self.named = self.add_step(NotePage(
            self.tr("Name what went wrong"),
            self.tr("Say it plainly and own your part, without explaining it away."),
            prompt=self.tr("In your own words: what will you name? What did you do or miss, "
                           "and how might it have felt for them?"),
            placeholder=self.tr("What you will name")))
        self.help = self.add_step(NotePage(
            self.tr("Ask what would help"),
            self.tr("Then listen. There is no need to agree or defend; just understand."),
            placeholder=self.tr("What they said, as close to their words as you can")))
        self.plan = self.add_step(PlanPage(
            self.tr("The plan"),
            self.tr("What you agreed, and a day to see how it is going.")))
        self.review = self.add_step(DonePage(
            self.tr("Done"), self.tr("Read it over; go back to change anything."),
            preview=self._preview, has_text=self.has_text))
        self.load()

    def fill(self, facts: SessionFacts) -> None:
        name = facts.client_name
        self.confirm.show_session(facts)
        self.confirm.set_text("\n\n".join((
            self.tr("This is about the session above, or what came after it. Nothing about the "
                    "session or its fee changes."),
            self.tr("The next steps help you talk it through with {name}: ask whether they are "
                    "willing, name what went wrong, ask what would help, and agree a plan and a "
                    "day to follow it up. Skip any step you do not need; nothing is saved until "
                    "you press Finish.").format(name=name))))
        self.permission.client_name = name
        self.permission.set_client(facts.client)
        self.help.prompt.setText(self.tr("What did {name} say would help?").format(name=name))
        self.help.prompt.show()
        self.help.editor.setAccessibleName(self.help.prompt.text())
        self.plan.set_start(facts.today, facts.entry.modality, name)

    # What Finish writes

    def texts(self) -> tuple[str, str, str]:
        plan = self.plan.chosen()
        return self.named.text(), self.help.text(), plan.text if plan is not None else ""

    def has_text(self) -> bool:
        return any(self.texts())

    def decision(self) -> SessionDecision:
        facts = self.facts
        assert facts is not None  # Finish waits for the facts
        plan = self.plan.chosen()
        follow_up = None
        if plan is not None and plan.follow_up_on is not None:
            follow_up = ContactRecord(plan.channel, ContactOutcome.REACHED,
                                      self.tr("Repair: follow-up"),
                                      follow_up_on=plan.follow_up_on)
        return SessionDecision(
            BookAction.REPAIR, self.entry.id, contact=follow_up,
            chart=ChartEntry(facts.today, self.tr("Repair"), self.chart_text()))

    def pages_for_parts(self) -> dict[str, GuidedPage]:
        return {"contact": self.plan, "chart": self.review}

    def chart_text(self) -> str:
        facts = self.facts
        if facts is None:
            return ""
        lines = [self.tr("After the session on {when}.").format(
            when=when_text(facts.entry.starts_at, facts.zone))]
        lines.extend(self.permission.summary())
        named, helps, agreed = self.texts()
        if named:
            lines.extend((self.tr("What I named:"), named))
        if helps:
            lines.extend((self.tr("What would help, in their words:"), helps))
        if agreed:
            lines.extend((self.tr("The plan:"), agreed))
        plan = self.plan.chosen()
        if plan is not None and plan.follow_up_on is not None:
            lines.append(self.tr("Follow-up on {day}.").format(day=day_text(plan.follow_up_on)))
        return "\n".join(lines)

    def _preview(self) -> str:
        """The chart entry, and under it where the follow-up goes, for the last step."""
        plan, facts = self.plan.chosen(), self.facts
        self.review.show_follow_up(
            self.tr("The follow-up on {day} goes in {name}'s contact log as well.").format(
                name=facts.client_name, day=day_text(plan.follow_up_on))
            if facts is not None and plan is not None and plan.follow_up_on is not None else "")
        return self.chart_text()

    # The scripts

    def scripts(self) -> list[Script]:
        if self.facts is None:
            return []
        return [Script(self.tr("In person or on a call"), self.ask_script()),
                Script(self.tr("When trust was lost"), self.trust_script()),
                Script(self.tr("A message"), self.message_script())]

    def ask_script(self) -> str:
        """Gentle, non-defensive words to ask whether they are willing to talk about it."""
        facts = self.facts
        assert facts is not None
        return "\n\n".join((
            self.tr("{name}, I've been thinking about our session, and I have a sense that "
                    "something I said or did didn't sit right with you. If so, I'd like to "
                    "understand it.").format(name=facts.client_name),
            self.tr("Would you be willing to talk about it with me, now or another time? It's "
                    "completely all right to say not now, or no."),
            self.tr("If we do talk, I'll mostly listen. You don't need to look after my "
                    "feelings; what matters is how it was for you."),
        ))

    def trust_script(self) -> str:
        """Owning that trust was lost, and asking what would help, without defending."""
        facts = self.facts
        assert facts is not None
        return "\n\n".join((
            self.tr("{name}, I think that something I did cost me some of your trust, and I'm "
                    "sorry.").format(name=facts.client_name),
            self.tr("I'd like to understand how it was for you. You don't need to make it "
                    "easier for me."),
            self.tr("What would help you trust me again? Is there something you would like me "
                    "to do differently?"),
            self.tr("Whatever you tell me, I'll take it seriously, and we can decide together "
                    "what happens next."),
        ))

    def message_script(self) -> str:
        """A message anyone holding the phone may read: no word of what the talk is about."""
        facts = self.facts
        assert facts is not None
        therapist = facts.settings.therapist_name
        return " ".join((
            self.tr("Hello {name}, it's {therapist}.").format(
                name=facts.client_name, therapist=therapist) if therapist
            else self.tr("Hello {name}.").format(name=facts.client_name),
            self.tr("I've been thinking about our last conversation, and I'd like to talk it "
                    "over with you if you are willing. Could you call me or reply when you "
                    "can? There is no pressure either way."),
        ))
