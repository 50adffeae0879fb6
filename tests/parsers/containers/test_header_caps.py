"""What a header may hold is capped before `email` parses it (#16): a Content-Type with tens of
thousands of parameters took `email` minutes; it is refused at once with its own code.  The
per-test timeout is the guard (no timing assertion): before the caps this test ran for minutes.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.api import parse_message
from parsers.headers import check_caps
from tests.parsers.containers import builders as b

HEAD = (b"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\nSubject: test\r\n"
        b"Message-ID: <1@minjust.gov.kz>\r\nMIME-Version: 1.0\r\n")


def _params(n: int) -> bytes:
    return b"".join(b";\r\n p%d=v%d" % (i, i) for i in range(n))


@pytest.mark.timeout(15)
@pytest.mark.parametrize("count", [8_000, 50_000])
def test_a_content_type_with_thousands_of_parameters_is_refused(count: int) -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8" + _params(count) + b"\r\n\r\nbody\r\n"
    result = parse_message(raw)
    assert result.documents == []
    assert [e.code for e in result.errors] == ["too_many_parameters"]
    assert f"{count + 1:,} parameters" in result.errors[0].message


@pytest.mark.timeout(15)
def test_parameters_in_an_attachments_header_are_capped_too() -> None:
    raw = (HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
           b"Content-Type: text/plain\r\n\r\nhello\r\n--b\r\n"
           b"Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf"
           + _params(20_000) + b"\r\n\r\nJVBERi0=\r\n--b--\r\n")
    result = parse_message(raw)
    assert [e.code for e in result.errors] == ["too_many_parameters"]
    assert "Content-Disposition" in result.errors[0].message


def test_header_count_length_and_nesting_are_capped() -> None:
    many = HEAD + b"".join(b"X-H%d: v\r\n" % i for i in range(600)) + b"\r\nbody\r\n"
    assert (check_caps(many) or ("",))[0] == "too_many_headers"
    long = HEAD + b"X-Long: " + b"a " * 40_000 + b"\r\n\r\nbody\r\n"
    assert (check_caps(long) or ("",))[0] == "header_too_long"
    nested = HEAD
    for depth in range(30):
        nested += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (depth,
                                                                                     depth)
    nested += b"Content-Type: text/plain\r\n\r\ndeep\r\n"
    result = parse_message(nested)
    assert [e.code for e in result.errors] == ["too_deeply_nested"]


def test_ordinary_messages_pass_the_caps() -> None:
    msg = EmailMessage()
    msg["From"] = "Канцелярия <kanc@minjust.gov.kz>"
    msg["Subject"] = "Ответ на запрос"
    msg.set_content("Направляем форму.")
    # a long Cyrillic file name: RFC 2231 continuations are several parameters
    name = "Приложение 1 к Правилам " * 8 + ".docx"
    msg.add_attachment(b.FORM, maintype="application", subtype="octet-stream", filename=name)
    inner = EmailMessage()
    inner["From"] = "x@minjust.gov.kz"
    inner.set_content("forwarded")
    msg.add_attachment(inner)
    raw = msg.as_bytes()
    assert check_caps(raw) is None
    result = parse_message(raw)
    assert result.errors == []
    assert [d.kind for d in result.documents if d.part.endswith(".docx")] == ["appendix1_form"]
