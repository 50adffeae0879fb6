"""OCSP when configured (issue #22): real NCA responses (RSA, GOST 34.310-2004 and GOST
34.10-2015 512 responders, from NCANode's tests) read and their signatures checked; and a
responder on a real HTTP server answering for the tests' GOST CA: good, revoked, stale, down."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from parsers.formats.cms import _content, _signed_data
from parsers.registry import ParseLimits
from parsers.signing import ocsp, verdict
from parsers.signing.certs import load_certs
from tests.parsers.signing import testca

DATA = Path(__file__).resolve().parents[2] / "data" / "nca"
THEN = dt.datetime(2022, 9, 2, 17, 30, tzinfo=dt.UTC)  # when NCANode recorded them


def _cert(path: str):  # type: ignore[no-untyped-def]
    return load_certs((DATA / path).read_bytes())[0]


@pytest.mark.parametrize(("name", "issuer", "serial", "status"), [
    ("ocsp_response_individual_sign_2004.bin", "certs/nca_rsa_test.crt",
     0x4279390A141F5353A62947B61ED65E81741467D1, "good"),
    ("ocsp_response_ceo_sign_2004_revoked.bin", "certs/nca_gost_test.crt",
     0x12E3E7B9966D09EB9CDA64251457E815C2A8DDED, "revoked"),
    ("ocsp_response_ceo_2015_revoked.bin", "test-roots/nca_gost2022_test.cer",
     0x3A90343E720594C55204B19CB9A402422EF0E622, "revoked"),
])
def test_real_nca_responses(name: str, issuer: str, serial: int, status: str) -> None:
    data = (DATA / "ocsp" / name).read_bytes()
    ca = _cert(issuer)
    result = ocsp.check_response(data, serial, ca, THEN)
    assert result.status == status, result
    assert ocsp.check_response(data, serial + 1, ca, THEN).status == "unknown"
    stale = ocsp.check_response(data, serial, ca, THEN + dt.timedelta(days=3))
    assert stale.status == "unknown" and "not current" in stale.detail
    other = _cert("roots/root_gost_2020.cer")
    assert ocsp.check_response(data, serial, other, THEN).status == "unknown"
    flipped = bytearray(data)
    flipped[len(flipped) // 4] ^= 0x01
    assert ocsp.check_response(bytes(flipped), serial, ca, THEN).status == "unknown"


class _Responder(BaseHTTPRequestHandler):
    answer: bytes = b""

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/ocsp-response")
        self.end_headers()
        self.wfile.write(type(self).answer)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def responder() -> Iterator[tuple[type[_Responder], str]]:
    handler = type("Responder", (_Responder,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}/ocsp"
    server.shutdown()


def test_the_responder_decides_when_no_crl_speaks(responder, tmp_path: Path) -> None:
    handler, url = responder
    ca = testca.Ca("gost2004", ocsp_url=url)
    crl_dir = tmp_path / "crl"
    crl_dir.mkdir()  # the root's CRL only: of the signer, no CRL says anything
    (crl_dir / "root.crl").write_bytes(testca.revocation_list(ca.root, [], number=1))
    limits = ParseLimits(signature_roots=(ca.root_pem(tmp_path),), crl_folder=str(crl_dir),
                         require_revocation=True, ocsp=True)
    sd = _signed_data(ca.sign("Письмо.".encode()))
    content = _content(sd)
    assert content is not None

    handler.answer = testca.ocsp_response(ca.issuing, ca.signer.serial)
    good = verdict.check(sd, content, limits)
    assert good.status == "valid" and "not revoked (OCSP of TEST NCA (GOST)" in good.detail

    handler.answer = testca.ocsp_response(ca.issuing, ca.signer.serial, revoked=True)
    revoked = verdict.check(sd, content, limits)
    assert revoked.status == "invalid" and "OCSP" in revoked.detail and "revoked" in revoked.detail

    handler.answer = testca.ocsp_response(ca.issuing, ca.signer.serial,
                                          this_update=testca.NOW - dt.timedelta(days=2))
    stale = verdict.check(sd, content, limits)
    assert stale.status == "unverified" and "not current" in stale.detail

    off = verdict.check(sd, content, dataclasses.replace(limits, ocsp=False))
    assert off.status == "unverified" and "no CRL of TEST NCA (GOST)" in off.detail


def test_a_responder_that_does_not_answer_leaves_it_unverified(tmp_path: Path) -> None:
    ca = testca.Ca("gost2004", ocsp_url="http://127.0.0.1:9/ocsp")  # discard: refused
    limits = ParseLimits(signature_roots=(ca.root_pem(tmp_path),), require_revocation=True,
                         ocsp=True)
    sd = _signed_data(ca.sign("Письмо.".encode()))
    content = _content(sd)
    assert content is not None
    sig = verdict.check(sd, content, limits)
    assert sig.status == "unverified" and "did not answer" in sig.detail, sig.detail
