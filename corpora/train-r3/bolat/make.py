#!/usr/bin/env python3
"""Generator of the "bolat" held-out corpus (round 3).

75 genuine replies from Kazakh agencies to the Unified Contact Centre:
40 filled Appendix 1 forms (mostly Kazakh or bilingual) and 35 change notices (Rules p.6).
Every document's text is written by hand below; the helpers only lay it out.

    /tmp/cv-bolat/bin/python make.py        # needs python-docx, openpyxl, reportlab

Writes into the folder this script lives in.  Deterministic (no randomness, fixed dates).
"""
from __future__ import annotations

import io
import json
import os
import sys
from email import encoders, policy
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONT_DIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuCond", FONT_DIR + "DejaVuSansCondensed.ttf"))

MANIFEST: list[tuple[str, str, str, str, str]] = []
ECK = "info@ekc-1414.kz"
ECK_NAME = "Бірыңғай байланыс орталығы / Единый контакт-центр"


# ----------------------------------------------------------------------------- keys, context

def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def save(fname: str, data: bytes) -> None:
    (OUT / fname).write_bytes(data)


def agency(name: str, email: str, bin_: str) -> dict:
    return {"name": name, "email": email, "bin": bin_}


def letter(number: str, date: str, subject: str) -> dict:
    return {"number": number, "date": date, "subject": subject}


def context(fname: str, ag: dict, services: list, awaiting: str, our_letter, effect: str,
            is_reply: bool = True) -> None:
    write_json(OUT / (fname + ".context.json"), {
        "agency": ag,
        "services": [{"registry_number": r, "name": n} for r, n in services],
        "awaiting": awaiting,
        "our_letter": our_letter,
        "expected_effect": effect,
        "is_reply": is_reply,
    })


def expected(fname: str, documents: list, exit_code: int = 0) -> None:
    write_json(OUT / (fname + ".expected.json"), {"exit": exit_code, "documents": documents})


def manifest(fname, kind, lang, fmt, hard) -> None:
    MANIFEST.append((fname, kind, lang, fmt, hard))


class S:
    """One service row of an Appendix 1 form: the key values plus how each cell is written.

    shown: overrides of what a cell literally says (e.g. {"web": "-//-"}), the key keeps the value.
    c8: column 8 exactly as written in the cell.
    """

    def __init__(self, reg, name, std, regl, npa, web, fio, pos, email=None, phone=None, c8="",
                 shown=None):
        self.reg, self.name, self.std, self.regl, self.npa, self.web = reg, name, std, regl, npa, web
        self.fio, self.pos, self.email, self.phone = fio, pos, email, phone
        self.c8 = c8
        self.shown = shown or {}

    def key(self) -> dict:
        return {
            "registry_number": self.reg,
            "service_name": self.name,
            "standard": self.std,
            "regulation": self.regl,
            "npa_changes": self.npa,
            "website": self.web,
            "responsible": {"full_name": self.fio, "position": self.pos, "email": self.email,
                            "phone": self.phone},
        }

    def cell(self, col: str) -> str:
        if col in self.shown:
            return self.shown[col]
        return {"reg": self.reg, "name": self.name, "std": self.std or "", "regl": self.regl or "",
                "npa": self.npa if self.npa is not None else "-", "web": self.web or "-",
                "c8": self.c8}[col]

    def cells(self, order=("reg", "name", "std", "regl", "npa", "web", "c8")) -> list:
        return [self.cell(c) for c in order]


def form_key(part, lang, svcs, ex_name, ex_date) -> dict:
    d = {"part": part, "kind": "appendix1_form"}
    if lang:
        d["language"] = lang
    d["services"] = [s.key() for s in svcs]
    if ex_name is None and ex_date is None:
        d["executor"] = None
    else:
        d["executor"] = {"full_name": ex_name, "date": ex_date}
    return d


def ch(reg, standard=None, regulation=None, npa_changes=None, website=None) -> dict:
    """A service of a change notice: the changed fields, the others null."""
    return {"registry_number": reg, "standard": standard, "regulation": regulation,
            "npa_changes": npa_changes, "website": website}


def change_key(part, lang, services, change_date) -> dict:
    d = {"part": part, "kind": "change_notice"}
    if lang:
        d["language"] = lang
    d["services"] = services
    d["change_date"] = change_date
    return d


# ----------------------------------------------------------------------------- DOCX

def _set_cell_bg(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _fill_cell(cell, text, bold=False, size=None, align=None, font=None):
    """Paragraphs split on blank lines; single newlines become line breaks."""
    parts = text.split("\n\n") if text else [""]
    cell.text = ""
    first = True
    for ptxt in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(ptxt)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font
        if align is not None:
            p.alignment = align


def new_doc(landscape_=False, font="Times New Roman", size=12, margins=(2.0, 1.5, 2.0, 1.0)):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = d.sections[0]
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    return d


def para(d, text, align=None, bold=False, size=None, italic=False, space_after=None):
    p = d.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_table(d, rows, header_rows=1, widths=None, size=9, style="Table Grid", shade=None,
              bold_header=True, merges=()):
    """rows: list of lists of str (None for a cell swallowed by a merge)."""
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(ncols):
            txt = r[j] if j < len(r) else ""
            if txt is None:
                continue
            c = t.cell(i, j)
            _fill_cell(c, txt, bold=(bold_header and i < header_rows), size=size,
                       align=WD_ALIGN_PARAGRAPH.CENTER if i < header_rows else None)
            if shade and i < header_rows:
                _set_cell_bg(c, shade)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        _fill_cell(m, keep, bold=bold_header and r1 < header_rows, size=size,
                   align=WD_ALIGN_PARAGRAPH.CENTER if r1 < header_rows else None)
    if widths:
        for i, w in enumerate(widths):
            for row in t.rows:
                if i < len(row.cells):
                    row.cells[i].width = Cm(w)
    return t


def fix_zip(data: bytes, author: str = "Пользователь") -> bytes:
    """Make an OOXML package reproducible: fixed member times and document properties."""
    import re
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                x = blob.decode("utf-8")
                x = re.sub(r"<dc:creator>.*?</dc:creator>|<dc:creator/>", f"<dc:creator>{author}</dc:creator>", x)
                x = re.sub(r"<cp:lastModifiedBy>.*?</cp:lastModifiedBy>|<cp:lastModifiedBy/>",
                           f"<cp:lastModifiedBy>{author}</cp:lastModifiedBy>", x)
                x = x.replace("<dc:description>generated by python-docx</dc:description>", "<dc:description/>")
                x = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2027-01-11T04:00:00Z\g<2>", x)
                blob = x.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 11, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(d) -> bytes:
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue())


# ----------------------------------------------------------------------------- XLSX

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_put(ws, r, c, v, bold=False, wrap=True, border=True, size=10, center=False, font="Times New Roman"):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=font, size=size, bold=bold)
    cell.alignment = Alignment(wrap_text=wrap, vertical="top" if not center else "center",
                               horizontal="center" if center else None)
    if border:
        cell.border = BOX
    return cell


def xlsx_bytes(wb) -> bytes:
    b = io.BytesIO()
    wb.save(b)
    return fix_zip(b.getvalue())


# ----------------------------------------------------------------------------- PDF

def pstyle(name="b", size=8, font="DejaVu", align=TA_LEFT, leading=None):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=align)


def esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def pdf_bytes(flow, pagesize=None, margins=1.5) -> bytes:
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=pagesize or landscape(A4), leftMargin=margins * cm,
                            rightMargin=margins * cm, topMargin=margins * cm, bottomMargin=margins * cm,
                            title="", author="", creator="Microsoft Word", invariant=1)
    doc.build(flow)
    return b.getvalue()


def ptable(rows, widths, header_rows=1, size=7, font="DejaVu", grid=0.5, head_bg=None):
    body = pstyle("cell", size, font)
    head = pstyle("head", size, "DejaVu-Bold" if font == "DejaVu" else font, TA_CENTER)
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(esc(c), head if i < header_rows else body) if c is not None else ""
                     for c in r])
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=header_rows)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    if grid:
        st.append(("GRID", (0, 0), (-1, -1), grid, colors.black))
    if head_bg:
        st.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), head_bg))
    t.setStyle(TableStyle(st))
    return t


# ----------------------------------------------------------------------------- mail

def addr(name: str, email: str, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return formataddr((name, email))
    h = Header(name, charset)
    h.append(f"<{email}>", "us-ascii")
    return h


def hdrs(msg, frm, to, subject, date, mid, charset="utf-8", cc=None, extra=()):
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subject, charset) if any(ord(c) > 127 for c in subject) else subject
    msg["Date"] = date
    msg["Message-ID"] = mid
    for k, v in extra:
        msg[k] = v
    return msg


def attach(msg, data: bytes, filename: str, mime=("application", "octet-stream"), style="rfc2231"):
    part = MIMEBase(*mime)
    part.set_payload(data)
    encoders.encode_base64(part)
    if style == "rfc2231":
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    elif style == "encoded-word":
        enc = Header(filename, "utf-8").encode()
        part.set_param("name", enc)
        part.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        part.add_header("Content-Disposition", "attachment", filename=filename)
    msg.attach(part)
    return part


DOCX_MIME = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX_MIME = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PDF_MIME = ("application", "pdf")


def eml_bytes(msg) -> bytes:
    """Envelope headers first, MIME headers after them, as mail clients write them."""
    mime = ("content-", "mime-version")
    import hashlib
    seed = hashlib.md5(str(msg["Message-ID"]).encode()).hexdigest()
    for n, part in enumerate(msg.walk()):
        if part.is_multipart() and part.get_boundary() is None:
            part.set_boundary(f"----=_NextPart_{n:03d}_{seed[:4].upper()}_{seed[4:12].upper()}")
    msg._headers = ([h for h in msg._headers if not h[0].lower().startswith(mime)]
                    + [h for h in msg._headers if h[0].lower().startswith(mime)])
    return msg.as_bytes(policy=policy.compat32.clone(linesep="\r\n"))


# =============================================================================
# PART 1. Appendix 1 forms as DOCX (F01-F20)
# =============================================================================

W8 = [1.0, 2.0, 3.4, 4.6, 4.4, 3.6, 2.8, 4.2]
NUMS = ["1", "2", "3", "4", "5", "6", "7", "8"]

# ---------------------------------------------------------------- F01
fn = "f01-krg-aleumet-3rows.docx"
f01 = [
    S("00512047", "Тұрғын үй көмегін тағайындау",
      "«Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 28 сәуірдегі № 141 бұйрығымен бекітілген",
      "«Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызмет регламенті, Қарағанды облысы әкімдігінің 2026 жылғы 19 маусымдағы № 38/02 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Сапарова Гүлнар Ерланқызы", "бас маман", None, "8 7212 41-22-10",
      c8="Сапарова Гүлнар Ерланқызы, бас маман, тел. 8 7212 41-22-10", shown={"npa": "жоқ"}),
    S("00512051", "Жерлеуге арналған әлеуметтік көмек тағайындау",
      "«Жерлеуге арналған әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 28 сәуірдегі № 141 бұйрығымен бекітілген",
      "«Жерлеуге арналған әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызмет регламенті, Қарағанды облысы әкімдігінің 2026 жылғы 19 маусымдағы № 38/03 қаулысымен бекітілген",
      "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 11 желтоқсандағы № 502 «Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 28 сәуірдегі № 141 бұйрығына өзгерістер енгізу туралы» бұйрығы",
      "www.egov.kz",
      "Ахметжанова Сәуле Бекқызы", "жетекші маман", "s.akhmetzhanova@uzhsp.krg.gov.kz", "8 7212 41-22-14",
      c8="Ахметжанова Сәуле Бекқызы, жетекші маман, тел. 8 7212 41-22-14, s.akhmetzhanova@uzhsp.krg.gov.kz",
      shown={"web": "-//-"}),
    S("00512063", "Мүгедектігі бар адамдарды санаторий-курорттық емдеумен қамтамасыз ету",
      "«Мүгедектігі бар адамдарды санаторий-курорттық емдеумен қамтамасыз ету» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 28 сәуірдегі № 141 бұйрығымен бекітілген",
      "«Мүгедектігі бар адамдарды санаторий-курорттық емдеумен қамтамасыз ету» мемлекеттік көрсетілетін қызмет регламенті, Қарағанды облысы әкімдігінің 2026 жылғы 19 маусымдағы № 38/04 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Ахметжанова Сәуле Бекқызы", "жетекші маман", "s.akhmetzhanova@uzhsp.krg.gov.kz", "8 7212 41-22-14",
      c8="-//-", shown={"web": "-//-", "npa": "-"}),
]
d = new_doc(landscape_=True, size=11)
para(d, "Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", align="c", bold=True)
para(d, "Мемлекеттік көрсетілетін қызметтер туралы ақпарат", align="c", bold=True)
hdr = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
       "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
       "Нормативтік құқықтық актілердің өзгерістері",
       "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
       "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
add_table(d, [hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f01, 1)], header_rows=2, widths=W8, size=9)
para(d, "")
para(d, "Орындаған: Сапарова Г.Е., тел. 41-22-10")
para(d, "2027 жылғы 12 наурыз")
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f01, "Сапарова Г.Е.", "2027-03-12")])
context(fn, agency("Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
                   "kense@uzhsp.krg.gov.kz", "990240003152"),
        [(s.reg, s.name) for s in f01], "information",
        letter("ЕКЦ-2027/198", "2027-03-05", "1-қосымша нысаны бойынша ақпарат беру туралы"),
        "record the three services' standard, regulation, acts, site and responsible persons; proceed to training")
manifest(fn, "appendix1_form", "kk", "docx", "Kazakh headers + 1..8 row; 'жоқ' and '-' for no acts; row 3 column 8 and column 7 '-//-' repeat the row above; executor with initials and phone, date '2027 жылғы 12 наурыз'")

# ---------------------------------------------------------------- F02
fn = "f02-burabay-saulet-bilingual.docx"
f02 = [
    S("00901012", "Выдача архитектурно-планировочного задания",
      "Стандарт государственной услуги «Выдача архитектурно-планировочного задания», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 3 марта 2026 года № 77",
      "Регламент государственной услуги «Выдача архитектурно-планировочного задания», утвержденный постановлением акимата Акмолинской области от 14 мая 2026 года № А-5/231",
      None, "www.egov.kz",
      "Жакупова Асель Муратовна", "главный специалист", None, "8 (71636) 4-12-80",
      c8="Жакупова Асель Муратовна, главный специалист, тел. 8 (71636) 4-12-80, вн. 123"),
    S("00901019", "Выдача решения на изменение функционального назначения помещений (отдельных частей) существующих зданий",
      "Стандарт государственной услуги «Выдача решения на изменение функционального назначения помещений (отдельных частей) существующих зданий», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 3 марта 2026 года № 77",
      "Регламент государственной услуги «Выдача решения на изменение функционального назначения помещений (отдельных частей) существующих зданий», утвержденный постановлением акимата Акмолинской области от 14 мая 2026 года № А-5/232",
      "Приказ Министра промышленности и строительства Республики Казахстан от 9 октября 2026 года № 412 «О внесении изменений в приказ Министра промышленности и строительства Республики Казахстан от 3 марта 2026 года № 77»",
      "www.egov.kz",
      "Серикбаев Данияр Оралович", "руководитель отдела", "d.serikbayev@burabay-sauletk.gov.kz", "8 (71636) 4-12-77",
      c8="Серикбаев Данияр Оралович, руководитель отдела, тел. 8 (71636) 4-12-77, d.serikbayev@burabay-sauletk.gov.kz"),
]
d = new_doc(landscape_=True, font="Arial", size=10)
para(d, "1-қосымша / Приложение 1", align="r", size=9)
para(d, "Бурабай ауданының сәулет және қала құрылысы бөлімі\nОтдел архитектуры и градостроительства Бурабайского района", align="c", bold=True)
hdr = ["№ р/с\n№ п/п",
       "Тізілімдегі мемлекеттік көрсетілетін қызметтің нөмірі\n\n№ государственной услуги в реестре",
       "Мемлекеттік көрсетілетін қызметтің атауы\n\nНаименование государственной услуги",
       "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері)\n\nСтандарт государственной услуги (с указанием его реквизитов)",
       "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері)\n\nРегламент государственной услуги (с указанием его реквизитов)",
       "НҚА өзгерістері\n\nИзменения нормативных правовых актов",
       "Интернет-ресурс\n\nИнтернет-ресурс, на котором размещена информация о государственной услуге",
       "Жауапты тұлғаның Т.А.Ә., лауазымы\n\nФ.И.О., должность ответственного лица"]
add_table(d, [hdr] + [[str(i)] + s.cells() for i, s in enumerate(f02, 1)], header_rows=1, widths=W8, size=8,
          shade="D9D9D9")
para(d, "")
para(d, "Орындаған / Исполнитель: Жакупова Асель Муратовна", size=9)
para(d, "Күні / Дата: 12.03.2027", size=9)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, None, f02, "Жакупова Асель Муратовна", "2027-03-12")])
context(fn, agency("ГУ «Отдел архитектуры и градостроительства Бурабайского района»", "burabay-sauletk@akmo.gov.kz",
                   "060840012977"),
        [(s.reg, s.name) for s in f02], "information",
        letter("ЕКЦ-2027/204", "2027-03-06", "О предоставлении информации по форме приложения 1"),
        "record both services; column 8 internal extension must not become the phone")
manifest(fn, "appendix1_form", "kk+ru", "docx", "each header cell Kazakh over Russian (two paragraphs); Russian content; column 8 ends with 'вн. 123' extension that is neither phone nor position; bilingual executor labels")

# ---------------------------------------------------------------- F03
fn = "f03-turkistan-jer-labels.docx"
f03 = [
    S("00702031", "Жерге орналастыру жобасын бекіту",
      "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
      "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет регламенті, Түркістан облысы әкімдігінің 2026 жылғы 17 наурыздағы № 52 қаулысымен бекітілген",
      None, "https://www.gov.kz/memleket/entities/turkistan-jer",
      "Құлмағамбетов Ерғали Төлеуұлы", "бөлім басшысы", "e.kulmagambetov@jer.turkistan.gov.kz", "8 (7253) 31-05-42",
      c8="Т.А.Ә.: Құлмағамбетов Ерғали Төлеуұлы\nЛауазымы: бөлім басшысы\nТел.: 8 (7253) 31-05-42\nE-mail: e.kulmagambetov@jer.turkistan.gov.kz"),
    S("00702038", "Жер учаскесін жеке тұрғын үй құрылысы үшін беру",
      "«Жер учаскесін жеке тұрғын үй құрылысы үшін беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
      "«Жер учаскесін жеке тұрғын үй құрылысы үшін беру» мемлекеттік көрсетілетін қызмет регламенті, Түркістан облысы әкімдігінің 2026 жылғы 17 наурыздағы № 53 қаулысымен бекітілген",
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 24 қыркүйектегі № 311 «Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» бұйрығына өзгеріс енгізу туралы» бұйрығы",
      "https://www.gov.kz/memleket/entities/turkistan-jer",
      "Қасымова Меруерт Жандосқызы", "жетекші маман", "m.kasymova@jer.turkistan.gov.kz", "8 (7253) 31-05-47",
      c8="Т.А.Ә.: Қасымова Меруерт Жандосқызы\nЛауазымы: жетекші маман\nТел.: 8 (7253) 31-05-47\nE-mail: m.kasymova@jer.turkistan.gov.kz"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Бірыңғай байланыс орталығының 2027 жылғы 27 ақпандағы № ЕКЦ-2027/170 сұрау салуына", align="r", italic=True, size=10)
para(d, "Түркістан облысының жер қатынастары басқармасы бойынша мемлекеттік көрсетілетін қызметтер туралы мәліметтер", align="c", bold=True)
hdr = ["№", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарты (деректемелерімен)",
       "Регламенті (деректемелерімен)", "НҚА-ға енгізілген өзгерістер", "Интернет-ресурс",
       "Жауапты тұлға (Т.А.Ә., лауазымы)"]
add_table(d, [hdr] + [[str(i)] + s.cells() for i, s in enumerate(f03, 1)], widths=W8, size=9)
para(d, "")
para(d, "Орынд.: Қасымова М.Ж.                                        Күні: «05» наурыз 2027 ж.", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f03, "Қасымова М.Ж.", "2027-03-05")])
context(fn, agency("Түркістан облысының жер қатынастары басқармасы", "jer@turkistan.gov.kz", "180240021354"),
        [(s.reg, s.name) for s in f03], "information",
        letter("ЕКЦ-2027/170", "2027-02-27", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
        "record two land services with their responsible persons")
manifest(fn, "appendix1_form", "kk", "docx", "column 8 as labelled lines 'Т.А.Ә.:', 'Лауазымы:', 'Тел.:', 'E-mail:'; executor and date on one line separated by spaces; nested «» in the act title")

# ---------------------------------------------------------------- F04
fn = "f04-shymkent-bilim-4rows.docx"
_p = "Бейсенова Айжан", "мектепке дейінгі білім бөлімінің бас маманы", None, "8 (7252) 53-11-04"
f04 = [
    S("00803004", "Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою",
      "«Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою» мемлекеттік көрсетілетін қызмет регламенті, Шымкент қаласы әкімдігінің 2026 жылғы 2 наурыздағы № 118 қаулысымен бекітілген",
      None, "www.egov.kz, www.shymkent-bilim.gov.kz", *_p,
      c8="Бейсенова Айжан – мектепке дейінгі білім бөлімінің бас маманы, 8 (7252) 53-11-04"),
    S("00803011", "Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламаларын іске асыратын ұйымдарға құжаттар қабылдау және балаларды қабылдау",
      "«Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламаларын іске асыратын ұйымдарға құжаттар қабылдау және балаларды қабылдау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламаларын іске асыратын ұйымдарға құжаттар қабылдау және балаларды қабылдау» мемлекеттік көрсетілетін қызмет регламенті, Шымкент қаласы әкімдігінің 2026 жылғы 2 наурыздағы № 119 қаулысымен бекітілген",
      None, "www.egov.kz, www.shymkent-bilim.gov.kz", *_p,
      c8="сол сияқты", shown={"web": "сол сияқты"}),
    S("00803025", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру",
      "«Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» мемлекеттік көрсетілетін қызмет регламенті, Шымкент қаласы әкімдігінің 2026 жылғы 2 наурыздағы № 120 қаулысымен бекітілген",
      "Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 15 қазандағы № 287 «Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығына өзгерістер енгізу туралы» бұйрығы",
      "www.egov.kz, www.shymkent-bilim.gov.kz",
      "Төлегенов Мирас Асқарұлы", "орта білім бөлімінің басшысы", "m.tolegenov@shymkent-bilim.gov.kz", "8 (7252) 53-11-20",
      c8="Төлегенов Мирас Асқарұлы – орта білім бөлімінің басшысы, 8 (7252) 53-11-20, m.tolegenov@shymkent-bilim.gov.kz",
      shown={"web": "сол сияқты"}),
    S("00803031", "Білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну",
      "«Білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну» мемлекеттік көрсетілетін қызмет регламенті, Шымкент қаласы әкімдігінің 2026 жылғы 2 наурыздағы № 121 қаулысымен бекітілген",
      None, "www.egov.kz, www.shymkent-bilim.gov.kz",
      "Төлегенов Мирас Асқарұлы", "орта білім бөлімінің басшысы", "m.tolegenov@shymkent-bilim.gov.kz", "8 (7252) 53-11-20",
      c8="сол сияқты", shown={"web": "сол сияқты", "npa": "—"}),
]
d = new_doc(landscape_=True, font="Times New Roman", size=12)
para(d, "Шымкент қаласының білім басқармасы", align="c", bold=True)
para(d, "Бірыңғай байланыс орталығына ұсынылатын ақпарат", align="c")
hdr = ["№ р/с", "Мемлекеттік қызметтер тізіліміндегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)",
       "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
       "Нормативтік құқықтық актілердің өзгерістері", "Ақпарат орналастырылған интернет-ресурс",
       "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
add_table(d, [hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f04, 1)], header_rows=2, widths=W8, size=8)
para(d, "")
para(d, "Орындаған: Бейсенова А.\nтел.: 53-11-04\n2027 жылғы 3 ақпан", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f04, "Бейсенова А.", "2027-02-03")])
context(fn, agency("Шымкент қаласының білім басқармасы", "bilim@shymkent.gov.kz", "180740031620"),
        [(s.reg, s.name) for s in f04], "information",
        letter("ЕКЦ-2027/088", "2027-01-28", "Ақпарат беру туралы (1-қосымша)"),
        "record four education services; rows 2 and 4 repeat column 8 with 'сол сияқты'")
manifest(fn, "appendix1_form", "kk", "docx", "'сол сияқты' repeats column 8 (rows 2, 4) and column 7 (rows 2-4); a person without patronymic; position in genitive form after a dash; two URLs in column 7; '—' for no acts")

# ---------------------------------------------------------------- F05
fn = "f05-zhambyl-vet-letterhead.docx"
f05 = [
    S("00402017", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля и надзора",
      "Стандарт государственной услуги «Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля и надзора», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24",
      None, None, "www.egov.kz; www.gov.kz/memleket/entities/moa-zhambyl-vet",
      "Омарова Сауле Бекболатовна", "главный ветеринарный инспектор", "s.omarova@vet-zhambyl.gov.kz", "8 (7262) 43-18-90",
      c8="Омарова Сауле Бекболатовна – главный ветеринарный инспектор\n8 (7262) 43-18-90\ns.omarova@vet-zhambyl.gov.kz",
      shown={"regl": "—"}),
    S("00402024", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте",
      "Стандарт государственной услуги «Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24",
      None,
      "Приказ Министра сельского хозяйства Республики Казахстан от 30 июля 2026 года № 256 «О внесении изменения в приказ Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24 «Об утверждении стандартов государственных услуг в области ветеринарии»»",
      "www.egov.kz; www.gov.kz/memleket/entities/moa-zhambyl-vet",
      "Омарова Сауле Бекболатовна", "главный ветеринарный инспектор", "s.omarova@vet-zhambyl.gov.kz", "8 (7262) 43-18-90",
      c8="Омарова Сауле Бекболатовна – главный ветеринарный инспектор\n8 (7262) 43-18-90\ns.omarova@vet-zhambyl.gov.kz"),
]
d = new_doc(landscape_=False, size=12, margins=(2.5, 1.5, 1.5, 1.5))
lh = d.add_table(rows=1, cols=3)
_fill_cell(lh.cell(0, 0), "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ АУЫЛ ШАРУАШЫЛЫҒЫ МИНИСТРЛІГІ ВЕТЕРИНАРИЯЛЫҚ БАҚЫЛАУ ЖӘНЕ ҚАДАҒАЛАУ КОМИТЕТІНІҢ ЖАМБЫЛ ОБЛЫСТЫҚ АУМАҚТЫҚ ИНСПЕКЦИЯСЫ\n\nТараз қ., Төле би к-сі, 47\nтел. 8 (7262) 43-18-00", bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
_fill_cell(lh.cell(0, 1), "[герб]", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
_fill_cell(lh.cell(0, 2), "ЖАМБЫЛСКАЯ ОБЛАСТНАЯ ТЕРРИТОРИАЛЬНАЯ ИНСПЕКЦИЯ КОМИТЕТА ВЕТЕРИНАРНОГО КОНТРОЛЯ И НАДЗОРА МИНИСТЕРСТВА СЕЛЬСКОГО ХОЗЯЙСТВА РЕСПУБЛИКИ КАЗАХСТАН\n\nг. Тараз, ул. Толе би, 47\nтел. 8 (7262) 43-18-00", bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "")
para(d, "14.01.2027 № 04-12/318\nНа № ЕКЦ-2027/012 от 09.01.2027", size=10)
para(d, "Единый контакт-центр", align="r", bold=True)
para(d, "Жамбылская областная территориальная инспекция Комитета ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан, рассмотрев Ваш запрос, направляет информацию о государственных услугах по форме согласно приложению 1 к Правилам взаимодействия Единого контакт-центра.", align="j")
para(d, "Регламенты по указанным услугам в настоящее время не утверждаются, в связи с чем графа 5 не заполнена.", align="j")
para(d, "Приложение: на 1 листе.")
para(d, "Руководитель инспекции                                                    Б. Ж. Тұрсынов", bold=True)
para(d, "")
rows = [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
         "Стандарт государственной услуги (с указанием его реквизитов)",
         "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов",
         "Интернет-ресурс, на котором размещена информация о государственной услуге",
         "Фамилия, имя, отчество, должность ответственного лица"]]
rows += [[str(i)] + s.cells() for i, s in enumerate(f05, 1)]
rows[2][4] = ""
add_table(d, rows, widths=[0.8, 1.5, 2.3, 3.0, 1.6, 3.0, 2.3, 2.6], size=7)
para(d, "")
para(d, "Исп.: Омарова С.Б.\nтел. 43-18-90", size=8)
save(fn, docx_bytes(d))
_k = form_key(fn, "ru", f05, "Омарова С.Б.", None)
_k["executor"] = {"full_name": "Омарова С.Б."}  # no date under the table: only the letter's own date
expected(fn, [_k])
context(fn, agency("РГУ «Жамбылская областная территориальная инспекция Комитета ветеринарного контроля и надзора МСХ РК»",
                   "zhambyl@vet-zhambyl.gov.kz", "040840007215"),
        [(s.reg, s.name) for s in f05], "information",
        letter("ЕКЦ-2027/012", "2027-01-09", "О предоставлении информации по государственным услугам"),
        "record both veterinary services; regulation empty for both")
manifest(fn, "appendix1_form", "ru", "docx", "bilingual letterhead laid out as a 3-cell table before the form table; covering letter text; date only in the outgoing line '14.01.2027 № 04-12/318' (executor line has no date); regulation as '—' and as empty cell; multi-line column 8 with dash")

# ---------------------------------------------------------------- F06
fn = "f06-atyrau-tabigi-sideways.docx"
f06 = [S("00608014", "Жануарлар дүниесін пайдалануға рұқсат беру",
         "«Жануарлар дүниесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 13 ақпандағы № 58 бұйрығымен бекітілген",
         "«Жануарлар дүниесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Атырау облысы әкімдігінің 2026 жылғы 30 сәуірдегі № 96 қаулысымен бекітілген",
         "Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 21 тамыздағы № 244 «Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 13 ақпандағы № 58 бұйрығына өзгерістер енгізу туралы» бұйрығы",
         "www.egov.kz, elicense.kz",
         "Нұрпейісова Гүлжан Айтбайқызы", "жануарлар дүниесін қорғау бөлімінің бас маманы",
         "g.nurpeisova@tabigat.atyrau.gov.kz", "+7 (7122) 27-40-63",
         c8="Нұрпейісова Гүлжан Айтбайқызы, жануарлар дүниесін қорғау бөлімінің бас маманы, +7 (7122) 27-40-63, g.nurpeisova@tabigat.atyrau.gov.kz")]
d = new_doc(size=12)
para(d, "Атырау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", align="c", bold=True)
para(d, "Мемлекеттік көрсетілетін қызмет туралы ақпарат\n(Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 1-қосымшасына сәйкес)", align="c")
s = f06[0]
rows = [["1. Тізілімдегі нөмірі", s.reg], ["2. Мемлекеттік көрсетілетін қызметтің атауы", s.name],
        ["3. Стандарты (деректемелерімен)", s.std], ["4. Регламенті (деректемелерімен)", s.regl],
        ["5. Нормативтік құқықтық актілердің өзгерістері", s.npa],
        ["6. Ақпарат орналастырылған интернет-ресурс", s.web],
        ["7. Жауапты тұлғаның Т.А.Ә., лауазымы", s.c8]]
add_table(d, rows, header_rows=0, widths=[6.0, 11.0], size=11)
para(d, "")
para(d, "Орындаған: Нұрпейісова Гүлжан Айтбайқызы, 15.01.2027")
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f06, "Нұрпейісова Гүлжан Айтбайқызы", "2027-01-15")])
context(fn, agency("Атырау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы",
                   "tabigat@atyrau.gov.kz", "070340018823"),
        [(s.reg, s.name)], "information",
        letter("ЕКЦ-2027/015", "2027-01-10", "1-қосымшаға сәйкес ақпарат ұсыну туралы"),
        "record the single wildlife-permit service")
