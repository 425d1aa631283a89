"""The ``coprod`` command. Only the commands that open the app import Textual."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from coprod_tui import __version__
from coprod_tui.i18n import LANGUAGES, detect_language, set_language, t
from coprod_tui.store.files import StoreError
from coprod_tui.store.paths import HomePaths, resolve_home


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Every command. With ``argv``, only the commands it names get their own arguments: the
    others are there for ``--help`` and "invalid choice", but never parse anything, and building
    all of them would cost every ``coprod card`` a few milliseconds."""
    parser = argparse.ArgumentParser(
        prog="coprod",
        description="Run a live co-production meeting from the terminal.",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"coprod {__version__}")
    parser.add_argument("--home", help="data folder (default: $COPROD_HOME or your data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language (default: from the locale)")
    parser.add_argument("--meeting", help="open this meeting (id) straight away")
    # prog given, as argparse would work it out (no positionals before the command): else it
    # formats the usage for it, which imports shutil and more on every run
    commands = parser.add_subparsers(dest="command", prog="coprod")
    for name, (help_text, add_arguments) in COMMANDS.items():
        command = commands.add_parser(name, help=help_text, formatter_class=HelpFormatter)
        if add_arguments is not None and (argv is None or name in argv):
            add_arguments(command)
    return parser


class HelpFormatter(argparse.HelpFormatter):
    """argparse's own, given the terminal's width as ``shutil.get_terminal_size`` says it: left
    to itself it imports shutil (and bz2, lzma, ...) for that, since every ``add_argument``
    makes a formatter, on every run."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """The columns ``shutil.get_terminal_size()`` gives: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def _card_arguments(card: argparse.ArgumentParser) -> None:
    card.add_argument("text", help='the idea, in quotes; "-" reads it from standard input')
    who = card.add_mutually_exclusive_group()
    who.add_argument("--from", dest="author", metavar="NAME", help="your name")
    who.add_argument("--anonymous", action="store_true", help="no name (the default)")
    card.add_argument("--project", metavar="NAME", help="for this project's next meeting")


def _minutes_arguments(minutes: argparse.ArgumentParser) -> None:
    minutes_commands = minutes.add_subparsers(dest="minutes_command", required=True)
    minutes_commands.add_parser("list", help="every minutes file, newest first")
    show = minutes_commands.add_parser("show", help="one meeting's minutes as text")
    show.add_argument("which", metavar="FILE|ID", help="a minutes file, or a meeting id (start)")
    search = minutes_commands.add_parser(
        "search", help="find words in all minutes (any case); exit status 1 if none"
    )
    search.add_argument("text", nargs="+", help="the words to find, in this order")
    export = minutes_commands.add_parser("export", help="one meeting's minutes as Markdown")
    export.add_argument("which", metavar="FILE|ID", help="a minutes file, or a meeting id (start)")
    export.add_argument("--format", choices=("md",), default="md", help="md: Markdown")
    export.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="- for standard output (default: <home>/exports/); the file is private (0600)",
    )


def _rebuild_arguments(rebuild: argparse.ArgumentParser) -> None:
    rebuild.add_argument("--from-minutes", action="store_true", required=True)


def _actions_arguments(actions: argparse.ArgumentParser) -> None:
    actions_commands = actions.add_subparsers(dest="actions_command", required=True)
    export = actions_commands.add_parser("export", help="every action of a project as CSV or md")
    export.add_argument("--project", required=True, metavar="NAME", help="the project's name")
    export.add_argument("--format", choices=("csv", "md"), default="md", help="default: md")
    export.add_argument("--output", "-o", metavar="FILE", help="write here (default: stdout)")


def _readiness_arguments(readiness: argparse.ArgumentParser) -> None:
    readiness_commands = readiness.add_subparsers(dest="readiness_command", required=True)
    export = readiness_commands.add_parser(
        "export", help="every readiness check of a project as md or CSV"
    )
    export.add_argument("--project", required=True, metavar="NAME", help="the project's name")
    export.add_argument("--format", choices=("md", "csv"), default="md", help="default: md")
    export.add_argument("--output", "-o", metavar="FILE", help="write here (default: stdout)")


def _join_arguments(join: argparse.ArgumentParser) -> None:
    join.add_argument("--port", type=int, default=8765, help="port (default 8765; 0: any free)")
    join.add_argument(
        "--host", metavar="ADDR", help="address (default: this network's, else local)"
    )
    join.add_argument("--project", metavar="NAME", help="cards are for this project's meeting")


def _share_arguments(share: argparse.ArgumentParser) -> None:
    share_commands = share.add_subparsers(dest="share_command", required=True)
    share_init = share_commands.add_parser(
        "init", help="share this home's minutes with a git remote (made when a new folder)"
    )
    share_init.add_argument(
        "remote", metavar="REMOTE", help="a folder on a shared drive, or an SSH or HTTPS address"
    )
    share_init.add_argument(
        "--push-on-close", action="store_true", help="push the minutes when a meeting closes"
    )
    share_commands.add_parser("pull", help="bring in the meetings colleagues closed")
    share_commands.add_parser("push", help="send this home's closed meetings (pulls first)")
    share_commands.add_parser("status", help="where the minutes go, and what is not sent yet")
    auto = share_commands.add_parser(
        "push-on-close", help="push the minutes when a meeting closes in the app: on or off"
    )
    auto.add_argument("state", choices=("on", "off"))


def _diary_arguments(diary: argparse.ArgumentParser) -> None:
    from coprod_tui.cli.people import add_diary_arguments

    add_diary_arguments(diary)


def _profile_arguments(profile: argparse.ArgumentParser) -> None:
    from coprod_tui.cli.people import add_profile_arguments

    add_profile_arguments(profile)


