"""YAML bombs in minutes/, the card spool and plans: refused with a reason, within 100 MB.

Each case runs in a child process with a limit on its address space (a regression dies there,
not on the machine), and the child's peak memory is asserted. The child reports that peak
itself (``VmHWM``, the high-water mark of its own memory since it started): its ``ru_maxrss``
would not do, because Linux carries the parent's high-water mark across ``fork`` and ``exec``, so a
child of a 100 MB pytest reports 100 MB before it reads a byte. How long a refusal takes is
measured by bench/yaml_bombs.py (no test asserts a time).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from coprod_tui.store.db import HomeStore
from tests.bombs import SMALL_BOMBS, huge_document

ROOT = Path(__file__).resolve().parents[2]
ADDRESS_SPACE = 1024 * 2**20  # the child's hard ceiling: far below what a bomb takes
PEAK_LIMIT_MB = 100
HANG_GUARD_SECONDS = 120  # not a timing assert: a hang fails instead of blocking the suite
REFUSALS = {
    "aliases": ("anchors and aliases (& and *) are not allowed",),
    # flow nesting is refused by libyaml's own limit first, block nesting by coprod's
    "deep nesting": ("nested more than 32 levels deep", "exceeded maximum nesting depth"),
    "deep block nesting": ("nested more than 32 levels deep",),
    "many values": ("more than 50000 values",),
    "50 MB document": ("larger than 8 MB",),
}


def refused(bomb: str, output: str) -> bool:
    return any(reason in output for reason in REFUSALS[bomb])


# Runs ``-m module args`` or ``-c code`` under the limit, then writes its own peak (kB) to a file.
LIMITED_RUN = """
import os, resource, runpy, sys
limit, report, mode, target, *rest = sys.argv[1:]
resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
try:
    if mode == "-m":
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        sys.argv = ["-c"]
        exec(compile(target, "<bomb test>", "exec"), {"__name__": "__main__"})
finally:
    sys.stdout.flush()
    status = open("/proc/self/status").read()
    peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    with open(report, "w") as out:
        out.write(peak)
