"""Helpers for botagoz's corpus: writers for DOCX/XLSX/PDF/EML and the key files.

Only the file machinery lives here; every document's text is written by hand in part*.py.
"""
import hashlib
import io
import json
import os
from email import encoders
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email.utils import formataddr

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))

MANIFEST = []

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "txt": "text/plain",
}


# ---------------------------------------------------------------- DOCX
def docx_bytes(blocks, font="Times New Roman", size=13, landscape_page=False):
    """blocks: str (paragraph), ("c", text) centred, ("r", text) right, ("b", text) bold,
    ("t", rows[, widths]) table, ("br",) empty line."""
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if landscape_page:
        from docx.enum.section import WD_ORIENT
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
            continue
        tag = b[0]
        if tag == "br":
            d.add_paragraph("")
        elif tag in ("c", "r", "b", "cb"):
            p = d.add_paragraph()
            run = p.add_run(b[1])
            if tag in ("b", "cb"):
                run.bold = True
            if tag in ("c", "cb"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if tag == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif tag == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
        else:
            raise ValueError(tag)
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- XLSX
def xlsx_bytes(sheets):
    """sheets: list of (title, rows) ; rows are lists of values (None for empty)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for col in "ABCDEFGHIJ":
            ws.column_dimensions[col].width = 22
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- PDF
def pdf_bytes(blocks, land=False, size=10):
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if land else A4,
                            leftMargin=50, rightMargin=40, topMargin=40, bottomMargin=40)
    n = ParagraphStyle("n", fontName="DV", fontSize=size, leading=size * 1.35)
    c = ParagraphStyle("c", parent=n, alignment=1)
    r = ParagraphStyle("r", parent=n, alignment=2)
    bst = ParagraphStyle("b", parent=n, fontName="DVB")
    cb = ParagraphStyle("cb", parent=c, fontName="DVB")
    cell = ParagraphStyle("cell", parent=n, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    flow = []
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    for b in blocks:
        if isinstance(b, str):
            flow.append(Paragraph(esc(b), n))
            flow.append(Spacer(1, 3))
            continue
        tag = b[0]
        if tag == "br":
            flow.append(Spacer(1, 10))
        elif tag in ("c", "r", "b", "cb"):
            flow.append(Paragraph(esc(b[1]), {"c": c, "r": r, "b": bst, "cb": cb}[tag]))
            flow.append(Spacer(1, 3))
        elif tag == "t":
            rows = [[Paragraph(esc(v), cell) for v in row] for row in b[1]]
            widths = b[2] if len(b) > 2 else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 6))
        else:
            raise ValueError(tag)
    doc.build(flow)
    return bio.getvalue()


# ---------------------------------------------------------------- EML
def eml_bytes(frm, to, subject, date, body, *, html=False, charset="utf-8", cc=None,
              attachments=(), msgid=None, extra_headers=None, label_charset=None,
              alt_html=None):
    """body: text (or html when html=True). attachments: list of (filename, bytes).
    label_charset: when set, the text part is encoded in `charset` but labelled with this one
    (a wrong label, as some mailers do)."""
    sub = "html" if html else "plain"
    if label_charset:
        part = MIMEBase("text", sub)
        part.set_payload(body.encode(charset))
        encoders.encode_base64(part)
        part.set_param("charset", label_charset)
        text = part
    elif alt_html is not None:
        text = MIMEMultipart("alternative")
        text.attach(MIMEText(body, "plain", charset))
        text.attach(MIMEText(alt_html, "html", charset))
    else:
        text = MIMEText(body, sub, charset)
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(text)
        for fn, data in attachments:
            ext = fn.rsplit(".", 1)[-1].lower()
            mt = MIME.get(ext, "application/octet-stream")
            maintype, subtype = mt.split("/", 1)
            a = MIMEBase(maintype, subtype)
            a.set_payload(data)
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
            a.set_param("name", fn)
            msg.attach(a)
    else:
        msg = text
    def addr(x):
        if isinstance(x, tuple):
            return formataddr((str(Header(x[0], "utf-8")), x[1]))
        return x
    msg["From"] = addr(frm)
    msg["To"] = ", ".join(addr(x) for x in (to if isinstance(to, list) else [to]))
    if cc:
        msg["Cc"] = ", ".join(addr(x) for x in (cc if isinstance(cc, list) else [cc]))
    msg["Subject"] = Header(subject, "utf-8")
    msg["Date"] = date
    msg["Message-ID"] = msgid or "<%s@%s>" % (hashlib.md5((subject + date).encode()).hexdigest()[:16], (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].strip(">"))
    msg["MIME-Version"] = "1.0"
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    return msg.as_bytes()


# ---------------------------------------------------------------- keys
def case(name, data, docs, ctx, manifest):
    """docs: list of (part, kind, lang or None[, extra dict]).
    ctx: dict with agency, services, awaiting, our_letter, expected_effect.
    manifest: (what it is, language, what makes it look like a reply)."""
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    key_docs = []
    for d in docs:
        part, kind, lang = d[0], d[1], d[2]
        kd = {"part": part, "kind": kind}
        if lang:
            kd["language"] = lang
        if len(d) > 3:
            kd.update(d[3])
        key_docs.append(kd)
    key = {"exit": 0, "documents": key_docs}
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    c = {"agency": ctx["agency"], "services": ctx["services"], "awaiting": ctx["awaiting"],
         "our_letter": ctx.get("our_letter"), "expected_effect": ctx["expected_effect"],
         "is_reply": False}
    with open(path + ".context.json", "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=2)
        f.write("\n")
    MANIFEST.append((name, "/".join(sorted({d[1] for d in docs})), manifest[1],
                     name.rsplit(".", 1)[-1], manifest[0], manifest[2]))


def ag(name, email, bin_):
    return {"name": name, "email": email, "bin": bin_}


def sv(*pairs):
    return [{"registry_number": a, "name": b} for a, b in pairs]


def ol(number, date, subject):
    return {"number": number, "date": date, "subject": subject}
