#!/usr/bin/env python3
"""Generator of the raushan held-out corpus (round 3f).

Run with a venv holding python-docx, openpyxl and reportlab:
    /tmp/cv-raushan/bin/python make.py
Every letter's text below is written by hand; the helpers only pack it into files.
"""
import io, json, os, base64, hashlib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.header import Header
from email.utils import formataddr
from email import encoders
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

OUT = os.path.dirname(os.path.abspath(__file__))
EKC = "info@ekc.gov.kz"
MANIFEST = []
pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


def save(name, data, docs, ctx, kind, lang, fmt, hard):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, kind, lang, fmt, hard))


def ctx(agency, email, bin_, services, awaiting, our, effect, is_reply=True):
    return {"agency": {"name": agency, "email": email, "bin": bin_},
            "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": ({"number": our[0], "date": our[1], "subject": our[2]} if our else None),
            "expected_effect": effect, "is_reply": is_reply}


def addr(name, email):
    return formataddr((str(Header(name, "utf-8")), email)) if name else email


def headers(m, frm, subject, date, to=EKC, extra=None):
    m["From"] = frm if "<" in frm or "=?" in frm else frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5((subject + date).encode("utf-8")).hexdigest()[:16], frm.split("@")[-1].strip(">"))
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for part in m.walk():
        if part is not m:
            del part["MIME-Version"]
    for k, v in (extra or []):
        m[k] = v


def text_mail(frm, subject, date, body, charset="utf-8", cte=None, extra=None, to=EKC):
    m = MIMEText(body, "plain", charset)
    if cte == "8bit":
        del m["Content-Transfer-Encoding"]
        m.set_payload(body.encode(charset))
        m["Content-Transfer-Encoding"] = "8bit"
    elif cte == "qp":
        from email import charset as cs
        c = cs.Charset(charset); c.body_encoding = cs.QP
        m = MIMEText(body, "plain", c)
    headers(m, frm, subject, date, to, extra)
    return m.as_bytes()


def html_mail(frm, subject, date, html, plain=None, charset="utf-8", extra=None, to=EKC, attachments=()):
    if plain is None and not attachments:
        m = MIMEText(html, "html", charset)
    else:
        alt = MIMEMultipart("alternative")
        if plain is not None:
            alt.attach(MIMEText(plain, "plain", charset))
        alt.attach(MIMEText(html, "html", charset))
        if attachments:
            m = MIMEMultipart("mixed"); m.attach(alt)
            for fn, data, ctype in attachments:
                m.attach(attach(fn, data, ctype))
        else:
            m = alt
    headers(m, frm, subject, date, to, extra)
    return m.as_bytes()


CTYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "pdf": "application/pdf", "txt": "text/plain"}


def attach(fn, data, ctype=None):
    ctype = ctype or CTYPES[fn.rsplit(".", 1)[-1].lower()]
    main, sub = ctype.split("/")
    p = MIMEBase(main, sub)
    p.set_payload(data)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn) if any(ord(ch) > 127 for ch in fn) else fn)
    return p


def mixed_mail(frm, subject, date, body, attachments, charset="utf-8", extra=None, to=EKC, html=False):
    m = MIMEMultipart("mixed")
    m.attach(MIMEText(body, "html" if html else "plain", charset))
    for fn, data, *ct in attachments:
        m.attach(attach(fn, data, ct[0] if ct else None))
    headers(m, frm, subject, date, to, extra)
    return m.as_bytes()


def raw_mail(header_lines, body_bytes):
    return ("\r\n".join(header_lines) + "\r\n\r\n").encode("ascii") + body_bytes


def mkdocx(blocks, font=None):
    d = docx.Document()
    if font:
        st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(12)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "b":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    if v is None:
                        continue
                    cell = t.cell(i, j)
                    lines = v.split("\n")
                    cell.text = lines[0]
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
            for (r0, c0, r1, c1) in (b[2] if len(b) > 2 else []):
                t.cell(r0, c0).merge(t.cell(r1, c1))
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()


def mkxlsx(rows, title="Лист1", widths=None, merges=(), extra_sheets=()):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = title
    for r in rows:
        ws.append(list(r))
    for rng in merges:
        ws.merge_cells(rng)
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, w in enumerate(widths or []):
        ws.column_dimensions[chr(65 + i)].width = w
    for t, rr in extra_sheets:
        s = wb.create_sheet(t)
        for r in rr:
            s.append(list(r))
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()


def mkpdf(lines, size=10):
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4)
    c.setFont("DejaVu", size)
    y = 800
    for ln in lines:
        if y < 50:
            c.showPage(); c.setFont("DejaVu", size); y = 800
        c.drawString(50, y, ln); y -= size + 5
    c.save(); return bio.getvalue()


def svc(reg, **kw):
    d = {"registry_number": reg}
    d.update(kw)
    return d


def resp(full_name, position=None, email=None, phone=None):
    d = {"full_name": full_name}
    if position is not None: d["position"] = position
    if email is not None: d["email"] = email
    if phone is not None: d["phone"] = phone
    return d


# ======================================================================
# APPOINTMENTS (p.5) -- keyed as responsible_change, previous null
# ======================================================================

