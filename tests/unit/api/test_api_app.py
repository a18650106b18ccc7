"""The serve app: /healthz is open; /metrics needs the bearer token and exposes check counters."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi.testclient import TestClient

from tamperwatch.api.app import create_app
from tamperwatch.api.metrics import Metrics
from tamperwatch.archive.base import TargetState
from tamperwatch.models import Capture, Status, Target, Verdict
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.settings import Settings


def test_healthz_is_open(settings: Settings) -> None:
    client = TestClient(create_app(settings))
    reply = client.get("/healthz")
    assert reply.status_code == 200 and reply.json()["status"] == "ok"


def test_metrics_closed_without_a_token_setting(settings: Settings) -> None:
    assert TestClient(create_app(settings)).get("/metrics").status_code == 403


def test_metrics_need_the_right_bearer_token() -> None:
    settings = Settings(_env_file=None, metrics_token="s3cret")  # type: ignore[call-arg]
    metrics = Metrics()
    ctx = CheckContext(target=Target(url="https://a.example/", id=1), state=TargetState(1))
    ctx.capture = Capture(
        url="https://a.example/", fetched_at=datetime.now(UTC), error="refused", error_kind="connect"
    )
    ctx.verdict = Verdict(Status.UNAVAILABLE, 0.0)
    ctx.timings["fetch"] = 0.02
    metrics.observe(ctx)
    client = TestClient(create_app(settings, metrics=metrics))
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    reply = client.get("/metrics", headers={"Authorization": "Bearer s3cret"})
    assert reply.status_code == 200
    text = reply.text
    assert 'tamperwatch_checks_total{status="unavailable"} 1.0' in text
    assert 'tamperwatch_fetch_failures_total{kind="connect"} 1.0' in text
    assert 'tamperwatch_check_seconds_count{stage="fetch"} 1.0' in text


def test_the_screen_hub_is_built_on_the_first_push_only(settings: Settings) -> None:
    """A serve without screens never builds the hub (nor loads OpenCV for it)."""
    built: list[object] = []

    def factory():  # type: ignore[no-untyped-def]
        from tamperwatch.streams.screens import ScreenHub

        built.append(object())
        raise ScreenHubUnavailable(ScreenHub.__name__)

    class ScreenHubUnavailable(RuntimeError):
        pass

    client = TestClient(create_app(settings, screen_hub=factory), raise_server_exceptions=False)
    assert client.get("/healthz").status_code == 200
    assert built == []  # nothing pushed: no hub
    client.post("/api/v1/screens/1/frames", content=b"x", headers={"Authorization": "Bearer t"})
    assert len(built) == 1
