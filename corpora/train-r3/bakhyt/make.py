#!/usr/bin/env python3
"""Generator of bakhyt's round-J corpus (non-replies). Run with /tmp/cv-bakhyt/bin/python make.py"""
import io, json, os, base64, quopri
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header
import datetime as dt
import docx
from docx.shared import Pt
import openpyxl
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
EKC = "kanc@ekc.gov.kz"
DOCS = []

def save(name, data, key_docs, ctx, exit_=0):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": exit_, "documents": key_docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    DOCS.append(name)

def ctx(agency, services, awaiting, our_letter, effect, is_reply=False):
    return {"agency": agency, "services": services, "awaiting": awaiting,
            "our_letter": our_letter, "expected_effect": effect, "is_reply": is_reply}

def ag(name, email, bin_):
    return {"name": name, "email": email, "bin": bin_}

def svc(num, name):
    return {"registry_number": num, "name": name}

def ol(num, date, subj):
    return {"number": num, "date": date, "subject": subj}

def d(s):
    # "2027-02-03 10:15 +0600"
    x = dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return format_datetime(x)

def addr(a):
    if a.isascii():
        return a
    from email.utils import parseaddr, formataddr
    nm, ad = parseaddr(a)
    return formataddr((nm, ad), charset="utf-8")

def hdr(msg, frm, to, subj, date, mid, irt=None, extra=None):
    msg["From"] = addr(frm)
    msg["To"] = to
    msg["Subject"] = subj
    msg["Date"] = d(date)
    msg["Message-ID"] = mid
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    for k, v in (extra or {}).items():
        msg[k] = v

def raw_eml(frm, to, subj, date, mid, body, charset, cte="8bit", label=None, irt=None, extra=None, ctype="text/plain"):
    """Single-part message built by hand (legacy charsets, missing/wrong labels)."""
    enc = body.encode(charset)
    frm = addr(frm)
    if not subj.isascii():
        subj = Header(subj, "utf-8").encode()
    lines = [f"From: {frm}", f"To: {to}", f"Subject: {subj}", f"Date: {d(date)}", f"Message-ID: {mid}"]
    if irt:
        lines += [f"In-Reply-To: {irt}", f"References: {irt}"]
    for k, v in (extra or {}).items():
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    if label is None:
        lines.append(f"Content-Type: {ctype}")
    else:
        lines.append(f'Content-Type: {ctype}; charset="{label}"')
    lines.append(f"Content-Transfer-Encoding: {cte}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
    if cte == "base64":
        payload = base64.encodebytes(enc)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(enc)
    else:
        payload = enc.replace(b"\n", b"\r\n")
    return head + payload

def subj_enc(s, cs="utf-8"):
    return Header(s, cs).encode()

def mime_eml(frm, to, subj, date, mid, text=None, html=None, atts=(), irt=None, extra=None, charset="utf-8"):
    if atts or (text and html):
        msg = MIMEMultipart("mixed")
        if text and html:
            alt = MIMEMultipart("alternative")
            alt.attach(MIMEText(text, "plain", charset))
            alt.attach(MIMEText(html, "html", charset))
            msg.attach(alt)
        elif html:
            msg.attach(MIMEText(html, "html", charset))
        elif text is not None:
            msg.attach(MIMEText(text, "plain", charset))
        for fname, data, mtype in atts:
            main, sub = mtype.split("/")
            p = MIMEBase(main, sub)
            p.set_payload(data)
            encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname) if not fname.isascii() else fname)
            msg.attach(p)
    else:
        msg = MIMEText(html if html else (text or ""), "html" if html else "plain", charset)
    hdr(msg, frm, to, subj_enc(subj) if not subj.isascii() else subj, date, mid, irt, extra)
    return msg.as_bytes()

def docx_bytes(paras, table=None, font="Times New Roman"):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(12)
    for p in paras:
        if p == "@TABLE" and table:
            t = doc.add_table(rows=0, cols=len(table[0])); t.style = "Table Grid"
            for r in table:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
        else:
            doc.add_paragraph(p)
    b = io.BytesIO(); doc.save(b); return b.getvalue()

def xlsx_bytes(sheets):
    wb = openpyxl.Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(r)
    b = io.BytesIO(); wb.save(b); return b.getvalue()

def pdf_bytes(lines, font="DVS", size=11, scan=False):
    b = io.BytesIO(); c = canvas.Canvas(b, pagesize=A4)
    w, h = A4; y = h - 60
    if scan:
        c.setFillGray(0.93); c.rect(0, 0, w, h, fill=1, stroke=0); c.setFillGray(0.15)
        c.rotate(0.4)
    for ln in lines:
        if ln == "@PAGE":
            c.showPage(); y = h - 60
            if scan:
                c.setFillGray(0.93); c.rect(0, 0, w, h, fill=1, stroke=0); c.setFillGray(0.15); c.rotate(0.4)
            continue
        c.setFont(font, size)
        c.drawString(55, y, ln); y -= size + 5
        if y < 60:
            c.showPage(); y = h - 60
    c.showPage(); c.save(); return b.getvalue()

def other(part, lang=None):
    x = {"part": part, "kind": "other"}
    if lang:
        x["language"] = lang
    return x

# ---------------------------------------------------------------- agencies
A_ZHER = ag("Министерство землеустройства и кадастра Республики Казахстан", "kanc@zherkadastr.gov.kz", "150840012347")
A_SU = ag("Комитет по регулированию водопользования Министерства водного хозяйства Республики Казахстан", "kense@suresurs.gov.kz", "160340019921")
A_KOST_OBR = ag("Управление образования акимата Костанайской области", "uo@bilim.kostanay.gov.kz", "990240003318")
A_ABAY = ag("Аппарат акима Абайской области", "kanc@abay-obl.gov.kz", "221040028815")
A_TALDYK = ag("Отдел жилищно-коммунального хозяйства города Талдыкорган", "zhkh@taldykorgan.gov.kz", "051140007736")
A_TUR_ZHER = ag("Управление земельных отношений Туркестанской области", "zher@turkistan-obl.gov.kz", "181240031502")
A_ENBEK = ag("Министерство занятости и миграции населения Республики Казахстан", "kanc@enbekmig.gov.kz", "170540024419")
A_MADEN = ag("Комитет по делам культурного наследия Министерства культуры Республики Казахстан", "kense@muraqazyna.gov.kz", "190340017705")
A_ZHAMBYL_VET = ag("Управление ветеринарии акимата Жамбылской области", "vet@zhambyl-obl.gov.kz", "020540001824")
A_KARASAY = ag("Аппарат акима Карасайского района Алматинской области", "karasay@almobl.gov.kz", "990140006623")
A_TRANS = ag("Комитет автомобильных перевозок Министерства транспорта и логистики Республики Казахстан", "kanc@avtokolik.gov.kz", "180640025518")
A_PAVL_ARH = ag("Управление архивов и документации Павлодарской области", "arhiv@pavlodar-obl.gov.kz", "980940002211")
A_SPORT = ag("Комитет по делам спорта и физической культуры Министерства туризма и спорта Республики Казахстан", "kense@sportkomitet.gov.kz", "120240013346")
A_AKTOBE_ZHKH = ag("Управление энергетики и жилищно-коммунального хозяйства Актюбинской области", "energo@aktobe-obl.gov.kz", "050940005571")
A_ULYTAU = ag("Управление предпринимательства и промышленности области Ұлытау", "kasipker@ulytau-obl.gov.kz", "220840011190")
A_SAPA = ag("Агентство по оценке качества государственных услуг Республики Казахстан", "kense@sapa-agency.gov.kz", "210640009987")
A_KZYL_ZAGS = ag("Управление регистрации актов гражданского состояния Кызылординской области", "akhat@kyzylorda-obl.gov.kz", "970340004402")
A_SHYM_ZHER = ag("Управление земельных отношений города Шымкента", "zher@shymkent.gov.kz", "181040033390")
A_MAT = ag("Комитет по охране материнства и детства Министерства здравоохранения Республики Казахстан", "kanc@anabala.gov.kz", "230140015562")
A_ATY_KASIP = ag("Управление сельского хозяйства Атырауской области", "aul@atyrau-obl.gov.kz", "960440007713")
A_NKO_ZHKH = ag("Аппарат акима города Петропавловска", "akimat@petropavl.gov.kz", "981140003309")
A_MANG_DENSAU = ag("Управление здравоохранения Мангистауской области", "densau@mangystau-obl.gov.kz", "991040004466")

# ================================================================ documents
# 01 one-line ack, iPhone, Russian
save("01-ack-polucheno-iphone.eml",
     mime_eml("Жанар Ибраева <zh.ibraeva@zherkadastr.gov.kz>", EKC, "Re: Запрос ЕКЦ-2027/0212 о назначении ответственного лица",
              "2027-02-04 09:12 +0500", "<A71C2F0B-5E3D-4B8A-9C11-77D0E2F4A0B1@zherkadastr.gov.kz>",
              text="Получено.\n\nОтправлено с iPhone\n\n> 3 февр. 2027 г., в 17:40, Единый контакт-центр <kanc@ekc.gov.kz> написал(а):\n>\n> Уважаемые коллеги! В соответствии с пунктом 5 Правил взаимодействия просим в течение трех рабочих дней назначить ответственное лицо по государственной услуге «Выдача идентификационного документа на земельный участок» (00401002).\n> Исх. № ЕКЦ-2027/0212 от 03.02.2027\n",
              irt="<ekc-2027-0212.1f4e@ekc.gov.kz>"),
     [other("body", "ru")],
     ctx(A_ZHER, [svc("00401002", "Выдача идентификационного документа на земельный участок")], "appointment",
         ol("ЕКЦ-2027/0212", "2027-02-03", "О назначении ответственного лица"),
         "Только подтверждение получения запроса; ответственное лицо не названо — продолжать ждать назначения, срок не менять."))

# 02 Kazakh one-line ack, plain
save("02-ack-kabyldandy.eml",
     mime_eml("Мұрат Сейітқали <m.seitkali@suresurs.gov.kz>", EKC, "Жауап: ЕКЦ-2027/0318 сұрау салуы",
              "2027-02-11 15:47 +0500", "<20270211154712.88213@mail.suresurs.gov.kz>",
              text="Қабылданды. Рахмет.\n\nМ. Сейітқали\n",
              irt="<ekc-2027-0318.a90c@ekc.gov.kz>"),
     [other("body", "kk")],
     ctx(A_SU, [svc("01102007", "Выдача разрешения на специальное водопользование")], "information",
         ol("ЕКЦ-2027/0318", "2027-02-10", "Қосымша 1 нысаны бойынша ақпарат беру туралы"),
         "Квитанция о приёме запроса; информацию по форме приложения 1 ещё ждём."))

