"""Make this Linux Python look like Windows or macOS to coprod: ``COPROD_SIMULATE=win32|darwin``.

Used only by tests/test_platforms.py, which puts this folder first on PYTHONPATH. Without the
variable it does nothing.

- win32: ``fcntl``, ``termios``, ``tty``, ``pty``, ``grp`` and ``pwd`` cannot be imported; ``os``
  loses what Windows lacks (``O_NOFOLLOW``, ``O_NONBLOCK``, ``O_CLOEXEC``, ``pread``, ``pwrite``,
  ``fchmod``, ``chown``, ``lockf``, ...); ``os.open`` of a folder fails as on Windows; ``msvcrt``
  offers ``locking`` with Windows' meaning (a byte range from the current position, held by the
  process, refused at once with EACCES), here kept by a Linux record lock.
  Textual's own Windows driver calls the Windows console API, which no Linux offers (Textual
  tests it on Windows): here the name stands for its headless driver, the one ``run_test`` uses.
  The console is Windows Terminal's: Rich is told it understands VT codes and true colour (the
  answer Rich gets from the console API there). platformdirs is told the user's local app data
  folder (as the shell would) through its own override variable.
- darwin: everything POSIX stays; only the platform name changes (so: no inotify).

``sys.platform`` is set after the standard modules that choose their implementation by it at
import (asyncio, subprocess, ctypes, urllib.request, ...) are loaded as the Linux ones they
are; every check that coprod, Textual, Rich and platformdirs make from then on sees the
simulated platform.
``os.name`` stays "posix": pathlib picks its flavour from it, and a WindowsPath cannot work here.
"""

from __future__ import annotations

import os
import sys

SIMULATED = os.environ.get("COPROD_SIMULATE", "")

if SIMULATED in ("win32", "darwin"):
    import asyncio  # noqa: F401  (each: loaded before sys.platform changes, see above)
    import ctypes  # noqa: F401
    import errno
    import selectors  # noqa: F401
    import shutil  # noqa: F401
    import socket  # noqa: F401
    import subprocess  # noqa: F401
    import tempfile  # noqa: F401
    import types
    import urllib.request  # noqa: F401
    import uuid  # noqa: F401

if SIMULATED == "win32":
    _lockf, _open = os.lockf, os.open

    def _locking(fd: int, mode: int, nbytes: int) -> None:
        if mode == 0:  # LK_UNLCK
            _lockf(fd, os.F_ULOCK, nbytes)
            return
        try:
            _lockf(fd, os.F_TLOCK, nbytes)
        except OSError:
            raise PermissionError(errno.EACCES, "Permission denied") from None

    def _open_no_folders(path, flags, mode=0o777, *, dir_fd=None):  # type: ignore[no-untyped-def]
        if os.path.isdir(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return _open(path, flags, mode, dir_fd=dir_fd)

    def _headless_driver(name: str) -> object:
        if name != "WindowsDriver":
            raise AttributeError(name)
        from textual.drivers.headless_driver import HeadlessDriver

        return HeadlessDriver

    class _WindowsTerminal:
        vt = True
        truecolor = True

    rich_windows = types.ModuleType("rich._windows")
    rich_windows.WindowsConsoleFeatures = _WindowsTerminal  # type: ignore[attr-defined]
    rich_windows.get_windows_console_features = _WindowsTerminal  # type: ignore[attr-defined]
    sys.modules[rich_windows.__name__] = rich_windows
    windows_driver = types.ModuleType("textual.drivers.windows_driver")
    windows_driver.__getattr__ = _headless_driver  # type: ignore[method-assign]
    sys.modules[windows_driver.__name__] = windows_driver
    os.environ.setdefault("WIN_PD_OVERRIDE_LOCAL_APPDATA", "C:\\Users\\facilitator\\AppData\\Local")
    msvcrt = types.ModuleType("msvcrt")
    msvcrt.LK_UNLCK, msvcrt.LK_LOCK, msvcrt.LK_NBLCK = 0, 1, 2  # type: ignore[attr-defined]
    msvcrt.locking = _locking  # type: ignore[attr-defined]
    sys.modules["msvcrt"] = msvcrt
    for name in ("fcntl", "termios", "tty", "pty", "grp", "pwd"):
        sys.modules[name] = None  # type: ignore[assignment]
    for name in (
        "O_NOFOLLOW",
        "O_NONBLOCK",
        "O_CLOEXEC",
        "O_DIRECTORY",
        "pread",
        "pwrite",
        "fchmod",
        "fchown",
        "chown",
        "lchown",
        "lockf",
        "mkfifo",
        "getuid",
        "geteuid",
        "getgid",
    ):
        if hasattr(os, name):
            delattr(os, name)
    os.open = _open_no_folders  # type: ignore[assignment]

if SIMULATED in ("win32", "darwin"):
    sys.platform = SIMULATED
