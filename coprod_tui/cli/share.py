"""``coprod share init REMOTE | pull | push | status | push-on-close on|off``, without the app."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.meeting.share import (
    ShareResult,
    ShareService,
    offline_text,
    result_text,
    shown_remote,
)
from coprod_tui.store.db import HomeLocked, HomeStore


def local_remote(remote: str) -> Path | None:
    """The folder a remote names when it is a path here (not ``host:path`` or ``…://…``)."""
    if "://" in remote or re.match(r"^[^/]+:", remote):
        return None
    return Path(remote).expanduser().resolve()


def run(home: Path, args: argparse.Namespace) -> int:
    command = args.share_command
    store = HomeStore(home)
    try:
        store.open(lock=command != "status")  # only the status does not write the index
    except HomeLocked as error:
        print(f"coprod: {error}", file=sys.stderr)
        print(t("Or press s on the home screen of that coprod to share."), file=sys.stderr)
        return 1
    try:
        service = ShareService(store, interactive=sys.stdin.isatty())
        if command == "status":
            return show_status(service)
        if command == "push-on-close":
            return set_push_on_close(service, args.state == "on")
        if command == "init":
            result = init(service, args.remote, args.push_on_close or None)
        elif command == "pull":
            service.repo.require_shared()
            result = service.pull()
        else:
            service.repo.require_shared()
            result = service.push()
        remote = service.repo.remote_url()
    finally:
        store.close()
    return report(result, remote)


def init(service: ShareService, remote: str, push_on_close: bool | None) -> ShareResult:
    folder = local_remote(service.repo.check_remote(remote))
    if folder is not None:
        if service.repo.create_bare(folder):
            print(t("Made an empty shared repository: {path}", path=folder))
        remote = str(folder)
    result = service.init(remote, push_on_close=push_on_close)
    print(
        t(
            "The minutes in {folder} are shared with {remote}.",
            folder=service.repo.folder,
            remote=shown_remote(remote),
        )
    )
    return result


def report(result: ShareResult, remote: str | None) -> int:
    for line in result_text(result, remote):
        print(line)
    offline = offline_text(result, remote)
    if offline is not None:
        print(f"coprod: {offline}", file=sys.stderr)
        return 1
    return 0


def show_status(service: ShareService) -> int:
    status = service.status()
    if not status.shared:
        print(t("The minutes of this home are not shared. Share them: coprod share init REMOTE"))
        return 0
    print(t("Shared with: {remote}", remote=status.remote or "?"))
    print(
        t("Push when a meeting closes: on")
        if status.push_on_close
        else t("Push when a meeting closes: off")
    )
    if status.unsent:
        print(t("Not sent yet ({count}); coprod share push sends them:", count=len(status.unsent)))
        print("\n".join(f"  {label}" for label in status.unsent))
    else:
        print(t("Every closed meeting has been sent (as of the last pull or push)."))
    return 0


def set_push_on_close(service: ShareService, on: bool) -> int:
    service.set_push_on_close(on)
    print(t("Push when a meeting closes: on") if on else t("Push when a meeting closes: off"))
    return 0
