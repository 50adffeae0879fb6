#!/usr/bin/env python3
"""Rebuild zarina's held-out corpus (mostly non-replies). Run: /tmp/cv-zarina/bin/python make.py"""
import json, os, io
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.utils import formatdate, make_msgid
from email import encoders
from email.header import Header
import docx
from docx.shared import Pt
import openpyxl
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DJ", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
EKC = "ekc-info@ekc1414.kz"
MANI = []

# ---------------- agencies ----------------
A = {
 "mzdr": ("Министерство здравоохранения Республики Казахстан", "kanc@dsm.gov.kz", "960740000112"),
 "mtszn": ("Министерство труда и социальной защиты населения Республики Казахстан", "kense@enbek.gov.kz", "990240003518"),
 "mfin_kgd": ("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd_kanc@kgd.minfin.gov.kz", "030540004471"),
 "mvd_mp": ("Департамент миграционной службы Министерства внутренних дел Республики Казахстан", "dms@mvd.gov.kz", "980140000227"),
 "akm_kar": ("Управление образования Карагандинской области", "uo_kanc@karaganda-edu.gov.kz", "041240001963"),
 "akm_tur": ("Управление земельных отношений Туркестанской области", "zemlya@turkistan-obl.gov.kz", "180940015527"),
 "akm_ast": ("Управление архитектуры и градостроительства города Астаны", "kense@sаulet.astana.gov.kz".replace("а", "a"), "080340019336"),
 "mk": ("Министерство культуры и информации Республики Казахстан", "kanc@mki.gov.kz", "231040009981"),
 "myust": ("Министерство юстиции Республики Казахстан", "kanc@adilet.gov.kz", "970240000418"),
 "akm_vko": ("Управление ветеринарии Восточно-Казахстанской области", "vet@vko-vet.gov.kz", "050140005762"),
 "akm_alm": ("Аким Медеуского района города Алматы", "medeu_kanc@almaty.gov.kz", "990340001129"),
 "msx": ("Министерство сельского хозяйства Республики Казахстан", "kanc@moa.gov.kz", "990840000374"),
 "mciap": ("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kanc@mdai.gov.kz", "190340020133"),
 "apgs": ("Агентство Республики Казахстан по делам государственной службы", "kense@kyzmet.gov.kz", "990540001876"),
 "akm_man": ("Управление предпринимательства и туризма Мангистауской области", "kasipker@mangystau.gov.kz", "120240014455"),
 "ksp": ("Комитет по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан", "kpssu_kanc@prokuror.gov.kz", "011040002265"),
 "akm_sko": ("Управление координации занятости и социальных программ Северо-Казахстанской области", "sz_kanc@sko-soc.gov.kz", "021140003097"),
 "mtr": ("Министерство транспорта Республики Казахстан", "kanc@mtrans.gov.kz", "230940010022"),
 "akm_zko": ("Управление физической культуры и спорта Западно-Казахстанской области", "sport@zko-sport.gov.kz", "160540008811"),
 "mpr": ("Министерство экологии и природных ресурсов Республики Казахстан", "kanc@ecogeo.gov.kz", "190640021340"),
}

def ctx(name, ag, services, awaiting, our_letter, effect, is_reply=False, **extra):
    n, e, b = A[ag] if isinstance(ag, str) else ag
    d = {"agency": {"name": n, "email": e, "bin": b},
         "services": [{"registry_number": r, "name": s} for r, s in services],
         "awaiting": awaiting, "our_letter": our_letter,
         "expected_effect": effect, "is_reply": is_reply}
    d.update(extra)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)

def key(name, docs, exit=0):
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit, "documents": docs}, f, ensure_ascii=False, indent=2)

def other(part, lang=None):
    d = {"part": part, "kind": "other"}
    if lang: d["language"] = lang
    return d

def L(num, date, subj):
    return {"number": num, "date": date, "subject": subj}

def man(name, kind, lang, fmt, hard):
    MANI.append((name, kind, lang, fmt, hard))

# ---------------- writers ----------------
def _addr(a):
    from email.utils import parseaddr, formataddr
    if "<" not in a or a.isascii():
        return a
    nm, ad = parseaddr(a)
    return formataddr((nm, ad), charset="utf-8")

def w_eml(name, frm, subj, date, body=None, html=None, charset="utf-8", to=EKC, cc=None,
          atts=(), in_reply_to=None, extra_headers=None, label=None, ctype=None, raw_body_bytes=None):
    """atts: list of (filename, bytes, maintype, subtype)."""
    if html is not None and body is not None:
        alt = MIMEMultipart("alternative")
        alt.attach(MIMEText(body, "plain", charset))
        alt.attach(MIMEText(html, "html", charset))
        main = alt
    elif html is not None:
        main = MIMEText(html, "html", charset)
    else:
        main = MIMEText(body, "plain", charset)
    if label is not None:  # mislabel charset
        main.set_param("charset", label)
    if atts:
        msg = MIMEMultipart("mixed")
        msg.attach(main)
        for fn, data, mt, st in atts:
            p = MIMEBase(mt, st)
            p.set_payload(data)
            encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=(fn if fn.isascii() else ("utf-8", "", fn)))
            p.set_param("name", fn if fn.isascii() else ("utf-8", "", fn))
            msg.attach(p)
    else:
        msg = main
    msg["From"] = _addr(frm)
    msg["To"] = _addr(to)
    if cc: msg["Cc"] = cc
    msg["Subject"] = Header(subj, "utf-8") if not subj.isascii() else subj
    msg["Date"] = date
    msg["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">"))
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(msg.as_bytes())

def docx_bytes(paras, tables=(), after_tables=(), font=12):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(font)
    for p in paras:
        d.add_paragraph(p)
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
    for p in after_tables:
        d.add_paragraph(p)
    b = io.BytesIO(); d.save(b); return b.getvalue()

def w_docx(name, paras, tables=(), after_tables=()):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(docx_bytes(paras, tables, after_tables))

def xlsx_bytes(sheets):
    wb = openpyxl.Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows: ws.append(r)
    b = io.BytesIO(); wb.save(b); return b.getvalue()

def w_xlsx(name, sheets):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(xlsx_bytes(sheets))

def pdf_bytes(lines, size=9.5):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    b = io.BytesIO(); c = canvas.Canvas(b, pagesize=A4); c.setFont("DJ", size)
    y, maxw = 800, 595 - 50 - 40
    def out(t):
        nonlocal y
        c.drawString(50, y, t); y -= size * 1.45
        if y < 60:
            c.showPage(); c.setFont("DJ", size); y = 800
    for ln in lines:
        if not ln.strip():
            out(""); continue
        words, cur = ln.split(" "), ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if stringWidth(t, "DJ", size) > maxw and cur:
                out(cur); cur = w
            else:
                cur = t
        out(cur)
    c.save(); return b.getvalue()

def w_pdf(name, lines):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(pdf_bytes(lines))

def w_txt(name, text, enc="utf-8"):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(enc))

DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PDF = ("application", "pdf")

# ======================================================================
# 1. Minutes of a working meeting (not the p.8 protocol)
n = "Протокол_совещания_14.docx"
w_docx(n, [
 "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН",
 "ПРОТОКОЛ",
 "рабочего совещания по вопросам цифровизации государственных услуг в сфере здравоохранения",
 "г. Астана                                                                 19 ноября 2026 года № 14",
 "Председательствовал: директор Департамента цифровизации Сагындыков Нурлан Бекболатович.",
 "Присутствовали: представители Департамента организации медицинской помощи, РГП на ПХВ «Национальный центр электронного здравоохранения», Единого контакт-центра (по видеосвязи).",
 "Повестка дня:",
 "1. О ходе перевода услуг 01102003 и 01102007 в проактивный формат.",
 "2. О снижении количества жалоб на запись к врачу через портал.",
 "Слушали: Сагындыкова Н.Б., Жумабаеву Г.С.",
 "РЕШИЛИ:",
 "1. Принять к сведению информацию о ходе работ.",
 "2. НЦЭЗ в срок до 10 декабря 2026 года представить предложения по доработке интеграции.",
 "3. Департаменту организации медицинской помощи совместно с ЕКЦ проработать вопрос актуализации скриптов ответов операторов (срок – I квартал 2027 г.).",
 "4. Протокол разослать участникам совещания.",
 "Председатель                                     Н. Сагындыков",
 "Секретарь                                        А. Ермекова",
])
key(n, [other(n, "ru")])
ctx(n, "mzdr", [("01102003", "Запись на прием к врачу"), ("01102007", "Вызов врача на дом")],
    "consulting", None, "file for reference; no change to the services' cases")
man(n, "other", "ru", "docx", "titled ПРОТОКОЛ, has date, number and registry numbers, ЕКЦ present; but meeting minutes, not p.8 acceptance")

# 2. Protocol of training of ЦОН staff (not ЕКЦ)
n = "protokol_obuchenia_CON.pdf"
w_pdf(n, [
 "ПРОТОКОЛ № 7",
 "проведения обучения работников НАО «Государственная корпорация «Правительство для граждан»",
 "по вопросам оказания государственной услуги",
 "г. Караганда                                                           «03» декабря 2026 г.",
 "",
 "Управлением образования Карагандинской области 03.12.2026 проведено обучение операторов",
 "центров обслуживания населения г. Караганды, г. Темиртау и г. Шахтинска по порядку приема",
 "документов по государственной услуге «Прием документов и зачисление детей в дошкольные",
 "организации» (реестровый № 00801012).",
 "",
 "Обучение провела: Касымова Алтынай Ержановна, главный специалист отдела дошкольного образования.",
 "Количество обученных: 23 (двадцать три) работника. Лист регистрации прилагается.",
 "",
 "По итогам обучения работники ЦОН ознакомлены с изменениями в перечне документов.",
 "",
 "От Управления образования: ____________ А. Касымова",
 "От филиала Госкорпорации по Карагандинской области: ____________ Д. Бекетов",
])
key(n, [other(n, "ru")])
ctx(n, "akm_kar", [("00801012", "Прием документов и зачисление детей в дошкольные организации")],
    "protocol", L("ЕКЦ-2026/2217", "2026-11-20", "О проведении обучения сотрудников ЕКЦ по госуслуге 00801012"),
    "do not close the protocol step: this trained ЦОН operators, not the contact centre; keep awaiting the ЕКЦ protocol")
man(n, "other", "ru", "pdf", "training protocol with date and registry number, but of ЦОН staff, arriving while ЕКЦ awaits its own protocol from the same agency")

# 3. Order appointing person responsible for personal data
n = "Prikaz_148-p.pdf"
w_pdf(n, [
 "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЕҢБЕК ЖӘНЕ ХАЛЫҚТЫ ӘЛЕУМЕТТІК ҚОРҒАУ МИНИСТРЛІГІ",
 "МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН",
 "",
 "ПРИКАЗ",
 "от 2 декабря 2026 года № 148-п                                          г. Астана",
 "",
 "О назначении лица, ответственного за организацию обработки персональных данных",
 "",
 "В соответствии со статьей 25 Закона Республики Казахстан «О персональных данных и их защите»",
 "ПРИКАЗЫВАЮ:",
 "1. Назначить Нурпеисова Данияра Талгатовича, главного эксперта Департамента информатизации,",
 "лицом, ответственным за организацию обработки персональных данных в Министерстве.",
 "2. Признать утратившим силу приказ от 14 марта 2025 года № 61-п.",
 "3. Контроль за исполнением настоящего приказа возложить на руководителя аппарата Исаеву Б.К.",
 "4. Настоящий приказ вступает в силу со дня подписания.",
 "",
 "Министр                                                                 С. Жакупова",
])
key(n, [other(n, "ru")])
ctx(n, "mtszn", [("00601014", "Назначение государственного социального пособия по инвалидности")],
    "appointment", L("ЕКЦ-2026/2290", "2026-11-30", "Запрос информации по госуслуге 00601014 (приложение 1)"),
    "not an appointment under p.5: the order names a personal-data officer; keep awaiting the appointment")
man(n, "other", "ru+kk header", "pdf", "order 'назначить ... ответственным', arrives while appointment awaited; duty is personal data, not ЕКЦ correspondence")

# 4. Order on procurement, attached to e-mail in thread of our letter
n = "msg-40213.eml"
ordr = docx_bytes([
 "УПРАВЛЕНИЕ ЗЕМЕЛЬНЫХ ОТНОШЕНИЙ ТУРКЕСТАНСКОЙ ОБЛАСТИ",
 "БҰЙРЫҚ / ПРИКАЗ",
 "25.11.2026 № 77-ө",
 "Об определении ответственного лица за организацию и проведение государственных закупок",
 "В целях исполнения требований Закона Республики Казахстан «О государственных закупках» ПРИКАЗЫВАЮ:",
 "1. Определить ответственным лицом за организацию и проведение государственных закупок на 2027 год главного специалиста отдела финансового обеспечения Сейтказиева Бахтияра Ермековича.",
 "2. Ответственному лицу обеспечить размещение годового плана закупок на веб-портале в сроки, установленные законодательством.",
 "3. Контроль оставляю за собой.",
 "Руководитель управления                         Е. Абдыкадыров",
])
w_eml(n, "Канцелярия УЗО <zemlya@turkistan-obl.gov.kz>",
      "Re: О назначении ответственного лица (исх. ЕКЦ-2026/2301)", "Thu, 03 Dec 2026 10:12:44 +0500",
      body="Добрый день.\n\nНаправляем копию приказа № 77-ө для сведения.\n\nС уважением,\nканцелярия Управления земельных отношений Туркестанской области\nтел. 8 (72533) 5-12-40\n\n\n-----Original Message-----\nFrom: ekc-info@ekc1414.kz\nSent: Tuesday, December 1, 2026 9:05 AM\nSubject: О назначении ответственного лица (исх. ЕКЦ-2026/2301)\n\nПросим в течение трех рабочих дней назначить ответственное лицо за представление информации по госуслуге 01502009 «Выдача решения на изменение целевого назначения земельного участка» (п.5 Правил).\n",
      atts=[("prikaz_77-o.docx", ordr, *DOCX)], in_reply_to="<ekc-2301@ekc1414.kz>")
key(n, [other("body", "ru"), other("prikaz_77-o.docx", "ru")])
ctx(n, "akm_tur", [("01502009", "Выдача решения на изменение целевого назначения земельного участка")],
    "appointment", L("ЕКЦ-2026/2301", "2026-12-01", "О назначении ответственного лица"),
    "operator should note a wrong attachment was sent (procurement order); keep awaiting the appointment, maybe ask again")
man(n, "other", "ru", "eml+docx", "in the thread of our appointment request, subject says 'О назначении ответственного лица', attached order appoints procurement officer")

# 5. Press secretary order in body, html-only
n = "msg-40227.eml"
w_eml(n, "Баспасөз қызметі <press@mki.gov.kz>", "Приказ о назначении пресс-секретаря", "Fri, 04 Dec 2026 16:40:02 +0500",
      html="""<html><body style="font-family:Calibri"><p>Уважаемые коллеги!</p>
<p>Информируем, что приказом Министра культуры и информации Республики Казахстан от 1 декабря 2026 года № 512-ж
<b>Тулегенова Асель Маратовна</b> назначена пресс-секретарем Министерства.</p>
<p>По вопросам взаимодействия со СМИ, аккредитации журналистов и размещения официальной информации просим обращаться:
тел. +7 (7172) 74-15-08, e-mail: a.tulegenova@mki.gov.kz.</p>
<p>Просим довести информацию до сведения пресс-служб ваших организаций.</p>
<p>--<br>С уважением,<br>Пресс-служба МКИ РК</p>
<p style="color:gray;font-size:8pt">Данное сообщение и любые приложения к нему предназначены исключительно для указанного адресата.</p></body></html>""")
key(n, [other("body", "ru")])
ctx(n, "mk", [("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей")],
    "consulting", None, "nothing to do for the case; a press secretary is not the ЕКЦ responsible person")
man(n, "other", "ru", "eml html-only", "new person with position, phone, email, 'назначена' — but press secretary, mass mailing")

# 6. HR order, txt
n = "kadrovyi_prikaz.txt"
w_txt(n, """Управление ветеринарии Восточно-Казахстанской области

ПРИКАЗ № 214-ж/қ
г. Усть-Каменогорск                                    30.11.2026

По личному составу

1. НАЗНАЧИТЬ
Ибраеву Динару Сериковну на должность руководителя отдела ветеринарного контроля
с 1 декабря 2026 года, с должностным окладом согласно штатному расписанию.
Основание: решение конкурсной комиссии от 26.11.2026 № 9.

2. ОСВОБОДИТЬ
Мусина Талгата Аскаровича от занимаемой должности руководителя отдела ветеринарного
контроля по переводу с 30 ноября 2026 года.
Основание: заявление Мусина Т.А. от 24.11.2026.

3. Отделу кадровой работы ознакомить работников с настоящим приказом.

Руководитель                                               Б. Сулейменов

С приказом ознакомлены:  ______ Ибраева Д.С.   ______ Мусин Т.А.
""", "utf-8")
key(n, [other(n, "ru")])
ctx(n, "akm_vko", [("00902015", "Выдача ветеринарного паспорта на животное")],
    "consulting", None, "file for reference; a personnel order is not a p.7 notice (it does not say who corresponds with ЕКЦ)")
man(n, "other", "ru", "txt", "names a new person and the released one with dates — looks like responsible_change, but is a personnel order")

