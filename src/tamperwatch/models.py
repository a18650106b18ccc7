"""Plain value types that flow along the pipeline: Target, Capture, Finding, Verdict, Incident.

They are frozen dataclasses (never dict subclasses); IO lives behind the interfaces in
``capture``, ``archive``, ``notify`` and ``schedule``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class TargetKind(StrEnum):
    WEB = "web"
    STREAM = "stream"
    SCREEN = "screen"
    AGENT = "agent"  # a web root an anti-tamper agent protects (file://HOST/ROOT); nothing fetches it


class RenderPolicy(StrEnum):
    NEVER = "never"
    ON_CHANGE = "on-change"
    PERIODIC = "periodic"
    ALWAYS = "always"


# New targets: render on a non-trivial change plus every render_interval_s (JavaScript-only injections).
DEFAULT_RENDER_POLICY = RenderPolicy.PERIODIC


class Status(StrEnum):
    """Verdict of one check."""

    CLEAN = "clean"
    SUSPICIOUS = "suspicious"
    DEFACED = "defaced"
    UNAVAILABLE = "unavailable"
    LEARNING = "learning"


class IncidentKind(StrEnum):
    DEFACED = "defaced"
    UNAVAILABLE = "unavailable"
    MONITORING_GAP = "monitoring-gap"
    EXPOSURE = "exposure"  # a hardening audit found new weaknesses (never a defacement)


class IncidentState(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    FALSE_POSITIVE = "false-positive"


@dataclass(frozen=True, slots=True)
class Target:
    """A watched thing. ``id`` is assigned by the archive (0 before it is stored)."""

    url: str
    id: int = 0
    kind: TargetKind = TargetKind.WEB
    interval_s: float = 300.0
    tags: tuple[str, ...] = ()
    render_policy: RenderPolicy = DEFAULT_RENDER_POLICY
    headers: tuple[tuple[str, str], ...] = ()
    ignore_selectors: tuple[str, ...] = ()
    sensitivity: float | None = None
    owner: str = ""

    def __post_init__(self) -> None:
        # a lone string where a tuple belongs would be read as one-letter tags or selectors
        for name in ("tags", "ignore_selectors", "headers"):
            if isinstance(getattr(self, name), str):
                raise TypeError(f"Target.{name} must be a tuple, not a string")


@dataclass(frozen=True, slots=True)
class TlsSummary:
    issuer: str
    subject: str
    not_after: str
    fingerprint_sha256: str


@dataclass(frozen=True, slots=True)
class RenderedResource:
    """One sub-resource a rendered page loaded: URL, its origin, type and SHA-256 of the content."""

    url: str
    origin: str
    kind: str = ""  # Playwright resource type: script, stylesheet, image, font, xhr, ...
    sha256: str = ""  # empty when the body was not read (too many resources, failed, no body)
    status: int = 0


@dataclass(frozen=True, slots=True)
class RenderReport:
    """What the browser saw besides the DOM and the screenshot (``Capture.render``)."""

    resources: tuple[RenderedResource, ...] = ()
    blocked: tuple[tuple[str, str], ...] = ()  # (URL, why) of requests the URL policy aborted
    console_errors: tuple[str, ...] = ()
    dialogs: int = 0  # JavaScript dialogs dismissed
    popups: int = 0  # windows the page opened (closed at once)
    full_page: bytes = b""  # full-page PNG (capped height), only when asked for (evidence)
    notes: tuple[str, ...] = ()  # partial-capture remarks, e.g. "load did not finish"


@dataclass(frozen=True, slots=True)
class Capture:
    """What one fetch saw. ``error`` is set (and ``body`` empty) when the fetch failed."""

    url: str
    fetched_at: datetime
    final_url: str = ""
    status: int = 0
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    redirect_chain: tuple[str, ...] = ()
    tls: TlsSummary | None = None
    resolved_ip: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    not_modified: bool = False
    error: str = ""
    error_kind: str = ""
    screenshot: bytes = b""
    dom: str = ""
    _sha256: str = field(default="", init=False, repr=False, compare=False)  # cache of content_hash
    render: RenderReport | None = None  # set by the render tier (BrowserFetcher)

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def content_hash(self) -> str:
        """SHA-256 of the body, computed once (several stages and the archive ask for it)."""
        if self.body and not self._sha256:
            object.__setattr__(self, "_sha256", hashlib.sha256(self.body).hexdigest())
        return self._sha256

    def header(self, name: str, default: str = "") -> str:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return default

    @property
    def text(self) -> str:
        """Body decoded with the declared charset, falling back to UTF-8 with replacement."""
        from tamperwatch.capture.decoding import decode_body

        return decode_body(self.body, self.header("content-type"))


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of evidence from one detector.

    ``score`` in [0, 1] is how strongly it indicates defacement; ``content`` says whether the
    evidence comes from the content itself (vocabulary, foreign origins, hidden blocks,
    redirects, classifier) rather than from structure alone (a template break).
    """

    detector: str
    score: float
    reason: str
    content: bool = True
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Verdict:
    status: Status
    score: float
    reasons: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def defaced(self) -> bool:
        return self.status is Status.DEFACED


@dataclass(frozen=True, slots=True)
class Incident:
    id: int
    target_id: int
    kind: IncidentKind
    state: IncidentState
    opened_at: datetime
    updated_at: datetime
    score: float = 0.0
    reasons: tuple[str, ...] = ()
    evidence: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True, slots=True)
class IncidentEvent:
    """A state change of an incident, the unit a notifier delivers."""

    incident: Incident
    target_url: str
    change: str  # "opened" | "acknowledged" | "resolved" | "false-positive"
    at: datetime
