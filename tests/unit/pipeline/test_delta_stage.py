"""The delta stage: plain publishes are clean without the detectors, tampering still reaches them."""

from __future__ import annotations

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.function_fetcher import FunctionFetcher
from tamperwatch.detect.delta import DeltaGate
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.models import Status, Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.settings import Settings

URL = "https://portal.example.org/"
TEASERS = "".join(f'<li class="item"><a href="/news/{i}-story">Story {i} today</a></li>' for i in range(120))
SPAM = "".join(f'<a href="https://cheap-pills-{i % 7}.example/">buy pills {i}</a>' for i in range(40))


class Site:
    def __init__(self) -> None:
        self.version = 0
        self.extra = ""

    def __call__(self, request: FetchRequest) -> tuple[int, bytes]:
        html = (
            "<html><head><title>Portal</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
            f'<main><h1>City portal</h1><p class="stamp">Edition {self.version}</p><ul>{TEASERS}</ul>'
            f"{self.extra}</main><footer>(c) City</footer></body></html>"
        )
        return 200, html.encode()


async def checks(site: Site, delta: bool, rounds: int, last_extra: str = "") -> list[CheckContext]:
    archive = MemoryArchive()
    svc = Services(
        FunctionFetcher(site),
        archive,
        DetectionEngine.from_settings(Settings()),
        DirectSink(MemoryNotifier()),
        confirm_refetch=False,
        delta_gate=DeltaGate() if delta else None,
        delta_learn_every=0,
    )
    target = await archive.add_target(Target(url=URL))
    pipeline = Pipeline()
    for _ in range(3):
        site.version += 1
        await pipeline.run(target, svc, known_good=True)
    out = []
    for n in range(rounds):
        site.version += 1
        site.extra = last_extra if n == rounds - 1 else ""
        out.append(await pipeline.run(target, svc))
    return out


async def test_plain_publishes_are_clean_without_running_the_detectors() -> None:
    contexts = await checks(Site(), delta=True, rounds=4)
    # the first check after learning follows a learning one, so the detectors judge it
    assert contexts[0].verdict is not None and contexts[0].verdict.status is Status.CLEAN
    assert not contexts[0].cleared and contexts[0].page is not None
    for ctx in contexts[1:]:
        assert ctx.verdict is not None and ctx.verdict.status is Status.CLEAN
        assert ctx.cleared and ctx.page is None  # never parsed
        assert "plain text run" in ctx.verdict.reasons[0]


async def test_a_hidden_spam_block_after_clean_checks_is_still_caught() -> None:
    hidden = f'<div style="position:absolute;left:-9999px">{SPAM}</div>'
    contexts = await checks(Site(), delta=True, rounds=4, last_extra=hidden)
    assert contexts[-2].cleared  # the plain publish before it was cleared
    last = contexts[-1]
    assert not last.cleared and last.verdict is not None and last.verdict.status is Status.DEFACED


async def test_with_the_delta_check_off_every_change_goes_to_the_detectors() -> None:
    contexts = await checks(Site(), delta=False, rounds=3)
    assert all(not c.cleared and c.page is not None for c in contexts)
    assert all(c.verdict is not None and c.verdict.status is Status.CLEAN for c in contexts)
