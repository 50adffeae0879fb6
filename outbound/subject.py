"""A Subject header that decodes back exactly.

Why our own folding: Python's `email` folds a long non-ASCII subject into encoded words and
sometimes leaves the space that stood at a fold *between* two encoded words, where RFC 2047
makes every decoder drop it ("о неоднократномотказе").  Here the words carry their own spaces
inside the encoding: each encoded word holds whole characters, at most 42 bytes of UTF-8 (75
characters with its `=?utf-8?b?...?=`, a line under 78), and a leading ASCII run (the case tag)
stays readable before them.  `SubjectHeader` is a str, so reading `msg["Subject"]` gives the
subject as written.
"""

from __future__ import annotations

import base64
from typing import Any

CHUNK_BYTES = 42


def encoded_words(text: str) -> list[str]:
    """`text` as base64 encoded words, whole characters each, spaces inside them."""
    chunks: list[bytes] = []
    chunk = b""
    for ch in text:
        b = ch.encode("utf-8")
        if chunk and len(chunk) + len(b) > CHUNK_BYTES:
            chunks.append(chunk)
            chunk = b""
        chunk += b
    if chunk:
        chunks.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(c).decode('ascii')}?=" for c in chunks]


def fold_subject(text: str, linesep: str = "\r\n", name: str = "Subject") -> str:
    """The whole header, folded, ending with `linesep`."""
    if text.isascii():
        return f"{name}: {text}{linesep}"
    plain, rest = "", text
    head = text.split(" ")
    n = 0
    while n < len(head) - 1 and head[n].isascii() and len(" ".join(head[:n + 1])) < 60:
        n += 1
    if n:
        plain, rest = " ".join(head[:n]), " ".join(head[n:])
    words = encoded_words(rest)
    first = f"{name}: {plain} {words[0]}" if plain else f"{name}: {words[0]}"
    if plain and len(first) > 78:
        return linesep.join([f"{name}: {plain}", *(f" {w}" for w in words)]) + linesep
    return linesep.join([first, *(f" {w}" for w in words[1:])]) + linesep


class SubjectHeader(str):
    """A header value `email` stores and writes as it is (policy.header_store_parse keeps a
    value with a matching `name`; policy.fold calls its `fold`)."""

    name = "Subject"

    def fold(self, *, policy: Any) -> str:
        return fold_subject(str(self), policy.linesep or "\n", self.name)
