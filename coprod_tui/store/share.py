"""The minutes folder as a git repository with one remote: the plumbing of ``coprod share``.

It runs the ``git`` command (no library, no home-made sync) and knows only files and git, not
the index. Minutes are only ever added: one new file per closed meeting, never changed, so two
laptops' histories always merge without a conflict (``merge`` refuses anything else).

Against files from others: symbolic links are checked out as plain files (``core.symlinks``
off), hooks and signing prompts are not run for the commits made here, and without a terminal
(the app) git never asks for a password: it fails, and the facilitator is told why.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.model import clean_line
from coprod_tui.store.files import StoreError, make_private_dir

REMOTE = "origin"
DEFAULT_BRANCH = "main"
NETWORK_SECONDS = 60  # without a terminal, a remote that says nothing for this long is offline
LOCAL_SECONDS = 60
MAX_PROBLEM_CHARS = 200
# Given to every git command: safe for files that came from someone else, and never a prompt.
SAFE_CONFIG = (
    "core.symlinks=false",
    "core.quotePath=false",
    "commit.gpgSign=false",
    "merge.verifySignatures=false",
)


class ShareError(StoreError):
    """Sharing did not work this time; nothing is lost (the message says why and what next)."""


class GitMissing(ShareError):
    pass


class NotShared(ShareError):
    pass


class RemoteUnreachable(ShareError):
    """The remote did not answer (offline, a wrong address, no access)."""


class GitFailed(ShareError):
    pass


@dataclass(frozen=True)
class GitOutput:
    code: int
    out: str
    err: str


def short_problem(text: str) -> str:
    """The last thing git said, on one line and cut short (messages quote, never dump)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    said = [line for line in lines if line.lower().startswith(("fatal:", "error:"))] or lines
    wanted = [re.sub(r"^(fatal|error): ", "", line, flags=re.IGNORECASE) for line in said[-2:]]
    problem = clean_line(" ".join(wanted))
    problem = re.sub(r"(://)[^/@\s']*@", r"\1", problem)  # no password from an address
    if len(problem) > MAX_PROBLEM_CHARS:
        problem = problem[: MAX_PROBLEM_CHARS - 1] + "…"
    return problem or t("no reason given")


