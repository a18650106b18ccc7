"""create_app(settings, runtime): the FastAPI app of `tamperwatch serve`.

``/healthz`` (open), ``/metrics`` (Prometheus, behind the ``metrics_token`` bearer token) and the
routers under ``/api/v1`` (``api/screens.py``: screens push their frames, each with its own token;
``api/agents.py``: agents report; ``api/v1.py``: the REST API of users and tokens).
Later issues add routes to the app this factory returns, as routers beside those; they do not
replace it.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import TYPE_CHECKING

from fastapi import FastAPI, Header, HTTPException, Response

from tamperwatch import __version__
from tamperwatch.api import agents, screens, v1
from tamperwatch.api.context import ApiServices
from tamperwatch.api.metrics import Metrics
from tamperwatch.runtime import Runtime
from tamperwatch.settings import Settings

if TYPE_CHECKING:
    from tamperwatch.streams.screens import ScreenHub


def create_app(
    settings: Settings,
    runtime: Runtime | None = None,
    metrics: Metrics | None = None,
    screen_hub: ScreenHub | Callable[[], ScreenHub] | None = None,
    api: ApiServices | None = None,
) -> FastAPI:
    """The app; ``screen_hub`` judges pushed screen frames: the hub, or a function that builds it
    on the first push (OpenCV and the stream code load only then); built from ``runtime`` when not
    given; without either, the screen route answers 503. ``api``: what the REST API uses (built
    from ``runtime`` when not given; without either, its routes answer 401, then 503)."""
    app = FastAPI(
        title="tamperwatch", version=__version__, docs_url=None, redoc_url=None, openapi_url=v1.OPENAPI_PATH
    )
    app.state.settings = settings
    app.state.runtime = runtime
    app.state.metrics = metrics or Metrics()
    if screen_hub is None and runtime is not None:
        screen_hub = screens.lazy_hub(settings, runtime.archive, runtime.services)
    app.state.screens = screen_hub
    app.state.api = api if api is not None or runtime is None else ApiServices.from_runtime(settings, runtime)
    app.include_router(screens.router)
    app.include_router(agents.router)
    v1.install(app)

    @app.get("/healthz")
    async def healthz() -> dict[str, object]:
        body: dict[str, object] = {"status": "ok", "version": __version__}
        if runtime is not None:
            body["checks"] = runtime.scheduler.stats.checks
            body["in_flight"] = len(runtime.scheduler.in_flight)
        return body

    @app.get("/metrics")
    async def metrics_route(authorization: str = Header("")) -> Response:
        token = settings.metrics_token
        if not token:
            raise HTTPException(403, "metrics are disabled: set the metrics_token setting")
        scheme, _, given = authorization.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "bearer token required", headers={"WWW-Authenticate": "Bearer"})
        return Response(app.state.metrics.render(), media_type="text/plain; version=0.0.4")

    return app
