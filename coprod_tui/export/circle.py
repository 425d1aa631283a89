"""The circle of support as a meeting's minutes keep it: one line per circle (export/markdown.py
writes the same lines as Markdown)."""

from __future__ import annotations

from coprod_tui.i18n import t
from coprod_tui.model.circle import RINGS, CircleEntry, entries_in


def person(entry: CircleEntry) -> str:
    return f"{entry.name} ({entry.role})" if entry.role else entry.name


def circle_text_lines(entries: list[CircleEntry]) -> list[str]:
    if not entries:
        return []
    lines = ["", t("Circle of support")]
    for ring in RINGS:
        names = ", ".join(person(e) for e in entries_in(entries, ring.key)) or "—"
        lines.append(f"  {ring.number} {ring.label}: {names}")
    return lines
