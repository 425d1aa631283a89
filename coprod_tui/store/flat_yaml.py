"""A flat record of text and whole numbers as a YAML document, written without PyYAML.

For the card spool: ``coprod card`` writes its file with this (importing PyYAML would cost it
more than the rest of the hand-in), the app reads it with PyYAML like any YAML it is given.
Every text is double-quoted on one line; what ``str.isprintable`` does not pass (line breaks,
tabs, controls, hidden format characters, other spaces than " "), and ``"`` and ``\\``, is written
as an escape (``\\n``, ``\\x85``, ``\\u2028``, ``\\U0001f600``), so a text reads back exactly as it
was, whatever it holds, and no line of the file starts or stops inside it.
"""

from __future__ import annotations

from collections.abc import Mapping


def flat_yaml(record: Mapping[str, str | int]) -> str:
    """``key: value`` lines, in the record's order; keys must be plain names (``received_at``)."""
    lines = []
    for key, value in record.items():
        if not key.isidentifier():
            raise ValueError(f"not a plain key: {key!r}")
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise TypeError(f"{key}: only text and whole numbers, not {type(value).__name__}")
        shown = str(value) if isinstance(value, int) else double_quoted(value)
        lines.append(f"{key}: {shown}\n")
    return "".join(lines)


def double_quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar on one line."""
    if text.isprintable() and '"' not in text and "\\" not in text:  # the usual case
        return f'"{text}"'
    return '"' + "".join(map(_escaped, text)) + '"'


def _escaped(char: str) -> str:
    if char == '"' or char == "\\":
        return "\\" + char
    if char.isprintable():
        return char
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