manifest(fn, "appendix1_form", "kk", "docx", "form turned on its side: two-column field|value table with own numbering 1-7 (not the Rules' 1-8); executor name and date on one line")

# ---------------------------------------------------------------- F07
fn = "f07-ekibastuz-tksh-splithead.docx"
f07 = [
    S("01004006", "Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою",
      "«Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 21 бұйрығымен бекітілген",
      "«Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою» мемлекеттік көрсетілетін қызмет регламенті, Екібастұз қаласы әкімдігінің 2026 жылғы 11 наурыздағы № 201/3 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Ибраев Дәурен Қайратұлы", "бөлім басшысының орынбасары", None, "8 (7187) 34-56-12",
      c8="Ибраев Дәурен Қайратұлы\nбөлім басшысының орынбасары\n8 (7187) 34-56-12, ішкі 214"),
    S("01004013", "Тұрғын үй-жайды қайта жоспарлауға және (немесе) қайта жабдықтауға келісім беру",
      "«Тұрғын үй-жайды қайта жоспарлауға және (немесе) қайта жабдықтауға келісім беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 21 бұйрығымен бекітілген",
      "«Тұрғын үй-жайды қайта жоспарлауға және (немесе) қайта жабдықтауға келісім беру» мемлекеттік көрсетілетін қызмет регламенті, Екібастұз қаласы әкімдігінің 2026 жылғы 11 наурыздағы № 201/4 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Жұмабаева Алия Серікқызы", "бас маман", None, None,
      c8="Жұмабаева Алия Серікқызы\nбас маман\nішкі 217"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Павлодар облысы Екібастұз қаласы әкімдігінің «Тұрғын үй-коммуналдық шаруашылық бөлімі» ММ", align="c", bold=True)
rows = [["Р/с №", "Мемлекеттік көрсетілетін қызмет", None, "Деректемелері көрсетілген", None,
         "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"],
        [None, "тізілімдегі №", "атауы", "стандарты", "регламенті", None, None, None],
        NUMS]
rows += [[str(i)] + s.cells() for i, s in enumerate(f07, 1)]
rows[3][5] = ""
rows[4][5] = "-"
add_table(d, rows, header_rows=3, widths=W8, size=9,
          merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)])
para(d, "")
para(d, "Орынд. Ибраев Д.Қ.")
para(d, "«20» қаңтар 2027 жыл")
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f07, "Ибраев Д.Қ.", "2027-01-20")])
context(fn, agency("Екібастұз қаласы әкімдігінің «Тұрғын үй-коммуналдық шаруашылық бөлімі» ММ", "tkh@ekibastuz.gov.kz",
                   "021140004478"),
        [(s.reg, s.name) for s in f07], "information",
        letter("ЕКЦ-2027/041", "2027-01-14", "1-қосымша бойынша ақпарат беру туралы"),
        "record two housing services; second responsible has only an internal extension")
manifest(fn, "appendix1_form", "kk", "docx", "header split over two rows with merged cells, then 1..8 row; column 8 with 'ішкі 214' next to phone, and a cell with only 'ішкі 217' (phone null); empty and '-' acts")

# ---------------------------------------------------------------- F08
fn = "f08-almaty-madeniet-2headrows.docx"
f08 = [
    S("00705002", "Мәдени құндылықтарды уақытша әкетуге куәлік беру",
      "«Мәдени құндылықтарды уақытша әкетуге куәлік беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 62 бұйрығымен бекітілген",
      "«Мәдени құндылықтарды уақытша әкетуге куәлік беру» мемлекеттік көрсетілетін қызмет регламенті, Алматы қаласы әкімдігінің 2026 жылғы 7 сәуірдегі № 2/188 қаулысымен бекітілген",
      None, "https://www.gov.kz/memleket/entities/almaty-madeniet",
      "Әбенова Ақмарал Нұрланқызы", "тарихи-мәдени мұра бөлімінің бас маманы", "a.abenova@almaty-madeniet.gov.kz",
      "+7 (727) 271-66-09",
      c8="Әбенова Ақмарал Нұрланқызы,\nтарихи-мәдени мұра бөлімінің бас маманы,\n+7 (727) 271-66-09,\na.abenova@almaty-madeniet.gov.kz"),
    S("00705009", "Тарих және мәдениет ескерткіштерін жаңғыртуға келісім беру",
      "«Тарих және мәдениет ескерткіштерін жаңғыртуға келісім беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 62 бұйрығымен бекітілген",
      "«Тарих және мәдениет ескерткіштерін жаңғыртуға келісім беру» мемлекеттік көрсетілетін қызмет регламенті, Алматы қаласы әкімдігінің 2026 жылғы 7 сәуірдегі № 2/189 қаулысымен бекітілген",
      "Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 2 қарашадағы № 401 «Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 62 бұйрығына өзгерістер енгізу туралы» бұйрығы",
      "https://www.gov.kz/memleket/entities/almaty-madeniet",
      "Әбенова Ақмарал Нұрланқызы", "тарихи-мәдени мұра бөлімінің бас маманы", "a.abenova@almaty-madeniet.gov.kz",
      "+7 (727) 271-66-09",
      c8="-//-", shown={"web": "-//-"}),
]
d = new_doc(landscape_=True, font="Calibri", size=11)
para(d, "Алматы қаласы Мәдениет басқармасы / Управление культуры города Алматы", align="c", bold=True)
rows = [["№", "Қызметтің тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарт (деректемелері)",
         "Регламент (деректемелері)", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"],
        ["№ п/п", "№ услуги в реестре", "Наименование государственной услуги", "Стандарт (реквизиты)",
         "Регламент (реквизиты)", "Изменения НПА", "Интернет-ресурс", "Ф.И.О., должность ответственного лица"]]
rows += [[str(i)] + s.cells() for i, s in enumerate(f08, 1)]
add_table(d, rows, header_rows=2, widths=W8, size=9, shade="FFF2CC")
para(d, "")
para(d, "Орындаған: Әбенова А.Н.  Күні: 2027 жылғы 22 қаңтар", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, None, f08, "Әбенова А.Н.", "2027-01-22")])
context(fn, agency("Алматы қаласы Мәдениет басқармасы", "madeniet@almaty.gov.kz", "990140002268"),
        [(s.reg, s.name) for s in f08], "information",
        letter("ЕКЦ-2027/060", "2027-01-18", "О предоставлении информации по форме приложения 1"),
        "record two culture services")
manifest(fn, "appendix1_form", "kk+ru", "docx", "two header rows, Kazakh row over Russian row; Kazakh content; column 8 cell with line breaks and trailing commas; row 2 column 7/8 '-//-'")

# ---------------------------------------------------------------- F09
fn = "f09-kokshetau-azhat-3rows.docx"
_std = "Қазақстан Республикасы Әділет министрінің 2026 жылғы 12 ақпандағы № 97 бұйрығымен бекітілген"
_c8 = "Мұқанова Ләззат Оралқызы, бас маман, 8-7162-25-17-33, ішкі 105, lmukanova@azhat.kokshetau.gov.kz"
_p = ("Мұқанова Ләззат Оралқызы", "бас маман", "lmukanova@azhat.kokshetau.gov.kz", "8-7162-25-17-33")
f09 = [
    S("00102001", "Баланың тууын мемлекеттік тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу",
      _std, "Ақмола облысы әкімдігінің 2026 жылғы 25 наурыздағы № А-3/144 қаулысымен бекітілген", None, "www.egov.kz", *_p,
      c8=_c8),
    S("00102004", "Неке қиюды (ерлі-зайыптылықты) мемлекеттік тіркеу",
      _std, "Ақмола облысы әкімдігінің 2026 жылғы 25 наурыздағы № А-3/144 қаулысымен бекітілген", None, "www.egov.kz", *_p,
      c8="-//-", shown={"std": "-//-", "regl": "-//-", "web": "-//-"}),
    S("00102009", "Азаматтық хал актілерінің жазбаларын қалпына келтіру",
      _std, "Ақмола облысы әкімдігінің 2026 жылғы 25 наурыздағы № А-3/144 қаулысымен бекітілген",
      "Қазақстан Республикасы Әділет министрінің м.а. 2026 жылғы 5 қыркүйектегі № 612 бұйрығы", "www.egov.kz", *_p,
      c8="-//-", shown={"std": "-//-", "regl": "-//-", "web": "-//-"}),
]
d = new_doc(landscape_=True, size=11)
para(d, "Көкшетау қаласының азаматтық хал актілерін тіркеу бөлімі", align="c", bold=True)
hdr = ["№", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №", "Атауы", "Стандарт", "Регламент",
       "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға"]
add_table(d, [hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f09, 1)], header_rows=2,
          widths=[0.8, 2.0, 4.8, 3.6, 3.6, 3.2, 2.2, 4.2], size=9)
para(d, "Орындаған: Мұқанова Л.О.\n12.02.2027", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f09, "Мұқанова Л.О.", "2027-02-12")])
context(fn, agency("Көкшетау қаласының азаматтық хал актілерін тіркеу бөлімі", "azhat@kokshetau.gov.kz", "050240015531"),
        [(s.reg, s.name) for s in f09], "information",
        letter("ЕКЦ-2027/120", "2027-02-05", "Ақпарат беру туралы"),
        "record three civil-registry services (standard and regulation repeated with -//-)")
manifest(fn, "appendix1_form", "kk", "docx", "standard/regulation written only as act requisites (no service title) and repeated with '-//-' in four columns of rows 2-3; column 8 with 'ішкі 105' between phone and e-mail")

# ---------------------------------------------------------------- F10
fn = "f10-kostanay-vet-kk-ru.docx"
f10 = [
    S("00401003", "Проведение идентификации сельскохозяйственных животных",
      "Стандарт государственной услуги «Проведение идентификации сельскохозяйственных животных», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24",
      "Регламент государственной услуги «Проведение идентификации сельскохозяйственных животных», утвержденный постановлением акимата Костанайской области от 5 марта 2026 года № 98",
      None, "www.egov.kz",
      "Қалиев Ержан Болатұлы", "бас маман-ветеринарлық дәрігер", "e.kaliyev@vet.kostanay.gov.kz", "8 (7142) 50-23-71",
      c8="Қалиев Ержан Болатұлы, бас маман-ветеринарлық дәрігер, тел. 8 (7142) 50-23-71, e.kaliyev@vet.kostanay.gov.kz"),
    S("00401007", "Выдача ветеринарной справки",
      "Стандарт государственной услуги «Выдача ветеринарной справки», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24",
      "Регламент государственной услуги «Выдача ветеринарной справки», утвержденный постановлением акимата Костанайской области от 5 марта 2026 года № 99",
      "Приказ Министра сельского хозяйства Республики Казахстан от 30 июля 2026 года № 256 «О внесении изменения в приказ Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24»",
      "www.egov.kz",
      "Шевченко Ольга Николаевна", "жетекші маман", "o.shevchenko@vet.kostanay.gov.kz", "8 (7142) 50-23-75",
      c8="Шевченко Ольга Николаевна, жетекші маман, тел. 8 (7142) 50-23-75, o.shevchenko@vet.kostanay.gov.kz"),
    S("00401012", "Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов с учетом оценки эпизоотической ситуации на соответствующей территории",
      "Стандарт государственной услуги «Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов с учетом оценки эпизоотической ситуации на соответствующей территории», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24",
      "Регламент государственной услуги «Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов с учетом оценки эпизоотической ситуации на соответствующей территории», утвержденный постановлением акимата Костанайской области от 5 марта 2026 года № 100",
      None, "www.egov.kz, elicense.kz",
      "Қалиев Ержан Болатұлы", "бас маман-ветеринарлық дәрігер", "e.kaliyev@vet.kostanay.gov.kz", "8 (7142) 50-23-71",
      c8="Қалиев Ержан Болатұлы, бас маман-ветеринарлық дәрігер, тел. 8 (7142) 50-23-71, e.kaliyev@vet.kostanay.gov.kz",
      shown={"npa": "өзгерістер жоқ"}),
]
d = new_doc(landscape_=True, size=11)
para(d, "Қостанай облысы әкімдігінің ветеринария басқармасы", align="c", bold=True)
para(d, "Бірыңғай байланыс орталығының 2027 жылғы 2 ақпандағы № ЕКЦ-2027/101 хатына қосымша", align="c", italic=True, size=10)
hdr = ["Р/с №", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері)",
       "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері)", "НҚА өзгерістері",
       "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
add_table(d, [hdr] + [[f"{i}."] + s.cells() for i, s in enumerate(f10, 1)], widths=W8, size=8)
para(d, "")
para(d, "Басшы                                   А. Жүнісов", bold=True)
para(d, "Орынд.: Шевченко О.Н., 50-23-75\n09.02.2027 ж.", size=9)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, None, f10, "Шевченко О.Н.", "2027-02-09")])
context(fn, agency("Қостанай облысы әкімдігінің ветеринария басқармасы", "vet@kostanay.gov.kz", "120240017705"),
        [(s.reg, s.name) for s in f10], "information",
        letter("ЕКЦ-2027/101", "2027-02-02", "Ақпарат беру туралы"),
        "record three veterinary services")
manifest(fn, "appendix1_form", "kk+ru", "docx", "Kazakh headers and labels, Russian service names and acts, Kazakh positions; 'өзгерістер жоқ' means no acts; numbering '1.'; signature line between table and executor; date '09.02.2027 ж.'")

# ---------------------------------------------------------------- F11
fn = "f11-orman-komitet-colorder.docx"
f11 = [
    S("00610005", "Ағаш кесу билетін және орман билетін беру",
      "«Ағаш кесу билетін және орман билетін беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 13 ақпандағы № 58 бұйрығымен бекітілген",
      "«Ағаш кесу билетін және орман билетін беру» мемлекеттік көрсетілетін қызмет регламенті, Орман шаруашылығы және жануарлар дүниесі комитеті төрағасының 2026 жылғы 3 сәуірдегі № 17-ө бұйрығымен бекітілген",
      None, "www.egov.kz",
      "Жұмабеков Нұрлан Асқарұлы", "Орман ресурстарын пайдалану басқармасының басшысы", "n.zhumabekov@ecogeo.gov.kz",
      "+7 (7172) 74-91-05",
      c8="Жұмабеков Нұрлан Асқарұлы – Орман ресурстарын пайдалану басқармасының басшысы, +7 (7172) 74-91-05, n.zhumabekov@ecogeo.gov.kz"),
    S("00610011", "Жануарлар дүниесі объектілерін интродукциялауға, реинтродукциялауға және будандастыруға рұқсат беру",
      "«Жануарлар дүниесі объектілерін интродукциялауға, реинтродукциялауға және будандастыруға рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 13 ақпандағы № 58 бұйрығымен бекітілген",
      "«Жануарлар дүниесі объектілерін интродукциялауға, реинтродукциялауға және будандастыруға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Орман шаруашылығы және жануарлар дүниесі комитеті төрағасының 2026 жылғы 3 сәуірдегі № 18-ө бұйрығымен бекітілген",
      "Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2026 жылғы 21 тамыздағы № 244 бұйрығы",
      "www.egov.kz, elicense.kz",
      "Тоқтарова Әйгерім Серікқызы", "Жануарлар дүниесін қорғау басқармасының бас сарапшысы", "a.toktarova@ecogeo.gov.kz",
      "+7 (7172) 74-91-22",
      c8="Тоқтарова Әйгерім Серікқызы – Жануарлар дүниесін қорғау басқармасының бас сарапшысы, +7 (7172) 74-91-22, a.toktarova@ecogeo.gov.kz"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Қазақстан Республикасы Экология және табиғи ресурстар министрлігінің Орман шаруашылығы және жануарлар дүниесі комитеті", align="c", bold=True)
para(d, "Бірыңғай байланыс орталығына ұсынылатын мәліметтер", align="c")
order = ("name", "reg", "std", "regl", "npa", "web", "c8")
hdr = ["№", "Мемлекеттік көрсетілетін қызметтің атауы", "Мемлекеттік көрсетілетін қызметтер тізіліміндегі №",
       "Стандарт (бекіткен акт, күні, нөмірі)", "Регламент (бекіткен акт, күні, нөмірі)",
       "Нормативтік құқықтық актілерге өзгерістер", "Интернет-ресурс", "Жауапты тұлға: Т.А.Ә., лауазымы"]
add_table(d, [hdr] + [[str(i)] + s.cells(order) for i, s in enumerate(f11, 1)],
          widths=[0.8, 3.6, 2.0, 4.5, 4.5, 3.4, 2.4, 4.4], size=9)
para(d, "")
para(d, "Орындаған: Тоқтарова Әйгерім Серікқызы", size=10)
para(d, "2027 жылғы 27 қаңтар", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f11, "Тоқтарова Әйгерім Серікқызы", "2027-01-27")])
context(fn, agency("ҚР Экология және табиғи ресурстар министрлігінің Орман шаруашылығы және жануарлар дүниесі комитеті",
                   "komitet@ecogeo.gov.kz", "990840001236"),
        [(s.reg, s.name) for s in f11], "information",
        letter("ЕКЦ-2027/077", "2027-01-21", "Мемлекеттік көрсетілетін қызметтер бойынша ақпарат сұрату"),
        "record two forestry/wildlife services")
manifest(fn, "appendix1_form", "kk", "docx", "columns 2 and 3 swapped (name before registry number), no number row; regulation approved by a committee chairman's order; short act without title in column 6")

# ---------------------------------------------------------------- F12
fn = "f12-semey-jer-cover-1row.docx"
f12 = [S("00702038", "Жер учаскесін жеке тұрғын үй құрылысы үшін беру",
         "«Жер учаскесін жеке тұрғын үй құрылысы үшін беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
         "«Жер учаскесін жеке тұрғын үй құрылысы үшін беру» мемлекеттік көрсетілетін қызмет регламенті, Абай облысы әкімдігінің 2026 жылғы 28 сәуірдегі № 77 қаулысымен бекітілген",
         "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 24 қыркүйектегі № 311 бұйрығы", "www.egov.kz",
         "Серікбаев Асқар Болатұлы", "бөлім басшысы", None, "8 (7222) 52-30-07",
         c8="Серікбаев Асқар Болатұлы, лауазымы: бөлім басшысы, байланыс тел.: 8 (7222) 52-30-07")]
d = new_doc(size=13, margins=(3.0, 1.5, 2.0, 2.0))
para(d, "Абай облысы Семей қаласының жер қатынастары бөлімі\n071400, Семей қ., Абай көшесі, 92\nтел./факс 8 (7222) 52-30-00", align="c", size=10)
para(d, "Шығ. № 03-14/209    2027 ж. 9 сәуір", size=11)
para(d, "«Бірыңғай байланыс орталығы»\nбасшылығына", align="r", bold=True)
para(d, "Сіздің 2027 жылғы 2 сәуірдегі № ЕКЦ-2027/301 хатыңызға жауап ретінде Семей қаласының жер қатынастары бөлімі «Жер учаскесін жеке тұрғын үй құрылысы үшін беру» мемлекеттік көрсетілетін қызметі бойынша ақпаратты төмендегі нысан бойынша ұсынады.", align="j")
para(d, "Оқытуды өткізу күнін қосымша келісуді сұраймыз.", align="j")
para(d, "Бөлім басшысы                                               А. Серікбаев", bold=True)
para(d, "")
rows = [["№", "Тізілімдегі №", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс",
         "Жауапты тұлғаның Т.А.Ә., лауазымы"], NUMS, ["1"] + f12[0].cells()]
add_table(d, rows, header_rows=2, widths=[0.7, 1.5, 1.9, 2.6, 2.6, 2.3, 1.6, 2.5], size=7)
para(d, "")
para(d, "Орынд.: Серікбаев А.Б.", size=9)
save(fn, docx_bytes(d))
_k = form_key(fn, "kk", f12, "Серікбаев А.Б.", None)
_k["executor"] = {"full_name": "Серікбаев А.Б."}  # the only date is the letter's own
expected(fn, [_k])
context(fn, agency("Абай облысы Семей қаласының жер қатынастары бөлімі", "jer@semey.gov.kz", "010840005594"),
        [(f12[0].reg, f12[0].name)], "information",
        letter("ЕКЦ-2027/301", "2027-04-02", "Ақпарат беру туралы"),
        "record one land service; the head of department is both signer and responsible")
manifest(fn, "appendix1_form", "kk", "docx", "portrait letter with outgoing number and date, then a narrow 8-column table; 'лауазымы:' and 'байланыс тел.:' labels inside column 8; executor without date")

# ---------------------------------------------------------------- F13
fn = "f13-zhetisu-din-footnotes.docx"
f13 = [
    S("00206003", "Діни әдебиетті және діни мазмұндағы өзге де ақпараттық материалдарды, діни мақсаттағы заттарды тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу",
      "«Діни әдебиетті және діни мазмұндағы өзге де ақпараттық материалдарды, діни мақсаттағы заттарды тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 63 бұйрығымен бекітілген",
      "«Діни әдебиетті және діни мазмұндағы өзге де ақпараттық материалдарды, діни мақсаттағы заттарды тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу» мемлекеттік көрсетілетін қызмет регламенті, Жетісу облысы әкімдігінің 2026 жылғы 16 мамырдағы № 140 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Рахымжанов Бауыржан Ерікұлы", "бас маман", "b.rakhymzhanov@din.zhetisu.gov.kz", "+7 701 734 22 10",
      c8="Рахымжанов Бауыржан Ерікұлы, бас маман, +7 701 734 22 10, b.rakhymzhanov@din.zhetisu.gov.kz"),
    S("00206007", "Ғибадат үйлерінен (ғимараттарынан) тыс жерлерде діни іс-шаралар өткізуді келісу",
      "«Ғибадат үйлерінен (ғимараттарынан) тыс жерлерде діни іс-шаралар өткізуді келісу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 63 бұйрығымен бекітілген",
      "«Ғибадат үйлерінен (ғимараттарынан) тыс жерлерде діни іс-шаралар өткізуді келісу» мемлекеттік көрсетілетін қызмет регламенті, Жетісу облысы әкімдігінің 2026 жылғы 16 мамырдағы № 141 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Рахымжанов Бауыржан Ерікұлы", "бас маман", "b.rakhymzhanov@din.zhetisu.gov.kz", "+7 701 734 22 10",
      c8="Рахымжанов Бауыржан Ерікұлы, бас маман, +7 701 734 22 10, b.rakhymzhanov@din.zhetisu.gov.kz"),
]
d = new_doc(landscape_=True, font="Times New Roman", size=12)
para(d, "Жетісу облысының дін істері басқармасы", align="c", bold=True)
hdr = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі¹", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Мемлекеттік көрсетілетін қызмет стандарты*", "Мемлекеттік көрсетілетін қызмет регламенті*",
       "Нормативтік құқықтық актілердің өзгерістері**", "Интернет-ресурс",
       "Жауапты тұлғаның тегі, аты, әкесінің аты (бар болса), лауазымы"]
add_table(d, [hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f13, 1)], header_rows=2, widths=W8, size=9)
para(d, "¹ 2026 жылғы 1 қаңтардағы жағдай бойынша тізілім нөмірі.\n* деректемелері көрсетіле отырып.\n** ақпарат ұсынылған күнге дейін енгізілген өзгерістер.", size=8, italic=True)
para(d, "")
para(d, "Орындаған: Рахымжанов Бауыржан Ерікұлы\n2027 жылғы 2 наурыз", size=11)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f13, "Рахымжанов Бауыржан Ерікұлы", "2027-03-02")])
context(fn, agency("Жетісу облысының дін істері басқармасы", "din@zhetisu.gov.kz", "220740030118"),
        [(s.reg, s.name) for s in f13], "information",
        letter("ЕКЦ-2027/177", "2027-02-25", "1-қосымша нысаны бойынша ақпарат беру туралы"),
        "record two religious-affairs services")
manifest(fn, "appendix1_form", "kk", "docx", "footnote marks (¹ * **) in header cells with footnotes under the table containing another date (2026-01-01); mobile phone with spaces")

# ---------------------------------------------------------------- F14
fn = "f14-sko-bilim-slashhead.docx"
f14 = [
    S("00803004", "Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации",
      "Стандарт государственной услуги «Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации», утвержденный приказом Министра просвещения Республики Казахстан от 6 января 2026 года № 3",
      "Регламент государственной услуги «Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации», утвержденный постановлением акимата Северо-Казахстанской области от 20 февраля 2026 года № 41",
      "Приказ Министра просвещения Республики Казахстан от 15 октября 2026 года № 287 «О внесении изменений в приказ Министра просвещения Республики Казахстан от 6 января 2026 года № 3»",
      "www.egov.kz",
      "Ким Виктория Андреевна", "главный специалист отдела дошкольного образования", "v.kim@sko-bilim.gov.kz",
      "8 (7152) 46-71-02",
      c8="Ким Виктория Андреевна, главный специалист отдела дошкольного образования, тел.: 8 (7152) 46-71-02 (вн. 118), v.kim@sko-bilim.gov.kz"),
    S("00803044", "Прием документов и зачисление в организации дополнительного образования для детей по предоставлению им дополнительного образования",
      "Стандарт государственной услуги «Прием документов и зачисление в организации дополнительного образования для детей по предоставлению им дополнительного образования», утвержденный приказом Министра просвещения Республики Казахстан от 6 января 2026 года № 3",
      "Регламент государственной услуги «Прием документов и зачисление в организации дополнительного образования для детей по предоставлению им дополнительного образования», утвержденный постановлением акимата Северо-Казахстанской области от 20 февраля 2026 года № 42",
      None, "www.egov.kz",
      "Нурмагамбетов Арман Сабитович", "руководитель отдела воспитательной работы и дополнительного образования",
      "a.nurmagambetov@sko-bilim.gov.kz", "8 (7152) 46-71-30",
      c8="Нурмагамбетов Арман Сабитович, руководитель отдела воспитательной работы и дополнительного образования, тел.: 8 (7152) 46-71-30 (вн. 101), a.nurmagambetov@sko-bilim.gov.kz",
      shown={"npa": "нет"}),
]
d = new_doc(landscape_=True, font="Arial", size=10)
para(d, "Солтүстік Қазақстан облысы әкімдігінің «Білім басқармасы» КММ / КГУ «Управление образования акимата Северо-Казахстанской области»", align="c", bold=True)
hdr = ["Р/с № / № п/п", "Тізілімдегі № / № в реестре", "Қызмет атауы / Наименование услуги",
       "Стандарт / Стандарт (реквизиты)", "Регламент / Регламент (реквизиты)", "НҚА өзгерістері / Изменения НПА",
       "Интернет-ресурс / Интернет-ресурс", "Жауапты тұлға / Ответственное лицо (Ф.И.О., должность)"]
add_table(d, [hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f14, 1)], header_rows=2, widths=W8, size=8)
para(d, "")
para(d, "Орындаған / Исполнитель: Ким В.А.", size=9)
para(d, "Күні / Дата: 24.02.2027", size=9)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, None, f14, "Ким В.А.", "2027-02-24")])
context(fn, agency("КГУ «Управление образования акимата Северо-Казахстанской области»", "bilim@sko.gov.kz", "020240008864"),
        [(s.reg, s.name) for s in f14], "information",
        letter("ЕКЦ-2027/150", "2027-02-18", "О предоставлении информации (приложение 1)"),
        "record two education services")
manifest(fn, "appendix1_form", "kk+ru", "docx", "header cells 'Kazakh / Russian' on one line; Russian content; '(вн. 118)' extension in parentheses after the phone; 'нет' for no acts")

