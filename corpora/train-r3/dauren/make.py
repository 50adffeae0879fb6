#!/usr/bin/env python3
"""Generator of dauren's held-out corpus (round 3).

Run with a venv that has python-docx, openpyxl and reportlab (Pillow comes with reportlab):

    python3 -m venv /tmp/cv-dauren && /tmp/cv-dauren/bin/pip install -q python-docx openpyxl reportlab
    /tmp/cv-dauren/bin/python make.py

Every document's text is written out by hand below; the helpers only serialise it
(.txt in several encodings, .eml assembled byte by byte, .docx, .pdf, .xlsx, .jpg).
The self-check at the end reads PDFs with pypdf when installed, else with pdftotext.
"""

from __future__ import annotations

import base64
import io
import json
import os
import quopri
import sys
from email.header import Header
from email.utils import encode_rfc2231

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

WRITTEN: list[str] = []
MANIFEST: list[tuple] = []


# --------------------------------------------------------------------------- keys, context

def save_key(name, documents, exit_code=0):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit_code, "documents": documents}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def save_ctx(name, agency, services, awaiting, our_letter, effect, is_reply=True):
    ctx = {"agency": agency,
           "services": [{"registry_number": r, "name": n} for r, n in services],
           "awaiting": awaiting,
           "our_letter": (None if our_letter is None else
                          {"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]}),
           "expected_effect": effect,
           "is_reply": is_reply}
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
        f.write("\n")


def ag(name, email, bin_):
    assert len(bin_) == 12 and bin_.isdigit(), bin_
    return {"name": name, "email": email, "bin": bin_}


def manifest(name, kind, lang, fmt, hard):
    MANIFEST.append((name, kind, lang, fmt, hard))


def person(full_name, position=None, email=None, phone=None):
    d = {"full_name": full_name}
    if position is not None:
        d["position"] = position
    if email is not None:
        d["email"] = email
    if phone is not None:
        d["phone"] = phone
    return d


def svcs(*numbers):
    for n in numbers:
        assert len(n) == 8 and n.isdigit(), n
    return [{"registry_number": n} for n in numbers]


# --------------------------------------------------------------------------- plain files

def write_bytes(name, data: bytes):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    WRITTEN.append(name)


def txt(name, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if encoding == "utf-16":
        data = text.encode("utf-16")  # with BOM, little endian
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    write_bytes(name, data)


# --------------------------------------------------------------------------- DOCX

def docx_bytes(blocks, header=None, footer=None, font="Times New Roman", size=12, landscape=False):
    """blocks: list of
         ("p", text [, opts])       opts: bold, italic, align ('c','r','j'), size, indent
         ("t", rows [, opts])       opts: widths, bold_header, font_size
         ("br",)                    page break
    """
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    d.core_properties.author = "user"
    import datetime as _dt
    d.core_properties.created = _dt.datetime(2026, 1, 1)
    d.core_properties.modified = _dt.datetime(2026, 1, 1)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
          "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
    for b in blocks:
        if b[0] == "p":
            opts = b[2] if len(b) > 2 else {}
            para = d.add_paragraph()
            lines = b[1].split("\n")
            for i, line in enumerate(lines):
                r = para.add_run(line)
                r.bold = opts.get("bold", False)
                r.italic = opts.get("italic", False)
                if "size" in opts:
                    r.font.size = Pt(opts["size"])
                if i < len(lines) - 1:
                    r.add_break()
            if "align" in opts:
                para.alignment = al[opts["align"]]
            if opts.get("indent"):
                para.paragraph_format.first_line_indent = Cm(1.25)
        elif b[0] == "t":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            ncols = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncols)
            if opts.get("grid", True):
                t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    parts = str(val).split("\n")
                    p0 = cell.paragraphs[0]
                    for k, line in enumerate(parts):
                        r = p0.add_run(line)
                        if "font_size" in opts:
                            r.font.size = Pt(opts["font_size"])
                        if i == 0 and opts.get("bold_header", True) and opts.get("grid", True):
                            r.bold = True
                        if k < len(parts) - 1:
                            r.add_break()
            if "widths" in opts:
                for j, w in enumerate(opts["widths"]):
                    for i in range(len(rows)):
                        t.cell(i, j).width = Cm(w)
            for merge in opts.get("merge", []):
                (a1, b1), (a2, b2) = merge
                t.cell(a1, b1).merge(t.cell(a2, b2))
        elif b[0] == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def docx(name, blocks, **kw):
    write_bytes(name, docx_bytes(blocks, **kw))


# --------------------------------------------------------------------------- PDF

def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT))
        pdfmetrics.registerFont(TTFont("DVB", FONT_B))
        pdfmetrics.registerFont(TTFont("DVS", FONT_SERIF))


def pdf_bytes(blocks, font="DV", size=10.5):
    """blocks: ("p", text [, opts]) opts: bold, align c/r/j, size, space; ("t", rows [, opts]); ("sp", pts)"""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    _fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=1.6 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, invariant=1,
                            title="", author="")
    al = {"c": TA_CENTER, "r": TA_RIGHT, "j": TA_JUSTIFY, "l": TA_LEFT}
    story = []
    for b in blocks:
        if b[0] == "p":
            opts = b[2] if len(b) > 2 else {}
            stl = ParagraphStyle("x", fontName="DVB" if opts.get("bold") else font,
                                 fontSize=opts.get("size", size), leading=opts.get("size", size) * 1.3,
                                 alignment=al[opts.get("align", "l")], spaceAfter=opts.get("space", 4))
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), stl))
        elif b[0] == "t":
            opts = b[2] if len(b) > 2 else {}
            fs = opts.get("font_size", 9)
            cs = ParagraphStyle("c", fontName=font, fontSize=fs, leading=fs * 1.25)
            hs = ParagraphStyle("h", fontName="DVB", fontSize=fs, leading=fs * 1.25)
            data = [[Paragraph(escape(str(v)).replace("\n", "<br/>"), hs if (i == 0 and opts.get("bold_header", True)) else cs)
                     for v in row] for i, row in enumerate(b[1])]
            widths = [w * cm for w in opts["widths"]] if "widths" in opts else None
            t = Table(data, colWidths=widths, repeatRows=1)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif b[0] == "sp":
            story.append(Spacer(1, b[1]))
    doc.build(story)
    return buf.getvalue()


def pdf(name, blocks, **kw):
    write_bytes(name, pdf_bytes(blocks, **kw))


# --------------------------------------------------------------------------- XLSX

def xlsx_bytes(sheets):
    """sheets: list of (title, rows, opts) ; rows: list of lists (None = empty); opts: widths, merges, bold_rows"""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if r in opts.get("bold_rows", []):
                    cell.font = Font(bold=True)
                if r in opts.get("grid_rows", []):
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for col, w in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        for m in opts.get("merges", []):
            ws.merge_cells(m)
    wb.properties.creator = "user"
    import datetime as _dt
    wb.properties.created = _dt.datetime(2026, 1, 1)
    wb.properties.modified = _dt.datetime(2026, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def xlsx(name, sheets):
    write_bytes(name, xlsx_bytes(sheets))


# --------------------------------------------------------------------------- image ("scan")

def jpg_bytes(lines, width=900, height=360):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", (width, height), (246, 244, 238))
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_SERIF, 22)
    y = 30
    for line in lines:
        dr.text((40, y), line, fill=(20, 20, 40), font=f)
        y += 38
    # a scribbled "signature"
    dr.line([(520, 80), (560, 50), (585, 95), (610, 55), (650, 90), (700, 60)], fill=(20, 30, 120), width=3)
    dr.line([(520, 200), (545, 170), (575, 215), (600, 175), (640, 205)], fill=(20, 30, 120), width=3)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


# --------------------------------------------------------------------------- EML (serialised by hand)

def hdr(value, charset="utf-8"):
    """Encode a header value when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    return f"{hdr(name, charset)} <{email}>"


def leaf(ctype, data, charset=None, cte="base64", filename=None, inline=False, cid=None,
         name_style="rfc2231", no_charset_label=False, extra_ct=""):
    """A single MIME part; data is str (encoded with charset) or bytes."""
    if isinstance(data, str):
        raw = data.encode(charset or "utf-8")
    else:
        raw = data
    ct = ctype
    if charset and not no_charset_label:
        ct += f'; charset="{charset}"'
    ct += extra_ct
    fname_hdr = ""
    if filename:
        if name_style == "rfc2231":
            try:
                filename.encode("ascii")
                ct += f'; name="{filename}"'
                fname_hdr = f'; filename="{filename}"'
            except UnicodeEncodeError:
                ct += f"; name*={encode_rfc2231(filename, 'utf-8')}"
                fname_hdr = f"; filename*={encode_rfc2231(filename, 'utf-8')}"
        else:  # Outlook-ish RFC 2047 words inside quotes
            enc = Header(filename, "utf-8").encode()
            ct += f'; name="{enc}"'
            fname_hdr = f'; filename="{enc}"'
    lines = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
    if filename:
        lines.append(f"Content-Disposition: {'inline' if inline else 'attachment'}{fname_hdr}")
    if cid:
        lines.append(f"Content-ID: <{cid}>")
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii").replace("\n", "\r\n")
        body = b.encode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    else:  # 8bit / 7bit
        body = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body


def multipart(subtype, parts, boundary):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode("ascii")]
    out.append(b"This is a multi-part message in MIME format.\r\n\r\n")
    for p in parts:
        out.append(f"--{boundary}\r\n".encode("ascii"))
        out.append(p)
        if not p.endswith(b"\r\n"):
            out.append(b"\r\n")
    out.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(out)


def eml(name, headers, root: bytes):
    """headers: list of (name, already-encoded value); root: a part from leaf()/multipart()."""
    h = "".join(f"{k}: {v}\r\n" for k, v in headers)
    h += "MIME-Version: 1.0\r\n"
    write_bytes(name, h.encode("ascii") + root)


def html_wrap(body_html, outlook=True, charset="utf-8"):
    if outlook:
        return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
                f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                f'<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; '
                f'font-family:"Calibri",sans-serif;}} --></style></head>'
                f'<body lang="RU" link="#0563C1" vlink="#954F72"><div class="WordSection1">{body_html}</div></body></html>')
    return f"<html><head><meta charset=\"{charset}\"></head><body>{body_html}</body></html>"


def mso(*paras):
    """Paragraphs the way Outlook writes them."""
    out = []
    for p in paras:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">' + p.replace("\n", "<br>") + "<o:p></o:p></p>")
    return "\n".join(out)


# =========================================================================== DOCUMENTS

# ---------------------------------------------------------------- training protocols (p.8)

def p01():
    name = "p01-minjust-protokol.docx"
    s = [("00501012", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов"),
         ("00501015", "Выдача дубликата свидетельства о государственной регистрации юридического лица"),
         ("00502003", "Аттестация лиц, претендующих на право занятия деятельностью судебного эксперта")]
    blocks = [
        ("p", "ПРОТОКОЛ № 3\nпринятия Единым контакт-центром государственных услуг для консультирования", {"bold": True, "align": "c"}),
        ("t", [["г. Астана", "« 15 » марта 2027 г."]], {"grid": False, "widths": [8, 8]}),
        ("p", "Место проведения: г. Астана, пр. Мәңгілік Ел, 8, Дом министерств, подъезд 13, каб. 1114.\nВремя: 10:00–12:30."),
        ("p", "Присутствовали:", {"bold": True}),
        ("p", "от Министерства юстиции Республики Казахстан:\n"
              "Тулегенова Айжан Маратовна – главный эксперт Департамента регистрационной службы (ответственное лицо);\n"
              "Байсеитов Руслан Ерланович – эксперт Департамента судебной экспертизы;\n"
              "от Единого контакт-центра:\n"
              "Омарова Дина Сапаровна – руководитель группы консультирования;\n"
              "Жакупов Ильяс Нурланович, Ли Марина Олеговна, Сагындыкова Алия – операторы 1-й линии."),
        ("p", "Повестка дня:", {"bold": True}),
        ("p", "1. Обучение сотрудников ЕКЦ порядку оказания государственных услуг согласно перечню.\n"
              "2. Разбор вопросов, направленных ЕКЦ на электронную почту ответственного лица 11.03.2027.\n"
              "3. Основания для отказа в оказании государственных услуг услугополучателям и типичные ошибки при подаче заявлений."),
        ("p", "СЛУШАЛИ:", {"bold": True}),
        ("p", "Тулегенову А.М., которая разъяснила порядок, сроки и результат оказания услуг, перечень документов, "
              "а также основания для отказа в оказании услуг, предусмотренные стандартами. Байсеитов Р.Е. "
              "ответил на вопросы по аттестации судебных экспертов.", {"indent": True, "align": "j"}),
        ("p", "РЕШИЛИ:", {"bold": True}),
        ("p", "1. Считать обучение сотрудников Единого контакт-центра проведённым.\n"
              "2. Принять для консультирования Единым контакт-центром следующие государственные услуги:"),
        ("t", [["№", "Номер в реестре", "Наименование государственной услуги"]] +
              [[str(i + 1), r, n] for i, (r, n) in enumerate(s)], {"widths": [1, 3.5, 12]}),
        ("p", "3. ЕКЦ начать консультирование услугополучателей по истечении пяти рабочих дней с момента подписания настоящего протокола."),
        ("p", "Подписи:", {"bold": True}),
        ("t", [["От Министерства юстиции РК", "От Единого контакт-центра"],
               ["_____________ А. Тулегенова", "_____________ Д. Омарова"]], {"grid": False, "widths": [8, 8]}),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-03-15", "services": svcs(*[r for r, _ in s])}])
    save_ctx(name, ag("Министерство юстиции Республики Казахстан", "kense@adilet-minjust.gov.kz", "980540000213"),
             s, "protocol", ("ЕКЦ-2027/188", "2027-03-02", "О проведении обучения и подписании протокола"),
             "mark the three services accepted for consulting, protocol of 15.03.2027; consulting starts after 5 working days")
    manifest(name, "training_protocol", "ru", "docx", "date split into a two-cell borderless table; agenda speaks of 'основания для отказа' (not a refusal); question-date 11.03.2027 in agenda")


def p02():
    name = "p02-vet-abai-hattama.docx"
    s = [("01204007", "Выдача ветеринарного паспорта на животное / Жануарға ветеринариялық паспорт беру"),
         ("01204011", "Выдача ветеринарной справки / Ветеринариялық анықтама беру")]
    blocks = [
        ("p", "ХАТТАМА / ПРОТОКОЛ", {"bold": True, "align": "c", "size": 14}),
        ("p", "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдауы туралы\n"
              "о принятии Единым контакт-центром государственных услуг для консультирования", {"align": "c"}),
        ("t", [["Семей қаласы / г. Семей", "2027 жылғы 15 наурыз / 15 марта 2027 г."]], {"grid": False, "widths": [7, 9]}),
        ("p", "Қатысқандар / Присутствовали:", {"bold": True}),
        ("t", [["Т.А.Ә. / Ф.И.О.", "Лауазымы / Должность", "Ұйым / Организация"],
               ["Қасенов Дархан Болатұлы", "ветеринариялық бөлімнің бас маманы / главный специалист ветеринарного отдела", "Абай облысының ветеринария басқармасы"],
               ["Әлібекова Гүлмира Сейітқызы", "бөлім басшысы / руководитель отдела", "Абай облысының ветеринария басқармасы"],
               ["Нұрғалиева Салтанат", "оператор / оператор", "Бірыңғай байланыс орталығы / ЕКЦ"],
               ["Федоров Артём Игоревич", "аға оператор / старший оператор", "Бірыңғай байланыс орталығы / ЕКЦ"]],
         {"widths": [5, 6.5, 5], "font_size": 10}),
        ("p", "Күн тәртібі / Повестка дня:", {"bold": True}),
        ("p", "1. Бірыңғай байланыс орталығының қызметкерлерін төмендегі мемлекеттік көрсетілетін қызметтер бойынша оқыту.\n"
              "1. Обучение сотрудников Единого контакт-центра по нижеуказанным государственным услугам."),
        ("p", "ШЕШІМ / РЕШИЛИ:", {"bold": True}),
        ("p", "1. Оқыту өткізілді деп есептелсін. / Обучение считать проведённым.\n"
              "2. Мына мемлекеттік көрсетілетін қызметтер консультация беру үшін қабылданды деп есептелсін:\n"
              "2. Считать принятыми для консультирования следующие государственные услуги:"),
        ("t", [["№", "Тізілімдегі нөмірі / № в реестре", "Атауы / Наименование"]] +
              [[str(i + 1), r, n] for i, (r, n) in enumerate(s)], {"widths": [1, 4, 11.5]}),
        ("p", "Қол қойғандар / Подписи:"),
        ("p", "Басқарма атынан / от Управления: ______ Д. Қасенов\nББО атынан / от ЕКЦ: ______ С. Нұрғалиева"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol",
                     "protocol_date": "2027-03-15", "services": svcs("01204007", "01204011")}])
    save_ctx(name, ag("ГУ «Управление ветеринарии области Абай»", "vet@abay.gov.kz", "221140019872"),
             s, "protocol", ("ЕКЦ-2027/201", "2027-03-04", "Оқыту өткізу туралы / О проведении обучения"),
             "mark both services accepted for consulting (protocol 15.03.2027)")
    manifest(name, "training_protocol", "kk+ru", "docx", "bilingual ХАТТАМА / ПРОТОКОЛ; date given twice (Kazakh and Russian) in a borderless table; participants table before the services table")


def p03():
    name = "p03-akimat-almaty-body.eml"
    s = [("00902014", "Выдача архивных справок"),
         ("00902016", "Выдача копий архивных документов или архивных выписок")]
    body = """Добрый день, уважаемые коллеги!

Направляем текст протокола по итогам обучения, проведённого 22 октября. Подписанный экземпляр отсканирован, скан подписей сторон во вложении (image001.jpg). Оригинал передадим с курьером.

----------------------------------------------------------------
ПРОТОКОЛ
принятия государственных услуг для консультирования
Единым контакт-центром

г. Алматы, 23 октября 2026 года

Присутствовали:
- Мусабаева Кульпаш Рахимовна, главный специалист ГУ «Управление архивов и документации города Алматы»;
- Исмаилов Тимур Бахытжанович, ведущий специалист того же управления;
- Куанышева Аружан Ерболовна, оператор ЕКЦ;
- Гончаренко Валерия, оператор ЕКЦ.

22 октября 2026 года ответственным лицом Управления проведено обучение сотрудников ЕКЦ по порядку оказания государственных услуг:
  • № 00902014 – «Выдача архивных справок»;
  • № 00902016 – «Выдача копий архивных документов или архивных выписок».

Вопросы, поступившие от ЕКЦ, рассмотрены в ходе обучения, ответы даны в полном объёме.

Решили: принять указанные государственные услуги для консультирования Единым контакт-центром.

Подписи сторон – см. скан во вложении.
----------------------------------------------------------------

С уважением,
Мусабаева Кульпаш
гл. специалист отдела приёма и выдачи документов
ГУ «Управление архивов и документации города Алматы»
тел. 8 (727) 271-64-09
"""
    img = jpg_bytes(["ПРОТОКОЛ от 23.10.2026 — подписи сторон",
                     "От Управления: __________ К. Мусабаева",
                     "", "", "От ЕКЦ: __________ А. Куанышева", "", "М.П."])
    root = multipart("mixed", [
        leaf("text/plain", body, "utf-8", "quoted-printable"),
        leaf("image/jpeg", img, filename="image001.jpg"),
    ], "----=_Part_30921_11.1729675512")
    eml(name, [("From", addr("Мусабаева Кульпаш", "k.musabaeva@archive.almaty.gov.kz")),
               ("To", "ekc-obuchenie@ekc.gov.kz"),
               ("Subject", hdr("Протокол обучения ЕКЦ (архивные услуги)")),
               ("Date", "Fri, 23 Oct 2026 16:41:07 +0500"),
               ("Message-ID", "<b71c2e09a1@archive.almaty.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2026-10-23", "services": svcs("00902014", "00902016")}])
    save_ctx(name, ag("ГУ «Управление архивов и документации города Алматы»", "kanc@archive.almaty.gov.kz", "060940004417"),
             s, "protocol", ("ЕКЦ-2026/1312", "2026-10-09", "Об обучении операторов ЕКЦ"),
             "mark both services accepted for consulting (protocol 23.10.2026; training on 22.10)")
    manifest(name, "training_protocol", "ru", "eml (utf-8 QP, jpg attachment)", "protocol pasted into the mail body between rules; training date (22.10) differs from the protocol date (23.10); signatures only on a jpg 'scan'")


def p04():
    name = "p04-zko-zhilye.pdf"
    s = [("01601022", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда")]
    blocks = [
        ("p", "15.03.2027", {"align": "r"}),
        ("p", "ПРОТОКОЛ № 07/27", {"bold": True, "align": "c", "size": 13}),
        ("p", "обучения сотрудников Единого контакт-центра и принятия государственной услуги для консультирования", {"align": "c"}),
        ("p", "Ответственное лицо государственного органа (ГУ «Отдел жилищных отношений города Уральск»): "
              "Габдуллина Жанна Серикбаевна, главный специалист, тел. 8 (7112) 50-31-77.", {"align": "j"}),
        ("p", "Представители ЕКЦ: Утебаев Нурсултан Кайратович (супервайзер), Шевченко Ирина Павловна (оператор).", {"align": "j"}),
        ("p", "Ответственным лицом проведено обучение по государственной услуге «Постановка на учет и очередность граждан, "
              "нуждающихся в жилище из государственного жилищного фонда» (реестровый номер 01601022): "
              "категории граждан, перечень документов, сроки рассмотрения (15 рабочих дней), "
              "порядок обжалования. Вопросы ЕКЦ, направленные 04.03.2027, разобраны.", {"align": "j"}),
        ("p", "По итогам обучения стороны пришли к решению:", {"align": "j"}),
        ("p", "— государственную услуга № 01601022 считать принятой Единым контакт-центром для консультирования;\n"
              "— ответственному лицу в течение пяти рабочих дней сообщать в ЕКЦ об изменениях порядка оказания услуги.", {"align": "j"}),
        ("sp", 18),
        ("t", [["Ответственное лицо", "Ж. Габдуллина", "______________"],
               ["Супервайзер ЕКЦ", "Н. Утебаев", "______________"]], {"grid": False, "bold_header": False, "widths": [6, 5, 5]}),
    ]
    pdf(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-03-15", "services": svcs("01601022")}])
    save_ctx(name, ag("ГУ «Отдел жилищных отношений города Уральск»", "zhilye@oral.zko.gov.kz", "120240013386"),
             s, "protocol", ("ЕКЦ-2027/175", "2027-02-26", "Об обучении по государственной услуге 01601022"),
             "mark service 01601022 accepted for consulting, protocol of 15.03.2027")
    manifest(name, "training_protocol", "ru", "pdf", "the protocol date is only a bare 15.03.2027 at the top right; questions-date 04.03.2027 in text; typo 'государственную услуга' as in real letters")


def p05():
    name = "p05-bilim-turkistan.docx"
    s = [("00704011", "Мектепке дейінгі балалар ұйымдарына жолдама беру"),
         ("00704012", "Бастауыш, негізгі орта, жалпы орта білім берудің жалпы білім беретін бағдарламалары бойынша оқыту үшін құжаттарды қабылдау")]
    blocks = [
        ("p", "Түркістан облысының білім басқармасы", {"align": "c", "bold": True}),
        ("p", "ХАТТАМА № 12", {"align": "c", "bold": True, "size": 14}),
        ("p", "Бірыңғай байланыс орталығы қызметкерлерін оқыту және мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдау туралы", {"align": "c"}),
        ("p", "Түркістан қаласы                                                               2026 жылғы 28 қазан"),
        ("p", "Қатысқандар:", {"bold": True}),
        ("p", "Басқарма атынан: Жолдасбекова Мөлдір Асқарқызы — мектепке дейінгі білім беру бөлімінің бас маманы, жауапты тұлға; "
              "Тұрсынбаев Ерғали Серікұлы — жалпы орта білім беру бөлімінің басшысы.\n"
              "Бірыңғай байланыс орталығы атынан: Мырзахметова Інжу (топ жетекшісі), Абдуллаев Рустам (оператор), "
              "Серікбай Аяулым (оператор)."),
        ("p", "Күн тәртібі:", {"bold": True}),
        ("p", "Мемлекеттік көрсетілетін қызметтерді көрсету тәртібі, қажетті құжаттар тізбесі, көрсету мерзімдері және "
              "қызмет алушылардың жиі қоятын сұрақтары."),
        ("p", "ТЫҢДАЛДЫ:", {"bold": True}),
        ("p", "М.А. Жолдасбекова № 00704011 «Мектепке дейінгі балалар ұйымдарына жолдама беру» қызметі бойынша кезекке қою және "
              "жолдама беру тәртібін түсіндірді. Е.С. Тұрсынбаев № 00704012 «Бастауыш, негізгі орта, жалпы орта білім берудің "
              "жалпы білім беретін бағдарламалары бойынша оқыту үшін құжаттарды қабылдау» қызметі бойынша құжаттарды "
              "қабылдау мерзімдері туралы баяндады.", {"align": "j"}),
        ("p", "ШЕШІМ:", {"bold": True}),
        ("p", "1. Бірыңғай байланыс орталығы қызметкерлерін оқыту өткізілді деп есептелсін.\n"
              "2. № 00704011 және № 00704012 мемлекеттік көрсетілетін қызметтер Бірыңғай байланыс орталығымен консультация беру "
              "үшін қабылданды деп есептелсін.\n"
              "3. Консультация беру хаттамаға қол қойылған күннен бастап бес жұмыс күні өткен соң басталады.", {"align": "j"}),
        ("p", "Басқарма атынан: __________ М. Жолдасбекова\nББО атынан: __________ І. Мырзахметова"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "kk",
                     "protocol_date": "2026-10-28", "services": svcs("00704011", "00704012")}])
    save_ctx(name, ag("Түркістан облысының білім басқармасы", "bilim@turkistan.gov.kz", "180440022519"),
             s, "protocol", ("ЕКЦ-2026/1355", "2026-10-14", "Оқыту өткізу туралы"),
             "mark both services accepted for consulting (protocol 28.10.2026)")
    manifest(name, "training_protocol", "kk", "docx", "all Kazakh; date '2026 жылғы 28 қазан' padded with spaces on the city line; registry numbers only in running text (ТЫҢДАЛДЫ and ШЕШІМ)")


def p06():
    name = "p06-kgd-attach.eml"
    att = "Протокол_ЕКЦ_обучение_КГД.docx"
    s = [("00405019", "Постановка на регистрационный учет в качестве индивидуального предпринимателя"),
         ("00405021", "Прекращение деятельности индивидуального предпринимателя"),
         ("00405033", "Выдача справки о суммах полученных доходов из источников в Республике Казахстан и удержанных (уплаченных) налогов")]
    blocks = [
        ("p", "УТВЕРЖДАЮ\nЗаместитель руководителя\nДепартамента государственных доходов\nпо Карагандинской области\n__________ Б. Кусаинов", {"align": "r"}),
        ("p", "ПРОТОКОЛ", {"align": "c", "bold": True}),
        ("p", "принятия Единым контакт-центром государственных услуг для консультирования", {"align": "c"}),
        ("p", "« 02 » февраля 2027 г.                                                                г. Караганда"),
        ("p", "В соответствии с пунктом 8 Правил взаимодействия Единого контакт-центра ответственным лицом "
              "Департамента государственных доходов по Карагандинской области Сулейменовым Асланом Муратовичем "
              "проведено обучение сотрудников Единого контакт-центра по следующим государственным услугам:", {"align": "j"}),
        ("t", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Отметка о принятии"]] +
              [[str(i + 1), r, n, "принята"] for i, (r, n) in enumerate(s)], {"widths": [1.2, 3, 9, 3]}),
        ("p", "Обучение проведено в формате видеоконференции (Zoom) 1 февраля 2027 года, продолжительность 2 часа. "
              "Присутствовало 14 сотрудников ЕКЦ, список прилагается.", {"align": "j"}),
        ("p", "Замечаний и неразрешённых вопросов нет.", {"align": "j"}),
        ("p", "Ответственное лицо ДГД:  ____________  Сулейменов А.М.\nПредставитель ЕКЦ:  ____________  Карибаева Н.Т."),
    ]
    body = """Здравствуйте!

