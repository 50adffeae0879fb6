"""Whether a message really comes from the agency it claims to, and may do what it asks.

Why its own module: a letter naming a new responsible person redirects all later
correspondence, so From alone (trivially forged) cannot be enough.  A sender is authenticated
when the receiving host we trust says DKIM or DMARC passed for the From domain (its
Authentication-Results header, the topmost one with a trusted authserv-id; anything below it
could have been written by the sender), or when we verify a DKIM signature ourselves (dkimpy)
and check its alignment with From (dkimpy does none).  It is authorised for an agency when its
address or domain is that agency's in the directory (gateway.store.repo.agency_for_address);
look-alike domains are simply unknown there.  Header parsing is authres's, organisational
domains come from the Public Suffix List (publicsuffixlist), not from hand-written rules.
An agency's own valid e-signature, its certificate naming the agency's BIN, vouches as DKIM
does (`signed_by_agency`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from gateway.config import Trust
from parsers.headers import header_block
from parsers.records import ParsedDocument

DnsFunc = Callable[..., bytes | None]
MAX_SIGNATURES = 5  # DKIM-Signature headers tried, topmost first


@dataclass
class Verdict:
    authenticated: bool
    how: str  # in words, for the status log and the quarantine reason


@cache
def _psl():  # type: ignore[no-untyped-def]
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def org_domain(domain: str) -> str | None:
    """The organisational domain (minjust.gov.kz for a.b.minjust.gov.kz); None for a public
    suffix such as gov.kz, which no sender may sign for."""
    domain = domain.lower().strip().strip(".")
    return _psl().privatesuffix(domain) if domain else None


def aligned(signing_domain: str, from_domain: str) -> bool:
    """DMARC relaxed alignment: d= and the From domain share one organisational domain."""
    org = org_domain(signing_domain)
    return org is not None and org == org_domain(from_domain)


def _authserv_id(value: str) -> str:
    head = value.strip().split(";", 1)[0].split()
    return head[0].lower() if head else ""


def trusted_header(headers: list[tuple[str, str]], trusted: list[str]) -> str | None:
    """The topmost Authentication-Results header whose authserv-id we trust; those below it
    are ignored whatever they say (the sender could have written them)."""
    wanted = {t.lower() for t in trusted}
    for name, value in headers:
        if name.lower() == "authentication-results" and _authserv_id(str(value)) in wanted:
            return str(value)
    return None


def from_auth_results(value: str, from_domain: str) -> Verdict | None:
    """An aligned DMARC or DKIM pass in a trusted header's results, else None."""
    import authres

    try:
        parsed = authres.AuthenticationResultsHeader.parse_value(" ".join(value.split()))
    except Exception:  # authres raises its own SyntaxError family on malformed headers
        return None
    from_domain = from_domain.lower()
    for result in parsed.results:
        if str(result.result).lower() != "pass":
            continue
        props = {f"{p.type}.{p.name}".lower(): str(p.value).strip("<>").lower()
                 for p in result.properties}
        method = str(result.method).lower()
        if method == "dmarc" and props.get("header.from", from_domain) == from_domain:
            return Verdict(True, "DMARC pass по данным принимающего сервера")
        if method == "dkim":
            d = props.get("header.d") or props.get("header.i", "").split("@")[-1]
            if d and aligned(d, from_domain):
                return Verdict(True, f"DKIM pass (d={d}) по данным принимающего сервера")
    return None


_DKIM_HEADER = re.compile(rb"(?im)^dkim-signature[ \t]*:")


