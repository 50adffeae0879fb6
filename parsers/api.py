"""The parser's entry points: a file by path, a message's bytes, a document's bytes.

Why a thin layer: `gateway parse` and the processing step must get exactly the same result for
the same bytes (re-processing after a crash depends on it), and neither may ever see an
exception: whatever goes wrong becomes an entry in `errors` with a short code.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from parsers.parts import parse_part
from parsers.pool import in_worker
from parsers.records import ParseError, ParseResult
from parsers.registry import DocumentRejected, ParseLimits
from parsers.reliability import calibrate
from parsers.sniff import sniff
from parsers.tidy import tidy

log = logging.getLogger(__name__)


def _parse_here(raw: bytes, name: str, limits: ParseLimits) -> ParseResult:
    # the e-mail machinery is imported by what reads a message, not by every user of this
    # module: a document alone (parse_document) needs none of it
    from parsers.mime import parse_message as read_message

    try:
        return read_message(raw, name, limits)
    except Exception as exc:  # the last guard: a bug must not lose the message
        log.exception("parsing %s failed", name)
        return ParseResult(source=name, errors=[ParseError(
            part=name, code="internal", message=f"the message could not be parsed because of a "
            f"fault in the gateway ({type(exc).__name__})")])


def _refused(raw: bytes, name: str) -> ParseResult | None:
    """The result of a message whose headers break the caps (parsers.headers, checked on the
    raw bytes), None when they pass; imported here, as a document alone has no headers."""
    from parsers.headers import check_caps

    refused = check_caps(raw)
    if not refused:
        return None
    code, why = refused
    return ParseResult(source=name, errors=[ParseError(
        part=name, code=code, message=f"{why}; the message was not parsed")])


def parse_message(raw: bytes, name: str = "message", limits: ParseLimits | None = None
                  ) -> ParseResult:
    """An e-mail's bytes: headers into `message`, body and attachments into `documents`.

    The header caps are checked first, on the raw bytes (a hostile header is refused in
    milliseconds); then the whole message is read in a pool worker within the per-document
    time and memory limits, each of its documents in a worker of its own (parsers.pool)."""
    limits = limits or ParseLimits()
    refused = _refused(raw, name)
    if refused is not None:
        return refused
    try:
        result: ParseResult = in_worker(_parse_here, raw, name, limits, limits=limits,
                                        delegate=True)
        return calibrate(tidy(result))
    except DocumentRejected as exc:
        return ParseResult(source=name, errors=[ParseError(part=name, code=exc.code,
                                                           message=exc.message)])


def _parse_many(messages: list[tuple[bytes, str]], limits: ParseLimits) -> list[ParseResult]:
    return [_parse_here(raw, name, limits) for raw, name in messages]


def parse_messages(messages: list[tuple[bytes, str]], limits: ParseLimits | None = None
                   ) -> list[ParseResult]:
    """Several e-mails (bytes, name) at once, as parse_message reads each: in one pool job, so
    a batch pays one round trip to a worker, not one a message (a plain letter's parse is
    about as long as the round trip on a busy machine).  The job has one message's time and
    memory; if it overruns or fails, each message is read again alone with its own limits,
    so a hostile one costs the others nothing but that second read."""
    limits = limits or ParseLimits()
    results: list[ParseResult | None] = [None] * len(messages)
    batch: list[int] = []
    for n, (raw, name) in enumerate(messages):
        results[n] = _refused(raw, name)
        if results[n] is None:
            batch.append(n)
    if len(batch) > 1:
        try:
            read: list[ParseResult] = in_worker(_parse_many, [messages[n] for n in batch],
                                                limits, limits=limits, delegate=True)
            for n, result in zip(batch, read, strict=True):
                results[n] = calibrate(result)
        except DocumentRejected:
            log.info("a batch of %d messages could not be read at once; one at a time",
                     len(batch))
    return [result if result is not None else parse_message(raw, name, limits)
            for result, (raw, name) in zip(results, messages, strict=True)]


def parse_document(data: bytes, filename: str, limits: ParseLimits | None = None) -> ParseResult:
    """A document's bytes (DOCX, XLSX, PDF, text), read by what they are, not by the name."""
    limits = limits or ParseLimits()
    result = ParseResult(source=filename)
    try:
        result.documents.extend(parse_part(data, filename, limits, result))
    except Exception as exc:
        log.exception("parsing %s failed", filename)
        result.errors.append(ParseError(
            part=filename, code="internal", message=f"the file could not be parsed because of "
            f"a fault in the gateway ({type(exc).__name__})"))
    return calibrate(tidy(result))


def parse_path(path: str | os.PathLike[str], limits: ParseLimits | None = None) -> ParseResult:
    """A file: .eml as a message, anything else as a document (chosen by its content)."""
    limits = limits or ParseLimits()
    source = str(path)
    name = Path(source).name
    try:
        size = os.path.getsize(source)
        if size > limits.attachment_bytes:
            return ParseResult(source=source, errors=[ParseError(
                part=name, code="too_large",
                message=f"{size:,} bytes, over the limit of {limits.attachment_bytes:,}")])
        data = Path(source).read_bytes()
    except OSError as exc:
        code = "not_found" if isinstance(exc, FileNotFoundError) else "unreadable"
        return ParseResult(source=source, errors=[ParseError(
            part=name, code=code, message=f"cannot read the file: {exc.strerror or exc}")])
    kind = sniff(data)
    if kind == "eml" or (name.lower().endswith(".eml") and kind in ("txt", "html")):
        result = parse_message(data, source, limits)
    else:
        result = parse_document(data, name, limits)
    result.source = source
    return result


def unreadable(result: ParseResult) -> bool:
    """True when nothing at all could be read (exit status 1 of `gateway parse`)."""
    return not result.documents and bool(result.errors)
