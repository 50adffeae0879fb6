"""SMTP delivery with an answer per recipient, over one connection reused for a batch.

Why per recipient: a relay may accept one address and refuse another; the outbox must never
send again to an address that accepted, and must tell a permanent refusal (5xx) from a
temporary one (4xx, a dropped connection).  A connection lost during DATA leaves the outcome
unknown: the message may have been taken; it is retried with the same Message-ID, so the
receiver can tell the duplicate.
"""

from __future__ import annotations

import smtplib
import ssl
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
        smtp.ehlo_or_helo_if_needed()
        if s.starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if s.username:
            smtp.login(s.username, s.password)
        return smtp

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> dict[str, Result]:
        """Deliver `raw` (CRLF line ends) to each recipient; the outcome of each."""
        try:
            if self._smtp is None:
                self._smtp = self._connect()
            smtp = self._smtp
            code, resp = smtp.mail(sender)
            if code != 250:
                self._reset(code)
                return {r: Result(_classify(code), _text(code, resp)) for r in recipients}
            results: dict[str, Result] = {}
            accepted = []
            for rcpt in recipients:
                code, resp = smtp.rcpt(rcpt)
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
        try:
            code, resp = smtp.data(raw)
        except smtplib.SMTPDataError as exc:
            if exc.smtp_code == CLOSING:
                self.close()
            results.update({r: Result(_classify(exc.smtp_code), _text(exc.smtp_code,
                                                                      exc.smtp_error))
                            for r in accepted})
            return results
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            results.update({r: Result("unknown", f"connection lost during DATA: {exc}")
                            for r in accepted})
            return results
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

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None


def _text(code: int, resp: bytes | str) -> str:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return f"{code} {text}".strip()
