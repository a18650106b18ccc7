"""Request and response bodies of /api/v1 about what is watched: targets, observations, captures,
incidents, checks and notifiers. Every model refuses unknown fields (``extra='forbid'``)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tamperwatch.archive.base import Observation, TargetState
from tamperwatch.models import Incident, Target

MAX_TAGS = 50
MAX_TAG_CHARS = 100
MAX_IMPORT_CHARS = 5_000_000
MAX_NOTE_CHARS = 10_000


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


Tag = Field(min_length=1, max_length=MAX_TAG_CHARS)


class TargetIn(Strict):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"url": "https://www.example.org/", "interval": "5m", "tags": ["portal"]}]
        }
    )

    url: str = Field(min_length=1, max_length=2048)
    interval: float | str | None = Field(None, description="Seconds, or a duration such as 5m.")
    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)
    render: str | None = Field(None, description="never, on-change, periodic or always.")
    headers: dict[str, str] = Field(default_factory=dict, max_length=50)
    ignore: list[str] = Field(default_factory=list, max_length=200)
    sensitivity: float | None = Field(None, ge=0, le=1)
    owner: str = Field("", max_length=200)

    def entry(self) -> dict[str, Any]:
        """The entry as a targets file would hold it (validated by ``target_file.target_from``)."""
        return {key: value for key, value in self.model_dump().items() if value is not None}


class TargetPatch(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"interval": 600, "owner": "web team"}]})

    interval: float | str | None = None
    tags: list[str] | None = Field(None, max_length=MAX_TAGS)
    render: str | None = None
    ignore: list[str] | None = Field(None, max_length=200)
    sensitivity: float | None = Field(None, ge=0, le=1)
    owner: str | None = Field(None, max_length=200)


class TagsIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"add": ["gov"], "remove": []}]})

    add: list[str] = Field(default_factory=list, max_length=MAX_TAGS)
    remove: list[str] = Field(default_factory=list, max_length=MAX_TAGS)


class ImportIn(Strict):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"text": "https://news.example.org/\nhttps://shop.example.org/\n"}]}
    )

    text: str = Field(
        min_length=1, max_length=MAX_IMPORT_CHARS, description="A targets file: URL lines or YAML."
    )


class ImportOut(Strict):
    added: list[int]
    skipped: list[str] = Field(description="URLs already watched.")


class TargetOut(Strict):
    id: int
    url: str
    kind: str
    interval_s: float
    tags: list[str]
    render: str
    ignore: list[str]
    sensitivity: float | None
    owner: str
    paused: bool
    last_status: str
    last_score: float
    last_checked_at: datetime | None
    next_due: datetime | None

    @classmethod
    def of(cls, target: Target, state: TargetState, paused_from: float) -> TargetOut:
        paused = state.next_due >= paused_from
        return cls(
            id=target.id,
            url=target.url,
            kind=str(target.kind),
            interval_s=target.interval_s,
            tags=list(target.tags),
            render=str(target.render_policy),
            ignore=list(target.ignore_selectors),
            sensitivity=target.sensitivity,
            owner=target.owner,
            paused=paused,
            last_status=state.last_status,
            last_score=state.last_score,
            last_checked_at=_when(state.last_checked_at),
            next_due=None if paused else _when(state.next_due),
        )


def _when(epoch: float) -> datetime | None:
    from datetime import UTC

    return datetime.fromtimestamp(epoch, UTC) if epoch > 0 else None


class ObservationOut(Strict):
    target_id: int
    seq: int
    at: datetime
    until: datetime | None
    count: int
    http_status: int
    content_hash: str
    tls_fingerprint: str
    resolved_ip: str
    verdict: str
    score: float
    error: str
    prev_hash: str
    record_hash: str
    signature: str = Field(description="Ed25519 signature of record_hash by the installation's key.")

    @classmethod
    def of(cls, obs: Observation) -> ObservationOut:
        return cls.model_validate(asdict(obs))


class CaptureOut(Strict):
    content_hash: str
    state: str = Field(description="stored or pruned (retention removed the bytes; the hash stays signed).")
    size: int
    stored_at: datetime


class IncidentOut(Strict):
    id: int
    target_id: int
    kind: str
    state: str
    opened_at: datetime
    updated_at: datetime
    score: float
    reasons: list[str]
    note: str
    evidence: dict[str, Any]

    @classmethod
    def of(cls, incident: Incident) -> IncidentOut:
        return cls.model_validate(asdict(incident))


class IncidentEventOut(Strict):
    idx: int
    change: str
    at: datetime
    actor: str
    data: dict[str, Any]
    record_hash: str
    signature: str


class IncidentDetail(Strict):
    incident: IncidentOut
    events: list[IncidentEventOut]


class ActionIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"note": "looking into it"}]})

    note: str = Field("", max_length=MAX_NOTE_CHARS)
    force: bool = Field(
        False, description="False positive only: teach a capture the classifier calls defaced."
    )


class CommentIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"text": "restored from backup"}]})

    text: str = Field(min_length=1, max_length=MAX_NOTE_CHARS)


class CheckOut(Strict):
    target_id: int
    status: str
    score: float
    reasons: list[str]
    incident_id: int | None


class NotifierOut(Strict):
    index: int
    name: str


class NotifierTestOut(Strict):
    index: int
    name: str
    delivered: bool
    error: str
