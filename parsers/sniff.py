"""What the bytes are, whatever the file name says.

Why: an agency's mail client may call a PDF "form.docx", and an attacker may call anything
anything; the parser for a part is chosen by content, and a name that disagrees with the content
is reported (a warning when we can still read it, an error when we cannot).
"""

from __future__ import annotations

import io
import zipfile

EXTENSIONS = {"docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf", "txt": ".txt", "eml": ".eml",
              "html": ".html", "doc": ".doc", "xls": ".xls", "zip": ".zip", "rar": ".rar"}


def sniff(data: bytes) -> str:
    """docx | xlsx | pdf | ole2 | encrypted_office | zip | rar | cms | tnef | eml | html | txt |
    binary | empty."""
    if not data:
        return "empty"
    head = data[:2048]
    container = _container(data)
    if container:
        return container
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # a password-protected DOCX/XLSX is an OLE2 box holding an "EncryptedPackage" stream
        return "encrypted_office" if "EncryptedPackage".encode("utf-16-le") in data else "ole2"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return "binary"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "zip"
    if b"\x00" in head:
        return "binary"
    lower = head.lower()
    if lower.lstrip().startswith((b"<!doctype html", b"<html")):
        return "html"
    first = head.split(b"\n", 1)[0]
    if b":" in first and any(lower.startswith(h) or b"\n" + h in lower for h in
                             (b"from:", b"received:", b"message-id:", b"mime-version:",
                              b"return-path:")):
        return "eml"
    return "txt"


def _container(data: bytes) -> str | None:
    """rar | cms (a CMS/PKCS#7 signed container: DER, PEM or base64) | tnef | None."""
    if data.startswith((b"Rar!\x1a\x07\x00", b"Rar!\x1a\x07\x01\x00")):
        return "rar"
    if data.startswith(b"\x78\x9f\x3e\x22"):
        return "tnef"
    if data[:1] in (b"\x30", b"M", b"-"):
        from parsers.formats.cms import der_of

        if der_of(data) is not None:
            return "cms"
    return None


def extension_kind(name: str) -> str | None:
    low = name.lower()
    for kind, ext in EXTENSIONS.items():
        if low.endswith(ext):
            return kind
    return None
