#!/usr/bin/env python3
"""Generator of the daniyar held-out corpus (round 3f).

Run with the venv that has python-docx, openpyxl, reportlab:
    /tmp/cv-daniyar/bin/python make.py
Every document's text below is written by hand; the helpers only serialise it.
"""
import base64, io, json, os, quopri, re, sys
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MANIFEST = []


# ---------------------------------------------------------------- keys
def key(name, docs, ctx, kind, lang, fmt, hard):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, kind, lang, fmt, hard))


def ctx(agency, services, awaiting, our, effect, is_reply=True):
    return {"agency": {"name": agency[0], "email": agency[1], "bin": agency[2]},
            "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": None if our is None else {"number": our[0], "date": our[1], "subject": our[2]},
            "expected_effect": effect, "is_reply": is_reply}


def R(full_name, position=None, phone=None, email=None):
    return {"full_name": full_name, "position": position, "email": email, "phone": phone}


def svc_key(s):
    return {"registry_number": s["reg"], "service_name": s["name"], "standard": s["std"],
            "regulation": s["rgl"], "npa_changes": s["npa"], "website": s["web"],
            "responsible": s["resp"]}


def S(reg, name, std, rgl, npa, web, resp, cell8, cells=None):
    """cells: optional overrides of what is printed in columns 4..7 (ditto marks, dashes)."""
    return {"reg": reg, "name": name, "std": std, "rgl": rgl, "npa": npa, "web": web,
            "resp": resp, "cell8": cell8, "cells": cells or {}}


def row_cells(i, s, numfmt="{}"):
    c = s["cells"]
    def v(k, field):
        if k in c:
            return c[k]
        return s[field] if s[field] is not None else "-"
    return [numfmt.format(i), c.get("reg", s["reg"]), c.get("name", s["name"]), v("std", "std"),
            v("rgl", "rgl"), v("npa", "npa"), v("web", "web"), s["cell8"]]


# ---------------------------------------------------------------- mail
def _enc_addr(name, addr):
    if name is None:
        return addr
    return formataddr((name, addr), charset="utf-8")


def _hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def leaf(text, subtype="plain", charset="utf-8", cte="base64", label="same"):
    """A text part. label: declared charset ('same' = charset, None = no label, or a wrong one)."""
    if isinstance(text, str):
        raw = text.encode(charset, errors="xmlcharrefreplace" if subtype == "html" else "strict")
    else:
        raw = text
    lab = {"cp1251": "windows-1251"}.get(charset, charset) if label == "same" else label
    ct = f"text/{subtype}" + (f'; charset="{lab}"' if lab else "")
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def attach(filename, data, mime="application/octet-stream", style="rfc2231"):
    if style == "encword":
        fn = '"' + Header(filename, "utf-8").encode(maxlinelen=998).replace("\n", "") + '"'
        disp = f"attachment; filename={fn}"
        ctn = f'{mime}; name={fn}'
    elif style == "ascii":
        disp = f'attachment; filename="{filename}"'
        ctn = f'{mime}; name="{filename}"'
    else:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"))
        disp = f"attachment; filename*=utf-8''{q}"
        ctn = f"{mime}; name*=utf-8''{q}"
    return ([("Content-Type", ctn), ("Content-Disposition", disp),
             ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def multi(subtype, parts, boundary):
    body = b""
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\n"
        for k, v in h:
            body += f"{k}: {v}\n".encode("ascii")
        body += b"\n" + b
    body += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body)


def eml(name, frm, to, subject, date, root, msgid, extra=(), subj_charset="utf-8", crlf=False,
        cc=None):
    h = [("From", _enc_addr(*frm)), ("To", _enc_addr(*to) if isinstance(to, tuple) else to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", _hdr(subject, subj_charset)), ("Date", date), ("Message-ID", msgid)]
    h += [(k, _hdr(v)) for k, v in extra]
    h.append(("MIME-Version", "1.0"))
    h += root[0]
    data = b""
    for k, v in h:
        data += f"{k}: {v}\n".encode("ascii")
    data += b"\n" + root[1]
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- docx
def _docx():
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    return d


def landscape(d):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def para(d, text, bold=False, align=None, size=None, italic=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    return p


def set_cell(cell, text, bold=False, size=None):
    from docx.shared import Pt
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, ln in enumerate(parts):
        if i and ln.startswith("¶"):
            p = cell.add_paragraph()
            ln = ln[1:]
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(parts) - 1 and not parts[i + 1].startswith("¶"):
            r.add_break()


def table(d, rows, header_rows=1, size=9, repeat_header=True, style="Table Grid", widths=None):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.shared import Cm
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            set_cell(t.cell(i, j), v, bold=i < header_rows, size=size)
    if repeat_header:
        for i in range(header_rows):
            trPr = t.rows[i]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_docx(d, name):
    d.save(os.path.join(OUT, name))


def docx_bytes(d):
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


# ---------------------------------------------------------------- xlsx
def xlsx_bytes(builder):
    import openpyxl
    wb = openpyxl.Workbook()
    builder(wb)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


# ---------------------------------------------------------------- pdf
def pdf_bytes(flow_builder, land=True):
    from reportlab.lib.pagesizes import A4, landscape as ls
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DJ")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DJ", FONT))
        pdfmetrics.registerFont(TTFont("DJB", FONTB))
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=ls(A4) if land else A4, leftMargin=36, rightMargin=36,
                            topMargin=36, bottomMargin=36)
    doc.build(flow_builder())
    return b.getvalue()


def P(text, size=9, bold=False, align=0, lead=None):
    from reportlab.platypus import Paragraph
    from reportlab.lib.styles import ParagraphStyle
    st = ParagraphStyle("x", fontName="DJB" if bold else "DJ", fontSize=size,
                        leading=lead or size * 1.25, alignment=align, splitLongWords=0)
    t = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
         .replace("\n", "<br/>"))
    return Paragraph(t, st)


def ptable(rows, widths, header_rows=1, size=7.5):
    from reportlab.platypus import Table, TableStyle
    from reportlab.lib import colors
    data = [[P(c, size - 1 if i < header_rows else size, bold=i < header_rows) if isinstance(c, str) else c for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def degrade_kk(text):
    """What a windows-1251 mailer does to Kazakh letters it cannot encode (clerks type the look-alikes)."""
    return text.translate(str.maketrans("ҚқҢңҒғҮүҰұӨөӘәҺһ", "КкНнГгУуУуОоАаHh"))


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def write_text(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(enc))


HDR_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
          "Стандарт государственной услуги (с указанием его реквизитов)",
          "Регламент государственной услуги (с указанием его реквизитов)",
          "Изменения нормативных правовых актов",
          "Интернет-ресурс, на котором размещена информация о государственной услуге",
          "Фамилия, имя, отчество, должность ответственного лица"]
NUMS = ["1", "2", "3", "4", "5", "6", "7", "8"]


# ---------------------------------------------------------------- agencies (invented addresses, BINs)
A_KGD = ("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd_kanc@kgd.minfin.gov.kz", "990440001812")
A_MJ = ("Министерство юстиции Республики Казахстан", "kense@adilet.gov.kz", "970640000137")
A_KMS = ("Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "kms_kanc@mvd.gov.kz", "160940009183")
A_KMFK = ("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан", "kmfk@dsm.gov.kz", "170340021176")
A_MTSZN = ("Министерство труда и социальной защиты населения Республики Казахстан", "kanc@enbek.gov.kz", "990540002211")
A_GK = ("НАО «Государственная корпорация «Правительство для граждан»", "info@gov4c.kz", "160440007161")
A_KVKN = ("Комитет ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан", "kvkn@moa.gov.kz", "040540003388")
A_ME = ("Министерство энергетики Республики Казахстан", "kense@energo.gov.kz", "140940023562")
A_MEPR = ("Министерство экологии и природных ресурсов Республики Казахстан", "kanc@ecogeo.gov.kz", "190640023015")
A_MPS = ("Министерство промышленности и строительства Республики Казахстан", "kanc@mps.gov.kz", "231040019927")
A_MT = ("Министерство транспорта Республики Казахстан", "kense@transport.gov.kz", "231040020086")
A_MCRIAP = ("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kense@mdai.gov.kz", "190340013974")
A_MP = ("Министерство просвещения Республики Казахстан", "kanc@edu-min.gov.kz", "220740031254")
A_MNVO = ("Министерство науки и высшего образования Республики Казахстан", "kanc@sci-edu.gov.kz", "220740031343")
A_MKI = ("Министерство культуры и информации Республики Казахстан", "kanc@mki.gov.kz", "230940016620")
A_MTS = ("Министерство туризма и спорта Республики Казахстан", "kanc@tsm.gov.kz", "230940016701")
A_MCHS = ("Министерство по чрезвычайным ситуациям Республики Казахстан", "kanc@emer.gov.kz", "200840008812")
A_MNE = ("Министерство национальной экономики Республики Казахстан", "kense@economy-min.gov.kz", "140940023354")
A_NIT = ("АО «Национальные информационные технологии»", "info@nitec-kz.kz", "000740001307")
A_MVRI = ("Министерство водных ресурсов и ирригации Республики Казахстан", "kanc@water-min.gov.kz", "231040020443")
A_MTI = ("Министерство торговли и интеграции Республики Казахстан", "kanc@mti-min.gov.kz", "190640015519")
A_FSMS = ("НАО «Фонд социального медицинского страхования»", "info@fsms-kz.kz", "160640009255")
A_KAZN = ("Комитет казначейства Министерства финансов Республики Казахстан", "kazn@minfin-kz.gov.kz", "990440002870")
A_KRS = ("Комитет регистрационной службы Министерства юстиции Республики Казахстан", "krs@adilet.gov.kz", "030740004105")
A_KAP = ("Комитет административной полиции Министерства внутренних дел Республики Казахстан", "kap@mvd.gov.kz", "120540017703")
A_KSEC = ("Комитет санитарно-эпидемиологического контроля Министерства здравоохранения Республики Казахстан", "ksek@dsm.gov.kz", "201040012207")
A_MID = ("Министерство иностранных дел Республики Казахстан", "kanc@mfa-kz.gov.kz", "960240000174")
A_MO = ("Министерство обороны Республики Казахстан", "kanc@mod-kz.gov.kz", "990240001127")
A_KDS = ("Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан", "kds@mps.gov.kz", "040540005127")
A_KLH = ("Комитет лесного хозяйства и животного мира Министерства экологии и природных ресурсов Республики Казахстан", "klh@ecogeo.gov.kz", "020240001917")
A_KGEO = ("Комитет геологии Министерства промышленности и строительства Республики Казахстан", "geology@mps.gov.kz", "971240001315")
A_KTRAN = ("Комитет транспорта Министерства транспорта Республики Казахстан", "ktr@transport.gov.kz", "030440003278")
A_KAZH = ("РГП на ПХВ «Казгидромет» Министерства экологии и природных ресурсов Республики Казахстан", "info@meteo-kz.kz", "990540002664")
A_NCELS = ("РГП на ПХВ «Национальный центр экспертизы лекарственных средств и медицинских изделий»", "kanc@ndda-kz.kz", "980440001034")

EKC = ("Единый контакт-центр", "info@ekc.gov.kz")


# =============================================================== APPENDIX 1 FORMS
def f01():
    """KGD, 25 services, landscape DOCX, ditto marks, column-number row, standalone file."""
    name = "f01-kgd-forma-25-uslug.docx"
    STD = ("Правила оказания государственных услуг органами государственных доходов Республики Казахстан, "
           "утвержденные приказом Министра финансов Республики Казахстан от 12 мая 2026 года № 318")
    NPA = ("приказ Министра финансов Республики Казахстан от 4 ноября 2026 года № 702 «О внесении изменений "
           "в приказ Министра финансов Республики Казахстан от 12 мая 2026 года № 318»")
    W = "www.kgd.gov.kz"
    r1 = R("Сейтказиева Айнур Болатовна", "главный эксперт Управления государственных услуг Департамента методологии",
           "8 (7172) 71-84-26", "a.seitkazieva@kgd.minfin.gov.kz")
    c1 = "Сейтказиева Айнур Болатовна\nглавный эксперт Управления государственных услуг Департамента методологии\nтел. 8 (7172) 71-84-26\na.seitkazieva@kgd.minfin.gov.kz"
    r2 = R("Омаров Данияр Ерланович", "эксперт Управления администрирования косвенных налогов",
           "8 (7172) 71-83-09", "d.omarov@kgd.minfin.gov.kz")
    c2 = "Омаров Данияр Ерланович\nэксперт Управления администрирования косвенных налогов\nтел. 8 (7172) 71-83-09\nd.omarov@kgd.minfin.gov.kz"
    r3 = R("Тлеубердина Гульмира", "главный эксперт Управления таможенных процедур",
           "8 (7172) 71-86-52", "g.tleuberdina@kgd.minfin.gov.kz")
    c3 = "Тлеубердина Гульмира\nглавный эксперт Управления таможенных процедур\nтел. 8 (7172) 71-86-52\ng.tleuberdina@kgd.minfin.gov.kz"
    data = [
        ("00201001", "Постановка на регистрационный учет налогоплательщиков", None, r1, c1),
        ("00201002", "Регистрационный учет лица, занимающегося частной практикой", None, r1, c1),
        ("00201003", "Регистрационный учет плательщиков налога на добавленную стоимость", NPA, r2, c2),
        ("00201004", "Снятие с регистрационного учета по налогу на добавленную стоимость", NPA, r2, c2),
        ("00201005", "Выдача сведений об отсутствии (наличии) задолженности, учет по которой ведется в органах государственных доходов", None, r1, c1),
        ("00201006", "Выдача справки о суммах полученных доходов из источников в Республике Казахстан и удержанных (уплаченных) налогов", None, r1, c1),
        ("00201007", "Проведение зачетов и возвратов налогов, платежей в бюджет, пеней, штрафов", NPA, r2, c2),
        ("00201008", "Возврат превышения налога на добавленную стоимость", NPA, r2, c2),
        ("00201009", "Выдача справки о резидентстве", None, r1, c1),
        ("00201010", "Подтверждение уплаты подоходного налога в бюджет Республики Казахстан", None, r1, c1),
        ("00201011", "Постановка на регистрационный учет контрольно-кассовых машин", None, r1, c1),
        ("00201012", "Снятие с регистрационного учета контрольно-кассовых машин", None, r1, c1),
        ("00201013", "Выдача акта сверки расчетов с бюджетом", None, r1, c1),
        ("00201014", "Прием налоговой отчетности", NPA, r2, c2),
        ("00201015", "Предоставление отсрочки по уплате налогов и (или) платы", None, r2, c2),
        ("00202001", "Принятие предварительного решения о классификации товаров", None, r3, c3),
        ("00202002", "Принятие предварительного решения о происхождении товара", None, r3, c3),
        ("00202003", "Включение в реестр таможенных представителей", None, r3, c3),
        ("00202004", "Включение в реестр владельцев складов временного хранения", None, r3, c3),
        ("00202005", "Включение в реестр владельцев таможенных складов", None, r3, c3),
        ("00202006", "Включение в реестр владельцев магазинов беспошлинной торговли", None, r3, c3),
        ("00202007", "Включение в реестр уполномоченных экономических операторов", None, r3, c3),
        ("00202008", "Выдача разрешения на временное хранение товаров в иных местах", None, r3, c3),
        ("00202009", "Продление срока временного ввоза транспортных средств для личного пользования", None, r3, c3),
        ("00202010", "Регистрация таможенной декларации на товары для личного пользования", None, r3, c3),
    ]
    svcs = []
    for i, (reg, nm, npa, r, c) in enumerate(data):
        cells = {}
        if i > 0:
            cells["std"] = "-//-"
            cells["web"] = "-//-"
        cells["rgl"] = "—"
        if npa is None:
            cells["npa"] = ""
        svcs.append(S(reg, nm, STD, None, npa, W, r, c, cells))
    d = _docx()
    landscape(d)
    para(d, "Приложение 1\nк Правилам взаимодействия Единого контакт-центра\nпо вопросам оказания государственных услуг\nс центральными государственными органами,\nместными исполнительными органами, а также услугодателями", align="r", size=9)
    para(d, "Форма", align="r", size=9)
    para(d, "Запрос о предоставлении информации о государственной услуге\n(Комитет государственных доходов Министерства финансов Республики Казахстан)", bold=True, align="c")
    rows = [HDR_RU, NUMS] + [row_cells(i + 1, s, "{}.") for i, s in enumerate(svcs)]
    table(d, rows, header_rows=2, size=8, widths=[1, 2, 4, 5, 2.5, 4.5, 2.5, 5])
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя: Сейтказиева Айнур Болатовна")
    para(d, "Дата: « 19 » января 2027 г.")
    save_docx(d, name)
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru",
                "services": [svc_key(s) for s in svcs],
                "executor": {"full_name": "Сейтказиева Айнур Болатовна", "date": "2027-01-19"}}],
        ctx(A_KGD, [(s["reg"], s["name"]) for s in svcs], "information",
            ("ЕКЦ-2027/118", "2027-01-08", "О предоставлении информации по государственным услугам (приложение 1 к Правилам)"),
            "store information v1 for 25 KGD services; cases move to info_received"),
        "appendix1_form", "ru", "docx", "25 rows, ditto '-//-' in cols 4 and 7, col 5 '—', col 6 often empty, repeated header + number row")


def f02():
    """MJ: cp1251 covering letter in an eml, DOCX form with 6 services attached (encoded-word name)."""
    name = "f02-minjust-soprovod-cp1251.eml"
    att = "Приложение 1 МЮ РК.docx"
    W = "https://www.gov.kz/memleket/entities/adilet"
    resp = R("Кадырбекова Салтанат Нурлановна", "главный эксперт Департамента регистрационной службы и организации юридических услуг", "+7 7172 58-00-41", "s.kadyrbekova@adilet.gov.kz")
    cell = "Кадырбекова Салтанат Нурлановна,\nглавный эксперт Департамента регистрационной службы и организации юридических услуг,\nтел.: +7 7172 58-00-41,\ne-mail: s.kadyrbekova@adilet.gov.kz"
    def st(n, d, no):
        return f"Правила оказания государственной услуги «{n}», утвержденные приказом Министра юстиции Республики Казахстан от {d} № {no}"
    rows = [
        ("00101004", "Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств", "28 мая 2026 года", "366"),
        ("00101005", "Государственная перерегистрация юридических лиц, учетная перерегистрация их филиалов и представительств", "28 мая 2026 года", "366"),
        ("00101011", "Апостилирование официальных документов, исходящих из органов юстиции", "3 июня 2026 года", "389"),
        ("00103002", "Государственная регистрация актов гражданского состояния (рождение)", "12 марта 2026 года", "171"),
        ("00103007", "Выдача повторных свидетельств или справок о регистрации актов гражданского состояния", "12 марта 2026 года", "171"),
        ("00104001", "Выдача лицензии на занятие адвокатской деятельностью", "29 апреля 2026 года", "301"),
    ]
    svcs = []
    for i, (reg, nm, dt, no) in enumerate(rows):
        npa = None
        if reg == "00103007":
            npa = "приказ Министра юстиции Республики Казахстан от 2 декабря 2026 года № 912"
        svcs.append(S(reg, nm, st(nm, dt, no), None, npa, W, resp, cell, {"rgl": "не предусмотрен", "npa": npa or "-"}))
    for s in svcs:
        s["rgl"] = "не предусмотрен"
    d = _docx()
    landscape(d)
    para(d, "Приложение 1 к Правилам взаимодействия ЕКЦ", align="r", size=10)
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    table(d, [HDR_RU] + [row_cells(i + 1, s) for i, s in enumerate(svcs)], size=9)
    para(d, "\nФ.И.О. ответственного исполнителя  Жакупова Индира Маратовна")
    para(d, "Дата: «21» января 2027 г.")
    body = """Единому контакт-центру
по вопросам оказания
государственных услуг

На № ЕКЦ-2027/131 от 11.01.2027 г.

        Министерство юстиции Республики Казахстан, рассмотрев Ваше письмо от 11 января 2027 года № ЕКЦ-2027/131 о предоставлении информации по государственным услугам, оказываемым органами юстиции, во исполнение пункта 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг с центральными государственными органами, местными исполнительными органами, а также услугодателями, направляет заполненную форму согласно приложению 1 к указанным Правилам.

        Одновременно сообщаем, что ответственным лицом за представление информации и проведение обучения сотрудников Единого контакт-центра определена главный эксперт Департамента регистрационной службы и организации юридических услуг Кадырбекова С.Н.

        Приложение: на 2 л.


Вице-министр                                            Б. Ермекбаев


Исп.: Жакупова И.М.
тел.: 58-00-37
"""
    root = multi("mixed", [leaf(body, "plain", "cp1251", "8bit"),
                           attach(att, docx_bytes(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "encword")],
                 "----=_NextPart_000_0A1B_01DB6B3F.4C2D1E90")
    eml(name, ("Канцелярия МЮ РК", A_MJ[1]), EKC, "Исх. № 4-12/2031 от 21.01.2027 О направлении информации", "Thu, 21 Jan 2027 16:42:11 +0500", root,
        "<000a01db6b3f$4c2d1e90$e4875cb0$@adilet.gov.kz>", extra=[("X-Mailer", "Microsoft Outlook 16.0")], subj_charset="windows-1251")
    key(name, [{"part": att, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in svcs],
                "executor": {"full_name": "Жакупова Индира Маратовна", "date": "2027-01-21"}}],
        ctx(A_MJ, [(s["reg"], s["name"]) for s in svcs], "information",
            ("ЕКЦ-2027/131", "2027-01-11", "О предоставлении информации согласно приложению 1 к Правилам"),
            "store information for 6 MJ services; responsible Kadyrbekova named"),
        "appendix1_form", "ru", "eml+docx", "cp1251 8bit body, Outlook encoded-word attachment name, col 5 'не предусмотрен' (kept as written), responsible only in initials in the body")


def f03():
    """KMS MVD: XLSX with merged title, two-row header, attached to a koi8-r mail."""
    name = "f03-kms-mvd-xlsx-koi8.eml"
    att = "EKC_prilozhenie1_KMS.xlsx"
    STD = "Правила оказания государственных услуг в сфере миграции, утвержденные приказом Министра внутренних дел Республики Казахстан от 24 апреля 2026 года № 277"
    W = "www.migration.gov.kz"
    ra = R("Байгабылов Нурсултан Муратович", "старший инспектор Управления документирования и регистрации населения", "8 (7172) 72-30-15", "n.baigabylov@mvd.gov.kz")
    rb = R("Ким Ольга Викторовна", "старший инспектор по особым поручениям Управления по делам иммиграции", "8 (7172) 72-31-88", "o.kim@mvd.gov.kz")
    ca = "Байгабылов Нурсултан Муратович - старший инспектор Управления документирования и регистрации населения, 8 (7172) 72-30-15, n.baigabylov@mvd.gov.kz"
    cb = "Ким Ольга Викторовна - старший инспектор по особым поручениям Управления по делам иммиграции, 8 (7172) 72-31-88, o.kim@mvd.gov.kz"
    rows = [("00601001", "Выдача разрешения на постоянное проживание иностранцам и лицам без гражданства", None, rb, cb),
            ("00601002", "Выдача и продление разрешения на временное проживание иностранцам и лицам без гражданства", None, rb, cb),
            ("00601004", "Выдача документов, удостоверяющих личность", "приказ Министра внутренних дел Республики Казахстан от 9 октября 2026 года № 681", ra, ca),
            ("00601005", "Регистрация по месту жительства населения Республики Казахстан", None, ra, ca),
            ("00601006", "Выдача справки о зарегистрированных (снятых с регистрации) лицах", None, ra, ca),
            ("00601009", "Присвоение статуса кандаса", None, rb, cb)]
    svcs = [S(r, n, STD, None, npa, W, rr, c) for r, n, npa, rr, c in rows]

    def build(wb):
        from openpyxl.styles import Alignment, Font, Border, Side
        ws = wb.active
        ws.title = "Прил1"
        ws.merge_cells("A1:H1")
        ws["A1"] = "Информация о государственных услугах Комитета миграционной службы МВД РК"
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A2:H2")
        ws["A2"] = "(форма согласно приложению 1 к Правилам взаимодействия Единого контакт-центра)"
        # two-row header: group cell over 4-6
        for col, t in zip("ABC", HDR_RU[:3]):
            ws.merge_cells(f"{col}4:{col}5")
            ws[f"{col}4"] = t
        ws.merge_cells("D4:F4")
        ws["D4"] = "Нормативные правовые акты"
        ws["D5"] = "Стандарт государственной услуги (реквизиты)"
        ws["E5"] = "Регламент государственной услуги (реквизиты)"
        ws["F5"] = "Изменения НПА"
        for col, t in zip("GH", HDR_RU[6:]):
            ws.merge_cells(f"{col}4:{col}5")
            ws[f"{col}4"] = t
        for j, n in enumerate(NUMS):
            ws.cell(row=6, column=j + 1, value=int(n))
        r0 = 7
        for i, s in enumerate(svcs):
            vals = [i + 1, s["reg"], s["name"], s["std"] if i == 0 else None, "", s["npa"] or "", s["web"] if i == 0 else None, s["cell8"]]
            for j, v in enumerate(vals):
                if v is not None:
                    ws.cell(row=r0 + i, column=j + 1, value=v)
        # standard and website merged vertically over all rows
        ws.merge_cells(start_row=r0, start_column=4, end_row=r0 + len(svcs) - 1, end_column=4)
        ws.merge_cells(start_row=r0, start_column=7, end_row=r0 + len(svcs) - 1, end_column=7)
        ws.cell(row=r0 + len(svcs) + 2, column=2, value="Ответственный исполнитель: Байгабылов Нурсултан Муратович")
        ws.cell(row=r0 + len(svcs) + 3, column=2, value="Дата: 25.01.2027")
        thin = Side(style="thin")
        for row in ws.iter_rows(min_row=4, max_row=r0 + len(svcs) - 1, max_col=8):
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for col, w in zip("ABCDEFGH", [5, 12, 40, 45, 18, 30, 20, 45]):
            ws.column_dimensions[col].width = w

    body = """Добрый день!

Направляем информацию по государственным услугам Комитета миграционной службы МВД РК в ответ на запрос ЕКЦ-2027/140 от 13.01.2027 (форма во вложении, формат Excel).
Регламенты государственных услуг в настоящее время не утверждаются, в связи с чем графа 5 не заполнена.

С уважением,
Байгабылов Нурсултан
старший инспектор УДРН КМС МВД РК
тел. 72-30-15
"""
    root = multi("mixed", [leaf(body, "plain", "koi8-r", "8bit"),
                           attach(att, xlsx_bytes(build), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "ascii")],
                 "b1_7f3a2c9e01d44a5f8e")
    eml(name, ("Байгабылов Н.М.", "n.baigabylov@mvd.gov.kz"), EKC, "Re: ЕКЦ-2027/140 Запрос информации (КМС)", "Mon, 25 Jan 2027 11:05:47 +0500", root,
        "<20270125060547.3391@mail.mvd.gov.kz>", extra=[("In-Reply-To", "<ekc-2027-140@ekc.gov.kz>"), ("X-Mailer", "Roundcube Webmail/1.6.4")], subj_charset="koi8-r")
    key(name, [{"part": att, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in svcs],
                "executor": {"full_name": "Байгабылов Нурсултан Муратович", "date": "2027-01-25"}}],
        ctx(A_KMS, [(s["reg"], s["name"]) for s in svcs], "information",
            ("ЕКЦ-2027/140", "2027-01-13", "Запрос информации о государственных услугах"),
            "store information for 6 migration services, two responsible persons"),
        "appendix1_form", "ru", "eml+xlsx", "koi8-r body; XLSX with merged title, grouped 2-row header, standard and website merged vertically over all rows, empty col 5")


