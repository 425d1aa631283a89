"""Debian's Chromium, headless, for tests: find or install it, dump a page, drive a form.

The form is driven over the Chrome DevTools Protocol on a pipe (``--remote-debugging-pipe``:
JSON messages ending in NUL on file descriptors 3 and 4) rather than a websocket: no extra
package, and no debugging port that any other local process could connect to.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
INSTALL_SECONDS = 900
# Start a program with two inherited descriptors moved to 3 and 4 (sh cannot name fds >= 10).
_ON_3_AND_4 = (
    "import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4);"
    "os.execv(sys.argv[3], sys.argv[3:])"
)


class Unavailable(Exception):
    """Chromium is not here and cannot be installed; the message says why."""


def find_or_install() -> str:
    for path in CANDIDATES:
        if os.access(path, os.X_OK):
            return path
    if os.geteuid() != 0:
        raise Unavailable("chromium is not installed and installing it needs root")
    if shutil.which("apt-get") is None:
        raise Unavailable("chromium is not installed and there is no apt-get to install it")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    wait_for_lock = ["-o", "DPkg::Lock::Timeout=120"]
    steps = [
        ["apt-get", *wait_for_lock, "update"],
        ["apt-get", *wait_for_lock, "install", "-y", "chromium"],
    ]
    deadline = time.monotonic() + INSTALL_SECONDS
    for step in steps:
        try:
            result = subprocess.run(
                step,
                env=env,
                capture_output=True,
                text=True,
                timeout=max(1.0, deadline - time.monotonic()),
            )
        except subprocess.TimeoutExpired:
            raise Unavailable(f"`{' '.join(step)}` took longer than {INSTALL_SECONDS} s") from None
        if result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-1:]
            raise Unavailable(f"`{' '.join(step)}` failed: {' '.join(tail)}")
    for path in CANDIDATES:
        if os.access(path, os.X_OK):
            return path
    raise Unavailable("apt-get installed chromium, but no chromium executable was found")


def run_headless(binary: str, profile: Path, *args: str, timeout: float = 60) -> str:
    """One headless run (``--dump-dom URL``, ``--screenshot=…``); returns what it printed."""
    result = subprocess.run(
        [binary, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return result.stdout


class DevTools:
    """A headless Chromium driven over the DevTools pipe; use as a context manager."""

    def __init__(self, binary: str, profile: Path, *, accept_language: str = "en-GB,en") -> None:
        self.binary = binary
        self.profile = profile
        self.accept_language = accept_language
        self._next_id = 0
        self._buffer = b""

    def __enter__(self) -> DevTools:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # the browser expects its ends as descriptors 3 and 4; move them out of that range first
        child_in = fcntl.fcntl(to_browser_read, fcntl.F_DUPFD, 10)
        child_out = fcntl.fcntl(from_browser_write, fcntl.F_DUPFD, 10)
        for fd in (to_browser_read, from_browser_write):
            os.close(fd)
        command = [
            self.binary,
            *FLAGS,
            f"--user-data-dir={self.profile}",
            f"--accept-lang={self.accept_language}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ON_3_AND_4, str(child_in), str(child_out), *command],
            pass_fds=(child_in, child_out),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(child_in)
        os.close(child_out)
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError, TimeoutError, RuntimeError):
            self.call("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)

    def call(
        self, method: str, params: dict | None = None, *, session: str | None = None, timeout=20
    ) -> dict:
        self._next_id += 1
        message: dict = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the browser did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 65536)
                if not chunk:
                    raise OSError("the browser closed its DevTools pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    # --- a tab ---------------------------------------------------------------------------------
    def open(self, url: str) -> str:
        """Open ``url`` in a new tab; returns the session that talks to that tab."""
        target = self.call("Target.createTarget", {"url": url})["targetId"]
        return self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]

    def evaluate(self, session: str, expression: str):  # noqa: ANN201
        result = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True},
            session=session,
        )
        return result.get("result", {}).get("value")

    def wait_for(self, session: str, expression: str, timeout: float = 20):  # noqa: ANN201
        """Poll ``expression`` until it is truthy (pages load and navigate on their own time)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(session, expression)
            except RuntimeError:  # the page is between two documents
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"never true in the browser: {expression}")

    def type_text(self, session: str, text: str) -> None:
        self.call("Input.insertText", {"text": text}, session=session)
