"""A problem with the files never ends the meeting: screens show it as a message and go on.

``ShowsStoreErrors`` goes first in a screen's bases. A ``StoreError`` that one of the screen's
handlers lets through (a key, a selected row, a dialog's answer) is shown by the app's one
reporter, ``CoprodApp.report_store_error``; the screen keeps handling its messages (Textual
would otherwise stop the screen's message loop, or end the app).
"""

from __future__ import annotations

from textual.message import Message
from textual.message_pump import MessagePump

from coprod_tui.meeting import StoreError


class ShowsStoreErrors(MessagePump):
    async def _dispatch_message(self, message: Message) -> None:
        try:
            await super()._dispatch_message(message)
        except StoreError as error:
            report = getattr(self.app, "report_store_error", None)
            if report is not None:
                report(error)
            else:  # a screen shown outside the coprod app (a test): still a message
                self.app.notify(str(error), severity="error", markup=False)