def appointments():
    # a01: iPhone, plain, one line, no punctuation
    c = ctx("ГУ «Аппарат акима Жанакорганского района Кызылординской области»", "akimat@zhanakorgan.kzo.gov.kz", "990240005612",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "appointment",
            ("ЕКЦ-2027/212", "2027-03-15", "О назначении ответственного лица"),
            "record Сарсенбаева Айгерим Болатовна as the responsible person for service 00305012")
    body = ("Добрый день на Ваш запрос ЕКЦ-2027/212 сообщаем что ответственным лицом назначена "
            "Сарсенбаева Айгерим Болатовна гл.специалист, тел 8 701 555 12 34 почта a.sarsenbaeva@zhanakorgan.kzo.gov.kz\n\n"
            "Отправлено с iPhone\n")
    data = text_mail(addr("Сарсенбаева Айгерим", "a.sarsenbaeva@zhanakorgan.kzo.gov.kz"), "Re: О назначении ответственного лица",
                     "Wed, 17 Mar 2027 18:42:10 +0500", body)
    save("a01-appoint-iphone.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Сарсенбаева Айгерим Болатовна", email="a.sarsenbaeva@zhanakorgan.kzo.gov.kz", phone="8 701 555 12 34"),
        "previous_responsible": None}], c, "responsible_change (appointment)", "ru", "eml plain utf-8",
        "one run-on sentence, no punctuation, iPhone footer, position abbreviated")

    # a02: reply on top of quoted EKC request (the quote asks for Appendix 1 too)
    c = ctx("ГУ «Отдел занятости и социальных программ Аягозского района»", "ozsp.ayagoz@vko.gov.kz", "041140002233",
            [("00802004", "Назначение жилищной помощи"), ("00802019", "Назначение государственной адресной социальной помощи")],
            "appointment", ("ЕКЦ-2027/198", "2027-03-10", "Запрос о представлении информации о государственных услугах"),
            "record Кенжебаев Нурлан Маратович as responsible for 00802004 and 00802019")
    body = """Здравствуйте!
Ответственный по ЕКЦ у нас - Кенжебаев Нурлан Маратович, ведущий специалист отдела, тел. 8(72237) 3-14-52, nurlan.k@ayagoz-ozsp.kz
Форму пришлем до конца недели.

С уважением, Айжан
отдел занятости Аягоз

-----Original Message-----
From: info@ekc.gov.kz
Sent: Wednesday, March 10, 2027 11:02 AM
To: ozsp.ayagoz@vko.gov.kz
Subject: Запрос о представлении информации о государственных услугах

Исх. № ЕКЦ-2027/198 от 10.03.2027

В соответствии с пунктами 4 и 5 Правил взаимодействия Единого контакт-центра просим в течение трех
рабочих дней назначить ответственное лицо за представление информации по государственным услугам
00802004 «Назначение жилищной помощи» и 00802019 «Назначение государственной адресной социальной помощи»
и в срок не более пяти рабочих дней представить информацию по форме согласно приложению 1.

Единый контакт-центр
"""
    data = text_mail(addr("ОЗСП Аягоз", "ozsp.ayagoz@vko.gov.kz"), "RE: Запрос о представлении информации о государственных услугах",
                     "Fri, 12 Mar 2027 09:15:44 +0500", body, charset="windows-1251")
    save("a02-appoint-on-top-of-quote.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Кенжебаев Нурлан Маратович", position="ведущий специалист отдела", email="nurlan.k@ayagoz-ozsp.kz", phone="8(72237) 3-14-52"),
        "previous_responsible": None}], c, "responsible_change (appointment)", "ru", "eml plain windows-1251 base64",
        "reply on top of quoted EKC request that itself mentions the form; signer (Айжан) is not the appointee")

    # a03: HTML-only webmail, surname-initials, Kazakh greeting
    c = ctx("ГУ «Аппарат акима Бескольского сельского округа»", "beskol.so@mail.ru", "120440011875",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства"), ("00305027", "Выдача справки о регистрации по месту жительства в сельском округе")],
            "appointment", ("ЕКЦ-2027/233", "2027-03-19", "О назначении ответственного лица"),
            "record Жумабаева Г.К. as responsible for the rural district's services")
    html = """<div>Сәлеметсіз бе!</div><div><br></div>
<div>По письму ЕКЦ-2027/233 от 19.03.2027г. ответственным за взаимодействие с Единым контакт-центром определена
<b>Жумабаева Г.К.</b> - специалист 1 категории аппарата акима с.о.</div>
<div>тел: 87273 4-21-09, сот. +7 777 302 11 98</div>
<div><br></div><div>--<br>Бескөл ауылдық округі әкімінің аппараты</div>"""
    data = html_mail("beskol.so@mail.ru", "ответственное лицо", "Mon, 22 Mar 2027 10:03:00 +0500", html)
    save("a03-appoint-html-initials.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Жумабаева Г.К.", position="специалист 1 категории аппарата акима с.о."),
        "previous_responsible": None}], c, "responsible_change (appointment)", "ru+kk", "eml html-only",
        "name as surname + initials; two phones (work and mobile); Kazakh greeting and signature")

    # a04: Kazakh language appointment, docx attachment with covering note
    c = ctx("«Шет ауданының білім бөлімі» ММ", "shet.bilim@karaganda.gov.kz", "030540004417",
            [("00702011", "Мектепке дейінгі білім беру ұйымдарына құжаттар қабылдау және балаларды қабылдау")],
            "appointment", ("ЕКЦ-2027/241", "2027-03-22", "Жауапты тұлғаны тағайындау туралы"),
            "record Оспанова Динара Ерлановна as responsible for 00702011")
    doc = mkdocx(["«ШЕТ АУДАНЫНЫҢ БІЛІМ БӨЛІМІ» ММ", "Ақсу-Аюлы ауылы, Бейбітшілік к-сі, 12", "Шығ. № 02-14/318   24.03.2027 ж.", "",
                  "Бірыңғай байланыс орталығына", "",
                  "2027 жылғы 22 наурыздағы № ЕКЦ-2027/241 хатыңызға жауап ретінде хабарлаймыз: «Мектепке дейінгі білім беру ұйымдарына "
                  "құжаттар қабылдау және балаларды қабылдау» мемлекеттік көрсетілетін қызметі (тізілімдегі № 00702011) бойынша "
                  "Бірыңғай байланыс орталығына ақпарат ұсынуға жауапты тұлға болып бөлімнің бас маманы Оспанова Динара Ерланқызы "
                  "тағайындалды.",
                  "Байланыс телефоны: 8 (71031) 2-18-44, e-mail: d.ospanova@shet-bilim.kz", "",
                  "Бөлім басшысы                                     Қ. Тұрсынов"])
    data = mixed_mail(addr("Шет білім", "shet.bilim@karaganda.gov.kz"), "Жауап ЕКЦ-2027/241", "Wed, 24 Mar 2027 16:20:00 +0500",
                      "Хат қоса беріліп отыр.\nҚұрметпен, кеңсе\n", [("zhauap_ekc.docx", doc)])
    save("a04-appoint-kk-docx.eml", data, [{"part": "zhauap_ekc.docx", "kind": "responsible_change", "language": "kk",
        "responsible": resp("Оспанова Динара Ерланқызы", email="d.ospanova@shet-bilim.kz", phone="8 (71031) 2-18-44"),
        "previous_responsible": None, "services": [svc("00702011")]}], c, "responsible_change (appointment)", "kk", "eml + docx",
        "Kazakh letter, patronymic in -қызы, covering note in Kazakh, signer is the head not the appointee")

    # a05: .txt, typed letter with letterhead, name in accusative
    c = ctx("ГУ «Отдел земельных отношений Карасайского района»", "zem.karasay@almobl.gov.kz", "060740009981",
            [("00402031", "Выдача решения на изменение целевого назначения земельного участка")], "appointment",
            ("ЕКЦ-2027/250", "2027-03-24", "О назначении ответственного лица"),
            "record Ибраев Самат Кайратович as responsible for 00402031")
    txt = """ГУ "Отдел земельных отношений Карасайского района"
г.Каскелен, ул.Абылай хана 38
исх. 04-07/211 от 26.03.2027

Единый контакт-центр

Настоящим сообщаем, что приказом руководителя отдела от 25.03.2027 № 14-п ответственным за представление информации в ЕКЦ по гос.услуге "Выдача решения на изменение целевого назначения земельного участка" (00402031) назначен

Ибраев Самат Кайратович - главный специалист
т. 8 (72771) 2-40-17
ibraev.s@karasay-zem.kz

Руководитель отдела         Д.Мукашев
исп. Ибраев С.
"""
    save("a05-appoint-typed.txt", txt.encode("utf-8"), [{"part": "a05-appoint-typed.txt", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Ибраев Самат Кайратович", position="главный специалист", email="ibraev.s@karasay-zem.kz", phone="8 (72771) 2-40-17"),
        "previous_responsible": None, "services": [svc("00402031")]}], c, "responsible_change (appointment)", "ru", "txt utf-8",
        "order date 25.03 vs letter date; executor line repeats the appointee's initials")

    # a06: koi8-r, homoglyphs in body, phone with dots
    c = ctx("ГУ «Управление ветеринарии Акмолинской области»", "vet@akmola.gov.kz", "050240012290",
            [("01102005", "Выдача ветеринарной справки"), ("01102009", "Выдача ветеринарного паспорта на животное")], "appointment",
            ("ЕКЦ-2027/188", "2027-03-05", "О назначении ответственного лица и представлении информации"),
            "record Павленко Ольга Викторовна as responsible for 01102005 and 01102009")
    body = ("Уважаемые коллеги,\n\nНа Ваше письмо сообщаем: oтветственным лицом за взаимодействие с ЕКЦ по услугам 01102005 и 01102009 "
            "опредeлена Павленко Ольга Викторовна, главный ветеринарный инспектор отдела ветеринарной безопасности.\n"
            "Tел.: 8.7162.25.60.14\nE-mail: O.Pavlenko@akmola-vet.kz\n\nЗам. руководителя управления\nА. Смагулов\n")
    data = text_mail(addr("Приемная УВ", "vet@akmola.gov.kz"), "Ответ на ЕКЦ-2027/188", "Tue, 09 Mar 2027 12:00:31 +0500", body, charset="koi8-r")
    save("a06-appoint-koi8-homoglyph.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Павленко Ольга Викторовна", position="главный ветеринарный инспектор отдела ветеринарной безопасности",
                            email="o.pavlenko@akmola-vet.kz", phone="8.7162.25.60.14"),
        "previous_responsible": None, "services": [svc("01102005"), svc("01102009")]}], c, "responsible_change (appointment)", "ru",
        "eml plain koi8-r", "Latin o/e/T look-alikes in 'oтветственным', 'опредeлена', 'Tел.'; phone with dots; e-mail in mixed case")

    # a07: very short, no greeting, only surname+first name
    c = ctx("ГУ «Отдел архитектуры и градостроительства города Степногорск»", "arch@stepnogorsk.gov.kz", "100340015523",
            [("00501022", "Выдача архитектурно-планировочного задания")], "appointment",
            ("ЕКЦ-2027/260", "2027-03-29", "О назначении ответственного лица"), "record Бекова Лаура as responsible")
    body = "Ответственная Бекова Лаура, 8-71645-6-33-21\n"
    data = text_mail("arch@stepnogorsk.gov.kz", "Re: О назначении ответственного лица", "Mon, 29 Mar 2027 17:55:02 +0500", body)
    save("a07-appoint-one-line.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Бекова Лаура", phone="8-71645-6-33-21"), "previous_responsible": None}], c,
        "responsible_change (appointment)", "ru", "eml plain", "one line; name without patronymic; only the subject gives the context")

    # a08: Outlook HTML with table of contacts + disclaimer
    c = ctx("ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Бурабайского района»",
            "zhkh.burabay@akmola.gov.kz", "091140007781",
            [("00601014", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда")],
            "appointment", ("ЕКЦ-2027/266", "2027-03-30", "О назначении ответственного лица"),
            "record Тулегенов Марат Серикович as responsible for 00601014")
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"><style>p.MsoNormal{margin:0cm;font-family:"Calibri"}</style></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Добрый день!<o:p></o:p></p>
<p class=MsoNormal>Сообщаем данные ответственного лица по услуге 00601014:<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal>ФИО</p></td><td><p class=MsoNormal>Тулегенов Марат Серикович</p></td></tr>
<tr><td><p class=MsoNormal>Должность</p></td><td><p class=MsoNormal>главный специалист по жилищным вопросам</p></td></tr>
<tr><td><p class=MsoNormal>Телефон</p></td><td><p class=MsoNormal>+7 (71636) 7-12-30</p></td></tr>
<tr><td><p class=MsoNormal>E-mail</p></td><td><p class=MsoNormal><a href="mailto:m.tulegenov@burabay-zhkh.kz">m.tulegenov@burabay-zhkh.kz</a></p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal style='color:gray;font-size:8pt'>Данное сообщение и любые приложения к нему являются конфиденциальными и предназначены исключительно для адресата. Если Вы получили это сообщение по ошибке, удалите его.</p>
</div></body></html>"""
    data = html_mail(addr("Тулегенов Марат", "zhkh.burabay@akmola.gov.kz"), "RE: О назначении ответственного лица", "Thu, 01 Apr 2027 08:47:19 +0500", html, charset="windows-1251")
    save("a08-appoint-outlook-table.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Тулегенов Марат Серикович", position="главный специалист по жилищным вопросам", email="m.tulegenov@burabay-zhkh.kz", phone="+7 (71636) 7-12-30"),
        "previous_responsible": None, "services": [svc("00601014")]}], c, "responsible_change (appointment)", "ru", "eml html-only windows-1251",
        "contact given as a field|value table; confidentiality disclaimer")

    # a09: mixed kk/ru with -ұлы patronymic, phone written as words grouped
    c = ctx("ГУ «Аппарат акима Сарыагашского района»", "sarыagash.akimat@turkestan.gov.kz".replace("ы", "y"), "990840003347",
            [("00305033", "Выдача справки о наличии или отсутствии земельного участка")], "appointment",
            ("ЕКЦ-2027/271", "2027-03-31", "О назначении ответственного лица"), "record Әбдірахман Нұрлан Серікұлы as responsible")
    body = """Құрметті әріптестер!

ЕКЦ-2027/271 хатқа жауап: жауапты тұлға - Әбдірахман Нұрлан Серікұлы, аудан әкімі аппаратының бас маманы.
Тел: 8 725 37 2 11 63, моб. 8 747 118 40 05
Почта: n.abdirakhman@saryagash.gov.kz

Ответственным лицом по ЕКЦ назначен Әбдірахман Н.С. (с 05.04 на месте, до этого в командировке)

Құрметпен,
Ж. Сейітқали
"""
    data = text_mail(addr("Сарыағаш әкімдігі", "saryagash.akimat@turkestan.gov.kz"), "жауап", "Fri, 02 Apr 2027 11:11:11 +0500", body, cte="qp")
    save("a09-appoint-kk-ru-mix.eml", data, [{"part": "body", "kind": "responsible_change", "language": "kk",
        "responsible": resp("Әбдірахман Нұрлан Серікұлы", position="аудан әкімі аппаратының бас маманы", email="n.abdirakhman@saryagash.gov.kz"),
        "previous_responsible": None}], c, "responsible_change (appointment)", "kk+ru", "eml plain quoted-printable",
        "Kazakh then Russian restatement with initials; two phones; 'с 05.04' is absence, not a takeover date")

    # a10: appointment via attached PDF scan-like letter with text layer, body empty
    c = ctx("ГУ «Отдел предпринимательства и сельского хозяйства Зерендинского района»", "ozsh.zerenda@akmola.gov.kz", "080340021198",
            [("00901041", "Субсидирование стоимости удобрений"), ("00901042", "Субсидирование стоимости гербицидов")], "appointment",
            ("ЕКЦ-2027/275", "2027-04-01", "О назначении ответственного лица"), "record Ахметжанов Ерлан Болатович as responsible for 00901041, 00901042")
    pdf = mkpdf(["ГУ «Отдел предпринимательства и сельского хозяйства Зерендинского района»",
                 "с. Зеренда, ул. Мира, 52                  Исх. № 01-12/96 от 05.04.2027 г.", "",
                 "                                        Единый контакт-центр", "",
                 "На № ЕКЦ-2027/275 от 01.04.2027 г.", "",
                 "Отдел предпринимательства и сельского хозяйства Зерендинского района",
                 "сообщает, что ответственным лицом за представление информации по",
                 "государственным услугам 00901041 «Субсидирование стоимости удобрений» и",
                 "00901042 «Субсидирование стоимости гербицидов» назначен главный специалист",
                 "Ахметжанов Ерлан Болатович (тел. 8 716 32 2 19 75, e.akhmetzhanov@zerenda-agro.kz).", "",
                 "Руководитель отдела                                  Б. Касенов"])
    data = mixed_mail("ozsh.zerenda@akmola.gov.kz", "01-12/96", "Mon, 05 Apr 2027 15:02:00 +0500", "", [("01-12-96.pdf", pdf)])
    save("a10-appoint-pdf-empty-body.eml", data, [{"part": "01-12-96.pdf", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Ахметжанов Ерлан Болатович", email="e.akhmetzhanov@zerenda-agro.kz", phone="8 716 32 2 19 75"),
        "previous_responsible": None, "services": [svc("00901041"), svc("00901042")]}], c, "responsible_change (appointment)", "ru", "eml + pdf",
        "empty body, subject is only the outgoing number; name wraps onto a PDF line of its own")

    # a11: appointment of two people (main + deputy), Russian, typos
    c = ctx("ГУ «Отдел регистрации актов гражданского состояния Кордайского района»", "zags.korday@zhambyl.gov.kz", "110140019934",
            [("00201001", "Регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния")],
            "appointment", ("ЕКЦ-2027/280", "2027-04-02", "О назначении ответственного лица"),
            "record Мамырова Салтанат Жаксылыковна as responsible; Ли Виктория noted as substitute")
    body = """Добрый день,
по вашему письму от 02.04 сообщаем, ответсвенная за предоставление информации в ЕКЦ по услуге 00201001 - Мамырова Салтанат Жаксылыковна, заведующая сектором, тел 8 72636 2 15 40.
на период её отсуствия вопросы решает Ли Виктория (специалист), тот же тел.
спасибо
"""
    data = text_mail("zags.korday@zhambyl.gov.kz", "Re: О назначении ответственного лица", "Tue, 06 Apr 2027 10:22:05 +0500", body, charset="windows-1251", cte="8bit")
    save("a11-appoint-with-deputy.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Мамырова Салтанат Жаксылыковна", position="заведующая сектором", phone="8 72636 2 15 40"),
        "previous_responsible": None, "services": [svc("00201001")]}], c, "responsible_change (appointment)", "ru", "eml plain windows-1251 8bit",
        "typos (ответсвенная, отсуствия); a second person named as substitute must not become the responsible")

    # a12: Outlook-style reply with signature block bigger than the message, phone with +7 and ext.
    c = ctx("КГУ «Управление цифровизации Северо-Казахстанской области»", "cifra@sko.gov.kz", "180240031207",
            [("00105002", "Выдача справки об отсутствии (наличии) задолженности"), ("00105007", "Выдача дубликата документа")], "appointment",
            ("ЕКЦ-2027/282", "2027-04-05", "О назначении ответственного лица"), "record Гордиенко Артём Сергеевич as responsible")
    plain = """Коллеги, день добрый.
Ответственный от Управления - я, Гордиенко Артём Сергеевич, руководитель отдела развития гос.услуг.
Все вопросы по 00105002 и 00105007 на меня.

--
С уважением,
Гордиенко Артём
Руководитель отдела развития государственных услуг
КГУ «Управление цифровизации СКО»
г. Петропавловск, ул. Конституции Казахстана, 58, каб. 412
Тел.: +7 7152 46-90-12 (вн. 114)
a.gordienko@sko-cifra.kz
"""
    html = "<div>" + plain.replace("\n", "<br>\n") + "</div>"
    data = html_mail(addr("Гордиенко Артём Сергеевич", "a.gordienko@sko-cifra.kz"), "RE: О назначении ответственного лица", "Tue, 06 Apr 2027 14:40:00 +0600", html, plain=plain)
    save("a12-appoint-self-signature.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Гордиенко Артём Сергеевич", email="a.gordienko@sko-cifra.kz"),
        "previous_responsible": None, "services": [svc("00105002"), svc("00105007")]}], c, "responsible_change (appointment)", "ru", "eml multipart/alternative",
        "the writer appoints himself ('я'); contacts only in the signature; phone with extension (not keyed)")

    # a13: docx, formal, name in instrumental case
    c = ctx("ГУ «Отдел физической культуры и спорта Жамбылского района Алматинской области»", "sport.zhambyl@almobl.gov.kz", "130240024410",
            [("01503002", "Присвоение спортивных разрядов и категорий")], "appointment",
            ("ЕКЦ-2027/290", "2027-04-07", "О назначении ответственного лица"), "record Нуржанова Асель Маратовна as responsible for 01503002")
    doc = mkdocx(["Исх. № 03-11/77", "от 09.04.2027", "", "Руководителю Единого контакт-центра", "",
                  "На Ваш исх. № ЕКЦ-2027/290 от 07.04.2027 года сообщаем, что ответственным лицом за представление информации "
                  "по государственной услуге «Присвоение спортивных разрядов и категорий» (реестровый номер 01503002) "
                  "определена методистом отдела Нуржановой Асель Маратовной.",
                  "Контактные данные: 8 (72770) 2-11-88, sport.nurzhanova@mail.ru", "",
                  "Руководитель отдела                          Е. Сабитов"])
    data = mixed_mail("sport.zhambyl@almobl.gov.kz", "ответ на запрос ЕКЦ", "Fri, 09 Apr 2027 12:30:00 +0500",
                      "Направляем ответ на Ваш запрос.\n", [("otvet EKC 03-11-77.docx", doc)])
    save("a13-appoint-docx-instrumental.eml", data, [{"part": "otvet EKC 03-11-77.docx", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Нуржанова Асель Маратовна", email="sport.nurzhanova@mail.ru", phone="8 (72770) 2-11-88"),
        "previous_responsible": None, "services": [svc("01503002")]}], c, "responsible_change (appointment)", "ru", "eml + docx",
        "name in the instrumental case (Нуржановой Асель Маратовной) -> nominative; attachment name with spaces")

    # a14: forwarded from the akim's reception, actual answer inside forward
    c = ctx("ГУ «Аппарат акима поселка Жайрем»", "zhairem.akimat@ulytau.gov.kz", "150840006678",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "appointment",
            ("ЕКЦ-2027/301", "2027-04-09", "О назначении ответственного лица"), "record Ким Денис Олегович as responsible")
    body = """пересылаю ответ по вашему запросу

-------- Пересылаемое сообщение --------
От: Ким Денис <kim.d.zhairem@mail.ru>
Кому: zhairem.akimat@ulytau.gov.kz
Дата: Понедельник, 12 апреля 2027, 9:14 +05:00
Тема: ЕКЦ ответственный

Айгуль, отправь пожалуйста в ЕКЦ: ответственный по справкам ЛПХ - Ким Денис Олегович, главный специалист аппарата акима поселка, 8 710 35 2 70 44, kim.d.zhairem@mail.ru
--------------------------------------
"""
    data = text_mail(addr("Аппарат акима п.Жайрем", "zhairem.akimat@ulytau.gov.kz"), "Fwd: ЕКЦ ответственный", "Mon, 12 Apr 2027 09:30:00 +0500", body)
    save("a14-appoint-forwarded.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Ким Денис Олегович", position="главный специалист аппарата акима поселка", email="kim.d.zhairem@mail.ru", phone="8 710 35 2 70 44"),
        "previous_responsible": None}], c, "responsible_change (appointment)", "ru", "eml plain",
        "the substance sits inside a forwarded internal message; forwarder and addressee (Айгуль) are other people")


# ======================================================================
# REPLACEMENTS (p.7)
# ======================================================================

def replacements():
    # r01: leave, dates with year
    c = ctx("ГУ «Отдел экономики и финансов Илийского района»", "oef.ili@almobl.gov.kz", "070940013356",
            [("00305041", "Выдача справки о постановке на учет в качестве безработного")], "consulting", None,
            "switch the responsible person to Мусин Тимур Аскарович from 2027-04-12")
    body = """Добрый день!
Уведомляем, что на период трудового отпуска Сейткалиевой А.Б. (с 12.04.2027 по 07.05.2027) обязанности ответственного лица за взаимодействие с ЕКЦ временно возлагаются на Мусина Тимура Аскаровича, главного специалиста отдела.
Контакты: тел. 8 (72752) 3-05-16, t.musin@ili-oef.kz

С уважением,
Отдел экономики и финансов Илийского района
"""
    data = text_mail("oef.ili@almobl.gov.kz", "замена на время отпуска", "Fri, 09 Apr 2027 16:10:00 +0500", body)
    save("r01-leave-accusative.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Мусин Тимур Аскарович", email="t.musin@ili-oef.kz", phone="8 (72752) 3-05-16"),
        "previous_responsible": {"full_name": "Сейткалиева А.Б."}, "effective_date": "2027-04-12"}], c, "responsible_change", "ru", "eml plain",
        "both names in oblique cases (genitive, accusative); leave period with end date")

    # r02: sick leave, very short, phone from mobile
    c = ctx("ГУ «Аппарат акима Талапкерского сельского округа»", "talapker.so@akmola.gov.kz", "160140027712",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "consulting", None,
            "switch the responsible person to Абенова Жанар Кайратовна (temporary, sick leave)")
    body = "Омарова Д. на больничном, временно вместо нее по всем вопросам ЕКЦ Абенова Жанар Кайратовна 87052224160\n\nОтправлено с Android\n"
    data = text_mail("talapker.so@akmola.gov.kz", "ЕКЦ", "Wed, 14 Apr 2027 08:05:00 +0500", body)
    save("r02-sick-leave-short.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Абенова Жанар Кайратовна", phone="87052224160"), "previous_responsible": {"full_name": "Омарова Д."},
        "effective_date": None}], c, "responsible_change", "ru", "eml plain",
        "one sentence, no punctuation; no date given (effective_date null); Android footer")

    # r03: dismissal, "с 1 апреля" year from the letter
    c = ctx("ГУ «Отдел строительства города Кентау»", "stroy.kentau@turkestan.gov.kz", "101040018844",
            [("00501022", "Выдача архитектурно-планировочного задания"), ("00501031", "Выдача разрешения на строительство")], "consulting",
            None, "switch the responsible person to Жолдасбекова Мадина Бахытовна from 2027-04-01")
    txt = """Исх № 12/143 от 30.03.2027г

В Единый контакт-центр

В связи с увольнением Петрова Игоря Ивановича, ответственного за представление информации в ЕКЦ по гос.услугам 00501022, 00501031, с 1 апреля ответственным лицом назначена Жолдасбекова Мадина Бахытовна, ведущий специалист отдела строительства.
Тел: 8(72536)3-44-12
Эл.адрес: zholdasbekova.m@kentau-stroy.kz

И.о. руководителя                    А.Ералиев
"""
    save("r03-dismissal-no-year.txt", txt.encode("utf-8"), [{"part": "r03-dismissal-no-year.txt", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Жолдасбекова Мадина Бахытовна", position="ведущий специалист отдела строительства", email="zholdasbekova.m@kentau-stroy.kz", phone="8(72536)3-44-12"),
        "previous_responsible": {"full_name": "Петров Игорь Иванович"}, "effective_date": "2027-04-01",
        "services": [svc("00501022"), svc("00501031")]}], c, "responsible_change", "ru", "txt utf-8",
        "'с 1 апреля' without a year (year from the letter's date 30.03.2027); previous in genitive")

    # r04: several people, only one for EKC
    c = ctx("ГУ «Управление по делам религий Костанайской области»", "din@kostanay.gov.kz", "020440005561",
            [("01301004", "Проведение религиоведческой экспертизы")], "consulting", None,
            "switch the EKC responsible to Утегенова Айнур Сериковна; ignore other staff moves")
    body = """Уважаемые коллеги!

В связи с уходом в отпуск ряда сотрудников Управления сообщаем о временном распределении обязанностей с 19.04.2027:
1) обязанности главного бухгалтера Жакеновой С.Т. - на бухгалтера Смирнову Елену Петровну;
2) обязанности ответственного за взаимодействие с Единым контакт-центром по услуге 01301004 вместо Жакенова Ерлана Муратовича - на главного специалиста Утегенову Айнур Сериковну (тел. 8 7142 53 27 90, a.utegenova@kst-din.kz);
3) приём граждан по вторникам ведет Байжанов К.К.

Руководитель аппарата Управления
Р. Сулейменов
"""
    data = text_mail(addr("Канцелярия УДР", "din@kostanay.gov.kz"), "О временном распределении обязанностей", "Thu, 15 Apr 2027 11:45:00 +0600", body)
    save("r04-several-people.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Утегенова Айнур Сериковна", email="a.utegenova@kst-din.kz", phone="8 7142 53 27 90"),
        "previous_responsible": {"full_name": "Жакенов Ерлан Муратович"}, "effective_date": "2027-04-19",
        "services": [svc("01301004")]}], c, "responsible_change", "ru", "eml plain",
        "three staff moves in one list, only item 2 concerns the EKC; similar surnames Жакенова/Жакенов")

    # r05: "с понедельника 03.05"
    c = ctx("ГУ «Отдел образования Уланского района»", "bilim.ulan@vko.gov.kz", "050840019920",
            [("00702011", "Прием документов и зачисление детей в дошкольные организации образования"),
             ("00702017", "Предоставление бесплатного подвоза к общеобразовательным организациям")], "consulting", None,
            "switch the responsible person to Кравченко Наталья from 2027-05-03")
    body = """Добрый день. Сообщаем что с понедельника 03.05 ответственной за ЕКЦ вместо Исаковой Гульнары будет Кравченко Наталья (методист).
Телефон тот же 8-723-38-2-17-55, почта natalia.kravchenko.ulan@mail.ru
"""
    data = text_mail("bilim.ulan@vko.gov.kz", "смена ответственного", "Thu, 29 Apr 2027 17:20:00 +0500", body)
    save("r05-from-monday.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Кравченко Наталья", position="методист", email="natalia.kravchenko.ulan@mail.ru", phone="8-723-38-2-17-55"),
        "previous_responsible": {"full_name": "Исакова Гульнара"}, "effective_date": "2027-05-03"}], c, "responsible_change", "ru", "eml plain",
        "date 'с понедельника 03.05' without year; names without patronymic; previous in genitive")

    # r06: Kazakh replacement, docx
    c = ctx("«Жаңақорған ауданының жер қатынастары бөлімі» ММ", "zher.zhanakorgan@kzo.gov.kz", "040540008876",
            [("00402031", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру")], "consulting", None,
            "switch the responsible person to Қасымова Әйгерім Бақытжанқызы from 2027-04-15")
    doc = mkdocx(["«Жаңақорған ауданының жер қатынастары бөлімі» мемлекеттік мекемесі", "Шығ. № 05-118, 2027 жылғы 13 сәуір", "",
                  "Бірыңғай байланыс орталығы", "",
                  ("b", "Жауапты тұлғаның ауысуы туралы"), "",
                  "Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 7-тармағына сәйкес хабарлаймыз: "
                  "00402031 мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға Серікбаев Дәурен Асқарұлы басқа жұмысқа "
                  "ауысуына байланысты 2027 жылғы 15 сәуірден бастап жауапты тұлға болып Қасымова Әйгерім Бақытжанқызы, "
                  "бөлімнің жетекші маманы, белгіленді.",
                  "Тел.: 8 (72435) 2-19-07; e-mail: a.kasymova@zhanakorgan-zher.kz", "",
                  "Бөлім басшысы                                   Н. Әлімбетов"])
    save("r06-kk-docx.docx", doc, [{"part": "r06-kk-docx.docx", "kind": "responsible_change", "language": "kk",
        "responsible": resp("Қасымова Әйгерім Бақытжанқызы", email="a.kasymova@zhanakorgan-zher.kz", phone="8 (72435) 2-19-07"),
        "previous_responsible": {"full_name": "Серікбаев Дәурен Асқарұлы"}, "effective_date": "2027-04-15",
        "services": [svc("00402031")]}], c, "responsible_change", "kk", "docx",
        "Kazakh only; date '2027 жылғы 15 сәуірден бастап'; outgoing date 13 сәуір is not the takeover date")

    # r07: Outlook HTML with old/new table
    c = ctx("ГУ «Управление природных ресурсов и регулирования природопользования Павлодарской области»", "priroda@pavlodar.gov.kz", "060240022218",
            [("01004003", "Выдача разрешения на эмиссии в окружающую среду"), ("01004011", "Выдача разрешения на специальное водопользование")],
            "consulting", None, "switch the responsible person to Шевченко Ирина Анатольевна")
    html = """<html><body style="font-family:Calibri">
