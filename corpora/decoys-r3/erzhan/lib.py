"""Helpers for erzhan's decoy corpus: raw MIME assembly, DOCX, PDF, keys and contexts.

Everything is deterministic: fixed dates, boundaries, message ids, invariant PDFs.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import zipfile
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
EKC = "info@ekc.gov.kz"
EKC_NAME = "Единый контакт-центр"

DOCS = []  # (name, writer)


# --------------------------------------------------------------------------- agencies

AG = {
    "zem_krg": ("ГУ «Управление земельных отношений Карагандинской области»", "kanc@zemotn.karaganda.gov.kz", "050240003187"),
    "soc_akm": ("ГУ «Управление координации занятости и социальных программ Акмолинской области»", "kense@enbek.akmola.gov.kz", "990340002215"),
    "arh_vko": ("ГУ «Управление цифровизации и архивов Восточно-Казахстанской области»", "arhiv@cifra.vko.gov.kz", "120540011093"),
    "obr_ast": ("ГУ «Управление образования города Астаны»", "kanc@bilim.astana.gov.kz", "081140000527"),
    "akim_shu": ("ГУ «Аппарат акима Шуского района Жамбылской области»", "shu_apparat@zhambyl.gov.kz", "991240001766"),
    "vet_min": ("Комитет ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан", "kvkn@agromin.gov.kz", "040340004412"),
    "eco_pvl": ("ГУ «Управление природных ресурсов и регулирования природопользования Павлодарской области»", "priroda@pvl-eco.gov.kz", "050140002368"),
    "zags_alm": ("ГУ «Управление регистрации актов гражданского состояния города Алматы»", "akhaz@almaty-zags.gov.kz", "960940000871"),
    "arch_shym": ("ГУ «Управление архитектуры и градостроительства города Шымкента»", "sauletshymkent@shym-arch.gov.kz", "180740031205"),
    "tur_mks": ("Комитет индустрии туризма Министерства туризма и спорта Республики Казахстан", "kit@turizm-sport.gov.kz", "140240028819"),
    "akim_kyz": ("ГУ «Аппарат акима Жалагашского района Кызылординской области»", "zhalagash@kyzylorda-akim.gov.kz", "010340005562"),
    "zhil_krg": ("ГУ «Отдел жилищных отношений города Караганды»", "zhilotdel@krg-city.gov.kz", "111040019432"),
    "edu_trk": ("ГУ «Управление образования Туркестанской области»", "bilim_basqarma@turkistan-obl.gov.kz", "180940026680"),
    "zan_atr": ("ГУ «Управление занятости и социальной защиты Атырауской области»", "zhumyspen@atyrau-enbek.gov.kz", "011040003946"),
    "les_vko": ("ГУ «Управление природных ресурсов Восточно-Казахстанской области»", "tabigi@vko-tabigat.gov.kz", "040740005121"),
    "akim_ayg": ("ГУ «Аппарат акима Айгыржалского сельского округа Есильского района СКО»", "aigyrzhal.ao@sko-esil.gov.kz", "060240013378"),
    "min_ctz": ("Министерство цифровизации и связи Республики Казахстан", "kense@mcs-digital.gov.kz", "190440021553"),
    "kgd_mng": ("Департамент государственных доходов по Мангистауской области", "dgd_mng@kgdrk.gov.kz", "970240001854"),
    "sel_kst": ("ГУ «Управление сельского хозяйства Костанайской области»", "agro@kst-auyl.gov.kz", "940140000731"),
    "stroi_zko": ("ГУ «Управление строительства, архитектуры и градостроительства Западно-Казахстанской области»", "kurylys@zko-stroi.gov.kz", "030640007019"),
    "kul_abai": ("ГУ «Управление культуры, развития языков и архивного дела области Абай»", "madeniet@abai-obl.gov.kz", "220740018406"),
    "zdr_ulyt": ("ГУ «Управление здравоохранения области Ұлытау»", "densaulyk@ulytau-obl.gov.kz", "220840027335"),
    "fiz_alm": ("ГУ «Управление физической культуры и спорта Алматинской области»", "sport@almobl-sport.gov.kz", "000340011284"),
    "just_jet": ("Департамент юстиции области Жетісу", "dj_zhetisu@adilet-reg.gov.kz", "220640015577"),
    "akim_sar": ("ГУ «Аппарат акима Сарыагашского района Туркестанской области»", "saryagash@turk-akimat.gov.kz", "991140002093"),
    "trans_akt": ("ГУ «Управление пассажирского транспорта и автомобильных дорог Актюбинской области»", "zholdar@aktobe-transport.gov.kz", "060840009126"),
    "min_trud": ("Министерство труда и социальной защиты населения Республики Казахстан", "kense@enbek-min.gov.kz", "020740006634"),
    "pred_pvl": ("ГУ «Управление предпринимательства и индустриально-инновационного развития Павлодарской области»", "biznes@pvl-kasipker.gov.kz", "090940016255"),
    "kom_zem": ("Комитет по управлению земельными ресурсами Министерства сельского хозяйства Республики Казахстан", "kuzr@agromin.gov.kz", "010440009988"),
    "gas_nqz": ("ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Конаева»", "zhkh@konaev-city.gov.kz", "230140010272"),
}


def ctx(ag, services, awaiting, letter, effect):
    name, email, bin_ = AG[ag]
    return {
        "agency": {"name": name, "email": email, "bin": bin_},
        "services": [{"registry_number": r, "name": n} for r, n in services],
        "awaiting": awaiting,
        "our_letter": None if letter is None else {"number": letter[0], "date": letter[1], "subject": letter[2]},
        "expected_effect": effect,
        "is_reply": False,
    }


# --------------------------------------------------------------------------- keys

def key_doc(part, lang=None, **extra):
    d = {"part": part, "kind": "other"}
    if lang:
        d["language"] = lang
    d.update(extra)
    return d


def register(name, data, docs, context):
    """docs: list of key documents; data: bytes of the input file."""
    DOCS.append((name, data, {"exit": 0, "documents": docs}, context))


def write_all():
    for name, data, key, context in DOCS:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
            json.dump(context, f, ensure_ascii=False, indent=2)
            f.write("\n")


# --------------------------------------------------------------------------- MIME

def hdr(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return f"{hdr(name, charset)} <{email}>"


def edate(y, mo, d, h, mi, tz="+0500"):
    t = dt.datetime(y, mo, d, h, mi, 0)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[t.weekday()]}, {d} {months[mo - 1]} {y} {h:02d}:{mi:02d}:00 {tz}"


def _encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def text_part(text, subtype="plain", charset="utf-8", cte="base64", label="same", extra_headers=()):
    """A leaf text part. label: the charset written in the header ('same', None for none, or a name)."""
    raw = text.encode(charset)
    lab = charset if label == "same" else label
    ct = f"text/{subtype}" + (f'; charset="{lab}"' if lab else "")
    h = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"] + list(extra_headers)
    return ("\n".join(h) + "\n\n").encode("ascii") + _encode_body(raw, cte)


def attach_part(filename, data, ctype, style="rfc2231", inline=False):
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    except UnicodeEncodeError:
        enc = Header(filename, "utf-8", maxlinelen=1000).encode()
        if style == "rfc2231":
            from urllib.parse import quote
            fn = "filename*=utf-8''" + quote(filename)
            nm = f'name="{enc}"'
        else:  # Outlook-like encoded words in quotes
            fn = f'filename="{enc}"'
            nm = f'name="{enc}"'
    disp = "inline" if inline else "attachment"
    h = [f"Content-Type: {ctype};\n\t{nm}", f"Content-Disposition: {disp};\n\t{fn}",
         "Content-Transfer-Encoding: base64"]
    return ("\n".join(h) + "\n\n").encode("ascii") + base64.encodebytes(data)


def multipart(subtype, parts, boundary, params=""):
    out = [f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"\n\n'.encode("ascii")]
    out.append(b"This is a multi-part message in MIME format.\n\n")
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii"))
        out.append(p.rstrip(b"\n") + b"\n\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def message(headers, body_part, crlf=False):
    """headers: list of (name, value) already encoded; body_part: bytes of a part (its own headers first)."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    msg = ("\n".join(lines) + "\n").encode("ascii") + body_part
    if crlf:
        msg = msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return msg


DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF_MIME = "application/pdf"


# --------------------------------------------------------------------------- DOCX

def docx_bytes(blocks, author="user", font="Times New Roman", size=13, landscape=False):
    """blocks: list of
        ("p", text, opts)  opts: b (bold), i, c (center), r (right), j (justify), sz
        ("t", rows, opts)  rows: list of lists of str; opts: widths, b_first (bold header), grid
        ("br",)
    """
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(1.5)
    for b in blocks:
        if b[0] == "br":
            doc.add_paragraph("")
            continue
        if b[0] == "p":
            text, opts = b[1], (b[2] if len(b) > 2 else "")
            p = doc.add_paragraph()
            for k, line in enumerate(text.split("\n")):
                run = p.add_run(line)
                if k < len(text.split("\n")) - 1:
                    run.add_break()
                if "b" in opts:
                    run.bold = True
                if "i" in opts:
                    run.italic = True
                if "s" in opts:
                    run.font.size = Pt(size - 2)
            if "c" in opts:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif "r" in opts:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif "j" in opts:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            continue
        if b[0] == "t":
            rows, opts = b[1], (b[2] if len(b) > 2 else "")
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=0, cols=ncol)
            if "nogrid" not in opts:
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, v in enumerate(r):
                    cells[j].text = v
                    if i == 0 and "h" in opts:
                        for para in cells[j].paragraphs:
                            for run in para.runs:
                                run.bold = True
            continue
        raise ValueError(b)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2027, 1, 1, 9, 0, 0)
    cp.modified = dt.datetime(2027, 1, 1, 9, 0, 0)
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


