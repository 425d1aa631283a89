"""Hand the project on: a home's minutes shared through a git remote (``coprod share``).

The same operations for the command and the app. An exchange has three steps, so the app can
run the slow middle one (the network) in a thread while only its own thread writes the index:

1. ``outgoing()`` — the closed meetings' minutes files of this home (from the index);
2. ``exchange()`` — commit those not committed yet, fetch and merge the remote's, push
   (git and the minutes folder only; offline, the commits wait for the next push);
3. ``bring_in()`` — closed meetings from colleagues that the index does not know yet become
   meetings of this home (rebuilt from their minutes), so the ladder trend, the actions to
   review and the card receiver's turn continue from the latest meeting, whoever ran it.

A running meeting is not shared: its minutes are written (once) when it closes. Cards waiting
for a project's next meeting, profiles and settings are in the index, which stays local.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from coprod_tui.i18n import n, t
from coprod_tui.model import now
from coprod_tui.store.db import HomeStore
from coprod_tui.store.share import GitRepo, RemoteUnreachable, ShareError, shown_remote

if TYPE_CHECKING:
    from coprod_tui.store.rebuild import RebuildReport

PUSH_ON_CLOSE = "share_push_on_close"
PUSH_TRIES = 3  # each try first merges what a colleague pushed meanwhile


@dataclass(frozen=True)
class Outgoing:
    """This home's closed minutes (file names) and the message for a commit of the new ones."""

    names: tuple[str, ...]
    labels: dict[str, str]  # file name → "2026-12-21  Maandoverleg december"

    def message(self, new: list[str]) -> str:
        lines = [f"- {self.labels.get(name, name)}" for name in new]
        return (
            n("Minutes of {count} meeting", "Minutes of {count} meetings", len(new))
            + "\n\n"
            + "\n".join(lines)
        )


@dataclass
class ShareResult:
    committed: list[str] = field(default_factory=list)  # minutes files committed this time
    received: list[str] = field(default_factory=list)  # files that came from the remote
    pushed: bool = False  # the remote has every closed meeting of this home now
    sent: list[str] = field(default_factory=list)  # minutes files the push sent
    offline: str | None = None  # why the remote could not be reached
    report: RebuildReport | None = None  # the meetings brought in, once they are


@dataclass(frozen=True)
class ShareStatus:
    shared: bool
    remote: str | None = None
    push_on_close: bool = False
    unsent: tuple[str, ...] = ()  # meetings (labels) the remote did not have at the last look