Во исполнение вашего письма от 20.01.2027 № ЕКЦ-2027/064 направляем протокол принятия государственных услуг для консультирования (во вложении, формат Word). Подписанный оригинал будет направлен через СЭД.

--
С уважением,
Сулейменов Аслан Муратович
главный специалист отдела налогового администрирования ИП
ДГД по Карагандинской области
+7 (7212) 41-08-63
"""
    root = multipart("mixed", [
        leaf("text/plain", body, "utf-8", "base64"),
        leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(blocks), filename=att),
    ], "=_ekc_6f1b20d0")
    eml(name, [("From", addr("Сулейменов Аслан Муратович", "a.suleimenov@kgd.gov.kz")),
               ("To", addr("Единый контакт-центр", "info@ekc.gov.kz")),
               ("Subject", hdr("RE: ЕКЦ-2027/064 протокол обучения")),
               ("Date", "Tue, 2 Feb 2027 17:05:44 +0500"),
               ("Message-ID", "<20270202170544.51BA2@kgd.gov.kz>"),
               ("In-Reply-To", "<ekc-2027-064@ekc.gov.kz>")], root)
    save_key(name, [{"part": att, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-02-02", "services": svcs(*[r for r, _ in s])}])
    save_ctx(name, ag("РГУ «Департамент государственных доходов по Карагандинской области КГД МФ РК»", "krg-kanc@kgd.gov.kz", "951040000394"),
             s, "protocol", ("ЕКЦ-2027/064", "2027-01-20", "О проведении обучения по государственным услугам"),
             "mark the three services accepted for consulting (protocol 02.02.2027)")
    manifest(name, "training_protocol", "ru", "eml + docx attachment (RFC 2231 Cyrillic file name)", "cover note carries other dates (20.01.2027, letter number); training held on 01.02, protocol dated « 02 » февраля; УТВЕРЖДАЮ block")


def p07():
    name = "p07-zdrav-pavlodar-html.eml"
    s = [("01002001", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"),
         ("01002005", "Запись на прием к врачу"),
         ("01002007", "Вызов врача на дом"),
         ("01003012", "Выдача справки с противотуберкулезной организации")]
    rows = "".join(
        f'<tr><td style="border:solid windowtext 1.0pt;padding:0 5.4pt">{i + 1}</td>'
        f'<td style="border:solid windowtext 1.0pt;padding:0 5.4pt">{r}</td>'
        f'<td style="border:solid windowtext 1.0pt;padding:0 5.4pt">{n}</td></tr>'
        for i, (r, n) in enumerate(s))
    inner = mso("Уважаемые коллеги,", "",
                "Ниже текст протокола, подписанного сторонами по итогам вчерашнего обучения. Скан с подписями будет отправлен отдельным письмом.",
                "", "<b>ПРОТОКОЛ № 5</b>",
                "принятия государственных услуг в сфере здравоохранения для консультирования Единым контакт-центром",
                "г. Павлодар, от 9 декабря 2026 г.", "",
                "Обучение провела Абенова Гульнар Кайратовна, главный специалист отдела организации медицинской помощи "
                "ГУ «Управление здравоохранения Павлодарской области». От ЕКЦ присутствовали 9 операторов (список в приложении).",
                "", "<b>Решили:</b> принять для консультирования следующие государственные услуги:") + \
        f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">' \
        f'<tr><td style="border:solid windowtext 1.0pt"><b>№</b></td><td style="border:solid windowtext 1.0pt"><b>Реестровый номер</b></td>' \
        f'<td style="border:solid windowtext 1.0pt"><b>Государственная услуга</b></td></tr>{rows}</table>' + \
        mso("", "Консультирование начать через 5 рабочих дней после подписания протокола.", "",
            "Абенова Г.К. ____________          Представитель ЕКЦ Тажибаева С.М. ____________", "",
            "С уважением,", "Абенова Гульнар", "8 (7182) 32-15-40, вн. 112",
            '<span style="font-size:8.0pt;color:gray">Данное сообщение и любые приложения к нему предназначены исключительно для адресата. '
            'Если вы получили его по ошибке, уведомите отправителя и удалите сообщение.</span>')
    html = html_wrap(inner)
    root = leaf("text/html", html, "utf-8", "quoted-printable")
    eml(name, [("From", addr("Абенова Гульнар Кайратовна", "g.abenova@pvl-densaulyk.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Cc", "kanc@pvl-densaulyk.gov.kz"),
               ("Subject", hdr("Протокол №5 принятия услуг для консультирования")),
               ("Date", "Thu, 10 Dec 2026 09:12:30 +0500"),
               ("Message-ID", "<DB9PR01MB7263A1@eurprd01.prod.outlook.com>"),
               ("X-Mailer", "Microsoft Outlook 16.0")], root)
    save_key(name, [{"part": "body", "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2026-12-09", "services": svcs(*[r for r, _ in s])}])
    save_ctx(name, ag("ГУ «Управление здравоохранения Павлодарской области»", "kanc@pvl-densaulyk.gov.kz", "990240007761"),
             s, "protocol", ("ЕКЦ-2026/1498", "2026-11-25", "О проведении обучения операторов ЕКЦ"),
             "mark the four services accepted for consulting (protocol 09.12.2026)")
    manifest(name, "training_protocol", "ru", "eml, HTML-only (Outlook), QP", "protocol as an HTML table in the body; mail dated the day after the protocol; disclaimer; phone extension")


def p08():
    name = "p08-zem-karaganda.txt"
    text = """ГУ «Управление земельных отношений Карагандинской области»

ПРОТОКОЛ
принятия государственной услуги для консультирования
Единым контакт-центром

г. Караганда                                          «21» января 2027 года

Присутствовали:
от Управления – Нуркенова Гаухар Саматовна, главный специалист отдела
землеустройства (ответственное лицо);
от ЕКЦ – Пак Елена Викторовна, руководитель сектора обучения; операторы
Есимов Д., Тлеубаева Ж., Карпенко О.

Повестка: обучение сотрудников ЕКЦ по государственной услуге «Предоставление
земельного участка для строительства объекта в черте населенного пункта»,
№ 01405006 в Реестре государственных услуг.

В ходе обучения рассмотрены: этапы оказания услуги, сроки (в т.ч. сроки
согласований), перечень документов, основания для отказа, порядок обжалования.

РЕШИЛИ:
1. Государственную услугу № 01405006 принять для консультирования Единым
   контакт-центром.
2. Обучение считать проведенным.

Ответственное лицо          ____________  Г. Нуркенова
Представитель ЕКЦ           ____________  Е. Пак

Исп.: Нуркенова Г.С., тел. 8 (7212) 56-90-14
"""
    txt(name, text, "cp1251", crlf=True)
    s = [("01405006", "Предоставление земельного участка для строительства объекта в черте населенного пункта")]
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-01-21", "services": svcs("01405006")}])
    save_ctx(name, ag("ГУ «Управление земельных отношений Карагандинской области»", "zemkom@karaganda.gov.kz", "050640010927"),
             s, "protocol", ("ЕКЦ-2027/019", "2027-01-08", "Об обучении по услуге 01405006"),
             "mark service 01405006 accepted for consulting (protocol 21.01.2027)")
    manifest(name, "training_protocol", "ru", "txt windows-1251, CRLF", "8-bit Cyrillic without BOM; date «21» января 2027 года right-aligned with spaces; 'основания для отказа' in the agenda")


def p09():
    name = "p09-kostanai-auyl.txt"
    text = """Қостанай облысы Әулиекөл ауданы әкімінің аппараты

ХАТТАМА № 2

Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді
консультация беру үшін қабылдауы туралы

Әулиекөл ауылы                                   2027 ж. 4 ақпан

Қатысқандар:
  Бекмағамбетов Талғат Нұрланұлы — аппараттың бас маманы, жауапты тұлға;
  Сейітова Әйгерім — Бірыңғай байланыс орталығының операторы;
  Мақсұтов Данияр — Бірыңғай байланыс орталығының операторы.

Жауапты тұлға мына мемлекеттік көрсетілетін қызметтер бойынша оқыту өткізді:
  1) 01501004 — «Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру»;
  2) 01501009 — «Мал шаруашылығы өнімдерін өндірушілерге субсидия алу үшін құжаттарды қабылдау».

ШЕШІМ:
  1. Оқыту өткізілді деп есептелсін.
  2. Жоғарыда көрсетілген қызметтер (01501004, 01501009) консультация беру үшін қабылдансын.

Жауапты тұлға ____________ Т. Бекмағамбетов
ББО өкілі     ____________ Ә. Сейітова
"""
    txt(name, text, "utf-16")
    s = [("01501004", "Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру"),
         ("01501009", "Мал шаруашылығы өнімдерін өндірушілерге субсидия алу үшін құжаттарды қабылдау")]
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "kk",
                     "protocol_date": "2027-02-04", "services": svcs("01501004", "01501009")}])
    save_ctx(name, ag("ГУ «Аппарат акима Аулиекольского района Костанайской области»", "auliekol@kostanay.gov.kz", "990140002358"),
             s, "protocol", ("ЕКЦ-2027/097", "2027-01-27", "Оқыту өткізу туралы"),
             "mark both services accepted for consulting (protocol 04.02.2027)")
    manifest(name, "training_protocol", "kk", "txt UTF-16 LE with BOM", "UTF-16; abbreviated Kazakh date '2027 ж. 4 ақпан'; registry numbers repeated in ШЕШІМ")


def p10():
    name = "p10-protokol-migr.xlsx"
    s = [("00303018", "Выдача разрешения иммигрантам на временное проживание"),
         ("00303021", "Продление срока временного проживания иммигрантов"),
         ("00303025", "Выдача приглашения на въезд в Республику Казахстан")]
    rows = [
        ["ПРОТОКОЛ принятия государственных услуг для консультирования Единым контакт-центром"],
        [None],
        ["Государственный орган:", "Управление миграционной службы Департамента полиции г. Шымкент"],
        ["Дата:", "17.11.2026"],
        ["Место:", "г. Шымкент, ул. Байтурсынова, 14, актовый зал"],
        [None],
        ["№", "Номер услуги в реестре", "Наименование государственной услуги", "Обучение проведено", "Принята для консультирования"],
    ] + [[i + 1, r, n, "да", "да"] for i, (r, n) in enumerate(s)] + [
        [None],
        ["Ответственное лицо:", "Жанысбаев Олжас Русланович, старший инспектор УМС", None, "подпись ________"],
        ["От ЕКЦ:", "Алиева Камила Азатовна, супервайзер", None, "подпись ________"],
    ]
    xlsx(name, [("Протокол", rows, {"widths": {"A": 22, "B": 24, "C": 60, "D": 18, "E": 18},
                                    "bold_rows": [1, 7], "grid_rows": [7, 8, 9, 10], "merges": ["A1:E1"]})])
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2026-11-17", "services": svcs(*[r for r, _ in s])}])
    save_ctx(name, ag("Управление миграционной службы ДП г. Шымкент", "ums@shym.police.gov.kz", "140340021195"),
             s, "protocol", ("ЕКЦ-2026/1402", "2026-11-03", "Обучение по миграционным услугам"),
             "mark the three services accepted for consulting (protocol 17.11.2026)")
    manifest(name, "training_protocol", "ru", "xlsx", "protocol kept as a spreadsheet; date in a 'Дата:' label/value pair of cells; registry numbers in column B; numbers as text")


def p11():
    name = "p11-zhambyl-kasipkerlik.pdf"
    s = [("01108003", "Алкоголь өнімдерінің бөлшек саудасына лицензия беру / Выдача лицензии на розничную реализацию алкогольной продукции"),
         ("01108006", "Темекі бұйымдарын бөлшек саудада өткізу туралы хабарламаны қабылдау / Прием уведомления о розничной реализации табачных изделий")]
    blocks = [
        ("p", "ХАТТАМА", {"bold": True, "align": "c", "size": 13}),
        ("p", "Бірыңғай байланыс орталығы мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдауы туралы", {"align": "c"}),
        ("p", "Тараз қаласы, 2026 жылғы «12» тамыз"),
        ("p", "Жамбыл облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасының жауапты тұлғасы "
              "Әбенов Мақсат Ғалымжанұлы Бірыңғай байланыс орталығының қызметкерлерін төмендегі мемлекеттік "
              "көрсетілетін қызметтер бойынша оқытты: 01108003 «Алкоголь өнімдерінің бөлшек саудасына лицензия беру», "
              "01108006 «Темекі бұйымдарын бөлшек саудада өткізу туралы хабарламаны қабылдау».", {"align": "j"}),
        ("p", "ШЕШІМ: аталған қызметтер Бірыңғай байланыс орталығымен консультация беру үшін қабылданды.", {"align": "j"}),
        ("sp", 10),
        ("p", "ПРОТОКОЛ", {"bold": True, "align": "c", "size": 13}),
        ("p", "о принятии Единым контакт-центром государственных услуг для консультирования", {"align": "c"}),
        ("p", "г. Тараз, «12» августа 2026 г."),
        ("p", "Ответственное лицо Управления предпринимательства и индустриально-инновационного развития Жамбылской области "
              "Абенов Максат Галымжанович провёл обучение сотрудников Единого контакт-центра по государственным услугам: "
              "01108003 «Выдача лицензии на розничную реализацию алкогольной продукции», "
              "01108006 «Прием уведомления о розничной реализации табачных изделий».", {"align": "j"}),
        ("p", "РЕШИЛИ: указанные услуги принять для консультирования Единым контакт-центром.", {"align": "j"}),
        ("sp", 16),
        ("t", [["Басқарма атынан / от Управления", "М. Әбенов ____________"],
               ["ББО атынан / от ЕКЦ", "Г. Токтарова ____________"]], {"grid": False, "bold_header": False, "widths": [8, 7]}),
    ]
    pdf(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol",
                     "protocol_date": "2026-08-12", "services": svcs("01108003", "01108006")}])
    save_ctx(name, ag("ГУ «Управление предпринимательства и индустриально-инновационного развития Жамбылской области»", "kasipkerlik@zhambyl.gov.kz", "041140002871"),
             s, "protocol", ("ЕКЦ-2026/0977", "2026-07-29", "Об обучении / Оқыту туралы"),
             "mark both services accepted for consulting (protocol 12.08.2026)")
    manifest(name, "training_protocol", "kk+ru", "pdf", "parallel Kazakh and Russian text, each naming the same two services: services must not be doubled; «12» тамыз / «12» августа")


def p12():
    name = "p12-astana-energo.docx"
    s = [("01802004", "Выдача технических условий на подключение к сетям тепло-, водоснабжения и водоотведения"),
         ("01802007", "Согласование эскиза (эскизного проекта)")]
    blocks = [
        ("p", "ПРОТОКОЛ № 2-ЕКЦ", {"bold": True, "align": "c"}),
        ("p", "обучения и принятия государственных услуг для консультирования", {"align": "c"}),
        ("p", "г. Астана, 15 марта 2027 года", {"align": "l"}),
        ("p", "Участники:", {"bold": True}),
        ("p", "1) Рахимжанов Берик Амангельдиевич — главный специалист ГУ «Управление энергетики и жилищно-коммунального хозяйства города Астаны»;\n"
              "2) Ибраева Асель Кенесовна — главный специалист ГУ «Управление архитектуры и градостроительства города Астаны»;\n"
              "3) Дюсенова Меруерт — руководитель группы ЕКЦ;\n4) Ковальчук Денис — оператор ЕКЦ."),
        ("p", "Повестка:", {"bold": True}),
        ("p", "1. Обучение по услуге 01802004 «Выдача технических условий на подключение к сетям тепло-, водоснабжения и водоотведения».\n"
              "2. Обучение по услуге 01802007 «Согласование эскиза (эскизного проекта)»."),
        ("p", "По первому вопросу обучение проведено в полном объёме, вопросы ЕКЦ закрыты.\n"
              "По второму вопросу Ибраева А.К. сообщила, что в стандарт услуги 01802007 вносятся изменения (проект приказа на "
              "государственной регистрации), в связи с чем обучение по ней проведено частично.", {"align": "j"}),
        ("p", "РЕШИЛИ:", {"bold": True}),
        ("p", "1. Государственную услугу 01802004 принять для консультирования Единым контакт-центром.\n"
              "2. Принятие услуги 01802007 перенести; повторное обучение провести после вступления в силу изменений в стандарт, "
              "о чём Управление уведомит ЕКЦ дополнительно.", {"align": "j"}),
        ("t", [["Рахимжанов Б.А.", "__________"], ["Ибраева А.К.", "__________"], ["Дюсенова М.", "__________"]],
         {"grid": False, "bold_header": False, "widths": [6, 4]}),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-03-15", "services": svcs("01802004")}])
    save_ctx(name, ag("ГУ «Управление энергетики и жилищно-коммунального хозяйства города Астаны»", "energo@astana.gov.kz", "080340015527"),
             s, "protocol", ("ЕКЦ-2027/190", "2027-03-02", "Об обучении по услугам 01802004, 01802007"),
             "mark only 01802004 accepted for consulting (protocol 15.03.2027); 01802007 stays awaiting protocol")
    manifest(name, "training_protocol", "ru", "docx", "two services trained, only one accepted (the other postponed): key lists only the accepted 01802004 — debatable, see summary")


def p13():
    name = "p13-turizm-koi8.eml"
    s = [("02101003", "Выдача лицензии на туроператорскую деятельность"),
         ("02101005", "Включение в государственный реестр туристских маршрутов и троп")]
    body = """Коллеги, добрый вечер.
Пересылаю протокол в теле письма, т.к. вложение не проходит через почтовый сервер. Подписи проставлены на бумажном экземпляре.

ПРОТОКОЛ N 4
принятия Единым контакт-центром государственных услуг
для консультирования

30.09.2026                                           г. Конаев

Ответственное лицо ГУ "Управление туризма Алматинской области"
Жаксылыкова Динара Бауыржановна провела обучение сотрудников
Единого контакт-центра (5 человек) по услугам:

 - 02101003 "Выдача лицензии на туроператорскую деятельность";
 - 02101005 "Включение в государственный реестр туристских
   маршрутов и троп".

Решили: услуги 02101003 и 02101005 принять для консультирования.

Жаксылыкова Д.Б. (подпись)
Сарсенбаева Г.А., ЕКЦ (подпись)

Отправлено с iPhone
"""
    root = leaf("text/plain", body, "koi8-r", "8bit")
    eml(name, [("From", addr("Жаксылыкова Динара", "d.zhaksylykova@almobl-turizm.gov.kz", "koi8-r")),
               ("To", "ekc-obuchenie@ekc.gov.kz"),
               ("Subject", hdr("Протокол N4 (туризм)", "koi8-r")),
               ("Date", "Wed, 30 Sep 2026 19:48:02 +0500"),
               ("Message-ID", "<A1F2C7E0-55B1-4E3B-9B0F-7D3E2C1A9F44@almobl-turizm.gov.kz>"),
               ("X-Mailer", "iPhone Mail (21G93)")], root)
    save_key(name, [{"part": "body", "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2026-09-30", "services": svcs("02101003", "02101005")}])
    save_ctx(name, ag("ГУ «Управление туризма Алматинской области»", "kense@almobl-turizm.gov.kz", "170940031204"),
             s, "protocol", ("ЕКЦ-2026/1188", "2026-09-16", "Об обучении по туристским услугам"),
             "mark both services accepted for consulting (protocol 30.09.2026)")
    manifest(name, "training_protocol", "ru", "eml koi8-r 8bit", "koi8-r body and headers; ASCII quotes and 'N' for №; date as bare 30.09.2026 on the date/city line")


def p14():
    name = "p14-atyrau-sport.eml"
    att = "hattama_sport_03.03.2027.pdf"
    s = [("02203001", "Спорттық разрядтар мен біліктілік санаттарын беру"),
         ("02203004", "Спортшыларға спорттық атақтар беру")]
    blocks = [
        ("p", "Атырау облысының дене шынықтыру және спорт басқармасы", {"align": "c"}),
        ("p", "ХАТТАМА", {"bold": True, "align": "c", "size": 13}),
        ("p", "Бірыңғай байланыс орталығы қызметкерлерін оқыту және мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдау туралы", {"align": "c"}),
        ("t", [["Атырау қаласы", "2027 жылғы 3 наурыз"]], {"grid": False, "bold_header": False, "widths": [8, 8]}),
        ("p", "Қатысқандар:\n1. Тұяқбаев Айбек Жұмабайұлы — басқарманың бас маманы, жауапты тұлға.\n"
              "2. Ғабдолова Назерке — ББО операторы.\n3. Ким Светлана — ББО операторы."),
        ("p", "Күн тәртібі: «Спорттық разрядтар мен біліктілік санаттарын беру» және «Спортшыларға спорттық атақтар беру» "
              "мемлекеттік көрсетілетін қызметтері бойынша оқыту.", {"align": "j"}),
        ("p", "ШЕШІМ:", {"bold": True}),
        ("t", [["Р/с", "Тізілім бойынша нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Шешім"],
               ["1", "02203001", "Спорттық разрядтар мен біліктілік санаттарын беру", "консультация беру үшін қабылданды"],
               ["2", "02203004", "Спортшыларға спорттық атақтар беру", "консультация беру үшін қабылданды"]],
         {"widths": [1, 3, 8, 4.5]}),
        ("sp", 14),
        ("p", "Жауапты тұлға: ____________ А. Тұяқбаев\nББО өкілі: ____________ Н. Ғабдолова"),
    ]
    body = """Құрметті әріптестер!

2027 жылғы 3 наурызда өткен оқыту бойынша қол қойылған хаттаманы қоса жолдаймыз.

Құрметпен,
Тұяқбаев Айбек
бас маман
Атырау облысының дене шынықтыру және спорт басқармасы
тел.: 8 (7122) 27-44-31
"""
    root = multipart("mixed", [
        leaf("text/plain", body, "utf-8", "8bit"),
        leaf("application/pdf", pdf_bytes(blocks), filename=att),
    ], "b1_0c8e7a3b5f2d4a19")
    eml(name, [("From", addr("Тұяқбаев Айбек", "a.tuyakbayev@atyrau-sport.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Хаттама (спорт)")),
               ("Date", "Thu, 4 Mar 2027 10:02:17 +0500"),
               ("Message-ID", "<e91a7c2b4d@atyrau-sport.gov.kz>")], root)
    save_key(name, [{"part": att, "kind": "training_protocol", "language": "kk",
                     "protocol_date": "2027-03-03", "services": svcs("02203001", "02203004")}])
    save_ctx(name, ag("Атырау облысының дене шынықтыру және спорт басқармасы", "kense@atyrau-sport.gov.kz", "060240009915"),
             s, "protocol", ("ЕКЦ-2027/149", "2027-02-18", "Оқыту өткізу туралы"),
             "mark both services accepted for consulting (protocol 03.03.2027)")
    manifest(name, "training_protocol", "kk", "eml utf-8 8bit + pdf attachment", "Kazakh cover note and Kazakh PDF protocol; date in a borderless two-cell row of the PDF")


def p15():
    name = "p15-stroy-header-date.docx"
    s = [("01901015", "Аттестация инженерно-технических работников, участвующих в процессе проектирования и строительства")]
    blocks = [
        ("p", "ПРОТОКОЛ", {"bold": True, "align": "c", "size": 14}),
        ("p", "принятия государственной услуги для консультирования Единым контакт-центром", {"align": "c"}),
        ("p", "Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства "
              "Республики Казахстан в лице ответственного лица — главного эксперта Управления лицензирования и аттестации "
              "Смагулова Ерболата Кайратовича — провёл обучение сотрудников Единого контакт-центра по государственной услуге "
              "«Аттестация инженерно-технических работников, участвующих в процессе проектирования и строительства» "
              "(номер в Реестре государственных услуг — 01901015; стандарт утверждён приказом от 12.05.2020 № 180).", {"align": "j", "indent": True}),
        ("p", "По итогам обучения государственная услуга 01901015 принята для консультирования Единым контакт-центром.", {"align": "j", "indent": True}),
        ("p", "Ответственное лицо Комитета                        Смагулов Е.К.\n"
              "Руководитель группы обучения ЕКЦ                   Нургалиева Б.С."),
    ]
    docx(name, blocks, header="г. Астана                                                              15.03.2027")
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-03-15", "services": svcs("01901015")}])
    save_ctx(name, ag("Комитет по делам строительства и жилищно-коммунального хозяйства МПС РК", "kds@mps.gov.kz", "190440033012"),
             s, "protocol", ("ЕКЦ-2027/181", "2027-02-28", "Об обучении по аттестации ИТР"),
             "mark service 01901015 accepted for consulting (protocol 15.03.2027)")
    manifest(name, "training_protocol", "ru", "docx", "the protocol date exists only in the page header (docx header part); the body's only date is the standard's 12.05.2020")


def p16():
    name = "p16-aktobe-zags-reply.eml"
    att = "protokol_ZAGS_18.05.2027.docx"
    s = [("00102005", "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния"),
         ("00102009", "Государственная регистрация заключения брака (супружества)"),
         ("00102015", "Выдача повторных свидетельств или справок о регистрации актов гражданского состояния")]
    blocks = [
        ("p", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования", {"bold": True, "align": "c"}),
        ("p", "г. Актобе                                                                                  «18» мая 2027 г."),
        ("p", "Присутствовали: от ГУ «Отдел регистрации актов гражданского состояния города Актобе» — Каримова Асем Жумабаевна, "
              "руководитель отдела, Ганиева Лаура Ринатовна, главный специалист; от ЕКЦ — Бекенова Динара Муратовна, "
              "Ткаченко Сергей Алексеевич."),
        ("p", "Слушали: Ганиеву Л.Р. о порядке оказания государственных услуг, в том числе через портал электронного правительства."),
        ("p", "Решили: принять для консультирования Единым контакт-центром государственные услуги:"),
        ("t", [["Реестровый №", "Наименование"]] + [[r, n] for r, n in s], {"widths": [3.5, 13]}),
        ("p", "Подписи:\nКаримова А.Ж. __________\nБекенова Д.М. __________"),
    ]
    body = """Добрый день!
