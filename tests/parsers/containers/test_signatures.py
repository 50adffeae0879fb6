"""Signed containers: the content unwrapped and read under the inner name, the signature
verified over it and chained to the configured roots; a detached .p7s checked against the
document beside it.  Every certificate is made here, by a throw-away CA."""

from __future__ import annotations

import base64
import dataclasses
from email.message import EmailMessage
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from parsers.api import parse_document, parse_message
from parsers.records import ParseResult
from parsers.registry import ParseLimits
from tests.parsers.containers import builders as b
from tests.parsers.makers import ROW, RU, docx_bytes


@pytest.fixture(scope="module")
def pki() -> b.Pki:
    return b.make_pki()


def trusting(pki: b.Pki, folder: Path) -> ParseLimits:
    return dataclasses.replace(ParseLimits(), signature_roots=(pki.root_pem(folder),))


def only(result: ParseResult) -> tuple[str, str, str | None, str]:
    [doc] = result.documents
    assert doc.signature is not None, result
    return doc.part, doc.kind, doc.signature.status, doc.signature.detail


def test_an_attached_signature_chaining_to_a_root_is_valid(pki: b.Pki, tmp_path: Path) -> None:
    result = parse_document(b.sign(pki, b.FORM), "form.docx.cms", trusting(pki, tmp_path))
    part, kind, status, _ = only(result)
    assert (part, kind, status) == ("form.docx", "appendix1_form", "valid")
    sig = result.documents[0].signature
    assert sig is not None and sig.signer == "ПЕТРОВ АНДРЕЙ (Министерство юстиции)"
    assert sig.signed_at is not None
    assert result.documents[0].services[0].registry_number == "00402674"
    assert result.contract_json()["documents"][0]["signature"]["status"] == "valid"


@pytest.mark.parametrize("suffix", [".p7m", ".p7s", ".sig"])
def test_every_container_suffix_and_spelling(pki: b.Pki, tmp_path: Path, suffix: str) -> None:
    der = b.sign(pki, b.FORM)
    pem = b.sign(pki, b.FORM, encoding=serialization.Encoding.PEM)
    for data in (der, pem, base64.encodebytes(der)):  # base64 text: what NCALayer saves
        result = parse_document(data, "форма.docx" + suffix, trusting(pki, tmp_path))
        assert only(result)[:3] == ("форма.docx", "appendix1_form", "valid")


def test_an_intermediate_ca_in_the_container_is_followed(tmp_path: Path) -> None:
    pki = b.make_pki("ec", intermediate=True)
    result = parse_document(b.sign(pki, b.FORM), "form.docx.cms", trusting(pki, tmp_path))
    assert only(result)[2] == "valid"


def test_without_a_trusted_root_the_signature_is_unverified(pki: b.Pki, tmp_path: Path) -> None:
    data = b.sign(pki, b.FORM)
    _, _, status, detail = only(parse_document(data, "form.docx.cms"))
    assert status == "unverified" and "no trusted roots" in detail
    other = b.make_pki()
    _, _, status, detail = only(parse_document(data, "form.docx.cms", trusting(other, tmp_path)))
    assert status == "unverified" and "does not chain" in detail


def test_changed_content_is_invalid(pki: b.Pki, tmp_path: Path) -> None:
    der = b.sign(pki, "Сообщаем об отказе: информация ранее представлена.".encode()
                 .ljust(200, b" "))
    tampered = der.replace("отказе".encode(), "ОТКАЗЕ".encode())
    assert tampered != der
    _, _, status, detail = only(parse_document(tampered, "letter.txt.cms",
                                               trusting(pki, tmp_path)))
    assert status == "invalid" and "changed after signing" in detail


def test_a_digest_relabelled_gost_no_longer_matches(pki: b.Pki, tmp_path: Path) -> None:
    """GOST digests are computed now (issue #22): a SHA-256 digest labelled Streebog is a
    content that does not match its signed digest, not an algorithm we cannot check."""
    data = b.with_gost_digest(b.sign(pki, b.FORM))
    _, kind, status, detail = only(parse_document(data, "form.docx.sig",
                                                  trusting(pki, tmp_path)))
    assert (kind, status) == ("appendix1_form", "invalid") and "changed after signing" in detail


def _message(*files: tuple[str, bytes]) -> bytes:
    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg.set_content("Направляем подписанную форму.")
    for name, data in files:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


def test_a_detached_signature_beside_its_document(pki: b.Pki, tmp_path: Path) -> None:
    limits = trusting(pki, tmp_path)
    sig = b.sign(pki, b.FORM, detached=True)
    for sig_name in ("форма.docx.p7s", "форма.sig"):
        result = parse_message(_message(("форма.docx", b.FORM), (sig_name, sig)),
                               limits=limits)
        [doc] = [d for d in result.documents if d.part == "форма.docx"]
        assert doc.signature is not None and doc.signature.status == "valid", result
        assert result.errors == []
    other = docx_bytes([[RU, ROW]])
    result = parse_message(_message(("форма.docx", other), ("форма.docx.p7s", sig)),
                           limits=limits)
    [doc] = [d for d in result.documents if d.part == "форма.docx"]
    assert doc.signature is not None and doc.signature.status == "invalid"


