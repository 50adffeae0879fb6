#!/usr/bin/env python3
"""Why the parser read a document as it did: each document's kind, confidence, warnings, the
evidence scores, the notions found and the second reader's view (its probabilities and the words
that pushed it towards the kind).  `.venv/bin/python tools/why.py FILE`"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from parsers.api import parse_path
    from understanding import second_reader
    from understanding.requirements import reads_as

    result = parse_path(sys.argv[1])
    for doc in result.documents:
        print(f"== {doc.part}: {doc.kind} {doc.confidence} {doc.warnings}")
        d = doc.model_dump(mode="json", exclude={"warnings", "part", "kind", "confidence"})
        print(json.dumps({k: v for k, v in d.items() if v}, ensure_ascii=False)[:600])
        probs = second_reader.probabilities(doc.text)
        if probs:
            print("second reader:", {k: round(v, 2) for k, v in sorted(
                probs.items(), key=lambda kv: -kv[1])},
                  "| words for", doc.kind, second_reader.explain(doc.text, doc.kind))
    for e in result.errors:
        print("error", e)
    if len(sys.argv) > 2:
        text = Path(sys.argv[2]).read_text() if Path(sys.argv[2]).exists() else sys.argv[2]
        print({k: [f.words for f in v] for k, v in reads_as(text).items()})


if __name__ == "__main__":
    main()
