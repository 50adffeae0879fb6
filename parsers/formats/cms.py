"""Signed containers (CMS/PKCS#7: `.cms`, `.p7m`, `.p7s`, `.sig`): the signed content unwrapped
for reading, and the signature over it checked.

Why both: agencies sign official documents (NCALayer, CryptoPro, OpenSSL all write CMS), so the
document is inside the envelope; and a valid signature by the agency is evidence of who sent it.
The verdict (RSA, ECDSA and GOST; chain, time of signing, revocation) is parsers.signing's.

Input may be DER, PEM, or base64 text of DER (what NCALayer saves).
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

from parsers.records import ParseError, Signature
from parsers.registry import DocumentRejected, Member, ParseLimits, Unpacked, unpacker

SUFFIXES = (".cms", ".p7m", ".p7s", ".sig")
SIGNED_DATA_OID = bytes.fromhex("06092a864886f70d010702")
_PEM = re.compile(rb"-----BEGIN (?:PKCS7|CMS|PKCS #7 SIGNED DATA)-----(.+?)-----END", re.S)
_B64 = re.compile(rb"^[A-Za-z0-9+/=\s]+$")


def der_of(data: bytes) -> bytes | None:
    """The DER of a CMS SignedData in any of its three spellings, else None."""
    head = data[:32]
    if head[:1] == b"\x30" and SIGNED_DATA_OID in head:
        return data
    m = _PEM.search(data[:1 << 16] if len(data) > 1 << 16 else data)
    text = (m.group(1) if m else data).strip()
    if not text.startswith(b"MI") or not _B64.match(text[:4096]):
        return None
    try:
        if SIGNED_DATA_OID not in base64.b64decode(b"".join(text[:200].split())[:64]):
            return None  # base64 of something else: not decoded whole
        der = base64.b64decode(b"".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return der if der[:1] == b"\x30" and SIGNED_DATA_OID in der[:32] else None


def inner_name(name: str) -> str:
    """`form.docx.cms` -> `form.docx`; a name without a signature suffix stays as it is."""
    low = name.lower()
    for suffix in SUFFIXES:
        if low.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return name


def _signed_data(der: bytes) -> Any:
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        sd = info["content"]
        # parse the signers now, so errors become "corrupt"; not `.native` of them all, which
        # fails on a timestamp token's GOST certificate (asn1crypto knows no GOST keys)
        for si in sd["signer_infos"]:
            si["sid"].native  # noqa: B018
            si["signature"].native  # noqa: B018
        return sd
    except (ValueError, TypeError, KeyError) as exc:
        raise DocumentRejected("corrupt", f"not a readable signed container: {exc}") from None


def _content(sd: Any) -> bytes | None:
    value = sd["encap_content_info"]["content"]
    if value.native is None:
        return None
    native = value.native
    return native if isinstance(native, bytes) else value.contents


def check(sd: Any, content: bytes, limits: ParseLimits) -> Signature:
    """The signature of SignedData `sd` over `content`: parsers.signing.verdict decides."""
    from parsers.signing import verdict

    return verdict.check(sd, content, limits)


def holds(data: bytes) -> str | None:
    """"attached" (a container with its content), "detached" (a signature alone), or None
    (not a readable CMS signature)."""
    der = der_of(data)
    if der is None:
        return None
    try:
        return "detached" if _content(_signed_data(der)) is None else "attached"
    except DocumentRejected:
        return None


def check_detached(sig: bytes, content: bytes, limits: ParseLimits) -> Signature:
    """A detached signature (`form.pdf.p7s`) checked against the document beside it."""
    der = der_of(sig)
    if der is None:
        return Signature(status="invalid", detail="the signature file is not a CMS signature")
    try:
        return check(_signed_data(der), content, limits)
    except DocumentRejected as exc:
        return Signature(status="invalid", detail=exc.message)


@unpacker("cms")
def unpack_cms(data: bytes, name: str, limits: ParseLimits, members: int,
               budget: int) -> Unpacked:
    der = der_of(data)
    if der is None:
        raise DocumentRejected("corrupt", "not a readable signed container")
    sd = _signed_data(der)
    content = _content(sd)
    if content is None:
        return Unpacked(errors=[ParseError(part=name, code="detached_signature", message="a "
                        "detached signature without its document: send the document beside it "
                        "(form.pdf with form.pdf.p7s) or a container with the content inside")])
    if len(content) > min(limits.attachment_bytes, budget):
        return Unpacked(errors=[ParseError(part=inner_name(name), code="too_large",
                                           message=f"{len(content):,} bytes inside, over the "
                                           "limit")])
    return Unpacked(members=[Member(inner_name(name), content)],
                    signature=check(sd, content, limits))
