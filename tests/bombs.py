"""Hostile YAML: what a colleague's minutes file, a plan or a dropped spool file might hold.

Each bomb is small on disk (except the huge document) and costs gigabytes or minutes to a
loader that expands aliases, follows deep nesting, or reads without a bound.
"""

from __future__ import annotations

from pathlib import Path

MINUTES_TOP = "schema: 1\nproject_id: p1\nproject: {name: Kookgroep, id: p1}\n"


def billion_laughs(top: str = MINUTES_TOP + "title: *i\n") -> str:
    """Nine levels of nine aliases each: 9**9 (387 million) "lol"s from ~550 bytes."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines) + "\n" + top


def deep_nesting(depth: int = 30_000) -> str:
    return MINUTES_TOP + "title: " + "[" * depth + "]" * depth + "\n"


def deep_block_nesting(depth: int = 200) -> str:
    """Nesting in block style (one key per line, indented): coprod's own depth limit."""
    lines = [MINUTES_TOP.rstrip("\n"), "title:"]
    lines += [" " * (2 * level + 2) + f"k{level}:" for level in range(depth)]
    return "\n".join(lines) + " end\n"


def many_values(count: int = 300_000) -> str:
    return MINUTES_TOP + "title: [" + ",".join(["1"] * count) + "]\n"


def huge_document(path: Path, megabytes: int = 50) -> Path:
    """A 50 MB file of plain lines, written in pieces (the test never holds it in memory)."""
    line = b"- " + b"x" * 1021 + b"\n"
    with path.open("wb") as handle:
        handle.write(b"schema: 1\nnotes:\n")
        for _ in range(megabytes * 1024):
            handle.write(line)
    return path


SMALL_BOMBS = {
    "aliases": billion_laughs(),
    "deep nesting": deep_nesting(),
    "deep block nesting": deep_block_nesting(),
    "many values": many_values(),
}
