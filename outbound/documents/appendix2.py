"""The Appendix 2 analytical report (p.14) as DOCX and as XLSX, streamed.

Why streamed: a month of a national contact centre is tens of thousands of appeals, and
python-docx builds a table cell by cell in memory (minutes for 100,000 rows).  The DOCX here is
written directly as WordprocessingML into the zip, row by row; the XLSX is XlsxWriter's
workbook (styles, merged header, page set-up) with the data rows streamed into its sheet.
Memory stays flat in the number of rows.

The table is the Rules' own: landscape, columns 1-5 headed on two rows, "Характер обращения"
over columns 6-9 (content, measures with the request number, violation of the standard, staff
action or inaction), then the column-number row 1..9.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from gateway.domain import Appeal

# columns 1-5 (two header rows tall), the group over 6-9, and the group's columns 6-9
HEADERS: dict[str, dict[str, Any]] = {
    "ru": {
        "first": ["№ п/п", "Дата и время поступления жалобы и обращения",
                  "Ф.И.О. ответственного за форум", "Регион", "Ф.И.О. заявителя"],
        "group": "Характер обращения",
        "grouped": ["Содержание жалобы и обращения", "Принятые меры, № запроса",
                    "Нарушение стандарта государственной услуги",
                    "Действие (бездействие) работников"],
    },
    "kk": {
        "first": ["Р/с №", "Шағым мен өтініштің түскен күні мен уақыты",
                  "Форумға жауапты тұлғаның Т.А.Ә.", "Өңір", "Өтініш берушінің Т.А.Ә."],
        "group": "Өтініштің сипаты",
        "grouped": ["Шағым мен өтініштің мазмұны", "Қабылданған шаралар, сұрау салу №",
                    "Мемлекеттік көрсетілетін қызмет стандартын бұзу",
                    "Қызметкерлердің әрекеті (әрекетсіздігі)"],
    },
}
TEXT = {
    "ru": {"corner": "Приложение 2 к Правилам взаимодействия Единого контакт-центра",
           "form": "Форма", "title": "Аналитический отчет", "period": "за {month}"},
    "kk": {"corner": "Бірыңғай байланыс орталығының өзара іс-қимыл қағидаларына 2-қосымша",
           "form": "Нысан", "title": "Талдамалық есеп", "period": "{month} үшін"},
}
COLUMNS = 9
WIDTHS = [500, 1500, 1500, 1200, 1500, 3600, 1700, 1600, 1700]  # twentieths of a point
GROUP_FROM = 5  # zero-based index of column 6
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

MONTHS = {
    "ru": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"],
}


NO_APPEALS = {
    "ru": "Жалоб и обращений по оказываемым государственным услугам за отчетный месяц не "
          "поступало.",
    "kk": "Есепті айда көрсетілетін мемлекеттік қызметтер бойынша шағымдар мен өтініштер түскен "
          "жоқ.",
}


def _lang(language: str) -> str:
    return language if language in HEADERS else "ru"


def month_words(month: str, language: str = "ru") -> str:
    """'2026-10' -> 'октябрь 2026 года' / '2026 жылғы қазан'."""
    year, mon = (int(x) for x in month.split("-"))
    if _lang(language) == "kk":
        return f"{year} жылғы {MONTHS['kk'][mon - 1]}"
    return f"{MONTHS['ru'][mon - 1]} {year} года"


def leaf_headers(language: str = "ru") -> list[str]:
    """The nine column headers as one list (columns 1-5, then the grouped 6-9)."""
    h = HEADERS[_lang(language)]
    return [*h["first"], *h["grouped"]]


def _clean(text: str) -> str:
    """Text that XML can hold: control characters an export may carry would corrupt the file."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