def f04():
    """KMFK: PDF form with text layer attached to an Outlook HTML-only mail."""
    name = "f04-kmfk-pdf-outlook-html.eml"
    att = "Форма_ЕКЦ_КМФК.pdf"
    W = "www.dsm.gov.kz"
    r1 = R("Абишева Мадина Серикқызы", "главный эксперт управления лицензирования фармацевтической деятельности", "8-7172-74-32-61", "m.abisheva@dsm.gov.kz")
    c1 = "Абишева Мадина Серикқызы\nглавный эксперт управления лицензирования фармацевтической деятельности\n8-7172-74-32-61\nm.abisheva@dsm.gov.kz"
    r2 = R("Жанатов Ерболат", "эксперт управления контроля качества медицинских услуг", "8-7172-74-32-77", None)
    c2 = "Жанатов Ерболат\nэксперт управления контроля качества медицинских услуг\n8-7172-74-32-77"
    sv = [
        S("00502001", "Выдача лицензии на фармацевтическую деятельность", "Правила оказания государственной услуги «Выдача лицензии на фармацевтическую деятельность», утвержденные приказом Министра здравоохранения Республики Казахстан от 6 марта 2026 года № ҚР ДСМ-31", None, None, W, r1, c1),
        S("00502002", "Выдача лицензии на деятельность в сфере оборота наркотических средств, психотропных веществ и прекурсоров", "Правила оказания государственной услуги, утвержденные приказом Министра здравоохранения Республики Казахстан от 6 марта 2026 года № ҚР ДСМ-32", None, "приказ Министра здравоохранения Республики Казахстан от 14 ноября 2026 года № ҚР ДСМ-140", W, r1, c1),
        S("00502005", "Выдача лицензии на медицинскую деятельность", "Правила оказания государственной услуги, утвержденные приказом Министра здравоохранения Республики Казахстан от 6 марта 2026 года № ҚР ДСМ-33", None, None, W, r2, c2),
        S("00502006", "Выдача разрешения на ввоз (вывоз) незарегистрированных лекарственных средств", "Правила оказания государственной услуги, утвержденные приказом Министра здравоохранения Республики Казахстан от 11 марта 2026 года № ҚР ДСМ-38", None, None, W, r1, c1),
        S("00502009", "Аккредитация субъектов здравоохранения", "Правила оказания государственной услуги, утвержденные приказом Министра здравоохранения Республики Казахстан от 11 марта 2026 года № ҚР ДСМ-39", None, None, W, r2, c2),
    ]

    def flow():
        from reportlab.platypus import Spacer
        f = [P("Приложение 1 к Правилам взаимодействия Единого контакт-центра по вопросам оказания государственных услуг", 8, align=2),
             Spacer(1, 6), P("Запрос о предоставлении информации о государственной услуге", 11, True, 1), Spacer(1, 8)]
        rows = [HDR_RU] + [[str(i + 1), s["reg"], s["name"], s["std"], "-", s["npa"] or "-", s["web"], s["cell8"]] for i, s in enumerate(sv)]
        f.append(ptable(rows, [20, 50, 112, 160, 52, 110, 75, 170]))
        f += [Spacer(1, 12), P("Ф.И.О. ответственного исполнителя: Абишева Мадина Серикқызы", 10), P("Дата: 27.01.2027 г.", 10)]
        return f

    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>
