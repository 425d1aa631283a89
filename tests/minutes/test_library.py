"""The minutes folder: listing (hand-dropped and unreadable files too), cache, search, snippets."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.model import clean_text
from coprod_tui.store.minutes_library import (
    MinutesEntry,
    MinutesLibrary,
    join_segments,
    search_entries,
    search_pattern,
    snippet,
)
from tests.minutes.helpers import closed_meeting
from tests.support import hostile_texts, make_meeting


def test_lists_meetings_newest_first_and_unreadable_files_with_the_reason(store, clock):
    first = closed_meeting(store, clock)
    second = closed_meeting(store, clock, cards=[("Soup on Fridays", None), ("Bus", "Els")])
    folder = store.paths.minutes
    (folder / "from-a-colleague.yml").write_text(
        (folder / first.write_minutes().name).read_text(), encoding="utf-8"
    )
    (folder / "broken.yaml").write_text("schema: 1\ntitle: [unclosed\n")
    (folder / "notes.txt").write_text("not minutes")
    (folder / ".hidden.yaml").write_text("schema: 1")

    entries = MinutesLibrary(store.paths).entries()

    names = [entry.name for entry in entries]
    assert names[0] == "broken.yaml", "an unreadable file comes first, never hidden"
    assert "line 3" in entries[0].problem and str(folder) not in entries[0].problem
    assert "from-a-colleague.yml" in names
    assert "notes.txt" not in names and ".hidden.yaml" not in names
    meetings = [entry for entry in entries if entry.valid]
    assert [entry.meeting_id for entry in meetings][0] == second.session.id
    assert meetings[0].date > meetings[-1].date
    assert (meetings[0].cards, meetings[0].actions) == (2, 2)  # one action carried over
    assert meetings[0].project == "Kookgroep De Linde"


def test_the_cache_is_used_and_refreshed_when_a_file_changes(store, clock):
    meeting = closed_meeting(store, clock)
    library = MinutesLibrary(store.paths)
    assert library.entries()[0].title == meeting.session.title
    assert library.cache.path.is_file()

    path = store.paths.minutes / store.summary(meeting.session.id)["minutes"]
    path.write_text(path.read_text().replace("title: Co-production", "title: Renamed"))
    assert library.entries()[0].title.startswith("Renamed")

    cached = json.loads(library.cache.path.read_text())
    cached["files"][path.name]["entry"]["title"] = "from the cache"
    library.cache.path.write_text(json.dumps(cached))
    assert library.entries()[0].title == "from the cache", "an unchanged file is not read again"

    path.unlink()
    assert library.entries() == []


def test_a_broken_or_foreign_cache_is_ignored(store, clock):
    closed_meeting(store, clock)
    library = MinutesLibrary(store.paths)
    library.cache.path.parent.mkdir(parents=True, exist_ok=True)
    for junk in ("{not json", '{"version": [99, 1], "files": {}}', '{"version": [1, 1]}', "[]"):
        library.cache.path.write_text(junk)
        assert len(library.entries()) == 1
    library.cache.path.write_text(
        json.dumps({"version": [1, 1], "files": {"x.yaml": {"key": 1, "entry": {"bad": 1}}}})
    )
    assert len(library.entries()) == 1


def test_a_cache_that_cannot_be_written_only_costs_time(store, clock):
    closed_meeting(store, clock)
    library = MinutesLibrary(store.paths)
    library.cache.path.mkdir(parents=True)  # in the way of the cache file, even for root
    assert len(library.entries()) == 1
    assert len(library.entries()) == 1
    assert [p.name for p in library.cache.path.parent.iterdir()] == ["minutes.json"]


def test_search_is_case_insensitive_and_says_where(store, clock):
    closed_meeting(store, clock, cards=[("Ask the cook about fresh SOUP", "Jan")])
    closed_meeting(store, clock, cards=[], note="Canned soup came up\ntwice")
    library = MinutesLibrary(store.paths)
    hits = library.search("soup")
    kinds = sorted(hit.kind for hit in hits)
    assert kinds == ["card", "notes", "postcard", "postcard"]
    card = next(hit for hit in hits if hit.kind == "card")
    assert card.text[card.start : card.end] == "SOUP"
    assert library.search("came up twice")[0].kind == "notes", "words match across a line break"
    assert library.search("  ") == []
    assert library.search("nothing like this") == []
    assert library.search("(") == [], "the term is text, not a pattern"


def test_search_finds_hostile_text_as_it_was_stored(store, clock):
    cards = [(text, None) for _, text in hostile_texts()[:8]]
    closed_meeting(store, clock, cards=cards)
    entries = MinutesLibrary(store.paths).entries()
    hits = search_entries(entries, "[bold red]URGENT[/]")
    assert [hit.kind for hit in hits] == ["card"]
    assert search_entries(entries, "\x1e") == [], "separators are not searchable text"


def test_snippet_keeps_the_match_and_cuts_around_it():
    text = "word " * 40 + "fresh soup\nwith herbs " + "more " * 40
    start = text.index("soup")
    before, match, after = snippet(text, start, start + 4, width=40)
    assert match == "soup"
    assert before.startswith("…") and before.endswith("fresh ")
    assert after.startswith(" with herbs") and after.endswith("…")
    assert "\n" not in before + after
    assert len(before) + len(match) + len(after) <= 44
    assert snippet("soup", 0, 4) == ("", "soup", "")


@given(st.text(max_size=200), st.data())
def test_snippet_always_holds_the_match_and_only_text_around_it(text, data):
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    before, match, after = snippet(text, start, end, width=30)
    flat = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    assert match == flat(text[start:end])
    assert flat(text[:start]).endswith(before.removeprefix("…"))
    assert flat(text[end:]).startswith(after.removesuffix("…"))
    assert len(before) + len(after) <= max(30 - len(match), 10) + 2


@given(st.text(min_size=1, max_size=60), st.data())
def test_the_quick_look_never_hides_a_match(raw, data):
    text = clean_text(raw)  # as the model stores every text
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 8)))
    term = data.draw(st.sampled_from([text[start:end], text[start:end].swapcase()]))
    entry = MinutesEntry("x.yaml", text=join_segments([("card", text)]))
    pattern = search_pattern(term)
    if pattern is not None and pattern.search(text):
        assert search_entries([entry], term), (text, term)


def test_dotless_i_is_found_like_the_pattern_finds_it():
    entry = MinutesEntry("x.yaml", text=join_segments([("card", "Istanbul")]))
    assert search_entries([entry], "ıstanbul")


@given(
    st.lists(
        st.tuples(st.sampled_from(["card", "notes", "action"]), st.text(min_size=1, max_size=40)),
        min_size=1,
        max_size=5,
    ),
    st.data(),
)
def test_search_over_the_joined_text_finds_what_a_search_per_piece_finds(pieces, data):
    segments = [(kind, clean_text(text)) for kind, text in pieces if clean_text(text)]
    if not segments:
        return
    _, source = data.draw(st.sampled_from(segments))
    start = data.draw(st.integers(0, len(source) - 1))
    term = data.draw(st.sampled_from([source[start : start + 6], "card", "a b", "notes x"]))
    entry = MinutesEntry("x.yaml", text=join_segments(segments))
    pattern = search_pattern(term)
    expected = []
    for kind, text in segments:
        match = pattern.search(text) if pattern else None
        if match:
            expected.append((kind, text, match.start(), match.end()))
    found = [(hit.kind, hit.text, hit.start, hit.end) for hit in search_entries([entry], term)]
    assert found == expected


def test_search_finds_the_readiness_checks_notes_and_own_questions(store, clock):
    meeting = make_meeting(store, clock)
    own = meeting.add_own_question("assets", "Do we cook with the garden herbs?")
    meeting.answer_question(own.id, "not_yet", "the herbs are not ready")
    meeting.start()
    meeting.close()
    hits = MinutesLibrary(store.paths).search("herbs")
    assert sorted(hit.kind for hit in hits) == ["readiness", "readiness"]
