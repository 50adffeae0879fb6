"""A letter's bytes written straight out, without building an `email.message.EmailMessage`.

Why: after a Registry import the outbox writes thousands of p.4 requests at once, and
building each as an EmailMessage and flattening it cost ~3.5 ms a letter (headers parsed
into objects, Content-Type parsed again for every parameter set, the content managers, the
generator walking the parts) -- most of what writing 100,000 requests took.  Our letters have
one layout (outbound.compose.build): the headers in a fixed order, a text part, the
attachments in a multipart/mixed.  So only that layout is written here; everything else is
the standard library's own work: every header line is folded by the policy (remembered per
value, outbound.compose._Remembering), each part's header block is what `email` writes for
that part (made once per kind of part and remembered), the text is encoded by `email`'s own
choice of transfer encoding, and an attachment's base64 is `email`'s line for line.  The
first letter of every shape (which headers, which parts: a layout, not the values in it) in a
process is also built the slow way and compared; a difference sends that shape the slow way
for good and says so in the log.  tests/outbound/messages/test_flat.py compares letters of
every shape.  A letter with an attached message (p.12) always goes the slow way.
"""

from __future__ import annotations

import binascii
import functools
import io
import logging
import re
from email.contentmanager import _encode_text  # type: ignore[attr-defined]
from email.generator import NLCRE  # type: ignore[attr-defined]
from email.message import EmailMessage, MIMEPart
from typing import Any

from outbound import compose as c
from outbound.headers import clean

log = logging.getLogger(__name__)

CRLF = b"\r\n"
_OURS = re.compile(r"=_ekc_[0-9a-f]{32}")  # compose.new_boundary's boundaries
_PLACEHOLDER = "=_ekc_" + "0" * 32
_checked: dict[tuple[Any, ...], bool] = {}  # shape -> the same bytes as email's


def letter_bytes(env: c.Envelope, subject: str, body: str,
                 attachments: list[c.Attachment] | None = None,
                 boundary: str | None = None) -> bytes:
    """`compose.as_bytes(compose.build(env, subject, body, attachments, boundary))`: the same
    bytes, written without the object model (a new boundary when none is given)."""
    attachments = attachments or []
    if attachments and boundary is None:
        boundary = c.new_boundary()
    if any(mime == c.EML for _, _, mime in attachments):
        return c.as_bytes(c.build(env, subject, body, attachments, boundary))
    head = c.headers(env, subject)
    cte, payload = _encode_text(body, "utf-8", None, c.POLICY)
    # the layout only: every value in it (a file's name, a type) is written by email itself
    shape = (tuple(name for name, _ in head), cte, tuple(bool(data) for _, data, _ in attachments))
    if _checked.get(shape) is False:
        return c.as_bytes(c.build(env, subject, body, attachments, boundary))
    raw = _write(head, cte, payload, attachments, boundary)
    if shape not in _checked:
        slow = c.as_bytes(c.build(env, subject, body, attachments, boundary))
        _checked[shape] = raw == slow
        if raw != slow:
            log.warning("outbound.flat: a letter of shape %r differs from email's; that "
                        "shape is built by email from now on", shape)
            return slow
    return raw


def _write(head: list[tuple[str, Any]], cte: str, payload: str,
           attachments: list[c.Attachment], boundary: str | None) -> bytes:
    out = [_fold(name, value) for name, value in head]
    text = _lines(payload)
    if not attachments:
        out += [_text_head(cte)[:-2], _fold("MIME-Version", "1.0"), CRLF, text]
        return b"".join(out)
    assert boundary is not None
    out += [_fold("MIME-Version", "1.0"), _multipart(boundary), CRLF]
    dash = b"--" + boundary.encode("ascii")
    out += [dash, CRLF, _text_head(cte), text]
    for name, content, mime in attachments:
        out += [CRLF, dash, CRLF, _attachment_head(clean(name, 200), *c.mime_type(name, mime)),
                _base64(content)]
    out += [CRLF, dash, b"--", CRLF]
    return b"".join(out)


def _fold(name: str, value: Any) -> bytes:
    """One header line as the generator writes it (parsed as EmailMessage stores it)."""
    stored, parsed = c.POLICY.header_store_parse(name, value)
    return c.SMTP.fold_binary(stored, parsed)


def _lines(payload: str) -> bytes:
    """A part's payload as the generator writes it: every line end CRLF."""
    parts = NLCRE.split(payload)
    text = "\r\n".join(parts)
    return text.encode("ascii", "surrogateescape")


def _base64(content: bytes) -> bytes:
    """email.contentmanager's base64 for bytes: lines of 76 characters, each ending CRLF."""
    if not content:
        return b""
    encoded = binascii.b2a_base64(content, newline=False)
    return CRLF.join([encoded[i:i + 76] for i in range(0, len(encoded), 76)]) + CRLF


def _multipart(boundary: str) -> bytes:
    if _OURS.fullmatch(boundary):  # same length, same letters: folded alike
        return _multipart_folded(_PLACEHOLDER).replace(_PLACEHOLDER.encode(),
                                                       boundary.encode("ascii"))
    return _multipart_folded(boundary)


@functools.lru_cache(maxsize=8)
def _multipart_folded(boundary: str) -> bytes:
    msg = EmailMessage(policy=c.POLICY)
    msg["Content-Type"] = "multipart/mixed"
    msg.set_param("boundary", boundary)
    name, value = next(iter(msg.raw_items()))
    return c.SMTP.fold_binary(name, value)


def _head_of(part: MIMEPart) -> bytes:
    """A part's header block as the generator writes it, the blank line included."""
    out = io.BytesIO()
    c._Generator(out, mangle_from_=False, policy=c.SMTP).flatten(part)
    block, sep, _ = out.getvalue().partition(CRLF + CRLF)
    return block + sep


@functools.lru_cache(maxsize=8)
def _text_head(cte: str) -> bytes:
    """The text part's headers for a transfer encoding (moved out of the top by make_mixed:
    Content-Type and Content-Transfer-Encoding, as MIMEPart.set_content writes them)."""
    part = MIMEPart(policy=c.POLICY)
    sample = {"7bit": "a\n", "8bit": "\u044f\n"}.get(cte, "\u044f" * 100 + "\n")
    part.set_content(sample, subtype="plain", charset="utf-8", cte=cte)
    return _head_of(part)


@functools.lru_cache(maxsize=4096)
def _attachment_head(name: str, main: str, sub: str) -> bytes:
    """An attachment's headers as EmailMessage.add_attachment writes them."""
    msg = EmailMessage(policy=c.POLICY)
    msg.make_mixed(boundary=_PLACEHOLDER)
    msg.add_attachment(b"x", maintype=main, subtype=sub, filename=name)
    part = next(iter(msg.iter_parts()))
    assert isinstance(part, MIMEPart)
    return _head_of(part)
