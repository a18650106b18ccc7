"""Test access to the local webhook receiver (the same one the demo uses)."""

from tamperwatch.notify.receiver import ReceivedRequest, WebhookReceiver

__all__ = ["ReceivedRequest", "WebhookReceiver"]
