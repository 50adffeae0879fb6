#!/usr/bin/env python3
"""Generator of the temirlan held-out corpus (round 3i). Every letter is written by hand below.
Run: /tmp/cv-temirlan/bin/python make.py  (writes into this folder)."""
import json, os, io, zlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header
from email.utils import formataddr
import docx
from docx.shared import Pt
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4 as PA4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

H_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
        "Стандарт государственной услуги (с указанием его реквизитов)",
        "Регламент государственной услуги (с указанием его реквизитов)",
        "Изменения нормативных правовых актов",
        "Интернет-ресурс, на котором размещена информация о государственной услуге",
        "Фамилия, имя, отчество, должность ответственного лица"]
H_KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
        "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
        "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
        "Нормативтік құқықтық актілерге енгізілген өзгерістер",
        "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
        "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
NUMS = ["1", "2", "3", "4", "5", "6", "7", "8"]


def p(name):
    return os.path.join(OUT, name)


OMIT = "__omit__"  # a field the key deliberately leaves out (e.g. a position written in an oblique case)


def _strip(o):
    if isinstance(o, dict):
        return {k: _strip(v) for k, v in o.items() if v != OMIT}
    if isinstance(o, list):
        return [_strip(v) for v in o]
    return o


def write_json(path, obj):
    obj = _strip(obj)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def rec(fname, docs, agency, services, awaiting, our_letter, effect, is_reply, exit_=0):
    write_json(p(fname + ".expected.json"), {"exit": exit_, "documents": docs})
    write_json(p(fname + ".context.json"), {"agency": agency, "services": services, "awaiting": awaiting,
                                            "our_letter": our_letter, "expected_effect": effect, "is_reply": is_reply})


def ag(name, email, bin_):
    return {"name": name, "email": email, "bin": bin_}


def sv(*pairs):
    return [{"registry_number": a, "name": b} for a, b in pairs]


def ol(number, date, subject):
    return {"number": number, "date": date, "subject": subject}


def resp(full_name=None, position=None, email=None, phone=None):
    return {"full_name": full_name, "position": position, "email": email, "phone": phone}


def srow(reg, name, std, reg_, npa, web, r):
    return {"registry_number": reg, "service_name": name, "standard": std, "regulation": reg_,
            "npa_changes": npa, "website": web, "responsible": r}


# ---------------------------------------------------------------- builders
def build_docx(name, blocks, land=False, font=11):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(font)
    if land:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif b[0] == "tm":  # table with merges: rows, merges list of (r1,c1,r2,c2)
            rows, merges = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    if c is not None:
                        t.cell(i, j).text = c
            for r1, c1, r2, c2 in merges:
                t.cell(r1, c1).merge(t.cell(r2, c2))
    d.save(p(name))
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


def build_xlsx(name, sheets, widths=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for col, w in zip("ABCDEFGHIJ", widths or [6, 12, 30, 40, 40, 30, 20, 35]):
            ws.column_dimensions[col].width = w
    bio = io.BytesIO()
    wb.save(bio)
    with open(p(name), "wb") as f:
        f.write(bio.getvalue())
    return bio.getvalue()


def build_pdf(name, blocks, land=False, fs=8):
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(PA4) if land else PA4, leftMargin=30, rightMargin=30,
                            topMargin=30, bottomMargin=30)
    ps = ParagraphStyle("n", fontName="DV", fontSize=fs + 2, leading=fs + 5)
    pb = ParagraphStyle("b", fontName="DVB", fontSize=fs + 2, leading=fs + 5)
    cs = ParagraphStyle("c", fontName="DV", fontSize=fs, leading=fs + 2)
    story = []
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(b.replace("\n", "<br/>"), ps))
            story.append(Spacer(1, 4))
        elif b[0] == "b":
            story.append(Paragraph(b[1], pb))
            story.append(Spacer(1, 4))
        elif b[0] == "t":
            rows = [[Paragraph(c.replace("\n", "<br/>"), cs) for c in r] for r in b[1]]
            widths = b[2] if len(b) > 2 else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 8))
    doc.build(story)
    with open(p(name), "wb") as f:
        f.write(bio.getvalue())
    return bio.getvalue()


def write_txt(name, text, enc="utf-8"):
    with open(p(name), "wb") as f:
        f.write(text.encode(enc))


CT = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "pdf": ("application", "pdf"), "txt": ("text", "plain")}


def build_eml(name, frm, to, subject, date, body=None, html=None, charset="utf-8", atts=(), cc=None,
              extra=None, label=None, cte="base64"):
    """label: charset written in the header (may differ from the real one; '' = none)."""
    if label is None:
        label = charset

    def textpart(text, sub):
        part = MIMEBase("text", sub)
        raw = text.encode(charset)
        if label:
            part.set_param("charset", label)
        if cte == "base64":
            part.set_payload(raw)
            encoders.encode_base64(part)
        elif cte == "8bit":
            part.set_payload(raw.decode("ascii", "surrogateescape"))
            part["Content-Transfer-Encoding"] = "8bit"
        else:  # quoted-printable
            import quopri
            part.set_payload(quopri.encodestring(raw).decode("ascii"))
            part["Content-Transfer-Encoding"] = "quoted-printable"
        return part

    if body is not None and html is not None:
        main = MIMEMultipart("alternative")
        main.attach(textpart(body, "plain"))
        main.attach(textpart(html, "html"))
    elif html is not None:
        main = textpart(html, "html")
    else:
        main = textpart(body, "plain")
    if atts:
        msg = MIMEMultipart("mixed")
        msg.attach(main)
        for aname, data in atts:
            ext = aname.rsplit(".", 1)[-1].lower()
            mt = CT.get(ext, ("application", "octet-stream"))
            a = MIMEBase(*mt)
            a.set_payload(data)
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", aname))
            msg.attach(a)
    else:
        msg = main
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = Header(subject, "utf-8").encode()
    msg["Date"] = date
    msg["Message-ID"] = "<%s@%s>" % (zlib.crc32(name.encode()), frm.split("@")[-1].strip(">"))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        msg[k] = v
    with open(p(name), "wb") as f:
        f.write(msg.as_bytes())


EKC = "Единый контакт-центр <info@ekc-gov.kz>"

# ================================================================ APPENDIX 1 FORMS
# ---- 1: DOCX, Ulytau agriculture, letterhead, 2 services, number row, executor
A1 = ag("ГУ «Управление сельского хозяйства и земельных отношений области Ұлытау»", "agro@ulytau.gov.kz", "230340012871")
S1 = [srow("00907014", "Выдача ветеринарной справки на перемещение животных",
           "Стандарт государственной услуги «Выдача ветеринарной справки на перемещение животных», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 14 августа 2026 года № 318",
           "Регламент государственной услуги «Выдача ветеринарной справки на перемещение животных», утвержденный постановлением акимата области Ұлытау от 2 октября 2026 года № 211/04",
           None, "www.gov.kz/memleket/entities/ulytau-agro",
           resp("Жаксыбеков Нурболат Ерланович", "главный специалист отдела ветеринарии", "n.zhaksybekov@ulytau.gov.kz", "+77102740215")),
      srow("00907022", "Субсидирование стоимости удобрений",
           "Стандарт государственной услуги «Субсидирование стоимости удобрений», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 14 августа 2026 года № 318",
           "Регламент государственной услуги «Субсидирование стоимости удобрений», утвержденный постановлением акимата области Ұлытау от 2 октября 2026 года № 211/05",
           "Приказ Министра сельского хозяйства Республики Казахстан от 9 ноября 2026 года № 402 «О внесении изменения в приказ от 14 августа 2026 года № 318»",
           "www.gov.kz/memleket/entities/ulytau-agro",
           resp("Омарова Сауле Кенжебаевна", "руководитель отдела растениеводства", "s.omarova@ulytau.gov.kz", "87102740233"))]
def cell8(r, style):
    return style.format(**r)
rows = [H_RU, NUMS]
for i, s in enumerate(S1, 1):
    rows.append([str(i), s["registry_number"], s["service_name"], s["standard"], s["regulation"], s["npa_changes"] or "-", s["website"], ""])
rows[2][7] = "Жаксыбеков Нурболат Ерланович, главный специалист отдела ветеринарии, тел. +7 (7102) 74-02-15, n.zhaksybekov@ulytau.gov.kz"
rows[3][7] = "Омарова Сауле Кенжебаевна – руководитель отдела растениеводства, 8 (7102) 74-02-33, s.omarova@ulytau.gov.kz"
build_docx("Исх_04-12_1187.docx", [
    ("b", "«ҰЛЫТАУ ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ ЖӘНЕ ЖЕР ҚАТЫНАСТАРЫ БАСҚАРМАСЫ» ММ"),
    ("b", "ГУ «УПРАВЛЕНИЕ СЕЛЬСКОГО ХОЗЯЙСТВА И ЗЕМЕЛЬНЫХ ОТНОШЕНИЙ ОБЛАСТИ ҰЛЫТАУ»"),
    "100600, г. Жезказган, пр. Алашахана, 31, тел. 8 (7102) 74-02-00",
    "Исх. № 04-12/1187 от 04.12.2026",
    "На № ЕКЦ-2026/2231 от 27.11.2026",
    "РГП на ПХВ «Единый контакт-центр»",
    "В ответ на Ваш запрос направляем информацию о государственных услугах по форме приложения 1.",
    ("t", rows),
    "Ф.И.О. ответственного исполнителя: Кудайбергенова Асель Маратовна",
    "Дата: « 04 » декабря 2026 г.",
    "Руководитель управления                                   Б. Сейтказиев",
], land=True, font=10)
rec("Исх_04-12_1187.docx", [{"part": "Исх_04-12_1187.docx", "kind": "appendix1_form", "language": "ru", "services": S1,
    "executor": {"full_name": "Кудайбергенова Асель Маратовна", "date": "2026-12-04"}}],
    A1, sv(("00907014", "Выдача ветеринарной справки на перемещение животных"), ("00907022", "Субсидирование стоимости удобрений")),
    "information", ol("ЕКЦ-2026/2231", "2026-11-27", "О представлении информации по государственным услугам"),
    "store the Appendix 1 data for both services; wait for training", True)

# ---- 2: XLSX, Abai region healthcare, header split over two rows, 3 services
A2 = ag("ГУ «Управление здравоохранения области Абай»", "densaulyk@abay.gov.kz", "220740031190")
S2 = [srow("01002031", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь",
           "приказ Министра здравоохранения РК от 19 мая 2026 года № ҚР ДСМ-47",
           "постановление акимата области Абай от 11 августа 2026 года № 174",
           None, "https://www.gov.kz/memleket/entities/abay-densaulyk",
           resp("Бекенова Динара Сагатовна", "главный специалист отдела организации медицинской помощи", "d.bekenova@abay.gov.kz", "+77222561840")),
      srow("01002035", "Запись на прием к врачу",
           "приказ Министра здравоохранения РК от 19 мая 2026 года № ҚР ДСМ-47",
           "постановление акимата области Абай от 11 августа 2026 года № 174",
           None, "https://www.gov.kz/memleket/entities/abay-densaulyk",
           resp("Бекенова Динара Сагатовна", "главный специалист отдела организации медицинской помощи", "d.bekenova@abay.gov.kz", "+77222561840")),
      srow("01002040", "Вызов врача на дом",
           "приказ Министра здравоохранения РК от 19 мая 2026 года № ҚР ДСМ-47",
           "постановление акимата области Абай от 11 августа 2026 года № 175",
           "приказ Министра здравоохранения РК от 3 ноября 2026 года № ҚР ДСМ-102",
           "https://www.gov.kz/memleket/entities/abay-densaulyk",
           resp("Тлеубаев Арман", "заведующий сектором первичной помощи", "a.tleubayev@abay.gov.kz", "+77222561844"))]