def shown_remote(remote: str | None) -> str:
    """A remote as people may see it: without a password or token in its address."""
    if not remote:
        return "?"
    return clean_line(re.sub(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", r"\1", remote))


def git_command() -> str:
    git = shutil.which("git")
    if git is None:
        raise GitMissing(
            t(
                "git is not installed, and sharing minutes needs it: install git "
                "(e.g. sudo apt install git), then try again. Nothing is lost."
            )
        )
    return git


class GitRepo:
    """The minutes folder's git repository. ``interactive``: git may ask in this terminal
    (a password, a host key) and waits as long as it takes; otherwise it never asks, and a
    remote that does not answer within ``NETWORK_SECONDS`` counts as offline."""

    def __init__(self, folder: Path, *, interactive: bool = False) -> None:
        self.folder = folder
        self.interactive = interactive
        self._identity: tuple[str, ...] | None = None

    # --- running git -----------------------------------------------------------------------
    @property
    def shared(self) -> bool:
        return (self.folder / ".git").is_dir()

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        if not self.interactive:
            env["GIT_TERMINAL_PROMPT"] = "0"  # HTTPS: fail rather than ask for a password
        return env

    def run(self, *args: str, network: bool = False, check: bool = True) -> GitOutput:
        argv = [git_command(), "-C", str(self.folder)]
        for setting in (*SAFE_CONFIG, *self.identity()):
            argv += ["-c", setting]
        return self._run([*argv, *args], network=network, check=check)

    def _run(self, argv: list[str], *, network: bool, check: bool) -> GitOutput:
        timeout: int | None = LOCAL_SECONDS
        if network:
            timeout = None if self.interactive else NETWORK_SECONDS
        try:
            process = subprocess.Popen(
                argv,
                stdin=None if self.interactive else subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=self._environment(),
                # Without a terminal of its own, ssh cannot ask for a password and fails.
                start_new_session=not self.interactive,
            )
        except OSError as error:
            problem = error.strerror or str(error)
            raise GitFailed(t("git could not be started: {problem}", problem=problem)) from None
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            if self.interactive:
                process.kill()
            else:
                os.killpg(process.pid, signal.SIGKILL)  # git and the ssh it started
            process.communicate()
            problem = t("no answer within {seconds} seconds", seconds=timeout)
            raise (RemoteUnreachable if network else GitFailed)(problem) from None
        result = GitOutput(
            process.returncode,
            out.decode("utf-8", "replace"),
            err.decode("utf-8", "replace"),
        )
        if check and result.code != 0:
            problem = short_problem(result.err or result.out)
            raise (RemoteUnreachable if network else GitFailed)(problem)
        return result

    def identity(self) -> tuple[str, ...]:
        """A name for the commits when git has none configured (commits need one)."""
        if self._identity is None:
            probe = self._run(
                [git_command(), "var", "GIT_COMMITTER_IDENT"],
                network=False,
                check=False,
            )
            host = clean_line(socket.gethostname()) or "localhost"
            self._identity = (
                () if probe.code == 0 else ("user.name=coprod", f"user.email=coprod@{host}")
            )
        return self._identity

    # --- setting up ------------------------------------------------------------------------
    def create_bare(self, path: Path) -> bool:
        """An empty shared repository at ``path`` (on a shared drive) when there is none yet;
        True when it was made. The folder it goes in must exist (a drive that is mounted)."""
        if path.exists() or not path.parent.is_dir():
            return False
        git = git_command()
        self._run([git, "init", "--quiet", "--bare", "--", str(path)], network=False, check=True)
        # so that a plain `git clone` of it shows the minutes too
        head = ["symbolic-ref", "HEAD", f"refs/heads/{DEFAULT_BRANCH}"]
        self._run([git, "-C", str(path), *head], network=False, check=True)
        return True

    @staticmethod
    def check_remote(remote: str) -> str:
        """Refuse what git would read as an option, or nothing at all."""
        if not remote.strip() or remote.startswith("-"):
            raise ShareError(t("{remote!r} is not a git remote address", remote=remote[:80]))
        return remote

    def init(self, remote: str) -> None:
        """Make the folder a repository (if it is not one) whose remote is ``remote``."""
        self.check_remote(remote)
        make_private_dir(self.folder)
        if not self.shared:
            self.run("init", "--quiet")
            self.run("symbolic-ref", "HEAD", f"refs/heads/{DEFAULT_BRANCH}")
        self.run("config", "core.symlinks", "false")
        if self.remote_url() is None:
            self.run("remote", "add", REMOTE, remote)
        else:
            self.run("remote", "set-url", REMOTE, remote)

    def require_shared(self) -> None:
        if not self.shared:
            raise NotShared(
                t(
                    "This home's minutes are not shared yet: coprod share init REMOTE "
                    "(a bare git repository on a shared drive, or an SSH or HTTPS address)."
                )
            )

    def remote_url(self) -> str | None:
        if not self.shared:
            return None
        result = self.run("remote", "get-url", REMOTE, check=False)
        return result.out.strip() if result.code == 0 else None

    def branch(self) -> str:
        return self.run("symbolic-ref", "--short", "HEAD").out.strip()

    def has_commits(self) -> bool:
        return self.run("rev-parse", "--verify", "--quiet", "HEAD", check=False).code == 0

    def remote_branch(self) -> str | None:
        """The branch the remote's HEAD names, when it has one with commits."""
        listed = self.run("ls-remote", "--symref", REMOTE, "HEAD", network=True).out
        for line in listed.splitlines():
            if line.startswith("ref: refs/heads/") and line.endswith("\tHEAD"):
                return line.removeprefix("ref: refs/heads/").removesuffix("\tHEAD")
        return None

    def follow_branch(self, name: str) -> None:
        """Use the remote's branch name here too (a repository made on a server has one)."""
        if name == self.branch():
            return
        if self.has_commits():
            self.run("branch", "--move", "--", name)
        else:
            self.run("symbolic-ref", "HEAD", f"refs/heads/{name}")

    # --- files -----------------------------------------------------------------------------
    def tracked(self) -> set[str]:
        listed = self.run("ls-files", "-z", "--cached").out
        return {name for name in listed.split("\0") if name}

    def untracked(self, names: Iterable[str]) -> list[str]:
        """Those of these files that are not committed yet."""
        tracked = self.tracked()
        return sorted(name for name in set(names) if name not in tracked)

    def commit(self, names: list[str], message: str) -> None:
        # --force: a .gitignore from someone else cannot keep our minutes out
        self.run("add", "--force", "--", *names)
        self.run("commit", "--quiet", "--no-verify", "-m", message, "--", *names)

    def _upstream(self) -> str:
        return f"refs/remotes/{REMOTE}/{self.branch()}"

    def unsent(self) -> list[str]:
        """Files committed here that the remote did not have at the last fetch."""
        if not self.has_commits():
            return []
        upstream = self._upstream()
        known = self.run("rev-parse", "--verify", "--quiet", upstream, check=False).code == 0
        if known:
            listed = self.run("diff", "--name-only", "-z", "--diff-filter=A", upstream, "HEAD")
        else:
            listed = self.run("ls-tree", "-r", "--name-only", "-z", "HEAD")
        return sorted(name for name in listed.out.split("\0") if name)

    # --- exchanging ------------------------------------------------------------------------
    def fetch(self) -> None:
        self.run("fetch", "--quiet", "--no-tags", REMOTE, network=True)

    def merge(self) -> list[str]:
        """Merge what was fetched; the files it brought (none when nothing was new)."""
        upstream = self._upstream()
        if self.run("rev-parse", "--verify", "--quiet", upstream, check=False).code != 0:
            return []  # the remote has nothing yet
        before = self.tracked()
        result = self.run(
            "merge",
            "--quiet",
            "--no-edit",
            "--ff",
            "--no-verify",
            "--allow-unrelated-histories",
            upstream,
            check=False,
        )
        if result.code != 0:
            self.run("merge", "--abort", check=False)
            raise GitFailed(
                t(
                    "the shared minutes could not be merged with these ({problem}); nothing was "
                    "changed here",
                    problem=short_problem(result.err or result.out),
                )
            )
        return sorted(self.tracked() - before)

    def push(self) -> bool:
        """Send this branch; False when the remote has newer commits (fetch and merge first)."""
        branch = self.branch()
        result = self.run(
            "push",
            "--porcelain",
            "--set-upstream",
            REMOTE,
            f"HEAD:refs/heads/{branch}",
            network=True,
            check=False,
        )
        if result.code == 0:
            return True
        if any(line.startswith("!") and "[rejected]" in line for line in result.out.splitlines()):
            return False
        raise RemoteUnreachable(short_problem(result.err or result.out))