class ShareService:
    def __init__(
        self,
        store: HomeStore,
        clock: Callable[[], datetime] = now,
        *,
        interactive: bool = False,
    ) -> None:
        self.store = store
        self.clock = clock
        self.repo = GitRepo(store.paths.minutes, interactive=interactive)

    # --- what is shared ----------------------------------------------------------------------
    @property
    def shared(self) -> bool:
        """Is this home's minutes folder shared (a look at the folder, no git)?"""
        return self.repo.shared

    @property
    def push_on_close(self) -> bool:
        return bool(self.store.setting(PUSH_ON_CLOSE, False))

    def set_push_on_close(self, on: bool) -> None:
        self.store.set_setting(PUSH_ON_CLOSE, on)

    def outgoing(self) -> Outgoing:
        labels = {}
        for row in self.store.summaries():
            name = row.get("minutes")
            if row["status"] == "closed" and name and (self.store.paths.minutes / name).is_file():
                labels[name] = f"{row['date']}  {row['title']}"
        return Outgoing(tuple(sorted(labels)), labels)

    def status(self) -> ShareStatus:
        """Where the minutes go and which meetings have not gone yet (no network)."""
        if not self.shared:
            return ShareStatus(False)
        outgoing = self.outgoing()
        remote = shown_remote(self.repo.remote_url())
        return ShareStatus(True, remote, self.push_on_close, self.unsent(outgoing))

    def unsent(self, outgoing: Outgoing) -> tuple[str, ...]:
        """The meetings (labels) of ``outgoing`` the remote did not have at the last look.
        Git only, so it may run in a thread."""
        tracked = self.repo.tracked()
        waiting = {name for name in outgoing.names if name not in tracked}
        waiting |= set(self.repo.unsent()) & set(outgoing.names)
        return tuple(outgoing.labels[name] for name in sorted(waiting))

    # --- exchanging --------------------------------------------------------------------------
    def init(self, remote: str, *, push_on_close: bool | None = None) -> ShareResult:
        """Share this home's minutes folder with ``remote``, then send and receive."""
        self.repo.init(remote)
        if push_on_close is not None:
            self.set_push_on_close(push_on_close)
        try:
            branch = self.repo.remote_branch()
        except RemoteUnreachable:
            branch = None  # offline: the first push that reaches it decides
        if branch:
            self.repo.follow_branch(branch)
        return self.push()

    def pull(self) -> ShareResult:
        return self.bring_in(self.exchange(self.outgoing(), send=False))

    def push(self) -> ShareResult:
        return self.bring_in(self.exchange(self.outgoing(), send=True))

    def exchange(self, outgoing: Outgoing, *, send: bool) -> ShareResult:
        """Commit, fetch, merge and (``send``) push. Touches git and the minutes folder only,
        so it may run in a thread. Offline is a result, not an error: nothing is lost."""
        self.repo.require_shared()
        result = ShareResult()
        result.committed = self.repo.untracked(outgoing.names)
        if result.committed:
            self.repo.commit(result.committed, outgoing.message(result.committed))
        try:
            self.repo.fetch()
            result.received += self.repo.merge()
            for _ in range(PUSH_TRIES if send else 0):
                ahead = self.repo.unsent()
                if not self.repo.has_commits() or self.repo.push():
                    result.pushed, result.sent = True, ahead
                    break
                self.repo.fetch()
                result.received += self.repo.merge()
        except RemoteUnreachable as error:
            result.offline = str(error)
        return result

    def bring_in(self, result: ShareResult) -> ShareResult:
        """Put colleagues' closed meetings in this home's index (the thread that owns it)."""
        from coprod_tui.store.rebuild import bring_in_closed_minutes  # reads minutes: on use

        result.report = bring_in_closed_minutes(self.store, self.clock)
        return result


def result_text(result: ShareResult, remote: str | None) -> list[str]:
    """What an exchange did, in a few lines for a notice or the shell."""
    lines = []
    report = result.report
    brought = report.restored + report.replaced if report else []
    skipped = report.skipped if report else []
    if brought:
        lines.append(
            n(
                "Brought in {count} meeting from the shared minutes:",
                "Brought in {count} meetings from the shared minutes:",
                len(brought),
            )
        )
        lines += [f"  {label}" for label in brought[:10]]
        if len(brought) > 10:
            lines.append("  " + t("… and {count} more", count=len(brought) - 10))
    if result.offline is not None:
        pass  # said by offline_text()
    elif result.sent:
        lines.append(
            n(
                "Sent {count} meeting to the shared minutes.",
                "Sent {count} meetings to the shared minutes.",
                len(result.sent),
            )
        )
    elif result.pushed:
        lines.append(t("The shared minutes already hold every closed meeting of this home."))
    elif not brought:
        lines.append(t("Nothing new in the shared minutes."))
    if skipped:
        lines.append(
            n(
                "{count} file in the minutes folder was not used:",
                "{count} files in the minutes folder were not used:",
                len(skipped),
            )
        )
        lines += [f"  {problem}" for problem in skipped[:5]]
        if len(skipped) > 5:
            lines.append("  " + t("… and {count} more", count=len(skipped) - 5))
    return lines


def offline_text(result: ShareResult, remote: str | None) -> str | None:
    if result.offline is None:
        return None
    return t(
        "The shared minutes at {remote} did not answer ({problem}). Nothing is lost: the "
        "minutes are kept here and go with the next push.",
        remote=shown_remote(remote),
        problem=result.offline,
    )


__all__ = [
    "PUSH_ON_CLOSE",
    "Outgoing",
    "ShareError",
    "ShareResult",
    "ShareService",
    "ShareStatus",
    "offline_text",
    "result_text",
    "shown_remote",
]