Протокол во вложении.

С уважением,
Ганиева Лаура
отдел РАГС г. Актобе
8 (7132) 54-11-90

-----Original Message-----
From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Wednesday, May 5, 2027 11:20 AM
To: zags@aktobe-kala.gov.kz
Subject: ЕКЦ-2027/512 О проведении обучения

> Уважаемые коллеги!
> В соответствии с пунктом 8 Правил взаимодействия просим в срок не позднее
> десяти рабочих дней провести обучение сотрудников ЕКЦ по государственным
> услугам 00102005, 00102009, 00102015, 00102017 и подписать протокол.
> Вопросы ЕКЦ прилагаются.
>
> Единый контакт-центр
> 1414
"""
    root = multipart("mixed", [
        leaf("text/plain", body, "utf-8", "quoted-printable"),
        leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(blocks), filename=att),
    ], "_002_ZAGSAKT0518")
    eml(name, [("From", addr("Ганиева Лаура Ринатовна", "l.ganieva@aktobe-kala.gov.kz")),
               ("To", addr("Единый контакт-центр", "info@ekc.gov.kz")),
               ("Subject", hdr("RE: ЕКЦ-2027/512 О проведении обучения")),
               ("Date", "Wed, 19 May 2027 09:31:55 +0500"),
               ("Message-ID", "<AM6PR02MB4431B@aktobe-kala.gov.kz>"),
               ("In-Reply-To", "<ekc-2027-512@ekc.gov.kz>")], root)
    save_key(name, [{"part": att, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-05-18", "services": svcs(*[r for r, _ in s])}])
    s_ctx = s + [("00102017", "Государственная регистрация расторжения брака (супружества)")]
    save_ctx(name, ag("ГУ «Отдел регистрации актов гражданского состояния города Актобе»", "zags@aktobe-kala.gov.kz", "081240017763"),
             s_ctx, "protocol", ("ЕКЦ-2027/512", "2027-05-05", "О проведении обучения"),
             "mark 00102005, 00102009, 00102015 accepted (protocol 18.05.2027); 00102017, asked for in our letter, is not in the protocol and stays awaiting")
    manifest(name, "training_protocol", "ru", "eml + docx attachment", "quoted request in the body names four services, the protocol accepts three; only the attachment is keyed")


def p17():
    name = "p17-zhambyl-auyl-bom.txt"
    text = """ХАТТАМА / ПРОТОКОЛ

Жамбыл ауданы, Аса ауылы
2026 жылғы «05» қараша / «05» ноября 2026 г.

Жамбыл облысы Жамбыл ауданының ауыл шаруашылығы бөлімінің жауапты тұлғасы Оразбаев Ғани Сәкенұлы
Бірыңғай байланыс орталығының қызметкерлерін № 01502013 «Ауыл шаруашылығы жануарларын бірдейлендіруді жүргізу»
мемлекеттік көрсетілетін қызметі бойынша оқытты.

Ответственное лицо отдела сельского хозяйства Жамбылского района Оразбаев Гани Сакенович провёл обучение
сотрудников Единого контакт-центра по государственной услуге № 01502013 «Проведение идентификации
сельскохозяйственных животных».

ШЕШІМ / РЕШИЛИ: № 01502013 қызмет консультация беру үшін қабылдансын / услугу № 01502013 принять для консультирования.

Қолдар / Подписи:
Оразбаев Ғ.С. ________     Есжанова Қ. (ББО/ЕКЦ) ________
"""
    txt(name, text, "utf-8-sig")
    s = [("01502013", "Проведение идентификации сельскохозяйственных животных")]
    save_key(name, [{"part": name, "kind": "training_protocol",
                     "protocol_date": "2026-11-05", "services": svcs("01502013")}])
    save_ctx(name, ag("ГУ «Отдел сельского хозяйства Жамбылского района Жамбылской области»", "auylsharuashylyk@zhambyl-audan.gov.kz", "050140007381"),
             s, "protocol", ("ЕКЦ-2026/1377", "2026-10-22", "Оқыту туралы / Об обучении"),
             "mark service 01502013 accepted for consulting (protocol 05.11.2026)")
    manifest(name, "training_protocol", "kk+ru", "txt UTF-8 with BOM", "bilingual, one service named four times (must stay one); '2026 жылғы «05» қараша'")


def p18():
    name = "p18-karaganda-predprin.docx"
    s = [("01103004", "Выдача лицензии на хранение и оптовую реализацию алкогольной продукции"),
         ("01103010", "Выдача разрешения на размещение объекта торговли на придорожной полосе")]
    blocks = [
        ("p", "ГУ «Управление предпринимательства и промышленности Карагандинской области»", {"align": "c", "size": 11}),
        ("p", "100012, г. Караганда, ул. Алиханова, 13, тел. 8 (7212) 41-22-76", {"align": "c", "size": 9}),
        ("p", "ПРОТОКОЛ № 11", {"bold": True, "align": "c"}),
        ("p", "г. Караганда                                                                                 «3» ноября 2026 г."),
        ("p", "ПРИСУТСТВОВАЛИ:", {"bold": True}),
        ("t", [["Сатыбалдиев Нурлан Жаксылыкович", "руководитель отдела лицензирования"],
               ["Ефимова Ольга Андреевна", "главный специалист, ответственное лицо"],
               ["Абилова Сания", "старший оператор ЕКЦ"],
               ["Турсунов Ерасыл", "оператор ЕКЦ"]], {"grid": False, "bold_header": False, "widths": [7, 9]}),
        ("p", "ПОВЕСТКА ДНЯ:", {"bold": True}),
        ("p", "О принятии Единым контакт-центром для консультирования государственных услуг в сфере лицензирования и торговли."),
        ("p", "СЛУШАЛИ:", {"bold": True}),
        ("p", "Ефимову О.А., которая разъяснила порядок оказания государственной услуги, реестровый номер 01103004, "
              "и государственной услуги, реестровый номер 01103010, ответила на вопросы сотрудников ЕКЦ.", {"align": "j"}),
        ("p", "ВЫСТУПИЛИ:", {"bold": True}),
        ("p", "Абилова С. — предложила дополнить базу знаний ЕКЦ ответами на вопросы о сроках переоформления лицензии.", {"align": "j"}),
        ("p", "РЕШИЛИ:", {"bold": True}),
        ("p", "1. Принять для консультирования Единым контакт-центром государственные услуги с реестровыми номерами 01103004 и 01103010.\n"
              "2. Ответственному лицу направить в ЕКЦ ответы на дополнительные вопросы до 10.11.2026.", {"align": "j"}),
        ("p", "Председатель: ____________ Сатыбалдиев Н.Ж.\nСекретарь: ____________ Ефимова О.А.\nЕКЦ: ____________ Абилова С."),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2026-11-03", "services": svcs("01103004", "01103010")}])
    save_ctx(name, ag("ГУ «Управление предпринимательства и промышленности Карагандинской области»", "kaspi@karaganda.gov.kz", "091040006624"),
             s, "protocol", ("ЕКЦ-2026/1341", "2026-10-20", "О проведении обучения"),
             "mark both services accepted for consulting (protocol 03.11.2026)")
    manifest(name, "training_protocol", "ru", "docx", "classic СЛУШАЛИ/ВЫСТУПИЛИ/РЕШИЛИ; letterhead with postcode and phone; a later deadline date 10.11.2026 in РЕШИЛИ")


def p19():
    name = "p19-kyzylorda-aleumet.docx"
    s = [("00206011", "Жұмыссыз ретінде тіркеу"),
         ("00206015", "Атаулы әлеуметтік көмек тағайындау"),
         ("00206022", "Мүгедектігі бар адамдарды санаторий-курорттық емдеумен қамтамасыз ету")]
    blocks = [
        ("p", "Қызылорда облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", {"align": "c", "bold": True}),
        ("p", "Мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы\nХАТТАМА", {"align": "c", "bold": True}),
        ("p", "Қызылорда қ.                                                                           2027 жылғы 19 қаңтар"),
        ("p", "Басқарманың жауапты тұлғасы Иманбаева Салтанат Ерланқызы 2027 жылғы 19 қаңтарда Бірыңғай байланыс орталығының "
              "11 қызметкерін оқытты. Оқыту барысында қызметті алу үшін қажетті құжаттар, көрсету мерзімдері, "
              "қызмет көрсетуден бас тарту негіздері және шағымдану тәртібі түсіндірілді.", {"align": "j", "indent": True}),
        ("t", [["Р/с №", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Оқыту нәтижесі"]] +
              [[str(i + 1), r, n, "қабылданды"] for i, (r, n) in enumerate(s)], {"widths": [1.2, 3, 8.5, 3.5]}),
        ("p", "ШЕШІМ:", {"bold": True}),
        ("p", "Кестеде көрсетілген мемлекеттік көрсетілетін қызметтер Бірыңғай байланыс орталығымен консультация беру үшін қабылдансын.", {"align": "j"}),
        ("p", "Жауапты тұлға ____________ С. Иманбаева\nББО топ жетекшісі ____________ Г. Жұмағұлова"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "kk",
                     "protocol_date": "2027-01-19", "services": svcs(*[r for r, _ in s])}])
    save_ctx(name, ag("Қызылорда облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "aleumet@kyzylorda.gov.kz", "970340001457"),
             s, "protocol", ("ЕКЦ-2027/041", "2027-01-11", "Оқыту өткізу туралы"),
             "mark the three services accepted for consulting (protocol 19.01.2027)")
    manifest(name, "training_protocol", "kk", "docx", "Kazakh table with 'Оқыту нәтижесі' column; text mentions 'қызмет көрсетуден бас тарту негіздері' (not a refusal)")


def p20():
    name = "p20-kokshetau-html.eml"
    s = [("01702010", "Сәулет-жоспарлау тапсырмасын беру"),
         ("01702014", "Тұрғын үй-жайларды қайта жоспарлауға келісім беру")]
    html = html_wrap(
        "<div>Сәлеметсіз бе!</div><div><br></div>"
        "<div>Оқыту қорытындысы бойынша хаттама мәтіні төменде. Қол қойылған данасы СЭҚ арқылы жіберіледі.</div><div><br></div>"
        "<div style=\"text-align:center\"><b>ХАТТАМА № 3</b></div>"
        "<div style=\"text-align:center\">мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы</div>"
        "<div><br></div><div>Көкшетау қаласы, 2027 жылғы 14 сәуір</div><div><br></div>"
        "<div>Көкшетау қаласының сәулет және қала құрылысы бөлімінің бас маманы Сәрсенбаев Ерлан Бекенұлы Бірыңғай байланыс "
        "орталығының қызметкерлеріне мына қызметтер бойынша оқыту өткізді:</div>"
        "<ol><li>01702010 – Сәулет-жоспарлау тапсырмасын беру;</li>"
        "<li>01702014 – Тұрғын үй-жайларды қайта жоспарлауға келісім беру.</li></ol>"
        "<div><b>ШЕШІМ:</b> аталған екі қызмет консультация беру үшін қабылданды.</div><div><br></div>"
        "<div>Бөлім атынан: Е. Сәрсенбаев</div><div>ББО атынан: А. Нұрмағанбетова</div>"
        "<div><br></div><div>--<br>Ерлан Сәрсенбаев<br>+7 705 318 44 20</div>", outlook=False)
    root = leaf("text/html", html, "utf-8", "base64")
    eml(name, [("From", addr("Ерлан Сәрсенбаев", "erlan.sarsenbayev@kokshetau-sauleт.gov.kz".replace("т", "t"))),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Хаттама № 3")),
               ("Date", "Wed, 14 Apr 2027 18:20:03 +0500"),
               ("Message-ID", "<1776172803.491220@webmail.kokshetau-sauleт.gov.kz>".replace("т", "t")),
               ("X-Mailer", "Roundcube Webmail/1.6.9")], root)
    save_key(name, [{"part": "body", "kind": "training_protocol", "language": "kk",
                     "protocol_date": "2027-04-14", "services": svcs("01702010", "01702014")}])
    save_ctx(name, ag("Көкшетау қаласының сәулет және қала құрылысы бөлімі", "saulet@kokshetau-saulet.gov.kz", "110540019802"),
             s, "protocol", ("ЕКЦ-2027/377", "2027-03-31", "Оқыту өткізу туралы"),
             "mark both services accepted for consulting (protocol 14.04.2027)")
    manifest(name, "training_protocol", "kk", "eml HTML-only (webmail), base64", "Kazakh protocol in an HTML body with <ol> list of services")


def p21():
    name = "p21-vko-soczashita.pdf"
    s = [("00201003", "Назначение государственного социального пособия по инвалидности"),
         ("00201006", "Назначение государственного социального пособия по случаю потери кормильца"),
         ("00201011", "Назначение единовременной выплаты на рождение ребенка"),
         ("00201012", "Назначение пособия по уходу за ребенком по достижении им возраста одного года"),
         ("00201019", "Назначение пособия матери или отцу, воспитывающему ребенка с инвалидностью")]
    blocks = [
        ("p", "Департамент Комитета труда, социальной защиты и миграции\nпо Восточно-Казахстанской области", {"align": "c", "bold": True}),
        ("p", "070004, г. Усть-Каменогорск, ул. Казахстан, 62 | тел. 8 (7232) 26-40-19", {"align": "c", "size": 8}),
        ("sp", 8),
        ("p", "ПРОТОКОЛ", {"bold": True, "align": "c", "size": 13}),
        ("p", "принятия Единым контакт-центром государственных услуг для консультирования", {"align": "c"}),
        ("p", "Дата проведения: 22 апреля 2027 г.\nМесто проведения: онлайн (Microsoft Teams)\nОтветственное лицо: Омарбекова Ляззат Тулеубековна, главный специалист отдела назначения пособий"),
        ("p", "Ответственным лицом проведено обучение сотрудников ЕКЦ по следующим государственным услугам. "
              "По итогам обучения услуги принимаются для консультирования:", {"align": "j"}),
        ("t", [["№", "Реестровый номер", "Государственная услуга", "Результат"]] +
              [[str(i + 1), r, n, "принята"] for i, (r, n) in enumerate(s)], {"widths": [1, 3, 10, 2.5]}),
        ("p", "Обучение проведено в объёме, достаточном для консультирования услугополучателей. Вопросов, оставшихся без ответа, нет.", {"align": "j"}),
        ("sp", 12),
        ("t", [["Ответственное лицо Департамента", "Омарбекова Л.Т.", "подпись"],
               ["Руководитель сектора ЕКЦ", "Байгожина Р.К.", "подпись"]], {"grid": False, "bold_header": False, "widths": [7, 5, 3]}),
    ]
    pdf(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-04-22", "services": svcs(*[r for r, _ in s])}])
    save_ctx(name, ag("Департамент Комитета труда, социальной защиты и миграции по ВКО", "dktszm-vko@enbek.gov.kz", "020340004175"),
             s, "protocol", ("ЕКЦ-2027/398", "2027-04-06", "О проведении обучения по социальным выплатам"),
             "mark the five services accepted for consulting (protocol 22.04.2027)")
    manifest(name, "training_protocol", "ru", "pdf", "five services in a ruled table; date only as 'Дата проведения: 22 апреля 2027 г.'; postcode/phone in the letterhead")


def p22():
    name = "p22-sko-din-2att.eml"
    att = "Протокол принятия услуг ЕКЦ.docx"
    att2 = "Лист_регистрации_участников.xlsx"
    s = [("02401002", "Проведение религиоведческой экспертизы"),
         ("02401005", "Согласование расположения помещений для проведения религиозных мероприятий за пределами культовых зданий (сооружений)")]
    blocks = [
        ("p", "ПРОТОКОЛ", {"bold": True, "align": "c"}),
        ("p", "о принятии Единым контакт-центром государственных услуг для консультирования", {"align": "c"}),
        ("p", "г. Петропавловск                                                                       « 25 » февраля 2027 г."),
        ("p", "1. Ответственное лицо ГУ «Управление по делам религий Северо-Казахстанской области» Мухаметжанов Айдар "
              "Серикович провёл обучение сотрудников Единого контакт-центра (лист регистрации прилагается)."),
        ("p", "2. Принять для консультирования Единым контакт-центром государственные услуги:\n"
              "   - 02401002 «Проведение религиоведческой экспертизы»;\n"
              "   - 02401005 «Согласование расположения помещений для проведения религиозных мероприятий за пределами культовых зданий (сооружений)»."),
        ("p", "3. Протокол составлен в двух экземплярах, по одному для каждой из сторон."),
        ("p", "Мухаметжанов А.С. ____________               Шарипова Э.Р. (ЕКЦ) ____________"),
    ]
    reg = [["Лист регистрации участников обучения 25.02.2027"], [None],
           ["№", "Ф.И.О.", "Организация", "Подпись"],
           [1, "Мухаметжанов Айдар Серикович", "Управление по делам религий СКО", None],
           [2, "Шарипова Эльмира Руслановна", "ЕКЦ", None],
           [3, "Оспанов Дамир", "ЕКЦ", None],
           [4, "Быкова Татьяна Николаевна", "ЕКЦ", None],
           [5, "Кенжебек Аружан", "ЕКЦ", None]]
    body = """Здравствуйте.
Направляем протокол и лист регистрации по итогам обучения 25 февраля.
Мухаметжанов А., 8 (7152) 46-03-58
"""
    root = multipart("mixed", [
        leaf("text/plain", body, "utf-8", "8bit"),
        leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(blocks),
             filename=att, name_style="rfc2047"),
        leaf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             xlsx_bytes([("Лист1", reg, {"bold_rows": [1, 3], "widths": {"B": 34, "C": 34}})]),
             filename=att2, name_style="rfc2047"),
    ], "----=_NextPart_000_0011_01DB8F2A.5C1E6A20")
    eml(name, [("From", addr("Мухаметжанов Айдар", "a.mukhametzhanov@sko-din.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Протокол и лист регистрации")),
               ("Date", "Thu, 25 Feb 2027 15:54:10 +0600"),
               ("Message-ID", "<000f01db8f2a$5c1e6a20$1413ef60$@sko-din.gov.kz>"),
               ("X-Mailer", "Microsoft Outlook 16.0")], root)
    save_key(name, [{"part": att, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-02-25", "services": svcs("02401002", "02401005")},
                    {"part": att2, "kind": "other"}])
    save_ctx(name, ag("ГУ «Управление по делам религий Северо-Казахстанской области»", "kanc@sko-din.gov.kz", "120740007718"),
             s, "protocol", ("ЕКЦ-2027/152", "2027-02-11", "Об обучении по услугам в сфере религиозной деятельности"),
             "mark both services accepted for consulting (protocol 25.02.2027); the attendance sheet is not a protocol")
    manifest(name, "training_protocol + other", "ru", "eml + docx + xlsx (RFC 2047 file names)", "two attachments: the protocol and an attendance sheet (kind other) that carries the same date")


def p23():
    name = "p23-kostanai-zhivotnyi-mir.txt"
    text = """ПРОТОКОЛ № 14-ЕКЦ от 07.10.2026

Обучение сотрудников ЕКЦ по гос. услуге 02603011 "Выдача разрешения на пользование животным миром" проведено ответственным лицом ГУ "Управление природных ресурсов и регулирования природопользования Костанайской области" Шайхиным Бакытом Ермековичем.

Услуга 02603011 принята для консультирования Единым контакт-центром.

Шайхин Б.Е. /подписано/
Ахметжанова М., ЕКЦ /подписано/
"""
    txt(name, text, "utf-8")
    s = [("02603011", "Выдача разрешения на пользование животным миром")]
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2026-10-07", "services": svcs("02603011")}])
    save_ctx(name, ag("ГУ «Управление природных ресурсов и регулирования природопользования Костанайской области»", "tabigat@kostanay.gov.kz", "060840000662"),
             s, "protocol", ("ЕКЦ-2026/1226", "2026-09-24", "Об обучении по услуге 02603011"),
             "mark service 02603011 accepted for consulting (protocol 07.10.2026)")
    manifest(name, "training_protocol", "ru", "txt utf-8", "very short protocol; number and date on the title line 'ПРОТОКОЛ № 14-ЕКЦ от 07.10.2026'; '/подписано/' marks")


def p24():
    name = "p24-aktobe-transport-2col.docx"
    s = [("00302014", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров"),
         ("00302019", "Выдача специального разрешения на проезд тяжеловесных и (или) крупногабаритных транспортных средств")]
    rows = [
        ["ХАТТАМА", "ПРОТОКОЛ"],
        ["Бірыңғай байланыс орталығы мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдауы туралы",
         "о принятии Единым контакт-центром государственных услуг для консультирования"],
        ["Ақтөбе қаласы, 2026 жылғы 16 желтоқсан", "г. Актобе, 16 декабря 2026 года"],
        ["Ақтөбе облысының жолаушылар көлігі және автомобиль жолдары басқармасының жауапты тұлғасы Қуанышев Әділет Маратұлы "
         "Бірыңғай байланыс орталығының қызметкерлерін оқытты.",
         "Ответственное лицо Управления пассажирского транспорта и автомобильных дорог Актюбинской области Куанышев Адилет "
         "Маратович провёл обучение сотрудников Единого контакт-центра."],
        ["ШЕШІМ: мына қызметтер консультация беру үшін қабылдансын:\n"
         "00302014 – Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру;\n"
         "00302019 – Ауыр салмақты және (немесе) ірі көлемді көлік құралдарының жүріп өтуіне арнайы рұқсат беру.",
         "РЕШИЛИ: принять для консультирования услуги:\n"
         "00302014 – Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров;\n"
         "00302019 – Выдача специального разрешения на проезд тяжеловесных и (или) крупногабаритных транспортных средств."],
        ["Жауапты тұлға: ________ Ә. Қуанышев\nББО өкілі: ________ Б. Сапарова",
         "Ответственное лицо: ________ А. Куанышев\nПредставитель ЕКЦ: ________ Б. Сапарова"],
    ]
    docx(name, [("t", rows, {"grid": False, "widths": [8.2, 8.2], "font_size": 11})])
    save_key(name, [{"part": name, "kind": "training_protocol",
                     "protocol_date": "2026-12-16", "services": svcs("00302014", "00302019")}])
    save_ctx(name, ag("ГУ «Управление пассажирского транспорта и автомобильных дорог Актюбинской области»", "zholdar@aktobe.gov.kz", "050940006283"),
             s, "protocol", ("ЕКЦ-2026/1511", "2026-12-02", "Оқыту туралы / Об обучении"),
             "mark both services accepted for consulting (protocol 16.12.2026)")
    manifest(name, "training_protocol", "kk+ru", "docx", "the whole protocol is a borderless two-column table, Kazakh left, Russian right; each number appears twice")


def p25():
    name = "p25-aktau-turgyn-uy.eml"
    s = [("01603006", "Тұрғын үй көмегін тағайындау")]
    body = """Құрметті Бірыңғай байланыс орталығы!

Төменде 2027 жылғы 11 мамырдағы оқыту бойынша хаттаманың мәтіні берілген. Қол қойылған түпнұсқасы пошта арқылы жіберілді, сканерленген қолтаңба беті хатқа кірістірілген.

ХАТТАМА № 6
Ақтау қаласы                                      2027 жылғы 11 мамыр

Ақтау қаласының тұрғын үй-коммуналдық шаруашылығы және тұрғын үй инспекциясы бөлімінің бас маманы
Жұбанова Ақмарал Төлегенқызы Бірыңғай байланыс орталығының қызметкерлерін
01603006 «Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызметі бойынша оқытты.

ШЕШІМ: 01603006 мемлекеттік көрсетілетін қызметі Бірыңғай байланыс орталығымен консультация беру үшін қабылдансын.

Қолтаңбалар: [сурет]