# 03 Outlook HTML "Спасибо, принято в работу" with quoted original
H03 = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang=RU link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Добрый день!<o:p></o:p></p>
<p class=MsoNormal>Спасибо, принято в работу.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style="color:#1F3864">С уважением,<br>Оспанова Гульмира<br>главный специалист отдела дошкольного образования<br>Управление образования акимата Костанайской области<br>тел. 8 (7142) 50-17-23</span><o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal><b>От:</b> Единый контакт-центр &lt;kanc@ekc.gov.kz&gt;<br><b>Отправлено:</b> 15 февраля 2027 г. 11:02<br><b>Кому:</b> uo@bilim.kostanay.gov.kz<br><b>Тема:</b> Запрос информации по форме приложения 1 (ЕКЦ-2027/0377)</p></div>
<p class=MsoNormal>Просим представить информацию по государственной услуге «Постановка на очередь детей дошкольного возраста» (реестровый № 00801011) по форме согласно приложению 1 к Правилам в срок не более пяти рабочих дней.</p>
</div></body></html>"""
save("03-ack-prinyato-v-rabotu-outlook.eml",
     mime_eml("Оспанова Гульмира <g.ospanova@bilim.kostanay.gov.kz>", EKC, "RE: Запрос информации по форме приложения 1 (ЕКЦ-2027/0377)",
              "2027-02-15 12:31 +0500", "<DB9PR07MB4471C2A9E1F0@DB9PR07MB4471.kostanay.gov.kz>", html=H03,
              irt="<ekc-2027-0377.77b1@ekc.gov.kz>", extra={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Запрос информации по форме приложения 1 (ЕКЦ-2027/0377)"}),
     [other("body", "ru")],
     ctx(A_KOST_OBR, [svc("00801011", "Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в детские дошкольные организации")], "information",
         ol("ЕКЦ-2027/0377", "2027-02-15", "Запрос информации по форме приложения 1"),
         "Подтверждение, что запрос принят в работу; ничего не меняется, ждём форму."))

# 04 promise to answer later, Russian, windows-1251, official letter in body
T04 = """Единому контакт-центру

На Ваш исх. № ЕКЦ-2027/0405 от 16.02.2027 г.

Аппарат акима Абайской области сообщает, что запрашиваемая информация по государственным
услугам 01501003 и 01501004 в настоящее время собирается с районных и городских акиматов
области. Сводная информация по форме приложения 1 будет направлена в Ваш адрес дополнительно,
ориентировочно до 5 марта 2027 года.

Просим учесть.

Руководитель отдела по контролю за качеством
оказания государственных услуг                           Т. Байжанов

исп. Кенжебаева А.
тел. 8 (7222) 52-33-90
"""
save("04-promise-later-cp1251.eml",
     raw_eml("Kenzhebayeva Aigerim <a.kenzhebayeva@abay-obl.gov.kz>", EKC,
             "=?windows-1251?B?" + base64.b64encode("О сроках представления информации".encode("cp1251")).decode() + "?=",
             "2027-02-20 10:05 +0500", "<4f2e91a0.7c21.abay-obl@mail.abay-obl.gov.kz>", T04, "cp1251", "8bit", "windows-1251",
             irt="<ekc-2027-0405.3b2d@ekc.gov.kz>"),
     [other("body", "ru")],
     ctx(A_ABAY, [svc("01501003", "Выдача архитектурно-планировочного задания"), svc("01501004", "Выдача решения на реконструкцию (перепланировку) помещений")], "information",
         ol("ЕКЦ-2027/0405", "2027-02-16", "О представлении информации по форме приложения 1"),
         "Обещание прислать информацию позже (до 05.03.2027); сведений нет, продолжать ждать, можно отметить ожидаемую дату.", False))

# 05 promise later, Kazakh, webmail
T05 = """Құрметті әріптестер!

2027 жылғы 22 ақпандағы № ЕКЦ-2027/0451 хатыңызға сәйкес, «Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға туралы ақпарат қазіргі уақытта келісу сатысында.
Бөлім басшысы демалыстан оралғаннан кейін (2027 жылғы 3 наурыздан кейін) жауап жіберіледі.

Түсіністікпен қарағаныңызға рахмет.

Құрметпен,
Әлібекова Динара
Талдықорған қаласының ТКШ бөлімі
"""
save("05-promise-later-kk-webmail.eml",
     mime_eml("Dinara Alibekova <d.alibekova@taldykorgan.gov.kz>", EKC, "Re: ЕКЦ-2027/0451",
              "2027-02-24 16:20 +0500", "<c3f1a9b2e4d7@webmail.taldykorgan.gov.kz>", text=T05,
              irt="<ekc-2027-0451.0e6a@ekc.gov.kz>", extra={"User-Agent": "Roundcube Webmail/1.6.5"}),
     [other("body", "kk")],
     ctx(A_TALDYK, [svc("00701005", "Назначение жилищной помощи")], "appointment",
         ol("ЕКЦ-2027/0451", "2027-02-22", "Жауапты тұлғаны тағайындау туралы"),
         "Обещание ответить после 03.03.2027; ответственное лицо не назначено, ждать дальше (срок п.5 нарушается — на контроль)."))

# 06 forwarded to subordinate body (not a refusal: the ministry stays responsible, answer will come)
T06 = """Исх. № 04-12/1187 от 01.03.2027

Единый контакт-центр

Министерство занятости и миграции населения Республики Казахстан, рассмотрев Ваш запрос
от 25.02.2027 № ЕКЦ-2027/0502, сообщает, что запрос направлен для исполнения в
подведомственную организацию — РГП «Центр развития трудовых ресурсов» (письмо
№ 04-12/1186 от 01.03.2027).

Ответственное лицо и информация по форме приложения 1 будут представлены
в Ваш адрес после получения сведений от подведомственной организации.

Директор Департамента цифровизации
и государственных услуг                                  Е. Сарсенбаев

Исп.: Жумабаева Л.К., 74-02-31
"""
save("06-forwarded-to-subordinate.eml",
     mime_eml("Жумабаева Ляззат <l.zhumabaeva@enbekmig.gov.kz>", EKC, "О направлении запроса на исполнение (исх. 04-12/1187)",
              "2027-03-01 14:44 +0500", "<b01c0e22.1187.enbekmig@relay.enbekmig.gov.kz>",
              text="Добрый день. Направляем письмо во вложении.\n\n" + T06,
              atts=[("04-12-1187.pdf", pdf_bytes(T06.split("\n"), scan=True), "application/pdf")],
              irt="<ekc-2027-0502.c4a1@ekc.gov.kz>"),
     [other("body", "ru"), other("04-12-1187.pdf", "ru")],
     ctx(A_ENBEK, [svc("00901014", "Выдача разрешения иностранному работнику на трудоустройство")], "appointment",
         ol("ЕКЦ-2027/0502", "2027-02-25", "О назначении ответственного лица"),
         "Министерство передало запрос подведомственной организации и обещает ответ; это не отказ — ждать назначения от того же органа."))
# 07 "not ours, forwarded to X" -> refusal on not_competent (clerk: this agency gives nothing; case must be re-addressed)
T07 = """Комитет по делам культурного наследия Министерства культуры Республики Казахстан
010000, г. Астана, пр. Мәңгілік Ел, 8, подъезд 3
Исх. № 23-05/642 от 04.03.2027

Единый контакт-центр

На № ЕКЦ-2027/0533 от 27.02.2027

Рассмотрев Ваш запрос о представлении информации по государственной услуге «Выдача
заключения на вывоз культурных ценностей» (реестровый № 00702019), сообщаем, что оказание
данной государственной услуги не относится к компетенции Комитета. Услугодателем является
Комитет по делам искусства Министерства культуры Республики Казахстан, в связи с чем Ваш
запрос перенаправлен по принадлежности (исх. № 23-05/641 от 04.03.2027).

Заместитель председателя                                  А. Тасболатов
"""
save("07-not-ours-forwarded-refusal.eml",
     mime_eml("Канцелярия КДКН <kense@muraqazyna.gov.kz>", EKC, "Ответ на запрос ЕКЦ-2027/0533",
              "2027-03-04 17:02 +0500", "<20270304170244.642@muraqazyna.gov.kz>", text=T07,
              irt="<ekc-2027-0533.11fe@ekc.gov.kz>"),
     [{"part": "body", "kind": "refusal", "language": "ru",
       "refusal_reason": "оказание данной государственной услуги не относится к компетенции Комитета",
       "refusal_ground": "not_competent", "services": [{"registry_number": "00702019"}]}],
     ctx(A_MADEN, [svc("00702019", "Выдача заключения на вывоз культурных ценностей")], "information",
         ol("ЕКЦ-2027/0533", "2027-02-27", "О представлении информации по форме приложения 1"),
         "Отказ за некомпетентностью: закрыть ожидание от этого органа, перенаправить запрос в Комитет по делам искусства (услугодатель); это не отказ по п.11 пп.1 и не идёт в счёт п.12.", True))

# 08 Kazakh "not ours" reply from a district akimat
T08 = """Қарасай ауданы әкімінің аппараты

Бірыңғай байланыс орталығына

2027 жылғы 1 наурыздағы № ЕКЦ-2027/0528 хатқа

«Жер учаскесіне құқық беру» (тізілім нөмірі 00401019) мемлекеттік қызметін көрсету аудан әкімі аппаратының құзыретіне жатпайды. Аталған қызметті Қарасай ауданының жер қатынастары бөлімі көрсетеді. Сіздің сұрауыңыз тиесілілігі бойынша жер қатынастары бөліміне жіберілді.

Аппарат басшысы                    Н. Омаров
Орынд. Сатыбалдиева Г., 8 (72771) 2-14-56
"""
save("08-not-competent-kk.txt", T08.encode("utf-8"),
     [{"part": "08-not-competent-kk.txt", "kind": "refusal", "language": "kk",
       "refusal_reason": "мемлекеттік қызметін көрсету аудан әкімі аппаратының құзыретіне жатпайды",
       "refusal_ground": "not_competent", "services": [{"registry_number": "00401019"}]}],
     ctx(A_KARASAY, [svc("00401019", "Предоставление права на земельный участок")], "appointment",
         ol("ЕКЦ-2027/0528", "2027-03-01", "Жауапты тұлғаны тағайындау туралы"),
         "Аппарат акима района не оказывает услугу и переслал запрос в отдел земельных отношений: снять ожидание с аппарата, завести ожидание назначения от отдела земельных отношений.", True))

# 09 e-document system: registration receipt (auto, no human text)
T09 = """Уведомление системы электронного документооборота

Ваш документ зарегистрирован.

Отправитель: Единый контакт-центр
Исходящий номер отправителя: ЕКЦ-2027/0610
Дата документа: 09.03.2027
Получатель: Комитет автомобильных перевозок Министерства транспорта и логистики РК
Входящий номер: 3Т-01/2279-вх
Дата регистрации: 10.03.2027 09:41
Краткое содержание: О назначении ответственного лица по государственным услугам

