"""Read a gettext ``.po`` file and write the ``.mo`` that ``gettext`` loads: standard library only.

The build (``hatch_build.py``), ``make catalogues`` and a source checkout without a compiled
``.mo`` all use this, so none of them needs GNU gettext or Babel (those are for translators and
for extraction). Only what coprod's catalogues use is read: ``msgctxt``, ``msgid``,
``msgid_plural``, ``msgstr[n]``, comments and the ``fuzzy`` flag.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

CONTEXT_SEPARATOR = "\x04"
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b"}
_ESCAPE = re.compile(r"\\(.)")


@dataclass
class Message:
    msgid: str
    context: str | None = None
    plural: str | None = None
    strings: list[str] = field(default_factory=list)  # msgstr, or msgstr[0], msgstr[1], …
    fuzzy: bool = False
    line: int = 0

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)

    @property
    def translated(self) -> bool:
        return bool(self.strings) and all(self.strings)


class PoError(ValueError):
    pass


def _unquote(text: str, path: Path, line: int) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise PoError(f"{path}:{line}: expected a quoted string, got {text[:40]!r}")
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])


def read_po(path: Path) -> list[Message]:
    """Every entry of a ``.po`` file, the header (msgid "") first; obsolete ``#~`` ones skipped."""
    messages: list[Message] = []
    current: Message | None = None
    target: tuple[str, int] | None = None  # which field a continuation line extends
    flags: set[str] = set()
    started = False

    def finish() -> None:
        nonlocal current, started
        if current is not None and started:
            messages.append(current)
        current, started = None, False

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#~"):
            if not line:
                finish()
                flags = set()
            continue
        if line.startswith("#"):
            if started and current is not None and current.strings:
                finish()
            if line.startswith("#,"):
                flags |= {flag.strip() for flag in line[2:].split(",")}
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if current is None or target is None:
                raise PoError(f"{path}:{number}: a string with no keyword before it")
            _extend(current, target, _unquote(line, path, number))
            continue
        if keyword in ("msgctxt", "msgid") and current is not None and current.strings:
            finish()
        if current is None:
            current = Message(msgid="", fuzzy="fuzzy" in flags, line=number)
            flags = set()
        started = True
        value = _unquote(rest, path, number)
        if keyword == "msgctxt":
            current.context, target = value, ("msgctxt", 0)
        elif keyword == "msgid":
            current.msgid, target = value, ("msgid", 0)
        elif keyword == "msgid_plural":
            current.plural, target = value, ("msgid_plural", 0)
        elif keyword == "msgstr":
            current.strings, target = [value], ("msgstr", 0)
        elif keyword.startswith("msgstr[") and keyword.endswith("]"):
            index = int(keyword[7:-1])
            if index != len(current.strings):
                raise PoError(f"{path}:{number}: {keyword} out of order")
            current.strings.append(value)
            target = ("msgstr", index)
        else:
            raise PoError(f"{path}:{number}: unknown keyword {keyword!r}")
    finish()
    return messages


def _extend(message: Message, target: tuple[str, int], text: str) -> None:
    name, index = target
    if name == "msgctxt":
        message.context = (message.context or "") + text
    elif name == "msgid":
        message.msgid += text
    elif name == "msgid_plural":
        message.plural = (message.plural or "") + text
    else:
        message.strings[index] += text


def mo_entries(messages: list[Message]) -> dict[str, str]:
    """The key → value pairs a ``.mo`` holds: what ``msgfmt`` keeps (no fuzzy, no untranslated)."""
    entries: dict[str, str] = {}
    for message in messages:
        if message.msgid and (message.fuzzy or not message.translated):
            continue
        key = message.msgid
        if message.plural is not None:
            key += "\x00" + message.plural
        if message.context is not None:
            key = message.context + CONTEXT_SEPARATOR + key
        entries[key] = "\x00".join(message.strings)
    return entries


def mo_bytes(messages: list[Message]) -> bytes:
    """A GNU ``.mo`` file (little-endian, no hash table), like CPython's Tools/i18n/msgfmt.py."""
    entries = mo_entries(messages)
    keys = sorted(entries)
    ids = strs = b""
    offsets: list[tuple[int, int, int, int]] = []
    for key in keys:
        encoded_key, encoded_value = key.encode(), entries[key].encode()
        offsets.append((len(ids), len(encoded_key), len(strs), len(encoded_value)))
        ids += encoded_key + b"\0"
        strs += encoded_value + b"\0"
    keystart = 7 * 4 + 16 * len(keys)
    valuestart = keystart + len(ids)
    header = struct.pack("<7I", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    key_table = b"".join(struct.pack("<2I", length, keystart + at) for at, length, _, _ in offsets)
    value_table = b"".join(
        struct.pack("<2I", length, valuestart + at) for _, _, at, length in offsets
    )
    return header + key_table + value_table + ids + strs


def compile_po(po: Path, mo: Path) -> None:
    """Write ``mo`` from ``po``, atomically (a reader never sees half a file)."""
    data = mo_bytes(read_po(po))
    partial = mo.with_suffix(".mo.partial")
    partial.write_bytes(data)
    partial.replace(mo)
