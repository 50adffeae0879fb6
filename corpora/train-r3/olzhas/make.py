#!/usr/bin/env python3
"""Generator of the "non-replies" corpus (author: olzhas).

Run with the venv that has python-docx, openpyxl, reportlab:
    /tmp/cv-olzhas/bin/python make.py
Every document's text below is written by hand; the helpers only pack text into
.eml / .docx / .pdf / .xlsx / .txt and write the two JSON files next to each input.
"""
import io, json, os, textwrap
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
EKC = "ekc-info@ekc.gov.kz"
ALL = []

# ---------------------------------------------------------------- agencies
A = {
 "minzdrav": ("Министерство здравоохранения Республики Казахстан", "kanc@dsm.gov.kz", "960440000152"),
 "mintrud": ("Министерство труда и социальной защиты населения Республики Казахстан", "info@enbek.gov.kz", "990540002276"),
 "minjust": ("Министерство юстиции Республики Казахстан", "kense@adilet.gov.kz", "950340000473"),
 "minselhoz": ("Министерство сельского хозяйства Республики Казахстан", "mail@moa.gov.kz", "971240001315"),
 "minobr": ("Министерство просвещения Республики Казахстан", "kanc@edu.gov.kz", "220740028931"),
 "mvd_mp": ("Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "kms@mvd.gov.kz", "110340016654"),
 "kgd": ("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd_kanc@kgd.minfin.gov.kz", "081140004473"),
 "kzk": ("Комитет по земельным ресурсам Министерства сельского хозяйства Республики Казахстан", "zemkom@moa.gov.kz", "040640011238"),
 "akm_aktobe": ("Управление образования Актюбинской области", "uo@aktobe.gov.kz", "981040001892"),
 "akm_zhambyl": ("Управление предпринимательства и индустриально-инновационного развития акимата Жамбылской области", "upiir@zhambyl.gov.kz", "990240006741"),
 "akm_karaganda": ("Управление архитектуры и градостроительства Карагандинской области", "uag@karaganda.gov.kz", "070140013356"),
 "akm_turk": ("Управление здравоохранения Туркестанской области", "uz@turkistan.gov.kz", "181040034471"),
 "akm_kost": ("Управление ветеринарии акимата Костанайской области", "vet@kostanay.gov.kz", "060540007129"),
 "akm_mang": ("Управление пассажирского транспорта и автомобильных дорог Мангистауской области", "zholdar@mangystau.gov.kz", "050340012211"),
 "akm_shym": ("Управление земельных отношений города Шымкента", "zem@shymkent.gov.kz", "180540015512"),
 "akm_pavl": ("Управление культуры, архивов и документации Павлодарской области", "madeniet@pavlodar.gov.kz", "990140004418"),
 "akm_atyrau_rn": ("Аппарат акима Махамбетского района Атырауской области", "mahambet@atyrau.gov.kz", "010240003379"),
 "akm_vko": ("Управление координации занятости и социальных программ Восточно-Казахстанской области", "ukzsp@vko.gov.kz", "030640008827"),
 "akm_sko": ("Управление сельского хозяйства и земельных отношений Северо-Казахстанской области", "ush@sko.gov.kz", "960940000355"),
 "akm_kyzyl": ("Управление строительства Кызылординской области", "kurylys@kyzylorda.gov.kz", "100140017744"),
 "akm_almobl": ("Управление по делам религий Алматинской области", "din@almobl.gov.kz", "120240021183"),
 "minecol": ("Министерство экологии и природных ресурсов Республики Казахстан", "kense@ecogeo.gov.kz", "190640023367"),
 "mincult": ("Министерство культуры и информации Республики Казахстан", "kanc@mci.gov.kz", "230840010156"),
 "mintrans": ("Министерство транспорта Республики Казахстан", "kense@transport.gov.kz", "230940005512"),
 "kontrol": ("Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан", "kds@mps.gov.kz", "100440003125"),
 "akm_astana": ("Управление жилищной политики города Астаны", "tp@astana.gov.kz", "110540018821"),
 "akm_almaty": ("Управление предпринимательства и инвестиций города Алматы", "upi@almaty.gov.kz", "990640011233"),
 "akm_zko": ("Управление природных ресурсов и регулирования природопользования Западно-Казахстанской области", "upr@zko.gov.kz", "060240022871"),
}

def ctx(agency, services, awaiting, our_letter, effect):
    n, e, b = A[agency]
    return {"agency": {"name": n, "email": e, "bin": b},
            "services": [{"registry_number": r, "name": s} for r, s in services],
            "awaiting": awaiting,
            "our_letter": ({"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]}
                           if our_letter else None),
            "expected_effect": effect,
            "is_reply": False}

def key(*docs, exit_=0):
    return {"exit": exit_, "documents": list(docs)}

def d(part, lang=None, kind="other", **extra):
    x = {"part": part, "kind": kind}
    if lang:
        x["language"] = lang
    x.update(extra)
    return x

def save(name, data, k, c, manifest):
    path = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, (bytes, bytearray)) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
    with open(path + ".context.json", "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=2)
    ALL.append((name,) + tuple(manifest))

# ---------------------------------------------------------------- packers
def docx(blocks, landscape=False):
    """blocks: str paragraphs, ("b", text) bold, ("c", text) centred, ("t", rows) table."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
        elif b[0] in ("b", "c", "cb", "r"):
            p = doc.add_paragraph()
            run = p.add_run(b[1]); run.bold = b[0] in ("b", "cb")
            if b[0] in ("c", "cb"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if b[0] == "r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b[0] == "t":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
    bio = io.BytesIO(); doc.save(bio); return bio.getvalue()

def pdf(lines, size=10.5, bold_first=0):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    except Exception:
        pass
    bio = io.BytesIO(); c = canvas.Canvas(bio, pagesize=A4)
    w, h = A4; y = h - 56
    for i, ln in enumerate(lines):
        font = "DVB" if i < bold_first else "DV"
        wrapped = textwrap.wrap(ln, 95) if ln else [""]
        for part in wrapped:
            if y < 50:
                c.showPage(); y = h - 56
            c.setFont(font, size)
            c.drawString(50, y, part); y -= size * 1.45
    c.save(); return bio.getvalue()

def xlsx(sheets):
    """sheets: list of (title, rows)."""
    from openpyxl import Workbook
    wb = Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows:
            ws.append(list(r))
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()

MIME = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "pdf": ("application", "pdf"), "txt": ("text", "plain"), "ics": ("text", "calendar"),
        "jpg": ("image", "jpeg"), "html": ("text", "html")}

def attach(msg, fname, data):
    ext = fname.rsplit(".", 1)[-1].lower()
    mt, st = MIME.get(ext, ("application", "octet-stream"))
    if mt == "text":
        part = MIMEText(data if isinstance(data, str) else data.decode("utf-8"), st, "utf-8")
    else:
        part = MIMEBase(mt, st); part.set_payload(data); encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname)
                    if any(ord(ch) > 127 for ch in fname) else fname)
    msg.attach(part)

def eml(frm, to, subject, date, text=None, html=None, charset="utf-8", files=(), msgid=None,
        headers=(), cc=None):
    """Build a message. text/html bodies; files = [(name, bytes)]."""
    if text is not None and html is not None:
        body = MIMEMultipart("alternative")
        body.attach(MIMEText(text, "plain", charset)); body.attach(MIMEText(html, "html", charset))
    elif html is not None:
        body = MIMEText(html, "html", charset)
    else:
        body = MIMEText(text, "plain", charset)
    if files:
        msg = MIMEMultipart("mixed"); msg.attach(body)
        for n, b in files:
            attach(msg, n, b)
    else:
        msg = body
    msg["From"] = frm; msg["To"] = to
    if cc: msg["Cc"] = cc
    msg["Subject"] = Header(subject, "utf-8").encode() if any(ord(ch) > 127 for ch in subject) else subject
    msg["Date"] = date
    import hashlib
    msg["Message-ID"] = msgid or "<%s.%s>" % (hashlib.md5((subject + date).encode()).hexdigest()[:12], frm.split("@")[-1].strip(">"))
    msg["MIME-Version"] = "1.0"
    for hk, hv in headers:
        msg[hk] = hv
    return msg.as_bytes()

def kk2ru(s):
    """What a cp1251 mail client does to Kazakh letters: nearest Russian letter."""
    return s.translate(str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи"))

def raw_eml(headers, body_bytes):
    """A hand-assembled message (for wrong or missing charset labels)."""
    h = "".join("%s: %s\r\n" % kv for kv in headers)
    return h.encode("ascii") + b"\r\n" + body_bytes

# ================================================================ 1. auto-replies, receipts
def b1():
    # 01 plain Russian out-of-office, quoting our request
    t = """Здравствуйте!

Я нахожусь в ежегодном трудовом отпуске с 11 по 29 января 2027 года, доступ к почте ограничен.
По срочным вопросам прошу обращаться в приёмную департамента: 8 (7172) 74-36-02.

С уважением,
Жаксылыкова Меруерт Болатовна

-----Исходное сообщение-----
От: ЕКЦ <ekc-info@ekc.gov.kz>
Отправлено: 18 января 2027 г. 9:41
Кому: kanc@dsm.gov.kz
Тема: О предоставлении информации по госуслуге 00501019

Просим в течение трех рабочих дней назначить ответственное лицо за представление информации
в Единый контакт-центр по государственной услуге 00501019 «Выдача лицензии на медицинскую
деятельность» и направить заполненную форму (Приложение 1).
"""
    save("01-ooo-ru-quoted.eml",
         eml("Жаксылыкова Меруерт <m.zhaksylykova@dsm.gov.kz>", EKC,
             "Автоматический ответ: О предоставлении информации по госуслуге 00501019",
             "Mon, 18 Jan 2027 09:41:57 +0500", t,
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
         key(d("body", "ru", responsible=None)),
         ctx("minzdrav", [("00501019", "Выдача лицензии на медицинскую деятельность")], "appointment",
             ("ЕКЦ-2027/118", "2027-01-18", "О предоставлении информации по госуслуге 00501019"),
             "Ignore: out-of-office auto-reply of the addressee; the appointment is still awaited."),
         ("other: out-of-office auto-reply", "ru", "eml", "quotes our request with registry number and the word 'ответственное лицо'; a name and phone in the signature"))

    # 02 Kazakh out-of-office, naming a deputy (looks like a responsible change)
    t = """Құрметті хат жіберуші!

Мен 2027 жылғы 1 ақпаннан бастап 14 ақпанға дейін іссапардамын.
Осы кезеңде менің міндеттерімді бас маман Оразбаева Гүлнар Сәкенқызы атқарады,
тел. 8 (7132) 55-19-40, g.orazbayeva@aktobe.gov.kz.

Құрметпен,
Әбілқайыр Нұрлан, мемлекеттік қызметтер секторының меңгерушісі
"""
    save("02-ooo-kk-deputy.eml",
         eml("Abilkaiyr Nurlan <n.abilkaiyr@aktobe.gov.kz>", EKC,
             "Автожауап: Re: Мемлекеттік көрсетілетін қызмет бойынша ақпарат беру туралы",
             "Tue, 02 Feb 2027 11:05:10 +0500", t,
             headers=[("Auto-Submitted", "auto-replied")]),
         key(d("body", "kk", responsible=None, previous_responsible=None)),
         ctx("akm_aktobe", [("00701044", "Прием документов и зачисление в организации дополнительного образования для детей")], "information",
             ("ЕКЦ-2027/166", "2027-01-28", "О представлении информации по Приложению 1"),
             "Ignore: Kazakh auto-reply, the responsible person is on a business trip; a temporary stand-in is not a p.7 replacement."),
         ("other: out-of-office auto-reply", "kk", "eml", "names who 'performs the duties' with phone and e-mail — looks like a responsible change"))

    # 03 bilingual Exchange auto-reply, HTML only
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri;font-size:11pt">
<p><b>Автоматты жауап / Автоматический ответ</b></p>
<p>Сіздің хатыңыз алынды. Мен 2027 жылғы 22 наурызға дейін жұмыста болмаймын.</p>
<p>Ваше письмо получено. Я отсутствую на рабочем месте до 22 марта 2027 года.
Письмо будет рассмотрено после моего возвращения.</p>
<p style="color:#888">Тлеуова Сауле<br>главный эксперт Управления государственных услуг<br>
Комитет миграционной службы МВД РК</p></div></body></html>"""
    save("03-ooo-bilingual-html.eml",
         eml("Тлеуова Сауле <s.tleuova@mvd.gov.kz>", EKC,
             "Автоматический ответ: Протокол обучения по госуслуге 01102003",
             "Fri, 12 Mar 2027 16:20:00 +0500", html=h,
             headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]),
         key(d("body", protocol_date=None)),
         ctx("mvd_mp", [("01102003", "Выдача разрешения иностранцу на временное проживание")], "protocol",
             ("ЕКЦ-2027/402", "2027-03-12", "Протокол обучения по госуслуге 01102003"),
             "Ignore: bilingual Exchange auto-reply to our letter about the protocol; nothing signed has arrived."),
         ("other: out-of-office auto-reply", "kk+ru", "eml (HTML only)", "subject carries 'Протокол обучения' and a registry number"))

    # 04 auto-acknowledgement of the ministry's chancellery, windows-1251
    t = """Уважаемый корреспондент!

Ваше электронное письмо поступило в канцелярию Министерства юстиции Республики Казахстан
и будет зарегистрировано в течение одного рабочего дня.

Обращаем внимание: ответ на письмо направляется в сроки, установленные законодательством.
Электронные письма без подписи ЭЦП регистрируются как информационные.

Это сообщение создано автоматически, отвечать на него не нужно.
"""
    save("04-autoack-chancellery-cp1251.eml",
         eml("Канцелярия МЮ РК <kense@adilet.gov.kz>", EKC,
             "Ваше письмо получено", "Wed, 20 Jan 2027 08:02:31 +0500", t, charset="windows-1251",
             headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
         key(d("body", "ru")),
         ctx("minjust", [("00601021", "Государственная регистрация юридических лиц"),
                         ("00601022", "Государственная регистрация филиалов и представительств")], "appointment",
             ("ЕКЦ-2027/131", "2027-01-19", "О назначении ответственного лица"),
             "Ignore: the chancellery's automatic acknowledgement; the appointment is still awaited."),
         ("other: automatic acknowledgement", "ru", "eml windows-1251", "comes from the agency's own chancellery address right after our request"))

    # 05 delivery status notification: our request bounced
    dsn_text = """This is the mail system at host relay1.ekc.gov.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<a.kasenova@kgd.minfin.gov.kz>: host mx.minfin.gov.kz[10.12.4.20] said:
    550 5.1.1 <a.kasenova@kgd.minfin.gov.kz>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(MIMEText(dsn_text, "plain", "us-ascii"))
    ds = MIMEBase("message", "delivery-status")
    import email as _em
    ds.set_payload([_em.message_from_string("Reporting-MTA: dns; relay1.ekc.gov.kz\nArrival-Date: Thu, 4 Feb 2027 10:11:02 +0500\n\n"),
                    _em.message_from_string("Final-Recipient: rfc822; a.kasenova@kgd.minfin.gov.kz\nAction: failed\nStatus: 5.1.1\n"
                   "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n")])
    m.attach(ds)
    hd = MIMEBase("text", "rfc822-headers")
    hd.set_payload("From: ekc-info@ekc.gov.kz\nTo: a.kasenova@kgd.minfin.gov.kz\n"
                   "Subject: =?utf-8?b?0JfQsNC/0YDQvtGBINC00L7Qv9C+0LvQvdC40YLQtdC70YzQvdC+0Lkg0LjQvdGE0L7RgNC80LDRhtC40Lg=?=\n"
                   "Date: Thu, 4 Feb 2027 10:11:00 +0500\n")
    m.attach(hd)
    m["From"] = "MAILER-DAEMON@relay1.ekc.gov.kz (Mail Delivery System)"
    m["To"] = EKC; m["Subject"] = "Undelivered Mail Returned to Sender"
    m["Date"] = "Thu, 04 Feb 2027 10:11:04 +0500"; m["Auto-Submitted"] = "auto-replied"
    m["Message-ID"] = "<20270204051104.7A1C2E0@relay1.ekc.gov.kz>"
    save("05-dsn-bounce.eml", m.as_bytes(),
         key(d("body")),
         ctx("kgd", [("00401012", "Регистрационный учет налогоплательщиков")], "additional_answer",
             ("ЕКЦ-2027/215", "2027-02-04", "Запрос дополнительной информации"),
             "Do not move the case: our request to the responsible person bounced (user unknown); an operator should find a new address."),
         ("other: delivery failure notice", "en (ru subject encoded)", "eml multipart/report", "bounce of our own request to the responsible person; hints the person left"))

    # 06 read receipt (MDN), Russian Outlook
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(MIMEText("""Ваше сообщение

  Кому: Ергалиев Д.
  Тема: О направлении протокола принятия госуслуги для консультирования
  Отправлено: 09.03.2027 15:02

было прочитано 10.03.2027 9:14.
""", "plain", "utf-8"))
    mdn = MIMEBase("message", "disposition-notification")
    mdn.set_payload("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;d.ergaliev@moa.gov.kz\n"
                    "Original-Message-ID: <a1b2c3@ekc.gov.kz>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(mdn)
    m["From"] = "Ергалиев Данияр <d.ergaliev@moa.gov.kz>"; m["To"] = EKC
    m["Subject"] = Header("Прочитано: О направлении протокола принятия госуслуги для консультирования", "utf-8").encode()
    m["Date"] = "Wed, 10 Mar 2027 09:14:22 +0500"; m["Message-ID"] = "<mdn-77120@moa.gov.kz>"
    save("06-read-receipt-mdn.eml", m.as_bytes(),
         key(d("body", "ru", protocol_date=None)),
         ctx("minselhoz", [("00801007", "Субсидирование стоимости удобрений")], "protocol",
             ("ЕКЦ-2027/377", "2027-03-09", "О направлении протокола принятия госуслуги для консультирования"),
             "Ignore: read receipt only; the signed protocol is still awaited."),
         ("other: read receipt (MDN)", "ru", "eml multipart/report", "subject 'Прочитано: …протокола принятия госуслуги…'"))

    # 07 e-document system delivery notice as a bare text file
    t = """ЕДИНАЯ СИСТЕМА ЭЛЕКТРОННОГО ДОКУМЕНТООБОРОТА ГОСУДАРСТВЕННЫХ ОРГАНОВ
Уведомление о доставке документа

Отправитель:      РГУ «Единый контакт-центр»
Получатель:       Управление здравоохранения Туркестанской области
Исх. документ:    ЕКЦ-2027/240 от 08.02.2027
Краткое содержание: О назначении ответственного лица за представление информации
                    по госуслугам 00502031, 00502044
Статус:           ДОСТАВЛЕН
Дата и время:     08.02.2027 17:46:12
Принят в систему получателя: вх. № 3-12/1877

Уведомление сформировано автоматически и не требует ответа.
"""
    save("07-esedo-delivered.txt", t,
         key(d("07-esedo-delivered.txt", "ru", responsible=None)),
         ctx("akm_turk", [("00502031", "Выдача направления на госпитализацию"), ("00502044", "Прикрепление к медицинской организации")],
             "appointment", ("ЕКЦ-2027/240", "2027-02-08", "О назначении ответственного лица"),
             "Ignore: the document system confirms delivery of our own letter; the appointment is still awaited."),
         ("other: e-document system delivery notice", "ru", "txt", "repeats our subject 'О назначении ответственного лица' and two registry numbers, plus an incoming number"))

    # 08 Kazakh e-document system: registered + resolution with executor
    t = """ЭҚАЖ — Электрондық құжат айналымының бірыңғай жүйесі
ХАБАРЛАМА

Сіздің 2027 жылғы 15.02. № ЕКЦ-2027/262 хатыңыз тіркелді.
Кіріс нөмірі: 04-2/611
Тіркелген күні: 16.02.2027
Бұрыштама: «Мемлекеттік қызметтер бөліміне. Орындау үшін. Мерзімі – 19.02.2027»
Орындаушы: Сүлейменова Ә.Т.
Бақылауда: иә

Бұл хабарлама автоматты түрде жасалды.
"""
    save("08-esedo-registered-kk.txt", t,
         key(d("08-esedo-registered-kk.txt", "kk", responsible=None)),
         ctx("akm_kost", [("00903011", "Выдача ветеринарной справки")], "appointment",
             ("ЕКЦ-2027/262", "2027-02-15", "Жауапты тұлғаны тағайындау туралы"),
             "Ignore: registration and resolution of our letter inside the agency; the executor of the letter is not an appointed responsible person."),
         ("other: e-document system registration notice", "kk", "txt", "names an 'орындаушы' (executor) and a deadline right after our appointment request"))

    # 09 delayed delivery warning, koi8-r plain text
    t = """Это предупреждение о задержке доставки. Повторная попытка будет выполнена автоматически.

Сообщение для  kurylys@kyzylorda.gov.kz  не доставлено в течение 4 часов.
Тема: Уточнение информации по госуслуге 01203009
Сервер получателя не отвечает (421 4.4.2 connection timed out).

Делать ничего не нужно. Система продолжит попытки в течение 5 суток.
"""
    save("09-dsn-delay-koi8.eml",
         eml("Postmaster <postmaster@ekc.gov.kz>", EKC, "Задержка доставки: Уточнение информации по госуслуге 01203009",
             "Mon, 22 Mar 2027 14:30:00 +0500", t, charset="koi8-r",
             headers=[("Auto-Submitted", "auto-generated")]),
         key(d("body", "ru")),
         ctx("akm_kyzyl", [("01203009", "Выдача архитектурно-планировочного задания")], "additional_answer",
             ("ЕКЦ-2027/421", "2027-03-22", "Уточнение информации по госуслуге 01203009"),
             "Ignore: delay warning from our own mail server."),
         ("other: delayed delivery notice", "ru", "eml koi8-r", "our subject with a registry number"))

    # 10 bilingual out-of-office that says the person changed jobs
    t = """Добрый день!
Сообщаю, что с 1 апреля 2027 года я переведена на другую должность и больше не работаю в отделе лицензирования.
Адрес почты будет отключён 30 апреля.

Сәлеметсіз бе!
2027 жылғы 1 сәуірден бастап басқа лауазымға ауыстырылдым.

Кенжебаева Айгерим
"""
    save("10-ooo-moved-bilingual.eml",
         eml("Kenzhebayeva Aigerim <a.kenzhebayeva@zhambyl.gov.kz>", EKC,
             "Автоответ: RE: Изменения в стандарт госуслуги 00302027",
             "Thu, 08 Apr 2027 10:00:01 +0500", t,
             headers=[("Auto-Submitted", "auto-replied")]),
         key(d("body", "ru", responsible=None, previous_responsible=None)),
         ctx("akm_zhambyl", [("00302027", "Выдача лицензии на занятие деятельностью по сбору лома цветных и черных металлов")], "consulting",
             ("ЕКЦ-2027/488", "2027-04-07", "Изменения в стандарт госуслуги 00302027"),
             "Do not apply: auto-reply that the addressee moved to another post; no new responsible person named — operator may ask the agency for a p.7 notice."),
         ("other: auto-reply, the addressee changed jobs", "ru+kk", "eml", "tells that the responsible person left but names nobody new; a word-spotter may call it a responsible change"))
b1()
# ================================================================ 2. invitations
def b2():
    # 11 seminar invitation with PDF programme
    prog = pdf(["ПРОГРАММА",
                "республиканского семинара-совещания «Качество оказания государственных услуг: итоги 2026 года»",
                "г. Астана, пр. Мәңгілік Ел, 8, Дом министерств, зал заседаний 4-го подъезда",
                "25 февраля 2027 года",
                "",
                "09:30 – 10:00  Регистрация участников",
                "10:00 – 10:20  Вступительное слово вице-министра труда и социальной защиты населения",
                "10:20 – 10:50  Об изменениях стандартов государственных услуг в сфере социальной защиты (Омарова Д.Е.)",
                "10:50 – 11:20  Опыт работы Единого контакт-центра 1414: типичные вопросы граждан (представитель ЕКЦ)",
                "11:20 – 11:40  Кофе-брейк",
                "11:40 – 12:30  Назначение ответственных лиц и порядок подписания протоколов: практика регионов",
                "12:30 – 13:00  Вопросы и ответы, подведение итогов",
                "",
                "Контактное лицо по организационным вопросам: Бекмағамбетова Ләззат, 8 (7172) 74-31-18"], bold_first=2)
    t = """Уважаемые коллеги!

Министерство труда и социальной защиты населения Республики Казахстан приглашает представителя
Единого контакт-центра принять участие в республиканском семинаре-совещании
«Качество оказания государственных услуг: итоги 2026 года», который состоится 25 февраля 2027 года в 10:00.

Просим до 20 февраля сообщить Ф.И.О. и должность участника (1-2 человека) по адресу
l.bekmagambetova@enbek.gov.kz.

Программа прилагается.

С уважением,
Департамент государственных услуг
"""
    save("11-invite-seminar-pdf.eml",
         eml("Департамент госуслуг МТСЗН <info@enbek.gov.kz>", EKC,
             "Приглашение на семинар-совещание 25.02.2027", "Mon, 08 Feb 2027 12:14:00 +0500", t,
             files=[("Программа семинара.pdf", prog)]),
         key(d("body", "ru"), d("Программа семинара.pdf", "ru", protocol_date=None)),
         ctx("mintrud", [("00201014", "Назначение государственного пособия по уходу за ребенком"),
                         ("00201022", "Назначение пособия матери или отцу, воспитывающему ребенка-инвалида")], "information",
             ("ЕКЦ-2027/201", "2027-02-01", "О предоставлении информации по госуслугам"),
             "Ignore for the case: an invitation to a seminar; the Appendix 1 information is still awaited."),
         ("other: seminar invitation + programme", "ru", "eml + PDF", "programme lists 'назначение ответственных лиц', 'протоколов', 'изменения стандартов', the contact centre"))

    # 12 Kazakh conference invitation, HTML webmail
    h = """<div dir="ltr"><p>Құрметті әріптестер!</p>
<p>Қазақстан Республикасы Ауыл шаруашылығы министрлігі 2027 жылғы 18 наурызда сағат 15:00-де
<b>«Агроөнеркәсіптік кешендегі мемлекеттік қызметтерді цифрландыру»</b> тақырыбындағы
республикалық онлайн-конференцияға қатысуға шақырады.</p>
<p>Конференцияда субсидиялау бойынша мемлекеттік көрсетілетін қызметтер стандарттарына енгізілген өзгерістер,
Бірыңғай байланыс орталығымен өзара іс-қимыл мәселелері талқыланады.</p>
<p>Қосылу сілтемесі: <a href="https://meet.gov.kz/j/5512093">meet.gov.kz/j/5512093</a>, кіру коды: 4417</p>
<p>Құрметпен,<br>Мемлекеттік қызметтерді цифрландыру басқармасы</p></div>"""
    save("12-invite-conference-kk-html.eml",
         eml("Digital Agro <mail@moa.gov.kz>", EKC, "Онлайн-конференцияға шақыру",
             "Thu, 11 Mar 2027 17:40:00 +0500", html=h),
         key(d("body", "kk")),
         ctx("minselhoz", [("00801007", "Субсидирование стоимости удобрений"), ("00801015", "Субсидирование развития племенного животноводства")],
             "consulting", None,
             "Ignore: an invitation to an online conference; it mentions changes to standards but gives none."),
         ("other: conference invitation", "kk", "eml HTML only", "speaks of changes to the standards of subsidy services and of the contact centre"))

    # 13 training for agency staff, DOCX letter
    dx = docx([("r", "Исх. № 07-14/322 от 03.03.2027"),
               ("cb", "Руководителям отделов образования районов и городов областного значения"),
               "О проведении обучающего семинара",
               "Управление образования Актюбинской области сообщает, что 12 марта 2027 года в 10:00 в актовом зале управления "
               "(г. Актобе, пр. Абилкайыр хана, 40) проводится обучение специалистов, ответственных за оказание государственных "
               "услуг «Прием документов и зачисление в организации дополнительного образования для детей» (реестровый № 00701044) и "
               "«Выдача дубликатов документов об основном среднем, общем среднем образовании» (реестровый № 00701009).",
               "На обучении будут рассмотрены изменения, внесенные в стандарты указанных услуг приказом Министра просвещения РК "
               "от 14 января 2027 года № 9, а также типичные ошибки при внесении данных в ИС «Мониторинг».",
               "Просим обеспечить явку ответственных специалистов. По итогам обучения будет составлен протокол с листом регистрации участников.",
               "",
               "Руководитель управления                                   Б. Жангабылов",
               "Исп.: Мусина Т.К., 8 (7132) 55-20-13"])
    t = "Добрый день. Направляем для сведения письмо о семинаре для специалистов районов.\n\nКанцелярия УО"
    save("13-training-agency-staff.eml",
         eml("УО Актюбинской обл. <uo@aktobe.gov.kz>", EKC, "Для сведения: обучающий семинар 12.03",
             "Thu, 04 Mar 2027 09:21:40 +0500", t, files=[("О семинаре 07-14-322.docx", dx)]),
         key(d("body", "ru"), d("О семинаре 07-14-322.docx", "ru", protocol_date=None, responsible=None)),
         ctx("akm_aktobe", [("00701044", "Прием документов и зачисление в организации дополнительного образования для детей"),
                            ("00701009", "Выдача дубликатов документов об основном среднем, общем среднем образовании")], "protocol",
             ("ЕКЦ-2027/318", "2027-02-24", "О проведении обучения и подписании протокола"),
             "Ignore: training of the agency's own district staff (not of the contact centre); the protocol is still awaited."),
         ("other: invitation to a training for agency staff", "ru", "eml + DOCX", "registry numbers, a new standard-changing order, 'обучение', 'протокол' — but the trainees are district staff"))

    # 14 webinar invitation from a commercial training centre (bulk, Outlook HTML)
    h = """<html><body style="font-family:Arial"><table width="600"><tr><td style="background:#0a4a8a;color:#fff;padding:12px">
<h2>ВЕБИНАР: Государственные услуги 2027 — что изменилось?</h2></td></tr>
<tr><td style="padding:12px"><p>Уважаемые государственные служащие!</p>
<p>Учебный центр «Кәсіби Даму» приглашает на вебинар для <b>ответственных за оказание госуслуг</b>:</p>
<ul><li>новые стандарты и утрата силы регламентов;</li><li>как назначить ответственное лицо и не получить замечание Агентства;</li>
<li>жалобы услугополучателей: досудебный порядок;</li><li>взаимодействие с Единым контакт-центром 1414.</li></ul>
<p>Дата: 30 марта 2027, 11:00 (Астана). Стоимость участия: 35 000 тенге, сертификат на 16 часов.</p>
<p><a href="https://kasibi-damu.kz/webinar">Зарегистрироваться</a></p>
<p style="font-size:9px;color:#999">Вы получили это письмо, так как ваш адрес есть в открытых источниках. Отписаться: unsubscribe@kasibi-damu.kz</p>
</td></tr></table></body></html>"""
    save("14-webinar-commercial-html.eml",
         eml("Кәсіби Даму <news@kasibi-damu.kz>", EKC, "Вебинар: госуслуги 2027 — новые стандарты, ответственные лица, ЕКЦ",
             "Tue, 16 Mar 2027 07:00:00 +0600", html=h, headers=[("List-Unsubscribe", "<mailto:unsubscribe@kasibi-damu.kz>"), ("Precedence", "bulk")]),
         key(d("body", "ru", responsible=None)),
         ctx("kgd", [("00401012", "Регистрационный учет налогоплательщиков")], "information",
             ("ЕКЦ-2027/390", "2027-03-10", "О предоставлении информации"),
             "Ignore: commercial mass mailing advertising a webinar."),
         ("other: paid webinar advertising", "ru", "eml HTML only", "bullets: new standards, 'назначить ответственное лицо', contact centre 1414"))

    # 15 invitation to a working-group meeting with an .ics
    t = """Коллеги, добрый день!

Приглашаем на заседание рабочей группы по оптимизации государственных услуг в сфере земельных отношений.
Дата: 6 апреля 2027 г., 14:30, каб. 512 (ул. Желтоксан, 2).
Повестка:
1. Перевод услуги 00603006 «Выдача решения на изменение целевого назначения земельного участка» в проактивный формат.
2. Предложения в проект изменений в стандарт.
3. Разное.

От ЕКЦ просим направить одного сотрудника, знакомого с обращениями граждан по этой услуге.

Жанар Тулегенова
секретарь рабочей группы
"""
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270406T093000Z
DTEND:20270406T110000Z
SUMMARY:Рабочая группа по земельным госуслугам
LOCATION:каб. 512
ORGANIZER:mailto:zh.tulegenova@shymkent.gov.kz
END:VEVENT
END:VCALENDAR
"""
    save("15-invite-working-group-ics.eml",
         eml("Тулегенова Жанар <zh.tulegenova@shymkent.gov.kz>", EKC, "Рабочая группа 06.04.2027",
             "Wed, 31 Mar 2027 18:02:11 +0500", t, files=[("invite.ics", ics)]),
         key(d("body", "ru")),
         ctx("akm_shym", [("00603006", "Выдача решения на изменение целевого назначения земельного участка")], "additional_answer",
             ("ЕКЦ-2027/455", "2027-03-25", "Запрос дополнительной информации по госуслуге 00603006"),
             "Ignore: invitation to a working group; the additional answer is still awaited."),
         ("other: meeting invitation with calendar file", "ru", "eml + ICS", "the very registry number we asked about; 'проект изменений в стандарт'"))
b2()

# ================================================================ 3. newsletters, legal digests
def b3():
    # 16 legal digest listing changed standards, HTML newsletter
    h = """<html><body><h3>Дайджест законодательства № 7 (15–21 февраля 2027 г.)</h3>
<p>Подготовлено Юридическим департаментом для структурных подразделений и подведомственных организаций.</p>
<table border="1" cellpadding="4"><tr><th>Акт</th><th>Суть изменения</th><th>Вступает в силу</th></tr>
<tr><td>Приказ Министра юстиции РК от 16.02.2027 № 118</td><td>Внесены изменения в стандарт государственной услуги «Государственная регистрация юридических лиц» (00601021): сокращён срок до 1 рабочего дня</td><td>06.03.2027</td></tr>
<tr><td>Приказ Министра юстиции РК от 18.02.2027 № 131</td><td>Утратил силу регламент апостилирования архивных справок</td><td>05.03.2027</td></tr>
<tr><td>Закон РК от 19.02.2027 № 87-VIII</td><td>О внесении изменений по вопросам нотариата</td><td>01.05.2027</td></tr></table>
<p>Тексты актов — в ИПС «Әділет». Рассылка не является официальным уведомлением.</p></body></html>"""
    save("16-legal-digest-html.eml",
         eml("Юрдепартамент МЮ (рассылка) <digest@adilet.gov.kz>", EKC, "Дайджест законодательства № 7",
             "Mon, 22 Feb 2027 08:30:00 +0500", html=h, headers=[("Precedence", "list"), ("List-Id", "<digest.adilet.gov.kz>")]),
         key(d("body", "ru", change_date=None)),
         ctx("minjust", [("00601021", "Государственная регистрация юридических лиц")], "consulting", None,
             "Do not apply as a change notice: a mailing-list digest; an operator may note it and wait for the responsible person's p.6 notice."),
         ("other: legal digest newsletter", "ru", "eml HTML table", "names a registry number, an amending order and the date it takes effect — reads like a change notice"))

    # 17 Kazakh legal digest as PDF (e-doc system)
    p = pdf(["«ӘДІЛЕТ» АҚПАРАТТЫҚ-ҚҰҚЫҚТЫҚ ЖҮЙЕСІ",
             "Апталық шолу: 2027 жылғы 1–7 наурыз",
             "",
             "1. Қазақстан Республикасы Денсаулық сақтау министрінің 2027 жылғы 2 наурыздағы № ҚР ДСМ-21 бұйрығы",
             "«Медициналық қызметке лицензия беру» мемлекеттік көрсетілетін қызмет стандартына өзгерістер енгізу туралы.",
             "Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 33410 болып тіркелді.",
             "",
             "2. Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 4 наурыздағы № 77 бұйрығы",
             "Әлеуметтік төлемдер тағайындау қағидаларына өзгерістер туралы. Тізілімде № 33425.",
             "",
             "3. Қазақстан Республикасы Үкіметінің 2027 жылғы 5 наурыздағы № 140 қаулысы",
             "Мемлекеттік көрсетілетін қызметтер тізіліміне өзгерістер енгізу туралы.",
             "",
             "Шолу анықтамалық сипатта. Ресми мәтіндер: adilet.zan.kz"], bold_first=2)
    save("17-digest-kk.pdf", p,
         key(d("17-digest-kk.pdf", "kk", change_date=None)),
         ctx("minzdrav", [("00501019", "Выдача лицензии на медицинскую деятельность")], "consulting", None,
             "Do not apply: a weekly legal review from an information service, not the agency's notice of change."),
         ("other: weekly legal review", "kk", "PDF", "amending order of a service's standard with register number and date"))

    # 18 internal newsletter of an akimat, DOCX
    dx = docx([("cb", "ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ"),
               ("c", "аппарата акима Махамбетского района • март 2027 • № 3"),
               ("b", "Новости"),
               "В районе открыт второй фронт-офис ЦОН в с. Сарайшык. Часы приёма — с 9:00 до 18:00 без перерыва.",
               "Сельские округа перешли на приём заявлений на оформление земельных участков под ИЖС через портал eGov.",
               ("b", "Кадры"),
               "Главным специалистом отдела по оказанию государственных услуг назначена Утегенова Асель Маратовна. "
               "Поздравляем коллегу и желаем успехов!",
               "На заслуженный отдых вышел Ермеков Кайрат Бакытжанович, более 30 лет проработавший в аппарате акима.",
               ("b", "Цифры месяца"),
               "Оказано 2 114 государственных услуг, из них 91 % — в электронном виде. Через Единый контакт-центр 1414 "
               "поступило 37 обращений жителей района.",
               ("b", "Поздравляем"),
               "С днём рождения бухгалтера Нургалиеву Д. и водителя Садыкова Е.!"])
    save("18-bulletin-akimat.docx", dx,
         key(d("18-bulletin-akimat.docx", "ru", responsible=None, previous_responsible=None)),
         ctx("akm_atyrau_rn", [("00603011", "Выдача решения на предоставление земельного участка под ИЖС")], "appointment",
             ("ЕКЦ-2027/402", "2027-03-09", "О назначении ответственного лица"),
             "Ignore: internal bulletin; the staff news is not an appointment of the person responsible for correspondence with the contact centre."),
         ("other: internal newsletter", "ru", "DOCX", "'назначена … главным специалистом отдела по оказанию госуслуг' and a retiree — reads like an appointment/replacement while an appointment is awaited"))

    # 19 XLSX list of amended acts from a ministry's legal department
    x = xlsx([("Перечень", [
        ["Перечень НПА, принятых в I квартале 2027 года (для сведения подразделений)"],
        [],
        ["№", "Вид и реквизиты акта", "Наименование", "Рег. № в Реестре НПА", "Дата введения"],
        [1, "Приказ МСХ РК от 11.01.2027 № 4", "О внесении изменений в приказ № 45 «Об утверждении Правил субсидирования стоимости удобрений»", "33112", "26.01.2027"],
        [2, "Приказ МСХ РК от 02.02.2027 № 31", "О внесении изменений в стандарт услуги «Субсидирование развития племенного животноводства»", "33240", "20.02.2027"],
        [3, "Приказ МСХ РК от 19.03.2027 № 88", "Об утверждении Правил ведения ветеринарного учёта", "33501", "03.04.2027"],
        [],
        ["Составил: Юридический департамент, Нугманов Е."]])])
    save("19-npa-list.xlsx", x,
         key(d("19-npa-list.xlsx", "ru")),
         ctx("minselhoz", [("00801007", "Субсидирование стоимости удобрений"), ("00801015", "Субсидирование развития племенного животноводства")],
             "consulting", None,
             "Do not apply: a quarterly list of adopted acts for internal use; no registry numbers of services, not a p.6 notice."),
         ("other: list of adopted legal acts", "ru", "XLSX", "a table with amending orders and effective dates; a 'Составил' line like an executor"))

    # 20 newsletter of the Agency for civil service, plain text, wrong charset label (cp1251 bytes labelled utf-8? -> labelled iso-8859-1)
    body = """АГЕНТСТВО РК ПО ДЕЛАМ ГОСУДАРСТВЕННОЙ СЛУЖБЫ
Новости для госорганов, выпуск 12/2027

* Утверждён рейтинг госорганов по качеству оказания госуслуг за 2026 год.
* Изменены требования к назначению лиц, ответственных за контроль качества госуслуг в госорганах.
* Обновлён перечень услуг, переведённых в проактивный формат.
* Напоминаем: отчёты о внутреннем контроле качества сдаются до 10 числа.

Подробно: www.gov.kz/memleket/entities/ads
Не отвечайте на это письмо.
""".encode("cp1251")
    save("20-newsletter-wrong-charset.eml",
         raw_eml([("From", "ADS news <news@ads.gov.kz>"), ("To", EKC), ("Subject", Header("Новости для госорганов, выпуск 12/2027", "windows-1251").encode()),
                  ("Date", "Fri, 26 Mar 2027 10:00:00 +0500"), ("Message-ID", "<news-12-2027@ads.gov.kz>"),
                  ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=iso-8859-1"), ("Content-Transfer-Encoding", "8bit"),
                  ("Precedence", "bulk")], body),
         key(d("body", "ru", responsible=None)),
         ctx("kzk", [("00603001", "Выдача земельно-кадастрового плана")], "appointment",
             ("ЕКЦ-2027/430", "2027-03-19", "О назначении ответственного лица"),
             "Ignore: a newsletter of another agency."),
         ("other: newsletter of another agency", "ru", "eml, cp1251 bytes labelled iso-8859-1", "wrong charset label; 'назначению лиц, ответственных' in the text"))
b3()
# ================================================================ 4. minutes of ordinary meetings
def b4():
    # 21 minutes of a working group, DOCX, mentions contact centre and responsible persons
    dx = docx([("cb", "ПРОТОКОЛ"),
               ("c", "заседания рабочей группы по повышению качества оказания государственных услуг"),
               ("c", "Управления здравоохранения Туркестанской области"),
               "г. Туркестан                                                                  19 февраля 2027 года № 2",
               "Председательствовал: заместитель руководителя управления Абдуалиев Н.С.",
               "Присутствовали: члены рабочей группы (список прилагается), представитель филиала НАО «Правительство для граждан».",
               ("b", "1. О жалобах услугополучателей за январь 2027 года"),
               "Слушали: Иманбекову Д.Ж. — поступило 14 жалоб, из них 9 через Единый контакт-центр 1414, "
               "большинство — по услуге 00502044 «Прикрепление к медицинской организации».",
               "Решили: 1.1. Главным врачам районных поликлиник провести разъяснительную работу с регистраторами (срок — до 1 марта).",
               ("b", "2. О закреплении ответственных"),
               "Решили: 2.1. Назначить ответственным за свод отчётности по жалобам главного специалиста Кулымбетова Ерболата Азаматовича.",
               "2.2. Ответственным за размещение информации о госуслугах на интернет-ресурсе управления определить ведущего специалиста Сапарову Л.Т.",
               ("b", "3. Разное"),
               "Следующее заседание провести в мае 2027 года.",
               "",
               "Председатель                              Н. Абдуалиев",
               "Секретарь                                 Д. Иманбекова"])
    save("21-minutes-working-group.docx", dx,
         key(d("21-minutes-working-group.docx", "ru", protocol_date=None, responsible=None)),
         ctx("akm_turk", [("00502044", "Прикрепление к медицинской организации")], "appointment",
             ("ЕКЦ-2027/240", "2027-02-08", "О назначении ответственного лица"),
             "Ignore: minutes of the agency's own working group; the persons named there are responsible for complaint reports and the website, not for correspondence with the contact centre."),
         ("other: minutes of a working group", "ru", "DOCX", "'ПРОТОКОЛ', a date and number, '1414', a registry number, 'Назначить ответственным …' — while an appointment is awaited"))

    # 22 Kazakh minutes of a meeting (хаттама) as PDF
    p = pdf(["ХАТТАМА",
             "Қостанай облысы ветеринария басқармасының аппараттық кеңесінің отырысы",
             "Қостанай қ.                                               2027 жылғы 3 наурыз № 5",
             "",
             "Төрағалық етті: басқарма басшысы Жұмабеков Т.А.",
             "Қатысқандар: бөлім басшылары, аудандық ветеринариялық станциялардың директорлары.",
             "",
             "Күн тәртібі:",
             "1. Көктемгі эпизоотияға қарсы іс-шаралардың барысы туралы.",
             "2. «Ветеринариялық анықтама беру» (00903011) мемлекеттік көрсетілетін қызметін көрсету сапасы туралы.",
             "",
             "Екінші мәселе бойынша тыңдалды: Бекова С.Қ. – 2027 жылдың екі айында 4 112 анықтама берілді, оның ішінде",
             "мерзімін бұзу фактілері – 3. Бірыңғай байланыс орталығынан 2 сұрау келіп түсті.",
             "Шешті: аудандық станциялар директорлары мерзімдердің сақталуын жеке бақылауға алсын.",
             "",
             "Төраға                                               Т. Жұмабеков",
             "Хатшы                                                А. Сейітова"], bold_first=1)
    save("22-minutes-kk.pdf", p,
         key(d("22-minutes-kk.pdf", "kk", protocol_date=None)),
         ctx("akm_kost", [("00903011", "Выдача ветеринарной справки")], "protocol",
             ("ЕКЦ-2027/350", "2027-02-26", "Хаттамаға қол қою туралы"),
             "Ignore: minutes of the agency's board meeting (хаттама) — not the protocol of the contact centre's training."),
         ("other: minutes of an internal meeting", "kk", "PDF", "'ХАТТАМА' with date and number, the awaited registry number, the contact centre"))

    # 23 minutes of the public council, sent by mail with DOCX, covering note bilingual
    dx = docx([("cb", "Протокол № 1"),
               ("c", "заседания Общественного совета по вопросам деятельности Министерства культуры и информации"),
               "Дата проведения: 28 января 2027 года. Место: г. Астана, ул. Мангилик Ел, 8, конференц-зал.",
               "Присутствовали 11 из 15 членов совета; от министерства — ответственный секретарь Омаров А.С.",
               "Повестка дня:",
               "1. Об итогах оказания государственных услуг в сфере архивного дела за 2026 год.",
               "2. О проекте стандарта государственной услуги «Выдача архивных справок» в новой редакции.",
               "По первому вопросу выступила Кадырова М.Е. Отмечено, что 62 % обращений граждан в Единый контакт-центр по услугам министерства касаются архивных справок.",
               "Решение: рекомендовать министерству учесть замечания членов совета при доработке проекта стандарта; "
               "включить в состав рабочей группы члена совета Ахметжанова Б.Б.",
               "Голосовали: «за» — 11, «против» — нет.",
               "Председатель Общественного совета                                     Г. Сәрсенбаева"])
    t = """Құрметті әріптестер!
Қоғамдық кеңес отырысының хаттамасын мәлімет үшін жолдаймыз.

Уважаемые коллеги, направляем для сведения протокол заседания Общественного совета.

--
Секретариат Общественного совета МКИ
"""
    save("23-public-council-minutes.eml",
         eml("Секретариат ОС <kanc@mci.gov.kz>", EKC, "Протокол заседания Общественного совета № 1",
             "Tue, 02 Feb 2027 15:33:08 +0500", t, files=[("Протокол ОС №1 28.01.2027.docx", dx)]),
         key(d("body"), d("Протокол ОС №1 28.01.2027.docx", "ru", protocol_date=None)),
         ctx("mincult", [("00703004", "Выдача архивных справок")], "protocol",
             ("ЕКЦ-2027/190", "2027-01-27", "О подписании протокола принятия госуслуги для консультирования"),
             "Ignore: minutes of the public council sent for information; the training protocol is still awaited."),
         ("other: public council minutes", "kk+ru covering note, ru attachment", "eml + DOCX", "'Протокол № 1' with a date, 'Единый контакт-центр', a standard being redrafted"))

    # 24 internal training protocol of agency staff (not the contact centre's)
    dx = docx([("cb", "ПРОТОКОЛ ОБУЧЕНИЯ"),
               ("c", "специалистов отделов занятости и социальных программ районов"),
               "г. Усть-Каменогорск                                                                         15.03.2027",
               "Обучение провела: главный специалист Управления координации занятости и социальных программ ВКО "
               "Есімова Жанар Талғатқызы.",
               "Тема: порядок оказания государственных услуг по реестровым номерам 00203005 «Назначение жилищной помощи» "
               "и 00203011 «Оформление документов на социальное обеспечение сирот».",
               "Обучение прошли:",
               ("t", [["№", "Ф.И.О.", "Должность, район", "Подпись"],
                      ["1", "Қалиев Бауыржан", "главный специалист, Глубоковский район", ""],
                      ["2", "Токтарова Ирина Владимировна", "ведущий специалист, Зыряновский район", ""],
                      ["3", "Мукашева Алия Ерлановна", "главный специалист, г. Риддер", ""],
                      ["4", "Шепель Олег Николаевич", "специалист, Шемонаихинский район", ""]]),
               "Обучение проведено в полном объёме, вопросов нет.",
               "Подпись проводившего обучение ___________ Ж. Есімова"])
    save("24-internal-training-protocol.docx", dx,
         key(d("24-internal-training-protocol.docx", "ru", protocol_date=None)),
         ctx("akm_vko", [("00203005", "Назначение жилищной помощи"), ("00203011", "Оформление документов на социальное обеспечение сирот")],
             "protocol", ("ЕКЦ-2027/388", "2027-03-05", "О проведении обучения сотрудников ЕКЦ"),
             "Ignore: protocol of training the agency's own district staff — the contact centre's staff were not trained and nothing was accepted for consulting; our protocol is still awaited."),
         ("other: protocol of internal staff training", "ru", "DOCX", "title 'ПРОТОКОЛ ОБУЧЕНИЯ', a date, both awaited registry numbers, table of trainees — very close to a p.8 protocol"))

    # 25 minutes of a meeting at the akimat (plain text letter body, e-mail)
    t = """ВЫПИСКА ИЗ ПРОТОКОЛА
совещания у заместителя акима Карагандинской области Сейтжанова Г.К.
от 10 марта 2027 года № 14-ЗА

Присутствовали: руководители управлений архитектуры, строительства, земельных отношений, ГУ «ЦОН».

Слушали: О сроках выдачи исходно-разрешительной документации.

Поручено:
1. Управлению архитектуры и градостроительства (Ким В.) в срок до 1 апреля 2027 г. сократить сроки выдачи
   архитектурно-планировочного задания до 10 рабочих дней, не дожидаясь изменения стандарта.
2. Назначить в управлении ответственного сотрудника для ежедневной сверки заявлений с порталом eGov.
3. Информацию об исполнении представить в аппарат акима области до 5 апреля.

Верно: главный специалист отдела контроля Абенова Д.
"""
    save("25-protocol-extract-akimat.eml",
         eml("Управление архитектуры КарО <uag@karaganda.gov.kz>", EKC, "выписка из протокола",
             "Fri, 12 Mar 2027 11:48:00 +0500", t),
         key(d("body", "ru", protocol_date=None, responsible=None)),
         ctx("akm_karaganda", [("01202002", "Выдача архитектурно-планировочного задания")], "protocol",
             ("ЕКЦ-2027/360", "2027-03-01", "О подписании протокола"),
             "Ignore: an extract from the minutes of a meeting at the akimat; the training protocol is still awaited."),
         ("other: extract from the minutes of an akimat meeting", "ru", "eml", "subject 'выписка из протокола', date+number, 'назначить ответственного', standard change mentioned"))

    # 26 minutes of a video meeting on the contact centre's own statistics, PDF with a table-like layout
    p = pdf(["Министерство юстиции Республики Казахстан",
             "ПРОТОКОЛ",
             "видеосовещания с территориальными департаментами юстиции",
             "22 февраля 2027 года                                              г. Астана",
             "",
             "Повестка: анализ обращений граждан в Единый контакт-центр 1414 по услугам регистрации юридических лиц.",
             "",
             "Выступил: Есентаев Б.К. — за январь поступило 1 208 звонков, из них 312 — о сроках регистрации филиалов",
             "(00601022). Ответы операторов ЕКЦ соответствуют стандарту; претензий к консультированию нет.",
             "",
             "РЕШИЛИ:",
             "1. Департаментам юстиции областей обеспечить актуальность сведений о часах приёма на сайтах.",
             "2. Ответственным за мониторинг обращений в ЕКЦ по министерству определить Управление госуслуг (Есентаев Б.К.).",
             "3. Протокол довести до сведения территориальных органов.",
             "",
             "Секретарь совещания: Абдыкадырова Ж."], bold_first=2)
    save("26-minutes-videomeeting.pdf", p,
         key(d("26-minutes-videomeeting.pdf", "ru", protocol_date=None, responsible=None)),
         ctx("minjust", [("00601021", "Государственная регистрация юридических лиц"), ("00601022", "Государственная регистрация филиалов и представительств")],
             "consulting", None,
             "Ignore: minutes of the ministry's video meeting; the services are already consulted on, nothing in our case changes."),
         ("other: minutes of a video meeting", "ru", "PDF", "'ПРОТОКОЛ', '1414', 'Ответственным … определить …' with a name"))
b4()
# ================================================================ 5. greetings, congratulations, thanks
def b5():
    # 27 Nauryz greetings in Kazakh, HTML with image-ish layout
    h = """<html><body style="text-align:center;font-family:'Times New Roman'">
<p style="font-size:20pt;color:#1a7a3a">Наурыз мейрамы құтты болсын!</p>
<p>Құрметті Бірыңғай байланыс орталығының ұжымы!</p>
<p>Сіздерді ұлыстың ұлы күні – Наурыз мейрамымен шын жүректен құттықтаймын!<br>
Жаңару мен жаңғырудың мерекесі әр шаңыраққа береке, бірлік пен ырыс әкелсін.<br>
Мемлекеттік қызметтер бойынша азаматтарға көрсетіп жүрген кеңестеріңіз үшін алғыс айтамын.</p>
<p>Ізгі ниетпен,<br><b>Солтанбек Қайрат</b><br>Алматы облысының дін істері басқармасының басшысы</p></body></html>"""
    save("27-nauryz-greeting-kk.eml",
         eml("Дін істері басқармасы <din@almobl.gov.kz>", EKC, "Наурыз мейрамымен!", "Fri, 19 Mar 2027 17:05:00 +0500", html=h),
         key(d("body", "kk", responsible=None)),
         ctx("akm_almobl", [("01601003", "Регистрация религиозных объединений")], "appointment",
             ("ЕКЦ-2027/412", "2027-03-16", "Жауапты тұлғаны тағайындау туралы"),
             "Ignore: holiday greeting from the head of the agency; the appointment is still awaited."),
         ("other: Nauryz greeting", "kk", "eml HTML only", "a signed name and position, thanks for 'консультирование' while an appointment is awaited"))

    # 28 New Year congratulations as DOCX on letterhead (e-doc system)
    dx = docx([("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ТРАНСПОРТ МИНИСТРЛІГІ / МИНИСТЕРСТВО ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН"),
               ("r", "№ 01-08/5512 от 28.12.2026"),
               ("b", "Руководителю РГУ «Единый контакт-центр»"),
               "Уважаемые коллеги!",
               "От имени Министерства транспорта Республики Казахстан сердечно поздравляю вас с наступающим Новым 2027 годом!",
               "Уходящий год был насыщенным: совместными усилиями мы приняли для консультирования 14 государственных услуг "
               "в сфере транспорта, провели обучение операторов и подписали протоколы по всем из них. Благодарю за оперативность "
               "и профессионализм ваших сотрудников.",
               "Желаю крепкого здоровья, благополучия и новых успехов!",
               "",
               "С уважением,",
               "Вице-министр                                                                       А. Тасболатов"])
    save("28-newyear-letter.docx", dx,
         key(d("28-newyear-letter.docx", "ru", protocol_date=None)),
         ctx("mintrans", [("00302044", "Выдача удостоверения на право управления самоходным маломерным судном")], "protocol",
             ("ЕКЦ-2026/2210", "2026-12-18", "О подписании протокола по госуслуге 00302044"),
             "Ignore: New Year congratulations; it mentions signed protocols in general, not the one awaited."),
         ("other: New Year congratulations", "ru (kk in the letterhead)", "DOCX", "letterhead with outgoing number; 'подписали протоколы', 'приняли для консультирования'"))

    # 29 thanks for the consultations, plain text, Independence Day, bilingual
    t = """Уважаемые сотрудники Единого контакт-центра!

Поздравляем вас с Днём Независимости Республики Казахстан!
Тәуелсіздік күні құтты болсын!

Отдельно благодарим операторов линии 1414 Байжанову Гульмиру и Оспанова Руслана за вежливые и точные консультации
жителей области по субсидиям для фермеров. Поступившие к нам благодарности граждан прилагать не стали,
но передаём их вам.

С уважением,
коллектив Управления сельского хозяйства и земельных отношений СКО
"""
    save("29-thanks-independence-day.txt", t,
         key(d("29-thanks-independence-day.txt", "ru", responsible=None)),
         ctx("akm_sko", [("00801015", "Субсидирование развития племенного животноводства")], "consulting", None,
             "Ignore: congratulations and thanks to named operators; nothing to change."),
         ("other: holiday greeting and thanks", "ru (one kk line)", "txt", "names two people (operators of the centre) as if responsible persons"))

    # 30 official thank-you letter from a CSC for joint training, PDF
    p = pdf(["НАО «Государственная корпорация «Правительство для граждан»",
             "Филиал по Павлодарской области",
             "Исх. № 14-02/207 от 05.04.2027",
             "",
             "Руководителю Единого контакт-центра",
             "",
             "БЛАГОДАРСТВЕННОЕ ПИСЬМО",
             "",
             "Филиал выражает благодарность специалистам Единого контакт-центра за участие в совместном обучении",
             "операторов ЦОН по государственным услугам в сфере архивного дела, проведённом 31 марта 2027 года",
             "Управлением культуры, архивов и документации Павлодарской области.",
             "Обмен опытом помог снизить число ошибочных консультаций по услуге «Выдача архивных справок».",
             "",
             "Директор филиала                                             М. Ыскаков"])
    save("30-thanks-letter-training.pdf", p,
         key(d("30-thanks-letter-training.pdf", "ru", protocol_date=None)),
         ctx("akm_pavl", [("00703004", "Выдача архивных справок")], "protocol",
             ("ЕКЦ-2027/446", "2027-03-24", "О подписании протокола принятия госуслуги для консультирования"),
             "Ignore: a thank-you letter from a service centre about a joint training; the signed protocol is still awaited."),
         ("other: thank-you letter", "ru", "PDF", "a training on the awaited service took place on a stated date — a reader could infer the protocol"))

    # 31 Day of the civil servant greeting + reply-all chatter, iPhone
    t = """С праздником, коллеги! С Днём государственного служащего!
Спасибо за совместную работу в этом году — и по протоколам, и по обновлению стандартов 🙂

Отправлено с iPhone

> 23 июня 2027 г., в 09:02, ЕКЦ <ekc-info@ekc.gov.kz> написал(а):
>
> Уважаемые коллеги! Поздравляем с Днём государственного служащего Республики Казахстан!
"""
    save("31-civil-servant-day-iphone.eml",
         eml("Мамырбаева Дина <d.mamyrbayeva@transport.gov.kz>", EKC, "Re: С Днём государственного служащего!",
             "Wed, 23 Jun 2027 09:40:12 +0500", t),
         key(d("body", "ru", protocol_date=None)),
         ctx("mintrans", [("00302044", "Выдача удостоверения на право управления самоходным маломерным судном")], "additional_answer",
             ("ЕКЦ-2027/760", "2027-06-15", "Запрос дополнительной информации по госуслуге 00302044"),
             "Ignore: a reply to our greeting, not to our request; the additional answer is still awaited."),
         ("other: reply to a holiday greeting", "ru", "eml, quoted", "is a 'Re:' from the responsible person herself; mentions protocols and standards"))

    # 32 condolence? no — birthday congratulations to the centre's head, KK+RU, windows-1251
    t = """Құрметті Ержан Болатұлы!

Сізді мерейлі 50 жасқа толған туған күніңізбен шын жүректен құттықтаймыз!

Уважаемый Ержан Болатович! Примите искренние поздравления с юбилеем!
Желаем крепкого здоровья, долгих лет жизни и дальнейших успехов в работе на благо граждан.

С уважением,
руководство и коллектив Управления предпринимательства и индустриально-инновационного развития акимата Жамбылской области
"""
    save("32-birthday-bilingual-cp1251.eml",
         eml("УПИИР Жамбыл <upiir@zhambyl.gov.kz>", EKC, "Поздравление", "Mon, 17 May 2027 10:10:10 +0500", kk2ru(t), charset="windows-1251"),
         key(d("body", responsible=None)),
         ctx("akm_zhambyl", [("00302027", "Выдача лицензии на занятие деятельностью по сбору лома цветных и черных металлов")], "information",
             ("ЕКЦ-2027/600", "2027-05-11", "О представлении информации по Приложению 1"),
             "Ignore: birthday congratulations to the centre's head."),
         ("other: birthday congratulations", "kk+ru", "eml windows-1251 (Kazakh letters flattened to Russian ones)", "a full name with patronymic in the greeting; comes from an agency that owes us Appendix 1"))
b5()
# ================================================================ 6. questions about our request
def b6():
    # 33 "уточните форму" — reply to our request, quoting it
    t = """Добрый день!

По вашему запросу исх. № ЕКЦ-2027/141 от 12.01.2027 просим уточнить, по какой форме представлять сведения.
В приложенной к запросу таблице 8 граф, а в Правилах взаимодействия, которые есть у нас, графа 6 называется
«Изменения нормативных правовых актов» — нужно перечислять все изменения с момента утверждения стандарта
или только за последний год? И в графе 8 указывать одного ответственного на все три услуги или по каждой отдельно?

После вашего ответа заполним и направим.

С уважением,
Сарсенбаев Дамир Кайратович
главный эксперт Управления регистрационной службы
Министерство юстиции РК
тел. 8 (7172) 74-09-61

________________________________
From: ekc-info@ekc.gov.kz
Sent: Tuesday, January 12, 2027 4:15 PM
Subject: О предоставлении информации по госуслугам 00601021, 00601022, 00601030

> Просим заполнить форму (Приложение 1 к Правилам) по государственным услугам 00601021, 00601022, 00601030 ...
"""
    save("33-question-form-columns.eml",
         eml("Сарсенбаев Дамир <d.sarsenbayev@adilet.gov.kz>", EKC,
             "RE: О предоставлении информации по госуслугам 00601021, 00601022, 00601030",
             "Thu, 14 Jan 2027 10:31:09 +0500", t, msgid="<a7120e@adilet.gov.kz>",
             headers=[("In-Reply-To", "<ekc-2027-141@ekc.gov.kz>")]),
         key(d("body", "ru", responsible=None)),
         ctx("minjust", [("00601021", "Государственная регистрация юридических лиц"), ("00601022", "Государственная регистрация филиалов и представительств"),
                         ("00601030", "Государственная регистрация прав на недвижимое имущество")], "information",
             ("ЕКЦ-2027/141", "2027-01-12", "О предоставлении информации по госуслугам 00601021, 00601022, 00601030"),
             "Do not move the case: the agency asks how to fill the form; an operator should answer the question."),
         ("other: question about our request", "ru", "eml reply with quote", "'RE:' to our request from a named specialist with phone; column names of the form; three registry numbers"))

    # 34 "просим продлить срок" — official letter as DOCX via e-doc system
    dx = docx([("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҚАРЖЫ МИНИСТРЛІГІНІҢ МЕМЛЕКЕТТІК КІРІСТЕР КОМИТЕТІ"),
               ("c", "КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН"),
               ("r", "Исх. № КГД-05-2/1190 от 10.02.2027"),
               ("b", "РГУ «Единый контакт-центр»"),
               "На № ЕКЦ-2027/215 от 04.02.2027",
               "Комитет государственных доходов, рассмотрев Ваш запрос о представлении дополнительной информации по государственной "
               "услуге «Регистрационный учет налогоплательщиков» (реестровый номер 00401012), сообщает следующее.",
               "В связи с вступлением в силу с 1 марта 2027 года изменений в Налоговый кодекс в части регистрационного учета "
               "и проводимой в настоящее время переработкой стандарта указанной услуги просим продлить срок представления "
               "информации до 15 марта 2027 года.",
               "Информация будет направлена ответственным лицом дополнительно.",
               "",
               "Заместитель Председателя                                                                 Б. Жетпісбаев",
               "",
               "Исп. Қасенова А.Е., тел. 71-82-40"])
    save("34-request-extend-deadline.docx", dx,
         key(d("34-request-extend-deadline.docx", "ru", refusal_reason=None, change_date=None)),
         ctx("kgd", [("00401012", "Регистрационный учет налогоплательщиков")], "additional_answer",
             ("ЕКЦ-2027/215", "2027-02-04", "Запрос дополнительной информации"),
             "Do not move the case: the agency asks to extend the deadline to 2027-03-15; an operator should decide and note the new term."),
         ("other: request to extend the deadline", "ru (kk letterhead)", "DOCX", "official reply to our number; 'переработка стандарта', 'изменения в Налоговый кодекс' with a date; not a refusal, not a change"))

    # 35 "в какой срок" — short, Kazakh
    t = """Сәлеметсіз бе!
Сіздердің 2027 жылғы 3 наурыздағы хаттарыңыз бойынша сұрақ: жауапты тұлғаны тағайындау туралы бұйрықты
қай мерзімге дейін жіберуіміз керек? Жұмыс күндерімен бе, әлде күнтізбелік күндермен бе?
Рахмет.

Нұрымбетова Ә.
"""
    save("35-question-deadline-kk.eml",
         eml("Nurymbetova A. <a.nurymbetova@kostanay.gov.kz>", EKC, "Re: Жауапты тұлғаны тағайындау туралы",
             "Fri, 05 Mar 2027 12:12:12 +0500", t),
         key(d("body", "kk", responsible=None)),
         ctx("akm_kost", [("00903011", "Выдача ветеринарной справки"), ("00903018", "Выдача ветеринарного паспорта на животное")], "appointment",
             ("ЕКЦ-2027/341", "2027-03-03", "Жауапты тұлғаны тағайындау туралы"),
             "Do not move the case: the agency asks by when the appointment is due; an operator should reply (three working days, p.5)."),
         ("other: question about the deadline", "kk", "eml", "subject 'Re: Жауапты тұлғаны тағайындау туралы' from a person who may become the responsible one"))

    # 36 ask to resend the form in Word, HTML webmail, reply
    h = """<div>Здравствуйте.<br><br>Форма Приложения 1 пришла у нас в PDF и не редактируется.
Пришлите, пожалуйста, в формате Word или Excel — заполним по всем пяти услугам и отправим.<br><br>
Также уточните: ответственного назначать приказом или достаточно письма за подписью руководителя?<br><br>
--<br>Серикбаева Лаура, отдел контроля качества госуслуг<br>Управление жилищной политики г. Астаны<br>+7 701 555 42 18</div>
<blockquote style="border-left:1px solid #ccc;padding-left:6px">Просим назначить ответственное лицо и представить информацию по форме согласно Приложению 1.</blockquote>"""
    save("36-question-send-word.eml",
         eml("Серикбаева Лаура <l.serikbayeva@astana.gov.kz>", EKC, "Re: Запрос ЕКЦ-2027/512", "Mon, 19 Apr 2027 15:47:02 +0500", html=h),
         key(d("body", "ru", responsible=None)),
         ctx("akm_astana", [("01301005", "Постановка на учет граждан, нуждающихся в жилище"), ("01301007", "Предоставление жилища из коммунального жилищного фонда")],
             "appointment", ("ЕКЦ-2027/512", "2027-04-14", "О назначении ответственного лица и представлении информации"),
             "Do not move the case: the agency asks for an editable form and how to appoint; the sender is not appointed by this letter."),
         ("other: request for an editable form", "ru", "eml HTML only", "name, department and mobile in the signature; quotes our 'назначить ответственное лицо'"))

    # 37 question: is this service ours? (asks, does not decline), txt
    t = """Исх. № 03-11/840 от 22.03.2027

Единый контакт-центр

На Ваш запрос от 17.03.2027 № ЕКЦ-2027/437

Управление строительства Кызылординской области просит разъяснить, на каком основании запрос по государственной
услуге 01203009 «Выдача архитектурно-планировочного задания» направлен в адрес управления строительства.
По нашим сведениям, с 1 января 2027 года функции по указанной услуге переданы в управление архитектуры и
градостроительства области (постановление акимата от 20.12.2026 № 311). Просим подтвердить актуальность запроса
или сообщить, в какой части от нас требуется информация. До получения разъяснений исполнение запроса приостановлено.

Руководитель управления                                 Н. Әбдіхалықов
"""
    save("37-question-which-agency.txt", t,
         key(d("37-question-which-agency.txt", "ru", refusal_reason=None, refusal_ground=None)),
         ctx("akm_kyzyl", [("01203009", "Выдача архитектурно-планировочного задания")], "additional_answer",
             ("ЕКЦ-2027/437", "2027-03-17", "Запрос дополнительной информации по госуслуге 01203009"),
             "Do not move the case: the agency questions whether the request is addressed to it and asks us to confirm; it does not decline. An operator should check the addressee."),
         ("other: query about the addressee", "ru", "txt", "hints 'not our competence' with a resolution's number, 'исполнение приостановлено' — yet asks, does not refuse"))

    # 38 question about the training date and format, bilingual, with our letter quoted below
    t = """Добрый день! / Қайырлы күн!

Относительно обучения сотрудников ЕКЦ по услуге 01601003: подскажите, пожалуйста, удобно ли провести его
онлайн (Zoom) 14 или 15 апреля? Сколько операторов будет? Протокол затем подпишем ЭЦП или на бумаге?

Оқытуды онлайн өткізуге бола ма? Хаттамаға ЭЦҚ арқылы қол қоюға болады ма?

Жақсылықов Бекзат
бас маман, Алматы облысының дін істері басқармасы

-----Original Message-----
From: ЕКЦ
Sent: 05.04.2027
Subject: О проведении обучения
Просим в срок не позднее десяти рабочих дней провести обучение ответственного сотрудника ЕКЦ ...
"""
    save("38-question-training-format.eml",
         eml("Zhaksylykov Bekzat <b.zhaksylykov@almobl.gov.kz>", EKC, "RE: О проведении обучения", "Thu, 08 Apr 2027 09:55:33 +0500", t),
         key(d("body", "ru", protocol_date=None)),
         ctx("akm_almobl", [("01601003", "Регистрация религиозных объединений")], "protocol",
             ("ЕКЦ-2027/466", "2027-04-05", "О проведении обучения"),
             "Do not move the case: the agency proposes training dates and asks about the format; no protocol yet."),
         ("other: question about training arrangements", "ru+kk", "eml", "registry number, 'протокол', 'хаттама', two future dates"))

    # 39 question about our request sent to the wrong person, Outlook HTML+text
    txt = """Коллеги, ваше письмо о назначении ответственного лица пришло мне лично, но я работаю в отделе кадров.
Переслать его в отдел государственных услуг или вы направите сами через канцелярию? Подскажите, как правильно.

Жумагалиева Роза
"""
    h = "<p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
    save("39-question-wrong-addressee.eml",
         eml("Жумагалиева Роза <r.zhumagaliyeva@enbek.gov.kz>", EKC, "RE: О назначении ответственного лица",
             "Tue, 26 Jan 2027 14:08:00 +0500", txt, html=h),
         key(d("body", "ru", responsible=None)),
         ctx("mintrud", [("00201014", "Назначение государственного пособия по уходу за ребенком")], "appointment",
             ("ЕКЦ-2027/170", "2027-01-22", "О назначении ответственного лица"),
             "Do not move the case: our request reached an HR officer who asks where to forward it; an operator should re-send it through the chancellery."),
         ("other: misdirected-request question", "ru", "eml multipart/alternative", "'отдел кадров', 'назначении ответственного лица' in the subject, a named sender"))

    # 40 question: which services are meant, XLSX with their own list attached
    x = xlsx([("Услуги", [["Реестровый №", "Наименование (по нашим данным)", "Комментарий"],
                          ["00603001", "Выдача земельно-кадастрового плана", "есть в запросе"],
                          ["00603004", "Выдача идентификационного документа на земельный участок", "есть в запросе"],
                          ["00603006", "Выдача решения на изменение целевого назначения", "в запросе нет, но оказываем мы — нужно ли?"],
                          ["00603009", "Согласование землеустроительного проекта", "в реестре другой номер? уточнить"]])])
    t = """Здравствуйте!
В запросе указаны две услуги, а фактически Комитет оказывает четыре по этому направлению (список во вложении).
Подтвердите, пожалуйста, по каким именно нужно заполнять Приложение 1 — тогда назначим ответственного и направим форму.

Ахметкалиева Индира
Комитет по земельным ресурсам МСХ РК
"""
    save("40-question-which-services.eml",
         eml("Ахметкалиева Индира <i.akhmetkaliyeva@moa.gov.kz>", EKC, "Вопрос по запросу ЕКЦ-2027/430",
             "Mon, 22 Mar 2027 11:15:00 +0500", t, files=[("перечень услуг.xlsx", x)]),
         key(d("body", "ru", responsible=None), d("перечень услуг.xlsx", "ru")),
         ctx("kzk", [("00603001", "Выдача земельно-кадастрового плана"), ("00603004", "Выдача идентификационного документа на земельный участок")],
             "appointment", ("ЕКЦ-2027/430", "2027-03-19", "О назначении ответственного лица"),
             "Do not move the case: a question about which services the request covers; the attached list is not Appendix 1."),
         ("other: question with a list of services", "ru", "eml + XLSX", "XLSX with registry numbers and service names in columns, like a form; 'назначим ответственного'"))
b6()

# ================================================================ 7. promises to answer later
def b7():
    # 41 promise after legal approval, Russian, short
    t = """Уважаемые коллеги!
Ваш запрос получен. Информация по форме Приложения 1 в настоящее время согласовывается с Юридическим департаментом
и будет направлена до 26 февраля 2027 года. Ответственное лицо будет определено приказом руководителя аппарата.

Канцелярия Министерства здравоохранения РК
"""
    save("41-promise-after-approval.eml",
         eml("kanc@dsm.gov.kz", EKC, "О запросе ЕКЦ-2027/222", "Fri, 19 Feb 2027 16:55:00 +0500", t),
         key(d("body", "ru", responsible=None)),
         ctx("minzdrav", [("00501019", "Выдача лицензии на медицинскую деятельность"), ("00501027", "Выдача сертификата специалиста в области здравоохранения")],
             "information", ("ЕКЦ-2027/222", "2027-02-16", "О предоставлении информации по форме Приложения 1"),
             "Do not move the case: a promise to send the information by 2027-02-26; an operator may note the date."),
         ("other: promise to answer later", "ru", "eml", "'Информация по форме Приложения 1', 'Ответственное лицо будет определено' with a date"))

    # 42 Kazakh promise, PDF letter
    p = pdf(["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЭКОЛОГИЯ ЖӘНЕ ТАБИҒИ РЕСУРСТАР МИНИСТРЛІГІ",
             "2027 жылғы 9 сәуір № 04-17/2281",
             "",
             "«Бірыңғай байланыс орталығы» РММ",
             "",
             "2027 жылғы 2 сәуірдегі № ЕКЦ-2027/470 хатқа",
             "",
             "Министрлік «Қоршаған ортаға эмиссияларға рұқсат беру» (тізілімдегі № 01001017) мемлекеттік көрсетілетін",
             "қызметі бойынша қосымша ақпарат беру туралы хатыңызды қарап, мынаны хабарлайды.",
             "Сұралған мәліметтер қазіргі уақытта аумақтық департаменттерден жиналуда. Толық жауап 2027 жылғы",
             "23 сәуірге дейін жауапты тұлға арқылы жіберіледі.",
             "",
             "Вице-министр                                                                 Д. Әлімбаев"], bold_first=1)
    save("42-promise-kk.pdf", p,
         key(d("42-promise-kk.pdf", "kk", refusal_reason=None)),
         ctx("minecol", [("01001017", "Выдача разрешения на эмиссии в окружающую среду")], "additional_answer",
             ("ЕКЦ-2027/470", "2027-04-02", "Қосымша ақпарат беру туралы"),
             "Do not move the case: the ministry promises the full answer by 2027-04-23."),
         ("other: promise to answer later", "kk", "PDF", "official reply with numbers, registry number, 'жауапты тұлға' — but only a promise"))

    # 43 promise: responsible person will be appointed after an order is signed; names a candidate
    t = """Добрый вечер.

Сообщаю, что приказ о назначении ответственного лица за взаимодействие с ЕКЦ находится на подписании у руководителя.
Предварительно это будет главный специалист Даулетова Камила Муратовна, но окончательно — после подписания приказа,
ориентировочно в понедельник. Официальное письмо направим сразу.

Алибеков Серик
руководитель отдела
"""
    save("43-promise-candidate-named.eml",
         eml("Алибеков Серик <s.alibekov@almaty.gov.kz>", EKC, "Re: О назначении ответственного", "Thu, 06 May 2027 18:22:47 +0500", t),
         key(d("body", "ru", responsible=None, previous_responsible=None)),
         ctx("akm_almaty", [("00301113", "Выдача лицензии на туроператорскую деятельность")], "appointment",
             ("ЕКЦ-2027/577", "2027-05-03", "О назначении ответственного лица"),
             "Do not move the case: the appointment is still being signed; the named candidate is provisional. Wait for the official letter."),
         ("other: promise, provisional candidate", "ru", "eml", "a full name with patronymic and a position 'будет' — the hardest near-appointment"))

    # 44 promise: "answer is being prepared", DOCX with outgoing number, bilingual header
    dx = docx([("c", "БАТЫС ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ТАБИҒИ РЕСУРСТАР ЖӘНЕ ТАБИҒАТ ПАЙДАЛАНУДЫ РЕТТЕУ БАСҚАРМАСЫ"),
               ("c", "УПРАВЛЕНИЕ ПРИРОДНЫХ РЕСУРСОВ И РЕГУЛИРОВАНИЯ ПРИРОДОПОЛЬЗОВАНИЯ ЗАПАДНО-КАЗАХСТАНСКОЙ ОБЛАСТИ"),
               "№ 02-09/418                                                                 12.05.2027",
               "Единый контакт-центр",
               "Управление сообщает, что ответ на Ваш запрос о представлении информации по государственным услугам "
               "01001021 и 01001024 находится в стадии подготовки. В связи с передачей части функций в Министерство экологии "
               "информация о стандартах и регламентах будет уточнена и направлена в срок до 20 мая 2027 года.",
               "Приносим извинения за задержку.",
               "Руководитель                                                                Ж. Мұқашев"])
    save("44-promise-docx.docx", dx,
         key(d("44-promise-docx.docx", "ru", change_date=None)),
         ctx("akm_zko", [("01001021", "Выдача разрешения на специальное водопользование"), ("01001024", "Выдача разрешения на пользование животным миром")],
             "information", ("ЕКЦ-2027/560", "2027-04-28", "О представлении информации по Приложению 1"),
             "Do not move the case: the answer is promised by 2027-05-20."),
         ("other: promise to answer later", "ru (kk+ru letterhead)", "DOCX", "talks of standards and regulations 'будет уточнена' and of functions moved — sounds like a change"))

    # 45 promise + apology, txt as saved from a webmail (no patronymic, bad line breaks)
    t = """Тема: Re: протокол
Дата: 24.03.2027 17:03
От: Касымова Гаухар <g.kassymova@shymkent.gov.kz>

Коллеги извините за задержку, протокол по 00603006 подготовили но руководитель на больничном, подпишет как
выйдет — примерно 29-30 марта. Скан пришлём сразу. Сам протокол в проекте,
дата в нём будет по факту подписания.
"""
    save("45-promise-protocol-unsigned.txt", t,
         key(d("45-promise-protocol-unsigned.txt", "ru", protocol_date=None)),
         ctx("akm_shym", [("00603006", "Выдача решения на изменение целевого назначения земельного участка")], "protocol",
             ("ЕКЦ-2027/420", "2027-03-15", "О подписании протокола"),
             "Do not move the case: the protocol is not signed yet (expected around 2027-03-29/30)."),
         ("other: promise — protocol not signed yet", "ru", "txt (saved mail)", "'протокол по 00603006 подготовили' with dates around; only the signature is missing"))
b7()
# ================================================================ 8. e-document system notices
def b8():
    # 46 registration refused by the e-doc system (our letter returned), HTML notification
    h = """<html><body><table style="font:10pt Tahoma;border:1px solid #999"><tr><td colspan=2 style="background:#dde"><b>ЕСЭДО: уведомление об отклонении регистрации</b></td></tr>
<tr><td>Документ</td><td>ЕКЦ-2027/530 от 21.04.2027 «О представлении информации по госуслуге 00302027»</td></tr>
<tr><td>Получатель</td><td>Управление предпринимательства и ИИР акимата Жамбылской области</td></tr>
<tr><td>Статус</td><td style="color:red">ОТКЛОНЁН</td></tr>
<tr><td>Причина отклонения</td><td>Не соответствует адресату / неверно указан корреспондент</td></tr>
<tr><td>Оператор</td><td>Абдрахманова С.</td></tr><tr><td>Дата</td><td>22.04.2027 10:03</td></tr></table>
<p style="font:8pt Tahoma;color:#777">Сообщение сформировано системой автоматически.</p></body></html>"""
    save("46-esedo-rejected-html.eml",
         eml("ESEDO <noreply@esedo.gov.kz>", EKC, "ЕСЭДО: документ ЕКЦ-2027/530 отклонён", "Thu, 22 Apr 2027 10:03:40 +0500", html=h,
             headers=[("Auto-Submitted", "auto-generated")]),
         key(d("body", "ru", refusal_reason=None, refusal_ground=None)),
         ctx("akm_zhambyl", [("00302027", "Выдача лицензии на занятие деятельностью по сбору лома цветных и черных металлов")], "information",
             ("ЕКЦ-2027/530", "2027-04-21", "О представлении информации по госуслуге 00302027"),
             "Do not move the case: the document system rejected the registration of our letter (wrong addressee); an operator should re-send. This is not the agency's refusal."),
         ("other: e-document system rejection", "ru", "eml HTML table", "'ОТКЛОНЁН', 'Причина отклонения', 'Не соответствует адресату' — reads like a refusal on not_competent"))

    # 47 e-doc system: control card of the incoming document (xlsx export)
    x = xlsx([("Карточка", [["Регистрационная карточка входящего документа"],
                            ["Вх. №", "5-14/2290"], ["Дата регистрации", "12.05.2027"],
                            ["Корреспондент", "РГУ «Единый контакт-центр»"], ["Исх. № корреспондента", "ЕКЦ-2027/577 от 03.05.2027"],
                            ["Краткое содержание", "О назначении ответственного лица по госуслуге 00301113"],
                            ["Резолюция", "Алибеков С.М. — подготовить ответ"], ["Исполнитель", "Даулетова К.М."],
                            ["Срок", "17.05.2027"], ["Состояние", "на исполнении"]])])
    save("47-esedo-card.xlsx", x,
         key(d("47-esedo-card.xlsx", "ru", responsible=None)),
         ctx("akm_almaty", [("00301113", "Выдача лицензии на туроператорскую деятельность")], "appointment",
             ("ЕКЦ-2027/577", "2027-05-03", "О назначении ответственного лица"),
             "Ignore: an export of the agency's registration card for our letter; the executor of the letter is not appointed by it."),
         ("other: e-document registration card", "ru", "XLSX (field | value)", "two-column 'field | value' sheet like a turned form; 'Исполнитель' with a name; our subject"))

    # 48 Kazakh+Russian system notice of a signature check (PDF)
    p = pdf(["Электрондық құжат айналымы жүйесі / Система электронного документооборота",
             "ЭЦҚ ТЕКСЕРУ НӘТИЖЕСІ / РЕЗУЛЬТАТ ПРОВЕРКИ ЭЦП",
             "",
             "Құжат / Документ: исх. № 01-08/744 от 17.03.2027",
             "Қол қоюшы / Подписант: ӘЛІМЖАНОВ АРМАН (ИИН 8103**********)",
             "Сертификат: НУЦ РК, действителен до 14.11.2027",
             "Нәтиже / Результат: ПОДПИСЬ ВЕРНА",
             "",
             "Бұл парақ құжаттың өзі емес. / Этот лист не является самим документом."], bold_first=2)
    save("48-signature-check-sheet.pdf", p,
         key(d("48-signature-check-sheet.pdf")),
         ctx("mincult", [("00703004", "Выдача архивных справок")], "protocol",
             ("ЕКЦ-2027/380", "2027-03-10", "О подписании протокола"),
             "Ignore on its own: a signature-check sheet without the document itself; an operator may ask for the signed protocol."),
         ("other: signature-check sheet", "kk+ru", "PDF", "a signer, an outgoing number and a date; 'ПОДПИСЬ ВЕРНА' while a signed protocol is awaited"))
b8()

# ================================================================ 9. another service / another agency's staff
def b9():
    # 49 change of the reception phone (not a p.6 field), letter in body
    t = """Уважаемые коллеги!

Сообщаем, что с 1 марта 2027 года изменился номер телефона приёмной Управления ветеринарии акимата Костанайской области:
новый номер 8 (7142) 50-11-90 (прежний 8 (7142) 53-40-12 отключён). Адрес и график работы не изменились.
Просим учесть при консультировании граждан по общим вопросам.

Канцелярия
"""
    save("49-reception-phone-changed.eml",
         eml("Управление ветеринарии <vet@kostanay.gov.kz>", EKC, "Об изменении телефона приёмной", "Mon, 01 Mar 2027 09:00:00 +0500", t),
         key(d("body", "ru", responsible=None, change_date=None)),
         ctx("akm_kost", [("00903011", "Выдача ветеринарной справки")], "consulting", None,
             "Ignore for the case: a change of the reception phone is not one of the Appendix 1 fields and not a responsible person's contact; an operator may update the reference card."),
         ("other: reception phone changed", "ru", "eml", "'сообщаем, что с 1 марта 2027 года изменился' + old and new phones — a change-notice shape"))

    # 50 new head of the department appointed (not responsible for correspondence), KK/RU
    t = """Құрметті әріптестер!
2027 жылғы 15 ақпаннан бастап Павлодар облысының мәдениет, архивтер және құжаттама басқармасының басшысы
болып Ыдырысов Ерлан Қанатұлы тағайындалғанын хабарлаймыз.

Уважаемые коллеги!
Сообщаем, что с 15 февраля 2027 года руководителем Управления культуры, архивов и документации Павлодарской области
назначен Ыдырысов Ерлан Канатович (ранее — заместитель акима г. Экибастуза). Прежний руководитель
Сагинтаев М.Б. освобождён в связи с переходом на другую работу.

Приёмная: 8 (7182) 32-15-01
"""
    save("50-new-head-appointed.eml",
         eml("madeniet@pavlodar.gov.kz", EKC, "О назначении руководителя управления", "Tue, 16 Feb 2027 12:00:00 +0500", t),
         key(d("body", responsible=None, previous_responsible=None)),
         ctx("akm_pavl", [("00703004", "Выдача архивных справок")], "consulting", None,
             "Ignore: the head of the agency changed; the responsible person for correspondence with the contact centre is not replaced by this letter."),
         ("other: new head of the agency", "kk+ru", "eml", "'назначен … прежний … освобождён' with a date — the exact shape of a p.7 replacement, but for the head"))

    # 51 letter about another agency's staff: staff of CSC branch
    p = pdf(["НАО «Правительство для граждан» — Филиал по Мангистауской области",
             "Исх. № 12-05/118 от 11.02.2027",
             "Руководителям местных исполнительных органов; копия — Единый контакт-центр",
             "",
             "О закреплении кураторов",
             "",
             "В целях оперативного решения вопросов при оказании государственных услуг через ЦОН за каждым",
             "управлением закреплены кураторы филиала:",
             "– Управление пассажирского транспорта и автомобильных дорог: Жолдасов Бекбол Нурланович, тел. 8 (7292) 30-44-10;",
             "– Управление земельных отношений: Кабдешева Инкар, тел. 8 (7292) 30-44-17;",
             "– Управление образования: Ли Оксана Сергеевна, тел. 8 (7292) 30-44-22.",
             "",
             "Директор филиала                                                   А. Тажибаев"])
    save("51-csc-curators.pdf", p,
         key(d("51-csc-curators.pdf", "ru", responsible=None)),
         ctx("akm_mang", [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "appointment",
             ("ЕКЦ-2027/230", "2027-02-05", "О назначении ответственного лица"),
             "Ignore: a service-centre branch names its own curators for agencies (copied to us); the agency's appointment is still awaited."),
         ("other: another organisation's staff list", "ru", "PDF", "names, phones and 'закреплены' for the very agency awaited — an appointment look-alike"))

    # 52 letter about another service, not in our case
    t = """Исх. № 3-1/2034 от 25.02.2027

В Единый контакт-центр

Министерство здравоохранения сообщает, что государственная услуга «Выдача разрешения на ввоз в Республику Казахстан
незарегистрированных лекарственных средств» (00501041) с 1 марта 2027 года оказывается исключительно в электронном виде
через портал «электронного правительства». Прием бумажных заявлений прекращается.

Просим довести информацию до операторов.

Директор Департамента лекарственной политики                              Т. Бектұрғанова
"""
    save("52-other-service-info.txt", t,
         key(d("52-other-service-info.txt", "ru", change_date=None)),
         ctx("minzdrav", [("00501019", "Выдача лицензии на медицинскую деятельность")], "information",
             ("ЕКЦ-2027/222", "2027-02-16", "О предоставлении информации по форме Приложения 1"),
             "Do not apply to this case: information about another service (00501041) that is not in this request; an operator may pass it to the knowledge base team."),
         ("other: information about another service", "ru", "txt", "an official letter from the same agency with a registry number and a date of change, but for a different service"))

    # 53 letter naming a person responsible for open data (other duty)
    t = """Добрый день!

Во исполнение письма Министерства цифрового развития сообщаем, что ответственным за публикацию открытых данных
и наборов на портале data.egov.kz в Управлении жилищной политики г. Астаны назначен
главный специалист отдела информатизации Оспанов Нурсултан Ермекович, тел. 8 (7172) 55-63-20, n.ospanov@astana.gov.kz.

Письмо направлено в ЕКЦ ошибочно вместо МЦРИАП — просим не учитывать / переслать адресату.
"""
    save("53-open-data-responsible.eml",
         eml("tp@astana.gov.kz", EKC, "Об ответственном лице", "Wed, 21 Apr 2027 10:20:00 +0500", t),
         key(d("body", "ru", responsible=None, previous_responsible=None)),
         ctx("akm_astana", [("01301005", "Постановка на учет граждан, нуждающихся в жилище"), ("01301007", "Предоставление жилища из коммунального жилищного фонда")],
             "appointment", ("ЕКЦ-2027/512", "2027-04-14", "О назначении ответственного лица и представлении информации"),
             "Do not apply: the person is responsible for open data, and the letter says itself it was sent to us by mistake; our appointment is still awaited."),
         ("other: responsible person for another duty", "ru", "eml", "subject 'Об ответственном лице', full name, position, phone, e-mail — a near-perfect appointment, but for open data"))

    # 54 letter of another agency about its staff training in our centre? -> visit of specialists
    t = """Уважаемые коллеги!

Комитет миграционной службы просит согласовать посещение Единого контакт-центра 2 группами сотрудников
департаментов полиции областей (по 5 человек) 20 и 21 апреля 2027 года с целью ознакомления с организацией
работы операторов. Списки сотрудников прилагаются в письме ниже:

1 группа: Сағындықов Арман, Ким Денис, Жанәбілова Айнур, Пак Виктория, Әлиев Рустам
2 группа: Бейсенова Гүлім, Шарипов Тимур, Ни Ольга, Омаров Данияр, Қайыржан Мадина

Контактное лицо: Тлеуова С., 8 (7172) 71-25-33
"""
    save("54-visit-request-staff-list.eml",
         eml("КМС МВД <kms@mvd.gov.kz>", EKC, "О посещении ЕКЦ", "Mon, 12 Apr 2027 15:00:00 +0500", t),
         key(d("body", "ru", responsible=None)),
         ctx("mvd_mp", [("01102003", "Выдача разрешения иностранцу на временное проживание")], "protocol",
             ("ЕКЦ-2027/402", "2027-03-12", "Протокол обучения по госуслуге 01102003"),
             "Do not move the case: a request to visit the contact centre; the protocol is still awaited."),
         ("other: visit request with a staff list", "ru", "eml", "a contact person and lists of names while a protocol is awaited"))
b9()

# ================================================================ 10. orders on staff appointments for other duties
def b10():
    # 55 order: responsible for records management (делопроизводство), DOCX
    dx = docx([("cb", "ПРИКАЗ"),
               ("c", "руководителя Управления земельных отношений города Шымкента"),
               "от 4 марта 2027 года                                                                       № 41-ө",
               ("b", "О назначении ответственного за ведение делопроизводства"),
               "В соответствии с Правилами документирования и управления документацией в государственных органах ПРИКАЗЫВАЮ:",
               "1. Назначить ответственным за ведение делопроизводства и работу в Единой системе электронного документооборота "
               "ведущего специалиста Абдуллаеву Мадину Ержановну.",
               "2. Признать утратившим силу приказ от 12 января 2026 года № 7-ө «О назначении ответственного за делопроизводство».",
               "3. Контроль за исполнением настоящего приказа оставляю за собой.",
               "",
               "Руководитель                                                                     Т. Жақыпов",
               "С приказом ознакомлена: ________ Абдуллаева М.Е."])
    save("55-order-records-management.docx", dx,
         key(d("55-order-records-management.docx", "ru", responsible=None, previous_responsible=None, effective_date=None)),
         ctx("akm_shym", [("00603006", "Выдача решения на изменение целевого назначения земельного участка")], "appointment",
             ("ЕКЦ-2027/331", "2027-03-01", "О назначении ответственного лица"),
             "Ignore: an order appointing a clerk for records management, not the person responsible for the contact centre; appointment still awaited."),
         ("other: order, appointment for another duty", "ru", "DOCX", "'ПРИКАЗ … Назначить ответственным …' with full name in accusative and a previous order cancelled"))

    # 56 Kazakh order: responsible for anti-corruption, PDF
    p = pdf(["БҰЙРЫҚ",
             "Түркістан облысының денсаулық сақтау басқармасы",
             "2027 жылғы 18 қаңтар                                                          № 12-ж",
             "",
             "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі жауапты тұлғаны тағайындау туралы",
             "",
             "БҰЙЫРАМЫН:",
             "1. Басқарманың сыбайлас жемқорлыққа қарсы іс-қимыл мәселелері жөніндегі жауапты тұлғасы болып",
             "заң бөлімінің бас маманы Тоқтарова Айдана Серікқызы тағайындалсын.",
             "2. Басқарманың 2025 жылғы 3 наурыздағы № 31-ж бұйрығының күші жойылды деп танылсын.",
             "3. Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.",
             "",
             "Басшы                                                                          Е. Сәрсенов"], bold_first=1)
    save("56-order-anticorruption-kk.pdf", p,
         key(d("56-order-anticorruption-kk.pdf", "kk", responsible=None, previous_responsible=None)),
         ctx("akm_turk", [("00502031", "Выдача направления на госпитализацию"), ("00502044", "Прикрепление к медицинской организации")],
             "appointment", ("ЕКЦ-2027/240", "2027-02-08", "О назначении ответственного лица"),
             "Ignore: an order appointing the anti-corruption officer; our appointment is still awaited."),
         ("other: order, appointment for another duty", "kk", "PDF", "'жауапты тұлғаны тағайындау туралы', a full name, previous order cancelled"))

    # 57 order: responsible for civil defence, sent in a mail with a one-line note, cp1251
    dx = docx([("r", "Приложение к письму"),
               ("cb", "ПРИКАЗ № 18-к"),
               "г. Павлодар                                                                             01.02.2027",
               "О назначении ответственных лиц по гражданской защите",
               "ПРИКАЗЫВАЮ:",
               "1. Назначить ответственными за организацию мероприятий гражданской защиты в управлении:",
               "   – Жумабаева Асета Болатовича, главного специалиста (начальник штаба ГЗ);",
               "   – Кравченко Елену Викторовну, ведущего специалиста (эвакуация, оповещение).",
               "2. Ответственным лицам пройти обучение в учебно-методическом центре ДЧС области в I квартале 2027 года.",
               "Руководитель управления                                                         Е. Ыдырысов"])
    save("57-order-civil-defence.eml",
         eml("madeniet@pavlodar.gov.kz", EKC, "приказ", "Wed, 03 Feb 2027 17:01:00 +0500",
             "Направляем приказ.\n", charset="windows-1251", files=[("prikaz_18k.docx", dx)]),
         key(d("body", "ru"), d("prikaz_18k.docx", "ru", responsible=None, previous_responsible=None, protocol_date=None)),
         ctx("akm_pavl", [("00703004", "Выдача архивных справок")], "appointment",
             ("ЕКЦ-2027/199", "2027-01-29", "О назначении ответственного лица"),
             "Ignore: an order on civil-defence duty persons sent to us without explanation (probably by mistake); appointment still awaited."),
         ("other: order, other duty, bare covering note", "ru", "eml windows-1251 + DOCX", "subject just 'приказ'; 'Назначить ответственными', names in accusative, 'пройти обучение'"))

    # 58 order on annual leave of the responsible person with a temporary stand-in
    dx = docx([("cb", "ПРИКАЗ"),
               ("c", "Управления координации занятости и социальных программ Восточно-Казахстанской области"),
               "№ 77-о                                                                                                     26.04.2027",
               ("b", "О предоставлении трудового отпуска"),
               "1. Предоставить главному специалисту отдела государственных услуг Есімовой Жанар Талғатқызы ежегодный оплачиваемый "
               "трудовой отпуск с 3 по 28 мая 2027 года за период работы с 10.01.2026 по 09.01.2027.",
               "2. На период отпуска Есімовой Ж.Т. исполнение её обязанностей, в том числе по взаимодействию с Единым контакт-центром, "
               "возложить на ведущего специалиста Байкенову Салтанат Жумабековну без освобождения от основной работы.",
               "3. Бухгалтерии произвести выплату пособия на оздоровление.",
               "Основание: заявление Есімовой Ж.Т. от 20.04.2027.",
               "Руководитель                                                                                   Д. Әуезов"])
    save("58-order-leave-standin.docx", dx,
         key(d("58-order-leave-standin.docx", "ru", responsible=None, previous_responsible=None, effective_date=None)),
         ctx("akm_vko", [("00203005", "Назначение жилищной помощи"), ("00203011", "Оформление документов на социальное обеспечение сирот")],
             "consulting", None,
             "Do not apply as a replacement: a leave order with a temporary stand-in (3–28 May 2027); the responsible person is not replaced. An operator may note whom to write to during the leave."),
         ("other: leave order with a temporary stand-in", "ru", "DOCX", "explicitly mentions 'взаимодействию с Единым контакт-центром' and names a new person from a date — the hardest p.7 look-alike"))

    # 59 order on appointment to a post (кадровый приказ), bilingual, XLSX extract
    x = xlsx([("Выписка", [["Выписка из приказа от 01.04.2027 № 92-ж/қ / 2027 ж. 01.04. № 92-ж/қ бұйрықтан үзінді"],
                           [],
                           ["№", "Ф.И.О. / Т.А.Ә.", "Назначить на должность / Лауазымға тағайындалсын", "С / бастап", "Основание"],
                           [1, "Мұхтарова Дана Бақытқызы", "главный специалист отдела лицензирования", "01.04.2027", "решение конкурсной комиссии"],
                           [2, "Ефимов Андрей Петрович", "ведущий специалист отдела развития туризма", "05.04.2027", "перевод"],
                           [3, "Тұрсынбек Айбек", "руководитель сектора мониторинга госуслуг", "01.04.2027", "ротация"],
                           [],
                           ["Выписка верна. HR-служба, Нуржанова Г."]])])
    save("59-hr-order-extract.xlsx", x,
         key(d("59-hr-order-extract.xlsx", responsible=None)),
         ctx("akm_almaty", [("00301113", "Выдача лицензии на туроператорскую деятельность")], "appointment",
             ("ЕКЦ-2027/577", "2027-05-03", "О назначении ответственного лица"),
             "Ignore: an HR extract appointing staff to posts; none is named responsible for correspondence with the contact centre."),
         ("other: HR order extract", "ru+kk", "XLSX", "table of names, positions, dates, 'назначить' — and a 'сектор мониторинга госуслуг'"))
b10()
# ================================================================ 11. spam and phishing
def b11():
    # 60 phishing: mailbox password expiry
    h = """<html><body style="font-family:Segoe UI"><p><img src="cid:logo" alt="gov.kz"></p>
<p>Уважаемый пользователь <b>ekc-info@ekc.gov.kz</b>,</p>
<p>Срок действия пароля вашей служебной почты истекает <b>сегодня</b>. Во избежание блокировки почтового ящика и потери
входящих писем от государственных органов подтвердите учётную запись в течение 24 часов.</p>
<p><a href="http://gov-kz-mail.verify-account.top/login?u=ekc-info">ПОДТВЕРДИТЬ СЕЙЧАС</a></p>
<p>Служба технической поддержки ЕСЭДО<br>© 2027 Правительство Республики Казахстан</p></body></html>"""
    save("60-phishing-password.eml",
         eml("Служба поддержки gov.kz <support@gov-kz-mail.top>", EKC, "Срочно: срок действия пароля истекает",
             "Sat, 13 Feb 2027 03:14:00 +0300", html=h, headers=[("Reply-To", "noreply@verify-account.top")]),
         key(d("body", "ru")),
         ctx("kgd", [("00401012", "Регистрационный учет налогоплательщиков")], "additional_answer",
             ("ЕКЦ-2027/215", "2027-02-04", "Запрос дополнительной информации"),
             "Ignore and report to security: phishing."),
         ("other: phishing", "ru", "eml HTML only", "mentions letters from state agencies and ЕСЭДО; foreign domain"))

    # 61 phishing: fake 'протокол' with an HTML attachment, pretending to be an agency
    att = """<html><head><meta charset="utf-8"><title>Протокол.pdf</title></head><body>
<script>window.location='http://docs-gov.kz.files-share.icu/open?id=8812'</script>
<p>Загрузка документа «Протокол принятия госуслуги 00801007.pdf»...</p></body></html>"""
    t = """Добрый день!
Направляем подписанный протокол принятия государственной услуги для консультирования.
Документ доступен для просмотра во вложении (защищённый просмотр).

С уважением, Министерство сельского хозяйства РК
"""
    save("61-phishing-fake-protocol.eml",
         eml("Министерство сельского хозяйства <moa.gov.kz@mail-service-kz.ru>", EKC, "Подписанный протокол",
             "Wed, 17 Mar 2027 06:40:00 +0300", t, files=[("Протокол_00801007.pdf.html", att)],
             headers=[("Reply-To", "m0a-gov@protonmail.com")]),
         key(d("body", "ru", protocol_date=None)),
         ctx("minselhoz", [("00801007", "Субсидирование стоимости удобрений")], "protocol",
             ("ЕКЦ-2027/377", "2027-03-09", "О направлении протокола принятия госуслуги для консультирования"),
             "Do not move the case — report to security: phishing imitating the awaited protocol; sender domain is not the agency's, the attachment is an HTML redirector."),
         ("other: phishing imitating a protocol", "ru", "eml + HTML attachment", "the exact words of a reply ('подписанный протокол принятия … для консультирования') and the awaited registry number in the file name"))

    # 62 commercial offer: courses for civil servants, PDF price list
    p = pdf(["ТОО «Academy Gov Consult»", "КОММЕРЧЕСКОЕ ПРЕДЛОЖЕНИЕ",
             "",
             "Курсы повышения квалификации для государственных служащих (72 часа, удостоверение установленного образца):",
             "1. «Стандарты государственных услуг: разработка и актуализация» — 85 000 тг",
             "2. «Ответственное лицо по госуслугам: права, обязанности, взаимодействие с ЕКЦ и ЦОН» — 70 000 тг",
             "3. «Электронный документооборот и ЭЦП» — 45 000 тг",
             "Скидка 15 % при заявке от 5 человек. Выезд в регионы.",
             "",
             "Менеджер: Ахметова Ботагоз, +7 777 120 33 44, academy.gov.consult@gmail.com"], bold_first=2)
    save("62-commercial-offer-courses.eml",
         eml("Academy Gov Consult <academy.gov.consult@gmail.com>", EKC, "Коммерческое предложение — обучение госслужащих",
             "Mon, 05 Apr 2027 10:30:00 +0500", "Здравствуйте! Предлагаем вашему ведомству обучение, подробности во вложении.",
             files=[("КП_2027.pdf", p)]),
         key(d("body", "ru"), d("КП_2027.pdf", "ru", responsible=None)),
         ctx("akm_zhambyl", [("00302027", "Выдача лицензии на занятие деятельностью по сбору лома цветных и черных металлов")], "information",
             ("ЕКЦ-2027/600", "2027-05-11", "О представлении информации по Приложению 1"),
             "Ignore: commercial offer."),
         ("other: commercial offer", "ru", "eml + PDF", "'Ответственное лицо по госуслугам', 'Стандарты', 'ЕКЦ' and a manager with phone and e-mail"))

    # 63 lottery/prize scam in Kazakh, koi8-r impossible -> utf-8, no subject encoding
    t = """Құттықтаймыз! Сіздің электрондық поштаңыз «Egov Bonus 2027» акциясының жеңімпазы атанды!
Сыйлықты алу үшін 48 сағат ішінде төмендегі сілтеме бойынша ЖСН мен карта деректерін енгізіңіз:
http://egov-bonus2027.site/claim

Поздравляем! Ваш адрес стал победителем акции. Получите приз 250 000 тенге.
"""
    save("63-scam-prize-kk.eml",
         eml("eGov Bonus <bonus@egov-bonus2027.site>", EKC, "Сіз жеңімпазсыз! / Вы выиграли!", "Sun, 28 Mar 2027 22:22:22 +0400", t),
         key(d("body", "kk")),
         ctx("akm_kyzyl", [("01203009", "Выдача архитектурно-планировочного задания")], "additional_answer",
             ("ЕКЦ-2027/437", "2027-03-17", "Запрос дополнительной информации по госуслуге 01203009"),
             "Ignore and report: scam."),
         ("other: scam", "kk+ru", "eml", "pure noise with 'egov'"))

    # 64 SEO/web-development spam offering a new 'website' for the agency, HTML+text
    txt = """Здравствуйте!
Заметили, что интернет-ресурс вашего управления www.kostanay.gov.kz/vet давно не обновлялся и медленно грузится.
Сделаем новый сайт с разделом «Государственные услуги», стандартами и регламентами, онлайн-консультантом 24/7.
Срок — 14 дней. Цена от 390 000 тг. Ответьте на это письмо, пришлём примеры.

Студия WebPro.kz
"""
    save("64-spam-website.eml",
         eml("WebPro <hello@webpro-studio.kz>", EKC, "Новый сайт для вашего управления за 14 дней", "Tue, 09 Mar 2027 11:11:00 +0500",
             txt, html="<p>" + txt.replace("\n", "<br>") + "</p>"),
         key(d("body", "ru", change_date=None)),
         ctx("akm_kost", [("00903011", "Выдача ветеринарной справки")], "consulting", None,
             "Ignore: advertising."),
         ("other: advertising spam", "ru", "eml multipart/alternative", "a website address of the agency, 'стандартами и регламентами' — a word-spotter may read a new website"))
b11()

# ================================================================ 12. citizens' complaints forwarded by mistake
def b12():
    # 65 citizen's complaint about a refusal forwarded by the agency
    t = """Пересылаю — пришло к нам, но касается работы ЕКЦ (гражданин жалуется на консультацию оператора).

---------- Пересылаемое сообщение ----------
От: Сапаров Нурлан <nurlan.saparov85@mail.ru>
Дата: 15 апреля 2027 г., 21:47
Тема: жалоба
Кому: uz@turkistan.gov.kz

Здравствуйте. Я звонил на 1414, оператор сказал что прикрепиться к поликлинике можно только по прописке.
Пришёл в поликлинику №3 г. Кентау — мне отказали, сказали нет мест. Прошу разобраться почему отказали
в прикреплении и почему 1414 даёт неправильную информацию. Мой тел. 8 702 411 90 87.
Сапаров Н.
"""
    save("65-citizen-complaint-fwd.eml",
         eml("Иманбекова Динара <d.imanbekova@turkistan.gov.kz>", EKC, "Fwd: жалоба", "Fri, 16 Apr 2027 09:12:00 +0500", t),
         key(d("body", "ru", refusal_reason=None, refusal_ground=None, responsible=None)),
         ctx("akm_turk", [("00502044", "Прикрепление к медицинской организации")], "consulting", None,
             "Do not move the case: a citizen's complaint forwarded to us; route it to the complaints desk."),
         ("other: citizen's complaint forwarded", "ru", "eml Fwd", "'отказали', 'почему отказали', a phone — refusal vocabulary"))

    # 66 citizen's complaint in Kazakh, as txt (e-otinish export)
    t = """eOtinish — Өтініш № ЖТ-2027-01188342
Тіркелген күні: 02.03.2027
Өтініш беруші: Әбдікерімов Қайрат Жанұзақұлы
Мекенжайы: Маңғыстау облысы, Ақтау қ., 14 ш/а, 22 үй, 41 пәтер
Адресат: Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы

Мазмұны:
№ 42 автобус бағыты бойынша кешкі рейстер жүрмейді, жүргізушілер аялдамаға тоқтамайды.
1414 нөміріне қоңырау шалдым, олар басқармаға жүгінуге кеңес берді. Шара қолдануларыңызды сұраймын.

Жіберілді (қате): РММ «Бірыңғай байланыс орталығы»
"""
    save("66-eotinish-complaint-kk.txt", t,
         key(d("66-eotinish-complaint-kk.txt", "kk", responsible=None)),
         ctx("akm_mang", [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "information",
             ("ЕКЦ-2027/300", "2027-02-22", "О представлении информации по Приложению 1"),
             "Do not move the case: a citizen's complaint routed to us by mistake."),
         ("other: citizen's complaint (e-otinish export)", "kk", "txt", "a full name with -ұлы patronymic and an address, the agency's name"))

    # 67 citizen's appeal forwarded as PDF scan-with-text, about land
    p = pdf(["Руководителю Управления земельных отношений города Шымкента",
             "от Турсуновой Зульфии Абдукаримовны, г. Шымкент, мкр. Нурсат, д. 17, кв. 8, тел. 8 705 302 11 64",
             "",
             "ЗАЯВЛЕНИЕ",
             "",
             "Прошу разъяснить, почему моё заявление на изменение целевого назначения земельного участка (кадастровый",
             "номер 22-330-041-118) от 10.01.2027 до сих пор не рассмотрено, хотя по стандарту срок 15 рабочих дней.",
             "На портале статус «в обработке», в контакт-центре 1414 сказали ждать. Прошу принять меры.",
             "",
             "03.03.2027                                                             Турсунова З.А."], bold_first=0)
    t = "ЕКЦ, добрый день. Это обращение поступило через канцелярию с пометкой «в ЕКЦ» — видимо, ошибка. Направляем вам для сведения.\n\nКасымова Г."
    save("67-citizen-appeal-pdf.eml",
         eml("Касымова Гаухар <g.kassymova@shymkent.gov.kz>", EKC, "обращение Турсуновой", "Thu, 04 Mar 2027 16:40:00 +0500", t,
             files=[("Турсунова_заявление.pdf", p)]),
         key(d("body", "ru"), d("Турсунова_заявление.pdf", "ru", responsible=None)),
         ctx("akm_shym", [("00603006", "Выдача решения на изменение целевого назначения земельного участка")], "protocol",
             ("ЕКЦ-2027/420", "2027-03-15", "О подписании протокола"),
             "Do not move the case: a citizen's appeal forwarded for information; the protocol is still awaited."),
         ("other: citizen's appeal forwarded", "ru", "eml + PDF", "the sender is the agency's own contact; the appeal cites the standard's term and 1414"))

    # 68 citizen writes directly to the contact centre mailbox about an agency (not an agency reply), HTML from mail.ru
    h = """<div>Добрый день, пишу вам так как не могу дозвониться.<br>Мне отказали в выдаче архивной справки о стаже, сказали
документы за 1994 год не сохранились. Это законно? Куда обращаться? Управление архивов Павлодарской области не отвечает.<br>
<br>С уважением, Голубева Татьяна Ивановна, г. Экибастуз</div><div>--<br>Отправлено из Почты Mail.ru</div>"""
    save("68-citizen-question-refusal.eml",
         eml("Татьяна Голубева <golubeva.t61@mail.ru>", EKC, "отказали в справке", "Sat, 20 Mar 2027 13:05:00 +0600", html=h),
         key(d("body", "ru", refusal_reason=None, refusal_ground=None)),
         ctx("akm_pavl", [("00703004", "Выдача архивных справок")], "additional_answer",
             ("ЕКЦ-2027/446", "2027-03-24", "Запрос дополнительной информации по госуслуге 00703004"),
             "Do not move the case: a citizen's own message (a consultation request), not the agency's reply."),
         ("other: citizen's message", "ru", "eml HTML only", "'отказали … документы не сохранились' — a refusal with a reason, but from a citizen"))

    # 69 batch of misrouted complaints as XLSX from the agency ("реестр жалоб")
    x = xlsx([("Жалобы", [["Реестр обращений, поступивших в марте 2027 г. (для внутреннего контроля)"],
                          ["№", "Дата", "Заявитель", "Услуга (реестр. №)", "Суть", "Принятые меры", "Ответственный"],
                          [1, "03.03.2027", "Әбенов Е.", "00203005", "задержка назначения жилищной помощи", "ответ дан 10.03", "Есімова Ж.Т."],
                          [2, "11.03.2027", "Прохорова Л.В.", "00203005", "отказ в приёме документов", "отказ признан необоснованным", "Есімова Ж.Т."],
                          [3, "19.03.2027", "Қанатов Б.", "00203011", "грубость специалиста", "дисциплинарное взыскание", "Байкенова С.Ж."]])])
    save("69-complaints-register.xlsx", x,
         key(d("69-complaints-register.xlsx", "ru")),
         ctx("akm_vko", [("00203005", "Назначение жилищной помощи"), ("00203011", "Оформление документов на социальное обеспечение сирот")],
             "consulting", None,
             "Ignore: the agency's internal register of complaints, sent to us by mistake."),
         ("other: register of complaints", "ru", "XLSX", "a multi-row table with registry numbers and an 'Ответственный' column with names — form-shaped"))
b12()
# ================================================================ 13. reports and statistics
def b13():
    # 70 monthly statistics of services rendered, XLSX with registry numbers
    x = xlsx([("Февраль 2027", [["Сведения о количестве оказанных государственных услуг за февраль 2027 года"],
                                ["Министерство здравоохранения Республики Казахстан"],
                                ["№", "Реестровый номер", "Наименование государственной услуги", "Всего", "в т.ч. электронно", "Отказы", "Нарушения сроков"],
                                [1, "00501019", "Выдача лицензии на медицинскую деятельность", 412, 412, 37, 0],
                                [2, "00501027", "Выдача сертификата специалиста в области здравоохранения", 3980, 3911, 210, 4],
                                [3, "00501041", "Выдача разрешения на ввоз незарегистрированных лекарственных средств", 86, 86, 5, 0],
                                [],
                                ["Исполнитель: Жаксылыкова М.Б., 74-36-02", "", "", "", "", "", ""]])])
    save("70-monthly-stats.xlsx", x,
         key(d("70-monthly-stats.xlsx", "ru")),
         ctx("minzdrav", [("00501019", "Выдача лицензии на медицинскую деятельность"), ("00501027", "Выдача сертификата специалиста в области здравоохранения")],
             "information", ("ЕКЦ-2027/222", "2027-02-16", "О предоставлении информации по форме Приложения 1"),
             "Ignore: monthly statistics; not the Appendix 1 information."),
         ("other: monthly statistics", "ru", "XLSX", "a numbered table with registry numbers and service names, an 'Исполнитель' line — shaped like Appendix 1"))

    # 71 quarterly report on internal control of quality, DOCX, Kazakh
    dx = docx([("cb", "Мемлекеттік қызметтер көрсету сапасын ішкі бақылау нәтижелері туралы"),
               ("cb", "АҚПАРАТ"),
               ("c", "(2027 жылғы I тоқсан)"),
               "Солтүстік Қазақстан облысының ауыл шаруашылығы және жер қатынастары басқармасы 2027 жылғы I тоқсанда "
               "18 мемлекеттік қызмет көрсетті, барлығы 6 214 қызмет, оның ішінде 98,2 % электрондық түрде.",
               "Ішкі бақылау барысында 11 бұзушылық анықталды, оның ішінде мерзімді бұзу – 7, негізсіз бас тарту – 4.",
               ("t", [["Тізілімдегі №", "Қызмет атауы", "Көрсетілді", "Бұзушылық"],
                      ["00801015", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау", "1 120", "3"],
                      ["00603011", "Жер учаскесіне құқық беру", "2 406", "8"]]),
               "Бұзушылыққа жол берген қызметкерлерге тәртіптік жаза қолданылды.",
               "Басшының орынбасары                                                    Р. Мұсабеков"])
    save("71-quarterly-control-report-kk.docx", dx,
         key(d("71-quarterly-control-report-kk.docx", "kk", refusal_reason=None)),
         ctx("akm_sko", [("00801015", "Субсидирование развития племенного животноводства")], "consulting", None,
             "Ignore: a quarterly internal-control report."),
         ("other: quarterly report", "kk", "DOCX", "a table with registry numbers; 'негізсіз бас тарту' (unfounded refusals)"))

    # 72 report comments on the contact centre's analytical report (Appendix 2), letter in body
    t = """Уважаемые коллеги!

Рассмотрев аналитический отчет ЕКЦ за март 2027 года (по форме Приложения 2), сообщаем:
– по 3 обращениям (№ 114, 129, 140) нарушения стандарта услуги 00302011 не подтвердились, заявителям даны разъяснения;
– по обращению № 131 специалист привлечён к дисциплинарной ответственности.
Просим учесть при формировании следующего отчета.

Заместитель руководителя управления Жолдасов Б.Н.
тел. 8 (7292) 50-41-00
"""
    save("72-comments-on-analytic-report.eml",
         eml("zholdar@mangystau.gov.kz", EKC, "По аналитическому отчету за март", "Mon, 12 Apr 2027 14:14:14 +0500", t),
         key(d("body", "ru", responsible=None, change_date=None)),
         ctx("akm_mang", [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "information",
             ("ЕКЦ-2027/300", "2027-02-22", "О представлении информации по Приложению 1"),
             "Do not move the case: feedback on our monthly analytical report (Appendix 2), not the Appendix 1 information."),
         ("other: comments on our analytical report", "ru", "eml", "a reply to one of our documents, mentions 'Приложения 2', the standard, a deputy head with phone"))

    # 73 statistics of calls as PDF from a regional akimat (their own hotline)
    p = pdf(["Аппарат акима Махамбетского района",
             "Справка о работе телефона доверия за I квартал 2027 года",
             "",
             "Всего поступило звонков: 241",
             "  – по вопросам земельных отношений: 88",
             "  – по вопросам ЖКХ: 63",
             "  – по госуслугам (справки, регистрация ИЖС): 57",
             "  – прочие: 33",
             "Переадресовано в Единый контакт-центр 1414: 19",
             "",
             "Ответственный за ведение телефона доверия: главный специалист Утегенова А.М.",
             "Дата: 02.04.2027"], bold_first=2)
    save("73-hotline-stats.pdf", p,
         key(d("73-hotline-stats.pdf", "ru", responsible=None)),
         ctx("akm_atyrau_rn", [("00603011", "Выдача решения на предоставление земельного участка под ИЖС")], "appointment",
             ("ЕКЦ-2027/402", "2027-03-09", "О назначении ответственного лица"),
             "Ignore: statistics of the akimat's own hotline; 'ответственный за ведение телефона доверия' is not an appointment for correspondence with the contact centre."),
         ("other: hotline statistics", "ru", "PDF", "'Ответственный за …' with a name and date, 1414 — while an appointment is awaited"))

    # 74 report on executing a plan of measures, DOCX with a long table, sent with a note
    dx = docx([("cb", "Отчет"),
               ("c", "об исполнении Плана мероприятий по повышению качества оказания государственных услуг на 2027 год (I полугодие)"),
               ("t", [["№", "Мероприятие", "Срок", "Ответственные", "Исполнение"],
                      ["1", "Актуализация сведений о госуслугах на интернет-ресурсе", "ежеквартально", "Отдел госуслуг", "исполнено, сведения обновлены 01.04.2027"],
                      ["2", "Обучение сотрудников Единого контакт-центра по новым услугам", "по мере включения в реестр", "Отдел госуслуг, ЕКЦ", "новых услуг не было"],
                      ["3", "Направление в ЕКЦ информации об изменениях в стандартах", "в течение 5 рабочих дней", "ответственное лицо", "изменений не было"],
                      ["4", "Анализ жалоб, поступивших через 1414", "ежемесячно", "Отдел контроля", "исполнено"]]),
               "Руководитель отдела государственных услуг                                  С. Алибеков"])
    save("74-plan-execution-report.eml",
         eml("upi@almaty.gov.kz", EKC, "Отчет по Плану за I полугодие (для сведения)", "Fri, 02 Jul 2027 17:30:00 +0600",
             "Добрый вечер, для сведения направляем отчет.\nУПИ г. Алматы", files=[("Отчет_План_1пг2027.docx", dx)]),
         key(d("body", "ru"), d("Отчет_План_1пг2027.docx", "ru", change_date=None, protocol_date=None)),
         ctx("akm_almaty", [("00301113", "Выдача лицензии на туроператорскую деятельность")], "consulting", None,
             "Ignore: a report on a plan of measures; it says explicitly there were no changes."),
         ("other: plan execution report", "ru", "eml + DOCX", "a 5-column table with 'Ответственные', 'Обучение сотрудников ЕКЦ', 'информации об изменениях в стандартах'"))

    # 75 e-services usage statistics from the e-gov operator, CSV-like txt
    t = """АО «НИТ» — статистика оказания электронных услуг, апрель 2027
registry_number;service;applications;approved;rejected;avg_days
00603001;Выдача земельно-кадастрового плана;1840;1702;138;4,1
00603004;Выдача идентификационного документа на земельный участок;2291;2240;51;3,2
-- конец выгрузки --
"""
    save("75-egov-stats.txt", t,
         key(d("75-egov-stats.txt", refusal_reason=None)),
         ctx("kzk", [("00603001", "Выдача земельно-кадастрового плана"), ("00603004", "Выдача идентификационного документа на земельный участок")],
             "appointment", ("ЕКЦ-2027/430", "2027-03-19", "О назначении ответственного лица"),
             "Ignore: statistics export of the e-government operator."),
         ("other: statistics export", "ru (headers en)", "txt semicolon-separated", "rows of registry numbers and service names; 'rejected'"))
b13()

# ================================================================ 14. copies of letters sent to someone else
def b14():
    # 76 copy of a refusal sent to a citizen (refusal of the service, not of information)
    t = """Исх. № 04-2/1188 от 19.03.2027
Копия: РГУ «Единый контакт-центр» (для сведения)

Гр. Нұрланова Әсел Маратқызы
г. Костанай, ул. Байтурсынова, 61-14

На Ваше заявление от 11.03.2027 сообщаем, что в выдаче ветеринарной справки Вам отказано в связи с тем,
что животное не идентифицировано в базе данных по идентификации сельскохозяйственных животных
(подпункт 2) пункта 9 стандарта государственной услуги «Выдача ветеринарной справки»).
Отказ может быть обжалован в порядке, установленном законодательством.

Руководитель управления                                                   Т. Жұмабеков
"""
    save("76-copy-refusal-to-citizen.txt", t,
         key(d("76-copy-refusal-to-citizen.txt", "ru", refusal_reason=None, refusal_ground=None)),
         ctx("akm_kost", [("00903011", "Выдача ветеринарной справки")], "additional_answer",
             ("ЕКЦ-2027/362", "2027-03-10", "Запрос дополнительной информации по госуслуге 00903011"),
             "Do not move the case: a copy of the agency's refusal of the service to a citizen; it does not refuse our request for information."),
         ("other: copy of a refusal to a citizen", "ru", "txt", "'отказано в связи с тем, что …' with the standard's clause — a refusal look-alike while an additional answer is awaited"))

    # 77 copy of a letter sending a draft amendment of the standard to the Ministry of Justice
    dx = docx([("c", "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН"),
               ("r", "№ 6-03/2774 от 30.03.2027"),
               ("b", "Министерство юстиции Республики Казахстан"),
               ("r", "Копия: Единый контакт-центр"),
               "Министерство просвещения направляет на государственную регистрацию проект приказа «О внесении изменений в приказ "
               "Министра просвещения Республики Казахстан от 24 апреля 2020 года № 158 «Об утверждении стандартов государственных услуг "
               "в сфере дошкольного образования», согласованный с заинтересованными государственными органами.",
               "Проектом предусматривается сокращение срока оказания услуги «Прием документов и зачисление детей в дошкольные организации» "
               "(00701001) с 3 до 1 рабочего дня.",
               "Приложение: проект приказа на 4 листах, сравнительная таблица на 2 листах.",
               "Вице-министр                                                                         Ш. Каринова"])
    save("77-copy-draft-to-minjust.docx", dx,
         key(d("77-copy-draft-to-minjust.docx", "ru", change_date=None)),
         ctx("minobr", [("00701001", "Прием документов и зачисление детей в дошкольные организации")], "consulting", None,
             "Do not apply as a change notice: only a draft sent for registration (copy to us); the standard has not changed yet."),
         ("other: copy of a draft amendment sent to another ministry", "ru", "DOCX", "'О внесении изменений … стандартов', the service's registry number and the new term — yet only a draft"))

    # 78 copy of a letter to the CSC about working hours, Kazakh/Russian email forward
    t = """FYI / Мәлімет үшін.

-------- Forwarded Message --------
Subject: Жұмыс кестесі туралы / О графике работы
Date: Mon, 3 May 2027 10:00:00 +0500
From: Управление ветеринарии <vet@kostanay.gov.kz>
To: ЦОН Костанай <kostanay@gov4c.kz>

ХҚКО филиалының директорына!
7-10 мамыр мереке күндері аудандық ветеринариялық станциялар кезекші режимде жұмыс істейді.
В праздничные дни 7-10 мая районные ветстанции работают в дежурном режиме, справки выдаются с 10:00 до 14:00.
"""
    save("78-copy-schedule-to-csc.eml",
         eml("vet@kostanay.gov.kz", EKC, "Fwd: Жұмыс кестесі туралы / О графике работы", "Mon, 03 May 2027 10:05:00 +0500", t),
         key(d("body", change_date=None)),
         ctx("akm_kost", [("00903011", "Выдача ветеринарной справки")], "consulting", None,
             "Ignore for the case: a copy of a holiday schedule sent to the service centre; an operator may use it for the holidays."),
         ("other: forwarded copy of a letter to a service centre", "kk+ru", "eml Fwd", "working hours 'изменения' for the consulted service"))

    # 79 copy of a letter appointing a responsible person to the Agency for civil service (other addressee, other duty)
    p = pdf(["Министерство экологии и природных ресурсов Республики Казахстан",
             "Исх. № 01-12/905 от 18.02.2027",
             "Агентство Республики Казахстан по делам государственной службы",
             "Копия: Единый контакт-центр",
             "",
             "На № 5-4/311 от 10.02.2027",
             "",
             "Министерство сообщает, что ответственным лицом за проведение внутреннего контроля за качеством оказания",
             "государственных услуг и представление отчётности в Агентство определён директор Департамента",
             "государственных услуг Қалиева Жанна Ерболқызы, тел. 8 (7172) 74-08-15, zh.kaliyeva@ecogeo.gov.kz.",
             "",
             "Вице-министр                                                             Д. Әлімбаев"])
    save("79-copy-responsible-to-ads.pdf", p,
         key(d("79-copy-responsible-to-ads.pdf", "ru", responsible=None, previous_responsible=None)),
         ctx("minecol", [("01001017", "Выдача разрешения на эмиссии в окружающую среду")], "appointment",
             ("ЕКЦ-2027/250", "2027-02-11", "О назначении ответственного лица"),
             "Do not apply: a copy of a letter to the Agency for civil service naming the person for internal quality control; our appointment is still awaited."),
         ("other: copy of an appointment for another addressee", "ru", "PDF", "'ответственным лицом … определён' with full name, phone, e-mail, outgoing number — only the addressee and the duty differ"))

    # 80 copy of a training protocol signed with the CSC (not the contact centre), DOCX
    dx = docx([("cb", "ПРОТОКОЛ"),
               ("c", "обучения работников филиала НАО «Правительство для граждан» по Мангистауской области"),
               "г. Актау                                                                                             24.02.2027",
               "Управление пассажирского транспорта и автомобильных дорог Мангистауской области провело обучение операторов ЦОН "
               "по государственной услуге 00302011 «Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров».",
               "Операторы ознакомлены со стандартом услуги, перечнем документов и основаниями для отказа.",
               ("t", [["От Управления", "От филиала ЦОН"],
                      ["Муканов М.М. ______", "Жолдасов Б.Н. ______"]]),
               "Копия направлена в Единый контакт-центр для сведения."])
    save("80-copy-csc-training-protocol.docx", dx,
         key(d("80-copy-csc-training-protocol.docx", "ru", protocol_date=None)),
         ctx("akm_mang", [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "protocol",
             ("ЕКЦ-2027/318", "2027-02-24", "О проведении обучения и подписании протокола"),
             "Do not move the case: a copy of a training protocol signed with the service centre (ЦОН), not with the contact centre; our protocol is still awaited."),
         ("other: copy of a protocol signed with another organisation", "ru", "DOCX", "'ПРОТОКОЛ обучения', the awaited registry number and a date, two signature blocks — only the other party differs"))

    # 81 copy of the agency's answer to the prosecutor's office, bilingual email with DOCX, windows-1251 body
    dx = docx([("r", "Исх. № 07-1/655 от 06.04.2027"),
               ("b", "Прокуратура Кызылординской области"),
               "На запрос от 30.03.2027 № 2-11-27 сообщаем, что в I квартале 2027 года управлением строительства рассмотрено "
               "34 заявления о выдаче архитектурно-планировочного задания; мотивированные отказы — 6, нарушения сроков не допущены.",
               "Ответственным за исполнение представления прокуратуры назначен заместитель руководителя Тәжібаев Ә.С.",
               "Руководитель                                                                        Н. Әбдіхалықов"])
    save("81-copy-answer-prosecutor.eml",
         eml("kurylys@kyzylorda.gov.kz", EKC, "копия ответа", "Tue, 06 Apr 2027 18:10:00 +0500",
             "Направляем копию ответа в прокуратуру области.", charset="windows-1251",
             files=[("ответ_прокуратура.docx", dx)]),
         key(d("body", "ru"), d("ответ_прокуратура.docx", "ru", responsible=None, refusal_reason=None)),
         ctx("akm_kyzyl", [("01203009", "Выдача архитектурно-планировочного задания")], "additional_answer",
             ("ЕКЦ-2027/437", "2027-03-17", "Запрос дополнительной информации по госуслуге 01203009"),
             "Do not move the case: a copy of the agency's answer to the prosecutor."),
         ("other: copy of an answer to the prosecutor", "ru", "eml windows-1251 + DOCX", "'отказы', 'Ответственным … назначен' with a name; an official outgoing number"))
b14()
# ================================================================ 15. forms that are not replies, and odds and ends
def b15():
    # 82 blank Appendix 1 template sent back with a question (not filled -> other)
    hdr = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
           "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
           "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
           "Фамилия, имя, отчество, должность ответственного лица"]
    dx = docx([("r", "Приложение 1"), ("c", "Запрос о предоставлении информации о государственной услуге"),
               ("t", [hdr, ["1", "2", "3", "4", "5", "6", "7", "8"], ["", "", "", "", "", "", "", ""]]),
               "Ф.И.О. ответственного исполнителя ____________",
               "Дата: « __ »________ 20__г."])
    t = """Добрый день!
Правильно ли мы понимаем, что заполнять нужно вот эту форму (прикладываю, как скачали из Әділет)? Регламенты у нас
утратили силу в 2020 году — графу 5 оставить пустой или писать «утратил силу»?
Байкенова С.Ж.
"""
    save("82-blank-form-question.eml",
         eml("Байкенова Салтанат <s.baikenova@vko.gov.kz>", EKC, "Re: Приложение 1 — уточнение", "Wed, 12 May 2027 11:40:00 +0600", t,
             files=[("Приложение 1 (форма).docx", dx)]),
         key(d("body", "ru", responsible=None), d("Приложение 1 (форма).docx", "ru", "other")),
         ctx("akm_vko", [("00203005", "Назначение жилищной помощи"), ("00203011", "Оформление документов на социальное обеспечение сирот")],
             "information", ("ЕКЦ-2027/590", "2027-05-07", "О представлении информации по Приложению 1"),
             "Do not move the case: a question with the blank Appendix 1 template attached (no row filled); an operator should answer."),
         ("other: question + blank Appendix 1 template", "ru", "eml + DOCX", "the attachment is the Appendix 1 table with all headers and the 1–8 row, but empty — keyed other (not filled)"))

    # 83 a filled 'sample' Appendix 1 sent by a ministry to its territorial bodies, copy to us -> appendix1_form, not a reply
    rows = [hdr, ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", "00601030", "Государственная регистрация прав на недвижимое имущество",
             "Стандарт государственной услуги «Государственная регистрация прав на недвижимое имущество», утвержденный приказом Министра юстиции Республики Казахстан от 28 мая 2020 года № 66",
             "—",
             "Приказ Министра юстиции Республики Казахстан от 16 февраля 2027 года № 118",
             "www.gov.kz/memleket/entities/adilet",
             "Оспанова Айгуль Нурлановна, главный эксперт департамента юстиции области, тел. 8 (7172) 00-00-00, a.ospanova@adilet.gov.kz"]]
    dx = docx([("cb", "ОБРАЗЕЦ ЗАПОЛНЕНИЯ"),
               ("c", "для департаментов юстиции областей, городов Астаны, Алматы и Шымкента"),
               ("t", rows),
               "Ф.И.О. ответственного исполнителя: Сарсенбаев Д.К.",
               "Дата: «01» марта 2027 г."])
    t = """Департаментам юстиции областей и городов республиканского значения
Копия: Единый контакт-центр

Направляем образец заполнения формы Приложения 1 для представления сведений в акиматы по региональным услугам.
Данные в образце условные, заменить своими.

Управление регистрационной службы МЮ РК
"""
    save("83-sample-form-to-territorial.eml",
         eml("Сарсенбаев Дамир <d.sarsenbayev@adilet.gov.kz>", "dep-oblast@adilet.gov.kz", "Образец заполнения Приложения 1",
             "Mon, 01 Mar 2027 12:00:00 +0500", t, files=[("Образец_Приложение1.docx", dx)], cc=EKC),
         key(d("body", "ru"),
             d("Образец_Приложение1.docx", "ru", "appendix1_form",
               services=[{"registry_number": "00601030",
                          "service_name": "Государственная регистрация прав на недвижимое имущество",
                          "standard": "Стандарт государственной услуги «Государственная регистрация прав на недвижимое имущество», утвержденный приказом Министра юстиции Республики Казахстан от 28 мая 2020 года № 66",
                          "regulation": None,
                          "npa_changes": "Приказ Министра юстиции Республики Казахстан от 16 февраля 2027 года № 118",
                          "website": "www.gov.kz/memleket/entities/adilet",
                          "responsible": {"full_name": "Оспанова Айгуль Нурлановна",
                                          "position": "главный эксперт департамента юстиции области",
                                          "phone": "87172000000", "email": "a.ospanova@adilet.gov.kz"}}],
               executor={"full_name": "Сарсенбаев Д.К.", "date": "2027-03-01"})),
         ctx("minjust", [("00601030", "Государственная регистрация прав на недвижимое имущество")], "information",
             ("ЕКЦ-2027/141", "2027-01-12", "О предоставлении информации по госуслугам 00601021, 00601022, 00601030"),
             "Do not apply: the attachment truly is a filled Appendix 1 form, but it is a sample with made-up data sent to the ministry's territorial departments (we are only in copy); not the answer to our request."),
         ("appendix1_form (not a reply): a filling sample for territorial bodies", "ru", "eml + DOCX", "a genuinely filled form for an awaited service — only the heading 'ОБРАЗЕЦ', the addressee and 'данные условные' say it is not the reply"))

    # 84 an old form re-sent 'for information' (duplicate; service already consulted on) -> appendix1_form
    x = xlsx([("Прил1", [["Информация о государственной услуге (направлялась письмом от 14.09.2026 № 02-09/301)"],
                         hdr, [1, 2, 3, 4, 5, 6, 7, 8],
                         [1, "01001021", "Выдача разрешения на специальное водопользование",
                          "Стандарт государственной услуги «Выдача разрешения на специальное водопользование», утвержденный приказом Министра экологии РК от 11 сентября 2020 года № 216",
                          "-", "-", "www.gov.kz/memleket/entities/zko-tabigat",
                          "Мұқашева Гүлнар Ержанқызы, главный специалист отдела водных ресурсов, 8 (7112) 24-16-07"],
                         [],
                         ["Исполнитель: Мұқашева Г.Е.", "", "", "", "", "", "", ""],
                         ["Дата: 14.09.2026"]])])
    t = """Здравствуйте. По просьбе вашего оператора повторно направляем ранее представленную информацию по услуге 01001021
(форма от 14.09.2026). Изменений с тех пор не было. Новые сведения по 01001024 направим отдельно.
"""
    save("84-old-form-resent.eml",
         eml("upr@zko.gov.kz", EKC, "повторно: информация по 01001021", "Thu, 13 May 2027 09:30:00 +0500", t,
             files=[("Прил1_01001021_2026.xlsx", x)]),
         key(d("body", "ru", change_date=None),
             d("Прил1_01001021_2026.xlsx", "ru", "appendix1_form",
               services=[{"registry_number": "01001021",
                          "service_name": "Выдача разрешения на специальное водопользование",
                          "standard": "Стандарт государственной услуги «Выдача разрешения на специальное водопользование», утвержденный приказом Министра экологии РК от 11 сентября 2020 года № 216",
                          "regulation": None, "npa_changes": None,
                          "website": "www.gov.kz/memleket/entities/zko-tabigat",
                          "responsible": {"full_name": "Мұқашева Гүлнар Ержанқызы",
                                          "position": "главный специалист отдела водных ресурсов",
                                          "phone": "87112241607", "email": None}}],
               executor={"full_name": "Мұқашева Г.Е.", "date": "2026-09-14"})),
         ctx("akm_zko", [("01001024", "Выдача разрешения на пользование животным миром")], "information",
             ("ЕКЦ-2027/560", "2027-04-28", "О представлении информации по Приложению 1"),
             "Do not move the awaited case (01001024): the attachment is a real Appendix 1 form, but a re-sent copy from 2026 for 01001021, already consulted on; no new information."),
         ("appendix1_form (not a reply): an old form re-sent", "ru", "eml + XLSX", "a genuinely filled form — only its 2026 date, 'повторно' and the service not being the awaited one tell it is no reply"))

    # 85 Outlook message recall
    t = """Ергалиев Данияр хотел бы отозвать сообщение "Протокол принятия госуслуги 00801007 для консультирования".
"""
    save("85-outlook-recall.eml",
         eml("Ергалиев Данияр <d.ergaliev@moa.gov.kz>", EKC, "Отзыв: Протокол принятия госуслуги 00801007 для консультирования",
             "Fri, 19 Mar 2027 10:02:00 +0500", t, headers=[("X-MS-Exchange-Organization-Recall", "true")]),
         key(d("body", "ru", protocol_date=None)),
         ctx("minselhoz", [("00801007", "Субсидирование стоимости удобрений")], "protocol",
             ("ЕКЦ-2027/377", "2027-03-09", "О направлении протокола принятия госуслуги для консультирования"),
             "Do not move the case: the sender recalls a message titled as the protocol; whatever was sent before is withdrawn, the protocol is still awaited."),
         ("other: Outlook message recall", "ru", "eml", "subject and text carry the full title of the awaited protocol"))

    # 86 the agency asks US for information (reverse request)
    dx = docx([("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ МӘДЕНИЕТ ЖӘНЕ АҚПАРАТ МИНИСТРЛІГІ"),
               ("r", "2027 жылғы 20 мамыр № 02-11/1740"),
               ("b", "«Бірыңғай байланыс орталығы» РММ"),
               "Министрлік «Мұрағаттық анықтамалар беру» (00703004) мемлекеттік көрсетілетін қызметі бойынша 2027 жылғы "
               "қаңтар–сәуір айларында Бірыңғай байланыс орталығына түскен өтініштер саны, олардың сипаты және өңірлер бөлінісінде "
               "мәліметтерді 2027 жылғы 31 мамырға дейін ұсынуды сұрайды.",
               "Мәліметтер алқа отырысына дайындық үшін қажет.",
               "Вице-министр                                                                      А. Омаров",
               "Орынд.: Кадырова М.Е., 74-02-11"])
    save("86-reverse-request-kk.docx", dx,
         key(d("86-reverse-request-kk.docx", "kk", responsible=None)),
         ctx("mincult", [("00703004", "Выдача архивных справок")], "consulting", None,
             "Do not move the case: the ministry asks the contact centre for statistics; an operator should prepare an answer."),
         ("other: the agency's own request to us", "kk", "DOCX", "an official letter with number, registry number, executor line — but it asks, not answers"))

    # 87 test message from a newly set-up mailbox
    save("87-test-message.eml",
         eml("ekc-otvet@zhambyl.gov.kz", EKC, "тест", "Tue, 20 Apr 2027 08:47:00 +0500", "тест\n\n--\nОтправлено из мобильной Почты"),
         key(d("body", "ru")),
         ctx("akm_zhambyl", [("00302027", "Выдача лицензии на занятие деятельностью по сбору лома цветных и черных металлов")], "information",
             ("ЕКЦ-2027/530", "2027-04-21", "О представлении информации по госуслуге 00302027"),
             "Ignore: a test message from the agency's new mailbox."),
         ("other: test message", "ru", "eml", "comes from the agency while information is awaited; almost empty body"))

    # 88 reminder from the agency to us about our monthly report deadline, HTML, with a reference to Rules p.14
    h = """<p>Уважаемые коллеги!</p><p>Напоминаем, что согласно пункту 14 Правил взаимодействия Единый контакт-центр ежемесячно
к пятому числу представляет аналитический отчет. Отчет за апрель 2027 года по услугам управления в наш адрес не поступал.
Просим направить до 10 мая.</p><p>Отдел контроля качества госуслуг<br>Управление жилищной политики г. Астаны</p>"""
    save("88-reminder-to-us.eml",
         eml("Серикбаева Лаура <l.serikbayeva@astana.gov.kz>", EKC, "Напоминание: аналитический отчет за апрель",
             "Thu, 06 May 2027 12:30:00 +0500", html=h),
         key(d("body", "ru", responsible=None)),
         ctx("akm_astana", [("01301005", "Постановка на учет граждан, нуждающихся в жилище")], "appointment",
             ("ЕКЦ-2027/512", "2027-04-14", "О назначении ответственного лица и представлении информации"),
             "Do not move the case: the agency reminds us of our own report; the appointment is still awaited."),
         ("other: reminder addressed to us", "ru", "eml HTML only", "quotes the Rules, comes from the person who asked about the appointment earlier"))
b15()
# ================================================================ 16. two more
def b16():
    # 89 Exchange delivery receipt (positive DSN), Russian
    t = """Ваше сообщение доставлено следующим получателям:

Нұрымбетова Әйгерім (a.nurymbetova@kostanay.gov.kz)

Тема: Жауапты тұлғаны тағайындау туралы (қайталама) / О назначении ответственного лица (повторно)
"""
    save("89-delivered-receipt.eml",
         eml("Microsoft Outlook <postmaster@kostanay.gov.kz>", EKC,
             "Доставлено: Жауапты тұлғаны тағайындау туралы (қайталама) / О назначении ответственного лица (повторно)",
             "Wed, 10 Mar 2027 09:00:03 +0500", t, headers=[("Auto-Submitted", "auto-replied")]),
         key(d("body", "ru", responsible=None)),
         ctx("akm_kost", [("00903011", "Выдача ветеринарной справки"), ("00903018", "Выдача ветеринарного паспорта на животное")], "appointment",
             ("ЕКЦ-2027/371", "2027-03-10", "О назначении ответственного лица (повторно)"),
             "Ignore: a delivery receipt of our reminder; names the addressee, not an appointed person."),
         ("other: delivery receipt", "ru (kk in subject)", "eml", "a person's name in brackets with e-mail under 'Доставлено' — looks like 'named person'"))

    # 90 Kazakh promise by the responsible person in an HTML reply, quoting our request on change of standard
    h = """<div>Қайырлы күн!<br>Стандартқа өзгерістер енгізу туралы бұйрық әлі Әділет министрлігінде тіркеуде.
Тіркелгеннен кейін бес жұмыс күні ішінде Сіздерге жаңа деректемелерді жібереміз.<br><br>
Құрметпен, Мұхтарова Дана<br>лицензиялау бөлімінің бас маманы</div>
<div style="border-top:1px solid #ccc;margin-top:8px;color:#555">
<b>От:</b> ЕКЦ &lt;ekc-info@ekc.gov.kz&gt;<br><b>Тема:</b> Изменения в стандарт госуслуги 00301113<br>
Просим сообщить реквизиты приказа о внесении изменений в стандарт государственной услуги 00301113, если он принят.</div>"""
    save("90-promise-kk-standard.eml",
         eml("Мұхтарова Дана <d.mukhtarova@almaty.gov.kz>", EKC, "Re: Изменения в стандарт госуслуги 00301113",
             "Mon, 24 May 2027 16:16:00 +0600", html=h),
         key(d("body", "kk", change_date=None)),
         ctx("akm_almaty", [("00301113", "Выдача лицензии на туроператорскую деятельность")], "additional_answer",
             ("ЕКЦ-2027/640", "2027-05-20", "Изменения в стандарт госуслуги 00301113"),
             "Do not move the case: the amending order is not yet registered; the responsible person promises the requisites later."),
         ("other: promise (change not yet in force)", "kk (ru quote)", "eml HTML only", "answers our question on a standard change, mentions 'бес жұмыс күні' and a ministry registration, but no requisites"))
b16()

# ================================================================ MANIFEST
def manifest():
    from collections import Counter
    kinds = Counter(m[1].split(":")[0].split(" (")[0] for m in ALL)
    fmts = Counter(m[0].rsplit(".", 1)[-1] for m in ALL)
    lines = ["# Corpus heldout-r3f / olzhas — non-replies",
             "",
             "Every input here has `is_reply: false` in its `.context.json`: it lands in the contact centre's mailbox",
             "but must not move the case. All but two are keyed `kind: other`; 83 and 84 carry an attachment that truly is a",
             "filled Appendix 1 form (a filling sample for other addressees; a 2026 form re-sent), keyed `appendix1_form` as",
             "the brief asks, with the reason they are no reply in `expected_effect`. Keys also name, where a word-spotter",
             "would be tempted, the reply fields that must stay empty (`responsible`, `protocol_date`, `refusal_reason`,",
             "`change_date`, …). `language` is omitted where a document is evenly bilingual or not in ru/kk.",
             "",
             "Rebuild: `/tmp/cv-olzhas/bin/python make.py` (python-docx, openpyxl, reportlab). All people, agencies, numbers are invented.",
             "",
             "Counts: %d inputs; formats: %s." % (len(ALL), ", ".join("%s %d" % kv for kv in sorted(fmts.items()))),
             "",
             "Debatable on purpose: 10 (addressee moved, nobody named), 37 (questions the addressee, does not refuse),",
             "43 (provisional candidate named), 58 (leave order with a temporary stand-in 'по взаимодействию с ЕКЦ').",
             "",
             "| file | what it is | language | format | what makes it look like a reply |",
             "| --- | --- | --- | --- | --- |"]
    for name, what, lang, fmt, trap in ALL:
        lines.append("| %s | %s | %s | %s | %s |" % (name, what, lang, fmt, trap.replace("|", "/")))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
manifest()
