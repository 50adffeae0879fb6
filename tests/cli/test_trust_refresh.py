"""`gateway trust refresh` against a real HTTP server: the CRLs the trusted certificates name and
those of `[trust] crl_urls` land in `[trust] crl_folder`; a page that is no CRL and a CRL of an
untrusted issuer do not; and the signature check then reads them (valid, then revoked)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gateway.cli import app
from gateway.cli.context import state
from parsers.api import parse_document
from tests.parsers.signing import testca


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _invoke(monkeypatch: pytest.MonkeyPatch, toml: Path, *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(state, "_config", None)
    monkeypatch.setattr(state, "config_path", None)
    return CliRunner().invoke(app, ["--config", str(toml), *args])


def test_refresh_fetches_the_trusted_crls_and_the_check_reads_them(
        site: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    www, base = site
    ca = testca.Ca("gost2004", crl_base=base)
    stranger = testca.Ca("gost2004")
    (www / "root.crl").write_bytes(testca.revocation_list(ca.root, [], number=1))
    (www / "nca.crl").write_bytes(testca.revocation_list(ca.issuing, [], number=3))
    (www / "nca_d.crl").write_bytes(testca.revocation_list(ca.issuing, [], number=4,
                                                           delta_of=3))
    (www / "portal.crl").write_text("<html>log in first</html>")
    (www / "other.crl").write_bytes(testca.revocation_list(stranger.issuing, [], number=1))
    ca.root_pem(tmp_path, with_issuing=True)
    toml = tmp_path / "gateway.toml"
    toml.write_text(f'[trust]\nsignature_roots = ["root-gost2004.pem"]\ncrl_folder = "crl"\n'
                    f'crl_urls = ["{base}/nca.crl", "{base}/nca_d.crl", "{base}/portal.crl", '
                    f'"{base}/other.crl"]\n')
    run = _invoke(monkeypatch, toml, "trust", "refresh", "--json")
    assert run.exit_code == 1, run.output  # two of five failed: said, and the status says so
    results = {r["url"].rsplit("/", 1)[1]: r for r in json.loads(run.stdout)}
    assert [name for name, r in results.items() if r["ok"]] == ["root.crl", "nca.crl",
                                                                "nca_d.crl"], results
    assert "not signed by a trusted certificate" in results["other.crl"]["detail"]
    assert not results["portal.crl"]["ok"]
    assert len(list((tmp_path / "crl").iterdir())) == 3

    from gateway.config import load
    from gateway.processing.worker import limits_of

    limits = limits_of(load(toml))
    text = "Письмо с подписью.".encode()
    [doc] = parse_document(ca.sign(text), "letter.txt.cms", limits).documents
    assert doc.signature is not None and doc.signature.status == "valid", doc.signature
    assert "CRL and delta CRL of TEST NCA (GOST)" in doc.signature.detail

    (www / "nca_d.crl").write_bytes(testca.revocation_list(ca.issuing, [ca.signer], number=5,
                                                           delta_of=3))
    assert _invoke(monkeypatch, toml, "trust", "refresh").exit_code == 1
    [doc] = parse_document(ca.sign(text), "letter.txt.cms", limits).documents
    assert doc.signature is not None and doc.signature.status == "invalid"
    assert "delta CRL" in doc.signature.detail

    shown = _invoke(monkeypatch, toml, "trust", "show", "--json")
    assert shown.exit_code == 0, shown.output
    crls = json.loads(shown.stdout)["crls"]
    assert len(crls) == 3 and all(c["current"] and c["trusted_issuer"] for c in crls)
