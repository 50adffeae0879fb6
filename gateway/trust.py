"""Whether a message really comes from the agency it claims to, and may do what it asks.

Why its own module: a letter naming a new responsible person redirects all later
correspondence, so From alone (trivially forged) cannot be enough.  A sender is authenticated
when the receiving host we trust says DKIM or DMARC passed for the From domain (its
Authentication-Results header, the topmost one with a trusted authserv-id; anything below it
could have been written by the sender), or when we verify a DKIM signature ourselves (dkimpy)
and check its alignment with From (dkimpy does not).  It is authorised for an agency when its
address or domain is that agency's in the directory.  Look-alike domains are simply unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from gateway.config import Trust

# second-level public suffixes seen in this directory's world; a domain under one of them
# has a three-label organisational domain (minjust.gov.kz), others two (example.com)
PUBLIC_SUFFIXES = frozenset({"gov.kz", "com.kz", "org.kz", "edu.kz", "net.kz", "mil.kz",
                             "co.uk", "com.ru", "gov.ru"})
_RESINFO = re.compile(r"\b(dkim|dmarc|spf)\s*=\s*(\w+)([^;]*)", re.I)
_PROP = re.compile(r"\b(header\.d|header\.i|header\.from|smtp\.mailfrom)\s*=\s*([^\s;]+)", re.I)

DnsFunc = Callable[..., bytes | None]


@dataclass
class Verdict:
    authenticated: bool
    how: str  # in words, for the status log and the quarantine reason


def org_domain(domain: str) -> str:
    labels = domain.lower().strip(".").split(".")
    take = 3 if ".".join(labels[-2:]) in PUBLIC_SUFFIXES else 2
    return ".".join(labels[-take:])


def aligned(signing_domain: str, from_domain: str) -> bool:
    """DMARC relaxed alignment: the same organisational domain."""
    return org_domain(signing_domain) == org_domain(from_domain)


def _auth_results(headers: list[tuple[str, str]], trusted: list[str]) -> str | None:
    """The topmost Authentication-Results header whose authserv-id we trust."""
    wanted = {t.lower() for t in trusted}
    for name, value in headers:
        if name.lower() != "authentication-results":
            continue
        authserv = value.strip().split(";", 1)[0].strip().split()[0].lower() if value.strip() \
            else ""
        if authserv in wanted:
            return value
    return None


def from_auth_results(value: str, from_domain: str) -> Verdict | None:
    for method, result, rest in _RESINFO.findall(value):
        if result.lower() != "pass":
            continue
        props = {k.lower(): v.strip("<>").lower() for k, v in _PROP.findall(rest)}
        if method.lower() == "dmarc" and props.get("header.from", from_domain) == from_domain:
            return Verdict(True, "DMARC pass reported by the receiving host")
        if method.lower() == "dkim":
            d = props.get("header.d") or props.get("header.i", "").split("@")[-1]
            if d and aligned(d, from_domain):
                return Verdict(True, f"DKIM pass (d={d}) reported by the receiving host")
    return None


def verify_dkim(raw: bytes, from_domain: str, dnsfunc: DnsFunc | None = None) -> Verdict:
    import dkim

    try:
        checker = dkim.DKIM(raw)
        ok = checker.verify(dnsfunc=dnsfunc) if dnsfunc else checker.verify()
    except Exception as exc:  # no signature, DNS failure, malformed
        return Verdict(False, f"DKIM not verified ({type(exc).__name__})")
    if not ok:
        return Verdict(False, "DKIM signature does not verify")
    domain = (checker.domain or b"").decode("ascii", "replace").lower()
    if not aligned(domain, from_domain):
        return Verdict(False, f"DKIM valid for d={domain}, not aligned with {from_domain}")
    return Verdict(True, f"DKIM verified (d={domain})")


def authenticate(raw: bytes, headers: list[tuple[str, str]], from_address: str | None,
                 settings: Trust, dnsfunc: DnsFunc | None = None) -> Verdict:
    if not from_address:
        return Verdict(False, "no single valid From address")
    from_domain = from_address.rsplit("@", 1)[1]
    value = _auth_results(headers, settings.trusted_authserv_ids)
    if value is not None:
        verdict = from_auth_results(value, from_domain)
        if verdict is not None:
            return verdict
    if settings.verify_dkim:
        verdict = verify_dkim(raw, from_domain, dnsfunc)
        if verdict.authenticated or value is None:
            return verdict
        return Verdict(False, f"the receiving host reported no aligned pass; {verdict.how}")
    return Verdict(False, "no trusted authentication result")
