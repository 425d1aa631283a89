"""The join page's parts without a server: code, limits, language, addresses, QR code."""

from __future__ import annotations

import math
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.i18n import translator
from coprod_tui.join import page
from coprod_tui.join.address import LOOPBACK, host_choices, lan_addresses, page_url
from coprod_tui.join.code import ALPHABET, CODE_LENGTH, code_matches, new_code, normalise
from coprod_tui.join.limits import RateLimit, RateLimiter
from coprod_tui.join.qr import qr_lines, qr_matrix, qr_payload

HALF_BLOCKS = {" ": (False, False), "▀": (True, False), "▄": (False, True), "█": (True, True)}


def test_the_join_code_has_at_least_64_bits_and_reads_in_groups():
    assert CODE_LENGTH * math.log2(len(ALPHABET)) >= 64
    assert not set("01ilo") & set(ALPHABET), "no characters that look alike"
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        groups = code.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 2]
        assert set(normalise(code)) <= set(ALPHABET)


def test_the_code_matches_in_any_case_with_or_without_hyphens():
    code = new_code()
    assert code_matches(code.upper(), code)
    assert code_matches(code.replace("-", ""), code)
    assert not code_matches(code[:-1], code)
    assert not code_matches("", code)


def test_a_rate_limit_allows_a_burst_then_refills():
    now = [100.0]
    limiter = RateLimiter(RateLimit(burst=3, per_minute=6), clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b"), "every client has its own bucket"
    now[0] += 9.9
    assert not limiter.allow("a")
    now[0] += 0.2
    assert limiter.allow("a")
    now[0] += 3600
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False], "never above burst"
    assert limiter.retry_after() == 10


def test_the_rate_limiter_remembers_a_bounded_number_of_clients():
    limiter = RateLimiter(RateLimit(burst=1, per_minute=1), max_clients=50)
    for number in range(500):
        limiter.allow(f"10.0.{number // 250}.{number % 250}")
    assert len(limiter._buckets) == 50


@pytest.mark.parametrize(
    ("header", "asked", "expected"),
    [
        (None, None, "en"),
        ("nl-NL,nl;q=0.9,en-US;q=0.8", None, "nl"),
        ("en-GB,en;q=0.9,nl;q=0.8", None, "en"),
        ("de-DE,de;q=0.9,nl;q=0.5", None, "nl"),
        ("fr-FR", None, "en"),
        ("en;q=0.2,nl;q=0.7", None, "nl"),
        ("nl;q=bogus, en;q=0.1", None, "en"),
        ("nl-BE", "en", "en"),
        ("en", "nl", "nl"),
        ("en", "xx", "en"),
    ],
)
def test_the_language_comes_from_the_address_then_the_phone_then_the_app(header, asked, expected):
    assert page.choose_language(header, asked, "en") == expected


def test_the_app_language_is_the_fallback():
    assert page.choose_language("fr", None, "nl") == "nl"


def test_every_string_of_the_page_has_dutch():
    NL = translator("nl").messages()

    english = page.form_page(page.PageContext("/j/x", "P"), "en", once="t", problem="p").decode()
    dutch = page.form_page(page.PageContext("/j/x", "P"), "nl", once="t", problem="p").decode()
    for key in (
        "Hand in an opportunity card",
        "Your idea, big or small",
        "Send the card",
        "Your card was not handed in.",
    ):
        assert key in english and NL[key] in dutch
    assert "Dank je wel, je kaart is binnen." in page.thanks_page(
        page.PageContext("/j/x"), "nl", author=None
    ).decode("utf-8")