Данное сообщение сформировано автоматически. Отвечать на него не нужно.
"""
save("09-edo-registered-receipt.eml",
     mime_eml("ЕСЭДО <noreply-esedo@avtokolik.gov.kz>", EKC, "Документ зарегистрирован: ЕКЦ-2027/0610 -> вх. 3Т-01/2279-вх",
              "2027-03-10 09:41 +0500", "<esedo.notify.5527193@avtokolik.gov.kz>", text=T09,
              extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}),
     [other("body", "ru")],
     ctx(A_TRANS, [svc("00201008", "Выдача удостоверения допуска к осуществлению международных автомобильных перевозок грузов")], "appointment",
         ol("ЕКЦ-2027/0610", "2027-03-09", "О назначении ответственного лица"),
         "Автоматическая квитанция о регистрации; можно сохранить входящий номер получателя, дела не двигает."))

# 10 e-document system: document on execution, bilingual, HTML
H10 = """<html><body style="font-family:Arial;font-size:13px">
<table width="600" cellpadding="6" style="border:1px solid #9bb"><tr><td style="background:#2c5d8f;color:#fff"><b>ЭҚЖ / СЭД</b> — хабарлама / уведомление</td></tr>
<tr><td>
<p><b>Құжат орындалуда</b><br>Сіздің № ЕКЦ-2027/0615 (11.03.2027) құжатыңыз орындаушыға жіберілді.</p>
<p><b>Документ на исполнении</b><br>Ваш документ № ЕКЦ-2027/0615 от 11.03.2027 передан исполнителю.</p>
<p>Орындаушы / Исполнитель: Отдел ветеринарной безопасности<br>Мерзімі / Срок исполнения: 16.03.2027</p>
<p style="color:#888;font-size:11px">Бұл хат автоматты түрде жіберілді. Письмо отправлено автоматически.</p>
</td></tr></table></body></html>"""
save("10-edo-na-ispolnenii-bilingual.eml",
     mime_eml("СЭД Управления ветеринарии <sed@zhambyl-obl.gov.kz>", EKC, "Құжат орындалуда / Документ на исполнении: ЕКЦ-2027/0615",
              "2027-03-11 11:58 +0500", "<sed-ntf-0615-20270311@zhambyl-obl.gov.kz>", html=H10,
              extra={"Auto-Submitted": "auto-generated"}),
     [other("body")],
     ctx(A_ZHAMBYL_VET, [svc("00601005", "Выдача ветеринарного паспорта")], "information",
         ol("ЕКЦ-2027/0615", "2027-03-11", "О представлении информации по форме приложения 1"),
         "Уведомление СЭД о передаче исполнителю; информации нет, продолжать ждать."))

# 11 e-document system: document withdrawn (agency withdrew its own outgoing letter)
T11 = """ВНИМАНИЕ! Документ отозван отправителем.

Рег. № 06-2/315 от 12.03.2027
Отправитель: Управление архивов и документации Павлодарской области
Получатель: Единый контакт-центр
Вид документа: Письмо
Тема: О представлении информации по форме приложения 1

Причина отзыва: ошибочно приложен не тот файл. Документ будет направлен повторно.

Просим не принимать к исполнению ранее полученный экземпляр.
--
Единая система электронного документооборота государственных органов
"""
save("11-edo-dokument-otozvan.eml",
     mime_eml("ESEDO Pavlodar <esedo@pavlodar-obl.gov.kz>", EKC, "Документ отозван: 06-2/315 от 12.03.2027",
              "2027-03-12 16:30 +0500", "<esedo.recall.06-2-315@pavlodar-obl.gov.kz>", text=T11,
              extra={"Auto-Submitted": "auto-generated"}),
     [other("body", "ru")],
     ctx(A_PAVL_ARH, [svc("00703003", "Выдача архивных справок")], "information",
         ol("ЕКЦ-2027/0598", "2027-03-05", "О представлении информации по форме приложения 1"),
         "Орган отозвал своё письмо 06-2/315: если по нему уже внесены сведения — откатить/пометить; новых сведений нет, ждать повторного письма."))

# 12 Kazakh e-doc receipt, koi8? no - utf-8 base64, minimal
T12 = """Құжат тіркелді

Жіберуші: Бірыңғай байланыс орталығы
Шығыс нөмірі: ЕКЦ-2027/0644, 15.03.2027
Кіріс нөмірі: 12-14/881, 16.03.2027
Орындаушы: Ахметжанова С.

Хабарлама автоматты түрде жасалды.
"""
save("12-edo-tirkeldi-kk.eml",
     raw_eml("noreply@kyzylorda-obl.gov.kz", EKC, "=?UTF-8?B?" + base64.b64encode("Құжат тіркелді №12-14/881".encode()).decode() + "?=",
             "2027-03-16 08:03 +0500", "<reg-12-14-881@kyzylorda-obl.gov.kz>", T12, "utf-8", "base64", "utf-8",
             extra={"Auto-Submitted": "auto-generated"}),
     [other("body", "kk")],
     ctx(A_KZYL_ZAGS, [svc("00101003", "Государственная регистрация рождения ребенка")], "appointment",
         ol("ЕКЦ-2027/0644", "2027-03-15", "Жауапты тұлғаны тағайындау туралы"),
         "Квитанция о регистрации запроса у органа; дела не двигает."))

# 13 agency news: reorganisation, DOCX attached
D13 = docx_bytes([
    "АКИМАТ АКТЮБИНСКОЙ ОБЛАСТИ",
    "УПРАВЛЕНИЕ ЭНЕРГЕТИКИ И ЖИЛИЩНО-КОММУНАЛЬНОГО ХОЗЯЙСТВА",
    "Исх. № 01-09/455 от 18.03.2027",
    "Руководителям заинтересованных государственных органов и организаций (по списку)",
    "Информационное письмо",
    "Сообщаем, что в соответствии с постановлением акимата Актюбинской области от 2 марта 2027 года № 61 "
    "Управление энергетики и жилищно-коммунального хозяйства Актюбинской области реорганизуется путём выделения "
    "из него Управления пассажирского транспорта и автомобильных дорог Актюбинской области.",
    "Реорганизация завершится до 1 июня 2027 года. До указанной даты Управление продолжает осуществлять все "
    "возложенные на него функции, банковские реквизиты и адрес не меняются.",
    "О дальнейших изменениях будет сообщено дополнительно.",
    "Руководитель управления                                  Б. Жакупов",
])
save("13-reorganisation-news.eml",
     mime_eml("Канцелярия УЭЖКХ <energo@aktobe-obl.gov.kz>", EKC, "Информационное письмо о реорганизации",
              "2027-03-18 12:10 +0500", "<455.0109.energo@aktobe-obl.gov.kz>",
              text="Здравствуйте!\nНаправляем информационное письмо о реорганизации управления (по списку рассылки).\n\nКанцелярия\n",
              atts=[("Инфо_письмо_реорганизация.docx", D13, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]),
     [other("body", "ru"), other("Инфо_письмо_реорганизация.docx", "ru")],
     ctx(A_AKTOBE_ZHKH, [svc("00302004", "Выдача технических условий на подключение к сетям теплоснабжения")], "consulting", None,
         "Рассылка о реорганизации; сведения по услугам и ответственные не меняются — принять к сведению, возможно ждать будущих уведомлений по п.6/п.7."))

# 14 holiday duty schedule, XLSX attached
X14 = xlsx_bytes([("Наурыз", [
    ["График дежурства ответственных работников Управления предпринимательства и промышленности области Ұлытау в праздничные дни 21–25 марта 2027 года"],
    [],
    ["№", "Дата", "Ф.И.О.", "Должность", "Мобильный телефон"],
    [1, "21.03.2027", "Кенжебеков Айдар Нурланович", "руководитель отдела", "+7 701 455 21 90"],
    [2, "22.03.2027", "Тулегенова Сауле Бериковна", "главный специалист", "+7 747 310 66 02"],
    [3, "23.03.2027", "Мухамедиев Ерболат", "главный специалист", "+7 775 802 13 47"],
    [4, "24.03.2027", "Абенова Мадина Кайратовна", "ведущий специалист", "+7 702 119 40 88"],
    [5, "25.03.2027", "Кенжебеков Айдар Нурланович", "руководитель отдела", "+7 701 455 21 90"],
    [],
    ["Ответственный за составление: Абенова М.К."]])])
save("14-holiday-duty-xlsx.eml",
     mime_eml("Абенова Мадина <m.abenova@ulytau-obl.gov.kz>", "EKC <kanc@ekc.gov.kz>, cs@ulytau-obl.gov.kz", "График дежурства на Наурыз мейрамы",
              "2027-03-19 17:55 +0500", "<0f3a77b4-9a1e-4c0e-8d2b-ulytau@ulytau-obl.gov.kz>",
              text="Коллеги, добрый вечер.\nНаправляем график дежурства на праздничные дни 21-25 марта.\nПо срочным вопросам звонить дежурному.\n\nМадина\n",
              atts=[("grafik_dezhurstva_nauryz.xlsx", X14, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
     [other("body", "ru"), other("grafik_dezhurstva_nauryz.xlsx", "ru")],
     ctx(A_ULYTAU, [svc("01902011", "Выдача лицензии на деятельность по сбору (заготовке), хранению, переработке и реализации лома и отходов цветных и черных металлов")], "consulting", None,
         "График дежурств на праздники: не смена ответственного лица (п.7), дела не двигает; можно сохранить как справочный контакт."))

# 15 Kazakh duty schedule as plain DOCX with a table
D15 = docx_bytes([
    "Маңғыстау облысының денсаулық сақтау басқармасы",
    "2027 жылғы 1-3 мамыр мерекелік күндеріндегі жауапты қызметкерлердің кезекшілік КЕСТЕСІ",
    "@TABLE",
    "Кезекшілер мерекелік күндері 09:00-ден 18:00-ге дейін телефон арқылы байланыста болады.",
    "Басқарма басшысының орынбасары                    Қ. Ізбасаров",
], table=[["№", "Күні", "Аты-жөні", "Лауазымы", "Телефоны"],
          ["1", "01.05.2027", "Жолдасбекова Айнұр Серікқызы", "бас маман", "8 701 611 2040"],
          ["2", "02.05.2027", "Тілеуов Бекзат Маратұлы", "бөлім басшысы", "8 705 223 7811"],
          ["3", "03.05.2027", "Нұрмағамбетова Гүлнар", "жетекші маман", "8 778 440 9302"]])
save("15-kezekshilik-kestesi.docx", D15, [other("15-kezekshilik-kestesi.docx", "kk")],
     ctx(A_MANG_DENSAU, [svc("00501021", "Выдача лицензии на медицинскую деятельность")], "consulting", None,
         "Кезекшілік кестесі — справочно; не уведомление о замене ответственного лица."))

# 16 change of agency address and chancellery phone
T16 = """Уважаемые коллеги!

Доводим до Вашего сведения, что с 1 апреля 2027 года Управление земельных отношений
Туркестанской области переезжает по новому адресу:

  161200, г. Туркестан, ул. Бекзат Саттарханов, 44, административное здание "Сарай", 3 этаж.

Новые номера телефонов:
  канцелярия: 8 (72533) 5-40-18
  приёмная руководителя: 8 (72533) 5-40-10

Адрес электронной почты и интернет-ресурс не меняются.

