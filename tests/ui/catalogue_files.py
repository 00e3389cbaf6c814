"""Reading the translation sources (.ts) and finding every translated string in the code, for the tests."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_FOLDER = ROOT / "resources" / "translations"
UI_FOLDER = ROOT / "src" / "azkz_desktop" / "ui"
LANGUAGES = ("az", "kk", "ru", "de")
PLURAL_FORMS = {"ru": 3, "az": 2, "kk": 2, "de": 2, "en": 2}
PLACEHOLDER = re.compile(r"%L?n|%\d|\{\w*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type attribute: None when finished
    forms: tuple[str, ...]  # the translation, or its plural forms


def ts_path(language: str) -> Path:
    return TS_FOLDER / f"azkz_desktop_{language}.ts"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: {name}: a message without a translation element"
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(name, message.findtext("source") or "", numerus, translation.get("type"), forms)
            )
    return messages


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def code_messages(folder: Path = UI_FOLDER) -> set[tuple[str, str, str]]:
    """(file, context, source) of every translate/tr/QT_TRANSLATE_NOOP call with literal arguments."""
    found = set()
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: list[tuple[int, int, str]] = [
            (node.lineno, node.end_lineno or node.lineno, node.name)
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
        ]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, source = _literal(node.args[0]), _literal(node.args[1])
            elif (name == "tr" or name.endswith("_tr")) and isinstance(function, ast.Name) and node.args:
                # A helper wrapping translate(), or translate() under another name: lupdate reads the
                # first argument as the text and the second as a comment, or nothing at all.
                source = _literal(node.args[0])
                if source is not None:
                    found.add((path.name, f"<through {name}()>", source))
                continue
            elif name == "tr" and isinstance(function, ast.Attribute) and node.args:
                owner = [c for c in classes if c[0] <= node.lineno <= c[1]]
                context = min(owner, key=lambda c: c[1] - c[0])[2] if owner else None
                source = _literal(node.args[0])
                if context is None and source is not None:
                    found.add((path.name, "<outside a class>", source))
                    continue
            else:
                continue
            if context is not None and source is not None:
                found.add((path.name, context, source))
    return found
