"""Minutes: every past meeting of this home (files dropped in by hand too, unreadable ones with
the reason), full-text search across all of them, read-only view, export to Markdown."""

from __future__ import annotations

import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from coprod_tui.i18n import N_, n, t
from coprod_tui.meeting import StoreError
from coprod_tui.meeting.minutes import (
    MinutesEntry,
    SearchHit,
    WarmList,
    kind_label,
    search_entries,
    snippet,
    sort_entries,
)
from coprod_tui.tui.messages import MeetingChanged
from coprod_tui.tui.screens.base import ToolScreen
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.minutes_document import MATCH_STYLE
from coprod_tui.tui.widgets.row_list import Cell, Column, RowList
from coprod_tui.tui.widgets.tool_line import ToolLine

COUNT_EVERY = 1.0  # seconds between updates of "… so far" while the folder is read
SEARCH_DELAY = 0.25  # seconds of quiet typing before the search runs by itself
SEARCH_LIMIT = 500
WIDE_SCREEN = 120  # from this width, search results show the project too
NARROW = 100  # below this width, the list cuts project and title shorter


def _snippet_text(hit: SearchHit, width: int) -> Text:
    before, match, after = snippet(hit.text, hit.start, hit.end, width)
    return Text.assemble(before, (f"[{match}]", MATCH_STYLE), after)


