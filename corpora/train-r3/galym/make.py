#!/usr/bin/env python3
"""Generator of galym's held-out corpus (round J): non-replies that look like replies.
Every letter text below is written by hand; helpers only package them into files.
Run with /tmp/cv-galym/bin/python make.py"""
import io, json, os, email.utils
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4 as PAGE_A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
EKC = "Единый контакт-центр <info@ekc.gov.kz>"
MANIFEST = []

# ---------------------------------------------------------------- builders
def docx_bytes(blocks, font="Times New Roman", size=12):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
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
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
    f = io.BytesIO(); d.save(f); return f.getvalue()

def pdf_bytes(lines, land=False, size=10.5):
    f = io.BytesIO()
    ps = landscape(PAGE_A4) if land else PAGE_A4
    c = canvas.Canvas(f, pagesize=ps)
    w, h = ps; y = h - 56
    for ln in lines:
        txt = ln; bold = center = False
        while txt[:1] == "^" or txt[:2] == "**":
            if txt[:1] == "^": center = True; txt = txt[1:]
            else: bold = True; txt = txt[2:]
        font = "DVB" if bold else "DV"
        parts = simpleSplit(txt, font, size, w - 120) or [""]
        for p in parts:
            if y < 60:
                c.showPage(); y = h - 56
            c.setFont(font, size)
            if center: c.drawCentredString(w / 2, y, p)
            else: c.drawString(60, y, p)
            y -= size * 1.45
    c.save(); return f.getvalue()

def xlsx_bytes(sheets):
    wb = Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows: ws.append(list(r))
    f = io.BytesIO(); wb.save(f); return f.getvalue()

def attach(msg, fname, data, mime="application/octet-stream"):
    ma, mi = mime.split("/")
    p = MIMEBase(ma, mi); p.set_payload(data); encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
    p.set_param("name", fname)
    msg.attach(p)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"

def mail(frm, subject, date, body, *, html=None, charset="utf-8", to=EKC, cc=None,
         atts=(), irt=None, mailer=None, domain="mail.gov.kz"):
    if atts or html:
        m = MIMEMultipart("mixed")
        if html is not None and body is not None:
            alt = MIMEMultipart("alternative")
            alt.attach(MIMEText(body, "plain", charset)); alt.attach(MIMEText(html, "html", charset))
            m.attach(alt)
        elif html is not None:
            m.attach(MIMEText(html, "html", charset))
        else:
            m.attach(MIMEText(body, "plain", charset))
        for fn, data, mime in atts:
            attach(m, fn, data, mime)
    else:
        m = MIMEText(body, "plain", charset)
    m["From"] = addr(frm); m["To"] = addr(to)
    if cc: m["Cc"] = addr(cc)
    m["Subject"] = subject; m["Date"] = date
    m["Message-ID"] = email.utils.make_msgid(domain=frm.split("@")[-1].rstrip(">"))
    if irt:
        m["In-Reply-To"] = irt; m["References"] = irt
    if mailer: m["X-Mailer"] = mailer
    return m.as_bytes()

def addr(s):
    """Display name encoded, address left bare (RFC 2047 + 5322)."""
    name, a = email.utils.parseaddr(s)
    return email.utils.formataddr((name, a), charset="utf-8") if name else a

def raw_mail(headers, body_bytes):
    """A single-part mail written byte by byte (for a missing/wrong charset label)."""
    h = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return h.encode("ascii") + b"\r\n" + body_bytes

def case(name, data, docs, ctx, note, exit_=0):
    with open(os.path.join(OUT, name), "wb") as f: f.write(data)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit_, "documents": docs}, f, ensure_ascii=False, indent=2)
    c = dict(ctx); c.setdefault("our_letter", None); c["is_reply"] = False
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, ", ".join(sorted({d["kind"] for d in docs})), note))

def other(part, lang=None):
    d = {"part": part, "kind": "other"}
    if lang: d["language"] = lang
    return d

def ag(name, mail_, bin_):
    return {"name": name, "email": mail_, "bin": bin_}

def ol(num, date, subj):
    return {"number": num, "date": date, "subject": subj}

# ================================================================ documents 01-10
A1 = ag("Министерство труда и социальной защиты населения Республики Казахстан", "kense@enbek.gov.kz", "990340004117")
S1 = [{"registry_number": "00501044", "name": "Назначение пособия по уходу за ребенком"}]
d01 = docx_bytes([
    ("c", "ПРОТОКОЛ"),
    ("c", "совещания Департамента социальной помощи"),
    "г. Астана                                                                      14 января 2027 года № 3",
    "Председательствовал: директор Департамента Сейткали Б.Н.",
    "Присутствовали: Омарова Д.К., Жангельдин А.С., Ким В.Л., представитель АО «Центр развития трудовых ресурсов» Баймуханова Г.Е.",
    ("b", "Повестка дня:"),
    "1. О ходе исполнения плана по сокращению сроков оказания государственной услуги «Назначение пособия по уходу за ребенком» (реестровый № 00501044).",
    "2. Об обращениях граждан, поступивших через Единый контакт-центр в IV квартале 2026 года.",
    ("b", "Решили:"),
    "1. Информацию Омаровой Д.К. принять к сведению.",
    "2. Управлению методологии (Жангельдин А.С.) до 1 февраля 2027 года подготовить предложения по сокращению перечня документов.",
    "3. Обращения, поступившие через ЕКЦ, проанализировать и свод представить на следующее совещание.",
    "Председательствующий                                    Б. Сейткали",
    "Секретарь                                                         А. Нуржанова",
])
case("01-protokol-soveshchaniya.eml",
     mail("Нуржанова Асель <a.nurzhanova@enbek.gov.kz>", "Протокол совещания от 14.01.2027 № 3", "Mon, 18 Jan 2027 10:12:44 +0500",
          "Добрый день!\n\nНаправляем для сведения протокол совещания Департамента социальной помощи от 14.01.2027 № 3.\nПункт 3 касается обращений, поступивших через ЕКЦ.\n\nС уважением,\nНуржанова Асель\nгл. эксперт ДСП\n8 (7172) 74-33-19\n",
          atts=[("Протокол №3 от 14.01.2027.docx", d01, DOCX)], mailer="Microsoft Outlook 16.0"),
     [other("body", "ru"), other("Протокол №3 от 14.01.2027.docx", "ru")],
     {"agency": A1, "services": S1, "awaiting": "protocol",
      "expected_effect": "only file it: minutes of the ministry's own meeting, not the p.8 training protocol; the case stays awaiting the protocol"},
     "ru, eml+docx; titled ПРОТОКОЛ with a date and a registry number, but a meeting's minutes")

A2 = ag("Павлодар облысы әкімдігінің цифрландыру басқармасы", "info@digital.pavlodar.gov.kz", "120240019833")
S2 = [{"registry_number": "00902017", "name": "Мемлекеттік көрсетілетін қызметтер тізіліміне өзгерістер енгізу"}]
case("02-otyrys-hattamasy.eml",
     mail("Айдархан Мұхтарұлы <a.mukhtaruly@digital.pavlodar.gov.kz>", "Жұмыс тобының отырыс хаттамасы", "Wed, 20 Jan 2027 16:40:02 +0600",
          "Құрметті әріптестер!\n\n"
          "Мемлекеттік қызметтерді цифрландыру жөніндегі облыстық жұмыс тобы отырысының 2027 жылғы 19 қаңтардағы № 1 хаттамасын жолдаймыз.\n\n"
          "ХАТТАМА № 1\nПавлодар қ.                                   2027 жылғы 19 қаңтар\n\n"
          "Төрағалық етті: басқарма басшысы Т.Ж. Смағұлов.\nҚатысқандар: жұмыс тобының мүшелері (тізім қоса беріледі).\n\n"
          "Күн тәртібі:\n1. 2027 жылға арналған цифрландыру жоспарын талқылау.\n2. Қағаз түріндегі қызметтерді электрондық форматқа ауыстыру.\n\n"
          "ШЕШІМ:\n1. Жоспар жобасы мақұлдансын.\n2. Аудандық әкімдіктер 2027 жылғы 1 наурызға дейін ұсыныстар берсін.\n\n"
          "Хатшы: Г. Бекенова\n\n--\nАйдархан Мұхтарұлы\nбас маман\n8 (7182) 32-15-90\n"),
     [other("body", "kk")],
     {"agency": A2, "services": S2, "awaiting": "protocol",
      "expected_effect": "file only: minutes of a regional working group (хаттама), not a training protocol; case unchanged"},
     "kk, plain eml body; 'хаттама' with number and date, no training of ЕКЦ")

A3 = ag("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd@kgd.minfin.gov.kz", "040840003621")
S3 = [{"registry_number": "00401120", "name": "Регистрационный учет лица, занимающегося частной практикой"}]
p03 = pdf_bytes([
    "^**ПРОТОКОЛ № 7",
    "^проведения обучения сотрудников по вопросам информационной безопасности",
    "г. Астана                                                                 22 января 2027 г.",
    "",
    "Обучение провел: Мусин Ерболат Каиргельдыевич, главный эксперт Управления информационной безопасности.",
    "Обучаемые: сотрудники Управления регистрационного учета (12 человек, список прилагается).",
    "Темы: фишинговые рассылки; парольная политика; работа со съемными носителями; порядок действий при инциденте.",
    "По окончании обучения проведено тестирование, все сотрудники тестирование прошли.",
    "Решение: считать обучение проведенным. Повторное обучение — не позднее июля 2027 года.",
    "",
    "Провел обучение: ____________ Е. Мусин",
    "Руководитель Управления регистрационного учета: ____________ С. Абенова",
])
case("03-protokol-kiberbezopasnost.eml",
     mail("Мусин Ерболат <e.musin@kgd.minfin.gov.kz>", "RE: протокол обучения", "Fri, 22 Jan 2027 17:55:10 +0500",
          "Коллеги, протокол обучения во вложении.\nЕрболат\n\n-----Original Message-----\nFrom: Абенова Сауле\nSent: Friday, January 22, 2027 11:02 AM\nSubject: протокол обучения\n\nЕрболат, пришли протокол, нужно для отчета по ИБ.\n",
          atts=[("protokol_IB_7.pdf", p03, PDF)]),
     [other("body", "ru"), other("protokol_IB_7.pdf", "ru")],
     {"agency": A3, "services": S3, "awaiting": "protocol",
      "expected_effect": "file only: protocol of the agency's own cybersecurity training, apparently forwarded to the centre by mistake; awaiting protocol stays"},
     "ru, eml+pdf; 'Протокол проведения обучения' with date and trainees, but of own staff on security")

A4 = ag("Управление здравоохранения Карагандинской области", "uzo@karaganda-med.gov.kz", "060140012245")
S4 = [{"registry_number": "00607003", "name": "Выдача лицензии на медицинскую деятельность"}]
d04 = docx_bytes([
    ("c", "ПРИКАЗ"),
    "г. Караганда                                                   25 января 2027 года № 41-ө",
    ("b", "О назначении ответственного лица за обработку и защиту персональных данных"),
    "В соответствии со статьей 25 Закона Республики Казахстан «О персональных данных и их защите» ПРИКАЗЫВАЮ:",
    "1. Назначить ответственным за организацию обработки персональных данных в Управлении здравоохранения Карагандинской области главного специалиста отдела правового обеспечения Тулегенову Айгерим Бауржановну.",
    "2. Тулегеновой А.Б. в срок до 10 февраля 2027 года разработать перечень персональных данных, необходимый для выполнения задач Управления.",
    "3. Признать утратившим силу приказ от 3 марта 2025 года № 77-ө.",
    "4. Контроль за исполнением настоящего приказа оставляю за собой.",
    "Руководитель управления                                           Н. Искаков",
])
case("04-prikaz-personalnye-dannye.eml",
     mail("Канцелярия УЗО <kanc@karaganda-med.gov.kz>", "Приказ о назначении ответственного лица", "Tue, 26 Jan 2027 09:03:00 +0600",
          "Направляется приказ о назначении ответственного лица от 25.01.2027 № 41-ө для сведения и руководства.\n\nКанцелярия\n",
          atts=[("Приказ 41-ө.docx", d04, DOCX)]),
     [other("body", "ru"), other("Приказ 41-ө.docx", "ru")],
     {"agency": A4, "services": S4, "awaiting": "appointment",
      "our_letter": ol("ЕКЦ-2027/088", "2027-01-20", "О назначении ответственного лица по государственной услуге 00607003"),
      "expected_effect": "do not take Тулегенова as the contact centre's responsible person: the order is about personal data; still awaiting the appointment"},
     "ru, eml+docx; 'назначить ответственным' order arriving while an appointment is awaited, but for personal data")

