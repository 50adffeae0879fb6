# -*- coding: utf-8 -*-
import json, os, io, base64
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header
from email.utils import formataddr
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side

OUT = "/work/main/corpora/heldout-r3b/zhanna"
EKC = "kanc@ekc.gov.kz"
EKC_NAME = "Единый контакт-центр"

def svc(reg, name=None, std=None, reg_=None, npa=None, web=None, fio=None, pos=None, email=None, phone=None, full=True):
    """a service dict for a key; full=True -> all fields present (null where empty)"""
    d = {"registry_number": reg}
    if full:
        d.update({"service_name": name, "standard": std, "regulation": reg_, "npa_changes": npa, "website": web,
                  "responsible": {"full_name": fio, "position": pos, "email": email, "phone": phone}})
    else:
        for k, v in (("service_name", name), ("standard", std), ("regulation", reg_), ("npa_changes", npa), ("website", web)):
            d[k] = v
    return d

def save_meta(fname, docs, context, exit_=0):
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit_, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, fname + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(context, f, ensure_ascii=False, indent=2)

def ctx(agency, email, bin_, services, awaiting, our_letter, effect, is_reply=True):
    return {"agency": {"name": agency, "email": email, "bin": bin_},
            "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": None if our_letter is None else {"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]},
            "expected_effect": effect, "is_reply": is_reply}

# ---------- DOCX ----------
def _set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size: r.font.size = Pt(size)

def docx_build(parts, landscape=False, font="Times New Roman", size=12):
    """parts: list of ('p', text[, bold]) / ('t', rows, header_rows_count, widths?) """
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    for part in parts:
        if part[0] == "p":
            p = d.add_paragraph()
            r = p.add_run(part[1])
            if len(part) > 2 and part[2]: r.bold = True
        elif part[0] == "t":
            rows, nhead = part[1], part[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            merges = part[3] if len(part) > 3 else []
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    if val is None: continue
                    _set_cell(t.cell(i, j), val, bold=(i < nhead), size=(part[4] if len(part) > 4 else 9))
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1); b = t.cell(r2, c2)
                txt = a.text
                m = a.merge(b)
                _set_cell(m, txt, bold=True, size=9)
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()

# ---------- XLSX ----------
def xlsx_build(sheets):
    """sheets: list of (title, rows(list of lists), merges list of 'A1:B2', widths dict)"""
    wb = openpyxl.Workbook()
    first = True
    thin = Side(style="thin")
    for title, rows, merges, widths, table_from in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row, 1):
                if v is None: continue
                c = ws.cell(row=i, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if table_from and table_from[0] <= i <= table_from[1]:
                    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for m in merges: ws.merge_cells(m)
        for k, w in (widths or {}).items(): ws.column_dimensions[k].width = w
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()

# ---------- PDF ----------
def pdf_build(parts, landscape_=False):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    ps = ParagraphStyle("n", fontName="DejaVu", fontSize=10, leading=13)
    pb = ParagraphStyle("b", fontName="DejaVu-Bold", fontSize=10, leading=13)
    pc = ParagraphStyle("c", fontName="DejaVu", fontSize=8, leading=10)
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if landscape_ else A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    fl = []
    for part in parts:
        if part[0] == "p":
            txt = part[1].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
            fl.append(Paragraph(txt, pb if (len(part) > 2 and part[2]) else ps))
            fl.append(Spacer(1, 4))
        elif part[0] == "t":
            data = [[Paragraph((c or "").replace("&", "&amp;").replace("\n", "<br/>"), pc) for c in r] for r in part[1]]
            t = Table(data, colWidths=part[2] if len(part) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl.append(t); fl.append(Spacer(1, 8))
    doc.build(fl)
    return bio.getvalue()

# ---------- EML ----------
def _addr(name, email):
    return formataddr((str(Header(name, "utf-8")), email)) if name else email

def eml_build(frm, to, subject, date, text=None, html=None, charset="utf-8", attachments=(), msgid=None,
              cte="8bit", label=None, extra_headers=()):
    """frm/to: (name, email). charset used to encode bodies; label = charset written in header (may differ/None)."""
    lab = charset if label is None else label
    def part(body, sub):
        raw = body.encode(charset, "xmlcharrefreplace" if sub == "html" else "strict")
        p = MIMEBase("text", sub)
        if lab:
            p.set_param("charset", lab)
        if cte == "base64":
            p.set_payload(base64.encodebytes(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "base64"
        elif cte == "qp":
            import quopri
            p.set_payload(quopri.encodestring(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "quoted-printable"
        else:
            p.set_payload(raw.decode(charset, "surrogateescape") if False else None)
            p._payload = raw  # raw bytes, serialised below
            p["Content-Transfer-Encoding"] = "8bit"
        return p
    if text is not None and html is not None:
        body = MIMEMultipart("alternative"); body.attach(part(text, "plain")); body.attach(part(html, "html"))
    elif html is not None:
        body = part(html, "html")
    else:
        body = part(text, "plain")
    if attachments:
        msg = MIMEMultipart("mixed"); msg.attach(body)
        for name, data, mime in attachments:
            mt, st = mime.split("/")
            a = MIMEBase(mt, st); a.set_payload(data); encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=(("utf-8", "", name) if any(ord(c) > 127 for c in name) else name))
            if any(ord(c) > 127 for c in name):
                a.set_param("name", str(Header(name, "utf-8").encode()))
            else:
                a.set_param("name", name)
            msg.attach(a)
    else:
        msg = body
    msg["From"] = _addr(*frm)
    msg["To"] = _addr(*to)
    msg["Subject"] = str(Header(subject, "utf-8").encode()) if any(ord(c) > 127 for c in subject) else subject
    msg["Date"] = date
    import hashlib
    msg["Message-ID"] = msgid or "<%s@%s>" % (hashlib.md5((subject + date).encode()).hexdigest()[:16], frm[1].split("@")[1])
    if "MIME-Version" not in msg: msg["MIME-Version"] = "1.0"
    for k, v in extra_headers: msg[k] = v
    # serialise: headers via generator, 8bit payloads raw
    return _serialise(msg)

def _serialise(msg):
    from email.generator import BytesGenerator
    import copy
    # replace raw-bytes payloads by surrogateescape strings so BytesGenerator writes them back as bytes
    for p in msg.walk():
        if isinstance(p._payload, bytes):
            p._payload = p._payload.decode("ascii", "surrogateescape")
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\r\n")
    return bio.getvalue()

def write(fname, data):
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)

MANIFEST = []
def man(fname, kind, lang, fmt, hard):
    MANIFEST.append("| %s | %s | %s | %s | %s |" % (fname, kind, lang, fmt, hard))
# ======================= BATCH 1: appendix1_form (15) =======================
DOCX_MT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RU_HEAD = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
           "Стандарт государственной услуги (с указанием его реквизитов)",
           "Регламент государственной услуги (с указанием его реквизитов)",
           "Изменения нормативных правовых актов",
           "Интернет-ресурс, на котором размещена информация о государственной услуге",
           "Фамилия, имя, отчество, должность ответственного лица"]
KK_HEAD = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
           "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
           "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
           "Нормативтік құқықтық актілерге енгізілген өзгерістер",
           "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
           "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
NUMROW = ["1", "2", "3", "4", "5", "6", "7", "8"]

def row_of(i, s, col8, dash="–"):
    return [str(i), s["registry_number"], s["service_name"], s["standard"], s["regulation"] or dash,
            s["npa_changes"] or dash, s["website"] or dash, col8]

def form_key(part, services, exe, date, lang="ru"):
    d = {"part": part, "kind": "appendix1_form"}
    if lang: d["language"] = lang
    d["services"] = services
    d["executor"] = {"full_name": exe, "date": date}
    return d

# ---- F01: Минздрав, docx, 2 rows, number row
def f01():
    fn = "f01-mz-prilozhenie1.docx"
    s1 = svc("00901014", "Выдача лицензии на фармацевтическую деятельность",
             "Правила оказания государственной услуги «Выдача лицензии на фармацевтическую деятельность», утвержденные приказом Министра здравоохранения Республики Казахстан от 20 ноября 2025 года № 318",
             None, None, "www.egov.kz",
             "Бейсенова Алия Маратовна", "главный эксперт Управления лицензирования Комитета медицинского и фармацевтического контроля",
             "a.beisenova@dsm.gov.kz", "8 (7172) 74-32-18")
    s2 = svc("00901022", "Выдача разрешения на ввоз незарегистрированных лекарственных средств",
             "Правила оказания государственной услуги «Выдача разрешения на ввоз незарегистрированных лекарственных средств», утвержденные приказом Министра здравоохранения Республики Казахстан от 20 ноября 2025 года № 319",
             None, "Приказ Министра здравоохранения Республики Казахстан от 14 января 2026 года № 7 «О внесении изменения в приказ от 20 ноября 2025 года № 319»",
             "https://www.gov.kz/memleket/entities/dsm",
             "Жунусов Ержан Болатович", "эксперт Управления лицензирования Комитета медицинского и фармацевтического контроля",
             "e.zhunusov@dsm.gov.kz", "8 (7172) 74-32-27")
    c1 = "Бейсенова Алия Маратовна, главный эксперт Управления лицензирования Комитета медицинского и фармацевтического контроля, тел. 8 (7172) 74-32-18, a.beisenova@dsm.gov.kz"
    c2 = "Жунусов Ержан Болатович, эксперт Управления лицензирования Комитета медицинского и фармацевтического контроля, тел. 8 (7172) 74-32-27, e.zhunusov@dsm.gov.kz"
    data = docx_build([
        ("p", "Приложение 1 к Правилам взаимодействия Единого контакт-центра"),
        ("p", "Информация о государственной услуге", True),
        ("t", [RU_HEAD, NUMROW, row_of(1, s1, c1), row_of(2, s2, c2)], 1),
        ("p", ""),
        ("p", "Ф.И.О. ответственного исполнителя: Бейсенова Алия Маратовна"),
        ("p", "Дата: « 03 » февраля 2026 г."),
    ], landscape=True)
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1, s2], "Бейсенова Алия Маратовна", "2026-02-03")],
              ctx("Министерство здравоохранения Республики Казахстан", "kanc@dsm.gov.kz", "960340001228",
                  [("00901014", s1["service_name"]), ("00901022", s2["service_name"])], "information",
                  ("ЕКЦ-2026/088", "2026-01-22", "О представлении информации по форме приложения 1"),
                  "внести сведения по двум услугам в базу ЕКЦ, назначить обучение"))
    man(fn, "appendix1_form", "ru", "docx", "landscape, column-number row, regulation as dash, URL with path")

# ---- F02: УО Карагандинской обл., eml utf-8 + docx attachment, 3 rows, position first in col 8
def f02():
    fn = "f02-uo-karaganda.eml"; att = "Приложение 1_УО_ЕКЦ.docx"
    s1 = svc("00402031", "Прием документов и зачисление детей в дошкольные организации",
             "Правила оказания государственной услуги «Прием документов и зачисление детей в дошкольные организации», утвержденные приказом Министра просвещения Республики Казахстан от 31 августа 2022 года № 385",
             None, None, "www.egov.kz",
             "Оспанова Динара Кайратовна", "руководитель отдела дошкольного образования", "d.ospanova@krg-edu.gov.kz", "+7 (7212) 41-06-55")
    s2 = svc("00402044", "Выдача дубликатов документов об основном среднем, общем среднем образовании",
             "Правила оказания государственной услуги «Выдача дубликатов документов об основном среднем, общем среднем образовании», утвержденные приказом Министра просвещения Республики Казахстан от 24 ноября 2022 года № 473",
             None, "приказ Министра просвещения Республики Казахстан от 9 октября 2025 года № 211", "www.egov.kz",
             "Кравченко Ирина Владимировна", "главный специалист отдела среднего образования", "i.kravchenko@krg-edu.gov.kz", "+7 (7212) 41-07-12")
    s3 = svc("00402059", "Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах",
             "Правила оказания государственной услуги «Предоставление бесплатного подвоза к общеобразовательным организациям и обратно домой детям, проживающим в отдаленных сельских пунктах», утвержденные приказом Министра просвещения Республики Казахстан от 24 ноября 2022 года № 473",
             None, None, "www.egov.kz",
             "Кравченко Ирина Владимировна", "главный специалист отдела среднего образования", "i.kravchenko@krg-edu.gov.kz", "+7 (7212) 41-07-12")
    c1 = "Руководитель отдела дошкольного образования\nОспанова Динара Кайратовна\n+7 (7212) 41-06-55\nd.ospanova@krg-edu.gov.kz"
    c2 = "Главный специалист отдела среднего образования Кравченко Ирина Владимировна, +7 (7212) 41-07-12, i.kravchenko@krg-edu.gov.kz"
    data = docx_build([
        ("p", "Государственное учреждение «Управление образования Карагандинской области»", True),
        ("p", "Запрос о предоставлении информации о государственной услуге"),
        ("t", [RU_HEAD, row_of(1, s1, c1, "-"), row_of(2, s2, c2, "-"), row_of(3, s3, c2, "-")], 1),
        ("p", "Исполнитель: Кравченко Ирина Владимировна"),
        ("p", "Дата: 11.02.2026"),
    ], landscape=True)
    body = """Добрый день!

Направляем заполненную форму (приложение 1) по трем государственным услугам Управления образования
Карагандинской области во исполнение Вашего запроса № ЕКЦ-2026/102 от 04.02.2026.
Ответственные лица указаны в графе 8. По вопросам обучения просим связываться с Оспановой Д.К.

С уважением,
Кравченко Ирина
главный специалист отдела среднего образования
ГУ «Управление образования Карагандинской области»
г. Караганда, ул. Ерубаева, 30
тел. 8 (7212) 41-07-12
"""
    e = eml_build(("Кравченко Ирина", "i.kravchenko@krg-edu.gov.kz"), (EKC_NAME, EKC),
                  "Ответ на исх. ЕКЦ-2026/102 - приложение 1", "Wed, 11 Feb 2026 16:42:10 +0500",
                  text=body, cte="qp", attachments=[(att, data, DOCX_MT)])
    write(fn, e)
    save_meta(fn, [form_key(att, [s1, s2, s3], "Кравченко Ирина Владимировна", "2026-02-11")],
              ctx("ГУ «Управление образования Карагандинской области»", "kanc@krg-edu.gov.kz", "990240003317",
                  [("00402031", s1["service_name"]), ("00402044", s2["service_name"]), ("00402059", s3["service_name"])],
                  "information", ("ЕКЦ-2026/102", "2026-02-04", "Запрос информации по государственным услугам"),
                  "внести в базу три услуги с ответственными лицами"))
    man(fn, "appendix1_form", "ru", "eml utf-8 QP + docx attachment (Cyrillic file name)", "col 8 position-first, multi-line cell; same person in two rows")

# ---- F03: kk docx, 1 row
def f03():
    fn = "f03-zher-katynastary-turkistan.docx"
    s1 = svc("00603008", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру",
             "«Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген",
             None, "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2025 жылғы 12 маусымдағы № 190 бұйрығы", "www.egov.kz",
             "Әбдіқадыров Нұрлан Серікұлы", "жер қатынастары бөлімінің бас маманы", "n.abdikadyrov@turkistan-zher.gov.kz", "8 (72533) 5-14-70")
    c1 = "Әбдіқадыров Нұрлан Серікұлы – жер қатынастары бөлімінің бас маманы, тел.: 8 (72533) 5-14-70, эл. пошта: n.abdikadyrov@turkistan-zher.gov.kz"
    data = docx_build([
        ("p", "Түркістан облысы жер қатынастары басқармасы", True),
        ("p", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу"),
        ("t", [KK_HEAD, NUMROW, row_of(1, s1, c1, "—")], 1),
        ("p", "Жауапты орындаушының Т.А.Ә.: Әбдіқадыров Нұрлан Серікұлы"),
        ("p", "Күні: 2026 жылғы 17 наурыз"),
    ], landscape=True)
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1], "Әбдіқадыров Нұрлан Серікұлы", "2026-03-17", "kk")],
              ctx("ГУ «Управление земельных отношений Туркестанской области»", "kense@turkistan-zher.gov.kz", "180240021544",
                  [("00603008", "Выдача решения на изменение целевого назначения земельного участка")], "information",
                  ("ЕКЦ-2026/177", "2026-03-10", "Приложение 1 бойынша ақпарат беру туралы"), "внести сведения по услуге"))
    man(fn, "appendix1_form", "kk", "docx", "Kazakh headers and content, date «2026 жылғы 17 наурыз», -ұлы patronymic")

