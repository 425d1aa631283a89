"""coprod's translation catalogues: extract, update, add a language, compile.

    python scripts/catalogues.py compile     every locale/*/LC_MESSAGES/coprod.po → coprod.mo
    python scripts/catalogues.py update      extract the English from the source into coprod.pot,
                                             then add new messages to every .po and drop gone ones
    python scripts/catalogues.py new LANG    start locale/LANG/LC_MESSAGES/coprod.po from coprod.pot

``compile`` needs only the standard library; ``update`` and ``new`` need Babel (``pip install
-e '.[dev]'``). ``make catalogues`` runs ``compile``.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "coprod_tui"
LOCALE = PACKAGE / "i18n" / "locale"
TEMPLATE = LOCALE / "coprod.pot"
DOMAIN = "coprod"
# The functions that mark English for the catalogue (coprod_tui/i18n/__init__.py), and the
# toolkit's Label/Label.within (coprod_tui/model/toolkit.py).
KEYWORDS = {
    "t": None,
    "n": (1, 2),
    "pt": ((1, "c"), 2),
    "N_": None,
    "Label": None,
    "within": ((1, "c"), 2),
    "tr": None,  # the phone page's escaping t() (coprod_tui/join/page.py)
}
WIDTH = 100


def catalogue_module():  # type: ignore[no-untyped-def]
    """coprod_tui/i18n/catalogue.py by its path (the build runs before the package is installed)."""
    spec = importlib.util.spec_from_file_location(
        "coprod_catalogue", PACKAGE / "i18n" / "catalogue.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while it runs
    spec.loader.exec_module(module)
    return module


def po_files() -> list[Path]:
    return sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def compile_all() -> list[Path]:
    catalogue = catalogue_module()
    written = []
    for po in po_files():
        mo = po.with_suffix(".mo")
        catalogue.compile_po(po, mo)
        written.append(mo)
    return written


def theme_labels() -> list[tuple[str, str]]:
    """The label of each shipped theme (themes/*.yaml), shown through t(label)."""
    import yaml

    found = []
    for path in sorted((ROOT / "themes").glob("*.yaml")):
        label = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("label")
        if isinstance(label, str) and label:
            found.append((label, f"themes/{path.name}"))
    return found


def extract_python(fileobj, keywords, comment_tags, options):  # type: ignore[no-untyped-def]
    """Babel's extraction method for coprod's Python, by syntax tree.

    Babel's own reads tokens, and on Python 3.11 a t() inside an f-string is one token to it;
    here every call is seen, ``t(…)`` and ``x.t(…)`` alike. Yields what Babel expects:
    (line, keyword, message or (message, plural) / (context, message), comments).
    """
    tree = ast.parse(fileobj.read())
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in keywords:
            continue
        spec = KEYWORDS[name]
        count = 1 if spec is None else len(spec)
        args = node.args[:count]
        if len(args) < count or not all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
        ):
            continue
        values = tuple(a.value for a in args)  # type: ignore[attr-defined]
        if not all(values):
            continue  # Label("") and the like: nothing to translate
        yield node.lineno, name, values[0] if count == 1 else values, []


def extract() -> Catalog:
    """Every message the source marks, as a Babel template catalogue."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(project="coprod", domain=DOMAIN, charset="utf-8", fuzzy=False)
    template.header_comment = (
        "# The English of coprod, to translate into a new language: see README.md,\n"
        '# "Translating coprod". Made by scripts/catalogues.py update; do not edit by hand.'
    )
    for filename, _lineno, message, comments, context in extract_from_dir(
        str(PACKAGE),
        method_map=[("**.py", extract_python)],
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        if not message or (isinstance(message, tuple) and not message[0]):
            continue
        where = f"coprod_tui/{filename}"
        template.add(message, None, [(where, None)], auto_comments=comments, context=context)
    for label, where in theme_labels():
        template.add(label, None, [(where, None)])
    return template


def _write(catalog: Catalog, path: Path) -> None:
    from babel.messages.pofile import write_po

    partial = path.with_suffix(path.suffix + ".partial")
    with partial.open("wb") as file:
        write_po(
            file,
            catalog,
            width=WIDTH,
            sort_output=True,
            ignore_obsolete=True,
            include_lineno=False,
            omit_header=False,
        )
    # Lines that change with every run or Babel version would make every update a merge conflict.
    text = partial.read_text(encoding="utf-8")
    for volatile in ("POT-Creation-Date", "Generated-By"):
        text = re.sub(rf'^"{volatile}: [^"]*"\n', "", text, count=1, flags=re.M)
    project = r'"Project-Id-Version: coprod\\n"'
    text = re.sub(r'^"Project-Id-Version: [^"]*"$', project, text, count=1, flags=re.M)
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def update() -> None:
    from babel.messages.pofile import read_po

    template = extract()
    _write(template, TEMPLATE)
    for po in po_files():
        with po.open("rb") as file:
            catalog = read_po(file)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        _write(catalog, po)
        untranslated = [m.id for m in catalog if m.id and not m.string]
        if untranslated:
            print(f"{po.relative_to(ROOT)}: {len(untranslated)} to translate", file=sys.stderr)


def new(language: str) -> Path:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    path = LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if path.exists():
        raise SystemExit(f"{path.relative_to(ROOT)} exists already")
    with TEMPLATE.open("rb") as file:
        template = read_po(file)
    from babel import Locale

    catalog = Catalog(locale=language, domain=DOMAIN, project="coprod", fuzzy=False)
    # the language's own name: the app and the phone page offer it by this name
    name = Locale.parse(language).get_display_name(language) or language
    catalog.language_team = name[:1].upper() + name[1:]
    catalog.update(template, no_fuzzy_matching=True)
    path.parent.mkdir(parents=True)
    _write(catalog, path)
    return path


def main(argv: list[str]) -> int:
    match argv:
        case ["compile"]:
            for mo in compile_all():
                print(f"compiled {mo.relative_to(ROOT)}")
        case ["update"]:
            update()
            for mo in compile_all():
                print(f"compiled {mo.relative_to(ROOT)}")
        case ["new", language]:
            print(f"started {new(language).relative_to(ROOT)}: translate it, then make catalogues")
        case _:
            print(__doc__, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
