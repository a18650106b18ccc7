"""The audit log of user actions: every request by an authenticated user that changes something
is recorded after it is answered (who, the operation, the path, the answer's status, from where,
when); logins and failed logins are recorded by the session routes themselves."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

from tamperwatch.api.auth import UNSAFE_METHODS, Principal, remote_of
from tamperwatch.api.context import ApiServices

log = logging.getLogger(__name__)


def operation_of(request: Request) -> str:
    route = request.scope.get("route")
    template = getattr(route, "path", request.url.path)
    return f"{request.method} {template}"


def install(app: FastAPI) -> None:
    @app.middleware("http")
    async def audit_changes(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        principal = getattr(request.state, "principal", None)
        api = getattr(request.app.state, "api", None)
        if (
            request.method in UNSAFE_METHODS
            and isinstance(principal, Principal)
            and isinstance(api, ApiServices)
        ):
            try:
                await api.auth.audit(
                    principal.actor,
                    operation_of(request),
                    request.url.path,
                    remote_of(request),
                    {"status": response.status_code, "via": principal.via},
                )
            except Exception:  # the answer is given; a failed record must say so, loudly
                log.exception(
                    "could not record %s by %s in the audit log", operation_of(request), principal.actor
                )
        return response
