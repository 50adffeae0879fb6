"""Rendering helpers for kairat's round-K corpus (layouts only; every text comes from make.py)."""
import io, json, os
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header
from email import encoders
from email.utils import formataddr

import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

H_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
        "Стандарт государственной услуги (с указанием его реквизитов)",
        "Регламент государственной услуги (с указанием его реквизитов)",
        "Изменения нормативных правовых актов",
        "Интернет-ресурс, на котором размещена информация о государственной услуге",
        "Фамилия, имя, отчество, должность ответственного лица"]
H_KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі",
        "Мемлекеттік көрсетілетін қызметтің атауы",
        "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)",
        "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
        "Нормативтік құқықтық актілердегі өзгерістер",
        "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
        "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
NUMS = [str(i) for i in range(1, 9)]


def cells(svcs):
    """Display rows: each service dict may carry 'show' overriding display of cols 1..8."""
    rows = []
    for i, s in enumerate(svcs, 1):
        r = [str(i), s["reg"], s["name"], s.get("std") or "", s.get("rgl") or "", s.get("npa") or "",
             s.get("web") or "", s["c8"]]
        for k, v in s.get("show", {}).items():
            r[k - 1] = v
        rows.append(r)
    return rows


def key_service(s, change=False):
    d = {"registry_number": s["reg"]}
    if not change:
        d["service_name"] = s["name"]
    for f, k in (("standard", "std"), ("regulation", "rgl"), ("npa_changes", "npa"), ("website", "web")):
        if k in s:
            d[f] = s[k]
        elif change and s.get("nullrest"):
            d[f] = None
    if "resp" in s:
        d["responsible"] = s["resp"]
    for k in s.get("drop", []):
        d.pop(k, None)
    return d


