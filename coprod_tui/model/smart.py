"""Checks that make an action SMART in practice, as the action form applies them.

Errors stop an action from being saved (nothing to say, a date that is not a date, a field
far too long). Warnings (no one named, no date, a date in the past, no way to know it
worked) are the group's call: the form shows them and saves on a second confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coprod_tui.i18n import t
from coprod_tui.model.common import ValidationError, clean_line, clean_text
from coprod_tui.model.dates import parse_by_when

MAX_WHAT_CHARS = 2000  # as long as an opportunity card, which can become an action
MAX_WHO_CHARS = 200
MAX_HOW_CHARS = 1000

# "Who" should name someone; these name everybody, and so no one in particular.
VAGUE_WHO = {
    "we",
    "us",
    "all",
    "everyone",
    "everybody",
    "all of us",
    "someone",
    "wij",
    "we allemaal",
    "allemaal",
    "iedereen",
    "iemand",
    "samen",
    "?",
    "-",
}


def check_lengths(what: str, who: str, how_known: str) -> None:
    """Refuse a field that is far longer than an action plan row can hold."""
    for text, limit, name in (
        (what, MAX_WHAT_CHARS, t("what will we do")),
        (who, MAX_WHO_CHARS, t("who")),
        (how_known, MAX_HOW_CHARS, t("how will we know")),
    ):
        if len(text) > limit:
            raise ValidationError(
                t(
                    "“{field}” holds at most {limit} characters; this has {count}",
                    field=name,
                    limit=limit,
                    count=len(text),
                )
            )


def smart_warnings(who: str, by_when: date | None, date_warning: str | None, how: str) -> list[str]:
    """What keeps an action from being SMART; the group may still agree to it as it is."""
    warnings = []
    if not who:
        warnings.append(t("No one is named for “who will do it”."))
    elif who.casefold() in VAGUE_WHO:
        warnings.append(t("“{who}” names no one in particular.", who=who))
    if by_when is None:
        warnings.append(t("There is no date for “by when”."))
    elif date_warning:
        warnings.append(date_warning)
    if not how:
        warnings.append(t("“How will we know it has worked” is empty."))
    return warnings


@dataclass
class ActionCheck:
    """The form's fields, cleaned, with what stops them (errors) or needs a nod (warnings)."""

    what: str = ""
    who: str = ""
    by_when: date | None = None
    how_known: str = ""
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_action(what: str, who: str, by_text: str, how: str, today: date) -> ActionCheck:
    """Check the four typed fields of an action; never raises for any text."""
    result = ActionCheck()
    raw_limit = 4 * max(MAX_WHAT_CHARS, MAX_HOW_CHARS)  # a paste this long is refused unread
    if max(len(what), len(who), len(how)) > raw_limit:
        try:
            check_lengths(what, who, how)
        except ValidationError as error:
            result.errors.append(str(error))
            return result
    result.what, result.who, result.how_known = clean_text(what), clean_line(who), clean_text(how)
    if not result.what:
        result.errors.append(t("Say what we will do."))
    try:
        check_lengths(result.what, result.who, result.how_known)
    except ValidationError as error:
        result.errors.append(str(error))
    date_warning = None
    if by_text.strip():
        try:
            parsed = parse_by_when(by_text, today)
        except ValidationError as error:
            result.errors.append(str(error))
        else:
            result.by_when, date_warning = parsed.date, parsed.warning
    if not result.errors:
        result.warnings = smart_warnings(result.who, result.by_when, date_warning, result.how_known)
    return result
