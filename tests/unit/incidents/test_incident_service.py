"""The incident state machine: allowed changes, one-line refusals, signed history, forced false positives."""

from __future__ import annotations

import pytest

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.incidents.service import (
    ACTIONS,
    ForceNeeded,
    IncidentError,
    IncidentService,
    TransitionRefused,
    history,
)
from tamperwatch.models import Incident, IncidentKind, IncidentState, Status, Target, Verdict

S = IncidentState
# The table of the issue, written out independently of the code: (from, action) -> to.
EXPECTED = {
    (S.OPEN, "acknowledged"): S.ACKNOWLEDGED,
    (S.OPEN, "resolved"): S.RESOLVED,
    (S.ACKNOWLEDGED, "resolved"): S.RESOLVED,
    (S.OPEN, "false-positive"): S.FALSE_POSITIVE,
    (S.ACKNOWLEDGED, "false-positive"): S.FALSE_POSITIVE,
    (S.RESOLVED, "reopened"): S.OPEN,
    (S.FALSE_POSITIVE, "reopened"): S.OPEN,
    **{(state, "commented"): state for state in S},
    **{(state, "notified"): state for state in S},
    **{(state, "held"): state for state in S},
}
PATHS = {  # how to bring a fresh (open) incident into each state
    S.OPEN: [],
    S.ACKNOWLEDGED: ["acknowledged"],
    S.RESOLVED: ["resolved"],
    S.FALSE_POSITIVE: ["false-positive"],
}


async def _incident(archive: MemoryArchive, body: bytes = b"<html>page</html>") -> Incident:
    url = f"https://portal.example/{len(await archive.list_targets())}"
    target = await archive.add_target(Target(url=url))
    content_hash = await archive.put_blob(body)
    evidence = {"content_hash": content_hash}
    return await archive.open_incident(target.id, IncidentKind.DEFACED, 0.9, ("x",), evidence)


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("action", list(ACTIONS))
async def test_every_change_follows_the_table(state: IncidentState, action: str) -> None:
    archive = MemoryArchive()
    service = IncidentService(archive)
    incident = await _incident(archive)
    for step in PATHS[state]:
        await service.change(incident.id, step, "alice")
    if (state, action) in EXPECTED:
        changed = await service.change(incident.id, action, "bob", note="why")
        assert changed.state is EXPECTED[(state, action)]
    else:
        with pytest.raises(TransitionRefused) as refused:
            await service.change(incident.id, action, "bob")
        message = str(refused.value)
        assert "\n" not in message and state.value in message and action in message
        after = await archive.get_incident(incident.id)
        assert after is not None and after.state is state  # nothing changed


async def test_history_keeps_every_event_with_who_not_only_the_last_note() -> None:
    archive = MemoryArchive()
    service = IncidentService(archive)
    incident = await _incident(archive)
    await service.change(incident.id, "acknowledged", "alice", note="looking")
    await service.change(incident.id, "commented", "bob", note="it is the footer")
    await service.change(incident.id, "resolved", "alice", note="restored from backup")
    events = await history(archive, incident.id)
    assert [(e.change, e.actor) for e in events][1:] == [
        ("acknowledged", "alice"),
        ("commented", "bob"),
        ("resolved", "alice"),
    ]
    assert events[0].change == "opened"
    assert [e.data.get("note") for e in events[1:]] == ["looking", "it is the footer", "restored from backup"]


async def test_a_false_positive_of_a_page_that_reads_as_a_defacement_needs_force() -> None:
    archive = MemoryArchive()
    taught: list[int] = []

    async def teach(incident: Incident) -> None:
        taught.append(incident.id)

    def cold(body: bytes) -> Verdict:
        return Verdict(Status.DEFACED if b"hacked" in body else Status.CLEAN, 0.9)

    service = IncidentService(archive, cold_judge=cold, teach_baseline=teach)
    hacked = await _incident(archive, b"<html>hacked by someone</html>")
    with pytest.raises(ForceNeeded) as refused:
        await service.change(hacked.id, "false-positive", "carol")
    assert "--force" in str(refused.value) and "\n" not in str(refused.value)
    assert taught == []  # the baseline learned nothing
    forced = await service.change(hacked.id, "false-positive", "carol", force=True)
    assert forced.state is S.FALSE_POSITIVE and taught == [hacked.id]
    last = (await history(archive, hacked.id))[-1]
    assert last.data.get("forced") is True and last.actor == "carol"
    plain = await _incident(archive, b"<html>an ordinary page</html>")
    assert (await service.change(plain.id, "false-positive", "carol")).state is S.FALSE_POSITIVE
    assert taught == [hacked.id, plain.id]


async def test_unknown_incidents_and_actions_are_one_line_errors() -> None:
    archive = MemoryArchive()
    service = IncidentService(archive)
    with pytest.raises(IncidentError, match="no incident 41"):
        await service.change(41, "resolved", "alice")
    incident = await _incident(archive)
    with pytest.raises(IncidentError, match="unknown incident action 'deleted'"):
        await service.change(incident.id, "deleted", "alice")
