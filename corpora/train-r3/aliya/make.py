#!/usr/bin/env python3
"""Generator of the 'aliya' held-out corpus (round 3f).

Run with the venv that has python-docx, openpyxl and reportlab:
    /tmp/cv-aliya/bin/python make.py
Every document's text is written by hand below; the helpers only lay it out in a format.
All agencies, people, phones, numbers are invented.
"""
import io, json, os, sys
from email import encoders, policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.utils import formataddr
from email.header import Header

import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DJ", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DJB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DJS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))

EKC = "ekc-kense@1414.kz"
MANIFEST = []


# ---------------------------------------------------------------- key helpers
def P(full_name, position=None, email=None, phone=None, all_null=False):
    """A person in a key: only the fields given (nominative full name)."""
    d = {"full_name": full_name}
    for k, v in (("position", position), ("email", email), ("phone", phone)):
        if v is not None or all_null:
            d[k] = v
    return d


def S(reg, **kw):
    d = {"registry_number": reg}
    d.update(kw)
    return d


def FS(reg, name, std, regl, npa, web, resp):
    """A full Appendix 1 row in a key (every column named)."""
    return {"registry_number": reg, "service_name": name, "standard": std, "regulation": regl,
            "npa_changes": npa, "website": web, "responsible": resp}


def doc(part, kind, lang=None, **kw):
    d = {"part": part, "kind": kind}
    if lang:
        d["language"] = lang
    d.update(kw)
    return d


def AG(name, email, bin_):
    return {"name": name, "email": email, "bin": bin_}


