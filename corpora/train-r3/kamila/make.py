#!/usr/bin/env python3
"""Corpus 'kamila' (heldout-r3c): replies of Kazakh agencies to the Unified Contact Centre.

Rebuild:  /tmp/cv-kamila/bin/python make.py      (python-docx, openpyxl, reportlab)
Every letter's text is written by hand below; the helpers only lay bytes out
(DOCX tables, XLSX sheets, PDF pages, MIME messages).
"""
import base64, io, json, os, quopri, sys
from email.header import Header
from email.utils import formataddr

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

MANIFEST = []
BUILDERS = []


def doc(fn):
    BUILDERS.append(fn)
    return fn


def save(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def key(name, documents, exit=0):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit, "documents": documents}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def ctx(name, agency, services, awaiting, our_letter, effect, is_reply=True):
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump({"agency": agency, "services": [{"registry_number": r, "name": n} for r, n in services],
                   "awaiting": awaiting, "our_letter": our_letter, "expected_effect": effect,
                   "is_reply": is_reply}, f, ensure_ascii=False, indent=2)
        f.write("\n")


def letter(number, date, subject):
    return {"number": number, "date": date, "subject": subject}


def man(name, kind, lang, fmt, hard):
    MANIFEST.append((name, kind, lang, fmt, hard))


def resp(full_name, position=None, email=None, phone=None):
    return {"full_name": full_name, "position": position, "email": email, "phone": phone}


def nopos(full_name, email=None, phone=None):
    """the letter gives the position in an oblique case only: it is not keyed"""
    return {"full_name": full_name, "email": email, "phone": phone}


def svc(reg, name, standard, regulation, npa, website, responsible):
    return {"registry_number": reg, "service_name": name, "standard": standard, "regulation": regulation,
            "npa_changes": npa, "website": website, "responsible": responsible}


# ---------------------------------------------------------------- DOCX
def make_docx(blocks, landscape_=False, font="Times New Roman", size=12):
    """blocks: ("p", text, {bold, align, size, italic}) | ("table", rows, {widths, merge, bold_rows, size})
    a cell is a str (\n = line break) or a list of str (separate paragraphs)."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    for b in blocks:
        if b[0] == "p":
            opts = b[2] if len(b) > 2 else {}
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = opts.get("bold", False)
            r.italic = opts.get("italic", False)
            if "size" in opts:
                r.font.size = Pt(opts["size"])
            al = opts.get("align")
            if al == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif al == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif al == "j":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif b[0] == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    if val is None:
                        continue
                    c = t.cell(i, j)
                    paras = val if isinstance(val, list) else [val]
                    c.text = ""
                    for k, ptxt in enumerate(paras):
                        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                        r = p.add_run(ptxt)
                        if i in opts.get("bold_rows", ()):
                            r.bold = True
                        if "size" in opts:
                            r.font.size = Pt(opts["size"])
            for (r1, c1), (r2, c2) in opts.get("merge", ()):
                t.cell(r1, c1).merge(t.cell(r2, c2))
            if "widths" in opts:
                for row in t.rows:
                    for j, w in enumerate(opts["widths"]):
                        if j < len(row.cells):
                            row.cells[j].width = Cm(w)
        elif b[0] == "br":
            d.add_paragraph()
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets):
    """sheets: list of (title, cells, opts); cells: list of (row, col, value) or rows from opts['start']."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        r0 = opts.get("start", 1)
        c0 = opts.get("col", 1)
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                if val is None:
                    continue
                c = ws.cell(row=r0 + i, column=c0 + j, value=val)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if i in opts.get("grid_rows", range(len(rows))):
                    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                if i in opts.get("bold_rows", ()):
                    c.font = Font(bold=True)
        for rng in opts.get("merge", ()):
            ws.merge_cells(rng)
        for col, w in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        for extra in opts.get("extra", ()):
            ws.cell(row=extra[0], column=extra[1], value=extra[2])
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(blocks, landscape_=False, size=10):
    bio = io.BytesIO()
    ps = landscape(A4) if landscape_ else A4
    d = SimpleDocTemplate(bio, pagesize=ps, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    st = ParagraphStyle("n", fontName="DejaVu", fontSize=size, leading=size * 1.3)
    stc = ParagraphStyle("c", parent=st, alignment=1)
    stb = ParagraphStyle("b", parent=st, fontName="DejaVuB", alignment=1)
    str_ = ParagraphStyle("r", parent=st, alignment=2)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=size - 2, leading=(size - 2) * 1.25)
    flow = []
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    for b in blocks:
        if b[0] == "p":
            al = b[2] if len(b) > 2 else ""
            flow.append(Paragraph(esc(b[1]), {"c": stc, "b": stb, "r": str_}.get(al, st)))
            flow.append(Spacer(1, 3))
        elif b[0] == "table":
            rows = [[Paragraph(esc(v or ""), cell) for v in row] for row in b[1]]
            widths = b[2] if len(b) > 2 else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 6))
        elif b[0] == "sp":
            flow.append(Spacer(1, b[1]))
    d.build(flow)
    return bio.getvalue()


# ---------------------------------------------------------------- MIME, written out by hand
def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return f"{hdr(name, charset)} <{email}>"


def leaf(ctype, raw, charset=None, cte="base64", filename=None, label=True, fname_style="2231", extra=()):
    lines = []
    ct = ctype
    if charset and label:
        ct += f'; charset="{charset}"'
    if filename:
        if fname_style == "2231":
            try:
                filename.encode("ascii")
                ct += f'; name="{filename}"'
                disp = f'attachment; filename="{filename}"'
            except UnicodeEncodeError:
                from urllib.parse import quote
                enc = quote(filename.encode("utf-8"))
                ct += f'; name="{Header(filename, "utf-8").encode()}"'
                disp = f"attachment;\n filename*=utf-8''{enc}"
        else:  # Outlook-style RFC 2047 in quotes
            e = Header(filename, "utf-8").encode() if any(ord(ch) > 127 for ch in filename) else filename
            ct += f'; name="{e}"'
            disp = f'attachment; filename="{e}"'
    lines.append("Content-Type: " + ct)
    lines.append("Content-Transfer-Encoding: " + cte)
    if filename:
        lines.append("Content-Disposition: " + disp)
    lines.extend(extra)
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
    if cte == "base64":
        body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    else:  # 8bit / 7bit
        body = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return head + body


def multipart(subtype, children, boundary):
    out = f'Content-Type: multipart/{subtype};\r\n\tboundary="{boundary}"\r\n\r\n'.encode("ascii")
    out += b"This is a multi-part message in MIME format.\r\n\r\n"
    for c in children:
        out += f"--{boundary}\r\n".encode("ascii") + c + b"\r\n"
    out += f"--{boundary}--\r\n".encode("ascii")
    return out


def message(headers, body):
    """headers: list of (name, value) already ASCII-safe or to be encoded."""
    h = []
    for k, v in headers:
        h.append(f"{k}: {hdr(v) if k in ('Subject', 'Thread-Topic') else v}")
    h.append("MIME-Version: 1.0")
    return ("\r\n".join(h) + "\r\n").encode("ascii") + body


def text(s, charset="utf-8", cte="base64", subtype="plain", label=True):
    return leaf(f"text/{subtype}", s.encode(charset), charset, cte, label=label)


def attach(name, raw, ctype=None, style="2231"):
    if ctype is None:
        ext = name.rsplit(".", 1)[-1].lower()
        ctype = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "pdf": "application/pdf"}.get(ext, "application/octet-stream")
    return leaf(ctype, raw, cte="base64", filename=name, fname_style=style)


def html_wrap(inner, outlook=False):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
                '</head><body lang="RU" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
                + inner + '</div></body></html>')
    return '<html><head><meta charset="utf-8"></head><body>' + inner + '</body></html>'


def html_table(rows, header_rows=1, border=1):
    out = [f'<table border="{border}" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        tag = "th" if i < header_rows else "td"
        for v in row:
            v = (v or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
            out.append(f"<{tag} valign=\"top\">{v}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


# ======================================================================
# APPENDIX 1 FORMS
# ======================================================================
HDR_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
          "Стандарт государственной услуги (с указанием его реквизитов)",
          "Регламент государственной услуги (с указанием его реквизитов)",
          "Изменения нормативных правовых актов",
          "Интернет-ресурс, на котором размещена информация о государственной услуге",
          "Фамилия, имя, отчество, должность ответственного лица"]
HDR_KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
          "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)",
          "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
          "Нормативтік құқықтық актілердің өзгерістері",
          "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
          "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]


@doc
def f01():
    n = "f01-forma-zemlya-kostanay.docx"
    ag = {"name": "ГУ «Управление земельных отношений акимата Костанайской области»", "email": "kanc@zher.kostanay.gov.kz", "bin": "070340012345"}
    s_name = "Выдача решения на изменение целевого назначения земельного участка"
    std = "Приказ Министра сельского хозяйства Республики Казахстан от 1 октября 2020 года № 301 «Об утверждении Правил оказания государственных услуг в сфере земельных отношений»"
    reg = "—"
    col8 = "Жумабаева Сауле Каиргельдиновна, главный специалист отдела земельного кадастра, тел. 8 (7142) 50-17-33, e-mail: s.zhumabaeva@zher.kostanay.gov.kz"
    blocks = [("p", "Приложение 1", {"align": "r"}),
              ("p", "Запрос о предоставлении информации о государственной услуге", {"bold": True, "align": "c"}),
              ("table", [HDR_RU, ["1", "01415003", s_name, std, reg, "—", "www.egov.kz", col8]], {"bold_rows": [0], "size": 9}),
              ("br",),
              ("p", "Ф.И.О. ответственного исполнителя: Жумабаева Сауле Каиргельдиновна"),
              ("p", "Дата: « 14 » января 2027 г.")]
    save(n, make_docx(blocks, landscape_=True))
    key(n, [{"part": n, "kind": "appendix1_form", "language": "ru",
             "services": [svc("01415003", s_name, std, None, None, "www.egov.kz",
                              resp("Жумабаева Сауле Каиргельдиновна", "главный специалист отдела земельного кадастра",
                                   "s.zhumabaeva@zher.kostanay.gov.kz", "87142501733"))],
             "executor": {"full_name": "Жумабаева Сауле Каиргельдиновна", "date": "2027-01-14"}}])
    ctx(n, ag, [("01415003", s_name)], "information", letter("ЕКЦ-2027/031", "2027-01-08", "Запрос информации по государственной услуге 01415003"),
        "store the form data for 01415003 and schedule training")
    man(n, "appendix1_form", "ru", "docx", "one row, landscape, column 8 in one cell with phone in brackets; regulation is a dash")


@doc
def f02():
    n = "f02-minzdrav-3uslugi.docx"
    ag = {"name": "Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан", "email": "kmfk@dsm.gov.kz", "bin": "990240004417"}
    rows = [
        ("00903012", "Выдача лицензии на фармацевтическую деятельность",
         "Приказ Министра здравоохранения Республики Казахстан от 30 декабря 2020 года № ҚР ДСМ-336/2020",
         "—",
         "Приказ Министра здравоохранения Республики Казахстан от 14 ноября 2026 года № ҚР ДСМ-118/2026 «О внесении изменений в приказ от 30 декабря 2020 года № ҚР ДСМ-336/2020»",
         "https://egov.kz/cms/ru/services/health_care/pass_lic_pharm",
         ["Оспанов Нурлан Бауыржанович", "руководитель управления лицензирования", "тел.: +7 7172 55 62 19", "n.ospanov@dsm.gov.kz"],
         resp("Оспанов Нурлан Бауыржанович", "руководитель управления лицензирования", "n.ospanov@dsm.gov.kz", "+77172556219")),
        ("00903027", "Выдача разрешения на ввоз в Республику Казахстан незарегистрированных лекарственных средств",
         "Приказ Министра здравоохранения Республики Казахстан от 30 декабря 2020 года № ҚР ДСМ-336/2020",
         "—", "—",
         "https://egov.kz/cms/ru/services/health_care/import_unreg_med",
         ["Тулегенова Асель Муратовна", "главный эксперт управления контроля за обращением лекарственных средств", "тел.: +7 7172 55 63 04", "a.tulegenova@dsm.gov.kz"],
         resp("Тулегенова Асель Муратовна", "главный эксперт управления контроля за обращением лекарственных средств", "a.tulegenova@dsm.gov.kz", "+77172556304")),
        ("00903031", "Выдача сертификата фармацевтического продукта",
         "Приказ Министра здравоохранения Республики Казахстан от 27 января 2021 года № ҚР ДСМ-11",
         "—", "—", "—",
         ["Тулегенова Асель Муратовна", "главный эксперт управления контроля за обращением лекарственных средств", "тел.: +7 7172 55 63 04", "a.tulegenova@dsm.gov.kz"],
         resp("Тулегенова Асель Муратовна", "главный эксперт управления контроля за обращением лекарственных средств", "a.tulegenova@dsm.gov.kz", "+77172556304")),
    ]
    table = [HDR_RU, [str(i) for i in range(1, 9)]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0], r[1], r[2], r[3], r[4], r[5], r[6]])
    blocks = [("p", "Информация по государственным услугам, оказываемым Комитетом медицинского и фармацевтического контроля", {"bold": True, "align": "c"}),
              ("p", "(к письму ЕКЦ от 11.01.2027 № ЕКЦ-2027/044)", {"align": "c", "italic": True}),
              ("table", table, {"bold_rows": [0, 1], "size": 8}),
              ("br",),
              ("p", "Ф.И.О. ответственного исполнителя: Ким Елена Викторовна"),
              ("p", "Дата: «20» января 2027 г.")]
    save(n, make_docx(blocks, landscape_=True, size=10))
    key(n, [{"part": n, "kind": "appendix1_form", "language": "ru",
             "services": [svc(r[0], r[1], r[2], None, None if r[4] == "—" else r[4], None if r[5] == "—" else r[5], r[7]) for r in rows],
             "executor": {"full_name": "Ким Елена Викторовна", "date": "2027-01-20"}}])
    ctx(n, ag, [(r[0], r[1]) for r in rows], "information", letter("ЕКЦ-2027/044", "2027-01-11", "О представлении информации по государственным услугам"),
        "store form data for three services")
    man(n, "appendix1_form", "ru", "docx", "three rows, column-number row, column 8 split over four paragraphs, deep egov.kz links, one website a dash")


