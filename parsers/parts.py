"""One part of what came in — a file, an attachment, a container's member — read by what its
bytes are: the limits checked, a container opened member by member, a document read by its
registered reader in a pool worker, and what went wrong recorded as the part's error.

Why apart from parsers.mime: a document on its own (`gateway parse form.docx`, the e-document
folder) needs none of the e-mail machinery (the `email` package, charset detection, the
message's text readers); only a message's walk does.  A process reading one DOCX imports this,
the registry and the DOCX reader, and nothing of mail.
"""

from __future__ import annotations

import re

from parsers import active, registry
from parsers.pool import in_worker
from parsers.records import ParsedDocument, ParseError, ParseResult
from parsers.registry import DocumentRejected, ParseLimits, Unpacked
from parsers.sniff import extension_kind, sniff

MAX_NESTING = 3  # an archive in an archive in an archive; deeper is not how agencies send
MAX_MEMBERS = 200  # files in one attachment's containers, all levels together
_PREFIX = re.compile(r"^(?:forwarded \d+: )*")
PARSED_KINDS = ("docx", "xlsx", "pdf", "txt", "html", "doc", "xls", "rtf", "odt", "ods", "png",
                "jpeg", "tiff")
READ_BY = {"pdf": "pdf_text", "txt": "text", "html": "text"}  # when the reader does not say


class Budget:
    """What the containers of one attachment may still unpack, all levels together."""

    def __init__(self, limits: ParseLimits) -> None:
        self.members = MAX_MEMBERS
        self.bytes = limits.unpacked_bytes


def read_part(fmt: str, data: bytes, name: str, limits: ParseLimits) -> list[ParsedDocument]:
    """The registered reader of `fmt` (run in a pool worker by parse_part).  Active content
    (macros, external links, DDE and include fields, PDF actions) is looked for first, before
    the reader or its converter opens the bytes, and told on each document (parsers.active)."""
    parse = registry.get(fmt)
    if parse is None:
        return []
    found = active.scan(fmt, data, limits)
    docs = parse(data, name, limits)
    for doc in docs:
        doc.warnings.extend(f.warning() for f in found)
    return docs


def _unpack(kind: str, data: bytes, name: str, limits: ParseLimits, result: ParseResult,
            depth: int, budget: Budget) -> list[ParsedDocument]:
    """A container's members (archive, signed envelope, winmail.dat), each read as a part."""
    unpack = registry.unpacker_for(kind)
    if unpack is None:
        result.errors.append(ParseError(part=name, code="unsupported_format", message=f"a {kind} "
                             "container, which this gateway cannot open"))
        return []
    if depth >= MAX_NESTING:
        result.errors.append(ParseError(part=name, code="too_deeply_nested", message=f"a "
                             f"container nested more than {MAX_NESTING} deep; not opened"))
        return []
    try:
        unpacked: Unpacked = in_worker(unpack, data, name, limits, budget.members, budget.bytes,
                                       limits=limits)
    except DocumentRejected as exc:
        result.errors.append(ParseError(part=name, code=exc.code, message=exc.message))
        return []
    prefix = _PREFIX.match(name).group(0)  # type: ignore[union-attr]
    result.errors.extend(e.model_copy(update={"part": prefix + e.part}) for e in unpacked.errors)
    budget.members -= len(unpacked.members)
    budget.bytes -= sum(len(m.data) for m in unpacked.members)
    docs: list[ParsedDocument] = []
    for member in unpacked.members:
        found = parse_part(member.data, prefix + member.name, limits, result, depth=depth + 1,
                           budget=budget)
        for doc in found:
            doc.signature = doc.signature or unpacked.signature
        docs.extend(found)
    return docs


def parse_part(data: bytes, name: str, limits: ParseLimits, result: ParseResult,
               content_type: str = "", depth: int = 0, budget: Budget | None = None
               ) -> list[ParsedDocument]:
    """One attachment (or a file, or a container's member): chosen by content, limits
    checked, read in a pool worker, errors recorded."""
    if len(data) > limits.attachment_bytes:
        result.errors.append(ParseError(part=name, code="too_large", message=f"{len(data):,} "
                             f"bytes, over the limit of {limits.attachment_bytes:,}"))
        return []
    kind = sniff(data)
    named = extension_kind(name)
    if kind == "empty":
        result.errors.append(ParseError(part=name, code="empty_file", message="the file is empty"))
        return []
    if kind == "encrypted_office":
        result.errors.append(ParseError(part=name, code="encrypted_document", message="the "
                             "document is protected by a password; please send it unprotected"))
        return []
    if kind == "ole2":
        result.errors.append(ParseError(part=name, code="unsupported_format", message="an "
                             "Office compound file that is neither a Word nor an Excel document"))
        return []
    if kind in ("zip", "rar", "cms", "tnef"):
        return _unpack(kind, data, name, limits, result, depth, budget or Budget(limits))
    if kind == "binary" or (kind == "eml" and named not in (None, "eml", "txt")):
        if named in ("docx", "xlsx", "pdf") or content_type.startswith("application/"):
            result.errors.append(ParseError(part=name, code="content_mismatch", message=f"the "
                                 f"file is named {name!r} but its content is not a document "
                                 f"we read ({kind})"))
        return []
    fmt = kind if kind in PARSED_KINDS else "txt"
    if registry.get(fmt) is None:
        return []
    try:
        docs: list[ParsedDocument] = in_worker(read_part, fmt, data, name, limits,
                                               limits=registry.worker_limits(fmt, limits))
    except DocumentRejected as exc:
        result.errors.append(ParseError(part=name, code=exc.code, message=exc.message))
        return []
    for doc in docs:
        doc.read_by = doc.read_by or READ_BY.get(fmt, fmt)
    if named and named != fmt and named in PARSED_KINDS:
        for doc in docs:
            doc.warnings.append(f"the file is named as {named} but is {fmt}; read as {fmt}")
    return docs