<p>Добрый день!</p>
<p>Направляем информацию о замене ответственного лица:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th></th><th>Было</th><th>Стало</th></tr>
<tr><td>ФИО</td><td>Бекмуханов Аскар Жумабекович</td><td>Шевченко Ирина Анатольевна</td></tr>
<tr><td>Должность</td><td>руководитель отдела</td><td>главный специалист отдела разрешений</td></tr>
<tr><td>Телефон</td><td>8 7182 32 11 09</td><td>8 (7182) 32-15-70</td></tr>
<tr><td>e-mail</td><td>a.bekmukhanov@pvl-priroda.kz</td><td>i.shevchenko@pvl-priroda.kz</td></tr>
</table>
<p>Услуги: 01004003, 01004011.</p>
<p>--<br>Канцелярия УПРиРП</p></body></html>"""
    data = html_mail("priroda@pavlodar.gov.kz", "Замена ответственного лица", "Mon, 19 Apr 2027 09:58:00 +0600", html)
    save("r07-old-new-table.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Шевченко Ирина Анатольевна", position="главный специалист отдела разрешений", email="i.shevchenko@pvl-priroda.kz", phone="8 (7182) 32-15-70"),
        "previous_responsible": {"full_name": "Бекмуханов Аскар Жумабекович"}, "services": [svc("01004003"), svc("01004011")]}], c,
        "responsible_change", "ru", "eml html-only", "old and new person side by side in a 3-column table; the old column comes first")

    # r08: transfer, formal docx with header block and outgoing number
    c = ctx("ГУ «Отдел культуры и развития языков Айыртауского района»", "madeniet.aiyrtau@sko.gov.kz", "090140033310",
            [("00703001", "Выдача архивных справок")], "information",
            ("ЕКЦ-2027/305", "2027-04-12", "О представлении информации по форме приложения 1"),
            "switch the responsible person to Нургалиева Томирис Ерболовна; the form is still awaited")
    doc = mkdocx(["ГУ «Отдел культуры и развития языков Айыртауского района»",
                  "150100, с. Саумалколь, ул. Ш.Уалиханова, 9, тел. 8(71533)2-13-02", "",
                  "№ 17-02/64 от «20» апреля 2027 г.", "", "Единый контакт-центр", "",
                  "В связи с переводом Бурханова Азата Кайратовича на должность руководителя сектора, ответственным "
                  "за представление информации в Единый контакт-центр по государственной услуге «Выдача архивных справок» "
                  "с 21 апреля 2027 года назначена Нургалиева Томирис Ерболовна, главный специалист.",
                  "Контакты: 8 771 412 63 08, tomiris.n@aiyrtau-madeniet.kz.",
                  "Информацию по форме приложения 1 направим дополнительно.", "",
                  "Руководитель отдела                    Г. Оспанов"])
    data = mixed_mail("madeniet.aiyrtau@sko.gov.kz", "17-02/64", "Tue, 20 Apr 2027 17:03:00 +0600",
                      "Добрый вечер, письмо во вложении\n", [("17-02-64.docx", doc)])
    save("r08-transfer-docx.eml", data, [{"part": "17-02-64.docx", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Нургалиева Томирис Ерболовна", position="главный специалист", email="tomiris.n@aiyrtau-madeniet.kz", phone="8 771 412 63 08"),
        "previous_responsible": {"full_name": "Бурханов Азат Кайратович"}, "effective_date": "2027-04-21"}], c,
        "responsible_change", "ru", "eml + docx", "previous moves to another post (the new post must not become a position); promises the form later")

    # r09: maternity leave, missing charset label, windows-1251 bytes
    c = ctx("ГУ «Аппарат акима Курмангазинского района»", "akimat.kurmangazy@atyrau.gov.kz", "990340007712",
            [("00305027", "Выдача справки о регистрации по месту жительства в сельском округе")], "consulting", None,
            "switch the responsible person to Утепкалиев Бауыржан")
    body = """Здравствуйте,
в связи с уходом Нурмагамбетовой Алии в декретный отпуск ответственным по вопросам ЕКЦ будет Утепкалиев Бауыржан, тел. 8 (71233) 2 07 51.
Письма просьба направлять на общую почту аппарата.
"""
    data = raw_mail(["From: akimat.kurmangazy@atyrau.gov.kz", "To: info@ekc.gov.kz",
                     "Subject: =?windows-1251?B?" + base64.b64encode("декрет - замена".encode("cp1251")).decode() + "?=",
                     "Date: Wed, 21 Apr 2027 10:14:00 +0500", "Message-ID: <kurm-0421@atyrau.gov.kz>", "MIME-Version: 1.0",
                     "Content-Type: text/plain", "Content-Transfer-Encoding: 8bit"], body.replace("\n", "\r\n").encode("cp1251"))
    save("r09-maternity-no-charset.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Утепкалиев Бауыржан", phone="8 (71233) 2 07 51"), "previous_responsible": {"full_name": "Нурмагамбетова Алия"}}], c,
        "responsible_change", "ru", "eml 8bit windows-1251 with no charset label", "no charset in Content-Type; previous in genitive")

    # r10: reply on top of EKC's reminder quote
    c = ctx("ГУ «Отдел ветеринарии Мактааральского района»", "vet.maktaaral@turkestan.gov.kz", "120640009930",
            [("01102005", "Выдача ветеринарной справки")], "additional_answer",
            ("ЕКЦ-2027/318", "2027-04-16", "О представлении разъяснений"),
            "switch the responsible person to Оралбек Айдос Нұрланұлы; the clarification is still awaited")
    body = """Здравствуйте. Нуржан Т. у нас уже не работает с марта. Теперь по ЕКЦ - Оралбек Айдос Нұрланұлы, ветврач, 8 (72541) 6-20-33.
Разъяснения он направит.

> 16.04.2027, info@ekc.gov.kz пишет:
> Уважаемый Нуржан Тулегенович!
> Повторно просим представить разъяснения по порядку выдачи ветеринарной справки (01102005):
> сроки оказания услуги при обращении через ЦОН. Ответственное лицо не отвечает на звонки.
> Исх. ЕКЦ-2027/318
"""
    data = text_mail("vet.maktaaral@turkestan.gov.kz", "Re: О представлении разъяснений", "Thu, 22 Apr 2027 12:12:00 +0500", body)
    save("r10-reply-on-reminder.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Оралбек Айдос Нұрланұлы", position="ветврач", phone="8 (72541) 6-20-33"),
        "previous_responsible": {"full_name": "Нуржан Т."}}], c, "responsible_change", "ru", "eml plain",
        "previous written as given name + initial; quoted reminder below; 'с марта' is when the previous left, not a dated takeover")

    # r11: iPhone, first person, previous = sender
    c = ctx("ГУ «Отдел сельского хозяйства и ветеринарии Глубоковского района»", "osh.glubokoe@vko.gov.kz", "070140028845",
            [("00901041", "Субсидирование стоимости удобрений")], "consulting", None,
            "switch the responsible person to Асқаров Серік from 2027-04-26")
    body = "С 26.04 вместо меня по ЕКЦ будет Асқаров Серік 87015553311 я в отпуске до 20 мая\n\nЕрмекова Дана\n\nОтправлено с iPhone\n"
    data = text_mail(addr("Дана Ермекова", "d.ermekova@glubokoe-agro.kz"), "отпуск", "Fri, 23 Apr 2027 19:02:00 +0600", body)
    save("r11-iphone-instead-of-me.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Асқаров Серік", phone="87015553311"), "previous_responsible": {"full_name": "Ермекова Дана"},
        "effective_date": "2027-04-26"}], c, "responsible_change", "ru", "eml plain",
        "previous is the writer ('вместо меня'), named only in the signature; no punctuation; Kazakh letters in a Russian letter")

    # r12: replacement in text with typos + homoglyphs, effective "с 1 мая"
    c = ctx("ГУ «Отдел пассажирского транспорта и автомобильных дорог города Экибастуз»", "optiad@ekibastuz.gov.kz", "100940012273",
            [("00603005", "Выдача разрешения на перевозку крупногабаритных грузов")], "consulting", None,
            "switch the responsible person to Сагындыков Ернар Бауыржанович from 2027-05-01")
    body = ("Увaжаемые коллеги\nдоводим до Вашего свeдения что с 1 мая ответственный за взаимодейстие с ЕКЦ по гос.услуге 00603005 "
            "сменился. вместо Кузьмина А.В. (уволился) ответственым назначен Сагындыков Ернар Бауыржанович, инженер отдела\n"
            "Т: +7(7187)75 40 22\nM: ernar.s@ekb-transport.kz\n")
    data = text_mail("optiad@ekibastuz.gov.kz", "ответственное лицо ЕКЦ", "Tue, 27 Apr 2027 15:35:00 +0600", body, charset="windows-1251")
    save("r12-typos-homoglyphs.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Сагындыков Ернар Бауыржанович", position="инженер отдела", email="ernar.s@ekb-transport.kz", phone="+7(7187)75 40 22"),
        "previous_responsible": {"full_name": "Кузьмин А.В."}, "effective_date": "2027-05-01", "services": [svc("00603005")]}], c,
        "responsible_change", "ru", "eml plain windows-1251", "Latin a/e in 'Увaжаемые', 'свeдения'; typos; 'с 1 мая' without year; 'M:' for mail")

    # r13: bilingual docx notice (kk then ru)
    c = ctx("ГУ «Отдел по делам молодежи Осакаровского района»", "zhastar.osakarovka@karaganda.gov.kz", "170340020015",
            [("01502008", "Выдача справки о включении в реестр молодежных организаций")], "consulting", None,
            "switch the responsible person to Тоқтарова Гүлнар Серікқызы")
    doc = mkdocx([("b", "Хабарлама / Уведомление"), "",
                  "Бірыңғай байланыс орталығымен өзара іс-қимыл бойынша жауапты тұлға Бекболатов Ә.Қ. орнына Тоқтарова Гүлнар Серікқызы тағайындалды.",
                  "Ответственным лицом по взаимодействию с ЕКЦ вместо Бекболатова Ә.Қ. назначена Тоқтарова Гүлнар Серікқызы.", "",
                  ("t", [["Аты-жөні / ФИО", "Тоқтарова Гүлнар Серікқызы"], ["Лауазымы / Должность", "бас маман / главный специалист"],
                         ["Тел.", "8 (72149) 4-33-18"], ["E-mail", "g.toktarova@osakar-zhastar.kz"]]), "",
                  "Бөлім басшысы / Руководитель отдела                        М. Жанұзақов"])
    save("r13-bilingual-notice.docx", doc, [{"part": "r13-bilingual-notice.docx", "kind": "responsible_change",
        "responsible": resp("Тоқтарова Гүлнар Серікқызы", email="g.toktarova@osakar-zhastar.kz", phone="8 (72149) 4-33-18"),
        "previous_responsible": {"full_name": "Бекболатов Ә.Қ."}}], c, "responsible_change", "kk+ru", "docx",
        "every line in both languages; position cell bilingual (not keyed); previous in genitive in the Russian line")

    # r14: body + xlsx contact list attached where only one row is the EKC person
    c = ctx("ГУ «Управление занятости и социальных программ Атырауской области»", "uzsp@atyrau.gov.kz", "050140033389",
            [("00802019", "Назначение государственной адресной социальной помощи"), ("00802031", "Оформление документов на инвалидов для предоставления им протезно-ортопедической помощи")],
            "consulting", None, "switch the EKC responsible to Джумагалиева Айман Тлековна from 2027-05-04")
    body = """Коллеги, добрый день.
Во исполнение п.7 Правил сообщаем: с 04.05.2027 ответственным за взаимодействие с ЕКЦ по услугам 00802019 и 00802031 вместо Габдуллина Р.С. (уволен по собственному желанию) назначена Джумагалиева Айман Тлековна, главный специалист отдела социальной помощи, тел. 8 7122 27 51 49, a.dzhumagalieva@atyrau-uzsp.kz.
Обновленный список контактов управления прилагаю для сведения (там все сотрудники, по ЕКЦ - только она).

