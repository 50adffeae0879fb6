"""Format parsers found by name: `@parser("docx")` registers, `get("docx")` finds.

Why a registry: the dispatcher (by sniffed content type) and the message walker ask for a
format by name; each format lives in its own module and registers itself, so adding a format
never grows an if/elif chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from parsers.records import ParsedDocument


@dataclass
class ParseLimits:
    attachment_bytes: int = 25 * 1024 * 1024
    unpacked_bytes: int = 200 * 1024 * 1024
    compression_ratio: int = 100
    pdf_pages: int = 50
    seconds_per_document: float = 20.0
    worker_memory_mb: int = 512


class DocumentRejected(Exception):
    """The bytes cannot be read as the format: `code` is short and machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# (data, part name, limits) -> the documents found (one, usually)
FormatParser = Callable[[bytes, str, ParseLimits], list[ParsedDocument]]


@dataclass
class _Registry:
    parsers: dict[str, FormatParser] = field(default_factory=dict)

    def register(self, name: str) -> Callable[[FormatParser], FormatParser]:
        def deco(fn: FormatParser) -> FormatParser:
            self.parsers[name] = fn
            return fn

        return deco

    def get(self, name: str) -> FormatParser | None:
        self._load_all()
        return self.parsers.get(name)

    def names(self) -> list[str]:
        self._load_all()
        return sorted(self.parsers)

    def _load_all(self) -> None:
        import importlib

        for mod in FORMAT_MODULES:
            importlib.import_module(mod)


FORMAT_MODULES: tuple[str, ...] = (
    "parsers.formats.docx",
    "parsers.formats.xlsx",
    "parsers.formats.pdf",
    "parsers.formats.text",
    "parsers.formats.office",  # doc, rtf, odt, xls, ods (LibreOffice)
    "parsers.formats.ocr",  # png, jpeg, tiff (and scanned PDFs, through parsers.formats.pdf)
)

_registry = _Registry()
parser = _registry.register
get = _registry.get
names = _registry.names
