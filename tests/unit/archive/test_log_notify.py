"""Every notification carries the archive's newest signed tree head: each receiver is a witness."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from tamperwatch.archive.log import Checkpoint, Heads, newest_checkpoint_path
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import Incident, IncidentEvent, IncidentKind, IncidentState, Target
from tamperwatch.notify.payload import event_document, event_text, latest_tree_head
from tamperwatch.notify.receiver import WebhookReceiver
from tamperwatch.notify.webhook import WebhookNotifier
from tamperwatch.settings import Settings

from .helpers import DEFACED, capture

SECRET = "s3cret"


async def test_a_webhook_body_carries_the_checkpoint_covering_its_incident(settings: Settings) -> None:
    async with SqlArchive.from_settings(settings) as archive:
        target = await archive.add_target(Target(url="https://a.example/"))
        await archive.record_check(target, capture(b"hacked"), DEFACED)
        incident = await archive.open_incident(target.id, IncidentKind.DEFACED, 0.9, ("x",), {})
        log_size = await archive.log_end()
        signer = archive.signer
    event = IncidentEvent(incident, target.url, "opened", datetime.now(UTC))
    async with WebhookReceiver(SECRET) as receiver:
        configured = settings.model_copy(update={"webhook_urls": [receiver.url], "webhook_secret": SECRET})
        (notifier,) = WebhookNotifier.from_settings(configured)
        assert isinstance(notifier, WebhookNotifier)
        try:
            await notifier.send(event)
        finally:
            await notifier.aclose()
        (request,) = await receiver.wait_for(1)
    head = request.json()["checkpoint"]
    assert request.verified and head["tree_size"] == log_size == 2
    assert head["public_key"] == signer.public_pem().decode()
    newest = newest_checkpoint_path(settings.data_dir / "checkpoints")
    assert newest is not None
    full = Checkpoint.from_json(json.loads(newest.read_text()))
    assert full.signature_ok(signer) and full.tree_head() | {"public_key": head["public_key"]} == head
    bare = Checkpoint(head["tree_size"], head["timestamp"], head["root_hash"], Heads(), head["signature"])
    assert not bare.signature_ok(signer)  # the signature covers the heads' digest too
    assert f"Archive checkpoint: 2 entries, root {head['root_hash']}" in event_text(event, head)


def test_without_a_checkpoint_the_payload_is_unchanged(settings: Settings) -> None:
    assert latest_tree_head(None) is None and latest_tree_head(settings.data_dir / "nowhere") is None
    now = datetime.now(UTC)
    incident = Incident(1, 1, IncidentKind.DEFACED, IncidentState.OPEN, now, now)
    assert "checkpoint" not in event_document(IncidentEvent(incident, "https://a.example/", "opened", now))
