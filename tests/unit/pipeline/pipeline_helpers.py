"""A changing page site backed by a function, and Services over the in-memory twins."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.function_fetcher import FunctionFetcher
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.models import Capture
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.settings import Settings

TEMPLATE = """<html><head><title>Riverton news</title><script src="/app.js"></script></head><body>
<header class="top"><nav class="menu"><a href="/a">A</a><a href="/b">B</a></nav></header>
<main class="content"><h1>Today</h1><ul class="news">{items}</ul>{extra}</main>
<footer class="foot"><p>(c) Riverton</p></footer></body></html>"""


@dataclass
class Site:
    """Serves a news page that changes on every fetch; ``extra`` and ``mode`` deface or break it."""

    extra: str = ""
    mode: str = "ok"  # ok | error | 503 | challenge | same
    counter: itertools.count = field(default_factory=itertools.count)  # type: ignore[type-arg]
    fail_next: int = 0

    def page(self) -> bytes:
        n = next(self.counter)
        items = "".join(
            f'<li class="item"><a href="/n/{n}-{i}">Story {n}-{i} about the town</a></li>' for i in range(4)
        )
        return TEMPLATE.format(items=items, extra=self.extra).encode()

    def __call__(
        self, request: FetchRequest
    ) -> Capture | tuple[int, bytes] | tuple[int, dict[str, str], bytes]:
        if self.fail_next > 0 or self.mode == "error":
            self.fail_next = max(0, self.fail_next - 1)
            from datetime import datetime

            return Capture(
                url=request.url,
                fetched_at=datetime.now(UTC),
                error="connection refused",
                error_kind="connect",
            )
        if self.mode == "503":
            return 503, b"<html>maintenance</html>"
        if self.mode == "challenge":
            return 200, b"<html><head><title>Just a moment...</title></head><body>cf_chl_opt</body></html>"
        if self.mode == "same":
            return 200, TEMPLATE.format(items="<li>fixed</li>", extra="").encode()
        return 200, self.page()


def make_services(site: Site, **overrides: object) -> tuple[Services, MemoryArchive, MemoryNotifier]:
    settings = Settings(_env_file=None, **overrides)  # type: ignore[arg-type]
    archive = MemoryArchive()
    notifier = MemoryNotifier()
    services = Services(
        FunctionFetcher(site),
        archive,
        DetectionEngine.from_settings(settings),
        DirectSink(notifier),
        confirm_refetch=settings.confirm_refetch,
        gap_failures=settings.gap_failures,
        auto_accept_after=settings.auto_accept_after,
    )
    return services, archive, notifier
