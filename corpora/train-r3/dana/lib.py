# helpers for dana's corpus (non-replies); the letters themselves are written by hand in make.py
import json, os, io
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import formataddr
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
CENTRE = "info@ekc.gov.kz"


def addr(name, email, charset="utf-8"):
    return formataddr((str(Header(name, charset)), email)) if name else email


def text_part(text, subtype="plain", charset="utf-8", cte=None):
    p = MIMEText(text, subtype, charset)
    if cte == "8bit":
        # re-encode as 8bit
        del p["Content-Transfer-Encoding"]
        p.set_payload(text.encode(charset), None)
        p["Content-Transfer-Encoding"] = "8bit"
    elif cte == "qp":
        from email import charset as cs
        del p["Content-Transfer-Encoding"]
        import quopri
        p.set_payload(quopri.encodestring(text.encode(charset)).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    return p


def attach_file(msg, filename, data, maintype="application", subtype="octet-stream"):
    part = MIMEBase(maintype, subtype, name=str(Header(filename, "utf-8")))
    part.set_payload(data)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    msg.attach(part)


def headers(msg, frm, to, subject, date, msgid, extra=None, subj_charset="utf-8"):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = Header(subject, subj_charset) if any(ord(c) > 127 for c in subject) else subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in (extra or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def write_msg(name, msg):
    write_bytes(name, msg.as_bytes())


def key(name, docs, exit=0):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit, "documents": docs}, f, ensure_ascii=False, indent=2)


def ctx(name, agency, services, awaiting, our_letter, effect, is_reply=False):
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump({"agency": agency, "services": services, "awaiting": awaiting,
                   "our_letter": our_letter, "expected_effect": effect, "is_reply": is_reply},
                  f, ensure_ascii=False, indent=2)


def docx_bytes(paras, tables=None, after=None):
    """paras: list of str (or (str, 'b'|'c'|'r') for bold/center/right); tables: list of row lists; after: paras after tables"""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    def add(items):
        for p in items:
            style = ""
            if isinstance(p, tuple):
                p, style = p
            par = d.add_paragraph()
            run = par.add_run(p)
            if "b" in style:
                run.bold = True
            if "c" in style:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if "r" in style:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(paras)
    for rows in tables or []:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
        d.add_paragraph("")
    add(after or [])
    b = io.BytesIO(); d.save(b); return b.getvalue()


def xlsx_bytes(sheets):
    from openpyxl import Workbook
    wb = Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(r)
    b = io.BytesIO(); wb.save(b); return b.getvalue()


def pdf_bytes(lines, size=11):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4)
    w, h = A4
    y = h - 60
    for ln in lines:
        font = "DejaVu"
        if ln.startswith("**"):
            ln = ln[2:]; font = "DejaVuB"
        c.setFont(font, size)
        if ln.startswith(">>"):
            c.drawCentredString(w / 2, y, ln[2:])
        else:
            c.drawString(50, y, ln)
        y -= size + 5
        if y < 60:
            c.showPage(); y = h - 60
    c.save()
    return b.getvalue()
