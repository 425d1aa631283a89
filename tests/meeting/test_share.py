"""Handing the project on through git: two homes (two laptops) and a bare repository.

Real git, on folders in tmp_path; the ``git_env`` fixture gives commits a name and keeps the
machine's own git configuration out.
"""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from coprod_tui.meeting import Meeting, Workspace
from coprod_tui.meeting.share import ShareService, offline_text, result_text
from coprod_tui.model import Card, Participant, Project
from coprod_tui.store.db import HomeStore
from coprod_tui.store.plans import load_plan, plans_dir
from coprod_tui.store.share import GitMissing, NotShared
from tests.support import PEOPLE, FakeClock

PLAN = plans_dir() / "standard.yaml"


def bare_repository(path: Path) -> Path:
    subprocess.run(["git", "init", "--quiet", "--bare", str(path)], check=True)
    return path


@pytest.fixture
def remote(tmp_path, git_env) -> Path:
    return bare_repository(tmp_path / "shared" / "kookgroep.git")


@pytest.fixture
def homes(tmp_path):
    """Two laptops: A (Fatima's) and B (Jan's), each with its own home and clock."""
    opened = []

    def home(name: str) -> tuple[HomeStore, FakeClock]:
        store = HomeStore(tmp_path / name).open()
        opened.append(store)
        return store, FakeClock()

    yield home
    for store in opened:
        store.close()


def run_meeting(
    workspace: Workspace,
    project: Project,
    title: str,
    on: date,
    *,
    participants: list[Participant] | None = None,
    receiver: str | None = None,
    rung: int = 5,
) -> Meeting:
    meeting = workspace.new_meeting(
        project,
        load_plan(PLAN),
        title=title,
        on=on,
        participants=participants or [Participant(name) for name in PEOPLE],
        receiver=receiver,
    )
    meeting.start()
    for name in PEOPLE[:3]:
        meeting.place(rung, name)
    return meeting


def minutes_bytes(store: HomeStore) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in store.paths.minutes.glob("*.yaml")}


def remote_files(remote: Path) -> set[str]:
    listed = subprocess.run(
        ["git", "-C", str(remote), "ls-tree", "-r", "--name-only", "main"],
        capture_output=True,
        text=True,
    )
    return set(listed.stdout.split())


def test_a_meeting_closed_on_one_laptop_continues_on_the_other(homes, remote):
    store_a, clock_a = homes("a")
    store_b, clock_b = homes("b")
    work_a, work_b = Workspace(store_a, clock_a), Workspace(store_b, clock_b)

    # A runs meeting 1 and shares it.
    project = work_a.create_project("Kookgroep De Linde")
    first = run_meeting(
        work_a, project, "Maandoverleg november", date(2026, 11, 23), receiver="Els", rung=4
    )
    open_one = first.add_action("assets", "Map cooking skills", "Jan")
    open_two = first.add_action("networks", "Invite the neighbours", "Els")
    finished = first.add_action("catalysts", "Ask for herbs", "Priya")
    first.set_action_status(finished.id, "done")
    first.close()
    shared_a = ShareService(store_a, clock_a)
    result = shared_a.init(str(remote))
    assert result.pushed and result.offline is None and len(result.sent) == 1
    assert shared_a.status().unsent == ()

    # B, on another laptop with nothing yet, pulls: meeting 1 is there.
    shared_b = ShareService(store_b, clock_b)
    result = shared_b.init(str(remote))
    assert [label.split("  ")[1] for label in result.report.restored] == ["Maandoverleg november"]
    (row,) = store_b.summaries()
    assert (row["title"], row["status"], row["id"]) == (
        "Maandoverleg november",
        "closed",
        first.session.id,
    )
    project_b = store_b.project(project.id)
    assert project_b is not None and project_b.name == "Kookgroep De Linde"
    participants, receiver = work_b.proposed_participants(project_b)
    assert [p.name for p in participants] == PEOPLE
    assert receiver == "Priya", "the card receiver's turn moves on from Els"
    second = run_meeting(
        work_b, project_b, "Maandoverleg december", date(2026, 12, 21), participants=participants
    )
    assert [a.id for a in second.actions_to_review()] == [open_one.id, open_two.id]
    trend, _ = second.ladder_trend()
    assert [(point.title, point.median) for point in trend] == [
        ("Maandoverleg november", 4),
        ("Maandoverleg december", 5),
    ]
    second.review_carried(open_one.id, "done", "the list is on the wall")
    second.review_carried(open_two.id, "open")
    second.close()
    result = shared_b.push()
    assert result.pushed and len(result.sent) == 1

    # A pulls and sees both; its next meeting continues from B's.
    before = minutes_bytes(store_a)
    result = shared_a.pull()
    assert [label.split("  ")[1] for label in result.report.restored] == ["Maandoverleg december"]
    assert [row["title"] for row in store_a.summaries(project.id)] == [
        "Maandoverleg december",
        "Maandoverleg november",
    ]
    third = work_a.new_meeting(project, load_plan(PLAN), on=date(2027, 1, 18))
    assert third.session.receiver == "Kees"
    assert [a.id for a in third.actions_to_review()] == [open_two.id]
    assert third.actions_to_review()[0].carried_from == second.session.id
    after = minutes_bytes(store_a)
    assert all(after[name] == data for name, data in before.items()), "nothing rewritten"