Құрметпен,
Жұбанова Ақмарал
+7 (7292) 50-18-62
"""
    img = jpg_bytes(["Хаттама № 6, 11.05.2027", "Бөлім атынан: __________ А. Жұбанова", "", "",
                     "ББО атынан: __________ Д. Ермекова"])
    related = multipart("related", [
        leaf("text/plain", body, "utf-8", "base64"),
        leaf("image/jpeg", img, filename="qoltanba.jpg", inline=True, cid="qoltanba01@aktau"),
    ], "rel_7d1b33c0a9")
    eml(name, [("From", addr("Жұбанова Ақмарал", "a.zhubanova@aktau-tkh.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Хаттама № 6 (тұрғын үй көмегі)")),
               ("Date", "Tue, 11 May 2027 17:45:00 +0500"),
               ("Message-ID", "<c3a9f1e2-2027-0511@aktau-tkh.gov.kz>")], related)
    save_key(name, [{"part": "body", "kind": "training_protocol", "language": "kk",
                     "protocol_date": "2027-05-11", "services": svcs("01603006")}])
    save_ctx(name, ag("Ақтау қаласының тұрғын үй-коммуналдық шаруашылығы және тұрғын үй инспекциясы бөлімі", "kense@aktau-tkh.gov.kz", "080540024471"),
             s, "protocol", ("ЕКЦ-2027/466", "2027-04-27", "Оқыту туралы"),
             "mark service 01603006 accepted for consulting (protocol 11.05.2027)")
    manifest(name, "training_protocol", "kk", "eml multipart/related (text + inline jpg)", "Kazakh protocol text in the body; scanned signature as an inline image; date in genitive 'мамырдағы' in the intro and nominative in the heading")


def p26():
    name = "p26-almaty-obl-auyl.pdf"
    s = [("01504002", "Тұқым шаруашылығы субъектілерін аттестаттау"),
         ("01504006", "Пестицидтерді сатуға лицензия беру"),
         ("01504011", "Басым дақылдар өндіруді субсидиялау")]
    blocks = [
        ("p", "Алматы облысының ауыл шаруашылығы басқармасы", {"align": "c", "bold": True}),
        ("p", "ХАТТАМА № 9", {"align": "c", "bold": True, "size": 13}),
        ("p", "Қонаев қаласы, 2027 жылғы «25» маусым", {"align": "r"}),
        ("p", "Қатысқандар: Байменов Сұлтан Ерболұлы (басқарманың бас маманы, жауапты тұлға), Оспанова Дина (ББО), "
              "Кравец Оксана (ББО), Әміржан Ақерке (ББО).", {"align": "j"}),
        ("p", "Күн тәртібі:\n1. Бірыңғай байланыс орталығы қызметкерлерін оқыту.\n"
              "2. Мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдау."),
        ("t", [["№", "Қызметтің тізілімдегі нөмірі", "Қызметтің атауы"]] +
              [[str(i + 1), r, n] for i, (r, n) in enumerate(s)], {"widths": [1, 4, 11]}),
        ("p", "ШЕШІМ:\n1. Оқыту өткізілді.\n2. Кестедегі үш мемлекеттік көрсетілетін қызмет Бірыңғай байланыс орталығымен консультация беру үшін қабылданды.\n"
              "3. Басқарма стандарттарға өзгерістер енгізілген жағдайда бес жұмыс күні ішінде ББО-ға хабарлайды."),
        ("sp", 14),
        ("p", "Жауапты тұлға __________ С. Байменов          ББО __________ Д. Оспанова"),
    ]
    pdf(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "kk",
                     "protocol_date": "2027-06-25", "services": svcs(*[r for r, _ in s])}])
    save_ctx(name, ag("Алматы облысының ауыл шаруашылығы басқармасы", "auyl@almobl.gov.kz", "990840002216"),
             s, "protocol", ("ЕКЦ-2027/602", "2027-06-10", "Оқыту өткізу туралы"),
             "mark the three services accepted for consulting (protocol 25.06.2027)")
    manifest(name, "training_protocol", "kk", "pdf", "Kazakh date with guillemets around the day '2027 жылғы «25» маусым', right-aligned; three services in a table")


def p27():
    name = "p27-minenergo-1iyulya.docx"
    s = [("00801009", "Выдача лицензии на эксплуатацию магистральных газопроводов, нефтепроводов, нефтепродуктопроводов"),
         ("00801014", "Аккредитация организаций, осуществляющих энергетическую экспертизу")]
    blocks = [
        ("p", "МИНИСТЕРСТВО ЭНЕРГЕТИКИ РЕСПУБЛИКИ КАЗАХСТАН", {"align": "c", "bold": True}),
        ("p", "П Р О Т О К О Л", {"align": "c", "bold": True, "size": 14}),
        ("p", "обучения сотрудников Единого контакт-центра", {"align": "c"}),
        ("p", "« 1 » июля 2027 г.                                                                                      № 27-П"),
        ("p", "Председательствовал: Нурпеисов Галымжан Ахметович — заместитель директора Департамента газовой промышленности."),
        ("p", "Присутствовали: Алдабергенова Жанель Талгатовна — главный эксперт (ответственное лицо); "
              "Мун Виктория — старший оператор ЕКЦ; Есенгельдиев Арман — оператор ЕКЦ."),
        ("p", "Ответственное лицо провела обучение по государственным услугам 00801009 и 00801014 и пояснила, что "
              "отказ в предоставлении Единому контакт-центру сведений по этим услугам не предусмотрен: сведения не содержат "
              "государственных секретов и коммерческой тайны и могут использоваться операторами в полном объёме. "
              "Дополнительно отмечено, что Министерство не вправе отказать ЕКЦ в разъяснениях по телефону.", {"align": "j", "indent": True}),
        ("p", "Постановили:", {"bold": True}),
        ("p", "1) государственные услуги «Выдача лицензии на эксплуатацию магистральных газопроводов, нефтепроводов, "
              "нефтепродуктопроводов» (00801009) и «Аккредитация организаций, осуществляющих энергетическую экспертизу» "
              "(00801014) считать принятыми для консультирования Единым контакт-центром;\n"
              "2) ЕКЦ приступить к консультированию по истечении пяти рабочих дней.", {"align": "j"}),
        ("p", "Г. Нурпеисов ___________     Ж. Алдабергенова ___________     В. Мун ___________"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-07-01", "services": svcs("00801009", "00801014")}])
    save_ctx(name, ag("Министерство энергетики Республики Казахстан", "kense@energo-minenergo.gov.kz", "140740003321"),
             s, "protocol", ("ЕКЦ-2027/640", "2027-06-17", "О проведении обучения"),
             "mark both services accepted for consulting (protocol 01.07.2027)")
    manifest(name, "training_protocol", "ru", "docx", "negation trap: 'отказ в предоставлении ... не предусмотрен', 'государственных секретов и коммерческой тайны', 'не вправе отказать' — still a protocol; date « 1 » with spaces")


def p28():
    name = "p28-kaenk-outlook-pdf.eml"
    att = "Protokol_EKC_KAEN.pdf"
    s = [("00802021", "Выдача лицензии на обращение с радиоактивными отходами"),
         ("00802024", "Выдача разрешения на ввоз источников ионизирующего излучения")]
    blocks = [
        ("p", "КОМИТЕТ АТОМНОГО И ЭНЕРГЕТИЧЕСКОГО НАДЗОРА И КОНТРОЛЯ\nМИНИСТЕРСТВА ЭНЕРГЕТИКИ РЕСПУБЛИКИ КАЗАХСТАН", {"align": "c", "bold": True, "size": 10}),
        ("p", "ПРОТОКОЛ", {"align": "c", "bold": True, "size": 13}),
        ("p", "принятия государственных услуг для консультирования Единым контакт-центром", {"align": "c"}),
        ("p", "Дата подписания: 26 января 2027 г."),
        ("p", "Ответственное лицо Комитета — Жунусов Бекзат Аскарович, главный эксперт Управления разрешительных процедур — "
              "провёл обучение сотрудников ЕКЦ. Приняты для консультирования:", {"align": "j"}),
        ("t", [["Номер в реестре", "Услуга"]] + [[r, n] for r, n in s], {"widths": [4, 12]}),
        ("p", "Жунусов Б.А. ____________      Сапарбек Г. (ЕКЦ) ____________"),
    ]
    inner = mso("Добрый день,", "",
                "Во вложении протокол по итогам обучения (PDF, подписан обеими сторонами).",
                "Просим подтвердить получение.", "",
                "С уважением,", "<b>Бекзат Жунусов</b>", "главный эксперт УРП КАЭНК МЭ РК",
                "тел.: +7 (7172) 78-65-03", "",
                '<span style="color:#1F497D">Отправлено из Outlook</span>')
    alt = multipart("alternative", [
        leaf("text/plain", "Добрый день,\n\nВо вложении протокол по итогам обучения (PDF, подписан обеими сторонами).\n"
                           "Просим подтвердить получение.\n\nС уважением,\nБекзат Жунусов\nглавный эксперт УРП КАЭНК МЭ РК\n"
                           "тел.: +7 (7172) 78-65-03\n", "utf-8", "quoted-printable"),
        leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable"),
    ], "_000_AS8PR04MB79_alt")
    root = multipart("mixed", [alt, leaf("application/pdf", pdf_bytes(blocks), filename=att)], "_004_AS8PR04MB79_mix")
    eml(name, [("From", addr("Жунусов Бекзат Аскарович", "b.zhunusov@kaenk.energo.gov.kz")),
               ("To", addr("ЕКЦ обучение", "ekc-obuchenie@ekc.gov.kz")),
               ("Subject", hdr("Протокол (КАЭНК) - услуги 00802021, 00802024")),
               ("Date", "Wed, 27 Jan 2027 08:59:41 +0500"),
               ("Message-ID", "<AS8PR04MB7910E3@AS8PR04MB7910.eurprd04.prod.outlook.com>"),
               ("Thread-Topic", hdr("Протокол (КАЭНК)")),
               ("X-MS-Has-Attach", "yes")], root)
    save_key(name, [{"part": att, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-01-26", "services": svcs("00802021", "00802024")}])
    save_ctx(name, ag("Комитет атомного и энергетического надзора и контроля МЭ РК", "kanc@kaenk.energo.gov.kz", "120940012290"),
             s, "protocol", ("ЕКЦ-2027/033", "2027-01-12", "Об обучении по разрешительным услугам"),
             "mark both services accepted for consulting (protocol 26.01.2027)")
    manifest(name, "training_protocol", "ru", "eml multipart/alternative (plain+Outlook HTML) + pdf", "registry numbers also in the Subject; date as 'Дата подписания: 26 января 2027 г.' inside the PDF; mail sent next day")


def p29():
    name = "p29-transport-sudno.txt"
    text = """КОМИТЕТ ТРАНСПОРТА МИНИСТЕРСТВА ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН

ПРОТОКОЛ

г. Астана, 26 февраля 2027 года

Тема: принятие Единым контакт-центром для консультирования государственных услуг
в сфере внутреннего водного транспорта.

Участники:
  Комитет транспорта: Есмагамбетов Нурлан Болатович, главный эксперт Управления
  водного транспорта (ответственное лицо); Гриценко Павел Юрьевич, эксперт.
  ЕКЦ: Кабдулова Алма Сериковна, руководитель группы; операторы Жунусова Г.,
  Мамыров Б., Лим К.

Повестка дня:
  1. Государственная регистрация маломерных судов (реестровый № 00305002).
  2. Выдача удостоверения на право управления маломерным судном (реестровый № 00305004).
  3. Вопросы ЕКЦ от 17.02.2027.

Решили:
  1. Обучение по пунктам 1–3 повестки провести считать состоявшимся.
  2. Государственные услуги 00305002 и 00305004 принять для консультирования
     Единым контакт-центром.
  3. Ответственному лицу обеспечить актуализацию сведений в порядке п. 6 Правил.

Подписи:
  Есмагамбетов Н.Б.  ______________
  Кабдулова А.С.     ______________
"""
    txt(name, text, "cp1251", crlf=True)
    s = [("00305002", "Государственная регистрация маломерных судов"),
         ("00305004", "Выдача удостоверения на право управления маломерным судном")]
    save_key(name, [{"part": name, "kind": "training_protocol", "language": "ru",
                     "protocol_date": "2027-02-26", "services": svcs("00305002", "00305004")}])
    save_ctx(name, ag("Комитет транспорта Министерства транспорта Республики Казахстан", "kt@transport.gov.kz", "020640009917"),
             s, "protocol", ("ЕКЦ-2027/137", "2027-02-12", "Об обучении по услугам водного транспорта"),
             "mark both services accepted for consulting (protocol 26.02.2027)")
    manifest(name, "training_protocol", "ru", "txt windows-1251, CRLF", "'г. Астана, 26 февраля 2027 года' line; numbers in parentheses in the agenda; another date 17.02.2027 in the agenda")


def p30():
    name = "p30-ulytau-fwd.eml"
    s = [("00705003", "Қосымша білім беру ұйымдарына құжаттар қабылдау / Прием документов в организации дополнительного образования для детей"),
         ("00705008", "Балаларды демалыс лагерьлеріне жолдама беру / Выдача путевок детям в загородные лагеря")]
    body = """Добрый день! Пересылаю письмо Галии Темирбековны с протоколом, к нам оно пришло ошибочно.

Айнур, приёмная
Управление образования области Ұлытау

---------- Пересланное сообщение ----------
От: Темирбекова Галия <g.temirbekova@ulytau-bilim.gov.kz>
Дата: вторник, 15 июня 2027 г., 10:14
Тема: хаттама / протокол
Кому: priemnaya@ulytau-bilim.gov.kz

ХАТТАМА / ПРОТОКОЛ                                                14.06.2027
Жезқазған қ. / г. Жезказган

Ұлытау облысының білім басқармасының жауапты тұлғасы Темірбекова Ғалия Темірбекқызы Бірыңғай байланыс
орталығының қызметкерлерін оқытты. / Ответственное лицо Управления образования области Ұлытау
Темирбекова Галия Темирбековна провела обучение сотрудников Единого контакт-центра.

ШЕШІМ / РЕШИЛИ:
00705003 және 00705008 қызметтері консультация беру үшін қабылдансын.
Услуги 00705003 и 00705008 принять для консультирования.

Темірбекова Ғ.Т. (қолы / подпись)      Жақсылық Б., ББО/ЕКЦ (қолы / подпись)
"""
    root = leaf("text/plain", body, "utf-8", "quoted-printable")
    eml(name, [("From", addr("Приемная Управления образования", "priemnaya@ulytau-bilim.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Fwd: хаттама / протокол")),
               ("Date", "Wed, 16 Jun 2027 11:03:29 +0500"),
               ("Message-ID", "<CAK8mP0x7vQ1=ulytau@mail.gmail.com>")], root)
    save_key(name, [{"part": "body", "kind": "training_protocol",
                     "protocol_date": "2027-06-14", "services": svcs("00705003", "00705008")}])
    save_ctx(name, ag("ГУ «Управление образования области Ұлытау»", "kense@ulytau-bilim.gov.kz", "220740020114"),
             s, "protocol", ("ЕКЦ-2027/581", "2027-06-01", "Оқыту туралы / Об обучении"),
             "mark both services accepted for consulting (protocol 14.06.2027)")
    manifest(name, "training_protocol", "kk+ru", "eml forwarded, utf-8 QP", "forwarded by the reception; forward header dated 15 June, mail 16 June, protocol 14.06.2027 at the end of the heading line; the same person spelled in Kazakh and Russian")


# ---------------------------------------------------------------- responsible person: appointments (p.5) and replacements (p.7)

def r01():
    name = "r01-mangystau-jer.txt"
    text = """Маңғыстау облысының жер қатынастары басқармасы
130000, Ақтау қ., 14 шағын аудан, 1 ғимарат
Шығыс № 04-12/77
2027 жылғы 15 қаңтар

Бірыңғай байланыс орталығына

2027 жылғы 12 қаңтардағы № ЕКЦ-2027/022 хатқа

Басқарма Сіздердің хатыңызға жауап ретінде «Жер учаскесіне құқық белгілейтін құжаттарды беру» мемлекеттік көрсетілетін қызметі (Тізілім бойынша № 01401019) жөнінде Бірыңғай байланыс орталығына ақпарат ұсынуға және оқыту өткізуге жауапты тұлға ретінде Ахметов Ерлан Серікұлы, жер кадастры бөлімінің бас маманы, тағайындалғанын хабарлайды.

Байланыс деректері:
тел.: 8 (7292) 30-45-18
e-mail: e.akhmetov@mangystau-jer.gov.kz

Басшының орынбасары                              Қ. Дүйсенов

Орынд.: Ахметов Е.С.
"""
    txt(name, text, "utf-8")
    s = [("01401019", "Жер учаскесіне құқық белгілейтін құжаттарды беру")]
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Ахметов Ерлан Серікұлы", "жер кадастры бөлімінің бас маманы",
                                           "e.akhmetov@mangystau-jer.gov.kz", "8 (7292) 30-45-18"),
                     "previous_responsible": None, "services": svcs("01401019")}])
    save_ctx(name, ag("Маңғыстау облысының жер қатынастары басқармасы", "jer@mangystau.gov.kz", "070140011839"),
             s, "appointment", ("ЕКЦ-2027/022", "2027-01-12", "Ақпарат ұсыну туралы сұрау"),
             "record Ахметов Ерлан Серікұлы as the responsible person for 01401019")
    manifest(name, "responsible_change (appointment)", "kk", "txt utf-8", "name in nominative but after a long Kazakh clause; letter number and two dates in the header; 'Орынд.' executor line repeats the surname")


def r02():
    name = "r02-vko-madeniet.eml"
    s = [("00903004", "Мұрағаттық анықтамалар беру"),
         ("00903007", "Тарихи-мәдени мұра объектілерінде ғылыми-реставрациялық жұмыстарды жүргізуге келісім беру")]
    body = """Құрметті әріптестер!

Сіздердің 2027 жылғы 28 қаңтардағы № ЕКЦ-2027/088 сұрауыңызға жауап ретінде хабарлаймыз: басқарманың 2027 жылғы 3 ақпандағы № 15-ж бұйрығымен № 00903004 және № 00903007 мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығымен хат алмасуға жауапты тұлғаның міндеттері мемлекеттік қызметтер көрсету бөлімінің басшысы Байғабылова Аяжан Қанатқызына жүктелді.

Байланыс: 8 (7232) 24-67-15, a.baigabylova@vko-madeniet.gov.kz

Құрметпен,
Шығыс Қазақстан облысының мәдениет, архивтер және құжаттама басқармасы
"""
    root = leaf("text/plain", body, "utf-8", "base64")
    eml(name, [("From", addr("ШҚО мәдениет басқармасы", "kense@vko-madeniet.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жауапты тұлға туралы (№ ЕКЦ-2027/088 хатқа)")),
               ("Date", "Fri, 5 Feb 2027 12:30:18 +0600"),
               ("Message-ID", "<20270205063018.7A1C@vko-madeniet.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                     "responsible": person("Байғабылова Аяжан Қанатқызы", None,
                                           "a.baigabylova@vko-madeniet.gov.kz", "8 (7232) 24-67-15"),
                     "previous_responsible": None, "services": svcs("00903004", "00903007")}])
    save_ctx(name, ag("Шығыс Қазақстан облысының мәдениет, архивтер және құжаттама басқармасы", "kense@vko-madeniet.gov.kz", "010240003361"),
             s, "appointment", ("ЕКЦ-2027/088", "2027-01-28", "Жауапты тұлғаны тағайындау туралы"),
             "record Байғабылова Аяжан Қанатқызы as responsible for 00903004 and 00903007")
    manifest(name, "responsible_change (appointment)", "kk", "eml utf-8 base64", "name only in the dative 'Байғабылова Аяжан Қанатқызына' (nominative ends in -қызы); position in genitive chain before it; order date 3 Feb is not an effective date")


def r03():
    name = "r03-abai-audan-buiryq.docx"
    s = [("00704011", "Мектепке дейінгі балалар ұйымдарына жолдама беру"),
         ("00704015", "Жалпы білім беретін мектептердегі білім алушылардың жекелеген санаттарына тегін тамақтандыру ұсыну")]
    blocks = [
        ("p", "Абай облысы Абай ауданының білім бөлімі", {"align": "c", "bold": True}),
        ("p", "БҰЙРЫҚ", {"align": "c", "bold": True, "size": 14}),
        ("p", "2026 жылғы 24 қараша                      № 211-ж                      Қарауыл ауылы"),
        ("p", "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлғаны тағайындау туралы", {"bold": True}),
        ("p", "Бірыңғай байланыс орталығының 2026 жылғы 18 қарашадағы № ЕКЦ-2026/1431 сұрауын орындау мақсатында "
              "БҰЙЫРАМЫН:", {"align": "j", "indent": True}),
        ("p", "1. Білім бөлімінің әдіскері Төлеубаев Ерланды 2026 жылғы 1 желтоқсаннан бастап осы бұйрыққа қосымшада "
              "көрсетілген мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығына ақпарат ұсынуға және "
              "оқыту өткізуге жауапты тұлға етіп тағайындау.\n"
              "2. Бұйрықтың орындалуын бақылау бөлім басшысының орынбасары Р. Жақанға жүктелсін.", {"align": "j"}),
        ("p", "Бөлім басшысы                                       А. Мұсатаев"),
        ("p", "Қосымша", {"align": "r", "bold": True}),
        ("t", [["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы"],
               ["1", "00704011", "Мектепке дейінгі балалар ұйымдарына жолдама беру"],
               ["2", "00704015", "Жалпы білім беретін мектептердегі білім алушылардың жекелеген санаттарына тегін тамақтандыру ұсыну"]],
         {"widths": [1, 3.5, 12]}),
        ("p", "Жауапты тұлғаның байланыс телефоны: 8 (72251) 2-14-63"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Төлеубаев Ерлан", None, None, "8 (72251) 2-14-63"),
                     "previous_responsible": None, "effective_date": "2026-12-01",
                     "services": svcs("00704011", "00704015")}])
    save_ctx(name, ag("Абай облысы Абай ауданының білім бөлімі", "bilim@abai-audan.gov.kz", "041040008837"),
             s, "appointment", ("ЕКЦ-2026/1431", "2026-11-18", "Жауапты тұлғаны тағайындау туралы"),
             "record Төлеубаев Ерлан as responsible for both services from 01.12.2026")
    manifest(name, "responsible_change (appointment)", "kk", "docx", "an internal order (БҰЙРЫҚ) with 'Төлеубаев Ерланды ... тағайындау' (accusative, no patronymic); the control clause names another person in the dative ('Р. Жақанға'); order date ≠ effective date")


def r04():
    name = "r04-almaty-gask-bilingual.eml"
    s = [("01903002", "Выдача лицензии на изыскательскую деятельность / Іздестіру қызметіне лицензия беру")]
    body = """Құрметті әріптестер! / Уважаемые коллеги!

Сіздердің № ЕКЦ-2026/1108 хатыңызға жауап ретінде № 01903002 «Іздестіру қызметіне лицензия беру» мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат ұсынуға жауапты тұлға етіп лицензиялау бөлімінің бас маманы Ким Виталий Сергеевичті тағайындағанымызды хабарлаймыз.

В ответ на Ваше письмо № ЕКЦ-2026/1108 сообщаем о назначении главного специалиста отдела лицензирования Ким Виталия Сергеевича ответственным лицом за представление информации в Единый контакт-центр по государственной услуге № 01903002 «Выдача лицензии на изыскательскую деятельность».

Тел.: +7 (727) 300-41-76
E-mail: V.Kim@gask-almaty.gov.kz

Басшы / Руководитель
ГУ «Управление государственного архитектурно-строительного контроля города Алматы»
Д. Байжанов
"""
    root = leaf("text/plain", body, "utf-8", "quoted-printable")
    eml(name, [("From", addr("ГАСК Алматы", "kanc@gask-almaty.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Ответственное лицо / Жауапты тұлға - 01903002")),
               ("Date", "Mon, 7 Sep 2026 15:11:00 +0500"),
               ("Message-ID", "<gask.2026.0907.1511@gask-almaty.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change",
                     "responsible": person("Ким Виталий Сергеевич", None, "v.kim@gask-almaty.gov.kz", "+7 (727) 300-41-76"),
                     "previous_responsible": None, "services": svcs("01903002")}])
    save_ctx(name, ag("ГУ «Управление государственного архитектурно-строительного контроля города Алматы»", "kanc@gask-almaty.gov.kz", "130640017542"),
             s, "appointment", ("ЕКЦ-2026/1108", "2026-08-31", "О назначении ответственного лица"),
             "record Ким Виталий Сергеевич as responsible for 01903002")
    manifest(name, "responsible_change (appointment)", "kk+ru", "eml utf-8 QP", "Russian name in Kazakh accusative 'Ким Виталий Сергеевичті' and Russian genitive 'Ким Виталия Сергеевича' (indeclinable surname); mixed-case e-mail")


def r05():
    name = "r05-pavlodar-dini-utf16.txt"
    text = """Павлодар облысының дін істері басқармасы

Бірыңғай байланыс орталығы

2026 жылғы 21 желтоқсандағы № ЕКЦ-2026/1560 хатқа жауап

Павлодар облысының дін істері басқармасы № 02401002 «Дінтану сараптамасын жүргізу» мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат ұсынуға және оқыту өткізуге жауапты тұлға ретінде дін саласындағы мемлекеттік саясатты іске асыру бөлімінің бас маманы Нұрланова Айгүл Бақытқызын белгілегенін хабарлайды.

Нұрланова Айгүл Бақытқызының байланыс телефоны: 8 (7182) 55-12-08, электрондық поштасы: a.nurlanova@pvl-din.gov.kz.

