"""clean_text's fast path (text with nothing to remove) gives exactly what the full loop gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_tui.model.clean import _clean_chars, clean_text
from tests.support import hostile_texts


@settings(max_examples=300)
@given(st.text(), st.booleans())
def test_fast_path_equals_the_full_loop(text, multiline):
    assert clean_text(text, multiline=multiline) == _clean_chars(text, multiline)


def test_hostile_texts_clean_the_same_either_way():
    for _, text in hostile_texts():
        for multiline in (True, False):
            assert clean_text(text, multiline=multiline) == _clean_chars(text, multiline)
    assert clean_text("  soup\non\nFriday \u00a0") == "soup\non\nFriday"
