"""Spoofed senders trying to replace the responsible person, and the edges of "automatic" and
"unreadable", end to end on SQLite and PostgreSQL.  DKIM signatures are made here with dkimpy
and a key generated for the test; process_pending hands our DNS function to dkim.verify."""

from __future__ import annotations

import base64
import email.policy
from email.message import EmailMessage

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import select

from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store import repo
from gateway.store.schema import inbound
from tests.parsers.makers import RU, docx_bytes
from tests.processing.conftest import dkim_pass, letter
from tests.processing.test_processing import CASE, CHANGE, FORM_ROW

NEW_PERSON = "Злоумышленников Иван Петрович"


@pytest.fixture(scope="module")
def signer():
    """(sign(raw, domain) -> signed bytes, dnsfunc) for one RSA key published for every
    domain, so only alignment and integrity decide."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    pub = private.public_key().public_bytes(serialization.Encoding.DER,
                                            serialization.PublicFormat.SubjectPublicKeyInfo)
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(pub)
    asked: list[bytes] = []

    def dnsfunc(name, timeout=5):
        asked.append(name)
        return record

    def sign(raw: bytes, domain: str) -> bytes:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return dkim.sign(raw, b"sel", domain.encode(), pem,
                         include_headers=[b"From", b"Subject", b"To"]) + raw

    sign.asked = asked  # type: ignore[attr-defined]
    return sign, dnsfunc


def run(gw, raw, key, **kw):
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key=key, source="smtp", raw=raw)[0]
    process_pending(engine, cfg, **kw)
    with engine.connect() as conn:
        row = conn.execute(select(inbound.c.status, inbound.c.quarantine_reason)
                           .where(inbound.c.id == iid)).one()
        case = repo.get_case(conn, CASE)
    return row, case


def change_from(sender: str, **kw) -> bytes:
    return letter(sender, f"[EKC-{CASE}] Замена ответственного лица", CHANGE, **kw)


def test_dkim_verified_by_us_lets_the_change_through(gw, signer):
    sign, dns = signer
    row, case = run(gw, sign(change_from("kanc@minjust.gov.kz"), "minjust.gov.kz"), "smtp:d1",
                    dnsfunc=dns)
    assert row.status == "done", row.quarantine_reason
    assert case.responsible.full_name == NEW_PERSON
    assert any(name.startswith(b"sel._domainkey.minjust.gov.kz") for name in sign.asked)


BAD_SIGNATURES = [
    ("minjust.gov.kz", True, "не сходится"),  # bad DKIM: changed after signing
    ("evil.kz", False, "не совпадает"),  # valid, but for another domain
    ("minjust.gov.kz.evil.kz", False, "не совпадает"),
]


def test_bad_or_misaligned_dkim_is_quarantined(gw, signer):
    """One database for the table (each row its own message): all wait, none applied."""
    sign, dns = signer
    for n, (signed_by, tamper, needle) in enumerate(BAD_SIGNATURES):
        raw = sign(change_from("kanc@minjust.gov.kz", msgid=f"<bad{n}@minjust.gov.kz>"),
                   signed_by)
        if tamper:  # a signed header changed on the way
            tampered = raw.replace(b"To: ekc@example.kz", b"To: ekc@example.kg")
            assert tampered != raw
            raw = tampered
        row, case = run(gw, raw, f"smtp:d{n}", dnsfunc=dns)
        assert row.status == "quarantined", signed_by
        assert "отправитель не подтвержден" in row.quarantine_reason, row.quarantine_reason
        assert needle in row.quarantine_reason, row.quarantine_reason
        assert case.responsible is None


LOOK_ALIKES = [
    b"kanc@minjust-gov.kz",
    b"kanc@rn1njust.gov.kz",
    "kanc@minjust.g\u043ev.kz".encode(),  # Cyrillic о
    "kanc@\u043cinjust.gov.kz".encode(),  # Cyrillic м
    b"kanc@xn--minjst-7ve.gov.kz",
    b"kanc@minjust.gov.kz.evil.kz",
    b'"kanc@minjust.gov.kz" <kanc@evil.kz>',
]


def test_look_alike_senders_are_unknown(gw):
    """Each passes DKIM for its own domain, and still is nobody in the directory."""
    for n, sender in enumerate(LOOK_ALIKES):
        raw = change_from("placeholder@example.org", auth=dkim_pass("evil.kz"),
                          msgid=f"<look{n}@evil.kz>")
        raw = raw.replace(b"placeholder@example.org", sender, 1)
        row, case = run(gw, raw, f"smtp:l{n}")
        assert row.status == "quarantined", sender
        assert "нет в справочнике органов" in row.quarantine_reason, row.quarantine_reason
        assert case.responsible is None


def test_auto_generated_message_with_a_form_is_applied(gw):
    """A document system's automatic dispatch (Auto-Submitted: auto-generated) carries a real
    form: recorded as automatic, and applied."""
    raw = letter("kanc@minjust.gov.kz", "Исх. 01-12/55", "Автоматическая рассылка.",
                 auth=dkim_pass("minjust.gov.kz"),
                 headers={"Auto-Submitted": "auto-generated"},
                 attachments=[("f.docx", docx_bytes([[RU, FORM_ROW]]))])
    row, case = run(gw, raw, "smtp:ag")
    assert row.status == "done"
    assert case.state == "info_received"


def test_auto_reply_quoting_our_request_changes_nothing(gw):
    inner = EmailMessage()
    inner["From"] = "ekc@example.kz"
    inner["Subject"] = f"[EKC-{CASE}] Запрос"
    inner.set_content("Просим заполнить форму.")
    inner.add_attachment(docx_bytes([[RU, FORM_ROW]]), maintype="application",
                         subtype="octet-stream", filename="request.docx")
    outer = EmailMessage()
    outer["From"] = "kanc@minjust.gov.kz"
    outer["To"] = "ekc@example.kz"
    outer["Subject"] = f"Автоответ: [EKC-{CASE}] Запрос"
    outer["Auto-Submitted"] = "auto-replied"
    outer["Message-ID"] = "<ooo@minjust.gov.kz>"
    outer.set_content("Я в отпуске до 1 декабря.")
    outer.add_attachment(inner)
    row, case = run(gw, outer.as_bytes(policy=email.policy.SMTP), "smtp:ooo")
    assert row.status == "done"
    assert case.state == "registered" and case.responsible is None


def test_our_request_echoed_back_is_not_information(gw):
    blank = FORM_ROW[:3] + [""] * 5
    raw = letter("kanc@minjust.gov.kz", f"Re: [EKC-{CASE}] Запрос", "Получили.",
                 auth=dkim_pass("minjust.gov.kz"),
                 attachments=[("request.docx", docx_bytes([[RU, blank]]))])
    row, case = run(gw, raw, "smtp:echo")
    assert row.status == "done"
    assert case.state == "registered" and not case.info_versions


def test_an_unreadable_attachment_is_not_lost(gw):
    raw = letter("kanc@minjust.gov.kz", f"Re: [EKC-{CASE}] Запрос", "Направляем форму.",
                 auth=dkim_pass("minjust.gov.kz"),
                 attachments=[("form.docx", b"PK\x03\x04 this is no zip at all")])
    row, case = run(gw, raw, "smtp:bad")
    assert row.status == "quarantined"
    assert "не прочитана" in row.quarantine_reason and "form.docx" in row.quarantine_reason
