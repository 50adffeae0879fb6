"""The verdict on a CMS signature: `valid`, `invalid` (and why) or `unverified` (and why), with
who signed (name, organisation, IIN, BIN), when, and by which algorithm.

Why these steps, in this order (each one's failure is the reason given):
1. the signed attributes' message digest is the content's digest, and the signature over them
   verifies with the signer certificate's key (RSA, ECDSA, GOST) — else `invalid`;
2. the time of signing: an RFC 3161 timestamp token when one holds (a trusted authority's
   word), else the signing-time attribute (the signer's word), else now;
3. the certificate chains, each link signed by the next, to a certificate of
   `[trust] signature_roots` — else `unverified`;
4. every certificate of the chain was valid at that time — else `invalid` (expired at signing);
5. none is revoked by its issuer's CRL and delta CRL (files of `[trust] crl_folder`), or, when
   no current CRL speaks and `[trust] ocsp` is on, by its OCSP responder — revoked before the
   time of signing, or revoked at all when no timestamp proves the time: `invalid`; no current
   word while `require_revocation`: `unverified`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from parsers.records import Signature
from parsers.registry import ParseLimits
from parsers.signing import algorithms, chain, timestamp
from parsers.signing.certs import Cert, load_paths
from parsers.signing.crl import CrlStore, Revocation

__all__ = ["check", "certificates", "signer_cert", "verify_signer"]


def certificates(sd: Any) -> list[Cert]:
    """The container's certificates, from their bytes as they came (see der_children)."""
    from asn1crypto import core

    field = sd["certificates"]
    if isinstance(field, core.Void):
        return []
    out = []
    for der in algorithms.der_children(bytes(field.contents), contents=True):
        if der[:1] != b"\x30":  # another CertificateChoices alternative
            continue
        try:
            out.append(Cert(der))
        except (ValueError, TypeError, KeyError, IndexError):
            continue
    return out


def signer_cert(si: Any, certs: list[Cert]) -> Cert | None:
    sid = si["sid"]
    if sid.name == "issuer_and_serial_number":
        serial = sid.chosen["serial_number"].native
        issuer = str(sid.chosen["issuer"].hashable)
        return next((c for c in certs if c.serial == serial and c.issuer_key == issuer), None)
    ski = sid.chosen.native
    return next((c for c in certs if c.asn.key_identifier == ski), None)


def _attrs(si: Any) -> dict[str, Any] | None:
    """The signed attributes we read (None: the signer signed the content itself)."""
    from asn1crypto import core

    attrs = si["signed_attrs"]
    if isinstance(attrs, core.Void):
        return None
    out = {}
    for a in attrs:
        if a["type"].native in ("message_digest", "signing_time", "content_type"):
            out[a["type"].native] = a["values"][0].native
    return out


def verify_signer(sd: Any, content: bytes, si: Any = None, extra: list[Cert] | None = None
                  ) -> tuple[str | None, Cert | None, list[Cert]]:
    """Steps 1 of the module's docstring for one SignerInfo: (why it fails or None, the
    signer's certificate, the container's certificates).  A failure that proves tampering
    starts with "invalid:", one that cannot be checked with "unverified:"."""
    si = si if si is not None else sd["signer_infos"][0]
    certs = certificates(sd)
    cert = signer_cert(si, certs + (extra or []))
    if cert is None:
        return "unverified: the signer's certificate is not in the container", None, certs
    digest_oid = si["digest_algorithm"]["algorithm"].dotted
    hash_name = algorithms.HASH_OIDS.get(digest_oid)
    if hash_name is None:
        return f"unverified: the digest algorithm {digest_oid} is not supported", cert, certs
    sig_alg = si["signature_algorithm"]
    sig_oid = sig_alg["algorithm"].dotted
    attrs = _attrs(si)
    try:
        if attrs is not None:
            if attrs.get("message_digest") != algorithms.digest(hash_name, content):
                return ("invalid: the content was changed after signing (its digest differs "
                        "from the signed one)"), cert, certs
            signed = bytes(si["signed_attrs"].dump())
            signed = b"\x31" + signed[1:]  # signed as a SET OF, stored as [0] IMPLICIT
        else:
            signed = content
        params = sig_alg["parameters"]
        algorithms.verify(cert.spki, sig_oid, hash_name, signed, bytes(si["signature"].native),
                          params.dump() if sig_oid == "1.2.840.113549.1.1.10" else None)
    except algorithms.BadSignature:
        return "invalid: the signature does not verify with the signer's certificate", cert, \
            certs
    except algorithms.Unsupported as exc:
        return f"unverified: the signature cannot be checked: {exc}", cert, certs
    except (ValueError, TypeError, KeyError) as exc:
        return f"unverified: the signature cannot be checked: {exc}", cert, certs
    return None, cert, certs


def _token_signer(sd: Any, content: bytes, extra: list[Cert]
                  ) -> tuple[str | None, Cert | None, list[Cert]]:
    problem, cert, certs = verify_signer(sd, content, extra=extra)
    return (problem.split(": ", 1)[1] if problem else None), cert, certs


MAX_SIGNERS = 5  # co-signers checked (a head and an executor, two agencies)


