#!/usr/bin/env python3
"""Generator of gulnara's held-out corpus (round 3b).

    python3 -m venv /tmp/cv-gulnara && /tmp/cv-gulnara/bin/pip install -q python-docx openpyxl reportlab pypdf
    /tmp/cv-gulnara/bin/python make.py

Every letter below is written by hand; the helpers only lay the text into a file format.
All agencies' people, phones, addresses, BINs and registry numbers are invented.
The output is deterministic (fixed dates inside the files, no randomness).
"""

import base64
import datetime as dt
import io
import json
import os
import quopri
import re
import sys
import unicodedata
import zipfile
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MANIFEST = []
FIXED = dt.datetime(2026, 1, 1, 9, 0, 0)


# ----------------------------------------------------------------------------- saving

def save(name, data, docs, ctx, *, lang, fmt, hard, exit_code=0):
    """Write NAME, NAME.expected.json, NAME.context.json; remember a manifest line."""
    if isinstance(data, str):
        raise TypeError("bytes expected for " + name)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    key = {"exit": exit_code, "documents": docs}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
        f.write("\n")
    kinds = ",".join(sorted({d.get("kind", "?") for d in docs}))
    MANIFEST.append((name, kinds, lang, fmt, hard))


def ctx(agency, email, bin_, services, awaiting, our, effect, is_reply=True):
    """services: list of (registry_number, name); our: (number, date, subject) or None."""
    return {
        "agency": {"name": agency, "email": email, "bin": bin_},
        "services": [{"registry_number": r, "name": n} for r, n in services],
        "awaiting": awaiting,
        "our_letter": None if our is None else {"number": our[0], "date": our[1], "subject": our[2]},
        "expected_effect": effect,
        "is_reply": is_reply,
    }


def person(full_name, position=None, email=None, phone=None):
    return {"full_name": full_name, "position": position, "email": email, "phone": phone}


def svc(reg, name, std, regl, npa, web, resp):
    return {"registry_number": reg, "service_name": name, "standard": std, "regulation": regl,
            "npa_changes": npa, "website": web, "responsible": resp}


# ----------------------------------------------------------------------------- mail

def hdr(value, charset="utf-8"):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(display, mail, charset="utf-8"):
    if not display:
        return mail
    return f"{hdr(display, charset)} <{mail}>"


def _encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte in ("8bit", "7bit"):
        return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    raise ValueError(cte)


def textpart(text, subtype="plain", charset="utf-8", cte="base64", label="same", crlf=True):
    """A leaf text part. label: 'same' -> charset param as encoded; None -> no charset param;
    any other string -> that (possibly wrong) label."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = text.encode(charset)
    lab = charset if label == "same" else label
    ct = f"text/{subtype}" + (f'; charset="{lab}"' if lab else "")
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _encode_body(raw, cte))


MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "txt": "text/plain",
}


def attachment(filename, data, style="2231"):
    """style: '2231' (filename*=utf-8''...), '2047' (Outlook-like encoded-word in quotes),
    'ascii' (plain name)."""
    ext = filename.rsplit(".", 1)[-1].lower()
    mt = MIME_TYPES.get(ext, "application/octet-stream")
    if style == "2231":
        from urllib.parse import quote
        q = quote(filename, safe="")
        ct = f'{mt}; name="{hdr(filename)}"'
        cd = f"attachment; filename*=utf-8''{q}"
    elif style == "2047":
        enc = Header(filename, "utf-8").encode().replace("\n", "")
        ct = f'{mt}; name="{enc}"'
        cd = f'attachment; filename="{enc}"'
    else:
        ct = f'{mt}; name="{filename}"'
        cd = f'attachment; filename="{filename}"'
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", cd)], base64.encodebytes(data))


def multipart(subtype, parts, boundary):
    body = b""
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\r\n"
        for k, v in h:
            body += f"{k}: {v}\r\n".encode("ascii")
        body += b"\r\n" + b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return ([("Content-Type", f'multipart/{subtype};\r\n\tboundary="{boundary}"')], body)


def message(frm, to, subject, date, part, *, msgid, charset="utf-8", extra=(), cc=None):
    """frm/to: (display, address). date: datetime with tz. part: (headers, body)."""
    hs = [("From", addr(frm[0], frm[1], charset)), ("To", addr(to[0], to[1], charset))]
    if cc:
        hs.append(("Cc", addr(cc[0], cc[1], charset)))
    hs += [("Subject", hdr(subject, charset)), ("Date", format_datetime(date)),
           ("Message-ID", f"<{msgid}>"), ("MIME-Version", "1.0")]
    hs += list(extra)
    hs += part[0]
    out = b""
    for k, v in hs:
        out += f"{k}: {v}\r\n".encode("ascii")
    return out + b"\r\n" + part[1].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


KZ = dt.timezone(dt.timedelta(hours=5))


def when(y, m, d, hh=10, mm=0):
    return dt.datetime(y, m, d, hh, mm, tzinfo=KZ)


EKC = ("Единый контакт-центр", "info@ekc.gov.kz")


# ----------------------------------------------------------------------------- txt

def txt(text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if encoding == "utf-16":
        return text.encode("utf-16")  # BOM + LE
    return text.encode(encoding)


# ----------------------------------------------------------------------------- docx

def docx_bytes(blocks, *, landscape=False, font="Times New Roman", size=12):
    """blocks: str (paragraph) or tuples:
       ('b', text) bold, ('c', text) centred bold, ('r', text) right, ('i', text) italic,
       ('t', rows, opts) table; rows: list of lists of str (None = merged with the cell to the left),
       opts: {'bold_rows': n, 'merge_down': [(row, col, n_rows)], 'widths': [cm...]},
       ('br',) page break."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    for b in blocks:
        if isinstance(b, str):
            for line in [b] if "\n" not in b else b.split("\n"):
                d.add_paragraph(line)
            continue
        tag = b[0]
        if tag == "br":
            d.add_page_break()
        elif tag in ("b", "c", "r", "i"):
            for line in b[1].split("\n"):
                p = d.add_paragraph()
                run = p.add_run(line)
                if tag in ("b", "c"):
                    run.bold = True
                if tag == "i":
                    run.italic = True
                if tag == "c":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if tag == "r":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif tag == "t":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    v = r[j] if j < len(r) else ""
                    if v is None:
                        continue
                    cell = t.cell(i, j)
                    lines = v.split("\n")
                    cell.text = lines[0]
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
                    if i < opts.get("bold_rows", 0):
                        for p in cell.paragraphs:
                            for run in p.runs:
                                run.bold = True
            # horizontal merges: None continues the cell on its left
            for i, r in enumerate(rows):
                j = 0
                while j < len(r):
                    k = j
                    while k + 1 < len(r) and r[k + 1] is None:
                        k += 1
                    if k > j:
                        t.cell(i, j).merge(t.cell(i, k))
                    j = k + 1
            for (ri, ci, n) in opts.get("merge_down", []):
                t.cell(ri, ci).merge(t.cell(ri + n - 1, ci))
            if "widths" in opts:
                for j, w in enumerate(opts["widths"]):
                    for row in t.rows:
                        if j < len(row.cells):
                            row.cells[j].width = Cm(w)
            d.add_paragraph("")
        else:
            raise ValueError(tag)
    cp = d.core_properties
    cp.created = cp.modified = FIXED
    cp.last_modified_by = cp.author = "user"
    bio = io.BytesIO()
    d.save(bio)
    return _fix_zip(bio.getvalue())