def verify_dkim(raw: bytes, from_domain: str, dnsfunc: DnsFunc | None = None) -> Verdict:
    """Our own check: some DKIM signature verifies, covers the whole body (no l=), and its
    d= is aligned with the From domain."""
    if not _DKIM_HEADER.search(header_block(raw)):
        return Verdict(False, "нет подписи DKIM")  # nothing to verify: no need to parse
    import dkim  # slow to import (dnspython): only once a signature is there to verify

    try:
        checker = dkim.DKIM(raw)
        count = sum(1 for name, _ in checker.headers if name.lower() == b"dkim-signature")
    except Exception as exc:  # malformed message
        return Verdict(False, f"DKIM не проверен ({type(exc).__name__})")
    if not count:
        return Verdict(False, "нет подписи DKIM")
    why = "подпись DKIM не сходится"
    for idx in range(min(count, MAX_SIGNATURES)):
        try:
            ok = checker.verify(idx=idx, dnsfunc=dnsfunc) if dnsfunc else checker.verify(idx=idx)
        except Exception as exc:  # DNS failure, malformed signature, key too small...
            why = f"DKIM не проверен ({type(exc).__name__}: {exc})"[:300]
            continue
        domain = (checker.domain or b"").decode("ascii", "replace").lower()
        if not ok:
            why = f"подпись DKIM d={domain} не сходится"
        elif b"l" in (checker.signature_fields or {}):
            why = f"подпись DKIM d={domain} покрывает лишь часть текста (l=)"
        elif not aligned(domain, from_domain):
            why = f"DKIM верен для d={domain}, но не совпадает с доменом From {from_domain}"
        else:
            return Verdict(True, f"DKIM проверен (d={domain})")
    return Verdict(False, why)


def authenticate(raw: bytes, headers: list[tuple[str, str]], from_address: str | None,
                 settings: Trust, dnsfunc: DnsFunc | None = None) -> Verdict:
    """Whether the From address's domain is vouched for, and how (in words)."""
    if not from_address or from_address.count("@") != 1:
        return Verdict(False, "нет одного корректного адреса From")
    from_domain = from_address.rsplit("@", 1)[1].lower()
    value = trusted_header(headers, settings.trusted_authserv_ids)
    if value is not None:
        verdict = from_auth_results(value, from_domain)
        if verdict is not None:
            return verdict
    if settings.verify_dkim:
        verdict = verify_dkim(raw, from_domain, dnsfunc)
        if verdict.authenticated or value is None:
            return verdict
        return Verdict(False, f"принимающий сервер не подтвердил отправителя; {verdict.how}")
    if value is not None:
        return Verdict(False, "принимающий сервер не подтвердил отправителя")
    return Verdict(False, "нет доверенного результата проверки подлинности")


def signed_by_agency(documents: Iterable[ParsedDocument], agency_bin: str) -> Verdict | None:
    """Whether an e-signature vouches for the sender as DKIM does (issues #14, #22): a document
    came under a signature that is `valid` (verifies, chains to a configured root, valid when
    it signed, not revoked) and whose certificate names the agency's BIN.  Names differ in
    spelling from one certificate to the next, BINs do not, so the BIN alone decides.  Of a
    co-signed document any signer may be the agency's, unless one signature is `invalid`.
    Verdict(True, …) when one does; Verdict(False, why) when a valid signature is there but
    cannot vouch (another BIN, no BIN in the certificate or in the directory); None when no
    document came under a valid signature."""
    valid = [s for d in documents if d.signature is not None
             and d.signature.status != "invalid"  # one broken signature taints the document
             for s in (d.signature, *d.signature.cosigners) if s.status == "valid"]
    if not valid:
        return None
    for signature in valid:
        if agency_bin and signature.bin == agency_bin:
            return Verdict(True, f"действительная ЭЦП органа ({signature.signer}, "
                                 f"БИН {signature.bin})")
    first = valid[0]
    if not agency_bin:
        return Verdict(False, f"ЭЦП действительна ({first.signer}), но в справочнике у органа "
                              "нет БИН, с которым её сверить")
    if not first.bin:
        return Verdict(False, f"ЭЦП действительна ({first.signer}), но сертификат не называет "
                              "БИН организации")
    return Verdict(False, f"ЭЦП действительна, но БИН подписанта {first.bin} "
                          f"({first.organisation or first.signer}) не БИН органа {agency_bin}")
