"""The board's message view and `gateway quarantine show` give each signed document's verdict:
who signed (organisation, BIN, IIN), when and by what clock, which algorithm, valid or why
not (issue #22).  A GOST-signed letter from a test CA made here, on SQLite."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from gateway.intake.inbound import commit_inbound
from tests.parsers.signing import testca
from tests.processing.conftest import letter
from tests.web.conftest import TODAY, log_in

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_the_message_view_and_quarantine_show_give_the_verdict(site, tmp_path, monkeypatch):
    from starlette.testclient import TestClient

    from gateway.cli import app as cli
    from gateway.cli.context import state
    from gateway.web.app import build_app

    ca = testca.Ca("gost2004")
    good = ca.sign("Письмо органа.".encode())
    bad = bytearray(ca.sign("Другое письмо.".encode()))
    bad[-5] ^= 0x01
    raw = letter("kanc@minjust.gov.kz", "Письма с ЭЦП", "См. вложения.", msgid="<sig@mj.kz>",
                 attachments=[("a.txt.cms", good), ("b.txt.cms", bytes(bad))])
    iid = commit_inbound(site.engine, origin_key="smtp:sig", source="smtp", raw=raw)[0]
    trust = site.cfg.trust.model_copy(update={"signature_roots": [ca.root_pem(tmp_path)],
                                              "require_revocation": False})
    cfg = site.cfg.model_copy(update={"trust": trust})
    with TestClient(build_app(cfg, site.engine, today=TODAY, watch_seconds=0),
                    base_url="http://127.0.0.1:8080", follow_redirects=False) as client:
        log_in(client)
        page = client.get(f"/messages/in/{iid}").text
    assert "Электронные подписи" in page
    assert "ЭЦП действительна: ТЕСТОВ ТЕСТ (Министерство юстиции) (БИН 123456789021, " \
           "ИИН 123456789011), GOST 34.310-2004 (GOST 34.311-95)" in page
    assert 'class="sig-invalid"' in page and "ЭЦП НЕДЕЙСТВИТЕЛЬНА" in page

    toml = site.root / "sig.toml"  # beside the site's own: its relative paths hold
    text = (site.root / "gateway.toml").read_text(encoding="utf-8")
    assert "[trust]" in text
    roots = f'[trust]\nsignature_roots = ["{ca.root_pem(tmp_path)}"]\nrequire_revocation = false'
    toml.write_text(text.replace("[trust]", roots, 1), encoding="utf-8")
    monkeypatch.setattr(state, "_config", None)
    monkeypatch.setattr(state, "config_path", None)
    shown = CliRunner().invoke(cli, ["--config", str(toml), "quarantine", "show", str(iid)])
    assert shown.exit_code == 0, shown.output
    assert "ЭЦП действительна: ТЕСТОВ ТЕСТ" in shown.output
    assert "ЭЦП НЕДЕЙСТВИТЕЛЬНА" in shown.output and "does not verify" in shown.output
    as_json = CliRunner().invoke(cli, ["--config", str(toml), "quarantine", "show", str(iid),
                                       "--json"])
    # the covering note is listed too, unsigned; the two attachments carry their verdicts
    docs = [d for d in json.loads(as_json.stdout)["documents"] if d.get("signature")]
    assert [d["signature"]["status"] for d in docs] == ["valid", "invalid"]
    assert docs[0]["signature"]["bin"] == "123456789021"