class MinutesScreen(ToolScreen):
    HELP = N_(
        "The minutes of every past meeting in this data folder, newest first, including files "
        "colleagues sent you and you copied into the minutes folder. A file that cannot be read "
        "is listed at the top with the reason. Enter opens a meeting read-only; / searches the "
        "text of all minutes (any case) and enter on a result opens that meeting at the match; "
        "x writes the selected meeting as Markdown into the exports folder."
    )
    # Not a CSS_PATH file: Textual reads a screen's CSS file (or CSS) on its first visit by
    # parsing the whole app's CSS again and restyling every widget of every screen built so
    # far (~20 ms); a screen's DEFAULT_CSS is parsed alone as it is registered.
    DEFAULT_CSS = """
    MinutesScreen #minutes-search { margin: 0 1; }
    MinutesScreen #minutes-table { height: 1fr; }
    MinutesScreen #minutes-detail { height: auto; max-height: 4; padding: 0 1; color: $text-muted; }
    """
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("search", "export")
    BINDINGS = [
        Binding("slash", "search", t("Search")),
        Binding("x", "export", t("Export Markdown")),
        Binding("r", "reload", t("Reload"), show=False),
        Binding("escape", "back", t("Clear search"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[MinutesEntry] = []
        self._hits: list[SearchHit] | None = None  # None: the list, not search results
        self._term = ""
        self._shown_term = ""
        self._loaded = False
        self._search_timer: Timer | None = None
        self._wide = (False, False)
        self._hits_wide = False  # the search results show the project too
        self._scan_worker: Worker[None] | None = None
        self._scan_again = False
        self._found: list[MinutesEntry] = []
        self._stamp: int | None = None  # the minutes folder when the last scan began
        self._counted = 0.0  # when the title last said how many files were read
        self._warm: WarmList | None = None  # read ahead from the cache, to check when shown

    def compose(self) -> ComposeResult:
        yield ToolLine("minutes")
        yield Static(Text(t("Minutes")), classes="title-bar", id="minutes-title")
        yield Input(
            placeholder=t("/ search all minutes (any case), enter to go to the results"),
            id="minutes-search",
        )
        yield RowList(self._cells, id="minutes-table")
        yield Static("", id="minutes-detail")
        yield Static(
            t("enter open · / search · x export Markdown · escape clear the search"),
            classes="hint",
        )
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#minutes-title", Static).update(Text(t("Reading the minutes folder…")))
        self._add_columns()
        self.table.focus()

    def built_ahead(self) -> None:
        """Built off screen (tui/prepared_screens.py): if the scan cache knows every file as
        it is, read the list from it now, so that showing the screen only checks the folder."""
        self._read_warm()

    @work(thread=True, group="minutes-warm")
    def _read_warm(self) -> None:
        warm = self.workspace.minutes.read_warm()
        if warm is not None and not get_current_worker().is_cancelled:  # not while closing
            self.app.call_from_thread(self._keep_warm, warm)

    def _keep_warm(self, warm: WarmList) -> None:
        if self._stamp is None:  # not shown yet (once shown, its scan tells)
            self._warm = warm

    def _show_warm(self) -> bool:
        """Show the list read ahead if the folder still holds those files, unchanged."""
        warm, self._warm = self._warm, None
        if warm is None:
            return False
        stamp = self.workspace.minutes.folder_stamp
        if not self.workspace.minutes.still_warm(warm):
            return False
        self._stamp = stamp
        self._show_entries(warm.entries)
        self.coprod.screen_ready(self)
        return True

    def on_screen_resume(self) -> None:
        if self._stamp is None and self._show_warm():
            return
        # Coming back (after help, a meeting view, another tool) looks again only if the folder
        # changed since the last look, and never while a scan is still running.
        if self._stamp is None or self.workspace.minutes.folder_stamp != self._stamp:
            self._request_scan()
        elif not self.scanning:
            self.coprod.screen_ready(self)  # nothing new to read: show it as it is

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if self._stamp is None:
            return  # never shown (built ahead): its first showing reads the folder anyway
        meeting = self.meeting
        if message.topic == "meeting" and meeting is not None and meeting.read_only:
            self._request_scan(again=True)  # a meeting was just closed: its minutes are new

    # --- loading -----------------------------------------------------------------------------
    def action_reload(self) -> None:
        self._request_scan(again=True)

    @property
    def scanning(self) -> bool:
        return self._scan_worker is not None and self._scan_worker.state in (
            WorkerState.PENDING,
            WorkerState.RUNNING,
        )

    def _request_scan(self, *, again: bool = False) -> None:
        """At most one scan at a time; ``again``: one more after a running one (which may have
        listed the folder before the change that asks for this)."""
        if self.scanning:
            self._scan_again = self._scan_again or again
            return
        self._scan_again = False
        self._stamp = self.workspace.minutes.folder_stamp
        self._found = []
        self._scan_worker = self._scan()

    @work(thread=True, group="minutes-scan")
    def _scan(self) -> None:
        """Seconds without the cache: never on the UI thread, and the parsing in a child
        process; what is read is shown as it comes."""
        worker = get_current_worker()
        batches = self.workspace.minutes.scan(in_child=True)
        try:
            for batch in batches:
                if worker.is_cancelled:
                    return
                self.app.call_from_thread(self._add_found, batch)
        except StoreError as error:  # e.g. the minutes folder cannot be listed
            self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        finally:
            batches.close()
        if not worker.is_cancelled:
            self.app.call_from_thread(self._scan_done)

    def _add_found(self, batch: list[MinutesEntry]) -> None:
        """The first scan fills the list as it reads (newest first, as the files are named);
        a later one replaces the list only when it is done."""
        self._found += batch
        if self._loaded:
            return
        self._entries = self._found
        if self._term:
            return  # the search runs on the whole list when the scan is done
        table = self.table
        first = not table.row_count
        table.extend(batch)
        if first:
            self._show_detail()
        now = time.monotonic()
        if now - self._counted >= COUNT_EVERY:
            self._counted = now
            self.query_one("#minutes-title", Static).update(
                Text(t("Reading the minutes folder… {count} so far", count=len(self._found))),
                layout=False,  # one line whatever it says: no need to lay the screen out again
            )

    def _scan_done(self) -> None:
        entries = sort_entries(self._found)
        if not self._loaded and [e.name for e in entries] == [e.name for e in self._entries]:
            self._entries, self._loaded = entries, True
            if self._term:
                self._run_search()
            else:
                self._update_title()
                self._empty_note()
        else:
            self._show_entries(entries)
        self.coprod.screen_ready(self)
        if self._scan_again:
            self._request_scan()

    def _show_entries(self, entries: list[MinutesEntry]) -> None:
        if self._loaded and entries == self._entries:
            return  # nothing changed on disk: nothing to redraw
        self._entries = entries
        self._loaded = True
        self._redraw()

    def _redraw(self) -> None:
        if self._term:
            self._run_search()
        else:
            self._show_list()

    def on_resize(self) -> None:
        wide = (self.size.width >= NARROW, self.size.width >= WIDE_SCREEN)
        if self._loaded and wide != self._wide:
            self._redraw()
        self._wide = wide

    # --- showing -----------------------------------------------------------------------------
    @property
    def table(self) -> RowList[MinutesEntry | SearchHit]:
        return self.query_one("#minutes-table", RowList)

    def _update_title(self) -> None:
        meetings = sum(1 for e in self._entries if e.valid)
        unreadable = len(self._entries) - meetings
        parts = [t("Minutes")]
        if self._hits is None:
            parts.append(n("{count} meeting", "{count} meetings", meetings))
            if unreadable:
                parts.append(t("⚠ {count} unreadable", count=unreadable))
        else:
            found = len({hit.entry.name for hit in self._hits})
            parts.append(t("search: {term}", term=self._term))
            if len(self._hits) >= SEARCH_LIMIT:
                parts.append(t("the first {hits} results", hits=SEARCH_LIMIT))
            else:
                results = n("{count} result", "{count} results", len(self._hits))
                where = n("{count} meeting", "{count} meetings", found)
                parts.append(t("{results} in {meetings}", results=results, meetings=where))
            if unreadable:
                parts.append(t("⚠ {count} unreadable not searched", count=unreadable))
        self.query_one("#minutes-title", Static).update(Text(" · ".join(parts)))

    def _keep_cursor(self, name: str | None) -> None:
        """The cursor on the meeting named ``name`` if it is listed, else on the first row."""
        names = (entry.name for entry in self._entries)
        row = next((n for n, shown in enumerate(names) if shown == name), 0)
        self.table.move_cursor(row)
        self._show_detail()

    def _current_name(self) -> str | None:
        entry = self.table.highlighted
        return entry.name if isinstance(entry, MinutesEntry) else None

    def _add_columns(self) -> None:
        narrow = self.size.width < NARROW
        self.table.set_columns(
            [
                Column(t("date"), 10),
                Column(t("project"), 16 if narrow else 24),
                Column(t("title"), 26 if narrow else 40, flexible=True),
                Column(t("cards"), justify="right"),
                Column(t("actions"), justify="right"),
            ]
        )

    def _cells(self, item: MinutesEntry | SearchHit) -> tuple[Cell, ...]:
        if isinstance(item, SearchHit):
            return self._hit_cells(item)
        if not item.valid:
            return ("—", "⚠ " + t("unreadable"), item.name, "", "")
        return (item.date, item.project, item.title, str(item.cards), str(item.actions))

    def _show_list(self) -> None:
        name = self._current_name() if self._hits is None else None
        self._hits = None
        self._add_columns()
        self.table.show(self._entries)
        self._update_title()
        self._keep_cursor(name)
        self._empty_note()

    def _empty_note(self) -> None:
        if not self._entries:
            self.query_one("#minutes-detail", Static).update(
                Text(t("No minutes yet in {folder}", folder=self.workspace.minutes.folder))
            )

    def _hit_cells(self, hit: SearchHit) -> tuple[Cell, ...]:
        project: tuple[Cell, ...] = (hit.entry.project,) if self._hits_wide else ()
        return (
            hit.entry.date,
            *project,
            hit.entry.title,
            kind_label(hit.kind),
            # The text around the match, as it fits (the brackets and two ellipses besides).
            _snippet_text(hit, self.table.widths[-1] - 4),
        )

    def _show_hits(self, hits: list[SearchHit]) -> None:
        same_search = self._hits is not None and self._shown_term == self._term
        row = self.table.cursor_row if same_search else 0
        self._hits = hits
        self._shown_term = self._term
        wide = self._hits_wide = self.size.width >= WIDE_SCREEN
        project = [Column(t("project"), 24)] if wide else []
        table = self.table
        table.set_columns(
            [
                Column(t("date"), 10),
                *project,
                Column(t("title"), 30 if wide else 22),
                Column(t("where"), 14),
                Column(t("text"), flexible=True),
            ]
        )
        table.show(hits)
        self._update_title()
        table.move_cursor(row if row < len(hits) else 0)
        self._show_detail()
        if not hits:
            self.query_one("#minutes-detail", Static).update(
                Text(t("No minutes mention {text!r}", text=self._term))
            )

    @on(RowList.Highlighted, "#minutes-table")
    def _show_detail(self) -> None:
        detail = self.query_one("#minutes-detail", Static)
        entry, hit = self._selected()
        if entry is None:
            detail.update("")
        elif hit is not None:
            where = t(
                "{where} in {title} ({project}, {date}):",
                where=kind_label(hit.kind),
                title=entry.title,
                project=entry.project,
                date=entry.date,
            )
            detail.update(Text(where + " ") + _snippet_text(hit, 220))
        elif entry.valid:
            detail.update(
                Text(
                    f"{entry.title} · {entry.project} · {t(entry.status)} · {entry.name} · "
                    + t("id {id}", id=entry.meeting_id[:8])
                )
            )
        else:
            detail.update(Text(t("⚠ cannot be read: {problem}", problem=entry.problem or "")))

    def _selected(self) -> tuple[MinutesEntry | None, SearchHit | None]:
        item = self.table.highlighted
        if isinstance(item, SearchHit):
            return item.entry, item
        return item, None

    # --- searching ---------------------------------------------------------------------------
    def action_search(self) -> None:
        self.query_one("#minutes-search", Input).focus()

    @on(Input.Changed, "#minutes-search")
    def _typed(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self._run_search)

    @on(Input.Submitted, "#minutes-search")
    def _submitted(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._run_search()
        self.table.focus()

    def _run_search(self) -> None:
        self._term = " ".join(self.query_one("#minutes-search", Input).value.split())
        if not self._loaded:
            return  # the scan in progress searches when it is done
        if not self._term:
            if self._hits is not None:
                self._show_list()
            return
        self._show_hits(search_entries(self._entries, self._term, SEARCH_LIMIT))

    def action_back(self) -> None:
        search = self.query_one("#minutes-search", Input)
        if search.has_focus:
            self.table.focus()
        elif search.value:
            search.value = ""
            if self._search_timer is not None:
                self._search_timer.stop()
            self._run_search()

    # --- acting on the selected meeting ------------------------------------------------------
    @on(RowList.Selected, "#minutes-table")
    def action_open(self) -> None:
        from coprod_tui.tui.screens.meeting_view import MeetingView

        entry = self._selected_readable()
        if entry is None:
            return
        try:
            minutes = self.workspace.minutes.load(entry.name)
        except StoreError as error:
            self.notify(str(error), title=t("Cannot open the minutes"), severity="error")
            self.action_reload()
            return
        self.app.push_screen(
            MeetingView(
                minutes.session,
                minutes.project,
                source=entry.name,
                highlight=self._term if self._hits is not None else None,
            )
        )

    def action_export(self) -> None:
        entry = self._selected_readable()
        if entry is None:
            return
        try:
            path = self.workspace.minutes.export(entry.name)
        except StoreError as error:
            self.notify(str(error), title=t("Not exported"), severity="error")
            return
        self.notify(t("Markdown written to {path}", path=path), title=t("Exported"), timeout=8)

    def _selected_readable(self) -> MinutesEntry | None:
        entry, _ = self._selected()
        if entry is None:
            self.notify(t("No meeting selected."), severity="warning")
            return None
        if not entry.valid:
            self.notify(
                entry.problem or "", title=t("This file cannot be read"), severity="warning"
            )
            return None
        return entry
