"""A per-client rate limit: one token bucket per client address, kept in memory only."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimit:
    burst: int  # requests a client may make at once
    per_minute: float  # and then this many a minute


# A person hands in a card every few seconds at most; a phone also fetches the page each time.
REQUESTS = RateLimit(burst=30, per_minute=60)
# Requests without the right code (wrong address, guesses): few, so guessing is hopeless.
MISSES = RateLimit(burst=10, per_minute=10)


class RateLimiter:
    """``allow(client)`` is False once a client has used up its bucket.

    Addresses are never written anywhere; at most ``max_clients`` are remembered (the least
    recently seen is forgotten first, which can only make the limit kinder).
    """

    def __init__(
        self,
        limit: RateLimit,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = 4096,
    ) -> None:
        self.limit = limit
        self.clock = clock
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = self.clock()
        rate = self.limit.per_minute / 60.0
        with self._lock:
            tokens, since = self._buckets.pop(client, (float(self.limit.burst), now))
            tokens = min(float(self.limit.burst), tokens + (now - since) * rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
            return allowed

    def retry_after(self) -> int:
        """Seconds until a client that was refused gets one request back."""
        return max(1, round(60.0 / self.limit.per_minute))