Басшы                                              Б. Жүнісов
"""
    txt(name, text, "utf-16")
    s = [("02401002", "Дінтану сараптамасын жүргізу")]
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Нұрланова Айгүл Бақытқызы", None, "a.nurlanova@pvl-din.gov.kz", "8 (7182) 55-12-08"),
                     "previous_responsible": None, "services": svcs("02401002")}])
    save_ctx(name, ag("Павлодар облысының дін істері басқармасы", "din@pavlodar.gov.kz", "110440021186"),
             s, "appointment", ("ЕКЦ-2026/1560", "2026-12-21", "Жауапты тұлғаны тағайындау туралы"),
             "record Нұрланова Айгүл Бақытқызы as responsible for 02401002")
    manifest(name, "responsible_change (appointment)", "kk", "txt UTF-16 LE BOM", "the name never appears in the nominative: accusative '...Бақытқызын' and genitive '...Бақытқызының'")


def r06():
    name = "r06-sko-ardager.docx"
    s = [("00207004", "Ұлы Отан соғысының ардагерлеріне біржолғы төлем тағайындау"),
         ("00207009", "Арнаулы әлеуметтік қызметтерді алушыларды үйде күтімге алу")]
    blocks = [
        ("p", "Солтүстік Қазақстан облысының\nжұмыспен қамтуды үйлестіру және\nәлеуметтік бағдарламалар басқармасы", {"bold": True}),
        ("p", "Петропавл қ., Жамбыл к-сі, 58\n2027 жылғы 9 наурыз № 03-17/512"),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Сіздердің 2027 жылғы 2 наурыздағы № ЕКЦ-2027/171 хатыңызға сәйкес № 00207004 және № 00207009 "
              "мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлға туралы мәліметтерді жолдаймыз:", {"align": "j", "indent": True}),
        ("t", [["Т.А.Ә.", "Мұратбекова Жанар Сәкенқызы"],
               ["Лауазымы", "әлеуметтік көмек бөлімінің бас маманы"],
               ["Жұмыс телефоны", "8 (7152) 46-90-33"],
               ["Электрондық пошта", "zh.muratbekova@sko-enbek.gov.kz"]], {"bold_header": False, "widths": [5, 11]}),
        ("p", "Басшы                                                                   Т. Ысқақов"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Мұратбекова Жанар Сәкенқызы", "әлеуметтік көмек бөлімінің бас маманы",
                                           "zh.muratbekova@sko-enbek.gov.kz", "8 (7152) 46-90-33"),
                     "previous_responsible": None, "services": svcs("00207004", "00207009")}])
    save_ctx(name, ag("Солтүстік Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "enbek@sko.gov.kz", "020240005528"),
             s, "appointment", ("ЕКЦ-2027/171", "2027-03-02", "Жауапты тұлға туралы"),
             "record Мұратбекова Жанар Сәкенқызы as responsible for both services")
    manifest(name, "responsible_change (appointment)", "kk", "docx", "person given as a two-column label/value table (Т.А.Ә. / Лауазымы / ...) that must not be taken for an Appendix 1 form")


def r07():
    name = "r07-sko-vet-outlook.eml"
    s = [("01204019", "Ветеринариялық-санитариялық қорытынды беру")]
    inner = mso("Сәлеметсіз бе!", "",
                "Бірыңғай байланыс орталығының 2026 жылғы 10 маусымдағы № ЕКЦ-2026/702 хатына жауап ретінде хабарлаймыз: "
                "№ 01204019 «Ветеринариялық-санитариялық қорытынды беру» мемлекеттік көрсетілетін қызметі бойынша "
                "ақпарат ұсыну және Бірыңғай байланыс орталығымен хат алмасу міндеті ветеринариялық бақылау бөлімінің "
                "жетекші маманы <b>Петренко Ольга Викторовнаға</b> жүктелді.",
                "", "Байланыс телефоны: 8 (7152) 33-08-71", "Эл. пошта: <a href=\"mailto:o.petrenko@sko-vet.gov.kz\">o.petrenko@sko-vet.gov.kz</a>",
                "", "Құрметпен,", "Солтүстік Қазақстан облысының ветеринария басқармасы",
                "канцелярия")
    root = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    eml(name, [("From", addr("Канцелярия СҚО ветеринария", "kense@sko-vet.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жауапты тұлға туралы")),
               ("Date", "Tue, 16 Jun 2026 10:40:52 +0600"),
               ("Message-ID", "<VI1PR0901MB2245@sko-vet.gov.kz>"),
               ("X-Mailer", "Microsoft Outlook 16.0")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                     "responsible": person("Петренко Ольга Викторовна", None, "o.petrenko@sko-vet.gov.kz", "8 (7152) 33-08-71"),
                     "previous_responsible": None, "services": svcs("01204019")}])
    save_ctx(name, ag("Солтүстік Қазақстан облысының ветеринария басқармасы", "kense@sko-vet.gov.kz", "070940010462"),
             s, "appointment", ("ЕКЦ-2026/702", "2026-06-10", "Жауапты тұлғаны тағайындау туралы"),
             "record Петренко Ольга Викторовна as responsible for 01204019")
    manifest(name, "responsible_change (appointment)", "kk", "eml HTML-only (Outlook) QP", "Russian name in the Kazakh dative 'Петренко Ольга Викторовнаға' inside <b>; e-mail in a mailto link")


def r08():
    name = "r08-kgd-shymkent-otvetstv.xlsx"
    s = [("00404012", "Выдача справки об отсутствии (наличии) налоговой задолженности"),
         ("00404015", "Регистрационный учет плательщика налога на добавленную стоимость"),
         ("00404019", "Выдача выписки из лицевого счета о состоянии расчетов с бюджетом")]
    rows = [
        ["Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға туралы мәліметтер / Сведения об ответственном лице за взаимодействие с Единым контакт-центром"],
        [None],
        ["Мемлекеттік орган / Государственный орган", "Шымкент қаласы бойынша Мемлекеттік кірістер департаменті / Департамент государственных доходов по городу Шымкент"],
        ["Т.А.Ә. / Ф.И.О.", "Сағынтаев Бауыржан Кенжеғалиұлы"],
        ["Лауазымы / Должность", "бас маман / главный специалист"],
        ["Телефон", "8 (7252) 39-71-05"],
        ["E-mail", "b.sagyntayev@kgd.gov.kz"],
        ["Мемлекеттік көрсетілетін қызметтер (тізілімдегі нөмірлері) / Государственные услуги (номера в реестре)", "00404012, 00404015, 00404019"],
        ["Негіздеме / Основание", "ББО-ның 2026 жылғы 3 тамыздағы № ЕКЦ-2026/905 сұрауы / запрос ЕКЦ от 03.08.2026 № ЕКЦ-2026/905"],
        [None],
        ["Толтырған / Заполнил:", "Сағынтаев Б.К., 05.08.2026"],
    ]
    xlsx(name, [("Жауапты тұлға", rows, {"widths": {"A": 48, "B": 80}, "bold_rows": [1], "merges": ["A1:B1"],
                                          "grid_rows": [3, 4, 5, 6, 7, 8, 9]})])
    save_key(name, [{"part": name, "kind": "responsible_change",
                     "responsible": person("Сағынтаев Бауыржан Кенжеғалиұлы", None, "b.sagyntayev@kgd.gov.kz", "8 (7252) 39-71-05"),
                     "previous_responsible": None, "services": svcs("00404012", "00404015", "00404019")}])
    save_ctx(name, ag("Департамент государственных доходов по городу Шымкент", "kanc@shym.kgd.gov.kz", "180340015536"),
             s, "appointment", ("ЕКЦ-2026/905", "2026-08-03", "О назначении ответственного лица"),
             "record Сағынтаев Бауыржан Кенжеғалиұлы as responsible for the three services")
    manifest(name, "responsible_change (appointment)", "kk+ru", "xlsx", "a label/value sheet, not an Appendix 1 table; the three registry numbers share one cell; position bilingual 'бас маман / главный специалист' (not keyed)")


def r09():
    name = "r09-taldykorgan-kasipkerlik-bom.txt"
    text = """Талдықорған қаласының кәсіпкерлік және ауыл шаруашылығы бөлімі

Бірыңғай байланыс орталығының басшысына

Құрметті әріптестер!

Бөлім 2027 жылғы 5 сәуірдегі № ЕКЦ-2027/331 сұрауыңызды қарап, № 01108014 «Базарлардың жұмыс істеуіне рұқсат беру» мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат ұсынуға жауапты тұлға етіп сауда және кәсіпкерлік секторының меңгерушісі Ибраимов Руслан Талгатовичті тағайындағанын хабарлайды.

Қызмет туралы ұсынылатын мәліметтер мемлекеттік құпияны да, коммерциялық құпияны да құрамайды, сондықтан оларды Бірыңғай байланыс орталығына толық көлемде беруге ешқандай шектеу жоқ. Оқыту мерзімі туралы мәселелер бойынша Ибраимов Руслан Талгатовичпен тікелей байланысуға болады: +7 (7282) 24-19-30, r.ibraimov@taldykorgan-kasipker.gov.kz.

Бөлім басшысы                                          Н. Әбдіқадыров
"""
    txt(name, text, "utf-8-sig")
    s = [("01108014", "Базарлардың жұмыс істеуіне рұқсат беру")]
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Ибраимов Руслан Талгатович", None, "r.ibraimov@taldykorgan-kasipker.gov.kz", "+7 (7282) 24-19-30"),
                     "previous_responsible": None, "services": svcs("01108014")}])
    save_ctx(name, ag("Талдықорған қаласының кәсіпкерлік және ауыл шаруашылығы бөлімі", "kasipker@taldykorgan.gov.kz", "150140007213"),
             s, "appointment", ("ЕКЦ-2027/331", "2027-04-05", "Жауапты тұлғаны тағайындау туралы"),
             "record Ибраимов Руслан Талгатович as responsible for 01108014")
    manifest(name, "responsible_change (appointment)", "kk", "txt UTF-8 BOM", "negation trap: 'мемлекеттік құпияны да, коммерциялық құпияны да құрамайды' — not a refusal; Russian name in accusative (-ті) and instrumental (-пен)")


def r10():
    name = "r10-burabai-akimat.pdf"
    s = [("01603011", "Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою")]
    blocks = [
        ("t", [["АҚМОЛА ОБЛЫСЫ\nБУРАБАЙ АУДАНЫ ӘКІМДІГІНІҢ\nТҰРҒЫН ҮЙ-КОММУНАЛДЫҚ ШАРУАШЫЛЫҒЫ,\nЖОЛАУШЫЛАР КӨЛІГІ ЖӘНЕ\nАВТОМОБИЛЬ ЖОЛДАРЫ БӨЛІМІ",
                "ОТДЕЛ ЖИЛИЩНО-КОММУНАЛЬНОГО\nХОЗЯЙСТВА, ПАССАЖИРСКОГО\nТРАНСПОРТА И АВТОМОБИЛЬНЫХ ДОРОГ\nАКИМАТА БУРАБАЙСКОГО РАЙОНА\nАКМОЛИНСКОЙ ОБЛАСТИ"]],
         {"grid": False, "bold_header": False, "widths": [8, 8], "font_size": 8}),
        ("p", "Щучинск қ., Абылай хан к-сі, 23    тел. 8 (71636) 4-12-57", {"align": "c", "size": 8}),
        ("sp", 6),
        ("p", "2026 жылғы 25 қыркүйек № 01-09/403", {"size": 9}),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Бөлім № 01603011 «Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою» мемлекеттік "
              "көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға етіп "
              "2026 жылғы 1 қазаннан бастап тұрғын үй секторының бас маманы Сейтқали Бауыржанды тағайындағанын хабарлайды.", {"align": "j"}),
        ("p", "Байланыс үшін: тел. 8 (71636) 4-20-88, электрондық пошта bseitkali@burabay-tkh.gov.kz.", {"align": "j"}),
        ("sp", 10),
        ("p", "Бөлім басшысы                                                    Ж. Қабденов"),
    ]
    pdf(name, blocks)
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Сейтқали Бауыржан", None, "bseitkali@burabay-tkh.gov.kz", "8 (71636) 4-20-88"),
                     "previous_responsible": None, "effective_date": "2026-10-01", "services": svcs("01603011")}])
    save_ctx(name, ag("Бурабай ауданы әкімдігінің ТКШ, жолаушылар көлігі және автомобиль жолдары бөлімі", "tkh@burabay.gov.kz", "060340014478"),
             s, "appointment", ("ЕКЦ-2026/1133", "2026-09-17", "Жауапты тұлғаны тағайындау туралы"),
             "record Сейтқали Бауыржан as responsible for 01603011 from 01.10.2026")
    manifest(name, "responsible_change (appointment)", "kk", "pdf", "bilingual letterhead (two columns) with the office phone; the person's phone differs; name without patronymic in the accusative 'Сейтқали Бауыржанды'; '2026 жылғы 1 қазаннан бастап'")


def r11():
    name = "r11-atyrau-tabigat-bilingual.eml"
    s = [("02603004", "Балық аулауға рұқсат беру / Выдача разрешения на рыболовство")]
    body = """Бірыңғай байланыс орталығына
Единому контакт-центру

Атырау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы 2027 жылғы 8 ақпаннан бастап № 02603004 мемлекеттік көрсетілетін қызмет бойынша ақпарат ұсынуға жауапты тұлға етіп балық шаруашылығы бөлімінің бас маманы Әбдірахманов Нұржан Төлеуұлын тағайындайды.

Управление природных ресурсов и регулирования природопользования Атырауской области сообщает, что с 8 февраля 2027 года ответственным лицом за представление информации по государственной услуге № 02603004 назначен главный специалист отдела рыбного хозяйства Әбдірахманов Нұржан Төлеуұлы.

Тел. 8 (7122) 21-55-09
Эл. пошта / e-mail: n.abdrakhmanov@atyrau-tabigat.gov.kz

Басшының орынбасары / Заместитель руководителя  С. Қалмұханбетов
"""
    root = leaf("text/plain", body, "utf-8", "8bit")
    eml(name, [("From", addr("Атырау табиғат басқармасы", "kense@atyrau-tabigat.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жауапты тұлға / Ответственное лицо")),
               ("Date", "Mon, 1 Feb 2027 09:55:12 +0500"),
               ("Message-ID", "<prk.0201.0955@atyrau-tabigat.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change",
                     "responsible": person("Әбдірахманов Нұржан Төлеуұлы", None, "n.abdrakhmanov@atyrau-tabigat.gov.kz", "8 (7122) 21-55-09"),
                     "previous_responsible": None, "effective_date": "2027-02-08", "services": svcs("02603004")}])
    save_ctx(name, ag("Атырау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "kense@atyrau-tabigat.gov.kz", "080140023385"),
             s, "appointment", ("ЕКЦ-2027/071", "2027-01-22", "О назначении ответственного лица / Жауапты тұлға туралы"),
             "record Әбдірахманов Нұржан Төлеуұлы as responsible for 02603004 from 08.02.2027")
    manifest(name, "responsible_change (appointment)", "kk+ru", "eml utf-8 8bit", "Kazakh accusative '...Төлеуұлын' and Russian nominative; effective date in both languages ('2027 жылғы 8 ақпаннан бастап' / 'с 8 февраля 2027 года') while the mail is dated 1 Feb")


def r12():
    name = "r12-oral-bilim.docx"
    s = [("00705011", "Балаларға қосымша білім беру бойынша қосымша білім беру ұйымдарына құжаттар қабылдау"),
         ("00705014", "Білім беру ұйымдарында білім алушылар мен тәрбиеленушілерді жатақханамен қамтамасыз ету")]
    blocks = [
        ("p", "Орал қаласының білім бөлімі", {"bold": True}),
        ("p", "2026 жылғы 14 қазан № 02-11/1904"),
        ("p", "Бірыңғай байланыс орталығына\n(2026 жылғы 7 қазандағы № ЕКЦ-2026/1241 хатқа)", {"align": "r"}),
        ("p", "Сіздердің хатыңызды қарап, Орал қаласының білім бөлімі мынаны хабарлайды.", {"indent": True}),
        ("p", "Бөлім басшысының 2026 жылғы 13 қазандағы № 188 бұйрығына сәйкес № 00705011 және № 00705014 мемлекеттік "
              "көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығына ақпарат ұсыну, оны өзектендіру және ББО "
              "қызметкерлерін оқыту жөніндегі міндеттер бас маман Оспанова Гүлназ Ерболқызына жүктелсін.", {"align": "j", "indent": True}),
        ("p", "Бөлім Бірыңғай байланыс орталығына қажетті мәліметтерді беруден бас тартпайтынын және қосымша сұрауларға "
              "Қағидалардың 11-тармағында белгіленген тәртіппен жауап беретінін растайды.", {"align": "j", "indent": True}),
        ("p", "Байланыс: 8 (7112) 51-26-47, g.ospanova@oral-bilim.gov.kz"),
        ("p", "Бөлім басшысы                                               М. Құрманғалиев"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Оспанова Гүлназ Ерболқызы", None, "g.ospanova@oral-bilim.gov.kz", "8 (7112) 51-26-47"),
                     "previous_responsible": None, "services": svcs("00705011", "00705014")}])
    save_ctx(name, ag("Орал қаласының білім бөлімі", "bilim@oral.gov.kz", "990240012744"),
             s, "appointment", ("ЕКЦ-2026/1241", "2026-10-07", "Жауапты тұлғаны тағайындау туралы"),
             "record Оспанова Гүлназ Ерболқызы as responsible for both services")
    manifest(name, "responsible_change (appointment)", "kk", "docx", "negation trap 'беруден бас тартпайтынын' (does not refuse); name in dative '...Ерболқызына жүктелсін'; three dates (letter, ours, order)")


def r13():
    name = "r13-semey-zher-replace.txt"
    text = """Семей қаласының жер қатынастары бөлімі
Шығ. № 07-04/2211, 2027 жылғы 27 қаңтар

Бірыңғай байланыс орталығына

Жауапты тұлғаның ауысуы туралы

Қағидалардың 7-тармағына сәйкес хабарлаймыз: № 01405006 «Елді мекен шегінде объект салу үшін жер учаскесін беру» және № 01405011 «Жер учаскесінің нысаналы мақсатын өзгерту» мемлекеттік көрсетілетін қызметтері бойынша Бірыңғай байланыс орталығымен хат алмасу 2027 жылғы 1 ақпаннан бастап Серікова Дананың орнына жер ресурстарын басқару секторының бас маманы Жұмабекова Әсемге жүктелсін.

Жаңа жауапты тұлғаның байланыс деректері: 8 (7222) 52-38-14, a.zhumabekova@semey-jer.gov.kz.

Бөлім басшысы                                               Е. Тұрлыбеков
"""
    txt(name, text, "utf-8")
    s = [("01405006", "Елді мекен шегінде объект салу үшін жер учаскесін беру"),
         ("01405011", "Жер учаскесінің нысаналы мақсатын өзгерту")]
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Жұмабекова Әсем", None, "a.zhumabekova@semey-jer.gov.kz", "8 (7222) 52-38-14"),
                     "previous_responsible": {"full_name": "Серікова Дана"},
                     "effective_date": "2027-02-01", "services": svcs("01405006", "01405011")}])
    save_ctx(name, ag("Семей қаласының жер қатынастары бөлімі", "jer@semey.gov.kz", "051140003319"),
             s, "consulting", None,
             "replace Серікова Дана by Жұмабекова Әсем as responsible for both services from 01.02.2027")
    manifest(name, "responsible_change (replacement)", "kk", "txt utf-8", "'Серікова Дананың орнына' (genitive of a name ending in -а) and 'Жұмабекова Әсемге' (dative); no patronymics")


def r14():
    name = "r14-kostanai-densaulyk.eml"
    s = [("01003015", "Дәрігерлік-консультациялық комиссияның қорытындысын беру")]
    body = """Қайырлы күн!

Қостанай облысының денсаулық сақтау басқармасы Бекова Сәуле Маратқызының бала күтімі бойынша демалысқа шығуына байланысты № 01003015 мемлекеттік көрсетілетін қызмет бойынша Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі міндеттер 2026 жылғы 14 қыркүйектен бастап медициналық көмекті ұйымдастыру бөлімінің бас маманы Тұрсынов Асқар Ғалымұлына жүктелгенін хабарлайды.

Тұрсынов Асқар Ғалымұлы
тел.: +7 (7142) 53-70-26
a.tursynov@kst-densaulyk.gov.kz

--
Қостанай облысының денсаулық сақтау басқармасы
Кадр және құжаттамалық қамтамасыз ету бөлімі
"""
    root = leaf("text/plain", body, "utf-8", "base64")
    eml(name, [("From", addr("Кадр бөлімі", "kadr@kst-densaulyk.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жауапты тұлғаның ауысуы")),
               ("Date", "Fri, 11 Sep 2026 16:02:44 +0600"),
               ("Message-ID", "<kst.dens.20260911160244@kst-densaulyk.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                     "responsible": person("Тұрсынов Асқар Ғалымұлы", None, "a.tursynov@kst-densaulyk.gov.kz", "+7 (7142) 53-70-26"),
                     "previous_responsible": {"full_name": "Бекова Сәуле Маратқызы"},
                     "effective_date": "2026-09-14", "services": svcs("01003015")}])
    save_ctx(name, ag("Қостанай облысының денсаулық сақтау басқармасы", "kense@kst-densaulyk.gov.kz", "991140003658"),
             s, "consulting", None,
             "replace Бекова Сәуле Маратқызы by Тұрсынов Асқар Ғалымұлы for 01003015 from 14.09.2026")
    manifest(name, "responsible_change (replacement)", "kk", "eml utf-8 base64", "previous person only in genitive '...Маратқызының ... шығуына байланысты', new one in dative '...Ғалымұлына'; sent by the HR department, not the person")


def r15():
    name = "r15-zhezkazgan-bilingual.docx"
    s = [("01702010", "Выдача архитектурно-планировочного задания / Сәулет-жоспарлау тапсырмасын беру")]
    blocks = [
        ("t", [["«ЖЕЗҚАЗҒАН ҚАЛАСЫНЫҢ СӘУЛЕТ ЖӘНЕ ҚАЛА ҚҰРЫЛЫСЫ БӨЛІМІ» ММ", "ГУ «ОТДЕЛ АРХИТЕКТУРЫ И ГРАДОСТРОИТЕЛЬСТВА ГОРОДА ЖЕЗКАЗГАН»"]],
         {"grid": False, "bold_header": True, "widths": [8, 8], "font_size": 9}),
        ("p", "№ 05-02/377                                                                     29.10.2026"),
        ("p", "Бірыңғай байланыс орталығына\nЕдиному контакт-центру", {"align": "r"}),
        ("p", "Жауапты тұлғаның ауысуы туралы", {"bold": True, "align": "c"}),
        ("p", "№ 01702010 «Сәулет-жоспарлау тапсырмасын беру» мемлекеттік көрсетілетін қызметі бойынша 2026 жылғы "
              "2 қарашадан бастап Иванов Сергей Николаевичтің орнына жауапты тұлға болып бөлімнің бас маманы "
              "Қасымова Жанар Бейбітқызы тағайындалды.", {"align": "j", "indent": True}),
        ("p", "Об изменении ответственного лица", {"bold": True, "align": "c"}),
        ("p", "По государственной услуге № 01702010 «Выдача архитектурно-планировочного задания» со 2 ноября 2026 года "
              "вместо Иванова Сергея Николаевича ответственным лицом назначена главный специалист отдела "
              "Қасымова Жанар Бейбітқызы.", {"align": "j", "indent": True}),
        ("p", "Тел. / Телефон: 8 (7102) 73-18-56; e-mail: zh.kasymova@zhezkazgan-saulet.gov.kz"),
        ("p", "Бөлім басшысы / Руководитель отдела                                  Қ. Бекболатов"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "responsible_change",
                     "responsible": person("Қасымова Жанар Бейбітқызы", None, "zh.kasymova@zhezkazgan-saulet.gov.kz", "8 (7102) 73-18-56"),
                     "previous_responsible": {"full_name": "Иванов Сергей Николаевич"},
                     "effective_date": "2026-11-02", "services": svcs("01702010")}])
    save_ctx(name, ag("ГУ «Отдел архитектуры и градостроительства города Жезказган»", "saulet@zhezkazgan.gov.kz", "100640011293"),
             s, "consulting", None,
             "replace Иванов Сергей Николаевич by Қасымова Жанар Бейбітқызы for 01702010 from 02.11.2026")
    manifest(name, "responsible_change (replacement)", "kk+ru", "docx", "Russian name in Kazakh genitive 'Николаевичтің орнына' and in Russian genitive 'вместо Иванова Сергея Николаевича'; letter date 29.10.2026 vs effective 02.11.2026")


def r16():
    name = "r16-astana-turizm-vacation.eml"
    s = [("02101011", "Туристік ақпарат орталықтарының тізіліміне енгізу"),
         ("02101013", "Гид (гид-аудармашы) ретінде аттестаттау")]
    inner = mso("Құрметті Бірыңғай байланыс орталығы!", "",
                "Астана қаласының туризм басқармасы № 02101011 және № 02101013 мемлекеттік көрсетілетін қызметтер бойынша "
                "жауапты тұлға Әлімжанов Дәурен Асқарұлының жыл сайынғы еңбек демалысында болуына байланысты "
                "<b>2027 жылғы 5 шілдеден 2 тамызға дейін</b> оның міндеттерін туризмді дамыту бөлімінің бас маманы "
                "Мұқанова Ләззат Серікқызы атқаратынын хабарлайды.",
                "", "Мұқанова Л.С.: 8 (7172) 55-83-14, l.mukanova@astana-turizm.gov.kz", "",
                "Құрметпен,", "Басқарма басшысының орынбасары", "А. Тәжібаев")
    root = leaf("text/html", html_wrap(inner), "utf-8", "base64")
    eml(name, [("From", addr("Тәжібаев Арман", "a.tazhibayev@astana-turizm.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Cc", addr("Мұқанова Ләззат", "l.mukanova@astana-turizm.gov.kz")),
               ("Subject", hdr("Жауапты тұлғаны уақытша ауыстыру")),
               ("Date", "Thu, 1 Jul 2027 11:25:37 +0500"),
               ("Message-ID", "<PAXPR07MB8842@astana-turizm.gov.kz>"),
               ("X-Mailer", "Microsoft Outlook 16.0")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                     "responsible": person("Мұқанова Ләззат Серікқызы", None, "l.mukanova@astana-turizm.gov.kz", "8 (7172) 55-83-14"),
                     "previous_responsible": {"full_name": "Әлімжанов Дәурен Асқарұлы"},
                     "effective_date": "2027-07-05", "services": svcs("02101011", "02101013")}])
    save_ctx(name, ag("Астана қаласының туризм басқармасы", "kense@astana-turizm.gov.kz", "191040025516"),
             s, "consulting", None,
             "temporarily replace Әлімжанов Дәурен Асқарұлы by Мұқанова Ләззат Серікқызы, 05.07–02.08.2027")
    manifest(name, "responsible_change (replacement)", "kk", "eml HTML-only (Outlook) base64", "temporary replacement for a vacation: a date range '5 шілдеден 2 тамызға дейін' (start = effective date); new person in Cc; sender is neither person")


def r17():
    name = "r17-ekibastuz-utf16.txt"
    text = """Екібастұз қаласы әкімдігінің
жұмыспен қамту және әлеуметтік бағдарламалар бөлімі

Бірыңғай байланыс орталығына

ХАБАРЛАМА

№ 00206015 «Атаулы әлеуметтік көмек тағайындау» мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат ұсынуға жауапты тұлға Ли Анна Владимировнаның орнына 01.03.2027 ж. бастап атаулы әлеуметтік көмек секторының меңгерушісі Құдайбергенов Ерлан Маратұлы белгіленді.

Ли А.В. басқа мемлекеттік органға ауысты.

Құдайбергенов Е.М.: тел. 8 (71835) 7-40-22, e.kudaibergenov@ekibastuz-enbek.gov.kz

