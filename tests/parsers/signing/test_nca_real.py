"""Real documents signed with NCA keys, from public repositories (tests/data/nca/SOURCE.md),
verified in the package against the NCA's roots: RSA and GOST 34.310-2004 (production roots,
with the production TSA's timestamp), GOST 34.10-2015 512 (the NCA's test root, its CRL and
delta CRL); the signer's IIN and BIN read off the certificate; the certificates' own signatures
checked link by link."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from parsers.api import parse_document
from parsers.formats.cms import _content, _signed_data, der_of
from parsers.records import Signature
from parsers.registry import ParseLimits
from parsers.signing import verdict
from parsers.signing.certs import load_certs
from parsers.signing.gost94 import gost94

DATA = Path(__file__).resolve().parents[2] / "data" / "nca"
DOCS = DATA / "documents"
PROD = ParseLimits(signature_roots=(str(DATA / "roots"),))
TEST = ParseLimits(signature_roots=(str(DATA / "test-roots"),), crl_folder=str(DATA / "test-crl"),
                   require_revocation=True)
WHEN_TEST_CRLS_WERE_CURRENT = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)


def _check(name: str, limits: ParseLimits, content: bytes | None = None,
           now: dt.datetime | None = None) -> Signature:
    der = der_of((DOCS / name).read_bytes())
    assert der is not None
    sd = _signed_data(der)
    body = _content(sd) if content is None else content
    assert body is not None
    return verdict.check(sd, body, limits, now=now)


def test_an_rsa_signed_document_verifies_to_the_production_rsa_root() -> None:
    sig = _check("rsa_manifest.cms", PROD, (DOCS / "rsa_NCAManifest.xml").read_bytes())
    assert sig.status == "valid", sig.detail
    assert sig.algorithm == "RSA SHA-256" and not sig.weak
    assert (sig.iin, sig.bin, sig.organisation, sig.person) == (
        "123456789011", "123456789021", 'АО "ТЕСТ"', "ТЕСТОВ ТЕСТ")
    assert sig.time_source == "timestamp" and "TSA SERVICE" in sig.detail
    assert "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)" in sig.detail


def test_a_gost_2004_signed_document_verifies_to_the_production_gost_root() -> None:
    sig = _check("gost2004_manifest.cms", PROD, (DOCS / "gost2004_NCAManifest.xml").read_bytes())
    assert sig.status == "valid", sig.detail
    assert sig.algorithm == "GOST 34.310-2004 (GOST 34.311-95)"
    assert sig.time_source == "timestamp" and sig.bin == "123456789021"
    attached = _check("test_CMS_GOST.txt", PROD)
    assert attached.status == "valid", attached.detail
    assert attached.time_source == "timestamp"  # the TSA's time, not the signer's 09:24:00
    assert attached.signed_at == dt.datetime(2018, 12, 21, 9, 25, 4, tzinfo=dt.UTC)


def test_a_gost_2015_512_document_verifies_with_crl_and_delta_crl() -> None:
    sig = _check("legal_entity_attached.der", TEST, now=WHEN_TEST_CRLS_WERE_CURRENT)
    assert sig.status == "valid", sig.detail
    assert sig.algorithm == "GOST 34.10-2015 512 (Streebog-512)"
    assert "not revoked (CRL and delta CRL" in sig.detail
    assert (sig.iin, sig.bin) == ("123456789011", "123456789021")
    person = _check("individual_attached.der", TEST, now=WHEN_TEST_CRLS_WERE_CURRENT)
    assert person.status == "valid" and (person.iin, person.bin) == ("123456789011", None)


def test_the_production_tsa_token_is_preferred_once_its_root_is_trusted() -> None:
    both = dataclasses.replace(TEST, signature_roots=TEST.signature_roots + PROD.signature_roots)
    sig = _check("legal_entity_attached.der", both, now=WHEN_TEST_CRLS_WERE_CURRENT)
    assert sig.status == "valid" and sig.time_source == "timestamp", sig.detail
    alone = _check("legal_entity_attached.der", TEST, now=WHEN_TEST_CRLS_WERE_CURRENT)
    assert alone.time_source == "signing-time" and "timestamp authority" in alone.detail


def test_a_detached_gost_signature_and_its_document() -> None:
    doc = (DOCS / "legal_entity_document.txt").read_bytes()
    sig = _check("legal_entity_detached.der", TEST, doc, now=WHEN_TEST_CRLS_WERE_CURRENT)
    assert sig.status == "valid", sig.detail
    other = _check("legal_entity_detached.der", TEST, doc.replace("ЮЛ".encode(), "ФЛ".encode()),
                   now=WHEN_TEST_CRLS_WERE_CURRENT)
    assert other.status == "invalid" and "changed after signing" in other.detail


def test_stale_crls_leave_the_signature_unverified_and_say_so() -> None:
    sig = _check("legal_entity_attached.der", TEST)  # today: the 2025 CRLs are past next update
    assert sig.status == "unverified" and "out of date" in sig.detail, sig.detail
    assert "gateway trust refresh" in sig.detail


def test_the_wrong_roots_leave_it_unverified() -> None:
    sig = _check("legal_entity_attached.der", PROD, now=WHEN_TEST_CRLS_WERE_CURRENT)
    assert sig.status == "unverified" and "does not chain" in sig.detail


def test_a_real_gost_document_through_the_parser(tmp_path: Path) -> None:
    """`gateway parse` on the container reads the content and carries the verdict."""
    limits = dataclasses.replace(PROD, signature_roots=PROD.signature_roots)
    result = parse_document((DOCS / "test_CMS_GOST.txt").read_bytes(), "letter.txt.cms", limits)
    [doc] = result.documents
    assert doc.signature is not None and doc.signature.status == "valid"
    assert result.contract_json()["documents"][0]["signature"]["bin"] == "123456789021"


def test_gost_34_311_digests_of_real_files_match_the_nca_manifest() -> None:
    manifest = (DOCS / "rsa_NCAManifest.xml").read_text(encoding="utf-8")
    found = dict(re.findall(r'URI="([^"]+)"/?>\s*<DigestMethod[^>]*/>\s*<DigestValue>([^<]+)<',
                            manifest))
    for name in ("double_sign.txt", "xml.xml"):
        assert gost94((DOCS / name).read_bytes()) == base64.b64decode(found[name])


@pytest.mark.parametrize(("cert", "issuer"), [
    ("roots/nca_gost.pem", "roots/root_gost.pem"),  # GOST 34.310-2004
    ("roots/root_gost.pem", "roots/root_gost.pem"),
    ("roots/nca_gost_2022.pem", "roots/root_gost_2022.pem"),  # GOST 34.10-2015 512
    ("roots/nca_rsa.pem", "roots/root_rsa.pem"),
    ("roots/nca_rsa_2022.cer", "roots/root_rsa_2020.cer"),
    ("test-roots/nca_gost2022_test.cer", "test-roots/root_test_gost_2022.cer"),
    ("certs/ceo_valid_sign_2004_gost.cer", "certs/nca_gost_test.crt"),
    ("certs/individual_valid_sign_2004_rsa.cer", "certs/nca_rsa_test.crt"),
])
def test_each_certificate_is_signed_by_its_issuer_and_no_other(cert: str, issuer: str) -> None:
    [c] = load_certs((DATA / cert).read_bytes())
    [i] = load_certs((DATA / issuer).read_bytes())
    assert c.signed_by(i)
    [stranger] = load_certs((DATA / "roots/root_gost_2020.cer").read_bytes())
    assert not c.signed_by(stranger)
    flipped = bytearray(c.der)
    flipped[len(flipped) // 3] ^= 0x01  # inside the signed part
    try:
        [bad] = load_certs(bytes(flipped))
    except ValueError:
        return  # no longer a certificate at all: as good as refused
    assert not bad.signed_by(i)


def test_the_2004_ceo_certificate_names_the_person_and_the_company() -> None:
    [c] = load_certs((DATA / "certs/ceo_valid_sign_2004_gost.cer").read_bytes())
    s = c.subject
    assert (s.name, s.organisation, s.iin, s.bin) == ("ТЕСТОВ ТЕСТ", 'АО "ТЕСТ"', "123456789011",
                                                      "123456789021")
    assert c.key_oid == "1.2.398.3.10.1.1.1.1" and c.key_size == 256
