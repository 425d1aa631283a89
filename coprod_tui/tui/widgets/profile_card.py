"""ProfileCard: a person's one-page profile as plain text, the same three questions for everyone."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coprod_tui.i18n import t
from coprod_tui.model.profile import Profile


def profile_text(name: str | None, profile: Profile | None, *, heading: bool = True) -> Text:
    if name is None:
        return Text("")
    text = Text()
    if heading:
        text.append(name, "bold")
        text.append("\n")
    if profile is None:
        text.append(t("No one-page profile yet."), "italic")
        return text
    for number, (question, answer) in enumerate(profile.answers()):
        if number:
            text.append("\n")
        text.append(f"{question}:\n", "bold")
        text.append(answer or "—")
    return text


class ProfileCard(Static):
    """Shows one profile (or says there is none); user text is never read as markup."""

    DEFAULT_CSS = "ProfileCard { height: auto; }"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        self._shown: tuple[str | None, Profile | None] | None = None

    def show(self, name: str | None, profile: Profile | None, *, heading: bool = True) -> None:
        if self._shown != (name, profile):
            self._shown = (name, profile)
            self.update(profile_text(name, profile, heading=heading))