# ---- F04: xlsx, header split over two rows (merged group header), ru
def f04():
    fn = "f04-vet-akmola.xlsx"
    s1 = svc("00203017", "Выдача ветеринарной справки",
             "Правила оказания государственной услуги «Выдача ветеринарной справки», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 21 мая 2015 года № 7-1/453 (в редакции приказа от 8 июля 2025 года № 214)",
             None, "–", "www.egov.kz",
             "Сагындыков Арман Жумабекович", "главный ветеринарный врач отдела ветеринарии г. Кокшетау", "kokshetau.vet@akmola.gov.kz", "8-7162-25-33-90")
    s1["npa_changes"] = None
    s2 = svc("00203029", "Выдача ветеринарного паспорта",
             "Правила оказания государственной услуги «Выдача ветеринарного паспорта», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 21 мая 2015 года № 7-1/453",
             None, None, "https://www.gov.kz/memleket/entities/aqmola-vet",
             "Лозовая Наталья Сергеевна", "ведущий специалист отдела ветеринарии г. Кокшетау", "n.lozovaya@akmola.gov.kz", "8-7162-25-34-02")
    rows = [
        ["Информация о государственных услугах ГУ «Управление ветеринарии Акмолинской области»"] + [None]*7,
        [None]*8,
        ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Реквизиты нормативных актов", None, None, "Интернет-ресурс", "Ответственное лицо (ФИО, должность)"],
        [None, None, None, "Стандарт государственной услуги", "Регламент государственной услуги", "Изменения НПА", None, None],
        ["1", "2", "3", "4", "5", "6", "7", "8"],
        [1, s1["registry_number"], s1["service_name"], s1["standard"], "–", "–", s1["website"],
         "Сагындыков Арман Жумабекович, главный ветеринарный врач отдела ветеринарии г. Кокшетау; 8-7162-25-33-90; kokshetau.vet@akmola.gov.kz"],
        [2, s2["registry_number"], s2["service_name"], s2["standard"], "–", "–", s2["website"],
         "Лозовая Наталья Сергеевна, ведущий специалист отдела ветеринарии г. Кокшетау; 8-7162-25-34-02; n.lozovaya@akmola.gov.kz"],
        [None]*8,
        ["Ф.И.О. ответственного исполнителя: Лозовая Наталья Сергеевна"] + [None]*7,
        ["Дата: 26.02.2026"] + [None]*7,
    ]
    data = xlsx_build([("Прил.1", rows, ["A1:H1", "D3:F3", "A3:A4", "B3:B4", "C3:C4", "G3:G4", "H3:H4"],
                        {"A": 5, "B": 12, "C": 30, "D": 45, "E": 25, "F": 20, "G": 22, "H": 40}, (3, 7))])
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1, s2], "Лозовая Наталья Сергеевна", "2026-02-26")],
              ctx("ГУ «Управление ветеринарии Акмолинской области»", "kanc@akmola-vet.gov.kz", "050340008821",
                  [("00203017", "Выдача ветеринарной справки"), ("00203029", "Выдача ветеринарного паспорта")], "information",
                  ("ЕКЦ-2026/131", "2026-02-17", "О представлении информации о государственных услугах"), "внести сведения по двум услугам"))
    man(fn, "appendix1_form", "ru", "xlsx", "two-row header with merged group cell, title row, registry numbers as text, semicolons in col 8")

# ---- F05: eml windows-1251 HTML-only body with table (Outlook), 1 row
def f05():
    fn = "f05-arhiv-pavlodar-html.eml"
    s1 = svc("00703001", "Выдача архивных справок",
             "Правила оказания государственной услуги «Выдача архивных справок», утвержденные приказом Министра культуры и информации Республики Казахстан от 29 июня 2023 года № 254-НҚ",
             None, None, "www.egov.kz",
             "Шамшиденова Гульмира Ергалиевна", "заведующая отделом обеспечения сохранности и государственного учета документов",
             "arhiv.pvl@pavlodar.gov.kz", "8 (7182) 32-45-61")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="RU"><div class="WordSection1">
<p class="MsoNormal">Здравствуйте, уважаемые коллеги!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">На Ваш запрос от 02.03.2026 № ЕКЦ-2026/160 КГУ «Государственный архив Павлодарской области» представляет информацию по форме:</p>
<p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td><p class="MsoNormal"><b>№ п/п</b></p></td><td><p class="MsoNormal"><b>№ гос. услуги в реестре</b></p></td>
<td><p class="MsoNormal"><b>Наименование государственной услуги</b></p></td>
<td><p class="MsoNormal"><b>Стандарт государственной услуги (с указанием его реквизитов)</b></p></td>
<td><p class="MsoNormal"><b>Регламент государственной услуги (с указанием его реквизитов)</b></p></td>
<td><p class="MsoNormal"><b>Изменения нормативных правовых актов</b></p></td>
<td><p class="MsoNormal"><b>Интернет-ресурс, на котором размещена информация о государственной услуге</b></p></td>
<td><p class="MsoNormal"><b>Фамилия, имя, отчество, должность ответственного лица</b></p></td></tr>
<tr><td><p class="MsoNormal">1</p></td><td><p class="MsoNormal">00703001</p></td>
<td><p class="MsoNormal">Выдача архивных справок</p></td>
<td><p class="MsoNormal">Правила оказания государственной услуги &laquo;Выдача архивных справок&raquo;, утвержденные приказом Министра культуры и информации Республики Казахстан от 29 июня 2023 года № 254-НҚ</p></td>
<td><p class="MsoNormal">-</p></td><td><p class="MsoNormal">-</p></td>
<td><p class="MsoNormal"><a href="http://www.egov.kz">www.egov.kz</a></p></td>
<td><p class="MsoNormal">Шамшиденова Гульмира Ергалиевна,<br>заведующая отделом обеспечения сохранности и государственного учета документов,<br>
тел. 8&nbsp;(7182)&nbsp;32-45-61,<br><a href="mailto:arhiv.pvl@pavlodar.gov.kz">arhiv.pvl@pavlodar.gov.kz</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Ф.И.О. ответственного исполнителя: Шамшиденова Гульмира Ергалиевна</p>
<p class="MsoNormal">Дата: 05.03.2026</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">С уважением,<br>Шамшиденова Г.Е.<br>КГУ &laquo;Государственный архив Павлодарской области&raquo;<br>г. Павлодар, ул. Академика Сатпаева, 51</p>
</div></body></html>"""
    e = eml_build(("Шамшиденова Гульмира", "arhiv.pvl@pavlodar.gov.kz"), (EKC_NAME, EKC),
                  "RE: Запрос ЕКЦ-2026/160", "Thu, 05 Mar 2026 11:05:33 +0500", html=html, charset="windows-1251", cte="qp",
                  extra_headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Запрос ЕКЦ-2026/160")])
    write(fn, e)
    save_meta(fn, [form_key("body", [s1], "Шамшиденова Гульмира Ергалиевна", "2026-03-05")],
              ctx("КГУ «Государственный архив Павлодарской области»", "arhiv.pvl@pavlodar.gov.kz", "000440002671",
                  [("00703001", "Выдача архивных справок")], "information",
                  ("ЕКЦ-2026/160", "2026-03-02", "Запрос информации о государственной услуге"), "внести сведения по услуге"))
    man(fn, "appendix1_form", "ru", "eml HTML-only windows-1251 QP", "form as HTML table in body, entities &laquo; &nbsp;, <br> in col 8")

# ---- F06: eml koi8-r plain + xlsx attachment
def f06():
    fn = "f06-turizm-almaty.eml"; att = "forma_EKC_turizm.xlsx"
    s1 = svc("00802004", "Выдача лицензии на туроператорскую деятельность",
             "Правила оказания государственной услуги «Выдача лицензии на туроператорскую деятельность», утвержденные приказом Министра туризма и спорта Республики Казахстан от 14 июля 2023 года № 187",
             None, None, "www.egov.kz / elicense.kz",
             "Петренко Виктория Александровна", "главный специалист отдела туристской деятельности", "v.petrenko@almaty-tourism.gov.kz", "8 727 271 66 40")
    s2 = svc("00802011", "Выдача справки о включении в государственный реестр туристского маршрута (тропы)",
             "Правила оказания государственной услуги «Выдача справки о включении в государственный реестр туристского маршрута (тропы)», утвержденные приказом Министра туризма и спорта Республики Казахстан от 14 июля 2023 года № 187",
             None, "Приказ Министра туризма и спорта Республики Казахстан от 3 декабря 2025 года № 302", "www.gov.kz",
             "Тулегенов Бауыржан Асылбекович", "руководитель отдела туристской деятельности", "b.tulegenov@almaty-tourism.gov.kz", "8 727 271 66 41")
    rows = [
        ["№", "№ услуги в реестре", "Наименование государственной услуги", "Стандарт госуслуги (реквизиты)", "Регламент госуслуги (реквизиты)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"],
        [1, "00802004", s1["service_name"], s1["standard"], "-", "-", s1["website"],
         "e-mail: v.petrenko@almaty-tourism.gov.kz, тел. 8 727 271 66 40 — Петренко Виктория Александровна, главный специалист отдела туристской деятельности"],
        [2, "00802011", s2["service_name"], s2["standard"], "-", s2["npa_changes"], s2["website"],
         "Тулегенов Бауыржан Асылбекович (руководитель отдела туристской деятельности), 8 727 271 66 41, b.tulegenov@almaty-tourism.gov.kz"],
        [None]*8,
        [None, "Исполнитель:", "Петренко Виктория Александровна", None, None, None, None, None],
        [None, "Дата:", "16.03.2026", None, None, None, None, None],
    ]
    data = xlsx_build([("Лист1", rows, [], {"A": 4, "B": 12, "C": 35, "D": 50, "E": 14, "F": 30, "G": 18, "H": 45}, (1, 3))])
    body = """Уважаемые коллеги,

во вложении - форма по приложению 1 к Правилам взаимодействия (2 услуги, лицензирование туризма).
Ранее направленный вариант от 13.03 прошу не учитывать, там была ошибка в номере услуги.

--
Петренко В.А.
Управление туризма г. Алматы
"""
    e = eml_build(("Петренко Виктория", "v.petrenko@almaty-tourism.gov.kz"), (EKC_NAME, EKC),
                  "форма ЕКЦ туризм", "Mon, 16 Mar 2026 09:12:00 +0500", text=body, charset="koi8-r",
                  attachments=[(att, data, XLSX_MT)])
    write(fn, e)
    save_meta(fn, [form_key(att, [s1, s2], "Петренко Виктория Александровна", "2026-03-16")],
              ctx("ГУ «Управление туризма города Алматы»", "kanc@almaty-tourism.gov.kz", "140740009902",
                  [("00802004", s1["service_name"]), ("00802011", s2["service_name"])], "information",
                  ("ЕКЦ-2026/149", "2026-03-02", "О предоставлении информации о государственных услугах"), "внести сведения по двум услугам"))
    man(fn, "appendix1_form", "ru", "eml koi8-r 8bit + xlsx attachment", "col 8 e-mail/phone first; executor split over cells; two web addresses in one cell")

# ---- F07: bilingual headers docx
def f07():
    fn = "f07-zhilpomosh-aktobe-kz-ru.docx"
    s1 = svc("00501006", "Назначение жилищной помощи",
             "Правила оказания государственной услуги «Назначение жилищной помощи», утвержденные приказом Министра индустрии и инфраструктурного развития Республики Казахстан от 16 октября 2020 года № 539",
             None, None, "www.egov.kz",
             "Жұмабаева Сәуле Қанатқызы", "тұрғын үй көмегі бөлімінің басшысы", "s.zhumabayeva@aktobe-zhkh.gov.kz", "8 (7132) 55-20-14")
    s2 = svc("00501013", "Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда",
             "Правила оказания государственной услуги «Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда», утвержденные приказом Министра индустрии и инфраструктурного развития Республики Казахстан от 16 октября 2020 года № 539",
             None, "Приказ Министра промышленности и строительства Республики Казахстан от 27 августа 2025 года № 344", "www.egov.kz",
             "Мусин Тимур Ерболович", "главный специалист отдела жилищного учета", "t.musin@aktobe-zhkh.gov.kz", "8 (7132) 55-20-19")
    head = [k + " / " + r for k, r in zip(KK_HEAD, RU_HEAD)]
    c1 = "Жұмабаева Сәуле Қанатқызы, тұрғын үй көмегі бөлімінің басшысы, 8 (7132) 55-20-14, s.zhumabayeva@aktobe-zhkh.gov.kz"
    c2 = "Мусин Тимур Ерболович, главный специалист отдела жилищного учета, 8 (7132) 55-20-19, t.musin@aktobe-zhkh.gov.kz"
    data = docx_build([
        ("p", "Ақтөбе облысының тұрғын үй-коммуналдық шаруашылығы басқармасы\nУправление жилищно-коммунального хозяйства Актюбинской области", True),
        ("t", [head, NUMROW, row_of(1, s1, c1, "-"), row_of(2, s2, c2, "-")], 1),
        ("p", "Жауапты орындаушы / Ответственный исполнитель: Мусин Тимур Ерболович"),
        ("p", "Күні / Дата: 23.03.2026"),
    ], landscape=True, size=11)
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1, s2], "Мусин Тимур Ерболович", "2026-03-23", None)],
              ctx("ГУ «Управление жилищно-коммунального хозяйства Актюбинской области»", "kanc@aktobe-zhkh.gov.kz", "070940004418",
                  [("00501006", "Назначение жилищной помощи"), ("00501013", s2["service_name"])], "information",
                  ("ЕКЦ-2026/190", "2026-03-16", "Запрос информации по форме приложения 1"), "внести сведения по двум услугам"))
    man(fn, "appendix1_form", "kk+ru", "docx", "bilingual headers 'kk / ru' in one cell, one position in Kazakh, one in Russian")

# ---- F08: transposed (field | value) docx, one service
def f08():
    fn = "f08-religiya-ekspertiza.docx"
    s1 = svc("01101002", "Проведение религиоведческой экспертизы",
             "Правила оказания государственной услуги «Проведение религиоведческой экспертизы», утвержденные приказом Министра культуры и информации Республики Казахстан от 8 февраля 2024 года № 42-НҚ",
             None, "Приказ Министра культуры и информации Республики Казахстан от 30 января 2026 года № 19-НҚ о внесении изменений в приказ № 42-НҚ",
             "https://www.gov.kz/memleket/entities/din",
             "Нурмаханов Алибек Сейткалиевич", "главный эксперт Управления религиоведческой экспертизы Комитета по делам религий",
             "a.nurmakhanov@mki.gov.kz", "+7 7172 74 05 93")
    rows = [["Наименование графы", "Сведения"],
            ["№ государственной услуги в реестре", s1["registry_number"]],
            ["Наименование государственной услуги", s1["service_name"]],
            ["Стандарт государственной услуги (с указанием его реквизитов)", s1["standard"]],
            ["Регламент государственной услуги (с указанием его реквизитов)", "не утверждался (—)".replace("не утверждался (—)", "—")],
            ["Изменения нормативных правовых актов", s1["npa_changes"]],
            ["Интернет-ресурс, на котором размещена информация о государственной услуге", s1["website"]],
            ["Фамилия, имя, отчество, должность ответственного лица",
             "Нурмаханов Алибек Сейткалиевич\nглавный эксперт Управления религиоведческой экспертизы Комитета по делам религий\nтел.: +7 7172 74 05 93\nэл. почта: a.nurmakhanov@mki.gov.kz"]]
    data = docx_build([
        ("p", "Министерство культуры и информации Республики Казахстан\nКомитет по делам религий", True),
        ("p", "Информация о государственной услуге (по форме приложения 1 к Правилам взаимодействия ЕКЦ)"),
        ("t", rows, 1),
        ("p", ""),
        ("p", "Ответственный исполнитель: Нурмаханов Алибек Сейткалиевич            Дата: «09» апреля 2026 г."),
    ], size=12)
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1], "Нурмаханов Алибек Сейткалиевич", "2026-04-09")],
              ctx("Комитет по делам религий Министерства культуры и информации Республики Казахстан", "kanc@din.mki.gov.kz", "110340013309",
                  [("01101002", "Проведение религиоведческой экспертизы")], "information",
                  ("ЕКЦ-2026/231", "2026-04-02", "О представлении информации о государственной услуге"), "внести сведения по услуге"))
    man(fn, "appendix1_form", "ru", "docx", "form turned on its side: field | value table; executor and date on one line")

f01(); f02(); f03(); f04(); f05(); f06(); f07(); f08()
# ---- F09: kk HTML webmail body, 2 rows
def f09():
    fn = "f09-auyl-sharuashylygy-html.eml"
    s1 = svc("00204012", "Тыңайтқыштардың құнын субсидиялау",
             "«Тыңайтқыштардың құнын субсидиялау» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 30 наурыздағы № 107 бұйрығымен бекітілген",
             None, None, "www.egov.kz",
             "Төлеген Айжан Ерланқызы", "өсімдік шаруашылығы бөлімінің бас маманы", "a.tolegen@zhambyl-agro.gov.kz", "8 (7262) 43-18-05")
    s2 = svc("00204027", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау",
             "«Асыл тұқымды мал шаруашылығын дамытуды субсидиялау» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2019 жылғы 15 наурыздағы № 108 бұйрығымен бекітілген",
             None, "ҚР Ауыл шаруашылығы министрінің 2025 жылғы 24 желтоқсандағы № 411 бұйрығы", "www.egov.kz",
             "Сейітов Бақытжан", "мал шаруашылығы бөлімінің басшысы", "b.seitov@zhambyl-agro.gov.kz", "+7 702 318 44 90")
    td = lambda x: "<td style=\"border:1px solid #999;padding:4px\">%s</td>" % x
    rows = "".join("<tr>%s</tr>" % "".join(td(c) for c in r) for r in [
        ["1", "00204012", s1["service_name"], s1["standard"], "—", "—", "www.egov.kz",
         "Төлеген Айжан Ерланқызы, өсімдік шаруашылығы бөлімінің бас маманы, тел. 8 (7262) 43-18-05, a.tolegen@zhambyl-agro.gov.kz"],
        ["2", "00204027", s2["service_name"], s2["standard"], "—", s2["npa_changes"], "www.egov.kz",
         "Мал шаруашылығы бөлімінің басшысы Сейітов Бақытжан, ұялы тел. +7 702 318 44 90, b.seitov@zhambyl-agro.gov.kz"]])
    head = "<tr>%s</tr>" % "".join("<th style=\"border:1px solid #999\">%s</th>" % h for h in KK_HEAD)
    html = """<div dir="ltr"><div>Құрметті әріптестер!</div><div><br></div>