def _fix_zip(data):
    """Re-pack a zip with fixed timestamps so the output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                                 rb"\g<1>2026-01-01T09:00:00Z\g<2>", content)
            z.writestr(zi, content)
    return bio.getvalue()


# ----------------------------------------------------------------------------- xlsx

def xlsx_bytes(sheets):
    """sheets: list of (title, rows, opts); rows: list of lists (None = empty cell);
    opts: {'merge': ['A1:H1', ...], 'widths': {'A': 5, ...}, 'bold_rows': [1, 2], 'wrap': True}."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for rng in opts.get("merge", []):
            ws.merge_cells(rng)
        for col, w in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        merged_rows = {int(re.findall(r"\d+", rng)[0]) for rng in opts.get("merge", [])
                       if re.findall(r"\d+", rng)[0] == re.findall(r"\d+", rng)[1]}
        for row in ws.iter_rows():
            if row[0].row in merged_rows:
                continue
            lines = 1
            for c in row:
                if c.value is None:
                    continue
                w = ws.column_dimensions[c.column_letter].width or 10
                for part in str(c.value).split("\n"):
                    lines_c = -(-len(part) // max(int(w * 1.05), 1))
                    lines = max(lines, lines_c + str(c.value).count("\n"))
            if lines > 1:
                ws.row_dimensions[row[0].row].height = 15 * lines
        boxed = opts.get("box")  # (first_row, last_row, ncols)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None and opts.get("wrap", True):
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                if c.row in opts.get("bold_rows", []):
                    c.font = Font(bold=True)
                if boxed and boxed[0] <= c.row <= boxed[1] and c.column <= boxed[2]:
                    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = "user"
    bio = io.BytesIO()
    wb.save(bio)
    return _fix_zip(bio.getvalue())


# ----------------------------------------------------------------------------- pdf

def pdf_bytes(blocks, *, landscape=False, size=10):
    """blocks like docx_bytes: str, ('b'|'c'|'r'|'i', text), ('t', rows, opts), ('sp', points)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    try:
        pdfmetrics.getFont("DJ")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DJ", FONT))
        pdfmetrics.registerFont(TTFont("DJB", FONT_B))
    base = ParagraphStyle("n", fontName="DJ", fontSize=size, leading=size * 1.3)
    bold = ParagraphStyle("b", parent=base, fontName="DJB")
    cen = ParagraphStyle("c", parent=bold, alignment=TA_CENTER)
    rig = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    cell = ParagraphStyle("cell", parent=base, fontSize=size - 2, leading=(size - 2) * 1.25)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DJB")
    story = []
    for b in blocks:
        if isinstance(b, str):
            for line in b.split("\n"):
                story.append(Paragraph(escape(line) if line.strip() else "&nbsp;", base))
            continue
        tag = b[0]
        if tag in ("b", "c", "r", "i"):
            st = {"b": bold, "c": cen, "r": rig, "i": base}[tag]
            for line in b[1].split("\n"):
                story.append(Paragraph(escape(line) if line.strip() else "&nbsp;", st))
        elif tag == "sp":
            story.append(Spacer(1, b[1]))
        elif tag == "br":
            story.append(PageBreak())
        elif tag == "t":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            nb = opts.get("bold_rows", 0)
            data = []
            spans = []
            for i, r in enumerate(rows):
                line = []
                for j, v in enumerate(r):
                    if v is None:
                        line.append("")
                        continue
                    k = j
                    while k + 1 < len(r) and r[k + 1] is None:
                        k += 1
                    if k > j:
                        spans.append(("SPAN", (j, i), (k, i)))
                    txt_ = "<br/>".join(escape(x) for x in v.split("\n"))
                    line.append(Paragraph(txt_, cellb if i < nb else cell))
                data.append(line)
            widths = [w * cm for w in opts["widths"]] if "widths" in opts else None
            t = Table(data, colWidths=widths, repeatRows=nb)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")] + spans
            if opts.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 8))
        else:
            raise ValueError(tag)
    bio = io.BytesIO()
    ps = land(A4) if landscape else A4
    doc = SimpleDocTemplate(bio, pagesize=ps, leftMargin=1.8 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm, invariant=1,
                            title="", author="")
    doc.build(story)
    return bio.getvalue()


# ----------------------------------------------------------------------------- documents

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ============================================================================= appendix1_form

HEAD_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
           "Стандарт государственной услуги (с указанием его реквизитов)",
           "Регламент государственной услуги (с указанием его реквизитов)",
           "Изменения нормативных правовых актов",
           "Интернет-ресурс, на котором размещена информация о государственной услуге",
           "Фамилия, имя, отчество, должность ответственного лица"]


@doc
def f01():
    name = "gul-01-dsm-licence.docx"
    std = ("Правила оказания государственной услуги «Выдача лицензии на фармацевтическую деятельность», "
           "утвержденные приказом Министра здравоохранения Республики Казахстан от 18 февраля 2026 года № ҚР ДСМ-19")
    npa = ("Приказ Министра здравоохранения Республики Казахстан от 2 марта 2026 года № ҚР ДСМ-27 "
           "«О внесении изменений в приказ Министра здравоохранения Республики Казахстан от 18 февраля 2026 года № ҚР ДСМ-19»")
    c8 = ("Касымова Айгерим Нурлановна – главный эксперт Управления лицензирования фармацевтической деятельности, "
          "тел.: +7 (7172) 74-36-18, e-mail: a.kasymova@dsm.gov.kz")
    blocks = [
        ("c", "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН\n"
              "КОМИТЕТ МЕДИЦИНСКОГО И ФАРМАЦЕВТИЧЕСКОГО КОНТРОЛЯ"),
        "010000, г. Астана, пр. Мәңгілік Ел, 8, Дом министерств, подъезд 5",
        "Исх. № 04-2-17/1185 от 16.03.2026",
        ("r", "Единый контакт-центр\nпо вопросам оказания\nгосударственных услуг"),
        "На № ЕКЦ-2026/0311 от 11.03.2026",
        "Комитет медицинского и фармацевтического контроля, рассмотрев Ваш запрос, в соответствии с пунктом 5 "
        "Правил взаимодействия Единого контакт-центра направляет сведения о государственной услуге по форме "
        "приложения 1.",
        ("t", [HEAD_RU, ["1", "2", "3", "4", "5", "6", "7", "8"],
               ["1", "00501021", "Выдача лицензии на фармацевтическую деятельность", std, "–", npa,
                "www.gov.kz/memleket/entities/dsm", c8]], {"bold_rows": 1}),
        "Ф.И.О. ответственного исполнителя: Касымова Айгерим Нурлановна",
        "Дата: « 16 » марта 2026 г.",
        "",
        "Заместитель председателя                                   Б. Омаров",
    ]
    data = docx_bytes(blocks, landscape=True, size=11)
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [svc("00501021", "Выдача лицензии на фармацевтическую деятельность", std, None, npa,
                             "www.gov.kz/memleket/entities/dsm",
                             person("Касымова Айгерим Нурлановна",
                                    "главный эксперт Управления лицензирования фармацевтической деятельности",
                                    "a.kasymova@dsm.gov.kz", "+7 (7172) 74-36-18"))],
            "executor": {"full_name": "Касымова Айгерим Нурлановна", "date": "2026-03-16"}}]
    c = ctx("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан",
            "kmfk@dsm.gov.kz", "130940021775",
            [("00501021", "Выдача лицензии на фармацевтическую деятельность")], "information",
            ("ЕКЦ-2026/0311", "2026-03-11", "О представлении информации о государственной услуге"),
            "store the Appendix 1 data for 00501021 and move the case to training")
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="landscape form, column-number row, regulation as an en dash, e-mail with 'e-mail:' label")


@doc
def f02():
    name = "gul-02-zhetisu-vet.docx"
    hk = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі",
          "Мемлекеттік көрсетілетін қызметтің атауы",
          "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
          "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
          "Нормативтік құқықтық актілердің өзгерістері",
          "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
          "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
    s1n, s2n = "Ветеринариялық паспорт беру", "Ветеринариялық анықтама беру"
    s1std = ("«Ветеринариялық паспорт беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы "
             "Ауыл шаруашылығы министрінің 2026 жылғы 14 қаңтардағы № 12 бұйрығымен бекітілген")
    s2std = ("«Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы "
             "Ауыл шаруашылығы министрінің 2026 жылғы 14 қаңтардағы № 12 бұйрығымен бекітілген")
    s2npa = ("Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 3 наурыздағы № 71 "
             "«Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 14 қаңтардағы № 12 бұйрығына "
             "өзгерістер енгізу туралы» бұйрығы")
    web = "www.gov.kz/memleket/entities/zhetisu-vet"
    c8a = "Әбдірахманова Гүлжан Серікқызы, мемлекеттік қызметтер бөлімінің бас маманы, 8 (7282) 41-07-93, g.abdirakhmanova@zhetisu-vet.gov.kz"
    c8b = "Сәрсенбаев Бауыржан Қайратұлы, ветеринариялық қадағалау бөлімінің басшысы, 8 (7282) 41-12-05, b.sarsenbayev@zhetisu-vet.gov.kz"
    blocks = [
        ("c", "ЖЕТІСУ ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ"),
        "Талдықорған қ., Қабанбай батыр к-сі, 26      тел. 8 (7282) 41-00-18",
        "2026 жылғы 7 сәуірдегі № 03-11/412 шығыс хат",
        ("r", "Мемлекеттік қызметтер көрсету мәселелері\nжөніндегі Бірыңғай байланыс орталығына"),
        "2026 жылғы 1 сәуірдегі № ЕКЦ-2026/0402 сұрау салуыңызға жауап ретінде басқарма 1-қосымшаға сәйкес "
        "мемлекеттік көрсетілетін қызметтер туралы ақпаратты жолдайды.",
        ("t", [hk, ["1", "2", "3", "4", "5", "6", "7", "8"],
               ["1", "00907003", s1n, s1std, "—", "—", web, c8a],
               ["2", "00907005", s2n, s2std, "—", s2npa, web, c8b]], {"bold_rows": 1}),
        "Жауапты орындаушының Т.А.Ә.: Төлеубаев Нұрлан Маратұлы",
        "Күні: 2026 жылғы 7 сәуір",
        "",
        "Басқарма басшысы                                  Е. Құдайбергенов",
    ]
    data = docx_bytes(blocks, landscape=True, size=11)
    key = [{"part": name, "kind": "appendix1_form", "language": "kk",
            "services": [
                svc("00907003", s1n, s1std, None, None, web,
                    person("Әбдірахманова Гүлжан Серікқызы", "мемлекеттік қызметтер бөлімінің бас маманы",
                           "g.abdirakhmanova@zhetisu-vet.gov.kz", "8 (7282) 41-07-93")),
                svc("00907005", s2n, s2std, None, s2npa, web,
                    person("Сәрсенбаев Бауыржан Қайратұлы", "ветеринариялық қадағалау бөлімінің басшысы",
                           "b.sarsenbayev@zhetisu-vet.gov.kz", "8 (7282) 41-12-05"))],
            "executor": {"full_name": "Төлеубаев Нұрлан Маратұлы", "date": "2026-04-07"}}]
    c = ctx("Жетісу облысының ветеринария басқармасы", "vet@zhetisu.gov.kz", "220740019342",
            [("00907003", s1n), ("00907005", s2n)], "information",
            ("ЕКЦ-2026/0402", "2026-04-01", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
            "store the Appendix 1 data for both veterinary services", )
    save(name, data, key, c, lang="kk", fmt="docx",
         hard="Kazakh headers, Kazakh date 'жылғы 7 сәуір', em dashes for empty columns, different people per row")


@doc
def f03():
    name = "gul-03-shymkent-land.xlsx"
    rows_s = [
        ("00202018", "Выдача решения на изменение целевого назначения земельного участка",
         "Правила оказания государственной услуги «Выдача решения на изменение целевого назначения земельного участка», "
         "утверждены приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2025 года № 372",
         "-", "-",
         "Байтуреева Гаухар Аскаровна\nруководитель отдела землеустройства\n8 (7252) 56-21-40\ng.baitureeva@shymkent-zher.gov.kz",
         person("Байтуреева Гаухар Аскаровна", "руководитель отдела землеустройства",
                "g.baitureeva@shymkent-zher.gov.kz", "8 (7252) 56-21-40")),
        ("00202022", "Выдача разрешения на использование земельного участка для изыскательских работ",
         "Правила оказания государственной услуги «Выдача разрешения на использование земельного участка для "
         "изыскательских работ», утверждены приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2025 года № 372",
         "-",
         "Приказ Министра сельского хозяйства Республики Казахстан от 19 января 2026 года № 18 «О внесении изменений "
         "и дополнений в приказ Министра сельского хозяйства Республики Казахстан от 1 октября 2025 года № 372»",
         "Мырзахметов Ержан Бакытович\nглавный специалист отдела землеустройства\n8 (7252) 56-21-44\ne.myrzakhmetov@shymkent-zher.gov.kz",
         person("Мырзахметов Ержан Бакытович", "главный специалист отдела землеустройства",
                "e.myrzakhmetov@shymkent-zher.gov.kz", "8 (7252) 56-21-44")),
        ("00202027", "Утверждение землеустроительных проектов по формированию земельных участков",
         "Правила оказания государственной услуги «Утверждение землеустроительных проектов по формированию "
         "земельных участков», утверждены приказом Министра сельского хозяйства Республики Казахстан от 1 октября 2025 года № 372",
         "-", "-",
         "Байтуреева Гаухар Аскаровна\nруководитель отдела землеустройства\n8 (7252) 56-21-40\ng.baitureeva@shymkent-zher.gov.kz",
         person("Байтуреева Гаухар Аскаровна", "руководитель отдела землеустройства",
                "g.baitureeva@shymkent-zher.gov.kz", "8 (7252) 56-21-40")),
    ]
    web = "https://www.gov.kz/memleket/entities/shymkent-zher"
    rows = [
        ["Приложение 1 к Правилам взаимодействия Единого контакт-центра", None, None, None, None, None, None, None],
        ["Управление земельных отношений города Шымкент", None, None, None, None, None, None, None],
        [None] * 8,
        ["№ п/п", "Государственная услуга", None, "Стандарт государственной услуги (с указанием его реквизитов)",
         "Регламент государственной услуги (с указанием его реквизитов)", "Изменения НПА",
         "Интернет-ресурс, где размещена информация об услуге", "Ответственное лицо (Ф.И.О., должность)"],
        [None, "№ в реестре", "наименование", None, None, None, None, None],
        [1, 2, 3, 4, 5, 6, 7, 8],
    ]
    for i, (reg, nm, std, regl, npa, c8, _) in enumerate(rows_s, 1):
        rows.append([i, reg, nm, std, regl, npa, web, c8])
    rows += [[None] * 8,
             ["Ф.И.О. ответственного исполнителя: Нурпеисова Динара Болатовна", None, None, None, None, None, None, None],
             ["Дата: 22.04.2026", None, None, None, None, None, None, None]]
    opts = {"merge": ["A1:H1", "A2:H2", "B4:C4", "A4:A5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:H5", "A11:H11", "A12:H12"],
            "widths": {"A": 5, "B": 12, "C": 30, "D": 45, "E": 18, "F": 40, "G": 26, "H": 34},
            "bold_rows": [2, 4, 5], "box": (4, 9, 8)}
    data = xlsx_bytes([("Лист1", rows, opts)])
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [svc(r, n, s, None, (p if p != "-" else None), web, pr) for r, n, s, _, p, _, pr in rows_s],
            "executor": {"full_name": "Нурпеисова Динара Болатовна", "date": "2026-04-22"}}]
    c = ctx("Управление земельных отношений города Шымкент", "zher@shymkent.gov.kz", "180240027611",
            [(r, n) for r, n, *_ in rows_s], "information",
            ("ЕКЦ-2026/0377", "2026-04-14", "Запрос информации о государственных услугах"),
            "store Appendix 1 data for three land services")
    save(name, data, key, c, lang="ru", fmt="xlsx",
         hard="header split over two rows with merged 'Государственная услуга' cell, numeric registry cells stored as text, line breaks in column 8, https URL")


@doc
def f04():
    name = "gul-04-pavlodar-social.xlsx"
    head = ["№ / Р/с", "Тізілімдегі нөмірі /\n№ в реестре", "Қызметтің атауы /\nНаименование услуги",
            "Стандарт (деректемелері) /\nСтандарт (реквизиты)", "Регламент (деректемелері) /\nРегламент (реквизиты)",
            "НҚА өзгерістері /\nИзменения НПА", "Интернет-ресурс", "Жауапты тұлғаның ТАӘ, лауазымы /\nФИО, должность ответственного лица"]
    s1 = ("00401012", "Назначение жилищной помощи",
          "Правила оказания государственной услуги «Назначение жилищной помощи», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 25 ноября 2025 года № 411",
          "Ганиева Лаура Маратовна\nглавный специалист отдела адресной социальной помощи\n8 (7182) 32-51-47\nl.ganieva@pavlodar-zhumys.gov.kz",
          person("Ганиева Лаура Маратовна", "главный специалист отдела адресной социальной помощи",
                 "l.ganieva@pavlodar-zhumys.gov.kz", "8 (7182) 32-51-47"))
    s2 = ("00401019", "Оформление документов на инвалидов для предоставления им протезно-ортопедической помощи",
          "Правила оказания государственной услуги «Оформление документов на инвалидов для предоставления им протезно-ортопедической помощи», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 25 ноября 2025 года № 411",
          "Кравченко Ирина Петровна\nруководитель отдела социальной защиты лиц с инвалидностью\n8 (7182) 32-50-96\ni.kravchenko@pavlodar-zhumys.gov.kz",
          person("Кравченко Ирина Петровна", "руководитель отдела социальной защиты лиц с инвалидностью",
                 "i.kravchenko@pavlodar-zhumys.gov.kz", "8 (7182) 32-50-96"))
    npa2 = "Приказ Министра труда и социальной защиты населения Республики Казахстан от 12 февраля 2026 года № 38"
    web = "pavlodar-zhumys.gov.kz"
    rows = [
        ["Павлодар облысының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы / Управление занятости и социальных программ Павлодарской области"] + [None] * 7,
        [None] * 8,
        head,
        [1, 2, 3, 4, 5, 6, 7, 8],
        [1, s1[0], s1[1], s1[2], "жоқ / нет", "—", web, s1[3]],
        [2, s2[0], s2[1], s2[2], "жоқ / нет", npa2, web, s2[3]],
        [None] * 8,
        ["Орындаған / Исполнитель: Жақсыбекова Мәдина Ерланқызы"] + [None] * 7,
        ["05.05.2026"] + [None] * 7,
    ]
    opts = {"merge": ["A1:H1"], "widths": {"A": 6, "B": 13, "C": 28, "D": 48, "E": 14, "F": 30, "G": 22, "H": 36},
            "bold_rows": [1, 3], "box": (3, 6, 8)}
    data = xlsx_bytes([("ЕКЦ", rows, opts)])
    for r in (s1, s2):
        pass
    key = [{"part": name, "kind": "appendix1_form",
            "services": [
                {"registry_number": s1[0], "service_name": s1[1], "standard": s1[2], "npa_changes": None,
                 "website": web, "responsible": s1[4]},
                {"registry_number": s2[0], "service_name": s2[1], "standard": s2[2], "npa_changes": npa2,
                 "website": web, "responsible": s2[4]}],
            "executor": {"full_name": "Жақсыбекова Мәдина Ерланқызы", "date": "2026-05-05"}}]
    c = ctx("Управление занятости и социальных программ Павлодарской области", "zhumys@pavlodar.gov.kz", "050340006218",
            [(s1[0], s1[1]), (s2[0], s2[1])], "information",
            ("ЕКЦ-2026/0455", "2026-04-28", "О представлении информации по форме приложения 1"),
            "store Appendix 1 data for two social services")
    save(name, data, key, c, lang="bilingual (kk/ru headers, ru content)", fmt="xlsx",
         hard="bilingual headers with line breaks, regulation 'жоқ / нет' (left out of the key), executor date on its own line without label, bare-domain website")


@doc
def f05():
    name = "gul-05-astana-justice.docx"
    std = ("Правила оказания государственной услуги «Апостилирование официальных документов, исходящих из органов юстиции и "
           "иных государственных органов», утвержденные приказом Министра юстиции Республики Казахстан от 28 августа 2025 года № 640")
    npa = ("приказ Министра юстиции Республики Казахстан от 14 апреля 2026 года № 255 «О внесении изменения в приказ "
           "Министра юстиции Республики Казахстан от 28 августа 2025 года № 640»")
    c8 = "Жакупова Асель Муратовна, главный специалист отдела апостилирования, +7 7172 57 80 41, a.zhakupova@adilet-astana.gov.kz"
    blocks = [
        ("c", "Департамент юстиции города Астаны"),
        ("r", "Исх. № 2-14/3390\nот 28.05.2026"),
        ("r", "Единый контакт-центр"),
        "На Ваш запрос № ЕКЦ-2026/0508 от 22 мая 2026 года сообщаем сведения по государственной услуге "
        "(форма приложения 1 заполнена в вертикальном виде для удобства чтения).",
        ("t", [["Графа формы", "Сведения"],
               ["1. № п/п", "1"],
               ["2. № государственной услуги в реестре", "00602017"],
               ["3. Наименование государственной услуги",
                "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов"],
               ["4. Стандарт государственной услуги (с указанием его реквизитов)", std],
               ["5. Регламент государственной услуги (с указанием его реквизитов)", "—"],
               ["6. Изменения нормативных правовых актов", npa],
               ["7. Интернет-ресурс, на котором размещена информация о государственной услуге", "www.egov.kz, www.adilet-astana.gov.kz"],
               ["8. Фамилия, имя, отчество, должность ответственного лица", c8]],
         {"bold_rows": 1, "widths": [6, 11]}),
        "Исполнитель: Серикова Жанар Амангельдиевна, 8 (7172) 57-80-34",
        "28 мая 2026 года",
        "",
        "Руководитель департамента                              Д. Есентаев",
    ]
    data = docx_bytes(blocks)
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [{"registry_number": "00602017",
                          "service_name": "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов",
                          "standard": std, "regulation": None, "npa_changes": npa,
                          "website": "www.egov.kz, www.adilet-astana.gov.kz",
                          "responsible": person("Жакупова Асель Муратовна", "главный специалист отдела апостилирования",
                                                "a.zhakupova@adilet-astana.gov.kz", "+7 7172 57 80 41")}],
            "executor": {"full_name": "Серикова Жанар Амангельдиевна", "date": "2026-05-28"}}]
    c = ctx("Департамент юстиции города Астаны", "astana@adilet.gov.kz", "021140000917",
            [("00602017", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов")],
            "information", ("ЕКЦ-2026/0508", "2026-05-22", "Запрос о предоставлении информации о государственной услуге"),
            "store Appendix 1 data for 00602017")
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="form turned on its side (field | value), two websites in one cell, executor with phone, date without label")


@doc
def f06():
    name = "gul-06-kostanay-apz.eml"
    att = "Приложение 1_ЕКЦ_ОСА Костанай.xlsx"
    s1 = ("00202031", "Выдача архитектурно-планировочного задания (АПЗ) и технических условий",
          "Правила оказания государственных услуг в сфере архитектурной, градостроительной и строительной деятельности, "
          "утвержденные приказом Министра промышленности и строительства Республики Казахстан от 30 января 2026 года № 44",
          "Приказ Министра промышленности и строительства Республики Казахстан от 17 апреля 2026 года № 159 "
          "«О внесении изменений в приказ от 30 января 2026 года № 44»",
          "Тлеубердина Салтанат Кенесовна, заведующий сектором АПЗ, тел. 8 (7142) 53-40-17, tleuberdina.s@kostanay-osa.gov.kz",
          person("Тлеубердина Салтанат Кенесовна", "заведующий сектором АПЗ", "tleuberdina.s@kostanay-osa.gov.kz",
                 "8 (7142) 53-40-17"))
    s2 = ("00202034", "Выдача решения на реконструкцию (перепланировку, переоборудование) помещений (отдельных частей) существующих зданий",
          "Правила оказания государственных услуг в сфере архитектурной, градостроительной и строительной деятельности, "
          "утвержденные приказом Министра промышленности и строительства Республики Казахстан от 30 января 2026 года № 44",
          None,
          "Гришин Андрей Валерьевич, главный специалист, тел. 8 (7142) 53-40-22, grishin.a@kostanay-osa.gov.kz",
          person("Гришин Андрей Валерьевич", "главный специалист", "grishin.a@kostanay-osa.gov.kz", "8 (7142) 53-40-22"))
    web = "www.gov.kz/memleket/entities/kostanay-osa"
    rows = [
        ["ГУ «Отдел строительства и архитектуры акимата города Костаная»"] + [None] * 7,
        ["Форма по приложению 1 к Правилам взаимодействия ЕКЦ"] + [None] * 7,
        ["№", "№ услуги в реестре", "Наименование госуслуги", "Стандарт госуслуги (реквизиты)",
         "Регламент госуслуги (реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"],
        [1, s1[0], s1[1], s1[2], None, s1[3], web, s1[4]],
        [2, s2[0], s2[1], s2[2], None, "-", web, s2[4]],
        [None] * 8,
        [None, "Исполнитель: Оразбаев Санжар"] + [None] * 6,
        [None, "« 9 » июня 2026 г."] + [None] * 6,
    ]
    x = xlsx_bytes([("Форма", rows, {"merge": ["A1:H1", "A2:H2"], "bold_rows": [1, 3], "box": (3, 5, 8),
                                      "widths": {"A": 4, "B": 11, "C": 30, "D": 45, "E": 14, "F": 38, "G": 28, "H": 36}})])
    body = ("Добрый день!\n\n"
            "Направляем заполненную форму по приложению 1 на Ваш запрос от 02.06.2026 № ЕКЦ-2026/0561 "
            "(услуги АПЗ и перепланировка).\n"
            "Регламенты по данным услугам не утверждались, графа 5 не заполнена.\n\n"
            "С уважением,\n"
            "Оразбаев Санжар\n"
            "ГУ «Отдел строительства и архитектуры акимата города Костаная»\n"
            "тел. 8 (7142) 53-40-10\n")
    part = multipart("mixed", [textpart(body, charset="windows-1251", cte="quoted-printable"),
                               attachment(att, x, style="2047")], "----=_NextPart_000_0012_01DCF7A1.5B3E2C60")
    data = message(("Оразбаев Санжар", "orazbayev.s@kostanay-osa.gov.kz"), EKC,
                   "RE: Запрос ЕКЦ-2026/0561 - форма приложения 1", when(2026, 6, 9, 17, 42), part,
                   msgid="000c01dcf7a1$5b3e2c60$1171a120$@kostanay-osa.gov.kz", charset="windows-1251",
                   extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdnzR5tBm0eQmRw1TyCkL3x0VwQh9A==")])
    key = [{"part": att, "kind": "appendix1_form", "language": "ru",
            "services": [svc(s1[0], s1[1], s1[2], None, s1[3], web, s1[5]),
                         svc(s2[0], s2[1], s2[2], None, None, web, s2[5])],
            "executor": {"full_name": "Оразбаев Санжар", "date": "2026-06-09"}}]
    c = ctx("ГУ «Отдел строительства и архитектуры акимата города Костаная»", "osa@kostanay.gov.kz", "080540013362",
            [(s1[0], s1[1]), (s2[0], s2[1])], "information",
            ("ЕКЦ-2026/0561", "2026-06-02", "Запрос информации о государственных услугах по форме приложения 1"),
            "store Appendix 1 data from the attached workbook for two architecture services")
    save(name, data, key, c, lang="ru", fmt="eml (windows-1251 QP body + xlsx attachment, RFC 2047 file name)",
         hard="Outlook message, Cyrillic attachment name in encoded-words, empty regulation cells, executor without patronymic and in column B")


@doc
def f07():
    name = "gul-07-mangystau-edu.eml"
    att = "1-қосымша (ББ).docx"
    nm = "Мектепке дейінгі ұйымдарға жолдама беру үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою"
    std = ("«Мектепке дейінгі ұйымдарға жолдама беру үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою» "
           "мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Оқу-ағарту министрінің 2025 жылғы 24 қарашадағы № 236 бұйрығымен бекітілген")
    npa = "Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 11 мамырдағы № 98 бұйрығы"
    web = "www.gov.kz/memleket/entities/mangystau-bilim"
    c8 = "Құрманғалиева Айнұр Жолдасқызы – мектепке дейінгі білім беру бөлімінің басшысы, тел. 8 (7292) 30-14-58, a.kurmangaliyeva@mangystau-bilim.gov.kz"
    hk = ["№", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Қызмет стандарты (деректемелері)",
          "Қызмет регламенті (деректемелері)", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
    d = docx_bytes([
        ("c", "Маңғыстау облысының білім басқармасы"),
        ("c", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"),
        ("t", [hk, ["1", "00110207", nm, std, "-", npa, web, c8]], {"bold_rows": 1}),
        "Жауапты орындаушы: Ермекова Ләззат Бекболатқызы",
        "Күні: 18.06.2026",
    ], landscape=True, size=10)
    body = ("Құрметті әріптестер!\n\n"
            "2026 жылғы 12 маусымдағы № ЕКЦ-2026/0598 хатыңызға сәйкес Маңғыстау облысының білім басқармасы "
            "«Мектепке дейінгі ұйымдарға жолдама беру үшін балаларды кезекке қою» мемлекеттік көрсетілетін қызметі "
            "бойынша 1-қосымшаға сәйкес толтырылған нысанды жолдайды.\n\n"
            "Қосымша: 1 парақ.\n\n"
            "Құрметпен,\n"
            "Ермекова Ләззат\n"
            "бас маман\n"
            "Ақтау қ., 14 шағын аудан, 1 ғимарат\n")
    part = multipart("mixed", [textpart(body, charset="utf-8", cte="base64"), attachment(att, d, style="2231")],
                     "=_b7e0c1a9f1d24c55aa3d")
    data = message(("Ермекова Ләззат", "l.yermekova@mangystau-bilim.gov.kz"), EKC,
                   "1-қосымша бойынша ақпарат (ЕКЦ-2026/0598)", when(2026, 6, 18, 11, 5), part,
                   msgid="e3f1a7c2-0b9d-4f26-9a37-51c1d7e3a001@mangystau-bilim.gov.kz")
    key = [{"part": att, "kind": "appendix1_form", "language": "kk",
            "services": [svc("00110207", nm, std, None, npa, web,
                             person("Құрманғалиева Айнұр Жолдасқызы", "мектепке дейінгі білім беру бөлімінің басшысы",
                                    "a.kurmangaliyeva@mangystau-bilim.gov.kz", "8 (7292) 30-14-58"))],
            "executor": {"full_name": "Ермекова Ләззат Бекболатқызы", "date": "2026-06-18"}}]
    c = ctx("Маңғыстау облысының білім басқармасы", "bilim@mangystau.gov.kz", "990240001186", [("00110207", nm)],
            "information", ("ЕКЦ-2026/0598", "2026-06-12", "1-қосымша бойынша ақпарат беру туралы"),
            "store Appendix 1 data for the kindergarten queue service")
    save(name, data, key, c, lang="kk", fmt="eml (utf-8 base64 + docx attachment, RFC 2231 name)",
         hard="Kazakh body and form, attachment name with Kazakh letters and parentheses, body abbreviates the service name")


@doc
def f08():
    name = "gul-08-karaganda-police.pdf"
    s = [("00803004", "Выдача разрешения на приобретение гражданского оружия",
          "Правила оказания государственных услуг в сфере оборота гражданского и служебного оружия, утвержденные приказом "
          "Министра внутренних дел Республики Казахстан от 9 декабря 2025 года № 870",
          "Ахметжанов Ерлан Кайратович, майор полиции, начальник отделения лицензионно-разрешительной работы УАП ДП, "
          "тел. 8 (7212) 30-55-61, e.akhmetzhanov@kar.police.gov.kz",
          person("Ахметжанов Ерлан Кайратович",
                 "майор полиции, начальник отделения лицензионно-разрешительной работы УАП ДП",
                 "e.akhmetzhanov@kar.police.gov.kz", "8 (7212) 30-55-61")),
         ("00803006", "Регистрация, перерегистрация гражданского и служебного оружия",
          "Правила оказания государственных услуг в сфере оборота гражданского и служебного оружия, утвержденные приказом "
          "Министра внутренних дел Республики Казахстан от 9 декабря 2025 года № 870",
          "Сулейменова Айжан Болатовна, капитан полиции, старший инспектор отделения лицензионно-разрешительной работы УАП ДП, "
          "тел. 8 (7212) 30-55-64, a.suleimenova@kar.police.gov.kz",
          person("Сулейменова Айжан Болатовна",
                 "капитан полиции, старший инспектор отделения лицензионно-разрешительной работы УАП ДП",
                 "a.suleimenova@kar.police.gov.kz", "8 (7212) 30-55-64"))]
    npa = ("Приказ Министра внутренних дел Республики Казахстан от 3 апреля 2026 года № 211 «О внесении изменений в приказ "
           "Министра внутренних дел Республики Казахстан от 9 декабря 2025 года № 870»")
    web = "www.gov.kz/memleket/entities/qriim"
    rows = [HEAD_RU, ["1", "2", "3", "4", "5", "6", "7", "8"]]
    for i, (r, n, st, c8, _) in enumerate(s, 1):
        rows.append([str(i), r, n, st, "не утверждался", npa, web, c8])
    data = pdf_bytes([
        ("c", "ДЕПАРТАМЕНТ ПОЛИЦИИ КАРАГАНДИНСКОЙ ОБЛАСТИ"),
        ("c", "Управление административной полиции"),
        ("r", "Исх. № 6-14/2719 от 02.07.2026\nЕдиный контакт-центр"),
        ("sp", 6),
        "Во исполнение запроса № ЕКЦ-2026/0627 направляем сведения по форме приложения 1.",
        ("sp", 4),
        ("t", rows, {"bold_rows": 1, "widths": [0.9, 1.9, 3.0, 5.0, 2.2, 5.0, 3.2, 5.4]}),
        "Ф.И.О. ответственного исполнителя: Жумагулов Берик Ерланович",
        "Дата: 02.07.2026",
        ("sp", 10),
        "Начальник УАП ДП Карагандинской области\nполковник полиции                                            С. Нургалиев",
    ], landscape=True, size=10)
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [{"registry_number": r, "service_name": n, "standard": st, "npa_changes": npa, "website": web,
                          "responsible": p} for r, n, st, _, p in s],
            "executor": {"full_name": "Жумагулов Берик Ерланович", "date": "2026-07-02"}}]
    c = ctx("Департамент полиции Карагандинской области", "kanc@kar.police.gov.kz", "990140003215",
            [(r, n) for r, n, *_ in s], "information",
            ("ЕКЦ-2026/0627", "2026-06-25", "О предоставлении информации о государственных услугах"),
            "store Appendix 1 data for two weapons-licensing services")
    save(name, data, key, c, lang="ru", fmt="pdf (text layer, ruled table, landscape)",
         hard="police ranks inside position, 'не утверждался' in regulation (left out of key), long wrapped cells in a PDF table")


@doc
def f09():
    name = "gul-09-almaty-dgd.docx"
    s = [("00104015", "Регистрационный учет плательщика налога на добавленную стоимость",
          "Ли Виктория Андреевна, главный специалист управления регистрации и учета налогоплательщиков, 8 (727) 298-41-16, v.li@kgd-almaty.gov.kz",
          person("Ли Виктория Андреевна", "главный специалист управления регистрации и учета налогоплательщиков",
                 "v.li@kgd-almaty.gov.kz", "8 (727) 298-41-16")),
         ("00104022", "Выдача справки о суммах полученных доходов из источников в Республике Казахстан и удержанных (уплаченных) налогов",
          "Досмагамбетов Арман Серикович, руководитель отдела международного налогообложения, 8 (727) 298-41-30, a.dosmagambetov@kgd-almaty.gov.kz",
          person("Досмагамбетов Арман Серикович", "руководитель отдела международного налогообложения",
                 "a.dosmagambetov@kgd-almaty.gov.kz", "8 (727) 298-41-30"))]
    std = ("Правила оказания государственных услуг органами государственных доходов, утвержденные приказом Министра финансов "
           "Республики Казахстан от 22 января 2026 года № 39")
    web = "kgd.gov.kz"
    head = ["№", "Наименование государственной услуги", "Номер услуги в реестре",
            "Ф.И.О., должность ответственного лица", "Стандарт государственной услуги (реквизиты)",
            "Регламент государственной услуги (реквизиты)", "Изменения нормативных правовых актов", "Интернет-ресурс"]
    rows = [head, ["1", "3", "2", "8", "4", "5", "6", "7"]]
    for i, (r, n, c8, _) in enumerate(s, 1):
        rows.append([str(i), n, r, c8, std, "-", "-", web])
    data = docx_bytes([
        ("b", "Департамент государственных доходов по городу Алматы\nКомитета государственных доходов\nМинистерства финансов Республики Казахстан"),
        "050000, г. Алматы, ул. Желтоксан, 115",
        "№ МКД-02-1-25/8874 от 30.06.2026",
        ("r", "ЕКЦ"),
        "ДГД по городу Алматы на письмо № ЕКЦ-2026/0603 направляет информацию о государственных услугах. "
        "Порядок граф изменен в соответствии с внутренней формой департамента; номера граф указаны во второй строке.",
        ("t", rows, {"bold_rows": 1}),
        "Исп.: Ли Виктория Андреевна",
        "«30» июня 2026 г.",
        "",
        "Заместитель руководителя департамента                       Н. Абдыкаримов",
    ], landscape=True, size=10)
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [svc(r, n, std, None, None, web, p) for r, n, _, p in s],
            "executor": {"full_name": "Ли Виктория Андреевна", "date": "2026-06-30"}}]
    c = ctx("Департамент государственных доходов по городу Алматы Комитета государственных доходов Министерства финансов Республики Казахстан",
            "almaty@kgd.gov.kz", "981040001327", [(r, n) for r, n, *_ in s], "information",
            ("ЕКЦ-2026/0603", "2026-06-15", "Запрос о представлении информации о государственных услугах"),
            "store Appendix 1 data for two tax services")
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="columns in another order (name before number, responsible in 4th column) with original numbers in the second row, one-syllable surname 'Ли'")


def html_table(rows, header_rows=1, attrs='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"',
               cell_style=""):
    """rows of str; newlines inside a cell become <br>."""
    from html import escape
    out = [f"<table {attrs}>"]
    for i, r in enumerate(rows):
        out.append("<tr>")
        tag = "th" if i < header_rows else "td"
        for v in r:
            if v is None:
                continue
            cell = "<br>".join(escape(x, quote=False) for x in v.split("\n"))
            st = f' style="{cell_style}"' if cell_style else ""
            out.append(f"<{tag}{st}>{cell}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


@doc
def f10():
    name = "gul-10-atyrau-health.eml"
    nm = "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"
    std = ("Правила оказания государственной услуги «Прикрепление к медицинской организации, оказывающей первичную "
           "медико-санитарную помощь», утвержденные приказом Министра здравоохранения Республики Казахстан от 3 ноября 2025 года № ҚР ДСМ-118")
    web = "www.gov.kz/memleket/entities/atyrau-densaulyk"
    c8 = "Утегенова Сания Жумабаевна\nзаведующая сектором ПМСП\nтел. 8 (7122) 27-09-61\nsutegenova@atyrau-densaulyk.gov.kz"
    table = html_table([HEAD_RU, ["1", "2", "3", "4", "5", "6", "7", "8"],
                        ["1", "00501008", nm, std, "-", "-", web, c8]], header_rows=1,
                       attrs='class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="100%" '
                             'style="border-collapse:collapse;border:none"',
                       cell_style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt")
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
--></style></head>
<body lang="RU" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Здравствуйте, уважаемые коллеги!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Управление здравоохранения Атырауской области на Ваш запрос от 07.07.2026 № ЕКЦ-2026/0644 направляет информацию по государственной услуге по форме приложения&nbsp;1.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{table}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Исполнитель: Утегенова Сания Жумабаевна<o:p></o:p></p>
<p class="MsoNormal">Дата: 14.07.2026<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="color:#1F3864">С уважением,<br>Утегенова С.Ж.<br>ГУ «Управление здравоохранения Атырауской области»<br>г. Атырау, ул. Айтеке би, 54</span><o:p></o:p></p>
</div>
</body>
</html>
"""
    part = textpart(html, subtype="html", charset="utf-8", cte="quoted-printable")
    data = message(("Утегенова Сания", "sutegenova@atyrau-densaulyk.gov.kz"), EKC,
                   "Ответ на запрос ЕКЦ-2026/0644 (ПМСП)", when(2026, 7, 14, 15, 20), part,
                   msgid="DB8PR10MB3412A1C0E7D55B1F9F4A6E2BC10A@DB8PR10MB3412.EURPRD10.PROD.OUTLOOK.COM",
                   extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ru-RU")])
    key = [{"part": "body", "kind": "appendix1_form", "language": "ru",
            "services": [svc("00501008", nm, std, None, None, web,
                             person("Утегенова Сания Жумабаевна", "заведующая сектором ПМСП",
                                    "sutegenova@atyrau-densaulyk.gov.kz", "8 (7122) 27-09-61"))],
            "executor": {"full_name": "Утегенова Сания Жумабаевна", "date": "2026-07-14"}}]
    c = ctx("ГУ «Управление здравоохранения Атырауской области»", "densaulyk@atyrau.gov.kz", "990640002451",
            [("00501008", nm)], "information",
            ("ЕКЦ-2026/0644", "2026-07-07", "О представлении информации о государственной услуге"),
            "store Appendix 1 data for the PHC attachment service")
    save(name, data, key, c, lang="ru", fmt="eml (HTML only, utf-8 quoted-printable, Outlook markup)",
         hard="form as an HTML table in the body, <br> line breaks inside column 8, MsoNormal markup and &nbsp;")


@doc
def f11():
    name = "gul-11-turkistan-zher.eml"
    s = [("00202041", "Жер учаскесіне сәйкестендіру құжатын беру",
          "«Жер учаскесіне сәйкестендіру құжатын беру» мемлекеттік көрсетілетін қызмет қағидалары, ҚР Ауыл шаруашылығы министрінің 2025 жылғы 1 қазандағы № 372 бұйрығымен бекітілген",
          "Жолдасбеков Талғат Ерікұлы, жер кадастры бөлімінің бас маманы, 8 (72533) 5-41-27, t.zholdasbekov@turkistan-zher.gov.kz",
          person("Жолдасбеков Талғат Ерікұлы", "жер кадастры бөлімінің бас маманы", "t.zholdasbekov@turkistan-zher.gov.kz", "8 (72533) 5-41-27")),
         ("00202044", "Жер учаскесін бөлу мүмкіндігі туралы шешім беру",
          "«Жер учаскесін бөлу мүмкіндігі туралы шешім беру» мемлекеттік көрсетілетін қызмет қағидалары, ҚР Ауыл шаруашылығы министрінің 2025 жылғы 1 қазандағы № 372 бұйрығымен бекітілген",
          "Абдуллаева Мөлдір Нұрланқызы, жер кадастры бөлімінің жетекші маманы, 8 (72533) 5-41-29, m.abdullayeva@turkistan-zher.gov.kz",
          person("Абдуллаева Мөлдір Нұрланқызы", "жер кадастры бөлімінің жетекші маманы", "m.abdullayeva@turkistan-zher.gov.kz", "8 (72533) 5-41-29"))]
    web = "egov.kz"
    hk = ["№", "Тізілімдегі нөмірі", "Қызмет атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға (Т.А.Ә., лауазымы)"]
    rows = [hk] + [[str(i), r, n, st, "—", "—", web, c8] for i, (r, n, st, c8, _) in enumerate(s, 1)]
    plain = ("Құрметті Бірыңғай байланыс орталығы!\n\n"
             "Түркістан облысының жер қатынастары басқармасы 2026 жылғы 20 шілдедегі № ЕКЦ-2026/0671 сұрауыңызға "
             "1-қосымша нысаны бойынша ақпаратты жібереді:\n\n")
    for r in rows:
        plain += " | ".join(r) + "\n"
    plain += ("\nОрындаған: Есболова Гүлнар\nКүні: 27.07.2026\n\n"
              "Құрметпен,\nЕсболова Гүлнар\nбасқарманың мемлекеттік қызметтер секторы\n")
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial;font-size:10pt\">"
            "<div>Құрметті Бірыңғай байланыс орталығы!</div><div><br></div>"
            "<div>Түркістан облысының жер қатынастары басқармасы 2026 жылғы 20 шілдедегі № ЕКЦ-2026/0671 сұрауыңызға "
            "1-қосымша нысаны бойынша ақпаратты жібереді:</div><div><br></div>"
            + html_table(rows) +
            "<div><br></div><div>Орындаған: Есболова Гүлнар</div><div>Күні: 27.07.2026</div><div><br></div>"
            "<div>Құрметпен,<br>Есболова Гүлнар<br>басқарманың мемлекеттік қызметтер секторы</div></body></html>")
    part = multipart("alternative", [textpart(plain, charset="utf-8", cte="base64"),
                                     textpart(html, subtype="html", charset="utf-8", cte="base64")],
                     "000000000000a4f1b2061d9e3c7a")
    data = message(("Гүлнар Есболова", "g.esbolova@turkistan-zher.gov.kz"), EKC,
                   "Жауап: 1-қосымша нысаны", when(2026, 7, 27, 9, 48), part,
                   msgid="CAKx7pQ3mF0dN2kW5vYbH1s9eLr4u6TjG8aZ@mail.gmail.com")
    key = [{"part": "body", "kind": "appendix1_form", "language": "kk",
            "services": [svc(r, n, st, None, None, web, p) for r, n, st, _, p in s],
            "executor": {"full_name": "Есболова Гүлнар", "date": "2026-07-27"}}]
    c = ctx("Түркістан облысының жер қатынастары басқармасы", "zher@turkistan.gov.kz", "180840021045",
            [(r, n) for r, n, *_ in s], "information",
            ("ЕКЦ-2026/0671", "2026-07-20", "1-қосымша бойынша ақпарат беру туралы"),
            "store Appendix 1 data for two land services")
    save(name, data, key, c, lang="kk", fmt="eml (multipart/alternative, utf-8 base64, plain pipes + HTML table)",
         hard="Kazakh HTML table in the body with a pipe-separated plain alternative, short headers, five-digit area code")


@doc
def f12():
    name = "gul-12-astana-saryarka.eml"
    nm = "Выдача справки о наличии личного подсобного хозяйства"
    std = ("Правила оказания государственной услуги «Выдача справки о наличии личного подсобного хозяйства», утвержденные "
           "приказом Министра сельского хозяйства Республики Казахстан от 12 августа 2025 года № 301")
    web = "www.gov.kz/memleket/entities/astana-saryarka"
    c8 = "Нуртазина Гульмира Саматовна - главный специалист отдела ЖКХ, тел.: 8 (7172) 39-57-12, e-mail: g.nurtazina@saryarka.astana.gov.kz"
    table = ("<table border=1 cellpadding=3 cellspacing=0 width=\"100%\">\n"
             "<tr><td><b>№<br>п/п</b></td><td><b>№ гос.&nbsp;услуги<br>в реестре</b></td>"
             "<td><b>Наименование<br>государственной<br>услуги</b></td>"
             "<td><b>Стандарт государственной услуги<br>(с указанием его реквизитов)*</b></td>"
             "<td><b>Регламент государственной услуги<br>(с указанием его реквизитов)</b></td>"
             "<td><b>Изменения нормативных<br>правовых актов</b></td>"
             "<td><b>Интернет-ресурс</b></td>"
             "<td><b>Ф.И.О., должность<br>ответственного лица</b></td></tr>\n"
             f"<tr><td>1</td><td>00301007</td><td>{nm}</td><td>{std}</td><td>&nbsp;</td><td>&nbsp;</td>"
             f"<td><a href=\"https://{web}\">{web}</a></td><td>{c8}</td></tr>\n</table>\n")
    html = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<HTML><HEAD>\n"
            "<META http-equiv=Content-Type content=\"text/html; charset=windows-1251\"></HEAD>\n"
            "<BODY bgColor=#ffffff><FONT face=Arial size=2>\n"
            "<P>Аппарат акима района «Сарыарка» города Астаны<BR>Исх. № 01-26/1547 от 21.08.2026</P>\n"
            "<P>На запрос ЕКЦ № ЕКЦ-2026/0720 от 14.08.2026 направляем информацию:</P>\n"
            + table +
            "<P><SMALL>* Правила оказания услуги размещены в ИПС «Адилет».</SMALL></P>\n"
            "<P>Исполнитель: Нуртазина Гульмира Саматовна<BR>«21» августа 2026 г.</P>\n"
            "<P>Руководитель аппарата акима района&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;К. Байгожин</P>\n"
            "</FONT></BODY></HTML>\n")
    part = textpart(html, subtype="html", charset="windows-1251", cte="8bit")
    data = message(("Аппарат акима района Сарыарка", "kense@saryarka.astana.gov.kz"), EKC,
                   "Информация по ЛПХ (ЕКЦ-2026/0720)", when(2026, 8, 21, 16, 2), part,
                   msgid="20260821160211.4F1A2C0B@saryarka.astana.gov.kz", charset="windows-1251")
    key = [{"part": "body", "kind": "appendix1_form", "language": "ru",
            "services": [svc("00301007", nm, std, None, None, web,
                             person("Нуртазина Гульмира Саматовна", "главный специалист отдела ЖКХ",
                                    "g.nurtazina@saryarka.astana.gov.kz", "8 (7172) 39-57-12"))],
            "executor": {"full_name": "Нуртазина Гульмира Саматовна", "date": "2026-08-21"}}]
    c = ctx("ГУ «Аппарат акима района «Сарыарка» города Астаны»", "kense@saryarka.astana.gov.kz", "100140008733",
            [("00301007", nm)], "information",
            ("ЕКЦ-2026/0720", "2026-08-14", "Запрос о представлении информации о государственной услуге"),
            "store Appendix 1 data for the subsidiary-farm certificate")
    save(name, data, key, c, lang="ru", fmt="eml (HTML only, windows-1251 8bit, old-style uppercase HTML)",
         hard="headers broken with <br>, footnote mark in the standard header, &nbsp; for empty cells, website inside a link")