def test_a_detached_signature_alone_is_an_error(pki: b.Pki) -> None:
    sig = b.sign(pki, b.FORM, detached=True)
    result = parse_document(sig, "form.docx.p7s")
    assert [(e.part, e.code) for e in result.errors] == [("form.docx.p7s",
                                                          "detached_signature")]
    result = parse_message(_message(("другое.pdf.p7s", sig)))
    assert ("другое.pdf.p7s", "detached_signature") in [(e.part, e.code) for e in result.errors]


def test_a_signed_archive_member_and_a_corrupt_container(pki: b.Pki, tmp_path: Path) -> None:
    data = b.zip_bytes([("форма.docx.cms", b.sign(pki, b.FORM))])
    assert only(parse_document(data, "a.zip", trusting(pki, tmp_path)))[:3] == (
        "форма.docx", "appendix1_form", "valid")
    broken = b.sign(pki, b.FORM)[:300]
    result = parse_document(broken, "form.docx.cms")
    assert result.documents == [] and [e.code for e in result.errors] == ["corrupt"]


def test_the_configured_roots_reach_the_parser(pki: b.Pki, tmp_path: Path) -> None:
    from gateway.config import load
    from gateway.processing.worker import limits_of

    pki.root_pem(tmp_path)
    (tmp_path / "gateway.toml").write_text('[trust]\nsignature_roots = ["root.pem"]\n')
    limits = limits_of(load(tmp_path / "gateway.toml"))
    assert limits.signature_roots == (str(tmp_path / "root.pem"),)
    _, _, status, detail = only(parse_document(b.sign(pki, b.FORM), "f.docx.cms", limits))
    assert status == "unverified" and "no CRL folder" in detail  # revocation is required
    pki.crl_folder(tmp_path)
    (tmp_path / "gateway.toml").write_text('[trust]\nsignature_roots = ["root.pem"]\n'
                                           'crl_folder = "crl"\n')
    limits = limits_of(load(tmp_path / "gateway.toml"))
    assert limits.crl_folder == str(tmp_path / "crl") and limits.require_revocation
    assert only(parse_document(b.sign(pki, b.FORM), "f.docx.cms", limits))[2] == "valid"


def test_gateway_parse_uses_the_roots_of_its_config(pki: b.Pki, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from typer.testing import CliRunner

    from gateway.cli import app
    from gateway.cli.context import state

    pki.root_pem(tmp_path)
    pki.crl_folder(tmp_path)
    (tmp_path / "gateway.toml").write_text('[trust]\nsignature_roots = ["root.pem"]\n'
                                           'crl_folder = "crl"\n')
    (tmp_path / "form.docx.cms").write_bytes(b.sign(pki, b.FORM))
    statuses = []
    for config in ([], ["--config", str(tmp_path / "gateway.toml")]):
        monkeypatch.setattr(state, "_config", None)
        monkeypatch.setattr(state, "config_path", None)
        run = CliRunner().invoke(app, [*config, "parse", str(tmp_path / "form.docx.cms"),
                                       "--json"])
        assert run.exit_code == 0, run.output
        statuses.append(json.loads(run.stdout)["documents"][0]["signature"]["status"])
    assert statuses == ["unverified", "valid"]


def test_an_rsa_sha1_signature_verifies_and_is_marked_weak(pki: b.Pki, tmp_path: Path) -> None:
    """Old documents carry SHA-1 (cryptography no longer writes it, so asn1crypto does here)."""
    import datetime as dt
    import hashlib

    from asn1crypto import cms, x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    cert = x509.Certificate.load(pki.signer.public_bytes(serialization.Encoding.DER))
    attrs = cms.CMSAttributes([
        {"type": "content_type", "values": ["data"]},
        {"type": "signing_time", "values": [cms.Time({"utc_time": dt.datetime.now(dt.UTC)})]},
        {"type": "message_digest", "values": [hashlib.sha1(b.FORM).digest()]},
    ])
    signature = pki.key.sign(attrs.dump(), padding.PKCS1v15(), hashes.SHA1())
    sd = cms.SignedData({
        "version": "v1", "digest_algorithms": [{"algorithm": "sha1"}],
        "encap_content_info": {"content_type": "data", "content": b.FORM},
        "certificates": [cert],
        "signer_infos": [{
            "version": "v1",
            "sid": {"issuer_and_serial_number": {"issuer": cert.issuer,
                                                 "serial_number": cert.serial_number}},
            "digest_algorithm": {"algorithm": "sha1"}, "signed_attrs": attrs,
            "signature_algorithm": {"algorithm": "rsassa_pkcs1v15"}, "signature": signature}],
    })
    data = cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()
    [doc] = parse_document(data, "form.docx.cms", trusting(pki, tmp_path)).documents
    sig = doc.signature
    assert sig is not None and sig.status == "valid" and sig.weak, sig
    assert sig.algorithm == "RSA SHA-1" and "weak" in sig.detail and "SHA-1" in sig.line()
