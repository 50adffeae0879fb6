"""An RFC 3161 timestamp token in a signer's unsigned attributes: when a trusted authority saw
the signature.

Why prefer it: the signing-time attribute is the signer's own word (a revoked or expired key
could date a signature back); a token binds the hash of the signature value to a time under the
authority's own signature, which is checked here like any other CMS signature and chained to the
same configured roots.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from parsers.signing import algorithms, chain
from parsers.signing.certs import Cert

TOKEN_OID = "1.2.840.113549.1.9.16.2.14"


@dataclass(frozen=True)
class Stamp:
    at: dt.datetime | None  # None: the token did not hold
    detail: str


def token_of(si: Any) -> Any | None:
    """The token's SignedData, when the signer carries one."""
    from asn1crypto import cms, core

    attrs = si["unsigned_attrs"]
    if isinstance(attrs, core.Void):  # never .native: that would parse GOST keys asn1crypto
        return None                   # does not know, in the token's certificates
    for attr in attrs:
        if attr["type"].dotted == TOKEN_OID:
            value = attr["values"][0]
            info = value if isinstance(value, cms.ContentInfo) else cms.ContentInfo.load(
                value.dump())
            return info["content"]
    return None


def check(si: Any, anchors: list[Cert], pool: list[Cert], verify_signer: Any
          ) -> Stamp | None:
    """None when there is no token; else its time, or why it does not count.
    `verify_signer(sd, content, extra) -> (problem or None, signer Cert or None, certs)` is the
    verdict's own check of a SignerInfo (passed in, so the modules do not import each other);
    the authority's certificate may be left out of the token (certReq false), so the
    configured certificates and the document's are offered too (`pool`)."""
    from asn1crypto import tsp

    try:
        sd = token_of(si)
    except (ValueError, TypeError, KeyError):
        return Stamp(None, "the timestamp token is unreadable")
    if sd is None:
        return None
    try:
        content = sd["encap_content_info"]["content"].contents
        info = tsp.TSTInfo.load(content)
        imprint = info["message_imprint"]
        hash_name = algorithms.HASH_OIDS.get(imprint["hash_algorithm"]["algorithm"].dotted, "")
        gen_time = info["gen_time"].native
        expected = imprint["hashed_message"].native
    except (ValueError, TypeError, KeyError):
        return Stamp(None, "the timestamp token is unreadable")
    try:
        if algorithms.digest(hash_name, bytes(si["signature"].native)) != expected:
            return Stamp(None, "the timestamp token is for another signature")
    except algorithms.Unsupported as exc:
        return Stamp(None, f"the timestamp token cannot be checked: {exc}")
    problem, tsa, certs = verify_signer(sd, content, anchors + pool)
    if problem:
        return Stamp(None, f"the timestamp token's signature: {problem}")
    if not anchors:
        return Stamp(None, "the timestamp authority cannot be chained (no trusted roots)")
    path = chain.build(tsa, certs, anchors)
    if isinstance(path, str):
        return Stamp(None, f"the timestamp authority: {path}")
    if not all(c.valid_at(gen_time) for c in path):
        return Stamp(None, "the timestamp authority's certificate was not valid at its time")
    return Stamp(gen_time, f"timestamp of {gen_time:%Y-%m-%d %H:%M} UTC by {tsa.display}")
