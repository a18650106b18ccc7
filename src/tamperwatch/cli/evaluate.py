"""Evaluation commands: `replay` (scenario folders) and `classify` (single pages, cold start)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from tamperwatch.cli.common import console, fail, progress_bar, settings_of

if TYPE_CHECKING:
    from rich.progress import ProgressColumn


def _columns() -> tuple[ProgressColumn, ...]:
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

    return (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())


def _open_output(path: Path | None) -> IO[str]:
    if path is None or str(path) == "-":
        return open(os.dup(1), "w", encoding="utf-8")
    return path.open("w", encoding="utf-8")


def _scenario_dirs(paths: list[Path]) -> list[Path]:
    """Each path is a scenario (has meta.json) or a folder of scenarios."""
    out: list[Path] = []
    for p in paths:
        if (p / "meta.json").is_file():
            out.append(p)
        elif p.is_dir():
            found = sorted(d for d in p.iterdir() if (d / "meta.json").is_file())
            if not found:
                raise fail(f"{p}: neither a scenario folder (no meta.json) nor a folder of scenarios")
            out.extend(found)
        else:
            raise fail(f"{p}: no such folder")
    return out


def register(app: typer.Typer) -> None:
    @app.command()
    def replay(
        ctx: typer.Context,
        scenario_dirs: list[Path] = typer.Argument(..., help="Scenario folders."),
        output: Path = typer.Option(None, "--output", "-o", help="JSON lines file (default stdout)."),
        workers: int = typer.Option(0, help="Processes to use (default: CPU count)."),
    ) -> None:
        """Run the live pipeline over stored scenarios; one JSON line per checked snapshot."""
        from tamperwatch.runtime import heavy_imports

        with heavy_imports():
            from tamperwatch.pipeline.replay import replay_folders

        settings = settings_of(ctx, data=False)
        folders = _scenario_dirs(scenario_dirs)
        errors = 0
        with _open_output(output) as out, progress_bar(*_columns()) as progress:
            task = progress.add_task("replaying", total=len(folders))
            for lines in replay_folders(folders, settings, workers or os.cpu_count() or 1):
                for line in lines:
                    if "error" in line:
                        errors += 1
                        console(stderr=True).print(f"[red]skipped[/] {line['scenario']}: {line['error']}")
                        continue
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
                progress.advance(task)
        if errors:
            raise typer.Exit(1)

    @app.command()
    def classify(
        ctx: typer.Context,
        pages: list[Path] = typer.Argument(..., help="HTML files."),
        output: Path = typer.Option(None, "--output", "-o", help="JSON lines file (default stdout)."),
    ) -> None:
        """Is each page itself a defacement page? Cold start: no history, every detector that needs none."""
        from tamperwatch.runtime import heavy_imports

        with heavy_imports():
            from tamperwatch.classify import classify_file
            from tamperwatch.detect.engine import DetectionEngine

        settings = settings_of(ctx, data=False)
        files: list[Path] = []
        for p in pages:
            files.extend(sorted(p.glob("*.htm*")) if p.is_dir() else [p])
        missing = [str(p) for p in files if not p.is_file()]
        if missing:
            raise fail(f"no such file: {', '.join(missing[:5])}")
        with _open_output(output) as out, progress_bar(*_columns()) as progress:
            task = progress.add_task("classifying", total=len(files))
            engine = DetectionEngine.from_settings(settings)
            for path in files:
                defaced, score, reasons = classify_file(path, settings, engine)
                out.write(
                    json.dumps(
                        {"page": path.stem, "defaced": defaced, "score": round(score, 4), "reasons": reasons},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                progress.advance(task)
