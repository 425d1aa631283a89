"""The card inbox's dialogs: add a paper card, choose a key element, read one card, bad files."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Input, Label, Static, TextArea
from textual.widgets.option_list import Option

from coprod_tui.i18n import n, t
from coprod_tui.model import ValidationError, valid_card_text, valid_name
from coprod_tui.model.card import MAX_CARD_CHARS, MAX_NAME_CHARS
from coprod_tui.model.toolkit import KEY_ELEMENTS
from coprod_tui.tui.screens.dialogs import DIALOG_CSS, FormDialog, OptionPicker, TextView


@dataclass
class PaperCard:
    text: str
    author: str | None  # None: anonymous


class CardTextArea(TextArea):
    """A TextArea that refuses a paste which would make the card longer than a card holds."""

    @dataclass
    class PasteRefused(Message):
        characters: int

    async def _on_paste(self, event: events.Paste) -> None:
        start, end = self.selection
        selected = len(self.get_text_range(start, end)) if start != end else 0
        length = len(self.text) - selected + len(event.text)
        if length > MAX_CARD_CHARS:
            event.prevent_default()
            event.stop()
            self.post_message(self.PasteRefused(length))


class AddCardDialog(FormDialog[PaperCard | None]):
    """Type in a paper card: its text, and the name on it (none: anonymous)."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="AddCardDialog")
        + """
    AddCardDialog TextArea { height: 8; }
    AddCardDialog #count { color: $text-muted; }
    AddCardDialog .hint { color: $text-muted; }
    """
    )
    BINDINGS = [
        Binding("ctrl+s", "submit", t("Add card")),
    ]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("Add a paper card"), classes="dialog-title")
            yield Label(t("What the card says"))
            yield CardTextArea(id="text", soft_wrap=True, show_line_numbers=False)
            yield Static("", id="count", markup=False)
            yield Label(t("Name on the card (leave empty: anonymous)"))
            yield Input(id="author", max_length=MAX_NAME_CHARS)
            yield Static("", classes="error", id="error", markup=False)
            yield Static(
                t("tab: next field · enter in the name field or ctrl+s: add · escape: cancel"),
                classes="hint",
            )
            with Horizontal():
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("Add card"), id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#text", CardTextArea).focus()
        self._show_count()

    @on(TextArea.Changed, "#text")
    def _show_count(self) -> None:
        length = len(self.query_one("#text", CardTextArea).text)
        self.query_one("#count", Static).update(
            t("{count} of at most {limit} characters", count=length, limit=MAX_CARD_CHARS)
        )

    @on(CardTextArea.PasteRefused)
    def _paste_refused(self, message: CardTextArea.PasteRefused) -> None:
        self.query_one("#error", Static).update(
            t(
                "That paste was not added: the card would have {count} characters; "
                "a card holds at most {limit}.",
                count=message.characters,
                limit=MAX_CARD_CHARS,
            )
        )

    @on(Input.Submitted, "#author")
    @on(Button.Pressed, "#ok")
    def action_submit(self) -> None:
        error = self.query_one("#error", Static)
        try:
            text = valid_card_text(self.query_one("#text", CardTextArea).text)
            author = valid_name(self.query_one("#author", Input).value)
        except ValidationError as problem:
            error.update(str(problem))
            return
        self.dismiss(PaperCard(text, author))


class ElementChoice(OptionPicker):
    """Which of the six key elements an action belongs to (the toolkit's labels)."""

    def __init__(self, card_text: str) -> None:
        elements = []
        for element in KEY_ELEMENTS:
            prompt = Text(str(element.label), style="bold")
            prompt.append(f" — {element.summary}", style="")
            elements.append(Option(prompt, id=element.key))
        super().__init__(elements)
        self.card_text = card_text

    def heading(self) -> ComposeResult:
        yield Static(t("Card → action: which key element?"), classes="dialog-title")
        yield Static(Text(" ".join(self.card_text.split())[:200]), id="card-text")


class CardFullView(TextView):
    """One card in full, scrollable: for long cards and narrow terminals."""

    BINDINGS = [Binding("escape,space,q", "close", t("Close"))]

    def __init__(self, detail: Text) -> None:
        super().__init__(detail, scroll_id="full-card", text_id="full-text")


class BadFilesView(TextView):
    """The spool files that were not cards: where they are and why; nothing was dropped."""

    DEFAULT_CSS = """
    BadFilesView > VerticalScroll { width: 90; border: round $warning; }
    """
    BINDINGS = [Binding("escape,b,q", "close", t("Close"))]

    def __init__(self, folder: str, files: list[tuple[str, str]]) -> None:
        body = Text(
            n(
                "{count} file handed in could not be read as a card. It is kept in {folder}; "
                "look at it there and delete it by hand when done.",
                "{count} files handed in could not be read as a card. They are kept in {folder}; "
                "look at them there and delete them by hand when done.",
                len(files),
                folder=folder,
            )
        )
        body.append("\n")
        for name, reason in files:
            body.append(f"\n• {name}\n  ", style="bold")
            body.append(reason)
        super().__init__(body, scroll_id="bad-files", text_id="bad-text")
