"""Shared rules of the model: ids, times, clean text and dict conversion with validation."""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from datetime import date, datetime
from typing import Any, TypeVar

from coprod_tui.i18n import language, t

# Kept in light modules of their own (``coprod card`` imports those, not this one); the model's
# modules take them from here.
from coprod_tui.model.clean import ValidationError as ValidationError
from coprod_tui.model.clean import clean_line as clean_line
from coprod_tui.model.clean import clean_text as clean_text
from coprod_tui.model.stamps import new_id as new_id
from coprod_tui.model.stamps import now as now

T = TypeVar("T")

_ID_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
MAX_ID_CHARS = 64


def check_id(value: str, what: str) -> str:
    """An id names files (``meetings/<id>.json``): letters, digits, - and _ only, so one read
    from someone else's minutes cannot point outside the home."""
    if not value or len(value) > MAX_ID_CHARS or not set(value) <= _ID_CHARACTERS:
        raise ValidationError(
            t(
                "{what} must be at most {limit} letters, digits, - or _; got {value!r}",
                what=t(what),
                limit=MAX_ID_CHARS,
                value=value[:20],
            )
        )
    return value


class Wording(dict[str, str]):
    """One text in the languages a file gives it: ``{en: Welcome, nl: Welkom}``.

    In a plan file a plain string (a user's own plan in one language) is that text in every
    language (kept under ``""``). ``str()`` gives the app's language, else English, else the first.
    """

    AS_WRITTEN = ""

    @classmethod
    def parse(cls, value: Any, where: str, written: str | None = None) -> Wording:
        if isinstance(value, str):
            return cls({cls.AS_WRITTEN: value})
        if (
            isinstance(value, dict)
            and value
            and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
        ):
            return cls({str(k): v for k, v in value.items()})
        raise ValidationError(
            t(
                "{where}: expected text, or text per language ({{en: …, nl: …}}), got {value}",
                where=where,
                value=quoted(value, written),
            )
        )

    def cleaned(self, clean: typing.Callable[[str], str]) -> Wording:
        return Wording({key: clean(text) for key, text in self.items()})

    def text(self, in_language: str | None = None) -> str:
        wanted = in_language or language()
        for key in (wanted, "en", self.AS_WRITTEN):
            if key in self:
                return self[key]
        return next(iter(self.values()), "")

    def __str__(self) -> str:
        return self.text()


MAX_QUOTED_CHARS = 80


def quoted(value: Any, written: str | None = None) -> str:
    """A value as a message shows it: as written in the file when known, at most 80 characters.

    A list or mapping is described, never printed: built from a hostile file it may be huge.
    """
    if written is not None or isinstance(value, str):
        text = written if written is not None else value
        if len(text) > MAX_QUOTED_CHARS:
            text = text[:MAX_QUOTED_CHARS] + "…"
        return repr(text)
    if value is None or isinstance(value, (bool, float)):
        return repr(value)
    if isinstance(value, int):
        return repr(value) if abs(value) < 10**40 else "a very large number"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return f"a mapping of {len(value)}"
    return type(value).__name__


def parse_datetime(value: Any, where: str, written: str | None = None) -> datetime:
    shown = quoted(value, written)
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, str):
        try:
            result = datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                f"{where}: expected a date and time like 2026-11-23T14:02:00+01:00, got {shown}"
            ) from None
    else:
        raise ValidationError(f"{where}: expected a date and time, got {shown}")
    if result.tzinfo is None:
        raise ValidationError(f"{where}: the time {shown} needs a timezone (e.g. +01:00)")
    return result


def parse_date(value: Any, where: str, written: str | None = None) -> date:
    try:
        return _quick_date(value)
    except _DoesNotFit:
        shown = quoted(value, written)
        raise ValidationError(f"{where}: expected a date like 2026-11-23, got {shown}") from None


_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    """A dataclass (or list/dict of them) as plain JSON/YAML data: dates as ISO strings.

    Called on every save of a meeting, so how to convert each type is worked out once, and
    text, numbers and None are passed on without a call."""
    convert = _TO_PLAIN.get(type(value))
    if convert is None:
        convert = _TO_PLAIN[type(value)] = _to_plain_for(value)
    return convert(value)


def _to_plain_for(value: Any) -> typing.Callable[[Any], Any]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = tuple(f.name for f in dataclasses.fields(value))

        def dataclass_to_plain(item: Any) -> dict[str, Any]:
            plain = {}
            for name in names:
                field_value = getattr(item, name)
                plain[name] = (
                    field_value if type(field_value) in _SCALARS else to_plain(field_value)
                )
            return plain

        return dataclass_to_plain
    if isinstance(value, (datetime, date)):
        return lambda moment: moment.isoformat()
    if isinstance(value, Wording):  # before dict: one text as written stays a plain string
        return lambda words: words.get(Wording.AS_WRITTEN, dict(words))
    if isinstance(value, list):
        return lambda items: [v if type(v) in _SCALARS else to_plain(v) for v in items]
    if isinstance(value, dict):
        return lambda mapping: {
            k: v if type(v) in _SCALARS else to_plain(v) for k, v in mapping.items()
        }
    return lambda other: other


_TO_PLAIN: dict[type, typing.Callable[[Any], Any]] = {}


def from_plain(cls: type[T], data: Any, where: str) -> T:
    """Build dataclass ``cls`` from plain data, checking every field's type.

    Unknown keys are ignored (a newer minor version may add fields); a missing
    field without a default is an error naming ``where``.

    Data that fits is built by converters made once per class, which keep no account of
    where they are; only when something does not fit is it built again, slowly, to say where.
    """
    try:
        return _build(cls, data)
    except (_DoesNotFit, ValidationError):
        return _from_plain_saying_where(cls, data, where)