def _fix_zip(data):
    """Re-pack a zip with fixed timestamps so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 1, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                payload = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2027-01-01T09:00:00Z\2", payload)
            z.writestr(ni, payload)
    return out.getvalue()


def xlsx_bytes(sheets):
    """sheets: list of (title, rows, widths)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows, widths in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for c in ws[1]:
            c.font = Font(bold=True)
    wb.properties.creator = "user"
    wb.properties.created = dt.datetime(2027, 1, 1, 9, 0, 0)
    wb.properties.modified = dt.datetime(2027, 1, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_zip(buf.getvalue())


# --------------------------------------------------------------------------- PDF

_FONTS = False


def _fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DS", d + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DSB", d + "DejaVuSerif-Bold.ttf"))
    _FONTS = True


def pdf_bytes(blocks, serif=True, size=11, title="", landscape=False):
    """blocks like docx_bytes: ("p", text, opts), ("t", rows, opts), ("br",), ("hr",)."""
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, HRFlowable
    from xml.sax.saxutils import escape

    f, fb = ("DS", "DSB") if serif else ("DV", "DVB")
    buf = io.BytesIO()
    ps = land(A4) if landscape else A4
    doc = SimpleDocTemplate(buf, pagesize=ps, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author="", invariant=1)
    story = []
    cell = ParagraphStyle("cell", fontName=f, fontSize=size - 2, leading=size + 0.5)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=fb)
    for b in blocks:
        if b[0] == "br":
            story.append(Spacer(1, 5 * mm))
            continue
        if b[0] == "hr":
            story.append(HRFlowable(width="100%", thickness=0.8, color=colors.black))
            continue
        if b[0] == "p":
            text, opts = b[1], (b[2] if len(b) > 2 else "")
            al = TA_CENTER if "c" in opts else TA_RIGHT if "r" in opts else TA_JUSTIFY if "j" in opts else TA_LEFT
            sz = size - 2 if "s" in opts else size
            st = ParagraphStyle("x", fontName=fb if "b" in opts else f, fontSize=sz, leading=sz * 1.3,
                                alignment=al, spaceAfter=3)
            story.append(Paragraph(escape(text).replace("\n", "<br/>"), st))
            continue
        if b[0] == "t":
            rows, opts = b[1], (b[2] if len(b) > 2 else "")
            data = [[Paragraph(escape(v).replace("\n", "<br/>"), cellb if (i == 0 and "h" in opts) else cell)
                     for v in r] for i, r in enumerate(rows)]
            widths = b[3] if len(b) > 3 else None
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if "nogrid" not in opts:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
            continue
        raise ValueError(b)
    doc.build(story)
    return buf.getvalue()


def outlook_html(paras, lang="RU"):
    """paras: list of strings (each a paragraph; '' for an empty line). Minimal Outlook-like HTML."""
    from html import escape
    body = []
    for p in paras:
        if p == "":
            body.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        else:
            body.append('<p class=MsoNormal>' + "<br>\n".join(escape(x) for x in p.split("\n")) + '<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\n--></style></head>'
            f'<body lang={lang} link="#0563C1" vlink="#954F72"><div class=WordSection1>\n'
            + "\n".join(body) + '\n</div></body></html>')


def simple_html(paras, font="Arial"):
    from html import escape
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           f'<div style="font-family:{font};font-size:13px">']
    for p in paras:
        if p == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>" + "<br>".join(escape(x) for x in p.split("\n")) + "</div>")
    out.append("</div></body></html>")
    return "\n".join(out)