Канцелярия
"""
    xl = mkxlsx([["ФИО", "Должность", "Телефон", "Участок"],
                 ["Джумагалиева Айман Тлековна", "главный специалист отдела социальной помощи", "8 7122 27 51 49", "ЕКЦ, АСП, протезирование"],
                 ["Калиев Тимур Нурланович", "руководитель отдела занятости", "8 7122 27 51 40", "занятость"],
                 ["Ахмедова Зарина", "специалист", "8 7122 27 51 44", "документооборот"]], widths=[32, 44, 18, 28])
    data = mixed_mail("uzsp@atyrau.gov.kz", "замена ответственного по ЕКЦ", "Fri, 30 Apr 2027 11:00:00 +0500", body, [("kontakty.xlsx", xl)])
    save("r14-body-plus-contacts.eml", data, [{"part": "body", "kind": "responsible_change", "language": "ru",
        "responsible": resp("Джумагалиева Айман Тлековна", position="главный специалист отдела социальной помощи", email="a.dzhumagalieva@atyrau-uzsp.kz", phone="8 7122 27 51 49"),
        "previous_responsible": {"full_name": "Габдуллин Р.С."}, "effective_date": "2027-05-04",
        "services": [svc("00802019"), svc("00802031")]},
        {"part": "kontakty.xlsx", "kind": "other"}], c, "responsible_change", "ru", "eml + xlsx",
        "attached staff list is not a form (kind other); previous in genitive with initials")


# ======================================================================
# APPENDIX 1 FORMS
# ======================================================================
H_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
        "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
        "Нормативные правовые акты, вносящие изменения и дополнения в стандарт и регламент государственной услуги",
        "Адрес веб-сайта, где размещена информация о государственной услуге", "Фамилия, имя, отчество, должность ответственного лица"]
H_KK = ["р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы",
        "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)", "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
        "Стандартқа және регламентке өзгерістер мен толықтырулар енгізетін нормативтік құқықтық актілер",
        "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған веб-сайттың мекенжайы", "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]


def S(reg, name, std, rgl, npa, web, r):
    return {"registry_number": reg, "service_name": name, "standard": std, "regulation": rgl, "npa_changes": npa,
            "website": web, "responsible": r}


def forms():
    # f01: docx, 2 rows, number row, executor with «06» апреля
    c = ctx("ГУ «Отдел жилищной инспекции Илийского района»", "zhil.ili@almobl.gov.kz", "140240015567",
            [("00601014", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда"),
             ("00601022", "Выдача справки о наличии либо отсутствии жилья")], "information",
            ("ЕКЦ-2027/214", "2027-03-16", "О представлении информации по форме приложения 1"),
            "store the Appendix 1 data for 00601014 and 00601022 and plan the training")
    s1 = S("00601014", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда",
           "Приказ Министра национальной экономики РК от 9 апреля 2015 года № 319",
           "Постановление акимата Алматинской области от 22 июля 2015 года № 311", None, "www.egov.kz",
           {"full_name": "Сапарова Гульмира Кайратовна", "position": "главный специалист", "phone": "8 (72752) 2-14-55", "email": "g.saparova@ili-zhil.kz"})
    s2 = S("00601022", "Выдача справки о наличии либо отсутствии жилья",
           "Приказ Министра национальной экономики РК от 9 апреля 2015 года № 319",
           "Постановление акимата Алматинской области от 22 июля 2015 года № 312",
           "Приказ Министра индустрии и инфраструктурного развития РК от 16 октября 2020 года № 539", "www.egov.kz, ili.gov.kz",
           {"full_name": "Сапарова Гульмира Кайратовна", "position": "главный специалист", "phone": "8 (72752) 2-14-55", "email": "g.saparova@ili-zhil.kz"})
    c8 = "Сапарова Гульмира Кайратовна, главный специалист, тел. 8 (72752) 2-14-55, g.saparova@ili-zhil.kz"
    doc = mkdocx(["Приложение 1", ("b", "Информация о государственных услугах"), "",
                  ("t", [H_RU, [str(i) for i in range(1, 9)],
                         ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "-", s1["website"], c8],
                         ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"], c8]]),
                  "", "Исполнитель: Сапарова Г.К.", "« 06 » апреля 2027 г."])
    data = mixed_mail("zhil.ili@almobl.gov.kz", "Re: О представлении информации по форме приложения 1", "Tue, 06 Apr 2027 15:44:00 +0500",
                      "добрый день, форма во вложении\n", [("prilozhenie1.docx", doc)])
    save("f01-docx-2rows.eml", data, [{"part": "prilozhenie1.docx", "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
        "executor": {"full_name": "Сапарова Г.К.", "date": "2027-04-06"}}], c, "appendix1_form", "ru", "eml + docx",
        "number row under header; dash in column 6; two web addresses in one cell")

    # f02: Kazakh docx, 1 row, executor in Kazakh date
    c = ctx("«Қазалы ауданының ауыл шаруашылығы бөлімі» ММ", "aul.kazaly@kzo.gov.kz", "060840016654",
            [("00901041", "Тыңайтқыштардың құнын субсидиялау")], "information",
            ("ЕКЦ-2027/227", "2027-03-18", "1-қосымша нысаны бойынша ақпарат беру туралы"), "store the Appendix 1 data for 00901041")
    s1 = S("00901041", "Тыңайтқыштардың құнын субсидиялау",
           "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2015 жылғы 6 мамырдағы № 4-4/419 бұйрығы",
           "Қызылорда облысы әкімдігінің 2015 жылғы 14 тамыздағы № 102 қаулысы", None, "www.egov.kz",
           {"full_name": "Жақсылықов Бекзат Ерболұлы", "position": "бөлімнің бас маманы", "phone": "8 (72438) 2-30-71"})
    doc = mkdocx(["1-қосымша", "", ("t", [H_KK, ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "", s1["website"],
                                            "Жақсылықов Бекзат Ерболұлы, бөлімнің бас маманы, тел.: 8 (72438) 2-30-71"]]), "",
                  "Орындаған: Жақсылықов Б.Е.", "2027 жылғы 8 сәуір"])
    save("f02-kk-docx-1row.docx", doc, [{"part": "f02-kk-docx-1row.docx", "kind": "appendix1_form", "language": "kk", "services": [s1],
        "executor": {"full_name": "Жақсылықов Б.Е.", "date": "2027-04-08"}}], c, "appendix1_form", "kk", "docx",
        "Kazakh headers; empty column 6; Kazakh date '2027 жылғы 8 сәуір'")

    # f03: docx turned on its side (field | value)
    c = ctx("ГУ «Отдел внутренней политики Тарбагатайского района»", "vp.tarbagatai@vko.gov.kz", "111140026621",
            [("01301010", "Регистрация и перерегистрация лиц, осуществляющих миссионерскую деятельность")], "information",
            ("ЕКЦ-2027/236", "2027-03-22", "О представлении информации"), "store the Appendix 1 data for 01301010")
    s1 = S("01301010", "Регистрация и перерегистрация лиц, осуществляющих миссионерскую деятельность",
           "Приказ Министра культуры и спорта РК от 23 апреля 2015 года № 147",
           "Постановление акимата Восточно-Казахстанской области от 2 сентября 2015 года № 224",
           "Приказ Министра информации и общественного развития РК от 31 марта 2020 года № 97", "www.egov.kz",
           {"full_name": "Мухаметжанова Айгерим Нурлановна", "position": "специалист по религиозным вопросам", "email": "aigerim.m@tarbagatai-vp.kz"})
    doc = mkdocx(["Сведения о государственной услуге (Приложение 1 к Правилам)", "",
                  ("t", [["№ в реестре", "01301010"], ["Наименование услуги", s1["service_name"]], ["Стандарт", s1["standard"]],
                         ["Регламент", s1["regulation"]], ["НПА о внесении изменений", s1["npa_changes"]], ["Веб-сайт", "www.egov.kz"],
                         ["Ответственное лицо (ФИО, должность)", "Мухаметжанова Айгерим Нурлановна\nспециалист по религиозным вопросам\naigerim.m@tarbagatai-vp.kz"]]),
                  "", "исп. Мухаметжанова А.Н. 29.03.2027"])
    data = mixed_mail("vp.tarbagatai@vko.gov.kz", "информация 01301010", "Mon, 29 Mar 2027 12:20:00 +0600",
                      "Направляю сведения\n\nОтправлено с iPhone\n", [("01301010.docx", doc)])
    save("f03-docx-sideways.eml", data, [{"part": "01301010.docx", "kind": "appendix1_form", "language": "ru", "services": [s1],
        "executor": {"full_name": "Мухаметжанова А.Н.", "date": "2027-03-29"}}], c, "appendix1_form", "ru", "eml + docx",
        "one service as a field|value table; column 8 on three lines; executor and date on one 'исп.' line")

    # f04: docx header split over two rows, abbreviated headers
    c = ctx("ГУ «Аппарат акима города Аркалык»", "akimat@arkalyk.gov.kz", "990540002287",
            [("00402045", "Выдача разрешения на использование земельного участка для изыскательских работ"),
             ("00501044", "Выдача решения о переводе жилого помещения в нежилое")], "information",
            ("ЕКЦ-2027/244", "2027-03-23", "О представлении информации"), "store the Appendix 1 data for two services")
    s1 = S("00402045", "Выдача разрешения на использование земельного участка для изыскательских работ",
           "Приказ и.о. Министра национальной экономики РК от 27 марта 2015 года № 271",
           "Постановление акимата Костанайской области от 17 июля 2015 года № 302", None, "arkalyk.gov.kz",
           {"full_name": "Есенгельдина Салтанат", "position": "главный специалист отдела земельных отношений", "phone": "+7 71430 7 12 64"})
    s2 = S("00501044", "Выдача решения о переводе жилого помещения в нежилое",
           "Приказ Министра национальной экономики РК от 9 апреля 2015 года № 319",
           "Постановление акимата Костанайской области от 17 июля 2015 года № 305", None, "arkalyk.gov.kz",
           {"full_name": "Тыщенко Роман Петрович", "position": "главный архитектор города", "phone": "+7 71430 7 15 02"})
    rows = [["№", "Рег. №", "Наименование услуги", "Реквизиты", None, "НПА (изменения)", "Сайт", "Ответственный (ФИО, должность)"],
            [None, None, None, "стандарт", "регламент", None, None, None],
            ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], "—", "arkalyk.gov.kz",
             "Есенгельдина Салтанат - главный специалист отдела земельных отношений, +7 71430 7 12 64"],
            ["2", s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], "—", "arkalyk.gov.kz",
             "Тыщенко Роман Петрович - главный архитектор города, +7 71430 7 15 02"]]
    doc = mkdocx(["Приложение 1", "", ("t", rows, [(0, 3, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7)]), "",
                  "Ф.И.О. ответственного исполнителя: Есенгельдина С.", "Дата: 02.04.2027"])
    save("f04-docx-split-header.docx", doc, [{"part": "f04-docx-split-header.docx", "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
        "executor": {"full_name": "Есенгельдина С.", "date": "2027-04-02"}}], c, "appendix1_form", "ru", "docx",
        "header merged over two rows (Реквизиты: стандарт | регламент); em dash for empty; names without patronymic; different person per row")

    # f05: docx letter first, then the table (3 rows)
    c = ctx("ГУ «Отдел образования Карабалыкского района»", "bilim.karabalyk@kst.gov.kz", "020940031164",
            [("00702011", "Прием документов и зачисление детей в дошкольные организации образования"),
             ("00702017", "Предоставление бесплатного подвоза к общеобразовательным организациям"),
             ("00702025", "Выдача дубликатов документов об основном среднем, общем среднем образовании")], "information",
            ("ЕКЦ-2027/252", "2027-03-25", "О представлении информации"), "store the Appendix 1 data for three services")
    r = {"full_name": "Гончаренко Светлана Юрьевна", "position": "методист отдела образования", "phone": "8(71441)3-12-05", "email": "s.goncharenko@karabalyk-edu.kz"}
    s1 = S("00702011", "Прием документов и зачисление детей в дошкольные организации образования",
           "Приказ Министра образования и науки РК от 19 июня 2020 года № 254", "-", None, "www.egov.kz", r)
    s1["regulation"] = None
    s2 = S("00702017", "Предоставление бесплатного подвоза к общеобразовательным организациям",
           "Приказ Министра образования и науки РК от 24 апреля 2020 года № 158", None, None, "www.egov.kz", r)
    s3 = S("00702025", "Выдача дубликатов документов об основном среднем, общем среднем образовании",
           "Приказ Министра образования и науки РК от 20 января 2015 года № 19", None,
           "Приказ Министра просвещения РК от 8 февраля 2023 года № 30", "www.egov.kz", r)
    c8 = "Гончаренко Светлана Юрьевна методист отдела образования 8(71441)3-12-05 s.goncharenko@karabalyk-edu.kz"
    doc = mkdocx(["Исх. № 01-19/402 от 05.04.2027", "", "Единый контакт-центр", "",
                  "На Ваш запрос № ЕКЦ-2027/252 от 25.03.2027 направляем информацию по государственным услугам. "
                  "Регламенты услуг в связи с изменением законодательства утратили силу, в графе 5 не заполнено.", "",
                  ("t", [H_RU] + [[str(i + 1), s["registry_number"], s["service_name"], s["standard"], "", s["npa_changes"] or "", s["website"], c8]
                                  for i, s in enumerate([s1, s2, s3])]), "",
                  "Руководитель отдела                    К. Жусупов", "", "Исп.: Гончаренко С.Ю.", "тел. 8(71441)3-12-05"])
    data = mixed_mail("bilim.karabalyk@kst.gov.kz", "ответ на ЕКЦ-2027/252", "Mon, 05 Apr 2027 17:30:00 +0600",
                      "Добрый день! Во вложении ответ. С уважением", [("01-19-402.docx", doc)])
    save("f05-docx-letter-then-table.eml", data, [{"part": "01-19-402.docx", "kind": "appendix1_form", "language": "ru", "services": [s1, s2, s3],
        "executor": {"full_name": "Гончаренко С.Ю."}}], c, "appendix1_form", "ru", "eml + docx",
        "covering letter text above the table; empty regulation column; column 8 without commas; executor without a date under the table")

    # f06: HTML in mail body, Outlook style
    c = ctx("ГУ «Отдел ЗАГС акимата Алгинского района»", "zags.alga@aktobe.gov.kz", "070640013387",
            [("00201001", "Регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния"),
             ("00201004", "Регистрация заключения брака (супружества)")], "information",
            ("ЕКЦ-2027/255", "2027-03-26", "О представлении информации"), "store the Appendix 1 data for 00201001 and 00201004")
    r = {"full_name": "Абдрахманова Жанна Сериковна", "position": "заведующая отделом ЗАГС", "phone": "8 71337 3 11 26", "email": "zags.alga@aktobe.gov.kz"}
    s1 = S("00201001", "Регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния",
           "Приказ Министра юстиции РК от 17 апреля 2015 года № 219", "Постановление акимата Актюбинской области от 25 августа 2015 года № 318",
           "Приказ Министра юстиции РК от 29 мая 2020 года № 66", "www.egov.kz", r)
    s2 = S("00201004", "Регистрация заключения брака (супружества)",
           "Приказ Министра юстиции РК от 17 апреля 2015 года № 219", "Постановление акимата Актюбинской области от 25 августа 2015 года № 318",
           "Приказ Министра юстиции РК от 29 мая 2020 года № 66", "www.egov.kz", r)
    cell8 = "Абдрахманова Жанна Сериковна, заведующая отделом ЗАГС, 8 71337 3 11 26, zags.alga@aktobe.gov.kz"
    tr = "".join("<tr>" + "".join("<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s</p></td>" % v for v in row) + "</tr>"
                 for row in [[str(i + 1), s["registry_number"], s["service_name"], s["standard"], s["regulation"], s["npa_changes"], s["website"], cell8]
                             for i, s in enumerate([s1, s2])])
    head = "<tr>" + "".join("<td style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>%s</b></p></td>" % h for h in H_RU) + "</tr>"
    html = ("<html><head><meta charset='utf-8'></head><body lang=RU><div class=WordSection1><p class=MsoNormal>Добрый день!</p>"
            "<p class=MsoNormal>Направляем информацию по форме согласно приложению 1:</p>"
            "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>" + head + tr + "</table>"
            "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Исполнитель: Абдрахманова Ж.С.&nbsp;&nbsp; 07.04.2027</p>"
            "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal><span style='color:#1F497D'>С уважением, отдел ЗАГС Алгинского района</span></p></div></body></html>")
    data = html_mail(addr("ЗАГС Алга", "zags.alga@aktobe.gov.kz"), "RE: О представлении информации", "Wed, 07 Apr 2027 10:05:00 +0500", html)
    save("f06-html-outlook-form.eml", data, [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
        "executor": {"full_name": "Абдрахманова Ж.С.", "date": "2027-04-07"}}], c, "appendix1_form", "ru", "eml html-only",
        "the form is an Outlook HTML table in the body; executor and date on one line with &nbsp;")

    # f07: HTML in body, webmail, <th>, short headers, Kazakh and Russian mixed note
    c = ctx("ГУ «Аппарат акима Акжарского сельского округа»", "akzhar.so@mail.ru", "130740017756",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "information",
            ("ЕКЦ-2027/258", "2027-03-26", "О представлении информации"), "store the Appendix 1 data for 00305012")
    s1 = S("00305012", "Выдача справки о наличии личного подсобного хозяйства",
           "Приказ Министра сельского хозяйства РК от 6 мая 2015 года № 4-1/426",
           "Постановление акимата Северо-Казахстанской области от 10 августа 2015 года № 296", None, "egov.kz",
           {"full_name": "Рахимжанов Болат", "position": "специалист аппарата акима", "phone": "87057771234"})
    html = """<div>Сәлеметсіз бе, форма төменде</div><br>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>№</th><th>№ в реестре</th><th>Наименование</th><th>Стандарт</th><th>Регламент</th><th>НПА изменения</th><th>сайт</th><th>ответственное лицо</th></tr></thead>
<tbody><tr><td>1</td><td>00305012</td><td>Выдача справки о наличии личного подсобного хозяйства</td>
<td>Приказ Министра сельского хозяйства РК от 6 мая 2015 года № 4-1/426</td>
<td>Постановление акимата Северо-Казахстанской области от 10 августа 2015 года № 296</td>
<td></td><td>egov.kz</td><td>Рахимжанов Болат специалист аппарата акима 87057771234</td></tr></tbody></table>
<br><div>исп Рахимжанов Б</div><div>31.03.2027</div>
<div><br></div><div>-- <br>Отправлено из мобильной Почты Mail.ru</div>"""
    data = html_mail("akzhar.so@mail.ru", "форма", "Wed, 31 Mar 2027 16:16:00 +0600", html, plain="")
    save("f07-html-webmail-short.eml", data, [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s1],
        "executor": {"full_name": "Рахимжанов Б", "date": "2027-03-31"}}], c, "appendix1_form", "ru", "eml multipart/alternative (empty plain part)",
        "empty text/plain alternative, form only in HTML; short headers; column 8 without punctuation; Kazakh greeting")

    # f08: Kazakh HTML form in body with number row, Kazakh executor line
    c = ctx("«Мұғалжар ауданының тұрғын үй-коммуналдық шаруашылығы бөлімі» ММ", "tkshb.mugalzhar@aktobe.gov.kz", "081240025591",
            [("00601014", "Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою және кезекке тұрғызу")], "information",
            ("ЕКЦ-2027/262", "2027-03-29", "Ақпарат ұсыну туралы"), "store the Appendix 1 data for 00601014")
    s1 = S("00601014", "Мемлекеттік тұрғын үй қорынан тұрғын үйге мұқтаж азаматтарды есепке қою және кезекке тұрғызу",
           "ҚР Ұлттық экономика министрінің 2015 жылғы 9 сәуірдегі № 319 бұйрығы",
           "Ақтөбе облысы әкімдігінің 2015 жылғы 30 шілдедегі № 276 қаулысы",
           "ҚР Индустрия және инфрақұрылымдық даму министрінің 2020 жылғы 16 қазандағы № 539 бұйрығы", "www.egov.kz",
           {"full_name": "Төлеуова Мөлдір Асқарқызы", "position": "бөлімнің бас маманы", "phone": "8 (71333) 3-21-48", "email": "moldir.t@mugalzhar-tkshb.kz"})
    head = "<tr>" + "".join("<td><b>%s</b></td>" % h for h in H_KK) + "</tr><tr>" + "".join("<td>%d</td>" % i for i in range(1, 9)) + "</tr>"
    row = "<tr>" + "".join("<td>%s</td>" % v for v in ["1", s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], s1["npa_changes"], s1["website"],
                                                        "Төлеуова Мөлдір Асқарқызы, бөлімнің бас маманы, 8 (71333) 3-21-48, moldir.t@mugalzhar-tkshb.kz"]) + "</tr>"
    html = ("<p>Құрметті әріптестер!</p><p>2027 жылғы 29 наурыздағы ЕКЦ-2027/262 хатқа жауап ретінде 1-қосымшаға сәйкес ақпаратты жолдаймыз.</p>"
            "<table border=1 cellspacing=0>" + head + row + "</table><p>Орындаған: Төлеуова М.А.<br>02.04.2027 ж.</p>")
    data = html_mail("tkshb.mugalzhar@aktobe.gov.kz", "Жауап: Ақпарат ұсыну туралы", "Fri, 02 Apr 2027 11:50:00 +0500", html)
    save("f08-html-kk-number-row.eml", data, [{"part": "body", "kind": "appendix1_form", "language": "kk", "services": [s1],
        "executor": {"full_name": "Төлеуова М.А.", "date": "2027-04-02"}}], c, "appendix1_form", "kk", "eml html-only",
        "Kazakh headers with number row in an HTML body")

    # f09: HTML body, columns in a different order (name first, then reg no), responsible in separate lines with <br>
    c = ctx("ГУ «Управление предпринимательства и индустриально-инновационного развития Жамбылской области»", "kasipker@zhambyl.gov.kz", "080240016675",
            [("00404007", "Выдача лицензии на занятие деятельностью по сбору (заготовке), хранению, переработке и реализации лома цветных и черных металлов")],
            "information", ("ЕКЦ-2027/264", "2027-03-29", "О представлении информации"), "store the Appendix 1 data for 00404007")
    s1 = S("00404007", "Выдача лицензии на занятие деятельностью по сбору (заготовке), хранению, переработке и реализации лома цветных и черных металлов",
           "Приказ Министра по инвестициям и развитию РК от 30 апреля 2015 года № 566",
           "Постановление акимата Жамбылской области от 28 июля 2015 года № 167", None, "www.elicense.kz",
           {"full_name": "Оразбаев Даулет Кенесович", "position": "главный специалист отдела лицензирования", "phone": "8 (7262) 43-60-19", "email": "d.orazbaev@zhambyl-kasipker.kz"})
    html = """<html><body><p>Добрый день, уважаемые коллеги!</p>
