"""Fill in missing `char_start`/`char_end` lines after each quote in the curated TOML files.

Curators write the passage they quote; this tool finds where it stands in the document and records the
offsets, so that nobody counts characters by hand. Quotes that already carry offsets are left alone (the
build checks them). Run: python db/fill_offsets.py db/events.toml db/trade.toml
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DB_DIR = Path(__file__).resolve().parent
DOCUMENT_LINE = re.compile(r'^document = "(?P<id>[^"]+)"$')
QUOTE_LINE = re.compile(r"^quote = '''(?P<quote>.*)'''$")


def fill_offsets(path: Path) -> int:
    """Rewrite `path` with offsets after every quote lacking them; return how many were added."""
    lines = path.read_text(encoding="utf-8").splitlines()
    output: list[str] = []
    document_id = ""
    added = 0
    for index, line in enumerate(lines):
        output.append(line)
        if match := DOCUMENT_LINE.match(line):
            document_id = match["id"]
        match = QUOTE_LINE.match(line)
        if not match:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if following.startswith("char_start"):
            continue
        text = (DB_DIR / "documents" / f"{document_id}.txt").read_text(encoding="utf-8")
        start = text.find(match["quote"])
        if start < 0:
            raise SystemExit(f"{path}:{index + 1}: quote not found in document {document_id!r}")
        output += [f"char_start = {start}", f"char_end = {start + len(match['quote'])}"]
        added += 1
    path.write_text("\n".join(output) + "\n", encoding="utf-8")
    return added


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill_offsets(Path(name))} offsets added")
