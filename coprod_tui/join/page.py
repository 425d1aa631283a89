"""The HTML the phone sees: the card form, the thank-you page and short message pages.

Plain HTML that works without JavaScript, large type for a small screen, in English or Dutch.
Every piece of text that is not fixed markup passes through ``html.escape``.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html import escape

from coprod_tui.i18n import LANGUAGES, translator
from coprod_tui.model.card import MAX_CARD_CHARS

STYLE = """
body{margin:0;font:1.25rem/1.5 system-ui,sans-serif;background:#fff;color:#111}
main{max-width:36rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
label{display:block;font-weight:600;margin-top:1rem}
textarea,input[type=text]{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;
border:2px solid #444;border-radius:.4rem}
.check{display:flex;gap:.6rem;align-items:flex-start;font-weight:400}
.check input{width:1.6rem;height:1.6rem;margin-top:.2rem;flex:none}
button{display:block;width:100%;margin-top:1.25rem;font:inherit;font-weight:700;padding:.9rem;
border:0;border-radius:.4rem;background:#14532d;color:#fff}
.hint,.project{color:#333;margin:.25rem 0}
.problem{border:3px solid #b00020;padding:.5rem .75rem;border-radius:.4rem}
a{color:#0b3d91}
.again{display:inline-block;padding:.75rem 0;font-weight:700}
.lang{margin-top:2rem}
.activity{border-bottom:3px solid #444;padding-bottom:1rem;margin-bottom:1rem}
h2{font-size:1.4rem;line-height:1.25;margin:.5rem 0}
h3{font-size:1.2rem;margin:1rem 0 .25rem}
fieldset{border:2px solid #444;border-radius:.4rem;margin:.75rem 0;padding:.25rem .5rem}
legend{font-weight:700;padding:0 .25rem}
.rung{display:flex;gap:.6rem;align-items:flex-start;font-weight:400;margin:.5rem 0;
padding:.5rem 0;min-height:2.75rem}
.rung input{width:1.75rem;height:1.75rem;margin-top:.15rem;flex:none}
.vote{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;border-top:1px solid #999;
padding:.5rem 0}
.vote label{flex:1 1 12rem;font-weight:400;margin:0;overflow-wrap:anywhere}
.vote select{font:inherit;min-width:4rem;min-height:2.75rem}
.vote .count{display:flex;gap:.4rem;align-items:center;white-space:nowrap}
.saved{border:3px solid #14532d;padding:.5rem .75rem;border-radius:.4rem;font-weight:700}
.results{padding-left:1.5rem}
#news{background:#fff3c4;padding:.5rem .75rem;border-radius:.4rem}
main:has(.room){max-width:none}
.room{text-align:center}
.room-header{color:#333;font-size:1.1rem}
.room-item{font-weight:700;font-size:1.6rem}
.room-big{font-size:min(9vw,4.5rem);font-weight:700;line-height:1.2;margin:1.5rem 0;
overflow-wrap:anywhere;white-space:pre-line}
.room-digits{font-size:min(22vw,12rem);font-weight:700;margin:0;font-variant-numeric:tabular-nums}
.room-byline{font-size:1.6rem;text-align:right}
.room-lines{font-size:1.5rem;white-space:pre}
.room-lines p{margin:.3rem 0}
.room[data-view=tally] .room-lines{display:inline-block;text-align:left;font-family:monospace}
.room[data-view=card] .room-big{font-size:min(7vw,3.5rem)}
""".strip()

STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
# Scripts only from the page itself (/j/<code>/static/*.js; nothing inline), and they may talk
# only to the page; styles only the one inline block above, by its hash.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; script-src 'self'; connect-src 'self'; "
    f"style-src 'sha256-{STYLE_HASH}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def choose_language(accept_language: str | None, asked: str | None, default: str) -> str:
    """The language asked for in the address, else the phone's preference, else the app's."""
    if asked in LANGUAGES:
        return asked
    best, best_q = None, 0.0
    for part in (accept_language or "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().split("-")[0].lower()
        if primary not in LANGUAGES:
            continue
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                continue
        if q > best_q:
            best, best_q = primary, q
    return best or default


@dataclass(frozen=True)
class Follow:
    """What the page's script needs to follow what is open: where to ask, what it shows now."""

    poll: str  # the JSON address
    script: str  # the script's address
    home: str  # the page to load when something else is open
    version: str


@dataclass
class PageContext:
    """What every page of one running join page shares."""

    path: str  # /j/<code>
    project: str | None = None


def _document(language: str, title: str, body: str, follow: Follow | None = None) -> bytes:
    if follow is None:
        return document(language, title, body)
    script = f'<script src="{escape(follow.script)}" defer></script>'
    attributes = (
        f' data-poll="{escape(follow.poll)}" data-version="{escape(follow.version)}" '
        f'data-home="{escape(follow.home)}"'
    )
    return document(language, title, body, script, attributes)


def document(
    language: str, title: str, body: str, head: str = "", main_attributes: str = ""
) -> bytes:
    """A whole page in the one style block; ``head``: more of the head, ``main_attributes``:
    of its <main> (both already escaped)."""
    return (
        "<!doctype html>\n"
        f'<html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{escape(title)}</title><style>{STYLE}</style>{head}</head>"
        f"<body><main{main_attributes}>{body}</main></body></html>\n"
    ).encode()


def form_page(
    context: PageContext,
    language: str,
    *,
    once: str,
    text: str = "",
    name: str = "",
    anonymous: bool = False,
    problem: str | None = None,
    activity: str = "",
    follow: Follow | None = None,
) -> bytes:
    """The page: what the facilitator has opened now (``activity``, HTML), then the card form."""

    def tr(message: str, **values: object) -> str:
        return escape(translator(language).t(message, **values))

    others = "".join(  # every other language, in its own name
        f'<a href="{escape(context.path)}?lang={other}" lang="{other}">'
        f"{escape(translator(other).name)}</a> "
        for other in LANGUAGES
        if other != language
    )
    parts = []
    if context.project:
        parts.append(f'<p class="project">{escape(context.project)}</p>')
    if follow is not None:
        parts.append(
            f'<p id="news" role="status" hidden>{tr("Something new is open.")} '
            f'<a href="{escape(follow.home)}">{tr("Show it")}</a></p>'
        )
    parts.append(activity)
    parts.append(f"<h1>{tr('Hand in an opportunity card')}</h1>")
    if problem:
        parts.append(
            f'<div class="problem" role="alert"><p><strong>{tr("Your card was not handed in.")}'
            f"</strong></p><p>{escape(problem)}</p></div>"
        )
    checked = " checked" if anonymous else ""
    parts.append(
        f'<form method="post" action="{escape(context.path)}" accept-charset="utf-8">'
        f'<input type="hidden" name="once" value="{escape(once)}">'
        f'<input type="hidden" name="lang" value="{language}">'
        f'<label for="text">{tr("Your idea, big or small")}</label>'
        # a browser drops one newline right after <textarea>: this one, not the card's own
        f'<textarea id="text" name="text" rows="6" required>\n{escape(text)}</textarea>'
        f'<p class="hint">{tr("At most {count} characters.", count=MAX_CARD_CHARS)}</p>'
        f'<label for="name">{tr("Your name (you may leave it empty)")}</label>'
        f'<input type="text" id="name" name="name" value="{escape(name)}" autocomplete="off">'
        f'<label class="check"><input type="checkbox" name="anonymous" value="1"{checked}>'
        f"<span>{tr('Hand in anonymously: no name is stored with the card')}</span></label>"
        f'<button type="submit">{tr("Send the card")}</button></form>'
        f'<p class="lang">{others.strip()}</p>'
    )
    title = translator(language).t("Hand in an opportunity card")
    return _document(language, title, "".join(parts), follow)


def thanks_page(context: PageContext, language: str, *, author: str | None) -> bytes:
    def tr(message: str, **values: object) -> str:
        return escape(translator(language).t(message, **values))

    who = (
        tr("Handed in anonymously.") if author is None else tr("Handed in by {name}.", name=author)
    )
    body = (
        f"<h1>{tr('Thank you, your card is in.')}</h1><p>{who}</p>"
        f'<p><a class="again" href="{escape(context.path)}?lang={language}">'
        f"{tr('Hand in another card')}</a></p>"
    )
    return _document(language, translator(language).t("Thank you, your card is in."), body)


def message_page(language: str, title: str, text: str, **values: object) -> bytes:
    """A short page for a refusal (not found, too large, too many requests…): no links, no code."""
    title = translator(language).t(title)
    body = f"<h1>{escape(title)}</h1><p>{escape(translator(language).t(text, **values))}</p>"
    return _document(language, title, body)
