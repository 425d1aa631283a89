"""The double-send guard: each card form carries a token, and one token hands in one card.

Claiming a token and finding it taken happen under one lock, so two copies of a form posted at
the same moment cannot both store a card: the second waits for the first and gets its answer.
A token that comes back with other words (the back button, an edit, send again) is refused
plainly; the page keeps the words so they can be sent as a new card. What is remembered is
the token and a digest of the form, in memory only, at most ``size`` of them.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from enum import Enum

SEEN_FORMS = 10_000
MAX_TOKEN_CHARS = 64  # ours are 16; a longer one is not remembered
WAIT_SECONDS = 10.0  # for the copy of a form that is being stored right now


class Claim(Enum):
    NEW = "new"  # store the card, then call ``finish``
    STORED = "stored"  # this very form is in already: answer as the first time
    OTHER_WORDS = "other words"  # the token handed in a different card


@dataclass
class _Form:
    digest: bytes
    done: threading.Event = field(default_factory=threading.Event)
    stored: bool = False
    author: str | None = None


def form_digest(*parts: str) -> bytes:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).digest()


class FormTokens:
    def __init__(self, size: int = SEEN_FORMS) -> None:
        self.size = size
        self._seen: OrderedDict[str, _Form] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, token: str, digest: bytes) -> tuple[Claim, str | None]:
        """What to do with a form; with STORED, the author its card was handed in with."""
        while True:
            with self._lock:
                form = self._seen.get(token)
                if form is None:
                    self._seen[token] = _Form(digest)
                    while len(self._seen) > self.size:
                        self._seen.popitem(last=False)
                    return Claim.NEW, None
            if form.digest != digest:
                return Claim.OTHER_WORDS, None
            if not form.done.wait(WAIT_SECONDS):
                return Claim.NEW, None  # the first copy is stuck: this one may try (rare)
            if form.stored:
                return Claim.STORED, form.author
            # the first copy was refused or failed: this copy tries again (claims anew)

    def finish(self, token: str, *, stored: bool, author: str | None = None) -> None:
        """After ``claim`` said NEW: the card is in (``stored``), or not and the token is free."""
        with self._lock:
            form = self._seen.get(token)
            if form is None:
                return
            form.stored, form.author = stored, author
            if not stored:
                del self._seen[token]
        form.done.set()

    def __len__(self) -> int:
        return len(self._seen)
