"""Reading minutes files in a child process, so the app stays quick to answer while it reads.

Parsing YAML holds Python's interpreter lock (most of it inside libyaml), so a thread reading
a thousand files makes every key in the app wait for it. Child processes read them instead:
two, each every other file (on two free cores, a thousand files take about half the time one
process takes). Each gets its file paths on stdin, one a line, and answers each with its entry
as one line of JSON, in the same order. When no child can start or one stops early, the
files not answered for are read here (``MinutesLibrary.scan`` does that), so nothing is lost.

    python -m coprod_tui.store.minutes_reader LANGUAGE   < paths   > entries
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import coprod_tui
from coprod_tui.i18n import language, set_language
from coprod_tui.store.minutes_library import MinutesEntry, read_entry
from coprod_tui.store.platform import yield_to_others

PACKAGE_ROOT = str(Path(coprod_tui.__file__).resolve().parents[1])
CHILDREN = 2  # parsing is what takes the time; more children than cores would only wait
FILES_PER_CHILD = 32  # a child costs ~0.1 s to start: fewer files are not worth another


def read_in_child(paths: list[Path]) -> Iterator[MinutesEntry]:
    """The entries of ``paths`` in order, read by child processes (one per core, up to
    CHILDREN, each every n-th file); stops early (without an error) if a child cannot start or
    ends before answering for every file."""
    count = max(1, min(CHILDREN, os.cpu_count() or 1, len(paths) // FILES_PER_CHILD))
    children = [child for child in (_start_child() for _ in range(count)) if child is not None]
    count = len(children)
    try:
        if not count:
            return
        answers = [_answers(child, paths[first::count]) for first, child in enumerate(children)]
        for number in range(len(paths)):
            line = answers[number % count].get()
            if line is None:
                return
            try:
                yield MinutesEntry.from_json(json.loads(line))
            except (ValueError, TypeError):
                return
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
            child.wait()
            assert child.stdout is not None
            child.stdout.close()


def _start_child() -> subprocess.Popen[bytes] | None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            part for part in (PACKAGE_ROOT, os.environ.get("PYTHONPATH")) if part
        ),
    }
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "coprod_tui.store.minutes_reader", language()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError:
        return None


def _answers(child: subprocess.Popen[bytes], paths: list[Path]) -> queue.SimpleQueue[bytes | None]:
    """The child's answer lines as they come (None after the last): read by a thread of their
    own, so a child that is ahead never waits for its pipe to be emptied."""
    assert child.stdin is not None and child.stdout is not None
    lines: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    threading.Thread(target=_feed, args=(child.stdin, paths), daemon=True).start()
    threading.Thread(target=_collect, args=(child.stdout, lines), daemon=True).start()
    return lines


def _collect(pipe: IO[bytes], lines: queue.SimpleQueue[bytes | None]) -> None:
    with contextlib.suppress(OSError, ValueError):  # ValueError: the pipe closed under us
        for line in pipe:
            lines.put(line)
    lines.put(None)


def _feed(pipe: IO[bytes], paths: list[Path]) -> None:
    names = "".join(f"{os.fsdecode(path)}\n" for path in paths)
    with contextlib.suppress(OSError, ValueError):
        pipe.write(names.encode("utf-8", "surrogateescape"))
        pipe.close()


def main(argv: list[str]) -> int:
    yield_to_others()  # parsing on every core: the app's keys still come first
    if argv:
        set_language(argv[0])
    names = sys.stdin.buffer.read().decode("utf-8", "surrogateescape").splitlines()
    out = sys.stdout.buffer
    try:
        for name in names:
            entry = read_entry(Path(name)).to_json()
            out.write(json.dumps(entry, ensure_ascii=False).encode("utf-8", "surrogateescape"))
            out.write(b"\n")
            out.flush()
    except BrokenPipeError:  # the app stopped listening (the screen went away): just stop
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