@doc
def f13():
    name = "gul-13-sko-archive.eml"
    nm = "Выдача архивных справок"
    std = ("Правила оказания государственной услуги «Выдача архивных справок», утвержденные приказом Министра культуры и "
           "информации Республики Казахстан от 29 сентября 2025 года № 402-НҚ")
    npa = ("Приказ Министра культуры и информации Республики Казахстан от 5 июня 2026 года № 188-НҚ «О внесении изменения "
           "в приказ Министра культуры и информации Республики Казахстан от 29 сентября 2025 года № 402-НҚ»")
    web = "www.gov.kz/memleket/entities/sko-madeniet"
    c8 = "Бондаренко Наталья Сергеевна, руководитель отдела использования и публикации документов, 8 (7152) 46-22-09, n.bondarenko@sko-madeniet.gov.kz"
    filled = html_table([HEAD_RU, ["1", "00703002", nm, std, "–", npa, web, c8]])
    empty = html_table([HEAD_RU, ["1", "", "", "", "", "", "", ""]])
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Tahoma;font-size:10pt">
<p>Добрый день.</p>
<p>Заполнили таблицу прямо в письме, как просили по телефону.</p>
{filled}
<p>Ф.И.О. ответственного исполнителя: Бондаренко Наталья Сергеевна<br>Дата: 03.09.2026</p>
<p>--<br>Бондаренко Н.С.<br>КГУ «Управление культуры, архивов и документации акимата Северо-Казахстанской области»<br>г. Петропавловск, ул. Конституции Казахстана, 58</p>
<div style="border-top:1px solid #b5c4df;padding-top:3pt">
<p><b>От:</b> Единый контакт-центр &lt;info@ekc.gov.kz&gt;<br><b>Отправлено:</b> 27 августа 2026 г. 10:14<br><b>Кому:</b> arhiv@sko-madeniet.gov.kz<br><b>Тема:</b> ЕКЦ-2026/0739 Запрос о представлении информации</p>
<p>Уважаемые коллеги!</p>
<p>В соответствии с пунктом 4 Правил взаимодействия просим в течение трех рабочих дней назначить ответственное лицо и представить информацию по государственной услуге «Выдача архивных справок» по форме:</p>
{empty}
<p>Ф.И.О. ответственного исполнителя ________________<br>Дата: «__» ________ 20__ г.</p>
<p>С уважением, Единый контакт-центр</p>
</div>
</div></body></html>
"""
    part = multipart("mixed", [textpart(html, subtype="html", charset="utf-8", cte="base64")], "b1_7f3c9e2a41d0b5")
    data = message(("Бондаренко Наталья Сергеевна", "n.bondarenko@sko-madeniet.gov.kz"), EKC,
                   "RE: ЕКЦ-2026/0739 Запрос о представлении информации", when(2026, 9, 3, 12, 31), part,
                   msgid="1725353471.221803.1@sko-madeniet.gov.kz",
                   extra=[("In-Reply-To", "<ekc-2026-0739@ekc.gov.kz>"), ("References", "<ekc-2026-0739@ekc.gov.kz>")])
    key = [{"part": "body", "kind": "appendix1_form", "language": "ru",
            "services": [svc("00703002", nm, std, None, npa, web,
                             person("Бондаренко Наталья Сергеевна", "руководитель отдела использования и публикации документов",
                                    "n.bondarenko@sko-madeniet.gov.kz", "8 (7152) 46-22-09"))],
            "executor": {"full_name": "Бондаренко Наталья Сергеевна", "date": "2026-09-03"}}]
    c = ctx("КГУ «Управление культуры, архивов и документации акимата Северо-Казахстанской области»",
            "arhiv@sko-madeniet.gov.kz", "990940003874", [("00703002", nm)], "information",
            ("ЕКЦ-2026/0739", "2026-08-27", "Запрос о представлении информации"),
            "store Appendix 1 data for archive certificates")
    save(name, data, key, c, lang="ru", fmt="eml (multipart/mixed with one HTML part, utf-8 base64)",
         hard="reply on top of the quoted request, which holds an empty copy of the form and a blank executor line")


@doc
def f14():
    name = "gul-14-oskemen-housing.eml"
    s = [("00503001", "Постановка на учет и очередность граждан Республики Казахстан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде",
          "Правила оказания государственной услуги, утв. приказом Министра промышленности и строительства РК от 28 ноября 2025 г. № 475",
          "-",
          "Сапарова Жанна Маратовна, ведущий специалист, 8 (7232) 57-33-08, zh.saparova@oskemen-tkh.gov.kz",
          person("Сапарова Жанна Маратовна", "ведущий специалист", "zh.saparova@oskemen-tkh.gov.kz", "8 (7232) 57-33-08")),
         ("00503006", "Приватизация жилищ из государственного жилищного фонда",
          "Правила оказания государственной услуги, утв. приказом Министра промышленности и строительства РК от 28 ноября 2025 г. № 475",
          "Приказ МПС РК от 10.04.2026 № 148",
          "Волков Дмитрий Игоревич, руководитель отдела, 8 (7232) 57-33-11, d.volkov@oskemen-tkh.gov.kz",
          person("Волков Дмитрий Игоревич", "руководитель отдела", "d.volkov@oskemen-tkh.gov.kz", "8 (7232) 57-33-11"))]
    web = "www.gov.kz/memleket/entities/oskemen-tkh"
    lines = ["№\t№ в реестре\tНаименование госуслуги\tСтандарт\tРегламент\tИзменения НПА\tИнтернет-ресурс\tФИО, должность ответственного"]
    for i, (r, n, st, npa, c8, _) in enumerate(s, 1):
        lines.append("\t".join([str(i), r, n, st, "-", npa, web, c8]))
    body = ("Здравствуйте.\n"
            "Ответ на ЕКЦ-2026/0760 от 08.09.2026. Таблицу скопировали из Excel, вставили ниже.\n\n"
            + "\n".join(lines) +
            "\n\nФ.И.О. ответственного исполнителя: Сапарова Жанна Маратовна\n"
            "Дата: 11.09.2026\n\n"
            "--\nОтдел жилищной инспекции и коммунального хозяйства г. Усть-Каменогорска\n"
            "тел. 8 (7232) 57-33-00\n")
    part = textpart(body, charset="utf-8", cte="8bit")
    data = message(("Сапарова Жанна", "zh.saparova@oskemen-tkh.gov.kz"), EKC,
                   "Re: ЕКЦ-2026/0760", when(2026, 9, 11, 14, 55), part,
                   msgid="5f1e2a0c-7d1b-4a21-bd61-0b9e6e2c4d11@oskemen-tkh.gov.kz",
                   extra=[("User-Agent", "Mozilla Thunderbird")])
    key = [{"part": "body", "kind": "appendix1_form", "language": "ru",
            "services": [svc(r, n, st, None, (None if npa == "-" else npa), web, p) for r, n, st, npa, _, p in s],
            "executor": {"full_name": "Сапарова Жанна Маратовна", "date": "2026-09-11"}}]
    c = ctx("ГУ «Отдел жилищной инспекции и коммунального хозяйства города Усть-Каменогорска»", "tkh@oskemen.gov.kz",
            "060240015519", [(r, n) for r, n, *_ in s], "information",
            ("ЕКЦ-2026/0760", "2026-09-08", "О представлении информации о государственных услугах"),
            "store Appendix 1 data for two housing services")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain utf-8 8bit, tab-separated table)",
         hard="tab-separated table pasted from Excel in a plain body, very long service name, position without department")


@doc
def f15():
    name = "gul-15-aktobe-sport.eml"
    s = [("00901004", "Спорттық разрядтар мен біліктілік санаттарын беру",
          "«Спорттық разрядтар мен біліктілік санаттарын беру» мемлекеттік көрсетілетін қызмет қағидалары, ҚР Туризм және спорт министрінің 2025 жылғы 16 желтоқсандағы № 290 бұйрығымен бекітілген",
          "Қалиев Дәурен Асқарұлы, спорт бөлімінің бас маманы, 8 (7132) 55-19-04, d.kaliyev@aktobe-sport.gov.kz",
          person("Қалиев Дәурен Асқарұлы", "спорт бөлімінің бас маманы", "d.kaliyev@aktobe-sport.gov.kz", "8 (7132) 55-19-04")),
         ("00901011", "Спорттық-бұқаралық іс-шараларды өткізу үшін спорт құрылыстарын аттестаттау",
          "«Спорттық-бұқаралық іс-шараларды өткізу үшін спорт құрылыстарын аттестаттау» мемлекеттік көрсетілетін қызмет қағидалары, ҚР Туризм және спорт министрінің 2025 жылғы 16 желтоқсандағы № 290 бұйрығымен бекітілген",
          "Нұрмағамбетова Әсел Бақытқызы, спорт инфрақұрылымы бөлімінің басшысы, 8 (7132) 55-19-12, a.nurmagambetova@aktobe-sport.gov.kz",
          person("Нұрмағамбетова Әсел Бақытқызы", "спорт инфрақұрылымы бөлімінің басшысы", "a.nurmagambetova@aktobe-sport.gov.kz", "8 (7132) 55-19-12"))]
    web = "www.gov.kz/memleket/entities/aktobe-sport"
    out = ["Р/с\tТізілімдегі нөмірі\tАтауы\tСтандарт\tРегламент\tНҚА өзгерістері\tИнтернет-ресурс\tЖауапты тұлға",
           "1\t2\t3\t4\t5\t6\t7\t8"]
    for i, (r, n, st, c8, _) in enumerate(s, 1):
        out.append("\t".join([str(i), r, n, st, "", "", web, c8]))
    body = ("Сәлеметсіз бе!\n\n"
            "Ақтөбе облысының дене шынықтыру және спорт басқармасы ЕКЦ-2026/0788 сұрау салуына 1-қосымша бойынша "
            "мәліметтерді ұсынады (кесте Excel-ден көшірілді):\n\n"
            + "\n".join(out) +
            "\n\nОрындаған: Қалиев Дәурен Асқарұлы\n2026 жылғы 24 қыркүйек\n\n"
            "Басқарма басшысының орынбасары Р. Тәжібаев\n")
    part = textpart(body, charset="utf-8", cte="base64")
    data = message(("Қалиев Дәурен", "d.kaliyev@aktobe-sport.gov.kz"), EKC,
                   "ЕКЦ-2026/0788 жауап", when(2026, 9, 24, 10, 17), part,
                   msgid="20260924101702.3311@aktobe-sport.gov.kz")
    key = [{"part": "body", "kind": "appendix1_form", "language": "kk",
            "services": [svc(r, n, st, None, None, web, p) for r, n, st, _, p in s],
            "executor": {"full_name": "Қалиев Дәурен Асқарұлы", "date": "2026-09-24"}}]
    c = ctx("Ақтөбе облысының дене шынықтыру және спорт басқармасы", "sport@aktobe.gov.kz", "070140011806",
            [(r, n) for r, n, *_ in s], "information",
            ("ЕКЦ-2026/0788", "2026-09-17", "1-қосымша бойынша ақпарат ұсыну туралы"),
            "store Appendix 1 data for two sport services")
    save(name, data, key, c, lang="kk", fmt="eml (text/plain utf-8 base64, tab-separated table)",
         hard="Kazakh tab-separated table with empty cells between tabs, column-number row, date in Kazakh words without label")


# ============================================================================= responsible_change

def rc_key(part, lang, resp, prev, eff, regs):
    d = {"part": part, "kind": "responsible_change"}
    if lang:
        d["language"] = lang
    d["responsible"] = resp
    d["previous_responsible"] = prev
    if eff != "?":
        d["effective_date"] = eff
    d["services"] = [{"registry_number": r} for r in regs]
    return d


@doc
def r01():
    name = "gul-16-moa-vet-appoint.eml"
    body = ("Единый контакт-центр\n\n"
            "На письмо № ЕКЦ-2027/0051 от 19.01.2027\n\n"
            "Комитет ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан "
            "сообщает, что ответственным лицом за представление информации в Единый контакт-центр и проведение "
            "обучения по государственным услугам № 00907011 «Выдача разрешения на экспорт, импорт и транзит "
            "перемещаемых (перевозимых) объектов» и № 00907014 «Аттестация физических лиц на право проведения "
            "ветеринарно-санитарной экспертизы» назначена Сейткалиева Айгерим Болатовна, главный эксперт "
            "Управления ветеринарной безопасности.\n\n"
            "Контакты: +7 (7172) 55-63-90, a.seitkaliyeva@moa.gov.kz\n\n"
            "Заместитель председателя\n"
            "Комитета ветеринарного контроля и надзора                    А. Жусупов\n\n"
            "Исп.: Сейткалиева А.Б.\n")
    part = textpart(body, charset="utf-8", cte="base64")
    data = message(("Комитет ветеринарного контроля и надзора МСХ РК", "kvkn@moa.gov.kz"), EKC,
                   "О назначении ответственного лица (на № ЕКЦ-2027/0051)", when(2027, 1, 21, 16, 40), part,
                   msgid="20270121164011.7722.kvkn@moa.gov.kz")
    key = [rc_key("body", "ru", person("Сейткалиева Айгерим Болатовна", "главный эксперт Управления ветеринарной безопасности",
                                       "a.seitkaliyeva@moa.gov.kz", "+7 (7172) 55-63-90"), None, None,
                  ["00907011", "00907014"])]
    c = ctx("Комитет ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан",
            "kvkn@moa.gov.kz", "040940005521",
            [("00907011", "Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов"),
             ("00907014", "Аттестация физических лиц на право проведения ветеринарно-санитарной экспертизы")],
            "appointment", ("ЕКЦ-2027/0051", "2027-01-19", "О назначении ответственного лица и представлении информации"),
            "record Сейткалиева А.Б. as the responsible person for both services and wait for the Appendix 1 data")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain utf-8 base64)",
         hard="appointment in nominative, contacts on a separate line, an 'Исп.' line with initials after the signature")


@doc
def r02():
    name = "gul-17-karasai-appoint.txt"
    text = ("АППАРАТ АКИМА КАРАСАЙСКОГО РАЙОНА АЛМАТИНСКОЙ ОБЛАСТИ\n"
            "г. Каскелен, ул. Абылай хана, 165\n"
            "№ 02-17/318 от 09.02.2027\n\n"
            "Единый контакт-центр\n\n"
            "Аппарат акима Карасайского района, рассмотрев Ваше письмо от 03.02.2027 № ЕКЦ-2027/0094 "
            "о назначении ответственного лица, сообщает следующее.\n\n"
            "Распоряжением акима района от 08.02.2027 № 41-р обязанности по представлению в Единый контакт-центр "
            "информации о государственной услуге «Выдача справки о наличии личного подсобного хозяйства» "
            "(реестровый № 00301007) и по проведению обучения сотрудников контакт-центра возложены на главного "
            "специалиста отдела государственных услуг Ким Елену Викторовну.\n\n"
            "Телефон: 8 (72771) 2-14-63\n"
            "Эл. почта: e.kim@karasai.gov.kz\n\n"
            "Руководитель аппарата акима района                     М. Турсынбеков\n")
    data = txt(text, "cp1251", crlf=True)
    key = [rc_key(name, "ru", {"full_name": "Ким Елена Викторовна", "email": "e.kim@karasai.gov.kz",
                               "phone": "8 (72771) 2-14-63"}, None, "?", ["00301007"])]
    c = ctx("ГУ «Аппарат акима Карасайского района Алматинской области»", "kense@karasai.gov.kz", "990240007613",
            [("00301007", "Выдача справки о наличии личного подсобного хозяйства")], "appointment",
            ("ЕКЦ-2027/0094", "2027-02-03", "О назначении ответственного лица"),
            "record Ким Е.В. as the responsible person for 00301007")
    save(name, data, key, c, lang="ru", fmt="txt (windows-1251, CRLF)",
         hard="name and position in the accusative after 'возложены на' (Ким is indeclinable), position left out of the key")


@doc
def r03():
    name = "gul-18-ekibastuz-bilim.docx"
    data = docx_bytes([
        ("c", "ЕКІБАСТҰЗ ҚАЛАСЫ ӘКІМДІГІНІҢ БІЛІМ БӨЛІМІ"),
        "Екібастұз қ., Мәшһүр Жүсіп к-сі, 91",
        "2027 жылғы 15 ақпандағы № 04-08/226",
        ("r", "Бірыңғай байланыс орталығына"),
        "2027 жылғы 10 ақпандағы № ЕКЦ-2027/0117 хатқа",
        "Екібастұз қаласы әкімдігінің білім бөлімі «Негізгі орта, жалпы орта білім беру ұйымдарында экстернат "
        "нысанында оқытуға рұқсат беру» (№ 00110214) және «Бастауыш, негізгі орта, жалпы орта білім беру "
        "ұйымдарына құжаттар қабылдау және оқуға қабылдау» (№ 00110219) мемлекеттік көрсетілетін қызметтері "
        "бойынша Бірыңғай байланыс орталығына ақпарат беру және оқыту жүргізу жауапкершілігі бөлімнің бас маманы "
        "Нұрланов Ерболат Маратұлына жүктелгенін хабарлайды.",
        "Байланыс телефоны: 8 (7187) 75-42-16, электрондық пошта: e.nurlanov@ekibastuz-bilim.gov.kz.",
        "",
        "Бөлім басшысы                                        А. Смағұлова",
        "",
        ("i", "Орынд.: Нұрланов Е.М."),
    ])
    key = [rc_key(name, "kk", person("Нұрланов Ерболат Маратұлы", "бөлімнің бас маманы",
                                     "e.nurlanov@ekibastuz-bilim.gov.kz", "8 (7187) 75-42-16"), None, None,
                  ["00110214", "00110219"])]
    c = ctx("Екібастұз қаласы әкімдігінің білім бөлімі", "bilim@ekibastuz.gov.kz", "990540002817",
            [("00110214", "Негізгі орта, жалпы орта білім беру ұйымдарында экстернат нысанында оқытуға рұқсат беру"),
             ("00110219", "Бастауыш, негізгі орта, жалпы орта білім беру ұйымдарына құжаттар қабылдау және оқуға қабылдау")],
            "appointment", ("ЕКЦ-2027/0117", "2027-02-10", "Жауапты тұлғаны тағайындау туралы"),
            "record Нұрланов Е.М. as the responsible person for both education services")
    save(name, data, key, c, lang="kk", fmt="docx",
         hard="Kazakh dative on the patronymic ('Маратұлына жүктелген'), the whole appointment in one long sentence")


@doc
def r04():
    name = "gul-19-akmola-biz-appoint.eml"
    html = """<div dir="ltr"><div style="font-family:arial,sans-serif;font-size:small">
