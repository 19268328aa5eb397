from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from models.enums import BlockKind
from services.calendar.appointments import book, days
from services.calendar.blocks import BlockPlan, add_block, block_days
from services.calendar.calendar_days import shown_days
from services.clients.client_records import ClientDraft, create_client
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 15)


def test_the_days_shown_hold_their_sessions_and_their_blocks(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    book(vault, client, datetime.combine(MONDAY, time(10), tzinfo=LONDON))
    add_block(vault, BlockPlan(BlockKind.HOLIDAY, first_day=date(2026, 6, 20),
                               last_day=date(2026, 6, 23)))
    shown = shown_days(vault, MONDAY, 7)
    assert shown.entries == days(vault, MONDAY, 7) and len(shown.entries) == 1
    assert shown.blocks == block_days(vault, MONDAY, 7) and len(shown.blocks) == 1
    assert shown_days(vault, date(2026, 6, 24), 7) == ([], [])
