"""``to_plain(session)`` on every save, but made again only for the records that changed.

A meeting is saved after every change, and most of what it holds does not change: the open
actions carried over from years of meetings, the cards handed in earlier. ``PlainCache.plain``
returns exactly what ``to_plain`` returns, yet a record (a card, an action, a placement) whose
fields are all equal to what they were at the last call keeps the plain form made then, and a
list whose records all stayed so is the very list returned last time (the journal's diff then
sees it unchanged at once). So a card write serialises the new card, not the 211 open actions.

What "unchanged" means: a record is remembered only when every field holds a value that cannot
change in place (text, a number, a date, a time, None), with a copy of its fields; it is the
same record again when its fields compare equal (``==``) to that copy. The model changes its
records in place (``action.status = "done"``) or replaces them (``dataclasses.replace``): both
are seen, since nothing but the fields is compared. A record holding a list (an agenda item's
spans) or a mapping (a dot vote's dots) is made again every time, its lists going through the
same check. (Equal values write the same, with one exception Python's ``==`` does not see: a
time set again to the same instant in another UTC offset keeps the offset first written.)
The cache holds the lists it saw, so a list's identity is never taken for that of a new one.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from itertools import compress
from operator import eq, not_
from typing import Any

from coprod_tui.model.common import to_plain

_PASSED_ON = frozenset({str, int, float, bool, type(None)})  # as to_plain passes them on
_STAYS = _PASSED_ON | {date, datetime}  # values that cannot change in place


@dataclasses.dataclass
class _ListSeen:
    """A list of records as the last call saw it."""

    items: list[Any]  # the list itself: kept, so its identity stays its own
    members: list[Any]  # its records then
    fields: list[dict[str, Any] | None]  # each record's fields then; None: made every time
    plain: list[Any]  # what was returned for it


_RECORD_FIELDS: dict[type, tuple[str, ...] | None] = {}  # per type: fields, or None: not a record


def _record_fields(kind: type) -> tuple[str, ...] | None:
    """A dataclass's field names; None for anything else (or a dataclass without a __dict__,
    whose fields cannot be copied at once: to_plain makes it, every time)."""
    if kind not in _RECORD_FIELDS:
        record = dataclasses.is_dataclass(kind) and not hasattr(kind, "__slots__")
        _RECORD_FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind)) if record else None
    return _RECORD_FIELDS[kind]


class PlainCache:
    def __init__(self) -> None:
        self._lists: dict[int, _ListSeen] = {}
        self._next: dict[int, _ListSeen] = {}

    def plain(self, value: Any) -> Any:
        """``to_plain(value)``; records unchanged since the last call are not made again."""
        self._next = {}
        result = self._value(value)
        self._lists, self._next = self._next, {}
        return result

    def _value(self, value: Any) -> Any:
        kind = type(value)
        if kind in _PASSED_ON:
            return value
        if kind is list:
            return self._list(value)
        if _record_fields(kind) is not None:
            return self._record(value)[0]
        return to_plain(value)

    def _record(self, record: Any) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The record's plain form, and a copy of its fields when they can all be compared."""
        plain = {}
        for name in _record_fields(type(record)) or ():
            value = getattr(record, name)
            plain[name] = value if type(value) in _PASSED_ON else self._value(value)
        fields = vars(record)
        if all(type(value) in _STAYS for value in fields.values()):
            return plain, dict(fields)
        return plain, None

    def _list(self, items: list[Any]) -> list[Any]:
        kinds = set(map(type, items))
        if not all(_record_fields(kind) is not None for kind in kinds):
            return to_plain(items)  # text (a reflection's answers) or mixed: nothing to keep
        seen = self._lists.get(id(items))
        if seen is None or seen.items is not items:
            result = self._fresh(items)
        elif len(items) >= len(seen.members):
            result = self._in_place(items, seen)
        else:
            result = self._rematched(items, seen)
        self._next[id(items)] = result
        return result.plain

    def _fresh(self, items: list[Any]) -> _ListSeen:
        made = [self._record(item) for item in items]
        return _ListSeen(items, list(items), [m[1] for m in made], [m[0] for m in made])

    def _in_place(self, items: list[Any], seen: _ListSeen) -> _ListSeen:
        """Records changed or replaced where they stand, and any added at the end."""
        count = len(seen.members)
        head = items if len(items) == count else items[:count]
        # Compared field by field in C: a record not remembered (None) never equals its fields.
        same = list(map(eq, map(vars, head), seen.fields))
        if all(same):
            if len(items) == count:
                return _ListSeen(items, seen.members, seen.fields, seen.plain)  # the same list
            added = [self._record(item) for item in items[count:]]
            fields = seen.fields + [copy for _, copy in added]
            return _ListSeen(items, list(items), fields, seen.plain + [made for made, _ in added])
        fields, plain = list(seen.fields), list(seen.plain)
        for i in compress(range(count), map(not_, same)):
            plain[i], fields[i] = self._record(items[i])
        for item in items[count:]:
            made, copy = self._record(item)
            plain.append(made)
            fields.append(copy)
        return _ListSeen(items, list(items), fields, plain)

    def _rematched(self, items: list[Any], seen: _ListSeen) -> _ListSeen:
        """Records taken out (or moved): each found again by identity."""
        where = {id(member): i for i, member in enumerate(seen.members)}
        members, fields, plain = list(items), [], []
        for item in items:
            i = where.get(id(item))
            if i is not None and seen.members[i] is item and vars(item) == seen.fields[i]:
                plain.append(seen.plain[i])
                fields.append(seen.fields[i])
            else:
                made, copy = self._record(item)
                plain.append(made)
                fields.append(copy)
        return _ListSeen(items, members, fields, plain)
