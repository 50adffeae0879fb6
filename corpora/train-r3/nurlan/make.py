#!/usr/bin/env python3
"""Generator of the "nurlan" held-out corpus (round 3b).

Every document's text is written by hand below; the helpers only lay it out as
.eml / .docx / .xlsx / .pdf / .txt.  Run:  python3 make.py        (writes the corpus)
                                          python3 make.py --check (re-reads every file)
Needs python-docx, openpyxl, reportlab (and pdfplumber for --check).
All agencies, people, phones, numbers and addresses are invented.
"""
from __future__ import annotations

import base64
import io
import json
import quopri
import sys
import urllib.parse
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent
MANIFEST: list[tuple[str, str, str, str, str]] = []
CENTRE = "info@ekc.gov.kz"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))


# ----------------------------------------------------------------- keys, context, manifest

def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def record(name, kind, lang, fmt, hard, documents, ctx, exit_code=0):
    """Write NAME.expected.json and NAME.context.json and note the manifest line."""
    write_json(OUT / f"{name}.expected.json", {"exit": exit_code, "documents": documents})
    write_json(OUT / f"{name}.context.json", ctx)
    MANIFEST.append((name, kind, lang, fmt, hard))


def context(agency, services, awaiting, our_letter, effect, is_reply):
    return {
        "agency": agency,
        "services": [{"registry_number": r, "name": n} for r, n in services],
        "awaiting": awaiting,
        "our_letter": (None if our_letter is None else
                       {"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]}),
        "expected_effect": effect,
        "is_reply": is_reply,
    }


def person(full_name, position=None, email=None, phone=None, keys=("full_name", "position", "email", "phone")):
    d = {"full_name": full_name, "position": position, "email": email, "phone": phone}
    return {k: d[k] for k in keys}


def svc_full(reg, name, std, regl, npa, web, resp):
    return {"registry_number": reg, "service_name": name, "standard": std, "regulation": regl,
            "npa_changes": npa, "website": web, "responsible": resp}


def svc_change(reg, **changed):
    d = {"registry_number": reg, "standard": None, "regulation": None, "npa_changes": None,
         "website": None}
    for k, v in changed.items():
        d[k] = v
    return d


def regs(*numbers):
    return [{"registry_number": n} for n in numbers]


# ----------------------------------------------------------------- plain text files

def save_txt(name, text, encoding="utf-8", bom=False, newline="\n"):
    text = text.replace("\n", newline)
    if encoding == "utf-16":
        data = text.encode("utf-16")          # Python writes the BOM itself
    else:
        data = text.encode(encoding)
        if bom:
            data = b"\xef\xbb\xbf" + data
    (OUT / name).write_bytes(data)


# ----------------------------------------------------------------- e-mail

class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble


def enc_word(s, charset="utf-8", codec=None):
    """RFC 2047 B-encoded words, split so that no line is too long."""
    if all(ord(c) < 128 for c in s):
        return s
    codec = codec or charset
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(codec)) > 39:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join(f"=?{charset}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words)


def addr(display, email, charset="utf-8", codec=None):
    if not display:
        return email
    return f"{enc_word(display, charset, codec)} <{email}>"


def _encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw.replace(b"\r\n", b"\n")


def text_part(text, subtype="plain", charset="utf-8", cte="base64", label="same", codec=None,
              extra=None):
    """label: "same" = the charset, None = no charset parameter, or another label (a lie)."""
    codec = codec or charset
    raw = text.encode(codec)
    lab = charset if label == "same" else label
    ct = f"text/{subtype}" + (f'; charset="{lab}"' if lab else "")
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + (extra or [])
    return Part(headers, _encode_body(raw, cte))


def attachment(filename, data, mime=None, style="plain"):
    if mime is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        mime = {
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pdf": "application/pdf",
            "txt": "text/plain",
        }.get(ext, "application/octet-stream")
    if all(ord(c) < 128 for c in filename):
        ct = f'{mime}; name="{filename}"'
        cd = f'attachment; filename="{filename}"'
    elif style == "rfc2231":
        q = urllib.parse.quote(filename.encode("utf-8"), safe="")
        ct = f"{mime}; name*=utf-8''{q}"
        cd = f"attachment;\n filename*=utf-8''{q}"
    else:  # encoded word inside the quoted parameter, as Outlook and many webmails do
        w = enc_word(filename)
        ct = f'{mime};\n name="{w}"'
        cd = f'attachment;\n filename="{w}"'
    return Part([("Content-Type", ct), ("Content-Disposition", cd),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


_BCOUNT = 0


def multipart(subtype, *children, boundary=None, preamble="This is a multi-part message in MIME format."):
    global _BCOUNT
    _BCOUNT += 1
    b = boundary or f"----=_NextPart_000_{_BCOUNT:04d}_01DC7A3B.5E2F9{_BCOUNT % 10}C0"
    return Part([("Content-Type", f'multipart/{subtype};\n boundary="{b}"')], children=list(children),
                boundary=b, preamble=preamble)


def _render(part: Part) -> bytes:
    out = b""
    for k, v in part.headers:
        out += f"{k}: {v}\n".encode("ascii")
    out += b"\n"
    if part.children is None:
        return out + part.body
    if part.preamble:
        out += part.preamble.encode("ascii") + b"\n"
    for ch in part.children:
        out += f"\n--{part.boundary}\n".encode("ascii") + _render(ch)
    out += f"\n--{part.boundary}--\n".encode("ascii")
    return out


def save_eml(name, headers, body: Part, crlf=False):
    """headers: list of (name, value); values already ASCII (use enc_word / addr)."""
    head = b""
    for k, v in headers:
        head += f"{k}: {v}\n".encode("ascii")
    head += b"MIME-Version: 1.0\n"
    data = head + _render(body)
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    (OUT / name).write_bytes(data)


def std_headers(frm, subject, date, msgid, to=CENTRE, charset="utf-8", codec=None, extra=None,
                display=None):
    h = [("From", addr(display, frm, charset, codec)), ("To", to),
         ("Subject", enc_word(subject, charset, codec)), ("Date", date),
         ("Message-ID", f"<{msgid}>")]
    return h + (extra or [])


# ----------------------------------------------------------------- docx

def new_doc(landscape_=False, font="Times New Roman", size=12, margins=(2, 1.5, 2, 2)):
    doc = Document()
    sec = doc.sections[0]
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(0)
    return doc


ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
         "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}


def para(doc, text="", bold=False, align=None, size=None, italic=False, indent=None):
    p = doc.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = ALIGN[align]
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = ALIGN[align]


def grid(doc, rows, widths=None, size=None, bold_rows=(), style="Table Grid", center_rows=()):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=i in bold_rows, size=size,
                      align="c" if i in center_rows else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def merge(t, r1, c1, r2, c2, text=None, bold=True, size=None, align="c"):
    m = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        cell_text(m, text, bold=bold, size=size, align=align)
    return m


def _docx_props(doc):
    import datetime
    cp = doc.core_properties
    cp.author = "Admin"
    cp.last_modified_by = "User"
    cp.title = ""
    cp.created = cp.modified = datetime.datetime(2026, 1, 5, 9, 0, 0)


def docx_bytes(doc) -> bytes:
    _docx_props(doc)
    b = io.BytesIO()
    doc.save(b)
    return b.getvalue()


def save_docx(name, doc):
    _docx_props(doc)
    doc.save(OUT / name)


# ----------------------------------------------------------------- xlsx

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAPC = Alignment(wrap_text=True, vertical="center", horizontal="center")


def xl_rows(ws, start_row, rows, border=True, bold=False, center=False, size=10):
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = ws.cell(row=start_row + i, column=j + 1)
            if val is not None:
                c.value = val
            if border:
                c.border = BOX
            c.alignment = WRAPC if center else WRAP
            c.font = Font(name="Times New Roman", size=size, bold=bold)


def xlsx_bytes(wb) -> bytes:
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


# ----------------------------------------------------------------- pdf

def pstyle(size=10, font="DVS", align=None, leading=None, space_after=2):
    s = ParagraphStyle("x", fontName=font, fontSize=size, leading=leading or size * 1.3,
                       spaceAfter=space_after)
    s.splitLongWords = 0
    if align == "c":
        s.alignment = TA_CENTER
    elif align == "r":
        s.alignment = TA_RIGHT
    elif align == "j":
        s.alignment = TA_JUSTIFY
    return s


def P(text, size=10, font="DVS", align=None, space_after=2):
    text = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br/>"))
    return Paragraph(text, pstyle(size, font, align, space_after=space_after))


def _fits(text, font, size, width_cm):
    """No word may be wider than its cell: a PDF must not break words in the middle."""
    avail = width_cm * cm - 12
    for tok in text.split():
        w = pdfmetrics.stringWidth(tok, font, size)
        if w > avail:
            raise ValueError(f"word {tok!r} ({w:.0f}pt) does not fit a {width_cm} cm cell")


def ptable(rows, widths, size=8, header_rows=1, font="DV", spans=(), valign="TOP", head_size=None):
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, v in enumerate(row):
            if isinstance(v, str):
                f, sz = ("DVB", head_size or size) if i < header_rows else (font, size)
                spanned = any(sp[0][1] == i and sp[0][0] == j and sp[1][0] > j for sp in spans)
                if not spanned:
                    _fits(v, f, sz, widths[j])
                out.append(P(v, size=sz, font=f, space_after=0))
            else:
                out.append("" if v is None else v)
        data.append(out)
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=header_rows)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), valign)]
    for sp in spans:
        cmds.append(("SPAN",) + sp)
    t.setStyle(TableStyle(cmds))
    return t


def pdf_bytes(flow, landscape_=False, margins=1.8) -> bytes:
    b = io.BytesIO()
    size = landscape(A4) if landscape_ else A4
    SimpleDocTemplate(b, pagesize=size, leftMargin=margins * cm, rightMargin=margins * cm,
                      topMargin=1.5 * cm, bottomMargin=1.5 * cm).build(flow)
    return b.getvalue()


def save_pdf(name, flow, landscape_=False):
    (OUT / name).write_bytes(pdf_bytes(flow, landscape_))


SP = Spacer


# =====================================================================================
#  APPENDIX 1 FORMS (14)
# =====================================================================================

REQ_2026_01 = ("ЕКЦ-2026/0087", "2026-01-13", "Запрос о предоставлении информации о государственных услугах (приложение 1 к Правилам)")


def f01():
    name = "nur-01-akmola-zher.docx"
    ag = {"name": "Ақмола облысының жер қатынастары басқармасы", "email": "kanc@zher.akmola.gov.kz",
          "bin": "050940004417"}
    s1 = ("00801014", "Мемлекеттік меншіктегі жер учаскесіне құқық беру")
    s2 = ("00801021", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру")
    s3 = ("00801033", "Жер учаскесін бөлу мүмкіндігі туралы шешім беру")
    std = ("«Мемлекеттік меншіктегі жер учаскелеріне құқық беру жөніндегі мемлекеттік көрсетілетін "
           "қызметтер қағидалары», Қазақстан Республикасы Ауыл шаруашылығы министрінің м.а. "
           "2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген")
    npa = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 9 қаңтардағы № 4 бұйрығы"
    web = "www.gov.kz/memleket/entities/akmola-zher"
    r1 = ("Жұмабекова Айгерім Серікқызы, жер қатынастары бөлімінің бас маманы, тел.: 8 (7162) 25-31-47, "
          "aigerim.zh@zher.akmola.gov.kz")
    r3 = "Қасымов Нұржан Болатұлы, жерге орналастыру бөлімінің басшысы, тел. 8 (7162) 25-30-12"

    doc = new_doc(landscape_=True, size=11)
    para(doc, "Бірыңғай байланыс орталығының\n2026 жылғы 13 қаңтардағы № ЕКЦ-2026/0087\nсұрау салуына", align="r", italic=True, size=10)
    para(doc)
    para(doc, "Мемлекеттік көрсетілетін қызметтер туралы ақпарат", bold=True, align="c")
    para(doc, "(Ақмола облысының жер қатынастары басқармасы)", align="c")
    para(doc)
    rows = [["Р/с №", "Мемлекеттік көрсетілетін қызмет", None,
             "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
             "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
             "Нормативтік құқықтық актілердің өзгерістері",
             "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
             "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"],
            [None, "мемлекеттік қызметтер тізіліміндегі нөмірі", "атауы", None, None, None, None, None],
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", s1[0], s1[1], std, "–", npa, web, r1],
            ["2", s2[0], s2[1], "сол сияқты", "–", "сол сияқты", "сол сияқты", "сол сияқты"],
            ["3", s3[0], s3[1], "сол сияқты", "–", "–", "-//-", r3]]
    t = grid(doc, rows, widths=[1.0, 2.2, 3.6, 4.6, 2.6, 3.4, 3.0, 4.6], size=10, bold_rows=(0, 1),
             center_rows=(0, 1, 2))
    merge(t, 0, 1, 0, 2, "Мемлекеттік көрсетілетін қызмет", size=10)
    for c, txt in [(0, "Р/с №"), (3, rows[0][3]), (4, rows[0][4]), (5, rows[0][5]), (6, rows[0][6]),
                   (7, rows[0][7])]:
        merge(t, 0, c, 1, c, txt, size=10)
    para(doc)
    para(doc, "Жауапты орындаушының Т.А.Ә.: Жұмабекова Айгерім Серікқызы")
    para(doc, "Күні: 2026 жылғы «21» қаңтар")
    save_docx(name, doc)

    resp1 = person("Жұмабекова Айгерім Серікқызы", "жер қатынастары бөлімінің бас маманы",
                   "aigerim.zh@zher.akmola.gov.kz", "8 (7162) 25-31-47")
    resp3 = person("Қасымов Нұржан Болатұлы", "жерге орналастыру бөлімінің басшысы", None, "8 (7162) 25-30-12")
    key = [{"part": name, "kind": "appendix1_form", "language": "kk",
            "services": [svc_full(s1[0], s1[1], std, None, npa, web, resp1),
                         svc_full(s2[0], s2[1], std, None, npa, web, resp1),
                         svc_full(s3[0], s3[1], std, None, None, web, resp3)],
            "executor": {"full_name": "Жұмабекова Айгерім Серікқызы", "date": "2026-01-21"}}]
    record(name, "appendix1_form", "kk", "docx",
           "header merged over two rows (gridSpan+vMerge), column-number row, ditto marks «сол сияқты» and «-//-» in columns 4,6,7,8 must be resolved to the row above; regulation «–» → null",
           key, context(ag, [s1, s2, s3], "information", REQ_2026_01,
                        "record the Appendix 1 data of three services and plan the training", True))


def f02():
    name = "nur-02-zko-densaulyk.docx"
    ag = {"name": "Управление здравоохранения Западно-Казахстанской области",
          "email": "kanc@densaulyk.bko.gov.kz", "bin": "990140001827"}
    s = [("01001027", "Выдача лицензии на фармацевтическую деятельность"),
         ("01001028", "Выдача лицензии на осуществление деятельности в сфере оборота наркотических средств, психотропных веществ и прекурсоров в области здравоохранения"),
         ("01001041", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"),
         ("01001044", "Вызов врача на дом")]
    std_a = ("Правила оказания государственных услуг в сфере фармацевтической деятельности, утвержденные "
             "приказом Министра здравоохранения Республики Казахстан от 28 декабря 2020 года № ҚР ДСМ-318/2020")
    std_b = ("Правила оказания государственных услуг в области первичной медико-санитарной помощи, "
             "утвержденные приказом Министра здравоохранения Республики Казахстан от 11 ноября 2020 года "
             "№ ҚР ДСМ-188/2020")
    npa_a = ("Приказ Министра здравоохранения Республики Казахстан от 3 февраля 2026 года № 17 "
             "«О внесении изменений в приказ Министра здравоохранения Республики Казахстан от 28 декабря "
             "2020 года № ҚР ДСМ-318/2020»")
    web = "www.gov.kz/memleket/entities/zko-densaulyk"
    ra = ("Кенжегалиева Салтанат Муратовна, главный специалист отдела лицензирования, "
          "+7 (7112) 50-14-62, s.kenzhegalieva@densaulyk.bko.gov.kz")
    rb = ("Абдрахманов Ринат Ерланович, руководитель отдела организации ПМСП, +7 (7112) 50-14-80, "
          "R.Abdrakhmanov@densaulyk.bko.gov.kz")
    doc = new_doc(landscape_=True, size=11)
    para(doc, "Приложение 1\nк Правилам взаимодействия\nЕдиного контакт-центра", align="r", size=9)
    para(doc, "Информация о государственных услугах, оказываемых\nУправлением здравоохранения Западно-Казахстанской области", bold=True, align="c")
    para(doc)
    rows = [["№ п/п", "Государственная услуга", None, "Реквизиты", None, "Изменения нормативных правовых актов",
             "Интернет-ресурс, на котором размещена информация о государственной услуге",
             "Ответственное лицо (Ф.И.О., должность)"],
            [None, "№ в реестре государственных услуг", "Наименование", "Стандарт государственной услуги",
             "Регламент государственной услуги", None, None, None],
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1.", s[0][0], s[0][1], std_a, "—", npa_a, web, ra],
            ["2.", s[1][0], s[1][1], "-//-", "—", "-//-", "-//-", "-//-"],
            ["3.", s[2][0], s[2][1], std_b, "—", "—", "-//-", rb],
            ["4.", s[3][0], s[3][1], "-//-", "—", "—", "-//-", "-//-"]]
    t = grid(doc, rows, widths=[1.0, 2.2, 4.0, 4.6, 2.2, 4.0, 3.0, 4.0], size=9, bold_rows=(0, 1),
             center_rows=(0, 1, 2))
    merge(t, 0, 1, 0, 2, "Государственная услуга", size=9)
    merge(t, 0, 3, 0, 4, "Реквизиты", size=9)
    for c in (0, 5, 6, 7):
        merge(t, 0, c, 1, c, rows[0][c], size=9)
    para(doc)
    para(doc, "Ф.И.О. ответственного исполнителя: Нургалиева Дина Каиржановна")
    para(doc, "Дата: «9» февраля 2026 г.")
    save_docx(name, doc)
    pa = person("Кенжегалиева Салтанат Муратовна", "главный специалист отдела лицензирования",
                "s.kenzhegalieva@densaulyk.bko.gov.kz", "+7 (7112) 50-14-62")
    pb = person("Абдрахманов Ринат Ерланович", "руководитель отдела организации ПМСП",
                "r.abdrakhmanov@densaulyk.bko.gov.kz", "+7 (7112) 50-14-80")
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [svc_full(s[0][0], s[0][1], std_a, None, npa_a, web, pa),
                         svc_full(s[1][0], s[1][1], std_a, None, npa_a, web, pa),
                         svc_full(s[2][0], s[2][1], std_b, None, None, web, pb),
                         svc_full(s[3][0], s[3][1], std_b, None, None, web, pb)],
            "executor": {"full_name": "Нургалиева Дина Каиржановна", "date": "2026-02-09"}}]
    record(name, "appendix1_form", "ru", "docx",
           "two-level header (Государственная услуга / Реквизиты spans), «-//-» ditto in 4 columns over 4 rows incl. the responsible cell; e-mail in mixed case",
           key, context(ag, s, "information", ("ЕКЦ-2026/0154", "2026-01-28", "Запрос информации по государственным услугам в сфере здравоохранения"),
                        "record Appendix 1 data for four services", True))


def f03():
    name = "nur-03-bukhar-akimat.docx"
    ag = {"name": "Қарағанды облысы Бұқар жырау ауданының әкімдігі", "email": "akimat@bukhar.karaganda.gov.kz",
          "bin": "010240003862"}
    s = [("00501008", "Выдача справки о наличии личного подсобного хозяйства"),
         ("00502015", "Выдача разрешения на использование земельного участка для изыскательских работ")]
    std1 = ("Правила оказания государственной услуги «Выдача справки о наличии личного подсобного хозяйства», "
            "утвержденные приказом Министра сельского хозяйства Республики Казахстан от 15 мая 2020 года № 166")
    std2 = ("Правила оказания государственной услуги «Выдача разрешения на использование земельного участка "
            "для изыскательских работ», утвержденные приказом Министра сельского хозяйства Республики Казахстан "
            "от 1 октября 2020 года № 301")
    doc = new_doc(landscape_=True, size=11)
    para(doc, "«Бірыңғай байланыс орталығы» / «Единый контакт-центр»", align="r", size=10)
    para(doc)
    para(doc, "Мемлекеттік көрсетілетін қызмет туралы ақпарат\nИнформация о государственной услуге", bold=True, align="c")
    para(doc)
    rows = [["№\nр/с\nп/п",
             "Мемлекеттік көрсетілетін қызметтер тізіліміндегі нөмірі /\n№ государственной услуги в реестре",
             "Мемлекеттік көрсетілетін қызметтің атауы /\nНаименование государственной услуги",
             "Мемлекеттік көрсетілетін қызмет стандарты /\nСтандарт государственной услуги (с указанием его реквизитов)",
             "Мемлекеттік көрсетілетін қызмет регламенті /\nРегламент государственной услуги (с указанием его реквизитов)",
             "НҚА өзгерістері /\nИзменения нормативных правовых актов",
             "Интернет-ресурс /\nИнтернет-ресурс, на котором размещена информация",
             "Жауапты тұлғаның Т.А.Ә., лауазымы /\nФ.И.О., должность ответственного лица"],
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", s[0][0], s[0][1], std1, "", "", "egov.kz",
             "Ыбыраева Жанар Төлегенқызы,\nглавный специалист отдела сельского хозяйства и ветеринарии,\n8 701 744 21 09"],
            ["2", s[1][0], s[1][1], std2, "", "", "egov.kz",
             "Мусин Данияр Кайратович, руководитель отдела земельных отношений, 8 (72154) 2-11-36, d.mussin@bukhar.karaganda.gov.kz"]]
    grid(doc, rows, widths=[1.0, 2.6, 3.8, 5.0, 3.0, 2.6, 2.4, 4.4], size=9, bold_rows=(0,), center_rows=(0, 1))
    para(doc)
    para(doc, "Орындаған / Исполнитель: Ыбыраева Ж.Т.")
    para(doc, "12.05.2026 ж.")
    save_docx(name, doc)
    key = [{"part": name, "kind": "appendix1_form",
            "services": [svc_full(s[0][0], s[0][1], std1, None, None, "egov.kz",
                                  person("Ыбыраева Жанар Төлегенқызы",
                                         "главный специалист отдела сельского хозяйства и ветеринарии",
                                         None, "8 701 744 21 09")),
                         svc_full(s[1][0], s[1][1], std2, None, None, "egov.kz",
                                  person("Мусин Данияр Кайратович", "руководитель отдела земельных отношений",
                                         "d.mussin@bukhar.karaganda.gov.kz", "8 (72154) 2-11-36"))],
            "executor": {"full_name": "Ыбыраева Ж.Т.", "date": "2026-05-12"}}]
    record(name, "appendix1_form", "kk+ru", "docx",
           "bilingual header cells (Kazakh / Russian with line breaks), Russian content; empty columns 5-6; line breaks inside column 8; executor with initials; date «12.05.2026 ж.»",
           key, context(ag, s, "information", ("ЕКЦ-2026/0391", "2026-05-04", "О предоставлении информации по государственным услугам"),
                        "record Appendix 1 data for two services of the district akimat", True))