Бөлім басшысы  Г. Сүлейменова
"""
    txt(name, text, "utf-16", crlf=True)
    s = [("00206015", "Атаулы әлеуметтік көмек тағайындау")]
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Құдайбергенов Ерлан Маратұлы", None, "e.kudaibergenov@ekibastuz-enbek.gov.kz", "8 (71835) 7-40-22"),
                     "previous_responsible": {"full_name": "Ли Анна Владимировна"},
                     "effective_date": "2027-03-01", "services": svcs("00206015")}])
    save_ctx(name, ag("Екібастұз қаласы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі", "enbek@ekibastuz.gov.kz", "040140005583"),
             s, "consulting", None,
             "replace Ли Анна Владимировна by Құдайбергенов Ерлан Маратұлы for 00206015 from 01.03.2027")
    manifest(name, "responsible_change (replacement)", "kk", "txt UTF-16 LE BOM, CRLF", "Russian name in Kazakh genitive 'Ли Анна Владимировнаның орнына'; short date '01.03.2027 ж. бастап'; initials 'Ли А.В.' later; the signer is another person")


def r18():
    name = "r18-karaganda-archive-attach.eml"
    att = "хабарлама.docx"
    s = [("00902014", "Мұрағаттық анықтамалар беру"),
         ("00902016", "Мұрағаттық құжаттардың көшірмелерін немесе мұрағаттық үзінділерді беру")]
    blocks = [
        ("p", "Қарағанды облысының мәдениет, архивтер және құжаттама басқармасы", {"bold": True, "align": "c"}),
        ("p", "2026 жылғы 16 қазан                                                      № 3-14/2087"),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Бұрынғы жауапты тұлға Жақсыбаев Медет Ержанұлының басқа жұмысқа ауысуына байланысты 2026 жылғы 19 қазаннан "
              "бастап № 00902014 және № 00902016 мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс "
              "орталығымен өзара іс-қимылға жауапты тұлға болып мұрағат ісі бөлімінің жетекші маманы "
              "Әбілқасымова Гүлнұр Маратқызы тағайындалды.", {"align": "j", "indent": True}),
        ("p", "Байланыс деректері: тел. 8 (7212) 42-60-91, электрондық пошта g.abilkasymova@krg-archive.gov.kz.", {"align": "j", "indent": True}),
        ("p", "Басшы                                                                     Д. Мамыров"),
        ("p", "Орынд. Әбілқасымова Г.М.\n42-60-91", {"size": 9}),
    ]
    body = "Хат қоса беріліп отыр.\n\n--\nКеңсе\nҚарағанды облысының мәдениет, архивтер және құжаттама басқармасы\n"
    root = multipart("mixed", [
        leaf("text/plain", body, "utf-8", "base64"),
        leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(blocks), filename=att),
    ], "----_=_NextPart_001_krgarch")
    eml(name, [("From", addr("Кеңсе", "kense@krg-archive.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("№ 3-14/2087 хат")),
               ("Date", "Fri, 16 Oct 2026 17:50:03 +0500"),
               ("Message-ID", "<krg.arch.3-14-2087@krg-archive.gov.kz>")], root)
    save_key(name, [{"part": att, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Әбілқасымова Гүлнұр Маратқызы", None, "g.abilkasymova@krg-archive.gov.kz", "8 (7212) 42-60-91"),
                     "previous_responsible": {"full_name": "Жақсыбаев Медет Ержанұлы"},
                     "effective_date": "2026-10-19", "services": svcs("00902014", "00902016")}])
    save_ctx(name, ag("Қарағанды облысының мәдениет, архивтер және құжаттама басқармасы", "kense@krg-archive.gov.kz", "030640002277"),
             s, "consulting", None,
             "replace Жақсыбаев Медет Ержанұлы by Әбілқасымова Гүлнұр Маратқызы for both services from 19.10.2026")
    manifest(name, "responsible_change (replacement)", "kk", "eml + docx attachment with a Kazakh file name", "the body is a one-line cover; the letter is in the attachment; previous person in the genitive '...Ержанұлының'")


def r19():
    name = "r19-shymkent-kurylys.pdf"
    s = [("01901022", "Құрылыс-монтаж жұмыстарының басталғаны туралы хабарламаны қабылдау")]
    blocks = [
        ("t", [["«ШЫМКЕНТ ҚАЛАСЫНЫҢ\nҚҰРЫЛЫС БАСҚАРМАСЫ»\nмемлекеттік мекемесі", "Государственное учреждение\n«УПРАВЛЕНИЕ СТРОИТЕЛЬСТВА\nГОРОДА ШЫМКЕНТ»"]],
         {"grid": False, "bold_header": True, "widths": [8, 8], "font_size": 9}),
        ("p", "160012, Шымкент қ., Тәуке хан даңғылы, 6 / г. Шымкент, пр. Тауке хана, 6", {"align": "c", "size": 8}),
        ("p", "2026 жылғы 20 қарашадағы № 12-04/1187", {"size": 9}),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Басқарма № 01901022 «Құрылыс-монтаж жұмыстарының басталғаны туралы хабарламаны қабылдау» мемлекеттік "
              "көрсетілетін қызметі бойынша 2026 жылғы 23 қарашадан бастап Омаров Бекзат Ғалымұлының орнына "
              "Бірыңғай байланыс орталығымен хат алмасуға жауапты тұлға етіп сараптама және рұқсат беру бөлімінің бас "
              "маманы Сапарова Динара Есенқызын тағайындағанын хабарлайды.", {"align": "j"}),
        ("p", "Байланыс телефоны: 8 (7252) 53-02-77; электрондық пошта: d.saparova@shymkent-kurylys.gov.kz", {"align": "j"}),
        ("sp", 10),
        ("p", "Басшы                                                          Н. Өтепов"),
    ]
    pdf(name, blocks)
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Сапарова Динара Есенқызы", None, "d.saparova@shymkent-kurylys.gov.kz", "8 (7252) 53-02-77"),
                     "previous_responsible": {"full_name": "Омаров Бекзат Ғалымұлы"},
                     "effective_date": "2026-11-23", "services": svcs("01901022")}])
    save_ctx(name, ag("ГУ «Управление строительства города Шымкент»", "kurylys@shymkent.gov.kz", "180140036651"),
             s, "consulting", None,
             "replace Омаров Бекзат Ғалымұлы by Сапарова Динара Есенқызы for 01901022 from 23.11.2026")
    manifest(name, "responsible_change (replacement)", "kk", "pdf (bilingual letterhead, Kazakh body)", "letter date in genitive '20 қарашадағы' beside the effective '23 қарашадан бастап'; both names inflected (genitive, accusative -қызын)")


def r20():
    name = "r20-aktobe-sport-quoted.eml"
    s = [("02203007", "Спорттық іс-шараларды өткізуге рұқсат беру")]
    body = """Сәлеметсіз бе.

2027 жылғы 2 мамырдан бастап № 02203007 қызмет бойынша Жақыпова Мадинаның орнына жауапты тұлға — спорт резерві бөлімінің бас маманы Төлеген Айдос Қайратұлы. Мадина Ерланқызы декреттік демалысқа шықты.
Айдостың телефоны +7 777 214 63 90, поштасы a.tolegen@aktobe-sport.gov.kz

Құрметпен,
Айдос Төлеген

> 28.04.2027 14:02, info@ekc.gov.kz жазды:
> Уважаемая Мадина Ерлановна!
> Просим уточнить, изменился ли срок оказания услуги 02203007 «Выдача
> разрешения на проведение спортивных мероприятий» после изменений,
> вступивших в силу 30.04.2027. Операторы получают вопросы граждан.
> --
> Единый контакт-центр
"""
    root = leaf("text/plain", body, "utf-8", "quoted-printable")
    eml(name, [("From", addr("Айдос Төлеген", "a.tolegen@aktobe-sport.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Re: Срок оказания услуги 02203007")),
               ("Date", "Thu, 29 Apr 2027 09:17:46 +0500"),
               ("Message-ID", "<7f3c2a10-aidos@aktobe-sport.gov.kz>"),
               ("In-Reply-To", "<ekc-20270428140210@ekc.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                     "responsible": person("Төлеген Айдос Қайратұлы", None, "a.tolegen@aktobe-sport.gov.kz", "+7 777 214 63 90"),
                     "previous_responsible": {"full_name": "Жақыпова Мадина"},
                     "effective_date": "2027-05-02", "services": svcs("02203007")}])
    save_ctx(name, ag("Ақтөбе облысының дене шынықтыру және спорт басқармасы", "kense@aktobe-sport.gov.kz", "050340014429"),
             s, "consulting", ("ЕКЦ-2027/455", "2027-04-28", "Срок оказания услуги 02203007"),
             "replace Жақыпова Мадина by Төлеген Айдос Қайратұлы for 02203007 from 02.05.2027")
    manifest(name, "responsible_change (replacement)", "kk (quote ru)", "eml utf-8 QP, quoted Russian message", "informal short note by the new person himself; old person also called by name+patronymic 'Мадина Ерланқызы' and in the Russian quote 'Мадина Ерлановна'; quoted dates 28.04 and 30.04; answers a question on the service but does not answer it")


def r21():
    name = "r21-kyzylorda-zhol-buiryq.docx"
    s = [("00302019", "Ауыр салмақты және (немесе) ірі көлемді көлік құралдарының жүріп өтуіне арнайы рұқсат беру")]
    blocks = [
        ("p", "«Қызылорда облысының жолаушылар көлігі және автомобиль жолдары басқармасы» ММ", {"align": "c", "bold": True}),
        ("p", "БҰЙРЫҚ", {"align": "c", "bold": True, "size": 14}),
        ("p", "Қызылорда қаласы                          № 94-ж"),
        ("p", "Жауапты тұлғаны ауыстыру туралы", {"bold": True}),
        ("p", "Қазақстан Республикасы Инвестициялар және даму министрінің міндетін атқарушының 2015 жылғы 18 ақпандағы "
              "№ 130 бұйрығымен бекітілген Бірыңғай байланыс орталығының өзара іс-қимыл қағидаларының 7-тармағына сәйкес "
              "БҰЙЫРАМЫН:", {"align": "j", "indent": True}),
        ("p", "1. № 00302019 мемлекеттік көрсетілетін қызмет бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға "
              "жауапты тұлға ретінде Ахмедова Лейла Рустамовнаға жүктелген міндеттер алынсын.\n"
              "2. Көрсетілген міндеттерді орындау рұқсат беру бөлімінің бас маманы Есенов Тимур Ринатовичке жүктелсін.\n"
              "3. Кеңсе осы бұйрықтың көшірмесін Бірыңғай байланыс орталығына жолдасын.\n"
              "4. Бұйрық қол қойылған күнінен бастап күшіне енеді.", {"align": "j"}),
        ("p", "Басқарма басшысы                                                Ж. Ілиясов"),
        ("p", "Бұйрықпен таныстым:\nАхмедова Л.Р. ________\nЕсенов Т.Р. ________ (тел. 8 (7242) 23-61-09)"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Есенов Тимур Ринатович", None, None, "8 (7242) 23-61-09"),
                     "previous_responsible": {"full_name": "Ахмедова Лейла Рустамовна"},
                     "services": svcs("00302019")}])
    save_ctx(name, ag("Қызылорда облысының жолаушылар көлігі және автомобиль жолдары басқармасы", "zholdar@kyzylorda.gov.kz", "070840009926"),
             s, "consulting", None,
             "replace Ахмедова Лейла Рустамовна by Есенов Тимур Ринатович for 00302019")
    manifest(name, "responsible_change (replacement)", "kk", "docx (an internal order)", "order with no date on its face ('from signing'), so effective_date is not keyed; the only date is 18.02.2015 of the Rules; Russian names in Kazakh dative (-наға, -чке)")


def r22():
    name = "r22-kz1048-turkistan.eml"
    s = [("01504011", "Басым дақылдар өндіруді субсидиялау")]
    body = """Бірыңғай байланыс орталығына

Түркістан облысының ауыл шаруашылығы басқармасы 2027 жылғы 15 қаңтардан бастап № 01504011 «Басым дақылдар өндіруді субсидиялау» мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға Смағұлов Арманның орнына өсімдік шаруашылығы бөлімінің бас маманы Байжанова Гаухар Серікқызы тағайындалғанын хабарлайды.

Байланыс: 8 (72533) 6-11-48, g.baizhanova@turkistan-auyl.gov.kz

Басқарма басшысының орынбасары  Ж. Әлиев
"""
    root = leaf("text/plain", body, "kz-1048", "quoted-printable")
    # Python's codec name is kz1048; the label on the wire is the IANA name KZ-1048
    eml(name, [("From", addr("Түркістан ауыл шаруашылығы басқармасы", "kense@turkistan-auyl.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жауапты тұлғаның ауысуы туралы")),
               ("Date", "Tue, 12 Jan 2027 10:08:33 +0500"),
               ("Message-ID", "<tsk.auyl.20270112@turkistan-auyl.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                     "responsible": person("Байжанова Гаухар Серікқызы", None, "g.baizhanova@turkistan-auyl.gov.kz", "8 (72533) 6-11-48"),
                     "previous_responsible": {"full_name": "Смағұлов Арман"},
                     "effective_date": "2027-01-15", "services": svcs("01504011")}])
    save_ctx(name, ag("Түркістан облысының ауыл шаруашылығы басқармасы", "kense@turkistan-auyl.gov.kz", "180540030021"),
             s, "consulting", None,
             "replace Смағұлов Арман by Байжанова Гаухар Серікқызы for 01504011 from 15.01.2027")
    manifest(name, "responsible_change (replacement)", "kk", "eml charset KZ-1048 (Kazakh 8-bit), QP", "rare Kazakh charset label KZ-1048; 'Смағұлов Арманның орнына' (double н before the genitive)")


def r23():
    name = "r23-kokshetau-zhumys.txt"
    text = """Ақмола облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы

Бірыңғай байланыс орталығына

Жауапты тұлғаның ауысуына байланысты

Құрметті әріптестер!

Қағидалардың 7-тармағына сәйкес хабарлаймыз: 2026 жылғы 10 тамыздан бастап № 00206011 «Жұмыссыз ретінде тіркеу» және № 00206022 «Мүгедектігі бар адамдарды санаторий-курорттық емдеумен қамтамасыз ету» мемлекеттік көрсетілетін қызметтері бойынша Тәжібаев Серік Әлібекұлының орнына жауапты тұлға болып бас маман Қонысбаева Айнұр Болатқызы белгіленді.

Жауапты тұлғаның ауысуы Бірыңғай байланыс орталығына ақпарат ұсынуды тоқтатуға негіз болып табылмайды: бұрын жолданған сұрауларыңыз бұрынғы мерзімде орындалады, олардың ешқайсысы бойынша бас тарту көзделмеген.

Қонысбаева А.Б.: тел. 8 (7162) 29-33-70, e-mail: a.konysbayeva@akmola-enbek.gov.kz

Басшы                                             Р. Қожахметов
"""
    txt(name, text, "utf-8")
    s = [("00206011", "Жұмыссыз ретінде тіркеу"),
         ("00206022", "Мүгедектігі бар адамдарды санаторий-курорттық емдеумен қамтамасыз ету")]
    save_key(name, [{"part": name, "kind": "responsible_change", "language": "kk",
                     "responsible": person("Қонысбаева Айнұр Болатқызы", "бас маман", "a.konysbayeva@akmola-enbek.gov.kz", "8 (7162) 29-33-70"),
                     "previous_responsible": {"full_name": "Тәжібаев Серік Әлібекұлы"},
                     "effective_date": "2026-08-10", "services": svcs("00206011", "00206022")}])
    save_ctx(name, ag("Ақмола облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "enbek@akmola.gov.kz", "060140000917"),
             s, "consulting", None,
             "replace Тәжібаев Серік Әлібекұлы by Қонысбаева Айнұр Болатқызы for both services from 10.08.2026")
    manifest(name, "responsible_change (replacement)", "kk", "txt utf-8", "negation trap: 'тоқтатуға негіз болып табылмайды', 'бас тарту көзделмеген' — not a refusal")


def r24():
    name = "r24-nocharset-pavlodar.eml"
    s = [("01603006", "Тұрғын үй көмегін тағайындау")]
    body = """Бірыңғай байланыс орталығы,

Павлодар қаласының тұрғын үй-коммуналдық шаруашылығы бөлімі 2027 жылдың 3 наурызынан бастап № 01603006 мемлекеттік көрсетілетін қызметі бойынша ақпарат ұсыну міндеті Ермеков Нұрбол Әділұлының орнына тұрғын үй көмегі секторының бас маманы Сулейменова Анара Каримовнаға жүктелгенін хабарлайды.

Сулейменова А.К.
8 (7182) 32-77-05
a.suleimenova@pvl-tkh.gov.kz
"""
    root = leaf("text/plain", body, "utf-8", "8bit", no_charset_label=True)
    eml(name, [("From", "tkh-kanc@pvl-tkh.gov.kz"),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жауапты тұлға ауысты")),
               ("Date", "Mon, 1 Mar 2027 14:44:09 +0600"),
               ("Message-ID", "<pvl-tkh-0301-1444@pvl-tkh.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "responsible_change", "language": "kk",
                     "responsible": person("Сулейменова Анара Каримовна", None, "a.suleimenova@pvl-tkh.gov.kz", "8 (7182) 32-77-05"),
                     "previous_responsible": {"full_name": "Ермеков Нұрбол Әділұлы"},
                     "effective_date": "2027-03-03", "services": svcs("01603006")}])
    save_ctx(name, ag("Павлодар қаласының тұрғын үй-коммуналдық шаруашылығы бөлімі", "tkh-kanc@pvl-tkh.gov.kz", "091140013375"),
             s, "consulting", None,
             "replace Ермеков Нұрбол Әділұлы by Сулейменова Анара Каримовна for 01603006 from 03.03.2027")
    manifest(name, "responsible_change (replacement)", "kk", "eml text/plain WITHOUT charset, 8bit UTF-8 bytes", "missing charset label; date '2027 жылдың 3 наурызынан бастап' (possessive form); Russian patronymic in Kazakh dative")


def r25():
    name = "r25-atyrau-ardager-table.docx"
    s = [("00207004", "Ұлы Отан соғысының ардагерлеріне біржолғы төлем тағайындау / Назначение единовременной выплаты ветеранам Великой Отечественной войны")]
    blocks = [
        ("p", "Атырау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы\n"
              "Управление координации занятости и социальных программ Атырауской области", {"align": "c", "bold": True, "size": 11}),
        ("p", "Жауапты тұлғаның ауысуы туралы хабарлама / Уведомление о замене ответственного лица", {"align": "c", "bold": True}),
        ("p", "Мемлекеттік көрсетілетін қызмет / Государственная услуга: № 00207004"),
        ("t", [["", "Т.А.Ә. / Ф.И.О.", "Лауазымы, байланыс / Должность, контакты"],
               ["Бұрынғы жауапты тұлға / Прежнее ответственное лицо", "Мамырбаев Қуаныш Серікұлы", "—"],
               ["Жаңа жауапты тұлға / Новое ответственное лицо", "Тоқтарова Әлия Нұрболқызы",
                "бас маман / главный специалист; 8 (7122) 32-09-44; a.toktarova@atyrau-enbek.gov.kz"],
               ["Күшіне енетін күні / Дата вступления в силу", "10.02.2027", ""]],
         {"widths": [5.5, 5, 6]}),
        ("p", "Басшының орынбасары / Заместитель руководителя                     Г. Сәтбаева"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "responsible_change",
                     "responsible": person("Тоқтарова Әлия Нұрболқызы", None, "a.toktarova@atyrau-enbek.gov.kz", "8 (7122) 32-09-44"),
                     "previous_responsible": {"full_name": "Мамырбаев Қуаныш Серікұлы"},
                     "effective_date": "2027-02-10", "services": svcs("00207004")}])
    save_ctx(name, ag("Управление координации занятости и социальных программ Атырауской области", "enbek@atyrau.gov.kz", "050240019987"),
             s, "consulting", None,
             "replace Мамырбаев Қуаныш Серікұлы by Тоқтарова Әлия Нұрболқызы for 00207004 from 10.02.2027")
    manifest(name, "responsible_change (replacement)", "kk+ru", "docx", "old/new person as rows of a bilingual table; 'Күшіне енетін күні' row with 10.02.2027; a dash in the old person's contacts")


# ---------------------------------------------------------------- refusals (p.11)

def f01():
    name = "f01-qorganys-tolem.txt"
    text = """Қазақстан Республикасы Қорғаныс министрлігінің
Әскери қызметшілерді тұрғын үймен қамтамасыз ету департаменті

Астана қ.                                   2026 жылғы 12 қараша № 21/4-1977

Бірыңғай байланыс орталығына

2026 жылғы 4 қарашадағы № ЕКЦ-2026/1386 сұрауға

Департамент № 02801005 «Әскери қызметшілерге тұрғын үй төлемдерін тағайындау» мемлекеттік көрсетілетін қызметі бойынша қосымша ақпарат беру туралы сұрауыңызды қарап, мынаны хабарлайды.

Сұратылып отырған әскери бөлімдердің орналасқан жері мен штат саны туралы мәліметтер мемлекеттік құпияларды құрайды, сондықтан оларды Бірыңғай байланыс орталығына ұсыну мүмкін емес.

Тұрғын үй төлемдерін тағайындау тәртібі, қажетті құжаттар тізбесі және мерзімдері туралы жалпы ақпарат 2026 жылғы 2 қыркүйекте ұсынылған және өзгерген жоқ.

Департамент директорының орынбасары
полковник                                             Е. Жанқұлов
"""
    txt(name, text, "utf-8")
    s = [("02801005", "Әскери қызметшілерге тұрғын үй төлемдерін тағайындау")]
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Сұратылып отырған әскери бөлімдердің орналасқан жері мен штат саны туралы мәліметтер мемлекеттік құпияларды құрайды",
                     "refusal_ground": "state_secret", "services": svcs("02801005")}])
    save_ctx(name, ag("Қорғаныс министрлігінің Әскери қызметшілерді тұрғын үймен қамтамасыз ету департаменті", "kense@mod-turgynui.gov.kz", "010140006672"),
             s, "additional_answer", ("ЕКЦ-2026/1386", "2026-11-04", "Қосымша ақпарат ұсыну туралы (п. 11)"),
             "record the refusal (state secret) of the additional information on 02801005")
    manifest(name, "refusal (state_secret)", "kk", "txt utf-8", "reason clause followed by 'сондықтан ... ұсыну мүмкін емес'; a non-refusing paragraph after it; three dates")


def f02():
    name = "f02-saryarka-zhylu.eml"
    s = [("01802011", "Жылумен жабдықтау желілеріне қосылуға техникалық шарттар беру")]
    body = """Құрметті Бірыңғай байланыс орталығы!

«Сарыарқа Жылу Энерго» АҚ (бұдан әрі – Қоғам) № 01802011 «Жылумен жабдықтау желілеріне қосылуға техникалық шарттар беру» мемлекеттік көрсетілетін қызметі бойынша 2027 жылғы 19 ақпандағы № ЕКЦ-2027/158 сұрауыңызды қарады.

Қосылу құнын есептеу әдістемесі және жабдық жеткізушілермен жасалған шарттардың талаптары Қоғамның коммерциялық құпиясы болып табылады. Осыған байланысты Қоғам бұл мәліметтерді ұсынудан бас тартады.

Қызмет алушылар үшін техникалық шарттар алу тәртібі Қоғамның сайтында (www.saryarka-zhylu.kz) жарияланған.

Құрметпен,
Қоғамның заң қызметі
тел. 8 (7212) 99-01-45
"""
    root = leaf("text/plain", body, "utf-8", "8bit")
    eml(name, [("From", addr("Заң қызметі", "legal@saryarka-zhylu.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("№ ЕКЦ-2027/158 сұрауға жауап")),
               ("Date", "Wed, 24 Feb 2027 16:20:00 +0500"),
               ("Message-ID", "<legal.20270224.1620@saryarka-zhylu.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "language": "kk",
                     "refusal_reason": "Қосылу құнын есептеу әдістемесі және жабдық жеткізушілермен жасалған шарттардың талаптары Қоғамның коммерциялық құпиясы болып табылады",
                     "refusal_ground": "commercial_secret", "services": svcs("01802011")}])
    save_ctx(name, ag("АО «Сарыарқа Жылу Энерго»", "office@saryarka-zhylu.kz", "040540001328"),
             s, "additional_answer", ("ЕКЦ-2027/158", "2027-02-19", "Қосымша ақпарат беру туралы"),
             "record the refusal (commercial secret) of the service provider for 01802011")
    manifest(name, "refusal (commercial_secret)", "kk", "eml utf-8 8bit", "service provider (АҚ), not a state body; reason sentence precedes 'ұсынудан бас тартады'; URL in text")


def f03():
    name = "f03-karaganda-vet-competence.docx"
    s = [("01204025", "Жануарлардан алынатын өнімдерді экспорттауға ветеринариялық сертификат беру")]
    blocks = [
        ("p", "Қарағанды облысының ветеринария басқармасы", {"bold": True, "align": "c"}),
        ("p", "100008, Қарағанды қ., Бұқар жырау даңғылы, 47", {"align": "c", "size": 9}),
        ("p", "2026 жылғы 6 тамыз № 06-2/1320                                      Бірыңғай байланыс орталығына"),
        ("p", "Басқарма 2026 жылғы 30 шілдедегі № ЕКЦ-2026/913 хатыңызда сұралған № 01204025 «Жануарлардан алынатын "
              "өнімдерді экспорттауға ветеринариялық сертификат беру» мемлекеттік көрсетілетін қызметі туралы "
              "ақпаратты (Қағидалардың 1-қосымшасы бойынша нысан) ұсына алмайтынын хабарлайды.", {"align": "j", "indent": True}),
        ("p", "Экспортқа арналған ветеринариялық сертификаттарды беру облыстың жергілікті атқарушы органының "
              "құзыретіне кірмейді, бұл қызметті Қазақстан Республикасы Ауыл шаруашылығы министрлігі Ветеринариялық "
              "бақылау және қадағалау комитетінің аумақтық инспекциялары көрсетеді.", {"align": "j", "indent": True}),
        ("p", "Осыған байланысты сұрауды аталған Комитетке жолдауды ұсынамыз.", {"align": "j", "indent": True}),
        ("p", "Басшы                                                              Т. Қаржаубаев"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Экспортқа арналған ветеринариялық сертификаттарды беру облыстың жергілікті атқарушы органының құзыретіне кірмейді",
                     "refusal_ground": "not_competent", "services": svcs("01204025")}])
    save_ctx(name, ag("Қарағанды облысының ветеринария басқармасы", "vet@karaganda.gov.kz", "060140020315"),
             s, "information", ("ЕКЦ-2026/913", "2026-07-30", "Мемлекеттік көрсетілетін қызмет туралы ақпарат ұсыну туралы"),
             "record that the agency declines the Appendix 1 request for 01204025 as not within its competence; redirect to the committee")
    manifest(name, "refusal (not_competent)", "kk", "docx", "the 'cannot give' sentence comes first, the reason (competence) second; redirect to another body")


def f04():
    name = "f04-iim-qaru-bilingual.eml"
    s = [("00309004", "Қаруды сақтауға рұқсат беру / Выдача разрешения на хранение оружия")]
    inner = mso("<b>Бірыңғай байланыс орталығына / Единому контакт-центру</b>", "",
                "Қазақстан Республикасы Ішкі істер министрлігінің Әкімшілік полиция комитеті 2027 жылғы 11 мамырдағы "
                "№ ЕКЦ-2027/441 сұрауыңызды қарап, мынаны хабарлайды. Қаруды сақтау объектілерін күзету тәртібі туралы "
                "мәліметтер мемлекеттік құпияларға жатқызылған, сондықтан № 00309004 мемлекеттік көрсетілетін қызмет "
                "бойынша оларды ұсыну мүмкін емес.",
                "",
                "Комитет административной полиции Министерства внутренних дел Республики Казахстан, рассмотрев Ваш запрос "
                "от 11 мая 2027 года № ЕКЦ-2027/441, сообщает следующее. Сведения о порядке охраны объектов хранения "
                "оружия отнесены к государственным секретам, в связи с чем представить их по государственной услуге "
                "№ 00309004 не представляется возможным.",
                "", "Басқарма бастығы / Начальник управления", "полиция полковнигі / полковник полиции  Д. Есжанов",
                "", '<span style="font-size:8pt">Орынд./Исп.: Қалиев Н., 8 (7172) 71-30-26</span>')
    root = leaf("text/html", html_wrap(inner), "utf-8", "quoted-printable")
    eml(name, [("From", addr("КАП МВД РК", "kap-kanc@mvd.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Ответ на запрос ЕКЦ-2027/441 / ЕКЦ-2027/441 сұрауға жауап")),
               ("Date", "Tue, 18 May 2027 12:05:19 +0500"),
               ("Message-ID", "<DU2PR03MB8001@mvd.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal",
                     "refusal_reason": "Қаруды сақтау объектілерін күзету тәртібі туралы мәліметтер мемлекеттік құпияларға жатқызылған",
                     "refusal_ground": "state_secret", "services": svcs("00309004")}])
    save_ctx(name, ag("Комитет административной полиции МВД Республики Казахстан", "kap-kanc@mvd.gov.kz", "960740000286"),
             s, "additional_answer", ("ЕКЦ-2027/441", "2027-05-11", "О представлении дополнительной информации"),
             "record the refusal (state secret) for 00309004")
    manifest(name, "refusal (state_secret)", "kk+ru", "eml HTML-only (Outlook) QP", "full parallel text: the same reason in Kazakh and in Russian; the key holds the Kazakh (first) clause — see summary")


def f05():
    name = "f05-kosshy-cp1251.txt"
    text = """АКМОЛА ОБЛЫСЫ ЦЕЛИНОГРАД АУДАНЫ
