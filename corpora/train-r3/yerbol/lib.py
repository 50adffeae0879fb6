# Helpers for yerbol's corpus: file writers only. Every document's text is written by hand
# in the gen_*.py files; these functions only lay the text out in a given format.
import io, json, os
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MANIFEST = []


def neutral(name):
    """Inputs get neutral names (a descriptive slug would give the kind away); the slug stays in MANIFEST.md."""
    import hashlib
    base, ext = os.path.splitext(name)
    return "in-" + hashlib.sha1(base.encode()).hexdigest()[:6] + ext


def save(name, data, docs, context, manifest):
    slug = os.path.splitext(name)[0]
    new = neutral(name)
    for d in docs:
        if d["part"] == name:
            d["part"] = new
    name = new
    manifest = (manifest[0], manifest[1], manifest[2], manifest[3] + " [" + slug + "]") if len(manifest) == 4 else manifest
    p = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(p, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)
    with open(p + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(p + ".context.json", "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name,) + tuple(manifest))


def ctx(agency, email, bin_, services, awaiting, our_letter, effect, is_reply=True):
    return {"agency": {"name": agency, "email": email, "bin": bin_},
            "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": (None if our_letter is None else
                           {"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]}),
            "expected_effect": effect, "is_reply": is_reply}


def svc(reg, name, std, reg_, npa, web, fio, pos, email, phone):
    return {"registry_number": reg, "service_name": name, "standard": std, "regulation": reg_,
            "npa_changes": npa, "website": web,
            "responsible": {"full_name": fio, "position": pos, "email": email, "phone": phone}}


# ---------------------------------------------------------------- DOCX
def docx_bytes(blocks, landscape=False):
    """blocks: ("p", text[, bold]) | ("table", rows, merges) | ("break",)
    rows: list of lists of str; merges: list of (r1,c1,r2,c2)."""
    from docx import Document
    from docx.shared import Pt
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if b[0] == "p":
            para = d.add_paragraph()
            r = para.add_run(b[1])
            if len(b) > 2 and b[2]:
                r.bold = True
        elif b[0] == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b[0] == "table":
            rows = b[1]; merges = b[2] if len(b) > 2 else []
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is not None:
                        t.cell(i, j).text = v
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1); keep = a.text
                m = a.merge(t.cell(r2, c2))
                m.text = keep
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()


# ---------------------------------------------------------------- XLSX
def xlsx_bytes(sheets):
    """sheets: list of (title, rows, merges, widths)"""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook(); first = True
    for title, rows, merges, widths in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for i, r in enumerate(rows, 1):
            for j, v in enumerate(r, 1):
                if v is not None:
                    c = ws.cell(row=i, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
        for m in merges:
            ws.merge_cells(m)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()


# ---------------------------------------------------------------- PDF
def pdf_bytes(blocks, landscape_=True, size=8):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    from xml.sax.saxutils import escape
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        pdfmetrics.registerFont(TTFont("DejaVuC", FONT.replace("DejaVuSans.ttf", "DejaVuSansCondensed.ttf")))
    ps = ParagraphStyle("n", fontName="DejaVu", fontSize=size + 2, leading=size + 5)
    cs = ParagraphStyle("c", fontName="DejaVuC", fontSize=size, leading=size + 2)
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if landscape_ else A4,
                            leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=30)
    flow = []
    for b in blocks:
        if b[0] == "p":
            flow.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), ps)); flow.append(Spacer(1, 4))
        elif b[0] == "break":
            flow.append(PageBreak())
        elif b[0] == "table":
            rows = b[1]; widths = b[2]; spans = b[3] if len(b) > 3 else []
            repeat = b[4] if len(b) > 4 else 0
            # no word may be wider than its column (a real print wraps between words):
            # raise each column to its longest word, take the excess from the widest columns
            ncol = len(widths)
            need = [0.0] * ncol
            for r in rows:
                for j, v in enumerate(r[:ncol]):
                    for w in (v or "").split():
                        need[j] = max(need[j], pdfmetrics.stringWidth(w, "DejaVuC", size) + 5)
            widths = list(widths); total = sum(widths)
            widths = [max(w, n) for w, n in zip(widths, need)]
            while sum(widths) > total + 0.5:
                over = sum(widths) - total
                slack = [(w - n, j) for j, (w, n) in enumerate(zip(widths, need)) if w - n > 1]
                if not slack:
                    break
                sl = sum(x for x, _ in slack)
                for x, j in slack:
                    widths[j] -= min(x, over * x / sl)
            data = [[Paragraph(escape(v or "").replace("\n", "<br/>"), cs) for v in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=repeat)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
            for (c1, r1, c2, r2) in spans:
                style.append(("SPAN", (c1, r1), (c2, r2)))
            t.setStyle(TableStyle(style)); flow.append(t); flow.append(Spacer(1, 6))
    doc.build(flow)
    return bio.getvalue()


# ---------------------------------------------------------------- mail
def eml(frm, to, subject, date, body, charset="utf-8", html=None, attachments=(), label=None,
        cc=None, extra=None, msgid=None, cte=None, subj_charset=None):
    """body: plain text (or None); html: html text (or None). charset: the real encoding;
    label: what the Content-Type header claims (None = same; "" = no charset parameter)."""
    def textpart(text, sub):
        raw = text.encode(charset, errors="strict")
        p = MIMEBase("text", sub)
        lab = charset if label is None else label
        if lab:
            p.set_param("charset", lab)
        if cte == "8bit":
            p.set_payload(raw); p["Content-Transfer-Encoding"] = "8bit"
        elif cte == "qp":
            import quopri
            p.set_payload(quopri.encodestring(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "quoted-printable"
        else:
            p.set_payload(raw); encoders.encode_base64(p)
        return p
    if body is not None and html is not None:
        core = MIMEMultipart("alternative"); core.attach(textpart(body, "plain")); core.attach(textpart(html, "html"))
    elif html is not None:
        core = textpart(html, "html")
    else:
        core = textpart(body, "plain")
    if attachments:
        msg = MIMEMultipart("mixed"); msg.attach(core)
        for fname, data, ctype in attachments:
            mt, st = ctype.split("/")
            a = MIMEBase(mt, st); a.set_payload(data); encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=(Header(fname, "utf-8").encode() if not fname.isascii() else fname))
            if not fname.isascii():
                a.set_param("name", Header(fname, "utf-8").encode())
            else:
                a.set_param("name", fname)
            msg.attach(a)
    else:
        msg = core
    from email.utils import parseaddr
    def fix(a):
        if a.isascii():
            return a
        n, e = parseaddr(a)
        return formataddr((n, e), charset="utf-8")
    msg["From"] = fix(frm)
    msg["To"] = fix(to)
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subject, subj_charset or "utf-8", header_name="Subject").encode() if not subject.isascii() else subject
    msg["Date"] = date
    import hashlib
    dom = parseaddr(msg["From"])[1].split("@")[-1] or "mail.kz"
    msg["Message-ID"] = msgid or "<%s@%s>" % (hashlib.md5((subject + date).encode()).hexdigest()[:20], dom)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg.as_bytes()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"
EKC = "Единый контакт-центр <ekc@egov-contact.kz>"


def addr(name, email_, charset="utf-8"):
    return formataddr((name, email_), charset=charset)
EKC = addr("Единый контакт-центр", "ekc@egov-contact.kz")
