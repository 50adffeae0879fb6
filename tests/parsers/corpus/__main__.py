"""Write the generated corpus as files and answer keys: python -m tests.parsers.corpus DIR [N]."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.parsers.corpus import generate


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 350
    for case in generate(count=count):
        (out / case.name).write_bytes(case.data)
        (out / f"{case.name}.expected.json").write_text(
            json.dumps(case.key, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