class _Structure(HTMLParser):
    """The tags and attribute names of a page, and the text of its textarea and name input."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[str, ...]]] = []
        self.textarea = ""
        self.name = None
        self._in_textarea = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(key for key, _ in attrs)))
        self._in_textarea = tag == "textarea"
        if tag == "input" and ("name", "name") in attrs:
            self.name = dict(attrs)["value"]

    def handle_endtag(self, tag):
        self._in_textarea = False

    def handle_data(self, data):
        if self._in_textarea:
            self.textarea += data


def _structure(html: bytes) -> _Structure:
    parser = _Structure()
    parser.feed(html.decode("utf-8"))
    parser.close()
    return parser


@given(st.text(min_size=1, max_size=200), st.text(min_size=1, max_size=80))
def test_what_the_pages_show_cannot_change_their_markup(text, name):
    context = page.PageContext("/j/x", project=name)
    plain = page.PageContext("/j/x", project="p")
    form = _structure(page.form_page(context, "en", once="t", text=text, name=name, problem=text))
    expected = _structure(page.form_page(plain, "en", once="t", text="t", name="n", problem="p"))
    assert form.tags == expected.tags
    assert form.textarea == "\n" + text
    assert form.name == name
    thanks = _structure(page.thanks_page(context, "en", author=name))
    assert thanks.tags == _structure(page.thanks_page(plain, "en", author="n")).tags


def test_lan_addresses_are_private_and_not_loopback():
    found = ["127.0.0.1", "192.168.1.20", "169.254.3.4", "8.8.8.8", "10.0.0.5", "nonsense", "::1"]
    assert lan_addresses(found) == ["192.168.1.20", "10.0.0.5"]
    assert host_choices(found) == ["192.168.1.20", "10.0.0.5", LOOPBACK]
    assert host_choices(["127.0.0.1"]) == [LOOPBACK]


def test_the_page_url_names_host_port_and_code():
    assert page_url("192.168.1.20", 8765, "abcd-efgh") == "http://192.168.1.20:8765/j/abcd-efgh"
    assert page_url("fe80::1", 80, "c") == "http://[fe80::1]:80/j/c"


def _decode_half_blocks(lines: list[str]) -> str:
    """Turn the drawn characters back into pixels (4 per module) and read them with zxing-cpp."""
    zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp (dev extra) reads QR codes")
    rows: list[list[bool]] = []
    for line in lines:
        rows.append([HALF_BLOCKS[c][0] for c in line])
        rows.append([HALF_BLOCKS[c][1] for c in line])
    scale = 4
    pixels = bytearray()
    for row in rows:
        line = b"".join((b"\x00" if dark else b"\xff") * scale for dark in row)
        pixels += line * scale
    width, height = len(rows[0]) * scale, len(rows) * scale
    results = zxingcpp.read_barcodes(memoryview(bytes(pixels)).cast("B", (height, width)))
    assert len(results) == 1
    return results[0].text


@pytest.mark.parametrize(
    "url",
    [
        "http://192.168.1.20:8765/j/abcd-efgh-jkmn-pq",
        "http://255.255.255.255:65535/j/zzzz-zzzz-zzzz-zz",
        "http://10.0.0.5:80/j/2345-6789-abcd-ef",
        "http://[fe80::1234:5678:9abc:def0]:8765/j/abcd-efgh-jkmn-pq",
    ],
)
def test_the_drawn_qr_code_reads_back_as_the_address(url):
    lines = qr_lines(url)
    assert set("".join(lines)) <= set(HALF_BLOCKS)
    assert _decode_half_blocks(lines).lower() == url.lower()


def test_the_qr_code_drawn_twice_as_large_reads_back_too():
    url = "http://192.168.1.20:8765/j/abcd-efgh-jkmn-pq"
    small, large = qr_lines(url), qr_lines(url, scale=2)
    modules = len(qr_matrix(url))
    assert (len(small), len(small[0])) == ((modules + 1) // 2, modules)
    assert (len(large), len(large[0])) == (modules, 2 * modules)
    assert set("".join(large)) <= {" ", "█"}, "a module is a whole cell"
    assert _decode_half_blocks(large).lower() == url


def test_an_ipv4_address_fits_80_by_24_with_its_quiet_zone():
    url = "http://255.255.255.255:65535/j/zzzz-zzzz-zzzz-zz"
    assert qr_payload(url) == url.upper(), "capitals: the dense alphanumeric mode"
    lines = qr_lines(url)
    assert len(lines) <= 19 and all(len(line) <= 37 for line in lines)
    matrix = qr_matrix(url)
    assert not any(matrix[0]) and not any(row[0] for row in matrix), "a light quiet zone"


def test_the_server_modules_do_not_import_textual():
    code = (
        "import sys, coprod_tui.join, coprod_tui.cli.join, coprod_tui.join.qr;"
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_without_chromium_or_root_the_browser_tests_say_why(monkeypatch):
    from tests.join import browser

    monkeypatch.setattr(browser, "CANDIDATES", ())
    monkeypatch.setattr(browser.os, "geteuid", lambda: 1000)
    with pytest.raises(browser.Unavailable, match="installing it needs root"):
        browser.find_or_install()
    monkeypatch.setattr(browser.os, "geteuid", lambda: 0)
    monkeypatch.setattr(browser.shutil, "which", lambda name: None)
    with pytest.raises(browser.Unavailable, match="no apt-get"):
        browser.find_or_install()