def check(sd: Any, content: bytes, limits: ParseLimits,
          now: dt.datetime | None = None) -> Signature:
    """The verdict on SignedData `sd` over `content` (see the module's docstring).  With
    several signers (NCALayer's co-signing), each is checked: one `invalid` makes the
    document's verdict that one; otherwise a valid one leads, and the others ride along in
    `cosigners` (a signature vouches for a letter if any of them names the agency's BIN)."""
    now = now or dt.datetime.now(dt.UTC)
    infos = list(sd["signer_infos"])[:MAX_SIGNERS]
    if not infos:
        return Signature(status="unverified", detail="the container holds no signature")
    verdicts = [_check_signer(sd, si, content, limits, now) for si in infos]
    if len(verdicts) == 1:
        return verdicts[0]
    lead = next((v for v in verdicts if v.status == "invalid"), None) \
        or next((v for v in verdicts if v.status == "valid"), verdicts[0])
    others = [v for v in verdicts if v is not lead]
    return lead.model_copy(update={
        "detail": f"{lead.detail} (one of {len(verdicts)} signatures)", "cosigners": others})


def _check_signer(sd: Any, si: Any, content: bytes, limits: ParseLimits,
                  now: dt.datetime) -> Signature:
    problem, cert, certs = verify_signer(sd, content, si)
    claimed = (_attrs(si) or {}).get("signing_time")
    claimed = claimed if isinstance(claimed, dt.datetime) else None
    fields: dict[str, Any] = {"signed_at": claimed,
                              "time_source": "signing-time" if claimed else None}
    if cert is not None:
        hash_name = algorithms.HASH_OIDS.get(si["digest_algorithm"]["algorithm"].dotted)
        s = cert.subject
        fields.update(signer=cert.display, person=s.name or None,
                      organisation=s.organisation or None, iin=s.iin or None, bin=s.bin or None,
                      algorithm=algorithms.describe(cert.key_oid, cert.key_size, hash_name),
                      weak=hash_name in algorithms.WEAK_HASHES)

    def out(status: str, detail: str) -> Signature:
        if fields.get("weak"):
            detail += " (SHA-1: a weak hash)"
        return Signature(status=status, detail=detail, **fields)  # type: ignore[arg-type]

    if problem:
        status, why = problem.split(": ", 1)
        return out(status, why)
    assert cert is not None
    anchors, problems = load_paths(limits.signature_roots)
    stamp = timestamp.check(si, anchors, certs, _token_signer)
    notes = []
    if stamp is not None and stamp.at is not None:
        at = stamp.at
        fields.update(signed_at=at, time_source="timestamp")
        notes.append(stamp.detail)
    else:
        if stamp is not None:
            notes.append(f"{stamp.detail}; the signing-time attribute is used")
        at = claimed or now
    if not anchors:
        why = "; ".join(problems) or "no trusted roots are configured ([trust] signature_roots)"
        return out("unverified", f"the signature verifies, but {why}")
    path = chain.build(cert, certs, anchors)
    if isinstance(path, str):
        return out("unverified", f"the signature verifies, but {path}")
    for c in path:
        if at > c.not_after and fields.get("time_source") is None:
            return out("unverified", f"the certificate of {c.display} has expired (valid "
                       f"until {c.not_after:%Y-%m-%d}) and the signature says not when it "
                       "was made")
        if at > c.not_after:
            return out("invalid", f"the certificate of {c.display} had expired when it signed "
                       f"({at:%Y-%m-%d}; valid until {c.not_after:%Y-%m-%d})")
        if at < c.not_before:
            return out("invalid", f"the certificate of {c.display} was not yet valid when it "
                       f"signed ({at:%Y-%m-%d}; valid from {c.not_before:%Y-%m-%d})")
    revocation = _revocation(path, anchors, limits, now, at, stamp_ok="timestamp" in
                             str(fields.get("time_source")))
    if revocation[0] != "valid":
        return out(*revocation)
    notes.append(revocation[1])
    return out("valid", "the signature verifies and the certificate chains to "
               f"{path[-1].display}; " + "; ".join(n for n in notes if n))


def _revocation(path: list[Cert], anchors: list[Cert], limits: ParseLimits, now: dt.datetime,
                at: dt.datetime, stamp_ok: bool) -> tuple[str, str]:
    """("valid", what was checked) or (status, why not)."""
    if not limits.crl_folder and not limits.ocsp:
        if limits.require_revocation:
            return "unverified", "the signature verifies, but no CRL folder is configured " \
                                 "([trust] crl_folder)"
        return "valid", "revocation not checked (no [trust] crl_folder)"
    store = CrlStore(limits.crl_folder)
    said = []
    for cert, issuer in zip(path, path[1:], strict=False):
        if cert in anchors:
            break
        result = store.status(cert, issuer, now)
        if result.status == "unknown" and limits.ocsp:
            from parsers.signing import ocsp

            asked = ocsp.status(cert, issuer, now)
            result = asked if asked.status != "unknown" else Revocation(
                "unknown", f"{result.detail}; {asked.detail}")
        if result.status == "revoked":
            assert result.revoked_at is not None
            if stamp_ok and at < result.revoked_at:
                said.append(f"{cert.display}: {result.detail}, after the timestamped signing")
                continue
            return "invalid", f"the certificate of {cert.display} was {result.detail}"
        if result.status == "unknown":
            if limits.require_revocation:
                return "unverified", f"the signature verifies, but {result.detail}"
            said.append(f"revocation not checked ({result.detail})")
            continue
        said.append(result.detail)
    return "valid", "; ".join(said)
