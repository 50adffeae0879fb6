"""Messages as agencies' mail clients send them, and as attackers would: each variant built
here with the result it must give."""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
from email.message import EmailMessage

import pytest

from parsers.api import parse_document, parse_message
from tests.parsers.makers import ROW, RU, docx_bytes, pdf_bytes

LETTER = ("Министерство юстиции сообщает, что произведена замена ответственного лица по "
          "государственной услуге № 00301138 «Регистрация рождения».\n"
          "Ранее ответственным лицом являлся Жумабаев Нурлан Кайратович.\n"
          "Ответственным лицом назначен Ахметов Ерлан Серикович, ведущий специалист.\n"
          "Контактный телефон: +7 (727) 219-49-48, электронная почта: e.akhmetov@minjust.gov.kz.")


def raw_text(body: bytes, charset: str | None, headers: str = "") -> bytes:
    ctype = f'text/plain; charset="{charset}"' if charset else "text/plain"
    head = (f"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\nSubject: x\r\n"
            f"Message-ID: <a1@minjust.gov.kz>\r\n{headers}MIME-Version: 1.0\r\n"
            f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode() + body


@pytest.mark.parametrize("charset", ["utf-8", "windows-1251", "koi8-r", None])
def test_every_charset(charset):
    text = LETTER  # KOI8-R has neither № nor «»: agencies type N and quotes
    if charset == "koi8-r":
        text = text.replace("№", "N").replace("«", "\"").replace("»", "\"")
    body = text.encode(charset or "windows-1251")
    result = parse_message(raw_text(body, charset))
    [doc] = result.documents
    assert doc.kind == "responsible_change"
    assert doc.responsible.full_name == "Ахметов Ерлан Серикович"
    assert doc.previous_responsible.full_name == "Жумабаев Нурлан Кайратович"
    assert doc.services[0].registry_number == "00301138"
    assert result.message.from_address == "kanc@minjust.gov.kz"


def _with_attachment(name: str, data: bytes, body: str = "См. вложение.") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Канцелярия <kanc@mcs.gov.kz>"
    msg["To"] = "ekc@example.kz"
    msg["Subject"] = "Ответ на запрос"
    msg.set_content(body)
    msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


@pytest.mark.parametrize("encoding", ["rfc2231", "rfc2047"])
def test_cyrillic_file_names(encoding):
    raw = _with_attachment("приложение 1.docx", docx_bytes([[RU, ROW]]))
    if encoding == "rfc2231":
        head, _, rest = raw.partition(b'filename="')
        _, _, rest = rest.partition(b'"')
        raw = head + b"filename*=utf-8''%D0%BF%D1%80%D0%B8%D0%BB%D0%BE%D0%B6%D0%B5%D0%BD%D0%B8" \
            b"%D0%B5%201.docx" + rest
    result = parse_message(raw)
    assert [(d.part, d.kind) for d in result.documents] == [
        ("body", "other"), ("приложение 1.docx", "appendix1_form")]


def test_html_only_body():
    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg.set_content("<html><body><p>" + LETTER.replace("\n", "</p><p>") + "</p></body></html>",
                    subtype="html")
    [doc] = parse_message(msg.as_bytes()).documents
    assert doc.kind == "responsible_change" and doc.responsible.email == "e.akhmetov@minjust.gov.kz"


def test_a_plain_part_that_only_points_at_the_html_one_gives_way_to_it():
    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg.set_content("Здравствуйте! Управление ... (см. HTML-версию)")
    msg.add_alternative("<html><body><p>" + LETTER.replace("\n", "</p><p>") + "</p></body></html>",
                        subtype="html")
    [doc] = parse_message(msg.as_bytes()).documents
    assert doc.kind == "responsible_change" and doc.responsible.email == "e.akhmetov@minjust.gov.kz"


def test_forwarded_message_is_parsed_too():
    inner = _with_attachment("form.docx", docx_bytes([[RU, ROW]]))
    outer = EmailMessage()
    outer["From"] = "kanc@mcs.gov.kz"
    outer.set_content("Пересылаю.")
    outer.add_attachment(email.message_from_bytes(inner, policy=email.policy.default))
    docs = parse_message(outer.as_bytes()).documents
    assert any(d.kind == "appendix1_form" and d.part.endswith("form.docx") for d in docs)


def test_quoted_request_is_not_their_answer():
    reply = ("Спасибо, информация будет направлена.\n\n"
             "20.03.2026, ЕКЦ пишет:\n"
             "> В случае замены ответственных лиц ... Причина отказа: ...\n"
             "> замена ответственного лица\n")
    [doc] = parse_message(raw_text(reply.encode(), "utf-8")).documents
    assert doc.kind == "other"


@pytest.mark.parametrize("header", [
    "From: a@b@minjust.gov.kz\r\n",
    "From: kanc@minjust.gov.kz (x)\r\n",
    "From: (kanc@minjust.gov.kz) evil@x.kz\r\n",
])
def test_malformed_from_is_a_defect_not_an_identity(header):
    raw = header.encode() + b"Subject: x\r\n\r\ntext\r\n"
    info = parse_message(raw).message
    assert info.from_address is None and info.defects


def _encoded(text: str) -> str:
    import base64
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def test_whole_from_in_an_encoded_word_is_read_with_a_defect():
    # what 1C, PHP scripts and email.header.Header write: name and address in one word
    raw = f"From: {_encoded('Приемная УАГ <uag@pavlodar.gov.kz>')}\r\nSubject: x\r\n\r\nt\r\n"
    info = parse_message(raw.encode()).message
    assert info.from_address == "uag@pavlodar.gov.kz"
    assert info.defects == ["From: the address was inside an encoded word"]


@pytest.mark.parametrize("inner", ["Банк <evil@x.kz>, kanc@minjust.gov.kz",
                                   "Приемная", "a@b@minjust.gov.kz", "kanc@minjust.gov.kz",
                                   "Kanc <kanc@minjust.gov.kz>"])
def test_encoded_from_that_is_no_single_address_stays_a_defect(inner):
    raw = f"From: {_encoded(inner)}\r\nSubject: x\r\n\r\nt\r\n"
    info = parse_message(raw.encode()).message
    assert info.from_address is None and info.defects[0].startswith("From: malformed")


def test_two_from_headers():
    raw = b"From: kanc@minjust.gov.kz\r\nFrom: evil@x.kz\r\nSubject: x\r\n\r\ntext\r\n"
    info = parse_message(raw).message
    assert info.from_address is None and "2 From headers" in info.defects


def test_auto_reply_and_bounce():
    auto = parse_message(raw_text(b"I am away", "utf-8", "Auto-Submitted: auto-replied\r\n"))
    assert auto.message.auto_submitted and not auto.message.is_bounce
    dsn = (b"From: MAILER-DAEMON@mx.example.kz\r\nTo: ekc@example.kz\r\nSubject: Undelivered\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; "
           b'boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b\r\n'
           b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
           b"Final-Recipient: rfc822; Old.Person@minjust.gov.kz\r\nAction: failed\r\n"
           b"Status: 5.1.1\r\n\r\n--b--\r\n")
    info = parse_message(dsn).message
    assert info.is_bounce and info.bounced_addresses == ["old.person@minjust.gov.kz"]


def _bomb() -> bytes:
    # a real DOCX whose document.xml (the part python-docx reads) is padded to 300 MB
    good = zipfile.ZipFile(io.BytesIO(docx_bytes([[RU, ROW]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in good.infolist():
            data = good.read(info)
            if info.filename == "word/document.xml":
                with z.open("word/document.xml", "w", force_zip64=True) as fh:
                    fh.write(data[:-20])
                    chunk = b" " * (1 << 20)
                    for _ in range(300):
                        fh.write(chunk)
                    fh.write(data[-20:])
            else:
                z.writestr(info, data)
    return out.getvalue()


def _entities() -> bytes:
    good = zipfile.ZipFile(io.BytesIO(docx_bytes([[RU, ROW]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in good.infolist():
            data = good.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b '
                                    b'"&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)
            z.writestr(info, data)
    return out.getvalue()


HOSTILE = {
    "empty": ("form.docx", lambda: b"", "empty_file"),
    "zip bomb referenced by the document": ("form.docx", _bomb, "zip_bomb"),
    "xml entities": ("form.docx", _entities, "xml_entities"),
    "encrypted pdf": ("form.pdf", lambda: pdf_bytes([RU, ROW], encrypt=True), "encrypted_pdf"),
    "old binary word": ("form.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
                        "unsupported_format"),
    "corrupt pdf": ("form.pdf", lambda: b"%PDF-1.4\n garbage", "corrupt"),
    "bytes not what the name says": ("form.docx", lambda: b"\x00\x01\x02binary" * 50,
                                     "content_mismatch"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_documents_are_clear_errors(case):
    name, make, code = HOSTILE[case]
    result = parse_document(make(), name)
    assert not result.documents
    assert [e.code for e in result.errors] == [code], result.errors


def test_attachment_names_with_dot_dot_and_nul():
    raw = _with_attachment("../../etc/cron.d/x\x00.docx", docx_bytes([[RU, ROW]]))
    parts = [d.part for d in parse_message(raw).documents]
    assert parts and all("/" not in p and "\x00" not in p and ".." not in p for p in parts)


@pytest.mark.parametrize("charset", ["utf-8", "cp1251"])
def test_raw_8bit_headers(charset):
    raw = ("From: kanc@minjust.gov.kz\r\nSubject: Ответ на запрос\r\n\r\nтекст\r\n").encode(charset)
    info = parse_message(raw).message
    assert info.subject == "Ответ на запрос"
    info.subject.encode("utf-8")  # storable


def test_a_confidentiality_notice_under_the_letter_is_no_refusal():
    msg = EmailMessage()
    msg["From"] = "kanc@mfa.gov.kz"
    msg.set_content("Уважаемые коллеги!\nНа запрос ЕКЦ-2027/063 направляем информацию по форме.\n"
                    "\n====================\nУВЕДОМЛЕНИЕ О КОНФИДЕНЦИАЛЬНОСТИ: Настоящее сообщение "
                    "предназначено исключительно для адресата и может содержать информацию для "
                    "служебного пользования. Распространение информации запрещено.\n")
    msg.add_attachment(docx_bytes([[RU, ROW]]), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="forma.docx")
    kinds = {d.part: d.kind for d in parse_message(msg.as_bytes()).documents}
    assert kinds == {"body": "other", "forma.docx": "appendix1_form"}
