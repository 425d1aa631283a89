"""The page's address as a QR code drawn with half-block characters (two modules per cell).

segno rather than qrcode: segno is pure Python with no dependencies (qrcode needs pypng or
Pillow for images and pulls them in for its own terminal output), it is maintained, its
encoder picks the smallest version and the densest mode on its own, and it gives us the
bare module matrix to draw, which is all we need.

The address goes into the code in capitals: a QR code holds upper-case letters, digits and
``$%*+-./:`` in 5.5 bits each, so an IPv4 address with port and join code fits version 3
(29×29 modules): with the standard 4-module quiet zone 37 columns and 19 rows, which fits
80×24. Scheme and host are case-blind, and the server reads the code case-blind too.
"""

from __future__ import annotations

import segno

QUIET_ZONE = 4
_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
# (top module dark, bottom module dark) → the character drawn in dark ink on a light ground
_CELLS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}
_DARK_ON_LIGHT = "\x1b[38;5;16;48;5;231m"  # black on white, whatever the terminal's theme
_RESET = "\x1b[0m"


def qr_payload(url: str) -> str:
    upper = url.upper()
    return upper if set(upper) <= _ALPHANUMERIC else url


def qr_matrix(url: str, border: int = QUIET_ZONE, scale: int = 1) -> list[list[bool]]:
    """Rows of modules (True: dark), the quiet zone included; ``scale`` repeats each module."""
    code = segno.make_qr(qr_payload(url), error="m")
    rows = code.matrix_iter(border=border, scale=scale)
    return [[bool(module) for module in row] for row in rows]


def qr_lines(url: str, border: int = QUIET_ZONE, scale: int = 1) -> list[str]:
    """The QR code as text lines: dark modules are the characters' ink (draw dark on light).

    At ``scale`` 1 a module is half a character cell; at 2, a whole one (for a projector).
    """
    rows = qr_matrix(url, border, scale)
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return [
        "".join(_CELLS[top, bottom] for top, bottom in zip(upper, lower, strict=True))
        for upper, lower in zip(rows[::2], rows[1::2], strict=True)
    ]


def qr_for_terminal(url: str, colour: bool = True) -> str:
    """The QR code ready to print; with ``colour`` it is black on white on any terminal theme."""
    lines = qr_lines(url)
    if colour:
        lines = [f"{_DARK_ON_LIGHT}{line}{_RESET}" for line in lines]
    return "\n".join(lines)
