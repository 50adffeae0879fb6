#!/usr/bin/env python3
"""askar's held-out corpus (round 3d): look-alike non-replies (kind `other`) and oddly written
genuine replies. Run with a venv holding python-docx, openpyxl, reportlab:
    /tmp/cv-askar/bin/python make.py
Every letter's text below is written by hand; only the file plumbing is shared."""
import io, json, os, datetime, zlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import formataddr, format_datetime
from email import encoders
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
MANIFEST = []

def P(name):
    return os.path.join(OUT, name)

def key(name, docs, exit=0):
    with open(P(name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit, "documents": docs}, f, ensure_ascii=False, indent=2)

def ctx(name, agency, services, awaiting, our_letter, effect, is_reply):
    with open(P(name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump({"agency": agency, "services": [{"registry_number": r, "name": n} for r, n in services],
                   "awaiting": awaiting, "our_letter": our_letter, "expected_effect": effect,
                   "is_reply": is_reply}, f, ensure_ascii=False, indent=2)

def L(number, date, subject):
    return {"number": number, "date": date, "subject": subject}

def man(name, kind, lang, fmt, hard):
    MANIFEST.append(f"| `{name}` | {kind} | {lang} | {fmt} | {hard} |")

def other(*parts, lang=None):
    """key entries of kind other; parts may be (part, lang) tuples"""
    out = []
    for p in parts:
        if isinstance(p, tuple):
            d = {"part": p[0], "kind": "other"}
            if p[1]:
                d["language"] = p[1]
        else:
            d = {"part": p, "kind": "other"}
            if lang:
                d["language"] = lang
        out.append(d)
    return out

# ---------------------------------------------------------------- agencies (invented)
A_MINJUST = {"name": "Министерство юстиции Республики Казахстан", "email": "kanc@adilet-minjust.gov.kz", "bin": "970240000316"}
A_KARAGANDA_ZEM = {"name": "Управление земельных отношений Карагандинской области", "email": "zemkrg@karaganda-zem.gov.kz", "bin": "050340012277"}
A_SKO_AKIMAT = {"name": "Акимат Северо-Казахстанской области", "email": "kense@sko-akimat.gov.kz", "bin": "990140001845"}
A_KOMTRANS = {"name": "Комитет транспорта Министерства транспорта Республики Казахстан", "email": "kt@transport-komitet.gov.kz", "bin": "160540019932"}
A_ZHAMBYL_EDU = {"name": "Управление образования акимата Жамбылской области", "email": "bilim@zhambyl-bilim.gov.kz", "bin": "021140003356"}
A_MINECOLOGY = {"name": "Министерство экологии и природных ресурсов Республики Казахстан", "email": "info@ecogeo-min.gov.kz", "bin": "190740025116"}
A_TURKESTAN_HEALTH = {"name": "Управление здравоохранения Туркестанской области", "email": "densaulyk@turkistan-dz.gov.kz", "bin": "180940020143"}
A_ALMATY_ARCH = {"name": "Управление городского планирования и урбанистики города Алматы", "email": "sulet@almaty-urban.gov.kz", "bin": "191040031220"}
A_KGD = {"name": "Департамент государственных доходов по Павлодарской области", "email": "pvl_kanc@kgd-pvl.gov.kz", "bin": "080740014481"}
A_KOSTANAY_VET = {"name": "Управление ветеринарии акимата Костанайской области", "email": "vet@kst-vetupr.gov.kz", "bin": "140240027701"}
A_MINTRUD = {"name": "Министерство труда и социальной защиты населения Республики Казахстан", "email": "kense@enbek-mintrud.gov.kz", "bin": "990340006201"}
A_MANGYSTAU_ZHKH = {"name": "Управление энергетики и жилищно-коммунального хозяйства Мангистауской области", "email": "energy@mang-zhkh.gov.kz", "bin": "060940008815"}
A_ABAY_CULT = {"name": "Управление культуры, архивов и документации области Абай", "email": "madeniet@abai-madeniet.gov.kz", "bin": "220840015509"}
A_AKTOBE_AKIMAT_R = {"name": "Аппарат акима Хромтауского района Актюбинской области", "email": "hromtau_akimat@aktobe-hr.gov.kz", "bin": "010240005532"}
A_MINAGRO = {"name": "Министерство сельского хозяйства Республики Казахстан", "email": "mgov@agri-minselhoz.gov.kz", "bin": "990640002207"}
A_KOMGEO = {"name": "Комитет геологии Министерства промышленности и строительства Республики Казахстан", "email": "geology@komgeo-mps.gov.kz", "bin": "230340012998"}
A_ASTANA_ZAGS = {"name": "Управление регистрации актов гражданского состояния города Астаны", "email": "akhaz@astana-akhaz.gov.kz", "bin": "051240009970"}
A_ULYTAU_AKIMAT = {"name": "Аппарат акима области Ұлытау", "email": "ulytau_kense@ulytau-akimat.gov.kz", "bin": "220740011243"}
A_MINCIFR = {"name": "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "email": "kanc@mdai-cifra.gov.kz", "bin": "190240030014"}
A_ZKO_PRED = {"name": "Управление предпринимательства и индустриально-инновационного развития Западно-Казахстанской области", "email": "biznes@zko-kasipker.gov.kz", "bin": "141040011158"}

EKC = "info@ekc.gov.kz"
EKC_NAME = "Единый контакт-центр"

# ---------------------------------------------------------------- builders
def b_docx(blocks, landscape_=False):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    if landscape_:
        from docx.enum.section import WD_ORIENT
        s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "c":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b[0] == "r":
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b[0] == "b":
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
        elif b[0] == "br":
            d.add_page_break()
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()

def b_pdf(blocks, landscape_=False, size=10):
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if landscape_ else A4,
                            leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    n = ParagraphStyle("n", fontName="DV", fontSize=size, leading=size * 1.35)
    c = ParagraphStyle("c", parent=n, alignment=1, fontName="DVB")
    r = ParagraphStyle("r", parent=n, alignment=2)
    cell = ParagraphStyle("cell", parent=n, fontSize=size - 2, leading=(size - 2) * 1.3)
    story = []
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(esc(b), n)); story.append(Spacer(1, 4))
        elif b[0] == "c":
            story.append(Paragraph(esc(b[1]), c)); story.append(Spacer(1, 4))
        elif b[0] == "r":
            story.append(Paragraph(esc(b[1]), r)); story.append(Spacer(1, 4))
        elif b[0] == "t":
            rows = [[Paragraph(esc(v), cell) for v in row] for row in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t); story.append(Spacer(1, 8))
    doc.build(story)
    return bio.getvalue()

def b_xlsx(sheets):
    wb = openpyxl.Workbook(); first = True
    for title, rows, widths in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for row in rows:
            ws.append(row)
        for i, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()

def save(name, data):
    with open(P(name), "wb") as f:
        f.write(data)

def txt(name, text, enc="utf-8"):
    save(name, text.encode(enc))

def dt(s):
    # "2027-01-14 09:12 +0500" -> RFC date
    return format_datetime(datetime.datetime.strptime(s, "%Y-%m-%d %H:%M %z"))

def addr(name, email):
    return formataddr((str(Header(name, "utf-8")), email)) if name else email

def eml(name, frm, to, subject, date, text=None, html=None, charset="utf-8", atts=(), cc=None,
        headers=None, msgid=None, in_reply_to=None, mixed_type="mixed"):
    """text/html bodies; atts: (filename, bytes, 'type/subtype')"""
    if text is not None and html is not None:
        body = MIMEMultipart("alternative")
        body.attach(MIMEText(text, "plain", charset))
        body.attach(MIMEText(html, "html", charset))
    elif html is not None:
        body = MIMEText(html, "html", charset)
    else:
        body = MIMEText(text, "plain", charset)
    if atts:
        m = MIMEMultipart(mixed_type)
        m.attach(body)
        for fn, data, ctype in atts:
            mt, st = ctype.split("/")
            part = MIMEBase(mt, st)
            part.set_payload(data)
            if mt == "text":
                encoders.encode_base64(part)
            else:
                encoders.encode_base64(part)
            if all(ord(ch) < 128 for ch in fn):
                part.add_header("Content-Disposition", "attachment", filename=fn)
                part.set_param("name", fn)
            else:
                part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
                part.set_param("name", str(Header(fn, "utf-8")))
            m.attach(part)
    else:
        m = body
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = str(Header(subject, "utf-8")) if any(ord(c) > 127 for c in subject) else subject
    m["Date"] = dt(date)
    m["Message-ID"] = msgid or f"<{zlib.crc32(name.encode())}.{name.split('.')[0]}@mail.gov.kz>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    save(name, m.as_bytes())
    return m

# ====================================================================== OTHER (look-alikes)

# o01 — minutes of a working group that mention the contact centre and training
n = "o01-rabochaya-gruppa-protokol.docx"
save(n, b_docx([
    ("c", "ПРОТОКОЛ № 3"),
    ("c", "заседания рабочей группы по повышению качества оказания государственных услуг\nУправления земельных отношений Карагандинской области"),
    "г. Караганда                                                                                   18 января 2027 года",
    "Председательствовал: заместитель руководителя Управления Жакупов Б.Т.",
    "Присутствовали: Ким О.В., Сагындыкова А.М., Рахимжанов Д.Е., Гончаренко Л.П., представитель НАО «Правительство для граждан» Абилова Ж.К. (по согласованию).",
    ("b", "Повестка дня:"),
    "1. О результатах внутреннего контроля за качеством оказания государственных услуг за IV квартал 2026 года.",
    "2. О взаимодействии с Единым контакт-центром по услугам № 01503004 «Выдача решения на изменение целевого назначения земельного участка» и № 01503011 «Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов».",
    "3. Разное.",
    ("b", "По первому вопросу"),
    "Слушали Ким О.В., которая сообщила, что за IV квартал 2026 года оказано 1 284 услуги, из них с нарушением сроков — 7. Основные причины: несвоевременное согласование с районными отделами архитектуры, технические сбои ИС «ГБД ЗК».",
    ("b", "По второму вопросу"),
    "Слушали Сагындыкову А.М. Единый контакт-центр письмом от 11 января 2027 года № ЕКЦ-2027/088 запросил сведения по форме приложения 1 к Правилам взаимодействия и проведение обучения его сотрудников. Ответ не направлен, ответственное лицо не определено.",
    ("b", "РЕШИЛИ:"),
    "1. Информацию принять к сведению.",
    "2. Отделу правового обеспечения и государственных услуг (Сагындыкова А.М.) в срок до 22 января 2027 года подготовить проект письма в Единый контакт-центр и внести на подпись руководителю кандидатуру ответственного лица.",
    "3. Рассмотреть возможность проведения обучения сотрудников Единого контакт-центра в феврале 2027 года в формате видеоконференции.",
    "4. Контроль за исполнением протокольного решения возложить на заместителя руководителя Жакупова Б.Т.",
    "",
    "Председатель                                               Б. Жакупов",
    "Секретарь                                                     Л. Гончаренко",
]))
key(n, other((n, "ru")))
ctx(n, A_KARAGANDA_ZEM, [("01503004", "Выдача решения на изменение целевого назначения земельного участка"),
    ("01503011", "Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов")],
    "appointment", L("ЕКЦ-2027/088", "2027-01-11", "Запрос о предоставлении информации о государственных услугах"),
    "none: internal minutes of the agency's working group, the answer is still to come", False)
man(n, "other", "ru", "docx", "titled ПРОТОКОЛ, names ЕКЦ, registry numbers, training and people; it only plans the answer")

# o02 — collegium minutes in Kazakh (PDF)
n = "o02-alqa-hattamasy.pdf"
save(n, b_pdf([
    ("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЕҢБЕК ЖӘНЕ ХАЛЫҚТЫ ӘЛЕУМЕТТІК ҚОРҒАУ МИНИСТРЛІГІ"),
    ("c", "АЛҚА ОТЫРЫСЫНЫҢ ХАТТАМАСЫ"),
    "Астана қаласы                                                             2027 жылғы 29 қаңтар № 1",
    "Төрағалық еткен: Вице-министр Нұрланұлы Асхат",
    "Қатысқандар: алқа мүшелері (тізім қоса беріледі), облыстардың жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармаларының басшылары.",
    "КҮН ТӘРТІБІ:",
    "1. 2026 жылы мемлекеттік көрсетілетін қызметтердің сапасын бағалау қорытындылары туралы.",
    "2. Мемлекеттік көрсетілетін қызметтер мәселелері жөніндегі Бірыңғай байланыс орталығымен өзара іс-қимыл туралы.",
    "Екінші мәселе бойынша Департамент директоры Сейітқали Ж.Б. баяндады: Бірыңғай байланыс орталығына 2026 жылы министрліктің 14 мемлекеттік қызметі бойынша 38 мыңнан астам қоңырау түскен, оның 212-сі шағым. 00801027, 00801031 нөмірлі қызметтер бойынша оқыту әлі өткізілмеген.",
    "АЛҚА ШЕШТІ:",
    "1. Ақпарат назарға алынсын.",
    "2. Мемлекеттік қызметтер департаменті (Сейітқали Ж.Б.) 2027 жылғы 1 наурызға дейін Бірыңғай байланыс орталығы қызметкерлерін оқытуды ұйымдастырсын және хаттамаға қол қоюды қамтамасыз етсін.",
    "3. Облыстық басқармалар жауапты тұлғалар туралы мәліметтерді өзектендірсін.",
    "Төраға                                                                       А. Нұрланұлы",
    "Хатшы                                                                          Г. Әбдірахманова",
]))
key(n, other((n, "kk")))
ctx(n, A_MINTRUD, [("00801027", "Назначение государственного социального пособия по инвалидности"),
    ("00801031", "Назначение специального государственного пособия")],
    "protocol", L("ЕКЦ-2027/019", "2027-01-06", "О проведении обучения и подписании протокола"),
    "none: collegium minutes only instruct the department to organise training", False)
man(n, "other", "kk", "pdf", "Kazakh ХАТТАМАСЫ (minutes) with date, number, registry numbers and 'оқыту'/'хаттама' — not the training protocol")

# o03 — draft protocol sent for comments (eml + docx with ПРОЕКТ, unsigned)
n = "o03-proekt-protokola-na-soglasovanie.eml"
att = b_docx([
    ("r", "ПРОЕКТ"),
    ("c", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственной услуги для консультирования"),
    "г. Астана                                                                          «___» февраля 2027 г.",
    "Мы, нижеподписавшиеся, представитель Комитета транспорта Министерства транспорта Республики Казахстан ____________________ и представитель Единого контакт-центра ____________________, составили настоящий протокол о том, что ответственные сотрудники Единого контакт-центра прошли обучение по вопросам оказания следующих государственных услуг:",
    ("t", [["№", "№ услуги в реестре", "Наименование"],
           ["1", "00302019", "Выдача удостоверения на право управления самоходным маломерным судном"],
           ["2", "00302024", "Государственная регистрация судна в Государственном судовом реестре"]]),
    "Государственные услуги принимаются для консультирования с «___» ________ 2027 г.",
    "От Комитета: _______________ (Ф.И.О., подпись)",
    "От ЕКЦ: _______________ (Ф.И.О., подпись)",
])
eml(n, addr("Оспанова Мадина", "m.ospanova@transport-komitet.gov.kz"), EKC,
    "Проект протокола - на согласование", "2027-02-03 16:47 +0500",
    text="""Добрый день, коллеги!

Направляем проект протокола по итогам обучения (обучение запланировано на 10.02.2027).
Просим рассмотреть и направить замечания/предложения до 08.02, после чего подпишем в двух экземплярах.
Дату и ФИО подписантов впишем после согласования.

С уважением,
Оспанова Мадина
гл. эксперт Управления регистрации судов
Комитет транспорта МТ РК
8 (7172) 75-33-12
""", atts=[("proekt_protokola_EKC.docx", att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
key(n, other(("body", "ru"), ("proekt_protokola_EKC.docx", "ru")))
ctx(n, A_KOMTRANS, [("00302019", "Выдача удостоверения на право управления самоходным маломерным судном"),
    ("00302024", "Государственная регистрация судна в Государственном судовом реестре")],
    "protocol", L("ЕКЦ-2027/140", "2027-01-20", "О проведении обучения сотрудников ЕКЦ"),
    "none yet: draft for comments, training not held, nothing signed — answer with comments", False)
man(n, "other", "ru", "eml+docx", "attachment looks exactly like a training protocol with registry numbers, but marked ПРОЕКТ, blank date and signatures, training in the future")

# o04 — training schedule xlsx
n = "o04-grafik-obucheniya-2027.xlsx"
save(n, b_xlsx([("График", [
    ["", "", "УТВЕРЖДАЮ", "", ""],
    ["", "", "Руководитель Управления ветеринарии акимата Костанайской области", "", ""],
    ["", "", "_____________ Т. Бекмагамбетов", "", ""],
    [],
    ["График проведения обучения сотрудников Единого контакт-центра по государственным услугам Управления ветеринарии на I квартал 2027 года"],
    ["№", "Код услуги по реестру", "Наименование государственной услуги", "Дата обучения (план)", "Ответственный за проведение, контакты"],
    [1, "00602004", "Выдача ветеринарного паспорта на животное", "16.02.2027", "Мусина Айгерим Болатовна, главный специалист, 8 (7142) 53-18-40, a.musina@kst-vetupr.gov.kz"],
    [2, "00602013", "Выдача ветеринарной справки", "16.02.2027", "Мусина Айгерим Болатовна, главный специалист, 8 (7142) 53-18-40"],
    [3, "00602021", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля", "02.03.2027", "Тулегенов Ерлан, руководитель отдела, 8 (7142) 53-11-07"],
    [],
    ["Примечание: даты могут быть скорректированы по согласованию с ЕКЦ. Формат — ВКС (Zoom/TrueConf)."],
], [5, 14, 50, 16, 55])]))
key(n, other((n, "ru")))
ctx(n, A_KOSTANAY_VET, [("00602004", "Выдача ветеринарного паспорта на животное"), ("00602013", "Выдача ветеринарной справки"),
    ("00602021", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля")],
    "protocol", L("ЕКЦ-2027/201", "2027-01-25", "О сроках проведения обучения"),
    "note planned dates; no protocol yet", False)
man(n, "other", "ru", "xlsx", "table with registry numbers, names and persons with phones/e-mails — looks like Appendix 1 or a protocol, is a plan")

# o05 — invitation to training (Outlook HTML)
n = "o05-priglashenie-na-obuchenie.eml"
html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang=RU link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Уважаемые коллеги!<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Управление образования акимата Жамбылской области приглашает ответственных сотрудников Единого контакт-центра на обучающий семинар по государственным услугам:<o:p></o:p></p>
<ul><li>«Прием документов и зачисление детей в дошкольные организации» (№ 00401002);</li>
<li>«Выдача направления в дошкольную организацию» (№ 00401017).</li></ul>
<p class=MsoNormal><b>Дата и время:</b> 24 февраля 2027 г., 10:00 (время Астаны)<o:p></o:p></p>
<p class=MsoNormal><b>Место:</b> г. Тараз, ул. Толе би, 52, каб. 305, либо по ссылке TrueConf (будет направлена дополнительно)<o:p></o:p></p>
<p class=MsoNormal>Просим до 20 февраля подтвердить участие и сообщить ФИО участников.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='color:#1F3864'>С уважением,<br>Жаксылыкова Салтанат<br>методист отдела дошкольного образования<br>тел. 8 (7262) 43-57-90</span><o:p></o:p></p>
</div></body></html>"""
eml(n, addr("Жаксылыкова Салтанат Ерболовна", "s.zhaksylykova@zhambyl-bilim.gov.kz"), EKC,
    "Приглашение на обучающий семинар 24.02.2027", "2027-02-12 11:20 +0500", html=html, charset="windows-1251",
    headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Приглашение на обучающий семинар"})
key(n, other(("body", "ru")))
ctx(n, A_ZHAMBYL_EDU, [("00401002", "Прием документов и зачисление детей в дошкольные организации"),
    ("00401017", "Выдача направления в дошкольную организацию")],
    "protocol", L("ЕКЦ-2027/233", "2027-01-29", "О проведении обучения сотрудников ЕКЦ"),
    "confirm participation; the protocol comes after the seminar", False)
man(n, "other", "ru", "eml html-only windows-1251", "Outlook HTML invitation to the training with a named contact person and phone")

# o06 — legal-news digest (mass mailing)
n = "o06-obzor-zakonodatelstva.eml"
text = """ОБЗОР ИЗМЕНЕНИЙ ЗАКОНОДАТЕЛЬСТВА
Выпуск № 4 (212), 1-15 февраля 2027 года
Подготовлен Юридическим департаментом Министерства юстиции РК для государственных органов и подведомственных организаций

1. ГОСУДАРСТВЕННЫЕ УСЛУГИ
— Приказом Министра юстиции Республики Казахстан от 2 февраля 2027 года № 96 внесены изменения в приказ от 28 мая 2020 года № 66 «Об утверждении Правил оказания государственных услуг в сфере регистрации юридических лиц». Срок оказания услуги «Государственная регистрация юридических лиц» (реестровый № 01001002) сокращен до 1 рабочего дня.
— Утвержден новый Регламент по услуге «Апостилирование официальных документов» (№ 01008001), приказ от 9 февраля 2027 года № 112; вводится в действие по истечении 10 календарных дней после первого официального опубликования.

2. ГОССЛУЖБА
— Изменения в Типовые квалификационные требования к административным государственным должностям корпуса «Б».

3. СУДЕБНАЯ ПРАКТИКА
— Нормативное постановление Верховного Суда от 10 февраля 2027 года № 1.

Полные тексты — ИПС «Әділет» (adilet.zan.kz).

----
Вы получили это письмо, так как ваш адрес включен в рассылку Юридического департамента. Отписаться: digest-unsubscribe@adilet-minjust.gov.kz
"""
eml(n, addr("Рассылка ЮД МЮ РК", "digest@adilet-minjust.gov.kz"), addr("Подписчики рассылки", "digest-list@adilet-minjust.gov.kz"),
    "Обзор изменений законодательства № 4 (212)", "2027-02-16 08:00 +0500", text=text,
    headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:digest-unsubscribe@adilet-minjust.gov.kz>",
             "List-Id": "<digest.adilet-minjust.gov.kz>"})
key(n, other(("body", "ru")))
ctx(n, A_MINJUST, [("01001002", "Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств"),
    ("01008001", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов")],
    "consulting", None, "none: bulk newsletter; changes must come from the responsible person (p.6), at most a hint to ask", False)
man(n, "other", "ru", "eml text bulk", "newsletter naming new orders, registry numbers and changed terms — reads like a change notice")

# o07 — order appointing a new head of department
n = "o07-prikaz-naznachenie-rukovoditelya.docx"
save(n, b_docx([
    ("c", "АКИМАТ СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ\nАППАРАТ АКИМА"),
    ("c", "РАСПОРЯЖЕНИЕ"),
    "от 8 февраля 2027 года № 41-л                                                                 г. Петропавловск",
    ("b", "О назначении на должность"),
    "В соответствии с Законом Республики Казахстан «О государственной службе Республики Казахстан» и по итогам конкурса:",
    "1. Назначить Ахметова Ерлана Сериковича на должность руководителя отдела государственных услуг аппарата акима Северо-Казахстанской области с 9 февраля 2027 года с должностным окладом согласно штатному расписанию.",
    "2. Установить Ахметову Е.С. испытательный срок шесть месяцев.",
    "3. Отделу управления персоналом (Войтенко И.А.) ознакомить Ахметова Е.С. с настоящим распоряжением.",
    "Основание: протокол заседания конкурсной комиссии от 2 февраля 2027 года № 3, заявление Ахметова Е.С.",
    "",
    "Руководитель аппарата акима области                                   Д. Шаймерденов",
    "",
    "С распоряжением ознакомлен: ____________ Е. Ахметов «___» __________ 2027 г.",
]))
key(n, other((n, "ru")))
ctx(n, A_SKO_AKIMAT, [("00203009", "Выдача архивных справок")], "appointment",
    L("ЕКЦ-2027/171", "2027-01-22", "Запрос о назначении ответственного лица"),
    "none: personnel order on a head of department, not the appointment of the person responsible for the ЕКЦ", False)
man(n, "other", "ru", "docx", "'Назначить Ахметова Ерлана Сериковича' with a date while the centre awaits an appointment")

# o08 — order appointing a press secretary, Kazakh
n = "o08-buiryq-baspasoz-hatshysy.docx"
save(n, b_docx([
    ("c", "ҰЛЫТАУ ОБЛЫСЫ ӘКІМІНІҢ АППАРАТЫ"),
    ("c", "БҰЙРЫҚ"),
    "2027 жылғы 15 ақпан № 27-ж/қ                                                                     Жезқазған қаласы",
    ("b", "Баспасөз хатшысын тағайындау туралы"),
    "«Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасы Заңының 27-бабына сәйкес БҰЙЫРАМЫН:",
    "1. Мұхамеджанова Айжан Серікқызы 2027 жылғы 16 ақпаннан бастап облыс әкімінің баспасөз хатшысы лауазымына тағайындалсын.",
    "2. Бұқаралық ақпарат құралдарымен, әлеуметтік желілермен және азаматтардың ақпараттық сұрау салуларымен жұмыс Мұхамеджанова А.С.-ға жүктелсін (тел. 8 (7102) 77-40-15).",
    "3. Осы бұйрықтың орындалуын бақылау аппарат басшысының орынбасары Б. Төлеубаевқа жүктелсін.",
    "Негіз: Мұхамеджанова А.С.-ның өтініші.",
    "",
    "Аппарат басшысы                                                                   Н. Әлімжанов",
]))
key(n, other((n, "kk")))
ctx(n, A_ULYTAU_AKIMAT, [("00203009", "Выдача архивных справок"), ("01101003", "Выдача справки о наличии личного подсобного хозяйства")],
    "appointment", L("ЕКЦ-2027/244", "2027-02-01", "Запрос о назначении ответственного лица и представлении информации"),
    "none: order on a press secretary", False)
man(n, "other", "kk", "docx", "Kazakh order 'тағайындалсын' with a name, date and phone, while an appointment is awaited")

# o09 — order on the person responsible for archives (PDF)
n = "o09-prikaz-otvetstvennyi-za-arhiv.pdf"
save(n, b_pdf([
    ("c", "ДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО ПАВЛОДАРСКОЙ ОБЛАСТИ\nКОМИТЕТА ГОСУДАРСТВЕННЫХ ДОХОДОВ МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН"),
    ("c", "ПРИКАЗ"),
    "10 февраля 2027 года                                    № 118-ОД                                    г. Павлодар",
    ("c", "Об определении ответственного лица за ведомственный архив"),
    "В соответствии с Правилами комплектования, хранения, учета и использования документов Национального архивного фонда и других архивных документов ведомственными и частными архивами ПРИКАЗЫВАЮ:",
    "1. Определить ответственным за ведомственный архив Департамента главного специалиста отдела документационного обеспечения Нургалиеву Карлыгаш Амангельдиновну (вн. тел. 2-14, e-mail: k.nurgalieva@kgd-pvl.gov.kz).",
    "2. Признать утратившим силу приказ Департамента от 5 мая 2025 года № 301-ОД «Об определении ответственного лица за ведомственный архив», которым ответственным был определен Сергеев А.В.",
    "3. Контроль за исполнением настоящего приказа возложить на заместителя руководителя Департамента Исмаилова Р.К.",
    "4. Приказ вступает в силу со дня подписания.",
    "",
    "Руководитель Департамента                                                         М. Оразбаев",
]))
key(n, other((n, "ru")))
ctx(n, A_KGD, [("00101019", "Постановка на регистрационный учет налогоплательщиков")],
    "appointment", L("ЕКЦ-2027/205", "2027-01-26", "Запрос о назначении ответственного лица"),
    "none: order on the departmental archive (new and former person named, but not for ЕКЦ correspondence)", False)
man(n, "other", "ru", "pdf", "new responsible person + former one + contacts, but responsibility is the archive")

# o10 — order on the person responsible for the hotline (eml, koi8-r, PDF attachment)
n = "o10-goryachaya-liniya-prikaz.eml"
att = b_pdf([
    ("c", "УПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ ТУРКЕСТАНСКОЙ ОБЛАСТИ"),
    ("c", "ПРИКАЗ № 74-нқ от 1 февраля 2027 года"),
    ("c", "Об организации работы телефона доверия («горячей линии»)"),
    "В целях оперативного рассмотрения обращений граждан по вопросам оказания медицинской помощи ПРИКАЗЫВАЮ:",
    "1. Назначить ответственным за работу телефона доверия («горячей линии») 8 (7253) 30-11-03 ведущего специалиста отдела по работе с обращениями Турсынбаеву Гульнару Маратовну.",
    "2. Турсынбаевой Г.М. ежедневно вести журнал обращений, поступивших на телефон доверия, и еженедельно представлять свод заместителю руководителя.",
    "3. На период отсутствия Турсынбаевой Г.М. обязанности возложить на Абдуллаева Нурсултана Бахтиёровича.",
    "4. Контроль оставляю за собой.",
    "Руководитель                                                            А. Сарсенбаев",
])
eml(n, addr("Приемная УЗ ТО", "densaulyk@turkistan-dz.gov.kz"), EKC,
    "Приказ об ответственном лице", "2027-02-02 10:05 +0500",
    text="""Единому контакт-центру

Направляется для сведения приказ Управления от 01.02.2027 N 74-нк об ответственном за телефон доверия.
Просим при переадресации звонков граждан по жалобам на качество медицинской помощи использовать номер 8 (7253) 30-11-03.

Канцелярия Управления здравоохранения Туркестанской области
""", charset="koi8-r", atts=[("prikaz_74.pdf", att, "application/pdf")])
key(n, other(("body", "ru"), ("prikaz_74.pdf", "ru")))
ctx(n, A_TURKESTAN_HEALTH, [("01002005", "Выдача справки с медицинской организации, оказывающей первичную медико-санитарную помощь")],
    "appointment", L("ЕКЦ-2027/098", "2027-01-12", "Запрос о назначении ответственного лица"),
    "note the hotline number for redirection; the appointment for ЕКЦ is still awaited", False)
man(n, "other", "ru", "eml koi8-r + pdf", "subject 'Приказ об ответственном лице', 'Назначить ответственным' — for the hotline, not ЕКЦ")

# o11 — order on the person responsible for internal control (txt)
n = "o11-vnutrennii-kontrol.txt"
txt(n, """Управление энергетики и жилищно-коммунального хозяйства Мангистауской области

ПРИКАЗ
г. Актау                                                    № 19-п от 26 января 2027 г.

Об определении ответственных лиц за осуществление внутреннего контроля за качеством оказания государственных услуг

В соответствии с подпунктом 3) статьи 10 Закона Республики Казахстан «О государственных услугах» ПРИКАЗЫВАЮ:

1. Определить ответственным за осуществление внутреннего контроля за качеством оказания государственных услуг главного специалиста юридического отдела Калиеву Асель Нурлановну.
2. Калиевой А.Н. ежеквартально, до 10 числа месяца, следующего за отчетным, представлять руководителю результаты внутреннего контроля по услугам № 00504002 «Выдача технических условий на подключение к сетям теплоснабжения» и № 00504007 «Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда».
3. Приказ от 14.03.2025 № 33-п признать утратившим силу.
4. Контроль за исполнением приказа оставляю за собой.

Руководитель управления                              К. Утемисов

Ознакомлена: А. Калиева 26.01.2027
""")
key(n, other((n, "ru")))
ctx(n, A_MANGYSTAU_ZHKH, [("00504002", "Выдача технических условий на подключение к сетям теплоснабжения"),
    ("00504007", "Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда")],
    "appointment", L("ЕКЦ-2027/121", "2027-01-15", "Запрос о представлении информации и назначении ответственного лица"),
    "none: internal-control responsibility, not the ЕКЦ responsible person", False)
man(n, "other", "ru", "txt", "'Определить ответственным … по услугам №…' about internal quality control of the same services")

# o12 — a letter promising the answer later
n = "o12-otvet-budet-napravlen-dopolnitelno.eml"
eml(n, addr("Канцелярия Министерства экологии", "info@ecogeo-min.gov.kz"), EKC,
    "О рассмотрении запроса ЕКЦ-2027/310", "2027-02-19 17:31 +0500",
    text="""Исх. № 04-2-14/1187 от 19.02.2027

Единый контакт-центр

На № ЕКЦ-2027/310 от 12.02.2027

Министерство экологии и природных ресурсов Республики Казахстан, рассмотрев Ваш запрос о представлении дополнительной информации по государственной услуге «Выдача разрешения на специальное водопользование» (№ 01302001), сообщает следующее.

В настоящее время в Министерстве проводится работа по актуализации Правил оказания указанной государственной услуги в связи с переходом на проактивный формат. Запрашиваемая информация будет направлена в Ваш адрес дополнительно, после завершения процедуры согласования с заинтересованными государственными органами, ориентировочно до 15 марта 2027 года.

Вице-министр                                         Т. Жанбырбаев

Исп. Досмухамбетова Л., тел. 74-08-52
""")
key(n, other(("body", "ru")))
ctx(n, A_MINECOLOGY, [("01302001", "Выдача разрешения на специальное водопользование")],
    "additional_answer", L("ЕКЦ-2027/310", "2027-02-12", "Запрос о представлении дополнительной информации"),
    "note the promised date (15.03.2027) and keep waiting", False)
man(n, "other", "ru", "eml text", "formal reply on our exact number; promises the answer later; an executor line with a phone")

# o13 — request for more time, Kazakh-Russian
n = "o13-merzimdi-uzartu.eml"
eml(n, addr("Хромтау ауданы әкімінің аппараты", "hromtau_akimat@aktobe-hr.gov.kz"), EKC,
    "Мерзімді ұзарту туралы / О продлении срока", "2027-01-28 12:02 +0500",
    text="""Бірыңғай байланыс орталығына

2027 жылғы 21 қаңтардағы № ЕКЦ-2027/160 хатыңызға

Хромтау ауданы әкімінің аппараты Сіздің жауапты тұлғаны тағайындау және 1-қосымша бойынша ақпарат ұсыну туралы сұрау салуыңызды қарап, мынаны хабарлайды.

Аппараттың мемлекеттік қызметтер бөлімінің басшысы лауазымы қазіргі уақытта бос, конкурс 2027 жылғы 10 ақпанда аяқталады. Осыған байланысты жауап беру мерзімін 2027 жылғы 17 ақпанға дейін ұзартуды сұраймыз.

---
Просим продлить срок представления ответа на Ваш запрос № ЕКЦ-2027/160 до 17 февраля 2027 года в связи с вакантностью должности руководителя отдела государственных услуг.

Аппарат басшысы / Руководитель аппарата                С. Жұмағұлов
Орынд. / Исп.: Иманғалиева Д., 8 (71336) 2-14-09
""")
key(n, other(("body", None)))
ctx(n, A_AKTOBE_AKIMAT_R, [("00203009", "Выдача архивных справок"), ("01101003", "Выдача справки о наличии личного подсобного хозяйства")],
    "appointment", L("ЕКЦ-2027/160", "2027-01-21", "Запрос о назначении ответственного лица и представлении информации"),
    "extend the waiting term to 2027-02-17", False)
man(n, "other", "kk+ru", "eml text", "bilingual official reply on our number, asks for more time; an executor with phone looks like an appointee")

# o14 — Outlook auto-reply: on vacation, naming a deputy
n = "o14-avtootvet-otpusk.eml"
eml(n, addr("Байжанова Асем Куатовна", "a.baizhanova@almaty-urban.gov.kz"), EKC,
    "Автоматический ответ: Запрос о представлении информации (ЕКЦ-2027/277)", "2027-02-08 09:00 +0500",
    text="""Здравствуйте!

Я нахожусь в ежегодном трудовом отпуске с 8 по 28 февраля 2027 года.
По вопросам государственных услуг в сфере архитектуры и градостроительства (в т.ч. взаимодействие с Единым контакт-центром) прошу обращаться к Сулейменову Данияру Аскаровичу, главному специалисту отдела, тел. +7 (727) 271-64-20, d.suleimenov@almaty-urban.gov.kz.

Сәлеметсіз бе! Мен 2027 жылғы 8-28 ақпан аралығында еңбек демалысындамын.
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "a.baizhanova@almaty-urban.gov.kz"})
key(n, other(("body", None)))
ctx(n, A_ALMATY_ARCH, [("00502011", "Выдача архитектурно-планировочного задания"),
    ("00502024", "Выдача разрешения на производство строительно-монтажных работ")],
    "appointment", L("ЕКЦ-2027/277", "2027-02-08", "Запрос о представлении информации"),
    "none: auto-reply; a deputy is named but no appointment is made", False)
man(n, "other", "ru+kk", "eml auto-reply", "auto-reply names a substitute with phone and e-mail 'по вопросам … взаимодействие с ЕКЦ'")

# o15 — e-document system auto-acknowledgement, Kazakh+Russian, HTML
n = "o15-avtomaticheskoe-uvedomlenie-kk.eml"
html = """<html><body style="font-family:Arial;font-size:13px">
<table width="600" cellpadding="8" style="border:1px solid #c9c9c9"><tr><td style="background:#00a3e0;color:#fff"><b>Құжат қабылданды / Документ принят</b></td></tr>
<tr><td>Құрметті жіберуші!<br><br>Сіздің <b>Бірыңғай байланыс орталығы</b> атынан жіберген хатыңыз Қостанай облысы ветеринария басқармасының кеңсесіне келіп түсті және тіркеуге жіберілді.<br>
Хаттың тақырыбы: <i>Жауапты тұлғаны тағайындау туралы сұрау салу</i><br>
Келіп түскен күні: 2027.01.19 14:22<br><br>
Ваше письмо получено канцелярией и направлено на регистрацию. Ответ будет направлен в сроки, установленные законодательством.<br><br>
<span style="color:#888">Бұл хат автоматты түрде жіберілді, жауап бермеңіз. Это письмо сформировано автоматически, не отвечайте на него.</span></td></tr></table>
</body></html>"""
eml(n, addr("noreply", "noreply@kst-vetupr.gov.kz"), EKC, "Хатыңыз қабылданды / Ваше письмо принято", "2027-01-19 14:22 +0500",
    html=html, headers={"Auto-Submitted": "auto-generated"})
key(n, other(("body", None)))
ctx(n, A_KOSTANAY_VET, [("00602004", "Выдача ветеринарного паспорта на животное")], "appointment",
    L("ЕКЦ-2027/131", "2027-01-19", "Запрос о назначении ответственного лица"), "none: automatic acknowledgement", False)
man(n, "other", "kk+ru", "eml html-only", "auto-acknowledgement quoting our subject 'Жауапты тұлғаны тағайындау'")

# o16 — agency's answer to a citizen, copied to the contact centre
n = "o16-otvet-grazhdaninu-kopiya.eml"
eml(n, addr("Отдел АГС Есильского района", "akhaz@astana-akhaz.gov.kz"), addr("Тохтарова Жанар", "zhanar.tokhtarova88@mail.kz"),
    "Ответ на обращение № ЖТ-2027-00841", "2027-02-10 15:40 +0500", cc=EKC,
    text="""Уважаемая Жанар Сериковна!

Управление регистрации актов гражданского состояния города Астаны, рассмотрев Ваше обращение от 3 февраля 2027 года № ЖТ-2027-00841, поступившее через Единый контакт-центр, сообщает.

Государственная услуга «Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния» (реестровый номер 00201001) оказывается согласно Правилам, утвержденным приказом Министра юстиции Республики Казахстан от 29 мая 2020 года № 66 (с изменениями от 14 ноября 2026 года). Срок оказания — 1 рабочий день, при проактивном формате — без обращения заявителя.

Повторное свидетельство о рождении может быть получено Вами через портал «электронного правительства» www.egov.kz либо в любом отделе регистрации актов гражданского состояния.

В соответствии со статьей 91 АППК Вы вправе обжаловать настоящий ответ в вышестоящий орган или суд.

Заместитель руководителя                          Г. Рустемова
Исп.: Шарипова А.Ж., 8 (7172) 55-31-18

Копия: Единый контакт-центр (для сведения)
""")
key(n, other(("body", "ru")))
ctx(n, A_ASTANA_ZAGS, [("00201001", "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния")],
    "consulting", None, "file the copy with the citizen's complaint; the consulting data stay unchanged", False)
man(n, "other", "ru", "eml text, Cc ЕКЦ", "answer to a citizen quoting a standard, amendment date and website")

# o17 — answer to a company refusing a licence, copied to the contact centre (DOCX)
n = "o17-otvet-too-otkaz-licenziya.docx"
save(n, b_docx([
    ("r", "ТОО «КазГеоРесурс Инжиниринг»\nг. Алматы, пр. Абая, 150/230\n\nКопия: Единый контакт-центр"),
    "Исх. № 27-01/3312 от 17.02.2027",
    "На вх. № 1140 от 03.02.2027",
    "Комитет геологии Министерства промышленности и строительства Республики Казахстан, рассмотрев Ваше заявление о выдаче лицензии на разведку твердых полезных ископаемых (государственная услуга № 00901009), сообщает, что в выдаче лицензии отказано.",
    "Причина отказа: испрашиваемая территория (блоки L-43-98-(10д-5а-12)) пересекается с территорией, на которую ранее выдана лицензия иному недропользователю, что в соответствии с подпунктом 2) пункта 2 статьи 186 Кодекса «О недрах и недропользовании» является основанием для отказа.",
    "Вы вправе повторно подать заявление на свободные блоки либо обжаловать решение в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан.",
    "",
    "Заместитель председателя                                           Е. Байкенов",
    "Исп.: Омарова Ж.Б. 8 (7172) 24-61-77",
]))
key(n, other((n, "ru")))
ctx(n, A_KOMGEO, [("00901009", "Выдача лицензии на разведку твердых полезных ископаемых")], "additional_answer",
    L("ЕКЦ-2027/298", "2027-02-10", "Запрос о представлении дополнительной информации"),
    "none: refusal to a company in the service itself, not a refusal to give ЕКЦ information", False)
man(n, "other", "ru", "docx", "'в выдаче лицензии отказано. Причина отказа: …' — a refusal, but to a service recipient")

# o18 — answer to a journalist declining personal data (Kazakh PDF)
n = "o18-zhurnalistke-zhauap.pdf"
save(n, b_pdf([
    ("c", "ТҮРКІСТАН ОБЛЫСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ"),
    "2027 жылғы 22 ақпан № 02-14/905",
    ("r", "«Оңтүстік Жаршысы» газетінің тілшісі\nБ. Әбілқасымоваға\n\nКөшірмесі: Бірыңғай байланыс орталығы"),
    "Құрметті Бағдат Нұрланқызы!",
    "Сіздің 2027 жылғы 14 ақпандағы ақпараттық сұрау салуыңызды қарап, Басқарма мынаны хабарлайды.",
    "Стационарлық науқастың медициналық картасынан үзінді беру (мемлекеттік қызмет № 01001017) бойынша нақты пациенттер туралы мәліметтерді беру мүмкін емес, себебі сұралған мәліметтер заңмен қорғалатын дәрігерлік құпияны және дербес деректерді қамтиды («Халық денсаулығы және денсаулық сақтау жүйесі туралы» Кодекстің 273-бабы).",
    "Қызметті көрсету тәртібі туралы жалпы ақпарат www.egov.kz порталында орналастырылған.",
    "Басшының орынбасары                                                               Қ. Дәулетов",
    "Орынд.: Сәрсенова М., 8 (7253) 30-12-44",
]))
key(n, other((n, "kk")))
ctx(n, A_TURKESTAN_HEALTH, [("01001017", "Выдача выписки из медицинской карты стационарного больного")], "additional_answer",
    L("ЕКЦ-2027/322", "2027-02-15", "Запрос о представлении дополнительной информации"),
    "none: answer to a journalist; the ЕКЦ's own request is still unanswered", False)
man(n, "other", "kk", "pdf", "Kazakh refusal citing protected secret and a registry number — addressed to a journalist, cc ЕКЦ")

# o19 — a complaint forwarded 'for information'
n = "o19-fw-zhaloba.eml"
eml(n, addr("Кенжебаева Дана", "d.kenzhebaeva@zko-kasipker.gov.kz"), EKC,
    "FW: Жалоба на отказ в субсидировании", "2027-02-24 10:12 +0500",
    text="""Коллеги, добрый день. Направляю для сведения, жалоба поступила к нам, заявитель ссылается на консультацию оператора ЕКЦ 1414.
Прошу проверить, какая информация была дана заявителю по услуге 01703012.

Дана

-----Original Message-----
From: Нургалиев Тимур <timur.nurgaliev.ip@gmail.com>
Sent: Monday, February 22, 2027 7:48 PM
To: biznes@zko-kasipker.gov.kz
Subject: Жалоба на отказ в субсидировании

Здравствуйте. Я ИП Нургалиев Т.С., г. Уральск. 15 февраля мне отказали в субсидировании ставки вознаграждения по кредиту (услуга «Субсидирование ставки вознаграждения по кредитам в рамках Национального проекта по развитию предпринимательства»). Оператор по номеру 1414 сказал мне, что документы можно подать до конца месяца, а на самом деле прием закончился 10 февраля. Прошу пересмотреть решение или дать письменное объяснение, почему меня ввели в заблуждение.
Тел. 8 777 512 40 33
""")
key(n, other(("body", "ru")))
ctx(n, A_ZKO_PRED, [("01703012", "Субсидирование ставки вознаграждения по кредитам в рамках Национального проекта по развитию предпринимательства")],
    "consulting", None, "pass to quality control: check what the operator said; no change to the case", False)
man(n, "other", "ru", "eml forwarded", "FW with a citizen's complaint about a consultation on a consulted service")

# o20 — a change that 'will take effect after approval'
n = "o20-izmeneniya-posle-utverzhdeniya.eml"
eml(n, addr("Утемисов Кайрат", "energy@mang-zhkh.gov.kz"), EKC,
    "Изменения в регламент по услуге 00504002", "2027-02-26 11:55 +0500",
    html="""<div dir="ltr"><p>Добрый день!</p>
<p>Информируем, что Управлением разработан проект изменений в правила оказания государственной услуги «Выдача технических условий на подключение к сетям теплоснабжения» (№ 00504002): срок оказания услуги сокращается с 5 до 3 рабочих дней, добавляется выдача результата через портал <a href="https://egov.kz">egov.kz</a>.</p>
<p><b>Изменения вступят в силу после утверждения</b> постановлением акимата области и государственной регистрации; проект размещен на портале открытых НПА 20.02.2027 для публичного обсуждения.</p>
<p>После утверждения направим актуализированную информацию по форме Приложения 1.</p>
<p>--<br>Управление энергетики и ЖКХ Мангистауской области<br>г. Актау, 14 мкр., зд. 1<br>8 (7292) 50-22-81</p></div>""")
key(n, other(("body", "ru")))
ctx(n, A_MANGYSTAU_ZHKH, [("00504002", "Выдача технических условий на подключение к сетям теплоснабжения")],
    "consulting", None, "none yet: changes are only drafted; wait for the change notice after approval", False)
man(n, "other", "ru", "eml html-only", "describes concrete changes to a consulted service, but they take effect only after approval")

# o21 — questions to the contact centre (txt, windows-1251)
n = "o21-voprosy-k-ekc.txt"
txt(n, """Единый контакт-центр
(info@ekc.gov.kz)

Управление культуры, архивов и документации области Абай получило Ваш запрос от 14.01.2027 № ЕКЦ-2027/109 о назначении ответственного лица и представлении сведений по форме приложения 1 по услугам 00703001 и 00703006.

Прежде чем направить ответ, просим разъяснить:
1) должно ли ответственное лицо быть одно на все услуги Управления или по каждой услуге отдельно;
2) в какой графе указывать реквизиты правил оказания услуги, если регламенты отменены (с 2020 года регламенты не утверждаются);
3) кто со стороны Управления должен подписывать протокол принятия услуги для консультирования — руководитель или ответственное лицо;
4) допускается ли направление формы в формате PDF с ЭЦП.

Ответ просим направить на адрес madeniet@abai-madeniet.gov.kz или сообщить по телефону 8 (7222) 52-60-71 (Ермекова Лаура).

Руководитель отдела архивов                Б. Смагулов
""", enc="cp1251")
key(n, other((n, "ru")))
ctx(n, A_ABAY_CULT, [("00703001", "Выдача справки о составе архивного фонда"), ("00703006", "Выдача архивных справок")],
    "appointment", L("ЕКЦ-2027/109", "2027-01-14", "Запрос о назначении ответственного лица"),
    "answer the questions; the appointment is still awaited", False)
man(n, "other", "ru", "txt windows-1251", "refers to our request, names a contact with phone, asks about Appendix 1 columns and the protocol")

# o22 — delivery status notification quoting our request (with its blank table); raw, as Postfix writes it
n = "o22-nedostavleno-dsn.eml"
import base64 as _b64
_orig_body = """Департамент государственных доходов по Павлодарской области

Запрос о предоставлении информации о государственной услуге
(приложение 1 к Правилам взаимодействия)

№ п/п | № государственной услуги в реестре | Наименование государственной услуги | Стандарт | Регламент | Изменения НПА | Интернет-ресурс | ФИО, должность ответственного лица
1 | 00101019 | Постановка на регистрационный учет налогоплательщиков | | | | |

Просим в течение трех рабочих дней назначить ответственное лицо (п. 5 Правил).

Единый контакт-центр
"""
raw = """From: MAILER-DAEMON@mx1.ekc.gov.kz (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: info@ekc.gov.kz
Date: Tue, 26 Jan 2027 10:14:05 +0500 (+05)
Message-Id: <20270126051405.4Rk2V81xZQz9@mx1.ekc.gov.kz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Rk2V81xZQz9.1769404445/mx1.ekc.gov.kz"

This is a MIME-encapsulated message.

--4Rk2V81xZQz9.1769404445/mx1.ekc.gov.kz
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.ekc.gov.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<gosuslugi@kgd-pvl.gov.kz>: host mail.kgd-pvl.gov.kz[10.61.4.12] said: 550 5.1.1
    <gosuslugi@kgd-pvl.gov.kz>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--4Rk2V81xZQz9.1769404445/mx1.ekc.gov.kz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.ekc.gov.kz
X-Postfix-Queue-ID: 4Rk2V81xZQz9
Arrival-Date: Tue, 26 Jan 2027 10:14:03 +0500 (+05)

Final-Recipient: rfc822; gosuslugi@kgd-pvl.gov.kz
Original-Recipient: rfc822;gosuslugi@kgd-pvl.gov.kz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.kgd-pvl.gov.kz
Diagnostic-Code: smtp; 550 5.1.1 <gosuslugi@kgd-pvl.gov.kz>: Recipient address
    rejected: User unknown in virtual mailbox table

--4Rk2V81xZQz9.1769404445/mx1.ekc.gov.kz
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: info@ekc.gov.kz
To: gosuslugi@kgd-pvl.gov.kz
Subject: =?utf-8?b?""" + _b64.b64encode("Запрос о назначении ответственного лица ЕКЦ-2027/205".encode()).decode() + """?=
Date: Tue, 26 Jan 2027 10:14:01 +0500
Message-ID: <205.ekc-2027-205@ekc.gov.kz>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

""" + _b64.encodebytes(_orig_body.encode()).decode() + """
--4Rk2V81xZQz9.1769404445/mx1.ekc.gov.kz--
"""
save(n, raw.replace("\n", "\r\n").encode("ascii"))
key(n, [{"part": "body", "kind": "other"}])
ctx(n, A_KGD, [("00101019", "Постановка на регистрационный учет налогоплательщиков")], "appointment",
    L("ЕКЦ-2027/205", "2027-01-26", "Запрос о назначении ответственного лица"),
    "resend the request to a valid address; nothing from the agency yet", False)
man(n, "other", "en/ru", "eml multipart/report", "bounce that carries our own request with the Appendix 1 header row and a registry number")

# o23 — read receipt (MDN), windows-1251, raw as Outlook writes it
n = "o23-prochitano.eml"
_txt = """Ваше сообщение

  Кому: zemkrg@karaganda-zem.gov.kz
  Тема: Запрос о представлении информации по форме приложения 1 (ЕКЦ-2027/088)
  Отправлено: 11.01.2027 16:02

было прочитано 12.01.2027 9:41.
"""
raw = ("""From: =?windows-1251?B?""" + _b64.b64encode("Канцелярия УЗО".encode("cp1251")).decode() + """?= <zemkrg@karaganda-zem.gov.kz>
To: <info@ekc.gov.kz>
Subject: =?windows-1251?B?""" + _b64.b64encode("Прочитано: Запрос о представлении информации по форме приложения 1 (ЕКЦ-2027/088)".encode("cp1251")).decode() + """?=
Date: Tue, 12 Jan 2027 09:41:22 +0500
Message-ID: <mdn.9412@karaganda-zem.gov.kz>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0011_01DB64A2.7C3E1B10"
X-Mailer: Microsoft Outlook 16.0

This is a multi-part message in MIME format.

------=_NextPart_000_0011_01DB64A2.7C3E1B10
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable

""").encode("ascii") + __import__("quopri").encodestring(_txt.replace("\n", "\r\n").encode("cp1251")) + b"""

------=_NextPart_000_0011_01DB64A2.7C3E1B10
Content-Type: message/disposition-notification

Reporting-UA: karaganda-zem.gov.kz; Microsoft Outlook 16.0
Final-Recipient: rfc822;zemkrg@karaganda-zem.gov.kz
Original-Message-ID: <88.ekc-2027-088@ekc.gov.kz>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0011_01DB64A2.7C3E1B10--
"""
save(n, raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
key(n, [{"part": "body", "kind": "other", "language": "ru"}])
ctx(n, A_KARAGANDA_ZEM, [("01503004", "Выдача решения на изменение целевого назначения земельного участка")], "information",
    L("ЕКЦ-2027/088", "2027-01-11", "Запрос о представлении информации по форме приложения 1"),
    "none: read receipt", False)
man(n, "other", "ru", "eml MDN windows-1251", "read receipt titled with our request subject and number")

# o24 — letter meant for another body (Gov. for Citizens), sent to the contact centre by mistake
n = "o24-pismo-ne-po-adresu.eml"
eml(n, addr("Есенгельдина Камила", "k.esengeldina@agri-minselhoz.gov.kz"), EKC,
    "Об ошибке интеграции ИС ГБД ФЛ при оказании услуги 00602037", "2027-02-17 14:30 +0500",
    text="""НАО «Государственная корпорация «Правительство для граждан»
Департамент цифровизации

Министерство сельского хозяйства Республики Казахстан сообщает, что с 12 февраля 2027 года при оказании государственной услуги «Регистрация залога сельскохозяйственных животных» (реестровый № 00602037) через ЦОН фиксируется ошибка при запросе сведений из ГБД ФЛ (код ошибки SHEP-504, таймаут). Заявки остаются в статусе «На исполнении».

Просим принять меры по восстановлению интеграции и проинформировать Министерство о сроках устранения.

Ответственный за взаимодействие по данному вопросу — главный эксперт Департамента цифровизации Министерства Есенгельдина Камила Бауыржановна, тел. +7 (7172) 55-67-19.

Директор Департамента цифровизации                       А. Қасымов
""")
key(n, other(("body", "ru")))
ctx(n, A_MINAGRO, [("00602037", "Регистрация залога сельскохозяйственных животных")], "information",
    L("ЕКЦ-2027/288", "2027-02-09", "Запрос о представлении информации по форме приложения 1"),
    "forward to the State Corporation / tell the sender; not addressed to ЕКЦ", False)
man(n, "other", "ru", "eml text", "addressed to the State Corporation; names 'ответственный за взаимодействие' with phone for an awaited service")

# o25 — an unfilled Appendix 1 form sent back
n = "o25-pustaya-forma-prilozhenie1.docx"
save(n, b_docx([
    ("r", "Приложение 1\nк Правилам взаимодействия Единого контакт-центра\nпо вопросам оказания государственных услуг"),
    ("c", "Запрос о предоставлении информации о государственной услуге"),
    ("t", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
            "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
            "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
            "Фамилия, имя, отчество, должность ответственного лица"],
           ["1", "2", "3", "4", "5", "6", "7", "8"],
           ["", "", "", "", "", "", "", ""],
           ["", "", "", "", "", "", "", ""]]),
    "Ф.И.О. ответственного исполнителя ______________________",
    "Дата: « __ »________ 20__г.",
], landscape_=True))
key(n, other((n, "ru")))
ctx(n, A_ZHAMBYL_EDU, [("00401002", "Прием документов и зачисление детей в дошкольные организации")], "information",
    L("ЕКЦ-2027/102", "2027-01-13", "Запрос о представлении информации по форме приложения 1"),
    "none: the blank form came back unfilled; remind the agency", False)
man(n, "other", "ru", "docx", "the genuine Appendix 1 form with header and 1…8 row, but every cell empty")

# o26 — half-filled Appendix 1 (draft) xlsx
n = "o26-forma-chernovik-nezapolnena.xlsx"
save(n, b_xlsx([("Лист1", [
    ["ЧЕРНОВИК — не направлять! Дозаполнить графы 4–8 после уточнения у юристов (Айдана)"],
    ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
     "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов", "Интернет-ресурс", "ФИО, должность ответственного лица"],
    [1, "00602004", "Выдача ветеринарного паспорта на животное", "???", "", "", "", ""],
    [2, "00602013", "Выдача ветеринарной справки", "", "", "", "", "уточнить — Мусина или Тулегенов?"],
    [],
    ["Исполнитель: ____________", "", "Дата: ____"],
], [6, 14, 40, 30, 30, 20, 18, 30])]))
key(n, other((n, "ru")))
ctx(n, A_KOSTANAY_VET, [("00602004", "Выдача ветеринарного паспорта на животное"), ("00602013", "Выдача ветеринарной справки")],
    "information", L("ЕКЦ-2027/131", "2027-01-19", "Запрос о представлении информации по форме приложения 1"),
    "none: an unfinished draft sent by mistake; ask for the completed form", False)
man(n, "other", "ru", "xlsx", "Appendix 1 headers with registry numbers and names, but columns 4–8 empty and marked ЧЕРНОВИК")

# o27 — thanks for cooperation (mixed), webmail
n = "o27-alghys-hat.eml"
eml(n, addr("Ветеринария басқармасы", "vet@kst-vetupr.gov.kz"), EKC,
    "Алғыс хат / Благодарность", "2027-03-03 09:15 +0500",
    html="""<div style="font-family:Tahoma">Құрметті Бірыңғай байланыс орталығының ұжымы!<br><br>
Қостанай облысы әкімдігінің ветеринария басқармасы Сіздерге 2026 жылы мемлекеттік қызметтер бойынша жемісті ынтымақтастық үшін алғысын білдіреді. Өткен жылы біздің 3 қызметіміз бойынша оқыту сәтті өтіп, хаттамаларға уақытында қол қойылды.<br><br>
Выражаем благодарность операторам ЕКЦ за качественное консультирование граждан по ветеринарным услугам и надеемся на дальнейшее плодотворное сотрудничество!<br><br>
Құрметпен,<br>басшы Т. Бекмағамбетов</div>""")
key(n, other(("body", None)))
ctx(n, A_KOSTANAY_VET, [("00602004", "Выдача ветеринарного паспорта на животное")], "consulting", None, "none: thanks", False)
man(n, "other", "kk+ru", "eml html-only", "thanks mention 'оқыту', 'хаттамаларға қол қойылды' — past, no new protocol")

# o28 — Nauryz greeting, HTML card with image attachment
n = "o28-nauryz-quttyqtau.eml"
gif = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
eml(n, addr("Ұлытау облысы әкімінің аппараты", "ulytau_kense@ulytau-akimat.gov.kz"), EKC,
    "Наурыз мейрамымен құттықтаймыз!", "2027-03-20 18:00 +0500",
    html="""<html><body style="text-align:center;background:#fdf6e3"><img src="cid:nauryz"><h2 style="color:#0b6b3a">Құрметті әріптестер!</h2>
<p>Сіздерді ұлыстың ұлы күні – Әз-Наурыз мейрамымен шын жүректен құттықтаймыз!<br>Жаңа жыл береке мен бірлік, табыс пен толағай жетістіктер әкелсін!</p>
<p>Поздравляем с праздником Наурыз мейрамы!</p><p><i>Ұлытау облысы әкімінің аппараты</i></p></body></html>""",
    atts=[("nauryz.gif", gif, "image/gif")])
key(n, other(("body", None)))
ctx(n, A_ULYTAU_AKIMAT, [("00203009", "Выдача архивных справок")], "appointment",
    L("ЕКЦ-2027/244", "2027-02-01", "Запрос о назначении ответственного лица и представлении информации"),
    "none: a holiday greeting (the appointment is still overdue)", False)
man(n, "other", "kk", "eml html + gif", "greeting from an agency whose appointment is overdue; only an image attachment")

# o29 — mass mailing from a ministry to all state bodies
n = "o29-massovaya-rassylka.eml"
eml(n, addr("Министерство цифрового развития", "kanc@mdai-cifra.gov.kz"),
    "gosorgany-all@mdai-cifra.gov.kz", "О проведении обучающего вебинара по работе в ИС «Мониторинг госуслуг»", "2027-02-05 12:00 +0500",
    cc="akimaty-all@mdai-cifra.gov.kz",
    text="""Центральным государственным органам,
местным исполнительным органам,
Единому контакт-центру

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан сообщает о проведении 17 февраля 2027 года в 15:00 обучающего вебинара по внесению данных о стадии оказания государственных услуг в информационную систему мониторинга (п. 13 Правил взаимодействия ЕКЦ).

Ссылка для подключения и программа будут направлены за день до мероприятия. Участие ответственных лиц за внесение данных в ИС Мониторинг обязательно.

Просим в срок до 12 февраля представить списки участников (ФИО, должность, телефон) на адрес monitoring@mdai-cifra.gov.kz.

Вице-министр                                   Е. Бекмұхамедов
""", headers={"Precedence": "bulk"})
key(n, other(("body", "ru")))
ctx(n, A_MINCIFR, [("00301138", "Выдача разрешений на использование радиочастотного спектра")], "protocol",
    L("ЕКЦ-2027/150", "2027-01-20", "О проведении обучения сотрудников ЕКЦ"),
    "none: a circular to all bodies about a webinar", False)
man(n, "other", "ru", "eml bulk", "a circular from the same ministry about 'обучение' and 'ответственные лица' while a protocol is awaited")

# o30 — phishing imitating the ministry (HTML, link to a look-alike domain)
n = "o30-fishing-ecp.eml"
eml(n, addr("Министерство цифрового развития РК", "kanc@mdai-cifra.gov.kz.secure-ecp.top"), EKC,
    "СРОЧНО: Протокол обучения ЕКЦ - требуется подписание ЭЦП до 18:00", "2027-02-11 08:03 +0000",
    html="""<html><body><p>Уважаемый пользователь!</p>
<p>По результатам обучения сотрудников Единого контакт-центра сформирован <b>Протокол принятия государственной услуги для консультирования № 00301138</b> от 10.02.2027.</p>
<p>Для подписания протокола ЭЦП необходимо подтвердить учетную запись и загрузить ключ RSA/GOST в течение 2 часов, иначе ваш почтовый ящик будет заблокирован.</p>
<p><a href="http://mdai-cifra-gov.kz.secure-ecp.top/sign?id=8841">ПОДПИСАТЬ ПРОТОКОЛ</a></p>
<p>Служба технической поддержки ЕСЭДО</p></body></html>""",
    headers={"Reply-To": "support-esedo@protonmail.example", "X-Mailer": "PHPMailer 6.0.7"})
key(n, other(("body", "ru")))
ctx(n, A_MINCIFR, [("00301138", "Выдача разрешений на использование радиочастотного спектра")], "protocol",
    L("ЕКЦ-2027/150", "2027-01-20", "О проведении обучения сотрудников ЕКЦ"),
    "report to information security; do not open the link", False)
man(n, "other", "ru", "eml html phishing", "phishing naming a 'protocol' with a date and a registry number from a look-alike domain")

# o31 — phishing in koi8-r with a wrong charset label, asking to 'confirm the responsible person'
n = "o31-fishing-otvetstvennoe-lico.eml"
body = """Уважаемые коллеги!

В связи с переходом на новую версию портала ЕКЦ все ответственные лица государственных органов обязаны до 15.02.2027 повторно подтвердить свои данные.

Ответственное лицо: заполните анкету по ссылке http://ekc-gov-kz.reg-update.ru/anketa и укажите логин и пароль от служебной почты.

Администрация портала Единого контакт-центра
"""
raw = ("From: =?utf-8?B?" + __import__("base64").b64encode("Администрация ЕКЦ".encode()).decode() + "?= <admin@ekc-gov-kz.reg-update.ru>\r\n"
       "To: info@ekc.gov.kz\r\n"
       "Subject: =?koi8-r?B?" + __import__("base64").b64encode("Подтверждение ответственного лица".encode("koi8-r")).decode() + "?=\r\n"
       "Date: Thu, 11 Feb 2027 03:17:44 +0300\r\n"
       "Message-ID: <5519.reg-update@ekc-gov-kz.reg-update.ru>\r\n"
       "MIME-Version: 1.0\r\n"
       "Content-Type: text/plain; charset=\"windows-1251\"\r\n"
       "Content-Transfer-Encoding: 8bit\r\n\r\n").encode("ascii") + body.replace("\n", "\r\n").encode("koi8-r")
save(n, raw)
key(n, [{"part": "body", "kind": "other"}])
ctx(n, A_MINCIFR, [("00301138", "Выдача разрешений на использование радиочастотного спектра")], "appointment",
    L("ЕКЦ-2027/150", "2027-01-20", "Запрос о назначении ответственного лица"),
    "report to information security", False)
man(n, "other", "ru", "eml koi8-r labelled windows-1251", "phishing about 'ответственное лицо'; body bytes are koi8-r under a windows-1251 label (mojibake)")

# o32 — e-document system registration notice
n = "o32-esedo-registraciya.eml"
eml(n, addr("ЕСЭДО", "esedo-noreply@mdai-cifra.gov.kz"), EKC,
    "ЕСЭДО: документ зарегистрирован (вх. № 01-13/2207-И)", "2027-01-21 10:48 +0500",
    text="""Уведомление Единой системы электронного документооборота государственных органов

Ваш документ зарегистрирован в организации-получателе.

Организация: Министерство цифрового развития, инноваций и аэрокосмической промышленности РК
Входящий номер: 01-13/2207-И
Дата регистрации: 21.01.2027 10:47
Исходящий номер отправителя: ЕКЦ-2027/150 от 20.01.2027
Краткое содержание: Запрос о назначении ответственного лица за представление информации в ЕКЦ и проведение обучения
Исполнитель (резолюция): Комитет телекоммуникаций, Жақыпова А.М.
Контрольный срок: 26.01.2027

Сообщение сформировано автоматически.
""")
key(n, other(("body", "ru")))
ctx(n, A_MINCIFR, [("00301138", "Выдача разрешений на использование радиочастотного спектра")], "appointment",
    L("ЕКЦ-2027/150", "2027-01-20", "Запрос о назначении ответственного лица"),
    "note the incoming number and control date; no appointment yet", False)
man(n, "other", "ru", "eml text", "registration notice with our number and an 'Исполнитель (резолюция)' name — not the appointee")

# o33 — e-document system notice as text, Kazakh
n = "o33-esedo-habarlama-kk.txt"
txt(n, """МЕМЛЕКЕТТІК ОРГАНДАРДЫҢ БІРЫҢҒАЙ ЭЛЕКТРОНДЫҚ ҚҰЖАТ АЙНАЛЫМЫ ЖҮЙЕСІ
Хабарлама № 5531207

Құжат тіркелді.
Жіберуші: Бірыңғай байланыс орталығы
Алушы: Ұлытау облысы әкімінің аппараты
Кіріс нөмірі: 3Т-412 / Тіркелген күні: 02.02.2027
Тақырыбы: Жауапты тұлғаны тағайындау және 1-қосымша бойынша ақпарат ұсыну туралы
Орындаушы: мемлекеттік қызметтер бөлімі, Серікбаева Г.Қ.
Бақылау мерзімі: 05.02.2027
Мәртебесі: Орындалуда

Бұл хабарлама автоматты түрде жасалған.
""")
key(n, other((n, "kk")))
ctx(n, A_ULYTAU_AKIMAT, [("00203009", "Выдача архивных справок")], "appointment",
    L("ЕКЦ-2027/244", "2027-02-01", "Запрос о назначении ответственного лица и представлении информации"),
    "none: registration notice", False)
man(n, "other", "kk", "txt", "Kazakh ЕСЭДО notice: subject 'Жауапты тұлғаны тағайындау', an 'Орындаушы' with a name")

# o34 — reply to a different letter: comments on the monthly analytical report (p.14)
n = "o34-otvet-na-analiticheskii-otchet.docx"
save(n, b_docx([
    ("b", "Управление городского планирования и урбанистики города Алматы"),
    "050001, г. Алматы, пл. Республики, 4; тел. 8 (727) 271-64-00",
    "Исх. № 05-11/1944 от 15.02.2027",
    ("r", "Единый контакт-центр"),
    "На № ЕКЦ-2027/075 от 05.01.2027",
    "Рассмотрев аналитический отчет Единого контакт-центра за декабрь 2026 года, Управление сообщает следующее.",
    "По 14 обращениям, связанным с государственной услугой «Выдача архитектурно-планировочного задания» (№ 00502011), проведены проверки. В 9 случаях нарушений срока не выявлено — задержка вызвана непредставлением исходных материалов заявителями. По 5 обращениям к дисциплинарной ответственности привлечены два специалиста отдела, с сотрудниками проведены занятия по соблюдению Правил оказания услуги.",
    "Ответственным за устранение замечаний определен заместитель руководителя отдела Кудайбергенов Нурлан Маратович.",
    "Руководитель Управления                                           А. Темирханов",
    "Исп. Байжанова А.К., 271-64-18",
]))
key(n, other((n, "ru")))
ctx(n, A_ALMATY_ARCH, [("00502011", "Выдача архитектурно-планировочного задания")], "appointment",
    L("ЕКЦ-2027/277", "2027-02-08", "Запрос о назначении ответственного лица"),
    "attach to the analytical report file (ЕКЦ-2027/075); the appointment case is not moved", False)
man(n, "other", "ru", "docx", "a formal reply on another of our letters (the analytical report), with a 'назначен ответственным' phrase")

# o35 — minutes of a meeting at the deputy akim's (PDF) with assignments on training
n = "o35-protokol-soveshchaniya-akimat.pdf"
save(n, b_pdf([
    ("c", "ПРОТОКОЛ\nсовещания у заместителя акима Северо-Казахстанской области\nпо вопросам качества оказания государственных услуг"),
    "г. Петропавловск                                                                         5 марта 2027 года № 12",
    "Присутствовали: руководители управлений образования, здравоохранения, земельных отношений, аппарата акима области; директор филиала НАО «Правительство для граждан»; представитель Единого контакт-центра (по ВКС).",
    "1. О результатах обучения сотрудников Единого контакт-центра по государственным услугам местных исполнительных органов области.",
    "(Шаймерденов Д.К., Бекенова А.С.)",
    "1.1. Отметить, что в феврале 2027 года проведено обучение по услугам № 00203009, 01101003; протоколы принятия услуг для консультирования подписаны не по всем услугам.",
    "1.2. Руководителям управлений в срок до 15 марта 2027 года обеспечить подписание протоколов принятия оставшихся услуг для консультирования и направление их в ЕКЦ.",
    "1.3. Назначить ответственным за координацию работы с ЕКЦ в аппарате акима области Ахметова Е.С., руководителя отдела государственных услуг.",
    "2. Контроль за исполнением протокола возложить на аппарат акима области.",
    "Заместитель акима области                                                                 С. Нуркенов",
], size=10))
key(n, other((n, "ru")))
ctx(n, A_SKO_AKIMAT, [("00203009", "Выдача архивных справок"), ("01101003", "Выдача справки о наличии личного подсобного хозяйства")],
    "protocol", L("ЕКЦ-2027/171", "2027-01-22", "О проведении обучения и подписании протокола"),
    "none: the akimat's meeting minutes; the signed training protocols are still awaited", False)
man(n, "other", "ru", "pdf", "a protocol with date and registry numbers about training, plus an internal 'назначить ответственным' — neither a training protocol nor a notice")

# o36 — plan of measures xlsx, mixed language, with responsible persons
n = "o36-is-sharalar-zhospary.xlsx"
save(n, b_xlsx([("2027", [
    ["Мемлекеттік қызметтерді көрсету сапасын арттыру жөніндегі 2027 жылға арналған іс-шаралар жоспары / План мероприятий по повышению качества оказания государственных услуг на 2027 год"],
    ["№", "Іс-шара / Мероприятие", "Аяқтау нысаны / Форма завершения", "Мерзімі / Срок", "Жауаптылар / Ответственные"],
    [1, "Бірыңғай байланыс орталығының қызметкерлерін оқыту (00401002, 00401017)", "Хаттама / Протокол", "I тоқсан", "Жақсылықова С.Е., әдіскер, 8 (7262) 43-57-90"],
    [2, "Мемлекеттік қызметтерді көрсету қағидаларына өзгерістерді ЕКЦ-ға жолдау", "Хат / Письмо", "өзгерістер енгізілгеннен кейін 5 жұмыс күні ішінде", "Оразалиев Н.Т., заң бөлімінің басшысы"],
    [3, "Ішкі бақылау нәтижелерін талдау", "Анықтама / Справка", "тоқсан сайын", "Әлиева Б.Қ."],
    [4, "Веб-сайттағы ақпаратты өзектендіру (www.gov.kz/memleket/entities/zhambyl-bilim)", "Сайтта орналастыру", "тұрақты", "Баспасөз қызметі"],
], [5, 60, 22, 20, 40])]))
key(n, other((n, None)))
ctx(n, A_ZHAMBYL_EDU, [("00401002", "Прием документов и зачисление детей в дошкольные организации"),
    ("00401017", "Выдача направления в дошкольную организацию")],
    "protocol", L("ЕКЦ-2027/233", "2027-01-29", "О проведении обучения сотрудников ЕКЦ"),
    "none: an annual plan", False)
man(n, "other", "kk+ru", "xlsx", "bilingual plan: registry numbers, 'Хаттама', responsible persons with phone, a website")

# o37 — press release that the training took place
n = "o37-press-reliz-obuchenie.txt"
txt(n, """ПРЕСС-РЕЛИЗ
для размещения на интернет-ресурсе и в социальных сетях

Специалисты Единого контакт-центра прошли обучение по ветеринарным услугам

Костанай, 16 февраля 2027 года. Сегодня специалисты Управления ветеринарии акимата Костанайской области провели обучение сотрудников Единого контакт-центра 1414 по государственным услугам «Выдача ветеринарного паспорта на животное» и «Выдача ветеринарной справки».

«Теперь жители области смогут получить подробную консультацию о порядке получения ветеринарных документов по единому номеру 1414», — отметила главный специалист управления Айгерим Мусина.

По итогам обучения стороны договорились в ближайшее время оформить протокол принятия услуг для консультирования.

Пресс-служба Управления ветеринарии, тел. 8 (7142) 53-10-01
""", enc="utf-8-sig")
key(n, other((n, "ru")))
ctx(n, A_KOSTANAY_VET, [("00602004", "Выдача ветеринарного паспорта на животное"), ("00602013", "Выдача ветеринарной справки")],
    "protocol", L("ЕКЦ-2027/201", "2027-01-25", "О сроках проведения обучения"),
    "none: press release; the protocol is still to be signed", False)
man(n, "other", "ru", "txt utf-8 BOM", "training is reported as held with a date and services, the protocol is promised")

# o38 — 'protocol of disagreements' to a contract (eml + docx)
n = "o38-protokol-raznoglasii.eml"
att = b_docx([
    ("c", "ПРОТОКОЛ РАЗНОГЛАСИЙ\nк договору о государственных закупках услуг № 114-ГЗ от 20.01.2027"),
    "г. Астана                                                                              01.02.2027",
    ("t", [["№", "Редакция Заказчика", "Редакция Поставщика", "Согласованная редакция"],
           ["1", "п. 3.2. Срок оказания услуг — до 31.12.2027", "п. 3.2. Срок оказания услуг — до 30.11.2027", ""],
           ["2", "п. 5.1. Неустойка 0,1% за каждый день просрочки", "п. 5.1. Неустойка 0,05%", ""]]),
    "Заказчик: Министерство юстиции РК  ______________",
    "Поставщик: ТОО «Контакт Сервис Плюс»  ______________",
])
eml(n, addr("Отдел госзакупок МЮ", "zakup@adilet-minjust.gov.kz"), EKC,
    "Протокол к договору 114-ГЗ", "2027-02-01 17:20 +0500",
    text="""Добрый вечер.
Направляем протокол разногласий к договору № 114-ГЗ. Просим согласовать в течение 3 рабочих дней.

ГУ «Министерство юстиции РК», отдел государственных закупок
""", atts=[("protokol_raznoglasii_114.docx", att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
key(n, other(("body", "ru"), ("protokol_raznoglasii_114.docx", "ru")))
ctx(n, A_MINJUST, [("01001002", "Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств")],
    "protocol", L("ЕКЦ-2027/066", "2027-01-05", "О проведении обучения"),
    "misdirected procurement mail; no protocol of training", False)
man(n, "other", "ru", "eml + docx", "'Протокол' in subject and attachment, a date, signatures — a procurement protocol of disagreements")

# o39 — list of people responsible for record keeping (xlsx)
n = "o39-spisok-otvetstvennyh-deloproizvodstvo.xlsx"
save(n, b_xlsx([("Список", [
    ["Список работников, ответственных за ведение делопроизводства в структурных подразделениях Комитета геологии (по состоянию на 01.02.2027)"],
    ["№", "Подразделение", "Ф.И.О.", "Должность", "Телефон", "E-mail"],
    [1, "Управление лицензирования", "Омарова Жанна Бекболатовна", "главный эксперт", "8 (7172) 24-61-77", "zh.omarova@komgeo-mps.gov.kz"],
    [2, "Управление геологической информации", "Ли Виктор Сергеевич", "эксперт", "8 (7172) 24-61-90", "v.li@komgeo-mps.gov.kz"],
    [3, "Юридическое управление", "Тасболатова Асем", "главный эксперт", "8 (7172) 24-60-15", "a.tasbolatova@komgeo-mps.gov.kz"],
    [4, "Управление по работе с госуслугами", "Жармаганбетов Алибек Қайратұлы", "руководитель управления", "8 (7172) 24-60-02", "a.zharmaganbetov@komgeo-mps.gov.kz"],
], [5, 36, 34, 24, 18, 34])]))
key(n, other((n, "ru")))
ctx(n, A_KOMGEO, [("00901009", "Выдача лицензии на разведку твердых полезных ископаемых")], "appointment",
    L("ЕКЦ-2027/214", "2027-01-27", "Запрос о назначении ответственного лица"),
    "none: an internal list for record keeping, no one is named for ЕКЦ", False)
man(n, "other", "ru", "xlsx", "a table of names, positions, phones, e-mails (one from the госуслуги unit) — no appointment")

# o40 — internal resolution forwarded by mistake (Kazakh/Russian)
n = "o40-rezolyuciya-kk.eml"
eml(n, addr("Серікбаева Гүлнар", "g.serikbayeva@ulytau-akimat.gov.kz"), EKC,
    "Re: Жауапты тұлғаны тағайындау туралы", "2027-02-03 09:44 +0500",
    text="""Бұрыштама / Резолюция:

Серікбаева Г.Қ. — жауап жобасын дайындап, 05.02.2027 дейін келісуге енгізіңіз. Жауапты тұлға ретінде Б.Ж. Исабековтың кандидатурасын қарастырыңыз (келісімін алыңыз).
Сейтқалиев Н.Ж. — назарға.

Аппарат басшысы Н. Әлімжанов
02.02.2027

> Бірыңғай байланыс орталығы 2027 жылғы 01.02. № ЕКЦ-2027/244 хатымен жауапты тұлғаны тағайындауды сұрайды.
""", in_reply_to="<244.ekc-2027-244@ekc.gov.kz>")
key(n, other(("body", "kk")))
ctx(n, A_ULYTAU_AKIMAT, [("00203009", "Выдача архивных справок")], "appointment",
    L("ЕКЦ-2027/244", "2027-02-01", "Запрос о назначении ответственного лица и представлении информации"),
    "none: an internal resolution forwarded by mistake; a candidate is only being considered", False)
man(n, "other", "kk", "eml text, Re:", "Re: on our subject; names a candidate 'қарастырыңыз' — a head's resolution, not an appointment")

# o41 — vacation order, Kazakh PDF
n = "o41-demalys-buiryq.pdf"
save(n, b_pdf([
    ("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ АУЫЛ ШАРУАШЫЛЫҒЫ МИНИСТРЛІГІ"),
    ("c", "БҰЙРЫҚ"),
    "2027 жылғы 3 наурыз                                  № 88-ж                                  Астана қаласы",
    ("c", "Еңбек демалысын беру туралы"),
    "1. Мемлекеттік қызметтер департаментінің директоры Жұмабаев Серік Қанатұлына 2027 жылғы 10 наурыздан бастап 30 күнтізбелік күн мерзімге 2026-2027 жұмыс жылы үшін кезекті еңбек демалысы берілсін.",
    "2. Жұмабаев С.Қ. демалыста болған кезеңде директордың міндеттерін атқару сол департаменттің басқарма басшысы Тоқтарова Әсем Болатқызына жүктелсін.",
    "Негіз: Жұмабаев С.Қ.-ның 2027 жылғы 1 наурыздағы өтініші.",
    "Аппарат басшысы                                                       Д. Нұрпейісов",
]))
key(n, other((n, "kk")))
ctx(n, A_MINAGRO, [("00602037", "Регистрация залога сельскохозяйственных животных")], "consulting", None,
    "none: a vacation order of a director; the ЕКЦ responsible person is not concerned", False)
man(n, "other", "kk", "pdf", "Kazakh order: duties of one person 'жүктелсін' to another — a temporary deputy, not a p.7 notice")

# o42 — a request from the agency asking the contact centre for call statistics (windows-1251)
n = "o42-zapros-statistiki.eml"
eml(n, addr("Мусаев Арман", "a.musayev@enbek-mintrud.gov.kz"), EKC,
    "Запрос статистики обращений", "2027-03-01 15:02 +0500",
    text="""Единому контакт-центру

Министерство труда и социальной защиты населения Республики Казахстан в целях подготовки информации в Администрацию Президента просит в срок до 5 марта 2027 года представить сведения о количестве обращений, поступивших в Единый контакт-центр в 2026 году по государственным услугам:
- 00801027 «Назначение государственного социального пособия по инвалидности»;
- 00801031 «Назначение специального государственного пособия»,
с разбивкой по регионам и характеру обращений (консультация / жалоба), а также топ-5 наиболее частых вопросов.

Контактное лицо: Мусаев Арман Ерланович, главный эксперт Департамента цифровизации и госуслуг, тел. 8 (7172) 74-36-21.

Директор Департамента                           Ж. Сеиткали
""", charset="windows-1251")
key(n, other(("body", "ru")))
ctx(n, A_MINTRUD, [("00801027", "Назначение государственного социального пособия по инвалидности"),
    ("00801031", "Назначение специального государственного пособия")],
    "protocol", L("ЕКЦ-2027/019", "2027-01-06", "О проведении обучения и подписании протокола"),
    "answer the ministry's request for statistics; the protocol case does not move", False)
man(n, "other", "ru", "eml windows-1251", "an agency's request to ЕКЦ naming a 'контактное лицо' with phone and our services")

# o43 — training rescheduled (webmail, Gmail-like)
n = "o43-perenos-obucheniya.eml"
eml(n, addr("Оспанова Мадина", "m.ospanova@transport-komitet.gov.kz"), EKC,
    "Re: Проект протокола - на согласование", "2027-02-09 18:05 +0500",
    text="""Коллеги, в связи с выездным совещанием руководства обучение 10.02 переносится на 17 февраля 2027 г., 11:00, ВКС. Протокол подпишем по итогам.
Извините за неудобства.

пн, 8 февр. 2027 г. в 10:12, Единый контакт-центр <info@ekc.gov.kz>:
> Мадина, добрый день! Замечаний к проекту протокола нет. Ждем 10.02.
>
> пт, 3 февр. 2027 г. в 16:47, Оспанова Мадина <m.ospanova@transport-komitet.gov.kz>:
>> Направляем проект протокола по итогам обучения (обучение запланировано на 10.02.2027).
""",
    html="""<div dir="ltr">Коллеги, в связи с выездным совещанием руководства обучение 10.02 переносится на <b>17 февраля 2027 г., 11:00, ВКС</b>. Протокол подпишем по итогам.<div>Извините за неудобства.</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">пн, 8 февр. 2027 г. в 10:12, Единый контакт-центр &lt;info@ekc.gov.kz&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Мадина, добрый день! Замечаний к проекту протокола нет. Ждем 10.02.</blockquote></div>""",
    in_reply_to="<ekc-reply-0208@ekc.gov.kz>")
key(n, other(("body", "ru")))
ctx(n, A_KOMTRANS, [("00302019", "Выдача удостоверения на право управления самоходным маломерным судном"),
    ("00302024", "Государственная регистрация судна в Государственном судовом реестре")],
    "protocol", L("ЕКЦ-2027/140", "2027-01-20", "О проведении обучения сотрудников ЕКЦ"),
    "move the planned training date to 2027-02-17; protocol still awaited", False)
man(n, "other", "ru", "eml alternative (gmail)", "Re: thread about the protocol with dates; training moved, nothing signed")

# o44 — covering letter whose attachment was forgotten
n = "o44-zabyli-vlozhenie.eml"
eml(n, addr("Нургалиева Карлыгаш", "k.nurgalieva@kgd-pvl.gov.kz"), EKC,
    "Информация по форме Приложения 1 (на ЕКЦ-2027/205)", "2027-02-01 16:58 +0500",
    html="""<html><head><meta charset="utf-8"></head><body><p style="font-family:Calibri">Добрый день!</p>
<p style="font-family:Calibri">Во исполнение Вашего запроса от 26.01.2027 № ЕКЦ-2027/205 направляем заполненную форму согласно Приложению 1 к Правилам взаимодействия, а также сведения об ответственном лице (см. вложение).</p>
<p style="font-family:Calibri">С уважением,<br>ДГД по Павлодарской области<br>отдел документационного обеспечения</p></body></html>""")
key(n, other(("body", "ru")))
ctx(n, A_KGD, [("00101019", "Постановка на регистрационный учет налогоплательщиков")], "appointment",
    L("ЕКЦ-2027/205", "2027-01-26", "Запрос о назначении ответственного лица"),
    "ask the agency to resend: the announced attachment is missing", False)
man(n, "other", "ru", "eml html-only", "covering note 'направляем заполненную форму … (см. вложение)' with no attachment")

# o45 — certificate of a course taken by an agency employee (PDF, kk+ru)
n = "o45-sertifikat-kurs.pdf"
save(n, b_pdf([
    ("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПРЕЗИДЕНТІНІҢ ЖАНЫНДАҒЫ МЕМЛЕКЕТТІК БАСҚАРУ АКАДЕМИЯСЫ"),
    ("c", "СЕРТИФИКАТ / СЕРТИФИКАТ"),
    ("c", "№ 2027-ҮК-04418"),
    "Осы сертификат Мусина Айгерим Болатқызына «Мемлекеттік қызметтер көрсету сапасын арттыру: Бірыңғай байланыс орталығымен өзара іс-қимыл» тақырыбы бойынша біліктілікті арттыру курсынан (36 сағат) өткені туралы берілді.",
    "Настоящий сертификат выдан Мусиной Айгерим Болатовне в том, что она прошла курс повышения квалификации «Повышение качества оказания государственных услуг: взаимодействие с Единым контакт-центром» (36 часов) с 1 по 5 февраля 2027 года.",
    "Ректор / Ректор                                                     Е. Әбіл",
    "Астана, 05.02.2027",
], size=11))
key(n, other((n, None)))
ctx(n, A_KOSTANAY_VET, [("00602004", "Выдача ветеринарного паспорта на животное")], "protocol",
    L("ЕКЦ-2027/201", "2027-01-25", "О сроках проведения обучения"),
    "none: a course certificate of the agency's employee", False)
man(n, "other", "kk+ru", "pdf", "bilingual certificate: 'обучение', ЕКЦ, a date and a person — about a course the employee took")

# o46 — approval sheet of a protocol (visas only)
n = "o46-list-soglasovaniya.docx"
save(n, b_docx([
    ("c", "ЛИСТ СОГЛАСОВАНИЯ"),
    "к протоколу принятия Единым контакт-центром государственных услуг для консультирования (услуги № 00801027, 00801031)",
    ("t", [["Должность", "Ф.И.О.", "Дата", "Подпись / замечания"],
           ["Директор Департамента цифровизации и госуслуг", "Сейітқали Ж.Б.", "24.02.2027", "согласовано"],
           ["Директор Юридического департамента", "Кабдуллина Р.Т.", "", ""],
           ["Вице-министр", "Нұрланұлы А.", "", ""]]),
    "Исполнитель: Мусаев А.Е., 74-36-21",
]))
key(n, other((n, "ru")))
ctx(n, A_MINTRUD, [("00801027", "Назначение государственного социального пособия по инвалидности"),
    ("00801031", "Назначение специального государственного пособия")],
    "protocol", L("ЕКЦ-2027/019", "2027-01-06", "О проведении обучения и подписании протокола"),
    "none: the protocol is still being approved inside the ministry", False)
man(n, "other", "ru", "docx", "approval sheet naming the protocol and its registry numbers; the protocol itself is absent and unsigned")

# ====================================================================== GENUINE REPLIES, unusually written

# g01 — one line from a phone
n = "g01-odna-stroka-s-telefona.eml"
eml(n, addr("Рахимжанов Дамир", "d.rakhimzhanov@karaganda-zem.gov.kz"), EKC,
    "Re: Запрос о представлении информации по форме приложения 1 (ЕКЦ-2027/088)", "2027-01-14 19:52 +0500",
    text="""Ответственная по ЕКЦ - Сапарова Динара, 8 701 555 12 34, все вопросы к ней

Отправлено с iPhone
""", in_reply_to="<88.ekc-2027-088@ekc.gov.kz>", headers={"X-Mailer": "iPhone Mail (21D61)"})
key(n, [{"part": "body", "kind": "responsible_change", "language": "ru",
         "responsible": {"full_name": "Сапарова Динара", "phone": "87015551234"},
         "previous_responsible": None}])
ctx(n, A_KARAGANDA_ZEM, [("01503004", "Выдача решения на изменение целевого назначения земельного участка"),
    ("01503011", "Приобретение прав на земельные участки, которые находятся в государственной собственности, не требующее проведения торгов")],
    "appointment", L("ЕКЦ-2027/088", "2027-01-11", "Запрос о представлении информации по форме приложения 1"),
    "record Сапарова Динара as the responsible person (no position given); wait for Appendix 1", True)
man(n, "responsible_change (appointment)", "ru", "eml text, iPhone", "one line, name without patronymic, mobile phone with spaces, no position, no greeting")

# g02 — very long letter, many people named, only one is the responsible person
n = "g02-dlinnoe-pismo-mnogo-lic.eml"
eml(n, addr("Аппарат акима СКО", "kense@sko-akimat.gov.kz"), EKC,
    "О замене ответственного лица по государственным услугам (на № ЕКЦ-2027/171)", "2027-02-12 12:37 +0500",
    text="""АППАРАТ АКИМА СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ
150000, г. Петропавловск, ул. Конституции Казахстана, 58
тел. 8 (7152) 46-20-00, kense@sko-akimat.gov.kz

Исх. № 04-17/0612 от 12.02.2027
На № ЕКЦ-2027/171 от 22.01.2027

Руководителю Единого контакт-центра

Уважаемые коллеги!

Аппарат акима Северо-Казахстанской области выражает признательность за совместную работу по консультированию населения по государственным услугам местных исполнительных органов области и, рассмотрев Ваше письмо, сообщает следующее.

В соответствии с распоряжением руководителя аппарата акима области от 8 февраля 2027 года № 41-л на должность руководителя отдела государственных услуг аппарата назначен Ахметов Ерлан Серикович. Общую координацию вопросов качества оказания государственных услуг в области осуществляет заместитель акима области Нуркенов Серик Болатович, на совещании у которого 5 марта 2027 года планируется рассмотреть итоги обучения сотрудников Единого контакт-центра.

В связи с переводом Жунусова Асылбека Маратовича в управление цифровизации области, ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственным услугам «Выдача архивных справок» (№ 00203009) и «Выдача справки о наличии личного подсобного хозяйства» (№ 01101003) с 15 февраля 2027 года определена Литвиненко Ольга Викторовна, главный специалист отдела государственных услуг (тел. 8 (7152) 46-21-37, e-mail: o.litvinenko@sko-akimat.gov.kz).

На период отсутствия Литвиненко О.В. (отпуск, командировка) организационные вопросы можно решать с заместителем руководителя отдела Пак Инной Геннадьевной, тел. 8 (7152) 46-21-30. Вопросы технического характера по ИС «Мониторинг» — к инженеру-программисту Бекенову Айдосу, тел. 46-21-55.

Проект протокола принятия государственных услуг для консультирования после проведения обучения просим направлять на согласование Литвиненко О.В.; подписывать протокол со стороны аппарата будет руководитель отдела Ахметов Е.С.

Руководитель аппарата акима области                Д. Шаймерденов

Исп.: Пак И.Г.
тел. 8 (7152) 46-21-30

-----
Настоящее сообщение и вложения могут содержать конфиденциальную информацию и предназначены только для адресата. Если вы получили его по ошибке, сообщите отправителю и удалите сообщение.
""")
key(n, [{"part": "body", "kind": "responsible_change", "language": "ru",
         "responsible": {"full_name": "Литвиненко Ольга Викторовна", "position": "главный специалист отдела государственных услуг",
                         "phone": "87152462137", "email": "o.litvinenko@sko-akimat.gov.kz"},
         "previous_responsible": {"full_name": "Жунусов Асылбек Маратович"},
         "effective_date": "2027-02-15",
         "services": [{"registry_number": "00203009"}, {"registry_number": "01101003"}]}])
ctx(n, A_SKO_AKIMAT, [("00203009", "Выдача архивных справок"), ("01101003", "Выдача справки о наличии личного подсобного хозяйства")],
    "protocol", L("ЕКЦ-2027/171", "2027-01-22", "О проведении обучения и подписании протокола"),
    "replace the responsible person with Литвиненко О.В. from 2027-02-15 for both services", True)
man(n, "responsible_change", "ru", "eml text", "seven people named (new head, deputy akim, deputy, programmer, executor, signer); previous one in genitive")

# g03 — mostly Kazakh appointment
n = "g03-zhauapty-tulga-kk.eml"
eml(n, addr("Ұлытау облысы әкімінің аппараты", "ulytau_kense@ulytau-akimat.gov.kz"), EKC,
    "Жауапты тұлғаны тағайындау туралы (ЕКЦ-2027/244 хатқа)", "2027-02-05 16:10 +0500",
    text="""Бірыңғай байланыс орталығына

2027 жылғы 1 ақпандағы № ЕКЦ-2027/244 хатыңызға

Ұлытау облысы әкімінің аппараты Сіздің хатыңызды қарап, мынаны хабарлайды.

«Мұрағаттық анықтамалар беру» (№ 00203009) және «Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру» (№ 01101003) мемлекеттік көрсетілетін қызметтері бойынша Бірыңғай байланыс орталығына ақпарат ұсынуға және оқыту жүргізуге жауапты тұлға болып мемлекеттік қызметтер бөлімінің бас маманы Серікбаева Гүлнар Қайратқызы тағайындалды.

Байланыс телефоны: 8 (7102) 77-41-26
Электрондық пошта: g.serikbayeva@ulytau-akimat.gov.kz

1-қосымша бойынша ақпарат бес жұмыс күні ішінде жіберіледі.

Аппарат басшысы                                   Н. Әлімжанов

Орынд.: Серікбаева Г.Қ.
Исп.: тел. 77-41-26
""")
key(n, [{"part": "body", "kind": "responsible_change", "language": "kk",
         "responsible": {"full_name": "Серікбаева Гүлнар Қайратқызы", "position": "мемлекеттік қызметтер бөлімінің бас маманы",
                         "phone": "87102774126", "email": "g.serikbayeva@ulytau-akimat.gov.kz"},
         "previous_responsible": None,
         "services": [{"registry_number": "00203009"}, {"registry_number": "01101003"}]}])
ctx(n, A_ULYTAU_AKIMAT, [("00203009", "Выдача архивных справок"), ("01101003", "Выдача справки о наличии личного подсобного хозяйства")],
    "appointment", L("ЕКЦ-2027/244", "2027-02-01", "Запрос о назначении ответственного лица и представлении информации"),
    "record Серікбаева Г.Қ. as the responsible person; wait for Appendix 1", True)
man(n, "responsible_change (appointment)", "kk", "eml text", "Kazakh appointment 'тағайындалды', position before the name, -қызы patronymic; Russian only in 'Исп.'")

# g04 — key facts only in the attachment
n = "g04-fakty-tolko-vo-vlozhenii.eml"
att = b_docx([
    ("b", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІ\nМИНИСТЕРСТВО ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН"),
    "010000, Астана қ., Мәңгілік Ел д-лы, 8, «Министрліктер үйі», 13-кіреберіс",
    "18.02.2027 № 7-2-17/Е-884",
    ("r", "Единый контакт-центр"),
    ("c", "О замене ответственного лица"),
    "Министерство юстиции Республики Казахстан в соответствии с пунктом 7 Правил взаимодействия Единого контакт-центра уведомляет, что в связи с увольнением Ли Ирины Вячеславовны ответственным лицом за представление информации и проведение обучения по государственным услугам № 01001002 «Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств» и № 01008001 «Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов» с 22 февраля 2027 года назначена Кабдрахманова Айнур Ержановна — главный эксперт Департамента регистрационной службы и организации юридических услуг.",
    "Контакты: +7 (7172) 58-00-94, a.kabdrakhmanova@adilet-minjust.gov.kz.",
    "",
    "Вице-министр                                                  Б. Мукаш",
])
eml(n, addr("Канцелярия МЮ РК", "kanc@adilet-minjust.gov.kz"), EKC,
    "Исх. 7-2-17/Е-884", "2027-02-18 17:55 +0500",
    text="""Направляем письмо Министерства юстиции РК (во вложении).
Оригинал - через ЕСЭДО.

Канцелярия
""", atts=[("7-2-17-E-884.docx", att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
key(n, [{"part": "7-2-17-E-884.docx", "kind": "responsible_change", "language": "ru",
         "responsible": {"full_name": "Кабдрахманова Айнур Ержановна",
                         "position": "главный эксперт Департамента регистрационной службы и организации юридических услуг",
                         "phone": "+77172580094", "email": "a.kabdrakhmanova@adilet-minjust.gov.kz"},
         "previous_responsible": {"full_name": "Ли Ирина Вячеславовна"},
         "effective_date": "2027-02-22",
         "services": [{"registry_number": "01001002"}, {"registry_number": "01008001"}]}])
ctx(n, A_MINJUST, [("01001002", "Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств"),
    ("01008001", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов")],
    "consulting", None, "replace the responsible person with Кабдрахманова А.Е. from 2027-02-22", True)
man(n, "responsible_change", "ru (kk letterhead)", "eml + docx", "body says only 'see attachment', subject is an outgoing number; previous person in genitive; bilingual letterhead")

# g05 — Appendix 1 pasted into the body (Outlook HTML table)
n = "g05-prilozhenie1-v-tele-pisma.eml"
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{border:1px solid #000;padding:3px;font-size:10pt;font-family:'Times New Roman'}</style></head><body>
<p>Добрый день! На Ваш запрос ЕКЦ-2027/190 направляем информацию (таблица ниже, вложения нет — таблица скопирована из Word).</p>
<p align="center"><b>Запрос о предоставлении информации о государственной услуге</b></p>
<table cellspacing="0" style="border-collapse:collapse">
<tr><td>№ п/п</td><td>№ государственной услуги в реестре</td><td>Наименование государственной услуги</td><td>Стандарт государственной услуги (с указанием его реквизитов)</td><td>Регламент государственной услуги (с указанием его реквизитов)</td><td>Изменения нормативных правовых актов</td><td>Интернет-ресурс, на котором размещена информация о государственной услуге</td><td>Фамилия, имя, отчество, должность ответственного лица</td></tr>
<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr>
<tr><td>1</td><td>00201001</td><td>Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния</td>
<td>Правила оказания государственных услуг в сфере регистрации актов гражданского состояния, утвержденные приказом Министра юстиции Республики Казахстан от 29 мая 2020 года № 66</td>
<td>-</td>
<td>Приказ Министра юстиции Республики Казахстан от 14 ноября 2026 года № 903 «О внесении изменений в приказ Министра юстиции Республики Казахстан от 29 мая 2020 года № 66»</td>
<td>www.gov.kz/memleket/entities/astana-akhaz</td>
<td>Шарипова Алия Жумабековна, главный специалист отдела регистрации рождения, 8 (7172) 55-31-18, a.sharipova@astana-akhaz.gov.kz</td></tr>
</table>
<p>Ф.И.О. ответственного исполнителя: Рустемова Гульмира Асхатовна</p>
<p>Дата: «16» февраля 2027 г.</p>
<p>--<br>Управление РАГС г. Астаны</p></body></html>"""
eml(n, addr("Рустемова Гульмира", "akhaz@astana-akhaz.gov.kz"), EKC, "RE: ЕКЦ-2027/190", "2027-02-16 10:21 +0500", html=html,
    headers={"X-Mailer": "Microsoft Outlook 16.0"})
key(n, [{"part": "body", "kind": "appendix1_form", "language": "ru",
         "services": [{"registry_number": "00201001",
                       "service_name": "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния",
                       "standard": "Правила оказания государственных услуг в сфере регистрации актов гражданского состояния, утвержденные приказом Министра юстиции Республики Казахстан от 29 мая 2020 года № 66",
                       "regulation": None,
                       "npa_changes": "Приказ Министра юстиции Республики Казахстан от 14 ноября 2026 года № 903 «О внесении изменений в приказ Министра юстиции Республики Казахстан от 29 мая 2020 года № 66»",
                       "website": "www.gov.kz/memleket/entities/astana-akhaz",
                       "responsible": {"full_name": "Шарипова Алия Жумабековна", "position": "главный специалист отдела регистрации рождения",
                                       "phone": "87172553118", "email": "a.sharipova@astana-akhaz.gov.kz"}}],
         "executor": {"full_name": "Рустемова Гульмира Асхатовна", "date": "2027-02-16"}}])
ctx(n, A_ASTANA_ZAGS, [("00201001", "Государственная регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния")],
    "information", L("ЕКЦ-2027/190", "2027-01-25", "Запрос о представлении информации по форме приложения 1"),
    "store the Appendix 1 data; arrange training", True)
man(n, "appendix1_form", "ru", "eml html-only", "the form is an HTML table inside the body, regulation '-' (null), website without scheme")

# g06 — the protocol as a PDF attachment
n = "g06-protokol-v-pdf.eml"
att = b_pdf([
    ("c", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования"),
    "г. Астана                                                                                  17 февраля 2027 года",
    "Комитет транспорта Министерства транспорта Республики Казахстан в лице руководителя Управления регистрации судов Абенова Талгата Муратовича и Единый контакт-центр в лице начальника отдела методологии Искаковой Жанар Бекеновны составили настоящий протокол о том, что 17 февраля 2027 года проведено обучение ответственных сотрудников Единого контакт-центра и следующие государственные услуги приняты для консультирования:",
    ("t", [["№", "Реестровый номер", "Наименование государственной услуги"],
           ["1", "00302019", "Выдача удостоверения на право управления самоходным маломерным судном"],
           ["2", "00302024", "Государственная регистрация судна в Государственном судовом реестре"]], [30, 100, 340]),
    "Обучение провела: Оспанова Мадина Кайратовна, главный эксперт Управления регистрации судов.",
    "От Комитета транспорта:  ___/подписано/___  Т. Абенов",
    "От Единого контакт-центра:  ___/подписано/___  Ж. Искакова",
])
eml(n, addr("Оспанова Мадина", "m.ospanova@transport-komitet.gov.kz"), EKC,
    "Протокол", "2027-02-18 09:14 +0500",
    text="""Добрый день,
подписанный протокол во вложении (скан). Оригиналы - нарочно.
М.
""", atts=[("scan_20270218_0912.pdf", att, "application/pdf")])
key(n, [{"part": "scan_20270218_0912.pdf", "kind": "training_protocol", "language": "ru", "protocol_date": "2027-02-17",
         "services": [{"registry_number": "00302019"}, {"registry_number": "00302024"}]}])
ctx(n, A_KOMTRANS, [("00302019", "Выдача удостоверения на право управления самоходным маломерным судном"),
    ("00302024", "Государственная регистрация судна в Государственном судовом реестре")],
    "protocol", L("ЕКЦ-2027/140", "2027-01-20", "О проведении обучения сотрудников ЕКЦ"),
    "mark both services accepted for consulting (protocol of 2027-02-17); start consulting five working days later", True)
man(n, "training_protocol", "ru", "eml + pdf", "three-line body 'Протокол'; the PDF is named like a scanner output; signatures are '/подписано/'")

# g07 — Kazakh refusal: state secret
n = "g07-bas-tartu-memlekettik-qupiya.docx"
save(n, b_docx([
    ("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӨНЕРКӘСІП ЖӘНЕ ҚҰРЫЛЫС МИНИСТРЛІГІНІҢ ГЕОЛОГИЯ КОМИТЕТІ"),
    "2027 жылғы 2 наурыз № 27-03/1518",
    ("r", "Бірыңғай байланыс орталығына"),
    "2027 жылғы 23 ақпандағы № ЕКЦ-2027/351 хатқа",
    "Геология комитеті «Қатты пайдалы қазбаларды барлауға лицензия беру» мемлекеттік көрсетілетін қызметі (№ 00901009) бойынша қосымша ақпарат ұсыну туралы сұрау салуыңызды қарап, сұратылған ақпаратты ұсынудан бас тартады.",
    "Бас тарту себебі: сұратылған жер қойнауы учаскелерінің координаттары мен пайдалы қазбалар қорлары туралы мәліметтер мемлекеттік құпияларды құрайды.",
    "Бұл ретте лицензия беру тәртібі, құжаттар тізбесі және мерзімдер туралы жалпы ақпарат бұрын ұсынылған 1-қосымшада көрсетілгенін хабарлаймыз.",
    "",
    "Төрағаның орынбасары                                              Е. Бәйкенов",
    "Орынд.: Жармағанбетов А.Қ., 8 (7172) 24-60-02",
]))
key(n, [{"part": n, "kind": "refusal", "language": "kk",
         "refusal_reason": "сұратылған жер қойнауы учаскелерінің координаттары мен пайдалы қазбалар қорлары туралы мәліметтер мемлекеттік құпияларды құрайды",
         "refusal_ground": "state_secret",
         "services": [{"registry_number": "00901009"}]}])
ctx(n, A_KOMGEO, [("00901009", "Выдача лицензии на разведку твердых полезных ископаемых")], "additional_answer",
    L("ЕКЦ-2027/351", "2027-02-23", "Запрос о представлении дополнительной информации"),
    "record a lawful refusal (state secret) and close the additional request", True)
man(n, "refusal", "kk", "docx", "Kazakh refusal 'Бас тарту себебі', ground state secret; an executor with phone")

# g08 — change notice as a short text (windows-1251)
n = "g08-izmenenie-internet-resursa.txt"
txt(n, """Единый контакт-центр

Управление городского планирования и урбанистики города Алматы в порядке пункта 6 Правил взаимодействия сообщает, что с 1 марта 2027 года информация о государственной услуге «Выдача разрешения на производство строительно-монтажных работ» (реестровый № 00502024) размещается на новом интернет-ресурсе: https://www.gov.kz/memleket/entities/almaty-urban/activities/gosuslugi

Прочие сведения, представленные ранее по форме приложения 1 (стандарт, регламент, ответственное лицо), не изменились.

Главный специалист                                  Д. Сулейменов
тел. +7 (727) 271-64-20
""", enc="cp1251")
key(n, [{"part": n, "kind": "change_notice", "language": "ru",
         "services": [{"registry_number": "00502024", "standard": None, "regulation": None, "npa_changes": None,
                       "website": "https://www.gov.kz/memleket/entities/almaty-urban/activities/gosuslugi"}],
         "change_date": "2027-03-01"}])
ctx(n, A_ALMATY_ARCH, [("00502024", "Выдача разрешения на производство строительно-монтажных работ")], "consulting", None,
    "update the website of service 00502024 from 2027-03-01", True)
man(n, "change_notice", "ru", "txt windows-1251", "only the website changed; the letter names the unchanged fields in words")

# g09 — bilingual training protocol, Kazakh date
n = "g09-hattama-oqytu-kk-ru.docx"
save(n, b_docx([
    ("c", "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдауы туралы\nХАТТАМА"),
    ("c", "Протокол принятия Единым контакт-центром государственных услуг для консультирования"),
    "Қостанай қаласы / г. Костанай                                                2027 жылғы «19» ақпан",
    "Қостанай облысы әкімдігінің ветеринария басқармасы (бұдан әрі – Басқарма) және Бірыңғай байланыс орталығы (бұдан әрі – ББО) осы хаттаманы төмендегілер туралы жасады:",
    "1. 2027 жылғы 16 ақпанда Басқарманың жауапты тұлғасы Мусина Айгерим Болатқызы ББО қызметкерлерін мынадай мемлекеттік көрсетілетін қызметтер бойынша оқытты:",
    ("t", [["Р/с №", "Тізілімдегі нөмірі / № в реестре", "Атауы / Наименование"],
           ["1", "00602004", "Жануарға ветеринариялық паспорт беру / Выдача ветеринарного паспорта на животное"],
           ["2", "00602013", "Ветеринариялық анықтама беру / Выдача ветеринарной справки"]]),
    "2. Аталған қызметтер ББО-да консультация беру үшін қабылданды. / Указанные услуги приняты для консультирования.",
    "Басқарма атынан / От Управления:  басшының орынбасары _____(қолы)_____ Қ. Шәріпов",
    "ББО атынан / От ЕКЦ:  бөлім бастығы _____(қолы)_____ Ж. Искакова",
]))
key(n, [{"part": n, "kind": "training_protocol", "protocol_date": "2027-02-19",
         "services": [{"registry_number": "00602004"}, {"registry_number": "00602013"}]}])
ctx(n, A_KOSTANAY_VET, [("00602004", "Выдача ветеринарного паспорта на животное"), ("00602013", "Выдача ветеринарной справки")],
    "protocol", L("ЕКЦ-2027/201", "2027-01-25", "О сроках проведения обучения"),
    "mark both services accepted for consulting, protocol of 2027-02-19", True)
man(n, "training_protocol", "kk+ru", "docx", "Kazakh-first bilingual protocol, date '2027 жылғы «19» ақпан' while the training date (16 Feb) also appears")

# g10 — Appendix 1 turned on its side (field | value)
n = "g10-forma-na-boku.docx"
save(n, b_docx([
    ("b", "Управление предпринимательства и индустриально-инновационного развития Западно-Казахстанской области"),
    "На № ЕКЦ-2027/262 от 03.02.2027",
    ("c", "Информация о государственной услуге (приложение 1 к Правилам взаимодействия ЕКЦ)"),
    ("t", [["№ государственной услуги в реестре", "01703012"],
           ["Наименование государственной услуги", "Субсидирование ставки вознаграждения по кредитам в рамках Национального проекта по развитию предпринимательства"],
           ["Стандарт государственной услуги (с указанием его реквизитов)", "Правила субсидирования ставки вознаграждения, утвержденные постановлением Правительства Республики Казахстан от 30 ноября 2024 года № 1018"],
           ["Регламент государственной услуги (с указанием его реквизитов)", "не предусмотрен"],
           ["Изменения нормативных правовых актов", "Постановление Правительства Республики Казахстан от 19 января 2027 года № 22 «О внесении изменений в постановление Правительства Республики Казахстан от 30 ноября 2024 года № 1018»"],
           ["Интернет-ресурс, на котором размещена информация о государственной услуге", "https://www.gov.kz/memleket/entities/zko-kasipker"],
           ["Фамилия, имя, отчество, должность ответственного лица", "Кенжебаева Дана Муратовна – руководитель отдела поддержки предпринимательства, тел.: 8 (7112) 24-18-65, d.kenzhebaeva@zko-kasipker.gov.kz"]]),
    "Исполнитель: Галиев Руслан Т.",
    "09.02.2027",
]))
key(n, [{"part": n, "kind": "appendix1_form", "language": "ru",
         "services": [{"registry_number": "01703012",
                       "service_name": "Субсидирование ставки вознаграждения по кредитам в рамках Национального проекта по развитию предпринимательства",
                       "standard": "Правила субсидирования ставки вознаграждения, утвержденные постановлением Правительства Республики Казахстан от 30 ноября 2024 года № 1018",
                       "regulation": "не предусмотрен",
                       "npa_changes": "Постановление Правительства Республики Казахстан от 19 января 2027 года № 22 «О внесении изменений в постановление Правительства Республики Казахстан от 30 ноября 2024 года № 1018»",
                       "website": "https://www.gov.kz/memleket/entities/zko-kasipker",
                       "responsible": {"full_name": "Кенжебаева Дана Муратовна", "position": "руководитель отдела поддержки предпринимательства",
                                       "phone": "87112241865", "email": "d.kenzhebaeva@zko-kasipker.gov.kz"}}],
         "executor": {"full_name": "Галиев Руслан Т.", "date": "2027-02-09"}}])
ctx(n, A_ZKO_PRED, [("01703012", "Субсидирование ставки вознаграждения по кредитам в рамках Национального проекта по развитию предпринимательства")],
    "information", L("ЕКЦ-2027/262", "2027-02-03", "Запрос о представлении информации по форме приложения 1"),
    "store the Appendix 1 data", True)
man(n, "appendix1_form", "ru", "docx", "form on its side (field | value), regulation written as 'не предусмотрен', executor with initial, date alone on a line")

# g11 — refusal: not competent, webmail in koi8-r
n = "g11-otkaz-ne-v-kompetencii.eml"
eml(n, addr("Тулегенов Ерлан", "vet@kst-vetupr.gov.kz"), EKC,
    "Ответ на запрос ЕКЦ-2027/340", "2027-02-27 13:40 +0500",
    text="""Здравствуйте.

Управление ветеринарии акимата Костанайской области на Ваш запрос N ЕКЦ-2027/340 от 20.02.2027 о представлении информации по государственной услуге "Регистрация залога сельскохозяйственных животных" (N 00602037) сообщает, что не может представить запрашиваемую информацию, так как регистрация залога сельскохозяйственных животных не относится к компетенции Управления и осуществляется Министерством сельского хозяйства Республики Казахстан.

Рекомендуем направить запрос в Министерство сельского хозяйства РК.

--
Тулегенов Е., руководитель отдела
Управление ветеринарии акимата Костанайской области
8 (7142) 53-11-07
""", charset="koi8-r", headers={"User-Agent": "Roundcube Webmail/1.6.6", "X-Sender": "vet@kst-vetupr.gov.kz"})
key(n, [{"part": "body", "kind": "refusal", "language": "ru",
         "refusal_reason": "регистрация залога сельскохозяйственных животных не относится к компетенции Управления",
         "refusal_ground": "not_competent",
         "services": [{"registry_number": "00602037"}]}])
ctx(n, A_KOSTANAY_VET, [("00602037", "Регистрация залога сельскохозяйственных животных")], "information",
    L("ЕКЦ-2027/340", "2027-02-20", "Запрос о представлении информации по форме приложения 1"),
    "record the refusal (not competent) and redirect the request to the Ministry of Agriculture", True)
man(n, "refusal", "ru", "eml koi8-r webmail", "no 'отказ' word and no 'Причина' label; 'N' instead of №; ground not_competent")

# g12 — responsible change in a PDF letter
n = "g12-zamena-otvetstvennogo.pdf"
save(n, b_pdf([
    ("c", "«МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ЭНЕРГЕТИКА ЖӘНЕ ТҰРҒЫН ҮЙ-КОММУНАЛДЫҚ ШАРУАШЫЛЫҚ БАСҚАРМАСЫ» ММ\nГУ «УПРАВЛЕНИЕ ЭНЕРГЕТИКИ И ЖИЛИЩНО-КОММУНАЛЬНОГО ХОЗЯЙСТВА МАНГИСТАУСКОЙ ОБЛАСТИ»"),
    "130000, Ақтау қ., 14 ш/а, 1 ғимарат / г. Актау, 14 мкр., зд. 1, тел. 8 (7292) 50-22-81",
    "Исх. № 02-09/744 от «04» марта 2027 г.",
    ("r", "Единый контакт-центр"),
    "Уведомление о замене ответственного лица",
    "Настоящим уведомляем, что начиная с 9 марта 2027 года ответственным лицом за взаимодействие с Единым контакт-центром по государственным услугам № 00504002 и № 00504007 является Досжанов Мирас Ерланұлы, главный специалист отдела жилищной политики (тел. 8 (7292) 50-23-14, e-mail: m.doszhanov@mang-zhkh.gov.kz).",
    "Ранее ответственным являлся Утемисов Кайрат Жаксылыкович, назначенный руководителем Управления.",
    "Руководитель Управления                                                                К. Утемисов",
]))
key(n, [{"part": n, "kind": "responsible_change", "language": "ru",
         "responsible": {"full_name": "Досжанов Мирас Ерланұлы", "position": "главный специалист отдела жилищной политики",
                         "phone": "87292502314", "email": "m.doszhanov@mang-zhkh.gov.kz"},
         "previous_responsible": {"full_name": "Утемисов Кайрат Жаксылыкович"},
         "effective_date": "2027-03-09",
         "services": [{"registry_number": "00504002"}, {"registry_number": "00504007"}]}])
ctx(n, A_MANGYSTAU_ZHKH, [("00504002", "Выдача технических условий на подключение к сетям теплоснабжения"),
    ("00504007", "Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда")],
    "consulting", None, "replace the responsible person with Досжанов М.Е. from 2027-03-09", True)
man(n, "responsible_change", "ru (kk letterhead)", "pdf", "the previous responsible person now signs the letter as head; -ұлы patronymic; bilingual letterhead")

# g13 — Appendix 1 in Kazakh, xlsx, two services
n = "g13-1-qosymsha-kk.xlsx"
save(n, b_xlsx([("1-қосымша", [
    ["", "", "", "", "", "", "", "Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларына 1-қосымша"],
    ["Мемлекеттік көрсетілетін қызмет туралы ақпарат ұсыну туралы сұрау салу"],
    ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
     "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)", "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
     "Нормативтік құқықтық актілердің өзгерістері", "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
     "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"],
    [1, 2, 3, 4, 5, 6, 7, 8],
    [1, "00703001", "Мұрағат қорының құрамы туралы анықтама беру",
     "Мәдениет және ақпарат министрінің 2020 жылғы 29 мамырдағы № 150 бұйрығымен бекітілген «Мұрағат қорының құрамы туралы анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары",
     "—", "—", "www.gov.kz/memleket/entities/abai-madeniet",
     "Ермекова Лаура Сапарқызы, мұрағаттар бөлімінің бас маманы, 8 (7222) 52-60-71, l.yermekova@abai-madeniet.gov.kz"],
    [2, "00703006", "Мұрағаттық анықтамалар беру",
     "Мәдениет және ақпарат министрінің 2020 жылғы 29 мамырдағы № 150 бұйрығымен бекітілген «Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет қағидалары",
     "—", "Мәдениет және спорт министрінің 2026 жылғы 12 қазандағы № 287 бұйрығы",
     "www.gov.kz/memleket/entities/abai-madeniet",
     "Смағұлов Бауыржан Ерікұлы, мұрағаттар бөлімінің басшысы, 8 (7222) 52-60-70"],
    [],
    ["Орындаған: Ермекова Лаура Сапарқызы"],
    ["Күні: 2027 жылғы 25 қаңтар"],
], [6, 14, 30, 45, 20, 30, 30, 45])]))
key(n, [{"part": n, "kind": "appendix1_form", "language": "kk",
         "services": [
             {"registry_number": "00703001", "service_name": "Мұрағат қорының құрамы туралы анықтама беру",
              "standard": "Мәдениет және ақпарат министрінің 2020 жылғы 29 мамырдағы № 150 бұйрығымен бекітілген «Мұрағат қорының құрамы туралы анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары",
              "regulation": None, "npa_changes": None, "website": "www.gov.kz/memleket/entities/abai-madeniet",
              "responsible": {"full_name": "Ермекова Лаура Сапарқызы", "position": "мұрағаттар бөлімінің бас маманы",
                              "phone": "87222526071", "email": "l.yermekova@abai-madeniet.gov.kz"}},
             {"registry_number": "00703006", "service_name": "Мұрағаттық анықтамалар беру",
              "standard": "Мәдениет және ақпарат министрінің 2020 жылғы 29 мамырдағы № 150 бұйрығымен бекітілген «Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет қағидалары",
              "regulation": None, "npa_changes": "Мәдениет және спорт министрінің 2026 жылғы 12 қазандағы № 287 бұйрығы",
              "website": "www.gov.kz/memleket/entities/abai-madeniet",
              "responsible": {"full_name": "Смағұлов Бауыржан Ерікұлы", "position": "мұрағаттар бөлімінің басшысы",
                              "phone": "87222526070", "email": None}}],
         "executor": {"full_name": "Ермекова Лаура Сапарқызы", "date": "2027-01-25"}}])
ctx(n, A_ABAY_CULT, [("00703001", "Выдача справки о составе архивного фонда"), ("00703006", "Выдача архивных справок")],
    "information", L("ЕКЦ-2027/109", "2027-01-14", "Запрос о назначении ответственного лица и представлении информации"),
    "store the Appendix 1 data for both services", True)
man(n, "appendix1_form", "kk", "xlsx", "Kazakh headers with a title row above, em-dash cells, the second responsible has no e-mail, Kazakh date under the table")

# g14 — change notice, Outlook HTML, two services with different changed fields
n = "g14-izmeneniya-dve-uslugi-outlook.eml"
html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Уважаемые коллеги,<o:p></o:p></p>
<p class=MsoNormal>в соответствии с п. 6 Правил взаимодействия актуализируем ранее представленную информацию. Изменения действуют с 12 марта 2027 года.<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td><p class=MsoNormal><b>Услуга</b></p></td><td><p class=MsoNormal><b>Что изменилось</b></p></td><td><p class=MsoNormal><b>Новое значение</b></p></td></tr>
<tr><td><p class=MsoNormal>01302001 «Выдача разрешения на специальное водопользование»</p></td><td><p class=MsoNormal>Стандарт (правила оказания)</p></td>
<td><p class=MsoNormal>Правила оказания государственной услуги «Выдача разрешения на специальное водопользование», утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 3 марта 2027 года № 58</p></td></tr>
<tr><td><p class=MsoNormal>01302004 «Выдача разрешения на эмиссии в окружающую среду»</p></td><td><p class=MsoNormal>Интернет-ресурс</p></td>
<td><p class=MsoNormal><a href="https://www.gov.kz/memleket/entities/ecogeo/activities/permits">https://www.gov.kz/memleket/entities/ecogeo/activities/permits</a></p></td></tr>
</table>
<p class=MsoNormal>Остальные сведения и ответственное лицо — без изменений.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='font-size:10pt;color:#7F7F7F'>Досмухамбетова Ляззат<br>главный эксперт Департамента государственных услуг<br>Министерство экологии и природных ресурсов РК<br>+7 (7172) 74-08-52</span></p>
</div></body></html>"""
eml(n, addr("Досмухамбетова Ляззат Каиржановна", "l.dosmukhambetova@ecogeo-min.gov.kz"), EKC,
    "Актуализация информации по госуслугам 01302001, 01302004", "2027-03-12 15:03 +0500", html=html,
    headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtT0Xk3n1p0d2Q1R0yq3pX8AAA9nQ=="})
key(n, [{"part": "body", "kind": "change_notice", "language": "ru",
         "services": [
             {"registry_number": "01302001",
              "standard": "Правила оказания государственной услуги «Выдача разрешения на специальное водопользование», утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 3 марта 2027 года № 58",
              "regulation": None, "npa_changes": None, "website": None},
             {"registry_number": "01302004", "standard": None, "regulation": None, "npa_changes": None,
              "website": "https://www.gov.kz/memleket/entities/ecogeo/activities/permits"}],
         "change_date": "2027-03-12"}])
ctx(n, A_MINECOLOGY, [("01302001", "Выдача разрешения на специальное водопользование"), ("01302004", "Выдача разрешения на эмиссии в окружающую среду")],
    "consulting", None, "update the standard of 01302001 and the website of 01302004 from 2027-03-12", True)
man(n, "change_notice", "ru", "eml html-only (Outlook)", "a three-column 'what changed / new value' table; different field per service")

# g15 — responsible change at the top of a long quoted thread
n = "g15-otvet-nad-citatoi.eml"
eml(n, addr("Жармаганбетов Алибек", "a.zharmaganbetov@komgeo-mps.gov.kz"), EKC,
    "RE: RE: Запрос о представлении дополнительной информации ЕКЦ-2027/351", "2027-03-02 18:20 +0500",
    text="""Добрый вечер!
Официальный ответ по запросу 351 направлен письмом Комитета от 02.03.2027 № 27-03/1518.
Заодно сообщаю: с 1 марта 2027 года ответственным за взаимодействие с ЕКЦ по услуге 00901009 вместо Омаровой Жанны Бекболатовны является Жармаганбетов Алибек Қайратұлы, руководитель Управления по работе с госуслугами, тел. 8 (7172) 24-60-02, a.zharmaganbetov@komgeo-mps.gov.kz. Официальное уведомление будет в ЕСЭДО, но прошу уже сейчас обращаться ко мне.

С уважением,
А. Жармаганбетов

From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Tuesday, February 23, 2027 11:02 AM
To: Омарова Жанна <zh.omarova@komgeo-mps.gov.kz>
Subject: RE: Запрос о представлении дополнительной информации ЕКЦ-2027/351

Жанна Бекболатовна, добрый день!
Напоминаем о запросе. По нашим данным, Вы являетесь ответственным лицом:

| 00901009 | Выдача лицензии на разведку твердых полезных ископаемых | ... | Омарова Жанна Бекболатовна, главный эксперт Управления лицензирования, 8 (7172) 24-61-77, zh.omarova@komgeo-mps.gov.kz |

From: Омарова Жанна <zh.omarova@komgeo-mps.gov.kz>
Sent: Monday, February 22, 2027 5:40 PM
To: Единый контакт-центр <info@ekc.gov.kz>
Subject: RE: Запрос о представлении дополнительной информации ЕКЦ-2027/351

Получили, рассматриваем. Ж.Омарова
""", in_reply_to="<351.ekc-2027-351@ekc.gov.kz>")
key(n, [{"part": "body", "kind": "responsible_change", "language": "ru",
         "responsible": {"full_name": "Жармаганбетов Алибек Қайратұлы", "position": "руководитель Управления по работе с госуслугами",
                         "phone": "87172246002", "email": "a.zharmaganbetov@komgeo-mps.gov.kz"},
         "previous_responsible": {"full_name": "Омарова Жанна Бекболатовна"},
         "effective_date": "2027-03-01",
         "services": [{"registry_number": "00901009"}]}])
ctx(n, A_KOMGEO, [("00901009", "Выдача лицензии на разведку твердых полезных ископаемых")], "additional_answer",
    L("ЕКЦ-2027/351", "2027-02-23", "Запрос о представлении дополнительной информации"),
    "replace the responsible person with Жармаганбетов А.Қ. from 2027-03-01 (the additional answer itself came separately)", True)
man(n, "responsible_change", "ru", "eml text, quoted thread", "the change is 'заодно' in a reply about another matter; the quote holds the old person's full Appendix 1 cell")

# g16 — appointment in Kazakh as a text file, three services
n = "g16-tagaiyndau-ush-qyzmet.txt"
txt(n, """ҚР Ауыл шаруашылығы министрлігі
2027 жылғы 12 ақпан № 11-1-17/3390

Бірыңғай байланыс орталығы

2027 жылғы 9 ақпандағы № ЕКЦ-2027/288 сұрау салуыңызға жауап ретінде Министрлік Бірыңғай байланыс орталығына ақпарат ұсынуға және оқыту жүргізуге жауапты тұлға ретінде Цифрландыру департаментінің бас сарапшысы Есенгельдина Камила Бауыржанқызын тағайындағанын хабарлайды.

Мемлекеттік көрсетілетін қызметтер:
- 00602037 – Ауыл шаруашылығы жануарларының кепілін тіркеу;
- 00602041 – Асыл тұқымды мал шаруашылығын дамытуды субсидиялау;
- 00602045 – Тұқым шаруашылығын дамытуды субсидиялау.

Байланыс: +7 (7172) 55-67-19, k.esengeldina@agri-minselhoz.gov.kz

Вице-министр                                       А. Сапаров
""")
key(n, [{"part": n, "kind": "responsible_change", "language": "kk",
         "responsible": {"full_name": "Есенгельдина Камила Бауыржанқызы", "position": "Цифрландыру департаментінің бас сарапшысы",
                         "phone": "+77172556719", "email": "k.esengeldina@agri-minselhoz.gov.kz"},
         "previous_responsible": None,
         "services": [{"registry_number": "00602037"}, {"registry_number": "00602041"}, {"registry_number": "00602045"}]}])
ctx(n, A_MINAGRO, [("00602037", "Регистрация залога сельскохозяйственных животных"), ("00602041", "Субсидирование развития племенного животноводства"),
    ("00602045", "Субсидирование развития семеноводства")],
    "appointment", L("ЕКЦ-2027/288", "2027-02-09", "Запрос о назначении ответственного лица"),
    "record Есенгельдина К.Б. as the responsible person for three services", True)
man(n, "responsible_change (appointment)", "kk", "txt", "Kazakh, the name in the accusative ('Бауыржанқызын'), services as a dash list, contacts on a separate line")

# g17 — the protocol pasted in the body, bilingual HTML
n = "g17-protokol-v-tele-kk-ru.eml"
html = """<div style="font-family:Arial;font-size:12px">
<p>Қайырлы күн! Добрый день!</p>
<p>Төменде қол қойылған хаттаманың мәтіні. Түпнұсқасы курьер арқылы жіберілді. / Ниже — текст подписанного протокола, оригинал направлен курьером.</p>
<hr>
<p style="text-align:center"><b>ХАТТАМА / ПРОТОКОЛ<br>мемлекеттік көрсетілетін қызметтерді консультация беру үшін қабылдау туралы / принятия государственных услуг для консультирования</b></p>
<p>Астана қ. / г. Астана &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 26.02.2027</p>
<p>Еңбек және халықты әлеуметтік қорғау министрлігі мен Бірыңғай байланыс орталығы төмендегі қызметтер бойынша оқыту өткізілгенін және қызметтер консультация беру үшін қабылданғанын растайды / Министерство и ЕКЦ подтверждают, что обучение проведено и услуги приняты для консультирования:</p>
<ol><li>00801027 – Мүгедектігі бойынша мемлекеттік әлеуметтік жәрдемақы тағайындау / Назначение государственного социального пособия по инвалидности</li>
<li>00801031 – Арнаулы мемлекеттік жәрдемақы тағайындау / Назначение специального государственного пособия</li></ol>
<p>Министрлік атынан / От Министерства: Ж. Сейітқали (қолы қойылды / подписано)<br>ББО атынан / От ЕКЦ: Ж. Искакова (қолы қойылды / подписано)</p>
<hr><p>Мусаев Арман, 8 (7172) 74-36-21</p></div>"""
eml(n, addr("Мусаев Арман", "a.musayev@enbek-mintrud.gov.kz"), EKC,
    "Хаттама / Протокол 00801027, 00801031", "2027-02-26 17:45 +0500", html=html)
key(n, [{"part": "body", "kind": "training_protocol", "protocol_date": "2027-02-26",
         "services": [{"registry_number": "00801027"}, {"registry_number": "00801031"}]}])
ctx(n, A_MINTRUD, [("00801027", "Назначение государственного социального пособия по инвалидности"),
    ("00801031", "Назначение специального государственного пособия")],
    "protocol", L("ЕКЦ-2027/019", "2027-01-06", "О проведении обучения и подписании протокола"),
    "mark both services accepted for consulting, protocol of 2027-02-26", True)
man(n, "training_protocol", "kk+ru", "eml html-only", "the protocol is HTML text in the body, line by line bilingual, date as 26.02.2027")

# g18 — refusal: commercial secret, PDF
n = "g18-otkaz-kommercheskaya-taina.pdf"
save(n, b_pdf([
    ("c", "УПРАВЛЕНИЕ ЭНЕРГЕТИКИ И ЖИЛИЩНО-КОММУНАЛЬНОГО ХОЗЯЙСТВА МАНГИСТАУСКОЙ ОБЛАСТИ"),
    "№ 02-09/802                                                                                                     11.03.2027",
    ("r", "Единый контакт-центр\nна № ЕКЦ-2027/377 от 02.03.2027"),
    "По Вашему запросу о представлении расчетов платы за подключение к тепловым сетям, применяемых при оказании государственной услуги «Выдача технических условий на подключение к сетям теплоснабжения» (№ 00504002), сообщаем.",
    "Расчеты выполнены теплоснабжающей организацией ТОО «МангистауЖылуСервис» и переданы Управлению с грифом «Коммерческая тайна». В этой связи Управление не вправе представить указанные сведения, поскольку они составляют коммерческую тайну субъекта естественной монополии.",
    "Сведения о порядке подачи заявки, сроках и перечне документов содержатся в ранее представленной информации по форме приложения 1.",
    "Руководитель Управления                                                      К. Утемисов",
    "Исп. Досжанов М.Е., 50-23-14",
]))
key(n, [{"part": n, "kind": "refusal", "language": "ru",
         "refusal_reason": "они составляют коммерческую тайну субъекта естественной монополии",
         "refusal_ground": "commercial_secret",
         "services": [{"registry_number": "00504002"}]}])
ctx(n, A_MANGYSTAU_ZHKH, [("00504002", "Выдача технических условий на подключение к сетям теплоснабжения")], "additional_answer",
    L("ЕКЦ-2027/377", "2027-03-02", "Запрос о представлении дополнительной информации"),
    "record a lawful refusal (commercial secret)", True)
man(n, "refusal", "ru", "pdf", "no 'отказ' word; the reason is in a 'поскольку' clause; 'Коммерческая тайна' also appears as a stamp name")

# g19 — the form resent with a covering letter PDF (the forgotten attachment of o44)
n = "g19-povtorno-forma-i-soprovoditelnoe.eml"
form = b_docx([
    ("r", "Приложение 1 к Правилам взаимодействия"),
    ("c", "Запрос о предоставлении информации о государственной услуге"),
    ("t", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
            "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов",
            "Интернет-ресурс, на котором размещена информация о государственной услуге", "Фамилия, имя, отчество, должность ответственного лица"],
           ["1", "00101019", "Постановка на регистрационный учет налогоплательщиков",
            "Правила оказания государственной услуги «Постановка на регистрационный учет налогоплательщиков», утвержденные приказом Министра финансов Республики Казахстан от 10 июля 2020 года № 665",
            "", "", "kgd.gov.kz",
            "Бекенов Данияр Муратович\nглавный специалист отдела по работе с налогоплательщиками\n8 (7182) 32-07-44\nd.bekenov@kgd-pvl.gov.kz"]]),
    "Ф.И.О. ответственного исполнителя: Нургалиева К.А.",
    "Дата: 02.02.2027",
], landscape_=True)
cover = b_pdf([
    ("c", "ДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО ПАВЛОДАРСКОЙ ОБЛАСТИ"),
    "02.02.2027 № ПВЛ-04-12/2231",
    ("r", "Единый контакт-центр"),
    "На Ваш запрос от 26.01.2027 № ЕКЦ-2027/205 направляем информацию по форме приложения 1 к Правилам взаимодействия.",
    "Приложение: на 1 листе.",
    "Заместитель руководителя                                             Р. Исмаилов",
])
eml(n, addr("Нургалиева Карлыгаш", "k.nurgalieva@kgd-pvl.gov.kz"), EKC,
    "Fwd: Информация по форме Приложения 1 (на ЕКЦ-2027/205) - ПОВТОРНО, с вложением", "2027-02-02 09:07 +0500",
    text="""Извините, вчера ушло без вложения. Направляем повторно: сопроводительное письмо и форма.
К.Нургалиева, 8 (7182) 32-05-11
""", atts=[("soprovod_2231.pdf", cover, "application/pdf"),
           ("Прил1_ДГД_Павлодар.docx", form, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
key(n, [{"part": "soprovod_2231.pdf", "kind": "other", "language": "ru"},
        {"part": "Прил1_ДГД_Павлодар.docx", "kind": "appendix1_form", "language": "ru",
         "services": [{"registry_number": "00101019", "service_name": "Постановка на регистрационный учет налогоплательщиков",
                       "standard": "Правила оказания государственной услуги «Постановка на регистрационный учет налогоплательщиков», утвержденные приказом Министра финансов Республики Казахстан от 10 июля 2020 года № 665",
                       "regulation": None, "npa_changes": None, "website": "kgd.gov.kz",
                       "responsible": {"full_name": "Бекенов Данияр Муратович", "position": "главный специалист отдела по работе с налогоплательщиками",
                                       "phone": "87182320744", "email": "d.bekenov@kgd-pvl.gov.kz"}}],
         "executor": {"full_name": "Нургалиева К.А.", "date": "2027-02-02"}}])
ctx(n, A_KGD, [("00101019", "Постановка на регистрационный учет налогоплательщиков")], "appointment",
    L("ЕКЦ-2027/205", "2027-01-26", "Запрос о назначении ответственного лица"),
    "store the Appendix 1 data; Бекенов Д.М. is the responsible person", True)
man(n, "appendix1_form (+ other cover PDF)", "ru", "eml + pdf + docx (Cyrillic name)", "form arrives while an appointment is awaited; column 8 broken over lines; Cyrillic attachment name (RFC 2231)")

# g20 — change notice in Kazakh, DOCX: new website
n = "g20-ozgeris-internet-resurs-kk.docx"
save(n, b_docx([
    ("b", "Түркістан облысының денсаулық сақтау басқармасы"),
    "2027 жылғы 24 ақпан № 02-14/1011",
    ("r", "Бірыңғай байланыс орталығына"),
    "Өзара іс-қимыл қағидаларының 6-тармағына сәйкес «Алғашқы медициналық-санитариялық көмек көрсететін медициналық ұйымнан анықтама беру» мемлекеттік көрсетілетін қызметі (тізілімдегі № 01002005) туралы ақпарат 2027 жылғы 1 наурыздан бастап жаңа интернет-ресурста орналастырылатынын хабарлаймыз: www.gov.kz/memleket/entities/turkistan-densaulyk",
    "Бұрынғы интернет-ресурс (www.tdb.kz) жұмысын тоқтатады. Қызмет стандарты мен жауапты тұлға өзгерген жоқ.",
    "",
    "Басшының орынбасары                                                   Қ. Дәулетов",
]))
key(n, [{"part": n, "kind": "change_notice", "language": "kk",
         "services": [{"registry_number": "01002005", "standard": None, "regulation": None, "npa_changes": None,
                       "website": "www.gov.kz/memleket/entities/turkistan-densaulyk"}],
         "change_date": "2027-03-01"}])
ctx(n, A_TURKESTAN_HEALTH, [("01002005", "Выдача справки с медицинской организации, оказывающей первичную медико-санитарную помощь")],
    "consulting", None, "update the website of 01002005 from 2027-03-01", True)
man(n, "change_notice", "kk", "docx", "Kazakh; the old website is also named; date in Kazakh form")

# ---------------------------------------------------------------- manifest
with open(P("MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# askar — held-out corpus r3d\n\nLook-alike non-replies (`o*`, kind `other`, `is_reply: false`) and oddly written genuine replies (`g*`).\n"
            "Each input has `.expected.json` (answer key) and `.context.json`. Rebuild: `python make.py` (python-docx, openpyxl, reportlab).\n\n"
            "| file | kind | language | format | what makes it hard |\n| --- | --- | --- | --- | --- |\n")
    f.write("\n".join(MANIFEST) + "\n")
    f.write("""
## Summary

- 66 inputs: 46 look-alikes `o01`–`o46` (every part keyed `other`, context `is_reply: false`) and 20 genuine replies `g01`–`g20` (`is_reply: true`).
- Key documents by kind: other 50 (46 files, three of them with an attachment keyed as well, plus the covering PDF in g19); responsible_change 7 (3 of them appointments with `previous_responsible: null`); appendix1_form 4; training_protocol 3; refusal 3 (state_secret, not_competent, commercial_secret); change_notice 3.
- Formats: eml 36 (utf-8, windows-1251, koi8-r, koi8-r labelled windows-1251, Outlook HTML, Gmail alternative, DSN and MDN reports, attachments docx/pdf/gif, a Cyrillic RFC 2231 attachment name), docx 11, pdf 8, txt 6 (utf-8, utf-8 with BOM, windows-1251), xlsx 5.
- Language: about a third Kazakh or bilingual (kk 12, kk+ru 8, two more Russian letters under a bilingual letterhead).
- Several files form threads across agencies (o03 → o43 → g06; o44 → g19; o46 → g17; o12 → g14; o37/o04 → g09), so a look-alike and the genuine reply share an agency, services and our letter.
- Judgement calls: g10 keeps the regulation cell 'не предусмотрен' as written (not a dash); g15 is a responsible change sent 'by the way' while an additional answer is awaited; g19 is a full Appendix 1 while an appointment is awaited.
""")
