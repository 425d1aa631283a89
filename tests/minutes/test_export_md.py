"""Markdown export: readable minutes, and user text that can never become Markdown or HTML."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from coprod_tui.export.markdown import escape_cell, escape_text, minutes_markdown
from coprod_tui.model import (
    Action,
    AgendaItem,
    Card,
    GratitudeShare,
    LadderPlacement,
    OwnQuestion,
    Participant,
    Postcard,
    Project,
    ReadinessAnswer,
    ReadinessCheck,
    Reflection,
    Session,
    clean_line,
    clean_text,
)
from coprod_tui.model.minutes import Minutes
from tests.support import START, hostile_texts

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
INLINE_TEXT = {"text", "softbreak", "hardbreak"}
STRUCTURE = [
    "[x](javascript:alert(1))",
    "![img](http://example.org/x.png)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "# heading",
    "- list item",
    "1. ordered",
    "2) ordered",
    "> quote",
    "===",
    "---",
    "```",
    "~~~",
    "    indented code",
    "| a | b |",
    "**bold** _em_ ~~gone~~ `code`",
    "&amp; &#60; &copy;",
    "<https://example.org>",
    "[ref]: https://example.org",
    "line\n\n- a new list\n# and a heading",
    "trailing backslash \\",
    ":warning: :thumbs_up:",
    "$x^2$ math",
]


def user_texts() -> list[str]:
    texts = [clean_text(text) for _, text in hostile_texts()] + STRUCTURE
    return [text for text in texts if text]


def inline_children(markdown: str) -> list:
    tokens = MD.parse(markdown)
    assert [t.type for t in tokens] in ([], ["paragraph_open", "inline", "paragraph_close"])
    return tokens[1].children if tokens else []


def plain(text: str) -> str:
    return "".join(text.split())


def test_escaped_user_text_is_one_paragraph_of_literal_text():
    for text in user_texts():
        children = inline_children(escape_text(text))
        assert {c.type for c in children} <= INLINE_TEXT, text
        shown = "".join(c.content for c in children if c.type == "text")
        assert plain(shown) == plain(text), text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_text_stays_literal(raw):
    text = clean_text(raw)
    children = inline_children(escape_text(text))
    assert {c.type for c in children} <= INLINE_TEXT
    assert plain("".join(c.content for c in children if c.type == "text")) == plain(text)


def test_table_cells_stay_in_their_cell():
    for text in user_texts():
        row = f"| {escape_cell(text)} | after |"
        tokens = MD.parse(f"| a | b |\n|---|---|\n{row}\n")
        cells = [t for t in tokens if t.type == "td_open"]
        assert len(cells) == 2, text
        html = MD.render(f"| a | b |\n|---|---|\n{row}\n")
        assert "<script" not in html and "<img" not in html and "<a " not in html


def session_full_of(text: str) -> Minutes:
    line = clean_line(text)[:200] or "x"
    body = clean_text(text)[:3000] or "x"
    item = AgendaItem(line, 10, owner=line, notes=body, decisions=body)
    item.start(START)
    item.stop(START.replace(minute=12))
    session = Session(
        project_id="p1",
        title=line,
        date=date(2026, 11, 23),
        status="closed",
        participants=[Participant(line, role=line)],
        receiver=line,
        agenda=[item],
        started_at=START,
        closed_at=START.replace(minute=40),
        cards=[Card(text=body[:2000], author=line[:80], received_at=START)],
        gratitude=[GratitudeShare(line, 40, things=[body])],
        postcards=[Postcard(line, body)],
        placements=[LadderPlacement(6, line)],
        reflections=[Reflection(answers=[body[:2000]])],
        actions=[
            Action("assets", body, who=line, how_known=body, review=body),
            Action("assets", body, readiness_question="assets.1"),
        ],
        readiness=check_full_of(line, body[:2000]),
        notes=body,
    )
    return Minutes(session, Project(line, id="p1", created_at=START))


def check_full_of(line: str, note: str) -> ReadinessCheck:
    own = OwnQuestion("assets", line)
    return ReadinessCheck(
        own_questions=[own],
        answers=[
            ReadinessAnswer("assets.1", "partly", note),
            ReadinessAnswer("assets.1", "yes", note, source="person", participant=line),
            ReadinessAnswer("assets.1", "not_yet", note, source="phone"),
            ReadinessAnswer(own.id, "dont_know", note),
        ],
    )


def structure(markdown: str) -> list[str]:
    """Everything but the text: the kinds of blocks and inline pieces, in order (the export's
    own <br> between the lines of a table cell counts as text)."""
    out = []
    for token in MD.parse(markdown):
        out.append(token.type)
        for child in token.children or []:
            if child.type not in INLINE_TEXT and child.content != "<br>":
                out.append(child.type)
    return out


def test_hostile_text_anywhere_does_not_change_the_document_structure():
    expected = structure(minutes_markdown(session_full_of("plain words")))
    assert expected.count("heading_open") >= 7 and "table_open" in expected
    for text in user_texts():
        markdown = minutes_markdown(session_full_of(text))
        assert structure(markdown) == expected, text
        html = MD.render(markdown)
        assert "<script" not in html and "<img" not in html and "href=" not in html


def test_the_export_reads_like_the_minutes():
    markdown = minutes_markdown(session_full_of("Fresh soup"))
    assert markdown.startswith("# Fresh soup\n")
    for expected in (
        "**Project:** Fresh soup",
        "**Date:** 2026-11-23 · **Status:** closed",
        "## Agenda",
        "| 1 | Fresh soup | ",
        "12 min (+2) | 14:00–14:12 |",
        "## Opportunity cards (1)",
        "## Gratitude round",
        "## Participation ladder (toolkit, 7 rungs)",
        "6 Co-designing ◀ median",
        "## Readiness check",
        "| Assets | partly | 2 of 4 answered · 2 gaps |",
        "- ◐ **Are the people with direct experience",
        "  - the group: **partly** — Fresh soup",
        "  - each person: yes 1 · not yet 1 (1 anonymous)",
        "    - Fresh soup: **yes** — Fresh soup",
        "    - anonymous: **not yet** — Fresh soup",
        "  - → action: Fresh soup (open)",
        "- ? **Fresh soup** *(our own question)*",
        "## Action plan",
        "| Assets | Fresh soup | Fresh soup | — | Fresh soup | open |",
    ):
        assert expected in markdown, expected