def _from_plain_saying_where(cls: type[T], data: Any, where: str) -> T:
    if not isinstance(data, dict):
        raise ValidationError(f"{where}: expected a mapping of fields, got {type(data).__name__}")
    # From YAML (store/yamlio.LineDict) a mapping knows its line, its keys' lines and how each
    # value was written: a message names the line of the offending key (only the innermost).
    where = _AT_LINE.sub("", where)
    line = getattr(data, "line", None)
    line_of = getattr(data, "line_of", None)
    written_of = getattr(data, "written_of", None)
    here = f"{where} (line {line})" if line else where
    hints = _type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name not in data:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValidationError(f"{here}: missing field {f.name!r}")
            continue
        field_where = f"{where}, {f.name}"
        key_line = line_of(f.name) if line_of else None
        if key_line:
            field_where += f" (line {key_line})"
        written = written_of(f.name) if written_of else None
        values[f.name] = _convert(hints[f.name], data[f.name], field_where, written)
    try:
        return cls(**values)
    except ValidationError as error:
        raise ValidationError(f"{here}: {error}") from None


_AT_LINE = re.compile(r" \(line \d+\)")


_HINTS: dict[type, dict[str, Any]] = {}


def _type_hints(cls: type) -> dict[str, Any]:
    # Resolving a dataclass's string annotations costs more than converting its fields: once each.
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _convert(hint: Any, value: Any, where: str, written: str | None = None) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(inner, value, where, written)
    if origin is list:
        if not isinstance(value, list):
            raise ValidationError(f"{where}: expected a list, got {quoted(value, written)}")
        return [_convert(args[0], v, f"{where} #{i + 1}") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ValidationError(f"{where}: expected a mapping, got {quoted(value, written)}")
        return {str(k): _convert(args[1], v, f"{where}.{str(k)[:40]}") for k, v in value.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _from_plain_saying_where(hint, value, where)
    if hint is Wording:
        return Wording.parse(value, where, written)
    if hint is datetime:
        return parse_datetime(value, where, written)
    if hint is date:
        return parse_date(value, where, written)
    if hint is bool:
        if not isinstance(value, bool):
            raise ValidationError(f"{where}: expected true or false, got {quoted(value, written)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{where}: expected a whole number, got {quoted(value, written)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValidationError(f"{where}: expected a number, got {quoted(value, written)}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ValidationError(f"{where}: expected text, got {quoted(value, written)}")
        return value
    if hint is Any:
        return value
    raise TypeError(f"unsupported field type {hint!r}")  # a programming error, not bad input


class _DoesNotFit(Exception):
    """Raised by the quick converters; the slow path then says what does not fit, and where."""


Converter = typing.Callable[[Any], Any]
_BUILDERS: dict[type, tuple[tuple[str, Converter, bool], ...]] = {}


def _build(cls: type[T], data: Any) -> T:
    if not isinstance(data, dict):
        raise _DoesNotFit
    plan = _BUILDERS.get(cls)
    if plan is None:
        plan = _BUILDERS[cls] = _plan(cls)
    values: dict[str, Any] = {}
    for name, convert, required in plan:
        if name in data:
            values[name] = convert(data[name])
        elif required:
            raise _DoesNotFit
    return cls(**values)


def _plan(cls: type) -> tuple[tuple[str, Converter, bool], ...]:
    hints = _type_hints(cls)
    return tuple(
        (
            f.name,
            _converter(hints[f.name]),
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    )


def _converter(hint: Any) -> Converter:
    """The quick twin of ``_convert`` for one field type: the same checks, no messages."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            return _refuse
        convert_inner = _converter(inner[0])
        if type(None) not in args:
            return convert_inner
        return lambda value: None if value is None else convert_inner(value)
    if origin is list:
        item = _converter(args[0])

        def convert_list(value: Any) -> Any:
            if not isinstance(value, list):
                raise _DoesNotFit
            return [item(v) for v in value]

        return convert_list
    if origin is dict:
        entry = _converter(args[1])

        def convert_dict(value: Any) -> Any:
            if not isinstance(value, dict):
                raise _DoesNotFit
            return {str(k): entry(v) for k, v in value.items()}

        return convert_dict
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return lambda value: _build(hint, value)
    simple = _SIMPLE.get(hint)
    return simple if simple is not None else _refuse


def _refuse(value: Any) -> Any:
    raise _DoesNotFit


def _quick_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, str):
        try:
            result = datetime.fromisoformat(value)
        except ValueError:
            raise _DoesNotFit from None
    else:
        raise _DoesNotFit
    if result.tzinfo is None:
        raise _DoesNotFit
    return result


def _quick_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _DoesNotFit


def _quick_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _DoesNotFit
    return value


def _quick_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _DoesNotFit
    return value


def _quick_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _DoesNotFit
    return float(value)


def _quick_str(value: Any) -> str:
    if not isinstance(value, str):
        raise _DoesNotFit
    return value


_SIMPLE: dict[Any, Converter] = {
    datetime: _quick_datetime,
    date: _quick_date,
    bool: _quick_bool,
    int: _quick_int,
    float: _quick_float,
    str: _quick_str,
    Any: lambda value: value,
}


def one_of(value: str, allowed: typing.Iterable[str], what: str) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValidationError(f"{what} must be one of {', '.join(allowed)}; got {quoted(value)}")
    return value


class PlainData:
    """``to_dict``/``from_dict`` for a model dataclass (validated on the way in)."""

    def to_dict(self) -> dict[str, Any]:
        return to_plain(self)

    @classmethod
    def from_dict(cls, data: Any, where: str | None = None) -> typing.Self:
        return from_plain(cls, data, where or cls.__name__)
