"""Words kept in files beside the code, one TOML file a language
(`resources/<folder>/<name>.<language>.toml`), read once and kept: the note formats, the
client's record, the superbill."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

import resources
from models.enums import Language


@cache
def words_file(folder: str, name: str, language: Language) -> dict[str, Any]:
    """The words of `name` in `language`, from `resources/<folder>/`."""
    path = resources.FOLDER / folder / f"{name}.{Language(language).value}.toml"
    with path.open("rb") as file:
        return tomllib.load(file)
