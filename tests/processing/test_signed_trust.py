"""An agency's own valid e-signature vouches for its letter (issue #14), end to end on SQLite
and PostgreSQL: a change of the responsible person sent without DKIM, its letter attached as a
CMS container signed with a throw-away CA's certificate, is applied when that CA is one of
`[trust] signature_roots` and the certificate names the agency; otherwise it waits."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store import repo
from gateway.store.schema import inbound
from tests.parsers.containers.builders import make_pki, sign
from tests.processing.conftest import letter
from tests.processing.test_processing import CASE, CHANGE

NEW_PERSON = "Злоумышленников Иван Петрович"


@pytest.fixture(scope="module")
def pki():
    return make_pki()


def _run(gw, tmp_path: Path, pki, roots: bool, key: str):
    cfg, engine = gw
    trust = cfg.trust.model_copy(update={"signature_roots": [pki.root_pem(tmp_path)]
                                         if roots else [],
                                         "crl_folder": pki.crl_folder(tmp_path)})
    cfg = cfg.model_copy(update={"trust": trust})
    container = sign(pki, CHANGE.encode("utf-8"))
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{CASE}] Замена ответственного лица",
                 "Письмо подписано ЭЦП, см. вложение.", msgid=f"<{key}@minjust.gov.kz>",
                 attachments=[("zamena.txt.cms", container)])
    iid = commit_inbound(engine, origin_key=f"smtp:{key}", source="smtp", raw=raw)[0]
    process_pending(engine, cfg)
    with engine.connect() as conn:
        row = conn.execute(select(inbound.c.status, inbound.c.quarantine_reason)
                           .where(inbound.c.id == iid)).one()
        case = repo.get_case(conn, CASE)
    return row, case


def test_a_valid_signature_of_the_agency_authenticates_its_letter(gw, tmp_path, pki):
    row, case = _run(gw, tmp_path, pki, roots=True, key="signed1")
    assert row.status == "done", row.quarantine_reason
    assert case.responsible is not None and case.responsible.full_name == NEW_PERSON


def test_a_signature_that_chains_to_no_configured_root_does_not(gw, tmp_path, pki):
    row, case = _run(gw, tmp_path, pki, roots=False, key="signed2")
    assert row.status == "quarantined"
    assert "отправитель не подтвержден" in row.quarantine_reason, row.quarantine_reason
    assert case.responsible is None


def test_a_valid_signature_of_another_organisation_does_not(gw, tmp_path, monkeypatch):
    from tests.parsers.containers import builders

    real = builders._name
    monkeypatch.setattr(builders, "_name", lambda cn, org=None: real(
        cn, "Министерство финансов" if org else None))
    other = builders.make_pki()
    row, case = _run(gw, tmp_path, other, roots=True, key="signed3")
    assert row.status == "quarantined", "a stranger's signature vouched for the agency"
    assert case.responsible is None
