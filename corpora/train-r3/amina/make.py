#!/usr/bin/env python3
"""amina's held-out corpus, round 3: 80 genuine replies of kind appendix1_form.

Rebuild:  python3 -m venv /tmp/cv-amina && /tmp/cv-amina/bin/pip install -q python-docx openpyxl reportlab
          /tmp/cv-amina/bin/python make.py

Every document below is written by hand in its own function (dNN_...); the helpers at the top
only lay the text out (DOCX, XLSX, PDF, HTML, tab-separated text, mail).  The answer key is
taken from the same hand-written rows: the columns 2-7 of a row give their key as written
(a dash, an empty cell or a word that only says "none" gives null; "-//-", "то же",
"аналогично", "сол сияқты" or a vertically merged cell repeat the value of the row above),
and column 8 is keyed by hand in each row (P(...) = full_name, position, email, phone).
"""
import io
import json
import os
import re
import sys
import datetime
from xml.sax.saxutils import escape

from email import policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from email.header import Header
from email.utils import formataddr

import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

from reportlab.lib.pagesizes import A4, landscape as rl_landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, NextPageTemplate
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONT_DIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuCond", FONT_DIR + "DejaVuSansCondensed.ttf"))

# ----------------------------------------------------------------------------- rows and keys

SAME = "SAME"  # column 8 repeats the person of the row above ("-//-", "то же", merged cell ...)

NULL_WORDS = {"", "-", "—", "–", "--", "---", "нет", "отсутствует", "отсутствуют", "не имеется",
              "жоқ", "изменений нет", "нет изменений", "өзгерістер жоқ", "өзгерістер енгізілген жоқ",
              "не предусмотрен", "не предусмотрено", "не утверждался", "x", "х", "нет.", "-/-"}
REPEAT_WORDS = {"-//-", "—//—", "–//–", "-//–", "//", "то же", "тоже", "то же самое", "аналогично",
                "сол сияқты", "-\"-", "\"", "^", "-«-"}


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def P(full_name, position, email=None, phone=None):
    return {"full_name": full_name, "position": position, "email": email, "phone": phone}


class S:
    """One service row as the clerk typed it.  Cells by meaning: n reg name std rgl npa web c8,
    plus any extra column the clerk added (note=..., fio=..., ...).  who = the key of column 8."""

    def __init__(self, n, reg, name, std, rgl, npa, web, c8, who, **extra):
        self.c = {"n": n, "reg": reg, "name": name, "std": std, "rgl": rgl, "npa": npa,
                  "web": web, "c8": c8}
        self.over = {}
        for k, v in extra.items():
            if k.startswith("k_"):
                self.over[k[2:]] = v
            else:
                self.c[k] = v
        self.who = who


def keyval(cell, prev):
    if cell is None:
        return None
    t = fold(cell)
    tl = t.lower()
    if tl in REPEAT_WORDS or tl.rstrip(".") in REPEAT_WORDS:
        return prev
    if tl in NULL_WORDS or tl.rstrip(".") in NULL_WORDS:
        return None
    return t


def skeys(rows):
    out, prev = [], {}
    for s in rows:
        k = {}
        if "registry_number" in s.over:
            k["registry_number"] = s.over["registry_number"]
        else:
            m = re.search(r"\d{8}", str(s.c["reg"]))
            k["registry_number"] = m.group(0)
        for f, c in (("service_name", "name"), ("standard", "std"), ("regulation", "rgl"),
                     ("npa_changes", "npa"), ("website", "web")):
            k[f] = s.over[f] if f in s.over else keyval(s.c.get(c), prev.get(f))
        who = prev["responsible"] if s.who == SAME else s.who
        k["responsible"] = dict(who)
        out.append(k)
        prev = k
    return out


def grid(rows, cols):
    """Data rows of the table in the document's column order."""
    return [[s.c[c] for c in cols] for s in rows]


NUMS8 = [str(i) for i in range(1, 9)]

# ----------------------------------------------------------------------------- key / context


def write_case(name, data, kind_docs, ctx):
    """data: bytes of the input; kind_docs: list of key documents; ctx: context dict."""
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(data)
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": kind_docs}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(path + ".context.json", "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
        f.write("\n")


def form_key(part, rows, ex_name, ex_date, lang="ru"):
    d = {"part": part, "kind": "appendix1_form"}
    if lang:
        d["language"] = lang
    d["services"] = skeys(rows)
    d["executor"] = {"full_name": ex_name, "date": ex_date}
    return d


def context(agency, email, bin_, rows, awaiting, letter, effect, names=None):
    ks = skeys(rows)
    svcs = []
    for i, k in enumerate(ks):
        nm = names[i] if names else k["service_name"]
        svcs.append({"registry_number": k["registry_number"], "name": nm})
    return {"agency": {"name": agency, "email": email, "bin": bin_},
            "services": svcs,
            "awaiting": awaiting,
            "our_letter": ({"number": letter[0], "date": letter[1], "subject": letter[2]}
                           if letter else None),
            "expected_effect": effect,
            "is_reply": True}


MANIFEST = []


def manifest(name, lang, fmt, hard):
    MANIFEST.append((name, "appendix1_form", lang, fmt, hard))


# ----------------------------------------------------------------------------- spans


def spans(g):
    """g: rows of cells; None = merged into the cell on the left, '^' = merged into the cell above."""
    R = len(g)
    C = max(len(r) for r in g)
    res = []
    for r in range(R):
        for c in range(len(g[r])):
            v = g[r][c]
            if v is None or v == "^":
                continue
            c2 = c
            while c2 + 1 < len(g[r]) and g[r][c2 + 1] is None:
                c2 += 1
            r2 = r
            while r2 + 1 < R and c < len(g[r2 + 1]) and g[r2 + 1][c] == "^":
                r2 += 1
            res.append((r, c, r2, c2, v))
    return res, R, C


# ----------------------------------------------------------------------------- DOCX


def _set_cell_text(cell, text, size=None, bold=False, align=None, italic=False, sup=None):
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf = p.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        # a trailing footnote mark (¹ * ²) may be written as a superscript run
        mark = None
        if sup and line.endswith(sup):
            line, mark = line[: -len(sup)], sup
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if mark:
            r2 = p.add_run(mark)
            r2.font.superscript = True
            r2.bold = bold
            if size:
                r2.font.size = Pt(size)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def docx_doc(font="Times New Roman", size=12, land=False, margins=(2.0, 1.5, 1.5, 1.5)):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Cm(x) for x in margins]
    return d


def dpara(d, text="", align=None, bold=False, size=None, italic=False, after=0, indent=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(after)
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def dtable(d, g, nhead=1, widths=None, size=10, head_bold=True, repeat=False, borders=True,
           center_rows=(), sup=None, bold_rows=()):
    """g: full grid (header rows first).  center_rows: indexes of rows set centred (number rows)."""
    sp, R, C = spans(g)
    t = d.add_table(rows=R, cols=C)
    if borders:
        t.style = d.styles["Table Grid"]
    else:
        _no_borders(t)
    t.autofit = False
    for (r, c, r2, c2, v) in sp:
        cell = t.cell(r, c)
        if r2 > r or c2 > c:
            cell = cell.merge(t.cell(r2, c2))
        hb = r < nhead and head_bold or r in bold_rows
        _set_cell_text(cell, v, size=size, bold=hb,
                       align="c" if (r < nhead or r in center_rows) else None, sup=sup)
    if widths:
        for i, col in enumerate(t.columns):
            if i < len(widths):
                col.width = Cm(widths[i])
        for row in t.rows:
            for i, cell in enumerate(row.cells):
                if i < len(widths):
                    cell.width = Cm(widths[i])
    if repeat:
        for i in range(nhead):
            _repeat_header(t.rows[i])
    return t


def docx_bytes(d):
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


# ----------------------------------------------------------------------------- XLSX

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xput(ws, r, c, v, bold=False, wrap=True, align=None, size=None, border=False, fmt=None, italic=False):
    cell = ws.cell(row=r, column=c)
    cell.value = v
    cell.font = Font(name="Times New Roman", bold=bold, size=size or 11, italic=italic)
    cell.alignment = Alignment(wrap_text=wrap, vertical="top" if not align else "center",
                               horizontal={"c": "center", "l": "left", "r": "right"}.get(align))
    if border:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt
    return cell


def xgrid(ws, g, r0, c0=1, nhead=1, size=10, center_rows=(), border=True):
    """Writes a grid with merges at row r0, column c0; returns the next free row.
    A cell value may be a tuple ("num", value, number_format) to store a number."""
    sp, R, C = spans(g)
    for r in range(R):
        for c in range(len(g[r])):
            cell = ws.cell(row=r0 + r, column=c0 + c)
            if border:
                cell.border = BOX
    for (r, c, r2, c2, v) in sp:
        fmt = None
        if isinstance(v, tuple):
            _, v, fmt = v
        hb = r < nhead
        xput(ws, r0 + r, c0 + c, v, bold=hb, size=size, border=border, fmt=fmt,
             align="c" if (hb or r in center_rows) else None)
        if r2 > r or c2 > c:
            ws.merge_cells(start_row=r0 + r, start_column=c0 + c, end_row=r0 + r2, end_column=c0 + c2)
    return r0 + R


def xwidths(ws, widths, c0=1):
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(c0 + i)].width = w


def xlsx_bytes(wb):
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


# ----------------------------------------------------------------------------- PDF


def pstyle(size=9, font="DejaVu", lead=None, align=0, bold=False):
    return ParagraphStyle("s%d%s%d" % (size, font, align), fontName=(font + "-Bold") if bold else font,
                          fontSize=size, leading=lead or size * 1.22, alignment=align)


def ptext(text, st):
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


def ptable(g, nhead=1, widths=None, size=7.5, font="DejaVu", repeat=True, rules="grid",
           center_rows=(), head_font=None):
    sp, R, C = spans(g)
    body = pstyle(size, font)
    head = pstyle(size, head_font or font, align=1)
    cen = pstyle(size, font, align=1)
    data = [["" for _ in range(C)] for _ in range(R)]
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for (r, c, r2, c2, v) in sp:
        st = head if r < nhead else (cen if r in center_rows else body)
        data[r][c] = ptext(str(v), st)
        if widths:
            avail = sum(widths[c:c2 + 1]) * mm - 5.5
            for word in str(v).split():
                wd = pdfmetrics.stringWidth(word, st.fontName, st.fontSize)
                if wd > avail:
                    raise ValueError("word %r (%.0fpt) does not fit column %d (%.0fpt)" % (word, wd, c, avail))
        if r2 > r or c2 > c:
            cmds.append(("SPAN", (c, r), (c2, r2)))
    if rules == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif rules == "hlines":
        cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.black))
        cmds.append(("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 0.6, colors.black))
        cmds.append(("LINEBELOW", (0, nhead), (-1, -1), 0.3, colors.grey))
        cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.9, colors.black))
    elif rules == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
        cmds.append(("INNERGRID", (0, 0), (-1, -1), 0.3, colors.black))
    t = Table(data, colWidths=[w * mm for w in widths] if widths else None,
              repeatRows=nhead if repeat else 0)
    t.setStyle(TableStyle(cmds))
    return t


def pdf_bytes(flow, land=True, margins=(15, 12, 15, 12), title="", author=""):
    b = io.BytesIO()
    ps = rl_landscape(A4) if land else A4
    doc = SimpleDocTemplate(b, pagesize=ps, leftMargin=margins[0] * mm, rightMargin=margins[2] * mm,
                            topMargin=margins[1] * mm, bottomMargin=margins[3] * mm,
                            title=title, author=author)
    doc.build(flow)
    return b.getvalue()


def pdf_bytes_mixed(flow, title="", author=""):
    """Portrait pages first (a covering letter); NextPageTemplate("land") switches to landscape."""
    b = io.BytesIO()
    doc = BaseDocTemplate(b, pagesize=A4, title=title, author=author)
    pw, ph = A4
    fp = Frame(25 * mm, 20 * mm, pw - 37 * mm, ph - 40 * mm, id="p")
    lw, lh = rl_landscape(A4)
    fl = Frame(15 * mm, 12 * mm, lw - 30 * mm, lh - 24 * mm, id="l")
    doc.addPageTemplates([PageTemplate(id="port", frames=[fp], pagesize=A4),
                          PageTemplate(id="land", frames=[fl], pagesize=rl_landscape(A4))])
    doc.build(flow)
    return b.getvalue()


# ----------------------------------------------------------------------------- HTML / text tables


def html_table(g, nhead=1, style="outlook"):
    sp, R, C = spans(g)
    at = {(r, c): (r2, c2, v) for (r, c, r2, c2, v) in sp}
    out = []
    if style == "outlook":
        out.append('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                   'style=\'border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
                   'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt\'>')
    elif style == "web":
        out.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;'
                   'font-family:Arial,sans-serif;font-size:13px">')
    else:
        out.append('<table border="1">')
    for r in range(R):
        out.append("<tr style='mso-yfti-irow:%d'>" % r if style == "outlook" else "<tr>")
        for c in range(C):
            if (r, c) not in at:
                continue
            r2, c2, v = at[(r, c)]
            attrs = ""
            if c2 > c:
                attrs += " colspan=%d" % (c2 - c + 1) if style == "outlook" else ' colspan="%d"' % (c2 - c + 1)
            if r2 > r:
                attrs += " rowspan=%d" % (r2 - r + 1) if style == "outlook" else ' rowspan="%d"' % (r2 - r + 1)
            txt = escape(str(v))
            if style == "outlook":
                paras = "".join(
                    "<p class=MsoNormal%s><span style='font-size:10.0pt;font-family:\"Times New Roman\",serif'>%s<o:p></o:p></span></p>"
                    % (" align=center style='text-align:center'" if r < nhead else "", (("<b>%s</b>" % ln) if r < nhead else ln) or "&nbsp;")
                    for ln in txt.split("\n"))
                out.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'%s>%s</td>"
                           % (attrs, paras))
            else:
                tag = "th" if r < nhead else "td"
                out.append("<%s%s>%s</%s>" % (tag, attrs, txt.replace("\n", "<br>"), tag))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def tsv(g):
    return "\n".join("\t".join("" if v in (None, "^") else str(v).replace("\n", " ") for v in row) for row in g)


# ----------------------------------------------------------------------------- mail


def hdr(msg, frm, to, subject, date, msgid, charset="utf-8", extra=()):
    name, addr = frm
    msg["From"] = "%s <%s>" % (Header(name, charset).encode(), addr) if name else addr
    msg["To"] = to
    msg["Subject"] = Header(subject, charset)
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in extra:
        msg[k] = v


def text_part(text, charset="utf-8", sub="plain", cte=None):
    p = MIMEText(text, sub, charset)
    if cte == "qp" and charset.lower() != "utf-8":
        pass
    if cte:
        from email import charset as _cs
        del p["Content-Transfer-Encoding"]
        raw = text.encode(charset)
        if cte == "qp":
            import quopri
            p.set_payload(quopri.encodestring(raw).decode("ascii"))
            p["Content-Transfer-Encoding"] = "quoted-printable"
        elif cte == "8bit":
            p.set_payload(raw.decode("ascii", "surrogateescape"))
            p["Content-Transfer-Encoding"] = "8bit"
        elif cte == "base64":
            import base64
            p.set_payload(base64.encodebytes(raw).decode("ascii"))
            p["Content-Transfer-Encoding"] = "base64"
    return p


def attach(data, filename, ctype, name_style="rfc2231"):
    maintype, subtype = ctype.split("/")
    p = MIMEBase(maintype, subtype)
    p.set_payload(data)
    encoders.encode_base64(p)
    if name_style == "rfc2231":
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
        p.set_param("name", ("utf-8", "", filename))
    elif name_style == "encoded-word":
        ew = Header(filename, "windows-1251").encode()
        p.set_param("name", ew)
        p.add_header("Content-Disposition", "attachment", filename=ew)
    else:
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def mail_bytes(msg):
    return msg.as_bytes(policy=policy.compat32)


DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF_T = "application/pdf"


# ============================================================================= DOCX, 01-10


