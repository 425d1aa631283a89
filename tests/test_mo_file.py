"""A .mo read a message at a time answers exactly what gettext's own reader answers."""

from __future__ import annotations

import gettext
import io
import os
from pathlib import Path

import pytest

from coprod_tui import i18n
from coprod_tui.i18n.catalogue import mo_bytes, read_po
from coprod_tui.i18n.mo_file import MoCatalogue

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = sorted((ROOT / "coprod_tui/i18n/locale").glob("*/LC_MESSAGES/coprod.po"))
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n'
PLURALS = '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n"Language-Team: Nederlands\\n"\n'
SMALL = (
    HEADER.format(charset="UTF-8")
    + PLURALS
    + """
msgid "Hello"
msgstr "Hallo"

msgid "{count} card"
msgid_plural "{count} cards"
msgstr[0] "{count} kaart"
msgstr[1] "{count} kaarten"

msgctxt "action status"
msgid "done"
msgstr "klaar"

msgctxt "agenda"
msgid "done"
msgstr "afgerond"

msgid "Één café"
msgstr "Eén café ☕"
"""
)


def both(po_text: str, tmp_path: Path) -> tuple[MoCatalogue, gettext.GNUTranslations]:
    po = tmp_path / "coprod.po"
    po.write_text(po_text, encoding="utf-8")
    data = mo_bytes(read_po(po))
    return MoCatalogue(data), gettext.GNUTranslations(io.BytesIO(data))


def asked(catalogue: gettext.NullTranslations) -> list[str]:
    return [
        catalogue.gettext("Hello"),
        catalogue.gettext("not in the catalogue"),
        catalogue.gettext("{count} card"),  # a plural's singular, asked for alone
        catalogue.gettext(""),  # the header, as gettext gives it
        catalogue.pgettext("action status", "done"),
        catalogue.pgettext("agenda", "done"),
        catalogue.pgettext("nowhere", "done"),
        catalogue.gettext("done"),
        catalogue.gettext("Één café"),
        *(catalogue.ngettext("{count} card", "{count} cards", count) for count in (0, 1, 2)),
        catalogue.npgettext("x", "{count} card", "{count} cards", 2),
    ]


def test_every_way_of_asking_gets_gettexts_answer(tmp_path):
    ours, theirs = both(SMALL, tmp_path)
    assert asked(ours) == asked(theirs)
    assert asked(ours)[:2] == ["Hallo", "not in the catalogue"]
    assert ours.info() == theirs.info() and ours.charset() == theirs.charset() == "UTF-8"
    assert ours._catalog == theirs._catalog  # type: ignore[attr-defined]


def test_looked_up_one_at_a_time_then_whole_once_plurals_are_wanted(tmp_path):
    ours, theirs = both(SMALL, tmp_path)
    assert ours.gettext("Hello") == "Hallo" and ours._whole is None, "one message, no parse"
    assert ours.pgettext("agenda", "done") == "afgerond" and ours._whole is None
    assert ours.ngettext("{count} card", "{count} cards", 3) == "{count} kaarten"
    assert ours._whole is not None
    assert asked(ours) == asked(theirs)


def test_another_charset_is_read_whole(tmp_path):
    plain = SMALL[: SMALL.index('msgid "Één')].replace("charset=UTF-8", "charset=ASCII")
    ours, theirs = both(plain, tmp_path)
    assert ours._whole is not None
    assert ours.gettext("Hello") == theirs.gettext("Hello") == "Hallo"


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parts[-3])
def test_every_message_of_the_shipped_catalogues_reads_the_same(po):
    data = mo_bytes(read_po(po))
    ours, theirs = MoCatalogue(data), gettext.GNUTranslations(io.BytesIO(data))
    keys = [key for key in theirs._catalog if isinstance(key, str)]  # type: ignore[attr-defined]
    assert len(keys) > 100
    for key in keys:
        context, _, message = key.rpartition("\x04")
        if context:
            assert ours.pgettext(context, message) == theirs.pgettext(context, message), key
        else:
            assert ours.gettext(message) == theirs.gettext(message), key
    assert ours._whole is None, "all of that without parsing the file whole"


def test_a_broken_mo_is_refused_and_the_po_read_instead(tmp_path, monkeypatch):
    with pytest.raises(OSError):
        MoCatalogue(b"not a catalogue at all")
    with pytest.raises(OSError):
        MoCatalogue(mo_bytes([])[:20])
    folder = tmp_path / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "coprod.po").write_text(SMALL, encoding="utf-8")
    (folder / "coprod.mo").write_bytes(b"\xde\x12\x04\x95" + b"\xff" * 40)  # magic, then junk
    os.utime(folder / "coprod.po", (1, 1))  # the .mo looks current
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    assert i18n._load("nl").gettext("Hello") == "Hallo"