_NOT_XML_BUT_SEP = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean_all(texts: list[str]) -> list[str]:
    """_clean of each text, in one pass over them joined (a report has millions of cells)."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a text holds a NUL itself: one by one
        return [_clean(t) for t in texts]
    if "\r" in joined:
        joined = joined.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML_BUT_SEP.sub("", joined).split("\x00")


def cells(n: int, a: Appeal) -> list[str]:
    """Row `n` of the table: the nine cells of one appeal."""
    content = f"{a.nature}. {a.content}" if a.nature and a.content else a.nature or a.content
    at = a.received_at
    return [str(n), f"{at.day:02d}.{at.month:02d}.{at.year:04d} {at.hour:02d}:{at.minute:02d}",
            *_clean_all([a.forum_responsible, a.region, a.applicant, content, a.measures,
                         a.standard_violation, a.staff_action])]


# --- DOCX: WordprocessingML written as text --------------------------------------------------

_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {_W}><w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>
<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="ru-RU"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>
<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""
_BORDERS = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
            '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
            '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
            "</w:tblBorders>")
_SECT = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
         '<w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="850" w:header="709" '
         'w:footer="709" w:gutter="0"/></w:sectPr>')


def _p(text: str, bold: bool = False, align: str = "") -> str:
    ppr = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    body = '</w:t><w:br/><w:t xml:space="preserve">'.join(escape(t) for t in text.split("\n"))
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{body}</w:t></w:r></w:p>'


def _tc(width: int, text: str, bold: bool = False, extra: str = "") -> str:
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}</w:tcPr>'
            f"{_p(text, bold=bold, align='center' if bold else '')}</w:tc>")


def _header_rows(lang: str) -> str:
    h = HEADERS[lang]
    top = "".join(_tc(w, t, True, '<w:vMerge w:val="restart"/><w:vAlign w:val="center"/>')
                  for w, t in zip(WIDTHS[:GROUP_FROM], h["first"], strict=True))
    top += _tc(sum(WIDTHS[GROUP_FROM:]), h["group"], True,
               f'<w:gridSpan w:val="{COLUMNS - GROUP_FROM}"/>')
    below = "".join(_tc(w, "", True, "<w:vMerge/>") for w in WIDTHS[:GROUP_FROM])
    below += "".join(_tc(w, t, True) for w, t in zip(WIDTHS[GROUP_FROM:], h["grouped"],
                                                      strict=True))
    numbers = "".join(_tc(w, str(i), True) for i, w in enumerate(WIDTHS, start=1))
    rpr = "<w:trPr><w:tblHeader/></w:trPr>"
    return "".join(f"<w:tr>{rpr}{row}</w:tr>" for row in (top, below, numbers))


# A data row as one template: its cells' widths are the table grid's (fixed layout), so a
# data cell needs no properties of its own; the nine values are escaped together (one pass
# over the joined row) and a line break inside a value becomes a <w:br/>.  Writing 1,000,000
# rows cell by cell cost most of a minute.
_SEP = "\x00"  # never in a value: cells() removed every control character
_T = '<w:t xml:space="preserve">'
_ROW = ("<w:tr>" + "".join(f"<w:tc><w:p><w:r>{_T}{{}}</w:t></w:r></w:p></w:tc>"
                           for _ in WIDTHS) + "</w:tr>")
_BREAK = f"</w:t><w:br/>{_T}"


def _escaped(values: list[str]) -> list[str]:
    """The values XML-escaped, in one pass over the row (they hold no control characters)."""
    row = _SEP.join(values)
    if "&" in row:
        row = row.replace("&", "&amp;")
    if "<" in row:
        row = row.replace("<", "&lt;")
    if ">" in row:
        row = row.replace(">", "&gt;")
    return row.split(_SEP)


def _row(values: list[str]) -> str:
    row = _ROW.format(*_escaped(values))
    return row.replace("\n", _BREAK) if "\n" in row else row


def _preamble(lang: str, month: str, recipient: str | None) -> str:
    text = TEXT[lang]
    parts = [_p(text["corner"], align="right"), _p(text["form"], align="right"),
             _p(text["title"], bold=True, align="center"),
             _p(text["period"].format(month=month_words(month, lang)), align="center")]
    if recipient:
        parts.append(_p(recipient, align="center"))
    return "".join(parts)


class _Background:
    """Writes on a thread of its own: compressing a chunk (zlib lets go of the interpreter while
    it works) overlaps with formatting the next rows on the other core.  A write's failure is
    raised at the next put or at close."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write
        self._queue: queue.Queue[str | None] = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="report-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._error is None:  # after a failure: drain, so put() never blocks
                try:
                    self._write(chunk.encode("utf-8"))
                except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
                    self._error = exc

    def put(self, chunk: str) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        if self._error is not None:
            raise self._error


