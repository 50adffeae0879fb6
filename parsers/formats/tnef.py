"""Outlook's winmail.dat (TNEF, application/ms-tnef): the files inside unpacked with tnefparse,
each read as an attachment of its own.

Why: Outlook with "Rich Text" formatting wraps every attachment of a message into one
winmail.dat; without unpacking it, an agency's form sent that way would be an unreadable blob.
Names are decoded with the TNEF's own code page (windows-1251 for a Russian Outlook), as
tnefparse assumes UTF-8 for the short names.
"""

from __future__ import annotations

import logging

from parsers.formats.archive import Gate, base_name
from parsers.registry import DocumentRejected, Member, ParseLimits, Unpacked, unpacker

SIGNATURE = b"\x78\x9f\x3e\x22"
logging.getLogger("tnefparse").setLevel(logging.ERROR)  # it warns on every odd checksum


def _decode(raw: bytes | str, codepage: str | None) -> str:
    if isinstance(raw, str):
        return raw.strip("\x00")
    raw = raw.rstrip(b"\x00")
    for enc in ("utf-8", codepage or "cp1251", "cp1251"):
        try:
            return raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def _name(att: object, codepage: str | None, n: int) -> str:
    try:
        long = att.long_filename()  # type: ignore[attr-defined]
    except (UnicodeError, ValueError, AttributeError):
        long = ""
    short = _decode(getattr(att, "_name", b"") or b"", codepage)
    return base_name(long or short) or f"winmail-{n}"


@unpacker("tnef")
def unpack_tnef(data: bytes, name: str, limits: ParseLimits, members: int,
                budget: int) -> Unpacked:
    from tnefparse.tnef import TNEF

    try:
        tnef = TNEF(data, do_checksum=False)
    except (ValueError, IndexError, KeyError, UnicodeError, LookupError) as exc:
        raise DocumentRejected("corrupt", f"not a readable winmail.dat: {exc}") from None
    gate = Gate(name, limits, members, budget)
    for n, att in enumerate(tnef.attachments, start=1):
        payload = att.data or b""
        part = gate.admit(_name(att, tnef.codepage, n), len(payload), 0, False)
        if part is not None:
            gate.out.members.append(Member(part, payload))
            gate.bytes_left -= len(payload)
    if not tnef.attachments:
        gate.refuse(name, "empty_file", "the winmail.dat holds no attachments")
    return gate.out