A5 = ag("Түркістан облысы әкімдігінің мемлекеттік сатып алу басқармасы", "goszakup@turkistan.gov.kz", "180440022107")
S5 = [{"registry_number": "01103006", "name": "Мемлекеттік сатып алу веб-порталында тіркеу"}]
t05 = """ТҮРКІСТАН ОБЛЫСЫ ӘКІМДІГІНІҢ МЕМЛЕКЕТТІК САТЫП АЛУ БАСҚАРМАСЫ

БҰЙРЫҚ

2027 жылғы 27 қаңтар                    № 12-н                    Түркістан қаласы

Мемлекеттік сатып алуды ұйымдастыру үшін жауапты тұлғаны тағайындау туралы

"Мемлекеттік сатып алу туралы" Қазақстан Республикасының Заңына сәйкес БҰЙЫРАМЫН:

1. Басқарманың 2027 жылға арналған мемлекеттік сатып алуын ұйымдастыру үшін жауапты тұлға болып қаржы бөлімінің бас маманы Нұрланқызы Дана тағайындалсын.
2. Сатып алу жоспарын веб-порталда орналастыру Нұрланқызы Д.-ға жүктелсін.
3. Осы бұйрықтың орындалуын бақылау басшының орынбасары Е.Т. Оспановқа жүктелсін.

Басқарма басшысы                                    Қ. Әбдірахманов
"""
case("05-buyryq-satyp-alu.txt", t05.encode("utf-8"),
     [other("05-buyryq-satyp-alu.txt", "kk")],
     {"agency": A5, "services": S5, "awaiting": "appointment",
      "expected_effect": "file only: order appointing the person responsible for the agency's procurement, not for correspondence with the centre"},
     "kk, txt; 'жауапты тұлға ... тағайындалсын' but for public procurement")