<table border=1>
<tr><td>№</td><td>Наименование государственной услуги</td><td>№ в реестре</td><td>Стандарт</td><td>Регламент</td><td>НПА, вносящие изменения</td><td>Веб-сайт</td><td>ФИО, должность ответственного</td></tr>
<tr><td>1</td><td>Выдача лицензии на занятие деятельностью по сбору (заготовке), хранению, переработке и реализации лома цветных и черных металлов</td><td>00404007</td>
<td>Приказ Министра по инвестициям и развитию РК от 30 апреля 2015 года № 566</td><td>Постановление акимата Жамбылской области от 28 июля 2015 года № 167</td><td>-</td>
<td>www.elicense.kz</td><td>Оразбаев Даулет Кенесович<br>главный специалист отдела лицензирования<br>тел. 8 (7262) 43-60-19<br>d.orazbaev@zhambyl-kasipker.kz</td></tr>
</table><p>Исп.: Оразбаев Д.К., 01.04.2027</p></body></html>"""
    data = html_mail("kasipker@zhambyl.gov.kz", "Информация по форме прил.1", "Thu, 01 Apr 2027 09:40:00 +0500", html, charset="windows-1251")
    save("f09-html-swapped-columns.eml", data, [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s1],
        "executor": {"full_name": "Оразбаев Д.К.", "date": "2027-04-01"}}], c, "appendix1_form", "ru", "eml html-only windows-1251",
        "columns 2 and 3 swapped; column 8 split with <br>; windows-1251 HTML")

    # f10: tab-separated text in body
    c = ctx("ГУ «Отдел ветеринарии Уилского района»", "vet.uil@aktobe.gov.kz", "110640028893",
            [("01102005", "Выдача ветеринарной справки"), ("01102009", "Выдача ветеринарного паспорта на животное")], "information",
            ("ЕКЦ-2027/267", "2027-03-30", "О представлении информации"), "store the Appendix 1 data for 01102005 and 01102009")
    r = {"full_name": "Нуртаев Б.К.", "position": "гл.специалист", "phone": "87013325590"}
    s1 = S("01102005", "Выдача ветеринарной справки", "Приказ Министра сельского хозяйства РК от 6 мая 2015 года № 7-1/418",
           "Постановление акимата Актюбинской области от 6 августа 2015 года № 289", None, "www.egov.kz", r)
    s2 = S("01102009", "Выдача ветеринарного паспорта на животное", "Приказ Министра сельского хозяйства РК от 6 мая 2015 года № 7-1/418",
           "Постановление акимата Актюбинской области от 6 августа 2015 года № 289", None, "www.egov.kz", r)
    lines = ["№\tНомер в реестре\tНаименование услуги\tСтандарт\tРегламент\tНПА изменения\tСайт\tОтветственный"]
    for i, s in enumerate([s1, s2]):
        lines.append("\t".join([str(i + 1), s["registry_number"], s["service_name"], s["standard"], s["regulation"], "-", s["website"], "Нуртаев Б.К. - гл.специалист, 87013325590"]))
    body = "Здравствуйте, отправляем как просили\n\n" + "\n".join(lines) + "\n\nисполнитель Нуртаев Б.К. 02.04.2027\n"
    data = text_mail("vet.uil@aktobe.gov.kz", "Re: О представлении информации", "Fri, 02 Apr 2027 14:00:00 +0500", body, charset="windows-1251")
    save("f10-tsv-body.eml", data, [{"part": "body", "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
        "executor": {"full_name": "Нуртаев Б.К.", "date": "2027-04-02"}}], c, "appendix1_form", "ru", "eml plain windows-1251 (tab-separated)",
        "form pasted from Excel as tab-separated lines in the body; name with initials")

    # f11: tab-separated, Kazakh short headers, no number column
    c = ctx("«Сайрам ауданының дене шынықтыру және спорт бөлімі» ММ", "sport.sairam@turkestan.gov.kz", "140440019902",
            [("01503002", "Спорттық разрядтар мен санаттар беру")], "information",
            ("ЕКЦ-2027/270", "2027-03-31", "Ақпарат ұсыну туралы"), "store the Appendix 1 data for 01503002")
    s1 = S("01503002", "Спорттық разрядтар мен санаттар беру", "ҚР Мәдениет және спорт министрінің 2020 жылғы 22 мамырдағы № 138 бұйрығы",
           None, None, "www.egov.kz", {"full_name": "Абдуллаев Рустам Бахтиярұлы", "position": "әдіскер", "phone": "8 725 31 5 17 88"})
    body = ("Тізілімдегі №\tАтауы\tСтандарт\tРегламент\tӨзгерістер енгізетін НҚА\tВеб-сайт\tЖауапты тұлға\n"
            "01503002\tСпорттық разрядтар мен санаттар беру\tҚР Мәдениет және спорт министрінің 2020 жылғы 22 мамырдағы № 138 бұйрығы\t-\t-\twww.egov.kz\tАбдуллаев Рустам Бахтиярұлы, әдіскер, 8 725 31 5 17 88\n"
            "\nОрындаған Абдуллаев Р.Б.\n")
    data = text_mail("sport.sairam@turkestan.gov.kz", "1 қосымша", "Mon, 05 Apr 2027 10:30:00 +0500", body)
    save("f11-tsv-kk-no-number.eml", data, [{"part": "body", "kind": "appendix1_form", "language": "kk", "services": [s1],
        "executor": {"full_name": "Абдуллаев Р.Б."}}], c, "appendix1_form", "kk", "eml plain (tab-separated)",
        "Kazakh, seven columns (no № column), dashes for regulation and acts, no date in the executor line")

    # f12: XLSX simple, 2 rows, header row 3 after title
    c = ctx("ГУ «Отдел экономики и бюджетного планирования Шемонаихинского района»", "econ.shemonaiha@vko.gov.kz", "060340021180",
            [("00305044", "Выдача справки о среднемесячном доходе"), ("00305046", "Выдача справки о размере земельной доли")], "information",
            ("ЕКЦ-2027/272", "2027-03-31", "О представлении информации"), "store the Appendix 1 data for two services")
    r = {"full_name": "Воробьева Елена Николаевна", "position": "главный специалист", "phone": "8 72332 3-25-14", "email": "vorobeva.en@shem-econ.kz"}
    s1 = S("00305044", "Выдача справки о среднемесячном доходе", "Приказ Министра национальной экономики РК от 27 марта 2015 года № 272",
           "Постановление акимата ВКО от 29 июня 2015 года № 160", None, "www.egov.kz", r)
    s2 = S("00305046", "Выдача справки о размере земельной доли", "Приказ Министра сельского хозяйства РК от 6 мая 2015 года № 4-1/426",
           "Постановление акимата ВКО от 29 июня 2015 года № 161", "Приказ Министра сельского хозяйства РК от 1 ноября 2019 года № 388", "www.egov.kz", r)
    c8 = "Воробьева Елена Николаевна, главный специалист, 8 72332 3-25-14, vorobeva.en@shem-econ.kz"
    xl = mkxlsx([["Информация о государственных услугах (приложение 1)"], [], H_RU,
                 [1, s1["registry_number"], s1["service_name"], s1["standard"], s1["regulation"], None, s1["website"], c8],
                 [2, s2["registry_number"], s2["service_name"], s2["standard"], s2["regulation"], s2["npa_changes"], s2["website"], c8],
                 [], ["Исполнитель: Воробьева Е.Н."], ["Дата: 06.04.2027"]], widths=[5, 12, 30, 30, 30, 30, 14, 34])
    data = mixed_mail("econ.shemonaiha@vko.gov.kz", "приложение 1", "Tue, 06 Apr 2027 12:00:00 +0600", "Добрый день. Форма во вложении.", [("forma.xlsx", xl)])
    save("f12-xlsx-title-row.eml", data, [{"part": "forma.xlsx", "kind": "appendix1_form", "language": "ru", "services": [s1, s2],
        "executor": {"full_name": "Воробьева Е.Н.", "date": "2027-04-06"}}], c, "appendix1_form", "ru", "eml + xlsx",
        "title and blank row above the header; registry numbers are text cells with leading zeros")

    # f13: XLSX, registry number typed as number (lost zero?) -> kept as text with apostrophe style; Kazakh headers; 2 sheets
    c = ctx("«Абай облысының мәдениет басқармасы» ММ", "madeniet@abai.gov.kz", "221040005519",
            [("00703001", "Архивтік анықтамалар беру"), ("00703004", "Мұрағаттық құжаттардың көшірмелерін беру")], "information",
            ("ЕКЦ-2027/276", "2027-04-01", "Ақпарат ұсыну туралы"), "store the Appendix 1 data for two services")
    s1 = S("00703001", "Архивтік анықтамалар беру", "ҚР Мәдениет және спорт министрінің 2020 жылғы 1 маусымдағы № 156 бұйрығы", None, None, "www.egov.kz",
           {"full_name": "Нұрсұлтанова Жанар Болатқызы", "position": "архив бөлімінің басшысы", "phone": "+7 7222 52 14 90", "email": "zh.nursultanova@abai-madeniet.kz"})
    s2 = S("00703004", "Мұрағаттық құжаттардың көшірмелерін беру", "ҚР Мәдениет және спорт министрінің 2020 жылғы 1 маусымдағы № 156 бұйрығы", None, None, "www.egov.kz",
           {"full_name": "Ысқақов Ерасыл", "position": "бас маман", "phone": "+7 7222 52 14 93"})
    xl = mkxlsx([H_KK, [1, "00703001", s1["service_name"], s1["standard"], "-", "-", "www.egov.kz",
                        "Нұрсұлтанова Жанар Болатқызы, архив бөлімінің басшысы, +7 7222 52 14 90, zh.nursultanova@abai-madeniet.kz"],
                 [2, "00703004", s2["service_name"], s2["standard"], "-", "-", "www.egov.kz", "Ысқақов Ерасыл, бас маман, +7 7222 52 14 93"],
                 [], ["Орындаған: Ысқақов Е.", None, "07.04.2027"]], title="1-қосымша", widths=[5, 14, 30, 40, 12, 12, 14, 40],
                extra_sheets=[("Анықтама", [["Ескерту: регламенттер 2020 жылы күшін жойды"]])])
    save("f13-xlsx-kk-two-sheets.xlsx", xl, [{"part": "f13-xlsx-kk-two-sheets.xlsx", "kind": "appendix1_form", "language": "kk", "services": [s1, s2],
        "executor": {"full_name": "Ысқақов Е.", "date": "2027-04-07"}}], c, "appendix1_form", "kk", "xlsx",
        "Kazakh headers; second sheet with a note; executor and date in different cells of one row")

    # f14: XLSX where column 8 is split into two columns (ФИО | должность, контакты)
    c = ctx("ГУ «Отдел сельского хозяйства Буландынского района»", "agro.bulandy@akmola.gov.kz", "090540012234",
            [("00901042", "Субсидирование стоимости гербицидов")], "information",
            ("ЕКЦ-2027/279", "2027-04-02", "О представлении информации"), "store the Appendix 1 data for 00901042")
    s1 = S("00901042", "Субсидирование стоимости гербицидов", "Приказ Министра сельского хозяйства РК от 6 мая 2015 года № 4-4/419",
           "Постановление акимата Акмолинской области от 3 августа 2015 года № А-8/364",
           "Приказ Заместителя Премьер-Министра – Министра сельского хозяйства РК от 30 марта 2020 года № 107", "www.egov.kz",
           {"full_name": "Кусаинов Асхат Жанабаевич", "position": "главный специалист", "phone": "8(71646)2-05-77"})
    xl = mkxlsx([["№", "№ в реестре", "Наименование", "Стандарт", "Регламент", "НПА", "Веб-сайт", "Ответственное лицо"],
                 [1, "00901042", s1["service_name"], s1["standard"], s1["regulation"], s1["npa_changes"], "www.egov.kz",
                  "Кусаинов Асхат Жанабаевич\nглавный специалист\n8(71646)2-05-77"],
                 [], ["исп. Кусаинов А.Ж. 08.04.27"]], widths=[4, 12, 26, 30, 30, 30, 12, 30])
    data = mixed_mail("agro.bulandy@akmola.gov.kz", "Re: О представлении информации", "Thu, 08 Apr 2027 17:45:00 +0500",
                      "Добрый вечер, во вложении\nСообщаем что ответственный Кусаинов А.Ж.", [("Прил 1 Буланды.xlsx", xl)])
    save("f14-xlsx-cyrillic-filename.eml", data, [{"part": "Прил 1 Буланды.xlsx", "kind": "appendix1_form", "language": "ru", "services": [s1],
        "executor": {"full_name": "Кусаинов А.Ж.", "date": "2027-04-08"}}], c, "appendix1_form", "ru", "eml + xlsx",
        "Cyrillic attachment name (RFC 2231); column 8 on three lines in one cell; two-digit year 08.04.27; body also names the responsible (covering note)")

    # f15: .txt with pipe table
    c = ctx("ГУ «Аппарат акима Аксуского сельского округа Енбекшиказахского района»", "aksu.so@almobl.gov.kz", "160840033378",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "information",
            ("ЕКЦ-2027/283", "2027-04-05", "О представлении информации"), "store the Appendix 1 data for 00305012")
    s1 = S("00305012", "Выдача справки о наличии личного подсобного хозяйства", "Приказ Министра сельского хозяйства РК от 6 мая 2015 года № 4-1/426",
           None, None, "www.egov.kz", {"full_name": "Тохтаров Ильяс Маратович", "position": "главный специалист", "phone": "+7 701 733 40 12"})
    txt = """Приложение 1

| № | № в реестре | Наименование гос.услуги | Стандарт | Регламент | НПА изменений | Веб-сайт | ФИО, должность ответственного |
|---|---|---|---|---|---|---|---|
| 1 | 00305012 | Выдача справки о наличии личного подсобного хозяйства | Приказ Министра сельского хозяйства РК от 6 мая 2015 года № 4-1/426 | - | - | www.egov.kz | Тохтаров Ильяс Маратович, главный специалист, +7 701 733 40 12 |

Исполнитель: Тохтаров И.М.
12.04.2027
"""
    save("f15-txt-pipe-table.txt", txt.encode("utf-8"), [{"part": "f15-txt-pipe-table.txt", "kind": "appendix1_form", "language": "ru", "services": [s1],
        "executor": {"full_name": "Тохтаров И.М.", "date": "2027-04-12"}}], c, "appendix1_form", "ru", "txt utf-8 (pipe table)", "markdown-like pipe table in a text file")

    # f16: .txt, windows-1251, field: value blocks per service
    c = ctx("ГУ «Отдел занятости и социальных программ города Сатпаев»", "ozsp@satpaev.gov.kz", "050740015542",
            [("00802004", "Назначение жилищной помощи"), ("00802019", "Назначение государственной адресной социальной помощи")], "information",
            ("ЕКЦ-2027/287", "2027-04-06", "О представлении информации"), "store the Appendix 1 data for two services")
    r = {"full_name": "Искакова Сауле Тулеуовна", "position": "руководитель сектора", "phone": "8 71063 4 17 90", "email": "iskakova.s@satpaev-ozsp.kz"}
    s1 = S("00802004", "Назначение жилищной помощи", "Приказ Министра национальной экономики РК от 9 апреля 2015 года № 319",
           "Постановление акимата Карагандинской области от 24 июля 2015 года № 41/02", None, "www.egov.kz", r)
    s2 = S("00802019", "Назначение государственной адресной социальной помощи", "Приказ Министра здравоохранения и социального развития РК от 28 апреля 2015 года № 279",
           "Постановление акимата Карагандинской области от 24 июля 2015 года № 41/05",
           "Приказ Министра труда и социальной защиты населения РК от 25 марта 2021 года № 84", "www.egov.kz", r)
    txt = """Информация по форме приложения 1 к Правилам взаимодействия ЕКЦ

1. № в реестре: 00802004
   Наименование: Назначение жилищной помощи
   Стандарт: Приказ Министра национальной экономики РК от 9 апреля 2015 года № 319
   Регламент: Постановление акимата Карагандинской области от 24 июля 2015 года № 41/02
   НПА о внесении изменений: -
   Веб-сайт: www.egov.kz
   Ответственное лицо: Искакова Сауле Тулеуовна, руководитель сектора, 8 71063 4 17 90, iskakova.s@satpaev-ozsp.kz

2. № в реестре: 00802019
   Наименование: Назначение государственной адресной социальной помощи
   Стандарт: Приказ Министра здравоохранения и социального развития РК от 28 апреля 2015 года № 279
   Регламент: Постановление акимата Карагандинской области от 24 июля 2015 года № 41/05
   НПА о внесении изменений: Приказ Министра труда и социальной защиты населения РК от 25 марта 2021 года № 84
   Веб-сайт: www.egov.kz
   Ответственное лицо: Искакова Сауле Тулеуовна, руководитель сектора, 8 71063 4 17 90, iskakova.s@satpaev-ozsp.kz

Исполнитель: Искакова С.Т.   13.04.2027
"""
    save("f16-txt-cp1251-blocks.txt", txt.replace("\n", "\r\n").encode("cp1251"), [{"part": "f16-txt-cp1251-blocks.txt", "kind": "appendix1_form", "language": "ru",
        "services": [s1, s2], "executor": {"full_name": "Искакова С.Т.", "date": "2027-04-13"}}], c, "appendix1_form", "ru", "txt windows-1251 CRLF",
        "each service as a block of 'field: value' lines instead of a table; windows-1251 text file")


# ======================================================================
# CHANGE NOTICES (p.6)
# ======================================================================

def changes():
    # c01: plain body, new standard, change date stated
    c = ctx("ГУ «Отдел занятости и социальных программ Жаркаинского района»", "ozsp.zharkain@akmola.gov.kz", "050540026619",
            [("00802019", "Назначение государственной адресной социальной помощи")], "consulting", None,
            "update the standard of 00802019 (changed 2027-04-15)")
    body = """Добрый день.
Информируем об изменении сведений по гос. услуге 00802019 "Назначение государственной адресной социальной помощи".
С 15.04.2027 действует новый стандарт: Приказ Министра труда и социальной защиты населения РК от 2 апреля 2027 года № 112
Прежний приказ от 28 апреля 2015 года № 279 в части данной услуги утратил силу.
Остальные сведения (регламент, сайт, ответственное лицо) без изменений.

