"""How Chromium is started: flags that keep it quiet and contained, and when its sandbox stays on.

The sandbox is on whenever the process is not root. Chromium refuses to start its sandbox as root,
so only then ``--no-sandbox`` is passed (the README explains the risk and the unprivileged
deployment). ``--disable-web-security`` is never passed. Background traffic (updates, sync, safe
browsing, QUIC) is switched off so every request the browser makes comes from the checked page and
passes the URL policy. Playwright's default ``--disable-popup-blocking`` is dropped: popups stay blocked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

QUIET_FLAGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
    "--disable-quic",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-breakpad",
    "--no-pings",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
)
FORBIDDEN_FLAGS = ("--disable-web-security",)


def sandbox_possible(euid: int | None = None) -> bool:
    """Chromium's sandbox can run unless the process is root."""
    return (os.geteuid() if euid is None else euid) != 0


@dataclass(frozen=True, slots=True)
class LaunchSpec:
    """Everything ``chromium.launch`` gets; ``options()`` builds its keyword arguments."""

    executable: str = "/usr/bin/chromium"
    euid: int | None = None
    extra_flags: tuple[str, ...] = field(default=())

    @property
    def sandboxed(self) -> bool:
        return sandbox_possible(self.euid)

    def flags(self) -> list[str]:
        flags = [*QUIET_FLAGS, *self.extra_flags]
        bad = [f for f in flags if f.split("=", 1)[0] in FORBIDDEN_FLAGS]
        if bad:
            raise ValueError(f"refusing to start Chromium with {', '.join(bad)}")
        if not self.sandboxed:
            flags.append("--no-sandbox")
        return flags

    def options(self) -> dict[str, Any]:
        return {
            "executable_path": self.executable,
            "headless": True,
            "args": self.flags(),
            "chromium_sandbox": self.sandboxed,
            "ignore_default_args": ["--disable-popup-blocking"],
            "handle_sigint": False,
            "handle_sigterm": False,
            "handle_sighup": False,
        }
