"""The letters' words: templates in `resources/letters/`, one per kind and language.

Each template is a TOML file: a subject and a body with named fields in braces, and
`[paragraphs]` the code chooses between (a fee charged or not, a last session known or not).
Words every letter of a language shares (greeting, closing, "Page 1 of 2", how to reach the
therapist, the fee rules) are in `common.<language>.toml`. The code holds no letter prose.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import resources
from models.enums import FeeRule, Language
from services.money.amounts import format_amount, symbol_of
from services.money.fee_policy import fee_by_rule

LETTERS = resources.FOLDER / "letters"
FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Template:
    """One letter's words before they are filled."""

    subject: str
    body: str
    paragraphs: Mapping[str, str] = field(default_factory=dict, hash=False)
    handout_title: str = ""
    qa: tuple[tuple[str, str], ...] = ()
    sign_lines: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    extra: Mapping[str, str] = field(default_factory=dict, hash=False)


@cache
def _toml(name: str) -> dict[str, Any]:
    with (LETTERS / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def template(name: str, language: Language) -> Template:
    """The template `name` (e.g. "termination-completed") in that language."""
    data = _toml(f"{name}.{language.value}")
    known = {"subject", "body", "paragraphs", "handout_title", "qa", "sign_lines", "steps"}
    return Template(
        subject=data.get("subject", ""),
        body=data.get("body", ""),
        paragraphs=dict(data.get("paragraphs", {})),
        handout_title=data.get("handout_title", ""),
        qa=tuple((item["question"], item["answer"]) for item in data.get("qa", ())),
        sign_lines=tuple(data.get("sign_lines", ())),
        steps=tuple(data.get("steps", ())),
        extra={key: value for key, value in data.items()
               if key not in known and isinstance(value, str)},
    )


def common(language: Language) -> dict[str, Any]:
    """The words all letters of a language share."""
    return _toml(f"common.{language.value}")


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with every {field} replaced; a field the values lack is a bug (KeyError).

    Values are inserted as they are: braces in a client's name are never read as fields.
    """
    return FIELD.sub(lambda match: values[match.group(1)], text)


def tidy(body: str) -> str:
    """A filled body cleaned of what empty fields leave: doubled spaces, empty paragraphs, and
    the second full stop of a Russian date ending a sentence ("18 декабря 2026 г.")."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", body.strip()):
        lines = [re.sub(r"[ \t]{2,}", " ", line).strip().replace("\u00a0г..", "\u00a0г.")
                 for line in paragraph.splitlines()]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def money(minor: int, currency: str, language: Language) -> str:
    """An amount as a letter in that language writes it: '£1,200.00', '1 200,00 ₽'."""
    if language is Language.RUSSIAN:
        number = format_amount(minor, currency, symbol=False, decimal=",", group="\u00a0")
        return f"{number}\u00a0{symbol_of(currency)}"
    return format_amount(minor, currency, group=",")


def fee_rule_text(language: Language, rule: FeeRule, value: int, session_fee: int,
                  currency: str) -> str:
    """The policy's fee for a missed session in words; "" for a policy of no fee."""
    amount = fee_by_rule(rule, value, session_fee)
    if amount is None:
        return ""
    words = common(language)["fee_rule"][rule.value]
    return fill(words, {"session_fee": money(session_fee, currency, language),
                        "amount": money(amount, currency, language), "percent": str(value)})


def how_to_reach(language: Language, phone: str, email: str) -> str:
    """'by phone on … or by email at …', by what the practice's settings hold."""
    reach = common(language)["reach"]
    key = "both" if phone and email else "phone" if phone else "email" if email else "none"
    return fill(reach[key], {"practice_phone": phone, "practice_email": email})
