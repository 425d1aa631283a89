"""A one-page profile as Markdown (for the person it is about) and as plain lines."""

from __future__ import annotations

from coprod_tui.export.markdown import escape_line, escape_text
from coprod_tui.i18n import t
from coprod_tui.model import Project
from coprod_tui.model.profile import Profile


def profile_markdown(profile: Profile, project: Project) -> str:
    out = [
        f"# {t('One-page profile')}: {escape_line(profile.name)}",
        "",
        f"*{escape_line(project.name)} · {profile.updated_at.date().isoformat()}*",
        "",
    ]
    for question, answer in profile.answers():
        out += [f"## {question}", "", escape_text(answer) if answer else "—", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def profile_lines(profile: Profile) -> list[tuple[str, str]]:
    """(question, answer) for showing on a screen; an empty answer reads '—'."""
    return [(str(question), answer or "—") for question, answer in profile.answers()]
