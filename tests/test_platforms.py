"""Windows and macOS, simulated on this Linux machine (tests/simulated/sitecustomize.py).

In each simulated process the platform's modules are gone (Windows: fcntl, termios, grp,
O_NOFOLLOW, folders that os.open refuses, ...) and sys.platform says win32 or darwin. Every
module of the package imports there, `coprod card` and `coprod minutes list` work, the demo
meeting opens headless and collects a card by its periodic look (no inotify there), bad spool
files are set aside, and a second process on the same home is refused by the lock until the
first dies.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SIMULATED = REPO / "tests" / "simulated"
PLATFORMS = ["win32", "darwin"]
CHOSEN = {"win32": "windows", "darwin": "posix"}
NOT_LOADED_THERE = {
    "win32": {"coprod_tui.store.platform.posix", "coprod_tui.store.platform.inotify"},
    "darwin": {"coprod_tui.store.platform.windows", "coprod_tui.store.platform.inotify"},
}


def simulated(
    platform: str, *args: str, **kwargs
) -> subprocess.Popen | subprocess.CompletedProcess:
    env = {
        **os.environ,
        "COPROD_SIMULATE": platform,
        "PYTHONPATH": os.pathsep.join([str(SIMULATED), str(REPO)]),
    }
    if kwargs.pop("background", False):
        return subprocess.Popen([sys.executable, *args], env=env, cwd=REPO, text=True, **kwargs)
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=120
    )


def coprod(platform: str, home: Path, *args: str) -> subprocess.CompletedProcess:
    return simulated(platform, "-m", "coprod_tui", "--home", str(home), *args)


def last_json(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


IMPORT_ALL = """
import importlib, json, pkgutil, sys
import coprod_tui
from coprod_tui.store import platform
skip = set(sys.argv[1].split(","))
names = [m.name for m in pkgutil.walk_packages(coprod_tui.__path__, "coprod_tui.")]
for name in names:
    if name not in skip and not name.endswith("__main__"):
        importlib.import_module(name)
def importable(name):
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True
print(json.dumps({
    "platform": sys.platform, "chosen": platform.NAME, "modules": len(names),
    "fcntl": importable("fcntl"), "termios": importable("termios"),
}))
"""


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_module_imports_and_the_platform_is_chosen_once(platform):
    shown = last_json(simulated(platform, "-c", IMPORT_ALL, ",".join(NOT_LOADED_THERE[platform])))
    assert shown["platform"] == platform
    assert shown["chosen"] == CHOSEN[platform]
    assert shown["modules"] > 50
    unix_only = platform != "win32"
    assert (shown["fcntl"], shown["termios"]) == (unix_only, unix_only), "the simulation holds"


DEMO_COLLECTS = """
import asyncio, json, sys
from pathlib import Path
from coprod_tui.meeting import Workspace
from coprod_tui.meeting.demo import ensure_demo
from coprod_tui.store.db import HomeStore
from coprod_tui.tui.app import CoprodApp
from coprod_tui.tui.screens.inbox import CardTable

async def main():
    store = HomeStore(Path(sys.argv[1])).open()
    app = CoprodApp(Workspace(store), meeting_id=ensure_demo(store))  # polls the inbox itself
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        table = app.screen.query_one(CardTable)
        for _ in range(60):  # bounded: the periodic look comes twice a second
            await pilot.pause(0.05)
            shown = [app.meeting.session.card(key.value).text for key in table.rows]
            if "Less paperwork" in shown:
                break
        shown = {
            "listed": shown,
            "cards": [[card.text, card.author] for card in app.meeting.session.cards],
            "watcher": app._inbox_watcher is not None,
            "screen": type(app.screen).__name__,
        }
    store.close()
    print(json.dumps(shown))

