"""Generate the README's configuration and command references from the code itself.

    python -m tamperwatch.cli.docs --write README.md   (make docs)
    python -m tamperwatch.cli.docs --check README.md   (fails when the README is out of date)

The settings table comes from ``Settings`` field descriptions; the command table from the
Typer app. A test runs ``--check`` so an undocumented setting or option fails the suite.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer.main

from tamperwatch.settings import Settings

_HIDDEN = {"--help", "--install-completion", "--show-completion"}


def _default(name: str) -> str:
    field = Settings.model_fields[name]
    value = field.default_factory() if field.default_factory is not None else field.default  # type: ignore[call-arg]
    if isinstance(value, Path):
        return str(value)
    return json.dumps(value) if not isinstance(value, str) else (f'"{value}"' if value else '""')


def settings_reference() -> str:
    lines = ["| setting | environment variable | default | meaning |", "|---|---|---|---|"]
    for name, field in Settings.model_fields.items():
        doc = (field.description or "").replace("|", "\\|")
        lines.append(f"| `{name}` | `TAMPERWATCH_{name.upper()}` | `{_default(name)}` | {doc} |")
    return "\n".join(lines)


def _walk(cmd: Any, prefix: str) -> list[tuple[str, Any]]:
    """(path, command) for a Typer/click command tree (Typer may vendor its own click)."""
    out = [(prefix, cmd)]
    if hasattr(cmd, "commands"):
        for name in sorted(cmd.commands):
            out.extend(_walk(cmd.commands[name], f"{prefix} {name}"))
    return out


def cli_reference() -> str:
    from tamperwatch.cli.app import app

    root = typer.main.get_command(app)
    load_lazy = getattr(root, "load_lazy", None)
    if load_lazy is not None:  # commands the root loads on first use
        load_lazy()
    lines = ["| command | what it does | options |", "|---|---|---|"]
    for path, cmd in _walk(root, "tamperwatch"):
        if hasattr(cmd, "commands") and path != "tamperwatch":
            continue
        args = " ".join((p.name or "").upper() for p in cmd.params if p.param_type_name == "argument")
        opts = ", ".join(
            f"`{p.opts[0]}`" for p in cmd.params if p.param_type_name == "option" and p.opts[0] not in _HIDDEN
        )
        summary = (cmd.help or "").strip().split("\n")[0].replace("|", "\\|")
        lines.append(f"| `{path}{' ' + args if args else ''}` | {summary} | {opts} |")
    return "\n".join(lines)


def blocks() -> dict[str, str]:
    return {"settings": settings_reference(), "cli": cli_reference()}


def _replacer(body: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return match.group(1) + body + "\n" + match.group(2)

    return replace


def apply(readme: str) -> str:
    for name, body in blocks().items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n)(?:.*?\n)?(<!-- {name}:end -->)", re.S)
        if not pattern.search(readme):
            raise ValueError(f"README has no <!-- {name}:start --> ... <!-- {name}:end --> block")
        readme = pattern.sub(_replacer(body), readme)
    return readme


def main(argv: list[str] | None = None, render: Callable[[str], str] = apply, fix: str = "make docs") -> int:
    """``--write`` or ``--check`` the blocks ``render`` generates in a file (the README by default;
    ``fix`` is the command the stale message names)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="rewrite the generated blocks of this file")
    group.add_argument("--check", type=Path, help="exit 1 if this file's generated blocks are stale")
    args = parser.parse_args(argv)
    path: Path = args.write or args.check
    current = path.read_text(encoding="utf-8")
    updated = render(current)
    if args.write:
        path.write_text(updated, encoding="utf-8")
        return 0
    if updated != current:
        print(f"{path} is out of date: run `{fix}`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