<p>Құрметті әріптестер!</p>
<p>Ақмола облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы 2027 жылғы 1 наурыздағы
№ ЕКЦ-2027/0163 хатыңызға жауап ретінде «Индустриялық-инновациялық қызмет субъектілеріне мемлекеттік қолдау
шараларын ұсыну» (№ 01501009) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға болып
Оспанова Динара Асхатовна тағайындалғанын хабарлайды.</p>
<hr>
<p>Уважаемые коллеги!</p>
<p>В ответ на Ваше письмо от 01.03.2027 № ЕКЦ-2027/0163 сообщаем, что обязанности ответственного лица по
государственной услуге № 01501009 «Предоставление мер государственной поддержки субъектам
индустриально-инновационной деятельности» возложены на Оспанову Динару Асхатовну.</p>
<table style="font-size:small">
<tr><td>Должность:</td><td>главный специалист отдела индустриального развития</td></tr>
<tr><td>Тел.:</td><td>8 (7162) 29-71-43</td></tr>
<tr><td>E-mail:</td><td><a href="mailto:D.Ospanova@akmola-biz.gov.kz">D.Ospanova@akmola-biz.gov.kz</a></td></tr>
</table>
<p>Басшының орынбасары / Заместитель руководителя<br>Қ. Ермағанбетов</p>
</div></div>
"""
    part = textpart(html, subtype="html", charset="utf-8", cte="quoted-printable")
    data = message(("Akmola biz", "kense@akmola-biz.gov.kz"), EKC,
                   "Жауапты тұлға / Ответственное лицо (ЕКЦ-2027/0163)", when(2027, 3, 4, 12, 8), part,
                   msgid="CAF3qA9pLz7+Vd1nH0eXw2kQ5mR8tYc4bJ6uE@mail.gmail.com")
    key = [rc_key("body", None, person("Оспанова Динара Асхатовна", "главный специалист отдела индустриального развития",
                                       "d.ospanova@akmola-biz.gov.kz", "8 (7162) 29-71-43"), None, None, ["01501009"])]
    c = ctx("ГУ «Управление предпринимательства и индустриально-инновационного развития Акмолинской области»",
            "kense@akmola-biz.gov.kz", "990140004275",
            [("01501009", "Предоставление мер государственной поддержки субъектам индустриально-инновационной деятельности")],
            "appointment", ("ЕКЦ-2027/0163", "2027-03-01", "О назначении ответственного лица"),
            "record Оспанова Д.А. as the responsible person for 01501009")
    save(name, data, key, c, lang="bilingual (kk then ru)", fmt="eml (HTML only, utf-8 quoted-printable, webmail)",
         hard="same appointment said twice: Kazakh nominative and Russian accusative; contacts in a small label table; e-mail in mixed case")


@doc
def r05():
    name = "gul-20-kyzylorda-appoint.pdf"
    data = pdf_bytes([
        ("c", "ГУ «ОТДЕЛ ПРЕДПРИНИМАТЕЛЬСТВА И СЕЛЬСКОГО ХОЗЯЙСТВА ГОРОДА КЫЗЫЛОРДЫ»"),
        ("c", "120014, г. Кызылорда, ул. Желтоксан, 12, тел. 8 (7242) 23-60-00"),
        ("sp", 10),
        "Исх. № 07-312 от 12.03.2027",
        ("r", "Руководителю Единого\nконтакт-центра"),
        ("sp", 10),
        "Во исполнение пункта 5 Правил взаимодействия Единого контакт-центра и на Ваш запрос № ЕКЦ-2027/0178 "
        "от 05.03.2027 сообщаем, что с 16 марта 2027 года ответственным лицом за представление информации "
        "и проведение обучения по государственной услуге «Субсидирование стоимости удобрений (за исключением "
        "органических)» (№ 00301044) назначен руководитель сектора Абенов Тимур, тел. 8 (7242) 23-61-05, "
        "адрес электронной почты t.abenov@kyzylorda-kasipker.gov.kz.",
        ("sp", 6),
        "Информация по форме приложения 1 будет представлена ответственным лицом в установленный срок.",
        ("sp", 20),
        "Руководитель отдела                                                    Н. Жанабергенов",
    ])
    key = [rc_key(name, "ru", person("Абенов Тимур", "руководитель сектора", "t.abenov@kyzylorda-kasipker.gov.kz",
                                     "8 (7242) 23-61-05"), None, "2027-03-16", ["00301044"])]
    c = ctx("ГУ «Отдел предпринимательства и сельского хозяйства города Кызылорды»", "kasipker@kyzylorda.gov.kz",
            "140340019902", [("00301044", "Субсидирование стоимости удобрений (за исключением органических)")],
            "appointment", ("ЕКЦ-2027/0178", "2027-03-05", "Запрос о назначении ответственного лица"),
            "record Абенов Т. as the responsible person for 00301044 from 2027-03-16")
    save(name, data, key, c, lang="ru", fmt="pdf (text layer)",
         hard="responsible without patronymic, start date in words, mention of the form still to come")


@doc
def r06():
    name = "gul-21-zko-tabigat-appoint.eml"
    body = ("Добрый день.\n\n"
            "Ответственным лицом по государственным услугам 01003015 и 01003019 назначен Мухамбетов Руслан "
            "Ерикович, главный специалист отдела лесного хозяйства и животного мира, тел. 8 (7112) 50-37-26, "
            "r.mukhambetov@zko-tabigat.gov.kz.\n"
            "Приказ руководителя управления от 17.03.2027 N 52-к.\n\n"
            "С уважением,\n"
            "Канцелярия ГУ \"Управление природных ресурсов и регулирования природопользования ЗКО\"\n\n"
            "-----Original Message-----\n"
            "From: Единый контакт-центр [mailto:info@ekc.gov.kz]\n"
            "Sent: Monday, March 15, 2027 9:12 AM\n"
            "To: kense@zko-tabigat.gov.kz\n"
            "Subject: ЕКЦ-2027/0190 О назначении ответственного лица\n\n"
            "> Уважаемые коллеги!\n"
            "> В соответствии с пунктом 5 Правил взаимодействия просим в течение трех рабочих дней назначить\n"
            "> ответственное лицо за представление информации по государственным услугам:\n"
            ">  - 01003015 \"Выдача лесорубочного и лесного билета\";\n"
            ">  - 01003019 \"Выдача разрешения на пользование животным миром\"\n"
            "> и сообщить его фамилию, имя, отчество, должность и контактные данные.\n"
            "> Ответственный сотрудник ЕКЦ: Абдрахманова Жанна Ерлановна, тел. 8 (7172) 91-00-15.\n")
    part = textpart(body, charset="koi8-r", cte="8bit")
    data = message(("Kanc UPR ZKO", "kense@zko-tabigat.gov.kz"), EKC,
                   "RE: ЕКЦ-2027/0190 О назначении ответственного лица", when(2027, 3, 17, 18, 3), part,
                   msgid="003801dd1f2a$8b1a6f40$a14f4dc0$@zko-tabigat.gov.kz", charset="koi8-r",
                   extra=[("In-Reply-To", "<ekc-2027-0190@ekc.gov.kz>")])
    key = [rc_key("body", "ru", person("Мухамбетов Руслан Ерикович",
                                       "главный специалист отдела лесного хозяйства и животного мира",
                                       "r.mukhambetov@zko-tabigat.gov.kz", "8 (7112) 50-37-26"), None, None,
                  ["01003015", "01003019"])]
    c = ctx("ГУ «Управление природных ресурсов и регулирования природопользования Западно-Казахстанской области»",
            "kense@zko-tabigat.gov.kz", "990340007436",
            [("01003015", "Выдача лесорубочного и лесного билета"),
             ("01003019", "Выдача разрешения на пользование животным миром")],
            "appointment", ("ЕКЦ-2027/0190", "2027-03-15", "О назначении ответственного лица"),
            "record Мухамбетов Р.Е. as the responsible person for both services")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain koi8-r 8bit)",
         hard="name broken across a line, quoted request below names the centre's own employee with a phone")


@doc
def r07():
    name = "gul-22-mangystau-sanepid.eml"
    body = ("Руководителю Единого контакт-центра\n\n"
            "Исх. N 19-04/1127 от 26.03.2027\n\n"
            "Уведомление о замене ответственного лица\n\n"
            "Департамент санитарно-эпидемиологического контроля Мангистауской области уведомляет, что в связи "
            "с увольнением Жаксылыковой Гульнары Маратовны с 01.04.2027 ответственным лицом по государственным "
            "услугам 00502011 \"Выдача санитарно-эпидемиологического заключения\" и 00502016 \"Выдача разрешения "
            "на ввоз (вывоз) образцов клинического материала\" назначен Ибраев Данияр Кайратович - главный "
            "специалист отдела государственных услуг.\n\n"
            "Контактные данные: тел. 8 (7292) 30-88-14, моб. 8 777 214 90 36, e-mail: d.ibrayev@mangystau-sek.gov.kz\n\n"
            "Просим внести изменения в базу данных Единого контакт-центра.\n\n"
            "Руководитель департамента                       Т. Есенгулов\n")
    part = textpart(body, charset="windows-1251", cte="8bit")
    data = message(("ДСЭК Мангистауской области", "kense@mangystau-sek.gov.kz"), EKC,
                   "Уведомление о замене ответственного лица", when(2027, 3, 26, 11, 30), part,
                   msgid="20270326113012.1a2b3c@mangystau-sek.gov.kz", charset="windows-1251")
    key = [rc_key("body", "ru", {"full_name": "Ибраев Данияр Кайратович", "position": "главный специалист отдела государственных услуг",
                                 "email": "d.ibrayev@mangystau-sek.gov.kz"},
                  {"full_name": "Жаксылыкова Гульнара Маратовна"}, "2027-04-01", ["00502011", "00502016"])]
    c = ctx("РГУ «Департамент санитарно-эпидемиологического контроля Мангистауской области»",
            "kense@mangystau-sek.gov.kz", "201040014783",
            [("00502011", "Выдача санитарно-эпидемиологического заключения"),
             ("00502016", "Выдача разрешения на ввоз (вывоз) образцов клинического материала")],
            "consulting", None, "replace the responsible person for both services with Ибраев Д.К. from 2027-04-01")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain windows-1251 8bit)",
         hard="previous person in the genitive ('в связи с увольнением Жаксылыковой'), two phones (phone left out of the key), unsolicited notice")


@doc
def r08():
    name = "gul-23-karaganda-transport.txt"
    text = ("Қарағанды облысының жолаушылар көлігі және автомобиль жолдары басқармасы\n"
            "Шығ. № 3-12/874, 2027 жылғы 9 сәуір\n\n"
            "Мемлекеттік қызметтер көрсету мәселелері жөніндегі Бірыңғай байланыс орталығы\n\n"
            "Жауапты тұлғаның ауысуы туралы\n\n"
            "Мемлекеттік қызметтер көрсету мәселелері жөніндегі Бірыңғай байланыс орталығымен өзара іс-қимыл "
            "қағидаларының 7-тармағына сәйкес басқарма Бекова Айжан Тұрсынқызының басқа жұмысқа ауысуына "
            "байланысты 2027 жылғы 12 сәуірден бастап «Автомобиль жолдарының бөлінген белдеуі шегінде жол бойындағы "
            "жарнаманы орналастыруға рұқсат беру» (тізілімдегі № 00302052) мемлекеттік көрсетілетін қызметі бойынша "
            "жауапты тұлға болып жол шаруашылығы бөлімінің бас маманы Серікбаев Нұржан Қанатұлы тағайындалғанын "
            "хабарлайды.\n\n"
            "Тел.: 8 (7212) 41-73-09\n"
            "E-mail: n.serikbayev@krg-zholdar.gov.kz\n\n"
            "Басқарма басшысы                                  Д. Оспанов\n")
    data = txt(text, "utf-8-sig", crlf=True)
    key = [rc_key(name, "kk", person("Серікбаев Нұржан Қанатұлы", "жол шаруашылығы бөлімінің бас маманы",
                                     "n.serikbayev@krg-zholdar.gov.kz", "8 (7212) 41-73-09"),
                  {"full_name": "Бекова Айжан Тұрсынқызы"}, "2027-04-12", ["00302052"])]
    c = ctx("Қарағанды облысының жолаушылар көлігі және автомобиль жолдары басқармасы", "zholdar@karaganda.gov.kz",
            "990140002947",
            [("00302052", "Автомобиль жолдарының бөлінген белдеуі шегінде жол бойындағы жарнаманы орналастыруға рұқсат беру")],
            "protocol", None, "replace the responsible person for 00302052 with Серікбаев Н.Қ. from 2027-04-12; training still pending")
    save(name, data, key, c, lang="kk", fmt="txt (UTF-8 with BOM, CRLF)",
         hard="previous person in the Kazakh genitive ('Тұрсынқызының'), start date 'жылғы 12 сәуірден бастап'")


@doc
def r09():
    name = "gul-24-mp-children.docx"
    data = docx_bytes([
        ("c", "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН\nКОМИТЕТ ПО ОХРАНЕ ПРАВ ДЕТЕЙ"),
        "г. Астана, пр. Мәңгілік Ел, 8                                         № 11-3/2280 от 16.04.2027",
        ("r", "Единый контакт-центр по вопросам\nоказания государственных услуг"),
        ("b", "О замене ответственного лица"),
        "Комитет по охране прав детей сообщает, что в связи с переводом Смагулова Аскара Нурлановича на другую "
        "должность функции лица, ответственного за взаимодействие с Единым контакт-центром по государственным "
        "услугам, оказываемым Комитетом, с 20 апреля 2027 года переданы Тулегеновой Алие Сабитовне.",
        "Перечень государственных услуг:",
        ("t", [["№", "Реестровый номер", "Наименование"],
               ["1", "01102031", "Установление опеки или попечительства над ребенком-сиротой (детьми-сиротами) и ребенком (детьми), оставшимся без попечения родителей"],
               ["2", "01102035", "Выдача справок для распоряжения имуществом несовершеннолетних"],
               ["3", "01102038", "Постановка на учет лиц, желающих усыновить детей"]], {"bold_rows": 1}),
        "Контактные данные нового ответственного лица:",
        "Тулегенова Алия Сабитовна — главный эксперт Управления по вопросам усыновления и опеки, "
        "тел. +7 (7172) 74-29-51, a.tulegenova@edu.gov.kz",
        "",
        "Председатель Комитета                                          Г. Альмуханова",
    ])
    key = [rc_key(name, "ru", person("Тулегенова Алия Сабитовна", "главный эксперт Управления по вопросам усыновления и опеки",
                                     "a.tulegenova@edu.gov.kz", "+7 (7172) 74-29-51"),
                  {"full_name": "Смагулов Аскар Нурланович"}, "2027-04-20", ["01102031", "01102035", "01102038"])]
    c = ctx("Комитет по охране прав детей Министерства просвещения Республики Казахстан", "kopd@edu.gov.kz",
            "170940031542",
            [("01102031", "Установление опеки или попечительства над ребенком-сиротой (детьми-сиротами) и ребенком (детьми), оставшимся без попечения родителей"),
             ("01102035", "Выдача справок для распоряжения имуществом несовершеннолетних"),
             ("01102038", "Постановка на учет лиц, желающих усыновить детей")],
            "consulting", None, "replace the responsible person for three services with Тулегенова А.С. from 2027-04-20")
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="new person first in the dative ('переданы Тулегеновой Алие Сабитовне'), previous in the genitive, services in a table")


@doc
def r10():
    name = "gul-25-almaty-arch.eml"
    plain = ("Уважаемые коллеги!\n\n"
             "Сообщаем, что с 04.05.2027 ответственным за взаимодействие с ЕКЦ по государственной услуге 00202055 "
             "«Выдача разрешения на производство строительно-монтажных работ» является Мусина Алия Ержановна, "
             "заместитель руководителя отдела разрешительных документов (ранее — Петренко Ольга Сергеевна).\n"
             "Тел.: 8 (727) 271-66-38\nE-mail: a.musina@almaty-uag.gov.kz\n\n"
             "С уважением,\nМусина А.Е.\nУправление архитектуры и градостроительства города Алматы\n\n"
             "________________________________\n"
             "Данное сообщение и любые вложения предназначены исключительно для адресата. Если вы получили его по "
             "ошибке, уведомите отправителя и удалите сообщение. / Бұл хат тек адресатқа арналған.\n")
    html = ("<html><body><p>Уважаемые коллеги!</p>"
            "<p>Сообщаем, что с <b>04.05.2027</b> ответственным за взаимодействие с ЕКЦ по государственной услуге 00202055 "
            "«Выдача разрешения на производство строительно-монтажных работ» является <b>Мусина Алия Ержановна</b>, "
            "заместитель руководителя отдела разрешительных документов (ранее — Петренко Ольга Сергеевна).<br>"
            "Тел.: 8 (727) 271-66-38<br>E-mail: <a href=\"mailto:a.musina@almaty-uag.gov.kz\">a.musina@almaty-uag.gov.kz</a></p>"
            "<p>С уважением,<br>Мусина А.Е.<br>Управление архитектуры и градостроительства города Алматы</p>"
            "<hr><p style=\"font-size:8pt;color:#888\">Данное сообщение и любые вложения предназначены исключительно для "
            "адресата. Если вы получили его по ошибке, уведомите отправителя и удалите сообщение. / Бұл хат тек "
            "адресатқа арналған.</p></body></html>")
    part = multipart("alternative", [textpart(plain, charset="utf-8", cte="quoted-printable"),
                                     textpart(html, subtype="html", charset="utf-8", cte="quoted-printable")],
                     "_000_AM0PR04MB6547E1D2_")
    data = message(("Мусина Алия Ержановна", "a.musina@almaty-uag.gov.kz"), EKC,
                   "Смена ответственного по услуге 00202055", when(2027, 5, 4, 9, 15), part,
                   msgid="AM0PR04MB6547E1D2A0C4F98B7D331E12B8722@AM0PR04MB6547.eurprd04.prod.outlook.com")
    key = [rc_key("body", "ru", person("Мусина Алия Ержановна", "заместитель руководителя отдела разрешительных документов",
                                       "a.musina@almaty-uag.gov.kz", "8 (727) 271-66-38"),
                  {"full_name": "Петренко Ольга Сергеевна"}, "2027-05-04", ["00202055"])]
    c = ctx("КГУ «Управление архитектуры и градостроительства города Алматы»", "uag@almaty.gov.kz", "070240018355",
            [("00202055", "Выдача разрешения на производство строительно-монтажных работ")], "consulting", None,
            "replace the responsible person for 00202055 with Мусина А.Е. from 2027-05-04")
    save(name, data, key, c, lang="ru", fmt="eml (multipart/alternative, utf-8 quoted-printable)",
         hard="previous person only in parentheses after 'ранее —', bilingual disclaimer, new person is the sender")


@doc
def r11():
    name = "gul-26-vko-health.txt"
    text = ("Шығыс Қазақстан облысының денсаулық сақтау басқармасы\n"
            "Управление здравоохранения Восточно-Казахстанской области\n"
            "№ 08-2/1964   19.05.2027\n\n"
            "Бірыңғай байланыс орталығына\n"
            "Единому контакт-центру\n\n"
            "Басқарма «Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту» (№ 00501008) "
            "мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға Касымов Ерлан Бековичтің орнына 2027 жылғы "
            "24 мамырдан бастап Жанатова Сабина Ерлановна тағайындалғанын хабарлайды.\n\n"
            "Управление сообщает, что по государственной услуге «Прикрепление к медицинской организации, оказывающей "
            "первичную медико-санитарную помощь» (№ 00501008) вместо Касымова Ерлана Бековича с 24 мая 2027 года "
            "ответственным лицом назначена Жанатова Сабина Ерлановна.\n\n"
            "Жанатова Сабина Ерлановна — МСАК бөлімінің бас маманы / главный специалист отдела ПМСП\n"
            "тел. 8 (7232) 24-15-70, s.zhanatova@vko-densaulyk.gov.kz\n\n"
            "Басшы / Руководитель                      М. Рахимжанов\n")
    data = txt(text, "utf-16", crlf=True)
    key = [rc_key(name, None, {"full_name": "Жанатова Сабина Ерлановна", "email": "s.zhanatova@vko-densaulyk.gov.kz",
                               "phone": "8 (7232) 24-15-70"},
                  {"full_name": "Касымов Ерлан Бекович"}, "2027-05-24", ["00501008"])]
    c = ctx("ГУ «Управление здравоохранения Восточно-Казахстанской области»", "densaulyk@vko.gov.kz", "990740003651",
            [("00501008", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")],
            "consulting", None, "replace the responsible person for 00501008 with Жанатова С.Е. from 2027-05-24")
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="txt (UTF-16 LE with BOM, CRLF)",
         hard="the notice given twice (Kazakh genitive '-тің орнына', Russian 'вместо Касымова'), bilingual position (left out of the key)")


@doc
def r12():
    name = "gul-27-zags-iphone.eml"
    body = ("Коллеги, добрый день.\n"
            "С сегодняшнего дня (10.05.2027) по услугам 00601003 и 00601005 вместо меня ответственная — "
            "Ахметова Камила Руслановна, ведущий специалист отдела регистрации актов гражданского состояния, "
            "8 701 555 20 47, k.akhmetova@shymkent-akhat.gov.kz. Я перехожу в другой отдел.\n"
            "Все материалы ей передал.\n\n"
            "Мамыров Данияр\n\n"
            "Отправлено с iPhone\n")
    part = textpart(body, charset="utf-8", cte="8bit", label=None)
    data = message(("Данияр Мамыров", "d.mamyrov@shymkent-akhat.gov.kz"), EKC,
                   "ответственный по ЗАГС", when(2027, 5, 10, 8, 47), part,
                   msgid="8D2F4C1A-77B3-4E0E-9C5D-2B1E6F0A9C33@shymkent-akhat.gov.kz",
                   extra=[("X-Mailer", "iPhone Mail (21F90)")])
    key = [rc_key("body", "ru", person("Ахметова Камила Руслановна",
                                       "ведущий специалист отдела регистрации актов гражданского состояния",
                                       "k.akhmetova@shymkent-akhat.gov.kz", "8 701 555 20 47"),
                  {"full_name": "Мамыров Данияр"}, "2027-05-10", ["00601003", "00601005"])]
    c = ctx("ГУ «Отдел регистрации актов гражданского состояния города Шымкент»", "akhat@shymkent.gov.kz", "180140012276",
            [("00601003", "Государственная регистрация рождения ребенка"),
             ("00601005", "Государственная регистрация заключения брака (супружества)")],
            "consulting", None, "replace the responsible person for two civil-registry services with Ахметова К.Р.")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain utf-8 8bit, no charset label)",
         hard="no charset parameter on an 8-bit UTF-8 body, previous person is the sender ('вместо меня'), date given as 'с сегодняшнего дня (10.05.2027)'")


# ============================================================================= refusal

def rf_key(part, lang, reason, ground, regs):
    d = {"part": part, "kind": "refusal"}
    if lang:
        d["language"] = lang
    d["refusal_reason"] = reason
    d["refusal_ground"] = ground
    d["services"] = [{"registry_number": r} for r in regs]
    return d


@doc
def x01():
    name = "gul-28-mod-secret.eml"
    reason = ("Сведения о дислокации воинских частей и их условных наименованиях в соответствии с Законом "
              "Республики Казахстан «О государственных секретах» отнесены к государственным секретам")
    body = ("Министерство обороны Республики Казахстан\n"
            "Департамент по работе с обращениями\n"
            "№ 21/4-1180 от 02.02.2027\n\n"
            "Единый контакт-центр\n"
            "на № ЕКЦ-2027/0079 от 27.01.2027\n\n"
            "По Вашему запросу о представлении перечня воинских частей, выдающих справки по государственной услуге "
            "«Выдача справки о прохождении воинской службы» (№ 00801006), с указанием их адресов и телефонов "
            "сообщаем следующее.\n\n"
            + reason + ", в связи с чем указанный перечень не может быть направлен в Единый контакт-центр.\n\n"
            "Для консультирования услугополучателей рекомендуем руководствоваться информацией, размещенной на "
            "портале «электронного правительства»: справка выдается через Государственную корпорацию "
            "«Правительство для граждан» и портал, обращение непосредственно в воинскую часть не требуется.\n\n"
            "Директор департамента\n"
            "полковник                                        Е. Бейсенов\n")
    part = textpart(body, charset="windows-1251", cte="quoted-printable", label="iso-8859-1")
    data = message(("МО РК ДРО", "dro@mod.gov.kz"), EKC, "Ответ на запрос ЕКЦ-2027/0079", when(2027, 2, 2, 17, 5), part,
                   msgid="20270202170533.118@mod.gov.kz", charset="windows-1251")
    key = [rf_key("body", "ru", reason, "state_secret", ["00801006"])]
    c = ctx("Министерство обороны Республики Казахстан", "kanc@mod.gov.kz", "990340001288",
            [("00801006", "Выдача справки о прохождении воинской службы")], "additional_answer",
            ("ЕКЦ-2027/0079", "2027-01-27", "О представлении дополнительной информации"),
            "close the additional-information request as lawfully declined (state secret)")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain windows-1251 quoted-printable labelled iso-8859-1)",
         hard="wrong charset label (cp1251 bytes declared iso-8859-1); no word 'отказ'; the reason is a statement of classification followed by 'в связи с чем ... не может быть направлен', then helpful advice")


@doc
def x02():
    name = "gul-29-kuis-kk.docx"
    reason = ("қылмыстық-атқару жүйесі мекемелерінің күзет және қадағалау тәртібі туралы мәліметтер "
              "мемлекеттік құпияларға жатқызылған")
    data = docx_bytes([
        ("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ІШКІ ІСТЕР МИНИСТРЛІГІ\nҚЫЛМЫСТЫҚ-АТҚАРУ ЖҮЙЕСІ КОМИТЕТІ"),
        "Астана қ., Тәуелсіздік даңғылы, 1               2027 жылғы 18 ақпан № 6-2/905",
        ("r", "Бірыңғай байланыс орталығы"),
        "Сіздің 2027 жылғы 11 ақпандағы № ЕКЦ-2027/0122 хатыңызды қарап, Комитет мынаны хабарлайды.",
        "«Сотталғандарға ұзақ мерзімді кездесулер беру» (№ 00804012) мемлекеттік көрсетілетін қызметі бойынша "
        "сұратылған мекемелердің кіру-шығу режимі мен күзет бекеттерінің орналасуы туралы ақпаратты ұсыну мүмкін "
        "емес, себебі " + reason + ".",
        "Көрсетілетін қызметті алушыларға кеңес беру үшін қызмет қағидаларында көзделген ақпарат жеткілікті деп "
        "санаймыз.",
        "",
        "Комитет төрағасының орынбасары                                Б. Сұлтанов",
        ("i", "Орынд.: Ержанова Г.Қ., 8 (7172) 71-54-08"),
    ])
    key = [rf_key(name, "kk", reason, "state_secret", ["00804012"])]
    c = ctx("Қазақстан Республикасы Ішкі істер министрлігінің Қылмыстық-атқару жүйесі комитеті", "kuis@mvd.gov.kz",
            "020540004162", [("00804012", "Сотталғандарға ұзақ мерзімді кездесулер беру")], "additional_answer",
            ("ЕКЦ-2027/0122", "2027-02-11", "Қосымша ақпарат беру туралы"),
            "close the additional-information request as lawfully declined (state secret)")
    save(name, data, key, c, lang="kk", fmt="docx",
         hard="Kazakh refusal 'ұсыну мүмкін емес, себебі ...' with no word for refusal")


@doc
def x03():
    name = "gul-30-kremzk-pavlodar.pdf"
    reason = ("данные о структуре затрат, включаемых в тариф ТОО «Павлодар Жылу Сервис», составляют "
              "коммерческую тайну субъекта естественной монополии")
    data = pdf_bytes([
        ("c", "Қазақстан Республикасы Ұлттық экономика министрлігі Табиғи монополияларды реттеу комитетінің "
              "Павлодар облысы бойынша департаменті"),
        ("c", "Департамент Комитета по регулированию естественных монополий Министерства национальной экономики "
              "Республики Казахстан по Павлодарской области"),
        ("sp", 8),
        "140000, г. Павлодар, ул. Академика Сатпаева, 49                    № ПВ-04/1533 от 04.03.2027",
        ("sp", 8),
        ("r", "Единый контакт-центр"),
        ("sp", 8),
        "Рассмотрев запрос Единого контакт-центра от 25.02.2027 № ЕКЦ-2027/0148 о представлении расшифровки "
        "тарифной сметы на услуги по передаче тепловой энергии в рамках консультирования по государственной "
        "услуге «Утверждение тарифа (цены, ставки сбора) на регулируемые услуги субъектов естественных монополий» "
        "(№ 01601003), Департамент сообщает.",
        ("sp", 4),
        "Расшифровка тарифной сметы представлена субъектом с отметкой о конфиденциальности: " + reason + ". "
        "На основании подпункта 1) пункта 11 Правил взаимодействия Единого контакт-центра указанная информация "
        "Департаментом не представляется.",
        ("sp", 4),
        "Утвержденные тарифы и тарифные сметы в объеме, подлежащем опубликованию, размещены на интернет-ресурсе "
        "Комитета.",
        ("sp", 18),
        "Руководитель департамента                                           А. Шайхисламов",
        ("sp", 10),
        "Исп. Кудайбергенова С., 8 (7182) 53-22-71",
    ])
    key = [rf_key(name, "ru", reason, "commercial_secret", ["01601003"])]
    c = ctx("Департамент Комитета по регулированию естественных монополий Министерства национальной экономики Республики Казахстан по Павлодарской области",
            "pavlodar@kremzk.gov.kz", "040640012381",
            [("01601003", "Утверждение тарифа (цены, ставки сбора) на регулируемые услуги субъектов естественных монополий")],
            "additional_answer", ("ЕКЦ-2027/0148", "2027-02-25", "О представлении дополнительной информации"),
            "close the additional-information request as lawfully declined (commercial secret)")
    save(name, data, key, c, lang="ru (kk/ru letterhead)", fmt="pdf (text layer)",
         hard="bilingual letterhead over a Russian letter, reason follows a colon, refusal said as 'не представляется' with a reference to p.11")


@doc
def x04():
    name = "gul-31-karaganda-bus.eml"
    reason = ("условия договоров с перевозчиками в части доходности маршрутов являются коммерческой тайной "
              "перевозчиков, согласия на раскрытие которой они не дали")
    html = ("<html><head><meta charset=\"utf-8\"></head><body>"
            "<p style=\"font-family:'Times New Roman';font-size:14px\">Единый контакт-центр</p>"
            "<p style=\"font-family:'Times New Roman';font-size:14px\">На Ваш запрос № ЕКЦ-2027/0201 от 22.03.2027 "
            "о представлении сведений о доходности регулярных автобусных маршрутов по государственной услуге "
            "«Выдача свидетельства на право регулярных пассажирских перевозок по городским маршрутам» (№ 00302061) "
            "сообщаем, что " + reason + ".</p>"
            "<p style=\"font-family:'Times New Roman';font-size:14px\">Сведения о перечне маршрутов, перевозчиках и "
            "тарифах на проезд размещены в открытом доступе на сайте отдела.</p>"
            "<p style=\"font-family:'Times New Roman';font-size:14px\">Руководитель отдела&nbsp;&nbsp;&nbsp;&nbsp;"
            "&nbsp;&nbsp;&nbsp;&nbsp;Ж. Кенжебеков</p>"
            "<p style=\"font-size:11px;color:gray\">Исп.: Шевченко А.В., тел. 8 (7212) 42-18-75</p></body></html>")
    part = textpart(html, subtype="html", charset="utf-8", cte="base64")
    data = message(("Отдел пассажирского транспорта г. Караганды", "opt@karaganda-city.gov.kz"), EKC,
                   "на ЕКЦ-2027/0201", when(2027, 3, 29, 10, 22), part,
                   msgid="d01b2a39f7e24c48a44f0c7d@karaganda-city.gov.kz")
    key = [rf_key("body", "ru", reason, "commercial_secret", ["00302061"])]
    c = ctx("ГУ «Отдел пассажирского транспорта и автомобильных дорог города Караганды»", "opt@karaganda-city.gov.kz",
            "070440007125",
            [("00302061", "Выдача свидетельства на право регулярных пассажирских перевозок по городским маршрутам")],
            "additional_answer", ("ЕКЦ-2027/0201", "2027-03-22", "О представлении дополнительной информации"),
            "close the additional-information request as lawfully declined (commercial secret)")
    save(name, data, key, c, lang="ru", fmt="eml (HTML only, utf-8 base64)",
         hard="refusal implied by 'сообщаем, что ... являются коммерческой тайной'; no refusal word at all")


@doc
def x05():
    name = "gul-32-ardfm-bank.txt"
    reason = "сведения об остатках и движении денег на банковских счетах клиента составляют банковскую тайну"
    text = ("АГЕНТСТВО РЕСПУБЛИКИ КАЗАХСТАН ПО РЕГУЛИРОВАНИЮ И РАЗВИТИЮ ФИНАНСОВОГО РЫНКА\n"
            "Департамент защиты прав потребителей финансовых услуг\n\n"
            "Исх. № 14-2-07/2240 от 06.04.2027\n\n"
            "Единый контакт-центр\n\n"
            "На запрос № ЕКЦ-2027/0219 от 31.03.2027\n\n"
            "Агентство рассмотрело запрос о представлении сведений по обращению услугополучателя (ИИН 8707********)\n"
            "о состоянии его текущего счета в АО \"Банк Сарыарка\" в рамках государственной услуги \"Рассмотрение\n"
            "обращений потребителей финансовых услуг\" (N 01801004).\n\n"
            "Согласно Закону Республики Казахстан \"О банках и банковской деятельности в Республике Казахстан\"\n"
            + reason + ", которая может быть раскрыта только самому клиенту либо по основаниям, прямо\n"
            "предусмотренным законом. Единый контакт-центр в их число не входит.\n\n"
            "Услугополучателю рекомендовано обратиться в банк лично либо через интернет-приложение банка.\n\n"
            "Директор департамента                                    С. Ким\n\n"
            "Исп. Абдуова Р.Т.\n"
            "тел. 8 (727) 288-31-62\n")
    data = txt(text, "cp866", crlf=True)
    key = [rf_key(name, "ru", reason, "protected_secret", ["01801004"])]
    c = ctx("Агентство Республики Казахстан по регулированию и развитию финансового рынка", "kanc@finreg.kz",
            "190740011420", [("01801004", "Рассмотрение обращений потребителей финансовых услуг")], "additional_answer",
            ("ЕКЦ-2027/0219", "2027-03-31", "О представлении сведений по обращению услугополучателя"),
            "close the additional-information request as lawfully declined (banking secret)")
    save(name, data, key, c, lang="ru", fmt="txt (cp866, CRLF, hard-wrapped lines)",
         hard="DOS code page, masked IIN, reason broken across lines and continued by a relative clause, 'N' instead of '№' in one place")


@doc
def x06():
    name = "gul-33-kostanay-tax.eml"
    reason = ("сведения о налоговых обязательствах и задолженности конкретного налогоплательщика являются "
              "налоговой тайной")
    plain = ("Добрый день!\n\n"
             "ДГД по Костанайской области на запрос ЕКЦ-2027/0236 от 07.04.2027.\n\n"
             "Информацию о наличии задолженности у ИП «Жанна-Маркет» по государственной услуге «Выдача справки об "
             "отсутствии (наличии) налоговой задолженности» (№ 00104031) направить не можем: " + reason +
             " и в соответствии с Налоговым кодексом Республики Казахстан предоставляются только самому "
             "налогоплательщику (его представителю).\n\n"
             "Налогоплательщик может получить справку самостоятельно через портал eGov или кабинет налогоплательщика.\n\n"
             "--\nЖумабаева Сауле\nглавный специалист отдела по работе с налогоплательщиками\nДГД по Костанайской области\n"
             "8 (7142) 90-14-83\n")
    html = ("<div>Добрый день!</div><div><br></div><div>ДГД по Костанайской области на запрос ЕКЦ-2027/0236 от "
            "07.04.2027.</div><div><br></div><div>Информацию о наличии задолженности у ИП «Жанна-Маркет» по "
            "государственной услуге «Выдача справки об отсутствии (наличии) налоговой задолженности» (№ 00104031) "
            "направить не можем: " + reason + " и в соответствии с Налоговым кодексом Республики Казахстан "
            "предоставляются только самому налогоплательщику (его представителю).</div><div><br></div>"
            "<div>Налогоплательщик может получить справку самостоятельно через портал eGov или кабинет "
            "налогоплательщика.</div><div><br></div><div>--<br>Жумабаева Сауле<br>главный специалист отдела по работе "
            "с налогоплательщиками<br>ДГД по Костанайской области<br>8 (7142) 90-14-83</div>")
    part = multipart("alternative", [textpart(plain, charset="utf-8", cte="base64"),
                                     textpart(html, subtype="html", charset="utf-8", cte="base64")],
                     "----_=_NextPart_7731_00C4")
    data = message(("Жумабаева Сауле", "s.zhumabayeva@kgd-kostanay.gov.kz"), EKC, "Re: ЕКЦ-2027/0236",
                   when(2027, 4, 9, 15, 44), part, msgid="20270409154410.GA7731@kgd-kostanay.gov.kz")
    key = [rf_key("body", "ru", reason, "protected_secret", ["00104031"])]
    c = ctx("Департамент государственных доходов по Костанайской области Комитета государственных доходов Министерства финансов Республики Казахстан",
            "kostanay@kgd.gov.kz", "981140001558",
            [("00104031", "Выдача справки об отсутствии (наличии) налоговой задолженности")], "additional_answer",
            ("ЕКЦ-2027/0236", "2027-04-07", "О представлении дополнительной информации"),
            "close the additional-information request as lawfully declined (tax secret)")
    save(name, data, key, c, lang="ru", fmt="eml (multipart/alternative, utf-8 base64)",
         hard="'направить не можем:' then the reason; tax secret is a protected secret, not a commercial one")


@doc
def x07():
    name = "gul-34-almaty-health-med.docx"
    reason = ("сведения о факте обращения гражданина за медицинской помощью, состоянии его здоровья и диагнозе "
              "составляют врачебную тайну")
    data = docx_bytes([
        ("c", "Управление общественного здравоохранения города Алматы"),
        "050000, г. Алматы, пр. Абылай хана, 91",
        "Исх. № 05-18/4411 от 15.04.2027",
        ("r", "Директору Единого контакт-центра"),
        "Уважаемый коллега!",
        "Управление общественного здравоохранения города Алматы, рассмотрев запрос № ЕКЦ-2027/0247 от 12.04.2027 "
        "о результатах рассмотрения заявления гражданки Н. о выдаче выписки из медицинской карты (государственная "
        "услуга № 00501027 «Выдача выписки из медицинской карты стационарного больного»), сообщает, что в "
        "соответствии с Кодексом Республики Казахстан «О здоровье народа и системе здравоохранения» "
        + reason + ".",
        "Без письменного согласия гражданки указанные сведения третьим лицам, включая Единый контакт-центр, не "
        "передаются. Заявительнице разъяснен порядок получения выписки лично.",
        "",
        "Заместитель руководителя                                        Л. Абенова",
        ("i", "Исп.: Ержанова Д., 8 (727) 241-30-17"),
    ])
    key = [rf_key(name, "ru", reason, "protected_secret", ["00501027"])]
    c = ctx("ГУ «Управление общественного здравоохранения города Алматы»", "uoz@almaty.gov.kz", "991040001863",
            [("00501027", "Выдача выписки из медицинской карты стационарного больного")], "additional_answer",
            ("ЕКЦ-2027/0247", "2027-04-12", "О представлении дополнительной информации по обращению"),
            "close the additional-information request as lawfully declined (medical secret)")
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="reason inside one long sentence after 'сообщает, что', the refusal itself only in the next paragraph")


@doc
def x08():
    name = "gul-35-zhambyl-personal.eml"
    reason = ("сұратылып отырған мәліметтер азаматтардың дербес деректері болып табылады және оларды субъектінің "
              "келісімінсіз үшінші тұлғаларға беруге жол берілмейді")
    body = ("Бірыңғай байланыс орталығына\n\n"
            "2027 жылғы 19 сәуірдегі № ЕКЦ-2027/0258 хатқа\n\n"
            "Жамбыл облысы әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы "
            "«Атаулы әлеуметтік көмек тағайындау» (№ 00401002) мемлекеттік көрсетілетін қызметі бойынша Тараз "
            "қаласында көмек алушылардың тізімін (аты-жөні, мекенжайы, ЖСН) ұсыну туралы сұрау салуды қарап, "
            "мынаны хабарлайды: " + reason + ".\n\n"
            "Осыған байланысты тізім жолданбайды. Көмек алушылардың жалпы саны туралы жиынтық ақпаратты қажет "
            "болған жағдайда ұсынуға дайынбыз.\n\n"
            "Басшының орынбасары                         Ә. Иманқұлов\n"
            "Орынд.: Сатыбалдиева М., 8 (7262) 43-56-20\n")
    part = textpart(body, charset="utf-8", cte="quoted-printable")
    data = message(("Жамбыл облысы ЖҚӘБ басқармасы", "kense@zhambyl-enbek.gov.kz"), EKC, "ЕКЦ-2027/0258 хатқа жауап",
                   when(2027, 4, 23, 12, 0), part, msgid="b4a1f2d0.3c11.4e22@zhambyl-enbek.gov.kz")
    key = [rf_key("body", "kk", reason, "protected_secret", ["00401002"])]
    c = ctx("Жамбыл облысы әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
            "kense@zhambyl-enbek.gov.kz", "990440003916", [("00401002", "Атаулы әлеуметтік көмек тағайындау")],
            "additional_answer", ("ЕКЦ-2027/0258", "2027-04-19", "Қосымша ақпарат беру туралы"),
            "close the additional-information request as lawfully declined (personal data)")
    save(name, data, key, c, lang="kk", fmt="eml (text/plain utf-8 quoted-printable)",
         hard="Kazakh personal-data refusal; the declining verb 'жолданбайды' is in the next paragraph; offers aggregate data instead")


@doc
def x09():
    name = "gul-36-astana-edu-notcomp.txt"
    reason = ("вопросы признания и нострификации документов об образовании, выданных зарубежными организациями "
              "образования, не относятся к компетенции Управления")
    text = ("ГУ «Управление образования города Астаны»\n"
            "Исх. № 3-09/2876 от 28.04.2027\n\n"
            "Единый контакт-центр\n\n"
            "На № ЕКЦ-2027/0266 от 23.04.2027\n\n"
            "Управление образования города Астаны, рассмотрев Ваш запрос о назначении ответственного лица и "
            "представлении информации по государственной услуге «Признание и нострификация документов об "
            "образовании» (№ 01202011), сообщает, что " + reason + ".\n\n"
            "Указанная государственная услуга оказывается Министерством науки и высшего образования Республики "
            "Казахстан через РГП «Национальный центр развития высшего образования». Просим направить запрос по "
            "принадлежности.\n\n"
            "Руководитель управления                                    Г. Есимова\n\n"
            "Исп. Байгуттиева А., 8 (7172) 55-78-12\n")
    data = txt(text, "utf-8")
    key = [rf_key(name, "ru", reason, "not_competent", ["01202011"])]
    c = ctx("ГУ «Управление образования города Астаны»", "bilim@astana.gov.kz", "990140004620",
            [("01202011", "Признание и нострификация документов об образовании")], "appointment",
            ("ЕКЦ-2027/0266", "2027-04-23", "О назначении ответственного лица и представлении информации"),
            "mark the request as sent to the wrong agency and redirect it to the Ministry of Science and Higher Education")
    save(name, data, key, c, lang="ru", fmt="txt (utf-8, no BOM)",
         hard="not-competent answer to an appointment request, names the right agency; no refusal word")


@doc
def x10():
    name = "gul-37-almobl-agri-notcomp.eml"
    reason = ("аталған мемлекеттік көрсетілетін қызмет 2027 жылғы 1 қаңтардан бастап басқарманың құзыретіне жатпайды")
    body = ("Құрметті әріптестер!\n\n"
            "Алматы облысы әкімдігінің ауыл шаруашылығы басқармасы 2027 жылғы 3 мамырдағы № ЕКЦ-2027/0281 "
            "хатыңызды қарап, «Асыл тұқымды мал шаруашылығын дамытуды субсидиялау» (№ 00301052) мемлекеттік "
            "көрсетілетін қызметі бойынша қосымша ақпарат беру мүмкін еместігін хабарлайды, өйткені "
            + reason + ".\n\n"
            "Облыстық әкімдіктің 2026 жылғы 24 желтоқсандағы № 512 қаулысына сәйкес бұл функция Алматы облысының "
            "ветеринария және мал шаруашылығы басқармасына берілді. Сұрау салуды соған жолдауыңызды сұраймыз.\n\n"
            "Құрметпен,\nБасқарма басшысы Н. Әлімбеков\n\n"
            "Орындаған: Тоқтарова Ж., 8 (7272) 97-31-46\n")
    part = textpart(body, charset="utf-8", cte="base64")
    data = message(("Ауыл шаруашылығы басқармасы", "agro@almobl.gov.kz"), EKC, "Re: ЕКЦ-2027/0281",
                   when(2027, 5, 6, 11, 37), part, msgid="f1c0a2b3-94d2-4ab1-8bd3-2277c9a0e111@almobl.gov.kz")
    key = [rf_key("body", "kk", reason, "not_competent", ["00301052"])]
    c = ctx("Алматы облысы әкімдігінің ауыл шаруашылығы басқармасы", "agro@almobl.gov.kz", "990340006128",
            [("00301052", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау")], "additional_answer",
            ("ЕКЦ-2027/0281", "2027-05-03", "Қосымша ақпарат беру туралы"),
            "mark the request as sent to the wrong agency and redirect it to the veterinary and livestock department")
    save(name, data, key, c, lang="kk", fmt="eml (text/plain utf-8 base64)",
         hard="Kazakh not-competent answer after a function was transferred; 'мүмкін еместігін хабарлайды, өйткені ...'")


@doc
def x11():
    name = "gul-38-ktrm-internal.pdf"
    reason = ("внутренние документы Комитета, регламентирующие распределение обязанностей между работниками, не "
              "относятся к информации о порядке оказания государственной услуги")
    data = pdf_bytes([
        ("c", "МИНИСТЕРСТВО ТОРГОВЛИ И ИНТЕГРАЦИИ РЕСПУБЛИКИ КАЗАХСТАН\n"
              "КОМИТЕТ ТЕХНИЧЕСКОГО РЕГУЛИРОВАНИЯ И МЕТРОЛОГИИ"),
        ("sp", 6),
        "№ 22-01-16/1914 от 12.05.2027",
        ("r", "Единый контакт-центр"),
        ("sp", 8),
        "На Ваше письмо от 05.05.2027 № ЕКЦ-2027/0290, в котором запрашиваются служебная инструкция работников, "
        "рассматривающих заявления по государственной услуге «Аккредитация в области оценки соответствия» "
        "(№ 01701006), и внутренний порядок распределения заявлений, сообщаем.",
        ("sp", 4),
        "Положения пункта 11 Правил взаимодействия обязывают государственные органы представлять информацию, "
        "необходимую для консультирования услугополучателей. Между тем " + reason + ", и в Единый контакт-центр "
        "не направляются.",
        ("sp", 4),
        "Сроки, перечень документов и основания для отказа в оказании услуги установлены правилами оказания "
        "государственной услуги, ранее представленными в ЕКЦ, и размещены на сайте Комитета.",
        ("sp", 16),
        "Заместитель председателя                                         К. Абенов",
    ])
    key = [rf_key(name, "ru", reason, "other", ["01701006"])]
    c = ctx("Комитет технического регулирования и метрологии Министерства торговли и интеграции Республики Казахстан",
            "ktrm@mti.gov.kz", "040240002751", [("01701006", "Аккредитация в области оценки соответствия")],
            "additional_answer", ("ЕКЦ-2027/0290", "2027-05-05", "О представлении дополнительной информации"),
            "close the additional-information request as declined (internal documents, not public-service information)")
    save(name, data, key, c, lang="ru", fmt="pdf (text layer)",
         hard="declined for another reason (internal documents are not service information); the word 'отказ' appears only about the service's own grounds")


@doc
def x12():
    name = "gul-39-atyrau-nodata.eml"
    reason = ("учет фактического времени ожидания услугополучателей в управлении не ведется")
    body = ("Единый контакт-центр\n\n"
            "На N ЕКЦ-2027/0302 от 14.05.2027\n\n"
            "Управление земельных отношений Атырауской области на запрос о представлении сведений о среднем "
            "фактическом времени ожидания услугополучателей по государственной услуге \"Выдача решения на "
            "изменение целевого назначения земельного участка\" (N 00202018) сообщает, что " + reason + ", в связи "
            "с чем представить указанные сведения не представляется возможным.\n\n"
            "Сроки оказания услуги (не более 14 рабочих дней) установлены правилами оказания государственной "
            "услуги и соблюдаются.\n\n"
            "Руководитель управления                      Б. Исатаев\n\n"
            "Исп. Дюсенова Э.К., тел. 8 (7122) 35-40-19\n")
    part = textpart(body, charset="koi8-r", cte="quoted-printable")
    data = message(("Upravlenie zemelnyh otnosheniy", "zher@atyrau-zher.gov.kz"), EKC, "Otvet na EKC-2027/0302",
                   when(2027, 5, 19, 16, 48), part, msgid="20270519164855.8812@atyrau-zher.gov.kz")
    key = [rf_key("body", "ru", reason, "other", ["00202018"])]
    c = ctx("ГУ «Управление земельных отношений Атырауской области»", "zher@atyrau-zher.gov.kz", "990140007382",
            [("00202018", "Выдача решения на изменение целевого назначения земельного участка")], "additional_answer",
            ("ЕКЦ-2027/0302", "2027-05-14", "О представлении дополнительной информации"),
            "close the additional-information request as declined (no such data is kept)")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain koi8-r quoted-printable, transliterated subject)",
         hard="data-not-kept ground ('other'), KOI8-R, Latin transliterated sender and subject")


# ============================================================================= change_notice

def ch(reg, standard=None, regulation=None, npa=None, website=None):
    return {"registry_number": reg, "standard": standard, "regulation": regulation, "npa_changes": npa,
            "website": website}


def cn_key(part, lang, services, change_date):
    d = {"part": part, "kind": "change_notice"}
    if lang:
        d["language"] = lang
    d["services"] = services
    d["change_date"] = change_date
    return d


@doc
def c01():
    name = "gul-40-migration-std.eml"
    std = ("Правила оказания государственной услуги «Выдача разрешения иммигранту на временное проживание», "
           "утвержденные приказом Министра внутренних дел Республики Казахстан от 2 июня 2027 года № 402")
    body = ("Единый контакт-центр\n\n"
            "Комитет миграционной службы МВД РК в соответствии с пунктом 6 Правил взаимодействия сообщает об "
            "изменении ранее представленной информации по государственной услуге № 00805021 «Выдача разрешения "
            "иммигранту на временное проживание».\n\n"
            "Стандарт (новые реквизиты): " + std + ".\n"
            "Ранее действовавшие правила, утвержденные приказом от 24 октября 2025 года № 733, утратили силу.\n"
            "Изменения вступили в силу 15.06.2027.\n\n"
            "Остальные сведения (интернет-ресурс, ответственное лицо) остаются без изменений.\n\n"
            "Ответственное лицо: Ергалиева Дина Маратовна, главный эксперт УОМД КМС, 8 (7172) 72-15-40\n")
    part = textpart(body, charset="utf-8", cte="base64")
    data = message(("Ергалиева Дина", "d.yergaliyeva@kms.mvd.gov.kz"), EKC, "Изменение сведений по услуге 00805021",
                   when(2027, 6, 17, 10, 5), part, msgid="20270617100512.5531@kms.mvd.gov.kz")
    key = [cn_key("body", "ru", [ch("00805021", standard=std)], "2027-06-15")]
    c = ctx("Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "kms@mvd.gov.kz",
            "110840014625", [("00805021", "Выдача разрешения иммигранту на временное проживание")], "consulting", None,
            "update the standard of 00805021 in the knowledge base (changed on 2027-06-15)")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain utf-8 base64)",
         hard="old order also cited (must not be taken as the new standard), responsible person named but unchanged")


@doc
def c02():
    name = "gul-41-kostanay-fish.docx"
    regl = ("Қостанай облысы әкімдігінің 2027 жылғы 18 маусымдағы № 241 қаулысымен бекітілген «Балық аулауға рұқсат "
            "беру» мемлекеттік көрсетілетін қызмет регламенті")
    data = docx_bytes([
        ("c", "ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІНІҢ ТАБИҒИ РЕСУРСТАР ЖӘНЕ ТАБИҒАТ ПАЙДАЛАНУДЫ РЕТТЕУ БАСҚАРМАСЫ"),
        "2027 жылғы 23 маусым № 05-14/1022",
        ("r", "Бірыңғай байланыс орталығына"),
        ("b", "Ақпараттың өзгеруі туралы"),
        "Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 6-тармағына сәйкес басқарма «Балық аулауға "
        "рұқсат беру» (тізілімдегі № 01003027) мемлекеттік көрсетілетін қызметі бойынша бұрын ұсынылған "
        "ақпаратқа мынадай өзгеріс енгізілгенін хабарлайды:",
        ("t", [["Баған", "Жаңа мәні"],
               ["5. Мемлекеттік көрсетілетін қызмет регламенті", regl]], {"bold_rows": 1}),
        "Өзгеріс күні: 2027 жылғы 18 маусым.",
        "Стандарт, интернет-ресурс және жауапты тұлға туралы мәліметтер өзгеріссіз қалды.",
        "",
        "Басқарма басшысы                                  Қ. Жүнісов",
        ("i", "Орынд.: Абылқасымова Р., 8 (7142) 50-27-33"),
    ])
    key = [cn_key(name, "kk", [ch("01003027", regulation=regl)], "2027-06-18")]
    c = ctx("Қостанай облысы әкімдігінің табиғи ресурстар және табиғат пайдалануды реттеу басқармасы",
            "tabigat@kostanay.gov.kz", "990340005821", [("01003027", "Балық аулауға рұқсат беру")], "consulting", None,
            "update the regulation of 01003027 (changed on 2027-06-18)")
    save(name, data, key, c, lang="kk", fmt="docx",
         hard="Kazakh change notice with a 'column | new value' table, date 'Өзгеріс күні: 2027 жылғы 18 маусым'")


@doc
def c03():
    name = "gul-42-sko-agri-revised.xlsx"
    std1 = ("Правила оказания государственной услуги «Субсидирование развития семеноводства», утвержденные приказом "
            "Министра сельского хозяйства Республики Казахстан от 22 июня 2027 года № 214")
    web1 = "www.gov.kz/memleket/entities/sko-agro/activities/semena"
    npa2 = ("Приказ Министра сельского хозяйства Республики Казахстан от 22 июня 2027 года № 215 «О внесении изменений "
            "в приказ Министра сельского хозяйства Республики Казахстан от 10 декабря 2025 года № 451»")
    rows = [
        ["Актуализированные сведения по форме приложения 1 (изменения)"] + [None] * 7,
        ["КГУ «Управление сельского хозяйства акимата Северо-Казахстанской области»"] + [None] * 7,
        ["В графах без изменений проставлен прочерк."] + [None] * 7,
        HEAD_RU,
        ["1", "2", "3", "4", "5", "6", "7", "8"],
        ["1", "00301061", "Субсидирование развития семеноводства", std1, "—", "—", web1, "—"],
        ["2", "00301066", "Субсидирование стоимости пестицидов, биоагентов (энтомофагов)", "—", "—", npa2, "—", "—"],
        [None] * 8,
        ["Дата внесения изменений: 01.07.2027"] + [None] * 7,
        ["Исполнитель: Гончаренко Юлия Викторовна, 8 (7152) 46-81-30"] + [None] * 7,
    ]
    data = xlsx_bytes([("изменения", rows, {"merge": ["A1:H1", "A2:H2", "A3:H3", "A9:H9", "A10:H10"],
                                            "bold_rows": [1, 4], "box": (4, 7, 8),
                                            "widths": {"A": 5, "B": 11, "C": 30, "D": 45, "E": 12, "F": 45, "G": 30, "H": 20}})])
    s1 = ch("00301061", standard=std1, website=web1)
    s1["responsible"] = None
    s2 = ch("00301066", npa=npa2)
    s2["responsible"] = None
    key = [cn_key(name, "ru", [s1, s2], "2027-07-01")]
    c = ctx("КГУ «Управление сельского хозяйства акимата Северо-Казахстанской области»", "agro@sko.gov.kz",
            "990740002298",
            [("00301061", "Субсидирование развития семеноводства"),
             ("00301066", "Субсидирование стоимости пестицидов, биоагентов (энтомофагов)")], "consulting", None,
            "update the changed columns of two subsidy services (changed on 2027-07-01)")
    save(name, data, key, c, lang="ru", fmt="xlsx",
         hard="a revised Appendix 1 table where unchanged cells are dashes; looks like a form but is a change notice; executor line present")


@doc
def c04():
    name = "gul-43-aktobe-arch-site.eml"
    new = "www.gov.kz/memleket/entities/aktobe-sauletsheber"
    body = ("Уважаемые коллеги!\n\n"
            "ГУ «Управление архитектуры, градостроительства и земельных отношений Актюбинской области» сообщает, "
            "что в связи с переходом на единую платформу интернет-ресурсов государственных органов с 01.07.2027 "
            "изменился адрес интернет-ресурса, на котором размещена информация о государственных услугах:\n\n"
            "  00202031 — Выдача архитектурно-планировочного задания (АПЗ) и технических условий;\n"
            "  00202055 — Выдача разрешения на производство строительно-монтажных работ.\n\n"
            "Прежний адрес: www.aktobe-arch.kz (с 01.07.2027 не поддерживается).\n"
            "Новый адрес: " + new + "\n\n"
            "Просим актуализировать сведения в базе данных ЕКЦ.\n\n"
            "С уважением,\n"
            "Сулейменов Айдос, главный специалист\n"
            "тел. 8 (7132) 21-09-45\n")
    part = textpart(body, charset="windows-1251", cte="8bit")
    data = message(("Сулейменов Айдос", "a.suleimenov@aktobe-sauletsheber.gov.kz"), EKC, "Смена адреса интернет-ресурса",
                   when(2027, 7, 5, 9, 58), part, msgid="20270705095801.6613@aktobe-sauletsheber.gov.kz",
                   charset="windows-1251")
    key = [cn_key("body", "ru", [ch("00202031", website=new), ch("00202055", website=new)], "2027-07-01")]
    c = ctx("ГУ «Управление архитектуры, градостроительства и земельных отношений Актюбинской области»",
            "kense@aktobe-sauletsheber.gov.kz", "990240006715",
            [("00202031", "Выдача архитектурно-планировочного задания (АПЗ) и технических условий"),
             ("00202055", "Выдача разрешения на производство строительно-монтажных работ")], "consulting", None,
            "replace the website of two services (changed on 2027-07-01)")
    save(name, data, key, c, lang="ru", fmt="eml (text/plain windows-1251 8bit)",
         hard="old and new addresses both given; one change applies to two services listed with dashes")


@doc
def c05():
    name = "gul-44-energy-npa.txt"
    npa = ("Приказ Министра энергетики Республики Казахстан от 30 июня 2027 года № 215 «О внесении изменений в приказ "
           "Министра энергетики Республики Казахстан от 14 октября 2025 года № 377»")
    text = ("Министерство энергетики Республики Казахстан\n"
            "Департамент электроэнергетики\n"
            "№ 12-05/8817-И от 13.07.2027\n\n"
            "Единый контакт-центр\n\n"
            "Об изменениях в нормативных правовых актах\n\n"
            "Департамент электроэнергетики сообщает, что в Правила оказания государственной услуги «Выдача лицензии "
            "на деятельность по покупке электрической энергии в целях энергоснабжения» (реестровый номер 01303008) "
            "внесены изменения, касающиеся перечня документов и сроков рассмотрения заявления.\n\n"
            "Изменения НПА: " + npa + ".\n"
            "Дата введения в действие: 12.07.2027.\n\n"
            "Текст приказа опубликован в ИПС «Әділет». Просим учесть изменения при консультировании услугополучателей.\n\n"
            "Директор департамента                              Р. Байжанов\n"
            "исп. Нуржанова М.С., 74-06-93\n")
    data = txt(text, "utf-8")
    key = [cn_key(name, "ru", [ch("01303008", npa=npa)], "2027-07-12")]
    c = ctx("Министерство энергетики Республики Казахстан", "kanc@energo.gov.kz", "140440005391",
            [("01303008", "Выдача лицензии на деятельность по покупке электрической энергии в целях энергоснабжения")],
            "consulting", None, "record the amending act for 01303008 (in force from 2027-07-12)")
    save(name, data, key, c, lang="ru", fmt="txt (utf-8)",
         hard="amending act on a labelled line, effective date on its own line, the standard itself not restated")


@doc
def c06():
    name = "gul-45-mcri-telecom.pdf"
    std1 = ("Правила оказания государственной услуги «Выдача лицензии на предоставление услуг в области связи», "
            "утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности "
            "Республики Казахстан от 19 июля 2027 года № 288/НҚ")
    std2 = ("Правила оказания государственной услуги «Выдача разрешения на использование радиочастотного спектра», "
            "утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности "
            "Республики Казахстан от 19 июля 2027 года № 289/НҚ")
    data = pdf_bytes([
        ("c", "ҚР ЦИФРЛЫҚ ДАМУ, ИННОВАЦИЯЛАР ЖӘНЕ АЭРОҒАРЫШ ӨНЕРКӘСІБІ МИНИСТРЛІГІНІҢ ТЕЛЕКОММУНИКАЦИЯЛАР КОМИТЕТІ\n"
              "КОМИТЕТ ТЕЛЕКОММУНИКАЦИЙ МЦРИАП РК"),
        "2027 жылғы 3 тамыз / 03.08.2027                                       № 17-2/3108",
        ("r", "Бірыңғай байланыс орталығына\nЕдиному контакт-центру"),
        ("sp", 6),
        "Комитет Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 6-тармағына сәйкес мемлекеттік "
        "көрсетілетін қызметтердің стандарттары өзгергенін хабарлайды. Жаңа қағидалар 2027 жылғы 1 тамыздан "
        "бастап қолданысқа енгізілді.",
        "Комитет в соответствии с пунктом 6 Правил взаимодействия сообщает об изменении стандартов "
        "государственных услуг. Новые правила введены в действие с 01.08.2027.",
        ("sp", 6),
        ("t", [["Тізілімдегі № /\n№ в реестре", "Атауы / Наименование", "Жаңа стандарт / Новый стандарт"],
               ["00903002", "Выдача лицензии на предоставление услуг в области связи", std1],
               ["00903005", "Выдача разрешения на использование радиочастотного спектра", std2]],
         {"bold_rows": 1, "widths": [2.6, 5.0, 9.8]}),
        "Регламент, интернет-ресурс және жауапты тұлғалар өзгерген жоқ. / Регламент, интернет-ресурс и ответственные "
        "лица не изменились.",
        ("sp", 14),
        "Төрағаның орынбасары / Заместитель председателя                         Е. Мұқанов",
    ])
    key = [cn_key(name, None, [ch("00903002", standard=std1), ch("00903005", standard=std2)], "2027-08-01")]
    c = ctx("Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
            "kt@mdai.gov.kz", "190440020617",
            [("00903002", "Выдача лицензии на предоставление услуг в области связи"),
             ("00903005", "Выдача разрешения на использование радиочастотного спектра")], "consulting", None,
            "update the standards of two telecom services (changed on 2027-08-01)")
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="pdf (text layer)",
         hard="every sentence in both languages, new standards in a bilingual-header table, the letter date differs from the change date")


@doc
def c07():
    name = "gul-46-bko-health-site.eml"
    new = "https://www.gov.kz/memleket/entities/bko-densaulyk"
    html = ("<html><body style=\"font-family:Calibri\">"
            "<p>Бірыңғай байланыс орталығына</p>"
            "<p>Батыс Қазақстан облысының денсаулық сақтау басқармасы «Медициналық ұйымдарда дәрігерге қабылдауға "
            "жазылу» (№ 00501003) және «Үйге дәрігер шақыру» (№ 00501004) мемлекеттік көрсетілетін қызметтері "
            "туралы ақпарат орналастырылған интернет-ресурстың мекенжайы <b>2027 жылғы 2 тамыздан бастап</b> "
            "өзгергенін хабарлайды.</p>"
            "<p>Жаңа мекенжай: <a href=\"" + new + "\">" + new + "</a></p>"
            "<p>Басқа мәліметтер өзгеріссіз.</p>"
            "<p>Құрметпен,<br>Мұхтарова Айгүл<br>БҚО денсаулық сақтау басқармасы<br>8 (7112) 24-30-57</p>"
            "</body></html>")
    part = textpart(html, subtype="html", charset="utf-8", cte="quoted-printable")
    data = message(("Мұхтарова Айгүл", "a.mukhtarova@bko-densaulyk.gov.kz"), EKC, "Интернет-ресурс мекенжайы өзгерді",
                   when(2027, 8, 4, 14, 12), part, msgid="4b1e9c2d7a0f@bko-densaulyk.gov.kz")
    key = [cn_key("body", "kk", [ch("00501003", website=new), ch("00501004", website=new)], "2027-08-02")]
    c = ctx("Батыс Қазақстан облысының денсаулық сақтау басқармасы", "densaulyk@bko.gov.kz", "990340004418",
            [("00501003", "Медициналық ұйымдарда дәрігерге қабылдауға жазылу"), ("00501004", "Үйге дәрігер шақыру")],
            "consulting", None, "replace the website of two health services (changed on 2027-08-02)")
    save(name, data, key, c, lang="kk", fmt="eml (HTML only, utf-8 quoted-printable)",
         hard="Kazakh HTML letter, date in bold '2027 жылғы 2 тамыздан бастап', URL inside a link")


@doc
def c08():
    name = "gul-47-vko-biz-regl.docx"
    regl = ("Регламент государственной услуги «Выдача свидетельства о присвоении квалификационной категории "
            "гиду (гиду-переводчику)», утвержденный постановлением акимата Восточно-Казахстанской области от "
            "5 августа 2027 года № 198")
    npa = ("Постановление акимата Восточно-Казахстанской области от 5 августа 2027 года № 198 «Об утверждении "
           "регламента государственной услуги и признании утратившим силу постановления акимата от 14 февраля "
           "2026 года № 41»")
    data = docx_bytes([
        ("c", "ГУ «Управление туризма Восточно-Казахстанской области»"),
        "г. Усть-Каменогорск, ул. Горького, 40",
        "№ 03/1577 от 10.08.2027",
        ("r", "Единый контакт-центр"),
        ("b", "Об актуализации информации по государственной услуге № 01401012"),
        "Настоящим сообщаем об изменениях в сведениях, представленных ранее по форме приложения 1:",
        "1) графа 5 «Регламент государственной услуги» — " + regl + ";",
        "2) графа 6 «Изменения нормативных правовых актов» — " + npa + ".",
        "Постановление вступило в силу 8 августа 2027 года.",
        "Стандарт государственной услуги, интернет-ресурс и ответственное лицо не изменились.",
        "",
        "Руководитель управления                                        С. Ибраимов",
    ])
    key = [cn_key(name, "ru", [ch("01401012", regulation=regl, npa=npa)], "2027-08-08")]
    c = ctx("ГУ «Управление туризма Восточно-Казахстанской области»", "turizm@vko.gov.kz", "170540017264",
            [("01401012", "Выдача свидетельства о присвоении квалификационной категории гиду (гиду-переводчику)")],
            "consulting", None, "update the regulation and the legal-acts column of 01401012 (changed on 2027-08-08)")
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="two changed columns as a numbered list with em dashes and trailing semicolons; in-force date differs from the act's date")


@doc
def c09():
    name = "gul-48-kattk-wronglabel.eml"
    std = ("Правила оказания государственной услуги «Выдача разрешения на международные автомобильные перевозки "
           "грузов», утвержденные приказом Министра транспорта Республики Казахстан от 11 августа 2027 года № 314")
    plain = ("Добрый день!\n\n"
             "Комитет автомобильного транспорта и транспортного контроля Министерства транспорта РК информирует об "
             "изменении стандарта государственной услуги 00302071 «Выдача разрешения на международные "
             "автомобильные перевозки грузов».\n\n"
             "Новый стандарт: " + std + " (введен в действие с 20.08.2027).\n\n"
             "Прочие сведения не изменились.\n\n"
             "С уважением,\nТокешева Назгуль\nгл. эксперт управления международных перевозок\n+7 (7172) 75-43-18\n")
    html = ("<p>Добрый день!</p><p>Комитет автомобильного транспорта и транспортного контроля Министерства транспорта "
            "РК информирует об изменении стандарта государственной услуги 00302071 «Выдача разрешения на "
            "международные автомобильные перевозки грузов».</p><p>Новый стандарт: " + std + " (введен в действие с "
            "20.08.2027).</p><p>Прочие сведения не изменились.</p><p>С уважением,<br>Токешева Назгуль<br>гл. эксперт "
            "управления международных перевозок<br>+7 (7172) 75-43-18</p>").replace("</p><p>", "</p>\n<p>")
    part = multipart("alternative", [textpart(plain, charset="utf-8", cte="8bit", label="windows-1251"),
                                     textpart(html, subtype="html", charset="utf-8", cte="8bit", label="windows-1251")],
                     "--==_mimepart_66c8a1f2_4e31")
    data = message(("Токешева Назгуль", "n.tokesheva@kattk.mt.gov.kz"), EKC, "Изменение стандарта 00302071",
                   when(2027, 8, 21, 11, 26), part, msgid="66c8a1f24e31_1f2a@kattk.mt.gov.kz")
    key = [cn_key("body", "ru", [ch("00302071", standard=std)], "2027-08-20")]
    c = ctx("Комитет автомобильного транспорта и транспортного контроля Министерства транспорта Республики Казахстан",
            "kattk@mt.gov.kz", "020340006751",
            [("00302071", "Выдача разрешения на международные автомобильные перевозки грузов")], "consulting", None,
            "update the standard of 00302071 (changed on 2027-08-20)")
    save(name, data, key, c, lang="ru", fmt="eml (multipart/alternative, 8-bit UTF-8 labelled windows-1251)",
         hard="wrong charset label: both parts are UTF-8 bytes declared as windows-1251; date in parentheses")


@doc
def c10():
    name = "gul-49-turkistan-vet-law.txt"
    std = ("Правила оказания государственной услуги «Выдача ветеринарного паспорта на животное», утвержденные "
           "приказом Министра сельского хозяйства Республики Казахстан от 27 августа 2027 года № 301")
    npa = "Закон Республики Казахстан от 10 июля 2027 года «О внесении изменений и дополнений в Закон Республики Казахстан «О ветеринарии»»"
    text = ("ГУ \"Управление ветеринарии Туркестанской области\"\n"
            "Исх. № 02-17/2215 от 03.09.2027\n\n"
            "В Единый контакт-центр\n\n"
            "В связи с вступлением в силу с 1 сентября 2027 года Закона РК о внесении изменений в Закон \"О "
            "ветеринарии\" изменились сведения по государственной услуге № 00907001 \"Выдача ветеринарного "
            "паспорта на животное\":\n\n"
            "- стандарт: " + std + ";\n"
            "- изменения НПА: " + npa + ".\n\n"
            "Изменения действуют с 01.09.2027. Регламент не утверждается.\n\n"
            "Руководитель управления                Е. Тажибаев\n"
            "Исп. Сапарбекова Г., тел. 8 (72533) 6-12-48\n")
    data = txt(text, "cp1251", crlf=True)
    key = [cn_key(name, "ru", [ch("00907001", standard=std, npa=npa)], "2027-09-01")]
    c = ctx("ГУ «Управление ветеринарии Туркестанской области»", "vet@turkistan.gov.kz", "180840027715",
            [("00907001", "Выдача ветеринарного паспорта на животное")], "consulting", None,
            "update the standard and legal acts of 00907001 (changed on 2027-09-01)")
    save(name, data, key, c, lang="ru", fmt="txt (windows-1251, CRLF)",
         hard="nested quotes «…«…»» in the law's title, dashed list, date given twice in two forms")


@doc
def c11():
    name = "gul-50-akmola-zags-kk.eml"
    att = "Өзгерістер туралы хат.docx"
    npa = ("Қазақстан Республикасы Әділет министрінің 2027 жылғы 2 қыркүйектегі № 611 «Азаматтық хал актілерін "
           "мемлекеттік тіркеу қағидаларына өзгерістер енгізу туралы» бұйрығы")
    d = docx_bytes([
        ("c", "АҚМОЛА ОБЛЫСЫ КӨКШЕТАУ ҚАЛАСЫНЫҢ АЗАМАТТЫҚ ХАЛ АКТІЛЕРІН ТІРКЕУ БӨЛІМІ"),
        "2027 жылғы 14 қыркүйек № 02-09/418",
        ("r", "Бірыңғай байланыс орталығына"),
        "«Неке қиюды (ерлі-зайыптылықты) мемлекеттік тіркеу» (№ 00601005) мемлекеттік көрсетілетін қызметі бойынша "
        "нормативтік құқықтық актілерге өзгерістер енгізілгенін хабарлаймыз.",
        "НҚА өзгерістері: " + npa + ".",
        "Бұйрық 2027 жылғы 13 қыркүйекте қолданысқа енгізілді.",
        "",
        "Бөлім басшысы                              Г. Жақыпова",
    ])
    body = ("Сәлеметсіз бе!\n\nӨзгерістер туралы хатты қосымшада жолдаймыз.\n\n"
            "Құрметпен,\nКөкшетау қ. АХАТ бөлімі\n8 (7162) 25-11-80\n")
    part = multipart("mixed", [textpart(body, charset="utf-8", cte="base64"), attachment(att, d, style="2231")],
                     "=_8a1f77c0e4b2")
    data = message(("АХАТ Көкшетау", "akhat@kokshetau.gov.kz"), EKC, "Өзгерістер туралы", when(2027, 9, 14, 17, 1),
                   part, msgid="20270914170109.991@kokshetau.gov.kz")
    key = [cn_key(att, "kk", [ch("00601005", npa=npa)], "2027-09-13")]
    c = ctx("Ақмола облысы Көкшетау қаласының азаматтық хал актілерін тіркеу бөлімі", "akhat@kokshetau.gov.kz",
            "990940005512", [("00601005", "Неке қиюды (ерлі-зайыптылықты) мемлекеттік тіркеу")], "consulting", None,
            "record the amending act for 00601005 (in force from 2027-09-13)")
    save(name, data, key, c, lang="kk", fmt="eml (utf-8 + docx attachment with a Kazakh name)",
         hard="the notice is in the attachment, the body is a two-line covering note; Kazakh date 'жылғы 13 қыркүйекте'")


# ============================================================================= training_protocol

def tp_key(part, lang, date, regs):
    d = {"part": part, "kind": "training_protocol"}
    if lang:
        d["language"] = lang
    d["protocol_date"] = date
    d["services"] = [{"registry_number": r} for r in regs]
    return d


@doc
def t01():
    name = "gul-51-krs-protocol.docx"
    data = docx_bytes([
        ("c", "ПРОТОКОЛ № 3\nпринятия Единым контакт-центром государственных услуг для консультирования"),
        "г. Астана                                                                                          «14» января 2027 г.",
        "Место проведения: Комитет регистрационной службы Министерства юстиции Республики Казахстан, "
        "г. Астана, ул. Орынбор, 8, каб. 412.",
        ("b", "Присутствовали:"),
        "от Комитета регистрационной службы: Сагатова Мадина Ермековна — главный эксперт Управления регистрации "
        "прав на недвижимое имущество (ответственное лицо); Карпов Игорь Николаевич — эксперт.",
        "от Единого контакт-центра: Абдрахманова Жанна Ерлановна — старший специалист; Омарова Лаура Сериковна — "
        "специалист 1 линии.",
        ("b", "Повестка: обучение сотрудников ЕКЦ порядку оказания государственных услуг:"),
        ("t", [["№", "№ в реестре", "Наименование государственной услуги"],
               ["1", "00602003", "Государственная регистрация прав (обременений) на недвижимое имущество"],
               ["2", "00602004", "Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках"]],
         {"bold_rows": 1}),
        "В ходе обучения рассмотрены: перечень документов, сроки оказания, основания для отказа, порядок обжалования, "
        "типовые вопросы услугополучателей (12 вопросов, направленных ЕКЦ 08.01.2027). Ответы даны в полном объеме.",
        ("b", "Решили:"),
        "1. Государственные услуги, указанные в таблице, считать принятыми Единым контакт-центром для консультирования.",
        "2. ЕКЦ начать консультирование услугополучателей по истечении пяти рабочих дней с даты подписания "
        "настоящего протокола.",
        ("t", [["От Комитета регистрационной службы", "От Единого контакт-центра"],
               ["Сагатова М.Е. ____________ (подпись)", "Абдрахманова Ж.Е. ____________ (подпись)"],
               ["Карпов И.Н. ____________ (подпись)", "Омарова Л.С. ____________ (подпись)"]], {"bold_rows": 1}),
    ])
    key = [tp_key(name, "ru", "2027-01-14", ["00602003", "00602004"])]
    c = ctx("Комитет регистрационной службы Министерства юстиции Республики Казахстан", "krs@minjust.gov.kz",
            "110540019318",
            [("00602003", "Государственная регистрация прав (обременений) на недвижимое имущество"),
             ("00602004", "Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках")],
            "protocol", None, "mark both services as accepted for consulting from the protocol date plus five working days")
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="the date is on the place line, another date (08.01.2027) in the text, signatures in a two-column table")


@doc
def t02():
    name = "gul-52-ulytau-protocol-kk.docx"
    data = docx_bytes([
        ("c", "Мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультация беру үшін қабылдауы "
              "туралы\nХАТТАМА"),
        "Жезқазған қ.                                                                        2027 жылғы 28 қаңтар",
        "Қатысқандар:",
        "Ұлытау облысының жұмыспен қамту және әлеуметтік бағдарламалар басқармасынан: Әміржанова Шолпан "
        "Қуанышқызы – әлеуметтік көмек бөлімінің бас маманы;",
        "Бірыңғай байланыс орталығынан: Тұрсынова Аягөз Маратқызы – аға маман, Бекболат Ерасыл – маман.",
        "Оқыту мынадай мемлекеттік көрсетілетін қызметтер бойынша өткізілді:",
        "1) 00401002 – Атаулы әлеуметтік көмек тағайындау;",
        "2) 00401012 – Тұрғын үй көмегін тағайындау;",
        "3) 00401015 – Жерлеуге әлеуметтік көмек тағайындау.",
        "Оқыту барысында құжаттар тізбесі, көрсету мерзімдері, бас тарту негіздері және жиі қойылатын сұрақтар "
        "қаралды.",
        "ШЕШІЛДІ: жоғарыда аталған мемлекеттік көрсетілетін қызметтер Бірыңғай байланыс орталығымен консультация "
        "беру үшін қабылданды деп есептелсін.",
        "",
        "Басқарма атынан:                    _________ Ш. Әміржанова",
        "БКО атынан:                           _________ А. Тұрсынова",
        "                                                 _________ Е. Бекболат",
    ])
    key = [tp_key(name, "kk", "2027-01-28", ["00401002", "00401012", "00401015"])]
    c = ctx("Ұлытау облысының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы", "enbek@ulytau.gov.kz",
            "220840014236",
            [("00401002", "Атаулы әлеуметтік көмек тағайындау"), ("00401012", "Тұрғын үй көмегін тағайындау"),
             ("00401015", "Жерлеуге әлеуметтік көмек тағайындау")], "protocol", None,
            "mark three social services as accepted for consulting")
    save(name, data, key, c, lang="kk", fmt="docx",
         hard="Kazakh protocol, services as a numbered list '1) 00401002 – ...', the word 'бас тарту' (refusal) inside the text")


@doc
def t03():
    name = "gul-53-petropavl-protocol.pdf"
    data = pdf_bytes([
        ("c", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования"),
        ("sp", 6),
        "Дата: 09.02.2027                                             Место: г. Петропавловск, ул. Букетова, 31А, актовый зал",
        ("sp", 6),
        "Ответственное лицо ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных "
        "дорог города Петропавловска»: Фомина Татьяна Александровна, руководитель сектора.",
        "Сотрудники Единого контакт-центра: Жандосова Ботагоз, Исмаилов Руслан (участвовали по видеосвязи).",
        ("sp", 6),
        ("t", [["№", "Государственная услуга", "Реестровый №", "Вопросы ЕКЦ"],
               ["1", "Выдача справки о наличии либо отсутствии жилища", "00503011", "4"],
               ["2", "Предоставление жилищной помощи на содержание жилья (в части ЖКХ)", "00503014", "2"],
               ["3", "Выдача разрешения на вырубку деревьев", "00503019", "—"]], {"bold_rows": 1, "widths": [1, 9, 3, 3]}),
        "Обучение проведено, ответы на вопросы ЕКЦ даны. Перечисленные услуги принимаются Единым контакт-центром "
        "для консультирования.",
        ("sp", 12),
        "Подписи:",
        "Фомина Т.А. ______________        Жандосова Б. ______________        Исмаилов Р. ______________",
    ])
    key = [tp_key(name, "ru", "2027-02-09", ["00503011", "00503014", "00503019"])]
    c = ctx("ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Петропавловска»",
            "zhkh@petropavl.gov.kz", "080340021577",
            [("00503011", "Выдача справки о наличии либо отсутствии жилища"),
             ("00503014", "Предоставление жилищной помощи на содержание жилья (в части ЖКХ)"),
             ("00503019", "Выдача разрешения на вырубку деревьев")], "protocol", None,
            "mark three housing services as accepted for consulting")
    save(name, data, key, c, lang="ru", fmt="pdf (text layer)",
         hard="registry number in the third column after the name, an extra column with question counts")


@doc
def t04():
    name = "gul-54-pavlodar-edu-scan.eml"
    att = "Протокол_ЕКЦ_подписанный.pdf"
    p = pdf_bytes([
        ("c", "ПРОТОКОЛ № 07/2027"),
        ("c", "принятия Единым контакт-центром государственной услуги для консультирования"),
        ("sp", 8),
        "г. Павлодар                                                                                      « 3 » марта 2027 года",
        ("sp", 8),
        "Управление образования Павлодарской области в лице ответственного лица Кабдулова Нурлана Бахытовича, "
        "главного специалиста отдела дошкольного образования, с одной стороны, и Единый контакт-центр в лице "
        "ведущего специалиста Сарсембаевой Айнур Кайратовны, с другой стороны, составили настоящий протокол о том, "
        "что 3 марта 2027 года проведено обучение сотрудников ЕКЦ по государственной услуге «Прием документов и "
        "зачисление детей в дошкольные организации образования» (реестровый номер 00110208).",
        "По итогам обучения государственная услуга принята Единым контакт-центром для консультирования.",
        ("sp", 20),
        "Кабдулов Н.Б. ________________                       Сарсембаева А.К. ________________",
        ("sp", 6),
        ("i", "Копия верна. Подлинник хранится в управлении образования."),
    ])
    body = ("Добрый день!\n\n"
            "Направляем скан подписанного протокола по услуге 00110208 (обучение проведено 3 марта).\n"
            "Оригинал передадим нарочным.\n\n"
            "Кабдулов Нурлан\nУправление образования Павлодарской области\n8 (7182) 65-09-31\n")
    part = multipart("mixed", [textpart(body, charset="utf-8", cte="quoted-printable"), attachment(att, p, style="2231")],
                     "=_NextPart_2027_0303_A")
    data = message(("Кабдулов Нурлан", "n.kabdulov@pavlodar-bilim.gov.kz"), EKC, "Протокол (подписанный)",
                   when(2027, 3, 4, 9, 30), part, msgid="20270304093012.2210@pavlodar-bilim.gov.kz")
    key = [tp_key(att, "ru", "2027-03-03", ["00110208"])]
    c = ctx("ГУ «Управление образования Павлодарской области»", "bilim@pavlodar.gov.kz", "990140005133",
            [("00110208", "Прием документов и зачисление детей в дошкольные организации образования")], "protocol",
            None, "mark 00110208 as accepted for consulting")
    save(name, data, key, c, lang="ru", fmt="eml (utf-8 QP + PDF attachment with a Cyrillic name)",
         hard="protocol written as prose in the PDF; the covering body also speaks of the protocol and the service number")


@doc
def t05():
    name = "gul-55-atyrau-gas-bilingual.eml"
    att = "Хаттама-Протокол 2027-03-17.docx"
    d = docx_bytes([
        ("t", [["ХАТТАМА\nмемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы",
                "ПРОТОКОЛ\nпринятия Единым контакт-центром государственной услуги для консультирования"],
               ["Атырау қ., 2027 жылғы 17 наурыз", "г. Атырау, 17 марта 2027 года"],
               ["Атырау облысының энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы мен Бірыңғай байланыс "
                "орталығының өкілдері «Газбен жабдықтау жүйелеріне қосылуға техникалық шарттар беру» (№ 01303021) "
                "мемлекеттік көрсетілетін қызметі бойынша оқыту өткізді.",
                "Представители Управления энергетики и жилищно-коммунального хозяйства Атырауской области и Единого "
                "контакт-центра провели обучение по государственной услуге «Выдача технических условий на "
                "подключение к системам газоснабжения» (№ 01303021)."],
               ["Қызмет консультация беру үшін қабылданды.", "Услуга принята для консультирования."],
               ["Басқарма: Нұрғалиев Б.С. __________\nБКО: Калиева Д.М. __________",
                "Управление: Нургалиев Б.С. __________\nЕКЦ: Калиева Д.М. __________"]]),
    ])
    body = ("Құрметті әріптестер! / Уважаемые коллеги!\n\n"
            "Қол қойылған хаттаманы жолдаймыз. / Направляем подписанный протокол.\n\n"
            "Нұрғалиев Бауыржан\n8 (7122) 21-48-06\n")
    part = multipart("mixed", [textpart(body, charset="utf-8", cte="base64"), attachment(att, d, style="2047")],
                     "----boundary_5541_atyrau")
    data = message(("Нұрғалиев Бауыржан", "b.nurgaliyev@atyrau-energy.gov.kz"), EKC, "Хаттама / Протокол",
                   when(2027, 3, 18, 12, 14), part, msgid="5541.1711345678@atyrau-energy.gov.kz")
    key = [tp_key(att, None, "2027-03-17", ["01303021"])]
    c = ctx("ГУ «Управление энергетики и жилищно-коммунального хозяйства Атырауской области»",
            "energy@atyrau.gov.kz", "990240008834",
            [("01303021", "Выдача технических условий на подключение к системам газоснабжения")], "protocol", None,
            "mark 01303021 as accepted for consulting")
    save(name, data, key, c, lang="bilingual (kk | ru columns)", fmt="eml (utf-8 + docx attachment, RFC 2047 name)",
         hard="protocol laid out as a two-column kk|ru table, the date written twice in two languages, the date also in the file name")


@doc
def t06():
    name = "gul-56-kgd-protocol.txt"
    text = ("ПРОТОКОЛ\n"
            "принятия Единым контакт-центром государственных услуг для консультирования\n\n"
            "Дата подписания: 02.04.2027\n\n"
            "Комитет государственных доходов Министерства финансов Республики Казахстан (далее - КГД) и Единый\n"
            "контакт-центр (далее - ЕКЦ) подписали настоящий протокол о нижеследующем.\n\n"
            "1. 31 марта и 1 апреля 2027 года ответственным лицом КГД Ахметовым Б.Т. проведено обучение сотрудников\n"
            "   ЕКЦ по государственным услугам:\n"
            "   - 00104015 Регистрационный учет плательщика налога на добавленную стоимость;\n"
            "   - 00104031 Выдача справки об отсутствии (наличии) налоговой задолженности;\n"
            "   - 00104044 Регистрационный учет лица, занимающегося частной практикой.\n"
            "2. Вопросы ЕКЦ, направленные 25.03.2027, рассмотрены; ответы включены в базу знаний ЕКЦ.\n"
            "3. Указанные услуги считаются принятыми ЕКЦ для консультирования.\n\n"
            "От КГД:  Ахметов Б.Т.     /подписано/\n"
            "От ЕКЦ:  Мусабекова Г.Н.  /подписано/\n")
    data = txt(text, "utf-8")
    key = [tp_key(name, "ru", "2027-04-02", ["00104015", "00104031", "00104044"])]
    c = ctx("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd@kgd.gov.kz",
            "981040001216",
            [("00104015", "Регистрационный учет плательщика налога на добавленную стоимость"),
             ("00104031", "Выдача справки об отсутствии (наличии) налоговой задолженности"),
             ("00104044", "Регистрационный учет лица, занимающегося частной практикой")], "protocol", None,
            "mark three tax services as accepted for consulting")
    save(name, data, key, c, lang="ru", fmt="txt (utf-8)",
         hard="three dates in the text (training days, questions, signing); the protocol date is the signing date")


@doc
def t07():
    name = "gul-57-almaty-transport-body.eml"
    html = ("<html><body><div style=\"font-family:Arial;font-size:10pt\">"
            "<p>Коллеги, протокол подписан обеими сторонами, текст ниже, скан в СЭД (рег. № 4471).</p>"
            "<p style=\"text-align:center\"><b>ПРОТОКОЛ<br>принятия Единым контакт-центром государственной услуги "
            "для консультирования</b></p>"
            "<p>г. Алматы&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            "22 апреля 2027 г.</p>"
            "<p>Управление городской мобильности города Алматы и Единый контакт-центр составили настоящий протокол о "
            "том, что сотрудники ЕКЦ обучены порядку оказания государственной услуги <b>00302064</b> «Выдача "
            "разрешения на организацию нерегулярных перевозок пассажиров и багажа» и услуга принята для "
            "консультирования.</p>"
            "<table border=\"0\" width=\"100%\"><tr><td>От Управления:<br>Есжанов Р.М. (подпись)</td>"
            "<td>От ЕКЦ:<br>Нурмухамбетова С.А. (подпись)</td></tr></table>"
            "<p>--<br>Есжанов Руслан<br>Управление городской мобильности г. Алматы<br>8 (727) 272-05-61</p>"
            "</div></body></html>")
    part = textpart(html, subtype="html", charset="utf-8", cte="base64")
    data = message(("Есжанов Руслан", "r.eszhanov@almaty-mobility.gov.kz"), EKC, "Протокол по 00302064",
                   when(2027, 4, 23, 10, 2), part, msgid="7e8f0a1b2c3d@almaty-mobility.gov.kz")
    key = [tp_key("body", "ru", "2027-04-22", ["00302064"])]
    c = ctx("КГУ «Управление городской мобильности города Алматы»", "mobility@almaty.gov.kz", "200140025548",
            [("00302064", "Выдача разрешения на организацию нерегулярных перевозок пассажиров и багажа")], "protocol",
            None, "mark 00302064 as accepted for consulting")
    save(name, data, key, c, lang="ru", fmt="eml (HTML only, utf-8 base64)",
         hard="protocol text pasted in the mail body after a one-line note; date separated from the city by &nbsp; runs")


@doc
def t08():
    name = "gul-58-kyzylorda-protocol-bi.docx"
    data = docx_bytes([
        ("c", "ХАТТАМА / ПРОТОКОЛ"),
        ("c", "мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдау туралы /\n"
              "о принятии государственной услуги для консультирования"),
        "Қызылорда қ. / г. Кызылорда                                      12.05.2027",
        "Қызылорда облысының мәдениет басқармасы / Управление культуры Кызылординской области:",
        "Байжанова Ләйлә Серікқызы – бас маман / главный специалист",
        "Бірыңғай байланыс орталығы / Единый контакт-центр:",
        "Оразова Ақмарал – маман / специалист",
        "Мемлекеттік көрсетілетін қызмет / Государственная услуга: 00706002 «Мәдени құндылықтарды уақытша әкету "
        "құқығына куәлік беру» / «Выдача свидетельства на право временного вывоза культурных ценностей».",
        "Оқыту өткізілді, қызмет консультация беру үшін қабылданды. / Обучение проведено, услуга принята для "
        "консультирования.",
        "",
        "Қолдары / Подписи:  ___________ Л. Байжанова        ___________ А. Оразова",
    ])
    key = [tp_key(name, None, "2027-05-12", ["00706002"])]
    c = ctx("ГУ «Управление культуры Кызылординской области»", "madeniet@kyzylorda.gov.kz", "990540003372",
            [("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей")], "protocol", None,
            "mark 00706002 as accepted for consulting")
    save(name, data, key, c, lang="bilingual (kk / ru in each line)", fmt="docx",
         hard="every line bilingual with a slash, numeric date only, single service with its name in both languages")


@doc
def t09():
    name = "gul-59-mangystau-protocol-kk.pdf"
    data = pdf_bytes([
        ("c", "ХАТТАМА № 12"),
        ("c", "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдауы"),
        ("sp", 6),
        "Ақтау қаласы                                                                     2027 жылғы «9» маусым",
        ("sp", 6),
        "Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасының жауапты тұлғасы Жұмабаев "
        "Ғалымжан Серікұлы Бірыңғай байланыс орталығының қызметкерлеріне мына мемлекеттік көрсетілетін қызметтер "
        "бойынша оқыту өткізді:",
        ("t", [["Р/с", "Тізілімдегі нөмірі", "Атауы"],
               ["1", "00302011", "Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру"],
               ["2", "00302052", "Автомобиль жолдарының бөлінген белдеуі шегінде жол бойындағы жарнаманы орналастыруға рұқсат беру"]],
         {"bold_rows": 1, "widths": [1.2, 3.2, 12]}),
        "Қорытынды: аталған қызметтер Бірыңғай байланыс орталығымен консультация беру үшін қабылданды.",
        ("sp", 14),
        "Басқарма:  ____________ Ғ. Жұмабаев                    БКО:  ____________ С. Ахметова",
    ])
    key = [tp_key(name, "kk", "2027-06-09", ["00302011", "00302052"])]
    c = ctx("Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы", "zholdar@mangystau.gov.kz",
            "990240007211",
            [("00302011", "Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру"),
             ("00302052", "Автомобиль жолдарының бөлінген белдеуі шегінде жол бойындағы жарнаманы орналастыруға рұқсат беру")],
            "protocol", None, "mark two transport services as accepted for consulting")
    save(name, data, key, c, lang="kk", fmt="pdf (text layer)",
         hard="Kazakh date with the day in quotes '2027 жылғы «9» маусым'")


@doc
def t10():
    name = "gul-60-karaganda-zhkh-1251.eml"
    att = "protokol_obuchenie_EKC.docx"
    d = docx_bytes([
        ("c", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования"),
        ("r", "«05» февраля 2027 г."),
        "г. Караганда",
        "Присутствовали: от ГУ «Отдел жилищных отношений города Караганды» — Литвиненко Оксана Павловна, "
        "главный специалист; от ЕКЦ — Сейтжанова Меруерт, специалист.",
        "Слушали: Литвиненко О.П. о порядке оказания государственных услуг:",
        "— «Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда» "
        "(№ 00503001);",
        "— «Предоставление жилища из государственного жилищного фонда» (№ 00503002).",
        "Постановили: услуги принять для консультирования с 13.02.2027.",
        "",
        "Литвиненко О.П. __________                 Сейтжанова М. __________",
    ])
    body = ("Здравствуйте!\n"
            "Высылаем протокол обучения, подписанный с нашей стороны и вашим специалистом.\n\n"
            "Литвиненко Оксана\nОтдел жилищных отношений г. Караганды\nтел. 8 (7212) 41-23-07\n")
    part = multipart("mixed", [textpart(body, charset="windows-1251", cte="quoted-printable"),
                               attachment(att, d, style="ascii")], "----=_Part_17_1931551.1707122400")
    data = message(("Литвиненко Оксана", "o.litvinenko@karaganda-zhilotnosh.gov.kz"), EKC, "протокол",
                   when(2027, 2, 5, 16, 20), part, msgid="1931551.17.1707122400@karaganda-zhilotnosh.gov.kz",
                   charset="windows-1251")
    key = [tp_key(att, "ru", "2027-02-05", ["00503001", "00503002"])]
    c = ctx("ГУ «Отдел жилищных отношений города Караганды»", "zhilotnosh@karaganda.gov.kz", "070940019426",
            [("00503001", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда"),
             ("00503002", "Предоставление жилища из государственного жилищного фонда")], "protocol", None,
            "mark two housing services as accepted for consulting")
    save(name, data, key, c, lang="ru", fmt="eml (windows-1251 QP body + docx attachment, ASCII name)",
         hard="date '«05» февраля 2027 г.' right-aligned before the city; a later start-of-consulting date 13.02.2027 in the text")


# ============================================================================= other (not replies)

def ot(part, lang=None):
    d = {"part": part, "kind": "other"}
    if lang:
        d["language"] = lang
    return d


@doc
def o01():
    name = "gul-61-minutes-ru.docx"
    data = docx_bytes([
        ("c", "ПРОТОКОЛ № 14\nсовещания при руководителе ГУ «Отдел жилищных отношений города Караганды»"),
        "г. Караганда                                                                                               18.03.2027",
        "Председатель: Жарылгасов Т.К., руководитель отдела.",
        "Секретарь: Ким А.С.",
        "Присутствовали: Литвиненко О.П., Сабитов Е.Б., Нуркенова Д.А., Ким А.С.",
        ("b", "ПОВЕСТКА ДНЯ:"),
        "1. Об итогах оказания государственных услуг за январь–февраль 2027 года.",
        "2. О подготовке к обучению сотрудников Единого контакт-центра по услугам 00503001 и 00503002.",
        "3. Разное (график отпусков).",
        ("b", "1. СЛУШАЛИ:"),
        "Сабитова Е.Б. — за два месяца принято 412 заявлений, из них 9 с нарушением сроков по вине ЦОН; жалоб нет.",
        ("b", "РЕШИЛИ:"),
        "1.1. Информацию принять к сведению. 1.2. Усилить контроль за сроками, еженедельно сверять данные ИС «Мониторинг».",
        ("b", "2. СЛУШАЛИ:"),
        "Литвиненко О.П. — ЕКЦ прислал 6 вопросов к обучению, ответы готовятся, обучение предлагается провести до 10 апреля.",
        ("b", "РЕШИЛИ:"),
        "2.1. Литвиненко О.П. подготовить презентацию и ответы на вопросы ЕКЦ в срок до 01.04.2027.",
        "2.2. После обучения оформить протокол принятия услуг для консультирования и направить в ЕКЦ.",
        ("b", "3. РАЗНОЕ:"),
        "График отпусков утвердить с учетом замечаний.",
        "",
        "Председатель                          Т. Жарылгасов",
        "Секретарь                             А. Ким",
    ])
    key = [ot(name, "ru")]
    c = ctx("ГУ «Отдел жилищных отношений города Караганды»", "zhilotnosh@karaganda.gov.kz", "070940019426",
            [("00503001", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда"),
             ("00503002", "Предоставление жилища из государственного жилищного фонда")], "protocol", None,
            "none: internal minutes sent by mistake; keep waiting for the training protocol", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="called 'ПРОТОКОЛ', dated and signed, names registry numbers and training with ЕКЦ — but internal minutes")


@doc
def o02():
    name = "gul-62-minutes-kk.pdf"
    data = pdf_bytes([
        ("c", "Маңғыстау облысы Мұнайлы ауданы әкімі аппаратының\nАППАРАТТЫҚ КЕҢЕСІНІҢ ХАТТАМАСЫ № 9"),
        ("sp", 6),
        "Маңғыстау ауылы                                                                 2027 жылғы 6 сәуір",
        ("sp", 6),
        "Төрағалық етті: аудан әкімі аппаратының басшысы Қ. Төлегенов.",
        "Қатысқандар: бөлім басшылары (тізім қоса беріледі).",
        ("b", "Күн тәртібі:"),
        "1. Мемлекеттік көрсетілетін қызметтер сапасының ішкі бақылауының 1-тоқсан қорытындылары туралы.",
        "2. Мемлекеттік қызметшілерді «Мемлекеттік көрсетілетін қызметтер туралы» Заңның өзгерістері бойынша оқыту туралы.",
        ("b", "Шешілді:"),
        "1. Ақпарат назарға алынсын. Мерзімі бұзылған 3 жағдай бойынша жауапты мамандарға ескерту жасалсын.",
        "2. Ішкі оқыту 2027 жылғы 20 сәуірде өткізілсін; ұйымдастыру – ұйымдастыру-бақылау бөліміне.",
        "3. Бірыңғай байланыс орталығымен хат алмасу бойынша жауапты тұлғалардың тізімі жаңартылсын (мерзімі – 30 сәуір).",
        ("sp", 16),
        "Төраға                                         Қ. Төлегенов",
        "Хатшы                                          А. Сұлтанбекова",
    ])
    key = [ot(name, "kk")]
    c = ctx("Маңғыстау облысы Мұнайлы ауданы әкімінің аппараты", "kense@munaily.gov.kz", "080640016113",
            [("00301007", "Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру")], "consulting", None,
            "none: internal meeting minutes, no change to the case", is_reply=False)
    save(name, data, key, c, lang="kk", fmt="pdf (text layer)",
         hard="Kazakh 'ХАТТАМА' of an internal meeting that mentions public services, training and the ЕКЦ responsible list")


@doc
def o03():
    name = "gul-63-order-head.docx"
    data = docx_bytes([
        ("c", "ГУ «УПРАВЛЕНИЕ ПРЕДПРИНИМАТЕЛЬСТВА И ТОРГОВЛИ ГОРОДА ШЫМКЕНТ»"),
        ("c", "ПРИКАЗ"),
        "24 февраля 2027 года                                                                            № 31-к",
        ("b", "О назначении на должность"),
        "В соответствии с Законом Республики Казахстан «О государственной службе Республики Казахстан» и на "
        "основании решения конкурсной комиссии от 19 февраля 2027 года ПРИКАЗЫВАЮ:",
        "1. Назначить Ахметову Гаухар Тлегеновну на должность руководителя отдела государственных услуг и "
        "лицензирования с 1 марта 2027 года с должностным окладом согласно штатному расписанию.",
        "2. Возложить на Ахметову Г.Т. координацию работы отдела по оказанию государственных услуг и контроль "
        "соблюдения сроков их оказания.",
        "3. Отделу управления персоналом ознакомить Ахметову Г.Т. с настоящим приказом.",
        "",
        "Руководитель управления                                  Б. Сейдахметов",
        "",
        "С приказом ознакомлена: ______________ Г. Ахметова   «__» ________ 2027 г.",
    ])
    key = [ot(name, "ru")]
    c = ctx("ГУ «Управление предпринимательства и торговли города Шымкент»", "kasipker@shymkent.gov.kz", "180240031172",
            [("01501015", "Выдача лицензии на реализацию (в том числе импорт) алкогольной продукции")], "appointment",
            ("ЕКЦ-2027/0139", "2027-02-19", "О назначении ответственного лица"),
            "none: a staffing order, not the appointment of the responsible person; keep waiting", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="order appointing a department head (accusative name, date, duties about public services) arriving while an appointment is awaited")


@doc
def o04():
    name = "gul-64-order-kk.eml"
    att = "Бұйрық 18-ж.pdf"
    p = pdf_bytes([
        ("c", "АҚТӨБЕ ОБЛЫСЫНЫҢ ДІН ІСТЕРІ БАСҚАРМАСЫ\nБҰЙРЫҚ"),
        "2027 жылғы 2 наурыз                                                                        № 18-ж",
        ("b", "Лауазымға тағайындау туралы"),
        "«Қазақстан Республикасының мемлекеттік қызметі туралы» Заңға сәйкес БҰЙЫРАМЫН:",
        "1. Сейітқали Ержан Болатұлы 2027 жылғы 4 наурыздан бастап талдау және мониторинг бөлімінің басшысы "
        "лауазымына тағайындалсын.",
        "2. Бұйрықтың орындалуын бақылау басшының орынбасары А. Нұрмұхамбетовке жүктелсін.",
        ("sp", 16),
        "Басқарма басшысы                                   Т. Қуанышбаев",
    ])
    body = ("Сәлеметсіз бе!\n\nАқпарат үшін бұйрықтың көшірмесін жолдаймыз.\n\n"
            "Кадр қызметі\nАқтөбе облысының дін істері басқармасы\n")
    part = multipart("mixed", [textpart(body, charset="utf-8", cte="base64"), attachment(att, p, style="2231")],
                     "=_order18_boundary")
    data = message(("Кадр қызметі", "kadry@aktobe-din.gov.kz"), EKC, "Бұйрық көшірмесі", when(2027, 3, 3, 9, 4), part,
                   msgid="order18.20270303@aktobe-din.gov.kz")
    key = [ot("body", "kk"), ot(att, "kk")]
    c = ctx("Ақтөбе облысының дін істері басқармасы", "din@aktobe.gov.kz", "110140017735", [], "consulting", None,
            "none: copy of a staffing order sent for information", is_reply=False)
    save(name, data, key, c, lang="kk", fmt="eml (utf-8 + PDF attachment)",
         hard="Kazakh order 'лауазымына тағайындалсын' with a start date; looks like a new responsible person but is not")


@doc
def o05():
    name = "gul-65-duty-roster.xlsx"
    rows = [
        ["График дежурства ответственных работников ГУ «Управление здравоохранения Жамбылской области» в праздничные дни (май 2027 г.)", None, None, None, None],
        [None] * 5,
        ["Дата", "Ф.И.О.", "Должность", "Телефон", "E-mail"],
        ["01.05.2027", "Сатыбалдиев Нурлан Маратович", "заместитель руководителя", "8 701 311 45 09", "n.satybaldiyev@zhambyl-densaulyk.gov.kz"],
        ["02.05.2027", "Ильясова Гульнара Кенесовна", "руководитель отдела лечебно-профилактической работы", "8 702 544 10 73", "g.ilyasova@zhambyl-densaulyk.gov.kz"],
        ["07.05.2027", "Омарбеков Даурен Ерикович", "главный специалист отдела государственных услуг", "8 705 908 66 21", "d.omarbekov@zhambyl-densaulyk.gov.kz"],
        ["09.05.2027", "Ким Светлана Олеговна", "руководитель отдела ПМСП", "8 777 230 18 54", "s.kim@zhambyl-densaulyk.gov.kz"],
        ["10.05.2027", "Абдрахманов Рустем Талгатович", "заместитель руководителя", "8 701 455 02 36", "r.abdrakhmanov@zhambyl-densaulyk.gov.kz"],
        [None] * 5,
        ["Дежурство с 09:00 до 18:00, в остальное время — на связи по мобильному телефону.", None, None, None, None],
        ["Согласовано: руководитель управления А. Бекмуратов", None, None, None, None],
    ]
    data = xlsx_bytes([("май", rows, {"merge": ["A1:E1", "A10:E10", "A11:E11"], "bold_rows": [1, 3], "box": (3, 8, 5),
                                      "widths": {"A": 12, "B": 32, "C": 42, "D": 18, "E": 40}})])
    key = [ot(name, "ru")]
    c = ctx("ГУ «Управление здравоохранения Жамбылской области»", "densaulyk@zhambyl.gov.kz", "990340002675",
            [("00501008", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")],
            "consulting", None, "none: a holiday duty roster sent to a distribution list", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="xlsx",
         hard="a table of names, positions, phones and e-mails that resembles column 8 of the form")


@doc
def o06():
    name = "gul-66-roster-html.eml"
    rows = [["Күні / Дата", "Кезекші / Дежурный", "Лауазымы / Должность", "Телефон"],
            ["21.03.2027", "Нұрпейісов Айбек Серікұлы", "бас маман / главный специалист", "8 (7252) 54-10-32"],
            ["22.03.2027", "Иванова Марина Петровна", "жетекші маман / ведущий специалист", "8 (7252) 54-10-35"],
            ["23.03.2027", "Тұрғанбаева Салтанат", "бөлім басшысы / руководитель отдела", "8 (7252) 54-10-30"]]
    html = ("<html><body><p>Құрметті әріптестер! / Уважаемые коллеги!</p>"
            "<p>Наурыз мерекесі күндеріндегі кезекшілік кестесін жолдаймыз. / Направляем график дежурства на "
            "праздничные дни Наурыз мейрамы.</p>" + html_table(rows) +
            "<p>Шымкент қаласының мемлекеттік қызметтерді бақылау бөлімі / Отдел контроля за оказанием "
            "государственных услуг г. Шымкент</p></body></html>")
    part = textpart(html, subtype="html", charset="utf-8", cte="base64")
    data = message(("Отдел контроля госуслуг", "kontrol@shymkent.gov.kz"),
                   ("", "undisclosed-recipients:;"), "Кезекшілік кестесі / График дежурства",
                   when(2027, 3, 19, 17, 10), part, msgid="roster-naurys-2027@shymkent.gov.kz")
    key = [ot("body")]
    c = ctx("ГУ «Отдел контроля за оказанием государственных услуг города Шымкент»", "kontrol@shymkent.gov.kz",
            "180340019207", [], "consulting", None, "none: a duty roster sent by distribution list", is_reply=False)
    save(name, data, key, c, lang="bilingual (kk / ru)", fmt="eml (HTML only, utf-8 base64, undisclosed recipients)",
         hard="bilingual HTML table of people, positions and phones; sent to undisclosed recipients")


@doc
def o07():
    name = "gul-67-later-bi.eml"
    body = ("Бірыңғай байланыс орталығына\n"
            "Единому контакт-центру\n\n"
            "2027 жылғы 12 сәуірдегі № ЕКЦ-2027/0240 хатқа / на письмо от 12.04.2027 № ЕКЦ-2027/0240\n\n"
            "Басқарманың құрылымы қайта ұйымдастырылуына байланысты жауапты тұлға жаңа құрылым бекітілгеннен кейін "
            "айқындалады, бұл туралы қосымша хабарлаймыз.\n\n"
            "В связи с реорганизацией структуры Управления ответственное лицо по государственным услугам 00907003 и "
            "00907005 будет определено после утверждения новой структуры (ориентировочно до 30 апреля 2027 года), о "
            "чем сообщим дополнительно. До этого времени по возникающим вопросам можно обращаться в приемную: "
            "8 (7282) 41-00-18.\n\n"
            "Басшының орынбасары / Заместитель руководителя     Д. Абдиев\n")
    part = textpart(body, charset="utf-8", cte="quoted-printable")
    data = message(("Жетісу ветеринария", "vet@zhetisu.gov.kz"), EKC, "ЕКЦ-2027/0240 бойынша / по письму ЕКЦ-2027/0240",
                   when(2027, 4, 15, 11, 50), part, msgid="20270415115002.77@zhetisu.gov.kz")
    key = [ot("body")]
    c = ctx("Жетісу облысының ветеринария басқармасы", "vet@zhetisu.gov.kz", "220740019342",
            [("00907003", "Ветеринариялық паспорт беру"), ("00907005", "Ветеринариялық анықтама беру")], "appointment",
            ("ЕКЦ-2027/0240", "2027-04-12", "Жауапты тұлғаны тағайындау туралы / О назначении ответственного лица"),
            "none: the agency promises to name the responsible person later; keep waiting and watch the deadline",
            is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="eml (text/plain utf-8 quoted-printable)",
         hard="answers the request and names services and a phone, but appoints nobody ('будет определено ... сообщим дополнительно')")


@doc
def o08():
    name = "gul-68-later-kk.txt"
    text = ("Бірыңғай байланыс орталығына\n\n"
            "Сіздің 2027 жылғы 20 мамырдағы № ЕКЦ-2027/0311 хатыңызға жауап ретінде хабарлаймыз: «Жер "
            "учаскесіне сәйкестендіру құжатын беру» (№ 00202041) мемлекеттік көрсетілетін қызметі бойынша жауапты "
            "тұлға бөлім басшысы еңбек демалысынан оралғаннан кейін, 2027 жылғы 7 маусымнан кешіктірмей "
            "тағайындалады. Тағайындалған тұлғаның деректері бөлек хатпен жіберіледі.\n\n"
            "Құрметпен,\n"
            "Түркістан облысының жер қатынастары басқармасының кеңсесі\n")
    data = txt(text, "utf-8")
    key = [ot(name, "kk")]
    c = ctx("Түркістан облысының жер қатынастары басқармасы", "zher@turkistan.gov.kz", "180840021045",
            [("00202041", "Жер учаскесіне сәйкестендіру құжатын беру")], "appointment",
            ("ЕКЦ-2027/0311", "2027-05-20", "Жауапты тұлғаны тағайындау туралы"),
            "none: the responsible person will be named later; keep waiting", is_reply=False)
    save(name, data, key, c, lang="kk", fmt="txt (utf-8)",
         hard="Kazakh 'тағайындалады' (will be appointed) with a date, no name")


@doc
def o09():
    name = "gul-69-deadline-q.eml"
    body = ("Добрый день!\n\n"
            "Получили Ваш запрос № ЕКЦ-2027/0097 от 04.02.2027 о представлении информации по форме приложения 1 "
            "по услуге 00503019 «Выдача разрешения на вырубку деревьев».\n\n"
            "Просим разъяснить, какой срок для ответа считается установленным: три рабочих дня на назначение "
            "ответственного лица и еще пять — на заполнение формы, или всего пять рабочих дней с даты запроса? "
            "Также просим сообщить, возможно ли продление срока до 20.02.2027 в связи с тем, что правила оказания "
            "услуги находятся на согласовании в министерстве.\n\n"
            "С уважением,\n"
            "Жукенова Асем\n"
            "ГУ «Отдел ЖКХ г. Петропавловска»\n"
            "8 (7152) 33-70-14\n")
    part = textpart(body, charset="windows-1251", cte="8bit")
    data = message(("Жукенова Асем", "a.zhukenova@petropavl.gov.kz"), EKC, "Вопрос по срокам ответа на ЕКЦ-2027/0097",
                   when(2027, 2, 6, 10, 40), part, msgid="20270206104011.4561@petropavl.gov.kz", charset="windows-1251")
    key = [ot("body", "ru")]
    c = ctx("ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Петропавловска»",
            "zhkh@petropavl.gov.kz", "080340021577", [("00503019", "Выдача разрешения на вырубку деревьев")],
            "appointment", ("ЕКЦ-2027/0097", "2027-02-04", "Запрос о представлении информации"),
            "none for the case; an operator answers the question about the deadline", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="eml (text/plain windows-1251 8bit)",
         hard="asks about deadlines and an extension, quoting the request and the Rules' terms; no appointment, no data")


@doc
def o10():
    name = "gul-70-deadline-kk.eml"
    body = ("Қайырлы күн!\n\n"
            "ЕКЦ-2027/0350 хатыңыз бойынша сұрақ: 1-қосымша нысанын толтыру мерзімі қай күннен бастап есептеледі – "
            "хат тіркелген күннен бе, әлде жауапты тұлға тағайындалған күннен бе? Біздің басқармада хат 2027 жылғы "
            "3 маусымда тіркелді. Сондай-ақ нысанды қазақ тілінде ғана толтыруға бола ма?\n\n"
            "Жауабыңызды күтеміз.\n\n"
            "Рахметова Айжан\n"
            "Қостанай облысының табиғи ресурстар басқармасы\n"
            "8 (7142) 50-27-40\n")
    part = textpart(body, charset="utf-8", cte="8bit")
    data = message(("Рахметова Айжан", "a.rakhmetova@kostanay-tabigat.gov.kz"), EKC, "Мерзім туралы сұрақ",
                   when(2027, 6, 4, 15, 3), part, msgid="q-deadline-0350@kostanay-tabigat.gov.kz")
    key = [ot("body", "kk")]
    c = ctx("Қостанай облысы әкімдігінің табиғи ресурстар және табиғат пайдалануды реттеу басқармасы",
            "tabigat@kostanay.gov.kz", "990340005821", [("01003027", "Балық аулауға рұқсат беру")], "information",
            ("ЕКЦ-2027/0350", "2027-05-31", "1-қосымша бойынша ақпарат беру туралы"),
            "none for the case; an operator answers the question about the deadline", is_reply=False)
    save(name, data, key, c, lang="kk", fmt="eml (text/plain utf-8 8bit)",
         hard="Kazakh question about how the deadline is counted, mentions the form and the responsible person")


@doc
def o11():
    name = "gul-71-seminar-html.eml"
    html = ("<html><body style=\"font-family:Segoe UI,Arial;font-size:10.5pt\">"
            "<p><b>Шақыру / Приглашение</b></p>"
            "<p>Құрметті әріптестер! «Мемлекеттік қызметтер стандарттары: 2027 жылғы өзгерістер» тақырыбындағы "
            "семинарға шақырамыз.</p>"
            "<p>Уважаемые коллеги! Приглашаем ответственных лиц государственных органов и сотрудников Единого "
            "контакт-центра на семинар <b>«Стандарты государственных услуг: изменения 2027 года»</b>.</p>"
            "<ul><li>Дата: 16 сентября 2027 года, 10:00–13:00</li>"
            "<li>Место: г. Астана, пр. Абая, 33а, конференц-зал Академии государственного управления</li>"
            "<li>Формат: очно и онлайн (ссылка будет направлена после регистрации)</li></ul>"
            "<p>В программе: новые требования к правилам оказания государственных услуг, типовые ошибки при "
            "заполнении приложения 1, порядок замены ответственных лиц, опыт подписания протоколов с ЕКЦ.</p>"
            "<p>Регистрация до 10.09.2027 по ссылке: https://forms.apa.gov.kz/seminar-2027-09 или по телефону "
            "8 (7172) 75-33-90 (Серикова Дана).</p>"
            "<p>С уважением,<br>Академия государственного управления при Президенте Республики Казахстан</p>"
            "</body></html>")
    part = textpart(html, subtype="html", charset="utf-8", cte="quoted-printable")
    data = message(("Академия госуправления", "events@apa.gov.kz"), ("Ответственные лица ГО", "otv-lica@apa.gov.kz"),
                   "Приглашение на семинар: стандарты государственных услуг", when(2027, 8, 30, 12, 0), part,
                   msgid="seminar-2027-09-16@apa.gov.kz", cc=EKC, extra=[("Precedence", "bulk")])
    key = [ot("body")]
    c = ctx("Академия государственного управления при Президенте Республики Казахстан", "events@apa.gov.kz",
            "940140000419", [], "consulting", None, "none: seminar invitation", is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="eml (HTML only, utf-8 QP, bulk)",
         hard="mentions Appendix 1, replacing responsible persons and protocols with ЕКЦ — as seminar topics")


@doc
def o12():
    name = "gul-72-seminar-invite.pdf"
    data = pdf_bytes([
        ("c", "ШЫҒЫС ҚАЗАҚСТАН ОБЛЫСЫ ӘКІМІНІҢ АППАРАТЫ\nАППАРАТ АКИМА ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ"),
        ("sp", 6),
        "2027 жылғы 2 қазан / 02.10.2027                                                     № 01-24/5580",
        ("r", "Тізім бойынша / По списку"),
        ("sp", 6),
        ("b", "Өңірлік семинарға шақыру туралы / О приглашении на региональный семинар"),
        "Облыс әкімінің аппараты 2027 жылғы 14 қазанда сағат 15:00-де мемлекеттік көрсетілетін қызметтердің "
        "сапасын бақылау және Бірыңғай байланыс орталығымен өзара іс-қимыл мәселелері бойынша өңірлік семинар "
        "өткізеді.",
        "Аппарат акима области 14 октября 2027 года в 15:00 проводит региональный семинар по вопросам контроля "
        "качества оказания государственных услуг и взаимодействия с Единым контакт-центром. Просим обеспечить "
        "участие ответственных лиц по государственным услугам.",
        "Орны / Место: г. Усть-Каменогорск, ул. Горького, 40, зал заседаний (3 этаж).",
        "Байланыс / Контакты: Бейсенова Камила, 8 (7232) 24-66-17.",
        ("sp", 16),
        "Аппарат басшысы / Руководитель аппарата                                         Ж. Темірханов",
    ])
    key = [ot(name)]
    c = ctx("ГУ «Аппарат акима Восточно-Казахстанской области»", "kense@vko.gov.kz", "990240004217", [], "consulting",
            None, "none: invitation to a regional seminar", is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="pdf (text layer)",
         hard="official letterhead, outgoing number and ЕКЦ in the text; 'ответственных лиц' without any name")


@doc
def o13():
    name = "gul-73-legal-digest.docx"
    data = docx_bytes([
        ("c", "МИНИСТЕРСТВО ЦИФРОВОГО РАЗВИТИЯ, ИННОВАЦИЙ И АЭРОКОСМИЧЕСКОЙ ПРОМЫШЛЕННОСТИ РЕСПУБЛИКИ КАЗАХСТАН\n"
              "Департамент государственных услуг"),
        ("b", "Обзор изменений законодательства в сфере государственных услуг за июнь 2027 года"),
        "(для сведения и использования в работе центральных и местных исполнительных органов)",
        "В июне 2027 года зарегистрированы в Министерстве юстиции следующие приказы, изменяющие правила "
        "(стандарты) оказания государственных услуг:",
        ("t", [["№", "Реестровый номер", "Государственная услуга", "Акт", "Вводится в действие"],
               ["1", "00805021", "Выдача разрешения иммигранту на временное проживание",
                "Приказ Министра внутренних дел РК от 2 июня 2027 года № 402", "15.06.2027"],
               ["2", "00301061", "Субсидирование развития семеноводства",
                "Приказ Министра сельского хозяйства РК от 22 июня 2027 года № 214", "01.07.2027"],
               ["3", "01303008", "Выдача лицензии на деятельность по покупке электрической энергии в целях энергоснабжения",
                "Приказ Министра энергетики РК от 30 июня 2027 года № 215", "12.07.2027"]], {"bold_rows": 1}),
        "Напоминаем, что в соответствии с пунктом 6 Правил взаимодействия Единого контакт-центра ответственные "
        "лица государственных органов обязаны в течение пяти рабочих дней актуализировать представленную в ЕКЦ "
        "информацию.",
        "",
        "Исп.: Жаксыбаева Т., 8 (7172) 65-12-08",
    ])
    key = [ot(name, "ru")]
    c = ctx("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
            "kanc@mdai.gov.kz", "190440020211", [], "consulting", None,
            "none: a legal digest for information; each agency sends its own change notice", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="table of registry numbers, new acts and effective dates from a third party — a digest, not the agency's own change notice")


@doc
def o14():
    name = "gul-74-digest-koi8.eml"
    body = ("ПРАВОВОЙ ДАЙДЖЕСТ N 23 (июль 2027)\n"
            "Рассылка информационно-правовой системы для подписчиков\n"
            "=====================================================\n\n"
            "ГОСУДАРСТВЕННЫЕ УСЛУГИ\n\n"
            "* Утверждены новые Правила оказания государственной услуги \"Выдача разрешения на международные\n"
            "  автомобильные перевозки грузов\" (приказ Министра транспорта РК от 11.08.2027 N 314).\n"
            "* Изменены Правила оказания государственной услуги \"Выдача ветеринарного паспорта на животное\"\n"
            "  (приказ Министра сельского хозяйства РК от 27.08.2027 N 301), вводятся в действие с 01.09.2027.\n"
            "* Постановлением акимата ВКО от 05.08.2027 N 198 утвержден регламент услуги \"Выдача свидетельства о\n"
            "  присвоении квалификационной категории гиду (гиду-переводчику)\".\n\n"
            "СУДЕБНАЯ ПРАКТИКА\n\n"
            "* Верховный суд разъяснил порядок обжалования отказа в оказании государственной услуги.\n\n"
            "-----------------------------------------------------\n"
            "Вы получили это письмо, так как подписаны на рассылку. Отписаться: https://digest.zan-info.kz/unsubscribe\n")
    part = textpart(body, charset="koi8-r", cte="8bit")
    data = message(("Правовой дайджест", "digest@zan-info.kz"), EKC, "Правовой дайджест N 23: государственные услуги",
                   when(2027, 8, 31, 7, 0), part, msgid="digest-23-2027@zan-info.kz", charset="koi8-r",
                   extra=[("List-Unsubscribe", "<https://digest.zan-info.kz/unsubscribe>"), ("Precedence", "list")])
    key = [ot("body", "ru")]
    c = ctx("ТОО «Зан-Инфо» (рассылка)", "digest@zan-info.kz", "150540021196", [], "consulting", None,
            "none: a subscription newsletter", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="eml (text/plain koi8-r 8bit, mailing list)",
         hard="lists new and amended standards with orders and in-force dates, even the word 'отказ' — but it is a newsletter")


@doc
def o15():
    name = "gul-75-thanks-bi.eml"
    body = ("Құрметті Бірыңғай байланыс орталығының ұжымы!\n\n"
            "2027 жылғы 9 маусымда өткен оқытуға белсене қатысқаныңыз үшін алғыс айтамыз.\n\n"
            "Уважаемые коллеги!\n\n"
            "Благодарим сотрудников ЕКЦ за участие в обучении 9 июня 2027 года по услугам пассажирского транспорта, "
            "за подготовленные вопросы и конструктивный диалог. Подписанный протокол будет направлен отдельным "
            "письмом после его регистрации в СЭД.\n\n"
            "Құрметпен / С уважением,\n"
            "Жұмабаев Ғалымжан\n"
            "Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы\n")
    part = textpart(body, charset="utf-8", cte="base64")
    data = message(("Жұмабаев Ғалымжан", "g.zhumabayev@mangystau-zholdar.gov.kz"), EKC, "Алғыс / Благодарность",
                   when(2027, 6, 10, 9, 12), part, msgid="thanks-0609@mangystau-zholdar.gov.kz")
    key = [ot("body")]
    c = ctx("Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы", "zholdar@mangystau.gov.kz",
            "990240007211",
            [("00302011", "Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру")],
            "protocol", None, "none: thanks after the training; the protocol is still to come", is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="eml (text/plain utf-8 base64)",
         hard="about a training that took place, with its date, and promises the signed protocol separately")


@doc
def o16():
    name = "gul-76-thanks-kk.txt"
    text = ("Бірыңғай байланыс орталығының басшысына\n\n"
            "Алғыс хат\n\n"
            "Ақмола облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы 2027 жылғы 24 наурызда "
            "«Индустриялық-инновациялық қызмет субъектілеріне мемлекеттік қолдау шараларын ұсыну» мемлекеттік "
            "көрсетілетін қызметі бойынша өткізілген оқыту кезінде орталық мамандарының кәсібилігі мен "
            "ұйымшылдығы үшін алғысын білдіреді. Әсіресе аға маман Тұрсынова Аягөз Маратқызының дайындаған "
            "сұрақтары қызметтің қағидаларын жетілдіруге көмектесті.\n\n"
            "Алдағы уақытта да өзара тиімді ынтымақтастықты жалғастыруға дайынбыз.\n\n"
            "Басшының орынбасары                               Қ. Ермағанбетов\n")
    data = txt(text, "utf-8-sig", crlf=True)
    key = [ot(name, "kk")]
    c = ctx("ГУ «Управление предпринимательства и индустриально-инновационного развития Акмолинской области»",
            "kense@akmola-biz.gov.kz", "990140004275",
            [("01501009", "Предоставление мер государственной поддержки субъектам индустриально-инновационной деятельности")],
            "protocol", None, "none: a letter of thanks after the training; no protocol attached", is_reply=False)
    save(name, data, key, c, lang="kk", fmt="txt (UTF-8 with BOM, CRLF)",
         hard="Kazakh thanks naming the training date, the service and a ЕКЦ employee in the genitive")


@doc
def o17():
    name = "gul-77-draft-protocol.docx"
    data = docx_bytes([
        ("r", "ПРОЕКТ"),
        ("c", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственной услуги для консультирования"),
        "г. Атырау                                                                                 «___» ____________ 2027 г.",
        "Ответственное лицо Управления здравоохранения Атырауской области: Утегенова Сания Жумабаевна, "
        "заведующая сектором ПМСП.",
        "Представитель Единого контакт-центра: _______________________.",
        "Государственная услуга: 00501008 «Прикрепление к медицинской организации, оказывающей первичную "
        "медико-санитарную помощь».",
        "По итогам обучения государственная услуга принята Единым контакт-центром для консультирования.",
        "",
        "От Управления: ____________ /                          /",
        "От ЕКЦ:            ____________ /                          /",
        "",
        ("i", "Проект подготовлен для согласования. Дату обучения предлагаем определить по согласованию сторон."),
    ])
    key = [ot(name, "ru")]
    c = ctx("ГУ «Управление здравоохранения Атырауской области»", "densaulyk@atyrau.gov.kz", "990640002451",
            [("00501008", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")],
            "protocol", None, "none: an unsigned draft protocol without a date; agree the date, wait for the signed one",
            is_reply=False)
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="full protocol wording and registry number, but marked ПРОЕКТ, blank date, empty signatures")


@doc
def o18():
    name = "gul-78-draft-bi.eml"
    att = "Проект протокола ЕКЦ.docx"
    d = docx_bytes([
        ("i", "Жоба / Проект"),
        ("c", "ХАТТАМА / ПРОТОКОЛ"),
        "Павлодар қ. / г. Павлодар                                                   «__» маусым / июня 2027 г.",
        "Мемлекеттік көрсетілетін қызмет / Государственная услуга: 00401012 «Назначение жилищной помощи».",
        "Қызмет консультация беру үшін қабылданды. / Услуга принята для консультирования.",
        "Қолдары / Подписи: ____________ Л. Ганиева        ____________ (ЕКЦ)",
    ])
    body = ("Құрметті әріптестер!\n"
            "Хаттаманың жобасын келісуге жолдаймыз. Ескертулеріңізді 2027 жылғы 14 маусымға дейін жіберуіңізді сұраймыз.\n\n"
            "Уважаемые коллеги!\n"
            "Направляем проект протокола на согласование. Замечания просим направить до 14.06.2027, после чего "
            "подпишем в двух экземплярах.\n\n"
            "Ганиева Лаура\n8 (7182) 32-51-47\n")
    part = multipart("mixed", [textpart(body, charset="utf-8", cte="base64"), attachment(att, d, style="2231")],
                     "=_draftprot_4410")
    data = message(("Ганиева Лаура", "l.ganieva@pavlodar-zhumys.gov.kz"), EKC, "Хаттама жобасы / Проект протокола",
                   when(2027, 6, 8, 15, 33), part, msgid="draft-prot-4410@pavlodar-zhumys.gov.kz")
    key = [ot("body"), ot(att)]
    c = ctx("Управление занятости и социальных программ Павлодарской области", "zhumys@pavlodar.gov.kz", "050340006218",
            [("00401012", "Назначение жилищной помощи")], "protocol", None,
            "none: a draft protocol sent for comments; wait for the signed protocol", is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="eml (utf-8 + docx attachment)",
         hard="the attachment has the protocol's words and a registry number, but is a draft with a blank day")


@doc
def o19():
    name = "gul-79-wrong-agency.eml"
    body = ("Прокурору Алматинской области\n"
            "старшему советнику юстиции Нурланову А.К.\n\n"
            "На № 2-11-27-04529 от 18.05.2027\n\n"
            "Управление земельных отношений Алматинской области на Ваш запрос сообщает, что за 2026 год и "
            "январь–апрель 2027 года по государственной услуге «Выдача решения на изменение целевого назначения "
            "земельного участка» (№ 00202018) поступило 1 284 заявления, по 37 из них вынесены мотивированные отказы, "
            "жалоб услугополучателей — 5, все рассмотрены в установленный срок, нарушений сроков оказания услуги не "
            "допущено.\n\n"
            "Копии материалов по жалобам прилагаются на 23 листах.\n\n"
            "Руководитель управления                         М. Садыков\n"
            "Исп. Токтарбекова Ж., 8 (7282) 60-14-72\n")
    part = textpart(body, charset="utf-8", cte="quoted-printable")
    data = message(("Управление земельных отношений", "zher@almobl-zher.gov.kz"), EKC, "На № 2-11-27-04529",
                   when(2027, 5, 25, 14, 18), part, msgid="prok-04529@almobl-zher.gov.kz")
    key = [ot("body", "ru")]
    c = ctx("ГУ «Управление земельных отношений Алматинской области»", "zher@almobl-zher.gov.kz", "990240006194",
            [("00202018", "Выдача решения на изменение целевого назначения земельного участка")], "information",
            ("ЕКЦ-2027/0307", "2027-05-17", "Запрос информации о государственной услуге"),
            "none: a reply meant for the regional prosecutor's office; tell the sender it was misaddressed", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="eml (text/plain utf-8 QP)",
         hard="a real agency reply with service name, registry number and 'отказы' — addressed to the prosecutor, not to ЕКЦ")


@doc
def o20():
    name = "gul-80-to-goskorp.docx"
    data = docx_bytes([
        ("c", "ГУ «Управление по делам архивов и документации Жамбылской области»"),
        "№ 04-11/987 от 02.06.2027",
        ("r", "Филиал НАО «Государственная корпорация\n«Правительство для граждан» по Жамбылской области"),
        "На Ваше письмо от 26.05.2027 № 18-04/3361 сообщаем перечень государственных услуг управления, "
        "оказываемых через Государственную корпорацию, с указанием каналов приема:",
        ("t", [["№", "№ в реестре", "Наименование", "Канал приема", "Срок оказания"],
               ["1", "00703002", "Выдача архивных справок", "ЦОН, портал", "10 рабочих дней"],
               ["2", "00703005", "Выдача копий архивных документов", "ЦОН", "15 рабочих дней"]], {"bold_rows": 1}),
        "Контактное лицо по вопросам передачи документов в ЦОН: Алимбекова Сауле Турсуновна, главный специалист, "
        "8 (7262) 45-07-19, s.alimbekova@zhambyl-arhiv.gov.kz.",
        "",
        "Руководитель управления                             Е. Досжанов",
    ])
    key = [ot(name, "ru")]
    c = ctx("ГУ «Управление по делам архивов и документации Жамбылской области»", "arhiv@zhambyl.gov.kz",
            "990540008126", [("00703002", "Выдача архивных справок")], "appointment",
            ("ЕКЦ-2027/0322", "2027-05-28", "О назначении ответственного лица"),
            "none: a letter addressed to the State Corporation, sent to ЕКЦ by mistake", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="docx",
         hard="addressed to the State Corporation; has a service table and a named contact person with phone and e-mail")


@doc
def o21():
    name = "gul-81-autoreply-ooo.eml"
    body = ("Здравствуйте!\n\n"
            "Я нахожусь в ежегодном трудовом отпуске с 07.06.2027 по 28.06.2027 включительно.\n"
            "По вопросам взаимодействия с Единым контакт-центром и государственных услуг управления прошу "
            "обращаться к Серикбаевой Жанаре Амангельдиевне, тел. 8 (7172) 39-57-15, zh.serikbayeva@saryarka.astana.gov.kz.\n\n"
            "С уважением,\nНуртазина Гульмира\n")
    part = textpart(body, charset="utf-8", cte="base64")
    data = message(("Нуртазина Гульмира Саматовна", "g.nurtazina@saryarka.astana.gov.kz"), EKC,
                   "Автоматический ответ: ЕКЦ-2027/0340 О представлении дополнительной информации",
                   when(2027, 6, 9, 10, 1), part, msgid="ooo-0340@saryarka.astana.gov.kz",
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    key = [ot("body", "ru")]
    c = ctx("ГУ «Аппарат акима района «Сарыарка» города Астаны»", "kense@saryarka.astana.gov.kz", "100140008733",
            [("00301007", "Выдача справки о наличии личного подсобного хозяйства")], "additional_answer",
            ("ЕКЦ-2027/0340", "2027-06-08", "О представлении дополнительной информации"),
            "none: out-of-office auto-reply; the request stays open", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="eml (text/plain utf-8 base64, Auto-Submitted)",
         hard="out-of-office reply that names a substitute with phone and e-mail in the dative-like 'обращаться к ...' — not a replacement")


@doc
def o22():
    name = "gul-82-autoreply-esedo.eml"
    html = ("<html><body><table style=\"font-family:Arial;font-size:9pt;border:1px solid #ccc\"><tr><td>"
            "<p><b>Сіздің хатыңыз тіркелді / Ваше письмо зарегистрировано</b></p>"
            "<p>Тіркеу нөмірі / Регистрационный номер: <b>ЖТ-2027-118344</b><br>"
            "Тіркелген күні / Дата регистрации: 14.07.2027 09:41<br>"
            "Тақырыбы / Тема: ЕКЦ-2027/0402 О представлении информации по форме приложения 1</p>"
            "<p>Бұл хабарлама автоматты түрде жіберілді, оған жауап бермеңіз.<br>"
            "Это сообщение отправлено автоматически, не отвечайте на него.</p>"
            "<p>ЕСЭДО – Министерство туризма и спорта Республики Казахстан</p>"
            "</td></tr></table></body></html>")
    part = textpart(html, subtype="html", charset="utf-8", cte="base64")
    data = message(("ЕСЭДО МТС РК", "no-reply@mts.gov.kz"), EKC,
                   "Тіркеу туралы хабарлама / Уведомление о регистрации: ЕКЦ-2027/0402", when(2027, 7, 14, 9, 41), part,
                   msgid="esedo-118344@mts.gov.kz", extra=[("Auto-Submitted", "auto-generated")])
    key = [ot("body")]
    c = ctx("Министерство туризма и спорта Республики Казахстан", "kanc@mts.gov.kz", "140740019823",
            [("00901004", "Присвоение спортивных разрядов и квалификационных категорий")], "information",
            ("ЕКЦ-2027/0402", "2027-07-12", "О представлении информации по форме приложения 1"),
            "none: registration receipt from the document system; keep waiting for the answer", is_reply=False)
    save(name, data, key, c, lang="bilingual (kk / ru)", fmt="eml (HTML only, utf-8 base64, auto-generated)",
         hard="receipt quotes the centre's subject with 'приложения 1' and a registration number")


@doc
def o23():
    name = "gul-83-oper-meeting.txt"
    text = ("ПРОТОКОЛ ОПЕРАТИВНОГО СОВЕЩАНИЯ\n"
            "Департамент государственных доходов по Костанайской области\n"
            "от 05.04.2027 № 12\n\n"
            "Председательствовал: заместитель руководителя ДГД Абенов К.С.\n\n"
            "1. О соблюдении сроков оказания государственных услуг в марте 2027 года.\n"
            "   Отмечено: по услуге 00104031 \"Выдача справки об отсутствии (наличии) налоговой задолженности\"\n"
            "   нарушений сроков нет; по услуге 00104015 — 2 случая, служебная проверка назначена.\n\n"
            "2. О взаимодействии с Единым контакт-центром.\n"
            "   Поручено отделу по работе с налогоплательщиками (Жумабаева С.) подготовить ответы на вопросы ЕКЦ и\n"
            "   провести обучение операторов ЕКЦ до 20.04.2027; протокол обучения представить руководству.\n\n"
            "3. Об обучении сотрудников ДГД изменениям Налогового кодекса — 12.04.2027, актовый зал.\n\n"
            "Секретарь: Исабекова Д.\n")
    data = txt(text, "cp1251", crlf=True)
    key = [ot(name, "ru")]
    c = ctx("Департамент государственных доходов по Костанайской области Комитета государственных доходов Министерства финансов Республики Казахстан",
            "kostanay@kgd.gov.kz", "981140001558",
            [("00104031", "Выдача справки об отсутствии (наличии) налоговой задолженности")], "protocol", None,
            "none: internal operational meeting minutes", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="txt (windows-1251, CRLF)",
         hard="'ПРОТОКОЛ' with a number and date, registry numbers and 'обучение операторов ЕКЦ' — internal minutes")


@doc
def o24():
    name = "gul-84-order-bi.txt"
    text = ("БҰЙРЫҚ / ПРИКАЗ\n"
            "Қызылорда облысының мәдениет басқармасы / Управление культуры Кызылординской области\n"
            "2027 жылғы 19 шілде / 19 июля 2027 года                     № 64-ж/қ\n\n"
            "Лауазымға тағайындау туралы / О назначении на должность\n\n"
            "1. Байжанова Ләйлә Серікқызы 2027 жылғы 22 шілдеден бастап мәдени мұра бөлімінің басшысы лауазымына "
            "тағайындалсын.\n"
            "1. Назначить Байжанову Ләйлә Серікқызы на должность руководителя отдела культурного наследия с 22 июля "
            "2027 года.\n\n"
            "2. Бұйрықпен таныстырылсын. / Ознакомить с приказом.\n\n"
            "Басшы / Руководитель                            Н. Жақсылықов\n")
    data = txt(text, "utf-16", crlf=True)
    key = [ot(name)]
    c = ctx("ГУ «Управление культуры Кызылординской области»", "madeniet@kyzylorda.gov.kz", "990540003372",
            [("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей")], "consulting",
            None, "none: a staffing order; the person is already responsible and nothing changes for ЕКЦ",
            is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="txt (UTF-16 LE with BOM, CRLF)",
         hard="the same person who signed the protocol is promoted from a date — an order, not a replacement notice")


@doc
def o25():
    name = "gul-85-roster-kk.pdf"
    rows = [["Р/с", "Күні", "Кезекші (Т.А.Ә., лауазымы, байланыс)"],
            ["1", "2027 ж. 6 шілде", "Омаров Бекзат Нұрланұлы, бас маман, 8 (7172) 70-21-44, b.omarov@astana-zher.gov.kz"],
            ["2", "2027 ж. 7 шілде", "Сәрсенова Әйгерім Қайратқызы, жетекші маман, 8 (7172) 70-21-47, a.sarsenova@astana-zher.gov.kz"],
            ["3", "2027 ж. 8 шілде", "Мұратов Ерлан Бекұлы, бөлім басшысы, 8 (7172) 70-21-40, e.muratov@astana-zher.gov.kz"]]
    data = pdf_bytes([
        ("c", "Астана қаласының жер қатынастары басқармасы\nМереке күндеріндегі кезекшілік кестесі"),
        ("sp", 8),
        ("t", rows, {"bold_rows": 1, "widths": [1.2, 3.5, 12]}),
        "Кезекшілер сағат 9:00-ден 18:00-ге дейін жұмыс орнында болады.",
        ("sp", 10),
        "Бекітемін: басқарма басшысы                           Ж. Қасенов",
    ])
    key = [ot(name, "kk")]
    c = ctx("Астана қаласының жер қатынастары басқармасы", "zher@astana.gov.kz", "990140006627", [], "consulting", None,
            "none: a holiday duty roster", is_reply=False)
    save(name, data, key, c, lang="kk", fmt="pdf (text layer)",
         hard="one cell per person holding name, position, phone, e-mail — exactly like column 8")


@doc
def o26():
    name = "gul-86-seminar-kk.docx"
    data = docx_bytes([
        ("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ МЕМЛЕКЕТТІК ҚЫЗМЕТ ІСТЕРІ АГЕНТТІГІНІҢ\nЖЕТІСУ ОБЛЫСЫ БОЙЫНША ДЕПАРТАМЕНТІ"),
        "2027 жылғы 6 қыркүйек № 05-3/771",
        ("r", "Тізім бойынша"),
        ("b", "Семинарға шақыру туралы"),
        "Департамент 2027 жылғы 21 қыркүйекте сағат 10:00-де «Мемлекеттік көрсетілетін қызметтер стандарттарының "
        "сақталуы және Бірыңғай байланыс орталығымен өзара іс-қимыл» тақырыбында семинар өткізеді.",
        "Семинарға мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлғалардың қатысуын қамтамасыз етуді "
        "сұраймыз. Қатысушылардың тізімін (Т.А.Ә., лауазымы, телефоны) 2027 жылғы 15 қыркүйекке дейін "
        "zhetisu@asd.gov.kz мекенжайына жіберу қажет.",
        "Өтетін орны: Талдықорған қ., Тәуелсіздік к-сі, 38, мәжіліс залы.",
        "",
        "Департамент басшысы                                 М. Әбілқасымов",
    ])
    key = [ot(name, "kk")]
    c = ctx("Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Жетісу облысы бойынша департаменті",
            "zhetisu@asd.gov.kz", "220840009912", [], "consulting", None, "none: seminar invitation", is_reply=False)
    save(name, data, key, c, lang="kk", fmt="docx",
         hard="asks to send names, positions and phones of responsible persons — for a seminar list")


@doc
def o27():
    name = "gul-87-thanks-bi.docx"
    data = docx_bytes([
        ("c", "АЛҒЫС ХАТ\nБЛАГОДАРСТВЕННОЕ ПИСЬМО"),
        "Бірыңғай байланыс орталығының ұжымына / Коллективу Единого контакт-центра",
        "Алматы қаласының қалалық мобильділік басқармасы 2027 жылғы 22 сәуірде өткен оқыту кезіндегі жоғары "
        "кәсібилігіңіз үшін алғыс білдіреді.",
        "Управление городской мобильности города Алматы выражает благодарность за высокий профессионализм при "
        "проведении обучения 22 апреля 2027 года и оперативное подписание протокола по услуге 00302064.",
        "",
        "Басшы / Руководитель                                   А. Тілеубаев",
    ])
    key = [ot(name)]
    c = ctx("КГУ «Управление городской мобильности города Алматы»", "mobility@almaty.gov.kz", "200140025548",
            [("00302064", "Выдача разрешения на организацию нерегулярных перевозок пассажиров и багажа")], "consulting",
            None, "none: a letter of thanks; the protocol was already received", is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="docx",
         hard="mentions the training date, 'подписание протокола' and a registry number")


@doc
def o28():
    name = "gul-88-deadline-cp866.txt"
    text = ("В Единый контакт-центр\n\n"
            "Уточнение по срокам\n\n"
            "Отдел образования Зерендинского района получил письмо ЕКЦ-2027/0377 от 21.06.2027. В письме указано,\n"
            "что ответ необходимо направить в течение трех рабочих дней. Просим сообщить, распространяется ли этот\n"
            "срок на заполнение формы приложения 1 или только на назначение ответственного лица, и какой срок\n"
            "установлен для проведения обучения. Ответ просим направить на электронную почту zerenda-bilim@mail.kz.\n\n"
            "Методист отдела Сейткали Б.\n"
            "тел. 8 (71632) 2-14-05\n")
    data = txt(text, "cp866", crlf=True)
    key = [ot(name, "ru")]
    c = ctx("ГУ «Отдел образования Зерендинского района» Управления образования Акмолинской области",
            "zerenda-bilim@mail.kz", "990440009871",
            [("00110207", "Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации")],
            "appointment", ("ЕКЦ-2027/0377", "2027-06-21", "О назначении ответственного лица"),
            "none for the case; an operator answers the question about the deadline", is_reply=False)
    save(name, data, key, c, lang="ru", fmt="txt (cp866, CRLF)",
         hard="DOS code page; question mentions the form, the responsible person and training")


@doc
def o29():
    name = "gul-89-bulletin-bi.pdf"
    data = pdf_bytes([
        ("c", "АҚПАРАТТЫҚ БЮЛЛЕТЕНЬ / ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ № 8 (2027)"),
        ("c", "Мемлекеттік көрсетілетін қызметтер стандарттарындағы өзгерістер / Изменения в стандартах государственных услуг"),
        ("sp", 6),
        "Бюллетень мемлекеттік органдардың назарына ақпарат үшін жіберіледі. / Бюллетень направляется государственным "
        "органам для сведения.",
        ("t", [["№ в реестре", "Государственная услуга", "Новый нормативный правовой акт", "Дата вступления в силу"],
               ["00903002", "Выдача лицензии на предоставление услуг в области связи",
                "Приказ МЦРИАП РК от 19.07.2027 № 288/НҚ", "01.08.2027"],
               ["00903005", "Выдача разрешения на использование радиочастотного спектра",
                "Приказ МЦРИАП РК от 19.07.2027 № 289/НҚ", "01.08.2027"],
               ["00601005", "Государственная регистрация заключения брака (супружества)",
                "Приказ Министра юстиции РК от 02.09.2027 № 611", "13.09.2027"]],
         {"bold_rows": 1, "widths": [2.4, 6.5, 5.5, 3]}),
        "Дайындаған / Подготовил: Мемлекеттік қызметтер сапасын бақылау департаменті / Департамент контроля "
        "качества государственных услуг АДГС РК.",
    ])
    key = [ot(name)]
    c = ctx("Агентство Республики Казахстан по делам государственной службы", "kanc@asd.gov.kz", "990540001845", [],
            "consulting", None, "none: an information bulletin; each agency sends its own change notice",
            is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="pdf (text layer)",
         hard="a table of registry numbers, new acts and in-force dates for other agencies' services — a bulletin")


@doc
def o30():
    name = "gul-90-autoreply-bi.eml"
    body = ("Автоматты жауап / Автоматический ответ\n\n"
            "Хатыңыз kanc@energo.gov.kz поштасына жеткізілді және кеңсеге тіркеуге берілді.\n"
            "Ваше письмо доставлено на адрес kanc@energo.gov.kz и передано в канцелярию для регистрации.\n\n"
            "Мерзімі бойынша жауап Министрліктің ресми бланкісінде жіберіледі.\n"
            "Ответ по существу будет направлен на официальном бланке Министерства в установленный срок.\n\n"
            "Қазақстан Республикасы Энергетика министрлігі / Министерство энергетики Республики Казахстан\n")
    part = textpart(body, charset="utf-8", cte="8bit", label=None)
    data = message(("Министерство энергетики РК", "kanc@energo.gov.kz"), EKC,
                   "Автоматты жауап: ЕКЦ-2027/0415 Қосымша ақпарат / Дополнительная информация",
                   when(2027, 7, 20, 8, 2), part, msgid="auto-0415@energo.gov.kz",
                   extra=[("Auto-Submitted", "auto-replied")])
    key = [ot("body")]
    c = ctx("Министерство энергетики Республики Казахстан", "kanc@energo.gov.kz", "140440005391",
            [("01303008", "Выдача лицензии на деятельность по покупке электрической энергии в целях энергоснабжения")],
            "additional_answer", ("ЕКЦ-2027/0415", "2027-07-18", "О представлении дополнительной информации"),
            "none: auto-reply from the ministry's registry mailbox; the request stays open", is_reply=False)
    save(name, data, key, c, lang="bilingual (kk, ru)", fmt="eml (text/plain 8-bit UTF-8, no charset label)",
         hard="bilingual auto-reply without a charset label, promises an answer 'по существу'")


# ============================================================================= checks and manifest

KINDS = {"appendix1_form", "change_notice", "responsible_change", "refusal", "training_protocol", "other"}


def _fold(s):
    s = unicodedata.normalize("NFC", s)
    s = s.translate(str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "—": "-", "–": "-", "\u00a0": " "}))
    return re.sub(r"\s+", " ", s).strip().casefold()


def _html_text(h):
    from html import unescape
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</td>|</th>|</tr>|</div>|</li>", "\n", h)
    return unescape(re.sub(r"<[^>]+>", " ", h))


def _file_text(fname, data):
    """Text of a file by its format (re-opening it with its library proves it opens)."""
    ext = fname.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append("\t".join(c.text for c in r.cells))
        return "\n".join(out)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out.append("\t".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(p.extract_text() for p in r.pages)
    if ext == "txt":
        for enc in ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "cp1251", "cp866"):
            try:
                t = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if enc == "cp1251" and "Ђ" in t:
                continue
            # crude choice between cp1251 and cp866: Russian vowels must be common
            if enc == "cp1251" and sum(t.count(ch) for ch in "оаеи") < 20:
                continue
            return t
        raise ValueError("cannot decode " + fname)
    if ext == "eml":
        return None
    raise ValueError(ext)


def _eml_parts(data):
    """-> {part name: text}; 'body' for the text parts."""
    import email
    from email import policy
    m = email.message_from_bytes(data, policy=policy.default)
    assert m["From"] and m["Date"] and m["Subject"] is not None
    parts = {}
    body = []
    for p in m.walk():
        if p.is_multipart():
            continue
        fn = p.get_filename()
        raw = p.get_payload(decode=True)
        if fn:
            parts[fn] = _file_text(fn, raw)
            continue
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            cs = p.get_content_charset()
            t = raw.decode(cs if cs in ("koi8-r", "windows-1251", "cp866") else "cp1251")
        if p.get_content_subtype() == "html":
            t = _html_text(t)
        body.append(t)
    if body:
        parts["body"] = "\n".join(body)
    return parts


def _strings(obj, skip_names):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("part", "kind", "language", "date", "change_date", "effective_date", "protocol_date",
                     "refusal_ground", "phone"):
                continue
            if skip_names and k in ("responsible", "previous_responsible"):
                continue
            yield from _strings(v, skip_names)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v, skip_names)
    elif isinstance(obj, str):
        yield obj


def check():
    problems = []
    names = [m[0] for m in MANIFEST]
    assert len(names) == len(set(names)), "duplicate names"
    for name in names:
        path = os.path.join(OUT, name)
        data = open(path, "rb").read()
        key = json.load(open(path + ".expected.json", encoding="utf-8"))
        cx = json.load(open(path + ".context.json", encoding="utf-8"))
        assert set(key) == {"exit", "documents"} and key["exit"] == 0, name
        assert set(cx) == {"agency", "services", "awaiting", "our_letter", "expected_effect", "is_reply"}, name
        assert cx["awaiting"] in ("appointment", "information", "protocol", "additional_answer", "consulting"), name
        assert re.fullmatch(r"\d{12}", cx["agency"]["bin"]), name
        for s in cx["services"]:
            assert re.fullmatch(r"\d{8}", s["registry_number"]), name
        is_reply = any(d["kind"] != "other" for d in key["documents"])
        assert cx["is_reply"] == is_reply, name
        if name.endswith(".eml"):
            texts = _eml_parts(data)
        else:
            texts = {name: _file_text(name, data)}
        for d in key["documents"]:
            assert d["kind"] in KINDS, name
            if d["part"] not in texts:
                problems.append(f"{name}: part {d['part']!r} not found in {list(texts)}")
                continue
            hay = _fold(texts[d["part"]])
            hay_nospace = re.sub(r"[\s\-]", "", hay)
            for sv in d.get("services", []):
                assert re.fullmatch(r"\d{8}", sv["registry_number"]), name
            for s in _strings(d, skip_names=d["kind"] == "responsible_change"):
                f = _fold(s)
                if f in hay or re.sub(r"[\s\-]", "", f) in hay_nospace:
                    continue
                if name.endswith(".pdf") or ".pdf" in d["part"]:
                    words = [w for w in re.findall(r"\w+", f) if len(w) > 3]
                    if all(w in hay for w in words):
                        continue
                problems.append(f"{name}/{d['part']}: not in text: {s[:80]}")
            if d["kind"] == "responsible_change":
                for who in ("responsible", "previous_responsible"):
                    p = d.get(who)
                    if p and p.get("full_name"):
                        stem = p["full_name"].split()[0][:4].casefold()
                        if stem not in hay:
                            problems.append(f"{name}: {who} surname stem {stem} not in text")
    return problems


def write_manifest():
    lines = ["# gulnara — held-out corpus r3b", "",
             "90 documents written for the contact centre's mailbox: 60 genuine replies and 30 look-alikes keyed "
             "`other` (`is_reply: false`). Each input has `NAME.expected.json` (answer key) and `NAME.context.json` "
             "(the case it arrives in). Rebuild with `python make.py` (python-docx, openpyxl, reportlab, pypdf).", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for name, kind, lang, fmt, hard in MANIFEST:
        cells = [c.replace("|", "\\|") for c in (kind, lang, fmt, hard)]
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    from collections import Counter
    kc = Counter(m[1] for m in MANIFEST)
    ec = Counter(m[0].rsplit(".", 1)[1] for m in MANIFEST)
    lc = Counter("bilingual" if m[2].startswith("bilingual") else m[2].split()[0] for m in MANIFEST)
    lines += ["", "Counts: kinds " + ", ".join(f"{k} {v}" for k, v in sorted(kc.items())) + "; formats " +
              ", ".join(f".{k} {v}" for k, v in sorted(ec.items())) + "; languages " +
              ", ".join(f"{k} {v}" for k, v in sorted(lc.items())) + ".", ""]
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return kc, ec, lc


def main():
    for fn in os.listdir(OUT):
        if fn.startswith("gul-"):
            os.remove(os.path.join(OUT, fn))
    for fn in DOCS:
        fn()
    problems = check()
    kc, ec, lc = write_manifest()
    for p in problems:
        print("PROBLEM", p)
    print(len(MANIFEST), "documents;", dict(kc), dict(ec), dict(lc))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