asyncio.run(main())
"""


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_card_handed_in_reaches_the_open_demo_meeting_and_minutes_list(tmp_path, platform):
    home = tmp_path / "home"
    assert coprod(platform, home, "init").returncode == 0
    handed_in = coprod(platform, home, "card", "Soup on Tuesdays", "--from", "Jan")
    assert handed_in.returncode == 0, handed_in.stderr
    assert "Card handed in (Jan)" in handed_in.stdout
    anonymous = coprod(platform, home, "card", "Less paperwork", "--anonymous")
    assert anonymous.returncode == 0, anonymous.stderr

    shown = last_json(simulated(platform, "-c", DEMO_COLLECTS, str(home)))
    assert shown["screen"] == "InboxScreen"
    assert shown["watcher"] is False, "no inotify there: the periodic look collects"
    assert {"Soup on Tuesdays", "Less paperwork"} <= set(shown["listed"]), "shown in the list"
    assert ["Soup on Tuesdays", "Jan"] in shown["cards"]
    assert ["Less paperwork", None] in shown["cards"], "anonymous: no author stored"
    assert not list((home / "inbox" / "new").iterdir()), "collected files are deleted"
    lock_file = (home / "coprod.lock").read_bytes()
    assert lock_file == b"", "the lock file is emptied on the way out"

    listed = coprod(platform, home, "minutes", "list")
    assert listed.returncode == 0, listed.stderr
    assert "Spiegelbijeenkomst" in listed.stdout and "Maandoverleg oktober" in listed.stdout


HOLD = """
import sys, time
from pathlib import Path
from coprod_tui.store.db import HomeStore
HomeStore(Path(sys.argv[1])).open()
print("locked", flush=True)
time.sleep(60)
"""

TRY = """
import json, sys
from pathlib import Path
from coprod_tui.store.db import HomeLocked, HomeStore
try:
    store = HomeStore(Path(sys.argv[1])).open()
except HomeLocked as refused:
    print(json.dumps({"refused": str(refused)}))
else:
    store.close()
    print(json.dumps({"refused": None}))
"""


@pytest.mark.parametrize("platform", PLATFORMS)
def test_two_processes_on_one_home_are_refused_until_the_holder_dies(tmp_path, platform):
    home = tmp_path / "home"
    holder = simulated(platform, "-c", HOLD, str(home), background=True, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == "locked"
        refused = last_json(simulated(platform, "-c", TRY, str(home)))["refused"]
        assert refused is not None and f"pid {holder.pid}" in refused
        rebuilt = coprod(platform, home, "rebuild", "--from-minutes")
        assert rebuilt.returncode == 1 and "Another coprod is using" in rebuilt.stderr
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        holder.stdout.close()
    # killed without cleaning up: the system dropped its lock, so the home opens again
    assert last_json(simulated(platform, "-c", TRY, str(home)))["refused"] is None


COLLECT = """
import json, sys
from pathlib import Path
from coprod_tui.meeting import Workspace
from coprod_tui.store.db import HomeStore
store = HomeStore(Path(sys.argv[1])).open()
result = Workspace(store).collect_inbox(None)
print(json.dumps({"bad": result.bad, "waiting": result.waiting}))
store.close()
"""


@pytest.mark.parametrize("platform", PLATFORMS)
def test_links_and_fifos_in_the_spool_are_set_aside_not_read(tmp_path, platform):
    home = tmp_path / "home"
    assert coprod(platform, home, "init").returncode == 0
    assert coprod(platform, home, "card", "A real card").returncode == 0
    secret = tmp_path / "secret.yaml"
    secret.write_text("schema: 1\ntext: not yours\n")
    new = home / "inbox" / "new"
    os.symlink(secret, new / "1.link.yaml")
    os.mkfifo(new / "2.fifo.yaml")  # opening a FIFO for reading would block on Linux

    shown = last_json(simulated(platform, "-c", COLLECT, str(home)))
    bad = sorted(shown["bad"])
    assert [problem.split(":")[0] for problem in bad] == ["1.link.yaml", "2.fifo.yaml"]
    assert bad[1] == "2.fifo.yaml: not a regular file"
    assert shown["waiting"] == 1, "the real card waits for its project's next meeting"
    kept = sorted(p.name for p in (home / "inbox" / "bad").iterdir() if "reason" not in p.name)
    assert kept == ["1.link.yaml", "2.fifo.yaml"]
    assert secret.read_text() == "schema: 1\ntext: not yours\n"


def test_windows_has_no_group_shared_inbox_and_says_so(tmp_path):
    result = coprod("win32", tmp_path / "home", "init", "--group", "staff")
    assert result.returncode == 2
    assert "a shared inbox (--group) needs Linux or macOS" in result.stderr
    assert not (tmp_path / "home" / "inbox" / "tmp").stat().st_mode & 0o070, "left private"


ADDRESSES = """
import json
from coprod_tui.join.address import host_choices, interface_addresses
print(json.dumps({"found": interface_addresses(), "choices": host_choices()}))
"""


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_phone_page_finds_this_hosts_network_address_there_too(platform):
    from coprod_tui.join.address import LOOPBACK, interface_addresses, lan_addresses

    every_interface = interface_addresses()  # as Linux lists them, here
    shown = last_json(simulated(platform, "-c", ADDRESSES))
    assert len(shown["found"]) <= 1, "the one address the system routes through, if any"
    assert set(shown["found"]) <= set(every_interface)
    assert shown["choices"] == [*lan_addresses(shown["found"]), LOOPBACK]
