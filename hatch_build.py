"""Build hook: the wheel ships a compiled coprod.mo for every coprod.po (see pyproject.toml).

Compiled with coprod_tui/i18n/catalogue.py (standard library only), so building needs neither
GNU gettext nor Babel.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_catalogues(root: Path, out: Path) -> dict[str, str]:
    """Compile each .po under ``root`` into ``out``; return {built file: path in the wheel}."""
    spec = importlib.util.spec_from_file_location(
        "coprod_catalogue", root / "coprod_tui" / "i18n" / "catalogue.py"
    )
    assert spec and spec.loader
    catalogue = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = catalogue  # dataclasses look the module up while it runs
    spec.loader.exec_module(catalogue)
    built = {}
    for po in sorted((root / "coprod_tui" / "i18n" / "locale").glob("*/LC_MESSAGES/*.po")):
        inside = po.relative_to(root).with_suffix(".mo")
        target = out / inside
        target.parent.mkdir(parents=True, exist_ok=True)
        catalogue.compile_po(po, target)
        built[str(target)] = inside.as_posix()
    return built


class CataloguesHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="coprod-mo-")
        built = compile_catalogues(Path(self.root), Path(self._folder.name))
        build_data.setdefault("force_include", {}).update(built)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        self._folder.cleanup()
