"""YAML in and out: safe loading that remembers line numbers, readable atomic dumping.

PyYAML is imported on first use, not with this module: an ordinary start of the app reads no
YAML (themes come from their cache, the meeting from its database), and the import costs ~8 ms.

Every YAML coprod reads (minutes, plans, themes, the card spool) may come from someone else, so
loading is bounded before anything is built: at most ``MAX_YAML_BYTES`` are read, and a first
pass over the parser's events (streamed, constant memory) refuses anchors and aliases (which
coprod never writes, and which make a 500-byte "billion laughs" file expand to gigabytes),
more than ``MAX_YAML_NODES`` values and nesting deeper than ``MAX_YAML_DEPTH``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from coprod_tui.i18n import t
from coprod_tui.store.files import StoreError, atomic_write

MAX_YAML_BYTES = 8 * 2**20  # minutes of a meeting with 500 long cards are ~1 MB
MAX_YAML_NODES = 50_000  # such minutes hold ~7,700 values
MAX_YAML_DEPTH = 32  # minutes nest 5 deep


class YAMLFileError(StoreError):
    pass


class LineDict(dict):
    """A mapping from YAML that knows its lines, so validation messages can point at them.

    ``line`` is where the mapping starts, ``lines[key]`` where each key is, and
    ``written[key]`` a value's text as it stands in the file (for scalars).
    """

    line: int | None = None
    lines: dict[Any, int]
    written: dict[Any, str]

    def line_of(self, key: Any) -> int | None:
        return getattr(self, "lines", {}).get(key, self.line)

    def written_of(self, key: Any) -> str | None:
        return getattr(self, "written", {}).get(key)


@functools.cache
def yaml_module() -> ModuleType:
    import yaml

    return yaml


@functools.cache
def _line_loader() -> type:
    yaml = yaml_module()

    class LineLoader(_safe_loader()):  # type: ignore[misc]
        pass

    def construct_mapping(loader: Any, node: Any) -> LineDict:
        mapping = LineDict(loader.construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.lines, mapping.written = {}, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                mapping.lines[key] = key_node.start_mark.line + 1
                if isinstance(value_node, yaml.ScalarNode):
                    mapping.written[key] = value_node.value
            except TypeError:  # a key that cannot be a dict key was refused above already
                continue
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


@functools.cache
def _readable_dumper() -> type:
    yaml = yaml_module()

    class ReadableDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
        pass

    def represent_str(dumper: Any, value: str) -> Any:
        # Long or multi-line text as a block scalar; PyYAML falls back to quoting where it can't.
        style = "|" if "\n" in value or len(value) > 80 else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    ReadableDumper.add_representer(str, represent_str)
    return ReadableDumper


def _safe_loader() -> type:
    yaml = yaml_module()
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def refuse_bombs(text: str, where: str) -> None:
    """Walk the parser's events once (nothing is built) and refuse what coprod never writes:
    anchors and aliases, more than MAX_YAML_NODES values, nesting deeper than MAX_YAML_DEPTH."""
    yaml = yaml_module()
    parser = _safe_loader()(text)
    opening = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    closing = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    nodes = depth = 0
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                raise YAMLFileError(
                    t(
                        "{where}, line {line}: anchors and aliases (& and *) are not allowed",
                        where=where,
                        line=event.start_mark.line + 1,
                    )
                )
            if isinstance(event, closing):
                depth -= 1
                continue
            if isinstance(event, (yaml.ScalarEvent, *opening)):
                nodes += 1
                if nodes > MAX_YAML_NODES:
                    raise YAMLFileError(
                        t(
                            "{where}: more than {limit} values; this is not a coprod file",
                            where=where,
                            limit=MAX_YAML_NODES,
                        )
                    )
            if isinstance(event, opening):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise YAMLFileError(
                        t(
                            "{where}, line {line}: nested more than {limit} levels deep",
                            where=where,
                            line=event.start_mark.line + 1,
                            limit=MAX_YAML_DEPTH,
                        )
                    )
    finally:
        parser.dispose()


# A file this small cannot make the composer build much, whatever it holds.
QUICK_LIMIT = 2**16
# Where an anchor (&) or alias (*) could start: not inside a word. Text without any such place
# holds neither; text with one (a card saying "*really*") takes the careful way.
_ANCHOR_LIKE = re.compile(r"[&*]\S")


def _may_hold_anchor(text: str) -> bool:
    if "&" not in text and "*" not in text:
        return False
    return any(
        at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")
        for at in (match.start() for match in _ANCHOR_LIKE.finditer(text))
    )


def quick_yaml(text: str) -> Any:
    """Plain data from small text that cannot hold anchors or aliases, checked for the bounds
    after one load by libyaml; None when the text needs ``parse_yaml`` (which then says why).

    Without line numbers: for reading many files that are almost always fine (the minutes
    folder), where the careful way would double the cost. The data is the same."""
    if len(text) > QUICK_LIMIT or _may_hold_anchor(text):
        return None
    yaml = yaml_module()
    try:
        data = yaml.load(text, Loader=_safe_loader())  # noqa: S506 — libyaml's SafeLoader
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
        return None
    return data if _within_bounds(data) else None


def _within_bounds(data: Any) -> bool:
    """As refuse_bombs counts: every value (keys too) and container, and the nesting."""
    nodes, stack = 0, [(data, 1)]
    children: Iterable[Any]
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if isinstance(value, dict):
            nodes += len(value)  # the keys
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_YAML_DEPTH:
            return False
        for child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
            else:
                nodes += 1
        if nodes > MAX_YAML_NODES:
            return False
    return True


def parse_yaml(text: str, where: str) -> Any:
    """Safe loading with the bounds above; errors name ``where`` and the line."""
    yaml = yaml_module()
    try:
        refuse_bombs(text, where)
        return yaml.load(text, Loader=_line_loader())  # noqa: S506 — a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        at = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise YAMLFileError(f"{where}{at}: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise YAMLFileError(f"{where}: {error}") from None
    except (ValueError, OverflowError, RecursionError) as error:  # e.g. a 5,000-digit number
        raise YAMLFileError(f"{where}: {str(error)[:200]}") from None


def read_bounded(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of ``path``; a larger file is refused without reading it all."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as error:
        raise YAMLFileError(f"{path}: cannot be read ({error.strerror})") from None
    if len(raw) > limit:
        raise YAMLFileError(
            t(
                "{path}: larger than {limit} MB; coprod does not read a file this large",
                path=path,
                limit=limit // 2**20,
            )
        )
    return raw


def read_text(path: Path, limit: int = MAX_YAML_BYTES) -> str:
    try:
        return read_bounded(path, limit).decode("utf-8")
    except UnicodeDecodeError as error:
        raise YAMLFileError(f"{path}: not UTF-8 text (byte {error.start})") from None


def load_yaml(path: Path, limit: int = MAX_YAML_BYTES) -> Any:
    """Parse ``path`` with safe, bounded loading; errors name the file and line."""
    return parse_yaml(read_text(path, limit), str(path))


def dump_yaml(data: Any) -> str:
    return yaml_module().dump(
        data, Dumper=_readable_dumper(), allow_unicode=True, sort_keys=False, width=100
    )


def write_yaml(path: Path, data: Any) -> None:
    atomic_write(path, dump_yaml(data).encode("utf-8"))
