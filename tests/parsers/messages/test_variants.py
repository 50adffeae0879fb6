"""Every message variant agencies send, in one table: the bytes and the documents (part, kind and
the fields that matter) and errors they must give."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from parsers.api import parse_message
from tests.parsers.messages import builders as b

NEW = {"responsible.full_name": "Ахметов Ерлан Серикович",
       "responsible.email": "e.akhmetov@minjust.gov.kz",
       "previous_responsible.full_name": "Жумабаев Нурлан Кайратович",
       "services.0.registry_number": "00301138"}
FORM = {"services.0.registry_number": "00402674",
        "services.0.responsible.full_name": "Петров Андрей Викторович"}
REFUSED = {"refusal_reason": "информация ранее представлена в полном объеме",
           "services.0.registry_number": "00406369"}


@dataclass
class Case:
    make: Callable[[], bytes]
    documents: list[tuple[str, str, dict[str, Any]]]  # (part, kind, dotted field -> value)
    errors: list[str] = field(default_factory=list)


def _outlook(quoted: str) -> str:
    return ("От: Единый контакт-центр\nОтправлено: 20 марта 2026 г. 10:15\n"
            f"Кому: Канцелярия\nТема: Запрос № 00301138\n\n{quoted}")


CASES: dict[str, Case] = {
    "utf-8": Case(lambda: b.text_message(b.LETTER.encode(), "utf-8"),
                  [("body", "responsible_change", NEW)]),
    "windows-1251": Case(lambda: b.text_message(b.LETTER.encode("cp1251"), "windows-1251"),
                         [("body", "responsible_change", NEW)]),
    "koi8-r": Case(lambda: b.text_message(b.LETTER_KOI8.encode("koi8-r"), "koi8-r"),
                   [("body", "responsible_change", NEW)]),
    "no charset, windows-1251 bytes": Case(
        lambda: b.text_message(b.LETTER.encode("cp1251"), None),
        [("body", "responsible_change", NEW)]),
    "no charset, koi8-r bytes": Case(
        lambda: b.text_message(b.LETTER_KOI8.encode("koi8-r"), None),
        [("body", "responsible_change", NEW)]),
    "utf-8 declared, windows-1251 sent": Case(
        lambda: b.text_message(b.LETTER.encode("cp1251"), "utf-8"),
        [("body", "responsible_change", NEW)]),
    "unknown charset declared": Case(
        lambda: b.text_message(b.LETTER.encode("cp1251"), "x-unknown-cyr"),
        [("body", "responsible_change", NEW)]),
    "base64 body": Case(lambda: b.text_message(b.LETTER.encode(), "utf-8", "base64"),
                        [("body", "responsible_change", NEW)]),
    "quoted-printable windows-1251": Case(
        lambda: b.text_message(b.LETTER.encode("cp1251"), "windows-1251", "quoted-printable"),
        [("body", "responsible_change", NEW)]),
    "kazakh letter": Case(lambda: b.text_message(b.LETTER_KK.encode(), "utf-8"),
                          [("body", "responsible_change",
                            {"language": "kk", "responsible.full_name": "Ахметов Ерлан Серікұлы",
                             "responsible.position": "бөлімнің бас маманы"})]),
    "RFC 2231 file name": Case(lambda: b.attachment_raw(b.rfc2231("приложение 1.docx")),
                               [("приложение 1.docx", "appendix1_form", FORM)]),
    "RFC 2231 file name in windows-1251": Case(
        lambda: b.attachment_raw(b.rfc2231("форма.docx", "windows-1251")),
        [("форма.docx", "appendix1_form", FORM)]),
    "RFC 2231 continued file name": Case(
        lambda: b.attachment_raw(b.rfc2231_continued("приложение 1 к письму.docx")),
        [("приложение 1 к письму.docx", "appendix1_form", FORM)]),
    "RFC 2047 file name": Case(lambda: b.attachment_raw(b.rfc2047("форма заполненная.docx")),
                               [("форма заполненная.docx", "appendix1_form", FORM)]),
    "no file name": Case(lambda: b.attachment_raw("attachment"),
                         [("attachment-1", "appendix1_form", FORM)]),
    "HTML only": Case(lambda: b.html_message(
        "<html><head><style>p{}</style></head><body><p>" + b.LETTER.replace("\n", "</p><p>")
        + "</p></body></html>"), [("body", "responsible_change", NEW)]),
    "HTML only, windows-1251 with entities": Case(lambda: b.html_message(
        "<div>" + b.REFUSAL.replace("\n", "<br>").replace(" ", "&nbsp;", 3) + "</div>",
        "windows-1251"), [("body", "refusal", REFUSED)]),
    "plain and HTML: plain preferred": Case(
        lambda: b.alternative(b.REFUSAL, "<p>Спасибо, получили.</p>"),
        [("body", "refusal", REFUSED)]),
    "HTML reply quoting our request in a blockquote": Case(lambda: b.html_message(
        "<div>Спасибо, информацию получили.</div><blockquote type=cite><p>"
        + b.OUR_REQUEST + "</p></blockquote>"), [("body", "other", {})]),
    "forwarded message with the form": Case(
        lambda: b.forwarded_rfc822(b.with_attachment("form.docx", b.FORM)),
        [("forwarded 1: body", "other", {}), ("form.docx", "appendix1_form", FORM),
         ("body", "other", {})]),
    "forwarded message with a letter": Case(
        lambda: b.forwarded_rfc822(b.text_message(b.LETTER.encode("cp1251"), "windows-1251")),
        [("forwarded 1: body", "responsible_change", NEW), ("body", "other", {})]),
    "forward pasted inline": Case(lambda: b.reply(
        "Направляем ответ территориального органа.",
        "---------- Forwarded message ---------\nFrom: Департамент <dep@minjust.gov.kz>\n"
        "Date: 20 марта 2026 г.\nSubject: Ответ\n\n" + b.REFUSAL),
        # the note only passes the answer on: the body the agency sent is that answer
        [("body", "refusal", REFUSED)]),
    "forward in Outlook's block under 'Пересылаю'": Case(lambda: b.reply(
        "Коллеги, пересылаю для сведения, прошу внести изменения в вашу базу.",
        _outlook(b.LETTER)), [("body", "responsible_change", NEW)]),
    "forward of a letter written to someone else": Case(lambda: b.reply(
        "Пересылаю для сведения.",
        "---------- Forwarded message ---------\nFrom: Департамент <dep@minjust.gov.kz>\n"
        "To: info@kaspiytrade.kz\nDate: 20 марта 2026 г.\nSubject: Ответ\n\n" + b.REFUSAL),
        [("body", "other", {}), ("forwarded: body", "refusal", REFUSED)]),
    "reply: '>' quoted request": Case(lambda: b.reply(
        "Спасибо, информация будет направлена.",
        "20.03.2026, 10:15, ЕКЦ <ekc@example.kz>:\n> " + b.OUR_REQUEST),
        [("body", "other", {})]),
    "reply: 'пишет:' header": Case(lambda: b.reply(
        b.REFUSAL, "20.03.2026, ЕКЦ пишет:\n" + b.OUR_REQUEST), [("body", "refusal", REFUSED)]),
    "reply: 'wrote:' header over two lines": Case(lambda: b.reply(
        "Thank you, noted.", "On Fri, 20 Mar 2026 at 10:15, EKC <ekc@example.kz>\nwrote:\n"
        + b.OUR_REQUEST), [("body", "other", {})]),
    "reply: Original Message": Case(lambda: b.reply(
        "Получено.", "-----Original Message-----\nFrom: ekc@example.kz\n\n" + b.OUR_REQUEST),
        [("body", "other", {})]),
    "reply: Outlook block without an address": Case(lambda: b.reply(
        "Информация будет представлена в срок.", _outlook(b.OUR_REQUEST)),
        [("body", "other", {})]),
    "reply: Outlook block under a refusal": Case(lambda: b.reply(
        b.REFUSAL, "________________________________\n" + _outlook(b.OUR_REQUEST)),
        [("body", "refusal", REFUSED)]),
    "covering note and the form: the note is other": Case(
        lambda: b.with_attachment("prilozhenie-1.docx", b.FORM, "Направляем заполненную форму."),
        [("body", "other", {}), ("prilozhenie-1.docx", "appendix1_form", FORM)]),
    "change letter and a revised form": Case(
        lambda: b.with_attachment("форма.docx", b.FORM, "В представленную информацию внесены "
                                  "изменения, направляем форму в новой редакции."),
        [("форма.docx", "change_notice", FORM)]),
    "refusal letter and an unrelated form: both": Case(
        lambda: b.with_attachment("форма.docx", b.FORM, b.REFUSAL),
        [("body", "refusal", REFUSED), ("форма.docx", "appendix1_form", FORM)]),
    "form as a PDF": Case(lambda: b.with_attachment("form.pdf", b.pdf_bytes([b.RU, b.ROW])),
                          [("form.pdf", "appendix1_form", FORM)]),
    "letter as a text attachment": Case(
        lambda: b.with_attachment("письмо.txt", b.LETTER.encode("cp1251"), "См. вложение.",
                                  "text", "plain"),
        [("письмо.txt", "responsible_change", NEW)]),
    "bounce: our request returned is nobody's answer": Case(
        lambda: b.dsn(b.text_message(b.OUR_REQUEST.encode(), "utf-8")),
        [("body", "other", {})]),
    "S/MIME signature is not a document": Case(lambda: b.signed(b.REFUSAL),
                                               [("body", "refusal", REFUSED)]),
    "image next to the letter is skipped": Case(
        lambda: b.with_attachment("logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, b.REFUSAL,
                                  "image", "png"), [("body", "refusal", REFUSED)]),
    "PDF named .docx: read as what it is": Case(
        lambda: b.with_attachment("form.docx", b.pdf_bytes([b.RU, b.ROW])),
        [("form.docx", "appendix1_form", FORM)]),
    "binary named .docx: an error, the letter kept": Case(
        lambda: b.with_attachment("form.docx", b"\x00\x01\x02" * 100, b.REFUSAL),
        [("body", "refusal", REFUSED)], ["content_mismatch"]),
    "empty attachment": Case(lambda: b.with_attachment("form.docx", b""),
                             [("body", "other", {})], ["empty_file"]),
    "empty message": Case(lambda: b"", [], ["empty_file"]),
}


def _get(obj: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        obj = obj[int(key)] if key.isdigit() else getattr(obj, key)
    return obj


@pytest.mark.parametrize("name", list(CASES))
def test_message_variant(name: str) -> None:
    case = CASES[name]
    result = parse_message(case.make(), name)
    # the covering note is listed too (as `other`): a case names it only where it matters
    docs = [d for d in result.documents if d.part != "body" or d.kind != "other"
            or any(part == "body" for part, _, _ in case.documents)]
    got = [(d.part, d.kind) for d in docs]
    assert got == [(part, kind) for part, kind, _ in case.documents], result.errors
    for doc, (_, _, fields) in zip(docs, case.documents, strict=True):
        for dotted, value in fields.items():
            assert _get(doc, dotted) == value, dotted
    assert [e.code for e in result.errors] == case.errors


def test_pdf_named_docx_is_warned_about() -> None:
    raw = b.with_attachment("form.docx", b.pdf_bytes([b.RU, b.ROW]))
    [_, doc] = parse_message(raw).documents  # the covering note, then the form
    assert any("named as docx" in w for w in doc.warnings)


def test_a_fault_in_one_part_is_that_part_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers import mime

    real = mime.parse_part

    def broken(data: bytes, name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "форма.docx":
            raise RuntimeError("bug")
        return real(data, name, *args, **kwargs)

    monkeypatch.setattr(mime, "parse_part", broken)
    # the message layer in this process (api.parse_message runs it in a pool worker, which
    # the monkeypatch does not reach)
    result = mime.parse_message(b.with_attachment("форма.docx", b.FORM, b.REFUSAL))
    assert [(d.part, d.kind) for d in result.documents] == [("body", "refusal")]
    assert [(e.part, e.code) for e in result.errors] == [("форма.docx", "internal")]
    assert "bug" not in result.errors[0].message  # one clear sentence, not the exception


def test_a_forwarded_form_keeps_its_file_name_and_says_where_it_came_from() -> None:
    raw = b.forwarded_rfc822(b.with_attachment("form.docx", b.FORM))
    form = next(d for d in parse_message(raw).documents if d.kind == "appendix1_form")
    assert form.part == "form.docx"
    assert form.origin is not None and form.origin.startswith("forwarded message 1")
    assert "kanc@mcs.gov.kz" in form.origin  # the forwarded message's sender
    own = next(d for d in parse_message(b.with_attachment("form.docx", b.FORM)).documents)
    assert own.origin is None
