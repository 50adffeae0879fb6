"""The parser's output records, exactly the shape of contracts/parse-output.md.

Why separate from gateway.domain: this is the wire format of `gateway parse --json`, which
outside checks read; the domain's ServiceInfo/ResponsiblePerson are the same fields, reused.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from gateway.domain import ResponsiblePerson, ServiceInfo

DocumentKind = Literal[
    "appendix1_form",
    "change_notice",
    "responsible_change",
    "refusal",
    "training_protocol",
    "other",
]


class Executor(BaseModel):
    model_config = ConfigDict(extra="forbid")
    full_name: str | None = None
    date: dt.date | None = None


RefusalGround = Literal["state_secret", "commercial_secret", "protected_secret", "not_competent",
                        "other"]


class Signature(BaseModel):
    """The e-signature a document came under (contract round 2): `valid` only when it verifies
    over the content and the signer's certificate chains to a configured trusted root, was
    valid when it signed and is not revoked (issue #22 adds who signed, by which algorithm, and
    where the time came from; the contract allows added fields)."""

    model_config = ConfigDict(extra="forbid")
    status: Literal["valid", "invalid", "unverified"] = "unverified"
    signer: str | None = None
    signed_at: dt.datetime | None = None
    detail: str = ""
    algorithm: str | None = None  # "GOST 34.10-2015 512 (Streebog-512)", "RSA SHA-256"
    weak: bool = False  # SHA-1: verifies, but no longer proves much
    time_source: Literal["timestamp", "signing-time"] | None = None
    person: str | None = None  # the certificate's CN
    organisation: str | None = None
    iin: str | None = None
    bin: str | None = None
    # the other signatures of a co-signed container, each with its own verdict
    cosigners: list[Signature] = Field(default_factory=list)

    def line(self) -> str:
        """The verdict in one line for an operator: who, when, which algorithm, valid or why
        not (`case show`, `quarantine show`, the board's message view, the status log)."""
        who = self.signer or "подписант неизвестен"
        ids = ", ".join(x for x in (f"БИН {self.bin}" if self.bin else "",
                                    f"ИИН {self.iin}" if self.iin else "") if x)
        when = ""
        if self.signed_at is not None:
            source = {"timestamp": "метка времени", "signing-time": "время подписанта"}.get(
                self.time_source or "", "")
            when = f", подписано {self.signed_at:%Y-%m-%d %H:%M} UTC" + (
                f" ({source})" if source else "")
        algorithm = f", {self.algorithm}" if self.algorithm else ""
        verdict = {"valid": "действительна", "invalid": "НЕДЕЙСТВИТЕЛЬНА",
                   "unverified": "не проверена"}[self.status]
        return (f"ЭЦП {verdict}: {who}" + (f" ({ids})" if ids else "") + f"{algorithm}{when}"
                + (" — слабый хэш SHA-1" if self.weak else "")
                + (f" — {self.detail}" if self.detail and self.status != "valid" else "")
                + "".join(f"; и {c.line()}" for c in self.cosigners))


class ParsedDocument(BaseModel):
    """One part of the input: a message body, an attachment, or the file itself."""

    model_config = ConfigDict(extra="forbid")
    part: str
    kind: DocumentKind = "other"
    language: Literal["ru", "kk"] = "ru"
    services: list[ServiceInfo] = Field(default_factory=list)
    responsible: ResponsiblePerson | None = None
    previous_responsible: ResponsiblePerson | None = None
    executor: Executor = Field(default_factory=Executor)
    protocol_date: dt.date | None = None
    refusal_reason: str | None = None
    warnings: list[str] = Field(default_factory=list)
    # round 2 of the contract
    confidence: float = 1.0  # how sure the parser is of the kind and the fields, 0-1
    read_by: str | None = None  # docx | xlsx | pdf_text | ocr | text | ...
    change_date: dt.date | None = None  # change_notice: the day the information changed
    effective_date: dt.date | None = None  # responsible_change: the day the new person took over
    refusal_ground: RefusalGround | None = None
    signature: Signature | None = None
    # where a document inside a forwarded message came from ("forwarded message 1 (from …)");
    # None for the message's own parts and for a file
    origin: str | None = None
    # what the reader noticed that the calibration weighs and the contract does not carry
    # ("replacement": the letter speaks of replacing someone, so a missing predecessor is a gap)
    _notes: dict[str, float] = PrivateAttr(default_factory=dict)
    # the words the kind was read from (a letter's text, a form's text with its table), for
    # the second reader (understanding.second_reader) that checks the kind; never output
    _text: str = PrivateAttr(default="")

    @property
    def notes(self) -> dict[str, float]:
        return self._notes

    @property
    def text(self) -> str:
        return self._text


class ParseError(BaseModel):
    model_config = ConfigDict(extra="forbid")
    part: str
    code: str  # short machine code: empty_file, encrypted_pdf, too_large, zip_bomb, ...
    message: str  # human-readable


class MessageInfo(BaseModel):
    """What the gateway (not the contract) needs from a message's headers; never trusted as-is."""

    model_config = ConfigDict(extra="forbid")
    message_id: str | None = None
    in_reply_to: list[str] = Field(default_factory=list)
    references: list[str] = Field(default_factory=list)
    from_address: str | None = None  # None when missing, several or malformed (see defects)
    subject: str = ""
    date: dt.datetime | None = None
    auto_submitted: bool = False  # RFC 3834 auto-reply, out-of-office, Precedence bulk/junk...
    is_bounce: bool = False  # RFC 3464 DSN or a bounce by its look
    bounced_addresses: list[str] = Field(default_factory=list)
    defects: list[str] = Field(default_factory=list)  # malformed headers/addresses, in words
    # our outgoing numbers the body quotes ("На № ЕКЦ-2027/141 от …"), for the matcher
    our_numbers: list[str] = Field(default_factory=list)


# the warning that says the contract reports a document as `other` though the parser's best
# reading was a reply kind it is all but sure is wrong (parsers.reliability.calibrate)
READ_AS_OTHER = "read as other: "


class ParseResult(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    documents: list[ParsedDocument] = Field(default_factory=list)
    errors: list[ParseError] = Field(default_factory=list)
    message: MessageInfo | None = None  # set for e-mail input; not part of the contract output

    def contract_json(self) -> dict[str, Any]:
        """The object `gateway parse --json` prints: the contract's fields only (`signature`
        only on a document that came signed).  A document whose reply kind the calibration
        all but rules out is reported as `other`, its reading kept in a warning: the gateway
        still holds it for an operator as an unsure reply (it reads the kind, not this)."""
        data = self.model_dump(mode="json", exclude={"message"})
        for doc in data["documents"]:
            if doc.get("signature") is None:
                doc.pop("signature", None)
            if any(w.startswith(READ_AS_OTHER) for w in doc["warnings"]):
                doc["kind"] = "other"
        return data
