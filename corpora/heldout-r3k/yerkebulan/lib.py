"""Helpers for the yerkebulan corpus (round K): writers for eml/docx/xlsx/pdf/txt + key/context."""
import json, os
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import formataddr
from email import encoders
import io

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MANIFEST = []


def write_key(name, documents, context, manifest, exit_code=0):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit_code, "documents": documents}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, manifest))


def ctx(agency, email, bin_, services, awaiting, our_letter, effect, is_reply):
    return {"agency": {"name": agency, "email": email, "bin": bin_},
            "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting, "our_letter": our_letter,
            "expected_effect": effect, "is_reply": is_reply}


def letter(number, date, subject):
    return {"number": number, "date": date, "subject": subject}


# ---------- docx ----------
def docx_bytes(blocks, landscape=False):
    """blocks: list of str (paragraph), ("b", str) bold paragraph, ("t", rows) table."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    if landscape:
        s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "b":
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()


def save(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(OUT, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)


# ---------- xlsx ----------
def xlsx_bytes(sheets):
    """sheets: list of (title, rows, merges) ; rows list of lists (None allowed)."""
    import openpyxl
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook(); first = True
    for title, rows, merges in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows:
            ws.append(r)
        for m in merges:
            ws.merge_cells(m)
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for col in "ABCDEFGH":
            ws.column_dimensions[col].width = 28
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()


# ---------- pdf ----------
def pdf_bytes(blocks, landscape=False, small=False, scan=False):
    """blocks: str paragraphs, ("t", rows, colwidths|None), ("sp", h)."""
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    try:
        pdfmetrics.registerFont(TTFont("DV", FONT))
    except Exception:
        pass
    fs = 7 if small else 10
    ps = ParagraphStyle("n", fontName="DV", fontSize=fs, leading=fs + 3)
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=land(A4) if landscape else A4,
                            leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    story = []
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(b.replace("\n", "<br/>"), ps))
        elif b[0] == "sp":
            story.append(Spacer(1, b[1]))
        elif b[0] == "t":
            rows = [[Paragraph(c.replace("\n", "<br/>"), ps) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
    if scan:
        def bg(c, d):
            c.saveState(); c.setFillColorRGB(0.93, 0.92, 0.88)
            c.rect(0, 0, d.pagesize[0], d.pagesize[1], fill=1, stroke=0)
            c.setStrokeColorRGB(0.2, 0.2, 0.6); c.circle(420, 140, 45)
            c.restoreState()
        doc.build(story, onFirstPage=bg, onLaterPages=bg)
    else:
        doc.build(story)
    return bio.getvalue()


# ---------- eml ----------
def eml(name, frm, to, subject, date, body=None, html=None, charset="utf-8", attachments=(),
        cc=None, extra_headers=(), mislabel=None, msgid=None):
    """attachments: list of (filename, bytes, maintype/subtype)."""
    def textpart(txt, sub):
        cs = charset
        raw = txt.encode(cs, errors="xmlcharrefreplace" if sub == "html" else "replace")
        p = MIMEBase("text", sub)
        p.set_payload(raw)
        p.set_param("charset", mislabel if mislabel is not None else cs)
        if mislabel == "":
            p.del_param("charset")
        encoders.encode_base64(p) if cs == "utf-8" else p.add_header("Content-Transfer-Encoding", "8bit")
        return p
    if body is not None and html is not None:
        alt = MIMEMultipart("alternative"); alt.attach(textpart(body, "plain")); alt.attach(textpart(html, "html"))
        main = alt
    elif html is not None:
        main = textpart(html, "html")
    else:
        main = textpart(body or "", "plain")
    if attachments:
        msg = MIMEMultipart("mixed"); msg.attach(main)
        for fn, data, ctype in attachments:
            mt, st = ctype.split("/")
            a = MIMEBase(mt, st); a.set_payload(data); encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn) if not fn.isascii() else fn)
            if not fn.isascii():
                a.set_param("name", str(Header(fn, "utf-8")))
            else:
                a.set_param("name", fn)
            msg.attach(a)
    else:
        msg = main
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = str(Header(subject, "utf-8")) if not subject.isascii() else subject
    msg["Date"] = date
    msg["Message-ID"] = msgid or "<%s@mail.example.kz>" % name.replace(".", "-")
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in extra_headers:
        msg[k] = v
    data = msg.as_bytes()
    save(name, data)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
