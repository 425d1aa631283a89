"""The part of the phone page that shows the activity open now: its form, or its results.

Plain HTML forms (they work without JavaScript), one choice per large target, every control
with a label a screen reader reads. Every piece of text that is not fixed markup is escaped.
The little script (``static/follow.js``, served by the page itself) only asks every few seconds
whether something else is open, and then reloads the page, unless the person is typing.
"""

from __future__ import annotations

from html import escape

from coprod_tui.i18n import translator
from coprod_tui.join.activity_view import PhoneView
from coprod_tui.model.toolkit import LADDER_MODELS, PLAIN_RUNGS, Label, LadderGroup

# The script the page serves itself (static/follow.js): every 4 s it asks now.json.
FOLLOW_SCRIPT = "follow.js"


class Words:
    """The phone's language, escaped for HTML: ``tr("…")`` and ``tr.label(label)``."""

    def __init__(self, language: str) -> None:
        self.translator = translator(language)
        self.language = language

    def __call__(self, message: str, **values: object) -> str:
        return escape(self.translator.t(message, **values))

    def label(self, label: Label) -> str:
        """A toolkit label (a rung, a group) in the phone's language, escaped."""
        if label.context is None:
            return escape(self.translator.t(label.text))
        return escape(self.translator.pt(label.context, label.text))


def activity_section(
    view: PhoneView | None, tr: Words, *, action: str, home: str, saved: str | None = None
) -> str:
    """The section at the top of the page; ``saved`` confirms an answer just stored."""
    if view is None:
        return (
            f'<section class="activity" aria-labelledby="now"><h2 id="now">'
            f"{tr('Nothing to answer right now')}</h2>"
            f"<p>{tr('When the facilitator asks something, it shows here.')} "
            f'<a href="{escape(home)}">{tr("Look again")}</a></p></section>'
        )
    parts = [f'<section class="activity" aria-labelledby="now">{_heading(view, tr)}']
    if saved:
        parts.append(f'<p class="saved" role="status">{escape(saved)}</p>')
    if view.open:
        parts.append(_form(view, tr, action))
    elif view.hidden:
        parts.append(f"<p>{tr('This question is closed. The facilitator shows the results.')}</p>")
    else:
        parts.append(f"<p>{tr('This question is closed.')}</p>")
    if not view.hidden:
        parts.append(_results(view, tr))
    parts.append(f'<p><a href="{escape(home)}">{tr("Look again")}</a></p></section>')
    return "".join(parts)


def _heading(view: PhoneView, tr: Words) -> str:
    title = {
        "placement": tr("Where are we on the ladder?"),
        "dot_vote": tr("Vote with dots"),
        "postcards": tr("Gratitude postcard"),
    }[view.kind]
    return f'<h2 id="now">{title}</h2>'


def _name_fields(view: PhoneView, tr: Words, *, needed: bool) -> str:
    mine = view.mine
    name = escape(mine.name or "") if mine is not None else ""
    if needed:
        return (
            f'<label for="a-name">{tr("Your name")}</label>'
            f'<input type="text" id="a-name" name="name" value="{name}" autocomplete="off" '
            'required maxlength="80">'
        )
    anonymous = " checked" if mine is not None and mine.name is None else ""
    return (
        f'<label for="a-name">{tr("Your name (you may leave it empty)")}</label>'
        f'<input type="text" id="a-name" name="name" value="{name}" autocomplete="off" '
        'maxlength="80">'
        f'<label class="check"><input type="checkbox" name="anonymous" value="1"{anonymous}>'
        f"<span>{tr('Answer anonymously: no name is kept')}</span></label>"
    )


