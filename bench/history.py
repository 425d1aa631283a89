"""A realistic history for the benches: a home with N past meetings made through the service.

Every past meeting is made as a facilitator makes one: ``Workspace.new_meeting`` (which carries
the previous meeting's open actions and its cards not taken up), start, agenda notes, cards
handed in (some discussed, some parked and carried on, some turned into actions), ladder
placements, a gratitude round, a readiness check every 13th meeting, actions reviewed (most
done, some dropped, and some that stay open meeting after meeting, as real action plans have),
new actions, close (which writes the minutes). Nothing is written behind the service's back,
so the files on disk, the index and what a new meeting carries over are what years of real use
leave.

Building 500 meetings takes a while (every change is an fsync'ed write, as in the app), so a
built home is kept in the system's temp folder by (meetings, seed) and copied for each use:

    home = history_home(500)           # a fresh copy: Path to a home folder
    python bench/history.py 500        # build it (or say where the kept one is) and describe it
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from coprod_tui.meeting import Meeting, Workspace  # noqa: E402
from coprod_tui.model import Card, Participant  # noqa: E402
from coprod_tui.model.toolkit import KEY_ELEMENT_KEYS, READINESS_QUESTIONS  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.plans import load_plan, plans_dir  # noqa: E402

PROJECT = "Kookgroep De Linde"
PEOPLE = ["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees"]
TZ = timezone(timedelta(hours=1))
FIRST_DAY = date(2006, 1, 2)
KEPT = Path(tempfile.gettempdir()) / "coprod-bench-history"
READINESS_EVERY = 13  # meetings between readiness checks: about twice a year
ANSWERS = ("yes", "partly", "not_yet", "dont_know")
GENERATOR_VERSION = 2  # bump when the history changes, so kept homes are built again

_VOCABULARY = """menu kitchen garden herbs residents neighbours Tuesday carers meeting cook budget
fresh vegetables recipe together shopping market volunteers evening bus transport music table
lunch dinner family visit invite group plan week month idea listen share story"""
WORDS = _VOCABULARY.split()


class Clock:
    """The service's clock, moved by the generator through each meeting's afternoon."""

    def __init__(self) -> None:
        self.time = datetime(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day, 14, tzinfo=TZ)

    def __call__(self) -> datetime:
        return self.time

    def at(self, day: date) -> None:
        self.time = datetime(day.year, day.month, day.day, 14, tzinfo=TZ)

    def advance(self, minutes: float) -> None:
        self.time += timedelta(minutes=minutes)


@dataclass
class HistoryFacts:
    meetings: int
    cards: int
    actions_made: int
    open_actions_now: int  # carried into the next meeting of the project
    open_cards_now: int
    minutes_files: int


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _review_carried(meeting: Meeting, rng: random.Random, ongoing: set[str]) -> None:
    """Most carried actions get done; some are dropped; the ongoing ones stay open for ever."""
    for action in meeting.actions_to_review():
        if action.id in ongoing:
            decision = "open"
        else:
            decision = rng.choices(["done", "dropped", "open"], weights=[70, 10, 20])[0]
        note = sentence(rng, 5) if rng.random() < 0.3 else ""
        meeting.review_carried(action.id, decision, note)


def _cards(meeting: Meeting, rng: random.Random, clock: Clock) -> int:
    """Cards handed in (phone and terminal), a paper card, and what the receiver did with them."""
    handed = [
        Card(
            text=sentence(rng, rng.randint(8, 25)),
            author=rng.choice([None, *PEOPLE]),
            received_at=clock() + timedelta(minutes=n),
            source=rng.choice(["terminal", "phone"]),
        )
        for n in range(rng.randint(6, 14))
    ]
    meeting.receive_cards(handed)
    meeting.add_card(sentence(rng, 10), author=rng.choice([None, *PEOPLE]))
    for card in list(meeting.session.cards):
        if card.carried_from is not None and card.open:  # back from an earlier meeting
            roll = rng.random()
            if roll < 0.6:
                meeting.set_card_state(card.id, "discussed")
            elif roll < 0.7:
                meeting.card_to_action(card.id, rng.choice(KEY_ELEMENT_KEYS))
            continue  # else it stays open and goes on to the next meeting
        if card.state != "new":
            continue
        roll = rng.random()
        if roll < 0.55:
            meeting.set_card_state(card.id, "presented")
            meeting.set_card_state(card.id, "discussed")
        elif roll < 0.70:
            meeting.set_card_state(card.id, "parked")  # carried to the next meeting
        elif roll < 0.80:
            meeting.card_to_action(card.id, rng.choice(KEY_ELEMENT_KEYS))
        elif roll < 0.90:
            meeting.set_card_state(card.id, "presented")
        # else: left new, carried on as well
    return len(handed) + 1


def past_meeting(
    workspace: Workspace, clock: Clock, n: int, rng: random.Random, ongoing: set[str]
) -> tuple[Meeting, int, int]:
    """Meeting number ``n`` of the project, from planning to closing; (meeting, cards, actions)."""
    project = workspace.projects()[0]
    day = FIRST_DAY + timedelta(days=14 * n)
    clock.at(day)
    present = [Participant(name) for name in PEOPLE if rng.random() < 0.85] or [
        Participant(PEOPLE[0])
    ]
    meeting = workspace.new_meeting(
        project,
        load_plan(plans_dir() / "standard.yaml"),
        title=f"Maandoverleg {n + 1}",
        participants=present,
        on=day,
    )
    meeting.start()
    _review_carried(meeting, rng, ongoing)
    cards = _cards(meeting, rng, clock)
    for item in meeting.session.agenda:
        clock.advance(item.planned_minutes + rng.randint(-3, 6))
        meeting.set_item_text(
            item.id,
            notes=sentence(rng, rng.randint(10, 30)),
            decisions=sentence(rng, rng.randint(4, 12)) if rng.random() < 0.6 else "",
        )
        meeting.next_item()
    for person in meeting.session.participants:
        meeting.place(rng.randint(2, 7), person.name)
        meeting.record_gratitude(
            person.name,
            spoke_seconds=rng.uniform(20, 70),
            passed=rng.random() < 0.1,
            things=[sentence(rng, 5) for _ in range(rng.randint(1, 3))],
        )
    if n % READINESS_EVERY == READINESS_EVERY - 1:
        for question in READINESS_QUESTIONS:
            meeting.answer_question(question.key, rng.choice(ANSWERS), sentence(rng, 4))
            for person in meeting.session.participants[:3]:
                meeting.answer_question(
                    question.key, rng.choice(ANSWERS), source="person", participant=person.name
                )
    made = rng.randint(2, 5)
    for _ in range(made):
        action = meeting.add_action(
            rng.choice(KEY_ELEMENT_KEYS),
            sentence(rng, rng.randint(6, 12)),
            who=rng.choice(PEOPLE),
            by_when=day + timedelta(days=rng.choice([14, 28, 56])),
            how_known=sentence(rng, 6),
        )
        if rng.random() < 0.12:
            ongoing.add(action.id)
    meeting.close()
    return meeting, cards, made


def build_history(store: HomeStore, meetings: int, seed: int = 23) -> HistoryFacts:
    """``meetings`` closed meetings of one project in ``store`` (opened, holding the lock)."""
    rng = random.Random(seed)
    clock = Clock()
    workspace = Workspace(store, clock=clock)
    workspace.create_project(PROJECT)
    ongoing: set[str] = set()
    cards = actions = 0
    last = None
    for n in range(meetings):
        last, handed, made = past_meeting(workspace, clock, n, rng, ongoing)
        cards += handed
        actions += made
    return HistoryFacts(
        meetings=meetings,
        cards=cards,
        actions_made=actions,
        open_actions_now=len(last.session.open_actions()) if last else 0,
        open_cards_now=len(last.session.open_cards()) if last else 0,
        minutes_files=len(list(store.paths.minutes.glob("*.yaml"))),
    )


def _kept(meetings: int, seed: int) -> Path:
    return KEPT / f"v{GENERATOR_VERSION}-{meetings}-{seed}"


def _ensure(meetings: int, seed: int) -> Path:
    kept = _kept(meetings, seed)
    if not (kept / "done").exists():
        shutil.rmtree(kept, ignore_errors=True)
        store = HomeStore(kept / "home").open()
        try:
            facts = build_history(store, meetings, seed)
        finally:
            store.close()
        (kept / "done").write_text(repr(facts), encoding="utf-8")
    return kept


def history_home(meetings: int, seed: int = 23, into: Path | None = None) -> Path:
    """A home folder with ``meetings`` past meetings: a copy of a kept one (built once)."""
    kept = _ensure(meetings, seed)
    target = into or Path(tempfile.mkdtemp(prefix="coprod-bench-")) / "home"
    shutil.copytree(kept / "home", target)
    (target / "coprod.lock").unlink(missing_ok=True)
    return target


def describe(meetings: int, seed: int = 23) -> str:
    return (_ensure(meetings, seed) / "done").read_text(encoding="utf-8")


if __name__ == "__main__":
    import time

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    began = time.perf_counter()
    print(describe(count))
    print(f"{time.perf_counter() - began:.1f} s; kept in {_kept(count, 23)}")