гл.специалист Садыкова Р.
8 716 48 9 12 40
"""
    data = text_mail("ozsp.zharkain@akmola.gov.kz", "изменение стандарта", "Mon, 19 Apr 2027 09:20:00 +0500", body)
    save("c01-new-standard-plain.eml", data, [{"part": "body", "kind": "change_notice", "language": "ru",
        "services": [svc("00802019", standard="Приказ Министра труда и социальной защиты населения РК от 2 апреля 2027 года № 112", website=None)],
        "change_date": "2027-04-15"}], c, "change_notice", "ru", "eml plain",
        "old and new order both quoted; only the new one is the standard; 'без изменений' list mentions other fields")

    # c02: new website, short, two services
    c = ctx("ГУ «Аппарат акима Кордайского района»", "akimat@korday.zhambyl.gov.kz", "990240009916",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства"), ("00305027", "Выдача справки о регистрации по месту жительства в сельском округе")],
            "consulting", None, "update the website of 00305012 and 00305027")
    body = "Здравствуйте, у нас сменился сайт. по услугам 00305012 и 00305027 информация теперь на https://www.gov.kz/memleket/entities/zhambyl-korday/ старый korday.zhambyl.kz не работает\nАскар\n"
    data = text_mail("akimat@korday.zhambyl.gov.kz", "сайт", "Tue, 20 Apr 2027 16:00:00 +0500", body)
    save("c02-new-website-short.eml", data, [{"part": "body", "kind": "change_notice", "language": "ru",
        "services": [svc("00305012", website="https://www.gov.kz/memleket/entities/zhambyl-korday/", standard=None, regulation=None),
                     svc("00305027", website="https://www.gov.kz/memleket/entities/zhambyl-korday/", standard=None, regulation=None)]}], c,
        "change_notice", "ru", "eml plain", "old and new addresses in one run-on sentence; new one has scheme and trailing slash")

    # c03: revised Appendix 1 docx with the changed cell marked, covering letter in body
    c = ctx("ГУ «Отдел архитектуры, градостроительства и строительства Есильского района»", "arch.esil@sko.gov.kz", "101140035567",
            [("00501031", "Выдача разрешения на строительство"), ("00501022", "Выдача архитектурно-планировочного задания")], "consulting", None,
            "update the regulation of 00501031")
    doc = mkdocx(["Приложение 1 (актуализированное на 21.04.2027)", "",
                  ("t", [H_RU, ["1", "00501031", "Выдача разрешения на строительство", "Приказ Министра национальной экономики РК от 30 ноября 2015 года № 750",
                                "Постановление акимата Северо-Казахстанской области от 9 апреля 2027 года № 88 (новая редакция)", "-", "www.egov.kz",
                                "Мельник Оксана Владимировна, главный специалист, 8 (71543) 2-11-94"]]), "",
                  "Исполнитель: Мельник О.В. 21.04.2027"])
    body = "Уважаемые коллеги! В связи с утверждением нового регламента по услуге 00501031 направляем актуализированную форму. Изменилась только графа 5. По 00501022 изменений нет.\n"
    data = mixed_mail("arch.esil@sko.gov.kz", "актуализация информации", "Wed, 21 Apr 2027 11:30:00 +0600", body, [("akt_forma_00501031.docx", doc)])
    save("c03-revised-form-docx.eml", data, [{"part": "akt_forma_00501031.docx", "kind": "change_notice", "language": "ru",
        "services": [svc("00501031", regulation="Постановление акимата Северо-Казахстанской области от 9 апреля 2027 года № 88 (новая редакция)")]}], c,
        "change_notice", "ru", "eml + docx", "a revised Appendix 1 table that is a change notice (letter says only column 5 changed); second service named as unchanged")

    # c04: Kazakh letter, npa changes
    c = ctx("«Ақсу қаласының білім бөлімі» ММ", "bilim.aksu@pavlodar.gov.kz", "030140027781",
            [("00702025", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру")], "consulting", None,
            "update the amending acts of 00702025 (changed 2027-04-20)")
    body = """Құрметті Бірыңғай байланыс орталығы!

00702025 «Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» мемлекеттік көрсетілетін қызметінің стандартына өзгерістер енгізілді: ҚР Оқу-ағарту министрінің 2027 жылғы 5 сәуірдегі № 71 бұйрығы (2027 жылғы 20 сәуірден бастап қолданысқа енгізілді).
Басқа мәліметтер өзгеріссіз.

Құрметпен, бөлімнің бас маманы Г. Жұмабекова
тел. 8 (71837) 6-44-02
"""
    data = text_mail("bilim.aksu@pavlodar.gov.kz", "Өзгерістер туралы", "Fri, 23 Apr 2027 10:10:00 +0600", body)
    save("c04-kk-npa-change.eml", data, [{"part": "body", "kind": "change_notice", "language": "kk",
        "services": [svc("00702025", npa_changes="ҚР Оқу-ағарту министрінің 2027 жылғы 5 сәуірдегі № 71 бұйрығы", website=None)],
        "change_date": "2027-04-20"}], c, "change_notice", "kk", "eml plain", "Kazakh; the amending order and its entry-into-force date in one sentence")

    # c05: HTML Outlook, new standard for two services, "вводится в действие с 15 мая"
    c = ctx("ГУ «Управление ветеринарии Костанайской области»", "vet@kostanay.gov.kz", "050340008814",
            [("01102005", "Выдача ветеринарной справки"), ("01102009", "Выдача ветеринарного паспорта на животное")], "consulting", None,
            "update the standard of both services (changes from 2027-05-15)")
    html = """<html><body><p class=MsoNormal>Коллеги, добрый день!</p>
<p class=MsoNormal>Сообщаем, что утвержден новый стандарт: Приказ Министра сельского хозяйства РК от 28 апреля 2027 года № 140 «Об утверждении правил оказания государственных услуг в области ветеринарии», вводится в действие с 15 мая 2027 года.</p>
<p class=MsoNormal>Касается услуг:<br>- 01102005 Выдача ветеринарной справки<br>- 01102009 Выдача ветеринарного паспорта на животное</p>
<p class=MsoNormal>Просим внести изменения в базу ЕКЦ. Регламент и сайт прежние.</p>
<p class=MsoNormal>С уважением,<br>Ермаганбетова Д.<br>отдел госуслуг</p></body></html>"""
    data = html_mail("vet@kostanay.gov.kz", "Об изменениях в порядке оказания ветеринарных услуг", "Thu, 29 Apr 2027 14:25:00 +0600", html)
    STD5 = "Приказ Министра сельского хозяйства РК от 28 апреля 2027 года № 140 «Об утверждении правил оказания государственных услуг в области ветеринарии»"
    save("c05-html-two-services-future-date.eml", data, [{"part": "body", "kind": "change_notice", "language": "ru",
        "services": [svc("01102005", standard=STD5, website=None),
                     svc("01102009", standard=STD5, website=None)],
        "change_date": "2027-05-15"}], c, "change_notice", "ru", "eml html-only",
        "the new standard sits mid-sentence after a colon, with its title in «»; the change date is in the future; 'Регламент и сайт прежние'")

    # c06: iPhone very short
    c = ctx("ГУ «Отдел образования Тюлькубасского района»", "bilim.tulkubas@turkestan.gov.kz", "040340011196",
            [("00702011", "Прием документов и зачисление детей в дошкольные организации образования")], "consulting", None,
            "update the standard of 00702011")
    body = "по 00702011 поменялся стандарт теперь приказ МП РК от 31.03.2022 № 133, остальное без изм\n\nОтправлено с iPhone\n"
    data = text_mail("bilim.tulkubas@turkestan.gov.kz", "Re: информация", "Sat, 24 Apr 2027 21:14:00 +0500", body)
    save("c06-iphone-standard.eml", data, [{"part": "body", "kind": "change_notice", "language": "ru",
        "services": [svc("00702011", standard="приказ МП РК от 31.03.2022 № 133", regulation=None, website=None)]}], c,
        "change_notice", "ru", "eml plain", "abbreviations (МП РК), no capital letters, no date of change")

    # c07: txt, service renamed and new standard
    c = ctx("ГУ «Отдел земельных отношений города Конаев»", "zher@konaev.gov.kz", "170540022208",
            [("00402045", "Выдача разрешения на использование земельного участка для изыскательских работ")], "consulting", None,
            "update the name and standard of 00402045")
    txt = """Исх. № 06-02/155 от 26.04.2027

Единый контакт-центр

Отдел земельных отношений г. Конаев в соответствии с п.6 Правил сообщает об изменении информации по государственной услуге № 00402045:

- наименование услуги изложено в новой редакции: "Выдача разрешения на использование земельного участка для проведения изыскательских работ";
- стандарт: Приказ Министра сельского хозяйства РК от 1 октября 2020 года № 301 (в редакции приказа от 12.04.2027 № 118).

Изменения вступили в силу 22.04.2027.

Руководитель отдела                Б. Толеуов
Исп. Нурмаханова А., 8 72772 4 06 31
"""
    save("c07-renamed-service.txt", txt.encode("utf-8"), [{"part": "c07-renamed-service.txt", "kind": "change_notice", "language": "ru",
        "services": [svc("00402045", service_name="Выдача разрешения на использование земельного участка для проведения изыскательских работ",
                         standard="Приказ Министра сельского хозяйства РК от 1 октября 2020 года № 301 (в редакции приказа от 12.04.2027 № 118)", website=None)],
        "change_date": "2027-04-22"}], c, "change_notice", "ru", "txt utf-8", "two changed fields as dash bullets; letter date, order date and entry date all differ")

    # c08: docx formal, new regulation with change date; also mentions responsible unchanged
    c = ctx("ГУ «Управление здравоохранения Туркестанской области»", "densaulyk@turkestan.gov.kz", "181040009921",
            [("00803012", "Выдача направления на госпитализацию в стационар")], "consulting", None,
            "update the regulation of 00803012 (changed 2027-04-28)")
    doc = mkdocx(["ГУ «Управление здравоохранения Туркестанской области»", "г. Туркестан, пр. Тауке хана, 110", "", "№ 09-1/1207 от 30.04.2027", "",
                  "Единый контакт-центр", "",
                  "Управление здравоохранения Туркестанской области сообщает, что постановлением акимата Туркестанской области от 28 апреля 2027 года № 77 "
                  "утвержден регламент государственной услуги «Выдача направления на госпитализацию в стационар» (реестровый № 00803012) в новой редакции. "
                  "Постановление вступает в силу со дня его подписания.", "",
                  "Новая редакция регламента: Постановление акимата Туркестанской области от 28 апреля 2027 года № 77", "",
                  "Ответственное лицо прежнее — Алимбетова Гулназ Ахметовна.", "",
                  "Заместитель руководителя управления                              Ж. Мырзахметов"])
    data = mixed_mail(addr("Денсаулық басқармасы", "densaulyk@turkestan.gov.kz"), "09-1/1207 от 30.04.2027", "Fri, 30 Apr 2027 18:02:00 +0500",
                      "Жолдаймыз / направляем\n", [("09-1-1207.docx", doc)])
    save("c08-new-regulation-docx.eml", data, [{"part": "09-1-1207.docx", "kind": "change_notice", "language": "ru",
        "services": [svc("00803012", regulation="Постановление акимата Туркестанской области от 28 апреля 2027 года № 77", standard=None, website=None)],
        "change_date": "2027-04-28"}], c, "change_notice", "ru", "eml + docx",
        "'вступает в силу со дня подписания' (=28.04.2027); the unchanged responsible is named (must not become a responsible change)")

    # c09: reply on top of EKC's question "актуальна ли информация"
    c = ctx("ГУ «Отдел культуры, развития языков, физической культуры и спорта Мойынкумского района»", "madeniet.moiynkum@zhambyl.gov.kz", "120540031147",
            [("00703001", "Выдача архивных справок")], "additional_answer",
            ("ЕКЦ-2027/330", "2027-04-22", "Об актуальности информации"), "update the standard and the website of 00703001")
    body = """Добрый день, информация не актуальна. Стандарт сейчас - Приказ Министра культуры и спорта РК от 1 июня 2020 года № 156. Сайт - www.gov.kz/memleket/entities/zhambyl-moiynkum
Регламент отменен.

Сәуле

> From: info@ekc.gov.kz
> Sent: 22.04.2027
> Subject: Об актуальности информации
>
> Просим подтвердить актуальность информации по услуге 00703001 «Выдача архивных справок»:
> стандарт - Приказ Министра культуры и спорта РК от 22 апреля 2015 года № 146;
> сайт - moiynkum.zhambyl.kz.
> Исх. ЕКЦ-2027/330
"""
    data = text_mail("madeniet.moiynkum@zhambyl.gov.kz", "RE: Об актуальности информации", "Mon, 26 Apr 2027 10:40:00 +0500", body)
    save("c09-reply-not-actual.eml", data, [{"part": "body", "kind": "change_notice", "language": "ru",
        "services": [svc("00703001", standard="Приказ Министра культуры и спорта РК от 1 июня 2020 года № 156", website="www.gov.kz/memleket/entities/zhambyl-moiynkum")]}], c,
        "change_notice", "ru", "eml plain", "the quoted EKC letter holds the OLD standard and site; 'информация не актуальна' is not a refusal")

    # c10: mixed: change of responsible's phone + new standard? -> only new standard; phone changes in column 8 are also changes. Use XLSX revised row with note
    c = ctx("ГУ «Отдел предпринимательства Сырдарьинского района»", "kasipker.syrdarya@kzo.gov.kz", "140940024456",
            [("00404015", "Выдача лицензии на розничную реализацию алкогольной продукции")], "consulting", None,
            "update the amending acts of 00404015")
    xl = mkxlsx([["Изменения в информации по государственной услуге"], [],
                 ["№ в реестре", "Что изменилось", "Было", "Стало", "Дата изменения"],
                 ["00404015", "НПА, вносящие изменения", "-", "Приказ Министра торговли и интеграции РК от 18 марта 2027 года № 64", "02.04.2027"]],
                widths=[12, 26, 10, 50, 16])
    data = mixed_mail("kasipker.syrdarya@kzo.gov.kz", "изменения", "Tue, 06 Apr 2027 12:12:00 +0500", "Сәлеметсіз бе. Файл тіркелді.\n", [("izmeneniya.xlsx", xl)])
    save("c10-xlsx-was-now.eml", data, [{"part": "izmeneniya.xlsx", "kind": "change_notice", "language": "ru",
        "services": [svc("00404015", npa_changes="Приказ Министра торговли и интеграции РК от 18 марта 2027 года № 64")], "change_date": "2027-04-02"}], c,
        "change_notice", "ru", "eml + xlsx", "a 'was | now' change table in XLSX, not the Appendix 1 layout; Kazakh covering line")


# ======================================================================
# REFUSALS (p.11)
# ======================================================================

def refusals():
    # x01: state secret, docx
    c = ctx("ГУ «Отдел по мобилизационной подготовке и гражданской защите Зайсанского района»", "mob.zaisan@vko.gov.kz", "100240019987",
            [("01401003", "Выдача справки о постановке на воинский учет при мобилизации")], "additional_answer",
            ("ЕКЦ-2027/311", "2027-04-14", "О представлении дополнительной информации"), "record the refusal (state secret); no escalation")
    doc = mkdocx(["Исх. № 3/55-дсп от 16.04.2027", "", "Единый контакт-центр", "",
                  "На Ваш запрос № ЕКЦ-2027/311 от 14.04.2027 сообщаем, что представить перечень пунктов сбора и сроков оповещения "
                  "по услуге 01401003 не представляется возможным, так как запрашиваемые сведения составляют государственные секреты "
                  "в соответствии с Законом РК «О государственных секретах».",
                  "Общая информация о порядке оказания услуги размещена на портале egov.kz.", "",
                  "Руководитель отдела                           С. Нуртазин"])
    data = mixed_mail("mob.zaisan@vko.gov.kz", "ответ", "Fri, 16 Apr 2027 16:30:00 +0600", "во вложении", [("otvet_3-55.docx", doc)])
    save("x01-state-secret-docx.eml", data, [{"part": "otvet_3-55.docx", "kind": "refusal", "language": "ru",
        "refusal_reason": "запрашиваемые сведения составляют государственные секреты", "refusal_ground": "state_secret",
        "services": [svc("01401003")]}], c, "refusal", "ru", "eml + docx", "'не представляется возможным' + reason clause; points to egov.kz")

    # x02: state secret, Kazakh, short
    c = ctx("«Жарма ауданының қорғаныс істері жөніндегі бөлімі» ММ", "qorganys.zharma@abai.gov.kz", "190340007751",
            [("01401007", "Әскери қызметте болғаны туралы анықтама беру")], "additional_answer",
            ("ЕКЦ-2027/315", "2027-04-15", "Қосымша ақпарат беру туралы"), "record the refusal (state secret)")
    body = """Сәлеметсіз бе!
ЕКЦ-2027/315 хатыңызға: сұратылған мәліметтер мемлекеттік құпияларды құрайтындықтан ұсыну мүмкін емес.
Құрметпен, бөлім
"""
    data = text_mail("qorganys.zharma@abai.gov.kz", "Жауап ЕКЦ-2027/315", "Mon, 19 Apr 2027 09:00:00 +0500", body)
    save("x02-state-secret-kk.eml", data, [{"part": "body", "kind": "refusal", "language": "kk",
        "refusal_reason": "сұратылған мәліметтер мемлекеттік құпияларды құрайтындықтан", "refusal_ground": "state_secret"}], c,
        "refusal", "kk", "eml plain", "Kazakh; negation 'ұсыну мүмкін емес'")

    # x03: commercial secret, service provider
    c = ctx("ТОО «Теплокоммунэнерго-Экибастуз»", "office@tke-ekb.kz", "030940001123",
            [("00603017", "Выдача технических условий на подключение к сетям теплоснабжения")], "additional_answer",
            ("ЕКЦ-2027/320", "2027-04-19", "О представлении дополнительной информации"), "record the refusal (commercial secret)")
    body = """Добрый день.

На запрос ЕКЦ-2027/320 о расчете стоимости подключения по ТУ (услуга 00603017) сообщаем: методика расчета и внутренние расценки предприятия являются коммерческой тайной ТОО и третьим лицам не передаются.
Для заявителей стоимость сообщается индивидуально при выдаче ТУ.

