"""A new record's id is what uuid4().hex gives (made without importing uuid), and new."""

from __future__ import annotations

import uuid

from coprod_tui.model.stamps import new_id, now


def test_a_new_id_is_a_random_uuid4_in_hex():
    ids = [new_id() for _ in range(1000)]
    assert len(set(ids)) == 1000
    for value in ids:
        parsed = uuid.UUID(hex=value)
        assert parsed.hex == value and len(value) == 32
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_now_is_local_and_knows_its_zone():
    moment = now()
    assert moment.tzinfo is not None and moment.utcoffset() is not None
