"""Helpers for bekzat's round-K corpus: writers for docx/pdf/xlsx/eml + key/context."""
import io, json, os, zipfile, random
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.nonmultipart import MIMENonMultipart
from email import encoders, policy
from email.header import Header
from email.utils import formataddr
import docx
from docx.shared import Pt
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import openpyxl

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
INDEX = []


def save(name, data_or_none, key_docs, ctx, manifest):
    """write key/context; data may be bytes (file already written when None)."""
    if data_or_none is not None:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data_or_none)
    for kd in key_docs:
        if "language" in kd and kd["language"] is None:
            del kd["language"]  # bilingual document: language not keyed
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": key_docs}, f, ensure_ascii=False, indent=2)
    ctx = dict(ctx)
    ctx.setdefault("is_reply", True)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    INDEX.append((name, manifest))


def docx_bytes(blocks, landscape=False, font=11):
    """blocks: list of str (paragraph; '**' prefix = bold) or ('table', rows) ."""
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(font)
    if landscape:
        from docx.enum.section import WD_ORIENT
        s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        else:
            bold = b.startswith("**")
            p = d.add_paragraph()
            run = p.add_run(b[2:] if bold else b)
            run.bold = bold
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()


def pdf_bytes(lines, scan=False, size=10, tables=None):
    """lines: list of str; '**' bold; '' blank. scan=True: grey page, tilt, uneven x — text layer kept."""
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4)
    w, h = A4
    rnd = random.Random(len(lines))

    def newpage():
        if scan:
            c.setFillGray(0.93); c.rect(0, 0, w, h, fill=1, stroke=0)
            for _ in range(40):
                c.setFillGray(rnd.uniform(0.6, 0.85))
                c.circle(rnd.uniform(0, w), rnd.uniform(0, h), rnd.uniform(0.3, 1.2), fill=1, stroke=0)
            c.translate(6, -4); c.rotate(0.7)
        c.setFillGray(0.12 if scan else 0)
    newpage()
    y = h - 60
    for ln in lines:
        if y < 60:
            c.showPage(); newpage(); y = h - 60
        bold = ln.startswith("**")
        t = ln[2:] if bold else ln
        c.setFont("DVB" if bold else "DV", size)
        x = 56 + (rnd.uniform(-1.5, 1.5) if scan else 0)
        # wrap
        words = t.split(" "); cur = ""
        out = []
        for wd in words:
            trial = (cur + " " + wd).strip()
            if pdfmetrics.stringWidth(trial, "DV", size) > w - 115:
                out.append(cur); cur = wd
            else:
                cur = trial
        out.append(cur)
        for o in out:
            c.drawString(x, y, o); y -= size * 1.45
            if y < 60:
                c.showPage(); newpage(); y = h - 60
    c.showPage(); c.save()
    return bio.getvalue()


def xlsx_bytes(sheets):
    """sheets: list of (title, rows)"""
    wb = openpyxl.Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows:
            ws.append(r)
        for col in "ABCDEFGH":
            ws.column_dimensions[col].width = 28
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()


def zip_bytes(members):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in members:
            z.writestr(n, data)
    return bio.getvalue()


MIME = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "pdf": ("application", "pdf"), "zip": ("application", "x-zip-compressed"),
        "png": ("image", "png"), "txt": ("text", "plain"), "doc": ("application", "msword")}


def text_part(text, subtype="plain", charset="utf-8", label="__same__", cte="base64"):
    """label: charset name written in the header; None = no charset param; differs from charset = wrong label."""
    raw = text.replace("\n", "\r\n").encode(charset, errors="replace") if charset else text.encode("utf-8")
    p = MIMENonMultipart("text", subtype)
    lab = charset if label == "__same__" else label
    if lab:
        p.set_param("charset", lab)
    if cte == "base64":
        p.set_payload(raw); encoders.encode_base64(p)
    elif cte == "8bit":
        p.set_payload(raw.decode("ascii", "surrogateescape")); p["Content-Transfer-Encoding"] = "8bit"
    elif cte == "qp":
        import quopri
        p.set_payload(quopri.encodestring(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "quoted-printable"
    return p


def attach_part(name, data, ascii_fallback=None):
    ext = name.rsplit(".", 1)[-1].lower()
    mt = MIME.get(ext, ("application", "octet-stream"))
    p = MIMEBase(*mt)
    p.set_payload(data); encoders.encode_base64(p)
    if all(ord(ch) < 128 for ch in name):
        p.add_header("Content-Disposition", "attachment", filename=name)
        p.set_param("name", name)
    else:
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        p.set_param("name", str(Header(name, "utf-8").encode()))
    return p


def _addr(v):
    """encode only the display name of 'Name <addr>' (leaves pre-encoded or ascii values alone)."""
    if all(ord(c) < 128 for c in v) or "<" not in v:
        return v
    name, addr = v.rsplit("<", 1)
    return formataddr((name.strip(), addr.strip(" >")))


def mail(frm, to, subject, date, body_parts, attachments=(), extra_headers=(), alt=False, subj_charset="utf-8"):
    """body_parts: list of MIME text parts (if alt and two -> multipart/alternative)."""
    if alt and len(body_parts) > 1:
        body = MIMEMultipart("alternative")
        for bp in body_parts:
            body.attach(bp)
    else:
        body = body_parts[0]
    if attachments:
        m = MIMEMultipart("mixed"); m.attach(body)
        for n, d in attachments:
            m.attach(attach_part(n, d))
    else:
        m = body
    m["From"] = _addr(frm)
    m["To"] = _addr(to)
    m["Subject"] = Header(subject, subj_charset).encode() if subj_charset else subject
    m["Date"] = date
    m["Message-ID"] = "<%08x.%s>" % (abs(hash(subject + date)) % (1 << 32), frm.split("@")[-1].strip(">"))
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for k, v in extra_headers:
        m[k] = v
    return m.as_bytes()
