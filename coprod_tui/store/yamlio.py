"""YAML in and out: safe loading that remembers line numbers, readable atomic dumping.

PyYAML is imported on first use, not with this module: an ordinary start of the app reads no
YAML (themes come from their cache, the meeting from its database), and the import costs ~8 ms.
"""

from __future__ import annotations

import functools
from pathlib import Path
from types import ModuleType
from typing import Any

from coprod_tui.store.files import StoreError, atomic_write


class YAMLFileError(StoreError):
    pass


class LineDict(dict):
    """A mapping from YAML that knows its line, so validation messages can point at it."""

    line: int | None = None


@functools.cache
def yaml_module() -> ModuleType:
    import yaml

    return yaml


@functools.cache
def _line_loader() -> type:
    yaml = yaml_module()

    class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def construct_mapping(loader: Any, node: Any) -> LineDict:
        mapping = LineDict(loader.construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
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


def load_yaml(path: Path) -> Any:
    """Parse ``path`` with safe loading; errors name the file and line."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise YAMLFileError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise YAMLFileError(f"{path}: cannot be read ({error.strerror})") from None
    yaml = yaml_module()
    try:
        return yaml.load(text, Loader=_line_loader())  # noqa: S506 — a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise YAMLFileError(f"{path}{where}: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise YAMLFileError(f"{path}: {error}") from None


def dump_yaml(data: Any) -> str:
    return yaml_module().dump(
        data, Dumper=_readable_dumper(), allow_unicode=True, sort_keys=False, width=100
    )


def write_yaml(path: Path, data: Any) -> None:
    atomic_write(path, dump_yaml(data).encode("utf-8"))
