"""Names the agent's signed records use, kept apart from ``record.py`` so that the resident
watch-and-restore process can name them without importing the archive."""

from __future__ import annotations

AGENT_ACTOR = "tamperwatch-agent"
TAMPER_EVENT = "agent-tamper"
BASELINE_EVENT = "agent-baseline"
PUBLISH_EVENT = "agent-published"
MAINTENANCE_EVENT = "agent-maintenance"
WRITER_EVENT = "agent-accepted-write"  # a write by a whitelisted program, taken into the baseline
# The events that name a root's baseline generation (the rollback check reads the newest).
GENERATION_EVENTS = (BASELINE_EVENT, PUBLISH_EVENT, WRITER_EVENT)
# The change a report of a later batch of an incident carries: "batch-2", "batch-3", ... (the first
# batch is the incident's "opened" report).
BATCH_CHANGE = "batch-"
AGENT_REPORT_EVENT = "agent-report"  # a central serve's record of a later batch an agent reported
AGENT_EVENTS_PATH = "/api/v1/agents/events"  # where a central serve takes agents' reports (api/agents.py)


def target_url(host: str, root: str) -> str:
    return f"file://{host}{root}"
