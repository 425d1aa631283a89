"""`coprod join` in the foreground: prints address, code and QR code; ctrl+c stops it."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

from coprod_tui.store import inbox
from tests.join.helpers import post_card, request


def test_coprod_join_serves_until_ctrl_c(tmp_path):
    home = tmp_path / "home"
    command = [sys.executable, "-m", "coprod_tui", "--home", str(home), "--lang", "en", "join"]
    command += ["--port", "0", "--host", "127.0.0.1", "--project", "Kookgroep De Linde"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        printed = []
        for line in process.stdout:  # type: ignore[union-attr]
            printed.append(line)
            if line.startswith("Cards go to the inbox"):
                break
        text = "".join(printed)
        url = re.search(r"Phone page on: (http://127\.0\.0\.1:\d+/j/\S+)", text).group(1)
        code = re.search(r"Join code: (\S+)", text).group(1)
        assert url.endswith(code)
        assert "▀" in text or "▄" in text, "the QR code is drawn"
        assert "\x1b[" not in text, "no colour codes when the output is not a terminal"
        assert request(url).status == 200
        assert post_card(url, "Soup on Fridays", name="Jan").status == 200
        process.send_signal(signal.SIGINT)
        rest, errors = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, errors
    assert "Phone page stopped; 1 card handed in." in rest
    [entry] = inbox.read_new(home / "inbox")
    assert entry.card.text == "Soup on Fridays"
    assert entry.card.source == "phone"
    assert entry.project == "Kookgroep De Linde"


def test_coprod_join_says_clearly_when_it_cannot_listen(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "coprod_tui", "--home", str(tmp_path / "h"), "--lang", "en"]
            + ["join", "--port", str(port), "--host", "127.0.0.1"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    assert result.returncode == 1
    assert f"the phone page could not start (127.0.0.1:{port})" in result.stderr


def test_coprod_join_refuses_a_project_name_too_long_before_it_starts(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "coprod_tui", "--home", str(tmp_path / "h"), "--lang", "nl"]
        + ["join", "--port", "0", "--host", "127.0.0.1", "--project", "P" * 250],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "de projectnaam is te lang voor de telefoonpagina: hooguit 200 tekens" in result.stderr
    assert "deze heeft er 250" in result.stderr
    assert "Telefoonpagina op" not in result.stdout, "the page never started"