# 7. New head of agency (bilingual)
n = "msg-40311.eml"
w_eml(n, "Медеу ауданы әкімінің аппараты <medeu_kanc@almaty.gov.kz>",
      "О назначении акима Медеуского района / Медеу ауданының әкімін тағайындау туралы", "Mon, 07 Dec 2026 09:01:10 +0500",
      body="""Құрметті әріптестер!

Алматы қаласы әкімінің 2026 жылғы 4 желтоқсандағы № 1-1/845 өкімімен Медеу ауданының әкімі болып
Қуанышбаев Ерлан Жанболатұлы тағайындалғанын хабарлаймыз.

Уважаемые коллеги!

Сообщаем, что распоряжением акима города Алматы от 4 декабря 2026 года № 1-1/845 акимом Медеуского
района назначен Куанышбаев Ерлан Жанболатович. Ранее занимавший должность Ахметжанов Руслан
Болатович переведен на другую работу.

Просим в дальнейшем адресовать служебную корреспонденцию на имя акима района.

Аппарат акима Медеуского района
050059, г. Алматы, пр. Достык, 300/26
тел. 8 (727) 264-18-30

Отправлено с iPhone""")
key(n, [other("body")])
ctx(n, "akm_alm", [("00201004", "Выдача справки о регистрации по месту жительства (по сельским округам)")],
    "information", L("ЕКЦ-2026/2255", "2026-11-25", "Запрос информации по госуслуге (приложение 1)"),
    "note the new head for addressing letters; the case still awaits the Appendix 1 information")
man(n, "other", "kk+ru", "eml", "new and previous person named, 'назначен', 'ранее занимавший' — but the akim, not the responsible person")

# 8. Legal newsletter about changed standards, sent to all (html, multipart alt)
n = "rassylka_2026-12-02.eml"
txt8 = """ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ № 47 (2026)
Юридический департамент Министерства юстиции Республики Казахстан

Обзор изменений законодательства за период с 23 по 29 ноября 2026 года

1. Приказом Министра здравоохранения РК от 20.11.2026 № ҚР ДСМ-188 внесены изменения в стандарт государственной услуги «Выдача лицензии на фармацевтическую деятельность» (реестровый № 00101005): сокращен срок оказания услуги до 10 рабочих дней.
2. Приказом Министра труда и социальной защиты населения РК от 24.11.2026 № 402 утверждены новые Правила назначения пособия по уходу за ребенком.
3. Постановлением Правительства РК от 27.11.2026 № 1011 внесены изменения в Реестр государственных услуг.

Бюллетень носит информационный характер и направляется всем государственным органам и подведомственным организациям. Для отказа от рассылки ответьте на это письмо словом «Отписаться».
"""
html8 = "<html><body><h3>ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ № 47 (2026)</h3><p>Юридический департамент Министерства юстиции Республики Казахстан</p><p><b>Обзор изменений законодательства за период с 23 по 29 ноября 2026 года</b></p><ol><li>Приказом Министра здравоохранения РК от 20.11.2026 № ҚР ДСМ-188 внесены изменения в стандарт государственной услуги «Выдача лицензии на фармацевтическую деятельность» (реестровый № 00101005): сокращен срок оказания услуги до 10 рабочих дней.</li><li>Приказом Министра труда и социальной защиты населения РК от 24.11.2026 № 402 утверждены новые Правила назначения пособия по уходу за ребенком.</li><li>Постановлением Правительства РК от 27.11.2026 № 1011 внесены изменения в Реестр государственных услуг.</li></ol><p style='font-size:9pt'>Бюллетень носит информационный характер и направляется всем государственным органам. Для отказа от рассылки ответьте словом «Отписаться».</p></body></html>"
w_eml(n, "Бюллетень Минюста <bulletin@adilet.gov.kz>", "Информационный бюллетень № 47: изменения в стандарты госуслуг", "Wed, 02 Dec 2026 08:00:00 +0500",
      body=txt8, html=html8, to="undisclosed-recipients:;", extra_headers={"List-Unsubscribe": "<mailto:bulletin@adilet.gov.kz?subject=unsubscribe>", "Precedence": "bulk"})
key(n, [other("body", "ru")])
ctx(n, "myust", [("00101005", "Выдача лицензии на фармацевтическую деятельность")],
    "consulting", None, "no automatic change: a third party's newsletter; the operator may ask the Ministry of Health for a p.6 update")
man(n, "other", "ru", "eml multipart/alternative bulk", "says a standard of a named registry number changed, with order number and date — but from Minjust's newsletter, not the responsible person")

# 9. Invitation to seminar (docx attached), windows-1251 body
n = "msg-39987.eml"
inv = docx_bytes([
 "АГЕНТСТВО РЕСПУБЛИКИ КАЗАХСТАН ПО ДЕЛАМ ГОСУДАРСТВЕННОЙ СЛУЖБЫ",
 "Исх. № 06-2-14/3318 от 26.11.2026",
 "Руководителям государственных органов (по списку)",
 "ПРИГЛАШЕНИЕ",
 "Агентство приглашает принять участие в республиканском семинаре «Качество государственных услуг: итоги 2026 года и задачи на 2027 год», который состоится 15 декабря 2026 года в 10:00 в конференц-зале Агентства (г. Астана, ул. Бейбітшілік, 4).",
 "Просим в срок до 10 декабря направить список участников (не более 2 человек от организации) с указанием Ф.И.О., должности и контактного телефона на адрес seminar@kyzmet.gov.kz.",
 "Программа семинара прилагается.",
 "Заместитель Председателя                              Д. Оспанов",
 "Исп.: Бекмуратова Ж., 8 (7172) 75-41-90",
])
w_eml(n, "Бекмуратова Жанар <zh.bekmuratova@kyzmet.gov.kz>", "Приглашение на семинар 15 декабря", "Thu, 26 Nov 2026 17:22:31 +0500",
      body="Добрый вечер!\n\nНаправляем приглашение на семинар. Просим подтвердить участие и направить Ф.И.О., должность ответственного сотрудника, который примет участие.\n\nС уважением,\nЖанар Бекмуратова\nглавный эксперт управления контроля качества госуслуг\n",
      charset="windows-1251", atts=[("Приглашение_семинар.docx", inv, *DOCX)])
key(n, [other("body", "ru"), other("Приглашение_семинар.docx", "ru")])
ctx(n, "apgs", [], "consulting", None, "forward to management; no service case affected")
man(n, "other", "ru", "eml cp1251 + docx (utf-8 filename)", "asks for 'Ф.И.О., должность ответственного сотрудника' — invitation, not an appointment")

# 10. New Year greeting, Kazakh+Russian HTML with image placeholder
n = "Поздравление.eml"
w_eml(n, "Ауыл шаруашылығы министрлігі <kanc@moa.gov.kz>", "Жаңа жылыңызбен! С Новым годом!", "Tue, 29 Dec 2026 11:30:00 +0500",
      html="""<html><body><div style="text-align:center">
<p style="font-size:16pt">Құрметті Бірыңғай байланыс орталығының ұжымы!</p>
<p>Сіздерді келе жатқан 2027 жаңа жылмен шын жүректен құттықтаймыз! Жаңа жыл отбасыларыңызға береке-бірлік, жұмыстарыңызға табыс әкелсін!</p>
<p style="font-size:16pt">Уважаемые коллеги!</p>
<p>Благодарим вас за плодотворное сотрудничество в уходящем году и поздравляем с наступающим Новым годом! Желаем крепкого здоровья, мира и благополучия!</p>
<p><i>Қазақстан Республикасының Ауыл шаруашылығы министрлігі</i></p></div></body></html>""")
key(n, [other("body")])
ctx(n, "msx", [("00403001", "Выдача ветеринарного сертификата на экспорт")], "consulting", None, "nothing to do")
man(n, "other", "kk+ru", "eml html-only", "pure greeting, bilingual")

