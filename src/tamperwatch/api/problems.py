"""Errors of the API as RFC 9457 problem details (``application/problem+json``).

Every error, including the ones FastAPI raises itself (validation, unknown route, wrong method),
is ``{"type", "title", "status", "detail", "instance"}``; ``detail`` is one line for a person.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException

PROBLEM_TYPE = "about:blank"  # RFC 9457: the status code says it all
PROBLEM_MEDIA_TYPE = "application/problem+json"


class Problem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: str = PROBLEM_TYPE
    title: str
    status: int
    detail: str
    instance: str


def problem_response(
    request: Request, status: int, detail: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    title = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    body = Problem(title=title, status=status, detail=detail, instance=request.url.path)
    return JSONResponse(body.model_dump(), status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _first_error(exc: RequestValidationError) -> str:
    errors: list[Any] = list(exc.errors())
    if not errors:
        return "the request is not valid"
    first = errors[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"


def install(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return problem_response(request, exc.status_code, detail, dict(exc.headers or {}))

    async def invalid(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return problem_response(request, 422, _first_error(exc))

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": Problem, "content": {PROBLEM_MEDIA_TYPE: {}}, "description": HTTPStatus(code).phrase}
    for code in (400, 401, 403, 404, 409, 422, 429)
}
