"""Login throttling: too many failed logins for one user name, or from one address, within a
window lock that name or address out until the window has passed (answered 429 with Retry-After).

Kept in memory by the serving process (a restart forgets it); bounded: the oldest keys go first.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ThrottleLimits:
    max_failures: int = 5  # failed logins allowed per key within the window
    window_s: float = 300.0
    max_keys: int = 100_000  # names and addresses remembered at once


class LoginThrottle:
    def __init__(
        self, limits: ThrottleLimits = ThrottleLimits(), clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits
        self.clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.limits.window_s:
            times.popleft()
        return times

    def retry_after(self, *keys: str) -> float:
        """Seconds until a login for these keys is allowed again (0: allowed now)."""
        now = self.clock()
        wait = 0.0
        for key in keys:
            times = self._recent(key, now)
            if len(times) >= self.limits.max_failures:
                wait = max(wait, times[0] + self.limits.window_s - now)
        return wait

    def failed(self, *keys: str) -> None:
        now = self.clock()
        for key in keys:
            times = self._recent(key, now)
            times.append(now)
            self._failures[key] = times
            self._failures.move_to_end(key)
        while len(self._failures) > self.limits.max_keys:
            self._failures.popitem(last=False)

    def succeeded(self, user_key: str) -> None:
        self._failures.pop(user_key, None)
