"""Where the translation catalogues are, and turning the .ts sources into the .qm files Qt loads.

The .ts sources live in resources/translations/ and are committed; the compiled .qm files are build output:
scripts/setup.sh and packaging/build_deb.sh compile them into the package's translations/ folder
(`python -m azkz_desktop.ui.catalogues`). A checkout run without that step still gets its languages: the
catalogues are compiled into the user's cache folder the first time they are needed, when lrelease is there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QStandardPaths

PREFIX = "azkz_desktop_"
PACKAGE_FOLDER = Path(__file__).resolve().parent.parent / "translations"
SOURCE_FOLDER = PACKAGE_FOLDER.parent.parent.parent / "resources" / "translations"


def source_path(code: str) -> Path:
    """The committed .ts source of one language."""
    return SOURCE_FOLDER / f"{PREFIX}{code}.ts"


def lrelease() -> Path | None:
    """Qt's catalogue compiler: beside this Python (a venv's pyside6-lrelease), on PATH, or in PySide6."""
    import shutil  # only a checkout without compiled catalogues gets here

    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return beside
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return Path(found)
    import PySide6

    inside = Path(PySide6.__file__).parent / "lrelease"
    return inside if inside.exists() else None


def compile_catalogue(source: Path, target: Path) -> bool:
    """Compile one .ts file into `target` (written beside, then renamed: never half-written); True if done."""
    tool = lrelease()
    if tool is None or not source.exists():
        return False
    import subprocess

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    result = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(partial)], capture_output=True, check=False
    )
    if result.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def _fresh(qm: Path, source: Path) -> bool:
    return qm.exists() and (not source.exists() or qm.stat().st_mtime >= source.stat().st_mtime)


def catalogue_path(code: str) -> Path | None:
    """The compiled catalogue of one language, compiled afresh from its source when that is newer.

    In a checkout the .qm goes beside the package's code (ignored by git); where that folder cannot be
    written, into the user's cache folder. An installed package has only the .qm: it is used as it is.
    """
    name = f"{PREFIX}{code}.qm"
    source = source_path(code)
    if _fresh(PACKAGE_FOLDER / name, source):
        return PACKAGE_FOLDER / name
    if os.access(PACKAGE_FOLDER.parent, os.W_OK) and compile_catalogue(source, PACKAGE_FOLDER / name):
        return PACKAGE_FOLDER / name
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    cached = cache / "translations" / name
    if _fresh(cached, source) or compile_catalogue(source, cached):
        return cached
    return None


def qt_catalogue_path(code: str) -> Path | None:
    """Qt's own catalogue (qtbase_xx.qm: the buttons of its dialogs) for a language, if Qt ships one."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    bundled = PACKAGE_FOLDER / f"qtbase_{code}.qm"
    for candidate in (folder / f"qtbase_{code}.qm", bundled):
        if candidate.exists():
            return candidate
    return None


def compile_all(target: Path = PACKAGE_FOLDER) -> list[Path]:
    """Compile every committed .ts source into `target`; the .qm files written."""
    written = []
    for source in sorted(SOURCE_FOLDER.glob(f"{PREFIX}*.ts")):
        qm = target / (source.stem + ".qm")
        if not compile_catalogue(source, qm):
            raise SystemExit(f"cannot compile {source} (is pyside6-lrelease installed?)")
        written.append(qm)
    return written


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else PACKAGE_FOLDER
    for path in compile_all(folder):
        print(path)
