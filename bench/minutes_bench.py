"""Listing and searching 1,000 minutes files, as the minutes screen and `coprod minutes` do.

Generates realistic minutes (the standard agenda with notes and decisions, ~20 cards, a
gratitude round, postcards, ladder placements, reflections, ~6 actions) into a temporary home,
then prints the median of several runs for:
  cold list    no cache: every file parsed and validated (the first scan, or after an upgrade)
  warm list    cache up to date: only a stat per file
  search       warm scan + search (as `coprod minutes search`), and in memory (as the screen)
  one changed  warm cache, one file rewritten (a meeting just closed)
Usage: python bench/minutes_bench.py [--files 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coprod_tui.model import (  # noqa: E402
    Action,
    Card,
    GratitudeShare,
    LadderPlacement,
    Participant,
    Postcard,
    Project,
    Reflection,
    Session,
)
from coprod_tui.model.toolkit import KEY_ELEMENT_KEYS  # noqa: E402
from coprod_tui.store.db import HomePaths  # noqa: E402
from coprod_tui.store.minutes import write_minutes  # noqa: E402
from coprod_tui.store.minutes_library import MinutesLibrary, search_entries  # noqa: E402
from coprod_tui.store.plans import load_plan, plans_dir  # noqa: E402

_VOCABULARY = """menu kitchen garden herbs residents neighbours Tuesday carers meeting cook budget
fresh vegetables recipe together shopping market volunteers evening bus transport music table
lunch dinner family visit invite group plan week month idea listen share story"""
WORDS = _VOCABULARY.split()
PEOPLE = ["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees"]
TZ = timezone(timedelta(hours=1))


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def realistic_session(n: int, project: Project, rng: random.Random) -> Session:
    day = date(2006, 1, 2) + timedelta(days=7 * n)
    start = datetime(day.year, day.month, day.day, 14, 0, tzinfo=TZ)
    agenda = load_plan(plans_dir() / "standard.yaml").agenda_items()
    at = start
    for item in agenda:
        item.start(at)
        at += timedelta(minutes=item.planned_minutes + rng.randint(-3, 6))
        item.stop(at)
        item.done = True
        item.notes = sentence(rng, rng.randint(15, 40))
        item.decisions = sentence(rng, rng.randint(5, 20))
    cards = [
        Card(
            text=sentence(rng, rng.randint(8, 25))
            + (" Fresh soup?" if rng.random() < 0.02 else ""),
            author=rng.choice([None, *PEOPLE]),
            received_at=start + timedelta(minutes=c),
            state=rng.choice(["presented", "discussed", "parked", "action"]),
        )
        for c in range(rng.randint(15, 25))
    ]
    return Session(
        project_id=project.id,
        title=f"Maandoverleg {n}",
        date=day,
        status="closed",
        plan="standard",
        participants=[Participant(name) for name in PEOPLE],
        receiver=PEOPLE[n % len(PEOPLE)],
        agenda=agenda,
        started_at=start,
        closed_at=at,
        cards=cards,
        gratitude=[
            GratitudeShare(name, rng.uniform(30, 70), things=[sentence(rng, 6) for _ in range(3)])
            for name in PEOPLE
        ],
        postcards=[Postcard(name, sentence(rng, 10)) for name in PEOPLE],
        placements=[LadderPlacement(rng.randint(3, 7), name) for name in PEOPLE],
        reflections=[Reflection(answers=[sentence(rng, 12) for _ in range(4)]) for _ in range(2)],
        actions=[
            Action(
                rng.choice(KEY_ELEMENT_KEYS),
                sentence(rng, 10),
                who=rng.choice(PEOPLE),
                by_when=day + timedelta(days=28),
                how_known=sentence(rng, 6),
            )
            for _ in range(rng.randint(4, 8))
        ],
    )


def median_ms(runs: int, prepare: Callable[[], object], measure: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        prepare()
        began = time.perf_counter()
        measure()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(8)
    with tempfile.TemporaryDirectory() as home:
        paths = HomePaths(Path(home))
        paths.create()
        project = Project("Kookgroep De Linde", created_at=datetime(2006, 1, 1, tzinfo=TZ))
        began = time.perf_counter()
        written = [
            write_minutes(paths.minutes, realistic_session(n, project, rng), project)
            for n in range(args.files)
        ]
        sizes = [path.stat().st_size for path in written]
        print(
            f"generated {args.files} minutes files in {time.perf_counter() - began:.1f} s, "
            f"{sum(sizes) / 1e6:.1f} MB (median file {statistics.median(sizes) / 1024:.1f} KB)"
        )
        library = MinutesLibrary(paths)
        drop_cache = lambda: library.cache.path.unlink(missing_ok=True)  # noqa: E731
        nothing = lambda: None  # noqa: E731
        cold = median_ms(args.runs, drop_cache, library.entries)
        library.entries()
        print(f"cache file {library.cache.path.stat().st_size / 1e6:.1f} MB")
        warm = median_ms(args.runs, nothing, library.entries)
        entries = library.entries()
        assert len(entries) == args.files and all(e.valid for e in entries)
        rare = median_ms(args.runs, nothing, lambda: library.search("fresh soup"))
        common = median_ms(args.runs, nothing, lambda: library.search("garden"))
        hits_rare, hits_common = len(library.search("fresh soup")), len(library.search("garden"))
        # The screen keeps the entries it listed and searches them as the facilitator types,
        # showing the first 500 results (screens/minutes.py SEARCH_LIMIT).
        began = time.perf_counter()
        search_entries(entries, "warm up")  # the case-folded text is made on the first search
        fold = (time.perf_counter() - began) * 1000
        memory_rare = median_ms(
            args.runs, nothing, lambda: search_entries(entries, "fresh soup", 500)
        )
        memory_common = median_ms(
            args.runs, nothing, lambda: search_entries(entries, "garden", 500)
        )
        memory_none = median_ms(args.runs, nothing, lambda: search_entries(entries, "xylophone"))
        victim = written[len(written) // 2]
        touch = lambda: victim.write_bytes(victim.read_bytes())  # noqa: E731
        changed = median_ms(args.runs, touch, library.entries)
        print(f"{'operation (' + str(args.files) + ' files)':<40}{'median ms':>10}")
        for label, value in (
            ("list, cold (no cache: parse every file)", cold),
            ("list, warm (cache up to date)", warm),
            ("list, one file changed", changed),
            (f"CLI search 'fresh soup' ({hits_rare} hits)", rare),
            (f"CLI search 'garden' ({hits_common} hits)", common),
            ("screen: first search (case folding)", fold),
            ("screen: 'fresh soup' (first 500)", memory_rare),
            ("screen: 'garden' (first 500)", memory_common),
            ("screen: no match", memory_none),
        ):
            print(f"{label:<40}{value:>10.1f}")


if __name__ == "__main__":
    main()
