# helpers for zhanar's corpus (round K)
import base64, quopri, json, os, io
from email.header import Header
from email.utils import format_datetime
import datetime

OUT = os.path.dirname(os.path.abspath(__file__))

def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def body_bytes(text, cs, cte):
    b = text.replace('\n', '\r\n').encode(cs)
    if cte == 'base64':
        return base64.encodebytes(b)
    if cte == 'quoted-printable':
        return quopri.encodestring(b)
    return b

def leaf(ctype, text, cs='utf-8', cte='8bit', label=None, extra=''):
    """label: charset label to write (None->cs, ''->omit)."""
    lab = cs if label is None else label
    ct = ctype + (f'; charset="{lab}"' if lab else '')
    h = f'Content-Type: {ct}\r\nContent-Transfer-Encoding: {cte}\r\n{extra}\r\n'
    return h.encode('ascii') + body_bytes(text, cs, cte)

def attach(fname, data, ctype='application/octet-stream'):
    fn = hdr(fname)
    h = (f'Content-Type: {ctype}; name="{fn}"\r\nContent-Transfer-Encoding: base64\r\n'
         f'Content-Disposition: attachment; filename="{fn}"\r\n\r\n')
    return h.encode('ascii') + base64.encodebytes(data)

def multi(subtype, parts, boundary, params=''):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\r\n\r\n'.encode()
    out += b'This is a multi-part message in MIME format.\r\n'
    for p in parts:
        out += f'\r\n--{boundary}\r\n'.encode() + p
    out += f'\r\n--{boundary}--\r\n'.encode()
    return out

def message(headers, content, cs='utf-8'):
    """headers: list of (name, value); content: bytes starting with Content-Type header block."""
    h = 'MIME-Version: 1.0\r\n'
    for k, v in headers:
        h += f'{k}: {v if v.isascii() else hdr(v, cs)}\r\n'
    return h.encode('ascii') + content

def addr(name, email, cs='utf-8'):
    if name.isascii():
        return f'"{name}" <{email}>'
    return f'{Header(name, cs).encode()} <{email}>'

def save(name, data):
    p = os.path.join(OUT, name)
    with open(p, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

def keyctx(name, docs, ctx):
    with open(os.path.join(OUT, name + '.expected.json'), 'w', encoding='utf-8') as f:
        json.dump({'exit': 0, 'documents': docs}, f, ensure_ascii=False, indent=2)
    ctx = dict(ctx); ctx.setdefault('is_reply', False)
    with open(os.path.join(OUT, name + '.context.json'), 'w', encoding='utf-8') as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)

def ol(num, date, subj):
    return {'number': num, 'date': date, 'subject': subj}

def D(part, lang=None, kind='other', **kw):
    d = {'part': part, 'kind': kind}
    if lang: d['language'] = lang
    d.update(kw)
    return d

# ---- office formats ----
def docx_bytes(paras, table=None, title=None):
    from docx import Document
    doc = Document()
    if title: doc.add_heading(title, level=2)
    for p in paras:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0])); t.style = 'Table Grid'
        for i, r in enumerate(table):
            for j, c in enumerate(r): t.cell(i, j).text = c
    bio = io.BytesIO(); doc.save(bio); return bio.getvalue()

def docx_doc(build):
    from docx import Document
    doc = Document(); build(doc)
    bio = io.BytesIO(); doc.save(bio); return bio.getvalue()

def xlsx_bytes(sheets):
    from openpyxl import Workbook
    wb = Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows: ws.append(r)
        for col in 'ABCDEFGH': ws.column_dimensions[col].width = 28
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()

def pdf_bytes(lines, size=10):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
        pdfmetrics.registerFont(TTFont('DejaVuB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
    except Exception:
        pass
    bio = io.BytesIO(); c = canvas.Canvas(bio, pagesize=A4)
    w, h = A4; y = h - 50
    for ln in lines:
        bold = ln.startswith('**'); t = ln[2:] if bold else ln
        c.setFont('DejaVuB' if bold else 'DejaVu', size)
        if y < 50:
            c.showPage(); y = h - 50; c.setFont('DejaVuB' if bold else 'DejaVu', size)
        c.drawString(50 if not t.startswith('>>') else 300, y, t.lstrip('>'))
        y -= size + 5
    c.save(); return bio.getvalue()