class DocxSink:
    """The DOCX report being written: `add` one row's cells at a time; close (or leave the
    `with` block) to finish the file.  A failure inside the block removes the partial file."""

    def __init__(self, path: Path, *, month: str, recipient: str | None = None,
                 language: str = "ru") -> None:
        lang = _lang(language)
        self.path, self.count, self._lang = path, 0, lang
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        for name, part in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                           ("word/_rels/document.xml.rels", _DOC_RELS),
                           ("word/styles.xml", _STYLES)):
            self._zip.writestr(name, part)
        self._fh = self._zip.open("word/document.xml", "w", force_zip64=True)
        self._out = _Background(self._fh.write)
        self._buf: list[str] = [
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>',
            _preamble(lang, month, recipient),
            f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{_BORDERS}'
            '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>',
            "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS), "</w:tblGrid>",
            _header_rows(lang)]

    def add(self, values: list[str]) -> None:
        self.add_escaped(_escaped(values))

    def add_escaped(self, escaped: list[str]) -> None:
        """A row whose values are XML-escaped already (_escaped: write_both does it once for
        both files)."""
        self.count += 1
        row = _ROW.format(*escaped)
        self._buf.append(row.replace("\n", _BREAK) if "\n" in row else row)
        if len(self._buf) >= 500:
            self._flush()

    def _flush(self) -> None:
        self._out.put("".join(self._buf))
        self._buf.clear()

    def close(self) -> None:
        # p.14: an agency with no appeals in the month still gets its report, saying so
        none = _p(NO_APPEALS[self._lang]) if not self.count else ""
        self._buf.append(f"</w:tbl>{_p('')}{none}{_SECT}</w:body></w:document>")
        self._flush()
        self._out.close()
        self._fh.close()
        self._zip.close()

    def __enter__(self) -> DocxSink:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self.close()
            return
        with contextlib.suppress(Exception):
            self._out.close()
        self._fh.close()
        self._zip.close()
        self.path.unlink(missing_ok=True)


def write_docx(path: Path, rows: Iterable[Appeal], *, month: str, recipient: str | None = None,
               language: str = "ru") -> int:
    """Write the report to `path` (memory flat in the rows); the number of rows written."""
    with DocxSink(path, month=month, recipient=recipient, language=language) as sink:
        for n, appeal in enumerate(rows, start=1):
            sink.add(cells(n, appeal))
    return sink.count


# --- XLSX: XlsxWriter for the package, the data rows streamed into its sheet ------------------
#
# XlsxWriter costs ~15 us a cell even in constant-memory mode (14 s for 100,000 rows), so it
# writes the workbook with the title and the header rows (styles, merges, page set-up, print
# titles: the parts worth a library), and the data rows are then streamed into its sheet as
# inline-string cells in the style it defined: ~10x faster, memory flat.

_SHEET = "xl/worksheets/sheet1.xml"
_LETTERS = [chr(ord("A") + i) for i in range(COLUMNS)]
FIRST_DATA_ROW = 5  # 1-based: title, two header rows, the column numbers


def _xlsx_head(path: Path, lang: str, month: str, recipient: str | None) -> int:
    """Write the workbook without data rows; the style index for data cells."""
    import xlsxwriter

    h, text = HEADERS[lang], TEXT[lang]
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet(month)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    title = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "text_wrap": True, "border": 1, "align": "center",
                          "valign": "vcenter"})
    wrap = wb.add_format({"text_wrap": True, "border": 1, "valign": "top"})
    for col, width in enumerate(WIDTHS):
        ws.set_column(col, col, width / 100, wrap)
    period = text["period"].format(month=month_words(month, lang))
    ws.write(0, 0, f"{text['title']} {period}" + (f" — {recipient}" if recipient else ""), title)
    for col, header in enumerate(h["first"]):
        ws.merge_range(1, col, 2, col, header, head)
    ws.merge_range(1, GROUP_FROM, 1, COLUMNS - 1, h["group"], head)
    ws.write_row(2, GROUP_FROM, h["grouped"], head)
    ws.write_row(3, 0, [str(i) for i in range(1, COLUMNS + 1)], head)
    ws.repeat_rows(1, 3)
    wb.close()
    return int(wrap.xf_index)


def _xlsx_template(style: int) -> str:
    """A data row of the sheet with the row number {0} and the nine values {1}..{9} to fill;
    its cells in column order without references of their own (optional in SpreadsheetML: a
    reader counts them), a third of the bytes of a row."""
    return '<row r="{0}">' + "".join(
        f'<c s="{style}" t="inlineStr"><is><t xml:space="preserve">{{{n}}}</t></is></c>'
        for n in range(1, COLUMNS + 1)) + "</row>"


