"""Reading "by when" as a facilitator types it: 2026-12-01, 1-12-2026, 1/12, +2w, tomorrow.

Pure: "today" is passed in. A date in the past is accepted with a warning (the group may
be writing down what already happened); text that is not a date is refused with a message
that says what would work.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from coprod_tui.i18n import n, t
from coprod_tui.model.common import ValidationError
from coprod_tui.model.toolkit import Label

# Relative amounts beyond this are surely a typo (and would overflow a date).
MAX_AHEAD_DAYS = 10 * 366
# An absolute date further ahead than this is accepted, with a question.
FAR_AHEAD_DAYS = 2 * 366

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?")
_RELATIVE = re.compile(r"\+\s*(\d{1,4})\s*([a-z]+)")

_UNITS = {
    "d": "days",
    "day": "days",
    "days": "days",
    "dag": "days",
    "dagen": "days",
    "w": "weeks",
    "wk": "weeks",
    "week": "weeks",
    "weeks": "weeks",
    "weken": "weeks",
    "m": "months",
    "mo": "months",
    "month": "months",
    "months": "months",
    "mnd": "months",
    "maand": "months",
    "maanden": "months",
    "y": "years",
    "yr": "years",
    "year": "years",
    "years": "years",
    "j": "years",
    "jr": "years",
    "jaar": "years",
    "jaren": "years",
}
_WORDS = {
    "today": 0,
    "vandaag": 0,
    "tomorrow": 1,
    "morgen": 1,
    "overmorgen": 2,
}

WEEKDAYS = (
    Label("Mon"),
    Label("Tue"),
    Label("Wed"),
    Label("Thu"),
    Label("Fri"),
    Label("Sat"),
    Label("Sun"),
)

MONTHS = (
    Label("January"),
    Label("February"),
    Label("March"),
    Label("April"),
    Label("May"),
    Label("June"),
    Label("July"),
    Label("August"),
    Label("September"),
    Label("October"),
    Label("November"),
    Label("December"),
)


@dataclass(frozen=True)
class ByWhen:
    """A parsed "by when": the date, and a warning to show (None when all is well)."""

    date: date
    warning: str | None = None


def _hint() -> str:
    return t("write a date like 2026-12-01 or 1-12-2026, or +3d, +2w, +1m")


def _refuse(text: str) -> ValidationError:
    return ValidationError(t("“{text}” is not a date: {hint}", text=text, hint=_hint()))


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole months; the 31st becomes the month's last day where needed."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _make_date(year: int, month: int, day: int, text: str) -> date:
    if not 1 <= month <= 12:
        raise ValidationError(
            t("“{text}”: there is no month {month} (day first: 1-12-2026)", text=text, month=month)
        )
    if not 1 <= year <= 9999:
        raise _refuse(text)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            t(
                "“{text}”: {month_name} {year} has {last} days",
                text=text,
                month_name=MONTHS[month - 1],
                year=year,
                last=last,
            )
        )
    return date(year, month, day)


def _relative(amount: int, unit: str, today: date, text: str) -> date:
    kind = _UNITS.get(unit)
    if kind is None:
        raise ValidationError(
            t(
                "“{text}”: unknown unit “{unit}”; use d (days), w (weeks), m (months) or y",
                text=text,
                unit=unit,
            )
        )
    if kind == "days":
        days = amount
    elif kind == "weeks":
        days = amount * 7
    else:
        months = amount * (12 if kind == "years" else 1)
        if months > MAX_AHEAD_DAYS // 30:
            raise _too_far(text)
        return add_months(today, months)
    if days > MAX_AHEAD_DAYS:
        raise _too_far(text)
    return today + timedelta(days=days)


def _too_far(text: str) -> ValidationError:
    return ValidationError(
        t("“{text}” is more than ten years ahead; choose a nearer date", text=text)
    )


def _absolute(text: str, today: date) -> date | None:
    if match := _ISO.fullmatch(text):
        year, month, day = (int(group) for group in match.groups())
        return _make_date(year, month, day, text)
    if match := _DAY_FIRST.fullmatch(text):
        day, month = int(match[1]), int(match[2])
        if match[3] is None:
            # No year: the next such day from today on.
            found = _make_date(today.year, month, day, text)
            return found if found >= today else _make_date(today.year + 1, month, day, text)
        if len(match[3]) != 4:
            raise ValidationError(t("“{text}”: write the year in full, e.g. 1-12-2026", text=text))
        return _make_date(int(match[3]), month, day, text)
    return None


def parse_by_when(text: str, today: date) -> ByWhen:
    """The date ``text`` means, relative to ``today``; a ValidationError says why not."""
    cleaned = " ".join(text.split()).casefold()
    if not cleaned:
        raise ValidationError(t("“by when” is empty: {hint}", hint=_hint()))
    shown = " ".join(text.split())[:40]
    if cleaned in _WORDS:
        return ByWhen(today + timedelta(days=_WORDS[cleaned]))
    if match := _RELATIVE.fullmatch(cleaned):
        try:
            return ByWhen(_relative(int(match[1]), match[2], today, shown))
        except (OverflowError, ValueError) as error:
            if isinstance(error, ValidationError):
                raise
            raise _too_far(shown) from None
    found = _absolute(cleaned.replace(" ", ""), today)
    if found is None:
        raise _refuse(shown)
    if found < today:
        days = (today - found).days
        return ByWhen(
            found,
            n(
                "{date} is {count} day ago — in the past",
                "{date} is {count} days ago — in the past",
                days,
                date=found.isoformat(),
            ),
        )
    if (found - today).days > FAR_AHEAD_DAYS:
        return ByWhen(found, t("{date} is more than two years ahead", date=found.isoformat()))
    return ByWhen(found)


def describe(day: date) -> str:
    """``2026-12-07 (Mon)``: unambiguous in both languages."""
    return f"{day.isoformat()} ({WEEKDAYS[day.weekday()]})"
