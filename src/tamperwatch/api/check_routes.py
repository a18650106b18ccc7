"""On-demand checks (``POST /api/v1/targets/{id}/check``: one check now, through the scheduler's
limits, answered with its verdict; a paused target stays paused) and the notifiers (list; send a
test message to one)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request

from tamperwatch.api.auth import Reader, Writer
from tamperwatch.api.context import services_of
from tamperwatch.api.problems import PROBLEM_RESPONSES
from tamperwatch.api.schemas import CheckOut, NotifierOut, NotifierTestOut
from tamperwatch.api.screens import API_PREFIX
from tamperwatch.api.target_routes import PAUSED_DUE, PAUSED_FROM
from tamperwatch.models import TargetKind
from tamperwatch.notify.probe import PROBE_TIMEOUT_S, probe

NOTIFIER_TEST_TIMEOUT_S = PROBE_TIMEOUT_S

router = APIRouter(prefix=API_PREFIX, responses=PROBLEM_RESPONSES)


@router.post("/targets/{target_id}/check", tags=["checks"])
async def check_now(
    request: Request, target_id: Annotated[int, Path(ge=1, le=2**31 - 1)], _: Writer
) -> CheckOut:
    api = services_of(request)
    target = await api.archive.get_target(target_id)
    if target is None:
        raise HTTPException(404, f"no target {target_id}")
    if target.kind is not TargetKind.WEB:
        raise HTTPException(409, f"target {target_id} is a {target.kind} target: it is checked as it streams")
    if api.run_check is None:
        raise HTTPException(503, "checks are not run by this process")
    paused = (await api.archive.get_state(target_id)).next_due >= PAUSED_FROM
    ctx = await api.run_check(target)
    if paused:  # a check on demand does not resume a paused target
        state = await api.archive.get_state(target_id)
        state.next_due = PAUSED_DUE
        await api.archive.save_state(state)
    if ctx is None or ctx.verdict is None:
        raise HTTPException(502, f"the check of {target.url} failed; see the service log")
    opened = [e.incident.id for e in ctx.events]
    return CheckOut(
        target_id=target.id,
        status=ctx.verdict.status.value,
        score=ctx.verdict.score,
        reasons=list(ctx.verdict.reasons),
        incident_id=opened[-1] if opened else None,
    )


@router.get("/notifiers", tags=["notifiers"])
async def list_notifiers(request: Request, _: Reader) -> list[NotifierOut]:
    return [NotifierOut(index=i, name=n.name) for i, n in enumerate(services_of(request).notifiers())]


@router.post("/notifiers/{index}/test", tags=["notifiers"])
async def test_notifier(
    request: Request, index: Annotated[int, Path(ge=0, le=1000)], who: Writer
) -> NotifierTestOut:
    """Send one test message (incident 0, 'test') to one notifier and say whether it arrived."""
    notifiers = services_of(request).notifiers()
    if index >= len(notifiers):
        raise HTTPException(404, f"no notifier {index} ({len(notifiers)} configured)")
    notifier = notifiers[index]
    error = await probe(notifier, f"{who.actor} from the tamperwatch API", NOTIFIER_TEST_TIMEOUT_S)
    return NotifierTestOut(index=index, name=notifier.name, delivered=not error, error=error)