С уважением,
Канцелярия Управления земельных отношений Туркестанской области
"""
save("16-address-phone-change.eml",
     raw_eml("Kanc Zher <zher@turkistan-obl.gov.kz>", EKC,
             "=?koi8-r?B?" + base64.b64encode("Об изменении адреса и телефонов".encode("koi8-r")).decode() + "?=",
             "2027-03-24 10:40 +0500", "<20270324104011.2290@turkistan-obl.gov.kz>", T16, "koi8-r", "quoted-printable", "koi8-r"),
     [other("body", "ru")],
     ctx(A_TUR_ZHER, [svc("00401007", "Выдача решения на изменение целевого назначения земельного участка")], "consulting", None,
         "Смена почтового адреса и телефонов канцелярии органа: обновить справочник органа; сведения об услугах (п.6) и ответственное лицо (п.7) не меняются."))
# 17 Kazakh phone change, plain text with CRLF
T17 = ("Бірыңғай байланыс орталығының басшысына\r\n\r\n"
       "Атырау облысының ауыл шаруашылығы басқармасы 2027 жылғы 5 сәуірден бастап басқарманың қабылдау бөлмесінің "
       "телефон нөмірі өзгергенін хабарлайды: 8 (7122) 27-55-03 (бұрынғы 8 (7122) 21-14-70).\r\n"
       "Мемлекеттік қызметтер бойынша жауапты тұлғалар өзгеріссіз қалады.\r\n\r\n"
       "Басқарма басшысы                      Е. Құрманғалиев\r\n")
save("17-telefon-ozgerdi-kk.txt", T17.encode("utf-8"), [other("17-telefon-ozgerdi-kk.txt", "kk")],
     ctx(A_ATY_KASIP, [svc("00602009", "Субсидирование стоимости удобрений")], "consulting", None,
         "Новый телефон приёмной органа; ответственные лица прямо названы неизменными — только обновить справочник."))

# 18 request to the centre to publish an announcement / inform callers
H18 = """<div dir="ltr"><p>Добрый день!</p>
<p>Министерство землеустройства и кадастра просит разместить на информационных ресурсах Единого контакт-центра и довести до сведения операторов следующее объявление:</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px"><i>«С 1 по 30 апреля 2027 года проводится акция по бесплатной выдаче выписок из единого государственного кадастра недвижимости для ветеранов и лиц с инвалидностью через ЦОН и портал egov.kz»</i></blockquote>
<p>Просим также учесть данную информацию при консультировании граждан по телефону 1414. Макет баннера во вложении.</p>
<p>--<br>Нуржан Каирбеков<br>пресс-служба МЗК РК<br>+7 (7172) 55-90-14</p></div>"""
save("18-publish-request-html.eml",
     mime_eml("Нуржан Каирбеков <n.kairbekov@zherkadastr.gov.kz>", EKC, "Просьба о размещении информации",
              "2027-03-26 11:15 +0500", "<CAF9x3_kq1ZpR0ww@mail.zherkadastr.gov.kz>", html=H18,
              atts=[("banner_aksiya.pdf", pdf_bytes(["АКЦИЯ", "Бесплатные выписки из ЕГКН", "для ветеранов и лиц с инвалидностью", "1–30 апреля 2027 года", "ЦОН | egov.kz"], font="DV", size=20), "application/pdf")]),
     [other("body", "ru"), other("banner_aksiya.pdf", "ru")],
     ctx(A_ZHER, [svc("00401015", "Выдача выписки из единого государственного кадастра недвижимости")], "consulting", None,
         "Просьба разместить объявление и учитывать при консультировании — передать руководству/контенту, это не изменение сведений по п.6."))

# 19 complaint about operators, with a scanned-looking PDF
P19 = ["Аппарат акима города Петропавловска", "Исх. № 02-17/1290 от 29.03.2027", "",
       "Руководителю Единого контакт-центра", "",
       "В аппарат акима города поступают жалобы граждан на то, что операторы контакт-центра 1414",
       "дают неверную информацию о сроках оказания услуги «Постановка на учет граждан,",
       "нуждающихся в жилище» (называется срок 5 рабочих дней вместо 15).",
       "Например, 22 и 24 марта 2027 года гражданам Сейтказиной Б. и Ломакину П. было сообщено,",
       "что справка будет готова через неделю, после чего граждане обратились с жалобой.",
       "", "Просим провести разъяснительную работу с операторами и сообщить о принятых мерах.", "",
       "Руководитель аппарата                                   В. Кравченко", "",
       "исп. Ахметова Д.С., 8 (7152) 46-12-07"]
save("19-complaint-operators.eml",
     mime_eml("Ахметова Динара <d.akhmetova@petropavl.gov.kz>", EKC, "Жалоба на работу операторов",
              "2027-03-29 15:03 +0500", "<1290-0217@petropavl.gov.kz>",
              text="Направляется письмо аппарата акима г.Петропавловска, скан во вложении.\n",
              atts=[("scan_0217_1290.pdf", pdf_bytes(P19, scan=True), "application/pdf")]),
     [other("body", "ru"), other("scan_0217_1290.pdf", "ru")],
     ctx(A_NKO_ZHKH, [svc("00702003", "Постановка на учет и очередность граждан, нуждающихся в жилище из государственного жилищного фонда")], "consulting", None,
         "Жалоба на операторов: передать в службу качества ЕКЦ, подготовить ответ о принятых мерах; сведения по услуге не меняются."))

# 20 agency asks for call statistics
T20 = """Здравствуйте!

Для подготовки отчёта в Агентство по оценке качества просим предоставить статистику
обращений в Единый контакт-центр 1414 по государственным услугам Комитета
(реестровые №№ 00201008, 00201011, 00201015) за I квартал 2027 года:
 - количество звонков по каждой услуге;
 - основные темы обращений;
 - количество жалоб.

Информацию желательно в формате Excel до 10 апреля.

Заранее благодарим.
Ермекова Алия, Комитет автомобильных перевозок, 8 (7172) 75-31-62
"""
save("20-stats-request.eml",
     mime_eml("Ермекова Алия <a.ermekova@avtokolik.gov.kz>", EKC, "Запрос статистики обращений за 1 квартал",
              "2027-04-01 09:27 +0500", "<aeb8f0c2-20270401@avtokolik.gov.kz>", text=T20),
     [other("body", "ru")],
     ctx(A_TRANS, [svc("00201008", "Выдача удостоверения допуска к осуществлению международных автомобильных перевозок грузов"), svc("00201011", "Выдача разрешений на международные автомобильные перевозки"), svc("00201015", "Выдача карточки допуска")], "consulting", None,
         "Орган просит статистику звонков — передать в аналитический отдел ЕКЦ; упоминание реестровых номеров не делает письмо изменением сведений."))

# 21 XLSX call statistics sent by a regional call centre (plain file)
X21 = xlsx_bytes([
    ("Свод", [["Статистика обращений в call-центр «Сапалы қызмет» акимата Павлодарской области, март 2027"],
             [],
             ["Код услуги", "Наименование услуги", "Звонков", "Из них жалоб", "Переадресовано в 1414"],
             ["00703003", "Выдача архивных справок", 412, 6, 35],
             ["00702003", "Постановка на учет нуждающихся в жилище", 1290, 41, 112],
             ["00801011", "Постановка на очередь в детские сады", 2107, 73, 208],
             [None, "ИТОГО", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)"]]),
    ("Темы", [["Тема", "Доля, %"], ["сроки оказания", 38.5], ["перечень документов", 27.1], ["статус заявки", 21.0], ["прочее", 13.4]])])
save("21-call-stats-regional.xlsx", X21, [other("21-call-stats-regional.xlsx", "ru")],
     ctx(A_PAVL_ARH, [svc("00703003", "Выдача архивных справок")], "consulting", None,
         "Статистика другого колл-центра за март — справочно; реестровые номера в таблице не означают формы приложения 1."))

# 22 quality-control authority asks the centre for information about refusals (p.12 in reverse)
T22 = """Агентство по оценке качества государственных услуг Республики Казахстан
Исх. № 03-02/3348 от 02.04.2027

Единый контакт-центр

В рамках оценки качества оказания государственных услуг за 2026 год Агентство просит
в срок до 16 апреля 2027 года представить:

1) сведения о случаях неоднократного отказа государственных органов в представлении
   информации Единому контакт-центру (пункт 12 Правил) за 2026 год с копиями
   подтверждающих документов;
2) перечень государственных услуг, по которым протокол принятия для консультирования
   не подписан более трёх месяцев, с указанием причин.

Ответственный исполнитель Агентства: главный эксперт Бектурганова Айгуль Маратовна,
тел. 8 (7172) 64-20-55, a.bekturganova@sapa-agency.gov.kz.

Заместитель Председателя                                      С. Жаркынбеков
"""
save("22-quality-agency-request.eml",
     mime_eml("Бектурганова Айгуль <a.bekturganova@sapa-agency.gov.kz>", EKC, "О представлении сведений (исх. 03-02/3348)",
              "2027-04-02 18:11 +0500", "<3348.0302.20270402@sapa-agency.gov.kz>", text=T22),
     [other("body", "ru")],
     ctx(A_SAPA, [], "consulting", None,
         "Запрос уполномоченного органа по оценке качества к ЕКЦ: поставить на контроль исполнение до 16.04.2027; ни одно дело по услугам не двигается. Названный исполнитель — не ответственное лицо по п.7."))

# 23 quality agency: scanned PDF notice of a seminar / planned assessment, Kazakh+Russian
P23 = ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ МЕМЛЕКЕТТІК ҚЫЗМЕТТЕР САПАСЫН БАҒАЛАУ АГЕНТТІГІ",
       "АГЕНТСТВО ПО ОЦЕНКЕ КАЧЕСТВА ГОСУДАРСТВЕННЫХ УСЛУГ РЕСПУБЛИКИ КАЗАХСТАН", "",
       "2027 жылғы 6 сәуір  № 03-05/3511", "",
       "Бірыңғай байланыс орталығына", "",
       "Агенттік 2027 жылғы 20 сәуірде сағат 10:00-де мемлекеттік қызметтер көрсету сапасына",
       "ішкі бақылау мәселелері бойынша семинар-кеңес өткізетінін хабарлайды.",
       "Семинарға 2 (екі) қызметкердің қатысуын қамтамасыз етуді сұраймыз.", "",
       "Агентство сообщает, что 20 апреля 2027 года в 10:00 проводит семинар-совещание",
       "по вопросам внутреннего контроля качества. Просим обеспечить участие 2 сотрудников.", "",
       "Орынбасар / Заместитель                         Т. Мусин"]
save("23-sapa-seminar-scan.pdf", pdf_bytes(P23, scan=True, size=10), [other("23-sapa-seminar-scan.pdf")],
     ctx(A_SAPA, [], "consulting", None,
         "Приглашение на семинар от агентства по оценке качества; к делам по услугам отношения не имеет."))

# 24 another contact centre proposes exchange of knowledge base
T24 = """Добрый день, коллеги!