def test_two_facilitators_close_at_once_and_both_push_cleanly(homes, remote):
    store_a, clock_a = homes("a")
    store_b, clock_b = homes("b")
    work_a, work_b = Workspace(store_a, clock_a), Workspace(store_b, clock_b)
    project = work_a.create_project("Kookgroep De Linde")
    run_meeting(work_a, project, "Start", date(2026, 11, 2)).close()
    shared_a, shared_b = ShareService(store_a, clock_a), ShareService(store_b, clock_b)
    shared_a.init(str(remote))
    shared_b.init(str(remote))
    project_b = store_b.project(project.id)
    assert project_b is not None

    # The same day, the same title, on two laptops: two meetings, two files.
    on_a = run_meeting(work_a, project, "Werkgroep", date(2026, 11, 23))
    on_b = run_meeting(work_b, project_b, "Werkgroep", date(2026, 11, 23))
    on_a.close()
    on_b.close()
    before_a, before_b = minutes_bytes(store_a), minutes_bytes(store_b)
    first, second = shared_a.push(), shared_b.push()
    assert first.pushed and first.offline is None
    assert second.pushed and second.offline is None and len(second.received) == 1
    assert shared_a.pull().report.restored
    assert len(remote_files(remote)) == 3
    for store in (store_a, store_b):
        assert {row["id"] for row in store.summaries()} == {
            row["id"] for row in store_a.summaries()
        }
        assert len(store.summaries()) == 3
    assert all(minutes_bytes(store_a)[name] == data for name, data in before_a.items())
    assert all(minutes_bytes(store_b)[name] == data for name, data in before_b.items())


def test_offline_the_push_fails_clearly_and_the_next_push_sends_it(homes, remote, tmp_path):
    store_a, clock_a = homes("a")
    work_a = Workspace(store_a, clock_a)
    project = work_a.create_project("Kookgroep De Linde")
    shared_a = ShareService(store_a, clock_a)
    shared_a.init(str(remote))
    shared_a.set_push_on_close(True)

    away = remote.with_name("unplugged.git")
    remote.rename(away)  # the shared drive is gone
    meeting = run_meeting(work_a, project, "Maandoverleg", date(2026, 11, 23))
    minutes = meeting.close()
    result = shared_a.push()
    assert not result.pushed and result.offline
    message = offline_text(result, str(remote))
    assert message is not None
    assert str(remote) in message and "Nothing is lost" in message
    assert len(message) < 600, "git's words are quoted short"
    assert meeting.read_only and minutes.is_file(), "the meeting is unaffected"
    assert store_a.summary(meeting.session.id)["status"] == "closed"
    assert shared_a.status().unsent == ("2026-11-23  Maandoverleg",)

    away.rename(remote)  # back on the network
    result = shared_a.push()
    assert result.pushed and result.sent == [minutes.name]
    assert minutes.name in remote_files(remote)
    assert shared_a.status().unsent == ()

    store_b, clock_b = homes("b")
    shared_b = ShareService(store_b, clock_b)
    assert shared_b.init(str(remote)).report.restored