<div>Сіздің 2026 жылғы 6 сәуірдегі № ЕКЦ-2026/244 сұрау салуыңызға Жамбыл облысы ауыл шаруашылығы басқармасы мынаны ұсынады:</div><br>
<table style="border-collapse:collapse;font-size:12px">%s%s</table><br>
<div>Жауапты орындаушының Т.А.Ә.: Төлеген Айжан Ерланқызы</div>
<div>Күні: 10.04.2026</div><br>
<div>Құрметпен,<br>А. Төлеген<br>Жамбыл облысы ауыл шаруашылығы басқармасы<br>Тараз қ., Абай даңғылы, 125</div>
<div><br></div><div style="color:#888;font-size:10px">Бұл хат және оның тіркемелері құпия ақпаратты қамтуы мүмкін.</div></div>""" % (head, rows)
    e = eml_build(("Aizhan Tolegen", "a.tolegen@zhambyl-agro.gov.kz"), (EKC_NAME, EKC),
                  "Re: ЕКЦ-2026/244 сұрау салуға жауап", "Fri, 10 Apr 2026 17:20:41 +0500", html=html, cte="base64")
    write(fn, e)
    save_meta(fn, [form_key("body", [s1, s2], "Төлеген Айжан Ерланқызы", "2026-04-10", "kk")],
              ctx("ГУ «Управление сельского хозяйства Жамбылской области»", "kanc@zhambyl-agro.gov.kz", "020440007763",
                  [("00204012", "Субсидирование стоимости удобрений"), ("00204027", "Субсидирование развития племенного животноводства")],
                  "information", ("ЕКЦ-2026/244", "2026-04-06", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"), "внести сведения по двум услугам"))
    man(fn, "appendix1_form", "kk", "eml HTML-only utf-8 base64 (webmail)", "form as HTML table in body, person without patronymic, position before name")

# ---- F10: docx covering letter + table + signature
def f10():
    fn = "f10-apz-shymkent-pismo.docx"
    s1 = svc("00605003", "Выдача архитектурно-планировочного задания (АПЗ)",
             "Правила оказания государственной услуги «Выдача архитектурно-планировочного задания (АПЗ)», утвержденные приказом Министра промышленности и строительства Республики Казахстан от 3 июля 2024 года № 248",
             "Регламент не утверждается в связи с изменением законодательства", None, "www.egov.kz; shymkent.gov.kz",
             "Абдуллаев Рустам Ильхамович", "главный специалист отдела градостроительного контроля", "r.abdullaev@shym-arch.gov.kz", "8 (7252) 98-11-34")
    c1 = "Абдуллаев Рустам Ильхамович, главный специалист отдела градостроительного контроля (8 (7252) 98-11-34, r.abdullaev@shym-arch.gov.kz)"
    data = docx_build([
        ("p", "ШЫМКЕНТ ҚАЛАСЫНЫҢ СӘУЛЕТ ЖӘНЕ ҚАЛА ҚҰРЫЛЫСЫ БАСҚАРМАСЫ\nУПРАВЛЕНИЕ АРХИТЕКТУРЫ И ГРАДОСТРОИТЕЛЬСТВА ГОРОДА ШЫМКЕНТ\n160011, г. Шымкент, пр. Тауке хана, 3, тел. 8 (7252) 98-11-00", True),
        ("p", "Исх. № 04-12/1187 от 14.04.2026"),
        ("p", "Директору Единого контакт-центра"),
        ("p", "На № ЕКЦ-2026/239 от 07.04.2026"),
        ("p", "Управление архитектуры и градостроительства города Шымкент направляет информацию о государственной услуге по форме приложения 1 к Правилам взаимодействия."),
        ("t", [RU_HEAD, row_of(1, s1, c1, "-")], 1),
        ("p", "Ф.И.О. ответственного исполнителя: Абдуллаев Рустам Ильхамович"),
        ("p", "Дата: 14 апреля 2026 г."),
        ("p", ""),
        ("p", "Заместитель руководителя управления                         Е. Сапаров"),
    ], landscape=True)
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1], "Абдуллаев Рустам Ильхамович", "2026-04-14")],
              ctx("ГУ «Управление архитектуры и градостроительства города Шымкент»", "kanc@shym-arch.gov.kz", "180340030017",
                  [("00605003", "Выдача архитектурно-планировочного задания (АПЗ)")], "information",
                  ("ЕКЦ-2026/239", "2026-04-07", "О представлении информации о государственной услуге"), "внести сведения по услуге"))
    man(fn, "appendix1_form", "ru", "docx", "covering letter with bilingual letterhead, outgoing no., signature around the table; regulation is a phrase not a dash")

# ---- F11: xlsx kk, one row, title rows
def f11():
    fn = "f11-kasipkerlik-kostanai.xlsx"
    s1 = svc("00103015", "Бөлшек сауда объектілерін тіркеу",
             "«Бөлшек сауда объектілерін тіркеу» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Сауда және интеграция министрінің 2021 жылғы 16 сәуірдегі № 279-НҚ бұйрығымен бекітілген",
             None, None, "https://www.gov.kz/memleket/entities/kostanai-biz",
             "Ибраева Гүлнар Жақсылыққызы", "сауда бөлімінің жетекші маманы", "g.ibrayeva@kst-biz.gov.kz", "8 (7142) 50-27-63")
    rows = [["Қостанай облысы кәсіпкерлік және индустриялық-инновациялық даму басқармасы"] + [None]*7,
            ["1-қосымша нысаны бойынша ақпарат"] + [None]*7,
            KK_HEAD, NUMROW,
            ["1", "00103015", s1["service_name"], s1["standard"], "жоқ".replace("жоқ", "-"), "-", s1["website"],
             "Ибраева Гүлнар Жақсылыққызы\nсауда бөлімінің жетекші маманы\n8 (7142) 50-27-63\ng.ibrayeva@kst-biz.gov.kz"],
            [None]*8,
            [None, "Орындаған: Ибраева Гүлнар Жақсылыққызы"] + [None]*6,
            [None, "Күні: 2026 жылғы 21 сәуір"] + [None]*6]
    data = xlsx_build([("1-қосымша", rows, ["A1:H1", "A2:H2"], {"A": 5, "B": 14, "C": 28, "D": 50, "E": 18, "F": 18, "G": 28, "H": 38}, (3, 5))])
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1], "Ибраева Гүлнар Жақсылыққызы", "2026-04-21", "kk")],
              ctx("ГУ «Управление предпринимательства и индустриально-инновационного развития Костанайской области»", "kanc@kst-biz.gov.kz", "060140015538",
                  [("00103015", "Регистрация объектов розничной торговли")], "information",
                  ("ЕКЦ-2026/251", "2026-04-14", "Ақпарат беру туралы сұрау салу"), "внести сведения по услуге"))
    man(fn, "appendix1_form", "kk", "xlsx", "Kazakh sheet name and headers, 'Орындаған:' executor line, title rows above header")

# ---- F12: docx 4 rows, mixed dashes
def f12():
    fn = "f12-ekologiya-vko.docx"
    S = [svc("01503001", "Выдача экологического разрешения на воздействие для объектов II категории",
             "Правила оказания государственной услуги «Выдача экологического разрешения на воздействие для объектов II категории», утвержденные приказом Министра экологии, геологии и природных ресурсов Республики Казахстан от 2 июня 2020 года № 130",
             None, "Приказ Министра экологии и природных ресурсов Республики Казахстан от 19 декабря 2025 года № 388", "www.egov.kz",
             "Калиева Жанар Муратовна", "главный специалист отдела экологического регулирования", "zh.kalieva@vko-eco.gov.kz", "8 (7232) 76-54-10"),
         svc("01503004", "Выдача заключения государственной экологической экспертизы для объектов II категории",
             "Правила оказания государственной услуги «Выдача заключения государственной экологической экспертизы для объектов II категории», утвержденные приказом Министра экологии, геологии и природных ресурсов Республики Казахстан от 2 июня 2020 года № 130",
             None, None, "www.egov.kz",
             "Калиева Жанар Муратовна", "главный специалист отдела экологического регулирования", "zh.kalieva@vko-eco.gov.kz", "8 (7232) 76-54-10"),
         svc("01505002", "Выдача разрешения на пользование животным миром",
             "Правила оказания государственной услуги «Выдача разрешения на пользование животным миром», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 30 апреля 2020 года № 146",
             None, None, "www.egov.kz",
             "Гребенщиков Андрей Николаевич", "ведущий специалист отдела охраны животного мира", "a.grebenshikov@vko-eco.gov.kz", "8 (7232) 76-54-22"),
         svc("01505009", "Выдача разрешения на специальное водопользование",
             "Правила оказания государственной услуги «Выдача разрешения на специальное водопользование», утвержденные приказом Министра экологии, геологии и природных ресурсов Республики Казахстан от 11 сентября 2020 года № 216",
             None, "Приказ Министра водных ресурсов и ирригации Республики Казахстан от 4 ноября 2025 года № 152", "www.egov.kz",
             "Есентаев Марат Кенжебаевич", "руководитель отдела водных ресурсов", None, "8 (7232) 76-54-30")]
    c = ["Калиева Жанар Муратовна, главный специалист отдела экологического регулирования, 8 (7232) 76-54-10, zh.kalieva@vko-eco.gov.kz",
         "Калиева Жанар Муратовна, главный специалист отдела экологического регулирования, 8 (7232) 76-54-10, zh.kalieva@vko-eco.gov.kz",
         "Гребенщиков Андрей Николаевич, ведущий специалист отдела охраны животного мира, 8 (7232) 76-54-22, a.grebenshikov@vko-eco.gov.kz",
         "Есентаев Марат Кенжебаевич, руководитель отдела водных ресурсов, тел. 8 (7232) 76-54-30"]
    rows = [RU_HEAD, NUMROW] + [row_of(i + 1, s, c[i], ["-", "–", "—", ""][i]) for i, s in enumerate(S)]
    data = docx_build([("p", "ГУ «Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области»", True),
                       ("t", rows, 1),
                       ("p", "Ответственный исполнитель: Калиева Жанар Муратовна"),
                       ("p", "Дата: «28» апреля 2026 г.")], landscape=True)
    write(fn, data)
    save_meta(fn, [form_key(fn, S, "Калиева Жанар Муратовна", "2026-04-28")],
              ctx("ГУ «Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области»", "kanc@vko-eco.gov.kz", "991140002214",
                  [(s["registry_number"], s["service_name"]) for s in S], "information",
                  ("ЕКЦ-2026/262", "2026-04-20", "О представлении информации по государственным услугам"), "внести сведения по четырем услугам"))
    man(fn, "appendix1_form", "ru", "docx", "four rows; empty columns as -, –, — and blank; one col 8 without e-mail")

# ---- F13: eml kk covering note, docx ru attachment
def f13():
    fn = "f13-dene-sharyktary-abai.eml"; att = "EKC_1-kosymsha.docx"
    s1 = svc("00804001", "Спортшыларға спорттық разрядтар мен санаттар беру: спорт шеберлігіне үміткер",
             "Правила присвоения спортивных званий, разрядов и квалификационных категорий, утвержденные приказом Министра туризма и спорта Республики Казахстан от 22 июля 2023 года № 191",
             None, None, "www.egov.kz",
             "Мухаметжанов Даурен Серикович", "главный специалист отдела спорта высших достижений", "d.mukhametzhanov@abai-sport.gov.kz", "87222 56 40 18")
    s2 = svc("00804006", "Присвоение квалификационных категорий тренерам",
             "Правила присвоения спортивных званий, разрядов и квалификационных категорий, утвержденные приказом Министра туризма и спорта Республики Казахстан от 22 июля 2023 года № 191",
             None, "Приказ Министра туризма и спорта Республики Казахстан от 18 февраля 2026 года № 41", "www.egov.kz",
             "Сулейменова Лаура Асхатовна", "ведущий специалист отдела спорта высших достижений", "l.suleimenova@abai-sport.gov.kz", "87222 56 40 21")
    c1 = "Мухаметжанов Даурен Серикович – главный специалист отдела спорта высших достижений. Тел. 87222 56 40 18. E-mail: d.mukhametzhanov@abai-sport.gov.kz"
    c2 = "Сулейменова Лаура Асхатовна – ведущий специалист отдела спорта высших достижений. Тел. 87222 56 40 21. E-mail: l.suleimenova@abai-sport.gov.kz"
    data = docx_build([("p", "Запрос о предоставлении информации о государственной услуге", True),
                       ("t", [RU_HEAD, row_of(1, s1, c1, "-"), row_of(2, s2, c2, "-")], 1),
                       ("p", "Ф.И.О. ответственного исполнителя: Сулейменова Лаура Асхатовна"),
                       ("p", "Дата: « 5 » мая 2026 г.")], landscape=True)
    body = """Сәлеметсіз бе!

Абай облысының дене шынықтыру және спорт басқармасы ЕКЦ-2026/270 хатыңызға жауап ретінде
1-қосымша нысанын жолдайды (тіркемеде).

Құрметпен,
Л. Сулейменова
8 7222 56 40 21

