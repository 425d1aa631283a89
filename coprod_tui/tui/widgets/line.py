"""A Static that repaints only when what it shows changes: a clock tick that leaves the words
as they were costs no bytes on the wire."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class Line(Static):
    _shown: tuple[str, str] | None = None

    def show(self, content: str | Text) -> None:
        key = ("text", content.markup) if isinstance(content, Text) else ("str", content)
        if key != self._shown:
            self._shown = key
            self.update(content)