Я руководитель группы методологии call-центра «109» акимата города Шымкента.
Мы обновляем базу знаний по услугам в сфере земельных отношений и хотели бы
согласовать формулировки со скриптами 1414, чтобы граждане не получали разные ответы.

Можем ли мы получить ваши действующие скрипты по услугам 00401002, 00401007, 00401019?
Со своей стороны готовы передать нашу статистику по тематике звонков за квартал.

Буду благодарна за контакт ответственного сотрудника.

Ким Елена Викторовна
руководитель группы методологии
call-центр 109, акимат г. Шымкента
+7 (7252) 99-01-09 (вн. 214)
"""
save("24-other-contact-centre.eml",
     mime_eml("Ким Елена <e.kim@109.shymkent.gov.kz>", EKC, "Сотрудничество по базе знаний (call-центр 109)",
              "2027-04-06 10:02 +0500", "<9d6c1c20-0406-109@shymkent.gov.kz>", text=T24),
     [other("body", "ru")],
     ctx(A_SHYM_ZHER, [svc("00401002", "Выдача идентификационного документа на земельный участок"), svc("00401007", "Выдача решения на изменение целевого назначения земельного участка")], "consulting", None,
         "Письмо другого контакт-центра (не услугодателя): передать методологам ЕКЦ; не ответ органа и не сведения по п.6."))

# 25 other contact centre, Kazakh, thanks and info about their new short number
T25 = """Сәлеметсіз бе!

Түркістан облысы әкімдігінің «Ашық әкімдік» байланыс орталығы 2027 жылғы 15 сәуірден бастап жаңа қысқа нөмірге — 1525 көшетінін хабарлаймыз.
Азаматтарды облыстық мәселелер бойынша бағыттаған кезде жаңа нөмірді көрсетуіңізді сұраймыз.

Ынтымақтастығыңыз үшін алғыс білдіреміз!

Құрметпен,
Жақсылықова Ардақ
«Ашық әкімдік» байланыс орталығының жетекшісі
"""
save("25-other-cc-new-number-kk.eml",
     mime_eml("Ardak Zhaksylykova <a.zhaksylykova@turkistan-obl.gov.kz>", EKC, "Жаңа қысқа нөмір 1525",
              "2027-04-08 13:19 +0500", "<8e1d@ashyq.turkistan-obl.gov.kz>", text=T25),
     [other("body", "kk")],
     ctx(A_TUR_ZHER, [svc("00401007", "Выдача решения на изменение целевого назначения земельного участка")], "consulting", None,
         "Информация другого контакт-центра о новом коротком номере — в справочник переадресации, дела не двигает."))
# 26 citizen writes to the wrong address (gmail), Russian, no capitals, messy
T26 = """здравствуйте. я уже третий раз звоню на 1414 и мне говорят подать заявку на егов,
а там ошибка "услуга временно недоступна". мне нужна справка о том что у меня нет жилья
(о наличии/отсутствии недвижимости) срочно для банка до пятницы!!!
помогите пожалуйста, мой иин 880312401557, телефон 87016662381
Серикбаева Асель
"""
save("26-citizen-wrong-address.eml",
     mime_eml("Асель С. <aselka_88@gmail.com>", EKC, "СРОЧНО справка",
              "2027-04-09 22:41 +0600", "<CAJx8=Qm2v4t@mail.gmail.com>", text=T26),
     [other("body", "ru")],
     ctx(None, [], "consulting", None,
         "Обращение гражданина, попавшее в служебный ящик: переслать в линию обращений граждан; к делам органов не относится."))

# 27 citizen in Kazakh, iPhone, wrong address
T27 = """Сәлеметсіздер ме. Мен Қызылорда облысы Жаңақорған ауданынанмын. Баламның туу туралы куәлігін жоғалтып алдым, қайталама куәлікті қалай аламын? Қандай құжаттар керек? ХҚКО-ға барсам сіздерге жазыңыз деді.
Рахмет.
Бекмаханова Гүлшат

iPhone-нан жіберілді"""
save("27-citizen-kk-iphone.eml",
     mime_eml("Gulshat <gulshat.bekmakhanova@mail.ru>", EKC, "Сұрақ",
              "2027-04-12 08:55 +0600", "<5E2B3C71-0A1D-4E2B-9B7F-2FD1C0A7E311@mail.ru>", text=T27,
              extra={"X-Mailer": "iPhone Mail (21E236)"}),
     [other("body", "kk")],
     ctx(None, [], "consulting", None,
         "Вопрос гражданина о дубликате свидетельства о рождении — передать операторам для ответа гражданину; дел органов не касается."))

# 28 company commercial offer, HTML-only from a marketing mailer
H28 = """<html><body><table width="100%" style="font-family:Verdana"><tr><td align="center" style="background:#0b3d2e;color:#fff;padding:14px"><h2>ТОО «Call Solutions KZ»</h2></td></tr>
<tr><td style="padding:14px">
<p>Уважаемые руководители контакт-центра!</p>
<p>Предлагаем внедрение голосового робота для обработки типовых обращений: снижение нагрузки на операторов до 40%, интеграция с CRM за 30 дней.</p>
<ul><li>распознавание казахской и русской речи;</li><li>отчёты в реальном времени;</li><li>пилот бесплатно 2 недели.</li></ul>
<p>Коммерческое предложение во вложении. Будем рады встрече!</p>
<p>Менеджер: Давлетов Руслан, +7 727 355 10 20, sales@callsolutions.kz</p>
<p style="font-size:10px;color:#999">Чтобы отписаться от рассылки, ответьте на это письмо со словом «Отписаться».</p>
</td></tr></table></body></html>"""
save("28-company-commercial-offer.eml",
     mime_eml("Call Solutions KZ <sales@callsolutions.kz>", "info@ekc.gov.kz, " + EKC, "Голосовой робот для вашего контакт-центра — пилот бесплатно",
              "2027-04-13 11:00 +0600", "<mailer.7781.22@callsolutions.kz>", html=H28,
              atts=[("KP_Call_Solutions_2027.pdf", pdf_bytes(["Коммерческое предложение", "ТОО «Call Solutions KZ»", "Голосовой робот: 4 500 000 тг / год", "Внедрение: 30 дней"], font="DV"), "application/pdf")],
              extra={"List-Unsubscribe": "<mailto:unsubscribe@callsolutions.kz>", "Precedence": "bulk"}),
     [other("body", "ru"), other("KP_Call_Solutions_2027.pdf", "ru")],
     ctx(None, [], "consulting", None, "Коммерческая рассылка — игнорировать/в спам."))

# 29 company sends an invoice to the wrong address, short, cp1251 without charset label
T29 = """Добрый день!
Направляем счет на оплату № 118 от 14.04.2027 за обслуживание кондиционеров (апрель).
Акт выполненных работ будет предоставлен после оплаты.

ТОО "КлиматСервис Астана"
бухгалтер Полякова Ирина
8 (7172) 41-58-03
"""
save("29-company-invoice-nocharset.eml",
     raw_eml("buh@klimatservice.kz", EKC, "=?windows-1251?B?" + base64.b64encode("Счет на оплату №118".encode("cp1251")).decode() + "?=",
             "2027-04-14 14:22 +0600", "<000501d9a1f2$7ab3c110$@klimatservice.kz>", T29, "cp1251", "8bit", None,
             extra={"X-Mailer": "Microsoft Outlook 14.0"}),
     [other("body", "ru")],
     ctx(None, [], "consulting", None, "Счёт подрядчика, ошибочно присланный в ящик для органов — переслать в бухгалтерию; дел не касается."))

# 30 signature only, in our thread, Outlook
H30 = """<html><body><p style="font-family:Calibri;font-size:11pt">&nbsp;</p>
<p style="font-family:Calibri;font-size:10pt;color:#595959">С уважением,<br><b>Тасболатова Жибек Ерлановна</b><br>ведущий специалист отдела лицензирования<br>Управление предпринимательства и промышленности области Ұлытау<br>тел.: +7 (7102) 77-12-45<br>e-mail: zh.tasbolatova@ulytau-obl.gov.kz</p>
<p style="font-family:Calibri;font-size:8pt;color:#999">Бұл хат және оның тіркемелері құпия болуы мүмкін. Данное сообщение и вложения могут содержать конфиденциальную информацию.</p></body></html>"""
save("30-signature-only-outlook.eml",
     mime_eml("Тасболатова Жибек <zh.tasbolatova@ulytau-obl.gov.kz>", EKC, "RE: ЕКЦ-2027/0702 О назначении ответственного лица",
              "2027-04-15 09:03 +0500", "<AM0PR02MB5599E1@ulytau-obl.gov.kz>", html=H30,
              irt="<ekc-2027-0702.5d5e@ekc.gov.kz>"),
     [other("body")],
     ctx(A_ULYTAU, [svc("01902011", "Выдача лицензии на деятельность по сбору (заготовке), хранению, переработке и реализации лома и отходов цветных и черных металлов")], "appointment",
         ol("ЕКЦ-2027/0702", "2027-04-13", "О назначении ответственного лица"),
         "В письме только подпись сотрудника — это не назначение ответственного лица (текста о назначении нет); оставить дело в ожидании, возможно уточнить по телефону."))

# 31 empty body, no attachment, in thread
save("31-empty-body.eml",
     raw_eml("Ерлан Маханов <e.makhanov@suresurs.gov.kz>", EKC, "Re: ЕКЦ-2027/0318",
             "2027-04-15 17:50 +0500", "<e4f1.0318.empty@suresurs.gov.kz>", "\n\n", "utf-8", "7bit", "utf-8",
             irt="<ekc-2027-0318.a90c@ekc.gov.kz>"),
     [other("body")],
     ctx(A_SU, [svc("01102007", "Выдача разрешения на специальное водопользование")], "information",
         ol("ЕКЦ-2027/0318", "2027-02-10", "Қосымша 1 нысаны бойынша ақпарат беру туралы"),
         "Пустое письмо без вложений (видимо, забыли файл) — ничего не менять, оператору уточнить у органа."))

# 32 covering letter saying the information is attached, but nothing attached
T32 = """Уважаемые коллеги!

Во исполнение Вашего запроса от 05.04.2027 № ЕКЦ-2027/0671 направляем информацию
по форме приложения 1 к Правилам по государственной услуге
«Выдача лицензии на медицинскую деятельность».

Приложение: на 2 листах.

С уважением,
Жолдасбекова А.С.
Управление здравоохранения Мангистауской области
"""
save("32-covering-no-attachment.eml",
     mime_eml("Жолдасбекова Айнур <a.zholdasbekova@mangystau-obl.gov.kz>", EKC, "Информация по форме приложения 1",
              "2027-04-16 11:36 +0500", "<f1b2c3d4.0671@mangystau-obl.gov.kz>", text=T32,
              irt="<ekc-2027-0671.e2b7@ekc.gov.kz>"),
     [other("body", "ru")],
     ctx(A_MANG_DENSAU, [svc("00501021", "Выдача лицензии на медицинскую деятельность")], "information",
         ol("ЕКЦ-2027/0671", "2027-04-05", "О представлении информации по форме приложения 1"),
         "Сопроводительное письмо без обещанного вложения: формы нет, дело не двигать, запросить у органа файл."))

# 33 out-of-office auto reply, bilingual
T33 = """Автоматты жауап / Автоматический ответ