A6 = ag("Акимат города Шымкент", "akimat@shymkent.gov.kz", "990240005561")
S6 = [{"registry_number": "00801015", "name": "Выдача архитектурно-планировочного задания"}]
h06 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Уважаемые коллеги!</p>
<p>Сообщаем, что распоряжением акима города Шымкент от 28 января 2027 года № 15-к на должность <b>заместителя акима города Шымкент</b>, курирующего вопросы строительства, архитектуры и градостроительства, назначен <b>Жолдасбеков Нурлан Ермекович</b>.</p>
<p>Приемная заместителя акима: 8 (7252) 55-10-21.</p>
<p>Просим учесть в работе.</p>
<p>С уважением,<br>Отдел документационного обеспечения<br>аппарата акима города Шымкент</p>
</div></body></html>"""
case("06-novyi-zamakima.eml",
     mail("Отдел ДОУ <dou@shymkent.gov.kz>", "Информация о назначении заместителя акима", "Thu, 28 Jan 2027 15:20:31 +0500",
          None, html=h06, mailer="Microsoft Outlook 16.0"),
     [other("body", "ru")],
     {"agency": A6, "services": S6, "awaiting": "information",
      "expected_effect": "file only: announcement of a new deputy akim; the responsible person for the centre is not replaced"},
     "ru, Outlook HTML-only; 'назначен' with a full name, but a new deputy akim, not p.7")

A7 = ag("Министерство просвещения Республики Казахстан", "kense@edu.gov.kz", "220340020056")
S7 = [{"registry_number": "00201021", "name": "Прием документов и зачисление детей в дошкольные организации"}]
b07 = ("Исх. № 6-2/314 от 29.01.2027\n\nРуководителю Единого контакт-центра\n\n"
       "Министерство просвещения сообщает, что в настоящее время разработан проект приказа «О внесении изменений в приказ "
       "Министра просвещения от 31 августа 2022 года № 385», предусматривающий изменения в Правила оказания государственной "
       "услуги «Прием документов и зачисление детей в дошкольные организации».\n\n"
       "Проект размещен на портале «Открытые НПА» для публичного обсуждения до 15 февраля 2027 года. "
       "После утверждения и государственной регистрации приказа актуализированная информация будет направлена в Ваш адрес в установленном порядке.\n\n"
       "Директор Департамента дошкольного образования                    Г. Тлеубердина\n\nИсп.: Садыкова М., 8 (7172) 74-28-03\n")
case("07-proekt-prikaza.eml",
     mail("Садыкова Мадина <m.sadykova@edu.gov.kz>", "О проекте изменений в Правила оказания услуги", "Fri, 29 Jan 2027 11:47:09 +0500",
          b07, charset="windows-1251"),
     [other("body", "ru")],
     {"agency": A7, "services": S7, "awaiting": "consulting",
      "expected_effect": "note only: a draft order is under discussion; nothing changed yet, so no change to record until the order is approved"},
     "ru, eml windows-1251; announces future change of rules (проект, после утверждения) — not a change notice")

A8 = ag("Управление земельных отношений города Алматы", "uzo@almaty.gov.kz", "050340014489")
S8 = [{"registry_number": "00604012", "name": "Предоставление права на земельный участок"}]
b08 = ("Гр. Байжанову Серику Амантаевичу\nг. Алматы, мкр. Аксай-4, д. 18, кв. 41\n\nКопия: Единый контакт-центр\n\n"
       "На Ваше заявление от 11.01.2027 № ЗТ-2027-00318 сообщаем следующее.\n\n"
       "Испрашиваемый земельный участок расположен в охранной зоне магистрального газопровода, в связи с чем в предоставлении права "
       "на земельный участок отказано на основании подпункта 2) пункта 9 Правил оказания государственной услуги.\n\n"
       "Сіздің 2027 жылғы 11 қаңтардағы өтінішіңіз бойынша жер учаскесіне құқық беруден бас тартылғанын хабарлаймыз.\n\n"
       "В случае несогласия Вы вправе обжаловать решение в порядке, установленном Административным процедурно-процессуальным кодексом.\n\n"
       "Заместитель руководителя                                 Д. Кусаинов\n")
case("08-otkaz-grazhdaninu.eml",
     mail("Управление земельных отношений <uzo@almaty.gov.kz>", "Ответ на заявление ЗТ-2027-00318 (копия ЕКЦ)", "Mon, 01 Feb 2027 14:05:55 +0600",
          b08, cc="Байжанов С. <serik.baizhanov@mail.kz>"),
     [other("body", "ru")],
     {"agency": A8, "services": S8, "awaiting": "information",
      "expected_effect": "file only: a refusal of the service sent to a citizen, with the centre in copy; not a refusal to give the centre information"},
     "ru+kk, eml; the word 'отказано' and a reason, but addressed to a citizen")

A9 = ag("Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан", "kds@mps.gov.kz", "190140031822")
S9 = [{"registry_number": "00802031", "name": "Аттестация экспертов в сфере архитектурной, градостроительной и строительной деятельности"}]
b09 = ("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан\n"
       "Копия: Единый контакт-центр\n\nИсх. № 04-11/982 от 02.02.2027\n\n"
       "Комитет по делам строительства и ЖКХ на Ваше письмо от 21.01.2027 № 17-3/5521 сообщает, что ответственным за интеграцию "
       "информационной системы «Аттестация экспертов» с платформой электронного правительства определен начальник отдела "
       "цифровизации Ахметжанов Бекзат Оралович, тел. 8 (7172) 57-06-44, b.akhmetzhanov@mps.gov.kz.\n\n"
       "Заместитель председателя                                           Т. Байгожин\n")
case("09-pismo-v-mcriap-kopiya.eml",
     mail("Ахметжанов Бекзат <b.akhmetzhanov@mps.gov.kz>", "Ответ на письмо № 17-3/5521", "Tue, 02 Feb 2027 12:30:00 +0500",
          b09, to="info@mdai.gov.kz", cc=EKC),
     [other("body", "ru")],
     {"agency": A9, "services": S9, "awaiting": "appointment",
      "expected_effect": "file only: answer to the digital ministry naming a person for system integration, the centre is only in copy; the appointment is still awaited"},
     "ru, eml to another ministry, centre in Cc; names a responsible person with phone and e-mail")

A10 = ag("Управление сельского хозяйства Костанайской области", "ush@kostanay.gov.kz", "070640009914")
S10 = [{"registry_number": "00302044", "name": "Субсидирование стоимости удобрений"},
       {"registry_number": "00302045", "name": "Субсидирование стоимости гербицидов"}]
std10a = "Правила субсидирования стоимости удобрений, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 30 марта 2020 года № 107"
std10b = "Правила субсидирования стоимости пестицидов, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 30 марта 2020 года № 107"
d10 = docx_bytes([
    ("r", "ПРОЕКТ"),
    ("c", "Информация о государственных услугах (Приложение 1 к Правилам взаимодействия ЕКЦ)"),
    ("t", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов", "Интернет-ресурс", "Фамилия, имя, отчество, должность ответственного лица"],
           ["1", "2", "3", "4", "5", "6", "7", "8"],
           ["1", "00302044", "Субсидирование стоимости удобрений", std10a, "-", "-", "www.gov.kz/memleket/entities/kostanay-ush", "Ибраев Дамир Кайратович, главный специалист отдела растениеводства"],
           ["2", "00302045", "Субсидирование стоимости гербицидов", std10b, "-", "-", "www.gov.kz/memleket/entities/kostanay-ush", "Ибраев Дамир Кайратович, главный специалист отдела растениеводства"]]),
    "Исполнитель: Ибраев Д.К.",
    "Дата: 03.02.2027",
])
case("10-proekt-prilozhenie1-soglasovanie.eml",
     mail("Ибраев Дамир <d.ibraev@kostanay.gov.kz>", "Проект Приложения 1 - для согласования", "Wed, 03 Feb 2027 10:15:42 +0600",
          "Здравствуйте!\n\nНаправляю проект заполненного Приложения 1 для согласования. Прошу посмотреть, правильно ли заполнены графы 4 и 5 "
          "(регламентов у нас нет, стоят прочерки). Официально направим за подписью руководителя после Вашего согласования.\n\n"
          "Ибраев Д.К., 8 (7142) 53-71-06\n",
          atts=[("Приложение 1 проект.docx", d10, DOCX)]),
     [other("body", "ru"),
      {"part": "Приложение 1 проект.docx", "kind": "appendix1_form", "language": "ru",
       "services": [
           {"registry_number": "00302044", "service_name": "Субсидирование стоимости удобрений", "standard": std10a, "regulation": None, "npa_changes": None,
            "website": "www.gov.kz/memleket/entities/kostanay-ush", "responsible": {"full_name": "Ибраев Дамир Кайратович", "position": "главный специалист отдела растениеводства"}},
           {"registry_number": "00302045", "service_name": "Субсидирование стоимости гербицидов", "standard": std10b, "regulation": None, "npa_changes": None,
            "website": "www.gov.kz/memleket/entities/kostanay-ush", "responsible": {"full_name": "Ибраев Дамир Кайратович", "position": "главный специалист отдела растениеводства"}}],
       "executor": {"full_name": "Ибраев Д.К.", "date": "2027-02-03"}}],
     {"agency": A10, "services": S10, "awaiting": "information",
      "our_letter": ol("ЕКЦ-2027/102", "2027-01-28", "Запрос информации по государственным услугам 00302044, 00302045"),
      "expected_effect": "do not record it: the Appendix 1 table is a draft marked ПРОЕКТ sent for approval; the official signed form is still awaited (the attachment is honestly an appendix1_form)"},
     "ru, eml+docx; real Appendix 1 table but a draft 'для согласования' — must not move the case")
# ================================================================ documents 11-20
A11 = ag("Управление юстиции Атырауской области", "atyrau@adilet.gov.kz", "950740001372")
S11 = [{"registry_number": "00101007", "name": "Государственная регистрация актов гражданского состояния (рождение)"}]
x11 = xlsx_bytes([("Свод", [
    ["Сведения об оказанных государственных услугах за 2026 год (по запросу Агентства по делам государственной службы)"],
    [],
    ["№", "Код услуги", "Наименование", "Всего оказано", "в т.ч. в электронном виде", "через ЦОН", "Мотивированные отказы"],
    [1, "00101007", "Регистрация рождения", 18422, 16011, 2411, 37],
    [2, "00101008", "Регистрация заключения брака", 6120, 5870, 250, 14],
    [3, "00101011", "Регистрация смерти", 5304, 4990, 314, 3],
    ["", "", "Итого", 29846, 26871, 2975, 54],
])])
case("11-otvet-agentstvu-statistika.eml",
     mail("Утегенова Жанар <zh.utegenova@adilet.gov.kz>", "Информация по запросу АДГС № 03-14/202 (копия ЕКЦ)", "Thu, 04 Feb 2027 18:02:27 +0500",
          "Агентство Республики Казахстан по делам государственной службы\nКопия: ЕКЦ\n\n"
          "На Ваш запрос от 26.01.2027 № 03-14/202 направляем сведения об оказанных государственных услугах за 2026 год (приложение на 1 листе).\n\n"
          "Руководитель управления Ж. Бисенов\nИсп. Утегенова Ж., 8 (7122) 27-40-51\n",
          to="kanc@adgs.gov.kz", cc=EKC,
          atts=[("svod_2026_ADGS.xlsx", x11, XLSX)]),
     [other("body", "ru"), other("svod_2026_ADGS.xlsx")],
     {"agency": A11, "services": S11, "awaiting": "information",
      "expected_effect": "file only: answer to another agency's request, centre in copy; the statistics are not the information the centre asked for"},
     "ru, eml+xlsx; a table with registry-number column answering another body's request")

A12 = ag("Департамент Комитета по регулированию естественных монополий по Жамбылской области", "zhambyl@kremzk.gov.kz", "140340017765")
S12 = [{"registry_number": "00702009", "name": "Согласование инвестиционной программы субъекта естественной монополии"}]
x12 = xlsx_bytes([("Январь 2027", [
    ["Отчет о работе с обращениями услугополучателей за январь 2027 года"],
    ["Наименование услуги", "Поступило", "Рассмотрено", "Срок нарушен", "Жалобы"],
    ["Согласование инвестиционной программы", 14, 13, 0, 1],
    ["Утверждение тарифа", 22, 22, 1, 0],
    ["Итого", 36, 35, 1, 1],
    [],
    ["Исполнитель: Куанышев Р.", "тел. 8 (7262) 43-18-77"]]),
    ("Справочно", [["Показатель", "Значение"], ["Доля электронных услуг, %", 92.4], ["Средний срок оказания, дн.", 11]])])
case("12-otchet-yanvar-2027.xlsx", x12,
     [other("12-otchet-yanvar-2027.xlsx")],
     {"agency": A12, "services": S12, "awaiting": "consulting",
      "expected_effect": "file only: monthly statistics report of the agency; nothing to update"},
     "ru, plain xlsx, two sheets; a report with an executor line, no registry numbers")

A13 = ag("Управление образования Северо-Казахстанской области", "uo@sko.gov.kz", "030140007710")
S13 = [{"registry_number": "00203014", "name": "Выдача дубликатов документов об основном среднем, общем среднем образовании"}]
d13 = docx_bytes([
    ("r", "Форма 3-ГУ\nк приказу НАО «Правительство для граждан»"),
    ("c", "Сведения о государственных услугах, оказываемых через Государственную корпорацию"),
    ("t", [["№", "Наименование услуги", "Код услуги", "Срок оказания", "Перечень документов", "Форма выдачи результата", "Контактное лицо"],
           ["1", "Выдача дубликатов документов об основном среднем, общем среднем образовании", "00203014", "15 рабочих дней", "заявление, документ, удостоверяющий личность", "бумажная", "Серикбаева Алия Темировна, методист, 8 (7152) 46-02-93"],
           ["2", "Выдача справки о прохождении обучения", "00203019", "3 рабочих дня", "заявление", "электронная", "Серикбаева Алия Темировна, методист, 8 (7152) 46-02-93"]]),
    "Руководитель управления ____________ К. Жунусов",
    "Дата заполнения: 05.02.2027",
])
case("13-forma-goskorporacii.docx", d13,
     [other("13-forma-goskorporacii.docx", "ru")],
     {"agency": A13, "services": S13, "awaiting": "information",
      "expected_effect": "file only: the form of another organisation (the State Corporation's 3-ГУ), not Appendix 1; information is still awaited"},
     "ru, plain docx; a service table with registry numbers and a contact person column, but another organisation's form")

A14 = ag("Батыс Қазақстан облысы әкімдігінің жер қатынастары басқармасы", "zher@bko.gov.kz", "170740028813")
S14 = [{"registry_number": "00604033", "name": "Жер учаскесінің кадастрлық құнын анықтау"}]
p14 = pdf_bytes([
    "^**Мемлекеттік қызметтерді оңтайландыру жөніндегі жұмыс тобы",
    "^**отырысының ХАТТАМАСЫ",
    "Орал қаласы                                                         2027 жылғы 5 ақпан № 2",
    "",
    "Төраға: басқарма басшысының орынбасары Ж.С. Қайыржанова",
    "Хатшы: А.Н. Мырзабекова",
    "Қатысқандар: 9 адам",
    "",
    "1. Жер учаскесінің кадастрлық құнын анықтау қызметінің мерзімін 10 жұмыс күнінен 5 жұмыс күніне дейін қысқарту туралы.",
    "Тыңдалды: Мырзабекова А.Н. — қызметті көрсету процесінің сипаттамасы.",
    "Шешім: ұсыныс Қазақстан Республикасы Ауыл шаруашылығы министрлігіне жіберілсін.",
    "",
    "2. Азаматтардың шағымдарын талдау туралы.",
    "Шешім: ақпарат назарға алынсын.",
    "",
    "Төраға ____________ Ж. Қайыржанова",
    "Хатшы ____________ А. Мырзабекова",
])
case("14-zhumys-toby-hattama.pdf", p14,
     [other("14-zhumys-toby-hattama.pdf", "kk")],
     {"agency": A14, "services": S14, "awaiting": "protocol",
      "expected_effect": "file only: working-group minutes on shortening the service term; not a training protocol and not yet a change"},
     "kk, plain pdf; хаттама with a service name and future proposal")

A15 = ag("Комитет казначейства Министерства финансов Республики Казахстан", "kazna@minfin.gov.kz", "980440003218")
S15 = [{"registry_number": "00401301", "name": "Регистрация договоров (контрактов) государственных учреждений"}]
d15 = docx_bytes([
    ("c", "ПРОТОКОЛ"),
    ("c", "обучения специалистов территориальных органов казначейства по вопросам государственных закупок"),
    "Дата проведения: 8 февраля 2027 года",
    "Место: г. Астана, ул. Мәңгілік Ел, 8, конференц-зал, 3 этаж (в режиме ВКС с областями)",
    "Лектор: Абдрахманова Сауле Жумагалиевна — главный эксперт Департамента государственных закупок Министерства финансов.",
    ("b", "Рассмотренные вопросы:"),
    "1) изменения в Правила осуществления государственных закупок с 1 января 2027 года;",
    "2) регистрация договоров о государственных закупках в органах казначейства;",
    "3) типичные ошибки при заключении договоров.",
    ("t", [["№", "Подразделение", "Количество обученных"], ["1", "ДК по г. Астане", "14"], ["2", "ДК по Акмолинской области", "11"], ["3", "ДК по Карагандинской области", "9"]]),
    "Обучение считать проведенным.",
    "Подписи: ____________ С. Абдрахманова      ____________ Е. Тасболатов",
])
case("15-protokol-obucheniya-goszakupki.docx", d15,
     [other("15-protokol-obucheniya-goszakupki.docx", "ru")],
     {"agency": A15, "services": S15, "awaiting": "protocol",
      "expected_effect": "file only: protocol of a procurement training of treasury staff, not the centre's acceptance protocol; still awaiting it"},
     "ru, plain docx; 'Протокол обучения' with date, table and signatures, but training of other staff on procurement")

A16 = ag("Маңғыстау облысы әкімдігінің мәдениет басқармасы", "madeniet@mangystau.gov.kz", "111040019920")
S16 = [{"registry_number": "00703004", "name": "Архивтік анықтамалар беру"}]
p16 = pdf_bytes([
    "^**БҰЙРЫҚ / ПРИКАЗ",
    "Ақтау қ. / г. Актау                         2027 жылғы 9 ақпан / 9 февраля 2027 года  № 19-қ",
    "",
    "**Ведомстволық архив үшін жауапты адамды тағайындау туралы",
    "**О назначении ответственного за ведомственный архив",
    "",
    "1. Басқарманың ведомстволық архивін жүргізу үшін жауапты адам болып іс қағаздарын жүргізу секторының жетекші маманы Тоқтарова Мадина Серікқызы тағайындалсын.",
    "1. Назначить ответственной за ведение ведомственного архива управления ведущего специалиста сектора делопроизводства Токтарову Мадину Серикказы.",
    "2. Бұйрықтың орындалуын бақылауды өзіме қалдырамын. / Контроль за исполнением приказа оставляю за собой.",
    "",
    "Басшы / Руководитель                                         Б. Жанғалиев",
])
case("16-bujryq-arhiv-dvuyazychnyi.pdf", p16,
     [other("16-bujryq-arhiv-dvuyazychnyi.pdf")],
     {"agency": A16, "services": S16, "awaiting": "appointment",
      "expected_effect": "file only: order on the person responsible for the departmental archive; the service is about archive certificates, which makes it look relevant, but it is no p.5 appointment"},
     "kk+ru, plain pdf; bilingual order naming a responsible person for the archive while an archive-service appointment is awaited")

A17 = ag("Департамент по чрезвычайным ситуациям Акмолинской области", "dchs@akmola.emer.gov.kz", "020540003307")
S17 = [{"registry_number": "00901005", "name": "Выдача разрешения на применение взрывчатых веществ"}]
case("17-pozharnaya-bezopasnost-iphone.eml",
     mail("Серик Аманов <s.amanov@akmola.emer.gov.kz>", "Re: О назначении ответственного лица", "Tue, 09 Feb 2027 19:41:13 +0500",
          "Добрый вечер. Пока отправляю выписку из приказа по пожарной безопасности, по вашему письму отдельно ответим.\n\n"
          "«1. Назначить ответственным за обеспечение пожарной безопасности в административном здании Департамента "
          "(г. Кокшетау, ул. Ауэзова, 189) начальника хозяйственного отдела Мамырова Канат Болатовича.\n"
          "2. Ответственному обеспечить ежеквартальную проверку огнетушителей.»\n"
          "Приказ ДЧС Акмолинской области от 08.02.2027 № 62.\n\nОтправлено с iPhone\n\n"
          "> 5 февр. 2027 г., в 10:12, Единый контакт-центр <info@ekc.gov.kz> написал(а):\n>\n"
          "> Просим в течение трех рабочих дней назначить ответственное лицо по государственной услуге 00901005.\n> Исх. ЕКЦ-2027/131\n",
          irt="<ekc-2027-131.5f2a@ekc.gov.kz>", mailer="iPhone Mail (20D67)"),
     [other("body", "ru")],
     {"agency": A17, "services": S17, "awaiting": "appointment",
      "our_letter": ol("ЕКЦ-2027/131", "2027-02-05", "О назначении ответственного лица по государственной услуге 00901005"),
      "expected_effect": "no appointment: in our thread, but the quoted order is about fire safety and the sender promises a separate answer; keep awaiting"},
     "ru, iPhone reply in our thread (In-Reply-To); quotes an order 'назначить ответственным' for fire safety")

A18 = ag("Ақмола облысы әкімдігінің ветеринария басқармасы", "vet@akmola.gov.kz", "160340004471")
S18 = [{"registry_number": "00305002", "name": "Ветеринариялық анықтама беру"}]
case("18-zhana-basshy.eml",
     mail("Ветеринария басқармасы <vet@akmola.gov.kz>", "Басқарманың жаңа басшысы туралы", "Wed, 10 Feb 2027 09:15:00 +0500",
          "Құрметті әріптестер!\n\n"
          "Ақмола облысы әкімінің 2027 жылғы 8 ақпандағы № 42-ж өкімімен Ақмола облысы әкімдігінің ветеринария басқармасының басшысы "
          "болып Есенғали Дәурен Маратұлы тағайындалғанын хабарлаймыз.\n\n"
          "Бұрынғы басшы Қ.Б. Сүлейменов басқа жұмысқа ауысты.\n\n"
          "Бірыңғай байланыс орталығымен хат алмасуға жауапты тұлға өзгерген жоқ.\n\n"
          "Қабылдау бөлмесі: 8 (7162) 29-55-00\n"),
     [other("body", "kk")],
     {"agency": A18, "services": S18, "awaiting": "consulting",
      "expected_effect": "file only: a new head of the department is announced and the letter says explicitly the responsible person for the centre did not change"},
     "kk, plain eml; new head with previous head named, yet states the ЕКЦ contact is unchanged")

A19 = ag("Управление предпринимательства и индустриально-инновационного развития Алматинской области", "upiir@almobl.gov.kz", "150940011226")
S19 = [{"registry_number": "00503021", "name": "Предоставление государственных грантов для реализации новых бизнес-идей"}]
case("19-posle-utverzhdeniya-reglamenta.eml",
     mail("Досжанова Алтын <a.doszhanova@almobl.gov.kz>", "RE: Запрос информации по услуге 00503021 (ЕКЦ-2027/140)", "Thu, 11 Feb 2027 12:02:48 +0500",
          "Здравствуйте!\n\nПо вашему запросу ЕКЦ-2027/140 от 08.02.2027: правила предоставления грантов сейчас перерабатываются, "
          "новая редакция на согласовании в Министерстве национальной экономики. После утверждения сразу заполним Приложение 1 и направим. "
          "Ориентировочно — конец марта.\n\nС уважением,\nАлтын Досжанова\nглавный специалист отдела поддержки МСБ\n8 (7282) 24-07-36\n\n"
          "From: Единый контакт-центр <info@ekc.gov.kz>\nSent: Monday, February 8, 2027 9:30 AM\nSubject: Запрос информации по услуге 00503021 (ЕКЦ-2027/140)\n\n"
          "Просим представить информацию по форме Приложения 1 к Правилам взаимодействия.\n",
          irt="<ekc-2027-140.77ab@ekc.gov.kz>", mailer="Microsoft Outlook 16.0"),
     [other("body", "ru")],
     {"agency": A19, "services": S19, "awaiting": "information",
      "our_letter": ol("ЕКЦ-2027/140", "2027-02-08", "Запрос информации по услуге 00503021"),
      "expected_effect": "note only: a holding reply promising the form after the rules are approved; information is still awaited"},
     "ru, Outlook reply in our thread quoting our request; promises the form later, no table")

A20 = ag("Акимат Карасайского района Алматинской области", "karasai@almobl.gov.kz", "981140002213")
S20 = [{"registry_number": "00601008", "name": "Выдача справки о наличии личного подсобного хозяйства"}]
t20 = ("АКИМАТ КАРАСАЙСКОГО РАЙОНА\n040900, г. Каскелен, ул. Наурызбай батыра, 45\nИсх. № 02-18/611 от 11.02.2027\n\n"
       "Руководителю Департамента государственных доходов по Алматинской области\nКопия: Единый контакт-центр\n\n"
       "На Ваш запрос от 03.02.2027 № 14-08/2093 о представлении сведений о владельцах личных подсобных хозяйств "
       "сообщаем, что акимат района не может представить запрашиваемые сведения, поскольку они содержат персональные данные "
       "граждан, а письменное согласие субъектов на их передачу отсутствует.\n\n"
       "Рекомендуем направить запрос через информационную систему «Электронное правительство» в установленном порядке.\n\n"
       "Руководитель аппарата акима района                          М. Оспанов\nИсп.: Бейсенова Г., 8 (72771) 2-33-45\n")
case("20-otkaz-dgd-kopiya.txt", t20.encode("utf-8"),
     [other("20-otkaz-dgd-kopiya.txt", "ru")],
     {"agency": A20, "services": S20, "awaiting": "information",
      "expected_effect": "file only: refusal addressed to the tax department with the centre in copy; it does not decline anything the centre asked for"},
     "ru, plain txt; a refusal with a lawful-sounding reason (personal data) but to another body")
# ================================================================ documents 21-30
A21 = ag("Комитет транспорта Министерства транспорта Республики Казахстан", "kt@mintrans.gov.kz", "200240015530")
S21 = [{"registry_number": "00303017", "name": "Выдача разрешения на международные автомобильные перевозки"}]
std21 = "Приказ Министра транспорта Республики Казахстан от 14 июля 2023 года № 97 «Об утверждении Правил оказания государственной услуги «Выдача разрешения на международные автомобильные перевозки»"
x21 = xlsx_bytes([("Прил1_черновик", [
    ["ЧЕРНОВИК — на согласование с ЕКЦ, не является официальным ответом"],
    ["№ п/п", "№ гос. услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
     "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
     "Фамилия, имя, отчество, должность ответственного лица"],
    [1, "00303017", "Выдача разрешения на международные автомобильные перевозки", std21, "не предусмотрен", "-", "https://www.gov.kz/memleket/entities/transport",
     "Калиев Руслан Ерланович, эксперт Управления автомобильного транспорта, +7 (7172) 75-42-18, r.kaliev@mintrans.gov.kz"],
    [],
    ["Ф.И.О. ответственного исполнителя: Калиев Р.Е."],
    ["Дата: 12.02.2027"]])])
case("21-chernovik-forma.eml",
     mail("Калиев Руслан <r.kaliev@mintrans.gov.kz>", "черновик формы на согласование", "Fri, 12 Feb 2027 16:28:19 +0500",
          "Коллеги, добрый день. Высылаю черновик формы, чтобы до подписания руководством сверить с вами формулировки. "
          "Регламента по этой услуге нет, написал «не предусмотрен» — так можно? После вашего ОК направим официально через ЕСЭДО.\n\nРуслан\n",
          atts=[("Прил1_черновик.xlsx", x21, XLSX)]),
     [other("body", "ru"),
      {"part": "Прил1_черновик.xlsx", "kind": "appendix1_form",
       "services": [{"registry_number": "00303017", "service_name": "Выдача разрешения на международные автомобильные перевозки", "standard": std21,
                     "regulation": "не предусмотрен", "npa_changes": None, "website": "www.gov.kz/memleket/entities/transport",
                     "responsible": {"full_name": "Калиев Руслан Ерланович", "position": "эксперт Управления автомобильного транспорта",
                                     "phone": "+77172754218", "email": "r.kaliev@mintrans.gov.kz"}}],
       "executor": {"full_name": "Калиев Р.Е.", "date": "2027-02-12"}}],
     {"agency": A21, "services": S21, "awaiting": "information",
      "our_letter": ol("ЕКЦ-2027/121", "2027-02-04", "Запрос информации по государственной услуге 00303017"),
      "expected_effect": "do not record: an Appendix 1 table marked ЧЕРНОВИК sent for agreement before signature; the official form is still awaited (the attachment is honestly an appendix1_form)"},
     "ru, eml+xlsx; a complete Appendix 1 row in a sheet headed ЧЕРНОВИК, body asks for approval")

A22 = ag("Управление цифровизации и государственных услуг города Астаны", "digital@astana.gov.kz", "180340030045")
S22 = [{"registry_number": "00801022", "name": "Выдача разрешения на перепланировку помещений"}]
h22 = """<div dir="ltr"><div>Добрый день!</div><div><br></div>
<div>Направляем протокол совещания с филиалом НАО «Правительство для граждан» по г. Астане от 15.02.2027.</div><div><br></div>
<div><b>ПРОТОКОЛ СОВЕЩАНИЯ</b><br>по вопросу очередей в ЦОН района «Есиль»</div>
<div>Присутствовали: Абишев Н. (управление), Рахимжанова К. (филиал НАО), Тен О. (ЦОН «Есиль»).</div>
<div>Решили:<br>1. Филиалу НАО до 1 марта увеличить число окон приема по услуге «Выдача разрешения на перепланировку помещений».<br>
2. Управлению проработать с ЕКЦ вопрос информирования граждан о записи на прием через eGov.<br>3. Следующее совещание — 15 марта 2027 г.</div>
<div><br></div><div>--<br>Абишев Нурсултан<br>главный специалист<br>+7 (7172) 55-61-20</div></div>"""
case("22-soveshchanie-con-html.eml",
     mail("Nursultan Abishev <n.abishev@astana.gov.kz>", "Протокол совещания с НАО от 15.02.2027", "Mon, 15 Feb 2027 17:33:02 +0500",
          None, html=h22, mailer="Zimbra 9.0.0_GA"),
     [other("body", "ru")],
     {"agency": A22, "services": S22, "awaiting": "protocol",
      "expected_effect": "file only (perhaps show an operator item 2): minutes of a meeting about queues at a ЦОН; not the training protocol"},
     "ru, webmail HTML-only; 'ПРОТОКОЛ СОВЕЩАНИЯ' with decisions mentioning ЕКЦ and the service")

A23 = ag("Аппарат акима Ерейментауского района Акмолинской области", "ereymentau@akmola.gov.kz", "991040004412")
S23 = [{"registry_number": "00601021", "name": "Выдача справки о зарегистрированных правах на недвижимое имущество"}]
t23 = ("ПРОТОКОЛ № 4\nсовещания у акима Ерейментауского района\n\nг. Ерейментау\t\t\t\t16 февраля 2027 года\n\n"
       "Председатель: аким района Шаймерденов А.К.\n\nПовестка:\n"
       "1. О ходе отопительного сезона 2026-2027 гг.\n2. О подготовке к весеннему паводку.\n\n"
       "По первому вопросу выступил руководитель ГКП «Ерейментау Жылу» Бекетов Д.С.\nПОСТАНОВИЛИ:\n"
       "1.1. Обеспечить запас угля не менее 15 суток.\n1.2. Отчет — еженедельно по понедельникам.\n\n"
       "По второму вопросу выступил начальник отдела ЧС Ахметов Б.\nПОСТАНОВИЛИ:\n2.1. Создать оперативный штаб.\n\n"
       "Аким района\t\t\t\tА. Шаймерденов\n")
case("23-protokol-akim-rajona.txt", t23.encode("cp1251"),
     [other("23-protokol-akim-rajona.txt", "ru")],
     {"agency": A23, "services": S23, "awaiting": "protocol",
      "expected_effect": "file only: minutes of the district akim's meeting on heating and floods, nothing about the centre"},
     "ru, plain txt in windows-1251; 'ПРОТОКОЛ № 4' with date and signatures, unrelated content")

A24 = ag("Қазақстан Республикасы Экология және табиғи ресурстар министрлігі", "kense@ecogeo.gov.kz", "190340017208")
S24 = [{"registry_number": "00704015", "name": "Қоршаған ортаға эмиссияларға экологиялық рұқсат беру"}]
d24 = docx_bytes([
    ("c", "АҚПАРАТТЫҚ ХАТ"),
    "Астана қ., 2027 жылғы 17 ақпан № 01-12/3381",
    "Қазақстан Республикасы Үкіметінің 2027 жылғы 16 ақпандағы қаулысымен Қазақстан Республикасы Экология және табиғи ресурстар вице-министрі болып Ноғайбаев Ержан Асқарұлы тағайындалды.",
    "Вице-министр экологиялық реттеу және бақылау, экологиялық рұқсаттар беру мәселелеріне жетекшілік етеді.",
    "Бұрын осы лауазымды атқарған А.М. Тұрсынов Қазақстан Республикасы Премьер-Министрінің Кеңсесіне ауысты.",
    "Вице-министрдің қабылдау бөлмесі: 8 (7172) 74-09-15.",
    "Аппарат басшысы                                                          С. Дүйсенбаева",
])
case("24-vice-ministr-kk.docx", d24,
     [other("24-vice-ministr-kk.docx", "kk")],
     {"agency": A24, "services": S24, "awaiting": "consulting",
      "expected_effect": "file only: announces a new vice-minister replacing a named predecessor; not p.7"},
     "kk, plain docx; new person 'тағайындалды' with predecessor named, but a vice-minister")

A25 = ag("Управление финансов Восточно-Казахстанской области", "uf@vko.gov.kz", "000940002376")
S25 = [{"registry_number": "00403005", "name": "Выдача справки о наличии задолженности по бюджетным кредитам"}]
p25 = pdf_bytes([
    "УПРАВЛЕНИЕ ФИНАНСОВ ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ",
    "070004, г. Усть-Каменогорск, ул. Горького, 40",
    "Исх. № 07-04/1207 от 18.02.2027",
    "",
    "Департаменту Агентства Республики Казахстан по делам государственной службы по ВКО",
    "Копия: Единый контакт-центр",
    "",
    "На исх. № 09-2/44 от 09.02.2027",
    "",
    "Управление финансов направляет результаты внутреннего контроля качества оказания государственных услуг за 2026 год.",
    "Нарушений сроков оказания услуги «Выдача справки о наличии задолженности по бюджетным кредитам» не выявлено.",
    "Жалоб услугополучателей не поступало. Мотивированных отказов — 2.",
    "",
    "Руководитель управления                                    А. Кемелбеков",
    "Исп.: Шарипова Л.В., тел. 8 (7232) 26-17-04",
])
case("25-vnutrennii-kontrol-kopiya.eml",
     mail("Шарипова Лариса <l.sharipova@vko.gov.kz>", "Результаты внутреннего контроля за 2026 год", "Thu, 18 Feb 2027 11:11:11 +0600",
          "Во вложении письмо управления финансов (исх. 07-04/1207). ЕКЦ — для сведения.\n", to="vko@adgs.gov.kz", cc=EKC,
          atts=[("07-04-1207.pdf", p25, PDF)]),
     [other("body", "ru"), other("07-04-1207.pdf", "ru")],
     {"agency": A25, "services": S25, "awaiting": "information",
      "expected_effect": "file only: internal quality-control results sent to the civil-service agency, centre in copy"},
     "ru, eml+pdf; letterhead, outgoing number, 'На исх. №' — looks like an answer, but to another body")

A26 = ag("Жамбыл облысы әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "zhumys@zhambyl.gov.kz", "050740005539")
S26 = [{"registry_number": "00502009", "name": "Атаулы әлеуметтік көмек тағайындау"}]
case("26-prokuratura-zhauap.eml",
     mail("Жұмыспен қамту басқармасы <zhumys@zhambyl.gov.kz>", "Прокуратураның сұрау салуына жауап (көшірме)", "Fri, 19 Feb 2027 10:40:37 +0500",
          "Жамбыл облысының прокуратурасына\nКөшірмесі: Бірыңғай байланыс орталығы\n\n"
          "2027 жылғы 12 ақпандағы № 2-09-27/601 сұрау салуыңызға жауап ретінде 2026 жылы атаулы әлеуметтік көмек 4 812 отбасына "
          "тағайындалғанын хабарлаймыз. Оның ішінде 312 отбасына көмек тағайындаудан бас тартылды (табыс шегінен асуы себебінен).\n\n"
          "Қосымша: 3 парақта.\n\nБасшының орынбасары                         Г. Сәрсенбаева\nОрынд.: Ж. Әлімқұлова, 8 (7262) 45-12-08\n",
          to="zhambyl@prokuror.gov.kz", cc=EKC),
     [other("body", "kk")],
     {"agency": A26, "services": S26, "awaiting": "information",
      "expected_effect": "file only: answer to the prosecutor's request, the centre in copy; 'бас тартылды' refers to citizens' applications"},
     "kk, plain eml to the prosecutor's office; contains 'бас тартылды' with a reason")

A27 = ag("Қарағанды облысы әкімдігінің денсаулық сақтау басқармасы", "densaulyk@karaganda.gov.kz", "060140012790")
S27 = [{"registry_number": "00607011", "name": "Фармацевтикалық қызметке лицензия беру"}]
d27 = docx_bytes([
    ("c", "Сыбайлас жемқорлыққа қарсы іс-қимыл мәселелері бойынша"),
    ("c", "басқарма қызметкерлерін оқыту ХАТТАМАСЫ"),
    "Өткізілген күні: 2027 жылғы 19 ақпан",
    "Оқытқан: сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі уәкілетті тұлға А.Т. Бекмағанбетов",
    ("t", [["№", "Қызметкердің аты-жөні", "Лауазымы", "Қолы"],
           ["1", "Смағұлова Гүлнар Ерболқызы", "бас маман", ""],
           ["2", "Оразбеков Тимур", "жетекші маман", ""],
           ["3", "Қасенова Айнұр Болатқызы", "бөлім басшысы", ""]]),
    "Оқыту тақырыбы: мүдделер қақтығысы, сыйлықтар алуға тыйым салу, лицензиялау кезіндегі сыбайлас жемқорлық тәуекелдері.",
    "Қорытынды: оқыту өткізілді деп есептелсін.",
])
case("27-antikor-oqytu.eml",
     mail("Бекмағанбетов Асхат <a.bekmaganbetov@karaganda.gov.kz>", "Оқыту хаттамасы", "Fri, 19 Feb 2027 17:05:44 +0600",
          "Сәлеметсіз бе!\nОқыту хаттамасын жолдаймын.\nҚұрметпен, А. Бекмағанбетов\n",
          atts=[("oqytu_hattamasy_19.02.2027.docx", d27, DOCX)]),
     [other("body", "kk"), other("oqytu_hattamasy_19.02.2027.docx", "kk")],
     {"agency": A27, "services": S27, "awaiting": "protocol",
      "expected_effect": "file only: protocol of the agency's own anti-corruption training, not the centre's acceptance protocol"},
     "kk, eml+docx; 'оқыту хаттамасы' with a date while the case awaits a protocol")

A28 = ag("Управление по делам религий Туркестанской области", "din@turkistan.gov.kz", "180440023411")
S28 = [{"registry_number": "00704021", "name": "Согласование расположения помещений для проведения религиозных мероприятий за пределами культовых зданий"}]
d28 = docx_bytes([
    ("c", "ПРИКАЗ"),
    "от 22 февраля 2027 года                                                         № 08-ө",
    ("b", "Об определении ответственного лица за рассмотрение обращений физических и юридических лиц"),
    "В целях исполнения статьи 9 Административного процедурно-процессуального кодекса Республики Казахстан ПРИКАЗЫВАЮ:",
    "1. Определить ответственным за регистрацию, учет и контроль сроков рассмотрения обращений физических и юридических лиц, поступающих в Управление, в том числе через Единый контакт-центр и портал «электронного правительства», главного специалиста Жусупбекова Ерлана Нуржановича.",
    "2. Жусупбекову Е.Н. ежемесячно представлять руководству свод по обращениям.",
    "Руководитель                                                      Т. Ералиев",
])
case("28-prikaz-obrashcheniya.docx", d28,
     [other("28-prikaz-obrashcheniya.docx", "ru")],
     {"agency": A28, "services": S28, "awaiting": "appointment",
      "expected_effect": "operator look at most: the order names a person for citizens' appeals (mentioning the centre among channels), not for p.5 correspondence and information; appointment still awaited"},
     "ru, plain docx; 'определить ответственным' and even 'Единый контакт-центр' in text, but for appeals registration")

A29 = ag("Министерство культуры и информации Республики Казахстан", "kense@mki.gov.kz", "230140004428")
S29 = [{"registry_number": "00705018", "name": "Постановка на учет периодических печатных изданий и информационных агентств"}]
b29 = ("Уважаемые коллеги!\n\nСообщаем, что с 1 марта 2027 года в Министерстве культуры и информации вводится в промышленную эксплуатацию "
       "новая версия системы электронного документооборота. Ответственным за организацию электронного документооборота приказом "
       "от 22.02.2027 № 55-ж назначен руководитель Управления документационного обеспечения Сагындыкова Райхан Ануаровна.\n\n"
       "В переходный период (1-5 марта) возможны задержки в регистрации входящей корреспонденции.\n\n"
       "Департамент информационных технологий\n")
case("29-esedo-otvetstvennyi.eml",
     raw_mail([("From", "DIT <dit@mki.gov.kz>"), ("To", "info@ekc.gov.kz"), ("Subject", "=?utf-8?b?" + __import__("base64").b64encode("О переходе на новую версию СЭД".encode()).decode() + "?="),
               ("Date", "Tue, 23 Feb 2027 08:55:00 +0500"), ("Message-ID", "<20270223085500.1122@mki.gov.kz>"), ("MIME-Version", "1.0"),
               ("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")], b29.encode("cp1251")),
     [other("body", "ru")],
     {"agency": A29, "services": S29, "awaiting": "consulting",
      "expected_effect": "file only: notice of a new document-management system and the person responsible for it"},
     "ru, raw eml in windows-1251 with no charset label; 'назначен' a responsible for document flow")

A30 = ag("Управление жилищной инспекции города Алматы", "zhilinspekcia@almaty.gov.kz", "190640023317")
S30 = [{"registry_number": "00802044", "name": "Выдача справки о снятии с учета нуждающихся в жилище"}]
case("30-perenapravlenie-obrashcheniya.eml",
     mail("Омарбекова Гаухар <g.omarbekova@almaty.gov.kz>", "Для сведения: обращение гр. Ли Т.В.", "Wed, 24 Feb 2027 14:14:14 +0600",
          "Коллеги, добрый день.\n\nПересылаю для сведения ответ гражданке Ли Татьяне Викторовне на ее обращение, поступившее "
          "на нашу линию 109. Она сообщила, что в ЕКЦ ей дали неверную информацию о сроке выдачи справки — 3 дня вместо 5 рабочих дней. "
          "Просим проверить, какая информация у вас в базе.\n\nОтвет гражданке прилагаю текстом ниже:\n\n"
          "«Уважаемая Татьяна Викторовна! Срок выдачи справки составляет 5 рабочих дней согласно Правилам оказания услуги.»\n\n"
          "Гаухар Омарбекова\nведущий специалист\n"),
     [other("body", "ru")],
     {"agency": A30, "services": S30, "awaiting": "consulting",
      "expected_effect": "route to an operator as a question about the centre's data, but it is not a change notice (the term did not change)"},
     "ru, plain eml; mentions term figures as if a change, but only a complaint forwarded for information")
# ================================================================ documents 31-40
A31 = ag("Комитет регистрационной службы Министерства юстиции Республики Казахстан", "krs@adilet.gov.kz", "100140014561")
S31 = [{"registry_number": "00101031", "name": "Государственная регистрация прав на недвижимое имущество"}]
x31 = xlsx_bytes([("4 кв", [
    ["Отчет об оказании государственных услуг в электронной форме за IV квартал 2026 года"],
    ["Код", "Услуга", "Октябрь", "Ноябрь", "Декабрь", "Всего", "Доля электронных, %"],
    ["00101031", "Государственная регистрация прав на недвижимое имущество", 41220, 39874, 45102, 126196, 97.8],
    ["00101033", "Выдача справки о зарегистрированных правах", 88410, 90233, 97120, 275763, 99.9],
    [],
    ["Ответственный исполнитель", "Муратбекова Д.С."],
    ["Дата", "25.02.2027"]])])
case("31-otchet-4-kvartal.eml",
     mail("Муратбекова Динара <d.muratbekova@adilet.gov.kz>", "Отчет за 4 квартал 2026", "Thu, 25 Feb 2027 15:47:01 +0500",
          "Добрый день!\nНаправляем квартальный отчет по электронным услугам.\n\n--\nС уважением, Динара Муратбекова\nКРС МЮ РК\n"
          "\nКонфиденциальность: данное сообщение предназначено только для указанных получателей.\n",
          atts=[("otchet_4kv_2026.xlsx", x31, XLSX)]),
     [other("body", "ru"), other("otchet_4kv_2026.xlsx")],
     {"agency": A31, "services": S31, "awaiting": "consulting",
      "expected_effect": "file only: quarterly statistics with registry numbers and an executor/date block like the form's"},
     "ru, eml+xlsx; statistics table with 'Код' column and 'Ответственный исполнитель / Дата' lines")

A32 = ag("Управление архитектуры и градостроительства Актюбинской области", "uag@aktobe.gov.kz", "080540018876")
S32 = [{"registry_number": "00801030", "name": "Выдача технических условий на подключение к сетям"}]
case("32-otvet-minyustu-dvuyazychnyi.eml",
     mail("УАГ Актюбинской области <uag@aktobe.gov.kz>", "Ответ на запрос МЮ РК / ҚР ӘМ сұрау салуына жауап", "Fri, 26 Feb 2027 09:20:30 +0500",
          "Қазақстан Республикасы Әділет министрлігіне / Министерству юстиции Республики Казахстан\nКөшірмесі / Копия: ЕКЦ\n\n"
          "Сіздің 2027 жылғы 15 ақпандағы № 6-1-12/Ж-311 хатыңызға Ақтөбе облысы әкімдігінің 2026 жылғы 20 желтоқсандағы № 455 "
          "қаулысы ресми жарияланғанын хабарлаймыз.\n\n"
          "На Ваше письмо от 15.02.2027 № 6-1-12/Ж-311 сообщаем, что постановление акимата Актюбинской области от 20 декабря 2026 года № 455 "
          "официально опубликовано в газете «Ақтөбе» 5 января 2027 года и в ИПС «Әділет».\n\n"
          "Басшы / Руководитель                                          Е. Жұбанов\n",
          to="kense@adilet.gov.kz", cc=EKC),
     [other("body")],
     {"agency": A32, "services": S32, "awaiting": "information",
      "expected_effect": "file only: answer to the Ministry of Justice about publication of an act, centre in copy; not a change notice to the centre"},
     "kk+ru parallel text, eml to another ministry; names an akimat resolution with date and number")

A33 = ag("Управление природных ресурсов и регулирования природопользования Павлодарской области", "upr@pavlodar.gov.kz", "060240009187")
S33 = [{"registry_number": "00704030", "name": "Выдача разрешения на специальное водопользование"}]
p33 = pdf_bytes([
    "^**ПРОЕКТ",
    "^ПОСТАНОВЛЕНИЕ АКИМАТА ПАВЛОДАРСКОЙ ОБЛАСТИ",
    "^от «___» ________ 2027 года № ____",
    "",
    "О внесении изменений в постановление акимата Павлодарской области от 14 мая 2024 года № 122/4",
    "«Об утверждении регламента государственной услуги «Выдача разрешения на специальное водопользование»",
    "",
    "Акимат Павлодарской области ПОСТАНОВЛЯЕТ:",
    "1. Внести в постановление акимата Павлодарской области от 14 мая 2024 года № 122/4 следующие изменения: пункт 5 изложить в новой редакции: «Срок оказания государственной услуги — 10 рабочих дней».",
    "2. Настоящее постановление вводится в действие по истечении десяти календарных дней после его первого официального опубликования.",
    "",
    "Аким Павлодарской области",
])
case("33-proekt-postanovleniya.eml",
     mail("Жакупова Айжан <a.zhakupova@pavlodar.gov.kz>", "Проект постановления (для сведения)", "Mon, 01 Mar 2027 11:30:00 +0600",
          "Добрый день.\n\nДля сведения направляем проект постановления акимата о внесении изменений в регламент услуги "
          "«Выдача разрешения на специальное водопользование». Проект проходит согласование с заинтересованными органами. "
          "Сведения в Приложение 1 обновим после его принятия и регистрации в органах юстиции.\n\nЖакупова А.\n",
          atts=[("проект постановления.pdf", p33, PDF)]),
     [other("body", "ru"), other("проект постановления.pdf", "ru")],
     {"agency": A33, "services": S33, "awaiting": "consulting",
      "expected_effect": "note only: a draft resolution not yet adopted; the regulation in the centre's data stays as it is"},
     "ru, eml+pdf; a draft 'О внесении изменений в ... регламент' with the service name, unsigned and undated")

A34 = ag("Қостанай облысы әкімдігінің білім басқармасы", "bilim@kostanay.gov.kz", "030440004856")
S34 = [{"registry_number": "00201033", "name": "Білім беру ұйымдарында оқитын балаларға тегін тамақтандыру ұсыну"}]
std34 = "Қазақстан Республикасы Оқу-ағарту министрінің 2023 жылғы 24 сәуірдегі № 110 бұйрығымен бекітілген «Білім беру ұйымдарында оқитын балаларға тегін тамақтандыру ұсыну» мемлекеттік көрсетілетін қызмет қағидалары"
d34 = docx_bytes([
    ("r", "Келісуге арналған жоба"),
    ("c", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"),
    ("t", [["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы", "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері)",
            "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері)", "Нормативтік құқықтық актілердің өзгерістері", "Ақпарат орналастырылған интернет-ресурс",
            "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"],
           ["1", "00201033", "Білім беру ұйымдарында оқитын балаларға тегін тамақтандыру ұсыну", std34, "–", "–", "www.bilim.kostanay.gov.kz",
            "Жақсыбекова Ләззат Серікқызы, мектепке дейінгі және жалпы білім беру бөлімінің бас маманы, 8 (7142) 50-18-64"]]),
    "Орындаған: Л. Жақсыбекова",
    "Күні: 2027 жылғы 2 наурыз",
])
case("34-kelisuge-zhoba-forma.eml",
     mail("Ләззат Жақсыбекова <l.zhaksybekova@kostanay.gov.kz>", "Келісуге: 1-қосымша жобасы", "Tue, 02 Mar 2027 10:05:16 +0600",
          "Қайырлы күн!\n\n1-қосымшаның жобасын келісуге жібереміз. Ескертулеріңіз болмаса, басшының қолы қойылған нұсқасын ресми түрде жолдаймыз.\n\n"
          "Құрметпен,\nЛ. Жақсыбекова\n",
          atts=[("1-косымша_жоба.docx", d34, DOCX)]),
     [other("body", "kk"),
      {"part": "1-косымша_жоба.docx", "kind": "appendix1_form", "language": "kk",
       "services": [{"registry_number": "00201033", "service_name": "Білім беру ұйымдарында оқитын балаларға тегін тамақтандыру ұсыну", "standard": std34,
                     "regulation": None, "npa_changes": None, "website": "www.bilim.kostanay.gov.kz",
                     "responsible": {"full_name": "Жақсыбекова Ләззат Серікқызы", "position": "мектепке дейінгі және жалпы білім беру бөлімінің бас маманы", "phone": "87142501864"}}],
       "executor": {"full_name": "Л. Жақсыбекова", "date": "2027-03-02"}}],
     {"agency": A34, "services": S34, "awaiting": "information",
      "our_letter": ol("ЕКЦ-2027/158", "2027-02-24", "00201033 мемлекеттік көрсетілетін қызмет бойынша ақпарат беру туралы"),
      "expected_effect": "do not record: Kazakh Appendix 1 table marked 'Келісуге арналған жоба' (draft for agreement); the signed form is still awaited (the attachment is honestly an appendix1_form)"},
     "kk, eml+docx; Kazakh-headed Appendix 1 table as a draft for agreement")

A35 = ag("Алматы облысы әкімдігінің қоғамдық денсаулық сақтау басқармасы", "qds@almobl.gov.kz", "190340011942")
S35 = [{"registry_number": "00606004", "name": "Санитариялық-эпидемиологиялық қорытынды беру"}]
t35 = ("Қоғамдық кеңес отырысының ХАТТАМАСЫ № 1\n\nҚонаев қ.\t\t\t\t\t2027 жылғы 3 наурыз\n\n"
       "Қатысқандар: Қоғамдық кеңес мүшелері — 11 адам, басқарма өкілдері — 3 адам.\n\n"
       "КҮН ТӘРТІБІ:\n1. Басқарманың 2026 жылғы мемлекеттік қызметтер көрсету сапасы туралы есебі.\n"
       "2. Азаматтардың санитариялық-эпидемиологиялық қорытынды алу кезіндегі шағымдары.\n\n"
       "ҚАУЛЫ ЕТТІ:\n1. Есеп қанағаттанарлық деп танылсын.\n"
       "2. Басқармаға Бірыңғай байланыс орталығы арқылы түскен өтініштерді тоқсан сайын талдап, Қоғамдық кеңеске ұсыну ұсынылсын.\n\n"
       "Қоғамдық кеңес төрағасы\t\t\tМ. Исабаева\nХатшы\t\t\t\t\tД. Қалиева\n")
case("35-qogamdyq-kenes.txt", t35.encode("utf-8-sig"),
     [other("35-qogamdyq-kenes.txt", "kk")],
     {"agency": A35, "services": S35, "awaiting": "protocol",
      "expected_effect": "file only: minutes of the public council; mentions the centre but is no training protocol"},
     "kk, txt with UTF-8 BOM; 'хаттама № 1' with date and the centre named in a decision")

A36 = ag("Отдел земельных отношений Илийского района Алматинской области", "zemotdel.ili@almobl.gov.kz", "050840010375")
S36 = [{"registry_number": "00604001", "name": "Выдача решения на изменение целевого назначения земельного участка"}]
p36 = pdf_bytes([
    "ИЛИЙСКИЙ РАЙОННЫЙ ОТДЕЛ ЗЕМЕЛЬНЫХ ОТНОШЕНИЙ",
    "пос. Отеген батыр, ул. Кунаева, 51",
    "04.03.2027 № ЗТ-1187",
    "",
    "ТОО «Агро-Тау Строй»",
    "директору Абдуллаеву Р.М.",
    "(копия: Единый контакт-центр по вопросам оказания государственных услуг)",
    "",
    "**МОТИВИРОВАННЫЙ ОТКАЗ",
    "",
    "Рассмотрев заявление ТОО «Агро-Тау Строй» от 18.02.2027 об изменении целевого назначения земельного участка с кадастровым номером 03-047-155-912, отдел сообщает об отказе в оказании государственной услуги.",
    "Причина отказа: испрашиваемое целевое назначение не соответствует утвержденному генеральному плану населенного пункта.",
    "Решение может быть обжаловано в вышестоящий орган либо в суд.",
    "",
    "Руководитель отдела                                        Н. Сапаров",
])
case("36-motivirovannyi-otkaz-too.pdf", p36,
     [other("36-motivirovannyi-otkaz-too.pdf", "ru")],
     {"agency": A36, "services": S36, "awaiting": "consulting",
      "expected_effect": "file only: motivated refusal of the service to an applicant company, centre in copy"},
     "ru, plain pdf; 'МОТИВИРОВАННЫЙ ОТКАЗ' and 'Причина отказа:' line like a p.11 refusal, but to an applicant")

A37 = ag("Министерство энергетики Республики Казахстан", "kense@energo.gov.kz", "120840006213")
S37 = [{"registry_number": "00901044", "name": "Выдача лицензии на деятельность по производству электрической энергии"}]
case("37-avtootvet.eml",
     mail("Байтенов Аскар <a.baitenov@energo.gov.kz>", "Автоматический ответ: О назначении ответственного лица (ЕКЦ-2027/166)", "Thu, 04 Mar 2027 09:00:02 +0500",
          "Здравствуйте!\n\nЯ нахожусь в ежегодном трудовом отпуске с 01.03.2027 по 22.03.2027. По срочным вопросам обращайтесь к "
          "Кудайбергеновой Асель Муратовне, тел. 8 (7172) 78-66-10, a.kudaibergenova@energo.gov.kz.\n\n"
          "Сәлеметсіз бе! Мен 2027 жылғы 1-22 наурыз аралығында еңбек демалысындамын.\n",
          irt="<ekc-2027-166.0c41@ekc.gov.kz>"),
     [other("body", "ru")],
     {"agency": A37, "services": S37, "awaiting": "appointment",
      "our_letter": ol("ЕКЦ-2027/166", "2027-03-04", "О назначении ответственного лица по государственной услуге 00901044"),
      "expected_effect": "ignore: an out-of-office auto-reply in our thread naming a stand-in; it does not appoint anyone"},
     "ru+kk, auto-reply with In-Reply-To our letter; gives a substitute's name, phone and e-mail")

A38 = ag("Управление ветеринарии Жетысуской области", "vet@zhetysu.gov.kz", "220840012981")
S38 = [{"registry_number": "00305011", "name": "Выдача ветеринарного паспорта на животное"}]
b38 = ("Исх. № 03-07/205 от 05.03.2027\nНа № ЕКЦ-2027/170 от 02.03.2027\n\nЕдиный контакт-центр\n\n"
       "Управление ветеринарии Жетысуской области подтверждает получение Вашего запроса о назначении ответственного лица по "
       "государственной услуге «Выдача ветеринарного паспорта на животное». В связи с проводимой реорганизацией управления "
       "(штатное расписание утверждается) ответственное лицо будет определено после утверждения новой структуры, "
       "ориентировочно до 20 марта 2027 года.\n\nЗаместитель руководителя                        Б. Тохтаров\n")
case("38-otvetstvennyi-pozzhe.eml",
     mail("Управление ветеринарии <vet@zhetysu.gov.kz>", "На № ЕКЦ-2027/170", "Fri, 05 Mar 2027 16:02:30 +0500", b38.replace("№", "N").replace("«", "\"").replace("»", "\""),
          charset="koi8-r", irt="<ekc-2027-170.99e0@ekc.gov.kz>"),
     [other("body", "ru")],
     {"agency": A38, "services": S38, "awaiting": "appointment",
      "our_letter": ol("ЕКЦ-2027/170", "2027-03-02", "О назначении ответственного лица по государственной услуге 00305011"),
      "expected_effect": "note the promised date only: the appointment is postponed, no person named; keep awaiting"},
     "ru, koi8-r eml in our thread with 'На № ЕКЦ-...'; an acknowledgement that postpones the appointment")

A39 = ag("Солтүстік Қазақстан облысы әкімдігінің жолаушылар көлігі және автомобиль жолдары басқармасы", "zholdar@sko.gov.kz", "060340012265")
S39 = [{"registry_number": "00302019", "name": "Жолаушылар мен багажды тұрақты автомобильмен тасымалдауға куәлік беру"}]
d39 = docx_bytes([
    ("c", "БҰЙРЫҚ"),
    "Петропавл қ.                                         2027 жылғы 5 наурыз № 31-ж",
    ("b", "Конкурстық комиссияның құрамын бекіту туралы"),
    "Жолаушыларды тасымалдау бойынша қалааралық облысішілік маршруттарға конкурс өткізу мақсатында БҰЙЫРАМЫН:",
    "1. Конкурстық комиссия мынадай құрамда бекітілсін:",
    ("t", [["Төраға", "Ахметов Бауыржан Сәкенұлы", "басшының орынбасары"],
           ["Төрағаның орынбасары", "Иванова Ольга Петровна", "бөлім басшысы"],
           ["Мүше", "Нұрмағамбетов Олжас", "бас маман"],
           ["Хатшы", "Сейітова Камила Ерланқызы", "жетекші маман"]]),
    "2. Комиссия хатшысына конкурстық құжаттаманы 2027 жылғы 15 наурызға дейін веб-порталда орналастыру жүктелсін.",
    "Басшы                                                        Р. Мұқанов",
])
case("39-konkurstyq-komissiya.docx", d39,
     [other("39-konkurstyq-komissiya.docx", "kk")],
     {"agency": A39, "services": S39, "awaiting": "appointment",
      "expected_effect": "file only: order on a tender commission with names and positions in a table"},
     "kk, plain docx; a table of full names and positions, appointment-like order for a commission")

A40 = ag("Управление по контролю за использованием и охраной земель Мангистауской области", "zemkontrol@mangystau.gov.kz", "090340019076")
S40 = [{"registry_number": "00604050", "name": "Выдача заключения о проверке соблюдения земельного законодательства"}]
h40 = """<html><body style="font-family:'Times New Roman';font-size:12pt">
<p align="center"><b>УВЕДОМЛЕНИЕ</b></p>
<p>Уведомляем, что с <b>9 марта 2027 года</b> к исполнению обязанностей руководителя Управления по контролю за использованием и охраной земель
Мангистауской области приступил <b>Утегалиев Айбек Жаксылыкович</b> (приказ акима области от 04.03.2027 № 71-к).</p>
<p>Прежний руководитель — Кенжебаев Мурат Серикович — освобожден от занимаемой должности в связи с переходом на другую работу.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Приемная</td><td>8 (7292) 30-14-41</td></tr>
<tr><td>E-mail</td><td>zemkontrol@mangystau.gov.kz</td></tr></table>
<p>Образцы подписи нового руководителя прилагаются к письму в бумажном виде.</p>
<p style="color:#777;font-size:9pt">Данное сообщение и вложения конфиденциальны.</p></body></html>"""
case("40-novyi-rukovoditel-uvedomlenie.eml",
     mail("Приемная УКИОЗ <zemkontrol@mangystau.gov.kz>", "Уведомление о смене руководителя", "Mon, 08 Mar 2027 12:48:51 +0500",
          None, html=h40, mailer="Microsoft Outlook 15.0"),
     [other("body", "ru")],
     {"agency": A40, "services": S40, "awaiting": "consulting",
      "expected_effect": "file only: change of the head of the department (new and previous named, start date), not of the person responsible for the centre"},
     "ru, HTML-only 'УВЕДОМЛЕНИЕ' with new and previous person and an effective date — p.7 look-alike")
# ================================================================ documents 41-55
A41 = ag("Департамент миграционной службы Департамента полиции города Астаны", "migr@astana.police.gov.kz", "140940022218")
S41 = [{"registry_number": "00102015", "name": "Выдача разрешения иммиграции иностранцам для постоянного проживания"}]
d41 = docx_bytes([
    ("c", "ПРОТОКОЛ"),
    ("c", "обучения работников Государственной корпорации «Правительство для граждан» по вопросам оказания государственной услуги"),
    "г. Астана                                                                       10 марта 2027 года",
    "В соответствии с планом-графиком Управление миграционной службы провело обучение работников филиала НАО «Правительство для граждан» по г. Астане (ЦОН районов «Алматы», «Байконур», «Сарыарка») по государственной услуге:",
    ("t", [["Реестровый номер", "Наименование услуги"], ["00102015", "Выдача разрешения иммиграции иностранцам для постоянного проживания"]]),
    "Количество обученных работников ЦОН: 27.",
    "От Управления: ____________ Д. Абылкасымов",
    "От филиала НАО «Правительство для граждан»: ____________ С. Тлеубаева",
])
case("41-protokol-obucheniya-con.eml",
     mail("Абылкасымов Данияр <d.abylkasymov@astana.police.gov.kz>", "протокол обучения ЦОН", "Wed, 10 Mar 2027 18:20:00 +0500",
          "Направляем копию протокола обучения ЦОН для информации.\n",
          atts=[("Протокол обучения ЦОН 10.03.2027.docx", d41, DOCX)]),
     [other("body", "ru"), other("Протокол обучения ЦОН 10.03.2027.docx", "ru")],
     {"agency": A41, "services": S41, "awaiting": "protocol",
      "expected_effect": "keep awaiting: the protocol is of training the State Corporation's ЦОН staff, signed with the corporation, not the contact centre's acceptance protocol"},
     "ru, eml+docx; closest look-alike: training protocol with date and registry-number table, but for ЦОН staff")

A42 = ag("Министерство сельского хозяйства Республики Казахстан", "kense@moa.gov.kz", "990540004352")
S42 = [{"registry_number": "00302051", "name": "Выдача фитосанитарного сертификата"},
       {"registry_number": "00302052", "name": "Выдача карантинного сертификата"}]
d42 = docx_bytes([
    ("c", "ПРОТОКОЛ заседания рабочей группы"),
    ("c", "по актуализации правил оказания государственных услуг в области карантина растений"),
    "11 марта 2027 года                                                                  г. Астана",
    "Присутствовали: Карибаев Т.О. (председатель), Ли А.В., Мамбетова С.С., Есжанов Ж.",
    "СЛУШАЛИ: Мамбетову С.С. — о необходимости приведения Правил оказания государственных услуг 00302051 и 00302052 в соответствие с изменениями в Закон «О карантине растений».",
    "РЕШИЛИ:",
    "1. Разработать проект приказа о внесении изменений в Правила оказания государственных услуг (срок — 15 апреля 2027 года).",
    "2. После государственной регистрации приказа направить в Единый контакт-центр актуализированную информацию по форме Приложения 1 (ответственный — Ли А.В.).",
    "3. До утверждения изменений информацию, размещенную на интернет-ресурсе, не менять.",
    "Председатель рабочей группы                                  Т. Карибаев",
])
case("42-rabochaya-gruppa-moa.eml",
     mail("Ли Андрей <a.li@moa.gov.kz>", "Протокол рабочей группы от 11.03.2027", "Fri, 12 Mar 2027 10:36:21 +0500",
          "Добрый день!\n\nВо исполнение п.2 протокола сообщаю, что буду контактным лицом по актуализации. Сам протокол во вложении. "
          "Приложение 1 направим после регистрации приказа.\n\nЛи А.В., главный эксперт ДЗР, 8 (7172) 55-92-17\n",
          atts=[("protokol_RG_11032027.docx", d42, DOCX)]),
     [other("body", "ru"), other("protokol_RG_11032027.docx", "ru")],
     {"agency": A42, "services": S42, "awaiting": "consulting",
      "expected_effect": "note only: changes are being drafted; no change notice yet and nobody replaces the responsible person"},
     "ru, eml+docx; working-group minutes with registry numbers, 'Единый контакт-центр', a contact person — all future")

A43 = ag("Комитет информационной безопасности Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kib@mdai.gov.kz", "190940028834")
S43 = [{"registry_number": "00902041", "name": "Выдача лицензии на деятельность по разработке средств криптографической защиты информации"}]
case("43-planiruetsya-smena-sayta.eml",
     mail("КИБ МЦРИАП <kib@mdai.gov.kz>", "О планируемом переносе интернет-ресурса", "Mon, 15 Mar 2027 14:00:00 +0500",
          "АО «Национальные информационные технологии»\nКопия: Единый контакт-центр\n\n"
          "Комитет информационной безопасности сообщает о планируемом переносе раздела о государственных услугах с сайта kib.mdai.gov.kz "
          "на единую платформу интернет-ресурсов государственных органов (www.gov.kz/memleket/entities/kib). "
          "Перенос планируется осуществить во II квартале 2027 года, точная дата будет сообщена дополнительно.\n\n"
          "Просим предусмотреть настройку переадресации со старого адреса.\n\n"
          "Заместитель председателя                                   А. Есеркепов\n",
          to="info@nitec.kz", cc=EKC),
     [other("body", "ru")],
     {"agency": A43, "services": S43, "awaiting": "consulting",
      "expected_effect": "note only: a website move is planned with no date, letter addressed to another organisation; the website in the centre's data stays"},
     "ru, eml to NITEC with the centre in copy; old and new web address given, but only planned")

A44 = ag("Управление государственных доходов по Алатаускому району Департамента государственных доходов по городу Алматы", "alatau@kgd.minfin.gov.kz", "170140027707")
S44 = [{"registry_number": "00401133", "name": "Выдача справки об отсутствии налоговой задолженности"}]
p44 = pdf_bytes([
    "^**ОТЧЕТ",
    "^о результатах внутреннего аудита обработки персональных данных за 2026 год",
    "",
    "1. Проверено информационных систем: 4. Выявлено несоответствий: 2 (не устранены права доступа уволенных сотрудников).",
    "2. Рекомендации: пересмотреть матрицу доступа до 1 апреля 2027 года; провести обучение сотрудников.",
    "3. Ответственный за обработку персональных данных: Сулейменова Жанна Каримовна, главный специалист.",
    "",
    "Дата составления: 15.03.2027",
    "Аудитор ____________ Т. Жумабаев",
], land=False)
case("44-otchet-audit-pd.eml",
     mail("Жумабаев Талгат <t.zhumabaev@kgd.minfin.gov.kz>", "Fwd: отчет по аудиту ПД", "Tue, 16 Mar 2027 09:12:40 +0600",
          "\n---------- Forwarded message ---------\nОт: Жумабаев Талгат\nДата: 15 марта 2027 г.\nТема: отчет по аудиту ПД\n\nОтчет во вложении.\n",
          atts=[("otchet_audit_PD_2026.pdf", p44, PDF)]),
     [other("body", "ru"), other("otchet_audit_PD_2026.pdf", "ru")],
     {"agency": A44, "services": S44, "awaiting": "consulting",
      "expected_effect": "file only: an internal audit report, forwarded without explanation"},
     "ru, forwarded eml+pdf; report naming 'ответственный' with full name and position")

A45 = ag("Управление коммунального хозяйства города Караганды", "ukh@karaganda-city.gov.kz", "011040006518")
S45 = [{"registry_number": "00802050", "name": "Выдача разрешения на вырубку деревьев"}]
d45 = docx_bytes([
    "ҚАРАҒАНДЫ ҚАЛАСЫНЫҢ КОММУНАЛДЫҚ ШАРУАШЫЛЫҚ БӨЛІМІ / ОТДЕЛ КОММУНАЛЬНОГО ХОЗЯЙСТВА ГОРОДА КАРАГАНДЫ",
    "100012, г. Караганда, пр. Бухар жырау, 41",
    "Исх. № 2-16/774 от 17.03.2027",
    ("r", "Ревизионная комиссия по Карагандинской области"),
    "На Ваш запрос от 09.03.2027 № 01-05/288 направляем сведения о выданных разрешениях на вырубку деревьев за 2025-2026 годы:",
    ("t", [["Год", "Заявлений", "Выдано разрешений", "Отказано", "Сумма компенсационных посадок, шт."],
           ["2025", "412", "371", "41", "5 230"], ["2026", "455", "420", "35", "6 118"]]),
    "Копии разрешений будут представлены в ходе проверки.",
    "Руководитель отдела                                       К. Бердибеков",
    "Исп. Нестеренко И.А., 8 (7212) 41-22-67",
])
case("45-otvet-revizionnoi-komissii.docx", d45,
     [other("45-otvet-revizionnoi-komissii.docx", "ru")],
     {"agency": A45, "services": S45, "awaiting": "additional_answer",
      "our_letter": ol("ЕКЦ-2027/174", "2027-03-10", "О представлении дополнительной информации по услуге 00802050"),
      "expected_effect": "file only: answer to the audit commission's request; delivered to the centre by mistake"},
     "ru, plain docx with bilingual letterhead; 'На Ваш запрос' and a table — answer to another organisation")

A46 = ag("Атырау облысы әкімдігінің табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "tabigi@atyrau.gov.kz", "050540013391")
S46 = [{"registry_number": "00704033", "name": "Жер асты суларын пайдалануға рұқсат беру"}]
x46 = xlsx_bytes([("Кесте", [
    ["Басқарма қызметкерлерін 2027 жылы оқыту кестесі"],
    ["№", "Тақырыбы", "Мерзімі", "Жауапты", "Қатысушылар"],
    [1, "Ақпараттық қауіпсіздік негіздері", "наурыз", "Сапарғали Н.", "барлық қызметкерлер"],
    [2, "Мемлекеттік сатып алу", "сәуір", "Мұхамбетова Ә.", "қаржы бөлімі"],
    [3, "Мемлекеттік көрсетілетін қызметтер стандарттары", "мамыр", "Қуанов Е.", "рұқсаттар бөлімі"],
    [4, "Сыбайлас жемқорлыққа қарсы іс-қимыл", "маусым", "Ерғалиев С.", "барлық қызметкерлер"],
])])
case("46-oqytu-kestesi.eml",
     mail("Сапарғали Нұрлан <n.saparkali@atyrau.gov.kz>", "Оқыту кестесі 2027", "Wed, 17 Mar 2027 11:45:00 +0500",
          "Сәлеметсіздер ме,\nбасқарманың 2027 жылғы оқыту кестесін жолдаймыз. Назарларыңызға.\n\nН. Сапарғали\n",
          atts=[("oqytu_kestesi_2027.xlsx", x46, XLSX)]),
     [other("body", "kk"), other("oqytu_kestesi_2027.xlsx")],
     {"agency": A46, "services": S46, "awaiting": "protocol",
      "expected_effect": "file only: the agency's own annual training schedule; no protocol"},
     "kk, eml+xlsx; training plan with a 'жауапты' column and service-standards topic")

A47 = ag("Управление по развитию языков Акмолинской области", "til@akmola.gov.kz", "140540015529")
S47 = [{"registry_number": "00705031", "name": "Выдача сертификата о прохождении тестирования КАЗТЕСТ"}]
case("47-priglashenie-seminar.eml",
     mail("Отдел КАЗТЕСТ <kaztest@akmola.gov.kz>", "Приглашение на семинар 25.03.2027", "Thu, 18 Mar 2027 16:10:00 +0500",
          "Уважаемые коллеги!\n\nПриглашаем представителей Единого контакт-центра принять участие в семинаре «Система КАЗТЕСТ: "
          "изменения 2027 года», который состоится 25 марта 2027 года в 10:00 по адресу: г. Кокшетау, ул. Абая, 96, актовый зал "
          "(возможно подключение по ссылке https://meet.akmola.gov.kz/kaztest-25).\n\n"
          "Просим до 23 марта сообщить Ф.И.О. участников на адрес kaztest@akmola.gov.kz.\n\n"
          "Контактное лицо: Шалабаева Индира Маратовна, 8 (7162) 25-47-80.\n"),
     [other("body", "ru")],
     {"agency": A47, "services": S47, "awaiting": "consulting",
      "expected_effect": "route to staff: an invitation to a seminar, with a contact person; not a training protocol and not an appointment"},
     "ru, plain eml; 'Контактное лицо' with full name and phone, 'семинар' about changes")

A48 = ag("Ұлытау облысы әкімдігінің мәдениет, тілдерді дамыту және архив ісі басқармасы", "madeniet@ulytau.gov.kz", "220840015508")
S48 = [{"registry_number": "00703009", "name": "Архивтік анықтамалар беру"}]
case("48-arhiv-zhauapty-kk.eml",
     mail("Ұлытау мәдениет басқармасы <madeniet@ulytau.gov.kz>", "Бұйрық: ведомстволық архивке жауапты", "Fri, 19 Mar 2027 12:12:00 +0600",
          "Бірыңғай байланыс орталығына\n\nБасқарманың 2027 жылғы 18 наурыздағы № 24-н бұйрығымен ведомстволық архивтің сақталуына "
          "жауапты тұлға болып архив ісі бөлімінің бас маманы Жұмабаева Сәуле Бақытжанқызы тағайындалды (бұрын — Ә.Т. Қалдыбаева).\n\n"
          "Бұйрықтың көшірмесі қағаз түрінде жіберіледі.\n\nБасқарма басшысы                     Н. Әбдікәрімов\n"),
     [other("body", "kk")],
     {"agency": A48, "services": S48, "awaiting": "consulting",
      "expected_effect": "file only: a new person responsible for keeping the departmental archive replaces the previous one, addressed to the centre; not the correspondence responsible person"},
     "kk, plain eml addressed to ЕКЦ; new and previous 'жауапты тұлға' for the archive while the service is about archive certificates")

A49 = ag("Управление пассажирского транспорта и автомобильных дорог Абайской области", "transport@abay.gov.kz", "221040012276")
S49 = [{"registry_number": "00302022", "name": "Выдача свидетельства на право обслуживания маршрута"}]
case("49-pismo-zaregistrirovano.eml",
     mail("Канцелярия <kanc@abay.gov.kz>", "RE: О представлении информации (ЕКЦ-2027/182)", "Mon, 22 Mar 2027 08:47:12 +0500",
          "Ваше письмо зарегистрировано: вх. № 1802 от 22.03.2027. Исполнитель — Управление пассажирского транспорта и "
          "автомобильных дорог (Тұрсынбекова А.). Срок исполнения — 29.03.2027.\n\n"
          "Бұл хабарлама автоматты түрде жіберілді. Сообщение сформировано автоматически системой электронного документооборота.\n",
          irt="<ekc-2027-182.51d0@ekc.gov.kz>", domain="abay.gov.kz"),
     [other("body", "ru")],
     {"agency": A49, "services": S49, "awaiting": "information",
      "our_letter": ol("ЕКЦ-2027/182", "2027-03-19", "О представлении информации по государственной услуге 00302022"),
      "expected_effect": "note the registration only: a registration receipt naming an executor; the information is still awaited"},
     "ru+kk, auto receipt in our thread naming an 'Исполнитель' and a deadline")

A50 = ag("Министерство национальной экономики Республики Казахстан", "kense@economy.gov.kz", "980440002816")
S50 = [{"registry_number": "00502030", "name": "Постановка на учет в реестре «Цифровая карта семьи»"}]
p50 = pdf_bytes([
    "^**ПРОТОКОЛ",
    "^межведомственного совещания по вопросам развития «Цифровой карты семьи»",
    "г. Астана, Дом министерств                                                         23 марта 2027 г. № 12-ПР",
    "",
    "Председательствовал: вице-министр национальной экономики Кабдуллин Д.С.",
    "Присутствовали: представители МТСЗН, МЦРИАП, МЗ, МП, АО «НИТ», НАО «Правительство для граждан», Единого контакт-центра.",
    "",
    "**1. О проактивном оказании государственных услуг по данным Цифровой карты семьи",
    "(Кабдуллин Д.С., Абенов Р.Т., Оразалина М.Е.)",
    "1.1. МТСЗН совместно с МЦРИАП до 30 апреля 2027 года обеспечить проактивное оказание услуги «Назначение пособия по рождению ребенка».",
    "1.2. Единому контакт-центру подготовить скрипты консультирования граждан по проактивным услугам после утверждения изменений в правила.",
    "**2. О качестве данных",
    "2.1. АО «НИТ» ежемесячно представлять сведения о расхождениях данных.",
    "",
    "Срок исполнения поручений — согласно протоколу. Контроль — Департамент цифровой трансформации МНЭ.",
    "",
    "Вице-министр                                                     Д. Кабдуллин",
] + ["Приложение: список участников совещания (34 человека) — на 2 листах."])
case("50-mezhvedomstvennoe-soveshchanie.pdf", p50,
     [other("50-mezhvedomstvennoe-soveshchanie.pdf", "ru")],
     {"agency": A50, "services": S50, "awaiting": "protocol",
      "expected_effect": "route the task in item 1.2 to staff, but it is interdepartmental minutes, not the p.8 acceptance protocol"},
     "ru, plain pdf; interdepartmental minutes with a number, date, the centre among participants and a task for it")

A51 = ag("Шығыс Қазақстан облысы әкімдігінің энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы", "energy@vko.gov.kz", "050140020913")
S51 = [{"registry_number": "00802061", "name": "Газбен жабдықтауға техникалық шарттар беру"}]
case("51-bas-tartu-too.eml",
     mail("Энергетика басқармасы <energy@vko.gov.kz>", "«ШығысГазСервис» ЖШС-ке жауап (көшірме ББО)", "Wed, 24 Mar 2027 15:33:09 +0600",
          "«ШығысГазСервис» ЖШС директоры Б.Е. Рахметовке\nКөшірмесі: Бірыңғай байланыс орталығы\n\n"
          "Сіздің 2027 жылғы 16 наурыздағы № 118 хатыңызды қарап, басқарма газ тарату желілерінің схемасын беруден бас тартады, "
          "себебі сұратылып отырған мәліметтер қызмет бабында пайдалану үшін белгісімен таратылуы шектелген ақпаратқа жатады.\n\n"
          "Басшының орынбасары                                         Д. Оспанов\nОрынд.: Т. Серікбаев, 8 (7232) 57-02-11\n"),
     [other("body", "kk")],
     {"agency": A51, "services": S51, "awaiting": "information",
      "expected_effect": "file only: a refusal to a company on restricted information, centre in copy; it declines nothing the centre asked"},
     "kk, plain eml; 'бас тартады' with a protected-information reason, addressed to a company")

A52 = ag("Управление по инвестициям и развитию предпринимательства Кызылординской области", "invest@kyzylorda.gov.kz", "171040024410")
S52 = [{"registry_number": "00503040", "name": "Предоставление инвестиционных преференций"}]
d52 = docx_bytes([
    ("r", "Приложение 3\nк письму МЦРИАП от 01.03.2027 № 17-4/1190"),
    ("c", "Паспорт государственной услуги для реестра услуг электронного правительства"),
    ("t", [["Поле", "Значение"],
           ["Код услуги", "00503040"],
           ["Наименование", "Предоставление инвестиционных преференций"],
           ["Услугодатель", "Управление по инвестициям и развитию предпринимательства Кызылординской области"],
           ["Форма оказания", "бумажная / частично автоматизированная"],
           ["Срок", "20 рабочих дней"],
           ["Владелец бизнес-процесса", "Ниязбекова Гульмира Сериковна, руководитель отдела инвестиций"],
           ["Статус перевода в электронный формат", "запланирован на 2028 год"]]),
    "Заполнил: Ниязбекова Г.С.       25.03.2027",
])
case("52-pasport-uslugi-mcriap.eml",
     mail("Ниязбекова Гульмира <g.niyazbekova@kyzylorda.gov.kz>", "Паспорт услуги 00503040", "Thu, 25 Mar 2027 17:58:44 +0500",
          "Добрый вечер! Паспорт услуги по форме МЦРИАП (приложение 3) во вложении. Вам — для сведения, т.к. в вашем запросе тоже был вопрос по сроку.\n"
          "Гульмира\n",
          atts=[("pasport_00503040.docx", d52, DOCX)]),
     [other("body", "ru"), other("pasport_00503040.docx", "ru")],
     {"agency": A52, "services": S52, "awaiting": "information",
      "expected_effect": "file only (an operator may glance at the term): a two-column service passport in the digital ministry's form, not Appendix 1; the form is still awaited"},
     "ru, eml+docx; a sideways 'field | value' table with registry number, name and an owner — looks like a turned Appendix 1 but is another form")

A53 = ag("Акимат Алматинского района города Астаны", "almaty-audan@astana.gov.kz", "110540003157")
S53 = [{"registry_number": "00601040", "name": "Выдача справки о регистрации по месту жительства (адресная справка)"}]
x53 = xlsx_bytes([("Линия 109", [
    ["Статистика обращений на линию 109 акимата района, март 2027 (1-25)"],
    ["Тематика", "Звонков", "Решено на линии", "Передано в отделы"],
    ["Адресная справка", 312, 298, 14],
    ["Благоустройство", 540, 120, 420],
    ["Отопление", 221, 87, 134],
    ["Прочее", 96, 80, 16],
    ["Итого", "=SUM(B3:B6)", "=SUM(C3:C6)", "=SUM(D3:D6)"]])])
case("53-statistika-109.xlsx", x53,
     [other("53-statistika-109.xlsx")],
     {"agency": A53, "services": S53, "awaiting": "consulting",
      "expected_effect": "file only: statistics of the akimat's own 109 line"},
     "ru, plain xlsx with formulas (no cached values); statistics, not a form")

A54 = ag("Управление экономики и бюджетного планирования Западно-Казахстанской области", "econom@zko.gov.kz", "030340010287")
S54 = [{"registry_number": "00403011", "name": "Выдача заключения о целесообразности бюджетных инвестиций"}]
b54 = ("Акиму Западно-Казахстанской области\nг-ну Турегалиеву Н.Б.\n\nСЛУЖЕБНАЯ ЗАПИСКА\n\n"
       "Управление экономики и бюджетного планирования докладывает, что по состоянию на 25 марта 2027 года освоение средств "
       "местного бюджета составило 21,4 % от плана I квартала. Основные причины неосвоения: поздние сроки конкурсных процедур, "
       "отсутствие проектно-сметной документации по 6 объектам.\n\nПредлагается заслушать руководителей отстающих управлений на "
       "аппаратном совещании 1 апреля 2027 года.\n\nРуководитель управления                                  С. Каримова\n")
case("54-sluzhebnaya-zapiska-oshibka.eml",
     raw_mail([("From", "=?windows-1251?b?" + __import__("base64").b64encode("Каримова С.".encode("cp1251")).decode() + "?= <s.karimova@zko.gov.kz>"),
               ("To", "info@ekc.gov.kz"), ("Subject", "=?windows-1251?b?" + __import__("base64").b64encode("Служебная записка".encode("cp1251")).decode() + "?="),
               ("Date", "Fri, 26 Mar 2027 18:30:04 +0500"), ("Message-ID", "<A1B2C3D4.5566@zko.gov.kz>"), ("MIME-Version", "1.0"),
               ("Content-Type", "text/plain; charset=koi8-r"), ("Content-Transfer-Encoding", "8bit"), ("X-Mailer", "The Bat! (v9.4.2) Professional")],
              b54.encode("cp1251")),
     [other("body", "ru")],
     {"agency": A54, "services": S54, "awaiting": "information",
      "expected_effect": "ignore / return: an internal memo to the akim sent to the centre by mistake"},
     "ru, raw eml: body is windows-1251 but labelled koi8-r (wrong charset); a misdirected memo")

A55 = ag("Жетісу облысы әкімдігінің кәсіпкерлік және индустриялық-инновациялық даму басқармасы", "kasipker@zhetysu.gov.kz", "221040011533")
S55 = [{"registry_number": "00503052", "name": "Индустриялық-инновациялық қызмет субъектілеріне мемлекеттік қолдау көрсету"}]
d55 = docx_bytes([
    ("c", "Ақпараттық хат / Информационное письмо"),
    "Талдықорған қ., 2027 жылғы 29 наурыз / 29 марта 2027 года",
    "Жетісу облысы әкімдігінің 2027 жылғы 24 наурыздағы № 88 қаулысымен басқарманың құрылымы өзгертілді: индустрия бөлімі мен инновациялар бөлімі «Индустриялық-инновациялық даму бөлімі» болып біріктірілді. Бөлім басшысы — Мұратов Ғалым Қайратұлы.",
    "Постановлением акимата области от 24 марта 2027 года № 88 изменена структура управления: отделы индустрии и инноваций объединены в «Отдел индустриально-инновационного развития». Руководитель отдела — Муратов Галым Кайратович.",
    "Бірыңғай байланыс орталығымен жұмыс бойынша байланыс деректері кейін жеке хатпен жіберіледі. / Контактные данные для работы с Единым контакт-центром будут направлены отдельным письмом.",
    "Басшы / Руководитель                                    Ә. Бақытжанов",
])
case("55-reorganizaciya-dvuyazychnyi.eml",
     mail("Кәсіпкерлік басқармасы <kasipker@zhetysu.gov.kz>", "Ақпараттық хат / Информационное письмо", "Mon, 29 Mar 2027 11:22:33 +0500",
          "Қайырлы күн! Добрый день!\nАқпараттық хатты жолдаймыз. Направляем информационное письмо.\n",
          atts=[("Акпараттык хат 29.03.2027.docx", d55, DOCX)]),
     [other("body"), other("Акпараттык хат 29.03.2027.docx")],
     {"agency": A55, "services": S55, "awaiting": "appointment",
      "our_letter": ol("ЕКЦ-2027/188", "2027-03-25", "О назначении ответственного лица по государственной услуге 00503052"),
      "expected_effect": "keep awaiting: a reorganisation notice naming a new head of department; the contacts for the centre are promised in a separate letter"},
     "kk+ru parallel docx and body; new head named while an appointment is awaited, contacts promised later")

# ---------------------------------------------------------------- manifest
with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# galym — round J held-out corpus: non-replies that look like replies\n\n")
    f.write("All inputs have `is_reply: false`. Built by `make.py` (run with /tmp/cv-galym/bin/python). "
            "Kinds: `other` unless the attachment truly is an Appendix 1 form (drafts sent for agreement, keyed honestly as `appendix1_form`).\n\n")
    f.write("| file | kinds in key | language, format, what makes it hard |\n| --- | --- | --- |\n")
    for n, k, note in MANIFEST:
        f.write(f"| `{n}` | {k} | {note} |\n")
