"""Header values and addresses that cannot be used to inject anything.

Why our own checks: Python 3.11.7's `email` lacks the strict address parsing of later releases,
and any text that reaches a header (an agency's name, a case id, a subject taken from a reply)
may carry CR/LF.  Every header the gateway writes passes through here.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
# a deliberately plain address: local@domain, no quotes, comments or routes
_ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
    r"(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


class BadAddress(ValueError):
    """An address we refuse to write into a header."""


def clean(value: str, limit: int = 900) -> str:
    """A single-line header value: control characters (CR, LF, NUL...) become one space."""
    return _CONTROL.sub(" ", value).strip()[:limit]


def address(value: str) -> str:
    """The address, lower-cased, if it is a plain valid one; else BadAddress."""
    candidate = value.strip().lower()
    if not _ADDRESS.match(candidate) or ".." in candidate:
        raise BadAddress(f"not a valid e-mail address: {clean(value)[:80]!r}")
    return candidate


def is_address(value: str) -> bool:
    try:
        address(value)
    except BadAddress:
        return False
    return True