Мен 2027 жылғы 19-30 сәуір аралығында еңбек демалысындамын. Шұғыл мәселелер бойынша Сапарова Әйгерімге хабарласыңыз: a.saparova@kyzylorda-obl.gov.kz.

Я нахожусь в ежегодном отпуске с 19 по 30 апреля 2027 года. По срочным вопросам обращайтесь к Сапаровой Айгерим: a.saparova@kyzylorda-obl.gov.kz.
"""
save("33-out-of-office-bilingual.eml",
     mime_eml("Ахметжанова Сания <s.akhmetzhanova@kyzylorda-obl.gov.kz>", EKC, "Автоматический ответ: ЕКЦ-2027/0733 Напоминание",
              "2027-04-19 09:00 +0500", "<oof.0733.s.akhmetzhanova@kyzylorda-obl.gov.kz>", text=T33,
              irt="<ekc-2027-0733.9a0f@ekc.gov.kz>", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
     [other("body")],
     ctx(A_KZYL_ZAGS, [svc("00101003", "Государственная регистрация рождения ребенка")], "information",
         ol("ЕКЦ-2027/0733", "2027-04-18", "Напоминание о представлении информации"),
         "Автоответ об отпуске: замещающее лицо названо только на время отпуска — это не замена ответственного лица по п.7; дело не двигать."))

# 34 read receipt (MDN), multipart/report
def mdn():
    msg = MIMEMultipart("report", report_type="disposition-notification")
    msg.attach(MIMEText("Сообщение\n\n  Кому: kanc@ekc.gov.kz\n  Тема: ЕКЦ-2027/0740 О представлении информации\n  Отправлено: 19.04.2027 10:12\n\nбыло прочитано 19.04.2027 11:47.\n", "plain", "utf-8"))
    p = MIMEBase("message", "disposition-notification")
    p.set_payload("Reporting-UA: mail.avtokolik.gov.kz; Microsoft Exchange Server\r\nFinal-Recipient: rfc822;kanc@avtokolik.gov.kz\r\nOriginal-Message-ID: <ekc-2027-0740.08c1@ekc.gov.kz>\r\nDisposition: automatic-action/MDN-sent-automatically; displayed\r\n")
    msg.attach(p)
    hdr(msg, "Канцелярия КАП <kanc@avtokolik.gov.kz>", EKC, subj_enc("Прочитано: ЕКЦ-2027/0740 О представлении информации"),
        "2027-04-19 11:47 +0500", "<mdn.0740.avtokolik@avtokolik.gov.kz>", "<ekc-2027-0740.08c1@ekc.gov.kz>")
    return msg.as_bytes()
save("34-read-receipt-mdn.eml", mdn(), [other("body", "ru")],
     ctx(A_TRANS, [svc("00201011", "Выдача разрешений на международные автомобильные перевозки")], "information",
         ol("ЕКЦ-2027/0740", "2027-04-19", "О представлении информации"),
         "Уведомление о прочтении — только факт доставки; ждать информацию дальше."))

# 35 invitation to a meeting at the agency
T35 = """Құрметті әріптестер! Уважаемые коллеги!

Комитет по делам спорта и физической культуры приглашает представителя Единого контакт-центра
на рабочее совещание по запуску электронной подачи заявлений на присвоение спортивных разрядов
и категорий, которое состоится 27 апреля 2027 года в 15:00 по адресу: г. Астана,
ул. Кунаева, 10, каб. 512.

Просим до 23 апреля сообщить Ф.И.О. участника на адрес d.nurpeisov@sportkomitet.gov.kz.

Нурпеисов Данияр
"""
save("35-invitation-meeting.eml",
     mime_eml("Нурпеисов Данияр <d.nurpeisov@sportkomitet.gov.kz>", EKC, "Приглашение на совещание 27.04.2027",
              "2027-04-20 16:48 +0500", "<20270420164833.d.nurpeisov@sportkomitet.gov.kz>", text=T35),
     [other("body", "ru")],
     ctx(A_SPORT, [svc("01402005", "Присвоение спортивных разрядов и категорий")], "consulting", None,
         "Приглашение на совещание — руководству ЕКЦ; о возможных будущих изменениях услуги, но сами изменения не сообщены (не п.6)."))

# 36 holiday greeting, HTML with inline image
def greeting():
    msg = MIMEMultipart("related")
    html = """<html><body style="text-align:center;font-family:Georgia"><img src="cid:card01" width="560" alt="Наурыз"><p>Құрметті әріптестер!<br>Сіздерді Наурыз мейрамымен шын жүректен құттықтаймыз!<br>Жаңа жыл береке мен бірлік әкелсін!</p><p><i>Ұлытау облысының кәсіпкерлік және өнеркәсіп басқармасының ұжымы</i></p></body></html>"""
    msg.attach(MIMEText(html, "html", "utf-8"))
    img = MIMEBase("image", "png")
    img.set_payload(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="))
    encoders.encode_base64(img)
    img.add_header("Content-ID", "<card01>")
    img.add_header("Content-Disposition", "inline", filename="nauryz.png")
    msg.attach(img)
    hdr(msg, "Kasipker Ulytau <kasipker@ulytau-obl.gov.kz>", EKC, subj_enc("Наурыз мейрамы құтты болсын!"),
        "2027-03-20 10:00 +0500", "<nauryz2027.greeting@ulytau-obl.gov.kz>")
    return msg.as_bytes()
save("36-greeting-nauryz.eml", greeting(), [other("body", "kk")],
     ctx(A_ULYTAU, [svc("01902011", "Выдача лицензии на деятельность по сбору (заготовке), хранению, переработке и реализации лома и отходов цветных и черных металлов")], "consulting", None,
         "Поздравление с праздником — без действий. (Вложенная картинка nauryz.png пустая, однопиксельная; не ждать от неё документа.)"))
# 37 agency asks what exactly is wanted (a question, not an answer)
T37 = """Добрый день!

Получили ваш запрос № ЕКЦ-2027/0756 от 20.04.2027. Подскажите, пожалуйста:
1) форму приложения 1 заполнять по каждой подуслуге отдельно или одной строкой?
2) в графе 5 «регламент» указывать областной регламент или можно поставить прочерк, т.к.
   регламенты с 2026 года отменены?
3) ответственное лицо должно быть обязательно руководителем отдела?

После ответа сразу направим информацию.

Садыков Асхат
Управление сельского хозяйства Атырауской области
8 (7122) 27-55-19
"""
save("37-question-back.eml",
     mime_eml("Садыков Асхат <a.sadykov@atyrau-obl.gov.kz>", EKC, "Re: Запрос ЕКЦ-2027/0756 - вопросы по заполнению",
              "2027-04-21 10:30 +0500", "<b7d2a1c4@atyrau-obl.gov.kz>", text=T37,
              irt="<ekc-2027-0756.4c3d@ekc.gov.kz>"),
     [other("body", "ru")],
     ctx(A_ATY_KASIP, [svc("00602009", "Субсидирование стоимости удобрений")], "information",
         ol("ЕКЦ-2027/0756", "2027-04-20", "О представлении информации по форме приложения 1"),
         "Орган задаёт уточняющие вопросы; информации и назначения нет — ответить им, ожидание не закрывать."))

# 38 request for deadline extension (not a refusal)
T38 = """Исх. № 17-1/904 от 22.04.2027

Единому контакт-центру

Управление регистрации актов гражданского состояния Кызылординской области в связи
с проведением проверки районных отделов ЗАГС просит продлить срок представления
информации по Вашему запросу № ЕКЦ-2027/0733 до 7 мая 2027 года.

Руководитель                               М. Ержанов
"""
save("38-deadline-extension.docx",
     docx_bytes(["Қызылорда облысының азаматтық хал актілерін тіркеу басқармасы",
                 "Управление регистрации актов гражданского состояния Кызылординской области",
                 "120014, г. Кызылорда, ул. Желтоксан, 21, тел. 8 (7242) 23-07-44"] + T38.split("\n")),
     [other("38-deadline-extension.docx", "ru")],
     ctx(A_KZYL_ZAGS, [svc("00101003", "Государственная регистрация рождения ребенка")], "information",
         ol("ЕКЦ-2027/0733", "2027-04-18", "Напоминание о представлении информации"),
         "Просьба продлить срок до 07.05.2027 — не отказ; решение о продлении за ЕКЦ, дело продолжает ждать информацию."))

# 39 agency's monthly report about ИС Мониторинг, XLSX attached, Kazakh body
X39 = xlsx_bytes([("Есеп", [
    ["Мемлекеттік қызметтер көрсету мониторингі АЖ-ға деректер енгізу туралы есеп / Отчёт о внесении данных в ИС Мониторинг"],
    ["Кезең / Период: 2027 жыл, наурыз"],
    ["Тізілім нөмірі", "Қызмет атауы", "Өтініштер саны", "Мерзімінде енгізілді", "Кешіктірілді"],
    ["00601005", "Ветеринариялық паспорт беру", 388, 380, 8],
    ["00601012", "Ветеринариялық анықтама беру", 1502, 1499, 3],
])])
save("39-monitoring-report-xlsx.eml",
     mime_eml("Омарова Сымбат <s.omarova@zhambyl-obl.gov.kz>", EKC + ", monitoring@sapa-agency.gov.kz", "АЖ Мониторинг бойынша наурыз айының есебі",
              "2027-04-05 12:12 +0500", "<3fe1-monitoring-0304@zhambyl-obl.gov.kz>",
              text="Қайырлы күн!\nНаурыз айындағы АЖ Мониторингке деректер енгізу туралы есепті жолдаймыз.\n\nС. Омарова\n",
              atts=[("esep_monitoring_2027_03.xlsx", X39, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
     [other("body", "kk"), other("esep_monitoring_2027_03.xlsx", "kk")],
     ctx(A_ZHAMBYL_VET, [svc("00601005", "Выдача ветеринарного паспорта")], "information",
         ol("ЕКЦ-2027/0615", "2027-03-11", "О представлении информации по форме приложения 1"),
         "Отчёт по ИС Мониторинг (п.13), разосланный и в ЕКЦ — не форма приложения 1, хотя в таблице есть реестровые номера; ждём форму дальше."))

# 40 confirmation: nothing changed, responsible remains
T40 = """Добрый день!

В ответ на ваше письмо о ежегодной актуализации (ЕКЦ-2027/0780 от 22.04.2027) сообщаем,
что сведения по государственным услугам 00703003 «Выдача архивных справок» и 00703007
«Выдача копий архивных документов», а также ответственное лицо (Мусина Гаухар Амангельдиновна)
остаются без изменений.

