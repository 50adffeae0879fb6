"""OCSP (RFC 6960), when the deployment asks for it (`[trust] ocsp = true`): the signer's
status from the responder its certificate names, for a certificate no current CRL speaks of.

Why only then, and only as a second word: asking a responder makes the verdict depend on the
network at the moment a letter is read, which the CRL folder avoids (see parsers.signing.crl);
a deployment with a reachable NCA responder may prefer it to stale CRLs.  A response counts
only when it is signed by the issuer itself or by a responder certificate the issuer signed
for OCSP signing, names the certificate's serial, and is current.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import urllib.request
from typing import Any

from parsers.signing import algorithms
from parsers.signing.certs import Cert
from parsers.signing.crl import Revocation

TIMEOUT = 5.0
MAX_AGE = dt.timedelta(hours=24)  # a response without nextUpdate counts this long
SKEW = dt.timedelta(minutes=5)


def _subject_der(cert: Cert) -> bytes:
    kids = algorithms.der_children(cert.tbs_der)
    return kids[5 if kids[0][:1] == b"\xa0" else 4]


def request_for(cert: Cert, issuer: Cert) -> bytes:
    """An OCSP request for `cert` (CertID by SHA-256, as NCA's responders answer)."""
    from asn1crypto import ocsp

    key_bits = algorithms.spki_parts(issuer.spki)[2]
    return bytes(ocsp.OCSPRequest({"tbs_request": {"request_list": [{"req_cert": {
        "hash_algorithm": {"algorithm": "sha256"},
        "issuer_name_hash": hashlib.sha256(_subject_der(issuer)).digest(),
        "issuer_key_hash": hashlib.sha256(key_bits).digest(),
        "serial_number": cert.serial}}]}}).dump())


def fetch(url: str, request: bytes) -> bytes:
    req = urllib.request.Request(url, data=request, headers={
        "Content-Type": "application/ocsp-request", "User-Agent": "ekc-gateway"})
    with urllib.request.urlopen(req, timeout=TIMEOUT) as response:  # noqa: S310 - http(s)
        data: bytes = response.read(1 << 20)
    return data


def _responder(basic_der: bytes, issuer: Cert) -> tuple[list[Cert], bytes]:
    """The certificates inside a BasicOCSPResponse, and its signed part."""
    from parsers.signing.certs import Cert as _Cert

    kids = algorithms.der_children(basic_der)
    certs: list[Cert] = []
    if len(kids) > 3 and kids[3][:1] == b"\xa0":
        for wrapped in algorithms.der_children(kids[3]):
            for der in algorithms.der_children(wrapped):
                try:
                    certs.append(_Cert(der))
                except (ValueError, TypeError, KeyError, IndexError):
                    continue
    return certs, kids[0]


def _may_sign(responder: Cert, issuer: Cert) -> bool:
    """The issuer itself, or a certificate it issued for OCSP signing (its extended key usage
    read one extension at a time: NCA's responders carry an empty id-pkix-ocsp-nocheck that
    asn1crypto's all-at-once reading rejects)."""
    from asn1crypto import x509

    if responder == issuer:
        return True
    if not responder.signed_by(issuer):
        return False
    for ext in responder.tbs["extensions"] or []:
        if ext["extn_id"].dotted == "2.5.29.37":
            try:
                usages = x509.ExtKeyUsageSyntax.load(bytes(ext["extn_value"].contents)).native
            except ValueError:
                return False
            return "ocsp_signing" in usages
    return False


def check_response(data: bytes, serial: int, issuer: Cert, now: dt.datetime) -> Revocation:
    """The status of certificate `serial` of `issuer` by the OCSP response `data`."""
    from asn1crypto import ocsp

    who = issuer.subject.name or issuer.display
    try:
        response = ocsp.OCSPResponse.load(data)
        if response["response_status"].native != "successful":
            return Revocation("unknown", f"the OCSP responder of {who} answered "
                              f"{response['response_status'].native}")
        basic_der = bytes(response["response_bytes"]["response"].contents)
        basic = ocsp.BasicOCSPResponse.load(basic_der)
        sig_oid = basic["signature_algorithm"]["algorithm"].dotted
        signature = bytes(basic["signature"].native)
        tbs = basic["tbs_response_data"]
        produced = tbs["produced_at"].native
        singles = [(int(r["cert_id"]["serial_number"].native), r["cert_status"],
                    r["this_update"].native, r["next_update"].native)
                   for r in tbs["responses"]]
    except (ValueError, TypeError, KeyError) as exc:
        return Revocation("unknown", f"the OCSP response of {who} is unreadable ({exc})")
    certs, signed = _responder(basic_der, issuer)
    signer = None
    for candidate in [issuer, *certs]:
        try:
            algorithms.verify(candidate.spki, sig_oid, algorithms.hash_of_signature(sig_oid),
                              signed, signature)
        except (algorithms.BadSignature, algorithms.Unsupported, ValueError):
            continue
        signer = candidate
        break
    if signer is None or not _may_sign(signer, issuer):
        return Revocation("unknown", f"the OCSP response of {who} is not signed by it or "
                          "by its responder")
    for number, status, this_update, next_update in singles:
        if number != serial:
            continue
        if this_update > now + SKEW or (next_update or this_update + MAX_AGE) < now:
            return Revocation("unknown", f"the OCSP response of {who} is not current "
                              f"({this_update:%Y-%m-%d %H:%M})")
        said = f"OCSP of {who} at {produced:%Y-%m-%d %H:%M}"
        if status.name == "good":
            return Revocation("good", f"not revoked ({said})")
        if status.name == "revoked":
            when = status.chosen["revocation_time"].native
            return Revocation("revoked", f"revoked on {when:%Y-%m-%d} ({said})", when)
        return Revocation("unknown", f"the OCSP responder of {who} does not know it")
    return Revocation("unknown", f"the OCSP response of {who} is about another certificate")


def status(cert: Cert, issuer: Cert, now: dt.datetime, fetcher: Any = fetch) -> Revocation:
    """Ask the responders `cert` names (its Authority Information Access), first answer wins."""
    urls = [u for u in cert.asn.ocsp_urls if u.lower().startswith(("http://", "https://"))]
    if not urls:
        return Revocation("unknown", "the certificate names no OCSP responder")
    why = ""
    for url in urls[:2]:
        try:
            result = check_response(fetcher(url, request_for(cert, issuer)), cert.serial,
                                    issuer, now)
        except OSError as exc:
            why = f"the OCSP responder {url} did not answer ({type(exc).__name__})"
            continue
        if result.status != "unknown":
            return result
        why = result.detail
    return Revocation("unknown", why)
