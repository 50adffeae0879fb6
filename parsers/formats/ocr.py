"""Scans and photos (PNG, JPEG, multi-page TIFF, a PDF without a text layer) read by Tesseract 5
(`kaz+rus+eng`, parsers.formats.tess), then by the same table and form logic as a text PDF.

Why this path: Tesseract gives every word with its box, which is exactly what the PDF position
reader (parsers.form.rows_from_words) rebuilds a borderless table from, so a scan's table is
found the same way as a borderless PDF's and read by the same form and letter logic.  A ruled
table is read cell by cell instead (parsers.formats.ruled): its rules give the cells exactly,
and a cell read as one block keeps a lone row number or a dash that sparse reading of the
whole page drops.  Each page is recognised once: the ruled tables' cells, and the rest of the
page (the tables painted out) as sparse text.  English is in the language list because without
it every e-mail and web address comes out in Cyrillic; Kazakh is first, since with Russian
first a Kazakh name in a Russian form loses its Ә and қ.

OCR confuses look-alikes, so each word is normalised (parsers.formats.ocr_text): a word that is
mostly Cyrillic gets its Latin look-alikes made Cyrillic and the other way round, an address
gets Latin letters, a number gets digits for О/З/l; registry numbers are digits only.  The
document's `confidence` is lowered by the share of words Tesseract was unsure of, and
`read_by` is "ocr".  Without Tesseract's language data (or the tesserocr package) the error is
`ocr_unavailable`.

Tesseract runs in one thread (OMP_THREAD_LIMIT=1: on a shared machine its threads only fight
each other), inside a pool worker with the document's time limit and a memory budget of its
own (OCR_MEMORY_MB; the readers' 512 MB is too little for OpenCV and the language models).
"""

from __future__ import annotations

import dataclasses
import re
import statistics
import time
from collections.abc import Callable
from typing import Any

from parsers.document import build_document
from parsers.form import rows_from_words, trailer_lines
from parsers.formats import image, ruled, tess
from parsers.formats.ocr_text import fix_line, fix_services, fix_text
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, ParseLimits, parser

BASELINE_SNAP = 0.35  # lines closer than this many body heights are one line of type
UNSURE = 60  # a word Tesseract gives less than this (of 100) is one it was unsure of
# the address space an OCR worker gets (when worker_memory_mb is less): importing OpenCV maps
# some 450 MB, a 200-dpi page then takes its peak to about 670 MB, and Tesseract's three
# language models, loaded once per worker, some 150 MB more
OCR_MEMORY_MB = 1536


_AVAILABLE: list[bool] = []  # once found runnable, not asked again in this process


def available() -> str | None:
    """None when OCR can run, else why not (one sentence).  A yes is remembered."""
    if _AVAILABLE:
        return None
    reason = tess.why_not()
    if reason is None:
        _AVAILABLE.append(True)
    return reason


def _number_signs(words: list[dict[str, Any]]) -> None:
    """A lone "/" between a word and a number on one line is a "№" OCR read thin ("Стандарт
    / 341" is "Стандарт № 341"); any other lone "/" is a speck and goes with them."""
    for k, w in enumerate(words):
        if w["text"] == "/" and 0 < k < len(words) - 1 \
                and words[k - 1]["line"] == w["line"] == words[k + 1]["line"] \
                and words[k - 1]["text"][-1:].isalpha() and words[k + 1]["text"][:1].isdigit():
            w["text"] = "№"


