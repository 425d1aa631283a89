"""The arrows of ARCHITECTURE.md hold, and a broken one is caught (import-linter)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter not installed")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_of_the_package(tmp_path: Path) -> Path:
    shutil.copytree(
        REPO / "coprod_tui", tmp_path / "coprod_tui", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_contracts_are_kept():
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        (
            "tui/screens/home.py",
            "from coprod_tui.store.db import HomeStore",
            "only through the meeting service",
        ),
        ("model/card.py", "import textual", "know nothing of Textual"),
        ("export/text.py", "import tinydb", "no TinyDB"),
        ("store/db.py", "from coprod_tui.meeting import Workspace", "Layers"),
    ],
)
def test_an_import_against_the_arrows_fails(tmp_path, module, line, contract):
    root = copy_of_the_package(tmp_path)
    path = root / "coprod_tui" / module
    path.write_text(path.read_text() + f"\n{line}  # noqa\n")
    result = lint_imports(root)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts")[-1]
    assert contract in broken