def test_a_remote_that_is_not_there_at_init_is_set_up_for_later(homes, tmp_path, git_env):
    store, clock = homes("a")
    work = Workspace(store, clock)
    run_meeting(work, work.create_project("P"), "Eerste", date(2026, 11, 23)).close()
    later = tmp_path / "later.git"
    shared = ShareService(store, clock)
    result = shared.init(str(later))
    assert result.offline and not result.pushed and result.committed
    assert shared.shared and shared.status().remote == str(later)
    bare_repository(later)
    assert shared.push().pushed
    assert len(remote_files(later)) == 1


def test_a_running_meeting_is_not_shared(homes, remote):
    store, clock = homes("a")
    work = Workspace(store, clock)
    shared = ShareService(store, clock)
    shared.init(str(remote))
    meeting = run_meeting(work, work.create_project("P"), "Loopt nog", date(2026, 11, 23))
    snapshot = meeting.write_minutes()  # a snapshot while it runs stays local
    assert shared.push().sent == []
    assert remote_files(remote) == set()
    meeting.close()
    assert shared.push().sent == [snapshot.name]


def test_without_git_or_without_init_the_message_says_what_to_do(homes, remote, monkeypatch):
    store, clock = homes("a")
    shared = ShareService(store, clock)
    with pytest.raises(NotShared, match="coprod share init REMOTE"):
        shared.push()
    shared.init(str(remote))
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(GitMissing, match="git is not installed"):
        shared.push()


def test_the_push_on_close_setting_and_what_stays_local(homes, remote):
    store, clock = homes("a")
    shared = ShareService(store, clock)
    assert shared.push_on_close is False, "opt-in"
    shared.init(str(remote), push_on_close=True)
    assert shared.push_on_close and shared.status().push_on_close
    work = Workspace(store, clock)
    project = work.create_project("P")
    run_meeting(work, project, "M", date(2026, 11, 23)).close()
    store.add_waiting_cards([(Card(text="For next time"), "P")])
    store.set_setting("theme", "coprod-light")
    shared.push()
    shared_files = remote_files(remote)
    assert len(shared_files) == 1 and all(name.endswith(".yaml") for name in shared_files)
    assert store.waiting_count() == 1


def test_result_text_lists_what_came_in_and_what_was_not_used(homes, remote):
    store_a, clock_a = homes("a")
    work = Workspace(store_a, clock_a)
    project = work.create_project("P")
    for week in range(12):
        on = date(2026, 1, 5) + timedelta(weeks=week)
        run_meeting(work, project, f"Week {week + 1}", on).close()
    ShareService(store_a, clock_a).init(str(remote))
    store_b, clock_b = homes("b")
    result = ShareService(store_b, clock_b).init(str(remote))
    text = "\n".join(result_text(result, str(remote)))
    assert "Brought in 12 meetings" in text and "… and 2 more" in text


# --- files from someone else ------------------------------------------------------------------
BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8)
)


