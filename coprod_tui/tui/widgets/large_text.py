"""Large type for a shared screen: a short card in figlet letters, when it fits whole.

``large_type`` word-wraps the text into the largest font that fits the given cells, among those
that draw most of the card's characters (smmono9 has accented letters: Cliënt, één). The font
falls back glyph by glyph: a character it lacks (an emoji, a letter from another script) is
drawn as itself on the letters' baseline, in a cell as wide as the character, and the rest
stays large. Typographic punctuation the fonts lack is drawn by its plain look-alike ("—" as
a large "-", "’" as "'"). It returns None when nothing fits (a long card, a word too wide), and
the caller shows the text plainly, so nothing is ever cut off or silently dropped. pyfiglet
is imported here only, on first use.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

from rich.cells import cell_len

# Largest first; smmono9 is the one readable font with accented letters (Cliënt, één, café).
LARGE_FONTS = ("big", "standard", "small", "smmono9")
MAX_LARGE_CHARS = 160  # longer cards read better as plain text
LINE_GAP = 1  # blank rows between two rendered lines

# Drawn large by a look-alike when a font lacks them (never changes the card's text).
LOOK_ALIKES = {
    "—": "-",  # em dash
    "–": "-",  # en dash
    "‐": "-",
    "‑": "-",
    "−": "-",
    "‘": "'",
    "’": "'",
    "‚": ",",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
    "\u00a0": " ",
}


@functools.cache
def _figlet(font: str) -> Any:
    import pyfiglet

    return pyfiglet.Figlet(font=font, width=10_000)


def _has(font: str, char: str) -> bool:
    return ord(char) in _figlet(font).Font.chars


@functools.cache
def _baseline(font: str) -> int:
    """The row the font's letters stand on (the lowest row of an "x")."""
    rows = _figlet(font).renderText("x").split("\n")
    return max((y for y, row in enumerate(rows) if row.strip()), default=0)


REPLACEMENT = "\ufffd"  # drawn for a control character or a lone surrogate
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
ZWJ = "\u200d"


def _is_regional(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


def _clusters(text: str) -> list[str]:
    """What is drawn, one character at a time: a letter with the marks that combine with it
    (composed first: a + ◌̀ is à), an emoji sequence, a flag. A control character or a bidi
    control is drawn as �; other invisible format characters join an emoji or are left out."""
    clusters: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        last = clusters[-1] if clusters else ""
        if category in ("Cc", "Cs") or char in BIDI_CONTROLS:
            clusters.append(REPLACEMENT)
        elif category == "Cf":
            if last and ord(last[0]) >= 128 and last != REPLACEMENT:
                clusters[-1] += char  # ZWJ, variation selectors: part of the emoji before
        elif last and (
            unicodedata.combining(char)
            or cell_len(char) == 0
            or last.endswith(ZWJ)
            or (_is_regional(char) and len(last) == 1 and _is_regional(last))
        ):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _large(font: str, cluster: str) -> str | None:
    """What the font draws for ``cluster`` (itself or its look-alike), None if it cannot."""
    if len(cluster) == 1 and _has(font, cluster):
        return cluster
    alike = LOOK_ALIKES.get(cluster)
    if alike is not None and all(_has(font, char) for char in alike):
        return alike
    return None


def _small(font: str, cluster: str) -> list[str]:
    """A character the font lacks, as itself on the baseline in a cell of its own width."""
    height = _figlet(font).Font.height
    width = max(1, cell_len(cluster))
    rows = [" " * (width + 2)] * height
    rows[_baseline(font)] = f" {cluster}{' ' * (width - cell_len(cluster))} "
    return rows


def _render_run(font: str, text: str) -> list[str]:
    """``text`` (all drawable) in the font, every row the font's height, padded to one width."""
    rows = _figlet(font).renderText(text).split("\n")[: _figlet(font).Font.height]
    rows += [""] * (_figlet(font).Font.height - len(rows))
    width = max(cell_len(row) for row in rows)
    return [row + " " * (width - cell_len(row)) for row in rows]


def _render_line(font: str, words: list[str]) -> list[str]:
    """Words on one line: runs the font draws in figlet, the rest glyph by glyph."""
    pieces: list[list[str]] = []
    run = ""
    for cluster in _clusters(" ".join(words)):
        large = _large(font, cluster)
        if large is not None:
            run += large
            continue
        if run:
            pieces.append(_render_run(font, run))
            run = ""
        pieces.append(_small(font, cluster))
    if run:
        pieces.append(_render_run(font, run))
    rows = ["".join(parts) for parts in zip(*pieces, strict=True)] if pieces else []
    while rows and not rows[-1].strip():
        rows.pop()
    while rows and not rows[0].strip():
        rows.pop(0)
    return [row.rstrip() for row in rows]


def _width(rows: list[str]) -> int:
    return max((cell_len(row) for row in rows), default=0)


def _missing(font: str, text: str) -> int:
    """How many characters of ``text`` the font cannot draw large."""
    return sum(_large(font, cluster) is None for cluster in _clusters(text) if cluster != " ")


def _wrap(font: str, words: list[str], width: int) -> list[list[str]] | None:
    """Greedy word wrap by rendered width; None when a single word is too wide."""
    lines: list[list[str]] = []
    current: list[str] = []
    for word in words:
        trial = [*current, word]
        if _width(_render_line(font, trial)) <= width:
            current = trial
            continue
        if not current:
            return None
        lines.append(current)
        current = [word]
        if _width(_render_line(font, current)) > width:
            return None
    if current:
        lines.append(current)
    return lines


def _fit(font: str, paragraphs: list[list[str]], width: int, height: int) -> str | None:
    lines: list[list[str]] = []
    for words in paragraphs:
        wrapped = _wrap(font, words, width)
        if wrapped is None:
            return None
        lines += wrapped
    rows: list[str] = []
    for number, line in enumerate(lines):
        if number:
            rows += [""] * LINE_GAP
        rows += _render_line(font, line)
    return "\n".join(rows) if len(rows) <= height else None


def large_type(
    text: str, width: int, height: int, fonts: tuple[str, ...] = LARGE_FONTS
) -> str | None:
    """``text`` in the largest of ``fonts`` that fits ``width`` × ``height`` whole, else None.

    The card's own line breaks are kept; each of its lines is wrapped on its words. The fonts
    that draw most of its characters large come first, the largest of them first.
    """
    paragraphs = [line.split() for line in text.split("\n") if line.strip()]
    if not paragraphs or len(text) > MAX_LARGE_CHARS or width < 10 or height < 3:
        return None
    for font in sorted(fonts, key=lambda font: _missing(font, text)):  # stable: largest first
        large = _fit(font, paragraphs, width, height)
        if large is not None:
            return large
    return None