@doc
def f03():
    n = "f03-nysan-bilim-enbekshikazakh.docx"
    ag = {"name": "Алматы облысы Еңбекшіқазақ ауданы әкімдігінің білім бөлімі", "email": "bilim@enbekshikazakh.almobl.gov.kz", "bin": "051140007812"}
    r1 = ("07201004", "Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою",
          "Қазақстан Республикасы Білім және ғылым министрінің 2020 жылғы 19 маусымдағы № 254 бұйрығы",
          "Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 2 қарашадағы № 188 бұйрығы")
    r2 = ("07201011", "Жалпы білім беру ұйымдарына құжаттар қабылдау және оқуға қабылдау",
          "Қазақстан Республикасы Білім және ғылым министрінің 2020 жылғы 12 қазандағы № 440 бұйрығы", "—")
    c8a = "Сейітқазы Дәулет Бекболатұлы, мектепке дейінгі білім беру секторының бас маманы, 8 (72775) 4-12-09, d.seitkazy@enbekshikazakh.almobl.gov.kz"
    c8b = "Әбдірахманова Гүлнар Серікқызы, жалпы білім беру секторының меңгерушісі, 8 (72775) 4-15-38, g.abdirakhmanova@enbekshikazakh.almobl.gov.kz"
    blocks = [("p", "1-қосымша", {"align": "r"}),
              ("p", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу", {"bold": True, "align": "c"}),
              ("table", [HDR_KK, ["1", r1[0], r1[1], r1[2], "—", r1[3], "www.egov.kz", c8a],
                         ["2", r2[0], r2[1], r2[2], "—", "—", "www.egov.kz", c8b]], {"bold_rows": [0], "size": 9}),
              ("br",),
              ("p", "Орындаған: Сейітқазы Дәулет Бекболатұлы"),
              ("p", "Күні: 2027 жылғы 18 қаңтар")]
    save(n, make_docx(blocks, landscape_=True))
    key(n, [{"part": n, "kind": "appendix1_form", "language": "kk",
             "services": [svc(r1[0], r1[1], r1[2], None, r1[3], "www.egov.kz",
                              resp("Сейітқазы Дәулет Бекболатұлы", "мектепке дейінгі білім беру секторының бас маманы", "d.seitkazy@enbekshikazakh.almobl.gov.kz", "87277541209")),
                          svc(r2[0], r2[1], r2[2], None, None, "www.egov.kz",
                              resp("Әбдірахманова Гүлнар Серікқызы", "жалпы білім беру секторының меңгерушісі", "g.abdirakhmanova@enbekshikazakh.almobl.gov.kz", "87277541538"))],
             "executor": {"full_name": "Сейітқазы Дәулет Бекболатұлы", "date": "2027-01-18"}}])
    ctx(n, ag, [(r1[0], r1[1]), (r2[0], r2[1])], "information", letter("ЕКЦ-2027/052", "2027-01-12", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
        "store form data for two services")
    man(n, "appendix1_form", "kk", "docx", "Kazakh headers and content, -ұлы/-қызы patronymics, Kazakh executor line and date")


@doc
def f04():
    n = "f04-akimat-pavlodar-4uslugi.xlsx"
    ag = {"name": "ГУ «Отдел жилищной инспекции города Павлодара»", "email": "zhilinsp@pavlodar.gov.kz", "bin": "110540019930"}
    R = resp
    data = [
        ("01509001", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда",
         "Приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 16 апреля 2020 года № 211", "—",
         "Приказ Министра промышленности и строительства Республики Казахстан от 5 сентября 2026 года № 402", "—",
         "Бекова Динара Асылбековна - главный специалист\nтел. 8 7182 32-05-17\nd.bekova@pavlodar.gov.kz",
         R("Бекова Динара Асылбековна", "главный специалист", "d.bekova@pavlodar.gov.kz", "87182320517")),
        ("01509004", "Выдача справки о наличии либо отсутствии жилища в государственном жилищном фонде",
         "Приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 16 апреля 2020 года № 211", "—", "—", "—",
         "Бекова Динара Асылбековна - главный специалист\nтел. 8 7182 32-05-17\nd.bekova@pavlodar.gov.kz",
         R("Бекова Динара Асылбековна", "главный специалист", "d.bekova@pavlodar.gov.kz", "87182320517")),
        ("01509012", "Приватизация жилищ из государственного жилищного фонда",
         "Приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 16 апреля 2020 года № 211", "—", "—", "—",
         "Гончаренко Виталий Петрович - заместитель руководителя отдела\nтел. 8 7182 32-11-40\nv.goncharenko@pavlodar.gov.kz",
         R("Гончаренко Виталий Петрович", "заместитель руководителя отдела", "v.goncharenko@pavlodar.gov.kz", "87182321140")),
        ("01509015", "Согласование эскиза (эскизного проекта)",
         "Приказ Министра национальной экономики Республики Казахстан от 30 ноября 2015 года № 750", "—", "—", "—",
         "Гончаренко Виталий Петрович - заместитель руководителя отдела\nтел. 8 7182 32-11-40\nv.goncharenko@pavlodar.gov.kz",
         R("Гончаренко Виталий Петрович", "заместитель руководителя отдела", "v.goncharenko@pavlodar.gov.kz", "87182321140")),
    ]
    # header split over two rows: a merged group header over columns 4-6
    h1 = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
          "Реквизиты нормативных правовых актов", None, None,
          "Интернет-ресурс, на котором размещена информация о государственной услуге",
          "Фамилия, имя, отчество, должность ответственного лица"]
    h2 = [None, None, None, "Стандарт государственной услуги", "Регламент государственной услуги", "Изменения нормативных правовых актов", None, None]
    rows = [["ГУ «Отдел жилищной инспекции города Павлодара»"], ["Информация по форме приложения 1 к Правилам взаимодействия ЕКЦ"], [],
            h1, h2]
    for i, d in enumerate(data, 1):
        rows.append([i] + list(d[:7]))
    rows += [[], [None, "Ответственный исполнитель:", "Бекова Д.А."], [None, "Дата:", "21.01.2027"]]
    grid = range(3, 3 + 2 + len(data))
    save(n, make_xlsx([("Форма", rows, {"merge": ["D4:F4", "A4:A5", "B4:B5", "C4:C5", "G4:G5", "H4:H5"],
                                          "widths": {"A": 5, "B": 12, "C": 40, "D": 40, "E": 14, "F": 36, "G": 16, "H": 40},
                                          "grid_rows": grid, "bold_rows": [0, 3, 4]})]))
    key(n, [{"part": n, "kind": "appendix1_form", "language": "ru",
             "services": [svc(d[0], d[1], d[2], None, None if d[4] == "—" else d[4], None, d[7]) for d in data],
             "executor": {"full_name": "Бекова Д.А.", "date": "2027-01-21"}}])
    ctx(n, ag, [(d[0], d[1]) for d in data], "information", letter("ЕКЦ-2027/058", "2027-01-13", "Запрос информации (приложение 1)"),
        "store form data for four services")
    man(n, "appendix1_form", "ru", "xlsx", "header over two rows with a merged group cell, title lines above, № as numbers, column 8 with line breaks, executor in separate cells")


@doc
def f05():
    n = "f05-turkestan-kasipkerlik.xlsx"
    ag = {"name": "Түркістан облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы", "email": "kasipker@turkistan.gov.kz", "bin": "180240021577"}
    d1 = ("01907002", "Индустриялық-инновациялық қызмет субъектілеріне мемлекеттік қолдау шараларын ұсыну",
          "Қазақстан Республикасы Индустрия және инфрақұрылымдық даму министрінің 2020 жылғы 30 сәуірдегі № 255 бұйрығы")
    d2 = ("01907009", "Кәсіпкерлерге «Бизнестің жол картасы» бағдарламасы бойынша кредиттер бойынша сыйақы мөлшерлемесін субсидиялау",
          "Қазақстан Республикасы Ұлттық экономика министрінің 2019 жылғы 24 қыркүйектегі № 84 бұйрығы")
    rows = [["Қосымша 1 / Приложение 1"], [],
            ["№", "Тізілімдегі нөмірі / № в реестре", "Қызмет атауы / Наименование услуги", "Стандарт", "Регламент",
             "НҚА өзгерістері / Изменения НПА", "Интернет-ресурс", "Жауапты тұлға (ТАӘ, лауазымы) / Ответственное лицо"],
            [1, d1[0], d1[1], d1[2], "-", "-", "https://egov.kz/cms/kk/services/business/industrial_support",
             "Жақыпбеков Ерлан Нұрланұлы, бөлім басшысы, +7 (7252) 30-44-18, e.zhakypbekov@turkistan.gov.kz"],
            [2, d2[0], d2[1], d2[2], "-", "-", "https://egov.kz/cms/kk/services/business/road_map_subsidy",
             "Мамырова Айжан Қайратқызы, бас маман, +7 (7252) 30-44-25, a.mamyrova@turkistan.gov.kz"],
            [], ["Орындаған / Исполнитель: Мамырова А.Қ."], ["Күні / Дата: 22.01.2027"]]
    save(n, make_xlsx([("1-қосымша", rows, {"grid_rows": [2, 3, 4], "bold_rows": [2],
                                             "widths": {"A": 4, "B": 12, "C": 42, "D": 42, "E": 10, "F": 12, "G": 30, "H": 44}})]))
    key(n, [{"part": n, "kind": "appendix1_form",
             "services": [svc(d1[0], d1[1], d1[2], None, None, "egov.kz/cms/kk/services/business/industrial_support",
                              resp("Жақыпбеков Ерлан Нұрланұлы", "бөлім басшысы", "e.zhakypbekov@turkistan.gov.kz", "+77252304418")),
                          svc(d2[0], d2[1], d2[2], None, None, "egov.kz/cms/kk/services/business/road_map_subsidy",
                              resp("Мамырова Айжан Қайратқызы", "бас маман", "a.mamyrova@turkistan.gov.kz", "+77252304425"))],
             "executor": {"full_name": "Мамырова А.Қ.", "date": "2027-01-22"}}])
    ctx(n, ag, [(d1[0], d1[1]), (d2[0], d2[1])], "information", letter("ЕКЦ-2027/061", "2027-01-14", "Ақпарат беру туралы / О представлении информации"),
        "store form data for two services")
    man(n, "appendix1_form", "kk+ru", "xlsx", "bilingual headers 'қазақша / по-русски', Kazakh content, hyphen for empty cells, executor and date in one cell each")


@doc
def f06():
    n = "f06-komitet-migracii.pdf"
    ag = {"name": "Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "email": "kms@mvd.gov.kz", "bin": "960440000218"}
    a = ("01301007", "Выдача разрешения на постоянное проживание иностранцам и лицам без гражданства",
         "Приказ Министра внутренних дел Республики Казахстан от 27 марта 2020 года № 259",
         "Приказ Министра внутренних дел Республики Казахстан от 9 октября 2026 года № 711 «О внесении изменений в приказ Министра внутренних дел Республики Казахстан от 27 марта 2020 года № 259»")
    b = ("01301012", "Продление сроков временного проживания иностранцам и лицам без гражданства",
         "Приказ Министра внутренних дел Республики Казахстан от 27 марта 2020 года № 259", "—")
    pa = "Сарсенбаев Руслан Маратович, заместитель начальника управления, 8 (7172) 71-30-55, r.sarsenbaev@mvd.gov.kz"
    pb = "Ли Ирина Александровна, старший инспектор, 8 (7172) 71-30-62, i.li@mvd.gov.kz"
    tbl = [HDR_RU, ["1", a[0], a[1], a[2], "—", a[3], "www.egov.kz", pa], ["2", b[0], b[1], b[2], "—", b[3], "www.egov.kz", pb]]
    blocks = [("p", "Запрос о предоставлении информации о государственной услуге", "b"),
              ("table", tbl, [25, 78, 100, 110, 78, 120, 78, 135]),
              ("p", "Ф.И.О. ответственного исполнителя: Сарсенбаев Р.М."),
              ("p", "Дата: « 25 » января 2027 г.")]
    save(n, make_pdf(blocks, landscape_=True, size=10))
    key(n, [{"part": n, "kind": "appendix1_form", "language": "ru",
             "services": [svc(a[0], a[1], a[2], None, a[3], "www.egov.kz", resp("Сарсенбаев Руслан Маратович", "заместитель начальника управления", "r.sarsenbaev@mvd.gov.kz", "87172713055")),
                          svc(b[0], b[1], b[2], None, None, "www.egov.kz", resp("Ли Ирина Александровна", "старший инспектор", "i.li@mvd.gov.kz", "87172713062"))],
             "executor": {"full_name": "Сарсенбаев Р.М.", "date": "2027-01-25"}}])
    ctx(n, ag, [(a[0], a[1]), (b[0], b[1])], "information", letter("ЕКЦ-2027/066", "2027-01-15", "Запрос информации по двум государственным услугам"),
        "store form data for two services")
    man(n, "appendix1_form", "ru", "pdf", "ruled table in a landscape PDF, long cells wrap, short Korean surname 'Ли'")


@doc
def f07():
    n = "f07-forma-v-tele-pisma.eml"
    ag = {"name": "ГУ «Управление ветеринарии Северо-Казахстанской области»", "email": "vet@sko.gov.kz", "bin": "050840003361"}
    s = ("00505021", "Выдача ветеринарного паспорта на животное",
         "Приказ Министра сельского хозяйства Республики Казахстан от 23 апреля 2020 года № 138 «Об утверждении Правил оказания государственных услуг в области ветеринарии»")
    c8 = "Кравченко Ольга Николаевна\nведущий специалист отдела ветеринарного надзора\nраб. 8 (7152) 46-21-90\nkravchenko.o@sko.gov.kz"
    tbl = html_table([HDR_RU, ["1", s[0], s[1], s[2], "-", "-", "http://www.egov.kz", c8]])
    inner = ('<p class="MsoNormal">Добрый день!</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal">На Ваш запрос № ЕКЦ-2027/070 от 15.01.2027 направляем информацию по форме приложения 1 к Правилам взаимодействия.</p>'
             '<p class="MsoNormal">&nbsp;</p>' + tbl +
             '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Ф.И.О. ответственного исполнителя: Кравченко О.Н.</p>'
             '<p class="MsoNormal">Дата: 19.01.2027</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal">С уважением,<br>Кравченко Ольга<br>Управление ветеринарии СКО<br>г. Петропавловск, ул. Конституции Казахстана, 58</p>')
    body = multipart("alternative", [
        text("Добрый день!\n\nНа Ваш запрос № ЕКЦ-2027/070 от 15.01.2027 направляем информацию по форме приложения 1 "
             "к Правилам взаимодействия (таблица во вложенном HTML-представлении письма).\n\nС уважением,\nКравченко Ольга\n", "utf-8", "quoted-printable"),
        text(html_wrap(inner, outlook=True), "utf-8", "quoted-printable", "html")], "----=_NextPart_000_0012_01DB6A2E.5C1D7E40")
    save(n, message([("From", addr("Кравченко Ольга Николаевна", "kravchenko.o@sko.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "RE: Запрос информации по государственной услуге 00505021"), ("Date", "Tue, 19 Jan 2027 10:42:13 +0500"),
                     ("Message-ID", "<000c01db6a2e$5c1d7e40$14587ac0$@sko.gov.kz>"), ("Thread-Topic", "Запрос информации по государственной услуге 00505021"),
                     ("X-Mailer", "Microsoft Outlook 16.0")], body))
    key(n, [{"part": "body", "kind": "appendix1_form", "language": "ru",
             "services": [svc(s[0], s[1], s[2], None, None, "www.egov.kz",
                              resp("Кравченко Ольга Николаевна", "ведущий специалист отдела ветеринарного надзора", "kravchenko.o@sko.gov.kz", "87152462190"))],
             "executor": {"full_name": "Кравченко О.Н.", "date": "2027-01-19"}}])
    ctx(n, ag, [(s[0], s[1])], "information", letter("ЕКЦ-2027/070", "2027-01-15", "Запрос информации по государственной услуге 00505021"),
        "store form data for 00505021")
    man(n, "appendix1_form", "ru", "eml", "form pasted as an HTML table in an Outlook body (multipart/alternative, plain part has no table), QP encoding, 'раб.' phone prefix")


@doc
def f08():
    n = "f08-kesteni-hatka-koidym.eml"
    ag = {"name": "Маңғыстау облысының жер қатынастары басқармасы", "email": "zher@mangystau.gov.kz", "bin": "020340011209"}
    a = ("01415011", "Жер учаскесіне сәйкестендіру құжаттарын дайындау",
         "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығы",
         "https://egov.kz/cms/kk/services/land_relations/identification_docs")
    b = ("01415019", "Жер учаскесін жалға алу құқығын сатып алу",
         "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығы", "—")
    c8 = "Құдайбергенов Асқар Жанатұлы – жер кадастры бөлімінің басшысы, тел.: 8 (7292) 60-18-47, kudaibergenov.a@mangystau.gov.kz"
    tbl = html_table([HDR_KK, ["1", "2", "3", "4", "5", "6", "7", "8"],
                      ["1", a[0], a[1], a[2], "", "", a[3], c8],
                      ["2", b[0], b[1], b[2], "", "", b[3], c8]], header_rows=2)
    inner = ("<div>Құрметті әріптестер!</div><div><br></div>"
             "<div>Сіздердің 2027 жылғы 14 қаңтардағы № ЕКЦ-2027/064 хатыңызға сәйкес мемлекеттік көрсетілетін қызметтер туралы ақпаратты жолдаймыз:</div><div><br></div>"
             + tbl +
             "<div><br></div><div>Орындаған: Құдайбергенов А.Ж.</div><div>Күні: 2027 жылғы 20 қаңтар</div><div><br></div>"
             "<div>Құрметпен,<br>Маңғыстау облысының жер қатынастары басқармасы<br>Ақтау қ., 14 шағын аудан, 1 ғимарат</div>"
             "<div><br></div><div>-------- Бастапқы хат --------<br>Кімнен: Бірыңғай байланыс орталығы &lt;info@ekc.gov.kz&gt;<br>"
             "Жіберілді: 14.01.2027 16:05<br>Тақырып: Мемлекеттік көрсетілетін қызметтер туралы ақпарат<br><br>"
             "<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">Қағидалардың 4-тармағына сәйкес 1-қосымшаға сай нысан бойынша ақпарат беруіңізді сұраймыз.</blockquote></div>")
    body = text(html_wrap(inner), "utf-8", "base64", "html")
    save(n, message([("From", addr("Құдайбергенов Асқар", "kudaibergenov.a@mangystau.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Re: Мемлекеттік көрсетілетін қызметтер туралы ақпарат"), ("Date", "Wed, 20 Jan 2027 12:17:40 +0500"),
                     ("Message-ID", "<4a1f9e2c-88d0-4b1c-9c2a-1e0f3b7d6a51@mangystau.gov.kz>"), ("In-Reply-To", "<ekc-2027-064@ekc.gov.kz>"),
                     ("User-Agent", "Roundcube Webmail/1.6.5")], body))
    r = resp("Құдайбергенов Асқар Жанатұлы", "жер кадастры бөлімінің басшысы", "kudaibergenov.a@mangystau.gov.kz", "87292601847")
    key(n, [{"part": "body", "kind": "appendix1_form", "language": "kk",
             "services": [svc(a[0], a[1], a[2], None, None, a[3], r), svc(b[0], b[1], b[2], None, None, None, r)],
             "executor": {"full_name": "Құдайбергенов А.Ж.", "date": "2027-01-20"}}])
    ctx(n, ag, [(a[0], a[1]), (b[0], b[1])], "information", letter("ЕКЦ-2027/064", "2027-01-14", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат"),
        "store form data for two services")
    man(n, "appendix1_form", "kk", "eml", "HTML-only webmail body in Kazakh, table with column-number row, empty cells, en dash between name and position, quoted original below")


@doc
def f09():
    n = "f09-soprovod-5uslug.eml"
    att = "Prilozhenie_1_EKC.docx"
    ag = {"name": "ГУ «Управление предпринимательства и промышленности города Шымкент»", "email": "kense@shymkent.gov.kz", "bin": "180440027753"}
    std = "Приказ Министра национальной экономики Республики Казахстан от 6 апреля 2020 года № 23"
    P1 = resp("Абенова Жанар Ерболовна", "главный специалист отдела торговли", "abenova.zh@shymkent.gov.kz", "87252536118")
    P2 = resp("Мусин Тимур Айдарович", "руководитель отдела промышленности", "musin.t@shymkent.gov.kz", "87252536124")
    rows = [
        ("01913001", "Выдача разрешения на размещение объекта наружной (визуальной) рекламы", "Приказ Министра национальной экономики Республики Казахстан от 6 апреля 2020 года № 23", "—", P1),
        ("01913004", "Выдача лицензии на розничную реализацию алкогольной продукции", "Приказ Министра финансов Республики Казахстан от 10 февраля 2020 года № 125",
         "Приказ Министра финансов Республики Казахстан от 3 ноября 2026 года № 902", P1),
        ("01913007", "Выдача уведомления о начале деятельности по организации торговых рынков", std, "—", P1),
        ("01905002", "Выдача заключения о соответствии производства требованиям промышленной безопасности", "Приказ Министра по чрезвычайным ситуациям Республики Казахстан от 3 ноября 2020 года № 14", "—", P2),
        ("01905010", "Включение в реестр отечественных товаропроизводителей", "Приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 20 марта 2020 года № 148", "—", P2),
    ]
    def c8(p, ph):
        return f"{p['full_name']}, {p['position']}, тел. {ph}, эл. почта: {p['email']}"
    phones = {"Абенова Жанар Ерболовна": "8 (7252) 53-61-18", "Мусин Тимур Айдарович": "8 (7252) 53-61-24"}
    tbl = [HDR_RU] + [[str(i), r[0], r[1], r[2], "—", r[3], "egov.kz", c8(r[4], phones[r[4]["full_name"]])] for i, r in enumerate(rows, 1)]
    dx = make_docx([("p", "Приложение 1 к Правилам взаимодействия Единого контакт-центра", {"align": "r", "size": 9}),
                    ("table", tbl, {"bold_rows": [0], "size": 8}), ("br",),
                    ("p", "Ответственный исполнитель: Абенова Жанар Ерболовна"), ("p", "Дата: 26.01.2027")], landscape_=True)
    cover = ("Здравствуйте!\n\nВо исполнение письма ЕКЦ от 18.01.2027 № ЕКЦ-2027/081 направляем заполненную форму\n"
             "(приложение 1) по пяти государственным услугам, оказываемым Управлением.\n\n"
             "Приложение: на 2 л.\n\n--\nАбенова Жанар\nгл. специалист отдела торговли\nУправление предпринимательства и промышленности г. Шымкент\n"
             "тел. 8 (7252) 53-61-18\n")
    body = multipart("mixed", [text(cover, "windows-1251", "8bit"), attach(att, dx)], "=_b7a1c0e93d")
    save(n, message([("From", "abenova.zh@shymkent.gov.kz"), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Информация по форме приложения 1 (исх. 02-14/219)"), ("Date", "Tue, 26 Jan 2027 17:03:55 +0500"),
                     ("Message-ID", "<20270126120355.7f3e@shymkent.gov.kz>")], body))
    key(n, [{"part": att, "kind": "appendix1_form", "language": "ru",
             "services": [svc(r[0], r[1], r[2], None, None if r[3] == "—" else r[3], "egov.kz", r[4]) for r in rows],
             "executor": {"full_name": "Абенова Жанар Ерболовна", "date": "2027-01-26"}}])
    ctx(n, ag, [(r[0], r[1]) for r in rows], "information", letter("ЕКЦ-2027/081", "2027-01-18", "О предоставлении информации по государственным услугам"),
        "store form data for five services")
    man(n, "appendix1_form", "ru", "eml+docx", "windows-1251 8bit covering note, five-row form in an attached DOCX, 'эл. почта:' label")


@doc
def f10():
    n = "f10-atyrau-densaulyk-6.eml"
    att = "1-косымша_ЕКО.docx"
    ag = {"name": "Атырау облысының денсаулық сақтау басқармасы", "email": "densaulyk@atyrau.gov.kz", "bin": "030240018844"}
    std1 = "ҚР Денсаулық сақтау министрінің 2020 жылғы 30 желтоқсандағы № ҚР ДСМ-336/2020 бұйрығы"
    std2 = "ҚР Денсаулық сақтау министрінің 2021 жылғы 27 қаңтардағы № ҚР ДСМ-11 бұйрығы"
    A = (["Есенғали Нұргүл Маратқызы", "лицензиялау бөлімінің бас маманы", "8 (7122) 27-40-16", "esengali.n@atyrau.gov.kz"],
         resp("Есенғали Нұргүл Маратқызы", "лицензиялау бөлімінің бас маманы", "esengali.n@atyrau.gov.kz", "87122274016"))
    B = (["Тасқараев Бауыржан", "медициналық көмекті ұйымдастыру бөлімінің басшысы", "8 (7122) 27-40-31", "taskaraev.b@atyrau.gov.kz"],
         resp("Тасқараев Бауыржан", "медициналық көмекті ұйымдастыру бөлімінің басшысы", "taskaraev.b@atyrau.gov.kz", "87122274031"))
    rows = [
        ("00901001", "Медициналық қызметке лицензия беру", std1, A),
        ("00901003", "Фармацевтикалық қызметке лицензия беру", std1, A),
        ("00901008", "Есірткі құралдарының, психотроптық заттардың және прекурсорлардың айналымына байланысты қызметке лицензия беру", std1, A),
        ("00902004", "Медициналық-санитариялық алғашқы көмек ұйымына бекітілу", std2, B),
        ("00902006", "Дәрігерді үйге шақыру", std2, B),
        ("00902011", "Дәрігердің қабылдауына жазылу", std2, B),
    ]
    tbl = [HDR_KK] + [[str(i), r[0], r[1], r[2], "—", "—", "www.egov.kz", r[3][0]] for i, r in enumerate(rows, 1)]
    dx = make_docx([("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
                    ("p", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат", {"bold": True, "align": "c"}),
                    ("table", tbl, {"bold_rows": [0], "size": 8}), ("br",),
                    ("p", "Жауапты орындаушының Т.А.Ә.: Есенғали Нұргүл Маратқызы"),
                    ("p", "Күні: «27» қаңтар 2027 ж.")], landscape_=True, size=10)
    cover = ("Сәлеметсіз бе!\n\n2027 жылғы 19 қаңтардағы № ЕКЦ-2027/086 сұрау салуыңызға жауап ретінде 1-қосымшаға сәйкес "
             "нысанды қоса беріп отырмыз (6 мемлекеттік көрсетілетін қызмет).\n\nҚұрметпен,\nН. Есенғали\nАтырау облысының денсаулық сақтау басқармасы\n")
    body = multipart("mixed", [text(cover, "utf-8", "base64"), attach(att, dx)], "------------0B1A2C3D4E5F60718293A4B5")
    save(n, message([("From", addr("Есенғали Нұргүл", "esengali.n@atyrau.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "1-қосымша бойынша ақпарат"), ("Date", "Wed, 27 Jan 2027 09:20:11 +0500"),
                     ("Message-ID", "<c1d2e3f4-0a0b-4c4d-9e9f-102030405060@atyrau.gov.kz>"),
                     ("User-Agent", "Mozilla Thunderbird")], body))
    key(n, [{"part": att, "kind": "appendix1_form", "language": "kk",
             "services": [svc(r[0], r[1], r[2], None, None, "www.egov.kz", r[3][1]) for r in rows],
             "executor": {"full_name": "Есенғали Нұргүл Маратқызы", "date": "2027-01-27"}}])
    ctx(n, ag, [(r[0], r[1]) for r in rows], "information", letter("ЕКЦ-2027/086", "2027-01-19", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат беру"),
        "store form data for six services")
    man(n, "appendix1_form", "kk", "eml+docx", "six services, attachment name in Kazakh Cyrillic (RFC 2231), column 8 as four separate paragraphs, one person without patronymic, date «27» қаңтар 2027 ж.")


@doc
def f11():
    n = "f11-gorakimat-almaty-xlsx.eml"
    att = "forma_prilozhenie1_UPS.xlsx"
    ag = {"name": "КГУ «Управление пассажирского транспорта и автомобильных дорог города Алматы»", "email": "ups@almaty.gov.kz", "bin": "000540004120"}
    rows = [
        ("00302019", "Выдача разрешения на организацию регулярных автомобильных перевозок пассажиров и багажа (городских, пригородных)",
         "Приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 7 апреля 2020 года № 191",
         "Приказ Министра транспорта Республики Казахстан от 22 октября 2026 года № 310"),
        ("00302024", "Выдача свидетельства на право выполнения нерегулярных перевозок пассажиров",
         "Приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 7 апреля 2020 года № 191", None),
        ("00302031", "Согласование временного ограничения движения транспортных средств по автомобильным дорогам",
         "Приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 29 мая 2020 года № 330", None),
    ]
    person = "Нурмагамбетов Айдос Серикбаевич, главный специалист отдела лицензирования перевозок\n+7 (727) 271-66-04\naidos.nurmagambetov@almaty.gov.kz"
    R = resp("Нурмагамбетов Айдос Серикбаевич", "главный специалист отдела лицензирования перевозок", "aidos.nurmagambetov@almaty.gov.kz", "+77272716604")
    sheet = [["№", "№ услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (реквизиты)",
              "Регламент государственной услуги (реквизиты)", "Изменения НПА", "Интернет-ресурс", "Ф.И.О., должность ответственного лица"],
             [1, 2, 3, 4, 5, 6, 7, 8]]
    for i, r in enumerate(rows, 1):
        sheet.append([i, int(r[0]) if False else r[0], r[1], r[2], "", r[3] or "", "https://egov.kz", person])
    sheet += [[], [None, None, "Ф.И.О. ответственного исполнителя: Нурмагамбетов А.С."], [None, None, "Дата: «28» января 2027г."]]
    xl = make_xlsx([("Лист1", sheet, {"grid_rows": range(0, 5), "bold_rows": [0, 1],
                                       "widths": {"A": 4, "B": 12, "C": 45, "D": 45, "E": 14, "F": 40, "G": 18, "H": 42}}),
                    ("Лист2", [[]], {})])
    html = html_wrap("<p>Уважаемые коллеги!</p><p>Направляем информацию по государственным услугам Управления согласно Вашему письму "
                     "№ ЕКЦ-2027/090 от 20.01.2027 (файл во вложении).</p><p>С уважением,<br>А. Нурмагамбетов<br>+7 (727) 271-66-04</p>"
                     "<hr><p style=\"font-size:8pt;color:gray\">Данное сообщение и вложения предназначены исключительно для адресата. "
                     "Если Вы получили его по ошибке, сообщите отправителю и удалите письмо.</p>")
    body = multipart("mixed", [multipart("alternative", [
        text("Уважаемые коллеги!\n\nНаправляем информацию по государственным услугам Управления согласно Вашему письму № ЕКЦ-2027/090 от 20.01.2027 (файл во вложении).\n\nС уважением,\nА. Нурмагамбетов\n", "utf-8", "quoted-printable"),
        text(html, "utf-8", "quoted-printable", "html")], "alt_5e2a9f"), attach(att, xl)], "mix_5e2a9f")
    save(n, message([("From", addr("Нурмагамбетов Айдос", "aidos.nurmagambetov@almaty.gov.kz")), ("To", "ЕКЦ <info@ekc.gov.kz>".replace("ЕКЦ", "=?utf-8?b?0JXQmtCm?=")),
                     ("Subject", "Ответ на письмо ЕКЦ-2027/090"), ("Date", "Thu, 28 Jan 2027 11:48:02 +0500"),
                     ("Message-ID", "<7788aa01.5e2a9f@almaty.gov.kz>")], body))
    key(n, [{"part": att, "kind": "appendix1_form", "language": "ru",
             "services": [svc(r[0], r[1], r[2], None, r[3], "egov.kz", R) for r in rows],
             "executor": {"full_name": "Нурмагамбетов А.С.", "date": "2027-01-28"}}])
    ctx(n, ag, [(r[0], r[1]) for r in rows], "information", letter("ЕКЦ-2027/090", "2027-01-20", "Запрос информации по государственным услугам"),
        "store form data for three services")
    man(n, "appendix1_form", "ru", "eml+xlsx", "XLSX with an empty second sheet, column-number row as integers, empty regulation cells, legal disclaimer in the HTML cover")


@doc
def f12():
    n = "f12-anketa-uslugi-vertikalno.docx"
    ag = {"name": "Департамент юстиции Карагандинской области", "email": "dyu.karaganda@adilet.gov.kz", "bin": "950340002219"}
    s = ("00801015", "Государственная регистрация юридических лиц, учетная регистрация их филиалов и представительств",
         "Приказ Министра юстиции Республики Казахстан от 29 мая 2020 года № 66 «Об утверждении Правил оказания государственных услуг в сфере регистрации юридических лиц»",
         "Приказ Министра юстиции Республики Казахстан от 17 сентября 2026 года № 845")
    tbl = [["1. № государственной услуги в реестре", s[0]],
           ["2. Наименование государственной услуги", s[1]],
           ["3. Стандарт государственной услуги (реквизиты)", s[2]],
           ["4. Регламент государственной услуги (реквизиты)", "-"],
           ["5. Изменения нормативных правовых актов", s[3]],
           ["6. Интернет-ресурс", "www.adilet.gov.kz; www.egov.kz"],
           ["7. Ф.И.О., должность ответственного лица", "Ермекова Алия Тимуровна – главный специалист отдела регистрации юридических лиц\nтел. 8 (7212) 42-17-56\nermekova@adilet.gov.kz"]]
    blocks = [("p", "ДЕПАРТАМЕНТ ЮСТИЦИИ КАРАГАНДИНСКОЙ ОБЛАСТИ", {"bold": True, "align": "c"}),
              ("p", "100008, г. Караганда, ул. Бухар-Жырау, 47", {"align": "c", "size": 9}),
              ("br",),
              ("p", "Сведения о государственной услуге (приложение 1 к Правилам взаимодействия ЕКЦ)", {"bold": True, "align": "c"}),
              ("table", tbl, {"widths": [6, 11]}),
              ("br",),
              ("p", "Исполнитель: Ермекова А.Т."),
              ("p", "29 января 2027 года")]
    save(n, make_docx(blocks))
    key(n, [{"part": n, "kind": "appendix1_form", "language": "ru",
             "services": [svc(s[0], s[1], s[2], None, s[3], "www.adilet.gov.kz; www.egov.kz",
                              resp("Ермекова Алия Тимуровна", "главный специалист отдела регистрации юридических лиц", "ermekova@adilet.gov.kz", "87212421756"))],
             "executor": {"full_name": "Ермекова А.Т.", "date": "2027-01-29"}}])
    ctx(n, ag, [(s[0], s[1])], "information", letter("ЕКЦ-2027/093", "2027-01-21", "Запрос информации по государственной услуге 00801015"),
        "store form data for 00801015")
    man(n, "appendix1_form", "ru", "docx", "form turned on its side (field | value), numbered labels, two websites in one cell, date without 'Дата:' label")


@doc
def f13():
    n = "f13-tablica-s-citatoi.eml"
    ag = {"name": "ГУ «Управление занятости и социальных программ Восточно-Казахстанской области»", "email": "uzsp@vko.gov.kz", "bin": "990940001456"}
    std = "Приказ Министра труда и социальной защиты населения Республики Казахстан от 25 марта 2021 года № 84"
    rows = [
        ("02104006", "Назначение адресной социальной помощи", std),
        ("02104013", "Оформление документов на инвалидов для предоставления им санаторно-курортного лечения", "Приказ Министра труда и социальной защиты населения Республики Казахстан от 29 июня 2020 года № 250"),
        ("02104020", "Назначение жилищной помощи", "Приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 16 апреля 2020 года № 211"),
    ]
    c8 = ["Шайхисламова Камила Ринатовна, руководитель отдела социальной помощи, тел. 8 (7232) 26-54-80, k.shaikhislamova@vko.gov.kz",
          "Шайхисламова Камила Ринатовна, руководитель отдела социальной помощи, тел. 8 (7232) 26-54-80, k.shaikhislamova@vko.gov.kz",
          "Федоров Андрей Сергеевич, главный специалист, тел. 8 (7232) 26-54-91, a.fedorov@vko.gov.kz"]
    R = [resp("Шайхисламова Камила Ринатовна", "руководитель отдела социальной помощи", "k.shaikhislamova@vko.gov.kz", "87232265480")] * 2 + \
        [resp("Федоров Андрей Сергеевич", "главный специалист", "a.fedorov@vko.gov.kz", "87232265491")]
    tbl = html_table([HDR_RU] + [[str(i + 1), r[0], r[1], r[2], "", "", "egov.kz", c8[i]] for i, r in enumerate(rows)])
    inner = ('<div dir="ltr"><div>Добрый день.</div><div>Информация в табличном виде ниже:</div><br>' + tbl +
             '<br><div>Ф.И.О. ответственного исполнителя: Шайхисламова К.Р.</div><div>Дата: 01.02.2027</div><br>'
             '<div>-- <br>Шайхисламова К.Р.<br>УЗСП ВКО, г. Усть-Каменогорск</div><br>'
             '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">пт, 22 янв. 2027 г. в 15:10, Единый контакт-центр &lt;info@ekc.gov.kz&gt;:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             'Уважаемые коллеги!<br>В соответствии с пунктом 4 Правил взаимодействия просим представить информацию по государственным услугам '
             '02104006, 02104013, 02104020 по форме согласно приложению 1.<br>Исх. № ЕКЦ-2027/097 от 22.01.2027</blockquote></div></div>')
    body = multipart("alternative", [
        text("Добрый день.\nИнформация в табличном виде ниже (см. HTML-версию).\n\n-- \nШайхисламова К.Р.\n", "utf-8", "base64"),
        text(html_wrap(inner), "utf-8", "base64", "html")], "000000000000a1b2c3d4e5f60718")
    save(n, message([("From", addr("Камила Шайхисламова", "k.shaikhislamova@vko.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Re: Запрос информации по форме приложения 1"), ("Date", "Mon, 1 Feb 2027 09:05:37 +0500"),
                     ("Message-ID", "<CAF3kq1=ZxQ8mR2uV+o0pLd@mail.gmail.com>"), ("In-Reply-To", "<ekc-2027-097@ekc.gov.kz>")], body))
    key(n, [{"part": "body", "kind": "appendix1_form", "language": "ru",
             "services": [svc(r[0], r[1], r[2], None, None, "egov.kz", R[i]) for i, r in enumerate(rows)],
             "executor": {"full_name": "Шайхисламова К.Р.", "date": "2027-02-01"}}])
    ctx(n, ag, [(r[0], r[1]) for r in rows], "information", letter("ЕКЦ-2027/097", "2027-01-22", "Запрос информации по форме приложения 1"),
        "store form data for three services")
    man(n, "appendix1_form", "ru", "eml", "Gmail-style HTML table with the contact centre's request quoted below (registry numbers repeated in the quote)")


@doc
def f14():
    n = "f14-pismo-s-tablicei-akmola.docx"
    ag = {"name": "ГУ «Управление архитектуры и градостроительства Акмолинской области»", "email": "arh@akmola.gov.kz", "bin": "060240010087"}
    a = ("01204011", "Выдача архитектурно-планировочного задания",
         "Приказ Министра национальной экономики Республики Казахстан от 30 ноября 2015 года № 750 «Об утверждении Правил организации застройки и прохождения разрешительных процедур в сфере строительства»",
         "Приказ Министра промышленности и строительства Республики Казахстан от 14 августа 2026 года № 355")
    b = ("01204016", "Выдача технических условий на подключение к сетям инженерно-технического обеспечения",
         "Приказ Министра национальной экономики Республики Казахстан от 30 ноября 2015 года № 750", None)
    blocks = [("p", "«АҚМОЛА ОБЛЫСЫНЫҢ СӘУЛЕТ ЖӘНЕ ҚАЛА ҚҰРЫЛЫСЫ БАСҚАРМАСЫ» ММ\nГУ «УПРАВЛЕНИЕ АРХИТЕКТУРЫ И ГРАДОСТРОИТЕЛЬСТВА АКМОЛИНСКОЙ ОБЛАСТИ»", {"bold": True, "align": "c", "size": 10}),
              ("p", "020000, г. Кокшетау, ул. Абая, 96, тел. 8 (7162) 29-51-00", {"align": "c", "size": 9}),
              ("p", "Исх. № 04-11/88 от 02.02.2027"),
              ("p", "Единый контакт-центр", {"align": "r"}),
              ("p", "На № ЕКЦ-2027/101 от 25.01.2027", {"italic": True}),
              ("p", "Управление архитектуры и градостроительства Акмолинской области направляет сведения о государственных услугах "
                    "по форме согласно приложению 1 к Правилам взаимодействия Единого контакт-центра.", {"align": "j"}),
              ("table", [HDR_RU,
                         ["1", a[0], a[1], a[2], "нет", a[3], "www.egov.kz",
                          "Главный специалист отдела градостроительного контроля Нуриева Ляззат Ергалиевна, 8 701 555 20 14, l.nurieva@akmola.gov.kz"],
                         ["2", b[0], b[1], b[2], "нет", "", "www.egov.kz",
                          "Руководитель отдела Байтасов Ерик Маратович, 8 (7162) 29-51-07, e.baytasov@akmola.gov.kz"]], {"bold_rows": [0], "size": 8}),
              ("br",),
              ("p", "Руководитель управления                                   А. Смагулов"),
              ("br",),
              ("p", "Ф.И.О. ответственного исполнителя: Нуриева Ляззат Ергалиевна", {"size": 9}),
              ("p", "Дата: «2» февраля 2027 г.", {"size": 9})]
    save(n, make_docx(blocks, landscape_=True))
    key(n, [{"part": n, "kind": "appendix1_form", "language": "ru",
             "services": [svc(a[0], a[1], a[2], "нет", a[3], "www.egov.kz", resp("Нуриева Ляззат Ергалиевна", "Главный специалист отдела градостроительного контроля", "l.nurieva@akmola.gov.kz", "87015552014")),
                          svc(b[0], b[1], b[2], "нет", None, "www.egov.kz", resp("Байтасов Ерик Маратович", "Руководитель отдела", "e.baytasov@akmola.gov.kz", "87162295107"))],
             "executor": {"full_name": "Нуриева Ляззат Ергалиевна", "date": "2027-02-02"}}])
    kf = json.load(open(os.path.join(OUT, n + ".expected.json"), encoding="utf-8"))
    for sv in kf["documents"][0]["services"]:
        del sv["regulation"]  # 'нет' in the source: a reader may keep it or null it, so it is not keyed
    key(n, kf["documents"])
    ctx(n, ag, [(a[0], a[1]), (b[0], b[1])], "information", letter("ЕКЦ-2027/101", "2027-01-25", "Запрос информации по государственным услугам"),
        "store form data for two services")
    man(n, "appendix1_form", "ru", "docx", "covering letter and form in one DOCX with a bilingual letterhead; column 8 puts the position before the name; regulation written as 'нет'")


# ======================================================================
# APPOINTMENTS (p.5) -- keyed as responsible_change with previous_responsible null
# ======================================================================
def appt_key(n, part, lang, r, regs, eff=None, with_eff=True):
    d = {"part": part, "kind": "responsible_change"}
    if lang:
        d["language"] = lang
    d["responsible"] = r
    d["previous_responsible"] = None
    if with_eff:
        d["effective_date"] = eff
    if regs is not None:
        d["services"] = [{"registry_number": x} for x in regs]
    key(n, [d])


@doc
def a01():
    n = "a01-naznachenie-kasymov.eml"
    ag = {"name": "Комитет государственных доходов Министерства финансов Республики Казахстан", "email": "kgd@kgd.minfin.gov.kz", "bin": "990140003265"}
    t = ("Уважаемые коллеги!\n\n"
         "В ответ на Ваш запрос от 25.01.2027 № ЕКЦ-2027/104 сообщаем, что ответственным лицом за представление информации "
         "в Единый контакт-центр и проведение обучения по государственной услуге 00604012 «Регистрационный учет "
         "налогоплательщиков» назначен Касымов Бахытжан Ерланович, главный специалист Управления администрирования "
         "налогоплательщиков.\n\n"
         "Контакты: тел. +7 (7172) 71-82-44, e-mail: b.kasymov@kgd.minfin.gov.kz\n\n"
         "Информация по форме приложения 1 будет направлена в установленный срок.\n\n"
         "С уважением,\nУправление администрирования налогоплательщиков КГД МФ РК\n")
    save(n, message([("From", addr("КГД МФ РК, канцелярия", "kgd@kgd.minfin.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "О назначении ответственного лица (на № ЕКЦ-2027/104)"), ("Date", "Thu, 28 Jan 2027 15:31:09 +0500"),
                     ("Message-ID", "<kgd.28012027.153109@kgd.minfin.gov.kz>")], text(t, "utf-8", "8bit")))
    appt_key(n, "body", "ru", resp("Касымов Бахытжан Ерланович", "главный специалист Управления администрирования налогоплательщиков",
                                    "b.kasymov@kgd.minfin.gov.kz", "+77172718244"), ["00604012"])
    ctx(n, ag, [("00604012", "Регистрационный учет налогоплательщиков")], "appointment",
        letter("ЕКЦ-2027/104", "2027-01-25", "Запрос о назначении ответственного лица и представлении информации"),
        "record Касымов Б.Е. as responsible for 00604012; now wait for the form")
    man(n, "responsible_change (appointment)", "ru", "eml", "plain utf-8 8bit; person named before the phone and e-mail line; promise of the form later")


@doc
def a02():
    n = "a02-tagaiyndau-omarova.eml"
    ag = {"name": "Қызылорда облысы әкімдігінің мәдениет басқармасы", "email": "madeniet@kyzylorda.gov.kz", "bin": "040540020013"}
    t = ("Бірыңғай байланыс орталығына\n\n"
         "2027 жылғы 26 қаңтардағы № ЕКЦ-2027/108 хатыңызға жауап ретінде хабарлаймыз: басқарма басшысының 2027 жылғы 28 қаңтардағы "
         "№ 12-ж бұйрығымен мұрағат және құжаттама бөлімінің бас маманы Омарова Әсел Бақытжанқызын «Мұрағаттық анықтама беру» "
         "(тізілімдегі № 00703004) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беруге және "
         "оқыту өткізуге жауапты тұлға етіп тағайындады.\n\n"
         "Байланыс телефоны: 8 (7242) 40-12-35\nЭл. пошта: a.omarova@kyzylorda.gov.kz\n\n"
         "Құрметпен,\nбасшының орынбасары Д. Әлімбеков\n")
    save(n, message([("From", "madeniet@kyzylorda.gov.kz"), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Жауапты тұлғаны тағайындау туралы"), ("Date", "Fri, 29 Jan 2027 10:02:44 +0500"),
                     ("Message-ID", "<20270129050244.3311@kyzylorda.gov.kz>")], text(t, "utf-8", "base64")))
    appt_key(n, "body", "kk", resp("Омарова Әсел Бақытжанқызы", "мұрағат және құжаттама бөлімінің бас маманы", "a.omarova@kyzylorda.gov.kz", "87242401235"),
             ["00703004"], with_eff=False)
    ctx(n, ag, [("00703004", "Мұрағаттық анықтама беру")], "appointment",
        letter("ЕКЦ-2027/108", "2027-01-26", "Жауапты тұлғаны тағайындау және ақпарат беру туралы"),
        "record Омарова Ә.Б. as responsible for 00703004")
    man(n, "responsible_change (appointment)", "kk", "eml", "Kazakh accusative on the patronymic (Бақытжанқызын), an order date that is not an effective date")


@doc
def a03():
    n = "a03-otvetstvennyi-zhaksylykova.txt"
    ag = {"name": "ГУ «Управление образования города Астаны»", "email": "uo@astana.gov.kz", "bin": "000340002988"}
    t = ("ГУ «Управление образования города Астаны»\n"
         "010000, г. Астана, ул. Бейбитшилик, 11\n\n"
         "Исх. № 01-19/1142\n"
         "от 29.01.2027\n\n"
         "                                              Директору Единого контакт-центра\n\n"
         "На № ЕКЦ-2027/110 от 27.01.2027\n\n"
         "Управление образования города Астаны, рассмотрев запрос Единого контакт-центра, в соответствии с пунктом 5 Правил "
         "взаимодействия сообщает о назначении ответственным лицом по государственным услугам:\n"
         "  - 07201004 «Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации»;\n"
         "  - 07201009 «Прием документов и зачисление детей в дошкольные организации образования»\n"
         "методиста отдела дошкольного образования Жаксылыкову Айгерим Нурлановну (тел.: 8 (7172) 55-71-19, "
         "моб. 8 747 310 22 58, e-mail: a.zhaksylykova@astana.gov.kz).\n\n"
         "Руководитель управления                                     Б. Есенжолов\n\n"
         "Исп.: Жаксылыкова А.Н.\nтел. 55-71-19\n")
    save(n, t)
    appt_key(n, n, "ru", nopos("Жаксылыкова Айгерим Нурлановна", "a.zhaksylykova@astana.gov.kz", "87172557119"),
             ["07201004", "07201009"], with_eff=False)
    ctx(n, ag, [("07201004", "Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации"),
                ("07201009", "Прием документов и зачисление детей в дошкольные организации образования")], "appointment",
        letter("ЕКЦ-2027/110", "2027-01-27", "О назначении ответственного лица"),
        "record Жаксылыкова А.Н. as responsible for two services")
    man(n, "responsible_change (appointment)", "ru", "txt", "name in the accusative, two phones (work first, mobile second), executor line repeats the surname with initials")


@doc
def a04():
    n = "a04-zhauapty-tulga-zhambyl.txt"
    ag = {"name": "Жамбыл облысы әкімдігінің ауыл шаруашылығы басқармасы", "email": "agro@zhambyl.gov.kz", "bin": "990640007721"}
    t = ("ЖАМБЫЛ ОБЛЫСЫ ӘКІМДІГІНІҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ\n"
         "080000, Тараз қ., Абай даңғылы, 125\n\n"
         "2027 жылғы 1 ақпан № 03-07/311\n\n"
         "Бірыңғай байланыс орталығы\n\n"
         "Сіздің 2027 жылғы 27 қаңтардағы № ЕКЦ-2027/112 хатыңызға\n\n"
         "Қағидалардың 5-тармағына сәйкес «Асыл тұқымды мал шаруашылығын дамытуды субсидиялау» (№ 00501031) және "
         "«Тыңайтқыштардың құнын субсидиялау» (№ 00501037) мемлекеттік көрсетілетін қызметтері бойынша жауапты тұлға – "
         "мал шаруашылығы бөлімінің басшысы Әбішев Нұрсұлтан Серікұлы.\n\n"
         "Байланыс деректері:\n"
         "тел.: +7 (7262) 43-18-05\n"
         "e-mail: n.abishev@zhambyl.gov.kz\n\n"
         "Басқарма басшысы                         Қ. Тұрсынбаев\n")
    save(n, t)
    appt_key(n, n, "kk", resp("Әбішев Нұрсұлтан Серікұлы", "мал шаруашылығы бөлімінің басшысы", "n.abishev@zhambyl.gov.kz", "+77262431805"),
             ["00501031", "00501037"], with_eff=False)
    ctx(n, ag, [("00501031", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау"), ("00501037", "Тыңайтқыштардың құнын субсидиялау")], "appointment",
        letter("ЕКЦ-2027/112", "2027-01-27", "Жауапты тұлғаны тағайындау туралы"),
        "record Әбішев Н.С. as responsible for two services")
    man(n, "responsible_change (appointment)", "kk", "txt", "Kazakh letterhead with the date '2027 жылғы 1 ақпан' and outgoing number on one line; contacts on separate labelled lines")


@doc
def a05():
    n = "a05-pismo-pak-minenergo.docx"
    ag = {"name": "Комитет атомного и энергетического надзора и контроля Министерства энергетики Республики Казахстан", "email": "kaenk@energo.gov.kz", "bin": "140440015530"}
    blocks = [("p", "МИНИСТЕРСТВО ЭНЕРГЕТИКИ РЕСПУБЛИКИ КАЗАХСТАН\nКОМИТЕТ АТОМНОГО И ЭНЕРГЕТИЧЕСКОГО НАДЗОРА И КОНТРОЛЯ", {"bold": True, "align": "c"}),
              ("p", "010000, Астана, пр. Кабанбай батыра, 19, блок «А»; тел. 8 (7172) 78-69-00", {"align": "c", "size": 9}),
              ("table", [["02.02.2027 № 27-04/556-И", "Единый контакт-центр\nпо вопросам оказания государственных услуг"]], {}),
              ("br",),
              ("p", "О назначении ответственного лица", {"bold": True}),
              ("p", "На Ваше письмо от 28 января 2027 года № ЕКЦ-2027/115 сообщаем следующее.", {"align": "j"}),
              ("p", "Обязанности по представлению информации и проведению обучения сотрудников Единого контакт-центра по "
                    "государственной услуге «Выдача лицензии на деятельность по производству электрической энергии» "
                    "(регистрационный номер в Реестре государственных услуг 01101006) возложены на ведущего специалиста "
                    "Управления разрешительных процедур Пак Валентину Игоревну.", {"align": "j"}),
              ("p", "Телефон: 8 (7172) 78-69-31, электронный адрес: v.pak@energo.gov.kz.", {"align": "j"}),
              ("br",),
              ("p", "Заместитель председателя                                    Н. Куанышев", {"bold": True}),
              ("br",),
              ("p", "Исп. Пак В.И., 78-69-31", {"size": 8})]
    save(n, make_docx(blocks))
    appt_key(n, n, "ru", nopos("Пак Валентина Игоревна", "v.pak@energo.gov.kz", "87172786931"),
             ["01101006"], with_eff=False)
    ctx(n, ag, [("01101006", "Выдача лицензии на деятельность по производству электрической энергии")], "appointment",
        letter("ЕКЦ-2027/115", "2027-01-28", "О назначении ответственного лица"),
        "record Пак В.И. as responsible for 01101006")
    man(n, "responsible_change (appointment)", "ru", "docx", "'обязанности возложены на ... Пак Валентину Игоревну' (accusative, indeclinable surname), number/date in a borderless-looking table cell")


@doc
def a06():
    n = "a06-outlook-tri-uslugi.eml"
    ag = {"name": "ГУ «Управление природных ресурсов и регулирования природопользования Западно-Казахстанской области»", "email": "priroda@zko.gov.kz", "bin": "050140004412"}
    inner = ('<p class="MsoNormal">Здравствуйте!<o:p></o:p></p>'
             '<p class="MsoNormal">Сообщаем, что по государственным услугам, указанным в Вашем письме от 29.01.2027 № ЕКЦ-2027/118:<o:p></o:p></p>'
             '<ul><li>01704002 — Выдача разрешения на эмиссии в окружающую среду для объектов II категории;</li>'
             '<li>01704009 — Выдача разрешения на специальное водопользование;</li>'
             '<li>01704015 — Выдача разрешения на пользование животным миром,</li></ul>'
             '<p class="MsoNormal">ответственным лицом за взаимодействие с Единым контакт-центром определён:<o:p></o:p></p>'
             '<table border="0" cellpadding="2"><tr><td><b>ФИО</b></td><td>Утегенов Ринат Жумабекович</td></tr>'
             '<tr><td><b>Должность</b></td><td>главный специалист отдела экологического регулирования</td></tr>'
             '<tr><td><b>Телефон</b></td><td>8 (7112) 24-08-66, внутр. 112</td></tr>'
             '<tr><td><b>E-mail</b></td><td><a href="mailto:R.Utegenov@zko.gov.kz">R.Utegenov@zko.gov.kz</a></td></tr></table>'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
             '<p class="MsoNormal"><span style="color:#1F497D">С уважением,<br>отдел экологического регулирования<br>г. Уральск, ул. Достык-Дружба, 186</span><o:p></o:p></p>')
    save(n, message([("From", addr("Утегенов Ринат", "R.Utegenov@zko.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Ответственное лицо по гос.услугам УПРиРП ЗКО"), ("Date", "Mon, 1 Feb 2027 16:44:20 +0500"),
                     ("Message-ID", "<DB7PR01MB4912A1C3@DB7PR01MB4912.eurprd01.prod.outlook.com>"), ("X-Mailer", "Microsoft Outlook 16.0")],
                    text(html_wrap(inner, outlook=True), "utf-8", "quoted-printable", "html")))
    appt_key(n, "body", "ru", resp("Утегенов Ринат Жумабекович", "главный специалист отдела экологического регулирования", "r.utegenov@zko.gov.kz", None),
             ["01704002", "01704009", "01704015"], with_eff=False)
    # the phone carries an extension; key only the fields that are certain
    kf = json.load(open(os.path.join(OUT, n + ".expected.json"), encoding="utf-8"))
    del kf["documents"][0]["responsible"]["phone"]
    key(n, kf["documents"])
    ctx(n, ag, [("01704002", "Выдача разрешения на эмиссии в окружающую среду для объектов II категории"),
                ("01704009", "Выдача разрешения на специальное водопользование"), ("01704015", "Выдача разрешения на пользование животным миром")],
        "appointment", letter("ЕКЦ-2027/118", "2027-01-29", "О назначении ответственного лица"),
        "record Утегенов Р.Ж. as responsible for three services")
    man(n, "responsible_change (appointment)", "ru", "eml", "HTML-only Outlook body; person given as a label/value table; e-mail in mixed case; phone with an extension (not keyed)")


@doc
def a07():
    n = "a07-hat-tirkeme-kostanai-ekologiya.eml"
    att = "hat_zhauapty_tulga.docx"
    ag = {"name": "Қостанай облысы әкімдігінің табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "email": "tabigat@kostanay.gov.kz", "bin": "070640013390"}
    dx = make_docx([("p", "ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІНІҢ ТАБИҒИ РЕСУРСТАР ЖӘНЕ ТАБИҒАТ ПАЙДАЛАНУДЫ РЕТТЕУ БАСҚАРМАСЫ", {"bold": True, "align": "c", "size": 10}),
                    ("p", "УПРАВЛЕНИЕ ПРИРОДНЫХ РЕСУРСОВ И РЕГУЛИРОВАНИЯ ПРИРОДОПОЛЬЗОВАНИЯ АКИМАТА КОСТАНАЙСКОЙ ОБЛАСТИ", {"bold": True, "align": "c", "size": 10}),
                    ("p", "№ 05-12/207   02.02.2027"),
                    ("p", "Единый контакт-центр", {"align": "r"}),
                    ("p", "На № ЕКЦ-2027/119 от 29.01.2027"),
                    ("p", "Управление сообщает, что ответственным лицом за представление информации и проведение обучения по государственной "
                          "услуге «Выдача разрешения на использование объектов животного мира» (№ 01704021) назначен главный специалист "
                          "отдела охраны животного мира Ахметжанов Талгат Ерикович.", {"align": "j"}),
                    ("p", "Тел.: 8 (7142) 53-70-28; e-mail: t.akhmetzhanov@kostanay.gov.kz", {"align": "j"}),
                    ("br",),
                    ("p", "Руководитель управления                      М. Жунусов")])
    cover = ("Қайырлы күн!\nДобрый день!\n\nЖауапты тұлға туралы хатты қоса жолдаймыз.\nНаправляем письмо об ответственном лице (во вложении).\n\n"
             "Құрметпен / С уважением,\nкеңсе / канцелярия\n")
    body = multipart("mixed", [text(cover, "utf-8", "quoted-printable"), attach(att, dx)], "_004_tabigat_20270202")
    save(n, message([("From", addr("Кеңсе", "tabigat@kostanay.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Хат / Письмо № 05-12/207"), ("Date", "Tue, 2 Feb 2027 11:12:00 +0500"),
                     ("Message-ID", "<b2c7e1aa90@kostanay.gov.kz>")], body))
    appt_key(n, att, "ru", resp("Ахметжанов Талгат Ерикович", "главный специалист отдела охраны животного мира", "t.akhmetzhanov@kostanay.gov.kz", "87142537028"),
             ["01704021"], with_eff=False)
    ctx(n, ag, [("01704021", "Выдача разрешения на использование объектов животного мира")], "appointment",
        letter("ЕКЦ-2027/119", "2027-01-29", "О назначении ответственного лица"),
        "record Ахметжанов Т.Е. as responsible for 01704021")
    man(n, "responsible_change (appointment)", "kk+ru", "eml+docx", "bilingual covering note; the letter itself (Russian, bilingual letterhead) is the DOCX attachment")


@doc
def a08():
    n = "a08-prikaz-ibraev.pdf"
    ag = {"name": "ГУ «Аппарат акима района Байдибек Туркестанской области»", "email": "apparat@baidibek.turkistan.gov.kz", "bin": "990840010254"}
    blocks = [("p", "ГУ «Аппарат акима района Байдибек»", "b"),
              ("p", "Исх. № 02-5/94 от 3 февраля 2027 года"),
              ("p", "Руководителю Единого контакт-центра", "r"),
              ("sp", 10),
              ("p", "Касательно письма ЕКЦ-2027/121 от 29 января 2027 года.\n\n"
                    "Распоряжением акима района от 2 февраля 2027 года № 18-р ответственным за представление информации в Единый "
                    "контакт-центр по государственным услугам «Выдача справки о наличии личного подсобного хозяйства» (00502003) и "
                    "«Выдача архивных справок» (00703012) определен Ибраев Марат Кайратович, заведующий сектором документационного "
                    "обеспечения аппарата акима района.\n\nКонтактные данные: 8 (72548) 2-14-60, ibraev.m@baidibek.turkistan.gov.kz."),
              ("sp", 20),
              ("p", "Руководитель аппарата                                        С. Умбетов")]
    save(n, make_pdf(blocks, size=11))
    appt_key(n, n, "ru", resp("Ибраев Марат Кайратович", "заведующий сектором документационного обеспечения аппарата акима района",
                              "ibraev.m@baidibek.turkistan.gov.kz", "87254821460"), ["00502003", "00703012"], with_eff=False)
    ctx(n, ag, [("00502003", "Выдача справки о наличии личного подсобного хозяйства"), ("00703012", "Выдача архивных справок")], "appointment",
        letter("ЕКЦ-2027/121", "2027-01-29", "О назначении ответственного лица"),
        "record Ибраев М.К. as responsible for two services")
    man(n, "responsible_change (appointment)", "ru", "pdf", "PDF letter; registry numbers in brackets after the service names; five-digit district phone code")


@doc
def a09():
    n = "a09-koi8-guseinova.eml"
    ag = {"name": "ГУ «Отдел регистрации актов гражданского состояния города Караганды»", "email": "zags@karaganda.gov.kz", "bin": "010640009918"}
    t = ("Добрый день!\n\n"
         "По Вашему запросу от 01.02.2027 ЕКЦ-2027/125 по услуге 00804007 \"Регистрация заключения брака (супружества)\" "
         "просим все вопросы и запросы направлять ответственному лицу - Гусейновой Лейле Рашидовне, главному специалисту "
         "отдела ЗАГС г. Караганды.\n"
         "Тел. 8-7212-41-33-09\n"
         "Почта: l.guseinova@karaganda.gov.kz\n\n"
         "С уважением,\nрук. отдела Ж. Бейсенова\n")
    save(n, message([("From", "zags@karaganda.gov.kz"), ("To", "info@ekc.gov.kz"),
                     ("Subject", "otvetstvennoe lico 00804007"), ("Date", "Wed, 3 Feb 2027 09:41:18 +0500"),
                     ("Message-ID", "<3f1a.0203.zags@karaganda.gov.kz>"), ("X-Mailer", "The Bat! (v9.4.5) Professional")],
                    text(t, "koi8-r", "8bit")))
    appt_key(n, "body", "ru", nopos("Гусейнова Лейла Рашидовна", "l.guseinova@karaganda.gov.kz", "87212413309"),
             ["00804007"], with_eff=False)
    ctx(n, ag, [("00804007", "Регистрация заключения брака (супружества)")], "appointment",
        letter("ЕКЦ-2027/125", "2027-02-01", "О назначении ответственного лица"),
        "record Гусейнова Л.Р. as responsible for 00804007")
    man(n, "responsible_change (appointment)", "ru", "eml", "koi8-r 8bit body, transliterated subject, name and position in the dative")


@doc
def a10():
    n = "a10-ministerstvo-tlauberdiev.txt"
    ag = {"name": "Министерство туризма и спорта Республики Казахстан", "email": "kense@mts.gov.kz", "bin": "230140021185"}
    t = ("МИНИСТЕРСТВО ТУРИЗМА И СПОРТА РЕСПУБЛИКИ КАЗАХСТАН\n"
         "Департамент государственных услуг\n\n"
         "04.02.2027 № 07-2-14/1203\n\n"
         "Единому контакт-центру\n(на исх. № ЕКЦ-2027/126 от 01.02.2027)\n\n"
         "Министерство туризма и спорта Республики Казахстан во исполнение пункта 5 Правил взаимодействия Единого контакт-центра "
         "сообщает о назначении ответственным лицом главного эксперта Департамента государственных услуг Тлеубердиева Нурлана "
         "Аскаровича по следующим государственным услугам:\n\n"
         "1) 02302001 — Присвоение спортивных званий «Мастер спорта Республики Казахстан международного класса», «Мастер спорта Республики Казахстан»;\n"
         "2) 02302004 — Присвоение квалификационных категорий тренерам, методистам, инструкторам-методистам;\n"
         "3) 02302011 — Выдача лицензии на туроператорскую деятельность;\n"
         "4) 02302015 — Включение в государственный реестр туристских маршрутов и троп.\n\n"
         "Контакты ответственного лица: +7 (7172) 74-05-83, nurlan.tleuberdiyev@mts.gov.kz\n\n"
         "Директор департамента                                   А. Бекмуратова\n\n"
         "Исп. Тлеубердиев Н.А.\n")
    save(n, t)
    appt_key(n, n, "ru", nopos("Тлеубердиев Нурлан Аскарович", "nurlan.tleuberdiyev@mts.gov.kz", "+77172740583"),
             ["02302001", "02302004", "02302011", "02302015"], with_eff=False)
    ctx(n, ag, [("02302001", "Присвоение спортивных званий"), ("02302004", "Присвоение квалификационных категорий тренерам, методистам, инструкторам-методистам"),
                ("02302011", "Выдача лицензии на туроператорскую деятельность"), ("02302015", "Включение в государственный реестр туристских маршрутов и троп")],
        "appointment", letter("ЕКЦ-2027/126", "2027-02-01", "О назначении ответственного лица"),
        "record Тлеубердиев Н.А. as responsible for four services")
    man(n, "responsible_change (appointment)", "ru", "txt", "name in the genitive ('назначении ... Тлеубердиева Нурлана Аскаровича') split across lines; four services")


@doc
def a11():
    n = "a11-html-serikbaev-shygys.eml"
    ag = {"name": "Шығыс Қазақстан облысының жолаушылар көлігі және автомобиль жолдары басқармасы", "email": "zholdar@vko.gov.kz", "bin": "060140015522"}
    inner = ("<p>Құрметті Бірыңғай байланыс орталығы!</p>"
             "<p>2027 жылғы 2 ақпандағы № ЕКЦ-2027/128 сұрау салуыңызға жауап ретінде «Халықаралық автомобиль тасымалдарына рұқсат беру» "
             "(№ 00302040) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға туралы мәліметті жолдаймыз:</p>"
             "<p><b>Серікбаев Ерболат Қанатұлы</b><br>автомобиль тасымалдары бөлімінің жетекші маманы<br>"
             "тел.: 8 (7232) 57-30-14<br>e-mail: <a href=\"mailto:e.serikbayev@vko.gov.kz\">e.serikbayev@vko.gov.kz</a></p>"
             "<p>Құрметпен,<br>басқарма</p><p style=\"color:#888;font-size:9px\">Жіберілді: iPhone арқылы</p>")
    save(n, message([("From", addr("Серікбаев Ерболат", "e.serikbayev@vko.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Жауапты тұлға – 00302040"), ("Date", "Thu, 4 Feb 2027 18:20:05 +0500"),
                     ("Message-ID", "<5C9E2D4B-11AA-4F0E-9D8C-7B3E5A6F0C12@vko.gov.kz>")],
                    text(html_wrap(inner), "utf-8", "base64", "html")))
    appt_key(n, "body", "kk", resp("Серікбаев Ерболат Қанатұлы", "автомобиль тасымалдары бөлімінің жетекші маманы", "e.serikbayev@vko.gov.kz", "87232573014"),
             ["00302040"], with_eff=False)
    ctx(n, ag, [("00302040", "Халықаралық автомобиль тасымалдарына рұқсат беру")], "appointment",
        letter("ЕКЦ-2027/128", "2027-02-02", "Жауапты тұлғаны тағайындау туралы"),
        "record Серікбаев Е.Қ. as responsible for 00302040")
    man(n, "responsible_change (appointment)", "kk", "eml", "HTML-only Kazakh body, name in bold on its own line, position without a label, iPhone footer in Kazakh")


@doc
def a12():
    n = "a12-buiryk-nurlanova.docx"
    ag = {"name": "Ақтөбе қаласы әкімдігінің жер қатынастары бөлімі", "email": "zher@aktobe.gov.kz", "bin": "080240016634"}
    blocks = [("p", "«АҚТӨБЕ ҚАЛАСЫНЫҢ ЖЕР ҚАТЫНАСТАРЫ БӨЛІМІ» ММ", {"bold": True, "align": "c"}),
              ("p", "030000, Ақтөбе қ., Әбілқайыр хан даңғылы, 40", {"align": "c", "size": 9}),
              ("p", "Шығ. № 16/385                                                  2027 жылғы «5» ақпан"),
              ("br",),
              ("p", "Бірыңғай байланыс орталығына", {"align": "r", "bold": True}),
              ("p", "Бөлім Сіздің 2027 жылғы 2 ақпандағы № ЕКЦ-2027/130 хатыңызды қарап, мынаны хабарлайды.", {"align": "j"}),
              ("p", "«Жер учаскесіне құқық беру» (тізілімдегі нөмірі 01415007) және «Жер учаскесінің бөлінуі мен бөлінбейтіндігін "
                    "айқындау» (тізілімдегі нөмірі 01415023) мемлекеттік көрсетілетін қызметтері бойынша Бірыңғай байланыс орталығымен "
                    "өзара іс-қимылға жауапты тұлға болып жер кадастры секторының бас маманы Нұрланова Мадина Ержанқызы белгіленді.", {"align": "j"}),
              ("table", [["Телефон", "+7 (7132) 55-81-09"], ["Ұялы", "+7 702 418 90 33"], ["Эл. пошта", "m.nurlanova@aktobe.gov.kz"]], {"widths": [4, 8]}),
              ("br",),
              ("p", "Бөлім басшысы                                   Б. Жаңабаев", {"bold": True})]
    save(n, make_docx(blocks))
    appt_key(n, n, "kk", resp("Нұрланова Мадина Ержанқызы", "жер кадастры секторының бас маманы", "m.nurlanova@aktobe.gov.kz", "+77132558109"),
             ["01415007", "01415023"], with_eff=False)
    ctx(n, ag, [("01415007", "Жер учаскесіне құқық беру"), ("01415023", "Жер учаскесінің бөлінуі мен бөлінбейтіндігін айқындау")], "appointment",
        letter("ЕКЦ-2027/130", "2027-02-02", "Жауапты тұлғаны тағайындау туралы"),
        "record Нұрланова М.Е. as responsible for two services")
    man(n, "responsible_change (appointment)", "kk", "docx", "Kazakh letter, date '2027 жылғы «5» ақпан' next to the outgoing number, contacts in a small table with two phones (office phone keyed)")


# ======================================================================
# RESPONSIBLE CHANGE (p.7)
# ======================================================================
def rc_key(n, part, lang, new, prev, eff, regs):
    d = {"part": part, "kind": "responsible_change"}
    if lang:
        d["language"] = lang
    d["responsible"] = new
    d["previous_responsible"] = prev
    d["effective_date"] = eff
    if regs is not None:
        d["services"] = [{"registry_number": x} for x in regs]
    key(n, [d])


@doc
def r01():
    n = "r01-zamena-s-1-fevralya.eml"
    ag = {"name": "Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан", "email": "kds@mps.gov.kz", "bin": "040740005561"}
    t = ("Уважаемые коллеги!\n\n"
         "Уведомляем, что с 1 февраля ответственным лицом за взаимодействие с Единым контакт-центром по государственной услуге "
         "01204003 «Выдача лицензии на изыскательскую деятельность» вместо Сулейменова Армана Болатовича (переведен в другое "
         "структурное подразделение) является главный эксперт Управления лицензирования Досмагамбетова Индира Муратовна.\n\n"
         "Тел.: 8 (7172) 64-23-90\nE-mail: i.dosmagambetova@mps.gov.kz\n\n"
         "Просим учесть при дальнейшей работе.\n\n"
         "С уважением,\nЗаместитель руководителя Управления лицензирования\nГ. Оразбекова\n"
         "Исх. № 22-07/118 от 29.01.2027\n")
    save(n, message([("From", addr("Оразбекова Гульмира", "g.orazbekova@mps.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Cc", "i.dosmagambetova@mps.gov.kz"),
                     ("Subject", "О замене ответственного лица (услуга 01204003)"), ("Date", "Fri, 29 Jan 2027 12:00:31 +0500"),
                     ("Message-ID", "<kds-22-07-118@mps.gov.kz>")], text(t, "utf-8", "quoted-printable")))
    rc_key(n, "body", "ru", resp("Досмагамбетова Индира Муратовна", "главный эксперт Управления лицензирования", "i.dosmagambetova@mps.gov.kz", "87172642390"),
           {"full_name": "Сулейменов Арман Болатович"}, "2027-02-01", ["01204003"])
    ctx(n, ag, [("01204003", "Выдача лицензии на изыскательскую деятельность")], "consulting", None,
        "replace the responsible person for 01204003 from 2027-02-01")
    man(n, "responsible_change", "ru", "eml", "'с 1 февраля' without a year (letter of 29.01.2027); previous person in the genitive after 'вместо'; signer differs from the new person")


@doc
def r02():
    n = "r02-uvolnenie-serikova.txt"
    ag = {"name": "ГУ «Управление здравоохранения Павлодарской области»", "email": "uz@pavlodar.gov.kz", "bin": "991140002260"}
    t = ("Управление здравоохранения Павлодарской области\n"
         "исх. 04-2/517 от 05.02.2027\n\n"
         "В Единый контакт-центр\n\n"
         "Об изменении ответственного лица\n\n"
         "В связи с увольнением Сериковой Дании Маратовны, ранее назначенной ответственным лицом по государственным услугам "
         "00901001 «Выдача лицензии на медицинскую деятельность» и 00901003 «Выдача лицензии на фармацевтическую деятельность», "
         "сообщаем, что с 08.02.2027 ответственным лицом является Шевченко Максим Олегович, главный специалист отдела "
         "лицензирования (тел. 8 (7182) 32-77-41, m.shevchenko@pavlodar.gov.kz).\n\n"
         "Руководитель управления                    Т. Абылкасымов\n")
    save(n, t)
    rc_key(n, n, "ru", resp("Шевченко Максим Олегович", "главный специалист отдела лицензирования", "m.shevchenko@pavlodar.gov.kz", "87182327741"),
           {"full_name": "Серикова Дания Маратовна"}, "2027-02-08", ["00901001", "00901003"])
    ctx(n, ag, [("00901001", "Выдача лицензии на медицинскую деятельность"), ("00901003", "Выдача лицензии на фармацевтическую деятельность")],
        "consulting", None, "replace the responsible person for two services from 2027-02-08")
    man(n, "responsible_change", "ru", "txt", "previous person first, in the genitive; effective date '08.02.2027' differs from the letter date")


@doc
def r03():
    n = "r03-auystyru-beketova.eml"
    ag = {"name": "Солтүстік Қазақстан облысы әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "email": "enbek@sko.gov.kz", "bin": "040940012273"}
    t = ("Құрметті әріптестер!\n\n"
         "Алмагүл Бекетованың басқа жұмысқа ауысуына байланысты 2027 жылғы 10 ақпаннан бастап «Атаулы әлеуметтік көмек тағайындау» "
         "(№ 02104006) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға – "
         "әлеуметтік көмек бөлімінің бас маманы Тоқтарова Гүлжан Әділбекқызы.\n\n"
         "Тел.: 8 (7152) 46-90-12\n"
         "Эл. пошта: g.toktarova@sko.gov.kz\n\n"
         "Құрметпен,\nбөлім басшысы А. Мұқанов\n\n"
         "Шығ. № 07-04/233, 2027 жылғы 8 ақпан\n")
    save(n, message([("From", addr("Мұқанов Арман", "a.mukanov@sko.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Жауапты тұлғаның ауысуы туралы"), ("Date", "Mon, 8 Feb 2027 14:27:50 +0500"),
                     ("Message-ID", "<r03.0802.enbek@sko.gov.kz>")], text(t, "utf-8", "base64")))
    rc_key(n, "body", "kk", resp("Тоқтарова Гүлжан Әділбекқызы", "әлеуметтік көмек бөлімінің бас маманы", "g.toktarova@sko.gov.kz", "87152469012"),
           {"full_name": "Бекетова Алмагүл"}, "2027-02-10", ["02104006"])
    ctx(n, ag, [("02104006", "Атаулы әлеуметтік көмек тағайындау")], "consulting", None,
        "replace the responsible person for 02104006 from 2027-02-10")
    man(n, "responsible_change", "kk", "eml", "previous person as 'Алмагүл Бекетованың' (given name first, genitive); effective '2027 жылғы 10 ақпаннан бастап'; letter date at the bottom")


@doc
def r04():
    n = "r04-dekret-kim.docx"
    ag = {"name": "ГУ «Управление финансов Алматинской области»", "email": "finance@almobl.gov.kz", "bin": "970940001187"}
    blocks = [("p", "ГУ «УПРАВЛЕНИЕ ФИНАНСОВ АЛМАТИНСКОЙ ОБЛАСТИ»", {"bold": True, "align": "c"}),
              ("p", "040800, г. Қонаев, мкр. 4, д. 1А", {"align": "c", "size": 9}),
              ("p", "№ 09-3/412 от «9» февраля 2027 г."),
              ("p", "Единый контакт-центр по вопросам оказания государственных услуг", {"align": "r"}),
              ("p", "Уведомление о замене ответственного лица", {"bold": True, "align": "c"}),
              ("p", "В соответствии с пунктом 7 Правил взаимодействия Единого контакт-центра Управление финансов уведомляет о "
                    "следующем.", {"align": "j"}),
              ("p", "На период отпуска по уходу за ребенком главного специалиста отдела государственных закупок Ким Натальи Сергеевны "
                    "обязанности ответственного лица по государственной услуге «Регистрация договоров о государственных закупках» "
                    "(№ 00610004) с 15 февраля 2027 года возложены на Абдрахманова Ерлана Кайратовича, ведущего специалиста того же отдела.", {"align": "j"}),
              ("p", "Контактные данные: рабочий тел. 8 (72772) 4-03-56, e-mail: e.abdrakhmanov@almobl.gov.kz.", {"align": "j"}),
              ("br",),
              ("p", "Руководитель                                                 Д. Сатыбалдиев", {"bold": True})]
    save(n, make_docx(blocks))
    rc_key(n, n, "ru", resp("Абдрахманов Ерлан Кайратович", "ведущий специалист того же отдела", "e.abdrakhmanov@almobl.gov.kz", "87277240356"),
           {"full_name": "Ким Наталья Сергеевна"}, "2027-02-15", ["00610004"])
    kf = json.load(open(os.path.join(OUT, n + ".expected.json"), encoding="utf-8"))
    del kf["documents"][0]["responsible"]["position"]  # 'того же отдела' -- the position is only implied
    key(n, kf["documents"])
    ctx(n, ag, [("00610004", "Регистрация договоров о государственных закупках")], "consulting", None,
        "replace the responsible person for 00610004 from 2027-02-15 (maternity leave)")
    man(n, "responsible_change", "ru", "docx", "both people in oblique cases (genitive 'Ким Натальи Сергеевны', accusative 'Абдрахманова Ерлана Кайратовича'); position refers back ('того же отдела')")


@doc
def r05():
    n = "r05-fwd-smena-otvetstvennogo.eml"
    ag = {"name": "ГУ «Управление сельского хозяйства и земельных отношений области Абай»", "email": "agro@abai.gov.kz", "bin": "230440010090"}
    t = ("Пересылаю по поручению руководства. / Басшылықтың тапсырмасы бойынша жолдаймын.\n\n"
         "---------- Forwarded message ---------\n"
         "От: Жумабеков Серик <s.zhumabekov@abai.gov.kz>\n"
         "Date: ср, 10 февр. 2027 г. в 17:02\n"
         "Subject: Смена ответственного\n"
         "To: Канцелярия <agro@abai.gov.kz>\n\n"
         "Прошу направить в ЕКЦ:\n\n"
         "«Единый контакт-центр! Сообщаем, что с 11.02.2027 ответственным лицом по государственным услугам 00501012 "
         "«Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля» и 00501019 "
         "«Субсидирование стоимости гербицидов» назначена Калиева Айнур Бериковна, главный специалист отдела "
         "растениеводства (тел. 8 (7222) 52-30-71, a.kalieva@abai.gov.kz). Ранее ответственным лицом был Жумабеков Серик Амангельдинович.»\n\n"
         "Жауапты тұлға ауысқаны туралы ақпаратты ескеруіңізді сұраймыз.\n\n"
         "--\nС. Жумабеков\n")
    save(n, message([("From", addr("Канцелярия", "agro@abai.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Fwd: Смена ответственного"), ("Date", "Thu, 11 Feb 2027 08:55:12 +0500"),
                     ("Message-ID", "<CAJx9fWd0Q2_abai_fwd@mail.gmail.com>")], text(t, "utf-8", "base64")))
    rc_key(n, "body", None, resp("Калиева Айнур Бериковна", "главный специалист отдела растениеводства", "a.kalieva@abai.gov.kz", "87222523071"),
           {"full_name": "Жумабеков Серик Амангельдинович"}, "2027-02-11", ["00501012", "00501019"])
    ctx(n, ag, [("00501012", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля"),
                ("00501019", "Субсидирование стоимости гербицидов")], "consulting", None,
        "replace the responsible person for two services from 2027-02-11")
    man(n, "responsible_change", "kk+ru", "eml", "forwarded message; the notice is a quotation inside the forward; the previous person is also the forward's author; Kazakh lines around Russian text")


@doc
def r06():
    n = "r06-almasu-turganbaeva.txt"
    ag = {"name": "Алматы қаласының мемлекеттік мұрағаты", "email": "muragat@almaty.gov.kz", "bin": "940240000777"}
    t = ("«Алматы қаласының мемлекеттік мұрағаты» КММ\n"
         "Шығ. № 01-18/96\n"
         "2027 жылғы 12 ақпан\n\n"
         "Бірыңғай байланыс орталығының басшысына\n\n"
         "Жауапты тұлғаның ауысуы туралы хабарлама\n\n"
         "Мұрағаттың бұрынғы жауапты тұлғасы Ысқақов Дархан Болатұлы зейнеткерлікке шығуына байланысты, 2027 жылғы 15 ақпаннан "
         "бастап «Мұрағаттық анықтамалар беру» (00703012) және «Мұрағат құжаттарының көшірмелерін беру» (00703015) мемлекеттік "
         "көрсетілетін қызметтері бойынша жауапты тұлға болып пайдалану бөлімінің меңгерушісі Тұрғанбаева Лаура Асқарқызы "
         "тағайындалды.\n\n"
         "Тел.: +7 727 272 15 48\nEmail: l.turganbaeva@almaty.gov.kz\n\n"
         "Директор                              Ғ. Сәрсенбай\n")
    save(n, t)
    rc_key(n, n, "kk", resp("Тұрғанбаева Лаура Асқарқызы", "пайдалану бөлімінің меңгерушісі", "l.turganbaeva@almaty.gov.kz", "+77272721548"),
           {"full_name": "Ысқақов Дархан Болатұлы"}, "2027-02-15", ["00703012", "00703015"])
    ctx(n, ag, [("00703012", "Мұрағаттық анықтамалар беру"), ("00703015", "Мұрағат құжаттарының көшірмелерін беру")], "consulting", None,
        "replace the responsible person for two services from 2027-02-15")
    man(n, "responsible_change", "kk", "txt", "Kazakh notice; letter date and effective date both written as 'жылғы ... ақпан'; previous named in nominative")


@doc
def r07():
    n = "r07-pismo-zhunusova-pdf.pdf"
    ag = {"name": "ГУ «Отдел жилищно-коммунального хозяйства города Костанай»", "email": "zhkh@kostanay-city.gov.kz", "bin": "080640021156"}
    blocks = [("p", "ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог акимата города Костаная»", "b"),
              ("p", "110000, г. Костанай, ул. Байтурсынова, 69   тел. 8 (7142) 57-54-00", "c"),
              ("sp", 8),
              ("p", "Исх. № 3-11/140 от 11.02.2027"),
              ("p", "ЕКЦ по вопросам оказания государственных услуг", "r"),
              ("sp", 8),
              ("p", "Настоящим сообщаем, что с 16 февраля текущего года функции ответственного лица за взаимодействие с Единым "
                    "контакт-центром, ранее закрепленные за Жунусовой Г.К., переходят к главному специалисту отдела Бараеву Данияру "
                    "Сабитовичу.\n\nКонтакты: 8 (7142) 57-54-19, d.baraev@kostanay-city.gov.kz\n\n"
                    "Перечень государственных услуг остается прежним (письмо отдела от 12.11.2026 № 3-11/902)."),
              ("sp", 20),
              ("p", "Руководитель отдела                                 Е. Ткаченко")]
    save(n, make_pdf(blocks, size=11))
    rc_key(n, n, "ru", nopos("Бараев Данияр Сабитович", "d.baraev@kostanay-city.gov.kz", "87142575419"),
           {"full_name": "Жунусова Г.К."}, "2027-02-16", None)
    ctx(n, ag, [("01509001", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда"),
                ("01509004", "Выдача справки о наличии либо отсутствии жилища в государственном жилищном фонде")], "consulting", None,
        "replace the responsible person for all the agency's services from 2027-02-16")
    man(n, "responsible_change", "ru", "pdf", "'с 16 февраля текущего года'; both people in oblique cases (Жунусовой Г.К. with initials only, dative 'Бараеву Данияру Сабитовичу'); no registry numbers, an earlier letter number instead")


@doc
def r08():
    n = "r08-html-novyi-otvetstvennyi.eml"
    ag = {"name": "Комитет по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан", "email": "kpssu@prokuror.gov.kz", "bin": "031040002118"}
    inner = ('<div style="font-family:Arial;font-size:10pt">'
             '<p>Единый контакт-центр</p>'
             '<p>Комитет по правовой статистике и специальным учетам сообщает, что в связи с кадровыми изменениями ответственным '
             'лицом по государственной услуге <b>01802001</b> «Выдача справки о наличии либо отсутствии судимости» с 15.02.2027 '
             'определена <b>Мухамеджанова Динара Талгатовна</b> — старший прокурор отдела оказания государственных услуг, '
             'тел. +7 (7172) 71-25-63, эл. адрес d.mukhamedzhanova@prokuror.gov.kz.</p>'
             '<p>Прежнее ответственное лицо — Нигматуллин Рустам Ильдарович — освобождается от указанных обязанностей.</p>'
             '<p>Исх. № 5-01-27/311 от 12.02.2027</p>'
             '<p>Начальник управления&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;К. Абдиров</p></div>')
    body = multipart("alternative", [
        text("Единый контакт-центр\n\nКомитет по правовой статистике и специальным учетам сообщает, что в связи с кадровыми изменениями "
             "ответственным лицом по государственной услуге 01802001 «Выдача справки о наличии либо отсутствии судимости» с 15.02.2027 "
             "определена Мухамеджанова Динара Талгатовна — старший прокурор отдела оказания государственных услуг, тел. +7 (7172) 71-25-63, "
             "эл. адрес d.mukhamedzhanova@prokuror.gov.kz.\n\nПрежнее ответственное лицо — Нигматуллин Рустам Ильдарович — освобождается "
             "от указанных обязанностей.\n\nИсх. № 5-01-27/311 от 12.02.2027\n\nНачальник управления     К. Абдиров\n", "utf-8", "base64"),
        text(html_wrap(inner), "utf-8", "base64", "html")], "b1_7f3d2a")
    save(n, message([("From", addr("КПСиСУ ГП РК", "kpssu@prokuror.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Исх. 5-01-27/311 — об ответственном лице (01802001)"), ("Date", "Fri, 12 Feb 2027 10:10:10 +0500"),
                     ("Message-ID", "<r08.311.kpssu@prokuror.gov.kz>")], body))
    rc_key(n, "body", "ru", resp("Мухамеджанова Динара Талгатовна", "старший прокурор отдела оказания государственных услуг", "d.mukhamedzhanova@prokuror.gov.kz", "+77172712563"),
           {"full_name": "Нигматуллин Рустам Ильдарович"}, "2027-02-15", ["01802001"])
    ctx(n, ag, [("01802001", "Выдача справки о наличии либо отсутствии судимости")], "consulting", None,
        "replace the responsible person for 01802001 from 2027-02-15")
    man(n, "responsible_change", "ru", "eml", "plain and HTML alternatives with the same text; previous person in a separate sentence between dashes")


@doc
def r09():
    n = "r09-bez-kodirovki-cp1251.eml"
    ag = {"name": "ГУ «Отдел образования Карасайского района Алматинской области»", "email": "bilim@karasai.almobl.gov.kz", "bin": "020340018876"}
    t = ("Здравствуйте.\r\n\r\n"
         "Сообщаем о замене ответственного лица отдела образования Карасайского района.\r\n"
         "Прежний ответственный: Смагулова Айгуль Кенесовна.\r\n"
         "Новый ответственный: Жетписбаева Сабина Нурлановна, методист отдела образования.\r\n"
         "Тел: 8 (72771) 2-44-17, моб. 8 777 402 11 90\r\n"
         "E-mail: sabina.zhetpisbayeva@karasai.almobl.gov.kz\r\n\r\n"
         "Услуги: 07201004, 07201009, 07201011.\r\n\r\n"
         "Отдел образования Карасайского района\r\n")
    raw = t.encode("cp1251")
    body = (b"Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + raw)
    save(n, message([("From", "bilim@karasai.almobl.gov.kz"), ("To", "info@ekc.gov.kz"),
                     ("Subject", "zamena otvetstvennogo"), ("Date", "Mon, 15 Feb 2027 11:30:00 +0500"),
                     ("Message-ID", "<0215113000.karasai@almobl.gov.kz>")], body))
    rc_key(n, "body", "ru", resp("Жетписбаева Сабина Нурлановна", "методист отдела образования", "sabina.zhetpisbayeva@karasai.almobl.gov.kz", "87277124417"),
           {"full_name": "Смагулова Айгуль Кенесовна"}, None, ["07201004", "07201009", "07201011"])
    ctx(n, ag, [("07201004", "Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации"),
                ("07201009", "Прием документов и зачисление детей в дошкольные организации образования"),
                ("07201011", "Прием документов и зачисление в организации образования")], "information",
        letter("ЕКЦ-2027/133", "2027-02-05", "Запрос информации по государственным услугам"),
        "replace the responsible person for three services (no date given); the form is still awaited")
    man(n, "responsible_change", "ru", "eml", "windows-1251 8bit body with NO charset label; labelled lines 'Прежний/Новый ответственный'; no effective date")


@doc
def r10():
    n = "r10-ekitildi-auystyru.docx"
    ag = {"name": "Батыс Қазақстан облысының құрылыс басқармасы", "email": "kurylys@zko.gov.kz", "bin": "051040009921"}
    blocks = [("table", [["«БАТЫС ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ҚҰРЫЛЫС БАСҚАРМАСЫ» ММ\n090000, Орал қ., Достық-Дружба д-лы, 186",
                          "ГУ «УПРАВЛЕНИЕ СТРОИТЕЛЬСТВА ЗАПАДНО-КАЗАХСТАНСКОЙ ОБЛАСТИ»\n090000, г. Уральск, пр. Достык-Дружба, 186"]], {"size": 9}),
              ("p", "19.02.2027 № 11-08/451"),
              ("p", "Бірыңғай байланыс орталығы / Единый контакт-центр", {"align": "r"}),
              ("p", "Басқарма 2027 жылғы 22 ақпаннан бастап «Құрылыс-монтаж жұмыстарын жүргізу туралы хабарламаны қабылдау» (01204025) "
                    "мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға ретінде Мұхамбетов Әлібек Русланұлының орнына "
                    "сараптама бөлімінің бас маманы Есқалиева Жансая Мұратқызы белгіленгенін хабарлайды.", {"align": "j"}),
              ("p", "Управление сообщает, что с 22 февраля 2027 года ответственным лицом по государственной услуге «Прием уведомления "
                    "о начале производства строительно-монтажных работ» (01204025) вместо Мухамбетова Алибека Руслановича определена "
                    "главный специалист отдела экспертизы Ескалиева Жансая Муратовна.", {"align": "j"}),
              ("p", "Тел.: 8 (7112) 50-33-72, e-mail: zh.eskaliyeva@zko.gov.kz"),
              ("br",),
              ("p", "Басшы / Руководитель                                  Т. Кенжеғалиев", {"bold": True})]
    save(n, make_docx(blocks))
    d = {"part": n, "kind": "responsible_change", "responsible": {"email": "zh.eskaliyeva@zko.gov.kz", "phone": "87112503372"},
         "effective_date": "2027-02-22", "services": [{"registry_number": "01204025"}]}
    key(n, [d])
    ctx(n, ag, [("01204025", "Прием уведомления о начале производства строительно-монтажных работ")], "consulting", None,
        "replace the responsible person for 01204025 from 2027-02-22")
    man(n, "responsible_change", "kk+ru", "docx", "same notice twice, Kazakh then Russian, names spelled differently in each language (Есқалиева/Ескалиева) -- key names only contacts, date and service")


# ======================================================================
# CHANGE NOTICES (p.6)
# ======================================================================
def ch(reg, standard=None, regulation=None, npa=None, website=None):
    return {"registry_number": reg, "standard": standard, "regulation": regulation, "npa_changes": npa, "website": website}


def cn_key(n, part, lang, services, change_date="__absent__"):
    d = {"part": part, "kind": "change_notice"}
    if lang:
        d["language"] = lang
    d["services"] = services
    if change_date != "__absent__":
        d["change_date"] = change_date
    key(n, [d])


@doc
def c01():
    n = "c01-novyi-standart-kultura.eml"
    ag = {"name": "Комитет культуры Министерства культуры и информации Республики Казахстан", "email": "kk@mki.gov.kz", "bin": "230240014402"}
    new_std = "Приказ Министра культуры и информации Республики Казахстан от 28 января 2027 года № 41 «Об утверждении Правил оказания государственных услуг в сфере культуры»"
    t = ("Добрый день!\n\n"
         "В соответствии с пунктом 6 Правил взаимодействия информируем об изменении сведений по государственной услуге "
         "00706002 «Выдача свидетельства на право временного вывоза культурных ценностей».\n\n"
         "Стандарт государственной услуги (новая редакция): " + new_std + ".\n\n"
         "Приказ введен в действие 8 февраля 2027 года. Остальные сведения (регламент, интернет-ресурс, ответственное лицо) "
         "не изменились.\n\n"
         "С уважением,\nСеитова Жанна\nглавный эксперт Комитета культуры\n8 (7172) 74-11-36\n")
    save(n, message([("From", addr("Сеитова Жанна", "zh.seitova@mki.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Изменение стандарта (00706002)"), ("Date", "Tue, 9 Feb 2027 15:15:42 +0500"),
                     ("Message-ID", "<c01.seitova.0902@mki.gov.kz>")], text(t, "utf-8", "quoted-printable")))
    cn_key(n, "body", "ru", [ch("00706002", standard=new_std)], "2027-02-08")
    ctx(n, ag, [("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей")], "consulting", None,
        "update the standard of 00706002 (changed 2027-02-08)")
    man(n, "change_notice", "ru", "eml", "labelled 'Стандарт ... (новая редакция):' line; change date as 'введен в действие 8 февраля 2027 года'; sentence listing what did not change")


@doc
def c02():
    n = "c02-reglament-akimat-oral.txt"
    ag = {"name": "ГУ «Отдел предпринимательства города Уральска»", "email": "biznes@oral.gov.kz", "bin": "100440012205"}
    reg = "Постановление акимата города Уральска от 3 февраля 2027 года № 214 «Об утверждении регламентов государственных услуг в сфере предпринимательства»"
    t = ("ГУ «Отдел предпринимательства города Уральска»\n"
         "Исх. № 2-14/88 от 10.02.2027\n\n"
         "Единому контакт-центру\n\n"
         "Отдел предпринимательства города Уральска сообщает об изменении реквизитов регламента государственной услуги "
         "01913001 «Выдача разрешения на размещение объекта наружной (визуальной) рекламы».\n\n"
         "Ранее действовавший регламент утратил силу. Новый регламент: " + reg + ".\n"
         "Дата изменения: 05.02.2027 (день введения постановления в действие).\n\n"
         "Руководитель отдела                                   Р. Гайнуллин\n\n"
         "Исп. Ахмедова Д., тел. 8 (7112) 51-08-44\n")
    save(n, t)
    cn_key(n, n, "ru", [ch("01913001", regulation=reg)], "2027-02-05")
    ctx(n, ag, [("01913001", "Выдача разрешения на размещение объекта наружной (визуальной) рекламы")], "consulting", None,
        "update the regulation of 01913001 (changed 2027-02-05)")
    man(n, "change_notice", "ru", "txt", "new regulation after 'Новый регламент:'; explicit 'Дата изменения:' differs from the letter date")


@doc
def c03():
    n = "c03-zhana-internet-resurs.eml"
    ag = {"name": "Ақмола облысының ветеринария басқармасы", "email": "vet@akmola.gov.kz", "bin": "050440021338"}
    t = ("Құрметті әріптестер!\n\n"
         "Ақмола облысының ветеринария басқармасы «Жануарға ветеринариялық паспорт беру» (тізілімдегі № 00505021) мемлекеттік "
         "көрсетілетін қызметі туралы ақпарат орналастырылған интернет-ресурстың мекенжайы өзгергенін хабарлайды.\n\n"
         "Жаңа мекенжай: https://www.gov.kz/memleket/entities/akmola-vet/activities/services\n"
         "Өзгеріс күні: 2027 жылғы 1 ақпан.\n\n"
         "Құрметпен,\nА. Ержанова\nветеринария басқармасы\n")
    save(n, message([("From", addr("Ержанова Айгерім", "a.erzhanova@akmola.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Интернет-ресурс мекенжайының өзгеруі"), ("Date", "Wed, 3 Feb 2027 12:40:00 +0500"),
                     ("Message-ID", "<c03.akmolavet.0302@akmola.gov.kz>")], text(t, "utf-8", "base64")))
    cn_key(n, "body", "kk", [ch("00505021", website="https://www.gov.kz/memleket/entities/akmola-vet/activities/services")], "2027-02-01")
    ctx(n, ag, [("00505021", "Жануарға ветеринариялық паспорт беру")], "consulting", None,
        "update the website of 00505021 (changed 2027-02-01)")
    man(n, "change_notice", "kk", "eml", "Kazakh notice of a new web address (gov.kz, not egov.kz), 'Өзгеріс күні: 2027 жылғы 1 ақпан'")


@doc
def c04():
    n = "c04-tablica-bylo-stalo.docx"
    ag = {"name": "Комитет регистрационной службы и оказания правовой помощи Министерства юстиции Республики Казахстан", "email": "krs@adilet.gov.kz", "bin": "990340009917"}
    std1 = "Приказ Министра юстиции Республики Казахстан от 1 февраля 2027 года № 57 «О внесении изменений в приказ Министра юстиции Республики Казахстан от 29 мая 2020 года № 66»"
    web2 = "https://egov.kz/cms/ru/services/business_registration/reg_branch"
    blocks = [("p", "МИНИСТЕРСТВО ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН\nКомитет регистрационной службы и оказания правовой помощи", {"bold": True, "align": "c"}),
              ("p", "15.02.2027 № 6-2/1177", {}),
              ("p", "Единый контакт-центр", {"align": "r"}),
              ("p", "Об актуализации информации", {"bold": True}),
              ("p", "Во исполнение пункта 6 Правил взаимодействия направляем изменения в ранее представленную информацию "
                    "(письмо Комитета от 20.11.2026 № 6-2/9034):", {"align": "j"}),
              ("table", [["№ в реестре", "Графа формы", "Было", "Стало"],
                         ["00801015", "Изменения нормативных правовых актов", "—", std1],
                         ["00801021", "Интернет-ресурс", "www.egov.kz", web2]], {"bold_rows": [0], "size": 10, "widths": [2.5, 3.5, 4, 7]}),
              ("p", "Изменения действуют с 12 февраля 2027 года.", {}),
              ("br",),
              ("p", "Заместитель председателя                                 Е. Оспанов", {"bold": True}),
              ("p", "Исп.: Байжанова Г., 74-08-61", {"size": 8})]
    save(n, make_docx(blocks))
    cn_key(n, n, "ru", [ch("00801015", npa=std1), ch("00801021", website=web2)], "2027-02-12")
    ctx(n, ag, [("00801015", "Государственная регистрация юридических лиц, учетная регистрация их филиалов и представительств"),
                ("00801021", "Государственная регистрация филиалов и представительств")], "consulting", None,
        "update npa_changes of 00801015 and the website of 00801021 (changed 2027-02-12)")
    man(n, "change_notice", "ru", "docx", "'Было | Стало' table: the old values must not be taken; two services, a different field changed in each")


@doc
def c05():
    n = "c05-izmeneniya-npa-html.eml"
    ag = {"name": "ГУ «Управление по делам религий города Шымкент»", "email": "din@shymkent.gov.kz", "bin": "180540013348"}
    npa = "Приказ Министра культуры и информации Республики Казахстан от 25 января 2027 года № 33 «О внесении изменений в некоторые приказы в сфере религиозной деятельности»"
    inner = ('<div>Здравствуйте,</div><div>&nbsp;</div>'
             '<div>Доводим до Вашего сведения, что в нормативные правовые акты, регулирующие оказание государственных услуг:</div>'
             '<ol><li>02205003 «Проведение религиоведческой экспертизы»;</li>'
             '<li>02205008 «Выдача решения о согласовании расположения помещений для проведения религиозных мероприятий за пределами культовых зданий»</li></ol>'
             '<div>внесены изменения:</div><div><i>' + npa + '</i></div><div>&nbsp;</div>'
             '<div>Приказ вступает в силу с 20 февраля 2027 года.</div><div>&nbsp;</div>'
             '<div>С уважением,<br>Тажибаев Нуржан<br>главный специалист<br>8 (7252) 56-70-04</div>')
    save(n, message([("From", addr("Тажибаев Нуржан", "n.tazhibaev@shymkent.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Изменения НПА по гос. услугам 02205003, 02205008"), ("Date", "Fri, 5 Feb 2027 17:55:21 +0500"),
                     ("Message-ID", "<c05.tazhibaev@shymkent.gov.kz>")], text(html_wrap(inner), "utf-8", "quoted-printable", "html")))
    cn_key(n, "body", "ru", [ch("02205003", npa=npa), ch("02205008", npa=npa)], "2027-02-20")
    ctx(n, ag, [("02205003", "Проведение религиоведческой экспертизы"),
                ("02205008", "Выдача решения о согласовании расположения помещений для проведения религиозных мероприятий за пределами культовых зданий")],
        "consulting", None, "update npa_changes of two services (in force from 2027-02-20)")
    man(n, "change_notice", "ru", "eml", "HTML-only body, services in an ordered list, one act applying to both, change date in the future relative to the letter")


@doc
def c06():
    n = "c06-reglament-ozgerdi-kyzylorda.txt"
    ag = {"name": "Қызылорда облысының білім басқармасы", "email": "bilim@kyzylorda.gov.kz", "bin": "990240012219"}
    reg = "Қызылорда облысы әкімдігінің 2027 жылғы 29 қаңтардағы № 1147 қаулысы"
    t = ("ҚЫЗЫЛОРДА ОБЛЫСЫНЫҢ БІЛІМ БАСҚАРМАСЫ\n\n"
         "2027 жылғы 8 ақпан № 04-05/1312\n\n"
         "Бірыңғай байланыс орталығына\n\n"
         "Мемлекеттік көрсетілетін қызмет туралы ақпараттың өзгеруі туралы\n\n"
         "Қағидалардың 6-тармағына сәйкес «Білім туралы құжаттардың телнұсқаларын беру» (№ 07202014) мемлекеттік көрсетілетін "
         "қызмет регламенті жаңа редакцияда бекітілгенін хабарлаймыз:\n"
         "    " + reg + ".\n\n"
         "Қаулы 2027 жылғы 6 ақпанда әділет органдарында тіркеліп, қолданысқа енгізілді.\n\n"
         "Басқарма басшысының орынбасары                    Н. Әбдіқадыров\n\n"
         "Орынд.: Қалиева С., 8 (7242) 60-51-17\n")
    save(n, t)
    cn_key(n, n, "kk", [ch("07202014", regulation=reg)], "2027-02-06")
    ctx(n, ag, [("07202014", "Білім туралы құжаттардың телнұсқаларын беру")], "consulting", None,
        "update the regulation of 07202014 (changed 2027-02-06)")
    man(n, "change_notice", "kk", "txt", "Kazakh; act on its own indented line; change date as '2027 жылғы 6 ақпанда' inside a sentence")


@doc
def c07():
    n = "c07-dva-izmeneniya-pdf.pdf"
    ag = {"name": "Комитет промышленной безопасности Министерства по чрезвычайным ситуациям Республики Казахстан", "email": "kpb@emer.gov.kz", "bin": "140940021107"}
    std_a = "Приказ Министра по чрезвычайным ситуациям Республики Казахстан от 2 февраля 2027 года № 19"
    npa_b = "Приказ Министра по чрезвычайным ситуациям Республики Казахстан от 2 февраля 2027 года № 20 «О внесении изменений в приказ от 3 ноября 2020 года № 14»"
    blocks = [("p", "КОМИТЕТ ПРОМЫШЛЕННОЙ БЕЗОПАСНОСТИ МЧС РК", "b"),
              ("p", "Исх. № 13-4-12/602 от 16.02.2027"),
              ("p", "Единый контакт-центр", "r"),
              ("p", "Комитет информирует об изменениях в информации о государственных услугах, ранее представленной в ЕКЦ:"),
              ("table", [["№ в реестре", "Наименование", "Что изменилось", "Новые сведения"],
                         ["01905016", "Выдача разрешения на применение технологий, технических устройств, материалов на опасных производственных объектах",
                          "Стандарт государственной услуги", std_a],
                         ["01905002", "Выдача заключения о соответствии производства требованиям промышленной безопасности",
                          "Изменения НПА", npa_b]], [60, 150, 90, 200]),
              ("p", "Оба приказа введены в действие с 13 февраля 2027 года."),
              ("sp", 20),
              ("p", "Председатель комитета                         Г. Байгазиев")]
    save(n, make_pdf(blocks, size=11))
    cn_key(n, n, "ru", [ch("01905016", standard=std_a), ch("01905002", npa=npa_b)], "2027-02-13")
    ctx(n, ag, [("01905016", "Выдача разрешения на применение технологий, технических устройств, материалов на опасных производственных объектах"),
                ("01905002", "Выдача заключения о соответствии производства требованиям промышленной безопасности")], "consulting", None,
        "update the standard of 01905016 and npa_changes of 01905002 (changed 2027-02-13)")
    man(n, "change_notice", "ru", "pdf", "PDF table 'что изменилось | новые сведения' naming the column by words; services not in numeric order")


@doc
def c08():
    n = "c08-pismo-vlozhenie-izmeneniya.eml"
    att = "Izmeneniya_po_usluge_01301012.docx"
    ag = {"name": "Департамент полиции Алматинской области", "email": "dp@almobl.police.kz", "bin": "990740001233"}
    std = "Приказ Министра внутренних дел Республики Казахстан от 29 января 2027 года № 77"
    web = "https://egov.kz/cms/ru/services/migration/extension_temp_residence"
    dx = make_docx([("p", "ДЕПАРТАМЕНТ ПОЛИЦИИ АЛМАТИНСКОЙ ОБЛАСТИ", {"bold": True, "align": "c"}),
                    ("p", "Управление миграционной службы", {"align": "c"}),
                    ("p", "Исх. № 28/1-3-1904 от 17.02.2027"),
                    ("p", "Единый контакт-центр", {"align": "r"}),
                    ("p", "Управление миграционной службы ДП Алматинской области в порядке пункта 6 Правил взаимодействия сообщает "
                          "об изменении сведений по государственной услуге «Продление сроков временного проживания иностранцам и лицам без "
                          "гражданства» (№ 01301012):", {"align": "j"}),
                    ("p", "1) стандарт государственной услуги: " + std + ";"),
                    ("p", "2) интернет-ресурс: " + web + "."),
                    ("p", "Сведения о регламенте и ответственном лице остаются без изменений.", {"align": "j"}),
                    ("br",),
                    ("p", "Начальник УМС                                 подполковник полиции А. Ергалиев")])
    cover = ("Добрый день. Направляем письмо об изменении сведений (вложение).\n\n"
             "Отправлено с iPhone\n")
    body = multipart("mixed", [text(cover, "utf-8", "7bit" if False else "quoted-printable"), attach(att, dx)], "Apple-Mail-8F2C1A7E-3B4D")
    save(n, message([("From", addr("УМС ДП Алматинской обл.", "ums@almobl.police.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Изменения 01301012"), ("Date", "Wed, 17 Feb 2027 19:02:48 +0500"),
                     ("Message-ID", "<8F2C1A7E-3B4D-4E5F-A6B7-C8D9E0F1A2B3@almobl.police.kz>"), ("X-Mailer", "iPhone Mail (21D61)")], body))
    cn_key(n, att, "ru", [ch("01301012", standard=std, website=web)], None)
    ctx(n, ag, [("01301012", "Продление сроков временного проживания иностранцам и лицам без гражданства")], "consulting", None,
        "update the standard and website of 01301012 (no change date given)")
    man(n, "change_notice", "ru", "eml+docx", "iPhone covering note, the notice is the DOCX letter; two fields changed for one service as numbered points; no change date")


@doc
def c09():
    n = "c09-aralas-til-ozgeris.eml"
    ag = {"name": "Ұлытау облысының жер қатынастары басқармасы / Управление земельных отношений области Ұлытау", "email": "zher@ulytau.gov.kz", "bin": "220840015567"}
    web = "https://www.gov.kz/memleket/entities/ulytau-zher"
    t = ("Сәлеметсіз бе! Здравствуйте!\n\n"
         "Ұлытау облысының жер қатынастары басқармасы 2027 жылғы 15 ақпаннан бастап мемлекеттік қызметтер туралы ақпарат жаңа "
         "интернет-ресурста орналастырылатынын хабарлайды.\n"
         "Сообщаем, что с 15 февраля 2027 года информация о государственных услугах управления размещается на новом интернет-ресурсе.\n\n"
         "Қызметтер / Услуги: 01415003, 01415011, 01415019\n"
         "Интернет-ресурс: " + web + "\n\n"
         "Құрметпен / С уважением,\n"
         "Әбілқасымова Жанар, бас маман / главный специалист\n"
         "8 (7102) 77-12-30\n")
    save(n, message([("From", addr("Әбілқасымова Жанар", "zh.abilkasymova@ulytau.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Интернет-ресурстың өзгеруі / Изменение интернет-ресурса"), ("Date", "Thu, 11 Feb 2027 09:15:33 +0500"),
                     ("Message-ID", "<c09.ulytau.1102@ulytau.gov.kz>")], text(t, "utf-8", "base64")))
    cn_key(n, "body", None, [ch("01415003", website=web), ch("01415011", website=web), ch("01415019", website=web)], "2027-02-15")
    ctx(n, ag, [("01415003", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру"),
                ("01415011", "Жер учаскесіне сәйкестендіру құжаттарын дайындау"), ("01415019", "Жер учаскесін жалға алу құқығын сатып алу")],
        "consulting", None, "update the website of three services from 2027-02-15")
    man(n, "change_notice", "kk+ru", "eml", "each sentence in Kazakh then Russian; registry numbers as a bare list; one new website for three services")


@doc
def c10():
    n = "c10-standart-ozgeris-mangystau.docx"
    ag = {"name": "Маңғыстау облысының мемлекеттік сәулет-құрылыс бақылау басқармасы", "email": "gask@mangystau.gov.kz", "bin": "060540010235"}
    std = "Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2027 жылғы 4 ақпандағы № 52 бұйрығы"
    blocks = [("p", "«МАҢҒЫСТАУ ОБЛЫСЫНЫҢ МЕМЛЕКЕТТІК СӘУЛЕТ-ҚҰРЫЛЫС БАҚЫЛАУ БАСҚАРМАСЫ» ММ", {"bold": True, "align": "c"}),
              ("p", "Ақтау қ., 9 шағын аудан, 23 ғимарат, тел. 8 (7292) 30-21-00", {"align": "c", "size": 9}),
              ("p", "Шығ. № 01-09/175, 2027 жылғы 18 ақпан"),
              ("p", "Бірыңғай байланыс орталығы", {"align": "r"}),
              ("p", "Басқарма бұрын ұсынылған ақпаратқа мынадай өзгеріс енгізілгенін хабарлайды:", {"align": "j"}),
              ("table", [["Тізілімдегі нөмірі", "01204031"],
                         ["Қызмет атауы", "Құрылыс-монтаж жұмыстарын жүргізудің басталғаны туралы хабарламаны қабылдау"],
                         ["Мемлекеттік көрсетілетін қызмет стандарты (жаңа)", std],
                         ["Өзгеріс күні", "2027 жылғы 16 ақпан"]], {"widths": [6, 10]}),
              ("br",),
              ("p", "Басшы                                   Е. Құрманғалиев", {"bold": True})]
    save(n, make_docx(blocks))
    cn_key(n, n, "kk", [ch("01204031", standard=std)], "2027-02-16")
    ctx(n, ag, [("01204031", "Құрылыс-монтаж жұмыстарын жүргізудің басталғаны туралы хабарламаны қабылдау")], "consulting", None,
        "update the standard of 01204031 (changed 2027-02-16)")
    man(n, "change_notice", "kk", "docx", "Kazakh field|value table that looks like an on-side Appendix 1 form but holds one changed field and a change date")


# ======================================================================
# REFUSALS (p.11)
# ======================================================================
def rf_key(n, part, lang, reason, ground, regs):
    d = {"part": part, "kind": "refusal"}
    if lang:
        d["language"] = lang
    d["refusal_reason"] = reason
    d["refusal_ground"] = ground
    if regs is not None:
        d["services"] = [{"registry_number": x} for x in regs]
    key(n, [d])


@doc
def x01():
    n = "x01-otkaz-gossekrety.eml"
    ag = {"name": "Комитет геодезии и картографии Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "email": "kgk@mdai.gov.kz", "bin": "190540023370"}
    reason = "сведения о местоположении и границах режимных территорий отнесены к государственным секретам"
    t = ("Единый контакт-центр\n\n"
         "На Ваш запрос от 04.02.2027 № ЕКЦ-2027/140 о представлении перечня территорий, в отношении которых не выдаются разрешения "
         "по государственной услуге 01005008 «Выдача разрешения на проведение аэрофотосъемочных работ», сообщаем.\n\n"
         "Представить запрашиваемую информацию не представляется возможным, поскольку " + reason + " в соответствии с Законом "
         "Республики Казахстан «О государственных секретах».\n\n"
         "Для консультирования услугополучателей рекомендуем использовать общую формулировку: «проведение работ над режимными "
         "территориями требует дополнительного согласования».\n\n"
         "Заместитель председателя комитета\nБ. Сагындыков\n\nИсх. № 19-3/207-дсп от 08.02.2027\n")
    save(n, message([("From", addr("КГиК МЦРИАП", "kgk@mdai.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Ответ на запрос ЕКЦ-2027/140"), ("Date", "Mon, 8 Feb 2027 16:00:02 +0500"),
                     ("Message-ID", "<x01.kgk.0802@mdai.gov.kz>")], text(t, "utf-8", "base64")))
    rf_key(n, "body", "ru", reason, "state_secret", ["01005008"])
    ctx(n, ag, [("01005008", "Выдача разрешения на проведение аэрофотосъемочных работ")], "additional_answer",
        letter("ЕКЦ-2027/140", "2027-02-04", "О представлении дополнительной информации (пункт 11 Правил)"),
        "record a lawful refusal (state secret) for 01005008")
    man(n, "refusal", "ru", "eml", "reason after 'поскольку', followed by a law reference and a suggested wording in quotes")


@doc
def x02():
    n = "x02-kommercheskaya-taina-tarify.txt"
    ag = {"name": "ГУ «Управление энергетики и жилищно-коммунального хозяйства Карагандинской области»", "email": "energo@karaganda.gov.kz", "bin": "050740017702"}
    reason = "расчеты стоимости технических условий являются коммерческой тайной энергопередающей организации"
    t = ("Управление энергетики и ЖКХ Карагандинской области\n"
         "Исх. № 06-11/402 от 09.02.2027\n\n"
         "Единому контакт-центру\n"
         "на № ЕКЦ-2027/142 от 05.02.2027\n\n"
         "Рассмотрев Ваш запрос о предоставлении расчета стоимости выдачи технических условий на подключение к электрическим сетям "
         "(государственная услуга 01204016), сообщаем, что указанная информация не может быть предоставлена.\n\n"
         "Причина: " + reason + " (ТОО «Караганды Жарык») и не находятся в распоряжении Управления.\n\n"
         "Общие сведения о порядке оказания услуги ранее направлены в ЕКЦ.\n\n"
         "Руководитель                                    А. Нургалиев\n")
    save(n, t)
    rf_key(n, n, "ru", reason, "commercial_secret", ["01204016"])
    ctx(n, ag, [("01204016", "Выдача технических условий на подключение к сетям инженерно-технического обеспечения")], "additional_answer",
        letter("ЕКЦ-2027/142", "2027-02-05", "Запрос дополнительной информации по государственной услуге 01204016"),
        "record a lawful refusal (commercial secret) for 01204016")
    man(n, "refusal", "ru", "txt", "labelled 'Причина:' line continuing with a company name in brackets and a second clause")


@doc
def x03():
    n = "x03-kuzyretine-kirmeidi.eml"
    ag = {"name": "Павлодар облысының дене шынықтыру және спорт басқармасы", "email": "sport@pavlodar.gov.kz", "bin": "030640012281"}
    reason = "аталған мемлекеттік көрсетілетін қызмет басқарманың құзыретіне кірмейді"
    t = ("Бірыңғай байланыс орталығына\n\n"
         "2027 жылғы 5 ақпандағы № ЕКЦ-2027/143 сұрау салуыңызды қарап, «Туроператорлық қызметке лицензия беру» (№ 02302011) "
         "мемлекеттік көрсетілетін қызметі бойынша ақпарат бере алмайтынымызды хабарлаймыз, себебі " + reason + ". "
         "Бұл қызметті Қазақстан Республикасы Туризм және спорт министрлігі көрсетеді.\n\n"
         "Құрметпен,\nбасқарма басшысы Е. Қасымов\n")
    save(n, message([("From", "sport@pavlodar.gov.kz"), ("To", "info@ekc.gov.kz"),
                     ("Subject", "№ ЕКЦ-2027/143 хатқа жауап"), ("Date", "Tue, 9 Feb 2027 11:11:11 +0500"),
                     ("Message-ID", "<x03.sport.0902@pavlodar.gov.kz>")], text(t, "utf-8", "quoted-printable")))
    rf_key(n, "body", "kk", reason, "not_competent", ["02302011"])
    ctx(n, ag, [("02302011", "Туроператорлық қызметке лицензия беру")], "information",
        letter("ЕКЦ-2027/143", "2027-02-05", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
        "record the refusal (not competent) and redirect the request to the ministry")
    man(n, "refusal", "kk", "eml", "Kazakh 'себебі ...' clause; names the competent body in the next sentence")


@doc
def x04():
    n = "x04-nalogovaya-taina.docx"
    ag = {"name": "Департамент государственных доходов по городу Астане", "email": "dgd_astana@kgd.minfin.gov.kz", "bin": "970140005566"}
    reason = "сведения о налогоплательщиках составляют налоговую тайну и не подлежат разглашению"
    blocks = [("p", "КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ\nДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО ГОРОДУ АСТАНЕ", {"bold": True, "align": "c"}),
              ("p", "10.02.2027 № ДГД-09-2/3310", {}),
              ("p", "Единый контакт-центр", {"align": "r"}),
              ("p", "Департамент государственных доходов по городу Астане, рассмотрев запрос ЕКЦ от 05.02.2027 № ЕКЦ-2027/144 о "
                    "предоставлении списка индивидуальных предпринимателей, которым отказано в регистрационном учете (государственная "
                    "услуга 00604012), сообщает следующее.", {"align": "j"}),
              ("p", "В соответствии со статьей 30 Налогового кодекса Республики Казахстан " + reason + ", за исключением случаев, "
                    "предусмотренных Кодексом. Запрос ЕКЦ к таким случаям не относится.", {"align": "j"}),
              ("p", "В связи с изложенным, в представлении указанной информации отказано.", {"align": "j"}),
              ("br",),
              ("p", "Руководитель департамента                         Р. Мамытбеков", {"bold": True}),
              ("p", "Исп.: Ахметова Д.С., тел. 8 (7172) 70-31-55", {"size": 8})]
    save(n, make_docx(blocks))
    rf_key(n, n, "ru", reason, "protected_secret", ["00604012"])
    ctx(n, ag, [("00604012", "Регистрационный учет налогоплательщиков")], "additional_answer",
        letter("ЕКЦ-2027/144", "2027-02-05", "Запрос дополнительной информации (пункт 11 Правил)"),
        "record a lawful refusal (tax secret, protected by law) for 00604012")
    man(n, "refusal", "ru", "docx", "tax secret (protected secret, not commercial); reason sits inside a sentence opening with a Code article; the word 'отказано' is in a later paragraph")


@doc
def x05():
    n = "x05-dannye-ne-vedutsya.eml"
    ag = {"name": "ГУ «Управление координации занятости и социальных программ Актюбинской области»", "email": "enbek@aktobe.gov.kz", "bin": "990540007719"}
    reason = "учет обращений в разрезе сельских округов Управлением не ведется"
    t = ("Здравствуйте!\n\n"
         "По запросу № ЕКЦ-2027/146 от 08.02.2027 (статистика обращений по услуге 02104020 «Назначение жилищной помощи» в разрезе "
         "сельских округов) сообщаем, что предоставить данные не можем: " + reason + ", сведения формируются только в целом по "
         "району.\n\n"
         "При необходимости готовы направить сводные данные по районам области.\n\n"
         "--\nС уважением,\nИсмаилова Гаухар\nотдел жилищной помощи\nтел. 8 (7132) 90-12-45\n\n"
         "> 08.02.2027 10:14, Единый контакт-центр пишет:\n"
         "> Просим представить статистику обращений по услуге 02104020 в разрезе сельских округов за 2026 год.\n")
    save(n, message([("From", addr("Исмаилова Гаухар", "g.ismailova@aktobe.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Re: ЕКЦ-2027/146 статистика"), ("Date", "Thu, 11 Feb 2027 14:48:10 +0500"),
                     ("Message-ID", "<x05.ismailova.1102@aktobe.gov.kz>"), ("User-Agent", "Mozilla Thunderbird")],
                    text(t, "utf-8", "8bit")))
    rf_key(n, "body", "ru", reason, "other", ["02104020"])
    ctx(n, ag, [("02104020", "Назначение жилищной помощи")], "additional_answer",
        letter("ЕКЦ-2027/146", "2027-02-08", "Запрос статистики обращений по услуге 02104020"),
        "record the refusal (data not kept) for 02104020")
    man(n, "refusal", "ru", "eml", "refusal on 'other' grounds (no such records), an offer of alternative data, quoted request below")


@doc
def x06():
    n = "x06-memlekettik-qupiya.txt"
    ag = {"name": "Қазақстан Республикасы Қорғаныс министрлігінің әскери-техникалық саясат департаменті", "email": "kense@mod.gov.kz", "bin": "960340001122"}
    reason = "сұратылған мәліметтер мемлекеттік құпияларға жатады"
    t = ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҚОРҒАНЫС МИНИСТРЛІГІ\n"
         "Әскери-техникалық саясат департаменті\n\n"
         "2027 жылғы 12 ақпан № 1/2-447\n\n"
         "Бірыңғай байланыс орталығына\n\n"
         "Сіздің 2027 жылғы 8 ақпандағы № ЕКЦ-2027/147 хатыңызға жауап ретінде хабарлаймыз: «Қару-жарақ және әскери техника "
         "экспортына рұқсат беру» (№ 01601003) мемлекеттік көрсетілетін қызметі бойынша рұқсат берілген ұйымдардың тізбесі "
         "ұсынылмайды, өйткені " + reason + " және «Мемлекеттік құпиялар туралы» Қазақстан Республикасының Заңымен қорғалады.\n\n"
         "Департамент директоры                         полковник Б. Тілеуов\n")
    save(n, t)
    rf_key(n, n, "kk", reason, "state_secret", ["01601003"])
    ctx(n, ag, [("01601003", "Қару-жарақ және әскери техника экспортына рұқсат беру")], "additional_answer",
        letter("ЕКЦ-2027/147", "2027-02-08", "Қосымша ақпарат беру туралы"),
        "record a lawful refusal (state secret) for 01601003")
    man(n, "refusal", "kk", "txt", "Kazakh; reason after 'өйткені' and followed by the law's title")


@doc
def x07():
    n = "x07-ne-nasha-kompetenciya.pdf"
    ag = {"name": "Министерство сельского хозяйства Республики Казахстан", "email": "mgov@moa.gov.kz", "bin": "990740002243"}
    reason = "оказание указанной государственной услуги отнесено к компетенции местных исполнительных органов областей"
    blocks = [("p", "МИНИСТЕРСТВО СЕЛЬСКОГО ХОЗЯЙСТВА РЕСПУБЛИКИ КАЗАХСТАН", "b"),
              ("p", "Департамент земельных ресурсов", "c"),
              ("p", "15 февраля 2027 года № 12-1-11/4402"),
              ("p", "Единый контакт-центр", "r"),
              ("sp", 8),
              ("p", "Министерство сельского хозяйства Республики Казахстан, рассмотрев письмо ЕКЦ от 10 февраля 2027 года № ЕКЦ-2027/150 "
                    "о представлении сведений о сроках рассмотрения заявлений по государственной услуге «Выдача решения на изменение "
                    "целевого назначения земельного участка» (01415003) в Костанайской области, сообщает, что " + reason + ".\n\n"
                    "По данному вопросу рекомендуем обратиться в ГУ «Управление земельных отношений акимата Костанайской области»."),
              ("sp", 20),
              ("p", "Директор департамента                                Ж. Омарбеков")]
    save(n, make_pdf(blocks, size=11))
    rf_key(n, n, "ru", reason, "not_competent", ["01415003"])
    ctx(n, ag, [("01415003", "Выдача решения на изменение целевого назначения земельного участка")], "additional_answer",
        letter("ЕКЦ-2027/150", "2027-02-10", "О представлении сведений о сроках рассмотрения заявлений"),
        "record the refusal (not competent); ask the regional land-relations office instead")
    man(n, "refusal", "ru", "pdf", "no word 'отказ' at all; not-competent reason phrased as 'отнесено к компетенции ...'")


@doc
def x08():
    n = "x08-html-kommercheskaya.eml"
    ag = {"name": "АО «Национальная компания «Қазақстан темір жолы»", "email": "kanc@railways.kz", "bin": "020540003431"}
    reason = "информация о загрузке вагонного парка составляет коммерческую тайну Общества"
    inner = ('<p>Уважаемые коллеги!</p>'
             '<p>АО «НК «ҚТЖ» рассмотрело запрос ЕКЦ № ЕКЦ-2027/152 от 10.02.2027 относительно сроков предоставления вагонов по '
             'услуге <b>00301138</b> «Выдача разрешения на перевозку опасных грузов железнодорожным транспортом».</p>'
             '<p>Сообщаем, что <u>' + reason + '</u>, в связи с чем не может быть предоставлена третьим лицам.</p>'
             '<p>Сроки оказания самой услуги указаны в стандарте и ранее направлялись в ЕКЦ.</p>'
             '<p>С уважением,<br>Департамент грузовой работы<br>АО «НК «ҚТЖ»</p>'
             '<p style="font-size:8pt;color:#999">CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential. '
             'Осы хат және оның қосымшалары құпия болып табылады.</p>')
    save(n, message([("From", addr("ДГР АО НК КТЖ", "dgr@railways.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "RE: Запрос ЕКЦ-2027/152"), ("Date", "Fri, 12 Feb 2027 12:30:45 +0500"),
                     ("Message-ID", "<AM0PR02MB5731E3@AM0PR02MB5731.eurprd02.prod.outlook.com>")],
                    text(html_wrap(inner, outlook=True), "utf-8", "base64", "html")))
    rf_key(n, "body", "ru", reason, "commercial_secret", ["00301138"])
    ctx(n, ag, [("00301138", "Выдача разрешения на перевозку опасных грузов железнодорожным транспортом")], "additional_answer",
        letter("ЕКЦ-2027/152", "2027-02-10", "Запрос дополнительной информации по услуге 00301138"),
        "record a lawful refusal (commercial secret) for 00301138")
    man(n, "refusal", "ru", "eml", "HTML body from a national company (a service provider, not a ministry); reason underlined; bilingual confidentiality footer that itself says 'құпия'")


@doc
def x09():
    n = "x09-vrachebnaya-taina.eml"
    ag = {"name": "ГУ «Управление здравоохранения города Алматы»", "email": "uz@almaty.gov.kz", "bin": "950240007705"}
    reason = "сведения о пациентах, прикрепленных к медицинским организациям, составляют врачебную тайну"
    t = ("Добрый день!\n\n"
         "Касательно Вашего запроса (исх. ЕКЦ-2027/155 от 11.02.2027) о предоставлении списков граждан, которым отказано в "
         "прикреплении по услуге 00902004, поясняем: " + reason + " (статья 273 Кодекса «О здоровье народа и системе "
         "здравоохранения»). Передача таких сведений Единому контакт-центру законом не предусмотрена.\n\n"
         "Общую информацию о причинах отказа в прикреплении можем представить дополнительно.\n\n"
         "С уважением,\nКоржумбаева А.\nотдел организации ПМСП\n8 (727) 241-86-30\n")
    save(n, message([("From", addr("Коржумбаева Айнура", "a.korzhumbaeva@almaty.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Ответ на ЕКЦ-2027/155"), ("Date", "Mon, 15 Feb 2027 10:05:19 +0500"),
                     ("Message-ID", "<x09.korzh.1502@almaty.gov.kz>")], text(t, "windows-1251", "quoted-printable")))
    rf_key(n, "body", "ru", reason, "protected_secret", ["00902004"])
    ctx(n, ag, [("00902004", "Прикрепление к организации первичной медико-санитарной помощи")], "additional_answer",
        letter("ЕКЦ-2027/155", "2027-02-11", "Запрос дополнительной информации по услуге 00902004"),
        "record a lawful refusal (medical secret) for 00902004")
    man(n, "refusal", "ru", "eml", "windows-1251 quoted-printable; medical secret (protected by law) introduced by 'поясняем:'")


@doc
def x10():
    n = "x10-zhoba-kezeninde.docx"
    ag = {"name": "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі", "email": "kense@enbek.gov.kz", "bin": "990340004481"}
    reason = "жаңа стандарттың жобасы әзірлену сатысында және әлі бекітілмеген"
    blocks = [("p", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЕҢБЕК ЖӘНЕ ХАЛЫҚТЫ ӘЛЕУМЕТТІК ҚОРҒАУ МИНИСТРЛІГІ", {"bold": True, "align": "c"}),
              ("p", "Шығ. № 03-2-14/2290, 2027 жылғы 16 ақпан"),
              ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
              ("p", "2027 жылғы 11 ақпандағы № ЕКЦ-2027/156 хатқа", {"italic": True}),
              ("p", "«Зейнетақы төлемдерін тағайындау» (№ 02101002) мемлекеттік көрсетілетін қызметінің жаңа стандарты бойынша "
                    "ақпаратты қазіргі уақытта беру мүмкін емес, себебі " + reason + ".", {"align": "j"}),
              ("p", "Стандарт бекітіліп, ресми жарияланғаннан кейін ақпарат Қағидалардың 6-тармағына сәйкес жолданатын болады.", {"align": "j"}),
              ("br",),
              ("p", "Департамент директоры                      С. Жұманова", {"bold": True})]
    save(n, make_docx(blocks))
    rf_key(n, n, "kk", reason, "other", ["02101002"])
    ctx(n, ag, [("02101002", "Зейнетақы төлемдерін тағайындау")], "information",
        letter("ЕКЦ-2027/156", "2027-02-11", "Жаңа стандарт бойынша ақпарат беру туралы"),
        "record the refusal (draft not yet approved, other grounds) for 02101002")
    man(n, "refusal", "kk", "docx", "Kazakh; 'other' ground (the act is still a draft) with a promise to send a change notice later")


# ======================================================================
# TRAINING PROTOCOLS (p.8)
# ======================================================================
def pr_key(n, part, lang, date, regs):
    d = {"part": part, "kind": "training_protocol"}
    if lang:
        d["language"] = lang
    d["protocol_date"] = date
    d["services"] = [{"registry_number": x} for x in regs]
    key(n, [d])


@doc
def p01():
    n = "p01-protokol-14-minzdrav.docx"
    ag = {"name": "Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан", "email": "kmfk@dsm.gov.kz", "bin": "990240004417"}
    svcs = [("00903012", "Выдача лицензии на фармацевтическую деятельность"),
            ("00903027", "Выдача разрешения на ввоз в Республику Казахстан незарегистрированных лекарственных средств")]
    blocks = [("p", "ПРОТОКОЛ № 14", {"bold": True, "align": "c"}),
              ("p", "принятия Единым контакт-центром государственной услуги для консультирования", {"bold": True, "align": "c"}),
              ("table", [["г. Астана", "«18» февраля 2027 г."]], {}),
              ("p", "Присутствовали:", {"bold": True}),
              ("p", "от Комитета медицинского и фармацевтического контроля МЗ РК: Оспанов Н.Б. – руководитель управления лицензирования; "
                    "Тулегенова А.М. – главный эксперт;"),
              ("p", "от Единого контакт-центра: Серикбаева Д.А. – руководитель группы обучения; Алиев Т.К., Мухтарова Ж.Е. – операторы 1-й линии."),
              ("p", "Повестка: обучение сотрудников ЕКЦ по вопросам оказания государственных услуг.", {}),
              ("p", "По итогам обучения ЕКЦ принимает для консультирования следующие государственные услуги:", {}),
              ("table", [["№", "Номер в реестре", "Наименование государственной услуги"]] +
                        [[str(i), r, s] for i, (r, s) in enumerate(svcs, 1)], {"bold_rows": [0], "widths": [1, 3, 12]}),
              ("p", "Консультирование начинается по истечении пяти рабочих дней с момента подписания протокола.", {}),
              ("br",),
              ("table", [["От государственного органа:\n\n_____________ Оспанов Н.Б.", "От ЕКЦ:\n\n_____________ Серикбаева Д.А."]], {})]
    save(n, make_docx(blocks))
    pr_key(n, n, "ru", "2027-02-18", [r for r, _ in svcs])
    ctx(n, ag, svcs, "protocol", letter("ЕКЦ-2027/160", "2027-02-12", "О проведении обучения сотрудников ЕКЦ"),
        "mark both services accepted for consulting (protocol of 2027-02-18)")
    man(n, "training_protocol", "ru", "docx", "standard protocol: city and date in a table row, attendee list with initials, services table, signature table")


@doc
def p02():
    n = "p02-hattama-turkistan.docx"
    ag = {"name": "Түркістан облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы", "email": "kasipker@turkistan.gov.kz", "bin": "180240021577"}
    blocks = [("p", "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультациялау үшін қабылдау", {"bold": True, "align": "c"}),
              ("p", "ХАТТАМАСЫ № 7", {"bold": True, "align": "c"}),
              ("p", "Түркістан қ.                                                          2027 жылғы 19 ақпан"),
              ("p", "Қатысқандар:", {"bold": True}),
              ("p", "1. Жақыпбеков Ерлан Нұрланұлы – басқарманың бөлім басшысы;\n2. Мамырова Айжан Қайратқызы – бас маман;\n"
                    "3. Бекенова Салтанат – БББ оқыту тобының жетекшісі;\n4. Ордабаев Нұрлан – БББ операторы."),
              ("p", "Оқыту нәтижесінде Бірыңғай байланыс орталығы мынадай мемлекеттік көрсетілетін қызметтерді консультациялау үшін қабылдады:"),
              ("p", "– 01907002 «Индустриялық-инновациялық қызмет субъектілеріне мемлекеттік қолдау шараларын ұсыну»;\n"
                    "– 01907009 «Кәсіпкерлерге «Бизнестің жол картасы» бағдарламасы бойынша кредиттер бойынша сыйақы мөлшерлемесін субсидиялау»."),
              ("br",),
              ("p", "Басқарма атынан: ____________ Е. Жақыпбеков\nБББ атынан: ____________ С. Бекенова")]
    save(n, make_docx(blocks))
    pr_key(n, n, "kk", "2027-02-19", ["01907002", "01907009"])
    ctx(n, ag, [("01907002", "Индустриялық-инновациялық қызмет субъектілеріне мемлекеттік қолдау шараларын ұсыну"),
                ("01907009", "Кәсіпкерлерге «Бизнестің жол картасы» бағдарламасы бойынша кредиттер бойынша сыйақы мөлшерлемесін субсидиялау")],
        "protocol", letter("ЕКЦ-2027/161", "2027-02-12", "БББ қызметкерлерін оқыту туралы"),
        "mark both services accepted for consulting (protocol of 2027-02-19)")
    man(n, "training_protocol", "kk", "docx", "Kazakh protocol (ХАТТАМА), date on the same line as the city after spaces, services as a dash list with nested quotes")


@doc
def p03():
    n = "p03-protokol-migraciya.pdf"
    ag = {"name": "Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "email": "kms@mvd.gov.kz", "bin": "960440000218"}
    blocks = [("p", "ПРОТОКОЛ", "b"),
              ("p", "принятия государственных услуг для консультирования Единым контакт-центром", "c"),
              ("p", "г. Астана                                                                                                   22.02.2027"),
              ("sp", 6),
              ("p", "Обучение сотрудников Единого контакт-центра проведено 19.02.2027 в режиме видеоконференции ответственными лицами "
                    "Комитета миграционной службы МВД РК: Сарсенбаевым Р.М. и Ли И.А."),
              ("p", "Обучение прошли: Касенова А.Т., Ибрагимов Д.С., Жолдасова М.Б., Рахимов Е.Е. (Единый контакт-центр)."),
              ("p", "Приняты для консультирования:"),
              ("table", [["№ п/п", "№ в реестре", "Наименование"],
                         ["1", "01301007", "Выдача разрешения на постоянное проживание иностранцам и лицам без гражданства"],
                         ["2", "01301012", "Продление сроков временного проживания иностранцам и лицам без гражданства"]], [40, 80, 350]),
              ("p", "Подписи:\nЗаместитель начальника управления КМС МВД РК ____________ Р. Сарсенбаев\n"
                    "Начальник отдела обучения ЕКЦ ____________ Г. Мусабекова")]
    save(n, make_pdf(blocks, size=10))
    pr_key(n, n, "ru", "2027-02-22", ["01301007", "01301012"])
    ctx(n, ag, [("01301007", "Выдача разрешения на постоянное проживание иностранцам и лицам без гражданства"),
                ("01301012", "Продление сроков временного проживания иностранцам и лицам без гражданства")],
        "protocol", letter("ЕКЦ-2027/163", "2027-02-15", "Об обучении сотрудников ЕКЦ"),
        "mark both services accepted for consulting (protocol of 2027-02-22)")
    man(n, "training_protocol", "ru", "pdf", "two dates: training held 19.02.2027, protocol dated 22.02.2027 (the key takes the protocol's own date)")


@doc
def p04():
    n = "p04-podpisannyi-protokol-vlozhenie.eml"
    att = "Protokol_EKC_zemlya_Kostanay.docx"
    ag = {"name": "ГУ «Управление земельных отношений акимата Костанайской области»", "email": "kanc@zher.kostanay.gov.kz", "bin": "070340012345"}
    dx = make_docx([("p", "Протокол № 3/2027", {"bold": True, "align": "c"}),
                    ("p", "принятия Единым контакт-центром государственной услуги для консультирования", {"align": "c"}),
                    ("p", "Дата: 24 февраля 2027 года        Место: г. Костанай, ул. Касымканова, 3, каб. 214"),
                    ("p", "Участники:"),
                    ("table", [["Ф.И.О.", "Должность", "Организация"],
                               ["Жумабаева Сауле Каиргельдиновна", "главный специалист отдела земельного кадастра", "Управление земельных отношений"],
                               ["Абдуллаев Руслан", "ведущий специалист", "Единый контакт-центр"],
                               ["Сергеева Ольга Павловна", "оператор", "Единый контакт-центр"]], {"bold_rows": [0]}),
                    ("p", "Решение: государственная услуга 01415003 «Выдача решения на изменение целевого назначения земельного участка» "
                          "принята Единым контакт-центром для консультирования."),
                    ("p", "Подписи сторон: ________ С. Жумабаева          ________ Р. Абдуллаев")])
    t = ("Добрый день!\n\nНаправляем подписанный протокол обучения от 24.02.2027.\nОригинал передан нарочно.\n\n"
         "С уважением,\nЖумабаева Сауле\nтел. 8 (7142) 50-17-33\n\n"
         "-----Original Message-----\nFrom: info@ekc.gov.kz\nSent: Friday, February 19, 2027 4:20 PM\n"
         "Subject: Обучение по услуге 01415003\n\nПросим подписать протокол по итогам обучения и направить скан-копию.\n")
    body = multipart("mixed", [text(t, "utf-8", "quoted-printable"), attach(att, dx)], "=_NextPart_p04_24022027")
    save(n, message([("From", addr("Жумабаева Сауле", "s.zhumabaeva@zher.kostanay.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "RE: Обучение по услуге 01415003"), ("Date", "Wed, 24 Feb 2027 17:41:00 +0500"),
                     ("Message-ID", "<p04.zhumabaeva@zher.kostanay.gov.kz>")], body))
    pr_key(n, att, "ru", "2027-02-24", ["01415003"])
    ctx(n, ag, [("01415003", "Выдача решения на изменение целевого назначения земельного участка")], "protocol",
        letter("ЕКЦ-2027/165", "2027-02-19", "Обучение по услуге 01415003"),
        "mark 01415003 accepted for consulting (protocol of 2027-02-24)")
    man(n, "training_protocol", "ru", "eml+docx", "protocol in the attachment; 'Дата:' and 'Место:' on one line; attendees table; Outlook-style quoted request in the cover")


@doc
def p05():
    n = "p05-hattama-pdf-ekitildi.eml"
    att = "Хаттама_протокол_19.pdf"
    ag = {"name": "Маңғыстау облысының жер қатынастары басқармасы", "email": "zher@mangystau.gov.kz", "bin": "020340011209"}
    pdf = make_pdf([("p", "ХАТТАМА № 19 / ПРОТОКОЛ № 19", "b"),
                    ("p", "мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультациялау үшін қабылдауы туралы / "
                          "о принятии Единым контакт-центром государственных услуг для консультирования", "c"),
                    ("p", "Ақтау қ. / г. Актау                                             2027 жылғы 25 ақпан / 25 февраля 2027 г."),
                    ("p", "Басқарма атынан / От управления: Құдайбергенов А.Ж.\nБББ атынан / От ЕКЦ: Тұрсынова Г.М., Есімов Д.А."),
                    ("table", [["Тізілімдегі № / № в реестре", "Атауы / Наименование"],
                               ["01415011", "Жер учаскесіне сәйкестендіру құжаттарын дайындау / Изготовление идентификационного документа на земельный участок"],
                               ["01415019", "Жер учаскесін жалға алу құқығын сатып алу / Выкуп права аренды земельного участка"]], [120, 360]),
                    ("p", "Қолдар / Подписи: ____________ А. Құдайбергенов     ____________ Г. Тұрсынова")], size=10)
    t = ("Сәлеметсіз бе!\nҚол қойылған хаттаманы жолдаймыз (PDF).\nНаправляем подписанный протокол.\n\nА. Құдайбергенов\n")
    body = multipart("mixed", [text(t, "utf-8", "base64"), attach(att, pdf, style="2047")], "----=_Part_55021_1911.1772000000000")
    save(n, message([("From", addr("Құдайбергенов Асқар", "kudaibergenov.a@mangystau.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Хаттама / Протокол № 19"), ("Date", "Thu, 25 Feb 2027 15:05:05 +0500"),
                     ("Message-ID", "<p05.mangystau.2502@mangystau.gov.kz>")], body))
    pr_key(n, att, None, "2027-02-25", ["01415011", "01415019"])
    ctx(n, ag, [("01415011", "Жер учаскесіне сәйкестендіру құжаттарын дайындау"), ("01415019", "Жер учаскесін жалға алу құқығын сатып алу")],
        "protocol", letter("ЕКЦ-2027/166", "2027-02-19", "Оқыту туралы / Об обучении"),
        "mark both services accepted for consulting (protocol of 2027-02-25)")
    man(n, "training_protocol", "kk+ru", "eml+pdf", "bilingual PDF protocol; attachment name in Cyrillic RFC 2047-encoded (Outlook style); the date given in both languages")


@doc
def p06():
    n = "p06-protokol-tekstom-shymkent.docx"
    ag = {"name": "ГУ «Управление предпринимательства и промышленности города Шымкент»", "email": "kense@shymkent.gov.kz", "bin": "180440027753"}
    blocks = [("p", "ПРОТОКОЛ", {"bold": True, "align": "c", "size": 14}),
              ("p", "г. Шымкент, 26 февраля 2027 года", {"align": "c"}),
              ("p", "Во исполнение пункта 8 Правил взаимодействия Единого контакт-центра 25 и 26 февраля 2027 года ответственными лицами "
                    "Управления предпринимательства и промышленности города Шымкент Абеновой Ж.Е. и Мусиным Т.А. проведено обучение "
                    "сотрудников Единого контакт-центра (Байжигитова А., Ким С., Оразалиев Б., Нуртазина Г. — всего 4 человека).", {"align": "j"}),
              ("p", "По итогам обучения Единый контакт-центр принял для консультирования государственные услуги с номерами в Реестре "
                    "01913001, 01913004, 01913007, 01905002 и 01905010.", {"align": "j"}),
              ("p", "Вопросы, направленные ЕКЦ до обучения (письмо от 20.02.2027), рассмотрены, ответы даны в ходе обучения.", {"align": "j"}),
              ("br",),
              ("p", "Руководитель отдела торговли УПиП г. Шымкент            __________  Ж. Абенова"),
              ("p", "Руководитель отдела промышленности УПиП г. Шымкент      __________  Т. Мусин"),
              ("p", "Представитель ЕКЦ                                       __________  А. Байжигитова")]
    save(n, make_docx(blocks))
    pr_key(n, n, "ru", "2027-02-26", ["01913001", "01913004", "01913007", "01905002", "01905010"])
    ctx(n, ag, [("01913001", "Выдача разрешения на размещение объекта наружной (визуальной) рекламы"),
                ("01913004", "Выдача лицензии на розничную реализацию алкогольной продукции"),
                ("01913007", "Выдача уведомления о начале деятельности по организации торговых рынков"),
                ("01905002", "Выдача заключения о соответствии производства требованиям промышленной безопасности"),
                ("01905010", "Включение в реестр отечественных товаропроизводителей")], "protocol",
        letter("ЕКЦ-2027/168", "2027-02-20", "Вопросы к обучению по государственным услугам"),
        "mark five services accepted for consulting (protocol of 2027-02-26)")
    man(n, "training_protocol", "ru", "docx", "no table: five registry numbers in one sentence; a two-day training span (25 и 26 февраля) and another date (20.02.2027) in the text")


@doc
def p07():
    n = "p07-protokol-v-html-tele.eml"
    ag = {"name": "ГУ «Управление ветеринарии Северо-Казахстанской области»", "email": "vet@sko.gov.kz", "bin": "050840003361"}
    inner = ('<p class="MsoNormal">Коллеги, добрый день!</p><p class="MsoNormal">Ниже текст подписанного протокола, скан оригинала направим почтой.</p>'
             '<p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal" align="center"><b>ПРОТОКОЛ № 2</b></p>'
             '<p class="MsoNormal" align="center">принятия Единым контакт-центром государственной услуги для консультирования</p>'
             '<p class="MsoNormal">г. Петропавловск&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;«1» марта 2027 г.</p>'
             '<p class="MsoNormal">Обучение провела: Кравченко О.Н., ведущий специалист отдела ветеринарного надзора.</p>'
             '<p class="MsoNormal">Обучение прошли: Есенова К., Садыков А., Литвиненко Е. (ЕКЦ).</p>'
             '<table border="1" cellspacing="0" cellpadding="3"><tr><td>Номер услуги</td><td>Наименование</td><td>Принята</td></tr>'
             '<tr><td>00505021</td><td>Выдача ветеринарного паспорта на животное</td><td>да</td></tr></table>'
             '<p class="MsoNormal">Подписали: Кравченко О.Н. /подпись/, Есенова К. /подпись/</p>'
             '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">С уважением,<br>Кравченко Ольга</p>')
    save(n, message([("From", addr("Кравченко Ольга Николаевна", "kravchenko.o@sko.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Протокол обучения 00505021"), ("Date", "Mon, 1 Mar 2027 14:02:40 +0500"),
                     ("Message-ID", "<001a01db8a3e$11223344$55667788@sko.gov.kz>"), ("X-Mailer", "Microsoft Outlook 16.0")],
                    text(html_wrap(inner, outlook=True), "utf-8", "quoted-printable", "html")))
    pr_key(n, "body", "ru", "2027-03-01", ["00505021"])
    ctx(n, ag, [("00505021", "Выдача ветеринарного паспорта на животное")], "protocol",
        letter("ЕКЦ-2027/170", "2027-02-22", "О проведении обучения по услуге 00505021"),
        "mark 00505021 accepted for consulting (protocol of 2027-03-01)")
    man(n, "training_protocol", "ru", "eml", "protocol text pasted into an HTML-only Outlook body; date padded with &nbsp; after the city; '/подпись/' marks")


@doc
def p08():
    n = "p08-protokol-zhilinspekciya.txt"
    ag = {"name": "ГУ «Отдел жилищной инспекции города Павлодара»", "email": "zhilinsp@pavlodar.gov.kz", "bin": "110540019930"}
    t = ("ПРОТОКОЛ № 5\n"
         "принятия государственных услуг для консультирования Единым контакт-центром\n\n"
         "Павлодар, 02.03.2027\n\n"
         "Присутствовали:\n"
         "  Бекова Д.А. — главный специалист отдела жилищной инспекции г. Павлодара\n"
         "  Гончаренко В.П. — заместитель руководителя отдела\n"
         "  Тимофеева Н.С. — супервайзер ЕКЦ\n"
         "  Айтжанов Б.Е. — оператор ЕКЦ\n\n"
         "Слушали: об оказании государственных услуг 01509001, 01509004, 01509012 (услуга 01509015 будет рассмотрена отдельно "
         "после ответа на вопросы ЕКЦ).\n\n"
         "Решили: принять для консультирования государственные услуги:\n"
         "  01509001 — Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда\n"
         "  01509004 — Выдача справки о наличии либо отсутствии жилища в государственном жилищном фонде\n"
         "  01509012 — Приватизация жилищ из государственного жилищного фонда\n\n"
         "Подписи:\n  __________ Бекова Д.А.\n  __________ Тимофеева Н.С.\n")
    save(n, t)
    pr_key(n, n, "ru", "2027-03-02", ["01509001", "01509004", "01509012"])
    ctx(n, ag, [("01509001", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда"),
                ("01509004", "Выдача справки о наличии либо отсутствии жилища в государственном жилищном фонде"),
                ("01509012", "Приватизация жилищ из государственного жилищного фонда"), ("01509015", "Согласование эскиза (эскизного проекта)")],
        "protocol", letter("ЕКЦ-2027/171", "2027-02-24", "Об обучении сотрудников ЕКЦ"),
        "mark three services accepted for consulting; 01509015 stays awaiting its protocol")
    man(n, "training_protocol", "ru", "txt", "a fourth registry number (01509015) is mentioned but expressly NOT accepted")


@doc
def p09():
    n = "p09-protokol-dvuyazychnyi-atyrau.docx"
    ag = {"name": "Атырау облысының денсаулық сақтау басқармасы", "email": "densaulyk@atyrau.gov.kz", "bin": "030240018844"}
    regs = ["00901001", "00901003", "00901008"]
    blocks = [("table", [["ХАТТАМА № 4", "ПРОТОКОЛ № 4"],
                         ["мемлекеттік көрсетілетін қызметтерді консультациялау үшін қабылдау туралы",
                          "о принятии государственных услуг для консультирования"],
                         ["Атырау қ., 2027 жылғы 3 наурыз", "г. Атырау, 3 марта 2027 года"],
                         ["Басқарма атынан: Есенғали Н.М., лицензиялау бөлімінің бас маманы.\nБББ атынан: Досанова Р., Мұратов Қ.",
                          "От управления: Есенгали Н.М., главный специалист отдела лицензирования.\nОт ЕКЦ: Досанова Р., Муратов К."],
                         ["Консультациялау үшін қабылданды: 00901001, 00901003, 00901008.",
                          "Приняты для консультирования: 00901001, 00901003, 00901008."]], {"widths": [8.5, 8.5]}),
              ("br",),
              ("p", "Қолдар / Подписи:   ___________ Н. Есенғали        ___________ Р. Досанова")]
    save(n, make_docx(blocks))
    pr_key(n, n, None, "2027-03-03", regs)
    ctx(n, ag, [("00901001", "Медициналық қызметке лицензия беру"), ("00901003", "Фармацевтикалық қызметке лицензия беру"),
                ("00901008", "Есірткі құралдарының, психотроптық заттардың және прекурсорлардың айналымына байланысты қызметке лицензия беру")],
        "protocol", letter("ЕКЦ-2027/172", "2027-02-24", "Оқыту туралы"),
        "mark three services accepted for consulting (protocol of 2027-03-03); the other three of the agency still await training")
    man(n, "training_protocol", "kk+ru", "docx", "parallel Kazakh|Russian columns in one table, so every fact appears twice (registry numbers must not be doubled)")


@doc
def p10():
    n = "p10-hattama-kyzylorda-tirkeme.eml"
    att = "hattama_00703004.docx"
    ag = {"name": "Қызылорда облысы әкімдігінің мәдениет басқармасы", "email": "madeniet@kyzylorda.gov.kz", "bin": "040540020013"}
    dx = make_docx([("p", "ХАТТАМА", {"bold": True, "align": "c"}),
                    ("p", "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультациялау үшін қабылдауы туралы", {"align": "c"}),
                    ("p", "Қызылорда қ.", {}),
                    ("p", "«04» наурыз 2027 ж.", {"align": "r"}),
                    ("p", "Оқытуды өткізген: Омарова Әсел Бақытжанқызы, мұрағат және құжаттама бөлімінің бас маманы."),
                    ("p", "Оқытудан өткендер: БББ қызметкерлері Сапарова Ж., Төлеуов Е."),
                    ("table", [["Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Шешім"],
                               ["00703004", "Мұрағаттық анықтама беру", "консультациялау үшін қабылданды"]], {"bold_rows": [0]}),
                    ("p", "Қолдар: ________ Ә. Омарова     ________ Ж. Сапарова")])
    t = ("Құрметті әріптестер,\n\nОқыту хаттамасын қоса жолдаймыз.\n\nҚұрметпен,\nӘ. Омарова\n8 (7242) 40-12-35\n")
    body = multipart("mixed", [text(t, "utf-8", "8bit"), attach(att, dx)], "kyz_p10_boundary")
    save(n, message([("From", addr("Омарова Әсел", "a.omarova@kyzylorda.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Хаттама 00703004"), ("Date", "Thu, 4 Mar 2027 16:16:16 +0500"),
                     ("Message-ID", "<p10.omarova.0403@kyzylorda.gov.kz>")], body))
    pr_key(n, att, "kk", "2027-03-04", ["00703004"])
    ctx(n, ag, [("00703004", "Мұрағаттық анықтама беру")], "protocol",
        letter("ЕКЦ-2027/174", "2027-02-25", "Оқыту өткізу туралы"),
        "mark 00703004 accepted for consulting (protocol of 2027-03-04)")
    man(n, "training_protocol", "kk", "eml+docx", "Kazakh protocol, date «04» наурыз 2027 ж. right-aligned on its own line apart from the city")


# ======================================================================
# OTHER -- same correspondence, moves nothing
# ======================================================================
@doc
def o01():
    n = "o01-vopros-v-ekc.eml"
    ag = {"name": "ГУ «Управление культуры, архивов и документации Жетысуской области»", "email": "madeniet@zhetysu.gov.kz", "bin": "220940017781"}
    t = ("Здравствуйте!\n\n"
         "Получили Ваш запрос № ЕКЦ-2027/176 от 24.02.2027 о представлении информации по форме приложения 1.\n"
         "Уточните, пожалуйста:\n"
         "1) в графе 5 «Регламент» указывать что-либо, если регламенты отменены? Или ставить прочерк?\n"
         "2) можно ли указать в графе 8 двух ответственных лиц (основного и замещающего)?\n\n"
         "После Вашего ответа направим заполненную форму.\n\n"
         "С уважением,\nТокарева Светлана\nгл. специалист, тел. 8 (7282) 24-05-19\n")
    save(n, message([("From", addr("Токарева Светлана", "s.tokareva@zhetysu.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Вопрос по заполнению формы (ЕКЦ-2027/176)"), ("Date", "Fri, 26 Feb 2027 10:22:30 +0500"),
                     ("Message-ID", "<o01.tokareva.2602@zhetysu.gov.kz>")], text(t, "utf-8", "quoted-printable")))
    key(n, [{"part": "body", "kind": "other", "language": "ru"}])
    ctx(n, ag, [("00703012", "Выдача архивных справок")], "information",
        letter("ЕКЦ-2027/176", "2027-02-24", "Запрос информации по форме приложения 1"),
        "answer the agency's questions; the case keeps waiting for the form", is_reply=False)
    man(n, "other", "ru", "eml", "question back to the contact centre that names the form, its columns 5 and 8 and 'ответственных лиц' but gives no data")


@doc
def o02():
    n = "o02-hat-qabyldandy.eml"
    ag = {"name": "Ақтөбе облысының ауыл шаруашылығы басқармасы", "email": "agro@aktobe.gov.kz", "bin": "990840004417"}
    t = ("Құрметті әріптестер!\n\n"
         "Сіздердің 2027 жылғы 24 ақпандағы № ЕКЦ-2027/177 хатыңыз басқармада алынып, 2027 жылғы 25 ақпанда № 3-12/1044 кіріс "
         "нөмірімен тіркелді. Жауапты тұлға белгіленген мерзімде хабарланады.\n\n"
         "Құрметпен,\nбасқарманың кеңсесі\n")
    save(n, message([("From", addr("Кеңсе", "agro@aktobe.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Хат қабылданды"), ("Date", "Thu, 25 Feb 2027 09:01:44 +0500"),
                     ("Message-ID", "<o02.agro.2502@aktobe.gov.kz>")], text(t, "utf-8", "base64")))
    key(n, [{"part": "body", "kind": "other", "language": "kk"}])
    ctx(n, ag, [("00501031", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау")], "appointment",
        letter("ЕКЦ-2027/177", "2027-02-24", "Жауапты тұлғаны тағайындау туралы"),
        "nothing; the appointment is still awaited", is_reply=False)
    man(n, "other", "kk", "eml", "Kazakh acknowledgement of receipt with an incoming number; mentions 'жауапты тұлға' but names nobody")


@doc
def o03():
    n = "o03-gotovim-otvet.txt"
    ag = {"name": "ГУ «Управление цифровизации и государственных услуг города Астаны»", "email": "cifra@astana.gov.kz", "bin": "190740026612"}
    t = ("Исх. № 05-08/377 от 01.03.2027\n\n"
         "Единый контакт-центр\n\n"
         "На Ваш запрос от 25.02.2027 № ЕКЦ-2027/179 сообщаем, что информация по государственным услугам 01606001 и 01606004 "
         "находится на согласовании со структурными подразделениями акимата. Ответ, в том числе сведения об ответственном лице, "
         "будет направлен дополнительно, ориентировочно до 10 марта 2027 года.\n\n"
         "Просим отнестись с пониманием.\n\n"
         "Заместитель руководителя управления                       Д. Кусаинов\n"
         "Исп.: Рахимжанова А., 55-30-17\n")
    save(n, t)
    key(n, [{"part": n, "kind": "other", "language": "ru"}])
    ctx(n, ag, [("01606001", "Выдача справки о зарегистрированных правах"), ("01606004", "Выдача адресной справки")], "appointment",
        letter("ЕКЦ-2027/179", "2027-02-25", "О назначении ответственного лица и представлении информации"),
        "nothing; note the promised date, keep waiting", is_reply=False)
    man(n, "other", "ru", "txt", "'we are preparing the answer' letter with registry numbers, a future date and the words 'ответственном лице'")


@doc
def o04():
    n = "o04-perenapravlenie.eml"
    ag = {"name": "Министерство промышленности и строительства Республики Казахстан", "email": "kanc@mps.gov.kz", "bin": "230340011108"}
    t = ("Уважаемые коллеги!\n\n"
         "Ваш запрос от 26.02.2027 № ЕКЦ-2027/181 по государственной услуге 01204031 «Прием уведомления о начале производства "
         "строительно-монтажных работ» направлен для рассмотрения по компетенции в Комитет по делам строительства и "
         "жилищно-коммунального хозяйства МПС РК (сопроводительное письмо № 22-1/2207 от 01.03.2027).\n\n"
         "Ответ будет представлен Комитетом непосредственно в адрес Единого контакт-центра.\n\n"
         "Канцелярия МПС РК\n")
    save(n, message([("From", addr("Канцелярия МПС РК", "kanc@mps.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Cc", "kds@mps.gov.kz"),
                     ("Subject", "О перенаправлении запроса ЕКЦ-2027/181"), ("Date", "Mon, 1 Mar 2027 18:30:00 +0500"),
                     ("Message-ID", "<o04.mps.0103@mps.gov.kz>")], text(t, "utf-8", "base64")))
    key(n, [{"part": "body", "kind": "other", "language": "ru"}])
    ctx(n, ag, [("01204031", "Прием уведомления о начале производства строительно-монтажных работ")], "information",
        letter("ЕКЦ-2027/181", "2027-02-26", "Запрос информации по государственной услуге 01204031"),
        "nothing; the answer will come from the committee", is_reply=False)
    man(n, "other", "ru", "eml", "forwarding to another body 'по компетенции' -- not a refusal, the agency neither declines nor answers")


@doc
def o05():
    n = "o05-avtootvet-sed.eml"
    ag = {"name": "Қарағанды облысының білім басқармасы", "email": "bilim@karaganda.gov.kz", "bin": "990440006128"}
    html = html_wrap("<p><b>Автоматты хабарлама / Автоматическое уведомление</b></p>"
                     "<p>Сіздің хатыңыз «Е-өтініш / Documentolog» жүйесінде тіркелді.<br>Ваше письмо зарегистрировано в системе электронного документооборота.</p>"
                     "<table border=\"1\" cellpadding=\"3\"><tr><td>Кіріс № / Вх. №</td><td>ВХ-1-4417</td></tr>"
                     "<tr><td>Күні / Дата</td><td>02.03.2027 10:14</td></tr>"
                     "<tr><td>Тақырып / Тема</td><td>Запрос информации по форме приложения 1 (ЕКЦ-2027/183)</td></tr>"
                     "<tr><td>Орындаушы / Исполнитель</td><td>не назначен</td></tr></table>"
                     "<p>Бұл хатқа жауап бермеңіз. / Не отвечайте на это письмо.</p>")
    save(n, message([("From", addr("Documentolog", "noreply@karaganda.gov.kz")), ("To", "info@ekc.gov.kz"),
                     ("Subject", "Тіркелді / Зарегистрировано: ВХ-1-4417"), ("Date", "Tue, 2 Mar 2027 10:14:09 +0500"),
                     ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                     ("Message-ID", "<o05.sed.4417@karaganda.gov.kz>")], text(html, "utf-8", "base64", "html")))
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [("07202014", "Білім туралы құжаттардың телнұсқаларын беру")], "information",
        letter("ЕКЦ-2027/183", "2027-03-01", "Запрос информации по форме приложения 1"),
        "nothing; automatic registration notice", is_reply=False)
    man(n, "other", "kk+ru", "eml", "bilingual auto-reply from a document-flow system with a label/value table including 'Исполнитель'")


@doc
def o06():
    n = "o06-perenos-obucheniya.docx"
    ag = {"name": "ГУ «Управление по делам религий города Шымкент»", "email": "din@shymkent.gov.kz", "bin": "180540013348"}
    blocks = [("p", "ГУ «Управление по делам религий города Шымкент»", {"bold": True, "align": "c"}),
              ("p", "Исх. № 01-07/64 от 03.03.2027"),
              ("p", "Единый контакт-центр", {"align": "r"}),
              ("p", "О переносе обучения", {"bold": True}),
              ("p", "В связи с участием ответственного лица Тажибаева Н. в выездном семинаре просим перенести обучение сотрудников "
                    "ЕКЦ по государственным услугам 02205003 и 02205008, назначенное на 4 марта 2027 года, на 11 марта 2027 года. "
                    "Протокол будет подписан по итогам обучения.", {"align": "j"}),
              ("br",),
              ("p", "Руководитель управления                     М. Сейтжанов")]
    save(n, make_docx(blocks))
    key(n, [{"part": n, "kind": "other", "language": "ru"}])
    ctx(n, ag, [("02205003", "Проведение религиоведческой экспертизы"),
                ("02205008", "Выдача решения о согласовании расположения помещений для проведения религиозных мероприятий за пределами культовых зданий")],
        "protocol", letter("ЕКЦ-2027/184", "2027-02-26", "О проведении обучения"),
        "nothing; reschedule the training, the protocol is still awaited", is_reply=False)
    man(n, "other", "ru", "docx", "request to move the training: names the responsible person, two registry numbers, two dates and the word 'Протокол' -- but is not a protocol")


# ======================================================================
def write_manifest():
    lines = ["# Corpus `heldout-r3c/kamila`", "",
             f"{len(MANIFEST)} documents, each `NAME` with `NAME.expected.json` (answer key) and `NAME.context.json` (the case it arrives in).",
             "Rebuild with `/tmp/cv-kamila/bin/python make.py` (python-docx, openpyxl, reportlab). All people, agencies' addresses,",
             "phones, registry numbers and outgoing numbers are invented. Appointments (Rules p.5) are keyed as `responsible_change`",
             "with `previous_responsible: null`; their context says `awaiting: appointment`.", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for n, k, l, f, h in MANIFEST:
        lines.append(f"| `{n}` | {k} | {l} | {f} | {h} |")
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    for b in BUILDERS:
        b()
    write_manifest()
    print(len(BUILDERS), "documents")


if __name__ == "__main__":
    main()
