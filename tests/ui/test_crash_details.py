"""An error's details say where it happened, never what it was about."""

import re

from services.errors import NotFound
from ui.crash_details import describe

CANARY = "Quokka Zephyrine-Canary"


def raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:
        return caught


def test_the_details_name_the_type_and_the_stack_but_no_message_and_no_locals() -> None:
    def book_for(name: str) -> None:
        client = {"name": name}
        raise ValueError(f"{client['name']} is booked twice")

    try:
        book_for(CANARY)
    except ValueError as error:
        details = describe(error)
    assert re.sub(r"line \d+", "line N", details).splitlines() == [
        "Traceback (most recent call last):",
        '  File "tests/ui/test_crash_details.py", line N, in '
        "test_the_details_name_the_type_and_the_stack_but_no_message_and_no_locals",
        '  File "tests/ui/test_crash_details.py", line N, in '
        "test_the_details_name_the_type_and_the_stack_but_no_message_and_no_locals."
        "<locals>.book_for",
        "ValueError",
    ]


def test_a_stillroom_error_shows_its_template_without_its_values() -> None:
    error = raised(NotFound("No client named {name}.", name=CANARY))
    assert describe(error).endswith("\nservices.errors.NotFound: No client named {name}.")
    assert "Quokka" not in describe(error)


def test_chained_errors_are_described_the_same_way_the_first_cause_first() -> None:
    def handle() -> None:
        try:
            raise KeyError(CANARY)
        except KeyError:
            raise LookupError(CANARY)  # noqa: B904 (a context, not a cause, on purpose)

    try:
        handle()
    except LookupError as error:
        details = describe(error)
    first, link, last = details.split("\n\n")
    assert first.endswith("\nKeyError")
    assert link == "During handling of the above exception, another exception occurred:"
    assert last.endswith("\nLookupError")
    assert "Quokka" not in details


def test_a_chain_that_loops_back_ends() -> None:
    outer, inner = ValueError(CANARY), KeyError(CANARY)
    outer.__cause__, inner.__cause__ = inner, outer
    assert describe(outer).split("\n\n") == [
        "Traceback (most recent call last):\nKeyError",
        "The above exception was the direct cause of the following exception:",
        "Traceback (most recent call last):\nValueError",
    ]


def test_a_file_outside_the_project_and_python_s_folders_is_named_without_its_folder() -> None:
    code = compile("def fail():\n    raise OSError('disk')\n", "/home/quokka/scripts/tool.py",
                   "exec")
    names: dict[str, object] = {}
    exec(code, names)
    try:
        names["fail"]()  # type: ignore[operator]
    except OSError as error:
        details = describe(error)
    assert '  File "tool.py", line 2, in fail' in details.splitlines()
    assert "quokka" not in details


def test_a_library_file_is_named_from_its_library_folder() -> None:
    import json

    try:
        json.loads("{")
    except json.JSONDecodeError as error:
        details = describe(error)
    assert 'File "json/decoder.py"' in details
    assert details.endswith("\njson.decoder.JSONDecodeError")