Отправлено с iPhone
"""
    e = eml_build(("Лаура Сулейменова", "l.suleimenova@abai-sport.gov.kz"), (EKC_NAME, EKC),
                  "1-қосымша / ЕКЦ-2026/270", "Tue, 05 May 2026 19:02:11 +0500", text=body, cte="base64",
                  attachments=[(att, data, DOCX_MT)])
    write(fn, e)
    save_meta(fn, [form_key(att, [s1, s2], "Сулейменова Лаура Асхатовна", "2026-05-05")],
              ctx("ГУ «Управление физической культуры и спорта области Абай»", "kanc@abai-sport.gov.kz", "221040012290",
                  [("00804001", "Присвоение спортивных разрядов: кандидат в мастера спорта"), ("00804006", "Присвоение квалификационных категорий тренерам")],
                  "information", ("ЕКЦ-2026/270", "2026-04-28", "Запрос информации о государственных услугах"), "внести сведения по двум услугам"))
    man(fn, "appendix1_form", "kk note + ru form", "eml utf-8 base64 + docx", "Kazakh covering note, service name in Kazakh, dash-separated col 8, «Отправлено с iPhone»")

# ---- F14: docx header with footnote marks, footnote text under table
def f14():
    fn = "f14-yust-zko-snoski.docx"
    s1 = svc("00104007", "Государственная регистрация юридических лиц, учетная регистрация их филиалов и представительств",
             "Правила оказания государственной услуги «Государственная регистрация юридических лиц, учетная регистрация их филиалов и представительств», утвержденные приказом Министра юстиции Республики Казахстан от 29 мая 2020 года № 66",
             None, None, "www.egov.kz",
             "Утегенова Асель Бериковна", "главный специалист отдела регистрации юридических лиц Департамента юстиции ЗКО", "a.utegenova@adilet-zko.gov.kz", "8 (7112) 50-13-44")
    s2 = svc("00104019", "Апостилирование официальных документов, исходящих из органов юстиции",
             "Правила оказания государственной услуги «Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов», утвержденные приказом Министра юстиции Республики Казахстан от 28 мая 2020 года № 63",
             None, "Приказ Министра юстиции Республики Казахстан от 6 марта 2026 года № 118", "www.egov.kz",
             "Хасанов Ильдар Рашитович", "старший консультант отдела регистрации юридических лиц Департамента юстиции ЗКО", "i.khasanov@adilet-zko.gov.kz", "8 (7112) 50-13-47")
    head = ["№ п/п", "№ государственной услуги в реестре*", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)**",
            "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов***",
            "Интернет-ресурс, на котором размещена информация о государственной услуге", "Фамилия, имя, отчество, должность ответственного лица"]
    c1 = "Утегенова Асель Бериковна, главный специалист отдела регистрации юридических лиц Департамента юстиции ЗКО, a.utegenova@adilet-zko.gov.kz, 8 (7112) 50-13-44"
    c2 = "Хасанов Ильдар Рашитович, старший консультант отдела регистрации юридических лиц Департамента юстиции ЗКО, i.khasanov@adilet-zko.gov.kz, 8 (7112) 50-13-47"
    data = docx_build([("p", "Департамент юстиции Западно-Казахстанской области", True),
                       ("t", [head, NUMROW, row_of(1, s1, c1, "-"), row_of(2, s2, c2, "-")], 1),
                       ("p", "* номер согласно Реестру государственных услуг\n** стандарты с 2020 года утверждаются в составе правил оказания государственных услуг\n*** указываются акты, принятые после утверждения стандарта"),
                       ("p", "Ф.И.О. ответственного исполнителя: Хасанов Ильдар Рашитович"),
                       ("p", "Дата: 12.05.2026")], landscape=True)
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1, s2], "Хасанов Ильдар Рашитович", "2026-05-12")],
              ctx("Департамент юстиции Западно-Казахстанской области Министерства юстиции Республики Казахстан", "kanc@adilet-zko.gov.kz", "960540001187",
                  [("00104007", s1["service_name"]), ("00104019", s2["service_name"])], "information",
                  ("ЕКЦ-2026/281", "2026-05-04", "О представлении информации по форме"), "внести сведения по двум услугам"))
    man(fn, "appendix1_form", "ru", "docx", "footnote marks in headers and footnote block between table and executor line; e-mail before phone")

# ---- F15: docx kk, 2 rows, «Орындаған»
def f15():
    fn = "f15-aleumettik-korgau-mangystau.docx"
    s1 = svc("00505021", "Мүгедектігі бар адамдарды протездік-ортопедиялық көмекпен қамтамасыз ету үшін оларға құжаттарды ресімдеу",
             "«Мүгедектігі бар адамдарды протездік-ортопедиялық көмекпен қамтамасыз ету үшін оларға құжаттарды ресімдеу» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 29 маусымдағы № 260 бұйрығымен бекітілген",
             None, None, "www.egov.kz",
             "Қалдыбаева Меруерт Бейбітқызы", "оңалту бөлімінің бас маманы", "m.kaldybayeva@mng-social.gov.kz", "8 (7292) 60-41-15")
    s2 = svc("00505034", "Мүгедектігі бар балалары бар отбасыларға үйде оқытуға арналған шығындарды өтеу",
             "«Мүгедектігі бар балалары бар отбасыларға үйде оқытуға арналған шығындарды өтеу» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 29 маусымдағы № 260 бұйрығымен бекітілген",
             None, "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 2 наурыздағы № 58 бұйрығы", "www.egov.kz",
             "Оразалиев Ерболат Жақсыбайұлы", "әлеуметтік төлемдер бөлімінің басшысы", "e.orazaliyev@mng-social.gov.kz", "8 (7292) 60-41-20")
    c1 = "Оңалту бөлімінің бас маманы Қалдыбаева Меруерт Бейбітқызы\nтел. 8 (7292) 60-41-15\nm.kaldybayeva@mng-social.gov.kz"
    c2 = "Әлеуметтік төлемдер бөлімінің басшысы Оразалиев Ерболат Жақсыбайұлы\nтел. 8 (7292) 60-41-20\ne.orazaliyev@mng-social.gov.kz"
    s1["responsible"]["position"] = "Оңалту бөлімінің бас маманы"
    s2["responsible"]["position"] = "Әлеуметтік төлемдер бөлімінің басшысы"
    data = docx_build([("p", "Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", True),
                       ("p", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"),
                       ("t", [KK_HEAD, row_of(1, s1, c1, "-"), row_of(2, s2, c2, "-")], 1),
                       ("p", "Орындаған: Қалдыбаева Меруерт Бейбітқызы"),
                       ("p", "2026 жылғы «19» мамыр")], landscape=True)
    write(fn, data)
    save_meta(fn, [form_key(fn, [s1, s2], "Қалдыбаева Меруерт Бейбітқызы", "2026-05-19", "kk")],
              ctx("ГУ «Управление координации занятости и социальных программ Мангистауской области»", "kanc@mng-social.gov.kz", "051040006631",
                  [("00505021", "Оформление документов на лиц с инвалидностью для предоставления протезно-ортопедической помощи"),
                   ("00505034", "Возмещение затрат на обучение на дому детей с инвалидностью")], "information",
                  ("ЕКЦ-2026/288", "2026-05-12", "Ақпарат беру туралы"), "внести сведения по двум услугам"))
    man(fn, "appendix1_form", "kk", "docx", "Kazakh; col 8 position first then name, multi-line; date «2026 жылғы «19» мамыр»")

f09(); f10(); f11(); f12(); f13(); f14(); f15()
# ======================= letters: generic emitter =======================
def _bytes_of(fmt, text, title=None):
    if fmt == "txt-utf8": return text.encode("utf-8")
    if fmt == "txt-1251": return text.replace("\n", "\r\n").encode("cp1251")
    if fmt == "txt-utf16": return b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le")
    if fmt == "docx":
        parts = []
        for blk in text.split("\n\n"):
            if blk.startswith("TABLE:"):
                rows = [r.split(" | ") for r in blk[6:].strip().split("\n")]
                parts.append(("t", rows, 1, [], 10))
            else:
                parts.append(("p", blk))
        return docx_build(parts)
    if fmt == "pdf":
        parts = []
        for blk in text.split("\n\n"):
            if blk.startswith("TABLE:"):
                parts.append(("t", [r.split(" | ") for r in blk[6:].strip().split("\n")]))
            else:
                parts.append(("p", blk))
        return pdf_build(parts)
    raise ValueError(fmt)

MT = {"docx": DOCX_MT, "pdf": "application/pdf", "txt-utf8": "text/plain", "txt-1251": "text/plain"}

def L(fn, fmt, text, kd, c, mn, mail=None):
    """fmt: file fmt, or 'eml'. mail: dict(frm, subj, date, charset, html, label, cte, att=(name, fmt, text))"""
    if fmt != "eml":
        write(fn, _bytes_of(fmt, text)); kd = dict(part=fn, **kd)
    else:
        m = mail; atts = []
        if m.get("att"):
            an, af, at = m["att"]
            atts.append((an, _bytes_of(af, at), MT[af])); kd = dict(part=an, **kd)
        else:
            kd = dict(part="body", **kd)
        write(fn, eml_build(m["frm"], (EKC_NAME, EKC), m["subj"], m["date"],
                            text=None if m.get("html_only") else m.get("body", text),
                            html=m.get("html"), charset=m.get("charset", "utf-8"), label=m.get("label"),
                            cte=m.get("cte", "8bit"), attachments=atts))
    save_meta(fn, [kd], ctx(*c))
    man(fn, kd["kind"], mn[0], mn[1], mn[2])

def P(fio, pos=None, email=None, phone=None):
    return {"full_name": fio, "position": pos, "email": email, "phone": phone}

def RC(resp, prev=None, eff=None, regs=(), lang="ru"):
    d = {"kind": "responsible_change"}
    if lang: d["language"] = lang
    d["responsible"] = resp; d["previous_responsible"] = prev; d["effective_date"] = eff
    if regs: d["services"] = [{"registry_number": r} for r in regs]
    return d

# ======================= BATCH 2: responsible_change (8 appointments + 7 replacements) =======================
def r01():
    t = """Исх. № 07-02/214 от 14.01.2026

Единый контакт-центр
На № ЕКЦ-2026/031 от 09.01.2026

Во исполнение пункта 5 Правил взаимодействия сообщаем, что ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге «Выдача лицензии на осуществление деятельности в сфере оборота прекурсоров» (№ 00906011 в реестре) назначен Тлеубердин Асхат Муратович, главный эксперт управления лицензирования, тел. 8 (7172) 74-21-56, e-mail: a.tleuberdin@dsm.gov.kz.

Заместитель председателя комитета                    К. Жакупова
"""
    L("r01-naznachenie-prekursory.txt", "txt-utf8", t,
      RC(P("Тлеубердин Асхат Муратович", "главный эксперт управления лицензирования", "a.tleuberdin@dsm.gov.kz", "8 (7172) 74-21-56"), None, None, ["00906011"]),
      ("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан", "kanc@kmfk.dsm.gov.kz", "030640003291",
       [("00906011", "Выдача лицензии на осуществление деятельности в сфере оборота прекурсоров")], "appointment",
       ("ЕКЦ-2026/031", "2026-01-09", "О назначении ответственного лица"), "зарегистрировать ответственное лицо, ждать информацию по форме"),
      ("ru", "txt utf-8", "appointment in one long sentence; name in nominative after 'назначен'"))

def r02():
    t = """Уважаемые коллеги!

В ответ на Ваш запрос № ЕКЦ-2026/047 сообщаем: приказом руководителя управления от 20.01.2026 № 12-п ответственной за взаимодействие с Единым контакт-центром по государственным услугам 00402031 и 00402044 определена Ахметова Салтанат Ерлановна – ведущий специалист отдела дошкольного образования.
Контакты: 8 (7152) 46-80-33, s.akhmetova@sko-edu.gov.kz.

С уважением,
руководитель отдела дошкольного образования
Управления образования Северо-Казахстанской области
М. Бондаренко
"""
    L("r02-naznachenie-sko.eml", "eml", t,
      RC(P("Ахметова Салтанат Ерлановна", "ведущий специалист отдела дошкольного образования", "s.akhmetova@sko-edu.gov.kz", "8 (7152) 46-80-33"), None, "2026-01-20", ["00402031", "00402044"]),
      ("ГУ «Управление образования Северо-Казахстанской области»", "kanc@sko-edu.gov.kz", "990340007812",
       [("00402031", "Прием документов и зачисление детей в дошкольные организации"), ("00402044", "Выдача дубликатов документов об образовании")], "appointment",
       ("ЕКЦ-2026/047", "2026-01-15", "О назначении ответственного лица"), "зарегистрировать ответственное лицо по двум услугам"),
      ("ru", "eml windows-1251 8bit plain", "'определена' + dash; date of internal order as effective date"),
      mail=dict(frm=("Бондаренко М.", "m.bondarenko@sko-edu.gov.kz"), subj="Ответ на ЕКЦ-2026/047", date="Wed, 21 Jan 2026 10:14:00 +0500", charset="windows-1251"))

def r03():
    t = """ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЦИФРЛЫҚ ДАМУ, ИННОВАЦИЯЛАР ЖӘНЕ АЭРОҒАРЫШ ӨНЕРКӘСІБІ МИНИСТРЛІГІ
Байланыс, ақпараттандыру және ақпарат комитеті

2026 жылғы 27 қаңтар № 03-4/118

Бірыңғай байланыс орталығына

2026 жылғы 22 қаңтардағы № ЕКЦ-2026/058 хатқа

Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 5-тармағына сәйкес «Радиоэлектрондық құралдар мен жоғары жиілікті құрылғыларды пайдалануға рұқсат беру» (тізілімдегі № 00305009) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға болып радиожиілік спектрі басқармасының бас сарапшысы Жақсылықов Ерлан Бақытжанұлы тағайындалды.
Байланыс телефоны: 8 (7172) 57-60-14, электрондық пошта: e.zhaksylykov@mdai.gov.kz.

Төраға орынбасары                                    А. Серікбаев
"""
    L("r03-tagaiyndau-radiojilik.pdf", "pdf", t,
      RC(P("Жақсылықов Ерлан Бақытжанұлы", "радиожиілік спектрі басқармасының бас сарапшысы", "e.zhaksylykov@mdai.gov.kz", "8 (7172) 57-60-14"), None, None, ["00305009"], "kk"),
      ("Комитет связи, информатизации и информации Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kanc@mdai.gov.kz", "120340019877",
       [("00305009", "Выдача разрешения на эксплуатацию радиоэлектронных средств и высокочастотных устройств")], "appointment",
       ("ЕКЦ-2026/058", "2026-01-22", "Жауапты тұлғаны тағайындау туралы"), "зарегистрировать ответственное лицо"),
      ("kk", "pdf", "Kazakh letter; position precedes the name in genitive chain"))

def r04():
    t = """Добрый день.
Ответственным по услуге 00202014 (Выдача разрешения на использование семян) назначен я.
Садыков Нурбол Кайратович, гл. специалист отдела семеноводства
тел 8 701 455 12 78
n.sadykov@kyzylorda-agro.gov.kz
"""
    L("r04-naznachen-ya.eml", "eml", t,
      RC(P("Садыков Нурбол Кайратович", "гл. специалист отдела семеноводства", "n.sadykov@kyzylorda-agro.gov.kz", "8 701 455 12 78"), None, None, ["00202014"]),
      ("ГУ «Управление сельского хозяйства Кызылординской области»", "kanc@kyzylorda-agro.gov.kz", "020540004419",
       [("00202014", "Выдача разрешения на использование семян")], "appointment",
       ("ЕКЦ-2026/064", "2026-01-26", "О назначении ответственного лица"), "зарегистрировать ответственное лицо"),
      ("ru", "eml utf-8 plain, no charset label", "terse 'назначен я' + signature carries the person"),
      mail=dict(frm=("Nurbol Sadykov", "n.sadykov@kyzylorda-agro.gov.kz"), subj="Re: ответственное лицо", date="Thu, 29 Jan 2026 08:55:02 +0500", label=""))

def r05():
    t = """Исх. № 2-14/560