def d01_zher_akmola():
    name = "d01-zher-akmola-2rows.docx"
    rows = [
        S("1", "00402017", "Выдача решения на изменение целевого назначения земельного участка",
          "Правила оказания государственной услуги «Выдача решения на изменение целевого назначения земельного участка», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301 (приложение 4)",
          "—",
          "Приказ Министра сельского хозяйства РК от 14.08.2026 № 287 «О внесении изменений в приказ Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301»",
          "www.egov.kz",
          "Жакупова Айгерим Болатовна – главный специалист отдела земельного кадастра и государственных услуг, тел. 8 (7162) 25-14-37, a.zhakupova@akmo-zher.gov.kz",
          P("Жакупова Айгерим Болатовна", "главный специалист отдела земельного кадастра и государственных услуг",
            "a.zhakupova@akmo-zher.gov.kz", "8 (7162) 25-14-37")),
        S("2", "00402021", "Утверждение землеустроительных проектов по формированию земельных участков",
          "Правила оказания государственной услуги «Утверждение землеустроительных проектов по формированию земельных участков», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301 (приложение 8)",
          "—", "—",
          "www.egov.kz, www.gov.kz/memleket/entities/aqmola-zher",
          "Нургалиев Ержан Кайратович – руководитель отдела землеустройства, тел. 8 (7162) 25-09-81, e.nurgaliyev@akmo-zher.gov.kz",
          P("Нургалиев Ержан Кайратович", "руководитель отдела землеустройства",
            "e.nurgaliyev@akmo-zher.gov.kz", "8 (7162) 25-09-81")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (с указанием его реквизитов)",
            "Регламент государственной услуги (с указанием его реквизитов)",
            "Изменения нормативных правовых актов",
            "Интернет-ресурс, на котором размещена информация о государственной услуге",
            "Фамилия, имя, отчество, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=12, land=True)
    dpara(d, "АҚМОЛА ОБЛЫСЫНЫҢ ЖЕР ҚАТЫНАСТАРЫ БАСҚАРМАСЫ\nУПРАВЛЕНИЕ ЗЕМЕЛЬНЫХ ОТНОШЕНИЙ АКМОЛИНСКОЙ ОБЛАСТИ",
          align="c", bold=True, size=11)
    dpara(d, "020000, г. Кокшетау, ул. Абая, 96, каб. 412, тел. 8 (7162) 25-00-40", align="c", size=9, after=8)
    dpara(d, "Информация о государственных услугах\n(на исх. ЕКЦ-2027/118 от 04.03.2027)", align="c", bold=True, after=6)
    dtable(d, [head, NUMS8] + grid(rows, cols), nhead=1, size=10, center_rows=(1,),
           widths=[1.0, 2.3, 3.6, 5.2, 2.6, 4.6, 3.2, 4.6])
    dpara(d, "")
    dpara(d, "Исп.: Серікова Д.", size=10)
    dpara(d, "12.03.2027", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Серікова Д.", "2027-03-12")],
               context("Управление земельных отношений Акмолинской области", "kanc@akmo-zher.gov.kz", "990140004217",
                       rows, "information",
                       ("ЕКЦ-2027/118", "2027-03-04", "Запрос информации о государственных услугах по форме приложения 1 к Правилам"),
                       "Внести сведения по услугам 00402017 и 00402021 в базу ЕКЦ и назначить обучение (п. 8)"))
    manifest(name, "ru", "docx", "template-like 8 columns with the 1…8 row; bilingual letterhead; executor 'Исп.: Серікова Д.' with a bare date line")


def d02_kmfk_split_header():
    name = "d02-kmfk-split-header.docx"
    rows = [
        S("1.", "00901007", "Выдача лицензии на фармацевтическую деятельность",
          "Правила оказания государственной услуги «Выдача лицензии на фармацевтическую деятельность», утверждены приказом Министра здравоохранения Республики Казахстан от 27 мая 2021 года № ҚР ДСМ-46",
          "не предусмотрен",
          "приказ Министра здравоохранения РК от 03.09.2026 № ҚР ДСМ-88 «О внесении изменения в приказ Министра здравоохранения Республики Казахстан от 27 мая 2021 года № ҚР ДСМ-46»",
          "https://www.gov.kz/memleket/entities/kmfk",
          "ФИО: Ахметжанова Ляззат Серикбаевна\nДолжность: главный эксперт Управления лицензирования фармацевтической деятельности\nТел.: 8 (7172) 74-31-09\nE-mail: l.akhmetzhanova@kmfk.dsm.gov.kz",
          P("Ахметжанова Ляззат Серикбаевна", "главный эксперт Управления лицензирования фармацевтической деятельности",
            "l.akhmetzhanova@kmfk.dsm.gov.kz", "8 (7172) 74-31-09")),
    ]
    h1 = ["№ п/п", "Номер услуги в Реестре государственных услуг", "Наименование государственной услуги",
          "Реквизиты нормативных правовых актов", None, None, "Интернет-ресурс",
          "Ответственное лицо (Ф.И.О., должность)"]
    h2 = ["^", "^", "^", "Стандарт", "Регламент", "Изменения НПА", "^", "^"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(font="Arial", size=10, land=True)
    dpara(d, "Приложение к письму\nот 05.02.2027 № 04-2-14/318-И", align="r", size=9, after=6)
    dpara(d, "Сведения о государственной услуге, оказываемой Комитетом медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан",
          align="c", bold=True, after=6)
    dtable(d, [h1, h2] + grid(rows, cols), nhead=2, size=9,
           widths=[1.0, 2.2, 3.4, 5.6, 2.2, 5.0, 3.0, 5.0])
    dpara(d, "")
    dpara(d, "Исполнитель: Ахметжанова Л.С., тел. 8 (7172) 74-31-09", size=9)
    dpara(d, "«5» февраля 2027 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Ахметжанова Л.С.", "2027-02-05")],
               context("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан",
                       "kmfk@dsm.gov.kz", "170540012306", rows, "information",
                       ("ЕКЦ-2027/061", "2027-01-28", "О представлении информации по государственной услуге 00901007"),
                       "Внести сведения по услуге 00901007 в базу ЕКЦ, ответственный — Ахметжанова Л.С."))
    manifest(name, "ru", "docx", "header over two rows (std/reg/NPA under one merged cell); column 8 with labels ФИО:/Должность:/Тел.:/E-mail: on separate lines; regulation 'не предусмотрен'")


def d03_bilim_shymkent_same():
    name = "d03-bilim-shymkent-4rows-same.docx"
    c8 = "Абдикаримова Сауле Ермековна, главный специалист отдела дошкольного образования, тел. 8 (7252) 53-18-07, s.abdikarimova@shymkent-bilim.gov.kz"
    who = P("Абдикаримова Сауле Ермековна", "главный специалист отдела дошкольного образования",
            "s.abdikarimova@shymkent-bilim.gov.kz", "8 (7252) 53-18-07")
    std1 = "Правила оказания государственных услуг в сфере дошкольного воспитания и обучения, утвержденные приказом Министра просвещения Республики Казахстан от 24 апреля 2025 года № 81"
    std2 = "Правила оказания государственных услуг в сфере среднего образования, утвержденные приказом Министра просвещения Республики Казахстан от 27 мая 2025 года № 112"
    rows = [
        S("1", "01001011", "Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные организации",
          std1, "-", "-", "www.egov.kz", c8, who),
        S("2", "01001012", "Прием документов и зачисление детей в дошкольные организации",
          std1, "-", "-", "www.egov.kz", "-//-", SAME),
        S("3", "01002031", "Выдача разрешения на обучение в форме экстерната в организациях основного среднего, общего среднего образования",
          std2, "-", "Приказ Министра просвещения РК от 11.11.2026 № 240 (изменения в приложение 3 к Правилам)",
          "www.egov.kz", "-//-", SAME),
        S("4", "01002034", "Выдача дубликатов документов об основном среднем, общем среднем образовании",
          std2, "-", "-", "www.egov.kz", "-//-", SAME),
    ]
    head = ["№", "№ госуслуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (реквизиты)", "Регламент государственной услуги (реквизиты)",
            "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Управление образования города Шымкент", align="c", bold=True)
    dpara(d, "Исх. № 02-17/1184 от 03.02.2027", size=10, after=6)
    dpara(d, "Единый контакт-центр\nНа № ЕКЦ-2027/079 от 27.01.2027", align="r", size=10, after=8)
    dpara(d, "Информация о государственных услугах в сфере образования", align="c", bold=True, after=6)
    dtable(d, [head, NUMS8] + grid(rows, cols), nhead=1, size=9, center_rows=(1,),
           widths=[0.8, 2.2, 4.0, 5.2, 2.4, 3.8, 2.6, 4.5])
    dpara(d, "")
    dpara(d, "Исп. Жумабекова А.", size=9)
    dpara(d, "3 февраля 2027 года", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Жумабекова А.", "2027-02-03")],
               context("Управление образования города Шымкент", "info@shymkent-bilim.gov.kz", "160240019274",
                       rows, "information",
                       ("ЕКЦ-2027/079", "2027-01-27", "Запрос информации по государственным услугам в сфере образования"),
                       "Внести сведения по четырем услугам в базу ЕКЦ, ответственный по всем — Абдикаримова С.Е."))
    manifest(name, "ru", "docx", "four services, one responsible written once then '-//-' three times (key repeats it); regulation and NPA as '-'")


def d04_vet_reordered():
    name = "d04-minagri-vet-columns-reordered.docx"
    std = "Приказ Министра сельского хозяйства Республики Казахстан от 7 мая 2020 года № 159 «Об утверждении Правил оказания государственных услуг в области ветеринарии»"
    rows = [
        S("1", "00506004", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля и надзора",
          std, "-", "Приказ и.о. Министра сельского хозяйства РК от 22 июля 2026 года № 241", "www.gov.kz/memleket/entities/moa",
          "Тлеубаев Данияр Маратович, главный эксперт управления ветеринарной безопасности, 8 (7172) 55-62-18, d.tleubayev@minagri.gov.kz",
          P("Тлеубаев Данияр Маратович", "главный эксперт управления ветеринарной безопасности",
            "d.tleubayev@minagri.gov.kz", "8 (7172) 55-62-18")),
        S("2", "00506011", "Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов с учетом оценки эпизоотической ситуации на соответствующей территории",
          std, "-", "-", "www.gov.kz/memleket/entities/moa",
          "Оспанова Гульмира Тулеугалиевна, эксперт управления ветеринарной безопасности, 8 (7172) 55-62-40 вн. 3107, g.ospanova@minagri.gov.kz",
          P("Оспанова Гульмира Тулеугалиевна", "эксперт управления ветеринарной безопасности",
            "g.ospanova@minagri.gov.kz", "8 (7172) 55-62-40")),
    ]
    head = ["№", "Наименование государственной услуги", "Регистрационный номер услуги",
            "ФИО, должность ответственного лица", "Стандарт", "Регламент", "Изменения в НПА", "Интернет-ресурс"]
    cols = ["n", "name", "reg", "c8", "std", "rgl", "npa", "web"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Комитет ветеринарного контроля и надзора\nМинистерства сельского хозяйства Республики Казахстан", bold=True, size=11, after=6)
    dpara(d, "Информация по запросу ЕКЦ № ЕКЦ-2027/027 от 13.01.2027", align="c", after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=9, widths=[0.8, 4.6, 2.2, 4.6, 5.0, 1.6, 3.4, 3.2])
    dpara(d, "")
    dpara(d, "Исполнитель: Тлеубаев Д.М.   19.01.2027", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Тлеубаев Д.М.", "2027-01-19")],
               context("Комитет ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан",
                       "kvkn@minagri.gov.kz", "040940003718", rows, "information",
                       ("ЕКЦ-2027/027", "2027-01-13", "О представлении информации по государственным услугам в области ветеринарии"),
                       "Внести сведения по услугам 00506004 и 00506011 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "columns in another order (name before registry number, column 8 fourth, website last); an internal extension 'вн. 3107' after the phone; executor and date on one line")


def d05_almaty_upu_continued():
    name = "d05-almaty-upu-6rows-continued.docx"
    std_a = "Правила оказания государственных услуг в сфере архитектурной, градостроительной и строительной деятельности, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 15 марта 2024 года № 99"
    std_adr = "Правила оказания государственной услуги «Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан», утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 12 июня 2025 года № 226/НҚ"
    npa = "Приказ Министра промышленности и строительства РК от 02.10.2026 № 377 «О внесении изменений в приказ Министра промышленности и строительства Республики Казахстан от 15 марта 2024 года № 99»"
    web = "www.egov.kz; www.gov.kz/memleket/entities/almaty-upu"
    sag = P("Сагинтаева Мадина Ерлановна", "главный специалист отдела выдачи АПЗ", "m.sagintayeva@almaty-upu.gov.kz", "8 (727) 271-64-12")
    rows = [
        S("1", "00803001", "Выдача архитектурно-планировочного задания (АПЗ)", std_a, "—", npa, web,
          "Сагинтаева Мадина Ерлановна – главный специалист отдела выдачи АПЗ, тел. 8 (727) 271-64-12, m.sagintayeva@almaty-upu.gov.kz", sag),
        S("2", "00803006", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий, не связанных с изменением несущих и ограждающих конструкций, инженерных систем и оборудования",
          std_a, "—", npa, web,
          "Бекбосынов Арман Талгатович – ведущий специалист отдела перепланировок, тел. 8 (727) 271-64-30, моб. 8 701 733 18 05, a.bekbossynov@almaty-upu.gov.kz",
          P("Бекбосынов Арман Талгатович", "ведущий специалист отдела перепланировок", "a.bekbossynov@almaty-upu.gov.kz", "8 (727) 271-64-30")),
        S("3", "00803009", "Согласование эскиза (эскизного проекта)", std_a, "—", "—", web,
          "Сагинтаева Мадина Ерлановна – главный специалист отдела выдачи АПЗ, тел. 8 (727) 271-64-12, m.sagintayeva@almaty-upu.gov.kz", sag),
        S("4", "00803014", "Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан",
          std_adr, "—", "—", web,
          "Ким Виктория – специалист отдела адресного реестра, тел. 8 (727) 271-64-55, v.kim@almaty-upu.gov.kz",
          P("Ким Виктория", "специалист отдела адресного реестра", "v.kim@almaty-upu.gov.kz", "8 (727) 271-64-55")),
        S("5", "00803021", "Согласование размещения объекта наружной (визуальной) рекламы в городе республиканского значения",
          "Правила оказания государственной услуги «Согласование размещения объекта наружной (визуальной) рекламы», утвержденные приказом Министра национальной экономики Республики Казахстан от 22 января 2025 года № 8",
          "—", "—", web,
          "Оразбек Нұрсұлтан Асқарұлы – главный специалист отдела наружной рекламы и дизайна, тел. 8 (727) 271-65-02, n.orazbek@almaty-upu.gov.kz",
          P("Оразбек Нұрсұлтан Асқарұлы", "главный специалист отдела наружной рекламы и дизайна", "n.orazbek@almaty-upu.gov.kz", "8 (727) 271-65-02")),
        S("6", "00803025", "Выдача выписки из утвержденной градостроительной документации", std_a, "—", npa, web,
          "Жаксылыков Тимур Бахытжанович – заместитель руководителя управления, тел. 8 (727) 271-60-08",
          P("Жаксылыков Тимур Бахытжанович", "заместитель руководителя управления", None, "8 (727) 271-60-08")),
    ]
    head = ["№ п/п", "№ услуги в реестре", "Наименование государственной услуги", "Стандарт (реквизиты)",
            "Регламент (реквизиты)", "Изменения НПА", "Интернет-ресурс", "Ф.И.О., должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    w = [0.9, 2.0, 4.4, 5.4, 1.9, 4.4, 3.0, 4.8]
    d = docx_doc(size=11, land=True)
    dpara(d, "УПРАВЛЕНИЕ ГОРОДСКОГО ПЛАНИРОВАНИЯ И УРБАНИСТИКИ ГОРОДА АЛМАТЫ", align="c", bold=True)
    dpara(d, "050001, г. Алматы, пл. Республики, 4", align="c", size=9, after=8)
    dpara(d, "Информация по государственным услугам (по форме приложения 1 к Правилам взаимодействия Единого контакт-центра)", align="c", bold=True, after=6)
    g = grid(rows, cols)
    dtable(d, [head] + g[:4], nhead=1, size=9, widths=w)
    d.add_page_break()
    dpara(d, "Продолжение таблицы", align="r", italic=True, size=9, after=2)
    dtable(d, [head] + g[4:], nhead=1, size=9, widths=w)
    dpara(d, "")
    dpara(d, "Исполнитель: Жунусова К.А., тел. 8 (727) 271-60-14", size=9)
    dpara(d, "«26» октября 2026 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Жунусова К.А.", "2026-10-26")],
               context("Управление городского планирования и урбанистики города Алматы", "kense@almaty-upu.gov.kz", "180740027711",
                       rows, "information",
                       ("ЕКЦ-2026/1432", "2026-10-19", "Запрос информации о государственных услугах в сфере архитектуры и градостроительства"),
                       "Внести сведения по шести услугам в базу ЕКЦ"))
    manifest(name, "ru", "docx", "six services; the table breaks to page 2 as a second table with the header repeated and 'Продолжение таблицы'; two phones (first kept); a person without patronymic; one row without e-mail")


def d06_adilet_krg_vertical():
    name = "d06-adilet-karaganda-field-value.docx"
    rows = [
        S("1", "00601004", "Государственная регистрация расторжения брака (супружества)",
          "Правила оказания государственных услуг в сфере регистрации актов гражданского состояния и апостилирования, утвержденные приказом Министра юстиции Республики Казахстан от 28 мая 2025 года № 417",
          "отсутствует",
          "Приказ Министра юстиции РК от 17.02.2026 № 109 «О внесении изменений и дополнений в некоторые приказы Министра юстиции Республики Казахстан»",
          "www.egov.kz; https://www.gov.kz/memleket/entities/adilet-karaganda",
          "Главный специалист отдела регистрации актов гражданского состояния Департамента юстиции Карагандинской области Мұқашева Гүлнұр Сәкенқызы, тел. 8 (7212) 41-22-10, 8 777 214 09 65, g.mukasheva@adilet-krg.gov.kz",
          P("Мұқашева Гүлнұр Сәкенқызы",
            "Главный специалист отдела регистрации актов гражданского состояния Департамента юстиции Карагандинской области",
            "g.mukasheva@adilet-krg.gov.kz", "8 (7212) 41-22-10")),
    ]
    s = rows[0].c
    table = [
        ["№ п/п", s["n"]],
        ["Номер государственной услуги в реестре", s["reg"]],
        ["Наименование государственной услуги", s["name"]],
        ["Стандарт государственной услуги (реквизиты)", s["std"]],
        ["Регламент государственной услуги (реквизиты)", s["rgl"]],
        ["Изменения нормативных правовых актов", s["npa"]],
        ["Интернет-ресурс, на котором размещена информация об услуге", s["web"]],
        ["Ф.И.О., должность ответственного лица", s["c8"]],
    ]
    d = docx_doc(size=12)
    dpara(d, "Департамент юстиции Карагандинской области", bold=True, align="c")
    dpara(d, "100000, г. Караганда, ул. Ерубаева, 41", align="c", size=10, after=10)
    dpara(d, "Руководителю Единого контакт-центра", align="r")
    dpara(d, "на № ЕКЦ-2026/201 от 04.02.2026", align="r", size=10, after=10)
    dpara(d, "Во исполнение пункта 5 Правил взаимодействия Единого контакт-центра направляем информацию по государственной услуге.",
          align="j", indent=1.25, after=8)
    dtable(d, [["Показатель", "Сведения"]] + table, nhead=1, size=11, widths=[6.0, 11.0])
    dpara(d, "")
    dpara(d, "Исп.: Мұқашева Г.С.\nтел.: 41-22-10", size=10)
    dpara(d, "10.02.2026", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Мұқашева Г.С.", "2026-02-10")],
               context("Департамент юстиции Карагандинской области", "karaganda@adilet.gov.kz", "950940002285", rows, "appointment",
                       ("ЕКЦ-2026/201", "2026-02-04", "О назначении ответственного лица и представлении информации по услуге 00601004"),
                       "Зарегистрировать ответственное лицо (Мұқашева Г.С.) и внести сведения по услуге 00601004"))
    manifest(name, "ru", "docx", "one service turned on its side: a two-column 'Показатель | Сведения' table; column 8 position first, then the name; two phones; first reply (awaiting appointment)")


def d07_enbek_vko_merged():
    name = "d07-enbek-vko-merged-cells.docx"
    who = P("Кравченко Ольга Викторовна", "руководитель отдела социальной помощи", "o.kravchenko@vko-enbek.gov.kz", "8 (7232) 57-33-19")
    c8 = "Кравченко Ольга Викторовна, руководитель отдела социальной помощи, тел. 8 (7232) 57-33-19, o.kravchenko@vko-enbek.gov.kz"
    rows = [
        S("1", "00201009", "Назначение жилищной помощи",
          "Правила оказания государственной услуги «Назначение жилищной помощи», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 3 сентября 2024 года № 318",
          "-", "-", "www.egov.kz\nwww.gov.kz/memleket/entities/vko-enbek", c8, who),
        S("2", "00201016", "Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов",
          "Правила оказания государственной услуги, утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 5 февраля 2025 года № 44",
          "-", "Приказ МТСЗН РК от 18.05.2026 № 163", "^", "^", SAME),
        S("3", "00201022", "Оформление документов на инвалидов для предоставления им протезно-ортопедической помощи",
          "Правила оказания государственных услуг в сфере социальной защиты лиц с инвалидностью, утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 29 июня 2024 года № 224",
          "-", "-", "^", "^", SAME),
    ]
    head = ["№", "№ услуги в реестре", "Наименование услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Шығыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", align="c", size=10)
    dpara(d, "Управление координации занятости и социальных программ Восточно-Казахстанской области", align="c", bold=True, after=8)
    dpara(d, "Информация по государственным услугам", align="c", bold=True, after=4)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=9, widths=[0.8, 2.0, 4.2, 6.0, 2.0, 3.4, 3.6, 4.4])
    dpara(d, "")
    dpara(d, "Исп: Кравченко О.В.", size=9)
    dpara(d, "17 июня 2026 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Кравченко О.В.", "2026-06-17")],
               context("Управление координации занятости и социальных программ Восточно-Казахстанской области",
                       "enbek@vko.gov.kz", "030240006314", rows, "information",
                       ("ЕКЦ-2026/822", "2026-06-09", "Запрос информации о государственных услугах в сфере социальной защиты"),
                       "Внести сведения по услугам 00201009, 00201016, 00201022 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "website and column 8 are one vertically merged cell over three rows (key repeats them on every row); website cell holds two addresses on two lines")


def d08_religion_footnotes():
    name = "d08-religion-footnote-marks.docx"
    std = "Правила оказания государственных услуг в сфере религиозной деятельности, утвержденные приказом Министра культуры и информации Республики Казахстан от 16 января 2024 года № 12-НҚ"
    rows = [
        S("1", "00805002", "Проведение регистрации и перерегистрации лиц, осуществляющих миссионерскую деятельность",
          std, "—", "Приказ Министра культуры и информации РК от 04.05.2026 № 156-НҚ", "www.egov.kz",
          "Байжанов Асылбек Нурланович, главный эксперт Управления государственной политики в сфере религии, тел.: 8 (7172) 74-05-63, вн. 2214; a.baizhanov@mki.gov.kz",
          P("Байжанов Асылбек Нурланович", "главный эксперт Управления государственной политики в сфере религии",
            "a.baizhanov@mki.gov.kz", "8 (7172) 74-05-63")),
        S("2", "00805004", "Выдача решения о согласовании расположения помещений для проведения религиозных мероприятий за пределами культовых зданий (сооружений)",
          std, "—", "—", "www.egov.kz",
          "Серикбаева Жанар Абаевна, эксперт Управления государственной политики в сфере религии, тел.: 8 (7172) 74-05-71; zh.serikbayeva@mki.gov.kz",
          P("Серикбаева Жанар Абаевна", "эксперт Управления государственной политики в сфере религии",
            "zh.serikbayeva@mki.gov.kz", "8 (7172) 74-05-71")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги*", "Регламент государственной услуги**",
            "Изменения нормативных правовых актов", "Интернет-ресурс¹",
            "Фамилия, имя, отчество, должность ответственного лица²"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Комитет по делам религий Министерства культуры и информации Республики Казахстан", align="c", bold=True, after=8)
    dpara(d, "Приложение 1 к Правилам взаимодействия ЕКЦ (заполненная форма)", align="c", after=6)
    dtable(d, [head, NUMS8] + grid(rows, cols), nhead=1, size=9, center_rows=(1,),
           widths=[0.9, 2.2, 4.4, 5.4, 2.2, 3.6, 2.4, 5.0])
    dpara(d, "")
    dpara(d, "* Стандарты государственных услуг включены в правила оказания государственных услуг.", size=8, italic=True)
    dpara(d, "** Регламенты государственных услуг в настоящее время не утверждаются.", size=8, italic=True)
    dpara(d, "¹ Информация также размещена на странице Комитета на портале gov.kz.", size=8, italic=True)
    dpara(d, "² Телефоны указаны с внутренними номерами.", size=8, italic=True, after=8)
    dpara(d, "Исп. Байжанов А.Н.", size=9)
    dpara(d, "«12» марта 2027 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Байжанов А.Н.", "2027-03-12")],
               context("Комитет по делам религий Министерства культуры и информации Республики Казахстан", "kdr@mki.gov.kz",
                       "060540011293", rows, "information",
                       ("ЕКЦ-2027/133", "2027-03-05", "Запрос информации по государственным услугам в сфере религиозной деятельности"),
                       "Внести сведения по услугам 00805002 и 00805004 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "footnote marks (*, **, ¹, ²) in header cells and footnotes between the table and the executor line; 'вн. 2214' after the phone")


def d09_arhiv_kostanai_kk():
    name = "d09-arhiv-kostanai-kk.docx"
    rows = [
        S("1", "00703002", "Мұрағаттық анықтамалар беру",
          "«Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2025 жылғы 14 наурыздағы № 97-НҚ бұйрығымен бекітілген",
          "жоқ", "жоқ", "www.egov.kz",
          "Тоқтарова Әйгерім Маратқызы – мұрағаттық анықтамалар бөлімінің бас маманы, тел. 8 (7142) 50-36-14, a.toktarova@qostanai-arhiv.gov.kz",
          P("Тоқтарова Әйгерім Маратқызы", "мұрағаттық анықтамалар бөлімінің бас маманы",
            "a.toktarova@qostanai-arhiv.gov.kz", "8 (7142) 50-36-14")),
        S("2", "00703004", "Мұрағат құжаттарының көшірмелерін және мұрағаттық үзінділерді беру",
          "«Мұрағат құжаттарының көшірмелерін және мұрағаттық үзінділерді беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2025 жылғы 14 наурыздағы № 97-НҚ бұйрығымен бекітілген",
          "жоқ", "ҚР Мәдениет және ақпарат министрінің 2026 жылғы 2 қыркүйектегі № 311-НҚ бұйрығы", "www.egov.kz",
          "сол сияқты", SAME),
    ]
    head = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
            "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері)", "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері)",
            "Нормативтік құқықтық актілерге енгізілген өзгерістер", "Қызмет туралы ақпарат орналастырылған интернет-ресурс",
            "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Қостанай облысы әкімдігінің мәдениет, архивтер және құжаттама басқармасы", align="c", bold=True)
    dpara(d, "110000, Қостанай қаласы, Әл-Фараби даңғылы, 66", align="c", size=9, after=8)
    dpara(d, "Бірыңғай байланыс орталығының 2027 жылғы 5 наурыздағы № ЕКЦ-2027/126 сұрауына", align="r", size=10, after=6)
    dpara(d, "Мемлекеттік көрсетілетін қызметтер туралы ақпарат", align="c", bold=True, after=6)
    dtable(d, [head, NUMS8] + grid(rows, cols), nhead=1, size=9, center_rows=(1,),
           widths=[0.9, 2.4, 3.6, 6.2, 2.2, 3.6, 2.6, 4.6])
    dpara(d, "")
    dpara(d, "Орындаған: Қасымова Г.Т.", size=9)
    dpara(d, "12 наурыз 2027 ж.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Қасымова Г.Т.", "2027-03-12", lang="kk")],
               context("Управление культуры, архивов и документации акимата Костанайской области", "arhiv@kostanay.gov.kz",
                       "050440012788", rows, "information",
                       ("ЕКЦ-2027/126", "2027-03-05", "Запрос информации о государственных услугах в сфере архивного дела"),
                       "Внести сведения по услугам 00703002 и 00703004 в базу ЕКЦ",
                       names=["Выдача архивных справок", "Выдача копий архивных документов и архивных выписок"]))
    manifest(name, "kk", "docx", "Kazakh headers and content; 'жоқ' in empty columns (null); column 8 of row 2 is 'сол сияқты' (repeat); date '12 наурыз 2027 ж.'; executor 'Орындаған:'")


def d10_vet_bko_bilingual():
    name = "d10-vet-bko-bilingual-headers.docx"
    std = "Правила оказания государственных услуг в области ветеринарии, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 7 мая 2020 года № 159"
    ism = P("Исмагулов Марат Серикович", "главный ветеринарный врач отдела ветеринарной безопасности",
            "marat.ismagulov@bko-vet.gov.kz", "+7 701 455 20 17")
    rows = [
        S("1", "00506021", "Выдача ветеринарной справки", std, "-", "-", "www.egov.kz",
          "Исмагулов Марат Серикович – главный ветеринарный врач отдела ветеринарной безопасности, моб. +7 701 455 20 17, marat.ismagulov@bko-vet.gov.kz", ism),
        S("2", "00506023", "Выдача ветеринарного паспорта на животное и выписки из него", std, "-",
          "Приказ Министра сельского хозяйства РК от 29.09.2026 № 318 «О внесении изменений в приказ № 159»", "www.egov.kz",
          "Хамитова Динара Жумабаевна – ведущий специалист отдела идентификации животных, тел. 8 (7112) 24-17-66, 8 705 612 33 48, d.khamitova@bko-vet.gov.kz",
          P("Хамитова Динара Жумабаевна", "ведущий специалист отдела идентификации животных", "d.khamitova@bko-vet.gov.kz", "8 (7112) 24-17-66")),
        S("3", "00506030", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты в пределах области", std, "-", "-", "www.egov.kz",
          "Исмагулов Марат Серикович, главный ветеринарный врач отдела ветеринарной безопасности, моб. +7 701 455 20 17, marat.ismagulov@bko-vet.gov.kz", ism),
    ]
    head = ["Р/с №\n№ п/п", "Мемлекеттік қызметтің тізілімдегі № /\n№ государственной услуги в реестре",
            "Мемлекеттік қызметтің атауы /\nНаименование государственной услуги",
            "Мемлекеттік қызмет стандарты /\nСтандарт государственной услуги",
            "Мемлекеттік қызмет регламенті /\nРегламент государственной услуги",
            "НҚА өзгерістері /\nИзменения НПА", "Интернет-ресурс",
            "Жауапты тұлғаның Т.А.Ә., лауазымы /\nФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Батыс Қазақстан облысы әкімдігінің ветеринария басқармасы\nУправление ветеринарии акимата Западно-Казахстанской области",
          align="c", bold=True, after=8)
    dpara(d, "Мемлекеттік қызметтер туралы ақпарат / Информация о государственных услугах", align="c", bold=True, after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=9, widths=[1.1, 2.4, 3.6, 5.0, 2.4, 3.4, 2.4, 5.4])
    dpara(d, "")
    dpara(d, "Орындаған / Исп.: Хамитова Д.Ж.", size=9)
    dpara(d, "24.11.2026", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Хамитова Д.Ж.", "2026-11-24", lang=None)],
               context("Управление ветеринарии акимата Западно-Казахстанской области", "vet@bko.gov.kz", "080640004417",
                       rows, "information",
                       ("ЕКЦ-2026/1590", "2026-11-17", "Запрос информации о государственных услугах в области ветеринарии"),
                       "Внести сведения по услугам 00506021, 00506023, 00506030 в базу ЕКЦ"))
    manifest(name, "kk+ru", "docx", "bilingual header cells (Kazakh / Russian, with line breaks); mobile-only phone; two phones in a cell; same person written out twice with different separators")


# ============================================================================= DOCX, 11-20


def d11_energo_cover_then_form():
    name = "d11-energo-cover-letter-then-form.docx"
    rows = [
        S("1", "01101005", "Выдача лицензии на занятие деятельностью по эксплуатации магистральных газопроводов, магистральных нефтепроводов, магистральных нефтепродуктопроводов",
          "Приказ Министра энергетики Республики Казахстан от 21 августа 2025 года № 318-н/қ «Об утверждении Правил оказания государственных услуг в сфере лицензирования деятельности в области нефти и газа»",
          "-", "изменений нет", "www.elicense.kz",
          "Досжанов Ерболат Аскарович\nглавный эксперт Департамента нефтяной промышленности\n8 (7172) 78-69-24\ne.doszhanov@energo.gov.kz",
          P("Досжанов Ерболат Аскарович", "главный эксперт Департамента нефтяной промышленности",
            "e.doszhanov@energo.gov.kz", "8 (7172) 78-69-24")),
    ]
    head = ["№", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (с указанием его реквизитов)",
            "Регламент государственной услуги (с указанием его реквизитов)",
            "Изменения нормативных правовых актов", "Интернет-ресурс",
            "Фамилия, имя, отчество, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=13)
    dpara(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЭНЕРГЕТИКА МИНИСТРЛІГІ\nМИНИСТЕРСТВО ЭНЕРГЕТИКИ РЕСПУБЛИКИ КАЗАХСТАН",
          align="c", bold=True, size=11)
    dpara(d, "010000, Астана қ., Қабанбай батыр даңғылы, 19, «А» блогы", align="c", size=9, after=10)
    dpara(d, "22.01.2027 № 08-01-27/412", size=11)
    dpara(d, "На № ЕКЦ-2027/044 от 15.01.2027", size=11, after=12)
    dpara(d, "Единый контакт-центр\nпо вопросам оказания\nгосударственных услуг", align="r", bold=True, after=12)
    dpara(d, "Министерство энергетики Республики Казахстан, рассмотрев Ваш запрос о представлении информации "
             "о государственной услуге, направляет заполненную форму согласно приложению 1 к Правилам взаимодействия "
             "Единого контакт-центра по вопросам оказания государственных услуг.", align="j", indent=1.25, after=6)
    dpara(d, "Приложение: на 1 листе.", indent=1.25, after=24)
    dpara(d, "Вице-министр                                                                         Н. Сапаров", bold=True, after=36)
    dpara(d, "Исп.: Досжанов Е.А., 78-69-24", size=9)
    d.add_section()
    sec = d.sections[-1]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    dpara(d, "Приложение\nк письму от 22.01.2027 № 08-01-27/412", align="r", size=10, after=8)
    dpara(d, "Запрос о предоставлении информации о государственной услуге", align="c", bold=True, size=12, after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=10, widths=[0.8, 2.2, 4.6, 6.0, 2.4, 2.4, 2.4, 5.0])
    dpara(d, "")
    dpara(d, "Исполнитель: Досжанов Е.А.", size=10)
    dpara(d, "Дата: двадцать второе января две тысячи двадцать седьмого года", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Досжанов Е.А.", "2027-01-22")],
               context("Министерство энергетики Республики Казахстан", "kense@energo.gov.kz", "140240009812", rows, "information",
                       ("ЕКЦ-2027/044", "2027-01-15", "О представлении информации по государственной услуге 01101005"),
                       "Внести сведения по услуге 01101005 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "a covering letter (with its own 'Исп.:' line) on a portrait page, the form on a landscape page after it; column 8 as four lines (name, position, phone, e-mail); NPA 'изменений нет'; date written in words")


def d12_zags_pavlodar_group_rows():
    name = "d12-zags-pavlodar-group-rows-blank-rows.docx"
    std = "Правила оказания государственных услуг в сфере регистрации актов гражданского состояния и апостилирования, утвержденные приказом Министра юстиции Республики Казахстан от 28 мая 2025 года № 417"
    shev = P("Шевченко Наталья Александровна", "руководитель отдела ЗАГС акимата города Павлодара",
             "zags.pvl@pavlodar.gov.kz", "8 (7182) 32-15-40")
    rows = [
        S("1", "00601001", "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния",
          std, "нет", "нет", "www.egov.kz",
          "Шевченко Наталья Александровна, руководитель отдела ЗАГС акимата города Павлодара, тел. 8 (7182) 32-15-40, zags.pvl@pavlodar.gov.kz", shev),
        S("2", "00601002", "Государственная регистрация заключения брака (супружества)", std, "нет", "нет", "www.egov.kz",
          "Жүсіпова Арайлым Ерланқызы, главный специалист отдела ЗАГС, тел. 8 (7182) 32-15-44",
          P("Жүсіпова Арайлым Ерланқызы", "главный специалист отдела ЗАГС", None, "8 (7182) 32-15-44")),
        S("3", "00601012", "Апостилирование официальных документов, исходящих из органов регистрации актов гражданского состояния",
          std, "нет", "Приказ Министра юстиции РК от 17.02.2026 № 109", "www.egov.kz",
          "Шевченко Наталья Александровна, руководитель отдела ЗАГС акимата города Павлодара, тел. 8 (7182) 32-15-40, zags.pvl@pavlodar.gov.kz", shev),
    ]
    head = ["№ п/п", "№ услуги в реестре", "Наименование государственной услуги", "Стандарт (реквизиты)",
            "Регламент (реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    g = grid(rows, cols)
    table = [head,
             ["Государственная регистрация актов гражданского состояния"] + [None] * 7,
             g[0], g[1],
             ["Апостилирование"] + [None] * 7,
             g[2],
             [""] * 8, [""] * 8]
    d = docx_doc(size=11, land=True)
    dpara(d, "Отдел регистрации актов гражданского состояния акимата города Павлодара", align="c", bold=True, after=8)
    dpara(d, "Информация по государственным услугам (ответ на запрос ЕКЦ-2026/1208 от 01.09.2026)", align="c", after=6)
    dtable(d, table, nhead=1, size=9, widths=[0.9, 2.0, 4.6, 6.0, 2.0, 3.4, 2.4, 4.8], bold_rows=(1, 4))
    dpara(d, "")
    dpara(d, "Исп. Жүсіпова А.Е.", size=9)
    dpara(d, "09.09.2026", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Жүсіпова А.Е.", "2026-09-09")],
               context("Отдел регистрации актов гражданского состояния акимата города Павлодара", "zags.pvl@pavlodar.gov.kz",
                       "081140016623", rows, "information",
                       ("ЕКЦ-2026/1208", "2026-09-01", "Запрос информации о государственных услугах в сфере регистрации актов гражданского состояния"),
                       "Внести сведения по услугам 00601001, 00601002, 00601012 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "group rows merged across the table ('Апостилирование') between services, two empty rows left at the end; 'нет' in regulation/NPA (null); a row with phone but no e-mail")


def d13_kasipker_zhambyl_split_c8():
    name = "d13-trade-zhambyl-responsible-in-two-columns.docx"
    std = "Правила оказания государственных услуг в сфере производства и оборота алкогольной продукции, утвержденные приказом Министра финансов Республики Казахстан от 29 апреля 2025 года № 201"
    rows = [
        S("1", "01205013", "Выдача лицензии на розничную реализацию алкогольной продукции", std, "–", "–", "www.elicense.kz",
          None, P("Сейткали Нурлан Бекович", "главный специалист отдела лицензирования", "n.seitkali@zhambyl-kasipker.gov.kz", "8 (7262) 43-55-17"),
          fio="Сейткали Нурлан Бекович",
          pos="главный специалист отдела лицензирования, 8 (7262) 43-55-17, n.seitkali@zhambyl-kasipker.gov.kz"),
        S("2", "01205020", "Выдача лицензии на хранение и розничную реализацию алкогольной продукции на территории ее производства",
          std, "–", "–", "www.elicense.kz",
          None, P("Байменова Алтынай Ерболовна", "ведущий специалист отдела лицензирования", "a.baimenova@zhambyl-kasipker.gov.kz", "8 (7262) 43-55-19"),
          fio="Байменова Алтынай Ерболовна",
          pos="ведущий специалист отдела лицензирования\n8 (7262) 43-55-19\na.baimenova@zhambyl-kasipker.gov.kz"),
    ]
    h1 = ["№", "№ в реестре госуслуг", "Наименование госуслуги", "Стандарт госуслуги", "Регламент госуслуги",
          "Изменения НПА", "Интернет-ресурс", "Ответственное лицо", None]
    h2 = ["^", "^", "^", "^", "^", "^", "^", "Ф.И.О.", "Должность, контакты"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "fio", "pos"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Управление предпринимательства и торговли акимата Жамбылской области", align="c", bold=True)
    dpara(d, "Исх. № 05-11/892 от 14.05.2026", align="c", size=9, after=8)
    dpara(d, "Информация о государственных услугах", align="c", bold=True, after=4)
    dtable(d, [h1, h2] + grid(rows, cols), nhead=2, size=9, widths=[0.8, 2.0, 4.2, 5.6, 2.0, 1.8, 2.4, 3.2, 4.4])
    dpara(d, "")
    dpara(d, "Исп.: Сейткали Н.Б.", size=9)
    dpara(d, "« 14 » мая 2026 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Сейткали Н.Б.", "2026-05-14")],
               context("Управление предпринимательства и торговли акимата Жамбылской области", "kasipker@zhambyl.gov.kz",
                       "120340021906", rows, "information",
                       ("ЕКЦ-2026/644", "2026-05-06", "Запрос информации по государственным услугам в сфере оборота алкогольной продукции"),
                       "Внести сведения по услугам 01205013 и 01205020 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "column 8 split by the clerk into two sub-columns 'Ф.И.О.' | 'Должность, контакты' under a merged 'Ответственное лицо' (nine columns in all); dashes '–' (en dash)")


def d14_akim_okrug_portrait():
    name = "d14-akim-okrug-1row-portrait.docx"
    rows = [
        S("1", "00405003", "Выдача справки о наличии личного подсобного хозяйства",
          "Правила оказания государственной услуги «Выдача справки о наличии личного подсобного хозяйства», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 20 апреля 2025 года № 136",
          "Нет", "Нет", "www.egov.kz",
          "Утегенова Гульнар Кайратовна, главный специалист аппарата акима сельского округа, тел. 8 (71130) 2-14-56 (вн. 105), utegenova.g@baiterek-pr.gov.kz",
          P("Утегенова Гульнар Кайратовна", "главный специалист аппарата акима сельского округа",
            "utegenova.g@baiterek-pr.gov.kz", "8 (71130) 2-14-56")),
    ]
    head = ["№ п/п", "№ гос. услуги в реестре", "Наименование гос. услуги", "Стандарт гос. услуги (реквизиты)",
            "Регламент гос. услуги (реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=12, margins=(2.5, 2.0, 1.0, 2.0))
    dpara(d, "Аппарат акима Переметного сельского округа\nБайтерекского района Западно-Казахстанской области", bold=True, after=10)
    dpara(d, "В Единый контакт-центр", align="r")
    dpara(d, "на запрос № ЕКЦ-2026/455 от 31.03.2026", align="r", size=10, after=10)
    dpara(d, "Направляем сведения по государственной услуге, оказываемой аппаратом акима сельского округа. "
             "Ответственным лицом за представление информации и проведение обучения определена главный специалист "
             "Утегенова Г.К.", align="j", indent=1.25, after=8)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=8, widths=[0.7, 1.8, 2.2, 3.4, 1.5, 1.3, 1.9, 3.4])
    dpara(d, "")
    dpara(d, "Ф.И.О. ответственного исполнителя: Утегенова Г.К.", size=10)
    dpara(d, "Дата: «07» апреля 2026 г.", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Утегенова Г.К.", "2026-04-07")],
               context("Аппарат акима Переметного сельского округа Байтерекского района Западно-Казахстанской области",
                       "peremetnoe@baiterek-pr.gov.kz", "060940013377", rows, "appointment",
                       ("ЕКЦ-2026/455", "2026-03-31", "О назначении ответственного лица и представлении информации по услуге 00405003"),
                       "Зарегистрировать ответственное лицо Утегенову Г.К. и внести сведения по услуге 00405003"))
    manifest(name, "ru", "docx", "narrow portrait table with 8-pt text; area-code phone with '(вн. 105)'; 'Нет' in two columns; template-style executor and date lines; first reply")


def d15_sci_quality_repeat_header():
    name = "d15-mnvo-5rows-repeat-header.docx"
    std_l = "Правила оказания государственной услуги «Выдача лицензии на занятие образовательной деятельностью», утвержденные приказом Министра науки и высшего образования Республики Казахстан от 6 марта 2025 года № 45"
    std_n = "Правила признания и нострификации документов об образовании, утвержденные приказом Министра науки и высшего образования Республики Казахстан от 18 октября 2024 года № 511"
    erg = P("Ерғали Мадияр Сабитұлы", "главный эксперт Управления лицензирования", "m.yergali@sci.gov.kz", "+7 (7172) 57-41-20")
    li = P("Ли Анна Сергеевна", "эксперт Управления признания документов об образовании", "a.li@sci.gov.kz", "+7 (7172) 57-41-33")
    rows = [
        S("1", "01003001", "Выдача лицензии на занятие образовательной деятельностью", std_l, "-", "-", "www.elicense.kz",
          "Ерғали Мадияр Сабитұлы – главный эксперт Управления лицензирования, тел. +7 (7172) 57-41-20, m.yergali@sci.gov.kz", erg),
        S("2", "01003002", "Переоформление лицензии и (или) приложения к лицензии на занятие образовательной деятельностью",
          std_l, "-", "-", "www.elicense.kz", "то же", SAME),
        S("3", "01003007", "Признание документов об образовании", std_n, "-",
          "Приказ Министра науки и высшего образования РК от 30.12.2026 № 602 «О внесении изменений в приказ от 18 октября 2024 года № 511»",
          "www.egov.kz",
          "Ли Анна Сергеевна – эксперт Управления признания документов об образовании, тел. +7 (7172) 57-41-33, a.li@sci.gov.kz", li),
        S("4", "01003008", "Нострификация документов об образовании", std_n, "-",
          "Приказ Министра науки и высшего образования РК от 30.12.2026 № 602 «О внесении изменений в приказ от 18 октября 2024 года № 511»",
          "www.egov.kz", "аналогично", SAME),
        S("5", "01003015", "Апостилирование документов об образовании",
          "Правила апостилирования документов об образовании, утвержденные приказом Министра науки и высшего образования Республики Казахстан от 12 ноября 2024 года № 538",
          "-", "-", "www.egov.kz",
          "Нұрмағамбетова Дана – эксперт Управления признания документов об образовании, тел. +7 (7172) 57-41-35, d.nurmagambetova@sci.gov.kz",
          P("Нұрмағамбетова Дана", "эксперт Управления признания документов об образовании", "d.nurmagambetova@sci.gov.kz", "+7 (7172) 57-41-35")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (реквизиты)", "Регламент государственной услуги (реквизиты)",
            "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация",
            "Ф.И.О., должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=12, land=True)
    dpara(d, "Комитет по обеспечению качества в сфере науки и высшего образования\nМинистерства науки и высшего образования Республики Казахстан",
          align="c", bold=True, after=10)
    dpara(d, "Информация о государственных услугах Комитета\n(к запросу ЕКЦ № ЕКЦ-2027/090 от 09.02.2027)", align="c", after=8)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=11, repeat=True, widths=[1.0, 2.2, 3.8, 5.6, 2.0, 4.2, 2.6, 4.6])
    dpara(d, "")
    dpara(d, "Исп. Ерғали М.С., 57-41-20", size=10)
    dpara(d, "16/02/2027", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Ерғали М.С.", "2027-02-16")],
               context("Комитет по обеспечению качества в сфере науки и высшего образования Министерства науки и высшего образования Республики Казахстан",
                       "kokson@sci.gov.kz", "220640031052", rows, "information",
                       ("ЕКЦ-2027/090", "2027-02-09", "Запрос информации по государственным услугам Комитета"),
                       "Внести сведения по пяти услугам в базу ЕКЦ"))
    manifest(name, "ru", "docx", "five services in one table that runs over two pages with the header row marked to repeat; 'то же' and 'аналогично' in column 8; date '16/02/2027'; a name without patronymic")


def d16_zhkh_saryagash_kk_headers():
    name = "d16-zhkh-saryagash-kk-headers-ru-content.docx"
    std1 = "Правила оказания государственной услуги «Выдача справки о наличии либо отсутствии жилища (принадлежащего на праве собственности) по Республике Казахстан», утвержденные приказом Министра промышленности и строительства Республики Казахстан от 2 мая 2024 года № 160"
    std2 = "Правила оказания государственной услуги «Постановка на учет и очередность граждан, нуждающихся в жилище из коммунального жилищного фонда», утвержденные приказом Министра промышленности и строительства Республики Казахстан от 2 мая 2024 года № 160"
    rows = [
        S("1", "00808002", "Выдача справки о наличии либо отсутствии жилища (принадлежащего на праве собственности) по Республике Казахстан",
          std1, "—", "—", "www.egov.kz",
          "Есенова Камшат Бахытовна, заведующий сектором жилищного учета, тел. 8 (72537) 2-18-44, k.yessenova@saryagash-zhkh.gov.kz",
          P("Есенова Камшат Бахытовна", "заведующий сектором жилищного учета", "k.yessenova@saryagash-zhkh.gov.kz", "8 (72537) 2-18-44")),
        S("2", "00808005", "Постановка на учет и очередность граждан, нуждающихся в жилище из коммунального жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде",
          std2, "—", "Приказ Министра промышленности и строительства РК от 11.06.2026 № 214", "www.egov.kz",
          "Алимжанов Бекзат Нурланулы, главный специалист, моб. 8 707 118 40 92",
          P("Алимжанов Бекзат Нурланулы", "главный специалист", None, "8 707 118 40 92")),
    ]
    head = ["№", "Тізілім бойынша қызмет нөмірі", "Мемлекеттік қызмет атауы",
            "Қызмет стандарты (бекітілген актінің деректемелері)", "Қызмет регламенті (бекітілген актінің деректемелері)",
            "НҚА-ға өзгерістер", "Ақпарат орналастырылған интернет-ресурс", "Жауапты адамның Т.А.Ә., лауазымы"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "«Сарыағаш ауданының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі» ММ",
          align="c", bold=True, after=8)
    dpara(d, "Бірыңғай байланыс орталығына\n2026 жылғы 14 қазандағы № ЕКЦ-2026/1377 хатқа", align="r", size=10, after=8)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=9, widths=[0.8, 2.0, 4.8, 6.2, 2.2, 3.0, 2.4, 4.4])
    dpara(d, "")
    dpara(d, "Орындаған: Есенова К.Б.", size=9)
    dpara(d, "2026 жылғы 21 қазан", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Есенова К.Б.", "2026-10-21", lang=None)],
               context("Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Сарыагашского района",
                       "zhkh@saryagash.gov.kz", "110340018832", rows, "information",
                       ("ЕКЦ-2026/1377", "2026-10-14", "Запрос информации по государственным услугам в жилищной сфере"),
                       "Внести сведения по услугам 00808002 и 00808005 в базу ЕКЦ"))
    manifest(name, "kk+ru", "docx", "Kazakh headers and Kazakh letterhead over Russian cell content; executor 'Орындаған:' and date '2026 жылғы 21 қазан'; position without department; mobile number only")


def d17_tabigat_pvl_hyphenated():
    name = "d17-ecology-pavlodar-hyphenated-headers.docx"
    std = "Правила оказания государственных услуг в области охраны окружающей среды, утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 2 июня 2025 года № 176"
    rows = [
        S("1", "01502004", "Выдача экологического разрешения для объектов II категории", std, "—",
          "Приказ МЭПР РК от 20.08.2026 № 262 «О внесении изменений в приказ № 176»", "www.elicense.kz",
          "Должность: руководитель отдела экологического регулирования; ФИО: Смагулов Айдос Каиргельдинович; тел. 8 (7182) 55-07-31; эл. почта: a.smagulov@pvl-tabigat.gov.kz",
          P("Смагулов Айдос Каиргельдинович", "руководитель отдела экологического регулирования", "a.smagulov@pvl-tabigat.gov.kz", "8 (7182) 55-07-31")),
        S("2", "01502009", "Выдача заключения государственной экологической экспертизы для объектов II категории", std, "—", "—",
          "www.elicense.kz",
          "Абенова Жанна Толегеновна – главный специалист отдела экологического регулирования, 8 (7182) 55-07-36, zh.abenova@pvl-tabigat.gov.kz",
          P("Абенова Жанна Толегеновна", "главный специалист отдела экологического регулирования", "zh.abenova@pvl-tabigat.gov.kz", "8 (7182) 55-07-36")),
        S("3", "01502015", "Выдача лесорубочного и лесного билета",
          "Правила оказания государственной услуги «Выдача лесорубочного и лесного билета», утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 14 апреля 2025 года № 103",
          "—", "—", "www.egov.kz",
          "Кусаинов Серик Жумабекович – главный специалист отдела лесного хозяйства и животного мира, 8 (7182) 55-07-48",
          P("Кусаинов Серик Жумабекович", "главный специалист отдела лесного хозяйства и животного мира", None, "8 (7182) 55-07-48")),
    ]
    head = ["№ п/п", "№ госу-дарствен-ной услуги в реест-ре", "Наимено-вание государст-венной услуги",
            "Стандарт государст-венной услуги (с указа-нием его рекви-зитов)", "Регла-мент государст-венной услуги",
            "Измене-ния норма-тивных право-вых актов", "Интер-нет-ресурс",
            "Фамилия, имя, отчест-во, долж-ность ответст-венного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Управление природных ресурсов и регулирования природопользования Павлодарской области", align="c", bold=True)
    dpara(d, "140000, г. Павлодар, ул. Академика Сатпаева, 49", align="c", size=9, after=8)
    dpara(d, "на № ЕКЦ-2026/1170 от 24.08.2026", size=10, after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=9, widths=[0.9, 1.8, 3.6, 6.0, 1.8, 4.0, 2.2, 5.6])
    dpara(d, "")
    dpara(d, "Исп.: Абенова Ж.Т.", size=9)
    dpara(d, "31 августа 2026 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Абенова Ж.Т.", "2026-08-31")],
               context("Управление природных ресурсов и регулирования природопользования Павлодарской области",
                       "tabigat@pavlodar.gov.kz", "021140001569", rows, "information",
                       ("ЕКЦ-2026/1170", "2026-08-24", "Запрос информации по государственным услугам в области охраны окружающей среды"),
                       "Внести сведения по услугам 01502004, 01502009, 01502015 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "header words broken with hyphens ('Наимено-вание государст-венной услуги'); column 8 labelled with position first ('Должность: …; ФИО: …'); a row without e-mail")


def d18_dz_turkistan_numbers_row_only():
    name = "d18-health-turkistan-6rows-continued-numbers-only.docx"
    std_lic = "Правила оказания государственной услуги «Выдача лицензии на медицинскую деятельность», утвержденные приказом Министра здравоохранения Республики Казахстан от 30 июня 2025 года № ҚР ДСМ-61"
    std_spr = "Правила выдачи справок организациями здравоохранения, утвержденные приказом Министра здравоохранения Республики Казахстан от 18 августа 2025 года № ҚР ДСМ-78"
    osp = P("Оспанов Берик Алибекович", "руководитель отдела лицензирования", "b.ospanov@turkistan-dz.gov.kz", "8 (7253) 56-12-01")
    ali = P("Алиева Зарина Рустамовна", "главный специалист отдела организации медицинской помощи", "z.aliyeva@turkistan-dz.gov.kz", "8 (7253) 56-12-18")
    rows = [
        S("1", "00902011", "Выдача лицензии на медицинскую деятельность", std_lic, "-", "-", "www.elicense.kz",
          "Оспанов Берик Алибекович – руководитель отдела лицензирования, 8 (7253) 56-12-01, b.ospanov@turkistan-dz.gov.kz", osp),
        S("2", "00902012", "Переоформление лицензии и (или) приложения к лицензии на медицинскую деятельность", std_lic, "-", "-",
          "www.elicense.kz", "-//-", SAME),
        S("3", "00902020", "Выдача справки с психоневрологического диспансера", std_spr, "-", "-", "www.egov.kz",
          "Алиева Зарина Рустамовна – главный специалист отдела организации медицинской помощи, 8 (7253) 56-12-18, z.aliyeva@turkistan-dz.gov.kz", ali),
        S("4", "00902021", "Выдача справки с наркологического диспансера", std_spr, "-", "-", "www.egov.kz", "-//-", SAME),
        S("5", "00902022", "Выдача справки с туберкулезного диспансера", std_spr, "-",
          "Приказ Министра здравоохранения РК от 14.10.2026 № ҚР ДСМ-104", "www.egov.kz", "-//-", SAME),
        S("6", "00902030", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь",
          "Правила прикрепления физических лиц к организациям здравоохранения, оказывающим первичную медико-санитарную помощь, утвержденные приказом Министра здравоохранения Республики Казахстан от 13 ноября 2024 года № ҚР ДСМ-119",
          "-", "-", "www.egov.kz",
          "Мамырбекова Гаухар Серікқызы – главный специалист отдела ПМСП, 8 (7253) 56-12-25, 8 702 455 10 03",
          P("Мамырбекова Гаухар Серікқызы", "главный специалист отдела ПМСП", None, "8 (7253) 56-12-25")),
    ]
    head = ["№", "№ гос. услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    w = [0.8, 2.0, 4.4, 6.4, 2.0, 3.4, 2.4, 4.8]
    g = grid(rows, cols)
    d = docx_doc(size=12, land=True)
    dpara(d, "Управление здравоохранения Туркестанской области", align="c", bold=True, size=12)
    dpara(d, "161200, г. Туркестан, ул. Тауке хана, 2", align="c", size=9, after=8)
    dpara(d, "Сведения о государственных услугах в сфере здравоохранения", align="c", bold=True, after=6)
    dtable(d, [head, NUMS8] + g[:3], nhead=1, size=10, center_rows=(1,), widths=w)
    d.add_page_break()
    dtable(d, [NUMS8] + g[3:], nhead=0, size=10, center_rows=(0,), widths=w)
    dpara(d, "")
    dpara(d, "Исп.: Мамырбекова Г.С.", size=10)
    dpara(d, "«02» декабря 2026г.", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Мамырбекова Г.С.", "2026-12-02")],
               context("Управление здравоохранения Туркестанской области", "dz@turkistan.gov.kz", "181140004095", rows, "information",
                       ("ЕКЦ-2026/1655", "2026-11-25", "Запрос информации о государственных услугах в сфере здравоохранения"),
                       "Внести сведения по шести услугам в базу ЕКЦ"))
    manifest(name, "ru", "docx", "six services; the table is continued on page 2 as a second table headed only by the 1…8 number row; '-//-' on both sides of the page break (row 4 and 5 repeat row 3)")


def d19_tourism_almobl_lines():
    name = "d19-tourism-almaty-obl-c8-on-lines.docx"
    std = "Правила оказания государственных услуг в сфере туристской деятельности, утвержденные приказом Министра туризма и спорта Республики Казахстан от 9 января 2025 года № 3"
    rows = [
        S("1", "01801002", "Выдача лицензии на туристскую операторскую деятельность (туроператорская деятельность)", std, "—", "—",
          "www.elicense.kz",
          "Құдайбергенов Нұрлыбек Асқарұлы\nглавный специалист отдела развития туризма\nтел.: 8 (72772) 4-05-18\nnurlybek.k@almobl-tourism.gov.kz",
          P("Құдайбергенов Нұрлыбек Асқарұлы", "главный специалист отдела развития туризма", "nurlybek.k@almobl-tourism.gov.kz", "8 (72772) 4-05-18")),
        S("2", "01801007", "Аттестация гидов (гидов-переводчиков), инструкторов туризма", std, "—", "—",
          "gov.kz/memleket/entities/almobl-tourism",
          "Әлімжанова Сәуле Төлегенқызы\nруководитель отдела развития туризма\nтел.: 8 (72772) 4-05-11, моб. 8 747 310 22 86\nsaule.alimzhanova@almobl-tourism.gov.kz",
          P("Әлімжанова Сәуле Төлегенқызы", "руководитель отдела развития туризма", "saule.alimzhanova@almobl-tourism.gov.kz", "8 (72772) 4-05-11")),
    ]
    head = ["№ п/п", "Реестровый № услуги", "Наименование государственной услуги", "Стандарт (с реквизитами)",
            "Регламент (с реквизитами)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Управление туризма Алматинской области", align="c", bold=True)
    dpara(d, "г. Конаев, мкр. 4, д. 1", align="c", size=9, after=8)
    dpara(d, "В ЕКЦ, на письмо ЕКЦ-2026/561 от 21.04.2026", align="r", size=10, after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=10, widths=[0.9, 2.0, 4.4, 6.0, 2.0, 2.0, 3.4, 5.8])
    dpara(d, "")
    dpara(d, "Исп. Құдайбергенов Н.А.", size=9)
    dpara(d, "28.04.2026", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Құдайбергенов Н.А.", "2026-04-28")],
               context("Управление туризма Алматинской области", "tourism@almobl.gov.kz", "220240017354", rows, "information",
                       ("ЕКЦ-2026/561", "2026-04-21", "Запрос информации о государственных услугах в сфере туризма"),
                       "Внести сведения по услугам 01801002 и 01801007 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "column 8 written as separate paragraphs: name, position, phone(s), e-mail; Kazakh letters in names (Құдайбергенов, Әлімжанова); website without www")


def d20_agro_sko_mobiles():
    name = "d20-agro-sko-mobile-and-two-phones.docx"
    std = "Правила субсидирования в области растениеводства, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 26 февраля 2025 года № 57"
    rows = [
        S("1", "00501014", "Субсидирование развития семеноводства", std, "-", "-", "www.egov.kz",
          "Петренко Сергей Николаевич, главный специалист отдела растениеводства, моб. 8 (705) 512-44-60, s.petrenko@sko-agro.gov.kz",
          P("Петренко Сергей Николаевич", "главный специалист отдела растениеводства", "s.petrenko@sko-agro.gov.kz", "8 (705) 512-44-60")),
        S("2", "00501019", "Субсидирование повышения урожайности и качества продукции растениеводства, стоимости горюче-смазочных материалов и других товарно-материальных ценностей",
          std, "-", "Приказ МСХ РК от 09.12.2026 № 402 «О внесении изменений в приказ № 57»", "www.egov.kz",
          "Мусина Асель Канатовна, главный специалист отдела растениеводства, тел. 8 (7152) 46-21-90, моб. 8 (777) 650-13-08, a.musina@sko-agro.gov.kz",
          P("Мусина Асель Канатовна", "главный специалист отдела растениеводства", "a.musina@sko-agro.gov.kz", "8 (7152) 46-21-90")),
        S("3", "00501025", "Государственная регистрация тракторов, прицепов к ним, самоходных сельскохозяйственных, мелиоративных и дорожно-строительных машин и механизмов",
          "Правила государственной регистрации тракторов и изготовленных на их базе самоходных шасси и механизмов, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 30 марта 2025 года № 98",
          "-", "-", "www.egov.kz",
          "Гросс Андрей Викторович, главный государственный инженер-инспектор, +7 775 601 44 19, +7 (7152) 46-21-97",
          P("Гросс Андрей Викторович", "главный государственный инженер-инспектор", None, "+7 775 601 44 19")),
    ]
    head = ["№ п/п", "№ услуги по реестру", "Наименование государственной услуги", "Стандарт государственной услуги (реквизиты)",
            "Регламент государственной услуги (реквизиты)", "Изменения нормативных правовых актов", "Интернет-ресурс",
            "ФИО, должность ответственного лица, контакты"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(font="Calibri", size=11, land=True)
    dpara(d, "КГУ «Управление сельского хозяйства и земельных отношений акимата Северо-Казахстанской области»", align="c", bold=True, after=8)
    dpara(d, "Информация по запросу ЕКЦ-2027/031 от 12.01.2027", align="c", after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=9, widths=[0.8, 2.0, 4.6, 6.0, 2.0, 3.2, 2.2, 5.2])
    dpara(d, "")
    dpara(d, "Исполнитель: Мусина А.К., тел. 46-21-90", size=9)
    dpara(d, "«19» января 2027 года", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Мусина А.К.", "2027-01-19")],
               context("Управление сельского хозяйства и земельных отношений акимата Северо-Казахстанской области",
                       "agro@sko.gov.kz", "050140002637", rows, "information",
                       ("ЕКЦ-2027/031", "2027-01-12", "Запрос информации по государственным услугам в сфере сельского хозяйства"),
                       "Внести сведения по услугам 00501014, 00501019, 00501025 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "mobile numbers with 'моб.', two phones in one cell (the first kept), a row whose two phones are a mobile then a landline, no e-mail")


# ============================================================================= DOCX, 21-32


def d21_enbek_aktobe_kk_position_first():
    name = "d21-enbek-aktobe-kk-position-first.docx"
    std2 = "«Жұмыс іздеген адамдарды тіркеу» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылғы 12 ақпандағы № 51 бұйрығымен бекітілген"
    rows = [
        S("1", "00201009", "Тұрғын үй көмегін тағайындау",
          "«Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2024 жылғы 3 қыркүйектегі № 318 бұйрығымен бекітілген",
          "—", "—", "www.egov.kz",
          "Әлеуметтік көмек бөлімінің басшысы Сапарова Айгүл Ержанқызы, тел. 8 (7132) 55-40-21, a.saparova@aktobe-enbek.gov.kz",
          P("Сапарова Айгүл Ержанқызы", "Әлеуметтік көмек бөлімінің басшысы", "a.saparova@aktobe-enbek.gov.kz", "8 (7132) 55-40-21")),
        S("2", "00201031", "Жұмыс іздеген адамдарды тіркеу", std2, "—",
          "ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 7 шілдедегі № 228 бұйрығы", "www.egov.kz",
          "Жұмыспен қамту бөлімінің бас маманы Нұрғожина Меруерт Болатқызы, тел. 8 (7132) 55-40-37, m.nurgozhina@aktobe-enbek.gov.kz",
          P("Нұрғожина Меруерт Болатқызы", "Жұмыспен қамту бөлімінің бас маманы", "m.nurgozhina@aktobe-enbek.gov.kz", "8 (7132) 55-40-37")),
        S("3", "00201036", "Жұмыссыздарды кәсіптік оқытуға жіберу", std2, "—", "—", "www.egov.kz", "сол сияқты", SAME),
    ]
    head = ["№ р/с", "Мемлекеттік қызметтер тізіліміндегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
            "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
            "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
            "Нормативтік құқықтық актілердің өзгерістері",
            "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
            "Жауапты тұлғаның лауазымы, тегі, аты, әкесінің аты"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(font="Times New Roman", size=12, land=True)
    dpara(d, "Ақтөбе облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", align="c", bold=True)
    dpara(d, "Ақтөбе қ., Әбілқайыр хан даңғылы, 40", align="c", size=9, after=8)
    dpara(d, "Бірыңғай байланыс орталығының 2027 жылғы 26 қаңтардағы № ЕКЦ-2027/071 сұрауына жауап", align="c", after=6)
    dtable(d, [head, NUMS8] + grid(rows, cols), nhead=1, size=9, center_rows=(1,),
           widths=[0.9, 2.0, 3.0, 6.4, 2.4, 3.4, 2.6, 5.0])
    dpara(d, "")
    dpara(d, "Орындаған: Нұрғожина М.Б., 55-40-37", size=9)
    dpara(d, "2027 жылғы 2 ақпан", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Нұрғожина М.Б.", "2027-02-02", lang="kk")],
               context("Управление координации занятости и социальных программ Актюбинской области", "enbek@aktobe.gov.kz",
                       "990340008155", rows, "information",
                       ("ЕКЦ-2027/071", "2027-01-26", "Запрос информации о государственных услугах в сфере занятости и социальной защиты"),
                       "Внести сведения по услугам 00201009, 00201031, 00201036 в базу ЕКЦ",
                       names=["Назначение жилищной помощи", "Регистрация лиц, ищущих работу",
                              "Направление безработных на профессиональное обучение"]))
    manifest(name, "kk", "docx", "Kazakh form whose column 8 header and cells put the position first, then the name; 'сол сияқты' repeat; date '2027 жылғы 2 ақпан'")


def d22_enbek_ministry_long_npa():
    name = "d22-mtszn-long-npa.docx"
    rows = [
        S("1", "00203001", "Присвоение или продление статуса кандаса",
          "Правила оказания государственной услуги «Присвоение или продление статуса кандаса», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 22 июля 2024 года № 267",
          "—",
          "1) приказ Министра труда и социальной защиты населения РК от 15.02.2026 № 48 «О внесении изменений в приказ от 22 июля 2024 года № 267»;\n2) приказ Министра труда и социальной защиты населения РК от 03.11.2026 № 371 «О внесении изменения в приказ от 22 июля 2024 года № 267»",
          "www.egov.kz, www.enbek.kz",
          "Касенов Ержан Маратович – главный эксперт Департамента миграционной политики, тел.: 8 (7172) 74-30-55, вн. 1207, моб.: 8 701 118 22 54, e.kassenov@enbek.gov.kz",
          P("Касенов Ержан Маратович", "главный эксперт Департамента миграционной политики", "e.kassenov@enbek.gov.kz", "8 (7172) 74-30-55")),
        S("2", "00203004", "Выдача разрешения иностранному работнику на трудоустройство и работодателям для привлечения иностранной рабочей силы",
          "Правила и условия выдачи и (или) продления разрешений работодателям на привлечение иностранной рабочей силы, утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 25 мая 2025 года № 178",
          "—", "приказ МТСЗН РК от 03.11.2026 № 371", "www.egov.kz, www.enbek.kz",
          "Бейсенова Айжан Куанышевна – эксперт Департамента миграционной политики, тел.: 8 (7172) 74-30-61, a.beisenova@enbek.gov.kz",
          P("Бейсенова Айжан Куанышевна", "эксперт Департамента миграционной политики", "a.beisenova@enbek.gov.kz", "8 (7172) 74-30-61")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (с указанием реквизитов)", "Регламент государственной услуги (с указанием реквизитов)",
            "Изменения нормативных правовых актов", "Интернет-ресурс", "Ф.И.О., должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=12, land=True)
    dpara(d, "Министерство труда и социальной защиты населения Республики Казахстан\nДепартамент миграционной политики", bold=True, after=8)
    dpara(d, "Информация к письму ЕКЦ от 10.11.2026 № ЕКЦ-2026/1544", align="r", size=10, after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=10, widths=[0.9, 2.0, 3.8, 5.6, 1.8, 6.0, 2.4, 4.6])
    dpara(d, "")
    dpara(d, "Исп.: Касенов Е.М.", size=10)
    dpara(d, "«18» ноября 2026 года", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Касенов Е.М.", "2026-11-18")],
               context("Министерство труда и социальной защиты населения Республики Казахстан", "kense@enbek.gov.kz",
                       "011040003318", rows, "information",
                       ("ЕКЦ-2026/1544", "2026-11-10", "Запрос информации по государственным услугам в сфере миграции"),
                       "Внести сведения по услугам 00203001 и 00203004 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "NPA cell lists two orders as '1) …; 2) …' on two lines; column 8 with a landline, an extension and a mobile (landline kept); two websites")


def d23_chs_atyrau_note_column():
    name = "d23-emergency-atyrau-extra-note-column.docx"
    std = "Правила оказания государственных услуг в сфере гражданской защиты, утвержденные приказом Министра по чрезвычайным ситуациям Республики Казахстан от 30 апреля 2025 года № 144"
    who = P("Жанбыршиев Руслан Серикович", "старший инженер отдела государственного контроля", "r.zhanbyrshiyev@emer-atyrau.gov.kz", "8 (7122) 27-10-48")
    c8 = "Жанбыршиев Руслан Серикович, старший инженер отдела государственного контроля, тел. 8 (7122) 27-10-48, r.zhanbyrshiyev@emer-atyrau.gov.kz"
    rows = [
        S("1", "01601003", "Аттестация негосударственных противопожарных служб", std, "-", "-", "www.egov.kz", c8, who,
          note="Услуга оказывается через веб-портал «электронного правительства»"),
        S("2", "01601007", "Выдача аттестата на право проведения работ в области пожарной безопасности", std, "-",
          "Приказ Министра по ЧС РК от 19.01.2026 № 21", "www.egov.kz", c8, who, note="—"),
    ]
    head = ["№", "№ в реестре", "Наименование государственной услуги", "Стандарт", "Регламент",
            "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица", "Примечание"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8", "note"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Департамент по чрезвычайным ситуациям Атырауской области", align="c", bold=True, after=2)
    dpara(d, "Министерства по чрезвычайным ситуациям Республики Казахстан", align="c", after=8)
    dpara(d, "Информация по государственным услугам", align="c", bold=True, after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=9, widths=[0.7, 1.8, 3.8, 5.2, 1.6, 2.8, 2.2, 4.6, 3.0])
    dpara(d, "")
    dpara(d, "Исп.: Жанбыршиев Р.С.  тел. 27-10-48", size=9)
    dpara(d, "12.03.2026", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Жанбыршиев Р.С.", "2026-03-12")],
               context("Департамент по чрезвычайным ситуациям Атырауской области", "dchs.atyrau@emer.gov.kz", "970640002261",
                       rows, "information",
                       ("ЕКЦ-2026/318", "2026-03-04", "Запрос информации по государственным услугам в сфере гражданской защиты"),
                       "Внести сведения по услугам 01601003 и 01601007 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "a ninth column 'Примечание' added by the clerk (not a form column); short header words ('Стандарт', 'Регламент')")


def d24_sport_astana_appointment():
    name = "d24-sport-astana-appointment-and-form.docx"
    rows = [
        S("1", "01701004", "Присвоение спортивных разрядов: кандидат в мастера спорта Республики Казахстан, спортсмен 1 разряда",
          "Правила оказания государственных услуг в сфере физической культуры и спорта, утвержденные приказом Министра туризма и спорта Республики Казахстан от 22 июля 2025 года № 241",
          "-", "-", "www.egov.kz",
          "Бекмуратова Айнур Сериковна, главный специалист отдела спорта высших достижений, 8 (7172) 55-87-12, a.bekmuratova@astana-sport.gov.kz",
          P("Бекмуратова Айнур Сериковна", "главный специалист отдела спорта высших достижений", "a.bekmuratova@astana-sport.gov.kz", "8 (7172) 55-87-12")),
    ]
    head = ["№", "№ услуги в реестре", "Наименование услуги", "Стандарт", "Регламент", "Изменения НПА",
            "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=12)
    dpara(d, "ГУ «Управление физической культуры и спорта города Астаны»", bold=True, align="c")
    dpara(d, "Исх. № 01-09/57 от 15.01.2027", align="c", size=10, after=10)
    dpara(d, "Единый контакт-центр", align="r", bold=True)
    dpara(d, "на № ЕКЦ-2027/019 от 09.01.2027", align="r", size=10, after=10)
    dpara(d, "Управление физической культуры и спорта города Астаны сообщает, что ответственным лицом за представление "
             "информации в Единый контакт-центр и проведение обучения по государственной услуге назначена главный "
             "специалист отдела спорта высших достижений Бекмуратова Айнур Сериковна. Информация по услуге — в таблице ниже.",
          align="j", indent=1.25, after=8)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=9, widths=[0.6, 1.6, 2.8, 4.0, 1.4, 1.2, 1.6, 3.0])
    dpara(d, "")
    dpara(d, "Руководитель управления                                   Д. Оспанов", bold=True, after=12)
    dpara(d, "Исп.: Бекмуратова А.С.", size=9)
    dpara(d, "15.01.2027 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Бекмуратова А.С.", "2027-01-15")],
               context("Управление физической культуры и спорта города Астаны", "sport@astana.gov.kz", "080940019923", rows, "appointment",
                       ("ЕКЦ-2027/019", "2027-01-09", "О назначении ответственного лица по государственной услуге 01701004"),
                       "Зарегистрировать Бекмуратову А.С. ответственным лицом и внести сведения по услуге 01701004"))
    manifest(name, "ru", "docx", "first reply: a letter naming the responsible person (name in the nominative in running text) followed by a one-row form and a signature; the form is what the key holds")


def d25_zholdar_kostanay_template_executor():
    name = "d25-roads-kostanay-template-executor.docx"
    std = "Правила оказания государственных услуг в сфере автомобильного транспорта, утвержденные приказом Министра транспорта Республики Казахстан от 18 июня 2024 года № 204"
    rows = [
        S("1", "00304006", "Выдача свидетельства на право обслуживания маршрута регулярных междугородных внутриобластных автомобильных перевозок пассажиров и багажа",
          std, "-", "-", "www.egov.kz",
          "Нуржанова Асель Болатовна – главный специалист отдела пассажирского транспорта, тел. 8 (7142) 53-66-09, a.nurzhanova@kostanay-zholdar.gov.kz",
          P("Нуржанова Асель Болатовна", "главный специалист отдела пассажирского транспорта", "a.nurzhanova@kostanay-zholdar.gov.kz", "8 (7142) 53-66-09")),
        S("2", "00304011", "Согласование специальных условий проезда крупногабаритных и тяжеловесных транспортных средств по автомобильным дорогам общего пользования областного и районного значения",
          std, "-", "Приказ Министра транспорта РК от 01.12.2026 № 412", "www.egov.kz",
          "Тулегенов Бауыржан Сакенович – главный специалист отдела автомобильных дорог, тел. 8 (7142) 53-66-20, b.tulegenov@kostanay-zholdar.gov.kz",
          P("Тулегенов Бауыржан Сакенович", "главный специалист отдела автомобильных дорог", "b.tulegenov@kostanay-zholdar.gov.kz", "8 (7142) 53-66-20")),
    ]
    head = ["№\nп/п", "№ государственной\nуслуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
            "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
            "Фамилия, имя, отчество, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Запрос о предоставлении информации о государственной услуге", align="c", bold=True, after=2)
    dpara(d, "ГУ «Управление пассажирского транспорта и автомобильных дорог акимата Костанайской области»", align="c", after=8)
    dtable(d, [head, NUMS8] + grid(rows, cols), nhead=1, size=9, center_rows=(1,),
           widths=[0.9, 2.1, 4.6, 5.4, 2.4, 3.2, 2.8, 5.0])
    dpara(d, "")
    dpara(d, "Ф.И.О. ответственного исполнителя: Нуржанова Асель Болатовна", size=10)
    dpara(d, "Дата: « 19 » января 2027 г.", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Нуржанова Асель Болатовна", "2027-01-19")],
               context("Управление пассажирского транспорта и автомобильных дорог акимата Костанайской области",
                       "zholdar@kostanay.gov.kz", "060140015790", rows, "information",
                       ("ЕКЦ-2027/036", "2027-01-13", "Запрос информации о государственных услугах в сфере автомобильного транспорта"),
                       "Внести сведения по услугам 00304006 и 00304011 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "the template's own title and footer lines filled in ('Ф.И.О. ответственного исполнителя: …', 'Дата: « 19 » января 2027 г.'); header cells with hard line breaks; NPA date after the executor date is fine")


def d26_sagu_mangystau_two_level_header():
    name = "d26-construction-mangystau-two-level-header.docx"
    std = "Правила оказания государственных услуг в сфере архитектурной, градостроительной и строительной деятельности, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 15 марта 2024 года № 99"
    sei = P("Сейдахметов Нуржан Аманжолович", "главный специалист", "n.seidakhmetov@mangystau-sagu.gov.kz", "8 (7292) 30-12-41")
    rows = [
        S("1", "00803041", "Прием уведомления о начале производства строительно-монтажных работ", std, "-", "-", "www.egov.kz",
          "Сейдахметов Нуржан Аманжолович, главный специалист, 8 (7292) 30-12-41, n.seidakhmetov@mangystau-sagu.gov.kz", sei),
        S("2", "00803043", "Приемка в эксплуатацию построенных объектов (регистрация акта приемки)", std, "-", "-", "-//-", "-//-", SAME),
        S("3", "00803045", "Предоставление информации о наличии утвержденной градостроительной документации", std, "-",
          "Приказ Министра промышленности и строительства РК от 02.10.2026 № 377", "-//-",
          "Құрманғалиева Ботагөз Нұрланқызы, ведущий специалист, 8 (7292) 30-12-44, b.kurmangaliyeva@mangystau-sagu.gov.kz",
          P("Құрманғалиева Ботагөз Нұрланқызы", "ведущий специалист", "b.kurmangaliyeva@mangystau-sagu.gov.kz", "8 (7292) 30-12-44")),
    ]
    h1 = ["№ п/п", "Сведения об услуге", None, "Реквизиты", None, "Изменения НПА", "Интернет-ресурс", "Ответственное лицо (ФИО, должность)"]
    h2 = ["^", "№ в реестре", "Наименование", "стандарта", "регламента", "^", "^", "^"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Управление строительства, архитектуры и градостроительства Мангистауской области", align="c", bold=True, after=8)
    dpara(d, "Ответ на запрос № ЕКЦ-2027/112 от 24.02.2027", align="c", after=6)
    dtable(d, [h1, h2, NUMS8] + grid(rows, cols), nhead=2, size=9, center_rows=(2,),
           widths=[0.9, 2.0, 4.2, 6.2, 2.0, 3.4, 2.4, 5.2])
    dpara(d, "")
    dpara(d, "Исп.: Сейдахметов Н.А.", size=9)
    dpara(d, "03.03.2027", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Сейдахметов Н.А.", "2027-03-03")],
               context("Управление строительства, архитектуры и градостроительства Мангистауской области", "sagu@mangystau.gov.kz",
                       "140840011046", rows, "information",
                       ("ЕКЦ-2027/112", "2027-02-24", "Запрос информации о государственных услугах в сфере строительства"),
                       "Внести сведения по услугам 00803041, 00803043, 00803045 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "two-level header ('Сведения об услуге' over registry number and name, 'Реквизиты' over 'стандарта'/'регламента') plus the 1…8 row; '-//-' in the website column as well as column 8")


def d27_dz_abai_kk_row_ru_row():
    name = "d27-health-abai-header-kk-row-ru-row.docx"
    rows = [
        S("1", "00902045", "Выдача листа или справки о временной нетрудоспособности",
          "Правила проведения экспертизы временной нетрудоспособности, а также выдачи листа или справки о временной нетрудоспособности, утвержденные приказом исполняющего обязанности Министра здравоохранения Республики Казахстан от 18 ноября 2024 года № ҚР ДСМ-121",
          "—", "—", "www.egov.kz",
          "Сулейменова Айжан Нурлановна – главный специалист отдела медицинской помощи, тел. 8 (7222) 52-18-30, a.suleimenova@abai-dz.gov.kz",
          P("Сулейменова Айжан Нурлановна", "главный специалист отдела медицинской помощи", "a.suleimenova@abai-dz.gov.kz", "8 (7222) 52-18-30")),
        S("2", "00902050", "Выдача направления пациентам на получение высокотехнологичной медицинской помощи",
          "Правила направления пациентов для получения высокотехнологичных медицинских услуг, утвержденные приказом Министра здравоохранения Республики Казахстан от 3 февраля 2025 года № ҚР ДСМ-12",
          "—", "—", "www.egov.kz",
          "Тохтаров Ерлан Болатович – главный специалист отдела медицинской помощи, тел. 8 (7222) 52-18-34, моб. 8 700 522 64 13",
          P("Тохтаров Ерлан Болатович", "главный специалист отдела медицинской помощи", None, "8 (7222) 52-18-34")),
    ]
    hk = ["Р/с №", "Тізілімдегі нөмірі", "Мемлекеттік қызметтің атауы", "Қызмет стандарты", "Қызмет регламенті",
          "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
    hr = ["№ п/п", "№ в реестре", "Наименование государственной услуги", "Стандарт услуги", "Регламент услуги",
          "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Абай облысының денсаулық сақтау басқармасы\nУправление здравоохранения области Абай", align="c", bold=True, after=8)
    dtable(d, [hk, hr] + grid(rows, cols), nhead=2, size=9, widths=[0.9, 1.8, 4.0, 6.8, 2.0, 2.0, 2.2, 5.6])
    dpara(d, "")
    dpara(d, "Орындаған / Исполнитель: Сулейменова А.Н.", size=9)
    dpara(d, "2026 жылғы 9 желтоқсан / 9 декабря 2026 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Сулейменова А.Н.", "2026-12-09", lang=None)],
               context("Управление здравоохранения области Абай", "dz@abay.gov.kz", "220740025513", rows, "information",
                       ("ЕКЦ-2026/1702", "2026-12-02", "Запрос информации о государственных услугах в сфере здравоохранения"),
                       "Внести сведения по услугам 00902045 и 00902050 в базу ЕКЦ"))
    manifest(name, "kk+ru", "docx", "two header rows, the first in Kazakh and the second in Russian (not merged); the date given twice, in Kazakh and in Russian")


def d28_kgd_kostanay_portrait_intro():
    name = "d28-dgd-kostanay-portrait-intro.docx"
    rows = [
        S("1", "01401004", "Выдача выписки из лицевого счета о состоянии расчетов с бюджетом, а также по социальным платежам",
          "Правила оказания государственных услуг в сфере налогового администрирования, утвержденные приказом Министра финансов Республики Казахстан от 18 марта 2025 года № 112",
          "—", "нет", "www.egov.kz, www.kgd.gov.kz",
          "Есмаганбетов Руслан Ерикович, главный специалист управления по работе с налогоплательщиками Департамента государственных доходов по Костанайской области, тел. 8 (7142) 39-04-22, r.esmaganbetov@kgd.gov.kz",
          P("Есмаганбетов Руслан Ерикович",
            "главный специалист управления по работе с налогоплательщиками Департамента государственных доходов по Костанайской области",
            "r.esmaganbetov@kgd.gov.kz", "8 (7142) 39-04-22")),
    ]
    head = ["№", "№ в реестре", "Наименование", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс", "Ответственное лицо"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(font="Arial", size=10, margins=(2.0, 1.5, 1.0, 1.5))
    dpara(d, "Департамент государственных доходов по Костанайской области\nКомитета государственных доходов Министерства финансов Республики Казахстан",
          bold=True, after=8)
    dpara(d, "Информация о государственной услуге\n(по форме приложения 1 к Правилам взаимодействия Единого контакт-центра по вопросам оказания государственных услуг)",
          align="c", after=8)
    dpara(d, "В ответ на запрос ЕКЦ-2026/1015 от 23.07.2026 сообщаем следующее.", after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=7, widths=[0.6, 1.5, 2.4, 3.4, 1.3, 1.1, 1.8, 3.7])
    dpara(d, "")
    dpara(d, "Исп. Есмаганбетов Р.Е. 39-04-22", size=8)
    dpara(d, "«30» июля 2026 года", size=8)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Есмаганбетов Р.Е.", "2026-07-30")],
               context("Департамент государственных доходов по Костанайской области", "kostanay@kgd.gov.kz", "080340014652",
                       rows, "information",
                       ("ЕКЦ-2026/1015", "2026-07-23", "Запрос информации по государственной услуге 01401004"),
                       "Внести сведения по услуге 01401004 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "portrait page, 7-pt table with one-word headers ('Наименование', 'Ответственное лицо'); long position with the department's full name; phone right after the executor's name")


def d29_din_turkistan_kk_labels():
    name = "d29-din-turkistan-kk-labels.docx"
    rows = [
        S("1", "00805011", "Ғибадат үйлерінен (ғимараттарынан) тыс жерлерде діни іс-шаралар өткізуге арналған үй-жайларды келісу",
          "Діни қызмет саласындағы мемлекеттік қызметтер көрсету қағидалары, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2024 жылғы 16 қаңтардағы № 12-НҚ бұйрығымен бекітілген",
          "жоқ", "жоқ", "www.egov.kz",
          "Т.А.Ә.: Әбдірахманова Гүлнар Сәкенқызы\nЛауазымы: діни бірлестіктермен жұмыс бөлімінің бас маманы\nТел.: 8 (72533) 5-17-40\nЭл. пошта: g.abdirakhmanova@turkistan-din.gov.kz",
          P("Әбдірахманова Гүлнар Сәкенқызы", "діни бірлестіктермен жұмыс бөлімінің бас маманы",
            "g.abdirakhmanova@turkistan-din.gov.kz", "8 (72533) 5-17-40")),
    ]
    head = ["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Қызмет стандарты (деректемелері)",
            "Қызмет регламенті (деректемелері)", "НҚА-ға енгізілген өзгерістер", "Интернет-ресурс",
            "Жауапты тұлға (Т.А.Ә., лауазымы)"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=12, land=True)
    dpara(d, "Түркістан облысы әкімдігінің дін істері басқармасы", align="c", bold=True)
    dpara(d, "Шығ. № 03-14/577, 2026 жылғы 4 қараша", align="c", size=10, after=8)
    dpara(d, "Бірыңғай байланыс орталығына", align="r")
    dpara(d, "2026 жылғы 28 қазандағы № ЕКЦ-2026/1463 хатқа", align="r", size=10, after=8)
    dpara(d, "Мемлекеттік көрсетілетін қызмет туралы ақпаратты ұсынамыз.", indent=1.25, after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=10, widths=[0.8, 2.0, 4.8, 6.0, 2.0, 2.0, 2.2, 5.6])
    dpara(d, "")
    dpara(d, "Орындаған: Г. Әбдірахманова", size=10)
    dpara(d, "«04» қараша 2026 ж.", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Г. Әбдірахманова", "2026-11-04", lang="kk")],
               context("Управление по делам религий акимата Туркестанской области", "din@turkistan.gov.kz", "181040022794",
                       rows, "information",
                       ("ЕКЦ-2026/1463", "2026-10-28", "Запрос информации о государственной услуге в сфере религиозной деятельности"),
                       "Внести сведения по услуге 00805011 в базу ЕКЦ",
                       names=["Согласование помещений для проведения религиозных мероприятий за пределами культовых зданий (сооружений)"]))
    manifest(name, "kk", "docx", "Kazakh column 8 with Kazakh labels (Т.А.Ә.:, Лауазымы:, Тел.:, Эл. пошта:); executor written initial-first ('Г. Әбдірахманова', keyed as written); date '«04» қараша 2026 ж.'")


def d30_migration_5_people():
    name = "d30-migration-mvd-5rows-5-people.docx"
    std = "Правила оказания государственных услуг в сфере миграции, утвержденные приказом Министра внутренних дел Республики Казахстан от 30 марта 2025 года № 276"
    rows = [
        S("1", "00101002", "Выдача вида на жительство иностранца в Республике Казахстан", std, "-", "-", "www.egov.kz",
          "Мухамедиев Тимур Ерланович – старший инспектор Управления по работе с иностранцами, тел. 8 (7172) 71-28-40, t.mukhamediyev@mvd.gov.kz",
          P("Мухамедиев Тимур Ерланович", "старший инспектор Управления по работе с иностранцами", "t.mukhamediyev@mvd.gov.kz", "8 (7172) 71-28-40")),
        S("2", "00101005", "Продление срока временного проживания иностранцев и лиц без гражданства в Республике Казахстан", std, "-", "-",
          "www.egov.kz",
          "Старший инспектор Управления по работе с иностранцами Нұрпейісова Ақмарал Бекболатқызы, тел. 8 (7172) 71-28-46",
          P("Нұрпейісова Ақмарал Бекболатқызы", "Старший инспектор Управления по работе с иностранцами", None, "8 (7172) 71-28-46")),
        S("3", "00101009", "Выдача разрешения на временное проживание иностранцам и лицам без гражданства", std, "-",
          "Приказ Министра внутренних дел РК от 21.07.2026 № 588", "www.egov.kz",
          "Шайхиев Рустам Ильдарович, инспектор, 8 (7172) 71-28-51, вн. 6651, r.shaikhiyev@mvd.gov.kz",
          P("Шайхиев Рустам Ильдарович", "инспектор", "r.shaikhiyev@mvd.gov.kz", "8 (7172) 71-28-51")),
        S("4", "00101013", "Выдача удостоверения лица без гражданства", std, "-", "-", "www.egov.kz",
          "Абдуллаева Малика Рашидовна\nначальник отдела документирования\n8 (7172) 71-28-30\nm.abdullayeva@mvd.gov.kz",
          P("Абдуллаева Малика Рашидовна", "начальник отдела документирования", "m.abdullayeva@mvd.gov.kz", "8 (7172) 71-28-30")),
        S("5", "00101016", "Выдача приглашений на въезд в Республику Казахстан",
          "Правила оформления приглашений, согласования приглашений на въезд в Республику Казахстан, утвержденные совместным приказом Министра внутренних дел Республики Казахстан от 24 ноября 2024 года № 927 и Министра иностранных дел Республики Казахстан от 27 ноября 2024 года № 11-1-4/611",
          "-", "-", "www.egov.kz",
          "ФИО: Ким Денис Олегович, должность: старший инспектор Управления визовой работы, тел.: +7 (7172) 71-29-02, e-mail: d.kim@mvd.gov.kz",
          P("Ким Денис Олегович", "старший инспектор Управления визовой работы", "d.kim@mvd.gov.kz", "+7 (7172) 71-29-02")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (реквизиты)", "Регламент государственной услуги (реквизиты)",
            "Изменения нормативных правовых актов", "Интернет-ресурс", "Ф.И.О., должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=12, land=True)
    dpara(d, "Комитет миграционной службы Министерства внутренних дел Республики Казахстан", align="c", bold=True, after=8)
    dpara(d, "Информация по государственным услугам в сфере миграции (запрос ЕКЦ-2026/1188 от 31.08.2026)", align="c", after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=10, repeat=True, widths=[0.9, 2.0, 4.0, 5.6, 2.0, 2.8, 2.2, 5.8])
    dpara(d, "")
    dpara(d, "Исп.: Мухамедиев Т.Е.", size=10)
    dpara(d, "« 8 » сентября 2026 г.", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Мухамедиев Т.Е.", "2026-09-08")],
               context("Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "kms@mvd.gov.kz",
                       "110240013526", rows, "information",
                       ("ЕКЦ-2026/1188", "2026-08-31", "Запрос информации по государственным услугам в сфере миграции"),
                       "Внести сведения по пяти услугам в базу ЕКЦ"))
    manifest(name, "ru", "docx", "five services, five people, five shapes of column 8 (dash; position first; bare 'инспектор' with 'вн.'; four lines; inline labels 'ФИО: …, должность: …')")


def d31_madeniet_zhambyl_signature():
    name = "d31-culture-zhambyl-letterhead-signature.docx"
    std = "Правила оказания государственных услуг в сфере охраны и использования объектов историко-культурного наследия, утвержденные приказом Министра культуры и информации Республики Казахстан от 4 июня 2024 года № 221-НҚ"
    rows = [
        S("1", "00702011", "Согласование проведения научно-реставрационных работ на памятниках истории и культуры местного значения",
          std, "отсутствует", "отсутствует", "www.egov.kz",
          "Жанабаев Асхат Маратович – главный специалист отдела историко-культурного наследия, тел. 8 (7262) 45-21-06, a.zhanabayev@zhambyl-madeniet.gov.kz",
          P("Жанабаев Асхат Маратович", "главный специалист отдела историко-культурного наследия", "a.zhanabayev@zhambyl-madeniet.gov.kz", "8 (7262) 45-21-06")),
        S("2", "00702014", "Выдача согласования на размещение наружной (визуальной) рекламы на памятниках истории и культуры местного значения",
          std, "отсутствует", "отсутствует", "www.egov.kz", "-//-", SAME),
    ]
    head = ["№ п/п", "№ услуги в реестре госуслуг", "Наименование государственной услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс", "Ф.И.О. и должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=12, land=True)
    lh = d.add_table(rows=1, cols=3)
    _no_borders(lh)
    _set_cell_text(lh.cell(0, 0), "Жамбыл облысы әкімдігінің\nмәдениет басқармасы", bold=True, size=10, align="c")
    _set_cell_text(lh.cell(0, 1), "", size=10)
    _set_cell_text(lh.cell(0, 2), "Управление культуры\nакимата Жамбылской области", bold=True, size=10, align="c")
    dpara(d, "080000, Тараз қ./г. Тараз, Төле би к./ул. Толе би, 35, тел. 8 (7262) 45-20-00", align="c", size=8, after=8)
    dpara(d, "Информация о государственных услугах (к запросу ЕКЦ-2027/128 от 05.03.2027)", align="c", bold=True, after=6)
    dtable(d, [head] + grid(rows, cols), nhead=1, size=10, widths=[0.9, 2.0, 4.4, 6.2, 2.2, 2.0, 2.2, 5.4])
    dpara(d, "")
    dpara(d, "Руководитель управления                     (подпись)                     Б. Сыдыков", bold=True, after=14)
    dpara(d, "Исп.: Жанабаев А.М., тел. 45-21-06", size=9)
    dpara(d, "12 марта 2027 г.", size=9)
    write_case(name, docx_bytes(d), [form_key(name, rows, "Жанабаев А.М.", "2027-03-12")],
               context("Управление культуры акимата Жамбылской области", "madeniet@zhambyl.gov.kz", "970240007382", rows, "information",
                       ("ЕКЦ-2027/128", "2027-03-05", "Запрос информации о государственных услугах в сфере историко-культурного наследия"),
                       "Внести сведения по услугам 00702011 и 00702014 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "letterhead laid out as a borderless table (Kazakh | Russian) before the form table; 'отсутствует' in two columns; signature line between the table and the executor")


def d32_transport_committee_template():
    name = "d32-transport-committee-template-words.docx"
    rows = [
        S("1", "№ 01301022", "Выдача лицензии на перевозку опасных грузов железнодорожным транспортом",
          "Правила оказания государственных услуг в сфере железнодорожного транспорта, утвержденные приказом Министра транспорта Республики Казахстан от 15 апреля 2025 года № 131",
          "-", "-", "www.elicense.kz",
          "Жумабаева Айгуль Тулегеновна, главный эксперт Управления железнодорожного транспорта, тел. 8 (7172) 55-12-90, a.zhumabayeva@transport.gov.kz",
          P("Жумабаева Айгуль Тулегеновна", "главный эксперт Управления железнодорожного транспорта", "a.zhumabayeva@transport.gov.kz", "8 (7172) 55-12-90")),
        S("2", "№ 01301027", "Выдача свидетельства о допуске к осуществлению международных автомобильных перевозок грузов",
          "Правила оказания государственных услуг в сфере автомобильного транспорта, утвержденные приказом Министра транспорта Республики Казахстан от 18 июня 2024 года № 204",
          "-", "Приказ Министра транспорта РК от 01.12.2026 № 412", "www.egov.kz",
          "Оразалин Марат Ерболович, эксперт Управления автомобильного транспорта, тел. 8 (7172) 55-13-07, m.orazalin@transport.gov.kz",
          P("Оразалин Марат Ерболович", "эксперт Управления автомобильного транспорта", "m.orazalin@transport.gov.kz", "8 (7172) 55-13-07")),
    ]
    head = ["№\nп/\nп", "№\nгосударственной\nуслуги в реестре", "Наименование\nгосударственной\nуслуги",
            "Стандарт\nгосударственной\nуслуги (с\nуказанием его\nреквизитов)", "Регламент\nгосударственной\nуслуги (с\nуказанием его\nреквизитов)",
            "Изменения\nнормативных\nправовых\nактов", "Интернет-ресурс,\nна котором\nразмещена\nинформация о\nгосударственной\nуслуге",
            "Фамилия, имя,\nотчество,\nдолжность\nответственного\nлица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Комитет транспорта Министерства транспорта Республики Казахстан", align="c", bold=True, after=8)
    dpara(d, "Запрос о предоставлении информации о государственной услуге", align="c", bold=True, after=6)
    dtable(d, [head, NUMS8] + grid(rows, cols), nhead=1, size=9, center_rows=(1,),
           widths=[0.8, 2.3, 4.0, 5.8, 2.4, 3.2, 2.8, 5.4])
    dpara(d, "")
    dpara(d, "Исп.: А. Жумабаева, 8 (7172) 55-12-90", size=10)
    dpara(d, "Дата: 02.12.2026", size=10)
    write_case(name, docx_bytes(d), [form_key(name, rows, "А. Жумабаева", "2026-12-02")],
               context("Комитет транспорта Министерства транспорта Республики Казахстан", "kt@transport.gov.kz", "240140004419",
                       rows, "information",
                       ("ЕКЦ-2026/1649", "2026-11-24", "Запрос информации по государственным услугам в сфере транспорта"),
                       "Внести сведения по услугам 01301022 и 01301027 в базу ЕКЦ"))
    manifest(name, "ru", "docx", "header cells copied from the Rules' text with its line breaks ('№ / п/ / п'); registry cells written '№ 01301022'; executor initial-first ('А. Жумабаева', as written)")


# ============================================================================= XLSX, 33-45


def _xtitle(ws, r, text, ncols, c0=1, bold=True, size=12, align="c", height=None):
    xput(ws, r, c0, text, bold=bold, size=size, align=align, wrap=True)
    if ncols > 1:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + ncols - 1)
    if height:
        ws.row_dimensions[r].height = height


def d33_bilim_karaganda_title_rows():
    name = "d33-bilim-karaganda-title-rows.xlsx"
    std = "Правила оказания государственных услуг в сфере среднего образования, утвержденные приказом Министра просвещения Республики Казахстан от 27 мая 2025 года № 112"
    ib = P("Ибраева Жанар Муратовна", "главный специалист отдела среднего образования", "zh.ibrayeva@krg-bilim.gov.kz", "8 (7212) 56-33-10")
    c8 = "Ибраева Жанар Муратовна, главный специалист отдела среднего образования, тел. 8 (7212) 56-33-10, zh.ibrayeva@krg-bilim.gov.kz"
    rows = [
        S(1, "01002040", "Прием документов для организации бесплатного питания отдельных категорий обучающихся и воспитанников в общеобразовательных школах",
          std, "-", "-", "www.egov.kz", c8, ib),
        S(2, "01002046", "Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах",
          std, "-", "-", "www.egov.kz", c8, ib),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
            "Изменения нормативных правовых актов", "Интернет-ресурс", "Ф.И.О., должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    _xtitle(ws, 1, "Информация о государственных услугах Управления образования Карагандинской области", 8)
    _xtitle(ws, 2, "(по запросу Единого контакт-центра № ЕКЦ-2026/790 от 03.06.2026)", 8, bold=False, size=11)
    r = xgrid(ws, [head] + grid(rows, cols), 4, nhead=1)
    xput(ws, r + 1, 1, "Исполнитель: Ибраева Ж.М.", wrap=False)
    xput(ws, r + 2, 1, "Дата: 11.06.2026", wrap=False)
    xwidths(ws, [6, 14, 34, 44, 16, 16, 16, 40])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Ибраева Ж.М.", "2026-06-11")],
               context("Управление образования Карагандинской области", "bilim@karaganda.gov.kz", "991240003380", rows, "information",
                       ("ЕКЦ-2026/790", "2026-06-03", "Запрос информации по государственным услугам в сфере среднего образования"),
                       "Внести сведения по услугам 01002040 и 01002046 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "two merged title rows above the table, a blank row, numbers in column 1 stored as numbers; executor and date in cells below")


def d34_industry_pvl_merged_header():
    name = "d34-nedra-pavlodar-merged-header.xlsx"
    std = "Правила оказания государственных услуг в сфере недропользования по общераспространенным полезным ископаемым, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 24 мая 2024 года № 187"
    rows = [
        S(1, "01207001", "Выдача лицензии на добычу общераспространенных полезных ископаемых", std, "—",
          "Приказ МПС РК от 16.04.2026 № 141", "www.egov.kz",
          "Жумагулов Арман Серикович, руководитель отдела недропользования, 8 (7182) 65-11-02, a.zhumagulov@pvl-industry.gov.kz",
          P("Жумагулов Арман Серикович", "руководитель отдела недропользования", "a.zhumagulov@pvl-industry.gov.kz", "8 (7182) 65-11-02")),
        S(2, "01207004", "Выдача лицензии на использование пространства недр", std, "—", "—", "www.egov.kz", "-//-", SAME),
        S(3, "01207009", "Выдача лицензии на старательство", std, "—", "—", "www.egov.kz",
          "Карпенко Елена Ивановна, главный специалист отдела недропользования, 8 (7182) 65-11-09, e.karpenko@pvl-industry.gov.kz",
          P("Карпенко Елена Ивановна", "главный специалист отдела недропользования", "e.karpenko@pvl-industry.gov.kz", "8 (7182) 65-11-09")),
    ]
    h1 = ["№ п/п", "№ услуги в реестре", "Наименование государственной услуги", "Нормативные правовые акты", None, None,
          "Интернет-ресурс", "Ответственное лицо"]
    h2 = ["^", "^", "^", "Стандарт (реквизиты)", "Регламент (реквизиты)", "Изменения", "^", "^"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма"
    _xtitle(ws, 1, "Управление промышленности и индустриально-инновационного развития Павлодарской области", 8)
    r = xgrid(ws, [h1, h2, [int(x) for x in NUMS8]] + grid(rows, cols), 3, nhead=2, center_rows=(2,))
    xput(ws, r + 1, 1, "Исп. Карпенко Е.И., 65-11-09", wrap=False)
    xput(ws, r + 2, 1, "22.04.2026", wrap=False)
    xwidths(ws, [6, 12, 34, 46, 14, 22, 14, 40])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Карпенко Е.И.", "2026-04-22")],
               context("Управление промышленности и индустриально-инновационного развития Павлодарской области",
                       "industry@pavlodar.gov.kz", "050640009921", rows, "information",
                       ("ЕКЦ-2026/529", "2026-04-15", "Запрос информации о государственных услугах в сфере недропользования"),
                       "Внести сведения по услугам 01207001, 01207004, 01207009 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "merged two-row header ('Нормативные правовые акты' over standard / regulation / changes), a 1…8 row stored as numbers, '-//-' in column 8")


def d35_tabigat_akmola_notes_sheet_first():
    name = "d35-wildlife-akmola-notes-sheet-first.xlsx"
    std = "Правила выдачи разрешений на пользование животным миром, утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 11 февраля 2025 года № 39"
    erm = P("Ермеков Бауржан Кайратович", "главный специалист отдела животного мира", "b.yermekov@akmola-tabigat.gov.kz", "8 (7162) 72-14-35")
    c8 = "Ермеков Бауржан Кайратович, главный специалист отдела животного мира, тел.: 8 (7162) 72-14-35, b.yermekov@akmola-tabigat.gov.kz"
    rows = [
        S("1", "01503002", "Выдача разрешения на пользование животным миром", std, "—", "—", "www.egov.kz", c8, erm),
        S("2", "01503006", "Выдача разрешения на интродукцию, реинтродукцию и гибридизацию видов животных", std, "—", "—", "www.egov.kz", c8, erm),
    ]
    head = ["№", "№ в реестре государственных услуг", "Наименование услуги", "Стандарт услуги", "Регламент услуги",
            "Изменения НПА", "Интернет-ресурс", "Ответственное лицо (ФИО, должность)"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ns = wb.active
    ns.title = "Пояснения"
    notes = ["Пояснения к заполненной форме",
             "1. Регламенты государственных услуг в настоящее время не утверждаются, графа 5 не заполняется.",
             "2. Обе услуги оказываются в электронной форме через портал «электронного правительства».",
             "3. Справки по телефону приемной управления: 8 (7162) 72-10-00.",
             "Форма — на листе «Форма»."]
    for i, t in enumerate(notes, 1):
        xput(ns, i, 1, t, bold=(i == 1), wrap=False)
    ns.column_dimensions["A"].width = 100
    ws = wb.create_sheet("Форма")
    _xtitle(ws, 1, "Управление природных ресурсов и регулирования природопользования Акмолинской области", 8)
    _xtitle(ws, 2, "на запрос ЕКЦ-2026/1482 от 27.10.2026", 8, bold=False, size=10)
    r = xgrid(ws, [head] + grid(rows, cols), 4, nhead=1)
    xput(ws, r + 1, 1, "Исп. Ермеков Б.К.", wrap=False)
    xput(ws, r + 2, 1, "«03» ноября 2026 г.", wrap=False)
    xwidths(ws, [5, 14, 34, 46, 12, 12, 14, 40])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Ермеков Б.К.", "2026-11-03")],
               context("Управление природных ресурсов и регулирования природопользования Акмолинской области",
                       "tabigat@akmola.gov.kz", "010140004486", rows, "information",
                       ("ЕКЦ-2026/1482", "2026-10-27", "Запрос информации по государственным услугам в сфере животного мира"),
                       "Внести сведения по услугам 01503002 и 01503006 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "the first sheet is the clerk's notes (with a phone number), the form is on the second sheet 'Форма'")


def d36_zher_shymkent_numeric_registry():
    name = "d36-land-shymkent-numeric-registry-numbers.xlsx"
    std = "Правила оказания государственных услуг в сфере земельных отношений, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301"
    rows = [
        S(1, ("num", 402003, "00000000"), "Предоставление земельного участка для строительства объекта в черте населенного пункта",
          std, "-", "-", "www.egov.kz",
          "Турсынбаев Ильяс Бахытжанович – руководитель отдела предоставления земельных участков, тел. 8 (7252) 39-40-12, i.tursynbayev@shymkent-zher.gov.kz",
          P("Турсынбаев Ильяс Бахытжанович", "руководитель отдела предоставления земельных участков", "i.tursynbayev@shymkent-zher.gov.kz", "8 (7252) 39-40-12"),
          k_registry_number="00402003"),
        S(2, ("num", 402009, "00000000"), "Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов (конкурсов, аукционов)",
          "-//-", "-", "-", "www.egov.kz", "-//-", SAME, k_registry_number="00402009"),
        S(3, ("num", 402017, "00000000"), "Выдача решения на изменение целевого назначения земельного участка",
          "-//-", "-", "Приказ Министра сельского хозяйства РК от 14.08.2026 № 287", "www.egov.kz", "-//-", SAME,
          k_registry_number="00402017"),
        S(4, ("num", 402025, "00000000"), "Выдача разрешения на использование земельного участка для изыскательских работ",
          "-//-", "-", "-", "www.egov.kz", "-//-", SAME, k_registry_number="00402025"),
    ]
    rows[0].c["std"] = std
    head = ["№ п/п", "№ госуслуги в реестре", "Наименование госуслуги", "Стандарт госуслуги (реквизиты)",
            "Регламент госуслуги (реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ЕКЦ"
    _xtitle(ws, 1, "Управление земельных отношений города Шымкент", 8)
    _xtitle(ws, 2, "Информация по государственным услугам в сфере земельных отношений", 8, bold=False)
    r = xgrid(ws, [head] + grid(rows, cols), 4, nhead=1)
    xput(ws, r + 1, 1, "Исп.: Турсынбаев И.Б.", wrap=False)
    xput(ws, r + 2, 1, "14.04.2027", wrap=False)
    xwidths(ws, [5, 12, 36, 40, 12, 26, 14, 42])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Турсынбаев И.Б.", "2027-04-14")],
               context("Управление земельных отношений города Шымкент", "zher@shymkent.gov.kz", "180940027730", rows, "information",
                       ("ЕКЦ-2027/201", "2027-04-07", "Запрос информации по государственным услугам в сфере земельных отношений"),
                       "Внести сведения по четырем услугам в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "registry numbers stored as numbers (402003) shown as 00402003 by the cell format '00000000' (key: the 8 digits); '-//-' in the standard column and in column 8")


def d37_police_almaty_c8_four_columns():
    name = "d37-police-almaty-responsible-four-columns.xlsx"
    std = "Правила оказания государственных услуг в сфере оборота гражданского и служебного оружия, утвержденные приказом Министра внутренних дел Республики Казахстан от 12 февраля 2025 года № 118"
    sar = P("Сарсенбаев Даурен Ерланович", "старший инспектор отдела лицензионно-разрешительной работы", "d.sarsenbayev@almaty-police.gov.kz", "8 (727) 254-40-17")
    rows = [
        S(1, "00102011", "Выдача разрешения на приобретение гражданского оружия", std, "-", "-", "www.egov.kz", None, sar,
          fio="Сарсенбаев Даурен Ерланович", pos="старший инспектор отдела лицензионно-разрешительной работы",
          tel="8 (727) 254-40-17", mail="d.sarsenbayev@almaty-police.gov.kz"),
        S(2, "00102012", "Выдача разрешения на хранение или хранение и ношение гражданского оружия", std, "-", "-", "www.egov.kz", None, sar,
          fio="Сарсенбаев Даурен Ерланович", pos="старший инспектор отдела лицензионно-разрешительной работы",
          tel="8 (727) 254-40-17", mail="d.sarsenbayev@almaty-police.gov.kz"),
        S(3, "00102015", "Выдача разрешения на перевозку гражданского оружия", std, "-",
          "Приказ Министра внутренних дел РК от 03.03.2026 № 190", "www.egov.kz", None,
          P("Волков Игорь Анатольевич", "инспектор отдела лицензионно-разрешительной работы", None, "8 (727) 254-40-22"),
          fio="Волков Игорь Анатольевич", pos="инспектор отдела лицензионно-разрешительной работы",
          tel="8 (727) 254-40-22; 8 701 200 17 88", mail="—"),
    ]
    h1 = ["№", "№ услуги в реестре", "Наименование государственной услуги", "Стандарт", "Регламент", "Изменения НПА",
          "Интернет-ресурс", "Ответственное лицо", None, None, None]
    h2 = ["^", "^", "^", "^", "^", "^", "^", "ФИО", "Должность", "Телефон", "E-mail"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "fio", "pos", "tel", "mail"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    _xtitle(ws, 1, "Департамент полиции города Алматы — информация по государственным услугам (запрос ЕКЦ-2026/598)", 11)
    r = xgrid(ws, [h1, h2] + grid(rows, cols), 3, nhead=2)
    xput(ws, r + 1, 1, "Исп.: Сарсенбаев Д.Е.", wrap=False)
    xput(ws, r + 2, 1, "05.05.2026", wrap=False)
    xwidths(ws, [4, 11, 30, 40, 10, 20, 12, 24, 30, 20, 28])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Сарсенбаев Д.Е.", "2026-05-05")],
               context("Департамент полиции города Алматы", "dp.almaty@mvd.gov.kz", "960540001218", rows, "information",
                       ("ЕКЦ-2026/598", "2026-04-28", "Запрос информации по государственным услугам в сфере оборота оружия"),
                       "Внести сведения по услугам 00102011, 00102012, 00102015 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "column 8 split into four columns (ФИО | Должность | Телефон | E-mail) under a merged 'Ответственное лицо'; two phones in the phone column (first kept); '—' for e-mail")


def d38_bilim_sko_kk():
    name = "d38-bilim-sko-kk.xlsx"
    std = "Мектепке дейінгі тәрбие және оқыту саласындағы мемлекеттік көрсетілетін қызметтерді көрсету қағидалары, Қазақстан Республикасы Оқу-ағарту министрінің 2025 жылғы 24 сәуірдегі № 81 бұйрығымен бекітілген"
    rows = [
        S(1, "01001011", "Мектепке дейінгі ұйымдарға жіберу үшін мектеп жасына дейінгі (6 жасқа дейін) балаларды кезекке қою",
          std, "-", "-", "www.egov.kz",
          "Жақсыбекова Гүлмира Серікқызы, мектепке дейінгі білім беру бөлімінің бас маманы, тел. 8 (7152) 46-58-02, g.zhaksybekova@sko-bilim.gov.kz",
          P("Жақсыбекова Гүлмира Серікқызы", "мектепке дейінгі білім беру бөлімінің бас маманы", "g.zhaksybekova@sko-bilim.gov.kz", "8 (7152) 46-58-02")),
        S(2, "01001012", "Мектепке дейінгі ұйымдарға құжаттар қабылдау және балаларды қабылдау", std, "-",
          "ҚР Оқу-ағарту министрінің 2026 жылғы 19 тамыздағы № 176 бұйрығы", "www.egov.kz", "-//-", SAME),
    ]
    head = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
            "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
            "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
            "Нормативтік құқықтық актілердің өзгерістері", "Интернет-ресурс",
            "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ақпарат"
    _xtitle(ws, 1, "Солтүстік Қазақстан облысының білім басқармасы", 8)
    _xtitle(ws, 2, "Мемлекеттік көрсетілетін қызметтер туралы ақпарат", 8, bold=False)
    r = xgrid(ws, [head, [int(x) for x in NUMS8]] + grid(rows, cols), 4, nhead=1, center_rows=(1,))
    xput(ws, r + 1, 2, "Орындаған: Жақсыбекова Г.С.", wrap=False)
    xput(ws, r + 2, 2, "2026 жылғы 28 тамыз", wrap=False)
    xwidths(ws, [6, 14, 36, 46, 16, 26, 14, 42])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Жақсыбекова Г.С.", "2026-08-28", lang="kk")],
               context("Управление образования Северо-Казахстанской области", "bilim@sko.gov.kz", "010340002995", rows, "information",
                       ("ЕКЦ-2026/1141", "2026-08-21", "Запрос информации о государственных услугах в сфере дошкольного образования"),
                       "Внести сведения по услугам 01001011 и 01001012 в базу ЕКЦ",
                       names=["Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные организации",
                              "Прием документов и зачисление детей в дошкольные организации"]))
    manifest(name, "kk", "xlsx", "Kazakh sheet with the 1…8 row; executor line starts in column B; '-//-' in column 8")


def d39_transport_shymkent_reordered_note():
    name = "d39-roads-shymkent-reordered-with-note.xlsx"
    std = "Правила оказания государственных услуг в сфере автомобильных дорог, утвержденные приказом Министра транспорта Республики Казахстан от 2 августа 2024 года № 276"
    akh = P("Ахмедов Рустам Фаридович", "главный специалист отдела автомобильных дорог", "r.akhmedov@shymkent-transport.gov.kz", "8 (7252) 55-71-09")
    c8 = "Ахмедов Рустам Фаридович – главный специалист отдела автомобильных дорог, 8 (7252) 55-71-09, r.akhmedov@shymkent-transport.gov.kz"
    rows = [
        S(1, "00304015", "Выдача разрешения на размещение наружной (визуальной) рекламы в полосе отвода автомобильных дорог общего пользования областного и районного значения",
          std, "нет", "нет", "www.egov.kz", c8, akh, note="Через ЦОН не оказывается"),
        S(2, "00304018", "Согласование проектов строительства подъездных путей и примыканий к автомобильным дорогам областного (городского) значения",
          std, "нет", "Приказ Министра транспорта РК от 26.06.2026 № 233", "www.egov.kz", c8, akh, note=""),
    ]
    head = ["№", "Код услуги в реестре", "Наименование", "ФИО, должность ответственного", "Интернет-ресурс",
            "Стандарт", "Регламент", "Изменения НПА", "Примечание"]
    cols = ["n", "reg", "name", "c8", "web", "std", "rgl", "npa", "note"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Госуслуги"
    r = xgrid(ws, [head] + grid(rows, cols), 1, nhead=1)
    xput(ws, r + 1, 1, "Исполнитель: Ахмедов Р.Ф.", wrap=False)
    xput(ws, r + 2, 1, "10 июля 2026 года", wrap=False)
    xwidths(ws, [4, 12, 38, 36, 14, 40, 10, 22, 20])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Ахмедов Р.Ф.", "2026-07-10")],
               context("Управление пассажирского транспорта и автомобильных дорог города Шымкент", "transport@shymkent.gov.kz",
                       "180840020148", rows, "information",
                       ("ЕКЦ-2026/930", "2026-07-02", "Запрос информации по государственным услугам в сфере автомобильных дорог"),
                       "Внести сведения по услугам 00304015 и 00304018 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "no title, the table starts at A1; columns reordered (column 8 fourth, website fifth, standard sixth) plus a 'Примечание' column; 'нет' in regulation")


def d40_geology_offset_and_date_cell():
    name = "d40-geology-offset-table-date-cell.xlsx"
    rows = [
        S("1", "01208003", "Выдача лицензии на разведку твердых полезных ископаемых",
          "Правила оказания государственных услуг в сфере недропользования по твердым полезным ископаемым, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 10 апреля 2024 года № 131",
          "-", "Приказ МПС РК от 11.09.2026 № 330", "www.egov.kz, www.gov.kz/memleket/entities/geology",
          "Нурмуханбетов Алмас Жанатович – главный эксперт Управления лицензирования, +7 (7172) 98-33-51, a.nurmukhanbetov@geology.gov.kz",
          P("Нурмуханбетов Алмас Жанатович", "главный эксперт Управления лицензирования", "a.nurmukhanbetov@geology.gov.kz", "+7 (7172) 98-33-51")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения нормативных правовых актов", "Интернет-ресурс",
            "Фамилия, имя, отчество, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Приложение 1"
    xput(ws, 1, 2, "КОМИТЕТ ГЕОЛОГИИ", bold=True, wrap=False, size=14)
    xput(ws, 2, 2, "Министерства промышленности и строительства Республики Казахстан", wrap=False)
    xput(ws, 4, 6, "Приложение к письму № 27-04/1930 от 24.09.2026", wrap=False, italic=True, size=9)
    r = xgrid(ws, [head] + grid(rows, cols), 6, c0=2, nhead=1)
    xput(ws, r + 1, 2, "Исполнитель:", wrap=False)
    xput(ws, r + 1, 3, "Нурмуханбетов А.Ж.", wrap=False)
    xput(ws, r + 2, 2, "Дата:", wrap=False)
    xput(ws, r + 2, 3, datetime.datetime(2026, 9, 24), wrap=False, fmt="DD.MM.YYYY")
    ws.column_dimensions["A"].width = 3
    xwidths(ws, [6, 14, 30, 46, 12, 22, 24, 42], c0=2)
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Нурмуханбетов А.Ж.", "2026-09-24")],
               context("Комитет геологии Министерства промышленности и строительства Республики Казахстан", "geology@mps.gov.kz",
                       "190240016618", rows, "information",
                       ("ЕКЦ-2026/1260", "2026-09-16", "Запрос информации по государственной услуге 01208003"),
                       "Внести сведения по услуге 01208003 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "table starts at B6 under a letterhead; executor label and name in two cells; the date is a real date cell (Excel serial, shown DD.MM.YYYY)")


def d41_enbek_almaty_bilingual_5rows():
    name = "d41-enbek-almaty-bilingual-5rows.xlsx"
    std51 = "Правила оказания государственной услуги «Регистрация лиц, ищущих работу», утвержденные приказом МТСЗН РК от 12 февраля 2025 года № 51"
    abe = P("Абенов Нурлан Маратович", "начальник отдела занятости", "n.abenov@almaty-enbek.gov.kz", "8 (727) 300-12-60")
    rows = [
        S(1, "00201009", "Назначение жилищной помощи",
          "Правила оказания государственной услуги «Назначение жилищной помощи», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 3 сентября 2024 года № 318",
          "-", "-", "www.egov.kz",
          "Досмухамбетова Лаура Ержановна, начальник отдела жилищной помощи, 8 (727) 300-12-45, l.dosmukhambetova@almaty-enbek.gov.kz",
          P("Досмухамбетова Лаура Ержановна", "начальник отдела жилищной помощи", "l.dosmukhambetova@almaty-enbek.gov.kz", "8 (727) 300-12-45")),
        S(2, "00201031", "Регистрация лиц, ищущих работу", std51, "-", "-", "www.egov.kz",
          "Абенов Нурлан Маратович, начальник отдела занятости, 8 (727) 300-12-60, n.abenov@almaty-enbek.gov.kz", abe),
        S(3, "00201040", "Выдача справки о регистрации в качестве безработного", std51, "-", "-", "www.egov.kz", "то же", SAME),
        S(4, "00201044", "Назначение единовременной выплаты на погребение",
          "Правила назначения и выплаты единовременной выплаты на погребение, утвержденные приказом МТСЗН РК от 30 июня 2025 года № 230",
          "-", "-", "www.egov.kz",
          "Рахимова Дилноза Азатовна, главный специалист отдела социальных выплат, 8 (727) 300-12-71, d.rakhimova@almaty-enbek.gov.kz",
          P("Рахимова Дилноза Азатовна", "главный специалист отдела социальных выплат", "d.rakhimova@almaty-enbek.gov.kz", "8 (727) 300-12-71")),
        S(5, "00201048", "Предоставление путевок детям в загородные и пришкольные лагеря",
          "Правила оказания государственных услуг в сфере социальной защиты детей, утвержденные приказом Министра просвещения РК от 7 апреля 2025 года № 66",
          "-", "Приказ Министра просвещения РК от 02.06.2026 № 118", "www.egov.kz",
          "Рахимова Д.А., главный специалист отдела социальных выплат, 8 (727) 300-12-71",
          P("Рахимова Д.А.", "главный специалист отдела социальных выплат", None, "8 (727) 300-12-71")),
    ]
    head = ["Р/с №\n№ п/п", "Тізілімдегі нөмірі\n№ в реестре", "Мемлекеттік қызметтің атауы\nНаименование государственной услуги",
            "Қызмет стандарты\nСтандарт услуги", "Қызмет регламенті\nРегламент услуги", "НҚА өзгерістері\nИзменения НПА",
            "Интернет-ресурс", "Жауапты тұлға (Т.А.Ә., лауазымы)\nОтветственное лицо (ФИО, должность)"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _xtitle(ws, 1, "Алматы қаласының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы / Управление занятости и социальных программ города Алматы", 8, size=11)
    r = xgrid(ws, [head] + grid(rows, cols), 3, nhead=1)
    ws.row_dimensions[3].height = 60
    xput(ws, r + 1, 1, "Орындаған/Исп.: Абенов Н.М.", wrap=False)
    xput(ws, r + 2, 1, "15.10.2026ж.", wrap=False)
    xwidths(ws, [7, 13, 34, 44, 14, 24, 14, 40])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Абенов Н.М.", "2026-10-15", lang=None)],
               context("Управление занятости и социальных программ города Алматы", "enbek@almaty.gov.kz", "970340007166", rows, "information",
                       ("ЕКЦ-2026/1361", "2026-10-08", "Запрос информации о государственных услугах в сфере занятости и социальных программ"),
                       "Внести сведения по пяти услугам в базу ЕКЦ"))
    manifest(name, "kk+ru", "xlsx", "each header cell holds Kazakh and Russian on two lines; 'то же' in column 8; a row whose column 8 gives only surname and initials (keyed as written); date '15.10.2026ж.'")


def d42_ekibastuz_two_sheets():
    name = "d42-akimat-ekibastuz-form-on-two-sheets.xlsx"
    std = "Правила оказания государственных услуг в жилищно-коммунальной сфере, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 2 мая 2024 года № 160"
    rows = [
        S(1, "00808011", "Приватизация жилищ из государственного жилищного фонда", std, "-", "-", "www.egov.kz",
          "Омарова Сабина Ринатовна, главный специалист отдела ЖКХ, 8 (7187) 34-50-12, s.omarova@ekibastuz.gov.kz",
          P("Омарова Сабина Ринатовна", "главный специалист отдела ЖКХ", "s.omarova@ekibastuz.gov.kz", "8 (7187) 34-50-12")),
        S(2, "00808014", "Предоставление информации о состоянии очереди на получение жилища из государственного жилищного фонда",
          std, "-", "-", "www.egov.kz", "-//-", SAME),
        S(3, "00803014", "Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан",
          "Правила оказания государственной услуги «Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан», утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 12 июня 2025 года № 226/НҚ",
          "-", "-", "www.egov.kz",
          "Бауэр Виктор Андреевич, главный специалист отдела архитектуры и градостроительства, 8 (7187) 34-50-31",
          P("Бауэр Виктор Андреевич", "главный специалист отдела архитектуры и градостроительства", None, "8 (7187) 34-50-31")),
    ]
    head = ["№ п/п", "№ в реестре", "Наименование государственной услуги", "Стандарт (реквизиты)", "Регламент (реквизиты)",
            "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    g = grid(rows, cols)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Отдел ЖКХ"
    _xtitle(ws, 1, "ГУ «Аппарат акима города Экибастуза» — информация по запросу ЕКЦ-2026/671 от 14.05.2026", 8)
    xgrid(ws, [head] + g[:2], 3, nhead=1)
    xwidths(ws, [5, 11, 36, 46, 12, 12, 14, 40])
    ws2 = wb.create_sheet("Отдел архитектуры")
    r = xgrid(ws2, [head] + g[2:], 1, nhead=1)
    xput(ws2, r + 1, 1, "Исп. Омарова С.Р.", wrap=False)
    xput(ws2, r + 2, 1, "«21» мая 2026 г.", wrap=False)
    xwidths(ws2, [5, 11, 36, 46, 12, 12, 14, 40])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Омарова С.Р.", "2026-05-21")],
               context("Аппарат акима города Экибастуза", "akimat@ekibastuz.gov.kz", "000240004412", rows, "information",
                       ("ЕКЦ-2026/671", "2026-05-14", "Запрос информации по государственным услугам акимата города Экибастуза"),
                       "Внести сведения по услугам 00808011, 00808014, 00803014 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "one form spread over two sheets (one per department, each with its header; numbering 1-2 then 3), executor only at the end of the second sheet")


def d43_sport_kostanay_alt_enter_appointment():
    name = "d43-sport-kostanay-labelled-cell-appointment.xlsx"
    rows = [
        S("1", "01701009", "Присвоение квалификационных категорий тренерам высшего и среднего уровня квалификации",
          "Правила оказания государственных услуг в сфере физической культуры и спорта, утвержденные приказом Министра туризма и спорта Республики Казахстан от 22 июля 2025 года № 241",
          "не утверждался", "—", "www.egov.kz",
          "ФИО: Гайдамак Ирина Петровна\nДолжность: главный специалист отдела спорта\nТел: 8 (7142) 54-77-18 (вн. 221)\nE-mail: i.gaidamak@kostanay-sport.gov.kz",
          P("Гайдамак Ирина Петровна", "главный специалист отдела спорта", "i.gaidamak@kostanay-sport.gov.kz", "8 (7142) 54-77-18")),
    ]
    head = ["№", "№ услуги\nв реестре", "Наименование\nуслуги", "Стандарт\n(реквизиты)", "Регламент\n(реквизиты)",
            "Изменения\nНПА", "Интернет-\nресурс", "ФИО, должность\nответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    _xtitle(ws, 1, "Управление физической культуры и спорта акимата Костанайской области", 8)
    _xtitle(ws, 2, "Ответственное лицо за взаимодействие с ЕКЦ и сведения по государственной услуге", 8, bold=False)
    r = xgrid(ws, [head] + grid(rows, cols), 4, nhead=1)
    ws.row_dimensions[5].height = 95
    xput(ws, r + 1, 1, "Исп.: Гайдамак И.П.", wrap=False)
    xput(ws, r + 2, 1, "Дата: 03.06.2026", wrap=False)
    xwidths(ws, [4, 12, 30, 44, 14, 10, 14, 44])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Гайдамак И.П.", "2026-06-03")],
               context("Управление физической культуры и спорта акимата Костанайской области", "sport@kostanay.gov.kz",
                       "990840006671", rows, "appointment",
                       ("ЕКЦ-2026/742", "2026-05-27", "О назначении ответственного лица по государственной услуге 01701009"),
                       "Зарегистрировать ответственное лицо Гайдамак И.П. и внести сведения по услуге 01701009"))
    manifest(name, "ru", "xlsx", "first reply; column 8 with labels on four lines inside one cell (Alt+Enter) and '(вн. 221)'; header cells with line breaks ('Интернет-\\nресурс'); regulation 'не утверждался' (null)")


def d44_dsek_zhambyl_total_row():
    name = "d44-sanepid-zhambyl-total-row.xlsx"
    std = "Правила оказания государственных услуг в сфере санитарно-эпидемиологического благополучия населения, утвержденные приказом Министра здравоохранения Республики Казахстан от 30 декабря 2024 года № ҚР ДСМ-136"
    rows = [
        S(1, "00903002", "Выдача санитарно-эпидемиологического заключения о соответствии (несоответствии) объекта высокой эпидемической значимости нормативным правовым актам в сфере санитарно-эпидемиологического благополучия населения",
          std, "—", "—", "www.elicense.kz",
          "Тасболатова Меруерт Айдаровна – главный специалист отдела гигиены, 8 (7262) 43-07-15, m.tasbolatova@zhambyl-dsek.gov.kz",
          P("Тасболатова Меруерт Айдаровна", "главный специалист отдела гигиены", "m.tasbolatova@zhambyl-dsek.gov.kz", "8 (7262) 43-07-15")),
        S(2, "00903005", "Выдача разрешения на объекты высокой эпидемической значимости", std, "—",
          "Приказ МЗ РК от 05.05.2026 № ҚР ДСМ-51", "www.elicense.kz", "аналогично", SAME),
        S(3, "00903009", "Выдача санитарно-эпидемиологического заключения на проекты нормативной документации по предельно допустимым выбросам",
          std, "—", "—", "www.elicense.kz",
          "Нургазиев Куаныш Болатович – руководитель отдела гигиены, 8 (7262) 43-07-10, k.nurgaziyev@zhambyl-dsek.gov.kz",
          P("Нургазиев Куаныш Болатович", "руководитель отдела гигиены", "k.nurgaziyev@zhambyl-dsek.gov.kz", "8 (7262) 43-07-10")),
    ]
    h1 = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги",
          "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма ЕКЦ"
    _xtitle(ws, 1, "Департамент санитарно-эпидемиологического контроля Жамбылской области", 8)
    _xtitle(ws, 2, "Сведения о государственных услугах (приложение 1 к Правилам взаимодействия ЕКЦ)", 8, bold=False)
    body = [h1, [int(x) for x in NUMS8]] + grid(rows, cols) + [["Итого: 3 услуги", None, None, "", "", "", "", ""]]
    r = xgrid(ws, body, 4, nhead=1, center_rows=(1,))
    xput(ws, r + 1, 1, "Исп.: Тасболатова М.А.", wrap=False)
    xput(ws, r + 2, 1, "« 26 » мая 2026 г.", wrap=False)
    xwidths(ws, [6, 13, 44, 44, 12, 22, 14, 42])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Тасболатова М.А.", "2026-05-26")],
               context("Департамент санитарно-эпидемиологического контроля Жамбылской области", "dsek.zhambyl@dsm.gov.kz",
                       "200740019002", rows, "information",
                       ("ЕКЦ-2026/694", "2026-05-19", "Запрос информации по государственным услугам в сфере санитарно-эпидемиологического благополучия"),
                       "Внести сведения по услугам 00903002, 00903005, 00903009 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "a closing 'Итого: 3 услуги' row inside the table (not a service); 'аналогично' in column 8")


def d45_kds_vertical_xlsx():
    name = "d45-construction-committee-field-value.xlsx"
    rows = [
        S("1", "01209002", "Аттестация экспертов, осуществляющих экспертные работы и инжиниринговые услуги в сфере архитектурной, градостроительной и строительной деятельности",
          "Правила аттестации экспертов, осуществляющих экспертные работы и инжиниринговые услуги в сфере архитектурной, градостроительной и строительной деятельности, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 29 февраля 2024 года № 74",
          "-", "-", "www.gov.kz/memleket/entities/kds, www.egov.kz",
          "Искакова Дина Маратовна — ведущий эксперт Управления технического регулирования и аттестации, тел. 8 (7172) 64-91-27, вн. 5127, d.iskakova@mps.gov.kz",
          P("Искакова Дина Маратовна", "ведущий эксперт Управления технического регулирования и аттестации", "d.iskakova@mps.gov.kz", "8 (7172) 64-91-27")),
    ]
    s = rows[0].c
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма"
    xput(ws, 1, 1, "Комитет по делам строительства и жилищно-коммунального хозяйства МПС РК", bold=True, wrap=False)
    xput(ws, 2, 1, "Информация о государственной услуге (ответ на ЕКЦ-2027/150 от 15.03.2027)", wrap=False)
    pairs = [("Графа", "Содержание"),
             ("1. № п/п", s["n"]),
             ("2. № государственной услуги в реестре", s["reg"]),
             ("3. Наименование государственной услуги", s["name"]),
             ("4. Стандарт государственной услуги (реквизиты)", s["std"]),
             ("5. Регламент государственной услуги (реквизиты)", s["rgl"]),
             ("6. Изменения нормативных правовых актов", s["npa"]),
             ("7. Интернет-ресурс", s["web"]),
             ("8. ФИО, должность ответственного лица", s["c8"])]
    r = xgrid(ws, [list(p) for p in pairs], 4, nhead=1)
    xput(ws, r + 1, 1, "Исполнитель: Искакова Д.М.", wrap=False)
    xput(ws, r + 2, 1, "22 марта 2027 г.", wrap=False)
    xwidths(ws, [44, 90])
    write_case(name, xlsx_bytes(wb), [form_key(name, rows, "Искакова Д.М.", "2027-03-22")],
               context("Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан",
                       "kds@mps.gov.kz", "230440009127", rows, "information",
                       ("ЕКЦ-2027/150", "2027-03-15", "Запрос информации по государственной услуге 01209002"),
                       "Внести сведения по услуге 01209002 в базу ЕКЦ"))
    manifest(name, "ru", "xlsx", "one service as a 'Графа | Содержание' sheet with numbered labels; em dash after the name in column 8; 'вн. 5127'")


# ============================================================================= PDF, 46-55


def _pp(text, size=10, align=0, bold=False, font="DejaVu", space=2):
    return [ptext(text, pstyle(size, font, align=align, bold=bold)), Spacer(1, space * mm)]


def d46_energy_karaganda_pdf():
    name = "d46-energy-karaganda-ruled.pdf"
    rows = [
        S("1", "01102011", "Выдача паспорта готовности отопительных котельных всех мощностей и тепловых сетей к работе в осенне-зимний период",
          "Правила оказания государственной услуги «Выдача паспорта готовности отопительных котельных всех мощностей и тепловых сетей к работе в осенне-зимний период», утвержденные приказом Министра энергетики Республики Казахстан от 15 июля 2025 года № 264-н/қ",
          "—", "—", "www.egov.kz",
          "Лисицына Татьяна Владимировна – главный специалист отдела теплоэнергетики, тел. 8 (7212) 50-63-17, t.lisitsyna@krg-energy.gov.kz",
          P("Лисицына Татьяна Владимировна", "главный специалист отдела теплоэнергетики", "t.lisitsyna@krg-energy.gov.kz", "8 (7212) 50-63-17")),
        S("2", "01102015", "Выдача заключения о технической возможности подключения к системе газоснабжения",
          "Правила оказания государственных услуг в сфере газа и газоснабжения, утвержденные приказом Министра энергетики Республики Казахстан от 22 мая 2025 года № 197-н/қ",
          "—", "Приказ Министра энергетики РК от 10.03.2026 № 88-н/қ", "www.egov.kz",
          "Каримов Ержан Даулетович – главный специалист отдела газификации, тел. 8 (7212) 50-63-25, e.karimov@krg-energy.gov.kz",
          P("Каримов Ержан Даулетович", "главный специалист отдела газификации", "e.karimov@krg-energy.gov.kz", "8 (7212) 50-63-25")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
            "Изменения нормативных правовых актов", "Интернет-ресурс", "Фамилия, имя, отчество, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    flow = []
    flow += _pp("УПРАВЛЕНИЕ ЭНЕРГЕТИКИ И ЖИЛИЩНО-КОММУНАЛЬНОГО ХОЗЯЙСТВА КАРАГАНДИНСКОЙ ОБЛАСТИ", 11, 1, True)
    flow += _pp("100012, г. Караганда, ул. Алиханова, 13; тел. 8 (7212) 50-63-00", 8, 1, space=5)
    flow += _pp("Информация о государственных услугах (на запрос ЕКЦ-2026/366 от 13.03.2026)", 10, 1, True, space=3)
    flow.append(ptable([head] + grid(rows, cols), nhead=1, widths=[10, 27, 36, 50, 27, 27, 26, 58], size=7.5))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Исп.: Лисицына Т.В.", 9, space=1)
    flow += _pp("«20» марта 2026 г.", 9)
    write_case(name, pdf_bytes(flow, title="Информация ЕКЦ"), [form_key(name, rows, "Лисицына Т.В.", "2026-03-20")],
               context("Управление энергетики и жилищно-коммунального хозяйства Карагандинской области", "energy@karaganda.gov.kz",
                       "110940013745", rows, "information",
                       ("ЕКЦ-2026/366", "2026-03-13", "Запрос информации по государственным услугам в сфере энергетики"),
                       "Внести сведения по услугам 01102011 и 01102015 в базу ЕКЦ"))
    manifest(name, "ru", "pdf", "ruled table in a landscape PDF with a text layer; cell text wraps over many lines; letterhead with a phone above the table")


def d47_gask_astana_pdf_split_header():
    name = "d47-gask-astana-split-header.pdf"
    std = "Правила оказания государственных услуг в сфере лицензирования архитектурной, градостроительной и строительной деятельности, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 26 апреля 2024 года № 151"
    rows = [
        S("1", "00804002", "Выдача лицензии для осуществления деятельности по строительно-монтажным работам (III категория)", std, "—", "—",
          "www.elicense.kz",
          "Айтжанова Салтанат Еркиновна – руководитель отдела лицензирования, 8 (7172) 55-46-30, s.aitzhanova@astana-gask.gov.kz",
          P("Айтжанова Салтанат Еркиновна", "руководитель отдела лицензирования", "s.aitzhanova@astana-gask.gov.kz", "8 (7172) 55-46-30")),
        S("2", "00804005", "Переоформление лицензии на строительно-монтажные работы", std, "—", "Приказ МПС РК от 07.07.2026 № 249",
          "www.elicense.kz", "-//-", SAME),
        S("3", "00804009", "Выдача лицензии на изыскательскую деятельность (III категория)", std, "—", "—", "www.elicense.kz",
          "Мырзахметов Даулет Сапарович – главный специалист отдела лицензирования, 8 (7172) 55-46-37, 8 778 411 90 27",
          P("Мырзахметов Даулет Сапарович", "главный специалист отдела лицензирования", None, "8 (7172) 55-46-37")),
    ]
    h1 = ["№ п/п", "№ услуги в реестре", "Наименование услуги", "Реквизиты актов", None, None, "Интернет-ресурс",
          "ФИО, должность ответственного лица"]
    h2 = ["^", "^", "^", "стандарт", "регламент", "изменения НПА", "^", "^"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    flow = []
    flow += _pp("ГУ «Управление государственного архитектурно-строительного контроля города Астаны»", 11, 1, True, space=4)
    flow += _pp("Ответ на запрос ЕКЦ-2026/905 от 07.07.2026", 9, 2, space=3)
    flow.append(ptable([h1, h2, NUMS8] + grid(rows, cols), nhead=2, widths=[10, 26, 40, 54, 20, 27, 26, 56], size=7.5,
                       center_rows=(2,)))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Исполнитель: Айтжанова С.Е., 55-46-30", 9, space=1)
    flow += _pp("«14» июля 2026 г.", 9)
    write_case(name, pdf_bytes(flow), [form_key(name, rows, "Айтжанова С.Е.", "2026-07-14")],
               context("Управление государственного архитектурно-строительного контроля города Астаны", "gask@astana.gov.kz",
                       "080440021817", rows, "information",
                       ("ЕКЦ-2026/905", "2026-07-07", "Запрос информации по государственным услугам в сфере лицензирования строительства"),
                       "Внести сведения по услугам 00804002, 00804005, 00804009 в базу ЕКЦ"))
    manifest(name, "ru", "pdf", "PDF with a two-row header (spanned 'Реквизиты актов' over three columns) and the 1…8 row; '-//-' in column 8; two phones, no e-mail")


def d48_telecom_committee_pdf_two_pages():
    name = "d48-telecom-committee-6rows-two-pages.pdf"
    std_rf = "Правила оказания государственных услуг в области использования радиочастотного спектра и номерного ресурса, утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 14 мая 2025 года № 168/НҚ"
    zh = P("Жолдасбекова Индира Ескендировна", "главный эксперт Управления радиочастотного спектра", "i.zholdasbekova@mdai.gov.kz", "+7 (7172) 74-95-22")
    pak = P("Пак Евгений Викторович", "эксперт Управления радиочастотного спектра", "e.pak@mdai.gov.kz", "+7 (7172) 74-95-27")
    rows = [
        S("1", "01901001", "Выдача лицензии на предоставление услуг в области связи",
          "Правила оказания государственной услуги «Выдача лицензии на предоставление услуг в области связи», утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 5 марта 2025 года № 71/НҚ",
          "-", "-", "www.elicense.kz",
          "Мамытов Айбек Сагынович – главный эксперт Управления лицензирования, тел. +7 (7172) 74-95-10, a.mamytov@mdai.gov.kz",
          P("Мамытов Айбек Сагынович", "главный эксперт Управления лицензирования", "a.mamytov@mdai.gov.kz", "+7 (7172) 74-95-10")),
        S("2", "01901004", "Выдача разрешений на использование радиочастотного спектра", std_rf, "-",
          "Приказ МЦРИАП РК от 19.06.2026 № 231/НҚ", "www.egov.kz",
          "Жолдасбекова Индира Ескендировна – главный эксперт Управления радиочастотного спектра, тел. +7 (7172) 74-95-22, i.zholdasbekova@mdai.gov.kz", zh),
        S("3", "01901006", "Выдача разрешения на использование номерного ресурса сетей телекоммуникаций", std_rf, "-", "-", "www.egov.kz",
          "то же", SAME),
        S("4", "01901008", "Согласование размещения радиоэлектронных средств и высокочастотных устройств", std_rf, "-", "-", "www.egov.kz",
          "Пак Евгений Викторович – эксперт Управления радиочастотного спектра, тел. +7 (7172) 74-95-27, вн. 9527, e.pak@mdai.gov.kz", pak),
        S("5", "01901011", "Выдача заключения о возможности ввоза радиоэлектронных средств и высокочастотных устройств", std_rf, "-", "-",
          "www.egov.kz", "то же", SAME),
        S("6", "01901015", "Выдача разрешения на эксплуатацию радиоэлектронных средств и высокочастотных устройств", std_rf, "-", "-",
          "www.egov.kz", "то же", SAME),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (реквизиты)", "Регламент государственной услуги (реквизиты)",
            "Изменения нормативных правовых актов", "Интернет-ресурс", "Ф.И.О., должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    flow = []
    flow += _pp("Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
                11, 1, True, font="DejaVuSerif", space=3)
    flow += _pp("Информация о государственных услугах Комитета (к письму ЕКЦ-2026/872 от 23.06.2026)", 10, 1, font="DejaVuSerif", space=4)
    flow.append(ptable([head] + grid(rows, cols), nhead=1, widths=[10, 29, 36, 54, 29, 28, 30, 50], size=8.5,
                       font="DejaVuSerif", repeat=True))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Исп. Жолдасбекова И.Е.", 9, font="DejaVuSerif", space=1)
    flow += _pp("30 июня 2026 года", 9, font="DejaVuSerif")
    write_case(name, pdf_bytes(flow), [form_key(name, rows, "Жолдасбекова И.Е.", "2026-06-30")],
               context("Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
                       "kt@mdai.gov.kz", "190840030115", rows, "information",
                       ("ЕКЦ-2026/872", "2026-06-23", "Запрос информации по государственным услугам в области связи"),
                       "Внести сведения по шести услугам в базу ЕКЦ"))
    manifest(name, "ru", "pdf", "six services in a serif-font table that breaks across two PDF pages with the header repeated; 'то же' four times (twice after another person)")


def d49_vet_mangystau_kk_pdf():
    name = "d49-vet-mangystau-kk.pdf"
    std = "Ветеринария саласындағы мемлекеттік көрсетілетін қызметтер қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 7 мамырдағы № 159 бұйрығымен бекітілген"
    rows = [
        S("1", "00506021", "Ветеринариялық анықтама беру", std, "—", "—", "www.egov.kz",
          "Жаңабергенов Асқар Серікұлы – ветеринарлық қауіпсіздік бөлімінің бас маманы, тел. 8 (7292) 43-12-05, a.zhanabergenov@mangystau-vet.gov.kz",
          P("Жаңабергенов Асқар Серікұлы", "ветеринарлық қауіпсіздік бөлімінің бас маманы", "a.zhanabergenov@mangystau-vet.gov.kz", "8 (7292) 43-12-05")),
        S("2", "00506023", "Жануарға ветеринариялық паспорт беру", std, "—", "ҚР АШМ 2026 жылғы 29 қыркүйектегі № 318 бұйрығы", "www.egov.kz",
          "Өтеулиева Жанат Қайратқызы – жануарларды бірдейлендіру бөлімінің жетекші маманы, тел. 8 (7292) 43-12-11, моб. 8 701 644 21 37, zh.oteuliyeva@mangystau-vet.gov.kz",
          P("Өтеулиева Жанат Қайратқызы", "жануарларды бірдейлендіру бөлімінің жетекші маманы", "zh.oteuliyeva@mangystau-vet.gov.kz", "8 (7292) 43-12-11")),
    ]
    head = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
            "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
            "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
            "Нормативтік құқықтық актілердің өзгерістері", "Интернет-ресурс",
            "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    flow = []
    flow += _pp("Маңғыстау облысының ветеринария басқармасы", 11, 1, True)
    flow += _pp("Ақтау қ., 14 шағын аудан, 1 үй", 8, 1, space=5)
    flow += _pp("Бірыңғай байланыс орталығының 2026 жылғы 29 қыркүйектегі № ЕКЦ-2026/1301 сұрауына", 9, 2, space=3)
    flow.append(ptable([head, NUMS8] + grid(rows, cols), nhead=1, widths=[10, 26, 32, 54, 28, 30, 26, 58], size=7.5,
                       center_rows=(1,)))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Орындаған: Өтеулиева Ж.Қ.", 9, space=1)
    flow += _pp("2026 жылғы 6 қазан", 9)
    write_case(name, pdf_bytes(flow), [form_key(name, rows, "Өтеулиева Ж.Қ.", "2026-10-06", lang="kk")],
               context("Управление ветеринарии Мангистауской области", "vet@mangystau.gov.kz", "070940018264", rows, "information",
                       ("ЕКЦ-2026/1301", "2026-09-29", "Запрос информации по государственным услугам в области ветеринарии"),
                       "Внести сведения по услугам 00506021 и 00506023 в базу ЕКЦ",
                       names=["Выдача ветеринарной справки", "Выдача ветеринарного паспорта на животное и выписки из него"]))
    manifest(name, "kk", "pdf", "Kazakh PDF form with the 1…8 row; mobile number after the landline; date '2026 жылғы 6 қазан'")


def d50_pravstat_vertical_pdf():
    name = "d50-pravstat-field-value.pdf"
    rows = [
        S("1", "00105002", "Выдача справки о наличии либо отсутствии судимости",
          "Правила оказания государственной услуги «Выдача справки о наличии либо отсутствии судимости», утвержденные приказом Генерального Прокурора Республики Казахстан от 18 сентября 2024 года № 107",
          "—", "—", "www.egov.kz, www.pravstat.gov.kz",
          "Старший прокурор Управления специальных учетов Рахметуллин Бахыт Серикбаевич, тел. 8 (7172) 71-05-45, b.rakhmetullin@prokuror.gov.kz",
          P("Рахметуллин Бахыт Серикбаевич", "Старший прокурор Управления специальных учетов", "b.rakhmetullin@prokuror.gov.kz", "8 (7172) 71-05-45")),
    ]
    s = rows[0].c
    g = [["№", "Наименование графы", "Сведения"],
         ["1", "№ п/п", s["n"]],
         ["2", "№ государственной услуги в реестре", s["reg"]],
         ["3", "Наименование государственной услуги", s["name"]],
         ["4", "Стандарт государственной услуги (с указанием его реквизитов)", s["std"]],
         ["5", "Регламент государственной услуги (с указанием его реквизитов)", s["rgl"]],
         ["6", "Изменения нормативных правовых актов", s["npa"]],
         ["7", "Интернет-ресурс, на котором размещена информация о государственной услуге", s["web"]],
         ["8", "Фамилия, имя, отчество, должность ответственного лица", s["c8"]]]
    flow = []
    flow += _pp("Комитет по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан", 11, 1, True, space=5)
    flow += _pp("Сведения о государственной услуге по форме приложения 1 к Правилам взаимодействия Единого контакт-центра", 10, 1, space=4)
    flow.append(ptable(g, nhead=1, widths=[10, 60, 110], size=9.5))
    flow.append(Spacer(1, 8 * mm))
    flow += _pp("Исп.: Рахметуллин Б.С.", 9, space=1)
    flow += _pp("09.04.2027", 9)
    write_case(name, pdf_bytes(flow, land=False, margins=(20, 20, 15, 20)), [form_key(name, rows, "Рахметуллин Б.С.", "2027-04-09")],
               context("Комитет по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан",
                       "kpsisu@prokuror.gov.kz", "010540002870", rows, "information",
                       ("ЕКЦ-2027/184", "2027-04-02", "Запрос информации по государственной услуге 00105002"),
                       "Внести сведения по услуге 00105002 в базу ЕКЦ"))
    manifest(name, "ru", "pdf", "portrait PDF, the form turned on its side as 'графа | наименование графы | сведения' (three columns, the first a column number); column 8 position first")


def d51_agro_zhambyl_hlines_pdf():
    name = "d51-agro-zhambyl-horizontal-rules-only.pdf"
    std = "Правила оказания государственных услуг в сфере государственного надзора за техническим состоянием тракторов и самоходных машин, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 30 марта 2025 года № 98"
    mol = P("Молдабеков Жандос Кайратович", "главный государственный инженер-инспектор", "zh.moldabekov@zhambyl-agro.gov.kz", "8 (7262) 43-90-11")
    c8 = "Молдабеков Жандос Кайратович, главный государственный инженер-инспектор, тел. 8 (7262) 43-90-11, zh.moldabekov@zhambyl-agro.gov.kz"
    rows = [
        S("1", "00501030", "Выдача удостоверения на право управления тракторами и изготовленными на их базе самоходными шасси и механизмами, самоходными сельскохозяйственными, мелиоративными и дорожно-строительными машинами и механизмами",
          std, "–", "–", "www.egov.kz", c8, mol),
        S("2", "00501033", "Выдача документа о прохождении государственного технического осмотра самоходных сельскохозяйственных машин",
          std, "–", "–", "www.egov.kz", c8, mol),
    ]
    head = ["№", "№ в реестре", "Наименование государственной услуги", "Стандарт", "Регламент", "Изменения НПА",
            "Интернет-ресурс", "Ответственное лицо"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    flow = []
    flow += _pp("КГУ «Управление сельского хозяйства акимата Жамбылской области»", 11, 0, True)
    flow += _pp("Исх. № 06-3/218 от 17.02.2027 · на № ЕКЦ-2027/097 от 10.02.2027", 8, 0, space=5)
    flow.append(ptable([head] + grid(rows, cols), nhead=1, widths=[8, 18, 52, 57, 19, 19, 28, 62], size=8, rules="hlines"))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Исп.: Молдабеков Ж.К.", 9, space=1)
    flow += _pp("17.02.2027", 9)
    write_case(name, pdf_bytes(flow), [form_key(name, rows, "Молдабеков Ж.К.", "2027-02-17")],
               context("Управление сельского хозяйства акимата Жамбылской области", "agro@zhambyl.gov.kz", "940640000716", rows, "information",
                       ("ЕКЦ-2027/097", "2027-02-10", "Запрос информации по государственным услугам в сфере надзора за техникой"),
                       "Внести сведения по услугам 00501030 и 00501033 в базу ЕКЦ"))
    manifest(name, "ru", "pdf", "table drawn with horizontal rules only (no vertical lines), columns must be found by position; en dashes in empty columns")


def d52_culture_atyrau_reordered_pdf():
    name = "d52-culture-atyrau-columns-reordered.pdf"
    rows = [
        S("1", "00703002", "Выдача архивных справок",
          "Правила оказания государственной услуги «Выдача архивных справок», утвержденные приказом Министра культуры и информации Республики Казахстан от 14 марта 2025 года № 97-НҚ",
          "нет", "нет", "www.egov.kz",
          "Сагинова Алия Бисенгалиевна, главный специалист отдела архивного дела, 8 (7122) 35-20-14, a.saginova@atyrau-madeniet.gov.kz",
          P("Сагинова Алия Бисенгалиевна", "главный специалист отдела архивного дела", "a.saginova@atyrau-madeniet.gov.kz", "8 (7122) 35-20-14")),
        S("2", "00703004", "Выдача копий архивных документов и архивных выписок",
          "Правила оказания государственной услуги «Выдача копий архивных документов и архивных выписок», утвержденные приказом Министра культуры и информации Республики Казахстан от 14 марта 2025 года № 97-НҚ",
          "нет", "Приказ Министра культуры и информации РК от 02.09.2026 № 311-НҚ", "www.egov.kz", "то же", SAME),
        S("3", "00702025", "Согласование установки мемориальных досок на зданиях",
          "Правила оказания государственных услуг в сфере охраны и использования объектов историко-культурного наследия, утвержденные приказом Министра культуры и информации Республики Казахстан от 4 июня 2024 года № 221-НҚ",
          "нет", "нет", "www.egov.kz",
          "Ермекова Дана Болатовна, ведущий специалист отдела культуры, 8 (7122) 35-20-31",
          P("Ермекова Дана Болатовна", "ведущий специалист отдела культуры", None, "8 (7122) 35-20-31")),
    ]
    head = ["№", "Наименование госуслуги", "Ответственное лицо (ФИО, должность)", "№ в реестре", "Стандарт", "Регламент",
            "Изменения НПА", "Интернет-ресурс"]
    cols = ["n", "name", "c8", "reg", "std", "rgl", "npa", "web"]
    flow = []
    flow += _pp("Управление культуры, развития языков и архивного дела Атырауской области", 11, 1, True, space=3)
    flow += _pp("Информация на запрос ЕКЦ-2026/1349 от 06.10.2026", 9, 1, space=4)
    flow.append(ptable([head] + grid(rows, cols), nhead=1, widths=[8, 36, 54, 20, 56, 18, 28, 26], size=7.5, rules="box"))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Исп. Сагинова А.Б.", 9, space=1)
    flow += _pp("13 октября 2026 г.", 9)
    write_case(name, pdf_bytes(flow), [form_key(name, rows, "Сагинова А.Б.", "2026-10-13")],
               context("Управление культуры, развития языков и архивного дела Атырауской области", "madeniet@atyrau.gov.kz",
                       "100340016638", rows, "information",
                       ("ЕКЦ-2026/1349", "2026-10-06", "Запрос информации по государственным услугам в сфере архивного дела и культуры"),
                       "Внести сведения по услугам 00703002, 00703004, 00702025 в базу ЕКЦ"))
    manifest(name, "ru", "pdf", "PDF with columns in another order (name second, column 8 third, registry number fourth); 'нет' in regulation and NPA; 'то же' in column 8")


def d53_enbek_kokshetau_cover_pdf():
    name = "d53-enbek-kokshetau-letter-then-form.pdf"
    rows = [
        S("1", "00201055", "Назначение государственной адресной социальной помощи",
          "Правила назначения и выплаты адресной социальной помощи, утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 16 июня 2025 года № 206",
          "—", "—", "www.egov.kz",
          "Бейсембаева Гульжан Тулегеновна, руководитель сектора адресной социальной помощи, тел. 8 (7162) 25-71-06, вн. 12, g.beisembayeva@kokshetau-enbek.gov.kz",
          P("Бейсембаева Гульжан Тулегеновна", "руководитель сектора адресной социальной помощи", "g.beisembayeva@kokshetau-enbek.gov.kz", "8 (7162) 25-71-06")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    flow = []
    flow += _pp("ГУ «Отдел занятости и социальных программ города Кокшетау»", 11, 1, True, font="DejaVuSerif")
    flow += _pp("020000, г. Кокшетау, ул. Ауэзова, 189А", 8, 1, font="DejaVuSerif", space=8)
    flow += _pp("№ 02-08/164 от 16.02.2026", 10, 0, font="DejaVuSerif", space=1)
    flow += _pp("на № ЕКЦ-2026/178 от 10.02.2026", 10, 0, font="DejaVuSerif", space=8)
    flow += _pp("Единый контакт-центр по вопросам оказания государственных услуг", 10, 2, True, font="DejaVuSerif", space=8)
    flow += _pp("На Ваш запрос сообщаем, что ответственным лицом за представление информации в Единый контакт-центр и "
                "проведение обучения по государственной услуге «Назначение государственной адресной социальной помощи» "
                "назначена руководитель сектора адресной социальной помощи Бейсембаева Гульжан Тулегеновна. "
                "Сведения по услуге по форме приложения 1 к Правилам прилагаются.", 11, 4, font="DejaVuSerif", space=6)
    flow += _pp("Приложение: на 1 л.", 11, font="DejaVuSerif", space=14)
    flow += _pp("Руководитель отдела                                                        А. Кенжебаев", 11, 0, True, font="DejaVuSerif", space=30)
    flow.append(NextPageTemplate("land"))
    flow.append(PageBreak())
    flow += _pp("Приложение к письму № 02-08/164 от 16.02.2026", 9, 2, font="DejaVuSerif", space=4)
    flow.append(ptable([head] + grid(rows, cols), nhead=1, widths=[10, 30, 40, 52, 26, 24, 26, 60], size=7.5, font="DejaVuSerif"))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Исп.: Бейсембаева Г.Т.", 9, font="DejaVuSerif", space=1)
    flow += _pp("«16» февраля 2026 г.", 9, font="DejaVuSerif")
    write_case(name, pdf_bytes_mixed(flow),
               [form_key(name, rows, "Бейсембаева Г.Т.", "2026-02-16")],
               context("Отдел занятости и социальных программ города Кокшетау", "enbek@kokshetau.gov.kz", "050540018809", rows, "appointment",
                       ("ЕКЦ-2026/178", "2026-02-10", "О назначении ответственного лица и представлении информации по услуге 00201055"),
                       "Зарегистрировать ответственное лицо Бейсембаеву Г.Т. и внести сведения по услуге 00201055"))
    manifest(name, "ru", "pdf", "first reply: a portrait covering letter naming the responsible person, the one-row form on page 2; 'вн. 12' after the phone")


def d54_zher_kyzylorda_bilingual_pdf():
    name = "d54-land-kyzylorda-bilingual-headers.pdf"
    std = "Правила оказания государственных услуг в сфере земельных отношений, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301"
    rows = [
        S("1", "00402021", "Утверждение землеустроительных проектов по формированию земельных участков", std, "-", "-", "www.egov.kz",
          "Абілқасымов Дәурен Нұрланұлы – главный специалист отдела землеустройства, тел. 8 (7242) 60-17-33, d.abilkassymov@kyzylorda-zher.gov.kz",
          P("Абілқасымов Дәурен Нұрланұлы", "главный специалист отдела землеустройства", "d.abilkassymov@kyzylorda-zher.gov.kz", "8 (7242) 60-17-33")),
        S("2", "00402030", "Выдача решения о переводе сельскохозяйственных угодий из одного вида в другой", std, "-",
          "Приказ Министра сельского хозяйства РК от 14.08.2026 № 287", "www.egov.kz",
          "Ибрагимова Эльмира Сериковна – руководитель отдела землеустройства, тел. 8 (7242) 60-17-30",
          P("Ибрагимова Эльмира Сериковна", "руководитель отдела землеустройства", None, "8 (7242) 60-17-30")),
    ]
    head = ["Р/с № / № п/п", "Тізілімдегі нөмірі / № в реестре", "Қызметтің атауы / Наименование услуги",
            "Стандарт / Стандарт", "Регламент / Регламент", "НҚА өзгерістері / Изменения НПА", "Интернет-ресурс",
            "Жауапты тұлға / Ответственное лицо"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    flow = []
    flow += _pp("Қызылорда облысының жер қатынастары басқармасы / Управление земельных отношений Кызылординской области", 10, 1, True, space=3)
    flow += _pp("Мемлекеттік қызметтер туралы ақпарат / Информация о государственных услугах", 9, 1, space=4)
    flow.append(ptable([head] + grid(rows, cols), nhead=1, widths=[14, 26, 40, 48, 20, 30, 26, 56], size=7.5))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Орындаған / Исп.: Абілқасымов Д.Н.", 9, space=1)
    flow += _pp("14.09.2026", 9)
    write_case(name, pdf_bytes(flow), [form_key(name, rows, "Абілқасымов Д.Н.", "2026-09-14", lang=None)],
               context("Управление земельных отношений Кызылординской области", "zher@kyzylorda.gov.kz", "060240010057", rows, "information",
                       ("ЕКЦ-2026/1226", "2026-09-07", "Запрос информации по государственным услугам в сфере земельных отношений"),
                       "Внести сведения по услугам 00402021 и 00402030 в базу ЕКЦ"))
    manifest(name, "kk+ru", "pdf", "PDF header cells 'Kazakh / Russian' in one line; bilingual title and executor label")


def d55_kgd_esil_portrait_small_pdf():
    name = "d55-ugd-esil-4rows-portrait.pdf"
    std = "Правила оказания государственных услуг в сфере налогового администрирования, утвержденные приказом Министра финансов Республики Казахстан от 18 марта 2025 года № 112"
    tul = P("Тулеуова Асем Бериковна", "главный специалист отдела по работе с налогоплательщиками", "a.tuleuova@kgd.gov.kz", "8 (7172) 72-61-18")
    rows = [
        S("1", "01401011", "Регистрационный учет лица, занимающегося частной практикой", std, "—", "—", "www.egov.kz, cabinet.kgd.gov.kz",
          "Тулеуова Асем Бериковна – главный специалист отдела по работе с налогоплательщиками, тел. 8 (7172) 72-61-18, a.tuleuova@kgd.gov.kz", tul),
        S("2", "01401012", "Государственная регистрация индивидуальных предпринимателей", "то же", "—", "—", "www.egov.kz, cabinet.kgd.gov.kz",
          "аналогично", SAME),
        S("3", "01401016", "Постановка на регистрационный учет по налогу на добавленную стоимость", "то же", "—",
          "Приказ Министра финансов РК от 25.01.2027 № 41", "www.egov.kz, cabinet.kgd.gov.kz",
          "Ахметов Ерлан Серикович – руководитель отдела администрирования НДС, тел. 8 (7172) 72-61-30, e.akhmetov@kgd.gov.kz",
          P("Ахметов Ерлан Серикович", "руководитель отдела администрирования НДС", "e.akhmetov@kgd.gov.kz", "8 (7172) 72-61-30")),
        S("4", "01401019", "Снятие с регистрационного учета по налогу на добавленную стоимость", "то же", "—", "—",
          "www.egov.kz, cabinet.kgd.gov.kz", "то же", SAME),
    ]
    head = ["№", "№ в реестре", "Наименование услуги", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс", "ФИО, должность"]
    cols = ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]
    flow = []
    flow += _pp("Управление государственных доходов по району Есиль Департамента государственных доходов по городу Астане", 9, 1, True, space=3)
    flow += _pp("Форма (приложение 1 к Правилам взаимодействия ЕКЦ)", 8, 1, space=3)
    flow.append(ptable([head] + grid(rows, cols), nhead=1, widths=[6, 15, 28, 36, 16, 20, 24, 40], size=6.5))
    flow.append(Spacer(1, 5 * mm))
    flow += _pp("Исп.: Тулеуова А.Б., тел. 72-61-18", 8, space=1)
    flow += _pp("« 5 » мая 2027 г.", 8)
    write_case(name, pdf_bytes(flow, land=False, margins=(12, 15, 10, 15)), [form_key(name, rows, "Тулеуова А.Б.", "2027-05-05")],
               context("Управление государственных доходов по району Есиль Департамента государственных доходов по городу Астане",
                       "esil@kgd.gov.kz", "100940011624", rows, "information",
                       ("ЕКЦ-2027/226", "2027-04-28", "Запрос информации по государственным услугам в сфере налогового администрирования"),
                       "Внести сведения по четырем услугам в базу ЕКЦ"))
    manifest(name, "ru", "pdf", "portrait PDF, 6.5-pt table; 'то же' in the standard column (key repeats the act) and 'аналогично'/'то же' in column 8")


# ============================================================================= EML, 56-67

EKC = "info@ekc.gov.kz"
OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;color:#0563C1;text-decoration:underline;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
                '<body lang=RU link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>')
OUTLOOK_TAIL = "</div></body></html>"


def mso(text):
    return "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (escape(ln) if ln else "&nbsp;") for ln in text.split("\n"))


def raw_mail(headers, body_bytes):
    head = "".join("%s: %s\r\n" % (k, v) for k, v in headers)
    return head.encode("ascii") + b"\r\n" + body_bytes.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def ew(text, charset="utf-8"):
    return Header(text, charset).encode()


def d56_bilim_atyrau_eml_docx():
    name = "d56-bilim-atyrau-covering-note-docx.eml"
    att = "Приложение 1 ЕКЦ.docx"
    std = "Правила оказания государственных услуг в сфере семьи и детей, утвержденные приказом Министра просвещения Республики Казахстан от 7 апреля 2025 года № 66"
    rows = [
        S("1", "01004003", "Выдача справок для распоряжения имуществом несовершеннолетних", std, "-", "-", "www.egov.kz",
          "Утепова Динара Сериковна – главный специалист отдела охраны прав детей, тел. 8 (7122) 27-45-03, d.utepova@atyrau-bilim.gov.kz",
          P("Утепова Динара Сериковна", "главный специалист отдела охраны прав детей", "d.utepova@atyrau-bilim.gov.kz", "8 (7122) 27-45-03")),
        S("2", "01004007", "Установление опеки или попечительства над ребенком-сиротой (детьми-сиротами) и ребенком (детьми), оставшимся без попечения родителей",
          std, "-", "Приказ Министра просвещения РК от 18.12.2026 № 268", "www.egov.kz", "-//-", SAME),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Управление образования Атырауской области", align="c", bold=True, after=6)
    dtable(d, [head, NUMS8] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), nhead=1, size=9,
           center_rows=(1,), widths=[0.9, 2.2, 4.6, 5.6, 2.2, 3.4, 2.4, 5.0])
    dpara(d, "")
    dpara(d, "Исп.: Утепова Д.С.", size=9)
    dpara(d, "«23» декабря 2026 г.", size=9)
    body = ("Добрый день!\n\n"
            "На Ваш запрос № ЕКЦ-2026/1733 от 16.12.2026 направляем заполненную форму (приложение 1 к Правилам) "
            "по государственным услугам в сфере защиты прав детей.\n\n"
            "С уважением,\nУтепова Динара\nглавный специалист отдела охраны прав детей\n"
            "Управление образования Атырауской области\nтел. 8 (7122) 27-45-03\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Утепова Динара", "d.utepova@atyrau-bilim.gov.kz"), EKC, "RE: Запрос информации ЕКЦ-2026/1733",
        "Wed, 23 Dec 2026 16:42:10 +0500", "<5c1e2a90.8823@atyrau-bilim.gov.kz>")
    msg.attach(text_part(body, "utf-8", cte="base64"))
    msg.attach(attach(docx_bytes(d), att, DOCX_T))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Утепова Д.С.", "2026-12-23")],
               context("Управление образования Атырауской области", "bilim@atyrau.gov.kz", "030740004821", rows, "information",
                       ("ЕКЦ-2026/1733", "2026-12-16", "Запрос информации по государственным услугам в сфере защиты прав детей"),
                       "Внести сведения по услугам 01004003 и 01004007 из вложения в базу ЕКЦ"))
    manifest(name, "ru", "eml+docx", "UTF-8 covering note; the form in an attachment whose Cyrillic file name is RFC 2231-encoded")


def d57_ecology_vko_eml_xlsx_1251():
    name = "d57-ecology-vko-cp1251-note-xlsx.eml"
    att = "Форма ЕКЦ ДЭ ВКО.xlsx"
    std = "Правила оказания государственных услуг в области охраны окружающей среды, утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 2 июня 2025 года № 176"
    rows = [
        S(1, "01502020", "Выдача экологического разрешения на воздействие для объектов I категории", std, "—", "—", "www.elicense.kz",
          "Нуртазина Гульден Ермековна, главный специалист отдела разрешений, 8 (7232) 76-40-18, g.nurtazina@ecogeo.gov.kz",
          P("Нуртазина Гульден Ермековна", "главный специалист отдела разрешений", "g.nurtazina@ecogeo.gov.kz", "8 (7232) 76-40-18")),
        S(2, "01502024", "Выдача заключения государственной экологической экспертизы для объектов I категории", std, "—", "—",
          "www.elicense.kz",
          "Фёдоров Константин Сергеевич, главный специалист отдела экологической экспертизы, 8 (7232) 76-40-25, k.fedorov@ecogeo.gov.kz",
          P("Фёдоров Константин Сергеевич", "главный специалист отдела экологической экспертизы", "k.fedorov@ecogeo.gov.kz", "8 (7232) 76-40-25")),
    ]
    head = ["№", "№ в реестре", "Наименование государственной услуги", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс",
            "ФИО, должность ответственного лица"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    _xtitle(ws, 1, "Департамент экологии по Восточно-Казахстанской области", 8)
    r = xgrid(ws, [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), 3, nhead=1)
    xput(ws, r + 1, 1, "Исп. Нуртазина Г.Е.", wrap=False)
    xput(ws, r + 2, 1, "24.03.2027", wrap=False)
    xwidths(ws, [4, 12, 34, 44, 12, 12, 14, 40])
    body = ("Здравствуйте.\n"
            "Направляем информацию по запросу ЕКЦ-2027/140 от 17.03.2027 (форма во вложении).\n\n"
            "С уважением,\nНуртазина Гульден\nДепартамент экологии по ВКО\n8 (7232) 76-40-18\n\n"
            "____________________________________\n"
            "Данное сообщение и любые приложения к нему предназначены только для указанного адресата и могут содержать "
            "служебную информацию. Если вы получили это сообщение по ошибке, пожалуйста, сообщите отправителю и удалите его.\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Нуртазина Гульден Ермековна", "g.nurtazina@ecogeo.gov.kz"), EKC, "Информация по запросу ЕКЦ-2027/140",
        "Wed, 24 Mar 2027 11:05:37 +0500", "<000001db9c1f$4a2e1b30$de8a5190$@ecogeo.gov.kz>", charset="windows-1251",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AducH0oeG5zQ2kT1S8Gx3FvY8mD1Qw=="),
               ("Content-Language", "ru")))
    msg.attach(text_part(body, "windows-1251", cte="qp"))
    msg.attach(attach(xlsx_bytes(wb), att, XLSX_T, name_style="encoded-word"))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Нуртазина Г.Е.", "2027-03-24")],
               context("Департамент экологии по Восточно-Казахстанской области", "vko.ecodep@ecogeo.gov.kz", "070340011905", rows,
                       "information", ("ЕКЦ-2027/140", "2027-03-17", "Запрос информации по государственным услугам в области охраны окружающей среды"),
                       "Внести сведения по услугам 01502020 и 01502024 из вложения в базу ЕКЦ"))
    manifest(name, "ru", "eml+xlsx", "Outlook message, windows-1251 quoted-printable note with a disclaimer; attachment name as an RFC 2047 encoded-word in windows-1251")


def d58_nedra_atyrau_outlook_html():
    name = "d58-water-atyrau-outlook-html-body.eml"
    zh = P("Жангалиева Алтынгуль Сериковна", "главный специалист отдела водных ресурсов", "a.zhangaliyeva@atyrau-nedra.gov.kz", "8 (7122) 21-33-47")
    c8 = "Жангалиева Алтынгуль Сериковна, главный специалист отдела водных ресурсов, тел. 8 (7122) 21-33-47, a.zhangaliyeva@atyrau-nedra.gov.kz"
    rows = [
        S("1", "01504003", "Выдача разрешения на специальное водопользование",
          "Правила оказания государственной услуги «Выдача разрешения на специальное водопользование», утвержденные приказом Министра водных ресурсов и ирригации Республики Казахстан от 12 февраля 2025 года № 31",
          "—", "—", "www.elicense.kz", c8, zh),
        S("2", "01504007", "Согласование размещения предприятий и других сооружений, а также условий производства строительных и других работ на водных объектах, водоохранных зонах и полосах",
          "Правила согласования размещения предприятий и других сооружений на водных объектах, водоохранных зонах и полосах, утвержденные приказом Министра водных ресурсов и ирригации Республики Казахстан от 12 февраля 2025 года № 32",
          "—", "Приказ МВРИ РК от 22.04.2026 № 97", "www.elicense.kz", c8, zh),
    ]
    head = ["№ п/п", "№ услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    g = [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    html = (OUTLOOK_HEAD % "windows-1251" +
            mso("Добрый день!\n\nНа запрос ЕКЦ-2026/561-А от 22.04.2026 направляем информацию по государственным услугам "
                "в сфере водных ресурсов:\n") +
            html_table(g, 1, "outlook") +
            mso("\nИсп.: Жангалиева А.С.\n29.04.2026\n\nС уважением,\nЖангалиева Алтынгуль\n"
                "Управление недропользования, окружающей среды и водных ресурсов Атырауской области\nтел. 8 (7122) 21-33-47") +
            OUTLOOK_TAIL)
    plain = ("Добрый день!\n\nНа запрос ЕКЦ-2026/561-А от 22.04.2026 направляем информацию по государственным услугам в сфере водных ресурсов:\n\n"
             + tsv(g) + "\n\nИсп.: Жангалиева А.С.\n29.04.2026\n\nС уважением,\nЖангалиева Алтынгуль\n")
    msg = MIMEMultipart("alternative")
    hdr(msg, ("Жангалиева Алтынгуль", "a.zhangaliyeva@atyrau-nedra.gov.kz"), EKC,
        "RE: ЕКЦ-2026/561-А Запрос информации", "Wed, 29 Apr 2026 17:20:02 +0500",
        "<007b01dbd7f1$0a1c8e40$1e55aac0$@atyrau-nedra.gov.kz>", charset="windows-1251",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHb1/EKHI5AHlWqwM3xYyZuTn2aSQ==")))
    msg.attach(text_part(plain, "windows-1251", cte="qp"))
    msg.attach(text_part(html, "windows-1251", sub="html", cte="qp"))
    write_case(name, mail_bytes(msg), [form_key("body", rows, "Жангалиева А.С.", "2026-04-29")],
               context("Управление недропользования, окружающей среды и водных ресурсов Атырауской области", "nedra@atyrau.gov.kz",
                       "170340023316", rows, "information",
                       ("ЕКЦ-2026/561-А", "2026-04-22", "Запрос информации по государственным услугам в сфере водных ресурсов"),
                       "Внести сведения по услугам 01504003 и 01504007 из тела письма в базу ЕКЦ"))
    manifest(name, "ru", "eml (html body)", "form pasted into an Outlook HTML body (MsoTableGrid, cp1251 quoted-printable) with a plain-text alternative holding the same table tab-separated")


def d59_sagu_zhanakorgan_webmail_html():
    name = "d59-arch-zhanakorgan-webmail-html.eml"
    sei = P("Сейтжанов Мейрамбек Абдуллаевич", "главный специалист отдела", "zhanakorgan.sagu@mail.ru", "8 705 218 66 40")
    std = "Правила оказания государственных услуг в сфере архитектурной, градостроительной и строительной деятельности, утвержденные приказом Министра промышленности и строительства РК от 15 марта 2024 года № 99"
    rows = [
        S("1", "00803001", "Выдача архитектурно-планировочного задания (АПЗ) на проектирование", std, "-", "-", "www.egov.kz",
          "Сейтжанов Мейрамбек Абдуллаевич, главный специалист отдела, моб. 8 705 218 66 40, zhanakorgan.sagu@mail.ru", sei),
        S("2", "00803006", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений существующих зданий", std, "-", "-",
          "www.egov.kz", "-//-", SAME),
    ]
    head = ["№", "№ в реестре", "Наименование услуги", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс", "ФИО, должность"]
    g = [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    html = ('<HTML><BODY><div>Здравствуйте!</div><div>&nbsp;</div>'
            '<div>Отдел архитектуры и градостроительства Жанакорганского района направляет сведения по запросу ЕКЦ-2027/104 от 25.02.2027.</div>'
            '<div>&nbsp;</div>' + html_table(g, 1, "web") +
            '<div>&nbsp;</div><div>Исп. Сейтжанов М.</div><div>04.03.2027</div><div>&nbsp;</div>'
            '<div>--<br>С уважением,<br>отдел архитектуры и градостроительства<br>Жанакорганского района</div></BODY></HTML>')
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Отдел архитектуры Жанакорган", "zhanakorgan.sagu@mail.ru"), EKC, "Ответ на запрос ЕКЦ-2027/104",
        "Thu, 04 Mar 2027 09:47:55 +0300", "<1709534875.522381047@f512.i.mail.ru>",
        extra=(("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[2.135.17.40]")))
    msg.attach(text_part(html, "utf-8", sub="html", cte="base64"))
    write_case(name, mail_bytes(msg), [form_key("body", rows, "Сейтжанов М.", "2027-03-04")],
               context("Отдел архитектуры и градостроительства Жанакорганского района", "zhanakorgan.sagu@mail.ru", "080140012660",
                       rows, "information",
                       ("ЕКЦ-2027/104", "2027-02-25", "Запрос информации по государственным услугам в сфере архитектуры"),
                       "Внести сведения по услугам 00803001 и 00803006 из тела письма в базу ЕКЦ",
                       names=["Выдача архитектурно-планировочного задания (АПЗ)",
                              "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий, не связанных с изменением несущих и ограждающих конструкций, инженерных систем и оборудования"]))
    manifest(name, "ru", "eml (html body)", "webmail HTML-only body (mail.ru, base64) with <th> header cells; a personal mail.ru address as the responsible's e-mail; Moscow time zone in Date")


def d60_bilim_ukg_koi8_tsv():
    name = "d60-bilim-ust-kamenogorsk-koi8r-tsv.eml"
    pav = P("Павленко Оксана Игоревна", "методист отдела образования", "o.pavlenko@ukg-bilim.gov.kz", "8 (7232) 24-61-08")
    c8 = "Павленко Оксана Игоревна, методист отдела образования, тел. 8 (7232) 24-61-08, o.pavlenko@ukg-bilim.gov.kz"
    std = "Правила оказания государственных услуг в сфере среднего образования, утвержденные приказом Министра просвещения Республики Казахстан от 27 мая 2025 года N 112"
    rows = [
        S("1", "01002034", "Выдача дубликатов документов об основном среднем, общем среднем образовании", std, "-", "-", "www.egov.kz", c8, pav),
        S("2", "01002031", "Выдача разрешения на обучение в форме экстерната в организациях основного среднего, общего среднего образования",
          std, "-", "Приказ Министра просвещения РК от 11.11.2026 N 240", "www.egov.kz", c8, pav),
    ]
    head = ["N", "N услуги в реестре", "Наименование услуги", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс",
            "ФИО, должность ответственного лица"]
    g = [head, NUMS8] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    body = ("Уважаемые коллеги!\n\n"
            "ГУ \"Отдел образования по городу Усть-Каменогорску\" на запрос ЕКЦ-2026/1560 от 10.11.2026 сообщает сведения "
            "по государственным услугам (таблица ниже, столбцы разделены табуляцией).\n\n"
            + tsv(g) + "\n\nИсп. Павленко О.И.\n17.11.2026\n\n"
            "--\nПавленко О.И., методист\nОтдел образования по г. Усть-Каменогорску\n")
    headers = [("From", formataddr((ew("Павленко Оксана", "koi8-r"), "o.pavlenko@ukg-bilim.gov.kz"))),
               ("To", EKC), ("Subject", ew("Сведения по госуслугам (ЕКЦ-2026/1560)", "koi8-r")),
               ("Date", "Tue, 17 Nov 2026 10:12:44 +0500"), ("Message-ID", "<20261117051244.3F1A2@ukg-bilim.gov.kz>"),
               ("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="koi8-r"'), ("Content-Transfer-Encoding", "8bit"),
               ("X-Mailer", "The Bat! (v10.4.0.2) Professional")]
    data = raw_mail(headers, body.encode("koi8-r"))
    write_case(name, data, [form_key("body", rows, "Павленко О.И.", "2026-11-17")],
               context("Отдел образования по городу Усть-Каменогорску", "bilim@ukg.gov.kz", "020940008734", rows, "information",
                       ("ЕКЦ-2026/1560", "2026-11-10", "Запрос информации по государственным услугам в сфере среднего образования"),
                       "Внести сведения по услугам 01002034 и 01002031 из тела письма в базу ЕКЦ"))
    manifest(name, "ru", "eml (text body)", "plain-text body in KOI8-R, 8bit (no № sign in KOI8-R, so the clerk wrote 'N 112'); the form typed as tab-separated lines with the 1…8 row")


def d61_akim_akzhar_iphone_tsv():
    name = "d61-akim-okrug-iphone-tsv-quoted.eml"
    rows = [
        S("1", "00405011", "Выдача разрешения на вырубку деревьев",
          "Правила оказания государственной услуги «Выдача разрешения на вырубку деревьев», утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 5 августа 2025 года № 241",
          "-", "-", "www.egov.kz",
          "Байтасова Жанель Маратовна, главный специалист аппарата акима, 8 (72643) 5-12-77, 8 747 555 18 02",
          P("Байтасова Жанель Маратовна", "главный специалист аппарата акима", None, "8 (72643) 5-12-77")),
    ]
    head = ["№", "№ в реестре", "Наименование", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс", "ФИО, должность"]
    g = [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    body = ("Добрый день. Ответственная по услуге - Байтасова Жанель Маратовна, главный специалист. Форма:\n\n"
            + tsv(g) + "\n\nИсп.: Байтасова Ж.М.\n18.08.2026\n\nОтправлено с iPhone\n\n"
            "> 11 авг. 2026 г., в 15:02, Единый контакт-центр <info@ekc.gov.kz> написал(а):\n>\n"
            "> Уважаемые коллеги!\n> В соответствии с пунктами 4 и 5 Правил взаимодействия Единого контакт-центра просим в течение "
            "трех рабочих дней\n> назначить ответственное лицо и представить информацию по государственной услуге 00405011 "
            "по форме\n> приложения 1 к Правилам.\n> Исх. № ЕКЦ-2026/1087 от 11.08.2026\n>\n> С уважением,\n> Единый контакт-центр\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Жанель Байтасова", "zhanel.baitasova@gmail.com"), EKC, "Re: Исх. № ЕКЦ-2026/1087",
        "Tue, 18 Aug 2026 19:31:08 +0500", "<8A3C11D2-5B0E-4F0B-9D7A-2E41C7F2B6A1@gmail.com>",
        extra=(("X-Mailer", "iPhone Mail (21G93)"), ("In-Reply-To", "<ekc-2026-1087@ekc.gov.kz>")))
    msg.attach(text_part(body, "utf-8", cte="qp"))
    write_case(name, mail_bytes(msg), [form_key("body", rows, "Байтасова Ж.М.", "2026-08-18")],
               context("Аппарат акима сельского округа Акжар Шуского района", "akzhar@shu.gov.kz", "080640021187", rows, "appointment",
                       ("ЕКЦ-2026/1087", "2026-08-11", "О назначении ответственного лица и представлении информации по услуге 00405011"),
                       "Зарегистрировать ответственное лицо Байтасову Ж.М. и внести сведения по услуге 00405011"))
    manifest(name, "ru", "eml (text body)", "first reply from a personal Gmail sent from an iPhone: one-line note, tab-separated one-row form, 'Отправлено с iPhone', the contact centre's request quoted with '>' below")


def d62_madeniet_zhetisu_kk_quoted():
    name = "d62-culture-zhetisu-kk-docx-quoted.eml"
    att = "Қосымша 1.docx"
    rows = [
        S("1", "00703002", "Мұрағаттық анықтамалар беру",
          "«Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2025 жылғы 14 наурыздағы № 97-НҚ бұйрығымен бекітілген",
          "—", "—", "www.egov.kz",
          "Мұхамеджанов Бауыржан Серікұлы – мұрағат ісі бөлімінің басшысы, тел. 8 (7282) 24-15-60, b.mukhamedzhanov@zhetisu-madeniet.gov.kz",
          P("Мұхамеджанов Бауыржан Серікұлы", "мұрағат ісі бөлімінің басшысы", "b.mukhamedzhanov@zhetisu-madeniet.gov.kz", "8 (7282) 24-15-60")),
        S("2", "00702031", "Тарих және мәдениет ескерткіштерінде ғылыми-реставрациялық жұмыстар жүргізуді келісу",
          "Тарихи-мәдени мұра объектілерін қорғау және пайдалану саласындағы мемлекеттік көрсетілетін қызметтер қағидалары, ҚР Мәдениет және ақпарат министрінің 2024 жылғы 4 маусымдағы № 221-НҚ бұйрығымен бекітілген",
          "—", "—", "www.egov.kz",
          "Есімова Ләззат Бақытжанқызы – мәдени мұра бөлімінің бас маманы, тел. 8 (7282) 24-15-72, l.yessimova@zhetisu-madeniet.gov.kz",
          P("Есімова Ләззат Бақытжанқызы", "мәдени мұра бөлімінің бас маманы", "l.yessimova@zhetisu-madeniet.gov.kz", "8 (7282) 24-15-72")),
    ]
    head = ["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Мемлекеттік көрсетілетін қызмет стандарты",
            "Мемлекеттік көрсетілетін қызмет регламенті", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Жетісу облысының мәдениет басқармасы", align="c", bold=True, after=6)
    dtable(d, [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), nhead=1, size=9,
           widths=[0.8, 2.0, 4.0, 6.4, 2.2, 1.8, 2.4, 5.8])
    dpara(d, "")
    dpara(d, "Орындаған: Есімова Л.Б.", size=9)
    dpara(d, "«11» ақпан 2027 ж.", size=9)
    body = ("Құрметті әріптестер!\n\n"
            "2027 жылғы 4 ақпандағы № ЕКЦ-2027/086 сұрауыңызға сәйкес толтырылған нысанды (1-қосымша) жолдаймыз.\n\n"
            "Құрметпен,\nЕсімова Ләззат\nЖетісу облысының мәдениет басқармасы\n8 (7282) 24-15-72\n\n"
            "-----Original Message-----\nFrom: Единый контакт-центр <info@ekc.gov.kz>\nSent: Thursday, February 4, 2027 10:15 AM\n"
            "To: kense@zhetisu-madeniet.gov.kz\nSubject: Запрос информации ЕКЦ-2027/086\n\n"
            "Уважаемые коллеги! Просим представить информацию по государственным услугам 00703002, 00702031 по форме "
            "приложения 1 к Правилам взаимодействия Единого контакт-центра.\n\n"
            "*** Бұл хат және оған қоса берілген файлдар тек адресатқа арналған. / Настоящее сообщение предназначено "
            "только для адресата. ***\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Есімова Ләззат", "l.yessimova@zhetisu-madeniet.gov.kz"), EKC, "RE: Запрос информации ЕКЦ-2027/086",
        "Thu, 11 Feb 2027 12:30:00 +0500", "<c0ffee11.2027@zhetisu-madeniet.gov.kz>",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    msg.attach(text_part(body, "utf-8", cte="base64"))
    msg.attach(attach(docx_bytes(d), att, DOCX_T))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Есімова Л.Б.", "2027-02-11", lang="kk")],
               context("Управление культуры области Жетісу", "kense@zhetisu-madeniet.gov.kz", "220840030128", rows, "information",
                       ("ЕКЦ-2027/086", "2027-02-04", "Запрос информации о государственных услугах в сфере культуры и архивов"),
                       "Внести сведения по услугам 00703002 и 00702031 из вложения в базу ЕКЦ",
                       names=["Выдача архивных справок",
                              "Согласование проведения научно-реставрационных работ на памятниках истории и культуры"]))
    manifest(name, "kk", "eml+docx", "Kazakh covering note with the request quoted Outlook-style ('-----Original Message-----') and a bilingual disclaimer; Kazakh form attached under a Kazakh file name")


def d63_trade_committee_eml_pdf():
    name = "d63-trade-mti-pdf-attached.eml"
    att = "forma_prilozhenie1.pdf"
    rows = [
        S("1", "01210001", "Выдача лицензии на экспорт и импорт товаров",
          "Правила оказания государственной услуги «Выдача лицензии на экспорт и импорт товаров», утвержденные приказом Министра торговли и интеграции Республики Казахстан от 18 апреля 2025 года № 143-НҚ",
          "—", "—", "www.elicense.kz",
          "Досанова Гаухар Ергалиевна – главный эксперт Управления регулирования внешнеторговой деятельности, тел. +7 (7172) 50-12-74, g.dosanova@mti.gov.kz",
          P("Досанова Гаухар Ергалиевна", "главный эксперт Управления регулирования внешнеторговой деятельности", "g.dosanova@mti.gov.kz", "+7 (7172) 50-12-74")),
        S("2", "01210004", "Выдача заключения (разрешительного документа) на ввоз, вывоз и транзит продукции, подлежащей экспортному контролю",
          "Правила выдачи разрешительных документов в сфере экспортного контроля, утвержденные приказом Министра торговли и интеграции Республики Казахстан от 3 июля 2025 года № 201-НҚ",
          "—", "Приказ МТИ РК от 14.01.2027 № 9-НҚ", "www.elicense.kz",
          "Оспанов Тимур Муратович – эксперт Управления экспортного контроля, тел. +7 (7172) 50-12-81, вн. 1281, t.ospanov@mti.gov.kz",
          P("Оспанов Тимур Муратович", "эксперт Управления экспортного контроля", "t.ospanov@mti.gov.kz", "+7 (7172) 50-12-81")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения нормативных правовых актов", "Интернет-ресурс",
            "ФИО, должность ответственного лица"]
    flow = []
    flow += _pp("Комитет торговли Министерства торговли и интеграции Республики Казахстан", 11, 1, True, space=4)
    flow.append(ptable([head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), nhead=1,
                       widths=[10, 27, 40, 53, 27, 28, 26, 54], size=7.5))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Исп.: Досанова Г.Е.", 9, space=1)
    flow += _pp("28.01.2027", 9)
    body = ("Уважаемые коллеги,\n\nво исполнение запроса ЕКЦ-2027/052 от 21.01.2027 направляем заполненную форму в формате PDF.\n\n"
            "Досанова Г.Е.\nглавный эксперт УРВТД Комитета торговли МТИ РК\n+7 (7172) 50-12-74\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Досанова Гаухар", "g.dosanova@mti.gov.kz"), EKC, "Форма по запросу ЕКЦ-2027/052",
        "Thu, 28 Jan 2027 15:55:21 +0500", "<a4f1e3b2-0c55-4b1a-9fe3-71d0aa54e0c2@mti.gov.kz>")
    msg.attach(text_part(body, "utf-8", cte="8bit"))
    msg.attach(attach(pdf_bytes(flow), att, PDF_T, name_style="plain"))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Досанова Г.Е.", "2027-01-28")],
               context("Комитет торговли Министерства торговли и интеграции Республики Казахстан", "kt@mti.gov.kz", "190440024561",
                       rows, "information",
                       ("ЕКЦ-2027/052", "2027-01-21", "Запрос информации по государственным услугам в сфере внешней торговли"),
                       "Внести сведения по услугам 01210001 и 01210004 из вложенного PDF в базу ЕКЦ"))
    manifest(name, "ru", "eml+pdf", "the form as a PDF attachment with a Latin file name; UTF-8 8bit note")


def d64_kasipker_karaganda_outlook_bilingual():
    name = "d64-trade-karaganda-outlook-bilingual-table.eml"
    std = "Правила оказания государственных услуг в сфере производства и оборота алкогольной продукции, утвержденные приказом Министра финансов Республики Казахстан от 29 апреля 2025 года № 201"
    rows = [
        S("1", "01205013", "Выдача лицензии на розничную реализацию алкогольной продукции", std, "-", "-", "www.elicense.kz",
          "Кульмагамбетова Алия Ерболовна, руководитель отдела лицензирования, 8 (7212) 42-16-33, a.kulmagambetova@krg-kasipker.gov.kz",
          P("Кульмагамбетова Алия Ерболовна", "руководитель отдела лицензирования", "a.kulmagambetova@krg-kasipker.gov.kz", "8 (7212) 42-16-33")),
        S("2", "01205017", "Выдача лицензии на хранение и оптовую реализацию алкогольной продукции", std, "-", "-", "www.elicense.kz",
          "-//-", SAME),
    ]
    head = ["Р/с №<br>№", "Тізілімдегі нөмірі<br>№ в реестре", "Мемлекеттік қызметтің атауы<br>Наименование государственной услуги",
            "Стандарт", "Регламент", "НҚА өзгерістері<br>Изменения НПА", "Интернет-ресурс",
            "Жауапты тұлға<br>Ответственное лицо"]
    head = [h.replace("<br>", "\n") for h in head]
    g = [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    html = (OUTLOOK_HEAD % "utf-8" +
            mso("Қайырлы күн! / Добрый день!\n\nЕКЦ-2027/099 сұрауына жауап / Ответ на запрос ЕКЦ-2027/099 от 05.02.2027:\n") +
            html_table(g, 1, "outlook") +
            mso("\nОрындаған/Исп.: Кульмагамбетова А.Е.\n12.02.2027\n\nҚұрметпен / С уважением,\nКульмагамбетова Алия\n"
                "Қарағанды облысының кәсіпкерлік басқармасы") + OUTLOOK_TAIL)
    msg = MIMEMultipart("related")
    hdr(msg, ("Кульмагамбетова Алия Ерболовна", "a.kulmagambetova@krg-kasipker.gov.kz"), EKC,
        "ЕКЦ-2027/099 — ақпарат / информация", "Fri, 12 Feb 2027 09:03:40 +0500",
        "<01a201dc5d1e$88e4c2a0$9aae47e0$@krg-kasipker.gov.kz>",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    msg.attach(text_part(html, "utf-8", sub="html", cte="qp"))
    write_case(name, mail_bytes(msg), [form_key("body", rows, "Кульмагамбетова А.Е.", "2027-02-12", lang=None)],
               context("Управление предпринимательства Карагандинской области", "kasipker@karaganda.gov.kz", "080540019354", rows,
                       "information", ("ЕКЦ-2027/099", "2027-02-05", "Запрос информации по государственным услугам в сфере оборота алкогольной продукции"),
                       "Внести сведения по услугам 01205013 и 01205017 из тела письма в базу ЕКЦ"))
    manifest(name, "kk+ru", "eml (html body)", "Outlook HTML-only body (multipart/related, UTF-8 QP) with bilingual header cells and a bilingual greeting; '-//-' in column 8")


def d65_energy_turkistan_forwarded_xlsx():
    name = "d65-housing-turkistan-forwarded-xlsx.eml"
    att = "EKC_forma_UEZhKH.xlsx"
    std = "Правила оказания государственных услуг в жилищно-коммунальной сфере, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 2 мая 2024 года № 160"
    rows = [
        S(1, "00808011", "Приватизация жилищ из государственного жилищного фонда", std, "-", "-", "www.egov.kz",
          "Туркменов Абай Жумабаевич, главный специалист отдела жилищной политики, 8 (7253) 41-07-19, a.turkmenov@turkistan-energy.gov.kz",
          P("Туркменов Абай Жумабаевич", "главный специалист отдела жилищной политики", "a.turkmenov@turkistan-energy.gov.kz", "8 (7253) 41-07-19")),
        S(2, "00808002", "Выдача справки о наличии либо отсутствии жилища (принадлежащего на праве собственности) по Республике Казахстан",
          std, "-", "-", "www.egov.kz", "-//-", SAME),
        S(3, "00808005", "Постановка на учет и очередность граждан, нуждающихся в жилище из коммунального жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде",
          std, "-", "-", "www.egov.kz",
          "Каримова Зульфия Ахметовна, ведущий специалист отдела жилищной политики, 8 (7253) 41-07-22",
          P("Каримова Зульфия Ахметовна", "ведущий специалист отдела жилищной политики", None, "8 (7253) 41-07-22")),
    ]
    head = ["№ п/п", "№ в реестре", "Наименование государственной услуги", "Стандарт государственной услуги", "Регламент",
            "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма"
    _xtitle(ws, 1, "Управление энергетики и жилищно-коммунального хозяйства Туркестанской области", 8)
    _xtitle(ws, 2, "Информация о государственных услугах", 8, bold=False)
    r = xgrid(ws, [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), 4, nhead=1)
    xput(ws, r + 1, 1, "Исп.: Туркменов А.Ж.", wrap=False)
    xput(ws, r + 2, 1, "«06» апреля 2026 г.", wrap=False)
    xwidths(ws, [5, 11, 40, 44, 10, 10, 14, 42])
    body = ("Добрый день!\nПересылаю ответ управления на ваш запрос ЕКЦ-2026/468.\n\nКанцелярия УЭЖКХ Туркестанской области\n\n"
            "---------- Пересылаемое сообщение ----------\n"
            "От: Туркменов Абай <a.turkmenov@turkistan-energy.gov.kz>\nДата: 6 апреля 2026 г., 17:40\n"
            "Тема: форма ЕКЦ\nКому: kense@turkistan-energy.gov.kz\n\n"
            "Прошу направить в ЕКЦ заполненную форму (во вложении).\nТуркменов А.Ж.\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Канцелярия УЭЖКХ", "kense@turkistan-energy.gov.kz"), EKC, "Fwd: форма ЕКЦ",
        "Tue, 07 Apr 2026 09:14:26 +0500", "<CAF3x+Qz8mN1kTZ2@turkistan-energy.gov.kz>")
    msg.attach(text_part(body, "utf-8", cte="qp"))
    msg.attach(attach(xlsx_bytes(wb), att, XLSX_T, name_style="plain"))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Туркменов А.Ж.", "2026-04-06")],
               context("Управление энергетики и жилищно-коммунального хозяйства Туркестанской области", "kense@turkistan-energy.gov.kz",
                       "181240013390", rows, "information",
                       ("ЕКЦ-2026/468", "2026-03-31", "Запрос информации по государственным услугам в жилищно-коммунальной сфере"),
                       "Внести сведения по услугам 00808011, 00808002, 00808005 из вложения в базу ЕКЦ"))
    manifest(name, "ru", "eml+xlsx", "forwarded by the agency's chancellery ('Пересылаемое сообщение'); the sender is not the executor; XLSX form with '-//-'")


def d66_agro_akmola_octet_stream():
    name = "d66-agro-akmola-octet-stream-form.eml"
    att = "form.docx"
    rows = [
        S("1", "00501041", "Субсидирование по возмещению части расходов, понесенных субъектом агропромышленного комплекса, при инвестиционных вложениях",
          "Правила субсидирования по возмещению части расходов, понесенных субъектом агропромышленного комплекса, при инвестиционных вложениях, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 12 мая 2025 года № 154",
          "-", "Приказ МСХ РК от 20.01.2027 № 19", "www.egov.kz",
          "Сулейменов Аскар Болатович, руководитель отдела инвестиционных субсидий, 8 (7162) 29-14-50, a.suleimenov@akmola-agro.gov.kz",
          P("Сулейменов Аскар Болатович", "руководитель отдела инвестиционных субсидий", "a.suleimenov@akmola-agro.gov.kz", "8 (7162) 29-14-50")),
    ]
    head = ["№", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт", "Регламент",
            "Изменения нормативных правовых актов", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Управление сельского хозяйства Акмолинской области", bold=True, after=6)
    dtable(d, [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), nhead=1, size=10,
           widths=[0.8, 2.2, 4.6, 6.2, 1.8, 3.2, 2.2, 5.0])
    dpara(d, "")
    dpara(d, "Исп.: Сулейменов А.Б.", size=10)
    dpara(d, "02.02.2027", size=10)
    body = "\n\n--\nС уважением,\nСулейменов Аскар\nУправление сельского хозяйства Акмолинской области\n8 (7162) 29-14-50\n"
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Сулейменов Аскар", "a.suleimenov@akmola-agro.gov.kz"), EKC, "ЕКЦ-2027/076",
        "Tue, 02 Feb 2027 18:02:11 +0500", "<20270202130211.91E0C2@akmola-agro.gov.kz>")
    msg.attach(text_part(body, "utf-8", cte="base64"))
    msg.attach(attach(docx_bytes(d), att, "application/octet-stream", name_style="plain"))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Сулейменов А.Б.", "2027-02-02")],
               context("Управление сельского хозяйства Акмолинской области", "agro@akmola.gov.kz", "990140006318", rows, "information",
                       ("ЕКЦ-2027/076", "2027-01-26", "Запрос информации по государственной услуге 00501041"),
                       "Внести сведения по услуге 00501041 из вложения в базу ЕКЦ"))
    manifest(name, "ru", "eml+docx", "empty note (signature only), subject is just the request number; the DOCX comes as application/octet-stream named form.docx")


def d67_zags_kostanay_rn_no_charset():
    name = "d67-zags-kostanay-district-no-charset-label.eml"
    std = "Правила оказания государственных услуг в сфере регистрации актов гражданского состояния и апостилирования, утвержденные приказом Министра юстиции Республики Казахстан от 28 мая 2025 года № 417"
    gon = P("Гончаренко Лариса Петровна", "заведующая отделом ЗАГС", "zags.kostrn@mail.kz", "8 (71455) 2-11-43")
    c8 = "Гончаренко Лариса Петровна, заведующая отделом ЗАГС, 8 (71455) 2-11-43, zags.kostrn@mail.kz"
    rows = [
        S("1", "00601003", "Государственная регистрация смерти, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния",
          std, "нет", "нет", "www.egov.kz", c8, gon),
        S("2", "00601006", "Государственная регистрация установления отцовства, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния",
          std, "нет", "нет", "www.egov.kz", c8, gon),
    ]
    head = ["№ п/п", "№ в реестре", "Наименование государственной услуги", "Стандарт", "Регламент", "Изменения НПА",
            "Интернет-ресурс", "ФИО, должность ответственного лица"]
    g = [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    body = ("Единый контакт-центр\nНа № ЕКЦ-2026/887 от 01.07.2026\n\n"
            "Отдел ЗАГС Костанайского района направляет информацию по государственным услугам.\n\n"
            + tsv(g) + "\n\nИсп. Гончаренко Л.П.\n«08» июля 2026г.\n")
    headers = [("From", "zags.kostrn@mail.kz"), ("To", EKC), ("Subject", ew("ЕКЦ-2026/887 информация", "windows-1251")),
               ("Date", "Wed, 08 Jul 2026 11:20:00 +0500"), ("Message-ID", "<4F2A.00887@mail.kz>"),
               ("MIME-Version", "1.0"), ("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")]
    data = raw_mail(headers, body.encode("windows-1251"))
    write_case(name, data, [form_key("body", rows, "Гончаренко Л.П.", "2026-07-08")],
               context("Отдел регистрации актов гражданского состояния Костанайского района", "zags.kostrn@mail.kz", "050840009362",
                       rows, "information",
                       ("ЕКЦ-2026/887", "2026-07-01", "Запрос информации по государственным услугам в сфере регистрации актов гражданского состояния"),
                       "Внести сведения по услугам 00601003 и 00601006 из тела письма в базу ЕКЦ"))
    manifest(name, "ru", "eml (text body)", "text/plain with no charset label, 8bit windows-1251 bytes; tab-separated form; 'нет' in regulation and NPA")


# ============================================================================= EML, 68-78


def d68_ulytau_two_attachments():
    name = "d68-agro-ulytau-cover-pdf-and-form-docx.eml"
    att = "Форма_ЕКЦ.docx"
    rows = [
        S("1", "00402041", "Предоставление в аренду земельного участка для ведения крестьянского или фермерского хозяйства, сельскохозяйственного производства",
          "Правила оказания государственных услуг в сфере земельных отношений, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301",
          "-", "-", "www.egov.kz",
          "Каиржанов Ерлан Муратович – главный специалист отдела земельных отношений, тел. 8 (7102) 77-40-15, e.kairzhanov@ulytau-agro.gov.kz",
          P("Каиржанов Ерлан Муратович", "главный специалист отдела земельных отношений", "e.kairzhanov@ulytau-agro.gov.kz", "8 (7102) 77-40-15")),
        S("2", "00501014", "Субсидирование развития семеноводства",
          "Правила субсидирования в области растениеводства, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 26 февраля 2025 года № 57",
          "-", "-", "www.egov.kz",
          "Серікбай Айдана Ерланқызы – главный специалист отдела растениеводства, тел. 8 (7102) 77-40-22, a.serikbai@ulytau-agro.gov.kz",
          P("Серікбай Айдана Ерланқызы", "главный специалист отдела растениеводства", "a.serikbai@ulytau-agro.gov.kz", "8 (7102) 77-40-22")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (реквизиты)",
            "Регламент государственной услуги (реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Управление сельского хозяйства и земельных отношений области Ұлытау", align="c", bold=True, after=6)
    dtable(d, [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), nhead=1, size=9,
           widths=[0.9, 2.2, 4.8, 5.8, 2.2, 2.0, 2.2, 5.4])
    dpara(d, "")
    dpara(d, "Исп.: Серікбай А.Е.", size=9)
    dpara(d, "26.06.2026", size=9)
    cover = []
    cover += _pp("Управление сельского хозяйства и земельных отношений области Ұлытау", 11, 1, True, font="DejaVuSerif", space=6)
    cover += _pp("№ 04-12/733 от 26.06.2026\nна № ЕКЦ-2026/851 от 19.06.2026", 10, font="DejaVuSerif", space=8)
    cover += _pp("Единый контакт-центр", 10, 2, True, font="DejaVuSerif", space=8)
    cover += _pp("Сообщаем, что ответственным лицом за представление информации в Единый контакт-центр назначен главный "
                 "специалист отдела земельных отношений Каиржанов Ерлан Муратович. Сведения по государственным услугам "
                 "по форме приложения 1 к Правилам направляются отдельным файлом.", 11, 4, font="DejaVuSerif", space=12)
    cover += _pp("Руководитель управления                                   С. Жаксылыков", 11, 0, True, font="DejaVuSerif")
    body = "Добрый день! Во вложении сопроводительное письмо и форма по запросу ЕКЦ-2026/851.\n\n--\nСерікбай Айдана\n8 (7102) 77-40-22\n"
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Серікбай Айдана", "a.serikbai@ulytau-agro.gov.kz"), EKC, "ЕКЦ-2026/851 ответ",
        "Fri, 26 Jun 2026 16:10:45 +0500", "<e1f0a2b3c4d5@ulytau-agro.gov.kz>")
    msg.attach(text_part(body, "utf-8", cte="base64"))
    msg.attach(attach(pdf_bytes(cover, land=False, margins=(25, 20, 15, 20)), "soprovod_04-12-733.pdf", PDF_T, name_style="plain"))
    msg.attach(attach(docx_bytes(d), att, DOCX_T))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Серікбай А.Е.", "2026-06-26")],
               context("Управление сельского хозяйства и земельных отношений области Ұлытау", "agro@ulytau.gov.kz", "220740017765",
                       rows, "appointment",
                       ("ЕКЦ-2026/851", "2026-06-19", "О назначении ответственного лица и представлении информации по услугам 00402041, 00501014"),
                       "Зарегистрировать ответственное лицо (Каиржанов Е.М., из сопроводительного письма) и внести сведения по двум услугам из формы"))
    manifest(name, "ru", "eml+pdf+docx", "two attachments: a covering letter PDF naming the responsible person (not keyed here) and the form DOCX with a Cyrillic name; the executor differs from the appointed person")


def d69_sport_satpayev_webmail_vertical():
    name = "d69-sport-satpayev-webmail-field-value.eml"
    rows = [
        S("1", "01701012", "Присвоение спортивных разрядов: спортсмен 2 разряда, спортсмен 3 разряда, спортсмен 1, 2, 3 юношеских разрядов",
          "Правила оказания государственных услуг в сфере физической культуры и спорта, утвержденные приказом Министра туризма и спорта Республики Казахстан от 22 июля 2025 года № 241",
          "-", "-", "www.egov.kz",
          "Жұманов Арман Қайратұлы, главный специалист отдела физической культуры и спорта, +7 778 402 11 35, satpayev.sport@mail.ru",
          P("Жұманов Арман Қайратұлы", "главный специалист отдела физической культуры и спорта", "satpayev.sport@mail.ru", "+7 778 402 11 35")),
    ]
    s = rows[0].c
    g = [["Графа формы", "Сведения"],
         ["№ п/п", s["n"]], ["№ государственной услуги в реестре", s["reg"]], ["Наименование государственной услуги", s["name"]],
         ["Стандарт государственной услуги", s["std"]], ["Регламент государственной услуги", s["rgl"]],
         ["Изменения НПА", s["npa"]], ["Интернет-ресурс", s["web"]], ["ФИО, должность ответственного лица", s["c8"]]]
    html = ('<div dir="ltr"><div>Добрый день!</div><div><br></div>'
            '<div>По запросу ЕКЦ-2026/603 от 29.04.2026 отдел физической культуры и спорта города Сатпаев сообщает:</div><div><br></div>'
            + html_table(g, 1, "web") +
            '<div><br></div><div>Исп.: Жұманов А.Қ.</div><div>07.05.2026</div><div><br></div>'
            '<div>-- <br><div dir="ltr">С уважением, Жұманов Арман<br>ГУ «Отдел физической культуры и спорта города Сатпаев»</div></div></div>')
    plain = ("Добрый день!\n\nПо запросу ЕКЦ-2026/603 от 29.04.2026 отдел физической культуры и спорта города Сатпаев сообщает:\n\n"
             + "\n".join("%s: %s" % (a, b) for a, b in g[1:]) + "\n\nИсп.: Жұманов А.Қ.\n07.05.2026\n")
    msg = MIMEMultipart("alternative")
    hdr(msg, ("Арман Жұманов", "satpayev.sport@mail.ru"), EKC, "ЕКЦ-2026/603", "Thu, 07 May 2026 14:22:09 +0500",
        "<CAJ7y1=QmX8vK0p3Zs@mail.gmail.com>")
    msg.attach(text_part(plain, "utf-8", cte="qp"))
    msg.attach(text_part(html, "utf-8", sub="html", cte="qp"))
    write_case(name, mail_bytes(msg), [form_key("body", rows, "Жұманов А.Қ.", "2026-05-07")],
               context("Отдел физической культуры и спорта города Сатпаев", "satpayev.sport@mail.ru", "121040004556", rows, "information",
                       ("ЕКЦ-2026/603", "2026-04-29", "Запрос информации по государственной услуге 01701012"),
                       "Внести сведения по услуге 01701012 из тела письма в базу ЕКЦ"))
    manifest(name, "ru", "eml (html body)", "one service as a two-column 'Графа формы | Сведения' HTML table; the plain-text alternative gives the same as 'label: value' lines; mobile phone with +7")


def d70_bilim_kyzylorda_kk_docx():
    name = "d70-bilim-kyzylorda-kk-ru-note-kk-form.eml"
    att = "ЕКЦ_нысан_білім.docx"
    std = "Орта білім беру саласындағы мемлекеттік көрсетілетін қызметтерді көрсету қағидалары, Қазақстан Республикасы Оқу-ағарту министрінің 2025 жылғы 27 мамырдағы № 112 бұйрығымен бекітілген"
    rows = [
        S("1", "01002034", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру", std, "жоқ", "жоқ", "www.egov.kz",
          "Бекмаханова Роза Әбдіқалықызы – жалпы орта білім беру бөлімінің бас маманы, тел. 8 (7242) 40-15-27, r.bekmakhanova@kyzylorda-bilim.gov.kz",
          P("Бекмаханова Роза Әбдіқалықызы", "жалпы орта білім беру бөлімінің бас маманы", "r.bekmakhanova@kyzylorda-bilim.gov.kz", "8 (7242) 40-15-27")),
        S("2", "01002031", "Негізгі орта, жалпы орта білім беру ұйымдарында экстернат нысанында оқуға рұқсат беру", std, "жоқ",
          "ҚР Оқу-ағарту министрінің 2026 жылғы 11 қарашадағы № 240 бұйрығы", "www.egov.kz", "сол сияқты", SAME),
        S("3", "01002040", "Жалпы білім беретін мектептердегі білім алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін тамақтандыруды ұйымдастыру үшін құжаттар қабылдау",
          std, "жоқ", "жоқ", "www.egov.kz",
          "Нұрмаханов Ерлан Қайратұлы – тәрбие жұмысы бөлімінің басшысы, тел. 8 (7242) 40-15-31",
          P("Нұрмаханов Ерлан Қайратұлы", "тәрбие жұмысы бөлімінің басшысы", None, "8 (7242) 40-15-31")),
    ]
    head = ["Р/с №", "Мемлекеттік көрсетілетін қызметтер тізіліміндегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
            "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері)", "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері)",
            "Нормативтік құқықтық актілердің өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
    d = docx_doc(size=11, land=True)
    dpara(d, "Қызылорда облысының білім басқармасы", align="c", bold=True, after=6)
    dtable(d, [head, NUMS8] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), nhead=1, size=9,
           center_rows=(1,), widths=[0.9, 2.2, 4.4, 5.8, 2.2, 3.2, 2.2, 5.0])
    dpara(d, "")
    dpara(d, "Орындаған: Бекмаханова Р.Ә.", size=9)
    dpara(d, "2026 жылғы 27 қараша", size=9)
    body = ("Құрметті әріптестер! / Уважаемые коллеги!\n\n"
            "ЕКЦ-2026/1611 сұрауыңызға жауап ретінде толтырылған нысанды жолдаймыз.\n"
            "В ответ на запрос ЕКЦ-2026/1611 от 20.11.2026 направляем заполненную форму (на государственном языке).\n\n"
            "Құрметпен / С уважением,\nБекмаханова Р.Ә.\nҚызылорда облысының білім басқармасы\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Бекмаханова Роза", "r.bekmakhanova@kyzylorda-bilim.gov.kz"), EKC, "ЕКЦ-2026/1611 сұрауына жауап",
        "Fri, 27 Nov 2026 10:45:00 +0500", "<b1lim.27112026.0945@kyzylorda-bilim.gov.kz>")
    msg.attach(text_part(body, "utf-8", cte="base64"))
    msg.attach(attach(docx_bytes(d), att, DOCX_T))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Бекмаханова Р.Ә.", "2026-11-27", lang="kk")],
               context("Управление образования Кызылординской области", "bilim@kyzylorda.gov.kz", "990540004483", rows, "information",
                       ("ЕКЦ-2026/1611", "2026-11-20", "Запрос информации по государственным услугам в сфере среднего образования"),
                       "Внести сведения по трем услугам из вложения в базу ЕКЦ",
                       names=["Выдача дубликатов документов об основном среднем, общем среднем образовании",
                              "Выдача разрешения на обучение в форме экстерната в организациях основного среднего, общего среднего образования",
                              "Прием документов для организации бесплатного питания отдельных категорий обучающихся и воспитанников в общеобразовательных школах"]))
    manifest(name, "kk", "eml+docx", "bilingual covering note; Kazakh form with 'жоқ' and 'сол сияқты'; attachment name in Kazakh letters")


def d71_zher_birzhan_sal_wrong_label():
    name = "d71-land-birzhan-sal-wrong-charset-label.eml"
    rows = [
        S("1", "00402003", "Предоставление земельного участка для строительства объекта в черте населенного пункта",
          "Правила оказания государственных услуг в сфере земельных отношений, утвержденные приказом Министра сельского хозяйства РК от 1 октября 2020 года № 301",
          "-", "-", "www.egov.kz",
          "Смаилов Нурболат Жанатович, главный специалист, 8 (71647) 2-15-30, n.smailov@birzhansal-zher.gov.kz",
          P("Смаилов Нурболат Жанатович", "главный специалист", "n.smailov@birzhansal-zher.gov.kz", "8 (71647) 2-15-30")),
    ]
    head = ["№", "№ услуги в реестре", "Наименование", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс",
            "ФИО, должность ответственного"]
    g = [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    body = ("Здравствуйте!\r\nНа запрос ЕКЦ-2026/046 от 14.01.2026 направляем информацию:\r\n\r\n" + tsv(g).replace("\n", "\r\n")
            + "\r\n\r\nИсп. Смаилов Н.Ж.\r\n21 января 2026 г.\r\n")
    headers = [("From", "%s <n.smailov@birzhansal-zher.gov.kz>" % ew("Смаилов Н.Ж.", "utf-8")), ("To", EKC),
               ("Subject", ew("ЕКЦ-2026/046", "utf-8")), ("Date", "Wed, 21 Jan 2026 12:00:31 +0500"),
               ("Message-ID", "<3b8e1c.20260121@birzhansal-zher.gov.kz>"), ("MIME-Version", "1.0"),
               ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "8bit")]
    data = raw_mail(headers, body.encode("windows-1251"))
    write_case(name, data, [form_key("body", rows, "Смаилов Н.Ж.", "2026-01-21")],
               context("Отдел земельных отношений района Биржан сал", "zher@birzhansal.gov.kz", "050940017730", rows, "information",
                       ("ЕКЦ-2026/046", "2026-01-14", "Запрос информации по государственной услуге 00402003"),
                       "Внести сведения по услуге 00402003 из тела письма в базу ЕКЦ"))
    manifest(name, "ru", "eml (text body)", "body labelled charset=utf-8 but written in windows-1251 (invalid UTF-8), CRLF line ends; tab-separated one-row form")


def d72_kib_karaganda_xlsx_encoded_word():
    name = "d72-industrial-safety-karaganda-xlsx.eml"
    att = "Приложение_1_ДКИБ.xlsx"
    std = "Правила оказания государственных услуг в сфере промышленной безопасности, утвержденные приказом Министра по чрезвычайным ситуациям Республики Казахстан от 18 февраля 2025 года № 58"
    sag = P("Сагындыкова Айгерим Муратовна", "государственный инспектор", None, "8 (7212) 41-66-14")
    rows = [
        S(1, "01602004", "Выдача разрешения на применение технологий, технических устройств, материалов, используемых на опасных производственных объектах",
          std, "-", "-", "www.elicense.kz",
          "Абдрахманов Талгат Ерикович – главный государственный инспектор, тел. 8 (7212) 41-66-09, t.abdrakhmanov@emer.gov.kz",
          P("Абдрахманов Талгат Ерикович", "главный государственный инспектор", "t.abdrakhmanov@emer.gov.kz", "8 (7212) 41-66-09")),
        S(2, "01602008", "Выдача разрешения на постановку на учет опасных технических устройств", std, "-", "-", "www.elicense.kz",
          "Сагындыкова Айгерим Муратовна – государственный инспектор, тел. 8 (7212) 41-66-14, моб. 8 708 915 32 11", sag),
        S(3, "01602011", "Аттестация организаций на право проведения работ в области промышленной безопасности", std, "-",
          "Приказ Министра по ЧС РК от 02.09.2026 № 301", "www.elicense.kz", "-//-", SAME),
    ]
    head = ["№ п/п", "№ в реестре", "Наименование государственной услуги", "Стандарт", "Регламент", "Изменения НПА",
            "Интернет-ресурс", "ФИО, должность ответственного лица"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Приложение 1"
    _xtitle(ws, 1, "Департамент Комитета промышленной безопасности МЧС РК по Карагандинской области", 8)
    _xtitle(ws, 2, "Запрос о предоставлении информации о государственной услуге", 8, bold=False)
    r = xgrid(ws, [head, [int(x) for x in NUMS8]] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), 4,
              nhead=1, center_rows=(1,))
    xput(ws, r + 1, 1, "Исп.: Сагындыкова А.М.", wrap=False)
    xput(ws, r + 2, 1, "19.10.2026", wrap=False)
    xwidths(ws, [5, 11, 40, 44, 10, 22, 14, 42])
    body = ("Добрый день,\r\nсм. вложение (ответ на ЕКЦ-2026/1390).\r\n\r\nС уважением,\r\nСагындыкова А.М.\r\n"
            "ДКПБ МЧС РК по Карагандинской области\r\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Сагындыкова Айгерим", "a.sagyndykova@emer.gov.kz"), EKC, "RE: ЕКЦ-2026/1390", "Mon, 19 Oct 2026 15:48:03 +0500",
        "<000c01dc41f7$6c2b0b10$44812130$@emer.gov.kz>", charset="windows-1251",
        extra=(("X-Mailer", "Microsoft Office Outlook 12.0"),))
    msg.attach(text_part(body, "windows-1251"))
    msg.attach(attach(xlsx_bytes(wb), att, XLSX_T, name_style="encoded-word"))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Сагындыкова А.М.", "2026-10-19")],
               context("Департамент Комитета промышленной безопасности МЧС Республики Казахстан по Карагандинской области",
                       "dkpb.karaganda@emer.gov.kz", "030940010251", rows, "information",
                       ("ЕКЦ-2026/1390", "2026-10-12", "Запрос информации по государственным услугам в сфере промышленной безопасности"),
                       "Внести сведения по услугам 01602004, 01602008, 01602011 из вложения в базу ЕКЦ"))
    manifest(name, "ru", "eml+xlsx", "old Outlook: windows-1251 base64 note 'см. вложение', attachment name as a windows-1251 encoded-word; XLSX with the 1…8 row; '-//-' repeats a person without e-mail")


def d73_bilim_almaty_outlook_two_level():
    name = "d73-bilim-almaty-outlook-two-level-header.eml"
    rows = [
        S("1", "01005002", "Прием документов для участия в конкурсе на размещение государственного образовательного заказа на дошкольное воспитание и обучение",
          "Правила размещения государственного образовательного заказа на дошкольное воспитание и обучение, утвержденные приказом Министра просвещения Республики Казахстан от 30 января 2025 года № 17",
          "—", "—", "www.egov.kz",
          "Кенесова Айгерим Талгатовна\nглавный специалист отдела дошкольного образования\n8 (727) 271-40-55 (вн. 4055)\na.kenessova@almaty-bilim.gov.kz",
          P("Кенесова Айгерим Талгатовна", "главный специалист отдела дошкольного образования", "a.kenessova@almaty-bilim.gov.kz", "8 (727) 271-40-55")),
        S("2", "01005009", "Выдача направления в организацию дополнительного образования для детей",
          "Правила оказания государственных услуг в сфере дополнительного образования детей, утвержденные приказом Министра просвещения Республики Казахстан от 9 июня 2025 года № 121",
          "—", "—", "www.egov.kz",
          "Ли Константин Эдуардович\nглавный специалист отдела дополнительного образования\n8 (727) 271-40-68\nk.li@almaty-bilim.gov.kz",
          P("Ли Константин Эдуардович", "главный специалист отдела дополнительного образования", "k.li@almaty-bilim.gov.kz", "8 (727) 271-40-68")),
    ]
    h1 = ["№", "Государственная услуга", None, "Реквизиты", None, None, "Интернет-ресурс", "Ответственное лицо"]
    h2 = ["^", "№ в реестре", "наименование", "стандарт", "регламент", "изменения НПА", "^", "^"]
    g = [h1, h2] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    html = (OUTLOOK_HEAD % "utf-8" +
            mso("Здравствуйте, коллеги!\n\nУправление образования города Алматы на запрос ЕКЦ-2026/1236 от 08.09.2026 "
                "представляет информацию по государственным услугам:\n") +
            html_table(g, 2, "outlook") +
            mso("\nИсп.: Кенесова А.Т.\n«15» сентября 2026 г.\n\nС уважением,\nКенесова Айгерим\nглавный специалист отдела дошкольного образования\n"
                "Управление образования города Алматы\nтел.: 8 (727) 271-40-55") + OUTLOOK_TAIL)
    msg = MIMEMultipart("alternative")
    hdr(msg, ("Кенесова Айгерим Талгатовна", "a.kenessova@almaty-bilim.gov.kz"), EKC,
        "Информация по запросу ЕКЦ-2026/1236", "Tue, 15 Sep 2026 11:37:52 +0500",
        "<00f301dc2581$c3b9d4e0$4b2d7ea0$@almaty-bilim.gov.kz>",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdwlgcJu0c3b8l3vQY2mG9a5bP0c5g==")))
    msg.attach(text_part("Здравствуйте, коллеги! Информация по запросу ЕКЦ-2026/1236 — в HTML-версии письма.\n", "utf-8", cte="qp"))
    msg.attach(text_part(html, "utf-8", sub="html", cte="base64"))
    write_case(name, mail_bytes(msg), [form_key("body", rows, "Кенесова А.Т.", "2026-09-15")],
               context("Управление образования города Алматы", "bilim@almaty.gov.kz", "960140000458", rows, "information",
                       ("ЕКЦ-2026/1236", "2026-09-08", "Запрос информации по государственным услугам в сфере образования"),
                       "Внести сведения по услугам 01005002 и 01005009 из тела письма в базу ЕКЦ"))
    manifest(name, "ru", "eml (html body)", "Outlook HTML with a two-level header (colspan/rowspan); column 8 as four paragraphs inside the cell; the plain-text part only says 'see the HTML version'")


def d74_arhiv_aktobe_text_and_html():
    name = "d74-archive-aktobe-text-and-html-alternatives.eml"
    kal = P("Калиева Бибигуль Амангельдиевна", "руководитель отдела архивных справок", "b.kaliyeva@aktobe-arhiv.gov.kz", "8 (7132) 56-80-14")
    c8 = "Калиева Бибигуль Амангельдиевна – руководитель отдела архивных справок, тел. 8 (7132) 56-80-14, b.kaliyeva@aktobe-arhiv.gov.kz"
    rows = [
        S("1", "00703002", "Выдача архивных справок",
          "Правила оказания государственной услуги «Выдача архивных справок», утвержденные приказом Министра культуры и информации Республики Казахстан от 14 марта 2025 года № 97-НҚ",
          "-", "-", "www.egov.kz", c8, kal),
        S("2", "00703010", "Выдача разрешения на доступ к документам Национального архивного фонда, находящимся в государственном архиве",
          "Правила оказания государственной услуги «Выдача разрешения на доступ к документам Национального архивного фонда», утвержденные приказом Министра культуры и информации Республики Казахстан от 14 марта 2025 года № 97-НҚ",
          "-", "-", "www.egov.kz", c8, kal),
    ]
    head = ["№", "№ в реестре", "Наименование государственной услуги", "Стандарт", "Регламент", "Изменения НПА",
            "Интернет-ресурс", "ФИО, должность ответственного лица"]
    g = [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    intro = "Добрый день!\nНа запрос ЕКЦ-2026/502 от 06.04.2026 сообщаем:\n"
    tail = "\nИсп. Калиева Б.А.\n13.04.2026\n"
    plain = intro + "\n" + tsv(g) + "\n" + tail
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">"
            + "".join("<p>%s</p>" % escape(x) for x in intro.strip().split("\n")) + html_table(g, 1, "plain")
            + "".join("<p>%s</p>" % escape(x) for x in tail.strip().split("\n")) + "</body></html>")
    msg = MIMEMultipart("alternative")
    hdr(msg, ("Калиева Б.А.", "b.kaliyeva@aktobe-arhiv.gov.kz"), EKC, "Ответ на ЕКЦ-2026/502", "Mon, 13 Apr 2026 10:01:15 +0500",
        "<20260413050115.aktobe-arhiv.77@aktobe-arhiv.gov.kz>", extra=(("User-Agent", "Roundcube Webmail/1.6.6"),))
    msg.attach(text_part(plain, "utf-8", cte="qp"))
    msg.attach(text_part(html, "utf-8", sub="html", cte="qp"))
    write_case(name, mail_bytes(msg), [form_key("body", rows, "Калиева Б.А.", "2026-04-13")],
               context("Управление цифровизации и архивов Актюбинской области", "arhiv@aktobe.gov.kz", "040540014475", rows, "information",
                       ("ЕКЦ-2026/502", "2026-04-06", "Запрос информации по государственным услугам в сфере архивного дела"),
                       "Внести сведения по услугам 00703002 и 00703010 из тела письма в базу ЕКЦ"))
    manifest(name, "ru", "eml (text+html body)", "multipart/alternative where both the plain text (tab-separated) and the HTML hold the same form: one body document, not two")


def d75_tourism_mangystau_qp_appointment():
    name = "d75-tourism-mangystau-docx-appointment.eml"
    att = "Информация_ЕКЦ_туризм.docx"
    rows = [
        S("1", "01801002", "Выдача лицензии на туристскую операторскую деятельность (туроператорская деятельность)",
          "Правила оказания государственных услуг в сфере туристской деятельности, утвержденные приказом Министра туризма и спорта Республики Казахстан от 9 января 2025 года № 3",
          "—", "—", "www.elicense.kz",
          "Утегалиев Нурбол Каиржанович – главный специалист отдела туризма, тел. 8 (7292) 30-45-16, n.utegaliyev@mangystau-tourism.gov.kz",
          P("Утегалиев Нурбол Каиржанович", "главный специалист отдела туризма", "n.utegaliyev@mangystau-tourism.gov.kz", "8 (7292) 30-45-16")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
            "Изменения нормативных правовых актов", "Интернет-ресурс", "Фамилия, имя, отчество, должность ответственного лица"]
    d = docx_doc(size=12)
    dpara(d, "Управление туризма Мангистауской области", bold=True, align="c", after=8)
    dpara(d, "Сведения о государственной услуге", align="c", after=6)
    dtable(d, [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), nhead=1, size=8,
           widths=[0.8, 1.8, 2.2, 3.4, 1.6, 1.6, 1.8, 3.3])
    dpara(d, "")
    dpara(d, "Исп.: Утегалиев Н.К.", size=10)
    dpara(d, "« 3 » августа 2026 г.", size=10)
    body = ("Добрый день!\n\nИсх. № 05-14/621 от 03.08.2026\nНа № ЕКЦ-2026/1012 от 28.07.2026\n\n"
            "Управление туризма Мангистауской области сообщает, что ответственным лицом по государственной услуге 01801002 "
            "назначен главный специалист отдела туризма Утегалиев Нурбол Каиржанович (тел. 8 (7292) 30-45-16). "
            "Сведения по форме приложения 1 — во вложении.\n\n"
            "С уважением,\nканцелярия Управления туризма Мангистауской области\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Управление туризма Мангистауской области", "kense@mangystau-tourism.gov.kz"), EKC,
        "Исх. № 05-14/621 от 03.08.2026", "Mon, 03 Aug 2026 17:59:40 +0500", "<mt.0514.621@mangystau-tourism.gov.kz>")
    msg.attach(text_part(body, "utf-8", cte="qp"))
    msg.attach(attach(docx_bytes(d), att, DOCX_T))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Утегалиев Н.К.", "2026-08-03")],
               context("Управление туризма Мангистауской области", "kense@mangystau-tourism.gov.kz", "110840007219", rows, "appointment",
                       ("ЕКЦ-2026/1012", "2026-07-28", "О назначении ответственного лица по государственной услуге 01801002"),
                       "Зарегистрировать ответственное лицо Утегалиева Н.К. и внести сведения по услуге 01801002 из вложения"))
    manifest(name, "ru", "eml+docx", "first reply: the note names the responsible person (not keyed), the portrait DOCX form with 8-pt text is keyed; quoted-printable UTF-8")


def d76_bilim_zerenda_mailru_pdf():
    name = "d76-bilim-zerenda-mailru-mobile-pdf.eml"
    att = "EKC.pdf"
    abd = P("Абдрахманова Сауле Нурлановна", "методист по дошкольному воспитанию", "zerenda.bilim@mail.ru", "8 (71632) 2-13-47")
    std = "Правила оказания государственных услуг в сфере дошкольного воспитания и обучения, утвержденные приказом Министра просвещения Республики Казахстан от 24 апреля 2025 года № 81"
    rows = [
        S("1", "01001011", "Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные организации",
          std, "-", "-", "www.egov.kz",
          "Абдрахманова Сауле Нурлановна, методист по дошкольному воспитанию, 8 (71632) 2-13-47, zerenda.bilim@mail.ru", abd),
        S("2", "01001012", "Прием документов и зачисление детей в дошкольные организации", std, "-", "-", "www.egov.kz", "-//-", SAME),
    ]
    head = ["№", "№ в реестре", "Наименование госуслуги", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс",
            "ФИО, должность ответственного лица"]
    flow = []
    flow += _pp("ГУ «Отдел образования по Зерендинскому району управления образования Акмолинской области»", 10, 1, True, space=4)
    flow.append(ptable([head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"]), nhead=1,
                       widths=[8, 20, 48, 60, 20, 24, 28, 58], size=8, rules="box"))
    flow.append(Spacer(1, 6 * mm))
    flow += _pp("Исп.: Абдрахманова С.Н.", 9, space=1)
    flow += _pp("«09» сентября 2026 г.", 9)
    body = "Форма по запросу ЕКЦ-2026/1197 во вложении.\n\n--\nОтправлено из мобильной Почты Mail.ru\n"
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Отдел образования Зеренда", "zerenda.bilim@mail.ru"), EKC, "форма ЕКЦ", "Wed, 09 Sep 2026 18:44:02 +0300",
        "<1757432642.981045331@f731.i.mail.ru>", extra=(("X-Mailer", "Mail.Ru Mobile"),))
    msg.attach(text_part(body, "utf-8", cte="base64"))
    msg.attach(attach(pdf_bytes(flow), att, PDF_T, name_style="plain"))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Абдрахманова С.Н.", "2026-09-09")],
               context("Отдел образования по Зерендинскому району управления образования Акмолинской области", "zerenda.bilim@mail.ru",
                       "010940013392", rows, "information",
                       ("ЕКЦ-2026/1197", "2026-09-02", "Запрос информации по государственным услугам в сфере дошкольного образования"),
                       "Внести сведения по услугам 01001011 и 01001012 из вложенного PDF в базу ЕКЦ"))
    manifest(name, "ru", "eml+pdf", "one-line note 'Отправлено из мобильной Почты Mail.ru'; PDF form (box rules) named EKC.pdf; '-//-'")


def d77_agro_burabay_kk_tsv():
    name = "d77-agro-burabay-kk-tsv-body.eml"
    rows = [
        S("1", "00501030", "Тракторларды және олардың базасында жасалған өздігінен жүретін шассилер мен механизмдерді басқару құқығына куәлік беру",
          "Тракторлар мен өздігінен жүретін машиналардың техникалық жай-күйіне мемлекеттік қадағалау саласындағы мемлекеттік көрсетілетін қызметтер қағидалары, ҚР Ауыл шаруашылығы министрінің 2025 жылғы 30 наурыздағы № 98 бұйрығымен бекітілген",
          "-", "-", "www.egov.kz",
          "Қабдолов Серік Тілеуұлы, бас мемлекеттік инженер-инспектор, тел. 8 (71636) 7-12-40, s.kabdolov@burabay-agro.gov.kz",
          P("Қабдолов Серік Тілеуұлы", "бас мемлекеттік инженер-инспектор", "s.kabdolov@burabay-agro.gov.kz", "8 (71636) 7-12-40")),
    ]
    head = ["№", "Тізілімдегі нөмірі", "Қызмет атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс",
            "Жауапты тұлғаның Т.А.Ә., лауазымы"]
    g = [head] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    body = ("Сәлеметсіз бе!\n\n"
            "Бурабай ауданының ауыл шаруашылығы бөлімі 2026 жылғы 12 мамырдағы № ЕКЦ-2026/617 сұрауға мемлекеттік "
            "көрсетілетін қызмет туралы ақпаратты ұсынады:\n\n" + tsv(g) +
            "\n\nОрындаған: Қабдолов С.Т.\n2026 жылғы 19 мамыр\n\nҚұрметпен,\nҚабдолов Серік\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Қабдолов Серік", "s.kabdolov@burabay-agro.gov.kz"), EKC, "Re: ЕКЦ-2026/617", "Tue, 19 May 2026 09:30:00 +0500",
        "<kabdolov.190526@burabay-agro.gov.kz>", extra=(("In-Reply-To", "<ekc-2026-617@ekc.gov.kz>"),))
    msg.attach(text_part(body, "utf-8", cte="base64"))
    write_case(name, mail_bytes(msg), [form_key("body", rows, "Қабдолов С.Т.", "2026-05-19", lang="kk")],
               context("Отдел сельского хозяйства Бурабайского района", "agro@burabay.gov.kz", "060340015547", rows, "information",
                       ("ЕКЦ-2026/617", "2026-05-12", "Запрос информации по государственной услуге 00501030"),
                       "Внести сведения по услуге 00501030 из тела письма в базу ЕКЦ",
                       names=["Выдача удостоверения на право управления тракторами и изготовленными на их базе самоходными шасси и механизмами, самоходными сельскохозяйственными, мелиоративными и дорожно-строительными машинами и механизмами"]))
    manifest(name, "kk", "eml (text body)", "Kazakh plain-text reply with a tab-separated one-row form and a Kazakh executor line")


def d78_mfa_docx_long_disclaimer():
    name = "d78-mfa-consular-docx-disclaimer.eml"
    att = "Приложение 1 (МИД).docx"
    std = "Правила оказания государственных услуг в сфере консульской деятельности, утвержденные приказом Министра иностранных дел Республики Казахстан от 23 апреля 2025 года № 11-1-4/180"
    rows = [
        S("1", "02001003", "Консульская легализация документов", std, "—", "—", "www.gov.kz/memleket/entities/mfa, www.egov.kz",
          "Сарсембаев Нурлан Ерланович – первый секретарь Департамента консульской службы, тел. +7 (7172) 72-05-43, n.sarsembayev@mfa.kz",
          P("Сарсембаев Нурлан Ерланович", "первый секретарь Департамента консульской службы", "n.sarsembayev@mfa.kz", "+7 (7172) 72-05-43")),
        S("2", "02001007", "Истребование документов с территории иностранных государств", std, "—", "—",
          "www.gov.kz/memleket/entities/mfa, www.egov.kz",
          "Бекова Асем Талгатовна – атташе Департамента консульской службы, тел. +7 (7172) 72-05-51, a.bekova@mfa.kz",
          P("Бекова Асем Талгатовна", "атташе Департамента консульской службы", "a.bekova@mfa.kz", "+7 (7172) 72-05-51")),
    ]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги",
            "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    w = [0.9, 2.2, 3.6, 6.0, 2.2, 2.0, 3.6, 5.2]
    g = grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    d = docx_doc(size=12, land=True)
    dpara(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ СЫРТҚЫ ІСТЕР МИНИСТРЛІГІ\nМИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН", align="c", bold=True, size=11)
    dpara(d, "Департамент консульской службы", align="c", after=8)
    dtable(d, [head] + g[:1], nhead=1, size=10, widths=w)
    d.add_page_break()
    dpara(d, "Продолжение", italic=True, size=9, after=2)
    dtable(d, [head] + g[1:], nhead=1, size=10, widths=w)
    dpara(d, "")
    dpara(d, "Исп.: Бекова А.Т.", size=10)
    dpara(d, "«27» января 2027 г.", size=10)
    body = ("Уважаемые коллеги!\n\nНа запрос ЕКЦ-2027/063 от 20.01.2027 направляем информацию по консульским услугам.\n"
            "Приложение: форма на 2 л.\n\nС уважением,\nБекова Асем\nатташе ДКС МИД РК\n\n"
            "========================================================================\n"
            "ҚҰПИЯЛЫЛЫҚ ТУРАЛЫ ЕСКЕРТУ: Осы хабарлама және оған тіркелген файлдар тек адресатқа арналған және "
            "қызметтік пайдалануға арналған ақпаратты қамтуы мүмкін. Егер сіз адресат болмасаңыз, жіберушіге хабарлаңыз "
            "және хабарламаны жойыңыз.\n"
            "УВЕДОМЛЕНИЕ О КОНФИДЕНЦИАЛЬНОСТИ: Настоящее сообщение и приложенные к нему файлы предназначены "
            "исключительно для адресата и могут содержать информацию для служебного пользования. Если вы не являетесь "
            "адресатом, сообщите отправителю и удалите сообщение. Распространение, копирование или иное использование "
            "информации запрещено.\n"
            "========================================================================\n")
    msg = MIMEMultipart("mixed")
    hdr(msg, ("Бекова Асем", "a.bekova@mfa.kz"), "Единый контакт-центр <%s>" % EKC, "Ответ на запрос ЕКЦ-2027/063",
        "Wed, 27 Jan 2027 12:12:12 +0500", "<mfa-dks-270127-063@mfa.kz>")
    msg.attach(text_part(body, "utf-8", cte="qp"))
    msg.attach(attach(docx_bytes(d), att, DOCX_T))
    write_case(name, mail_bytes(msg), [form_key(att, rows, "Бекова А.Т.", "2027-01-27")],
               context("Министерство иностранных дел Республики Казахстан", "kense@mfa.kz", "920540000813", rows, "information",
                       ("ЕКЦ-2027/063", "2027-01-20", "Запрос информации по государственным услугам в сфере консульской деятельности"),
                       "Внести сведения по услугам 02001003 и 02001007 из вложения в базу ЕКЦ"))
    manifest(name, "ru", "eml+docx", "long bilingual confidentiality disclaimer in the note; DOCX with one row per page, the header repeated on page 2 under 'Продолжение'; two websites")


# ============================================================================= TXT, 79-80


def d79_housing_karaganda_txt():
    name = "d79-housing-karaganda-letter.txt"
    mas = P("Маслова Екатерина Андреевна", "главный специалист сектора учета очередности", "e.maslova@krg-zhilye.gov.kz", "8 (7212) 41-85-06")
    rows = [
        S("1", "00808005", "Постановка на учет и очередность граждан, нуждающихся в жилище из коммунального жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде",
          "Правила оказания государственной услуги «Постановка на учет и очередность граждан, нуждающихся в жилище из коммунального жилищного фонда», утвержденные приказом Министра промышленности и строительства Республики Казахстан от 2 мая 2024 года № 160",
          "-", "-", "www.egov.kz",
          "Маслова Екатерина Андреевна, главный специалист сектора учета очередности, 8 (7212) 41-85-06, e.maslova@krg-zhilye.gov.kz", mas),
        S("2", "00808011", "Приватизация жилищ из государственного жилищного фонда",
          "Правила оказания государственных услуг в жилищно-коммунальной сфере, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 2 мая 2024 года № 160",
          "-", "-", "www.egov.kz", "то же", SAME),
    ]
    head = ["№", "№ в реестре", "Наименование государственной услуги", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс",
            "ФИО, должность ответственного лица"]
    g = [head, NUMS8] + grid(rows, ["n", "reg", "name", "std", "rgl", "npa", "web", "c8"])
    text = ("ГУ «Отдел жилищных отношений города Караганды»\n"
            "100012, г. Караганда, ул. Лободы, 22\n\n"
            "Исх. № 3-11/1420 от 05.11.2026\n"
            "На № ЕКЦ-2026/1521 от 29.10.2026\n\n"
            "                                        Единый контакт-центр\n\n"
            "В ответ на Ваш запрос направляем информацию по государственным услугам отдела:\n\n"
            + tsv(g) +
            "\n\nЗаместитель руководителя отдела                         Т. Искаков\n\n"
            "Исп. Маслова Е.А.\n05.11.2026\n")
    write_case(name, text.encode("utf-8"), [form_key(name, rows, "Маслова Е.А.", "2026-11-05")],
               context("Отдел жилищных отношений города Караганды", "zhilye@karaganda.gov.kz", "061240008870", rows, "information",
                       ("ЕКЦ-2026/1521", "2026-10-29", "Запрос информации по государственным услугам в жилищной сфере"),
                       "Внести сведения по услугам 00808005 и 00808011 в базу ЕКЦ"))
    manifest(name, "ru", "txt", "a letter's text with letterhead, outgoing number and signature; the form as tab-separated lines with the 1…8 row; 'то же'")


def d80_dsb_pavlodar_kk_labelled_txt():
    name = "d80-health-pavlodar-kk-labelled-lines.txt"
    akh = P("Ахметова Жанар Сәбитқызы", "медициналық көмекті ұйымдастыру бөлімінің бас маманы", "zh.akhmetova@pavlodar-dsb.gov.kz", "8 (7182) 32-71-04")
    rows = [
        S("1", "00902030", "Алғашқы медициналық-санитариялық көмек көрсететін медициналық ұйымға бекітілу",
          "Алғашқы медициналық-санитариялық көмек көрсететін денсаулық сақтау ұйымдарына жеке тұлғаларды бекіту қағидалары, Қазақстан Республикасы Денсаулық сақтау министрінің 2024 жылғы 13 қарашадағы № ҚР ДСМ-119 бұйрығымен бекітілген",
          "жоқ", "жоқ", "www.egov.kz",
          "Ахметова Жанар Сәбитқызы, медициналық көмекті ұйымдастыру бөлімінің бас маманы, тел. 8 (7182) 32-71-04, zh.akhmetova@pavlodar-dsb.gov.kz", akh),
        S("2", "00902045", "Уақытша еңбекке жарамсыздық парағын немесе анықтамасын беру",
          "Уақытша еңбекке жарамсыздық сараптамасын жүргізу, сондай-ақ уақытша еңбекке жарамсыздық парағын немесе анықтамасын беру қағидалары, Қазақстан Республикасы Денсаулық сақтау министрінің м.а. 2024 жылғы 18 қарашадағы № ҚР ДСМ-121 бұйрығымен бекітілген",
          "жоқ", "жоқ", "www.egov.kz", "сол сияқты", SAME),
    ]
    blocks = []
    for s in rows:
        c = s.c
        blocks.append("%s. Тізілімдегі нөмірі: %s\n   Мемлекеттік қызметтің атауы: %s\n   Стандарты: %s\n   Регламенті: %s\n"
                      "   НҚА өзгерістері: %s\n   Интернет-ресурс: %s\n   Жауапты тұлға (Т.А.Ә., лауазымы): %s\n"
                      % (c["n"], c["reg"], c["name"], c["std"], c["rgl"], c["npa"], c["web"], c["c8"]))
    text = ("Павлодар облысының денсаулық сақтау басқармасы\n"
            "Шығ. № 01-09/2214, 2027 жылғы 12 наурыз\n\n"
            "Бірыңғай байланыс орталығына\n"
            "2027 жылғы 5 наурыздағы № ЕКЦ-2027/124 хатқа\n\n"
            "Қағидалардың 1-қосымшасындағы нысан бойынша мемлекеттік көрсетілетін қызметтер туралы ақпаратты ұсынамыз:\n\n"
            + "\n".join(blocks) +
            "\nБасшының орынбасары                                      Д. Сейітов\n\n"
            "Орындаған: Ахметова Ж.С.\n2027 жылғы 12 наурыз\n")
    write_case(name, text.encode("utf-8"), [form_key(name, rows, "Ахметова Ж.С.", "2027-03-12", lang="kk")],
               context("Управление здравоохранения Павлодарской области", "dsb@pavlodar.gov.kz", "990740001943", rows, "information",
                       ("ЕКЦ-2027/124", "2027-03-05", "Запрос информации о государственных услугах в сфере здравоохранения"),
                       "Внести сведения по услугам 00902030 и 00902045 в базу ЕКЦ",
                       names=["Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь",
                              "Выдача листа или справки о временной нетрудоспособности"]))
    manifest(name, "kk", "txt", "Kazakh letter where each service is a numbered block of 'label: value' lines instead of a table; 'жоқ' and 'сол сияқты'; date '2027 жылғы 12 наурыз'")


# ----------------------------------------------------------------------------- main


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    fns = [(n, f) for n, f in sorted(globals().items()) if re.match(r"d\d\d_", n) and callable(f)]
    for n, f in fns:
        if only and only not in n:
            continue
        f()
    if not only:
        with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
            fh.write("# amina — held-out corpus, round 3: filled Appendix 1 forms\n\n")
            fh.write("%d documents, all `appendix1_form`, all genuine replies (`is_reply: true`). "
                     "Rebuild with `python make.py` (python-docx, openpyxl, reportlab).\n\n" % len(MANIFEST))
            fh.write("Keying conventions used throughout:\n\n"
                     "- Columns 2-7 are keyed as written (white space folded). A cell that is empty, a dash "
                     "('-', '–', '—') or a word that only says there is nothing ('нет', 'отсутствует', 'не предусмотрен', "
                     "'не утверждался', 'изменений нет', 'жоқ') is keyed `null`.\n"
                     "- '-//-', 'то же', 'аналогично', 'сол сияқты' and a vertically merged cell repeat the full value of the row "
                     "above (in any column, column 8 included: all four parts of `responsible`).\n"
                     "- Column 8: `full_name` as written (nominative), `position` without labels, phone numbers or e-mail; "
                     "`phone` is the first number given (an internal extension 'вн. …' is dropped); `email` null when none.\n"
                     "- `executor.full_name` is the name on the 'Исп.'/'Исполнитель'/'Орындаған'/'Ф.И.О. ответственного "
                     "исполнителя' line exactly as written (initials included); `executor.date` is the date under the table.\n"
                     "- `language`: 'ru' or 'kk' when the form is in one language; left out of the key (kk+ru below) when "
                     "headers and content are in different languages or bilingual.\n"
                     "- A mail whose form is attached: only the attachment's document is keyed (the covering note is not); "
                     "a form in the mail text (HTML or plain, or both as alternatives) is one document with part 'body'.\n\n")
            fh.write("| file | kind | language | format | what makes it hard |\n| --- | --- | --- | --- | --- |\n")
            for (name, kind, lang, fmt, hard) in MANIFEST:
                fh.write("| `%s` | %s | %s | %s | %s |\n" % (name, kind, lang, fmt, hard))
    print("written:", len(MANIFEST))


if __name__ == "__main__":
    main()
