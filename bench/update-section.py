"""Replaces the section between <!-- NAME:start --> and <!-- NAME:end --> of docs/benchmarks.md with a file's content."""
import sys
from pathlib import Path

name, table_file = sys.argv[1], sys.argv[2]
doc = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
text = doc.read_text() if doc.exists() else "# Benchmarks\n"
body = f"{start}\n{Path(table_file).read_text().rstrip()}\n{end}"
if start in text and end in text:
    before, rest = text.split(start, 1)
    text = before + body + rest.split(end, 1)[1]
else:
    text = text.rstrip() + f"\n\n## {name}\n\n{body}\n"
doc.write_text(text)