def f04():
    name = "nur-04-turkistan-bilim.xlsx"
    ag = {"name": "Түркістан облысының білім басқармасы", "email": "kense@bilim.turkistan.gov.kz",
          "bin": "180640021135"}
    s = [("00604012", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою"),
         ("00604019", "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдетілген тамақ беру"),
         ("00604023", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру")]
    std = [("Қазақстан Республикасы Білім және ғылым министрінің 2020 жылғы 19 маусымдағы № 254 бұйрығымен бекітілген "
            "«Мектепке дейінгі білім беру саласындағы мемлекеттік көрсетілетін қызметтер көрсету қағидалары»"),
           ("Қазақстан Республикасы Білім және ғылым министрінің 2020 жылғы 22 мамырдағы № 219 бұйрығымен бекітілген "
            "«Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдетілген тамақ беру қағидалары»"),
           ("Қазақстан Республикасы Білім және ғылым министрінің 2020 жылғы 14 сәуірдегі № 140 бұйрығымен бекітілген "
            "«Білім туралы құжаттардың телнұсқаларын беру қағидалары»")]
    npa2 = "ҚР Оқу-ағарту министрінің 2026 жылғы 12 ақпандағы № 31 бұйрығы"
    web = "https://www.gov.kz/memleket/entities/turkestan-bilim"
    r = "Тұрсынбаева Гүлжан Әбдіқадірқызы – мектепке дейінгі және жалпы орта білім беру бөлімінің басшысы, 8 (72533) 6-15-42, g.tursynbaeva@bilim.turkistan.gov.kz"
    r3 = "Әлімбеков Санжар Ержанұлы – құжаттамалық қамтамасыз ету бөлімінің бас маманы, 8 (72533) 6-15-07"
    wb = Workbook()
    ws = wb.active
    ws.title = "1-қосымша"
    ws["H1"] = "1-қосымша"
    ws["A2"] = "Түркістан облысының білім басқармасы"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Мемлекеттік көрсетілетін қызметтер туралы ақпарат"
    ws.merge_cells("A3:H3")
    for c in ("A2", "A3"):
        ws[c].font = Font(name="Times New Roman", size=12, bold=True)
        ws[c].alignment = Alignment(horizontal="center")
    hdr = ["Р/с №", "Мемлекеттік көрсетілетін қызметтер тізіліміндегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
           "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері)", "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері)",
           "НҚА-ға енгізілген өзгерістер", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
    xl_rows(ws, 5, [hdr], bold=True, center=True)
    xl_rows(ws, 6, [[1, 2, 3, 4, 5, 6, 7, 8]], center=True)
    xl_rows(ws, 7, [[1, s[0][0], s[0][1], std[0], "-", "-", web, r],
                    [2, s[1][0], s[1][1], std[1], "-", npa2, web, r],
                    [3, s[2][0], s[2][1], std[2], "-", "-", web, r3]])
    for col, w in zip("ABCDEFGH", [5, 14, 30, 40, 14, 22, 22, 36]):
        ws.column_dimensions[col].width = w
    ws["A11"] = "Орындаған: Тұрсынбаева Гүлжан Әбдіқадірқызы"
    ws["A12"] = "Күні: 03.03.2026"
    wb.save(OUT / name)
    pr = person("Тұрсынбаева Гүлжан Әбдіқадірқызы", "мектепке дейінгі және жалпы орта білім беру бөлімінің басшысы",
                "g.tursynbaeva@bilim.turkistan.gov.kz", "8 (72533) 6-15-42")
    p3 = person("Әлімбеков Санжар Ержанұлы", "құжаттамалық қамтамасыз ету бөлімінің бас маманы", None, "8 (72533) 6-15-07")
    key = [{"part": name, "kind": "appendix1_form", "language": "kk",
            "services": [svc_full(s[0][0], s[0][1], std[0], None, None, web, pr),
                         svc_full(s[1][0], s[1][1], std[1], None, npa2, web, pr),
                         svc_full(s[2][0], s[2][1], std[2], None, None, web, p3)],
            "executor": {"full_name": "Тұрсынбаева Гүлжан Әбдіқадірқызы", "date": "2026-03-03"}}]
    record(name, "appendix1_form", "kk", "xlsx",
           "three title rows above the table (merged), numeric cells in columns 1 and the number row, dash-separated column 8 «Name – position, phone, e-mail»",
           key, context(ag, s, "information", ("ЕКЦ-2026/0203", "2026-02-20", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
                        "record Appendix 1 data for three education services", True))


def f05():
    name = "nur-05-aktobe-adilet.xlsx"
    ag = {"name": "Департамент юстиции Актюбинской области", "email": "aktobe@adilet.gov.kz", "bin": "970340002156"}
    s = [("01102003", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов, а также нотариусов Республики Казахстан"),
         ("01102011", "Государственная регистрация (перерегистрация) филиалов и представительств некоммерческих организаций")]
    std1 = ("Правила оказания государственной услуги «Апостилирование официальных документов», утвержденные "
            "приказом Министра юстиции Республики Казахстан от 28 мая 2020 года № 62")
    std2 = ("Правила оказания государственных услуг в сфере регистрации юридических лиц, утвержденные приказом "
            "Министра юстиции Республики Казахстан от 29 мая 2020 года № 66")
    npa1 = ("приказ Министра юстиции Республики Казахстан от 19 января 2026 года № 41 «О внесении изменений "
            "в приказ Министра юстиции Республики Казахстан от 28 мая 2020 года № 62»")
    web = "https://adilet.gov.kz/ru/services"
    resp = "Байжанова Айжан Темирхановна, главный специалист отдела регистрационной службы и оказания юридической помощи, 8 (7132) 55-09-17, a.baizhanova@adilet.gov.kz"
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = "Информация по государственным услугам Департамента юстиции Актюбинской области для Единого контакт-центра"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(name="Times New Roman", size=12, bold=True)
    ws["A2"] = "по состоянию на 01.04.2026"
    ws["A2"].font = Font(name="Times New Roman", size=10, italic=True)
    xl_rows(ws, 4, [["№ п/п", "Сведения о государственной услуге", None, None, None, None, "Интернет-ресурс",
                     "Ответственное лицо"],
                    [None, "№ в реестре", "Наименование", "Стандарт (реквизиты)", "Регламент (реквизиты)",
                     "Изменения НПА", None, None]], bold=True, center=True)
    ws.merge_cells("B4:F4")
    ws.merge_cells("A4:A5")
    ws.merge_cells("G4:G5")
    ws.merge_cells("H4:H5")
    xl_rows(ws, 6, [["1", "2", "3", "4", "5", "6", "7", "8"]], center=True)
    xl_rows(ws, 7, [["1", s[0][0], s[0][1], std1, "не утверждался", npa1, web, resp],
                    ["2", s[1][0], s[1][1], std2, "-//-", "нет", "-//-", "-//-"]])
    for col, w in zip("ABCDEFGH", [5, 12, 34, 40, 16, 34, 20, 40]):
        ws.column_dimensions[col].width = w
    ws["A10"] = "Исполнитель: Байжанова Айжан Темирхановна, тел. 8 (7132) 55-09-17"
    ws["A11"] = "Дата: 06.04.2026"
    wb.save(OUT / name)
    pr = person("Байжанова Айжан Темирхановна",
                "главный специалист отдела регистрационной службы и оказания юридической помощи",
                "a.baizhanova@adilet.gov.kz", "8 (7132) 55-09-17")
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [{"registry_number": s[0][0], "service_name": s[0][1], "standard": std1,
                          "npa_changes": npa1, "website": web, "responsible": pr},
                         {"registry_number": s[1][0], "service_name": s[1][1], "standard": std2,
                          "website": web, "responsible": pr}],
            "executor": {"full_name": "Байжанова Айжан Темирхановна", "date": "2026-04-06"}}]
    record(name, "appendix1_form", "ru", "xlsx",
           "title + «по состоянию на» row, header merged over two rows (B4:F4 span + vertical merges), «-//-» in regulation/website/responsible of row 2; regulation «не утверждался» and npa «нет» left out of the key (a word, not a dash)",
           key, context(ag, s, "information", ("ЕКЦ-2026/0288", "2026-03-30", "О представлении сведений по государственным услугам"),
                        "record Appendix 1 data for two services of the justice department", True))


def f06():
    name = "nur-06-ulytau-tabigat.xlsx"
    ag = {"name": "Ұлытау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы",
          "email": "tabigat@ulytau.gov.kz", "bin": "220840017731"}
    s = [("01303005", "Жануарлар дүниесін пайдалануға рұқсат беру"),
         ("01303011", "Балық шаруашылығы су айдындарын және (немесе) учаскелерін бекітіп беру"),
         ("01303016", "Орман билетін беру"),
         ("01303020", "Жерүсті су көздерінің су ресурстарын арнайы су пайдалануға рұқсат беру"),
         ("01303027", "Аңшылық алқаптарын бекітіп беру")]
    std_j = ("Қазақстан Республикасы Экология, геология және табиғи ресурстар министрінің 2020 жылғы "
             "24 маусымдағы № 153 бұйрығымен бекітілген жануарлар дүниесі саласындағы мемлекеттік "
             "көрсетілетін қызметтер көрсету қағидалары")
    std_o = ("Қазақстан Республикасы Экология, геология және табиғи ресурстар министрінің 2020 жылғы "
             "29 маусымдағы № 166 бұйрығымен бекітілген «Орман билетін беру» мемлекеттік көрсетілетін қызмет қағидалары")
    std_s = ("Қазақстан Республикасы Экология, геология және табиғи ресурстар министрінің 2020 жылғы "
             "21 шілдедегі № 184 бұйрығымен бекітілген «Арнайы су пайдалануға рұқсат беру» мемлекеттік "
             "көрсетілетін қызмет қағидалары")
    web = "www.gov.kz/memleket/entities/ulytau-tabigat"
    ra = "Оспанова Меруерт Қанатқызы, жануарлар дүниесін қорғау бөлімінің бас маманы, 8 (71036) 4-12-58"
    rb = "Төлеуов Асқар Маратұлы, орман және су ресурстары бөлімінің басшысы, 8 (71036) 4-12-61, a.toleuov@ulytau.gov.kz"
    wb = Workbook()
    ws = wb.active
    ws.title = "ЕКЦ"
    ws["A1"] = "Ұлытау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы"
    ws["A2"] = "Управление природных ресурсов и регулирования природопользования области Ұлытау"
    ws["A3"] = "Мемлекеттік көрсетілетін қызметтер туралы ақпарат / Информация о государственных услугах"
    for c in ("A1", "A2", "A3"):
        ws.merge_cells(f"{c}:{'H' + c[1:]}")
        ws[c].font = Font(name="Times New Roman", size=11, bold=True)
        ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    xl_rows(ws, 5, [["Р/с №", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарты",
                     "Регламенті", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"],
                    ["№ п/п", "№ в реестре", "Наименование государственной услуги", "Стандарт",
                     "Регламент", "Изменения НПА", "Интернет-ресурс", "Ф.И.О., должность ответственного лица"]],
            bold=True, center=True, size=9)
    xl_rows(ws, 7, [[1, 2, 3, 4, 5, 6, 7, 8]], center=True, size=9)
    xl_rows(ws, 8, [[1, s[0][0], s[0][1], std_j, "–", "–", web, ra],
                    [2, s[1][0], s[1][1], "сол сияқты", "–", "–", "сол сияқты", "сол сияқты"],
                    [3, s[2][0], s[2][1], std_o, "–", "–", "сол сияқты", rb],
                    [4, s[3][0], s[3][1], std_s, "–", "–", "сол сияқты", "-//-"],
                    [5, s[4][0], s[4][1], std_j, "–", "–", "сол сияқты", ra]], size=9)
    for col, w in zip("ABCDEFGH", [5, 11, 30, 45, 10, 12, 24, 38]):
        ws.column_dimensions[col].width = w
    ws["B14"] = "Орындаған / Исполнитель: Сәрсенбай Ерлан"
    ws["B15"] = "Күні / Дата: 2026 жылғы 17 сәуір"
    ws2 = wb.create_sheet("Анықтама")
    ws2["A1"] = "Басқарманың мекенжайы: Жезқазған қ., Алашахан даңғылы, 1"
    ws2["A2"] = "Кеңсе: 8 (71036) 4-10-00"
    wb.save(OUT / name)
    pa = person("Оспанова Меруерт Қанатқызы", "жануарлар дүниесін қорғау бөлімінің бас маманы", None, "8 (71036) 4-12-58")
    pb = person("Төлеуов Асқар Маратұлы", "орман және су ресурстары бөлімінің басшысы", "a.toleuov@ulytau.gov.kz",
                "8 (71036) 4-12-61")
    key = [{"part": name, "kind": "appendix1_form",
            "services": [svc_full(s[0][0], s[0][1], std_j, None, None, web, pa),
                         svc_full(s[1][0], s[1][1], std_j, None, None, web, pa),
                         svc_full(s[2][0], s[2][1], std_o, None, None, web, pb),
                         svc_full(s[3][0], s[3][1], std_s, None, None, web, pb),
                         svc_full(s[4][0], s[4][1], std_j, None, None, web, pa)],
            "executor": {"full_name": "Сәрсенбай Ерлан", "date": "2026-04-17"}}]
    record(name, "appendix1_form", "kk+ru", "xlsx",
           "header in two rows = Kazakh row + Russian row, three merged title rows, five services, «сол сияқты»/«-//-» ditto, a second sheet with the address; executor without patronymic",
           key, context(ag, s, "information", ("ЕКЦ-2026/0330", "2026-04-08", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат сұрау"),
                        "record Appendix 1 data for five nature-use services", True))


def f07():
    name = "nur-07-shymkent-turgyn.eml"
    ag = {"name": "Управление жилищных отношений города Шымкент", "email": "turgyn@shymkent.gov.kz",
          "bin": "181040007723"}
    s = [("01601003", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде"),
         ("01601009", "Назначение жилищной помощи")]
    std1 = ("Правила оказания государственной услуги «Постановка на учет и очередность граждан, нуждающихся в жилище "
            "из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном "
            "жилищном фонде», утвержденные приказом Министра индустрии и инфраструктурного развития Республики "
            "Казахстан от 25 июня 2020 года № 383")
    std2 = ("Правила оказания государственной услуги «Назначение жилищной помощи», утвержденные приказом Министра "
            "индустрии и инфраструктурного развития Республики Казахстан от 16 октября 2020 года № 539")
    npa2 = "приказ Министра промышленности и строительства РК от 11 марта 2026 года № 88"
    web = "www.gov.kz/memleket/entities/shymkent-turgyn"
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
table.MsoTableGrid {{border-collapse:collapse;}}
--></style></head>
<body lang="RU" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Добрый день!<o:p></o:p></p>
<p class="MsoNormal">На Ваш запрос № ЕКЦ-2026/0412 от 14.04.2026 г. направляем информацию по государственным услугам Управления жилищных отношений города Шымкент.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td rowspan="2"><p class="MsoNormal" align="center"><b>№ п/п</b></p></td>
<td colspan="2"><p class="MsoNormal" align="center"><b>Государственная услуга</b></p></td>
<td rowspan="2"><p class="MsoNormal"><b>Стандарт государственной услуги (с указанием его реквизитов)</b></p></td>
<td rowspan="2"><p class="MsoNormal"><b>Регламент государственной услуги (с указанием его реквизитов)</b></p></td>
<td rowspan="2"><p class="MsoNormal"><b>Изменения нормативных правовых актов</b></p></td>
<td rowspan="2"><p class="MsoNormal"><b>Интернет-ресурс</b></p></td>
<td rowspan="2"><p class="MsoNormal"><b>Ф.И.О., должность ответственного лица</b></p></td>
</tr>
<tr>
<td><p class="MsoNormal"><b>№ в реестре</b></p></td>
<td><p class="MsoNormal"><b>Наименование</b></p></td>
</tr>
<tr>
<td><p class="MsoNormal">1</p></td><td><p class="MsoNormal">{s[0][0]}</p></td>
<td><p class="MsoNormal">{s[0][1]}</p></td>
<td><p class="MsoNormal">{std1}</p></td>
<td><p class="MsoNormal">-</p></td>
<td><p class="MsoNormal">-</p></td>
<td><p class="MsoNormal"><a href="https://{web}">{web}</a></p></td>
<td><p class="MsoNormal">Ермекова Алия Бахытжановна,<br>
главный специалист отдела учета и распределения жилья,<br>
тел. 8 (7252) 39-44-10,<br>
<a href="mailto:a.ermekova@shymkent.gov.kz">a.ermekova@shymkent.gov.kz</a></p></td>
</tr>
<tr>
<td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">{s[1][0]}</p></td>
<td><p class="MsoNormal">{s[1][1]}</p></td>
<td><p class="MsoNormal">{std2}</p></td>
<td><p class="MsoNormal">-</p></td>
<td><p class="MsoNormal">{npa2}</p></td>
<td><p class="MsoNormal"><a href="https://{web}">{web}</a></p></td>
<td><p class="MsoNormal">Садыков Берик Нурланович,<br>
руководитель отдела жилищной помощи,<br>
тел. 8 (7252) 39-44-25</p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ф.И.О. ответственного исполнителя: Ермекова Алия Бахытжановна<o:p></o:p></p>
<p class="MsoNormal">Дата: 20.04.2026<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">С уважением,<br>
Ермекова Алия<br>
ГУ «Управление жилищных отношений города Шымкент»<br>
г. Шымкент, ул. Тауке хана, 5, каб. 214<o:p></o:p></p>
</div></body></html>
"""
    h = std_headers("a.ermekova@shymkent.gov.kz", "RE: Запрос ЕКЦ-2026/0412 - информация по госуслугам",
                    "Mon, 20 Apr 2026 16:42:11 +0500", "0a1b2c3d4e5f@EXCH01.shymkent.gov.kz",
                    charset="windows-1251", display="Ермекова Алия Бахытжановна",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdxQe2bB1Kf3nJ5yTVi0wM2pX7c1Zg==")])
    save_eml(name, h, text_part(html, "html", "windows-1251", "quoted-printable"), crlf=True)
    pa = person("Ермекова Алия Бахытжановна", "главный специалист отдела учета и распределения жилья",
                "a.ermekova@shymkent.gov.kz", "8 (7252) 39-44-10")
    pb = person("Садыков Берик Нурланович", "руководитель отдела жилищной помощи", None, "8 (7252) 39-44-25")
    key = [{"part": "body", "kind": "appendix1_form", "language": "ru",
            "services": [svc_full(s[0][0], s[0][1], std1, None, None, web, pa),
                         svc_full(s[1][0], s[1][1], std2, None, npa2, web, pb)],
            "executor": {"full_name": "Ермекова Алия Бахытжановна", "date": "2026-04-20"}}]
    record(name, "appendix1_form", "ru", "eml",
           "HTML-only Outlook body in windows-1251 quoted-printable, form pasted as an HTML table with rowspan/colspan header, <br> and mailto links inside column 8, CRLF",
           key, context(ag, s, "information", ("ЕКЦ-2026/0412", "2026-04-14", "Запрос информации по государственным услугам"),
                        "record Appendix 1 data for two housing services", True))


def f08():
    name = "nur-08-aral-ahat.eml"
    ag = {"name": "Қызылорда облысы Арал ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі",
          "email": "ahat@aral.kyzylorda.gov.kz", "bin": "110540019961"}
    s = [("00701001", "Баланың тууын тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу"),
         ("00701004", "Неке қиюды (ерлі-зайыптылықты) тіркеу")]
    std = ("ҚР Әділет министрінің 2020 жылғы 29 мамырдағы № 66 бұйрығымен бекітілген «Азаматтық хал актілерін тіркеу "
           "және апостиль қою жөніндегі мемлекеттік көрсетілетін қызметтер көрсету қағидалары»")
    npa = "ҚР Әділет министрінің 2026 жылғы 2 наурыздағы № 159 бұйрығы"
    body = f"""Құрметті әріптестер!

2026 жылғы 6 мамырдағы № ЕКЦ-2026/0455 хатыңызға сәйкес Арал ауданы әкімдігінің АХАТ бөлімі көрсететін мемлекеттік қызметтер бойынша ақпаратты төменде жолдаймыз (кесте Excel-ден көшірілді).

Р/с №\tТізілімдегі нөмірі\tМемлекеттік көрсетілетін қызметтің атауы\tСтандарты\tРегламенті\tНҚА өзгерістері\tИнтернет-ресурс\tЖауапты тұлғаның Т.А.Ә., лауазымы
1\t2\t3\t4\t5\t6\t7\t8
1\t{s[0][0]}\t{s[0][1]}\t{std}\t-\t{npa}\twww.gov.kz/memleket/entities/kyzylorda-aral\tБайменова Ақбота Жұмабайқызы, АХАТ бөлімінің бас маманы, 8 (72433) 2-15-60
2\t{s[1][0]}\t{s[1][1]}\t{std}\t-\t{npa}\twww.gov.kz/memleket/entities/kyzylorda-aral\tБайменова Ақбота Жұмабайқызы, АХАТ бөлімінің бас маманы, 8 (72433) 2-15-60

Орындаған: Байменова Ақбота Жұмабайқызы
Күні: 2026 жылғы 11 мамыр

Құрметпен,
Ақбота Байменова
Арал ауданы әкімдігінің АХАТ бөлімі
Арал қ., Абылай хан көшесі, 32
"""
    h = std_headers("ahat@aral.kyzylorda.gov.kz", "ЕКЦ-2026/0455 хатқа жауап (1-қосымша)",
                    "Mon, 11 May 2026 10:05:37 +0500", "20260511100537.7731@aral.kyzylorda.gov.kz",
                    display="АХАТ бөлімі Арал", extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    save_eml(name, h, text_part(body, cte="8bit"))
    p = person("Байменова Ақбота Жұмабайқызы", "АХАТ бөлімінің бас маманы", None, "8 (72433) 2-15-60")
    web = "www.gov.kz/memleket/entities/kyzylorda-aral"
    key = [{"part": "body", "kind": "appendix1_form", "language": "kk",
            "services": [svc_full(s[0][0], s[0][1], std, None, npa, web, p),
                         svc_full(s[1][0], s[1][1], std, None, npa, web, p)],
            "executor": {"full_name": "Байменова Ақбота Жұмабайқызы", "date": "2026-05-11"}}]
    record(name, "appendix1_form", "kk", "eml",
           "form pasted into a plain-text UTF-8 (8bit) body as tab-separated lines with a header line and a 1…8 number line, between a greeting and a signature",
           key, context(ag, s, "information", ("ЕКЦ-2026/0455", "2026-05-06", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
                        "record Appendix 1 data for two civil-registration services", True))


def f09():
    name = "nur-09-taldykorgan-bilim.eml"
    att = "ЕКЦ_1-қосымша.docx"
    ag = {"name": "Жетісу облысы Талдықорған қаласының білім бөлімі", "email": "bilim@taldykorgan.zhetisu.gov.kz",
          "bin": "000440002837"}
    s = [("00604031", "Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламасын іске асыратын ұйымдарға құжаттар қабылдау және балаларды қабылдау"),
         ("00604035", "Бастауыш, негізгі орта, жалпы орта білім берудің жалпы білім беретін бағдарламалары бойынша оқыту үшін ведомстволық бағыныстылығына қарамастан, білім беру ұйымдарына құжаттарды қабылдау және оқуға қабылдау")]
    std1 = "ҚР Білім және ғылым министрінің 2020 жылғы 19 маусымдағы № 254 бұйрығы"
    std2 = "ҚР Білім және ғылым министрінің 2020 жылғы 12 қазандағы № 2155 бұйрығы"  # invented
    web = "www.gov.kz/memleket/entities/zhetisu-taldykorgan-bilim"
    r = "Ахметжанова Динара Ерболқызы, бөлімнің бас маманы, 8 (7282) 24-05-19, d.akhmetzhanova@taldykorgan.zhetisu.gov.kz"
    doc = new_doc(landscape_=True, size=11)
    para(doc, "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу", bold=True, align="c")
    para(doc)
    rows = [["№", "Тізілімдегі нөмірі", "Атауы", "Стандарты", "Регламенті", "НҚА өзгерістері", "Интернет-ресурс",
             "Жауапты тұлға"],
            ["1", s[0][0], s[0][1], std1, "", "", web, r],
            ["2", s[1][0], s[1][1], std2, "", "", web, r]]
    grid(doc, rows, widths=[0.8, 2.0, 6.0, 4.2, 2.0, 2.4, 3.6, 5.0], size=10, bold_rows=(0,))
    para(doc)
    para(doc, "Жауапты орындаушы: Ахметжанова Динара Ерболқызы")
    para(doc, "Күні: 2026 жылғы 2 ақпан")
    data = docx_bytes(doc)
    body = """Сәлеметсіз бе!

Талдықорған қаласының білім бөлімі Сіздің 2026 жылғы 26 қаңтардағы № ЕКЦ-2026/0131 сұрау салуыңызға жауап ретінде мемлекеттік көрсетілетін қызметтер туралы ақпаратты (1-қосымша) жолдайды.

Қосымша: 1 парақ.

Құрметпен,
Д. Ахметжанова
Талдықорған қаласының білім бөлімі
тел. 8 (7282) 24-05-19
"""
    h = std_headers("d.akhmetzhanova@taldykorgan.zhetisu.gov.kz", "Жауап ЕКЦ-2026/0131",
                    "Mon, 2 Feb 2026 15:20:04 +0500", "a81f0c22-93d4-4e1b-b7a0-55e2f1c0d7a9@taldykorgan.zhetisu.gov.kz",
                    display="Ахметжанова Динара")
    save_eml(name, h, multipart("mixed", text_part(body, cte="quoted-printable"),
                                attachment(att, data, style="rfc2231")))
    p = person("Ахметжанова Динара Ерболқызы", "бөлімнің бас маманы", "d.akhmetzhanova@taldykorgan.zhetisu.gov.kz",
               "8 (7282) 24-05-19")
    key = [{"part": att, "kind": "appendix1_form", "language": "kk",
            "services": [svc_full(s[0][0], s[0][1], std1, None, None, web, p),
                         svc_full(s[1][0], s[1][1], std2, None, None, web, p)],
            "executor": {"full_name": "Ахметжанова Динара Ерболқызы", "date": "2026-02-02"}}]
    record(name, "appendix1_form", "kk", "eml+docx",
           "covering note (QP) + DOCX attachment whose Kazakh file name is RFC 2231-encoded; short Kazakh headers without the column-number row; empty columns 5-6",
           key, context(ag, s, "information", ("ЕКЦ-2026/0131", "2026-01-26", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат сұрау"),
                        "record Appendix 1 data for two school-admission services", True))


def f10():
    name = "nur-10-kostanay-vet.pdf"
    ag = {"name": "Костанайская областная территориальная инспекция Комитета ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан",
          "email": "kostanay.vet@minagri.gov.kz", "bin": "140240028816"}
    s = ("00902006", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте")
    std = ("Правила оказания государственной услуги «Выдача ветеринарного сертификата на перемещаемые (перевозимые) "
           "объекты при экспорте», утвержденные приказом Министра сельского хозяйства Республики Казахстан от "
           "21 мая 2020 года № 169")
    npa = ("Приказ Министра сельского хозяйства Республики Казахстан от 6 апреля 2026 года № 97 «О внесении "
           "изменений в приказ Министра сельского хозяйства Республики Казахстан от 21 мая 2020 года № 169»")
    web = "elicense.kz"
    flow = [P("Қазақстан Республикасы Ауыл шаруашылығы министрлігі Ветеринариялық бақылау және қадағалау комитетінің "
              "Қостанай облыстық аумақтық инспекциясы", 9, "DVSB", "c"),
            P("Костанайская областная территориальная инспекция Комитета ветеринарного контроля и надзора "
              "Министерства сельского хозяйства Республики Казахстан", 9, "DVSB", "c"),
            P("110000, г. Костанай, ул. Байтурсынова, 70, тел. 8 (7142) 53-77-00", 8, "DVS", "c"),
            SP(1, 10),
            P("Исх. № 14-09/1187 от 14.05.2026", 9),
            P("Единый контакт-центр", 10, "DVSB", "r"),
            SP(1, 8),
            P("На запрос № ЕКЦ-2026/0460 от 07.05.2026 года направляем сведения о государственной услуге по форме "
              "приложения 1 к Правилам взаимодействия.", 10),
            SP(1, 8),
            ptable([["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
                     "Стандарт государственной услуги (с указанием его реквизитов)",
                     "Регламент государственной услуги (с указанием его реквизитов)",
                     "Изменения нормативных правовых актов",
                     "Интернет-ресурс, на котором размещена информация о государственной услуге",
                     "Фамилия, имя, отчество, должность ответственного лица"],
                    ["1", "2", "3", "4", "5", "6", "7", "8"],
                    ["1", s[0], s[1], std, "-", npa, web,
                     "Шевченко Ольга Викторовна, главный ветеринарный инспектор отдела ветеринарно-санитарного контроля, "
                     "8 (7142) 53-77-20, o.shevchenko@minagri.gov.kz"]],
                   [1.0, 2.9, 3.0, 4.0, 2.9, 3.8, 3.0, 4.6], size=7.5, header_rows=1, head_size=7),
            SP(1, 12),
            P("Исп.: Шевченко Ольга Викторовна, 8 (7142) 53-77-20", 9),
            P("Дата: «14» мая 2026 г.", 9),
            SP(1, 14),
            P("Руководитель инспекции                                                    К. Жаксылыков", 10)]
    save_pdf(name, flow, landscape_=True)
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [svc_full(s[0], s[1], std, None, npa, web,
                                  person("Шевченко Ольга Викторовна",
                                         "главный ветеринарный инспектор отдела ветеринарно-санитарного контроля",
                                         "o.shevchenko@minagri.gov.kz", "8 (7142) 53-77-20"))],
            "executor": {"full_name": "Шевченко Ольга Викторовна", "date": "2026-05-14"}}]
    record(name, "appendix1_form", "ru", "pdf",
           "landscape PDF with a bilingual letterhead, outgoing number and covering sentence above a ruled table with the number row; «Исп.:» line carries a phone after the name",
           key, context(ag, [s], "information", ("ЕКЦ-2026/0460", "2026-05-07", "Запрос сведений о государственной услуге"),
                        "record Appendix 1 data for the veterinary export certificate service", True))


def f11():
    name = "nur-11-mangystau-gask.docx"
    ag = {"name": "Маңғыстау облысының мемлекеттік сәулет-құрылыс бақылау басқармасы", "email": "gask@mangystau.gov.kz",
          "bin": "150140013380"}
    s = ("01201019", "Құрылыс-монтаж жұмыстарының басталғаны туралы хабарламаны қабылдау")
    std = ("Қазақстан Республикасы Индустрия және инфрақұрылымдық даму министрінің 2020 жылғы 30 қарашадағы "
           "№ 622 бұйрығымен бекітілген «Құрылыс-монтаж жұмыстарының басталғаны туралы хабарламаны қабылдау» "
           "мемлекеттік көрсетілетін қызмет қағидалары")
    npa = ("Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 20 сәуірдегі № 140 бұйрығы "
           "(«Қазақстан Республикасы Индустрия және инфрақұрылымдық даму министрінің 2020 жылғы 30 қарашадағы "
           "№ 622 бұйрығына өзгерістер енгізу туралы»)")
    web = "https://elicense.kz"
    doc = new_doc(size=12)
    para(doc, "Маңғыстау облысының мемлекеттік сәулет-құрылыс бақылау басқармасы", bold=True, align="c")
    para(doc, "Ақтау қ., 14 ш/а, 1 ғимарат", align="c", size=10)
    para(doc)
    para(doc, "Мемлекеттік көрсетілетін қызмет туралы ақпарат\n(Бірыңғай байланыс орталығының 1-қосымшасы бойынша)", bold=True, align="c")
    para(doc)
    rows = [["Бағанның атауы", "Мәліметтер"],
            ["1. Р/с №", "1"],
            ["2. Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", s[0]],
            ["3. Мемлекеттік көрсетілетін қызметтің атауы", s[1]],
            ["4. Мемлекеттік көрсетілетін қызмет стандарты (деректемелерімен)", std],
            ["5. Мемлекеттік көрсетілетін қызмет регламенті (деректемелерімен)", "—"],
            ["6. Нормативтік құқықтық актілердің өзгерістері", npa],
            ["7. Ақпарат орналастырылған интернет-ресурс", web],
            ["8. Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы",
             "Өтепбергенов Ғалымжан Сайлаубайұлы\nмемлекеттік сәулет-құрылыс бақылау бөлімінің басшысы\n+7 (7292) 30-22-45\ng.utepbergenov@mangystau.gov.kz"]]
    grid(doc, rows, widths=[7.0, 10.0], size=11, bold_rows=(0,))
    para(doc)
    para(doc, "Жауапты орындаушының Т.А.Ә.: Нұрмағамбетова Сәуле Оразқызы")
    para(doc, "Күні: «25» мамыр 2026 жыл")
    save_docx(name, doc)
    key = [{"part": name, "kind": "appendix1_form", "language": "kk",
            "services": [svc_full(s[0], s[1], std, None, npa, web,
                                  person("Өтепбергенов Ғалымжан Сайлаубайұлы",
                                         "мемлекеттік сәулет-құрылыс бақылау бөлімінің басшысы",
                                         "g.utepbergenov@mangystau.gov.kz", "+7 (7292) 30-22-45"))],
            "executor": {"full_name": "Нұрмағамбетова Сәуле Оразқызы", "date": "2026-05-25"}}]
    record(name, "appendix1_form", "kk", "docx",
           "form turned on its side: one service as a two-column «field | value» table in Kazakh; column 8 split over four lines without commas; date «25» мамыр 2026 жыл",
           key, context(ag, [s], "information", ("ЕКЦ-2026/0470", "2026-05-15", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
                        "record Appendix 1 data for one construction-control service", True))


def f12():
    name = "nur-12-abai-enbek.eml"
    att = "Приложение 1 ЕКЦ Абай.xlsx"
    ag = {"name": "Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
          "email": "enbek@abay.gov.kz", "bin": "220740031265"}
    s = [("02301004", "Мемлекеттік атаулы әлеуметтік көмек тағайындау"),
         ("02301012", "Мүгедектігі бар адамдарды санаторий-курорттық емдеумен қамтамасыз ету"),
         ("02301019", "Жұмыссыз ретінде тіркеу")]
    std1 = "ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2020 жылғы 29 маусымдағы № 248 бұйрығы"
    std2 = "ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2020 жылғы 25 наурыздағы № 223 бұйрығы"
    std3 = "ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 8 маусымдағы № 214 бұйрығы"
    npa1 = "ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 5 мамырдағы № 132 бұйрығы"
    web = "www.gov.kz/memleket/entities/abay-enbek"
    ra = "Смагулова Жансая Бейбітқызы, әлеуметтік көмек бөлімінің бас маманы, 8 (7222) 52-18-73, zh.smagulova@abay.gov.kz"
    rb = "Ким Виталий Сергеевич, жұмыспен қамту бөлімінің басшысы, 8 (7222) 52-18-40, v.kim@abay.gov.kz"
    wb = Workbook()
    ws = wb.active
    ws.title = "Қосымша 1"
    ws["A1"] = "Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы /"
    ws["A2"] = "Управление координации занятости и социальных программ области Абай"
    ws["A4"] = "Мемлекеттік көрсетілетін қызметтер туралы ақпарат / Информация о государственных услугах"
    ws["A4"].font = Font(bold=True)
    xl_rows(ws, 6, [["Р/с № / № п/п", "Тізілімдегі нөмірі / № в реестре", "Атауы / Наименование",
                     "Стандарты / Стандарт", "Регламенті / Регламент", "НҚА өзгерістері / Изменения НПА",
                     "Интернет-ресурс", "Жауапты тұлға / Ответственное лицо"]], bold=True, center=True, size=9)
    xl_rows(ws, 7, [[1, s[0][0], s[0][1], std1, None, npa1, web, ra],
                    [2, s[1][0], s[1][1], std2, None, None, web, ra],
                    [3, s[2][0], s[2][1], std3, None, None, web, rb]], size=9)
    for col, w in zip("ABCDEFGH", [7, 13, 30, 36, 12, 34, 26, 40]):
        ws.column_dimensions[col].width = w
    ws["A11"] = "Орындаған / Исполнитель: Смагулова Жансая Бейбітқызы"
    ws["A12"] = "Күні / Дата: 18.05.2026"
    data = xlsx_bytes(wb)
    plain = """Құрметті Бірыңғай байланыс орталығы!
Уважаемый Единый контакт-центр!

2026 жылғы 12 мамырдағы № ЕКЦ-2026/0481 хатыңызға сәйкес 1-қосымша нысаны бойынша ақпаратты жолдаймыз.
Направляем информацию по форме приложения 1 на Ваше письмо № ЕКЦ-2026/0481 от 12.05.2026.

Қосымша / Приложение: 1 файл (xlsx).

--
Смагулова Жансая
бас маман / главный специалист
тел. 8 (7222) 52-18-73
"""
    html = """<div dir="ltr"><p>Құрметті Бірыңғай байланыс орталығы!<br>Уважаемый Единый контакт-центр!</p>
<p>2026 жылғы 12 мамырдағы № ЕКЦ-2026/0481 хатыңызға сәйкес 1-қосымша нысаны бойынша ақпаратты жолдаймыз.<br>
Направляем информацию по форме приложения 1 на Ваше письмо № ЕКЦ-2026/0481 от 12.05.2026.</p>
<p>Қосымша / Приложение: 1 файл (xlsx).</p>
<div>--<br>Смагулова Жансая<br>бас маман / главный специалист<br>тел. 8 (7222) 52-18-73</div></div>
"""
    h = std_headers("zh.smagulova@abay.gov.kz", "1-қосымша / Приложение 1 (ЕКЦ-2026/0481)",
                    "Mon, 18 May 2026 11:48:30 +0500", "CAHk2x9QwTmYv0P3nE7fGd1b@mail.abay.gov.kz",
                    display="Смагулова Жансая")
    save_eml(name, h, multipart("mixed", multipart("alternative", text_part(plain), text_part(html, "html")),
                                attachment(att, data, style="encword")))
    pa = person("Смагулова Жансая Бейбітқызы", "әлеуметтік көмек бөлімінің бас маманы", "zh.smagulova@abay.gov.kz",
                "8 (7222) 52-18-73")
    pb = person("Ким Виталий Сергеевич", "жұмыспен қамту бөлімінің басшысы", "v.kim@abay.gov.kz", "8 (7222) 52-18-40")
    key = [{"part": att, "kind": "appendix1_form",
            "services": [svc_full(s[0][0], s[0][1], std1, None, npa1, web, pa),
                         svc_full(s[1][0], s[1][1], std2, None, None, web, pa),
                         svc_full(s[2][0], s[2][1], std3, None, None, web, pb)],
            "executor": {"full_name": "Смагулова Жансая Бейбітқызы", "date": "2026-05-18"}}]
    record(name, "appendix1_form", "kk+ru", "eml+xlsx",
           "multipart/mixed with multipart/alternative bilingual note; XLSX attachment with a Cyrillic name in an RFC 2047 encoded word; bilingual one-row header, empty cells instead of dashes",
           key, context(ag, s, "information", ("ЕКЦ-2026/0481", "2026-05-12", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат сұрау"),
                        "record Appendix 1 data for three social services", True))


def f13():
    name = "nur-13-ertis-zher.pdf"
    ag = {"name": "Павлодар облысы Ертіс ауданының жер қатынастары бөлімі", "email": "zher@ertis.pavlodar.gov.kz",
          "bin": "051040009948"}
    s = [("00802004", "Жерге орналастыру жобаларын бекіту"),
         ("00802009", "Ауыл шаруашылығы алқаптарын бір түрден басқа түрге ауыстыру")]
    std1 = ("ҚР Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген "
            "«Жерге орналастыру жобаларын бекіту» мемлекеттік көрсетілетін қызмет қағидалары")
    std2 = ("ҚР Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген "
            "«Ауыл шаруашылығы алқаптарын бір түрден басқа түрге ауыстыру» мемлекеттік көрсетілетін қызмет қағидалары")
    web = "www.egov.kz"
    rows = [["Р/с №", "Мемлекеттік көрсетілетін қызмет", "", "Стандарты (деректемелерімен)", "Регламенті (деректемелерімен)",
             "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"],
            ["", "тізілімдегі нөмірі", "атауы", "", "", "", "", ""],
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", s[0][0], s[0][1], std1, "–", "–", web,
             "Жақсыбеков Бауыржан Төлеубайұлы, жер қатынастары бөлімінің басшысы, 8 (71832) 2-24-16"],
            ["2", s[1][0], s[1][1], std2, "–", "–", web,
             "Ғабитова Аружан Нұрланқызы, бөлімнің бас маманы, 8 (71832) 2-24-19, a.gabitova@ertis.pavlodar.gov.kz"]]
    flow = [P("Бірыңғай байланыс орталығына", 10, "DVSB", "r"),
            SP(1, 6),
            P("Ертіс ауданының жер қатынастары бөлімі көрсететін мемлекеттік қызметтер туралы ақпарат", 11, "DVSB", "c"),
            SP(1, 8),
            ptable(rows, [1.0, 2.2, 3.4, 4.6, 3.5, 2.4, 3.0, 5.2], size=7.5, header_rows=2, head_size=7,
                   spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (3, 1)), ((4, 0), (4, 1)), ((5, 0), (5, 1)),
                          ((6, 0), (6, 1)), ((7, 0), (7, 1))]),
            SP(1, 12),
            P("Жауапты орындаушы: Ғабитова Аружан Нұрланқызы", 9),
            P("2026 жылғы 8 маусым", 9)]
    save_pdf(name, flow, landscape_=True)
    key = [{"part": name, "kind": "appendix1_form", "language": "kk",
            "services": [svc_full(s[0][0], s[0][1], std1, None, None, web,
                                  person("Жақсыбеков Бауыржан Төлеубайұлы", "жер қатынастары бөлімінің басшысы", None,
                                         "8 (71832) 2-24-16")),
                         svc_full(s[1][0], s[1][1], std2, None, None, web,
                                  person("Ғабитова Аружан Нұрланқызы", "бөлімнің бас маманы",
                                         "a.gabitova@ertis.pavlodar.gov.kz", "8 (71832) 2-24-19"))],
            "executor": {"full_name": "Ғабитова Аружан Нұрланқызы", "date": "2026-06-08"}}]
    record(name, "appendix1_form", "kk", "pdf",
           "landscape PDF, Kazakh header spanned over two rows (SPAN cells) plus the number row; date alone on a line «2026 жылғы 8 маусым»",
           key, context(ag, s, "information", ("ЕКЦ-2026/0502", "2026-06-01", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
                        "record Appendix 1 data for two land-management services", True))


def f14():
    name = "nur-14-pavlodar-kgd.docx"
    ag = {"name": "Департамент государственных доходов по Павлодарской области Комитета государственных доходов Министерства финансов Республики Казахстан",
          "email": "kanc_pvl@kgd.minfin.gov.kz", "bin": "081240012203"}
    s = [("00102011", "Регистрационный учет лица, занимающегося частной практикой"),
         ("00102014", "Регистрационный учет в качестве плательщика налога на добавленную стоимость"),
         ("00102022", "Выдача справки об отсутствии (наличии) налоговой задолженности")]
    std = ("Правила оказания государственных услуг органами государственных доходов Республики Казахстан, "
           "утвержденные приказом Министра финансов Республики Казахстан от 10 июля 2020 года № 665")
    npa = ("Приказ Министра финансов Республики Казахстан от 22 мая 2026 года № 301 «О внесении изменений и "
           "дополнения в приказ Министра финансов Республики Казахстан от 10 июля 2020 года № 665»")
    web = "https://kgd.gov.kz"
    r = ("Мұхамедиев Тимур Асқарұлы, главный специалист управления по работе с налогоплательщиками, "
         "тел.: +7 (7182) 32-90-14, email: t.mukhamediev@kgd.minfin.gov.kz")
    r3 = ("Ли Ирина Владимировна, руководитель отдела принудительного взимания, тел.: +7 (7182) 32-90-51")
    doc = new_doc(landscape_=True, size=10)
    para(doc, "Приложение 1 / 1-қосымша", align="r", size=9)
    para(doc, "Запрос о предоставлении информации о государственной услуге\nМемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу", bold=True, align="c")
    para(doc)
    rows = [["№ п/п\nР/с №", "Государственная услуга\nМемлекеттік көрсетілетін қызмет", None,
             "Стандарт государственной услуги (с указанием его реквизитов)\nМемлекеттік көрсетілетін қызмет стандарты",
             "Регламент государственной услуги\nМемлекеттік көрсетілетін қызмет регламенті",
             "Изменения нормативных правовых актов\nНҚА өзгерістері",
             "Интернет-ресурс",
             "Ф.И.О., должность ответственного лица\nЖауапты тұлғаның Т.А.Ә., лауазымы"],
            [None, "№ в реестре\nТізілімдегі нөмірі", "Наименование\nАтауы", None, None, None, None, None],
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", s[0][0], s[0][1], std, "-", npa, web, r],
            ["2", s[1][0], s[1][1], "-//-", "-", "-//-", "-//-", "-//-"],
            ["3", s[2][0], s[2][1], "-//-", "-", "-//-", "-//-", r3]]
    t = grid(doc, rows, widths=[1.2, 2.2, 4.0, 4.6, 2.4, 4.6, 2.2, 4.6], size=9, bold_rows=(0, 1), center_rows=(0, 1, 2))
    merge(t, 0, 1, 0, 2, rows[0][1], size=9)
    for c in (0, 3, 4, 5, 6, 7):
        merge(t, 0, c, 1, c, rows[0][c], size=9)
    para(doc)
    para(doc, "Ф.И.О. ответственного исполнителя / Жауапты орындаушы: Мұхамедиев Тимур Асқарұлы")
    para(doc, "Дата / Күні: «30» июня 2026 г.")
    save_docx(name, doc)
    p = person("Мұхамедиев Тимур Асқарұлы", "главный специалист управления по работе с налогоплательщиками",
               "t.mukhamediev@kgd.minfin.gov.kz", "+7 (7182) 32-90-14")
    p3 = person("Ли Ирина Владимировна", "руководитель отдела принудительного взимания", None, "+7 (7182) 32-90-51")
    key = [{"part": name, "kind": "appendix1_form",
            "services": [svc_full(s[0][0], s[0][1], std, None, npa, web, p),
                         svc_full(s[1][0], s[1][1], std, None, npa, web, p),
                         svc_full(s[2][0], s[2][1], std, None, npa, web, p3)],
            "executor": {"full_name": "Мұхамедиев Тимур Асқарұлы", "date": "2026-06-30"}}]
    record(name, "appendix1_form", "kk+ru", "docx",
           "each header cell Russian + Kazakh on two lines, header merged over two rows, number row, «-//-» ditto for standard/npa/website/responsible; «tel.:» and «email:» labels inside column 8",
           key, context(ag, s, "information", ("ЕКЦ-2026/0566", "2026-06-22", "Запрос о предоставлении информации о государственных услугах"),
                        "record Appendix 1 data for three tax services", True))


FORMS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14]


# =====================================================================================
#  RESPONSIBLE PERSON: 7 APPOINTMENTS + 7 REPLACEMENTS
# =====================================================================================

def a1():
    name = "nur-15-kyzylzhar-saulet.eml"
    ag = {"name": "Солтүстік Қазақстан облысы Қызылжар ауданы әкімдігінің сәулет, құрылыс және жер қатынастары бөлімі",
          "email": "saulet@kyzylzhar.sko.gov.kz", "bin": "070340021194"}
    s = [("01202007", "Сәулет-жоспарлау тапсырмасын беру"),
         ("01202012", "Қолданыстағы үй-жайларды (жеке бөліктерін) реконструкциялауға (қайта жоспарлауға, қайта жабдықтауға) шешім беру")]
    body = """Бірыңғай байланыс орталығының
2026 жылғы 6 шілдедегі № ЕКЦ-2026/0610 хатына

Қызылжар ауданы әкімдігінің сәулет, құрылыс және жер қатынастары бөлімі «Сәулет-жоспарлау тапсырмасын беру» (01202007) және «Қолданыстағы үй-жайларды (жеке бөліктерін) реконструкциялауға (қайта жоспарлауға, қайта жабдықтауға) шешім беру» (01202012) мемлекеттік көрсетілетін қызметтері бойынша Бірыңғай байланыс орталығына ақпарат беру және оқыту өткізу үшін жауапты тұлға ретінде бөлімнің бас маманы Жұмағұлова Әсел Серікқызын тағайындағанын хабарлайды.

Әсел Серікқызымен байланыс:
тел. 8 (7152) 34-61-08
e-mail: a.zhumagulova@kyzylzhar.sko.gov.kz

1-қосымша нысаны бойынша ақпарат Қағидаларда белгіленген мерзімде жіберіледі.

Бөлім басшысы                     Б. Ерғалиев

Орынд.: А. Жұмағұлова
"""
    h = std_headers("saulet@kyzylzhar.sko.gov.kz", "Жауапты тұлға туралы (ЕКЦ-2026/0610)",
                    "Thu, 9 Jul 2026 09:14:52 +0500", "1752034492.41873@kyzylzhar.sko.gov.kz",
                    display="Қызылжар ауданы сәулет бөлімі")
    save_eml(name, h, text_part(body))
    key = [{"part": "body", "kind": "responsible_change", "language": "kk",
            "responsible": person("Жұмағұлова Әсел Серікқызы", "бөлімнің бас маманы",
                                  "a.zhumagulova@kyzylzhar.sko.gov.kz", "8 (7152) 34-61-08"),
            "previous_responsible": None, "services": regs("01202007", "01202012")}]
    record(name, "responsible_change", "kk", "eml",
           "appointment (p.5) in Kazakh, base64 UTF-8; the name only in the accusative «Серікқызын», the given name+patronymic in the instrumental «Әсел Серікқызымен»; announces the form for later",
           key, context(ag, s, "appointment", ("ЕКЦ-2026/0610", "2026-07-06", "Жауапты тұлғаны тағайындау туралы"),
                        "set Жұмағұлова Әсел Серікқызы as the responsible person for both services and wait for Appendix 1", True))


def a2():
    name = "nur-16-zko-kasipkerlik.eml"
    ag = {"name": "ГУ «Управление предпринимательства и промышленности Западно-Казахстанской области»",
          "email": "kasipker@bko.gov.kz", "bin": "990540003391"}
    s = [("01401022", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции"),
         ("01401025", "Выдача лицензии на хранение и оптовую реализацию алкогольной продукции")]
    body = """ГУ «Управление предпринимательства и промышленности
Западно-Казахстанской области»
090000, г. Уральск, ул. Д. Нурпеисовой, 12/1

Исх. № 05-11/1874 от 14.07.2026 г.

Руководителю Единого контакт-центра

На Ваше письмо № ЕКЦ-2026/0633 от 09.07.2026 г. сообщаем, что приказом руководителя Управления от 13.07.2026 г. № 54-к ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственным услугам 01401022 и 01401025 (лицензирование хранения и реализации алкогольной продукции) с 13 июля 2026 года назначен главный специалист отдела лицензирования Кенжебаев Арман Болатович.

Просим все запросы по указанным услугам направлять Кенжебаеву Арману Болатовичу:
тел. 8 (7112) 24-07-93, e-mail: a.kenzhebaev@bko.gov.kz.

Руководитель управления                                  С. Жолдасов

Исп. Кенжебаев А.Б.
"""
    h = std_headers("kasipker@bko.gov.kz", "Об ответственном лице (на исх. ЕКЦ-2026/0633)",
                    "Tue, 14 Jul 2026 17:03:10 +0500", "000a01dc7a3b$5e2f9c40$1b6ed4c0$@bko.gov.kz",
                    charset="windows-1251", display="Канцелярия УПП ЗКО",
                    extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
    save_eml(name, h, text_part(body, charset="windows-1251", cte="8bit"))
    key = [{"part": "body", "kind": "responsible_change", "language": "ru",
            "responsible": person("Кенжебаев Арман Болатович", "главный специалист отдела лицензирования",
                                  "a.kenzhebaev@bko.gov.kz", "8 (7112) 24-07-93"),
            "previous_responsible": None, "effective_date": "2026-07-13",
            "services": regs("01401022", "01401025")}]
    record(name, "responsible_change", "ru", "eml",
           "appointment in windows-1251 8bit; letterhead, outgoing number, order number and date (13.07 = effective date) before the name; name in nominative after the position, then in the dative",
           key, context(ag, s, "appointment", ("ЕКЦ-2026/0633", "2026-07-09", "О назначении ответственного лица"),
                        "set Кенжебаев Арман Болатович as responsible for 01401022 and 01401025", True))


def a3():
    name = "nur-17-zhambyl-zholaushy.txt"
    ag = {"name": "Жамбыл облысының жолаушылар көлігі және автомобиль жолдары басқармасы",
          "email": "zholaushy@zhambyl.gov.kz", "bin": "050140011208"}
    s = [("01204011", "Автомобиль жолдарының бөлінген белдеуі шегінде жол сервисі объектілерін орналастыруға рұқсат беру"),
         ("01204015", "Облысаралық қалааралық автобус маршруттары бойынша тасымалдауды жүзеге асыруға куәлік беру")]
    text = """«ЖАМБЫЛ ОБЛЫСЫНЫҢ ЖОЛАУШЫЛАР КӨЛІГІ ЖӘНЕ АВТОМОБИЛЬ ЖОЛДАРЫ БАСҚАРМАСЫ» КММ
КГУ «УПРАВЛЕНИЕ ПАССАЖИРСКОГО ТРАНСПОРТА И АВТОМОБИЛЬНЫХ ДОРОГ ЖАМБЫЛСКОЙ ОБЛАСТИ»

Тараз қ., Төле би даңғылы, 35                          г. Тараз, пр. Толе би, 35

2026 жылғы 21 шілде № 04-02/2931

Бірыңғай байланыс орталығына
Единому контакт-центру

Сіздің 2026 жылғы 15 шілдедегі № ЕКЦ-2026/0651 хатыңызға жауап ретінде басқарма мынаны хабарлайды: 01204011 және 01204015 мемлекеттік көрсетілетін қызметтері бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға болып басқарманың бас маманы Әбдірахманов Ерлан Қуанышұлы тағайындалды. Ерлан Қуанышұлының байланыс телефоны: 8 (7262) 43-18-55, электрондық поштасы: e.abdrakhmanov@zhambyl.gov.kz.

На Ваше письмо от 15 июля 2026 года № ЕКЦ-2026/0651 сообщаем, что ответственным лицом за взаимодействие с Единым контакт-центром по государственным услугам 01204011 и 01204015 назначен главный специалист управления Әбдірахманов Ерлан Қуанышұлы (тел. 8 (7262) 43-18-55, e.abdrakhmanov@zhambyl.gov.kz).

Басшының орынбасары /
Заместитель руководителя                                 Д. Құдайбергенов

Орынд./Исп.: Е. Әбдірахманов
"""
    save_txt(name, text, bom=True, newline="\r\n")
    key = [{"part": name, "kind": "responsible_change",
            "responsible": person("Әбдірахманов Ерлан Қуанышұлы", "басқарманың бас маманы",
                                  "e.abdrakhmanov@zhambyl.gov.kz", "8 (7262) 43-18-55",
                                  keys=("full_name", "email", "phone")),
            "previous_responsible": None, "services": regs("01204011", "01204015")}]
    record(name, "responsible_change", "kk+ru", "txt (UTF-8 BOM, CRLF)",
           "bilingual letter (Kazakh paragraph then Russian paragraph saying the same), letterhead in two columns, genitive «Ерлан Қуанышұлының»; position differs by language so only name/phone/e-mail keyed",
           key, context(ag, s, "appointment", ("ЕКЦ-2026/0651", "2026-07-15", "Жауапты тұлғаны тағайындау туралы / О назначении ответственного лица"),
                        "set Әбдірахманов Ерлан Қуанышұлы as responsible for two transport services", True))


def a4():
    name = "nur-18-zhylyoi-enbek.docx"
    ag = {"name": "Атырау облысы Жылыой ауданы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
          "email": "enbek@zhylyoi.atyrau.gov.kz", "bin": "090740015526"}
    s = [("02302003", "Тұрғын үй көмегін тағайындау"),
         ("02302008", "Мүгедектігі бар балаларды үйде оқытуға жұмсалған шығындарды өтеу")]
    doc = new_doc(size=12)
    t = grid(doc, [["«АТЫРАУ ОБЛЫСЫ ЖЫЛЫОЙ АУДАНЫ ӘКІМДІГІНІҢ ЖҰМЫСПЕН ҚАМТУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БӨЛІМІ» ММ\n\nҚұлсары қ., Д. Нұрпейісова к-сі, 9\nтел. 8 (71237) 5-12-80",
                    "ГУ «ОТДЕЛ ЗАНЯТОСТИ И СОЦИАЛЬНЫХ ПРОГРАММ АКИМАТА ЖЫЛЫОЙСКОГО РАЙОНА АТЫРАУСКОЙ ОБЛАСТИ»\n\nг. Кульсары, ул. Д. Нурпеисовой, 9\nтел. 8 (71237) 5-12-80"]],
             widths=[8.5, 8.5], size=9, style=None)
    para(doc)
    para(doc, "17.07.2026 ж. № 02-14/612")
    para(doc)
    para(doc, "Бірыңғай байланыс орталығына", bold=True, align="r")
    para(doc)
    para(doc, "2026 жылғы 10 шілдедегі № ЕКЦ-2026/0640 хатқа", italic=True)
    para(doc)
    para(doc, "Жылыой ауданы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі Сіздің хатыңызды "
              "қарап, төмендегіні хабарлайды.", align="j", indent=1.25)
    para(doc, "Бөлім басшысының 2026 жылғы 16 шілдедегі № 47-ж/қ бұйрығымен «Тұрғын үй көмегін тағайындау» (02302003) "
              "және «Мүгедектігі бар балаларды үйде оқытуға жұмсалған шығындарды өтеу» (02302008) мемлекеттік "
              "көрсетілетін қызметтері бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге "
              "жауапты тұлға болып 2026 жылғы 20 шілдеден бастап бөлімнің жетекші маманы Сейтқали Нұрболат Ерланұлы "
              "тағайындалды.", align="j", indent=1.25)
    para(doc, "Нұрболат Ерланұлының байланыс деректері: қызметтік тел. 8 (71237) 5-14-26, "
              "электрондық пошта: n.seitkali@zhylyoi.atyrau.gov.kz.", align="j", indent=1.25)
    para(doc)
    para(doc, "Қосымша: бұйрықтың көшірмесі, 1 парақ.")
    para(doc)
    para(doc)
    para(doc, "Бөлім басшысы\t\t\t\t\t\tА. Қалиева", bold=True)
    para(doc)
    para(doc, "Орын.: Н. Сейтқали\nтел. 5-14-26", size=9)
    save_docx(name, doc)
    key = [{"part": name, "kind": "responsible_change", "language": "kk",
            "responsible": person("Сейтқали Нұрболат Ерланұлы", "бөлімнің жетекші маманы",
                                  "n.seitkali@zhylyoi.atyrau.gov.kz", "8 (71237) 5-14-26"),
            "previous_responsible": None, "effective_date": "2026-07-20",
            "services": regs("02302003", "02302008")}]
    record(name, "responsible_change", "kk", "docx",
           "official letter with a two-column bilingual letterhead table (with the department's own phone), order date 16 July vs effective date 20 July, genitive «Нұрболат Ерланұлының»; the signer and the letterhead phone are distractors",
           key, context(ag, s, "appointment", ("ЕКЦ-2026/0640", "2026-07-10", "Жауапты тұлғаны тағайындау туралы"),
                        "set Сейтқали Нұрболат Ерланұлы as responsible from 2026-07-20", True))


def a5():
    name = "nur-19-vko-ecology.pdf"
    ag = {"name": "Департамент экологии по Восточно-Казахстанской области Комитета экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
          "email": "vko.eco@ecogeo.gov.kz", "bin": "040940007764"}
    s = [("01305002", "Выдача экологического разрешения на воздействие для объектов II категории"),
         ("01305009", "Выдача заключения государственной экологической экспертизы для объектов II категории")]
    flow = [P("ДЕПАРТАМЕНТ ЭКОЛОГИИ ПО ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ", 11, "DVSB", "c"),
            P("Комитета экологического регулирования и контроля Министерства экологии и природных ресурсов "
              "Республики Казахстан", 9, "DVS", "c"),
            P("070004, г. Усть-Каменогорск, ул. Потанина, 12; тел. 8 (7232) 76-50-00", 8, "DVS", "c"),
            SP(1, 12),
            P("05.08.2026 № 19-07/3340", 10),
            SP(1, 6),
            P("Единый контакт-центр", 11, "DVSB", "r"),
            SP(1, 10),
            P("О назначении ответственного лица", 10, "DVSB"),
            SP(1, 6),
            P("Во исполнение пункта 5 Правил взаимодействия Единого контакт-центра и в ответ на письмо "
              "№ ЕКЦ-2026/0702 от 03.08.2026 Департамент экологии по Восточно-Казахстанской области определил "
              "ответственным лицом за представление информации и проведение обучения сотрудников "
              "Единого контакт-центра по государственным услугам «Выдача экологического разрешения на воздействие "
              "для объектов II категории» (01305002) и «Выдача заключения государственной экологической экспертизы "
              "для объектов II категории» (01305009) заместителя руководителя департамента Петренко Андрея "
              "Николаевича.", 10, align="j"),
            P("Контактные данные Петренко А.Н.: тел. +7 (7232) 76-51-02, e-mail: a.petrenko@ecogeo.gov.kz.", 10, align="j"),
            P("Сведения по форме приложения 1 будут представлены в течение пяти рабочих дней.", 10, align="j"),
            SP(1, 24),
            P("Руководитель департамента                                              Б. Искаков", 10, "DVSB"),
            SP(1, 24),
            P("Исп.: Мамырова Г.\nтел. 76-50-18", 8)]
    save_pdf(name, flow)
    key = [{"part": name, "kind": "responsible_change", "language": "ru",
            "responsible": person("Петренко Андрей Николаевич", None, "a.petrenko@ecogeo.gov.kz", "+7 (7232) 76-51-02",
                                  keys=("full_name", "email", "phone")),
            "previous_responsible": None, "services": regs("01305002", "01305009")}]
    record(name, "responsible_change", "ru", "pdf",
           "appointment in a PDF letter; the full name only in the accusative «Петренко Андрея Николаевича» (indeclinable surname), then initials; executor Мамырова and the head's phone are distractors",
           key, context(ag, s, "appointment", ("ЕКЦ-2026/0702", "2026-08-03", "О назначении ответственного лица"),
                        "set Петренко Андрей Николаевич as responsible for two ecology services", True))


def a6():
    name = "nur-20-ile-auyl.eml"
    ag = {"name": "Алматы облысы Іле ауданы әкімдігінің ауыл шаруашылығы бөлімі", "email": "auyl@ile.almobl.gov.kz",
          "bin": "060340010294"}
    s = [("00503002", "Тұқым шаруашылығын дамытуды субсидиялау"),
         ("00503007", "Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау")]
    body = """Құрметті әріптестер!

Бірыңғай байланыс орталығының 2026 жылғы 11 тамыздағы № ЕКЦ-2026/0719 хатына сәйкес Іле ауданы әкімдігінің ауыл шаруашылығы бөлімі субсидиялау жөніндегі мемлекеттік көрсетілетін қызметтер (00503002, 00503007) бойынша жауапты тұлғаны хабарлайды:

Тегі, аты, әкесінің аты: Тоқтарова Гүлнұр Маратқызы
Лауазымы: бөлімнің бас маманы
Телефоны: 8 (72752) 5-23-14
Электрондық поштасы: g.toktarova@ile.almobl.gov.kz

Оқыту күнін Гүлнұр Маратқызына алдын ала хабарлауларыңызды сұраймыз.

Құрметпен,
бөлім басшысы Қ. Есболов
"""
    h = std_headers("auyl@ile.almobl.gov.kz", "Жауапты тұлға - ЕКЦ-2026/0719", "Fri, 14 Aug 2026 12:31:07 +0500",
                    "5f1e0a2b.c4d3@ile.almobl.gov.kz", charset="windows-1251", codec="kz1048",
                    display="Іле ауданы ауыл шаруашылығы бөлімі", extra=[("X-Mailer", "The Bat! (v9.5.3)")])
    save_eml(name, h, text_part(body, charset="windows-1251", codec="kz1048", cte="quoted-printable"))
    key = [{"part": "body", "kind": "responsible_change", "language": "kk",
            "responsible": person("Тоқтарова Гүлнұр Маратқызы", "бөлімнің бас маманы", "g.toktarova@ile.almobl.gov.kz",
                                  "8 (72752) 5-23-14"),
            "previous_responsible": None, "services": regs("00503002", "00503007")}]
    record(name, "responsible_change", "kk", "eml",
           "Kazakh text encoded in KZ-1048 but labelled windows-1251 (body QP and the subject/From encoded words): decoded as cp1251 the Kazakh letters turn into Ұ→Ў-like garbage; labelled «field: value» lines; dative «Гүлнұр Маратқызына»",
           key, context(ag, s, "appointment", ("ЕКЦ-2026/0719", "2026-08-11", "Жауапты тұлғаны тағайындау туралы"),
                        "set Тоқтарова Гүлнұр Маратқызы as responsible for two subsidy services", True))


def a7():
    name = "nur-21-saryarka-su.txt"
    ag = {"name": "«Сарыарқа су жүйесі» ұлттық компаниясы» акционерлік қоғамы", "email": "info@saryarkasu.kz",
          "bin": "101140004473"}
    s = [("01304006", "Жер үсті су көздерінен су алуға техникалық шарттар беру")]
    text = """«САРЫАРҚА СУ ЖҮЙЕСІ» ҰЛТТЫҚ КОМПАНИЯСЫ» АКЦИОНЕРЛІК ҚОҒАМЫ
Астана қ., Мәңгілік Ел даңғылы, 55/20, 7-қабат

№ 01-2/4417
2026 жылғы «28» тамыз

Бірыңғай байланыс орталығына

Сіздің 2026 жылғы 24 тамыздағы № ЕКЦ-2026/0744 хатыңызды қарап, «Сарыарқа су жүйесі» ұлттық компаниясы» АҚ «Жер үсті су көздерінен су алуға техникалық шарттар беру» мемлекеттік көрсетілетін қызметі (тізілімдегі нөмірі 01304006) бойынша Бірыңғай байланыс орталығымен жұмысқа тұтынушылармен жұмыс департаментінің менеджері Дүйсенбаев Мағжанды 2026 жылғы 1 қыркүйектен бастап жауапты етіп бекіткенін хабарлайды.

Мағжанның байланыс деректері:
  ұялы тел.: +7 701 318 44 20
  e-mail: m.duisenbayev@saryarkasu.kz

Басқарма төрағасының орынбасары                    Т. Иманғалиев
"""
    save_txt(name, text, encoding="utf-16")
    key = [{"part": name, "kind": "responsible_change", "language": "kk",
            "responsible": person("Дүйсенбаев Мағжан", "тұтынушылармен жұмыс департаментінің менеджері",
                                  "m.duisenbayev@saryarkasu.kz", "+7 701 318 44 20"),
            "previous_responsible": None, "effective_date": "2026-09-01", "services": regs("01304006")}]
    record(name, "responsible_change", "kk", "txt (UTF-16 BOM)",
           "UTF-16 LE with BOM; a national company; person without patronymic given only in the accusative «Дүйсенбаев Мағжанды» and genitive «Мағжанның»; position in genitive chain before the name",
           key, context(ag, s, "appointment", ("ЕКЦ-2026/0744", "2026-08-24", "Жауапты тұлғаны тағайындау туралы"),
                        "set Дүйсенбаев Мағжан as responsible for 01304006 from 2026-09-01", True))


def r1():
    name = "nur-22-tupkaragan-bilim.eml"
    ag = {"name": "Маңғыстау облысы Түпқараған ауданының білім бөлімі", "email": "bilim@tupkaragan.mangystau.gov.kz",
          "bin": "030540006621"}
    s = [("00604047", "Балаларға қосымша білім беру бойынша қосымша білім беру ұйымдарына құжаттар қабылдау және оқуға қабылдау")]
    html = """<div style="font-family: Arial, sans-serif; font-size: 14px;">
<div>Қайырлы күн!</div>
<div><br></div>
<div>Түпқараған ауданының білім бөлімі «Балаларға қосымша білім беру бойынша қосымша білім беру ұйымдарына құжаттар қабылдау және оқуға қабылдау» (00604047) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен жұмысқа жауапты тұлғаның ауысқанын хабарлайды.</div>
<div><br></div>
<div>Бұрын жауапты болған <b>Омарова Гүлнар Бекқызының</b> басқа жұмысқа ауысуына байланысты, 2026 жылғы 14 қыркүйектен бастап жауапты тұлға болып бөлімнің жетекші маманы <b>Тасболатов Дәурен Маратұлы</b> белгіленді.</div>
<div><br></div>
<div>Байланыс: 8 (72938) 2-11-74, <a href="mailto:d.tasbolatov@tupkaragan.mangystau.gov.kz">d.tasbolatov@tupkaragan.mangystau.gov.kz</a></div>
<div><br></div>
<div>Бұдан былай барлық сұрақтар бойынша Дәурен Маратұлымен хабарласуларыңызды сұраймыз.</div>
<div><br></div>
<div>Құрметпен,<br>Түпқараған ауданының білім бөлімі<br>Форт-Шевченко қ.</div>
<div><br></div>
<div style="color:#888;font-size:11px">Осы хат және оған қосымшалар тек адресатқа арналған. Егер сіз бұл хатты қателесіп алсаңыз, жіберушіге хабарлап, жойыңыз.</div>
</div>
"""
    h = std_headers("bilim@tupkaragan.mangystau.gov.kz", "Жауапты тұлғаның ауысуы", "Tue, 15 Sep 2026 10:02:44 +0500",
                    "e3b7c1d0-2a4f-11f1-9c2b-0242ac120002@tupkaragan.mangystau.gov.kz",
                    display="Түпқараған ауданының білім бөлімі")
    save_eml(name, h, text_part(html, "html", cte="base64"))
    key = [{"part": "body", "kind": "responsible_change", "language": "kk",
            "responsible": person("Тасболатов Дәурен Маратұлы", "бөлімнің жетекші маманы",
                                  "d.tasbolatov@tupkaragan.mangystau.gov.kz", "8 (72938) 2-11-74"),
            "previous_responsible": {"full_name": "Омарова Гүлнар Бекқызы"}, "effective_date": "2026-09-14",
            "services": regs("00604047")}]
    record(name, "responsible_change", "kk", "eml",
           "HTML-only webmail body (div/br, bold names, mailto), previous person only in the genitive «Бекқызының», disclaimer at the end",
           key, context(ag, s, "consulting", None, "replace the responsible person of 00604047 by Тасболатов Дәурен Маратұлы", True))


def r2():
    name = "nur-23-zko-densaulyk-zamena.eml"
    ag = {"name": "Управление здравоохранения Западно-Казахстанской области", "email": "kanc@densaulyk.bko.gov.kz",
          "bin": "990140001827"}
    s = [("01001027", "Выдача лицензии на фармацевтическую деятельность"),
         ("01001028", "Выдача лицензии на осуществление деятельности в сфере оборота наркотических средств, психотропных веществ и прекурсоров в области здравоохранения")]
    plain = """Добрый день, коллеги!

Информируем, что в связи с переводом Кенжегалиевой Салтанат Муратовны на другую должность ответственным лицом за взаимодействие с Единым контакт-центром по государственным услугам 01001027 и 01001028 с 1 октября 2026 г. определена Утегенова Айгуль Канатовна, главный специалист отдела лицензирования.

Контакты: +7 (7112) 50-14-63, a.utegenova@densaulyk.bko.gov.kz

Согласование даты обучения по обновленным правилам просим проводить с ней.

С уважением,
Отдел лицензирования
Управление здравоохранения ЗКО

-----Original Message-----
From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Monday, September 28, 2026 9:40 AM
To: kanc@densaulyk.bko.gov.kz
Subject: Обучение по услугам 01001027, 01001028

> Уважаемая Салтанат Муратовна!
> Просим согласовать дату проведения обучения по изменениям в правилах оказания услуг.
> С уважением, ЕКЦ
"""
    html = """<html><body>
<p>Добрый день, коллеги!</p>
<p>Информируем, что в связи с переводом Кенжегалиевой Салтанат Муратовны на другую должность ответственным лицом за взаимодействие с Единым контакт-центром по государственным услугам 01001027 и 01001028 с 1 октября 2026 г. определена <b>Утегенова Айгуль Канатовна</b>, главный специалист отдела лицензирования.</p>
<p>Контакты: +7 (7112) 50-14-63, <a href="mailto:a.utegenova@densaulyk.bko.gov.kz">a.utegenova@densaulyk.bko.gov.kz</a></p>
<p>Согласование даты обучения по обновленным правилам просим проводить с ней.</p>
<p>С уважением,<br>Отдел лицензирования<br>Управление здравоохранения ЗКО</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Единый контакт-центр &lt;info@ekc.gov.kz&gt;<br><b>Sent:</b> Monday, September 28, 2026 9:40 AM<br>
<b>To:</b> kanc@densaulyk.bko.gov.kz<br><b>Subject:</b> Обучение по услугам 01001027, 01001028</p></div>
<blockquote><p>Уважаемая Салтанат Муратовна!<br>Просим согласовать дату проведения обучения по изменениям в правилах оказания услуг.<br>С уважением, ЕКЦ</p></blockquote>
</body></html>
"""
    h = std_headers("kanc@densaulyk.bko.gov.kz", "RE: Обучение по услугам 01001027, 01001028",
                    "Wed, 30 Sep 2026 15:11:26 +0500", "DB7PR04MB5113A0C2E1F4@densaulyk.bko.gov.kz",
                    display="Канцелярия УЗ ЗКО",
                    extra=[("In-Reply-To", "<ekc-20260928-0940-118@ekc.gov.kz>"),
                           ("References", "<ekc-20260928-0940-118@ekc.gov.kz>")])
    save_eml(name, h, multipart("alternative", text_part(plain, cte="quoted-printable"),
                                text_part(html, "html", cte="quoted-printable")), crlf=True)
    key = [{"part": "body", "kind": "responsible_change", "language": "ru",
            "responsible": person("Утегенова Айгуль Канатовна", "главный специалист отдела лицензирования",
                                  "a.utegenova@densaulyk.bko.gov.kz", "+7 (7112) 50-14-63"),
            "previous_responsible": {"full_name": "Кенжегалиева Салтанат Муратовна"}, "effective_date": "2026-10-01",
            "services": regs("01001027", "01001028")}]
    record(name, "responsible_change", "ru", "eml",
           "multipart/alternative QP with CRLF, a quoted ЕКЦ message below addressed to the previous person; previous name in the genitive «Кенжегалиевой Салтанат Муратовны»",
           key, context(ag, s, "consulting", ("ЕКЦ-2026/0801", "2026-09-28", "Обучение по услугам 01001027, 01001028"),
                        "replace Кенжегалиева Салтанат Муратовна by Утегенова Айгуль Канатовна from 2026-10-01", True))


def r3():
    name = "nur-24-aktobe-adilet-auysu.docx"
    ag = {"name": "Департамент юстиции Актюбинской области", "email": "aktobe@adilet.gov.kz", "bin": "970340002156"}
    s = [("01102003", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов, а также нотариусов Республики Казахстан"),
         ("01102011", "Государственная регистрация (перерегистрация) филиалов и представительств некоммерческих организаций")]
    doc = new_doc(size=12)
    para(doc, "АҚТӨБЕ ОБЛЫСЫНЫҢ ӘДІЛЕТ ДЕПАРТАМЕНТІ\nДЕПАРТАМЕНТ ЮСТИЦИИ АКТЮБИНСКОЙ ОБЛАСТИ", bold=True, align="c")
    para(doc, "030020, Ақтөбе қ., Әбілқайыр хан даңғылы, 40", align="c", size=9)
    para(doc)
    para(doc, "2026.10.02 № 12-3/2418")
    para(doc)
    para(doc, "Бірыңғай байланыс орталығына\nЕдиному контакт-центру", bold=True, align="r")
    para(doc)
    para(doc, "Жауапты тұлғаның ауысуы туралы / О замене ответственного лица", bold=True, align="c")
    para(doc)
    para(doc, "Қағидалардың 7-тармағына сәйкес Ақтөбе облысының Әділет департаменті 01102003 және 01102011 мемлекеттік "
              "көрсетілетін қызметтері бойынша Байжанова Айжан Темирхановнаның орнына 2026 жылғы 5 қазаннан бастап "
              "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға болып тіркеу қызметі және заң көмегін "
              "көрсетуді ұйымдастыру бөлімінің бас маманы Нұрланұлы Бекзат тағайындалғанын хабарлайды.",
         align="j", indent=1.25)
    para(doc, "В соответствии с пунктом 7 Правил Департамент юстиции Актюбинской области сообщает, что вместо "
              "Байжановой Айжан Темирхановны с 5 октября 2026 года ответственным лицом за взаимодействие с Единым "
              "контакт-центром по государственным услугам 01102003 и 01102011 назначен главный специалист отдела "
              "регистрационной службы и организации оказания юридической помощи Нұрланұлы Бекзат.",
         align="j", indent=1.25)
    para(doc)
    grid(doc, [["Тел. / Тел.", "8 (7132) 55-09-22"], ["E-mail", "b.nurlanuly@adilet.gov.kz"]], widths=[4, 8], size=11)
    para(doc)
    para(doc, "Департамент басшысы /\nРуководитель департамента\t\t\t\tМ. Сағындықов", bold=True)
    save_docx(name, doc)
    key = [{"part": name, "kind": "responsible_change",
            "responsible": person("Нұрланұлы Бекзат", None, "b.nurlanuly@adilet.gov.kz", "8 (7132) 55-09-22",
                                  keys=("full_name", "email", "phone")),
            "previous_responsible": {"full_name": "Байжанова Айжан Темирхановна"}, "effective_date": "2026-10-05",
            "services": regs("01102003", "01102011")}]
    record(name, "responsible_change", "kk+ru", "docx",
           "bilingual paragraphs; new person has a patronymic-looking surname «Нұрланұлы» and no patronymic; previous in genitive «-ның» and Russian «вместо …-ой»; contacts in a small table; date 2026.10.02",
           key, context(ag, s, "consulting", None, "replace Байжанова Айжан Темирхановна by Нұрланұлы Бекзат from 2026-10-05", True))


def r4():
    name = "nur-25-turkistan-bilim-auysu.eml"
    ag = {"name": "Түркістан облысының білім басқармасы", "email": "kense@bilim.turkistan.gov.kz", "bin": "180640021135"}
    s = [("00604012", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою"),
         ("00604019", "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдетілген тамақ беру")]
    body = """Бірыңғай байланыс орталығы басшысына

Түркістан облысының білім басқармасы 00604012, 00604019 мемлекеттік көрсетілетін қызметтері бойынша жауапты тұлғаның өзгергенін хабарлайды.

Басқарма басшысының 2026 жылғы 30 қазандағы № 318-ж/қ бұйрығына сәйкес Тұрсынбаева Гүлжан Әбдіқадірқызы басқарманың басқа бөліміне ауыстырылды. 2026 жылғы 2 қарашадан бастап аталған қызметтер бойынша Бірыңғай байланыс орталығына ақпарат беру және оқыту жүргізу мектепке дейінгі және жалпы орта білім беру бөлімінің басшысы Есімова Ләззат Нұрғалиқызына жүктелді.

Ләззат Нұрғалиқызының телефоны: 8 (72533) 6-15-44
e-mail: l.esimova@bilim.turkistan.gov.kz

Басшының орынбасары                   Ж. Ұзақбаев
"""
    h = std_headers("kense@bilim.turkistan.gov.kz", "Жауапты тұлғаның өзгеруі туралы", "Tue, 3 Nov 2026 08:56:13 +0500",
                    "20261103085613.GA21877@bilim.turkistan.gov.kz", display="Білім басқармасы кеңсесі")
    save_eml(name, h, text_part(body, cte="8bit", label=None))
    key = [{"part": "body", "kind": "responsible_change", "language": "kk",
            "responsible": person("Есімова Ләззат Нұрғалиқызы",
                                  "мектепке дейінгі және жалпы орта білім беру бөлімінің басшысы",
                                  "l.esimova@bilim.turkistan.gov.kz", "8 (72533) 6-15-44"),
            "previous_responsible": {"full_name": "Тұрсынбаева Гүлжан Әбдіқадірқызы"}, "effective_date": "2026-11-02",
            "services": regs("00604012", "00604019")}]
    record(name, "responsible_change", "kk", "eml",
           "Content-Type text/plain with no charset label, 8bit UTF-8 Kazakh; new person only in the dative «Нұрғалиқызына» and genitive; previous in nominative; order date ≠ effective date",
           key, context(ag, s, "consulting", None, "replace Тұрсынбаева by Есімова Ләззат Нұрғалиқызы from 2026-11-02", True))


def r5():
    name = "nur-26-bostandyk-zamena.txt"
    ag = {"name": "ГУ «Аппарат акима Бостандыкского района города Алматы»", "email": "bostandyk@almaty.gov.kz",
          "bin": "990240005518"}
    s = [("01602004", "Выдача решения о переводе жилого помещения (жилого дома) в нежилое помещение")]
    text = """ГУ «Аппарат акима Бостандыкского района города Алматы»
050060, г. Алматы, пр. Гагарина, 258В

Исх. № 3-12/2210
от 13.11.2026

Единый контакт-центр

Уведомление о замене ответственного лица

В соответствии с пунктом 7 Правил взаимодействия сообщаем о замене ответственного лица по государственной услуге № 01602004 «Выдача решения о переводе жилого помещения (жилого дома) в нежилое помещение».

Прежнее ответственное лицо: Ким Ольга Петровна, главный специалист отдела жилищной политики (уволена по собственному желанию 12.11.2026).

Новое ответственное лицо (с 16.11.2026):
Сулейменов Данияр Маратович
главный специалист отдела жилищной политики
тел.: 8 (727) 246-33-17
эл. почта: d.suleimenov@almaty.gov.kz

Заместитель руководителя аппарата                    А. Нурмаханов
"""
    save_txt(name, text)
    key = [{"part": name, "kind": "responsible_change", "language": "ru",
            "responsible": person("Сулейменов Данияр Маратович", "главный специалист отдела жилищной политики",
                                  "d.suleimenov@almaty.gov.kz", "8 (727) 246-33-17"),
            "previous_responsible": {"full_name": "Ким Ольга Петровна"}, "effective_date": "2026-11-16",
            "services": regs("01602004")}]
    record(name, "responsible_change", "ru", "txt (UTF-8)",
           "structured notice with «Прежнее/Новое ответственное лицо» blocks, two dates (dismissal 12.11 vs effective 16.11)",
           key, context(ag, s, "consulting", None, "replace Ким Ольга Петровна by Сулейменов Данияр Маратович from 2026-11-16", True))


def r6():
    name = "nur-27-bukhar-auysu.eml"
    att = "khat_2026-12-01_EKC.pdf"
    ag = {"name": "Қарағанды облысы Бұқар жырау ауданының әкімдігі", "email": "akimat@bukhar.karaganda.gov.kz",
          "bin": "010240003862"}
    s = [("00501008", "Выдача справки о наличии личного подсобного хозяйства"),
         ("00502015", "Выдача разрешения на использование земельного участка для изыскательских работ")]
    flow = [P("ҚАРАҒАНДЫ ОБЛЫСЫ БҰҚАР ЖЫРАУ АУДАНЫНЫҢ ӘКІМДІГІ", 11, "DVSB", "c"),
            P("Ботақара кенті, Абай көшесі, 37", 8, "DVS", "c"),
            SP(1, 14),
            P("2026 жылғы 1 желтоқсан № 01-27/3105", 10),
            SP(1, 8),
            P("Бірыңғай байланыс орталығына", 11, "DVSB", "r"),
            SP(1, 12),
            P("Бұқар жырау ауданының әкімдігі 00501008 және 00502015 мемлекеттік көрсетілетін қызметтері бойынша "
              "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты болған ауыл шаруашылығы және ветеринария "
              "бөлімінің бас маманы Ыбыраева Жанар Төлегенқызының бала күтімі бойынша демалысқа шығуына байланысты, "
              "2026 жылғы 1 желтоқсаннан бастап жауапты тұлға болып Ахметқалиев Нұрсұлтан Бауыржанұлы "
              "(ауыл шаруашылығы және ветеринария бөлімінің жетекші маманы) тағайындалғанын хабарлайды.", 10, align="j"),
            P("Байланыс телефоны: 8 (72154) 2-11-41. Электрондық пошта: n.akhmetkaliyev@bukhar.karaganda.gov.kz", 10, align="j"),
            SP(1, 24),
            P("Аудан әкімінің орынбасары                                               Р. Нұрпейісов", 10, "DVSB")]
    data = pdf_bytes(flow)
    body = """Қайырлы күн.
Жауапты тұлғаның ауысуы туралы хат қоса беріліп отыр (PDF).

--
Бұқар жырау ауданы әкімдігінің құжаттамалық қамтамасыз ету бөлімі
тел. 8 (72154) 2-10-05
"""
    h = std_headers("akimat@bukhar.karaganda.gov.kz", "Хат № 01-27/3105", "Tue, 1 Dec 2026 17:40:58 +0500",
                    "CAE0tq3Xy1Zk8VbR0m4Lwq@bukhar.karaganda.gov.kz", display="Бұқар жырау ауданының әкімдігі")
    save_eml(name, h, multipart("mixed", text_part(body, cte="base64"), attachment(att, data)))
    key = [{"part": att, "kind": "responsible_change", "language": "kk",
            "responsible": person("Ахметқалиев Нұрсұлтан Бауыржанұлы", "ауыл шаруашылығы және ветеринария бөлімінің жетекші маманы",
                                  "n.akhmetkaliyev@bukhar.karaganda.gov.kz", "8 (72154) 2-11-41"),
            "previous_responsible": {"full_name": "Ыбыраева Жанар Төлегенқызы"}, "effective_date": "2026-12-01",
            "services": regs("00501008", "00502015")}]
    record(name, "responsible_change", "kk", "eml+pdf",
           "the notice is a PDF attachment, the body only a two-line cover with another phone; previous person in the genitive «Төлегенқызының»; new person's position in brackets after the name",
           key, context(ag, s, "consulting", None, "replace Ыбыраева Жанар Төлегенқызы by Ахметқалиев Нұрсұлтан Бауыржанұлы from 2026-12-01", True))


def r7():
    name = "nur-28-dala-logistik.eml"
    ag = {"name": "АО «Национальная компания «Дала Логистик»»", "email": "office@dalalogistic.kz", "bin": "080340017758"}
    s = [("01701003", "Выдача технических условий на примыкание подъездных путей к магистральной железнодорожной сети")]
    body = """Бірыңғай байланыс орталығына
Единому контакт-центру

«Дала Логистик» ұлттық компаниясы» АҚ 01701003 мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға Жақыпова Мөлдір Ерланқызы бала күтімі бойынша демалысқа шығуына байланысты 2027 жылғы 11 қаңтардан бастап Ворошилов Игорь Андреевичпен ауыстырылатынын хабарлайды.

АО «НК «Дала Логистик»» сообщает, что в связи с уходом Жақыповой Мөлдір Ерланқызы в отпуск по уходу за ребенком с 11 января 2027 года ответственным лицом по государственной услуге 01701003 будет Ворошилов Игорь Андреевич, ведущий инженер службы технических условий.

Тел.: +7 (7172) 60-41-19
E-mail: i.voroshilov@dalalogistic.kz

Құрметпен / С уважением,
Служба документационного обеспечения
АО «НК «Дала Логистик»»

________________________________
Бұл хабарлама құпия ақпаратты қамтуы мүмкін. / Данное сообщение может содержать конфиденциальную информацию.
"""
    h = std_headers("office@dalalogistic.kz", "Жауапты тұлғаны ауыстыру / Замена ответственного лица",
                    "Thu, 7 Jan 2027 11:25:40 +0500", "9d2c7f1e8b6a4f0e@dalalogistic.kz",
                    display="Дала Логистик канцелярия")
    save_eml(name, h, text_part(body, cte="quoted-printable"))
    key = [{"part": "body", "kind": "responsible_change",
            "responsible": person("Ворошилов Игорь Андреевич", "ведущий инженер службы технических условий",
                                  "i.voroshilov@dalalogistic.kz", "+7 (7172) 60-41-19"),
            "previous_responsible": {"full_name": "Жақыпова Мөлдір Ерланқызы"}, "effective_date": "2027-01-11",
            "services": regs("01701003")}]
    record(name, "responsible_change", "kk+ru", "eml",
           "bilingual QP body; the new person in the Kazakh instrumental «Андреевичпен», the previous in Russian genitive «Жақыповой»; effective date in the future (2027-01-11); confidentiality footer",
           key, context(ag, s, "consulting", None, "replace Жақыпова Мөлдір Ерланқызы by Ворошилов Игорь Андреевич from 2027-01-11", True))


RESPONSIBLE = [a1, a2, a3, a4, a5, a6, a7, r1, r2, r3, r4, r5, r6, r7]


# =====================================================================================
#  REFUSALS (12)
# =====================================================================================

def x1():
    name = "nur-29-turkistan-qorganys.eml"
    ag = {"name": "Түркістан облысының қорғаныс істері жөніндегі департаменті", "email": "ddo.turkistan@mod.gov.kz",
          "bin": "180740009921"}
    s = [("02101004", "Әскери есепке алу туралы анықтама беру")]
    reason = "сұратылып отырған шақыру учаскелерінің орналасуы және шақыру жоспарлары туралы мәліметтер мемлекеттік құпияларға жатқызылған"
    body = f"""Бірыңғай байланыс орталығына

Сіздің 2026 жылғы 3 наурыздағы № ЕКЦ-2026/0241 хатыңызды қарап, Түркістан облысының қорғаныс істері жөніндегі департаменті мынаны хабарлайды.

«Әскери есепке алу туралы анықтама беру» (02101004) мемлекеттік көрсетілетін қызметі бойынша қосымша ақпарат беру мүмкін емес, өйткені {reason} және «Мемлекеттік құпиялар туралы» Қазақстан Республикасы Заңының 14-бабына сәйкес таратуға жатпайды.

Қызметті көрсету тәртібі бойынша жалпы ақпарат бұрын жолданған 1-қосымшада толық көрсетілген.

Департамент бастығы
полковник                                   Е. Дәуітбаев
"""
    h = std_headers("ddo.turkistan@mod.gov.kz", "ЕКЦ-2026/0241 хатқа жауап", "Fri, 6 Mar 2026 14:02:19 +0500",
                    "20260306140219.5521@mod.gov.kz", display="ДДО Түркістан облысы")
    save_eml(name, h, text_part(body))
    key = [{"part": "body", "kind": "refusal", "language": "kk", "refusal_reason": reason,
            "refusal_ground": "state_secret", "services": regs("02101004")}]
    record(name, "refusal", "kk", "eml",
           "state secret; the reason clause sits inside a long sentence after «өйткені» and before the law reference; mention of the earlier Appendix 1",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0241", "2026-03-03", "Қосымша ақпарат беру туралы"),
                        "record a lawful refusal (state secret) and close the request for additional information", True))


def x2():
    name = "nur-30-dala-logistik-otkaz.eml"
    ag = {"name": "АО «Национальная компания «Дала Логистик»»", "email": "office@dalalogistic.kz", "bin": "080340017758"}
    s = [("01701003", "Выдача технических условий на примыкание подъездных путей к магистральной железнодорожной сети")]
    reason = "методика расчета стоимости работ по примыканию и условия договоров с подрядными организациями составляют коммерческую тайну Общества"
    body = f"""АО «Национальная компания «Дала Логистик»»
Исх. № 07-4/311 от 17.03.2026

Единый контакт-центр

На Ваш запрос от 11.03.2026 № ЕКЦ-2026/0266 о представлении дополнительной информации по государственной услуге «Выдача технических условий на примыкание подъездных путей к магистральной железнодорожной сети» (01701003) сообщаем следующее.

Общество вынуждено отказать в представлении запрашиваемых сведений, так как {reason} в соответствии с Положением о коммерческой тайне, утвержденным решением Совета директоров.

Сведения о порядке подачи заявки, перечне документов и сроках рассмотрения размещены на корпоративном сайте www.dalalogistic.kz и могут использоваться операторами Единого контакт-центра.

Управляющий директор                                   Н. Шайхин

Исп. Ахметова Г., 60-41-07
"""
    h = std_headers("office@dalalogistic.kz", "Ответ на запрос ЕКЦ-2026/0266", "Tue, 17 Mar 2026 16:27:45 +0500",
                    "001201dcb61c$8f7e1a20$ae6c4e60$@dalalogistic.kz", charset="windows-1251",
                    display="Канцелярия АО НК Дала Логистик")
    save_eml(name, h, text_part(body, charset="windows-1251", cte="base64"))
    key = [{"part": "body", "kind": "refusal", "language": "ru", "refusal_reason": reason,
            "refusal_ground": "commercial_secret", "services": regs("01701003")}]
    record(name, "refusal", "ru", "eml",
           "commercial secret, windows-1251 base64; «вынуждено отказать … так как …»; a website offered instead",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0266", "2026-03-11", "О представлении дополнительной информации"),
                        "record a lawful refusal (commercial secret)", True))


def x3():
    name = "nur-31-aral-ahat-bas-tartu.txt"
    ag = {"name": "Қызылорда облысы Арал ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі",
          "email": "ahat@aral.kyzylorda.gov.kz", "bin": "110540019961"}
    s = [("00701001", "Баланың тууын тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу")]
    reason = "тізімде азаматтардың тегі, аты, ЖСН-і және тұрғылықты мекенжайы, яғни дербес деректері бар"
    text = f"""Арал ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі
2026 жылғы 9 сәуір № 12/488

Бірыңғай байланыс орталығына

Сіздің 2026 жылғы 2 сәуірдегі № ЕКЦ-2026/0311 хатыңызға орай 2026 жылдың бірінші тоқсанында бала тууын тіркеуге өтініш берген азаматтардың тізімін беру туралы өтінішіңіз қаралды.

Аталған ақпаратты ұсына алмаймыз: {reason}, олар «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңына сәйкес субъектінің келісімінсіз үшінші тұлғаларға берілмейді.

Жекелеген өтініштердің мәртебесі бойынша сұрақтар туындаса, ЖСН-ді көрсетпей, өтініштің нөмірі арқылы хабарласуларыңызды сұраймыз.

Бөлім басшысы                                  Ж. Өтегенова
"""
    save_txt(name, text)
    key = [{"part": name, "kind": "refusal", "language": "kk", "refusal_reason": reason,
            "refusal_ground": "protected_secret"}]
    record(name, "refusal", "kk", "txt (UTF-8)",
           "personal data (another secret protected by law); no registry number in the letter (services not keyed); reason after a colon «ұсына алмаймыз: …», «дербес деректері» as part of a list",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0311", "2026-04-02", "Өтініш берушілер туралы қосымша мәліметтер"),
                        "record a lawful refusal (personal data)", True))


def x4():
    name = "nur-32-shymkent-turgyn-otkaz.docx"
    ag = {"name": "Управление жилищных отношений города Шымкент", "email": "turgyn@shymkent.gov.kz", "bin": "181040007723"}
    s = [("01601015", "Выдача справки о наличии либо отсутствии жилища (по Республике Казахстан)")]
    reason = "выдача справки о наличии либо отсутствии жилища не входит в компетенцию Управления жилищных отношений города Шымкент"
    doc = new_doc(size=13)
    para(doc, "«ШЫМКЕНТ ҚАЛАСЫНЫҢ ТҰРҒЫН ҮЙ ҚАТЫНАСТАРЫ БАСҚАРМАСЫ» ММ\nГУ «УПРАВЛЕНИЕ ЖИЛИЩНЫХ ОТНОШЕНИЙ ГОРОДА ШЫМКЕНТ»",
         bold=True, align="c", size=11)
    para(doc, "160012, г. Шымкент, ул. Тауке хана, 5", align="c", size=9)
    para(doc)
    para(doc, "№ 04-2/1306 от 27.04.2026")
    para(doc, "На № ЕКЦ-2026/0376 от 21.04.2026")
    para(doc)
    para(doc, "Единый контакт-центр", bold=True, align="r")
    para(doc)
    para(doc, "Управление жилищных отношений города Шымкент, рассмотрев Ваш запрос о представлении информации "
              "по государственной услуге «Выдача справки о наличии либо отсутствии жилища (по Республике "
              "Казахстан)» (№ 01601015 в реестре), сообщает, что " + reason + ".", align="j", indent=1.25)
    para(doc, "Указанная услуга оказывается Некоммерческим акционерным обществом «Государственная корпорация "
              "«Правительство для граждан»» на основании сведений государственного кадастра недвижимости. "
              "В связи с этим представить информацию по форме приложения 1 Управление не может; рекомендуем "
              "направить запрос в указанную организацию.", align="j", indent=1.25)
    para(doc)
    para(doc, "Руководитель управления\t\t\t\t\tЕ. Тажибаев", bold=True)
    para(doc)
    para(doc, "Исп. Садыков Б.Н.\n8 (7252) 39-44-25", size=9)
    save_docx(name, doc)
    key = [{"part": name, "kind": "refusal", "language": "ru", "refusal_reason": reason,
            "refusal_ground": "not_competent", "services": regs("01601015")}]
    record(name, "refusal", "ru", "docx",
           "not competent: the letter says whom to ask instead; refusal verb «не может» is in the second paragraph, the reason in the first",
           key, context(ag, s, "information", ("ЕКЦ-2026/0376", "2026-04-21", "Запрос информации по государственной услуге 01601015"),
                        "record that the agency is not competent for 01601015 and re-address the request", True))


def x5():
    name = "nur-33-ile-vet-bas-tartu.eml"
    ag = {"name": "Алматы облысы Іле ауданы әкімдігінің ауыл шаруашылығы бөлімі", "email": "auyl@ile.almobl.gov.kz",
          "bin": "060340010294"}
    s = [("00902001", "Ветеринариялық анықтама беру")]
    reason = "выдача ветеринарных справок не относится к компетенции отдела сельского хозяйства"
    body = f"""Құрметті Бірыңғай байланыс орталығы!

Сіздің 2026 жылғы 20 мамырдағы № ЕКЦ-2026/0489 хатыңызға жауап береміз.

По существу запроса сообщаем: {reason}. С 2024 года эта функция закреплена за государственным учреждением «Отдел ветеринарии Илийского района», который и является услугодателем по услуге 00902001. В связи с этим представить сведения по форме приложения 1 отдел не может.

Хатты Іле ауданының ветеринария бөліміне жолдауларыңызды сұраймыз (vet@ile.almobl.gov.kz).

Құрметпен,
Іле ауданы әкімдігінің ауыл шаруашылығы бөлімі
"""
    h = std_headers("auyl@ile.almobl.gov.kz", "Re: ЕКЦ-2026/0489 ветеринариялық анықтама",
                    "Mon, 25 May 2026 09:47:31 +0500", "b79a7c2c-1d55-4e77-8a6e-1f0b3c9d7e20@ile.almobl.gov.kz",
                    display="Іле ауданы ауыл шаруашылығы бөлімі",
                    extra=[("In-Reply-To", "<ekc-2026-0489@ekc.gov.kz>")])
    save_eml(name, h, text_part(body, cte="quoted-printable"))
    key = [{"part": "body", "kind": "refusal", "refusal_reason": reason, "refusal_ground": "not_competent",
            "services": regs("00902001")}]
    record(name, "refusal", "kk+ru", "eml",
           "Kazakh greeting/closing, the reason and refusal in Russian in between; names the competent body and its address",
           key, context(ag, s, "information", ("ЕКЦ-2026/0489", "2026-05-20", "Мемлекеттік көрсетілетін қызмет туралы ақпарат сұрау"),
                        "record that the agency is not competent for 00902001; re-address to the veterinary department", True))


def x6():
    name = "nur-34-ulytau-balyk.pdf"
    ag = {"name": "Ұлытау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы",
          "email": "tabigat@ulytau.gov.kz", "bin": "220840017731"}
    s = [("01303033", "Әуесқойлық (спорттық) балық аулауға рұқсат беру")]
    reason = "аталған мемлекеттік көрсетілетін қызметті көрсету қағидалары әлі бекітілмеген және нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде тіркелмеген"
    flow = [P("ҰЛЫТАУ ОБЛЫСЫНЫҢ ТАБИҒИ РЕСУРСТАР ЖӘНЕ ТАБИҒАТ ПАЙДАЛАНУДЫ РЕТТЕУ БАСҚАРМАСЫ", 10, "DVSB", "c"),
            P("Жезқазған қ., Алашахан даңғылы, 1", 8, "DVS", "c"),
            SP(1, 14),
            P("2026 жылғы 10 маусым № 03-08/1290", 10),
            P("Бірыңғай байланыс орталығына", 11, "DVSB", "r"),
            SP(1, 12),
            P("Басқарма Сіздің 2026 жылғы 4 маусымдағы № ЕКЦ-2026/0521 хатыңызды қарады.", 10, align="j"),
            P("«Әуесқойлық (спорттық) балық аулауға рұқсат беру» (01303033) мемлекеттік көрсетілетін қызметі "
              "мемлекеттік көрсетілетін қызметтер тізіліміне енгізілгенімен, " + reason + ". Осыған байланысты "
              "1-қосымша бойынша ақпаратты қазіргі уақытта ұсыну мүмкін емес.", 10, align="j"),
            P("Қағидалар бекітілгеннен кейін ақпарат Бірыңғай байланыс орталығына белгіленген тәртіппен жолданады.", 10, align="j"),
            SP(1, 24),
            P("Басқарма басшысы                                                               А. Сейітжанов", 10, "DVSB")]
    save_pdf(name, flow)
    key = [{"part": name, "kind": "refusal", "language": "kk", "refusal_reason": reason,
            "refusal_ground": "other", "services": regs("01303033")}]
    record(name, "refusal", "kk", "pdf",
           "ground «other»: the service rules are not approved yet; the refusal words «ұсыну мүмкін емес» in the next sentence; promise to send later (close to an interim reply)",
           key, context(ag, s, "information", ("ЕКЦ-2026/0521", "2026-06-04", "Мемлекеттік көрсетілетін қызмет туралы ақпарат сұрау"),
                        "record the refusal (rules not approved) and suspend the request", True))


def x7():
    name = "nur-35-pavlodar-kgd-otkaz.txt"
    ag = {"name": "Департамент государственных доходов по Павлодарской области Комитета государственных доходов Министерства финансов Республики Казахстан",
          "email": "kanc_pvl@kgd.minfin.gov.kz", "bin": "081240012203"}
    s = [("00102022", "Выдача справки об отсутствии (наличии) налоговой задолженности")]
    reason = "сведения о наличии налоговой задолженности конкретных налогоплательщиков составляют налоговую тайну"
    text = f"""Департамент государственных доходов по Павлодарской области
Исх. № ПВЛ-05-1/7712 от 14.07.2026

Единому контакт-центру

Рассмотрев обращение ЕКЦ от 08.07.2026 № ЕКЦ-2026/0627 о представлении сведений о задолженности налогоплательщиков, указанных в приложенном списке (обращения граждан по услуге 00102022), Департамент сообщает, что {reason} (статья 28 Кодекса Республики Казахстан «О налогах и других обязательных платежах в бюджет (Налоговый кодекс)») и не подлежат передаче третьим лицам.

Представление указанных сведений не представляется возможным.

Налогоплательщик может сам получить справку через портал электронного правительства или в личном кабинете налогоплательщика.

Заместитель руководителя департамента                        Д. Оспанов
"""
    save_txt(name, text, encoding="utf-16")
    key = [{"part": name, "kind": "refusal", "language": "ru", "refusal_reason": reason,
            "refusal_ground": "protected_secret", "services": regs("00102022")}]
    record(name, "refusal", "ru", "txt (UTF-16 BOM)",
           "tax secret (another secret protected by law), UTF-16; reason then a bracketed article reference, the refusal in a separate sentence",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0627", "2026-07-08", "О представлении сведений по обращениям граждан"),
                        "record a lawful refusal (tax secret)", True))


def x8():
    name = "nur-36-saryarka-su-bas-tartu.eml"
    ag = {"name": "«Сарыарқа су жүйесі» ұлттық компаниясы» акционерлік қоғамы", "email": "info@saryarkasu.kz",
          "bin": "101140004473"}
    s = [("01304006", "Жер үсті су көздерінен су алуға техникалық шарттар беру")]
    reason = "техникалық шарттарды дайындау құнының калькуляциясы мен мердігерлермен жасалған шарттардың талаптары Қоғамның коммерциялық құпиясы болып табылады"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri;font-size:11pt">
<p><b>Бірыңғай байланыс орталығына</b></p>
<p>2026 жылғы 14 қыркүйектегі № ЕКЦ-2026/0768 сұрау салуыңызға жауап ретінде хабарлаймыз.</p>
<p>«Жер үсті су көздерінен су алуға техникалық шарттар беру» (01304006) қызметі бойынша сұратылған мәліметтерді беруден бас тартамыз, себебі {reason}.</p>
<p>Қызметті алу тәртібі, құжаттар тізбесі мен мерзімдері туралы жалпы ақпаратты <a href="https://saryarkasu.kz/services">saryarkasu.kz/services</a> бетінен алуға болады.</p>
<p>Құрметпен,<br>Тұтынушылармен жұмыс департаменті<br>«Сарыарқа су жүйесі» ҰК» АҚ</p>
</body></html>
"""
    h = std_headers("info@saryarkasu.kz", "ЕКЦ-2026/0768 сұрау салуына жауап", "Fri, 18 Sep 2026 18:05:00 +0500",
                    "MN2PR11MB4430A1E5F2@saryarkasu.kz", display="Сарыарқа су жүйесі")
    save_eml(name, h, text_part(html, "html", cte="base64"))
    key = [{"part": "body", "kind": "refusal", "language": "kk", "refusal_reason": reason,
            "refusal_ground": "commercial_secret", "services": regs("01304006")}]
    record(name, "refusal", "kk", "eml",
           "HTML-only, commercial secret after «бас тартамыз, себебі»; a link offered instead",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0768", "2026-09-14", "Қосымша ақпарат беру туралы"),
                        "record a lawful refusal (commercial secret)", True))


def x9():
    name = "nur-37-bko-densaulyk-kupiya.txt"
    ag = {"name": "Управление здравоохранения Западно-Казахстанской области", "email": "kanc@densaulyk.bko.gov.kz",
          "bin": "990140001827"}
    s = [("01001044", "Вызов врача на дом")]
    text = """Батыс Қазақстан облысының денсаулық сақтау басқармасы / Управление здравоохранения Западно-Казахстанской области
№ 01-18/4402, 2026 жылғы 5 қазан / 05.10.2026

Бірыңғай байланыс орталығына / Единому контакт-центру

Басқарма Сіздің 2026 жылғы 29 қыркүйектегі № ЕКЦ-2026/0805 хатыңызды қарап, «Дәрігерді үйге шақыру» (01001044) қызметі бойынша шағым берген азаматтың диагнозы мен емделу барысы туралы мәліметтер дәрігерлік құпияны құрайтынын хабарлайды. «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Кодекстің 273-бабына сәйкес мұндай мәліметтерді пациенттің келісімінсіз беруге болмайды.

Управление, рассмотрев Ваше письмо от 29 сентября 2026 года № ЕКЦ-2026/0805, сообщает, что сведения о диагнозе и ходе лечения гражданина, обратившегося с жалобой по услуге «Вызов врача на дом» (01001044), составляют врачебную тайну и в соответствии со статьей 273 Кодекса «О здоровье народа и системе здравоохранения» без согласия пациента не предоставляются.

Басшының орынбасары / Заместитель руководителя                 Г. Хамзина
"""
    save_txt(name, text)
    key = [{"part": name, "kind": "refusal", "refusal_ground": "protected_secret", "services": regs("01001044")}]
    record(name, "refusal", "kk+ru", "txt (UTF-8)",
           "medical secret, the same refusal in Kazakh and in Russian (reason phrase not keyed: either language is right); no explicit refusal verb in Kazakh",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0805", "2026-09-29", "О представлении сведений по жалобе"),
                        "record a lawful refusal (medical secret)", True))


def x10():
    name = "nur-38-mangystau-gask-zhauap.docx"
    ag = {"name": "Маңғыстау облысының мемлекеттік сәулет-құрылыс бақылау басқармасы", "email": "gask@mangystau.gov.kz",
          "bin": "150140013380"}
    s = [("01201019", "Құрылыс-монтаж жұмыстарының басталғаны туралы хабарламаны қабылдау")]
    reason = "сұратылған түсіндірмелер мемлекеттік көрсетілетін қызметтің қағидаларында толық берілген және жалпыға қолжетімді"
    doc = new_doc(size=13)
    para(doc, "Маңғыстау облысының мемлекеттік сәулет-құрылыс бақылау басқармасы", bold=True, align="c")
    para(doc)
    para(doc, "2026 жылғы «16» қазан № 05-3/2277")
    para(doc)
    para(doc, "Бірыңғай байланыс орталығының\nбасшысына", align="r")
    para(doc)
    para(doc, "Басқарма Сіздің 2026 жылғы 9 қазандағы № ЕКЦ-2026/0830 хатыңызда көрсетілген хабарламаны қабылдау "
              "тәртібінің жекелеген мәселелері бойынша қосымша түсіндірме беру туралы сұрауды қарады.", align="j", indent=1.25)
    para(doc, "Қосымша түсіндірме берілмейді, өйткені " + reason + " (adilet.zan.kz, elicense.kz). Бірыңғай байланыс "
              "орталығының операторлары көрсетілген көздерді пайдалана алады.", align="j", indent=1.25)
    para(doc)
    para(doc, "Басшының міндетін атқарушы\t\t\t\tС. Қожахметов", bold=True)
    save_docx(name, doc)
    key = [{"part": name, "kind": "refusal", "language": "kk", "refusal_reason": reason,
            "refusal_ground": "other"}]
    record(name, "refusal", "kk", "docx",
           "ground «other»: declines because the rules are public; the service named only by its subject, no registry number (services not keyed); short passive refusal «берілмейді, өйткені»",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0830", "2026-10-09", "Қосымша түсіндірме беру туралы"),
                        "record the refusal to give additional explanations", True))


def x11():
    name = "nur-39-atyrau-dchs.eml"
    ag = {"name": "Департамент по чрезвычайным ситуациям Атырауской области Министерства по чрезвычайным ситуациям Республики Казахстан",
          "email": "dchs.atyrau@emer.gov.kz", "bin": "140940016682"}
    s = [("02201007", "Согласование проектной документации на строительство защитных сооружений гражданской обороны")]
    reason = "сведения о местах размещения и вместимости защитных сооружений гражданской обороны отнесены к государственным секретам"
    body = f"""Уважаемые коллеги!

В ответ на письмо № ЕКЦ-2026/0852 от 19.10.2026 года ДЧС Атырауской области сообщает, что {reason} (Перечень сведений, подлежащих засекречиванию, МЧС РК).

В связи с этим запрашиваемый перечень адресов защитных сооружений не может быть направлен в Единый контакт-центр по открытым каналам связи.

Порядок подачи документов на согласование изложен в правилах оказания услуги и на портале egov.kz.

--
Отдел гражданской защиты
ДЧС Атырауской области
г. Атырау, ул. Сатпаева, 17

Отправлено с iPhone
"""
    h = std_headers("dchs.atyrau@emer.gov.kz", "Ответ на ЕКЦ-2026/0852", "Fri, 23 Oct 2026 19:12:48 +0500",
                    "5A2E81C4-7F3B-4C1D-9E2A-0B6D8F1C3E47@emer.gov.kz", display="ДЧС Атырауской области",
                    extra=[("X-Mailer", "iPhone Mail (21G93)")])
    save_eml(name, h, text_part(body, cte="quoted-printable", extra=[]))
    key = [{"part": "body", "kind": "refusal", "language": "ru", "refusal_reason": reason,
            "refusal_ground": "state_secret"}]
    record(name, "refusal", "ru", "eml",
           "state secret from a mobile client (Отправлено с iPhone); «не может быть направлен» in the following paragraph; no registry number in the letter (services not keyed)",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0852", "2026-10-19", "О представлении дополнительной информации"),
                        "record a lawful refusal (state secret)", True))


def x12():
    name = "nur-40-abai-enbek-bas-tartu.eml"
    ag = {"name": "Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
          "email": "enbek@abay.gov.kz", "bin": "220740031265"}
    s = [("02301004", "Мемлекеттік атаулы әлеуметтік көмек тағайындау")]
    reason = "аудандар бөлінісіндегі ай сайынғы статистиканы беру Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларында көзделмеген"
    plain = f"""Қайырлы күн!

Басқарма Сіздің хатыңызды қарап, {reason}, сондықтан мұндай ақпаратты ұсынудан бас тартатынын хабарлайды. Статистикалық мәліметтер Ұлттық статистика бюросының ресми сайтында жарияланады.

Құрметпен,
Смагулова Жансая
8 (7222) 52-18-73

----- Исходное сообщение -----
От: "Единый контакт-центр" <info@ekc.gov.kz>
Кому: enbek@abay.gov.kz
Отправлено: Понедельник, 2 ноября 2026 г 10:15:02
Тема: ЕКЦ-2026/0871 Статистика по услуге 02301004

Уважаемые коллеги! Просим ежемесячно представлять статистику обращений за назначением адресной социальной помощи в разрезе районов.
"""
    html = f"""<div>Қайырлы күн!</div><div><br></div>
<div>Басқарма Сіздің хатыңызды қарап, {reason}, сондықтан мұндай ақпаратты ұсынудан бас тартатынын хабарлайды. Статистикалық мәліметтер Ұлттық статистика бюросының ресми сайтында жарияланады.</div>
<div><br></div><div>Құрметпен,<br>Смагулова Жансая<br>8 (7222) 52-18-73</div><div><br></div>
<div>----- Исходное сообщение -----<br>От: "Единый контакт-центр" &lt;info@ekc.gov.kz&gt;<br>Кому: enbek@abay.gov.kz<br>
Отправлено: Понедельник, 2 ноября 2026 г 10:15:02<br>Тема: ЕКЦ-2026/0871 Статистика по услуге 02301004</div>
<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px">Уважаемые коллеги! Просим ежемесячно представлять статистику обращений за назначением адресной социальной помощи в разрезе районов.</blockquote>
"""
    h = std_headers("zh.smagulova@abay.gov.kz", "Re: ЕКЦ-2026/0871 Статистика по услуге 02301004",
                    "Thu, 5 Nov 2026 12:44:09 +0500", "1184522617.30117.1793000649@mail.abay.gov.kz",
                    display="Смагулова Жансая", extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583")])
    save_eml(name, h, multipart("alternative", text_part(plain, cte="8bit"), text_part(html, "html", cte="quoted-printable")))
    key = [{"part": "body", "kind": "refusal", "language": "kk", "refusal_reason": reason,
            "refusal_ground": "other"}]
    record(name, "refusal", "kk", "eml",
           "ground «other» (not required by the Rules); Kazakh reply over a quoted Russian Zimbra original; the registry number only in the quoted subject (so services not keyed)",
           key, context(ag, s, "additional_answer", ("ЕКЦ-2026/0871", "2026-11-02", "Статистика по услуге 02301004"),
                        "record the refusal (request outside the Rules)", True))


REFUSALS = [x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12]


# =====================================================================================
#  TRAINING PROTOCOLS (10)
# =====================================================================================

def p1():
    name = "nur-41-akmola-zher-hattama.docx"
    ag = {"name": "Ақмола облысының жер қатынастары басқармасы", "email": "kanc@zher.akmola.gov.kz", "bin": "050940004417"}
    s = [("00801014", "Мемлекеттік меншіктегі жер учаскесіне құқық беру"),
         ("00801021", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру"),
         ("00801033", "Жер учаскесін бөлу мүмкіндігі туралы шешім беру")]
    doc = new_doc(size=13)
    para(doc, "ХАТТАМА", bold=True, align="c", size=14)
    para(doc, "мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының\nконсультациялауға қабылдауы туралы", bold=True, align="c")
    para(doc)
    para(doc, "Көкшетау қ.\t\t\t\t\t\t\t2026 жылғы «23» ақпан")
    para(doc)
    para(doc, "Қатысқандар:", bold=True)
    grid(doc, [["Ақмола облысының жер қатынастары басқармасынан:", "Жұмабекова Айгерім Серікқызы – жер қатынастары бөлімінің бас маманы (жауапты тұлға);\nҚасымов Нұржан Болатұлы – жерге орналастыру бөлімінің басшысы"],
               ["Бірыңғай байланыс орталығынан:", "Мұратова Дана Қайратқызы – операторлар тобының жетекшісі;\nКим Евгения Викторовна – сапа бөлімінің бас маманы"]],
         widths=[6, 11], size=12, style=None)
    para(doc)
    para(doc, "Күн тәртібі: Бірыңғай байланыс орталығының жауапты қызметкерлерін төмендегі мемлекеттік көрсетілетін "
              "қызметтер бойынша оқыту (Қағидалардың 8-тармағы):", align="j")
    grid(doc, [["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы"],
               ["1", s[0][0], s[0][1]], ["2", s[1][0], s[1][1]], ["3", s[2][0], s[2][1]]],
         widths=[1, 3.5, 12.5], size=12, bold_rows=(0,))
    para(doc)
    para(doc, "Тыңдалды: Жұмабекова А.С. қызметтерді көрсету тәртібін, қажетті құжаттар тізбесін, мерзімдерін және "
              "бас тарту негіздерін түсіндірді. Бірыңғай байланыс орталығының 2026 жылғы 12 ақпанда жолдаған "
              "сұрақтарына жауап берілді.", align="j")
    para(doc, "ШЕШІЛДІ:", bold=True)
    para(doc, "1. Жоғарыда көрсетілген үш мемлекеттік көрсетілетін қызмет Бірыңғай байланыс орталығының "
              "консультациялауына қабылдансын.", align="j")
    para(doc, "2. Бірыңғай байланыс орталығы осы хаттамаға қол қойылған күннен бастап бес жұмыс күні өткен соң "
              "көрсетілетін қызметті алушыларға ақпарат беруді бастасын.", align="j")
    para(doc, "3. Басқарма қызметтерге өзгерістер енгізілген жағдайда бес жұмыс күні ішінде хабарласын.", align="j")
    para(doc)
    grid(doc, [["Басқарма атынан:", "Бірыңғай байланыс орталығы атынан:"],
               ["_____________ А. Жұмабекова", "_____________ Д. Мұратова"]], widths=[8.5, 8.5], size=12, style=None)
    save_docx(name, doc)
    key = [{"part": name, "kind": "training_protocol", "language": "kk", "protocol_date": "2026-02-23",
            "services": regs("00801014", "00801021", "00801033")}]
    record(name, "training_protocol", "kk", "docx",
           "ХАТТАМА with participants in a borderless table, services in a ruled table, date «23» ақпан after the place on a tabbed line; another date (12 ақпан) in the text",
           key, context(ag, s, "protocol", ("ЕКЦ-2026/0190", "2026-02-18", "Оқыту өткізу және хаттамаға қол қою туралы"),
                        "mark the three services accepted for consulting; consulting starts five working days after 2026-02-23", True))


def p2():
    name = "nur-42-shymkent-turgyn-protokol.docx"
    ag = {"name": "Управление жилищных отношений города Шымкент", "email": "turgyn@shymkent.gov.kz", "bin": "181040007723"}
    s = [("01601003", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде"),
         ("01601009", "Назначение жилищной помощи")]
    doc = new_doc(size=11)
    t = grid(doc, [["ХАТТАМА\nмемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультациялауға қабылдауы туралы",
                    "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования"],
                   ["Шымкент қ., 2026 жылғы 12 мамыр", "г. Шымкент, 12 мая 2026 года"],
                   ["Қатысқандар: Ермекова Алия Бахытжановна (басқарма), Садыков Берік Нұрланұлы (басқарма), Мұратова Дана Қайратқызы (БЖО), Әділова Айым Ержанқызы (БЖО).",
                    "Присутствовали: Ермекова Алия Бахытжановна (Управление), Садыков Берик Нурланович (Управление), Муратова Дана Кайратовна (ЕКЦ), Адилова Айым Ержановна (ЕКЦ)."],
                   ["Бірыңғай байланыс орталығының қызметкерлері мынадай мемлекеттік көрсетілетін қызметтер бойынша оқытылды:\n"
                    "– 01601003 «Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою және кезекке қою»;\n"
                    "– 01601009 «Тұрғын үй көмегін тағайындау».",
                    "Сотрудники Единого контакт-центра обучены по следующим государственным услугам:\n"
                    "– 01601003 «Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда…»;\n"
                    "– 01601009 «Назначение жилищной помощи»."],
                   ["ШЕШІМ:\n1. Аталған қызметтер Бірыңғай байланыс орталығының консультациялауына қабылдансын.\n"
                    "2. Ақпарат беру хаттамаға қол қойылғаннан кейін бес жұмыс күні өткен соң басталады.",
                    "РЕШИЛИ:\n1. Принять указанные услуги для консультирования Единым контакт-центром.\n"
                    "2. Предоставление информации услугополучателям начать по истечении пяти рабочих дней с момента подписания протокола."],
                   ["Басқарма: ____________ А. Ермекова\nБЖО: ____________ Д. Мұратова",
                    "Управление: ____________ А. Ермекова\nЕКЦ: ____________ Д. Муратова"]],
             widths=[8.5, 8.5], size=11)
    for j in range(2):
        cell_text(t.cell(0, j), t.cell(0, j).text, bold=True, size=11, align="c")
    save_docx(name, doc)
    key = [{"part": name, "kind": "training_protocol", "protocol_date": "2026-05-12",
            "services": regs("01601003", "01601009")}]
    record(name, "training_protocol", "kk+ru", "docx",
           "bilingual protocol laid out as a two-column table (Kazakh left, Russian right), the same date written twice in two languages; registry numbers in dash lists inside cells",
           key, context(ag, s, "protocol", None, "mark 01601003 and 01601009 accepted for consulting from the protocol of 2026-05-12", True))


def p3():
    name = "nur-43-aktobe-adilet-protokol.pdf"
    ag = {"name": "Департамент юстиции Актюбинской области", "email": "aktobe@adilet.gov.kz", "bin": "970340002156"}
    s = [("01102003", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов, а также нотариусов Республики Казахстан")]
    flow = [P("ПРОТОКОЛ № 3", 13, "DVSB", "c"),
            P("принятия Единым контакт-центром государственной услуги для консультирования\n(повторное обучение в связи с изменением правил оказания услуги)", 10, "DVSB", "c"),
            SP(1, 10),
            Table([[P("г. Актобе", 10), P("«5» марта 2027 года", 10, align="r")]], colWidths=[8.5 * cm, 8.5 * cm]),
            SP(1, 10),
            P("Присутствовали:", 10, "DVSB"),
            P("от Департамента юстиции Актюбинской области – Нұрланұлы Бекзат, главный специалист (ответственное лицо);", 10),
            P("от Единого контакт-центра – Адилова Айым Ержановна, старший оператор; Ким Евгения Викторовна, главный специалист отдела качества.", 10),
            SP(1, 6),
            P("Повестка: обучение сотрудников Единого контакт-центра по государственной услуге № 01102003 "
              "«Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов, "
              "а также нотариусов Республики Казахстан» в связи с вступлением в силу приказа Министра юстиции "
              "Республики Казахстан от 14 февраля 2027 года № 102.", 10, align="j"),
            P("Слушали: Нұрланұлы Б. – об изменениях сроков оказания услуги и перечня документов.", 10, align="j"),
            P("Решили:", 10, "DVSB"),
            P("1. Считать обучение проведенным, государственную услугу № 01102003 – принятой для консультирования "
              "с учетом изменений.", 10, align="j"),
            P("2. Единому контакт-центру обновить сведения базы данных в течение пяти рабочих дней.", 10, align="j"),
            SP(1, 18),
            Table([[P("Департамент юстиции\nАктюбинской области\n\n__________ Б. Нұрланұлы", 10),
                    P("Единый контакт-центр\n\n\n__________ А. Адилова", 10)]], colWidths=[8.5 * cm, 8.5 * cm])]
    save_pdf(name, flow)
    key = [{"part": name, "kind": "training_protocol", "language": "ru", "protocol_date": "2027-03-05",
            "services": regs("01102003")}]
    record(name, "training_protocol", "ru", "pdf",
           "numbered protocol (№ 3) of a repeat training; date «5» марта 2027 года in a right-hand cell; an amending order dated 14 February 2027 in the text",
           key, context(ag, s, "protocol", ("ЕКЦ-2027/0129", "2027-02-24", "О проведении повторного обучения по услуге 01102003"),
                        "confirm 01102003 stays accepted for consulting after the change; protocol of 2027-03-05", True))


def p4():
    name = "nur-44-taldykorgan-hattama.eml"
    att = "Hattama_BZhO_16.02.2026.docx"
    ag = {"name": "Жетісу облысы Талдықорған қаласының білім бөлімі", "email": "bilim@taldykorgan.zhetisu.gov.kz",
          "bin": "000440002837"}
    s = [("00604031", "Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламасын іске асыратын ұйымдарға құжаттар қабылдау және балаларды қабылдау"),
         ("00604035", "Бастауыш, негізгі орта, жалпы орта білім берудің жалпы білім беретін бағдарламалары бойынша оқыту үшін ведомстволық бағыныстылығына қарамастан, білім беру ұйымдарына құжаттарды қабылдау және оқуға қабылдау")]
    doc = new_doc(size=12)
    para(doc, "ХАТТАМА № 1", bold=True, align="c")
    para(doc, "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді консультациялауға қабылдауы туралы", bold=True, align="c")
    para(doc)
    para(doc, "2026 жылғы 16 ақпан\t\t\t\t\t\t\tТалдықорған қ.")
    para(doc)
    para(doc, "Қатысқандар: Ахметжанова Динара Ерболқызы – Талдықорған қаласы білім бөлімінің бас маманы; "
              "Мұратова Дана Қайратқызы, Бекова Асель Тимурқызы – Бірыңғай байланыс орталығының қызметкерлері.", align="j")
    para(doc)
    para(doc, "Оқыту тақырыбы: 00604031 және 00604035 мемлекеттік көрсетілетін қызметтерін көрсету тәртібі.", align="j")
    para(doc)
    para(doc, "Шешім:", bold=True)
    para(doc, "1) 00604031, 00604035 мемлекеттік көрсетілетін қызметтері Бірыңғай байланыс орталығының "
              "консультациялауына қабылданды деп есептелсін;", align="j")
    para(doc, "2) Бірыңғай байланыс орталығы Қағидалардың 9-тармағына сәйкес ақпарат беруді бастасын.", align="j")
    para(doc)
    para(doc, "Қолдары:\nБілім бөлімі ___________ Д. Ахметжанова\nБЖО ___________ Д. Мұратова")
    data = docx_bytes(doc)
    body = """Сәлеметсіз бе, Дана Қайратқызы!

Кеше өткен оқыту бойынша қол қойылған хаттаманы жолдаймын. Түпнұсқасы пошта арқылы жіберіледі.

Құрметпен,
Динара Ахметжанова
Талдықорған қаласының білім бөлімі
8 (7282) 24-05-19
"""
    h = std_headers("d.akhmetzhanova@taldykorgan.zhetisu.gov.kz", "Хаттама (оқыту 16.02.2026)",
                    "Tue, 17 Feb 2026 09:30:12 +0500", "c55f09a1-7b2e-4a8b-9e61-0d4c2b1a9f33@taldykorgan.zhetisu.gov.kz",
                    display="Ахметжанова Динара", to="d.muratova@ekc.gov.kz")
    save_eml(name, h, multipart("mixed", text_part(body, cte="base64"), attachment(att, data)))
    key = [{"part": att, "kind": "training_protocol", "language": "kk", "protocol_date": "2026-02-16",
            "services": regs("00604031", "00604035")}]
    record(name, "training_protocol", "kk", "eml+docx",
           "signed protocol as a DOCX attachment; the mail is dated the day after (17.02) and says «кеше»; date before the place on one line",
           key, context(ag, s, "protocol", None, "mark 00604031 and 00604035 accepted for consulting (protocol 2026-02-16)", True))


def p5():
    name = "nur-45-kostanay-vet-hattama.pdf"
    ag = {"name": "Костанайская областная территориальная инспекция Комитета ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан",
          "email": "kostanay.vet@minagri.gov.kz", "bin": "140240028816"}
    s = [("00902006", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте")]
    flow = [P("ХАТТАМА / ПРОТОКОЛ", 13, "DVSB", "c"),
            P("Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультациялауға қабылдауы туралы /\n"
              "о принятии Единым контакт-центром государственной услуги для консультирования", 10, "DVSB", "c"),
            SP(1, 8),
            P("Қостанай қ. / г. Костанай                    2026 жылғы 1 маусым / 1 июня 2026 года", 10),
            SP(1, 8),
            ptable([["Тізілімдегі нөмірі / № в реестре", "Қызметтің атауы / Наименование услуги"],
                    [s[0][0], "Экспорт кезінде орны ауыстырылатын (тасымалданатын) объектілерге ветеринариялық сертификат беру / " + s[0][1]]],
                   [4.5, 12.5], size=9),
            SP(1, 8),
            P("Қатысқандар / Присутствовали: Шевченко О.В. (инспекция), Жаксылыков К.Т. (инспекция), "
              "Мұратова Д.Қ. (БЖО / ЕКЦ).", 10, align="j"),
            P("Шешім / Решение: қызмет консультациялауға қабылдансын / услугу принять для консультирования. "
              "Ақпарат беру 5 жұмыс күнінен кейін басталады / информирование начать через 5 рабочих дней.", 10, align="j"),
            SP(1, 20),
            P("Инспекция: __________ О. Шевченко            БЖО / ЕКЦ: __________ Д. Мұратова", 10)]
    save_pdf(name, flow)
    key = [{"part": name, "kind": "training_protocol", "protocol_date": "2026-06-01", "services": regs("00902006")}]
    record(name, "training_protocol", "kk+ru", "pdf",
           "short bilingual protocol, every line «Kazakh / Russian», the date in both languages on the place line",
           key, context(ag, s, "protocol", ("ЕКЦ-2026/0518", "2026-05-26", "О подписании протокола"),
                        "mark 00902006 accepted for consulting (protocol 2026-06-01)", True))


def p6():
    name = "nur-46-zko-densaulyk-protokol.docx"
    ag = {"name": "Управление здравоохранения Западно-Казахстанской области", "email": "kanc@densaulyk.bko.gov.kz",
          "bin": "990140001827"}
    s = [("01001027", "Выдача лицензии на фармацевтическую деятельность"),
         ("01001028", "Выдача лицензии на осуществление деятельности в сфере оборота наркотических средств, психотропных веществ и прекурсоров в области здравоохранения"),
         ("01001041", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"),
         ("01001044", "Вызов врача на дом")]
    doc = new_doc(size=12)
    para(doc, "ПРОТОКОЛ", bold=True, align="c", size=14)
    para(doc, "принятия Единым контакт-центром государственных услуг для консультирования", align="c")
    para(doc)
    para(doc, "город Уральск", align="l")
    para(doc, "Дата составления: двадцатое февраля две тысячи двадцать шестого года", align="l")
    para(doc)
    para(doc, "Мы, нижеподписавшиеся, представитель Управления здравоохранения Западно-Казахстанской области "
              "Кенжегалиева Салтанат Муратовна и представитель Единого контакт-центра Муратова Дана Кайратовна, "
              "составили настоящий протокол о том, что сотрудники Единого контакт-центра прошли обучение по "
              "вопросам оказания следующих государственных услуг:", align="j", indent=1.25)
    for i, (r, n) in enumerate(s, 1):
        para(doc, f"{i}) {n} (реестровый номер {r});", indent=1.25)
    para(doc)
    para(doc, "По результатам обучения указанные государственные услуги принимаются Единым контакт-центром для "
              "консультирования. Вопросы, направленные Единым контакт-центром 13.02.2026, рассмотрены, ответы даны "
              "в ходе обучения.", align="j", indent=1.25)
    para(doc)
    para(doc, "Подписи сторон:")
    para(doc, "Кенжегалиева С.М. _______________\nМуратова Д.К. _______________")
    save_docx(name, doc)
    key = [{"part": name, "kind": "training_protocol", "language": "ru", "protocol_date": "2026-02-20",
            "services": regs("01001027", "01001028", "01001041", "01001044")}]
    record(name, "training_protocol", "ru", "docx",
           "the date written entirely in words («двадцатое февраля две тысячи двадцать шестого года»); registry numbers in brackets at the end of list items; another numeric date 13.02.2026 in the text",
           key, context(ag, s, "protocol", None, "mark four health services accepted for consulting (protocol 2026-02-20)", True))


def p7():
    name = "nur-47-aral-ahat-hattama.txt"
    ag = {"name": "Қызылорда облысы Арал ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі",
          "email": "ahat@aral.kyzylorda.gov.kz", "bin": "110540019961"}
    s = [("00701001", "Баланың тууын тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу"),
         ("00701004", "Неке қиюды (ерлі-зайыптылықты) тіркеу")]
    text = """ХАТТАМА

Арал ауданы әкімдігінің АХАТ бөлімі мен Бірыңғай байланыс орталығы арасындағы оқыту қорытындысы бойынша

Өткізілген орны: бейнеконференция (Арал қ. – Астана қ.)
Күні: 2026 жылғы 22 мамыр

Қатысқандар:
  1. Байменова Ақбота Жұмабайқызы – АХАТ бөлімінің бас маманы
  2. Өтегенова Жадыра Сапарқызы – АХАТ бөлімінің басшысы
  3. Бекова Асель Тимурқызы – БЖО операторы
  4. Мұратова Дана Қайратқызы – БЖО операторлар тобының жетекшісі

Қаралған мемлекеттік көрсетілетін қызметтер:
  00701001 – Баланың тууын тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу
  00701004 – Неке қиюды (ерлі-зайыптылықты) тіркеу

ШЕШІЛДІ:
  1. Жоғарыда аталған 2 (екі) қызмет БЖО-ның консультациялауына қабылдансын.
  2. Неке қию рәсімін салтанатты жағдайда өткізу тәртібі бойынша қосымша материал 2026 жылғы 29 мамырға дейін жолдансын.

Қол қойғандар:
  АХАТ бөлімі: Ж. Өтегенова (қолы)
  БЖО: Д. Мұратова (қолы)
"""
    save_txt(name, text)
    key = [{"part": name, "kind": "training_protocol", "language": "kk", "protocol_date": "2026-05-22",
            "services": regs("00701001", "00701004")}]
    record(name, "training_protocol", "kk", "txt (UTF-8)",
           "protocol pasted as plain text; training by video conference; a later deadline date (29 мамыр) in the decisions",
           key, context(ag, s, "protocol", None, "mark 00701001 and 00701004 accepted for consulting (protocol 2026-05-22)", True))


def p8():
    name = "nur-48-abai-enbek-hattama.eml"
    att = "Хаттама_Протокол_02.06.2026.pdf"
    ag = {"name": "Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
          "email": "enbek@abay.gov.kz", "bin": "220740031265"}
    s = [("02301004", "Мемлекеттік атаулы әлеуметтік көмек тағайындау"),
         ("02301012", "Мүгедектігі бар адамдарды санаторий-курорттық емдеумен қамтамасыз ету"),
         ("02301019", "Жұмыссыз ретінде тіркеу")]
    flow = [P("ХАТТАМА / ПРОТОКОЛ", 13, "DVSB", "c"),
            P("Семей қ. / г. Семей", 10, align="c"),
            P("2026 жылғы «2» маусым / «2» июня 2026 г.", 10, align="c"),
            SP(1, 10),
            P("Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасының жауапты "
              "тұлғалары Бірыңғай байланыс орталығының қызметкерлеріне оқыту өткізді.", 10, align="j"),
            P("Ответственные лица Управления координации занятости и социальных программ области Абай провели "
              "обучение сотрудников Единого контакт-центра.", 10, align="j"),
            SP(1, 6),
            ptable([["№", "Тізілімдегі нөмірі /\n№ в реестре", "Атауы / Наименование", "Оқытқан / Обучение провел"],
                    ["1", s[0][0], s[0][1] + " / Назначение государственной адресной социальной помощи", "Смагулова Ж.Б."],
                    ["2", s[1][0], s[1][1] + " / Обеспечение лиц с инвалидностью санаторно-курортным лечением", "Смагулова Ж.Б."],
                    ["3", s[2][0], s[2][1] + " / Регистрация в качестве безработного", "Ким В.С."]],
                   [1, 3, 9.5, 3.5], size=9),
            SP(1, 8),
            P("Шешім: көрсетілген қызметтер Бірыңғай байланыс орталығының консультациялауына қабылданды.\n"
              "Решение: указанные услуги приняты Единым контакт-центром для консультирования.", 10),
            SP(1, 18),
            P("Басқарма / Управление: __________ Ж. Смагулова        БЖО / ЕКЦ: __________ А. Әділова", 10)]
    data = pdf_bytes(flow)
    body = """Құрметті әріптестер! / Уважаемые коллеги!

Қол қойылған хаттама қоса беріледі. / Подписанный протокол во вложении.

Смагулова Ж.
"""
    h = std_headers("zh.smagulova@abay.gov.kz", "Хаттама / Протокол", "Wed, 3 Jun 2026 10:11:40 +0500",
                    "1780477900.4471.3@mail.abay.gov.kz", display="Смагулова Жансая")
    save_eml(name, h, multipart("mixed", text_part(body, cte="8bit"), attachment(att, data, style="encword")))
    key = [{"part": att, "kind": "training_protocol", "protocol_date": "2026-06-02",
            "services": regs("02301004", "02301012", "02301019")}]
    record(name, "training_protocol", "kk+ru", "eml+pdf",
           "bilingual PDF protocol attached with a Cyrillic file name (RFC 2047 word); date «2» маусым / «2» июня; the mail one day later",
           key, context(ag, s, "protocol", None, "mark three social services accepted for consulting (protocol 2026-06-02)", True))


def p9():
    name = "nur-49-zhylyoi-hattama.docx"
    ag = {"name": "Атырау облысы Жылыой ауданы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
          "email": "enbek@zhylyoi.atyrau.gov.kz", "bin": "090740015526"}
    s = [("02302003", "Тұрғын үй көмегін тағайындау"),
         ("02302008", "Мүгедектігі бар балаларды үйде оқытуға жұмсалған шығындарды өтеу")]
    doc = new_doc(size=12)
    para(doc, "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді\nконсультациялауға қабылдауы туралы", bold=True, align="c")
    para(doc, "ХАТТАМА", bold=True, align="c", size=14)
    para(doc)
    grid(doc, [["Құлсары қ.", "2027 жылғы 18 қаңтар", "№ 2"]], widths=[6, 7, 4], size=12, style=None)
    para(doc)
    para(doc, "Қатысқандар: Сейтқали Нұрболат Ерланұлы (бөлімнің жетекші маманы, жауапты тұлға), "
              "Қалиева Айнұр Төлегенқызы (бөлім басшысы), Бекова Асель Тимурқызы (БЖО операторы).", align="j")
    para(doc)
    para(doc, "2027 жылғы 1 қаңтардан бастап қолданысқа енгізілген өзгерістерге байланысты мына қызметтер бойынша "
              "қайта оқыту өткізілді:", align="j")
    grid(doc, [["Тізілімдегі нөмірі", "Қызметтің атауы"], [s[0][0], s[0][1]], [s[1][0], s[1][1]]], widths=[4, 13],
         size=12, bold_rows=(0,))
    para(doc)
    para(doc, "ШЕШІЛДІ: аталған қызметтер өзгерістер ескеріле отырып БЖО-ның консультациялауына қабылдансын.", align="j")
    para(doc)
    para(doc, "Бөлім: ___________ Н. Сейтқали\t\t\tБЖО: ___________ А. Бекова")
    save_docx(name, doc)
    key = [{"part": name, "kind": "training_protocol", "language": "kk", "protocol_date": "2027-01-18",
            "services": regs("02302003", "02302008")}]
    record(name, "training_protocol", "kk", "docx",
           "title order reversed (subject line before «ХАТТАМА»), place/date/number in a borderless three-cell table; the date of the legal change (1 қаңтар 2027) also present",
           key, context(ag, s, "protocol", ("ЕКЦ-2027/0022", "2027-01-11", "Қайта оқыту туралы"),
                        "mark 02302003 and 02302008 re-accepted for consulting (protocol 2027-01-18)", True))


def p10():
    name = "nur-50-vko-ecology-protokol.eml"
    ag = {"name": "Департамент экологии по Восточно-Казахстанской области Комитета экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
          "email": "vko.eco@ecogeo.gov.kz", "bin": "040940007764"}
    s = [("01305002", "Выдача экологического разрешения на воздействие для объектов II категории"),
         ("01305009", "Выдача заключения государственной экологической экспертизы для объектов II категории")]
    body = """Добрый день.
Ниже текст подписанного протокола, скан оригинала направим почтой.

                              ПРОТОКОЛ
     принятия Единым контакт-центром государственных услуг для консультирования

г. Усть-Каменогорск                                  "19" августа 2026 г.

Присутствовали:
от Департамента экологии по ВКО: Петренко А.Н. - заместитель руководителя;
от ЕКЦ: Адилова А.Е. - старший оператор, Ким Е.В. - главный специалист.

Проведено обучение по государственным услугам:
  1. 01305002 - Выдача экологического разрешения на воздействие для объектов II категории;
  2. 01305009 - Выдача заключения государственной экологической экспертизы для объектов II категории.

Решили: принять указанные услуги для консультирования Единым контакт-центром.

Подписи: Петренко А.Н. /подписано/, Адилова А.Е. /подписано/

--
Петренко Андрей
Департамент экологии по ВКО
"""
    h = std_headers("a.petrenko@ecogeo.gov.kz", "Протокол обучения 19.08.2026", "Thu, 20 Aug 2026 12:00:31 +0500",
                    "87d1a8f0e2c24b95@ecogeo.gov.kz", charset="koi8-r", display="Петренко Андрей")
    save_eml(name, h, text_part(body, charset="koi8-r", cte="8bit"))
    key = [{"part": "body", "kind": "training_protocol", "language": "ru", "protocol_date": "2026-08-19",
            "services": regs("01305002", "01305009")}]
    record(name, "training_protocol", "ru", "eml",
           "KOI8-R 8bit body; protocol text pasted below a two-line note; the date 'quoted 19' августа 2026 г. (straight quotes, KOI8-R has no «») right-aligned with spaces; the mail is from the next day",
           key, context(ag, s, "protocol", None, "mark two ecology services accepted for consulting (protocol 2026-08-19)", True))


PROTOCOLS = [p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]


# =====================================================================================
#  CHANGE NOTICES (10)
# =====================================================================================

def c1():
    name = "nur-51-akmola-zher-ozgeris.eml"
    ag = {"name": "Ақмола облысының жер қатынастары басқармасы", "email": "kanc@zher.akmola.gov.kz", "bin": "050940004417"}
    s = [("00801014", "Мемлекеттік меншіктегі жер учаскесіне құқық беру")]
    std = ("«Мемлекеттік меншіктегі жер учаскелеріне құқық беру жөніндегі мемлекеттік көрсетілетін қызметтер "
           "қағидалары», Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 3 тамыздағы № 244 "
           "бұйрығымен жаңа редакцияда бекітілген")
    body = f"""Бірыңғай байланыс орталығына

Ақмола облысының жер қатынастары басқармасы Қағидалардың 6-тармағына сәйкес «Мемлекеттік меншіктегі жер учаскесіне құқық беру» (00801014) мемлекеттік көрсетілетін қызметі бойынша бұрын ұсынылған ақпаратқа өзгеріс енгізілгенін хабарлайды.

Жаңа стандарт деректемелері: {std}.

Бұйрық 2026 жылғы 17 тамыздан бастап қолданысқа енгізілді. Регламент, интернет-ресурс және жауапты тұлға туралы мәліметтер өзгерген жоқ.

Жауапты тұлға: А. Жұмабекова, 8 (7162) 25-31-47
"""
    h = std_headers("aigerim.zh@zher.akmola.gov.kz", "00801014 қызметі бойынша өзгеріс", "Fri, 21 Aug 2026 15:33:02 +0500",
                    "20260821153302.8812@zher.akmola.gov.kz", display="Жұмабекова Айгерім")
    save_eml(name, h, text_part(body))
    key = [{"part": "body", "kind": "change_notice", "language": "kk", "change_date": "2026-08-17",
            "services": [svc_change("00801014", standard=std)]}]
    record(name, "change_notice", "kk", "eml",
           "new standard on a labelled line «Жаңа стандарт деректемелері:»; change date = entry into force (17 тамыз), stated in the next paragraph; other fields explicitly unchanged",
           key, context(ag, s, "consulting", None, "update the standard of 00801014 and schedule a short re-training", True))


def c2():
    name = "nur-52-aktobe-adilet-sait.eml"
    ag = {"name": "Департамент юстиции Актюбинской области", "email": "aktobe@adilet.gov.kz", "bin": "970340002156"}
    s = [("01102003", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов, а также нотариусов Республики Казахстан"),
         ("01102011", "Государственная регистрация (перерегистрация) филиалов и представительств некоммерческих организаций")]
    body = """Уважаемые коллеги!

Департамент юстиции Актюбинской области уведомляет об изменении интернет-ресурса, на котором размещается информация о государственных услугах 01102003 и 01102011.

С 1 сентября 2026 года информация размещается по адресу:
https://www.gov.kz/memleket/entities/adilet-aktobe/

Прежний адрес (https://adilet.gov.kz/ru/services) больше не обновляется.

Остальные сведения, представленные по форме приложения 1, остаются без изменений.

С уважением,
Байжанова А.Т.
главный специалист
8 (7132) 55-09-17
"""
    h = std_headers("aktobe@adilet.gov.kz", "Изменение интернет-ресурса (01102003, 01102011)",
                    "Wed, 2 Sep 2026 10:17:55 +0500", "3344.1788325075@adilet.gov.kz",
                    charset="windows-1251", display="Департамент юстиции Актюбинской области")
    save_eml(name, h, text_part(body, charset="windows-1251", cte="quoted-printable"))
    web = "https://www.gov.kz/memleket/entities/adilet-aktobe/"
    key = [{"part": "body", "kind": "change_notice", "language": "ru", "change_date": "2026-09-01",
            "services": [svc_change("01102003", website=web), svc_change("01102011", website=web)]}]
    record(name, "change_notice", "ru", "eml",
           "website change for two services in windows-1251 QP; both the new and the old URL appear (the old one must not be taken); trailing slash",
           key, context(ag, s, "consulting", None, "update the website of 01102003 and 01102011", True))


def c3():
    name = "nur-53-ulytau-ozgerister.xlsx"
    ag = {"name": "Ұлытау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы",
          "email": "tabigat@ulytau.gov.kz", "bin": "220840017731"}
    s = [("01303005", "Жануарлар дүниесін пайдалануға рұқсат беру"),
         ("01303011", "Балық шаруашылығы су айдындарын және (немесе) учаскелерін бекітіп беру"),
         ("01303027", "Аңшылық алқаптарын бекітіп беру")]
    npa = ("Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 28 қыркүйектегі № 311 "
           "«Жануарлар дүниесі саласындағы мемлекеттік көрсетілетін қызметтер көрсету қағидаларын бекіту туралы» "
           "бұйрыққа өзгерістер енгізу туралы бұйрығы")
    wb = Workbook()
    ws = wb.active
    ws.title = "Өзгерістер"
    ws["A1"] = "Бұрын ұсынылған ақпаратқа енгізілген өзгерістер / Изменения в ранее представленную информацию"
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Ұлытау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы"
    xl_rows(ws, 4, [["Р/с № / № п/п", "Тізілімдегі нөмірі / № в реестре", "Атауы / Наименование",
                     "Өзгерген баған / Изменённая графа", "Жаңа мәні / Новое значение",
                     "Өзгеріс күні / Дата изменения"]], bold=True, center=True, size=9)
    xl_rows(ws, 5, [[1, s[0][0], s[0][1], "6 – НҚА өзгерістері / Изменения НПА", npa, "09.10.2026"],
                    [2, s[1][0], s[1][1], "6 – НҚА өзгерістері / Изменения НПА", npa, "09.10.2026"],
                    [3, s[2][0], s[2][1], "6 – НҚА өзгерістері / Изменения НПА", npa, "09.10.2026"]], size=9)
    for col, w in zip("ABCDEF", [8, 14, 34, 22, 60, 14]):
        ws.column_dimensions[col].width = w
    ws["A9"] = "Қалған бағандар өзгеріссіз / Остальные графы без изменений."
    ws["A10"] = "Жауапты тұлға / Ответственное лицо: Оспанова М.Қ., 8 (71036) 4-12-58"
    wb.save(OUT / name)
    key = [{"part": name, "kind": "change_notice", "change_date": "2026-10-09",
            "services": [svc_change(r, npa_changes=npa) for r, _ in s]}]
    record(name, "change_notice", "kk+ru", "xlsx",
           "revised-information sheet that is not an Appendix 1 table: «changed column | new value | date» per service, bilingual headers; only column 6 changed for three services",
           key, context(ag, s, "consulting", None, "update the legal-acts column of three services (change date 2026-10-09)", True))


def c4():
    name = "nur-54-turkistan-bilim-npa.txt"
    ag = {"name": "Түркістан облысының білім басқармасы", "email": "kense@bilim.turkistan.gov.kz", "bin": "180640021135"}
    s = [("00604012", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою")]
    npa = ("Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қазандағы № 402 «Мектепке дейінгі білім беру "
           "саласындағы мемлекеттік көрсетілетін қызметтер көрсету қағидаларына өзгерістер енгізу туралы» бұйрығы")
    text = f"""ТҮРКІСТАН ОБЛЫСЫНЫҢ БІЛІМ БАСҚАРМАСЫ
Түркістан қ., Тәуке хан даңғылы, 2

2026 жылғы 23 қазан № 02-11/5530

Бірыңғай байланыс орталығына

Өзгерістер туралы хабарлама

Мемлекеттік көрсетілетін қызмет: 00604012 – Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою.

Нормативтік құқықтық актілердің өзгерістері: {npa}.

Өзгерістердің күшіне енген күні: 2026 жылғы 20 қазан.

Өзгерістердің мәні: кезекке қою кезінде туу туралы куәліктің көшірмесін ұсыну талабы алынып тасталды (мәліметтер ақпараттық жүйеден алынады), қызмет көрсету мерзімі 30 минуттан 15 минутқа дейін қысқартылды.

Басшының орынбасары                    Ж. Ұзақбаев
Орынд.: Л. Есімова, 8 (72533) 6-15-44
"""
    save_txt(name, text, newline="\r\n")
    key = [{"part": name, "kind": "change_notice", "language": "kk", "change_date": "2026-10-20",
            "services": [svc_change("00604012", npa_changes=npa)]}]
    record(name, "change_notice", "kk", "txt (UTF-8, CRLF)",
           "labelled Kazakh lines («Нормативтік құқықтық актілердің өзгерістері:», «Өзгерістердің күшіне енген күні:»); the letter date 23 қазан and order date 6 қазан are distractors; substance of the change described",
           key, context(ag, s, "consulting", None, "update the legal-acts column of 00604012; change date 2026-10-20", True))


def c5():
    name = "nur-55-shymkent-reglament.pdf"
    ag = {"name": "Управление жилищных отношений города Шымкент", "email": "turgyn@shymkent.gov.kz", "bin": "181040007723"}
    s = [("01601009", "Назначение жилищной помощи")]
    regl = ("Регламент государственной услуги «Назначение жилищной помощи», утвержденный постановлением акимата "
            "города Шымкент от 14 сентября 2026 года № 512")
    flow = [P("ГУ «УПРАВЛЕНИЕ ЖИЛИЩНЫХ ОТНОШЕНИЙ ГОРОДА ШЫМКЕНТ»", 11, "DVSB", "c"),
            P("160012, г. Шымкент, ул. Тауке хана, 5", 8, align="c"),
            SP(1, 14),
            P("№ 04-2/2871 от 22.09.2026", 10),
            P("Единый контакт-центр", 11, "DVSB", "r"),
            SP(1, 12),
            P("Об изменении сведений о государственной услуге", 10, "DVSB"),
            SP(1, 6),
            P("В соответствии с пунктом 6 Правил взаимодействия сообщаем об изменении сведений по государственной "
              "услуге № 01601009 «Назначение жилищной помощи», представленных ранее (письмо от 20.04.2026).", 10, align="j"),
            ptable([["Графа формы", "Было", "Стало"],
                    ["5. Регламент государственной услуги", "не утверждался", regl]], [4.5, 4, 8.5], size=9),
            SP(1, 6),
            P("Постановление вводится в действие с 1 октября 2026 года.", 10, align="j"),
            SP(1, 24),
            P("Руководитель управления                                                   Е. Тажибаев", 10, "DVSB"),
            P("Исп. Садыков Б.Н., 8 (7252) 39-44-25", 8)]
    save_pdf(name, flow)
    key = [{"part": name, "kind": "change_notice", "language": "ru", "change_date": "2026-10-01",
            "services": [svc_change("01601009", regulation=regl)]}]
    record(name, "change_notice", "ru", "pdf",
           "regulation change presented as a «Графа | Было | Стало» table (old value must not be taken); change date from a separate sentence; earlier letter date in the text",
           key, context(ag, s, "consulting", None, "update the regulation of 01601009 from 2026-10-01", True))


def c6():
    name = "nur-56-kyzylzhar-sait.eml"
    ag = {"name": "Солтүстік Қазақстан облысы Қызылжар ауданы әкімдігінің сәулет, құрылыс және жер қатынастары бөлімі",
          "email": "saulet@kyzylzhar.sko.gov.kz", "bin": "070340021194"}
    s = [("01202007", "Сәулет-жоспарлау тапсырмасын беру"),
         ("01202012", "Қолданыстағы үй-жайларды (жеке бөліктерін) реконструкциялауға (қайта жоспарлауға, қайта жабдықтауға) шешім беру")]
    web = "www.gov.kz/memleket/entities/sko-kyzylzhar-saulet"
    html = f"""<!DOCTYPE html><html><body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#005B9A;color:#fff;padding:6px;font-weight:bold">Қызылжар ауданы әкімдігінің сәулет, құрылыс және жер қатынастары бөлімі</td></tr></table>
<p>Құрметті әріптестер!</p>
<p>Бөлімнің бұрынғы <i>kyzylzhar-saulet.kz</i> сайты жұмысын тоқтатқанына байланысты, 2026 жылғы 1 қазаннан бастап 01202007 және 01202012 мемлекеттік көрсетілетін қызметтері туралы ақпарат мына интернет-ресурста орналастырылады:</p>
<p style="margin-left:30px"><a href="https://{web}">{web}</a></p>
<p>Қалған мәліметтер өзгеріссіз қалады.</p>
<p>Құрметпен,<br>Ә. Жұмағұлова<br>тел. 8 (7152) 34-61-08</p>
</body></html>
"""
    h = std_headers("a.zhumagulova@kyzylzhar.sko.gov.kz", "Интернет-ресурстың өзгеруі", "Mon, 5 Oct 2026 11:02:27 +0500",
                    "0f6c2a1e-44b0-4c1b-8d3a-7e2b9f5c6d10@kyzylzhar.sko.gov.kz", display="Жұмағұлова Әсел")
    save_eml(name, h, text_part(html, "html", cte="quoted-printable"))
    key = [{"part": "body", "kind": "change_notice", "language": "kk", "change_date": "2026-10-01",
            "services": [svc_change("01202007", website=web), svc_change("01202012", website=web)]}]
    record(name, "change_notice", "kk", "eml",
           "HTML-only QP body with a coloured banner table; old site name in italics, the new one as a link; change date inside the sentence",
           key, context(ag, s, "consulting", None, "update the website of two architecture services from 2026-10-01", True))


def c7():
    name = "nur-57-abai-enbek-ozgeris.eml"
    ag = {"name": "Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
          "email": "enbek@abay.gov.kz", "bin": "220740031265"}
    s = [("02301004", "Мемлекеттік атаулы әлеуметтік көмек тағайындау"), ("02301019", "Жұмыссыз ретінде тіркеу")]
    std = ("Правила оказания государственной услуги «Назначение государственной адресной социальной помощи», "
           "утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 10 ноября "
           "2026 года № 455")
    npa = ("приказ Министра труда и социальной защиты населения Республики Казахстан от 12 ноября 2026 года № 461 "
           "«О внесении изменений в приказ Министра труда и социальной защиты населения Республики Казахстан от "
           "8 июня 2023 года № 214»")
    plain = f"""Құрметті әріптестер! / Уважаемые коллеги!

Басқарма 2026 жылғы 1 желтоқсаннан бастап екі мемлекеттік көрсетілетін қызмет бойынша мәліметтердің өзгергенін хабарлайды. Өзгерістер төменде келтірілген.
Управление сообщает об изменении сведений по двум государственным услугам с 1 декабря 2026 года. Изменения приведены ниже.

02301004
  Стандарт / Стандарт: {std}

02301019
  Изменения НПА / НҚА өзгерістері: {npa}

Смагулова Ж.Б., 8 (7222) 52-18-73
"""
    html = f"""<p>Құрметті әріптестер! / Уважаемые коллеги!</p>
<p>Басқарма 2026 жылғы 1 желтоқсаннан бастап екі мемлекеттік көрсетілетін қызмет бойынша мәліметтердің өзгергенін хабарлайды. Өзгерістер төменде келтірілген.<br>
Управление сообщает об изменении сведений по двум государственным услугам с 1 декабря 2026 года. Изменения приведены ниже.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>№ в реестре</th><th>Изменённая графа</th><th>Новое значение</th></tr>
<tr><td>02301004</td><td>Стандарт</td><td>{std}</td></tr>
<tr><td>02301019</td><td>Изменения НПА</td><td>{npa}</td></tr>
</table>
<p>Смагулова Ж.Б., 8 (7222) 52-18-73</p>
"""
    h = std_headers("zh.smagulova@abay.gov.kz", "Өзгерістер / Изменения (02301004, 02301019)",
                    "Tue, 1 Dec 2026 16:20:00 +0500", "1796123999.8852.7@mail.abay.gov.kz", display="Смагулова Жансая")
    save_eml(name, h, multipart("alternative", text_part(plain, cte="base64"), text_part(html, "html", cte="base64")))
    key = [{"part": "body", "kind": "change_notice", "change_date": "2026-12-01",
            "services": [svc_change("02301004", standard=std), svc_change("02301019", npa_changes=npa)]}]
    record(name, "change_notice", "kk+ru", "eml",
           "multipart/alternative: plain text with labelled lines vs an HTML table of the same changes; different column changed per service; bilingual labels",
           key, context(ag, s, "consulting", None, "update the standard of 02301004 and the legal acts of 02301019 from 2026-12-01", True))


def c8():
    name = "nur-58-ertis-zher-standart.docx"
    ag = {"name": "Павлодар облысы Ертіс ауданының жер қатынастары бөлімі", "email": "zher@ertis.pavlodar.gov.kz",
          "bin": "051040009948"}
    s = [("00802004", "Жерге орналастыру жобаларын бекіту"),
         ("00802009", "Ауыл шаруашылығы алқаптарын бір түрден басқа түрге ауыстыру")]
    std1 = ("ҚР Ауыл шаруашылығы министрінің 2026 жылғы 20 қарашадағы № 390 бұйрығымен бекітілген «Жерге орналастыру "
            "жобаларын бекіту» мемлекеттік көрсетілетін қызмет қағидалары")
    std2 = ("ҚР Ауыл шаруашылығы министрінің 2026 жылғы 20 қарашадағы № 390 бұйрығымен бекітілген «Ауыл шаруашылығы "
            "алқаптарын бір түрден басқа түрге ауыстыру» мемлекеттік көрсетілетін қызмет қағидалары")
    doc = new_doc(size=12)
    para(doc, "Ертіс ауданының жер қатынастары бөлімі", bold=True, align="c")
    para(doc, "Ертіс а., Қ. Сәтбаев к-сі, 11", align="c", size=9)
    para(doc)
    para(doc, "№ 17-04/902\t\t\t\t\t\t2026 жылғы 30 қараша")
    para(doc)
    para(doc, "Бірыңғай байланыс орталығына", bold=True, align="r")
    para(doc)
    para(doc, "Бөлім 2026 жылғы 8 маусымда ұсынылған 1-қосымшадағы мәліметтерге мынадай өзгерістер енгізілгенін "
              "хабарлайды (4-баған – стандарт):", align="j", indent=1.25)
    grid(doc, [["Тізілімдегі нөмірі", "Қызмет атауы", "Стандарттың жаңа деректемелері"],
               [s[0][0], s[0][1], std1], [s[1][0], s[1][1], std2]], widths=[3, 5, 9], size=11, bold_rows=(0,))
    para(doc)
    para(doc, "Жауапты тұлға өзгерген жоқ: Ғабитова Аружан Нұрланқызы, 8 (71832) 2-24-19.", align="j", indent=1.25)
    para(doc)
    para(doc, "Бөлім басшысы\t\t\t\t\tБ. Жақсыбеков", bold=True)
    save_docx(name, doc)
    key = [{"part": name, "kind": "change_notice", "language": "kk",
            "services": [svc_change("00802004", standard=std1), svc_change("00802009", standard=std2)]}]
    record(name, "change_notice", "kk", "docx",
           "a letter with a small three-column table of new standard requisites; no change date stated (only the order date and the letter date; change_date not keyed); responsible person explicitly unchanged",
           key, context(ag, s, "consulting", None, "update the standards of 00802004 and 00802009", True))


def c9():
    name = "nur-59-pavlodar-kgd-izmeneniya.txt"
    ag = {"name": "Департамент государственных доходов по Павлодарской области Комитета государственных доходов Министерства финансов Республики Казахстан",
          "email": "kanc_pvl@kgd.minfin.gov.kz", "bin": "081240012203"}
    s = [("00102011", "Регистрационный учет лица, занимающегося частной практикой"),
         ("00102014", "Регистрационный учет в качестве плательщика налога на добавленную стоимость")]
    npa = ("Приказ Министра финансов Республики Казахстан от 2 декабря 2026 года № 702 «О внесении изменений в приказ "
           "Министра финансов Республики Казахстан от 10 июля 2020 года № 665»")
    text = f"""Единому контакт-центру

Исх. № ПВЛ-05-1/10544 от 10.12.2026

Департамент государственных доходов по Павлодарской области в порядке актуализации ранее представленной информации (пункт 6 Правил) сообщает.

По государственным услугам:
- 00102011 «Регистрационный учет лица, занимающегося частной практикой»;
- 00102014 «Регистрационный учет в качестве плательщика налога на добавленную стоимость»
внесены изменения в нормативные правовые акты: {npa}.

Приказ вводится в действие с 1 января 2027 года.

Стандарт, интернет-ресурс и ответственное лицо (Мұхамедиев Т.А.) остаются прежними.

Руководитель управления по работе с налогоплательщиками                    А. Баймагамбетов
"""
    save_txt(name, text, bom=True)
    key = [{"part": name, "kind": "change_notice", "language": "ru", "change_date": "2027-01-01",
            "services": [svc_change("00102011", npa_changes=npa), svc_change("00102014", npa_changes=npa)]}]
    record(name, "change_notice", "ru", "txt (UTF-8 BOM)",
           "one amending order for two services listed with dashes; change date in the future (2027-01-01); the order's own date differs",
           key, context(ag, s, "consulting", None, "update the legal acts of 00102011 and 00102014 from 2027-01-01", True))


def c10():
    name = "nur-60-zhambyl-npa.eml"
    ag = {"name": "Жамбыл облысының жолаушылар көлігі және автомобиль жолдары басқармасы",
          "email": "zholaushy@zhambyl.gov.kz", "bin": "050140011208"}
    s = [("01204015", "Облысаралық қалааралық автобус маршруттары бойынша тасымалдауды жүзеге асыруға куәлік беру")]
    npa = "ҚР Көлік министрінің 2027 жылғы 15 ақпандағы № 58 бұйрығы"
    body = f"""Сәлеметсіз бе.
01204015 қызметі бойынша НҚА өзгерді: {npa}, 2027 жылғы 1 наурыздан бастап күшіне енеді. Қалғаны өзгеріссіз.
Е. Әбдірахманов

iPhone-нан жіберілді

> 2027 ж. 17 ақп., 10:02, Бірыңғай байланыс орталығы <info@ekc.gov.kz> жазды:
>
> Құрметті Ерлан Қуанышұлы!
> 01204015 қызметі бойынша 2027 жылы қандай да бір өзгерістер болды ма? Болса, Қағидалардың 6-тармағына сәйкес хабарлауыңызды сұраймыз.
> Құрметпен, БЖО
"""
    h = std_headers("e.abdrakhmanov@zhambyl.gov.kz", "Re: 01204015 өзгерістер", "Wed, 17 Feb 2027 18:41:09 +0500",
                    "F1A8C3B2-9D04-4E6F-A1B7-2C3D4E5F6A7B@zhambyl.gov.kz", display="Ерлан Әбдірахманов",
                    extra=[("In-Reply-To", "<ekc-2027-0141@ekc.gov.kz>"), ("X-Mailer", "iPhone Mail (22D72)")])
    save_eml(name, h, text_part(body, cte="quoted-printable"))
    key = [{"part": "body", "kind": "change_notice", "language": "kk", "change_date": "2027-03-01",
            "services": [svc_change("01204015", npa_changes=npa)]}]
    record(name, "change_notice", "kk", "eml",
           "three-line reply from a phone above the quoted question of the contact centre; the new act inside a sentence, cut at the comma",
           key, context(ag, s, "consulting", ("ЕКЦ-2027/0141", "2027-02-17", "01204015 қызметі бойынша өзгерістер туралы"),
                        "update the legal acts of 01204015 from 2027-03-01", True))


CHANGES = [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10]


# =====================================================================================
#  NON-REPLIES (30), keyed "other"
# =====================================================================================

def other_key(part, lang):
    d = {"part": part, "kind": "other"}
    if lang in ("kk", "ru"):
        d["language"] = lang
    return d


def o01():
    name = "nur-61-bukhar-kenes-hattama.docx"
    ag = {"name": "Қарағанды облысы Бұқар жырау ауданының әкімдігі", "email": "akimat@bukhar.karaganda.gov.kz",
          "bin": "010240003862"}
    s = [("00501008", "Выдача справки о наличии личного подсобного хозяйства")]
    doc = new_doc(size=12)
    para(doc, "Бұқар жырау ауданы әкімінің орынбасары жанындағы\nмемлекеттік қызметтер көрсету сапасы мәселелері жөніндегі кеңестің", bold=True, align="c")
    para(doc, "ХАТТАМАСЫ № 4", bold=True, align="c", size=14)
    para(doc)
    para(doc, "Ботақара кенті\t\t\t\t\t\t\t2026 жылғы 27 наурыз")
    para(doc)
    para(doc, "Төрағалық еткен: аудан әкімінің орынбасары Р. Нұрпейісов.")
    para(doc, "Қатысқандар: аудан әкімдігінің бөлім басшылары, ауылдық округ әкімдері, ХҚКО өкілі (тізім қоса беріледі).", align="j")
    para(doc)
    para(doc, "КҮН ТӘРТІБІНДЕ:", bold=True)
    para(doc, "1. 2026 жылғы І тоқсандағы мемлекеттік қызметтер көрсету сапасының мониторингі нәтижелері туралы.")
    para(doc, "2. Азаматтардың шағымдарын қарау және мерзімі өткен қызметтердің себептері туралы.")
    para(doc)
    para(doc, "Тыңдалды: ауыл шаруашылығы және ветеринария бөлімінің басшысы – І тоқсанда жеке қосалқы шаруашылықтың "
              "бар екендігі туралы анықтама беру (00501008) бойынша 1 214 өтініш қаралды, оның 3-і мерзімі өткізіліп "
              "берілді. Бірыңғай байланыс орталығына 11 шағым түсті.", align="j")
    para(doc)
    para(doc, "КЕҢЕС ШЕШТІ:", bold=True)
    para(doc, "1. Ақпарат назарға алынсын.", align="j")
    para(doc, "2. Бөлім басшылары мемлекеттік қызметтерді көрсету мерзімдерінің сақталуын қамтамасыз етсін. Мерзімі: тұрақты.", align="j")
    para(doc, "3. Ауыл шаруашылығы және ветеринария бөлімі Бірыңғай байланыс орталығынан түскен шағымдар бойынша "
              "түсініктемені 2026 жылғы 10 сәуірге дейін кеңес хатшылығына ұсынсын.", align="j")
    para(doc)
    para(doc, "Төраға\t\t\t\t\t\t\tР. Нұрпейісов")
    para(doc, "Хатшы\t\t\t\t\t\t\tГ. Әбенова")
    save_docx(name, doc)
    record(name, "other", "kk", "docx",
           "a хаттама of a district akimat's council on public-service quality: numbered, dated, decisions, a registry number and the contact centre mentioned — but no training, not for the centre",
           [other_key(name, "kk")], context(ag, s, "consulting", None, "nothing: internal minutes sent for information, file only", False))


def o02():
    name = "nur-62-bostandyk-soveshanie.docx"
    ag = {"name": "ГУ «Аппарат акима Бостандыкского района города Алматы»", "email": "bostandyk@almaty.gov.kz",
          "bin": "990240005518"}
    s = [("01602004", "Выдача решения о переводе жилого помещения (жилого дома) в нежилое помещение")]
    doc = new_doc(size=12)
    para(doc, "ПРОТОКОЛ", bold=True, align="c", size=14)
    para(doc, "совещания у заместителя акима Бостандыкского района\nпо вопросам оказания государственных услуг", bold=True, align="c")
    para(doc)
    para(doc, "г. Алматы\t\t\t\t\t\t\t«14» октября 2026 года\t№ 27")
    para(doc)
    para(doc, "Председательствовал: заместитель акима района Нурмаханов А.К.")
    para(doc, "Присутствовали: руководители отделов аппарата акима района, представитель филиала НАО «Правительство для граждан».", align="j")
    para(doc)
    para(doc, "О состоянии оказания государственных услуг за 9 месяцев 2026 года", bold=True)
    para(doc, "(Сулейменов Д.М., Ким О.П.)", italic=True)
    para(doc, "По итогам 9 месяцев оказано 8 412 государственных услуг, из них 96,3 % – в электронном виде. "
              "По данным Единого контакт-центра, по услуге 01602004 поступило 17 обращений, в том числе 4 жалобы на "
              "нарушение сроков.", align="j")
    para(doc)
    para(doc, "РЕШИЛИ:", bold=True)
    para(doc, "1. Информацию принять к сведению.")
    para(doc, "2. Отделу жилищной политики провести разъяснительную работу с заявителями и обеспечить соблюдение сроков (срок – до 1 ноября 2026 года).", align="j")
    para(doc, "3. Контроль за исполнением протокола возложить на руководителя аппарата.", align="j")
    para(doc)
    para(doc, "Заместитель акима района\t\t\t\t\tА. Нурмаханов")
    save_docx(name, doc)
    record(name, "other", "ru", "docx",
           "ПРОТОКОЛ of a district meeting on public services with РЕШИЛИ, a date and a registry number; not a training protocol",
           [other_key(name, "ru")], context(ag, s, "consulting", None, "nothing: internal meeting minutes, file only", False))


def o03():
    name = "nur-63-turkistan-buiryk.pdf"
    ag = {"name": "Түркістан облысының білім басқармасы", "email": "kense@bilim.turkistan.gov.kz", "bin": "180640021135"}
    s = [("00604012", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою")]
    flow = [P("«ТҮРКІСТАН ОБЛЫСЫНЫҢ БІЛІМ БАСҚАРМАСЫ» ММ", 11, "DVSB", "c"),
            SP(1, 8),
            P("БҰЙРЫҚ", 14, "DVSB", "c"),
            SP(1, 8),
            Table([[P("2026 жылғы 15 желтоқсан", 10), P("№ 412-ж/қ", 10, align="c"), P("Түркістан қ.", 10, align="r")]],
                  colWidths=[6 * cm, 5 * cm, 6 * cm]),
            SP(1, 10),
            P("Есімова Л.Н. туралы", 10, "DVSB"),
            SP(1, 6),
            P("Қазақстан Республикасының «Мемлекеттік қызмет туралы» Заңының 26-бабына сәйкес БҰЙЫРАМЫН:", 10, align="j"),
            P("1. Есімова Ләззат Нұрғалиқызы 2026 жылғы 16 желтоқсаннан бастап басқарманың мектепке дейінгі білім беру "
              "бөлімінің басшысы лауазымына сынақ мерзімінсіз тағайындалсын.", 10, align="j"),
            P("2. Персоналды басқару қызметі (А. Тілеуова) осы бұйрықпен қызметкерді таныстырсын.", 10, align="j"),
            P("3. Осы бұйрық қол қойылған күнінен бастап күшіне енеді.", 10, align="j"),
            P("Негіздеме: Есімова Л.Н.-ның 2026 жылғы 14 желтоқсандағы өтініші.", 9),
            SP(1, 24),
            P("Басқарма басшысы                                                               Қ. Сыздықов", 10, "DVSB"),
            SP(1, 12),
            P("Бұйрықпен таныстым: ____________ Л. Есімова", 9)]
    save_pdf(name, flow)
    record(name, "other", "kk", "pdf",
           "бұйрық appointing a head of department (a person who is also a contact-centre responsible elsewhere); full name, position and date — but nothing about the contact centre",
           [other_key(name, "kk")], context(ag, s, "consulting", None, "nothing: an HR order not about the contact centre; keep the current responsible person", False))


def o04():
    name = "nur-64-zko-densaulyk-prikaz.docx"
    ag = {"name": "Управление здравоохранения Западно-Казахстанской области", "email": "kanc@densaulyk.bko.gov.kz",
          "bin": "990140001827"}
    s = [("01001027", "Выдача лицензии на фармацевтическую деятельность")]
    doc = new_doc(size=13)
    para(doc, "ГУ «Управление здравоохранения Западно-Казахстанской области»", bold=True, align="c")
    para(doc)
    para(doc, "ПРИКАЗ", bold=True, align="c", size=15)
    para(doc)
    para(doc, "24 февраля 2027 года\t\t\t№ 38-л/с\t\t\tг. Уральск")
    para(doc)
    para(doc, "О назначении Тулегеновой С.Е.", bold=True)
    para(doc)
    para(doc, "В соответствии с Законом Республики Казахстан «О государственной службе Республики Казахстан» и по "
              "итогам конкурса на занятие вакантной административной государственной должности ПРИКАЗЫВАЮ:", align="j", indent=1.25)
    para(doc, "1. Назначить Тулегенову Сауле Ерлановну на должность руководителя отдела лицензирования "
              "Управления здравоохранения Западно-Казахстанской области с 1 марта 2027 года с испытательным сроком "
              "три месяца.", align="j", indent=1.25)
    para(doc, "2. Установить должностной оклад согласно штатному расписанию.", align="j", indent=1.25)
    para(doc, "Основание: протокол конкурсной комиссии от 19.02.2027 № 4, заявление Тулегеновой С.Е.", align="j", indent=1.25)
    para(doc)
    para(doc, "Руководитель управления\t\t\t\t\tМ. Ихсанов", bold=True)
    save_docx(name, doc)
    record(name, "other", "ru", "docx",
           "приказ appointing a head of the licensing department (the department of the responsible person), names in the accusative; no word about the contact centre",
           [other_key(name, "ru")], context(ag, s, "consulting", None, "nothing: HR order, the responsible person is not changed", False))


def o05():
    name = "nur-65-aral-demalys.eml"
    att = "demalys_kestesi_2026.xlsx"
    ag = {"name": "Қызылорда облысы Арал ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі",
          "email": "ahat@aral.kyzylorda.gov.kz", "bin": "110540019961"}
    s = [("00701001", "Баланың тууын тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу")]
    wb = Workbook()
    ws = wb.active
    ws.title = "Кесте"
    ws["A1"] = "Арал ауданы АХАТ бөлімі қызметкерлерінің 2026 жылғы еңбек демалыстарының кестесі"
    ws.merge_cells("A1:E1")
    xl_rows(ws, 3, [["№", "Т.А.Ә.", "Лауазымы", "Басталуы", "Аяқталуы"],
                    [1, "Өтегенова Жадыра Сапарқызы", "бөлім басшысы", "01.07.2026", "28.07.2026"],
                    [2, "Байменова Ақбота Жұмабайқызы", "бас маман", "03.08.2026", "30.08.2026"],
                    [3, "Нұрымбетов Асылан Серікұлы", "жетекші маман", "07.09.2026", "02.10.2026"]])
    for col, w in zip("ABCDE", [5, 34, 18, 12, 12]):
        ws.column_dimensions[col].width = w
    body = """Құрметті әріптестер!

Арал ауданы әкімдігінің АХАТ бөлімі қызметкерлерінің 2026 жылғы жазғы-күзгі еңбек демалыстарының кестесін жұмыс бабында пайдалану үшін жолдаймыз. Демалыс кезеңінде азаматтарды қабылдау кестесі өзгермейді, қабылдау күн сайын 9.00-ден 18.30-ға дейін жүргізіледі.

Құрметпен,
АХАТ бөлімі
"""
    h = std_headers("ahat@aral.kyzylorda.gov.kz", "Еңбек демалыстарының кестесі", "Mon, 22 Jun 2026 09:12:44 +0500",
                    "20260622091244.1127@aral.kyzylorda.gov.kz", display="АХАТ бөлімі Арал",
                    to="info@ekc.gov.kz, zags@kyzylorda.gov.kz, hqko.aral@gov4c.kz")
    save_eml(name, h, multipart("mixed", text_part(body, cte="base64"), attachment(att, xlsx_bytes(wb))))
    record(name, "other", "kk", "eml+xlsx",
           "a mass letter with the staff leave schedule (names, positions, dates in a spreadsheet), the responsible person among them; no word about the contact centre or a replacement",
           [other_key("body", "kk"), other_key(att, "kk")],
           context(ag, s, "consulting", None, "nothing: informational mass mailing", False))


def o06():
    name = "nur-66-shymkent-vrio.eml"
    ag = {"name": "Управление жилищных отношений города Шымкент", "email": "turgyn@shymkent.gov.kz", "bin": "181040007723"}
    s = [("01601009", "Назначение жилищной помощи")]
    body = """Уважаемые коллеги!

Доводим до Вашего сведения, что в период с 3 по 28 августа 2026 года руководитель отдела жилищной помощи Садыков Берик Нурланович находится в ежегодном оплачиваемом трудовом отпуске.

Временное исполнение обязанностей руководителя отдела возложено на главного специалиста отдела Ермекову Алию Бахытжановну (приказ от 30.07.2026 № 112-к).

Телефон приемной: 8 (7252) 39-44-00.

Канцелярия ГУ «Управление жилищных отношений города Шымкент»
"""
    h = std_headers("turgyn@shymkent.gov.kz", "Об отпуске руководителя отдела", "Fri, 31 Jul 2026 17:55:02 +0500",
                    "000b01dd0a3f$7c2a4e10$74ee7a30$@shymkent.gov.kz", charset="windows-1251",
                    display="Канцелярия УЖО Шымкент",
                    to="akimat@shymkent.gov.kz, info@ekc.gov.kz")
    save_eml(name, h, text_part(body, charset="windows-1251", cte="8bit"))
    record(name, "other", "ru", "eml",
           "a notice that a head of department is on leave and who acts for him (with an order number) — looks like a replacement, but it is about the department, not the contact centre",
           [other_key("body", "ru")], context(ag, s, "consulting", None, "nothing: the responsible person for the contact centre is unchanged", False))


def o07():
    name = "nur-67-taldykorgan-suraq.eml"
    ag = {"name": "Жетісу облысы Талдықорған қаласының білім бөлімі", "email": "bilim@taldykorgan.zhetisu.gov.kz",
          "bin": "000440002837"}
    s = [("00604049", "Балалар мен жасөспірімдерді демалыс лагерлеріне жолдама беру")]
    body = """Сәлеметсіз бе!

Сіздің 2026 жылғы 28 қыркүйектегі № ЕКЦ-2026/0819 хатыңыз бөлімге келіп түсті.

Хатта көрсетілген «Балалар мен жасөспірімдерді демалыс лагерлеріне жолдама беру» (00604049) қызметін біздің бөлім емес, Жетісу облысының білім басқармасы көрсетеді деп білеміз. Осыған байланысты сұрау салу Талдықорған қаласының білім бөліміне қатысты ма, әлде облыстық басқармаға жіберілуі тиіс пе – нақтылап берулеріңізді сұраймыз.

Нақтылау алынғаннан кейін жауапты тұлға туралы ақпарат жіберіледі.

Құрметпен,
Д. Ахметжанова
8 (7282) 24-05-19
"""
    h = std_headers("d.akhmetzhanova@taldykorgan.zhetisu.gov.kz", "ЕКЦ-2026/0819 бойынша сұрақ",
                    "Thu, 1 Oct 2026 11:40:15 +0500", "71be0c3a-5fd1-4a0e-9d2b-8c6e5a4f3b21@taldykorgan.zhetisu.gov.kz",
                    display="Ахметжанова Динара")
    save_eml(name, h, text_part(body, cte="8bit"))
    record(name, "other", "kk", "eml",
           "a question whether the request applies to them (they think another body provides the service) — close to a not_competent refusal, but it asks and promises an answer",
           [other_key("body", "kk")], context(ag, s, "appointment", ("ЕКЦ-2026/0819", "2026-09-28", "Жауапты тұлғаны тағайындау туралы"),
                                                "nothing automatic: an operator answers the question; keep waiting for the appointment", False))


def o08():
    name = "nur-68-akkol-okrug-suraq.eml"
    ag = {"name": "Ақмола облысы Ақкөл ауданы Азат ауылдық округі әкімінің аппараты", "email": "azat.okrug@akkol.akmola.gov.kz",
          "bin": "060740004318"}
    s = [("00501008", "Выдача справки о наличии личного подсобного хозяйства")]
    body = """Қайырлы күн! / Добрый день!

Азат ауылдық округі әкімінің аппараты Сіздің 2026 жылғы 9 қарашадағы № ЕКЦ-2026/0895 хатыңызды алды. Сұрау салу ауылдық округтер әкімдерінің аппараттарына да қатысты ма, әлде аудан әкімдігі жалпы жауап бере ме?

Просим разъяснить, распространяется ли запрос № ЕКЦ-2026/0895 от 09.11.2026 на аппараты акимов сельских округов, или ответ будет направлен акиматом Аккольского района в целом.

Аппарат округа выдает справки о наличии личного подсобного хозяйства только жителям округа (около 40 в месяц).

Құрметпен / С уважением,
Ж. Серікбаева, бас маман / главный специалист
тел. 8 (71638) 2-41-17
"""
    h = std_headers("azat.okrug@akkol.akmola.gov.kz", "Сұрақ / Вопрос по ЕКЦ-2026/0895", "Wed, 11 Nov 2026 15:03:48 +0500",
                    "5fa3c2e1d0b94a87@akkol.akmola.gov.kz", display="Азат ауылдық округі")
    save_eml(name, h, text_part(body, cte="base64"))
    record(name, "other", "kk+ru", "eml",
           "bilingual question from a rural okrug whether the request concerns them; mentions a service they provide",
           [other_key("body", "kk+ru")], context(ag, s, "appointment", ("ЕКЦ-2026/0895", "2026-11-09", "О назначении ответственного лица / Жауапты тұлғаны тағайындау туралы"),
                                                   "nothing automatic: an operator answers the question", False))


def o09():
    name = "nur-69-ertis-keiinirek.eml"
    ag = {"name": "Павлодар облысы Ертіс ауданының жер қатынастары бөлімі", "email": "zher@ertis.pavlodar.gov.kz",
          "bin": "051040009948"}
    s = [("00802004", "Жерге орналастыру жобаларын бекіту"), ("00802009", "Ауыл шаруашылығы алқаптарын бір түрден басқа түрге ауыстыру")]
    body = """Бірыңғай байланыс орталығына

Ертіс ауданының жер қатынастары бөлімі Сіздің 2026 жылғы 1 маусымдағы № ЕКЦ-2026/0502 хатыңыз бойынша ақпарат кейінірек жіберілетінін хабарлайды.

Жауапты маман Ғабитова А.Н. 2026 жылғы 5 маусымға дейін іссапарда болуына байланысты 1-қосымша нысаны бойынша мәліметтер ол оралғаннан кейін, 2026 жылғы 9 маусымнан кешіктірілмей ұсынылады.

Бөлім басшысы Б. Жақсыбеков
"""
    h = std_headers("zher@ertis.pavlodar.gov.kz", "ЕКЦ-2026/0502 хат бойынша", "Wed, 3 Jun 2026 10:25:33 +0500",
                    "3b8c1f00.2d4e@ertis.pavlodar.gov.kz", charset="windows-1251", codec="kz1048",
                    display="Ертіс жер қатынастары бөлімі")
    save_eml(name, h, text_part(body, charset="windows-1251", codec="kz1048", cte="8bit"))
    record(name, "other", "kk", "eml",
           "interim reply «ақпарат кейінірек жіберіледі» in KZ-1048 labelled windows-1251 (8bit); names a person and dates but gives no data and no refusal",
           [other_key("body", "kk")], context(ag, s, "information", ("ЕКЦ-2026/0502", "2026-06-01", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
                                                 "nothing: keep waiting for Appendix 1 (promised by 2026-06-09)", False))


def o10():
    name = "nur-70-vko-eco-dopolnitelno.eml"
    ag = {"name": "Департамент экологии по Восточно-Казахстанской области Комитета экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
          "email": "vko.eco@ecogeo.gov.kz", "bin": "040940007764"}
    s = [("01305002", "Выдача экологического разрешения на воздействие для объектов II категории")]
    body = """Добрый день!

Ваше письмо № ЕКЦ-2026/0941 от 23.11.2026 о представлении дополнительной информации по услуге 01305002 принято в работу.

В связи с тем, что часть запрошенных разъяснений требует согласования с Комитетом экологического регулирования и контроля, информация будет направлена дополнительно, ориентировочно до 4 декабря 2026 года.

С уважением,
Петренко А.Н.
"""
    h = std_headers("a.petrenko@ecogeo.gov.kz", "RE: ЕКЦ-2026/0941", "Wed, 25 Nov 2026 09:03:11 +0500",
                    "AM0PR07MB6291C4D2B7A1@ecogeo.gov.kz", display="Петренко Андрей",
                    extra=[("In-Reply-To", "<ekc-2026-0941@ekc.gov.kz>")])
    save_eml(name, h, text_part(body, cte="quoted-printable"))
    record(name, "other", "ru", "eml",
           "interim answer «информация будет направлена дополнительно» from the responsible person, with a deadline",
           [other_key("body", "ru")], context(ag, s, "additional_answer", ("ЕКЦ-2026/0941", "2026-11-23", "О представлении дополнительной информации"),
                                                 "nothing: keep waiting for the additional answer", False))


def o11():
    name = "nur-71-atyrau-dchs-keiinirek.txt"
    ag = {"name": "Департамент по чрезвычайным ситуациям Атырауской области Министерства по чрезвычайным ситуациям Республики Казахстан",
          "email": "dchs.atyrau@emer.gov.kz", "bin": "140940016682"}
    s = [("02201007", "Согласование проектной документации на строительство защитных сооружений гражданской обороны")]
    text = """Атырау облысының Төтенше жағдайлар департаменті / Департамент по чрезвычайным ситуациям Атырауской области
№ 11-2/6630, 2026 жылғы 3 желтоқсан / 03.12.2026

Бірыңғай байланыс орталығына / Единому контакт-центру

Сіздің 2026 жылғы 30 қарашадағы № ЕКЦ-2026/0960 хатыңыз бойынша жауапты тұлға мен 1-қосымша бойынша ақпарат қосымша жіберілетінін хабарлаймыз. Қазіргі уақытта департаментте құрылымдық өзгерістер жүргізілуде.

Сообщаем, что по Вашему письму № ЕКЦ-2026/0960 от 30.11.2026 сведения об ответственном лице и информация по форме приложения 1 будут направлены позже в связи с проводимыми структурными изменениями в департаменте.

Бастықтың орынбасары / Заместитель начальника                      подполковник гражданской защиты Т. Ермеков
"""
    save_txt(name, text)
    record(name, "other", "kk+ru", "txt (UTF-8)",
           "bilingual interim reply «қосымша жіберіледі / будут направлены позже» about both the appointment and the form; signer's rank and name are not a responsible person",
           [other_key(name, "kk+ru")], context(ag, s, "appointment", ("ЕКЦ-2026/0960", "2026-11-30", "О назначении ответственного лица"),
                                                  "nothing: keep waiting for the appointment", False))


def o12():
    name = "nur-72-akmola-nauryz.eml"
    ag = {"name": "Ақмола облысының жер қатынастары басқармасы", "email": "kanc@zher.akmola.gov.kz", "bin": "050940004417"}
    s = [("00801014", "Мемлекеттік меншіктегі жер учаскесіне құқық беру")]
    html = """<html><body style="font-family:'Times New Roman';font-size:14pt;color:#1F3864">
<p style="text-align:center"><img src="cid:nauryz2026" alt="Наурыз" width="400"></p>
<p style="text-align:center"><b>Құрметті Бірыңғай байланыс орталығының ұжымы!</b></p>
<p>Сіздерді ұлыстың ұлы күні – Наурыз мейрамымен шын жүректен құттықтаймыз!</p>
<p>Көктемнің шуағы әр үйге береке мен бірлік әкелсін. Бірлескен жұмысымыз бұдан әрі де нәтижелі болсын, азаматтарға көрсетілетін қызметтердің сапасы арта берсін!</p>
<p>Ұлыс оң болсын, ақ мол болсын!</p>
<p style="text-align:right">Ақмола облысының жер қатынастары басқармасының ұжымы<br>2026 жылғы 20 наурыз</p>
</body></html>
"""
    h = std_headers("kanc@zher.akmola.gov.kz", "Наурыз мейрамымен құттықтаймыз!", "Fri, 20 Mar 2026 10:00:00 +0500",
                    "nauryz2026.0001@zher.akmola.gov.kz", display="Ақмола облысының жер қатынастары басқармасы")
    save_eml(name, h, text_part(html, "html", cte="base64"))
    record(name, "other", "kk", "eml",
           "HTML-only Nauryz congratulations (with a broken cid image) from an agency the centre works with",
           [other_key("body", "kk")], context(ag, s, "consulting", None, "nothing: greeting", False))


def o13():
    name = "nur-73-zko-den-gossluzhby.eml"
    ag = {"name": "Управление здравоохранения Западно-Казахстанской области", "email": "kanc@densaulyk.bko.gov.kz",
          "bin": "990140001827"}
    s = [("01001041", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")]
    body = """Уважаемые коллеги!

От имени коллектива Управления здравоохранения Западно-Казахстанской области сердечно поздравляем Вас с Днем государственной службы!

Благодарим сотрудников Единого контакт-центра за оперативное консультирование граждан по вопросам прикрепления к поликлиникам и вызова врача на дом. Желаем крепкого здоровья, успехов и профессиональных достижений!

С уважением,
руководитель управления М. Ихсанов
"""
    h = std_headers("kanc@densaulyk.bko.gov.kz", "Поздравление с Днем государственной службы", "Tue, 23 Jun 2026 08:30:00 +0500",
                    "1782185400.2211@densaulyk.bko.gov.kz", display="Управление здравоохранения ЗКО")
    save_eml(name, h, text_part(body, cte="base64"))
    record(name, "other", "ru", "eml",
           "congratulations on Civil Service Day that thanks the centre for consulting on two named services",
           [other_key("body", "ru")], context(ag, s, "consulting", None, "nothing: greeting", False))


def o14():
    name = "nur-74-abai-tauelsizdik.pdf"
    ag = {"name": "Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
          "email": "enbek@abay.gov.kz", "bin": "220740031265"}
    s = [("02301004", "Мемлекеттік атаулы әлеуметтік көмек тағайындау")]
    flow = [P("АБАЙ ОБЛЫСЫНЫҢ ЖҰМЫСПЕН ҚАМТУДЫ ҮЙЛЕСТІРУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ", 10, "DVSB", "c"),
            P("УПРАВЛЕНИЕ КООРДИНАЦИИ ЗАНЯТОСТИ И СОЦИАЛЬНЫХ ПРОГРАММ ОБЛАСТИ АБАЙ", 10, "DVSB", "c"),
            SP(1, 16),
            P("Бірыңғай байланыс орталығының ұжымына\nКоллективу Единого контакт-центра", 11, "DVSB", "r"),
            SP(1, 16),
            P("Құрметті әріптестер!", 12, "DVSB", "c"),
            P("Сіздерді Қазақстан Республикасының Тәуелсіздік күнімен құттықтаймыз! Еліміздің тәуелсіздігі – ең қымбат "
              "құндылығымыз. Жаңа жетістіктер мен табыстар тілейміз!", 11, align="j"),
            SP(1, 10),
            P("Уважаемые коллеги!", 12, "DVSB", "c"),
            P("Поздравляем Вас с Днем Независимости Республики Казахстан! Желаем мира, благополучия и новых успехов в "
              "работе!", 11, align="j"),
            SP(1, 20),
            P("Басқарма басшысы / Руководитель управления                                  Д. Төлеубеков", 10, "DVSB"),
            P("2026 жылғы 15 желтоқсан / 15 декабря 2026 г.", 9)]
    save_pdf(name, flow)
    record(name, "other", "kk+ru", "pdf",
           "bilingual Independence Day congratulation letter on letterhead with a date and signature",
           [other_key(name, "kk+ru")], context(ag, s, "consulting", None, "nothing: greeting", False))


def o15():
    name = "nur-75-ulytau-seminar.eml"
    ag = {"name": "Ұлытау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы",
          "email": "tabigat@ulytau.gov.kz", "bin": "220840017731"}
    s = [("01303016", "Орман билетін беру")]
    # Written without the Kazakh-specific letters (old client, windows-1251), as some clerks still do.
    body = """Курметти арiптестер!

Улытау облысынын табиги ресурстар жане табигат пайдалануды реттеу баскармасы 2026 жылгы 24 кыркуйекте сагат 10.00-де "Орман жане жануарлар дуниесi саласындагы мемлекеттiк корсетiлетiн кызметтер: сапасы мен колжетiмдiлiгi" такырыбында семинар-кенес откiзедi.

Откiзiлетiн орны: Жезказган к., Алашахан дангылы, 1, маслихаттын мажiлiс залы (онлайн катысу мумкiндiгi бар).

Бiрынгай байланыс орталыгынын окiлдерiн катысуга шакырамыз. Катысушылар тiзiмiн 2026 жылгы 21 кыркуйекке дейiн жiберулерiнiздi сураймыз.

Байланыс: Оспанова М.К., 8 (71036) 4-12-58
"""
    h = std_headers("tabigat@ulytau.gov.kz", "Семинар-кенеске шакыру", "Mon, 14 Sep 2026 14:30:12 +0500",
                    "20260914143012.6632@ulytau.gov.kz", charset="windows-1251", display="Табигат баскармасы")
    save_eml(name, h, text_part(body, charset="windows-1251", cte="base64"))
    record(name, "other", "kk", "eml",
           "seminar invitation in Kazakh typed without Kazakh letters (Latin «i», Russian look-alikes) in windows-1251 base64; asks for a list of participants",
           [other_key("body", "kk")], context(ag, s, "consulting", None, "nothing: invitation, forward to the training team", False))


def o16():
    name = "nur-76-zko-seminar-invite.eml"
    att = "Programma_seminara.docx"
    ag = {"name": "ГУ «Управление предпринимательства и промышленности Западно-Казахстанской области»",
          "email": "kasipker@bko.gov.kz", "bin": "990540003391"}
    s = [("01401022", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции")]
    doc = new_doc(size=12)
    para(doc, "ПРОГРАММА", bold=True, align="c")
    para(doc, "обучающего семинара «Разрешительные документы в сфере оборота алкогольной продукции:\nизменения 2026 года»", bold=True, align="c")
    para(doc, "г. Уральск, 15 октября 2026 года, конференц-зал Управления", align="c")
    para(doc)
    grid(doc, [["Время", "Тема", "Спикер"],
               ["10:00–10:15", "Открытие семинара", "Жолдасов С.Т., руководитель управления"],
               ["10:15–11:00", "Изменения в правилах выдачи лицензий (услуги 01401022, 01401025)", "Кенжебаев А.Б., главный специалист"],
               ["11:00–11:30", "Работа в информационной системе «Е-лицензирование»", "представитель АО «НИТ»"],
               ["11:30–12:00", "Вопросы и ответы", "все участники"]], widths=[3, 9, 5], size=11, bold_rows=(0,))
    body = """Уважаемые коллеги!

Управление предпринимательства и промышленности ЗКО приглашает представителей Единого контакт-центра принять участие в обучающем семинаре для субъектов предпринимательства, который состоится 15 октября 2026 года в 10:00.

Программа семинара во вложении. Просим подтвердить участие до 12 октября по телефону 8 (7112) 24-07-93 (Кенжебаев Арман).

С уважением,
отдел лицензирования
"""
    h = std_headers("a.kenzhebaev@bko.gov.kz", "Приглашение на семинар 15.10.2026", "Mon, 5 Oct 2026 12:15:44 +0500",
                    "000c01dd1a4b$5e6f7a80$1b2c3d40$@bko.gov.kz", display="Кенжебаев Арман")
    save_eml(name, h, multipart("mixed", text_part(body, cte="quoted-printable"), attachment(att, docx_bytes(doc))))
    record(name, "other", "ru", "eml+docx",
           "seminar invitation from the responsible person, programme as a DOCX table with registry numbers and a name+position per line",
           [other_key("body", "ru"), other_key(att, "ru")],
           context(ag, s, "consulting", None, "nothing: invitation", False))


def o17():
    name = "nur-77-zhambyl-seminar.docx"
    ag = {"name": "Жамбыл облысының жолаушылар көлігі және автомобиль жолдары басқармасы",
          "email": "zholaushy@zhambyl.gov.kz", "bin": "050140011208"}
    s = [("01204015", "Облысаралық қалааралық автобус маршруттары бойынша тасымалдауды жүзеге асыруға куәлік беру")]
    doc = new_doc(size=12)
    para(doc, "ШАҚЫРУ / ПРИГЛАШЕНИЕ", bold=True, align="c", size=14)
    para(doc)
    para(doc, "Құрметті әріптестер!", bold=True, align="c")
    para(doc, "Жамбыл облысының жолаушылар көлігі және автомобиль жолдары басқармасы Сіздерді 2027 жылғы 12 наурызда "
              "сағат 15:00-де өтетін «Жолаушылар тасымалы саласындағы мемлекеттік көрсетілетін қызметтер: "
              "цифрландыру және азаматтардың өтініштері» тақырыбындағы семинар-кеңеске шақырады.", align="j", indent=1.25)
    para(doc)
    para(doc, "Уважаемые коллеги!", bold=True, align="c")
    para(doc, "Управление пассажирского транспорта и автомобильных дорог Жамбылской области приглашает Вас принять участие "
              "в семинаре-совещании «Государственные услуги в сфере пассажирских перевозок: цифровизация и обращения "
              "граждан», который состоится 12 марта 2027 года в 15:00.", align="j", indent=1.25)
    para(doc)
    para(doc, "Өтетін орны / Место проведения: Тараз қ., Төле би даңғылы, 35, 3-қабат, мәжіліс залы / г. Тараз, пр. Толе би, 35, 3 этаж, зал заседаний.")
    para(doc, "Байланыс / Контакты: Әбдірахманов Е.Қ., 8 (7262) 43-18-55.")
    save_docx(name, doc)
    record(name, "other", "kk+ru", "docx",
           "bilingual seminar invitation with a date, a place and a contact person (the responsible person) — not an appointment",
           [other_key(name, "kk+ru")], context(ag, s, "consulting", None, "nothing: invitation", False))


def o18():
    name = "nur-78-zakon-obzor.eml"
    ag = {"name": "Юридический отдел аппарата акима Павлодарской области", "email": "yurist@pavlodar.gov.kz",
          "bin": "990140002715"}
    s = [("00102011", "Регистрационный учет лица, занимающегося частной практикой")]
    html = """<html><head><meta charset="utf-8"><title>Обзор</title></head>
<body style="font-family:Arial;font-size:10pt">
<h2 style="color:#0b5394">Обзор изменений законодательства № 11 (ноябрь 2026 года)</h2>
<p>Рассылка юридического отдела аппарата акима Павлодарской области. Вы получили это письмо, так как подписаны на рассылку.</p>
<h3>Государственные услуги</h3>
<ul>
<li>Приказом Министра финансов РК от 2 декабря 2026 года № 702 внесены изменения в правила оказания государственных услуг органами государственных доходов (услуги 00102011, 00102014). Вводится в действие с 1 января 2027 года.</li>
<li>Приказом Министра сельского хозяйства РК от 20 ноября 2026 года № 390 утверждены новые правила оказания услуг в сфере землеустройства (00802004, 00802009).</li>
<li>Постановлением акимата области от 27 ноября 2026 года № 301/11 признаны утратившими силу регламенты ряда государственных услуг.</li>
</ul>
<h3>Государственная служба</h3>
<ul><li>Изменения в порядок проведения конкурсов на занятие административных государственных должностей.</li></ul>
<p style="font-size:8pt;color:#888">Чтобы отписаться от рассылки, ответьте на это письмо со словом «Отписаться».</p>
</body></html>
"""
    h = std_headers("rassylka@pavlodar.gov.kz", "Обзор изменений законодательства № 11/2026", "Mon, 7 Dec 2026 09:00:01 +0500",
                    "newsletter-2026-11-ekc@pavlodar.gov.kz", display="Юридический отдел аппарата акима Павлодарской области",
                    extra=[("List-Unsubscribe", "<mailto:rassylka@pavlodar.gov.kz?subject=unsubscribe>"),
                           ("Precedence", "bulk")])
    save_eml(name, h, text_part(html, "html", cte="quoted-printable"))
    record(name, "other", "ru", "eml",
           "HTML newsletter (Precedence: bulk) listing amending orders with registry numbers and dates — reads like a change notice but is a third party's digest",
           [other_key("body", "ru")], context(ag, s, "consulting", None, "nothing: third-party newsletter; changes must come from the responsible person", False))


def o19():
    name = "nur-79-zan-sholuy.pdf"
    ag = {"name": "Маңғыстау облысы әкімдігінің заң бөлімі", "email": "zan@mangystau.gov.kz", "bin": "990340008814"}
    s = [("01201019", "Құрылыс-монтаж жұмыстарының басталғаны туралы хабарламаны қабылдау")]
    flow = [P("ЗАҢНАМАДАҒЫ ӨЗГЕРІСТЕР ТУРАЛЫ АҚПАРАТТЫҚ БЮЛЛЕТЕНЬ", 12, "DVSB", "c"),
            P("№ 5 (2026 жылғы сәуір)", 10, align="c"),
            P("Маңғыстау облысы әкімдігінің заң бөлімі", 9, align="c"),
            SP(1, 12),
            P("1. Мемлекеттік көрсетілетін қызметтер", 11, "DVSB"),
            P("– ҚР Өнеркәсіп және құрылыс министрінің 2026 жылғы 20 сәуірдегі № 140 бұйрығымен «Құрылыс-монтаж "
              "жұмыстарының басталғаны туралы хабарламаны қабылдау» қызметінің қағидаларына өзгерістер енгізілді "
              "(хабарламаны қарау мерзімі 3 жұмыс күнінен 1 жұмыс күніне дейін қысқартылды).", 10, align="j"),
            P("– ҚР Ауыл шаруашылығы министрінің 2026 жылғы 9 қаңтардағы № 4 бұйрығымен жер учаскелеріне құқық беру "
              "жөніндегі қағидалар жаңартылды.", 10, align="j"),
            SP(1, 6),
            P("2. Мемлекеттік қызмет", 11, "DVSB"),
            P("– Мемлекеттік қызметшілердің қызметін бағалау қағидаларына өзгерістер енгізілді.", 10, align="j"),
            SP(1, 12),
            P("Бюллетень ақпараттық сипатта. Ресми мәтіндер «Әділет» ақпараттық-құқықтық жүйесінде жарияланған.", 8)]
    save_pdf(name, flow)
    record(name, "other", "kk", "pdf",
           "legislative-changes bulletin of an akimat's legal department in Kazakh: amending orders and a service name, no registry number, not from the responsible person",
           [other_key(name, "kk")], context(ag, s, "consulting", None, "nothing: bulletin", False))


def o20():
    name = "nur-80-ertis-hattama-zhoba.docx"
    ag = {"name": "Павлодар облысы Ертіс ауданының жер қатынастары бөлімі", "email": "zher@ertis.pavlodar.gov.kz",
          "bin": "051040009948"}
    s = [("00802004", "Жерге орналастыру жобаларын бекіту"), ("00802009", "Ауыл шаруашылығы алқаптарын бір түрден басқа түрге ауыстыру")]
    doc = new_doc(size=12)
    para(doc, "ЖОБА", bold=True, align="r", size=14)
    para(doc, "ХАТТАМА", bold=True, align="c", size=14)
    para(doc, "мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультациялауға қабылдауы туралы", bold=True, align="c")
    para(doc)
    para(doc, "Ертіс а.\t\t\t\t\t\t2026 жылғы «___» ____________")
    para(doc)
    para(doc, "Қатысқандар: Ғабитова А.Н. (бөлім), _______________ (БЖО).")
    para(doc)
    grid(doc, [["Тізілімдегі нөмірі", "Атауы"], [s[0][0], s[0][1]], [s[1][0], s[1][1]]], widths=[4, 13], size=12, bold_rows=(0,))
    para(doc)
    para(doc, "ШЕШІЛДІ: аталған қызметтер Бірыңғай байланыс орталығының консультациялауына қабылдансын.")
    para(doc)
    para(doc, "Бөлім: ___________\t\t\t\tБЖО: ___________")
    para(doc)
    para(doc, "[Ескерту: оқыту күні келісілгеннен кейін толтырылады]", italic=True, size=10)
    save_docx(name, doc)
    record(name, "other", "kk", "docx",
           "draft protocol marked ЖОБА with a blank date and empty signatures; otherwise identical to a training protocol",
           [other_key(name, "kk")], context(ag, s, "protocol", None, "nothing: a draft; wait for the signed protocol", False))


def o21():
    name = "nur-81-dala-proekt-protokola.docx"
    ag = {"name": "АО «Национальная компания «Дала Логистик»»", "email": "office@dalalogistic.kz", "bin": "080340017758"}
    s = [("01701003", "Выдача технических условий на примыкание подъездных путей к магистральной железнодорожной сети")]
    doc = new_doc(size=12)
    para(doc, "ПРОЕКТ", bold=True, align="r")
    para(doc, "ПРОТОКОЛ", bold=True, align="c", size=14)
    para(doc, "принятия Единым контакт-центром государственной услуги для консультирования", bold=True, align="c")
    para(doc)
    para(doc, "г. Астана\t\t\t\t\t\t\t«__» __________ 2027 г.")
    para(doc)
    para(doc, "Присутствовали:\nот АО «НК «Дала Логистик»» – Ворошилов И.А., ведущий инженер службы технических условий;\nот ЕКЦ – ____________________.")
    para(doc)
    para(doc, "Повестка: обучение по государственной услуге № 01701003 «Выдача технических условий на примыкание "
              "подъездных путей к магистральной железнодорожной сети».", align="j")
    para(doc)
    para(doc, "Решили: принять услугу для консультирования Единым контакт-центром.", align="j")
    para(doc)
    para(doc, "Подписи: ____________ / ____________", align="l")
    para(doc)
    para(doc, "Примечание: проект направляется для согласования даты обучения. Предлагаемые даты: 26 или 28 января 2027 года.", italic=True, size=10)
    save_docx(name, doc)
    record(name, "other", "ru", "docx",
           "ПРОЕКТ протокола: blank date «__» ______ 2027 г., no signatures, proposed training dates in a note",
           [other_key(name, "ru")], context(ag, s, "protocol", ("ЕКЦ-2027/0031", "2027-01-13", "О проведении обучения по услуге 01701003"),
                                               "nothing: agree a training date; wait for the signed protocol", False))


def o22():
    name = "nur-82-auto-demalys.eml"
    ag = {"name": "Түркістан облысының білім басқармасы", "email": "kense@bilim.turkistan.gov.kz", "bin": "180640021135"}
    s = [("00604012", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою")]
    body = """Сәлеметсіз бе!

Мен 2026 жылғы 27 шілдеден 10 тамызға дейін еңбек демалысындамын, хатыңызға оралғаннан кейін жауап беремін.

Шұғыл мәселелер бойынша бөлімнің бас маманы Әлімбеков Санжар Ержанұлына хабарласуларыңызды сұраймын: 8 (72533) 6-15-07.

Бұл хабарлама автоматты түрде жіберілді.

Гүлжан Тұрсынбаева
"""
    h = std_headers("g.tursynbaeva@bilim.turkistan.gov.kz", "Автоматты жауап: ЕКЦ-2026/0688 оқыту күні туралы",
                    "Tue, 28 Jul 2026 09:14:03 +0500", "auto.20260728091403.55@bilim.turkistan.gov.kz",
                    display="Тұрсынбаева Гүлжан",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("In-Reply-To", "<ekc-2026-0688@ekc.gov.kz>")])
    save_eml(name, h, text_part(body, cte="base64"))
    record(name, "other", "kk", "eml",
           "out-of-office auto-reply (Auto-Submitted) that names a stand-in with position, phone and the dative case — looks like a replacement",
           [other_key("body", "kk")], context(ag, s, "consulting", ("ЕКЦ-2026/0688", "2026-07-27", "Оқыту күні туралы"),
                                                 "nothing: auto-reply; retry after 2026-08-10 or call the stand-in", False))


def o23():
    name = "nur-83-auto-otvet.eml"
    ag = {"name": "Департамент юстиции Актюбинской области", "email": "aktobe@adilet.gov.kz", "bin": "970340002156"}
    s = [("01102011", "Государственная регистрация (перерегистрация) филиалов и представительств некоммерческих организаций")]
    body = """Здравствуйте!

Я нахожусь в командировке до 20.03.2026 включительно с ограниченным доступом к почте.
По вопросам государственной регистрации некоммерческих организаций обращайтесь в канцелярию: 8 (7132) 55-09-00.

Байжанова Айжан
Департамент юстиции Актюбинской области
"""
    h = std_headers("a.baizhanova@adilet.gov.kz", "Автоматический ответ: Запрос о предоставлении информации (ЕКЦ-2026/0270)",
                    "Fri, 13 Mar 2026 11:02:47 +0500", "AM8P190MB0962B4F@adilet.gov.kz", charset="windows-1251",
                    display="Байжанова Айжан Темирхановна",
                    extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                           ("X-Auto-Response-Suppress", "All")])
    save_eml(name, h, text_part(body, charset="windows-1251", cte="8bit", label=None), crlf=True)
    record(name, "other", "ru", "eml",
           "Outlook automatic reply, body in windows-1251 with NO charset label, CRLF",
           [other_key("body", "ru")], context(ag, s, "information", ("ЕКЦ-2026/0270", "2026-03-13", "Запрос о предоставлении информации"),
                                                 "nothing: auto-reply; keep waiting", False))


def o24():
    name = "nur-84-auto-reply-bilingual.eml"
    ag = {"name": "«Сарыарқа су жүйесі» ұлттық компаниясы» акционерлік қоғамы", "email": "info@saryarkasu.kz",
          "bin": "101140004473"}
    s = [("01304006", "Жер үсті су көздерінен су алуға техникалық шарттар беру")]
    plain = """Хатыңыз алынды. Жұмыс уақыты: дүйсенбі–жұма, 09:00–18:00 (Астана уақыты). Өтініштер 3 жұмыс күні ішінде қаралады.

Ваше письмо получено. Время работы: понедельник–пятница, 09:00–18:00 (время Астаны). Обращения рассматриваются в течение 3 рабочих дней.

Your message has been received.

«Сарыарқа су жүйесі» ҰК» АҚ / АО «НК «Сарыарка су жуйеси»»
"""
    html = """<p>Хатыңыз алынды. Жұмыс уақыты: дүйсенбі–жұма, 09:00–18:00 (Астана уақыты). Өтініштер 3 жұмыс күні ішінде қаралады.</p>
<p>Ваше письмо получено. Время работы: понедельник–пятница, 09:00–18:00 (время Астаны). Обращения рассматриваются в течение 3 рабочих дней.</p>
<p>Your message has been received.</p>
<p><small>«Сарыарқа су жүйесі» ҰК» АҚ / АО «НК «Сарыарка су жуйеси»»</small></p>
"""
    h = std_headers("noreply@saryarkasu.kz", "Автоматты жауап / Автоответ: ЕКЦ-2026/0744", "Mon, 24 Aug 2026 16:40:03 +0500",
                    "autoresp.1787571603@saryarkasu.kz", display="Сарыарқа су жүйесі",
                    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    save_eml(name, h, multipart("alternative", text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")))
    record(name, "other", "kk+ru", "eml",
           "trilingual acknowledgement auto-reply from noreply@, multipart/alternative",
           [other_key("body", "kk+ru")], context(ag, s, "appointment", ("ЕКЦ-2026/0744", "2026-08-24", "Жауапты тұлғаны тағайындау туралы"),
                                                    "nothing: auto-acknowledgement; keep waiting", False))


def o25():
    name = "nur-85-qate-adres.eml"
    att = "byudzhet_3kv_2026.xlsx"
    ag = {"name": "Маңғыстау облысы Түпқараған ауданының білім бөлімі", "email": "bilim@tupkaragan.mangystau.gov.kz",
          "bin": "030540006621"}
    s = [("00604047", "Балаларға қосымша білім беру бойынша қосымша білім беру ұйымдарына құжаттар қабылдау және оқуға қабылдау")]
    wb = Workbook()
    ws = wb.active
    ws.title = "3-тоқсан"
    ws["A1"] = "2026 жылғы 3-тоқсандағы бюджеттің атқарылуы туралы есеп (мың теңге)"
    xl_rows(ws, 3, [["Бағдарлама коды", "Атауы", "Жоспар", "Атқарылды", "%"],
                    ["464-003", "Жалпы білім беру", 1845200, 1790112, 97.0],
                    ["464-006", "Балаларға қосымша білім беру", 212400, 198760, 93.6],
                    ["464-012", "Мектепке дейінгі тәрбие", 640300, 640300, 100.0]])
    body = """Облыстық қаржы басқармасына

Түпқараған ауданының білім бөлімі 2026 жылғы 3-тоқсандағы бюджеттің атқарылуы туралы есепті жолдайды.

Қосымша: 1 файл.

Бөлім бухгалтері Г. Нысанбаева
"""
    h = std_headers("bilim@tupkaragan.mangystau.gov.kz", "3-тоқсан есебі", "Thu, 8 Oct 2026 17:22:09 +0500",
                    "d61e3b1c-8a9f-4c2e-b7d4-2f0a1e5c9b38@tupkaragan.mangystau.gov.kz",
                    display="Түпқараған ауданының білім бөлімі")
    save_eml(name, h, multipart("mixed", text_part(body, cte="8bit"), attachment(att, xlsx_bytes(wb))))
    record(name, "other", "kk", "eml+xlsx",
           "wrongly addressed: a budget report for the oblast finance department sent to the contact centre, with an XLSX table",
           [other_key("body", "kk"), other_key(att, "kk")],
           context(ag, s, "consulting", None, "nothing: misaddressed; tell the sender", False))


def o26():
    name = "nur-86-qate-obrashenie.eml"
    ag = {"name": "Қарағанды облысы Бұқар жырау ауданының әкімдігі", "email": "akimat@bukhar.karaganda.gov.kz",
          "bin": "010240003862"}
    s = [("00502015", "Выдача разрешения на использование земельного участка для изыскательских работ")]
    body = """Ботақара кенті әкімінің аппаратына
Аппарату акима поселка Ботакара

Азамат Сейтжанов Б.К.-ның жер учаскесін бөлу туралы өтінішін (e-Otinish жүйесінде № ЖТ-2026-04417719 тіркелген) қарау үшін жолдаймыз. Жауапты өтініш берушіге заңнамада белгіленген мерзімде беруді сұраймыз.

Направляем для рассмотрения обращение гражданина Сейтжанова Б.К. о выделении земельного участка (зарегистрировано в системе e-Otinish за № ЖТ-2026-04417719). Ответ заявителю просим направить в установленный законодательством срок.

Қосымша / Приложение: өтініш / обращение, 2 парақ / 2 листа (электрондық жүйеде).

Аудан әкімі аппаратының басшысы / Руководитель аппарата акима района     Қ. Әлиев
"""
    h = std_headers("akimat@bukhar.karaganda.gov.kz", "Өтінішті қарау үшін / Для рассмотрения обращения",
                    "Tue, 12 May 2026 15:48:30 +0500", "1778582910.9931@bukhar.karaganda.gov.kz",
                    display="Бұқар жырау ауданының әкімдігі")
    save_eml(name, h, text_part(body, cte="quoted-printable"))
    record(name, "other", "kk+ru", "eml",
           "wrongly addressed: a citizen's appeal forwarded to a settlement akim, but sent to the contact centre; bilingual",
           [other_key("body", "kk+ru")], context(ag, s, "consulting", None, "nothing: misaddressed; tell the sender", False))


def o27():
    name = "nur-87-sed-tirkeldi.txt"
    ag = {"name": "Атырау облысы Жылыой ауданы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
          "email": "enbek@zhylyoi.atyrau.gov.kz", "bin": "090740015526"}
    s = [("02302003", "Тұрғын үй көмегін тағайындау")]
    text = """ЭЛЕКТРОНДЫҚ ҚҰЖАТ АЙНАЛЫМЫНЫҢ БІРЫҢҒАЙ ЖҮЙЕСІ
Хабарлама

Құжат тіркелді.

Жіберуші: Бірыңғай байланыс орталығы
Шығыс нөмірі: ЕКЦ-2026/0640, 2026-07-10
Алушы: Атырау облысы Жылыой ауданы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі
Кіріс нөмірі: 3117, 2026-07-10 14:22
Бұрыштама: Сейтқали Н.Е. – орындау үшін. Мерзімі: 2026-07-15.
Мәртебесі: орындалуда

Бұл хабарлама автоматты түрде құрылды. Оған жауап берудің қажеті жоқ.
"""
    save_txt(name, text, encoding="utf-16")
    record(name, "other", "kk", "txt (UTF-16 BOM)",
           "EDMS registration receipt (UTF-16): our letter number, an executor's name with a deadline — but no appointment",
           [other_key(name, "kk")], context(ag, s, "appointment", ("ЕКЦ-2026/0640", "2026-07-10", "Жауапты тұлғаны тағайындау туралы"),
                                               "nothing: receipt; keep waiting for the appointment", False))


def o28():
    name = "nur-88-abai-zhedel-kenes.pdf"
    ag = {"name": "Абай облысының әкімдігі", "email": "kense@abay.gov.kz", "bin": "220740020088"}
    s = [("02301019", "Жұмыссыз ретінде тіркеу")]
    flow = [P("Абай облысы әкімінің орынбасары жанындағы жедел кеңестің\nХАТТАМАСЫ\n\n"
              "ПРОТОКОЛ\nоперативного совещания при заместителе акима области Абай", 11, "DVSB", "c"),
            SP(1, 8),
            Table([[P("Семей қ. / г. Семей", 10), P("2026 жылғы 18 қыркүйек / 18 сентября 2026 года  № 14", 10, align="r")]],
                  colWidths=[6 * cm, 11 * cm]),
            SP(1, 8),
            P("Қатысқандар / Присутствовали: облыстық басқармалардың басшылары, ХҚКО филиалы, аудан әкімдерінің орынбасарлары.", 10, align="j"),
            SP(1, 6),
            P("Мемлекеттік көрсетілетін қызметтердің сапасы туралы / О качестве оказания государственных услуг", 10, "DVSB"),
            P("Бірыңғай байланыс орталығының деректері бойынша тамыз айында облыс бойынша 214 өтініш түсті, оның 38-і "
              "«Жұмыссыз ретінде тіркеу» қызметі бойынша.\nПо данным Единого контакт-центра, в августе поступило 214 "
              "обращений, из них 38 – по услуге «Регистрация в качестве безработного».", 10, align="j"),
            SP(1, 6),
            P("ШЕШІЛДІ / РЕШИЛИ:", 10, "DVSB"),
            P("1. Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы өтініштердің себептерін талдап, "
              "2026 жылғы 1 қазанға дейін ақпарат берсін. / Управлению координации занятости и социальных программ "
              "проанализировать причины обращений и до 1 октября 2026 года представить информацию.", 10, align="j"),
            P("2. Басқармалар Бірыңғай байланыс орталығындағы жауапты тұлғалар туралы мәліметтердің өзектілігін "
              "тексерсін. / Управлениям проверить актуальность сведений об ответственных лицах в Едином контакт-центре.", 10, align="j"),
            SP(1, 20),
            P("Облыс әкімінің орынбасары / Заместитель акима области                           Н. Бейсенов", 10, "DVSB")]
    save_pdf(name, flow)
    record(name, "other", "kk+ru", "pdf",
           "bilingual хаттама/протокол of an oblast operational meeting: statistics from the contact centre and decisions to check responsible persons — no training, no acceptance",
           [other_key(name, "kk+ru")], context(ag, s, "consulting", None, "nothing: internal minutes", False))


def o29():
    name = "nur-89-zhylyoi-buiryk-koshirme.eml"
    att = "buiryk_48-zhk.docx"
    ag = {"name": "Атырау облысы Жылыой ауданы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
          "email": "enbek@zhylyoi.atyrau.gov.kz", "bin": "090740015526"}
    s = [("02302003", "Тұрғын үй көмегін тағайындау")]
    doc = new_doc(size=12)
    para(doc, "БҰЙРЫҚ / ПРИКАЗ", bold=True, align="c", size=14)
    para(doc, "2026 жылғы 16 шілде / 16 июля 2026 года\t\t\t№ 48-ж/қ", align="c")
    para(doc)
    para(doc, "Қалиева А.Т. туралы / О Калиевой А.Т.", bold=True)
    para(doc)
    para(doc, "1. Қалиева Айнұр Төлегенқызы 2026 жылғы 20 шілдеден бастап Жылыой ауданы әкімдігінің жұмыспен қамту "
              "және әлеуметтік бағдарламалар бөлімінің басшысы лауазымына тағайындалсын.", align="j")
    para(doc, "1. Назначить Қалиеву Айнұр Төлегенқызы на должность руководителя отдела занятости и социальных "
              "программ акимата Жылыойского района с 20 июля 2026 года.", align="j")
    para(doc, "2. Бұйрық қол қойылған күнінен бастап күшіне енеді. / Приказ вступает в силу со дня подписания.", align="j")
    para(doc)
    para(doc, "Аудан әкімі / Аким района\t\t\t\t\tС. Ғұбайдуллин", bold=True)
    body = """Бірыңғай байланыс орталығына / Единому контакт-центру

Бөлім басшысын тағайындау туралы бұйрықтың көшірмесін мәлімет үшін жолдаймыз.
Направляем для сведения копию приказа о назначении руководителя отдела.

Құжаттамалық қамтамасыз ету секторы / Сектор документационного обеспечения
"""
    h = std_headers("enbek@zhylyoi.atyrau.gov.kz", "Бұйрық көшірмесі / Копия приказа", "Fri, 17 Jul 2026 12:05:19 +0500",
                    "20260717120519.4402@zhylyoi.atyrau.gov.kz", display="Жылыой ауданы еңбек бөлімі")
    save_eml(name, h, multipart("mixed", text_part(body, cte="base64"), attachment(att, docx_bytes(doc))))
    record(name, "other", "kk+ru", "eml+docx",
           "copy of a bilingual order appointing a head of department, sent the same week as a real appointment (nur-18) — near miss to responsible_change",
           [other_key("body", "kk+ru"), other_key(att, "kk+ru")],
           context(ag, s, "consulting", None, "nothing: for information; the responsible person is Сейтқали Н.Е.", False))


def o30():
    name = "nur-90-kostanay-zhoba-proekt.txt"
    ag = {"name": "Костанайская областная территориальная инспекция Комитета ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан",
          "email": "kostanay.vet@minagri.gov.kz", "bin": "140240028816"}
    s = [("00902006", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте")]
    text = """ЖОБА / ПРОЕКТ

ХАТТАМА / ПРОТОКОЛ
Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультациялауға қабылдауы туралы /
о принятии Единым контакт-центром государственной услуги для консультирования

Қостанай қ. / г. Костанай                    2026 жылғы «__» ______ / «__» ______ 2026 года

Қызмет / Услуга: 00902006 – Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте

Қатысқандар / Присутствовали: Шевченко О.В. (инспекция), ____________ (БЖО / ЕКЦ)

Шешім / Решение: қызмет консультациялауға қабылдансын / услугу принять для консультирования.

Инспекция: __________            БЖО / ЕКЦ: __________

(Жобаны келісу үшін жолдаймыз / Направляем проект для согласования)
"""
    save_txt(name, text, bom=True)
    record(name, "other", "kk+ru", "txt (UTF-8 BOM)",
           "bilingual draft protocol (ЖОБА / ПРОЕКТ), blank date, unsigned; a registry number present",
           [other_key(name, "kk+ru")], context(ag, s, "protocol", ("ЕКЦ-2026/0518", "2026-05-26", "О подписании протокола"),
                                                  "nothing: draft; wait for the signed protocol", False))


OTHERS = [o01, o02, o03, o04, o05, o06, o07, o08, o09, o10, o11, o12, o13, o14, o15, o16, o17, o18, o19, o20,
          o21, o22, o23, o24, o25, o26, o27, o28, o29, o30]


# =====================================================================================
#  MAIN, MANIFEST, CHECK
# =====================================================================================

ALL = FORMS + RESPONSIBLE + REFUSALS + PROTOCOLS + CHANGES + OTHERS


def write_manifest():
    lines = ["# Corpus «nurlan» (held-out r3b): 90 documents", "",
             "Written as a clerk of an oblast/district akimat, a territorial department or a national company would. "
             "Language: kk = Kazakh, ru = Russian, kk+ru = both (no `language` in the key for kk+ru documents). "
             "All agencies, people, numbers and addresses are invented. Rebuild with `python3 make.py`; "
             "re-read every file with `python3 make.py --check`.", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for name, kind, lang, fmt, hard in MANIFEST:
        lines.append(f"| `{name}` | {kind} | {lang} | {fmt} | {hard.replace('|', '/')} |")
    (OUT / "MANIFEST.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build():
    for fn in ALL:
        fn()
    write_manifest()
    print(f"{len(MANIFEST)} documents written to {OUT}")


# ----------------------------------------------------------------- check

KINDS = {"appendix1_form", "change_notice", "responsible_change", "refusal", "training_protocol", "other"}
AWAIT = {"appointment", "information", "protocol", "additional_answer", "consulting"}
GROUNDS = {"state_secret", "commercial_secret", "protected_secret", "not_competent", "other"}


def _fold(s):
    import re
    import unicodedata
    s = unicodedata.normalize("NFC", s)
    for a, b in (("«", '"'), ("»", '"'), ("“", '"'), ("”", '"'), ("—", "-"), ("–", "-"), ("\u00a0", " ")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().casefold()


def _text_of(name, data):
    """Return {part: text} for a file's bytes, re-reading it with its library."""
    import email
    from email import policy
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    out.append(c.text)
        return {name: "\n".join(out)}
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(data))
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out.extend(str(v) for v in row if v is not None)
        return {name: "\n".join(out)}
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            out = []
            for page in pdf.pages:
                out.append(page.extract_text() or "")
                for t in page.extract_tables():
                    out.extend(c for row in t for c in row if c)
            return {name: "\n".join(out)}
    if ext == "txt":
        if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
            return {name: data.decode("utf-16")}
        return {name: data.decode("utf-8-sig")}
    if ext == "eml":
        msg = email.message_from_bytes(data, policy=policy.default)
        parts = {}
        body = []
        for p in msg.walk():
            if p.is_multipart():
                continue
            fn = p.get_filename()
            if fn:
                parts.update(_text_of(fn, p.get_payload(decode=True)))
            elif p.get_content_maintype() == "text":
                raw = p.get_payload(decode=True)
                cs = p.get_content_charset()
                # the truth, for checking only: KZ-1048 behind a windows-1251 label, UTF-8 when unlabelled
                txt = None
                if cs == "windows-1251":
                    try:
                        alt = raw.decode("kz1048")
                        if any(ch in alt for ch in "ӘәҒғҚқҢңӨөҰұҮүҺһІі"):
                            txt = alt
                    except UnicodeDecodeError:
                        pass
                if txt is None:
                    try:
                        txt = raw.decode(cs or "utf-8")
                    except (UnicodeDecodeError, LookupError):
                        txt = raw.decode("cp1251")
                if p.get_content_subtype() == "html":
                    import html as _h
                    import re
                    txt = _h.unescape(re.sub(r"<[^>]+>", " ", txt))
                body.append(txt)
        parts["body"] = "\n".join(body)
        return parts
    raise ValueError(name)


def _strings(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _strings(v, f"{path}[{i}]")
    elif isinstance(obj, str):
        yield path, obj


def check():
    import re
    problems, warnings = [], []
    names = sorted(p.name[:-len(".expected.json")] for p in OUT.glob("*.expected.json"))
    counts = {}
    for name in names:
        key = json.loads((OUT / f"{name}.expected.json").read_text(encoding="utf-8"))
        ctx = json.loads((OUT / f"{name}.context.json").read_text(encoding="utf-8"))
        if set(key) != {"exit", "documents"} or key["exit"] != 0 or not key["documents"]:
            problems.append(f"{name}: key shape")
        for k in ("agency", "services", "awaiting", "our_letter", "expected_effect", "is_reply"):
            if k not in ctx:
                problems.append(f"{name}: context lacks {k}")
        if ctx["awaiting"] not in AWAIT:
            problems.append(f"{name}: awaiting {ctx['awaiting']}")
        if not re.fullmatch(r"\d{12}", ctx["agency"]["bin"]):
            problems.append(f"{name}: bin")
        for sv in ctx["services"]:
            if not re.fullmatch(r"\d{8}", sv["registry_number"]):
                problems.append(f"{name}: registry number {sv}")
        data = (OUT / name).read_bytes()
        try:
            texts = _text_of(name, data)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{name}: cannot re-read: {e!r}")
            continue
        kinds = {d["kind"] for d in key["documents"]}
        if ctx["is_reply"] != (kinds != {"other"}):
            problems.append(f"{name}: is_reply vs kinds {kinds}")
        for d in key["documents"]:
            if d["kind"] not in KINDS:
                problems.append(f"{name}: kind {d['kind']}")
            if d["part"] not in texts:
                problems.append(f"{name}: part {d['part']} not found (have {list(texts)})")
                continue
            counts[d["kind"]] = counts.get(d["kind"], 0) + 1
            if "refusal_ground" in d and d["refusal_ground"] not in GROUNDS:
                problems.append(f"{name}: ground")
            text = _fold(texts[d["part"]])
            words = set(re.findall(r"\w+", text))
            digits = re.sub(r"\D", "", texts[d["part"]])
            for path, val in _strings(d):
                if path in (".part", ".kind", ".language", ".refusal_ground") or re.fullmatch(r"\d{4}-\d\d-\d\d", val):
                    continue
                if path.endswith(".phone"):
                    if re.sub(r"\D", "", val) not in digits:
                        problems.append(f"{name}: phone {val} not in text")
                    continue
                v = _fold(val)
                if v in text:
                    continue
                if name.endswith(".pdf") and set(re.findall(r"\w+", v)) <= words:
                    continue
                (warnings if path.endswith("full_name") else problems).append(f"{name}: {path} not verbatim: {val[:70]}")
    total = len(names)
    print(f"checked {total} documents; kinds {counts}")
    for w in warnings:
        print("  note:", w)
    for p in problems:
        print("  PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
