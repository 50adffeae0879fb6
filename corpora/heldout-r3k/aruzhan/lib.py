"""Small helpers for the aruzhan corpus (round K). Texts live in make.py, written by hand."""
import io
import json
import os
import zipfile
import zlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header
from email import encoders
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MANIFEST = []


def save(name, data, key, ctx, manifest):
    path = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode) as f:
        f.write(data)
    key = dict(key)
    key.setdefault("exit", 0)
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"exit": key["exit"], "documents": key["documents"]}, f, ensure_ascii=False, indent=2)
    with open(path + ".context.json", "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, manifest))


def ctx(agency, email, bin_, services, awaiting, our_letter, effect, is_reply):
    return {"agency": {"name": agency, "email": email, "bin": bin_},
            "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": (None if our_letter is None else
                           {"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]}),
            "expected_effect": effect, "is_reply": is_reply}


# ---------------------------------------------------------------- mail
def _addr(name, addr):
    return formataddr((str(Header(name, "utf-8")), addr)) if name else addr


def eml(frm, to, subject, date, text=None, html=None, charset="utf-8", attachments=(),
        msgid=None, extra_headers=(), cte="base64", label=None):
    """Build a message. text/html are str. attachments: (filename, bytes, maintype/subtype)."""
    def textpart(body, sub):
        import base64, quopri
        from email.message import Message
        p = Message()
        lab = charset if label is None else label
        p["Content-Type"] = f'text/{sub}; charset="{lab}"' if lab else f"text/{sub}"
        raw = body.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset, errors="replace")
        if cte == "base64":
            p["Content-Transfer-Encoding"] = "base64"
            p.set_payload(base64.encodebytes(raw).decode("ascii"))
        elif cte == "qp":
            p["Content-Transfer-Encoding"] = "quoted-printable"
            p.set_payload(quopri.encodestring(raw).decode("ascii"))
        else:
            p["Content-Transfer-Encoding"] = "8bit"
            p.set_payload(raw.decode("ascii", "surrogateescape"))
        return p

    if text is not None and html is not None:
        body = MIMEMultipart("alternative")
        body.attach(textpart(text, "plain"))
        body.attach(textpart(html, "html"))
    elif html is not None:
        body = textpart(html, "html")
    else:
        body = textpart(text or "", "plain")
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for fname, data, ctype in attachments:
            mt, st = ctype.split("/")
            a = MIMEBase(mt, st)
            a.set_payload(data)
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname)
                         if any(ord(c) > 127 for c in fname) else fname)
            if any(ord(c) > 127 for c in fname):
                a.set_param("name", str(Header(fname, "utf-8").encode()))
            else:
                a.set_param("name", fname)
            msg.attach(a)
    else:
        msg = body
    from email.utils import parsedate_to_datetime, format_datetime

    def enc(v, first, width=76):
        if all(ord(c) < 128 for c in v):
            return v
        return Header(v, "utf-8", header_name=first).encode(maxlinelen=width, linesep="\r\n")

    def who(p):
        return f"{enc(p[0], 'From', 998)}\r\n <{p[1]}>" if p[0] else p[1]
    head = [("From", who(frm)), ("To", who(to) if isinstance(to, tuple) else to), ("Subject", enc(subject, "Subject")),
            ("Date", format_datetime(parsedate_to_datetime(date))),  # weekday recomputed
            ("Message-ID", msgid or f"<{zlib.crc32((subject + date).encode())}.{len(subject)}@{frm[1].split('@')[1]}>")]
    head += list(extra_headers)
    raw = msg.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return "".join(f"{k}: {v}\r\n" for k, v in head).encode("ascii") + raw


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


# ---------------------------------------------------------------- docx
def docx(blocks, landscape=False):
    """blocks: list of ("p", text[, opts]) | ("table", rows[, opts]). Returns bytes."""
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    for b in blocks:
        opts = b[2] if len(b) > 2 else {}
        if b[0] == "p":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            if opts.get("bold"):
                r.bold = True
            al = opts.get("align")
            if al == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif al == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    lines = str(val).split("\n")
                    cell.paragraphs[0].text = lines[0]
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
            for (r1, c1, r2, c2) in opts.get("merge", []):
                a = t.cell(r1, c1)
                txt = a.text
                m = a.merge(t.cell(r2, c2))
                # keep only first text
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
                m.paragraphs[0].text = txt
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- xlsx
def xlsx(sheets):
    """sheets: list of (title, rows, opts) where opts may have merge list of 'A1:B2' and widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for m in opts.get("merge", []):
            ws.merge_cells(m)
        for col, w in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- pdf
def pdf(blocks, landscape=False):
    from reportlab.lib.pagesizes import A4, landscape as ls
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONTB))
    base = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13)
    bold = ParagraphStyle("bb", parent=base, fontName="DVB")
    center = ParagraphStyle("c", parent=bold, alignment=1)
    right = ParagraphStyle("r", parent=base, alignment=2)
    cellst = ParagraphStyle("cell", parent=base, fontSize=8, leading=10)
    bio = io.BytesIO()
    size = ls(A4) if landscape else A4
    doc = SimpleDocTemplate(bio, pagesize=size, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    flow = []
    for b in blocks:
        opts = b[2] if len(b) > 2 else {}
        if b[0] == "p":
            style = {"c": center, "r": right}.get(opts.get("align"), bold if opts.get("bold") else base)
            flow.append(Paragraph(b[1].replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), style))
            flow.append(Spacer(1, 4))
        elif b[0] == "table":
            data = [[Paragraph(str(v).replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), cellst)
                     for v in row] for row in b[1]]
            t = Table(data, colWidths=opts.get("widths"), repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 8))
    doc.build(flow)
    return bio.getvalue()


def zipped(members):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in members:
            z.writestr(zipfile.ZipInfo(n, date_time=(2027, 3, 10, 9, 12, 0)), data, zipfile.ZIP_DEFLATED)
    return bio.getvalue()


def write_manifest():
    lines = ["# MANIFEST — aruzhan, round K", "",
             "Rebuild: `/tmp/cv-aruzhan/bin/python make.py` (python-docx, openpyxl, reportlab). Texts are in",
             "replies_a.py (forms, change notices), replies_b.py (appointments/replacements, refusals, protocols)",
             "and nonreplies.py; lib.py only writes the formats. k* = genuine replies (is_reply true), n* = non-replies.",
             "",
             "Key conventions: names nominative even when the text has only -ның/-ға/-ды/-ын forms; ditto marks",
             "('-//-', 'сол сияқты') keyed as the value they repeat; '—', '-', empty and 'жоқ' in col 6 keyed null;",
             "cells such as 'бекітілмеген', 'қолданылмайды', 'өзгерістер болған жоқ' left unkeyed; covering-note",
             "bodies of replies left unkeyed, every part of a non-reply keyed other; language 'kk' for Kazakh-first",
             "bilingual texts; Kazakh ordinal dates in words ('он үшінші наурыз') keyed as the day they name.",
             "",
             "| file | kind(s) | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for name, m in MANIFEST:
        lines.append(f"| {name} | {m[0]} | {m[1]} | {m[2]} | {m[3]} |")
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