от 05.02.2026

Руководителю Единого контакт-центра

Акимат города Конаев (Капшагай), рассмотрев запрос Единого контакт-центра № ЕКЦ-2026/072 от 30.01.2026, сообщает следующее.

Ответственным лицом за представление информации и проведение обучения сотрудников ЕКЦ по государственным услугам:

TABLE: № реестра | Наименование услуги
00607002 | Выдача справки о наличии либо отсутствии недвижимого имущества
00607015 | Выдача решения о переводе жилого помещения в нежилое

назначена главный специалист отдела строительства, архитектуры и градостроительства города Конаев Смагулова Дана Ержановна (тел. 8 (72772) 4-12-09, электронная почта d.smagulova@konaev.gov.kz) с 05 февраля 2026 года.

Аким города                                                   Б. Оспанов

Исп.: Смагулова Д.Е., 4-12-09
"""
    L("r05-akimat-konaev-naznachenie.docx", "docx", t,
      RC(P("Смагулова Дана Ержановна", "главный специалист отдела строительства, архитектуры и градостроительства города Конаев", "d.smagulova@konaev.gov.kz", "8 (72772) 4-12-09"), None, "2026-02-05", ["00607002", "00607015"]),
      ("Акимат города Конаев Алматинской области", "kanc@konaev.gov.kz", "080140019952",
       [("00607002", "Выдача справки о наличии либо отсутствии недвижимого имущества"), ("00607015", "Выдача решения о переводе жилого помещения в нежилое")],
       "appointment", ("ЕКЦ-2026/072", "2026-01-30", "О назначении ответственного лица"), "зарегистрировать ответственное лицо по двум услугам"),
      ("ru", "docx", "services in a table; name follows a long position; executor initials line is noise"))

def r06():
    t = """Уважаемый Единый контакт-центр!
Құрметті Бірыңғай байланыс орталығы!

Ваш запрос № ЕКЦ-2026/095 рассмотрен. Ответственным за взаимодействие с ЕКЦ по государственной услуге № 00708003 «Выдача разрешения на вывоз культурных ценностей» назначена Иманғазы Жазира Бахытжанқызы, главный эксперт Управления охраны историко-культурного наследия.
Сіздің № ЕКЦ-2026/095 сұрау салуыңыз бойынша жауапты тұлға — Иманғазы Жазира Бахытжанқызы, тарихи-мәдени мұраны қорғау басқармасының бас сарапшысы.

Тел.: +7 (7172) 74-08-61
E-mail: zh.imangazy@mki.gov.kz

Департамент культуры
"""
    L("r06-naznachenie-kultura-kz-ru.eml", "eml", t,
      RC(P("Иманғазы Жазира Бахытжанқызы", "главный эксперт Управления охраны историко-культурного наследия", "zh.imangazy@mki.gov.kz", "+7 (7172) 74-08-61"), None, None, ["00708003"], None),
      ("Министерство культуры и информации Республики Казахстан", "kanc@mki.gov.kz", "120240020118",
       [("00708003", "Выдача разрешения на вывоз культурных ценностей")], "appointment",
       ("ЕКЦ-2026/095", "2026-02-09", "О назначении ответственного лица"), "зарегистрировать ответственное лицо"),
      ("ru+kk", "eml utf-8 multipart/alternative QP", "bilingual paragraph pair; Kazakh -қызы patronymic; position given twice in two languages"),
      mail=dict(frm=("Жазира Иманғазы", "zh.imangazy@mki.gov.kz"), subj="жауапты тұлға / ответственное лицо", date="Fri, 13 Feb 2026 12:30:00 +0500", cte="qp",
                html="<p>Уважаемый Единый контакт-центр!<br>Құрметті Бірыңғай байланыс орталығы!</p>" + "".join("<p>%s</p>" % b.replace("\n", "<br>") for b in t.split("\n\n")[1:])))

def r07():
    t = """Кому: ЕКЦ
Тема: назначение ответственного

Сообщаем, что по услугам 01302005, 01302011 (лицензирование в сфере промышленной безопасности) ответственным лицом определен начальник отдела разрешительных процедур Комитета промышленной безопасности МЧС РК полковник гражданской защиты Кенжебеков Арман Талгатович.
Телефон 8 (7172) 76-31-90, адрес электронной почты kenzhebekov.a@emer.gov.kz.
Приступает к обязанностям с 16.02.2026.
"""
    L("r07-mchs-naznachenie.txt", "txt-1251", t,
      RC(P("Кенжебеков Арман Талгатович", "начальник отдела разрешительных процедур Комитета промышленной безопасности МЧС РК", "kenzhebekov.a@emer.gov.kz", "8 (7172) 76-31-90"), None, "2026-02-16", ["01302005", "01302011"]),
      ("Комитет промышленной безопасности Министерства по чрезвычайным ситуациям Республики Казахстан", "kanc@emer.gov.kz", "140840010237",
       [("01302005", "Выдача лицензии на проведение работ в области промышленной безопасности"), ("01302011", "Выдача разрешения на применение технологий и технических устройств")],
       "appointment", ("ЕКЦ-2026/101", "2026-02-10", "О назначении ответственного лица"), "зарегистрировать ответственное лицо"),
      ("ru", "txt windows-1251 CRLF", "special rank between position and name ('полковник гражданской защиты')"))

def r08():
    t = """Бірыңғай байланыс орталығының 2026 жылғы 16 ақпандағы № ЕКЦ-2026/110 хатына жауап

Павлодар облысы денсаулық сақтау басқармасы «Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекітуге өтініштер қабылдау» (№ 00903002) мемлекеттік көрсетілетін қызмет бойынша Бірыңғай байланыс орталығымен жұмыс үшін жауапты тұлға ретінде басқарманың бас маманы Нұрғали Ақбота Серікқызын бекітетінін хабарлайды.

Байланыс: 8 (7182) 55-09-32, a.nurgali@pvl-densaulyk.gov.kz

Басшының орынбасары                        Д. Қасымов
"""
    L("r08-densaulyk-pavlodar.eml", "eml", t,
      RC(P("Нұрғали Ақбота Серікқызы", "басқарманың бас маманы", "a.nurgali@pvl-densaulyk.gov.kz", "8 (7182) 55-09-32"), None, None, ["00903002"], "kk"),
      ("ГУ «Управление здравоохранения Павлодарской области»", "kanc@pvl-densaulyk.gov.kz", "010540000713",
       [("00903002", "Прием заявлений на прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")], "appointment",
       ("ЕКЦ-2026/110", "2026-02-16", "Жауапты тұлғаны тағайындау туралы"), "зарегистрировать ответственное лицо"),
      ("kk", "eml utf-8 + docx attachment", "Kazakh accusative 'Серікқызын' in text, key nominative; letter inside the attachment"),
      mail=dict(frm=("Павлодар облысы ДСБ", "kanc@pvl-densaulyk.gov.kz"), subj="ЕКЦ-2026/110 жауап", date="Thu, 19 Feb 2026 15:47:10 +0500",
                att=("zhauap_EKC-110.docx", "docx", t), body="Хат тіркемеде.\n\nPavlodar DSB kense\n"))
def r09():
    t = """Исх. № 18-01/0932 от 02.03.2026

В Единый контакт-центр

О замене ответственного лица

В соответствии с пунктом 7 Правил взаимодействия уведомляем, что в связи с переводом Мамырова Талгата Сериковича на другую должность ответственным лицом по государственным услугам 00104007 и 00104019 с 02 марта 2026 года является Жумагулова Айнур Кайратовна, главный специалист отдела регистрации юридических лиц (тел. 8 (7112) 50-13-49, a.zhumagulova@adilet-zko.gov.kz).

Руководитель департамента                           С. Нуржанов
"""
    L("r09-zamena-yustitsiya-zko.pdf", "pdf", t,
      RC(P("Жумагулова Айнур Кайратовна", "главный специалист отдела регистрации юридических лиц", "a.zhumagulova@adilet-zko.gov.kz", "8 (7112) 50-13-49"),
         {"full_name": "Мамыров Талгат Серикович"}, "2026-03-02", ["00104007", "00104019"]),
      ("Департамент юстиции Западно-Казахстанской области Министерства юстиции Республики Казахстан", "kanc@adilet-zko.gov.kz", "960540001187",
       [("00104007", "Государственная регистрация юридических лиц"), ("00104019", "Апостилирование официальных документов")], "consulting", None,
       "заменить ответственное лицо по двум услугам", ),
      ("ru", "pdf", "previous person in genitive ('переводом Мамырова Талгата Сериковича')"))

def r10():
    t = """Коллеги, добрый день!

Информирую, что Оспанова Динара Кайратовна с 10.03.2026 находится в отпуске по уходу за ребенком. Вместо Оспановой Д.К. вопросы по услуге 00402031 (зачисление в детские сады) будет вести Баймуханова Карина Маратовна, главный специалист отдела дошкольного образования.
Её контакты: 8 (7212) 41-06-58, k.baimukhanova@krg-edu.gov.kz

Прошу обновить данные в вашей базе.

--
С уважением, Кравченко И.В.
Управление образования Карагандинской области
"""
    html = "<html><body style='font-family:Arial'>" + "".join("<p>%s</p>" % b.replace("\n", "<br>") for b in t.split("\n\n")) + "</body></html>"
    L("r10-zamena-dekret-karaganda.eml", "eml", t,
      RC(P("Баймуханова Карина Маратовна", "главный специалист отдела дошкольного образования", "k.baimukhanova@krg-edu.gov.kz", "8 (7212) 41-06-58"),
         {"full_name": "Оспанова Динара Кайратовна"}, "2026-03-10", ["00402031"]),
      ("ГУ «Управление образования Карагандинской области»", "kanc@krg-edu.gov.kz", "990240003317",
       [("00402031", "Прием документов и зачисление детей в дошкольные организации")], "consulting", None, "заменить ответственное лицо по услуге"),
      ("ru", "eml HTML-only koi8-r QP", "replacement because of leave; the sender is neither old nor new person; old person also as initials"),
      mail=dict(frm=("Кравченко Ирина", "i.kravchenko@krg-edu.gov.kz"), subj="замена ответственного по 00402031", date="Tue, 10 Mar 2026 09:31:00 +0500",
                charset="koi8-r", cte="qp", html=html, html_only=True))

def r11():
    t = """Құрметті әріптестер!

Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 7-тармағына сәйкес хабарлаймыз: 2026 жылғы 23 наурыздан бастап № 00204012 және № 00204027 мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлға Төлеген Айжан Ерланқызының орнына мал шаруашылығы бөлімінің жетекші маманы Ермекова Гүлжан Асқарқызы тағайындалды.

Тел.: 8 (7262) 43-18-11
E-mail: g.ermekova@zhambyl-agro.gov.kz

Басқарма басшысы                              Қ. Әлімбетов
"""
    L("r11-auystyru-zhambyl.docx", "docx", t,
      RC(P("Ермекова Гүлжан Асқарқызы", "мал шаруашылығы бөлімінің жетекші маманы", "g.ermekova@zhambyl-agro.gov.kz", "8 (7262) 43-18-11"),
         {"full_name": "Төлеген Айжан Ерланқызы"}, "2026-03-23", ["00204012", "00204027"], "kk"),
      ("ГУ «Управление сельского хозяйства Жамбылской области»", "kanc@zhambyl-agro.gov.kz", "020440007763",
       [("00204012", "Субсидирование стоимости удобрений"), ("00204027", "Субсидирование развития племенного животноводства")], "consulting", None,
       "заменить ответственное лицо по двум услугам"),
      ("kk", "docx", "Kazakh; previous person in genitive 'Ерланқызының орнына'"))

def r12():
    t = """Исх. 05-11/2290  06.04.2026

ЕКЦ

Управление туризма города Алматы сообщает об изменении ответственного лица.

Было: Петренко Виктория Александровна, главный специалист отдела туристской деятельности.
Стало: Абенов Ильяс Нурланович, главный специалист отдела туристской деятельности, тел. 8 727 271 66 45, i.abenov@almaty-tourism.gov.kz.

Основание: приказ № 44-лс от 03.04.2026 (увольнение Петренко В.А.).
Услуги: 00802004, 00802011.
"""
    L("r12-bylo-stalo-almaty.txt", "txt-utf16", t,
      RC(P("Абенов Ильяс Нурланович", "главный специалист отдела туристской деятельности", "i.abenov@almaty-tourism.gov.kz", "8 727 271 66 45"),
         {"full_name": "Петренко Виктория Александровна"}, None, ["00802004", "00802011"]),
      ("ГУ «Управление туризма города Алматы»", "kanc@almaty-tourism.gov.kz", "140740009902",
       [("00802004", "Выдача лицензии на туроператорскую деятельность"), ("00802011", "Выдача справки о включении в государственный реестр туристского маршрута")],
       "consulting", None, "заменить ответственное лицо"),
      ("ru", "txt UTF-16 LE with BOM", "'Было/Стало' layout; order date is not the take-over date (not stated)"))

def r13():
    t = """Уважаемые коллеги!

Прошу с 20 апреля 2026 года направлять всю корреспонденцию по государственной услуге «Проведение религиоведческой экспертизы» (01101002) на имя Сарсенбаевой Меруерт Толеугазыевны, главного эксперта Управления религиоведческой экспертизы (моб. +7 747 301 22 85, m.sarsenbayeva@mki.gov.kz), в связи с моим переходом в другое подразделение.

С уважением,
А. Нурмаханов

-----Original Message-----
From: kanc@ekc.gov.kz
Sent: Monday, April 13, 2026 10:02 AM
Subject: Вопросы к обучению по услуге 01101002

Алибек Сейткалиевич, направляем список вопросов к обучению...
"""
    L("r13-perevod-religiya.eml", "eml", t,
      RC(P("Сарсенбаева Меруерт Толеугазыевна", "главный эксперт Управления религиоведческой экспертизы", "m.sarsenbayeva@mki.gov.kz", "+7 747 301 22 85"),
         {"full_name": "Нурмаханов Алибек Сейткалиевич"}, "2026-04-20", ["01101002"]),
      ("Комитет по делам религий Министерства культуры и информации Республики Казахстан", "kanc@din.mki.gov.kz", "110340013309",
       [("01101002", "Проведение религиоведческой экспертизы")], "consulting", None, "заменить ответственное лицо"),
      ("ru", "eml windows-1251 QP, quoted earlier message", "new person in genitive ('на имя Сарсенбаевой ...'); previous person only from the signature and quote"),
      mail=dict(frm=("Нурмаханов Алибек", "a.nurmakhanov@mki.gov.kz"), subj="RE: Вопросы к обучению по услуге 01101002", date="Wed, 15 Apr 2026 14:06:00 +0500", charset="windows-1251", cte="qp"))

def r14():
    t = """Управление ветеринарии Акмолинской области уведомляет о замене ответственных лиц по государственным услугам:

TABLE: № услуги | Прежнее ответственное лицо | Новое ответственное лицо | Контакты
00203017 | Сагындыков Арман Жумабекович | Жакенов Бекзат Ерикович, главный ветеринарный врач отдела ветеринарии г. Кокшетау | 8-7162-25-33-95, b.zhakenov@akmola.gov.kz
00203029 | Сагындыков Арман Жумабекович | Жакенов Бекзат Ерикович, главный ветеринарный врач отдела ветеринарии г. Кокшетау | 8-7162-25-33-95, b.zhakenov@akmola.gov.kz

Замена действует с 04.05.2026.

Руководитель управления                          Т. Ильясов
"""
    L("r14-zamena-tablica-vet.docx", "docx", t,
      RC(P("Жакенов Бекзат Ерикович", "главный ветеринарный врач отдела ветеринарии г. Кокшетау", "b.zhakenov@akmola.gov.kz", "8-7162-25-33-95"),
         {"full_name": "Сагындыков Арман Жумабекович"}, "2026-05-04", ["00203017", "00203029"]),
      ("ГУ «Управление ветеринарии Акмолинской области»", "kanc@akmola-vet.gov.kz", "050340008821",
       [("00203017", "Выдача ветеринарной справки"), ("00203029", "Выдача ветеринарного паспорта")], "consulting", None, "заменить ответственное лицо по двум услугам"),
      ("ru", "docx", "replacement given as a table old | new | contacts, same person on two rows"))

def r15():
    t = """Бірыңғай байланыс орталығы