# ---------------------------------------------------------------- F15
fn = "f15-zhezkazgan-tkh-repeat.docx"
_p = ("Әбдірахманова Динара Маратқызы", "тұрғын үй қатынастары секторының меңгерушісі", "d.abdirakhmanova@zhezkazgan-tkh.gov.kz", "8 (7102) 72-14-36")
f15 = [
    S("01004006", "Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою",
      "«Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 21 бұйрығымен бекітілген",
      "«Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою» мемлекеттік көрсетілетін қызмет регламенті, Ұлытау облысы әкімдігінің 2026 жылғы 4 наурыздағы № 12/01 қаулысымен бекітілген",
      None, "https://www.gov.kz/memleket/entities/ulytau-zhezkazgan-tkh", *_p,
      c8="Әбдірахманова Динара Маратқызы – тұрғын үй қатынастары секторының меңгерушісі, 8 (7102) 72-14-36, d.abdirakhmanova@zhezkazgan-tkh.gov.kz"),
    S("01004013", "Тұрғын үй-жайды қайта жоспарлауға және (немесе) қайта жабдықтауға келісім беру",
      "«Тұрғын үй-жайды қайта жоспарлауға және (немесе) қайта жабдықтауға келісім беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 21 бұйрығымен бекітілген",
      "«Тұрғын үй-жайды қайта жоспарлауға және (немесе) қайта жабдықтауға келісім беру» мемлекеттік көрсетілетін қызмет регламенті, Ұлытау облысы әкімдігінің 2026 жылғы 4 наурыздағы № 12/02 қаулысымен бекітілген",
      None, "https://www.gov.kz/memleket/entities/ulytau-zhezkazgan-tkh", *_p,
      c8="-//-", shown={"web": "-//-"}),
    S("01004017", "Тұрғын үй-жайларды тұрғын емес санатқа ауыстыру",
      "«Тұрғын үй-жайларды тұрғын емес санатқа ауыстыру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 21 бұйрығымен бекітілген",
      "«Тұрғын үй-жайларды тұрғын емес санатқа ауыстыру» мемлекеттік көрсетілетін қызмет регламенті, Ұлытау облысы әкімдігінің 2026 жылғы 4 наурыздағы № 12/03 қаулысымен бекітілген",
      "Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 7 желтоқсандағы № 455 «Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 21 бұйрығына өзгерістер енгізу туралы» бұйрығы",
      "https://www.gov.kz/memleket/entities/ulytau-zhezkazgan-tkh", *_p,
      c8="-//-", shown={"web": "-//-"}),
]
d = new_doc(landscape_=True, size=11)
para(d, "Жезқазған қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі", align="c", bold=True)
para(d, "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салуға жауап", align="c")
hdr = ["№ р/с", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Мемлекеттік көрсетілетін қызмет стандарты (оның деректемелерін көрсете отырып)",
       "Мемлекеттік көрсетілетін қызмет регламенті (оның деректемелерін көрсете отырып)",
       "Нормативтік құқықтық актілердің өзгерістері",
       "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
       "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
add_table(d, [hdr] + [[str(i)] + s.cells() for i, s in enumerate(f15, 1)], widths=W8, size=8)
para(d, "")
para(d, "Жауапты орындаушының Т.А.Ә.: Әбдірахманова Динара Маратқызы", size=10)
para(d, "Күні: 2027 жылғы «16» наурыз", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f15, "Әбдірахманова Динара Маратқызы", "2027-03-16")])
context(fn, agency("Жезқазған қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі",
                   "tkh@zhezkazgan.gov.kz", "990140004510"),
        [(s.reg, s.name) for s in f15], "information",
        letter("ЕКЦ-2027/211", "2027-03-10", "Ақпарат беру туралы"),
        "record three housing services, one responsible person")
manifest(fn, "appendix1_form", "kk", "docx", "one responsible for three rows, rows 2-3 '-//-' in columns 7 and 8; executor with the form's own label 'Жауапты орындаушының Т.А.Ә.:'; date '2027 жылғы «16» наурыз'")

# ---------------------------------------------------------------- F16
fn = "f16-bko-auylsh-continued.docx"
f16 = [
    S("00301021", "Тұқым шаруашылығын дамытуды субсидиялау",
      "«Тұқым шаруашылығын дамытуды субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 20 қаңтардағы № 18 бұйрығымен бекітілген",
      "«Тұқым шаруашылығын дамытуды субсидиялау» мемлекеттік көрсетілетін қызмет регламенті, Батыс Қазақстан облысы әкімдігінің 2026 жылғы 26 ақпандағы № 37 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Жақсылықов Темірлан Маратұлы", "өсімдік шаруашылығы бөлімінің бас маманы", "t.zhaksylykov@auylsh.bko.gov.kz",
      "8 (7112) 24-13-55",
      c8="Жақсылықов Темірлан Маратұлы, өсімдік шаруашылығы бөлімінің бас маманы, 8 (7112) 24-13-55, t.zhaksylykov@auylsh.bko.gov.kz"),
    S("00301026", "Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау",
      "«Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 20 қаңтардағы № 18 бұйрығымен бекітілген",
      "«Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау» мемлекеттік көрсетілетін қызмет регламенті, Батыс Қазақстан облысы әкімдігінің 2026 жылғы 26 ақпандағы № 38 қаулысымен бекітілген",
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 14 қыркүйектегі № 298 «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 20 қаңтардағы № 18 бұйрығына өзгерістер мен толықтыру енгізу туралы» бұйрығы",
      "www.egov.kz",
      "Сәрсенғалиева Аида Қуанышқызы", "мал шаруашылығы бөлімінің жетекші маманы", "a.sarsengaliyeva@auylsh.bko.gov.kz",
      "8 (7112) 24-13-61",
      c8="Сәрсенғалиева Аида Қуанышқызы, мал шаруашылығы бөлімінің жетекші маманы, 8 (7112) 24-13-61, a.sarsengaliyeva@auylsh.bko.gov.kz"),
    S("00301034", "Пестицидтердің құнын субсидиялау",
      "«Пестицидтердің құнын субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 20 қаңтардағы № 18 бұйрығымен бекітілген",
      "«Пестицидтердің құнын субсидиялау» мемлекеттік көрсетілетін қызмет регламенті, Батыс Қазақстан облысы әкімдігінің 2026 жылғы 26 ақпандағы № 39 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Жақсылықов Темірлан Маратұлы", "өсімдік шаруашылығы бөлімінің бас маманы", "t.zhaksylykov@auylsh.bko.gov.kz",
      "8 (7112) 24-13-55",
      c8="Жақсылықов Темірлан Маратұлы, өсімдік шаруашылығы бөлімінің бас маманы, 8 (7112) 24-13-55, t.zhaksylykov@auylsh.bko.gov.kz"),
    S("00301040", "Ауыл шаруашылығы тауарын өндірушілерге су беру бойынша көрсетілетін қызметтердің құнын субсидиялау",
      "«Ауыл шаруашылығы тауарын өндірушілерге су беру бойынша көрсетілетін қызметтердің құнын субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 20 қаңтардағы № 18 бұйрығымен бекітілген",
      "«Ауыл шаруашылығы тауарын өндірушілерге су беру бойынша көрсетілетін қызметтердің құнын субсидиялау» мемлекеттік көрсетілетін қызмет регламенті, Батыс Қазақстан облысы әкімдігінің 2026 жылғы 26 ақпандағы № 40 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Ғабдуллин Руслан Ерболұлы", "жер және су ресурстары бөлімінің басшысы", None, "8 (7112) 24-13-70",
      c8="Ғабдуллин Руслан Ерболұлы, жер және су ресурстары бөлімінің басшысы, 8 (7112) 24-13-70"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Батыс Қазақстан облысының ауыл шаруашылығы басқармасы", align="c", bold=True)
para(d, "1-кесте", align="r", size=10)
hdr = ["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарты (деректемелері)",
       "Регламенті (деректемелері)", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
add_table(d, [hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f16[:2], 1)], header_rows=2, widths=W8, size=9)
d.add_page_break()
para(d, "1-кестенің жалғасы", align="r", size=10, italic=True)
add_table(d, [NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f16[2:], 3)], header_rows=1, widths=W8, size=9)
para(d, "")
para(d, "Орынд.: Жақсылықов Т.М., тел. 24-13-55", size=10)
para(d, "Күні: 11.03.2027", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f16, "Жақсылықов Т.М.", "2027-03-11")])
context(fn, agency("Батыс Қазақстан облысының ауыл шаруашылығы басқармасы", "auylsh@bko.gov.kz", "040540003672"),
        [(s.reg, s.name) for s in f16], "information",
        letter("ЕКЦ-2027/203", "2027-03-05", "1-қосымша бойынша ақпарат ұсыну"),
        "record four subsidy services from a table split over two pages")
manifest(fn, "appendix1_form", "kk", "docx", "the table is broken into two Word tables across a page break ('1-кестенің жалғасы'); the continuation has only the 1..8 row as header")

# ---------------------------------------------------------------- F17
fn = "f17-atyrau-mkd-titlerow.docx"
f17 = [
    S("00501002", "Салық төлеушіні тіркеу есебіне қою",
      "«Салық төлеушіні тіркеу есебіне қою» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Қаржы министрінің 2026 жылғы 9 қаңтардағы № 11 бұйрығымен бекітілген",
      "-", None, "www.egov.kz, kgd.gov.kz",
      "Қуанышев Нұржан Сәкенұлы", "бас маман-салық инспекторы", "n.kuanyshev@kgd.gov.kz", "8 (7122) 58-44-61",
      c8="Қуанышев Нұржан Сәкенұлы, бас маман-салық инспекторы, тел. 8 (7122) 58-44-61, ішкі 2231, n.kuanyshev@kgd.gov.kz"),
    S("00501009", "Салықтық берешектің, міндетті зейнетақы жарналарының, әлеуметтік аударымдардың жоқ (бар) екендігі туралы мәліметтер беру",
      "«Салықтық берешектің, міндетті зейнетақы жарналарының, әлеуметтік аударымдардың жоқ (бар) екендігі туралы мәліметтер беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Қаржы министрінің 2026 жылғы 9 қаңтардағы № 11 бұйрығымен бекітілген",
      "-",
      "Қазақстан Республикасы Қаржы министрінің 2026 жылғы 28 тамыздағы № 402 бұйрығы",
      "www.egov.kz, kgd.gov.kz",
      "Қуанышев Нұржан Сәкенұлы", "бас маман-салық инспекторы", "n.kuanyshev@kgd.gov.kz", "8 (7122) 58-44-61",
      c8="Қуанышев Нұржан Сәкенұлы, бас маман-салық инспекторы, тел. 8 (7122) 58-44-61, ішкі 2231, n.kuanyshev@kgd.gov.kz"),
]
for s_ in f17:
    s_.shown["regl"] = "-"
    s_.regl = None
d = new_doc(landscape_=True, size=11)
rows = [["Қазақстан Республикасы Қаржы министрлігі Мемлекеттік кірістер комитетінің Атырау облысы бойынша мемлекеттік кірістер департаменті", None, None, None, None, None, None, None],
        ["№", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Мемлекеттік көрсетілетін қызмет стандарты",
         "Мемлекеттік көрсетілетін қызмет регламенті", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"],
        NUMS]
rows += [[str(i)] + s.cells() for i, s in enumerate(f17, 1)]
add_table(d, rows, header_rows=3, widths=W8, size=9, merges=[(0, 0, 0, 7)])
para(d, "")
para(d, "Орындаған: Қуанышев Н.С. 2027 жылғы 19 ақпан", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f17, "Қуанышев Н.С.", "2027-02-19")])
context(fn, agency("ҚР ҚМ Мемлекеттік кірістер комитетінің Атырау облысы бойынша мемлекеттік кірістер департаменті",
                   "atyrau@kgd.gov.kz", "981240001019"),
        [(s.reg, s.name) for s in f17], "information",
        letter("ЕКЦ-2027/158", "2027-02-15", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат"),
        "record two tax services; regulation column '-' (null)")
manifest(fn, "appendix1_form", "kk", "docx", "agency title as a merged first row inside the table, then header and 1..8 rows; regulation '-'; 'ішкі 2231' extension between phone and e-mail; executor name and date on one line")

# ---------------------------------------------------------------- F18
fn = "f18-mangystau-pos-first.docx"
f18 = [
    S("00515003", "Жұмыс іздеуші адамдарды жұмыссыз ретінде тіркеу",
      "«Жұмыс іздеуші адамдарды жұмыссыз ретінде тіркеу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 28 сәуірдегі № 141 бұйрығымен бекітілген",
      "«Жұмыс іздеуші адамдарды жұмыссыз ретінде тіркеу» мемлекеттік көрсетілетін қызмет регламенті, Маңғыстау облысы әкімдігінің 2026 жылғы 8 маусымдағы № 104 қаулысымен бекітілген",
      None, "www.egov.kz, enbek.kz",
      "Дүйсенова Қарлығаш Жұмабайқызы", "бас маман", None, "8 7292 60-15-48",
      c8="бас маман Дүйсенова Қарлығаш Жұмабайқызы, тел. 8 7292 60-15-48"),
    S("00515008", "Ауылдық елді мекендерге жұмыс істеуге және тұруға келген денсаулық сақтау, білім беру, әлеуметтік қамсыздандыру, мәдениет, спорт және агроөнеркәсіптік кешен саласындағы мамандарға әлеуметтік қолдау шараларын ұсыну",
      "«Ауылдық елді мекендерге жұмыс істеуге және тұруға келген денсаулық сақтау, білім беру, әлеуметтік қамсыздандыру, мәдениет, спорт және агроөнеркәсіптік кешен саласындағы мамандарға әлеуметтік қолдау шараларын ұсыну» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ұлттық экономика министрінің 2026 жылғы 5 наурыздағы № 73 бұйрығымен бекітілген",
      "«Ауылдық елді мекендерге жұмыс істеуге және тұруға келген денсаулық сақтау, білім беру, әлеуметтік қамсыздандыру, мәдениет, спорт және агроөнеркәсіптік кешен саласындағы мамандарға әлеуметтік қолдау шараларын ұсыну» мемлекеттік көрсетілетін қызмет регламенті, Маңғыстау облысы әкімдігінің 2026 жылғы 8 маусымдағы № 105 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Есенжолов Бекжан Тұрсынұлы", "бөлім басшысы", "b.yesenzholov@enbek.mangystau.gov.kz", "8 7292 60-15-40",
      c8="бөлім басшысы Есенжолов Бекжан Тұрсынұлы, тел. 8 7292 60-15-40, b.yesenzholov@enbek.mangystau.gov.kz"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", align="c", bold=True)
hdr = ["№ р/с", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
       "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
       "Нормативтік құқықтық актілердің өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның лауазымы, Т.А.Ә."]
add_table(d, [hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f18, 1)], header_rows=2, widths=W8, size=8)
para(d, "")
para(d, "Орынд.: Дүйсенова Қ.Ж.\n01.03.2027 ж.", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f18, "Дүйсенова Қ.Ж.", "2027-03-01")])
context(fn, agency("Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
                   "enbek@mangystau.gov.kz", "050140006221"),
        [(s.reg, s.name) for s in f18], "information",
        letter("ЕКЦ-2027/171", "2027-02-24", "Ақпарат беру туралы"),
        "record two employment/social services")
manifest(fn, "appendix1_form", "kk", "docx", "column 8 puts the position BEFORE the name ('бас маман Дүйсенова Қарлығаш Жұмабайқызы'); header says 'лауазымы, Т.А.Ә.'; very long service name")

# ---------------------------------------------------------------- F19
fn = "f19-kyzylorda-muragat-parens.docx"
f19 = [
    S("00703001", "Мұрағаттық анықтамалар беру",
      "«Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 62 бұйрығымен бекітілген",
      "«Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет регламенті, Қызылорда облысы әкімдігінің 2026 жылғы 30 наурыздағы № 1180 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Әлиева Жанар Сағатқызы", "бас маман", "alieva.zh@madeniet.kyzylorda.gov.kz", "8 (7242) 23-04-19",
      c8="Әлиева Жанар Сағатқызы (бас маман)\nтел.: 8 (7242) 23-04-19\nішкі 117\nalieva.zh@madeniet.kyzylorda.gov.kz"),
    S("00703005", "Мұрағаттық құжаттардың көшірмелерін және мұрағаттық үзінділерді беру",
      "«Мұрағаттық құжаттардың көшірмелерін және мұрағаттық үзінділерді беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 62 бұйрығымен бекітілген",
      "«Мұрағаттық құжаттардың көшірмелерін және мұрағаттық үзінділерді беру» мемлекеттік көрсетілетін қызмет регламенті, Қызылорда облысы әкімдігінің 2026 жылғы 30 наурыздағы № 1181 қаулысымен бекітілген",
      "Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 2 қарашадағы № 401 бұйрығы",
      "www.egov.kz",
      "Омаров Бақытжан Серікұлы", "мұрағат ісі бөлімінің басшысы", "omarov.b@madeniet.kyzylorda.gov.kz", "8 (7242) 23-04-10",
      c8="Омаров Бақытжан Серікұлы (мұрағат ісі бөлімінің басшысы)\nтел.: 8 (7242) 23-04-10\nішкі 101\nomarov.b@madeniet.kyzylorda.gov.kz"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Қызылорда облысының мәдениет, архивтер және құжаттама басқармасы", align="c", bold=True)
hdr = ["№", "Тізілімдегі нөмірі", "Атауы", "Стандарт (деректемелері)", "Регламент (деректемелері)",
       "НҚА өзгерістері", "Интернет-ресурс", "Т.А.Ә., лауазымы"]
add_table(d, [hdr] + [[str(i)] + s.cells() for i, s in enumerate(f19, 1)], widths=W8, size=9)
para(d, "")
para(d, "Жауапты орындаушының Т.А.Ә.: Әлиева Жанар Сағатқызы", size=10)
para(d, "Күні: «28» ақпан 2027 ж.", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f19, "Әлиева Жанар Сағатқызы", "2027-02-28")])
context(fn, agency("Қызылорда облысының мәдениет, архивтер және құжаттама басқармасы", "madeniet@kyzylorda.gov.kz",
                   "990340006102"),
        [(s.reg, s.name) for s in f19], "information",
        letter("ЕКЦ-2027/166", "2027-02-22", "1-қосымша бойынша ақпарат"),
        "record two archive services")
manifest(fn, "appendix1_form", "kk", "docx", "position in parentheses after the name; 'ішкі 117' on its own line between phone and e-mail; short header texts")