c8a = "Бекенова Динара Сагатовна\nглавный специалист отдела организации медицинской помощи\n+7 (7222) 56-18-40\nd.bekenova@abay.gov.kz"
build_xlsx("prilozhenie1.xlsx", [("Лист1", [
    ["", "", "", "", "", "", "", "Приложение 1"],
    ["Информация о государственных услугах ГУ «Управление здравоохранения области Абай»"],
    [],
    ["№", "№ услуги в реестре", "Наименование государственной услуги", "Реквизиты", "", "Изменения НПА", "Интернет-ресурс", "Ответственное лицо (Ф.И.О., должность)"],
    ["", "", "", "стандарта", "регламента", "", "", ""],
    [1, "01002031", S2[0]["service_name"], S2[0]["standard"], S2[0]["regulation"], "нет", S2[0]["website"], c8a],
    [2, "01002035", S2[1]["service_name"], S2[1]["standard"], S2[1]["regulation"], "нет", S2[1]["website"], c8a],
    [3, "01002040", S2[2]["service_name"], S2[2]["standard"], S2[2]["regulation"], S2[2]["npa_changes"], S2[2]["website"],
     "Тлеубаев Арман, заведующий сектором первичной помощи, тел. +7 7222 56 18 44, a.tleubayev@abay.gov.kz"],
    [],
    ["", "Исполнитель: Мухтарова Г.Е."],
    ["", "Дата: 08.12.2026"],
])])
rec("prilozhenie1.xlsx", [{"part": "prilozhenie1.xlsx", "kind": "appendix1_form", "language": "ru", "services": S2,
    "executor": {"full_name": "Мухтарова Г.Е.", "date": "2026-12-08"}}],
    A2, sv(("01002031", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"), ("01002035", "Запись на прием к врачу"), ("01002040", "Вызов врача на дом")),
    "information", ol("ЕКЦ-2026/2240", "2026-12-01", "Запрос информации о государственных услугах"),
    "store Appendix 1 data for three services", True)

# ---- 3: PDF, Kazakh, committee, 1 service
A3 = ag("ҚР Ішкі істер министрлігінің Көші-қон қызметі комитеті", "kkk@mvd.gov.kz", "150240009981")
S3 = [srow("01507009", "Шетелдіктерге Қазақстан Республикасында тұруға ықтиярхат беру",
           "«Шетелдіктерге Қазақстан Республикасында тұруға ықтиярхат беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ішкі істер министрінің 2026 жылғы 3 наурыздағы № 141 бұйрығымен бекітілген",
           "Қазақстан Республикасы Ішкі істер министрінің 2026 жылғы 28 сәуірдегі № 266 бұйрығымен бекітілген регламент",
           None, "www.gov.kz/memleket/entities/qriim",
           resp("Әбдірахманов Ерболат Қайратұлы", "Көші-қон қызметі комитеті басқармасының бас инспекторы", "e.abdirakhmanov@mvd.gov.kz", "+77172723415"))]
build_pdf("forma.pdf", [
    ("b", "1-қосымша"),
    ("b", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"),
    ("t", [H_KK, NUMS, ["1", "01507009", S3[0]["service_name"], S3[0]["standard"], S3[0]["regulation"], "—", S3[0]["website"],
            "Әбдірахманов Ерболат Қайратұлы, Көші-қон қызметі комитеті басқармасының бас инспекторы, тел.: 8 (7172) 72-34-15, e.abdirakhmanov@mvd.gov.kz"]],
     [22, 58, 80, 130, 105, 50, 170, 160]),
    "Жауапты орындаушының Т.А.Ә.: Сейдахметова Гүлнар Бауыржанқызы",
    "Күні: 2026 жылғы 7 желтоқсан",
], land=True, fs=7)
S3b = json.loads(json.dumps(S3)); S3b[0]["responsible"]["phone"] = "87172723415"
rec("forma.pdf", [{"part": "forma.pdf", "kind": "appendix1_form", "language": "kk", "services": S3b,
    "executor": {"full_name": "Сейдахметова Гүлнар Бауыржанқызы", "date": "2026-12-07"}}],
    A3, sv(("01507009", "Шетелдіктерге Қазақстан Республикасында тұруға ықтиярхат беру")),
    "information", ol("ЕКЦ-2026/2215", "2026-11-24", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
    "store Appendix 1 data (Kazakh form) for the service", True)

# ---- 4: HTML-only Outlook mail, table in body, RGP veterinary
A4 = ag("РГП на ПХВ «Республиканский центр ветеринарной безопасности»", "office@rcvb.kz", "120940004417")
S4 = [srow("00908003", "Выдача ветеринарного паспорта на животное",
           "Стандарт, утвержденный приказом Министра сельского хозяйства РК от 22 июля 2026 года № 290",
           "Регламент, утвержденный приказом Председателя Комитета ветеринарного контроля и надзора от 15 сентября 2026 года № 77-п",
           None, "rcvb.kz/services",
           resp("Ким Виктория Олеговна", "начальник отдела идентификации животных", "v.kim@rcvb.kz", "+77172558190"))]
html4 = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><style>p.MsoNormal{margin:0}</style></head>
<body lang=RU><div class=WordSection1><p class=MsoNormal>Добрый день, уважаемые коллеги!<o:p></o:p></p>
<p class=MsoNormal>На Ваш запрос от 30.11.2026 № ЕКЦ-2026/2236 направляем заполненную форму.<o:p></o:p></p><br>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td><p class=MsoNormal><b>№</b></p></td><td><p class=MsoNormal><b>№ госуслуги в реестре</b></p></td><td><p class=MsoNormal><b>Наименование государственной услуги</b></p></td>
<td><p class=MsoNormal><b>Стандарт государственной услуги<br>(с указанием реквизитов)</b></p></td><td><p class=MsoNormal><b>Регламент государственной услуги<br>(с указанием реквизитов)</b></p></td>
<td><p class=MsoNormal><b>Изменения НПА</b></p></td><td><p class=MsoNormal><b>Интернет-ресурс</b></p></td><td><p class=MsoNormal><b>ФИО, должность ответственного лица</b></p></td></tr>
<tr><td>1</td><td>00908003</td><td>Выдача ветеринарного паспорта на&nbsp;животное</td><td>Стандарт, утвержденный приказом Министра сельского хозяйства РК от 22 июля 2026 года № 290</td>
<td>Регламент, утвержденный приказом Председателя Комитета ветеринарного контроля и надзора от 15 сентября 2026 года № 77-п</td><td>&nbsp;</td><td><a href="http://rcvb.kz/services">rcvb.kz/services</a></td>
<td>Ким Виктория Олеговна,<br>начальник отдела идентификации животных,<br>тел. +7 (7172) 55-81-90,<br><a href="mailto:V.Kim@rcvb.kz">V.Kim@rcvb.kz</a></td></tr></table>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Исполнитель: Жумабаева Л.К., 8 (7172) 55-81-97<o:p></o:p></p><p class=MsoNormal>Дата: 07.12.2026</p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal><span style='color:#1F497D'>С уважением,<br>Канцелярия РГП «РЦВБ»</span></p>
<p class=MsoNormal style='font-size:7pt;color:gray'>Данное сообщение и любые приложения к нему являются конфиденциальными и предназначены исключительно для адресата.</p></div></body></html>"""
build_eml("RE_ Zapros EKC-2026-2236.eml", "Канцелярия РЦВБ <office@rcvb.kz>", EKC, "RE: Запрос ЕКЦ-2026/2236 о представлении информации",
          "Mon, 07 Dec 2026 11:42:10 +0500", html=html4, charset="cp1251", label="windows-1251", cte="qp",
          extra={"X-Mailer": "Microsoft Outlook 16.0"})
rec("RE_ Zapros EKC-2026-2236.eml", [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": S4,
    "executor": {"full_name": "Жумабаева Л.К.", "date": "2026-12-07"}}],
    A4, sv(("00908003", "Выдача ветеринарного паспорта на животное")), "information",
    ol("ЕКЦ-2026/2236", "2026-11-30", "О представлении информации о государственной услуге"),
    "store Appendix 1 data for the service from the HTML table in the mail body", True)

# ---- 5: plain mail, tab-separated body, cp1251, education Zhetysu
A5 = ag("ГУ «Управление образования области Жетісу»", "bilim@zhetysu.gov.kz", "221040025563")
S5 = [srow("00501012", "Прием документов и зачисление детей в дошкольные организации",
           "приказ Министра просвещения РК от 31 марта 2026 года № 58", "постановление акимата области Жетісу от 5 июня 2026 года № 132",
           None, "www.gov.kz/memleket/entities/zhetysu-bilim",
           resp("Сапарова Жанар Амангельдиевна", "главный специалист отдела дошкольного образования", None, "87282405511")),
      srow("00501019", "Выдача разрешения на обучение в форме экстерната",
           "приказ Министра просвещения РК от 31 марта 2026 года № 58", "постановление акимата области Жетісу от 5 июня 2026 года № 133",
           None, "www.gov.kz/memleket/entities/zhetysu-bilim",
           resp("Нурмаханов Ерасыл Бахытжанович", "главный специалист отдела общего среднего образования", None, "87282405517"))]
body5 = ("Здравствуйте.\nИнформация по запросу ЕКЦ-2026/2244 ниже (форма не прикреплялась, копируем из Excel).\n\n"
         "№\tНомер в реестре\tНаименование услуги\tСтандарт\tРегламент\tИзменения НПА\tИнтернет-ресурс\tФИО, должность ответственного\n"
         "1\t00501012\tПрием документов и зачисление детей в дошкольные организации\tприказ Министра просвещения РК от 31 марта 2026 года № 58\tпостановление акимата области Жетісу от 5 июня 2026 года № 132\t-\twww.gov.kz/memleket/entities/zhetysu-bilim\tСапарова Жанар Амангельдиевна, главный специалист отдела дошкольного образования, 8 7282 40 55 11\n"
         "2\t00501019\tВыдача разрешения на обучение в форме экстерната\tприказ Министра просвещения РК от 31 марта 2026 года № 58\tпостановление акимата области Жетісу от 5 июня 2026 года № 133\t-\twww.gov.kz/memleket/entities/zhetysu-bilim\tНурмаханов Ерасыл Бахытжанович, главный специалист отдела общего среднего образования, 8 7282 40 55 17\n\n"
         "Исп. Абдрахманова Меруерт Сериковна\n09.12.2026\n\n--\nУправление образования области Жетісу\nг. Талдыкорган, ул. Тауелсиздик, 38\n")
build_eml("msg-40417.eml", "bilim@zhetysu.gov.kz", "info@ekc-gov.kz", "ответ на ЕКЦ-2026/2244", "Wed, 09 Dec 2026 16:05:33 +0500",
          body=body5, charset="cp1251", label="windows-1251", cte="8bit")
rec("msg-40417.eml", [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": S5,
    "executor": {"full_name": "Абдрахманова Меруерт Сериковна", "date": "2026-12-09"}}],
    A5, sv(("00501012", S5[0]["service_name"]), ("00501019", S5[1]["service_name"])), "information",
    ol("ЕКЦ-2026/2244", "2026-12-02", "О представлении информации"), "store Appendix 1 data for two services (tab-separated body)", True)

# ---- 6: TXT tab-separated file, 1 service, national company
A6 = ag("АО «Национальная компания «Қазақ автожолдары»", "info@qazavtojol.kz", "130140007725")
S6 = [srow("01303044", "Выдача разрешения на размещение объектов придорожного сервиса в полосе отвода автомобильных дорог",
           "Стандарт утвержден приказом Министра транспорта РК от 12 июня 2026 года № 201",
           "Регламент утвержден приказом Председателя Комитета автомобильных дорог от 30 июля 2026 года № 45",
           "приказ Министра транспорта РК от 20 октября 2026 года № 377 (изменения в п. 8 стандарта)",
           "qazavtojol.kz", resp("Досжанов Руслан Маратович", "менеджер департамента по управлению полосой отвода", "r.doszhanov@qazavtojol.kz", "+77172609944"))]
txt6 = ("№ п/п\t№ ГУ в реестре\tНаименование\tСтандарт\tРегламент\tИзменения НПА\tИнтернет-ресурс\tОтветственное лицо\r\n"
        "1\t01303044\tВыдача разрешения на размещение объектов придорожного сервиса в полосе отвода автомобильных дорог\t"
        "Стандарт утвержден приказом Министра транспорта РК от 12 июня 2026 года № 201\tРегламент утвержден приказом Председателя Комитета автомобильных дорог от 30 июля 2026 года № 45\t"
        "приказ Министра транспорта РК от 20 октября 2026 года № 377 (изменения в п. 8 стандарта)\tqazavtojol.kz\t"
        "Досжанов Руслан Маратович, менеджер департамента по управлению полосой отвода, r.doszhanov@qazavtojol.kz, +7 717 260 99 44\r\n\r\n"
        "Ответственный исполнитель: Ибраева Айгуль Жанатовна\r\nДата: 10.12.2026\r\n")
write_txt("otvet.txt", txt6)
rec("otvet.txt", [{"part": "otvet.txt", "kind": "appendix1_form", "language": "ru", "services": S6,
    "executor": {"full_name": "Ибраева Айгуль Жанатовна", "date": "2026-12-10"}}],
    A6, sv(("01303044", S6[0]["service_name"])), "information", ol("ЕКЦ-2026/2251", "2026-12-03", "О представлении информации по государственной услуге"),
    "store Appendix 1 data (tab-separated text file)", True)

# ---- 7: mail, bilingual covering note, Kazakh DOCX form attached (district akimat)
A7 = ag("«Қарқаралы ауданы әкімінің аппараты» ММ", "karkaraly_akimat@karaganda.gov.kz", "990940001236")
S7 = [srow("00805006", "Жер учаскесіне сәйкестендіру құжатын беру",
           "ҚР Ауыл шаруашылығы министрінің 2026 жылғы 1 шілдедегі № 244 бұйрығы", "Қарағанды облысы әкімдігінің 2026 жылғы 14 қыркүйектегі № 61/02 қаулысы",
           None, "www.gov.kz/memleket/entities/karaganda-karkaraly",
           resp("Төлеуова Сәуле Мұратқызы", "жер қатынастары бөлімінің бас маманы", "s.toleuova@karkaraly.kz", "87214631207"))]
d7 = build_docx("1-косымша_Каркаралы.docx", [
    ("b", "1-қосымша / Приложение 1"),
    ("t", [H_KK, NUMS, ["1", "00805006", S7[0]["service_name"], S7[0]["standard"], S7[0]["regulation"], "жоқ", S7[0]["website"],
            "Төлеуова Сәуле Мұратқызы\nжер қатынастары бөлімінің бас маманы\n8 (72146) 3-12-07\ns.toleuova@karkaraly.kz"]]),
    "Жауапты орындаушы: Мұқанова Ә.",
    "Күні: «08» желтоқсан 2026 ж.",
], land=True)
os.remove(p("1-косымша_Каркаралы.docx"))
body7 = ("Құрметті әріптестер!\nСіздердің 2026 жылғы 1 желтоқсандағы № ЕКЦ-2026/2238 сұрауларыңызға 1-қосымша нысанын жолдаймыз.\n\n"
         "Уважаемые коллеги! Направляем заполненное приложение 1 на Ваш запрос.\n\nҚұрметпен,\nАудан әкімі аппаратының құжаттамалық қамтамасыз ету бөлімі\n")
build_eml("hat_2238.eml", "Қарқаралы әкімдігі <karkaraly_akimat@karaganda.gov.kz>", EKC, "Жауап / Ответ на № ЕКЦ-2026/2238",
          "Tue, 08 Dec 2026 09:17:54 +0500", body=body7, atts=[("1-косымша_Каркаралы.docx", d7)])
rec("hat_2238.eml", [{"part": "1-косымша_Каркаралы.docx", "kind": "appendix1_form", "language": "kk", "services": S7,
    "executor": {"full_name": "Мұқанова Ә.", "date": "2026-12-08"}}],
    A7, sv(("00805006", S7[0]["service_name"])), "information", ol("ЕКЦ-2026/2238", "2026-12-01", "Мемлекеттік қызмет туралы ақпарат сұрау"),
    "store Appendix 1 data from the Kazakh DOCX attachment", True)

# ---- 8: DOCX, form turned on its side (field | value), one service
A8 = ag("ГУ «Управление занятости и социальных программ города Шымкент»", "enbek@shymkent.gov.kz", "180340019920")
S8 = [srow("00603027", "Назначение единовременной выплаты на погребение",
           "Стандарт государственной услуги, утвержденный приказом Министра труда и социальной защиты населения РК от 26 февраля 2026 года № 66",
           "Регламент государственной услуги, утвержденный постановлением акимата города Шымкент от 17 апреля 2026 года № 290",
           "Приказ Министра труда и социальной защиты населения РК от 2 сентября 2026 года № 341",
           "shymkent.gov.kz/enbek", resp("Турсынбаев Алмас Жумабекович", "руководитель отдела социальных выплат", "a.tursynbayev@shymkent.gov.kz", "+77252963014"))]
build_docx("Шымкент_инфо_ЕКЦ.docx", [
    "Приложение 1",
    ("b", "Информация о государственной услуге"),
    ("t", [["№ п/п", "1"], ["№ государственной услуги в реестре", "00603027"], ["Наименование государственной услуги", S8[0]["service_name"]],
           ["Стандарт государственной услуги (с указанием его реквизитов)", S8[0]["standard"]],
           ["Регламент государственной услуги (с указанием его реквизитов)", S8[0]["regulation"]],
           ["Изменения нормативных правовых актов", S8[0]["npa_changes"]],
           ["Интернет-ресурс", "shymkent.gov.kz/enbek"],
           ["Фамилия, имя, отчество, должность ответственного лица", "Турсынбаев Алмас Жумабекович, руководитель отдела социальных выплат, +7 7252 96-30-14, a.tursynbayev@shymkent.gov.kz"]]),
    "",
    "Ф.И.О. ответственного исполнителя  Ержанова Камила Нурлановна",
    "Дата: «11» декабря 2026 г.",
])
rec("Шымкент_инфо_ЕКЦ.docx", [{"part": "Шымкент_инфо_ЕКЦ.docx", "kind": "appendix1_form", "language": "ru", "services": S8,
    "executor": {"full_name": "Ержанова Камила Нурлановна", "date": "2026-12-11"}}],
    A8, sv(("00603027", S8[0]["service_name"])), "information", ol("ЕКЦ-2026/2260", "2026-12-04", "О представлении информации"),
    "store Appendix 1 data from a field/value table", True)

# ---- 9: forwarded chain, XLSX attached, quoted our request
A9 = ag("ГУ «Управление строительства, архитектуры и градостроительства Павлодарской области»", "uag@pavlodar.gov.kz", "060140003371")
S9 = [srow("01201008", "Выдача архитектурно-планировочного задания",
           "приказ Министра промышленности и строительства РК от 6 мая 2026 года № 170", "постановление акимата Павлодарской области от 1 июля 2026 года № 155/3",
           None, "www.gov.kz/memleket/entities/pavlodar-uag", resp("Гребенюк Ирина Сергеевна", "главный специалист отдела архитектуры", "i.grebenyuk@pavlodar.gov.kz", "+77182329071")),
      srow("01201015", "Выдача разрешения на производство строительно-монтажных работ",
           "приказ Министра промышленности и строительства РК от 6 мая 2026 года № 170", "постановление акимата Павлодарской области от 1 июля 2026 года № 155/3",
           "приказ Министра промышленности и строительства РК от 18 ноября 2026 года № 455", "www.gov.kz/memleket/entities/pavlodar-uag",
           resp("Искаков Даурен Болатович", "заместитель руководителя управления", "d.iskakov@pavlodar.gov.kz", "+77182329002"))]
x9 = build_xlsx("форма ЕКЦ УАГ.xlsx", [("ЕКЦ", [
    H_RU,
    [1, "01201008", S9[0]["service_name"], S9[0]["standard"], S9[0]["regulation"], "", S9[0]["website"], "Гребенюк Ирина Сергеевна, главный специалист отдела архитектуры, +7(7182)32-90-71, i.grebenyuk@pavlodar.gov.kz"],
    [2, "01201015", S9[1]["service_name"], S9[1]["standard"], S9[1]["regulation"], S9[1]["npa_changes"], S9[1]["website"], "Искаков Даурен Болатович, заместитель руководителя управления, +7(7182)32-90-02, d.iskakov@pavlodar.gov.kz"],
    [],
    ["Ф.И.О. ответственного исполнителя:", "", "Гребенюк И.С."],
    ["Дата:", "", "10.12.2026"]])])
os.remove(p("форма ЕКЦ УАГ.xlsx"))
body9 = """Коллеги, добрый день. Пересылаю ответ управления, форма во вложении.

Салтанат Ибраимова
приемная УАГ ПО

-------- Пересылаемое сообщение --------
От: Гребенюк Ирина Сергеевна <i.grebenyuk@pavlodar.gov.kz>
Дата: 10.12.2026 15:40
Кому: uag@pavlodar.gov.kz
Тема: форма для ЕКЦ

Салтанат, отправьте, пожалуйста, в ЕКЦ от управления. Заполнила по обеим услугам.

-------- Исходное сообщение --------
От: Единый контакт-центр <info@ekc-gov.kz>
Дата: 03.12.2026 10:02
Тема: Запрос ЕКЦ-2026/2249

> В соответствии с пунктом 4 Правил взаимодействия просим в течение трех рабочих дней
> назначить ответственное лицо и представить информацию по форме приложения 1
> по государственным услугам 01201008, 01201015.
"""
build_eml("Fwd_forma_dlya_EKC.eml", "Приемная УАГ <uag@pavlodar.gov.kz>", "info@ekc-gov.kz", "Fwd: форма для ЕКЦ", "Thu, 10 Dec 2026 16:12:01 +0500",
          body=body9, atts=[("форма ЕКЦ УАГ.xlsx", x9)], cte="qp")
rec("Fwd_forma_dlya_EKC.eml", [{"part": "форма ЕКЦ УАГ.xlsx", "kind": "appendix1_form", "language": "ru", "services": S9,
    "executor": {"full_name": "Гребенюк И.С.", "date": "2026-12-10"}}],
    A9, sv(("01201008", S9[0]["service_name"]), ("01201015", S9[1]["service_name"])), "information", ol("ЕКЦ-2026/2249", "2026-12-03", "Запрос ЕКЦ-2026/2249"),
    "store Appendix 1 data from the forwarded XLSX", True)

# ---- 10: DOCX with a letterhead table first, form table second
A10 = ag("ГУ «Аппарат акима города Конаев»", "akimat@konaev.gov.kz", "990340007788")
S10 = [srow("00401003", "Регистрация по месту жительства населения в сельских округах",
            "Стандарт государственной услуги утвержден приказом Министра внутренних дел РК от 18 января 2026 года № 24",
            "Регламент утвержден постановлением акимата Алматинской области от 20 марта 2026 года № 98",
            None, "www.gov.kz/memleket/entities/almobl-konaev",
            resp("Есенгельдиев Марат Темирханович", "главный специалист отдела по работе с населением", "m.esengeldiev@konaev.gov.kz", None))]
build_docx("КОНАЕВ 12-01-3345.docx", [
    ("t", [["«ҚОНАЕВ ҚАЛАСЫ ӘКІМІНІҢ АППАРАТЫ»\nмемлекеттік мекемесі\nҚонаев қ., Абай к-сі, 40", "[герб]", "Государственное учреждение\n«АППАРАТ АКИМА ГОРОДА КОНАЕВ»\nг. Конаев, ул. Абая, 40"]]),
    "№ 12-01/3345     «09» 12 2026 ж.",
    "Единый контакт-центр",
    "Аппарат акима города Конаев на Ваш запрос № ЕКЦ-2026/2233 от 28.11.2026 года представляет следующую информацию:",
    ("t", [H_RU, ["1", "00401003", S10[0]["service_name"], S10[0]["standard"], S10[0]["regulation"], "-", S10[0]["website"],
                  "Есенгельдиев Марат Темирханович, главный специалист отдела по работе с населением (m.esengeldiev@konaev.gov.kz)"]]),
    "Руководитель аппарата                                 Д. Қасымов",
    "Исп.: Жанибекова Ақмарал Серікқызы",
    "Дата: 09.12.2026",
], land=True)
rec("КОНАЕВ 12-01-3345.docx", [{"part": "КОНАЕВ 12-01-3345.docx", "kind": "appendix1_form", "language": "ru", "services": S10,
    "executor": {"full_name": "Жанибекова Ақмарал Серікқызы", "date": "2026-12-09"}}],
    A10, sv(("00401003", S10[0]["service_name"])), "information", ol("ЕКЦ-2026/2233", "2026-11-28", "О представлении информации"),
    "store Appendix 1 data (form is the second table; the first is the letterhead)", True)

# ---- 11: HTML webmail, Kazakh headers, 1 service
A11 = ag("«Маңғыстау облысының денсаулық сақтау басқармасы» ММ", "densaulyk@mangystau.gov.kz", "990240004512")
S11 = [srow("01003012", "Дәрігерді үйге шақыру",
            "ҚР Денсаулық сақтау министрінің 2026 жылғы 19 мамырдағы № ҚР ДСМ-47 бұйрығы", "Маңғыстау облысы әкімдігінің 2026 жылғы 2 тамыздағы № 140 қаулысы",
            None, "www.gov.kz/memleket/entities/mangystau-densaulyk",
            resp("Жұмағалиева Ақбота Ерланқызы", "медициналық көмекті ұйымдастыру бөлімінің бас маманы", "a.zhumagaliyeva@mangystau.gov.kz", "+77292504418"))]
th = "".join("<th style='border:1px solid #999'>%s</th>" % h for h in H_KK)
td = "".join("<td style='border:1px solid #999'>%s</td>" % c for c in ["1", "01003012", S11[0]["service_name"], S11[0]["standard"], S11[0]["regulation"], "", S11[0]["website"],
                                                                      "Жұмағалиева Ақбота Ерланқызы, медициналық көмекті ұйымдастыру бөлімінің бас маманы<br>+7 729 250 44 18<br>a.zhumagaliyeva@mangystau.gov.kz"])
html11 = ("<div dir='ltr'><div>Сәлеметсіз бе!</div><div>№ ЕКЦ-2026/2257 хатқа жауап ретінде ақпаратты жолдаймыз:</div><br>"
          "<table style='border-collapse:collapse' cellpadding='4'><thead><tr>%s</tr></thead><tbody><tr>%s</tr></tbody></table><br>"
          "<div>Орындаған: Қалиева Динара, 2026 жылғы 11 желтоқсан</div><div>-- <br>Денсаулық сақтау басқармасы</div></div>") % (th, td)
build_eml("Re_ EKC-2026-2257.eml", "densaulyk@mangystau.gov.kz", "info@ekc-gov.kz", "Re: ЕКЦ-2026/2257", "Fri, 11 Dec 2026 12:30:00 +0500",
          html=html11, extra={"X-Mailer": "Zimbra 9.0.0_GA"})
rec("Re_ EKC-2026-2257.eml", [{"part": "body", "kind": "appendix1_form", "language": "kk", "services": S11,
    "executor": {"full_name": "Қалиева Динара", "date": "2026-12-11"}}],
    A11, sv(("01003012", "Дәрігерді үйге шақыру")), "information", ol("ЕКЦ-2026/2257", "2026-12-04", "Ақпарат беру туралы сұрау"),
    "store Appendix 1 data from the HTML body (Kazakh headers)", True)

# ---- 12: PDF, 2 services, landscape, Russian/Kazakh bilingual headers, letter above
A12 = ag("РГУ «Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан»", "kds@mps.gov.kz", "040540006620")
S12 = [srow("01205001", "Аттестация экспертов, осуществляющих экспертные работы и инжиниринговые услуги в сфере архитектурной, градостроительной и строительной деятельности",
            "приказ Министра промышленности и строительства РК от 6 мая 2026 года № 171", "-", None, "www.gov.kz/memleket/entities/kds",
            resp("Мусин Тимур Кайратович", "эксперт управления аттестации", "t.musin@mps.gov.kz", "+77172983340")),
       srow("01205004", "Выдача лицензии на изыскательскую деятельность",
            "приказ Министра промышленности и строительства РК от 6 мая 2026 года № 171",
            "-", "приказ Министра промышленности и строительства РК от 27 октября 2026 года № 410", "www.gov.kz/memleket/entities/kds",
            resp("Серикбаева Гульмира Тулегеновна", "главный эксперт управления лицензирования", "g.serikbayeva@mps.gov.kz", "+77172983345"))]
for s in S12:
    s["regulation"] = None
hb = [k + " / " + r for k, r in zip(H_KK, H_RU)]
build_pdf("scan_20261210_01.pdf", [
    "Исх. № 21-4/8812 от 10.12.2026",
    "Единый контакт-центр",
    "На № ЕКЦ-2026/2229 от 26.11.2026",
    "Комитет по делам строительства и жилищно-коммунального хозяйства направляет информацию согласно приложению. Регламенты по указанным услугам не утверждаются (услуги оказываются по стандарту).",
    ("t", [hb, ["1", "01205001", S12[0]["service_name"], S12[0]["standard"], "-", "-", S12[0]["website"], "Мусин Тимур Кайратович, эксперт управления аттестации, 8 (7172) 98-33-40 → +7 7172 98 33 40, t.musin@mps.gov.kz".replace("8 (7172) 98-33-40 → ", "")],
           ["2", "01205004", S12[1]["service_name"], S12[1]["standard"], "-", S12[1]["npa_changes"], S12[1]["website"], "Серикбаева Гульмира Тулегеновна, главный эксперт управления лицензирования, +7 7172 98 33 45, g.serikbayeva@mps.gov.kz"]],
     [22, 58, 100, 95, 40, 95, 175, 185]),
    "Ф.И.О. ответственного исполнителя: Нуртазина Асем Бакытовна",
    "Дата: 10 декабря 2026 года",
    "Заместитель председателя                    Е. Абенов",
], land=True, fs=7)
rec("scan_20261210_01.pdf", [{"part": "scan_20261210_01.pdf", "kind": "appendix1_form", "language": "ru", "services": S12,
    "executor": {"full_name": "Нуртазина Асем Бакытовна", "date": "2026-12-10"}}],
    A12, sv(("01205001", S12[0]["service_name"]), ("01205004", S12[1]["service_name"])), "information",
    ol("ЕКЦ-2026/2229", "2026-11-26", "О представлении информации о государственных услугах"), "store Appendix 1 data from a bilingual-header PDF", True)

# ---- 13: XLSX, Kazakh sheet, 4 services, title rows, number row, NK
A13 = ag("«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ Түркістан облысы бойынша филиалы", "turkistan@gov4c.kz", "160441019931")
S13 = []
data13 = [("00201041", "Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу", "бұйрық № 301, 2026 жылғы 12 мамыр", "—", "www.gov4c.kz"),
          ("00201043", "Жылжымайтын мүліктің тіркелген құқықтары туралы анықтама беру", "бұйрық № 301, 2026 жылғы 12 мамыр", "—", "www.gov4c.kz"),
          ("00201050", "Мекенжай анықтамасын беру", "бұйрық № 288, 2026 жылғы 4 мамыр", "бұйрық № 455, 2026 жылғы 30 қазан", "www.gov4c.kz"),
          ("00201052", "Тұрғылықты жері бойынша тіркеуден шығару", "бұйрық № 288, 2026 жылғы 4 мамыр", "—", "www.gov4c.kz")]
rows13 = [["Түркістан облысы бойынша филиалдың мемлекеттік көрсетілетін қызметтер туралы ақпараты"], [""], H_KK, NUMS]
for i, (r, n, st, npa, w) in enumerate(data13, 1):
    who = ("Серікбай Айдана Нұрлыбекқызы", "тіркеу бөлімінің жетекші маманы", "a.serikbay@gov4c.kz", "87252300118") if i <= 2 else ("Оспанов Бекзат", "мекенжай тіркелімі секторының меңгерушісі", "b.ospanov@gov4c.kz", "87252300124")
    rows13.append([i, r, n, st, "бекітілмеген", npa, w, "%s, %s, %s, %s" % (who[0], who[1], who[3], who[2])])
    S13.append(srow(r, n, st, "бекітілмеген", None if npa == "—" else npa, w, resp(*who)))
rows13 += [[], ["", "Орындаған:", "Бекмұратова Гаухар Ерболқызы"], ["", "Күні:", "2026 жылғы 14 желтоқсан"]]
build_xlsx("Turkistan_filial_1qosymsha.xlsx", [("Ақпарат", rows13), ("Лист2", [])])
rec("Turkistan_filial_1qosymsha.xlsx", [{"part": "Turkistan_filial_1qosymsha.xlsx", "kind": "appendix1_form", "language": "kk", "services": S13,
    "executor": {"full_name": "Бекмұратова Гаухар Ерболқызы", "date": "2026-12-14"}}],
    A13, sv(*[(r, n) for r, n, *_ in data13]), "information", ol("ЕКЦ-2026/2262", "2026-12-07", "Мемлекеттік қызметтер туралы ақпарат беру"),
    "store Appendix 1 data for four services", True)

# ---- 14: DOCX, header split over two merged rows, phone on its own line
A14 = ag("ГУ «Управление культуры, архивов и документации Северо-Казахстанской области»", "madeniet@sko.gov.kz", "970740002257")
S14 = [srow("00703011", "Выдача архивных справок", "Стандарт утвержден приказом Министра культуры и информации РК от 10 апреля 2026 года № 131",
            "Регламент утвержден постановлением акимата Северо-Казахстанской области от 3 июня 2026 года № 127", None, "www.gov.kz/memleket/entities/sko-madeniet",
            resp("Литвиненко Оксана Петровна", "руководитель отдела архивного дела", "o.litvinenko@sko.gov.kz", "87152463910")),
       srow("00703014", "Выдача копий архивных документов", "Стандарт утвержден приказом Министра культуры и информации РК от 10 апреля 2026 года № 131",
            "Регламент утвержден постановлением акимата Северо-Казахстанской области от 3 июня 2026 года № 127", None, "www.gov.kz/memleket/entities/sko-madeniet",
            resp("Литвиненко Оксана Петровна", "руководитель отдела архивного дела", "o.litvinenko@sko.gov.kz", "87152463910"))]
c14 = "Литвиненко Оксана Петровна,\nруководитель отдела архивного дела\nтел. 8 (7152) 46-39-10\nэл. почта: o.litvinenko@sko.gov.kz"
build_docx("Приложение 1 архив СКО.docx", [
    "Приложение 1",
    ("tm", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Реквизиты нормативных правовых актов", None, None, "Интернет-ресурс", "Ответственное лицо"],
            ["", "", "", "Стандарт государственной услуги", "Регламент государственной услуги", "Изменения НПА", "", "(Ф.И.О., должность)"],
            ["1", "00703011", S14[0]["service_name"], S14[0]["standard"], S14[0]["regulation"], "—", S14[0]["website"], c14],
            ["2", "00703014", S14[1]["service_name"], S14[1]["standard"], S14[1]["regulation"], "—", S14[1]["website"], c14]],
     [(0, 3, 0, 5)]),
    "Ф.И.О. ответственного исполнителя ___________ Ли Е.В.",
    "Дата: «15» декабря 2026 г.",
], land=True)
rec("Приложение 1 архив СКО.docx", [{"part": "Приложение 1 архив СКО.docx", "kind": "appendix1_form", "language": "ru", "services": S14,
    "executor": {"full_name": "Ли Е.В.", "date": "2026-12-15"}}],
    A14, sv(("00703011", "Выдача архивных справок"), ("00703014", "Выдача копий архивных документов")), "information",
    ol("ЕКЦ-2026/2270", "2026-12-08", "О представлении информации"), "store Appendix 1 data (two-row merged header)", True)

# ---- 15: mail with no charset label (utf-8 body), PDF attached, iPhone footer
A15 = ag("ГУ «Управление предпринимательства и индустриально-инновационного развития Атырауской области»", "kasipkerlik@atyrau.gov.kz", "110240021177")
S15 = [srow("00112006", "Выдача лицензии на занятие деятельностью по сбору (заготовке), хранению, переработке и реализации лома и отходов цветных и черных металлов",
            "приказ Министра торговли и интеграции РК от 9 июня 2026 года № 205", "постановление акимата Атырауской области от 22 августа 2026 года № 188",
            None, "www.gov.kz/memleket/entities/atyrau-kasipkerlik", resp("Избасаров Нурлан Кайратович", "главный специалист отдела лицензирования", "n.izbasarov@atyrau.gov.kz", "+77122355062"))]
pdf15 = build_pdf("форма_лом.pdf", [
    "Приложение 1", ("t", [H_RU, ["1", "00112006", S15[0]["service_name"], S15[0]["standard"], S15[0]["regulation"], "", S15[0]["website"],
                                  "Избасаров Нурлан Кайратович главный специалист отдела лицензирования +7 712 235 50 62 n.izbasarov@atyrau.gov.kz"]],
                      [22, 58, 100, 95, 95, 40, 210, 150]),
    "Ответственный исполнитель: Избасаров Н.К.   Дата: 15.12.2026"], land=True, fs=7)
os.remove(p("форма_лом.pdf"))
build_eml("IMG_forma.eml", "Нурлан Избасаров <n.izbasarov@atyrau.gov.kz>", "info@ekc-gov.kz", "форма", "Tue, 15 Dec 2026 19:48:12 +0500",
          body="Добрый вечер, во вложении форма по лому, на ваш запрос 2268.\n\nОтправлено с iPhone\n", label="", atts=[("форма_лом.pdf", pdf15)], cte="8bit")
S15k = json.loads(json.dumps(S15)); S15k[0]["responsible"]["full_name"] = "Избасаров Нурлан Кайратович"
S15k[0]["responsible"]["position"] = "главный специалист отдела лицензирования"
rec("IMG_forma.eml", [{"part": "форма_лом.pdf", "kind": "appendix1_form", "language": "ru", "services": S15k,
    "executor": {"full_name": "Избасаров Н.К.", "date": "2026-12-15"}}],
    A15, sv(("00112006", S15[0]["service_name"])), "information", ol("ЕКЦ-2026/2268", "2026-12-08", "Запрос информации"),
    "store Appendix 1 data from the PDF attachment (mail body has no charset label)", True)

# ---- 16: txt in cp1251, tab-separated, Kazakh/Russian mixed header, 2 rows, no executor line
A16 = ag("ГУ «Отдел образования района Бәйтерек Западно-Казахстанской области»", "bilim_baiterek@zko.gov.kz", "030440011283")
S16 = [srow("00502003", "Выдача дубликатов документов об основном среднем, общем среднем образовании", "приказ Министра просвещения РК от 31 марта 2026 года № 59",
            "постановление акимата Западно-Казахстанской области от 14 мая 2026 года № 101", None, "bilim-baiterek.kz",
            resp("Губайдуллина Айжан Рашидовна", "методист", "bilim_baiterek@zko.gov.kz", "87112541230")),
       srow("00502007", "Предоставление бесплатного подвоза к общеобразовательным организациям", "приказ Министра просвещения РК от 31 марта 2026 года № 59",
            "постановление акимата Западно-Казахстанской области от 14 мая 2026 года № 101", None, "bilim-baiterek.kz",
            resp("Губайдуллина Айжан Рашидовна", "методист", "bilim_baiterek@zko.gov.kz", "87112541230"))]
t16 = "Приложение 1\r\n№\tРеестр №\tНаименование услуги\tСтандарт\tРегламент\tИзменения НПА\tСайт\tОтветственный (ФИО, должность)\r\n"
for i, s in enumerate(S16, 1):
    t16 += "%d\t%s\t%s\t%s\t%s\t\t%s\tГубайдуллина Айжан Рашидовна - методист, тел 8-71125-4-12-30, bilim_baiterek@zko.gov.kz\r\n" % (i, s["registry_number"], s["service_name"], s["standard"], s["regulation"], s["website"])
write_txt("baiterek.txt", t16, "cp1251")
rec("baiterek.txt", [{"part": "baiterek.txt", "kind": "appendix1_form", "language": "ru", "services": S16}],
    A16, sv(("00502003", S16[0]["service_name"]), ("00502007", S16[1]["service_name"])), "information",
    ol("ЕКЦ-2026/2273", "2026-12-09", "О представлении информации"), "store Appendix 1 data (cp1251 text, no executor line)", True)

# ================================================================ APPOINTMENTS (p.5)
def appoint(fname, part, lang, new, services, agency, svcs, letter, effect, prev=None, eff=None, awaiting="appointment"):
    d = {"part": part, "kind": "responsible_change", "responsible": new, "previous_responsible": prev}
    if lang:
        d["language"] = lang
    if services is not None:
        d["services"] = [{"registry_number": r} for r in services]
    if eff is not None:
        d["effective_date"] = eff
    rec(fname, [d], agency, svcs, awaiting, letter, effect, True)

# a1 plain mail, accusative female
Aa1 = ag("ГУ «Управление пассажирского транспорта и автомобильных дорог Костанайской области»", "transport@kostanay.gov.kz", "050240002930")
build_eml("msg-41102.eml", "transport@kostanay.gov.kz", "info@ekc-gov.kz", "О назначении ответственного лица", "Mon, 07 Dec 2026 10:03:44 +0600",
          body="""Исх. № 07-05/2291 от 07.12.2026

Единый контакт-центр

На Ваш запрос № ЕКЦ-2026/2254 от 04.12.2026 г. сообщаем, что приказом руководителя управления от 07.12.2026 № 145-ө принято решение ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге «Выдача разрешения на перевозку крупногабаритных грузов» (№ 01302019) назначена главный специалист отдела транспорта Кабдолову Гульнару Ерлановну.

Контакты: тел. 8 (7142) 50-33-18, эл. почта g.kabdolova@kostanay.gov.kz

Руководитель управления                      С. Пономарев
""".replace("назначена главный специалист отдела транспорта Кабдолову", "назначить главного специалиста отдела транспорта Кабдолову"), charset="utf-8", cte="qp")
appoint("msg-41102.eml", "body", "ru", resp("Кабдолова Гульнара Ерлановна", OMIT, "g.kabdolova@kostanay.gov.kz", "87142503318"),
        ["01302019"], Aa1, sv(("01302019", "Выдача разрешения на перевозку крупногабаритных грузов")), ol("ЕКЦ-2026/2254", "2026-12-04", "О назначении ответственного лица"),
        "record the appointed responsible person; wait for Appendix 1 information")

# a2 Kazakh DOCX, accusative -ын
Aa2 = ag("«Ақмола облысының ветеринария басқармасы» ММ", "vet@akmola.gov.kz", "170240015519")
build_docx("Бұйрық_жауапты_тұлға.docx", [
    ("b", "«АҚМОЛА ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ» ММ"),
    "Көкшетау қ., Абай к-сі, 89          2026 жылғы 8 желтоқсан № 03-11/1520",
    "Бірыңғай байланыс орталығына",
    "Сіздің 2026 жылғы 3 желтоқсандағы № ЕКЦ-2026/2247 хатыңызға жауап ретінде хабарлаймыз.",
    "«Жануарларға ветеринариялық төлқұжат беру» (тізілімдегі № 00908003) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға ретінде басқарманың ветеринариялық қадағалау бөлімінің бас маманы Нұрғалиева Жанар Серікқызын тағайындау туралы шешім қабылданды.",
    "Байланыс телефоны: 8 (7162) 25-47-09, электрондық пошта: zh.nurgaliyeva@akmola.gov.kz",
    "Басшы                                  Т. Жүсіпов",
    "Орынд.: Сыздықова А., 25-47-01",
])
appoint("Бұйрық_жауапты_тұлға.docx", "Бұйрық_жауапты_тұлға.docx", "kk",
        resp("Нұрғалиева Жанар Серікқызы", "ветеринариялық қадағалау бөлімінің бас маманы", "zh.nurgaliyeva@akmola.gov.kz", "87162254709"),
        ["00908003"], Aa2, sv(("00908003", "Жануарларға ветеринариялық төлқұжат беру")), ol("ЕКЦ-2026/2247", "2026-12-03", "Жауапты тұлғаны тағайындау туралы"),
        "record the appointed responsible person (Kazakh, accusative)")

# a3 DOCX, Russian, "в лице" genitive, deputy head
Aa3 = ag("ГУ «Управление по делам религий Туркестанской области»", "din@turkestan.gov.kz", "190140028841")
build_docx("Письмо_ЕКЦ_2026-12-09.docx", [
    "Управление по делам религий Туркестанской области",
    "161200, г. Туркестан, пр. Тауке хана, 12",
    "09.12.2026 № 02-18/744",
    "Руководителю РГП «Единый контакт-центр»",
    "Уважаемый руководитель!",
    "В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра и во исполнение Вашего запроса от 04.12.2026 № ЕКЦ-2026/2256 Управление по делам религий Туркестанской области определяет ответственным лицом за представление информации и проведение обучения по государственным услугам «Проведение религиоведческой экспертизы» и «Согласование размещения помещений для проведения религиозных мероприятий за пределами культовых зданий» заместителя руководителя управления Омарова Бауыржана Кайратовича (тел.: +7 (7253) 31-02-45, e-mail: b.omarov@turkestan.gov.kz).",
    "Просим направлять запросы по указанным услугам на его адрес.",
    "Руководитель управления                        Ж. Абдуллаев",
])
appoint("Письмо_ЕКЦ_2026-12-09.docx", "Письмо_ЕКЦ_2026-12-09.docx", "ru",
        resp("Омаров Бауыржан Кайратович", OMIT, "b.omarov@turkestan.gov.kz", "+77253310245"), None, Aa3,
        sv(("01604002", "Проведение религиоведческой экспертизы"), ("01604005", "Согласование размещения помещений для проведения религиозных мероприятий за пределами культовых зданий")),
        ol("ЕКЦ-2026/2256", "2026-12-04", "О назначении ответственного лица"), "record the appointed responsible person (genitive in the letter)")

# a4 PDF, instrumental
Aa4 = ag("АО «Национальная компания «Қазақстан темір жолы»", "kanc@railways.kz", "020540003431")
build_pdf("KTZ_otvet_2263.pdf", [
    ("b", "АО «НК «Қазақстан темір жолы»"),
    "010000, г. Астана, ул. Д. Кунаева, 6       Исх. № ЦУП-17/2902 от 11.12.2026",
    "Единый контакт-центр",
    "Касательно Вашего письма № ЕКЦ-2026/2263 от 07.12.2026",
    "Сообщаем, что ответственным лицом за взаимодействие с Единым контакт-центром по государственной услуге «Выдача справки о наличии (отсутствии) задолженности по подъездным путям» (№ 01306011) определена Ким Елена Викторовна, руководитель сектора клиентского сервиса департамента грузовых перевозок.",
    "Тел.: +7 (7172) 60-41-77, e-mail: e.kim@railways.kz",
    "Управляющий директор                               А. Мухамеджанов",
])
appoint("KTZ_otvet_2263.pdf", "KTZ_otvet_2263.pdf", "ru",
        resp("Ким Елена Викторовна", "руководитель сектора клиентского сервиса департамента грузовых перевозок", "e.kim@railways.kz", "+77172604177"),
        ["01306011"], Aa4, sv(("01306011", "Выдача справки о наличии (отсутствии) задолженности по подъездным путям")),
        ol("ЕКЦ-2026/2263", "2026-12-07", "О назначении ответственного лица"), "record the appointed responsible person")

# a5 terse HTML mail, initials only
Aa5 = ag("ГУ «Отдел жилищно-коммунального хозяйства города Сатпаев»", "zhkh@satpaev.gov.kz", "080340004459")
build_eml("Re_Re_ zapros.eml", "zhkh@satpaev.gov.kz", "info@ekc-gov.kz", "Re: Re: запрос", "Tue, 08 Dec 2026 17:55:10 +0500",
          html="<div>Ответственный по услуге 00404021 &mdash; Нуртаев Д.А., ведущий специалист, моб. 8 701 555 12 34.</div><div><br></div><div>---</div>"
               "<blockquote style='border-left:1px solid #ccc;padding-left:6px'>Прошу назначить ответственное лицо по запросу ЕКЦ-2026/2255.<br>Единый контакт-центр</blockquote>")
appoint("Re_Re_ zapros.eml", "body", "ru", resp("Нуртаев Д.А.", "ведущий специалист", None, "87015551234"), ["00404021"], Aa5,
        sv(("00404021", "Выдача справки о наличии или отсутствии жилища")), ol("ЕКЦ-2026/2255", "2026-12-04", "О назначении ответственного лица"),
        "record the appointed responsible person (terse HTML reply)")

# a6 txt, dative
Aa6 = ag("ГУ «Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области»", "ecology@vko.gov.kz", "020340009902")
write_txt("ЕКЦ_ответственный.txt", """Единому контакт-центру

Управление природных ресурсов и регулирования природопользования Восточно-Казахстанской области, рассмотрев запрос № ЕКЦ-2026/2258, сообщает следующее.

Представление информации по государственной услуге «Выдача разрешения на эмиссии в окружающую среду для объектов III категории» (реестровый номер 01101030) и обучение сотрудников ЕКЦ поручено Ахметовой Гульнар Сапаровне, главному специалисту отдела экологического регулирования (8 7232 76 02 19, g.akhmetova@vko.gov.kz).

И.о. руководителя                                Р. Клименко
""")
appoint("ЕКЦ_ответственный.txt", "ЕКЦ_ответственный.txt", "ru",
        resp("Ахметова Гульнар Сапаровна", OMIT, "g.akhmetova@vko.gov.kz", "87232760219"),
        ["01101030"], Aa6, sv(("01101030", "Выдача разрешения на эмиссии в окружающую среду для объектов III категории")),
        ol("ЕКЦ-2026/2258", "2026-12-04", "О назначении ответственного лица"), "record the appointed responsible person (dative in the letter)")

# a7 Kazakh mail, nominative, two services
Aa7 = ag("«Қызылорда облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы» ММ", "enbek@kyzylorda.gov.kz", "990640003174")
build_eml("hat-1209.eml", "Басқарма кеңсесі <enbek@kyzylorda.gov.kz>", "info@ekc-gov.kz", "Жауапты тұлға туралы", "Wed, 09 Dec 2026 11:20:00 +0500",
          body="""Бірыңғай байланыс орталығына

2026 жылғы 4 желтоқсандағы № ЕКЦ-2026/2252 сұрауыңызға сәйкес хабарлаймыз: 00603027 және 00603031 нөмірлі мемлекеттік көрсетілетін қызметтер бойынша ақпарат беруге жауапты тұлға — әлеуметтік төлемдер бөлімінің басшысы Қасымов Нұржан Бекұлы.
Тел.: 8 (7242) 40-15-63
E-mail: n.kasymov@kyzylorda.gov.kz

Құрметпен,
басқарма басшысының орынбасары Ә. Тұрсынова
""")
appoint("hat-1209.eml", "body", "kk", resp("Қасымов Нұржан Бекұлы", "әлеуметтік төлемдер бөлімінің басшысы", "n.kasymov@kyzylorda.gov.kz", "87242401563"),
        ["00603027", "00603031"], Aa7, sv(("00603027", "Жерлеуге біржолғы төлем тағайындау"), ("00603031", "Мүгедектігі бар балаларды тәрбиелейтін ата-аналарға жәрдемақы тағайындау")),
        ol("ЕКЦ-2026/2252", "2026-12-04", "Жауапты тұлғаны тағайындау туралы"), "record the appointed responsible person (Kazakh)")

# a8 mail with covering note, DOCX letter attached, bilingual letter
Aa8 = ag("ГУ «Управление физической культуры и спорта города Алматы»", "sport@almaty.gov.kz", "990540007731")
d8 = build_docx("12-3-987.docx", [
    "АЛМАТЫ ҚАЛАСЫ ДЕНЕ ШЫНЫҚТЫРУ ЖӘНЕ СПОРТ БАСҚАРМАСЫ / УПРАВЛЕНИЕ ФИЗИЧЕСКОЙ КУЛЬТУРЫ И СПОРТА ГОРОДА АЛМАТЫ",
    "Исх. № 12-3/987 от 10.12.2026",
    "Бірыңғай байланыс орталығы / Единый контакт-центр",
    "Сіздің № ЕКЦ-2026/2259 хатыңызға: жауапты тұлға болып спорт резерві бөлімінің бас маманы Байжанова Әсел Маратқызы тағайындалды.",
    "На Ваш № ЕКЦ-2026/2259: ответственным лицом назначена главный специалист отдела спортивного резерва Байжанова Асель Маратовна, тел. +7 727 271 66 05, a.baizhanova@almaty.gov.kz.",
    "Руководитель                                Е. Сағынтаев",
])
os.remove(p("12-3-987.docx"))
build_eml("Письмо от Управления спорта.eml", "Канцелярия <sport@almaty.gov.kz>", EKC, "Исх. 12-3/987", "Thu, 10 Dec 2026 14:44:19 +0500",
          body="Добрый день! Направляем ответ на запрос ЕКЦ-2026/2259 (во вложении).\n\nС уважением, канцелярия\n", atts=[("12-3-987.docx", d8)])
rec("Письмо от Управления спорта.eml", [{"part": "12-3-987.docx", "kind": "responsible_change", "previous_responsible": None,
    "responsible": {"position": "главный специалист отдела спортивного резерва", "email": "a.baizhanova@almaty.gov.kz", "phone": "+77272716605"}}],
    Aa8, sv(("00704009", "Присвоение спортивных разрядов: кандидат в мастера спорта, первый спортивный разряд")), "appointment",
    ol("ЕКЦ-2026/2259", "2026-12-04", "О назначении ответственного лица"),
    "record the appointed responsible person (bilingual letter; the name is spelled two ways, Байжанова Әсел Маратқызы / Асель Маратовна)", True)

# a9 KOI8-R labelled and encoded, plain, reply quoting our mail
Aa9 = ag("ГУ «Управление цифровизации и архивов Карагандинской области»", "digital@karaganda.gov.kz", "180940011342")
build_eml("RE_EKC-2026-2261.eml", "digital@karaganda.gov.kz", "info@ekc-gov.kz", "RE: ЕКЦ-2026/2261 назначение ответственного", "Thu, 10 Dec 2026 09:01:27 +0500",
          body="""Здравствуйте!
Ответственным лицом по услуге 00701020 назначен ведущий специалист отдела цифровизации Исмаилов Рустам Алиевич, тел. 8 (7212) 41-88-06, r.ismailov@karaganda.gov.kz.

С уважением,
Исмаилов Р.

-----Original Message-----
From: info@ekc-gov.kz
Sent: Monday, December 7, 2026 10:12 AM
Subject: ЕКЦ-2026/2261 назначение ответственного

Просим в течение трех рабочих дней назначить ответственное лицо по государственной услуге N 00701020.
""", charset="koi8-r", cte="8bit")
appoint("RE_EKC-2026-2261.eml", "body", "ru", resp("Исмаилов Рустам Алиевич", "ведущий специалист отдела цифровизации", "r.ismailov@karaganda.gov.kz", "87212418806"),
        ["00701020"], Aa9, sv(("00701020", "Выдача архивной справки о трудовом стаже")), ol("ЕКЦ-2026/2261", "2026-12-07", "Назначение ответственного"),
        "record the appointed responsible person (koi8-r)")

# a10 accusative via "возложить на"
Aa10 = ag("ГУ «Аппарат акима Бурабайского района»", "burabay@akmola.gov.kz", "990740005561")
build_eml("msg_00931.eml", "Аппарат акима Бурабайского района <burabay@akmola.gov.kz>", "info@ekc-gov.kz", "ответственное лицо", "Fri, 11 Dec 2026 12:00:02 +0500",
          body="""Уважаемые коллеги!

Функции ответственного лица по вопросам взаимодействия с ЕКЦ (запрос № ЕКЦ-2026/2265 от 08.12.2026) по услугам 00402014 «Выдача справки о наличии личного подсобного хозяйства» и 00402018 «Выдача решения о переводе жилого помещения в нежилое» возложены на главного специалиста отдела ЖКХ Дюсенбаеву Алию Бекеновну.
Раб. тел. 8 (71636) 7-21-44.

Аким района                                 К. Байтенов
Исп. Дюсенбаева А.
""", charset="cp1251", label="windows-1251", cte="qp")
appoint("msg_00931.eml", "body", "ru", resp("Дюсенбаева Алия Бекеновна", OMIT, None, "87163672144"), ["00402014", "00402018"], Aa10,
        sv(("00402014", "Выдача справки о наличии личного подсобного хозяйства"), ("00402018", "Выдача решения о переводе жилого помещения в нежилое")),
        ol("ЕКЦ-2026/2265", "2026-12-08", "О назначении ответственного лица"), "record the appointed responsible person (accusative after 'возложены на')")

# ================================================================ REPLACEMENTS (p.7)
# r1 plain mail, genitive previous, effective date
Ar1 = ag("ГУ «Управление земельных отношений города Астаны»", "zher@astana.gov.kz", "050140004822")
build_eml("uvedomlenie_zamena.eml", "Управление земельных отношений <zher@astana.gov.kz>", EKC, "Уведомление о замене ответственного лица", "Mon, 14 Dec 2026 09:30:00 +0500",
          body="""Исх. № 05-14/6012 от 14.12.2026

Единому контакт-центру

В соответствии с пунктом 7 Правил взаимодействия уведомляем, что в связи с переводом Тулегеновой Сауле Маратовны на другую должность ответственным лицом за представление информации в ЕКЦ по государственным услугам № 00805001 и № 00805009 с 14 декабря 2026 года является главный специалист отдела регистрации земельных участков Жармухамедов Арман Серикович.

Контактные данные: тел. +7 (7172) 55-70-21, эл. адрес a.zharmukhamedov@astana.gov.kz.

Заместитель руководителя                                  М. Сулейменов
""", cte="qp")
appoint("uvedomlenie_zamena.eml", "body", "ru", resp("Жармухамедов Арман Серикович", "главный специалист отдела регистрации земельных участков", "a.zharmukhamedov@astana.gov.kz", "+77172557021"),
        ["00805001", "00805009"], Ar1, sv(("00805001", "Выдача решения на изменение целевого назначения земельного участка"), ("00805009", "Выдача разрешения на использование земельного участка для изыскательских работ")),
        None, "replace the responsible person for both services from 2026-12-14", prev={"full_name": "Тулегенова Сауле Маратовна"}, eff="2026-12-14", awaiting="consulting")

# r2 Kazakh DOCX, genitive previous, effective date
Ar2 = ag("«Батыс Қазақстан облысының тұрғын үй инспекциясы басқармасы» ММ", "inspekcia@zko.gov.kz", "150840007715")
build_docx("хабарлама 21.12.docx", [
    ("b", "ХАБАРЛАМА"),
    "2026 жылғы 16 желтоқсан № 04-07/1180",
    "Бірыңғай байланыс орталығына",
    "Мемлекеттік қызметтер көрсету мәселелері бойынша Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 7-тармағына сәйкес хабарлаймыз: бұрын жауапты болған Мұсабекова Гүлнар Әбілқызының орнына 2026 жылғы 21 желтоқсаннан бастап «Кондоминиум объектісін тіркеу үшін құжаттарды қабылдау» (№ 00406012) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға болып бақылау бөлімінің бас маманы Ердәулетов Нұрсұлтан Асқарұлы тағайындалды.",
    "Тел.: 8 (7112) 51-20-84; e-mail: n.yerdauletov@zko.gov.kz",
    "Басқарма басшысы                                     Қ. Ғабдуллин",
])
appoint("хабарлама 21.12.docx", "хабарлама 21.12.docx", "kk", resp("Ердәулетов Нұрсұлтан Асқарұлы", "бақылау бөлімінің бас маманы", "n.yerdauletov@zko.gov.kz", "87112512084"),
        ["00406012"], Ar2, sv(("00406012", "Кондоминиум объектісін тіркеу үшін құжаттарды қабылдау")), None,
        "replace the responsible person from 2026-12-21", prev={"full_name": "Мұсабекова Гүлнар Әбілқызы"}, eff="2026-12-21", awaiting="consulting")

# r3 PDF, three services in a small table, "вместо" genitive, mid-process (awaiting protocol)
Ar3 = ag("РГУ «Комитет государственных доходов по Карагандинской области»", "kgd_karaganda@kgd.gov.kz", "981240001187")
build_pdf("Исх_КГД_3311.pdf", [
    ("b", "ДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО КАРАГАНДИНСКОЙ ОБЛАСТИ"),
    "Исх. № КГД-09-3311 от 15.12.2026",
    "Единый контакт-центр",
    "О замене ответственного лица",
    "Настоящим сообщаем, что в связи с увольнением Абенова Серика Жумабаевича, главного специалиста управления непроизводственных платежей, с 17.12.2026 ответственным лицом за взаимодействие с Единым контакт-центром и проведение обучения по нижеперечисленным государственным услугам назначается Сейтжанова Карлыгаш Болатовна, главный специалист управления непроизводственных платежей (тел. 8 7212 43-16-90, e-mail k.seitzhanova@kgd.gov.kz).",
    ("t", [["№", "Реестровый номер", "Наименование услуги"],
           ["1", "00101005", "Постановка на регистрационный учет в качестве плательщика налога на добавленную стоимость"],
           ["2", "00101011", "Выдача справки о суммах полученных доходов и удержанных налогов"],
           ["3", "00101017", "Выдача справки об отсутствии (наличии) налоговой задолженности"]], [30, 80, 380]),
    "Просим провести запланированное обучение с новым ответственным лицом.",
    "Руководитель департамента                              Н. Ахметжанов",
])
appoint("Исх_КГД_3311.pdf", "Исх_КГД_3311.pdf", "ru", resp("Сейтжанова Карлыгаш Болатовна", "главный специалист управления непроизводственных платежей", "k.seitzhanova@kgd.gov.kz", "87212431690"),
        ["00101005", "00101011", "00101017"], Ar3,
        sv(("00101005", "Постановка на регистрационный учет в качестве плательщика налога на добавленную стоимость"), ("00101011", "Выдача справки о суммах полученных доходов и удержанных налогов"), ("00101017", "Выдача справки об отсутствии (наличии) налоговой задолженности")),
        None, "replace the responsible person for three services from 2026-12-17; the training is still due", prev={"full_name": "Абенов Серик Жумабаевич"}, eff="2026-12-17", awaiting="protocol")

# r4 HTML forwarded, maternity leave, accusative new
Ar4 = ag("ГУ «Управление образования города Актобе»", "bilim@aktobe.gov.kz", "060640002215")
build_eml("FW_ zamena otvetstvennogo.eml", "Орынбасарова Жанна <zh.orynbassarova@aktobe.gov.kz>", "info@ekc-gov.kz", "FW: замена ответственного", "Wed, 16 Dec 2026 10:10:10 +0500",
          html="""<html><body><p>Коллеги, здравствуйте! Пересылаю для сведения, прошу внести изменения в вашу базу.</p>
<p>Жанна Орынбасарова<br>приемная</p><hr>
<p><b>From:</b> Руководитель управления<br><b>Sent:</b> 15 декабря 2026 г. 18:02<br><b>To:</b> Все отделы<br><b>Subject:</b> замена ответственного</p>
<p>В связи с уходом в отпуск по уходу за ребенком Сагындыковой Лауры функции ответственного лица по взаимодействию с Единым контакт-центром по услуге «Прием документов для организации индивидуального бесплатного обучения на дому детей» (00501031) с 16.12.2026 возложить на главного специалиста отдела специального образования Рахимжанова Ерлана Бахытовича (+7 7132 55 09 31, e.rakhimzhanov@aktobe.gov.kz).</p>
</body></html>""")
appoint("FW_ zamena otvetstvennogo.eml", "body", "ru", resp("Рахимжанов Ерлан Бахытович", OMIT, "e.rakhimzhanov@aktobe.gov.kz", "+77132550931"),
        ["00501031"], Ar4, sv(("00501031", "Прием документов для организации индивидуального бесплатного обучения на дому детей")), None,
        "replace the responsible person from 2026-12-16 (forwarded internal note)", prev={"full_name": "Сагындыкова Лаура"}, eff="2026-12-16", awaiting="consulting")

# r5 terse txt
Ar5 = ag("ГУ «Отдел предпринимательства и сельского хозяйства Аксуского района»", "aksu_agro@zhetysu.gov.kz", "051240012250")
write_txt("novyi otvetstvennyi.txt", """коллеги, по нашим услугам (00907014) теперь отвечает Петрова Анна Викторовна, специалист отдела, 87052229014. Смагулов Канат у нас больше не работает с 1 декабря.
""")
appoint("novyi otvetstvennyi.txt", "novyi otvetstvennyi.txt", "ru", resp("Петрова Анна Викторовна", "специалист отдела", None, "87052229014"), ["00907014"], Ar5,
        sv(("00907014", "Выдача ветеринарной справки на перемещение животных")), None, "replace the responsible person (terse note)",
        prev={"full_name": "Смагулов Канат"}, awaiting="consulting")

# r6 bilingual mail, Kazakh then Russian, previous named, no date of effect
Ar6 = ag("«Ұлттық ақпараттық технологиялар» АҚ", "info@nitec.kz", "000740001307")
build_eml("Жауапты тұлғаның ауысуы.eml", "НИТ канцелярия <info@nitec.kz>", EKC, "Жауапты тұлғаның ауысуы / Замена ответственного лица", "Thu, 17 Dec 2026 15:22:48 +0500",
          body="""Құрметті әріптестер!

01904002 мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға Ержанов Талғат Серікұлының орнына бизнес-талдау департаментінің менеджері Әлімжанова Томирис Бекзатқызы тағайындалғанын хабарлаймыз.

Уважаемые коллеги!
Сообщаем, что ответственным лицом по государственной услуге 01904002 вместо Ержанова Талгата Сериковича назначена менеджер департамента бизнес-анализа Алимжанова Томирис Бекзатовна.

Тел./Байланыс: +7 (7172) 57-92-60, t.alimzhanova@nitec.kz

--
АО «Национальные информационные технологии»
""", cte="qp")
rec("Жауапты тұлғаның ауысуы.eml", [{"part": "body", "kind": "responsible_change", "responsible": {"email": "t.alimzhanova@nitec.kz", "phone": "+77172579260"},
    "services": [{"registry_number": "01904002"}]}], Ar6, sv(("01904002", "Выдача электронной цифровой подписи")), "consulting", None,
    "replace the responsible person (bilingual; names given in Kazakh and Russian spellings)", True)

# r7 DOCX letter with table of services and new person per row? one new person, table of services
Ar7 = ag("ГУ «Управление туризма Мангистауской области»", "turizm@mangystau.gov.kz", "180540030118")
build_docx("Уведомление_ответственный_туризм.docx", [
    "МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ТУРИЗМ БАСҚАРМАСЫ\nУПРАВЛЕНИЕ ТУРИЗМА МАНГИСТАУСКОЙ ОБЛАСТИ",
    "130000, г. Актау, 14 мкр., зд. 1",
    "«18» декабря 2026 года   № 01-12/560",
    "Руководителю Единого контакт-центра",
    "Управление туризма Мангистауской области уведомляет о замене ответственного лица с 21.12.2026.",
    ("t", [["", "Прежнее ответственное лицо", "Новое ответственное лицо"],
           ["Ф.И.О.", "Кенжебаев Дамир Оралович", "Утегенова Мадина Жанабаевна"],
           ["Должность", "руководитель отдела туристской деятельности", "главный специалист отдела туристской деятельности"],
           ["Телефон", "8 (7292) 30-11-40", "8 (7292) 30-11-46"],
           ["E-mail", "d.kenzhebayev@mangystau.gov.kz", "m.utegenova@mangystau.gov.kz"],
           ["Услуги (№ в реестре)", "01701002, 01701006", "01701002, 01701006"]]),
    "Руководитель управления                                   А. Жолдасов",
])
appoint("Уведомление_ответственный_туризм.docx", "Уведомление_ответственный_туризм.docx", "ru",
        resp("Утегенова Мадина Жанабаевна", "главный специалист отдела туристской деятельности", "m.utegenova@mangystau.gov.kz", "87292301146"),
        ["01701002", "01701006"], Ar7, sv(("01701002", "Выдача лицензии на туроператорскую деятельность"), ("01701006", "Включение в реестр туристских гидов")), None,
        "replace the responsible person from 2026-12-21 (old/new comparison table)",
        prev={"full_name": "Кенжебаев Дамир Оралович"}, eff="2026-12-21", awaiting="consulting")

# r8 koi8-r mail, replacement during information stage
Ar8 = ag("ГУ «Управление энергетики и жилищно-коммунального хозяйства Жамбылской области»", "energo@zhambyl.gov.kz", "990140005589")
build_eml("msg-41877.eml", "energo@zhambyl.gov.kz", "info@ekc-gov.kz", "замена ответственного лица по запросу EKC-2026/2241", "Fri, 11 Dec 2026 08:47:15 +0500",
          body="""Добрый день.

Ранее по Вашему запросу N EKC-2026/2241 ответственным был назначен Бейсенов Асхат Муратович. С 11.12.2026 он переведен в другое управление, информацию по форме приложения 1 представит и обучение проведет новый ответственный - руководитель отдела тарифов Шарипова Динара Ануаровна, тел. 8 7262 43 57 02, d.sharipova@zhambyl.gov.kz.
Форму направим до 16.12.2026.

Управление энергетики и ЖКХ
""", charset="koi8-r", cte="8bit")
appoint("msg-41877.eml", "body", "ru", resp("Шарипова Динара Ануаровна", "руководитель отдела тарифов", "d.sharipova@zhambyl.gov.kz", "87262435702"), None, Ar8,
        sv(("00404030", "Выдача технических условий на подключение к сетям теплоснабжения")), ol("ЕКЦ-2026/2241", "2026-12-01", "О представлении информации"),
        "replace the responsible person while the Appendix 1 information is still awaited", prev={"full_name": "Бейсенов Асхат Муратович"}, eff="2026-12-11", awaiting="information")

# ================================================================ CHANGE NOTICES (p.6)
def change(fname, part, lang, services, agency, svcs, effect, cdate=None, awaiting="consulting", letter=None):
    d = {"part": part, "kind": "change_notice", "services": services}
    if lang:
        d["language"] = lang
    if cdate is not None:
        d["change_date"] = cdate
    rec(fname, [d], agency, svcs, awaiting, letter, effect, True)

def ch(reg, **kw):
    d = {"registry_number": reg, "standard": None, "regulation": None, "npa_changes": None, "website": None}
    d.update(kw)
    return d

# c1 plain mail, new standard
Ac1 = ag("ГУ «Управление здравоохранения Костанайской области»", "densaulyk@kostanay.gov.kz", "990240008864")
build_eml("izmeneniya_standart.eml", "Управление здравоохранения <densaulyk@kostanay.gov.kz>", "info@ekc-gov.kz", "Об изменениях в стандарте госуслуги 01002031", "Tue, 15 Dec 2026 11:05:00 +0600",
          body="""Уважаемые коллеги!

Информируем, что с 10 декабря 2026 года вступил в силу новый стандарт государственной услуги «Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь» (реестровый номер 01002031).

Новые реквизиты стандарта: приказ Министра здравоохранения Республики Казахстан от 27 ноября 2026 года № ҚР ДСМ-118.

Прочие сведения, ранее представленные в ЕКЦ, остаются без изменений.

Ответственное лицо: Досымова Рауза Кабиденовна, 8 (7142) 50-12-77
""")
change("izmeneniya_standart.eml", "body", "ru", [ch("01002031", standard="приказ Министра здравоохранения Республики Казахстан от 27 ноября 2026 года № ҚР ДСМ-118")], Ac1,
       sv(("01002031", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")), "update the standard requisites of the service", cdate="2026-12-10")

# c2 Kazakh DOCX, new regulation
Ac2 = ag("«Алматы облысының ауыл шаруашылығы басқармасы» ММ", "agro@almobl.gov.kz", "990140002231")
build_docx("өзгерістер_регламент.docx", [
    "«Алматы облысының ауыл шаруашылығы басқармасы» ММ",
    "2026 жылғы 14 желтоқсан № 06-3/2215",
    "Бірыңғай байланыс орталығына",
    "Бұрын ұсынылған ақпаратқа өзгерістер туралы",
    "«Тұқым шаруашылығын дамытуды субсидиялау» (тізілімдегі № 00907031) мемлекеттік көрсетілетін қызметінің регламенті жаңа редакцияда бекітілгенін хабарлаймыз.",
    "Жаңа регламент: Алматы облысы әкімдігінің 2026 жылғы 7 желтоқсандағы № 402 қаулысымен бекітілген «Тұқым шаруашылығын дамытуды субсидиялау» мемлекеттік көрсетілетін қызмет регламенті.",
    "Қаулы 2026 жылғы 11 желтоқсанда күшіне енді.",
    "Басқарма басшысы                               Е. Нұрмағанбетов",
])
change("өзгерістер_регламент.docx", "өзгерістер_регламент.docx", "kk",
       [ch("00907031", regulation="Алматы облысы әкімдігінің 2026 жылғы 7 желтоқсандағы № 402 қаулысымен бекітілген «Тұқым шаруашылығын дамытуды субсидиялау» мемлекеттік көрсетілетін қызмет регламенті")],
       Ac2, sv(("00907031", "Тұқым шаруашылығын дамытуды субсидиялау")), "update the regulation requisites of the service", cdate="2026-12-11")

# c3 HTML mail, website changed for 3 services
Ac3 = ag("ГУ «Управление внутренней политики города Шымкент»", "ishki_sayasat@shymkent.gov.kz", "180340021145")
build_eml("Смена интернет-ресурса.eml", "ishki_sayasat@shymkent.gov.kz", "info@ekc-gov.kz", "Смена интернет-ресурса", "Wed, 16 Dec 2026 16:31:09 +0500",
          html="""<p>Добрый день!</p><p>Сообщаем, что в связи с переходом на единую платформу интернет-ресурсов государственных органов информация о государственных услугах
<b>01605003</b>, <b>01605007</b> и <b>01605012</b> с 15.12.2026 размещается по новому адресу: <a href="https://www.gov.kz/memleket/entities/shymkent-ishki-sayasat/activities/services">https://www.gov.kz/memleket/entities/shymkent-ishki-sayasat/activities/services</a>.</p>
<p>Старый сайт ishki-sayasat-shymkent.kz больше не поддерживается.</p><p>С уважением,<br>Серикова А.Б.</p>""")
W3 = "https://www.gov.kz/memleket/entities/shymkent-ishki-sayasat/activities/services"
change("Смена интернет-ресурса.eml", "body", "ru", [ch("01605003", website=W3), ch("01605007", website=W3), ch("01605012", website=W3)], Ac3,
       sv(("01605003", "Регистрация и учет миссионеров"), ("01605007", "Выдача справки об учетной регистрации филиалов религиозных объединений"), ("01605012", "Согласование распространения религиозной литературы вне культовых зданий")),
       "update the website of three services", cdate="2026-12-15")

# c4 PDF, NPA changes for two services
Ac4 = ag("РГУ «Комитет по регулированию естественных монополий Министерства национальной экономики Республики Казахстан»", "kremzk@economy.gov.kz", "121040001865")
N4a = "приказ Министра национальной экономики Республики Казахстан от 4 декабря 2026 года № 288 «О внесении изменений в некоторые приказы Министра национальной экономики Республики Казахстан»"
build_pdf("КРЕМ_изм_1512.pdf", [
    ("b", "Комитет по регулированию естественных монополий"),
    "15.12.2026 № 17-04/10551",
    "Единый контакт-центр",
    "Об актуализации информации",
    "В соответствии с пунктом 6 Правил взаимодействия направляем сведения об изменениях нормативных правовых актов, касающихся государственных услуг, принятых ЕКЦ для консультирования.",
    ("t", [["Реестровый №", "Услуга", "Изменения НПА"],
           ["01208001", "Утверждение тарифа (цены, ставки сбора) на регулируемые услуги", N4a],
           ["01208005", "Согласование инвестиционных программ субъектов естественных монополий", N4a + "; приказ Министра национальной экономики Республики Казахстан от 9 декабря 2026 года № 297"]],
     [70, 170, 280]),
    "Приказы вступают в силу 25 декабря 2026 года.",
    "Заместитель председателя                         Д. Оспанов",
])
change("КРЕМ_изм_1512.pdf", "КРЕМ_изм_1512.pdf", "ru",
       [ch("01208001", npa_changes=N4a), ch("01208005", npa_changes=N4a + "; приказ Министра национальной экономики Республики Казахстан от 9 декабря 2026 года № 297")],
       Ac4, sv(("01208001", "Утверждение тарифа (цены, ставки сбора) на регулируемые услуги"), ("01208005", "Согласование инвестиционных программ субъектов естественных монополий")),
       "record the changed legal acts for two services", cdate="2026-12-25")

# c5 txt, standard and regulation both new
Ac5 = ag("ГУ «Управление по инвестициям и развитию предпринимательства Актюбинской области»", "invest@aktobe.gov.kz", "080240011923")
write_txt("izm_01_12.txt", """Исх. 01-12/3398 от 17.12.2026
ЕКЦ

Об изменениях по госуслуге 00112014 «Выдача лицензии на розничную реализацию алкогольной продукции»

1) стандарт: утвержден приказом Министра торговли и интеграции РК от 1 декабря 2026 года № 430 (взамен приказа от 9 июня 2026 года № 205);
2) регламент: утвержден постановлением акимата Актюбинской области от 14 декабря 2026 года № 512.

Изменения действуют с 14.12.2026. Остальное без изменений.

Исп. Жолдыбаева С., 8 7132 55 90 12
""")
change("izm_01_12.txt", "izm_01_12.txt", "ru",
       [ch("00112014", standard="утвержден приказом Министра торговли и интеграции РК от 1 декабря 2026 года № 430 (взамен приказа от 9 июня 2026 года № 205)",
           regulation="утвержден постановлением акимата Актюбинской области от 14 декабря 2026 года № 512")],
       Ac5, sv(("00112014", "Выдача лицензии на розничную реализацию алкогольной продукции")), "update standard and regulation of the service", cdate="2026-12-14")

# c6 XLSX revised table, only changed columns filled, covering mail
Ac6 = ag("ГУ «Управление предпринимательства и туризма области Абай»", "kasipkerlik@abay.gov.kz", "220740034401")
x6 = build_xlsx("актуализация.xlsx", [("изменения", [
    ["Актуализированная информация (заполнены только изменившиеся графы)"],
    H_RU,
    [1, "00112021", "Выдача лицензии на деятельность по организации азартных игр", "приказ Министра туризма и спорта РК от 2 декабря 2026 года № 311", "", "", "www.gov.kz/memleket/entities/abay-kasipkerlik", ""],
    ["", "", "", "", "", "", "", ""],
    ["Дата изменений: 07.12.2026"]])])
os.remove(p("актуализация.xlsx"))
build_eml("msg-42016.eml", "kasipkerlik@abay.gov.kz", "info@ekc-gov.kz", "актуализация сведений по 00112021", "Fri, 18 Dec 2026 12:12:12 +0500",
          body="Добрый день. Направляем актуализированные сведения (изменились стандарт и интернет-ресурс). Мамырбаева Г.\n", atts=[("актуализация.xlsx", x6)])
rec("msg-42016.eml", [{"part": "актуализация.xlsx", "kind": "change_notice", "language": "ru", "change_date": "2026-12-07",
    "services": [ch("00112021", standard="приказ Министра туризма и спорта РК от 2 декабря 2026 года № 311", website="www.gov.kz/memleket/entities/abay-kasipkerlik")]}],
    Ac6, sv(("00112021", "Выдача лицензии на деятельность по организации азартных игр")), "consulting", None,
    "update standard and website (revised Appendix 1 row with only the changed columns)", True)

# c7 Kazakh mail, new standard after ministry renaming
Ac7 = ag("«Түркістан облысының жер қатынастары басқармасы» ММ", "zher@turkistan.gov.kz", "190140031052")
build_eml("хат_өзгеріс.eml", "zher@turkistan.gov.kz", "info@ekc-gov.kz", "Стандарттың өзгеруі", "Mon, 21 Dec 2026 10:40:00 +0500",
          body="""Сәлеметсіз бе!

00805014 «Жер учаскесін пайдалануға уақытша өтеулі жер пайдалану құқығын беру» мемлекеттік көрсетілетін қызметінің стандарты өзгерді. Жаңа деректемелері: Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 10 желтоқсандағы № 455 бұйрығы. Бұйрық 2026 жылғы 18 желтоқсанда күшіне енді.

Регламент пен интернет-ресурс өзгеріссіз.

Бас маман Ж. Әбдіғали
""", charset="utf-8", label="", cte="8bit")
change("хат_өзгеріс.eml", "body", "kk", [ch("00805014", standard="Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 10 желтоқсандағы № 455 бұйрығы")],
       Ac7, sv(("00805014", "Жер учаскесін пайдалануға уақытша өтеулі жер пайдалану құқығын беру")), "update the standard requisites (Kazakh, no charset label)", cdate="2026-12-18")

# ================================================================ REFUSALS (p.11)
def refusal(fname, part, lang, reason, ground, regs, agency, svcs, letter, effect, awaiting="additional_answer"):
    d = {"part": part, "kind": "refusal", "refusal_reason": reason, "refusal_ground": ground}
    if lang:
        d["language"] = lang
    if regs is not None:
        d["services"] = [{"registry_number": r} for r in regs]
    rec(fname, [d], agency, svcs, awaiting, letter, effect, True)

# f1 state secret, plain mail
Af1 = ag("РГУ «Комитет по делам гражданской обороны и воинских частей Министерства по чрезвычайным ситуациям Республики Казахстан»", "kgo@emer.gov.kz", "141140003318")
build_eml("otvet_na_zapros_2281.eml", "kgo@emer.gov.kz", "info@ekc-gov.kz", "О рассмотрении запроса № ЕКЦ-2026/2281", "Tue, 15 Dec 2026 15:15:15 +0500",
          body="""Исх. № 3-1/1877дсп от 15.12.2026

Единый контакт-центр

Комитет рассмотрел Ваш запрос о представлении дополнительной информации по государственной услуге «Согласование размещения объектов в зонах защитных сооружений гражданской обороны» (№ 01409004), в части перечня и адресов защитных сооружений гражданской обороны по городам.

Сообщаем, что представить запрашиваемую информацию не представляется возможным, так как сведения о местах расположения защитных сооружений гражданской обороны составляют государственные секреты в соответствии с Законом Республики Казахстан «О государственных секретах».

Порядок оказания услуги размещен на портале «электронного правительства».

Председатель                                  Б. Тажибаев
""", cte="qp")
refusal("otvet_na_zapros_2281.eml", "body", "ru", "сведения о местах расположения защитных сооружений гражданской обороны составляют государственные секреты",
        "state_secret", ["01409004"], Af1, sv(("01409004", "Согласование размещения объектов в зонах защитных сооружений гражданской обороны")),
        ol("ЕКЦ-2026/2281", "2026-12-10", "О представлении дополнительной информации"), "record a lawful refusal (state secret); no escalation")

# f2 commercial secret, DOCX, national company
Af2 = ag("АО «Национальная компания «QazaqGaz»", "kanc@qazaqgaz.kz", "000340002106")
build_docx("QG-01-4471.docx", [
    ("b", "АО «НК «QazaqGaz»"),
    "г. Астана, ул. Алихана Бокейхана, 12",
    "Исх. № QG-01/4471 от 16.12.2026",
    "Единый контакт-центр",
    "На № ЕКЦ-2026/2279 от 10.12.2026",
    "АО «НК «QazaqGaz», рассмотрев Ваш запрос о представлении расчета стоимости подключения к газораспределительным сетям в разрезе районов для консультирования услугополучателей по государственной услуге «Выдача технических условий на подключение к газораспределительным системам» (№ 01105007), сообщает следующее.",
    "Расчеты себестоимости и тарифные калькуляции общества являются коммерческой тайной АО «НК «QazaqGaz» и не подлежат передаче третьим лицам. Общая информация о порядке получения технических условий размещена на сайте www.qazaqgaz.kz.",
    "Управляющий директор по корпоративным вопросам                          Р. Сейітқали",
    "Исп.: Ахметжан Д., +7 7172 61 24 09",
])
refusal("QG-01-4471.docx", "QG-01-4471.docx", "ru", "Расчеты себестоимости и тарифные калькуляции общества являются коммерческой тайной АО «НК «QazaqGaz» и не подлежат передаче третьим лицам",
        "commercial_secret", ["01105007"], Af2, sv(("01105007", "Выдача технических условий на подключение к газораспределительным системам")),
        ol("ЕКЦ-2026/2279", "2026-12-10", "О представлении дополнительной информации"), "record a lawful refusal (commercial secret)")

# f3 medical secret, Kazakh txt
Af3 = ag("«Павлодар облысының денсаулық сақтау басқармасы» ММ", "densaulyk@pavlodar.gov.kz", "990240011472")
write_txt("жауап_ЕКЦ_2284.txt", """Бірыңғай байланыс орталығына

2026 жылғы 11 желтоқсандағы № ЕКЦ-2026/2284 сұрауыңызды қарап, басқарма мынаны хабарлайды.

«Дәрігерлік-консультациялық комиссияның қорытындысын беру» (№ 01003021) мемлекеттік көрсетілетін қызметі бойынша нақты услугаалушылардың қорытындылары туралы мәліметтерді беру мүмкін емес, себебі бұл мәліметтер «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Кодекске сәйкес дәрігерлік құпияны құрайды.

Басшының орынбасары                                  Г. Сұлтанова
""".replace("услугаалушылардың", "көрсетілетін қызметті алушылардың"))
refusal("жауап_ЕКЦ_2284.txt", "жауап_ЕКЦ_2284.txt", "kk", "бұл мәліметтер «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Кодекске сәйкес дәрігерлік құпияны құрайды",
        "protected_secret", ["01003021"], Af3, sv(("01003021", "Дәрігерлік-консультациялық комиссияның қорытындысын беру")),
        ol("ЕКЦ-2026/2284", "2026-12-11", "Қосымша ақпарат беру туралы"), "record a lawful refusal (medical secret, Kazakh)")

# f4 not competent, HTML mail
Af4 = ag("ГУ «Управление сельского хозяйства Северо-Казахстанской области»", "agro@sko.gov.kz", "990140006613")
build_eml("Re_ EKC-2026-2242.eml", "Управление СХ СКО <agro@sko.gov.kz>", EKC, "Re: Запрос ЕКЦ-2026/2242", "Wed, 09 Dec 2026 17:01:44 +0600",
          html="""<div>Добрый день.</div><div>По запросу № ЕКЦ-2026/2242 от 01.12.2026 поясняем: государственная услуга «Выдача лицензии на экспорт и импорт пестицидов» (00909011) не входит в компетенцию управления сельского хозяйства области, ее оказывает Комитет государственной инспекции в агропромышленном комплексе Министерства сельского хозяйства РК. Просим перенаправить запрос по принадлежности.</div>
<div><br></div><div>С уважением,<br>отдел правового обеспечения<br>тел. 8 (7152) 46-20-11</div>
<div class="gmail_quote">01.12.2026, Единый контакт-центр &lt;info@ekc-gov.kz&gt; написал:<blockquote>Просим назначить ответственное лицо и представить информацию по форме приложения 1 по услуге 00909011.</blockquote></div>""")
refusal("Re_ EKC-2026-2242.eml", "body", "ru", "государственная услуга «Выдача лицензии на экспорт и импорт пестицидов» (00909011) не входит в компетенцию управления сельского хозяйства области",
        "not_competent", ["00909011"], Af4, sv(("00909011", "Выдача лицензии на экспорт и импорт пестицидов")),
        ol("ЕКЦ-2026/2242", "2026-12-01", "О представлении информации"), "record the refusal as not competent; redirect the request to the named committee", awaiting="appointment")

# f5 tax secret, DOCX letter
Af5 = ag("РГУ «Департамент государственных доходов по городу Алматы»", "dgd_almaty@kgd.gov.kz", "981140000987")
build_docx("ДГД_исх_27-11-5540.docx", [
    "ДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО ГОРОДУ АЛМАТЫ",
    "050000, г. Алматы, ул. Абылай хана, 93/95",
    "17.12.2026 № 27-11/5540",
    "Единый контакт-центр",
    "Департамент государственных доходов по городу Алматы, рассмотрев письмо ЕКЦ от 11.12.2026 № ЕКЦ-2026/2286 о представлении сведений о задолженности конкретных налогоплательщиков, обратившихся в ЕКЦ по государственной услуге 00101017, сообщает, что данные сведения относятся к налоговой тайне и в силу статьи 31 Налогового кодекса Республики Казахстан не могут быть представлены.",
    "Вместе с тем разъясняем, что услугополучатель может получить справку самостоятельно через портал «электронного правительства».",
    "Руководитель                                       С. Әлиев",
])
refusal("ДГД_исх_27-11-5540.docx", "ДГД_исх_27-11-5540.docx", "ru", "данные сведения относятся к налоговой тайне и в силу статьи 31 Налогового кодекса Республики Казахстан не могут быть представлены",
        "protected_secret", ["00101017"], Af5, sv(("00101017", "Выдача справки об отсутствии (наличии) налоговой задолженности")),
        ol("ЕКЦ-2026/2286", "2026-12-11", "О представлении дополнительной информации"), "record a lawful refusal (tax secret)")

# f6 other ground, terse cp1251 mail
Af6 = ag("ГУ «Отдел архитектуры и градостроительства города Экибастуз»", "arch@ekibastuz.gov.kz", "050840009911")
build_eml("msg-42231.eml", "arch@ekibastuz.gov.kz", "info@ekc-gov.kz", "по вашему запросу", "Thu, 17 Dec 2026 18:30:00 +0500",
          body="""Добрый вечер.
По запросу ЕКЦ-2026/2288 (статистика выданных АПЗ по месяцам за 2026 год, услуга 01201008) - отказываем, такая статистика в отделе не ведется, формировать ее вручную нет штатной возможности.
Порядок оказания услуги мы давали ранее.

Отдел архитектуры
""", charset="cp1251", label="utf-8", cte="base64")  # mislabelled: really windows-1251
refusal("msg-42231.eml", "body", "ru", "такая статистика в отделе не ведется, формировать ее вручную нет штатной возможности", "other", ["01201008"], Af6,
        sv(("01201008", "Выдача архитектурно-планировочного задания")), ol("ЕКЦ-2026/2288", "2026-12-14", "О представлении дополнительной информации"),
        "record the refusal; not a lawful ground, counts towards p.12 repeated-refusal check")

# f7 Kazakh not competent, PDF
Af7 = ag("«Ақтөбе облысының білім басқармасы» ММ", "bilim@aktobe-obl.gov.kz", "990340004418")
build_pdf("хат_04-2_3012.pdf", [
    ("b", "«АҚТӨБЕ ОБЛЫСЫНЫҢ БІЛІМ БАСҚАРМАСЫ» ММ"),
    "2026 жылғы 18 желтоқсан № 04-2/3012",
    "Бірыңғай байланыс орталығына",
    "Сіздің 2026 жылғы 14 желтоқсандағы № ЕКЦ-2026/2290 хатыңызға жауап ретінде хабарлаймыз: «Жоғары оқу орындарына түсу үшін білім гранттарын тағайындау» (№ 00503018) мемлекеттік көрсетілетін қызметі облыстық білім басқармасының құзыретіне жатпайды, оны Ғылым және жоғары білім министрлігі көрсетеді.",
    "Сондықтан сұралған ақпаратты ұсынуға мүмкіндігіміз жоқ.",
    "Басшы                                                Н. Ермекова",
])
refusal("хат_04-2_3012.pdf", "хат_04-2_3012.pdf", "kk", "мемлекеттік көрсетілетін қызметі облыстық білім басқармасының құзыретіне жатпайды, оны Ғылым және жоғары білім министрлігі көрсетеді",
        "not_competent", ["00503018"], Af7, sv(("00503018", "Жоғары оқу орындарына түсу үшін білім гранттарын тағайындау")),
        ol("ЕКЦ-2026/2290", "2026-12-14", "Ақпарат беру туралы"), "record the refusal as not competent (Kazakh)", awaiting="appointment")

# ================================================================ TRAINING PROTOCOLS (p.8)
def protocol(fname, part, lang, date, regs, agency, svcs, letter, effect):
    d = {"part": part, "kind": "training_protocol", "protocol_date": date, "services": [{"registry_number": r} for r in regs]}
    if lang:
        d["language"] = lang
    rec(fname, [d], agency, svcs, "protocol", letter, effect, True)

# p1 DOCX, Russian, signatures table
build_docx("Протокол_обучения_Улытау.docx", [
    ("b", "ПРОТОКОЛ № 14"),
    ("b", "принятия Единым контакт-центром государственной услуги для консультирования"),
    "г. Жезказган                                                  «18» декабря 2026 г.",
    "Присутствовали: от ГУ «Управление сельского хозяйства и земельных отношений области Ұлытау» — Жаксыбеков Н.Е., Омарова С.К.; от Единого контакт-центра — Ералиева Д.М., старший оператор; Калиев Т.С., супервайзер.",
    "Ответственные лица управления провели обучение сотрудников ЕКЦ по порядку оказания следующих государственных услуг:",
    ("t", [["№", "Номер в реестре", "Наименование"], ["1", "00907014", "Выдача ветеринарной справки на перемещение животных"], ["2", "00907022", "Субсидирование стоимости удобрений"]]),
    "Вопросы сотрудников ЕКЦ, направленные до обучения, рассмотрены. Услуги приняты Единым контакт-центром для консультирования услугополучателей.",
    ("t", [["От управления:", "От Единого контакт-центра:"], ["Руководитель управления\n__________ Б. Сейтказиев\n(подписано)", "Руководитель направления\n__________ А. Мусабаева\n(подписано)"]]),
])
protocol("Протокол_обучения_Улытау.docx", "Протокол_обучения_Улытау.docx", "ru", "2026-12-18", ["00907014", "00907022"], A1,
         sv(("00907014", "Выдача ветеринарной справки на перемещение животных"), ("00907022", "Субсидирование стоимости удобрений")),
         ol("ЕКЦ-2026/2302", "2026-12-16", "О подписании протокола"), "record the signed protocol; start consulting five working days later")

# p2 PDF, Kazakh
build_pdf("Хаттама_17.pdf", [
    ("b", "№ 17 ХАТТАМА"),
    ("b", "Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы"),
    "Астана қ.                                                                  2026 жылғы 22 желтоқсан",
    "Қазақстан Республикасы Ішкі істер министрлігі Көші-қон қызметі комитетінің жауапты тұлғасы Ә.Қ. Әбдірахманов Бірыңғай байланыс орталығының қызметкерлеріне 01507009 нөмірлі «Шетелдіктерге Қазақстан Республикасында тұруға ықтиярхат беру» мемлекеттік көрсетілетін қызметі бойынша оқыту өткізді.",
    "Оқыту нәтижесінде мемлекеттік көрсетілетін қызмет Бірыңғай байланыс орталығымен консультация беру үшін қабылданды.",
    ("t", [["Комитет атынан:", "ББО атынан:"], ["Басқарма басшысы\nҚолы қойылды   Д. Сейітов", "Бөлім басшысы\nҚолы қойылды   М. Оразбаева"]], [250, 250]),
])
protocol("Хаттама_17.pdf", "Хаттама_17.pdf", "kk", "2026-12-22", ["01507009"], A3, sv(("01507009", "Шетелдіктерге Қазақстан Республикасында тұруға ықтиярхат беру")),
         ol("ЕКЦ-2026/2310", "2026-12-18", "Хаттамага қол қою туралы"), "record the signed protocol (Kazakh PDF)")

# p3 mail with PDF protocol attached
pp3 = build_pdf("protokol_podpisannyi.pdf", [
    ("b", "ПРОТОКОЛ"),
    "принятия государственной услуги для консультирования Единым контакт-центром",
    "Дата: 21.12.2026",
    "Услуга: № 00908003 «Выдача ветеринарного паспорта на животное».",
    "Обучение проведено начальником отдела идентификации животных РГП «РЦВБ» Ким В.О. для 6 (шести) сотрудников ЕКЦ. Услуга принята для консультирования.",
    "Подписи: Генеральный директор РГП «РЦВБ» ______ М. Жанузаков;   Директор ЕКЦ ______ С. Абилов",
    "М.П.",
])
os.remove(p("protokol_podpisannyi.pdf"))
build_eml("RE_ protokol.eml", "Ким Виктория <v.kim@rcvb.kz>", EKC, "RE: протокол", "Mon, 21 Dec 2026 17:35:20 +0500",
          body="Коллеги, направляю подписанный с нашей стороны протокол (скан во вложении). Оригинал передадим нарочным.\n\nКим В.О.\nначальник отдела идентификации животных\nРГП «РЦВБ»\n\n> Направляем проект протокола для подписания.\n",
          atts=[("protokol_podpisannyi.pdf", pp3)], cte="qp")
protocol("RE_ protokol.eml", "protokol_podpisannyi.pdf", "ru", "2026-12-21", ["00908003"], A4, sv(("00908003", "Выдача ветеринарного паспорта на животное")),
         ol("ЕКЦ-2026/2305", "2026-12-17", "Проект протокола"), "record the signed protocol from the PDF attachment")

# p4 DOCX, bilingual protocol, services in text
build_docx("Хаттама-Протокол Қарқаралы.docx", [
    ("b", "ХАТТАМА / ПРОТОКОЛ № 3"),
    "Қарқаралы қ. / г. Каркаралинск                 2026 жылғы 23 желтоқсан / 23 декабря 2026 года",
    "Жер учаскесіне сәйкестендіру құжатын беру (00805006) мемлекеттік көрсетілетін қызметі бойынша ББО қызметкерлерін оқыту өткізілді. Қызмет консультация беру үшін қабылданды.",
    "Проведено обучение сотрудников ЕКЦ по государственной услуге 00805006 «Выдача идентификационного документа на земельный участок». Услуга принята для консультирования.",
    "Аудан әкімі аппаратының басшысы / Руководитель аппарата акима района  ________ Қ. Әміров",
    "ББО өкілі / Представитель ЕКЦ  ________ Г. Жунусова",
])
protocol("Хаттама-Протокол Қарқаралы.docx", "Хаттама-Протокол Қарқаралы.docx", None, "2026-12-23", ["00805006"], A7,
         sv(("00805006", "Жер учаскесіне сәйкестендіру құжатын беру")), None, "record the signed bilingual protocol")

# p5 txt, protocol text as retyped
write_txt("protokol_8.txt", """ПРОТОКОЛ № 8
принятия Единым контакт-центром государственных услуг для консультирования

Дата составления: 24.12.2026
Место: г. Шымкент, ул. Тауке хана, 5, каб. 214

Ответственное лицо ГУ «Управление занятости и социальных программ города Шымкент» Турсынбаев А.Ж. провел обучение ответственных сотрудников ЕКЦ по государственной услуге 00603027 «Назначение единовременной выплаты на погребение».
Вопросы, направленные ЕКЦ 20.12.2026, рассмотрены в ходе обучения.
РЕШИЛИ: принять государственную услугу 00603027 для консультирования.

Подписали:
Заместитель руководителя управления — /подпись/ Г. Бекмаханова
Руководитель группы ЕКЦ — /подпись/ Л. Сатыбалдиева
""")
protocol("protokol_8.txt", "protokol_8.txt", "ru", "2026-12-24", ["00603027"], A8, sv(("00603027", "Назначение единовременной выплаты на погребение")),
         None, "record the signed protocol (retyped text)")

# p6 DOCX Kazakh, 3 services in table, date in Kazakh long form
build_docx("хаттама_қол_қойылған.docx", [
    ("b", "ХАТТАМА"),
    "мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы",
    "Түркістан қ.                                                 2026 жылғы «28» желтоқсан",
    ("t", [["№", "Тізілімдегі нөмірі", "Атауы"], ["1", "00201041", "Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу"],
           ["2", "00201043", "Жылжымайтын мүліктің тіркелген құқықтары туралы анықтама беру"], ["3", "00201050", "Мекенжай анықтамасын беру"]]),
    "00201052 нөмірлі қызмет бойынша оқыту 2027 жылдың қаңтарына ауыстырылды.",
    "Филиал директоры  ________ (қолы) Т. Байбосынов            ББО өкілі ________ (қолы) А. Кенжеғұлова",
])
protocol("хаттама_қол_қойылған.docx", "хаттама_қол_қойылған.docx", "kk", "2026-12-28", ["00201041", "00201043", "00201050"], A13,
         sv(*[(r, n) for r, n, *_ in data13]), None, "record the protocol for three services; 00201052 stays awaiting training")

# ================================================================ NOT REPLIES (kind other)
def other(fname, part, agency, svcs, awaiting, letter, effect, lang=None, extra_docs=()):
    d = {"part": part, "kind": "other"}
    if lang:
        d["language"] = lang
    rec(fname, [d] + list(extra_docs), agency, svcs, awaiting, letter, effect, False)

# n1 question about our request
An1 = ag("ГУ «Управление ветеринарии Атырауской области»", "vet@atyrau.gov.kz", "990440001265")
build_eml("vopros po zaprosu.eml", "Есенова Камила <k.yessenova@atyrau.gov.kz>", "info@ekc-gov.kz", "вопрос по запросу ЕКЦ-2026/2271", "Wed, 09 Dec 2026 10:14:00 +0500",
          body="""Здравствуйте!
Получили ваш запрос № ЕКЦ-2026/2271, но в нем указана услуга 00908014, а у нас в реестре такой нет — может быть имелась в виду 00908041 («Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля»)? Уточните, пожалуйста, по какой услуге заполнять форму и назначать ответственного.
И еще: форму приложения 1 можно в Excel или только Word?

Есенова К., отдел ветеринарии
8 (7122) 27-30-44
""")
other("vopros po zaprosu.eml", "body", An1, sv(("00908014", "Выдача ветеринарно-санитарного заключения")), "appointment",
      ol("ЕКЦ-2026/2271", "2026-12-08", "О назначении ответственного лица"), "answer the agency's question; nothing changes in the case", lang="ru")

# n2 auto-reply out of office
An2 = ag("ГУ «Управление образования Костанайской области»", "bilim@kostanay.gov.kz", "990140004491")
build_eml("Автоответ_ Запрос ЕКЦ-2026-2275.eml", "Сейткали Бахытжан <b.seitkali@kostanay.gov.kz>", "info@ekc-gov.kz", "Автоответ: Запрос ЕКЦ-2026/2275", "Wed, 09 Dec 2026 09:00:03 +0600",
          body="Здравствуйте! Я нахожусь в ежегодном трудовом отпуске с 07.12.2026 по 28.12.2026. По срочным вопросам обращайтесь к Мустафиной Айгерим, a.mustafina@kostanay.gov.kz, 8 (7142) 53-44-10.\n\nСәлеметсіз бе! Мен 2026 жылғы 28 желтоқсанға дейін еңбек демалысындамын.\n",
          extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"})
other("Автоответ_ Запрос ЕКЦ-2026-2275.eml", "body", An2, sv(("00501040", "Выдача направлений в организации отдыха детей")), "appointment",
      ol("ЕКЦ-2026/2275", "2026-12-09", "О назначении ответственного лица"), "ignore the auto-reply; the appointment is still awaited (the deputy named is not an appointment)")

# n3 document-flow registration notice, bilingual
An3 = ag("ГУ «Аппарат акима Мангистауской области»", "akimat@mangystau.gov.kz", "990140001132")
build_eml("notification-88213.eml", "no-reply@edo.mangystau.gov.kz", "info@ekc-gov.kz", "Хатыңыз тіркелді / Ваше письмо зарегистрировано", "Thu, 10 Dec 2026 08:15:41 +0500",
          html="""<table width="600" style="font-family:Arial;font-size:12px"><tr><td style="background:#0b5394;color:#fff;padding:8px">Электрондық құжат айналымы жүйесі / Система электронного документооборота</td></tr>
<tr><td style="padding:8px">Сіздің хатыңыз 2026 жылғы 10 желтоқсанда № 4-12/88213 кіріс нөмірімен тіркелді.<br>Ваше письмо № ЕКЦ-2026/2276 от 09.12.2026 зарегистрировано за входящим № 4-12/88213 от 10.12.2026.<br>
Орындаушы / Исполнитель: отдел государственных услуг.<br><br><i>Бұл хат автоматты түрде жіберілді, жауап бермеңіз. Это письмо отправлено автоматически, не отвечайте на него.</i></td></tr></table>""",
          extra={"Auto-Submitted": "auto-generated"})
other("notification-88213.eml", "body", An3, sv(("00401020", "Выдача справки о регистрации по месту жительства")), "appointment",
      ol("ЕКЦ-2026/2276", "2026-12-09", "О назначении ответственного лица"), "note the incoming registration number only; keep awaiting the appointment")

# n4 letter copied to the centre: agency's letter to the Agency for civil service, DOCX attached
An4 = ag("ГУ «Управление здравоохранения области Абай»", "densaulyk@abay.gov.kz", "220740031190")
d4 = build_docx("Исх_09-1_5120.docx", [
    "Исх. № 09-1/5120 от 14.12.2026",
    "Департаменту Агентства Республики Казахстан по делам государственной службы по области Абай",
    "Копия: Единый контакт-центр (для сведения)",
    "На № 14-02/3307 от 03.12.2026",
    "Управление здравоохранения области Абай сообщает, что по результатам внутреннего контроля качества оказания государственных услуг за 11 месяцев 2026 года нарушений сроков оказания услуги «Запись на прием к врачу» не выявлено. Проведены разъяснительные мероприятия с персоналом медицинских организаций.",
    "Руководитель управления                            Е. Нурланов",
])
os.remove(p("Исх_09-1_5120.docx"))
build_eml("Копия_09-1_5120.eml", "densaulyk@abay.gov.kz", "adgs_abay@kyzmet.gov.kz", "Исх. 09-1/5120 о результатах внутреннего контроля", "Mon, 14 Dec 2026 16:40:00 +0500",
          body="Направляется ответ на Ваш запрос. Оригинал по СЭД.\n", cc="info@ekc-gov.kz", atts=[("Исх_09-1_5120.docx", d4)])
rec("Копия_09-1_5120.eml", [{"part": "body", "kind": "other"}, {"part": "Исх_09-1_5120.docx", "kind": "other", "language": "ru"}], An4,
    sv(("01002035", "Запись на прием к врачу")), "consulting", None, "file for information; a copy of a letter to another body, nothing to do in the case", False)

# n5 deadline extension request
An5 = ag("ГУ «Управление финансов Карагандинской области»", "finance@karaganda.gov.kz", "990240003318")
build_eml("Прошу продлить срок.eml", "finance@karaganda.gov.kz", "info@ekc-gov.kz", "О продлении срока представления информации", "Fri, 11 Dec 2026 11:11:11 +0500",
          body="""Единый контакт-центр

Ответственным лицом Вам ранее был сообщен Бейсембаев Н.Т. В связи с проводимой реорганизацией управления и утверждением новой редакции регламента просим продлить срок представления информации по форме приложения 1 по запросу № ЕКЦ-2026/2245 до 25 декабря 2026 года.

Заместитель руководителя                              О. Шевченко
""", cte="qp")
other("Прошу продлить срок.eml", "body", An5, sv(("00305004", "Регистрация договоров о государственных закупках")), "information",
      ol("ЕКЦ-2026/2245", "2026-12-02", "О представлении информации"), "note the requested extension; the information is still awaited", lang="ru")

# n6 internal forward sent to the centre by mistake
An6 = ag("ГУ «Управление по делам молодежи города Астаны»", "zhastar@astana.gov.kz", "180240017730")
build_eml("Fwd_ EKC-2026-2283.eml", "Нурланова Салтанат <s.nurlanova@astana.gov.kz>", "info@ekc-gov.kz, a.bekova@astana.gov.kz", "Fwd: ЕКЦ-2026/2283", "Fri, 11 Dec 2026 14:02:00 +0500",
          body="""Айгерим, на исполнение. Подготовьте ответ до пятницы, форму приложения 1 заполните по обеим услугам, ответственным ставьте себя.

С.Н.

---------- Forwarded message ---------
От: Единый контакт-центр <info@ekc-gov.kz>
Date: пт, 11 дек. 2026 г. в 09:40
Subject: ЕКЦ-2026/2283

Просим назначить ответственное лицо и представить информацию по услугам 01603001, 01603004.
""")
other("Fwd_ EKC-2026-2283.eml", "body", An6, sv(("01603001", "Включение в реестр молодежных организаций"), ("01603004", "Выдача направлений на молодежную практику")),
      "appointment", ol("ЕКЦ-2026/2283", "2026-12-11", "О назначении ответственного лица"),
      "ignore; an internal instruction copied to the centre, no person is formally named", lang="ru")

# n7 seminar invitation newsletter
An7 = ag("АО «Национальная компания «Қазақстан Ғарыш Сапары»", "info@gharysh.kz", "050540002281")
build_eml("Приглашение на семинар.eml", "Қазақстан Ғарыш Сапары <news@gharysh.kz>", "info@ekc-gov.kz", "Приглашение: семинар по геопорталу 22 декабря", "Tue, 15 Dec 2026 09:30:00 +0500",
          html="""<div style="max-width:640px;font-family:Verdana"><h2>Приглашаем на онлайн-семинар</h2><p>22 декабря 2026 года в 11:00 (по времени Астаны) состоится семинар «Геопортал Национальной инфраструктуры пространственных данных: новые сервисы».</p>
<p>Регистрация: <a href="https://gharysh.kz/seminar">gharysh.kz/seminar</a></p><p style="font-size:10px;color:#888">Вы получили это письмо, так как подписаны на рассылку. <a href="https://gharysh.kz/unsubscribe">Отписаться</a></p></div>""",
          extra={"List-Unsubscribe": "<https://gharysh.kz/unsubscribe>", "Precedence": "bulk"})
other("Приглашение на семинар.eml", "body", An7, [], "consulting", None, "ignore the newsletter", lang="ru")

# n8 cannot open attachment
An8 = ag("«Жамбыл облысының мәдениет басқармасы» ММ", "madeniet@zhambyl.gov.kz", "990240005527")
build_eml("Re_ ЕКЦ-2026-2278.eml", "madeniet@zhambyl.gov.kz", "info@ekc-gov.kz", "Re: ЕКЦ-2026/2278", "Thu, 10 Dec 2026 12:48:00 +0500",
          body="""Сәлеметсіз бе!
Сіз жіберген хаттың тіркемесі ашылмай тұр (файл бүлінген деп шығады). Қосымшаны (1-қосымша нысанын) қайта жіберуіңізді сұраймыз, болмаса docx форматында.

Рахмет,
Құжаттамалық қамтамасыз ету бөлімі
""")
other("Re_ ЕКЦ-2026-2278.eml", "body", An8, sv(("00704021", "Мәдени құндылықтарды уақытша әкетуге куәлік беру")), "appointment",
      ol("ЕКЦ-2026/2278", "2026-12-09", "Жауапты тұлғаны тағайындау туралы"), "resend the request's attachment; nothing changes in the case", lang="kk")

# n9 acknowledgment: sent to a department for execution
An9 = ag("ГУ «Управление промышленности и индустриально-инновационного развития Восточно-Казахстанской области»", "industry@vko.gov.kz", "990240007725")
build_eml("msg-42101.eml", "industry@vko.gov.kz", "info@ekc-gov.kz", "RE: ЕКЦ-2026/2280", "Mon, 14 Dec 2026 09:12:00 +0600",
          body="Добрый день! Ваш запрос получен и расписан на исполнение в отдел недропользования. Ответ будет направлен в установленные сроки.\nКанцелярия\n",
          charset="cp1251", label="koi8-r", cte="8bit")  # mislabelled: really windows-1251
other("msg-42101.eml", "body", An9, sv(("01106011", "Выдача разрешения на добычу общераспространенных полезных ископаемых")), "appointment",
      ol("ЕКЦ-2026/2280", "2026-12-10", "О назначении ответственного лица"), "note the acknowledgement; keep awaiting the appointment", lang="ru")

# n10 deferral of the appointment
An10 = ag("ГУ «Отдел строительства района Биржан сал»", "stroy_birzhansal@akmola.gov.kz", "040540008813")
write_txt("pismo_otdel_stroitelstva.txt", """Единому контакт-центру

На Ваш запрос № ЕКЦ-2026/2285 сообщаем, что в отделе в настоящее время идет кадровая реорганизация: штатная численность сокращена, должность главного специалиста вакантна. Ответственное лицо будет определено и сообщено дополнительно после утверждения нового штатного расписания (ориентировочно до 28.12.2026).

Руководитель отдела                               Е. Кожахметов
""")
other("pismo_otdel_stroitelstva.txt", "pismo_otdel_stroitelstva.txt", An10, sv(("01201015", "Выдача разрешения на производство строительно-монтажных работ")),
      "appointment", ol("ЕКЦ-2026/2285", "2026-12-11", "О назначении ответственного лица"), "note the promised date; the appointment is still awaited (not a refusal)", lang="ru")

# n11 training schedule proposal
build_eml("obuchenie 23.12.eml", "Бекенова Динара <d.bekenova@abay.gov.kz>", "info@ekc-gov.kz", "обучение по услугам 01002031, 01002035, 01002040", "Thu, 17 Dec 2026 15:03:00 +0500",
          body="""Добрый день!
Предлагаем провести обучение операторов ЕКЦ 23 декабря в 10:00 в формате ВКС (ссылку пришлем накануне). Если время неудобно — предложите свое. Вопросы операторов, если есть, направьте заранее на d.bekenova@abay.gov.kz.

Бекенова Д.С.
""")
other("obuchenie 23.12.eml", "body", A2, sv(("01002031", S2[0]["service_name"]), ("01002035", "Запись на прием к врачу"), ("01002040", "Вызов врача на дом")),
      "protocol", None, "agree the training date; the protocol is still awaited", lang="ru")

# n12 draft protocol (unsigned) sent for agreement
build_docx("ПРОЕКТ протокола КДС.docx", [
    ("b", "ПРОЕКТ"),
    ("b", "ПРОТОКОЛ № ___"),
    "принятия Единым контакт-центром государственных услуг для консультирования",
    "г. Астана                                              «___» __________ 2026 г.",
    "Ответственные лица Комитета по делам строительства и ЖКХ провели обучение сотрудников ЕКЦ по государственным услугам 01205001, 01205004.",
    "Услуги приняты для консультирования.",
    "От Комитета: ______________        От ЕКЦ: ______________",
    "(Просим согласовать текст; после согласования подпишем и направим скан.)",
])
other("ПРОЕКТ протокола КДС.docx", "ПРОЕКТ протокола КДС.docx", A12, sv(("01205001", S12[0]["service_name"]), ("01205004", S12[1]["service_name"])),
      "protocol", None, "review the draft; an unsigned, undated draft is not the protocol", lang="ru")

# n13 citizen complaint forwarded to the centre
An13 = ag("ГУ «Управление пассажирского транспорта и автомобильных дорог города Алматы»", "transport@almaty.gov.kz", "990540004478")
build_eml("Обращение гражданина.eml", "transport@almaty.gov.kz", "info@ekc-gov.kz", "FW: обращение № ЖТ-2026-77421", "Fri, 18 Dec 2026 10:20:00 +0500",
          body="""Для сведения ЕКЦ.

-----Original Message-----
From: portal eOtinish
Subject: обращение № ЖТ-2026-77421

Здравствуйте. Звонил в контакт-центр 1414, мне сказали что разрешение на такси выдают за 3 дня, а в управлении сказали 5 рабочих дней. Кто прав? Прошу разобраться. Жумабеков Е.
""")
other("Обращение гражданина.eml", "body", An13, sv(("01302031", "Выдача разрешения на осуществление деятельности такси")), "consulting", None,
      "pass to quality control; a citizen's complaint, not an answer to the centre's request", lang="ru")

# n14 misaddressed: staffing table meant for another body
An14 = ag("ГУ «Управление сельского хозяйства Жамбылской области»", "agro@zhambyl.gov.kz", "990140008833")
x14 = build_xlsx("штатная_численность_2027.xlsx", [("Свод", [
    ["Сведения о штатной численности на 2027 год"], ["Отдел", "Штат", "Факт", "Вакансии"],
    ["Отдел растениеводства", 8, 7, 1], ["Отдел животноводства", 6, 6, 0], ["Отдел субсидирования", 9, 7, 2], ["Итого", 23, 20, 3]])],
    widths=[30, 10, 10, 10])
os.remove(p("штатная_численность_2027.xlsx"))
build_eml("Сведения_штат.eml", "agro@zhambyl.gov.kz", "info@ekc-gov.kz", "сведения по штатной численности", "Mon, 21 Dec 2026 17:50:00 +0500",
          body="Направляем сведения по штатной численности на 2027 год согласно вашему письму от 15.12.2026.\nУправление сельского хозяйства\n", atts=[("штатная_численность_2027.xlsx", x14)])
rec("Сведения_штат.eml", [{"part": "body", "kind": "other"}, {"part": "штатная_численность_2027.xlsx", "kind": "other"}], An14,
    sv(("00907040", "Субсидирование развития племенного животноводства")), "consulting", None,
    "misaddressed: staffing data meant for another body; return to sender", False)

# n15 bounce of our letter
build_eml("Undeliverable_ EKC-2026-2291.eml", "MAILER-DAEMON@mx.ekc-gov.kz", "info@ekc-gov.kz", "Undelivered Mail Returned to Sender", "Tue, 15 Dec 2026 10:00:05 +0500",
          body="""This is the mail system at host mx.ekc-gov.kz.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<kanc@zhetysu-dsm.gov.kz>: host mx.zhetysu-dsm.gov.kz[10.14.2.8] said: 550 5.1.1 User unknown

Subject: ЕКЦ-2026/2291 О назначении ответственного лица
""", extra={"Auto-Submitted": "auto-replied"})
other("Undeliverable_ EKC-2026-2291.eml", "body", ag("ГУ «Управление здравоохранения области Жетісу»", "kanc@zhetysu-dsm.gov.kz", "221040027712"),
      sv(("01002031", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")), "appointment",
      ol("ЕКЦ-2026/2291", "2026-12-15", "О назначении ответственного лица"), "our request did not reach the agency; resend to a correct address")

# n16 Kazakh question about filling column 6
build_eml("сұрақ_6_баған.eml", "Төлеуова Сәуле <s.toleuova@karkaraly.kz>", "info@ekc-gov.kz", "1-қосымша бойынша сұрақ", "Mon, 07 Dec 2026 16:00:00 +0500",
          body="""Қайырлы күн!
1-қосымшаның 6-бағанын («НҚА өзгерістері») өзгеріс болмаса толтыру керек пе, әлде сызықша қоя беруге бола ма? Және 4-бағанда стандарттың толық атауын жазу керек пе?
Жауабыңызды күтеміз.

Төлеуова С.М.
""")
other("сұрақ_6_баған.eml", "body", A7, sv(("00805006", "Жер учаскесіне сәйкестендіру құжатын беру")), "information",
      ol("ЕКЦ-2026/2238", "2026-12-01", "Мемлекеттік қызмет туралы ақпарат сұрау"), "answer the question; the Appendix 1 form is still awaited", lang="kk")