Единый контакт-центр

Ауыстыру туралы хабарлама / Уведомление о замене

Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы 00505021 қызметі бойынша жауапты тұлғаның ауысқанын хабарлайды.
Управление сообщает, что с 1 июня 2026 года вместо Калдыбаевой Меруерт Бейбитовны ответственным по услуге 00505021 будет Тажибаев Нурсултан Мухтарович, главный специалист отдела реабилитации.
Тел. 8 (7292) 60-41-17, n.tazhibayev@mng-social.gov.kz
"""
    L("r15-auystyru-mangystau.txt", "txt-utf8", t,
      RC(P("Тажибаев Нурсултан Мухтарович", "главный специалист отдела реабилитации", "n.tazhibayev@mng-social.gov.kz", "8 (7292) 60-41-17"),
         {"full_name": "Калдыбаева Меруерт Бейбитовна"}, "2026-06-01", ["00505021"], None),
      ("ГУ «Управление координации занятости и социальных программ Мангистауской области»", "kanc@mng-social.gov.kz", "051040006631",
       [("00505021", "Оформление документов на лиц с инвалидностью для предоставления протезно-ортопедической помощи")], "consulting", None, "заменить ответственное лицо"),
      ("kk+ru", "txt utf-8", "bilingual; previous person in genitive, her name spelled in Russian form unlike the earlier form"))

for f in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15): f()
# ======================= BATCH 3: refusal (12) =======================
def RF(reason, ground, regs=(), lang="ru"):
    d = {"kind": "refusal"}
    if lang: d["language"] = lang
    d["refusal_reason"] = reason; d["refusal_ground"] = ground
    if regs: d["services"] = [{"registry_number": r} for r in regs]
    return d

def x01():
    t = """Исх. № 21-05/77-дсп от 19.05.2026

На № ЕКЦ-2026/301 от 12.05.2026

Министерство обороны Республики Казахстан, рассмотрев Ваш запрос о представлении перечня воинских частей, принимающих документы по государственной услуге 01401003, сообщает, что указанные сведения отнесены к государственным секретам и не могут быть представлены в Единый контакт-центр.

Порядок оказания услуги размещен на портале электронного правительства.

Начальник департамента                                 Р. Касенов
"""
    L("x01-minoborony-gossekret.pdf", "pdf", t, RF("указанные сведения отнесены к государственным секретам", "state_secret", ["01401003"]),
      ("Министерство обороны Республики Казахстан", "kanc@mod.gov.kz", "960740000316", [("01401003", "Выдача справки о прохождении воинской службы")],
       "additional_answer", ("ЕКЦ-2026/301", "2026-05-12", "О представлении дополнительной информации"), "зафиксировать правомерный отказ (гостайна)"),
      ("ru", "pdf", "no word 'отказ'; reason is a subordinate clause"))

def x02():
    t = """Добрый день!

По вашему письму ЕКЦ-2026/305 (данные по тарифам поставщика на услугу 00501006) поясняем: расчеты тарифов представлены нам АО «Теплокоммунэнерго» с грифом «Коммерческая тайна», разглашение третьим лицам без согласия субъекта не допускается. Поэтому направить их в ЕКЦ не можем. Общие нормы потребления для расчета жилищной помощи размещены на сайте управления.

Мусин Т.Е.
"""
    L("x02-kommercheskaya-taina.eml", "eml", t, RF("расчеты тарифов представлены нам АО «Теплокоммунэнерго» с грифом «Коммерческая тайна», разглашение третьим лицам без согласия субъекта не допускается", "commercial_secret", ["00501006"]),
      ("ГУ «Управление жилищно-коммунального хозяйства Актюбинской области»", "kanc@aktobe-zhkh.gov.kz", "070940004418",
       [("00501006", "Назначение жилищной помощи")], "additional_answer", ("ЕКЦ-2026/305", "2026-05-14", "О дополнительной информации по услуге 00501006"), "зафиксировать правомерный отказ (коммерческая тайна)"),
      ("ru", "eml utf-8 8bit", "colloquial 'не можем'; reason in the middle of a sentence"),
      mail=dict(frm=("Мусин Тимур", "t.musin@aktobe-zhkh.gov.kz"), subj="Re: ЕКЦ-2026/305", date="Mon, 18 May 2026 11:40:00 +0500"))

def x03():
    t = """Бірыңғай байланыс орталығына

2026 жылғы 15 мамырдағы № ЕКЦ-2026/309 хатқа

Сіз сұратқан № 00903002 қызмет бойынша бекітілген азаматтардың тізімі дәрігерлік құпияны және дербес деректерді қамтиды, сондықтан оны ұсыну мүмкін емес.

Басшының орынбасары                   Д. Қасымов
"""
    L("x03-dariger-kupiyasy.docx", "docx", t, RF("бекітілген азаматтардың тізімі дәрігерлік құпияны және дербес деректерді қамтиды", "protected_secret", ["00903002"], "kk"),
      ("ГУ «Управление здравоохранения Павлодарской области»", "kanc@pvl-densaulyk.gov.kz", "010540000713",
       [("00903002", "Прием заявлений на прикрепление к медицинской организации ПМСП")], "additional_answer",
       ("ЕКЦ-2026/309", "2026-05-15", "Қосымша ақпарат беру туралы"), "зафиксировать правомерный отказ (врачебная тайна)"),
      ("kk", "docx", "Kazakh; medical secret + personal data, 'ұсыну мүмкін емес'"))

def x04():
    t = """Исх. № 3-2/1440 от 25.05.2026

Управление предпринимательства Костанайской области, рассмотрев запрос ЕКЦ № ЕКЦ-2026/312 о порядке выдачи разрешений на эмиссии в окружающую среду, сообщает, что данная государственная услуга не входит в компетенцию управления. Оказание услуги осуществляет Управление природных ресурсов и регулирования природопользования акимата Костанайской области, в связи с чем рекомендуем направить запрос туда.

Руководитель управления                            А. Жунусов
"""
    L("x04-ne-kompetenciya-kostanai.txt", "txt-1251", t, RF("данная государственная услуга не входит в компетенцию управления", "not_competent", []),
      ("ГУ «Управление предпринимательства и индустриально-инновационного развития Костанайской области»", "kanc@kst-biz.gov.kz", "060140015538",
       [("01503011", "Выдача разрешения на эмиссии в окружающую среду")], "information",
       ("ЕКЦ-2026/312", "2026-05-19", "Запрос информации о государственной услуге"), "зафиксировать отказ по некомпетентности, переадресовать запрос"),
      ("ru", "txt windows-1251", "not competent + redirect; service named only by name, not by number"))

def x05():
    t = """Уважаемые коллеги,

запрошенная Вами информация о маршрутах инкассации и графике работы хранилищ при оказании услуги 01601007 составляет служебную информацию ограниченного распространения (гриф «Для служебного пользования») и в соответствии с законодательством предоставлению не подлежит.

С уважением,
Департамент казначейства
"""
    L("x05-dsp-kaznacheistvo.eml", "eml", t, RF("составляет служебную информацию ограниченного распространения (гриф «Для служебного пользования») и в соответствии с законодательством предоставлению не подлежит", "protected_secret", ["01601007"]),
      ("Комитет казначейства Министерства финансов Республики Казахстан", "kanc@minfin.gov.kz", "980440001034",
       [("01601007", "Регистрация договоров (соглашений) государственных учреждений")], "additional_answer",
       ("ЕКЦ-2026/318", "2026-05-21", "О представлении дополнительной информации"), "зафиксировать правомерный отказ (ДСП)"),
      ("ru", "eml windows-1251 8bit, no charset label", "charset label missing on a windows-1251 body"),
      mail=dict(frm=("Департамент казначейства", "dk@minfin.gov.kz"), subj="Ответ на запрос ЕКЦ-2026/318", date="Tue, 26 May 2026 16:20:00 +0500", charset="windows-1251", label=""))

def x06():
    t = """Сәлеметсіз бе!

ЕКЦ-2026/320 хатыңыз бойынша: сұралып отырған «Асыл тұқымды мал шаруашылығын дамытуды субсидиялау» қызметі бойынша субсидия алушылардың тізімі мен төлем сомалары коммерциялық құпия болып табылады, сондықтан біз оларды бере алмаймыз.

Добрый день! По письму ЕКЦ-2026/320: список получателей субсидий и суммы выплат по услуге 00204027 составляют коммерческую тайну, поэтому предоставить их не можем.

Ермекова Г.А.
"""
    L("x06-kommerc-kupiya-kz-ru.eml", "eml", t, RF("список получателей субсидий и суммы выплат по услуге 00204027 составляют коммерческую тайну", "commercial_secret", ["00204027"], None),
      ("ГУ «Управление сельского хозяйства Жамбылской области»", "kanc@zhambyl-agro.gov.kz", "020440007763",
       [("00204027", "Субсидирование развития племенного животноводства")], "additional_answer",
       ("ЕКЦ-2026/320", "2026-05-22", "Қосымша ақпарат туралы"), "зафиксировать правомерный отказ (коммерческая тайна)"),
      ("kk+ru", "eml utf-8 base64", "bilingual; registry number only in the Russian half"),
      mail=dict(frm=("Гүлжан Ермекова", "g.ermekova@zhambyl-agro.gov.kz"), subj="Re: ЕКЦ-2026/320", date="Wed, 27 May 2026 10:05:00 +0500", cte="base64"))

def x07():
    t = """На Ваш № ЕКЦ-2026/327 от 26.05.2026

Сообщаем, что затребованные сведения (перечень объектов, находящихся под охраной, и схемы их размещения) в рамках государственной услуги 01302011 содержат сведения, составляющие государственные секреты Республики Казахстан, и их передача в ЕКЦ невозможна. Разъяснения по порядку оказания услуги могут быть даны ответственным лицом в устной форме.

Председатель комитета                   Е. Байжанов
"""
    L("x07-gossekrety-mchs.docx", "docx", t, RF("содержат сведения, составляющие государственные секреты Республики Казахстан", "state_secret", ["01302011"]),
      ("Комитет промышленной безопасности Министерства по чрезвычайным ситуациям Республики Казахстан", "kanc@emer.gov.kz", "140840010237",
       [("01302011", "Выдача разрешения на применение технологий и технических устройств")], "additional_answer",
       ("ЕКЦ-2026/327", "2026-05-26", "О дополнительной информации"), "зафиксировать правомерный отказ (гостайна)"),
      ("ru", "docx", "offers oral explanations at the same time"))

def x08():
    t = """Исх. № 01-18/611 от 02.06.2026

В связи с реорганизацией управления и передачей функций по оказанию государственной услуги 00607015 в ведение акимата Илийского района представить запрашиваемую информацию не представляется возможным. Просим направить запрос в акимат Илийского района.

И.о. руководителя отдела                       Г. Ахметжанова
"""
    L("x08-reorganizaciya-konaev.txt", "txt-utf8", t, RF("передачей функций по оказанию государственной услуги 00607015 в ведение акимата Илийского района", "not_competent", ["00607015"]),
      ("Акимат города Конаев Алматинской области", "kanc@konaev.gov.kz", "080140019952",
       [("00607015", "Выдача решения о переводе жилого помещения в нежилое")], "information",
       ("ЕКЦ-2026/333", "2026-05-28", "Запрос информации по форме"), "зафиксировать отказ по некомпетентности, переадресовать"),
      ("ru", "txt utf-8", "not competent expressed through reorganisation; 'не представляется возможным'"))

def x09():
    t = """Уважаемые коллеги!

Отказываем в предоставлении сведений по Вашему запросу ЕКЦ-2026/340, так как запрошенные копии решений по конкретным заявителям содержат персональные данные, доступ к которым ограничен Законом Республики Казахстан "О персональных данных и их защите".

Тажибаев Н.М.
"""
    L("x09-personalnye-dannye.eml", "eml", t, RF("запрошенные копии решений по конкретным заявителям содержат персональные данные, доступ к которым ограничен Законом Республики Казахстан \"О персональных данных и их защите\"", "protected_secret", []),
      ("ГУ «Управление координации занятости и социальных программ Мангистауской области»", "kanc@mng-social.gov.kz", "051040006631",
       [("00505021", "Оформление документов на лиц с инвалидностью")], "additional_answer",
       ("ЕКЦ-2026/340", "2026-06-01", "О дополнительной информации"), "зафиксировать правомерный отказ (персональные данные)"),
      ("ru", "eml koi8-r 8bit, HTML+plain", "explicit 'Отказываем'; no registry number"),
      mail=dict(frm=("Тажибаев Нурсултан", "n.tazhibayev@mng-social.gov.kz"), subj="ЕКЦ-2026/340", date="Thu, 04 Jun 2026 12:00:00 +0500", charset="koi8-r",
                html="<div>Уважаемые коллеги!</div><div><br></div><div>" + t.split("\n\n")[1] + "</div><div><br>Тажибаев Н.М.</div>"))

def x10():
    t = """Бірыңғай байланыс орталығына

№ ЕКЦ-2026/344 хатқа

Облыстық мұрағат сұралған ақпаратты бере алмайды: құжаттардың сақталу орны мен сақтау жағдайлары туралы мәліметтер заңмен қорғалатын құпияға жатады.

Басшы                                      Г. Шамшиденова
"""
    L("x10-muragat-kupiya.pdf", "pdf", t, RF("құжаттардың сақталу орны мен сақтау жағдайлары туралы мәліметтер заңмен қорғалатын құпияға жатады", "protected_secret", [], "kk"),
      ("КГУ «Государственный архив Павлодарской области»", "arhiv.pvl@pavlodar.gov.kz", "000440002671",
       [("00703001", "Выдача архивных справок")], "additional_answer", ("ЕКЦ-2026/344", "2026-06-03", "Қосымша ақпарат туралы"), "зафиксировать правомерный отказ"),
      ("kk", "pdf", "Kazakh, 'бере алмайды', secret protected by law"))

def x11():
    t = """Добрый день.

На запрос ЕКЦ-2026/351 по услуге 00802011: информация о маршрутах сейчас пересматривается рабочей группой, утвержденного перечня нет, поэтому дать вам данные мы пока не можем. Как только перечень будет утвержден, направим в рабочем порядке.

Абенов И.
Отправлено с iPhone
"""
    L("x11-peresmatrivaetsya-other.eml", "eml", t, RF("информация о маршрутах сейчас пересматривается рабочей группой, утвержденного перечня нет", "other", ["00802011"]),
      ("ГУ «Управление туризма города Алматы»", "kanc@almaty-tourism.gov.kz", "140740009902",
       [("00802011", "Выдача справки о включении в государственный реестр туристского маршрута")], "additional_answer",
       ("ЕКЦ-2026/351", "2026-06-08", "О дополнительной информации по услуге 00802011"), "зафиксировать отказ (иное основание), контролировать повтор"),
      ("ru", "eml utf-8 QP", "'other' ground: data not ready, promise to send later"),
      mail=dict(frm=("Ilyas Abenov", "i.abenov@almaty-tourism.gov.kz"), subj="Re: ЕКЦ-2026/351", date="Thu, 11 Jun 2026 18:44:00 +0500", cte="qp"))

def x12():
    t = """МИНИСТЕРСТВО ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН
Комитет государственных доходов

Исх. № КГД-04-1/9920 от 17.06.2026

На № ЕКЦ-2026/356 от 10.06.2026

Комитет государственных доходов сообщает, что сведения о конкретных налогоплательщиках, запрошенные для разбора обращения по государственной услуге 01701004, составляют налоговую тайну в соответствии со статьей 30 Налогового кодекса Республики Казахстан и представлены быть не могут.

