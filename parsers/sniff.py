"""What the bytes are, whatever the file name says.

Why: an agency's mail client may call a PDF "form.docx", and an attacker may call anything
anything; the parser for a part is chosen by content, and a name that disagrees with the content
is reported (a warning when we can still read it, an error when we cannot).

Old binary Office files are OLE2 compound files: Word 97 keeps a "WordDocument" stream, Excel
a "Workbook" (or Excel 5's "Book") stream; their directory holds the names in UTF-16.  An
OpenDocument file is a zip whose first member `mimetype` names the kind.
"""

from __future__ import annotations

import io
import zipfile

from parsers.encoding import bom_encoding, utf16_without_bom

EXTENSIONS: dict[str, str | tuple[str, ...]] = {
    "docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf", "txt": ".txt", "eml": ".eml",
    "html": ".html", "doc": ".doc", "xls": ".xls", "rtf": ".rtf", "odt": ".odt", "ods": ".ods",
    "png": ".png", "jpeg": (".jpg", ".jpeg"), "tiff": (".tif", ".tiff"), "zip": ".zip",
    "rar": ".rar"}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_STREAMS = (("EncryptedPackage", "encrypted_office"), ("WordDocument", "doc"),
                ("Workbook", "xls"), ("Book", "xls"))
_ODF = {"application/vnd.oasis.opendocument.text": "odt",
        "application/vnd.oasis.opendocument.text-template": "odt",
        "application/vnd.oasis.opendocument.spreadsheet": "ods",
        "application/vnd.oasis.opendocument.spreadsheet-template": "ods"}
_IMAGES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"),
           (b"MM\x00*", "tiff"))


def _ole2(data: bytes) -> str:
    """encrypted_office | doc | xls | ole2 (another compound file: .msg, .ppt, a bare box)."""
    for stream, kind in _OLE_STREAMS:
        # a directory entry: the UTF-16 name, then its NUL terminator
        if (stream.encode("utf-16-le") + b"\x00\x00") in data:
            return kind
    return "ole2"


def _zip(data: bytes) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        if "mimetype" in names:
            mimetype = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
            if mimetype in _ODF:
                return _ODF[mimetype]
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError):
        return "binary"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return "zip"


def sniff(data: bytes) -> str:
    """docx | xlsx | pdf | doc | xls | rtf | odt | ods | png | jpeg | tiff | ole2 |
    encrypted_office | zip | rar | cms | tnef | eml | html | txt | binary | empty."""
    if not data:
        return "empty"
    head = data[:2048]
    container = _container(data)
    if container:
        return container
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE2):
        # a password-protected DOCX/XLSX is an OLE2 box holding an "EncryptedPackage" stream
        return _ole2(data)
    if head.startswith(b"PK\x03\x04"):
        return _zip(data)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    for magic, kind in _IMAGES:
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        # Notepad's "Unicode" (UTF-16, with its mark or without) is text, not a binary file
        return "txt" if bom_encoding(head) or utf16_without_bom(head) else "binary"
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
