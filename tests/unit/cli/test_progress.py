"""Progress bars redraw only on a terminal; piped or redirected, they print their final state once."""

from __future__ import annotations

import pytest
from rich.progress import MofNCompleteColumn, TextColumn

from tamperwatch.cli.common import progress_bar


def test_into_a_pipe_the_bar_runs_no_refresh_thread_and_prints_its_end_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with progress_bar(TextColumn("checking"), MofNCompleteColumn()) as bar:
        assert bar.live.auto_refresh is False  # stderr is captured here, not a terminal
        task = bar.add_task("checks", total=3)
        for _ in range(3):
            bar.advance(task)
    assert capsys.readouterr().err == "checking 3/3\n"
