"""The `email` policy the parsers read messages with: `email.policy.default`, remembering what
it parsed.

Why: the default policy parses a header anew every time it is read, and reading a message
reads the same few short headers over and over (`get_content_type()` alone parses
Content-Type about ten times per message, through the slow `_header_value_parser`), while the
values repeat across messages ("text/plain; charset=utf-8").  Parsed headers are immutable
`str` subclasses, so one parse can serve every message that has the same value.  Only short
values are remembered, so a hostile message cannot fill memory through the cache.
"""

from __future__ import annotations

from email.policy import EmailPolicy, default
from functools import lru_cache
from typing import Any

CACHED_VALUE_CHARS = 200  # Content-Type, -Disposition, -Transfer-Encoding are this short
CACHE_ENTRIES = 4096


@lru_cache(maxsize=CACHE_ENTRIES)
def _parsed(name: str, value: str) -> Any:
    return default.header_fetch_parse(name, value)


class CachingPolicy(EmailPolicy):
    """EmailPolicy whose header_fetch_parse returns a shared parse of a short value."""

    def header_fetch_parse(self, name: str, value: Any) -> Any:
        if isinstance(value, str) and not hasattr(value, "name") \
                and len(value) <= CACHED_VALUE_CHARS:
            return _parsed(name, value)
        return super().header_fetch_parse(name, value)


POLICY = CachingPolicy()