def CTX(agency, services, awaiting, our_letter, effect, is_reply=True):
    return {"agency": agency, "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting, "our_letter": our_letter, "expected_effect": effect, "is_reply": is_reply}


def OL(number, date, subject):
    return {"number": number, "date": date, "subject": subject}


def put(name, data, documents, context, manifest, exit_=0):
    path = os.path.join(OUT, name)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"exit": exit_, "documents": documents}, f, ensure_ascii=False, indent=2)
    with open(path + ".context.json", "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, manifest))


# ---------------------------------------------------------------- DOCX
def _set_repeat_header(row):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def DOCX(blocks, landscape_=False, font="Times New Roman", size=12):
    """blocks: str (paragraph; '\\n' inside = line break), ('b', text) bold paragraph,
    ('pb',) page break, ('t', rows, opts) table; opts: merges=[(r1,c1,r2,c2)], header=n,
    widths=[cm...], size=pt."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if landscape_:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    for b in blocks:
        if isinstance(b, str):
            p = d.add_paragraph()
            lines = b.split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif b[0] == "b":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif b[0] == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif b[0] == "t":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is None:
                        continue
                    c = t.cell(i, j)
                    lines = str(v).split("\n")
                    c.text = lines[0]
                    for ln in lines[1:]:
                        c.add_paragraph(ln)
                    if opts.get("size"):
                        for p in c.paragraphs:
                            for rn in p.runs:
                                rn.font.size = Pt(opts["size"])
            for (r1, c1, r2, c2) in opts.get("merges", []):
                a, z = t.cell(r1, c1), t.cell(r2, c2)
                keep = a.text
                m = a.merge(z)
                # merging concatenates texts; keep the first cell's text only
                for p in m.paragraphs[1:]:
                    p._element.getparent().remove(p._element)
                m.paragraphs[0].text = keep.split("\n")[0] if keep else ""
                for ln in keep.split("\n")[1:]:
                    m.add_paragraph(ln)
            for i in range(opts.get("header", 0)):
                _set_repeat_header(t.rows[i])
            if opts.get("widths"):
                for j, w in enumerate(opts["widths"]):
                    for row in t.rows:
                        try:
                            row.cells[j].width = Cm(w)
                        except IndexError:
                            pass
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- XLSX
def XLSX(sheets):
    """sheets: list of (title, rows, opts); rows: lists of cell values; opts: merges=['A1:B1'],
    widths={'A': 5}, wrap=True."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for m in opts.get("merges", []):
            ws.merge_cells(m)
        for col, w in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        brd = opts.get("border_from")
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if brd and c.row >= brd[0] and c.row <= brd[1] and c.column <= brd[2]:
                    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- PDF
def PDF(blocks, landscape_=False, font="DJ", size=10):
    """blocks: str paragraph, ('b', text), ('pb',), ('sp', h), ('t', rows, opts) with
    opts: widths=[pt], header=n, size=pt, split_in_row=True."""
    bio = io.BytesIO()
    ps = A4 if not landscape_ else landscape(A4)
    doc_ = SimpleDocTemplate(bio, pagesize=ps, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    st = ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3)
    stb = ParagraphStyle("b", fontName="DJB", fontSize=size, leading=size * 1.3)
    flow = []
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    for b in blocks:
        if isinstance(b, str):
            flow.append(Paragraph(esc(b), st))
            flow.append(Spacer(1, 4))
        elif b[0] == "b":
            flow.append(Paragraph(esc(b[1]), stb))
            flow.append(Spacer(1, 4))
        elif b[0] == "pb":
            flow.append(PageBreak())
        elif b[0] == "sp":
            flow.append(Spacer(1, b[1]))
        elif b[0] == "t":
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            cs = ParagraphStyle("c", fontName=font, fontSize=opts.get("size", 8), leading=opts.get("size", 8) * 1.25)
            data = [[Paragraph(esc(str(v)), cs) if v is not None else "" for v in r] for r in rows]
            kw = {}
            if opts.get("split_in_row"):
                kw["splitInRow"] = 1
            t = Table(data, colWidths=opts.get("widths"), repeatRows=opts.get("header", 0), **kw)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for (c1, r1, c2, r2) in opts.get("spans", []):
                sty.append(("SPAN", (c1, r1), (c2, r2)))
            t.setStyle(TableStyle(sty))
            flow.append(t)
            flow.append(Spacer(1, 6))
    doc_.build(flow)
    return bio.getvalue()


# ---------------------------------------------------------------- e-mail
def EML(frm, to, subject, date, msgid, text=None, html=None, charset="utf-8", attachments=(),
        extra=None, cte=None, raw_body=None):
    """A whole message. attachments: (filename, bytes, 'maintype/subtype')."""
    def textpart(body, sub):
        m = MIMEText(body, sub, charset)
        if cte == "8bit" and charset != "utf-8":
            del m["Content-Transfer-Encoding"]
            m.set_payload(body.encode(charset))
            m["Content-Transfer-Encoding"] = "8bit"
        return m
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
        for fn, data, mt in attachments:
            ma, sb = mt.split("/")
            a = MIMEBase(ma, sb)
            a.set_payload(data)
            encoders.encode_base64(a)
            try:
                fn.encode("ascii")
                a.add_header("Content-Disposition", "attachment", filename=fn)
            except UnicodeEncodeError:
                a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
            msg.attach(a)
    else:
        msg = body
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = Header(subject, "utf-8") if any(ord(c) > 127 for c in subject) else subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg.as_bytes()


def RAWEML(headers, body_bytes):
    """A message written byte by byte (for missing / wrong charset labels)."""
    h = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return h.encode("ascii") + b"\r\n" + body_bytes


MT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MT_PDF = "application/pdf"

# ================================================================ documents
# ---------------------------------------------------------------- Appendix 1 forms
KK_HEAD = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №",
           "Мемлекеттік көрсетілетін қызметтің атауы",
           "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)",
           "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
           "Нормативтік құқықтық актілердің өзгерістері",
           "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
           "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]


def f01():
    name = "f01-vet-turkistan-kk.docx"
    n1 = "Ветеринариялық анықтама беру"
    s1 = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 21 мамырдағы № 7-1/322 бұйрығымен бекітілген «Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары"
    n2 = "Жануарларды бірдейлендіру жөніндегі дерекқордан үзінді көшірме беру"
    s2 = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 21 мамырдағы № 7-1/322 бұйрығымен бекітілген «Жануарларды бірдейлендіру жөніндегі дерекқордан үзінді көшірме беру» мемлекеттік көрсетілетін қызмет қағидалары"
    npa1 = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 3 қарашадағы № 418 «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 21 мамырдағы № 7-1/322 бұйрығына өзгерістер енгізу туралы» бұйрығы"
    c8 = "Тұрлыбеков Дәурен Әбілқасымұлы, ветеринариялық қауіпсіздік бөлімінің бас маманы, тел.: 8 (7253) 31-20-44, e-mail: d.turlybekov@vet.turkistan.gov.kz"
    rows = [KK_HEAD, ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", "00702011", n1, s1, "—", npa1, "www.egov.kz", c8],
            ["2", "00702015", n2, s2, "—", "—", "www.egov.kz, www.gov.kz/memleket/entities/turkestan-vet", c8]]
    blocks = [
        "Бірыңғай байланыс орталығының\n2027 жылғы 9 ақпандағы № ЕКЦ-2027/388 сұрауына",
        ("b", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"),
        ("t", rows, {"header": 1, "size": 9}),
        "Жауапты орындаушының Т.А.Ә.: Әбдіқадыров Ержан Мұратұлы",
        "Күні: 2027 жылғы «16» ақпан",
    ]
    resp = P("Тұрлыбеков Дәурен Әбілқасымұлы", "ветеринариялық қауіпсіздік бөлімінің бас маманы",
             "d.turlybekov@vet.turkistan.gov.kz", "8 (7253) 31-20-44")
    key = [doc(name, "appendix1_form", "kk", services=[
        FS("00702011", n1, s1, None, npa1, "www.egov.kz", resp),
        FS("00702015", n2, s2, None, None, "www.egov.kz, www.gov.kz/memleket/entities/turkestan-vet", resp)],
        executor={"full_name": "Әбдіқадыров Ержан Мұратұлы", "date": "2027-02-16"})]
    ctx = CTX(AG("«Түркістан облысының ветеринария басқармасы» мемлекеттік мекемесі", "kense@vet.turkistan.gov.kz", "190340021578"),
              [("00702011", n1), ("00702015", n2)], "information",
              OL("ЕКЦ-2027/388", "2027-02-09", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
              "store the form data for both services and move the case to awaiting protocol")
    put(name, DOCX(blocks, landscape_=True, size=11), key, ctx,
        "appendix1_form | kk | docx | Kazakh headers, column-number row, regulation dash, website cell with two addresses, Kazakh date in executor line")


def f02():
    name = "f02-zanyatost-kyzylorda-ru.docx"
    n = "Регистрация лиц, ищущих работу"
    s = "Правила оказания государственной услуги «Регистрация лиц, ищущих работу», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 3 июня 2020 года № 210"
    head1 = ["№ п/п", "Сведения о государственной услуге", None, "Нормативные правовые акты", None, None, "Интернет-ресурс, на котором размещена информация о государственной услуге", "Ответственное лицо"]
    head2 = [None, "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт (с указанием реквизитов)", "Регламент (с указанием реквизитов)", "Изменения нормативных правовых актов", None, "Фамилия, имя, отчество, должность"]
    row = ["1.", "00603004", n, s, "не утверждается", "-", "https://www.enbek.kz",
           "Абенова Гульмира Сейткалиевна\nглавный специалист отдела содействия занятости\n8 (7242) 23-05-61\ng.abenova@zanyatost.kyzylorda.gov.kz"]
    blocks = [
        "Приложение к письму\nот 22.02.2027 № 04-12/617",
        ("b", "Информация о государственной услуге\n(по форме приложения 1 к Правилам взаимодействия Единого контакт-центра)"),
        ("t", [head1, head2, row], {"merges": [(0, 1, 0, 2), (0, 3, 0, 5), (0, 0, 1, 0), (0, 6, 1, 6), (0, 7, 1, 7)], "size": 9}),
        "Ф.И.О. ответственного исполнителя: Жусупбекова Айнур Маратовна",
        "Дата: « 22 » февраля 2027 г.",
    ]
    key = [doc(name, "appendix1_form", "ru", services=[
        FS("00603004", n, s, "не утверждается", None, "www.enbek.kz",
           P("Абенова Гульмира Сейткалиевна", "главный специалист отдела содействия занятости", "g.abenova@zanyatost.kyzylorda.gov.kz", "8 (7242) 23-05-61"))],
        executor={"full_name": "Жусупбекова Айнур Маратовна", "date": "2027-02-22"})]
    ctx = CTX(AG("ГУ «Управление координации занятости и социальных программ Кызылординской области»", "kanc@zanyatost.kyzylorda.gov.kz", "050240018834"),
              [("00603004", n)], "information", OL("ЕКЦ-2027/402", "2027-02-11", "О представлении информации о государственной услуге"),
              "store the form data and move the case to awaiting protocol")
    put(name, DOCX(blocks, landscape_=True), key, ctx,
        "appendix1_form | ru | docx | two-row header with horizontal and vertical merges; column 5 'не утверждается' (text, kept as written), column 6 '-' null; col 8 lines without labels")


def f03():
    name = "f03-zher-zhambyl-bilingual.xlsx"
    svc = [
        ("01502003", "Жер учаскесіне сәйкестендіру құжаттарын дайындау / Изготовление идентификационных документов на земельный участок",
         "ҚР Ауыл шаруашылығы министрінің м.а. 2020 жылғы 1 қазандағы № 301 бұйрығы / приказ и.о. Министра сельского хозяйства РК от 1 октября 2020 года № 301",
         "Ақымбеков Серік Жанұзақұлы – жер кадастры бөлімінің басшысы, 8 (7262) 43-17-09, s.akymbekov@zher.zhambyl.gov.kz"),
        ("01502011", "Іздестіру жұмыстарын жүргізу үшін жер учаскелерін пайдалануға рұқсат беру / Выдача разрешения на использование земельного участка для изыскательских работ",
         "ҚР Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығы / приказ Министра сельского хозяйства РК от 1 октября 2020 года № 301",
         "Нұрпейісова Әсел Бекенқызы – бас маман, 8 (7262) 43-17-12, a.nurpeisova@zher.zhambyl.gov.kz"),
        ("01502019", "Жер учаскесінің нысаналы мақсатын өзгерту / Изменение целевого назначения земельного участка",
         "ҚР Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығы / приказ Министра сельского хозяйства РК от 1 октября 2020 года № 301",
         "Нұрпейісова Әсел Бекенқызы – бас маман, 8 (7262) 43-17-12, a.nurpeisova@zher.zhambyl.gov.kz"),
    ]
    head = ["№\nр/с", "Тізілімдегі № /\n№ в реестре", "Қызмет атауы /\nНаименование услуги", "Стандарт /\nСтандарт (реквизиттері)",
            "Регламент", "НҚА өзгерістері /\nИзменения НПА", "Интернет-ресурс", "Жауапты тұлға (Т.А.Ә., лауазымы) /\nОтветственное лицо (ФИО, должность)"]
    npa3 = "ҚР АШМ 2026 жылғы 12 тамыздағы № 277 бұйрығы"
    rows = [["Бірыңғай байланыс орталығына ақпарат / Информация в Единый контакт-центр"] + [None] * 7,
            ["Жамбыл облысы әкімдігінің жер қатынастары басқармасы"] + [None] * 7,
            [None] * 8, head, [1, 2, 3, 4, 5, 6, 7, 8]]
    for i, (r, n, s, c8) in enumerate(svc, 1):
        rows.append([i, r, n, s, "-", npa3 if r == "01502019" else "", "egov.kz", c8])
    rows += [[None] * 8, ["Орындаған / Исполнитель: Қалиева Жанар Төлегенқызы, 8 (7262) 43-17-30"] + [None] * 7,
             ["Күні / Дата: 03.03.2027"] + [None] * 7]
    data = XLSX([("Қосымша 1", rows, {"merges": ["A1:H1", "A2:H2"], "widths": {"A": 5, "B": 12, "C": 38, "D": 40, "E": 10, "F": 22, "G": 12, "H": 40},
                                        "border_from": (4, 8, 8)})])
    pa = P("Ақымбеков Серік Жанұзақұлы", "жер кадастры бөлімінің басшысы", "s.akymbekov@zher.zhambyl.gov.kz", "8 (7262) 43-17-09")
    pb = P("Нұрпейісова Әсел Бекенқызы", "бас маман", "a.nurpeisova@zher.zhambyl.gov.kz", "8 (7262) 43-17-12")
    key = [doc(name, "appendix1_form", services=[
        FS(svc[0][0], svc[0][1], svc[0][2], None, None, "egov.kz", pa),
        FS(svc[1][0], svc[1][1], svc[1][2], None, None, "egov.kz", pb),
        FS(svc[2][0], svc[2][1], svc[2][2], None, npa3, "egov.kz", pb)],
        executor={"full_name": "Қалиева Жанар Төлегенқызы", "date": "2027-03-03"})]
    ctx = CTX(AG("Жамбыл облысы әкімдігінің жер қатынастары басқармасы", "zher@zhambyl.gov.kz", "040140003921"),
              [(r, n.split(" / ")[1]) for r, n, _, _ in svc], "information",
              OL("ЕКЦ-2027/455", "2027-02-24", "О представлении информации по форме приложения 1"),
              "store the form data for three services; awaiting protocol next")
    put(name, data, key, ctx,
        "appendix1_form | kk+ru | xlsx | bilingual cells (name and standard in both languages), title rows merged above header, numeric column-number row, empty npa cells, executor with phone")


def f04():
    name = "f04-bilim-abai-ru.pdf"
    web = "https://abai-bilim.gov.kz"
    s1 = "Правила оказания государственной услуги «Прием документов и зачисление детей в дошкольные организации», утвержденные приказом Министра просвещения Республики Казахстан от 31 августа 2022 года № 385"
    s2 = "Правила оказания государственной услуги «Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах», утвержденные приказом Министра образования и науки Республики Казахстан от 24 апреля 2020 года № 158"
    s3 = "Правила оказания государственной услуги «Выдача дубликатов документов об основном среднем, общем среднем образовании», утвержденные приказом Министра образования и науки Республики Казахстан от 24 апреля 2020 года № 158"
    s4 = "Правила оказания государственной услуги «Прием документов для организации индивидуального бесплатного обучения на дому детей, которые по состоянию здоровья в течение длительного времени не могут посещать организации начального, основного среднего, общего среднего образования», утвержденные приказом Министра образования и науки Республики Казахстан от 24 апреля 2020 года № 158"
    npa3 = ("Приказ Министра просвещения Республики Казахстан от 14 октября 2024 года № 256 «О внесении изменений в приказ Министра образования и науки Республики Казахстан от 24 апреля 2020 года № 158 «Об утверждении правил оказания государственных услуг в сфере основного среднего, общего среднего образования»»; "
            "приказ Министра просвещения Республики Казахстан от 2 июня 2025 года № 118 «О внесении изменения в приказ Министра образования и науки Республики Казахстан от 24 апреля 2020 года № 158»; "
            "приказ Министра просвещения Республики Казахстан от 19 января 2026 года № 12 «О внесении изменений и дополнений в некоторые приказы Министра образования и науки Республики Казахстан»")
    n = ["Прием документов и зачисление детей в дошкольные организации",
         "Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах",
         "Выдача дубликатов документов об основном среднем, общем среднем образовании",
         "Прием документов для организации индивидуального бесплатного обучения на дому детей, которые по состоянию здоровья в течение длительного времени не могут посещать организации начального, основного среднего, общего среднего образования"]
    c8a = "Оспанова Салтанат Ерболовна, руководитель отдела дошкольного образования, тел. 8 (7222) 52-33-18, s.ospanova@bilim.abai.gov.kz"
    c8b = "Гребенюк Ирина Владимировна, главный специалист отдела общего среднего образования, тел. 8 (7222) 52-33-40, i.grebenyuk@bilim.abai.gov.kz"
    reg = ["00402003", "00403021", "00403009", "00403014"]
    std = [s1, s2, s3, s4]
    npa = ["–", "–", npa3, "–"]
    c8 = [c8a, c8b, c8b, c8b]
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
            "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов",
            "Интернет-ресурс, на котором размещена информация о государственной услуге", "Фамилия, имя, отчество, должность ответственного лица"]
    rows = [head, [str(i) for i in range(1, 9)]]
    for i in range(4):
        rows.append([str(i + 1), reg[i], n[i], std[i], "–", npa[i], web, c8[i]])
    intro = ("ГУ «Управление образования области Абай»\nг. Семей, ул. Абая Кунанбаева, 108\n"
             "Исх. № 02-08/1194 от 01.03.2027\n\nЕдиный контакт-центр\nНа № ЕКЦ-2027/431 от 19.02.2027")
    blocks = [intro, ("sp", 20),
              "Управление образования области Абай в ответ на Ваш запрос направляет информацию о государственных услугах в сфере образования "
              "по форме приложения 1 к Правилам взаимодействия Единого контакт-центра.\nПриложение: на 2 л.",
              ("sp", 20), "Руководитель управления                                   Т. Жаксылыков", ("pb",),
              ("b", "Информация о государственных услугах (приложение 1 к Правилам взаимодействия)"),
              ("t", rows, {"widths": [22, 58, 88, 112, 50, 130, 120, 132], "header": 1, "size": 7.5, "split_in_row": True}),
              "Ответственный исполнитель: Гребенюк И.В.", "Дата: 1 марта 2027 г."]
    ra = P("Оспанова Салтанат Ерболовна", "руководитель отдела дошкольного образования", "s.ospanova@bilim.abai.gov.kz", "8 (7222) 52-33-18")
    rb = P("Гребенюк Ирина Владимировна", "главный специалист отдела общего среднего образования", "i.grebenyuk@bilim.abai.gov.kz", "8 (7222) 52-33-40")
    key = [doc(name, "appendix1_form", "ru", services=[
        FS(reg[i], n[i], std[i], None, npa3 if i == 2 else None, web, ra if i == 0 else rb) for i in range(4)],
        executor={"full_name": "Гребенюк И.В.", "date": "2027-03-01"})]
    ctx = CTX(AG("ГУ «Управление образования области Абай»", "kense@bilim.abai.gov.kz", "221040007716"),
              [(reg[i], n[i]) for i in range(4)], "information", OL("ЕКЦ-2027/431", "2027-02-19", "О представлении информации о государственных услугах"),
              "store four services' data; awaiting protocol next")
    put(name, PDF(blocks, landscape_=True), key, ctx,
        "appendix1_form | ru | pdf text | covering letter on page 1, then four rows: row 3 (three acts in column 6) and row 4 (long name) each run across a page break, header repeated on every page, en dashes for empty cells")


def f05():
    name = "f05-azamattyq-hal-baizak-kk.eml"
    n = "Баланың тууын тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу"
    s = "Қазақстан Республикасы Әділет министрінің 2020 жылғы 29 мамырдағы № 66 бұйрығымен бекітілген «Баланың тууын тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу» мемлекеттік қызмет көрсету қағидалары"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{{border:1px solid #000;padding:3px;font-family:Calibri}}</style></head>
<body><div>Құрметті әріптестер!</div><div>Сіздердің 2027 жылғы 2 наурыздағы № ЕКЦ-2027/470 хатыңызға сәйкес Байзақ ауданы әкімдігінің АХАТ бөлімі көрсететін мемлекеттік қызмет бойынша ақпаратты жолдаймыз.</div><br>
<table cellspacing="0" style="border-collapse:collapse">
<tr><td><b>№</b></td><td><b>Тізілімдегі нөмірі</b></td><td><b>Атауы</b></td><td><b>Стандарты</b></td><td><b>Регламенті</b></td><td><b>НҚА өзгерістері</b></td><td><b>Интернет-ресурс</b></td><td><b>Жауапты тұлға</b></td></tr>
<tr><td>1</td><td>01101001</td><td>{n}</td><td>{s}</td><td>&nbsp;</td><td>&nbsp;</td><td><a href="https://egov.kz">https://egov.kz</a></td><td>Сейітқалиева Перизат Нұрланқызы,<br>АХАТ бөлімінің басшысы,<br>тел. +7 (72637) 2-14-58,<br>perizat.s@baizak.zhambyl.gov.kz</td></tr>
</table><br>
<div>Орындаған: Сейітқалиева П.Н.<br>2027 жылғы 4 наурыз</div><br>
<div style="color:#777">--<br>Байзақ ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі<br>Сарыкемер ауылы, Байзақ батыр көшесі, 98</div>
</body></html>"""
    data = EML(formataddr(("АХАТ бөлімі Байзақ", "ahat@baizak.zhambyl.gov.kz")), EKC,
               "ЕКЦ-2027/470 хатқа жауап", "Thu, 04 Mar 2027 11:42:07 +0500", "<a81f3c@baizak.zhambyl.gov.kz>", html=html)
    key = [doc("body", "appendix1_form", "kk", services=[
        FS("01101001", n, s, None, None, "egov.kz",
           P("Сейітқалиева Перизат Нұрланқызы", "АХАТ бөлімінің басшысы", "perizat.s@baizak.zhambyl.gov.kz", "+7 (72637) 2-14-58"))],
        executor={"full_name": "Сейітқалиева П.Н.", "date": "2027-03-04"})]
    ctx = CTX(AG("Байзақ ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі", "ahat@baizak.zhambyl.gov.kz", "010340012265"),
              [("01101001", n)], "information", OL("ЕКЦ-2027/470", "2027-03-02", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"),
              "store the form data from the HTML body; awaiting protocol next")
    put(name, data, key, ctx,
        "appendix1_form | kk | eml html-only | table pasted in an Outlook-style HTML body, cells with <br>, empty &nbsp; cells, executor with initials and Kazakh date")


def f06():
    name = "f06-akimat-karatal-tsv-ru.eml"
    n1 = "Выдача справки о наличии личного подсобного хозяйства"
    n2 = "Выдача решения на изменение целевого назначения сельскохозяйственных угодий"
    s1 = "приказ Министра сельского хозяйства РК от 28.04.2020 № 145"
    s2 = "приказ Министра сельского хозяйства РК от 01.10.2020 № 301"
    body = (
        "Добрый день!\r\n\r\n"
        "На Ваш запрос ЕКЦ-2027/512 от 05.03.2027 направляем сведения по форме приложения 1.\r\n"
        "Таблицу скопировала из экселя, если съедет - напишите, вышлю файлом.\r\n\r\n"
        "№\tНомер в реестре\tНаименование услуги\tСтандарт\tРегламент\tИзменения НПА\tИнтернет-ресурс\tОтветственное лицо\r\n"
        f"1\t00402017\t{n1}\t{s1}\t-\t-\twww.egov.kz\tКим Виктория Эдуардовна, главный специалист аппарата акима, 8(72834)3-11-75, kim.v@karatal.zhetisu.gov.kz\r\n"
        f"2\t01502024\t{n2}\t{s2}\t-\tприказ МСХ РК от 15.08.2026 № 281\twww.egov.kz\tКим Виктория Эдуардовна, главный специалист аппарата акима, 8(72834)3-11-75, kim.v@karatal.zhetisu.gov.kz\r\n"
        "\r\n"
        "Исполнитель: Ким В.Э.\r\n"
        "10.03.2027\r\n\r\n"
        "С уважением,\r\nКим Виктория\r\nАппарат акима Каратальского района\r\n"
    )
    data = RAWEML([("From", "=?windows-1251?B?" + __import__("base64").b64encode("Ким Виктория".encode("cp1251")).decode() + "?= <kim.v@karatal.zhetisu.gov.kz>"),
                   ("To", EKC), ("Subject", "=?windows-1251?B?" + __import__("base64").b64encode("Ответ на запрос ЕКЦ".encode("cp1251")).decode() + "?="),
                   ("Date", "Wed, 10 Mar 2027 16:05:33 +0500"), ("Message-ID", "<20270310160533.77@karatal.zhetisu.gov.kz>"),
                   ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=windows-1251"), ("Content-Transfer-Encoding", "8bit")],
                  body.encode("cp1251"))
    r = P("Ким Виктория Эдуардовна", "главный специалист аппарата акима", "kim.v@karatal.zhetisu.gov.kz", "8(72834)3-11-75")
    key = [doc("body", "appendix1_form", "ru", services=[
        FS("00402017", n1, s1, None, None, "www.egov.kz", r),
        FS("01502024", n2, s2, None, "приказ МСХ РК от 15.08.2026 № 281", "www.egov.kz", r)],
        executor={"full_name": "Ким В.Э.", "date": "2027-03-10"})]
    ctx = CTX(AG("ГУ «Аппарат акима Каратальского района области Жетісу»", "karatal@zhetisu.gov.kz", "990240004418"),
              [("00402017", n1), ("01502024", n2)], "information", OL("ЕКЦ-2027/512", "2027-03-05", "О представлении информации по форме приложения 1"),
              "store two services' data from the tab-separated body; awaiting protocol next")
    put(name, data, key, ctx,
        "appendix1_form | ru | eml text/plain windows-1251 8bit | tab-separated table in the body, short standard requisites, executor initials")


def f07():
    name = "f07-agro-ulytau-kk.eml"
    att = "1-қосымша_ауыл шаруашылығы.docx"
    svc = [
        ("00101012", "Тыңайтқыштардың (органикалық тыңайтқыштарды қоспағанда) құнын субсидиялау",
         "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 30 наурыздағы № 107 бұйрығымен бекітілген Тыңайтқыштардың құнын субсидиялау қағидалары"),
        ("00101014", "Пестицидтердің, биоагенттердің (энтомофагтардың) құнын субсидиялау",
         "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 30 наурыздағы № 108 бұйрығымен бекітілген Пестицидтердің, биоагенттердің (энтомофагтардың) құнын субсидиялау қағидалары"),
        ("00101020", "Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау",
         "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2019 жылғы 15 наурыздағы № 108 бұйрығымен бекітілген Асыл тұқымды мал шаруашылығын дамытуды, мал шаруашылығының өнімділігін және өнім сапасын арттыруды субсидиялау қағидалары"),
        ("00101031", "Агроөнеркәсіптік кешен субъектісі инвестициялық салынымдар кезінде жұмсаған шығыстардың бір бөлігін өтеу бойынша субсидиялау",
         "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2018 жылғы 23 шілдедегі № 317 бұйрығымен бекітілген Инвестициялық субсидиялау қағидалары"),
        ("00101038", "Ауыл шаруашылығы өнімін өндіруді және дайындауды қаржыландыру жөніндегі кредиттер бойынша пайыздық мөлшерлемені субсидиялау",
         "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2019 жылғы 26 қарашадағы № 405 бұйрығымен бекітілген Пайыздық мөлшерлемені субсидиялау қағидалары"),
    ]
    npa = {"00101012": "ҚР АШМ 2026 жылғы 18 ақпандағы № 61 «№ 107 бұйрыққа өзгерістер енгізу туралы» бұйрығы",
           "00101031": "ҚР АШМ 2026 жылғы 7 мамырдағы № 163 бұйрығы"}
    people = {
        "a": ("Бекмұхамбетов Ғалымжан Серікұлы, өсімдік шаруашылығы бөлімінің басшысы, 8 (7102) 76-40-12, g.bekmukhambetov@agro.ulytau.gov.kz",
              P("Бекмұхамбетов Ғалымжан Серікұлы", "өсімдік шаруашылығы бөлімінің басшысы", "g.bekmukhambetov@agro.ulytau.gov.kz", "8 (7102) 76-40-12")),
        "b": ("Тоқтарова Мөлдір Қайратқызы, мал шаруашылығы бөлімінің бас маманы, 8 (7102) 76-40-27, m.toktarova@agro.ulytau.gov.kz",
              P("Тоқтарова Мөлдір Қайратқызы", "мал шаруашылығы бөлімінің бас маманы", "m.toktarova@agro.ulytau.gov.kz", "8 (7102) 76-40-27")),
        "c": ("Жақыпов Арман, қаржыландыру және субсидиялау бөлімінің жетекші маманы, 8 (7102) 76-40-35, a.zhakypov@agro.ulytau.gov.kz",
              P("Жақыпов Арман", "қаржыландыру және субсидиялау бөлімінің жетекші маманы", "a.zhakypov@agro.ulytau.gov.kz", "8 (7102) 76-40-35")),
    }
    who = {"00101012": "a", "00101014": "a", "00101020": "b", "00101031": "c", "00101038": "c"}
    rows = [KK_HEAD, [str(i) for i in range(1, 9)]]
    for i, (r, n, s) in enumerate(svc, 1):
        rows.append([f"{i}.", r, n, s, "—", npa.get(r, "—"), "www.egov.kz", people[who[r]][0]])
    form = DOCX([("b", "Ұлытау облысының ауыл шаруашылығы басқармасы"),
                 "Бірыңғай байланыс орталығының ақпарат беру туралы сұрауына (1-қосымша нысаны)",
                 ("t", rows, {"size": 8, "header": 1}),
                 "Жауапты орындаушы: Тоқтарова Мөлдір Қайратқызы",
                 "2027 жылғы 12 наурыз"], landscape_=True)
    text = ("Сәлеметсіз бе!\n\n"
            "Бірыңғай байланыс орталығының 2027 жылғы 3 наурыздағы № ЕКЦ-2027/489 хатына сәйкес басқарма көрсететін "
            "субсидиялау жөніндегі бес мемлекеттік қызмет бойынша ақпарат 1-қосымшаның нысаны бойынша қоса беріліп отыр.\n\n"
            "Регламенттер бағанында сызықша қойылды, себебі мемлекеттік көрсетілетін қызмет регламенттері қазіргі уақытта бекітілмейді.\n\n"
            "Құрметпен,\nТоқтарова Мөлдір\nҰлытау облысының ауыл шаруашылығы басқармасы\nЖезқазған қ., Алашахан даңғылы, 1\n")
    data = EML(formataddr(("Тоқтарова Мөлдір", "m.toktarova@agro.ulytau.gov.kz")), EKC,
               "Ақпарат (1-қосымша) / Информация по приложению 1", "Fri, 12 Mar 2027 09:18:51 +0500",
               "<5521.ulytau.agro@agro.ulytau.gov.kz>", text=text, attachments=[(att, form, MT_DOCX)])
    key = [doc(att, "appendix1_form", "kk", services=[
        FS(r, n, s, None, npa.get(r), "www.egov.kz", people[who[r]][1]) for r, n, s in svc],
        executor={"full_name": "Тоқтарова Мөлдір Қайратқызы", "date": "2027-03-12"})]
    ctx = CTX(AG("«Ұлытау облысының ауыл шаруашылығы басқармасы» ММ", "kense@agro.ulytau.gov.kz", "220940011185"),
              [(r, n) for r, n, _ in svc], "information", OL("ЕКЦ-2027/489", "2027-03-03", "Ақпарат беру туралы"),
              "store five services' data from the attached form; awaiting protocol next")
    put(name, data, key, ctx,
        "appendix1_form | kk | eml + docx (Kazakh file name, RFC 2231) | five rows, regulation dashes explained in the Kazakh covering note (not keyed), three responsible persons, one without patronymic")


def f08():
    name = "f08-sideways-turgyn-uy-atyrau.docx"
    n = "Тұрғын үй көмегін тағайындау / Назначение жилищной помощи"
    s = "Қазақстан Республикасы Өнеркәсіп және инфрақұрылымдық даму министрінің 2020 жылғы 16 сәуірдегі № 216 бұйрығымен бекітілген «Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызмет қағидалары"
    c8 = "Мұратқызы Ақмарал, тұрғын үй көмегі секторының меңгерушісі\nтел.: +7 (7122) 27-55-03\nakmaral.m@atyrau-tkb.gov.kz"
    rows = [["1. Тізілімдегі № / № в реестре", "00503007"],
            ["2. Атауы / Наименование", n],
            ["3. Стандарт (деректемелері) / Стандарт (реквизиты)", s],
            ["4. Регламент (деректемелері) / Регламент (реквизиты)", "—"],
            ["5. НҚА өзгерістері / Изменения НПА", "Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 20 қаңтардағы № 19 бұйрығы"],
            ["6. Интернет-ресурс", "atyrau-tkb.gov.kz/kyzmetter"],
            ["7. Жауапты тұлға / Ответственное лицо", c8]]
    blocks = ["Атырау қаласы әкімдігінің тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі",
              "Шығ. № 3-17/205, 2027 жылғы 15 наурыз",
              ("b", "1-қосымша / Приложение 1"),
              ("t", rows, {"widths": [6, 11]}),
              "Орындаған: Бақытжанова Әйгерім Серікқызы",
              "Күні: 15.03.2027"]
    key = [doc(name, "appendix1_form", services=[
        FS("00503007", n, s, None, "Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің 2026 жылғы 20 қаңтардағы № 19 бұйрығы",
           "atyrau-tkb.gov.kz/kyzmetter",
           P("Мұратқызы Ақмарал", "тұрғын үй көмегі секторының меңгерушісі", "akmaral.m@atyrau-tkb.gov.kz", "+7 (7122) 27-55-03"))],
        executor={"full_name": "Бақытжанова Әйгерім Серікқызы", "date": "2027-03-15"})]
    ctx = CTX(AG("Атырау қаласы әкімдігінің тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі", "kense@atyrau-tkb.gov.kz", "071240009352"),
              [("00503007", "Назначение жилищной помощи")], "information", OL("ЕКЦ-2027/518", "2027-03-09", "О представлении информации о государственной услуге"),
              "store the one service's data from a sideways field|value form; awaiting protocol next")
    put(name, DOCX(blocks), key, ctx,
        "appendix1_form | kk+ru | docx | form turned on its side (field | value, numbered bilingual labels), person named only by patronymic-like surname «Мұратқызы» + given name")


def f09():
    name = "f09-akimat-saryagash-12rows-ru.docx"
    W = "www.egov.kz"
    std = lambda title, who, date, no: f"Правила оказания государственной услуги «{title}», утвержденные приказом {who} от {date} № {no}"
    data_ = [
        ("00402017", "Выдача справки о наличии личного подсобного хозяйства", "Министра сельского хозяйства Республики Казахстан", "28 апреля 2020 года", "145", "a"),
        ("01003005", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде", "Министра индустрии и инфраструктурного развития Республики Казахстан", "16 апреля 2020 года", "216", "b"),
        ("01003012", "Приватизация жилищ из государственного жилищного фонда", "Министра индустрии и инфраструктурного развития Республики Казахстан", "16 апреля 2020 года", "216", "b"),
        ("00503007", "Назначение жилищной помощи", "Министра индустрии и инфраструктурного развития Республики Казахстан", "16 апреля 2020 года", "216", "b"),
        ("00801004", "Выдача разрешения на вырубку деревьев", "Министра экологии, геологии и природных ресурсов Республики Казахстан", "1 июня 2020 года", "132", "c"),
        ("00605003", "Назначение социальной помощи отдельным категориям нуждающихся граждан по решениям местных представительных органов", "Министра труда и социальной защиты населения Республики Казахстан", "25 июня 2020 года", "237", "d"),
        ("00605011", "Оформление документов на инвалидов для предоставления им протезно-ортопедической помощи", "Министра труда и социальной защиты населения Республики Казахстан", "29 июня 2020 года", "250", "d"),
        ("00605015", "Назначение государственной адресной социальной помощи", "Министра труда и социальной защиты населения Республики Казахстан", "29 июня 2020 года", "248", "d"),
        ("01201009", "Выдача архивных справок", "Министра культуры и спорта Республики Казахстан", "22 января 2021 года", "8", "e"),
        ("00301138", "Присвоение или изменение адреса объекту недвижимости", "Министра индустрии и инфраструктурного развития Республики Казахстан", "6 мая 2020 года", "280", "c"),
        ("00402031", "Выдача решения на перевод жилого помещения в нежилое помещение", "Министра индустрии и инфраструктурного развития Республики Казахстан", "30 декабря 2020 года", "706", "c"),
        ("00404021", "Выдача справок о наличии или отсутствии земельного участка", "Министра сельского хозяйства Республики Казахстан", "1 октября 2020 года", "301", "a"),
    ]
    ppl = {
        "a": ("Тажибаев Нурлыбек Абдусаттарович – главный специалист отдела сельского хозяйства, тел. 8 (72537) 2-15-40, n.tazhibaev@saryagash.gov.kz",
              P("Тажибаев Нурлыбек Абдусаттарович", "главный специалист отдела сельского хозяйства", "n.tazhibaev@saryagash.gov.kz", "8 (72537) 2-15-40")),
        "b": ("Умирзакова Лайло Рустамовна – ведущий специалист отдела жилищно-коммунального хозяйства, тел. 8 (72537) 2-18-03, l.umirzakova@saryagash.gov.kz",
              P("Умирзакова Лайло Рустамовна", "ведущий специалист отдела жилищно-коммунального хозяйства", "l.umirzakova@saryagash.gov.kz", "8 (72537) 2-18-03")),
        "c": ("Есимов Бахтияр Калдыбекович – руководитель отдела строительства, архитектуры и градостроительства, тел. 8 (72537) 2-11-96, b.esimov@saryagash.gov.kz",
              P("Есимов Бахтияр Калдыбекович", "руководитель отдела строительства, архитектуры и градостроительства", "b.esimov@saryagash.gov.kz", "8 (72537) 2-11-96")),
        "d": ("Абдуллаева Нодира Шавкатовна – главный специалист отдела занятости и социальных программ, тел. 8 (72537) 2-20-71, n.abdullaeva@saryagash.gov.kz",
              P("Абдуллаева Нодира Шавкатовна", "главный специалист отдела занятости и социальных программ", "n.abdullaeva@saryagash.gov.kz", "8 (72537) 2-20-71")),
        "e": ("Рахымбердиева Гүлнар Өмірзаққызы – заведующая районным архивом, тел. 8 (72537) 2-12-60, arhiv@saryagash.gov.kz",
              P("Рахымбердиева Гүлнар Өмірзаққызы", "заведующая районным архивом", "arhiv@saryagash.gov.kz", "8 (72537) 2-12-60")),
    }
    npa_ = {"00605015": "Приказ Министра труда и социальной защиты населения Республики Казахстан от 11 сентября 2026 года № 341"}
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
            "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов",
            "Интернет-ресурс, на котором размещена информация о государственной услуге", "Фамилия, имя, отчество, должность ответственного лица"]
    rows = [head, [str(i) for i in range(1, 9)]]
    ks = []
    for i, (r, t, who, dt, no, p) in enumerate(data_, 1):
        s = std(t, who, dt, no)
        rows.append([str(i), r, t, s, "", npa_.get(r, ""), W, ppl[p][0]])
        ks.append(FS(r, t, s, None, npa_.get(r), W, ppl[p][1]))
    blocks = [("b", "Информация\nо государственных услугах, оказываемых акиматом Сарыагашского района и его отделами"),
              ("t", rows, {"header": 1, "size": 8}),
              "", "Ф.И.О. ответственного исполнителя   Есимов Бахтияр Калдыбекович",
              "Дата: «17» марта 2027 г."]
    key = [doc(name, "appendix1_form", "ru", services=ks, executor={"full_name": "Есимов Бахтияр Калдыбекович", "date": "2027-03-17"})]
    ctx = CTX(AG("ГУ «Аппарат акима Сарыагашского района Туркестанской области»", "saryagash@turkistan.gov.kz", "981140002563"),
              [(r, t) for r, t, *_ in data_], "information", OL("ЕКЦ-2027/497", "2027-03-04", "О представлении информации о государственных услугах"),
              "store twelve services' data; awaiting protocol next")
    put(name, DOCX(blocks, landscape_=True, size=10), key, ctx,
        "appendix1_form | ru | docx | twelve rows over several pages (repeated header), five responsible persons, empty cells; bare file from the e-document system")


def f10():
    name = "f10-prirodnye-resursy-aktobe-xlsx.eml"
    att = "Prilozhenie_1_UPRiRP.xlsx"
    svc = [
        ("00803001", "Выдача разрешения на специальное водопользование",
         "Приказ Министра экологии, геологии и природных ресурсов РК от 11 сентября 2020 года № 216 «Об утверждении Правил оказания государственной услуги «Выдача разрешения на специальное водопользование»»"),
        ("00801009", "Выдача разрешения на пользование животным миром",
         "Приказ и.о. Министра экологии, геологии и природных ресурсов РК от 17 июня 2020 года № 151"),
    ]
    hdr1 = ["№", "№ в реестре", "Наименование государственной услуги", "Стандарт государственной услуги\n(реквизиты)", "Регламент\n(реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    rows = [["Приложение 1", None, None, None, None, None, None, None], hdr1, ["1", "2", "3", "4", "5", "6", "7", "8"],
            [1, "00803001", svc[0][1], svc[0][2], "—", "—", "www.gov.kz/memleket/entities/aktobe-tabigat",
             "Жаксыгулова Динара Амангельдиевна — главный специалист отдела водных ресурсов; +7 7132 55-60-14; d.zhaksygulova@tabigat.aktobe.gov.kz"],
            [2, "00801009", svc[1][1], svc[1][2], "—", "Приказ Министра экологии и природных ресурсов РК от 4 апреля 2026 года № 98", "www.gov.kz/memleket/entities/aktobe-tabigat",
             "Сагындыков Марат Ерланович — руководитель отдела охраны животного мира; +7 7132 55-60-31; m.sagyndykov@tabigat.aktobe.gov.kz"],
            [None] * 8, ["Исполнитель: Жаксыгулова Д.А.", None, None, None, None, None, None, None], ["Дата: 18.03.2027", None, None, None, None, None, None, None]]
    x = XLSX([("Лист1", rows, {"merges": ["A1:H1"], "widths": {"C": 30, "D": 45, "F": 30, "G": 25, "H": 45}, "border_from": (2, 5, 8)}), ("Лист2", [], {})])
    text = ("Добрый день, уважаемые коллеги!\n\nНаправляем заполненное приложение 1 по двум услугам управления (ваш исх. ЕКЦ-2027/526).\n"
            "По вопросам обучения просим связаться с ответственными лицами, указанными в таблице.\n\n"
            "--\nС уважением,\nЖаксыгулова Динара\nГУ «Управление природных ресурсов и регулирования природопользования Актюбинской области»\n"
            "г. Актобе, пр. Абилкайыр хана, 40, каб. 312\n\n"
            "Бұл хат және оған қосымшалар құпия ақпаратты қамтуы мүмкін. Данное сообщение и вложения могут содержать конфиденциальную информацию.\n")
    data = EML(formataddr(("Жаксыгулова Динара", "d.zhaksygulova@tabigat.aktobe.gov.kz")), EKC, "Приложение 1 — ответ на ЕКЦ-2027/526",
               "Thu, 18 Mar 2027 17:55:02 +0500", "<c04e11d2@tabigat.aktobe.gov.kz>", text=text, attachments=[(att, x, MT_XLSX)])
    key = [doc(att, "appendix1_form", "ru", services=[
        FS("00803001", svc[0][1], svc[0][2], None, None, "www.gov.kz/memleket/entities/aktobe-tabigat",
           P("Жаксыгулова Динара Амангельдиевна", "главный специалист отдела водных ресурсов", "d.zhaksygulova@tabigat.aktobe.gov.kz", "+7 7132 55-60-14")),
        FS("00801009", svc[1][1], svc[1][2], None, "Приказ Министра экологии и природных ресурсов РК от 4 апреля 2026 года № 98", "www.gov.kz/memleket/entities/aktobe-tabigat",
           P("Сагындыков Марат Ерланович", "руководитель отдела охраны животного мира", "m.sagyndykov@tabigat.aktobe.gov.kz", "+7 7132 55-60-31"))],
        executor={"full_name": "Жаксыгулова Д.А.", "date": "2027-03-18"})]
    ctx = CTX(AG("ГУ «Управление природных ресурсов и регулирования природопользования Актюбинской области»", "tabigat@aktobe.gov.kz", "050740002218"),
              [(r, n) for r, n, _ in svc], "information", OL("ЕКЦ-2027/526", "2027-03-11", "О представлении информации по форме приложения 1"),
              "store two services' data from the XLSX attachment; awaiting protocol next")
    put(name, data, key, ctx,
        "appendix1_form | ru | eml utf-8 + xlsx | title row merged, column-number row, empty second sheet, column 8 separated by em dash and semicolons, bilingual disclaimer")


def f11():
    name = "f11-densaulyq-batys-kk.eml"
    att = "akparat_BBO_1-kosymsha.pdf"
    n1 = "Жергілікті деңгейде медициналық ұйымға бекіту"
    n2 = "Дәрігердің қабылдауына жазылу"
    s1 = "Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 13 қарашадағы № ҚР ДСМ-194/2020 бұйрығымен бекітілген қағидалар"
    s2 = "Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы 13 қарашадағы № ҚР ДСМ-194/2020 бұйрығымен бекітілген «Дәрігердің қабылдауына жазылу» мемлекеттік көрсетілетін қызмет қағидалары"
    c8 = "Ғабдуллина Сәуле Қанатқызы, медициналық көмекті ұйымдастыру бөлімінің бас маманы, тел. 8 (7112) 50-18-66, s.gabdullina@densaulyq.bko.gov.kz"
    rows = [KK_HEAD, ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", "00902001", n1, s1, "-", "-", "www.egov.kz", c8],
            ["2", "00902004", n2, s2, "-", "-", "www.egov.kz", c8]]
    pdf = PDF(["Батыс Қазақстан облысының денсаулық сақтау басқармасы\nОрал қ., Достық-Дружба даңғылы, 180",
               "2027 жылғы 19 наурыз № 07-03/1412",
               ("b", "Мемлекеттік көрсетілетін қызметтер туралы ақпарат"),
               ("t", rows, {"widths": [22, 62, 80, 130, 45, 55, 72, 180], "size": 8}),
               "Жауапты орындаушының Т.А.Ә.: Ғабдуллина С.Қ.", "Күні: 2027 жылғы «19» наурыз",
               "Басшының орынбасары                                             Е. Мұхамбетжанов"], landscape_=True)
    text = ("Құрметті Бірыңғай байланыс орталығы!\n\nБатыс Қазақстан облысының денсаулық сақтау басқармасы сіздердің 2027 жылғы 10 наурыздағы "
            "№ ЕКЦ-2027/515 хатыңызға жауап ретінде 1-қосымшаға сәйкес ақпаратты PDF форматында жолдайды.\n\nҚұрметпен,\nкеңсе\n")
    data = EML("kense@densaulyq.bko.gov.kz", EKC, "Жауап: ЕКЦ-2027/515", "Fri, 19 Mar 2027 12:01:40 +0500",
               "<m-2027-0319-1412@densaulyq.bko.gov.kz>", text=text, attachments=[(att, pdf, MT_PDF)])
    r = P("Ғабдуллина Сәуле Қанатқызы", "медициналық көмекті ұйымдастыру бөлімінің бас маманы", "s.gabdullina@densaulyq.bko.gov.kz", "8 (7112) 50-18-66")
    key = [doc(att, "appendix1_form", "kk", services=[FS("00902001", n1, s1, None, None, "www.egov.kz", r),
                                                     FS("00902004", n2, s2, None, None, "www.egov.kz", r)],
               executor={"full_name": "Ғабдуллина С.Қ.", "date": "2027-03-19"})]
    ctx = CTX(AG("«Батыс Қазақстан облысының денсаулық сақтау басқармасы» ММ", "kense@densaulyq.bko.gov.kz", "030540007714"),
              [("00902001", n1), ("00902004", n2)], "information", OL("ЕКЦ-2027/515", "2027-03-10", "Ақпарат беру туралы"),
              "store two services' data from the PDF attachment; awaiting protocol next")
    put(name, data, key, ctx,
        "appendix1_form | kk | eml + pdf text layer | Kazakh-only PDF form, outgoing number in Kazakh word order, executor initials with Kazakh letter Қ")


def f12():
    name = "f12-arhiv-mangystau-reordered.docx"
    n = "Выдача архивных справок"
    s = "Правила оказания государственной услуги «Выдача архивных справок», утвержденные приказом Министра культуры и спорта Республики Казахстан от 22 января 2021 года № 8"
    head = ["№", "Наименование государственной услуги", "Номер в Реестре государственных услуг", "Ответственное лицо (Ф.И.О., должность, контакты)",
            "Стандарт государственной услуги", "Регламент государственной услуги", "Изменения НПА", "Интернет-ресурс"]
    rows = [head, ["1", n, "01201009", "Байғожина Ләззат Мұхтарқызы, директор КГУ «Мангистауский областной архив», 8 (7292) 30-41-17, lbaigozhina@arhiv.mangystau.gov.kz",
                   s, "отменен", "Приказ Министра культуры и информации Республики Казахстан от 30 мая 2025 года № 214-НҚ", "https://www.gov.kz/memleket/entities/mangystau-arhiv"]]
    blocks = ["Управление культуры, архивов и документации Мангистауской области", ("b", "Сведения для Единого контакт-центра"),
              ("t", rows, {}), "Исполнитель: Тулегенова Асель Бауыржановна", "Дата заполнения: 23.03.2027"]
    key = [doc(name, "appendix1_form", "ru", services=[
        FS("01201009", n, s, "отменен", "Приказ Министра культуры и информации Республики Казахстан от 30 мая 2025 года № 214-НҚ",
           "www.gov.kz/memleket/entities/mangystau-arhiv",
           P("Байғожина Ләззат Мұхтарқызы", "директор КГУ «Мангистауский областной архив»", "lbaigozhina@arhiv.mangystau.gov.kz", "8 (7292) 30-41-17"))],
        executor={"full_name": "Тулегенова Асель Бауыржановна", "date": "2027-03-23"})]
    ctx = CTX(AG("ГУ «Управление культуры, архивов и документации Мангистауской области»", "madeniet@mangystau.gov.kz", "030740000917"),
              [("01201009", n)], "information", OL("ЕКЦ-2027/540", "2027-03-16", "О представлении информации"),
              "store the service's data although the columns come in another order; awaiting protocol next")
    put(name, DOCX(blocks, landscape_=True), key, ctx,
        "appendix1_form | ru | docx | columns in another order (name before registry number, responsible in column 4), regulation 'отменен' as text, Kazakh name in a Russian form")


def f13():
    name = "f13-din-kostanay-2langhead.docx"
    kk = ["№", "Тізілімдегі №", "Қызмет атауы", "Стандарты", "Регламенті", "НҚА-ға өзгерістер", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
    ru = ["п/п", "№ в реестре", "Наименование услуги", "Стандарт", "Регламент", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    svc = [
        ("00901001", "Діни әдебиетті және діни мазмұндағы өзге де ақпараттық материалдарды, діни мақсаттағы заттарды тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу",
         "ҚР Ақпарат және қоғамдық даму министрінің 2020 жылғы 31 наурыздағы № 88 бұйрығымен бекітілген қағидалар"),
        ("00901002", "Ғибадат үйлерінен (ғимараттарынан) тыс жерлерде діни іс-шаралар өткізу туралы келісім беру",
         "ҚР Ақпарат және қоғамдық даму министрінің 2020 жылғы 31 наурыздағы № 88 бұйрығымен бекітілген қағидалар"),
        ("00901004", "Ғибадат үйлерін (ғимараттарын) салу және олардың орналасатын жерін айқындау туралы шешім беру",
         "ҚР Ақпарат және қоғамдық даму министрінің 2020 жылғы 31 наурыздағы № 88 бұйрығымен бекітілген қағидалар"),
    ]
    c8 = "Смағұлов Бауыржан Кеңесұлы, дін істері жөніндегі бөлімнің басшысы, 8 (7142) 50-32-71, b.smagulov@din.kostanay.gov.kz"
    rows = [kk, ru, ["1", "2", "3", "4", "5", "6", "7", "8"]]
    for i, (r, n, s) in enumerate(svc, 1):
        rows.append([str(i), r, n, s, "", "", "www.egov.kz", c8])
    blocks = ["Қостанай облысы әкімдігінің дін істері басқармасы", "2027 жылғы 24 наурыз № 01-17/388",
              "Бірыңғай байланыс орталығына", ("b", "1-қосымша бойынша ақпарат"), ("t", rows, {"header": 2, "size": 9}),
              "Орындаған: Смағұлов Бауыржан Кеңесұлы", "Күні: 2027 жылғы 24 наурыз"]
    r = P("Смағұлов Бауыржан Кеңесұлы", "дін істері жөніндегі бөлімнің басшысы", "b.smagulov@din.kostanay.gov.kz", "8 (7142) 50-32-71")
    key = [doc(name, "appendix1_form", "kk", services=[FS(rg, n, s, None, None, "www.egov.kz", r) for rg, n, s in svc],
               executor={"full_name": "Смағұлов Бауыржан Кеңесұлы", "date": "2027-03-24"})]
    ctx = CTX(AG("Қостанай облысы әкімдігінің дін істері басқармасы", "din@kostanay.gov.kz", "060440012973"),
              [(rg, n) for rg, n, _ in svc], "information", OL("ЕКЦ-2027/548", "2027-03-17", "1-қосымша бойынша ақпарат беру туралы"),
              "store three services' data; awaiting protocol next")
    put(name, DOCX(blocks, landscape_=True), key, ctx,
        "appendix1_form | kk | docx | two header rows (Kazakh, then Russian translation) plus column-number row, columns 5 and 6 empty")


def f14():
    name = "f14-stroitelstvo-pavlodar-longrow.eml"
    att = "форма ЕКЦ (архитектура).docx"
    n = "Выдача архитектурно-планировочного задания"
    s = ("Правила организации застройки и прохождения разрешительных процедур в сфере строительства, утвержденные приказом Министра национальной экономики "
         "Республики Казахстан от 30 ноября 2015 года № 750 (глава 3, параграф 2 «Оказание государственной услуги «Выдача архитектурно-планировочного задания»»)")
    npa = ("1) приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 13 апреля 2021 года № 177 «О внесении изменений в приказ Министра "
           "национальной экономики Республики Казахстан от 30 ноября 2015 года № 750»;\n"
           "2) приказ Министра промышленности и строительства Республики Казахстан от 28 февраля 2025 года № 71 «О внесении изменений и дополнений в приказ "
           "Министра национальной экономики Республики Казахстан от 30 ноября 2015 года № 750»;\n"
           "3) приказ Министра промышленности и строительства Республики Казахстан от 9 декабря 2026 года № 455 «О внесении изменения в приказ "
           "Министра национальной экономики Республики Казахстан от 30 ноября 2015 года № 750»")
    pre = ["Прошу ознакомиться с пояснением ниже."] * 0
    head = ["№", "№ услуги в реестре", "Наименование", "Стандарт (реквизиты)", "Регламент (реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    rows = [head, ["1", "00302018", n, s, "—", npa, "https://pavlodar-sauletqurylys.gov.kz/apz",
                   "Литвиненко Олег Николаевич,\nзаместитель руководителя управления строительства, архитектуры и градостроительства Павлодарской области,\nтел. 8 (7182) 65-09-44,\no.litvinenko@sauletqurylys.pavlodar.gov.kz"]]
    form = DOCX(["Приложение 1", ("t", rows, {"size": 11}), "Ф.И.О. ответственного исполнителя: Литвиненко Олег Николаевич", "Дата: « 26 » марта 2027 г."])
    text = ("Уважаемые коллеги,\n\nв ответ на письмо Единого контакт-центра направляем заполненную форму по услуге «Выдача архитектурно-планировочного задания».\n"
            "В графе 6 приведены все изменения, внесенные в приказ № 750, по состоянию на дату заполнения.\n\n"
            "Литвиненко О.Н.\n\nОтправлено с iPhone\n")
    data = EML(formataddr(("Литвиненко Олег", "o.litvinenko@sauletqurylys.pavlodar.gov.kz")), EKC, "Re: Запрос информации по госуслуге 00302018",
               "Fri, 26 Mar 2027 19:40:12 +0500", "<A1B2C3D4-7788-4C0F-9E11-ABCD01234567@sauletqurylys.pavlodar.gov.kz>", text=text,
               attachments=[(att, form, MT_DOCX)], extra={"In-Reply-To": "<ekc-2027-561@1414.kz>"})
    key = [doc(att, "appendix1_form", "ru", services=[FS("00302018", n, s, None, npa, "pavlodar-sauletqurylys.gov.kz/apz",
               P("Литвиненко Олег Николаевич", "заместитель руководителя управления строительства, архитектуры и градостроительства Павлодарской области",
                 "o.litvinenko@sauletqurylys.pavlodar.gov.kz", "8 (7182) 65-09-44"))],
               executor={"full_name": "Литвиненко Олег Николаевич", "date": "2027-03-26"})]
    ctx = CTX(AG("ГУ «Управление строительства, архитектуры и градостроительства Павлодарской области»", "kanc@sauletqurylys.pavlodar.gov.kz", "030140021166"),
              [("00302018", n)], "information", OL("ЕКЦ-2027/561", "2027-03-19", "Запрос информации по госуслуге 00302018"),
              "store the service's data; awaiting protocol next")
    put(name, data, key, ctx,
        "appendix1_form | ru | eml + docx (Cyrillic file name with spaces and parentheses) | a single long row (three numbered acts in column 6, line breaks in col 8) that spans pages, 'Отправлено с iPhone'")


def f15():
    name = "f15-saulet-ekibastuz-kk.pdf"
    n = "Жобалау алдындағы және жобалау (жобалау-сметалық) құжаттамасына сараптама жүргізу"
    s = "Қазақстан Республикасы Ұлттық экономика министрінің 2015 жылғы 30 қарашадағы № 750 бұйрығымен бекітілген Құрылыс саласындағы рұқсат беру рәсімдерінен өту және құрылыс салу ережелері"
    c8 = "Ысқақов Нұржан Төлеубайұлы – қала әкімдігінің сәулет және қала құрылысы бөлімінің бас маманы, +7 (71887) 7-22-15, n.yskakov@ekibastuz.gov.kz"
    rows = [KK_HEAD, ["1", "00302025", n, s, "-", "-", "ekibastuz.gov.kz", c8]]
    pdf = PDF([("b", "Екібастұз қаласы әкімдігінің сәулет және қала құрылысы бөлімі"),
               "Бірыңғай байланыс орталығының 2027 жылғы 22 наурыздағы № ЕКЦ-2027/574 сұрау салуына",
               ("t", rows, {"widths": [22, 60, 120, 150, 40, 40, 80, 170], "size": 8}),
               "Жауапты орындаушы: Ысқақов Н.Т.",
               "2027 жылғы «29» наурыз"], landscape_=True)
    key = [doc(name, "appendix1_form", "kk", services=[FS("00302025", n, s, None, None, "ekibastuz.gov.kz",
               P("Ысқақов Нұржан Төлеубайұлы", "қала әкімдігінің сәулет және қала құрылысы бөлімінің бас маманы", "n.yskakov@ekibastuz.gov.kz", "+7 (71887) 7-22-15"))],
               executor={"full_name": "Ысқақов Н.Т.", "date": "2027-03-29"})]
    ctx = CTX(AG("«Екібастұз қаласы әкімдігінің сәулет және қала құрылысы бөлімі» ММ", "saulet@ekibastuz.gov.kz", "080240015532"),
              [("00302025", n)], "information", OL("ЕКЦ-2027/574", "2027-03-22", "Ақпарат беру туралы сұрау"),
              "store the service's data; awaiting protocol next")
    put(name, pdf, key, ctx, "appendix1_form | kk | pdf text | one row, full Kazakh headers, date written «29» наурыз with the year first")


def f16():
    name = "f16-selhoz-kostanay-html-ru.eml"
    svc = [("00101044", "Выдача справки о количестве скота (маточного поголовья) для получения субсидий", "приказ МСХ РК от 28.04.2020 № 145"),
           ("00101052", "Выдача лицензии на деятельность по хранению зерна", "приказ Министра сельского хозяйства РК от 13.05.2020 № 162"),
           ("00101060", "Аттестация лабораторий по экспертизе качества зерна", "приказ Министра сельского хозяйства РК от 13.05.2020 № 162")]
    ppl = ["Ковальчук Наталья Петровна, гл. специалист отдела животноводства, 8-7142-54-11-20, n.kovalchuk@agro.kostanay.gov.kz",
           "Ержанов Тимур Асылбекович, руководитель отдела растениеводства, 8-7142-54-11-38, t.erzhanov@agro.kostanay.gov.kz",
           "Ержанов Тимур Асылбекович, руководитель отдела растениеводства, 8-7142-54-11-38, t.erzhanov@agro.kostanay.gov.kz"]
    npa = ["—", "Приказ Министра сельского хозяйства РК от 02.11.2026 № 402", "—"]
    trs = "".join(f"<tr><td>{i+1}</td><td>{r}</td><td>{n}</td><td>{s}</td><td>—</td><td>{npa[i]}</td><td>www.egov.kz</td><td>{ppl[i]}</td></tr>" for i, (r, n, s) in enumerate(svc))
    html = ("<div dir=\"ltr\"><div>Здравствуйте.</div><div>По запросу направляем информацию (приложение 1).</div><div><br></div>"
            "<table border=\"1\" cellpadding=\"0\" cellspacing=\"0\"><tbody>"
            "<tr><th>№ п/п</th><th>№ госуслуги в реестре</th><th>Наименование госуслуги</th><th>Стандарт госуслуги</th><th>Регламент госуслуги</th>"
            "<th>Изменения НПА</th><th>Интернет-ресурс</th><th>ФИО, должность ответственного лица</th></tr>"
            "<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr>" + trs + "</tbody></table>"
            "<div><br></div><div>Исполнитель: Ковальчук Наталья Петровна</div><div>Дата: 30.03.2027</div><div><br></div>"
            "<div>-- <br>Управление сельского хозяйства и земельных отношений акимата Костанайской области</div></div>")
    text = "Здравствуйте.\nПо запросу направляем информацию (приложение 1).\n[таблица — см. HTML-версию письма]\nИсполнитель: Ковальчук Наталья Петровна\nДата: 30.03.2027\n"
    data = EML(formataddr(("Ковальчук Н.П.", "n.kovalchuk@agro.kostanay.gov.kz")), EKC, "Информация по приложению 1",
               "Tue, 30 Mar 2027 10:12:55 +0600", "<CAJx9f=Ue71kq@mail.gmail.com>", text=text, html=html)
    pp = [P("Ковальчук Наталья Петровна", "гл. специалист отдела животноводства", "n.kovalchuk@agro.kostanay.gov.kz", "8-7142-54-11-20"),
          P("Ержанов Тимур Асылбекович", "руководитель отдела растениеводства", "t.erzhanov@agro.kostanay.gov.kz", "8-7142-54-11-38")]
    key = [doc("body", "appendix1_form", "ru", services=[
        FS(svc[0][0], svc[0][1], svc[0][2], None, None, "www.egov.kz", pp[0]),
        FS(svc[1][0], svc[1][1], svc[1][2], None, npa[1], "www.egov.kz", pp[1]),
        FS(svc[2][0], svc[2][1], svc[2][2], None, None, "www.egov.kz", pp[1])],
        executor={"full_name": "Ковальчук Наталья Петровна", "date": "2027-03-30"})]
    ctx = CTX(AG("ГУ «Управление сельского хозяйства и земельных отношений акимата Костанайской области»", "agro@kostanay.gov.kz", "991040003320"),
              [(r, n) for r, n, _ in svc], "information", OL("ЕКЦ-2027/566", "2027-03-22", "О представлении информации по приложению 1"),
              "store three services' data from the HTML table; awaiting protocol next")
    put(name, data, key, ctx,
        "appendix1_form | ru | eml multipart/alternative | the plain part has no table (only in the HTML part), <th> header, column-number row, abbreviated position 'гл. специалист'")


def f17():
    name = "f17-kasipkerlik-shymkent-kk.xlsx"
    n = "Тауарлардың шығарылған жері туралы сертификат беру"
    s = "ҚР Сауда және интеграция министрінің 2020 жылғы 26 мамырдағы № 119-НҚ бұйрығы"
    # header split over two rows: the upper row holds the first half of each label
    h1 = ["Р/с", "Мемлекеттік көрсетілетін", "Мемлекеттік көрсетілетін", "Мемлекеттік көрсетілетін қызмет", "Мемлекеттік көрсетілетін қызмет", "Нормативтік құқықтық", "Интернет-ресурс", "Жауапты тұлғаның"]
    h2 = ["№", "қызметтің тізілімдегі №", "қызметтің атауы", "стандарты (деректемелері)", "регламенті (деректемелері)", "актілердің өзгерістері", "", "Т.А.Ә., лауазымы"]
    rows = [["Шымкент қаласының кәсіпкерлік және индустриялық-инновациялық даму басқармасы"], [], h1, h2,
            [1, "01407003", n, s, "", "", "www.gov.kz/memleket/entities/shymkent-kasipkerlik",
             "Әшірбекова Ұлжан Ғаниқызы, сауда бөлімінің басшысы, ulzhan.a@shymkent.gov.kz, 8 (7252) 97-33-08"],
            [], ["Жауапты орындаушы:", "Әшірбекова Ұлжан Ғаниқызы"], ["Күні:", "05.04.2027"]]
    x = XLSX([("1-қосымша", rows, {"merges": ["A1:H1"], "widths": {"B": 18, "C": 30, "D": 35, "E": 18, "F": 18, "G": 25, "H": 40}, "border_from": (3, 5, 8)})])
    key = [doc(name, "appendix1_form", "kk", services=[FS("01407003", n, s, None, None, "www.gov.kz/memleket/entities/shymkent-kasipkerlik",
               P("Әшірбекова Ұлжан Ғаниқызы", "сауда бөлімінің басшысы", "ulzhan.a@shymkent.gov.kz", "8 (7252) 97-33-08"))],
               executor={"full_name": "Әшірбекова Ұлжан Ғаниқызы", "date": "2027-04-05"})]
    ctx = CTX(AG("«Шымкент қаласының кәсіпкерлік және индустриялық-инновациялық даму басқармасы» ММ", "kasipkerlik@shymkent.gov.kz", "180240031207"),
              [("01407003", n)], "information", OL("ЕКЦ-2027/590", "2027-03-29", "Ақпарат беру туралы"),
              "store the service's data; awaiting protocol next")
    put(name, x, key, ctx,
        "appendix1_form | kk | xlsx | header labels split over two rows (each row holds half a label), no column-number row, executor label and name in separate cells, e-mail before phone in col 8")


def f18():
    name = "f18-zhumyspen-kamtu-zhetisu-2att.eml"
    att_letter = "Ilespe_khat_1142.pdf"
    att_form = "Kosymsha_1.xlsx"
    svc = [("00603011", "Жұмыссыз ретінде тіркеу / Регистрация в качестве безработного",
            "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 30 маусымдағы № 277 бұйрығы"),
           ("00603016", "Жұмыссыздық бойынша әлеуметтік төлемдер тағайындау / Назначение социальных выплат по безработице",
            "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 30 маусымдағы № 277 бұйрығы")]
    head = ["№", "Тізілімдегі нөмірі", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға"]
    c8 = "Оразбекова Гүлшат Әскербекқызы, бөлім басшысының орынбасары, 8 (7282) 24-08-19, g.orazbekova@enbek.zhetisu.gov.kz"
    rows = [head, [1, svc[0][0], svc[0][1], svc[0][2], "-", "-", "enbek.kz", c8], [2, svc[1][0], svc[1][1], svc[1][2], "-", "-", "enbek.kz", c8],
            [], ["Орындаған: Оразбекова Г.Ә.", None, None, None, None, None, None, None], ["06.04.2027", None, None, None, None, None, None, None]]
    x = XLSX([("Sheet1", rows, {"widths": {"C": 40, "D": 40, "H": 45}, "border_from": (1, 3, 8)})])
    letter = PDF(["Жетісу облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
                  "Талдықорған қ., Қабанбай батыр көшесі, 26", "2027 жылғы 6 сәуір № 05-11/1142", ("sp", 10),
                  "Бірыңғай байланыс орталығына",
                  "Сіздің 2027 жылғы 30 наурыздағы № ЕКЦ-2027/595 хатыңызға басқарма Жетісу облысы бойынша жұмыссыздарды тіркеу және жұмыссыздық бойынша "
                  "әлеуметтік төлемдер тағайындау жөніндегі мемлекеттік көрсетілетін қызметтер туралы ақпаратты 1-қосымшаға сәйкес жолдайды.",
                  "Қосымша: 1 парақ.", ("sp", 20), "Басшы                                         Д. Сәрсенбаев"])
    text = "Қайырлы күн! Ілеспе хат пен 1-қосымша тіркелген.\nДобрый день! Сопроводительное письмо и приложение 1 во вложении.\n"
    data = EML(formataddr(("Жетісу ЖҚҮ басқармасы", "kense@enbek.zhetisu.gov.kz")), EKC, "№ 05-11/1142 06.04.2027",
               "Tue, 06 Apr 2027 15:30:00 +0500", "<edoc-05-11-1142@enbek.zhetisu.gov.kz>", text=text,
               attachments=[(att_letter, letter, MT_PDF), (att_form, x, MT_XLSX)])
    r = P("Оразбекова Гүлшат Әскербекқызы", "бөлім басшысының орынбасары", "g.orazbekova@enbek.zhetisu.gov.kz", "8 (7282) 24-08-19")
    key = [doc(att_letter, "other", "kk"),
           doc(att_form, "appendix1_form", services=[FS(rg, n, s, None, None, "enbek.kz", r) for rg, n, s in svc],
               executor={"full_name": "Оразбекова Г.Ә.", "date": "2027-04-06"})]
    ctx = CTX(AG("Жетісу облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "kense@enbek.zhetisu.gov.kz", "220840019904"),
              [("00603011", "Регистрация в качестве безработного"), ("00603016", "Назначение социальных выплат по безработице")], "information",
              OL("ЕКЦ-2027/595", "2027-03-30", "Ақпарат беру туралы"), "store two services' data from the XLSX; the PDF is only the covering letter")
    put(name, data, key, ctx,
        "appendix1_form + other | kk+ru | eml + pdf covering letter + xlsx form | two attachments, only one is the form; bilingual service names; bare date under 'Орындаған'")


def f19():
    name = "f19-akimat-karmakshy-edoc-kk.txt"
    t = (
        "ҚЫЗЫЛОРДА ОБЛЫСЫ ҚАРМАҚШЫ АУДАНЫ ӘКІМІНІҢ АППАРАТЫ\n"
        "Шығыс № 12-04/733\n2027 жылғы 7 сәуір\n\n"
        "Бірыңғай байланыс орталығына\n\n"
        "Аудан әкімдігі көрсететін мемлекеттік қызметтер туралы ақпарат (1-қосымша)\n\n"
        "Р/с\tТізілімдегі №\tАтауы\tСтандарты\tРегламенті\tНҚА өзгерістері\tИнтернет-ресурс\tЖауапты тұлға\n"
        "1\t00402017\tЖеке қосалқы шаруашылықтың бар екені туралы анықтама беру\tҚР АШМ 2020 жылғы 28 сәуірдегі № 145 бұйрығы\t-\t-\twww.egov.kz\t"
        "Әлімбетов Ерғали Жұмабайұлы, ауыл шаруашылығы бөлімінің бас маманы, 8 (72437) 2-13-52\n"
        "2\t01003005\tМемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою\tҚР ИИДМ 2020 жылғы 16 сәуірдегі № 216 бұйрығы\t-\t-\twww.egov.kz\t"
        "Сұлтанова Гүлназ Бақытжанқызы, тұрғын үй инспекциясы бөлімінің жетекші маманы, 8 (72437) 2-17-04\n\n"
        "Орындаған: Сұлтанова Гүлназ Бақытжанқызы\n"
        "Күні: 2027 жылғы 7 сәуір\n\n"
        "Аппарат басшысы                                  Қ. Тұрсынбаев\n\n"
        "---\nҚұжат «Е-құжат» жүйесімен жіберілді. ЭЦҚ тексерілді: 07.04.2027 11:02\n"
    )
    key = [doc(name, "appendix1_form", "kk", services=[
        FS("00402017", "Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру", "ҚР АШМ 2020 жылғы 28 сәуірдегі № 145 бұйрығы", None, None, "www.egov.kz",
           P("Әлімбетов Ерғали Жұмабайұлы", "ауыл шаруашылығы бөлімінің бас маманы", None, "8 (72437) 2-13-52", all_null=True)),
        FS("01003005", "Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою", "ҚР ИИДМ 2020 жылғы 16 сәуірдегі № 216 бұйрығы", None, None, "www.egov.kz",
           P("Сұлтанова Гүлназ Бақытжанқызы", "тұрғын үй инспекциясы бөлімінің жетекші маманы", None, "8 (72437) 2-17-04", all_null=True))],
        executor={"full_name": "Сұлтанова Гүлназ Бақытжанқызы", "date": "2027-04-07"})]
    ctx = CTX(AG("«Қармақшы ауданы әкімінің аппараты» ММ", "karmakshy@kyzylorda.gov.kz", "990840001236"),
              [("00402017", "Выдача справки о наличии личного подсобного хозяйства"), ("01003005", "Постановка на учет нуждающихся в жилище")],
              "information", OL("ЕКЦ-2027/599", "2027-03-31", "Ақпарат беру туралы"), "store two services' data; awaiting protocol next")
    put(name, t, key, ctx,
        "appendix1_form | kk | txt (e-document export) | tab-separated table inside a letter, no e-mail in col 8 (email null), e-doc signature footer")


def f20():
    name = "f20-bilim-zhanakorgan-7rows-kk.docx"
    W = "www.egov.kz"
    std = "Қазақстан Республикасы Білім және ғылым министрінің 2020 жылғы 24 сәуірдегі № 158 бұйрығымен бекітілген қағидалар"
    svc = [("00403001", "Бастауыш, негізгі орта, жалпы орта білім берудің жалпы білім беретін бағдарламалары бойынша оқыту үшін ведомстволық бағыныстылығына қарамастан, білім беру ұйымдарына құжаттарды қабылдау және оқуға қабылдау"),
           ("00403005", "Бастауыш, негізгі орта, жалпы орта білім беру ұйымдарында экстернат нысанында оқуға рұқсат беру"),
           ("00403009", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру"),
           ("00403014", "Денсаулығына байланысты ұзақ уақыт бойы бастауыш, негізгі орта, жалпы орта білім беру ұйымдарына бара алмайтын балаларды үйде жеке тегін оқытуды ұйымдастыру үшін құжаттарды қабылдау"),
           ("00403021", "Шалғай елді мекендерде тұратын балаларға жалпы білім беретін ұйымдарға және үйге дейін тегін тасымалдауды ұсыну"),
           ("00403027", "Мектепке дейінгі тәрбие мен оқытудың жалпы білім беретін бағдарламасын іске асыратын ұйымдардың педагогтеріне біліктілік санаттарын беру (растау) үшін аттестаттаудан өткізу"),
           ("00403032", "Білім беру ұйымдарының педагогтеріне біліктілік санаттарын беру (растау) үшін аттестаттаудан өткізу")]
    a = ("Нұржанова Айнұр Мұхтарқызы, аудандық білім бөлімінің бас маманы, 8 (72435) 2-16-90, a.nurzhanova@zhanakorgan-bilim.gov.kz",
         P("Нұржанова Айнұр Мұхтарқызы", "аудандық білім бөлімінің бас маманы", "a.nurzhanova@zhanakorgan-bilim.gov.kz", "8 (72435) 2-16-90"))
    b = ("Қожабергенов Мұрат Әділбекұлы, әдістемелік кабинеттің меңгерушісі, 8 (72435) 2-18-11, m.kozhabergenov@zhanakorgan-bilim.gov.kz",
         P("Қожабергенов Мұрат Әділбекұлы", "әдістемелік кабинеттің меңгерушісі", "m.kozhabergenov@zhanakorgan-bilim.gov.kz", "8 (72435) 2-18-11"))
    rows = [KK_HEAD, [str(i) for i in range(1, 9)]]
    ks = []
    for i, (r, n) in enumerate(svc, 1):
        pp = b if r in ("00403027", "00403032") else a
        rows.append([str(i), r, n, std, "–", "", W, pp[0]])
        ks.append(FS(r, n, std, None, None, W, pp[1]))
    blocks = ["«Қызылорда облысы білім басқармасының Жаңақорған ауданы бойынша білім бөлімі» ММ",
              ("b", "Бірыңғай байланыс орталығына мемлекеттік көрсетілетін қызметтер туралы ақпарат"),
              ("t", rows, {"header": 1, "size": 9}), "",
              "Орындаған: Нұржанова Айнұр Мұхтарқызы",
              "2027 жылғы 9 сәуір"]
    key = [doc(name, "appendix1_form", "kk", services=ks, executor={"full_name": "Нұржанова Айнұр Мұхтарқызы", "date": "2027-04-09"})]
    ctx = CTX(AG("«Қызылорда облысы білім басқармасының Жаңақорған ауданы бойынша білім бөлімі» ММ", "bilim@zhanakorgan.kyzylorda.gov.kz", "210440028715"),
              [(r, n) for r, n in svc], "information", OL("ЕКЦ-2027/602", "2027-04-01", "Ақпарат беру туралы"),
              "store seven services' data; awaiting protocol next")
    put(name, DOCX(blocks, landscape_=True, size=10), key, ctx,
        "appendix1_form | kk | docx | seven long Kazakh service names, the same standard in every row, date in words on its own line without a label")


# ---------------------------------------------------------------- appointments (p.5)
def a01():
    name = "a01-tagaiyndau-kyzylzhar-kk.eml"
    text = (
        "Бірыңғай байланыс орталығына\n\n"
        "Сіздің 2027 жылғы 11 қаңтардағы № ЕКЦ-2027/102 хатыңызға жауап ретінде хабарлаймыз: "
        "Солтүстік Қазақстан облысы Қызылжар ауданы әкімдігінің жер қатынастары бөлімі көрсететін "
        "«Жер учаскесіне сәйкестендіру құжаттарын дайындау» (тізілімдегі № 01502003) мемлекеттік қызметі бойынша "
        "Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға болып бөлімнің бас маманы "
        "Серікбаев Нұрлан Асқарұлы тағайындалды.\n\n"
        "Байланыс телефоны: 8 (71538) 2-11-47, электрондық пошта: n.serikbayev@kyzylzhar.sko.gov.kz\n\n"
        "Бөлім басшысы                                   А. Жақсылықов\n"
    )
    data = EML(formataddr(("Қызылжар ауданының жер қатынастары бөлімі", "zher@kyzylzhar.sko.gov.kz")), EKC,
               "ЕКЦ-2027/102 хатқа жауап (жауапты тұлға)", "Wed, 13 Jan 2027 10:04:31 +0500", "<q1x7@kyzylzhar.sko.gov.kz>", text=text)
    key = [doc("body", "responsible_change", "kk",
               responsible=P("Серікбаев Нұрлан Асқарұлы", email="n.serikbayev@kyzylzhar.sko.gov.kz", phone="8 (71538) 2-11-47"),
               previous_responsible=None, services=[S("01502003")])]
    ctx = CTX(AG("Қызылжар ауданы әкімдігінің жер қатынастары бөлімі", "zher@kyzylzhar.sko.gov.kz", "030340010452"),
              [("01502003", "Изготовление идентификационных документов на земельный участок")], "appointment",
              OL("ЕКЦ-2027/102", "2027-01-11", "Жауапты тұлғаны тағайындау және ақпарат беру туралы"),
              "record the appointed person; move the case to awaiting information")
    put(name, data, key, ctx, "responsible_change (appointment) | kk | eml utf-8 | name in nominative after 'жауапты тұлға болып ... тағайындалды', position in genitive-possessive form before it (not keyed)")


def a02():
    name = "a02-naznachenie-zags-taraz-ru.txt"
    t = (
        "ГУ «Отдел регистрации актов гражданского состояния акимата города Тараз»\n"
        "080000, г. Тараз, ул. Толе би, 54\n"
        "Исх. № 03/218 от 14.01.2027\n\n"
        "Руководителю Единого контакт-центра\n\n"
        "На № ЕКЦ-2027/105 от 11.01.2027\n\n"
        "Отдел регистрации актов гражданского состояния акимата города Тараз сообщает, что ответственным лицом за представление "
        "информации в Единый контакт-центр и проведение обучения по государственным услугам «Регистрация рождения ребенка» (01101001) "
        "и «Регистрация заключения брака (супружества)» (01101003) определена Ахметову Динару Сериковну, главного специалиста отдела.\n\n"
        "Контакты: тел. 8 (7262) 45-67-02, моб. 8 701 555 12 90, e-mail: d.akhmetova@zags-taraz.gov.kz.\n\n"
        "Руководитель отдела                                          Б. Оспанов\n\n"
        "Исп.: Ахметова Д.С.\n"
    )
    key = [doc(name, "responsible_change", "ru",
               responsible=P("Ахметова Динара Сериковна", email="d.akhmetova@zags-taraz.gov.kz"),
               previous_responsible=None, services=[S("01101001"), S("01101003")])]
    ctx = CTX(AG("ГУ «Отдел регистрации актов гражданского состояния акимата города Тараз»", "zags@taraz.gov.kz", "000540003817"),
              [("01101001", "Регистрация рождения ребенка"), ("01101003", "Регистрация заключения брака (супружества)")], "appointment",
              OL("ЕКЦ-2027/105", "2027-01-11", "О назначении ответственного лица"), "record the appointed person; move to awaiting information")
    put(name, t, key, ctx,
        "responsible_change (appointment) | ru | txt | name in the accusative with a grammatically mixed verb ('определена Ахметову Динару Сериковну'); two phones (phone not keyed)")


def a03():
    name = "a03-buiryq-vet-akmola-kk.docx"
    blocks = [
        ("b", "АҚМОЛА ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ"),
        "Көкшетау қ., Абай көшесі, 89\nтел.: 8 (7162) 25-41-03\n\n2027 жылғы 18 қаңтар № 04-2/156",
        "Бірыңғай байланыс орталығына\n(2027 жылғы 12 қаңтардағы № ЕКЦ-2027/117 хатқа)",
        "Басқарманың 2027 жылғы 15 қаңтардағы № 12-ж бұйрығына сәйкес 2027 жылғы 18 қаңтардан бастап Бірыңғай байланыс орталығымен "
        "мемлекеттік көрсетілетін қызметтер мәселелері бойынша өзара іс-қимылға жауапты тұлға ретінде ветеринариялық қауіпсіздік және "
        "індетке қарсы іс-шаралар бөлімінің жетекші маманы Жұмабаева Айгүл Серікқызы бекітілгенін хабарлаймыз.",
        "А.С. Жұмабаеваның байланыс деректері:\nжұмыс тел.: 8 (7162) 25-41-19\nэл. пошта: a.zhumabayeva@vet.akmola.gov.kz",
        "Мемлекеттік қызметтер: 00702011 «Ветеринариялық анықтама беру», 00702019 «Ветеринариялық-санитариялық қорытынды беру».",
        "\nБасшы                                                    Қ. Мұқанов",
        "Орынд.: Ж. Әлиева, 25-41-02",
    ]
    key = [doc(name, "responsible_change", "kk",
               responsible=P("Жұмабаева Айгүл Серікқызы", "ветеринариялық қауіпсіздік және індетке қарсы іс-шаралар бөлімінің жетекші маманы",
                             "a.zhumabayeva@vet.akmola.gov.kz", "8 (7162) 25-41-19"),
               previous_responsible=None, effective_date="2027-01-18", services=[S("00702011"), S("00702019")])]
    ctx = CTX(AG("«Ақмола облысының ветеринария басқармасы» ММ", "kense@vet.akmola.gov.kz", "060640017823"),
              [("00702011", "Выдача ветеринарной справки"), ("00702019", "Выдача ветеринарно-санитарного заключения")], "appointment",
              OL("ЕКЦ-2027/117", "2027-01-12", "Жауапты тұлғаны тағайындау туралы"), "record the appointed person from 2027-01-18; awaiting information next")
    put(name, DOCX(blocks), key, ctx,
        "responsible_change (appointment) | kk | docx | 'жылғы 18 қаңтардан бастап' effective date, order date distinct from effective date, executor line 'Орынд.' is not the responsible")


def a04():
    name = "a04-naznachenie-kultura-zko-html.eml"
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">"
            "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
            "<body lang=RU><div class=WordSection1>"
            "<p class=MsoNormal>Добрый день!<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Сообщаем, что во исполнение письма ЕКЦ-2027/121 взаимодействие с Единым контакт-центром по государственной услуге "
            "&laquo;Выдача архивных справок&raquo; поручено главному специалисту отдела архивного дела Жумабекову Ерлану Талгатовичу.<o:p></o:p></p>"
            "<p class=MsoNormal>Тел.: +7&nbsp;(7112)&nbsp;51-02-36, e-mail: <a href=\"mailto:E.Zhumabekov@madeniet.zko.gov.kz\">E.Zhumabekov@madeniet.zko.gov.kz</a><o:p></o:p></p>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>С уважением,<br>Канцелярия ГУ &laquo;Управление культуры, архивов и документации Западно-Казахстанской области&raquo;<o:p></o:p></p>"
            "</div></body></html>")
    data = EML(formataddr(("Канцелярия УКАД ЗКО", "kanc@madeniet.zko.gov.kz")), EKC, "RE: О назначении ответственного лица",
               "Thu, 14 Jan 2027 09:47:20 +0500", "<000c01db6612$a3f1c0e0$ebd542a0$@madeniet.zko.gov.kz>", html=html, charset="windows-1251",
               extra={"X-Mailer": "Microsoft Outlook 16.0"})
    key = [doc("body", "responsible_change", "ru",
               responsible=P("Жумабеков Ерлан Талгатович", email="e.zhumabekov@madeniet.zko.gov.kz", phone="+7 (7112) 51-02-36"),
               previous_responsible=None)]
    ctx = CTX(AG("ГУ «Управление культуры, архивов и документации Западно-Казахстанской области»", "kanc@madeniet.zko.gov.kz", "040340006109"),
              [("01201009", "Выдача архивных справок")], "appointment", OL("ЕКЦ-2027/121", "2027-01-12", "О назначении ответственного лица"),
              "record the appointed person; awaiting information next")
    put(name, data, key, ctx,
        "responsible_change (appointment) | ru | eml html-only windows-1251 (Outlook WordSection) | name in the dative ('Жумабекову Ерлану Талгатовичу'), &nbsp; inside the phone, mixed-case e-mail")


def a05():
    name = "a05-zhauapty-koldau-tabigat-bilingual.pdf"
    blocks = [
        ("b", "Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Орман шаруашылығы және жануарлар дүниесі комитетінің Қарағанды облыстық орман шаруашылығы және жануарлар дүниесі аумақтық инспекциясы"),
        "Қарағанды қ., Бұқар жырау даңғылы, 47\n2027 жылғы 19 қаңтар № КРГ-04/91",
        "Бірыңғай байланыс орталығына",
        "Сіздің 2027 жылғы 13 қаңтардағы № ЕКЦ-2027/126 хатыңызды қарап, инспекция «Жануарлар дүниесін пайдалануға рұқсат беру» "
        "мемлекеттік көрсетілетін қызметі (№ 00801009) бойынша жауапты тұлға ретінде аңшылық шаруашылығы бөлімінің бас маманы "
        "Әбенов Талғат Құрманғазыұлын тағайындағанын хабарлайды.",
        "Рассмотрев Ваше письмо от 13 января 2027 года № ЕКЦ-2027/126, инспекция сообщает, что ответственным лицом по государственной услуге "
        "«Выдача разрешения на пользование животным миром» (№ 00801009) назначен главный специалист отдела охотничьего хозяйства "
        "Әбенов Талғат Құрманғазыұлы.",
        "Тел./телефон: 8 (7212) 41-22-58; e-mail: t.abenov@forest.karaganda.gov.kz",
        ("sp", 16), "Басшы / Руководитель                                Н. Кенжебеков",
    ]
    key = [doc(name, "responsible_change",
               responsible=P("Әбенов Талғат Құрманғазыұлы", email="t.abenov@forest.karaganda.gov.kz", phone="8 (7212) 41-22-58"),
               previous_responsible=None, services=[S("00801009")])]
    ctx = CTX(AG("Орман шаруашылығы және жануарлар дүниесі комитетінің Қарағанды облыстық аумақтық инспекциясы", "karaganda@forest.gov.kz", "051140015527"),
              [("00801009", "Выдача разрешения на пользование животным миром")], "appointment",
              OL("ЕКЦ-2027/126", "2027-01-13", "О назначении ответственного лица"), "record the appointed person; awaiting information next")
    put(name, PDF(blocks), key, ctx,
        "responsible_change (appointment) | kk+ru | pdf text | the same person twice: Kazakh paragraph in the accusative 'Құрманғазыұлын', Russian paragraph in the nominative with Kazakh letters")


def a06():
    name = "a06-naznachenie-gaz-koi8.eml"
    text = (
        "Уважаемые коллеги!\n\n"
        "В ответ на письмо ЕКЦ-2027/131 от 13.01.2027 сообщаем, что по государственной услуге \"Выдача технических условий на подключение к сетям газоснабжения\" "
        "(рег. N 00504012) ответственным за взаимодействие с Единым контакт-центром определен инженер отдела газификации Белов Андрей Сергеевич.\n"
        "Его контактные данные: тел. 8 (7132) 90-14-77, belov.as@energo.aktobe.gov.kz.\n\n"
        "--\nУправление энергетики и жилищно-коммунального хозяйства Актюбинской области\n"
    )
    data = EML(formataddr(("Управление энергетики ЖКХ", "kanc@energo.aktobe.gov.kz")), EKC, "Ответственное лицо по услуге 00504012",
               "Fri, 15 Jan 2027 12:31:09 +0500", "<20270115123109.4417@energo.aktobe.gov.kz>", text=text, charset="koi8-r", cte="8bit")
    key = [doc("body", "responsible_change", "ru",
               responsible=P("Белов Андрей Сергеевич", "инженер отдела газификации", "belov.as@energo.aktobe.gov.kz", "8 (7132) 90-14-77"),
               previous_responsible=None, services=[S("00504012")])]
    ctx = CTX(AG("ГУ «Управление энергетики и жилищно-коммунального хозяйства Актюбинской области»", "kanc@energo.aktobe.gov.kz", "080540021394"),
              [("00504012", "Выдача технических условий на подключение к сетям газоснабжения")], "appointment",
              OL("ЕКЦ-2027/131", "2027-01-13", "О назначении ответственного лица"), "record the appointed person; awaiting information next")
    put(name, data, key, ctx, "responsible_change (appointment) | ru | eml koi8-r 8bit | plain quotes, 'рег. N', position right before the name")


def a07():
    name = "a07-zhauapty-turkistan-sport-kk.eml"
    att = "Жауап хат ЕКЦ.docx"
    letter = DOCX([
        "«Түркістан облысының дене шынықтыру және спорт басқармасы» мемлекеттік мекемесі",
        "Түркістан қ., Б. Саттарханов даңғылы, 3\n№ 08-01/77\n2027 жылғы 19 қаңтар",
        "Бірыңғай байланыс орталығы",
        "Бірыңғай байланыс орталығының 2027 жылғы 14 қаңтардағы № ЕКЦ-2027/139 хатына сәйкес, «Спорттық разрядтар мен санаттар беру: "
        "спорт шеберлігіне үміткер, бірінші спорттық разряд, біліктілігі жоғары және бірінші санаттағы жаттықтырушы...» (00704006) мемлекеттік қызметі "
        "бойынша ақпарат беру және Бірыңғай байланыс орталығының қызметкерлерін оқыту жұмыстары басқарманың спорттық резервті даярлау бөлімінің бас маманы "
        "Қуанышбекова Назерке Ерболқызына жүктелді.",
        "Н.Е. Қуанышбековамен байланыс: 8 (72533) 5-40-28, n.kuanyshbekova@sport.turkistan.gov.kz",
        "\nБасқарма басшысының міндетін атқарушы                              С. Әлібеков",
    ])
    text = "Бірыңғай байланыс орталығына.\nЖауап хат тіркелді.\n\n--\nКеңсе\nТүркістан облысының дене шынықтыру және спорт басқармасы\n"
    data = EML("kense@sport.turkistan.gov.kz", EKC, "Жауап хат", "Tue, 19 Jan 2027 16:20:45 +0500", "<r-77@sport.turkistan.gov.kz>",
               text=text, attachments=[(att, letter, MT_DOCX)])
    key = [doc(att, "responsible_change", "kk",
               responsible=P("Қуанышбекова Назерке Ерболқызы", email="n.kuanyshbekova@sport.turkistan.gov.kz", phone="8 (72533) 5-40-28"),
               previous_responsible=None, services=[S("00704006")])]
    ctx = CTX(AG("«Түркістан облысының дене шынықтыру және спорт басқармасы» ММ", "kense@sport.turkistan.gov.kz", "181140002376"),
              [("00704006", "Присвоение спортивных разрядов и категорий")], "appointment",
              OL("ЕКЦ-2027/139", "2027-01-14", "Жауапты тұлғаны тағайындау туралы"), "record the appointed person; awaiting information next")
    put(name, data, key, ctx,
        "responsible_change (appointment) | kk | eml + docx (Kazakh file name) | name in the dative 'Ерболқызына' after 'жүктелді', instrumental 'Қуанышбековамен' later; signer is acting head")


def a08():
    name = "a08-otvetstvennyi-mio-astana.txt"
    t = (
        "Исх. 15-04/1021\n19.01.2027\n\n"
        "ЕКЦ\n\n"
        "Ответственное лицо по госуслугам 00503007, 01003005, 01003012:\n"
        "ФИО: Тлеубергенова Мадина Жандосовна\n"
        "Должность: главный специалист отдела жилищной политики\n"
        "Телефон: +7 (7172) 55-78-14\n"
        "E-mail: m.tleubergenova@astana-turgynuy.gov.kz\n\n"
        "ГУ «Управление жилья и жилищной инспекции города Астаны»\n"
    )
    key = [doc(name, "responsible_change", "ru",
               responsible=P("Тлеубергенова Мадина Жандосовна", "главный специалист отдела жилищной политики", "m.tleubergenova@astana-turgynuy.gov.kz", "+7 (7172) 55-78-14"),
               previous_responsible=None, services=[S("00503007"), S("01003005"), S("01003012")])]
    ctx = CTX(AG("ГУ «Управление жилья и жилищной инспекции города Астаны»", "kanc@astana-turgynuy.gov.kz", "180540026651"),
              [("00503007", "Назначение жилищной помощи"), ("01003005", "Постановка на учет нуждающихся в жилище"), ("01003012", "Приватизация жилищ")],
              "appointment", OL("ЕКЦ-2027/140", "2027-01-14", "О назначении ответственного лица"), "record the appointed person; awaiting information next")
    put(name, t, key, ctx, "responsible_change (appointment) | ru | txt | terse labelled lines, no verb at all, three registry numbers in the heading")


def a09():
    name = "a09-tagaiyndau-shieli-rural-kk.eml"
    text = (
        "Құрметті Бірыңғай байланыс орталығының қызметкерлері!\n\n"
        "Шиелі ауданы Тартоғай ауылдық округі әкімінің аппараты Сіздердің 2027 жылғы 15 қаңтардағы ЕКЦ-2027/144 хаттарыңыз бойынша "
        "ауылдық округ көрсететін «Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру» мемлекеттік қызметі жөнінде ақпарат беруге "
        "аппараттың бас маманы Сейдахметова Гаухар Болатқызын жауапты етіп белгіледі.\n\n"
        "Сейдахметова Гаухар Болатқызының байланыс деректері:\n"
        "  ұялы тел.: 8 777 318 40 52\n"
        "  пошта: tartogai.okrug@mail.ru\n\n"
        "Ауылдық округ әкімі                    Е. Нәлібаев\n\n"
        "iPhone-нан жіберілді\n"
    )
    data = EML(formataddr(("Тартоғай а/о", "tartogai.okrug@mail.ru")), EKC, "жауап", "Mon, 18 Jan 2027 18:02:14 +0500", "<1705582934.228@mail.ru>", text=text)
    key = [doc("body", "responsible_change", "kk",
               responsible=P("Сейдахметова Гаухар Болатқызы", email="tartogai.okrug@mail.ru", phone="8 777 318 40 52"),
               previous_responsible=None)]
    ctx = CTX(AG("«Шиелі ауданы Тартоғай ауылдық округі әкімінің аппараты» ММ", "tartogai.okrug@mail.ru", "040840009128"),
              [("00402017", "Выдача справки о наличии личного подсобного хозяйства")], "appointment",
              OL("ЕКЦ-2027/144", "2027-01-15", "Жауапты тұлғаны тағайындау туралы"), "record the appointed person; awaiting information next")
    put(name, data, key, ctx,
        "responsible_change (appointment) | kk | eml utf-8 from a mail.ru box | accusative 'Болатқызын' then genitive 'Болатқызының'; subject only 'жауап'; no registry number")


def a10():
    name = "a10-naznachenie-quoted-ru.eml"
    text = (
        "Здравствуйте!\n\nОтветственный по услуге 00605015 – Дюсенова Жанат Кайратовна, главный специалист отдела адресной социальной помощи, "
        "тел. 8 (7172) 74-30-62, zh.dyusenova@enbek.akmola.gov.kz.\n"
        "Информацию по форме направим до конца недели.\n\n"
        "С уважением,\nДюсенова Ж.К.\n\n"
        "-----Original Message-----\nFrom: ЕКЦ <ekc-kense@1414.kz>\nSent: Tuesday, January 19, 2027 11:20 AM\nTo: kanc@enbek.akmola.gov.kz\n"
        "Subject: ЕКЦ-2027/149 О назначении ответственного лица\n\n"
        "> Уважаемые коллеги!\n> В соответствии с пунктом 5 Правил взаимодействия просим в течение трех рабочих дней назначить лицо, ответственное за\n"
        "> представление информации в Единый контакт-центр по государственной услуге «Назначение государственной адресной социальной помощи» (00605015).\n"
        "> Ранее ответственным было указано: Иванова Ольга Петровна (уволена).\n> Единый контакт-центр\n"
    )
    data = EML(formataddr(("Дюсенова Жанат", "zh.dyusenova@enbek.akmola.gov.kz")), EKC, "RE: ЕКЦ-2027/149 О назначении ответственного лица",
               "Wed, 20 Jan 2027 09:15:40 +0500", "<DB9PR01MB7731@enbek.akmola.gov.kz>", text=text, charset="windows-1251",
               extra={"In-Reply-To": "<ekc-2027-149@1414.kz>", "References": "<ekc-2027-149@1414.kz>"})
    key = [doc("body", "responsible_change", "ru",
               responsible=P("Дюсенова Жанат Кайратовна", "главный специалист отдела адресной социальной помощи", "zh.dyusenova@enbek.akmola.gov.kz", "8 (7172) 74-30-62"),
               previous_responsible=None, services=[S("00605015")])]
    ctx = CTX(AG("ГУ «Управление занятости и социальных программ Акмолинской области»", "kanc@enbek.akmola.gov.kz", "050240007729"),
              [("00605015", "Назначение государственной адресной социальной помощи")], "appointment",
              OL("ЕКЦ-2027/149", "2027-01-19", "О назначении ответственного лица"), "record the appointed person; awaiting information next")
    put(name, data, key, ctx,
        "responsible_change (appointment) | ru | eml windows-1251 | our quoted request names a former person (Иванова) who must not become previous_responsible; answer is one sentence at the top")


def a11():
    name = "a11-prikaz-vypiska-almaty-obl-ru.docx"
    blocks = [
        ("b", "ВЫПИСКА ИЗ ПРИКАЗА"),
        "руководителя ГУ «Управление пассажирского транспорта и автомобильных дорог Алматинской области»\nот 20 января 2027 года № 9-ө\nг. Қонаев",
        "«Об определении ответственного лица за взаимодействие с Единым контакт-центром»",
        "В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг ПРИКАЗЫВАЮ:",
        "1. Назначить ведущего специалиста отдела пассажирских перевозок Нургалиеву Камилу Ринатовну ответственным лицом за представление информации "
        "в Единый контакт-центр и проведение обучения по государственным услугам:\n"
        "- 00502004 «Выдача разрешения на осуществление регулярных международных перевозок пассажиров и багажа»;\n"
        "- 00502009 «Согласование расписания движения по маршруту регулярных межрайонных (междугородних внутриобластных) перевозок пассажиров и багажа».",
        "2. Контроль за исполнением настоящего приказа возложить на заместителя руководителя управления Касенова Д.А.",
        "3. Приказ вступает в силу со дня подписания.",
        "Руководитель                                                    А. Байжанов",
        "Выписка верна. Специалист по кадрам: ______ Г. Ибраева",
        "Контакты ответственного: 8 (72772) 4-19-66, k.nurgalieva@transport.almobl.gov.kz",
    ]
    key = [doc(name, "responsible_change", "ru",
               responsible=P("Нургалиева Камила Ринатовна", email="k.nurgalieva@transport.almobl.gov.kz", phone="8 (72772) 4-19-66"),
               previous_responsible=None, effective_date="2027-01-20", services=[S("00502004"), S("00502009")])]
    ctx = CTX(AG("ГУ «Управление пассажирского транспорта и автомобильных дорог Алматинской области»", "kanc@transport.almobl.gov.kz", "970240004862"),
              [("00502004", "Выдача разрешения на осуществление регулярных международных перевозок"), ("00502009", "Согласование расписания движения по маршруту")],
              "appointment", OL("ЕКЦ-2027/152", "2027-01-19", "О назначении ответственного лица"), "record the appointed person; awaiting information next")
    put(name, DOCX(blocks), key, ctx,
        "responsible_change (appointment) | ru | docx | extract from an order: accusative 'Нургалиеву Камилу Ринатовну', a second person (Касенов, control) and a HR clerk who are not the responsible; effective = day of signing")


def a12():
    name = "a12-nolabel-cp1251-ru.eml"
    body = (
        "Добрый день.\r\n\r\n"
        "По Вашему запросу от 20.01.2027 сообщаем: ответственный за предоставление информации по услуге\r\n"
        "\"Выдача лицензии на медицинскую деятельность\" (00902011) - Ли Сергей Валентинович, руководитель\r\n"
        "отдела лицензирования, тел. 8 (7222) 56-31-09, s.li@densaulyq.abai.gov.kz\r\n\r\n"
        "Управление здравоохранения области Абай\r\n"
    )
    data = RAWEML([("From", "kanc@densaulyq.abai.gov.kz"), ("To", EKC), ("Subject", "Otvetstvennoe lico 00902011"),
                   ("Date", "Thu, 21 Jan 2027 10:00:02 +0600"), ("Message-ID", "<5f1a.2027@densaulyq.abai.gov.kz>"),
                   ("MIME-Version", "1.0"), ("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")], body.encode("cp1251"))
    key = [doc("body", "responsible_change", "ru",
               responsible=P("Ли Сергей Валентинович", "руководитель отдела лицензирования", "s.li@densaulyq.abai.gov.kz", "8 (7222) 56-31-09"),
               previous_responsible=None, services=[S("00902011")])]
    ctx = CTX(AG("ГУ «Управление здравоохранения области Абай»", "kanc@densaulyq.abai.gov.kz", "221040012281"),
              [("00902011", "Выдача лицензии на медицинскую деятельность")], "appointment",
              OL("ЕКЦ-2027/158", "2027-01-20", "О назначении ответственного лица"), "record the appointed person; awaiting information next")
    put(name, data, key, ctx,
        "responsible_change (appointment) | ru | eml with NO charset label, body in windows-1251 8bit | short surname 'Ли', position wrapped across lines, translit subject")


def a13():
    name = "a13-zhauapty-balkhash-akimat-kk.pdf"
    blocks = [
        ("b", "Балқаш қаласы әкімінің аппараты"),
        "100300, Балқаш қ., Абай көшесі, 17\nШығ. № 2-14/65          2027 жылғы 22 қаңтар",
        "Бірыңғай байланыс орталығының басшысына",
        "Балқаш қаласы әкімдігі Бірыңғай байланыс орталығының ЕКЦ-2027/160 хатына жауап беріп, мынаны хабарлайды.",
        "Қала әкімдігінің 2027 жылғы 21 қаңтардағы № 31 қаулысымен Бірыңғай байланыс орталығымен өзара іс-қимыл жасау үшін жауапты тұлға: "
        "Мемлекеттік қызметтер көрсету бөлімінің басшысы — Оспанов Бекзат Нұрболұлы.",
        "Оның телефоны 8 (71036) 4-27-80, электрондық поштасы b.ospanov@balkhash.gov.kz.",
        "Бұл тағайындау қала әкімдігінің барлық мемлекеттік көрсетілетін қызметтеріне қатысты.",
        ("sp", 20), "Аппарат басшысы                                         М. Төлеубаева",
        ("sp", 30), "Орындаған: Ә. Серікқызы, 4-27-81",
    ]
    key = [doc(name, "responsible_change", "kk",
               responsible=P("Оспанов Бекзат Нұрболұлы", "Мемлекеттік қызметтер көрсету бөлімінің басшысы", "b.ospanov@balkhash.gov.kz", "8 (71036) 4-27-80"),
               previous_responsible=None)]
    ctx = CTX(AG("«Балқаш қаласы әкімінің аппараты» ММ", "balkhash@karaganda.gov.kz", "990640002251"),
              [("00402017", "Выдача справки о наличии личного подсобного хозяйства"), ("00301138", "Присвоение или изменение адреса объекту недвижимости")],
              "appointment", OL("ЕКЦ-2027/160", "2027-01-20", "Жауапты тұлғаны тағайындау туралы"), "record the appointed person for all the city's services; awaiting information next")
    put(name, PDF(blocks), key, ctx,
        "responsible_change (appointment) | kk | pdf text | 'position — Name' order after a colon, decree date (21 Jan) not keyed as effective, executor 'Ә. Серікқызы' is someone else")


def a14():
    name = "a14-zhauapty-kk-ru-duplicate.eml"
    text = (
        "Құрметті әріптестер!\n\n"
        "Павлодар облысының жер қойнауын пайдалану, қоршаған орта және су ресурстары басқармасы 2027 жылғы 25 қаңтардан бастап "
        "«Жер қойнауын пайдалануға арналған лицензия беру» (00803015) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен жұмысқа "
        "жер қойнауын пайдалану бөлімінің бас маманы Тастанбеков Асылан Мейрамұлы жауапты екенін хабарлайды.\n\n"
        "Уважаемые коллеги!\n\n"
        "Управление недропользования, окружающей среды и водных ресурсов Павлодарской области сообщает, что с 25 января 2027 года ответственным "
        "за работу с Единым контакт-центром по государственной услуге «Выдача лицензии на недропользование» (00803015) является главный специалист "
        "отдела недропользования Тастанбеков Асылан Мейрамұлы.\n\n"
        "Тел.: 8 (7182) 32-66-05\nЭл. пошта / e-mail: a.tastanbekov@nedra.pavlodar.gov.kz\n"
    )
    data = EML(formataddr(("Тастанбеков Асылан", "a.tastanbekov@nedra.pavlodar.gov.kz")), EKC, "Жауапты тұлға / Ответственное лицо (00803015)",
               "Fri, 22 Jan 2027 14:48:33 +0500", "<aa17f5e2c@nedra.pavlodar.gov.kz>", text=text)
    key = [doc("body", "responsible_change",
               responsible=P("Тастанбеков Асылан Мейрамұлы", email="a.tastanbekov@nedra.pavlodar.gov.kz", phone="8 (7182) 32-66-05"),
               previous_responsible=None, effective_date="2027-01-25", services=[S("00803015")])]
    ctx = CTX(AG("ГУ «Управление недропользования, окружающей среды и водных ресурсов Павлодарской области»", "kanc@nedra.pavlodar.gov.kz", "090640011540"),
              [("00803015", "Выдача лицензии на недропользование")], "appointment",
              OL("ЕКЦ-2027/163", "2027-01-21", "О назначении ответственного лица"), "record the appointed person from 2027-01-25; awaiting information next")
    put(name, data, key, ctx,
        "responsible_change (appointment) | kk+ru | eml utf-8 | the same notice in Kazakh then Russian, '2027 жылғы 25 қаңтардан бастап' / 'с 25 января 2027 года', one person (not two)")


# ---------------------------------------------------------------- replacements (p.7)
def r01():
    name = "r01-auystyru-zher-almaty-obl-kk.eml"
    text = (
        "Бірыңғай байланыс орталығына\n\n"
        "Алматы облысы әкімдігінің жер қатынастары басқармасы Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 7-тармағына сәйкес "
        "мынаны хабарлайды.\n\n"
        "Басқарманың бас маманы Қасымова Динара Ерланқызының басқа жұмысқа ауысуына байланысты 2027 жылғы 15 наурыздан бастап "
        "01502003, 01502011 тізілім нөмірлері бар мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлға болып жер кадастры бөлімінің "
        "жетекші маманы Бекова Әлия Маратқызы тағайындалды.\n\n"
        "Байланыс үшін: 8 (72772) 3-05-44, a.bekova@zher.almobl.gov.kz\n\n"
        "Басқарма басшысының орынбасары\nЕ. Төлегенов\n"
    )
    data = EML(formataddr(("Жер қатынастары басқармасы", "kense@zher.almobl.gov.kz")), EKC, "Жауапты тұлғаның ауысуы туралы",
               "Mon, 15 Mar 2027 11:25:00 +0500", "<zher-almobl-0315-1@zher.almobl.gov.kz>", text=text)
    key = [doc("body", "responsible_change", "kk",
               responsible=P("Бекова Әлия Маратқызы", email="a.bekova@zher.almobl.gov.kz", phone="8 (72772) 3-05-44"),
               previous_responsible={"full_name": "Қасымова Динара Ерланқызы"}, effective_date="2027-03-15",
               services=[S("01502003"), S("01502011")])]
    ctx = CTX(AG("Алматы облысы әкімдігінің жер қатынастары басқармасы", "kense@zher.almobl.gov.kz", "970540002916"),
              [("01502003", "Изготовление идентификационных документов на земельный участок"), ("01502011", "Выдача разрешения на использование земельного участка для изыскательских работ")],
              "consulting", None, "replace the responsible person for both services from 2027-03-15", True)
    put(name, data, key, ctx,
        "responsible_change | kk | eml utf-8 | unsolicited while consulting; former person in the genitive 'Ерланқызының', new in nominative, 'жылғы 15 наурыздан бастап'")


def r02():
    name = "r02-otpusk-vremenno-zko-ru.txt"
    t = (
        "ГУ «Управление предпринимательства и индустриально-инновационного развития Западно-Казахстанской области»\n"
        "Исх. № 06-1/902 от 28.07.2027\n\n"
        "Единый контакт-центр\n\n"
        "О временном исполнении обязанностей\n\n"
        "Сообщаем, что на период ежегодного оплачиваемого трудового отпуска главного специалиста отдела торговли Нурлановой Асель Болатовны "
        "(со 2 по 27 августа 2027 года) ее обязанности ответственного лица по взаимодействию с Единым контакт-центром по государственной услуге "
        "«Выдача сертификата о происхождении товара» (реестровый № 01407003) возлагаются на ведущего специалиста отдела Кусаинова Дамира Маратовича "
        "(тел. 8 (7112) 24-16-38, d.kusainov@kasipkerlik.zko.gov.kz).\n\n"
        "По выходе Нурлановой А.Б. из отпуска ответственность возвращается к ней без дополнительного уведомления.\n\n"
        "Заместитель руководителя управления                        Г. Мухамбетова\n"
    )
    key = [doc(name, "responsible_change", "ru",
               responsible=P("Кусаинов Дамир Маратович", email="d.kusainov@kasipkerlik.zko.gov.kz", phone="8 (7112) 24-16-38"),
               previous_responsible={"full_name": "Нурланова Асель Болатовна"}, effective_date="2027-08-02", services=[S("01407003")])]
    ctx = CTX(AG("ГУ «Управление предпринимательства и индустриально-инновационного развития Западно-Казахстанской области»", "kanc@kasipkerlik.zko.gov.kz", "050140004315"),
              [("01407003", "Выдача сертификата о происхождении товара")], "consulting", None,
              "record the temporary responsible person from 2027-08-02 (leave of the usual one)")
    put(name, t, key, ctx,
        "responsible_change (temporary, leave) | ru | txt | both people in the genitive/accusative; 'со 2 по 27 августа 2027 года' gives the effective date; return without notice")


def r03():
    name = "r03-demalys-bilim-mangystau-kk.docx"
    blocks = [
        "«Маңғыстау облысының білім басқармасы» ММ\nАқтау қ., 14 шағын аудан, 1 ғимарат",
        "2027 жылғы 1 шілде № 01-12/2290",
        "Бірыңғай байланыс орталығына",
        ("b", "Жауапты тұлғаның уақытша ауыстырылуы туралы"),
        "Басқарманың мектепке дейінгі білім беру бөлімінің бас маманы Ахметов Ерлан Серікұлының 2027 жылғы 5 шілдеден 30 шілдеге дейінгі "
        "жыл сайынғы ақылы еңбек демалысы кезеңінде Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі міндеттері осы бөлімнің жетекші маманы "
        "Тоқтарова Ләйлә Серікқызына жүктелетінін хабарлаймыз.",
        "Л.С. Тоқтарованың байланыс деректері: тел. 8 (7292) 42-55-16, эл. пошта: l.toktarova@bilim.mangystau.gov.kz.",
        "Қызметтер: 00402003 «Мектепке дейінгі ұйымдарға құжаттар қабылдау және балаларды қабылдау».",
        "\nБасқарма басшысы                                      Р. Бисенова",
    ]
    key = [doc(name, "responsible_change", "kk",
               responsible=P("Тоқтарова Ләйлә Серікқызы", email="l.toktarova@bilim.mangystau.gov.kz", phone="8 (7292) 42-55-16"),
               previous_responsible={"full_name": "Ахметов Ерлан Серікұлы"}, effective_date="2027-07-05", services=[S("00402003")])]
    ctx = CTX(AG("«Маңғыстау облысының білім басқармасы» ММ", "kense@bilim.mangystau.gov.kz", "020340004498"),
              [("00402003", "Прием документов и зачисление детей в дошкольные организации")], "consulting", None,
              "record the temporary responsible person from 2027-07-05")
    put(name, DOCX(blocks), key, ctx,
        "responsible_change (temporary, leave) | kk | docx | former in the genitive 'Серікұлының', new in the dative 'Серікқызына', range '5 шілдеден 30 шілдеге дейінгі'")


def r04():
    name = "r04-uvolnenie-html-ru.eml"
    html = ("<html><body style=\"font-family:Arial;font-size:10pt\">"
            "<p>Уважаемые коллеги!</p>"
            "<p>Управление по делам религий Атырауской области уведомляет о замене ответственного лица.</p>"
            "<p>В связи с увольнением <b>Петренко Светланы Викторовны</b> с 1 июня 2027 года ответственным лицом за взаимодействие с Единым контакт-центром по "
            "государственным услугам 00901001, 00901002 назначен <b>Абдрахманов Руслан Ерикович</b>, главный специалист отдела по работе с религиозными объединениями.</p>"
            "<table border=\"0\"><tr><td>Телефон:</td><td>8 (7122) 35-90-41</td></tr><tr><td>E-mail:</td><td>r.abdrakhmanov@din.atyrau.gov.kz</td></tr></table>"
            "<p>С уважением,<br>Управление по делам религий Атырауской области<br>г. Атырау, ул. Айтеке би, 77</p>"
            "<p style=\"font-size:8pt;color:gray\">Письмо отправлено из системы электронного документооборота. Просьба не отвечать на этот адрес.</p>"
            "</body></html>")
    data = EML("no-reply@edo.atyrau.gov.kz", EKC, "Уведомление о замене ответственного лица", "Tue, 01 Jun 2027 08:55:00 +0500",
               "<edo-atyrau-55812@edo.atyrau.gov.kz>", html=html, extra={"Reply-To": "din@atyrau.gov.kz"})
    key = [doc("body", "responsible_change", "ru",
               responsible=P("Абдрахманов Руслан Ерикович", "главный специалист отдела по работе с религиозными объединениями", "r.abdrakhmanov@din.atyrau.gov.kz", "8 (7122) 35-90-41"),
               previous_responsible={"full_name": "Петренко Светлана Викторовна"}, effective_date="2027-06-01",
               services=[S("00901001"), S("00901002")])]
    ctx = CTX(AG("ГУ «Управление по делам религий Атырауской области»", "din@atyrau.gov.kz", "070940006615"),
              [("00901001", "Согласование размещения помещений для распространения религиозной литературы"), ("00901002", "Согласование проведения религиозных мероприятий вне культовых зданий")],
              "consulting", None, "replace the responsible person from 2027-06-01")
    put(name, data, key, ctx,
        "responsible_change | ru | eml html-only from a no-reply e-doc address | former in the genitive, bold names, phone/e-mail in a borderless two-column table")


def r05():
    name = "r05-perevod-agro-sko-kk.pdf"
    blocks = [
        ("b", "СОЛТҮСТІК ҚАЗАҚСТАН ОБЛЫСЫ ӘКІМДІГІНІҢ АУЫЛ ШАРУАШЫЛЫҒЫ ЖӘНЕ ЖЕР ҚАТЫНАСТАРЫ БАСҚАРМАСЫ"),
        "Петропавл қ., Қазақстан Конституциясы көшесі, 58\n2027 жылғы 14 сәуір № 07-21/1408",
        "Бірыңғай байланыс орталығына\n(2027 жылғы 2 наурыздағы № ЕКЦ-2027/480 хатқа қосымша)",
        "Өзара іс-қимыл қағидаларының 7-тармағына сәйкес хабарлаймыз: басқарманың бас маманы Жүнісов Нұрлыбек Сағатұлы басқа "
        "мемлекеттік органға ауысуына байланысты 2027 жылғы 19 сәуірден бастап 00101012 және 00101014 мемлекеттік көрсетілетін қызметтер бойынша "
        "жауапты тұлға — өсімдік шаруашылығы бөлімінің бас маманы Ғабитова Сымбат Әділханқызы.",
        "Байланыс деректері: тел. 8 (7152) 46-03-29, s.gabitova@agro.sko.gov.kz",
        ("sp", 20), "Басқарма басшысы                                       Б. Кенжебаев",
    ]
    key = [doc(name, "responsible_change", "kk",
               responsible=P("Ғабитова Сымбат Әділханқызы", "өсімдік шаруашылығы бөлімінің бас маманы", "s.gabitova@agro.sko.gov.kz", "8 (7152) 46-03-29"),
               previous_responsible={"full_name": "Жүнісов Нұрлыбек Сағатұлы"}, effective_date="2027-04-19",
               services=[S("00101012"), S("00101014")])]
    ctx = CTX(AG("Солтүстік Қазақстан облысы әкімдігінің ауыл шаруашылығы және жер қатынастары басқармасы", "kense@agro.sko.gov.kz", "990340011823"),
              [("00101012", "Субсидирование стоимости удобрений"), ("00101014", "Субсидирование стоимости пестицидов")], "protocol",
              OL("ЕКЦ-2027/480", "2027-03-02", "Ақпарат беру туралы"), "replace the responsible person from 2027-04-19 while the protocol is still awaited")
    put(name, PDF(blocks), key, ctx,
        "responsible_change | kk | pdf text | arrives while a protocol is awaited; former in nominative as the subject of 'ауысуына', new after a dash; our older letter quoted")


def r06():
    name = "r06-zamena-neskolko-uslug-kostanay-docx.eml"
    att = "Письмо_замена_ответственного.docx"
    letter = DOCX([
        "ГУ «Управление физической культуры и спорта акимата Костанайской области»",
        "Исх. № 01-11/514\nот «06» мая 2027 г.",
        "Единый контакт-центр",
        "О замене ответственного лица",
        "Информируем, что государственные услуги 00704006 «Присвоение спортивных разрядов и категорий», 00704011 «Присвоение квалификационных категорий "
        "тренерам» и 00704015 «Аккредитация местных спортивных федераций», ранее закрепленные за Смирновой Еленой Юрьевной, с 10 мая 2027 года "
        "закреплены за методистом отдела спортивного резерва Жарылгаповым Айбеком Нурлановичем.",
        "Контакты: +7 (7142) 53-77-01; a.zharylgapov@sport.kostanay.gov.kz",
        "\nРуководитель управления                                  В. Кравченко",
    ])
    text = "Добрый день! Направляем письмо о замене ответственного лица (во вложении).\n"
    data = EML(formataddr(("Управление спорта Костанай", "kanc@sport.kostanay.gov.kz")), EKC, "Замена ответственного лица",
               "Thu, 06 May 2027 17:02:11 +0600", "<s-514@sport.kostanay.gov.kz>", text=text, attachments=[(att, letter, MT_DOCX)])
    key = [doc(att, "responsible_change", "ru",
               responsible=P("Жарылгапов Айбек Нурланович", email="a.zharylgapov@sport.kostanay.gov.kz", phone="+7 (7142) 53-77-01"),
               previous_responsible={"full_name": "Смирнова Елена Юрьевна"}, effective_date="2027-05-10",
               services=[S("00704006"), S("00704011"), S("00704015")])]
    ctx = CTX(AG("ГУ «Управление физической культуры и спорта акимата Костанайской области»", "kanc@sport.kostanay.gov.kz", "991040012217"),
              [("00704006", "Присвоение спортивных разрядов и категорий"), ("00704011", "Присвоение квалификационных категорий тренерам"), ("00704015", "Аккредитация местных спортивных федераций")],
              "consulting", None, "replace the responsible person for three services from 2027-05-10")
    put(name, data, key, ctx,
        "responsible_change | ru | eml + docx | former in the instrumental 'за Смирновой Еленой Юрьевной', new in the instrumental 'Жарылгаповым Айбеком Нурлановичем'")


def r07():
    name = "r07-bala-kutimi-kyzylorda-kk.txt"
    t = (
        "Қызылорда облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы\n"
        "Шығыс №: 04-09/1187          Күні: 29.03.2027\n\n"
        "Бірыңғай байланыс орталығына\n\n"
        "Басқарманың атаулы әлеуметтік көмек бөлімінің бас маманы Мұратова Айжан Бекқызының бала күтіміне байланысты демалысқа шығуына "
        "байланысты, 2027 жылғы 1 сәуірден бастап «Мемлекеттік атаулы әлеуметтік көмек тағайындау» (00605015) және «Мұқтаж азаматтардың "
        "жекелеген санаттарына әлеуметтік көмек тағайындау» (00605003) мемлекеттік көрсетілетін қызметтері бойынша Бірыңғай байланыс "
        "орталығымен өзара іс-қимылға жауапты тұлға болып осы бөлімнің жетекші маманы Жанұзақов Ерасыл Бауыржанұлы бекітілді.\n\n"
        "Тел.: 8 (7242) 27-14-90\nЭл.пошта: e.zhanuzakov@enbek.kyzylorda.gov.kz\n\n"
        "Басшының орынбасары                              Ғ. Сұлтанбеков\n\n"
        "ЭЦҚ-мен қол қойылған. Құжат «Е-өтініш» жүйесінен экспортталды.\n"
    )
    key = [doc(name, "responsible_change", "kk",
               responsible=P("Жанұзақов Ерасыл Бауыржанұлы", email="e.zhanuzakov@enbek.kyzylorda.gov.kz", phone="8 (7242) 27-14-90"),
               previous_responsible={"full_name": "Мұратова Айжан Бекқызы"}, effective_date="2027-04-01",
               services=[S("00605015"), S("00605003")])]
    ctx = CTX(AG("Қызылорда облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "kense@enbek.kyzylorda.gov.kz", "050240018834"),
              [("00605015", "Назначение государственной адресной социальной помощи"), ("00605003", "Назначение социальной помощи отдельным категориям нуждающихся граждан")],
              "consulting", None, "replace the responsible person from 2027-04-01")
    put(name, t, key, ctx,
        "responsible_change | kk | txt | maternity leave; former in the genitive 'Бекқызының', two services in parentheses, letter date (29.03) differs from effective date")


def r08():
    name = "r08-zamena-koi8-ru.eml"
    text = (
        "Единому контакт-центру\n\n"
        "Управление ветеринарии Северо-Казахстанской области сообщает, что вместо Жаксылыковой Гульнары Амановны, ранее ответственной "
        "по государственной услуге 00702011, с 14 июня 2027 г. ответственным назначен Сарсенбаев Нурсултан Бекенович, главный ветеринарный врач отдела "
        "ветеринарной безопасности.\n"
        "Тел. 8-7152-33-18-62, n.sarsenbaev@vet.sko.gov.kz\n\n"
        "Руководитель управления  К. Абенов\n"
    )
    data = EML("kanc@vet.sko.gov.kz", EKC, "Замена ответственного (00702011)", "Fri, 11 Jun 2027 11:11:11 +0600",
               "<vet-sko-3391@vet.sko.gov.kz>", text=text, charset="koi8-r")
    key = [doc("body", "responsible_change", "ru",
               responsible=P("Сарсенбаев Нурсултан Бекенович", "главный ветеринарный врач отдела ветеринарной безопасности", "n.sarsenbaev@vet.sko.gov.kz", "8-7152-33-18-62"),
               previous_responsible={"full_name": "Жаксылыкова Гульнара Амановна"}, effective_date="2027-06-14", services=[S("00702011")])]
    ctx = CTX(AG("ГУ «Управление ветеринарии Северо-Казахстанской области»", "kanc@vet.sko.gov.kz", "060340018862"),
              [("00702011", "Выдача ветеринарной справки")], "consulting", None, "replace the responsible person from 2027-06-14")
    put(name, data, key, ctx,
        "responsible_change | ru | eml koi8-r base64 | 'вместо' + genitive Kazakh surname with Russian endings ('Жаксылыковой Гульнары Амановны')")


def r09():
    name = "r09-auysu-turkistan-energo-bilingual.eml"
    text = (
        "Бірыңғай байланыс орталығына / Единому контакт-центру\n\n"
        "Түркістан облысының энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы 2027 жылғы 2 тамыздан бастап «Газбен жабдықтау желілеріне қосылуға "
        "техникалық шарттар беру» (00504012) мемлекеттік қызметі бойынша жауапкершілік Әлиев Бекзат Серікұлынан газдандыру бөлімінің бас маманы "
        "Нұрланов Қанат Мұратұлына берілетінін хабарлайды.\n\n"
        "Управление энергетики и ЖКХ Туркестанской области сообщает: с 2 августа 2027 года ответственность по услуге 00504012 передается от Алиева Б.С. "
        "к Нурланову К.М. (главный специалист отдела газификации).\n\n"
        "Байланыс / контакты: 8 (72533) 4-11-52, k.nurlanov@energy.turkistan.gov.kz\n"
    )
    data = EML(formataddr(("Энергетика басқармасы", "kense@energy.turkistan.gov.kz")), EKC, "Жауапты тұлға ауысты / Смена ответственного",
               "Wed, 28 Jul 2027 10:30:00 +0500", "<en-tur-2027-0728@energy.turkistan.gov.kz>", text=text)
    key = [doc("body", "responsible_change",
               responsible=P("Нұрланов Қанат Мұратұлы", email="k.nurlanov@energy.turkistan.gov.kz", phone="8 (72533) 4-11-52"),
               previous_responsible={"full_name": "Әлиев Бекзат Серікұлы"}, effective_date="2027-08-02", services=[S("00504012")])]
    ctx = CTX(AG("Түркістан облысының энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы", "kense@energy.turkistan.gov.kz", "181140011492"),
              [("00504012", "Выдача технических условий на подключение к сетям газоснабжения")], "consulting", None,
              "replace the responsible person from 2027-08-02")
    put(name, data, key, ctx,
        "responsible_change | kk+ru | eml utf-8 | Kazakh ablative 'Серікұлынан' (former) and dative 'Мұратұлына' (new); the Russian part gives only initials in the genitive/dative")


def r10():
    name = "r10-bolezn-vremenno-karaganda-ru.docx"
    blocks = [
        "ГУ «Управление земельных отношений Карагандинской области»\n100012, г. Караганда, ул. Ерубаева, 47",
        "№ 3-2/1730 от 17.09.2027",
        "Единый контакт-центр",
        "На период временной нетрудоспособности Ибраевой Жанны Толеухановны, ответственного лица по государственной услуге «Изменение целевого назначения "
        "земельного участка» (01502019), функции по взаимодействию с Единым контакт-центром с 20 сентября 2027 года временно исполняет "
        "главный специалист отдела Демченко Ольга Анатольевна.",
        "Телефон: 8 (7212) 56-02-74\nЭлектронная почта: o.demchenko@zher.karaganda.gov.kz",
        "\nЗаместитель руководителя                                   Т. Сагинтаев",
        "Исп. Демченко О.А.",
    ]
    key = [doc(name, "responsible_change", "ru",
               responsible=P("Демченко Ольга Анатольевна", email="o.demchenko@zher.karaganda.gov.kz", phone="8 (7212) 56-02-74"),
               previous_responsible={"full_name": "Ибраева Жанна Толеухановна"}, effective_date="2027-09-20", services=[S("01502019")])]
    ctx = CTX(AG("ГУ «Управление земельных отношений Карагандинской области»", "kanc@zher.karaganda.gov.kz", "040540003116"),
              [("01502019", "Изменение целевого назначения земельного участка")], "consulting", None,
              "record the temporary responsible person from 2027-09-20 (sick leave)")
    put(name, DOCX(blocks), key, ctx,
        "responsible_change (temporary, sick leave) | ru | docx | former in the genitive at the start, new in the nominative at the end of a long sentence")


def r11():
    name = "r11-auystyru-madeniet-html-kk.eml"
    html = ("<div style=\"font-family:Times New Roman;font-size:14px\">"
            "<p align=\"center\"><b>«ЖАМБЫЛ ОБЛЫСЫ ӘКІМДІГІНІҢ МӘДЕНИЕТ, АРХИВТЕР ЖӘНЕ ҚҰЖАТТАМА БАСҚАРМАСЫ» КММ</b></p>"
            "<p>2027 жылғы 3 мамыр № 02-07/611</p>"
            "<p>Бірыңғай байланыс орталығына</p>"
            "<p>Басқарма архив ісі бөлімінің бас маманы <b>Жұмабек Арайлым Талғатқызы</b> 2027 жылғы 4 мамырдан бастап «Архивтік анықтамалар беру» (01201009) "
            "мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен жұмыс жүргізуге жауапты болып белгіленгенін хабарлаймыз.</p>"
            "<p>Осыған дейін бұл қызмет бойынша жауапты болған Сапарова Мәдина Оразқызы жұмыстан босатылды.</p>"
            "<p>Байланыс: 8 (7262) 45-30-17, <a href=\"mailto:a.zhumabek@madeniet.zhambyl.gov.kz\">a.zhumabek@madeniet.zhambyl.gov.kz</a></p>"
            "<p>Басқарма басшысы&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Д. Әшімова</p></div>")
    data = EML(formataddr(("Мәдениет басқармасы Жамбыл", "kense@madeniet.zhambyl.gov.kz")), EKC, "Жауапты тұлға туралы", "Mon, 03 May 2027 16:44:09 +0500",
               "<mad-zh-611@madeniet.zhambyl.gov.kz>", html=html)
    key = [doc("body", "responsible_change", "kk",
               responsible=P("Жұмабек Арайлым Талғатқызы", email="a.zhumabek@madeniet.zhambyl.gov.kz", phone="8 (7262) 45-30-17"),
               previous_responsible={"full_name": "Сапарова Мәдина Оразқызы"}, effective_date="2027-05-04", services=[S("01201009")])]
    ctx = CTX(AG("«Жамбыл облысы әкімдігінің мәдениет, архивтер және құжаттама басқармасы» КММ", "kense@madeniet.zhambyl.gov.kz", "050740013311"),
              [("01201009", "Выдача архивных справок")], "consulting", None, "replace the responsible person from 2027-05-04")
    put(name, data, key, ctx,
        "responsible_change | kk | eml html-only | new person named first (surname 'Жұмабек' without -ов), the former in a second sentence in the nominative")


def r12():
    name = "r12-bylo-stalo-pavlodar-ru.pdf"
    rows = [["", "Было", "Стало"],
            ["Ф.И.О.", "Байтуганова Алия Кайратовна", "Шевченко Максим Игоревич"],
            ["Должность", "главный специалист отдела лицензирования", "главный специалист отдела лицензирования"],
            ["Телефон", "8 (7182) 55-10-21", "8 (7182) 55-10-23"],
            ["E-mail", "a.baituganova@densaulyq.pavlodar.gov.kz", "m.shevchenko@densaulyq.pavlodar.gov.kz"]]
    blocks = [("b", "ГУ «Управление здравоохранения Павлодарской области»"),
              "Исх. № 14-3/2257 от 22.10.2027", "Единый контакт-центр", ("b", "Уведомление о замене ответственного лица"),
              "По государственной услуге № 00902011 «Выдача лицензии на медицинскую деятельность» с 25 октября 2027 года изменяется ответственное лицо:",
              ("t", rows, {"widths": [70, 222, 222], "size": 8}),
              "Руководитель управления                          А. Калиев"]
    key = [doc(name, "responsible_change", "ru",
               responsible=P("Шевченко Максим Игоревич", "главный специалист отдела лицензирования", "m.shevchenko@densaulyq.pavlodar.gov.kz", "8 (7182) 55-10-23"),
               previous_responsible={"full_name": "Байтуганова Алия Кайратовна"}, effective_date="2027-10-25", services=[S("00902011")])]
    ctx = CTX(AG("ГУ «Управление здравоохранения Павлодарской области»", "kanc@densaulyq.pavlodar.gov.kz", "990340004281"),
              [("00902011", "Выдача лицензии на медицинскую деятельность")], "consulting", None, "replace the responsible person from 2027-10-25")
    put(name, PDF(blocks), key, ctx,
        "responsible_change | ru | pdf text | 'Было | Стало' table: the new person is in the right column, both with full contacts")


# ---------------------------------------------------------------- change notices (p.6)
NUL4 = {"standard": None, "regulation": None, "npa_changes": None, "website": None}


def CH(reg, **changed):
    d = {"registry_number": reg}
    d.update(NUL4)
    d.update(changed)
    return d


def c01():
    name = "c01-standart-vet-turkistan-kk.eml"
    std = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 12 мамырдағы № 188 бұйрығымен бекітілген «Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары"
    text = (
        "Бірыңғай байланыс орталығына\n\n"
        "Түркістан облысының ветеринария басқармасы бұрын ұсынылған ақпаратқа өзгеріс енгізілгенін хабарлайды.\n\n"
        "«Ветеринариялық анықтама беру» (тізілімдегі № 00702011) мемлекеттік көрсетілетін қызмет 2027 жылғы 1 маусымнан бастап жаңа қағидаларға сәйкес көрсетіледі.\n\n"
        f"Жаңа стандарт: {std}.\n\n"
        "Бұған дейінгі 2020 жылғы 21 мамырдағы № 7-1/322 бұйрығымен бекітілген қағидалар осы қызмет бөлігінде күшін жойды.\n"
        "Басқа мәліметтер (интернет-ресурс, жауапты тұлға) өзгерген жоқ.\n\n"
        "Жауапты тұлға: Тұрлыбеков Д.Ә., 8 (7253) 31-20-44\n"
    )
    data = EML(formataddr(("Тұрлыбеков Дәурен", "d.turlybekov@vet.turkistan.gov.kz")), EKC, "Өзгерістер туралы (00702011)",
               "Thu, 03 Jun 2027 10:02:00 +0500", "<chg-vet-tur-0603@vet.turkistan.gov.kz>", text=text)
    key = [doc("body", "change_notice", "kk", services=[CH("00702011", standard=std)], change_date="2027-06-01")]
    ctx = CTX(AG("«Түркістан облысының ветеринария басқармасы» мемлекеттік мекемесі", "kense@vet.turkistan.gov.kz", "190340021578"),
              [("00702011", "Выдача ветеринарной справки")], "consulting", None, "update the standard of 00702011 (changed 2027-06-01)")
    put(name, data, key, ctx,
        "change_notice | kk | eml utf-8 | new standard on a labelled line, the old order mentioned too (must not be the value), 'жылғы 1 маусымнан бастап' change date")


def c02():
    name = "c02-revised-form-website-ru.docx"
    n = "Выдача архивных справок"
    s = "Правила оказания государственной услуги «Выдача архивных справок», утвержденные приказом Министра культуры и спорта Республики Казахстан от 22 января 2021 года № 8"
    head = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги", "Регламент государственной услуги",
            "Изменения нормативных правовых актов", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    rows = [head, ["1", "01201009", n, s, "-", "-", "https://arhiv.mangystau.gov.kz/spravki", "Байғожина Ләззат Мұхтарқызы, директор КГУ «Мангистауский областной архив», 8 (7292) 30-41-17"]]
    blocks = ["Управление культуры, архивов и документации Мангистауской области", "Исх. № 05-2/1401 от 14.06.2027",
              "Единый контакт-центр",
              "В соответствии с пунктом 6 Правил взаимодействия направляем актуализированную информацию по государственной услуге 01201009. "
              "С 9 июня 2027 года информация об услуге размещается на новом сайте архива; прочие сведения не изменились.",
              ("t", rows, {"size": 9}), "Исполнитель: Тулегенова А.Б.", "Дата: 14.06.2027"]
    key = [doc(name, "change_notice", "ru", services=[{"registry_number": "01201009", "website": "https://arhiv.mangystau.gov.kz/spravki"}],
               change_date="2027-06-09")]
    ctx = CTX(AG("ГУ «Управление культуры, архивов и документации Мангистауской области»", "madeniet@mangystau.gov.kz", "030740000917"),
              [("01201009", "Выдача архивных справок")], "consulting", None, "update the website of 01201009 from the revised table (changed 2027-06-09)")
    put(name, DOCX(blocks, landscape_=True), key, ctx,
        "change_notice | ru | docx | a revised Appendix 1 table (all columns filled) where only the website changed; only registry number and website keyed, the letter above names the change")


def c03():
    name = "c03-npa-zanyatost-akmola-ru.txt"
    act = "приказ Министра труда и социальной защиты населения Республики Казахстан от 17 мая 2027 года № 152 «О внесении изменений в приказ Министра труда и социальной защиты населения Республики Казахстан от 29 июня 2020 года № 248»"
    t = (
        "Управление занятости и социальных программ Акмолинской области\n"
        "Исх. № 07-18/2044 от 24.05.2027\n\n"
        "Единый контакт-центр\n\n"
        "Об изменениях в нормативных правовых актах\n\n"
        "Сообщаем, что в Правила оказания государственной услуги «Назначение государственной адресной социальной помощи» (реестровый номер 00605015) внесены изменения:\n"
        f"{act}.\n"
        "Приказ введен в действие 21 мая 2027 года. Изменения касаются сроков рассмотрения заявления (сокращены с 8 до 5 рабочих дней) и перечня документов.\n\n"
        "Просим учесть при консультировании.\n\n"
        "Заместитель руководителя                          Н. Бекетова\n"
        "Исп. Дюсенова Ж.К., 74-30-62\n"
    )
    key = [doc(name, "change_notice", "ru", services=[CH("00605015", npa_changes=act)], change_date="2027-05-21")]
    ctx = CTX(AG("ГУ «Управление занятости и социальных программ Акмолинской области»", "kanc@enbek.akmola.gov.kz", "050240007729"),
              [("00605015", "Назначение государственной адресной социальной помощи")], "consulting", None,
              "record the amending act for 00605015 (in force 2027-05-21)")
    put(name, t, key, ctx,
        "change_notice | ru | txt | amending order on its own line, the change date is the entry into force (not the order date 17 May, not the letter date)")


def c04():
    name = "c04-internet-resurs-akimat-aral-kk.pdf"
    blocks = [
        ("b", "Арал ауданы әкімінің аппараты"),
        "2027 жылғы 8 шілде № 01-19/842",
        "Бірыңғай байланыс орталығына",
        "Аудан әкімдігінің ресми интернет-ресурсы жаңа мекенжайға көшірілуіне байланысты 2027 жылғы 1 шілдеден бастап мемлекеттік көрсетілетін "
        "қызметтер туралы ақпарат мына мекенжайда орналастырылады: https://www.gov.kz/memleket/entities/kyzylorda-aral",
        "Өзгеріс мына қызметтерге қатысты:\n1) 00402017 – Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру;\n"
        "2) 00301138 – Жылжымайтын мүлік объектісіне мекенжай беру, өзгерту және жою.",
        "Бұрынғы aral.kyzylorda.gov.kz сайты жабылды.",
        ("sp", 20), "Аппарат басшысы                                 Ж. Қалменов",
    ]
    web = "https://www.gov.kz/memleket/entities/kyzylorda-aral"
    key = [doc(name, "change_notice", "kk", services=[CH("00402017", website=web), CH("00301138", website=web)], change_date="2027-07-01")]
    ctx = CTX(AG("«Арал ауданы әкімінің аппараты» ММ", "aral@kyzylorda.gov.kz", "990740003341"),
              [("00402017", "Выдача справки о наличии личного подсобного хозяйства"), ("00301138", "Присвоение или изменение адреса объекту недвижимости")],
              "consulting", None, "update the website of two services (changed 2027-07-01)")
    put(name, PDF(blocks), key, ctx,
        "change_notice | kk | pdf text | new web address mid-sentence after a colon, the old one named later (not the value), two services in a numbered list")


def c05():
    name = "c05-dva-standarta-html-ru.eml"
    s1 = "Правила оказания государственной услуги «Выдача лицензии на деятельность по хранению зерна», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 19 апреля 2027 года № 140"
    s2 = "Правила оказания государственной услуги «Аттестация лабораторий по экспертизе качества зерна», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 19 апреля 2027 года № 141"
    html = ("<html><body><p>Уважаемые коллеги!</p>"
            "<p>В связи с утверждением новых правил оказания государственных услуг сообщаем об изменении стандартов (вступают в силу с 05.05.2027):</p>"
            "<table border=1 cellpadding=4><tr><th>№ в реестре</th><th>Услуга</th><th>Новый стандарт</th></tr>"
            f"<tr><td>00101052</td><td>Выдача лицензии на деятельность по хранению зерна</td><td>{s1}</td></tr>"
            f"<tr><td>00101060</td><td>Аттестация лабораторий по экспертизе качества зерна</td><td>{s2}</td></tr></table>"
            "<p>Ответственное лицо прежнее &mdash; Ержанов Т.А.</p>"
            "<p>--<br>Управление сельского хозяйства и земельных отношений акимата Костанайской области</p></body></html>")
    data = EML(formataddr(("Ержанов Тимур", "t.erzhanov@agro.kostanay.gov.kz")), EKC, "Изменение стандартов госуслуг", "Mon, 10 May 2027 12:40:00 +0600",
               "<chg-0510@agro.kostanay.gov.kz>", html=html)
    key = [doc("body", "change_notice", "ru", services=[CH("00101052", standard=s1), CH("00101060", standard=s2)], change_date="2027-05-05")]
    ctx = CTX(AG("ГУ «Управление сельского хозяйства и земельных отношений акимата Костанайской области»", "agro@kostanay.gov.kz", "991040003320"),
              [("00101052", "Выдача лицензии на деятельность по хранению зерна"), ("00101060", "Аттестация лабораторий по экспертизе качества зерна")],
              "consulting", None, "update the standards of two services (changed 2027-05-05)")
    put(name, data, key, ctx,
        "change_notice | ru | eml html-only | a three-column HTML table (not Appendix 1) with the new standards; change date in a parenthesis")


def c06():
    name = "c06-npa-standart-densaulyq-kk.eml"
    att = "Өзгерістер_туралы_хат.docx"
    std = "Қазақстан Республикасы Денсаулық сақтау министрінің 2027 жылғы 2 тамыздағы № ҚР ДСМ-71 бұйрығымен бекітілген «Дәрігердің қабылдауына жазылу» мемлекеттік көрсетілетін қызмет қағидалары"
    npa = "Қазақстан Республикасы Денсаулық сақтау министрінің 2027 жылғы 2 тамыздағы № ҚР ДСМ-71 «Мемлекеттік көрсетілетін қызметтер қағидаларын бекіту туралы» бұйрығы"
    letter = DOCX([
        "«Батыс Қазақстан облысының денсаулық сақтау басқармасы» ММ", "2027 жылғы 16 тамыз № 07-03/3310", "Бірыңғай байланыс орталығына",
        "Өзара іс-қимыл қағидаларының 6-тармағына сәйкес «Дәрігердің қабылдауына жазылу» (00902004) мемлекеттік көрсетілетін қызметі бойынша "
        "бұрын ұсынылған ақпараттағы өзгерістерді жолдаймыз.",
        ("t", [["Баған", "Жаңа мәлімет"], ["Стандарт", std], ["НҚА өзгерістері", npa]], {}),
        "Өзгерістер 2027 жылғы 13 тамыздан бастап қолданысқа енгізілді.",
        "Басшының орынбасары                                   Е. Мұхамбетжанов",
    ])
    data = EML("kense@densaulyq.bko.gov.kz", EKC, "Өзгерістер туралы", "Mon, 16 Aug 2027 15:15:15 +0500", "<bko-3310@densaulyq.bko.gov.kz>",
               text="Хат тіркелген.\n", attachments=[(att, letter, MT_DOCX)])
    key = [doc(att, "change_notice", "kk", services=[CH("00902004", standard=std, npa_changes=npa)], change_date="2027-08-13")]
    ctx = CTX(AG("«Батыс Қазақстан облысының денсаулық сақтау басқармасы» ММ", "kense@densaulyq.bko.gov.kz", "030540007714"),
              [("00902004", "Запись на прием к врачу")], "consulting", None, "update the standard and acts of 00902004 (changed 2027-08-13)")
    put(name, data, key, ctx,
        "change_notice | kk | eml + docx | a two-column 'Баған | Жаңа мәлімет' table inside the letter, two changed fields, entry into force in a later sentence")


def c07():
    name = "c07-sait-auysty-zhetisu-kk.txt"
    web = "enbek.zhetisu.gov.kz/kyzmetter"
    t = (
        "Жетісу облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы\n"
        "№ 05-11/2871, 2027 жылғы 20 қыркүйек\n\n"
        "Бірыңғай байланыс орталығына\n\n"
        "Хабарлаймыз: басқарма көрсететін 00603011, 00603016 мемлекеттік қызметтері туралы ақпарат бұдан былай басқарманың жеке сайтында, "
        f"{web} бөлімінде жарияланады. Өзгеріс 2027 жылғы 15 қыркүйекте енгізілді.\n\n"
        "Стандарттар мен жауапты тұлға өзгерген жоқ.\n\n"
        "Басшы   Д. Сәрсенбаев\n"
    )
    key = [doc(name, "change_notice", "kk", services=[CH("00603011", website=web), CH("00603016", website=web)], change_date="2027-09-15")]
    ctx = CTX(AG("Жетісу облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "kense@enbek.zhetisu.gov.kz", "220840019904"),
              [("00603011", "Регистрация в качестве безработного"), ("00603016", "Назначение социальных выплат по безработице")],
              "consulting", None, "update the website of two services (changed 2027-09-15)")
    put(name, t, key, ctx, "change_notice | kk | txt | short letter, address without scheme inside a sentence, date 'жылғы 15 қыркүйекте' (locative)")


def c08():
    name = "c08-novyi-standart-cp1251-ru.eml"
    std = "Правила оказания государственной услуги «Выдача технических условий на подключение к сетям газоснабжения», утвержденные приказом Министра энергетики Республики Казахстан от 25 июня 2027 года № 233"
    text = (
        "Добрый день!\n\n"
        "Направляем уточнение к информации по госуслуге 00504012.\n\n"
        "Графа 4 (стандарт) — новая редакция:\n"
        f"{std}\n\n"
        "Графа 5 (регламент) — без изменений.\n"
        "Вступает в силу с 10.07.2027.\n\n"
        "Белов А.С.\nинженер отдела газификации\n"
    )
    data = EML(formataddr(("Белов Андрей", "belov.as@energo.aktobe.gov.kz")), EKC, "Уточнение по 00504012", "Fri, 09 Jul 2027 09:09:09 +0500",
               "<belov-0709@energo.aktobe.gov.kz>", text=text, charset="windows-1251")
    key = [doc("body", "change_notice", "ru", services=[CH("00504012", standard=std)], change_date="2027-07-10")]
    ctx = CTX(AG("ГУ «Управление энергетики и жилищно-коммунального хозяйства Актюбинской области»", "kanc@energo.aktobe.gov.kz", "080540021394"),
              [("00504012", "Выдача технических условий на подключение к сетям газоснабжения")], "consulting", None,
              "update the standard of 00504012 (in force 2027-07-10)")
    put(name, data, key, ctx, "change_notice | ru | eml windows-1251 base64 | changes named by column number ('Графа 4'), 'без изменений' for column 5 (regulation stays null)")


def c09():
    name = "c09-revised-xlsx-din-kostanay-kk.xlsx"
    std = "ҚР Мәдениет және ақпарат министрінің 2027 жылғы 4 қазандағы № 402-НҚ бұйрығымен бекітілген қағидалар"
    npa = "ҚР Мәдениет және ақпарат министрінің 2027 жылғы 4 қазандағы № 402-НҚ бұйрығы (№ 88 бұйрық күшін жойды)"
    rows = [["Өзгерістер (1-қосымша бойынша) — 2027 жылғы 11 қазан"], [],
            ["Тізілімдегі №", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға"],
            ["00901002", "Ғибадат үйлерінен (ғимараттарынан) тыс жерлерде діни іс-шаралар өткізу туралы келісім беру", std, None, npa, None, None],
            [], ["Ескерту: бос қалдырылған бағандар өзгерген жоқ. Өзгеріс күні: 2027 жылғы 6 қазан."]]
    x = XLSX([("Өзгерістер", rows, {"merges": ["A1:G1"], "widths": {"A": 14, "B": 40, "C": 40, "E": 40}, "border_from": (3, 4, 7)})])
    key = [doc(name, "change_notice", "kk", services=[{"registry_number": "00901002", "standard": std, "regulation": None, "npa_changes": npa, "website": None}],
               change_date="2027-10-06")]
    ctx = CTX(AG("Қостанай облысы әкімдігінің дін істері басқармасы", "din@kostanay.gov.kz", "060440012973"),
              [("00901002", "Согласование проведения религиозных мероприятий вне культовых зданий")], "consulting", None,
              "update the standard and acts of 00901002 (changed 2027-10-06)")
    put(name, x, key, ctx,
        "change_notice | kk | xlsx | a partial Appendix 1 row (7 columns, no №): only changed cells are filled, a note says blank columns did not change; two dates (sheet date vs change date)")


def c10():
    name = "c10-standart-sait-bilingual.eml"
    std = "Правила оказания государственной услуги «Выдача сертификата о происхождении товара», утвержденные приказом Министра торговли и интеграции Республики Казахстан от 30 октября 2027 года № 311-НҚ"
    web = "https://www.gov.kz/memleket/entities/zko-kasipkerlik"
    text = (
        "Құрметті әріптестер! / Уважаемые коллеги!\n\n"
        "01407003 мемлекеттік көрсетілетін қызметі бойынша мына мәліметтер өзгерді / По госуслуге 01407003 изменились следующие сведения:\n\n"
        f"- Стандарт: {std};\n"
        f"- Интернет-ресурс: {web}.\n\n"
        "Өзгерістер 2027 жылғы 8 қарашадан бастап күшіне енеді / Изменения действуют с 8 ноября 2027 года.\n\n"
        "Кусаинов Д.М.\n"
    )
    data = EML(formataddr(("Кусаинов Дамир", "d.kusainov@kasipkerlik.zko.gov.kz")), EKC, "Өзгерістер / Изменения 01407003",
               "Tue, 09 Nov 2027 10:21:37 +0500", "<zko-k-1109@kasipkerlik.zko.gov.kz>", text=text)
    key = [doc("body", "change_notice", services=[CH("01407003", standard=std, website=web)], change_date="2027-11-08")]
    ctx = CTX(AG("ГУ «Управление предпринимательства и индустриально-инновационного развития Западно-Казахстанской области»", "kanc@kasipkerlik.zko.gov.kz", "050140004315"),
              [("01407003", "Выдача сертификата о происхождении товара")], "consulting", None,
              "update the standard and website of 01407003 (changed 2027-11-08)")
    put(name, data, key, ctx,
        "change_notice | kk+ru | eml utf-8 | bilingual lines, two changed fields as dashed list items with a trailing ';' and '.'")


# ---------------------------------------------------------------- refusals (p.11)
def x01():
    name = "x01-bas-tartu-memlekettik-kupiya-kk.eml"
    reason = "сұралып отырған мәліметтер мемлекеттік құпияларды құрайды"
    text = (
        "Бірыңғай байланыс орталығына\n\n"
        "Сіздің 2027 жылғы 14 сәуірдегі № ЕКЦ-2027/655 хатыңызды қарап, Ақтөбе облысының жұмылдыру дайындығы және азаматтық қорғаныс басқармасы "
        "«Әскери есепке алу құжаттарын беру» (00203007) мемлекеттік көрсетілетін қызметі бойынша шақыру учаскелерінің орналасуы мен жұмылдыру "
        "ресурстарын есепке алу тәртібі туралы қосымша ақпарат беруден бас тартады, себебі " + reason + " "
        "(«Мемлекеттік құпиялар туралы» Қазақстан Республикасы Заңының 14-бабы).\n\n"
        "Қызметтің жалпы тәртібі туралы ақпарат бұрын 1-қосымша нысанында ұсынылған.\n\n"
        "Басқарма басшысы                            Ә. Дүйсенбаев\n"
    )
    data = EML(formataddr(("ЖД және АҚ басқармасы", "kense@zhumyldyru.aktobe.gov.kz")), EKC, "ЕКЦ-2027/655 хатқа жауап",
               "Tue, 20 Apr 2027 11:30:00 +0500", "<zh-aktobe-0420@zhumyldyru.aktobe.gov.kz>", text=text)
    key = [doc("body", "refusal", "kk", refusal_reason=reason, refusal_ground="state_secret", services=[S("00203007")])]
    ctx = CTX(AG("«Ақтөбе облысының жұмылдыру дайындығы және азаматтық қорғаныс басқармасы» ММ", "kense@zhumyldyru.aktobe.gov.kz", "030640008812"),
              [("00203007", "Выдача документов воинского учета")], "additional_answer",
              OL("ЕКЦ-2027/655", "2027-04-14", "Қосымша ақпарат беру туралы"), "record a lawful refusal (state secret); close the additional request")
    put(name, data, key, ctx, "refusal (state_secret) | kk | eml utf-8 | the reason inside a long sentence after 'себебі', a law cited in parentheses")


def x02():
    name = "x02-otkaz-kommercheskaya-tajna-ru.docx"
    reason = "сведения об условиях контрактов на недропользование составляют коммерческую тайну недропользователей"
    blocks = [
        "ГУ «Управление недропользования, окружающей среды и водных ресурсов Павлодарской области»", "Исх. № 02-14/1187 от 03.05.2027",
        "Единый контакт-центр\nНа № ЕКЦ-2027/671 от 26.04.2027",
        "Рассмотрев Ваш запрос о представлении перечня действующих лицензий на недропользование с указанием условий и сроков контрактов, "
        "сообщаем следующее.",
        "Управление не может представить запрашиваемую информацию, поскольку " + reason + " и в соответствии со статьей 126 "
        "Предпринимательского кодекса Республики Казахстан не подлежат разглашению без их согласия.",
        "Общие сведения о порядке оказания государственной услуги «Выдача лицензии на недропользование» (00803015) размещены на портале egov.kz.",
        "Руководитель управления                                        С. Мусин",
    ]
    key = [doc(name, "refusal", "ru", refusal_reason=reason, refusal_ground="commercial_secret", services=[S("00803015")])]
    ctx = CTX(AG("ГУ «Управление недропользования, окружающей среды и водных ресурсов Павлодарской области»", "kanc@nedra.pavlodar.gov.kz", "090640011540"),
              [("00803015", "Выдача лицензии на недропользование")], "additional_answer",
              OL("ЕКЦ-2027/671", "2027-04-26", "О представлении дополнительной информации"), "record a lawful refusal (commercial secret)")
    put(name, DOCX(blocks), key, ctx, "refusal (commercial_secret) | ru | docx | reason after 'поскольку', a code article follows in the same sentence")


def x03():
    name = "x03-otkaz-personalnye-dannye-ru.txt"
    reason = "списки получателей жилищной помощи содержат персональные данные, доступ к которым ограничен законом"
    t = (
        "Исх. № 3-17/512 от 12.05.2027\n\n"
        "Единому контакт-центру\n\n"
        "На Ваш запрос ЕКЦ-2027/690 о представлении списков граждан, получивших жилищную помощь в I квартале 2027 года, для ответа на обращения "
        "граждан сообщаем, что представить их не представляется возможным.\n\n"
        f"Причина: {reason} (Закон РК «О персональных данных и их защите»).\n\n"
        "Услугополучатели могут узнать статус своей заявки в личном кабинете на egov.kz.\n\n"
        "Руководитель отдела жилищно-коммунального хозяйства г. Атырау             Е. Бисенгалиев\n"
    )
    key = [doc(name, "refusal", "ru", refusal_reason=reason, refusal_ground="protected_secret")]
    ctx = CTX(AG("Атырау қаласы әкімдігінің тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі", "kense@atyrau-tkb.gov.kz", "071240009352"),
              [("00503007", "Назначение жилищной помощи")], "additional_answer",
              OL("ЕКЦ-2027/690", "2027-05-05", "О представлении дополнительной информации"), "record a lawful refusal (personal data, protected by law)")
    put(name, t, key, ctx, "refusal (protected_secret) | ru | txt | 'Причина:' line, no registry number in the letter, Kazakh agency writing in Russian")


def x04():
    name = "x04-kuzyret-zhok-saryagash-kk.eml"
    reason = "аталған мемлекеттік қызметті облыстың ветеринария басқармасы көрсетеді, аудан әкімдігінің құзыретіне жатпайды"
    text = (
        "Сәлеметсіз бе!\n\n"
        "Сарыағаш ауданы әкімінің аппараты Бірыңғай байланыс орталығының 2027 жылғы 18 мамырдағы № ЕКЦ-2027/702 сұрауына жауап береді.\n\n"
        "«Ветеринариялық-санитариялық қорытынды беру» (00702019) бойынша 1-қосымша нысанын толтыру мүмкін емес: " + reason + ".\n"
        "Сұрауды «Түркістан облысының ветеринария басқармасы» ММ-ге (kense@vet.turkistan.gov.kz) жолдауды ұсынамыз.\n\n"
        "Құрметпен,\nаппарат басшысы Ш. Юлдашев\n"
    )
    data = EML("saryagash@turkistan.gov.kz", EKC, "Re: ЕКЦ-2027/702", "Fri, 21 May 2027 10:05:44 +0500", "<sary-0521@turkistan.gov.kz>", text=text)
    key = [doc("body", "refusal", "kk", refusal_reason=reason, refusal_ground="not_competent", services=[S("00702019")])]
    ctx = CTX(AG("ГУ «Аппарат акима Сарыагашского района Туркестанской области»", "saryagash@turkistan.gov.kz", "981140002563"),
              [("00702019", "Выдача ветеринарно-санитарного заключения")], "information",
              OL("ЕКЦ-2027/702", "2027-05-18", "Ақпарат беру туралы"), "record the refusal (not competent) and redirect the request to the regional veterinary department")
    put(name, data, key, ctx, "refusal (not_competent) | kk | eml utf-8 | reason after a colon, another agency's e-mail named (must not become a responsible person)")


def x05():
    name = "x05-otkaz-peredana-funkciya-ru.pdf"
    reason = "с 1 января 2027 года функции по оказанию данной государственной услуги переданы в Государственную корпорацию «Правительство для граждан»"
    blocks = [
        ("b", "ГУ «Управление предпринимательства и торговли Карагандинской области»"),
        "Исх. № 05-07/1344 от 31.05.2027", "Единый контакт-центр", "На № ЕКЦ-2027/711 от 25.05.2027",
        "Управление рассмотрело запрос о представлении информации по государственной услуге «Выдача лицензии на розничную реализацию алкогольной продукции» (01407015).",
        "Сообщаем, что " + reason + ", в связи с чем управление не является услугодателем и не располагает запрашиваемыми сведениями.",
        "Руководитель                                  Б. Жумабаев",
    ]
    key = [doc(name, "refusal", "ru", refusal_reason=reason, refusal_ground="not_competent", services=[S("01407015")])]
    ctx = CTX(AG("ГУ «Управление предпринимательства и торговли Карагандинской области»", "kanc@kasipkerlik.karaganda.gov.kz", "990140005127"),
              [("01407015", "Выдача лицензии на розничную реализацию алкогольной продукции")], "information",
              OL("ЕКЦ-2027/711", "2027-05-25", "О представлении информации"), "record the refusal (not competent); the service moved to another provider")
    put(name, PDF(blocks), key, ctx, "refusal (not_competent) | ru | pdf text | no word 'отказ'; the reason is a statement that the function moved elsewhere")


def x06():
    name = "x06-tizilimnen-shygaryldy-kk.docx"
    reason = "аталған қызмет мемлекеттік көрсетілетін қызметтер тізілімінен алынып тасталды"
    blocks = [
        "«Маңғыстау облысының білім басқармасы» ММ", "2027 жылғы 4 маусым № 01-12/2011", "Бірыңғай байланыс орталығына",
        "Сіздің 2027 жылғы 28 мамырдағы № ЕКЦ-2027/724 хатыңызға жауап ретінде хабарлаймыз: «Балалар мен жасөспірімдерге қосымша білім беру бойынша "
        "құжаттарды қабылдау» (00403041) қызметі бойынша ақпарат ұсынылмайды, өйткені Қазақстан Республикасы Цифрлық даму министрінің 2027 жылғы "
        "12 мамырдағы бұйрығымен " + reason + ".",
        "Басқарма басшысы                                    Р. Бисенова",
    ]
    key = [doc(name, "refusal", "kk", refusal_reason=reason, refusal_ground="other", services=[S("00403041")])]
    ctx = CTX(AG("«Маңғыстау облысының білім басқармасы» ММ", "kense@bilim.mangystau.gov.kz", "020340004498"),
              [("00403041", "Прием документов на дополнительное образование детей")], "information",
              OL("ЕКЦ-2027/724", "2027-05-28", "Ақпарат беру туралы"), "record the refusal (service removed from the registry); close the case")
    put(name, DOCX(blocks), key, ctx, "refusal (other) | kk | docx | reason at the end of one long sentence after 'өйткені ... бұйрығымен'")


def x07():
    name = "x07-otkaz-standart-ne-utverzhden-ru.eml"
    reason = "правила оказания государственной услуги находятся на согласовании и до настоящего времени не утверждены"
    text = (
        "Уважаемые коллеги,\n\n"
        "по вашему письму ЕКЦ-2027/733 сообщаем, что заполнить приложение 1 по услуге 01003021 «Предоставление жилища гражданам, состоящим на учете» "
        "в настоящее время не можем: " + reason + ".\n"
        "После утверждения правил информация будет направлена дополнительно.\n\n"
        "Тлеубергенова М.Ж.\nгл. специалист отдела жилищной политики\n"
    )
    data = EML(formataddr(("Тлеубергенова Мадина", "m.tleubergenova@astana-turgynuy.gov.kz")), EKC, "RE: ЕКЦ-2027/733",
               "Thu, 10 Jun 2027 14:14:01 +0500", "<ast-ty-0610@astana-turgynuy.gov.kz>", text=text, charset="windows-1251")
    key = [doc("body", "refusal", "ru", refusal_reason=reason, refusal_ground="other", services=[S("01003021")])]
    ctx = CTX(AG("ГУ «Управление жилья и жилищной инспекции города Астаны»", "kanc@astana-turgynuy.gov.kz", "180540026651"),
              [("01003021", "Предоставление жилища гражданам, состоящим на учете")], "information",
              OL("ЕКЦ-2027/733", "2027-06-03", "О представлении информации по форме приложения 1"),
              "record the refusal (standard not approved yet); keep waiting for information later")
    put(name, data, key, ctx, "refusal (other) | ru | eml windows-1251 | a temporary refusal with a promise to send later")


def x08():
    name = "x08-dariger-kupiyasy-kk.pdf"
    reason = "пациенттердің ауруы туралы мәліметтер дәрігерлік құпияны құрайды"
    blocks = [
        ("b", "ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ"), "2027 жылғы 22 маусым № 12-05/2588", "Бірыңғай байланыс орталығына",
        "ЕКЦ-2027/748 хатқа жауап.",
        "Санаторийлік-курорттық емдеуге жолдама алған азаматтардың диагноздары бойынша деректерді беру мүмкін емес, себебі "
        + reason + " және «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Кодекстің 273-бабына сәйкес заңмен қорғалады.",
        "Басшы                                         Қ. Омаров",
    ]
    key = [doc(name, "refusal", "kk", refusal_reason=reason, refusal_ground="protected_secret")]
    ctx = CTX(AG("«Қарағанды облысының денсаулық сақтау басқармасы» ММ", "kense@densaulyq.karaganda.gov.kz", "990740001442"),
              [("00902017", "Выдача направления на санаторно-курортное лечение")], "additional_answer",
              OL("ЕКЦ-2027/748", "2027-06-15", "Қосымша ақпарат беру туралы"), "record a lawful refusal (medical secret)")
    put(name, PDF(blocks), key, ctx, "refusal (protected_secret) | kk | pdf text | medical secret; no registry number in the letter")


# ---------------------------------------------------------------- training protocols (p.8)
def SCANPDF(lines, seed):
    """A 'scan' with a text layer: lines drawn one by one with small jitter, a stamp circle and signature strokes."""
    import random
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4)
    c.setFillColorRGB(0.97, 0.96, 0.93)
    c.rect(0, 0, A4[0], A4[1], fill=1, stroke=0)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    y = A4[1] - 60
    for ln in lines:
        if ln == "<pb>":
            c.showPage()
            y = A4[1] - 60
            continue
        size = 10
        if ln.startswith("#"):
            ln, size = ln[1:], 12
        c.setFont("DJS", size)
        x = 55 + rnd.uniform(-1.5, 1.5)
        c.drawString(x, y + rnd.uniform(-0.8, 0.8), ln)
        y -= size * 1.45
        if y < 60:
            c.showPage()
            y = A4[1] - 60
    c.setStrokeColorRGB(0.2, 0.3, 0.7)
    c.circle(400, max(y - 10, 90), 38, stroke=1, fill=0)
    c.bezier(150, max(y, 80), 170, max(y, 80) + 18, 190, max(y, 80) - 12, 230, max(y, 80) + 6)
    c.save()
    return bio.getvalue()


def t01():
    name = "t01-hattama-vet-turkistan-kk.docx"
    blocks = [
        ("b", "Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдау\nХАТТАМАСЫ"),
        "Шымкент қ.                                                      2027 жылғы 2 наурыз",
        "Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 8-тармағына сәйкес «Түркістан облысының ветеринария басқармасы» ММ-нің жауапты "
        "тұлғасы Тұрлыбеков Дәурен Әбілқасымұлы Бірыңғай байланыс орталығының жауапты қызметкерлеріне төмендегі мемлекеттік көрсетілетін қызметтер "
        "бойынша оқыту өткізді:",
        ("t", [["№", "Тізілімдегі №", "Қызмет атауы"], ["1", "00702011", "Ветеринариялық анықтама беру"],
               ["2", "00702015", "Жануарларды бірдейлендіру жөніндегі дерекқордан үзінді көшірме беру"]], {}),
        "Оқыту нәтижесінде аталған қызметтер Бірыңғай байланыс орталығында консультация беру үшін қабылданды.",
        ("t", [["Бірыңғай байланыс орталығынан:", "Мемлекеттік органнан:"],
               ["бөлім басшысы _________ А. Кемелбекова", "бас маман _________ Д. Тұрлыбеков"]], {}),
    ]
    key = [doc(name, "training_protocol", "kk", protocol_date="2027-03-02", services=[S("00702011"), S("00702015")])]
    ctx = CTX(AG("«Түркістан облысының ветеринария басқармасы» мемлекеттік мекемесі", "kense@vet.turkistan.gov.kz", "190340021578"),
              [("00702011", "Выдача ветеринарной справки"), ("00702015", "Выдача выписки из базы данных по идентификации животных")], "protocol",
              OL("ЕКЦ-2027/388", "2027-02-09", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
              "mark both services accepted for consulting as of 2027-03-02")
    put(name, DOCX(blocks), key, ctx, "training_protocol | kk | docx | Kazakh title split over two lines, date on the place line, signature table")


def t02():
    name = "t02-protokol-scan-zanyatost-ru.pdf"
    lines = ["#ПРОТОКОЛ", "#принятия Единым контакт-центром государственной услуги для консультирования", "",
             "г. Кызылорда                                                              «25» марта 2027 г.", "",
             "Мы, нижеподписавшиеся, представитель ГУ «Управление координации занятости и социальных программ",
             "Кызылординской области» Абенова Г.С. и представитель Единого контакт-центра Сапарбекова М.Т.,",
             "составили настоящий протокол о том, что 24 марта 2027 года проведено обучение сотрудников",
             "Единого контакт-центра по государственной услуге:", "",
             "    00603004 — Регистрация лиц, ищущих работу.", "",
             "Государственная услуга принята Единым контакт-центром для консультирования.", "",
             "От Единого контакт-центра:                          От государственного органа:",
             "Сапарбекова М.Т. ____________                       Абенова Г.С. ____________",
             "", "                                                                   М.П."]
    key = [doc(name, "training_protocol", "ru", protocol_date="2027-03-25", services=[S("00603004")])]
    ctx = CTX(AG("ГУ «Управление координации занятости и социальных программ Кызылординской области»", "kanc@zanyatost.kyzylorda.gov.kz", "050240018834"),
              [("00603004", "Регистрация лиц, ищущих работу")], "protocol", OL("ЕКЦ-2027/402", "2027-02-11", "О представлении информации о государственной услуге"),
              "mark the service accepted for consulting as of 2027-03-25")
    put(name, SCANPDF(lines, 2), key, ctx,
        "training_protocol | ru | pdf (scan look with text layer, jittered lines, stamp) | training date 24 March differs from the protocol date 25 March")


def t03():
    name = "t03-hattama-9-kyzmet-saryagash.eml"
    att = "Hattama_Protokol_Saryagash.pdf"
    svc = [("00402017", "Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру / Выдача справки о наличии личного подсобного хозяйства"),
           ("01003005", "Тұрғын үйге мұқтаж азаматтарды есепке қою / Постановка на учет нуждающихся в жилище"),
           ("01003012", "Тұрғын үйді жекешелендіру / Приватизация жилищ"),
           ("00503007", "Тұрғын үй көмегін тағайындау / Назначение жилищной помощи"),
           ("00801004", "Ағаштарды кесуге рұқсат беру / Выдача разрешения на вырубку деревьев"),
           ("00605003", "Мұқтаж азаматтардың жекелеген санаттарына әлеуметтік көмек / Социальная помощь отдельным категориям"),
           ("00605015", "Мемлекеттік атаулы әлеуметтік көмек / Государственная адресная социальная помощь"),
           ("01201009", "Архивтік анықтамалар беру / Выдача архивных справок"),
           ("00301138", "Мекенжай беру, өзгерту / Присвоение или изменение адреса")]
    rows = [["№", "Тізілімдегі № / № в реестре", "Атауы / Наименование"]] + [[str(i), r, n] for i, (r, n) in enumerate(svc, 1)]
    pdf = PDF([("b", "ХАТТАМА / ПРОТОКОЛ"),
               "мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультация беру үшін қабылдау туралы /\n"
               "принятия Единым контакт-центром государственных услуг для консультирования",
               "2027 жылғы 9 сәуір / 9 апреля 2027 года                            Сарыағаш қ. / г. Сарыагаш",
               "Сарыағаш ауданы әкімдігінің жауапты тұлғалары Бірыңғай байланыс орталығының қызметкерлеріне төмендегі қызметтер бойынша оқыту өткізді. "
               "Ответственные лица акимата Сарыагашского района провели обучение сотрудников ЕКЦ по следующим услугам:",
               ("t", rows, {"widths": [25, 110, 330], "size": 8}),
               "Қызметтер консультация беру үшін қабылданды. / Услуги приняты для консультирования.",
               ("t", [["БББО / ЕКЦ: ___________ Ж. Омарова", "Аудан әкімдігі / Акимат района: ___________ Б. Есимов"]], {"widths": [230, 235]})])
    text = "Сәлеметсіз бе! Қол қойылған хаттама тіркелді.\nЗдравствуйте! Подписанный протокол во вложении.\nЕсимов Б.К.\n"
    data = EML(formataddr(("Есимов Бахтияр", "b.esimov@saryagash.gov.kz")), EKC, "Хаттама / Протокол", "Fri, 09 Apr 2027 18:10:30 +0500",
               "<prot-sary-0409@saryagash.gov.kz>", text=text, attachments=[(att, pdf, MT_PDF)])
    key = [doc(att, "training_protocol", protocol_date="2027-04-09", services=[S(r) for r, _ in svc])]
    ctx = CTX(AG("ГУ «Аппарат акима Сарыагашского района Туркестанской области»", "saryagash@turkistan.gov.kz", "981140002563"),
              [(r, n.split(" / ")[1]) for r, n in svc], "protocol", OL("ЕКЦ-2027/497", "2027-03-04", "О представлении информации о государственных услугах"),
              "mark nine services accepted for consulting as of 2027-04-09")
    put(name, data, key, ctx, "training_protocol | kk+ru | eml + pdf | bilingual protocol with nine services in a table, date given in both languages on one line")


def t04():
    name = "t04-protokol-14-bilim-abai-ru.docx"
    blocks = [
        ("b", "Протокол № 14"),
        "от 06.04.2027",
        "принятия Единым контакт-центром государственных услуг для консультирования",
        "Обучение проведено 05.04.2027 в режиме видеоконференцсвязи. Обучение провели: Оспанова С.Е., Гребенюк И.В. (Управление образования области Абай).",
        "Приняты для консультирования следующие государственные услуги:",
        "1) 00402003 – Прием документов и зачисление детей в дошкольные организации;\n2) 00403021 – Предоставление бесплатного подвоза к общеобразовательным организациям;\n"
        "3) 00403009 – Выдача дубликатов документов об основном среднем, общем среднем образовании;\n4) 00403014 – Прием документов для организации индивидуального бесплатного обучения на дому.",
        "Вопросы, направленные ЕКЦ до обучения (12 вопросов), сняты.",
        "Подписи:\nЕКЦ: начальник отдела обучения ____________ Р. Ахметжанова\nУправление образования области Абай: ____________ С. Оспанова",
    ]
    key = [doc(name, "training_protocol", "ru", protocol_date="2027-04-06", services=[S("00402003"), S("00403021"), S("00403009"), S("00403014")])]
    ctx = CTX(AG("ГУ «Управление образования области Абай»", "kense@bilim.abai.gov.kz", "221040007716"),
              [("00402003", "Прием документов и зачисление детей в дошкольные организации"), ("00403021", "Бесплатный подвоз"), ("00403009", "Дубликаты документов об образовании"), ("00403014", "Обучение на дому")],
              "protocol", OL("ЕКЦ-2027/431", "2027-02-19", "О представлении информации о государственных услугах"),
              "mark four services accepted for consulting as of 2027-04-06")
    put(name, DOCX(blocks), key, ctx, "training_protocol | ru | docx | numbered protocol, 'от 06.04.2027' on its own line, training date 05.04 separately, services in a numbered list")


def t05():
    name = "t05-hattama-ahat-baizak-kk.eml"
    att = "хаттама 01101001.docx"
    letter = DOCX([
        ("b", "ХАТТАМА"),
        "Байзақ ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі көрсететін мемлекеттік қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы",
        "Сарыкемер ауылы, 2027 жылғы «23» наурыз",
        "Қатысқандар: Сейітқалиева П.Н. (АХАТ бөлімінің басшысы), Бірыңғай байланыс орталығының оператор-кеңесшілері (8 адам).",
        "Оқыту тақырыбы: «Баланың тууын тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу» (01101001).",
        "Шешім: мемлекеттік көрсетілетін қызмет Бірыңғай байланыс орталығында консультация беру үшін қабылдансын.",
        "Қолдар:  БББО өкілі __________        АХАТ бөлімі __________ П. Сейітқалиева",
    ])
    text = "Құрметті әріптестер,\nқол қойылған хаттаманың көшірмесін жолдаймын.\n\nПеризат Сейітқалиева\nАХАТ бөлімі, Байзақ ауданы\n"
    data = EML(formataddr(("АХАТ бөлімі Байзақ", "ahat@baizak.zhambyl.gov.kz")), EKC, "хаттама", "Wed, 24 Mar 2027 09:40:00 +0500",
               "<b44c@baizak.zhambyl.gov.kz>", text=text, attachments=[(att, letter, MT_DOCX)])
    key = [doc(att, "training_protocol", "kk", protocol_date="2027-03-23", services=[S("01101001")])]
    ctx = CTX(AG("Байзақ ауданы әкімдігінің азаматтық хал актілерін тіркеу бөлімі", "ahat@baizak.zhambyl.gov.kz", "010340012265"),
              [("01101001", "Регистрация рождения ребенка")], "protocol", OL("ЕКЦ-2027/470", "2027-03-02", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"),
              "mark the service accepted for consulting as of 2027-03-23")
    put(name, data, key, ctx, "training_protocol | kk | eml + docx (Cyrillic file name with a space) | minutes-like layout 'Қатысқандар / Шешім', date «23» наурыз after the village name")


def t06():
    name = "t06-hattama-scan-karmakshy-12-kk.pdf"
    svc = ["00402017", "01003005", "01003012", "00503007", "00801004", "00605003", "00605015", "00605011", "01201009", "00301138", "00402031", "00404021"]
    names = ["ЖҚШ бар екені туралы анықтама", "Тұрғын үйге мұқтаждарды есепке қою", "Тұрғын үйді жекешелендіру", "Тұрғын үй көмегі",
             "Ағаштарды кесуге рұқсат", "Жекелеген санаттарға әлеуметтік көмек", "Атаулы әлеуметтік көмек", "Мүгедектерге протездік-ортопедиялық көмек",
             "Архивтік анықтамалар", "Мекенжай беру, өзгерту", "Тұрғын үй-жайды тұрғын емес үй-жайға ауыстыру", "Жер учаскесінің бар-жоғы туралы анықтама"]
    lines = ["#ХАТТАМА", "#мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының", "#консультация беру үшін қабылдау туралы", "",
             "Жосалы кенті                                                   2027 жылғы 14 мамыр", "",
             "Қармақшы ауданы әкімдігінің жауапты тұлғалары Бірыңғай байланыс орталығының қызметкерлеріне",
             "мына мемлекеттік көрсетілетін қызметтер бойынша оқыту өткізді:", ""]
    for i, (r, n) in enumerate(zip(svc, names), 1):
        lines.append(f"  {i:>2}.  {r}   {n}")
    lines += ["", "Барлық аталған қызметтер консультация беру үшін қабылданды.", "",
              "Бірыңғай байланыс орталығы: ____________ Г. Иманбаева",
              "Қармақшы ауданы әкімінің аппараты: ____________ Г. Сұлтанова", "", "                                                  М.О."]
    key = [doc(name, "training_protocol", "kk", protocol_date="2027-05-14", services=[S(r) for r in svc])]
    ctx = CTX(AG("«Қармақшы ауданы әкімінің аппараты» ММ", "karmakshy@kyzylorda.gov.kz", "990840001236"),
              [(r, n) for r, n in zip(svc, names)], "protocol", OL("ЕКЦ-2027/599", "2027-03-31", "Ақпарат беру туралы"),
              "mark twelve services accepted for consulting as of 2027-05-14")
    put(name, SCANPDF(lines, 6), key, ctx, "training_protocol | kk | pdf (scan look, text layer) | twelve services as a numbered list without a table grid, stamp 'М.О.'")


def t07():
    name = "t07-protokol-inspekciya-6-ru.pdf"
    svc = [("00801009", "Выдача разрешения на пользование животным миром"), ("00801011", "Выдача разрешения на интродукцию, реинтродукцию и гибридизацию животных"),
           ("00801015", "Выдача лесорубочного билета"), ("00801017", "Выдача лесного билета"),
           ("00801021", "Выдача разрешения на ввоз на территорию Республики Казахстан и вывоз охотничьих трофеев"),
           ("00801024", "Закрепление охотничьих угодий и рыбохозяйственных водоемов")]
    rows = [["№ п/п", "Реестровый номер", "Наименование государственной услуги", "Отметка о принятии"]] + [[str(i), r, n, "принята"] for i, (r, n) in enumerate(svc, 1)]
    blocks = [("b", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования"),
              "Дата составления: 28 апреля 2027 года",
              "Место: г. Караганда, Карагандинская областная территориальная инспекция лесного хозяйства и животного мира (в формате онлайн).",
              "Ответственное лицо инспекции Әбенов Талғат Құрманғазыұлы провел обучение сотрудников ЕКЦ. По итогам обучения:",
              ("t", rows, {"widths": [35, 70, 290, 70], "size": 9}),
              "Подписи сторон:", "Единый контакт-центр ______________ /Н. Жунусова/", "Инспекция ______________ /Т. Әбенов/"]
    key = [doc(name, "training_protocol", "ru", protocol_date="2027-04-28", services=[S(r) for r, _ in svc])]
    ctx = CTX(AG("Орман шаруашылығы және жануарлар дүниесі комитетінің Қарағанды облыстық аумақтық инспекциясы", "karaganda@forest.gov.kz", "051140015527"),
              svc, "protocol", OL("ЕКЦ-2027/126", "2027-01-13", "О назначении ответственного лица"), "mark six services accepted for consulting as of 2027-04-28")
    put(name, PDF(blocks), key, ctx, "training_protocol | ru | pdf text | 'Дата составления:' label, a status column 'принята' in the table, six services")


def t08():
    name = "t08-protokol-docx-kk-ru-ekibastuz.eml"
    att = "Протокол_ЕКЦ_сәулет.docx"
    letter = DOCX([
        ("b", "ПРОТОКОЛ / ХАТТАМА"),
        "принятия государственной услуги для консультирования / мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдау",
        "Екібастұз қ.                                                 2027 жылғы 19 сәуір",
        ("t", [["Тізілімдегі № / № в реестре", "Қызмет / Услуга"],
               ["00302025", "Жобалау алдындағы және жобалау (жобалау-сметалық) құжаттамасына сараптама жүргізу / Проведение экспертизы предпроектной и проектной документации"],
               ["00302018", "Сәулет-жоспарлау тапсырмасын беру / Выдача архитектурно-планировочного задания"]], {}),
        "Оқытуды өткізген: Ысқақов Н.Т. / Обучение провел: Ысқақов Н.Т.",
        "Қабылданды / Принято:\nЕКЦ ______________        Сәулет бөлімі / Отдел архитектуры ______________",
    ])
    text = "Добрый день! Протокол подписан с нашей стороны, направляем скан-копию в формате Word.\n\nЫсқақов Нұржан\n"
    data = EML(formataddr(("Ысқақов Нұржан", "n.yskakov@ekibastuz.gov.kz")), EKC, "Протокол", "Tue, 20 Apr 2027 08:31:00 +0500",
               "<ek-sau-0420@ekibastuz.gov.kz>", text=text, attachments=[(att, letter, MT_DOCX)])
    key = [doc(att, "training_protocol", protocol_date="2027-04-19", services=[S("00302025"), S("00302018")])]
    ctx = CTX(AG("«Екібастұз қаласы әкімдігінің сәулет және қала құрылысы бөлімі» ММ", "saulet@ekibastuz.gov.kz", "080240015532"),
              [("00302025", "Проведение экспертизы проектной документации"), ("00302018", "Выдача архитектурно-планировочного задания")], "protocol",
              OL("ЕКЦ-2027/574", "2027-03-22", "Ақпарат беру туралы"), "mark two services accepted for consulting as of 2027-04-19")
    put(name, data, key, ctx, "training_protocol | kk+ru | eml + docx | bilingual protocol, the date only in Kazakh words 'жылғы 19 сәуір'")


# ---------------------------------------------------------------- not replies (is_reply false)
def n01():
    name = "n01-avtojauap-demalys-kk.eml"
    text = ("Сәлеметсіз бе!\nМен 2027 жылғы 2 тамыздан 27 тамызға дейін еңбек демалысындамын. Шұғыл мәселелер бойынша Кусаинов Дамирге хабарласыңыз: d.kusainov@kasipkerlik.zko.gov.kz.\n\n"
            "Здравствуйте! Я в отпуске со 2 по 27 августа 2027 г. По срочным вопросам обращайтесь к Кусаинову Дамиру.\n\nНурланова Асель\n")
    data = EML(formataddr(("Нурланова Асель", "a.nurlanova@kasipkerlik.zko.gov.kz")), EKC, "Автоматический ответ: ЕКЦ-2027/905 Запрос разъяснений",
               "Tue, 03 Aug 2027 09:00:01 +0500", "<auto-0803@kasipkerlik.zko.gov.kz>", text=text,
               extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    key = [doc("body", "other")]
    ctx = CTX(AG("ГУ «Управление предпринимательства и индустриально-инновационного развития Западно-Казахстанской области»", "kanc@kasipkerlik.zko.gov.kz", "050140004315"),
              [("01407003", "Выдача сертификата о происхождении товара")], "additional_answer",
              OL("ЕКЦ-2027/905", "2027-08-02", "Запрос разъяснений"), "nothing: an out-of-office auto-reply; keep waiting", False)
    put(name, data, key, ctx, "other | kk+ru | eml auto-reply | names a substitute person and dates like a temporary replacement, but it is an auto-reply (Auto-Submitted)")


def n02():
    name = "n02-ndr-mailer-daemon.eml"
    import base64
    subj = "=?utf-8?b?" + base64.b64encode("ЕКЦ-2027/102 О назначении ответственного лица".encode()).decode() + "?="
    body = (
        "This is a MIME-encapsulated message.\r\n\r\n"
        "--B0UND.7Q2\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mx1.gov.kz.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n\r\n<zher@kyzylzhar.sko.gov.kz>: host mx.sko.gov.kz said: 552 5.2.2 Mailbox full\r\n\r\n"
        "--B0UND.7Q2\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx1.gov.kz\r\n\r\nFinal-Recipient: rfc822; zher@kyzylzhar.sko.gov.kz\r\nAction: failed\r\nStatus: 5.2.2\r\n\r\n"
        "--B0UND.7Q2\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        "From: ekc-kense@1414.kz\r\nTo: zher@kyzylzhar.sko.gov.kz\r\nSubject: " + subj + "\r\nDate: Mon, 11 Jan 2027 15:02:30 +0500\r\n\r\n"
        "--B0UND.7Q2--\r\n")
    data = RAWEML([("From", "MAILER-DAEMON@mx1.gov.kz (Mail Delivery System)"), ("To", EKC), ("Subject", "Undelivered Mail Returned to Sender"),
                   ("Date", "Mon, 11 Jan 2027 15:02:44 +0500"), ("Message-ID", "<20270111100244.1B2C@mx1.gov.kz>"), ("Auto-Submitted", "auto-replied"),
                   ("MIME-Version", "1.0"), ("Content-Type", 'multipart/report; report-type=delivery-status; boundary="B0UND.7Q2"')], body.encode("ascii"))
    key = [doc("body", "other")]
    ctx = CTX(AG("Қызылжар ауданы әкімдігінің жер қатынастары бөлімі", "zher@kyzylzhar.sko.gov.kz", "030340010452"),
              [("01502003", "Изготовление идентификационных документов на земельный участок")], "appointment",
              OL("ЕКЦ-2027/102", "2027-01-11", "О назначении ответственного лица"), "nothing for the case; a bounce (mailbox full) — operator may resend", False)
    put(name, data, key, ctx, "other | en | eml multipart/report | bounce that quotes our subject with ЕКЦ number and 'назначить ответственное лицо'")


def n03():
    name = "n03-tirkeu-habarlamasy-kk.eml"
    text = ("Құрметті пайдаланушы!\n\nСіздің 2027 жылғы 4 наурыздағы № ЕКЦ-2027/489 хатыңыз «Ұлытау облысының ауыл шаруашылығы басқармасы» ММ-де "
            "2027 жылғы 4 наурызда № 1187-кіріс нөмірімен тіркелді. Орындаушы: Тоқтарова М.Қ.\n\n"
            "Бұл хабарлама автоматты түрде жіберілді, жауап бермеңіз.\n\n"
            "Уважаемый пользователь! Ваше письмо зарегистрировано за вх. № 1187 от 04.03.2027.\n")
    data = EML("noreply@edo.ulytau.gov.kz", EKC, "Хатыңыз тіркелді / Письмо зарегистрировано", "Thu, 04 Mar 2027 10:12:00 +0500",
               "<edo-ulytau-reg-1187@edo.ulytau.gov.kz>", text=text, extra={"Auto-Submitted": "auto-generated"})
    key = [doc("body", "other")]
    ctx = CTX(AG("«Ұлытау облысының ауыл шаруашылығы басқармасы» ММ", "kense@agro.ulytau.gov.kz", "220940011185"),
              [("00101012", "Субсидирование стоимости удобрений")], "information",
              OL("ЕКЦ-2027/489", "2027-03-03", "Ақпарат беру туралы"), "nothing: a registration receipt from the agency's e-document system", False)
    put(name, data, key, ctx, "other | kk+ru | eml | e-doc registration receipt naming an executor (Тоқтарова М.Қ.) — not an appointment")


def n04():
    name = "n04-baspasoz-habarlamasy-kk.eml"
    html = ("<html><body><h2>Жамбыл облысы әкімдігінің баспасөз қызметі</h2>"
            "<p><b>Таразда «Цифрлық әкімдік» форумы өтті</b></p>"
            "<p>2027 жылғы 12 сәуірде Тараз қаласында мемлекеттік қызметтерді цифрландыруға арналған облыстық форум өтті. Форумға аудан әкімдіктерінің, "
            "Бірыңғай байланыс орталығының және ХҚКО өкілдері қатысты. Облыс әкімінің орынбасары Н. Әбдіров мемлекеттік көрсетілетін қызметтердің 94 пайызы "
            "электрондық форматқа көшірілгенін атап өтті.</p>"
            "<p>Баспасөз қызметі: +7 (7262) 43-00-00, press@zhambyl.gov.kz</p>"
            "<p style=\"font-size:9px\">Таратылымнан бас тарту үшін <a href=\"https://zhambyl.gov.kz/unsubscribe\">осында</a> басыңыз.</p></body></html>")
    data = EML(formataddr(("Жамбыл облысы әкімдігі", "press@zhambyl.gov.kz")), EKC, "Баспасөз хабарламасы: «Цифрлық әкімдік» форумы",
               "Mon, 12 Apr 2027 18:00:00 +0500", "<press-0412@zhambyl.gov.kz>", html=html, extra={"List-Unsubscribe": "<https://zhambyl.gov.kz/unsubscribe>"})
    key = [doc("body", "other", "kk")]
    ctx = CTX(AG("Жамбыл облысы әкімдігінің жер қатынастары басқармасы", "zher@zhambyl.gov.kz", "040140003921"),
              [("01502003", "Изготовление идентификационных документов на земельный участок")], "protocol", None,
              "nothing: a press release newsletter from the regional akimat", False)
    put(name, data, key, ctx, "other | kk | eml html newsletter | mentions the contact centre and public services, a phone and e-mail, but is a press release")


def n05():
    name = "n05-prodlenie-sroka-ru.txt"
    t = ("Исх. № 04-12/731 от 15.02.2027\n\nЕдиный контакт-центр\n\n"
         "На № ЕКЦ-2027/402 от 11.02.2027\n\n"
         "В связи с проводимой реорганизацией управления и сменой руководства просим продлить срок представления информации по форме приложения 1 "
         "по государственной услуге 00603004 до 26 февраля 2027 года. Ответственное лицо будет определено приказом нового руководителя.\n\n"
         "Заместитель руководителя управления                        Ж. Ермекова\n")
    key = [doc(name, "other", "ru")]
    ctx = CTX(AG("ГУ «Управление координации занятости и социальных программ Кызылординской области»", "kanc@zanyatost.kyzylorda.gov.kz", "050240018834"),
              [("00603004", "Регистрация лиц, ищущих работу")], "information", OL("ЕКЦ-2027/402", "2027-02-11", "О представлении информации о государственной услуге"),
              "nothing automatic: a request to extend the deadline; an operator decides", False)
    put(name, t, key, ctx, "other | ru | txt | request for an extension; says a responsible person 'будет определено' (future) — not an appointment, not a refusal")


def n06():
    name = "n06-suraq-toltyru-kk.eml"
    text = ("Қайырлы күн!\n\n1-қосымшаны толтыру бойынша сұрақ бар: біздің бөлімде регламент жоқ, 5-бағанға не жазу керек? "
            "Сондай-ақ 8-бағанға бөлім басшысын көрсетеміз бе, әлде маманды ма?\n\n"
            "Жауабыңызды күтеміз.\nӘлімбетов Ерғали, 8 (72437) 2-13-52\n")
    data = EML(formataddr(("Әлімбетов Ерғали", "e.alimbetov@karmakshy.kyzylorda.gov.kz")), EKC, "1-қосымша бойынша сұрақ",
               "Fri, 02 Apr 2027 11:20:00 +0500", "<q-karmakshy-0402@karmakshy.kyzylorda.gov.kz>", text=text)
    key = [doc("body", "other", "kk")]
    ctx = CTX(AG("«Қармақшы ауданы әкімінің аппараты» ММ", "karmakshy@kyzylorda.gov.kz", "990840001236"),
              [("00402017", "Выдача справки о наличии личного подсобного хозяйства")], "information",
              OL("ЕКЦ-2027/599", "2027-03-31", "Ақпарат беру туралы"), "nothing for the case: a question about filling in the form; answer it", False)
    put(name, data, key, ctx, "other | kk | eml | speaks of Appendix 1 columns 5 and 8 and gives a name and phone, yet is only a question")


def n07():
    name = "n07-seminar-shaqyru-kk.pdf"
    blocks = [("b", "ШАҚЫРУ"),
              "Қостанай облысы әкімдігінің дін істері басқармасы 2027 жылғы 20 мамырда сағат 10:00-де «Мемлекеттік қызметтер көрсету сапасы: "
              "тәжірибе алмасу» тақырыбында облыстық семинар өткізеді.",
              "Семинарға Бірыңғай байланыс орталығының өкілдерін шақырамыз. Семинарда мемлекеттік көрсетілетін қызметтерге "
              "(00901001, 00901002, 00901004) қатысты өзгерістер талқыланады.",
              "Өткізілетін орны: Қостанай қ., Әл-Фараби даңғылы, 66, мәжіліс залы.",
              "Байланыс үшін: Смағұлов Бауыржан Кеңесұлы, 8 (7142) 50-32-71",
              ("sp", 20), "Басқарма басшысы                              Т. Ахметов"]
    key = [doc(name, "other", "kk")]
    ctx = CTX(AG("Қостанай облысы әкімдігінің дін істері басқармасы", "din@kostanay.gov.kz", "060440012973"),
              [("00901001", "Согласование размещения помещений для распространения религиозной литературы")], "consulting", None,
              "nothing for the cases: an invitation to a seminar", False)
    put(name, PDF(blocks), key, ctx, "other | kk | pdf text | invitation that lists registry numbers and a named contact person; neither a change nor an appointment")


def n08():
    name = "n08-obrashenie-grazhdanina-ru.txt"
    t = ("Акимат Каратальского района\nНаправляется по принадлежности\n\n"
         "Обращение гражданина Оспанова Серика Каримовича (г. Уштобе, ул. Ескельды би, 14, тел. 8 705 118 22 47):\n\n"
         "«Прошу разъяснить, почему мне отказали в выдаче справки о наличии личного подсобного хозяйства через портал egov.kz. "
         "На линии 1414 мне не смогли ответить. Считаю, что мои права нарушены.»\n\n"
         "Для сведения Единого контакт-центра.\n\nГлавный специалист аппарата акима                    В. Ким\n")
    key = [doc(name, "other", "ru")]
    ctx = CTX(AG("ГУ «Аппарат акима Каратальского района области Жетісу»", "karatal@zhetisu.gov.kz", "990240004418"),
              [("00402017", "Выдача справки о наличии личного подсобного хозяйства")], "consulting", None,
              "nothing for the case: a citizen's complaint forwarded for information", False)
    put(name, t, key, ctx, "other | ru | txt | a citizen's complaint forwarded by an akimat: a full name, a phone, a service, the word 'отказали' — but not a refusal of information")


def n09():
    name = "n09-oqyldy-mdn.eml"
    body = (
        "--mdn.55a\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Сіздің хатыңыз оқылды / Ваше сообщение прочитано\r\n\r\nКому: Ғабдуллина Сәуле\r\nТақырыбы: ЕКЦ-2027/515 Ақпарат беру туралы\r\n"
        "Жіберілген: 10.03.2027 09:14\r\n\r\nоқылды: 10.03.2027 11:02\r\n\r\n"
        "--mdn.55a\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Reporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;s.gabdullina@densaulyq.bko.gov.kz\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n"
        "--mdn.55a--\r\n")
    data = RAWEML([("From", "s.gabdullina@densaulyq.bko.gov.kz"), ("To", EKC),
                   ("Subject", "=?utf-8?b?" + __import__("base64").b64encode("Оқылды: ЕКЦ-2027/515 Ақпарат беру туралы".encode()).decode() + "?="),
                   ("Date", "Wed, 10 Mar 2027 11:02:10 +0500"), ("Message-ID", "<mdn-0310@densaulyq.bko.gov.kz>"), ("MIME-Version", "1.0"),
                   ("Content-Type", 'multipart/report; report-type=disposition-notification; boundary="mdn.55a"')], body.encode("utf-8"))
    key = [doc("body", "other")]
    ctx = CTX(AG("«Батыс Қазақстан облысының денсаулық сақтау басқармасы» ММ", "kense@densaulyq.bko.gov.kz", "030540007714"),
              [("00902001", "Прикрепление к медицинской организации")], "information", OL("ЕКЦ-2027/515", "2027-03-10", "Ақпарат беру туралы"),
              "nothing: a read receipt", False)
    put(name, data, key, ctx, "other | kk+ru | eml multipart/report (MDN) | read receipt quoting our outgoing number")


def n10():
    name = "n10-qabyldandy-zhauap-keiin-kk.eml"
    text = ("Бірыңғай байланыс орталығына\n\nСіздің 2027 жылғы 28 мамырдағы № ЕКЦ-2027/724 хатыңыз басқармаға келіп түсті және орындауға берілді. "
            "Жауап белгіленген мерзімде жіберілетін болады.\n\nКеңсе меңгерушісі Ж. Әбілова\n")
    data = EML("kense@bilim.mangystau.gov.kz", EKC, "ЕКЦ-2027/724 бойынша", "Mon, 31 May 2027 09:30:00 +0500", "<mng-0531@bilim.mangystau.gov.kz>", text=text)
    key = [doc("body", "other", "kk")]
    ctx = CTX(AG("«Маңғыстау облысының білім басқармасы» ММ", "kense@bilim.mangystau.gov.kz", "020340004498"),
              [("00403041", "Прием документов на дополнительное образование детей")], "information",
              OL("ЕКЦ-2027/724", "2027-05-28", "Ақпарат беру туралы"), "nothing: an acknowledgement that an answer will follow", False)
    put(name, data, key, ctx, "other | kk | eml | a human acknowledgement 'жауап ... жіберілетін болады' — the answer is only promised")


def n11():
    name = "n11-fishing-parol-ru.eml"
    html = ("<html><body><p>Уважаемый пользователь почтового ящика ekc-kense@1414.kz!</p>"
            "<p>Ваш почтовый ящик превысил допустимый размер. Для продолжения работы подтвердите учетную запись в течение 24 часов: "
            "<a href=\"http://mail-gov-kz.verify-box.top/login\">Подтвердить</a></p>"
            "<p>Служба технической поддержки Электронного правительства РК</p></body></html>")
    data = EML(formataddr(("Техподдержка gov.kz", "support@mail-gov-kz.top")), EKC, "ВНИМАНИЕ: ваш ящик будет заблокирован",
               "Thu, 15 Apr 2027 03:12:44 +0300", "<8812ab90@mail-gov-kz.top>", html=html)
    key = [doc("body", "other", "ru")]
    ctx = CTX(AG("Неизвестный отправитель", "support@mail-gov-kz.top", "000000000000"), [], "consulting", None,
              "nothing: phishing; do not follow the link", False)
    put(name, data, key, ctx, "other | ru | eml html | phishing that imitates the e-government support service")


def n12():
    name = "n12-edo-silteme-kk-ru.eml"
    text = ("«Е-құжат» жүйесі / Система «Е-документ»\n\n"
            "Сізге «Павлодар облысының денсаулық сақтау басқармасы» ММ-нен құжат келіп түсті: № 14-3/2257, 22.10.2027, «Уведомление о замене ответственного лица».\n"
            "Вам поступил документ от ГУ «Управление здравоохранения Павлодарской области»: № 14-3/2257 от 22.10.2027.\n\n"
            "Құжатты жүктеу / Скачать документ: https://edoc.gov.kz/d/7f3a9c21\n\nСілтеме 7 күн жарамды. Ссылка действительна 7 дней.\n")
    data = EML("robot@edoc.gov.kz", EKC, "Жаңа құжат / Новый документ № 14-3/2257", "Fri, 22 Oct 2027 16:00:00 +0500", "<edoc-7f3a9c21@edoc.gov.kz>",
               text=text, extra={"Auto-Submitted": "auto-generated"})
    key = [doc("body", "other")]
    ctx = CTX(AG("ГУ «Управление здравоохранения Павлодарской области»", "kanc@densaulyq.pavlodar.gov.kz", "990340004281"),
              [("00902011", "Выдача лицензии на медицинскую деятельность")], "consulting", None,
              "nothing by itself: a notice with a download link; the document (a replacement notice) must be fetched separately", False)
    put(name, data, key, ctx, "other | kk+ru | eml | e-doc notice whose title says 'замене ответственного лица' but carries no content — only a link")


def n13():
    name = "n13-qaulyy-zhumys-kestesi-kk.docx"
    blocks = [("b", "ҚАУЛЫ"), "Балқаш қаласы әкімдігі\n2027 жылғы 3 желтоқсан № 512",
              ("b", "Мемлекеттік мекемелердің мерекелік күндердегі жұмыс кестесі туралы"),
              "Қазақстан Республикасының «Мерекелер туралы» Заңына сәйкес Балқаш қаласының әкімдігі ҚАУЛЫ ЕТЕДІ:",
              "1. Қала әкімдігінің мемлекеттік мекемелері 2027 жылғы 16-17 желтоқсанда демалыс күндері ретінде жұмыс істемесін.",
              "2. Мемлекеттік қызметтер көрсету бөлімінің басшысы Оспанов Бекзат Нұрболұлына кезекші мамандардың кестесін бекіту жүктелсін.",
              "3. Осы қаулының орындалуын бақылау қала әкімі аппаратының басшысы М. Төлеубаеваға жүктелсін.",
              "Қала әкімі                                             Д. Омарбеков"]
    key = [doc(name, "other", "kk")]
    ctx = CTX(AG("«Балқаш қаласы әкімінің аппараты» ММ", "balkhash@karaganda.gov.kz", "990640002251"),
              [("00402017", "Выдача справки о наличии личного подсобного хозяйства")], "information", None,
              "nothing: a copy of an akimat decree about holiday work hours sent for information", False)
    put(name, DOCX(blocks), key, ctx, "other | kk | docx | a decree that puts a duty on a named person in the dative ('Нұрболұлына ... жүктелсін') — looks like an appointment but is not")

if __name__ == "__main__":
    for fn in [v for k, v in sorted(globals().items()) if callable(v) and k[:1] in "fartcxn" and k[1:3].isdigit()]:
        fn()
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("# Corpus heldout-r3f / aliya\n\nBuilt by `make.py` (python-docx, openpyxl, reportlab, email). "
                "One line per input: file | kind | language | format | what makes it hard.\n\n")
        from collections import Counter
        kinds = Counter(m.split(" | ")[0].split(" (")[0] for _, m in MANIFEST)
        langs = Counter(m.split(" | ")[1] for _, m in MANIFEST)
        f.write("Counts by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "  \n")
        f.write("Counts by language: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())) + "\n\n")
        f.write("Prefixes: f = Appendix 1 form, a = appointment (keyed responsible_change, previous null), r = replacement, "
                "c = change notice, x = refusal, t = training protocol, n = not a reply (other, is_reply false).\n\n")
        for n, m in MANIFEST:
            f.write(f"- `{n}` — {m}\n")
    print(len(MANIFEST), "documents")