def _form(view: PhoneView, tr: Words, action: str) -> str:
    hidden = (
        f'<input type="hidden" name="activity" value="{escape(view.activity_id)}">'
        f'<input type="hidden" name="lang" value="{tr.language}">'
    )
    if view.kind == "placement":
        body, send = _ladder_choices(view, tr), tr("Save my place")
    elif view.kind == "dot_vote":
        body, send = _dot_choices(view, tr), tr("Save my dots")
    else:
        text = escape(view.mine.text) if view.mine is not None else ""
        body = (
            f'<label for="a-text">{tr("Today I am grateful for …")}</label>'
            f'<textarea id="a-text" name="text" rows="4" required>\n{text}</textarea>'
        )
        send = tr("Send my postcard")
    needed = view.kind == "postcards"
    change = (
        f'<p class="hint">{tr("You can change your answer until the facilitator closes it.")}</p>'
        if view.kind != "postcards"
        else f'<p class="hint">{tr("You can change your postcard while this is open.")}</p>'
    )
    if view.hidden:
        change += (
            f'<p class="hint">{tr("Nobody sees the answers until the facilitator shows them.")}</p>'
        )
    return (
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8">{hidden}{body}'
        f"{_name_fields(view, tr, needed=needed)}{change}"
        f'<button type="submit">{send}</button></form>'
    )


def _ladder_choices(view: PhoneView, tr: Words) -> str:
    model = LADDER_MODELS[view.ladder_model]
    chosen = view.mine.rung if view.mine is not None else None
    groups: list[tuple[LadderGroup | None, list[str]]] = []
    for rung in reversed(model.rungs):  # the top of the ladder first
        plain = PLAIN_RUNGS.get((model.key, rung.number))
        checked = " checked" if rung.number == chosen else ""
        choice = (
            f'<label class="rung"><input type="radio" name="rung" value="{rung.number}" '
            f"required{checked}><span><strong>{rung.number} · "
            f"{tr.label(rung.label)}</strong>"
            + (f"<br>{tr.label(plain)}" if plain else "")
            + "</span></label>"
        )
        if groups and groups[-1][0] == rung.group:
            groups[-1][1].append(choice)
        else:
            groups.append((rung.group, [choice]))
    question = tr("Choose the step that fits our work best.")
    out = [f'<p id="ladder-question">{question}</p>']
    for group, choices in groups:
        legend = tr.label(group.label) if group else tr("The steps")
        out.append(
            f'<fieldset aria-describedby="ladder-question"><legend>{legend}</legend>'
            + "".join(choices)
            + "</fieldset>"
        )
    return "".join(out)


def _dot_choices(view: PhoneView, tr: Words) -> str:
    given = view.mine.dots if view.mine is not None else {}
    question = tr(
        "You have {dots} dots. Give them to the cards you like best. "
        "One card may get more than one dot.",
        dots=view.dots,
    )
    out = [f'<p id="dots-question">{question}</p>']
    for number, (card_id, text) in enumerate(view.options, 1):
        options = "".join(
            f'<option value="{count}"{" selected" if given.get(card_id, 0) == count else ""}>'
            f"{count}</option>"
            for count in range(view.dots + 1)
        )
        out.append(
            f'<div class="vote"><label for="dot-{number}">{escape(text)}</label>'
            f'<span class="count"><select id="dot-{number}" name="dot-{escape(card_id)}" '
            f'aria-describedby="dots-question">{options}</select>'
            f'<span aria-hidden="true">{tr("dots")}</span></span></div>'
        )
    return "".join(out)


def _results(view: PhoneView, tr: Words) -> str:
    if view.kind == "placement":
        model = LADDER_MODELS[view.ladder_model]
        rows = "".join(
            f"<li><strong>{rung.number} · {tr.label(rung.label)}</strong>: "
            f"{_people(tr, view.rung_counts.get(rung.number, 0))}</li>"
            for rung in reversed(model.rungs)
        )
        return f'<h3>{tr("Where the group placed our work")}</h3><ul class="results">{rows}</ul>'
    if view.kind == "dot_vote":
        ranked = sorted(view.options, key=lambda option: -view.dot_totals.get(option[0], 0))
        rows = "".join(
            f"<li><strong>{_dots(tr, view.dot_totals.get(card_id, 0))}</strong>: "
            f"{escape(text)}</li>"
            for card_id, text in ranked
        )
        return f'<h3>{tr("The dots of the group")}</h3><ol class="results">{rows}</ol>'
    return ""


def _people(tr: Words, count: int) -> str:
    return tr("1 person") if count == 1 else tr("{count} people", count=count)


def _dots(tr: Words, count: int) -> str:
    return tr("1 dot") if count == 1 else tr("{count} dots", count=count)
