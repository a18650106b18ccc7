"""The REST API under /api/v1: its routers, error format, security headers, audit trail and the
OpenAPI 3.1 document (``GET /api/v1/openapi.json``, open: it holds no data)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from tamperwatch.api import (
    audit_trail,
    capture_routes,
    check_routes,
    claim_routes,
    dashboard,
    headers,
    incident_routes,
    maintenance_routes,
    people_routes,
    problems,
    session_routes,
    target_routes,
)
from tamperwatch.api.screens import API_PREFIX

OPENAPI_PATH = f"{API_PREFIX}/openapi.json"
SECURITY_SCHEMES = {
    "token": {"type": "http", "scheme": "bearer", "description": "An API token (tamperwatch token create)."},
    "session": {"type": "apiKey", "in": "cookie", "name": "tw_session", "description": "A dashboard login."},
}
ROUTERS = (
    session_routes.router,
    target_routes.router,
    check_routes.router,
    capture_routes.router,
    incident_routes.router,
    claim_routes.router,
    people_routes.router,
    maintenance_routes.router,
)


def install(app: FastAPI) -> None:
    for router in ROUTERS:
        app.include_router(router)
    dashboard.install(app)
    problems.install(app)
    audit_trail.install(app)
    headers.install(app)  # outermost: every answer carries the headers, errors included

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
            schema.setdefault("components", {})["securitySchemes"] = SECURITY_SCHEMES
            schema["security"] = [{"token": []}, {"session": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