def colleague_pushes(remote: Path, folder: Path, files: dict[str, bytes | str]) -> None:
    """Someone with plain git (not coprod) puts these files in the shared minutes."""
    subprocess.run(
        ["git", "clone", "--quiet", "--branch", "main", str(remote), str(folder)], check=True
    )
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str) and content.startswith("->"):
            path.symlink_to(content.removeprefix("->"))
        else:
            path.write_bytes(content if isinstance(content, bytes) else content.encode())
    subprocess.run(["git", "-C", str(folder), "add", "--force", "."], check=True)
    subprocess.run(["git", "-C", str(folder), "commit", "--quiet", "-m", "hostile"], check=True)
    subprocess.run(["git", "-C", str(folder), "push", "--quiet", "origin", "HEAD:main"], check=True)


def minutes_text_of(session, project: Project, tmp_path: Path) -> str:
    from coprod_tui.store.minutes import write_minutes

    folder = tmp_path / "scratch"
    folder.mkdir(exist_ok=True)
    return write_minutes(folder, session, project).read_text()


def test_hostile_files_in_the_shared_minutes_are_refused_or_kept_as_text(homes, remote, tmp_path):
    from coprod_tui.model import Session
    from tests.support import hostile_texts

    store_a, clock_a = homes("a")
    work_a = Workspace(store_a, clock_a)
    project = work_a.create_project("Kookgroep De Linde")
    run_meeting(work_a, project, "Eerste", date(2026, 11, 2)).close()
    ShareService(store_a, clock_a).init(str(remote))

    cards = []
    for _, text in hostile_texts():
        try:
            cards.append(Card(text=text, author=text[:40] or None))
        except ValueError:
            continue  # refused as a card anyway
    hostile = Session(project.id, "[red]Markup[/red] \x1b]0;PWNED\x07", date(2026, 11, 9))
    hostile.cards, hostile.status, hostile.closed_at = cards, "closed", clock_a()
    valid = minutes_text_of(hostile, project, tmp_path)
    escaping = valid.replace(f"id: {hostile.id}", "id: ../../../escaped")
    assert escaping != valid
    running = Session(project.id, "Nog bezig", date(2026, 11, 16), status="running")
    secret = tmp_path / "secret.txt"
    secret.write_text("the facilitator's private notes")
    colleague_pushes(
        remote,
        tmp_path / "colleague",
        {
            "[b]markup[b] \u202ename.yaml": valid,
            "escape.yaml": escaping,
            "running.yaml": minutes_text_of(running, project, tmp_path),
            "broken.yaml": "schema: [1\n",
            "binary.yaml": bytes(range(256)) * 4,
            "bomb.yaml": BILLION_LAUGHS,
            "schema7.yaml": valid.replace("schema: 1", "schema: 7", 1),
            "link.yaml": f"->{secret}",
            "huge.yaml": b"# " + b"x" * (17 * 2**20),
            "deep/inside.yaml": valid,
            ".gitignore": "*.yaml\n",
        },
    )

    store_b, clock_b = homes("b")
    shared_b = ShareService(store_b, clock_b)
    result = shared_b.init(str(remote))
    titles = sorted(row["title"] for row in store_b.summaries())
    assert titles == ["Eerste", hostile.title.replace("\x1b", "").replace("\x07", "")]
    assert not (tmp_path / "escaped.json").exists()
    assert not list(tmp_path.rglob("escaped*")), "no file outside the home"
    link = store_b.paths.minutes / "link.yaml"
    assert not link.is_symlink() and "private notes" not in link.read_text()
    skipped = "\n".join(result.report.skipped)
    for name in ("broken.yaml", "binary.yaml", "schema7.yaml", "huge.yaml", "escape.yaml"):
        assert name in skipped, name
    assert "private notes" not in skipped
    assert all(len(problem) < 2000 for problem in result.report.skipped)
    text = "\n".join(result_text(result, str(remote)))
    assert "not used" in text

    # B's own meeting still goes out, whatever the .gitignore says.
    project_b = store_b.project(project.id)
    assert project_b is not None
    run_meeting(Workspace(store_b, clock_b), project_b, "Tweede", date(2026, 11, 23)).close()
    assert shared_b.push().sent
    assert any("tweede" in name for name in remote_files(remote))