Заместитель председателя                     Б. Ермеков
"""
    L("x12-nalogovaya-taina.docx", "docx", t, RF("составляют налоговую тайну в соответствии со статьей 30 Налогового кодекса Республики Казахстан", "protected_secret", ["01701004"]),
      ("Комитет государственных доходов Министерства финансов Республики Казахстан", "kanc@kgd.minfin.gov.kz", "970340002185",
       [("01701004", "Выдача справки об отсутствии (наличии) налоговой задолженности")], "additional_answer",
       ("ЕКЦ-2026/356", "2026-06-10", "О представлении сведений для разбора обращения"), "зафиксировать правомерный отказ (налоговая тайна)"),
      ("ru", "docx", "tax secret = secret protected by law; letterhead"))

for f in (x01, x02, x03, x04, x05, x06, x07, x08, x09, x10, x11, x12): f()
# ======================= BATCH 4: change_notice (12) =======================
def CS(reg, **ch):
    d = {"registry_number": reg, "standard": None, "regulation": None, "npa_changes": None, "website": None}
    d.update(ch); return d

def CN(services, cdate=None, lang="ru"):
    d = {"kind": "change_notice"}
    if lang: d["language"] = lang
    d["services"] = services; d["change_date"] = cdate
    return d

def c01():
    t = """Исх. № 04-12/2210 от 22.06.2026

Единый контакт-центр

Во исполнение пункта 6 Правил взаимодействия сообщаем об изменении информации по государственной услуге 00605003 «Выдача архитектурно-планировочного задания (АПЗ)».

Новые реквизиты стандарта: Правила оказания государственной услуги «Выдача архитектурно-планировочного задания (АПЗ)», утвержденные приказом Министра промышленности и строительства Республики Казахстан от 11 июня 2026 года № 201.

Изменения вступили в силу 16.06.2026.

Заместитель руководителя управления                         Е. Сапаров
"""
    L("c01-apz-novyi-standart.docx", "docx", t,
      CN([CS("00605003", standard="Правила оказания государственной услуги «Выдача архитектурно-планировочного задания (АПЗ)», утвержденные приказом Министра промышленности и строительства Республики Казахстан от 11 июня 2026 года № 201")], "2026-06-16"),
      ("ГУ «Управление архитектуры и градостроительства города Шымкент»", "kanc@shym-arch.gov.kz", "180340030017",
       [("00605003", "Выдача архитектурно-планировочного задания (АПЗ)")], "consulting", None, "обновить стандарт услуги в базе ЕКЦ"),
      ("ru", "docx", "new standard on its own paragraph after 'Новые реквизиты стандарта:'"))

def c02():
    t = """Коллеги, добрый день!

Сообщаем, что с 1 июля 2026 года информация по услугам 00402031 и 00402044 размещается на новом интернет-ресурсе: https://www.gov.kz/memleket/entities/karaganda-bilim (ранее www.egov.kz).

Баймуханова К.М.
"""
    L("c02-novyi-sait-karaganda.eml", "eml", t,
      CN([CS("00402031", website="https://www.gov.kz/memleket/entities/karaganda-bilim"), CS("00402044", website="https://www.gov.kz/memleket/entities/karaganda-bilim")], "2026-07-01"),
      ("ГУ «Управление образования Карагандинской области»", "kanc@krg-edu.gov.kz", "990240003317",
       [("00402031", "Прием документов и зачисление детей в дошкольные организации"), ("00402044", "Выдача дубликатов документов об образовании")],
       "consulting", None, "обновить интернет-ресурс по двум услугам"),
      ("ru", "eml utf-8 8bit", "old web address also mentioned (must not be taken); two services share one change"),
      mail=dict(frm=("Карина Баймуханова", "k.baimukhanova@krg-edu.gov.kz"), subj="изменение интернет-ресурса", date="Thu, 02 Jul 2026 09:20:00 +0500"))

def c03():
    t = """Бірыңғай байланыс орталығына

Қағидалардың 6-тармағына сәйкес № 00603008 «Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру» мемлекеттік көрсетілетін қызметі бойынша нормативтік құқықтық актілерге өзгеріс енгізілгенін хабарлаймыз:
Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 30 маусымдағы № 233 «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығына өзгерістер енгізу туралы» бұйрығы.

Бұйрық 2026 жылғы 14 шілдеден бастап қолданысқа енгізіледі.

Н. Әбдіқадыров
"""
    L("c03-npa-ozgeris-turkistan.txt", "txt-utf8", t,
      CN([CS("00603008", npa_changes="Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 30 маусымдағы № 233 «Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығына өзгерістер енгізу туралы» бұйрығы")], "2026-07-14", "kk"),
      ("ГУ «Управление земельных отношений Туркестанской области»", "kense@turkistan-zher.gov.kz", "180240021544",
       [("00603008", "Выдача решения на изменение целевого назначения земельного участка")], "consulting", None, "обновить изменения НПА"),
      ("kk", "txt utf-8", "Kazakh; amending order on its own line; change date = entry into force"))

def c04():
    rows = "TABLE: № | № в реестре | Что изменилось | Было | Стало\n1 | 00203017 | Стандарт | приказ МСХ РК от 21.05.2015 № 7-1/453 | Правила оказания государственной услуги «Выдача ветеринарной справки», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 2 июля 2026 года № 240\n2 | 00203029 | Интернет-ресурс | www.gov.kz/memleket/entities/aqmola-vet | www.egov.kz"
    t = """Управление ветеринарии Акмолинской области

Уведомление об изменении информации о государственных услугах

""" + rows + """

Дата изменения: 08.07.2026
Ответственное лицо: Жакенов Б.Е.
"""
    L("c04-bylo-stalo-vet.pdf", "pdf", t,
      CN([CS("00203017", standard="Правила оказания государственной услуги «Выдача ветеринарной справки», утвержденные приказом Министра сельского хозяйства Республики Казахстан от 2 июля 2026 года № 240"), CS("00203029", website="www.egov.kz")], "2026-07-08"),
      ("ГУ «Управление ветеринарии Акмолинской области»", "kanc@akmola-vet.gov.kz", "050340008821",
       [("00203017", "Выдача ветеринарной справки"), ("00203029", "Выдача ветеринарного паспорта")], "consulting", None, "обновить стандарт и интернет-ресурс"),
      ("ru", "pdf", "was/now table, different field per row; old values present"))

def c05():
    t = """Добрый день.
Сообщаем, что по услуге 00802004 утвержден новый регламент: Регламент государственной услуги «Выдача лицензии на туроператорскую деятельность», утвержденный постановлением акимата города Алматы от 10 июля 2026 года № 3/288.
Прочие сведения без изменений.
Абенов И.Н., 8 727 271 66 45
"""
    L("c05-reglament-almaty.txt", "txt-1251", t,
      CN([CS("00802004", regulation="Регламент государственной услуги «Выдача лицензии на туроператорскую деятельность», утвержденный постановлением акимата города Алматы от 10 июля 2026 года № 3/288")]),
      ("ГУ «Управление туризма города Алматы»", "kanc@almaty-tourism.gov.kz", "140740009902",
       [("00802004", "Выдача лицензии на туроператорскую деятельность")], "consulting", None, "обновить регламент"),
      ("ru", "txt windows-1251", "regulation changed; no change date stated"))

def c06():
    t = """Құрметті әріптестер! Уважаемые коллеги!

№ 00505034 мемлекеттік көрсетілетін қызмет бойынша өзгеріс: стандарт жаңа редакцияда бекітілді.
По услуге № 00505034 изменен стандарт. Новые реквизиты: Правила оказания государственной услуги «Возмещение затрат на обучение на дому детей с инвалидностью», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 26 июня 2026 года № 215.
Дата введения в действие: 10.07.2026.

Оразалиев Е.Ж.
"""
    L("c06-standart-mangystau-kz-ru.eml", "eml", t,
      CN([CS("00505034", standard="Правила оказания государственной услуги «Возмещение затрат на обучение на дому детей с инвалидностью», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 26 июня 2026 года № 215")], "2026-07-10", None),
      ("ГУ «Управление координации занятости и социальных программ Мангистауской области»", "kanc@mng-social.gov.kz", "051040006631",
       [("00505034", "Возмещение затрат на обучение на дому детей с инвалидностью")], "consulting", None, "обновить стандарт"),
      ("kk+ru", "eml utf-8 + pdf attachment", "bilingual notice in a PDF attachment, body just a note"),
      mail=dict(frm=("Ерболат Оразалиев", "e.orazaliyev@mng-social.gov.kz"), subj="Өзгерістер туралы / Об изменениях 00505034", date="Mon, 13 Jul 2026 15:10:00 +0500",
                att=("ozgeris_00505034.pdf", "pdf", t), body="Тіркемеде. Во вложении уведомление.\n"))

def c07():
    t = """Исх. № 15-7/3301 от 20.07.2026

О внесении изменений в информацию по государственным услугам

Управление природных ресурсов ВКО сообщает, что в связи с принятием приказа Министра экологии и природных ресурсов Республики Казахстан от 9 июля 2026 года № 260 «О внесении изменений в некоторые приказы» изменились нормативные правовые акты по государственным услугам 01503001 и 01503004.

Указанный приказ вводится в действие с 20 июля 2026 года.

Руководитель управления                     Д. Абишев
"""
    npa = "приказ Министра экологии и природных ресурсов Республики Казахстан от 9 июля 2026 года № 260 «О внесении изменений в некоторые приказы»"
    L("c07-npa-vko.docx", "docx", t,
      CN([CS("01503001", npa_changes=npa), CS("01503004", npa_changes=npa)], "2026-07-20"),
      ("ГУ «Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области»", "kanc@vko-eco.gov.kz", "991140002214",
       [("01503001", "Выдача экологического разрешения для объектов II категории"), ("01503004", "Выдача заключения государственной экологической экспертизы")],
       "consulting", None, "обновить изменения НПА по двум услугам"),
      ("ru", "docx", "NPA change inside running text; letter date equals change date"))

def c08():
    t = """Сәлеметсіз бе!

№ 00103015 «Бөлшек сауда объектілерін тіркеу» қызметі туралы ақпарат енді мына интернет-ресурста орналастырылған: www.kostanai-biz.kz/kyzmetter

Өзгеріс 2026 жылғы 27 шілдеден бастап.

Г. Ибраева
Қостанай облысы кәсіпкерлік басқармасы
"""
    L("c08-sait-kostanai.eml", "eml", t,
      CN([CS("00103015", website="www.kostanai-biz.kz/kyzmetter")], "2026-07-27", "kk"),
      ("ГУ «Управление предпринимательства и индустриально-инновационного развития Костанайской области»", "kanc@kst-biz.gov.kz", "060140015538",
       [("00103015", "Регистрация объектов розничной торговли")], "consulting", None, "обновить интернет-ресурс"),
      ("kk", "eml utf-8 HTML-only base64", "Kazakh HTML body, URL with path"),
      mail=dict(frm=("Гүлнар Ибраева", "g.ibrayeva@kst-biz.gov.kz"), subj="Интернет-ресурс өзгерді", date="Tue, 28 Jul 2026 10:00:00 +0500", cte="base64", html_only=True,
                html="<div>Сәлеметсіз бе!</div><br><div>№ 00103015 «Бөлшек сауда объектілерін тіркеу» қызметі туралы ақпарат енді мына интернет-ресурста орналастырылған: <a href='http://www.kostanai-biz.kz/kyzmetter'>www.kostanai-biz.kz/kyzmetter</a></div><br><div>Өзгеріс 2026 жылғы 27 шілдеден бастап.</div><br><div>Г. Ибраева<br>Қостанай облысы кәсіпкерлік басқармасы</div>"))

def c09():
    t = """Уважаемые коллеги!

Направляем актуализированные сведения по государственной услуге 00104019 (апостилирование). Изменения:
— стандарт: Правила оказания государственной услуги «Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов», утвержденные приказом Министра юстиции Республики Казахстан от 24 июля 2026 года № 512;
— изменения НПА: приказ Министра юстиции Республики Казахстан от 24 июля 2026 года № 512 «О признании утратившим силу приказа от 28 мая 2020 года № 63».
Остальные графы формы не изменились.

Хасанов И.Р.
Департамент юстиции ЗКО
"""
    L("c09-dva-polya-yust.eml", "eml", t,
      CN([CS("00104019", standard="Правила оказания государственной услуги «Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов», утвержденные приказом Министра юстиции Республики Казахстан от 24 июля 2026 года № 512",
             npa_changes="приказ Министра юстиции Республики Казахстан от 24 июля 2026 года № 512 «О признании утратившим силу приказа от 28 мая 2020 года № 63»")]),
      ("Департамент юстиции Западно-Казахстанской области Министерства юстиции Республики Казахстан", "kanc@adilet-zko.gov.kz", "960540001187",
       [("00104019", "Апостилирование официальных документов")], "consulting", None, "обновить стандарт и изменения НПА"),
      ("ru", "eml windows-1251 QP", "two changed fields in a dash list; semicolon ends one item"),
      mail=dict(frm=("Хасанов Ильдар", "i.khasanov@adilet-zko.gov.kz"), subj="Актуализация сведений 00104019", date="Fri, 31 Jul 2026 17:55:00 +0500", charset="windows-1251", cte="qp"))

def c10():
    t = """Исх. № 02-3/4410 от 10.08.2026

Единому контакт-центру

В связи с изменением Правил оказания государственной услуги «Выдача лицензии на фармацевтическую деятельность» (реестр № 00901014) сообщаем новые реквизиты: Правила оказания государственной услуги «Выдача лицензии на фармацевтическую деятельность», утвержденные приказом Министра здравоохранения Республики Казахстан от 31 июля 2026 года № 284.
Интернет-ресурс: https://www.gov.kz/memleket/entities/kmfk

Председатель комитета                  А. Ержанова
"""
    L("c10-mz-pravila.pdf", "pdf", t,
      CN([CS("00901014", standard="Правила оказания государственной услуги «Выдача лицензии на фармацевтическую деятельность», утвержденные приказом Министра здравоохранения Республики Казахстан от 31 июля 2026 года № 284", website="https://www.gov.kz/memleket/entities/kmfk")]),
      ("Министерство здравоохранения Республики Казахстан", "kanc@dsm.gov.kz", "960340001228",
       [("00901014", "Выдача лицензии на фармацевтическую деятельность")], "consulting", None, "обновить стандарт и интернет-ресурс"),
      ("ru", "pdf", "standard and website both changed; no separate change date"))

def c11():
    rows = [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов", "Интернет-ресурс", "Фамилия, имя, отчество, должность ответственного лица"],
            ["1", "00804006", "Присвоение квалификационных категорий тренерам", "без изменений", "без изменений", "Приказ Министра туризма и спорта Республики Казахстан от 5 августа 2026 года № 198 «О внесении изменений в приказ от 22 июля 2023 года № 191»", "без изменений", "без изменений"]]
    data = docx_build([("p", "Актуализированная информация (изменения по п. 6 Правил)", True),
                       ("t", rows, 1),
                       ("p", "Дата внесения изменений: 12.08.2026"),
                       ("p", "Ответственный: Сулейменова Лаура Асхатовна")], landscape=True)
    fn = "c11-izmeneniya-forma-sport.docx"
    write(fn, data)
    save_meta(fn, [dict(part=fn, **CN([CS("00804006", npa_changes="Приказ Министра туризма и спорта Республики Казахстан от 5 августа 2026 года № 198 «О внесении изменений в приказ от 22 июля 2023 года № 191»")], "2026-08-12"))],
              ctx("ГУ «Управление физической культуры и спорта области Абай»", "kanc@abai-sport.gov.kz", "221040012290",
                  [("00804006", "Присвоение квалификационных категорий тренерам")], "consulting", None, "обновить изменения НПА"))
    man(fn, "change_notice", "ru", "docx", "revised Appendix 1 table with 'без изменений' in unchanged cells")

def c12():
    t = """Қазақстан Республикасы Мәдениет және ақпарат министрлігі
Дін істері комитеті

№ 01101002 «Дінтану сараптамасын жүргізу» мемлекеттік көрсетілетін қызметі бойынша стандарт өзгергенін хабарлаймыз. Жаңа деректемелер:
«Дінтану сараптамасын жүргізу» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 14 тамыздағы № 301-НҚ бұйрығымен бекітілген.

