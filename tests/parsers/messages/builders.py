"""Messages as agencies' mail clients write them, built byte by byte so each variant (charset,
transfer encoding, file-name encoding, HTML, forward, quoted reply, bounce) is exactly the one
under test."""

from __future__ import annotations

import base64
import email
import email.policy
import quopri
from email.message import EmailMessage
from urllib.parse import quote

from tests.parsers.makers import ROW, RU, docx_bytes, pdf_bytes

LETTER = ("Министерство юстиции сообщает, что произведена замена ответственного лица по "
          "государственной услуге № 00301138 «Регистрация рождения».\n"
          "Ранее ответственным лицом являлся Жумабаев Нурлан Кайратович.\n"
          "Ответственным лицом назначен Ахметов Ерлан Серикович, ведущий специалист.\n"
          "Контактный телефон: +7 (727) 219-49-48, электронная почта: e.akhmetov@minjust.gov.kz.")
# KOI8-R has neither № nor «»: agencies type N and straight quotes
LETTER_KOI8 = LETTER.replace("№", "N").replace("«", '"').replace("»", '"')
REFUSAL = ("По государственной услуге № 00406369 сообщаем, что повторное представление "
           "информации не требуется.\nПричина отказа: информация ранее представлена в полном "
           "объеме.")
LETTER_KK = ("Мемлекеттік көрсетілетін қызмет № 00301138 бойынша жауапты тұлға ауыстырылды. "
             "Жаңа жауапты тұлға – Ахметов Ерлан Серікұлы, бөлімнің бас маманы, "
             "тел. +7 (7172) 74-05-11, e.akhmetov@adilet.gov.kz.")
# our own request as an agency would quote it back: full of the phrases that classify letters
OUR_REQUEST = ("В случае замены ответственного лица направьте уведомление. Ответственным лицом "
               "назначен ... Причина отказа: ... Подписанный протокол принятия ...")
FORM = docx_bytes([[RU, ROW]])
HEAD = ("From: Канцелярия <kanc@minjust.gov.kz>\r\nTo: ekc@example.kz\r\nSubject: Ответ\r\n"
        "Message-ID: <a1@minjust.gov.kz>\r\nMIME-Version: 1.0\r\n")


def text_message(body: bytes, charset: str | None, cte: str = "8bit", headers: str = "") -> bytes:
    ctype = f'text/plain; charset="{charset}"' if charset else "text/plain"
    if cte == "base64":
        body = base64.encodebytes(body)
    elif cte == "quoted-printable":
        body = quopri.encodestring(body)
    head = (f"{HEAD}{headers}Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n")
    return head.encode() + body


def with_attachment(name: str, data: bytes, body: str = "См. вложение.",
                    maintype: str = "application", subtype: str = "octet-stream") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Канцелярия <kanc@mcs.gov.kz>"
    msg["To"] = "ekc@example.kz"
    msg["Subject"] = "Ответ на запрос"
    msg.set_content(body)
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def attachment_raw(disposition: str, data: bytes = FORM, body: str = "См. вложение.") -> bytes:
    """A multipart message whose attachment header is written by hand (file-name encodings)."""
    b64 = base64.encodebytes(data).decode()
    return (f'{HEAD}Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
            f'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
            f"{body}\r\n--b1\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Disposition: {disposition}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            f"{b64}\r\n--b1--\r\n").encode()


def rfc2231(name: str, charset: str = "utf-8") -> str:
    return f"attachment; filename*={charset}''{quote(name.encode(charset))}"


def rfc2231_continued(name: str) -> str:
    encoded = quote(name.encode("utf-8"))
    half = len(encoded) // 2
    while encoded[half - 1] == "%" or encoded[half - 2] == "%":
        half += 1
    return (f"attachment;\r\n filename*0*=utf-8''{encoded[:half]};\r\n "
            f"filename*1*={encoded[half:]}")


def rfc2047(name: str) -> str:
    b = base64.b64encode(name.encode()).decode()
    return f'attachment; filename="=?utf-8?B?{b}?="'


def html_message(html: str, charset: str = "utf-8") -> bytes:
    return (f'{HEAD}Content-Type: text/html; charset="{charset}"\r\n'
            f"Content-Transfer-Encoding: 8bit\r\n\r\n").encode() + html.encode(charset)


def alternative(plain: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def forwarded_rfc822(inner: bytes, note: str = "Пересылаю ответ министерства.") -> bytes:
    outer = EmailMessage()
    outer["From"] = "kanc@mcs.gov.kz"
    outer.set_content(note)
    outer.add_attachment(email.message_from_bytes(inner, policy=email.policy.default))
    return outer.as_bytes()


def reply(own: str, quoted_block: str) -> bytes:
    return text_message(f"{own}\n\n{quoted_block}".encode(), "utf-8")


def dsn(returned: bytes) -> bytes:
    return (b"From: MAILER-DAEMON@mx.minjust.gov.kz\r\nTo: ekc@example.kz\r\n"
            b"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
            b"Auto-Submitted: auto-replied\r\n"
            b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            b"--b\r\nContent-Type: text/plain\r\n\r\nThe mail system: user unknown\r\n--b\r\n"
            b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
            b"Final-Recipient: rfc822; Old.Person@minjust.gov.kz\r\nAction: failed\r\n"
            b"Status: 5.1.1\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n" + returned +
            b"\r\n--b--\r\n")


def signed(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg.set_content(body)
    msg.add_attachment(b"0\x82\x05\x00\x06\x09*\x86H\x86\xf7\r\x01\x07\x02" + b"\x00" * 200,
                       maintype="application", subtype="pkcs7-signature", filename="smime.p7s")
    return msg.as_bytes()


__all__ = ["FORM", "LETTER", "LETTER_KK", "LETTER_KOI8", "OUR_REQUEST", "REFUSAL", "ROW", "RU",
           "docx_bytes", "pdf_bytes"]
