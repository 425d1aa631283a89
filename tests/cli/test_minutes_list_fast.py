"""`coprod minutes list` and `search` from an up-to-date scan cache load neither PyYAML, TinyDB
nor the model (issue #23: the warm list of a thousand meetings was 6.6x ``json.load`` of its
cache, most of it imports; bench/minutes_screen.py measures it). A file not in the cache is
still read, validated and listed as before; many such files are read by child processes, as
the minutes screen's are.
"""

from __future__ import annotations

import pytest

from coprod_tui.store.db import HomeStore
from tests.bombs import SMALL_BOMBS
from tests.cli.test_card_imports import AS_THE_SCRIPT, loaded
from tests.minutes.helpers import closed_meeting
from tests.support import FakeClock

NOT_ON_THE_WARM_PATH = {
    "yaml",
    "tinydb",
    "textual",
    "coprod_tui.model.common",  # the dataclasses of the model
    "coprod_tui.model.session",
    "coprod_tui.store.minutes",  # the reader
    "coprod_tui.store.yamlio",
    "coprod_tui.store.db",
    "coprod_tui.meeting",
    "coprod_tui.export",
}


@pytest.fixture
def home(tmp_path):
    root = tmp_path / "home"
    store = HomeStore(root).open()
    closed_meeting(store, FakeClock(), action="Ask the cook about herbs")
    store.close()
    return root


def run_list(home, *argv):
    return loaded(AS_THE_SCRIPT, "--home", str(home), "minutes", *argv)


@pytest.mark.parametrize("argv", [["list"], ["search", "herbs"]])
def test_a_warm_list_or_search_loads_no_yaml_tinydb_or_model(home, argv):
    cold_status, cold_modules = run_list(home, *argv)  # the first one reads the file
    assert cold_status == 0
    assert "yaml" in cold_modules, "the first run parsed the minutes"

    status, modules = run_list(home, *argv)

    assert status == 0
    assert modules & NOT_ON_THE_WARM_PATH == set()
    assert "coprod_tui.store.minutes_library" in modules, "the check sees the list path"


def test_the_warm_list_shows_what_the_cold_one_did(home, capfd):
    from coprod_tui.cli.main import main

    assert main(["--home", str(home), "minutes", "list"]) == 0
    cold = capfd.readouterr().out
    assert main(["--home", str(home), "minutes", "list"]) == 0
    warm = capfd.readouterr().out
    assert warm == cold
    assert "Kookgroep De Linde" in warm
    assert "cards: 1  actions: 1" in warm


def test_a_file_added_after_the_cache_is_read_and_listed(home, capfd):
    from coprod_tui.cli.main import main

    assert main(["--home", str(home), "minutes", "list"]) == 0
    capfd.readouterr()
    (home / "minutes" / "2020-01-01-broken.yaml").write_text("schema: [", encoding="utf-8")
    store = HomeStore(home).open()
    closed_meeting(store, FakeClock(), project_name="Buurtkamer Oost")
    store.close()

    status, modules = run_list(home, "list")

    assert status == 0
    assert "yaml" in modules, "the new files were parsed"
    assert main(["--home", str(home), "minutes", "list"]) == 0
    out = capfd.readouterr().out
    assert "Buurtkamer Oost" in out and "Kookgroep De Linde" in out
    assert out.splitlines()[0].startswith("2020-01-01-broken.yaml  (invalid: ")


def test_a_cold_list_of_many_files_is_read_by_child_processes(home, capfd, monkeypatch):
    from coprod_tui.cli.main import main
    from coprod_tui.store import minutes_reader

    minutes = home / "minutes"
    (original,) = minutes.iterdir()
    for number in range(40):  # more than a scan reads by itself (READ_ELSEWHERE_FROM)
        (minutes / f"2019-01-{number:02d}-copy.yaml").write_bytes(original.read_bytes())
    (minutes / "2019-02-01-broken.yaml").write_text("schema: [", encoding="utf-8")
    (minutes / "2019-02-02-bomb.yaml").write_text(SMALL_BOMBS["aliases"], encoding="utf-8")
    (minutes / "2019-02-03-not-utf8.yaml").write_bytes(b"schema: 1\ntitle: \xff\xfe\n")
    read_there: list[int] = []
    real = minutes_reader.read_in_child

    def counted(paths):
        read_there.append(len(paths))
        return real(paths)

    monkeypatch.setattr(minutes_reader, "read_in_child", counted)

    assert main(["--home", str(home), "minutes", "list"]) == 0
    in_children = capfd.readouterr().out
    assert read_there == [44]
    (home / "cache" / "minutes.json").unlink()
    monkeypatch.setattr(minutes_reader, "read_in_child", lambda paths: iter(()))  # none starts
    assert main(["--home", str(home), "minutes", "list"]) == 0
    assert capfd.readouterr().out == in_children, "read here instead: the same list"
    lines = in_children.splitlines()
    assert len(lines) == 44
    unreadable = ("2019-02-01-broken.yaml", "2019-02-02-bomb.yaml", "2019-02-03-not-utf8.yaml")
    assert [line.split("  (invalid: ")[0] for line in lines[:3]] == list(unreadable)
