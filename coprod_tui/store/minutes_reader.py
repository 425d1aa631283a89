"""Reading minutes files in a child process, so the app stays quick to answer while it reads.

Parsing YAML holds Python's interpreter lock (most of it inside libyaml), so a thread reading
a thousand files makes every key in the app wait for it. A child process reads them on another
core instead: it gets the file paths on stdin, one a line, and answers each with its entry as
one line of JSON, in the same order. When the child cannot start or stops early, the files it
did not answer for are read here (``MinutesLibrary.scan`` does that), so nothing is lost.

    python -m coprod_tui.store.minutes_reader LANGUAGE   < paths   > entries
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import coprod_tui
from coprod_tui.i18n import language, set_language
from coprod_tui.store.minutes_library import MinutesEntry, read_entry

PACKAGE_ROOT = str(Path(coprod_tui.__file__).resolve().parents[1])


def read_in_child(paths: list[Path]) -> Iterator[MinutesEntry]:
    """The entries of ``paths`` in order, read by a child process; stops early (without an
    error) if the child cannot start or ends before answering for every file."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            part for part in (PACKAGE_ROOT, os.environ.get("PYTHONPATH")) if part
        ),
    }
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "coprod_tui.store.minutes_reader", language()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError:
        return
    assert child.stdin is not None and child.stdout is not None
    feeder = threading.Thread(target=_feed, args=(child.stdin, paths), daemon=True)
    feeder.start()
    try:
        for line in child.stdout:
            try:
                yield MinutesEntry.from_json(json.loads(line))
            except (ValueError, TypeError):
                return
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()


def _feed(pipe: IO[bytes], paths: list[Path]) -> None:
    names = "".join(f"{os.fsdecode(path)}\n" for path in paths)
    with contextlib.suppress(OSError, ValueError):
        pipe.write(names.encode("utf-8", "surrogateescape"))
        pipe.close()


def main(argv: list[str]) -> int:
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