def _init_arguments(init: argparse.ArgumentParser) -> None:
    init.add_argument("--group", help="let this Unix group hand in cards (shared inbox)")


Arguments = Callable[[argparse.ArgumentParser], None] | None
# name: (help, what adds its own arguments), in the order ``coprod --help`` lists them
COMMANDS: dict[str, tuple[str, Arguments]] = {
    "card": ("hand in an opportunity card", _card_arguments),
    "minutes": (
        "list, show, search or export the minutes of past meetings",
        _minutes_arguments,
    ),
    "rebuild": (
        "recreate a lost or broken database from the minutes (keeps it aside)",
        _rebuild_arguments,
    ),
    "actions": ("a project's action plan, for sharing", _actions_arguments),
    "readiness": ("a project's readiness checks, for sharing", _readiness_arguments),
    "join": ("let phones hand in cards: a page on this network", _join_arguments),
    "share": (
        "share the minutes through git, so any member can run the next meeting",
        _share_arguments,
    ),
    "diary": (
        "the project diary: the whole project as one Markdown document",
        _diary_arguments,
    ),
    "profile": ("a one-page profile: export it, or delete it", _profile_arguments),
    "room": ("the group's view of the running meeting (a projector, or ssh -t host)", None),
    "demo": ("open the app on a demo meeting (created if needed)", None),
    "init": ("create the data folder", _init_arguments),
}


def main(argv: list[str] | None = None) -> int:
    """Every command; output piped into ``head`` (or a reader that stops early) ends quietly."""
    try:
        status = run_command(argv)
        sys.stdout.flush()  # here, not at exit, where a closed pipe could not be caught
    except BrokenPipeError:
        quiet_stdout()
        return EXIT_BROKEN_PIPE
    return status


EXIT_BROKEN_PIPE = 128 + 13  # as a program ended by SIGPIPE, which is what `head` expects


def quiet_stdout() -> None:
    """The reader has gone: what is still buffered, and any later output, goes nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def run_command(argv: list[str] | None) -> int:
    words = sys.argv[1:] if argv is None else argv
    args = build_parser(words).parse_args(words)
    set_language(args.lang or detect_language())
    home = resolve_home(args.home)
    try:
        if args.command == "card":
            from coprod_tui.cli.card import hand_in_card

            return hand_in_card(home, args)
        if args.command == "minutes":
            from coprod_tui.cli import minutes as minutes_cli

            return minutes_cli.run(home, args)
        if args.command == "actions":
            from coprod_tui.cli import actions as actions_export

            return actions_export.run(home, args)
        if args.command == "readiness":
            from coprod_tui.cli import readiness as readiness_export

            return readiness_export.run(home, args)
        if args.command == "rebuild":
            from coprod_tui.cli import minutes as minutes_cli

            return minutes_cli.rebuild(home)
        if args.command == "join":
            from coprod_tui.cli import join as join_cli

            return join_cli.run(home, args)
        if args.command == "share":
            from coprod_tui.cli import share as share_cli

            return share_cli.run(home, args)
        if args.command in ("diary", "profile"):
            from coprod_tui.cli import people as people_cli

            return people_cli.run(home, args)
        if args.command == "room":
            from coprod_tui.cli import room as room_cli

            return room_cli.run(home, args)
        if args.command == "init":
            return init_home(home, args.group)
        return open_app(home, demo=args.command == "demo", meeting_id=args.meeting, lang=args.lang)
    except StoreError as error:
        print(f"coprod: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def init_home(home: Path, group: str | None) -> int:
    from coprod_tui.store import inbox

    paths = HomePaths(home)
    paths.create()
    inbox.create_spool(paths.inbox)
    if group:
        try:
            inbox.share_with_group(paths.inbox, group)
        except inbox.CardRejected as error:
            print(f"coprod: {error}", file=sys.stderr)
            return 2
        except OSError as error:
            print(f"coprod: {group}: {error.strerror or error} ({paths.inbox})", file=sys.stderr)
            return 2
        print(t("Cards can be handed in by group {group}: {inbox}", group=group, inbox=paths.inbox))
    print(t("Data folder ready: {home}", home=home))
    return 0


def open_app(home: Path, *, demo: bool, meeting_id: str | None, lang: str | None = None) -> int:
    from coprod_tui.store.db import HomeStore

    store = HomeStore(home).open()
    try:
        set_language(lang or store.setting("language") or detect_language())
        if demo:
            from coprod_tui.meeting.demo import ensure_demo

            meeting_id = meeting_id or ensure_demo(store)
        from coprod_tui.meeting import Workspace
        from coprod_tui.tui.app import CoprodApp

        app = CoprodApp(Workspace(store), meeting_id=meeting_id, report_crashes=True)
        try:
            result = app.run()
            crash = app.crash
        except Exception:  # past even Textual's net; its driver has given the terminal back
            import traceback

            result, crash = None, traceback.format_exc()
        open_meeting = app.meeting.session.id if app.meeting else None
    finally:
        store.close()
    if crash is not None:
        from coprod_tui.cli.crash import report_crash

        return report_crash(home, crash)
    if isinstance(result, str) and result.startswith("relaunch:"):
        relaunch(home, result.removeprefix("relaunch:"), open_meeting)
    return 0


def relaunch(home: Path, lang: str, meeting_id: str | None) -> None:
    """Start afresh in another language (every label is chosen at start-up)."""
    argv = [sys.executable, "-m", "coprod_tui", "--home", str(home), "--lang", lang]
    if meeting_id:
        argv += ["--meeting", meeting_id]
    from coprod_tui.store import platform

    platform.restart(argv)


if __name__ == "__main__":
    raise SystemExit(main())