class XlsxSink:
    """The XLSX report being written, like DocxSink: rows go to a side file, and closing
    splices them into the sheet of XlsxWriter's workbook."""

    def __init__(self, path: Path, *, month: str, recipient: str | None = None,
                 language: str = "ru") -> None:
        self.path, self.count = path, 0
        self._head = path.with_name(path.name + ".head")
        self._rows_path = path.with_name(path.name + ".rows")
        self._style = _xlsx_head(self._head, _lang(language), month, recipient)
        self._template = _xlsx_template(self._style)
        self._body = open(self._rows_path, "wb")  # noqa: SIM115 (closed in close)
        self._out = _Background(self._body.write)
        self._buf: list[str] = []

    def add(self, values: list[str]) -> None:
        self.add_escaped(_escaped(values))

    def add_escaped(self, escaped: list[str]) -> None:
        """A row whose values are XML-escaped already (see DocxSink.add_escaped)."""
        self.count += 1
        self._buf.append(self._template.format(FIRST_DATA_ROW - 1 + self.count, *escaped))
        if len(self._buf) >= 500:
            self._out.put("".join(self._buf))
            self._buf.clear()

    def close(self) -> None:
        self._out.put("".join(self._buf))
        self._out.close()
        self._body.close()
        last = max(FIRST_DATA_ROW - 1 + self.count, FIRST_DATA_ROW - 1)
        with zipfile.ZipFile(self._head) as src, \
                zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
            for item in src.infolist():
                if item.filename != _SHEET:
                    dst.writestr(item, src.read(item.filename))
                    continue
                before, after = src.read(_SHEET).decode("utf-8").split("</sheetData>", 1)
                before = re.sub(r'<dimension ref="[^"]*"/>',
                                f'<dimension ref="A1:{_LETTERS[-1]}{last}"/>', before)
                with dst.open(_SHEET, "w", force_zip64=True) as fh, \
                        open(self._rows_path, "rb") as rows_in:
                    fh.write(before.encode("utf-8"))
                    while chunk := rows_in.read(1 << 20):
                        fh.write(chunk)
                    fh.write(("</sheetData>" + after).encode("utf-8"))
        self._cleanup()

    def _cleanup(self) -> None:
        with contextlib.suppress(Exception):
            self._out.close()
        self._body.close()
        self._head.unlink(missing_ok=True)
        self._rows_path.unlink(missing_ok=True)

    def __enter__(self) -> XlsxSink:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            try:
                self.close()
            finally:
                self._cleanup()
            return
        self._cleanup()
        self.path.unlink(missing_ok=True)


def write_xlsx(path: Path, rows: Iterable[Appeal], *, month: str, recipient: str | None = None,
               language: str = "ru") -> int:
    """Write the report to `path` as one landscape worksheet; the number of rows written."""
    with XlsxSink(path, month=month, recipient=recipient, language=language) as sink:
        for n, appeal in enumerate(rows, start=1):
            sink.add(cells(n, appeal))
    return sink.count


def write_both(docx_path: Path, xlsx_path: Path, rows: Iterable[Appeal], *, month: str,
               recipient: str | None = None, language: str = "ru") -> int:
    """Both files from one pass over the rows (the rows are read once); the row count."""
    with DocxSink(docx_path, month=month, recipient=recipient, language=language) as docx_sink, \
            XlsxSink(xlsx_path, month=month, recipient=recipient, language=language) as xlsx_sink:
        for n, appeal in enumerate(rows, start=1):
            escaped = _escaped(cells(n, appeal))  # once for both files
            docx_sink.add_escaped(escaped)
            xlsx_sink.add_escaped(escaped)
    return docx_sink.count


# --- bytes, for callers that attach the files directly ----------------------------------------


def _as_bytes(write: Callable[..., int], suffix: str, rows: Iterable[Appeal], month: str,
              agency_name: str | None, language: str) -> bytes:
    fd, name = tempfile.mkstemp(suffix=suffix)
    os.close(fd)
    try:
        write(Path(name), rows, month=month, recipient=agency_name, language=language)
        return Path(name).read_bytes()
    finally:
        os.unlink(name)


def build_appendix2_docx(rows: Iterable[Appeal], month: str, agency_name: str | None = None,
                         language: str = "ru") -> bytes:
    """The report as DOCX bytes (for large months prefer write_docx to a path)."""
    return _as_bytes(write_docx, ".docx", rows, month, agency_name, language)


def build_appendix2_xlsx(rows: Iterable[Appeal], month: str, agency_name: str | None = None,
                         language: str = "ru") -> bytes:
    """The report as XLSX bytes (for large months prefer write_xlsx to a path)."""
    return _as_bytes(write_xlsx, ".xlsx", rows, month, agency_name, language)
