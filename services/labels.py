"""One word per meaning: how a member of a closed vocabulary reads, in English or Russian.

A status, a reason, a payment method or a kind of ledger line reads the same in the window, on
a day sheet, in a letter's chart line and in a CSV, because all of them ask here. The words
are one table per language in `resources/labels/<language>.toml`: a section per enum class
(named as the class is), keyed by the members' stored values.
"""

from __future__ import annotations

import enum
import tomllib
from functools import cache

import resources
from models.enums import Language

LABELS = resources.FOLDER / "labels"


@cache
def table(language: Language) -> dict[str, dict[str, str]]:
    """The whole table of one language: section (enum class name) -> stored value -> words."""
    with (LABELS / f"{Language(language).value}.toml").open("rb") as file:
        return tomllib.load(file)


def label(member: enum.StrEnum, language: Language) -> str:
    """The words for `member` in `language`: label(PaymentMethod.TRANSFER, ENGLISH) is
    'Bank transfer'. A member the table lacks is a bug (KeyError)."""
    return table(Language(language))[type(member).__name__][member.value]
