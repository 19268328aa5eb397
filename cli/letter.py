"""`letter KIND --client NAME_OR_ID --out FILE.pdf`: a letter made and kept as the window does.

The letter is drafted from its template, rendered, written where `--out` says, and kept in
the vault with its line in the contact log and the client's chart. As in the window, it is
refused while a missed session's fee is undecided, and for a client who asked for no calls,
messages or letters unless `--despite-do-not-contact REASON` says why.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.commands import checked_out, opened, write_out
from models.enums import Language, LetterKind
from services.clients.client_records import find_client
from services.errors import InvalidValue
from services.papers.letters import (
    TerminationReason,
    client_letter_kinds,
    despite_do_not_contact,
    draft_letter,
    keep_letter,
    may_send,
)


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    letter = commands.add_parser("letter", help="make a letter to a client as a PDF")
    letter.add_argument("kind", nargs="?", help="the kind of letter (see --list)")
    letter.add_argument("--list", action="store_true", help="list the kinds and reasons")
    letter.add_argument("--client", help="the client's name or number")
    letter.add_argument("--out", type=Path, help="the PDF file to write")
    letter.add_argument("--lang", choices=[language.value for language in Language],
                        help="the letter's language (default: the practice's)")
    letter.add_argument("--reason", help="why the work ends (termination letters)")
    letter.add_argument("--session", type=int, metavar="ID",
                        help="the missed session a missed-session letter or apology is about "
                             "(default: the latest)")
    letter.add_argument("--prevention-taken", action="store_true",
                        help="an apology says a step was taken so that it does not happen "
                             "again")
    letter.add_argument("--despite-do-not-contact", metavar="REASON",
                        help="write to a client who asked for no calls, messages or letters; "
                             "the reason goes in their chart")


def kinds_text() -> str:
    kinds = ", ".join(kind.value for kind in client_letter_kinds())
    reasons = ", ".join(reason.value for reason in TerminationReason)
    return f"kinds: {kinds}\ntermination reasons (--reason): {reasons}"


def _kind(name: str | None) -> LetterKind:
    if name not in {kind.value for kind in client_letter_kinds()}:
        raise InvalidValue("{kind} is not a kind of letter; choose one of: {kinds}.",
                           field="kind", kind=name or "(none)",
                           kinds=", ".join(k.value for k in client_letter_kinds()))
    return LetterKind(name)


def _reason(name: str | None) -> TerminationReason | None:
    if name is None:
        return None
    if name not in {reason.value for reason in TerminationReason}:
        raise InvalidValue("{reason} is not a reason; choose one of: {reasons}.",
                           field="reason", reason=name,
                           reasons=", ".join(r.value for r in TerminationReason))
    return TerminationReason(name)


def letter(folder: Path, arguments: argparse.Namespace) -> None:
    if arguments.list:
        print(kinds_text())
        return
    kind = _kind(arguments.kind)
    reason = _reason(arguments.reason)
    if not arguments.client or not arguments.out:
        raise InvalidValue("A letter needs --client NAME_OR_ID and --out FILE.pdf.",
                           field="client")
    out = checked_out(folder, arguments.out)
    from services.papers.letter_layout import render_letter  # loads reportlab

    with opened(folder) as vault:
        client = find_client(vault, arguments.client)
        draft = draft_letter(vault, kind, client.id, reason=reason,
                             language=Language(arguments.lang) if arguments.lang else None,
                             appointment_id=arguments.session,
                             prevention=arguments.prevention_taken)
        if arguments.despite_do_not_contact is not None:
            draft = despite_do_not_contact(draft, arguments.despite_do_not_contact)
        may_send(draft)
        pdf = render_letter(draft)
        write_out(out, pdf)
        kept = keep_letter(vault, draft, pdf)
    print(f"Wrote {out} ({len(pdf) // 1024 + 1} KB); kept as letter {kept.id}.")
