"""An agency's own valid e-signature vouches for its letter (issues #14, #22), end to end on
SQLite and PostgreSQL: a change of the responsible person sent without DKIM, its letter attached
as a CMS container, is applied when the signature is valid (a throw-away CA among `[trust]
signature_roots`, its CRL current) and the certificate names the agency's BIN from the
directory, whether RSA or GOST; otherwise it waits with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store import repo
from gateway.store.schema import inbound
from tests.parsers.containers.builders import make_pki, sign
from tests.parsers.signing import testca
from tests.processing.conftest import letter
from tests.processing.test_processing import CASE, CHANGE

NEW_PERSON = "Злоумышленников Иван Петрович"
BIN = "123456789021"


@pytest.fixture(scope="module")
def pki():
    return make_pki()


@pytest.fixture(scope="module")
def gost_ca():
    return testca.Ca("gost2004", bin_=BIN)


def _run(gw, tmp_path: Path, container: bytes, roots: list[str], crl_folder: str, key: str,
         agency_bin: str = BIN):
    cfg, engine = gw
    trust = cfg.trust.model_copy(update={"signature_roots": roots, "crl_folder": crl_folder})
    cfg = cfg.model_copy(update={"trust": trust})
    with engine.begin() as conn:
        agency = repo.get_agency(conn, "minjust")
        assert agency is not None
        repo.upsert_agency(conn, agency.model_copy(update={"bin": agency_bin}))
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{CASE}] Замена ответственного лица",
                 "Письмо подписано ЭЦП, см. вложение.", msgid=f"<{key}@minjust.gov.kz>",
                 attachments=[("zamena.txt.cms", container)])
    iid = commit_inbound(engine, origin_key=f"smtp:{key}", source="smtp", raw=raw)[0]
    process_pending(engine, cfg)
    with engine.connect() as conn:
        row = conn.execute(select(inbound.c.status, inbound.c.quarantine_reason,
                                  inbound.c.sender_note)
                           .where(inbound.c.id == iid)).one()
        case = repo.get_case(conn, CASE)
    return row, case


def _rsa(gw, tmp_path: Path, pki, roots: bool, key: str, **kw):
    return _run(gw, tmp_path, sign(pki, CHANGE.encode("utf-8")),
                [pki.root_pem(tmp_path)] if roots else [], pki.crl_folder(tmp_path), key, **kw)


def _gost_crls(ca: testca.Ca, folder: Path) -> str:
    crl = folder / "gost-crl"
    crl.mkdir(exist_ok=True)
    (crl / "root.crl").write_bytes(testca.revocation_list(ca.root, [], number=1))
    (crl / "nca.crl").write_bytes(testca.revocation_list(ca.issuing, [], number=1))
    return str(crl)


def test_a_valid_signature_of_the_agency_authenticates_its_letter(gw, tmp_path, pki):
    row, case = _rsa(gw, tmp_path, pki, roots=True, key="signed1")
    assert row.status == "done", row.quarantine_reason
    assert case.responsible is not None and case.responsible.full_name == NEW_PERSON


def test_a_gost_signed_letter_is_applied_as_the_rsa_one(gw, tmp_path, gost_ca):
    container = gost_ca.sign(CHANGE.encode("utf-8"))
    row, case = _run(gw, tmp_path, container, [gost_ca.root_pem(tmp_path)],
                     _gost_crls(gost_ca, tmp_path), "gost1")
    assert row.status == "done", row.quarantine_reason
    assert case.responsible is not None and case.responsible.full_name == NEW_PERSON
    assert "БИН 123456789021" in row.sender_note
    from gateway.cli.cases import signatures_of
    from gateway.runtime.statuslog import recent

    with gw[1].connect() as conn:  # what `gateway case show` lists under "e-signatures"
        [signed] = signatures_of(recent(conn, 200, case_id=CASE))
    assert signed["status"] == "valid" and signed["bin"] == BIN
    assert signed["line"].startswith("ЭЦП действительна: ТЕСТОВ ТЕСТ (Министерство юстиции)")


def test_a_signature_that_chains_to_no_configured_root_does_not(gw, tmp_path, pki):
    row, case = _rsa(gw, tmp_path, pki, roots=False, key="signed2")
    assert row.status == "quarantined"
    assert "отправитель не подтвержден" in row.quarantine_reason, row.quarantine_reason
    assert case.responsible is None


def test_a_valid_signature_naming_another_bin_does_not(gw, tmp_path, gost_ca):
    """The certificate names the same ministry in words, but another BIN."""
    other = gost_ca.person(bin_="000000000001")
    container = gost_ca.sign(CHANGE.encode("utf-8"), other)
    row, case = _run(gw, tmp_path, container, [gost_ca.root_pem(tmp_path)],
                     _gost_crls(gost_ca, tmp_path), "gost2")
    assert row.status == "quarantined", "a stranger's signature vouched for the agency"
    assert "БИН подписанта 000000000001" in row.quarantine_reason, row.quarantine_reason
    assert case.responsible is None


def test_an_agency_without_a_bin_in_the_directory_is_not_vouched_for(gw, tmp_path, pki):
    row, case = _rsa(gw, tmp_path, pki, roots=True, key="signed3", agency_bin="")
    assert row.status == "quarantined"
    assert "нет БИН" in row.quarantine_reason, row.quarantine_reason
    assert case.responsible is None


@pytest.mark.parametrize(("lead", "cosigner", "agency_bin", "vouches", "why"), [
    ("valid", None, BIN, True, "БИН 123456789021"),
    ("valid", None, "", False, "нет БИН"),
    ("unverified", None, BIN, None, None),
    ("unverified", "valid", BIN, True, "БИН 123456789021"),  # a co-signer of the agency's BIN
    ("invalid", "valid", BIN, None, None),  # but not beside a broken signature
    ("valid", "valid", "000000000009", False, "не БИН органа 000000000009"),
])
def test_which_signatures_vouch(lead, cosigner, agency_bin, vouches, why):
    from gateway.processing.trust import signed_by_agency
    from parsers.records import ParsedDocument, Signature

    head = Signature(status="valid", signer="ГЛАВА (Минюст)", bin="000000000001")
    sig = Signature(status=lead, signer="ТЕСТОВ ТЕСТ (Минюст)", bin=BIN if cosigner is None
                    else "000000000001",
                    cosigners=[head.model_copy(update={"status": cosigner, "bin": BIN})]
                    if cosigner else [])
    verdict = signed_by_agency([ParsedDocument(part="a.txt", signature=sig)], agency_bin)
    if vouches is None:
        assert verdict is None
        return
    assert verdict is not None and verdict.authenticated is vouches and why in verdict.how
