"""Every way a signature should fail, on a GOST CA made here (tests/parsers/signing/testca.py):
a flipped byte in the content, the signature or the certificate; a certificate expired when it
signed; revoked by a CRL and by a delta CRL; a CRL that is stale or not the issuer's; another
root.  Each gives `invalid` or `unverified` and says why; the one good case stays `valid`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from parsers.formats.cms import _content, _signed_data
from parsers.records import Signature
from parsers.registry import ParseLimits
from parsers.signing import verdict
from tests.parsers.signing import testca

TEXT = "Назначить ответственным Сейтжанова Ерлана Нурлановича.".encode()


@pytest.fixture(scope="module")
def ca() -> testca.Ca:
    return testca.Ca("gost2004")


def _limits(ca: testca.Ca, folder: Path, *crls: bytes) -> ParseLimits:
    crl_dir = folder / "crl"
    crl_dir.mkdir(exist_ok=True)
    for old in crl_dir.iterdir():
        old.unlink()
    crls = (*crls, testca.revocation_list(ca.root, [], number=1))  # the root's, of its CAs
    for i, data in enumerate(crls):
        (crl_dir / f"{i}.crl").write_bytes(data)
    return ParseLimits(signature_roots=(ca.root_pem(folder),), crl_folder=str(crl_dir),
                       require_revocation=True)


def _check(data: bytes, limits: ParseLimits, content: bytes | None = None) -> Signature:
    sd = _signed_data(data)
    body = _content(sd) if content is None else content
    assert body is not None
    return verdict.check(sd, body, limits)


def _fresh(ca: testca.Ca, *revoked: testca.Issued) -> bytes:
    return testca.revocation_list(ca.issuing, list(revoked), number=1)


def test_the_good_signature_is_valid_and_says_what_was_checked(ca: testca.Ca,
                                                               tmp_path: Path) -> None:
    sig = _check(ca.sign(TEXT), _limits(ca, tmp_path, _fresh(ca)))
    assert sig.status == "valid", sig.detail
    assert "TEST ROOT (GOST)" in sig.detail and "not revoked (CRL of TEST NCA (GOST)" in sig.detail
    assert (sig.bin, sig.iin, sig.algorithm) == ("123456789021", "123456789011",
                                                 "GOST 34.310-2004 (GOST 34.311-95)")


def test_a_flipped_byte_in_the_content(ca: testca.Ca, tmp_path: Path) -> None:
    data = ca.sign(TEXT)
    tampered = data.replace("Сейтжанова".encode(), "Сейтжанову".encode())
    assert tampered != data
    sig = _check(tampered, _limits(ca, tmp_path, _fresh(ca)))
    assert sig.status == "invalid" and "changed after signing" in sig.detail


def test_a_flipped_byte_in_the_signature(ca: testca.Ca, tmp_path: Path) -> None:
    data = bytearray(ca.sign(TEXT))
    data[-5] ^= 0x01  # the signature value is the container's last field
    sig = _check(bytes(data), _limits(ca, tmp_path, _fresh(ca)))
    assert sig.status == "invalid" and "does not verify" in sig.detail


def test_a_flipped_byte_in_the_certificate(ca: testca.Ca, tmp_path: Path) -> None:
    data = ca.sign(TEXT)
    name = "Министерство юстиции".encode()
    at = data.index(name)  # the signer's certificate comes first; its organisation
    tampered = data[:at] + "Министерство Юстиции".encode() + data[at + len(name):]
    sig = _check(tampered, _limits(ca, tmp_path, _fresh(ca)))
    assert sig.status == "unverified" and "does not chain" in sig.detail, sig.detail


def test_a_certificate_expired_when_it_signed_and_one_expired_only_since(
        ca: testca.Ca, tmp_path: Path) -> None:
    now = testca.NOW
    old = ca.person(not_before=now - dt.timedelta(days=30), not_after=now - dt.timedelta(days=1))
    limits = _limits(ca, tmp_path, _fresh(ca))
    sig = _check(ca.sign(TEXT, old), limits)
    assert sig.status == "invalid" and "had expired when it signed" in sig.detail
    before = _check(ca.sign(TEXT, old, signing_time=now - dt.timedelta(days=2)), limits)
    assert before.status == "valid", before.detail  # valid at the time of signing


def test_revoked_by_the_crl(ca: testca.Ca, tmp_path: Path) -> None:
    sig = _check(ca.sign(TEXT), _limits(ca, tmp_path, _fresh(ca, ca.signer)))
    assert sig.status == "invalid" and "revoked on" in sig.detail and "(CRL of" in sig.detail


def test_revoked_by_the_delta_crl(ca: testca.Ca, tmp_path: Path) -> None:
    base = testca.revocation_list(ca.issuing, [], number=5)
    delta = testca.revocation_list(ca.issuing, [ca.signer], number=6, delta_of=5)
    sig = _check(ca.sign(TEXT), _limits(ca, tmp_path, base, delta))
    assert sig.status == "invalid" and "delta CRL" in sig.detail, sig.detail
    alone = _check(ca.sign(TEXT), _limits(ca, tmp_path, base))
    assert alone.status == "valid", alone.detail


def test_without_a_current_crl_of_the_issuer_it_is_unverified(ca: testca.Ca,
                                                              tmp_path: Path) -> None:
    data = ca.sign(TEXT)
    none = _check(data, _limits(ca, tmp_path))
    assert none.status == "unverified" and "no CRL of TEST NCA (GOST)" in none.detail
    stale = testca.revocation_list(ca.issuing, [], number=1,
                                   this_update=testca.NOW - dt.timedelta(days=9),
                                   next_update=testca.NOW - dt.timedelta(days=2))
    old = _check(data, _limits(ca, tmp_path, stale))
    assert old.status == "unverified" and "out of date" in old.detail
    other = testca.Ca("gost2004")  # a CRL in the issuer's name, signed by another key
    forged = testca.revocation_list(dataclasses.replace(other.issuing,
                                                        subject=ca.issuing.subject), [], 1)
    fake = _check(data, _limits(ca, tmp_path, forged))
    assert fake.status == "unverified" and "no CRL" in fake.detail
    lenient = dataclasses.replace(_limits(ca, tmp_path), require_revocation=False)
    assert _check(data, lenient).status == "valid"


def test_another_root_leaves_it_unverified(ca: testca.Ca, tmp_path: Path) -> None:
    other = testca.Ca("gost2004")
    limits = dataclasses.replace(_limits(other, tmp_path, _fresh(other)))
    sig = _check(ca.sign(TEXT), limits)
    assert sig.status == "unverified" and "does not chain" in sig.detail


def test_a_detached_signature_over_other_bytes(ca: testca.Ca, tmp_path: Path) -> None:
    sig = ca.sign(TEXT, detached=True)
    limits = _limits(ca, tmp_path, _fresh(ca))
    assert _check(sig, limits, TEXT).status == "valid"
    wrong = _check(sig, limits, TEXT + b" ")
    assert wrong.status == "invalid" and "changed after signing" in wrong.detail


def test_gost_2015_512_signed_by_the_test_ca(tmp_path: Path) -> None:
    ca = testca.Ca("gost2015-512")
    sig = _check(ca.sign(TEXT), _limits(ca, tmp_path, _fresh(ca)))
    assert sig.status == "valid" and sig.algorithm == "GOST 34.10-2015 512 (Streebog-512)"
    data = bytearray(ca.sign(TEXT))
    data[-7] ^= 0x10
    assert _check(bytes(data), _limits(ca, tmp_path, _fresh(ca))).status == "invalid"


def test_co_signed_every_signer_is_checked(ca: testca.Ca, tmp_path: Path) -> None:
    """NCALayer's co-signing: each SignerInfo gets its verdict; a broken one decides."""
    head = ca.person(bin_="000000000002")
    limits = _limits(ca, tmp_path, _fresh(ca))
    both = _check(ca.cosign(TEXT, head, ca.signer), limits)
    assert both.status == "valid" and "one of 2 signatures" in both.detail
    assert [c.status for c in both.cosigners] == ["valid"]
    assert {both.bin, both.cosigners[0].bin} == {"000000000002", "123456789021"}
    assert "; и ЭЦП действительна" in both.line()
    data = bytearray(ca.cosign(TEXT, head, ca.signer))
    data[-5] ^= 0x01  # the last signature value (DER sorts the SET OF: either signer's)
    broken = _check(bytes(data), limits)
    assert broken.status == "invalid" and "does not verify" in broken.detail
    assert [c.status for c in broken.cosigners] == ["valid"]
    assert {broken.bin, broken.cosigners[0].bin} == {"000000000002", "123456789021"}


def test_a_curve_never_seen_on_an_nca_certificate_is_unverified_not_invalid(
        tmp_path: Path) -> None:
    ca = testca.Ca("gost2015-256-unknown")
    sig = _check(ca.sign(TEXT), _limits(ca, tmp_path))
    assert sig.status == "unverified" and "curve" in sig.detail and "not supported" in sig.detail
