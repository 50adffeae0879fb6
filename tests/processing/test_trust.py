"""Trust decisions in isolation: Authentication-Results parsing and our own DKIM check with a key
made here (dkimpy signs; a DNS function hands out the public key)."""

from __future__ import annotations

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.config import Trust
from gateway.processing.trust import aligned, authenticate, org_domain

MSG = (b"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\nSubject: test\r\n"
       b"Message-ID: <t@minjust.gov.kz>\r\n\r\nbody\r\n")


@pytest.fixture(scope="module")
def key():
    private = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    pub = private.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
    import base64

    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(pub)
    return pem, lambda name, timeout=5: record


def sign(domain: bytes, pem: bytes) -> bytes:
    return dkim.sign(MSG, b"sel", domain, pem, include_headers=[b"From", b"Subject"]) + MSG


@pytest.mark.parametrize(("signer", "ok", "needle"), [
    (b"minjust.gov.kz", True, "DKIM проверен"),
    (b"akhat.minjust.gov.kz", True, "DKIM проверен"),  # relaxed alignment
    (b"evil.kz", False, "не совпадает"),
])
def test_dkim_verified_directly(key, signer, ok, needle):
    pem, dns = key
    verdict = authenticate(sign(signer, pem), [], "kanc@minjust.gov.kz", Trust(), dnsfunc=dns)
    assert verdict.authenticated is ok and needle in verdict.how


def test_tampered_message_fails(key):
    pem, dns = key
    raw = sign(b"minjust.gov.kz", pem).replace(b"Subject: test", b"Subject: tset")
    assert not authenticate(raw, [], "kanc@minjust.gov.kz", Trust(), dnsfunc=dns).authenticated


def test_topmost_trusted_header_only():
    trust = Trust(trusted_authserv_ids=["mx.ekc"], verify_dkim=False)
    headers = [("Authentication-Results", "mx.ekc; dkim=fail header.d=minjust.gov.kz"),
               ("Authentication-Results", "mx.ekc; dkim=pass header.d=minjust.gov.kz")]
    assert not authenticate(MSG, headers, "kanc@minjust.gov.kz", trust).authenticated
    assert authenticate(MSG, headers[1:], "kanc@minjust.gov.kz", trust).authenticated


def test_organisational_domains():
    assert org_domain("a.b.minjust.gov.kz") == "minjust.gov.kz"
    assert org_domain("mail.example.com") == "example.com"
    assert aligned("minjust.gov.kz", "akhat.minjust.gov.kz")
    assert not aligned("minjust-gov.kz", "minjust.gov.kz")


def test_body_length_limited_signature_is_not_enough(key):
    """l= lets anyone append to a signed body (a new responsible person, say)."""
    pem, dns = key
    raw = dkim.sign(MSG, b"sel", b"minjust.gov.kz", pem, include_headers=[b"From"],
                    length=True) + MSG + b"appended by someone else\r\n"
    verdict = authenticate(raw, [], "kanc@minjust.gov.kz", Trust(), dnsfunc=dns)
    assert not verdict.authenticated and "l=" in verdict.how


def test_any_aligned_signature_counts(key):
    """A relay's own (misaligned) signature on top does not hide the agency's below it."""
    pem, dns = key
    agency = dkim.sign(MSG, b"sel", b"minjust.gov.kz", pem, include_headers=[b"From"]) + MSG
    relay = dkim.sign(agency, b"sel", b"relay.example.com", pem, include_headers=[b"From"])
    verdict = authenticate(relay + agency, [], "kanc@minjust.gov.kz", Trust(), dnsfunc=dns)
    assert verdict.authenticated and "d=minjust.gov.kz" in verdict.how


def test_unsigned_message():
    verdict = authenticate(MSG, [], "kanc@minjust.gov.kz", Trust())
    assert not verdict.authenticated and "нет подписи DKIM" in verdict.how


HEADERS = [
    # (Authentication-Results of the trusted host, authenticated?)
    ("mx.ekc 1; dkim=pass (1024-bit key; unprotected) header.d=minjust.gov.kz "
     "header.i=@minjust.gov.kz", True),
    ("mx.ekc; dmarc=pass (p=reject; dis=none) header.from=minjust.gov.kz", True),
    ("mx.ekc; dmarc=pass header.from=minjust-gov.kz", False),
    ("mx.ekc; dkim=pass header.i=@akhat.minjust.gov.kz", True),
    ("mx.ekc; dkim=pass header.d=gov.kz", False),  # a public suffix aligns with nobody
    ("mx.ekc; dkim=pass header.d=rn1njust.gov.kz", False),
    ("mx.ekc; dkim=neutral header.d=minjust.gov.kz; spf=pass smtp.mailfrom=minjust.gov.kz",
     False),
    ("mx.ekc; none", False),
    ("mx.ekc; dkim=pass header.d=", False),  # malformed: nothing read from it
]


@pytest.mark.parametrize(("value", "ok"), HEADERS)
def test_trusted_host_results(value, ok):
    trust = Trust(trusted_authserv_ids=["MX.EKC"], verify_dkim=False)
    verdict = authenticate(MSG, [("Authentication-Results", value)], "kanc@minjust.gov.kz",
                           trust)
    assert verdict.authenticated is ok, verdict.how


@pytest.mark.parametrize(("domain", "org"), [
    ("a.b.minjust.gov.kz", "minjust.gov.kz"), ("MINJUST.GOV.KZ.", "minjust.gov.kz"),
    ("gov.kz", None), ("kz", None), ("mail.example.co.uk", "example.co.uk"),
])
def test_org_domain_table(domain, org):
    assert org_domain(domain) == org