"""


def run_limited(argv: list[str]) -> tuple[int, str, float]:
    """Run ``argv`` under the memory limit: (exit code, output, the child's own peak in MB)."""
    assert argv[0] == sys.executable and argv[1] in ("-m", "-c")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COPROD_HOME": ""}
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "peak"
        child = subprocess.Popen(
            [sys.executable, "-c", LIMITED_RUN, str(ADDRESS_SPACE), str(report), *argv[1:]],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
        )
        try:
            output, _ = child.communicate(timeout=HANG_GUARD_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            output, _ = child.communicate()
        peak_kb = int(report.read_text()) if report.exists() else 0
    assert peak_kb, (
        "the child did not report its peak: " + output.decode("utf-8", "replace")[-2000:]
    )
    return child.returncode, output.decode("utf-8", "replace"), peak_kb / 1024


def python(code: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(code)]


def coprod(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "coprod_tui", "--home", str(home), "--lang", "en", *args]


@pytest.fixture
def home(tmp_path) -> Path:
    root = tmp_path / "home"
    HomeStore(root).open().close()
    return root


def plant(folder: Path, name: str, bomb: str, tmp_path: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if bomb == "50 MB document":
        huge_document(path)
    else:
        path.write_text(SMALL_BOMBS[bomb], encoding="utf-8")
    return path


CASES = list(REFUSALS)


@pytest.mark.parametrize("bomb", CASES)
@pytest.mark.parametrize("command", ["list", "show", "rebuild"])
def test_the_minutes_commands_refuse_a_bomb(home, tmp_path, bomb, command):
    plant(home / "minutes", "2026-11-23-from-a-colleague.yaml", bomb, tmp_path)
    argv = {
        "list": coprod(home, "minutes", "list"),
        "show": coprod(home, "minutes", "show", "2026-11-23-from-a-colleague.yaml"),
        "rebuild": coprod(home, "rebuild", "--from-minutes"),
    }[command]
    code, output, peak = run_limited(argv)
    assert refused(bomb, output), output[-2000:]
    assert "Traceback" not in output and "MemoryError" not in output
    assert code == (1 if command == "show" else 0)
    assert peak < PEAK_LIMIT_MB, f"peak {peak:.0f} MB"


@pytest.mark.parametrize("bomb", ["aliases", "deep nesting", "many values"])
def test_a_bomb_in_the_spool_is_moved_to_bad_with_its_reason(home, tmp_path, bomb):
    spool_bomb = {  # the spool reads at most 64 KB: the bombs that fit in that
        "aliases": SMALL_BOMBS["aliases"],
        "deep nesting": "schema: 1\ntext: " + "[" * 20_000 + "]" * 20_000 + "\n",
        "many values": "schema: 1\ntext: [" + ",".join(["1"] * 30_000) + "]\n",
    }[bomb]
    (home / "inbox" / "new" / "123.bomb.yaml").write_text(spool_bomb, encoding="utf-8")
    code, output, peak = run_limited(
        python(
            f"""
            from pathlib import Path
            from coprod_tui.meeting import Workspace
            from coprod_tui.store.db import HomeStore
            store = HomeStore(Path({str(home)!r})).open()
            print(Workspace(store).collect_inbox(None).bad)
            store.close()
            """
        )
    )
    assert code == 0, output
    if bomb == "many values":  # 30,000 values fit in 64 KB: read, then refused, and described
        assert "text: expected text, got a list of 30000" in output, output
    else:
        assert refused(bomb, output), output
    assert (home / "inbox" / "bad" / "123.bomb.yaml").exists()
    assert not list((home / "inbox" / "new").iterdir())
    assert peak < PEAK_LIMIT_MB, f"peak {peak:.0f} MB"


def test_a_huge_file_in_the_spool_is_refused_unread(home, tmp_path):
    huge_document(home / "inbox" / "new" / "123.huge.yaml", megabytes=50)
    code, output, peak = run_limited(
        python(
            f"""
            from pathlib import Path
            from coprod_tui.meeting import Workspace
            from coprod_tui.store.db import HomeStore
            store = HomeStore(Path({str(home)!r})).open()
            print(Workspace(store).collect_inbox(None).bad)
            """
        )
    )
    assert code == 0 and "larger than 65536 bytes" in output, output
    assert (home / "inbox" / "bad" / "123.huge.yaml").exists()
    assert peak < PEAK_LIMIT_MB


@pytest.mark.parametrize("bomb", CASES)
def test_a_bomb_among_the_plans_is_a_problem_not_a_plan(tmp_path, bomb):
    folder = tmp_path / "sessions"
    plant(folder, "bomb.yaml", bomb, tmp_path)
    (folder / "ok.yaml").write_text(
        "name: OK\ntitle: OK\nagenda:\n  - title: Cards\n    minutes: 20\n", encoding="utf-8"
    )
    code, output, peak = run_limited(
        python(
            f"""
            from pathlib import Path
            from coprod_tui.store.plans import available_plans
            plans, problems = available_plans(Path({str(folder)!r}))
            print([str(plan.title) for plan in plans], problems)
            """
        )
    )
    assert code == 0, output
    assert "['OK']" in output and refused(bomb, output), output
    assert peak < PEAK_LIMIT_MB


@pytest.mark.parametrize("bomb", CASES)
def test_the_minutes_screen_lists_a_bomb_as_unreadable(home, tmp_path, bomb):
    plant(home / "minutes", "2026-11-23-from-a-colleague.yaml", bomb, tmp_path)
    code, output, peak = run_limited(
        python(
            f"""
            import asyncio
            from pathlib import Path
            from coprod_tui.store.db import HomeStore
            from coprod_tui.meeting import Workspace
            from coprod_tui.tui.app import CoprodApp

            async def main():
                store = HomeStore(Path({str(home)!r})).open()
                app = CoprodApp(Workspace(store), poll_inbox=False)
                async with app.run_test(size=(100, 30)) as pilot:
                    await pilot.press("6")
                    await pilot.pause()
                    detail = app.screen.query_one("#minutes-detail")
                    print(type(app.screen).__name__, str(detail.render()))
                store.close()

            asyncio.run(main())
            """
        )
    )
    assert code == 0, output[-3000:]
    assert "MinutesScreen" in output and "cannot be read" in output, output[-3000:]
    assert refused(bomb, output), output[-3000:]
    assert peak < PEAK_LIMIT_MB, f"peak {peak:.0f} MB"
