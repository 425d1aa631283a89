"""The join code: the secret part of the page's address.

14 characters from a 31-letter alphabet without look-alikes (no 0/o, 1/i/l) give 69 bits.
The server lets one client miss the code 10 times a minute; even 250 phones on the network
guessing for a 4-hour meeting make about 2^19 attempts, a chance of 2^-50 to hit it. The
groups of four (``abcd-efgh-jkmn-pq``) are only for reading aloud and typing.
"""

from __future__ import annotations

import hmac
import secrets

ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 14
GROUP = 4


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, CODE_LENGTH, GROUP))


def normalise(code: str) -> str:
    """Case and hyphens do not matter (the QR code carries the address in capitals)."""
    return code.replace("-", "").lower()


def code_matches(given: str, expected: str) -> bool:
    return hmac.compare_digest(normalise(given).encode(), normalise(expected).encode())
