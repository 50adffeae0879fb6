"""Header values and addresses that cannot be used to inject anything.

Why our own checks: Python 3.11.7's `email` lacks the strict address parsing of later releases,
and any text that reaches a header (an agency's name, a case id, a subject taken from a reply)
may carry CR/LF.  Every header the gateway writes passes through here.
"""

from __future__ import annotations

import re

from gateway.domain import valid_address

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
# a msg-id as RFC 5322 draws it (dot-atom-text "@" dot-atom-text), printable ASCII, no spaces
_ATEXT = r"A-Za-z0-9!#$%&'*+/=?^_`{|}~."
_MSGID = re.compile(rf"<[{_ATEXT}-]{{1,250}}@[{_ATEXT}\[\]-]{{1,250}}>")


class BadHeader(ValueError):
    """A value we refuse to write into a header."""


class BadAddress(BadHeader):
    """An address we refuse to write into a header."""


def clean(value: str, limit: int = 900) -> str:
    """A single-line header value: control characters (CR, LF, NUL...) become one space."""
    return _CONTROL.sub(" ", value).strip()[:limit]


def address(value: str) -> str:
    """The address, lower-cased, if it is a plain valid one; else BadAddress."""
    candidate = value.strip().lower()
    if _CONTROL.search(candidate) or not valid_address(candidate):
        raise BadAddress(f"not a valid e-mail address: {clean(value)[:80]!r}")
    return candidate


def is_address(value: str) -> bool:
    try:
        address(value)
    except BadAddress:
        return False
    return True


def message_id(value: str, strict: bool = True) -> str:
    """`<left@right>` if `value` is one well-formed msg-id (angle brackets added when missing).

    strict: a malformed one (ours, a bug) raises BadHeader; otherwise (one taken from an
    agency's message for threading) it is dropped: "" is returned."""
    candidate = value.strip()
    if candidate and not candidate.startswith("<"):
        candidate = f"<{candidate}>"
    if _MSGID.fullmatch(candidate):
        return candidate
    if strict:
        raise BadHeader(f"not a valid Message-ID: {clean(value)[:80]!r}")
    return ""