Зам. директора по тех.присоединению
Литвинов В.Г.
тел. 8 (7187) 77-12-00
"""
    data = text_mail(addr("ТКЭ Экибастуз", "office@tke-ekb.kz"), "Re: О представлении дополнительной информации", "Wed, 21 Apr 2027 15:40:00 +0600", body)
    save("x03-commercial-secret.eml", data, [{"part": "body", "kind": "refusal", "language": "ru",
        "refusal_reason": "методика расчета и внутренние расценки предприятия являются коммерческой тайной ТОО", "refusal_ground": "commercial_secret",
        "services": [svc("00603017")]}], c, "refusal", "ru", "eml plain", "negation 'третьим лицам не передаются'; a service provider, not an agency")

    # x04: commercial secret, HTML, reason after "Причина:" but worded loosely
    c = ctx("АО «Национальная компания «QazaqGaz» филиал по Жамбылской области»", "zhambyl@qazaqgaz.kz", "120141005588",
            [("00603021", "Выдача технических условий на подключение к газораспределительным сетям")], "additional_answer",
            ("ЕКЦ-2027/323", "2027-04-20", "О представлении информации о сроках"), "record the refusal (commercial secret)")
    html = """<p>Уважаемые коллеги,</p>
<p>рассмотрев Ваш запрос, вынуждены отказать в предоставлении сведений о загрузке газораспределительных сетей по районам.</p>
<p>Причина: данные о пропускной способности сетей отнесены к коммерческой тайне Общества (приказ о перечне сведений от 10.01.2025 № 4).</p>
<p>С уважением,<br>Канцелярия филиала</p>"""
    data = html_mail("zhambyl@qazaqgaz.kz", "RE: О представлении информации о сроках", "Thu, 22 Apr 2027 10:00:00 +0500", html)
    save("x04-commercial-secret-html.eml", data, [{"part": "body", "kind": "refusal", "language": "ru",
        "refusal_reason": "данные о пропускной способности сетей отнесены к коммерческой тайне Общества", "refusal_ground": "commercial_secret"}], c,
        "refusal", "ru", "eml html-only", "'вынуждены отказать' then a 'Причина:' line with an act reference in brackets")

    # x05: protected secret (personal data), reply on top of quote
    c = ctx("ГУ «Отдел занятости и социальных программ Зеленовского района»", "ozsp.zelenov@zko.gov.kz", "040940012209",
            [("00802019", "Назначение государственной адресной социальной помощи")], "additional_answer",
            ("ЕКЦ-2027/326", "2027-04-21", "О представлении информации"), "record the refusal (personal data protected by law)")
    body = """Здравствуйте
списки получателей АСП с ИИН и адресами мы Вам направить не можем - это персональные данные, защищаемые Законом РК "О персональных данных и их защите". по порядку назначения АСП готовы проконсультировать по тел. 8 (71130) 2-21-45

-----Исходное сообщение-----
От: ЕКЦ [mailto:info@ekc.gov.kz]
Отправлено: 21 апреля 2027 г. 11:30
Тема: О представлении информации
Для анализа обращений граждан просим направить список получателей АСП за 1 квартал 2027 года (ФИО, ИИН, адрес). Исх. ЕКЦ-2027/326
"""
    data = text_mail("ozsp.zelenov@zko.gov.kz", "RE: О представлении информации", "Fri, 23 Apr 2027 09:45:00 +0500", body, charset="windows-1251")
    save("x05-personal-data-on-quote.eml", data, [{"part": "body", "kind": "refusal", "language": "ru",
        "refusal_reason": "это персональные данные, защищаемые Законом РК \"О персональных данных и их защите\"", "refusal_ground": "protected_secret"}], c, "refusal", "ru", "eml plain windows-1251",
        "negation 'направить не можем'; offers phone consultation; registry number only in the context");

    # x06: protected secret (medical secret), docx formal
    c = ctx("КГП на ПХВ «Районная больница Карасайского района»", "crb.karasay@mail.kz", "000340016689",
            [("00803012", "Выдача направления на госпитализацию в стационар")], "additional_answer",
            ("ЕКЦ-2027/329", "2027-04-22", "О представлении дополнительной информации"), "record the refusal (medical secret)")
    doc = mkdocx(["КГП на ПХВ «Районная больница Карасайского района»", "Исх. № 412 от 26.04.2027 г.", "", "Единый контакт-центр", "",
                  "Рассмотрев письмо ЕКЦ-2027/329, сообщаем, что сведения о диагнозах и сроках госпитализации пациентов, "
                  "обращавшихся за услугой 00803012, составляют врачебную тайну и в соответствии со статьей 273 Кодекса РК "
                  "«О здоровье народа и системе здравоохранения» представлены быть не могут.", "",
                  "Главный врач                                    А. Досжанов"])
    save("x06-medical-secret.docx", doc, [{"part": "x06-medical-secret.docx", "kind": "refusal", "language": "ru",
        "refusal_reason": "сведения о диагнозах и сроках госпитализации пациентов, обращавшихся за услугой 00803012, составляют врачебную тайну",
        "refusal_ground": "protected_secret", "services": [svc("00803012")]}], c, "refusal", "ru", "docx",
        "negation at the very end ('представлены быть не могут'); medical secret = protected by law")

    # x07: not competent, formal txt, redirects
    c = ctx("ГУ «Отдел сельского хозяйства Аксуского района»", "agro.aksu@zhetysu.gov.kz", "090940027713",
            [("01102005", "Выдача ветеринарной справки")], "appointment",
            ("ЕКЦ-2027/296", "2027-04-08", "О назначении ответственного лица"), "record the refusal (not competent) and redirect the request")
    txt = """Исх. 02-11/89 от 12.04.2027

На ЕКЦ-2027/296 от 08.04.2027

Сообщаем, что государственная услуга "Выдача ветеринарной справки" (01102005) отделом сельского хозяйства не оказывается. С 2024 года функции по ветеринарии переданы ГУ "Отдел ветеринарии Аксуского района", в связи с чем назначить ответственное лицо не можем. Просим направить запрос по принадлежности (vet.aksu@zhetysu.gov.kz).

Руководитель отдела   Е.Тұрғанбаев
"""
    save("x07-not-competent-redirect.txt", txt.encode("utf-8"), [{"part": "x07-not-competent-redirect.txt", "kind": "refusal", "language": "ru",
        "refusal_reason": "государственная услуга \"Выдача ветеринарной справки\" (01102005) отделом сельского хозяйства не оказывается",
        "refusal_ground": "not_competent", "services": [svc("01102005")], "responsible": None}], c, "refusal", "ru", "txt utf-8",
        "answers an appointment request by declining; another agency's e-mail in the text; no responsible person")

    # x08: not competent, iPhone short
    c = ctx("ГУ «Отдел земельных отношений Аулиекольского района»", "zher.auliekol@kst.gov.kz", "050440018876",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "information",
            ("ЕКЦ-2027/300", "2027-04-09", "О представлении информации"), "record the refusal (not competent)")
    body = "Добрый день, это не к нам. Справки ЛПХ выдают аппараты акимов сельских округов, отдел земельных отношений эту услугу не оказывает\n\nОтправлено с iPhone\n"
    data = text_mail("zher.auliekol@kst.gov.kz", "Re: О представлении информации", "Mon, 12 Apr 2027 20:01:00 +0600", body)
    save("x08-not-ours-iphone.eml", data, [{"part": "body", "kind": "refusal", "language": "ru",
        "refusal_reason": "отдел земельных отношений эту услугу не оказывает", "refusal_ground": "not_competent"}], c,
        "refusal", "ru", "eml plain", "colloquial 'это не к нам'; reason is the second sentence")

    # x09: not competent, Kazakh + Russian in HTML
    c = ctx("«Жалағаш ауданының құрылыс бөлімі» ММ", "qurylys.zhalagash@kzo.gov.kz", "110540029914",
            [("00501044", "Тұрғын үй-жайды тұрғын емес үй-жайға ауыстыру туралы шешім беру")], "information",
            ("ЕКЦ-2027/304", "2027-04-12", "Ақпарат ұсыну туралы"), "record the refusal (not competent)")
    html = """<div>Құрметті әріптестер!</div>
<div>00501044 мемлекеттік көрсетілетін қызметі біздің құзыретімізге жатпайды, оны аудандық сәулет бөлімі көрсетеді.</div>
<div>Данная услуга не относится к компетенции отдела строительства.</div>
<div><br></div><div>Құрметпен, А. Ержанова</div>"""
    data = html_mail("qurylys.zhalagash@kzo.gov.kz", "Жауап", "Wed, 14 Apr 2027 11:25:00 +0500", html)
    save("x09-not-competent-kk-ru.eml", data, [{"part": "body", "kind": "refusal", "language": "kk",
        "refusal_reason": "00501044 мемлекеттік көрсетілетін қызметі біздің құзыретімізге жатпайды", "refusal_ground": "not_competent",
        "services": [svc("00501044")]}], c, "refusal", "kk+ru", "eml html-only", "Kazakh sentence then a Russian restatement")

    # x10: other: data not kept
    c = ctx("ГУ «Аппарат акима Кокпектинского района»", "akimat.kokpekty@abai.gov.kz", "990740012236",
            [("00305027", "Выдача справки о регистрации по месту жительства в сельском округе")], "additional_answer",
            ("ЕКЦ-2027/331", "2027-04-23", "О представлении статистики"), "record the refusal (other: data not kept)")
    body = """Уважаемые коллеги!
Статистику выданных справок в разрезе сельских округов за 2026 год представить не можем, поскольку такой учет в аппарате акима района не ведется, справки выдаются через ЦОН и портал.
С уважением
Мухамедьярова Г.
гл.специалист
"""
    data = text_mail("akimat.kokpekty@abai.gov.kz", "RE: О представлении статистики", "Tue, 27 Apr 2027 12:30:00 +0600", body)
    save("x10-data-not-kept.eml", data, [{"part": "body", "kind": "refusal", "language": "ru",
        "refusal_reason": "такой учет в аппарате акима района не ведется", "refusal_ground": "other"}], c, "refusal", "ru", "eml plain",
        "reason is neither a secret nor competence: the data simply are not kept")


# ======================================================================
# TRAINING PROTOCOLS (p.8)
# ======================================================================

def protocols():
    # p01: docx with services table and «20» апреля
    c = ctx("ГУ «Отдел жилищной инспекции Илийского района»", "zhil.ili@almobl.gov.kz", "140240015567",
            [("00601014", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда"),
             ("00601022", "Выдача справки о наличии либо отсутствии жилья")], "protocol",
            ("ЕКЦ-2027/309", "2027-04-13", "О проведении обучения"), "mark 00601014 and 00601022 as accepted for consulting (protocol 2027-04-20)")
    doc = mkdocx([("b", "ПРОТОКОЛ № 7"), "принятия Единым контакт-центром государственных услуг для консультирования", "",
                  "п. Отеген батыра                                                   « 20 » апреля 2027 г.", "",
                  "Ответственное лицо отдела жилищной инспекции Илийского района Сапарова Г.К. провела обучение сотрудников ЕКЦ по следующим услугам:",
                  ("t", [["№", "№ в реестре", "Наименование"], ["1", "00601014", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда"],
                         ["2", "00601022", "Выдача справки о наличии либо отсутствии жилья"]]), "",
                  "Решили: принять указанные услуги для консультирования.", "",
                  "От ЕКЦ: ____________ Ж. Бекенова", "От отдела: ____________ Г. Сапарова"])
    data = mixed_mail("zhil.ili@almobl.gov.kz", "протокол", "Tue, 20 Apr 2027 17:10:00 +0500", "Подписанный протокол направляем\n", [("protokol_7.docx", doc)])
    save("p01-protocol-docx.eml", data, [{"part": "protokol_7.docx", "kind": "training_protocol", "language": "ru", "protocol_date": "2027-04-20",
        "services": [svc("00601014"), svc("00601022")]}], c, "training_protocol", "ru", "eml + docx", "date at the right of the place line")

    # p02: PDF protocol
    c = ctx("ГУ «Управление ветеринарии Акмолинской области»", "vet@akmola.gov.kz", "050240012290",
            [("01102005", "Выдача ветеринарной справки"), ("01102009", "Выдача ветеринарного паспорта на животное")], "protocol",
            ("ЕКЦ-2027/312", "2027-04-14", "О проведении обучения"), "mark both services as accepted for consulting (protocol 2027-04-21)")
    pdf = mkpdf(["ПРОТОКОЛ", "принятия Единым контакт-центром государственной услуги для консультирования", "",
                 "г. Кокшетау                                                          21.04.2027", "",
                 "Обучение проведено: Павленко О.В., главный ветеринарный инспектор.", "Обучены: операторы ЕКЦ (5 человек).", "",
                 "Государственные услуги:", "  01102005 - Выдача ветеринарной справки", "  01102009 - Выдача ветеринарного паспорта на животное", "",
                 "Услуги приняты Единым контакт-центром для консультирования.", "",
                 "Представитель ЕКЦ  ___________  Омарова А.С.", "Представитель Управления  ___________  Смагулов А.Т."])
    save("p02-protocol.pdf", pdf, [{"part": "p02-protocol.pdf", "kind": "training_protocol", "language": "ru", "protocol_date": "2027-04-21",
        "services": [svc("01102005"), svc("01102009")]}], c, "training_protocol", "ru", "pdf text", "registry numbers in a dash list; date right-aligned on the place line")

    # p03: very short body
    c = ctx("ГУ «Отдел образования Уланского района»", "bilim.ulan@vko.gov.kz", "050840019920",
            [("00702011", "Прием документов и зачисление детей в дошкольные организации образования"),
             ("00702017", "Предоставление бесплатного подвоза к общеобразовательным организациям")], "protocol",
            ("ЕКЦ-2027/317", "2027-04-15", "О проведении обучения"), "mark both services as accepted for consulting")
    body = "Протокол №4 от 22.04.2027 подписан, услуги 00702011, 00702017 приняты ЕКЦ для консультирования. Скан оригинала отправим почтой\n"
    data = text_mail("bilim.ulan@vko.gov.kz", "протокол", "Thu, 22 Apr 2027 16:00:00 +0500", body)
    save("p03-protocol-one-line.eml", data, [{"part": "body", "kind": "training_protocol", "language": "ru", "protocol_date": "2027-04-22",
        "services": [svc("00702011"), svc("00702017")]}], c, "training_protocol", "ru", "eml plain", "the whole protocol is one sentence in the body")

    # p04: Kazakh docx
    c = ctx("«Шет ауданының білім бөлімі» ММ", "shet.bilim@karaganda.gov.kz", "030540004417",
            [("00702011", "Мектепке дейінгі білім беру ұйымдарына құжаттар қабылдау және балаларды қабылдау")], "protocol",
            ("ЕКЦ-2027/319", "2027-04-16", "Оқыту өткізу туралы"), "mark 00702011 as accepted for consulting (protocol 2027-04-23)")
    doc = mkdocx([("b", "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдау"), ("b", "ХАТТАМАСЫ"), "",
                  "2027 жылғы 23 сәуір                                                   № 3", "",
                  "Шет ауданының білім бөлімінің жауапты тұлғасы Оспанова Д.Е. Бірыңғай байланыс орталығының қызметкерлеріне оқыту өткізді.",
                  "Мемлекеттік көрсетілетін қызмет: 00702011 «Мектепке дейінгі білім беру ұйымдарына құжаттар қабылдау және балаларды қабылдау».",
                  "Қызмет консультация беру үшін қабылданды.", "",
                  "ББО өкілі: ________ Ж. Сейдахметова", "Бөлім өкілі: ________ Д. Оспанова"])
    save("p04-protocol-kk.docx", doc, [{"part": "p04-protocol-kk.docx", "kind": "training_protocol", "language": "kk", "protocol_date": "2027-04-23",
        "services": [svc("00702011")]}], c, "training_protocol", "kk", "docx", "Kazakh, date in Kazakh words at the left")

    # p05: covering note + PDF, note gives a different date (sending)
    c = ctx("ГУ «Отдел ЗАГС акимата Алгинского района»", "zags.alga@aktobe.gov.kz", "070640013387",
            [("00201001", "Регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния"),
             ("00201004", "Регистрация заключения брака (супружества)")], "protocol",
            ("ЕКЦ-2027/321", "2027-04-19", "О проведении обучения"), "mark both services as accepted for consulting (protocol 2027-04-23)")
    pdf = mkpdf(["Протокол № 11", "принятия ЕКЦ государственных услуг для консультирования", "", "Дата: 23 апреля 2027 года", "",
                 "Присутствовали: от отдела ЗАГС - Абдрахманова Ж.С.; от ЕКЦ - Калиева Д., Ахметов Р.", "",
                 "По итогам обучения ЕКЦ принимает для консультирования услуги:",
                 "00201001 «Регистрация рождения ребенка, в том числе внесение изменений, дополнений",
                 "и исправлений в записи актов гражданского состояния»", "00201004 «Регистрация заключения брака (супружества)»", "",
                 "Подписи сторон: ____________  ____________"])
    data = mixed_mail(addr("ЗАГС Алга", "zags.alga@aktobe.gov.kz"), "протокол 11", "Mon, 26 Apr 2027 09:30:00 +0500",
                      "Добрый день! Протокол подписан с нашей стороны 26.04, скан во вложении. Исполнитель Абдрахманова Ж.С.\n",
                      [("Протокол 11 скан.pdf", pdf)])
    save("p05-protocol-pdf-note.eml", data, [{"part": "Протокол 11 скан.pdf", "kind": "training_protocol", "language": "ru", "protocol_date": "2027-04-23",
        "services": [svc("00201001"), svc("00201004")]}], c, "training_protocol", "ru", "eml + pdf",
        "the covering note gives a signing date (26.04) that is not the protocol's date; a service name wraps over two PDF lines")

    # p06: txt very short
    c = ctx("ГУ «Аппарат акима Акжарского сельского округа»", "akzhar.so@mail.ru", "130740017756",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "protocol",
            ("ЕКЦ-2027/324", "2027-04-20", "О проведении обучения"), "mark 00305012 as accepted for consulting")
    txt = "ПРОТОКОЛ от 27.04.2027\nЕКЦ принял для консультирования услугу 00305012.\nПодписи: Рахимжанов Б. / Сейтова А.\n"
    save("p06-protocol-short.txt", txt.encode("utf-8"), [{"part": "p06-protocol-short.txt", "kind": "training_protocol", "language": "ru",
        "protocol_date": "2027-04-27", "services": [svc("00305012")]}], c, "training_protocol", "ru", "txt utf-8", "three lines in all")

    # p07: HTML body, protocol table, training date differs from protocol date
    c = ctx("ГУ «Отдел ветеринарии Уилского района»", "vet.uil@aktobe.gov.kz", "110640028893",
            [("01102005", "Выдача ветеринарной справки"), ("01102009", "Выдача ветеринарного паспорта на животное")], "protocol",
            ("ЕКЦ-2027/327", "2027-04-21", "О проведении обучения"), "mark both services as accepted for consulting (protocol 2027-04-28)")
    html = """<p>Протокол принятия ЕКЦ гос.услуг для консультирования № 5 от 28.04.2027</p>
