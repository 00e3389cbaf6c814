"""PySide's per-import probe, answered from the file's bytes, gives PySide's own answers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import azkz_desktop.ui.main_window  # noqa: F401  (loading the views installs the probe)
from azkz_desktop.ui import pyside_hook


def probe() -> Any:
    """PySide's probe as it is now: ours, with PySide's own as `__wrapped__`."""
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_loading_the_views_installs_the_byte_probe() -> None:
    assert getattr(probe(), pyside_hook.MARK, False)
    assert pyside_hook.install()  # a second install keeps the one there
    assert not hasattr(probe().__wrapped__, pyside_hook.MARK)


def test_it_answers_as_pyside_does_for_every_module_loaded() -> None:
    ours, theirs = probe(), probe().__wrapped__
    modules = [module for module in list(sys.modules.values()) if isinstance(module, ModuleType)]
    assert len(modules) > 200
    answers = {module.__name__: ours(module) for module in modules}
    assert answers == {module.__name__: theirs(module) for module in modules}
    assert answers["azkz_desktop.ui.main_window"] is True
    assert answers["azkz_desktop.data.spans"] is False  # the data layer knows nothing of Qt
    assert answers["json"] is False and answers["sys"] is False


def test_a_module_that_names_pyside_is_found(tmp_path: Path) -> None:
    latin = "# -*- coding: latin-1 -*-\nNAME = 'PySide6.QtCore'  # caf\xe9\n"
    (tmp_path / "uses_qt.py").write_text(latin, encoding="latin-1")
    (tmp_path / "plain.py").write_text("NAME = 'nothing of Qt here'\n", encoding="utf-8")
    uses_qt, plain = load(tmp_path / "uses_qt.py"), load(tmp_path / "plain.py")
    assert probe()(uses_qt) is True and probe().__wrapped__(uses_qt) is True
    assert probe()(plain) is False and probe().__wrapped__(plain) is False


def test_a_module_whose_file_is_gone_gets_pysides_answer(tmp_path: Path) -> None:
    source = tmp_path / "vanished.py"
    source.write_text("NAME = 'PySide6'\n", encoding="utf-8")
    module = load(source)
    source.unlink()
    assert probe()(module) == probe().__wrapped__(module)


def test_without_pysides_probe_nothing_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", ModuleType("shibokensupport.feature"))
    assert pyside_hook.install() is False
    assert not hasattr(sys.modules["shibokensupport.feature"], "_mod_uses_pyside")
