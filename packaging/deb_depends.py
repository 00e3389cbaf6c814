"""Check a .deb's Depends against what the bundled binaries really link to.

    python packaging/deb_depends.py BUNDLE_DIR "pkg-a, pkg-b (>= 1), ..."

Reads the NEEDED entries of every ELF file under BUNDLE_DIR (readelf -d). A library found inside the
bundle is satisfied by the bundle; any other is looked up on this machine (ldconfig -p) and traced to the
Debian package that ships it (dpkg -S). Exits 1, naming the library and the file that needs it, when a
library resolves nowhere, its package is missing from the Depends list, or the list's libc6 minimum is
below the highest GLIBC_x.y symbol version the bundle uses. Also prints the highest GLIBCXX_3.4.n version
(3.4.29 is GCC 11's libstdc++), for the libstdc++6 minimum.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(?P<name>[^\]]+)\]")
GLIBC = re.compile(rb"GLIBC_(\d+)\.(\d+)")
GLIBCXX = re.compile(rb"GLIBCXX_3\.4\.(\d+)")
LIBC6_MINIMUM = re.compile(r"(?:^|,)\s*libc6\s*\(>=\s*(\d+)\.(\d+)")


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) == ELF_MAGIC:
                found.append(path)
    return found


def needed_libraries(path: Path) -> list[str]:
    output = subprocess.run(["readelf", "-d", str(path)], check=True, capture_output=True, text=True).stdout
    return [match["name"] for match in NEEDED.finditer(output)]


def system_libraries() -> dict[str, str]:
    """Library name -> path, for this machine's architecture, from the dynamic linker's cache."""
    machine = os.uname().machine
    arch_tag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(machine, "")
    libraries: dict[str, str] = {}
    output = subprocess.run(["ldconfig", "-p"], check=True, capture_output=True, text=True).stdout
    for line in output.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        flags = name[name.find("(") :]
        name = name.split(" (")[0]
        if arch_tag and arch_tag not in flags:
            continue  # a 32-bit or foreign-architecture copy
        libraries.setdefault(name, path)
    return libraries


def owning_package(path: str) -> str | None:
    candidates = {path, os.path.realpath(path)}
    for candidate in list(candidates):  # merged /usr: dpkg may know either spelling
        if candidate.startswith("/usr/lib/"):
            candidates.add(candidate[len("/usr") :])
        elif candidate.startswith("/lib/"):
            candidates.add("/usr" + candidate)
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            # "libfoo1:amd64: /usr/lib/x86_64-linux-gnu/libfoo.so.1"
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def depends_names(depends: str) -> set[str]:
    names = set()
    for clause in depends.split(","):
        for alternative in clause.split("|"):
            name = alternative.strip().split(" ")[0].split(":")[0]
            if name:
                names.add(name)
    return names


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    bundle, declared = Path(argv[0]), depends_names(argv[1])
    files = elf_files(bundle)
    bundled_names = {path.name for path in bundle.rglob("*")}
    system = system_libraries()
    needed_by: dict[str, list[Path]] = defaultdict(list)
    glibc, glibcxx = (0, 0), 0
    for path in files:
        for name in needed_libraries(path):
            if name not in bundled_names:
                needed_by[name].append(path)
        content = path.read_bytes()
        for match in GLIBC.finditer(content):
            glibc = max(glibc, (int(match[1]), int(match[2])))
        for match in GLIBCXX.finditer(content):
            glibcxx = max(glibcxx, int(match[1]))
    problems = []
    packages: dict[str, set[str]] = defaultdict(set)
    for name, users in sorted(needed_by.items()):
        where = system.get(name)
        package = owning_package(where) if where else None
        user = users[0].relative_to(bundle)
        if where is None:
            problems.append(f"{name} (needed by {user}) is neither bundled nor installed on this machine")
        elif package is None:
            problems.append(f"{name} (needed by {user}) at {where} belongs to no Debian package")
        elif package not in declared:
            problems.append(f"{name} (needed by {user}) comes from {package}, which Depends lacks")
        if package:
            packages[package].add(name)
    counts = f"{len(files)} ELF files, {len(needed_by)} system libraries from {len(packages)} packages"
    print(f"deb_depends: {counts}")
    for package, names in sorted(packages.items()):
        print(f"  {package}: {', '.join(sorted(names))}")
    print(f"deb_depends: highest symbol versions: GLIBC_{glibc[0]}.{glibc[1]}, GLIBCXX_3.4.{glibcxx}")
    minimum = LIBC6_MINIMUM.search(argv[1])
    if minimum is None or (int(minimum[1]), int(minimum[2])) < glibc:
        problems.append(
            f"Depends must say libc6 (>= {glibc[0]}.{glibc[1]}): the bundle uses GLIBC_{glibc[0]}.{glibc[1]}"
        )
    unused = sorted(declared - set(packages))
    if unused:
        print(f"deb_depends: declared, not linked (loaded at run time): {', '.join(unused)}")
    sys.stdout.flush()
    for problem in problems:
        print(f"deb_depends: error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
