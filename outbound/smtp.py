"""SMTP delivery with an answer per recipient, over one connection reused for a batch.

Why per recipient: a relay may accept one address and refuse another; the outbox must never
send again to an address that accepted, and must tell a permanent refusal (5xx) from a
temporary one (4xx, a dropped connection).  A connection lost during DATA leaves the outcome
unknown: the message may have been taken; it is retried with the same Message-ID, so the
receiver can tell the duplicate.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Outcome = Literal["sent", "temporary", "permanent", "unknown"]
CLOSING = 421  # "service not available, closing transmission channel" (RFC 5321 4.2.2)


@dataclass
class RelaySettings:
    host: str
    port: int
    starttls: bool = False
    username: str = ""
    password: str = ""
    timeout: float = 30.0
    local_hostname: str | None = None


@dataclass
class Result:
    outcome: Outcome
    detail: str


def _classify(code: int) -> Outcome:
    if 200 <= code < 300:
        return "sent"
    return "permanent" if code >= 500 else "temporary"


class SmtpSession:
    """One connection to the relay, opened on first use and reused until closed."""

    def __init__(self, settings: RelaySettings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout, local_hostname=s.local_hostname)
        if smtp.sock is not None:  # the final dot is a small write of its own: send it at once
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        smtp.ehlo_or_helo_if_needed()
        if s.starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if s.username:
            smtp.login(s.username, s.password)
        return smtp

    def send(self, raw: bytes, sender: str, recipients: list[str],
             before_dot: Callable[[list[str]], None] | None = None,
             idle: Callable[[], None] | None = None) -> dict[str, Result]:
        """Deliver `raw` (CRLF line ends) to each recipient; the outcome of each.

        `idle` runs while the server works on a command (after MAIL, RCPT and DATA are
        written, before their replies are read): short work of the caller's that would
        otherwise wait for the wire; it must not raise.  `before_dot(accepted)` runs, with the
        recipients the server accepted, before the text and its final dot (one write, as
        smtplib sends them), which make it a delivered message; if it raises, the connection
        is dropped without them (the server discards the message) and the exception
        propagates (Withheld: answered as a temporary failure instead)."""
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            smtp = self._smtp
            code, resp = _command(smtp, "mail", f"FROM:{smtplib.quoteaddr(sender)}", idle)
            if code != 250:
                self._reset(code)
                return {r: Result(_classify(code), _text(code, resp)) for r in recipients}
            results: dict[str, Result] = {}
            accepted = []
            for rcpt in recipients:
                code, resp = _command(smtp, "rcpt", f"TO:{smtplib.quoteaddr(rcpt)}", idle)
                if code in (250, 251):
                    accepted.append(rcpt)
                else:
                    results[rcpt] = Result(_classify(code), _text(code, resp))
                    if code == CLOSING:  # the server is closing: the rest must wait too
                        self.close()
                        results.update({r: Result("temporary", _text(code, resp))
                                        for r in recipients if r not in results})
                        return results
            if not accepted:
                self._reset(0)
                return results
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            return {r: Result("temporary", f"connection: {exc}") for r in recipients}
        dot = [False]
        try:
            code, resp = _data(smtp, raw, before_dot, dot, idle, accepted)
        except _Held as held:
            self.abort()  # no final dot: the server discards the message
            if isinstance(held.cause, Withheld):
                results.update({r: Result("temporary", str(held.cause)) for r in accepted})
                return results
            raise held.cause from None
        except smtplib.SMTPDataError as exc:
            if exc.smtp_code == CLOSING:
                self.close()
            results.update({r: Result(_classify(exc.smtp_code), _text(exc.smtp_code,
                                                                      exc.smtp_error))
                            for r in accepted})
            return results
        except (OSError, smtplib.SMTPException) as exc:
            self.abort()  # no QUIT on a broken channel: mid-text it would be read as text
            if not dot[0]:  # the server never saw the end of it: it was not delivered
                results.update({r: Result("temporary", f"connection lost before the end of "
                                                       f"the message: {exc}")
                                for r in accepted})
                return results
            results.update({r: Result("unknown", f"connection lost after the message was "
                                                 f"sent: {exc}") for r in accepted})
            return results
        except BaseException:
            self.abort()  # no final dot: the server discards the message
            raise
        if code == CLOSING:
            self.close()
        results.update({r: Result(_classify(code), _text(code, resp)) for r in accepted})
        return results

    def _reset(self, code: int) -> None:
        """After a refusal: RSET for the next message, or hang up when the server is closing."""
        if code == CLOSING or self._smtp is None:
            self.close()
            return
        try:
            self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self.close()

    def abort(self) -> None:
        """Drop the connection at once, without QUIT (mid-DATA, QUIT would be message text)."""
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None


class Withheld(Exception):
    """Raised by a caller's before_dot to hold the message back (the connection is dropped
    without the final dot, so the server discards it): send() answers "temporary" with this
    text for the recipients the server had accepted, and their RCPT answers for the rest."""


class _Held(Exception):
    """The caller's before_dot failed: the message is held back, the connection is fine."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _command(smtp: smtplib.SMTP, cmd: str, args: str,
             idle: Callable[[], None] | None) -> tuple[int, bytes]:
    """One command and its reply, with the caller's idle work done while the server works."""
    smtp.putcmd(cmd, args)
    if idle is not None:
        idle()
    return smtp.getreply()


def _data(smtp: smtplib.SMTP, raw: bytes, before_dot: Callable[[list[str]], None] | None,
          dot: list[bool], idle: Callable[[], None] | None = None,
          accepted: list[str] | None = None) -> tuple[int, bytes]:
    """smtplib's DATA, with before_dot run before the text and its final dot; dot[0] tells
    whether they were sent."""
    code, resp = _command(smtp, "data", "", idle)
    if code != 354:
        raise smtplib.SMTPDataError(code, resp)
    text = _LEADING_DOT.sub(b"..", raw)
    if not text.endswith(b"\r\n"):
        text += b"\r\n"
    if before_dot is not None:
        try:
            before_dot(list(accepted or []))
        except BaseException as exc:  # not the connection's fault: told apart in send()
            raise _Held(exc) from exc
    dot[0] = True
    smtp.send(text + b".\r\n")
    return smtp.getreply()


def _text(code: int, resp: bytes | str) -> str:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return f"{code} {text}".strip()