Өзгерістер 2026 жылғы 25 тамызда күшіне енеді.

М. Сарсенбаева
"""
    L("c12-dintanu-standart.txt", "txt-utf16", t,
      CN([CS("01101002", standard="«Дінтану сараптамасын жүргізу» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 14 тамыздағы № 301-НҚ бұйрығымен бекітілген")], "2026-08-25", "kk"),
      ("Комитет по делам религий Министерства культуры и информации Республики Казахстан", "kanc@din.mki.gov.kz", "110340013309",
       [("01101002", "Проведение религиоведческой экспертизы")], "consulting", None, "обновить стандарт"),
      ("kk", "txt UTF-16 LE BOM", "Kazakh; Kazakh date forms"))

for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12): f()
# ======================= BATCH 5: training_protocol (11) =======================
def TP(date, regs, lang="ru"):
    d = {"kind": "training_protocol"}
    if lang: d["language"] = lang
    d["protocol_date"] = date; d["services"] = [{"registry_number": r} for r in regs]
    return d

def PC(agency, email, bin_, svcs, letter):
    return (agency, email, bin_, svcs, "protocol", letter, "зафиксировать протокол, услуга принимается на консультирование")

def p01():
    t = """ПРОТОКОЛ
принятия Единым контакт-центром государственной услуги для консультирования

г. Астана                                                    18 февраля 2026 года

Присутствовали: от Министерства здравоохранения Республики Казахстан — Бейсенова А.М., Жунусов Е.Б.; от Единого контакт-центра — Смирнова О.В., Жаксылыков Д.Т.

Ответственное лицо провело обучение сотрудников ЕКЦ по следующим услугам:

TABLE: № | № в реестре | Наименование услуги
1 | 00901014 | Выдача лицензии на фармацевтическую деятельность
2 | 00901022 | Выдача разрешения на ввоз незарегистрированных лекарственных средств

Решили: принять указанные государственные услуги для консультирования.

Подписи сторон: __________ Бейсенова А.М.     __________ Смирнова О.В.
"""
    L("p01-protokol-mz.docx", "docx", t, TP("2026-02-18", ["00901014", "00901022"]),
      PC("Министерство здравоохранения Республики Казахстан", "kanc@dsm.gov.kz", "960340001228",
         [("00901014", "Выдача лицензии на фармацевтическую деятельность"), ("00901022", "Выдача разрешения на ввоз незарегистрированных ЛС")],
         ("ЕКЦ-2026/121", "2026-02-10", "О проведении обучения")), ("ru", "docx", "classic protocol, services table"))

def p02():
    t = """ХАТТАМА
Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдауы туралы

Түркістан қ.                                          2026 жылғы 2 сәуір

Жер қатынастары басқармасының жауапты тұлғасы Н.С. Әбдіқадыров Бірыңғай байланыс орталығының қызметкерлеріне № 00603008 «Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру» мемлекеттік көрсетілетін қызметі бойынша оқыту өткізді.

Шешім: қызмет консультация беру үшін қабылдансын.

Басқарма атынан: ____________ Н. Әбдіқадыров
ББО атынан: ____________ А. Қуанышева
"""
    L("p02-hattama-turkistan.pdf", "pdf", t, TP("2026-04-02", ["00603008"], "kk"),
      PC("ГУ «Управление земельных отношений Туркестанской области»", "kense@turkistan-zher.gov.kz", "180240021544",
         [("00603008", "Выдача решения на изменение целевого назначения земельного участка")], ("ЕКЦ-2026/205", "2026-03-24", "Оқыту өткізу туралы")),
      ("kk", "pdf", "Kazakh protocol, 'хаттама', date '2026 жылғы 2 сәуір'"))

def p03():
    body = """Добрый день!

Направляем подписанный протокол обучения по услугам 00402031, 00402044, 00402059 (скан в приложении, текстовая копия ниже).

Протокол № 3 от 25.02.2026 принятия Единым контакт-центром государственных услуг для консультирования.
Обучение проведено 24.02.2026, протокол подписан 25.02.2026.

Кравченко И.В.
"""
    t = """Протокол № 3
принятия Единым контакт-центром государственных услуг для консультирования

г. Караганда, 25.02.2026

Обучение проведено 24 февраля 2026 года ответственным лицом Управления образования Карагандинской области Кравченко И.В.

Приняты для консультирования услуги: 00402031 — Прием документов и зачисление детей в дошкольные организации; 00402044 — Выдача дубликатов документов об образовании; 00402059 — Предоставление бесплатного подвоза детей.

От Управления: Кравченко И.В. ______     От ЕКЦ: Дюсенова М.К. ______
"""
    L("p03-protokol-karaganda.eml", "eml", body, TP("2026-02-25", ["00402031", "00402044", "00402059"]),
      PC("ГУ «Управление образования Карагандинской области»", "kanc@krg-edu.gov.kz", "990240003317",
         [("00402031", "Прием документов и зачисление детей в дошкольные организации"), ("00402044", "Выдача дубликатов документов об образовании"), ("00402059", "Предоставление бесплатного подвоза")],
         ("ЕКЦ-2026/118", "2026-02-16", "О проведении обучения")),
      ("ru", "eml utf-8 QP + pdf attachment", "training date differs from the protocol date; protocol in attachment"),
      mail=dict(frm=("Кравченко Ирина", "i.kravchenko@krg-edu.gov.kz"), subj="Протокол обучения", date="Wed, 25 Feb 2026 17:02:00 +0500", cte="qp",
                att=("Протокол_3_ЕКЦ.pdf", "pdf", t), body=body))

def p04():
    t = """ПРОТОКОЛ № 07/26
принятия государственной услуги для консультирования Единым контакт-центром

Дата составления: 10 марта 2026 года
Место: г. Кокшетау, ул. Абая, 96, каб. 214 (в режиме видеоконференции)

1. ГУ «Управление ветеринарии Акмолинской области» в лице ответственного лица Лозовой Натальи Сергеевны провело обучение сотрудников ЕКЦ по порядку оказания государственных услуг:
   - 00203017 Выдача ветеринарной справки;
   - 00203029 Выдача ветеринарного паспорта.
2. Вопросы ЕКЦ, направленные 05.03.2026, рассмотрены в ходе обучения.
3. Услуги принимаются ЕКЦ для консультирования.
"""
    L("p04-protokol-vet.txt", "txt-1251", t, TP("2026-03-10", ["00203017", "00203029"]),
      PC("ГУ «Управление ветеринарии Акмолинской области»", "kanc@akmola-vet.gov.kz", "050340008821",
         [("00203017", "Выдача ветеринарной справки"), ("00203029", "Выдача ветеринарного паспорта")], ("ЕКЦ-2026/152", "2026-03-02", "О проведении обучения")),
      ("ru", "txt windows-1251", "questions date 05.03 is a distractor"))

def p05():
    fn = "p05-protokol-turizm.xlsx"
    rows = [["ПРОТОКОЛ принятия Единым контакт-центром государственных услуг для консультирования", None, None],
            ["г. Алматы", None, "24.03.2026"],
            [None, None, None],
            ["№", "№ гос. услуги в реестре", "Наименование"],
            [1, "00802004", "Выдача лицензии на туроператорскую деятельность"],
            [2, "00802011", "Выдача справки о включении в государственный реестр туристского маршрута (тропы)"],
            [None, None, None],
            ["Обучение проведено, услуги приняты для консультирования.", None, None],
            ["Управление туризма г. Алматы", None, "Петренко В.А. (подпись)"],
            ["Единый контакт-центр", None, "Нургалиева С.Б. (подпись)"]]
    write(fn, xlsx_build([("Протокол", rows, ["A1:C1"], {"A": 30, "B": 18, "C": 60}, (4, 6))]))
    save_meta(fn, [dict(part=fn, **TP("2026-03-24", ["00802004", "00802011"]))],
              ctx(*PC("ГУ «Управление туризма города Алматы»", "kanc@almaty-tourism.gov.kz", "140740009902",
                      [("00802004", "Выдача лицензии на туроператорскую деятельность"), ("00802011", "Выдача справки о включении в реестр туристского маршрута")],
                      ("ЕКЦ-2026/188", "2026-03-17", "О проведении обучения"))))
    man(fn, "training_protocol", "ru", "xlsx", "protocol as a spreadsheet, date in a separate cell")

def p06():
    t = """Хаттама / Протокол

Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдауы туралы
о принятии Единым контакт-центром государственных услуг для консультирования

Күні / Дата: 2026 жылғы 28 сәуір / 28 апреля 2026 года

Қызметтер / Услуги: 00204012, 00204027

Жамбыл облысы ауыл шаруашылығы басқармасының жауапты тұлғасы А.Е. Төлеген ББО қызметкерлеріне оқыту өткізді. / Ответственное лицо провело обучение сотрудников ЕКЦ.

Қолдар / Подписи: А. Төлеген ______   Ж. Сапарова ______
"""
    L("p06-hattama-zhambyl-kz-ru.docx", "docx", t, TP("2026-04-28", ["00204012", "00204027"], None),
      PC("ГУ «Управление сельского хозяйства Жамбылской области»", "kanc@zhambyl-agro.gov.kz", "020440007763",
         [("00204012", "Субсидирование стоимости удобрений"), ("00204027", "Субсидирование развития племенного животноводства")], ("ЕКЦ-2026/262", "2026-04-20", "Оқыту туралы")),
      ("kk+ru", "docx", "bilingual protocol, date given in both languages"))

def p07():
    t = """Здравствуйте.
Протокол по услуге 00605003 (АПЗ) подписан нашим руководством 21.04.2026, ваш экземпляр передан нарочно. Ниже текст протокола.

> ПРОТОКОЛ принятия государственной услуги для консультирования
> г. Шымкент, 21 апреля 2026 г.
> Управление архитектуры и градостроительства города Шымкент провело обучение сотрудников ЕКЦ по государственной услуге N 00605003 "Выдача архитектурно-планировочного задания (АПЗ)". Услуга принята для консультирования.
> Подписи: Абдуллаев Р.И., Ким Е.В.

Абдуллаев Рустам
"""
    L("p07-protokol-shymkent-tekst.eml", "eml", t, TP("2026-04-21", ["00605003"]),
      PC("ГУ «Управление архитектуры и градостроительства города Шымкент»", "kanc@shym-arch.gov.kz", "180340030017",
         [("00605003", "Выдача архитектурно-планировочного задания (АПЗ)")], ("ЕКЦ-2026/248", "2026-04-15", "О проведении обучения")),
      ("ru", "eml koi8-r 8bit plain", "protocol text quoted with '>' inside the body"),
      mail=dict(frm=("Абдуллаев Рустам", "r.abdullaev@shym-arch.gov.kz"), subj="Протокол АПЗ", date="Tue, 21 Apr 2026 18:30:00 +0500", charset="koi8-r"))

def p08():
    t = """ПРОТОКОЛ
принятия Единым контакт-центром государственной услуги для консультирования

«12» мая 2026 г.                                                     г. Астана

Ответственное лицо Комитета по делам религий Нурмаханов А.С. провел обучение сотрудников Единого контакт-центра по государственной услуге «Проведение религиоведческой экспертизы» (№ 01101002 в реестре государственных услуг).
По итогам обучения услуга принята для консультирования. Консультирование начинается по истечении пяти рабочих дней с момента подписания протокола (с 19 мая 2026 г.).

Комитет по делам религий _______ Нурмаханов А.С.
ЕКЦ _______ Абдрахманова Г.Н.
"""
    L("p08-protokol-religiya.pdf", "pdf", t, TP("2026-05-12", ["01101002"]),
      PC("Комитет по делам религий Министерства культуры и информации Республики Казахстан", "kanc@din.mki.gov.kz", "110340013309",
         [("01101002", "Проведение религиоведческой экспертизы")], ("ЕКЦ-2026/280", "2026-05-05", "О проведении обучения")),
      ("ru", "pdf", "start-of-consulting date 19 May is a distractor"))

def p09():
    t = """ХАТТАМА № 2

2026 жылғы 9 маусым                                       Ақтау қаласы

Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы Бірыңғай байланыс орталығының қызметкерлеріне мына мемлекеттік көрсетілетін қызметтер бойынша оқыту өткізді:
1) 00505021;
2) 00505034.
Қызметтер консультация беру үшін қабылданды.

Тараптардың қолдары:
Басқарма: Е. Оразалиев            ББО: Д. Бекова
"""
    L("p09-hattama-mangystau.txt", "txt-utf16", t, TP("2026-06-09", ["00505021", "00505034"], "kk"),
      PC("ГУ «Управление координации занятости и социальных программ Мангистауской области»", "kanc@mng-social.gov.kz", "051040006631",
         [("00505021", "Оформление документов на лиц с инвалидностью"), ("00505034", "Возмещение затрат на обучение на дому детей с инвалидностью")],
         ("ЕКЦ-2026/330", "2026-06-01", "Оқыту туралы")), ("kk", "txt UTF-16 LE BOM", "Kazakh, numbered list of registry numbers only"))

def p10():
    t = """Протокол принятия государственных услуг для консультирования

Дата подписания: 16.06.2026

Стороны: Департамент юстиции Западно-Казахстанской области и Единый контакт-центр.

TABLE: № | Реестровый номер | Услуга | Дата обучения
1 | 00104007 | Государственная регистрация юридических лиц, учетная регистрация их филиалов и представительств | 15.06.2026
2 | 00104019 | Апостилирование официальных документов | 15.06.2026

Услуги приняты ЕКЦ для консультирования.

Хасанов И.Р. ____________        Омарова Л.К. ____________
"""
    L("p10-protokol-yustitsiya.eml", "eml", "", TP("2026-06-16", ["00104007", "00104019"]),
      PC("Департамент юстиции Западно-Казахстанской области Министерства юстиции Республики Казахстан", "kanc@adilet-zko.gov.kz", "960540001187",
         [("00104007", "Государственная регистрация юридических лиц"), ("00104019", "Апостилирование официальных документов")], ("ЕКЦ-2026/338", "2026-06-08", "О проведении обучения")),
      ("ru", "eml windows-1251 + docx attachment", "training date column differs from signing date; body almost empty"),
      mail=dict(frm=("Хасанов Ильдар", "i.khasanov@adilet-zko.gov.kz"), subj="протокол", date="Tue, 16 Jun 2026 16:16:00 +0500", charset="windows-1251",
                att=("protokol_DJ_ZKO.docx", "docx", t), body="Протокол во вложении.\n\n-- \nС уважением, Хасанов И.Р.\n"))

def p11():
    t = """ПРОТОКОЛ
принятия Единым контакт-центром государственной услуги для консультирования

г. Усть-Каменогорск                                           «3» июля 2026 года

Ответственные лица Управления природных ресурсов и регулирования природопользования ВКО (Калиева Ж.М., Гребенщиков А.Н., Есентаев М.К.) провели обучение сотрудников ЕКЦ по услугам № 01503001, № 01503004, № 01505002, № 01505009.

Решение: услуги приняты для консультирования.

От Управления: ______ Калиева Ж.М.
От ЕКЦ: ______ Ибраев Т.С.
"""
    L("p11-protokol-vko.docx", "docx", t, TP("2026-07-03", ["01503001", "01503004", "01505002", "01505009"]),
      PC("ГУ «Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области»", "kanc@vko-eco.gov.kz", "991140002214",
         [("01503001", "Выдача экологического разрешения для объектов II категории"), ("01503004", "Выдача заключения государственной экологической экспертизы"),
          ("01505002", "Выдача разрешения на пользование животным миром"), ("01505009", "Выдача разрешения на специальное водопользование")],
         ("ЕКЦ-2026/360", "2026-06-24", "О проведении обучения")), ("ru", "docx", "four registry numbers in one sentence"))

for f in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11): f()

with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# heldout-r3b / zhanna — manifest\n\nAll genuine replies (is_reply: true). Rebuild: `python make.py` (python-docx, openpyxl, reportlab).\n\n")
    f.write("| file | kind | language | format | what makes it hard |\n|---|---|---|---|---|\n")
    f.write("\n".join(MANIFEST) + "\n")
