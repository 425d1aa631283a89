"""YAML in and out: safe loading that remembers line numbers, readable atomic dumping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from coprod_tui.store.files import StoreError, atomic_write

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class YAMLFileError(StoreError):
    pass


class LineDict(dict):
    """A mapping from YAML that knows its line, so validation messages can point at it."""

    line: int | None = None


class _LineLoader(_Loader):  # type: ignore[misc, valid-type]
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _ReadableDumper(_Dumper):  # type: ignore[misc, valid-type]
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Long or multi-line text as a block scalar; PyYAML falls back to quoting where it can't.
    style = "|" if "\n" in value or len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ReadableDumper.add_representer(str, _represent_str)


def load_yaml(path: Path) -> Any:
    """Parse ``path`` with safe loading; errors name the file and line."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise YAMLFileError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise YAMLFileError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 — a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise YAMLFileError(f"{path}{where}: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise YAMLFileError(f"{path}: {error}") from None


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_ReadableDumper, allow_unicode=True, sort_keys=False, width=100)


def write_yaml(path: Path, data: Any) -> None:
    atomic_write(path, dump_yaml(data).encode("utf-8"))