КОСШЫ АУЫЛДЫК ОКРУГI ЭКIМIНIН АППАРАТЫ
ГУ "АППАРАТ АКИМА СЕЛЬСКОГО ОКРУГА КОСШЫ"
ЦЕЛИНОГРАДСКОГО РАЙОНА АКМОЛИНСКОЙ ОБЛАСТИ

Исх. № 01-15/288 от 03.06.2026

Единый контакт-центр

На Ваш запрос от 27.05.2026 № ЕКЦ-2026/640 о представлении информации по государственной услуге "Выдача разрешения на вырубку деревьев" (№ 01705003 в реестре) сообщаем, что оказание данной государственной услуги не входит в компетенцию аппарата акима сельского округа.

Услугу оказывает ГУ "Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Целиноградского района". Рекомендуем направить запрос по принадлежности.

Аким сельского округа                       Б. Нуртазин

Исп. Кадырова А., 8 (71651) 3-10-47
"""
    txt(name, text, "cp1251", crlf=True)
    s = [("01705003", "Выдача разрешения на вырубку деревьев")]
    save_key(name, [{"part": name, "kind": "refusal", "language": "ru",
                     "refusal_reason": "оказание данной государственной услуги не входит в компетенцию аппарата акима сельского округа",
                     "refusal_ground": "not_competent", "services": svcs("01705003")}])
    save_ctx(name, ag("ГУ «Аппарат акима сельского округа Косшы Целиноградского района»", "kosshy@akmola-celinograd.gov.kz", "050940012211"),
             s, "information", ("ЕКЦ-2026/640", "2026-05-27", "О представлении информации о государственной услуге"),
             "record that the rural akim's office declines (not its competence) and points to the district department")
    manifest(name, "refusal (not_competent)", "ru (Kazakh letterhead without Kazakh letters)", "txt windows-1251, CRLF", "cp1251 letterhead writes Kazakh with Latin/Ukrainian I instead of Kazakh letters ('ЭКIМIНIН'); reason inside 'сообщаем, что ...'")


def f06():
    name = "f06-astana-bilim-grant.eml"
    s = [("00710002", "Жоғары білімі бар кадрларды даярлауға білім беру грантын тағайындау")]
    body = """Бірыңғай байланыс орталығына

Астана қаласының білім басқармасы 2026 жылғы 14 шілдедегі № ЕКЦ-2026/851 хатыңызды қарап, мынаны хабарлайды.

Жоғары оқу орындарына білім беру гранттарын тағайындау мәселелері жергілікті атқарушы органның құзыретіне жатпайды. Бұл мәселелер Қазақстан Республикасы Ғылым және жоғары білім министрлігінің қарауында.

Сондықтан № 00710002 мемлекеттік көрсетілетін қызмет бойынша сұралған қосымша ақпаратты басқарма ұсына алмайды.

Басшының орынбасары
Ә. Нұрмұхамбетов

Орындаушы: Сатыбалды Г., 8 (7172) 55-67-12
"""
    root = leaf("text/plain", body, "utf-8", "base64")
    eml(name, [("From", addr("Астана қ. білім басқармасы", "kense@astana-bilim.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("ЕКЦ-2026/851 хатқа жауап")),
               ("Date", "Mon, 20 Jul 2026 10:00:00 +0500"),
               ("Message-ID", "<ast-bilim-0720-851@astana-bilim.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "language": "kk",
                     "refusal_reason": "Жоғары оқу орындарына білім беру гранттарын тағайындау мәселелері жергілікті атқарушы органның құзыретіне жатпайды",
                     "refusal_ground": "not_competent", "services": svcs("00710002")}])
    save_ctx(name, ag("Астана қаласының білім басқармасы", "kense@astana-bilim.gov.kz", "990640002284"),
             s, "additional_answer", ("ЕКЦ-2026/851", "2026-07-14", "Қосымша ақпарат беру туралы"),
             "record the refusal (not competent) for 00710002")
    manifest(name, "refusal (not_competent)", "kk", "eml utf-8 base64", "wording 'құзыретіне жатпайды' (not 'кірмейді'); the refusal verb 'ұсына алмайды' is in a later paragraph")


def f07():
    name = "f07-akbulak-su-commercial.docx"
    s = [("01802016", "Сумен жабдықтау және су бұру желілеріне қосылуға техникалық шарттар беру")]
    blocks = [
        ("p", "«АқбұлақСу» жауапкершілігі шектеулі серіктестігі", {"bold": True}),
        ("p", "Ақтөбе қ., Маресьев к-сі, 95 · БСН 081140015672 · тел. 8 (7132) 21-43-05", {"size": 9}),
        ("p", "Шығ. № 417 / 2026 жылғы 3 желтоқсан"),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Серіктестік № 01802016 «Сумен жабдықтау және су бұру желілеріне қосылуға техникалық шарттар беру» "
              "мемлекеттік көрсетілетін қызметі бойынша қосымша ақпарат беру туралы сұрауыңызды (2026 жылғы 26 қарашадағы "
              "№ ЕКЦ-2026/1469) қарады.", {"align": "j", "indent": True}),
        ("p", "Сұралып отырған мәліметтерді беру мүмкін емес, себебі қосылу құнының калькуляциясы мен мердігерлер туралы "
              "мәліметтер серіктестіктің коммерциялық құпиясын құрайды (Қазақстан Республикасы Азаматтық кодексінің 126-бабы).", {"align": "j", "indent": True}),
        ("p", "Техникалық шарттарды беру мерзімдері мен тәртібі туралы ақпаратты кез келген уақытта беруге дайынбыз.", {"align": "j", "indent": True}),
        ("p", "Директор                                                          Қ. Өмірзақов"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "қосылу құнының калькуляциясы мен мердігерлер туралы мәліметтер серіктестіктің коммерциялық құпиясын құрайды",
                     "refusal_ground": "commercial_secret", "services": svcs("01802016")}])
    save_ctx(name, ag("ТОО «АқбұлақСу»", "office@akbulaksu.kz", "081140015672"),
             s, "additional_answer", ("ЕКЦ-2026/1469", "2026-11-26", "Қосымша ақпарат беру туралы"),
             "record the refusal (commercial secret) for 01802016")
    manifest(name, "refusal (commercial_secret)", "kk", "docx", "'беру мүмкін емес, себебі ...' — reason after the conjunction; BIN in the letterhead; 'дайынбыз' offer afterwards")


def f08():
    name = "f08-shekara-qyzmeti.pdf"
    s = [("00310002", "Шекара аймағына кіруге рұқсаттама беру")]
    blocks = [
        ("p", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҰЛТТЫҚ ҚАУІПСІЗДІК КОМИТЕТІ\nШЕКАРА ҚЫЗМЕТІНІҢ АЛМАТЫ ОБЛЫСЫ БОЙЫНША ДЕПАРТАМЕНТІ", {"align": "c", "bold": True, "size": 10}),
        ("sp", 8),
        ("p", "2027 жылғы 17 наурыз № 14/2-883", {"size": 9}),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Сіздің 2027 жылғы 10 наурыздағы № ЕКЦ-2027/214 сұрауыңызға жауап ретінде хабарлаймыз.", {"align": "j"}),
        ("p", "Шекара маңындағы аумақтағы бақылау-өткізу пункттерінің жұмыс режимі туралы мәліметтер «Мемлекеттік құпиялар "
              "туралы» Қазақстан Республикасының Заңына сәйкес мемлекеттік құпияларға жатады және Бірыңғай байланыс "
              "орталығына берілмейді.", {"align": "j"}),
        ("p", "№ 00310002 «Шекара аймағына кіруге рұқсаттама беру» мемлекеттік көрсетілетін қызметін алу тәртібі "
              "бойынша ақпарат бұрын толық көлемде ұсынылған.", {"align": "j"}),
        ("sp", 12),
        ("p", "Департамент бастығының орынбасары\nподполковник                                                   А. Ысқақов"),
    ]
    pdf(name, blocks)
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Шекара маңындағы аумақтағы бақылау-өткізу пункттерінің жұмыс режимі туралы мәліметтер «Мемлекеттік құпиялар туралы» Қазақстан Республикасының Заңына сәйкес мемлекеттік құпияларға жатады",
                     "refusal_ground": "state_secret", "services": svcs("00310002")}])
    save_ctx(name, ag("Департамент Пограничной службы КНБ РК по Алматинской области", "ps-almobl@knb.gov.kz", "980840001743"),
             s, "additional_answer", ("ЕКЦ-2027/214", "2027-03-10", "Қосымша ақпарат беру туралы"),
             "record the refusal (state secret) for 00310002")
    manifest(name, "refusal (state_secret)", "kk", "pdf", "the reason names the Law 'О государственных секретах' in Kazakh quotes; 'берілмейді' instead of an explicit 'бас тарту'")


def f09():
    name = "f09-mangystau-bilim-stat.eml"
    s = [("00704011", "Мектепке дейінгі балалар ұйымдарына жолдама беру")]
    body = """Құрметті әріптестер!

Маңғыстау облысының білім басқармасы № 00704011 мемлекеттік көрсетілетін қызмет бойынша 2024–2026 жылдардағы өтініштер санын аудандар бөлінісінде ұсыну туралы 2026 жылғы 9 қыркүйектегі № ЕКЦ-2026/1099 сұрауыңызды қарады.

Өкінішке қарай, сұралған деректерді ұсына алмаймыз: көрсетілген кезеңдегі өтініштер саны аудандар бөлінісінде есепке алынбайды және жинақталмайды. Облыс бойынша жалпы сан «Е-кезек» ақпараттық жүйесінде ғана көрінеді.

Құрметпен,
Мектепке дейінгі білім беру бөлімі
Маңғыстау облысының білім басқармасы
"""
    root = leaf("text/plain", body, "utf-8", "quoted-printable")
    eml(name, [("From", addr("Мектепке дейінгі білім бөлімі", "mdb@mangystau-bilim.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Re: Өтініштер саны туралы")),
               ("Date", "Wed, 16 Sep 2026 11:34:22 +0500"),
               ("Message-ID", "<mdb.0916.1134@mangystau-bilim.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "language": "kk",
                     "refusal_reason": "көрсетілген кезеңдегі өтініштер саны аудандар бөлінісінде есепке алынбайды және жинақталмайды",
                     "refusal_ground": "other", "services": svcs("00704011")}])
    save_ctx(name, ag("Маңғыстау облысының білім басқармасы", "kense@mangystau-bilim.gov.kz", "050740015508"),
             s, "additional_answer", ("ЕКЦ-2026/1099", "2026-09-09", "Өтініштер саны туралы қосымша ақпарат"),
             "record the refusal (data not collected) for 00704011")
    manifest(name, "refusal (other)", "kk", "eml utf-8 QP", "ground 'other': data not kept; polite 'Өкінішке қарай ... ұсына алмаймыз:' with the reason after a colon")


def f10():
    name = "f10-zhambyl-dari-utf16.txt"
    text = """Жамбыл облысы әкімдігінің денсаулық сақтау басқармасы

Бірыңғай байланыс орталығына

2027 жылғы 6 сәуірдегі № ЕКЦ-2027/335 хатқа

Басқарма № 01003021 «Дәрілік заттарды мемлекеттік тіркеу» мемлекеттік көрсетілетін қызметі бойынша 1-қосымшаға сәйкес ақпарат ұсыну туралы сұрауыңызды қарап, келесіні хабарлайды.

Дәрілік заттарды мемлекеттік тіркеу мәселелері басқарманың құзыретіне кірмейді. Аталған қызметті Қазақстан Республикасы Денсаулық сақтау министрлігінің Медициналық және фармацевтикалық бақылау комитеті көрсетеді.

Жоғарыда баяндалғанды ескере отырып, басқарма сұралған ақпаратты ұсынудан бас тартады.

Басшы                                           Ғ. Бөкейханов
"""
    txt(name, text, "utf-16")
    s = [("01003021", "Дәрілік заттарды мемлекеттік тіркеу")]
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Дәрілік заттарды мемлекеттік тіркеу мәселелері басқарманың құзыретіне кірмейді",
                     "refusal_ground": "not_competent", "services": svcs("01003021")}])
    save_ctx(name, ag("Жамбыл облысы әкімдігінің денсаулық сақтау басқармасы", "densaulyk@zhambyl.gov.kz", "030240009956"),
             s, "information", ("ЕКЦ-2027/335", "2027-04-06", "Мемлекеттік көрсетілетін қызмет туралы ақпарат ұсыну туралы"),
             "record that the agency declines (not its competence) the Appendix 1 request for 01003021")
    manifest(name, "refusal (not_competent)", "kk", "txt UTF-16 LE BOM", "explicit 'ұсынудан бас тартады' after the reason paragraph; the reason sentence must be picked, not the closing formula")


def f11():
    name = "f11-taraz-energy-attach.eml"
    att = "Жауап_ББО_01802021.docx"
    s = [("01802021", "Электр желілеріне қосылуға техникалық шарттар беру")]
    blocks = [
        ("p", "«Тараз Энергия Желісі» акционерлік қоғамы", {"bold": True, "align": "c"}),
        ("p", "2026 жылғы 29 маусым № ТЭЖ-01/2214", {"size": 10}),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Қоғам Сіздің 2026 жылғы 22 маусымдағы № ЕКЦ-2026/766 сұрауыңыз бойынша № 01802021 «Электр желілеріне "
              "қосылуға техникалық шарттар беру» мемлекеттік көрсетілетін қызметі жөнінде мынаны хабарлайды.", {"align": "j", "indent": True}),
        ("p", "Абоненттердің тұтыну көлемдері және шарттық тарифтер туралы деректер коммерциялық құпия болып табылады, "
              "Қоғамның 2019 жылғы ішкі қағидасымен коммерциялық құпия режимі белгіленген. Сондықтан бұл деректер "
              "Бірыңғай байланыс орталығына ұсынылмайды.", {"align": "j", "indent": True}),
        ("p", "Басқарма төрағасының орынбасары                                 М. Ахметжанов"),
    ]
    body = "Сәлеметсіз бе! Жауап хатты жолдаймыз.\n\nҚұрметпен, кеңсе\n«Тараз Энергия Желісі» АҚ\n"
    root = multipart("mixed", [
        leaf("text/plain", body, "utf-8", "8bit"),
        leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(blocks), filename=att),
    ], "=-=-=_tez_0629")
    eml(name, [("From", addr("Кеңсе ТЭЖ", "kense@taraz-energy.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жауап: ЕКЦ-2026/766")),
               ("Date", "Tue, 30 Jun 2026 09:12:00 +0500"),
               ("Message-ID", "<tez-kense-20260630@taraz-energy.kz>")], root)
    save_key(name, [{"part": att, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Абоненттердің тұтыну көлемдері және шарттық тарифтер туралы деректер коммерциялық құпия болып табылады",
                     "refusal_ground": "commercial_secret", "services": svcs("01802021")}])
    save_ctx(name, ag("АО «Тараз Энергия Желісі»", "kense@taraz-energy.kz", "030540007761"),
             s, "additional_answer", ("ЕКЦ-2026/766", "2026-06-22", "Қосымша ақпарат беру туралы"),
             "record the refusal (commercial secret) for 01802021")
    manifest(name, "refusal (commercial_secret)", "kk", "eml + docx attachment (Kazakh file name)", "refusal inside the attachment; the body is a one-line cover; 'ұсынылмайды' passive refusal")


def f12():
    name = "f12-minenergo-excluded-bom.txt"
    text = """Қазақстан Республикасы Энергетика министрлігі
Көмірсутектер департаменті

Бірыңғай байланыс орталығына

2026 жылғы 7 шілдедегі № ЕКЦ-2026/809 сұрауға

Сіздердің № 00805012 «Мұнай өнімдерін өндіру қызметіне лицензия беру» мемлекеттік көрсетілетін қызметі бойынша Қағидалардың 1-қосымшасына сәйкес ақпарат беру туралы сұрауыңызға жауап ретінде мынаны хабарлаймыз.

Аталған мемлекеттік көрсетілетін қызмет 2026 жылғы 1 шілдеден бастап Мемлекеттік көрсетілетін қызметтер тізілімінен алып тасталды, сондықтан ол бойынша ақпарат ұсынылмайды және оқыту жүргізілмейді.

Департамент директоры                             С. Жұмабаев
"""
    txt(name, text, "utf-8-sig")
    s = [("00805012", "Мұнай өнімдерін өндіру қызметіне лицензия беру")]
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Аталған мемлекеттік көрсетілетін қызмет 2026 жылғы 1 шілдеден бастап Мемлекеттік көрсетілетін қызметтер тізілімінен алып тасталды",
                     "refusal_ground": "other", "services": svcs("00805012")}])
    save_ctx(name, ag("Министерство энергетики Республики Казахстан", "kense@energo-minenergo.gov.kz", "140740003321"),
             s, "information", ("ЕКЦ-2026/809", "2026-07-07", "Мемлекеттік көрсетілетін қызмет туралы ақпарат ұсыну туралы"),
             "record that no information will come for 00805012: the service was excluded from the registry")
    manifest(name, "refusal (other)", "kk", "txt UTF-8 BOM", "ground 'other': the service left the registry; the reason clause contains '1 шілдеден бастап' which is not an effective date of anything")


def f13():
    name = "f13-tzhm-qorganysh-html.eml"
    s = [("02901004", "Азаматтық қорғаныстың қорғаныш құрылыстарын есепке алу")]
    inner = mso("Бірыңғай байланыс орталығының басшысына", "",
                "Қазақстан Республикасы Төтенше жағдайлар министрлігінің Азаматтық қорғаныс комитеті "
                "2026 жылғы 21 қазандағы № ЕКЦ-2026/1297 сұрауыңызды қарады.",
                "",
                "Азаматтық қорғаныстың қорғаныш құрылыстарының орналасқан жерлері мен сыйымдылығы туралы мәліметтер "
                "«Құпия» грифімен қорғалатын мемлекеттік құпияларға жатады. Осыған байланысты бұл мәліметтер "
                "ашық байланыс арналары арқылы жолданбайды.",
                "",
                "№ 02901004 мемлекеттік көрсетілетін қызметті алу тәртібі бойынша қызмет алушыларға жалпы ақпарат беруге болады.",
                "", "Комитет төрағасының орынбасары", "Н. Сәрсенов")
    root = leaf("text/html", html_wrap(inner), "utf-8", "base64")
    eml(name, [("From", addr("АҚК ТЖМ", "akk-kense@emer.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("№ ЕКЦ-2026/1297 сұрауға жауап")),
               ("Date", "Wed, 28 Oct 2026 15:47:10 +0500"),
               ("Message-ID", "<AM9PR01MB7321@emer.gov.kz>"),
               ("X-Mailer", "Microsoft Outlook 16.0")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "language": "kk",
                     "refusal_reason": "Азаматтық қорғаныстың қорғаныш құрылыстарының орналасқан жерлері мен сыйымдылығы туралы мәліметтер «Құпия» грифімен қорғалатын мемлекеттік құпияларға жатады",
                     "refusal_ground": "state_secret", "services": svcs("02901004")}])
    save_ctx(name, ag("Азаматтық қорғаныс комитеті, ТЖМ", "akk-kense@emer.gov.kz", "200140010039"),
             s, "additional_answer", ("ЕКЦ-2026/1297", "2026-10-21", "Қосымша ақпарат беру туралы"),
             "record the refusal (state secret) for 02901004")
    manifest(name, "refusal (state_secret)", "kk", "eml HTML-only (Outlook) base64", "'«Құпия» грифімен' classification mark; refusal phrased as 'жолданбайды'; a permissive 'беруге болады' afterwards")


def f14():
    name = "f14-shymkent-jer-competence.docx"
    s = [("00502011", "Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу")]
    blocks = [
        ("t", [["«Шымкент қаласының жер\nқатынастары басқармасы»\nмемлекеттік мекемесі", "Государственное учреждение\n«Управление земельных\nотношений города Шымкент»"]],
         {"grid": False, "bold_header": True, "widths": [8, 8], "font_size": 10}),
        ("p", "2027 жылғы 22 ақпан № 02-19/604", {"size": 10}),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "2027 жылғы 15 ақпандағы № ЕКЦ-2027/143 хатқа", {"align": "r", "size": 10}),
        ("p", "Басқарма Сіздердің № 00502011 «Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу» мемлекеттік "
              "көрсетілетін қызметі бойынша ақпарат ұсыну туралы хатыңызды қарады.", {"align": "j", "indent": True}),
        ("p", "Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу басқарманың құзыретіне кірмейді, ол «Азаматтарға арналған "
              "үкімет» мемлекеттік корпорациясы арқылы әділет органдарымен жүзеге асырылады. Басқарма тек жер учаскелерін "
              "беру мәселелерін қарайды.", {"align": "j", "indent": True}),
        ("p", "Осыған байланысты сұралған ақпаратты ұсыну мүмкіндігі жоқ.", {"align": "j", "indent": True}),
        ("p", "Басшы                                                               А. Тұрсынбеков"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу басқарманың құзыретіне кірмейді",
                     "refusal_ground": "not_competent", "services": svcs("00502011")}])
    save_ctx(name, ag("ГУ «Управление земельных отношений города Шымкент»", "jer@shymkent.gov.kz", "180140033014"),
             s, "information", ("ЕКЦ-2027/143", "2027-02-15", "Мемлекеттік көрсетілетін қызмет туралы ақпарат ұсыну туралы"),
             "record that the agency declines (not its competence) for 00502011")
    manifest(name, "refusal (not_competent)", "kk (bilingual letterhead)", "docx", "bilingual letterhead table; 'ұсыну мүмкіндігі жоқ' as the refusal formula")


def f15():
    name = "f15-minjust-draft-standard.eml"
    s = [("00601022", "Зияткерлік меншік объектілеріне құқықтарды мемлекеттік тіркеу")]
    body = """Бірыңғай байланыс орталығына

Әділет министрлігінің Зияткерлік меншік құқықтары департаменті 2027 жылғы 1 маусымдағы № ЕКЦ-2027/548 сұрауыңызды қарап, хабарлайды.

№ 00601022 мемлекеттік көрсетілетін қызметтің жаңа стандартының жобасы әлі бекітілмеген және мемлекеттік тіркеуден өтпеген, сондықтан ол бойынша ақпарат беру мүмкін емес. Стандарт бекітілгеннен кейін Қағидалардың 6-тармағында белгіленген мерзімде ақпарат ұсынылады.

Қолданыстағы стандарт бойынша ақпарат бұрын берілген.

Құрметпен,
Б. Ахметова
департамент директорының орынбасары
+7 (7172) 74-09-61
"""
    root = leaf("text/plain", body, "utf-8", "quoted-printable")
    eml(name, [("From", addr("Ахметова Ботагөз", "b.akhmetova@adilet-minjust.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жаңа стандарт жобасы туралы")),
               ("Date", "Tue, 8 Jun 2027 17:31:14 +0500"),
               ("Message-ID", "<iip.0608.548@minjust-iip.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "language": "kk",
                     "refusal_reason": "№ 00601022 мемлекеттік көрсетілетін қызметтің жаңа стандартының жобасы әлі бекітілмеген және мемлекеттік тіркеуден өтпеген",
                     "refusal_ground": "other", "services": svcs("00601022")}])
    save_ctx(name, ag("Министерство юстиции Республики Казахстан", "kense@adilet-minjust.gov.kz", "980540000213"),
             s, "additional_answer", ("ЕКЦ-2027/548", "2027-06-01", "Жаңа стандарт бойынша қосымша ақпарат"),
             "record the refusal (draft standard not yet approved) for 00601022")
    manifest(name, "refusal (other)", "kk", "eml utf-8 QP", "ground 'other' (draft not approved) with a promise of later information — still a refusal of what was asked now")


def f16():
    name = "f16-almaty-qorganys-sebep.txt"
    text = """Алматы қаласының қорғаныс істері жөніндегі департаменті

Бірыңғай байланыс орталығына

Шығ. № 3/1-2280, 2027 жылғы 9 сәуір

Сіздердің 2027 жылғы 2 сәуірдегі № ЕКЦ-2027/318 сұрауыңыз бойынша № 02801011 «Шақыру учаскесіне тіркелгені туралы куәлік беру» мемлекеттік көрсетілетін қызметіне қатысты қосымша ақпарат ұсынудан бас тартылады.

Бас тарту себебі: шақыру жасындағы азаматтардың саны және оларды әскери бөлімдерге бөлу жоспары туралы мәліметтер мемлекеттік құпияларға жатады.

Департамент бастығы
полковник                                   Т. Мамырбеков
"""
    txt(name, text, "utf-8")
    s = [("02801011", "Шақыру учаскесіне тіркелгені туралы куәлік беру")]
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "шақыру жасындағы азаматтардың саны және оларды әскери бөлімдерге бөлу жоспары туралы мәліметтер мемлекеттік құпияларға жатады",
                     "refusal_ground": "state_secret", "services": svcs("02801011")}])
    save_ctx(name, ag("Алматы қаласының қорғаныс істері жөніндегі департаменті", "dd-almaty@mod.gov.kz", "970240004421"),
             s, "additional_answer", ("ЕКЦ-2027/318", "2027-04-02", "Қосымша ақпарат ұсыну туралы"),
             "record the refusal (state secret) for 02801011")
    manifest(name, "refusal (state_secret)", "kk", "txt utf-8", "labelled 'Бас тарту себебі:' line (the label must not be in the reason)")


def f17():
    name = "f17-mangystau-kasipker-quoted.eml"
    s = [("01108003", "Выдача лицензии на розничную реализацию алкогольной продукции")]
    body = """Қайырлы күн.

