"""Rendering of the dashboard's pages: Jinja2 templates of ``tamperwatch/web/templates`` with
autoescaping on (captured text, titles and reasons are shown only escaped), and the helpers the
templates use."""

from __future__ import annotations

import re
import time
from datetime import datetime
from typing import Any

from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _age(epoch: float | datetime | None, now: float | None = None) -> str:
    """'3 s', '5 min', '2 h', '4 d' since ``epoch``; '-' for never."""
    if epoch is None:
        return "-"
    seconds = epoch.timestamp() if isinstance(epoch, datetime) else float(epoch)
    if seconds <= 0:
        return "-"
    elapsed = max(0.0, (now if now is not None else time.time()) - seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if elapsed >= size:
            return f"{elapsed / size:.0f} {unit}"
    return f"{elapsed:.0f} s"


class Pages:
    def __init__(self) -> None:
        self.env = Environment(
            loader=PackageLoader("tamperwatch", "web/templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            auto_reload=False,
        )
        self.env.globals |= {
            "age": lambda epoch: _age(epoch),
            "age_dt": lambda at: _age(at),
            "is_hash": lambda value: isinstance(value, str) and bool(SHA256.match(value)),
        }

    def render(self, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(template).render(**context), status_code=status_code)
