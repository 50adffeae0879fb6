"""Active content in a document, found before any reader (or LibreOffice) opens it: macros,
links to other files or the web, DDE and include fields, PDF actions.

Why: agencies' documents are read by machine, and some formats can act when opened -- an
OpenDocument OnLoad macro, an RTF INCLUDETEXT field pulling in a file, a DOCX whose template
lives on a web server, a PDF that runs JavaScript or launches a program.  None of it is ever
run or fetched here (the readers parse XML and text; LibreOffice converts with macros off,
links never updated and, where the kernel allows, no network: parsers.formats.office), but an
operator must know a document carried it: a legitimate form has no reason to.  So each
finding becomes a warning on the document (`active content, not run: <kind> (<detail>)`),
which the gateway shows in the status log of the case or in the quarantine
(`describe_ru` gives the Russian words).

Only bytes are looked at: XML members of an OOXML or OpenDocument package (size-capped, after
the package's own bomb checks), RTF field instructions, the directory names and field marks
of a Word 97 file, and every object of a PDF (pdfminer, object streams included).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from parsers.registry import DocumentRejected, ParseLimits

PREFIX = "active content, not run: "
MAX_FINDINGS = 12
MAX_MEMBER_BYTES = 16 * 1024 * 1024  # an XML member bigger than this is not scanned
MAX_PDF_OBJECTS = 50_000
MAX_MEMBERS = 10_000  # members of a package looked at

KIND_RU = {
    "macro": "макросы",
    "auto_macro": "макрос, запускаемый событием документа (например, при открытии)",
    "external_link": "ссылка на внешний файл или адрес",
    "external_template": "внешний шаблон документа",
    "dde": "DDE-связь с другой программой",
    "include_field": "поле, подгружающее внешний файл",
    "ole_link": "связанный OLE-объект",
    "activex": "элементы ActiveX",
    "pdf_javascript": "JavaScript в PDF",
    "pdf_launch": "запуск программы из PDF (Launch)",
    "pdf_uri": "переход по внешней ссылке из PDF (URI)",
    "pdf_submit": "отправка данных формы PDF",
    "pdf_remote": "ссылка на внешний документ из PDF",
}


@dataclass(frozen=True)
class Finding:
    kind: str  # a key of KIND_RU
    detail: str = ""

    def warning(self) -> str:
        return f"{PREFIX}{self.kind}" + (f" ({self.detail})" if self.detail else "")


def is_active(warning: str) -> bool:
    return warning.startswith(PREFIX)


def describe_ru(warning: str) -> str | None:
    """The warning in Russian, for the status log and the quarantine; None if it is not one
    of ours."""
    if not is_active(warning):
        return None
    rest = warning[len(PREFIX):]
    kind, _, detail = rest.partition(" (")
    words = KIND_RU.get(kind, kind)
    return f"{words} ({detail}" if detail else words


def scan(fmt: str, data: bytes, limits: ParseLimits) -> list[Finding]:
    """What active content `data` (of sniffed format `fmt`) carries; [] for none, or for a
    format that carries none."""
    scanner = _SCANNERS.get(fmt)
    if scanner is None:
        return []
    try:
        found = scanner(data, limits)
    except DocumentRejected:  # a bomb or a broken package: its reader says so
        return []
    unique = list(dict.fromkeys(found))
    return unique[:MAX_FINDINGS]


def _short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _external(href: str) -> bool:
    """A link leaving the package: a scheme (file:, http:, smb:), an absolute or parent path,
    a UNC path."""
    href = href.strip()
    return bool(_SCHEME.match(href)) or href.startswith(("/", "\\", "../", "..\\"))


def _members(data: bytes, limits: ParseLimits) -> dict[str, bytes]:
    """The package's member names, with the bytes of its XML members (each size-capped, all
    together within limits.unpacked_bytes; never parsed as XML, so no DOCTYPE matters here)."""
    out: dict[str, bytes] = {}
    budget = limits.unpacked_bytes
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()[:MAX_MEMBERS]
            for info in infos:
                name = info.filename
                xmlish = name.endswith((".xml", ".rels")) or name == "[Content_Types].xml"
                if not xmlish or info.is_dir() or info.file_size > min(MAX_MEMBER_BYTES, budget):
                    out.setdefault(name, b"")
                    continue
                with zf.open(info) as fh:
                    body = fh.read(MAX_MEMBER_BYTES + 1)
                budget -= len(body)
                out[name] = body[:MAX_MEMBER_BYTES]
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError):
        return out
    return out


# -- OpenDocument -------------------------------------------------------------------------------

_ODF_LINKED = re.compile(
    rb"<(text:section-source|draw:image|draw:object|draw:object-ole|draw:plugin|"
    rb"draw:floating-frame|draw:applet|table:table-source|table:cell-range-source)\b"
    rb"[^>]*?xlink:href=\"([^\"]*)\"")
_ODF_DDE = re.compile(rb"<(text:dde-connection-decl|office:dde-source|table:dde-link|"
                      rb"text:dde-connection)\b")
_ODF_EVENT = re.compile(rb"<script:event-listener\b[^>]*?script:event-name=\"([^\"]*)\"")
_ODF_PARTS = ("content.xml", "styles.xml", "settings.xml")


def _odf(data: bytes, limits: ParseLimits) -> list[Finding]:
    members = _members(data, limits)
    found: list[Finding] = []
    modules = [n for n in members if n.startswith("Basic/") and n.endswith(".xml")
               and not n.rsplit("/", 1)[-1].startswith("script-l")]
    scripts = [n for n in members if n.startswith("Scripts/") and not n.endswith("/")]
    if modules or scripts:
        found.append(Finding("macro", _short(", ".join(modules + scripts))))
    for part in _ODF_PARTS:
        xml = members.get(part, b"")
        for event in _ODF_EVENT.findall(xml):
            found.append(Finding("auto_macro", event.decode("utf-8", "replace")))
        for element, href in _ODF_LINKED.findall(xml):
            link = href.decode("utf-8", "replace")
            if _external(link):
                found.append(Finding("external_link", _short(
                    f"{element.decode()}: {link}")))
        for element in _ODF_DDE.findall(xml):
            found.append(Finding("dde", element.decode()))
    return found


# -- Office Open XML (DOCX, XLSX) ---------------------------------------------------------------

_REL = re.compile(rb"<Relationship\b[^>]*>")
_ATTR = re.compile(rb"(\w+)=\"([^\"]*)\"")
_INSTR_TEXT = re.compile(rb"<w:instrText\b[^>]*>([^<]*)</w:instrText>")
_FLD_SIMPLE = re.compile(rb"<w:fldSimple\b[^>]*?w:instr=\"([^\"]*)\"")
_FIELD = re.compile(r"(?<![A-Za-z])(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|INCLUDE|IMPORT|LINK)"
                    r"(?![A-Za-z])")
_BENIGN_EXTERNAL = ("/hyperlink",)


def _field_kind(name: str) -> str:
    return "dde" if name.startswith("DDE") else "include_field"


def _fields(instructions: str) -> list[Finding]:
    return [Finding(_field_kind(m.group(1)), _short(instructions[m.start():], 100))
            for m in _FIELD.finditer(instructions)]


def _ooxml(data: bytes, limits: ParseLimits) -> list[Finding]:
    members = _members(data, limits)
    found: list[Finding] = []
    macros = [n for n in members if n.lower().endswith("vbaproject.bin")]
    types = members.get("[Content_Types].xml", b"")
    if macros or b"macroEnabled" in types or b"vbaProject" in types:
        found.append(Finding("macro", _short(", ".join(macros) or "vbaProject")))
    if any(n.lower().startswith(("word/activex/", "xl/activex/")) for n in members):
        found.append(Finding("activex"))
    for name, xml in members.items():
        if name.endswith(".rels"):
            for rel in _REL.findall(xml):
                attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(rel)}
                if attrs.get("TargetMode", "").lower() != "external":
                    continue
                rtype = attrs.get("Type", "").rsplit("/", 1)[-1]
                if ("/" + rtype) in _BENIGN_EXTERNAL or attrs.get("Target", "").lower(
                        ).startswith("mailto:"):
                    continue
                kind = "external_template" if rtype == "attachedTemplate" else "external_link"
                found.append(Finding(kind, _short(f"{rtype}: {attrs.get('Target', '')}")))
        elif name.startswith("word/") and name.endswith(".xml"):
            instr = b"".join(_INSTR_TEXT.findall(xml)).decode("utf-8", "replace")
            simple = " ".join(x.decode("utf-8", "replace") for x in _FLD_SIMPLE.findall(xml))
            found.extend(_fields(instr) + _fields(simple))
        elif name.startswith("xl/externalLinks/") and name.endswith(".xml") \
                and b"<ddeLink" in xml:
            found.append(Finding("dde", name))
    return found


# -- RTF ----------------------------------------------------------------------------------------

_RTF_CONTROL = re.compile(rb"\\[a-zA-Z]+-?\d* ?|\\[^a-zA-Z]|[{}\r\n]")


def _rtf(data: bytes, limits: ParseLimits) -> list[Finding]:
    found: list[Finding] = []
    at = data.find(b"\\fldinst")
    while at >= 0 and len(found) < MAX_FINDINGS:
        end = data.find(b"\\fldrslt", at)
        end = at + 2000 if end < 0 else min(end, at + 2000)
        chunk = _RTF_CONTROL.sub(b"", data[at + len(b"\\fldinst"): end])
        text = chunk.decode("latin-1").strip()
        match = _FIELD.match(text)
        if match:
            found.append(Finding(_field_kind(match.group(1)), _short(text, 100)))
        at = data.find(b"\\fldinst", at + 1)
    if re.search(rb"\\objautlink|\\objlink", data):
        found.append(Finding("ole_link"))
    return found


# -- Word 97 / Excel 97 -------------------------------------------------------------------------

_OLE_MACROS = ("_VBA_PROJECT_CUR", "_VBA_PROJECT", "Macros")
_DOC_FIELD = re.compile(rb"\x13[ \t]*(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|LINK|IMPORT)\b")
_DOC_FIELD16 = re.compile(b"\x13\x00(?: \x00)*(" + b"|".join(
    w.encode("utf-16-le") for w in ("DDEAUTO", "DDE", "INCLUDETEXT", "INCLUDEPICTURE", "LINK",
                                    "IMPORT")) + b")")


def _ole(data: bytes, limits: ParseLimits) -> list[Finding]:
    found: list[Finding] = []
    named = [n for n in _OLE_MACROS if (n.encode("utf-16-le") + b"\x00\x00") in data]
    if named:
        found.append(Finding("macro", ", ".join(named)))
    for m in _DOC_FIELD.finditer(data):
        found.append(Finding(_field_kind(m.group(1).decode()), m.group(1).decode()))
    for m in _DOC_FIELD16.finditer(data):
        word = m.group(1).decode("utf-16-le")
        found.append(Finding(_field_kind(word), word))
    return found


# -- PDF ----------------------------------------------------------------------------------------

_PDF_ACTIONS = {"JavaScript": "pdf_javascript", "Launch": "pdf_launch", "URI": "pdf_uri",
                "SubmitForm": "pdf_submit", "ImportData": "pdf_submit", "GoToR": "pdf_remote",
                "GoToE": "pdf_remote"}
_PDF_RAW = re.compile(rb"/(JavaScript|JS|Launch|SubmitForm|ImportData|GoToR)(?![A-Za-z])")


def _name(value: Any) -> str:
    return str(getattr(value, "name", value)).lstrip("/")


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1", "replace")
    return str(value)


def _pdf_walk(value: Any, found: list[Finding], depth: int = 0) -> None:
    from pdfminer.pdftypes import PDFStream

    if depth > 6 or len(found) >= MAX_FINDINGS:
        return
    if isinstance(value, PDFStream):
        value = value.attrs
    if isinstance(value, dict):
        action = _PDF_ACTIONS.get(_name(value.get("S", "")))
        if action == "pdf_uri":
            uri = _text(value.get("URI", ""))
            if not uri.lower().startswith("mailto:"):
                found.append(Finding(action, _short(uri)))
        elif action == "pdf_launch":
            found.append(Finding(action, _short(_text(value.get("F", "")))))
        elif action is not None:
            found.append(Finding(action))
        if "JS" in value or "JavaScript" in value:
            found.append(Finding("pdf_javascript"))
        for item in value.values():
            _pdf_walk(item, found, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _pdf_walk(item, found, depth + 1)


def _pdf(data: bytes, limits: ParseLimits) -> list[Finding]:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    found: list[Finding] = []
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        seen = 0
        for xref in doc.xrefs:
            for objid in xref.get_objids():
                seen += 1
                if seen > MAX_PDF_OBJECTS or len(found) >= MAX_FINDINGS:
                    break
                try:
                    obj = doc.getobj(objid)
                except Exception:  # noqa: BLE001, S112 - a broken object: the others still count
                    continue
                _pdf_walk(obj, found)
    except Exception:  # noqa: BLE001 - pdfminer cannot walk it: the raw names still tell
        for m in _PDF_RAW.finditer(data):
            word = m.group(1).decode()
            found.append(Finding(_PDF_ACTIONS.get(word, "pdf_javascript")))
    return found


_SCANNERS = {"odt": _odf, "ods": _odf, "docx": _ooxml, "xlsx": _ooxml, "rtf": _rtf,
             "doc": _ole, "xls": _ole, "pdf": _pdf}
