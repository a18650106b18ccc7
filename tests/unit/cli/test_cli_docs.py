"""The README documents every setting and every CLI command and option (generated, kept in sync)."""

from __future__ import annotations

from pathlib import Path

from tamperwatch.cli import docs
from tamperwatch.settings import Settings

README = Path(__file__).resolve().parents[3] / "README.md"


def test_readme_references_are_up_to_date() -> None:
    text = README.read_text(encoding="utf-8")
    assert docs.apply(text) == text, "README is out of date: run `make docs`"


def test_every_setting_has_a_description_and_a_readme_row() -> None:
    text = README.read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no description"
        assert f"`TAMPERWATCH_{name.upper()}`" in text, f"setting {name} is not in the README"


def test_every_command_and_option_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    table = docs.cli_reference()
    for line in table.splitlines()[2:]:
        assert line in text
    for command in (
        "add",
        "import",
        "list",
        "remove",
        "check",
        "run",
        "serve",
        "replay",
        "classify",
        "incidents list",
        "incidents ack",
        "incidents resolve",
        "incidents false-positive",
        "incidents comment",
        "incidents reopen",
    ):
        assert f"`tamperwatch {command}" in text, f"command {command} is undocumented"
