"""Writers for corpus-k/ainur: eml, docx, pdf, txt, plus key and context files."""
import io
import json
import os
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
EKC = "info@ekc.gov.kz"


def docx_bytes(paras, table=None, head=None):
    """paras: list of str (a leading '**' makes it bold; '>>' right-aligned).
    head: optional list of str for a 2-col letterhead table (ru | kk)."""
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    if head:
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = head[0]
        t.cell(0, 1).text = head[1]
    for p in paras:
        align = None
        bold = False
        if p.startswith(">>"):
            p = p[2:]
            align = WD_ALIGN_PARAGRAPH.RIGHT
        if p.startswith("**"):
            p = p[2:]
            bold = True
        para = d.add_paragraph()
        r = para.add_run(p)
        r.bold = bold
        if align is not None:
            para.alignment = align
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def pdf_bytes(paras):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from xml.sax.saxutils import escape
    try:
        pdfmetrics.getFont("DJ")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DJ", FONT))
        pdfmetrics.registerFont(TTFont("DJB", FONTB))
    norm = ParagraphStyle("n", fontName="DJ", fontSize=11, leading=14, spaceAfter=4)
    bold = ParagraphStyle("b", parent=norm, fontName="DJB")
    right = ParagraphStyle("r", parent=norm, alignment=2)
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=A4, leftMargin=60, rightMargin=50, topMargin=50, bottomMargin=50,
                            title="", author="")
    flow = []
    for p in paras:
        s = norm
        if p.startswith(">>"):
            p, s = p[2:], right
        if p.startswith("**"):
            p, s = p[2:], bold
        if not p.strip():
            flow.append(Spacer(1, 8))
            continue
        flow.append(Paragraph(escape(p).replace("\n", "<br/>"), s))
    doc.build(flow)
    return b.getvalue()


def _hdr(msg, frm, subject, date, msgid, to=EKC, extra=None):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    for k, v in (extra or {}).items():
        msg[k] = v


def eml_plain(frm, subject, date, msgid, body, charset="utf-8", cte=None, extra=None, label=True):
    """Single-part text/plain. label=False: bytes in charset but no charset parameter."""
    if not label:
        raw = body.encode(charset)
        head = (f"From: {frm}\r\nTo: {EKC}\r\nSubject: {Header(subject, 'utf-8').encode()}\r\nDate: {date}\r\n"
                f"Message-ID: {msgid}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n"
                f"Content-Transfer-Encoding: 8bit\r\n")
        for k, v in (extra or {}).items():
            head += f"{k}: {v}\r\n"
        return head.encode("ascii") + b"\r\n" + raw.replace(b"\n", b"\r\n")
    if cte == "8bit":
        raw = body.encode(charset)
        head = (f"From: {frm}\r\nTo: {EKC}\r\nSubject: {Header(subject, 'utf-8').encode()}\r\nDate: {date}\r\n"
                f"Message-ID: {msgid}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"{charset}\"\r\n"
                f"Content-Transfer-Encoding: 8bit\r\n")
        for k, v in (extra or {}).items():
            head += f"{k}: {v}\r\n"
        return head.encode("ascii") + b"\r\n" + raw.replace(b"\n", b"\r\n")
    m = MIMEText(body, "plain", charset)
    if cte == "qp":
        from email import charset as cs
        c = cs.Charset(charset)
        c.body_encoding = cs.QP
        m = MIMEText(body, "plain", c)
    _hdr(m, frm, Header(subject, "utf-8").encode() if not subject.isascii() else subject, date, msgid, extra=extra)
    return m.as_bytes()


def eml_html(frm, subject, date, msgid, html, charset="utf-8", plain=None, extra=None, attachments=()):
    """HTML body (optionally with a plain alternative) and attachments (name, bytes, maintype, subtype)."""
    if charset.lower() not in ("utf-8", "utf8"):
        html = html.encode(charset, "xmlcharrefreplace").decode(charset)
    if plain is not None:
        alt = MIMEMultipart("alternative")
        alt.attach(MIMEText(plain, "plain", charset))
        alt.attach(MIMEText(html, "html", charset))
        body = alt
    else:
        body = MIMEText(html, "html", charset)
    if attachments:
        m = MIMEMultipart("mixed")
        m.attach(body)
        _attach(m, attachments)
    else:
        m = body
    _hdr(m, frm, Header(subject, "utf-8").encode(), date, msgid, extra=extra)
    return m.as_bytes()


def _attach(m, attachments):
    for name, data, mt, st in attachments:
        if mt == "text":
            part = MIMEText(data.decode("utf-8") if isinstance(data, bytes) else data, st, "utf-8")
        else:
            part = MIMEBase(mt, st)
            part.set_payload(data)
            encoders.encode_base64(part)
        if name.isascii():
            part.add_header("Content-Disposition", "attachment", filename=name)
        else:
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        m.attach(part)


def eml_mixed(frm, subject, date, msgid, body, attachments, charset="utf-8", extra=None):
    m = MIMEMultipart("mixed")
    m.attach(MIMEText(body, "plain", charset))
    _attach(m, attachments)
    _hdr(m, frm, Header(subject, "utf-8").encode(), date, msgid, extra=extra)
    return m.as_bytes()


DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF_T = ("application", "pdf")


def att_docx(name, paras, **kw):
    return (name, docx_bytes(paras, **kw)) + DOCX_T


def att_pdf(name, paras):
    return (name, pdf_bytes(paras)) + PDF_T


def fromaddr(name, addr):
    return formataddr((str(Header(name, "utf-8")), addr)) if False else formataddr((name, addr), charset="utf-8")


def write(name, data, docs, ctx):
    p = os.path.join(OUT, name)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(p, "wb") as f:
        f.write(data)
    key = {"exit": 0, "documents": docs}
    with open(p + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
    ctx = dict(ctx)
    ctx.setdefault("is_reply", True)
    with open(p + ".context.json", "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
