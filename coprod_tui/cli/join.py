"""``coprod join``: the phone page in the foreground, until ctrl+c."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from coprod_tui.i18n import language, n, t
from coprod_tui.join.qr import qr_for_terminal
from coprod_tui.join.room import room_part
from coprod_tui.join.server import JoinPage, PageRefused
from coprod_tui.meeting.room import RoomWatch
from coprod_tui.store import inbox
from coprod_tui.store.db import HomePaths


def run(home: Path, args: argparse.Namespace) -> int:
    paths = HomePaths(home)
    if not paths.inbox.is_dir():
        paths.create()
        inbox.create_spool(paths.inbox)
    page = JoinPage(
        paths.inbox,
        host=args.host,
        port=args.port,
        project=args.project,
        language=language(),
        any_port_if_taken=False,
        parts=[room_part(RoomWatch(home))],
    )
    try:
        url = page.start()
    except PageRefused as error:
        print(f"coprod: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        where = f"{args.host or t('this network')}:{args.port}"
        print(f"coprod: {t('the phone page could not start')} ({where}): {error}", file=sys.stderr)
        return 1
    out = sys.stdout
    print(qr_for_terminal(url, colour=out.isatty()), file=out)
    print(t("Phone page on: {url}", url=url), file=out)
    print(t("Join code: {code}", code=page.code), file=out)
    print(t("Cards go to the inbox of {home}. Press ctrl+c to stop.", home=home), file=out)
    out.flush()
    stopped = threading.Event()
    try:
        while not stopped.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        page.stop()
    print(
        n(
            "Phone page stopped; {count} card handed in.",
            "Phone page stopped; {count} cards handed in.",
            page.cards_received,
        )
    )
    return 0
