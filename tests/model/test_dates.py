"""Reading "by when": the forms a facilitator types, and clear refusals for the rest."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.i18n import set_language
from coprod_tui.model import ValidationError
from coprod_tui.model.dates import add_months, describe, parse_by_when

TODAY = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("2026-2-3", date(2026, 2, 3)),
        ("1-12-2026", date(2026, 12, 1)),
        ("01-12-2026", date(2026, 12, 1)),
        ("1/12/2026", date(2026, 12, 1)),
        ("1.12.2026", date(2026, 12, 1)),
        (" 1 - 12 - 2026 ", date(2026, 12, 1)),
        ("29-02-2028", date(2028, 2, 29)),
        ("1-12", date(2026, 12, 1)),
        ("20-11", date(2027, 11, 20)),  # no year: the next 20 November
        ("+3d", date(2026, 11, 26)),
        ("+2w", date(2026, 12, 7)),
        ("+2W", date(2026, 12, 7)),
        ("+ 2 weken", date(2026, 12, 7)),
        ("+10 days", date(2026, 12, 3)),
        ("+1m", date(2026, 12, 23)),
        ("+1 maand", date(2026, 12, 23)),
        ("+1y", date(2027, 11, 23)),
        ("+1j", date(2027, 11, 23)),
        ("today", TODAY),
        ("Vandaag", TODAY),
        ("tomorrow", date(2026, 11, 24)),
        ("morgen", date(2026, 11, 24)),
        ("overmorgen", date(2026, 11, 25)),
    ],
)
def test_accepted_forms(text, expected):
    result = parse_by_when(text, TODAY)
    assert result.date == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31-02-2026", "February 2026 has 28 days"),
        ("29-02-2027", "February 2027 has 28 days"),
        ("2026-04-31", "April 2026 has 30 days"),
        ("13-13-2026", "there is no month 13"),
        ("1-12-26", "write the year in full"),
        ("soon", "is not a date"),
        ("next week", "is not a date"),
        ("", "is empty"),
        ("   ", "is empty"),
        ("+2x", "unknown unit"),
        ("-3d", "is not a date"),
        ("+9999y", "more than ten years ahead"),
        ("+4000d", "more than ten years ahead"),
        ("0000-01-01", "is not a date"),
        ("2026-12-01T10:00", "is not a date"),
    ],
)
def test_refused_with_a_clear_message(text, message):
    with pytest.raises(ValidationError) as caught:
        parse_by_when(text, TODAY)
    assert message in str(caught.value)
    if text.strip():
        assert "2026-12-01" in str(caught.value) or text.strip() in str(caught.value)


def test_a_date_in_the_past_is_a_warning_not_a_refusal():
    result = parse_by_when("20-11-2026", TODAY)
    assert result.date == date(2026, 11, 20)
    assert result.warning is not None and "in the past" in result.warning
    assert parse_by_when("2026-12-01", TODAY).warning is None
    assert parse_by_when("today", TODAY).warning is None


def test_far_ahead_is_a_question():
    result = parse_by_when("1-1-2030", TODAY)
    assert result.date == date(2030, 1, 1)
    assert "two years ahead" in result.warning


def test_months_keep_the_end_of_the_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert parse_by_when("+1m", date(2026, 10, 31)).date == date(2026, 11, 30)


def test_dutch_messages_and_weekdays():
    set_language("nl")
    with pytest.raises(ValidationError) as caught:
        parse_by_when("binnenkort", TODAY)
    assert "is geen datum" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        parse_by_when("31-02-2026", TODAY)
    assert "februari 2026 heeft 28 dagen" in str(caught.value)
    assert describe(date(2026, 12, 7)) == "2026-12-07 (ma)"
    set_language("en")
    assert describe(date(2026, 12, 7)) == "2026-12-07 (Mon)"


@given(st.text(max_size=60), st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)))
def test_arbitrary_text_is_a_date_or_a_clear_refusal(text, today):
    try:
        result = parse_by_when(text, today)
    except ValidationError as error:
        assert str(error)
    else:
        assert isinstance(result.date, date)


@given(st.from_regex(r"[+\-/.0-9 dwmyj]{1,14}", fullmatch=True))
def test_date_like_text_never_crashes(text):
    try:
        parse_by_when(text, TODAY)
    except ValidationError as error:
        assert str(error)