<p>Обучение проведено 26.04.2027 в режиме видеосвязи.</p>
<table border=1><tr><td>№ п/п</td><td>Реестровый номер</td><td>Услуга</td><td>Отметка о принятии</td></tr>
<tr><td>1</td><td>01102005</td><td>Выдача ветеринарной справки</td><td>принята</td></tr>
<tr><td>2</td><td>01102009</td><td>Выдача ветеринарного паспорта на животное</td><td>принята</td></tr></table>
<p>ЕКЦ: Омарова А.С. (подписано ЭЦП)<br>Отдел ветеринарии: Нуртаев Б.К. (подписано ЭЦП)</p>"""
    data = html_mail("vet.uil@aktobe.gov.kz", "Протокол №5", "Wed, 28 Apr 2027 15:15:00 +0500", html)
    save("p07-protocol-html-two-dates.eml", data, [{"part": "body", "kind": "training_protocol", "language": "ru", "protocol_date": "2027-04-28",
        "services": [svc("01102005"), svc("01102009")]}], c, "training_protocol", "ru", "eml html-only",
        "training date 26.04 and protocol date 28.04 both present")

    # p08: docx, protocol with one service accepted and one not yet
    c = ctx("ГУ «Аппарат акима города Аркалык»", "akimat@arkalyk.gov.kz", "990540002287",
            [("00402045", "Выдача разрешения на использование земельного участка для изыскательских работ"),
             ("00501044", "Выдача решения о переводе жилого помещения в нежилое")], "protocol",
            ("ЕКЦ-2027/332", "2027-04-23", "О проведении обучения"), "mark 00402045 and 00501044 as accepted for consulting (protocol 2027-04-29)")
    doc = mkdocx(["г. Аркалык", "", ("b", "Протокол"), "принятия государственных услуг для консультирования Единым контакт-центром", "",
                  "Дата составления: 29.04.2027", "",
                  "1. Обучение сотрудников Единого контакт-центра проведено главным специалистом Есенгельдиной С. и главным архитектором Тыщенко Р.П.",
                  "2. Приняты для консультирования государственные услуги с реестровыми номерами 00402045 и 00501044.",
                  "3. Вопросы ЕКЦ, направленные 20.04.2027, сняты.", "",
                  "Подписи:", ("t", [["Единый контакт-центр", "Аппарат акима г. Аркалык"], ["__________ Д. Калиева", "__________ Р. Тыщенко"]])])
    save("p08-protocol-numbered-points.docx", doc, [{"part": "p08-protocol-numbered-points.docx", "kind": "training_protocol", "language": "ru",
        "protocol_date": "2027-04-29", "services": [svc("00402045"), svc("00501044")]}], c, "training_protocol", "ru", "docx",
        "registry numbers inside a sentence; another date (20.04) for the questions; signature table")


# ======================================================================
# NOT REPLIES (is_reply false)
# ======================================================================

def others():
    # o01: out-of-office autoreply kk/ru
    c = ctx("ГУ «Отдел экономики и финансов Илийского района»", "oef.ili@almobl.gov.kz", "070940013356",
            [("00305041", "Выдача справки о постановке на учет в качестве безработного")], "information",
            ("ЕКЦ-2027/338", "2027-04-26", "О представлении информации"), "nothing: automatic out-of-office reply", False)
    body = ("Сәлеметсіз бе! Мен 26.04.2027 - 07.05.2027 аралығында демалыстамын.\n"
            "Здравствуйте! Я в отпуске с 26.04.2027 по 07.05.2027. По срочным вопросам обращайтесь к Мусину Т.А., тел. 8 (72752) 3-05-16.\n")
    data = text_mail(addr("Сейткалиева Асем", "a.seitkalieva@ili-oef.kz"), "Автоматический ответ: О представлении информации", "Mon, 26 Apr 2027 11:02:13 +0500",
                     body, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    save("o01-out-of-office.eml", data, [{"part": "body", "kind": "other"}], c, "other", "kk+ru", "eml plain auto-replied",
        "auto-reply naming a substitute person and a phone (not a responsible change)")

    # o02: bounce
    c = ctx("ГУ «Аппарат акима поселка Жайрем»", "zhairem.akimat@ulytau.gov.kz", "150840006678",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "protocol",
            ("ЕКЦ-2027/340", "2027-04-27", "О проведении обучения"), "nothing: delivery failure; check the address", False)
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(MIMEText("This is the mail system at host mx.ulytau.gov.kz.\n\nI'm sorry to have to inform you that your message could not\n"
                      "be delivered to one or more recipients.\n\n<kim.d.zhairem@mail.ru>: host mxs.mail.ru said: 550 Message was not accepted -- "
                      "invalid mailbox. Mailbox does not exist\n", "plain", "us-ascii"))
    ds = MIMEBase("message", "delivery-status")
    from email import message_from_string
    ds.set_payload([message_from_string("Reporting-MTA: dns; mx.ulytau.gov.kz\n\n"),
                    message_from_string("Final-Recipient: rfc822; kim.d.zhairem@mail.ru\nAction: failed\nStatus: 5.1.1\n\n")])
    m.attach(ds)
    orig = MIMEText("Уважаемый Денис Олегович! Просим согласовать дату обучения по услуге 00305012 «Выдача справки о наличии личного подсобного хозяйства». "
                    "Протокол будет оформлен по итогам обучения. Исх. ЕКЦ-2027/340", "plain", "utf-8")
    orig["Subject"] = "О проведении обучения"; orig["From"] = EKC; orig["To"] = "kim.d.zhairem@mail.ru"
    rfc = MIMEBase("message", "rfc822"); rfc.set_payload([orig]); m.attach(rfc)
    headers(m, "MAILER-DAEMON@mx.ulytau.gov.kz", "Undelivered Mail Returned to Sender", "Tue, 27 Apr 2027 10:00:05 +0500")
    save("o02-bounce.eml", m.as_bytes(), [{"part": "body", "kind": "other"}], c, "other", "en+ru", "eml multipart/report",
        "bounce whose returned original is the EKC's own letter about a protocol")

    # o03: seminar invitation
    c = ctx("ГУ «Управление цифровизации Северо-Казахстанской области»", "cifra@sko.gov.kz", "180240031207",
            [("00105002", "Выдача справки об отсутствии (наличии) задолженности")], "consulting", None,
            "nothing: an invitation to a seminar", False)
    html = """<p>Уважаемые коллеги!</p><p>Приглашаем Вас принять участие в областном семинаре «Качество оказания государственных услуг: итоги I квартала 2027 года», который состоится <b>12 мая 2027 года в 10:00</b> в конференц-зале акимата области (ул. Конституции Казахстана, 58).</p>
<p>Просим до 07.05.2027 направить ФИО участника.</p><p>Отдел развития государственных услуг</p>"""
    data = html_mail("cifra@sko.gov.kz", "Приглашение на семинар", "Wed, 28 Apr 2027 09:00:00 +0600", html, plain="Приглашаем на семинар 12 мая 2027 года в 10:00. Просим до 07.05.2027 направить ФИО участника.")
    save("o03-seminar-invitation.eml", data, [{"part": "body", "kind": "other"}], c, "other", "ru", "eml multipart/alternative",
        "asks for a participant's name (not an appointment); a date and a deadline")

    # o04: read receipt
    c = ctx("ГУ «Отдел образования Тюлькубасского района»", "bilim.tulkubas@turkestan.gov.kz", "040340011196",
            [("00702011", "Прием документов и зачисление детей в дошкольные организации образования")], "protocol",
            ("ЕКЦ-2027/342", "2027-04-28", "О проведении обучения"), "nothing: a read receipt", False)
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(MIMEText("Ваше сообщение\n\n  Кому: bilim.tulkubas@turkestan.gov.kz\n  Тема: О проведении обучения\n  Отправлено: 28.04.2027 10:12\n\nбыло прочитано 28.04.2027 11:40.\n", "plain", "utf-8"))
    dn = MIMEBase("message", "disposition-notification")
    dn.set_payload("Final-Recipient: rfc822;bilim.tulkubas@turkestan.gov.kz\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(dn)
    headers(m, "bilim.tulkubas@turkestan.gov.kz", "Прочитано: О проведении обучения", "Wed, 28 Apr 2027 11:40:00 +0500")
    save("o04-read-receipt.eml", m.as_bytes(), [{"part": "body", "kind": "other"}], c, "other", "ru", "eml multipart/report MDN",
        "read receipt whose subject is about training")

    # o05: registration notice from e-document system
    c = ctx("ГУ «Управление здравоохранения Туркестанской области»", "densaulyk@turkestan.gov.kz", "181040009921",
            [("00803012", "Выдача направления на госпитализацию в стационар")], "additional_answer",
            ("ЕКЦ-2027/344", "2027-04-29", "О представлении разъяснений"), "nothing: registration notice of our letter", False)
    body = """Уведомление системы электронного документооборота

Ваш документ № ЕКЦ-2027/344 от 29.04.2027 «О представлении разъяснений» зарегистрирован.
Входящий № 09-1/3310 от 29.04.2027.
Исполнитель: Алимбетова Г.А.
Срок исполнения: 06.05.2027

Это письмо сформировано автоматически, не отвечайте на него.
"""
    data = text_mail("no-reply@edo.turkestan.gov.kz", "Регистрация документа ЕКЦ-2027/344", "Thu, 29 Apr 2027 15:05:00 +0500", body,
                     extra=[("Auto-Submitted", "auto-generated")])
    save("o05-edo-registration.eml", data, [{"part": "body", "kind": "other"}], c, "other", "ru", "eml plain auto-generated",
        "names an executor (Исполнитель) and a due date but is only a registration notice")

    # o06: question back instead of the form
    c = ctx("ГУ «Аппарат акима Бескольского сельского округа»", "beskol.so@mail.ru", "120440011875",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "information",
            ("ЕКЦ-2027/292", "2027-04-07", "О представлении информации"), "nothing to apply; answer the agency's question", False)
    body = "Здравствуйте а форму приложения 1 в каком виде заполнять? вышлите пожалуйста шаблон в ворде, у нас не открывается\n\nОтправлено с iPhone\n"
    data = text_mail("beskol.so@mail.ru", "Re: О представлении информации", "Thu, 08 Apr 2027 12:40:00 +0500", body)
    save("o06-question-template.eml", data, [{"part": "body", "kind": "other"}], c, "other", "ru", "eml plain",
        "a reply to our request that mentions the form but carries none")

    # o07: extension request
    c = ctx("ГУ «Отдел культуры и развития языков Айыртауского района»", "madeniet.aiyrtau@sko.gov.kz", "090140033310",
            [("00703001", "Выдача архивных справок")], "information",
            ("ЕКЦ-2027/305", "2027-04-12", "О представлении информации по форме приложения 1"), "nothing to apply; note the requested extension", False)
    doc = mkdocx(["№ 17-02/71 от 23.04.2027", "", "Единый контакт-центр", "",
                  "В связи с проводимой в отделе инвентаризацией архивного фонда просим продлить срок представления информации по форме "
                  "приложения 1 по услуге 00703001 до 07.05.2027.", "", "Руководитель отдела                    Г. Оспанов"])
    data = mixed_mail("madeniet.aiyrtau@sko.gov.kz", "о продлении срока", "Fri, 23 Apr 2027 10:00:00 +0600", "письмо во вложении", [("17-02-71.docx", doc)])
    save("o07-extension-request.eml", data, [{"part": "17-02-71.docx", "kind": "other"}], c, "other", "ru", "eml + docx",
        "asks to extend the deadline; names the form and a registry number; not a refusal")

    # o08: citizen complaint landing in the mailbox
    c = ctx("ГУ «Отдел занятости и социальных программ Аягозского района»", "ozsp.ayagoz@vko.gov.kz", "041140002233",
            [("00802004", "Назначение жилищной помощи")], "consulting", None, "nothing: a citizen's message, route to the operators", False)
    body = """здравствуйте мне в отделе занятости отказали в жилищной помощи сказали нет справки о доходах а я пенсионерка. куда мне обращаться? тел 87759991122 Жумагулова Роза
"""
    data = text_mail(addr("Роза", "roza.zhumagulova1958@mail.ru"), "жилищная помощь отказ", "Sat, 01 May 2027 13:13:00 +0500", body)
    save("o08-citizen-complaint.eml", data, [{"part": "body", "kind": "other"}], c, "other", "ru", "eml plain",
        "a citizen writes 'отказали' about a service: not an agency's refusal")

    # o09: holiday greeting HTML
    c = ctx("ГУ «Аппарат акима Сарыагашского района»", "saryagash.akimat@turkestan.gov.kz", "990840003347",
            [("00305033", "Выдача справки о наличии или отсутствии земельного участка")], "consulting", None, "nothing: a greeting", False)
    html = "<div style='text-align:center'><h2>Құтты болсын!</h2><p>Уважаемые коллеги! Поздравляем вас с Днём единства народа Казахстана!</p><p>Аппарат акима Сарыагашского района</p></div>"
    data = html_mail("saryagash.akimat@turkestan.gov.kz", "С праздником 1 мая!", "Fri, 30 Apr 2027 18:00:00 +0500", html)
    save("o09-holiday-greeting.eml", data, [{"part": "body", "kind": "other"}], c, "other", "kk+ru", "eml html-only", "greeting only")

    # o10: phishing
    c = ctx("ГУ «Отдел земельных отношений Карасайского района»", "zem.karasay@almobl.gov.kz", "060740009981",
            [("00402031", "Выдача решения на изменение целевого назначения земельного участка")], "protocol",
            ("ЕКЦ-2027/336", "2027-04-26", "О проведении обучения"), "nothing: phishing, do not open links", False)
    html = """<p>Уважаемый пользователь!</p><p>Ваш почтовый ящик info@ekc.gov.kz переполнен (99%). Входящие письма, в том числе <b>протоколы</b> и <b>ответы государственных органов</b>, будут удалены.</p>
<p><a href="http://mail-gov-kz.verify-box.top/login">Подтвердите учетную запись</a> в течение 24 часов.</p><p>Служба поддержки</p>"""
    data = html_mail(addr("Администратор почты", "admin@mail-gov-kz.verify-box.top"), "Ваш почтовый ящик переполнен", "Tue, 27 Apr 2027 03:14:00 +0000", html)
    save("o10-phishing.eml", data, [{"part": "body", "kind": "other"}], c, "other", "ru", "eml html-only", "phishing that mentions protocols and answers")

    # o11: order about working schedule (txt)
    c = ctx("ГУ «Аппарат акима Жанакорганского района Кызылординской области»", "akimat@zhanakorgan.kzo.gov.kz", "990240005612",
            [("00305012", "Выдача справки о наличии личного подсобного хозяйства")], "consulting", None, "nothing: information about holiday duty", False)
    txt = """График дежурств сотрудников аппарата акима района в праздничные дни 7-10 мая 2027 года

07.05 - Сарсенбаева А.Б., 8 701 555 12 34
08.05 - Омаров Д.Т., 8 701 555 40 02
09.05 - Искаков Н., 8 777 210 33 11
10.05 - Сарсенбаева А.Б.

Ответственный за составление графика: Ермаханов К.
"""
    save("o11-duty-schedule.txt", txt.encode("utf-8"), [{"part": "o11-duty-schedule.txt", "kind": "other"}], c, "other", "ru", "txt utf-8",
        "names people, phones, dates and an 'Ответственный' who is not a responsible person for the EKC")

    # o12: promise to appoint later
    c = ctx("ГУ «Отдел предпринимательства и сельского хозяйства Зерендинского района»", "ozsh.zerenda@akmola.gov.kz", "080340021198",
            [("00901045", "Субсидирование стоимости семян")], "appointment",
            ("ЕКЦ-2027/339", "2027-04-27", "О назначении ответственного лица"), "nothing to apply; the appointment is still awaited", False)
    body = "Добрый день. Ответственное лицо по 00901045 будет назначено после выхода приказа (руководитель в командировке до 05.05), сообщим дополнительно.\nБ. Касенов\n"
    data = text_mail("ozsh.zerenda@akmola.gov.kz", "Re: О назначении ответственного лица", "Thu, 29 Apr 2027 09:50:00 +0500", body)
    save("o12-will-appoint-later.eml", data, [{"part": "body", "kind": "other"}], c, "other", "ru", "eml plain",
        "says a person WILL be appointed; no name; a date that is not an effective date")

    # o13: circular about a different responsible (anti-corruption), mass mailing
    c = ctx("ГУ «Управление по делам религий Костанайской области»", "din@kostanay.gov.kz", "020440005561",
            [("01301004", "Проведение религиоведческой экспертизы")], "consulting", None, "nothing: a circular about another duty", False)
    body = """По списку рассылки

Сообщаем, что ответственным за внутренний анализ коррупционных рисков в Управлении назначен Байжанов Куаныш Каирбекович, главный специалист, тел. 8 7142 53 27 95.

Канцелярия
"""
    data = text_mail("din@kostanay.gov.kz", "О назначении ответственного (антикоррупция)", "Mon, 03 May 2027 09:00:00 +0600", body,
                     to="undisclosed-recipients:;")
    save("o13-other-duty-appointment.eml", data, [{"part": "body", "kind": "other"}], c, "other", "ru", "eml plain",
        "an appointment for another duty (anti-corruption), sent to a mailing list: not for the EKC")


# ======================================================================

def manifest():
    lines = ["# raushan — held-out corpus (round 3f)", "",
             "Short, plain letters from small agencies and local executive bodies (district akimats, departments, rural districts).",
             "Rebuild: `/tmp/cv-raushan/bin/python make.py` (needs python-docx, openpyxl, reportlab). Each input has `.expected.json` and `.context.json`.", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for n, k, l, f, h in sorted(MANIFEST):
        lines.append("| %s | %s | %s | %s | %s |" % (n, k, l, f, h))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    appointments(); replacements(); forms(); changes(); refusals(); protocols(); others()
    manifest()
    print(len(MANIFEST), "documents")