# 11. Thanks letter (docx)
n = "Благодарственное_письмо.docx"
w_docx(n, [
 "«ҚАЗАҚСТАН РЕСПУБЛИКАСЫ КӨЛІК МИНИСТРЛІГІ» ММ",
 "ГУ «МИНИСТЕРСТВО ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН»",
 "№ 11-04/6621                                                             01.12.2026",
 "Директору Единого контакт-центра",
 "БЛАГОДАРСТВЕННОЕ ПИСЬМО",
 "Министерство транспорта Республики Казахстан выражает искреннюю благодарность коллективу Единого контакт-центра за высокий профессионализм, проявленный при консультировании услугополучателей по государственным услугам в сфере автомобильного транспорта в период массовой перерегистрации перевозчиков в октябре–ноябре 2026 года.",
 "Особо отмечаем работу операторов Серикбаевой Айгерим и Ли Валерии, а также своевременное направление аналитических отчетов, которые позволили оперативно скорректировать разъяснения на сайте Министерства.",
 "Надеемся на дальнейшее плодотворное сотрудничество.",
 "Вице-министр                                                        Т. Карабалин",
])
key(n, [other(n, "ru")])
ctx(n, "mtr", [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "consulting", None, "file; pass to HR/management")
man(n, "other", "ru", "docx", "official letterhead and outgoing number, addressed to the centre, but a thank-you")

# 12. Auto-reply, out of office with substitute (in thread of our letter)
n = "msg-40402.eml"
w_eml(n, "Жумабекова Айнур <a.zhumabekova@dsm.gov.kz>", "Автоматический ответ: Запрос информации по госуслуге 01102011 (ЕКЦ-2026/2333)", "Mon, 07 Dec 2026 08:14:03 +0500",
      body="Здравствуйте!\n\nЯ нахожусь в ежегодном трудовом отпуске с 07.12.2026 по 25.12.2026 без доступа к почте.\nНа время моего отсутствия по вопросам взаимодействия с ЕКЦ обращайтесь к Тасболатову Мирасу Ерлановичу, тел. +7 (7172) 74-32-19, m.tasbolatov@dsm.gov.kz.\n\nСәлеметсіз бе! Мен 07.12.2026 бастап 25.12.2026 дейін демалыстамын.\n",
      in_reply_to="<ekc-2333@ekc1414.kz>", extra_headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
key(n, [other("body")])
ctx(n, "mzdr", [("01102011", "Выдача медицинского заключения о состоянии здоровья")], "information",
    L("ЕКЦ-2026/2333", "2026-12-04", "Запрос информации по госуслуге 01102011"),
    "note the temporary contact for follow-up; no p.7 change: the responsible person remains Жумабекова")
man(n, "other", "ru+kk", "eml", "auto-reply naming a substitute 'по вопросам взаимодействия с ЕКЦ' with phone and email, in our thread")

# 13. Delivery failure of our letter (multipart/report)
n = "Undeliverable_ЕКЦ-2026-2340.eml"
import base64 as _b64
_orig = ("Уважаемые коллеги!\n\nВ соответствии с пунктом 4 Правил взаимодействия просим представить информацию по "
         "государственной услуге 00605003 «Назначение жилищной помощи» по форме приложения 1 и назначить ответственное лицо.\n\nЕдиный контакт-центр\n")
raw13 = f"""From: MAILER-DAEMON@mx1.ekc1414.kz (Mail Delivery System)
To: ekc-info@ekc1414.kz
Subject: Undelivered Mail Returned to Sender
Date: Fri, 04 Dec 2026 15:02:11 +0500
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B13.1764842531/mx1.ekc1414.kz"

This is a MIME-encapsulated message.

--B13.1764842531/mx1.ekc1414.kz
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.ekc1414.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<sz_kanc@sko-soc.gov.kz>: host mail.sko-soc.gov.kz[10.17.4.2] said: 550 5.1.1
    <sz_kanc@sko-soc.gov.kz>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

--B13.1764842531/mx1.ekc1414.kz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.ekc1414.kz
Arrival-Date: Fri,  4 Dec 2026 15:02:09 +0500

Final-Recipient: rfc822; sz_kanc@sko-soc.gov.kz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B13.1764842531/mx1.ekc1414.kz
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: ekc-info@ekc1414.kz
To: sz_kanc@sko-soc.gov.kz
Subject: =?utf-8?b?{_b64.b64encode("Запрос информации (ЕКЦ-2026/2340)".encode()).decode()}?=
Date: Fri, 04 Dec 2026 15:02:05 +0500
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{_b64.encodebytes(_orig.encode()).decode()}
--B13.1764842531/mx1.ekc1414.kz--
"""
open(os.path.join(OUT, n), "wb").write(raw13.replace("\n", "\r\n").encode("ascii"))
key(n, [other("body")])
ctx(n, "akm_sko", [("00605003", "Назначение жилищной помощи")], "appointment",
    L("ЕКЦ-2026/2340", "2026-12-04", "Запрос информации по госуслуге 00605003"),
    "flag to operator: our request was not delivered, find a valid address and resend; p.5 deadline not running")
man(n, "other", "en (+quoted ru)", "eml multipart/report", "bounce quoting our own request (words 'назначить ответственное лицо', 'приложения 1')")

# 14. Question about our request, in thread
n = "RE_zapros_2271.eml"
w_eml(n, "Оразбаев Нуржан <n.orazbayev@kgd.minfin.gov.kz>", "RE: Запрос информации по госуслугам 00702014, 00702019 (ЕКЦ-2026/2271)", "Wed, 25 Nov 2026 12:47:55 +0500",
      body="""Добрый день, коллеги.

Получили ваш запрос. Прежде чем заполнять таблицу, хотели бы уточнить несколько моментов:
1) в графе 5 «Регламент» — указывать ли что-то, если регламенты с 2020 года отменены и отдельно не утверждаются? Ставить прочерк?
2) по услуге 00702019 часть функций передана в территориальные органы — нужно ли указывать ответственных по каждому ДГД или одного по Комитету?
3) Форму направить в Word или можно в Excel?

Ответственного определим после ваших разъяснений.

С уважением,
Оразбаев Нуржан
Управление методологии
тел. 8 (7172) 71-80-64

________________________________
От: ekc-info@ekc1414.kz
Отправлено: 23 ноября 2026 г. 10:02
Тема: Запрос информации по госуслугам 00702014, 00702019 (ЕКЦ-2026/2271)

Просим заполнить форму согласно приложению 1 к Правилам и назначить ответственное лицо.
""", in_reply_to="<ekc-2271@ekc1414.kz>")
key(n, [other("body", "ru")])
ctx(n, "mfin_kgd", [("00702014", "Регистрационный учет плательщика налога на добавленную стоимость"), ("00702019", "Выдача справки об отсутствии (наличии) налоговой задолженности")],
    "appointment", L("ЕКЦ-2026/2271", "2026-11-23", "Запрос информации по госуслугам 00702014, 00702019"),
    "operator answers the questions; the case keeps awaiting the appointment")
man(n, "other", "ru", "eml reply thread", "a real reply in our thread, with person's name, phone, signature and registry numbers — but only questions; 'ответственного определим после'")

# 15. Letter to another body, ЕКЦ in copy
n = "Исх_04-12_5590.docx"
w_docx(n, [
 "Управление архитектуры и градостроительства города Астаны",
 "Исх. № 04-12/5590 от 30.11.2026",
 "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
 "Копия: Единый контакт-центр",
 "На № 12-3/8841 от 18.11.2026",
 "Управление архитектуры и градостроительства города Астаны, рассмотрев Ваше письмо по вопросу сбоев в работе информационной системы «Е-лицензирование» при оказании государственной услуги «Выдача архитектурно-планировочного задания» (реестровый № 00503012), сообщает следующее.",
 "За октябрь–ноябрь 2026 года зафиксировано 47 случаев превышения сроков по причине недоступности интеграции с ИС «Адресный регистр». Заявки направлены в службу поддержки оператора ИКИ.",
 "Просим оказать содействие в ускорении устранения сбоев.",
 "Руководитель управления                                     К. Даулетов",
 "Исп.: Ким Е.В., тел. 55-28-14",
])
key(n, [other(n, "ru")])
ctx(n, "akm_ast", [("00503012", "Выдача архитектурно-планировочного задания")], "consulting", None,
    "file; useful context for operators on delays; no case change")
man(n, "other", "ru", "docx", "official letter 'на №' with registry number and ЕКЦ only in copy; addressed to another ministry")

# 16. Draft form for comment (sample values), xlsx in eml
n = "msg-40119.eml"
dr = xlsx_bytes([("ПРОЕКТ", [
 ["ПРОЕКТ — для согласования формы, не заполнять"],
 ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент", "Изменения НПА", "Интернет-ресурс", "Ф.И.О., должность ответственного лица", "Дата актуализации (новая графа)"],
 [1, "00000000", "<наименование по Реестру>", "<приказ №, дата>", "<при наличии>", "<перечень>", "<адрес>", "Фамилия Имя Отчество, должность", "ДД.ММ.ГГГГ"],
])])
w_eml(n, "Мухамеджанова Алия <a.mukhamedzhanova@mdai.gov.kz>", "Проект обновленной формы приложения 1 — прошу замечания", "Tue, 01 Dec 2026 14:05:19 +0500",
      body="""Коллеги, добрый день!

В рамках подготовки изменений в Правила взаимодействия ЕКЦ направляем проект обновленной формы запроса (приложение 1) с дополнительной графой «Дата актуализации». Это образец, заполнять его не нужно.

Просим до 11 декабря направить замечания и предложения в формате сравнительной таблицы.

Алия Мухамеджанова
Департамент государственных услуг МЦРИАП
+7 701 555 18 42
""", atts=[("forma_pril1_PROEKT.xlsx", dr, *XLSX)])
key(n, [other("body", "ru"), other("forma_pril1_PROEKT.xlsx", "ru")])
ctx(n, "mciap", [], "consulting", None, "route to the methodology team for comments; not a filled form")
man(n, "other", "ru", "eml + xlsx", "Appendix 1 header with a placeholder row (00000000, <...>), marked ПРОЕКТ")

# 17. Old document forwarded for reference
n = "Fwd_pismo_2024.eml"
w_eml(n, "Ермекова Салтанат <s.ermekova@enbek.gov.kz>", "Fwd: Об ответственном лице (2024 г.)", "Thu, 03 Dec 2026 11:20:00 +0500",
      body="""Добрый день!

По вашей просьбе пересылаю наше письмо 2024 года, на которое ссылался ваш оператор. Для сведения. С тех пор у нас менялся ответственный, актуальные сведения у вас есть (письмо от сентября 2026 г.).

Салтанат

---------- Forwarded message ----------
From: Канцелярия МТСЗН <kense@enbek.gov.kz>
Date: 12 февраля 2024 г., 16:31
Subject: Об ответственном лице
To: ekc-info@ekc1414.kz

В соответствии с пунктом 7 Правил сообщаем, что ответственным лицом по государственной услуге 00601022 «Назначение пособия по уходу за ребенком по достижении им возраста одного года» вместо Ахметовой Г.Б. определен Сарсенбаев Канат Ерикович, главный эксперт, тел. 8 (7172) 74-36-55.
""", in_reply_to="<ekc-2318@ekc1414.kz>")
key(n, [other("body", "ru")])
ctx(n, "mtszn", [("00601022", "Назначение пособия по уходу за ребенком по достижении им возраста одного года")], "consulting",
    L("ЕКЦ-2026/2318", "2026-12-02", "О предоставлении копии ранее направленного письма"),
    "file; do not change the responsible person: the forwarded 2024 notice is superseded")
man(n, "other", "ru", "eml forward", "forwarded body is a complete p.7 notice from 2024; the sender says it is outdated")

# 18. Spam: call-centre software
n = "msg-40150.eml"
w_eml(n, "Omnichannel Pro <sales@omni-contact-pro.biz>", "Автоматизация контакт-центра за 14 дней! Скидка 30% для госсектора", "Tue, 01 Dec 2026 03:44:09 +0300",
      html="""<html><body><table width="600"><tr><td><h2 style="color:#e63">Ваш контакт-центр теряет до 40% обращений?</h2>
<p>Внедрим омниканальную платформу с голосовым роботом на казахском и русском языках. <b>Интеграция с egov.kz</b>, отчетность по форме уполномоченного органа, ответственный менеджер 24/7.</p>
<p>Только до 31 декабря — скидка 30% для государственных учреждений!</p>
<p><a href="http://omni-contact-pro.biz/promo?utm=ekc">Получить коммерческое предложение</a></p>
<p style="font-size:8pt">Вы получили это письмо, так как ваш адрес опубликован в открытых источниках. Отписаться.</p></td></tr></table></body></html>""",
      extra_headers={"X-Spam-Flag": "YES", "X-Spam-Score": "7.9"})
key(n, [other("body", "ru")])
ctx(n, ("ТОО «Omni Contact Pro»", "sales@omni-contact-pro.biz", "210840012345"), [], "consulting", None, "spam; ignore")
man(n, "other", "ru", "eml html-only spam", "mentions ответственный, отчетность, egov")

# 19. Citizen complaint forwarded by agency (koi8-r)
n = "zhaloba_fwd.eml"
w_eml(n, "Отдел по работе с обращениями <obrashenie@karaganda-edu.gov.kz>", "Направление обращения гражданина (ЖТ-2026-118734)", "Fri, 27 Nov 2026 10:10:10 +0500",
      body="""Единый контакт-центр

Управление образования Карагандинской области направляет для сведения обращение гражданки Петренко Ольги Викторовны (рег. N ЖТ-2026-118734 от 24.11.2026), в котором заявитель указывает на получение от оператора 1414 неполной информации о перечне документов для постановки ребенка в очередь в детский сад.

Ответ заявителю будет дан Управлением в установленный срок. Просим провести служебную проверку в части консультирования и проинформировать Управление.

Текст обращения:
"Звонила 20 ноября на 1414, оператор сказала что нужна только справка о рождении, в ЦОНе потребовали еще справку о прописке. Потеряла полдня. Прошу разобраться."

Руководитель отдела                    Г. Токтарова
""", charset="koi8-r")
key(n, [other("body", "ru")])
ctx(n, "akm_kar", [("00801012", "Прием документов и зачисление детей в дошкольные организации")], "consulting", None,
    "register as complaint; check operators' script; answer the agency")
man(n, "other", "ru", "eml koi8-r", "forwarded citizen complaint about our consulting, registry-less but service-specific")

# 20. Phishing
n = "msg-40161.eml"
w_eml(n, "Администратор почты <postmaster@ekc1414-kz.support>", "Ваш почтовый ящик переполнен на 98%", "Wed, 02 Dec 2026 02:11:00 +0000",
      body="Уважаемый пользователь ekc-info@ekc1414.kz,\n\nВаш почтовый ящик переполнен. Входящие письма от государственных органов будут отклоняться через 24 часа.\nЧтобы сохранить доступ, подтвердите учетную запись по ссылке: http://ekc1414-kz.support/verify\n\nСлужба технической поддержки\n",
      charset="windows-1251", label="utf-8")
key(n, [other("body")])
ctx(n, ("неизвестный отправитель", "postmaster@ekc1414-kz.support", "000000000000"), [], "consulting", None, "phishing; report to IT security, do not click")
man(n, "other", "ru", "eml cp1251 mislabelled utf-8", "phishing; the charset label lies")

# 21. Request for ЕКЦ statistics
n = "zapros_statistika.txt"
w_txt(n, """Управление предпринимательства и туризма Мангистауской области
Исх. № 02-07/1884 от 02.12.2026

Единый контакт-центр

О предоставлении информации

В целях подготовки отчета акиму области о качестве оказания государственных услуг за 2026 год просим
представить сведения о количестве обращений, поступивших в Единый контакт-центр по государственным
услугам Управления (реестровые № 00304007, 00304012), в разрезе месяцев, а также о характере
наиболее частых вопросов.

Информацию просим направить в срок до 15 декабря 2026 года на адрес kasipker@mangystau.gov.kz.

Руководитель управления                                 М. Жанбыршиев

Исп. Утегенова А., 8 (7292) 30-44-17
""", "cp1251")
key(n, [other(n, "ru")])
ctx(n, "akm_man", [("00304007", "Выдача лицензии на туроператорскую деятельность"), ("00304012", "Включение в государственный реестр туристских маршрутов")],
    "consulting", None, "prepare and send statistics from the analytic report")
man(n, "other", "ru", "txt cp1251", "agency requests data from us; outgoing number, registry numbers, deadline")

# 22. Request to extend the deadline
n = "msg-40260.eml"
w_eml(n, "Канцелярия МЭПР <kanc@ecogeo.gov.kz>", "О продлении срока исполнения (на № ЕКЦ-2026/2288)", "Fri, 04 Dec 2026 18:03:27 +0500",
      body="""Единому контакт-центру

На Ваш № ЕКЦ-2026/2288 от 27.11.2026

Министерство экологии и природных ресурсов Республики Казахстан сообщает, что в связи с проводимой
реорганизацией Комитета экологического регулирования и контроля и предстоящим утверждением новой
редакции стандарта государственной услуги «Выдача экологического разрешения на воздействие»
(№ 01903011) представить информацию по форме приложения 1 в установленный срок не представляется
возможным.

Просим продлить срок представления информации до 25 декабря 2026 года.

Вице-министр                          А. Бектуров
Исп.: Сабитова Д.К., 74-08-15
""", in_reply_to="<ekc-2288@ekc1414.kz>")
key(n, [other("body", "ru")])
ctx(n, "mpr", [("01903011", "Выдача экологического разрешения на воздействие")], "information",
    L("ЕКЦ-2026/2288", "2026-11-27", "Запрос информации по госуслуге 01903011"),
    "record the new expected date (25.12.2026); keep awaiting the information; not a refusal")
man(n, "other", "ru", "eml", "'не представляется возможным' — sounds like refusal, but asks for extension")

# 23. 'Принято в работу' interim reply
n = "otvet.txt"
w_txt(n, """Сәлеметсіз бе!

Сіздің 2026 жылғы 30 қарашадағы № ЕКЦ-2026/2305 хатыңыз тіркелді (кіріс № 3-14/7702) және
орындау үшін Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасының
әлеуметтік көмек бөліміне жіберілді. Жауап белгіленген мерзімде беріледі.

Здравствуйте! Ваше письмо № ЕКЦ-2026/2305 от 30.11.2026 зарегистрировано (вх. № 3-14/7702)
и направлено на исполнение в отдел социальной помощи. Ответ будет направлен в установленный срок.

Канцелярия
""")
key(n, [other(n)])
ctx(n, "akm_sko", [("00605011", "Назначение адресной социальной помощи")], "appointment",
    L("ЕКЦ-2026/2305", "2026-11-30", "Запрос информации по госуслуге 00605011"),
    "note the incoming number; still awaiting the appointment")
man(n, "other", "kk+ru", "txt", "interim acknowledgement quoting our number")

# 24. ЕСЭДО registration notification
n = "msg-40288.eml"
w_eml(n, "ЕСЭДО <noreply@esedo.gov.kz>", "Уведомление о регистрации документа", "Fri, 04 Dec 2026 09:00:41 +0500",
      body="""Уведомление ЕСЭДО

Ваш документ зарегистрирован в системе электронного документооборота получателя.

Отправитель: Единый контакт-центр
Исходящий №: ЕКЦ-2026/2312 от 02.12.2026
Получатель: Комитет по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан
Входящий №: 4-2-18/11093 от 04.12.2026
Краткое содержание: О представлении информации по госуслуге 01201003
Статус: Зарегистрирован, направлен на резолюцию

Это письмо сформировано автоматически, отвечать на него не нужно.
""", extra_headers={"Auto-Submitted": "auto-generated"})
key(n, [other("body", "ru")])
ctx(n, "ksp", [("01201003", "Выдача справки о наличии либо отсутствии судимости")], "information",
    L("ЕКЦ-2026/2312", "2026-12-02", "О представлении информации по госуслуге 01201003"),
    "store incoming number; keep awaiting")
man(n, "other", "ru", "eml", "system notification about our letter; registry number and 'представлении информации'")

# 25. Kazakh internal meeting minutes (хаттама) — docx
n = "хаттама_12.docx"
w_docx(n, [
 "ШЫҒЫС ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ",
 "ХАТТАМА № 12",
 "Басқарманың аппараттық кеңесі",
 "Өскемен қ.                                                         2026 жылғы 1 желтоқсан",
 "Төрағалық еткен: басқарма басшысы Б.Сүлейменов",
 "Қатысқандар: бөлім басшылары (тізім бойынша, 9 адам)",
 "КҮН ТӘРТІБІ:",
 "1. Мемлекеттік қызметтер көрсету сапасын ішкі бақылау қорытындылары туралы (11 ай).",
 "2. Бірыңғай байланыс орталығының 2026 жылғы қазан айындағы талдамалық есебі туралы.",
 "ТЫҢДАЛДЫ: Д.Ибраева, А.Оспанова.",
 "ШЕШІЛДІ:",
 "1. Ақпарат назарға алынсын.",
 "2. 00902015 мемлекеттік қызметі бойынша мерзімдерді бұзу себептері 15.12.2026 дейін талдансын.",
 "3. Бірыңғай байланыс орталығымен өзара іс-қимыл бойынша жауапты тұлға туралы мәліметтердің өзектілігі тексерілсін (мерзімі – 2026 жылғы 20 желтоқсан).",
 "Төраға                                  Б.Сүлейменов",
 "Хатшы                                   Г.Нұрланова",
])
key(n, [other(n, "kk")])
ctx(n, "akm_vko", [("00902015", "Выдача ветеринарного паспорта на животное")], "consulting", None, "file; nothing changes until the agency confirms its responsible person")
man(n, "other", "kk", "docx", "Kazakh хаттама with date, registry number and mention of ЕКЦ's responsible person — internal council minutes")

# 26. Kazakh order: internal control officer (pdf)
n = "buiryk_ishki_baqylau.pdf"
w_pdf(n, [
 "ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ БІЛІМ БАСҚАРМАСЫ",
 "БҰЙРЫҚ",
 "2026 жылғы 27 қараша                № 512                            Қарағанды қ.",
 "",
 "Мемлекеттік қызметтер көрсету сапасына ішкі бақылау жүргізуге жауапты",
 "тұлғаны айқындау туралы",
 "",
 "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының",
 "10-бабына сәйкес БҰЙЫРАМЫН:",
 "1. Мемлекеттік қызметтер көрсету сапасына ішкі бақылау жүргізуге жауапты тұлға болып",
 "мектепке дейінгі білім беру бөлімінің бас маманы Жақсылықова Гүлмира Бауыржанқызы айқындалсын.",
 "2. Басқарманың 2025 жылғы 3 ақпандағы № 41 бұйрығының күші жойылды деп танылсын.",
 "3. Осы бұйрықтың орындалуын бақылау басшының орынбасары Е.Қасеноваға жүктелсін.",
 "",
 "Басшы                                                                  Т. Әбенов",
])
key(n, [other(n, "kk")])
ctx(n, "akm_kar", [("00801012", "Прием документов и зачисление детей в дошкольные организации")], "protocol",
    L("ЕКЦ-2026/2217", "2026-11-20", "О проведении обучения сотрудников ЕКЦ по госуслуге 00801012"),
    "file; not the protocol and not a responsible change")
man(n, "other", "kk", "pdf", "Kazakh order 'жауапты тұлға ... айқындалсын' for internal quality control")

# 27. Kazakh Nauryz greeting, plain text with utf-8 but no charset label
n = "msg-38801.eml"
raw = ("From: =?utf-8?b?" + __import__("base64").b64encode("Батыс Қазақстан облысы спорт басқармасы".encode()).decode() + "?= <sport@zko-sport.gov.kz>\r\n"
       "To: ekc-info@ekc1414.kz\r\nSubject: =?utf-8?b?" + __import__("base64").b64encode("Наурыз мейрамы құтты болсын!".encode()).decode() + "?=\r\n"
       "Date: Fri, 20 Mar 2026 10:00:00 +0500\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
bodytxt = ("Құрметті әріптестер!\r\n\r\nСіздерді әз-Наурыз мейрамымен шын жүректен құттықтаймыз! Ұлыстың ұлы күні "
           "әр шаңыраққа береке, бірлік пен молшылық әкелсін! Ынтымақтастығымыз жалғаса берсін!\r\n\r\n"
           "Құрметпен,\r\nБатыс Қазақстан облысының дене шынықтыру және спорт басқармасы\r\n")
open(os.path.join(OUT, n), "wb").write(raw.encode() + bodytxt.encode("utf-8"))
key(n, [other("body", "kk")])
ctx(n, "akm_zko", [("00804002", "Присвоение спортивных разрядов и квалификационных категорий")], "consulting", None, "nothing to do")
man(n, "other", "kk", "eml 8bit utf-8 without charset", "greeting, no charset label")

# 28. Kazakh seminar invitation (html)
n = "shaqyru.eml"
w_eml(n, "Тіл саясаты бөлімі <til@mki.gov.kz>", "Семинар-тренингке шақыру", "Mon, 30 Nov 2026 15:15:15 +0500",
      html="""<div dir="ltr"><p>Құрметті әріптестер!</p><p>Қазақстан Республикасы Мәдениет және ақпарат министрлігі 2026 жылғы 17 желтоқсанда сағат 15:00-де
«Мемлекеттік қызмет көрсетуде мемлекеттік тілді қолдану: іс қағаздарын жүргізу» тақырыбында онлайн семинар-тренинг өткізеді.</p>
<p>Тіркелу сілтемесі: <a href="https://mki.gov.kz/seminar2026">mki.gov.kz/seminar2026</a>. Қатысушылардың аты-жөнін, лауазымын 14 желтоқсанға дейін жіберуді сұраймыз.</p>
<p>Байланыс: 8 (7172) 74-02-55, Әбдірахманова Ләззат</p></div>""")
key(n, [other("body", "kk")])
ctx(n, "mk", [("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей")], "consulting", None, "forward to training unit")
man(n, "other", "kk", "eml html-only", "invitation asking for names and positions")

# 29. Read receipt (MDN)
n = "Прочитано_ЕКЦ-2026-2290.eml"
_t = ("Сообщение\n\n  Кому: kense@enbek.gov.kz\n  Тема: Запрос информации по госуслуге 00601014 (ЕКЦ-2026/2290)\n"
      "  Отправлено: 30.11.2026 11:48\n\nбыло прочитано 01.12.2026 9:03.\n")
raw29 = f"""From: =?utf-8?b?{_b64.b64encode("Канцелярия МТСЗН".encode()).decode()}?= <kense@enbek.gov.kz>
To: ekc-info@ekc1414.kz
Subject: =?utf-8?b?{_b64.b64encode("Прочитано: Запрос информации по госуслуге 00601014 (ЕКЦ-2026/2290)".encode()).decode()}?=
Date: Tue, 01 Dec 2026 09:03:12 +0500
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="_mdn_29_"

--_mdn_29_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{_b64.encodebytes(_t.encode()).decode()}
--_mdn_29_
Content-Type: message/disposition-notification

Reporting-UA: MAIL01.enbek.gov.kz; Microsoft Exchange Server
Final-Recipient: rfc822;kense@enbek.gov.kz
Original-Message-ID: <ekc-2290@ekc1414.kz>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_mdn_29_--
"""
open(os.path.join(OUT, n), "wb").write(raw29.replace("\n", "\r\n").encode("ascii"))
key(n, [other("body", "ru")])
ctx(n, "mtszn", [("00601014", "Назначение государственного социального пособия по инвалидности")], "appointment",
    L("ЕКЦ-2026/2290", "2026-11-30", "Запрос информации по госуслуге 00601014"), "note that the request was read; keep waiting")
man(n, "other", "ru", "eml MDN", "read receipt for our request")

# 30. Notice of changed hotline/reception phone (not responsible)
n = "Исх_01-15_2207.pdf"
w_pdf(n, [
 "КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ",
 "МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН",
 "010000, г. Астана, пр. Победы, 11                    Исх. № 01-15/2207 от 03.12.2026",
 "",
 "Единый контакт-центр",
 "",
 "Комитет государственных доходов Министерства финансов Республики Казахстан сообщает, что",
 "с 1 января 2027 года в связи с переходом на новую АТС изменяются номера телефонов приемной",
 "Комитета и call-центра по налоговым вопросам:",
 "   приемная: +7 (7172) 71-77-00 (ранее 71-80-00);",
 "   call-центр КГД: 1419 (без изменений), резервный +7 (7172) 71-77-77.",
 "Просим учесть при переадресации звонков услугополучателей.",
 "",
 "Заместитель Председателя                                          Р. Ержанов",
 "Исп.: Ажибаева М., 71-77-31",
])
key(n, [other(n, "ru")])
ctx(n, "mfin_kgd", [("00702019", "Выдача справки об отсутствии (наличии) налоговой задолженности")], "consulting", None,
    "update the call-transfer directory; no service information changed")
man(n, "other", "ru", "pdf", "'изменяются' with date and 'ранее' — a change of reception phones, not of service information")

# 31. Methodological recommendations from the authorized body, sent to all (pdf attached, short body)
n = "msg-40177.eml"
mr = pdf_bytes([
 "АГЕНТСТВО РЕСПУБЛИКИ КАЗАХСТАН ПО ДЕЛАМ ГОСУДАРСТВЕННОЙ СЛУЖБЫ",
 "МЕТОДИЧЕСКИЕ РЕКОМЕНДАЦИИ",
 "по актуализации сведений о государственных услугах в информационных системах",
 "(одобрены решением Экспертного совета от 20 ноября 2026 года, протокол № 4)",
 "",
 "1. Общие положения",
 "1.1. Настоящие рекомендации разработаны для услугодателей в целях единообразного обновления",
 "сведений о стандартах государственных услуг на интернет-ресурсах и в Едином контакт-центре.",
 "1.2. При утверждении нового стандарта рекомендуется в течение пяти рабочих дней направлять",
 "уведомление ответственным лицом, с указанием реквизитов приказа и даты его введения в действие.",
 "2. Рекомендуемая форма уведомления (образец)",
 "«Сообщаем, что приказом _______ от «__» ______ 20__ г. № ___ утвержден стандарт",
 "государственной услуги «___________» (реестровый № ________).»",
 "3. Ответственность",
 "3.1. Руководители услугодателей обеспечивают назначение ответственного лица...",
])
w_eml(n, "Рассылка АДГС <noreply@kyzmet.gov.kz>", "Методические рекомендации по актуализации сведений о госуслугах", "Tue, 01 Dec 2026 10:00:00 +0500",
      body="Направляем для использования в работе методические рекомендации. Письмо сформировано автоматически.\n", to="undisclosed-recipients:;",
      atts=[("Metod_rekomendacii_2026.pdf", mr, *PDF)])
key(n, [other("body", "ru"), other("Metod_rekomendacii_2026.pdf", "ru")])
ctx(n, "apgs", [], "consulting", None, "pass to methodology; nothing for cases")
man(n, "other", "ru", "eml + pdf", "recommendations containing a blank sample of a change notice")

# 32. Calendar invitation for training of ЕКЦ staff (not a protocol)
n = "Приглашение_обучение_00702014.eml"
ics = """BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20261210T050000Z\r\nDTEND:20261210T063000Z\r\nSUMMARY:Обучение сотрудников ЕКЦ по госуслуге 00702014\r\nLOCATION:Microsoft Teams\r\nORGANIZER;CN=Оразбаев Нуржан:mailto:n.orazbayev@kgd.minfin.gov.kz\r\nUID:040000008200E00074C5B7101A82E008000000007F2A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n""".encode("utf-8")
w_eml(n, "Оразбаев Нуржан <n.orazbayev@kgd.minfin.gov.kz>", "Приглашение: Обучение сотрудников ЕКЦ по госуслуге 00702014 — чт 10.12.2026 10:00–11:30", "Mon, 07 Dec 2026 12:00:00 +0500",
      body="""Коллеги, приглашаю на обучение по услуге «Регистрационный учет плательщика НДС» (00702014).
Дата: 10 декабря 2026 г., 10:00–11:30 (Астана), Microsoft Teams.
Вопросы операторов просьба направить заранее, до 9 декабря (п. 8 Правил).
После обучения подготовим протокол и направим на подпись.

Присоединиться: https://teams.microsoft.com/l/meetup-join/19%3ameeting_kgd
""", atts=[("invite.ics", ics, "text", "calendar")])
key(n, [other("body", "ru")])
ctx(n, "mfin_kgd", [("00702014", "Регистрационный учет плательщика налога на добавленную стоимость")], "protocol",
    L("ЕКЦ-2026/2350", "2026-12-04", "О проведении обучения по госуслуге 00702014"),
    "put the training in the calendar; the protocol is still awaited")
man(n, "other", "ru", "eml + text/calendar", "training announced with date and registry number; protocol promised later")

# 33. Attendance list of ЕКЦ training (xlsx), no protocol
n = "List_registracii_03.12.xlsx"
w_xlsx(n, [("Лист1", [
 ["ЛИСТ РЕГИСТРАЦИИ"],
 ["участников обучения сотрудников Единого контакт-центра"],
 ["Услуга: 00801012 «Прием документов и зачисление детей в дошкольные организации»"],
 ["Дата: 03.12.2026, формат: онлайн (Zoom)"],
 [],
 ["№", "Ф.И.О.", "Организация", "Должность", "Подпись/отметка"],
 [1, "Касымова Алтынай Ержановна", "УО Карагандинской обл.", "главный специалист", "провела"],
 [2, "Жакенова Динара", "ЕКЦ", "старший оператор", "присутствовала"],
 [3, "Ли Валерия Олеговна", "ЕКЦ", "оператор", "присутствовала"],
 [4, "Серикбаева Айгерим Муратовна", "ЕКЦ", "оператор", "присутствовала"],
 [5, "Омаров Бауыржан", "ЕКЦ", "супервайзер", "присутствовал"],
])])
key(n, [other(n, "ru")])
ctx(n, "akm_kar", [("00801012", "Прием документов и зачисление детей в дошкольные организации")], "protocol",
    L("ЕКЦ-2026/2217", "2026-11-20", "О проведении обучения сотрудников ЕКЦ по госуслуге 00801012"),
    "evidence that the training took place; keep awaiting the signed protocol (p.8)")
man(n, "other", "ru", "xlsx", "ЕКЦ training attendance sheet with date and registry number, arriving while protocol awaited")

# 34. Phone directory xlsx
n = "spravochnik_dek2026.xlsx"
w_xlsx(n, [("Справочник", [
 ["Телефонный справочник Управления координации занятости и социальных программ СКО (по состоянию на 01.12.2026)"],
 ["Подразделение", "Ф.И.О.", "Должность", "Телефон", "E-mail"],
 ["Руководство", "Абилов Серик Кайратович", "руководитель управления", "8 (7152) 46-10-01", "abilov@sko-soc.gov.kz"],
 ["Руководство", "Гринько Ирина Павловна", "заместитель руководителя", "8 (7152) 46-10-02", "grinko@sko-soc.gov.kz"],
 ["Отдел социальной помощи", "Тулеуова Мадина Ерболовна", "руководитель отдела", "8 (7152) 46-12-40", "tuleuova@sko-soc.gov.kz"],
 ["Отдел социальной помощи", "Карпов Денис", "главный специалист", "8 (7152) 46-12-41", "karpov@sko-soc.gov.kz"],
 ["Отдел занятости", "Жунусова Айжан Болатовна", "руководитель отдела", "8 (7152) 46-13-10", "zhunusova@sko-soc.gov.kz"],
 ["Канцелярия", "—", "", "8 (7152) 46-10-00", "sz_kanc@sko-soc.gov.kz"],
])])
key(n, [other(n, "ru")])
ctx(n, "akm_sko", [("00605011", "Назначение адресной социальной помощи")], "appointment",
    L("ЕКЦ-2026/2305", "2026-11-30", "Запрос информации по госуслуге 00605011"),
    "useful directory; does not say who is responsible for ЕКЦ; keep awaiting the appointment")
man(n, "other", "ru", "xlsx", "table of names, positions, phones, emails — no one designated")

# 35. Statistics of services provided (xlsx) with registry numbers
n = "otchet_11mes.xlsx"
w_xlsx(n, [("11 мес", [
 ["Сведения о количестве оказанных государственных услуг за январь–ноябрь 2026 года"],
 ["Управление предпринимательства и туризма Мангистауской области"],
 ["№", "Реестровый номер", "Наименование услуги", "Всего оказано", "В электронном виде", "Отказано", "С нарушением сроков"],
 [1, "00304007", "Выдача лицензии на туроператорскую деятельность", 41, 41, 3, 0],
 [2, "00304012", "Включение в государственный реестр туристских маршрутов и троп", 17, 9, 1, 1],
 [3, "00304015", "Выдача туристской путевки (ваучера) на льготных условиях", 208, 208, 12, 0],
 ["", "", "ИТОГО", 266, 258, 16, 1],
 [],
 ["Исполнитель: Утегенова А.", "", "", "Дата: 03.12.2026"],
])])
key(n, [other(n, "ru")])
ctx(n, "akm_man", [("00304007", "Выдача лицензии на туроператорскую деятельность"), ("00304012", "Включение в государственный реестр туристских маршрутов")],
    "consulting", None, "file for analytics")
man(n, "other", "ru", "xlsx", "table with registry numbers, service names, an executor line and date — but statistics, not Appendix 1")

# 36. Training schedule for 2027 (xlsx) inside eml
n = "msg-40330.eml"
gr = xlsx_bytes([("График", [
 ["График проведения обучения сотрудников ЕКЦ на I квартал 2027 года (проект)"],
 ["№", "Реестровый №", "Наименование госуслуги", "Планируемая дата", "Ответственный за обучение"],
 [1, "01102003", "Запись на прием к врачу", "19.01.2027", "Жумабекова А.К."],
 [2, "01102007", "Вызов врача на дом", "19.01.2027", "Жумабекова А.К."],
 [3, "01102011", "Выдача медицинского заключения о состоянии здоровья", "16.02.2027", "Тасболатов М.Е."],
 [4, "00101005", "Выдача лицензии на фармацевтическую деятельность", "март 2027", "по согласованию"],
])])
w_eml(n, "Жумабекова Айнур <a.zhumabekova@dsm.gov.kz>", "график обучения 1 кв 2027", "Fri, 04 Dec 2026 17:55:00 +0500",
      body="Коллеги, добрый вечер, до отпуска отправляю проект графика обучения на 1 квартал, посмотрите, пожалуйста, удобны ли даты. Протоколы будем оформлять по факту.\nАйнур\n",
      atts=[("grafik_obuchenia_1kv2027.xlsx", gr, *XLSX)])
key(n, [other("body", "ru"), other("grafik_obuchenia_1kv2027.xlsx", "ru")])
ctx(n, "mzdr", [("01102003", "Запись на прием к врачу"), ("01102007", "Вызов врача на дом"), ("01102011", "Выдача медицинского заключения о состоянии здоровья")],
    "protocol", L("ЕКЦ-2026/2260", "2026-11-24", "О проведении обучения по госуслугам 01102003, 01102007"),
    "agree the dates; no protocol yet")
man(n, "other", "ru", "eml + xlsx", "schedule table with registry numbers and 'ответственный за обучение' column")

# 37. Press release (pdf)
n = "press-reliz_0412.pdf"
w_pdf(n, [
 "ПРЕСС-РЕЛИЗ",
 "4 декабря 2026 года",
 "Министерство транспорта РК: свидетельство о соответствии автобусов теперь можно получить за 1 день",
 "",
 "С 1 декабря 2026 года государственная услуга «Выдача свидетельства о соответствии автобусов",
 "требованиям к перевозке пассажиров» оказывается в сокращенные сроки – в течение одного рабочего",
 "дня. Соответствующие изменения внесены в стандарт услуги. Подать заявление можно через портал",
 "eGov.kz. Консультации по порядку получения услуги можно получить по номеру 1414.",
 "",
 "«Мы продолжаем работу по сокращению сроков и документов», – отметил вице-министр Т. Карабалин.",
 "",
 "Пресс-служба Министерства транспорта РК, press@mtrans.gov.kz",
])
key(n, [other(n, "ru")])
ctx(n, "mtr", [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "consulting", None,
    "operators may ask the ministry's responsible person for the formal p.6 notice; no automatic change")
man(n, "other", "ru", "pdf", "press release saying the standard changed on a date — no requisites, not from the responsible person")

# 38. Law firm newsletter (spam-ish), html
n = "msg-40190.eml"
w_eml(n, "LegalPro Kazakhstan <digest@legalpro.kz>", "Дайджест: что изменилось в госуслугах в ноябре 2026", "Mon, 30 Nov 2026 07:30:00 +0600",
      html="""<html><body><p><img src="https://legalpro.kz/logo.png" alt="LegalPro"></p><h2>Дайджест законодательства</h2>
<ul><li><b>Новый стандарт</b> «Выдача экологического разрешения на воздействие» утвержден приказом Министра экологии и природных ресурсов РК от 16.11.2026 № 301 — подробнее в нашем обзоре.</li>
<li>Изменены <b>правила назначения жилищной помощи</b> (СКО, решение маслихата от 20.11.2026).</li>
<li>Вебинар «Госуслуги для бизнеса: изменения 2027» — 12 декабря, стоимость участия 25 000 тенге.</li></ul>
<p><a href="https://legalpro.kz/subscribe">Оформить подписку</a> | <a href="https://legalpro.kz/unsub">Отписаться</a></p></body></html>""")
key(n, [other("body", "ru")])
ctx(n, ("ТОО «LegalPro Kazakhstan»", "digest@legalpro.kz", "150340023456"), [], "consulting", None, "commercial newsletter; ignore")
man(n, "other", "ru", "eml html-only", "'новый стандарт утвержден приказом ... от ... №' from a law firm")

# 39. Reply to our letter on a citizen case (in thread, not a kind)
n = "RE_obrashenie_Sadykova.eml"
w_eml(n, "Отдел миграционной службы <dms@mvd.gov.kz>", "RE: О рассмотрении обращения (ЕКЦ-2026/2279)", "Tue, 01 Dec 2026 16:20:00 +0500",
      body="""Единый контакт-центр

На Ваш исх. № ЕКЦ-2026/2279 от 26.11.2026

Департамент миграционной службы МВД РК, рассмотрев переданное обращение гражданки Садыковой Меруерт Қайратқызы
по вопросу задержки выдачи вида на жительство ее супругу (услуга 00203008), сообщает, что документы
заявителя находились на дополнительной проверке. 30.11.2026 вид на жительство выдан, заявитель
уведомлен по телефону.

Обращение снято с контроля.

Заместитель начальника департамента          полковник полиции Т. Бейсенов
Исп.: капитан полиции Аманжолова Р.С., 8 (7172) 72-31-06
""", in_reply_to="<ekc-2279@ekc1414.kz>")
key(n, [other("body", "ru")])
ctx(n, "mvd_mp", [("00203008", "Выдача разрешения на временное или постоянное проживание иностранцам и лицам без гражданства")],
    "consulting", L("ЕКЦ-2026/2279", "2026-11-26", "О рассмотрении обращения услугополучателя"),
    "close the citizen's ticket; no change to the service case")
man(n, "other", "ru", "eml reply", "genuine answer to our letter, but about a citizen's appeal, not one of the p.5–p.11 kinds")

# 40. 'Responsible will be appointed soon'
n = "msg-40355.eml"
w_eml(n, "Сабитова Динара <d.sabitova@ecogeo.gov.kz>", "Re: Запрос информации по госуслуге 01903011", "Mon, 07 Dec 2026 10:41:00 +0500",
      body="""Здравствуйте!
Проект приказа о назначении ответственного лица за взаимодействие с ЕКЦ находится на подписании у вице-министра. Как только подпишут — сразу направим. Предварительно, скорее всего, это буду я или Абенов Ержан из нашего департамента.
Д. Сабитова

> Напоминаем, что срок назначения ответственного лица истек 02.12.2026.
> Единый контакт-центр
""", in_reply_to="<ekc-2288@ekc1414.kz>")
key(n, [other("body", "ru")])
ctx(n, "mpr", [("01903011", "Выдача экологического разрешения на воздействие")], "appointment",
    L("ЕКЦ-2026/2288", "2026-11-27", "Запрос информации по госуслуге 01903011"),
    "note the promise; keep awaiting the appointment")
man(n, "other", "ru", "eml reply", "announces an appointment is coming, names two candidates; nobody appointed")

# 41. Short acknowledgement
n = "Re_Analiticheskiy_otchet.eml"
w_eml(n, "Ayan Tokenov <a.tokenov@moa.gov.kz>", "Re: Аналитический отчет ЕКЦ за ноябрь 2026", "Mon, 07 Dec 2026 09:12:00 +0500",
      body="Получили, спасибо!\n\nС уважением, Аян\n\nОтправлено с мобильного устройства\n\n> 05.12.2026, ekc-info@ekc1414.kz:\n> Направляем аналитический отчет по форме приложения 2 к Правилам за ноябрь 2026 года.\n",
      in_reply_to="<ekc-report-11@ekc1414.kz>")
key(n, [other("body", "ru")])
ctx(n, "msx", [("00403001", "Выдача ветеринарного сертификата на экспорт")], "consulting",
    L("ЕКЦ-2026/2361", "2026-12-05", "Аналитический отчет ЕКЦ за ноябрь 2026"), "nothing to do")
man(n, "other", "ru", "eml", "two-word acknowledgement in thread")

# 42. Mail domain change
n = "msg-40371.eml"
w_eml(n, "Служба ИТ Минсельхоза <it@moa.gov.kz>", "О смене адресов электронной почты Министерства", "Mon, 07 Dec 2026 11:00:00 +0500",
      body="""Уважаемые коллеги!

Сообщаем, что с 1 января 2027 года Министерство сельского хозяйства РК переходит на новый почтовый домен @agro.gov.kz.
Адреса сотрудников меняются по схеме: i.familia@moa.gov.kz -> i.familia@agro.gov.kz.
Канцелярия: kanc@agro.gov.kz. Старые адреса будут работать в режиме переадресации до 31 марта 2027 года.

Просим внести изменения в адресные книги.

Департамент цифровизации МСХ РК
""", to="undisclosed-recipients:;")
key(n, [other("body", "ru")])
ctx(n, "msx", [("00403001", "Выдача ветеринарного сертификата на экспорт")], "consulting", None,
    "update the agency's contact addresses (operator task); responsible person unchanged")
man(n, "other", "ru", "eml", "every e-mail changes from a date — not a p.6/p.7 notice")

# 43. Memorandum draft docx
n = "Меморандум_проект.docx"
w_docx(n, [
 "ПРОЕКТ",
 "МЕМОРАНДУМ О СОТРУДНИЧЕСТВЕ",
 "между Управлением архитектуры и градостроительства города Астаны и Единым контакт-центром",
 "г. Астана                                                           «___» __________ 2026 г.",
 "1. Предмет меморандума",
 "1.1. Стороны договариваются о сотрудничестве в целях повышения качества информирования услугополучателей о порядке оказания государственных услуг в сфере архитектуры и градостроительства.",
 "2. Обязательства сторон",
 "2.1. Управление назначает ответственное лицо за взаимодействие с ЕКЦ и в течение пяти рабочих дней уведомляет ЕКЦ о его замене.",
 "2.2. ЕКЦ ежемесячно направляет Управлению сведения о поступивших обращениях.",
 "3. Заключительные положения",
 "3.1. Меморандум вступает в силу со дня подписания и не создает финансовых обязательств.",
 "Управление: ______________ (Ф.И.О.)               ЕКЦ: ______________ (Ф.И.О.)",
])
key(n, [other(n, "ru")])
ctx(n, "akm_ast", [("00503012", "Выдача архитектурно-планировочного задания")], "consulting", None, "send to legal for review")
man(n, "other", "ru", "docx", "draft memorandum restating duties to appoint and notify replacement — with blanks")

# 44. Order: responsible for entering data into ИС Мониторинг (p.13) — docx attached with a Kazakh cover note
n = "msg-40380.eml"
o44 = docx_bytes([
 "«ТҮРКІСТАН ОБЛЫСЫНЫҢ ЖЕР ҚАТЫНАСТАРЫ БАСҚАРМАСЫ» ММ",
 "ПРИКАЗ",
 "от 4 декабря 2026 года № 81-ө",
 "О назначении ответственных лиц за внесение данных в информационную систему мониторинга оказания государственных услуг",
 "В соответствии с пунктом 13 Правил взаимодействия Единого контакт-центра ПРИКАЗЫВАЮ:",
 "1. Назначить ответственными за своевременное внесение данных о стадии оказания государственных услуг в ИС «Мониторинг»:",
 "- по услуге 01502009 – ведущего специалиста Абдрахманова Нурсултана Ержановича;",
 "- по услуге 01502014 – главного специалиста Есенгельдиеву Жанну.",
 "2. Контроль за исполнением приказа оставляю за собой.",
 "Руководитель                                      Е. Абдыкадыров",
])
w_eml(n, "Канцелярия УЗО <zemlya@turkistan-obl.gov.kz>", "Бұйрық көшірмесі / копия приказа", "Fri, 04 Dec 2026 17:30:00 +0500",
      body="Құрметті әріптестер, ақпарат үшін бұйрықтың көшірмесін жолдаймыз.\nНаправляем копию приказа для сведения.\n",
      atts=[("prikaz_81-o.docx", o44, *DOCX)])
key(n, [other("body"), other("prikaz_81-o.docx", "ru")])
ctx(n, "akm_tur", [("01502009", "Выдача решения на изменение целевого назначения земельного участка")], "appointment",
    L("ЕКЦ-2026/2301", "2026-12-01", "О назначении ответственного лица"),
    "not a p.5 appointment (IS Monitoring duty, p.13); keep awaiting")
man(n, "other", "kk+ru", "eml + docx", "order cites the ЕКЦ Rules, appoints per registry number — but for IS Monitoring data entry")

# 45. Order: responsible for appeals of individuals and legal entities (Kazakh/Russian txt)
n = "prikaz_obrashenia.txt"
w_txt(n, """ПРИКАЗ
Министра здравоохранения Республики Казахстан
от 26 ноября 2026 года № ҚР ДСМ-201

Об определении ответственных за рассмотрение обращений физических и юридических лиц

В соответствии с Административным процедурно-процессуальным кодексом Республики Казахстан ПРИКАЗЫВАЮ:

1. Определить ответственными за организацию рассмотрения обращений физических и юридических лиц,
в том числе поступивших через Единый контакт-центр 1414 и портал «Электронное правительство»:
  1) Алимбетову Гульнару Сапаровну – директора Департамента по работе с обращениями;
  2) Шевченко Артема Игоревича – заместителя директора Департамента по работе с обращениями.
2. Признать утратившим силу приказ Министра здравоохранения от 2 апреля 2025 года № ҚР ДСМ-49.
3. Настоящий приказ вводится в действие со дня подписания.

Министр здравоохранения                                         А. Жаксылыкова
""")
key(n, [other(n, "ru")])
ctx(n, "mzdr", [("01102011", "Выдача медицинского заключения о состоянии здоровья")], "information",
    L("ЕКЦ-2026/2333", "2026-12-04", "Запрос информации по госуслуге 01102011"),
    "file; the responsible person under p.5 is unchanged")
man(n, "other", "ru", "txt", "order names responsible persons, mentions ЕКЦ 1414 and replaces an old order — but for citizens' appeals")

# 46. Anti-corruption compliance officer, bilingual docx
n = "Бұйрық_комплаенс.docx"
w_docx(n, [
 "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЦИФРЛЫҚ ДАМУ, ИННОВАЦИЯЛАР ЖӘНЕ АЭРОҒАРЫШ ӨНЕРКӘСІБІ МИНИСТРЛІГІ",
 "БҰЙРЫҚ                                                            ПРИКАЗ",
 "2026 жылғы 20 қараша № 455/НҚ                          20 ноября 2026 года № 455/НҚ",
 "Сыбайлас жемқорлыққа қарсы комплаенс-қызметтің функцияларын жүктеу туралы",
 "О возложении функций антикоррупционной комплаенс-службы",
 "1. Сыбайлас жемқорлыққа қарсы комплаенс-қызметтің функциялары Министрліктің бас сарапшысы Дүйсенбаева Ақмарал Серікқызына жүктелсін.",
 "1. Функции антикоррупционной комплаенс-службы возложить на главного эксперта Министерства Дуйсенбаеву Акмарал Сериковну.",
 "2. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі. / Настоящий приказ вводится в действие со дня подписания.",
 "Министр                                                         Б. Мұсин",
])
key(n, [other(n)])
ctx(n, "mciap", [], "consulting", None, "file")
man(n, "other", "kk+ru", "docx", "parallel bilingual order assigning a compliance officer")

# 47. Day of civil servants greeting, Kazakh docx
n = "kuttyktau_23_06.docx"
w_docx(n, [
 "Түркістан облысы жер қатынастары басқармасы",
 "Бірыңғай байланыс орталығының ұжымына",
 "Құрметті әріптестер!",
 "Сіздерді Қазақстан Республикасының Мемлекеттік қызметшілер күнімен шын жүректен құттықтаймыз!",
 "Халыққа сапалы қызмет көрсету жолындағы еңбектеріңіз жемісті болсын. Азаматтардың сұрақтарына жылдам әрі нақты жауап беріп жүрген операторларға ерекше алғыс білдіреміз.",
 "Зор денсаулық, отбасыларыңызға амандық тілейміз!",
 "Құрметпен,",
 "Басшы                                        Е. Әбдіқадыров",
 "2026 жылғы 22 маусым",
])
key(n, [other(n, "kk")])
ctx(n, "akm_tur", [("01502009", "Выдача решения на изменение целевого назначения земельного участка")], "consulting", None, "nothing to do")
man(n, "other", "kk", "docx", "Kazakh greeting with date and signature")

# 48. Kazakh auto-reply, general mailbox acknowledgement
n = "auto_reply_kk.eml"
w_eml(n, "Медеу ауданы әкімінің аппараты <medeu_kanc@almaty.gov.kz>", "Автожауап: Запрос информации по госуслуге 00201004 (ЕКЦ-2026/2255)", "Wed, 25 Nov 2026 11:00:03 +0500",
      body="Хатыңыз қабылданды. Бұл автоматты түрде жіберілген хабарлама.\nЖұмыс уақыты: дүйсенбі–жұма, 09:00–18:30, түскі үзіліс 13:00–14:30.\nҚұжаттар ЕСЭДО арқылы тіркеледі. Кіріс нөмірі 3 жұмыс күні ішінде беріледі.\n",
      in_reply_to="<ekc-2255@ekc1414.kz>", extra_headers={"Auto-Submitted": "auto-replied"})
key(n, [other("body", "kk")])
ctx(n, "akm_alm", [("00201004", "Выдача справки о регистрации по месту жительства (по сельским округам)")], "information",
    L("ЕКЦ-2026/2255", "2026-11-25", "Запрос информации по госуслуге 00201004"), "nothing; keep awaiting")
man(n, "other", "kk", "eml", "Kazakh auto-reply in our thread")

# 49. Agency asks for ЕКЦ's contact person
n = "vopros_kontakt.eml"
w_eml(n, "Тулеуова Мадина <tuleuova@sko-soc.gov.kz>", "вопрос", "Mon, 07 Dec 2026 15:30:00 +0600",
      body="""Здравствуйте. Подскажите пожалуйста кто у вас в ЕКЦ отвечает за нашу область, нам поручили подготовить ответ на ваш запрос по жилищной помощи, хотим созвониться и уточнить по графам 4 и 6. Мой номер 8 (7152) 46-12-40, сотовый 8 777 310 22 45.
Тулеуова М.Е., отдел соцпомощи
""")
key(n, [other("body", "ru")])
ctx(n, "akm_sko", [("00605003", "Назначение жилищной помощи")], "appointment",
    L("ЕКЦ-2026/2340", "2026-12-04", "Запрос информации по госуслуге 00605003"),
    "call back and help; 'нам поручили подготовить ответ' is not a formal appointment; keep awaiting")
man(n, "other", "ru", "eml", "person says she was tasked with our request and gives phones — not a formal appointment")

# 50. Agency proposes a new service for consulting
n = "Исх_02-07_1901.txt"
w_txt(n, """Управление предпринимательства и туризма Мангистауской области

Исх. № 02-07/1901
«04» декабря 2026 г.

Единый контакт-центр

Управление сообщает, что постановлением Правительства РК от 27.11.2026 № 1011 в Реестр государственных
услуг включена новая государственная услуга «Субсидирование затрат туроператоров в сфере въездного
туризма» (реестровый № 00304021), оказываемая Управлением с 1 января 2027 года.

Стандарт указанной государственной услуги находится на стадии разработки. Просим рассмотреть
возможность принятия данной услуги на консультирование после его утверждения; запрос по форме
приложения 1 к Правилам просим направить в наш адрес в установленном порядке.

Руководитель управления                              М. Жанбыршиев
Исп.: Утегенова А., 30-44-17
""", "cp1251")
key(n, [other(n, "ru")])
ctx(n, "akm_man", [("00304007", "Выдача лицензии на туроператорскую деятельность")], "consulting", None,
    "open a new case for 00304021 once its standard is approved (p.3–4)")
man(n, "other", "ru", "txt cp1251", "new service with registry number, 'стандарт ... на стадии разработки' — agency's own initiative, no form")

# 51. Draft order amending a standard, for согласование (docx in eml)
n = "msg-40398.eml"
dr51 = docx_bytes([
 "ПРОЕКТ",
 "ПРИКАЗ Министра экологии и природных ресурсов Республики Казахстан",
 "от «___» ____________ 2026 года № ____",
 "О внесении изменений в приказ Министра экологии и природных ресурсов Республики Казахстан от 16 ноября 2026 года № 301 «Об утверждении стандарта государственной услуги «Выдача экологического разрешения на воздействие»»",
 "ПРИКАЗЫВАЮ:",
 "1. Внести в стандарт государственной услуги «Выдача экологического разрешения на воздействие» (реестровый № 01903011) следующие изменения:",
 "пункт 4 изложить в следующей редакции: «4. Срок оказания государственной услуги – 15 (пятнадцать) рабочих дней.»",
 "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.",
 "Министр                                                     ____________",
])
w_eml(n, "Сабитова Динара <d.sabitova@ecogeo.gov.kz>", "На согласование: проект приказа о внесении изменений в стандарт 01903011", "Mon, 07 Dec 2026 16:10:00 +0500",
      body="""Уважаемые коллеги!

Направляем на согласование проект приказа о внесении изменений в стандарт государственной услуги
«Выдача экологического разрешения на воздействие». Замечания просим направить в течение 3 рабочих дней.
Обращаем внимание: приказ еще не подписан и не зарегистрирован в Минюсте.

Сабитова Д.К.
""", atts=[("proekt_prikaza_01903011.docx", dr51, *DOCX)])
key(n, [other("body", "ru"), other("proekt_prikaza_01903011.docx", "ru")])
ctx(n, "mpr", [("01903011", "Выдача экологического разрешения на воздействие")], "information",
    L("ЕКЦ-2026/2288", "2026-11-27", "Запрос информации по госуслуге 01903011"),
    "comment if needed; the standard is not changed yet (no p.6 update)")
man(n, "other", "ru", "eml + docx", "draft amending a standard, names registry number and new wording — not adopted")

# 52. Public discussion protocol (pdf)
n = "scan0042.pdf"
w_pdf(n, [
 "ПРОТОКОЛ",
 "публичного обсуждения проекта подзаконного нормативного правового акта",
 "«О внесении изменений в стандарт государственной услуги «Выдача ветеринарного паспорта на животное»»",
 "(реестровый номер услуги 00902015)",
 "",
 "Дата проведения: 24 ноября 2026 года                 Место: интернет-портал открытых НПА",
 "Период публичного обсуждения: с 07.11.2026 по 23.11.2026",
 "Поступило комментариев: 6, из них учтено – 2, не учтено – 3, частично учтено – 1.",
 "",
 "№ | Автор комментария | Содержание | Решение разработчика",
 "1 | Ассоциация фермеров ВКО | сократить срок до 1 дня | учтено",
 "2 | Гражданин Мамыров Е. | отменить плату за бланк | не учтено (услуга бесплатна)",
 "3 | ТОО «АгроВет» | предусмотреть выдачу через ЦОН | частично учтено",
 "",
 "Разработчик: Управление ветеринарии Восточно-Казахстанской области",
 "Ответственный: Ибраева Д.С., руководитель отдела ветеринарного контроля, 8 (7232) 57-40-12",
])
key(n, [other(n, "ru")])
ctx(n, "akm_vko", [("00902015", "Выдача ветеринарного паспорта на животное")], "consulting", None,
    "file; a change notice will come after the act is adopted")
man(n, "other", "ru", "pdf", "'ПРОТОКОЛ' with date, registry number and an 'Ответственный' line — public discussion, not acceptance")

# 53. Reorganization notice
n = "Исх_3-1_900.docx"
w_docx(n, [
 "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ІШКІ ІСТЕР МИНИСТРЛІГІНІҢ КӨШІ-ҚОН ҚЫЗМЕТІ ДЕПАРТАМЕНТІ",
 "Исх. № 3-1/900 от 02.12.2026",
 "Государственным органам и организациям (по списку рассылки)",
 "О переименовании структурных подразделений",
 "Информируем, что в соответствии с приказом Министра внутренних дел от 25.11.2026 № 880 с 1 декабря 2026 года Управление по работе с иностранцами Департамента миграционной службы переименовано в Управление миграционного контроля и документирования иностранных граждан.",
 "Функции, руководство, телефоны и адреса электронной почты подразделения не изменились. Реквизиты для переписки прежние.",
 "Начальник департамента                           генерал-майор полиции А. Тажибаев",
])
key(n, [other(n, "ru")])
ctx(n, "mvd_mp", [("00203008", "Выдача разрешения на временное или постоянное проживание иностранцам и лицам без гражданства")], "consulting", None,
    "update the department name in the directory; nothing else changed")
man(n, "other", "ru+kk header", "docx", "'переименовано с 1 декабря' with order requisites; explicitly nothing about the service changed")

# 54. List of services (xlsx) — not Appendix 1
n = "perechen_uslug_UO.xlsx"
w_xlsx(n, [("Перечень", [
 ["Перечень государственных услуг, оказываемых Управлением образования Карагандинской области и отделами образования районов (городов)"],
 ["№", "Код по Реестру", "Наименование", "Форма оказания", "Срок", "Стоимость", "Через ЦОН/портал"],
 [1, "00801012", "Прием документов и зачисление детей в дошкольные организации", "электронная/бумажная", "1 рабочий день", "бесплатно", "портал"],
 [2, "00801020", "Выдача дубликатов документов об основном среднем, общем среднем образовании", "бумажная", "15 рабочих дней", "бесплатно", "ЦОН"],
 [3, "00801031", "Прием документов для организации бесплатного подвоза к общеобразовательным организациям", "электронная", "5 рабочих дней", "бесплатно", "портал"],
 [4, "00801044", "Выдача разрешения на обучение в форме экстерната", "электронная", "15 рабочих дней", "бесплатно", "портал"],
])])
key(n, [other(n, "ru")])
ctx(n, "akm_kar", [("00801012", "Прием документов и зачисление детей в дошкольные организации")], "protocol",
    L("ЕКЦ-2026/2217", "2026-11-20", "О проведении обучения сотрудников ЕКЦ по госуслуге 00801012"),
    "reference list only")
man(n, "other", "ru", "xlsx", "service table with registry numbers and names but other columns (form, term, cost), no standards or responsible")

# 55. Citizen writes directly to ЕКЦ (gmail, html)
n = "msg-40412.eml"
w_eml(n, "Нурлан Абдуллаев <nurlan.abdullaev1987@gmail.com>", "жалоба на ЦОН", "Mon, 07 Dec 2026 22:47:13 +0600",
      html="""<div dir="auto">Здравствуйте. Пишу вам так как на 1414 невозможно дозвониться уже 40 минут. В ЦОНе Алатауского района отказали в приеме документов на справку о несудимости, сказали система не работает. Номер талона А-117. Прошу принять меры и ответить мне на почту.<br><br>Абдуллаев Нурлан, тел 87015554321<br><br>Отправлено из мобильной Почты Gmail</div>""")
key(n, [other("body", "ru")])
ctx(n, ("Абдуллаев Нурлан (гражданин)", "nurlan.abdullaev1987@gmail.com", "000000000000"), [("01201003", "Выдача справки о наличии либо отсутствии судимости")],
    "consulting", None, "register as a citizen's appeal; route to the complaints line")
man(n, "other", "ru", "eml html-only", "citizen's complaint straight to the mailbox")

# 56. Reminder from the authorized body on analytic report (p.14)
n = "napominanie_otchet.eml"
w_eml(n, "Управление контроля качества госуслуг <kontrol@kyzmet.gov.kz>", "Напоминание: аналитический отчет за ноябрь", "Wed, 02 Dec 2026 09:30:00 +0500",
      body="""Единому контакт-центру

Напоминаем, что в соответствии с пунктом 14 Правил взаимодействия аналитический отчет по форме
приложения 2 за ноябрь 2026 года подлежит представлению не позднее 5 декабря 2026 года.

Дополнительно просим отразить в отчете сведения об отказах государственных органов в представлении
информации (п. 12 Правил), если таковые имели место в отчетном периоде.

Главный эксперт Жарылгасынова А.
""")
key(n, [other("body", "ru")])
ctx(n, "apgs", [], "consulting", None, "task for the reporting team")
man(n, "other", "ru", "eml", "quotes the Rules (p.12, p.14) and the word 'отказах' — a reminder from the authorized body")

# 57. Request to explain a discrepancy (p.16)
n = "Исх_06-2-14_3401.pdf"
w_pdf(n, [
 "АГЕНТСТВО РЕСПУБЛИКИ КАЗАХСТАН ПО ДЕЛАМ ГОСУДАРСТВЕННОЙ СЛУЖБЫ",
 "Исх. № 06-2-14/3401 от 04.12.2026",
 "",
 "Единый контакт-центр",
 "",
 "По результатам сверки данных аналитического отчета ЕКЦ за октябрь 2026 года с отчетностью",
 "Министерства здравоохранения в рамках внутреннего контроля выявлено расхождение по количеству",
 "жалоб на услугу 01102003 «Запись на прием к врачу» (ЕКЦ – 312, МЗ РК – 187).",
 "",
 "В соответствии с пунктом 16 Правил просим в срок до 9 декабря 2026 года представить",
 "пояснительную информацию по каждому случаю расхождения.",
 "",
 "Руководитель управления контроля качества государственных услуг            Н. Сейдахметов",
])
key(n, [other(n, "ru")])
ctx(n, "apgs", [("01102003", "Запись на прием к врачу")], "consulting", None, "prepare the explanation (p.16)")
man(n, "other", "ru", "pdf", "authorized body's p.16 request with registry number")

# 58. Training materials forwarded before training
n = "Материалы_к_обучению.eml"
pres = pdf_bytes([
 "Государственная услуга 01201003",
 "«Выдача справки о наличии либо отсутствии судимости»",
 "Материалы для обучения операторов Единого контакт-центра",
 "",
 "1. Услугополучатели: физические лица.",
 "2. Срок: 20 минут (портал), 1 рабочий день (ЦОН), 5 рабочих дней – при запросе в зарубежные страны.",
 "3. Результат: электронная справка, подписанная ЭЦП Комитета.",
 "4. Частые вопросы: апостиль, справка для визы, справка для работы с детьми.",
 "",
 "Лектор: Кенжебаева Сауле Муратовна, главный прокурор управления, 8 (7172) 71-27-45",
])
w_eml(n, "Кенжебаева Сауле <s.kenzhebaeva@prokuror.gov.kz>", "Материалы к обучению 10.12", "Mon, 07 Dec 2026 17:02:00 +0500",
      body="Добрый вечер!\nНаправляю презентацию к обучению 10 декабря, чтобы операторы ознакомились заранее. Протокол оформим после обучения.\nС.Кенжебаева\n",
      atts=[("prezentaciya_01201003.pdf", pres, *PDF)])
key(n, [other("body", "ru"), other("prezentaciya_01201003.pdf", "ru")])
ctx(n, "ksp", [("01201003", "Выдача справки о наличии либо отсутствии судимости")], "protocol",
    L("ЕКЦ-2026/2344", "2026-12-03", "О проведении обучения по госуслуге 01201003"),
    "share with operators; protocol still awaited")
man(n, "other", "ru", "eml + pdf", "training materials with lecturer's name, phone and registry number, before the training")

# 59. Vacancy announcement (mass mailing, html+text)
n = "konkurs_vakansii.eml"
w_eml(n, "Кадровая служба МЮ РК <hr@adilet.gov.kz>", "Объявление о конкурсе на занятие вакантных административных государственных должностей", "Thu, 03 Dec 2026 12:00:00 +0500",
      body="Министерство юстиции Республики Казахстан объявляет общий конкурс на занятие вакантных должностей корпуса «Б»:\n1. Главный эксперт Департамента государственных услуг (категория C-4), 1 единица.\n2. Эксперт Управления регистрационной службы (категория C-5), 2 единицы.\nДокументы принимаются через портал e-qyzmet.gov.kz в течение 7 рабочих дней со дня публикации.\n",
      html="<p>Министерство юстиции Республики Казахстан объявляет общий конкурс на занятие вакантных должностей корпуса «Б»:</p><ol><li>Главный эксперт Департамента государственных услуг (категория C-4), 1 единица.</li><li>Эксперт Управления регистрационной службы (категория C-5), 2 единицы.</li></ol><p>Документы принимаются через портал e-qyzmet.gov.kz в течение 7 рабочих дней со дня публикации.</p>",
      to="undisclosed-recipients:;")
key(n, [other("body", "ru")])
ctx(n, "myust", [], "consulting", None, "ignore")
man(n, "other", "ru", "eml alternative", "vacancy mass mailing")

# 60. Survey request (Kazakh+Russian docx)
n = "Сауалнама_анкета.docx"
w_docx(n, [
 "Мемлекеттік қызметтер департаменті / Департамент государственных услуг МЦРИАП",
 "АНКЕТА",
 "для оценки эффективности взаимодействия услугодателей с Единым контакт-центром",
 "Просим заполнить и направить до 18.12.2026 на адрес a.mukhamedzhanova@mdai.gov.kz.",
], tables=[[
 ["Вопрос", "Ответ"],
 ["1. Наименование организации", ""],
 ["2. Ф.И.О., должность ответственного лица за взаимодействие с ЕКЦ", ""],
 ["3. Удобна ли форма приложения 1? (да/нет)", ""],
 ["4. Сколько раз в 2026 году менялось ответственное лицо?", ""],
 ["5. Предложения", ""],
]])
key(n, [other(n, "ru")])
ctx(n, "mciap", [], "consulting", None, "questionnaire for the centre's own feedback; forward to methodology")
man(n, "other", "kk+ru", "docx", "blank questionnaire with field 'Ф.И.О., должность ответственного лица за взаимодействие с ЕКЦ'")

# 61. Misaddressed letter meant for another akimat
n = "pismo_Kostanai.docx"
w_docx(n, [
 "Управление координации занятости и социальных программ Северо-Казахстанской области",
 "150000, г. Петропавловск, ул. Конституции Казахстана, 58",
 "№ 03-11/4412 от 03.12.2026",
 "Управлению координации занятости и социальных программ акимата Костанайской области",
 "Направляем сведения о лицах, переехавших в Костанайскую область и состоявших на учете в качестве получателей адресной социальной помощи в СКО (список на 14 листах), для принятия мер по снятию с учета и предотвращения двойных выплат.",
 "Ответственный исполнитель по данному вопросу – главный специалист Карпов Денис, тел. 8 (7152) 46-12-41.",
 "Руководитель управления                                  С. Абилов",
])
key(n, [other(n, "ru")])
ctx(n, "akm_sko", [("00605011", "Назначение адресной социальной помощи")], "appointment",
    L("ЕКЦ-2026/2305", "2026-11-30", "Запрос информации по госуслуге 00605011"),
    "misdirected letter for the Kostanay department: tell the sender; keep awaiting our appointment")
man(n, "other", "ru", "docx", "sent to us by mistake; names an 'ответственный исполнитель' with phone while we await an appointment from the same agency")

# 62. Agency comments on our analytic report (thread)
n = "Re_otchet_oktyabr.eml"
w_eml(n, "Жумабекова Айнур <a.zhumabekova@dsm.gov.kz>", "RE: Аналитический отчет ЕКЦ за октябрь 2026 (ЕКЦ-2026/2198)", "Thu, 12 Nov 2026 14:50:00 +0500",
      html="""<html><body><p>Коллеги, здравствуйте!</p>
<p>По вашему отчету за октябрь есть замечания:</p>
<ul><li>строки 14, 15, 22 – обращения касаются не нашей услуги, а услуг местных исполнительных органов (управлений здравоохранения), просим исключить;</li>
<li>по строке 31 нарушение стандарта не подтверждается, запись была перенесена по инициативе пациента.</li></ul>
<p>Просим скорректировать данные до передачи в уполномоченный орган.</p>
<p>С уважением,<br>Жумабекова Айнур Кайратовна<br>главный эксперт Департамента цифровизации<br>тел. +7 (7172) 74-32-10</p>
<hr><p><b>От:</b> ekc-info@ekc1414.kz<br><b>Тема:</b> Аналитический отчет ЕКЦ за октябрь 2026</p></body></html>""",
      in_reply_to="<ekc-2198@ekc1414.kz>")
key(n, [other("body", "ru")])
ctx(n, "mzdr", [("01102003", "Запись на прием к врачу")], "consulting",
    L("ЕКЦ-2026/2198", "2026-11-05", "Аналитический отчет ЕКЦ за октябрь 2026"),
    "reporting team reviews rows 14, 15, 22, 31")
man(n, "other", "ru", "eml html-only reply", "reply in thread with 'не нашей услуги' (sounds not_competent) — about rows of our report, not a refusal")

# 63. MFP scan: act of transfer (pdf), generic body
n = "Scan_20261204_101522.eml"
akt = pdf_bytes([
 "АКТ",
 "приема-передачи документов",
 "г. Астана                                                                   04.12.2026",
 "Управление архитектуры и градостроительства города Астаны передает, а архив Управления",
 "принимает дела постоянного хранения за 2021 год:",
 "1. Разрешительная документация (АПЗ) – 412 дел;",
 "2. Переписка с государственными органами – 37 дел.",
 "Передал: Ким Е.В.                               Принял: Оспанова Г.",
])
w_eml(n, "scanner@saulet.astana.gov.kz", "Scanned document from MFP-3F-KYOCERA", "Fri, 04 Dec 2026 10:15:22 +0500",
      body="Scanned from a Kyocera MFP.\nPages: 1\nResolution: 300 dpi\n", atts=[("doc20261204101522.pdf", akt, *PDF)])
key(n, [other("body"), other("doc20261204101522.pdf", "ru")])
ctx(n, "akm_ast", [("00503012", "Выдача архитектурно-планировочного задания")], "consulting", None,
    "probably sent by mistake; ask the agency")
man(n, "other", "en body + ru pdf", "eml + pdf", "scanner mail with unrelated act")

# 64. Public council invitation (Kazakh+Russian)
n = "msg-40420.eml"
w_eml(n, "Қоғамдық кеңес хатшылығы <qk@ecogeo.gov.kz>", "Қоғамдық кеңес отырысына шақыру / Приглашение на заседание Общественного совета", "Tue, 08 Dec 2026 09:00:00 +0500",
      body="""Құрметті әріптестер!
Экология және табиғи ресурстар министрлігінің Қоғамдық кеңесінің кезекті отырысы 2026 жылғы 18 желтоқсанда сағат 11:00-де өтеді.
Күн тәртібі: мемлекеттік қызметтер көрсету сапасы туралы есеп.

Уважаемые коллеги!
Очередное заседание Общественного совета при Министерстве экологии и природных ресурсов состоится 18 декабря 2026 года в 11:00.
Повестка: отчет о качестве оказания государственных услуг, в том числе по данным Единого контакт-центра.
Просим обеспечить участие представителя ЕКЦ с кратким докладом (до 5 минут).

Секретарь Общественного совета Р. Мамырова, 8 (7172) 74-00-98
""")
key(n, [other("body")])
ctx(n, "mpr", [("01903011", "Выдача экологического разрешения на воздействие")], "information",
    L("ЕКЦ-2026/2288", "2026-11-27", "Запрос информации по госуслуге 01903011"), "management decides on attending")
man(n, "other", "kk+ru", "eml", "invitation from the agency we await information from")

# 65. Holiday schedule
n = "grafik_prazdniki.txt"
w_txt(n, """Уважаемые коллеги!

Информируем о режиме работы Управления физической культуры и спорта ЗКО в праздничные дни:
31 декабря 2026 г. – сокращенный рабочий день (до 17:00);
1–2 января 2027 г. – выходные дни;
5 января 2027 г. – рабочий день в обычном режиме.

Прием документов по государственным услугам через портал egov.kz осуществляется круглосуточно,
результаты по заявкам, поступившим в выходные дни, будут выданы в первый рабочий день.

Канцелярия УФКиС ЗКО
""", "utf-16")
key(n, [other(n, "ru")])
ctx(n, "akm_zko", [("00804002", "Присвоение спортивных разрядов и квалификационных категорий")], "consulting", None,
    "operators may mention holiday hours")
man(n, "other", "ru", "txt UTF-16 with BOM", "holiday schedule; unusual encoding")

# 66. Prosecutor's request for call recordings
n = "zapros_prokuratury.pdf"
w_pdf(n, [
 "ПРОКУРАТУРА ГОРОДА АСТАНЫ",
 "№ 2-17-26-04518 от 03.12.2026",
 "",
 "Директору Единого контакт-центра",
 "",
 "ТРЕБОВАНИЕ",
 "о представлении информации",
 "",
 "В связи с проведением проверки по обращению гражданина Ахмедова К.Т. на основании",
 "статьи 6 Закона Республики Казахстан «О прокуратуре» требую в срок до 10.12.2026 представить:",
 "1) аудиозаписи телефонных обращений с номера +7 705 123 45 67 за период с 01.10.2026 по 30.11.2026;",
 "2) сведения о консультациях, данных оператором по государственной услуге «Выдача справки о",
 "наличии либо отсутствии судимости» (реестровый № 01201003).",
 "",
 "Прокурор отдела                                       советник юстиции Ж. Бекенова",
])
key(n, [other(n, "ru")])
ctx(n, ("Прокуратура города Астаны", "prokuratura_astana@prokuror.gov.kz", "960240001234"), [("01201003", "Выдача справки о наличии либо отсутствии судимости")],
    "consulting", None, "legal department prepares the answer")
man(n, "other", "ru", "pdf", "prosecutor's demand to us")

# 67. Subordinate organizations' contacts (docx table)
n = "Контакты_подведомственных.docx"
w_docx(n, [
 "Министерство сельского хозяйства Республики Казахстан",
 "Для сведения направляем актуальные контакты канцелярий подведомственных организаций Министерства (по состоянию на 01.12.2026).",
], tables=[[
 ["№", "Организация", "Адрес эл. почты", "Телефон"],
 ["1", "Комитет ветеринарного контроля и надзора", "kvkn@moa.gov.kz", "8 (7172) 55-60-10"],
 ["2", "Комитет государственной инспекции в АПК", "kgi_apk@moa.gov.kz", "8 (7172) 55-60-20"],
 ["3", "Комитет лесного хозяйства и животного мира", "klhjm@moa.gov.kz", "8 (7172) 55-60-30"],
 ["4", "РГП «Республиканская ветеринарная лаборатория»", "rvl@rvl.kz", "8 (7172) 55-71-00"],
]])
key(n, [other(n, "ru")])
ctx(n, "msx", [("00403001", "Выдача ветеринарного сертификата на экспорт")], "consulting", None, "update directory")
man(n, "other", "ru", "docx", "contacts table, no responsible person")

# 68. Correction of operator script
n = "msg-40431.eml"
w_eml(n, "Ибраева Динара <d.ibraeva@vko-vet.gov.kz>", "ошибка в ответе оператора 1414", "Tue, 08 Dec 2026 10:25:00 +0600",
      body="""Добрый день!
Наш специалист позвонил на 1414 как обычный заявитель и оператор сообщил, что ветпаспорт выдается в течение 5 рабочих дней. Это неверно: по стандарту, который мы вам направляли еще в августе, срок – 3 рабочих дня, ничего не менялось. Видимо, у вас в скрипте старые данные. Просим поправить.

Ибраева Д.С., руководитель отдела ветеринарного контроля
8 (7232) 57-40-12
""", charset="windows-1251")
key(n, [other("body", "ru")])
ctx(n, "akm_vko", [("00902015", "Выдача ветеринарного паспорта на животное")], "consulting", None,
    "check and fix the operators' script against the stored information; no change to the stored information")
man(n, "other", "ru", "eml cp1251", "talks about a term in the standard, by the responsible person, but says nothing changed")

# 69. Agency forwards our request to subordinate, ЕКЦ in copy
n = "Исх_12-3_456.docx"
w_docx(n, [
 "МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН",
 "Исх. № 12-3/456 от 07.12.2026",
 "Департаменту полиции города Алматы",
 "Копия: Единый контакт-центр (на № ЕКЦ-2026/2349 от 03.12.2026)",
 "Направляем для исполнения запрос Единого контакт-центра о представлении информации по государственной услуге «Регистрация по месту жительства иностранцев» (реестровый № 00203014).",
 "Поручаем в установленный пунктом 5 Правил срок определить ответственное лицо и представить информацию непосредственно в ЕКЦ с копией в Департамент миграционной службы.",
 "Приложение: на 2 листах.",
 "Заместитель начальника Департамента миграционной службы                  Т. Бейсенов",
])
key(n, [other(n, "ru")])
ctx(n, "mvd_mp", [("00203014", "Регистрация по месту жительства иностранцев")], "appointment",
    L("ЕКЦ-2026/2349", "2026-12-03", "Запрос информации по госуслуге 00203014"),
    "note that the request was passed to the Almaty police department; keep awaiting the appointment")
man(n, "other", "ru", "docx", "cover letter to a subordinate, ЕКЦ in copy, 'на №' our letter, 'определить ответственное лицо' as an instruction")

# 70. Kazakh letter to oblast akimat with ЕКЦ in copy
n = "hat_akimdik.eml"
w_eml(n, "Канцелярия УЗО <zemlya@turkistan-obl.gov.kz>", "Облыс әкімдігіне хат (көшірме БББО)", "Tue, 08 Dec 2026 11:45:00 +0500",
      body="""Түркістан облысының әкімдігіне
Көшірмесі: Бірыңғай байланыс орталығы

2026 жылғы 8 желтоқсандағы № 04-2/6120

Түркістан облысының жер қатынастары басқармасы 01502009 «Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру» мемлекеттік қызметін көрсету мерзімдерінің бұзылуына байланысты азаматтардың шағымдары бойынша мынаны хабарлайды.
Қараша айында 14 өтініш «Жер кадастры» АЖ-дағы техникалық ақаулыққа байланысты мерзімінен кеш қаралды. Ақаулық 2026 жылғы 30 қарашада жойылды.

Басшы                        Е. Әбдіқадыров
Орынд.: Абдрахманов Н., 8 (72533) 5-12-44
""")
key(n, [other("body", "kk")])
ctx(n, "akm_tur", [("01502009", "Выдача решения на изменение целевого назначения земельного участка")], "appointment",
    L("ЕКЦ-2026/2301", "2026-12-01", "О назначении ответственного лица"),
    "file; still awaiting the appointment")
man(n, "other", "kk", "eml", "Kazakh letter to akimat, ЕКЦ in copy, executor named with phone, while appointment awaited")

# 71. Kazakh forum invitation with programme (pdf), subject-less body
n = "forum_bagdarlama.eml"
prog = pdf_bytes([
 "«ЦИФРЛЫҚ ҮКІМЕТ – 2027» РЕСПУБЛИКАЛЫҚ ФОРУМЫ",
 "БАҒДАРЛАМА",
 "2027 жылғы 22 қаңтар, Астана қ., «Тәуелсіздік сарайы»",
 "",
 "09:30–10:00  Қатысушыларды тіркеу",
 "10:00–10:30  Ашылу. ЦДИАӨМ Министрінің құттықтау сөзі",
 "10:30–12:00  Пленарлық сессия: «Проактивті мемлекеттік қызметтер»",
 "12:00–13:00  Панельдік сессия: «Бірыңғай байланыс орталығы: азаматпен кері байланыс»",
 "13:00–14:00  Түскі ас",
 "14:00–16:00  Секциялар бойынша жұмыс",
])
w_eml(n, "Форум ұйымдастыру комитеті <forum@mdai.gov.kz>", "Форумға шақыру", "Mon, 07 Dec 2026 13:00:00 +0500",
      body="Құрметті әріптестер! Форумның бағдарламасын жолдаймыз. Қатысуды 2027 жылғы 10 қаңтарға дейін растауды сұраймыз.\n",
      atts=[("bagdarlama_forum.pdf", prog, *PDF)])
key(n, [other("body", "kk"), other("bagdarlama_forum.pdf", "kk")])
ctx(n, "mciap", [], "consulting", None, "management decides")
man(n, "other", "kk", "eml + pdf", "Kazakh forum programme")

# 72. Protocol of disagreements to the memorandum draft
n = "Протокол_разногласий.docx"
w_docx(n, [
 "ПРОТОКОЛ РАЗНОГЛАСИЙ",
 "к проекту Меморандума о сотрудничестве между Управлением архитектуры и градостроительства города Астаны и Единым контакт-центром",
 "г. Астана                                                                 07.12.2026",
], tables=[[
 ["Пункт", "Редакция ЕКЦ", "Редакция Управления"],
 ["2.1", "Управление назначает ответственное лицо и в течение пяти рабочих дней уведомляет ЕКЦ о его замене", "Управление уведомляет ЕКЦ о замене ответственного лица в срок, установленный пунктом 7 Правил"],
 ["2.2", "ежемесячно", "ежеквартально"],
]], after_tables=[
 "От Управления: руководитель отдела правового обеспечения ____________ Сарсенова Ж.К.",
 "От ЕКЦ: ____________",
])
key(n, [other(n, "ru")])
ctx(n, "akm_ast", [("00503012", "Выдача архитектурно-планировочного задания")], "consulting",
    L("ЕКЦ-2026/2322", "2026-12-02", "О направлении проекта меморандума"),
    "legal reviews; no service change")
man(n, "other", "ru", "docx", "'ПРОТОКОЛ' with date and signature lines, talking about responsible-person replacement — disagreements to a memorandum")

# 73. Exchange NDR in Russian, html
n = "Не_удается_доставить.eml"
w_eml(n, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mvd.gov.kz>", "Не удается доставить: Запрос информации по госуслуге 00203014", "Thu, 03 Dec 2026 12:01:44 +0500",
      html="""<html><body><p><b><font color="#000066" size="3">Не удалось доставить сообщение следующим получателям или группам:</font></b></p>
<p><a href="mailto:a.nurmukhanov@mvd.gov.kz">a.nurmukhanov@mvd.gov.kz</a><br>Не удается найти адрес электронной почты, на который вы пытаетесь отправить сообщение. Проверьте адрес получателя и повторите попытку.</p>
<p>Диагностические сведения для администраторов:<br>Создающий сервер: MAIL02.mvd.gov.kz<br>a.nurmukhanov@mvd.gov.kz<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>""",
      to=EKC, extra_headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": ""})
key(n, [other("body", "ru")])
ctx(n, "mvd_mp", [("00203014", "Регистрация по месту жительства иностранцев")], "appointment",
    L("ЕКЦ-2026/2349", "2026-12-03", "Запрос информации по госуслуге 00203014"),
    "the copy to the former responsible person's address bounced; suggests that person left; operator checks")
man(n, "other", "ru", "eml html-only", "Russian Exchange bounce")

# 74. Old (expired) standard forwarded for reference
n = "msg-40440.eml"
old = pdf_bytes([
 "Утвержден приказом Министра национальной экономики Республики Казахстан",
 "от 10 апреля 2020 года № 27 (утратил силу)",
 "",
 "Стандарт государственной услуги «Выдача лицензии на туроператорскую деятельность»",
 "1. Услугодатель: местные исполнительные органы областей.",
 "2. Срок оказания: 15 рабочих дней.",
 "3. Форма оказания: электронная.",
])
w_eml(n, "Утегенова Асем <a.utegenova@mangystau.gov.kz>", "ранее действовавший стандарт (для сведения)", "Tue, 08 Dec 2026 09:40:00 +0500",
      body="Добрый день! По устной просьбе вашего супервайзера направляю старый стандарт 2020 года, он утратил силу, действующие сведения у вас есть, никаких изменений нет. Просто для сравнения при разборе жалобы.\nАсем\n",
      atts=[("standart_2020_utratil_silu.pdf", old, *PDF)])
key(n, [other("body", "ru"), other("standart_2020_utratil_silu.pdf", "ru")])
ctx(n, "akm_man", [("00304007", "Выдача лицензии на туроператорскую деятельность")], "consulting", None,
    "file for the complaint review; do not change the stored standard")
man(n, "other", "ru", "eml + pdf", "an old, expired standard with requisites sent by the responsible person; she states no changes")

# 75. Certificate of seminar participation (pdf)
n = "Sertifikat_uchastnika.pdf"
w_pdf(n, [
 "СЕРТИФИКАТ",
 "",
 "настоящим подтверждается, что",
 "Жакенова Динара",
 "(Единый контакт-центр)",
 "приняла участие в обучающем семинаре",
 "«Стандарты государственных услуг в сфере социальной защиты: изменения 2026 года»",
 "в объеме 8 академических часов",
 "",
 "г. Астана, 27 ноября 2026 года",
 "Директор Департамента государственных услуг МТСЗН РК              Е. Сатыбалдин",
 "Регистрационный № 2026-СЗ-0412",
])
key(n, [other(n, "ru")])
ctx(n, "mtszn", [("00601014", "Назначение государственного социального пособия по инвалидности")], "appointment",
    L("ЕКЦ-2026/2290", "2026-11-30", "Запрос информации по госуслуге 00601014"), "to HR; nothing for cases")
man(n, "other", "ru", "pdf", "training certificate for an ЕКЦ employee with date; not a protocol")

# 76. Technical works notice
n = "regl_raboty.eml"
w_eml(n, "Служба поддержки eGov <support@egov.kz>", "[eGov] Регламентные работы 12.12.2026 с 01:00 до 06:00", "Mon, 07 Dec 2026 18:00:00 +0500",
      body="Уважаемые пользователи!\n\n12 декабря 2026 года с 01:00 до 06:00 (время Астаны) на портале «Электронное правительство» будут проводиться регламентные работы. В указанный период услуги 01201003, 00702019 и ряд других будут недоступны.\n\nПриносим извинения за временные неудобства.\n-- \nСлужба поддержки портала eGov\nЭто письмо сформировано автоматически.\n",
      to="undisclosed-recipients:;", extra_headers={"Precedence": "bulk"})
key(n, [other("body", "ru")])
ctx(n, ("АО «Национальные информационные технологии»", "support@egov.kz", "000140002217"), [], "consulting", None,
    "tell operators about the outage window")
man(n, "other", "ru", "eml", "outage notice with registry numbers")

# 77. Invite ЕКЦ to attend agency's training of ЦОН staff
n = "priglashenie_CON.txt"
w_txt(n, """Кому: Единый контакт-центр
От: Управление земельных отношений Туркестанской области
Тема: участие в обучении

Уважаемые коллеги!

15 декабря 2026 года в 14:30 Управление проводит обучение работников ЦОН Туркестанской области по
государственным услугам 01502009 и 01502014 (изменения в перечне документов). Приглашаем сотрудников ЕКЦ
принять участие дистанционно. Отдельное обучение для ЕКЦ с подписанием протокола проведем после
назначения ответственного лица.

Ссылка будет направлена дополнительно.
Абдрахманов Н.Е., 8 (72533) 5-12-44
""")
key(n, [other(n, "ru")])
ctx(n, "akm_tur", [("01502009", "Выдача решения на изменение целевого назначения земельного участка"), ("01502014", "Выдача акта на право частной собственности на земельный участок")],
    "appointment", L("ЕКЦ-2026/2301", "2026-12-01", "О назначении ответственного лица"),
    "optional attendance; appointment still awaited")
man(n, "other", "ru", "txt", "training, protocol and appointment all mentioned as future")

# 78. Kazakh question about our request (txt)
n = "suraq.txt"
w_txt(n, """Бірыңғай байланыс орталығына

Сіздің 2026 жылғы 25 қарашадағы № ЕКЦ-2026/2255 сұрау салуыңызға байланысты нақтылауды сұраймыз:
00201004 мемлекеттік қызметін ауданның барлық ауылдық округтері көрсете ме, әлде аудан әкімінің
аппараты ғана ма — 1-қосымшадағы нысанды кімнің атынан толтыру керек? Сондай-ақ 8-бағанда бірнеше
жауапты тұлғаны көрсетуге бола ма?

Жауабыңызды күтеміз.
Медеу ауданы әкімі аппаратының бас маманы Сәрсенбаева Әйгерім, тел. 8 (727) 264-18-35
""")
key(n, [other(n, "kk")])
ctx(n, "akm_alm", [("00201004", "Выдача справки о регистрации по месту жительства (по сельским округам)")], "information",
    L("ЕКЦ-2026/2255", "2026-11-25", "Запрос информации по госуслуге 00201004"),
    "answer the questions; keep awaiting the form")
man(n, "other", "kk", "txt", "Kazakh questions about columns of the form, by a named person")

# 79. Spam: courses for civil servants with price list pdf
n = "msg-40455.eml"
price = pdf_bytes([
 "УЧЕБНЫЙ ЦЕНТР «БІЛІМ-ПРОФИ»",
 "Прайс-лист на курсы повышения квалификации государственных служащих (2027)",
 "1. «Оказание государственных услуг: стандарты и регламенты» – 36 ч – 45 000 тг",
 "2. «Делопроизводство на государственном языке» – 24 ч – 30 000 тг",
 "3. «Работа с обращениями граждан» – 16 ч – 22 000 тг",
 "Сертификат государственного образца. Скидка 15% при групповой заявке от 5 человек.",
])
w_eml(n, "Білім-Профи <info@bilim-profi.kz>", "Повышение квалификации госслужащих – 2027", "Sun, 06 Dec 2026 23:15:00 +0600",
      body="Добрый день! Предлагаем курсы повышения квалификации для сотрудников вашей организации. Прайс во вложении. Ответственный менеджер: Айдана, +7 747 000 11 22.\n",
      charset="windows-1251", atts=[("Прайс_2027.pdf", price, *PDF)])
key(n, [other("body", "ru"), other("Прайс_2027.pdf", "ru")])
ctx(n, ("ТОО «Білім-Профи»", "info@bilim-profi.kz", "190440011122"), [], "consulting", None, "spam")
man(n, "other", "ru", "eml cp1251 + pdf", "commercial offer with 'Ответственный менеджер' and 'стандарты и регламенты'")

# 80. Agency's own complaint about an operator (Kazakh docx)
n = "Хат_шағым_оператор.docx"
w_docx(n, [
 "«ШЫҒЫС ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ» ММ",
 "2026 жылғы 7 желтоқсандағы № 02-09/1980",
 "Бірыңғай байланыс орталығының директорына",
 "Басқармаға 2026 жылғы қарашада азаматтардан 1414 операторлары ветеринариялық паспортты алу үшін ЦОН-ға жүгіну қажет деп түсіндіргені туралы үш шағым түсті. Шын мәнінде, қызмет тек ветеринариялық пункттерде және порталда көрсетіледі.",
 "Осыған байланысты операторлармен қосымша түсіндіру жұмыстарын жүргізуді сұраймыз. Мемлекеттік қызмет туралы бұрын жолданған мәліметтер өзгерген жоқ.",
 "Басшы                                   Б. Сүлейменов",
 "Орынд. Д.Ибраева, 57-40-12",
])
key(n, [other(n, "kk")])
ctx(n, "akm_vko", [("00902015", "Выдача ветеринарного паспорта на животное")], "consulting", None,
    "quality team reviews operators; no change to stored information")
man(n, "other", "kk", "docx", "Kazakh official letter about operators' errors; states nothing changed")

# ======================================================================
# Genuine replies (10)

# R1. Appointment in the body, thread of our request
n = "msg-40470.eml"
w_eml(n, "Канцелярия УЗО <zemlya@turkistan-obl.gov.kz>", "Re: О назначении ответственного лица (исх. ЕКЦ-2026/2301)", "Tue, 08 Dec 2026 15:05:00 +0500",
      body="""Единый контакт-центр

На № ЕКЦ-2026/2301 от 01.12.2026

Управление земельных отношений Туркестанской области сообщает, что ответственным лицом за представление
информации в Единый контакт-центр и проведение обучения по государственной услуге 01502009 «Выдача
решения на изменение целевого назначения земельного участка» назначен Абдрахманов Нурсултан Ержанович,
ведущий специалист отдела земельного кадастра, тел. 8 (72533) 5-12-44, e-mail: n.abdrakhmanov@turkistan-obl.gov.kz.

Ранее направленный приказ № 77-ө прошу не учитывать — он был приложен ошибочно.

Руководитель управления                          Е. Абдыкадыров
""", in_reply_to="<ekc-2301@ekc1414.kz>")
key(n, [{"part": "body", "kind": "responsible_change", "language": "ru",
         "responsible": {"full_name": "Абдрахманов Нурсултан Ержанович", "position": "ведущий специалист отдела земельного кадастра",
                         "phone": "87253351244", "email": "n.abdrakhmanov@turkistan-obl.gov.kz"},
         "previous_responsible": None, "services": [{"registry_number": "01502009"}]}])
ctx(n, "akm_tur", [("01502009", "Выдача решения на изменение целевого назначения земельного участка")], "appointment",
    L("ЕКЦ-2026/2301", "2026-12-01", "О назначении ответственного лица"),
    "record the appointed person; start the 5-working-day wait for the Appendix 1 information", is_reply=True)
man(n, "responsible_change (appointment)", "ru", "eml", "genuine appointment; also mentions a wrongly attached procurement order")

# R2. Appointment by an order (docx attached), Kazakh cover
n = "msg-40488.eml"
o = docx_bytes([
 "МИНИСТЕРСТВО ЭКОЛОГИИ И ПРИРОДНЫХ РЕСУРСОВ РЕСПУБЛИКИ КАЗАХСТАН",
 "ПРИКАЗ",
 "от 8 декабря 2026 года № 322-ө                                   г. Астана",
 "О назначении ответственного лица за взаимодействие с Единым контакт-центром",
 "В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг ПРИКАЗЫВАЮ:",
 "1. Назначить ответственным лицом за представление информации в Единый контакт-центр и проведение обучения его сотрудников по государственной услуге «Выдача экологического разрешения на воздействие» (№ 01903011) главного эксперта Департамента экологического регулирования Сабитову Динару Канатовну (тел. 8 (7172) 74-08-15, d.sabitova@ecogeo.gov.kz).",
 "2. Контроль за исполнением настоящего приказа возложить на директора Департамента экологического регулирования Абенова Е.М.",
 "Вице-министр                                            А. Бектуров",
])
w_eml(n, "Сабитова Динара <d.sabitova@ecogeo.gov.kz>", "Re: Запрос информации по госуслуге 01903011", "Tue, 08 Dec 2026 17:20:00 +0500",
      body="Құрметті әріптестер!\nЖауапты тұлғаны тағайындау туралы бұйрықты жолдаймыз. Приказ подписан, направляю.\nД. Сабитова\n",
      atts=[("prikaz_322-o.docx", o, *DOCX)], in_reply_to="<ekc-2288@ekc1414.kz>")
key(n, [{"part": "prikaz_322-o.docx", "kind": "responsible_change", "language": "ru",
         "responsible": {"full_name": "Сабитова Динара Канатовна", "position": "главный эксперт Департамента экологического регулирования",
                         "phone": "87172740815", "email": "d.sabitova@ecogeo.gov.kz"},
         "previous_responsible": None, "services": [{"registry_number": "01903011"}]}])
ctx(n, "mpr", [("01903011", "Выдача экологического разрешения на воздействие")], "appointment",
    L("ЕКЦ-2026/2288", "2026-11-27", "Запрос информации по госуслуге 01903011"),
    "record the appointed person", is_reply=True)
man(n, "responsible_change (appointment)", "kk+ru cover, ru order", "eml + docx", "appointment made by an order, in the accusative ('Сабитову Динару Канатовну')")

# R3. Appendix 1 form, two services, docx attached
n = "RE_zapros_2271_forma.eml"
SVC3 = [
 ("00702014", "Регистрационный учет плательщика налога на добавленную стоимость",
  "Стандарт государственной услуги «Регистрационный учет плательщика налога на добавленную стоимость», утвержденный приказом Министра финансов Республики Казахстан от 10 июля 2026 года № 412",
  "Оразбаев Нуржан Асылбекович, главный эксперт Управления методологии, тел. 8 (7172) 71-80-64, n.orazbayev@kgd.minfin.gov.kz",
  ("Оразбаев Нуржан Асылбекович", "главный эксперт Управления методологии", "87172718064", "n.orazbayev@kgd.minfin.gov.kz")),
 ("00702019", "Выдача справки об отсутствии (наличии) налоговой задолженности",
  "Стандарт государственной услуги «Выдача справки об отсутствии (наличии) налоговой задолженности», утвержденный приказом Министра финансов Республики Казахстан от 10 июля 2026 года № 412",
  "Оразбаев Нуржан Асылбекович, главный эксперт Управления методологии, тел. 8 (7172) 71-80-64, n.orazbayev@kgd.minfin.gov.kz",
  ("Оразбаев Нуржан Асылбекович", "главный эксперт Управления методологии", "87172718064", "n.orazbayev@kgd.minfin.gov.kz")),
]
rows = [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
         "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
         "Фамилия, имя, отчество, должность ответственного лица"], [str(i) for i in range(1, 9)]]
for i, s in enumerate(SVC3, 1):
    rows.append([str(i), s[0], s[1], s[2], "—", "—", "www.kgd.gov.kz", s[3]])
f3 = docx_bytes(["Запрос о предоставлении информации о государственной услуге"], tables=[rows],
                after_tables=["Ф.И.О. ответственного исполнителя: Оразбаев Н.А.", "Дата: « 07 » декабря 2026 г."])
w_eml(n, "Оразбаев Нуржан <n.orazbayev@kgd.minfin.gov.kz>", "RE: Запрос информации по госуслугам 00702014, 00702019 (ЕКЦ-2026/2271)", "Mon, 07 Dec 2026 16:44:00 +0500",
      body="Коллеги, спасибо за разъяснения. Направляем заполненную форму. Регламенты не утверждаются, поставили прочерк.\n\nОразбаев Н.\n",
      atts=[("forma_pril1_KGD.docx", f3, *DOCX)], in_reply_to="<ekc-2271@ekc1414.kz>")
key(n, [{"part": "forma_pril1_KGD.docx", "kind": "appendix1_form", "language": "ru",
         "services": [{"registry_number": s[0], "service_name": s[1], "standard": s[2], "regulation": None, "npa_changes": None,
                       "website": "www.kgd.gov.kz", "responsible": {"full_name": s[4][0], "position": s[4][1], "phone": s[4][2], "email": s[4][3]}} for s in SVC3],
         "executor": {"full_name": "Оразбаев Н.А.", "date": "2026-12-07"}}])
ctx(n, "mfin_kgd", [("00702014", "Регистрационный учет плательщика налога на добавленную стоимость"), ("00702019", "Выдача справки об отсутствии (наличии) налоговой задолженности")],
    "information", L("ЕКЦ-2026/2271", "2026-11-23", "Запрос информации по госуслугам 00702014, 00702019"),
    "load both rows into the database; training within 10 working days", is_reply=True)
man(n, "appendix1_form", "ru", "eml + docx", "two rows, dashes for columns 5–6, same responsible in both rows")

# R4. Appendix 1 as xlsx, Kazakh+Russian headers, one service
n = "forma_ZhP.xlsx"
w_xlsx(n, [("Форма", [
 ["Мемлекеттік қызмет туралы ақпарат беру туралы сұрау / Запрос о предоставлении информации о государственной услуге"],
 ["№ р/с", "Тізілімдегі нөмірі / № в реестре", "Мемлекеттік қызметтің атауы / Наименование", "Стандарт", "Регламент", "НҚА өзгерістері / Изменения НПА", "Интернет-ресурс", "Жауапты тұлғаның Т.А.Ә., лауазымы / ФИО, должность ответственного лица"],
 [1, "00605003", "Назначение жилищной помощи",
  "Правила предоставления жилищной помощи, утвержденные решением маслихата Северо-Казахстанской области от 14 марта 2025 года № 31/4",
  "-", "Решение маслихата Северо-Казахстанской области от 20 ноября 2026 года № 9/2 «О внесении изменений в решение от 14 марта 2025 года № 31/4»",
  "www.gov.kz/memleket/entities/sko-soc",
  "Тулеуова Мадина Ерболовна, руководитель отдела социальной помощи, 8 (7152) 46-12-40, tuleuova@sko-soc.gov.kz"],
 [],
 ["Орындаған / Исполнитель: Карпов Д.", "", "", "", "Күні / Дата: 08.12.2026"],
])])
key(n, [{"part": n, "kind": "appendix1_form",
         "services": [{"registry_number": "00605003", "service_name": "Назначение жилищной помощи",
                       "standard": "Правила предоставления жилищной помощи, утвержденные решением маслихата Северо-Казахстанской области от 14 марта 2025 года № 31/4",
                       "regulation": None,
                       "npa_changes": "Решение маслихата Северо-Казахстанской области от 20 ноября 2026 года № 9/2 «О внесении изменений в решение от 14 марта 2025 года № 31/4»",
                       "website": "www.gov.kz/memleket/entities/sko-soc",
                       "responsible": {"full_name": "Тулеуова Мадина Ерболовна", "position": "руководитель отдела социальной помощи", "phone": "87152461240", "email": "tuleuova@sko-soc.gov.kz"}}],
         "executor": {"full_name": "Карпов Д.", "date": "2026-12-08"}}])
ctx(n, "akm_sko", [("00605003", "Назначение жилищной помощи")], "information",
    L("ЕКЦ-2026/2340", "2026-12-04", "Запрос информации по госуслуге 00605003"),
    "load the row; schedule training", is_reply=True)
man(n, "appendix1_form", "kk+ru", "xlsx", "bilingual headers, no column-number row, executor and date in one row")

# R5. Responsible change, txt
n = "uvedomlenie_DSM.txt"
w_txt(n, """Министерство здравоохранения Республики Казахстан
Исх. № 04-1/11872 от 08.12.2026

Единый контакт-центр

Об ответственном лице

В соответствии с пунктом 7 Правил взаимодействия уведомляем, что в связи с переводом Жумабековой
Айнур Кайратовны на другую должность с 8 декабря 2026 года ответственным лицом за взаимодействие с
Единым контакт-центром по государственным услугам 01102003, 01102007 и 01102011 определен
Тасболатов Мирас Ерланович – главный эксперт Департамента цифровизации,
тел.: +7 (7172) 74-32-19, эл. почта: m.tasbolatov@dsm.gov.kz.

Директор Департамента цифровизации                         Н. Сагындыков
""")
key(n, [{"part": n, "kind": "responsible_change", "language": "ru",
         "responsible": {"full_name": "Тасболатов Мирас Ерланович", "position": "главный эксперт Департамента цифровизации", "phone": "+77172743219", "email": "m.tasbolatov@dsm.gov.kz"},
         "previous_responsible": {"full_name": "Жумабекова Айнур Кайратовна"}, "effective_date": "2026-12-08",
         "services": [{"registry_number": "01102003"}, {"registry_number": "01102007"}, {"registry_number": "01102011"}]}])
ctx(n, "mzdr", [("01102003", "Запись на прием к врачу"), ("01102007", "Вызов врача на дом"), ("01102011", "Выдача медицинского заключения о состоянии здоровья")],
    "consulting", None, "replace the responsible person for the three services", is_reply=True)
man(n, "responsible_change", "ru", "txt", "previous person in the genitive ('Жумабековой Айнур Кайратовны'); same people as the earlier auto-reply")

# R6. Change notice in body (html + text), with change date
n = "msg-40502.eml"
t6 = """Единому контакт-центру

Министерство транспорта Республики Казахстан в соответствии с пунктом 6 Правил сообщает об изменении сведений по государственной услуге 00302011 «Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров».

Стандарт: Стандарт государственной услуги «Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров», утвержденный приказом Министра транспорта Республики Казахстан от 17 ноября 2026 года № 538
Изменения вступили в силу 1 декабря 2026 года.

Прочие сведения (интернет-ресурс, ответственное лицо) не изменились.

Ответственное лицо: Серикова Жанар Болатовна, главный эксперт Комитета транспорта, 8 (7172) 75-48-21
"""
w_eml(n, "Серикова Жанар <zh.serikova@mtrans.gov.kz>", "Изменение стандарта госуслуги 00302011", "Tue, 08 Dec 2026 11:30:00 +0500",
      body=t6, html="<html><body>" + "".join("<p>%s</p>" % p for p in t6.split("\n\n")) + "</body></html>")
key(n, [{"part": "body", "kind": "change_notice", "language": "ru", "change_date": "2026-12-01",
         "services": [{"registry_number": "00302011",
                       "standard": "Стандарт государственной услуги «Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров», утвержденный приказом Министра транспорта Республики Казахстан от 17 ноября 2026 года № 538",
                       "regulation": None, "npa_changes": None, "website": None}]}])
ctx(n, "mtr", [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "consulting", None,
    "update the stored standard", is_reply=True)
man(n, "change_notice", "ru", "eml alternative", "the formal notice after the press release")

# R7. Refusal, state secret (pdf)
n = "Исх_4-2-18_11240.pdf"
w_pdf(n, [
 "КОМИТЕТ ПО ПРАВОВОЙ СТАТИСТИКЕ И СПЕЦИАЛЬНЫМ УЧЕТАМ",
 "ГЕНЕРАЛЬНОЙ ПРОКУРАТУРЫ РЕСПУБЛИКИ КАЗАХСТАН",
 "Исх. № 4-2-18/11240 от 07.12.2026",
 "",
 "Единый контакт-центр",
 "На № ЕКЦ-2026/2312 от 02.12.2026",
 "",
 "Рассмотрев Ваш запрос о представлении дополнительной информации по государственной услуге",
 "«Выдача справки о наличии либо отсутствии судимости» (реестровый № 01201003) в части перечня",
 "специальных учетов и порядка межведомственных проверок, Комитет сообщает, что представить",
 "указанные сведения не представляется возможным, поскольку они составляют государственные",
 "секреты в соответствии с Законом Республики Казахстан «О государственных секретах».",
 "",
 "Общедоступная информация о порядке оказания услуги размещена на портале egov.kz.",
 "",
 "Заместитель Председателя                                           Е. Нуртаев",
])
key(n, [{"part": n, "kind": "refusal", "language": "ru",
         "refusal_reason": "они составляют государственные секреты в соответствии с Законом Республики Казахстан «О государственных секретах»",
         "refusal_ground": "state_secret", "services": [{"registry_number": "01201003"}]}])
ctx(n, "ksp", [("01201003", "Выдача справки о наличии либо отсутствии судимости")], "additional_answer",
    L("ЕКЦ-2026/2312", "2026-12-02", "О представлении информации по госуслуге 01201003"),
    "record a lawful refusal (p.11): no escalation", is_reply=True)
man(n, "refusal", "ru", "pdf", "lawful refusal on state secret")

# R8. Refusal, not competent (docx)
n = "otvet_1930.docx"
w_docx(n, [
 "Управление предпринимательства и туризма Мангистауской области",
 "№ 02-07/1930 от 08.12.2026",
 "Единый контакт-центр",
 "На Ваш № ЕКЦ-2026/2352 от 04.12.2026",
 "Управление, рассмотрев запрос о представлении информации по государственной услуге «Выдача свидетельства на право временного вывоза культурных ценностей» (№ 00706002), сообщает, что оказание данной государственной услуги не относится к компетенции Управления. Услугодателем является Министерство культуры и информации Республики Казахстан.",
 "В связи с изложенным форма приложения 1 Управлением не заполняется.",
 "Руководитель управления                                   М. Жанбыршиев",
])
key(n, [{"part": n, "kind": "refusal", "language": "ru",
         "refusal_reason": "оказание данной государственной услуги не относится к компетенции Управления",
         "refusal_ground": "not_competent", "services": [{"registry_number": "00706002"}]}])
ctx(n, "akm_man", [("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей")], "appointment",
    L("ЕКЦ-2026/2352", "2026-12-04", "Запрос информации по госуслуге 00706002"),
    "redirect the request to the Ministry of Culture and Information", is_reply=True)
man(n, "refusal", "ru", "docx", "not-competent refusal naming the right body")

# R9. Training protocol (docx)
n = "Протокол_ЕКЦ_00801012.docx"
w_docx(n, [
 "ПРОТОКОЛ",
 "принятия Единым контакт-центром государственной услуги для консультирования",
 "г. Караганда                                                     08 декабря 2026 года",
 "В соответствии с пунктом 8 Правил взаимодействия 03.12.2026 ответственным лицом Управления образования Карагандинской области Касымовой А.Е. проведено обучение сотрудников Единого контакт-центра по следующей государственной услуге:",
], tables=[[
 ["№", "Реестровый номер", "Наименование государственной услуги"],
 ["1", "00801012", "Прием документов и зачисление детей в дошкольные организации"],
]], after_tables=[
 "По итогам обучения государственная услуга принята Единым контакт-центром для консультирования.",
 "От Управления образования Карагандинской области: главный специалист ____________ Касымова А.Е.",
 "От Единого контакт-центра: руководитель группы ____________ Омаров Б.",
])
key(n, [{"part": n, "kind": "training_protocol", "language": "ru", "protocol_date": "2026-12-08",
         "services": [{"registry_number": "00801012"}]}])
ctx(n, "akm_kar", [("00801012", "Прием документов и зачисление детей в дошкольные организации")], "protocol",
    L("ЕКЦ-2026/2217", "2026-11-20", "О проведении обучения сотрудников ЕКЦ по госуслуге 00801012"),
    "close the protocol step; consulting starts 5 working days later", is_reply=True)
man(n, "training_protocol", "ru", "docx", "protocol date 08.12 differs from the training date 03.12 in the text")

# R10. Change notice in Kazakh (website), docx
n = "Хабарлама_00902015.docx"
w_docx(n, [
 "«ШЫҒЫС ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ» ММ",
 "2026 жылғы 8 желтоқсандағы № 02-09/1995",
 "Бірыңғай байланыс орталығына",
 "Өзара іс-қимыл қағидаларының 6-тармағына сәйкес 00902015 «Жануарға ветеринариялық паспорт беру» мемлекеттік көрсетілетін қызметі туралы бұрын ұсынылған мәліметтердің өзгергені туралы хабарлаймыз.",
 "2026 жылғы 1 желтоқсаннан бастап мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс: www.gov.kz/memleket/entities/vko-vet",
 "Басқа мәліметтер (стандарт, жауапты тұлға) өзгерген жоқ.",
 "Басшы                                   Б. Сүлейменов",
 "Орынд. Д.Ибраева, 57-40-12",
])
key(n, [{"part": n, "kind": "change_notice", "language": "kk", "change_date": "2026-12-01",
         "services": [{"registry_number": "00902015", "website": "www.gov.kz/memleket/entities/vko-vet",
                       "standard": None, "regulation": None, "npa_changes": None}]}])
ctx(n, "akm_vko", [("00902015", "Выдача ветеринарного паспорта на животное")], "consulting", None,
    "update the stored web address", is_reply=True)
man(n, "change_notice", "kk", "docx", "Kazakh p.6 notice changing only the website; same letterhead as a non-reply complaint letter")

# ---------------- manifest ----------------
with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# zarina — held-out r3i: mostly non-replies\n\n")
    f.write("Rebuild: `/tmp/cv-zarina/bin/python make.py` (python-docx, openpyxl, reportlab). Each input has `.expected.json` and `.context.json`.\n\n")
    f.write("| file | kind | language | format | what makes it hard |\n|---|---|---|---|---|\n")
    for r in MANI:
        f.write("| `%s` | %s | %s | %s | %s |\n" % r)
    f.write("""
## Counts

80 inputs of kind `other` (is_reply false) and 10 genuine replies: 2 appointments (keyed
`responsible_change`, previous null: `msg-40470.eml`, `msg-40488.eml`), 1 p.7 `responsible_change`,
2 `appendix1_form`, 2 `change_notice`, 2 `refusal` (state_secret, not_competent), 1 `training_protocol`.
Most replies come from the same agencies, and in the same threads, as the near-miss non-replies.

## Notes / judgement calls

- E-mail keys name every part (body and each attachment) as `other`; `.ics` attachment of the calendar
  invitation is not keyed (a parser may skip it).
- `language` is left out of keys where a part is truly bilingual or not Russian/Kazakh (bounce, scanner note).
- Deliberate encoding traps: `msg-38801.eml` (8bit UTF-8 with no charset label), `msg-40161.eml`
  (windows-1251 bytes labelled utf-8), `zhaloba_fwd.eml` (koi8-r), `grafik_prazdniki.txt` (UTF-16 with BOM),
  two cp1251 `.txt` files.
- Near-misses I was least sure of: the auto-reply naming a substitute for ЕКЦ matters (`msg-40402.eml`),
  the forwarded 2024 p.7 notice (`Fwd_pismo_2024.eml`), the personnel order naming new and released
  heads of the department (`kadrovyi_prikaz.txt`), the attendance sheet of an ЕКЦ training
  (`List_registracii_03.12.xlsx`) and the reception-phone change (`Исх_01-15_2207.pdf`); all are keyed
  `other` because none is the responsible person's notice / signed acceptance protocol the Rules describe.
""")