def _kept(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words as OCR gave them less specks (a lone '|', '.', ','), look-alikes fixed line by
    line (parsers.formats.ocr_text)."""
    _number_signs(words)
    words = [w for w in words if w["conf"] >= 0 and (
        any(ch.isalnum() for ch in w["text"]) or len(w["text"]) > 1 or w["text"] in "-—–№")]
    lines: dict[Any, list[dict[str, Any]]] = {}
    for word in words:
        lines.setdefault(word["line"], []).append(word)
    for line_words in lines.values():
        for word, text in zip(line_words, fix_line([w["text"] for w in line_words]),
                              strict=True):
            word["text"] = text
    return words


def _check(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise DocumentRejected("too_slow", "reading the scan took longer than the limit")


def font_boxes(words: list[dict[str, Any]]) -> None:
    """Each word's box made the height of its line of type, as a PDF's word boxes are: from
    its line's baseline up by the body height (the page's median word height) and down by a
    descender's depth.  Tesseract's boxes hug the ink, so "залога" (no ascender, no
    descender) would sit lower and shorter than "Регистрация" beside it, and a short word
    boxed together with a speck under it ("в" read 12 pixels too deep) would start a line of
    its own: the rows rebuilt from positions then break at every line of the table.

    The baseline is Tesseract's for the word's line (the median of its words'); a line of one
    short word has none to speak of, so a number's is its ink's bottom and a dash's half a
    body under its middle.  Then lines whose baselines are within BASELINE_SNAP bodies of
    each other, across the page, are put on one (the lines of a table's row, read column by
    column, are one line of type)."""
    real = [w for w in words if sum(ch.isalnum() for ch in w["text"]) >= 3] or words
    if not real:
        return
    body = statistics.median(w["bottom"] - w["top"] for w in real)
    lines: dict[Any, list[dict[str, Any]]] = {}
    for w in words:
        lines.setdefault(w["line"], []).append(w)
    bases: list[tuple[float, list[dict[str, Any]]]] = []
    for line in lines.values():
        if len(line) == 1 and len(line[0]["text"]) <= 2:
            w = line[0]
            ink = any(ch.isalnum() for ch in w["text"])
            base = w["bottom"] if ink else (w["top"] + w["bottom"]) / 2 + 0.27 * body
        else:
            base = statistics.median(w.get("baseline", w["bottom"]) for w in line)
        bases.append((base, line))
    bases.sort(key=lambda b: b[0])
    k = 0
    while k < len(bases):
        j = k
        while j + 1 < len(bases) and bases[j + 1][0] - bases[k][0] <= BASELINE_SNAP * body:
            j += 1
        base = statistics.median(b for b, _ in bases[k:j + 1])
        for _, line in bases[k:j + 1]:
            for w in line:
                w["top"], w["bottom"] = base - 0.78 * body, base + 0.22 * body
        k = j + 1


def _text(words: list[dict[str, Any]]) -> str:
    """The page's lines (words at one height, left to right) as text."""
    return "\n".join(fix_text(" ".join(w["text"] for w in line)) for line in ruled.in_lines(words))


# lines under a form that are text, however OCR spaced them (a dropped "»" leaves a gap wide
# enough to look like two columns): the executor and the date
_TRAILER = re.compile(r"^\W*(ф\W*и\W*о\b|дата\b|күні\b|жауапты\s+орындаушы|исполнитель\b)",
                      re.I)


def _table_words(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words that may belong to a table laid out by position: the executor and date lines
    are left out (they are read from the text)."""
    keep: list[dict[str, Any]] = []
    for line in ruled.in_lines(words):
        if not _TRAILER.match(" ".join(w["text"] for w in line)):
            keep.extend(line)
    return keep


def read_pages(pages: list[Any], limits: ParseLimits) -> tuple[list[Any], str, float, float]:
    """(tables, text, share of sure words, largest skew) of greyscale pages.

    Each page is recognised once: the words outside its ruled tables as sparse text (the page
    with the tables painted out), each ruled table cell by cell (ruled.table)."""
    reason = available()
    if reason:
        raise DocumentRejected("ocr_unavailable", reason)
    deadline = time.monotonic() + limits.seconds_per_document
    tables: list[Any] = []
    texts: list[str] = []
    sure = total = 0
    skew = 0.0
    for gray in pages:
        _check(deadline)
        page = image.prepare(gray)
        skew = max(skew, abs(page.skew))
        tess.set_page(image.without(page.image, page.grids) if page.grids else page.image,
                      page.dpi)
        free = _kept(tess.read())
        font_boxes(free)
        words = list(free)
        if page.grids:
            tess.set_page(page.image, page.dpi)
        for grid in page.grids:
            _check(deadline)
            rows, cell_words = ruled.table(grid, page.image, lambda box, digits: _kept(
                tess.read(box, psm=6, whitelist=tess.DIGITS if digits else "")))
            tables.append(rows)
            words.extend(cell_words)
        tables.extend([[fix_text(cell) for cell in row] for row in table]
                      for table in rows_from_words(_table_words(free)))
        total += len(words)
        sure += sum(1 for w in words if w["conf"] >= UNSURE)
        texts.append(_text(words))
    texts.extend(trailer_lines(tables))
    return tables, "\n".join(texts), (sure / total if total else 0.0), skew


def document(part: str, pages: list[Any], limits: ParseLimits) -> ParsedDocument:
    """The document OCR reads in `pages`, read_by "ocr", its confidence lowered by doubt."""
    tables, text, sure, skew = read_pages(pages, limits)
    fixed: list[str] = []
    if not text.strip():
        doc = ParsedDocument(part=part, warnings=["OCR found no text on the page(s)"])
    else:
        doc = build_document(part, tables, text)
        fixed = fix_services(doc.services)
        doc.warnings.extend(fixed)
    doc.read_by = "ocr"
    base = doc.confidence if doc.confidence is not None else 1.0
    # the share of words Tesseract was sure of, and less for each registry number it misread
    doc.confidence = round(min(base, 0.5 + 0.5 * sure) * 0.8 ** len(fixed), 2)
    if sure < 0.8:
        doc.warnings.append(f"OCR was unsure of {1 - sure:.0%} of the words")
    if skew >= 0.1:
        doc.warnings.append(f"the scan was turned {skew:.1f}° and straightened")
    return doc


def _image_reader(kind: str) -> Callable[[bytes, str, ParseLimits], list[ParsedDocument]]:
    def parse(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
        return [document(part, image.decode(data, limits.pdf_pages), limits)]

    parse.__name__ = f"parse_{kind}"
    parse.__doc__ = f"A {kind.upper()} image (a scan or a photo of a document) read by OCR."
    return parse


def ocr_limits(limits: ParseLimits) -> ParseLimits:
    """The limits an OCR job runs under: OCR_MEMORY_MB of address space at least."""
    return dataclasses.replace(limits, worker_memory_mb=max(limits.worker_memory_mb,
                                                            OCR_MEMORY_MB))


def parse_scanned_pdf(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    """A PDF without a text layer: its pages rasterised at image.DPI and read by OCR."""
    return [document(part, image.rasterise(data, limits.pdf_pages), limits)]


for _kind in ("png", "jpeg", "tiff"):
    parser(_kind, memory_mb=OCR_MEMORY_MB)(_image_reader(_kind))
