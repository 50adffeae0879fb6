"""`gateway ARGS...` with a parser that never finishes a message marked `X-Test-Slow: yes`,
for the SIGTERM test (tests/daemon/test_stop.py).

    python -m tests.daemon.slow_child MARKER ARGS...

The stuck parse busies the interpreter (pure Python, like `email`'s header parsing of a
hostile Content-Type) and writes MARKER when it starts, so the test knows processing is stuck.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from gateway.processing import worker


def main() -> None:
    marker = Path(sys.argv[1])
    real = worker.parse_message

    def slow(raw: bytes, source: str, limits: Any = None) -> Any:
        if b"X-Test-Slow: yes" in raw:
            marker.write_text("parsing")
            n = 0
            while True:  # for ever, holding the GIL as Python code does
                n = (n + 1) % 1_000_003
        return real(raw, source, limits)

    def slow_batch(messages: list[tuple[bytes, str]], limits: Any = None) -> list[Any]:
        return [slow(raw, source, limits) for raw, source in messages]

    worker.parse_message = slow  # type: ignore[assignment]
    worker.parse_messages = slow_batch  # a batch is read at once (#24): the same stuck parse
    from gateway.cli import main as gateway

    sys.argv = ["gateway", *sys.argv[2:]]
    gateway()


if __name__ == "__main__":
    main()