С уважением,
Управление архивов и документации Павлодарской области
"""
save("40-no-changes-confirmation.eml",
     mime_eml("Управление архивов <arhiv@pavlodar-obl.gov.kz>", EKC, "Re: Актуализация сведений ЕКЦ-2027/0780",
              "2027-04-26 15:15 +0500", "<arhiv.0780.re@pavlodar-obl.gov.kz>", text=T40,
              irt="<ekc-2027-0780.b1f4@ekc.gov.kz>"),
     [other("body", "ru")],
     ctx(A_PAVL_ARH, [svc("00703003", "Выдача архивных справок"), svc("00703007", "Выдача копий архивных документов")], "consulting",
         ol("ЕКЦ-2027/0780", "2027-04-22", "Актуализация сведений по государственным услугам"),
         "Подтверждение, что изменений нет: не change_notice и не responsible_change (прежнее лицо названо как остающееся) — отметить актуализацию, данных не менять."))

# 41 copy (cc) of a letter to another body about a different matter
T41 = """Министерству финансов Республики Казахстан
Копия: Единому контакт-центру (для сведения)

Исх. № 08-3/2214 от 27.04.2027

Комитет по охране материнства и детства направляет предложения к проекту бюджетной
заявки на 2028–2030 годы по программе 052 «Охрана здоровья матери и ребенка» согласно
приложению.

Председатель Комитета                              Р. Есенгелдина
"""
save("41-cc-copy-other-matter.eml",
     mime_eml("Kanc Anabala <kanc@anabala.gov.kz>", "budget@minfin.gov.kz", "Предложения к бюджетной заявке (исх. 08-3/2214)",
              "2027-04-27 17:20 +0500", "<2214.083.anabala@anabala.gov.kz>", text=T41,
              extra={"Cc": EKC}),
     [other("body", "ru")],
     ctx(A_MAT, [svc("00502012", "Выдача направления на бесплатное обеспечение детским питанием")], "appointment",
         ol("ЕКЦ-2027/0771", "2027-04-21", "О назначении ответственного лица"),
         "Копия чужой переписки (бюджет) — к сведению, не ответ на наш запрос о назначении."))

# 42 e-doc system reminder: deadline is near (on agency side)
T42 = """Напоминание СЭД

По входящему документу № ЕКЦ-2027/0771 от 21.04.2027 (Единый контакт-центр)
срок исполнения истекает 26.04.2027.
Исполнитель: Управление лекарственного обеспечения — Байтурсынова К.
Статус: на исполнении (просрочка 1 день)

Письмо сформировано автоматически.
"""
save("42-edo-reminder-overdue.eml",
     mime_eml("SED Anabala <sed-noreply@anabala.gov.kz>", EKC, "СЭД: срок исполнения истекает (ЕКЦ-2027/0771)",
              "2027-04-27 09:00 +0500", "<sed.rem.0771.20270427@anabala.gov.kz>", text=T42,
              extra={"Auto-Submitted": "auto-generated"}),
     [other("body", "ru")],
     ctx(A_MAT, [svc("00502012", "Выдача направления на бесплатное обеспечение детским питанием")], "appointment",
         ol("ЕКЦ-2027/0771", "2027-04-21", "О назначении ответственного лица"),
         "Напоминание чужой СЭД, ошибочно пришедшее в ЕКЦ: фамилия исполнителя не означает назначения ответственного лица; дело не двигать."))

# 43 agency news, bilingual: new Telegram chat-bot (not a change of the service's web address)
T43 = """Құрметті әріптестер!
Қазақстан Республикасы Мәдениет министрлігінің Мәдени мұра істері комитеті 2027 жылғы 1 мамырдан бастап азаматтардың сұрақтарына жауап беретін @murabot Telegram-ботын іске қосатынын хабарлайды.

Уважаемые коллеги!
Комитет по делам культурного наследия сообщает о запуске с 1 мая 2027 года Telegram-бота @murabot для ответов на вопросы граждан о памятниках истории и культуры. Порядок оказания государственных услуг и их интернет-ресурсы не меняются.

Баспасөз қызметі / Пресс-служба
"""
save("43-news-telegram-bot.eml",
     mime_eml("Пресс-служба КДКН <press@muraqazyna.gov.kz>", EKC, "Жаңа Telegram-бот / Новый Telegram-бот",
              "2027-04-28 12:00 +0500", "<press.murabot.2027@muraqazyna.gov.kz>", text=T43),
     [other("body")],
     ctx(A_MADEN, [svc("00702011", "Согласование проектов научно-реставрационных работ на памятниках истории и культуры")], "consulting", None,
         "Новость органа; прямо сказано, что интернет-ресурсы услуг не меняются — не change_notice."))

# 44 internal order: responsible for ИС Мониторинг (not for correspondence with the centre), plain DOCX
D44 = docx_bytes([
    "АКИМАТ ГОРОДА ТАЛДЫКОРГАН",
    "ОТДЕЛ ЖИЛИЩНО-КОММУНАЛЬНОГО ХОЗЯЙСТВА",
    "ПРИКАЗ",
    "от 28 апреля 2027 года                                     № 34-ө",
    "О назначении ответственного за внесение данных в информационную систему мониторинга оказания государственных услуг",
    "В целях обеспечения своевременного внесения данных о стадии оказания государственных услуг ПРИКАЗЫВАЮ:",
    "1. Назначить ответственным за внесение данных в ИС Мониторинг главного специалиста Омарбекова Нурсултана Ерикулы.",
    "2. Приказ от 12 января 2026 года № 3-ө признать утратившим силу.",
    "3. Контроль за исполнением настоящего приказа оставляю за собой.",
    "Руководитель отдела                                          С. Мамырбеков",
    "С приказом ознакомлен: ______ Омарбеков Н.Е.",
])
save("44-order-monitoring-responsible.docx", D44, [other("44-order-monitoring-responsible.docx", "ru")],
     ctx(A_TALDYK, [svc("00701005", "Назначение жилищной помощи")], "appointment",
         ol("ЕКЦ-2027/0451", "2027-02-22", "Жауапты тұлғаны тағайындау туралы"),
         "Приказ о назначении ответственного за ИС Мониторинг (п.13), а не за переписку с ЕКЦ по п.5/п.7 — не считать назначением; ждать дальше."))

# 45 duplicate of an already-signed training protocol: honest kind, but must not move the case
P45 = ["ПРОТОКОЛ", "принятия Единым контакт-центром государственной услуги для консультирования", "",
       "г. Астана                                                         14 января 2027 года", "",
       "Присутствовали:",
       "от Комитета по делам спорта и физической культуры — Нурпеисов Д.А., главный эксперт;",
       "от Единого контакт-центра — Исмаилова Р.Т., супервайзер; Жанибеков А.С., оператор.", "",
       "Проведено обучение сотрудников ЕКЦ по государственным услугам:",
       "  01402005 — Присвоение спортивных разрядов и категорий",
       "  01402009 — Присвоение спортивных званий", "",
       "Решили: принять указанные государственные услуги для консультирования.", "",
       "Подписи:  _________ Нурпеисов Д.А.      _________ Исмаилова Р.Т."]
save("45-protocol-duplicate.eml",
     mime_eml("Нурпеисов Данияр <d.nurpeisov@sportkomitet.gov.kz>", EKC, "протокол (повторно)",
              "2027-04-29 10:05 +0500", "<dup-protocol-0114@sportkomitet.gov.kz>",
              text="Коллеги, по просьбе вашего супервайзера повторно направляю скан протокола от 14 января, для архива.\nД.Н.\n",
              atts=[("protokol_14.01.2027.pdf", pdf_bytes(P45, scan=True), "application/pdf")]),
     [other("body", "ru"),
      {"part": "protokol_14.01.2027.pdf", "kind": "training_protocol", "language": "ru", "protocol_date": "2027-01-14",
       "services": [{"registry_number": "01402005"}, {"registry_number": "01402009"}]}],
     ctx(A_SPORT, [svc("01402005", "Присвоение спортивных разрядов и категорий"), svc("01402009", "Присвоение спортивных званий")], "consulting", None,
         "Повторная копия уже учтённого протокола от 14.01.2027 (услуги уже на консультировании): вложение — протокол по виду, но дело не двигать, только архив."))
# 46 agency forwards a citizen's complaint to the centre (FW with quoted message)
T46 = """Добрый день.
Пересылаем обращение гражданина, поступившее на наш блог-платформу, т.к. речь идёт о консультации оператора 1414. Просим рассмотреть по компетенции и ответить заявителю напрямую.

Байжанова Р., отдел по работе с обращениями
Управление земельных отношений города Шымкента

---------- Пересылаемое сообщение ----------
От: Турсынов Бауыржан <b.tursynov77@mail.ru>
Дата: 30 апр. 2027 г., 19:02
Тема: жалоба
Кому: zher@shymkent.gov.kz

Позвонил на 1414 по поводу идентификационного документа на участок, оператор сказал что справку выдаёт акимат района, в акимате района сказали что это госкорпорация. Кто в итоге выдаёт?? Потерял две недели.
"""
save("46-fw-citizen-complaint.eml",
     mime_eml("Байжанова Роза <r.baizhanova@shymkent.gov.kz>", EKC, "Fwd: жалоба",
              "2027-05-03 09:40 +0500", "<CAB7k2Fwd0503@shymkent.gov.kz>", text=T46),
     [other("body", "ru")],
     ctx(A_SHYM_ZHER, [svc("00401002", "Выдача идентификационного документа на земельный участок")], "consulting", None,
         "Пересланная жалоба гражданина на консультацию оператора — в службу качества ЕКЦ, ответ заявителю; сведения об услуге не меняются."))

# 47 short ack with our own request returned as DOCX carrying their incoming stamp
D47 = docx_bytes([
    "ВХ. № 2-1/1573  от 04.05.2027  (штамп канцелярии Комитета по регулированию водопользования)",
    "Единый контакт-центр",
    "Исх. № ЕКЦ-2027/0802 от 30.04.2027",
    "Председателю Комитета по регулированию водопользования",
    "В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра просим в течение трёх рабочих дней назначить ответственное лицо "
    "по государственной услуге «Выдача разрешения на специальное водопользование» (реестровый № 01102007) и сообщить его контактные данные.",
    "Руководитель                                               А. Сапаров",
])
save("47-ack-with-stamped-copy.eml",
     mime_eml("Маханов Ерлан <e.makhanov@suresurs.gov.kz>", EKC, "Re: ЕКЦ-2027/0802",
              "2027-05-04 11:11 +0500", "<e.makhanov.0802@suresurs.gov.kz>",
              text="Алдық, тіркелді. Получили, зарегистрировано, копия со штампом во вложении.\n",
              atts=[("ЕКЦ-2027-0802_вх_2-1-1573.docx", D47, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
              irt="<ekc-2027-0802.6f0a@ekc.gov.kz>"),
     [other("body"), other("ЕКЦ-2027-0802_вх_2-1-1573.docx", "ru")],
     ctx(A_SU, [svc("01102007", "Выдача разрешения на специальное водопользование")], "appointment",
         ol("ЕКЦ-2027/0802", "2027-04-30", "О назначении ответственного лица"),
         "Подтверждение регистрации, во вложении — наш же запрос со штампом; назначения нет, ждать дальше."))

# 48 "already answered earlier" without resending
T48 = """Уважаемые коллеги,

