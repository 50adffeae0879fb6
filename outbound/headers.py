"""Header values and addresses that cannot be used to inject anything.

Why our own checks: Python 3.11.7's `email` lacks the strict address parsing of later releases,
and any text that reaches a header (an agency's name, a case id, a subject taken from a reply)
may carry CR/LF.  Every header the gateway writes passes through here.
"""

from __future__ import annotations

import re

from gateway.domain import valid_address

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")

class BadAddress(ValueError):
    """An address we refuse to write into a header."""


def clean(value: str, limit: int = 900) -> str:
    """A single-line header value: control characters (CR, LF, NUL...) become one space."""
    return _CONTROL.sub(" ", value).strip()[:limit]


def address(value: str) -> str:
    """The address, lower-cased, if it is a plain valid one; else BadAddress."""
    candidate = value.strip().lower()
    if not valid_address(candidate):
        raise BadAddress(f"not a valid e-mail address: {clean(value)[:80]!r}")
    return candidate


def is_address(value: str) -> bool:
    try:
        address(value)
    except BadAddress:
        return False
    return True
