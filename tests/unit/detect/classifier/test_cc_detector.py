"""ContentClassifierDetector and classify_page: what the engine and `tamperwatch classify` rely on."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tamperwatch.detect.classifier import classify_page
from tamperwatch.detect.classifier.runtime import ContentClassifier
from tamperwatch.detect.content_classifier import ContentClassifierConfig, ContentClassifierDetector
from tamperwatch.detect.page import Page
from tamperwatch.models import Capture
from tamperwatch.plugins import load_plugin
from tamperwatch.settings import Settings

from .conftest import DEFACEMENT_HTML, NEWS_HTML


@pytest.fixture(scope="module")
def model() -> ContentClassifier:
    return ContentClassifier.load()


def _capture(html: str) -> Capture:
    at = datetime(2024, 1, 1, tzinfo=UTC)
    return Capture(url="file:///pages/x.html", fetched_at=at, body=html.encode())


def test_plugin_is_registered_and_builds_from_settings(settings: Settings) -> None:
    cls = load_plugin("tamperwatch.detectors", "content_classifier")
    detector = cls.from_settings(settings)
    assert isinstance(detector, ContentClassifierDetector)


def test_a_missing_model_file_is_refused_when_the_detector_is_built(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, classifier_model_path=str(tmp_path / "nope.npz"))  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="no such model file"):
        ContentClassifierDetector.from_settings(settings)


def test_the_model_and_numpy_load_with_the_first_scored_page_not_with_the_engine() -> None:
    probe = (
        "import sys\n"
        "from tamperwatch.detect.engine import DetectionEngine\n"
        "from tamperwatch.settings import Settings\n"
        "engine = DetectionEngine.from_settings(Settings(_env_file=None))\n"
        "assert engine.detectors and 'numpy' not in sys.modules, 'loaded at build'\n"
        "from datetime import UTC, datetime\n"
        "from tamperwatch.models import Capture\n"
        f"body = {DEFACEMENT_HTML!r}.encode()\n"
        "page = Capture(url='file:///x.html', fetched_at=datetime.now(UTC), body=body)\n"
        "assert engine.classify(page).defaced and 'numpy' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]


def test_defacement_page_gives_a_readable_content_finding(
    model: ContentClassifier, defacement_page: Page
) -> None:
    detector = ContentClassifierDetector(model)
    findings = detector.detect({}, defacement_page)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.content and finding.detector == "content_classifier"
    assert 0.5 <= finding.score <= 1.0
    assert finding.reason.startswith("page text reads like a defacement page (p=")
    assert "hacked by zer0 phantom crew" in finding.reason


def test_cold_news_page_about_hackers_gives_no_finding(model: ContentClassifier, news_page: Page) -> None:
    assert ContentClassifierDetector(model).detect({}, news_page) == []


def test_news_page_like_the_learned_ones_gives_no_finding(model: ContentClassifier, news_page: Page) -> None:
    detector = ContentClassifierDetector(model)
    part: dict[str, object] = {}
    detector.learn_trusted(part, news_page)
    assert detector.detect(part, news_page) == []


def test_defacement_after_learned_news_pages_is_found(
    model: ContentClassifier, news_page: Page, defacement_page: Page
) -> None:
    detector = ContentClassifierDetector(model)
    part: dict[str, object] = {}
    detector.learn_trusted(part, news_page)
    assert [f.detector for f in detector.detect(part, defacement_page)] == ["content_classifier"]


def test_site_whose_normal_pages_score_high_needs_a_clear_rise(
    model: ContentClassifier, defacement_page: Page
) -> None:
    detector = ContentClassifierDetector(model, threshold=0.5, config=ContentClassifierConfig(margin=0.15))
    part: dict[str, object] = {}
    detector.learn_trusted(part, defacement_page)  # this site's normal page reads like a defacement page
    assert detector.detect(part, defacement_page) == []


def test_online_learning_scores_only_every_nth_clean_capture(news_page: Page) -> None:
    """A clean change seldom moves the site's normal score: online learning loads and runs the model
    only on every ``resample_every``-th clean capture, to follow slow drift."""
    loads: list[int] = []

    def load() -> ContentClassifier:
        loads.append(1)
        return ContentClassifier.load()

    detector = ContentClassifierDetector(
        load, threshold=0.5, config=ContentClassifierConfig(resample_every=4)
    )
    part: dict[str, object] = {}
    for _ in range(3):
        detector.learn(part, news_page)
    assert loads == [] and "baseline" not in part
    detector.learn(part, news_page)
    assert loads == [1] and isinstance(part["baseline"], list) and len(part["baseline"]) == 1


def test_learned_baseline_is_bounded(model: ContentClassifier, news_page: Page) -> None:
    detector = ContentClassifierDetector(model, config=ContentClassifierConfig(baseline_slots=4))
    part: dict[str, object] = {}
    for _ in range(10):
        detector.learn_trusted(part, news_page)
    baseline = part["baseline"]
    assert isinstance(baseline, list) and len(baseline) == 4


def test_classify_page_flags_defacement_with_reason(model: ContentClassifier) -> None:
    defaced, score, reasons = classify_page(_capture(DEFACEMENT_HTML), model)
    assert defaced and score >= model.threshold
    assert reasons and "defacement" in reasons[0]


def test_classify_page_passes_news_about_hackers(model: ContentClassifier) -> None:
    defaced, news_score, reasons = classify_page(_capture(NEWS_HTML), model)
    _, deface_score, _ = classify_page(_capture(DEFACEMENT_HTML), model)
    assert not defaced and reasons == []
    assert 0.0 <= news_score < model.threshold <= deface_score <= 1.0


def test_classify_page_gives_no_reason_below_threshold(model: ContentClassifier) -> None:
    defaced, score, reasons = classify_page(_capture(NEWS_HTML), model, threshold=0.999)
    assert not defaced and score < 0.999 and reasons == []


def test_corrupt_stored_baseline_is_ignored(model: ContentClassifier, defacement_page: Page) -> None:
    detector = ContentClassifierDetector(model)
    part: dict[str, object] = {"baseline": ["x", None, {"a": 1}]}
    assert [f.detector for f in detector.detect(part, defacement_page)] == ["content_classifier"]
    detector.learn_trusted(part, defacement_page)
    assert isinstance(part["baseline"], list) and len(part["baseline"]) == 1


def test_cold_page_whose_title_holds_an_injected_script_tag_is_defaced(model: ContentClassifier) -> None:
    title = '&lt;script type="text/javascript" src="https://tools.example.net/raw/k2"&gt;&lt;/script&gt;'
    old_title = "City council approves new budget for schools - Daily Tribune"
    html = NEWS_HTML.replace(f"<title>{old_title}</title>", f"<title>{title}</title>")
    assert title in html
    assert classify_page(_capture(html), model)[0]
    # even where the text model alone would not reach its threshold
    defaced, score, reasons = classify_page(_capture(html), model, threshold=0.999)
    assert defaced and score >= 0.5
    assert reasons[0].startswith("title holds injected markup '<script")
