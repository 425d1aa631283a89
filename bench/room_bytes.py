"""Bytes per gratitude-timer tick: the room view (``coprod room``) beside the app, same home.

One run: a home with a running meeting of eight participants; the real app in one pty on its
gratitude screen with the first speaker's time started (space), and ``coprod room`` in another
pty on the same home, both counting down the same turn. After both have gone quiet following
the start, the bytes each writes during ``--seconds`` are counted; a burst after QUIET seconds
of silence is one tick. The room's first frame (everything it wrote before the first key, on
its title screen) is shown too. Both in 100x30 and 80x24, TERM=xterm-256color, COLORTERM unset.

``--ssh`` also runs the room view over a real SSH session on loopback: a private sshd on
127.0.0.1 (its own host key, config and authorized key in a temporary folder; nothing of the
machine's SSH set-up is touched), ``ssh -t`` in a pty, and a counting TCP relay between the two,
so both what reaches the terminal and what crosses the wire (encrypted, with SSH's framing)
are counted per tick.

    python bench/room_bytes.py [--seconds 10] [--runs 3] [--ssh]
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
QUIET = 0.4
PEOPLE = ["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees", "Anna", "Bo"]
SIZES = ((100, 30), (80, 24))


def make_home(folder: Path) -> tuple[Path, str]:
    from coprod_tui.meeting import Workspace
    from coprod_tui.model import Participant
    from coprod_tui.store.db import HomeStore
    from coprod_tui.store.plans import load_plan, plans_dir

    home = folder / "home"
    store = HomeStore(home).open()
    try:
        workspace = Workspace(store)
        meeting = workspace.new_meeting(
            workspace.create_project("Kookgroep De Linde"),
            load_plan(plans_dir() / "standard.yaml"),
            participants=[Participant(name) for name in PEOPLE],
        )
        meeting.start()
        return home, meeting.session.id
    finally:
        store.close()


class Pty:
    def __init__(self, argv: list[str], columns: int, rows: int, env: dict | None = None) -> None:
        environment = {k: v for k, v in os.environ.items() if k not in ("COLORTERM", "NO_COLOR")}
        environment.update(TERM="xterm-256color", COLUMNS=str(columns), LINES=str(rows))
        environment["PYTHONPATH"] = str(ROOT)
        environment.update(env or {})
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            import fcntl
            import termios

            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execvpe(argv[0], argv, environment)
        self.seen = bytearray()
        self.bursts: list[tuple[float, int]] = []  # (time, bytes) of each read

    def read(self, timeout: float) -> None:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if ready:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                data = b""
            if data:
                self.seen += data
                self.bursts.append((time.monotonic(), len(data)))

    def stop(self) -> None:
        with _quiet():
            os.kill(self.pid, signal.SIGTERM)
        end = time.monotonic() + 3
        while time.monotonic() < end:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            self.read(0.05)
        else:
            with _quiet():
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


class _quiet:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return exc[0] is not None and issubclass(exc[0], OSError)  # type: ignore[arg-type]


def pump(terminals: list[Pty], seconds: float) -> None:
    end = time.monotonic() + seconds
    while (now := time.monotonic()) < end:
        ready, _, _ = select.select([t.fd for t in terminals], [], [], end - now)
        for terminal in terminals:
            if terminal.fd in ready:
                terminal.read(0)


def until(terminal: Pty, others: list[Pty], wanted: bytes, limit: float = 60) -> None:
    end = time.monotonic() + limit
    while wanted not in terminal.seen:
        if time.monotonic() > end:
            raise RuntimeError(f"never saw {wanted!r}")
        pump([terminal, *others], 0.05)


@dataclass
class Counted:
    bytes: int
    ticks: int

    @property
    def per_tick(self) -> float:
        return self.bytes / self.ticks if self.ticks else float("nan")


def counted(bursts: list[tuple[float, int]], start: float, end: float) -> Counted:
    total = ticks = 0
    last = 0.0
    for at, size in bursts:
        if start <= at < end:
            if at - last > QUIET:
                ticks += 1
            last = at
            total += size
    return Counted(total, ticks)


class Relay:
    """A TCP relay on 127.0.0.1 that counts the bytes from the server to the client."""

    def __init__(self, target_port: int) -> None:
        self.target = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.down: list[tuple[float, int]] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        client, _ = self.listener.accept()
        server = socket.create_connection(("127.0.0.1", self.target))
        pairs = {client: server, server: client}
        while True:
            ready, _, _ = select.select(list(pairs), [], [], 1.0)
            for sock in ready:
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if not data:
                    for each in pairs:
                        each.close()
                    return
                if sock is server:
                    self.down.append((time.monotonic(), len(data)))
                pairs[sock].sendall(data)

    def close(self) -> None:
        self.listener.close()


def start_sshd(folder: Path) -> tuple[subprocess.Popen, int, Path] | str:
    """A private sshd on 127.0.0.1 (key login only); or why there is none."""
    sshd = shutil.which("sshd") or "/usr/sbin/sshd"
    if not os.access(sshd, os.X_OK) or shutil.which("ssh") is None:
        return "no sshd/ssh here (apt-get install openssh-server openssh-client)"
    os.makedirs("/run/sshd", exist_ok=True)  # sshd's privilege separation folder
    host_key, user_key = folder / "host_key", folder / "user_key"
    for key in (host_key, user_key):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    (folder / "authorized_keys").write_text((folder / "user_key.pub").read_text())
    port = socket.create_server(("127.0.0.1", 0))
    number = port.getsockname()[1]
    port.close()
    config = folder / "sshd_config"
    config.write_text(
        f"Port {number}\nListenAddress 127.0.0.1\nHostKey {host_key}\n"
        f"AuthorizedKeysFile {folder / 'authorized_keys'}\nPermitRootLogin prohibit-password\n"
        "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
        f"StrictModes no\nPidFile {folder / 'sshd.pid'}\nAcceptEnv LANG LC_*\n"
    )
    process = subprocess.Popen([sshd, "-D", "-e", "-f", str(config)], stderr=subprocess.DEVNULL)
    for _ in range(50):
        with _quiet(), socket.create_connection(("127.0.0.1", number), timeout=0.2):
            return process, number, user_key
        time.sleep(0.1)
    process.kill()
    return "sshd did not start"


def one_run(columns: int, rows: int, seconds: float, ssh: tuple[int, Path] | None) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        home, meeting_id = make_home(Path(folder))
        coprod = [sys.executable, "-m", "coprod_tui", "--home", str(home), "--lang", "en"]
        room = Pty([*coprod, "room"], columns, rows)
        terminals = [room]
        relay = None
        remote = None
        if ssh is not None:
            port, key = ssh
            relay = Relay(port)
            command = f"cd {ROOT} && PYTHONPATH={ROOT} TERM=xterm-256color " + " ".join(
                [*coprod, "room"]
            )
            remote = Pty(
                ["ssh", "-q", "-t", "-i", str(key), "-p", str(relay.port)]
                + ["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null"]
                + ["root@127.0.0.1", command],
                columns,
                rows,
            )
            terminals.append(remote)
        app = Pty([*coprod, "--meeting", meeting_id], columns, rows)
        terminals.append(app)
        try:
            until(room, terminals, b"Kookgroep")
            if remote is not None:
                until(remote, terminals, b"Kookgroep")
            until(app, terminals, b"gratitude")
            pump(terminals, 1.0)
            first_frame = sum(size for _, size in room.bursts)  # the room, before any key
            app.seen.clear()
            os.write(app.fd, b"3")
            until(app, terminals, b"Gratitude")
            pump(terminals, 1.0)
            os.write(app.fd, b" ")
            pump(terminals, 2.5)  # the turn goes on show; the first repaints settle
            start = time.monotonic()
            pump(terminals, seconds)
            end = time.monotonic()
        finally:
            for terminal in terminals:
                terminal.stop()
            if relay is not None:
                relay.close()
        figures = {
            "room's first frame": Counted(first_frame, 1),
            "app": counted(app.bursts, start, end),
            "room": counted(room.bursts, start, end),
        }
        if remote is not None and relay is not None:
            figures["room over ssh, terminal"] = counted(remote.bursts, start, end)
            figures["room over ssh, wire"] = counted(relay.down, start, end)
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--ssh", action="store_true", help="also over SSH on loopback")
    args = parser.parse_args()
    ssh = None
    sshd = None
    folder = Path(tempfile.mkdtemp(prefix="coprod-sshd-"))
    try:
        if args.ssh:
            started = start_sshd(folder)
            if isinstance(started, str):
                print(f"SSH: not measured: {started}")
            else:
                sshd, port, key = started
                ssh = (port, key)
        for columns, rows in SIZES:
            runs = [one_run(columns, rows, args.seconds, ssh) for _ in range(args.runs)]
            print(
                f"{columns}x{rows}, {args.seconds:g} s of the first speaker's countdown,"
                f" median of {args.runs} run(s)"
            )
            print(f"  {'':28} {'ticks':>5} {'bytes/tick':>10}   each run")
            for label in runs[0]:
                ticks = statistics.median(run[label].ticks for run in runs)
                per_tick = statistics.median(run[label].per_tick for run in runs)
                each = ", ".join(f"{run[label].per_tick:,.0f}" for run in runs)
                print(f"  {label:28} {ticks:>5g} {per_tick:>10,.0f}   {each}")
            app = statistics.median(run["app"].per_tick for run in runs)
            room = statistics.median(run["room"].per_tick for run in runs)
            print(f"  room/app: {room / app:.2f}")
    finally:
        if sshd is not None:
            sshd.terminate()
            sshd.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
