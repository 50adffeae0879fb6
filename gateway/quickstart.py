"""`make run`: the gateway's main job on embedded defaults.  (Filled in by later work.)"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    print("quickstart: not yet written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
