"""A small practice with someone for most rules of the call list, arranged with the services.

Tuesday 16 June 2026, 10:20 in London: Nadia is 20 minutes late; Tom did not come yesterday;
Lena last came three weeks ago and has nothing booked; Olga cancelled two weeks ago; Ivan and
Maria, who know each other, are booked back to back on Thursday (Maria asked not to be
contacted).
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, CancelledBy, ReasonCategory
from services.calendar.appointments import book, cancel, set_status
from services.clients.client_records import (
    ClientDraft,
    PhoneNumber,
    create_client,
    link_acquaintances,
)
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from ui.call_list.dock import CallListDock
from ui.guided.clipboard import SecretCopy
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 6, 16)
NOW = datetime(2026, 6, 16, 10, 20, tzinfo=LONDON)
PRACTICE_PHONE = "+44 20 7946 0000"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


@dataclass(frozen=True)
class Practice:
    nadia: int
    tom: int
    lena: int
    olga: int
    ivan: int
    maria: int


def client(vault: Vault, full_name: str, number: str, *, do_not_contact: bool = False) -> int:
    preferred = full_name.split()[0]
    return create_client(vault, ClientDraft(
        full_name=full_name, preferred_name=preferred, started_on=date(2026, 1, 5),
        do_not_contact=do_not_contact,
        numbers=(PhoneNumber(number, "mobile", may_call=True, may_voicemail=True,
                             may_text=False),)))


def attended(vault: Vault, client_id: int, starts: datetime) -> int:
    (appointment_id,) = book(vault, client_id, starts)
    set_status(vault, appointment_id, AppointmentStatus.ATTENDED)
    return appointment_id


def arrange(vault: Vault) -> Practice:
    update_settings(vault, phone=PRACTICE_PHONE, practice_name="Quiet Room Therapy")
    nadia = client(vault, "Nadia Volkova", "+44 7700 900101")
    attended(vault, nadia, at(TODAY - timedelta(weeks=1), 10))
    book(vault, nadia, at(TODAY, 10))

    tom = client(vault, "Tom Baker", "+44 7700 900102")
    attended(vault, tom, at(TODAY - timedelta(weeks=1, days=1), 14))
    (missed,) = book(vault, tom, at(TODAY - timedelta(days=1), 14))
    set_status(vault, missed, AppointmentStatus.NO_SHOW)

    lena = client(vault, "Lena Sokolova", "+44 7700 900103")
    attended(vault, lena, at(TODAY - timedelta(weeks=3), 9))

    olga = client(vault, "Olga Ivanova", "+44 7700 900104")
    attended(vault, olga, at(TODAY - timedelta(weeks=3), 11))
    (cancelled,) = book(vault, olga, at(TODAY - timedelta(weeks=2), 11))
    cancel(vault, cancelled, CancelledBy.CLIENT, at(TODAY - timedelta(weeks=2, days=3), 9),
           ReasonCategory.WORK)

    ivan = client(vault, "Ivan Petrov", "+44 7700 900105")
    maria = client(vault, "Maria Garcia", "+44 7700 900106", do_not_contact=True)
    link_acquaintances(vault, ivan, maria)
    thursday = TODAY + timedelta(days=2)
    attended(vault, ivan, at(TODAY - timedelta(weeks=1), 15))
    attended(vault, maria, at(TODAY - timedelta(weeks=1), 17))
    book(vault, ivan, at(thursday, 14))
    book(vault, maria, at(thursday, 15), allow_conflicts=True)
    return Practice(nadia, tom, lena, olga, ivan, maria)


def open_dock(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> CallListDock:
    """The dock, shown and read at NOW; its copies are cleared after 50 ms."""
    dock = CallListDock(vault, worker, now=lambda: NOW, clipboard=SecretCopy(clear_after_ms=50))
    qtbot.addWidget(dock)
    dock.resize(320, 900)
    dock.show()
    with qtbot.waitSignal(dock.count_changed):
        dock.refresh()
    return dock
