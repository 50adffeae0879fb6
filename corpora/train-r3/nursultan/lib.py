# helpers for make.py (writers only; every letter's text is in make.py, written by hand)
import io, json, os
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.text import MIMEText
from email.header import Header
from email.utils import formataddr
from email import encoders
import base64, quopri

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MANI = []


def key(name, docs, context, exit=0, note=""):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False, indent=2)
    MANI.append((name, ",".join(d.get("kind", "?") for d in docs), note))


def ctx(agency, email, bin_, services, awaiting, our=None, effect="", is_reply=True):
    return {"agency": {"name": agency, "email": email, "bin": bin_},
            "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": ({"number": our[0], "date": our[1], "subject": our[2]} if our else None),
            "expected_effect": effect, "is_reply": is_reply}


# ---------- DOCX ----------
def docx_bytes(blocks, landscape=False):
    """blocks: list of ("p", text) | ("b", bold text) | ("c", centred text) | ("t", rows)"""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for kind, val in blocks:
        if kind == "t":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            p = d.add_paragraph()
            r = p.add_run(val)
            if kind == "b":
                r.bold = True
            if kind in ("c", "b"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if kind == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


# ---------- PDF ----------
def pdf_bytes(blocks, landscape_=False):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    st = ParagraphStyle("n", fontName="DejaVu", fontSize=10, leading=13)
    stc = ParagraphStyle("c", parent=st, alignment=1)
    stb = ParagraphStyle("b", parent=st, alignment=1, fontSize=11)
    str_ = ParagraphStyle("r", parent=st, alignment=2)
    sm = ParagraphStyle("s", parent=st, fontSize=8, leading=10)
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if landscape_ else A4,
                            leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    flow = []
    for kind, val in blocks:
        if kind == "t":
            data = [[Paragraph(c.replace("\n", "<br/>"), sm) for c in row] for row in val]
            ncol = max(len(r) for r in val)
            widths = None
            if ncol == 8:
                w = [25, 55, 80, 115, 115, 80, 115, 165]
                k = (doc.width) / sum(w)
                widths = [x * k for x in w]
            t = Table(data, repeatRows=1, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
        else:
            s = {"p": st, "c": stc, "b": stb, "r": str_}[kind]
            flow.append(Paragraph(val.replace("\n", "<br/>"), s))
        flow.append(Spacer(1, 5))
    doc.build(flow)
    return bio.getvalue()


# ---------- XLSX ----------
def xlsx_bytes(rows, title="Лист1"):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


# ---------- EML ----------
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    if name.isascii():
        return formataddr((name, email))
    return "=?utf-8?B?%s?= <%s>" % (base64.b64encode(name.encode("utf-8")).decode("ascii"), email)


def textpart(text, subtype="plain", enc="utf-8", label="same", cte="base64"):
    """Make a raw MIME text part. label: 'same' -> charset=enc, None -> no charset, other str -> wrong label"""
    raw = text.encode(enc, errors="replace")
    lab = enc if label == "same" else label
    ct = f"text/{subtype}" + (f'; charset="{lab}"' if lab else "")
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("latin-1")
    return ct, cte, payload


def eml(name, h, body=None, html=None, enc="utf-8", label="same", cte="base64", atts=(), alt=True):
    """h: dict of headers (From, To, Subject, Date, Message-ID, In-Reply-To, References, others).
    body: plain text; html: html text; atts: list of (filename, bytes, maintype/subtype)."""
    parts = []
    if body is not None:
        parts.append(textpart(body, "plain", enc, label, cte))
    if html is not None:
        parts.append(textpart(html, "html", enc, label, cte))
    boundary_a = "----=_NextPart_000_%04d_01DB%s" % (len(name) * 37 % 10000, name[:3].encode().hex().upper())
    boundary_m = "----=_Part_%d_%d.%d" % (len(name) * 911, abs(hash(name)) % 100000, 17)
    lines = []
    for k, v in h.items():
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")

    def single(p):
        ct, te, payload = p
        return [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {te}", "", payload]

    def altblock(ps):
        if len(ps) == 1:
            return single(ps[0])
        out = [f'Content-Type: multipart/alternative; boundary="{boundary_a}"', "", ""]
        for p in ps:
            out += [f"--{boundary_a}"] + single(p)
        out += [f"--{boundary_a}--", ""]
        return out

    if not atts:
        lines += altblock(parts)
    else:
        lines += [f'Content-Type: multipart/mixed; boundary="{boundary_m}"', "",
                  "This is a multi-part message in MIME format.", ""]
        if parts:
            lines += [f"--{boundary_m}"] + altblock(parts)
        for fn, data, mt in atts:
            fnh = fn if fn.isascii() else Header(fn, "utf-8").encode()
            lines += [f"--{boundary_m}", f'Content-Type: {mt}; name="{fnh}"',
                      "Content-Transfer-Encoding: base64",
                      f'Content-Disposition: attachment; filename="{fnh}"', "",
                      base64.encodebytes(data).decode("ascii")]
        lines += [f"--{boundary_m}--", ""]
    data = "\r\n".join(l.replace("\r\n", "\n").replace("\n", "\r\n") for l in lines)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data.encode("latin-1"))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def save(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
