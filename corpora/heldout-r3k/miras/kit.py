"""Helpers for miras's round-K corpus: writing files, keys and contexts."""
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
MANIFEST = []


def path(name):
    return os.path.join(OUT, name)


def key(name, docs, agency, services, awaiting, effect, our_letter=None, manifest=""):
    """docs: list of dicts (part, kind, language, ... ). Writes key and context."""
    k = {"exit": 0, "documents": docs}
    with open(path(name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
    c = {"agency": agency,
         "services": [{"registry_number": r, "name": n} for r, n in services],
         "awaiting": awaiting,
         "our_letter": our_letter,
         "expected_effect": effect,
         "is_reply": False}
    with open(path(name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, manifest, docs))


def ag(name, email, bin_):
    return {"name": name, "email": email, "bin": bin_}


def ol(number, date, subject):
    return {"number": number, "date": date, "subject": subject}


def other(part, lang=None, **extra):
    d = {"part": part, "kind": "other"}
    if lang:
        d["language"] = lang
    d.update(extra)
    return d


# ---------------------------------------------------------------- DOCX
def docx_bytes(blocks, landscape=False, font="Times New Roman", size=12):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
          "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}
    for b in blocks:
        if isinstance(b, str):
            b = ("p", b)
        t = b[0]
        if t == "p":
            opts = b[2] if len(b) > 2 else ""
            p = d.add_paragraph()
            r = p.add_run(b[1])
            if "b" in opts:
                r.bold = True
            if "i" in opts:
                r.italic = True
            for ch in "crj":
                if ch in opts:
                    p.alignment = al[ch]
        elif t == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    tb.cell(i, j).text = val
            if len(b) > 2 and "merge" in b[2]:
                for (r0, c0, r1, c1) in b[2]["merge"]:
                    a = tb.cell(r0, c0)
                    keep = a.text
                    a.merge(tb.cell(r1, c1))
                    a.text = keep
        elif t == "br":
            d.add_page_break()
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


def write_docx(name, blocks, **kw):
    with open(path(name), "wb") as f:
        f.write(docx_bytes(blocks, **kw))


# ---------------------------------------------------------------- XLSX
def xlsx_bytes(sheets):
    """sheets: list of (title, rows, opts) ; rows list of lists; opts may have merges, widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        title, rows = sh[0], sh[1]
        opts = sh[2] if len(sh) > 2 else {}
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for m in opts.get("merges", []):
            ws.merge_cells(m)
        for col, w in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for rr in opts.get("bold_rows", []):
            for c in ws[rr]:
                c.font = Font(bold=True)
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def write_xlsx(name, sheets):
    with open(path(name), "wb") as f:
        f.write(xlsx_bytes(sheets))


# ---------------------------------------------------------------- PDF
_pdf_ready = False


def _fonts():
    global _pdf_ready
    if not _pdf_ready:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
        _pdf_ready = True


def pdf_bytes(blocks, landscape_=False, size=10):
    _fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY, TA_LEFT
    bio = io.BytesIO()
    ps = landscape(A4) if landscape_ else A4
    doc = SimpleDocTemplate(bio, pagesize=ps, leftMargin=50, rightMargin=40, topMargin=40, bottomMargin=40)
    al = {"c": TA_CENTER, "r": TA_RIGHT, "j": TA_JUSTIFY, "l": TA_LEFT}
    cell = ParagraphStyle("cell", fontName="DV", fontSize=size - 1.5, leading=size + 0.5)
    flow = []
    for b in blocks:
        if isinstance(b, str):
            b = ("p", b)
        if b[0] == "p":
            opts = b[2] if len(b) > 2 else ""
            a = TA_LEFT
            for ch in "crj":
                if ch in opts:
                    a = al[ch]
            st = ParagraphStyle("x", fontName="DVB" if "b" in opts else "DV", fontSize=size,
                                leading=size * 1.35, alignment=a, spaceAfter=3)
            txt = b[1].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
            flow.append(Paragraph(txt, st))
        elif b[0] == "sp":
            flow.append(Spacer(1, b[1]))
        elif b[0] == "br":
            flow.append(PageBreak())
        elif b[0] == "table":
            rows = [[Paragraph(str(v).replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), cell)
                     for v in r] for r in b[1]]
            widths = b[2].get("widths") if len(b) > 2 else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
    doc.build(flow)
    return bio.getvalue()


def write_pdf(name, blocks, **kw):
    with open(path(name), "wb") as f:
        f.write(pdf_bytes(blocks, **kw))


# ---------------------------------------------------------------- TXT
def write_txt(name, text, enc="utf-8"):
    with open(path(name), "wb") as f:
        f.write(text.encode(enc))


# ---------------------------------------------------------------- EML
def eml(name, frm, to, subject, date, body=None, html=None, charset="utf-8", attachments=(),
        headers=None, label=None, msgid=None, cte=None):
    """Build a message by hand so that charset labels can be wrong or missing.
    body/html: str. attachments: list of (filename, bytes, maintype/subtype).
    label: charset label to write (None -> same as charset; '' -> none)."""
    import base64
    import quopri
    lab = charset if label is None else label

    def textpart(text, sub):
        raw = text.replace("\n", "\r\n").encode(charset)
        enc = cte or ("base64" if charset == "utf-8" else "8bit")
        ct = f"text/{sub}" + (f'; charset="{lab}"' if lab else "")
        if enc == "base64":
            payload = base64.encodebytes(raw)
        elif enc == "quoted-printable":
            payload = quopri.encodestring(raw)
        else:
            payload = raw
        return (f"Content-Type: {ct}\r\nContent-Transfer-Encoding: {enc}\r\n\r\n").encode("ascii") + payload

    def hdr(v):
        try:
            v.encode("ascii")
            return v
        except UnicodeEncodeError:
            return Header(v, "utf-8").encode()

    def addr(a):
        if isinstance(a, tuple):
            return formataddr((str(Header(a[0], "utf-8").encode()), a[1]))
        return a

    top = [f"From: {addr(frm)}", f"To: {addr(to)}", f"Subject: {hdr(subject)}", f"Date: {date}",
           f"Message-ID: {msgid or '<' + name.replace('.', '-') + '@mail.gov.kz>'}", "MIME-Version: 1.0"]
    for h, v in (headers or {}).items():
        top.append(f"{h}: {hdr(v)}")
    if body is not None and html is not None:
        alt_b = "----=_alt_" + str(abs(hash(name)) % 10**9)
        inner = (f"Content-Type: multipart/alternative; boundary=\"{alt_b}\"\r\n\r\n").encode() + \
            f"--{alt_b}\r\n".encode() + textpart(body, "plain") + f"\r\n--{alt_b}\r\n".encode() + \
            textpart(html, "html") + f"\r\n--{alt_b}--\r\n".encode()
    elif html is not None:
        inner = textpart(html, "html")
    else:
        inner = textpart(body or "", "plain")
    if attachments:
        b = "----=_mix_" + str(abs(hash(name + "m")) % 10**9)
        out = ("\r\n".join(top) + f"\r\nContent-Type: multipart/mixed; boundary=\"{b}\"\r\n\r\n"
               "This is a multi-part message in MIME format.\r\n\r\n").encode()
        out += f"--{b}\r\n".encode() + inner + b"\r\n"
        for fn, data, mt in attachments:
            fnh = Header(fn, "utf-8").encode() if any(ord(c) > 127 for c in fn) else fn
            from urllib.parse import quote
            disp = (f'attachment; filename="{fnh}"' if fnh == fn else
                    f"attachment; filename*=utf-8''{quote(fn)}")
            out += (f"--{b}\r\nContent-Type: {mt}; name=\"{fnh}\"\r\nContent-Transfer-Encoding: base64\r\n"
                    f"Content-Disposition: {disp}\r\n\r\n").encode()
            out += base64.encodebytes(data) + b"\r\n"
        out += f"--{b}--\r\n".encode()
    else:
        out = ("\r\n".join(top) + "\r\n").encode() + inner
    with open(path(name), "wb") as f:
        f.write(out)


DOCX_MT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF_MT = "application/pdf"
