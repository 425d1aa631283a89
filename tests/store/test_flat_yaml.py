"""The spool file is written without PyYAML: whatever a card holds reads back exactly, with
PyYAML and with the app's own bounded reader, and the file stays one line per field."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_tui.store import inbox
from coprod_tui.store.flat_yaml import double_quoted, flat_yaml
from coprod_tui.store.yamlio import parse_yaml
from tests.support import hostile_texts

any_text = st.text(st.characters(exclude_categories=()), max_size=200)
hostile = [text for _, text in hostile_texts() if len(text) <= 20_000]
SPECIAL = [
    "",
    "plain",
    'say "hi"',
    "back\\slash",
    "line\nbreak\r\nand\rmore",
    "\x85\u2028\u2029",  # what YAML 1.1 also reads as line breaks
    "\ttab and  two spaces ",
    " leading and trailing ",
    "# not a comment: nor a key",
    "- [not, a, list]",
    "{not: a mapping}",
    "*alias &anchor !tag",
    "null",
    "~",
    "yes",
    "0x1F",
    "2026-11-23",
    "\ufeffbom",
    "\x00\x1b[31m\x7f",
    "\ud800 lone surrogate",
    "\U0001f600 emoji \u200d joined",
    "\u00a0nbsp\u3000ideographic space",
    "\ufffe\uffff",
]


@pytest.mark.parametrize("text", SPECIAL)
def test_special_texts_read_back_exactly(text):
    document = flat_yaml({"schema": 1, "text": text, "other": "after"})
    assert yaml.safe_load(document) == {"schema": 1, "text": text, "other": "after"}
    assert len(document.splitlines()) == 3, "one line per field, whatever the text holds"


@settings(max_examples=300)
@given(text=any_text, name=any_text)
def test_any_text_reads_back_exactly_with_pyyaml_and_the_bounded_reader(text, name):
    record = {"schema": 1, "text": text, "author": name}
    document = flat_yaml(record)
    assert yaml.safe_load(document) == record
    if not any("\ud800" <= char <= "\udfff" for char in text + name):  # else no UTF-8 file
        assert parse_yaml(document, "spool") == record


@pytest.mark.parametrize("text", hostile)
def test_hostile_texts_read_back_exactly(text):
    assert yaml.safe_load(flat_yaml({"text": text})) == {"text": text}


def test_printable_text_is_written_as_it_is():
    assert double_quoted("Soep op vrijdag, één keer — 会") == '"Soep op vrijdag, één keer — 会"'
    assert double_quoted('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\x0ad"'


def test_only_plain_keys_text_and_whole_numbers():
    with pytest.raises(ValueError):
        flat_yaml({"a key": "x"})
    for value in (True, None, 1.5, ["x"]):
        with pytest.raises(TypeError):
            flat_yaml({"key": value})  # type: ignore[dict-item]


@given(text=any_text | st.sampled_from(hostile), author=st.none() | st.text(max_size=100))
@settings(max_examples=60, deadline=None)
def test_a_card_handed_in_is_read_back_by_the_app_as_it_was_checked(tmp_path_factory, text, author):
    spool = tmp_path_factory.mktemp("spool") / "inbox"
    inbox.create_spool(spool)
    try:
        card = inbox.submit_card(spool, text, author=author, project="Kookgroep")
    except inbox.CardRejected:
        return
    (entry,) = inbox.read_new(spool)
    assert entry.problem is None
    assert entry.card is not None and entry.project == "Kookgroep"
    got = entry.card
    assert (got.id, got.text, got.author) == (card.id, card.text, card.author)
    assert (got.source, got.received_at) == ("terminal", card.received_at)