Бұл мәселе басқарманың құзыретінде емес: алкоголь өнімін өткізу кезіндегі бақылау сатып алулары Сауда және интеграция министрлігінің Сауда комитетінің аумақтық департаменттерімен жүргізіледі. Сондықтан сұраққа жауап бере алмаймыз.

Лицензия беру тәртібі туралы ақпарат бұрын берілген (01108003 бойынша).

Құрметпен,
Дүйсенбаева Жанат
Маңғыстау облысының кәсіпкерлік және өнеркәсіп басқармасы
8 (7292) 42-91-03

-------- Бастапқы хабарлама --------
Кімнен: Единый контакт-центр <info@ekc.gov.kz>
Күні: 2026 ж. 17 наурыз, 10:44
Тақырыбы: Вопрос по услуге 01108003

Жанат Мұратовна, добрый день!
Поступают обращения граждан о порядке проведения контрольных закупок при
реализации алкогольной продукции. Просим дать разъяснение для операторов.
"""
    root = leaf("text/plain", body, "utf-8", "base64")
    eml(name, [("From", addr("Дүйсенбаева Жанат", "zh.duisenbayeva@mangystau-kasipker.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Жауап: Вопрос по услуге 01108003")),
               ("Date", "Thu, 18 Mar 2027 12:10:40 +0500"),
               ("Message-ID", "<kasipker-0318-1210@mangystau-kasipker.gov.kz>"),
               ("In-Reply-To", "<ekc-20270317104400@ekc.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "language": "kk",
                     "refusal_reason": "Бұл мәселе басқарманың құзыретінде емес",
                     "refusal_ground": "not_competent", "services": svcs("01108003")}])
    save_ctx(name, ag("Маңғыстау облысының кәсіпкерлік және өнеркәсіп басқармасы", "kense@mangystau-kasipker.gov.kz", "070240004416"),
             s, "additional_answer", ("ЕКЦ-2027/226", "2027-03-17", "Вопрос по услуге 01108003"),
             "record the refusal (not competent) to the operators' question on 01108003")
    manifest(name, "refusal (not_competent)", "kk (quote ru)", "eml utf-8 base64, quoted Russian request", "short informal reply; 'құзыретінде емес' wording; the year in the quoted header is 2026 by the sender's typo while the mail is 2027")


def f18():
    name = "f18-cifr-qujat-commercial.docx"
    s = [("00608004", "Электрондық цифрлық қолтаңба тіркеу куәлігін беру")]
    blocks = [
        ("p", "«Цифрлық Құжат Орталығы» АҚ", {"bold": True}),
        ("p", "Астана қ., Мәңгілік Ел даңғылы, 55/8\nwww.cqo.kz"),
        ("p", "2027 жылғы «20» мамыр № ЦҚО-07/355"),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Құрметті әріптестер!", {"align": "c"}),
        ("p", "Сіздердің 2027 жылғы 13 мамырдағы № ЕКЦ-2027/462 сұрауыңызда көрсетілген бағдарламалық қамтамасыз етуді "
              "әзірлеушімен жасалған шарттың талаптары коммерциялық құпияны құрайды және үшінші тұлғаларға берілуге жатпайды.", {"align": "j", "indent": True}),
        ("p", "Осыған байланысты Қоғам № 00608004 «Электрондық цифрлық қолтаңба тіркеу куәлігін беру» қызметі бойынша "
              "аталған мәліметтерді ұсынудан бас тартуға мәжбүр.", {"align": "j", "indent": True}),
        ("p", "ЭЦҚ алу тәртібі туралы операторларға арналған жадынаманы қосымша жіберуге дайынбыз.", {"align": "j", "indent": True}),
        ("p", "Басқарушы директор                                                    Р. Ғалиев"),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "бағдарламалық қамтамасыз етуді әзірлеушімен жасалған шарттың талаптары коммерциялық құпияны құрайды және үшінші тұлғаларға берілуге жатпайды",
                     "refusal_ground": "commercial_secret", "services": svcs("00608004")}])
    save_ctx(name, ag("АО «Цифрлық Құжат Орталығы»", "office@cqo.kz", "110340019254"),
             s, "additional_answer", ("ЕКЦ-2027/462", "2027-05-13", "Қосымша ақпарат беру туралы"),
             "record the refusal (commercial secret) for 00608004")
    manifest(name, "refusal (commercial_secret)", "kk", "docx", "'бас тартуға мәжбүр' (forced to refuse) in a separate paragraph from the reason; date '2027 жылғы «20» мамыр'")


def f19():
    name = "f19-sko-zher-unsigned.eml"
    s = [("01405011", "Жер учаскесінің нысаналы мақсатын өзгерту")]
    plain = """Бірыңғай байланыс орталығына

Солтүстік Қазақстан облысының жер қатынастары басқармасы 2026 жылғы 5 қарашада электрондық пошта арқылы келіп түскен № 01405011 мемлекеттік көрсетілетін қызмет бойынша қосымша ақпарат сұрауын қарауға қабылдай алмайтынын хабарлайды, себебі сұрау электрондық цифрлық қолтаңбамен куәландырылмаған және электрондық құжат айналымы жүйесі арқылы тіркелмеген.

Сұрауды белгіленген тәртіппен қайта жолдауларыңызды сұраймыз.

Басқарма кеңсесі
"""
    html = html_wrap("<p>Бірыңғай байланыс орталығына</p>"
                     "<p>Солтүстік Қазақстан облысының жер қатынастары басқармасы 2026 жылғы 5 қарашада электрондық пошта "
                     "арқылы келіп түскен № 01405011 мемлекеттік көрсетілетін қызмет бойынша қосымша ақпарат сұрауын қарауға "
                     "қабылдай алмайтынын хабарлайды, себебі <u>сұрау электрондық цифрлық қолтаңбамен куәландырылмаған және "
                     "электрондық құжат айналымы жүйесі арқылы тіркелмеген</u>.</p>"
                     "<p>Сұрауды белгіленген тәртіппен қайта жолдауларыңызды сұраймыз.</p><p>Басқарма кеңсесі</p>", outlook=False)
    root = multipart("alternative", [leaf("text/plain", plain, "utf-8", "base64"),
                                     leaf("text/html", html, "utf-8", "base64")], "alt-sko-jer-1105")
    eml(name, [("From", addr("СҚО жер қатынастары басқармасы", "kense@sko-jer.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Сұрау қабылданбады")),
               ("Date", "Mon, 9 Nov 2026 09:30:00 +0600"),
               ("Message-ID", "<sko-jer-20261109-0930@sko-jer.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "language": "kk",
                     "refusal_reason": "сұрау электрондық цифрлық қолтаңбамен куәландырылмаған және электрондық құжат айналымы жүйесі арқылы тіркелмеген",
                     "refusal_ground": "other", "services": svcs("01405011")}])
    save_ctx(name, ag("Солтүстік Қазақстан облысының жер қатынастары басқармасы", "kense@sko-jer.gov.kz", "060240003345"),
             s, "additional_answer", ("ЕКЦ-2026/1392", "2026-11-05", "Қосымша ақпарат беру туралы"),
             "record the refusal (formal: request not e-signed) for 01405011; resend the request via the EDMS")
    manifest(name, "refusal (other)", "kk", "eml multipart/alternative (plain + HTML)", "formal refusal ('қарауға қабылдай алмайтынын ... себебі ...'); ground other; our letter is referred to only by its date")


def f20():
    name = "f20-altai-audan-jumys.pdf"
    s = [("00208003", "Шетелдік жұмыс күшін тартуға рұқсат беру")]
    blocks = [
        ("t", [["ШЫҒЫС ҚАЗАҚСТАН ОБЛЫСЫ\nАЛТАЙ АУДАНЫ ӘКІМДІГІНІҢ\nЖҰМЫСПЕН ҚАМТУ ЖӘНЕ ӘЛЕУМЕТТІК\nБАҒДАРЛАМАЛАР БӨЛІМІ",
                "ОТДЕЛ ЗАНЯТОСТИ И СОЦИАЛЬНЫХ\nПРОГРАММ АКИМАТА\nАЛТАЙСКОГО РАЙОНА\nВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ"]],
         {"grid": False, "bold_header": True, "widths": [8, 8], "font_size": 8}),
        ("p", "Алтай қ., Тәуелсіздік к-сі, 82   тел. 8 (72336) 6-27-19", {"align": "c", "size": 8}),
        ("p", "2026 жылғы 18 мамыр № 01-18/402", {"size": 9}),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Бөлім 2026 жылғы 11 мамырдағы № ЕКЦ-2026/552 сұрауыңыз бойынша мынаны хабарлайды: шетелдік жұмыс күшін "
              "тартуға рұқсат беру аудан әкімдігінің құзыретіне жатпайды, № 00208003 мемлекеттік көрсетілетін қызметті "
              "облыстың жергілікті атқарушы органы — Шығыс Қазақстан облысының жұмыспен қамтуды үйлестіру және "
              "әлеуметтік бағдарламалар басқармасы көрсетеді.", {"align": "j"}),
        ("p", "Сұралған нысан бойынша ақпаратты бөлім ұсынбайды.", {"align": "j"}),
        ("sp", 10),
        ("p", "Бөлім басшысы                                                  Е. Сыздықов"),
    ]
    pdf(name, blocks)
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "шетелдік жұмыс күшін тартуға рұқсат беру аудан әкімдігінің құзыретіне жатпайды",
                     "refusal_ground": "not_competent", "services": svcs("00208003")}])
    save_ctx(name, ag("Алтай ауданы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі", "enbek@altai-audan.gov.kz", "050340020871"),
             s, "information", ("ЕКЦ-2026/552", "2026-05-11", "Мемлекеттік көрсетілетін қызмет туралы ақпарат ұсыну туралы"),
             "record that the district department declines (regional competence) for 00208003")
    manifest(name, "refusal (not_competent)", "kk (bilingual letterhead)", "pdf", "reason after 'мынаны хабарлайды:'; the sentence continues with the competent body; bilingual letterhead")


def f21():
    name = "f21-kaj-kezdesu.txt"
    text = """ҚР ІІМ Қылмыстық-атқару жүйесі комитетінің
Қарағанды облысы бойынша департаменті

Бірыңғай байланыс орталығына

ЕКЦ-2026/1520 сұрауға (2026 ж. 14.12)

Департамент Бірыңғай байланыс орталығының № 00311007 «Сотталғандармен ұзақ мерзімді кездесуге рұқсат беру» мемлекеттік көрсетілетін қызметі бойынша түзеу мекемелеріндегі кездесу бөлмелерінің орналасуы мен күзет тәртібі туралы сұрауын қарады.

Түзеу мекемелерінің күзет және қадағалау жүйесіне қатысты мәліметтер Қазақстан Республикасы Ішкі істер министрлігінің мемлекеттік құпияларды құрайтын мәліметтер тізбесіне енгізілген. Аталған мәліметтер ашық жариялауға және Бірыңғай байланыс орталығына беруге жатпайды.

Кездесуге рұқсат алу үшін қажетті құжаттар тізбесі мен өтініш беру тәртібі бойынша ақпаратты беруге дайынбыз.

Департамент бастығы                         Қ. Әбенов
"""
    txt(name, text, "utf-8", crlf=True)
    s = [("00311007", "Сотталғандармен ұзақ мерзімді кездесуге рұқсат беру")]
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Түзеу мекемелерінің күзет және қадағалау жүйесіне қатысты мәліметтер Қазақстан Республикасы Ішкі істер министрлігінің мемлекеттік құпияларды құрайтын мәліметтер тізбесіне енгізілген",
                     "refusal_ground": "state_secret", "services": svcs("00311007")}])
    save_ctx(name, ag("Департамент КУИС МВД РК по Карагандинской области", "duis-krg@mvd.gov.kz", "031240001196"),
             s, "additional_answer", ("ЕКЦ-2026/1520", "2026-12-14", "Қосымша ақпарат беру туралы"),
             "record the refusal (state secret) for 00311007")
    manifest(name, "refusal (state_secret)", "kk", "txt utf-8, CRLF", "'мемлекеттік құпияларды құрайтын мәліметтер тізбесіне енгізілген' (in the list of secret information); date of our letter written '2026 ж. 14.12'")


def f22():
    name = "f22-altyn-sapa-cert.eml"
    s = [("01110006", "Сәйкестік сертификатын беру")]
    body = """Бірыңғай байланыс орталығына

«Алтын Сапа Сертификаттау» ЖШС (сәйкестікті растау жөніндегі орган) № 01110006 «Сәйкестік сертификатын беру» қызметі бойынша Сіздердің 2027 жылғы 25 ақпандағы № ЕКЦ-2027/163 сұрауыңызға мынадай жауап береді.

Серіктестікте сынақ зертханасының баға прейскуранты мен сынақ әдістемелеріне қатысты коммерциялық құпия режимі белгіленген, сол себепті сұралған құжаттардың көшірмелерін бере алмаймыз.

Сертификат алу үшін қажетті құжаттар тізбесі мен мерзімдер туралы ақпарат сайтта бар: https://altynsapa-cert.kz/uslugi

Құрметпен,
Ермекбаева Салтанат
сапа жөніндегі менеджер
+7 (727) 331-05-88
"""
    root = leaf("text/plain", body, "utf-8", "quoted-printable")
    eml(name, [("From", addr("Ермекбаева Салтанат", "s.ermekbayeva@altynsapa-cert.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("ЕКЦ-2027/163 бойынша")),
               ("Date", "Thu, 4 Mar 2027 13:26:51 +0500"),
               ("Message-ID", "<as-cert-0304-1326@altynsapa-cert.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "language": "kk",
                     "refusal_reason": "Серіктестікте сынақ зертханасының баға прейскуранты мен сынақ әдістемелеріне қатысты коммерциялық құпия режимі белгіленген",
                     "refusal_ground": "commercial_secret", "services": svcs("01110006")}])
    save_ctx(name, ag("ТОО «Алтын Сапа Сертификаттау»", "info@altynsapa-cert.kz", "121040008813"),
             s, "additional_answer", ("ЕКЦ-2027/163", "2027-02-25", "Қосымша ақпарат беру туралы"),
             "record the refusal (commercial secret) of the certification body for 01110006")
    manifest(name, "refusal (commercial_secret)", "kk", "eml utf-8 QP", "'коммерциялық құпия режимі белгіленген, сол себепті ... бере алмаймыз'; URL with a path; a service provider, not a state body")


def f23():
    name = "f23-arhiv-komitet-azhah.docx"
    s = [("00102015", "Азаматтық хал актілерін тіркеу туралы қайталама куәліктер немесе анықтамалар беру")]
    blocks = [
        ("p", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ МӘДЕНИЕТ ЖӘНЕ АҚПАРАТ МИНИСТРЛІГІНІҢ\nАРХИВ ІСІ ЖӘНЕ ҚҰЖАТТАМА КОМИТЕТІ", {"align": "c", "bold": True, "size": 11}),
        ("p", "2026 жылғы 30 қыркүйек № 18-3/1541"),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Комитет Сіздердің 2026 жылғы 23 қыркүйектегі № ЕКЦ-2026/1160 хатыңызды қарап, мынаны хабарлайды.", {"align": "j", "indent": True}),
        ("p", "Азаматтық хал актілерін тіркеу туралы қайталама куәліктер мен анықтамалар беру (№ 00102015) Комитеттің "
              "құзыретіне кірмейді. Бұл қызметті тіркеу органдары (АХАЖ) және «Азаматтарға арналған үкімет» мемлекеттік "
              "корпорациясы көрсетеді; мемлекеттік архивтер тек 1921–1990 жылдардағы шіркеу кітаптары бойынша мұрағаттық "
              "анықтамалар береді.", {"align": "j", "indent": True}),
        ("p", "Осыған байланысты № 00102015 бойынша 1-қосымша нысанын толтыру мүмкін емес.", {"align": "j", "indent": True}),
        ("p", "Комитет төрағасы                                                      Б. Жандосов"),
        ("p", "Орынд.: Қасымова Ж., 8 (7172) 74-12-85", {"size": 9}),
    ]
    docx(name, blocks)
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Азаматтық хал актілерін тіркеу туралы қайталама куәліктер мен анықтамалар беру (№ 00102015) Комитеттің құзыретіне кірмейді",
                     "refusal_ground": "not_competent", "services": svcs("00102015")}])
    save_ctx(name, ag("Комитет архивного дела и документации МКИ РК", "arhiv-kense@mki.gov.kz", "230140008817"),
             s, "information", ("ЕКЦ-2026/1160", "2026-09-23", "Мемлекеттік көрсетілетін қызмет туралы ақпарат ұсыну туралы"),
             "record that the committee declines (not its competence) the Appendix 1 request for 00102015")
    manifest(name, "refusal (not_competent)", "kk", "docx", "registry number in parentheses inside the reason clause; year range 1921–1990; executor line")


def f24():
    name = "f24-reorg-bilingual.eml"
    s = [("01901030", "Выдача лицензии на архитектурную, градостроительную и строительную деятельность / Сәулет, қала құрылысы және құрылыс қызметіне лицензия беру")]
    body = """Бірыңғай байланыс орталығына
Единому контакт-центру

Түркістан облысының мемлекеттік сәулет-құрылыс бақылауы басқармасы Түркістан облысы әкімдігінің 2027 жылғы 19 сәуірдегі № 88 қаулысына сәйкес қайта ұйымдастырылу сатысында. Құқықтық мирасқор айқындалғанға дейін № 01901030 мемлекеттік көрсетілетін қызмет бойынша қосымша ақпарат ұсыну мүмкін емес.

(Перевод) Управление государственного архитектурно-строительного контроля Туркестанской области находится в стадии реорганизации согласно постановлению акимата от 19 апреля 2027 года № 88. До определения правопреемника представить дополнительную информацию по государственной услуге № 01901030 не представляется возможным.

Жаңа мекеменің байланыс деректерін қосымша хабарлаймыз.

Кеңсе / Канцелярия
"""
    root = multipart("mixed", [leaf("text/plain", body, "utf-8", "base64")], "mix-gask-tsk-0426")
    eml(name, [("From", addr("ГАСК Түркістан", "kense@turkistan-gask.gov.kz")),
               ("To", "info@ekc.gov.kz"),
               ("Subject", hdr("Қайта ұйымдастыру / Реорганизация")),
               ("Date", "Mon, 26 Apr 2027 16:58:00 +0500"),
               ("Message-ID", "<gask-tsk-0426@turkistan-gask.gov.kz>")], root)
    save_key(name, [{"part": "body", "kind": "refusal", "refusal_ground": "other", "services": svcs("01901030")}])
    save_ctx(name, ag("Түркістан облысының мемлекеттік сәулет-құрылыс бақылауы басқармасы", "kense@turkistan-gask.gov.kz", "190240026613"),
             s, "additional_answer", ("ЕКЦ-2027/389", "2027-04-14", "Қосымша ақпарат беру туралы"),
             "record the refusal (reorganisation, no successor yet) for 01901030")
    manifest(name, "refusal (other)", "kk+ru", "eml multipart/mixed with one text part, base64", "parallel Kazakh text and a Russian '(Перевод)'; refusal_reason deliberately not keyed (either language is right), only kind, ground and service")


def f25():
    name = "f25-vmd-iphone.txt"
    text = """Бірыңғай байланыс орталығы, сәлеметсіз бе.

02801017 «Әскери-дәрігерлік комиссия қорытындысын беру» қызметі бойынша сұраған нұсқаулықты жібере алмаймын. Әскери-дәрігерлік сараптаманың ведомстволық нұсқаулығы «Құпия» грифімен бекітілген, мемлекеттік құпия болып табылады.

Ресми жауап СЭҚ арқылы келеді.

Подполковник м/қ Оразалин Д.
ҚМ Әскери-медициналық департаменті
+7 701 903 55 14

Отправлено с iPhone
"""
    txt(name, text, "utf-8")
    s = [("02801017", "Әскери-дәрігерлік комиссия қорытындысын беру")]
    save_key(name, [{"part": name, "kind": "refusal", "language": "kk",
                     "refusal_reason": "Әскери-дәрігерлік сараптаманың ведомстволық нұсқаулығы «Құпия» грифімен бекітілген, мемлекеттік құпия болып табылады",
                     "refusal_ground": "state_secret", "services": svcs("02801017")}])
    save_ctx(name, ag("Военно-медицинский департамент Министерства обороны РК", "vmd@mod.gov.kz", "050840002218"),
             s, "additional_answer", ("ЕКЦ-2027/612", "2027-06-14", "Қосымша ақпарат беру туралы"),
             "record the refusal (state secret) for 02801017; an official answer may follow")
    manifest(name, "refusal (state_secret)", "kk", "txt utf-8", "informal note from a phone, first person 'жібере алмаймын'; 'Отправлено с iPhone'; promises an official reply")


# =========================================================================== build, manifest, self-check

ALL = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20,
       p21, p22, p23, p24, p25, p26, p27, p28, p29, p30,
       r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20,
       r21, r22, r23, r24, r25,
       f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20,
       f21, f22, f23, f24, f25]


def write_manifest():
    lines = ["# dauren — held-out corpus, round 3", "",
             "80 genuine replies: 30 `training_protocol`, 25 `responsible_change` (12 appointments, 13 replacements), "
             "25 `refusal`. Rebuild with `python make.py` (python-docx, openpyxl, reportlab).", "",
             "Each input `X` has `X.expected.json` (answer key) and `X.context.json` (the case it arrives in).", "",
             "Keying conventions and open questions:", "",
             "- `language` is keyed only for one-language documents (a Kazakh letter with a bilingual letterhead or a "
             "Russian quote counts as Kazakh); for parallel Kazakh/Russian texts it is left out.",
             "- `effective_date` is keyed only when the letter states the day the new person takes over; appointments "
             "without such a day, and the order `r21` ('from the day of signing', no date on its face), leave it out.",
             "- `position` is keyed only where it stands as written in the nominative (apposition, label/value table).",
             "- `p12`: two services trained, one accepted and the other postponed; the key lists only the accepted one.",
             "- `f04`: parallel Kazakh and Russian refusal; the key holds the Kazakh clause. `f24`: parallel text, "
             "`refusal_reason` not keyed.",
             "- `p16`, `p22`, `p06`, `p14`, `p28`, `r18`, `f11`: the covering mail body is not keyed; `p22` keys its "
             "attendance sheet as `other`.",
             "- Negation/modal traps that are not refusals: `p01`, `p08`, `p19`, `p27`, `r09`, `r12`, `r23`.", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for name, kind, lang, fmt, hard in MANIFEST:
        lines.append(f"| `{name}` | {kind} | {lang} | {fmt} | {hard} |")
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def _text_of(name, data: bytes) -> str:
    """Plain text of a file, for the self-check only."""
    low = name.lower()
    if low.endswith(".docx"):
        import docx as _d
        d = _d.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        return "\n".join(parts)
    if low.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if low.endswith(".pdf"):
        try:
            import pypdf
            return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        except ImportError:  # fall back on poppler's pdftotext
            import subprocess
            return subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode("utf-8")
    if low.endswith(".jpg"):
        return ""
    raise ValueError(name)


def check():
    import email
    from email import policy
    import re
    problems = []
    inputs = sorted(n for n in os.listdir(OUT) if os.path.exists(os.path.join(OUT, n + ".expected.json")))
    for n in inputs:
        key = json.load(open(os.path.join(OUT, n + ".expected.json"), encoding="utf-8"))
        ctx = json.load(open(os.path.join(OUT, n + ".context.json"), encoding="utf-8"))
        assert set(key) == {"exit", "documents"}, n
        assert ctx["awaiting"] in ("appointment", "information", "protocol", "additional_answer", "consulting"), n
        assert ctx["is_reply"] is True
        data = open(os.path.join(OUT, n), "rb").read()
        texts = {}
        if n.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=policy.default)
            body_texts = []
            for part in msg.walk():
                if part.is_multipart():
                    continue
                fn = part.get_filename()
                if fn:
                    texts[fn] = _text_of(fn, part.get_payload(decode=True))
                else:
                    raw = part.get_payload(decode=True)
                    cs = part.get_content_charset() or "utf-8"
                    t = raw.decode(cs)
                    if part.get_content_type() == "text/html":
                        t = re.sub(r"<[^>]+>", " ", t).replace("&nbsp;", " ")
                    body_texts.append(t)
            texts["body"] = "\n".join(body_texts)
        elif n.endswith(".txt"):
            if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
                texts[n] = data.decode("utf-16")
            elif data.startswith(b"\xef\xbb\xbf"):
                texts[n] = data[3:].decode("utf-8")
            else:
                try:
                    texts[n] = data.decode("utf-8")
                except UnicodeDecodeError:
                    texts[n] = data.decode("cp1251")
        else:
            texts[n] = _text_of(n, data)
        for doc in key["documents"]:
            part = doc["part"]
            if part not in texts:
                problems.append(f"{n}: part {part!r} not found ({list(texts)})")
                continue
            t = re.sub(r"\s+", " ", texts[part])
            tl = t.lower()
            for s in doc.get("services", []):
                if s["registry_number"] not in t:
                    problems.append(f"{n}: {s['registry_number']} not in text")
            rr = doc.get("refusal_reason")
            if rr and re.sub(r"\s+", " ", rr).lower() not in tl:
                problems.append(f"{n}: reason not verbatim: {rr[:50]}")
            for who in ("responsible",):
                p = doc.get(who)
                if p:
                    if p.get("email") and p["email"].lower() not in tl:
                        problems.append(f"{n}: email {p['email']} not in text")
                    if p.get("phone"):
                        digits = re.sub(r"[^\d]", "", p["phone"])
                        if digits not in re.sub(r"[^\d]", "", t):
                            problems.append(f"{n}: phone {p['phone']} not in text")
                    if p.get("position") and p["position"].lower() not in tl:
                        problems.append(f"{n}: position not in text")
                    surname = p["full_name"].split()[0]
                    if surname.lower() not in tl:
                        problems.append(f"{n}: surname {surname} not in text")
            pr = doc.get("previous_responsible")
            if pr and pr["full_name"].split()[0].lower() not in tl:
                problems.append(f"{n}: previous surname not in text")
            ctx_numbers = {s["registry_number"] for s in ctx["services"]}
            for s in doc.get("services", []):
                if s["registry_number"] not in ctx_numbers:
                    problems.append(f"{n}: {s['registry_number']} not in context services")
    return inputs, problems


if __name__ == "__main__":
    for fn in ALL:
        fn()
    write_manifest()
    inputs, problems = check()
    print(f"{len(inputs)} inputs written")
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)