<p class=MsoNormal>Уважаемые коллеги!<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Комитет медицинского и фармацевтического контроля МЗ РК на Ваш запрос от 14.01.2027 № ЕКЦ-2027/152 направляет информацию по государственным услугам по форме приложения 1 (в формате PDF).<o:p></o:p></p>
<p class=MsoNormal>Оригинал письма направлен через ЕСЭДО (исх. № 18-02-3/1140 от 27.01.2027).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>С уважением,<o:p></o:p></b></p>
<p class=MsoNormal>Абишева Мадина<o:p></o:p></p>
<p class=MsoNormal><span style='color:#1F3864'>главный эксперт УЛФД КМФК МЗ РК<br>тел.: 8 (7172) 74-32-61</span><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>Бұл хабарлама және оған қоса берілген файлдар құпия болып табылады. Данное сообщение и вложения к нему являются конфиденциальными.</span><o:p></o:p></p>
</div></body></html>
"""
    root = multi("mixed", [leaf(html, "html", "utf-8", "quoted-printable"),
                           attach(att, pdf_bytes(flow), "application/pdf", "encword")], "----=_NextPart_001_01DB70A2.55E3C6B0")
    eml(name, ("Абишева Мадина Серикқызы", "m.abisheva@dsm.gov.kz"), EKC, "На № ЕКЦ-2027/152 (информация КМФК по прил. 1)", "Wed, 27 Jan 2027 17:58:02 +0500",
        root, "<AS8PR02MB7046B1E7F0A1@AS8PR02MB7046.eurprd02.prod.outlook.com>", extra=[("Thread-Topic", "ЕКЦ"), ("X-MS-Has-Attach", "yes")])
    key(name, [{"part": att, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Абишева Мадина Серикқызы", "date": "2027-01-27"}}],
        ctx(A_KMFK, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/152", "2027-01-14", "О предоставлении информации по государственным услугам"),
            "store information for 5 KMFK services"),
        "appendix1_form", "ru", "eml+pdf", "Outlook HTML-only body, PDF table with text layer, Kazakh patronymic -қызы, one responsible without e-mail, order numbers with Kazakh letters")


def f05():
    """MTSZN: the form itself as an HTML table in the body of the mail, windows-1251 QP."""
    name = "f05-mtszn-forma-v-tele-html.eml"
    W = "www.enbek.gov.kz"
    r = R("Нургалиева Әсел Қайратқызы", "главный эксперт Департамента социальной помощи", "+7 (7172) 74-37-20", "a.nurgaliyeva@enbek.gov.kz")
    cell = "Нургалиева Әсел Қайратқызы<br>главный эксперт Департамента социальной помощи<br>+7 (7172) 74-37-20<br>a.nurgaliyeva@enbek.gov.kz"
    STD0 = "Правила оказания государственной услуги «{}», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от {} № {}"
    items = [("01001001", "Назначение государственной адресной социальной помощи", "25 марта 2026 года", "94", None),
             ("01001003", "Назначение пособия по уходу за ребенком по достижении им возраста одного года", "25 марта 2026 года", "95", "приказ МТСЗН РК от 30 октября 2026 года № 402"),
             ("01001005", "Назначение пособия матери или отцу, усыновителю (удочерителю), опекуну (попечителю), воспитывающему ребенка с инвалидностью", "25 марта 2026 года", "96", None),
             ("01001011", "Назначение единовременной выплаты на погребение", "1 апреля 2026 года", "108", None),
             ("01002004", "Выдача справки о регистрации в качестве безработного", "1 апреля 2026 года", "109", None)]
    sv = [S(a, b, STD0.format(b, c, d), None, e, W, r, cell.replace("<br>", "\n")) for a, b, c, d, e in items]
    tr = "".join(f"<tr><td>{i+1}</td><td>{s['reg']}</td><td>{s['name']}</td><td>{s['std']}</td><td>&nbsp;</td><td>{s['npa'] or '&nbsp;'}</td><td>{s['web']}</td><td>{cell}</td></tr>\n" for i, s in enumerate(sv))
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p>Единый контакт-центр</p>
<p>Министерство труда и социальной защиты населения Республики Казахстан в ответ на письмо от 15 января 2027 года № ЕКЦ-2027/163 сообщает следующее.</p>
<p>Информация по государственным услугам в сфере социальной защиты населения приведена в таблице ниже (в связи с техническими ограничениями СЭД таблица направляется в теле письма).</p>
<table border=1 cellspacing=0 cellpadding=3 style="font-size:9pt">
<tr><th>№ п/п</th><th>№ государственной услуги в реестре</th><th>Наименование государственной услуги</th><th>Стандарт государственной услуги (с указанием его реквизитов)</th><th>Регламент государственной услуги (с указанием его реквизитов)</th><th>Изменения нормативных правовых актов</th><th>Интернет-ресурс</th><th>Фамилия, имя, отчество, должность ответственного лица</th></tr>
{tr}</table>
<p>Ф.И.О. ответственного исполнителя: Нургалиева Әсел Қайратқызы<br>Дата: 26.01.2027</p>
<p>Директор Департамента социальной помощи&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;А. Сулейменова</p>
<p style="font-size:8pt">исп.: Нургалиева Ә.Қ., 74-37-20</p>
</body></html>"""
    root = leaf(html, "html", "utf-8", "quoted-printable")
    eml(name, ("МТСЗН РК", A_MTSZN[1]), EKC, "Ответ на ЕКЦ-2027/163", "Tue, 26 Jan 2027 10:14:40 +0500", root, "<c1f0e2a4-5d7a-4c11-93b1-enbek-0126@enbek.gov.kz>")
    key(name, [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Нургалиева Әсел Қайратқызы", "date": "2027-01-26"}}],
        ctx(A_MTSZN, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/163", "2027-01-15", "О предоставлении информации по форме приложения 1"),
            "store information for 5 social-protection services from the mail body"),
        "appendix1_form", "ru", "eml (HTML body)", "form as an HTML table in the body, <br> inside col 8, Kazakh letters in names, &nbsp; empty cells")


def f06():
    """State corporation: 12 services, table broken over two pages with one row continued."""
    name = "f06-goskorp-12-uslug-perenos.docx"
    W = "www.gov4c.kz"
    ra = R("Искакова Жанар Тулегеновна", "главный менеджер Департамента методологии оказания государственных услуг", "8 (7172) 55-12-07", "zh.iskakova@gov4c.kz")
    ca = "Искакова Жанар Тулегеновна\nглавный менеджер Департамента методологии оказания государственных услуг\nраб. тел. 8 (7172) 55-12-07\nzh.iskakova@gov4c.kz"
    rb = R("Петренко Андрей Викторович", "менеджер Департамента регистрации недвижимости", "8 (7172) 55-13-40", "a.petrenko@gov4c.kz")
    cb = "Петренко Андрей Викторович\nменеджер Департамента регистрации недвижимости\nраб. тел. 8 (7172) 55-13-40\na.petrenko@gov4c.kz"
    def st(who, d, no):
        return f"Правила оказания государственной услуги, утвержденные приказом {who} от {d} № {no}"
    MJ = "Министра юстиции Республики Казахстан"
    MT = "Министра труда и социальной защиты населения Республики Казахстан"
    MV = "Министра внутренних дел Республики Казахстан"
    sv = [
        S("00801001", "Государственная регистрация прав (обременений) на недвижимое имущество", st(MJ, "30 апреля 2026 года", "305"), None, None, W, rb, cb),
        S("00801002", "Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках", st(MJ, "30 апреля 2026 года", "305"), None, None, W, rb, cb),
        S("00801003", "Выдача справки об отсутствии (наличии) недвижимого имущества", st(MJ, "30 апреля 2026 года", "306"), None, None, W, rb, cb),
        S("00801004", "Государственная регистрация залога движимого имущества, не подлежащего обязательной государственной регистрации", st(MJ, "6 мая 2026 года", "317"), None, "приказ Министра юстиции Республики Казахстан от 19 ноября 2026 года № 884", W, rb, cb),
        S("00801005", "Назначение пенсионных выплат по возрасту", st(MT, "3 апреля 2026 года", "111"), None, None, W, ra, ca),
        S("00801006", "Назначение государственного социального пособия по инвалидности", st(MT, "3 апреля 2026 года", "112"), None, None, W, ra, ca),
        S("00801007", "Назначение специального государственного пособия", st(MT, "3 апреля 2026 года", "113"), None, None, W, ra, ca),
        S("00801008", "Назначение социальной выплаты на случай потери работы из Государственного фонда социального страхования", st(MT, "3 апреля 2026 года", "114"), None, "приказ Министра труда и социальной защиты населения Республики Казахстан от 21 октября 2026 года № 391", W, ra, ca),
        S("00801009", "Выдача справки о наличии либо отсутствии сведений об уголовном правонарушении, о наличии либо отсутствии судимости", st(MV, "24 апреля 2026 года", "280"), None, None, W, ra, ca),
        S("00801010", "Регистрация, перерегистрация транспортных средств", st(MV, "24 апреля 2026 года", "281"), None, None, W, ra, ca),
        S("00801011", "Выдача водительского удостоверения взамен утерянного (испорченного)", st(MV, "24 апреля 2026 года", "282"), None, None, W, ra, ca),
        S("00801012", "Выдача справки с места жительства", st(MV, "24 апреля 2026 года", "283"), None, None, W, ra, ca),
    ]
    d = _docx()
    landscape(d)
    para(d, "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ\nНАО «Государственная корпорация «Правительство для граждан»", bold=True, align="c", size=11)
    para(d, "Информация о государственных услугах, оказываемых через Государственную корпорацию\n(приложение 1 к Правилам взаимодействия Единого контакт-центра)", align="c")
    hdr = ["№", "№ услуги в Реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
           "Регламент государственной услуги (с указанием его реквизитов)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    rows1 = [hdr, NUMS]
    for i, s in enumerate(sv[:8]):
        rows1.append(row_cells(i + 1, s))
    s9 = sv[8]
    rows1.append(["9", s9["reg"], "Выдача справки о наличии либо отсутствии сведений об уголовном правонарушении,", "Правила оказания государственной услуги, утвержденные приказом Министра", "-", "-", W, "Искакова Жанар Тулегеновна\nглавный менеджер Департамента"])
    table(d, rows1, header_rows=2, size=8)
    page_break(d)
    para(d, "Продолжение таблицы", italic=True, align="r", size=9)
    rows2 = [NUMS, ["", "", "о наличии либо отсутствии судимости", "внутренних дел Республики Казахстан от 24 апреля 2026 года № 280", "", "", "", "методологии оказания государственных услуг\nраб. тел. 8 (7172) 55-12-07\nzh.iskakova@gov4c.kz"]]
    for i, s in enumerate(sv[9:]):
        rows2.append(row_cells(i + 10, s))
    table(d, rows2, header_rows=1, size=8, repeat_header=False)
    para(d, "\nОтветственный исполнитель: Искакова Жанар Тулегеновна")
    para(d, "«28» января 2027 г.")
    save_docx(d, name)
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Искакова Жанар Тулегеновна", "date": "2027-01-28"}}],
        ctx(A_GK, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/171", "2027-01-18", "О предоставлении информации о государственных услугах, оказываемых через Государственную корпорацию"),
            "store information for 12 services delivered through the State corporation"),
        "appendix1_form", "ru", "docx", "table broken over two pages: row 9 continues in the second table with empty № and registry cells (one service, not two); bilingual letterhead")


def f07():
    """KVKN MSKh: portrait DOCX, comma-style col 8, empty cells, Kazakh+Russian headers."""
    name = "f07-kvkn-msh-forma.docx"
    W = "www.gov.kz/memleket/entities/moa"
    STD = "Правила оказания государственных услуг в области ветеринарии, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 20 мая 2026 года № 164"
    r = R("Смагулов Айдос Жумабекович", "главный эксперт Управления ветеринарной безопасности", "8 7172 55 67 31", "a.smagulov@moa.gov.kz")
    cell = "Смагулов Айдос Жумабекович, главный эксперт Управления ветеринарной безопасности, 8 7172 55 67 31, a.smagulov@moa.gov.kz"
    r2 = R("Есенгельдиева Лаура", "эксперт Управления ветеринарно-санитарного контроля", None, "l.esengeldieva@moa.gov.kz")
    cell2 = "Есенгельдиева Лаура, эксперт Управления ветеринарно-санитарного контроля, l.esengeldieva@moa.gov.kz"
    items = [("00401011", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте", r, cell, None),
             ("00401012", "Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов с учетом оценки эпизоотической ситуации", r, cell, "приказ Министра сельского хозяйства Республики Казахстан от 2 сентября 2026 года № 277"),
             ("00401014", "Присвоение учетного номера производственным объектам, осуществляющим выращивание животных", r2, cell2, None),
             ("00401015", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля и надзора", r2, cell2, None),
             ("00401019", "Аттестация физических лиц на право проведения ветеринарно-санитарной экспертизы", r2, cell2, None),
             ("00401020", "Выдача лицензии на производство препаратов ветеринарного назначения", r, cell, None),
             ("00401021", "Государственная регистрация ветеринарных препаратов, кормовых добавок", r, cell, None)]
    sv = [S(a, b, STD, None, e, W, rr, c, {"rgl": "", "npa": e or ""}) for a, b, rr, c, e in items]
    d = _docx()
    para(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ АУЫЛ ШАРУАШЫЛЫҒЫ МИНИСТРЛІГІНІҢ ВЕТЕРИНАРИЯЛЫҚ БАҚЫЛАУ ЖӘНЕ ҚАДАҒАЛАУ КОМИТЕТІ", bold=True, align="c", size=10)
    para(d, "КОМИТЕТ ВЕТЕРИНАРНОГО КОНТРОЛЯ И НАДЗОРА МИНИСТЕРСТВА СЕЛЬСКОГО ХОЗЯЙСТВА РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=10)
    para(d, "010000, г. Астана, пр. Кенесары, 36, тел. 8 (7172) 55-67-00", align="c", size=8)
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    hdr = ["Р/с №\n№ п/п", "Тізілімдегі нөмірі\n№ в реестре", "Мемлекеттік көрсетілетін қызметтің атауы\nНаименование государственной услуги",
           "Стандарт (деректемелері)\nСтандарт государственной услуги", "Регламент (деректемелері)\nРегламент государственной услуги",
           "НҚА өзгерістері\nИзменения НПА", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы\nФИО, должность ответственного лица"]
    table(d, [hdr] + [row_cells(i + 1, s) for i, s in enumerate(sv)], size=7)
    para(d, "\nФ.И.О. ответственного исполнителя ___Смагулов Айдос Жумабекович___")
    para(d, "Дата: « 29 » января 2027 г.")
    save_docx(d, name)
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Смагулов Айдос Жумабекович", "date": "2027-01-29"}}],
        ctx(A_KVKN, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/175", "2027-01-19", "О предоставлении информации по государственным услугам в области ветеринарии"),
            "store information for 7 veterinary services"),
        "appendix1_form", "ru", "docx", "bilingual kk/ru header cells, col 8 comma-separated in one line, one person without phone, empty col 5/6 cells, underscores around executor")


def f08():
    """Minenergo: standalone XLSX, 9 services, title rows merged, ditto in website via vertical merge, two sheets."""
    name = "f08-minenergo-prilozhenie1.xlsx"
    W = "www.gov.kz/memleket/entities/energo"
    ra = R("Рахимжанов Бауыржан Оралович", "главный эксперт Департамента развития нефтяной промышленности", "+7 7172 78 69 12", "b.rakhimzhanov@energo.gov.kz")
    ca = "Рахимжанов Бауыржан Оралович\nглавный эксперт Департамента развития нефтяной промышленности\n+7 7172 78 69 12\nb.rakhimzhanov@energo.gov.kz"
    rb = R("Шевченко Наталья Петровна", "эксперт Департамента атомной энергетики и промышленности", "+7 7172 78 68 45", "n.shevchenko@energo.gov.kz")
    cb = "Шевченко Наталья Петровна\nэксперт Департамента атомной энергетики и промышленности\n+7 7172 78 68 45\nn.shevchenko@energo.gov.kz"
    STD1 = "Правила оказания государственных услуг в сфере нефтегазовой отрасли, утвержденные приказом Министра энергетики Республики Казахстан от 14 апреля 2026 года № 139"
    STD2 = "Правила оказания государственных услуг в области использования атомной энергии, утвержденные приказом Министра энергетики Республики Казахстан от 22 апреля 2026 года № 151"
    NPA2 = "приказ Министра энергетики Республики Казахстан от 9 декабря 2026 года № 437 «О внесении изменений в приказ от 22 апреля 2026 года № 151»"
    items = [("01501001", "Выдача лицензии на осуществление деятельности по производству нефтепродуктов", STD1, None, ra, ca),
             ("01501002", "Выдача паспорта производства нефтепродуктов", STD1, None, ra, ca),
             ("01501003", "Выдача разрешения на сжигание сырого газа в факелах", STD1, None, ra, ca),
             ("01501004", "Согласование проектов разработки месторождений углеводородов", STD1, None, ra, ca),
             ("01501005", "Включение в перечень газоснабжающих организаций", STD1, None, ra, ca),
             ("01502001", "Выдача лицензии на обращение с ядерными материалами", STD2, NPA2, rb, cb),
             ("01502002", "Выдача лицензии на обращение с радиоактивными веществами, приборами и установками, содержащими радиоактивные вещества", STD2, NPA2, rb, cb),
             ("01502003", "Выдача лицензии на обращение с радиоактивными отходами", STD2, NPA2, rb, cb),
             ("01502006", "Выдача разрешения на ввоз в Республику Казахстан и вывоз из Республики Казахстан ядерных материалов", STD2, None, rb, cb)]
    sv = [S(a, b, c, None, dd, W, rr, cc) for a, b, c, dd, rr, cc in items]

    def build(wb):
        from openpyxl.styles import Alignment, Font
        ws = wb.active
        ws.title = "ЕКЦ"
        ws.merge_cells("A1:H1"); ws["A1"] = "Министерство энергетики Республики Казахстан"; ws["A1"].font = Font(bold=True)
        ws.merge_cells("A2:H2"); ws["A2"] = "Запрос о предоставлении информации о государственной услуге"
        for j, h in enumerate(HDR_RU):
            ws.cell(row=4, column=j + 1, value=h)
        for i, s in enumerate(sv):
            r = 5 + i
            ws.cell(row=r, column=1, value=i + 1)
            ws.cell(row=r, column=2, value=s["reg"])
            ws.cell(row=r, column=3, value=s["name"])
            ws.cell(row=r, column=4, value=s["std"])
            ws.cell(row=r, column=5, value="-")
            if s["npa"]:
                ws.cell(row=r, column=6, value=s["npa"])
            if i == 0:
                ws.cell(row=r, column=7, value=W)
            ws.cell(row=r, column=8, value=s["cell8"])
            for c in range(1, 9):
                ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells("G5:G13")
        ws["B16"] = "Ф.И.О. ответственного исполнителя"
        ws["D16"] = "Рахимжанов Бауыржан Оралович"
        ws["B17"] = "Дата:"
        ws["D17"] = "01.02.2027"
        ws2 = wb.create_sheet("Справочно")
        ws2["A1"] = "Регламенты государственных услуг отменены Законом РК от 2020 года; графа 5 не заполняется."
    write(name, xlsx_bytes(build))
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Рахимжанов Бауыржан Оралович", "date": "2027-02-01"}}],
        ctx(A_ME, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/186", "2027-01-21", "О предоставлении информации по государственным услугам Министерства энергетики"),
            "store information for 9 energy services"),
        "appendix1_form", "ru", "xlsx", "website merged vertically over all 9 rows, executor name in a different column than its label, second sheet with a note, registry numbers as text")


def f09():
    """MEPR: standalone PDF, 6 services, no number column, portrait, executor at the foot."""
    name = "f09-mepr-forma-ekc.pdf"
    W = "ecogeo.gov.kz"
    r = R("Амантаева Динара Болатқызы", "главный эксперт Департамента разрешений и экологического регулирования", "87172740855", "d.amantaeva@ecogeo.gov.kz")
    cell = "Амантаева Динара Болатқызы, главный эксперт Департамента разрешений и экологического регулирования, тел. 87172740855, d.amantaeva@ecogeo.gov.kz"
    STD = "Правила оказания государственных услуг в области охраны окружающей среды, утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 2 июня 2026 года № 188"
    items = [("01701001", "Выдача экологического разрешения на воздействие для объектов I категории", "приказ Министра экологии и природных ресурсов Республики Казахстан от 17 ноября 2026 года № 369"),
             ("01701002", "Выдача заключения государственной экологической экспертизы для объектов I категории", None),
             ("01701003", "Выдача заключения по результатам оценки воздействия на окружающую среду", None),
             ("01701005", "Выдача лицензии на выполнение работ и оказание услуг в области охраны окружающей среды", None),
             ("01701007", "Выдача разрешения на трансграничную перевозку отходов", "приказ Министра экологии и природных ресурсов Республики Казахстан от 17 ноября 2026 года № 369"),
             ("01701009", "Выдача заключения о скрининге воздействий намечаемой деятельности", None)]
    sv = [S(a, b, STD, None, c, W, r, cell) for a, b, c in items]

    def flow():
        from reportlab.platypus import Spacer
        f = [P("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЭКОЛОГИЯ ЖӘНЕ ТАБИҒИ РЕСУРСТАР МИНИСТРЛІГІ / МИНИСТЕРСТВО ЭКОЛОГИИ И ПРИРОДНЫХ РЕСУРСОВ РЕСПУБЛИКИ КАЗАХСТАН", 9, True, 1),
             Spacer(1, 10), P("Информация о государственной услуге (приложение 1 к Правилам)", 11, True, 1), Spacer(1, 6)]
        hdr = ["№ в реестре", "Наименование услуги", "Стандарт (реквизиты)", "Регламент (реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
        rows = [hdr] + [[s["reg"], s["name"], s["std"], "—", s["npa"] or "—", s["web"], s["cell8"]] for s in sv]
        f.append(ptable(rows, [42, 80, 108, 34, 76, 62, 121], size=7))
        f += [Spacer(1, 14), P("Исполнитель: Амантаева Динара Болатқызы", 9), P("2 февраля 2027 года", 9)]
        return f
    write(name, pdf_bytes(flow, land=False))
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Амантаева Динара Болатқызы", "date": "2027-02-02"}}],
        ctx(A_MEPR, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/190", "2027-01-22", "Запрос информации по приложению 1 к Правилам"),
            "store information for 6 environmental services"),
        "appendix1_form", "ru", "pdf", "portrait PDF without the № column (7 columns), headers abbreviated, '—' for empty, date written out in words")


def f10():
    """MPS: forwarded chain (department -> chancellery -> EKC), DOCX with 10 services."""
    name = "f10-mps-fwd-cepochka.eml"
    att = "prilozhenie_1_MPS_10_uslug.docx"
    W = "www.gov.kz/memleket/entities/mps"
    r1 = R("Джаксыбеков Тимур Асланович", "главный эксперт Департамента технического регулирования", "8 (7172) 24-05-33", "t.dzhaksybekov@mps.gov.kz")
    c1 = "Джаксыбеков Тимур Асланович –\nглавный эксперт Департамента технического регулирования\nтел.: 8 (7172) 24-05-33\nt.dzhaksybekov@mps.gov.kz"
    r2 = R("Мусина Карлыгаш Ергалиевна", "главный эксперт Департамента промышленной политики", "8 (7172) 24-06-18", "k.musina@mps.gov.kz")
    c2 = "Мусина Карлыгаш Ергалиевна –\nглавный эксперт Департамента промышленной политики\nтел.: 8 (7172) 24-06-18\nk.musina@mps.gov.kz"
    S1 = "Правила оказания государственных услуг в сфере технического регулирования, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 15 июля 2026 года № 233"
    S2 = "Правила оказания государственных услуг в сфере промышленности, утвержденные приказом Министра промышленности и строительства Республики Казахстан от 15 июля 2026 года № 234"
    items = [("01201001", "Аккредитация органов по подтверждению соответствия", S1, r1, c1),
             ("01201002", "Регистрация деклараций о соответствии продукции", S1, r1, c1),
             ("01201003", "Выдача сертификата о происхождении товара для внутреннего обращения", S1, r1, c1),
             ("01201004", "Включение в реестр поверителей средств измерений", S1, r1, c1),
             ("01201005", "Утверждение типа средств измерений", S1, r1, c1),
             ("01202001", "Выдача заключения о соответствии продукции требованиям промышленной сборки", S2, r2, c2),
             ("01202002", "Включение в реестр отечественных товаропроизводителей", S2, r2, c2),
             ("01202003", "Выдача акта экспертизы локального содержания", S2, r2, c2),
             ("01202004", "Выдача лицензии на оборот гражданского и служебного оружия и патронов к нему", S2, r2, c2),
             ("01202005", "Выдача разрешения на экспорт продукции двойного назначения", S2, r2, c2)]
    sv = [S(a, b, c, None, None, W, rr, cc, {"rgl": "-", "npa": "-"}) for a, b, c, rr, cc in items]
    d = _docx()
    landscape(d)
    para(d, "Приложение 1", align="r")
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    table(d, [HDR_RU, NUMS] + [row_cells(i + 1, s) for i, s in enumerate(sv)], header_rows=2, size=8)
    para(d, "\nФ.И.О. ответственного исполнителя: Мусина Карлыгаш Ергалиевна")
    para(d, "Дата: «2» февраля 2027г.")
    body = """Коллеги, добрый день.
Пересылаю ответ профильных департаментов на ваш запрос. Официальное письмо будет направлено через ЕСЭДО дополнительно.

Сагындыкова Мадина
отдел документационного обеспечения
Министерство промышленности и строительства РК

-----Original Message-----
From: Мусина Карлыгаш Ергалиевна <k.musina@mps.gov.kz>
Sent: Tuesday, February 2, 2027 3:11 PM
To: Канцелярия МПС <kanc@mps.gov.kz>
Cc: Джаксыбеков Тимур Асланович <t.dzhaksybekov@mps.gov.kz>
Subject: RE: ЕКЦ-2027/193 информация по госуслугам

Мадина, прошу направить в ЕКЦ. Сводная таблица по ДТР и ДПП во вложении, Тимур Асланович свою часть проверил.

К.Мусина

-----Original Message-----
From: Канцелярия МПС <kanc@mps.gov.kz>
Sent: Monday, January 25, 2027 9:40 AM
To: Мусина Карлыгаш Ергалиевна <k.musina@mps.gov.kz>; Джаксыбеков Тимур Асланович <t.dzhaksybekov@mps.gov.kz>
Subject: ЕКЦ-2027/193 информация по госуслугам

Направляется для исполнения письмо Единого контакт-центра от 22.01.2027 № ЕКЦ-2027/193. Срок – 03.02.2027.
"""
    root = multi("mixed", [leaf(body, "plain", "utf-8", "quoted-printable"),
                           attach(att, docx_bytes(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "ascii")], "_004_MPSkanc20270203")
    eml(name, ("Канцелярия МПС", A_MPS[1]), EKC, "FW: RE: ЕКЦ-2027/193 информация по госуслугам", "Wed, 03 Feb 2027 09:02:19 +0500", root,
        "<DB9PR05MB8924C3A9@mps.gov.kz>", extra=[("References", "<ekc-2027-193@ekc.gov.kz>")], crlf=True)
    key(name, [{"part": att, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Мусина Карлыгаш Ергалиевна", "date": "2027-02-02"}}],
        ctx(A_MPS, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/193", "2027-01-22", "Информация по государственным услугам (приложение 1)"),
            "store information for 10 MPS services"),
        "appendix1_form", "ru", "eml+docx", "forwarded internal chain quoted in the body (two Original Message blocks), CRLF, name followed by a dash in col 8")


def f11():
    """Mintrans Committee of transport: letter + form in one DOCX (letter on page 1, table on page 2)."""
    name = "f11-ktr-mintrans-pismo-i-forma.docx"
    W = "www.gov.kz/memleket/entities/transport"
    r = R("Калиев Ербол Нурланович", "главный эксперт Управления автомобильного транспорта Комитета транспорта", "8 (7172) 75-44-19", "e.kaliev@transport.gov.kz")
    cell = "Калиев Ербол Нурланович\n¶главный эксперт Управления автомобильного транспорта Комитета транспорта\n¶8 (7172) 75-44-19\n¶e.kaliev@transport.gov.kz"
    STD = "Правила оказания государственных услуг в сфере автомобильного транспорта, утвержденные приказом Министра транспорта Республики Казахстан от 5 августа 2026 года № 97"
    items = [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров", None),
             ("00302012", "Выдача разрешения на международные автомобильные перевозки грузов", "приказ Министра транспорта Республики Казахстан от 20 ноября 2026 года № 154"),
             ("00302014", "Выдача удостоверения допуска к осуществлению международных автомобильных перевозок", None),
             ("00302015", "Выдача карточки допуска транспортного средства к международным перевозкам", None),
             ("00302019", "Выдача сертификата профессиональной компетентности водителя, перевозящего опасные грузы", None)]
    sv = [S(a, b, STD, None, c, W, r, cell) for a, b, c in items]
    d = _docx()
    para(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ КӨЛІК МИНИСТРЛІГІНІҢ КӨЛІК КОМИТЕТІ\nКОМИТЕТ ТРАНСПОРТА МИНИСТЕРСТВА ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=10)
    para(d, "010000, Астана қаласы, Қабанбай батыр даңғылы, 32/1\nтел.: 8 (7172) 75-44-00, e-mail: ktr@transport.gov.kz", align="c", size=8)
    para(d, "03.02.2027 № 21-04/552-И", size=10)
    para(d, "Единый контакт-центр\nпо вопросам оказания государственных услуг", align="r")
    para(d, "На № ЕКЦ-2027/198 от 25.01.2027", size=10)
    para(d, "Комитет транспорта Министерства транспорта Республики Казахстан (далее – Комитет), рассмотрев Ваш запрос, во исполнение пункта 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг, утвержденных приказом и.о. Министра по инвестициям и развитию Республики Казахстан от 18 февраля 2015 года № 130, представляет информацию по государственным услугам в сфере автомобильного транспорта согласно приложению.\n\nОбучение сотрудников Единого контакт-центра Комитет готов провести в согласованные сроки.", align="j")
    para(d, "Приложение: на 1 листе.")
    para(d, "\nЗаместитель председателя                                                    С. Абенов")
    para(d, "\n\nИсп.: Калиев Е.Н.\nтел.: 75-44-19", size=8)
    page_break(d)
    para(d, "Приложение", align="r")
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    table(d, [HDR_RU] + [row_cells(i + 1, s) for i, s in enumerate(sv)], size=8)
    para(d, "\nФ.И.О. ответственного исполнителя: Калиев Ербол Нурланович\nДата: 03.02.2027")
    save_docx(d, name)
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Калиев Ербол Нурланович", "date": "2027-02-03"}}],
        ctx(A_KTRAN, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/198", "2027-01-25", "О предоставлении информации по государственным услугам в сфере автомобильного транспорта"),
            "store information for 5 road-transport services"),
        "appendix1_form", "ru", "docx", "covering letter with letterhead and 'Исп.:' on page 1, form on page 2 of the same file; col 8 as separate paragraphs")


def f12():
    """MCRIAP: form in the HTML body (webmail), plain-text alternative too, cp1251."""
    name = "f12-mcriap-forma-alternative.eml"
    W = "www.egov.kz"
    r1 = R("Тажибаев Арман Серикович", "главный эксперт Департамента государственных услуг", "8 (7172) 74-98-02", "a.tazhibaev@mdai.gov.kz")
    r2 = R("Садыкова Айгерим", "эксперт Департамента цифровизации", "8 (7172) 74-98-36", "a.sadykova@mdai.gov.kz")
    STD = "Правила оказания государственных услуг в сфере связи и информатизации, утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 30 июня 2026 года № 210/НҚ"
    items = [("01601001", "Выдача лицензии на предоставление услуг в области связи", r1),
             ("01601002", "Выдача разрешения на использование радиочастотного спектра", r1),
             ("01601005", "Выдача разрешения на эксплуатацию радиоэлектронных средств и высокочастотных устройств", r1),
             ("01601008", "Регистрация электронной цифровой подписи", r2),
             ("01601009", "Отзыв регистрационного свидетельства электронной цифровой подписи", r2)]
    sv = [S(a, b, STD, None, None, W, rr, f"{rr['full_name']}\n{rr['position']}\n{rr['phone']}\n{rr['email']}") for a, b, rr in items]
    trs = "".join(
        f'<tr><td width=25>{i+1}</td><td>{s["reg"]}</td><td>{s["name"]}</td><td>{s["std"]}</td><td>-</td><td>-</td><td><a href="https://www.egov.kz">www.egov.kz</a></td>'
        f'<td><div>{s["resp"]["full_name"]}</div><div>{s["resp"]["position"]}</div><div>{s["resp"]["phone"]}</div><div><a href="mailto:{s["resp"]["email"]}">{s["resp"]["email"]}</a></div></td></tr>\n'
        for i, s in enumerate(sv))
    html = f"""<!DOCTYPE html><html><head><meta charset="windows-1251"></head><body style="font-family:Arial;font-size:13px">
<div>Здравствуйте!</div><div><br></div>
<div>В ответ на Ваше письмо № ЕКЦ-2027/201 от 26.01.2027 направляем сведения по форме приложения 1 к Правилам взаимодействия.</div><div><br></div>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>№ п/п</th><th>№ государственной услуги в реестре</th><th>Наименование государственной услуги</th><th>Стандарт государственной услуги (с указанием его реквизитов)</th><th>Регламент государственной услуги (с указанием его реквизитов)</th><th>Изменения нормативных правовых актов</th><th>Интернет-ресурс, на котором размещена информация о государственной услуге</th><th>Фамилия, имя, отчество, должность ответственного лица</th></tr>
<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr></thead>
<tbody>
{trs}</tbody></table>
<div><br></div><div>Ф.И.О. ответственного исполнителя: Тажибаев Арман Серикович</div><div>Дата: 04.02.2027</div>
<div><br></div><div>--</div><div>Департамент государственных услуг МЦРИАП РК</div></body></html>"""
    plain = "Здравствуйте!\n\nВ ответ на Ваше письмо № ЕКЦ-2027/201 от 26.01.2027 направляем сведения по форме приложения 1 к Правилам взаимодействия (таблица в HTML-версии письма).\n\n--\nДепартамент государственных услуг МЦРИАП РК\n"
    root = multi("alternative", [leaf(plain, "plain", "cp1251", "quoted-printable", "windows-1251"),
                                 leaf(html, "html", "cp1251", "base64", "windows-1251")], "----==--bound.91275.web32g.mail.gov.kz")
    eml(name, ("Тажибаев Арман", "a.tazhibaev@mdai.gov.kz"), EKC, "Re: [EKC-2027/201] приложение 1", "Thu, 04 Feb 2027 12:30:05 +0500", root,
        "<1738652405.591177@web32g.mail.gov.kz>", extra=[("In-Reply-To", "<ekc-2027-201@ekc.gov.kz>")], subj_charset="windows-1251")
    key(name, [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Тажибаев Арман Серикович", "date": "2027-02-04"}}],
        ctx(A_MCRIAP, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/201", "2027-01-26", "Запрос информации по форме приложения 1"),
            "store information for 5 communications/EDS services from the HTML body"),
        "appendix1_form", "ru", "eml (multipart/alternative)", "form only in the HTML alternative (plain part points to it), cp1251 base64, <div> per line in col 8, mailto links")


def f13():
    """Ministry of Education: 15 services, DOCX with two responsible persons per group, ditto 'то же'."""
    name = "f13-minpros-15-uslug.docx"
    W = "www.gov.kz/memleket/entities/edu"
    ra = R("Оспанова Гүлнар Әбілқызы", "главный эксперт Департамента дошкольного и среднего образования", "8 (7172) 74-21-14", "g.ospanova@edu-min.gov.kz")
    ca = "Оспанова Гүлнар Әбілқызы, главный эксперт Департамента дошкольного и среднего образования\nтел. 8 (7172) 74-21-14\ng.ospanova@edu-min.gov.kz"
    rb = R("Литвиненко Сергей Александрович", "главный эксперт Департамента охраны прав детей", "8 (7172) 74-22-90", "s.litvinenko@edu-min.gov.kz")
    cb = "Литвиненко Сергей Александрович, главный эксперт Департамента охраны прав детей\nтел. 8 (7172) 74-22-90\ns.litvinenko@edu-min.gov.kz"
    SA = "Правила оказания государственных услуг в сфере дошкольного и среднего образования, утвержденные приказом Министра просвещения Республики Казахстан от 18 марта 2026 года № 58"
    SB = "Правила оказания государственных услуг в сфере семьи и детей, утвержденные приказом Министра просвещения Республики Казахстан от 24 марта 2026 года № 66"
    NA = "приказ Министра просвещения Республики Казахстан от 11 ноября 2026 года № 244"
    A_ = [("00901001", "Постановка на очередь детей дошкольного возраста для направления в дошкольные организации"),
          ("00901002", "Прием документов и зачисление детей в дошкольные организации"),
          ("00901003", "Прием документов и зачисление в организации образования для обучения по общеобразовательным программам"),
          ("00901004", "Выдача дубликатов документов об основном среднем, общем среднем образовании"),
          ("00901005", "Прием документов для перевода детей между организациями начального, основного среднего, общего среднего образования"),
          ("00901006", "Предоставление бесплатного и льготного питания отдельным категориям обучающихся"),
          ("00901007", "Предоставление бесплатного подвоза к общеобразовательным организациям обучающихся, проживающих в отдаленных сельских пунктах"),
          ("00901008", "Прием документов для организации индивидуального бесплатного обучения на дому детей"),
          ("00901009", "Выдача направления в организации, предоставляющие отдых детям")]
    B_ = [("00902001", "Установление опеки или попечительства над ребенком-сиротой"),
          ("00902002", "Выдача справок для распоряжения имуществом несовершеннолетних"),
          ("00902003", "Назначение единовременной денежной выплаты в связи с усыновлением ребенка-сироты"),
          ("00902004", "Передача ребенка (детей) на патронатное воспитание"),
          ("00902005", "Выдача справок по опеке и попечительству"),
          ("00902006", "Постановка на учет лиц, желающих усыновить детей")]
    sv = []
    for i, (a, b) in enumerate(A_):
        npa = NA if a in ("00901001", "00901002") else None
        sv.append(S(a, b, SA, None, npa, W, ra, ca if i == 0 else "то же", {"std": SA if i == 0 else "то же", "rgl": "", "npa": npa or ""}))
    for i, (a, b) in enumerate(B_):
        sv.append(S(a, b, SB, None, None, W, rb, cb if i == 0 else "то же", {"std": SB if i == 0 else "то же", "rgl": "", "npa": ""}))
    d = _docx()
    landscape(d)
    para(d, "Приложение 1 к Правилам", align="r", size=9)
    para(d, "Информация о государственных услугах Министерства просвещения Республики Казахстан", bold=True, align="c")
    table(d, [HDR_RU] + [row_cells(i + 1, s) for i, s in enumerate(sv)], size=8)
    para(d, "\nФ.И.О. ответственного исполнителя: Оспанова Гүлнар Әбілқызы")
    para(d, "Дата: 05.02.2027 г.")
    save_docx(d, name)
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Оспанова Гүлнар Әбілқызы", "date": "2027-02-05"}}],
        ctx(A_MP, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/204", "2027-01-27", "О предоставлении информации по государственным услугам в сфере образования"),
            "store information for 15 education services, two responsible persons"),
        "appendix1_form", "ru", "docx", "15 rows, 'то же' ditto in cols 4 and 8 (resolved to the row above in the key), Kazakh letters in names")


def f14():
    """MNVO: XLSX attached, Kazakh header row above Russian one, utf-8 QP body in Kazakh and Russian."""
    name = "f14-mnvo-xlsx-kk-ru.eml"
    att = "МНВО_приложение1.xlsx"
    W = "www.gov.kz/memleket/entities/sci"
    r = R("Бекмұхамбетов Ғалым Төлеуұлы", "главный эксперт Департамента высшего и послевузовского образования", "+7 (7172) 57-41-03", "g.bekmukhambetov@sci-edu.gov.kz")
    cell = "Бекмұхамбетов Ғалым Төлеуұлы\nглавный эксперт Департамента высшего и послевузовского образования\n+7 (7172) 57-41-03\ng.bekmukhambetov@sci-edu.gov.kz"
    def st(n, d, no):
        return f"Правила оказания государственной услуги «{n}», утвержденные приказом Министра науки и высшего образования Республики Казахстан от {d} № {no}"
    items = [("01101001", "Прием документов и зачисление в высшие учебные заведения для обучения по образовательным программам высшего образования", "9 апреля 2026 года", "141", None),
             ("01101002", "Выдача дубликата документа о высшем и послевузовском образовании", "9 апреля 2026 года", "142", None),
             ("01101003", "Признание документов об образовании, выданных зарубежными организациями образования", "9 апреля 2026 года", "143", "приказ Министра науки и высшего образования Республики Казахстан от 25 ноября 2026 года № 588"),
             ("01101004", "Нострификация документов об образовании", "9 апреля 2026 года", "144", None),
             ("01101006", "Присвоение ученых званий (ассоциированный профессор (доцент), профессор)", "16 апреля 2026 года", "160", None),
             ("01101007", "Выдача лицензии на занятие образовательной деятельностью организациям высшего и послевузовского образования", "16 апреля 2026 года", "161", None),
             ("01101010", "Аккредитация субъектов научной и (или) научно-технической деятельности", "16 апреля 2026 года", "162", None)]
    sv = [S(a, b, st(b, c, d), None, e, W, r, cell) for a, b, c, d, e in items]

    def build(wb):
        from openpyxl.styles import Alignment
        ws = wb.active
        ws.title = "Лист1"
        kk = ["Р/с №", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Стандарты", "Регламенті", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы"]
        for j, v in enumerate(kk):
            ws.cell(row=2, column=j + 1, value=v)
        for j, v in enumerate(HDR_RU):
            ws.cell(row=3, column=j + 1, value=v)
        for i, s in enumerate(sv):
            vals = [i + 1, int(s["reg"]) if False else s["reg"], s["name"], s["std"], None, s["npa"], s["web"], s["cell8"]]
            for j, v in enumerate(vals):
                c = ws.cell(row=4 + i, column=j + 1, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=13, column=3, value="Орындаған / Исполнитель: Бекмұхамбетов Ғалым Төлеуұлы")
        ws.cell(row=14, column=3, value="05.02.2027")
    body = """Құрметті әріптестер!

Сіздердің 2027 жылғы 28 қаңтардағы № ЕКЦ-2027/207 хатыңызға сәйкес ақпарат жолданады.

Уважаемые коллеги!
На Ваш запрос от 28.01.2027 № ЕКЦ-2027/207 направляем информацию по форме приложения 1 (файл Excel во вложении).

С уважением,
Бекмұхамбетов Ғалым
ДВПО МНВО РК, 57-41-03

Отправлено с iPhone
"""
    root = multi("mixed", [leaf(body, "plain", "utf-8", "quoted-printable"),
                           attach(att, xlsx_bytes(build), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "rfc2231")], "Apple-Mail-3F2A91C0-7D11-4B8E")
    eml(name, ("Ғалым Бекмұхамбетов", "g.bekmukhambetov@sci-edu.gov.kz"), EKC, "Жауап / Ответ на ЕКЦ-2027/207", "Fri, 05 Feb 2027 19:47:33 +0500", root,
        "<8E1F3C22-77A0-4F3B-9E53-0C1D8B2A6F10@sci-edu.gov.kz>", extra=[("X-Mailer", "iPhone Mail (21D61)")])
    key(name, [{"part": att, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Бекмұхамбетов Ғалым Төлеуұлы", "date": "2027-02-05"}}],
        ctx(A_MNVO, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/207", "2027-01-28", "Запрос информации о государственных услугах"),
            "store information for 7 higher-education services"),
        "appendix1_form", "ru", "eml+xlsx", "Kazakh header row above the Russian one, bilingual body, RFC 2231 Cyrillic file name, Kazakh patronymic -ұлы, executor label bilingual")


def f15():
    """MKI: the form turned on its side — one field|value table per service, 5 services."""
    name = "f15-mki-forma-vertikalno.docx"
    W = "www.gov.kz/memleket/entities/mam"
    r = R("Ахметжанова Сабина Ерлановна", "главный эксперт Департамента информационной политики", "8 (7172) 74-05-63", "s.akhmetzhanova@mki.gov.kz")
    cell = "Ахметжанова Сабина Ерлановна – главный эксперт Департамента информационной политики, тел. 8 (7172) 74-05-63, s.akhmetzhanova@mki.gov.kz"
    r2 = R("Нуржанов Бекзат Айдарұлы", "эксперт Комитета культуры", "8 (7172) 74-06-11", "b.nurzhanov@mki.gov.kz")
    cell2 = "Нуржанов Бекзат Айдарұлы – эксперт Комитета культуры, тел. 8 (7172) 74-06-11, b.nurzhanov@mki.gov.kz"
    items = [("00701001", "Постановка на учет периодических печатных изданий, информационных агентств и сетевых изданий", "Правила оказания государственных услуг в сфере информации, утвержденные приказом Министра культуры и информации Республики Казахстан от 8 мая 2026 года № 190-НҚ", None, r, cell),
             ("00701002", "Выдача лицензии на деятельность по распространению теле-, радиоканалов", "Правила оказания государственных услуг в сфере информации, утвержденные приказом Министра культуры и информации Республики Казахстан от 8 мая 2026 года № 190-НҚ", "приказ Министра культуры и информации Республики Казахстан от 1 декабря 2026 года № 455-НҚ", r, cell),
             ("00701003", "Постановка на учет иностранных периодических печатных изданий, распространяемых на территории Республики Казахстан", "Правила оказания государственных услуг в сфере информации, утвержденные приказом Министра культуры и информации Республики Казахстан от 8 мая 2026 года № 190-НҚ", None, r, cell),
             ("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей", "Правила оказания государственных услуг в сфере культуры, утвержденные приказом Министра культуры и информации Республики Казахстан от 14 мая 2026 года № 201-НҚ", None, r2, cell2),
             ("00706004", "Выдача заключения об отнесении культурных ценностей к объектам, подлежащим вывозу", "Правила оказания государственных услуг в сфере культуры, утвержденные приказом Министра культуры и информации Республики Казахстан от 14 мая 2026 года № 201-НҚ", None, r2, cell2)]
    sv = [S(a, b, c, None, dd, W, rr, cc) for a, b, c, dd, rr, cc in items]
    d = _docx()
    para(d, "Приложение 1 к Правилам взаимодействия Единого контакт-центра", align="r", size=9)
    para(d, "Сведения о государственных услугах Министерства культуры и информации Республики Казахстан", bold=True, align="c")
    labels = ["№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
              "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов",
              "Интернет-ресурс, на котором размещена информация о государственной услуге", "Фамилия, имя, отчество, должность ответственного лица"]
    for i, s in enumerate(sv):
        para(d, f"{i + 1}.", bold=True)
        vals = [s["reg"], s["name"], s["std"], "—", s["npa"] or "—", s["web"], s["cell8"]]
        table(d, [[l, v] for l, v in zip(labels, vals)], header_rows=0, size=9, repeat_header=False)
    para(d, "\nФ.И.О. ответственного исполнителя: Ахметжанова Сабина Ерлановна\nДата: « 08 » февраля 2027 г.")
    save_docx(d, name)
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Ахметжанова Сабина Ерлановна", "date": "2027-02-08"}}],
        ctx(A_MKI, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/210", "2027-01-29", "О предоставлении информации по государственным услугам"),
            "store information for 5 information/culture services"),
        "appendix1_form", "ru", "docx", "form on its side: five separate two-column field|value tables, one per service, no header row")


def f16():
    """MTS: PDF form in a mail whose body is cp1251 but labelled koi8-r (wrong label)."""
    name = "f16-mts-pdf-nevernaya-kodirovka.eml"
    att = "forma_MTS_2027.pdf"
    W = "www.tsm.gov.kz"
    r = R("Жолдасбекова Мөлдір Асқарқызы", "главный эксперт Комитета индустрии туризма", "8 (7172) 74-60-27", "m.zholdasbekova@tsm.gov.kz")
    cell = "Жолдасбекова Мөлдір Асқарқызы\nглавный эксперт Комитета индустрии туризма\n8 (7172) 74-60-27\nm.zholdasbekova@tsm.gov.kz"
    r2 = R("Ибраев Нұрлан", "эксперт Комитета по делам спорта и физической культуры", "8 (7172) 74-61-50", "n.ibraev@tsm.gov.kz")
    cell2 = "Ибраев Нұрлан\nэксперт Комитета по делам спорта и физической культуры\n8 (7172) 74-61-50\nn.ibraev@tsm.gov.kz"
    S1 = "Правила оказания государственных услуг в сфере туристской деятельности, утвержденные приказом Министра туризма и спорта Республики Казахстан от 26 мая 2026 года № 131"
    S2 = "Правила оказания государственных услуг в сфере физической культуры и спорта, утвержденные приказом Министра туризма и спорта Республики Казахстан от 26 мая 2026 года № 132"
    items = [("01801001", "Выдача лицензии на туроператорскую деятельность", S1, r, cell),
             ("01801002", "Включение в реестр туристских операторов", S1, r, cell),
             ("01801003", "Аттестация гидов (гидов-переводчиков), экскурсоводов", S1, r, cell),
             ("01802001", "Присвоение спортивных званий: мастер спорта Республики Казахстан международного класса", S2, r2, cell2),
             ("01802002", "Присвоение квалификационных категорий тренерам, методистам, инструкторам-спортсменам", S2, r2, cell2),
             ("01802004", "Аккредитация республиканских и региональных спортивных федераций", S2, r2, cell2)]
    sv = [S(a, b, c, None, None, W, rr, cc) for a, b, c, rr, cc in items]

    def flow():
        from reportlab.platypus import Spacer
        f = [P("Запрос о предоставлении информации о государственной услуге", 11, True, 1), Spacer(1, 8)]
        rows = [HDR_RU, NUMS] + [[str(i + 1), s["reg"], s["name"], s["std"], "", "", s["web"], s["cell8"]] for i, s in enumerate(sv)]
        f.append(ptable(rows, [22, 52, 105, 160, 55, 55, 80, 150], header_rows=2))
        f += [Spacer(1, 12), P("Ф.И.О. ответственного исполнителя: Жолдасбекова Мөлдір Асқарқызы", 10), P("Дата: « 9 » февраля 2027 г.", 10)]
        return f
    body = """Добрый день!

Министерство туризма и спорта РК направляет информацию согласно приложению 1 к Правилам взаимодействия (ваш исх. ЕКЦ-2027/214 от 01.02.2027).
Изменений НПА за отчетный период нет.

Жолдасбекова М.А.
тел. 74-60-27
"""
    root = multi("mixed", [leaf(body, "plain", "cp1251", "8bit", "koi8-r"),
                           attach(att, pdf_bytes(flow), "application/pdf", "ascii")], "=_alt_7b91d2e0c3")
    eml(name, ("Жолдасбекова Мөлдір", "m.zholdasbekova@tsm.gov.kz"), EKC, "ЕКЦ-2027/214 ответ МТС", "Tue, 09 Feb 2027 15:22:10 +0500", root,
        "<5f2a9c1b.0e11.tsm@tsm.gov.kz>")
    key(name, [{"part": att, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Жолдасбекова Мөлдір Асқарқызы", "date": "2027-02-09"}}],
        ctx(A_MTS, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/214", "2027-02-01", "Запрос информации по приложению 1"),
            "store information for 6 tourism/sport services"),
        "appendix1_form", "ru", "eml+pdf", "body is windows-1251 but labelled koi8-r; PDF with two header rows (names + 1..8), empty cols 5–6")


def f17():
    """MChS: answer to the centre's additional request (p.10): updated Appendix 1 as DOCX, letter in body."""
    name = "f17-mchs-dop-zapros-forma.eml"
    att = "Приложение 1 (актуализ.) МЧС.docx"
    W = "www.gov.kz/memleket/entities/emer"
    r = R("Сергазин Марат Кайратович", "старший инспектор Управления государственного контроля в сфере гражданской защиты", "8 (7172) 60-21-48", "m.sergazin@emer.gov.kz")
    cell = "Сергазин Марат Кайратович\nстарший инспектор Управления государственного контроля в сфере гражданской защиты\n8 (7172) 60-21-48\nm.sergazin@emer.gov.kz"
    STD = "Правила оказания государственных услуг в сфере гражданской защиты, утвержденные приказом Министра по чрезвычайным ситуациям Республики Казахстан от 19 марта 2026 года № 88"
    NPA = "приказ Министра по чрезвычайным ситуациям Республики Казахстан от 28 декабря 2026 года № 512 «О внесении изменений в приказ от 19 марта 2026 года № 88»"
    items = [("01901001", "Аттестация негосударственных противопожарных служб"),
             ("01901002", "Выдача лицензии на деятельность по монтажу, наладке и техническому обслуживанию систем пожарной автоматики"),
             ("01901003", "Аттестация организаций на право проведения работ в области промышленной безопасности"),
             ("01901004", "Выдача разрешения на применение технологий, технических устройств, материалов на опасных производственных объектах"),
             ("01901006", "Согласование планов ликвидации аварий на опасных производственных объектах")]
    sv = [S(a, b, STD, None, NPA, W, r, cell, {"rgl": "–"}) for a, b in items]
    d = _docx()
    landscape(d)
    para(d, "Приложение 1\n(актуализированная редакция по состоянию на 10.02.2027)", align="r", size=10)
    table(d, [HDR_RU, NUMS] + [row_cells(i + 1, s) for i, s in enumerate(sv)], header_rows=2, size=8)
    para(d, "\nФ.И.О. ответственного исполнителя: Сергазин Марат Кайратович\nДата: 10.02.2027")
    body = """Единый контакт-центр

На Ваш запрос от 04.02.2027 № ЕКЦ-2027/226 о предоставлении дополнительной информации

Министерство по чрезвычайным ситуациям Республики Казахстан, рассмотрев запрос Единого контакт-центра о предоставлении дополнительной информации в связи с обращениями услугополучателей по вопросам аттестации и лицензирования в сфере гражданской защиты, в соответствии с пунктами 10 и 11 Правил взаимодействия сообщает.

С 10 января 2027 года введен в действие приказ Министра по чрезвычайным ситуациям Республики Казахстан от 28 декабря 2026 года № 512, которым изменены сроки оказания указанных услуг и перечень документов. Актуализированная информация по форме приложения 1 к Правилам прилагается.

Дополнительные разъяснения могут быть даны ответственным лицом по телефону 8 (7172) 60-21-48.

Приложение: на 2 листах.

Директор Департамента                                   Т. Ахметов

исп. Сергазин М.К.
"""
    root = multi("mixed", [leaf(body, "plain", "utf-8", "base64"),
                           attach(att, docx_bytes(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "encword")], "------------B3C0D1A9E25F7710")
    eml(name, ("МЧС РК", A_MCHS[1]), EKC, "О предоставлении дополнительной информации (на № ЕКЦ-2027/226)", "Wed, 10 Feb 2027 18:05:44 +0500", root,
        "<a1f0c3de-6b2e-4a8f-bb21-emer-0210@emer.gov.kz>", extra=[("X-Mailer", "Mozilla Thunderbird 115.8")])
    key(name, [{"part": att, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Сергазин Марат Кайратович", "date": "2027-02-10"}}],
        ctx(A_MCHS, [(s["reg"], s["name"]) for s in sv], "additional_answer",
            ("ЕКЦ-2027/226", "2027-02-04", "О предоставлении дополнительной информации (п. 10 Правил)"),
            "close the additional request with the updated Appendix 1; record a new information version"),
        "appendix1_form", "ru", "eml+docx", "answer to a p.10 additional request carrying a full updated form; letter mentions a change date but the attachment is the form")


def f18():
    """MNE: body appoints the responsible person; the form is attached (two documents)."""
    name = "f18-mne-naznachenie-i-forma.eml"
    att = "forma_prilozhenie_1.docx"
    W = "www.gov.kz/memleket/entities/economy"
    r = R("Мухамеджанова Алия Ерболовна", "главный эксперт Департамента защиты и развития конкуренции", "8 (7172) 74-27-55", "a.mukhamedzhanova@economy-min.gov.kz")
    cell = "Мухамеджанова Алия Ерболовна\nглавный эксперт Департамента защиты и развития конкуренции\n8 (7172) 74-27-55\na.mukhamedzhanova@economy-min.gov.kz"
    STD = "Правила оказания государственных услуг в сфере естественных монополий, утвержденные приказом Министра национальной экономики Республики Казахстан от 11 февраля 2026 года № 22"
    items = [("01301001", "Утверждение тарифов на регулируемые услуги субъектов естественных монополий"),
             ("01301002", "Утверждение инвестиционных программ субъектов естественных монополий"),
             ("01301003", "Включение в государственный регистр субъектов естественных монополий"),
             ("01301004", "Исключение из государственного регистра субъектов естественных монополий"),
             ("01301006", "Согласование приобретения имущества субъектом естественной монополии")]
    sv = [S(a, b, STD, None, None, W, r, cell) for a, b in items]
    d = _docx()
    landscape(d)
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    table(d, [HDR_RU] + [row_cells(i + 1, s) for i, s in enumerate(sv)], size=9)
    para(d, "\nОтветственный исполнитель: Мухамеджанова Алия Ерболовна\nДата: 11.02.2027")
    body = """Единому контакт-центру

Исх. № 03-1-11/2204 от 11.02.2027

Министерство национальной экономики Республики Казахстан на письмо Единого контакт-центра от 05.02.2027 № ЕКЦ-2027/231 сообщает, что ответственным лицом за представление информации и проведение обучения сотрудников Единого контакт-центра по государственным услугам в сфере естественных монополий назначена Мухамеджанова Алия Ерболовна, главный эксперт Департамента защиты и развития конкуренции (тел.: 8 (7172) 74-27-55, e-mail: a.mukhamedzhanova@economy-min.gov.kz).

Одновременно направляем информацию по форме приложения 1 к Правилам.

Приложение: на 1 л.

Вице-министр национальной экономики                      Д. Сарсенбаев

Исп.: Мухамеджанова А.Е., 74-27-55
"""
    root = multi("mixed", [leaf(body, "plain", "cp1251", "quoted-printable", "windows-1251"),
                           attach(att, docx_bytes(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "ascii")], "=-=-=__Q3v9Hk2x__=-=-=")
    eml(name, ("Министерство национальной экономики", A_MNE[1]), EKC, "Исх. 03-1-11/2204 о назначении ответственного лица", "Thu, 11 Feb 2027 17:40:00 +0500", root,
        "<mne.2204.20270211@economy-min.gov.kz>")
    key(name, [{"part": "body", "kind": "responsible_change", "language": "ru",
                "responsible": R("Мухамеджанова Алия Ерболовна", "главный эксперт Департамента защиты и развития конкуренции", "8 (7172) 74-27-55", "a.mukhamedzhanova@economy-min.gov.kz"),
                "previous_responsible": None},
               {"part": att, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Мухамеджанова Алия Ерболовна", "date": "2027-02-11"}}],
        ctx(A_MNE, [(s["reg"], s["name"]) for s in sv], "appointment",
            ("ЕКЦ-2027/231", "2027-02-05", "О предоставлении информации и назначении ответственного лица"),
            "record the appointed responsible person and store information v1 for 5 services"),
        "appendix1_form", "ru", "eml+docx", "two documents: appointment in the body (name in nominative after 'назначена'), form attached; cp1251 QP")


def f19():
    """NIT acting for MCRIAP: XLSX with 11 services, header on row 6 after a long title block, hidden helper column."""
    name = "f19-nit-egov-11-uslug.xlsx"
    W = "egov.kz"
    r = R("Кузнецова Марина Игоревна", "ведущий менеджер Департамента сопровождения государственных услуг АО «НИТ»", "+7 727 330 21 45", "m.kuznetsova@nitec-kz.kz")
    cell = "Кузнецова Марина Игоревна\nведущий менеджер Департамента сопровождения государственных услуг АО «НИТ»\n+7 727 330 21 45\nm.kuznetsova@nitec-kz.kz"
    r2 = R("Абдрахманов Ержан Маратович", "главный менеджер Департамента сопровождения государственных услуг АО «НИТ»", "+7 727 330 21 47", "e.abdrakhmanov@nitec-kz.kz")
    cell2 = "Абдрахманов Ержан Маратович\nглавный менеджер Департамента сопровождения государственных услуг АО «НИТ»\n+7 727 330 21 47\ne.abdrakhmanov@nitec-kz.kz"
    STD = "Правила оказания государственных услуг посредством веб-портала «электронного правительства», утвержденные приказом Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 30 июня 2026 года № 212/НҚ"
    items = [("01603001", "Выдача справки о пенсионных отчислениях", r, cell),
             ("01603002", "Выдача справки о социальных отчислениях", r, cell),
             ("01603003", "Выдача справки о регистрации (перерегистрации) юридического лица", r, cell),
             ("01603004", "Выдача справки о месте регистрации", r, cell),
             ("01603005", "Выдача адресной справки", r, cell),
             ("01603006", "Выдача справки о наличии личного подсобного хозяйства", r, cell),
             ("01603007", "Выдача справки о зарегистрированных правах на недвижимое имущество (онлайн)", r2, cell2),
             ("01603008", "Выдача справки о постановке на учет в качестве нуждающегося в жилище", r2, cell2),
             ("01603009", "Уведомление о начале деятельности в качестве индивидуального предпринимателя", r2, cell2),
             ("01603010", "Уведомление о прекращении деятельности в качестве индивидуального предпринимателя", r2, cell2),
             ("01603011", "Выдача справки о наличии либо отсутствии судимости (онлайн)", r2, cell2)]
    sv = [S(a, b, STD, None, None, W, rr, cc) for a, b, rr, cc in items]

    def build(wb):
        from openpyxl.styles import Alignment, Font
        ws = wb.active
        ws.title = "Приложение 1"
        ws["A1"] = "АО «Национальные информационные технологии»"
        ws["A2"] = "по поручению Министерства цифрового развития, инноваций и аэрокосмической промышленности РК (письмо от 01.02.2027 № 14-1/611)"
        ws.merge_cells("A4:H4")
        ws["A4"] = "ЗАПРОС О ПРЕДОСТАВЛЕНИИ ИНФОРМАЦИИ О ГОСУДАРСТВЕННОЙ УСЛУГЕ"
        ws["A4"].font = Font(bold=True)
        for j, h in enumerate(HDR_RU):
            ws.cell(row=6, column=j + 1, value=h)
        ws.cell(row=6, column=9, value="служ.")
        for i, s in enumerate(sv):
            vals = [f"{i + 1}.", s["reg"], s["name"], s["std"] if i == 0 else "\u2033", "-", "-", s["web"], s["cell8"], "ok"]
            for j, v in enumerate(vals):
                ws.cell(row=7 + i, column=j + 1, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions["I"].hidden = True
        ws["B20"] = "Ф.И.О. ответственного исполнителя: Кузнецова Марина Игоревна"
        ws["B21"] = "Дата: 12.02.2027"
    write(name, xlsx_bytes(build))
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Кузнецова Марина Игоревна", "date": "2027-02-12"}}],
        ctx(A_NIT, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/219", "2027-02-02", "Запрос информации по государственным услугам портала электронного правительства"),
            "store information for 11 e-gov portal services"),
        "appendix1_form", "ru", "xlsx", "title block above the header (row 6), ditto mark ″ in col 4 for rows 2–11, hidden helper column I, numbers as '1.'")


def f20():
    """MVRI: DOCX with some empty cells (no website for two services), ditto -"- in col 4."""
    name = "f20-mvri-forma-pustye-yacheiki.docx"
    W = "www.gov.kz/memleket/entities/water"
    r = R("Тұрсынбаев Еркебұлан Маратұлы", "главный эксперт Комитета по регулированию использования водных ресурсов", "+7 (7172) 79-34-12", "e.tursynbaev@water-min.gov.kz")
    cell = "Тұрсынбаев Еркебұлан Маратұлы\nглавный эксперт Комитета по регулированию использования водных ресурсов\n+7 (7172) 79-34-12\ne.tursynbaev@water-min.gov.kz"
    STD = "Правила оказания государственных услуг в сфере водных отношений, утвержденные приказом Министра водных ресурсов и ирригации Республики Казахстан от 7 июля 2026 года № 119"
    items = [("02001001", "Выдача разрешения на специальное водопользование", W),
             ("02001002", "Согласование размещения предприятий и других сооружений, а также условий производства строительных и других работ на водных объектах", W),
             ("02001003", "Выдача разрешения на бурение скважин для забора подземных вод", None),
             ("02001004", "Согласование проектной документации на строительство водохозяйственных сооружений", None),
             ("02001005", "Выдача заключения об установлении водоохранных зон и полос", W),
             ("02001006", "Включение в реестр водопользователей", W)]
    sv = []
    for i, (a, b, w) in enumerate(items):
        c = {"rgl": "", "npa": ""}
        if i:
            c["std"] = '-"-'
        if w is None:
            c["web"] = ""
        sv.append(S(a, b, STD, None, None, w, r, cell, c))
    d = _docx()
    landscape(d)
    para(d, "Министерство водных ресурсов и ирригации Республики Казахстан", bold=True, align="c")
    para(d, "Информация по государственным услугам (по форме приложения 1 к Правилам взаимодействия ЕКЦ)", align="c")
    table(d, [HDR_RU] + [row_cells(i + 1, s) for i, s in enumerate(sv)], size=8)
    para(d, "\nФ.И.О. ответственного исполнителя: Тұрсынбаев Еркебұлан Маратұлы")
    para(d, "Дата: 15 февраля 2027 года")
    para(d, "* Информация по услугам 3 и 4 размещается на интернет-ресурсе после утверждения новой редакции Правил.", size=8, italic=True)
    save_docx(d, name)
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Тұрсынбаев Еркебұлан Маратұлы", "date": "2027-02-15"}}],
        ctx(A_MVRI, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/233", "2027-02-08", "О предоставлении информации по государственным услугам в сфере водных отношений"),
            "store information for 6 water services; two without a web address"),
        "appendix1_form", "ru", "docx", "ditto -\"- in col 4 (resolved), empty website cells for two services (null), footnote under the table")


def f21():
    """MTI: PDF over two pages, 18 services, header repeated on page 2."""
    name = "f21-mti-18-uslug.pdf"
    W = "www.mti-min.gov.kz"
    ra = R("Ержанова Камила Бахытовна", "главный эксперт Департамента развития внутренней торговли", "8 (7172) 74-91-26", "k.erzhanova@mti-min.gov.kz")
    ca = "Ержанова Камила Бахытовна\nглавный эксперт Департамента развития внутренней торговли\n8 (7172) 74-91-26\nk.erzhanova@mti-min.gov.kz"
    rb = R("Галиев Руслан Тимурович", "эксперт Комитета технического регулирования и метрологии", "8 (7172) 74-92-03", "r.galiev@mti-min.gov.kz")
    cb = "Галиев Руслан Тимурович\nэксперт Комитета технического регулирования и метрологии\n8 (7172) 74-92-03\nr.galiev@mti-min.gov.kz"
    S1 = "Правила оказания государственных услуг в сфере торговой деятельности, утвержденные приказом Министра торговли и интеграции Республики Казахстан от 3 апреля 2026 года № 104-НҚ"
    S2 = "Правила оказания государственных услуг в сфере технического регулирования и метрологии, утвержденные приказом Министра торговли и интеграции Республики Казахстан от 3 апреля 2026 года № 105-НҚ"
    N1 = "приказ Министра торговли и интеграции Республики Казахстан от 6 января 2027 года № 2-НҚ"
    A_ = ["Выдача лицензии на экспорт и импорт товаров", "Выдача разрешения на временный вывоз товаров",
          "Выдача сертификата о происхождении товара формы «СТ-1»", "Выдача сертификата о происхождении товара формы «А»",
          "Выдача лицензии на деятельность по хранению зерна", "Выдача заключения о соответствии товаров требованиям для биржевой торговли",
          "Включение в реестр субъектов, осуществляющих электронную торговлю", "Выдача разрешения на проведение ярмарок международного уровня",
          "Регистрация торговых представительств иностранных государств"]
    B_ = ["Выдача сертификата соответствия в системе ГОСТ Р", "Аккредитация поверочных лабораторий",
          "Внесение сведений в реестр государственной системы обеспечения единства измерений", "Выдача заключения о соответствии маркировки товаров",
          "Регистрация технических условий", "Признание результатов испытаний иностранных лабораторий",
          "Выдача разрешения на применение знака соответствия", "Утверждение методик выполнения измерений",
          "Выдача аттестата аккредитации органа инспекции"]
    sv = []
    for i, n in enumerate(A_):
        sv.append(S(f"021010{i + 1:02d}", n, S1, None, N1 if i in (0, 1) else None, W, ra, ca))
    for i, n in enumerate(B_):
        sv.append(S(f"021020{i + 1:02d}", n, S2, None, None, W, rb, cb))

    def flow():
        from reportlab.platypus import Spacer
        f = [P("Министерство торговли и интеграции Республики Казахстан", 10, True, 1),
             P("Запрос о предоставлении информации о государственной услуге", 11, True, 1), Spacer(1, 6)]
        rows = [HDR_RU] + [[str(i + 1), s["reg"], s["name"], s["std"], "-", s["npa"] or "-", s["web"], s["cell8"]] for i, s in enumerate(sv)]
        f.append(ptable(rows, [20, 48, 110, 160, 40, 90, 75, 150], size=7))
        f += [Spacer(1, 12), P("Ф.И.О. ответственного исполнителя: Галиев Руслан Тимурович", 9), P("Дата: 16.02.2027", 9)]
        return f
    write(name, pdf_bytes(flow))
    key(name, [{"part": name, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Галиев Руслан Тимурович", "date": "2027-02-16"}}],
        ctx(A_MTI, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/236", "2027-02-09", "О предоставлении информации по форме приложения 1"),
            "store information for 18 trade/technical-regulation services"),
        "appendix1_form", "ru", "pdf", "18 rows over several pages with the header repeated on each page")


def f22():
    """NCELS: the form inside a ZIP attached to a mail (the member is the document)."""
    import zipfile
    name = "f22-ncels-zip-vlozhenie.eml"
    member = "Forma_EKC_NCELS.docx"
    W = "www.ndda.kz"
    r = R("Нам Виктория Сергеевна", "начальник отдела методологии и государственных услуг", "+7 7172 78-99-14", "v.nam@ndda-kz.kz")
    cell = "Нам Виктория Сергеевна, начальник отдела методологии и государственных услуг\n+7 7172 78-99-14\nv.nam@ndda-kz.kz"
    STD = "Правила оказания государственных услуг в сфере обращения лекарственных средств и медицинских изделий, утвержденные приказом Министра здравоохранения Республики Казахстан от 6 марта 2026 года № ҚР ДСМ-35"
    items = [("00503001", "Государственная регистрация лекарственного средства"),
             ("00503002", "Перерегистрация лекарственного средства"),
             ("00503003", "Внесение изменений в регистрационное досье лекарственного средства"),
             ("00503004", "Государственная регистрация медицинского изделия"),
             ("00503006", "Выдача заключения о безопасности и качестве лекарственного средства")]
    sv = [S(a, b, STD, None, None, W, r, cell) for a, b in items]
    d = _docx()
    landscape(d)
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    table(d, [HDR_RU, NUMS] + [row_cells(i + 1, s) for i, s in enumerate(sv)], header_rows=2, size=8)
    para(d, "\nФ.И.О. ответственного исполнителя: Нам Виктория Сергеевна\nДата: 17.02.2027")
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(member, docx_bytes(d))
    body = """Здравствуйте.
Во вложении архив с заполненной формой (почтовый сервер РГП не пропускает docx без архивации).
Запрос ЕКЦ-2027/239.

--
Нам В.С.
РГП на ПХВ «НЦЭЛС» МЗ РК
"""
    root = multi("mixed", [leaf(body, "plain", "utf-8", "8bit"), attach("Forma_EKC.zip", zb.getvalue(), "application/zip", "ascii")], "zzNCELS0217")
    eml(name, ("Нам Виктория", "v.nam@ndda-kz.kz"), EKC, "Форма ЕКЦ (НЦЭЛС)", "Wed, 17 Feb 2027 10:12:00 +0500", root, "<ncels-20270217-1012@ndda-kz.kz>")
    key(name, [{"part": member, "kind": "appendix1_form", "language": "ru", "services": [svc_key(s) for s in sv],
                "executor": {"full_name": "Нам Виктория Сергеевна", "date": "2027-02-17"}}],
        ctx(A_NCELS, [(s["reg"], s["name"]) for s in sv], "information",
            ("ЕКЦ-2027/239", "2027-02-10", "Запрос информации о государственных услугах"),
            "store information for 5 medicines-registration services"),
        "appendix1_form", "ru", "eml+zip(docx)", "form is a member of a ZIP attachment; short surname 'Нам' (Korean)")


# =============================================================== APPOINTMENTS (p.5)
def rc_key(part, resp, prev=None, services=None, eff=None, lang="ru"):
    d = {"part": part, "kind": "responsible_change", "language": lang, "responsible": resp, "previous_responsible": prev}
    if services is not None:
        d["services"] = [{"registry_number": r} for r in services]
    if eff is not None:
        d["effective_date"] = eff
    return d


def a01():
    name = "a01-kazn-naznachenie-cp1251.eml"
    svc = [("02201001", "Регистрация договоров (дополнительных соглашений) государственных учреждений в органах казначейства"),
           ("02201002", "Выдача выписки с лицевого счета получателя бюджетных средств")]
    body = """КОМИТЕТ КАЗНАЧЕЙСТВА
МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН

010000, г. Астана, ул. Бейбітшілік, 11
тел.: 8 (7172) 71-77-00

Исх. № КК-06-2/318 от 22.01.2027

                                        Единый контакт-центр
                                        по вопросам оказания
                                        государственных услуг

        На Ваше письмо от 19 января 2027 года № ЕКЦ-2027/166 Комитет казначейства Министерства финансов Республики Казахстан сообщает следующее.

        Во исполнение пункта 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг с центральными государственными органами, местными исполнительными органами, а также услугодателями, утвержденных приказом и.о. Министра по инвестициям и развитию Республики Казахстан от 18 февраля 2015 года № 130, ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственным услугам «Регистрация договоров (дополнительных соглашений) государственных учреждений в органах казначейства» (№ 02201001) и «Выдача выписки с лицевого счета получателя бюджетных средств» (№ 02201002) определена главный эксперт Управления методологии казначейского исполнения бюджета Байжанова Гульнара Маратовна.

        Контактные данные: тел. 8 (7172) 71-77-46, электронный адрес g.baizhanova@minfin-kz.gov.kz.

        Информация по форме приложения 1 к Правилам будет представлена в установленный срок.


Заместитель Председателя                                    Е. Тулегенов


Исп.: Байжанова Г.М.
тел.: 71-77-46
"""
    root = leaf(body, "plain", "cp1251", "8bit", "windows-1251")
    eml(name, ("Комитет казначейства МФ РК", A_KAZN[1]), EKC, "На № ЕКЦ-2027/166 от 19.01.2027", "Fri, 22 Jan 2027 12:17:35 +0500", root,
        "<KK-06-2-318@minfin-kz.gov.kz>", subj_charset="windows-1251")
    key(name, [rc_key("body", R("Байжанова Гульнара Маратовна", "главный эксперт Управления методологии казначейского исполнения бюджета", "8 (7172) 71-77-46", "g.baizhanova@minfin-kz.gov.kz"),
                      None, [s[0] for s in svc])],
        ctx(A_KAZN, svc, "appointment", ("ЕКЦ-2027/166", "2027-01-19", "О предоставлении информации о государственных услугах"),
            "record Baizhanova as responsible for both services; appointment step done"),
        "responsible_change (appointment)", "ru", "eml", "cp1251 8bit, heavy letterhead, position placed before the name, contacts in a separate paragraph")


def a02():
    name = "a02-krs-minjust-naznachenie.docx"
    svc = [("00101021", "Государственная регистрация залога транспортных средств"), ("00101022", "Выдача справки о наличии или отсутствии залога")]
    d = _docx()
    para(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІНІҢ ТІРКЕУ ҚЫЗМЕТІ КОМИТЕТІ", bold=True, align="c", size=10)
    para(d, "КОМИТЕТ РЕГИСТРАЦИОННОЙ СЛУЖБЫ МИНИСТЕРСТВА ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=10)
    para(d, "_______________ № _______________\n26.01.2027                     № 7-1/184", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "Комитет регистрационной службы Министерства юстиции Республики Казахстан, рассмотрев письмо Единого контакт-центра о назначении ответственного лица, сообщает, что ответственным за взаимодействие с Единым контакт-центром, в том числе за представление информации по форме приложения 1 и проведение обучения, по государственным услугам № 00101021 и № 00101022 определен главный эксперт Управления регистрации движимого имущества Ерланов Ерлан.", align="j")
    para(d, "Телефон: +7 (7172) 58-01-77\nE-mail: e.erlanov@adilet.gov.kz")
    para(d, "\nПредседатель Комитета                                           Н. Алдабергенов")
    para(d, "\n\nОрындаған: Ерланов Е.\nТел.: 58-01-77", size=8)
    save_docx(d, name)
    key(name, [rc_key(name, R("Ерланов Ерлан", "главный эксперт Управления регистрации движимого имущества", "+7 (7172) 58-01-77", "e.erlanov@adilet.gov.kz"), None, [s[0] for s in svc])],
        ctx(A_KRS, svc, "appointment", None, "record Erlanov as responsible for the two pledge-registration services"),
        "responsible_change (appointment)", "ru", "docx", "no patronymic; bilingual letterhead; 'Орындаған' executor line is not the appointee's position; our letter not quoted by number")


def a03():
    name = "a03-kap-mvd-outlook-html.eml"
    svc = [("00602003", "Выдача лицензии на оборот гражданского оружия"), ("00602004", "Выдача разрешения на хранение и ношение оружия"),
           ("00602007", "Выдача лицензии на охранную деятельность")]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Единый контакт-центр<o:p></o:p></p>
<p class=MsoNormal>&nbsp;<o:p></o:p></p>
<p class=MsoNormal>На исх. № ЕКЦ-2027/177 от 20.01.2027<o:p></o:p></p>
<p class=MsoNormal>&nbsp;<o:p></o:p></p>
<p class=MsoNormal style='text-align:justify;text-indent:35.4pt'>Комитет административной полиции МВД Республики Казахстан сообщает, что ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственным услугам в сфере контроля за оборотом гражданского оружия и охранной деятельности (реестровые номера 00602003, 00602004, 00602007) назначен старший инспектор по особым поручениям Управления лицензионно-разрешительной работы подполковник полиции <b>Сейтжанов Асылбек Қанатұлы</b>.<o:p></o:p></p>
<p class=MsoNormal style='text-indent:35.4pt'>Служебный телефон: 8 (7172) 72-25-61, e-mail: <a href="mailto:A.Seitzhanov@mvd.gov.kz">A.Seitzhanov@mvd.gov.kz</a>.<o:p></o:p></p>
<p class=MsoNormal>&nbsp;<o:p></o:p></p>
<p class=MsoNormal><b>Начальник управления&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Д. Мусабеков</b><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:8.0pt'>Исп. Ахметова Л., 72-25-10</span><o:p></o:p></p>
</div></body></html>"""
    root = leaf(html.replace("Қ", "&#1178;").replace("ұ", "&#1201;"), "html", "koi8-r", "quoted-printable")
    eml(name, ("УЛРР КАП МВД", A_KAP[1]), EKC, "ответ на ЕКЦ-2027/177", "Mon, 25 Jan 2027 09:31:02 +0500", root,
        "<E1B2C3D4F5.kap@mvd.gov.kz>", extra=[("X-Mailer", "Microsoft Outlook 15.0")])
    key(name, [rc_key("body", R("Сейтжанов Асылбек Қанатұлы", "старший инспектор по особым поручениям Управления лицензионно-разрешительной работы", "8 (7172) 72-25-61", "a.seitzhanov@mvd.gov.kz"), None, [s[0] for s in svc])],
        ctx(A_KAP, svc, "appointment", ("ЕКЦ-2027/177", "2027-01-20", "О назначении ответственного лица"),
            "record Seitzhanov as responsible for three weapons/security services"),
        "responsible_change (appointment)", "ru", "eml (HTML)", "koi8-r HTML with Kazakh letters as numeric entities, police rank between position and name, executor of the letter is a different person")


def a04():
    name = "a04-ksek-naznachenie.txt"
    svc = [("00504002", "Выдача санитарно-эпидемиологического заключения о соответствии объекта высокой эпидемической значимости"),
           ("00504005", "Выдача разрешения на ввоз продукции, подлежащей государственной регистрации")]
    text = """Исх. № 02-14/1-603 от 27.01.2027

Единый контакт-центр по вопросам оказания государственных услуг

Комитет санитарно-эпидемиологического контроля Министерства здравоохранения Республики Казахстан в ответ на Ваш запрос № ЕКЦ-2027/181 от 21 января 2027 г. сообщает.

Ответственным лицом за взаимодействие с Единым контакт-центром по государственным услугам № 00504002 и № 00504005 назначен Ермеков Талгат Булатович, главный эксперт Управления государственной регистрации продукции, тел.: 8 (7172) 74-15-83, e-mail: t.ermekov@dsm.gov.kz.

На период отсутствия Ермекова Т.Б. (отпуск, командировка) его обязанности исполняет эксперт того же управления Сулейменова Арайлым, тел. 8 (7172) 74-15-84.

Заместитель Председателя                   А. Жунусова

Исп. Ермеков Т.Б.
"""
    write_text(name, text)
    key(name, [rc_key(name, R("Ермеков Талгат Булатович", "главный эксперт Управления государственной регистрации продукции", "8 (7172) 74-15-83", "t.ermekov@dsm.gov.kz"), None, [s[0] for s in svc])],
        ctx(A_KSEC, svc, "appointment", ("ЕКЦ-2027/181", "2027-01-21", "О назначении ответственного лица за представление информации"),
            "record Ermekov as responsible; the deputy is only a stand-in"),
        "responsible_change (appointment)", "ru", "txt", "a substitute person named after the appointee (not the responsible one), genitive 'Ермекова Т.Б.' in the same letter")


def a05():
    name = "a05-mid-naznachenie.pdf"
    svc = [("00001001", "Истребование документов с территории иностранных государств"), ("00001002", "Консульская легализация документов")]
    def flow():
        from reportlab.platypus import Spacer
        return [P("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ СЫРТҚЫ ІСТЕР МИНИСТРЛІГІ", 10, True, 1), P("МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН", 10, True, 1),
                P("010000, г. Астана, ул. Кунаева, 31", 8, align=1), Spacer(1, 14),
                P("28.01.2027 № 12-2/1-0877", 10), Spacer(1, 8), P("Единый контакт-центр", 11, align=2), Spacer(1, 14),
                P("На № ЕКЦ-2027/183 от 21.01.2027", 10), Spacer(1, 8),
                P("Министерство иностранных дел Республики Казахстан, рассмотрев Ваше письмо, сообщает, что ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственным услугам «Истребование документов с территории иностранных государств» и «Консульская легализация документов» назначен первый секретарь Консульского департамента Жақыпов Дәурен Серікұлы (тел. +7 (7172) 72-04-91, e-mail: d.zhakypov@mfa-kz.gov.kz).", 11, lead=16),
                Spacer(1, 24), P("Директор Консульского департамента                     А. Калиев", 11), Spacer(1, 40),
                P("Исп.: Жақыпов Д.С.\nТел.: 72-04-91", 8)]
    write(name, pdf_bytes(flow, land=False))
    key(name, [rc_key(name, R("Жақыпов Дәурен Серікұлы", "первый секретарь Консульского департамента", "+7 (7172) 72-04-91", "d.zhakypov@mfa-kz.gov.kz"), None)],
        ctx(A_MID, svc, "appointment", ("ЕКЦ-2027/183", "2027-01-21", "О назначении ответственного лица"),
            "record Zhakypov as responsible for the two consular services"),
        "responsible_change (appointment)", "ru", "pdf", "services named only by title (no registry numbers), Kazakh letters in the name, diplomatic rank as position")


def a06():
    name = "a06-kds-koi8-naznachenie.eml"
    svc = [("01203001", "Выдача лицензии на изыскательскую деятельность"), ("01203002", "Выдача лицензии на проектную деятельность"),
           ("01203003", "Выдача лицензии на строительно-монтажные работы"), ("01203005", "Аттестация экспертов, осуществляющих техническую экспертизу проектов")]
    body = """Уважаемые коллеги!

Сообщаем, что приказом Председателя Комитета по делам строительства и ЖКХ МПС РК от 26.01.2027 N 31-нк ответственным за представление информации и проведение обучения сотрудников ЕКЦ по государственным услугам в сфере архитектурной, градостроительной и строительной деятельности (NN 01203001, 01203002, 01203003, 01203005) назначена

    Воробьева Елена Анатольевна,
    главный эксперт Управления лицензирования и аттестации,
    тел. 8 (7172) 24-08-70, моб. 8 701 555 38 12,
    e-mail: e.vorobyeva@mps.gov.kz

С уважением,
Канцелярия КДСЖКХ
"""
    root = leaf(body, "plain", "koi8-r", "8bit")
    eml(name, ("КДСЖКХ МПС РК", A_KDS[1]), EKC, "О назначении ответственного лица (ЕКЦ-2027/185)", "Wed, 27 Jan 2027 14:48:19 +0500", root,
        "<20270127094819.GA10477@mps.gov.kz>", subj_charset="koi8-r")
    key(name, [rc_key("body", R("Воробьева Елена Анатольевна", "главный эксперт Управления лицензирования и аттестации", "8 (7172) 24-08-70", "e.vorobyeva@mps.gov.kz"), None, [s[0] for s in svc])],
        ctx(A_KDS, svc, "appointment", ("ЕКЦ-2027/185", "2027-01-21", "О назначении ответственного лица"),
            "record Vorobyeva as responsible for four construction-licensing services"),
        "responsible_change (appointment)", "ru", "eml", "koi8-r, two phones (office and mobile) — key keeps the first, registry numbers as 'NN' list (koi8-r has no №), the internal order date is not the effective date")


def a07():
    name = "a07-klh-otvet-s-citatoi.eml"
    svc = [("01702001", "Выдача разрешения на пользование животным миром"), ("01702003", "Выдача лесорубочного и лесного билета")]
    body = """Добрый день!

Ответственным лицом по указанным услугам от Комитета лесного хозяйства и животного мира назначен главный специалист Управления охотничьего хозяйства и рыболовства Алтынбеков Жандос Муратович, тел. 8 (7172) 74-08-22, эл. почта zh.altynbekov@ecogeo.gov.kz.
Назначение действует с 1 февраля 2027 года.

С уважением,
Управление делами КЛХЖМ

чт, 21 янв. 2027 г. в 16:02, Единый контакт-центр <info@ekc.gov.kz>:
> Уважаемые коллеги!
>
> В соответствии с пунктом 4 Правил взаимодействия Единого контакт-центра просим в течение трех рабочих дней назначить ответственное лицо за представление информации и проведение обучения по государственным услугам:
> 01702001 «Выдача разрешения на пользование животным миром»;
> 01702003 «Выдача лесорубочного и лесного билета».
>
> Ранее ответственным лицом по услугам Комитета являлся Нургожин Б.К. (письмо от 2026 года), просим подтвердить или указать нового.
>
> С уважением,
> Единый контакт-центр
> исх. № ЕКЦ-2027/179
"""
    root = leaf(body, "plain", "utf-8", "quoted-printable")
    eml(name, ("КЛХЖМ", A_KLH[1]), EKC, "Re: [EKC-2027/179] Назначение ответственного лица", "Tue, 26 Jan 2027 11:20:44 +0500", root,
        "<CAF7c1x9Q+Ld=klh0126@mail.gmail.com>", extra=[("In-Reply-To", "<ekc-2027-179@ekc.gov.kz>"), ("References", "<ekc-2027-179@ekc.gov.kz>")])
    key(name, [rc_key("body", R("Алтынбеков Жандос Муратович", "главный специалист Управления охотничьего хозяйства и рыболовства", "8 (7172) 74-08-22", "zh.altynbekov@ecogeo.gov.kz"), None, None, "2027-02-01")],
        ctx(A_KLH, svc, "appointment", ("ЕКЦ-2027/179", "2027-01-21", "Назначение ответственного лица"),
            "record Altynbekov as responsible from 2027-02-01"),
        "responsible_change (appointment)", "ru", "eml", "our quoted request below names another (former) person and the registry numbers; only the reply text names the appointee; effective date stated")


def a08():
    name = "a08-kgeo-pismo-vo-vlozhenii.eml"
    att = "Письмо в ЕКЦ о назначении.docx"
    svc = [("01204011", "Выдача лицензии на геологическое изучение недр"), ("01204012", "Выдача лицензии на добычу твердых полезных ископаемых"),
           ("01204014", "Выдача разрешения на проведение операций по добыче подземных вод")]
    d = _docx()
    para(d, "КОМИТЕТ ГЕОЛОГИИ\nМИНИСТЕРСТВА ПРОМЫШЛЕННОСТИ И СТРОИТЕЛЬСТВА\nРЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=10)
    para(d, "29.01.2027 № 27-5-2/401", size=10)
    para(d, "Единый контакт-центр\nпо вопросам оказания государственных услуг", align="r")
    para(d, "О назначении ответственного лица", bold=True)
    para(d, "На Ваше письмо № ЕКЦ-2027/187 от 22.01.2027 года Комитет геологии Министерства промышленности и строительства Республики Казахстан сообщает.", align="j")
    para(d, "Ответственным за предоставление информации и проведение обучения по государственным услугам, указанным в Вашем письме, назначен:", align="j")
    table(d, [["ФИО", "Должность", "Телефон", "E-mail"],
              ["Кенжебаев Нурлан Айтбаевич", "главный эксперт Управления недропользования", "8 (7172) 39-15-07", "n.kenzhebaev@mps.gov.kz"]], size=10, repeat_header=False)
    para(d, "\nИ.о. Председателя                                           М. Токтаров")
    para(d, "\nИсп. Кенжебаев Н.А.", size=8)
    root = multi("mixed", [leaf("Добрый день. Письмо во вложении.\n\nКанцелярия Комитета геологии\n", "plain", "utf-8", "8bit"),
                           attach(att, docx_bytes(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "encword")], "geo_0129_b")
    eml(name, ("Комитет геологии", A_KGEO[1]), EKC, "исх. 27-5-2/401", "Fri, 29 Jan 2027 16:55:00 +0500", root, "<kgeo-401-20270129@mps.gov.kz>")
    key(name, [rc_key(att, R("Кенжебаев Нурлан Айтбаевич", "главный эксперт Управления недропользования", "8 (7172) 39-15-07", "n.kenzhebaev@mps.gov.kz"), None)],
        ctx(A_KGEO, svc, "appointment", ("ЕКЦ-2027/187", "2027-01-22", "О назначении ответственного лица"),
            "record Kenzhebaev as responsible for the geology services of our letter"),
        "responsible_change (appointment)", "ru", "eml+docx", "near-empty body, the letter is the attachment; the person is given as a small table (ФИО | Должность | Телефон | E-mail); services only 'указанным в Вашем письме'")


def a09():
    name = "a09-kazgidromet-kk-ru-html.eml"
    svc = [("01703001", "Предоставление информации о фактической погоде и прогнозах погоды по запросу"), ("01703002", "Выдача справок о гидрометеорологических условиях")]
    html = """<div dir="ltr"><div>Құрметті әріптестер!</div><div><br></div>
<div>«Қазгидромет» РМК Сіздердің 2027 жылғы 25 қаңтардағы № ЕКЦ-2027/196 хатыңызға жауап ретінде мынаны хабарлайды.</div><div><br></div>
<div>Уважаемые коллеги!</div>
<div>РГП «Казгидромет» сообщает, что ответственным лицом за взаимодействие с Единым контакт-центром по государственным услугам 01703001 и 01703002 с 02.02.2027 определен инженер-синоптик 1 категории Отдела обслуживания потребителей Мусабаев Даулет Ерикович.</div>
<div>Тел.: +7 (7172) 79-83-15</div><div>E-mail: <a href="mailto:d.musabaev@meteo-kz.kz">d.musabaev@meteo-kz.kz</a></div><div><br></div>
<div>С уважением,</div><div>Отдел документооборота РГП «Казгидромет»</div>
<div><img src="cid:logo01" alt="Казгидромет"></div></div>"""
    root = multi("alternative", [leaf(re.sub("<[^>]+>", "", html.replace("</div>", "\n")), "plain", "utf-8", "base64"),
                                 leaf(html, "html", "utf-8", "base64")], "000000000000a1b2c3d4e5f60617")
    eml(name, ("РГП Казгидромет", A_KAZH[1]), EKC, "ЕКЦ-2027/196 / жауап", "Mon, 01 Feb 2027 10:05:55 +0500", root, "<CAK3hmg0x1e2=meteo@mail.gmail.com>")
    key(name, [rc_key("body", R("Мусабаев Даулет Ерикович", "инженер-синоптик 1 категории Отдела обслуживания потребителей", "+7 (7172) 79-83-15", "d.musabaev@meteo-kz.kz"), None, [s[0] for s in svc], "2027-02-02")],
        ctx(A_KAZH, svc, "appointment", ("ЕКЦ-2027/196", "2027-01-25", "О назначении ответственного лица"),
            "record Musabaev as responsible from 2027-02-02"),
        "responsible_change (appointment)", "ru", "eml (alternative)", "Kazakh paragraph first then Russian, effective date inside the sentence, HTML with <div> lines and a cid image")


def a10():
    name = "a10-fsms-cp1251.txt"
    svc = [("00505001", "Выдача справки о статусе застрахованного лица в системе обязательного социального медицинского страхования")]
    text = """НАО «Фонд социального медицинского страхования»
г. Астана, ул. Сыганак, 15

№ 01-05/1207 от 02.02.2027

Единому контакт-центру

О направлении сведений об ответственном лице

В ответ на письмо Единого контакт-центра № ЕКЦ-2027/199 от 25 января 2027 года НАО «Фонд социального медицинского страхования» сообщает, что ответственным лицом по государственной услуге «Выдача справки о статусе застрахованного лица в системе обязательного социального медицинского страхования» (00505001) назначен:

Ф.И.О.: Утебаева Сауле Кенесовна
Должность: главный менеджер Департамента по работе с потребителями
Тел.: 8 (7172) 91-10-34
E-mail: s.utebaeva@fsms-kz.kz

Директор Департамента по работе с потребителями        Г. Рахимова
"""
    write_text(name, text, "cp1251")
    key(name, [rc_key(name, R("Утебаева Сауле Кенесовна", "главный менеджер Департамента по работе с потребителями", "8 (7172) 91-10-34", "s.utebaeva@fsms-kz.kz"), None, [s[0] for s in svc])],
        ctx(A_FSMS, svc, "appointment", ("ЕКЦ-2027/199", "2027-01-25", "О назначении ответственного лица"),
            "record Utebaeva as responsible for the OSMS status certificate service"),
        "responsible_change (appointment)", "ru", "txt", "the text file itself is windows-1251, not UTF-8; labelled fields; 'назначен' masculine for a woman")


def a11():
    name = "a11-minoborony-kk.eml"
    svc = [("00901101", "Әскери міндеттілерді әскери есепке қою"), ("00901102", "Әскери қызмет өткергені туралы анықтама беру")]
    body = """Бірыңғай байланыс орталығына

Қазақстан Республикасы Қорғаныс министрлігі Сіздің 2027 жылғы 26 қаңтардағы № ЕКЦ-2027/200 хатыңызды қарап, мынаны хабарлайды.

00901101 және 00901102 мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға болып Ұйымдастыру-жұмылдыру департаментінің бас сарапшысы Сәрсенбаев Арман Бақытұлы тағайындалды.

Байланыс телефоны: 8 (7172) 57-33-18
Электрондық пошта: a.sarsenbayev@mod-kz.gov.kz

Департамент директоры                          Қ. Әлиев

Орынд.: Сәрсенбаев А.Б.
"""
    root = leaf(body, "plain", "utf-8", "base64")
    eml(name, ("ҚР Қорғаныс министрлігі", A_MO[1]), EKC, "№ ЕКЦ-2027/200 хатқа жауап", "Wed, 03 Feb 2027 09:00:12 +0500", root, "<mod-kk-0203-0900@mod-kz.gov.kz>")
    key(name, [rc_key("body", R("Сәрсенбаев Арман Бақытұлы", "Ұйымдастыру-жұмылдыру департаментінің бас сарапшысы", "8 (7172) 57-33-18", "a.sarsenbayev@mod-kz.gov.kz"), None, [s[0] for s in svc], lang="kk")],
        ctx(A_MO, [("00901101", "Постановка на воинский учет военнообязанных"), ("00901102", "Выдача справки о прохождении воинской службы")], "appointment",
            ("ЕКЦ-2027/200", "2027-01-26", "О назначении ответственного лица"),
            "record Sarsenbayev as responsible for two military-registration services"),
        "responsible_change (appointment)", "kk", "eml", "whole letter in Kazakh; position stands before the name in genitive construction")


def a12():
    name = "a12-minjust-sam-naznachennyi.eml"
    svc = [("00103010", "Государственная регистрация заключения брака (супружества)"), ("00103011", "Государственная регистрация расторжения брака (супружества)")]
    body = """Здравствуйте!

Меня назначили ответственной за ваши запросы по услугам регистрации брака и расторжения брака (00103010, 00103011), письмо Министерства юстиции от 27.01.2027 № 4-12/2355 придет через ЕСЭДО.

Мои контакты:
Абдуллаева Зарина Рустамовна
эксперт Управления регистрации актов гражданского состояния
Департамент регистрационной службы и организации юридических услуг
Министерство юстиции РК
+7 (7172) 58-00-92
z.abdullaeva@adilet.gov.kz

Прошу направлять вопросы до обучения на эту почту.
"""
    root = leaf(body, "plain", "utf-8", "8bit")
    eml(name, ("Абдуллаева Зарина", "z.abdullaeva@adilet.gov.kz"), EKC, "Ответственное лицо по ЗАГС", "Wed, 27 Jan 2027 18:41:09 +0500", root, "<b7c8aa10-zags@adilet.gov.kz>")
    resp = {"full_name": "Абдуллаева Зарина Рустамовна", "phone": "+7 (7172) 58-00-92", "email": "z.abdullaeva@adilet.gov.kz"}  # position: 1 or 3 signature lines, not keyed
    key(name, [rc_key("body", resp, None, [s[0] for s in svc])],
        ctx(A_MJ, svc, "appointment", ("ЕКЦ-2027/189", "2027-01-22", "О назначении ответственного лица по услугам ЗАГС"),
            "record Abdullaeva as responsible (she writes herself; official letter follows)"),
        "responsible_change (appointment)", "ru", "eml", "the appointee writes in the first person, signature block with department and ministry on separate lines")


# =============================================================== REPLACEMENTS (p.7)
def r01():
    name = "r01-kgd-zamena-cp1251.eml"
    svc = [("00201001", "Постановка на регистрационный учет налогоплательщиков"), ("00201002", "Регистрационный учет лица, занимающегося частной практикой"),
           ("00201005", "Выдача сведений об отсутствии (наличии) задолженности, учет по которой ведется в органах государственных доходов")]
    body = """Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті
Комитет государственных доходов Министерства финансов Республики Казахстан

Исх. № КГД-МКД-09/1412 от 01.03.2027

Единый контакт-центр

Об изменении ответственного лица

        В соответствии с пунктом 7 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг Комитет государственных доходов Министерства финансов Республики Казахстан уведомляет, что в связи с переводом на другую должность Сейтказиевой Айнур Болатовны, ранее определенной ответственным лицом по государственным услугам 00201001, 00201002, 00201005, с 24 февраля 2027 года ответственным лицом по указанным услугам определен главный эксперт Управления государственных услуг Департамента методологии Жунусов Бекзат Нурланович.

        Контакты: раб. тел. 8 (7172) 71-84-30, e-mail: b.zhunusov@kgd.minfin.gov.kz.

        По остальным государственным услугам ответственные лица не изменились.


Директор Департамента методологии                                 Р. Искаков


Исп.: Жунусов Б.Н., тел. 71-84-30
"""
    root = leaf(degrade_kk(body), "plain", "cp1251", "quoted-printable")
    eml(name, ("КГД МФ РК", A_KGD[1]), EKC, "Об изменении ответственного лица (КГД)", "Mon, 01 Mar 2027 15:10:29 +0500", root, "<kgd-1412-0301@kgd.minfin.gov.kz>")
    key(name, [rc_key("body", R("Жунусов Бекзат Нурланович", "главный эксперт Управления государственных услуг Департамента методологии", "8 (7172) 71-84-30", "b.zhunusov@kgd.minfin.gov.kz"),
                      {"full_name": "Сейтказиева Айнур Болатовна"}, [s[0] for s in svc], "2027-02-24")],
        ctx(A_KGD, svc, "consulting", None, "replace the responsible person for three services from 2027-02-24"),
        "responsible_change", "ru", "eml", "previous person in the genitive, letter date differs from the effective date, Kazakh letterhead line degraded to cp1251 look-alikes")


def r02():
    name = "r02-mtszn-uvedomlenie-zamena.docx"
    svc = [("01001001", "Назначение государственной адресной социальной помощи"), ("01001003", "Назначение пособия по уходу за ребенком по достижении им возраста одного года")]
    d = _docx()
    para(d, "МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=11)
    para(d, "Департамент социальной помощи", align="c", size=10)
    para(d, "04.03.2027 № 09-3/1870", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "УВЕДОМЛЕНИЕ\nо замене ответственного лица", bold=True, align="c")
    table(d, [["Государственные услуги", "01001001 – Назначение государственной адресной социальной помощи;\n01001003 – Назначение пособия по уходу за ребенком по достижении им возраста одного года"],
              ["Прежнее ответственное лицо", "Нургалиева Әсел Қайратқызы (декретный отпуск)"],
              ["Новое ответственное лицо", "Қасымова Динара Талғатқызы"],
              ["Должность", "главный эксперт Департамента социальной помощи"],
              ["Телефон", "+7 (7172) 74-37-25"],
              ["Электронная почта", "d.kasymova@enbek.gov.kz"],
              ["Дата замены", "с 9 марта 2027 г."]], header_rows=0, size=10, repeat_header=False)
    para(d, "\nДиректор Департамента                                              А. Сулейменова")
    para(d, "\nИсп.: Қасымова Д.Т.", size=8)
    save_docx(d, name)
    key(name, [rc_key(name, R("Қасымова Динара Талғатқызы", "главный эксперт Департамента социальной помощи", "+7 (7172) 74-37-25", "d.kasymova@enbek.gov.kz"),
                      {"full_name": "Нургалиева Әсел Қайратқызы"}, [s[0] for s in svc], "2027-03-09")],
        ctx(A_MTSZN, svc, "consulting", None, "replace Nurgalieva by Kasymova from 2027-03-09"),
        "responsible_change", "ru", "docx", "notice as a field|value table; previous person with a parenthesised reason; effective date in the future of the letter")


def r03():
    name = "r03-kms-fwd-outlook.eml"
    svc = [("00601001", "Выдача разрешения на постоянное проживание иностранцам и лицам без гражданства"),
           ("00601002", "Выдача и продление разрешения на временное проживание иностранцам и лицам без гражданства"),
           ("00601009", "Присвоение статуса кандаса")]
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Коллеги, направляем для сведения и внесения изменений в базу ЕКЦ.</p>
<p>С уважением,<br>канцелярия КМС МВД РК</p>
<hr>
<p><b>От:</b> Ким Ольга Викторовна &lt;o.kim@mvd.gov.kz&gt;<br><b>Отправлено:</b> 5 марта 2027 г. 10:12<br><b>Кому:</b> kms_kanc@mvd.gov.kz<br><b>Тема:</b> замена ответственного (ЕКЦ)</p>
<p>Прошу уведомить ЕКЦ: с 10.03.2027 я перехожу в ДМП, по услугам иммиграции (00601001, 00601002, 00601009) вместо меня ответственной будет <b>Джумабаева Айжан Сериковна</b>, старший инспектор Управления по делам иммиграции, тел. 8 (7172) 72-31-90, a.dzhumabaeva@mvd.gov.kz.</p>
<p>О.Ким</p>
</body></html>"""
    root = leaf(html, "html", "utf-8", "base64")
    eml(name, ("Канцелярия КМС МВД", A_KMS[1]), EKC, "FW: замена ответственного (ЕКЦ)", "Fri, 05 Mar 2027 11:48:00 +0500", root,
        "<VI1PR09MB44720A.kms@mvd.gov.kz>", extra=[("Thread-Index", "AQHbjY2mK0w1x3xV")])
    key(name, [rc_key("body", R("Джумабаева Айжан Сериковна", "старший инспектор Управления по делам иммиграции", "8 (7172) 72-31-90", "a.dzhumabaeva@mvd.gov.kz"),
                      {"full_name": "Ким Ольга Викторовна"}, [s[0] for s in svc], "2027-03-10")],
        ctx(A_KMS, svc, "protocol", None, "replace Kim by Dzhumabaeva from 2027-03-10 (training still pending)"),
        "responsible_change", "ru", "eml (HTML)", "forwarded Outlook message: the previous person is the author of the quoted mail and names herself only as 'я' and in the header")


def r04():
    name = "r04-goskorp-zamena.txt"
    svc = [("00801001", "Государственная регистрация прав (обременений) на недвижимое имущество"), ("00801002", "Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках"),
           ("00801003", "Выдача справки об отсутствии (наличии) недвижимого имущества"), ("00801004", "Государственная регистрация залога движимого имущества, не подлежащего обязательной государственной регистрации")]
    text = """НАО «Государственная корпорация «Правительство для граждан»
Исх. № 03-12/4471 от 09.03.2027 г.

Руководителю Единого контакт-центра

Настоящим уведомляем о замене ответственного лица по государственным услугам в сфере регистрации недвижимого и движимого имущества (реестровые номера: 00801001, 00801002, 00801003, 00801004).

Петренко Андрей Викторович, менеджер Департамента регистрации недвижимости, уволен 05.03.2027 г.

Новое ответственное лицо – Серікбаева Аружан Мұратқызы, главный менеджер Департамента регистрации недвижимости, тел.: 8 (7172) 55-13-44, e-mail: a.serikbaeva@gov4c.kz (приказ от 09.03.2027 № 211-к, приступает к исполнению обязанностей с 10.03.2027).

Заместитель Председателя Правления                   Е. Жаксылыков
Исп.: Искакова Ж.Т., 55-12-07
"""
    write_text(name, text)
    key(name, [rc_key(name, R("Серікбаева Аружан Мұратқызы", "главный менеджер Департамента регистрации недвижимости", "8 (7172) 55-13-44", "a.serikbaeva@gov4c.kz"),
                      {"full_name": "Петренко Андрей Викторович"}, [s[0] for s in svc], "2027-03-10")],
        ctx(A_GK, svc, "consulting", None, "replace Petrenko by Serikbaeva for four registration services from 2027-03-10"),
        "responsible_change", "ru", "txt", "three dates (dismissal, order, start) — effective date is the start; executor line names a third person")


def r05():
    name = "r05-mepr-zamena.pdf"
    svc = [("01701001", "Выдача экологического разрешения на воздействие для объектов I категории"), ("01701002", "Выдача заключения государственной экологической экспертизы для объектов I категории")]
    def flow():
        from reportlab.platypus import Spacer
        return [P("МИНИСТЕРСТВО ЭКОЛОГИИ И ПРИРОДНЫХ РЕСУРСОВ РЕСПУБЛИКИ КАЗАХСТАН", 10, True, 1), Spacer(1, 10),
                P("11.03.2027 № 04-11/2290-И", 9), P("Единый контакт-центр", 10, align=2), Spacer(1, 10),
                P("На № ЕКЦ-2027/388 от 03.03.2027", 9), Spacer(1, 6),
                P("В связи с уходом в отпуск по уходу за ребенком главного эксперта Департамента разрешений и экологического регулирования Амантаевой Д.Б. сообщаем, что ответственным лицом по государственным услугам № 01701001 и № 01701002 с 15 марта 2027 года является эксперт Департамента разрешений и экологического регулирования Ли Константин Вадимович, тел.: 8 (7172) 74-08-71, электронная почта: k.li@ecogeo.gov.kz.", 10, lead=14),
                Spacer(1, 6), P("Просим учитывать при направлении вопросов перед обучением.", 10), Spacer(1, 18),
                P("Директор Департамента разрешений\nи экологического регулирования                                     Н. Ергалиев", 10), Spacer(1, 30),
                P("исп. Ли К.В.\n74-08-71", 7)]
    write(name, pdf_bytes(flow, land=False))
    key(name, [rc_key(name, R("Ли Константин Вадимович", "эксперт Департамента разрешений и экологического регулирования", "8 (7172) 74-08-71", "k.li@ecogeo.gov.kz"),
                      {"full_name": "Амантаева Д.Б."}, [s[0] for s in svc], "2027-03-15")],
        ctx(A_MEPR, svc, "protocol", ("ЕКЦ-2027/388", "2027-03-03", "О согласовании даты обучения"),
            "replace Amantaeva by Li from 2027-03-15"),
        "responsible_change", "ru", "pdf", "previous person only by surname and initials in the genitive; the department name repeats in the genitive before the new person")


def r06():
    name = "r06-mcriap-zamena-koi8.eml"
    svc = [("01601008", "Регистрация электронной цифровой подписи"), ("01601009", "Отзыв регистрационного свидетельства электронной цифровой подписи")]
    body = """Единый контакт-центр

Уведомление о замене ответственного лица (п. 7 Правил)

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан уведомляет о замене ответственного лица по государственным услугам 01601008 и 01601009.

Вместо Садыковой Айгерим (эксперт Департамента цифровизации) ответственным лицом назначен эксперт Департамента цифровизации Оразбаев Санжар Ерболович.
Тел.: 8 (7172) 74-98-40
Эл. адрес: s.orazbaev@mdai.gov.kz

Директор Департамента цифровизации                    Р. Айтмагамбетов
"""
    root = leaf(body, "plain", "koi8-r", "base64")
    eml(name, ("МЦРИАП РК", A_MCRIAP[1]), EKC, "Уведомление о замене ответственного лица", "Thu, 11 Mar 2027 10:02:48 +0500", root, "<mdai-rc-0311@mdai.gov.kz>", subj_charset="koi8-r")
    key(name, [rc_key("body", R("Оразбаев Санжар Ерболович", "эксперт Департамента цифровизации", "8 (7172) 74-98-40", "s.orazbaev@mdai.gov.kz"),
                      {"full_name": "Садыкова Айгерим"}, [s[0] for s in svc], None)],
        ctx(A_MCRIAP, svc, "consulting", None, "replace Sadykova by Orazbaev for the two EDS services"),
        "responsible_change", "ru", "eml", "koi8-r base64; previous person in the genitive without patronymic; no effective date (null)")


def r07():
    name = "r07-minpros-zamena-pdf-vlozhenie.eml"
    att = "Уведомление_ЕКЦ_замена.pdf"
    svc = [("00902001", "Установление опеки или попечительства над ребенком-сиротой"), ("00902002", "Выдача справок для распоряжения имуществом несовершеннолетних"),
           ("00902003", "Назначение единовременной денежной выплаты в связи с усыновлением ребенка-сироты"), ("00902004", "Передача ребенка (детей) на патронатное воспитание"),
           ("00902005", "Выдача справок по опеке и попечительству"), ("00902006", "Постановка на учет лиц, желающих усыновить детей")]
    def flow():
        from reportlab.platypus import Spacer
        return [P("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ОҚУ-АҒАРТУ МИНИСТРЛІГІ\nМИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН", 10, True, 1), Spacer(1, 10),
                P("12.03.2027 № 08-2/1322", 9), P("Единый контакт-центр", 10, align=2), Spacer(1, 10),
                P("Министерство просвещения Республики Казахстан в соответствии с пунктом 7 Правил взаимодействия Единого контакт-центра сообщает о замене ответственного лица по государственным услугам в сфере охраны прав детей (реестровые номера 00902001–00902006).", 10, lead=14),
                Spacer(1, 4),
                P("Прежнее ответственное лицо: Литвиненко Сергей Александрович.\nНовое ответственное лицо: Бейсенова Гаухар Маратовна, главный эксперт Департамента охраны прав детей, тел. 8 (7172) 74-22-95, g.beisenova@edu-min.gov.kz.\nДата замены: 12.03.2027.", 10, lead=14),
                Spacer(1, 20), P("Директор Департамента охраны прав детей                 К. Абдикаримова", 10)]
    body = "Добрый день! Во вложении уведомление о замене ответственного лица (скан подписанного письма с текстовым слоем).\n\nДепартамент охраны прав детей МП РК\n"
    root = multi("mixed", [leaf(body, "plain", "utf-8", "8bit"), attach(att, pdf_bytes(flow, land=False), "application/pdf", "rfc2231")], "mp_rc_0312")
    eml(name, ("ДОПД МП РК", "dopd@edu-min.gov.kz"), EKC, "Замена ответственного лица", "Fri, 12 Mar 2027 12:40:00 +0500", root, "<mp-dopd-1322@edu-min.gov.kz>")
    key(name, [rc_key(att, R("Бейсенова Гаухар Маратовна", "главный эксперт Департамента охраны прав детей", "8 (7172) 74-22-95", "g.beisenova@edu-min.gov.kz"),
                      {"full_name": "Литвиненко Сергей Александрович"}, [s[0] for s in svc], "2027-03-12")],
        ctx(A_MP, svc, "consulting", None, "replace Litvinenko by Beisenova for six child-protection services"),
        "responsible_change", "ru", "eml+pdf", "registry numbers given as a range 00902001–00902006 (six services in the key); sender address not the chancellery")


def r08():
    name = "r08-kmfk-zamena-tablica.docx"
    svc = [("00502001", "Выдача лицензии на фармацевтическую деятельность"), ("00502002", "Выдача лицензии на деятельность в сфере оборота наркотических средств, психотропных веществ и прекурсоров"),
           ("00502006", "Выдача разрешения на ввоз (вывоз) незарегистрированных лекарственных средств")]
    d = _docx()
    para(d, "Комитет медицинского и фармацевтического контроля\nМинистерства здравоохранения Республики Казахстан", bold=True, align="c")
    para(d, "№ 18-02-3/2417 от 15.03.2027", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан (далее – Комитет) сообщает, что в связи с кадровыми изменениями с 16 марта 2027 года ответственным лицом по нижеперечисленным государственным услугам вместо Абишевой Мадины Серикқызы определен Тоқтаров Ержан Сапарұлы, главный эксперт управления лицензирования фармацевтической деятельности (тел. 8-7172-74-32-66, e.toktarov@dsm.gov.kz):", align="j")
    table(d, [["№", "Реестровый номер", "Наименование государственной услуги"]] + [[str(i + 1), a, b] for i, (a, b) in enumerate(svc)], size=10)
    para(d, "\nПо государственным услугам 00502005 и 00502009 ответственное лицо не меняется (Жанатов Е.).", align="j")
    para(d, "\nПредседатель Комитета                                        Б. Оспанов")
    save_docx(d, name)
    key(name, [rc_key(name, R("Тоқтаров Ержан Сапарұлы", "главный эксперт управления лицензирования фармацевтической деятельности", "8-7172-74-32-66", "e.toktarov@dsm.gov.kz"),
                      {"full_name": "Абишева Мадина Серикқызы"}, [s[0] for s in svc], "2027-03-16")],
        ctx(A_KMFK, svc, "consulting", None, "replace Abisheva by Toktarov for three services; two other services untouched"),
        "responsible_change", "ru", "docx", "services in a table; two more registry numbers mentioned as NOT changing (must not be in services); Kazakh letters")


def r09():
    name = "r09-ktr-vremennaya-zamena.eml"
    svc = [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров"), ("00302012", "Выдача разрешения на международные автомобильные перевозки грузов")]
    html = """<html><body style="font-family:Calibri">
<p><b>КОМИТЕТ ТРАНСПОРТА МТ РК</b><br>Исх. № 21-04/1033-И от 16.03.2027</p>
<p>Единый контакт-центр</p>
<p>На период нахождения главного эксперта Калиева Е.Н. в длительной служебной командировке (с 17.03.2027 по 30.04.2027) исполнение обязанностей ответственного лица по государственным услугам 00302011 и 00302012 возлагается на Нұрмағамбетову Жазиру Болатовну.</p>
<table border=0><tr><td>Должность</td><td>главный эксперт Управления автомобильного транспорта</td></tr><tr><td>Тел.</td><td>8 (7172) 75-44-27</td></tr><tr><td>E-mail</td><td>zh.nurmagambetova@transport.gov.kz</td></tr></table>
<p>Заместитель председателя&nbsp;&nbsp;&nbsp;С. Абенов</p></body></html>"""
    root = leaf(html, "html", "utf-8", "quoted-printable")
    eml(name, ("Комитет транспорта", A_KTRAN[1]), EKC, "О временной замене ответственного лица", "Tue, 16 Mar 2027 16:30:00 +0500", root, "<ktr-1033@transport.gov.kz>")
    key(name, [rc_key("body", R("Нұрмағамбетова Жазира Болатовна", "главный эксперт Управления автомобильного транспорта", "8 (7172) 75-44-27", "zh.nurmagambetova@transport.gov.kz"),
                      {"full_name": "Калиев Е.Н."}, [s[0] for s in svc], "2027-03-17")],
        ctx(A_KTRAN, svc, "consulting", None, "temporary replacement of Kaliev by Nurmagambetova from 2027-03-17 to 2027-04-30"),
        "responsible_change", "ru", "eml (HTML)", "temporary replacement with a period; new person in the accusative ('на … Нұрмағамбетову Жазиру Болатовну'); contacts in a borderless table")


def r10():
    name = "r10-mnvo-zamena-kk-ru.docx"
    svc = [("01101003", "Признание документов об образовании, выданных зарубежными организациями образования"), ("01101004", "Нострификация документов об образовании")]
    d = _docx()
    para(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҒЫЛЫМ ЖӘНЕ ЖОҒАРЫ БІЛІМ МИНИСТРЛІГІ / МИНИСТЕРСТВО НАУКИ И ВЫСШЕГО ОБРАЗОВАНИЯ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=10)
    para(d, "17.03.2027 № 5-3/1190", size=10)
    para(d, "Бірыңғай байланыс орталығына\nЕдиному контакт-центру", align="r")
    para(d, "Министрлік 01101003 және 01101004 мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлғаның ауысқанын хабарлайды.", align="j")
    para(d, "Министерство сообщает, что по государственным услугам 01101003 и 01101004 ответственным лицом вместо Бекмұхамбетова Ғалыма Төлеуұлы с 18 марта 2027 года является Омарова Жанна Кайратовна, главный эксперт Департамента высшего и послевузовского образования.", align="j")
    para(d, "Байланыс деректері / контактные данные: +7 (7172) 57-41-11, zh.omarova@sci-edu.gov.kz")
    para(d, "\nДепартамент директоры / Директор Департамента                    Н. Қалиева")
    save_docx(d, name)
    key(name, [rc_key(name, R("Омарова Жанна Кайратовна", "главный эксперт Департамента высшего и послевузовского образования", "+7 (7172) 57-41-11", "zh.omarova@sci-edu.gov.kz"),
                      {"full_name": "Бекмұхамбетов Ғалым Төлеуұлы"}, [s[0] for s in svc], "2027-03-18")],
        ctx(A_MNVO, svc, "consulting", None, "replace Bekmukhambetov by Omarova from 2027-03-18"),
        "responsible_change", "ru", "docx", "Kazakh sentence then Russian; previous person in the genitive with an undeclined Kazakh patronymic -ұлы; bilingual signature line")


def r11():
    name = "r11-nit-utf8-pod-metkoi-1251.eml"
    svc = [("01603007", "Выдача справки о зарегистрированных правах на недвижимое имущество (онлайн)"), ("01603008", "Выдача справки о постановке на учет в качестве нуждающегося в жилище"),
           ("01603009", "Уведомление о начале деятельности в качестве индивидуального предпринимателя"), ("01603010", "Уведомление о прекращении деятельности в качестве индивидуального предпринимателя"),
           ("01603011", "Выдача справки о наличии либо отсутствии судимости (онлайн)")]
    body = """Уважаемые коллеги,

АО «Национальные информационные технологии» сообщает, что с 22 марта 2027 г. Абдрахманов Ержан Маратович, главный менеджер Департамента сопровождения государственных услуг, больше не является ответственным лицом по услугам 01603007–01603011.

Ответственное лицо с указанной даты:
Төлегенова Мадина Асқарқызы — главный менеджер Департамента сопровождения государственных услуг АО «НИТ»
тел. +7 727 330 21 52
m.tolegenova@nitec-kz.kz

С уважением,
Служба документооборота АО «НИТ»

Конфиденциально. Если вы получили это письмо по ошибке, удалите его.
"""
    root = leaf(body, "plain", "utf-8", "8bit", "windows-1251")
    eml(name, ("АО НИТ", A_NIT[1]), EKC, "Смена ответственного лица АО НИТ", "Mon, 22 Mar 2027 09:15:37 +0500", root, "<nit-0322-0915@nitec-kz.kz>")
    key(name, [rc_key("body", R("Төлегенова Мадина Асқарқызы", "главный менеджер Департамента сопровождения государственных услуг АО «НИТ»", "+7 727 330 21 52", "m.tolegenova@nitec-kz.kz"),
                      {"full_name": "Абдрахманов Ержан Маратович"}, [s[0] for s in svc], "2027-03-22")],
        ctx(A_NIT, svc, "consulting", None, "replace Abdrakhmanov by Tolegenova for five e-gov services from 2027-03-22"),
        "responsible_change", "ru", "eml", "UTF-8 bytes labelled windows-1251 (wrong label), registry range 01603007–01603011, previous person in the nominative first")


def r12():
    name = "r12-kvkn-zamena-kratko.eml"
    svc = [("00401011", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты при экспорте"),
           ("00401012", "Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов с учетом оценки эпизоотической ситуации")]
    body = """ЕКЦ

Согласно п. 7 Правил сообщаем: ответственный по госуслугам 00401011, 00401012 Смагулов А.Ж. заменен на Бектурганова Ильяса Сабитовича (главный эксперт Управления ветеринарной безопасности), тел. 8 7172 55 67 38, i.bekturganov@moa.gov.kz.

КВКН МСХ РК
исп. Бектурганов И.С.

Отправлено с мобильного устройства
"""
    root = leaf(body, "plain", "utf-8", "base64")
    eml(name, ("Бектурганов Ильяс", "i.bekturganov@moa.gov.kz"), EKC, "замена ответственного", "Wed, 24 Mar 2027 19:02:11 +0500", root, "<a8b7c6@moa.gov.kz>")
    key(name, [rc_key("body", R("Бектурганов Ильяс Сабитович", "главный эксперт Управления ветеринарной безопасности", "8 7172 55 67 38", "i.bekturganov@moa.gov.kz"),
                      {"full_name": "Смагулов А.Ж."}, [s[0] for s in svc], None)],
        ctx(A_KVKN, svc, "consulting", None, "replace Smagulov by Bekturganov for two veterinary services"),
        "responsible_change", "ru", "eml", "terse mobile note; new person in the accusative/genitive, previous by initials; no date")


# =============================================================== CHANGE NOTICES (p.6)
def ch(reg, **f):
    d = {"registry_number": reg, "standard": None, "regulation": None, "npa_changes": None, "website": None}
    d.update(f)
    return d


def cn_key(part, services, change_date=None, lang="ru"):
    d = {"part": part, "kind": "change_notice", "language": lang, "services": services}
    if change_date is not None:
        d["change_date"] = change_date
    return d


def c01():
    name = "c01-kgd-izmenenie-standarta.eml"
    svc = [("00201003", "Регистрационный учет плательщиков налога на добавленную стоимость"), ("00201004", "Снятие с регистрационного учета по налогу на добавленную стоимость"),
           ("00201008", "Возврат превышения налога на добавленную стоимость")]
    NEW = "Правила оказания государственных услуг органами государственных доходов Республики Казахстан, утвержденные приказом Министра финансов Республики Казахстан от 19 февраля 2027 года № 97"
    body = f"""Комитет государственных доходов
Министерства финансов Республики Казахстан

Исх. № КГД-УАКН-04/1688 от 05.03.2027

Единый контакт-центр

        Во исполнение пункта 6 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг Комитет государственных доходов Министерства финансов Республики Казахстан информирует об изменении сведений, ранее представленных письмом от 19.01.2027 (форма приложения 1).

        С 2 марта 2027 года государственные услуги № 00201003, № 00201004 и № 00201008 оказываются в соответствии с новой редакцией правил:

        Стандарт государственной услуги (графа 4): {NEW}.

        Приказ Министра финансов Республики Казахстан от 12 мая 2026 года № 318 в части указанных услуг утратил силу.

        Остальные сведения (интернет-ресурс, ответственные лица) остаются без изменений.


Руководитель Управления администрирования
косвенных налогов                                                   А. Мамыров

Исп.: Омаров Д.Е., 71-83-09
"""
    root = leaf(body, "plain", "cp1251", "base64", "windows-1251")
    eml(name, ("КГД МФ РК", A_KGD[1]), EKC, "Об изменении информации по госуслугам (НДС)", "Fri, 05 Mar 2027 17:21:04 +0500", root, "<kgd-1688-0305@kgd.minfin.gov.kz>", subj_charset="windows-1251")
    key(name, [cn_key("body", [ch(r, standard=NEW) for r, _ in svc], "2027-03-02")],
        ctx(A_KGD, svc, "consulting", None, "record a new information version: new standard for three VAT services, changed on 2027-03-02"),
        "change_notice", "ru", "eml", "one new standard applied to three services; the old order is also named (as repealed); column number mentioned")


def c02():
    name = "c02-minjust-novyi-sait.docx"
    svc = [("00101004", "Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств"),
           ("00101005", "Государственная перерегистрация юридических лиц, учетная перерегистрация их филиалов и представительств"),
           ("00101011", "Апостилирование официальных документов, исходящих из органов юстиции"),
           ("00103002", "Государственная регистрация актов гражданского состояния (рождение)"),
           ("00103007", "Выдача повторных свидетельств или справок о регистрации актов гражданского состояния"),
           ("00104001", "Выдача лицензии на занятие адвокатской деятельностью")]
    d = _docx()
    para(d, "МИНИСТЕРСТВО ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c")
    para(d, "010000, г. Астана, пр. Мәңгілік Ел, 8, Дом министерств, подъезд 13", align="c", size=8)
    para(d, "09.03.2027 № 4-12/3012", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "Об изменении интернет-ресурса", bold=True)
    para(d, "Министерство юстиции Республики Казахстан сообщает, что в связи с переходом на единую платформу интернет-ресурсов государственных органов с 15 марта 2027 года информация о государственных услугах, оказываемых органами юстиции, размещается на интернет-ресурсе https://adilet.gov.kz/ru/services.", align="j")
    para(d, "Изменение касается всех государственных услуг, по которым информация представлена письмом от 21.01.2027 № 4-12/2031, а именно: 00101004, 00101005, 00101011, 00103002, 00103007, 00104001.", align="j")
    para(d, "Прежний адрес https://www.gov.kz/memleket/entities/adilet будет действовать в режиме переадресации до 1 июня 2027 года.", align="j")
    para(d, "\nВице-министр                                                  Б. Ермекбаев")
    para(d, "\nИсп.: Кадырбекова С.Н.\nтел.: 58-00-41", size=8)
    save_docx(d, name)
    key(name, [cn_key(name, [ch(r, website="https://adilet.gov.kz/ru/services") for r, _ in svc], "2027-03-15")],
        ctx(A_MJ, svc, "consulting", None, "record the new website for six services from 2027-03-15"),
        "change_notice", "ru", "docx", "website change for six services listed in running text; the old URL is also named (redirect) and must not be taken")


def c03():
    name = "c03-kms-izmeneniya-tablica.docx"
    svc = [("00601004", "Выдача документов, удостоверяющих личность"), ("00601005", "Регистрация по месту жительства населения Республики Казахстан")]
    NPA = "приказ Министра внутренних дел Республики Казахстан от 26 февраля 2027 года № 141 «О внесении изменений в приказ Министра внутренних дел Республики Казахстан от 24 апреля 2026 года № 277»"
    d = _docx()
    para(d, "Комитет миграционной службы МВД Республики Казахстан", bold=True, align="c")
    para(d, "Сведения об изменениях в информации о государственных услугах\n(пункт 6 Правил взаимодействия Единого контакт-центра)", bold=True, align="c")
    table(d, [["№ в реестре", "Наименование услуги", "Изменяемая графа", "Прежняя редакция", "Новая редакция"],
              ["00601004", "Выдача документов, удостоверяющих личность", "6. Изменения НПА", "приказ Министра внутренних дел Республики Казахстан от 9 октября 2026 года № 681", NPA],
              ["00601005", "Регистрация по месту жительства населения Республики Казахстан", "6. Изменения НПА", "—", NPA]], size=9)
    para(d, "\nДата вступления изменений в силу: 11.03.2027")
    para(d, "Ответственный исполнитель: Байгабылов Нурсултан Муратович, 72-30-15")
    save_docx(d, name)
    key(name, [cn_key(name, [ch("00601004", npa_changes=NPA), ch("00601005", npa_changes=NPA)], "2027-03-11")],
        ctx(A_KMS, svc, "consulting", None, "record changed legal acts (col 6) for two services from 2027-03-11"),
        "change_notice", "ru", "docx", "old/new value table: only the 'Новая редакция' column is the new value; the changed column named by number and title")


def c04():
    name = "c04-kmfk-izm-npa-html.eml"
    svc = [("00502001", "Выдача лицензии на фармацевтическую деятельность"), ("00502005", "Выдача лицензии на медицинскую деятельность"),
           ("00502006", "Выдача разрешения на ввоз (вывоз) незарегистрированных лекарственных средств"), ("00502009", "Аккредитация субъектов здравоохранения")]
    N = "приказ Министра здравоохранения Республики Казахстан от 1 марта 2027 года № ҚР ДСМ-19 «О внесении изменений в некоторые приказы Министра здравоохранения Республики Казахстан»"
    html = f"""<html><head><meta charset="utf-8"></head><body>
<p>Единый контакт-центр</p>
<p>№ 18-02-3/2590 от 12.03.2027</p>
<p>Комитет медицинского и фармацевтического контроля МЗ РК (далее – Комитет) сообщает, что с 10 марта 2027 года введен в действие {N}, которым внесены изменения в правила оказания следующих государственных услуг:</p>
<ol><li>00502001 — Выдача лицензии на фармацевтическую деятельность;</li>
<li>00502005 — Выдача лицензии на медицинскую деятельность;</li>
<li>00502006 — Выдача разрешения на ввоз (вывоз) незарегистрированных лекарственных средств;</li>
<li>00502009 — Аккредитация субъектов здравоохранения.</li></ol>
<p>Просим внести соответствующие изменения в графу 6 «Изменения нормативных правовых актов». Стандарты (правила) услуг в остальной части не изменились.</p>
<p>Председатель Комитета&nbsp;&nbsp;&nbsp;&nbsp;Б. Оспанов<br><small>исп. Тоқтаров Е.С., 74-32-66</small></p></body></html>"""
    root = leaf(html, "html", "utf-8", "base64")
    eml(name, ("КМФК МЗ РК", A_KMFK[1]), EKC, "Об изменениях НПА", "Fri, 12 Mar 2027 11:11:11 +0500", root, "<kmfk-2590@dsm.gov.kz>")
    key(name, [cn_key("body", [ch(r, npa_changes=N) for r, _ in svc], "2027-03-10")],
        ctx(A_KMFK, svc, "consulting", None, "record changed legal acts for four services from 2027-03-10"),
        "change_notice", "ru", "eml (HTML)", "the amending order sits inside a sentence after 'введен в действие', services in an <ol>; column 6 named")


def c05():
    name = "c05-goskorp-sait.txt"
    svc = [("00801009", "Выдача справки о наличии либо отсутствии сведений об уголовном правонарушении, о наличии либо отсутствии судимости")]
    text = """Исх. № 03-12/4820 от 15.03.2027
Единый контакт-центр

О смене интернет-ресурса

В дополнение к информации, представленной 28.01.2027, сообщаем, что с 15.03.2027 подробная информация о порядке оказания государственной услуги 00801009 «Выдача справки о наличии либо отсутствии сведений об уголовном правонарушении, о наличии либо отсутствии судимости» размещается на интернет-ресурсе: www.gov4c.kz/ru/services/spravka-o-sudimosti

Прочие сведения не изменялись.

Директор Департамента методологии оказания государственных услуг
НАО «Государственная корпорация «Правительство для граждан»        А. Тажибаева
"""
    write_text(name, text)
    key(name, [cn_key(name, [ch("00801009", website="www.gov4c.kz/ru/services/spravka-o-sudimosti")], "2027-03-15")],
        ctx(A_GK, svc, "consulting", None, "record the new web page for one service"),
        "change_notice", "ru", "txt", "website with a path after a colon at the end of a sentence; change date equals the letter date")


def c06():
    name = "c06-ktr-neskolko-graf.docx"
    svc = [("00302012", "Выдача разрешения на международные автомобильные перевозки грузов"), ("00302014", "Выдача удостоверения допуска к осуществлению международных автомобильных перевозок"),
           ("00302015", "Выдача карточки допуска транспортного средства к международным перевозкам")]
    STD = "Правила оказания государственных услуг в сфере международных автомобильных перевозок, утвержденные приказом Министра транспорта Республики Казахстан от 4 марта 2027 года № 31"
    NPA = "приказ Министра транспорта Республики Казахстан от 4 марта 2027 года № 31 «О признании утратившими силу некоторых приказов»"
    WEB = "www.gov.kz/memleket/entities/transport/press/article/details/mezhdunarodnye-perevozki"
    d = _docx()
    landscape(d)
    para(d, "КОМИТЕТ ТРАНСПОРТА МИНИСТЕРСТВА ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=10)
    para(d, "18.03.2027 № 21-04/1101-И", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "Во исполнение пункта 6 Правил взаимодействия Комитет транспорта направляет актуализированные сведения по государственным услугам в сфере международных автомобильных перевозок в связи с утверждением новых правил оказания государственных услуг (вступают в силу с 20 марта 2027 года). В таблице указаны только изменившиеся графы; графы, не подлежащие изменению, не заполнены.", align="j")
    rows = [HDR_RU, NUMS]
    for i, (r, n) in enumerate(svc):
        rows.append([str(i + 1), r, n, STD, "", NPA, WEB if i < 2 else "", ""])
    table(d, rows, header_rows=2, size=8)
    para(d, "\nЗаместитель председателя                                С. Абенов\n\nИсп.: Нұрмағамбетова Ж.Б., 75-44-27", size=10)
    save_docx(d, name)
    key(name, [cn_key(name, [ch("00302012", standard=STD, npa_changes=NPA, website=WEB), ch("00302014", standard=STD, npa_changes=NPA, website=WEB),
                             ch("00302015", standard=STD, npa_changes=NPA)], "2027-03-20")],
        ctx(A_KTRAN, svc, "consulting", None, "record new standard, acts and (for two services) website, effective 2027-03-20"),
        "change_notice", "ru", "docx", "revised Appendix 1 table with only the changed columns filled (others blank); three columns change for two services, two for the third")


def c07():
    name = "c07-mchs-koi8-s-citatoi.eml"
    svc = [("01901002", "Выдача лицензии на деятельность по монтажу, наладке и техническому обслуживанию систем пожарной автоматики")]
    STD = 'Правила оказания государственной услуги "Выдача лицензии на деятельность по монтажу, наладке и техническому обслуживанию систем пожарной автоматики", утвержденные приказом Министра по чрезвычайным ситуациям Республики Казахстан от 5 марта 2027 года N 104'
    body = f"""Добрый день.

Сообщаю об изменении по услуге 01901002: с 22.03.2027 действует отдельный стандарт (графа 4):
{STD}.

Остальные графы без изменений.

Сергазин М.К.
МЧС РК, 60-21-48

-----Исходное сообщение-----
От: Единый контакт-центр [mailto:info@ekc.gov.kz]
Отправлено: 16 марта 2027 г. 9:05
Кому: m.sergazin@emer.gov.kz
Тема: Вопрос по услуге 01901002

Марат Кайратович, добрый день! Поступают звонки о новом порядке лицензирования пожарной автоматики. Изменился ли стандарт услуги?
"""
    root = leaf(body, "plain", "koi8-r", "quoted-printable")
    eml(name, ("Сергазин Марат", "m.sergazin@emer.gov.kz"), EKC, "RE: Вопрос по услуге 01901002", "Thu, 18 Mar 2027 12:48:30 +0500", root, "<sergazin-0318@emer.gov.kz>", subj_charset="koi8-r")
    key(name, [cn_key("body", [ch("01901002", standard=STD)], "2027-03-22")],
        ctx(A_MCHS, svc, "consulting", None, "record the new standard for 01901002 from 2027-03-22"),
        "change_notice", "ru", "eml", "koi8-r QP, 'N' instead of '№' in the order number, our question quoted below")


def c08():
    name = "c08-mti-izmeneniya-vlozhenie.eml"
    att = "Изменения_прил1_МТИ.docx"
    svc = [("02101001", "Выдача лицензии на экспорт и импорт товаров"), ("02101002", "Выдача разрешения на временный вывоз товаров"),
           ("02102002", "Аккредитация поверочных лабораторий")]
    N2 = "приказ Министра торговли и интеграции Республики Казахстан от 1 марта 2027 года № 41-НҚ"
    W2 = "www.gov.kz/memleket/entities/ktrm"
    d = _docx()
    para(d, "Изменения в информацию о государственных услугах МТИ РК, представленную 16.02.2027", bold=True, align="c")
    table(d, [["Реестровый №", "Графа", "Было", "Стало"],
              ["02101001", "Изменения НПА", "приказ МТИ РК от 6 января 2027 года № 2-НҚ", N2],
              ["02101002", "Изменения НПА", "приказ МТИ РК от 6 января 2027 года № 2-НҚ", N2],
              ["02102002", "Интернет-ресурс", "www.gov.kz/memleket/entities/mti", W2]], size=10)
    para(d, "\nИсполнитель: Ержанова К.Б.\n19.03.2027")
    body = """Единому контакт-центру

Министерство торговли и интеграции Республики Казахстан во исполнение пункта 6 Правил взаимодействия направляет сведения об изменениях в ранее представленной информации (приложение).

Приложение: на 1 л.

Директор Департамента развития внутренней торговли        Б. Касенов
"""
    root = multi("mixed", [leaf(body, "plain", "utf-8", "quoted-printable"),
                           attach(att, docx_bytes(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "encword")], "mti_0319_x")
    eml(name, ("МТИ РК", A_MTI[1]), EKC, "Изменения информации по госуслугам", "Fri, 19 Mar 2027 15:00:00 +0500", root, "<mti-izm-0319@mti-min.gov.kz>")
    key(name, [cn_key(att, [ch("02101001", npa_changes=N2), ch("02101002", npa_changes=N2), ch("02102002", website=W2)])],
        ctx(A_MTI, svc, "consulting", None, "record changed acts for two services and a new website for a third"),
        "change_notice", "ru", "eml+docx", "Было/Стало table with different columns changing per service; no change date (none keyed)")


def c09():
    name = "c09-mne-dop-zapros-izmeneniya.eml"
    svc = [("01301001", "Утверждение тарифов на регулируемые услуги субъектов естественных монополий"), ("01301002", "Утверждение инвестиционных программ субъектов естественных монополий")]
    STD = "Правила оказания государственных услуг в сфере естественных монополий, утвержденные приказом Министра национальной экономики Республики Казахстан от 24 февраля 2027 года № 18"
    html = f"""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head><body lang=RU>
<p class=MsoNormal>Единый контакт-центр</p>
<p class=MsoNormal>Исх. № 03-1-11/3561 от 22.03.2027</p>
<p class=MsoNormal>На Ваш запрос о предоставлении дополнительной информации от 17.03.2027 № ЕКЦ-2027/455</p>
<p class=MsoNormal style='text-align:justify'>Министерство национальной экономики Республики Казахстан сообщает, что по государственным услугам 01301001 и 01301002 с 1 марта 2027 года действуют новые правила: {STD}. Ранее действовавшие правила (приказ от 11 февраля 2026 года № 22) утратили силу в части указанных услуг.</p>
<p class=MsoNormal style='text-align:justify'>По вопросу сроков рассмотрения заявок на утверждение тарифов разъясняем, что срок составляет 30 календарных дней.</p>
<p class=MsoNormal>Вице-министр национальной экономики&nbsp;&nbsp;&nbsp;Д. Сарсенбаев</p>
<p class=MsoNormal><span style='font-size:8pt'>Исп.: Мухамеджанова А.Е., 74-27-55</span></p></body></html>"""
    root = leaf(html, "html", "cp1251", "quoted-printable", "windows-1251")
    eml(name, ("Министерство национальной экономики", A_MNE[1]), EKC, "На № ЕКЦ-2027/455 (дополнительная информация)", "Mon, 22 Mar 2027 18:20:00 +0500", root, "<mne-3561@economy-min.gov.kz>")
    key(name, [cn_key("body", [ch("01301001", standard=STD), ch("01301002", standard=STD)], "2027-03-01")],
        ctx(A_MNE, svc, "additional_answer", ("ЕКЦ-2027/455", "2027-03-17", "О предоставлении дополнительной информации (п. 10 Правил)"),
            "close the additional request; record the new standard for two services (changed 2027-03-01)"),
        "change_notice", "ru", "eml (HTML)", "answer to a p.10 additional request that also reports a changed standard; an explanation paragraph follows; cp1251 HTML")


def c10():
    name = "c10-mvri-izmenenie-ot-daty.pdf"
    svc = [("02001003", "Выдача разрешения на бурение скважин для забора подземных вод"), ("02001004", "Согласование проектной документации на строительство водохозяйственных сооружений")]
    W = "www.gov.kz/memleket/entities/water/activities/services"
    N = "приказ Министра водных ресурсов и ирригации Республики Казахстан от 10 марта 2027 года № 52 «О внесении изменений в приказ от 7 июля 2026 года № 119»"
    def flow():
        from reportlab.platypus import Spacer
        return [P("МИНИСТЕРСТВО ВОДНЫХ РЕСУРСОВ И ИРРИГАЦИИ РЕСПУБЛИКИ КАЗАХСТАН", 10, True, 1), Spacer(1, 8),
                P("24.03.2027 № 02-4/977", 9), P("Единый контакт-центр", 10, align=2), Spacer(1, 8),
                P("В дополнение к письму от 15.02.2027 сообщаем об изменениях в информации по государственным услугам 02001003 и 02001004, вступающих в силу с 29 марта 2027 года:", 10, lead=14),
                P(f"1) графа 6 «Изменения НПА»: {N};", 10, lead=14),
                P(f"2) графа 7 «Интернет-ресурс»: {W} (ранее информация не размещалась).", 10, lead=14),
                Spacer(1, 18), P("Председатель Комитета по регулированию использования водных ресурсов          Е. Нурлыбаев", 10),
                Spacer(1, 30), P("Орынд./исп.: Тұрсынбаев Е.М.", 7)]
    write(name, pdf_bytes(flow, land=False))
    key(name, [cn_key(name, [ch("02001003", npa_changes=N, website=W), ch("02001004", npa_changes=N, website=W)], "2027-03-29")],
        ctx(A_MVRI, svc, "consulting", None, "record acts and website for two services from 2027-03-29"),
        "change_notice", "ru", "pdf", "numbered items name the columns; a parenthesised remark after the URL")


# =============================================================== REFUSALS (p.11)
def rf_key(part, reason, ground, services=None, lang="ru"):
    d = {"part": part, "kind": "refusal", "language": lang, "refusal_reason": reason, "refusal_ground": ground}
    if services is not None:
        d["services"] = [{"registry_number": r} for r in services]
    return d


def x01():
    name = "x01-kgd-otkaz-nalogovaya-taina.eml"
    svc = [("00201005", "Выдача сведений об отсутствии (наличии) задолженности, учет по которой ведется в органах государственных доходов")]
    body = """Комитет государственных доходов
Министерства финансов Республики Казахстан

Исх. № КГД-МКД-09/1990 от 24.03.2027

Единый контакт-центр

На № ЕКЦ-2027/470 от 18.03.2027

        Комитет государственных доходов Министерства финансов Республики Казахстан, рассмотрев Ваш запрос о предоставлении сведений о наличии задолженности конкретных налогоплательщиков, обратившихся в Единый контакт-центр по государственной услуге № 00201005, сообщает.

        Согласно статье 31 Налогового кодекса Республики Казахстан сведения о налогоплательщике, полученные органом государственных доходов, составляют налоговую тайну и не подлежат разглашению, за исключением случаев, предусмотренных указанной статьей.

        В этой связи запрашиваемые сведения не могут быть представлены, поскольку составляют налоговую тайну, охраняемую законом.

        Одновременно сообщаем, что услугополучатели могут получить сведения об отсутствии (наличии) задолженности самостоятельно посредством веб-портала «электронного правительства» либо в кабинете налогоплательщика.


Заместитель Председателя                                    Н. Абдиров

Исп.: Жунусов Б.Н., 71-84-30
"""
    root = leaf(body, "plain", "cp1251", "8bit", "windows-1251")
    eml(name, ("КГД МФ РК", A_KGD[1]), EKC, "На № ЕКЦ-2027/470", "Wed, 24 Mar 2027 17:45:30 +0500", root, "<kgd-1990@kgd.minfin.gov.kz>")
    key(name, [rf_key("body", "запрашиваемые сведения не могут быть представлены, поскольку составляют налоговую тайну, охраняемую законом", "protected_secret", [svc[0][0]])],
        ctx(A_KGD, svc, "additional_answer", ("ЕКЦ-2027/470", "2027-03-18", "О предоставлении дополнительной информации"),
            "record the refusal (tax secrecy, lawful under p.11) on the additional request"),
        "refusal", "ru", "eml", "tax secrecy = another secret protected by law; reason in the third paragraph after a statute reference; helpful advice follows")


def x02():
    name = "x02-minoborony-gostaina.docx"
    svc = [("00901101", "Постановка на воинский учет военнообязанных")]
    d = _docx()
    para(d, "МИНИСТЕРСТВО ОБОРОНЫ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c")
    para(d, "25.03.2027 № 7/2-1184", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "На № ЕКЦ-2027/472 от 18.03.2027", size=10)
    para(d, "Министерство обороны Республики Казахстан, рассмотрев запрос Единого контакт-центра о предоставлении сведений о численности и местах дислокации призывных пунктов, задействованных при оказании государственной услуги 00901101, сообщает, что указанные сведения отнесены к государственным секретам Республики Казахстан и представлению не подлежат.", align="j")
    para(d, "Для консультирования услугополучателей рекомендуем использовать общедоступную информацию, размещенную в правилах оказания государственной услуги.", align="j")
    para(d, "\nЗаместитель Министра обороны                                    Е. Кенжебеков")
    para(d, "\nИсп.: Сәрсенбаев А.Б.", size=8)
    save_docx(d, name)
    key(name, [rf_key(name, "указанные сведения отнесены к государственным секретам Республики Казахстан и представлению не подлежат", "state_secret", [svc[0][0]])],
        ctx(A_MO, svc, "additional_answer", ("ЕКЦ-2027/472", "2027-03-18", "О предоставлении дополнительной информации"),
            "record a lawful refusal (state secret)"),
        "refusal", "ru", "docx", "state secret, reason at the end of a long sentence")


def x03():
    name = "x03-nit-kommercheskaya-taina.pdf"
    svc = [("01603001", "Выдача справки о пенсионных отчислениях"), ("01603002", "Выдача справки о социальных отчислениях")]
    def flow():
        from reportlab.platypus import Spacer
        return [P("АО «Национальные информационные технологии»", 11, True, 1), P("050000, г. Алматы, пр. Абылай хана, 79", 8, align=1), Spacer(1, 10),
                P("Исх. № 04-08/2213 от 26.03.2027", 9), P("Единый контакт-центр", 10, align=2), Spacer(1, 10),
                P("На Ваш запрос от 19.03.2027 № ЕКЦ-2027/481 о предоставлении описания алгоритмов интеграционного взаимодействия и сроков обработки запросов информационными системами при оказании государственных услуг 01603001 и 01603002 сообщаем следующее.", 10, lead=14),
                Spacer(1, 4),
                P("Запрашиваемая документация (технические спецификации шлюза, описания протоколов обмена) является коммерческой тайной АО «Национальные информационные технологии» и не может быть предоставлена третьим лицам.", 10, lead=14),
                Spacer(1, 4),
                P("Информация о сроках оказания услуг указана в правилах оказания государственных услуг и может быть использована для консультирования.", 10, lead=14),
                Spacer(1, 18), P("Заместитель Председателя Правления                   Т. Садыков", 10)]
    write(name, pdf_bytes(flow, land=False))
    key(name, [rf_key(name, "Запрашиваемая документация (технические спецификации шлюза, описания протоколов обмена) является коммерческой тайной АО «Национальные информационные технологии» и не может быть предоставлена третьим лицам", "commercial_secret", [s[0] for s in svc])],
        ctx(A_NIT, svc, "additional_answer", ("ЕКЦ-2027/481", "2027-03-19", "О предоставлении дополнительной информации"),
            "record a lawful refusal (commercial secret)"),
        "refusal", "ru", "pdf", "commercial secret of a national company acting for the ministry")


def x04():
    name = "x04-mid-ne-v-kompetencii.eml"
    svc = [("00001001", "Истребование документов с территории иностранных государств")]
    html = """<html><head><meta charset="utf-8"></head><body><div style="font-family:Times New Roman;font-size:14px">
<p>Единый контакт-центр</p><p>На № ЕКЦ-2027/490 от 22.03.2027</p>
<p>Министерство иностранных дел Республики Казахстан, рассмотрев Ваше письмо о предоставлении разъяснений по срокам выдачи виз иностранным гражданам и продлению разрешений на временное проживание, сообщает, что данные вопросы не относятся к компетенции Министерства иностранных дел Республики Казахстан.</p>
<p>Выдача и продление разрешений на временное проживание осуществляется органами внутренних дел. Рекомендуем обратиться в Комитет миграционной службы МВД Республики Казахстан.</p>
<p>По государственной услуге «Истребование документов с территории иностранных государств» (00001001) дополнительная информация будет представлена ответственным лицом в рабочем порядке.</p>
<p>Директор Консульского департамента&nbsp;&nbsp;&nbsp;&nbsp;А. Калиев</p></div></body></html>"""
    root = leaf(html, "html", "utf-8", "quoted-printable")
    eml(name, ("МИД РК", A_MID[1]), EKC, "На № ЕКЦ-2027/490", "Fri, 26 Mar 2027 12:00:00 +0500", root, "<mfa-0326-1200@mfa-kz.gov.kz>")
    key(name, [rf_key("body", "данные вопросы не относятся к компетенции Министерства иностранных дел Республики Казахстан", "not_competent")],
        ctx(A_MID, svc, "additional_answer", ("ЕКЦ-2027/490", "2027-03-22", "О предоставлении дополнительной информации и разъяснений"),
            "record the refusal as not competent; the question goes to the migration service"),
        "refusal", "ru", "eml (HTML)", "not competent; the only registry number in the letter is of a service NOT refused (services not keyed)")


def x05():
    name = "x05-ksek-personalnye-dannye.txt"
    svc = [("00504002", "Выдача санитарно-эпидемиологического заключения о соответствии объекта высокой эпидемической значимости")]
    text = """Комитет санитарно-эпидемиологического контроля
Министерства здравоохранения Республики Казахстан
№ 02-14/1-2011 от 29.03.2027

Единому контакт-центру

На Ваше письмо № ЕКЦ-2027/495 от 23.03.2027

Комитет, рассмотрев запрос о представлении списка заявителей, которым отказано в выдаче санитарно-эпидемиологического заключения (госуслуга 00504002) в I квартале 2027 года, с указанием ИИН и контактных данных, сообщает.

Причина отказа: запрашиваемый список содержит персональные данные услугополучателей, сбор и распространение которых ограничены Законом Республики Казахстан «О персональных данных и их защите».

Обобщенная информация о причинах отказов будет направлена дополнительно.

Заместитель Председателя                  А. Жунусова
исп. Ермеков Т.Б.
"""
    write_text(name, text)
    key(name, [rf_key(name, "запрашиваемый список содержит персональные данные услугополучателей, сбор и распространение которых ограничены Законом Республики Казахстан «О персональных данных и их защите»", "protected_secret", [svc[0][0]])],
        ctx(A_KSEC, svc, "additional_answer", ("ЕКЦ-2027/495", "2027-03-23", "О предоставлении дополнительной информации"),
            "record a lawful refusal (personal data protected by law)"),
        "refusal", "ru", "txt", "labelled 'Причина отказа:' line; personal data = protected secret; promise of partial info afterwards")


def x06():
    name = "x06-mne-net-dannyh.eml"
    svc = [("01301003", "Включение в государственный регистр субъектов естественных монополий")]
    body = """Единый контакт-центр

На № ЕКЦ-2027/502 от 24.03.2027

Министерство национальной экономики Республики Казахстан сообщает, что представить запрашиваемую статистику обращений субъектов естественных монополий в разрезе регионов по государственной услуге 01301003 не представляется возможным, так как Министерство не ведет учет обращений в указанном разрезе.

Вице-министр национальной экономики                  Д. Сарсенбаев

Исп.: Мухамеджанова А.Е.
"""
    root = leaf(body, "plain", "cp1251", "base64", None)
    eml(name, ("МНЭ РК", A_MNE[1]), EKC, "На ЕКЦ-2027/502", "Tue, 30 Mar 2027 10:20:00 +0500", root, "<mne-0330-1020@economy-min.gov.kz>")
    key(name, [rf_key("body", "представить запрашиваемую статистику обращений субъектов естественных монополий в разрезе регионов по государственной услуге 01301003 не представляется возможным, так как Министерство не ведет учет обращений в указанном разрезе", "other", [svc[0][0]])],
        ctx(A_MNE, svc, "additional_answer", ("ЕКЦ-2027/502", "2027-03-24", "О предоставлении дополнительной информации"),
            "record the refusal (no such data; not a lawful secret — counts toward p.12)"),
        "refusal", "ru", "eml", "cp1251 base64 with no charset label at all; refusal for lack of data (ground other)")


def x07():
    name = "x07-fsms-vrachebnaya-taina.docx"
    svc = [("00505001", "Выдача справки о статусе застрахованного лица в системе обязательного социального медицинского страхования")]
    d = _docx()
    para(d, "«Әлеуметтік медициналық сақтандыру қоры» КЕАҚ\nНАО «Фонд социального медицинского страхования»", bold=True, align="c")
    para(d, "№ 01-05/3388 от 31.03.2027", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "В ответ на запрос от 25.03.2027 № ЕКЦ-2027/507 о предоставлении сведений об оказанной медицинской помощи застрахованным лицам, обратившимся в Единый контакт-центр, сообщаем, что указанные сведения составляют врачебную тайну и в соответствии с Кодексом Республики Казахстан «О здоровье народа и системе здравоохранения» не могут быть переданы без согласия пациента.", align="j")
    para(d, "По вопросам статуса застрахованного лица (услуга 00505001) консультирование осуществляется на основании ранее представленной информации.", align="j")
    para(d, "\nДиректор Департамента по работе с потребителями              Г. Рахимова")
    save_docx(d, name)
    key(name, [rf_key(name, "указанные сведения составляют врачебную тайну и в соответствии с Кодексом Республики Казахстан «О здоровье народа и системе здравоохранения» не могут быть переданы без согласия пациента", "protected_secret")],
        ctx(A_FSMS, svc, "additional_answer", ("ЕКЦ-2027/507", "2027-03-25", "О предоставлении дополнительной информации"),
            "record a lawful refusal (medical secrecy)"),
        "refusal", "ru", "docx", "medical secrecy = protected secret; the registry number appears only in a sentence about what is NOT refused (services not keyed)")


def x08():
    name = "x08-minpros-otkaz-pravila-ne-utverzhdeny.eml"
    svc = [("00901010", "Выдача разрешения на обучение в форме экстерната")]
    body = """Добрый день!

Министерство просвещения на запрос ЕКЦ-2027/511 от 26.03.2027 сообщает, что информация по государственной услуге 00901010 «Выдача разрешения на обучение в форме экстерната» не может быть представлена в связи с тем, что правила оказания данной государственной услуги находятся на стадии разработки и не утверждены.

После утверждения и государственной регистрации правил информация будет направлена по форме приложения 1 к Правилам взаимодействия.

С уважением,
Департамент дошкольного и среднего образования
Министерство просвещения РК
"""
    root = leaf(body, "plain", "utf-8", "quoted-printable")
    eml(name, ("Оспанова Гүлнар", "g.ospanova@edu-min.gov.kz"), EKC, "Re: ЕКЦ-2027/511", "Wed, 31 Mar 2027 16:16:16 +0500", root, "<mp-ospanova-0331@edu-min.gov.kz>")
    key(name, [rf_key("body", "информация по государственной услуге 00901010 «Выдача разрешения на обучение в форме экстерната» не может быть представлена в связи с тем, что правила оказания данной государственной услуги находятся на стадии разработки и не утверждены", "other", [svc[0][0]])],
        ctx(A_MP, svc, "information", ("ЕКЦ-2027/511", "2027-03-26", "О предоставлении информации по форме приложения 1"),
            "record the refusal to give Appendix 1 information (rules not yet approved)"),
        "refusal", "ru", "eml", "refusal to the Appendix 1 request itself (awaiting information), ground other, with a promise")


# =============================================================== TRAINING PROTOCOLS (p.8)
def tp_key(part, date, regs, lang="ru"):
    d = {"part": part, "kind": "training_protocol", "language": lang, "protocol_date": date,
         "services": [{"registry_number": r} for r in regs]}
    if lang is None:
        del d["language"]
    return d


def sign_table(d, left, right):
    table(d, [["От Единого контакт-центра:", "От государственного органа:"], [left, right]], header_rows=0, size=10, style=None, repeat_header=False)


def p01():
    name = "p01-kgd-protokol-obucheniya.docx"
    regs = ["00201001", "00201002", "00201005", "00201006", "00201009", "00201010", "00201011", "00201012", "00201013"]
    names = ["Постановка на регистрационный учет налогоплательщиков", "Регистрационный учет лица, занимающегося частной практикой",
             "Выдача сведений об отсутствии (наличии) задолженности, учет по которой ведется в органах государственных доходов",
             "Выдача справки о суммах полученных доходов из источников в Республике Казахстан и удержанных (уплаченных) налогов",
             "Выдача справки о резидентстве", "Подтверждение уплаты подоходного налога в бюджет Республики Казахстан",
             "Постановка на регистрационный учет контрольно-кассовых машин", "Снятие с регистрационного учета контрольно-кассовых машин",
             "Выдача акта сверки расчетов с бюджетом"]
    d = _docx()
    para(d, "ПРОТОКОЛ № 7\nпринятия Единым контакт-центром государственных услуг для консультирования", bold=True, align="c")
    para(d, "г. Астана                                                                                          «12» февраля 2027 года")
    para(d, "Присутствовали:\nот Комитета государственных доходов МФ РК – Сейтказиева А.Б., главный эксперт Управления государственных услуг; Омаров Д.Е., эксперт;\nот Единого контакт-центра – Мамырбаева Л.С., руководитель группы обучения; Ким Д.А., Тастанбекова Р.М., операторы.", align="j")
    para(d, "Повестка: обучение ответственных сотрудников Единого контакт-центра по вопросам оказания государственных услуг в соответствии с пунктом 8 Правил.", align="j")
    para(d, "Обучение проведено 10–11 февраля 2027 года. Вопросы, направленные Единым контакт-центром 05.02.2027, рассмотрены, ответы даны в ходе обучения.", align="j")
    para(d, "РЕШИЛИ: принять для консультирования следующие государственные услуги:", bold=True)
    table(d, [["№", "Номер в Реестре", "Наименование"]] + [[str(i + 1), r, n] for i, (r, n) in enumerate(zip(regs, names))], size=9)
    para(d, "Консультирование начинается по истечении пяти рабочих дней с даты подписания настоящего протокола.", align="j")
    sign_table(d, "Мамырбаева Л.С. ____________", "Сейтказиева А.Б. ____________")
    save_docx(d, name)
    key(name, [tp_key(name, "2027-02-12", regs)],
        ctx(A_KGD, list(zip(regs, names)), "protocol", ("ЕКЦ-2027/262", "2027-02-05", "Вопросы к обучению по государственным услугам"),
            "mark 9 KGD services accepted (protocol 2027-02-12); consulting from +5 WD"),
        "training_protocol", "ru", "docx", "training held on 10–11 Feb but the protocol is dated 12 Feb; 9 of the 25 services only; the questions' date is a third date")


def p02():
    name = "p02-minjust-hattama-pdf.pdf"
    regs = ["00101004", "00101005", "00101011"]
    def flow():
        from reportlab.platypus import Spacer
        return [P("Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдау\nХАТТАМАСЫ / ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования", 11, True, 1),
                Spacer(1, 8), P("Астана қ. / г. Астана                                               2027 жылғы 15 ақпан / 15 февраля 2027 года", 9), Spacer(1, 8),
                P("Қазақстан Республикасы Әділет министрлігінің жауапты тұлғасы Кадырбекова С.Н. Бірыңғай байланыс орталығының қызметкерлеріне оқыту өткізді.", 9),
                P("Ответственным лицом Министерства юстиции Республики Казахстан Кадырбековой С.Н. проведено обучение сотрудников Единого контакт-центра по следующим государственным услугам:", 9, lead=12),
                Spacer(1, 4),
                ptable([["№", "Реестр нөмірі / № в реестре", "Атауы / Наименование"],
                        ["1", "00101004", "Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств"],
                        ["2", "00101005", "Государственная перерегистрация юридических лиц, учетная перерегистрация их филиалов и представительств"],
                        ["3", "00101011", "Апостилирование официальных документов, исходящих из органов юстиции"]], [25, 110, 340], size=8),
                Spacer(1, 8), P("Көрсетілген қызметтер консультация беру үшін қабылданды. / Указанные услуги приняты для консультирования.", 9),
                Spacer(1, 20), P("ЕКЦ: ______________ Абенова Г.Т.                    МЮ РК: ______________ Кадырбекова С.Н.", 9)]
    write(name, pdf_bytes(flow, land=False))
    key(name, [tp_key(name, "2027-02-15", regs, None)],
        ctx(A_MJ, [("00101004", "Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств"),
                                                  ("00101005", "Государственная перерегистрация юридических лиц, учетная перерегистрация их филиалов и представительств"),
                                                  ("00101011", "Апостилирование официальных документов, исходящих из органов юстиции")], "protocol", None,
            "mark three MJ services accepted on 2027-02-15"),
        "training_protocol", "kk+ru", "pdf", "bilingual kk/ru protocol (language not keyed), date written both as '2027 жылғы 15 ақпан' and '15 февраля 2027 года'")


def p03():
    name = "p03-kms-protokol-v-pisme.eml"
    att = "Протокол_обучения_КМС_18.02.2027.docx"
    regs = ["00601001", "00601002", "00601004", "00601005", "00601006", "00601009"]
    d = _docx()
    para(d, "Протокол\nпринятия государственных услуг для консультирования Единым контакт-центром", bold=True, align="c")
    para(d, "Дата составления: 18.02.2027\nМесто: г. Астана, ул. Тәуелсіздік, 1, конференц-зал КМС МВД РК")
    para(d, "1. В соответствии с пунктом 8 Правил взаимодействия Единого контакт-центра старшими инспекторами Байгабыловым Н.М. и Ким О.В. проведено обучение операторов Единого контакт-центра (8 человек, список прилагается).")
    para(d, "2. Единым контакт-центром приняты для консультирования государственные услуги: 00601001, 00601002, 00601004, 00601005, 00601006, 00601009.")
    para(d, "3. Замечаний к информации, представленной 25.01.2027, не имеется.")
    sign_table(d, "Руководитель направления\nЖакиянова А.Р. ________", "Начальник управления\nАйтжанов Б.С. ________")
    body = """Единый контакт-центр

Исх. № 6-1-3/1022 от 22.02.2027

Направляем подписанный протокол принятия государственных услуг для консультирования от 18.02.2027 (оригинал передан нарочно).

Приложение: на 2 л.

Начальник Управления документирования и регистрации населения          Б. Айтжанов
"""
    root = multi("mixed", [leaf(body, "plain", "cp1251", "quoted-printable"),
                           attach(att, docx_bytes(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "encword")], "kms_prot_0222")
    eml(name, ("КМС МВД РК", A_KMS[1]), EKC, "Протокол обучения (КМС)", "Mon, 22 Feb 2027 11:00:00 +0500", root, "<kms-1022-0222@mvd.gov.kz>")
    key(name, [tp_key(att, "2027-02-18", regs)],
        ctx(A_KMS, [("00601001", "Выдача разрешения на постоянное проживание иностранцам и лицам без гражданства"),
                                                  ("00601002", "Выдача и продление разрешения на временное проживание иностранцам и лицам без гражданства"),
                                                  ("00601004", "Выдача документов, удостоверяющих личность"),
                                                  ("00601005", "Регистрация по месту жительства населения Республики Казахстан"),
                                                  ("00601006", "Выдача справки о зарегистрированных (снятых с регистрации) лицах"),
                                                  ("00601009", "Присвоение статуса кандаса")], "protocol", None,
            "mark six migration services accepted on 2027-02-18"),
        "training_protocol", "ru", "eml+docx", "cover letter dated 22.02, protocol 18.02, and the form date 25.01 in the protocol text; registry numbers in running text")


def p04():
    name = "p04-goskorp-protokol.docx"
    svc = [("00801005", "Назначение пенсионных выплат по возрасту"), ("00801006", "Назначение государственного социального пособия по инвалидности"),
           ("00801007", "Назначение специального государственного пособия"), ("00801008", "Назначение социальной выплаты на случай потери работы из Государственного фонда социального страхования")]
    d = _docx()
    para(d, "ПРОТОКОЛ № 03/2027", bold=True, align="c")
    para(d, "принятия Единым контакт-центром государственных услуг для консультирования", align="c")
    para(d, "от « 24 » февраля 2027 г.", align="c")
    para(d, "Представители НАО «Государственная корпорация «Правительство для граждан» (Искакова Ж.Т.) и Единого контакт-центра (Байтасова Н.Е., Рахимов А.К.) составили настоящий протокол о том, что 22 и 23 февраля 2027 года проведено обучение сотрудников Единого контакт-центра по вопросам назначения пенсионных выплат по возрасту (№ 00801005), государственного социального пособия по инвалидности (№ 00801006), специального государственного пособия (№ 00801007) и социальной выплаты на случай потери работы (№ 00801008).", align="j")
    para(d, "По итогам обучения указанные государственные услуги приняты Единым контакт-центром для консультирования. Государственная услуга № 00801012 «Выдача справки с места жительства» для консультирования не принята в связи с предстоящим изменением правил её оказания и будет рассмотрена повторно.", align="j")
    para(d, "\nПодписи сторон:\n______________ Искакова Ж.Т.\n______________ Байтасова Н.Е.")
    save_docx(d, name)
    key(name, [tp_key(name, "2027-02-24", [s[0] for s in svc])],
        ctx(A_GK, svc + [("00801012", "Выдача справки с места жительства")], "protocol", None,
            "mark four pension/benefit services accepted on 2027-02-24; 00801012 stays in protocol step"),
        "training_protocol", "ru", "docx", "registry numbers only inside running text; a fifth number is explicitly NOT accepted and must not be in services")


def p05():
    name = "p05-kmfk-protokol-tekstom.eml"
    regs = ["00502001", "00502002", "00502005", "00502006", "00502009"]
    body = """Добрый день!

Ниже текст протокола, подписанный экземпляр направлен через ЕСЭДО.

ПРОТОКОЛ
принятия Единым контакт-центром государственных услуг для консультирования

г. Астана                                                   26.02.2027

Ответственными лицами Комитета медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан Абишевой М.С. и Жанатовым Е. проведено обучение ответственных сотрудников Единого контакт-центра по государственным услугам:
- 00502001 Выдача лицензии на фармацевтическую деятельность;
- 00502002 Выдача лицензии на деятельность в сфере оборота наркотических средств, психотропных веществ и прекурсоров;
- 00502005 Выдача лицензии на медицинскую деятельность;
- 00502006 Выдача разрешения на ввоз (вывоз) незарегистрированных лекарственных средств;
- 00502009 Аккредитация субъектов здравоохранения.

Услуги приняты для консультирования.

От ЕКЦ: Нурпеисова Д.А.
От КМФК МЗ РК: Абишева М.С.

--
Абишева Мадина
КМФК МЗ РК
"""
    root = leaf(body, "plain", "utf-8", "base64")
    eml(name, ("Абишева Мадина Серикқызы", "m.abisheva@dsm.gov.kz"), EKC, "Протокол обучения КМФК 26.02.2027", "Fri, 26 Feb 2027 17:30:00 +0500", root, "<AS8PR02MB7046C0FF@outlook.com>")
    key(name, [tp_key("body", "2027-02-26", regs)],
        ctx(A_KMFK, [("00502001", "Выдача лицензии на фармацевтическую деятельность"), ("00502002", "Выдача лицензии на деятельность в сфере оборота наркотических средств, психотропных веществ и прекурсоров"),
                     ("00502005", "Выдача лицензии на медицинскую деятельность"), ("00502006", "Выдача разрешения на ввоз (вывоз) незарегистрированных лекарственных средств"),
                     ("00502009", "Аккредитация субъектов здравоохранения")], "protocol", None,
            "mark five KMFK services accepted on 2027-02-26"),
        "training_protocol", "ru", "eml", "protocol text pasted into the body of a mail; date right-aligned on the city line")


def p06():
    name = "p06-minenergo-protokol.pdf"
    regs = ["01501001", "01501002", "01501003", "01501004", "01501005"]
    names = ["Выдача лицензии на осуществление деятельности по производству нефтепродуктов", "Выдача паспорта производства нефтепродуктов",
             "Выдача разрешения на сжигание сырого газа в факелах", "Согласование проектов разработки месторождений углеводородов",
             "Включение в перечень газоснабжающих организаций"]
    def flow():
        from reportlab.platypus import Spacer
        rows = [["Реестровый номер", "Наименование государственной услуги", "Отметка о принятии"]] + [[r, n, "принята"] for r, n in zip(regs, names)]
        rows.append(["01502001", "Выдача лицензии на обращение с ядерными материалами", "перенесено (обучение 15.03.2027)"])
        return [P("Протокол принятия Единым контакт-центром государственных услуг для консультирования", 12, True, 1), Spacer(1, 8),
                P("Дата: 01.03.2027          Место проведения: Министерство энергетики РК, каб. 712", 9), Spacer(1, 6),
                P("Обучение провел: Рахимжанов Б.О., главный эксперт Департамента развития нефтяной промышленности.\nОбучение прошли: сотрудники ЕКЦ согласно листу регистрации (6 чел.).", 9, lead=12), Spacer(1, 6),
                ptable(rows, [80, 300, 130], size=8), Spacer(1, 16),
                P("ЕКЦ ____________ Жарылгапова С.    Министерство энергетики РК ____________ Рахимжанов Б.О.", 9)]
    write(name, pdf_bytes(flow, land=False))
    key(name, [tp_key(name, "2027-03-01", regs)],
        ctx(A_ME, list(zip(regs, names)) + [("01502001", "Выдача лицензии на обращение с ядерными материалами")], "protocol", None,
            "mark five oil/gas services accepted on 2027-03-01; nuclear service postponed"),
        "training_protocol", "ru", "pdf", "acceptance column per row: the last row is postponed (not accepted) and must be left out; a future training date appears in it")


def p07():
    name = "p07-mtszn-protokol-cp1251.eml"
    att = "protokol_MTSZN.docx"
    regs = ["01001001", "01001003", "01001005", "01001011", "01002004"]
    d = _docx()
    para(d, "ПРОТОКОЛ № 2\nпринятия государственных услуг для консультирования", bold=True, align="c")
    para(d, "«03» марта 2027 г.", align="r")
    table(d, [["№ п/п", "№ услуги", "Наименование"],
              ["1", "01001001", "Назначение государственной адресной социальной помощи"],
              ["2", "01001003", "Назначение пособия по уходу за ребенком по достижении им возраста одного года"],
              ["3", "01001005", "Назначение пособия матери или отцу, усыновителю (удочерителю), опекуну (попечителю), воспитывающему ребенка с инвалидностью"],
              ["4", "01001011", "Назначение единовременной выплаты на погребение"],
              ["5", "01002004", "Выдача справки о регистрации в качестве безработного"]], size=9)
    para(d, "Обучение проведено. Услуги приняты для консультирования Единым контакт-центром с соблюдением пункта 9 Правил.")
    sign_table(d, "Оспанов Р.Т. ______", "Нургалиева Ә.Қ. ______")
    body = "Добрый день!\nНаправляем протокол обучения от 03.03.2027.\n\nДепартамент социальной помощи МТСЗН РК\nисп. Нургалиева А.К., 74-37-20\n"
    root = multi("mixed", [leaf(body, "plain", "cp1251", "8bit", None), attach(att, docx_bytes(d), "application/msword", "ascii")], "mtszn_p_0304")
    eml(name, ("МТСЗН РК", A_MTSZN[1]), EKC, "Протокол обучения", "Thu, 04 Mar 2027 09:45:00 +0500", root, "<enbek-prot-0304@enbek.gov.kz>")
    key(name, [tp_key(att, "2027-03-03", regs)],
        ctx(A_MTSZN, [("01001001", "Назначение государственной адресной социальной помощи"),
                     ("01001003", "Назначение пособия по уходу за ребенком по достижении им возраста одного года"),
                     ("01001005", "Назначение пособия матери или отцу, усыновителю (удочерителю), опекуну (попечителю), воспитывающему ребенка с инвалидностью"),
                     ("01001011", "Назначение единовременной выплаты на погребение"), ("01002004", "Выдача справки о регистрации в качестве безработного")], "protocol", None,
            "mark five social-protection services accepted on 2027-03-03"),
        "training_protocol", "ru", "eml+docx", "cp1251 body without charset label; DOCX attachment sent as application/msword")


def p08():
    name = "p08-mki-hattama-kk-ru.docx"
    regs = ["00701001", "00701002", "00701003"]
    d = _docx()
    para(d, "ХАТТАМА / ПРОТОКОЛ", bold=True, align="c")
    para(d, "мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы\nпринятия Единым контакт-центром государственных услуг для консультирования", align="c")
    para(d, "Астана қаласы                                                                  05.03.2027 ж.")
    para(d, "Қазақстан Республикасы Мәдениет және ақпарат министрлігінің ақпараттық саясат департаментінің бас сарапшысы С.Е. Ахметжанова Бірыңғай байланыс орталығының қызметкерлеріне 00701001, 00701002, 00701003 мемлекеттік көрсетілетін қызметтер бойынша оқыту өткізді.", align="j")
    para(d, "Главным экспертом Департамента информационной политики Министерства культуры и информации Республики Казахстан Ахметжановой С.Е. проведено обучение сотрудников Единого контакт-центра по государственным услугам 00701001, 00701002, 00701003. Услуги приняты для консультирования.", align="j")
    sign_table(d, "БББО / ЕКЦ: ________ Тулегенова М.", "МАМ / МКИ: ________ Ахметжанова С.Е.")
    save_docx(d, name)
    key(name, [tp_key(name, "2027-03-05", regs, None)],
        ctx(A_MKI, [("00701001", "Постановка на учет периодических печатных изданий, информационных агентств и сетевых изданий"),
                    ("00701002", "Выдача лицензии на деятельность по распространению теле-, радиоканалов"),
                    ("00701003", "Постановка на учет иностранных периодических печатных изданий, распространяемых на территории Республики Казахстан")], "protocol", None,
            "mark three MKI services accepted on 2027-03-05"),
        "training_protocol", "kk+ru", "docx", "bilingual ХАТТАМА/ПРОТОКОЛ (language not keyed), date '05.03.2027 ж.' on the city line, same numbers repeated in both languages (3 services, not 6)")


# =============================================================== NOT REPLIES (is_reply false)
def other_key(parts):
    return [{"part": p, "kind": "other"} for p in parts]


def n01():
    name = "n01-avtootvet-otpusk.eml"
    svc = [("01203001", "Выдача лицензии на изыскательскую деятельность")]
    body = """Здравствуйте!
Я нахожусь в ежегодном трудовом отпуске с 15.03.2027 по 09.04.2027 без доступа к почте.
По срочным вопросам обращайтесь в Управление лицензирования и аттестации: 8 (7172) 24-08-71.

Сәлеметсіз бе! Мен 2027 жылғы 15 наурыздан 9 сәуірге дейін еңбек демалысындамын.
"""
    root = leaf(body, "plain", "utf-8", "base64")
    eml(name, ("Воробьева Елена Анатольевна", "e.vorobyeva@mps.gov.kz"), EKC, "Автоматический ответ: [EKC-2027/520] Вопросы к обучению", "Tue, 16 Mar 2027 09:00:03 +0500", root,
        "<auto-0316-vorobyeva@mps.gov.kz>", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", "<ekc-2027-520@ekc.gov.kz>")])
    key(name, other_key(["body"]),
        ctx(A_KDS, svc, "protocol", ("ЕКЦ-2027/520", "2027-03-16", "Вопросы к обучению"), "record the auto-reply on the case; do not answer", False),
        "other", "ru", "eml", "Outlook out-of-office auto-reply (Auto-Submitted) with the case tag in the subject; mentions a phone and dates")


def n02():
    name = "n02-nedostavka-dsn.eml"
    orig = b"""From: info@ekc.gov.kz
To: o.kim@mvd.gov.kz
Subject: =?utf-8?B?W0VLQy0yMDI3LzUyNF0g0JLQvtC/0YDQvtGB0Ysg0Log0L7QsdGD0YfQtdC90LjRjg==?=
Date: Wed, 17 Mar 2027 10:00:00 +0500
Message-ID: <ekc-2027-524@ekc.gov.kz>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0KPQstCw0LbQsNC10LzQsNGPINCe0LvRjNCz0LAg0JLQuNC60YLQvtGA0L7QstC90LAhCg==
"""
    text = leaf("""Это сообщение создано автоматически сервером доставки почты.

Не удалось доставить сообщение следующим получателям:
    o.kim@mvd.gov.kz
    550 5.1.1 User unknown (учетная запись отключена)
""", "plain", "utf-8", "8bit")
    status = ([("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns; mx1.mvd.gov.kz
Arrival-Date: Wed, 17 Mar 2027 10:00:04 +0500

Final-Recipient: rfc822; o.kim@mvd.gov.kz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""")
    rfc = ([("Content-Type", "message/rfc822")], orig)
    parts = multi("report", [text, status, rfc], "dsn-9a1b2c3d4e")
    parts = ([("Content-Type", 'multipart/report; report-type=delivery-status; boundary="dsn-9a1b2c3d4e"')], parts[1])
    eml(name, ("Mail Delivery System", "MAILER-DAEMON@mx1.mvd.gov.kz"), EKC, "Undelivered Mail Returned to Sender", "Wed, 17 Mar 2027 10:00:05 +0500", parts,
        "<20270317050005.DSN@mx1.mvd.gov.kz>", extra=[("Auto-Submitted", "auto-replied")])
    key(name, other_key(["body"]),
        ctx(A_KMS, [("00601001", "Выдача разрешения на постоянное проживание иностранцам и лицам без гражданства")], "consulting",
            ("ЕКЦ-2027/524", "2027-03-17", "Вопросы к обучению"), "mark the address o.kim@mvd.gov.kz as failing; no case change", False),
        "other", "ru", "eml (multipart/report)", "delivery status notification with our original message (which names a person) enclosed")


def n03():
    name = "n03-sed-registraciya-vhodyashego.eml"
    body = """Уведомление системы электронного документооборота

Ваш документ № ЕКЦ-2027/530 от 18.03.2027 «О предоставлении информации по государственным услугам» зарегистрирован в Министерстве энергетики Республики Казахстан.
Входящий № 3-11/4471-вх от 18.03.2027.
Исполнитель: Департамент атомной энергетики и промышленности.
Срок исполнения: 23.03.2027.

Это сообщение сформировано автоматически, отвечать на него не нужно.
"""
    root = leaf(body, "plain", "cp1251", "quoted-printable")
    eml(name, (None, "noreply-esedo@energo.gov.kz"), EKC, "ЕСЭДО: документ зарегистрирован", "Thu, 18 Mar 2027 15:02:41 +0500", root, "<esedo-4471@energo.gov.kz>",
        extra=[("Auto-Submitted", "auto-generated")])
    key(name, other_key(["body"]),
        ctx(A_ME, [("01502001", "Выдача лицензии на обращение с ядерными материалами")], "information",
            ("ЕКЦ-2027/530", "2027-03-18", "О предоставлении информации по государственным услугам"), "record the incoming number on the request; nothing else", False),
        "other", "ru", "eml", "automatic registration notice of our letter in the ministry's e-doc system; has executor, deadline and numbers but is no reply")


def n04():
    name = "n04-priglashenie-vebinar.eml"
    html = """<html><body><table width="600" align="center" style="font-family:Arial"><tr><td>
<h2 style="color:#0a5db6">Вебинар: «Цифровые государственные услуги 2027»</h2>
<p>Уважаемые коллеги!</p>
<p>Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан приглашает представителей государственных органов и Единого контакт-центра принять участие в вебинаре, посвященном изменениям в правилах оказания государственных услуг в электронном формате.</p>
<p><b>Дата:</b> 25 марта 2027 года, 15:00 (Астана)<br><b>Регистрация:</b> <a href="https://events.mdai.gov.kz/webinar-0325">events.mdai.gov.kz/webinar-0325</a></p>
<p>Спикеры: Тажибаев А.С., главный эксперт Департамента государственных услуг; Оразбаев С.Е., эксперт Департамента цифровизации.</p>
<p style="font-size:10px;color:#888">Вы получили это письмо, так как включены в рассылку МЦРИАП. <a href="https://events.mdai.gov.kz/unsubscribe">Отписаться</a></p>
</td></tr></table></body></html>"""
    root = multi("alternative", [leaf("Вебинар «Цифровые государственные услуги 2027», 25 марта 2027 года, 15:00. Регистрация: events.mdai.gov.kz/webinar-0325\n", "plain", "utf-8", "quoted-printable"),
                                 leaf(html, "html", "utf-8", "quoted-printable")], "mdai_news_0319")
    eml(name, ("МЦРИАП РК", "news@mdai.gov.kz"), "undisclosed-recipients:;", "Приглашение на вебинар 25 марта", "Fri, 19 Mar 2027 11:00:00 +0500", root,
        "<news-0319@mdai.gov.kz>", extra=[("List-Unsubscribe", "<https://events.mdai.gov.kz/unsubscribe>"), ("Precedence", "bulk")])
    key(name, other_key(["body"]),
        ctx(A_MCRIAP, [("01601008", "Регистрация электронной цифровой подписи")], "consulting", None, "none; newsletter", False),
        "other", "ru", "eml (HTML newsletter)", "bulk mail from a ministry the centre works with, names two people with positions who are responsible persons elsewhere")


def n05():
    name = "n05-vopros-po-zapolneniyu.eml"
    body = """Добрый день!

Получили ваш запрос ЕКЦ-2027/535 от 19.03.2027. Просим разъяснить:
1) нужно ли заполнять графу 5 «Регламент государственной услуги», если регламенты отменены;
2) можно ли указать в графе 8 двух ответственных лиц по одной услуге (основной и замещающий)?

Форма будет направлена после получения разъяснений.

С уважением,
Тұрсынбаев Еркебұлан
МВРИ РК, 79-34-12
"""
    root = leaf(body, "plain", "utf-8", "8bit")
    eml(name, ("Тұрсынбаев Еркебұлан", "e.tursynbaev@water-min.gov.kz"), EKC, "Re: ЕКЦ-2027/535 вопрос по форме", "Mon, 22 Mar 2027 10:44:00 +0500", root, "<tursynbaev-0322@water-min.gov.kz>")
    key(name, other_key(["body"]),
        ctx(A_MVRI, [("02001007", "Выдача разрешения на забор воды из трансграничных водных объектов")], "information",
            ("ЕКЦ-2027/535", "2027-03-19", "О предоставлении информации по форме приложения 1"), "an operator answers the question; the case keeps waiting for the form", False),
        "other", "ru", "eml", "a reply to our request that only asks questions about the form (mentions columns 5 and 8) — nothing to apply")


def n06():
    name = "n06-zabyli-vlozhenie.eml"
    body = """Единый контакт-центр

Исх. № 7-1/702 от 23.03.2027

Комитет регистрационной службы Министерства юстиции Республики Казахстан направляет информацию по форме приложения 1 к Правилам взаимодействия по государственным услугам № 00101021 и № 00101022.

Приложение: на 2 л.

Председатель Комитета                                  Н. Алдабергенов

Исп.: Ерланов Е., 58-01-77
"""
    root = leaf(body, "plain", "cp1251", "8bit")
    eml(name, ("КРС МЮ РК", A_KRS[1]), EKC, "Исх. 7-1/702 информация для ЕКЦ", "Tue, 23 Mar 2027 16:20:00 +0500", root, "<krs-702@adilet.gov.kz>")
    key(name, other_key(["body"]),
        ctx(A_KRS, [("00101021", "Государственная регистрация залога транспортных средств"), ("00101022", "Выдача справки о наличии или отсутствии залога")], "information",
            ("ЕКЦ-2027/228", "2027-02-03", "О предоставлении информации по форме приложения 1"),
            "operator asks the agency to resend: the covering letter announces an attachment that is missing", False),
        "other", "ru", "eml", "covering letter announcing 'Приложение: на 2 л.' with no attachment at all")


def n07():
    name = "n07-uvedomlenie-o-prochtenii.eml"
    root = multi("report", [leaf("Ваше сообщение\n\n  Кому: Ермеков Талгат Булатович\n  Тема: [EKC-2027/540] Вопросы к обучению\n  Отправлено: 24.03.2027 11:00\n\nбыло прочитано 24.03.2027 11:42.\n", "plain", "utf-8", "8bit"),
                            ([("Content-Type", "message/disposition-notification")], b"Reporting-UA: t.ermekov@dsm.gov.kz; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;t.ermekov@dsm.gov.kz\nOriginal-Message-ID: <ekc-2027-540@ekc.gov.kz>\nDisposition: manual-action/MDN-sent-manually; displayed\n")],
                 "mdn_0324")
    root = ([("Content-Type", 'multipart/report; report-type=disposition-notification; boundary="mdn_0324"')], root[1])
    eml(name, ("Ермеков Талгат Булатович", "t.ermekov@dsm.gov.kz"), EKC, "Прочитано: [EKC-2027/540] Вопросы к обучению", "Wed, 24 Mar 2027 11:42:10 +0500", root, "<mdn-0324-ermekov@dsm.gov.kz>")
    key(name, other_key(["body"]),
        ctx(A_KSEC, [("00504002", "Выдача санитарно-эпидемиологического заключения о соответствии объекта высокой эпидемической значимости")], "protocol",
            ("ЕКЦ-2027/540", "2027-03-24", "Вопросы к обучению"), "record that the questions were read; nothing else", False),
        "other", "ru", "eml (MDN)", "read receipt (message/disposition-notification) with a person's full name and the case tag")


def n08():
    name = "n08-peresylka-zhaloby.eml"
    att = "Обращение_Сейтов_Б.pdf"
    def flow():
        from reportlab.platypus import Spacer
        return [P("Министру труда и социальной защиты населения РК\nот Сейтова Бахытжана Кайратовича, г. Караганда", 10, align=2), Spacer(1, 12),
                P("ЖАЛОБА", 12, True, 1), Spacer(1, 8),
                P("Я обратился в ЕКЦ по телефону 1414 за разъяснением по назначению пособия по уходу за ребенком, оператор сообщил мне неверный перечень документов. Прошу разобраться.", 10, lead=14),
                Spacer(1, 12), P("15.03.2027                   Сейтов Б.К.", 10)]
    body = """Единый контакт-центр

Министерство труда и социальной защиты населения Республики Казахстан направляет для рассмотрения по компетенции обращение гражданина Сейтова Б.К. по вопросу консультирования операторами Единого контакт-центра (государственная услуга 01001003).

Просим о результатах рассмотрения проинформировать заявителя и Министерство.

Приложение: на 1 л.

Директор Департамента социальной помощи          А. Сулейменова
"""
    root = multi("mixed", [leaf(body, "plain", "utf-8", "base64"), attach(att, pdf_bytes(flow, land=False), "application/pdf", "encword")], "mtszn_zh_0325")
    eml(name, ("МТСЗН РК", A_MTSZN[1]), EKC, "О направлении обращения по компетенции", "Thu, 25 Mar 2027 12:12:00 +0500", root, "<enbek-zh-0325@enbek.gov.kz>")
    key(name, other_key(["body", att]),
        ctx(A_MTSZN, [("01001003", "Назначение пособия по уходу за ребенком по достижении им возраста одного года")], "consulting", None,
            "register as a citizen complaint about consulting quality (not a case event)", False),
        "other", "ru", "eml+pdf", "an agency forwards a citizen's complaint about the centre; phrase 'по компетенции' and a registry number but nothing to apply")


def n09():
    name = "n09-raskhozhdenie-otchet.docx"
    d = _docx()
    para(d, "КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ\nМИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c")
    para(d, "08.04.2027 № КГД-МКД-09/2410", size=10)
    para(d, "Единый контакт-центр", align="r")
    para(d, "Комитет государственных доходов, рассмотрев аналитический отчет Единого контакт-центра за март 2027 года (приложение 2 к Правилам), сообщает о расхождении данных: по государственной услуге 00201009 «Выдача справки о резидентстве» в отчете указано 14 жалоб, тогда как по данным внутреннего контроля Комитета зарегистрировано 9 обращений.", align="j")
    para(d, "Просим представить пояснительную информацию по каждому случаю расхождения.", align="j")
    para(d, "\nЗаместитель Председателя                                    Н. Абдиров")
    para(d, "\nИсп.: Жунусов Б.Н., 71-84-30", size=8)
    save_docx(d, name)
    key(name, other_key([name]),
        ctx(A_KGD, [("00201009", "Выдача справки о резидентстве")], "consulting", None,
            "operator prepares the p.16 discrepancy explanation; no case state change", False),
        "other", "ru", "docx", "official letter about the monthly Appendix 2 report (p.14/p.16) — looks like a reply, has a registry number and an executor")


def n10():
    name = "n10-fishing-pochtovyi-yashik.eml"
    html = """<html><body><p>Уважаемый пользователь info@ekc.gov.kz,</p>
<p>Ваш почтовый ящик превысил лимит хранения (98%). Входящие письма от государственных органов будут отклоняться.</p>
<p>Для увеличения квоты подтвердите учетную запись: <a href="http://mail-gov-kz.verify-quota.top/login">ПОДТВЕРДИТЬ</a></p>
<p>Служба технической поддержки mail.gov.kz</p></body></html>"""
    root = leaf(html, "html", "utf-8", "base64")
    eml(name, ("Администратор mail.gov.kz", "support@mail-gov-kz.verify-quota.top"), EKC, "Внимание: почтовый ящик переполнен", "Sat, 27 Mar 2027 03:14:00 +0300", root,
        "<0000123456789@verify-quota.top>", extra=[("Reply-To", "support@verify-quota.top")])
    key(name, other_key(["body"]),
        {"agency": {"name": None, "email": "support@mail-gov-kz.verify-quota.top", "bin": None}, "services": [], "awaiting": "consulting",
         "our_letter": None, "expected_effect": "quarantine; sender is no known agency", "is_reply": False},
        "other", "ru", "eml (HTML)", "phishing posing as the gov mail service; no agency")


def n11():
    name = "n11-prodlenie-sroka.txt"
    text = """Министерство культуры и информации Республики Казахстан
№ 03-2/1488 от 29.03.2027

Единый контакт-центр

На № ЕКЦ-2027/545 от 24.03.2027

Министерство культуры и информации Республики Казахстан в связи с проводимой реорганизацией структурных подразделений просит продлить срок представления информации по государственным услугам 00706006 и 00706007 по форме приложения 1 к Правилам взаимодействия до 12 апреля 2027 года.

Ответственное лицо будет определено после утверждения новой структуры Министерства.

Вице-министр                           Е. Қожамжаров
"""
    write_text(name, text)
    key(name, other_key([name]),
        ctx(A_MKI, [("00706006", "Выдача разрешения на проведение археологических работ"), ("00706007", "Согласование научно-проектной документации на объекты историко-культурного наследия")],
            "appointment", ("ЕКЦ-2027/545", "2027-03-24", "О предоставлении информации по форме приложения 1"),
            "operator decides on the extension; deadlines stay as computed", False),
        "other", "ru", "txt", "request for an extension: names registry numbers, the Rules, the responsible person (to be appointed later) — but neither an appointment nor a refusal")


def n12():
    name = "n12-dlya-svedeniya-postanovlenie.eml"
    att = "postanovlenie_PRK_izm_reestr.pdf"
    def flow():
        from reportlab.platypus import Spacer
        return [P("ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН", 12, True, 1), P("от 17 марта 2027 года № 164", 10, align=1), Spacer(1, 10),
                P("О внесении изменений в постановление Правительства Республики Казахстан «Об утверждении реестра государственных услуг»", 10, True, 1), Spacer(1, 8),
                P("Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:\n1. Внести в реестр государственных услуг следующие изменения: строку, порядковый номер 01202006, изложить в новой редакции; дополнить строкой, порядковый номер 01202007.\n2. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.", 10, lead=14),
                Spacer(1, 14), P("Премьер-Министр Республики Казахстан", 10)]
    body = "Для сведения и использования в работе.\n\nКанцелярия МПС РК\n"
    root = multi("mixed", [leaf(body, "plain", "utf-8", "8bit"), attach(att, pdf_bytes(flow, land=False), "application/pdf", "ascii")], "mps_info_0330")
    eml(name, ("Канцелярия МПС", A_MPS[1]), EKC, "для сведения: ППРК № 164", "Tue, 30 Mar 2027 10:00:00 +0500", root, "<mps-info-0330@mps.gov.kz>")
    key(name, other_key(["body", att]),
        ctx(A_MPS, [("01202006", "Выдача разрешения на экспорт продукции двойного назначения")], "consulting", None,
            "operator checks the registry import; no case event from this mail", False),
        "other", "ru", "eml+pdf", "a government decree amending the Registry sent 'for information' — mentions registry numbers and effective terms but is no change notice of the agency")


def n13():
    name = "n13-otzyv-soobshcheniya.eml"
    body = """Калиев Ербол Нурланович хочет отозвать сообщение "О временной замене ответственного лица".
"""
    root = leaf(body, "plain", "utf-8", "8bit")
    eml(name, ("Калиев Ербол Нурланович", "e.kaliev@transport.gov.kz"), EKC, "Отзыв: О временной замене ответственного лица", "Tue, 16 Mar 2027 16:41:00 +0500", root,
        "<recall-0316-kaliev@transport.gov.kz>", extra=[("X-MS-Exchange-Organization-Recall", "True")])
    key(name, other_key(["body"]),
        ctx(A_KTRAN, [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "consulting", None,
            "operator notes the recall attempt (the replacement letter r09 stays valid unless withdrawn officially)", False),
        "other", "ru", "eml", "Outlook message recall whose subject repeats the title of a real replacement letter")



# =============================================================== MANIFEST and main
ORDER = (["f%02d" % i for i in range(1, 23)] + ["a%02d" % i for i in range(1, 13)] + ["r%02d" % i for i in range(1, 13)]
         + ["c%02d" % i for i in range(1, 11)] + ["x%02d" % i for i in range(1, 9)] + ["p%02d" % i for i in range(1, 9)]
         + ["n%02d" % i for i in range(1, 14)])


def write_manifest():
    from collections import Counter
    lines = ["# Corpus heldout-r3f / daniyar", "",
             "Letters of central state bodies (ministries, committees, national companies, the State corporation) to the Unified Contact Centre,",
             "in the heavy official Russian style, with some Kazakh. All people, numbers, phones, addresses, BINs and orders are invented.",
             "Rebuild: `/tmp/cv-daniyar/bin/python make.py` (python-docx, openpyxl, reportlab). Each input has `.expected.json` and `.context.json`.",
             "", "Conventions of the keys:",
             "- ditto marks (`-//-`, `то же`, `-\"-`, `″`, a cell merged over several rows) are keyed with the value they repeat;",
             "- a column with an empty cell or a dash is `null`; text such as `не предусмотрен` is kept as written;",
             "- appointments (p.5) are `responsible_change` with `previous_responsible: null`; change notices name only the changed fields, the other",
             "  three information fields are `null` (service_name and responsible are not keyed there);",
             "- a covering letter in a mail body is not keyed when the form is attached (only the attachment's document);",
             "- `language` is left out of the key for evenly bilingual kk/ru documents.", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for n, k, l, f, h in MANIFEST:
        lines.append(f"| `{n}` | {k} | {l} | {f} | {h} |")
    c = Counter(k for _, k, _, _, _ in MANIFEST)
    lines += ["", "Counts: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) + f"; total {len(MANIFEST)}."]
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    g = globals()
    for n in ORDER:
        g[n]()
    write_manifest()
    print(len(MANIFEST), "documents")
