"""The import layers, read from the source (docs/architecture.md): `ui -> services -> models`.

Every import statement counts, at the top of a module, inside a function or under
`if TYPE_CHECKING`: a layer that only names another for its types still leans on it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("models", "services", "ui", "cli", "demo")
QT = ("PySide6", "shiboken6")
BELOW_UI = frozenset({"services", "models", "cli", "demo"})


@dataclass(frozen=True)
class Rule:
    """`importers` (layers) may not import a module under any of `forbidden` unless it is
    under one of `allowed`; with `at_import_time`, imports inside a function are let be."""

    says: str
    importers: frozenset[str]
    forbidden: tuple[str, ...]
    allowed: tuple[str, ...] = ()
    at_import_time: bool = False

    def breaks(self, layer: str, target: str, in_function: bool) -> bool:
        if layer not in self.importers or (self.at_import_time and in_function):
            return False
        return _under(target, self.forbidden) and not _under(target, self.allowed)


RULES = (
    Rule("ui takes only models.enums from models", frozenset({"ui"}), ("models",),
         allowed=("models.enums",)),
    Rule("nothing under services, models, cli or demo imports Qt", BELOW_UI, QT),
    Rule("nothing under services, models, cli or demo imports ui", BELOW_UI, ("ui",)),
    Rule("models imports none of services, cli or demo", frozenset({"models"}),
         ("services", "cli", "demo")),
    Rule("services imports neither cli nor demo", frozenset({"services"}), ("cli", "demo")),
    Rule("main.py imports ui and Qt only inside the function that opens the window",
         frozenset({"main"}), ("ui", *QT), at_import_time=True),
)


def _under(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def _module_name(path: str) -> str:
    parts = path.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(path: str) -> str:
    return path.split("/")[0] if "/" in path else path.removesuffix(".py")


class _Imports(ast.NodeVisitor):
    """(line, module imported, inside a function?) for every import in a module."""

    def __init__(self, path: str) -> None:
        self.package = _module_name(path).split(".")
        if not path.endswith("__init__.py"):
            self.package = self.package[:-1]
        self.found: list[tuple[int, str, bool]] = []
        self._depth = 0

    def _in_function(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _in_function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.found.append((node.lineno, alias.name, self._depth > 0))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:  # relative: from the module's own package upwards
            package = self.package[:len(self.package) - node.level + 1]
            base = ".".join([*package, base]).strip(".")
        for alias in node.names:
            # `from models import enums` imports models.enums; `from models import Client`
            # names something of `models` itself, which is not models.enums.
            name = f"{base}.{alias.name}" if base else alias.name
            self.found.append((node.lineno, name, self._depth > 0))


def violations(path: str, source: str) -> list[str]:
    """Each import in `source` (the module at `path`, relative to the repository) that
    breaks a rule, as 'path:line: imports X, but RULE'."""
    visitor = _Imports(path)
    visitor.visit(ast.parse(source, filename=path))
    layer = _layer(path)
    return [f"{path}:{line}: imports {target}, but {rule.says}"
            for line, target, in_function in visitor.found
            for rule in RULES if rule.breaks(layer, target, in_function)]


def modules() -> list[str]:
    found = [path.relative_to(ROOT).as_posix()
             for layer in LAYERS for path in sorted((ROOT / layer).rglob("*.py"))]
    return [*found, "main.py"]


def test_every_module_keeps_to_its_layer() -> None:
    broken = [line for path in modules()
              for line in violations(path, (ROOT / path).read_text(encoding="utf-8"))]
    assert not broken, "Imports across the layers:\n" + "\n".join(broken)


def test_every_layer_is_read() -> None:
    assert {_layer(path) for path in modules()} == {*LAYERS, "main"}
    assert "models/migrations/versions/0001_schema_v1.py" in modules()


BREAKING = [
    ("ui/calendar/view.py", "from models import Client\n", 1, RULES[0]),
    ("ui/forms.py", "def f():\n    from models.client import Client\n", 2, RULES[0]),
    ("services/calendar/agenda.py", "from PySide6.QtCore import QDate\n", 1, RULES[1]),
    ("demo/names.py", "import shiboken6\n", 1, RULES[1]),
    ("cli/letter.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                      "    from ui.labels import status_label\n", 3, RULES[2]),
    ("models/client.py", "from .. import ui\n", 1, RULES[2]),
    ("models/ledger.py", "from services.money.amounts import minor_units\n", 1, RULES[3]),
    ("services/vault/backup.py", "def fill():\n    import demo.practice\n", 2, RULES[4]),
    ("services/errors.py", "from cli import run\n", 1, RULES[4]),
    ("main.py", "import sys\nfrom ui.app import run_gui\n", 2, RULES[5]),
]


@pytest.mark.parametrize(("path", "source", "line", "rule"), BREAKING,
                         ids=[f"{path}:{rule.says}" for path, _s, _l, rule in BREAKING])
def test_each_rule_can_fail(path: str, source: str, line: int, rule: Rule) -> None:
    (found,) = violations(path, source)
    assert found.startswith(f"{path}:{line}: imports ") and found.endswith(rule.says)


def test_every_rule_is_shown_failing() -> None:
    assert {rule for *_rest, rule in BREAKING} == set(RULES)


@pytest.mark.parametrize(("path", "source"), [
    ("ui/calendar/view.py", "from models.enums import Modality\nfrom models import enums\n"),
    ("ui/forms.py", "from services.calendar.appointments import book\nimport PySide6\n"),
    ("cli/run.py", "from demo.practice import fill_demo_practice\n"),
    ("services/calls/call_list.py", "from . import call_facts\nfrom ..errors import NotFound\n"),
    ("main.py", "from cli.run import run\ndef main():\n    from ui.app import run_gui\n"),
])
def test_what_the_layers_allow_passes(path: str, source: str) -> None:
    assert violations(path, source) == []
