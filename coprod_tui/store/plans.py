"""Session plans shipped in ``sessions/`` (or inside the installed package)."""

from __future__ import annotations

from pathlib import Path

from coprod_tui.model import SessionPlan, ValidationError
from coprod_tui.store.files import StoreError
from coprod_tui.store.yamlio import load_yaml

_PACKAGE = Path(__file__).resolve().parents[1]


def plans_dir() -> Path:
    """``coprod_tui/sessions`` in a wheel, the repository's ``sessions/`` in a checkout."""
    packaged = _PACKAGE / "sessions"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "sessions"


def themes_dir() -> Path:
    packaged = _PACKAGE / "themes"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "themes"


class PlanError(StoreError):
    pass


def load_plan(path: Path) -> SessionPlan:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise PlanError(f"{path}: expected a session plan (name, title, agenda)")
    try:
        plan = SessionPlan.from_dict(data, str(path))
    except ValidationError as error:
        raise PlanError(str(error)) from None
    plan.key = path.stem
    return plan


def available_plans(folder: Path | None = None) -> tuple[list[SessionPlan], list[str]]:
    """Every valid plan, and a message for each invalid one (never silently hidden)."""
    plans, problems = [], []
    for path in sorted((folder or plans_dir()).glob("*.yaml")):
        if path.stem == "demo":
            continue
        try:
            plans.append(load_plan(path))
        except StoreError as error:
            problems.append(str(error))
    return plans, problems
