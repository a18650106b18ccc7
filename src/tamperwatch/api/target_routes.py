"""/api/v1/targets: list (cursor pages, by tag), add, bulk import, read, edit, tag, pause and
resume, remove; a target's signed observations, newest first.

A target is validated as a targets file entry is (``target_file.target_from``: URL normalised,
interval within bounds). Paused: the scheduler's next due time is pushed past ``PAUSED_FROM``, so
no check is due until it is resumed (due at once); its history is kept either way.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, Response

from tamperwatch.api import queries
from tamperwatch.api.auth import Reader, Writer
from tamperwatch.api.context import ApiServices, services_of
from tamperwatch.api.pagination import CURSOR, LIMIT, Page, decode_cursor, page_of
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.schemas import (
    ImportIn,
    ImportOut,
    ObservationOut,
    TagsIn,
    TargetIn,
    TargetOut,
    TargetPatch,
)
from tamperwatch.api.screens import API_PREFIX
from tamperwatch.archive import rows
from tamperwatch.archive.errors import DuplicateTargetError
from tamperwatch.models import Target
from tamperwatch.target_file import TargetFileError, TargetLimits, parse_targets, target_from

PAUSED_FROM = 1e15  # epoch seconds (some 31 million years): a next due time past it means paused
PAUSED_DUE = 1e16
DEFAULT_INTERVAL_S = 300.0

router = APIRouter(prefix=f"{API_PREFIX}/targets", tags=["targets"], responses=PROBLEM_RESPONSES)
TargetId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _limits(request: Request) -> TargetLimits:
    return TargetLimits.from_settings(request.app.state.settings)


async def _target(api: ApiServices, target_id: int) -> Target:
    target = await api.archive.get_target(target_id)
    if target is None:
        raise HTTPException(404, f"no target {target_id}")
    return target


async def _out(api: ApiServices, target: Target) -> TargetOut:
    return TargetOut.of(target, await api.archive.get_state(target.id), PAUSED_FROM)


def _validated(entry: dict[str, object], request: Request) -> Target:
    try:
        return target_from(entry, DEFAULT_INTERVAL_S, "target", _limits(request))
    except TargetFileError as exc:
        raise HTTPException(422, str(exc)) from None


@router.get("")
async def list_targets(
    request: Request, _: Reader, cursor: str | None = CURSOR, limit: int = LIMIT, tag: str = ""
) -> Page[TargetOut]:
    api = services_of(request)
    after = decode_cursor(cursor) or 0
    found = await api.archive.db.read(queries.targets_page, after, limit + 1, tag)
    items = [TargetOut.of(target, state, PAUSED_FROM) for target, state in found]
    return page_of(items, limit, lambda t: t.id)


@router.post("", status_code=201)
async def add_target(request: Request, body: TargetIn, _: Writer) -> TargetOut:
    return await _out(services_of(request), await add_entry(request, body.entry()))


async def add_entry(request: Request, entry: dict[str, object]) -> Target:
    """Add one targets-file entry (also the dashboard's add form); 422 or 409 as one line."""
    try:
        return await services_of(request).archive.add_target(_validated(entry, request))
    except DuplicateTargetError as exc:
        raise HTTPException(409, str(exc)) from None


@router.post("/import")
async def import_targets(request: Request, body: ImportIn, _: Writer) -> ImportOut:
    """Add every target of a targets file (URL lines or YAML); all are checked before any is added."""
    return await import_text(request, body.text)


async def import_text(request: Request, text: str) -> ImportOut:
    """Add every target of ``text`` (also the dashboard's import form); 422 when any is bad."""
    api = services_of(request)
    try:
        parsed = parse_targets(text, DEFAULT_INTERVAL_S, _limits(request))
    except TargetFileError as exc:
        raise HTTPException(422, str(exc)) from None
    added, skipped = [], []
    for target in parsed:
        try:
            added.append((await api.archive.add_target(target)).id)
        except DuplicateTargetError:
            skipped.append(target.url)
    return ImportOut(added=added, skipped=skipped)


@router.get("/{target_id}")
async def get_target(request: Request, target_id: TargetId, _: Reader) -> TargetOut:
    api = services_of(request)
    return await _out(api, await _target(api, target_id))


async def _save(api: ApiServices, target: Target) -> TargetOut:
    values = rows.target_values(target)
    del values["url"], values["kind"]
    await api.archive.db.write(queries.update_target, target.id, values)
    return await _out(api, target)


@router.patch("/{target_id}")
async def edit_target(request: Request, target_id: TargetId, body: TargetPatch, _: Writer) -> TargetOut:
    api = services_of(request)
    target = await _target(api, target_id)
    entry: dict[str, object] = {
        "url": target.url,
        "interval": target.interval_s,
        "tags": list(target.tags),
        "render": str(target.render_policy),
        "headers": dict(target.headers),
        "ignore": list(target.ignore_selectors),
        "sensitivity": target.sensitivity,
        "owner": target.owner,
    }
    entry |= body.model_dump(exclude_unset=True)
    checked = _validated(entry, request)
    return await _save(api, replace(checked, id=target.id, kind=target.kind, url=target.url))


@router.post("/{target_id}/tags")
async def tag_target(request: Request, target_id: TargetId, body: TagsIn, _: Writer) -> TargetOut:
    api = services_of(request)
    target = await _target(api, target_id)
    tags = [t for t in target.tags if t not in body.remove]
    tags += [t for t in dict.fromkeys(body.add) if t not in tags and t.strip()]
    return await _save(api, replace(target, tags=tuple(tags)))


async def _set_due(api: ApiServices, target_id: int, due: float) -> TargetOut:
    target = await _target(api, target_id)
    state = await api.archive.get_state(target_id)
    state.next_due = due
    await api.archive.save_state(state)
    return await _out(api, target)


@router.post("/{target_id}/pause")
async def pause_target(request: Request, target_id: TargetId, _: Writer) -> TargetOut:
    return await _set_due(services_of(request), target_id, PAUSED_DUE)


@router.post("/{target_id}/resume")
async def resume_target(request: Request, target_id: TargetId, _: Writer) -> TargetOut:
    return await _set_due(services_of(request), target_id, 0.0)


@router.delete("/{target_id}", status_code=204)
async def remove_target(request: Request, target_id: TargetId, _: Writer) -> Response:
    """Stop watching; its signed observations and incidents are kept."""
    api = services_of(request)
    if not await api.archive.remove_target(target_id):
        raise HTTPException(404, f"no target {target_id}")
    return Response(status_code=204)


@router.get("/{target_id}/observations")
async def target_observations(
    request: Request, target_id: TargetId, _: Reader, cursor: str | None = CURSOR, limit: int = LIMIT
) -> Page[ObservationOut]:
    api = services_of(request)
    await _target(api, target_id)
    before = decode_cursor(cursor)
    found = await api.archive.db.read(queries.observations_page, target_id, before, limit + 1)
    return page_of([ObservationOut.of(o) for o in found], limit, lambda o: o.seq)
