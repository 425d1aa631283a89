"""What ends an app unexpectedly is kept for a crash report, never shown on the screen.

Textual prints an unhandled exception's traceback with its local variables when the app ends:
meeting content, on a screen that may be on a projector. An app with ``CrashReports`` mixed in,
given ``report_crashes=True`` (as ``coprod`` runs it), keeps the traceback, without local
variables, in ``crash`` and ends with return code 1; ``cli/main.py`` writes the report file and
prints one line naming it. Without it (the tests) Textual's own way stays, so the pilot raises.
"""

from __future__ import annotations

import io
import traceback
from typing import Any

from rich.console import Console, RenderableType
from textual.app import App
from textual.worker import WorkerFailed


class CrashReports(App[Any]):
    _report_crashes = False
    crash: str | None = None

    def report_crashes(self) -> None:
        """From now on an unexpected error ends the app with a report (``crash``), quietly."""
        self._report_crashes = True

    def _handle_exception(self, error: Exception) -> None:
        if not self._report_crashes:
            super()._handle_exception(error)
            return
        cause = error.error if isinstance(error, WorkerFailed) else error
        self._crashed("".join(traceback.format_exception(cause)))

    def panic(self, *renderables: RenderableType) -> None:
        # Textual's input thread ends this way (with a traceback) if it fails.
        if not self._report_crashes:
            super().panic(*renderables)
            return
        text = io.StringIO()
        console = Console(file=text, width=100, color_system=None, force_terminal=False)
        for renderable in renderables:
            console.print(renderable)
        self._crashed(text.getvalue())

    def _crashed(self, report: str) -> None:
        if self.crash is None:
            self.crash = report
            self.exit(return_code=1)
