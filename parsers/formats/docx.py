"""DOCX (the main document part read straight from the package with lxml): every table, nested
ones included, as rows of cell strings, and the text of the paragraphs around them (executor,
date, or a whole letter).

Why not python-docx's Document(): it unmarshals every part of the package (styles, settings,
fonts, theme, numbering) before handing over the body, most of a small form's cost (about 6 of
its 8 ms); the body is all this reader uses.  The main part is the one the package's
officeDocument relationship names, as python-docx finds it, and must be a WordprocessingML
document.

Why read the XML ourselves: python-docx's `cell.text` keeps only plain runs and hyperlinks, so
text typed with Track Changes on (`w:ins`), inside content controls (`w:sdt`), smart tags or
simple fields is lost, and rows inside a repeating content control are not rows to it; agencies
fill the form exactly that way.  Here a cell's text is every `w:t` of its paragraphs (tabs and
breaks kept as white space), deleted text is left out, a horizontally merged cell is read once
(blank in the grid columns it spans) and a vertically merged one is repeated in every row it
spans (one responsible person for several services).  Tables inside cells are read as tables
of their own, so a form pasted into a letter's layout table is still found.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import Any

from lxml import etree

from parsers.document import build_document
from parsers.form import trailer_lines
from parsers.limits import check_zip
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, ParseLimits, parser

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
Tables = list[list[list[str]]]
MAX_DEPTH = 3  # tables inside tables inside tables: deeper ones are not forms
_CONTAINERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag", f"{W}ins",
               f"{W}hyperlink", f"{W}fldSimple", f"{W}r", f"{W}moveTo"}
_SKIP = {f"{W}del", f"{W}moveFrom", f"{W}tbl", f"{W}rPr", f"{W}pPr", f"{W}sdtPr",
         f"{W}instrText", f"{W}delText",
         "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAIN = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
         "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
# check_zip has refused any DOCTYPE or ENTITY already; this parser would not resolve one anyway
_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                       remove_blank_text=True)


_HEADER_PART = re.compile(r"^word/header\d*\.xml$")


def _header_lines(package: zipfile.ZipFile) -> list[str]:
    """The page headers' lines (a letterhead's outgoing number and date, a protocol's date
    written at the top of the page), each once; nothing when a header cannot be read — the body
    is the document, its header only a frame."""
    lines: list[str] = []
    try:
        for name in sorted(n for n in package.namelist() if _HEADER_PART.match(n))[:6]:
            for p in etree.fromstring(package.read(name), _XML).iter(f"{W}p"):
                out: list[str] = []
                _text(p, out)
                line = "".join(out).strip()
                if line and line not in lines:
                    lines.append(line)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        return []
    return lines


def _body(data: bytes, limits: ParseLimits) -> tuple[Any, list[str]]:
    """The w:body of the package's main document part, and its page headers' lines."""
    check_zip(data, limits)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            rels = etree.fromstring(package.read("_rels/.rels"), _XML)
            target = next((r.get("Target") or "" for r in rels.iter(_RELS)
                           if r.get("Type") in _MAIN), "")
            if not target:
                raise KeyError("the package names no main document")
            root = etree.fromstring(package.read(posixpath.normpath(target.lstrip("/"))),
                                    _XML)
            headers = _header_lines(package)
    except etree.XMLSyntaxError as exc:
        if exc.lineno == 0 or "Memory allocation failed" in str(exc):  # libxml2 out of memory
            raise DocumentRejected("memory_limit", f"the document needed more than "
                                   f"{limits.worker_memory_mb} MB to read") from None
        raise DocumentRejected("corrupt", f"not a readable Word document: {exc}") from None
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentRejected("corrupt", f"not a readable Word document: {exc}") from None
    body = root.find(f"{W}body") if root.tag == f"{W}document" else None
    if body is None:
        raise DocumentRejected("corrupt", "not a readable Word document: its main part is "
                                          f"{etree.QName(root).localname!r}, not a document")
    return body, headers


def _text(element: Any, out: list[str]) -> None:
    """The visible text under a paragraph (or a run container), deleted text left out."""
    for child in element:
        tag = child.tag
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}ptab"):
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag in _SKIP:
            continue
        elif tag in _CONTAINERS or len(child):
            _text(child, out)


def _blocks(element: Any, tag: str) -> list[Any]:
    """Children of `element` with `tag`, looking through content controls and custom XML."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            found.extend(_blocks(child, tag))
    return found


def _paragraphs(element: Any) -> list[str]:
    texts = []
    for p in _blocks(element, f"{W}p"):
        out: list[str] = []
        _text(p, out)
        texts.append("".join(out))
    return texts


def _int(element: Any, path: str, default: int) -> int:
    found = element.find(path)
    value = found.get(f"{W}val") if found is not None else None
    return int(value) if value and value.isdigit() else default


def _table(tbl: Any, depth: int, tables: Tables, lines: list[str]) -> None:
    rows: list[list[str]] = []
    above: dict[int, str] = {}  # grid column -> text of the cell a vMerge continues
    for tr in _blocks(tbl, f"{W}tr"):
        cells = [""] * _int(tr, f"{W}trPr/{W}gridBefore", 0)
        for tc in _blocks(tr, f"{W}tc"):
            col = len(cells)
            span = max(1, _int(tc, f"{W}tcPr/{W}gridSpan", 1))
            vmerge = tc.find(f"{W}tcPr/{W}vMerge")
            if vmerge is not None and vmerge.get(f"{W}val", "continue") == "continue":
                text = above.get(col, "")
            else:
                text = "\n".join(_paragraphs(tc))
            above[col] = text
            cells.extend([text] + [""] * (span - 1))
            inner = _blocks(tc, f"{W}tbl") if depth < MAX_DEPTH else []
            if inner:  # a layout cell: its paragraphs are text around the tables inside
                lines.extend(_paragraphs(tc))
            for table in inner:
                _table(table, depth + 1, tables, lines)
        rows.append(cells)
    tables.append(rows)


def _read(data: bytes, limits: ParseLimits) -> tuple[Tables, str]:
    body, headers = _body(data, limits)
    tables: Tables = []
    lines = [*headers, *_paragraphs(body)]
    for tbl in _blocks(body, f"{W}tbl"):
        _table(tbl, 1, tables, lines)
    return tables, "\n".join([*lines, *trailer_lines(tables)])


def text_of(data: bytes, limits: ParseLimits) -> str:
    """The document's paragraphs, then its tables' cells, as plain text (for the classifier)."""
    tables, text = _read(data, limits)
    cells = "\n".join(" | ".join(c for c in row if c) for t in tables for row in t)
    return f"{text}\n{cells}".strip()


@parser("docx")
def parse_docx(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    tables, text = _read(data, limits)
    return [build_document(part, tables, text)]
