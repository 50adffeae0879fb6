"""Format parsers found by name: `@parser("docx")` registers, `get("docx")` finds; containers
(archives, signed envelopes, winmail.dat) the same way with `@unpacker("zip")`/`unpacker_for`.

Why a registry: the dispatcher (by sniffed content type) and the message walker ask for a
format by name; each format lives in its own module and registers itself, so adding a format
never grows an if/elif chain.  A reader that needs more address space than the pool's
workers get (OCR) says so where it registers (`memory_mb`), and `worker_limits` gives it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from parsers.records import ParsedDocument, ParseError, Signature


@dataclass
class ParseLimits:
    attachment_bytes: int = 25 * 1024 * 1024
    unpacked_bytes: int = 200 * 1024 * 1024
    compression_ratio: int = 100
    pdf_pages: int = 50
    seconds_per_document: float = 20.0
    worker_memory_mb: int = 512
    # CA certificates (PEM or DER files) a document's e-signature must chain to to be "valid"
    signature_roots: tuple[str, ...] = ()
    # CRL and delta-CRL files (`gateway trust refresh` fills it); None: revocation unchecked
    crl_folder: str | None = None
    # without a CRL saying the certificate is not revoked the signature is only `unverified`
    require_revocation: bool = False
    # ask the OCSP responder a certificate names when no current CRL speaks of it
    ocsp: bool = False


class DocumentRejected(Exception):
    """The bytes cannot be read as the format: `code` is short and machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# (data, part name, limits) -> the documents found (one, usually)
FormatParser = Callable[[bytes, str, ParseLimits], list[ParsedDocument]]


@dataclass
class Member:
    """One file a container holds, named as the contract's `part` wants it."""

    name: str
    data: bytes


@dataclass
class Unpacked:
    """What a container held: its files, the members it refused (with why), and the
    e-signature over its content when it is a signed envelope."""

    members: list[Member] = field(default_factory=list)
    errors: list[ParseError] = field(default_factory=list)
    signature: Signature | None = None


# (data, container name, limits, members allowed, bytes allowed) -> what it held
Unpacker = Callable[[bytes, str, ParseLimits, int, int], Unpacked]


@dataclass
class _Registry:
    parsers: dict[str, FormatParser] = field(default_factory=dict)
    unpackers: dict[str, Unpacker] = field(default_factory=dict)
    memory_mb: dict[str, int] = field(default_factory=dict)

    def register(self, name: str, memory_mb: int | None = None
                 ) -> Callable[[FormatParser], FormatParser]:
        """`memory_mb`: the reader's own address-space budget, when the configured
        worker_memory_mb is too small for it (OCR: OpenCV alone maps some 450 MB)."""
        def deco(fn: FormatParser) -> FormatParser:
            self.parsers[name] = fn
            if memory_mb is not None:
                self.memory_mb[name] = memory_mb
            return fn

        return deco

    def worker_limits(self, name: str, limits: ParseLimits) -> ParseLimits:
        """The limits the reader of `name` runs under in its pool worker: the configured ones,
        with the reader's own memory budget where it declared a larger one."""
        self._load(name)
        own = self.memory_mb.get(name, 0)
        if own <= limits.worker_memory_mb:
            return limits
        return replace(limits, worker_memory_mb=own)

    def register_unpacker(self, name: str) -> Callable[[Unpacker], Unpacker]:
        def deco(fn: Unpacker) -> Unpacker:
            self.unpackers[name] = fn
            return fn

        return deco

    def unpacker_for(self, name: str) -> Unpacker | None:
        self._load(name)
        return self.unpackers.get(name)

    def get(self, name: str) -> FormatParser | None:
        self._load(name)
        return self.parsers.get(name)

    def names(self) -> list[str]:
        self._load_all()
        return sorted(self.parsers)

    def _load(self, name: str) -> None:
        import importlib

        module = MODULE_OF.get(name)
        if module is None:
            self._load_all()
        else:
            importlib.import_module(module)

    def _load_all(self) -> None:
        import importlib

        for mod in FORMAT_MODULES:
            importlib.import_module(mod)


# each reader and unpacker by name, and the module that registers it: a process imports only
# the module of what it reads (a `gateway parse` of a DOCX never loads OpenCV or pdfminer)
MODULE_OF: dict[str, str] = {
    "docx": "parsers.formats.docx",
    "xlsx": "parsers.formats.xlsx",
    "pdf": "parsers.formats.pdf",
    "txt": "parsers.formats.text",
    "html": "parsers.formats.text",
    "zip": "parsers.formats.archive",
    "rar": "parsers.formats.archive",
    "cms": "parsers.formats.cms",
    "tnef": "parsers.formats.tnef",
    **dict.fromkeys(("doc", "rtf", "odt", "xls", "ods"),
                    "parsers.formats.office"),  # LibreOffice
    # png, jpeg, tiff (and scanned PDFs, through parsers.formats.pdf)
    **dict.fromkeys(("png", "jpeg", "tiff"), "parsers.formats.ocr"),
}
FORMAT_MODULES: tuple[str, ...] = tuple(dict.fromkeys(MODULE_OF.values()))

_registry = _Registry()
parser = _registry.register
get = _registry.get
names = _registry.names
unpacker = _registry.register_unpacker
unpacker_for = _registry.unpacker_for
worker_limits = _registry.worker_limits