# ---------------------------------------------------------------- F20
fn = "f20-astana-aleumet-splitcol8.docx"
f20 = [
    S("00512071", "Бір жасқа дейінгі баланы күту бойынша жәрдемақы тағайындау",
      "«Бір жасқа дейінгі баланы күту бойынша жәрдемақы тағайындау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 28 сәуірдегі № 141 бұйрығымен бекітілген",
      "«Бір жасқа дейінгі баланы күту бойынша жәрдемақы тағайындау» мемлекеттік көрсетілетін қызмет регламенті, Астана қаласы әкімдігінің 2026 жылғы 15 маусымдағы № 505-1120 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Тілеубаева Аружан Маратқызы", "бас маман", "a.tileubayeva@aleumet.astana.gov.kz", "8 (7172) 55-30-18"),
    S("00512078", "Мүгедектігі бар баланы тәрбиелеп отырған адамға жәрдемақы тағайындау",
      "«Мүгедектігі бар баланы тәрбиелеп отырған адамға жәрдемақы тағайындау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 28 сәуірдегі № 141 бұйрығымен бекітілген",
      "«Мүгедектігі бар баланы тәрбиелеп отырған адамға жәрдемақы тағайындау» мемлекеттік көрсетілетін қызмет регламенті, Астана қаласы әкімдігінің 2026 жылғы 15 маусымдағы № 505-1121 қаулысымен бекітілген",
      "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 11 желтоқсандағы № 502 бұйрығы",
      "www.egov.kz",
      "Байжанов Ерлан Кайратович", "әлеуметтік төлемдер бөлімінің басшысы", None, "8 (7172) 55-30-02"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Астана қаласының Әлеуметтік қорғау басқармасы", align="c", bold=True)
para(d, "Бірыңғай байланыс орталығына ақпарат", align="c")
rows = [["№", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарт", "Регламент", "НҚА өзгерістері",
         "Интернет-ресурс", "Жауапты тұлға", None],
        [None, None, None, None, None, None, None, "Т.А.Ә.", "Лауазымы, байланыс деректері"],
        ["1", "2", "3", "4", "5", "6", "7", "8", None]]
rows.append(["1"] + f20[0].cells()[:6] + ["Тілеубаева Аружан Маратқызы", "бас маман, 8 (7172) 55-30-18, a.tileubayeva@aleumet.astana.gov.kz"])
rows.append(["2"] + f20[1].cells()[:6] + ["Байжанов Ерлан Кайратович", "әлеуметтік төлемдер бөлімінің басшысы, 8 (7172) 55-30-02"])
add_table(d, rows, header_rows=3, widths=[0.8, 1.8, 3.2, 4.3, 4.3, 3.4, 2.0, 3.0, 3.4], size=8,
          merges=[(0, 7, 0, 8), (2, 7, 2, 8), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4),
                  (0, 5, 1, 5), (0, 6, 1, 6)])
para(d, "")
para(d, "Орындаған: Тілеубаева Аружан Маратқызы, 8 (7172) 55-30-18", size=10)
para(d, "2027 жылғы 4 наурыз", size=10)
save(fn, docx_bytes(d))
expected(fn, [form_key(fn, "kk", f20, "Тілеубаева Аружан Маратқызы", "2027-03-04")])
context(fn, agency("Астана қаласының Әлеуметтік қорғау басқармасы", "aleumet@astana.gov.kz", "080540014410"),
        [(s.reg, s.name) for s in f20], "information",
        letter("ЕКЦ-2027/184", "2027-02-26", "Ақпарат беру туралы"),
        "record two benefit services")
manifest(fn, "appendix1_form", "kk", "docx", "column 8 split into two sub-columns (name | position and contacts) under a merged 'Жауапты тұлға' header, 9 physical columns; '8' spans both")


# =============================================================================
# PART 2. Appendix 1 forms as XLSX (F21-F28)
# =============================================================================

def xl_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------- F21
fn = "f21-almobl-vet-title.xlsx"
f21 = [
    S("00401003", "Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу",
      "«Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 22 қаңтардағы № 24 бұйрығымен бекітілген",
      "«Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу» мемлекеттік көрсетілетін қызмет регламенті, Алматы облысы әкімдігінің 2026 жылғы 12 наурыздағы № 88 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Омаров Бекзат Нұрланұлы", "бас маман", None, "8 (72772) 3-15-40",
      c8="Омаров Бекзат Нұрланұлы, бас маман, 8 (72772) 3-15-40"),
    S("00401007", "Ветеринариялық анықтама беру",
      "«Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 22 қаңтардағы № 24 бұйрығымен бекітілген",
      "«Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет регламенті, Алматы облысы әкімдігінің 2026 жылғы 12 наурыздағы № 89 қаулысымен бекітілген",
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 30 шілдедегі № 256 «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 22 қаңтардағы № 24 бұйрығына өзгеріс енгізу туралы» бұйрығы",
      "www.egov.kz",
      "Омаров Бекзат Нұрланұлы", "бас маман", None, "8 (72772) 3-15-40",
      c8="Омаров Бекзат Нұрланұлы, бас маман, 8 (72772) 3-15-40"),
    S("00401015", "Ветеринариялық-санитариялық қорытынды беру",
      "«Ветеринариялық-санитариялық қорытынды беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 22 қаңтардағы № 24 бұйрығымен бекітілген",
      "«Ветеринариялық-санитариялық қорытынды беру» мемлекеттік көрсетілетін қызмет регламенті, Алматы облысы әкімдігінің 2026 жылғы 12 наурыздағы № 90 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Сейітқали Нұрсұлтан", "ветеринариялық-санитариялық қадағалау бөлімінің басшысы", "n.seitkali@vet.almobl.gov.kz",
      "8 (72772) 3-15-44",
      c8="Сейітқали Нұрсұлтан, ветеринариялық-санитариялық қадағалау бөлімінің басшысы, 8 (72772) 3-15-44, n.seitkali@vet.almobl.gov.kz"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "1-қосымша"
ws.merge_cells("A1:H1")
xl_put(ws, 1, 1, "Алматы облысының ветеринария басқармасы", bold=True, border=False, size=12, center=True)
ws.merge_cells("A2:H2")
xl_put(ws, 2, 1, "Мемлекеттік көрсетілетін қызметтер туралы ақпарат", border=False, center=True)
hdr = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
       "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
       "Нормативтік құқықтық актілердің өзгерістері",
       "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
       "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
for j, h in enumerate(hdr, 1):
    xl_put(ws, 4, j, h, bold=True, center=True)
    xl_put(ws, 5, j, j, center=True)
for i, s in enumerate(f21, 1):
    for j, v in enumerate([i] + s.cells(), 1):
        xl_put(ws, 5 + i, j, v)
xl_put(ws, 10, 1, "Орындаған: Омаров Б.Н.", border=False, wrap=False)
xl_put(ws, 11, 1, "2027 жылғы 17 ақпан", border=False, wrap=False)
xl_widths(ws, [6, 14, 30, 45, 45, 38, 18, 34])
save(fn, xlsx_bytes(wb))
expected(fn, [form_key(fn, "kk", f21, "Омаров Б.Н.", "2027-02-17")])
context(fn, agency("Алматы облысының ветеринария басқармасы", "vet@almobl.gov.kz", "990340000914"),
        [(s.reg, s.name) for s in f21], "information",
        letter("ЕКЦ-2027/149", "2027-02-11", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру"),
        "record three veterinary services")
manifest(fn, "appendix1_form", "kk", "xlsx", "merged title rows above the header; numbers in the 1..8 row and in column 1 are numeric cells; responsible without patronymic; executor in column A below the table")

# ---------------------------------------------------------------- F22
fn = "f22-shymkent-jer-2hdr.xlsx"
f22 = [
    S("00702045", "Предоставление земельного участка для строительства объекта в черте населенного пункта",
      "Стандарт государственной услуги «Предоставление земельного участка для строительства объекта в черте населенного пункта», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 2 февраля 2026 года № 39",
      "Регламент государственной услуги «Предоставление земельного участка для строительства объекта в черте населенного пункта», утвержденный постановлением акимата города Шымкент от 21 апреля 2026 года № 256",
      None, "www.egov.kz",
      "Абдрахманов Ерлан Кайратович", "начальник отдела", None, "8 (7252) 39-02-11",
      c8="Абдрахманов Ерлан Кайратович – начальник отдела, тел. 8 (7252) 39-02-11, вн. 305"),
    S("00702051", "Выдача решения на изменение целевого назначения земельного участка",
      "Стандарт государственной услуги «Выдача решения на изменение целевого назначения земельного участка», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 2 февраля 2026 года № 39",
      "Регламент государственной услуги «Выдача решения на изменение целевого назначения земельного участка», утвержденный постановлением акимата города Шымкент от 21 апреля 2026 года № 257",
      "Приказ Министра сельского хозяйства Республики Казахстан от 24 сентября 2026 года № 311 «О внесении изменения в приказ Министра сельского хозяйства Республики Казахстан от 2 февраля 2026 года № 39»",
      "www.egov.kz",
      "Тулегенова Асель Муратовна", "главный специалист", "a.tulegenova@jer.shymkent.gov.kz", "8 (7252) 39-02-17",
      c8="Тулегенова Асель Муратовна – главный специалист, тел. 8 (7252) 39-02-17, вн. 312, a.tulegenova@jer.shymkent.gov.kz"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Лист1"
xl_put(ws, 1, 1, "Шымкент қаласының жер қатынастары басқармасы / Управление земельных отношений города Шымкент", bold=True, border=False, wrap=False)
kk = ["№", "Тізілімдегі №", "Қызмет атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға"]
ru = ["№ п/п", "№ в реестре", "Наименование услуги", "Стандарт (реквизиты)", "Регламент (реквизиты)", "Изменения НПА",
      "Интернет-ресурс", "ФИО, должность ответственного лица"]
for j in range(8):
    xl_put(ws, 3, j + 1, kk[j], bold=True, center=True)
    xl_put(ws, 4, j + 1, ru[j], bold=True, center=True)
for i, s in enumerate(f22, 1):
    for j, v in enumerate([str(i)] + s.cells(), 1):
        xl_put(ws, 4 + i, j, v)
ws.cell(row=5, column=6).value = None
xl_put(ws, 8, 1, "Орындаған / Исп.: Тулегенова А.М.", border=False, wrap=False)
xl_put(ws, 9, 1, "26.02.2027", border=False, wrap=False)
xl_widths(ws, [6, 12, 30, 42, 42, 40, 16, 36])
save(fn, xlsx_bytes(wb))
expected(fn, [form_key(fn, None, f22, "Тулегенова А.М.", "2027-02-26")])
context(fn, agency("Шымкент қаласының жер қатынастары басқармасы", "jer@shymkent.gov.kz", "180740026493"),
        [(s.reg, s.name) for s in f22], "information",
        letter("ЕКЦ-2027/160", "2027-02-20", "О предоставлении информации по государственным услугам"),
        "record two land services")
manifest(fn, "appendix1_form", "kk+ru", "xlsx", "two header rows (Kazakh, then Russian); Russian content; 'вн. 305' and 'вн. 312' extensions; empty cell (no border value) for no acts; date as text in a cell below")

# ---------------------------------------------------------------- F23
fn = "f23-aral-syr-su-sheets.xlsx"
f23 = [
    S("00604002", "Су объектілерін оқшауланған немесе бірлесіп пайдалануға беру",
      "«Су объектілерін оқшауланған немесе бірлесіп пайдалануға беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Су ресурстары және ирригация министрінің 2026 жылғы 27 қаңтардағы № 15 бұйрығымен бекітілген",
      "«Су объектілерін оқшауланған немесе бірлесіп пайдалануға беру» мемлекеттік көрсетілетін қызмет регламенті, Су ресурстары комитеті төрағасының 2026 жылғы 20 наурыздағы № 44-ө бұйрығымен бекітілген",
      None, "www.egov.kz, elicense.kz",
      "Ермекбаев Талғат Сапарұлы", "инспекция басшысының орынбасары", "t.yermekbayev@aral-syr.water.gov.kz",
      "+7 (7242) 27-19-53",
      c8="Ермекбаев Талғат Сапарұлы\nинспекция басшысының орынбасары\n+7 (7242) 27-19-53\nt.yermekbayev@aral-syr.water.gov.kz"),
    S("00604009", "Жер үсті және жер асты суларын арнайы су пайдалануға рұқсат беру",
      "«Жер үсті және жер асты суларын арнайы су пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Су ресурстары және ирригация министрінің 2026 жылғы 27 қаңтардағы № 15 бұйрығымен бекітілген",
      "«Жер үсті және жер асты суларын арнайы су пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Су ресурстары комитеті төрағасының 2026 жылғы 20 наурыздағы № 45-ө бұйрығымен бекітілген",
      "Қазақстан Республикасы Су ресурстары және ирригация министрінің 2026 жылғы 16 қазандағы № 207 «Қазақстан Республикасы Су ресурстары және ирригация министрінің 2026 жылғы 27 қаңтардағы № 15 бұйрығына өзгерістер енгізу туралы» бұйрығы",
      "www.egov.kz, elicense.kz",
      "Сағындықова Гүлмира Әбілқызы", "бас маман", "g.sagyndykova@aral-syr.water.gov.kz", "+7 (7242) 27-19-60",
      c8="Сағындықова Гүлмира Әбілқызы\nбас маман\n+7 (7242) 27-19-60\ng.sagyndykova@aral-syr.water.gov.kz"),
]
wb = openpyxl.Workbook()
labels = ["Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарты (деректемелерімен)",
          "Регламенті (деректемелерімен)", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
for k, s in enumerate(f23):
    ws = wb.active if k == 0 else wb.create_sheet()
    ws.title = f"{k + 1}-қызмет"
    xl_put(ws, 1, 1, "Су ресурстары комитетінің Арал-Сырдария бассейндік инспекциясы", bold=True, border=False, wrap=False)
    xl_put(ws, 2, 1, f"{k + 1}-мемлекеттік көрсетілетін қызмет", border=False, wrap=False)
    for j, (lab, val) in enumerate(zip(labels, s.cells()), 4):
        xl_put(ws, j, 1, lab, bold=True)
        xl_put(ws, j, 2, val)
    xl_widths(ws, [36, 90])
xl_put(ws, 13, 1, "Орындаған:", border=False)
xl_put(ws, 13, 2, "Сағындықова Гүлмира Әбілқызы", border=False)
xl_put(ws, 14, 1, "Күні:", border=False)
xl_put(ws, 14, 2, "2027 жылғы 8 ақпан", border=False)
save(fn, xlsx_bytes(wb))
expected(fn, [form_key(fn, "kk", f23, "Сағындықова Гүлмира Әбілқызы", "2027-02-08")])
context(fn, agency("Су ресурстары комитетінің Арал-Сырдария бассейндік инспекциясы", "aral-syr@water.gov.kz",
                   "050940008731"),
        [(s.reg, s.name) for s in f23], "information",
        letter("ЕКЦ-2027/108", "2027-02-03", "Ақпарат сұрату"),
        "record two water-use services")
manifest(fn, "appendix1_form", "kk", "xlsx", "one service per sheet as a sideways field|value table, no № column; executor only on the last sheet, label and value in separate cells; column 8 on four lines")

# ---------------------------------------------------------------- F24
fn = "f24-saryagash-apparat-dittos.xlsx"
_std = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 20 қаңтардағы № 18 бұйрығымен бекітілген"
f24 = [
    S("00303015", "Жеке қосалқы шаруашылықтың бар-жоғы туралы анықтама беру", _std, None, None, "www.egov.kz",
      "Бекмұратов Әділет Жанұзақұлы", "аппараттың бас маманы", None, "8 (72537) 2-11-85",
      c8="Бекмұратов Әділет Жанұзақұлы, аппараттың бас маманы, тел. 8 (72537) 2-11-85", shown={"regl": "–", "npa": "–"}),
    S("00303019", "Жер учаскесінің бар-жоғы туралы анықтама беру", _std, None, None, "www.egov.kz",
      "Бекмұратов Әділет Жанұзақұлы", "аппараттың бас маманы", None, "8 (72537) 2-11-85",
      c8="-//-", shown={"std": "-//-", "regl": "–", "npa": "–", "web": "-//-"}),
    S("00303024", "Мал шаруашылығымен айналысатын жеке тұлғаларға анықтама беру", _std, None,
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 14 қыркүйектегі № 298 бұйрығы", "www.egov.kz",
      "Бекмұратов Әділет Жанұзақұлы", "аппараттың бас маманы", None, "8 (72537) 2-11-85",
      c8="-//-", shown={"std": "-//-", "regl": "–", "web": "-//-"}),
    S("00515014", "Ауылдық елді мекендерге жұмыс істеуге келген мамандарға әлеуметтік қолдау шараларын ұсыну",
      "Қазақстан Республикасы Ұлттық экономика министрінің 2026 жылғы 5 наурыздағы № 73 бұйрығымен бекітілген", None,
      "Қазақстан Республикасы Ұлттық экономика министрінің 2026 жылғы 30 қазандағы № 341 бұйрығы", "www.egov.kz",
      "Жанабаева Гүлнұр Сейітқызы", "әлеуметтік мәселелер жөніндегі бас маман", "g.zhanabayeva@saryagash.gov.kz",
      "8 (72537) 2-11-90",
      c8="Жанабаева Гүлнұр Сейітқызы, әлеуметтік мәселелер жөніндегі бас маман, тел. 8 (72537) 2-11-90, g.zhanabayeva@saryagash.gov.kz",
      shown={"regl": "–", "web": "-//-"}),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Ақпарат"
xl_put(ws, 1, 1, "Түркістан облысы Сарыағаш ауданы әкімінің аппараты", bold=True, border=False, wrap=False, size=12)
hdr = ["р/с", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарт (деректемелері)",
       "Регламент (деректемелері)", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
for j, h in enumerate(hdr, 1):
    xl_put(ws, 3, j, h, bold=True, center=True)
for i, s in enumerate(f24, 1):
    for j, v in enumerate([i] + s.cells(), 1):
        xl_put(ws, 3 + i, j, v, center=(v in ("-//-", "–")))
xl_put(ws, 9, 2, "Орынд. Бекмұратов Ә.Ж.", border=False, wrap=False)
xl_put(ws, 9, 5, "Күні: 2027 ж. 23 ақпан", border=False, wrap=False)
xl_widths(ws, [5, 12, 34, 34, 14, 34, 14, 36])
save(fn, xlsx_bytes(wb))
expected(fn, [form_key(fn, "kk", f24, "Бекмұратов Ә.Ж.", "2027-02-23")])
context(fn, agency("Сарыағаш ауданы әкімінің аппараты", "apparat@saryagash.gov.kz", "990440003577"),
        [(s.reg, s.name) for s in f24], "information",
        letter("ЕКЦ-2027/163", "2027-02-19", "Ақпарат беру туралы"),
        "record four district services; many '-//-' repeats including the acts column of row 4")
manifest(fn, "appendix1_form", "kk", "xlsx", "'-//-' repeats in columns 4, 7, 8 of rows 2-3 and column 7 of row 4 (whose standard and person differ); standard written as requisites only; '–' (en dash) for no regulation; executor and date in separate cells of one row")

# ---------------------------------------------------------------- F25
fn = "f25-krg-koshi-qon-order.xlsx"
f25 = [
    S("01101004", "Выдача разрешений на временное проживание иностранцам и лицам без гражданства",
      "Стандарт государственной услуги «Выдача разрешений на временное проживание иностранцам и лицам без гражданства», утвержденный приказом Министра внутренних дел Республики Казахстан от 17 февраля 2026 года № 112",
      "Регламент государственной услуги «Выдача разрешений на временное проживание иностранцам и лицам без гражданства», утвержденный приказом Председателя Комитета миграционной службы МВД РК от 1 апреля 2026 года № 61",
      None, "www.egov.kz, www.gov.kz/memleket/entities/qriim",
      "Мусин Арман Болатович", "старший инспектор отдела", "a.musin@mvd.gov.kz", "8 (7212) 30-44-17",
      c8="Мусин Арман Болатович, ст. инспектор отдела, 8 (7212) 30-44-17, a.musin@mvd.gov.kz"),
    S("01101011", "Выдача или продление разрешений на постоянное проживание в Республике Казахстан иностранцам и лицам без гражданства",
      "Стандарт государственной услуги «Выдача или продление разрешений на постоянное проживание в Республике Казахстан иностранцам и лицам без гражданства», утвержденный приказом Министра внутренних дел Республики Казахстан от 17 февраля 2026 года № 112",
      "Регламент государственной услуги «Выдача или продление разрешений на постоянное проживание в Республике Казахстан иностранцам и лицам без гражданства», утвержденный приказом Председателя Комитета миграционной службы МВД РК от 1 апреля 2026 года № 62",
      "Приказ Министра внутренних дел Республики Казахстан от 3 ноября 2026 года № 804 «О внесении изменений в приказ Министра внутренних дел Республики Казахстан от 17 февраля 2026 года № 112»",
      "www.egov.kz, www.gov.kz/memleket/entities/qriim",
      "Ахмедьярова Салтанат Ержановна", "начальник отдела", None, "8 (7212) 30-44-02",
      c8="Ахмедьярова Салтанат Ержановна, начальник отдела, 8 (7212) 30-44-02"),
]
f25[0].pos = "ст. инспектор отдела"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "ЕКЦ"
xl_put(ws, 1, 1, "ҚР ІІМ Көші-қон қызметі комитетінің Қарағанды облысы бойынша департаменті", bold=True, border=False, wrap=False)
hdr = ["№", "Мемлекеттік көрсетілетін қызметтің атауы", "Тізілімдегі нөмірі", "Жауапты тұлғаның Т.А.Ә., лауазымы",
       "Стандарт (деректемелерімен)", "Регламент (деректемелерімен)", "Интернет-ресурс", "НҚА өзгерістері", "Ескертпе"]
order = ("name", "reg", "c8", "std", "regl", "web", "npa")
for j, h in enumerate(hdr, 1):
    xl_put(ws, 3, j, h, bold=True, center=True)
for i, s in enumerate(f25, 1):
    for j, v in enumerate([i] + s.cells(order) + [""], 1):
        xl_put(ws, 3 + i, j, v)
ws.cell(row=4, column=8).value = None
xl_put(ws, 7, 1, "Орындаған: Мусин А.Б.", border=False, wrap=False)
xl_put(ws, 8, 1, "Күні: 2027 жылғы 1 ақпан", border=False, wrap=False)
xl_widths(ws, [5, 34, 12, 32, 44, 44, 22, 40, 14])
save(fn, xlsx_bytes(wb))
expected(fn, [form_key(fn, None, f25, "Мусин А.Б.", "2027-02-01")])
context(fn, agency("Департамент Комитета миграционной службы МВД РК по Карагандинской области", "krg-migr@mvd.gov.kz",
                   "140240017652"),
        [(s.reg, s.name) for s in f25], "information",
        letter("ЕКЦ-2027/095", "2027-01-29", "О предоставлении информации"),
        "record two migration services")
manifest(fn, "appendix1_form", "kk+ru", "xlsx", "columns in another order (name, number, responsible, standard, regulation, site, acts) plus an empty 'Ескертпе' column; Kazakh headers over Russian content; abbreviated position 'ст. инспектор отдела' kept as written")

# ---------------------------------------------------------------- F26
fn = "f26-vko-turizm-numfmt.xlsx"
f26 = [
    S("01402001", "Туроператорлық қызметпен айналысуға лицензия беру",
      "«Туроператорлық қызметпен айналысуға лицензия беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Туризм және спорт министрінің 2026 жылғы 16 ақпандағы № 49 бұйрығымен бекітілген",
      "«Туроператорлық қызметпен айналысуға лицензия беру» мемлекеттік көрсетілетін қызмет регламенті, Шығыс Қазақстан облысы әкімдігінің 2026 жылғы 29 сәуірдегі № 117 қаулысымен бекітілген",
      None, "www.elicense.kz",
      "Ғалымжанова Айнұр Бейбітқызы", "туризм бөлімінің бас маманы", "a.galymzhanova@turizm.vko.gov.kz", "8 (7232) 57-14-90",
      c8="Ғалымжанова Айнұр Бейбітқызы, туризм бөлімінің бас маманы, тел. 87232 57 14 90, a.galymzhanova@turizm.vko.gov.kz"),
    S("01402006", "Гидтер (гид-жолбасшылар), экскурсоводтар және туризм жөніндегі нұсқаушылар тізіліміне енгізу",
      "«Гидтер (гид-жолбасшылар), экскурсоводтар және туризм жөніндегі нұсқаушылар тізіліміне енгізу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Туризм және спорт министрінің 2026 жылғы 16 ақпандағы № 49 бұйрығымен бекітілген",
      "«Гидтер (гид-жолбасшылар), экскурсоводтар және туризм жөніндегі нұсқаушылар тізіліміне енгізу» мемлекеттік көрсетілетін қызмет регламенті, Шығыс Қазақстан облысы әкімдігінің 2026 жылғы 29 сәуірдегі № 118 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Ғалымжанова Айнұр Бейбітқызы", "туризм бөлімінің бас маманы", "a.galymzhanova@turizm.vko.gov.kz", "8 (7232) 57-14-90",
      c8="Ғалымжанова Айнұр Бейбітқызы, туризм бөлімінің бас маманы, тел. 87232 57 14 90, a.galymzhanova@turizm.vko.gov.kz"),
]
f26[0].phone = f26[1].phone = "87232 57 14 90"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
xl_put(ws, 2, 4, "Шығыс Қазақстан облысының туризм басқармасы", bold=True, border=False, wrap=False, size=12)
xl_put(ws, 3, 4, "Өскемен қ., Тәуелсіздік даңғылы, 18", border=False, wrap=False, size=9)
xl_put(ws, 5, 1, "Бірыңғай байланыс орталығының сұрау салуына (1-қосымша)", border=False, wrap=False)
hdr = ["№ р/с", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Стандарт", "Регламент", "Нормативтік құқықтық актілердің өзгерістері", "Интернет-ресурс",
       "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
for j, h in enumerate(hdr, 1):
    xl_put(ws, 7, j, h, bold=True, center=True)
for i, s in enumerate(f26, 1):
    vals = [i, int(s.reg)] + s.cells()[1:]
    vals[5] = None
    for j, v in enumerate(vals, 1):
        c = xl_put(ws, 7 + i, j, v)
        if j == 2:
            c.number_format = "00000000"
xl_put(ws, 11, 1, "Жауапты орындаушы: Ғалымжанова А.Б.", border=False, wrap=False)
xl_put(ws, 12, 1, "Күні: 05.02.2027", border=False, wrap=False)
xl_widths(ws, [6, 14, 30, 44, 44, 20, 16, 36])
save(fn, xlsx_bytes(wb))
expected(fn, [form_key(fn, "kk", f26, "Ғалымжанова А.Б.", "2027-02-05")])
context(fn, agency("Шығыс Қазақстан облысының туризм басқармасы", "turizm@vko.gov.kz", "210540015527"),
        [(s.reg, s.name) for s in f26], "information",
        letter("ЕКЦ-2027/112", "2027-02-01", "1-қосымшаға сәйкес ақпарат"),
        "record two tourism services")
manifest(fn, "appendix1_form", "kk", "xlsx", "registry numbers stored as numbers 1402001 with number format 00000000 (leading zeros only in the display); table starts at row 7 after a letterhead in column D; empty acts cells; phone '87232 57 14 90'")

# ---------------------------------------------------------------- F27
fn = "f27-khromtau-jer-datecell.xlsx"
f27 = [
    S("00702031", "Жерге орналастыру жобасын бекіту",
      "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
      "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет регламенті, Ақтөбе облысы әкімдігінің 2026 жылғы 6 сәуірдегі № 129 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Нұрғалиев Серік Төлегенұлы", "бөлім басшысы", "s.nurgaliyev@khromtau-jer.gov.kz", "8 (71336) 2-14-78",
      c8="Нұрғалиев Серік Төлегенұлы, бөлім басшысы, 8 (71336) 2-14-78, s.nurgaliyev@khromtau-jer.gov.kz"),
    S("00702058", "Жер учаскесін бөлуге келісім беру",
      "«Жер учаскесін бөлуге келісім беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
      "«Жер учаскесін бөлуге келісім беру» мемлекеттік көрсетілетін қызмет регламенті, Ақтөбе облысы әкімдігінің 2026 жылғы 6 сәуірдегі № 130 қаулысымен бекітілген",
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 24 қыркүйектегі № 311 «Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» бұйрығына өзгеріс енгізу туралы» бұйрығы",
      "www.egov.kz",
      "Ержанова Салтанат Қанатқызы", "бас маман", "s.yerzhanova@khromtau-jer.gov.kz", "8 (71336) 2-14-80",
      c8="Ержанова Салтанат Қанатқызы, бас маман, 8 (71336) 2-14-80, s.yerzhanova@khromtau-jer.gov.kz"),
]
import datetime as _dt
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Нысан"
ws.merge_cells("A1:H1")
xl_put(ws, 1, 1, "Ақтөбе облысы Хромтау ауданының жер қатынастары бөлімі", bold=True, border=False, center=True, size=12)
hdr = ["№", "Тізілімдегі №", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға (Т.А.Ә., лауазымы)"]
for j, h in enumerate(hdr, 1):
    xl_put(ws, 3, j, h, bold=True, center=True)
for i, s in enumerate(f27, 1):
    for j, v in enumerate([f"{i}."] + s.cells(), 1):
        xl_put(ws, 3 + i, j, v)
ws.merge_cells("A7:D7")
xl_put(ws, 7, 1, "Орындаған: Ержанова Салтанат Қанатқызы", border=False, wrap=False)
xl_put(ws, 8, 1, "Күні:", border=False)
c = xl_put(ws, 8, 2, _dt.datetime(2027, 1, 29), border=False)
c.number_format = "DD.MM.YYYY"
xl_widths(ws, [5, 12, 26, 44, 44, 40, 14, 36])
save(fn, xlsx_bytes(wb))
expected(fn, [form_key(fn, "kk", f27, "Ержанова Салтанат Қанатқызы", "2027-01-29")])
context(fn, agency("Хромтау ауданының жер қатынастары бөлімі", "jer@khromtau.gov.kz", "050640010284"),
        [(s.reg, s.name) for s in f27], "information",
        letter("ЕКЦ-2027/092", "2027-01-26", "1-қосымша бойынша ақпарат"),
        "record two land services")
manifest(fn, "appendix1_form", "kk", "xlsx", "executor in a merged cell; the date is a real Excel date cell (serial number with DD.MM.YYYY format) next to 'Күні:'; '-' for no acts")

# ---------------------------------------------------------------- F28
fn = "f28-taraz-bilim-3subcols.xlsx"
f28 = [
    S("00803025", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру",
      "«Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» мемлекеттік көрсетілетін қызмет регламенті, Жамбыл облысы әкімдігінің 2026 жылғы 18 ақпандағы № 36 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Түсіпбекова Ләйлә Ахметқызы", "бас маман", None, "8 (7262) 45-67-11"),
    S("00803031", "Білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну",
      "«Білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және жеңілдікпен тамақтандыруды ұсыну» мемлекеттік көрсетілетін қызмет регламенті, Жамбыл облысы әкімдігінің 2026 жылғы 18 ақпандағы № 37 қаулысымен бекітілген",
      "Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 15 қазандағы № 287 бұйрығы",
      "www.egov.kz",
      "Түсіпбекова Ләйлә Ахметқызы", "бас маман", None, "8 (7262) 45-67-11"),
    S("00803052", "Жалпы білім беретін мектептердің 1-сыныбына қабылдау",
      "«Жалпы білім беретін мектептердің 1-сыныбына қабылдау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Жалпы білім беретін мектептердің 1-сыныбына қабылдау» мемлекеттік көрсетілетін қызмет регламенті, Жамбыл облысы әкімдігінің 2026 жылғы 18 ақпандағы № 38 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Досжанов Еркебұлан Маратұлы", "жалпы орта білім секторының меңгерушісі", None, "8 (7262) 45-67-20"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "1-қосымша"
xl_put(ws, 1, 1, "Тараз қаласы әкімдігінің білім бөлімі", bold=True, border=False, wrap=False, size=12)
top = ["№", "Тізілімдегі №", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс",
       "Жауапты тұлға"]
for j, h in enumerate(top, 1):
    xl_put(ws, 3, j, h, bold=True, center=True)
for j in range(1, 8):
    ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
ws.merge_cells("H3:J3")
for j, h in enumerate(["Т.А.Ә.", "Лауазымы", "Байланыс телефоны"], 8):
    xl_put(ws, 4, j, h, bold=True, center=True)
for i, s in enumerate(f28, 1):
    vals = [i] + s.cells()[:6] + [s.fio, s.pos, s.phone]
    for j, v in enumerate(vals, 1):
        xl_put(ws, 4 + i, j, v)
xl_put(ws, 9, 1, "Орындаған: Түсіпбекова Л.А.", border=False, wrap=False)
xl_put(ws, 10, 1, "2027 жылғы 10 ақпан", border=False, wrap=False)
xl_widths(ws, [5, 12, 30, 44, 44, 30, 14, 30, 26, 18])
save(fn, xlsx_bytes(wb))
expected(fn, [form_key(fn, "kk", f28, "Түсіпбекова Л.А.", "2027-02-10")])
context(fn, agency("Тараз қаласы әкімдігінің білім бөлімі", "bilim@taraz.gov.kz", "990740002331"),
        [(s.reg, s.name) for s in f28], "information",
        letter("ЕКЦ-2027/119", "2027-02-05", "Ақпарат беру туралы"),
        "record three school services")
manifest(fn, "appendix1_form", "kk", "xlsx", "column 8 split into three sub-columns (name | position | phone) under a merged header, ten physical columns, header over two rows with vertical merges")


# =============================================================================
# PART 3. Appendix 1 forms as PDF (F29-F33)
# =============================================================================

# ---------------------------------------------------------------- F29
fn = "f29-aktobe-densaulyk.pdf"
f29 = [
    S("00201011", "Медициналық қызметпен айналысуға лицензия беру",
      "«Медициналық қызметпен айналысуға лицензия беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Денсаулық сақтау министрінің 2026 жылғы 23 қаңтардағы № ҚР ДСМ-12 бұйрығымен бекітілген",
      "«Медициналық қызметпен айналысуға лицензия беру» мемлекеттік көрсетілетін қызмет регламенті, Ақтөбе облысы әкімдігінің 2026 жылғы 10 наурыздағы № 84 қаулысымен бекітілген",
      None, "www.elicense.kz",
      "Байғабылова Жанна Төлеубекқызы", "лицензиялау бөлімінің бас маманы", None, "8 (7132) 55-20-41",
      c8="Байғабылова Жанна Төлеубекқызы, лицензиялау бөлімінің бас маманы, тел.: 8 (7132) 55-20-41, ішкі 3"),
    S("00201016", "Фармацевтикалық қызметпен айналысуға лицензия беру",
      "«Фармацевтикалық қызметпен айналысуға лицензия беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Денсаулық сақтау министрінің 2026 жылғы 23 қаңтардағы № ҚР ДСМ-12 бұйрығымен бекітілген",
      "«Фармацевтикалық қызметпен айналысуға лицензия беру» мемлекеттік көрсетілетін қызмет регламенті, Ақтөбе облысы әкімдігінің 2026 жылғы 10 наурыздағы № 85 қаулысымен бекітілген",
      "Қазақстан Республикасы Денсаулық сақтау министрінің 2026 жылғы 1 қазандағы № ҚР ДСМ-97 «Қазақстан Республикасы Денсаулық сақтау министрінің 2026 жылғы 23 қаңтардағы № ҚР ДСМ-12 бұйрығына өзгерістер енгізу туралы» бұйрығы",
      "www.elicense.kz",
      "Байғабылова Жанна Төлеубекқызы", "лицензиялау бөлімінің бас маманы", None, "8 (7132) 55-20-41",
      c8="Байғабылова Жанна Төлеубекқызы, лицензиялау бөлімінің бас маманы, тел.: 8 (7132) 55-20-41, ішкі 3"),
]
hdr = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
       "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
       "Нормативтік құқықтық актілердің өзгерістері", "Интернет-ресурс",
       "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
flow = [Paragraph("Ақтөбе облысының денсаулық сақтау басқармасы", pstyle("t", 12, "DejaVu-Bold", TA_CENTER)),
        Spacer(1, 4), Paragraph("Мемлекеттік көрсетілетін қызметтер туралы ақпарат", pstyle("t2", 10, align=TA_CENTER)),
        Spacer(1, 10),
        ptable([hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f29, 1)], [1.0, 2.0, 3.0, 4.8, 4.6, 4.3, 2.6, 4.1],
               header_rows=2, size=7.5),
        Spacer(1, 14),
        Paragraph("Орындаған: Байғабылова Ж.Т.", pstyle("e", 9)),
        Paragraph("Күні: 2027 жылғы 15 наурыз", pstyle("e2", 9))]
save(fn, pdf_bytes(flow))
expected(fn, [form_key(fn, "kk", f29, "Байғабылова Ж.Т.", "2027-03-15")])
context(fn, agency("Ақтөбе облысының денсаулық сақтау басқармасы", "densaulyk@aktobe.gov.kz", "990140004411"),
        [(s.reg, s.name) for s in f29], "information",
        letter("ЕКЦ-2027/214", "2027-03-10", "Ақпарат беру туралы"),
        "record two medical licensing services")
manifest(fn, "appendix1_form", "kk", "pdf", "ruled PDF table with 1..8 row; 'ішкі 3' one-digit extension at the end of column 8; standard order number with letters 'ҚР ДСМ-12'")

# ---------------------------------------------------------------- F30
fn = "f30-pavlodar-kasipkerlik-cover.pdf"
f30 = [
    S("00504017", "Выдача лицензии на хранение и оптовую реализацию алкогольной продукции",
      "Стандарт государственной услуги «Выдача лицензии на хранение и оптовую реализацию алкогольной продукции», утвержденный приказом Министра торговли и интеграции Республики Казахстан от 11 февраля 2026 года № 52-НҚ",
      "Регламент государственной услуги «Выдача лицензии на хранение и оптовую реализацию алкогольной продукции», утвержденный постановлением акимата Павлодарской области от 24 апреля 2026 года № 101/4",
      None, "www.elicense.kz",
      "Карпова Наталья Викторовна", "главный специалист отдела лицензирования", "n.karpova@pavlodar-biz.gov.kz",
      "8 (7182) 32-77-14",
      c8="Карпова Наталья Викторовна, главный специалист отдела лицензирования, тел. 8 (7182) 32-77-14, e-mail: n.karpova@pavlodar-biz.gov.kz"),
    S("00504022", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции",
      "Стандарт государственной услуги «Выдача лицензии на хранение и розничную реализацию алкогольной продукции», утвержденный приказом Министра торговли и интеграции Республики Казахстан от 11 февраля 2026 года № 52-НҚ",
      "Регламент государственной услуги «Выдача лицензии на хранение и розничную реализацию алкогольной продукции», утвержденный постановлением акимата Павлодарской области от 24 апреля 2026 года № 101/5",
      "Приказ Министра торговли и интеграции Республики Казахстан от 19 ноября 2026 года № 388-НҚ «О внесении изменений в приказ Министра торговли и интеграции Республики Казахстан от 11 февраля 2026 года № 52-НҚ»",
      "www.elicense.kz",
      "Карпова Наталья Викторовна", "главный специалист отдела лицензирования", "n.karpova@pavlodar-biz.gov.kz",
      "8 (7182) 32-77-14",
      c8="Карпова Наталья Викторовна, главный специалист отдела лицензирования, тел. 8 (7182) 32-77-14, e-mail: n.karpova@pavlodar-biz.gov.kz"),
]
body = pstyle("lb", 11, "DejaVuSerif", leading=15)
flow = [Paragraph("ПАВЛОДАР ОБЛЫСЫНЫҢ КӘСІПКЕРЛІК ЖӘНЕ ИНДУСТРИЯЛЫҚ-ИННОВАЦИЯЛЫҚ ДАМУ БАСҚАРМАСЫ", pstyle("h", 10, "DejaVuSerif-Bold", TA_CENTER)),
        Paragraph("140000, Павлодар қ., Академик Сәтбаев к-сі, 49, тел. 8 (7182) 32-77-00", pstyle("h2", 8, "DejaVuSerif", TA_CENTER)),
        Spacer(1, 18),
        Paragraph("19.02.2027 № 2-11/486", pstyle("n", 10, "DejaVuSerif")),
        Spacer(1, 12),
        Paragraph("Бірыңғай байланыс орталығы", pstyle("to", 11, "DejaVuSerif-Bold", TA_RIGHT)),
        Spacer(1, 18),
        Paragraph("Сіздің 2027 жылғы 12 ақпандағы № ЕКЦ-2027/139 хатыңызға", pstyle("re", 10, "DejaVuSerif")),
        Spacer(1, 10),
        Paragraph("Павлодар облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы алкоголь өнімдерін сақтау және өткізу саласындағы мемлекеттік көрсетілетін қызметтер бойынша ақпаратты Өзара іс-қимыл қағидаларының 1-қосымшасына сәйкес нысан бойынша жолдайды (қоса беріліп отыр).", body),
        Spacer(1, 8),
        Paragraph("Мемлекеттік көрсетілетін қызметтердің атаулары мен деректемелері ресми тілде (орыс тілінде) мемлекеттік қызметтер тізіліміне сәйкес көрсетілген.", body),
        Spacer(1, 8),
        Paragraph("Қосымша: 1 парақ.", body),
        Spacer(1, 30),
        Paragraph("Басшы                                                                  Д. Мұхаметжанов", pstyle("s", 11, "DejaVuSerif-Bold")),
        Spacer(1, 200),
        Paragraph("Орынд.: Н. Карпова, 32-77-14", pstyle("ex", 8, "DejaVuSerif"))]
from reportlab.platypus import PageBreak
hdr = ["№ р/с / № п/п", "Тізілімдегі № / № в реестре", "Атауы / Наименование", "Стандарт / Стандарт",
       "Регламент / Регламент", "НҚА өзгерістері / Изменения НПА", "Интернет-ресурс",
       "Жауапты тұлға / Ответственное лицо"]
flow2 = [PageBreak(),
         Paragraph("Приложение 1 / 1-қосымша", pstyle("ap", 9, align=TA_RIGHT)), Spacer(1, 6),
         ptable([hdr] + [[str(i)] + s.cells() for i, s in enumerate(f30, 1)], [1.4, 2.0, 3.0, 4.4, 4.4, 4.3, 2.4, 4.8], size=7),
         Spacer(1, 12),
         Paragraph("Исполнитель: Карпова Наталья Викторовна", pstyle("e", 8.5)),
         Paragraph("Дата: «19» февраля 2027 г.", pstyle("e2", 8.5))]
b = io.BytesIO()
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate
_doc = BaseDocTemplate(b, pagesize=A4, invariant=1, creator="Microsoft Word")
_doc.addPageTemplates([
    PageTemplate("port", [Frame(2.5 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm)], pagesize=A4),
    PageTemplate("land", [Frame(1.5 * cm, 1.5 * cm, landscape(A4)[0] - 3 * cm, landscape(A4)[1] - 3 * cm)], pagesize=landscape(A4))])
_doc.build(flow + [NextPageTemplate("land")] + flow2)
save(fn, b.getvalue())
expected(fn, [form_key(fn, None, f30, "Карпова Наталья Викторовна", "2027-02-19")])
context(fn, agency("Павлодар облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы",
                   "biz@pavlodar.gov.kz", "030140002977"),
        [(s.reg, s.name) for s in f30], "information",
        letter("ЕКЦ-2027/139", "2027-02-12", "О предоставлении информации (приложение 1)"),
        "record two alcohol-licensing services")
manifest(fn, "appendix1_form", "kk+ru", "pdf", "page 1 a Kazakh covering letter (portrait, with its own 'Орынд.:' line), page 2 landscape table with Kazakh/Russian headers and Russian content; two executor-like lines, the form's one is under the table")

# ---------------------------------------------------------------- F31
fn = "f31-krg-gask-multipage.pdf"
f31 = [
    S("01203005", "Жобалау қызметіне лицензия беру",
      "«Сәулет, қала құрылысы және құрылыс қызметі саласындағы лицензия беру» мемлекеттік көрсетілетін қызмет стандарты (жобалау қызметі бөлігінде), Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 22 бұйрығымен бекітілген",
      "«Жобалау қызметіне лицензия беру» мемлекеттік көрсетілетін қызмет регламенті, Қарағанды облысы әкімдігінің 2026 жылғы 23 сәуірдегі № 27/01 қаулысымен бекітілген",
      "1) Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 30 маусымдағы № 214 бұйрығы;\n2) Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 7 желтоқсандағы № 455 бұйрығы",
      "www.elicense.kz",
      "Жанұзақов Қайрат Ержанұлы", "лицензиялау және рұқсат беру бөлімінің басшысы", "k.zhanuzakov@gask.krg.gov.kz",
      "8 (7212) 56-81-30",
      c8="Жанұзақов Қайрат Ержанұлы, лицензиялау және рұқсат беру бөлімінің басшысы, тел. 8 (7212) 56-81-30, k.zhanuzakov@gask.krg.gov.kz"),
    S("01203009", "Құрылыс-монтаж жұмыстарына лицензия беру",
      "«Сәулет, қала құрылысы және құрылыс қызметі саласындағы лицензия беру» мемлекеттік көрсетілетін қызмет стандарты (құрылыс-монтаж жұмыстары бөлігінде), Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 22 бұйрығымен бекітілген",
      "«Құрылыс-монтаж жұмыстарына лицензия беру» мемлекеттік көрсетілетін қызмет регламенті, Қарағанды облысы әкімдігінің 2026 жылғы 23 сәуірдегі № 27/02 қаулысымен бекітілген",
      "1) Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 30 маусымдағы № 214 бұйрығы;\n2) Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 7 желтоқсандағы № 455 бұйрығы",
      "www.elicense.kz",
      "Бақытжанова Асем Серікқызы", "лицензиялау және рұқсат беру бөлімінің бас маманы", "a.bakytzhanova@gask.krg.gov.kz",
      "8 (7212) 56-81-34",
      c8="Бақытжанова Асем Серікқызы, лицензиялау және рұқсат беру бөлімінің бас маманы, тел. 8 (7212) 56-81-34, a.bakytzhanova@gask.krg.gov.kz"),
    S("01203014", "Ізденіс қызметіне лицензия беру",
      "«Сәулет, қала құрылысы және құрылыс қызметі саласындағы лицензия беру» мемлекеттік көрсетілетін қызмет стандарты (ізденіс қызметі бөлігінде), Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 19 қаңтардағы № 22 бұйрығымен бекітілген",
      "«Ізденіс қызметіне лицензия беру» мемлекеттік көрсетілетін қызмет регламенті, Қарағанды облысы әкімдігінің 2026 жылғы 23 сәуірдегі № 27/03 қаулысымен бекітілген",
      None, "www.elicense.kz",
      "Бақытжанова Асем Серікқызы", "лицензиялау және рұқсат беру бөлімінің бас маманы", "a.bakytzhanova@gask.krg.gov.kz",
      "8 (7212) 56-81-34",
      c8="Бақытжанова Асем Серікқызы, лицензиялау және рұқсат беру бөлімінің бас маманы, тел. 8 (7212) 56-81-34, a.bakytzhanova@gask.krg.gov.kz"),
]
hdr = ["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарты (деректемелері)",
       "Регламенті (деректемелері)", "Нормативтік құқықтық актілердің өзгерістері", "Интернет-ресурс",
       "Жауапты тұлғаның Т.А.Ә., лауазымы"]
flow = [Paragraph("Қарағанды облысының мемлекеттік сәулет-құрылыс бақылауы басқармасы", pstyle("t", 11, "DejaVu-Bold", TA_CENTER)),
        Spacer(1, 8),
        ptable([hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f31, 1)], [0.8, 2.0, 3.0, 4.6, 4.0, 4.0, 2.6, 5.7],
               header_rows=2, size=9, font="DejaVuCond"),
        Spacer(1, 12),
        Paragraph("Орынд.: Жанұзақов Қ.Е.", pstyle("e", 9)),
        Paragraph("2027 жылғы 24 ақпан", pstyle("e2", 9))]
save(fn, pdf_bytes(flow))
expected(fn, [form_key(fn, "kk", f31, "Жанұзақов Қ.Е.", "2027-02-24")])
context(fn, agency("Қарағанды облысының мемлекеттік сәулет-құрылыс бақылауы басқармасы", "gask@krg.gov.kz",
                   "050340009906"),
        [(s.reg, s.name) for s in f31], "information",
        letter("ЕКЦ-2027/175", "2027-02-20", "1-қосымша нысаны бойынша ақпарат"),
        "record three construction-licensing services")
manifest(fn, "appendix1_form", "kk", "pdf", "large condensed font: the table runs over two pages with the header and 1..8 row repeated; column 6 holds two numbered acts on separate lines")

# ---------------------------------------------------------------- F32
fn = "f32-mangystau-tasymal-nogrid.pdf"
f32 = [
    S("00304012", "Автомобиль көлігімен тұрақты тасымалдауды жүзеге асыруға куәлік беру",
      "«Автомобиль көлігімен тұрақты тасымалдауды жүзеге асыруға куәлік беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Көлік министрінің 2026 жылғы 4 ақпандағы № 31 бұйрығымен бекітілген",
      "«Автомобиль көлігімен тұрақты тасымалдауды жүзеге асыруға куәлік беру» мемлекеттік көрсетілетін қызмет регламенті, Маңғыстау облысы әкімдігінің 2026 жылғы 14 сәуірдегі № 72 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Қалдыбаев Мұрат Есенұлы", "бас маман", None, "8 7292 30-61-25",
      c8="Қалдыбаев Мұрат Есенұлы, бас маман, 8 7292 30-61-25 (ішкі 12)"),
    S("00304019", "Ірі габаритті және ауыр салмақты көлік құралдарының жүруіне арнайы рұқсат беру",
      "«Ірі габаритті және ауыр салмақты көлік құралдарының жүруіне арнайы рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Көлік министрінің 2026 жылғы 4 ақпандағы № 31 бұйрығымен бекітілген",
      "«Ірі габаритті және ауыр салмақты көлік құралдарының жүруіне арнайы рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Маңғыстау облысы әкімдігінің 2026 жылғы 14 сәуірдегі № 73 қаулысымен бекітілген",
      "Қазақстан Республикасы Көлік министрінің 2026 жылғы 22 қазандағы № 276 бұйрығы", "www.egov.kz",
      "Өтегенова Назым Бауыржанқызы", "жетекші маман", "n.otegenova@zholdar.mangystau.gov.kz", "8 7292 30-61-27",
      c8="Өтегенова Назым Бауыржанқызы, жетекші маман, 8 7292 30-61-27, n.otegenova@zholdar.mangystau.gov.kz"),
]
hdr = ["№", "Тізілімдегі №", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс",
       "Жауапты тұлға (Т.А.Ә., лауазымы)"]
t = ptable([hdr] + [[str(i)] + s.cells() for i, s in enumerate(f32, 1)], [0.8, 1.8, 3.0, 4.6, 4.6, 3.6, 2.0, 6.3],
           size=7.5, grid=0)
t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                       ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
flow = [Paragraph("Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы", pstyle("t", 11, "DejaVu-Bold", TA_LEFT)),
        Paragraph("Мемлекеттік көрсетілетін қызметтер бойынша мәліметтер", pstyle("t2", 9)),
        Spacer(1, 10), t, Spacer(1, 16),
        Paragraph("Орынд.: Қалдыбаев М.Е.        19.03.2027", pstyle("e", 8.5))]
save(fn, pdf_bytes(flow))
expected(fn, [form_key(fn, "kk", f32, "Қалдыбаев М.Е.", "2027-03-19")])
context(fn, agency("Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы",
                   "zholdar@mangystau.gov.kz", "060240011328"),
        [(s.reg, s.name) for s in f32], "information",
        letter("ЕКЦ-2027/219", "2027-03-15", "Ақпарат беру туралы"),
        "record two transport services")
manifest(fn, "appendix1_form", "kk", "pdf", "table without ruling (only a line under the header and under the last row) so columns must be recovered from positions; '(ішкі 12)' after phone")

# ---------------------------------------------------------------- F33
fn = "f33-zerendi-apparat-ru.pdf"
f33 = [
    S("00303015", "Выдача справки о наличии личного подсобного хозяйства",
      "Стандарт государственной услуги «Выдача справки о наличии личного подсобного хозяйства», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 20 января 2026 года № 18",
      None, None, "www.egov.kz",
      "Искакова Динара Ермековна", "главный специалист", None, "8 (71632) 2-13-40",
      c8="Искакова Динара Ермековна, главный специалист, тел. 8 (71632) 2-13-40, вн. 2-14",
      shown={"regl": "не утверждается", "npa": "нет"}),
    S("00303019", "Выдача справки о наличии или отсутствии земельного участка",
      "Стандарт государственной услуги «Выдача справки о наличии или отсутствии земельного участка», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 20 января 2026 года № 18",
      None,
      "Приказ Министра сельского хозяйства Республики Казахстан от 14 сентября 2026 года № 298 «О внесении изменений и дополнения в приказ Министра сельского хозяйства Республики Казахстан от 20 января 2026 года № 18»",
      "www.egov.kz",
      "Искакова Динара Ермековна", "главный специалист", None, "8 (71632) 2-13-40",
      c8="Искакова Динара Ермековна, главный специалист, тел. 8 (71632) 2-13-40, вн. 2-14",
      shown={"regl": "не утверждается"}),
]
hdr = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
       "Стандарт государственной услуги (с указанием его реквизитов)",
       "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов",
       "Интернет-ресурс, на котором размещена информация о государственной услуге",
       "Фамилия, имя, отчество, должность ответственного лица"]
flow = [Paragraph("Зеренді ауданы әкімінің аппараты", pstyle("t", 10, "DejaVu-Bold", TA_CENTER)),
        Paragraph("Аппарат акима Зерендинского района Акмолинской области", pstyle("t1", 10, "DejaVu-Bold", TA_CENTER)),
        Spacer(1, 10),
        Paragraph("Информация о государственных услугах (по форме приложения 1)", pstyle("t2", 9, align=TA_CENTER)),
        Spacer(1, 8),
        ptable([hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f33, 1)], [1.0, 2.2, 3.2, 4.6, 3.0, 4.6, 2.6, 4.6],
               header_rows=2, size=7.5, head_bg=colors.HexColor("#EEEEEE")),
        Spacer(1, 14),
        Paragraph("Исполнитель: Искакова Д.Е.", pstyle("e", 9)),
        Paragraph("Дата: « 03 » марта 2027 г.", pstyle("e2", 9))]
save(fn, pdf_bytes(flow))
expected(fn, [form_key(fn, "ru", f33, "Искакова Д.Е.", "2027-03-03")])
context(fn, agency("ГУ «Аппарат акима Зерендинского района Акмолинской области»", "zerenda@akmo.gov.kz", "990940001572"),
        [(s.reg, s.name) for s in f33], "information",
        letter("ЕКЦ-2027/188", "2027-02-27", "О предоставлении информации"),
        "record two district certificate services; regulation 'не утверждается' means none")
manifest(fn, "appendix1_form", "ru", "pdf", "Kazakh agency line over Russian form; regulation cell 'не утверждается' and acts 'нет' mean null; extension 'вн. 2-14' looks like a phone fragment; date '« 03 » марта 2027 г.'")


# =============================================================================
# PART 4. Appendix 1 forms by e-mail (F34-F40)
# =============================================================================

def html_table(rows, header_rows=1, style="outlook"):
    """Rows of cells -> an HTML table in one of a few house styles."""
    out = []
    if style == "outlook":
        out.append('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;border:none\'>')
        for i, r in enumerate(rows):
            out.append("<tr>")
            for c in r:
                txt = esc(c or "")
                b = ("<b>", "</b>") if i < header_rows else ("", "")
                out.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                           f"<p class=MsoNormal>{b[0]}<span style='font-size:9.0pt;font-family:\"Times New Roman\",serif'>{txt}</span>{b[1]}</p></td>")
            out.append("</tr>")
        out.append("</table>")
    else:
        out.append('<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:12px">')
        for i, r in enumerate(rows):
            tag = "th" if i < header_rows else "td"
            out.append("<tr>" + "".join(f"<{tag}>{esc(c or '')}</{tag}>" for c in r) + "</tr>")
        out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- F34
fn = "f34-zhambyl-sport-docx-attached.eml"
att = "1-қосымша.docx"
f34 = [
    S("00207003", "Спорттық разрядтар мен санаттарды беру",
      "«Спорттық разрядтар мен санаттарды беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Туризм және спорт министрінің 2026 жылғы 16 ақпандағы № 50 бұйрығымен бекітілген",
      "«Спорттық разрядтар мен санаттарды беру» мемлекеттік көрсетілетін қызмет регламенті, Жамбыл облысы әкімдігінің 2026 жылғы 7 мамырдағы № 119 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Сұлтанова Гүлнар Мұратқызы", "спорт резервін дамыту бөлімінің бас маманы", "sultanova.g@sport.zhambyl.gov.kz",
      "8 (7262) 43-55-21",
      c8="Сұлтанова Гүлнар Мұратқызы, спорт резервін дамыту бөлімінің бас маманы, тел. 8 (7262) 43-55-21, вн. 14, sultanova.g@sport.zhambyl.gov.kz"),
    S("00207008", "Спорт түрлері бойынша жергілікті спорт федерацияларын аккредиттеу",
      "«Спорт түрлері бойынша жергілікті спорт федерацияларын аккредиттеу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Туризм және спорт министрінің 2026 жылғы 16 ақпандағы № 50 бұйрығымен бекітілген",
      "«Спорт түрлері бойынша жергілікті спорт федерацияларын аккредиттеу» мемлекеттік көрсетілетін қызмет регламенті, Жамбыл облысы әкімдігінің 2026 жылғы 7 мамырдағы № 120 қаулысымен бекітілген",
      "Қазақстан Республикасы Туризм және спорт министрінің 2026 жылғы 3 желтоқсандағы № 377 «Қазақстан Республикасы Туризм және спорт министрінің 2026 жылғы 16 ақпандағы № 50 бұйрығына өзгерістер енгізу туралы» бұйрығы",
      "www.egov.kz",
      "Әміров Бауыржан Тұрарұлы", "бөлім басшысы", None, "8 (7262) 43-55-18",
      c8="Әміров Бауыржан Тұрарұлы, бөлім басшысы, 8 (7262) 43-55-18"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Жамбыл облысының дене шынықтыру және спорт басқармасы", align="c", bold=True)
hdr = ["№", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
       "Стандарт (деректемелері көрсетіле отырып)", "Регламент (деректемелері көрсетіле отырып)",
       "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
add_table(d, [hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f34, 1)], header_rows=2, widths=W8, size=9)
para(d, "")
para(d, "Орындаған: Сұлтанова Гүлнар Мұратқызы", size=10)
para(d, "Күні: 2027 жылғы 1 ақпан", size=10)
att_bytes = docx_bytes(d)
m = MIMEMultipart("mixed")
hdrs(m, addr("Сұлтанова Гүлнар", "sultanova.g@sport.zhambyl.gov.kz"), addr("ЕКЦ", ECK),
     "ЕКЦ-2027/097 сұрау салуға жауап (1-қосымша)", "Mon, 01 Feb 2027 16:42:10 +0500",
     "<a8f1c2e4.20270201164210@sport.zhambyl.gov.kz>", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
m.attach(MIMEText("""Құрметті әріптестер!

Бірыңғай байланыс орталығының 2027 жылғы 27 қаңтардағы № ЕКЦ-2027/097 сұрау салуына жауап ретінде Жамбыл облысының дене шынықтыру және спорт басқармасы мемлекеттік көрсетілетін қызметтер бойынша ақпаратты 1-қосымшаға сәйкес жолдайды.

Сұрақтар туындаған жағдайда хабарласуларыңызды сұраймыз.

Құрметпен,
Гүлнар Сұлтанова
бас маман
Жамбыл облысының дене шынықтыру және спорт басқармасы
тел. 8 (7262) 43-55-21
""", "plain", "utf-8"))
attach(m, att_bytes, att, DOCX_MIME)
save(fn, eml_bytes(m))
expected(fn, [form_key(att, "kk", f34, "Сұлтанова Гүлнар Мұратқызы", "2027-02-01")])
context(fn, agency("Жамбыл облысының дене шынықтыру және спорт басқармасы", "sport@zhambyl.gov.kz", "990540006638"),
        [(s.reg, s.name) for s in f34], "information",
        letter("ЕКЦ-2027/097", "2027-01-27", "1-қосымша бойынша ақпарат беру туралы"),
        "record two sport services from the attached form")
manifest(fn, "appendix1_form", "kk", "eml+docx", "Kazakh covering mail (base64 UTF-8), attachment name '1-қосымша.docx' in RFC 2231 encoding; Russian 'вн. 14' extension in a Kazakh column 8")

# ---------------------------------------------------------------- F35
fn = "f35-konaev-jer-html-outlook.eml"
f35 = [
    S("00702038", "Жер учаскесін жеке тұрғын үй құрылысы үшін беру",
      "«Жер учаскесін жеке тұрғын үй құрылысы үшін беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
      "«Жер учаскесін жеке тұрғын үй құрылысы үшін беру» мемлекеттік көрсетілетін қызмет регламенті, Алматы облысы әкімдігінің 2026 жылғы 11 мамырдағы № 163 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Сейдахметова Гүлмира Тұрсынқызы", "бас маман", None, "8 (72772) 4-05-36",
      c8="Сейдахметова Гүлмира Тұрсынқызы\nбас маман\nтел.: 8 (72772) 4-05-36\nішкі 21"),
    S("00702062", "Жер учаскесіне сәйкестендіру құжатын дайындау",
      "«Жер учаскесіне сәйкестендіру құжатын дайындау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
      "«Жер учаскесіне сәйкестендіру құжатын дайындау» мемлекеттік көрсетілетін қызмет регламенті, Алматы облысы әкімдігінің 2026 жылғы 11 мамырдағы № 164 қаулысымен бекітілген",
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 24 қыркүйектегі № 311 бұйрығы", "www.egov.kz",
      "Сейдахметова Гүлмира Тұрсынқызы", "бас маман", None, "8 (72772) 4-05-36",
      c8="-//-", shown={"web": "-//-"}),
]
hdr = ["№", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарт (деректемелері)",
       "Регламент (деректемелері)", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
tbl = html_table([hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f35, 1)], header_rows=2)
html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>
<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>
<p class=MsoNormal>Сәлеметсіз бе!<o:p></o:p></p>
<p class=MsoNormal>Добрый день!<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Направляем информацию по Вашему запросу № ЕКЦ-2027/106 от 01.02.2027 (форма приложения 1). Мемлекеттік көрсетілетін қызметтер бойынша ақпарат төменде берілген.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{tbl}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Орындаған: Сейдахметова Г.Т., 2027 жылғы 4 ақпан<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='color:#1F3864'>С уважением / Құрметпен,<br>Қонаев қаласының жер қатынастары бөлімі<br>тел. 8 (72772) 4-05-30</span><o:p></o:p></p>
</div></body></html>"""
m = MIMEText(html, "html", "utf-8")
del m["Content-Transfer-Encoding"]
import quopri as _qp
m.set_payload(_qp.encodestring(html.encode("utf-8")).decode("ascii"))
m["Content-Transfer-Encoding"] = "quoted-printable"
hdrs(m, addr("Жер қатынастары бөлімі", "jer@konaev.gov.kz"), ECK,
     "RE: ЕКЦ-2027/106 О предоставлении информации", "Thu, 04 Feb 2027 11:05:33 +0500",
     "<000001d9a1b2$3c4d5e60$b4e81a20$@konaev.gov.kz>",
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHZobI8TV5gtOgaIA==")])
save(fn, eml_bytes(m))
expected(fn, [form_key("body", None, f35, "Сейдахметова Г.Т.", "2027-02-04")])
context(fn, agency("Қонаев қаласының жер қатынастары бөлімі", "jer@konaev.gov.kz", "990840011907"),
        [(s.reg, s.name) for s in f35], "information",
        letter("ЕКЦ-2027/106", "2027-02-01", "О предоставлении информации"),
        "record two land services from the table in the mail body")
manifest(fn, "appendix1_form", "kk+ru", "eml(html)", "HTML-only Outlook body (quoted-printable) with the form as an HTML table; Kazakh and Russian greetings; column 8 in lines with 'ішкі 21'; row 2 '-//-'; executor and date in one line after the table")

# ---------------------------------------------------------------- F36
fn = "f36-akmola-muragat-webmail.eml"
f36 = [S("00703001", "Мұрағаттық анықтамалар беру",
         "«Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 62 бұйрығымен бекітілген",
         "«Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет регламенті, Ақмола облысы әкімдігінің 2026 жылғы 25 наурыздағы № А-3/150 қаулысымен бекітілген",
         "Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 2 қарашадағы № 401 «Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 10 ақпандағы № 62 бұйрығына өзгерістер енгізу туралы» бұйрығы",
         "www.egov.kz, www.akmola-archive.kz",
         "Жүсіпова Әсел Қанатқызы", "пайдалану бөлімінің бас маманы", "zhussipova.a@archive.akmo.gov.kz", "8 (7162) 76-40-12",
         c8="Жүсіпова Әсел Қанатқызы, пайдалану бөлімінің бас маманы, 8 (7162) 76-40-12, zhussipova.a@archive.akmo.gov.kz")]
hdr = ["Р/с №", "Тізілімдегі нөмірі", "Қызметтің атауы", "Стандарты", "Регламенті", "НҚА өзгерістері",
       "Интернет-ресурс", "Жауапты тұлға"]
tbl = html_table([hdr] + [["1"] + f36[0].cells()], style="web")
html = f"""<div style="font-family:Arial;font-size:13px">
<div>Қайырлы күн!</div>
<div><br></div>
<div>Ақмола облысының мемлекеттік мұрағаты «Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызметі бойынша ақпаратты жібереді:</div>
<div><br></div>
{tbl}
<div><br></div>
<div>Орындаған: Жүсіпова Әсел Қанатқызы, 2027 жылғы 18 қаңтар</div>
<div><br></div>
<div>--&nbsp;<br>Ақмола облысының мемлекеттік мұрағаты<br>Көкшетау қ., Әуезов к-сі, 189А</div>
</div>"""
m = MIMEText(html, "html", "utf-8")
hdrs(m, addr("Жүсіпова Әсел", "zhussipova.a@archive.akmo.gov.kz"), ECK,
     "Ақпарат (ЕКЦ-2027/031)", "Mon, 18 Jan 2027 10:12:47 +0500", "<1705554767.219931@mail.akmo.gov.kz>",
     extra=[("User-Agent", "Roundcube Webmail/1.6.5")])
save(fn, eml_bytes(m))
expected(fn, [form_key("body", "kk", f36, "Жүсіпова Әсел Қанатқызы", "2027-01-18")])
context(fn, agency("Ақмола облысының мемлекеттік мұрағаты", "archive@akmo.gov.kz", "000140004372"),
        [(f36[0].reg, f36[0].name)], "information",
        letter("ЕКЦ-2027/031", "2027-01-12", "Ақпарат беру туралы"),
        "record the archive-certificate service from the HTML body")
manifest(fn, "appendix1_form", "kk", "eml(html)", "webmail HTML-only body (base64), table with <th> header, no 1..8 row; two URLs in column 7")

# ---------------------------------------------------------------- F37
fn = "f37-kostanay-bilim-xlsx-and-cover.eml"
att = "Акпарат_ЕКЦ_Костанай.xlsx"
cover = "Ілеспе хат № 01-16-412.pdf"
f37 = [
    S("00803011", "Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламаларын іске асыратын ұйымдарға құжаттар қабылдау және балаларды қабылдау",
      "«Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламаларын іске асыратын ұйымдарға құжаттар қабылдау және балаларды қабылдау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламаларын іске асыратын ұйымдарға құжаттар қабылдау және балаларды қабылдау» мемлекеттік көрсетілетін қызмет регламенті, Қостанай облысы әкімдігінің 2026 жылғы 10 ақпандағы № 33 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Жаманқұлова Ақбота Ерболқызы", "мектепке дейінгі білім бөлімінің басшысы", None, "8 (7142) 53-40-21",
      c8="Жаманқұлова Ақбота Ерболқызы, мектепке дейінгі білім бөлімінің басшысы, 8 (7142) 53-40-21, ішкі 110"),
    S("00803058", "Балалар мен жасөспірімдердің психикалық денсаулығын тексеру және халыққа психологиялық-медициналық-педагогикалық консультациялық көмек көрсету",
      "«Балалар мен жасөспірімдердің психикалық денсаулығын тексеру және халыққа психологиялық-медициналық-педагогикалық консультациялық көмек көрсету» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығымен бекітілген",
      "«Балалар мен жасөспірімдердің психикалық денсаулығын тексеру және халыққа психологиялық-медициналық-педагогикалық консультациялық көмек көрсету» мемлекеттік көрсетілетін қызмет регламенті, Қостанай облысы әкімдігінің 2026 жылғы 10 ақпандағы № 34 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Вербицкая Елена Сергеевна", "арнайы білім беру секторының меңгерушісі", "e.verbitskaya@bilim.kostanay.gov.kz",
      "8 (7142) 53-40-36",
      c8="Вербицкая Елена Сергеевна, арнайы білім беру секторының меңгерушісі, 8 (7142) 53-40-36, e.verbitskaya@bilim.kostanay.gov.kz"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "1 қосымша"
xl_put(ws, 1, 1, "Қостанай облысы әкімдігінің білім басқармасы", bold=True, border=False, wrap=False, size=12)
hdr = ["№", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарт (деректемелері)",
       "Регламент (деректемелері)", "НҚА өзгерістері", "Интернет-ресурс", "Т.А.Ә., лауазымы"]
for j, h in enumerate(hdr, 1):
    xl_put(ws, 2, j, h, bold=True, center=True)
for i, s in enumerate(f37, 1):
    for j, v in enumerate([i] + s.cells(), 1):
        xl_put(ws, 2 + i, j, v)
xl_put(ws, 6, 1, "Орынд.: Жаманқұлова А.Е.", border=False, wrap=False)
xl_put(ws, 7, 1, "15.02.2027", border=False, wrap=False)
xl_widths(ws, [5, 12, 34, 44, 44, 16, 14, 36])
xbytes = xlsx_bytes(wb)
flow = [Paragraph("ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІНІҢ БІЛІМ БАСҚАРМАСЫ", pstyle("h", 11, "DejaVuSerif-Bold", TA_CENTER)),
        Spacer(1, 14), Paragraph("15.02.2027 № 01-16-412", pstyle("n", 10, "DejaVuSerif")), Spacer(1, 10),
        Paragraph("Бірыңғай байланыс орталығына", pstyle("to", 11, "DejaVuSerif-Bold", TA_RIGHT)), Spacer(1, 14),
        Paragraph("2027 жылғы 9 ақпандағы № ЕКЦ-2027/124 хатқа жауап ретінде Қостанай облысы әкімдігінің білім басқармасы мемлекеттік көрсетілетін қызметтер бойынша ақпаратты электрондық кесте түрінде жолдайды.", pstyle("b", 11, "DejaVuSerif", leading=15)),
        Spacer(1, 10), Paragraph("Қосымша: Акпарат_ЕКЦ_Костанай.xlsx", pstyle("b2", 11, "DejaVuSerif")),
        Spacer(1, 30), Paragraph("Басшының орынбасары                                   Т. Ахметов", pstyle("s", 11, "DejaVuSerif-Bold"))]
cbytes = pdf_bytes(flow, pagesize=A4, margins=2.5)
m = MIMEMultipart("mixed")
hdrs(m, addr("Управление образования Костанайской области", "kanc@bilim.kostanay.gov.kz"), ECK,
     "На № ЕКЦ-2027/124", "Mon, 15 Feb 2027 17:58:02 +0500", "<20270215175802.4412@bilim.kostanay.gov.kz>")
m.attach(MIMEText("Добрый день!\n\nВо вложении сопроводительное письмо и информация по форме приложения 1 (xlsx).\n\nКанцелярия управления образования\n8 (7142) 53-40-00\n", "plain", "utf-8"))
attach(m, cbytes, cover, PDF_MIME)
attach(m, xbytes, att, XLSX_MIME)
save(fn, eml_bytes(m))
expected(fn, [{"part": cover, "kind": "other"},
              form_key(att, "kk", f37, "Жаманқұлова А.Е.", "2027-02-15")])
context(fn, agency("Қостанай облысы әкімдігінің білім басқармасы", "kanc@bilim.kostanay.gov.kz", "990140002790"),
        [(s.reg, s.name) for s in f37], "information",
        letter("ЕКЦ-2027/124", "2027-02-09", "О предоставлении информации по форме приложения 1"),
        "record two education services from the xlsx; the PDF is only a covering letter")
manifest(fn, "appendix1_form (+other)", "kk", "eml+pdf+xlsx", "two attachments: a covering-letter PDF (kind other) and the form as XLSX; Russian mail text; 'ішкі 110' extension; empty acts cells shown as '-'")

# ---------------------------------------------------------------- F38
fn = "f38-vko-vet-pdf-quoted.eml"
att = "ЕКЦ ақпарат.pdf"
f38 = [
    S("00401003", "Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу",
      "«Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 22 қаңтардағы № 24 бұйрығымен бекітілген",
      "«Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу» мемлекеттік көрсетілетін қызмет регламенті, Шығыс Қазақстан облысы әкімдігінің 2026 жылғы 19 наурыздағы № 64 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Қабдолов Ерлан Маратұлы", "бас маман-ветеринарлық инспектор", None, "8 (7232) 24-71-05",
      c8="Лауазымы: бас маман-ветеринарлық инспектор; Т.А.Ә.: Қабдолов Ерлан Маратұлы; тел.: 8 (7232) 24-71-05"),
    S("00401007", "Ветеринариялық анықтама беру",
      "«Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 22 қаңтардағы № 24 бұйрығымен бекітілген",
      "«Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет регламенті, Шығыс Қазақстан облысы әкімдігінің 2026 жылғы 19 наурыздағы № 65 қаулысымен бекітілген",
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 30 шілдедегі № 256 бұйрығы", "www.egov.kz",
      "Темірғалиева Динара Асқарқызы", "жетекші маман", "d.temirgaliyeva@vet.vko.gov.kz", "8 (7232) 24-71-09",
      c8="Лауазымы: жетекші маман; Т.А.Ә.: Темірғалиева Динара Асқарқызы; тел.: 8 (7232) 24-71-09; e-mail: d.temirgaliyeva@vet.vko.gov.kz"),
]
hdr = ["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарт", "Регламент",
       "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға"]
flow = [Paragraph("Шығыс Қазақстан облысының ветеринария басқармасы", pstyle("t", 11, "DejaVu-Bold", TA_CENTER)),
        Spacer(1, 8),
        ptable([hdr, NUMS] + [[str(i)] + s.cells() for i, s in enumerate(f38, 1)], [0.8, 2.0, 3.0, 4.6, 4.6, 3.8, 2.2, 5.7],
               header_rows=2, size=7.5),
        Spacer(1, 14), Paragraph("Орындаған: Қабдолов Е.М.", pstyle("e", 9)),
        Paragraph("2027 жылғы 25 қаңтар", pstyle("e2", 9))]
pbytes = pdf_bytes(flow)
m = MIMEMultipart("mixed")
hdrs(m, addr("Қабдолов Ерлан", "e.kabdolov@vet.vko.gov.kz"), addr("Бірыңғай байланыс орталығы", ECK),
     "Re: Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы", "Mon, 25 Jan 2027 12:31:09 +0500",
     "<CAK9x2mQ7hR3@vet.vko.gov.kz>", extra=[("In-Reply-To", "<ekc-2027-075@ekc-1414.kz>")])
m.attach(MIMEText("""Сәлеметсіз бе!

Ақпаратты PDF форматында жолдаймыз (қосымшада).

Құрметпен,
Е. Қабдолов
ШҚО ветеринария басқармасы

2027 ж. 20 қаң., сағ. 09:14 Бірыңғай байланыс орталығы <info@ekc-1414.kz> жазды:
> Құрметті әріптестер!
>
> Бірыңғай байланыс орталығы Өзара іс-қимыл қағидаларының 4-тармағына сәйкес
> мемлекеттік көрсетілетін қызметтер бойынша ақпаратты 1-қосымшаға сәйкес
> нысан бойынша бес жұмыс күні ішінде ұсынуды сұрайды:
> 00401003 - Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу;
> 00401007 - Ветеринариялық анықтама беру.
>
> № ЕКЦ-2027/075, 2027 жылғы 20 қаңтар
""", "plain", "utf-8"))
attach(m, pbytes, att, PDF_MIME, style="encoded-word")
save(fn, eml_bytes(m))
expected(fn, [form_key(att, "kk", f38, "Қабдолов Е.М.", "2027-01-25")])
context(fn, agency("Шығыс Қазақстан облысының ветеринария басқармасы", "vet@vko.gov.kz", "990340007781"),
        [(s.reg, s.name) for s in f38], "information",
        letter("ЕКЦ-2027/075", "2027-01-20", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру туралы"),
        "record two veterinary services from the attached PDF")
manifest(fn, "appendix1_form", "kk", "eml+pdf", "attachment name in encoded-word form with a space and Kazakh letters; body quotes the contact centre's request (with its own date and registry numbers); column 8 labelled in reverse order 'Лауазымы: ...; Т.А.Ә.: ...'")

# ---------------------------------------------------------------- F39
fn = "f39-zhetisu-jer-alternative.eml"
f39 = [
    S("00702031", "Жерге орналастыру жобасын бекіту",
      "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
      "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет регламенті, Жетісу облысы әкімдігінің 2026 жылғы 22 сәуірдегі № 96 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Оспанов Ғалым Мұхтарұлы", "жер қатынастары бөлімінің басшысы", "g.ospanov@jer.zhetisu.gov.kz", "8 (7282) 41-09-63",
      c8="Оспанов Ғалым Мұхтарұлы, жер қатынастары бөлімінің басшысы, 8 (7282) 41-09-63, g.ospanov@jer.zhetisu.gov.kz"),
    S("00702045", "Елді мекен шегінде объект салу үшін жер учаскесін беру",
      "«Елді мекен шегінде объект салу үшін жер учаскесін беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген",
      "«Елді мекен шегінде объект салу үшін жер учаскесін беру» мемлекеттік көрсетілетін қызмет регламенті, Жетісу облысы әкімдігінің 2026 жылғы 22 сәуірдегі № 97 қаулысымен бекітілген",
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 24 қыркүйектегі № 311 «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығына өзгеріс енгізу туралы» бұйрығы",
      "www.egov.kz",
      "Мамырова Индира Бекболатқызы", "бас маман", "i.mamyrova@jer.zhetisu.gov.kz", "8 (7282) 41-09-70",
      c8="Мамырова Индира Бекболатқызы, бас маман, 8 (7282) 41-09-70, i.mamyrova@jer.zhetisu.gov.kz"),
]
hdr = ["№", "Тізілімдегі нөмірі", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс",
       "Жауапты тұлғаның Т.А.Ә., лауазымы"]
rows = [hdr] + [[str(i)] + s.cells() for i, s in enumerate(f39, 1)]
plain = ("Құрметті Бірыңғай байланыс орталығы!\n\nЖетісу облысының жер қатынастары басқармасы 2027 жылғы 8 ақпандағы "
         "№ ЕКЦ-2027/118 сұрау салуға сәйкес мәліметтерді жібереді:\n\n"
         + "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)
         + "\n\nОрындаған: Мамырова И.Б.\n12.02.2027\n")
html = ("<html><body><p>Құрметті Бірыңғай байланыс орталығы!</p><p>Жетісу облысының жер қатынастары басқармасы 2027 жылғы "
        "8 ақпандағы № ЕКЦ-2027/118 сұрау салуға сәйкес мәліметтерді жібереді:</p>"
        + html_table(rows, style="web") + "<p>Орындаған: Мамырова И.Б.<br>12.02.2027</p></body></html>")
m = MIMEMultipart("alternative")
hdrs(m, addr("Мамырова Индира", "i.mamyrova@jer.zhetisu.gov.kz"), ECK, "ЕКЦ-2027/118 бойынша мәліметтер",
     "Fri, 12 Feb 2027 09:47:55 +0500", "<e1b7@jer.zhetisu.gov.kz>")
m.attach(MIMEText(plain, "plain", "utf-8"))
m.attach(MIMEText(html, "html", "utf-8"))
save(fn, eml_bytes(m))
expected(fn, [form_key("body", "kk", f39, "Мамырова И.Б.", "2027-02-12")])
context(fn, agency("Жетісу облысының жер қатынастары басқармасы", "jer@zhetisu.gov.kz", "220740019246"),
        [(s.reg, s.name) for s in f39], "information",
        letter("ЕКЦ-2027/118", "2027-02-08", "Ақпарат беру туралы"),
        "record two land services from the body")
manifest(fn, "appendix1_form", "kk", "eml(alt)", "multipart/alternative: plain part has the table as tab-separated lines, HTML part as a <table>; one body document")

# ---------------------------------------------------------------- F40
fn = "f40-ulytau-auylsh-fwd-iphone.eml"
att = "Kosymsha 1 EKC.docx"
f40 = [
    S("00301021", "Тұқым шаруашылығын дамытуды субсидиялау",
      "«Тұқым шаруашылығын дамытуды субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 20 қаңтардағы № 18 бұйрығымен бекітілген",
      "«Тұқым шаруашылығын дамытуды субсидиялау» мемлекеттік көрсетілетін қызмет регламенті, Ұлытау облысы әкімдігінің 2026 жылғы 2 сәуірдегі № 19/04 қаулысымен бекітілген",
      None, "www.egov.kz",
      "Есқараев Бекзат Ерланұлы", "бас маман", None, "8 (7102) 76-22-41",
      c8="Есқараев Бекзат Ерланұлы, бас маман, тел. 8 (7102) 76-22-41"),
    S("00301026", "Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау",
      "«Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 20 қаңтардағы № 18 бұйрығымен бекітілген",
      "«Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау» мемлекеттік көрсетілетін қызмет регламенті, Ұлытау облысы әкімдігінің 2026 жылғы 2 сәуірдегі № 19/05 қаулысымен бекітілген",
      "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 14 қыркүйектегі № 298 бұйрығы", "www.egov.kz",
      "Есқараев Бекзат Ерланұлы", "бас маман", None, "8 (7102) 76-22-41",
      c8="сол сияқты"),
]
d = new_doc(landscape_=True, size=11)
para(d, "Ұлытау облысының ауыл шаруашылығы басқармасы", align="c", bold=True)
hdr = ["№", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарт (деректемелерімен)",
       "Регламент (деректемелерімен)", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
add_table(d, [hdr] + [[str(i)] + s.cells() for i, s in enumerate(f40, 1)], widths=W8, size=9)
para(d, "")
para(d, "Орындаған: Есқараев Б.Е.\n2027 жылғы 9 наурыз", size=10)
att_bytes = docx_bytes(d)
m = MIMEMultipart("mixed")
hdrs(m, addr("Нұрланов Серік", "s.nurlanov@auylsh.ulytau.gov.kz"), ECK, "Fwd: 1-қосымша",
     "Tue, 09 Mar 2027 19:03:41 +0500", "<3F1A9C77-2B0D-4C51-9A0E-7D21C1B0E4F2@auylsh.ulytau.gov.kz>",
     extra=[("X-Mailer", "iPhone Mail (21E236)")])
m.attach(MIMEText("""ЕКЦ-ға жолдап отырмын, 2027/199 хатқа жауап.

Отправлено с iPhone

Начало переадресованного сообщения:

> От: Есқараев Бекзат <b.eskarayev@auylsh.ulytau.gov.kz>
> Дата: 9 марта 2027 г. в 17:20:12 GMT+5
> Кому: Нұрланов Серік <s.nurlanov@auylsh.ulytau.gov.kz>
> Тема: 1-қосымша
>
> Серік Нұрланұлы, 1-қосымша дайын, қарап ЕКЦ-ға жіберіңізші.
> Бекзат
""", "plain", "utf-8"))
attach(m, att_bytes, att, DOCX_MIME, style="plain")
save(fn, eml_bytes(m))
expected(fn, [form_key(att, "kk", f40, "Есқараев Б.Е.", "2027-03-09")])
context(fn, agency("Ұлытау облысының ауыл шаруашылығы басқармасы", "auylsh@ulytau.gov.kz", "220840027735"),
        [(s.reg, s.name) for s in f40], "information",
        letter("ЕКЦ-2027/199", "2027-03-04", "1-қосымша бойынша ақпарат"),
        "record two subsidy services from the forwarded attachment")
manifest(fn, "appendix1_form", "kk", "eml+docx", "forwarded from an iPhone by the deputy head, quoted forwarding block in Russian/Kazakh, attachment name transliterated in Latin; row 2 column 8 'сол сияқты'")


# =============================================================================
# PART 5. Change notices as text files (C01-C12)
# =============================================================================

def write_txt(fname: str, text: str, encoding: str, crlf: bool = False) -> None:
    t = text.lstrip("\n")
    if crlf:
        t = t.replace("\n", "\r\n")
    save(fname, t.encode(encoding))


# ---------------------------------------------------------------- C01
fn = "c01-mangystau-transport-standard.txt"
std = "Стандарт государственной услуги «Выдача свидетельства на право осуществления регулярных автомобильных перевозок пассажиров и багажа», утвержденный приказом Министра транспорта Республики Казахстан от 9 февраля 2027 года № 41"
write_txt(fn, f"""
Исх. № 05-11/227 от 16.02.2027

Единый контакт-центр

О внесении изменений в информацию
по государственной услуге

Управление пассажирского транспорта и автомобильных дорог Мангистауской области в соответствии с пунктом 6 Правил взаимодействия Единого контакт-центра сообщает об изменении ранее представленной информации по государственной услуге «Выдача свидетельства на право осуществления регулярных автомобильных перевозок пассажиров и багажа» (№ 00304012 в реестре государственных услуг).

Стандарт государственной услуги (графа 4 приложения 1):
{std}

Новый стандарт вводится в действие с 1 марта 2027 года. Остальные сведения (регламент, интернет-ресурс, ответственное лицо) не изменились.


Руководитель управления                               Е. Қайыпов


Исп. Калдыбаев М.Е.
тел. 8 7292 30-61-25
""", "utf-8")
expected(fn, [change_key(fn, "ru", [ch("00304012", standard=std)], "2027-03-01")])
context(fn, agency("ГУ «Управление пассажирского транспорта и автомобильных дорог Мангистауской области»",
                   "zholdar@mangystau.gov.kz", "060240011328"),
        [("00304012", "Выдача свидетельства на право осуществления регулярных автомобильных перевозок пассажиров и багажа")],
        "consulting", None, "update the service card with the new standard from 2027-03-01 (5 working days from then)")
manifest(fn, "change_notice", "ru", "txt utf-8", "labelled block 'Стандарт государственной услуги (графа 4 приложения 1):' with the value on the next line; letter's own date 16.02.2027 differs from the change date 1 March")

# ---------------------------------------------------------------- C02
fn = "c02-kostanay-vet-npa-cp1251.txt"
npa = "Приказ Министра сельского хозяйства Республики Казахстан от 29 января 2027 года № 33 «О внесении изменений в приказ Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24 «Об утверждении стандартов государственных услуг в области ветеринарии»»"
write_txt(fn, f"""
КГУ «Управление ветеринарии акимата Костанайской области»
110000, г. Костанай, ул. Байтурсынова, 66

№ 02-09/145 от 11.02.2027

В Единый контакт-центр

Сообщаем, что в стандарт государственной услуги «Выдача ветеринарной справки» (реестровый № 00401007) внесены изменения, которые вступили в силу 10.02.2027. Изменения касаются сокращения срока оказания услуги с одного рабочего дня до четырех часов и исключения из перечня документов копии документа, удостоверяющего личность.

Просим внести изменения в базу данных Единого контакт-центра:

графа 6 «Изменения нормативных правовых актов» -
{npa}.

Графы 4, 5 и 7 остаются без изменений.

Заместитель руководителя                      С. Жакыпов

исп. Шевченко О.Н., 50-23-75
""", "cp1251", crlf=True)
expected(fn, [change_key(fn, "ru", [ch("00401007", npa_changes=npa)], "2027-02-10")])
context(fn, agency("Қостанай облысы әкімдігінің ветеринария басқармасы", "vet@kostanay.gov.kz", "120240017705"),
        [("00401007", "Выдача ветеринарной справки")], "consulting", None,
        "add the amending order to column 6 of the service card")
manifest(fn, "change_notice", "ru", "txt windows-1251 CRLF", "windows-1251 bytes; nested «» at the end of the act title; label 'графа 6 «...» -' with the act on the next line ending in a full stop; effective date in the running text")

# ---------------------------------------------------------------- C03
fn = "c03-kyzylorda-muragat-website-utf16.txt"
web = "https://www.gov.kz/memleket/entities/kyzylorda-madeniet"
write_txt(fn, f"""
Қызылорда облысының мәдениет, архивтер және құжаттама басқармасы

Бірыңғай байланыс орталығына

2027 жылғы 17 наурыз № 03-1/388

Басқарманың бұрынғы www.kyzylorda-madeniet.kz интернет-ресурсы жабылуына байланысты 2027 жылғы 1 сәуірден бастап мемлекеттік көрсетілетін қызметтер туралы ақпарат мемлекеттік органдардың бірыңғай платформасындағы басқарма парағында орналастырылатынын хабарлаймыз.

Өзгеріс мына мемлекеттік көрсетілетін қызметтерге қатысты:
1) 00703001 – «Мұрағаттық анықтамалар беру»;
2) 00703005 – «Мұрағаттық құжаттардың көшірмелерін және мұрағаттық үзінділерді беру».

Жаңа интернет-ресурс: {web}

Стандарттар мен регламенттердің деректемелері өзгерген жоқ.

Басшы                                    Ж. Тәжібаев

Орынд.: Әлиева Ж.С., 8 (7242) 23-04-19
""", "utf-16", crlf=True)
expected(fn, [change_key(fn, "kk", [ch("00703001", website=web), ch("00703005", website=web)], "2027-04-01")])
context(fn, agency("Қызылорда облысының мәдениет, архивтер және құжаттама басқармасы", "madeniet@kyzylorda.gov.kz",
                   "990340006102"),
        [("00703001", "Мұрағаттық анықтамалар беру"),
         ("00703005", "Мұрағаттық құжаттардың көшірмелерін және мұрағаттық үзінділерді беру")],
        "consulting", None, "replace the web address of both archive services from 2027-04-01")
manifest(fn, "change_notice", "kk", "txt UTF-16LE BOM CRLF", "UTF-16 with BOM; two services share one new address; the old address also appears in the text")

# ---------------------------------------------------------------- C04
fn = "c04-turkistan-jer-regulation-bom.txt"
regl = "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет регламенті, Түркістан облысы әкімдігінің 2027 жылғы 15 қаңтардағы № 9 қаулысымен бекітілген"
write_txt(fn, f"""
Бірыңғай байланыс орталығы

Түркістан облысының жер қатынастары басқармасы «Жерге орналастыру жобасын бекіту» (тізілімдегі № 00702031) мемлекеттік көрсетілетін қызметі бойынша бұрын ұсынылған ақпаратқа мынадай өзгеріс енгізілгенін хабарлайды.

Түркістан облысы әкімдігінің 2026 жылғы 17 наурыздағы № 52 қаулысы күшін жойды деп танылып, мемлекеттік көрсетілетін қызметтің жаңа регламенті бекітілді:

Регламент: {regl}.

Қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі; жариялану күні туралы қосымша хабарлаймыз.

Құрметпен,
Құлмағамбетов Ерғали Төлеуұлы
бөлім басшысы
8 (7253) 31-05-42
""", "utf-8-sig")
expected(fn, [change_key(fn, "kk", [ch("00702031", regulation=regl)], None)])
context(fn, agency("Түркістан облысының жер қатынастары басқармасы", "jer@turkistan.gov.kz", "180240021354"),
        [("00702031", "Жерге орналастыру жобасын бекіту")], "consulting", None,
        "replace the regulation; no change date yet (comes into force after publication)")
manifest(fn, "change_notice", "kk", "txt UTF-8 BOM", "BOM; the repealed resolution's requisites appear before the new one; change date deliberately unknown (after publication) -> null")

# ---------------------------------------------------------------- C05
fn = "c05-sko-bilim-website-cp1251.txt"
web = "https://www.gov.kz/memleket/entities/sko-bilim"
write_txt(fn, f"""
Директору Единого контакт-центра

Уважаемый руководитель!

КГУ «Управление образования акимата Северо-Казахстанской области» уведомляет, что с 15 января 2027 г. информация о порядке оказания государственных услуг размещается на новом интернет-ресурсе управления: {web}
(ранее - www.sko-bilim.kz, сайт выведен из эксплуатации).

Изменение касается следующих государственных услуг:

  00803004  Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации
  00803025  Выдача дубликатов документов об основном среднем, общем среднем образовании
  00803044  Прием документов и зачисление в организации дополнительного образования для детей по предоставлению им дополнительного образования

Прочие сведения, представленные ранее по форме приложения 1, остаются в силе.

С уважением,
руководитель управления                 М. Ташенов

Исп. Ким В.А.
8 (7152) 46-71-02
""", "cp1251", crlf=True)
expected(fn, [change_key(fn, "ru", [ch("00803004", website=web), ch("00803025", website=web), ch("00803044", website=web)],
                         "2027-01-15")])
context(fn, agency("КГУ «Управление образования акимата Северо-Казахстанской области»", "bilim@sko.gov.kz", "020240008864"),
        [("00803004", "Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации"),
         ("00803025", "Выдача дубликатов документов об основном среднем, общем среднем образовании"),
         ("00803044", "Прием документов и зачисление в организации дополнительного образования для детей")],
        "consulting", None, "replace the web address for three services")
manifest(fn, "change_notice", "ru", "txt windows-1251 CRLF", "one address for three services listed in an indented fixed-width list; the URL ends a sentence and is followed by a line with the old site")

# ---------------------------------------------------------------- C06
fn = "c06-krg-aleumet-standard.txt"
std = "«Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 9 қаңтардағы № 7 бұйрығымен бекітілген"
write_txt(fn, f"""
Шығ. № 01-27/93
2027 жылғы 12 қаңтар

Бірыңғай байланыс орталығына

Өзара іс-қимыл қағидаларының 6-тармағына сәйкес Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы «Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызметінің (тізілімдегі № 00512047) жаңа стандарты бекітілгенін хабарлайды.

Жаңа стандарттың деректемелері:
{std}.

Стандарт 2027 жылғы 20 қаңтардан бастап қолданысқа енгізіледі. Осыған байланысты құжаттарды қарау мерзімі 8 жұмыс күнінен 5 жұмыс күніне дейін қысқарды, бұл туралы операторларға ақпарат беруді сұраймыз.

Басшының орынбасары                         Д. Әбенов

Орындаған: Сапарова Г.Е.
тел. 8 7212 41-22-10
""", "utf-8")
expected(fn, [change_key(fn, "kk", [ch("00512047", standard=std)], "2027-01-20")])
context(fn, agency("Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
                   "kense@uzhsp.krg.gov.kz", "990240003152"),
        [("00512047", "Тұрғын үй көмегін тағайындау")], "consulting", None,
        "replace the standard from 2027-01-20 and brief the operators on the shorter term")
manifest(fn, "change_notice", "kk", "txt utf-8", "Kazakh letter; outgoing date '2027 жылғы 12 қаңтар' on top, change date '2027 жылғы 20 қаңтардан бастап' below; value ends with a full stop")

# ---------------------------------------------------------------- C07
fn = "c07-ekibastuz-regl-npa-utf16.txt"
regl = "Регламент государственной услуги «Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда», утвержденный постановлением акимата города Экибастуза от 21 декабря 2026 года № 1102/12"
npa = "Приказ Министра промышленности и строительства Республики Казахстан от 7 декабря 2026 года № 455 «О внесении изменений в приказ Министра промышленности и строительства Республики Казахстан от 19 января 2026 года № 21»"
write_txt(fn, f"""
ГУ «Отдел жилищно-коммунального хозяйства акимата города Экибастуза»

Единому контакт-центру

Об актуализации сведений по услуге № 01004006

В связи с принятием приказа Министра промышленности и строительства РК от 7 декабря 2026 года № 455 постановлением акимата города Экибастуза от 21 декабря 2026 года № 1102/12 утвержден регламент в новой редакции. Постановление введено в действие с 04.01.2027.

Актуальные сведения для приложения 1:

Графа 5 (регламент): {regl}

Графа 6 (изменения НПА): {npa}

Руководитель отдела                          Д. Ибраев
""", "utf-16", crlf=True)
expected(fn, [change_key(fn, "ru", [ch("01004006", regulation=regl, npa_changes=npa)], "2027-01-04")])
context(fn, agency("ГУ «Отдел жилищно-коммунального хозяйства акимата города Экибастуза»", "tkh@ekibastuz.gov.kz",
                   "021140004478"),
        [("01004006", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда")],
        "consulting", None, "replace the regulation and add the amending order")
manifest(fn, "change_notice", "ru", "txt UTF-16LE BOM CRLF", "two changed fields (regulation and acts) labelled 'Графа 5' / 'Графа 6'; registry number only in the subject line; the same acts also cited in the narrative in abbreviated form")

# ---------------------------------------------------------------- C08
fn = "c08-zhetisu-din-standard-kk-ru.txt"
std = "Стандарт государственной услуги «Согласование размещения специальных стационарных помещений для распространения религиозной литературы и иных информационных материалов религиозного содержания, предметов религиозного назначения», утвержденный приказом Министра культуры и информации Республики Казахстан от 22 января 2027 года № 18"
write_txt(fn, f"""
Жетісу облысының дін істері басқармасы

Бірыңғай байланыс орталығына

Жетісу облысының дін істері басқармасы тізілімдегі № 00206003 мемлекеттік көрсетілетін қызметтің жаңа стандарты бекітілгенін хабарлайды. Жаңа стандарт 2027 жылғы 5 ақпаннан бастап қолданысқа енгізіледі.

Мемлекеттік көрсетілетін қызметтер тізілімінде қызмет атауы мен стандарт деректемелері орыс тілінде тіркелгендіктен, деректемелерді орыс тілінде ұсынамыз:

{std}

Басқарма басшысы                       Н. Исабаев

Орындаған: Рахымжанов Б.Е., +7 701 734 22 10
""", "utf-8")
expected(fn, [change_key(fn, None, [ch("00206003", standard=std)], "2027-02-05")])
context(fn, agency("Жетісу облысының дін істері басқармасы", "din@zhetisu.gov.kz", "220740030118"),
        [("00206003", "Согласование размещения специальных стационарных помещений для распространения религиозной литературы")],
        "consulting", None, "replace the standard from 2027-02-05")
manifest(fn, "change_notice", "kk+ru", "txt utf-8", "Kazakh letter, the new standard's requisites given in Russian on an unlabelled line; no service name in the Kazakh text, only the number")

# ---------------------------------------------------------------- C09
fn = "c09-krg-migration-2std-bom.txt"
std1 = "Стандарт государственной услуги «Выдача разрешений на временное проживание иностранцам и лицам без гражданства», утвержденный приказом Министра внутренних дел Республики Казахстан от 25 января 2027 года № 57"
std2 = "Стандарт государственной услуги «Выдача или продление разрешений на постоянное проживание в Республике Казахстан иностранцам и лицам без гражданства», утвержденный приказом Министра внутренних дел Республики Казахстан от 25 января 2027 года № 57"
write_txt(fn, f"""
ДЕПАРТАМЕНТ КОМИТЕТА МИГРАЦИОННОЙ СЛУЖБЫ МВД РК ПО КАРАГАНДИНСКОЙ ОБЛАСТИ

исх. 27-3/1-611 от 29.01.2027

ЕКЦ

Информируем об утверждении новых стандартов государственных услуг в сфере миграции. Приказ Министра внутренних дел Республики Казахстан от 17 февраля 2026 года № 112 утратил силу.

Новые сведения по графе 4 приложения 1:

1. 01101004 - {std1};
2. 01101011 - {std2}.

Приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.

Регламенты в настоящее время приводятся в соответствие, о чем будет сообщено дополнительно.

Начальник департамента                 полковник полиции К. Сәтбаев

Исп.: Мусин А.Б. 8 (7212) 30-44-17
""", "utf-8-sig")
expected(fn, [change_key(fn, "ru", [ch("01101004", standard=std1), ch("01101011", standard=std2)], None)])
context(fn, agency("Департамент Комитета миграционной службы МВД РК по Карагандинской области", "krg-migr@mvd.gov.kz",
                   "140240017652"),
        [("01101004", "Выдача разрешений на временное проживание иностранцам и лицам без гражданства"),
         ("01101011", "Выдача или продление разрешений на постоянное проживание в Республике Казахстан иностранцам и лицам без гражданства")],
        "consulting", None, "replace both standards; change date not stated (ten days after publication)")
manifest(fn, "change_notice", "ru", "txt UTF-8 BOM", "numbered list '1. 01101004 - <standard>;' for two services; repealed order's requisites in the text; no concrete change date -> null; regulations 'will be reported later' (stay null)")

# ---------------------------------------------------------------- C10
fn = "c10-shymkent-jer-table-cp1251.txt"
npa = "Приказ Министра сельского хозяйства Республики Казахстан от 18 января 2027 года № 14 «О внесении изменений в приказ Министра сельского хозяйства Республики Казахстан от 2 февраля 2026 года № 39»"
write_txt(fn, f"""
Управление земельных отношений города Шымкент
Исх. №  ЖК-04/77   от  03.02.2027

В ЕКЦ

Направляем актуализированные сведения по государственной услуге, ранее принятой на консультирование.

+----------+---------------------------+----------------------------------------------+----------------------------------------------+
| № в      | Графа                     | Было                                         | Стало                                        |
| реестре  |                           |                                              |                                              |
+----------+---------------------------+----------------------------------------------+----------------------------------------------+
| 00702051 | 6. Изменения НПА          | Приказ Министра сельского хозяйства          | Приказ Министра сельского хозяйства          |
|          |                           | Республики Казахстан от 24 сентября 2026     | Республики Казахстан от 18 января 2027 года  |
|          |                           | года № 311 «О внесении изменения в приказ    | № 14 «О внесении изменений в приказ Министра |
|          |                           | Министра сельского хозяйства Республики      | сельского хозяйства Республики Казахстан от  |
|          |                           | Казахстан от 2 февраля 2026 года № 39»       | 2 февраля 2026 года № 39»                    |
+----------+---------------------------+----------------------------------------------+----------------------------------------------+

Дата введения изменений: 02.02.2027

Ответственный: Тулегенова А.М., 8 (7252) 39-02-17
""", "cp1251", crlf=True)
expected(fn, [change_key(fn, "ru", [ch("00702051", npa_changes=npa)], "2027-02-02")])
context(fn, agency("Шымкент қаласының жер қатынастары басқармасы", "jer@shymkent.gov.kz", "180740026493"),
        [("00702051", "Выдача решения на изменение целевого назначения земельного участка")],
        "consulting", None, "replace column 6 with the new amending order")
manifest(fn, "change_notice", "ru", "txt windows-1251 CRLF", "ASCII-art table 'Было | Стало' with the act wrapped over five lines in each column; only the 'Стало' value is the new one")

# ---------------------------------------------------------------- C11
fn = "c11-almaty-madeniet-website-utf16.txt"
web = "https://www.gov.kz/memleket/entities/almaty-madeniet/press"
write_txt(fn, f"""
Бірыңғай байланыс орталығына
Единому контакт-центру

Алматы қаласы Мәдениет басқармасы 2027 жылғы 15 ақпаннан бастап тізілімдегі № 00705002 және № 00705009 мемлекеттік көрсетілетін қызметтер туралы ақпарат мына мекенжай бойынша орналастырылатынын хабарлайды: {web}

Управление культуры города Алматы сообщает, что с 15 февраля 2027 года информация о государственных услугах № 00705002 и № 00705009 размещается по адресу: {web}

Басшы / Руководитель                         А. Бекболатов

Орындаған / исп.: Әбенова А.Н., +7 (727) 271-66-09
""", "utf-16", crlf=True)
expected(fn, [change_key(fn, None, [ch("00705002", website=web), ch("00705009", website=web)], "2027-02-15")])
context(fn, agency("Алматы қаласы Мәдениет басқармасы", "madeniet@almaty.gov.kz", "990140002268"),
        [("00705002", "Мәдени құндылықтарды уақытша әкетуге куәлік беру"),
         ("00705009", "Тарих және мәдениет ескерткіштерін жаңғыртуға келісім беру")],
        "consulting", None, "replace the web address of two culture services from 2027-02-15")
manifest(fn, "change_notice", "kk+ru", "txt UTF-16LE BOM CRLF", "the same notice in Kazakh then Russian; URL with a path at the end of a sentence; two services named only by number")

# ---------------------------------------------------------------- C12
fn = "c12-shymkent-bilim-npa.txt"
npa = "Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 18 желтоқсандағы № 356 «Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 6 қаңтардағы № 3 бұйрығына өзгерістер енгізу туралы» бұйрығы"
write_txt(fn, f"""
Шымкент қаласының білім басқармасы
2027 жылғы 5 қаңтар № 12-04/31

Бірыңғай байланыс орталығы

«Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» мемлекеттік көрсетілетін қызметінің (№ 00803025) стандартына өзгерістер енгізілді, өзгерістер 2026 жылғы 30 желтоқсанда күшіне енді.

1-қосымша нысанының 6-бағанына мына мәліметті енгізуді сұраймыз:

НҚА өзгерістері: {npa}

Стандарттың өзге талаптары, регламент және интернет-ресурс өзгеріссіз қалды.

Басшы                    Ғ. Әлімов

Орынд.: Бейсенова А., 53-11-04
""", "utf-8")
expected(fn, [change_key(fn, "kk", [ch("00803025", npa_changes=npa)], "2026-12-30")])
context(fn, agency("Шымкент қаласының білім басқармасы", "bilim@shymkent.gov.kz", "180740031620"),
        [("00803025", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру")],
        "consulting", None, "add the amending order to column 6")
manifest(fn, "change_notice", "kk", "txt utf-8", "change date 'өзгерістер 2026 жылғы 30 желтоқсанда күшіне енді' (locative form) precedes the letter date; labelled 'НҚА өзгерістері:' line")


# =============================================================================
# PART 6. Change notices by e-mail (C13-C26)
# =============================================================================
import base64 as _b64
import quopri as _qp
from email.mime.nonmultipart import MIMENonMultipart


def h_enc(s: str, charset="utf-8"):
    """A header value as an e-mail client writes it (encoded words when not ASCII)."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset)


def h_addr(name: str, email: str, charset="utf-8"):
    return addr(name, email, charset)


def text_part(text: str, subtype="plain", label="utf-8", enc=None, cte="base64", crlf=True):
    """A text part whose bytes are `enc` and whose declared charset is `label` (None: no charset)."""
    if cte != "base64":
        crlf = False  # quoted-printable lines end as the message's lines do
    data = (text.replace("\n", "\r\n") if crlf else text).encode(enc or label)
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    if label:
        p.set_param("charset", label)
    if cte == "base64":
        p.set_payload(_b64.encodebytes(data).decode("ascii"))
    else:
        p.set_payload(_qp.encodestring(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = cte
    return p


def raw_eml(headers: list, ctype: str, body: bytes, cte: str) -> bytes:
    """A single-part message written byte by byte (for 8bit bodies and unusual labels)."""
    lines = [f"{k}: {v.encode(linesep=chr(13) + chr(10)) if isinstance(v, Header) else v}" for k, v in headers]
    lines += ["MIME-Version: 1.0", f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def set_headers(msg, pairs):
    for k, v in pairs:
        msg[k] = v
    return msg


# ---------------------------------------------------------------- C13
fn = "c13-burabay-apz-standard.eml"
std = "Стандарт государственной услуги «Выдача архитектурно-планировочного задания», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 18 января 2027 года № 12"
body = f"""Добрый день!

Отдел архитектуры и градостроительства Бурабайского района сообщает, что утвержден новый стандарт государственной услуги «Выдача архитектурно-планировочного задания» (№ 00901012). Стандарт применяется с 01.02.2027.

Просим обновить графу 4 формы приложения 1:
{std}

Основные изменения: срок выдачи АПЗ сокращен до 5 рабочих дней, исключено требование о представлении топографической съемки.

--
Жакупова Асель Муратовна
главный специалист
ГУ «Отдел архитектуры и градостроительства Бурабайского района»
тел. 8 (71636) 4-12-80, вн. 123
"""
m = text_part(body, cte="quoted-printable")
set_headers(m, [("From", h_addr("Жакупова Асель", "a.zhakupova@burabay-sauletk.gov.kz")), ("To", ECK),
                ("Subject", h_enc("Изменение стандарта госуслуги 00901012")), ("Date", "Wed, 27 Jan 2027 10:21:40 +0500"),
                ("Message-ID", "<b2f8d1e0-7a3c-4e9f-8c11-2f6a0d9b4e51@burabay-sauletk.gov.kz>"), ("MIME-Version", "1.0")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "ru", [ch("00901012", standard=std)], "2027-02-01")])
context(fn, agency("ГУ «Отдел архитектуры и градостроительства Бурабайского района»", "burabay-sauletk@akmo.gov.kz",
                   "060840012977"),
        [("00901012", "Выдача архитектурно-планировочного задания")], "consulting", None,
        "replace the standard from 2027-02-01")
manifest(fn, "change_notice", "ru", "eml plain utf-8 QP", "value on the line after 'Просим обновить графу 4 формы приложения 1:'; date '01.02.2027'; signature with 'вн. 123'")

# ---------------------------------------------------------------- C14
fn = "c14-zerendi-website-koi8r.eml"
web = "https://www.gov.kz/memleket/entities/akmola-zerendi"
body = f"""Единый контакт-центр!

Аппарат акима Зерендинского района уведомляет об изменении интернет-ресурса, на котором размещается информация о государственных услугах:
- 00303015 "Выдача справки о наличии личного подсобного хозяйства";
- 00303019 "Выдача справки о наличии или отсутствии земельного участка".

Прежний адрес zerenda.akmo.gov.kz больше не поддерживается.
Новый адрес: {web}

Искакова Д.Е., гл. специалист аппарата
8 (71632) 2-13-40
"""
m = text_part(body, label="koi8-r", cte="quoted-printable")
set_headers(m, [("From", h_addr("Искакова Динара", "d.iskakova@zerenda.akmo.gov.kz", "koi8-r")), ("To", ECK),
                ("Subject", h_enc("Смена интернет-ресурса", "koi8-r")), ("Date", "Tue, 09 Mar 2027 15:02:11 +0500"),
                ("Message-ID", "<20270309150211.GA4471@zerenda.akmo.gov.kz>"), ("MIME-Version", "1.0"),
                ("User-Agent", "Mutt/2.2.12 (2023-09-09)")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "ru", [ch("00303015", website=web), ch("00303019", website=web)], None)])
context(fn, agency("ГУ «Аппарат акима Зерендинского района Акмолинской области»", "zerenda@akmo.gov.kz", "990940001572"),
        [("00303015", "Выдача справки о наличии личного подсобного хозяйства"),
         ("00303019", "Выдача справки о наличии или отсутствии земельного участка")],
        "consulting", None, "replace the web address of both services; no change date given")
manifest(fn, "change_notice", "ru", "eml plain koi8-r QP", "KOI8-R body and subject; old address also present without scheme; no change date -> null")

# ---------------------------------------------------------------- C15
fn = "c15-zhambyl-vet-npa-cp1251-quoted.eml"
npa = "Приказ Министра сельского хозяйства Республики Казахстан от 6 февраля 2027 года № 41 «О внесении изменений в приказ Министра сельского хозяйства Республики Казахстан от 22 января 2026 года № 24 «Об утверждении стандартов государственных услуг в области ветеринарии»»"
body = f"""Здравствуйте!

В дополнение к ранее представленной информации (наше письмо № 04-12/318 от 14.01.2027) сообщаем, что в стандарт государственной услуги «Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте» (№ 00402024) внесены изменения. Приказ вступает в силу с 20 февраля 2027 года.

Графа 6 - {npa}

С уважением,
Омарова С.Б.
главный ветеринарный инспектор
8 (7262) 43-18-90

-----Original Message-----
From: ЕКЦ <info@ekc-1414.kz>
Sent: Friday, January 29, 2027 3:12 PM
To: s.omarova@vet-zhambyl.gov.kz
Subject: Протокол принятия услуги 00402024

Уважаемые коллеги!

Сообщаем, что по итогам обучения государственная услуга № 00402024 принята для консультирования (протокол от 28.01.2027). В базу внесены сведения: стандарт - приказ Министра сельского хозяйства РК от 22.01.2026 № 24; изменения НПА - приказ Министра сельского хозяйства РК от 30.07.2026 № 256.

Единый контакт-центр
"""
m = text_part(body, label="windows-1251", cte="quoted-printable")
set_headers(m, [("From", h_addr("Омарова Сауле Бекболатовна", "s.omarova@vet-zhambyl.gov.kz", "windows-1251")),
                ("To", h_addr("ЕКЦ", ECK, "windows-1251")),
                ("Subject", h_enc("RE: Протокол принятия услуги 00402024", "windows-1251")),
                ("Date", "Thu, 11 Feb 2027 09:55:02 +0500"),
                ("Message-ID", "<001201d97c2e$8f1a2b30$ad4e8190$@vet-zhambyl.gov.kz>"), ("MIME-Version", "1.0"),
                ("X-Mailer", "Microsoft Outlook 16.0")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "ru", [ch("00402024", npa_changes=npa)], "2027-02-20")])
context(fn, agency("РГУ «Жамбылская областная территориальная инспекция Комитета ветеринарного контроля и надзора МСХ РК»",
                   "zhambyl@vet-zhambyl.gov.kz", "040840007215"),
        [("00402024", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте")],
        "consulting", letter("ЕКЦ-2027/089", "2027-01-29", "Протокол принятия услуги 00402024"),
        "add the amending order from 2027-02-20")
manifest(fn, "change_notice", "ru", "eml plain windows-1251 QP", "Outlook reply quoting the contact centre's earlier letter with the OLD standard and acts and another date (28.01.2027); new act after 'Графа 6 -'")

# ---------------------------------------------------------------- C16
fn = "c16-atyrau-tabigat-regl-html.eml"
regl = "«Жануарлар дүниесін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет регламенті, Атырау облысы әкімдігінің 2027 жылғы 28 қаңтардағы № 14 қаулысымен бекітілген"
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Tahoma;font-size:10pt">
<p>Құрметті әріптестер!</p>
<p>«Жануарлар дүниесін пайдалануға рұқсат беру» (тізілімдегі № 00608014) мемлекеттік көрсетілетін қызметінің регламенті жаңа редакцияда бекітілді және <u>2027 жылғы 10 ақпаннан бастап</u> қолданысқа енгізілді.</p>
<p><b>Регламенттің жаңа деректемелері:</b><br>
{regl}</p>
<p>Стандарт, НҚА және интернет-ресурс бойынша мәліметтер өзгерген жоқ.</p>
<p>Құрметпен,<br>Нұрпейісова Г.А.<br>бас маман<br>Атырау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы<br>+7 (7122) 27-40-63</p>
<p style="font-size:8pt;color:#888">Бұл хат және оның қосымшалары тек адресатқа арналған. Егер сіз бұл хатты қателесіп алсаңыз, жіберушіге хабарлап, хатты жойыңыз.</p>
</body></html>"""
m = text_part(html, subtype="html", cte="base64")
set_headers(m, [("From", h_addr("Нұрпейісова Гүлжан", "g.nurpeisova@tabigat.atyrau.gov.kz")), ("To", ECK),
                ("Subject", h_enc("Регламент өзгерді (00608014)")), ("Date", "Fri, 12 Feb 2027 14:36:20 +0500"),
                ("Message-ID", "<6f0b3c5e1d2a4b8f@tabigat.atyrau.gov.kz>"), ("MIME-Version", "1.0")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "kk", [ch("00608014", regulation=regl)], "2027-02-10")])
context(fn, agency("Атырау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "tabigat@atyrau.gov.kz",
                   "070340018823"),
        [("00608014", "Жануарлар дүниесін пайдалануға рұқсат беру")], "consulting", None,
        "replace the regulation (in force since 2027-02-10)")
manifest(fn, "change_notice", "kk", "eml html-only utf-8 base64", "HTML-only body; date underlined inside a sentence; value after a bold label and <br>; Kazakh disclaimer")

# ---------------------------------------------------------------- C17
fn = "c17-kokshetau-azhat-npa-alt.eml"
npa = "Қазақстан Республикасы Әділет министрінің 2027 жылғы 24 қаңтардағы № 51 бұйрығы"
plain = f"""Сәлеметсіз бе!

Көкшетау қаласының АХАТ бөлімі «Неке қиюды (ерлі-зайыптылықты) мемлекеттік тіркеу» (№ 00102004) мемлекеттік көрсетілетін қызметі бойынша НҚА өзгерісі туралы хабарлайды.

НҚА өзгерістері: {npa}
Бұйрық 2027 ж. 5 ақпанда күшіне енді.

Мұқанова Л.О.
8-7162-25-17-33, ішкі 105
"""
html = f"""<html><body><div>Сәлеметсіз бе!</div><br>
<div>Көкшетау қаласының АХАТ бөлімі «Неке қиюды (ерлі-зайыптылықты) мемлекеттік тіркеу» (№ 00102004) мемлекеттік көрсетілетін қызметі бойынша НҚА өзгерісі туралы хабарлайды.</div><br>
<div><b>НҚА өзгерістері:</b> {npa}</div>
<div>Бұйрық 2027 ж. 5 ақпанда күшіне енді.</div><br>
<div>Мұқанова Л.О.<br>8-7162-25-17-33, ішкі 105</div></body></html>"""
m = MIMEMultipart("alternative", boundary="----=_Part_5521_118830422.1707380400000")
set_headers(m, [("From", h_addr("Мұқанова Ләззат", "lmukanova@azhat.kokshetau.gov.kz")), ("To", ECK),
                ("Subject", h_enc("НҚА өзгерісі – 00102004")), ("Date", "Mon, 08 Feb 2027 11:40:00 +0500"),
                ("Message-ID", "<1707374400000.5521@azhat.kokshetau.gov.kz>")])
m.attach(text_part(plain, cte="base64"))
m.attach(text_part(html, subtype="html", cte="base64"))
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "kk", [ch("00102004", npa_changes=npa)], "2027-02-05")])
context(fn, agency("Көкшетау қаласының азаматтық хал актілерін тіркеу бөлімі", "azhat@kokshetau.gov.kz", "050240015531"),
        [("00102004", "Неке қиюды (ерлі-зайыптылықты) мемлекеттік тіркеу")], "consulting", None,
        "add the amending order to column 6")
manifest(fn, "change_notice", "kk", "eml multipart/alternative", "plain and HTML versions of one short Kazakh note; short act without a title; date '2027 ж. 5 ақпанда'")

# ---------------------------------------------------------------- C18
fn = "c18-pavlodar-alco-html-cp1251.eml"
std1 = "Стандарт государственной услуги «Выдача лицензии на хранение и оптовую реализацию алкогольной продукции», утвержденный приказом Министра торговли и интеграции Республики Казахстан от 20 января 2027 года № 15-НК"
std2 = "Стандарт государственной услуги «Выдача лицензии на хранение и розничную реализацию алкогольной продукции», утвержденный приказом Министра торговли и интеграции Республики Казахстан от 20 января 2027 года № 15-НК"
html = f"""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Добрый день!<o:p></o:p></p>
<p class=MsoNormal>Управление предпринимательства и индустриально-инновационного развития Павлодарской области направляет актуализированные сведения (графа 4 приложения 1). Новые стандарты применяются с 3 февраля 2027 года.<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td><p class=MsoNormal><b>№ в реестре</b></p></td><td><p class=MsoNormal><b>Наименование</b></p></td><td><p class=MsoNormal><b>Стандарт (новая редакция)</b></p></td></tr>
<tr><td><p class=MsoNormal>00504017</p></td><td><p class=MsoNormal>Выдача лицензии на хранение и оптовую реализацию алкогольной продукции</p></td><td><p class=MsoNormal>{std1}</p></td></tr>
<tr><td><p class=MsoNormal>00504022</p></td><td><p class=MsoNormal>Выдача лицензии на хранение и розничную реализацию алкогольной продукции</p></td><td><p class=MsoNormal>{std2}</p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>С уважением,<br>Карпова Наталья Викторовна<br>главный специалист отдела лицензирования<br>тел. 8 (7182) 32-77-14<o:p></o:p></p>
</div></body></html>"""
m = text_part(html, subtype="html", label="windows-1251", cte="quoted-printable")
set_headers(m, [("From", h_addr("Карпова Наталья Викторовна", "n.karpova@pavlodar-biz.gov.kz", "windows-1251")), ("To", ECK),
                ("Subject", h_enc("Актуализация сведений по лицензированию алкогольной продукции", "windows-1251")),
                ("Date", "Tue, 26 Jan 2027 16:14:45 +0500"),
                ("Message-ID", "<000a01d96f8c$2b3c4d50$81b4e7f0$@pavlodar-biz.gov.kz>"), ("MIME-Version", "1.0"),
                ("X-Mailer", "Microsoft Outlook 16.0")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "ru", [ch("00504017", standard=std1), ch("00504022", standard=std2)], "2027-02-03")])
context(fn, agency("Павлодар облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы", "biz@pavlodar.gov.kz",
                   "030140002977"),
        [("00504017", "Выдача лицензии на хранение и оптовую реализацию алкогольной продукции"),
         ("00504022", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции")],
        "consulting", None, "replace the standards of two licensing services from 2027-02-03")
manifest(fn, "change_notice", "ru", "eml html-only windows-1251 QP", "Outlook HTML in windows-1251 with a three-column 'revised' table (number | name | new standard); 'НК' written with Russian К because cp1251 lacks Қ")

# ---------------------------------------------------------------- C19
fn = "c19-akmola-muragat-website-nocharset.eml"
web = "www.akmola-muragat.gov.kz"
body = f"""Бірыңғай байланыс орталығына

Ақмола облысының мемлекеттік мұрағаты 2027 жылғы 22 ақпаннан бастап жаңа сайтқа көшетінін хабарлайды. «Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызметі (№ 00703001) туралы ақпарат енді {web} сайтында орналастырылады.

Жүсіпова Ә.Қ.
пайдалану бөлімінің бас маманы
8 (7162) 76-40-12
"""
raw = raw_eml([("From", h_addr("Жүсіпова Әсел", "zhussipova.a@archive.akmo.gov.kz")), ("To", ECK),
               ("Subject", h_enc("Жаңа сайт")), ("Date", "Thu, 18 Feb 2027 08:59:13 +0500"),
               ("Message-ID", "<1708228753.882104@mail.akmo.gov.kz>")],
              "text/plain", body.encode("utf-8"), "8bit")
save(fn, raw)
expected(fn, [change_key("body", "kk", [ch("00703001", website=web)], "2027-02-22")])
context(fn, agency("Ақмола облысының мемлекеттік мұрағаты", "archive@akmo.gov.kz", "000140004372"),
        [("00703001", "Мұрағаттық анықтамалар беру")], "consulting", None, "replace the web address from 2027-02-22")
manifest(fn, "change_notice", "kk", "eml plain 8bit, no charset", "Content-Type text/plain without a charset parameter, 8-bit UTF-8 body; address in the middle of a sentence, without scheme")

# ---------------------------------------------------------------- C20
fn = "c20-orman-standard-bilingual.eml"
std = "«Ағаш кесу билетін және орман билетін беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2027 жылғы 3 ақпандағы № 29 бұйрығымен бекітілген"
body = f"""Бірыңғай байланыс орталығына
Единому контакт-центру

Орман шаруашылығы және жануарлар дүниесі комитеті «Ағаш кесу билетін және орман билетін беру» (№ 00610005) мемлекеттік көрсетілетін қызметінің жаңа стандарты 2027 жылғы 1 наурыздан бастап қолданысқа енгізілетінін хабарлайды.

Комитет лесного хозяйства и животного мира сообщает, что новый стандарт государственной услуги № 00610005 вводится в действие с 1 марта 2027 года.

Жаңа стандарт / Новый стандарт: {std}

Тоқтарова Ә.С., +7 (7172) 74-91-22
"""
m = text_part(body, cte="base64")
set_headers(m, [("From", h_addr("Тоқтарова Әйгерім", "a.toktarova@ecogeo.gov.kz")), ("To", ECK),
                ("Subject", h_enc("Жаңа стандарт / Новый стандарт 00610005")), ("Date", "Wed, 10 Feb 2027 12:00:48 +0500"),
                ("Message-ID", "<c20.7f3e91@ecogeo.gov.kz>"), ("MIME-Version", "1.0")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", None, [ch("00610005", standard=std)], "2027-03-01")])
context(fn, agency("ҚР Экология және табиғи ресурстар министрлігінің Орман шаруашылығы және жануарлар дүниесі комитеті",
                   "komitet@ecogeo.gov.kz", "990840001236"),
        [("00610005", "Ағаш кесу билетін және орман билетін беру")], "consulting", None,
        "replace the standard from 2027-03-01")
manifest(fn, "change_notice", "kk+ru", "eml plain utf-8 base64", "same notice in Kazakh and Russian, value once after a bilingual label 'Жаңа стандарт / Новый стандарт:'")

# ---------------------------------------------------------------- C21
fn = "c21-turkistan-jer-regl-docx-attached.eml"
att = "Письмо ЕКЦ изменение регламента.docx"
regl = "Регламент государственной услуги «Предоставление земельного участка для индивидуального жилищного строительства», утвержденный постановлением акимата Туркестанской области от 11 января 2027 года № 4"
d = new_doc(size=14, margins=(3.0, 1.5, 2.0, 2.0))
para(d, "ГУ «Управление земельных отношений Туркестанской области»", align="c", bold=True, size=12)
para(d, "161200, г. Туркестан, новый административно-деловой центр, здание № 5", align="c", size=10)
para(d, "")
para(d, "№ 04-2/61 от 19.01.2027", size=12)
para(d, "Единый контакт-центр", align="r", bold=True)
para(d, "Об изменении регламента государственной услуги", bold=True, size=12)
para(d, "Управление земельных отношений Туркестанской области сообщает, что по государственной услуге «Предоставление земельного участка для индивидуального жилищного строительства» (№ 00702038 в реестре государственных услуг) утвержден регламент в новой редакции:", align="j")
para(d, regl + ".", align="j")
para(d, "Регламент применяется с 25 января 2027 г. Прежний регламент, утвержденный постановлением акимата Туркестанской области от 17 марта 2026 года № 53, утратил силу.", align="j")
para(d, "Просим актуализировать сведения в базе данных Единого контакт-центра.", align="j")
para(d, "")
para(d, "Руководитель управления                                    Е. Құлмағамбетов", bold=True)
para(d, "")
para(d, "Исп. Касымова М.Ж.\nтел. 8 (7253) 31-05-47", size=10)
m = MIMEMultipart("mixed", boundary="_004_DB8PR03MB5890E1C2A0B7A9D3F1C54E7ADB8PR03MB5890eurp_")
set_headers(m, [("From", h_addr("Касымова Меруерт", "m.kasymova@jer.turkistan.gov.kz")), ("To", ECK),
                ("Subject", h_enc("Письмо № 04-2/61 от 19.01.2027")), ("Date", "Tue, 19 Jan 2027 17:30:26 +0500"),
                ("Message-ID", "<DB8PR03MB5890E1C2A0B7A9D3@jer.turkistan.gov.kz>")])
m.attach(text_part("Добрый день! Направляем письмо во вложении.\n\nКасымова М.\n", cte="quoted-printable"))
attach(m, docx_bytes(d), att, DOCX_MIME)
save(fn, eml_bytes(m))
expected(fn, [change_key(att, "ru", [ch("00702038", regulation=regl)], "2027-01-25")])
context(fn, agency("Түркістан облысының жер қатынастары басқармасы", "jer@turkistan.gov.kz", "180240021354"),
        [("00702038", "Предоставление земельного участка для индивидуального жилищного строительства")],
        "consulting", None, "replace the regulation from 2027-01-25")
manifest(fn, "change_notice", "ru", "eml + docx letter", "the notice is the attached DOCX letter (one-line body); new regulation as its own paragraph ending in '.'; repealed regulation's requisites follow")

# ---------------------------------------------------------------- C22
fn = "c22-mangystau-enbek-website-outlook-quote.eml"
web = "https://www.gov.kz/memleket/entities/mangystau-enbek"
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr">
<div style="font-family:Calibri,Arial;font-size:11pt">Қайырлы күн!<br><br>
2027 жылғы 1 наурыздан бастап басқарманың мемлекеттік көрсетілетін қызметтері туралы ақпарат жаңа интернет-ресурста орналастырылады:<br>
<a href="{web}">{web}</a><br><br>
Өзгеріс тізілімдегі № 00515003 және № 00515008 қызметтерге қатысты.<br><br>
Есенжолов Б.Т.<br>бөлім басшысы<br>8 7292 60-15-40<br><br>
iPhone-дан жіберілді</div>
<div><hr style="display:inline-block;width:98%">
<div><b>От:</b> Бірыңғай байланыс орталығы &lt;info@ekc-1414.kz&gt;<br><b>Отправлено:</b> 15 января 2027 г. 10:02<br>
<b>Кому:</b> b.yesenzholov@enbek.mangystau.gov.kz<br><b>Тема:</b> Қызметтер консультацияға қабылданды</div></div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Құрметті әріптестер! № 00515003 және № 00515008 мемлекеттік көрсетілетін қызметтер консультацияға қабылданғанын хабарлаймыз. Деректер базасында интернет-ресурс ретінде www.enbek.kz көрсетілген.
</blockquote></div></body></html>"""
m = text_part(html, subtype="html", cte="quoted-printable")
set_headers(m, [("From", h_addr("Есенжолов Бекжан", "b.yesenzholov@enbek.mangystau.gov.kz")), ("To", ECK),
                ("Subject", h_enc("RE: Қызметтер консультацияға қабылданды")), ("Date", "Fri, 19 Feb 2027 18:44:09 +0500"),
                ("Message-ID", "<AM0PR07MB41F3C2D9E8A1@enbek.mangystau.gov.kz>"), ("MIME-Version", "1.0"),
                ("In-Reply-To", "<ekc-2027-0115-mang@ekc-1414.kz>")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "kk", [ch("00515003", website=web), ch("00515008", website=web)], "2027-03-01")])
context(fn, agency("Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
                   "enbek@mangystau.gov.kz", "050140006221"),
        [("00515003", "Жұмыс іздеуші адамдарды жұмыссыз ретінде тіркеу"),
         ("00515008", "Ауылдық елді мекендерге жұмыс істеуге келген мамандарға әлеуметтік қолдау шараларын ұсыну")],
        "consulting", letter("ЕКЦ-2027/044", "2027-01-15", "Қызметтер консультацияға қабылданды"),
        "replace the web address of two services from 2027-03-01")
manifest(fn, "change_notice", "kk", "eml html-only utf-8 QP", "HTML reply with a Russian-labelled Outlook header block and a quoted earlier message naming the OLD site; new URL as a link; 'iPhone-дан жіберілді'")

# ---------------------------------------------------------------- C23
fn = "c23-aktobe-densaulyk-regl-wronglabel.eml"
regl = "Регламент государственной услуги «Выдача лицензии на медицинскую деятельность», утвержденный постановлением акимата Актюбинской области от 2 февраля 2027 года № 31"
body = f"""Уважаемые коллеги!

ГУ «Управление здравоохранения Актюбинской области» сообщает об изменении регламента государственной услуги «Выдача лицензии на медицинскую деятельность» (реестровый номер 00201011).

Новый регламент: {regl}

Регламент действует с 15.02.2027.

Байгабылова Ж.Т., гл. специалист отдела лицензирования
тел. 8 (7132) 55-20-41
"""
raw = raw_eml([("From", "Baigabylova Zhanna <zh.baigabylova@densaulyk.aktobe.gov.kz>"), ("To", ECK),
               ("Subject", "Izmenenie reglamenta 00201011"), ("Date", "Wed, 10 Feb 2027 13:13:13 +0500"),
               ("Message-ID", "<20270210131313.7720@densaulyk.aktobe.gov.kz>"),
               ("X-Mailer", "The Bat! (v9.4.2) Professional")],
              'text/plain; charset="iso-8859-1"', body.encode("cp1251"), "8bit")
save(fn, raw)
expected(fn, [change_key("body", "ru", [ch("00201011", regulation=regl)], "2027-02-15")])
context(fn, agency("Ақтөбе облысының денсаулық сақтау басқармасы", "densaulyk@aktobe.gov.kz", "990140004411"),
        [("00201011", "Выдача лицензии на медицинскую деятельность")], "consulting", None,
        "replace the regulation from 2027-02-15")
manifest(fn, "change_notice", "ru", "eml plain, wrong charset", "labelled charset iso-8859-1 but the 8-bit body is windows-1251 (decoding by the label gives mojibake); transliterated subject")

# ---------------------------------------------------------------- C24
fn = "c24-bko-auylsh-std-regl-bilingual.eml"
std = "«Пестицидтердің құнын субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 14 қаңтардағы № 9 бұйрығымен бекітілген"
regl = "«Пестицидтердің құнын субсидиялау» мемлекеттік көрсетілетін қызмет регламенті, Батыс Қазақстан облысы әкімдігінің 2027 жылғы 27 қаңтардағы № 21 қаулысымен бекітілген"
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Times New Roman';font-size:12pt">
<p>Бірыңғай байланыс орталығына / Единому контакт-центру</p>
<p>Батыс Қазақстан облысының ауыл шаруашылығы басқармасы № 00301034 «Пестицидтердің құнын субсидиялау» мемлекеттік көрсетілетін қызметі бойынша стандарт пен регламенттің жаңа деректемелерін жолдайды. Өзгерістер 2027 жылғы 1 ақпаннан бастап қолданылады.</p>
<p>Управление сельского хозяйства Западно-Казахстанской области направляет новые реквизиты стандарта и регламента по государственной услуге № 00301034. Изменения применяются с 1 февраля 2027 года.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Баған / Графа</th><th>Жаңа мәлімет / Новые сведения</th></tr>
<tr><td>4. Стандарт / Стандарт</td><td>{std}</td></tr>
<tr><td>5. Регламент / Регламент</td><td>{regl}</td></tr>
</table>
<p>Жақсылықов Т.М. / Жаксылыков Т.М.<br>8 (7112) 24-13-55</p>
</body></html>"""
m = text_part(html, subtype="html", cte="base64")
set_headers(m, [("From", h_addr("Жақсылықов Темірлан", "t.zhaksylykov@auylsh.bko.gov.kz")), ("To", ECK),
                ("Subject", h_enc("00301034 – стандарт және регламент / стандарт и регламент")),
                ("Date", "Thu, 28 Jan 2027 10:10:10 +0500"), ("Message-ID", "<c24-20270128@auylsh.bko.gov.kz>"),
                ("MIME-Version", "1.0")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", None, [ch("00301034", standard=std, regulation=regl)], "2027-02-01")])
context(fn, agency("Батыс Қазақстан облысының ауыл шаруашылығы басқармасы", "auylsh@bko.gov.kz", "040540003672"),
        [("00301034", "Пестицидтердің құнын субсидиялау")], "consulting", None,
        "replace standard and regulation from 2027-02-01")
manifest(fn, "change_notice", "kk+ru", "eml html-only utf-8 base64", "Kazakh and Russian paragraphs, values in a two-column HTML table (field | new value) with bilingual field labels; two fields changed")

# ---------------------------------------------------------------- C25
fn = "c25-zhezkazgan-tkh-two-changes.eml"
npa = "Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2027 жылғы 26 қаңтардағы № 38 бұйрығы"
web = "https://www.gov.kz/memleket/entities/ulytau-zhezkazgan-tkh/activities"
body = f"""Құрметті Бірыңғай байланыс орталығы!

Жезқазған қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі бұрын ұсынылған мәліметтерге мынадай өзгерістер енгізілгенін хабарлайды:

1) № 01004013 «Тұрғын үй-жайды қайта жоспарлауға және (немесе) қайта жабдықтауға келісім беру» – 6-баған (НҚА өзгерістері): {npa};
2) № 01004017 «Тұрғын үй-жайларды тұрғын емес санатқа ауыстыру» – 7-баған (интернет-ресурс): {web}

Өзгерістер күні: 2027 жылғы 8 ақпан.

Құрметпен,
Әбдірахманова Д.М.
8 (7102) 72-14-36
"""
m = text_part(body, cte="quoted-printable")
set_headers(m, [("From", h_addr("Әбдірахманова Динара", "d.abdirakhmanova@zhezkazgan-tkh.gov.kz")), ("To", ECK),
                ("Subject", h_enc("Мәліметтерді өзектендіру")), ("Date", "Tue, 09 Feb 2027 09:15:37 +0500"),
                ("Message-ID", "<c25.4e1f@zhezkazgan-tkh.gov.kz>"), ("MIME-Version", "1.0")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "kk", [ch("01004013", npa_changes=npa), ch("01004017", website=web)], "2027-02-08")])
context(fn, agency("Жезқазған қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі",
                   "tkh@zhezkazgan.gov.kz", "990140004510"),
        [("01004013", "Тұрғын үй-жайды қайта жоспарлауға және (немесе) қайта жабдықтауға келісім беру"),
         ("01004017", "Тұрғын үй-жайларды тұрғын емес санатқа ауыстыру")],
        "consulting", None, "add an act to one service and a new address to another")
manifest(fn, "change_notice", "kk", "eml plain utf-8 QP", "two services with different changed fields (acts for one, site for the other) in one numbered list; labels '6-баған (НҚА өзгерістері):' / '7-баған (интернет-ресурс):'")

# ---------------------------------------------------------------- C26
fn = "c26-kyzylorda-regl-disclaimer.eml"
regl = "Регламент государственной услуги «Выдача копий архивных документов и архивных выписок», утвержденный постановлением акимата Кызылординской области от 19 января 2027 года № 1215"
body = f"""Единому контакт-центру

Управление культуры, архивов и документации Кызылординской области уведомляет, что регламент государственной услуги № 00703005 «Выдача копий архивных документов и архивных выписок» утвержден в новой редакции и применяется с «3» февраля 2027 года.

Реквизиты нового регламента - {regl}.

С уважением,
Омаров Бакытжан Серикович
руководитель отдела архивного дела
тел.: 8 (7242) 23-04-10

________________________________
КОНФИДЕНЦИАЛЬНОСТЬ: Настоящее сообщение и все приложения к нему предназначены только для указанного адресата и могут содержать служебную информацию. Если вы получили это сообщение по ошибке, сообщите отправителю и удалите его. Любое использование информации без разрешения отправителя запрещено.
"""
m = text_part(body, cte="base64")
set_headers(m, [("From", h_addr("Омаров Бакытжан", "omarov.b@madeniet.kyzylorda.gov.kz")), ("To", ECK),
                ("Cc", "kanc@madeniet.kyzylorda.gov.kz"),
                ("Subject", h_enc("Новая редакция регламента (00703005)")), ("Date", "Wed, 27 Jan 2027 11:48:30 +0500"),
                ("Message-ID", "<c26.20270127114830@madeniet.kyzylorda.gov.kz>"), ("MIME-Version", "1.0")])
save(fn, eml_bytes(m))
expected(fn, [change_key("body", "ru", [ch("00703005", regulation=regl)], "2027-02-03")])
context(fn, agency("Қызылорда облысының мәдениет, архивтер және құжаттама басқармасы", "madeniet@kyzylorda.gov.kz",
                   "990340006102"),
        [("00703005", "Выдача копий архивных документов и архивных выписок")], "consulting", None,
        "replace the regulation from 2027-02-03")
manifest(fn, "change_notice", "ru", "eml plain utf-8 base64", "date '«3» февраля 2027 года' inside a sentence; value after 'Реквизиты нового регламента -'; long confidentiality disclaimer")


# =============================================================================
# PART 7. Change notices as DOCX letters (C27-C35)
# =============================================================================

# ---------------------------------------------------------------- C27
fn = "c27-vko-turizm-standard-letter.docx"
std = "Стандарт государственной услуги «Выдача лицензии на туроператорскую деятельность», утвержденный приказом Министра туризма и спорта Республики Казахстан от 2 февраля 2027 года № 27"
d = new_doc(size=14, margins=(3.0, 1.5, 2.0, 2.0))
para(d, "ШЫҒЫС ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ТУРИЗМ БАСҚАРМАСЫ", align="c", bold=True, size=11)
para(d, "УПРАВЛЕНИЕ ТУРИЗМА ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ", align="c", bold=True, size=11)
para(d, "070004, Өскемен қ., Тәуелсіздік даңғылы, 18 / г. Усть-Каменогорск, пр. Независимости, 18\ntel. 8 (7232) 57-14-00, turizm@vko.gov.kz", align="c", size=9)
para(d, "______________________________________________________________________________", align="c", size=9)
para(d, "10.02.2027 № 02-05/173", size=12)
para(d, "Единый контакт-центр", align="r", bold=True)
para(d, "Об изменении стандарта государственной услуги", italic=True, size=12)
para(d, "В соответствии с пунктом 6 Правил взаимодействия Единого контакт-центра управление туризма Восточно-Казахстанской области сообщает, что по государственной услуге «Выдача лицензии на туроператорскую деятельность» (реестровый номер 01402001) утвержден новый стандарт:", align="j")
para(d, std + ".", align="j")
para(d, "Стандарт вступает в силу с 20 февраля 2027 года. Основное изменение: срок оказания услуги составляет 10 рабочих дней (ранее — 15 рабочих дней).", align="j")
para(d, "Сведения о регламенте, интернет-ресурсе и ответственном лице остаются прежними.", align="j")
para(d, "")
para(d, "Руководитель управления                                    С. Бейсембаев", bold=True)
para(d, "")
para(d, "Исп.: Галымжанова А.Б.\nтел. 8 (7232) 57-14-90", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, "ru", [ch("01402001", standard=std)], "2027-02-20")])
context(fn, agency("Шығыс Қазақстан облысының туризм басқармасы", "turizm@vko.gov.kz", "210540015527"),
        [("01402001", "Выдача лицензии на туроператорскую деятельность")], "consulting", None,
        "replace the standard from 2027-02-20")
manifest(fn, "change_notice", "ru", "docx letter", "bilingual letterhead paragraphs, outgoing date 10.02.2027; the standard as its own paragraph after a colon; 'ранее — 15 рабочих дней' mentions the old term")

# ---------------------------------------------------------------- C28
fn = "c28-khromtau-jer-regl-table.docx"
r1 = "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет регламенті, Ақтөбе облысы әкімдігінің 2027 жылғы 29 қаңтардағы № 22 қаулысымен бекітілген"
r2 = "«Жер учаскесін бөлуге келісім беру» мемлекеттік көрсетілетін қызмет регламенті, Ақтөбе облысы әкімдігінің 2027 жылғы 29 қаңтардағы № 23 қаулысымен бекітілген"
d = new_doc(size=13)
para(d, "Ақтөбе облысы Хромтау ауданының жер қатынастары бөлімі", align="c", bold=True)
para(d, "2027 жылғы 5 ақпан № 01-08/54", size=11)
para(d, "Бірыңғай байланыс орталығына", align="r", bold=True)
para(d, "Хромтау ауданының жер қатынастары бөлімі Ақтөбе облысы әкімдігінің қаулыларымен екі мемлекеттік көрсетілетін қызметтің регламенттері жаңа редакцияда бекітілгенін хабарлайды. Жаңа регламенттер 2027 жылғы 12 ақпаннан бастап қолданылады.", align="j")
add_table(d, [["Тізілімдегі №", "Бұрынғы редакция", "Жаңа редакция"],
              ["00702031", "Ақтөбе облысы әкімдігінің 2026 жылғы 6 сәуірдегі № 129 қаулысы", r1],
              ["00702058", "Ақтөбе облысы әкімдігінің 2026 жылғы 6 сәуірдегі № 130 қаулысы", r2]],
          widths=[2.8, 5.5, 8.5], size=11)
para(d, "")
para(d, "Бөлім басшысы                                      С. Нұрғалиев", bold=True)
para(d, "Орынд. Ержанова С.Қ., 8 (71336) 2-14-80", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, "kk", [ch("00702031", regulation=r1), ch("00702058", regulation=r2)], "2027-02-12")])
context(fn, agency("Хромтау ауданының жер қатынастары бөлімі", "jer@khromtau.gov.kz", "050640010284"),
        [("00702031", "Жерге орналастыру жобасын бекіту"), ("00702058", "Жер учаскесін бөлуге келісім беру")],
        "consulting", None, "replace the regulations of two land services from 2027-02-12")
manifest(fn, "change_notice", "kk", "docx letter", "three-column table 'number | old wording | new wording'; only the new column counts; letter date 5 Feb vs change date 12 Feb")

# ---------------------------------------------------------------- C29
fn = "c29-almobl-vet-changed-rows-bilingual.docx"
std = "«Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 8 ақпандағы № 44 бұйрығымен бекітілген"
npa = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 8 ақпандағы № 45 «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 22 қаңтардағы № 24 бұйрығына өзгеріс енгізу туралы» бұйрығы"
d = new_doc(landscape_=True, size=12)
para(d, "Алматы облысының ветеринария басқармасы / Управление ветеринарии Алматинской области", align="c", bold=True)
para(d, "Бұрын ұсынылған ақпаратқа өзгерістер (1-қосымшаның жаңартылған жолдары)\nИзменения ранее представленной информации (обновлённые строки приложения 1)", align="c")
add_table(d, [["Тізілімдегі № / № в реестре", "Қызмет атауы / Наименование", "Өзгерген баған / Изменённая графа",
               "Жаңа мәлімет / Новые сведения"],
              ["00401003", "Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу", "4 – Стандарт", std],
              ["00401015", "Ветеринариялық-санитариялық қорытынды беру", "6 – НҚА өзгерістері / Изменения НПА", npa]],
          widths=[3.0, 6.0, 4.0, 12.0], size=10)
para(d, "")
para(d, "Өзгерістер 2027 жылғы 1 наурыздан бастап қолданылады. / Изменения применяются с 1 марта 2027 года.")
para(d, "")
para(d, "Орындаған / Исп.: Омаров Б.Н., 8 (72772) 3-15-40", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, None, [ch("00401003", standard=std), ch("00401015", npa_changes=npa)], "2027-03-01")])
context(fn, agency("Алматы облысының ветеринария басқармасы", "vet@almobl.gov.kz", "990340000914"),
        [("00401003", "Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу"),
         ("00401015", "Ветеринариялық-санитариялық қорытынды беру")],
        "consulting", None, "replace the standard of one service and add an act to another from 2027-03-01")
manifest(fn, "change_notice", "kk+ru", "docx (revised rows)", "'changed rows' table: which column changed is named in a cell ('4 – Стандарт', '6 – НҚА өзгерістері'), the value in the next cell; bilingual headings")

# ---------------------------------------------------------------- C30
fn = "c30-astana-social-npa-3svc.docx"
npa = "Приказ Министра труда и социальной защиты населения Республики Казахстан от 28 января 2027 года № 30 «О внесении изменений в приказ Министра труда и социальной защиты населения Республики Казахстан от 28 апреля 2026 года № 141 «Об утверждении стандартов государственных услуг в социально-трудовой сфере»»"
d = new_doc(size=14, margins=(3.0, 1.5, 2.0, 2.0))
para(d, "ГУ «Управление социальной защиты города Астаны»", align="c", bold=True, size=12)
para(d, "Исх. № 07-18/402 от 12.02.2027", size=12)
para(d, "Единый контакт-центр", align="r", bold=True)
para(d, "Уважаемые коллеги!", align="c")
para(d, "Сообщаем, что в стандарты нижеперечисленных государственных услуг внесены изменения. Приказ зарегистрирован в Министерстве юстиции Республики Казахстан 2 февраля 2027 года № 35118 и вступил в силу 09.02.2027.", align="j")
para(d, "Реквизиты акта, вносящего изменения (графа 6):", align="j")
para(d, npa, align="j", italic=True)
para(d, "Перечень услуг:", align="j")
for line in ["00512071 – Назначение пособия по уходу за ребенком по достижении им возраста одного года;",
             "00512078 – Назначение пособия лицу, воспитывающему ребенка с инвалидностью;",
             "00512090 – Назначение пособия матерям, награжденным подвесками «Алтын алқа», «Күміс алқа» или получившим ранее звание «Мать-героиня», а также награжденным орденами «Материнская слава» I и II степени."]:
    para(d, line, align="j")
para(d, "")
para(d, "Заместитель руководителя управления                     Е. Байжанов", bold=True)
para(d, "")
para(d, "Исп.: Тилеубаева А.М.\n8 (7172) 55-30-18", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, "ru", [ch("00512071", npa_changes=npa), ch("00512078", npa_changes=npa),
                                    ch("00512090", npa_changes=npa)], "2027-02-09")])
context(fn, agency("Астана қаласының Әлеуметтік қорғау басқармасы", "aleumet@astana.gov.kz", "080540014410"),
        [("00512071", "Назначение пособия по уходу за ребенком по достижении им возраста одного года"),
         ("00512078", "Назначение пособия лицу, воспитывающему ребенка с инвалидностью"),
         ("00512090", "Назначение пособия матерям, награжденным подвесками «Алтын алқа», «Күміс алқа»")],
        "consulting", None, "add one amending order to three services")
manifest(fn, "change_notice", "ru", "docx letter", "one act for three services listed after it; registration date at the Ministry of Justice (2 Feb) besides the in-force date (09.02.2027); nested «» and Kazakh words inside a Russian service name")

# ---------------------------------------------------------------- C31
fn = "c31-zhambyl-sport-website-nodate.docx"
web = "https://www.gov.kz/memleket/entities/zhambyl-sport"
d = new_doc(size=14)
para(d, "Жамбыл облысының дене шынықтыру және спорт басқармасы", align="c", bold=True)
para(d, "Тараз қ., Абай даңғылы, 125\n2027 жылғы 23 ақпан № 06-02/119", size=11)
para(d, "Бірыңғай байланыс орталығына", align="r", bold=True)
para(d, "Басқарманың интернет-ресурсы ауыстырылуына байланысты мемлекеттік көрсетілетін қызметтер туралы ақпаратты орналастыру мекенжайы өзгергенін хабарлаймыз.", align="j")
para(d, "Тізілімдегі № 00207003 «Спорттық разрядтар мен санаттарды беру» және № 00207008 «Спорт түрлері бойынша жергілікті спорт федерацияларын аккредиттеу» мемлекеттік көрсетілетін қызметтері бойынша жаңа интернет-ресурс:", align="j")
para(d, web, bold=True)
para(d, "")
para(d, "Басшы                                            Қ. Әбдіқадыров", bold=True)
para(d, "Орынд.: Сұлтанова Г.М., 8 (7262) 43-55-21", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, "kk", [ch("00207003", website=web), ch("00207008", website=web)], None)])
context(fn, agency("Жамбыл облысының дене шынықтыру және спорт басқармасы", "sport@zhambyl.gov.kz", "990540006638"),
        [("00207003", "Спорттық разрядтар мен санаттарды беру"),
         ("00207008", "Спорт түрлері бойынша жергілікті спорт федерацияларын аккредиттеу")],
        "consulting", None, "replace the web address of two sport services; no change date stated")
manifest(fn, "change_notice", "kk", "docx letter", "no change date (only the letter's own date 2027-02-23) -> null; URL alone on a bold line")

# ---------------------------------------------------------------- C32
fn = "c32-shymkent-jer-standard-kk-ru.docx"
std = "Стандарт государственной услуги «Предоставление земельного участка для строительства объекта в черте населенного пункта», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 4 марта 2027 года № 77"
d = new_doc(size=13)
para(d, "Шымкент қаласының жер қатынастары басқармасы / Управление земельных отношений города Шымкент", align="c", bold=True, size=12)
para(d, "16.03.2027 № ЖҚ-04/151", size=11)
para(d, "Бірыңғай байланыс орталығына", align="r", bold=True)
para(d, "Шымкент қаласының жер қатынастары басқармасы № 00702045 мемлекеттік көрсетілетін қызметтің жаңа стандарты бекітілгенін, оның 2027 жылғы 1 сәуірден бастап қолданысқа енгізілетінін хабарлайды (деректемелері төменде, орыс тілінде).", align="j")
para(d, "Аудармасы / Перевод:", italic=True)
para(d, "Управление земельных отношений города Шымкент сообщает, что по государственной услуге № 00702045 утвержден новый стандарт, вводимый в действие с 1 апреля 2027 года:", align="j")
para(d, std, align="j")
para(d, "")
para(d, "Басшы / Руководитель                                 Б. Сарсенов", bold=True)
para(d, "Орындаған / Исп.: Абдрахманов Е.К., 8 (7252) 39-02-11, вн. 305", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, None, [ch("00702045", standard=std)], "2027-04-01")])
context(fn, agency("Шымкент қаласының жер қатынастары басқармасы", "jer@shymkent.gov.kz", "180740026493"),
        [("00702045", "Предоставление земельного участка для строительства объекта в черте населенного пункта")],
        "consulting", None, "replace the standard from 2027-04-01")
manifest(fn, "change_notice", "kk+ru", "docx letter", "Kazakh paragraph then its Russian translation carrying the requisites; change date in both languages")

# ---------------------------------------------------------------- C33
fn = "c33-mangystau-transport-npa-sidebyside.docx"
npa = "Приказ Министра транспорта Республики Казахстан от 26 января 2027 года № 22 «О внесении изменений в приказ Министра транспорта Республики Казахстан от 4 февраля 2026 года № 31»"
d = new_doc(size=12)
para(d, "Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы\nУправление пассажирского транспорта и автомобильных дорог Мангистауской области", align="c", bold=True)
t = d.add_table(rows=1, cols=2)
_fill_cell(t.cell(0, 0), "Бірыңғай байланыс орталығына\n\nТізілімдегі № 00304019 «Ірі габаритті және ауыр салмақты көлік құралдарының жүруіне арнайы рұқсат беру» мемлекеттік көрсетілетін қызметінің стандартына өзгерістер енгізілгенін хабарлаймыз. Өзгерістер 2027 жылғы 15 ақпаннан бастап қолданылады. Өзгерістер енгізген актінің деректемелері төменде келтірілген.", size=11)
_fill_cell(t.cell(0, 1), "Единому контакт-центру\n\nСообщаем, что в стандарт государственной услуги № 00304019 «Выдача специального разрешения на проезд крупногабаритных и тяжеловесных транспортных средств» внесены изменения. Изменения применяются с 15 февраля 2027 года. Реквизиты акта, которым внесены изменения, приведены ниже.", size=11)
para(d, "")
para(d, "НҚА / НПА: " + npa)
para(d, "")
para(d, "Басшы / Руководитель                               Е. Қайыпов", bold=True)
para(d, "Орынд. / Исп.: Өтегенова Н.Б., 8 7292 30-61-27", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, None, [ch("00304019", npa_changes=npa)], "2027-02-15")])
context(fn, agency("ГУ «Управление пассажирского транспорта и автомобильных дорог Мангистауской области»",
                   "zholdar@mangystau.gov.kz", "060240011328"),
        [("00304019", "Выдача специального разрешения на проезд крупногабаритных и тяжеловесных транспортных средств")],
        "consulting", None, "add the amending order from 2027-02-15")
manifest(fn, "change_notice", "kk+ru", "docx letter", "Kazakh and Russian texts side by side in a borderless two-column table; the act once, under the table, after 'НҚА / НПА:'")

# ---------------------------------------------------------------- C34
fn = "c34-zhetisu-jer-standard-old-new.docx"
old = "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 2 ақпандағы № 39 бұйрығымен бекітілген"
std = "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 30 қаңтардағы № 27 бұйрығымен бекітілген"
d = new_doc(size=14)
para(d, "Жетісу облысының жер қатынастары басқармасы", align="c", bold=True)
para(d, "2027 жылғы 9 ақпан № 02-11/96", size=11)
para(d, "Бірыңғай байланыс орталығы", align="r", bold=True)
para(d, "«Жерге орналастыру жобасын бекіту» мемлекеттік көрсетілетін қызметі (тізілімдегі № 00702031) бойынша стандарт жаңа редакцияда бекітілді. Жаңа стандарт 2027 жылғы 14 ақпаннан бастап қолданылады.", align="j")
para(d, "Бұрынғы деректемелер:", bold=True)
para(d, old, align="j")
para(d, "Жаңа деректемелер:", bold=True)
para(d, std, align="j")
para(d, "Регламент, интернет-ресурс және жауапты тұлға туралы мәліметтер өзгерген жоқ.", align="j")
para(d, "")
para(d, "Басшының м.а.                                      Ғ. Оспанов", bold=True)
para(d, "Орындаған: Мамырова И.Б., 8 (7282) 41-09-70", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, "kk", [ch("00702031", standard=std)], "2027-02-14")])
context(fn, agency("Жетісу облысының жер қатынастары басқармасы", "jer@zhetisu.gov.kz", "220740019246"),
        [("00702031", "Жерге орналастыру жобасын бекіту")], "consulting", None,
        "replace the standard from 2027-02-14")
manifest(fn, "change_notice", "kk", "docx letter", "old and new requisites under bold labels 'Бұрынғы деректемелер:' / 'Жаңа деректемелер:' (same service name, only the order differs)")

# ---------------------------------------------------------------- C35
fn = "c35-kostanay-vet-regl-web-bilingual.docx"
regl = "Регламент государственной услуги «Проведение идентификации сельскохозяйственных животных», утвержденный постановлением акимата Костанайской области от 25 февраля 2027 года № 61"
web = "https://vet.kostanay.gov.kz/gosuslugi"
d = new_doc(size=13)
para(d, "Қостанай облысы әкімдігінің ветеринария басқармасы", align="c", bold=True)
para(d, "№ 02-09/233, 01.03.2027", size=11)
para(d, "Бірыңғай байланыс орталығына / Единому контакт-центру", align="r", bold=True)
para(d, "Басқарма 2027 жылғы 10 наурыздан бастап бұрын ұсынылған ақпараттың мынадай өзгерістерін хабарлайды.", align="j")
para(d, "Управление сообщает о следующих изменениях ранее представленной информации с 10 марта 2027 года:", align="j")
para(d, "1. № 00401003 – графа 5 (регламент): " + regl + ";", align="j")
para(d, "2. № 00401012 – графа 7 (интернет-ресурс): " + web + ".", align="j")
para(d, "")
para(d, "Басшы / Руководитель                                  А. Жүнісов", bold=True)
para(d, "Орынд.: Шевченко О.Н., 50-23-75", size=10)
save(fn, docx_bytes(d))
expected(fn, [change_key(fn, None, [ch("00401003", regulation=regl), ch("00401012", website=web)], "2027-03-10")])
context(fn, agency("Қостанай облысы әкімдігінің ветеринария басқармасы", "vet@kostanay.gov.kz", "120240017705"),
        [("00401003", "Проведение идентификации сельскохозяйственных животных"),
         ("00401012", "Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов")],
        "consulting", None, "replace the regulation of one service and the address of another from 2027-03-10")
manifest(fn, "change_notice", "kk+ru", "docx letter", "Kazakh and Russian lead sentences, then a Russian numbered list 'графа 5 (регламент):' / 'графа 7 (интернет-ресурс):' for two services; URL followed by a full stop")


# =============================================================================
# MANIFEST
# =============================================================================
lines = ["# Corpus heldout-r3 / bolat", "",
         "75 genuine replies to the Unified Contact Centre (ЕКЦ): 40 Appendix 1 forms (`appendix1_form`, context",
         "`awaiting: information`) and 35 change notices (`change_notice`, Rules p.6, context `awaiting: consulting`).",
         "Rebuild with `/tmp/cv-bolat/bin/python make.py` (python-docx, openpyxl, reportlab). All people, agencies,",
         "registry numbers, acts, phones and addresses are invented; dates are in 2026-2027.",
         "Language `kk+ru` = bilingual document; its key leaves `language` out.", "",
         "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
for f, k, l, fmt, h in MANIFEST:
    lines.append(f"| `{f}` | {k} | {l} | {fmt} | {h.replace('|', '/')} |")
(OUT / "MANIFEST.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"wrote {len(MANIFEST)} documents to {OUT}")
