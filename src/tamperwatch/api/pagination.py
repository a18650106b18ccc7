"""Cursor pagination: a page of items and the opaque cursor of the next page (null at the end).

A cursor is the last key seen, encoded; a client passes it back unchanged (``?cursor=``). Keys
are ids or sequence numbers, so a page never skips or repeats rows inserted meanwhile.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Generic, TypeVar

from fastapi import HTTPException, Query
from pydantic import BaseModel, ConfigDict

T = TypeVar("T")

DEFAULT_PAGE = 50
MAX_PAGE = 500
CURSOR_PREFIX = "k:"


class Page(BaseModel, Generic[T]):
    model_config = ConfigDict(extra="forbid")
    items: list[T]
    next_cursor: str | None


def encode_cursor(key: int) -> str:
    return base64.urlsafe_b64encode(f"{CURSOR_PREFIX}{key}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    """The key a cursor stands for (None: the first page); a 400 for one this API did not make."""
    if not cursor:
        return None
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    key = text.removeprefix(CURSOR_PREFIX)
    if not text.startswith(CURSOR_PREFIX) or not key.isdigit() or len(key) > 18:
        raise HTTPException(400, "not a cursor this API gave out: pass next_cursor back unchanged")
    return int(key)


CURSOR = Query(None, max_length=64, description="next_cursor of the previous page; none for the first page.")
LIMIT = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE, description="Most items in the page.")


def page_of(items: list[T], limit: int, key: Callable[[T], int]) -> Page[T]:
    """``items`` fetched with ``limit + 1``: the first ``limit``, and a cursor when there was more."""
    shown = items[:limit]
    more = len(items) > limit and bool(shown)
    return Page[T](items=shown, next_cursor=encode_cursor(key(shown[-1])) if more else None)
