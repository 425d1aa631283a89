"""What a new record is stamped with: a random id and the current time (stdlib only)."""

from __future__ import annotations

import os
from datetime import UTC, datetime


def new_id() -> str:
    """32 random hex digits, as ``uuid.uuid4().hex`` gives (version 4, RFC 4122 variant);
    made here because importing ``uuid`` costs ``coprod card`` a few milliseconds."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40
    raw[8] = raw[8] & 0x3F | 0x80
    return raw.hex()


def now() -> datetime:
    """The current time, timezone-aware, in the local zone."""
    return datetime.now(UTC).astimezone()
