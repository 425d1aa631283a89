"""The action form's checks: errors stop saving, SMART warnings ask for a nod, no text crashes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.model.smart import check_action
from tests.support import hostile_texts

TODAY = date(2026, 11, 23)


def test_a_smart_action_passes_cleanly():
    check = check_action(" Map skills ", "Jan", "+2w", "a list of ten", TODAY)
    assert (check.errors, check.warnings) == ([], [])
    assert (check.what, check.who, check.by_when) == ("Map skills", "Jan", date(2026, 12, 7))


@pytest.mark.parametrize(
    ("who", "by", "how", "warning"),
    [
        ("", "+2w", "seen", "No one is named"),
        ("iedereen", "+2w", "seen", "names no one in particular"),
        ("We", "+2w", "seen", "names no one in particular"),
        ("Jan", "", "seen", "no date"),
        ("Jan", "1-11-2026", "seen", "in the past"),
        ("Jan", "+2w", "  ", "is empty"),
    ],
)
def test_warnings_the_group_may_accept(who, by, how, warning):
    check = check_action("Map skills", who, by, how, TODAY)
    assert check.errors == []
    assert len(check.warnings) == 1 and warning in check.warnings[0]


@pytest.mark.parametrize(
    ("what", "who", "by", "error"),
    [
        ("", "Jan", "+2w", "Say what we will do"),
        ("\x1b\x07\u202e ", "Jan", "+2w", "Say what we will do"),
        ("Map", "Jan", "soon", "is not a date"),
        ("Map", "Jan", "31-02-2026", "has 28 days"),
        ("x" * 2001, "Jan", "+2w", "at most 2000 characters"),
        ("Map", "J" * 201, "+2w", "at most 200 characters"),
        ("x" * 1_000_000, "Jan", "+2w", "at most 2000 characters"),
    ],
)
def test_errors_stop_saving(what, who, by, error):
    check = check_action(what, who, by, "seen", TODAY)
    assert any(error in message for message in check.errors)


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_hostile_text_in_every_field_is_cleaned_or_refused(what, text):
    for by_when in (text, "+1w"):
        check = check_action(text, text[:150], by_when, text, TODAY)
        if check.errors:
            continue
        for value in (check.what, check.who, check.how_known):
            assert all(ch.isprintable() or ch in "\n\u200d" for ch in value), what
        assert check.what


@given(st.text(max_size=300), st.text(max_size=60), st.text(max_size=30), st.text(max_size=300))
def test_any_text_is_checked_without_crashing(what, who, by, how):
    check = check_action(what, who, by, how, TODAY)
    assert check.errors or check.what
