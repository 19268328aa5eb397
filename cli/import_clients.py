"""`import-clients FILE [--map COLUMN=FIELD,…] [--dry-run]`: a client list brought in.

The file may be a spreadsheet (CSV, in any of the usual encodings, with commas, semicolons or
tabs) or a contacts file (vCard). The dry run says what was found (the encoding, the
delimiter, what each column gives, how many clients, the first few) and writes nothing; a bad
row, in either, ends the command with exit 1 and every bad row's line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.commands import opened
from services.clients.client_columns import ClientField, mapping_from_text
from services.clients.client_rows import ClientRow
from services.clients.import_clients import (
    ClientListReview,
    import_client_file,
    read_client_file,
    review_clients,
    with_mapping,
)

DELIMITER_WORDS = {",": "comma", ";": "semicolon", "\t": "tab"}
ORDER_WORDS = {"day_first": "day first (the file's dates show it)",
               "month_first": "month first (the file's dates show it)",
               "unsettled": "as each one reads (the file's dates do not show day or month "
                            "first)"}


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imports = commands.add_parser(
        "import-clients", help="add clients from a CSV client list or a vCard contacts file")
    imports.add_argument("file", type=Path)
    imports.add_argument(
        "--map", metavar="COLUMN=FIELD,…", default="",
        help="what columns hold that are not recognised, or 'skip' to leave one out, such as "
             "\"Cell=mobile,Insurance ID=skip\"; fields: "
             + ", ".join(field.value for field in ClientField))
    imports.add_argument("--dry-run", action="store_true",
                         help="say what would be imported, and write nothing")


def _client_line(row: ClientRow) -> str:
    draft = row.draft
    parts = [draft.full_name]
    if row.date_of_birth:
        parts.append(f"born {row.date_of_birth.isoformat()}")
    parts += [number.number for number in draft.numbers]
    parts += [text for text in (draft.email, draft.address.replace("\n", ", ")) if text]
    return "; ".join(parts)


def summary(review: ClientListReview) -> str:
    file = review.file
    how = f"Encoding: {file.encoding}"
    if file.delimiter:
        how += f"; delimiter: {DELIMITER_WORDS[file.delimiter]}"
    lines = [f"File: {file.path}", how, "Columns:"]
    lines += [f"  {column} → {field.value if field else 'not imported'}"
              for column, field in zip(file.columns, file.fields, strict=True)]
    lines.append(f"Clients: {review.count}")
    if any(row.date_of_birth for row in review.first):
        lines.append(f"Dates of birth read {ORDER_WORDS[review.day_order.value]}.")
    if review.first:
        lines.append("The first clients:")
        lines += [f"  {_client_line(row)}" for row in review.first]
    return "\n".join(lines)


def import_clients_command(folder: Path, arguments: argparse.Namespace) -> None:
    file = with_mapping(read_client_file(arguments.file), mapping_from_text(arguments.map))
    with opened(folder) as vault:
        if arguments.dry_run:
            review = review_clients(vault, file)
            print(summary(review))
            if review.problems:
                raise review.refusal()
            print("Nothing was written (dry run).")
            return
        count = import_client_file(vault, file)
    print(f"Imported {count} clients.")
    if file.not_imported:
        print("Not imported: " + ", ".join(file.not_imported))
