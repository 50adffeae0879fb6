"""Checks that run before a library opens untrusted bytes: zip bombs, XML entity tricks,
hostile file names; the readers themselves run in parsers.pool's worker processes.

Why before: python-docx, openpyxl and pdfplumber trust their input; a 40 KB DOCX can unpack to
gigabytes, an XML part can define a billion laughs, a PDF can loop the parser forever.  These
checks read only the zip directory and the first bytes of each XML part, so they are cheap.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import IO

from parsers.pool import in_worker as in_worker  # the readers' import path
from parsers.registry import DocumentRejected, ParseLimits

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_ROOT = re.compile(rb"<[A-Za-z_]")
MAX_ENTRIES = 10_000  # an Office file has dozens of parts; thousands is an attack
PROLOG_BYTES = 1 << 20  # the XML before the root element; Office writes a few dozen bytes


def _prolog_declares_entities(fh: IO[bytes]) -> bool:
    """True when the XML before its root element declares a DOCTYPE or entities (UTF-16 parts
    read as such); a prolog over PROLOG_BYTES counts as a declaration (padding to hide one)."""
    head = b""
    while len(head) < PROLOG_BYTES:
        chunk = fh.read(65536)
        if not chunk:
            break
        head += chunk
        text = head
        if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00<" in head[:4] or b"<\x00" in head[:4]:
            text = head.decode("utf-16", "ignore").encode("utf-8")
        root = _ROOT.search(text)
        if root:
            return bool(_DOCTYPE.search(text, 0, root.start()))
    return bool(head)


def check_zip(data: bytes, limits: ParseLimits) -> None:
    """Refuse OOXML whose unpacked size or compression ratio is out of bounds, or whose XML
    declares a DOCTYPE/ENTITY (no XXE, no billion laughs)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise DocumentRejected("corrupt", f"not a readable Office file: {exc}") from None
    if len(infos) > MAX_ENTRIES:
        raise DocumentRejected("zip_bomb", f"{len(infos):,} parts inside, over the limit of "
                               f"{MAX_ENTRIES:,}")
    total = sum(i.file_size for i in infos)
    if total > limits.unpacked_bytes:
        raise DocumentRejected("zip_bomb", f"unpacks to {total:,} bytes, over the limit of "
                               f"{limits.unpacked_bytes:,}")
    for info in infos:
        if info.compress_size and info.file_size / info.compress_size > limits.compression_ratio \
                and info.file_size > 1_000_000:
            raise DocumentRejected("zip_bomb", f"part {info.filename} is compressed "
                                   f"{info.file_size // max(info.compress_size, 1)}:1, over the "
                                   f"limit of {limits.compression_ratio}:1")
        if info.filename.endswith((".xml", ".rels", ".vml")):
            try:
                with zf.open(info) as fh:
                    hostile = _prolog_declares_entities(fh)
            except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError) as exc:
                raise DocumentRejected("corrupt", f"part {info.filename} cannot be unpacked: "
                                       f"{exc}") from None
            if hostile:
                raise DocumentRejected("xml_entities", f"part {info.filename} declares a DOCTYPE "
                                       "or entities, which Office files never need")


def safe_name(name: str | None, fallback: str) -> str:
    """An attachment name without directories, NUL or control characters."""
    if not name:
        return fallback
    cleaned = re.sub(r"[\x00-\x1f\x7f]", "", name).replace("\\", "/")
    cleaned = cleaned.rsplit("/", 1)[-1].strip().lstrip(".")
    return cleaned[:200] or fallback

