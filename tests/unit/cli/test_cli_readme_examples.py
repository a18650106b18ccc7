"""Examples in the README run as tests, so the docs cannot drift from the code."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from tamperwatch.cli import docs
from tamperwatch.target_file import parse_targets

README = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def test_yaml_targets_example_parses() -> None:
    [example] = _blocks("yaml")
    targets = parse_targets(example, 300)
    assert [t.url for t in targets] == ["https://www.example.org/", "https://www.example.org/news"]
    assert targets[0].interval_s == 300 and targets[0].ignore_selectors == (".ticker",)


def test_quick_start_uses_only_real_commands_and_options() -> None:
    reference = docs.cli_reference()
    known = {line.split("`")[1].split(" ")[1] for line in reference.splitlines()[3:]}
    for block in _blocks(""):
        for line in block.splitlines():
            words = shlex.split(line.split("#")[0]) if line.strip().startswith("tamperwatch ") else []
            if not words:
                continue
            assert words[1] in known, f"README uses an unknown command: {line}"
            for word in words[2:]:
                if word.startswith("--"):
                    assert f"`{word}`" in reference, f"README uses an unknown option: {line}"