по Вашему повторному запросу ЕКЦ-2027/0815 сообщаем, что информация по государственной
услуге 00602009 была направлена ранее письмом Управления № 05-11/377 от 12.03.2027
(через ЕСЭДО). Просим проверить входящую корреспонденцию.

Садыков А., 8 (7122) 27-55-19
"""
save("48-already-sent-earlier.eml",
     raw_eml("a.sadykov@atyrau-obl.gov.kz", EKC, "Re: ЕКЦ-2027/0815 (повторный)",
             "2027-05-05 14:01 +0500", "<sadykov.0815.re@atyrau-obl.gov.kz>", T48, "cp1251", "quoted-printable", "windows-1251",
             irt="<ekc-2027-0815.d3c2@ekc.gov.kz>"),
     [other("body", "ru")],
     ctx(A_ATY_KASIP, [svc("00602009", "Субсидирование стоимости удобрений")], "information",
         ol("ЕКЦ-2027/0815", "2027-05-02", "Повторный запрос о представлении информации"),
         "Орган утверждает, что ответил ранее письмом 05-11/377 — найти то письмо; само это письмо сведений не содержит."))

# 49 Kazakh complaint about the centre's repeated requests
T49 = """Бірыңғай байланыс орталығына

Соңғы екі аптада бір мемлекеттік қызмет (00801011) бойынша Сізден үш рет бірдей сұрау хат келді, ал жауапты тұлға туралы ақпарат 2027 жылғы 2 наурызда жіберілген болатын. Жұмысты үйлестіруді және қайталама хаттарды тоқтатуды сұраймыз.

Құрметпен,
Қостанай облысы білім басқармасының мектепке дейінгі білім беру бөлімі
"""
save("49-complaint-repeated-requests-kk.eml",
     mime_eml("Мектепке дейінгі бөлім <doshkol@bilim.kostanay.gov.kz>", EKC, "Қайталама хаттар туралы",
              "2027-05-06 16:16 +0500", "<doshkol.0506@bilim.kostanay.gov.kz>", text=T49),
     [other("body", "kk")],
     ctx(A_KOST_OBR, [svc("00801011", "Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в детские дошкольные организации")], "information",
         ol("ЕКЦ-2027/0377", "2027-02-15", "Запрос информации по форме приложения 1"),
         "Жалоба на повторные запросы; указывает на письмо от 02.03.2027 — проверить, не потеряно ли назначение; само письмо дело не двигает."))

# 50 quality authority acknowledges the centre's p.12 report (plain PDF, not scanned)
P50 = ["Агентство по оценке качества государственных услуг Республики Казахстан",
       "Исх. № 03-04/3902 от 07.05.2027", "",
       "Единый контакт-центр", "",
       "На № ЕКЦ-2027/0790 от 24.04.2027", "",
       "Агентство рассмотрело Вашу информацию о неоднократном отказе Управления",
       "земельных отношений Туркестанской области в представлении сведений",
       "и сообщает, что материалы приобщены к результатам оценки качества за 2027 год.",
       "О принятых мерах будет сообщено дополнительно.", "",
       "Руководитель департамента                                   Г. Акбаева"]
save("50-sapa-ack-p12.pdf", pdf_bytes(P50, font="DV", size=10), [other("50-sapa-ack-p12.pdf", "ru")],
     ctx(A_SAPA, [], "consulting", ol("ЕКЦ-2027/0790", "2027-04-24", "Информация об отказе в представлении сведений (п.12 Правил)"),
         "Ответ уполномоченного органа на наше уведомление по п.12 — к сведению; дел по услугам не двигает."))

# 51 ack with wrong charset label (says iso-8859-1, bytes are cp1251)
T51 = """Спасибо, принято в работу. Ответ будет дан в установленный срок.

--
Каримова Сабина
Управление энергетики и ЖКХ Актюбинской области
"""
save("51-ack-wrong-charset.eml",
     raw_eml("Karimova Sabina <s.karimova@aktobe-obl.gov.kz>", EKC, "Re: EKC-2027/0821",
             "2027-05-07 09:48 +0500", "<s.karimova.0821@aktobe-obl.gov.kz>", T51, "cp1251", "8bit", "iso-8859-1",
             irt="<ekc-2027-0821.0a9b@ekc.gov.kz>"),
     [other("body", "ru")],
     ctx(A_AKTOBE_ZHKH, [svc("00302004", "Выдача технических условий на подключение к сетям теплоснабжения")], "additional_answer",
         ol("ЕКЦ-2027/0821", "2027-05-05", "Запрос дополнительной информации по п.11 Правил"),
         "Подтверждение приёма запроса (кодировка в заголовке неверная: iso-8859-1 вместо windows-1251); ответа по существу нет, ждать."))

# 52 unsolicited statistics of services rendered, XLSX attached, bilingual headers
X52 = xlsx_bytes([("1-тоқсан", [
    ["Көрсетілген мемлекеттік қызметтер саны / Количество оказанных государственных услуг, I тоқсан 2027"],
    ["Р/с\n№ п/п", "Тізілім нөмірі\nРеестровый номер", "Атауы\nНаименование", "Қағаз түрінде\nВ бумажной форме", "Электронды\nЭлектронно", "Бас тарту\nОтказы"],
    [1, "00401002", "Жер учаскесіне сәйкестендіру құжатын беру", 120, 2341, 17],
    [2, "00401007", "Жер учаскесінің нысаналы мақсатын өзгерту", 44, 590, 31],
    [3, "00401019", "Жер учаскесіне құқық беру", 12, 802, 58],
])])
save("52-services-stats-xlsx.eml",
     mime_eml("Абдрахманова Жазира <zh.abdrakhmanova@shymkent.gov.kz>", EKC + ", analytics@sapa-agency.gov.kz", "Статистика оказанных услуг за 1 квартал 2027 г.",
              "2027-04-10 17:35 +0500", "<stat-q1-2027@shymkent.gov.kz>",
              text="Для сведения направляем статистику оказанных государственных услуг Управлением за I квартал 2027 года.\n\nЖ. Абдрахманова\nотдел мониторинга, 8 (7252) 56-70-12\n",
              atts=[("stat_Q1_2027.xlsx", X52, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]),
     [other("body", "ru"), other("stat_Q1_2027.xlsx")],
     ctx(A_SHYM_ZHER, [svc("00401002", "Выдача идентификационного документа на земельный участок"), svc("00401007", "Выдача решения на изменение целевого назначения земельного участка")], "consulting", None,
         "Статистика органа для сведения — таблица с реестровыми номерами, но не приложение 1; дела не двигает."))

# 53 Kazakh scanned PDF: regional department forwarded the request to district departments
P53 = ["Ақтөбе облысының энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы",
       "2027 жылғы 12 мамыр  № 01-09/702", "",
       "Бірыңғай байланыс орталығына", "",
       "2027 жылғы 7 мамырдағы № ЕКЦ-2027/0821 хатыңызға",
       "Сіздің сұрауыңыз бойынша қосымша ақпарат жинау үшін хат облыстың",
       "аудандық тұрғын үй-коммуналдық шаруашылық бөлімдеріне жіберілді.",
       "Жиынтық жауап 2027 жылғы 20 мамырға дейін ұсынылады.", "",
       "Басшы                                                    Б. Жақыпов"]
save("53-zhiberildi-audandarga-scan.pdf", pdf_bytes(P53, scan=True, size=10), [other("53-zhiberildi-audandarga-scan.pdf", "kk")],
     ctx(A_AKTOBE_ZHKH, [svc("00302004", "Выдача технических условий на подключение к сетям теплоснабжения")], "additional_answer",
         ol("ЕКЦ-2027/0821", "2027-05-05", "Запрос дополнительной информации по п.11 Правил"),
         "Управление разослало запрос районным отделам и обещает сводный ответ до 20.05.2027 — не отказ и не ответ; ждать."))

# 54 new head of the agency appointed (the responsible person for the centre is someone else)
T54 = """Исх. № 1-05/288 от 13.05.2027

Руководителям государственных органов и организаций

Сообщаем, что распоряжением акима Павлодарской области от 11 мая 2027 года № 97-к
руководителем Управления архивов и документации Павлодарской области назначен
Сейткали Арман Болатович (ранее — Жумабеков Кайрат Есенович).

Приёмная: 8 (7182) 32-19-00.

Заместитель руководителя                                   Г. Мусина
"""
save("54-new-head-appointed.txt", T54.encode("cp1251"), [other("54-new-head-appointed.txt", "ru")],
     ctx(A_PAVL_ARH, [svc("00703003", "Выдача архивных справок")], "consulting", None,
         "Смена руководителя органа, а ответственное лицо по переписке с ЕКЦ — Мусина Г.А.; это не уведомление по п.7, обновить только справочник руководителей. Файл в windows-1251."))

# 55 delivery failure (DSN) of our letter to an agency
def dsn():
    msg = MIMEMultipart("report", report_type="delivery-status")
    msg.attach(MIMEText("This is the mail system at host mx.ekc.gov.kz.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<kense@ulytau-kasipker.gov.kz>: host not found: Name or service not known\n", "plain", "us-ascii"))
    p = MIMEBase("message", "delivery-status")
    from email.message import Message
    m1 = Message(); m1["Reporting-MTA"] = "dns; mx.ekc.gov.kz"
    m2 = Message(); m2["Final-Recipient"] = "rfc822; kense@ulytau-kasipker.gov.kz"; m2["Action"] = "failed"
    m2["Status"] = "5.1.2"; m2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found"
    p.set_payload([m1, m2])
    msg.attach(p)
    orig = MIMEText("Просим назначить ответственное лицо по государственной услуге 01902011.\nИсх. № ЕКЦ-2027/0840 от 13.05.2027\n", "plain", "utf-8")
    orig["Subject"] = subj_enc("О назначении ответственного лица")
    orig["To"] = "kense@ulytau-kasipker.gov.kz"
    orig["Message-ID"] = "<ekc-2027-0840.77aa@ekc.gov.kz>"
    from email.mime.message import MIMEMessage
    msg.attach(MIMEMessage(orig))
    hdr(msg, "MAILER-DAEMON@mx.ekc.gov.kz (Mail Delivery System)", EKC, "Undelivered Mail Returned to Sender",
        "2027-05-13 10:02 +0500", "<20270513050201.4C1A2@mx.ekc.gov.kz>", None, {"Auto-Submitted": "auto-replied"})
    return msg.as_bytes()
save("55-bounce-dsn.eml", dsn(), [other("body")],
     ctx(A_ULYTAU, [svc("01902011", "Выдача лицензии на деятельность по сбору (заготовке), хранению, переработке и реализации лома и отходов цветных и черных металлов")], "appointment",
         ol("ЕКЦ-2027/0840", "2027-05-13", "О назначении ответственного лица"),
         "Запрос не доставлен (неверный адрес органа) — оператору переотправить на kasipker@ulytau-obl.gov.kz; срок ожидания не начинается."))

if __name__ == "__main__":
    print(len(DOCS), "inputs written")
