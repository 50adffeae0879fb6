"""outbound.flat writes a letter's bytes without email's object model: every shape of letter
the gateway writes is the same bytes as email's build and generator give (the standard
library's own policy and generator, not outbound.compose's remembering ones)."""

from __future__ import annotations

import email.generator
import email.policy
import io
import itertools

import pytest

from outbound import compose as composing
from outbound import flat
from outbound.compose import DOCX, EML, XLSX, build, compose, render

from .test_compose import COMMON, CONTEXTS, HOSTILE, SERVICE, envelope

BOUNDARY = "=_ekc_0123456789abcdef0123456789abcdef"


def standard(env, subject, body, attachments, boundary=BOUNDARY) -> bytes:
    """The letter as the standard library's policy and generator write it."""
    msg = build(env, subject, body, attachments, boundary)
    out = io.BytesIO()
    email.generator.BytesGenerator(out, mangle_from_=False,
                                   policy=email.policy.SMTP).flatten(msg)
    return out.getvalue()


def flat_only(env, subject, body, attachments, boundary=BOUNDARY) -> bytes:
    """outbound.flat's own bytes (not the check's, not a fallback)."""
    return flat._write(composing.headers(env, subject),
                       *flat._encode_text(body, "utf-8", None, composing.POLICY),
                       attachments, boundary if attachments else None)


ATTACHMENTS = [
    [],
    [("prilozhenie-1-00301138.docx", b"PK\x03\x04" * 5000, DOCX)],
    [("a.xlsx", b"x" * 57, XLSX), ("пустой.pdf", b"", ""), ("отчёт за март 2026.docx",
                                                            bytes(range(256)) * 3, DOCX)],
    [("очень длинное имя файла приложения " * 6 + ".docx", b"\x00\xff" * 100, DOCX)],
    [("note.txt", b"plain", "")],
]
BODIES = ["", "Short ASCII.\nTwo lines.\n", "a" * 200 + "\n", "Короткие строки.\nДве.\n",
          "Длинная строка " * 20 + "\n" + "ещё\n" * 15, "mixed ascii " * 30 + "\nя\n",
          "line\r\nwith CRLF\rand CR\n", "no newline at the end"]
ENVELOPES = [
    {},
    {"in_reply_to": None, "references": []},
    {"cc": ["boss@minjust.gov.kz"], "auto": False},
    {"to": [f"x{n}@very-long-domain-name-{n}.gov.kz" for n in range(8)]},
    {"case_tag": "", "outgoing_number": "ББО-2026/123456"},
    {"message_id": "<" + "1" * 60 + ".request.99999@a-rather-long-domain.example.kz>"},
    {"sender_name": HOSTILE, "references": [f"<r{n}@x.kz>" for n in range(30)]},
]


@pytest.mark.parametrize("attachments", ATTACHMENTS, ids=range(len(ATTACHMENTS)))
def test_every_shape_is_the_standard_librarys_bytes(attachments):
    subjects = ["Запрос № 00301138", "ASCII subject", HOSTILE + " ёлка" * 40, ""]
    for body, kw, subject in itertools.product(BODIES, ENVELOPES, subjects):
        env = envelope(**kw)
        assert flat_only(env, subject, body, attachments) == \
            standard(env, subject, body, attachments), (body[:40], kw, subject[:40])


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_letter_is_the_standard_librarys_bytes(language):
    for name, (context, _) in CONTEXTS.items():
        subject, body = render(name, language, COMMON | context)
        for attachments in ATTACHMENTS[:3]:
            env = envelope()
            assert flat_only(env, subject, body, attachments) == \
                standard(env, subject, body, attachments), name


def test_a_letter_checks_its_shape_once_and_an_attached_message_goes_through_email():
    flat._checked.clear()
    env = envelope()
    subject, body = render("request", "ru", COMMON | CONTEXTS["request"][0])
    docx = [("prilozhenie-1-00301138.docx", b"PK" * 300, DOCX)]
    raw = flat.letter_bytes(env, subject, body, docx, BOUNDARY)
    assert raw == standard(env, subject, body, docx)
    assert list(flat._checked.values()) == [True]
    # another service's request, another file name: the same layout, not checked again
    other = [("prilozhenie-1-00301139.docx", b"PK" * 301, DOCX)]
    assert flat.letter_bytes(env, subject + "9", body, other, BOUNDARY) == \
        standard(env, subject + "9", body, other)
    assert list(flat._checked.values()) == [True]
    # a new boundary each time when none is given, the rest the same
    again = flat.letter_bytes(env, subject, body, docx)
    assert again != raw and again.replace(again.split(b'boundary="')[1][:38],
                                          BOUNDARY.encode()) == raw
    attached = [("otkaz-1.eml", standard(env, subject, body, []), EML)]
    assert flat.letter_bytes(env, subject, body, attached, BOUNDARY) == \
        standard(env, subject, body, attached)


def test_a_shape_that_differs_is_built_by_email_from_then_on(monkeypatch):
    flat._checked.clear()
    env = envelope()
    monkeypatch.setattr(flat, "_write", lambda *a: b"wrong")
    assert flat.letter_bytes(env, "Тема", "Текст\n") == standard(env, "Тема", "Текст\n", [])
    assert list(flat._checked.values()) == [False]
    assert flat.letter_bytes(env, "Тема", "Текст\n") == standard(env, "Тема", "Текст\n", [])


def test_the_request_composed_is_what_compose_and_as_bytes_give():
    env = envelope()
    context = COMMON | CONTEXTS["request"][0] | {"service": SERVICE}
    docx = [("prilozhenie-1-00301138.docx", b"PK" * 300, DOCX)]
    subject, body = render("request", "ru", context)
    assert flat.letter_bytes(env, subject, body, docx, BOUNDARY) == composing.as_bytes(
        build(env, subject, body, docx, BOUNDARY))
    msg = compose("request", "ru", context, env, docx)
    assert str(msg["Subject"]) == str(composing.subject_header(env, subject))
