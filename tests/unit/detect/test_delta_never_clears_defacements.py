"""The fast path (delta check) may never clear what the full engine flags.

Property: text-only defacements (a slogan written into an existing headline, teaser or paragraph,
appended to one, or a page's text replaced by a few lines) are never cleared by the delta check,
whatever the slogan's words and script. Differential: replaying the dev corpus's defaced
scenarios, and both red-team editions generated from it, with the delta check on and off gives
the same verdict on every defaced snapshot (runs where ../shared/corpus is present, as on CI)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tamperwatch.detect.delta import DeltaGate
from tamperwatch.pipeline.replay import replay_folders
from tamperwatch.settings import Settings

from .synthetic import SITE, news_page

_LETTERS = (
    "abcdefghijklmnopqrstuvwxyzäöüßçğ\u0131ş"
    "абвгдежзиклмнопрстуфхцчшщыэюя"
    "人民声音沉默自由我们这里永远不会忘记真相"
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
)
_WORD = st.text(alphabet=_LETTERS, min_size=3, max_size=9)
_SLOGAN = st.lists(_WORD, min_size=4, max_size=10, unique=True).map(" ".join)
_OLD = news_page(3)
_TEASER = "On day 3 the council said that it will vote on plan 1 from next week, and the city agrees"
_HEADLINE = "Council approves budget number 31 for the city"


def _deface(where: str, slogan: str) -> str:
    if where == "headline":
        return _OLD.replace(f">{_HEADLINE}</a>", f">{slogan}</a>", 1)
    if where == "teaser":
        return _OLD.replace(_TEASER, slogan, 1)
    if where == "appended":
        return _OLD.replace(_TEASER, f"{_TEASER} {slogan}", 1)
    start, end = _OLD.index('<main class="content">'), _OLD.index("</main>")
    return _OLD[:start] + f'<main class="content"><p class="teaser__text">{slogan}</p>' + _OLD[end:]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(slogan=_SLOGAN, where=st.sampled_from(["headline", "teaser", "appended", "replaced"]))
def test_the_delta_check_never_clears_a_text_only_defacement(slogan: str, where: str) -> None:
    new = _deface(where, slogan)
    assert new != _OLD
    gate = DeltaGate()
    assert gate.clears(_OLD.encode(), new.encode(), SITE, "text/html; charset=utf-8") is None


def test_an_ordinary_publish_is_still_cleared() -> None:
    """The rule that stops rewrites lets a new teaser with its own article link through."""
    teaser = (
        '<p class="teaser__text">A <a href="/politics/new-park-opens-31.html">new park</a> opens today.</p>'
    )
    new = _OLD.replace("</section>", teaser + "</section>", 1)
    assert DeltaGate().clears(_OLD.encode(), new.encode(), SITE, "text/html; charset=utf-8")


_CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "dev.tar.zst"
_REPO = Path(__file__).resolve().parents[3]
_NEEDS_CORPUS = pytest.mark.skipif(
    not _CORPUS.exists() or shutil.which("zstd") is None, reason="dev corpus not present"
)
# red-team items of each kind generated for the differential test (bounded for CI time)
_REDTEAM_LIMIT = 10


def _defaced_snapshots(labels_file: Path) -> dict[str, list[int]]:
    labels = json.loads(labels_file.read_text())["scenarios"]
    marks = {
        sid: [int(i) for i, lab in snaps.items() if lab["label"] == "defaced"]
        for sid, snaps in labels.items()
    }
    return {sid: idx for sid, idx in marks.items() if idx}


def _same_verdicts_with_and_without_the_delta_check(scenarios: Path, defaced: dict[str, list[int]]) -> None:
    folders = sorted(scenarios / sid for sid in defaced)
    verdicts = {}
    for delta in (True, False):
        config = Settings(_env_file=None, delta_check=delta)  # type: ignore[call-arg]
        lines = [line for lines in replay_folders(folders, config, workers=2) for line in lines]
        verdicts[delta] = {
            (line["scenario"], line["index"]): line["defaced"]
            for line in lines
            if line["index"] in defaced.get(line["scenario"], [])
        }
    assert len(verdicts[True]) == sum(len(v) for v in defaced.values())
    differ = sorted(k for k in verdicts[True] if verdicts[True][k] != verdicts[False][k])
    assert differ == [], f"the delta check changed {len(differ)} verdict(s) on defaced snapshots"


@pytest.fixture(scope="module")
def dev_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    into = tmp_path_factory.mktemp("corpus")
    subprocess.run(["tar", "-I", "zstd --long=27", "-xf", str(_CORPUS), "-C", str(into)], check=True)
    return into / "dev"


@pytest.mark.slow
@pytest.mark.timeout(1200)
@_NEEDS_CORPUS
def test_replay_gives_the_same_verdict_on_every_defaced_snapshot_with_the_delta_check_on_and_off(
    dev_corpus: Path,
) -> None:
    defaced = _defaced_snapshots(dev_corpus / "labels.json")
    _same_verdicts_with_and_without_the_delta_check(dev_corpus / "scenarios", defaced)


@pytest.mark.slow
@pytest.mark.timeout(1200)
@_NEEDS_CORPUS
@pytest.mark.parametrize("edition", [1, 2])
def test_the_red_team_sets_get_the_same_verdicts_with_the_delta_check_on_and_off(
    dev_corpus: Path, tmp_path: Path, edition: int
) -> None:
    """Both red-team editions (bench/redteam), ``_REDTEAM_LIMIT`` items of each kind: only whether
    the fast path changes a verdict is asserted here, never how many attacks are caught."""
    out = tmp_path / f"redteam{edition}"
    generate = ["-m", "bench.redteam", "--corpus", str(dev_corpus), "--out", str(out)]
    limits = ["--edition", str(edition), "--limit", str(_REDTEAM_LIMIT)]
    subprocess.run([sys.executable, *generate, *limits], check=True, cwd=_REPO, capture_output=True)
    defaced = _defaced_snapshots(out / "labels.json")
    assert len(defaced) >= 5 * _REDTEAM_LIMIT  # every attack family is in
    _same_verdicts_with_and_without_the_delta_check(out / "scenarios", defaced)