def write(name, data):
    p = os.path.join(OUT, name)
    with open(p, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def write_keys(name, documents, context):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": documents}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- DOCX
def _cellset(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for j, ln in enumerate(lines):
        run = p.add_run(ln)
        run.font.size = Pt(size)
        run.bold = bold
        if j < len(lines) - 1:
            run.add_break()


def docx_doc(landscape_=True):
    d = docx.Document()
    if landscape_:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    return d


def docx_paras(d, text, bold=False, align=None):
    for ln in text.split("\n"):
        p = d.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if align is not None:
            p.alignment = align


def docx_table(d, header_rows, rows, merges=(), style="Table Grid"):
    """header_rows: list of lists (8 wide, may contain None to be merged). merges: (r1,c1,r2,c2)."""
    t = d.add_table(rows=len(header_rows) + len(rows), cols=len(rows[0] if rows else header_rows[0]))
    t.style = style
    for i, hr in enumerate(header_rows):
        for j, v in enumerate(hr):
            if v is not None:
                _cellset(t.cell(i, j), v, bold=True)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        txt = a.text
        m = a.merge(t.cell(r2, c2))
        _cellset(m, txt, bold=True)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            _cellset(t.cell(len(header_rows) + i, j), v)
    return t


def docx_pagebreak(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def docx_bytes(d):
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


# ---------------------------------------------------------------- XLSX
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xlsx_sheet(wb, title, top_lines, header_rows, rows, merges=(), bottom_lines=(), start_col=1, widths=None):
    ws = wb.active if wb.active.title == "Sheet" and wb.active.max_row == 1 and wb.active["A1"].value is None else wb.create_sheet()
    ws.title = title
    r = 1
    for ln in top_lines:
        ws.cell(r, start_col, ln)
        r += 1
    h0 = r
    for hr in header_rows:
        for j, v in enumerate(hr):
            c = ws.cell(r, start_col + j, v)
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = BOX
        r += 1
    for (r1, c1, r2, c2) in merges:
        ws.merge_cells(start_row=h0 + r1, start_column=start_col + c1, end_row=h0 + r2, end_column=start_col + c2)
    for row in rows:
        for j, v in enumerate(row):
            if v is None:
                continue
            val = v
            c = ws.cell(r, start_col + j, val)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
        r += 1
    r += 1
    for ln in bottom_lines:
        ws.cell(r, start_col, ln)
        r += 1
    w = widths or [5, 12, 34, 40, 40, 34, 20, 36]
    for j, x in enumerate(w):
        ws.column_dimensions[openpyxl.utils.get_column_letter(start_col + j)].width = x
    return ws


def xlsx_bytes(wb):
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


# ---------------------------------------------------------------- PDF
def pdf_bytes(flow_spec, land=True):
    """flow_spec: list of ('p', text, size, bold) | ('t', header_rows, rows, spans, repeat) | ('br',) | ('sp', h)"""
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=landscape(A4) if land else A4, leftMargin=36, rightMargin=36,
                            topMargin=36, bottomMargin=36, title="", author="")
    flow = []
    for it in flow_spec:
        if it[0] == "p":
            _, text, size, bold = it
            stl = ParagraphStyle("x", fontName="DVB" if bold else "DV", fontSize=size, leading=size * 1.3)
            for ln in text.split("\n"):
                flow.append(Paragraph(_esc(ln) or "&nbsp;", stl))
        elif it[0] == "t":
            _, hdr, rows, spans, rep = it
            cs = ParagraphStyle("c", fontName="DV", fontSize=6.5, leading=8)
            hs = ParagraphStyle("h", fontName="DVB", fontSize=6, leading=7.5)
            data = [[Paragraph(_esc(v or "").replace("\n", "<br/>"), hs) for v in r] for r in hdr]
            data += [[Paragraph(_esc(v or "").replace("\n", "<br/>"), cs) for v in r] for r in rows]
            ncol = len(data[0])
            W = (landscape(A4)[0] if land else A4[0]) - 72
            base = [0.035, 0.085, 0.12, 0.16, 0.16, 0.12, 0.15, 0.17] if ncol == 8 else [1.0 / ncol] * ncol
            t = Table(data, colWidths=[W * x for x in base], repeatRows=rep)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for (r1, c1, r2, c2) in spans:
                sty.append(("SPAN", (c1, r1), (c2, r2)))
            t.setStyle(TableStyle(sty))
            flow.append(t)
        elif it[0] == "br":
            flow.append(PageBreak())
        elif it[0] == "sp":
            flow.append(Spacer(1, it[1]))
    doc.build(flow)
    return b.getvalue()


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- HTML / text
def html_table(header_rows, rows, attrs='border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-family:Calibri;font-size:10pt"', spans=None):
    out = ["<table %s>" % attrs]
    spans = spans or {}
    for i, hr in enumerate(header_rows):
        out.append("<tr>")
        for j, v in enumerate(hr):
            if v is None:
                continue
            sp = spans.get((i, j), "")
            out.append('<td %s style="background:#d9e2f3"><b>%s</b></td>' % (sp, _esc(v).replace("\n", "<br>")))
        out.append("</tr>")
    for r in rows:
        out.append("<tr>" + "".join('<td valign="top"><p class=MsoNormal>%s</p></td>' % _esc(v).replace("\n", "<br>") for v in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- mail
def eml(frm, to, subject, date, body=None, html=None, charset="utf-8", attachments=(), msgid=None,
        extra_headers=(), label_charset=None, quoted_subject_charset=None):
    """attachments: (filename, bytes, maintype, subtype). label_charset: charset to *declare* (may be wrong)."""
    if attachments or (body and html):
        m = MIMEMultipart("mixed")
        if body and html:
            alt = MIMEMultipart("alternative")
            alt.attach(_text(body, "plain", charset, label_charset))
            alt.attach(_text(html, "html", charset, label_charset))
            m.attach(alt)
        elif html:
            m.attach(_text(html, "html", charset, label_charset))
        elif body:
            m.attach(_text(body, "plain", charset, label_charset))
        for fn, data, mt, st in attachments:
            part = MIMEBase(mt, st)
            part.set_payload(data)
            encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn) if not fn.isascii() else fn)
            m.attach(part)
    else:
        m = _text(body if body else html, "plain" if body else "html", charset, label_charset)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = Header(subject, quoted_subject_charset or "utf-8").encode()
    m["Date"] = date
    import hashlib
    m["Message-ID"] = msgid or "<%s@mail.%s>" % (hashlib.md5((subject + date).encode()).hexdigest()[:16], frm.split("@")[-1].strip(">"))
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for k, v in extra_headers:
        m[k] = v
    return m.as_bytes()


def _text(text, sub, charset, label):
    data = text.encode(charset)
    part = MIMEBase("text", sub)
    part.set_payload(data)
    if label == "none":
        pass
    else:
        part.set_param("charset", label or charset)
    if charset in ("utf-8",):
        encoders.encode_base64(part)
    else:
        encoders.encode_quopri(part) if False else encoders.encode_base64(part)
    return part


DOCX_MT = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX_MT = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PDF_MT = ("application", "pdf")
