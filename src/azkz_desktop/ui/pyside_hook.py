"""PySide's look at every imported module, answered from the file's bytes instead of through `inspect`.

Once shiboken6 is loaded, PySide replaces the import function and, after each module is imported,
asks whether that module uses PySide, to know which modules its optional `from __feature__ import ...`
switches (snake_case, true_property) may apply to; this app uses none of them. It finds out with
`inspect.getsource(module)`, which decodes the whole file into the line cache: about 0.2 ms a module,
some 40 ms of CPU for the modules the window imports after Qt. The question is only whether the text
"PySide6" occurs in the source, and the file's bytes answer it the same way for a module read from a
.py file (Python source is UTF-8 unless it declares an ASCII-compatible encoding, in which "PySide6"
is the same bytes). Any other module (built in, compiled, frozen, from a zip) still gets PySide's own
answer. (The same start-up cost of PySide6 is traced in napari's issue 8584.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARK = "_azkz_reads_bytes"


def install() -> bool:
    """Replace PySide's probe with the byte search; False when PySide's module is not as expected."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, MARK, False):
        return True  # already installed
    feature._mod_uses_pyside = _byte_probe(original)  # type: ignore[attr-defined]
    return True


def _byte_probe(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(mod_uses_pyside, MARK, True)
    mod_uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return mod_uses_pyside
