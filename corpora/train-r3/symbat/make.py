#!/usr/bin/env python3
"""Generator of symbat's held-out corpus (round J): replies only —
responsible-person appointments/replacements (p.5/p.7) and refusals (p.11).
Every letter's text is written by hand below; the helpers only package bytes.
Run with /tmp/cv-symbat/bin/python make.py (writes into this folder)."""
import io, json, os, textwrap
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from email.header import Header
from email.utils import formataddr
import docx
from docx.shared import Pt
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
EKC = "info@ekc.gov.kz"
MANIFEST = []


def make_docx(paras, table=None, table_after=None):
    """paras: list of str or (str, 'b'|'c'|'r'|'bc')."""
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for i, p in enumerate(paras):
        style = ""
        if isinstance(p, tuple):
            p, style = p
        par = d.add_paragraph()
        run = par.add_run(p)
        if "b" in style: run.bold = True
        if "c" in style: par.alignment = 1
        if "r" in style: par.alignment = 2
        if table is not None and table_after == i:
            t = d.add_table(rows=len(table), cols=len(table[0])); t.style = "Table Grid"
            for r, row in enumerate(table):
                for c, v in enumerate(row):
                    t.cell(r, c).text = v
    b = io.BytesIO(); d.save(b); return b.getvalue()


def make_pdf(lines, size=11):
    b = io.BytesIO(); c = canvas.Canvas(b, pagesize=A4)
    w, h = A4; y = h - 60
    for ln in lines:
        bold = ln.startswith("**")
        if bold: ln = ln[2:]
        wrapped = textwrap.wrap(ln, 88) or [""]
        for part in wrapped:
            if y < 60:
                c.showPage(); y = h - 60
            c.setFont("DVB" if bold else "DV", size)
            c.drawString(50, y, part); y -= size + 5
    c.save(); return b.getvalue()


def eml(frm, subject, date, body, *, to=EKC, msgid=None, reply_to_id=None, charset="utf-8",
        html=None, attachments=(), cte=None, extra=(), raw_body_nolabel=False, alt=False, cc=None):
    """Build a message. body: plain text (or None for html-only)."""
    if raw_body_nolabel:
        # a plain text body with NO charset label (8bit, bytes in `charset`)
        hdr = [f"From: {frm}", f"To: {to}", f"Subject: {Header(subject, 'utf-8').encode()}",
               f"Date: {date}", f"Message-ID: {msgid}", "MIME-Version: 1.0",
               "Content-Type: text/plain", "Content-Transfer-Encoding: 8bit"]
        if reply_to_id:
            hdr += [f"In-Reply-To: {reply_to_id}", f"References: {reply_to_id}"]
        hdr += list(f"{k}: {v}" for k, v in extra)
        return ("\r\n".join(hdr) + "\r\n\r\n").encode("ascii") + body.replace("\n", "\r\n").encode(charset)
    def textpart(t, sub):
        if charset == "koi8-r":  # koi8-r has no guillemets: a real client would fall back to straight quotes
            t = t.replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-").replace("№", "N")
        p = MIMEText(t, sub, charset)
        if cte == "8bit" and charset != "utf-8":
            del p["Content-Transfer-Encoding"]
            p.set_payload(t.encode(charset)); p["Content-Transfer-Encoding"] = "8bit"
        elif cte == "qp":
            from email import charset as cs
            c = cs.Charset(charset); c.body_encoding = cs.QP
            p = MIMEText(t, sub, c)
        return p
    if body is not None and html is not None:
        main = MIMEMultipart("alternative"); main.attach(textpart(body, "plain")); main.attach(textpart(html, "html"))
    elif html is not None:
        main = textpart(html, "html")
    else:
        main = textpart(body, "plain")
    if attachments:
        m = MIMEMultipart("mixed"); m.attach(main)
        for fn, data, ctype in attachments:
            ma, mi = ctype.split("/")
            a = MIMEBase(ma, mi); a.set_payload(data); encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
            a.set_param("name", fn)
            m.attach(a)
    else:
        m = main
    name, addr = frm if isinstance(frm, tuple) else (None, frm)
    m["From"] = formataddr((str(Header(name, "utf-8")) if name else "", addr)) if name else addr
    if name:
        del m["From"]; m["From"] = Header(name, "utf-8").encode() + f" <{addr}>"
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = Header(subject, "utf-8").encode()
    m["Date"] = date
    m["Message-ID"] = msgid
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id; m["References"] = reply_to_id
    for k, v in extra:
        m[k] = v
    return m.as_bytes()

DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_T = "application/pdf"


def put(name, data, docs, ctx, note):
    p = os.path.join(OUT, name)
    with open(p, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(p + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": docs}, f, ensure_ascii=False, indent=2)
    ctx.setdefault("is_reply", True)
    with open(p + ".context.json", "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    kinds = ",".join(d["kind"] for d in docs)
    MANIFEST.append((name, kinds, note))


def ag(name, email, bin_):
    return {"name": name, "email": email, "bin": bin_}


def svc(*pairs):
    return [{"registry_number": a, "name": b} for a, b in pairs]


def ol(num, date, subj):
    return {"number": num, "date": date, "subject": subj}


def person(full_name, position=None, email=None, phone=None):
    d = {"full_name": full_name}
    if position is not None: d["position"] = position
    if email is not None: d["email"] = email
    if phone is not None: d["phone"] = phone
    return d


# ============================================================ responsible persons
def r01():
    a = ag("Управление земельных отношений акимата Костанайской области", "kanc@zher.kostanay.gov.kz", "070340012781")
    body = """Уважаемые коллеги!

На Ваш запрос от 18.01.2027 № ЕКЦ-2027/212 сообщаем, что ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге «Утверждение землеустроительного проекта по формированию земельного участка» (реестровый № 02415003) назначена главный специалист отдела землеустройства Жаксылыкова Гульнара Маратовна.

Контакты: тел. 8 (7142) 50-33-17, e-mail: g.zhaksylykova@zher.kostanay.gov.kz

Информация по форме Приложения 1 будет направлена дополнительно в установленный срок.

С уважением,
заместитель руководителя управления
Б. Тастемиров
"""
    data = eml(("Управление земельных отношений", "kanc@zher.kostanay.gov.kz"),
               "Ответ на исх. ЕКЦ-2027/212 — ответственное лицо", "Wed, 20 Jan 2027 10:14:09 +0600", body,
               msgid="<20270120041409.5531@zher.kostanay.gov.kz>", reply_to_id="<ekc-2027-212.req@ekc.gov.kz>")
    put("r01-appoint-plain.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Жаксылыкова Гульнара Маратовна", position="главный специалист отдела землеустройства", phone="87142503317", email="g.zhaksylykova@zher.kostanay.gov.kz"),
          "previous_responsible": None, "services": [{"registry_number": "02415003"}]}],
        {"agency": a, "services": svc(("02415003", "Утверждение землеустроительного проекта по формированию земельного участка")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/212", "2027-01-18", "Запрос информации по государственной услуге 02415003"),
         "expected_effect": "record Жаксылыкова Г.М. as responsible person; case moves to waiting for Appendix 1 information"},
        "appointment, name after position in nominative, phone with 8 prefix")


def r02():
    a = ag("Министерство туризма и спорта Республики Казахстан", "kense@mts.gov.kz", "220140007731")
    order = make_docx([
        ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ТУРИЗМ ЖӘНЕ СПОРТ МИНИСТРЛІГІНІҢ ЖАУАПТЫ ХАТШЫСЫ", "bc"),
        ("БҰЙРЫҚ", "bc"),
        ("2027 жылғы 25 қаңтар                                   № 41-ө", ""),
        ("Астана қаласы", "c"),
        ("Бірыңғай байланыс орталығымен өзара іс-қимыл жасауға жауапты тұлғаны тағайындау туралы", "b"),
        ("«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 9-бабының 10) тармақшасына сәйкес және Бірыңғай байланыс орталығының 2027 жылғы 21 қаңтардағы № ЕКЦ-2027/287 сұрау салуын орындау мақсатында БҰЙЫРАМЫН:", ""),
        ("1. «Туристік агенттік қызметпен айналысуға лицензия беру» мемлекеттік көрсетілетін қызметі (тізілім нөмірі 00810442) бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға болып Туризм индустриясы комитетінің бас сарапшысы Әбдіқадыров Нұрсұлтан Ғалымжанұлы тағайындалсын.", ""),
        ("2. Байланыс деректері: тел. +7 (7172) 74-18-62, эл. пошта: n.abdikadyrov@mts.gov.kz.", ""),
        ("3. Осы бұйрықтың орындалуын бақылау Туризм индустриясы комитеті төрағасының орынбасары Д.Е. Сейітқалиевке жүктелсін.", ""),
        ("4. Бұйрық қол қойылған күнінен бастап күшіне енеді.", ""),
        ("Жауапты хатшы                                                   А. Мұхамеджанова", "b"),
    ])
    body = """Құрметті әріптестер!

Сіздердің 21.01.2027 ж. № ЕКЦ-2027/287 хатыңызға жауап ретінде жауапты тұлғаны тағайындау туралы бұйрықтың көшірмесін жолдаймыз.

Құрметпен,
Құжаттамалық қамтамасыз ету басқармасы
"""
    data = eml(("Канцелярия МТС", "kense@mts.gov.kz"), "Re: ЕКЦ-2027/287 — бұйрық", "Tue, 26 Jan 2027 16:40:00 +0600", body,
               msgid="<a81f2c@mts.gov.kz>", reply_to_id="<ekc-2027-287@ekc.gov.kz>",
               attachments=[("Бұйрық 41-ө.docx", order, DOCX_T)])
    put("r02-appoint-kk-order.eml", data,
        [{"part": "Бұйрық 41-ө.docx", "kind": "responsible_change", "language": "kk",
          "responsible": person("Әбдіқадыров Нұрсұлтан Ғалымжанұлы", email="n.abdikadyrov@mts.gov.kz", phone="+77172741862"),
          "previous_responsible": None, "services": [{"registry_number": "00810442"}]}],
        {"agency": a, "services": svc(("00810442", "Выдача лицензии на занятие туристской деятельностью (туроператорская деятельность)")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/287", "2027-01-21", "Запрос информации по государственной услуге 00810442"),
         "expected_effect": "record Әбдіқадыров Н.Ғ. as responsible person for 00810442"},
        "Kazakh order (бұйрық) in DOCX under a Kazakh covering mail; control person named in dative (must not be taken)")


def r03():
    a = ag("Аппарат акима Жамбылского района Алматинской области", "info@zhambyl-aud.almobl.gov.kz", "990540003318")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang=RU link="#0563C1"><div class=WordSection1>
<p class=MsoNormal>Добрый день!<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>В ответ на письмо Единого контакт-центра № ЕКЦ-2027/305 от 22.01.2027 года аппарат акима Жамбылского района уведомляет, что ответственным за представление сведений и обучение операторов по услугам:<o:p></o:p></p>
<p class=MsoNormal>- 00105021 «Регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния»;<o:p></o:p></p>
<p class=MsoNormal>- 00105033 «Регистрация смерти, в том числе внесение изменений»<o:p></o:p></p>
<p class=MsoNormal>определен <b>Сарыбаев Канат Оралбекович</b>, главный специалист отдела ЗАГС аппарата акима района.<o:p></o:p></p>
<p class=MsoNormal>Тел.: 8 72770 2-15-48, моб. 8 701 455 21 90<o:p></o:p></p>
<p class=MsoNormal>Эл. почта: <a href="mailto:k.sarybayev@zhambyl-aud.almobl.gov.kz">k.sarybayev@zhambyl-aud.almobl.gov.kz</a><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='color:#1F3864'>С уважением,<br>Мусина Ажар<br>специалист общего отдела<br>аппарат акима Жамбылского района<br>8 72770 2-11-03</span><o:p></o:p></p>
</div></body></html>"""
    data = eml(("Мусина Ажар", "a.musina@zhambyl-aud.almobl.gov.kz"), "RE: Запрос ЕКЦ-2027/305", "Mon, 25 Jan 2027 11:02:51 +0600", None,
               html=html, charset="windows-1251", msgid="<DB7PR02MB4821.eurprd02@zhambyl-aud.almobl.gov.kz>",
               reply_to_id="<ekc-2027-305@ekc.gov.kz>", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    put("r03-appoint-outlook-html-1251.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Сарыбаев Канат Оралбекович", position="главный специалист отдела ЗАГС аппарата акима района",
                                email="k.sarybayev@zhambyl-aud.almobl.gov.kz"),
          "previous_responsible": None,
          "services": [{"registry_number": "00105021"}, {"registry_number": "00105033"}]}],
        {"agency": a, "services": svc(("00105021", "Регистрация рождения ребенка"), ("00105033", "Регистрация смерти")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/305", "2027-01-22", "Запрос информации по государственным услугам"),
         "expected_effect": "record Сарыбаев К.О. as responsible for both services"},
        "Outlook HTML-only windows-1251, two phones, signature of another person (sender) must not be taken")


def r04():
    a = ag("Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства Республики Казахстан", "kds@mps.gov.kz", "120340019912")
    text = """Исх. № 04-2/1187 от 02.02.2027

Единый контакт-центр
(на № ЕКЦ-2027/341 от 27.01.2027)

Комитет по делам строительства и жилищно-коммунального хозяйства рассмотрел Ваш запрос и сообщает следующее.

В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг ответственным лицом по государственной услуге «Выдача лицензии на изыскательскую деятельность» (00704017) назначен:

Ф.И.О.: Бондаренко Игорь Владимирович
Должность: эксперт Управления лицензирования и контроля
Телефон: +7 (7172) 64-92-05
E-mail: i.bondarenko@mps.gov.kz

Заполненная форма Приложения 1 будет представлена указанным сотрудником в пятидневный срок.

Заместитель председателя                                  Е. Кусаинов

Исп.: Бондаренко И.В., 64-92-05
"""
    put("r04-appoint-labelled.txt", text,
        [{"part": "r04-appoint-labelled.txt", "kind": "responsible_change", "language": "ru",
          "responsible": person("Бондаренко Игорь Владимирович", position="эксперт Управления лицензирования и контроля",
                                phone="+77172649205", email="i.bondarenko@mps.gov.kz"),
          "previous_responsible": None, "services": [{"registry_number": "00704017"}]}],
        {"agency": a, "services": svc(("00704017", "Выдача лицензии на изыскательскую деятельность")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/341", "2027-01-27", "Запрос информации по государственной услуге 00704017"),
         "expected_effect": "record Бондаренко И.В. as responsible for 00704017"},
        "plain .txt, labelled Ф.И.О./Должность lines, indeclinable surname -енко")


def r05():
    a = ag("Управление здравоохранения города Шымкент", "densaulyk@shymkent.gov.kz", "180240031155")
    body = """Здравствуйте.
Ответственным за взаимодействие с ЕКЦ по услуге 01002044 назначить Ким Елену Викторовну, главного специалиста отдела лицензирования. Тел 8 7252 39 60 14, почта e.kim@densaulyk.shymkent.gov.kz
Это по вашему письму ЕКЦ-2027/360.

Отправлено с iPhone"""
    data = eml("e.kim@densaulyk.shymkent.gov.kz", "ответственный ЕКЦ", "Thu, 28 Jan 2027 19:47:12 +0500", body,
               msgid="<8A1C44F0-21B7-4C3E-9E0B-77F1D2C9A001@densaulyk.shymkent.gov.kz>",
               extra=[("X-Mailer", "iPhone Mail (20D67)")])
    put("r05-appoint-iphone-terse.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Ким Елена Викторовна", email="e.kim@densaulyk.shymkent.gov.kz", phone="87252396014"),
          "previous_responsible": None, "services": [{"registry_number": "01002044"}]}],
        {"agency": a, "services": svc(("01002044", "Выдача лицензии на медицинскую деятельность")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/360", "2027-01-26", "Запрос информации по государственной услуге 01002044"),
         "expected_effect": "record Ким Е.В. as responsible for 01002044"},
        "iPhone, terse, accusative female with indeclinable surname Ким, no In-Reply-To, sender is the appointee")


def r06():
    a = ag("Департамент государственных доходов по Павлодарской области Комитета государственных доходов Министерства финансов Республики Казахстан", "pvl-kanc@kgd.gov.kz", "970140001842")
    pdf = make_pdf([
        "**ДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО ПАВЛОДАРСКОЙ ОБЛАСТИ",
        "140000, г. Павлодар, ул. Академика Сатпаева, 112",
        "",
        "**ПРИКАЗ",
        "от 3 февраля 2027 года                  № 77-П                  г. Павлодар",
        "",
        "**О замене ответственного лица за взаимодействие с Единым контакт-центром",
        "",
        "В связи с переводом Жумабекова Данияра Асылбековича на другую должность, руководствуясь пунктом 7 Правил взаимодействия Единого контакт-центра, ПРИКАЗЫВАЮ:",
        "1. Освободить Жумабекова Д.А. от обязанностей ответственного лица за представление информации в Единый контакт-центр по государственным услугам 00501012 и 00501019.",
        "2. Назначить ответственным лицом по указанным государственным услугам Оспанову Айнур Бекетовну, главного специалиста отдела разъяснительной работы, с 8 февраля 2027 года.",
        "3. Оспановой А.Б. в течение пяти рабочих дней направить в Единый контакт-центр актуализированные сведения (тел. 8 (7182) 32-70-41, a.ospanova@kgd.gov.kz).",
        "4. Контроль за исполнением настоящего приказа оставляю за собой.",
        "",
        "Руководитель департамента                                   С. Нургалиев",
    ])
    body = "Направляем приказ о замене ответственного лица (скан во вложении).\n\nКанцелярия ДГД по Павлодарской области\n"
    data = eml(("ДГД Павлодар канцелярия", "pvl-kanc@kgd.gov.kz"), "Приказ № 77-П от 03.02.2027", "Thu, 04 Feb 2027 09:31:40 +0600", body,
               msgid="<77P.20270204@kgd.gov.kz>", attachments=[("prikaz_77-P.pdf", pdf, PDF_T)])
    put("r06-replace-order-pdf.eml", data,
        [{"part": "prikaz_77-P.pdf", "kind": "responsible_change", "language": "ru",
          "responsible": person("Оспанова Айнур Бекетовна", phone="87182327041", email="a.ospanova@kgd.gov.kz"),
          "previous_responsible": {"full_name": "Жумабеков Данияр Асылбекович"},
          "effective_date": "2027-02-08",
          "services": [{"registry_number": "00501012"}, {"registry_number": "00501019"}]}],
        {"agency": a, "services": svc(("00501012", "Постановка на регистрационный учет в качестве плательщика НДС"), ("00501019", "Снятие с регистрационного учета по НДС")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible person with Оспанова А.Б. from 2027-02-08 for both services",
         "is_reply": True},
        "PDF order, new and previous both in accusative/genitive, effective date later than order date")


def r07():
    a = ag("Қарағанды облысы әкімдігінің білім басқармасы", "kense@bilim.karaganda.gov.kz", "021040005567")
    body = """Бірыңғай байланыс орталығына

2027 жылғы 8 ақпандағы № 03-14/522 хат

Басқармада кадрлық өзгерістерге байланысты «Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі (7 жасқа дейін) жастағы балаларды кезекке қою» (тізілім № 00604011) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен хат алмасуға жауапты тұлға ауыстырылғанын хабарлаймыз.

Бұрынғы жауапты тұлға — Серікбаева Динара Қайратқызы (еңбек демалысына байланысты).
Жаңа жауапты тұлға — мектепке дейінгі білім беру бөлімінің бас маманы Төлеуханов Асқар Бағдатұлы, 2027 жылғы 9 ақпаннан бастап.

Байланыс телефоны: 8 (7212) 41-05-66
Электрондық пошта: a.toleukhanov@bilim.karaganda.gov.kz

Басшының орынбасары                                     Г. Жұмабекова
"""
    data = eml(("Білім басқармасы кеңсесі", "kense@bilim.karaganda.gov.kz"), "Жауапты тұлғаның ауысуы туралы", "Mon, 08 Feb 2027 15:05:33 +0600", body,
               msgid="<03-14-522.kk@bilim.karaganda.gov.kz>")
    put("r07-replace-kk-plain.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "kk",
          "responsible": person("Төлеуханов Асқар Бағдатұлы", position="мектепке дейінгі білім беру бөлімінің бас маманы",
                                phone="87212410566", email="a.toleukhanov@bilim.karaganda.gov.kz"),
          "previous_responsible": {"full_name": "Серікбаева Динара Қайратқызы"},
          "effective_date": "2027-02-09", "services": [{"registry_number": "00604011"}]}],
        {"agency": a, "services": svc(("00604011", "Постановка на очередь детей дошкольного возраста (до 7 лет) для направления в детские дошкольные организации")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Төлеуханов А.Б. from 2027-02-09"},
        "Kazakh, previous named because of leave but a real replacement, effective date in Kazakh form")


def r08():
    a = ag("Министерство экологии и природных ресурсов Республики Казахстан", "kanc@ecogeo.gov.kz", "190740021066")
    order = make_docx([
        ("МИНИСТЕРСТВО ЭКОЛОГИИ И ПРИРОДНЫХ РЕСУРСОВ РЕСПУБЛИКИ КАЗАХСТАН", "bc"),
        ("ПРИКАЗ ОТВЕТСТВЕННОГО СЕКРЕТАРЯ", "bc"),
        ("г. Астана                                  «11» февраля 2027 года                                  № 118-ө", "c"),
        ("Об определении ответственных лиц за взаимодействие с Единым контакт-центром", "b"),
        ("В соответствии с пунктом 7 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг, а также в связи с кадровыми изменениями в Комитете экологического регулирования и контроля, ПРИКАЗЫВАЮ:", ""),
        ("1. Возложить обязанности ответственного лица за представление информации в Единый контакт-центр и проведение обучения по государственным услугам, указанным в приложении к настоящему приказу, на главного эксперта Управления разрешительных процедур Комитета экологического регулирования и контроля Дюсенбаева Ержана Талгатовича (тел. 8 (7172) 74-08-93, e.dyusenbayev@ecogeo.gov.kz).", ""),
        ("2. Признать утратившим силу приказ ответственного секретаря от 14 сентября 2026 года № 402-ө «Об определении ответственных лиц», которым ответственным лицом была определена Абдрахманова Салтанат Ерболовна.", ""),
        ("3. Настоящий приказ вступает в силу с 15 февраля 2027 года.", ""),
        ("Ответственный секретарь                                        Т. Жанузаков", "b"),
        ("Приложение к приказу № 118-ө", "r"),
        ("Перечень государственных услуг", "c"),
    ], table=[["№", "Реестровый номер", "Наименование услуги"],
              ["1", "01201004", "Выдача экологического разрешения на воздействие для объектов I категории"],
              ["2", "01201009", "Выдача заключения государственной экологической экспертизы для объектов I категории"]],
       table_after=10)
    body = """Добрый день!
Во исполнение п.7 Правил направляем приказ № 118-ө от 11.02.2027 о замене ответственного лица. Просим внести изменения в базу ЕКЦ.

--
Департамент документационного обеспечения
Министерство экологии и природных ресурсов РК
Данное сообщение и любые вложения к нему являются конфиденциальными и предназначены исключительно для адресата.
"""
    data = eml(("ДДО МЭПР", "kanc@ecogeo.gov.kz"), "О замене ответственного лица (приказ 118-ө)", "Fri, 12 Feb 2027 12:20:00 +0600", body,
               msgid="<118o-20270212@ecogeo.gov.kz>", attachments=[("Приказ 118-ө от 11.02.2027.docx", order, DOCX_T)])
    put("r08-replace-order-docx-table.eml", data,
        [{"part": "Приказ 118-ө от 11.02.2027.docx", "kind": "responsible_change", "language": "ru",
          "responsible": person("Дюсенбаев Ержан Талгатович", phone="87172740893", email="e.dyusenbayev@ecogeo.gov.kz"),
          "previous_responsible": {"full_name": "Абдрахманова Салтанат Ерболовна"},
          "effective_date": "2027-02-15",
          "services": [{"registry_number": "01201004"}, {"registry_number": "01201009"}]}],
        {"agency": a, "services": svc(("01201004", "Выдача экологического разрешения на воздействие для объектов I категории"), ("01201009", "Выдача заключения государственной экологической экспертизы для объектов I категории")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Дюсенбаев Е.Т. from 2027-02-15 for both services"},
        "DOCX order, 'возложить на ... Дюсенбаева' (accusative inside long phrase), services in annex table, previous in old-order clause")


def r09():
    a = ag("Отдел предпринимательства и сельского хозяйства акимата города Риддер", "ridder-kas@vko.gov.kz", "050440017320")
    body = """Единому контакт-центру

Отдел предпринимательства и сельского хозяйства г. Риддер на Ваш запрос № ЕКЦ-2027/402 от 04.02.2027 г. сообщает: ответственный за представление информации и обучение - Цой Вадим, специалист 1 категории, тел. 8(72336)4-12-90, эл. адрес v.tsoy@ridder.vko.gov.kz.

Руководитель отдела                Жанболатов Е.
"""
    data = eml(("Отдел предпринимательства Риддер", "ridder-kas@vko.gov.kz"), "на ЕКЦ-2027/402", "Mon, 08 Feb 2027 08:55:02 +0600", body,
               charset="koi8-r", msgid="<5511.ridder@vko.gov.kz>", reply_to_id="<ekc-2027-402@ekc.gov.kz>")
    put("r09-appoint-koi8-nopatronymic.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Цой Вадим", position="специалист 1 категории", phone="87233641290", email="v.tsoy@ridder.vko.gov.kz"),
          "previous_responsible": None}],
        {"agency": a, "services": svc(("00901021", "Выдача справки, подтверждающей принадлежность заявителя (семьи) к личному подсобному хозяйству")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/402", "2027-02-04", "Запрос информации по государственной услуге 00901021"),
         "expected_effect": "record Цой Вадим as responsible person"},
        "koi8-r, short, no patronymic, signer in 'Surname I.' form must not be taken")


def r10():
    a = ag("Управление финансов Туркестанской области", "kanc@qarjy.turkistan.gov.kz", "181240028871")
    text = """ТҮРКІСТАН ОБЛЫСЫНЫҢ ҚАРЖЫ БАСҚАРМАСЫ
УПРАВЛЕНИЕ ФИНАНСОВ ТУРКЕСТАНСКОЙ ОБЛАСТИ

161200, Түркістан қ., Жаңа қала ш.а., 32 көше, № 20

№ 06-11/314                                              15.02.2027

Бірыңғай байланыс орталығы
Единый контакт-центр

Хабарлама / Уведомление

Мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға 2027 жылғы 16 ақпаннан бастап — Ысқақов Бауыржан Мұратұлы (бұрын — Әлімбетова Гүлжан).

Сообщаем, что с 16 февраля 2027 года ответственным за взаимодействие с Единым контакт-центром по государственным услугам управления вместо Алимбетовой Гулжан является Ыскаков Бауыржан Муратович, главный специалист отдела бюджетного планирования.

Тел.: +7 (72533) 5-44-17
E-mail: b.yskakov@qarjy.turkistan.gov.kz

Басшы / Руководитель                                   Н. Оразалиев
"""
    put("r10-replace-bilingual.txt", text,
        [{"part": "r10-replace-bilingual.txt", "kind": "responsible_change",
          "responsible": {"phone": "+77253354417", "email": "b.yskakov@qarjy.turkistan.gov.kz"},
          "effective_date": "2027-02-16"}],
        {"agency": a, "services": svc(("00402007", "Регистрация бюджетных программ (подпрограмм) местных бюджетов"), ("00402011", "Выдача справки о погашении бюджетного кредита")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Ысқақов/Ыскаков Б.М. from 2027-02-16 for all the agency's services"},
        "bilingual kk/ru, the name spelled differently in each language (key leaves full_name out), services not named")


def r11():
    a = ag("Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "kms@mvd.gov.kz", "100240012504")
    body = """Единый контакт-центр
Касательно: ЕКЦ-2027/455 от 10.02.2027

Уважаемая Айгерим Сериковна!

Благодарим за направленный запрос. Комитет миграционной службы подтверждает готовность к взаимодействию в рамках Правил.

По государственным услугам:
  00204016 — Выдача разрешения на временное проживание иностранцам и лицам без гражданства;
  00204022 — Продление срока временного пребывания иностранцев;
  00204031 — Выдача вида на жительство иностранца в Республике Казахстан,
ответственным лицом за представление информации в Единый контакт-центр и проведение обучения определен старший инспектор Управления миграционного контроля подполковник полиции Нурмаганбетов Алмас Кайратович.

Служебный телефон: 8 (7172) 71-57-30; внутр. 1183.
Эл. почта: a.nurmaganbetov@mvd.gov.kz

Обращаем внимание, что по вопросам, связанным с информацией ограниченного распространения, ответственное лицо руководствуется требованиями законодательства о служебной информации.

С уважением,
Заместитель председателя Комитета
полковник полиции                                     Р. Абенов

Исп. Нурмаганбетов А.К.
"""
    data = eml(("КМС МВД РК", "kms@mvd.gov.kz"), "Ответ на запрос ЕКЦ-2027/455", "Fri, 12 Feb 2027 17:10:45 +0600", body,
               msgid="<455-otvet.kms@mvd.gov.kz>", reply_to_id="<ekc-2027-455@ekc.gov.kz>", cte="qp")
    put("r11-appoint-three-services-qp.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Нурмаганбетов Алмас Кайратович", phone="87172715730", email="a.nurmaganbetov@mvd.gov.kz"),
          "previous_responsible": None,
          "services": [{"registry_number": "00204016"}, {"registry_number": "00204022"}, {"registry_number": "00204031"}]}],
        {"agency": a, "services": svc(("00204016", "Выдача разрешения на временное проживание иностранцам и лицам без гражданства"), ("00204022", "Продление срока временного пребывания иностранцев"), ("00204031", "Выдача вида на жительство иностранца в Республике Казахстан")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/455", "2027-02-10", "Запрос информации по государственным услугам"),
         "expected_effect": "record Нурмаганбетов А.К. as responsible for the three services"},
        "quoted-printable, rank words between position and name, an addressee's name in the greeting (not the responsible), 'служебная информация' sentence that is NOT a refusal")


def r12():
    a = ag("Акимат Бурабайского района Акмолинской области", "burabay-akimat@akmo.gov.kz", "990140004276")
    order = make_pdf([
        "**АҚМОЛА ОБЛЫСЫ БУРАБАЙ АУДАНЫ ӘКІМДІГІ",
        "**АКИМАТ БУРАБАЙСКОГО РАЙОНА АКМОЛИНСКОЙ ОБЛАСТИ",
        "",
        "**ӨКІМ / РАСПОРЯЖЕНИЕ",
        "Щучинск қ.                       2027 жылғы 17 ақпан                       № 52",
        "",
        "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға туралы",
        "",
        "1. Аудан әкімі аппаратының жер қатынастары бөлімінің бас маманы Мейрамов Ерсін Болатұлы Бірыңғай байланыс орталығымен хат алмасуға жауапты тұлға болып тағайындалсын.",
        "2. Бұрын жауапты болып белгіленген Қалиев Жасұлан Нұрланұлы осы міндеттен босатылсын.",
        "3. Мейрамов Е.Б. байланыс деректерін (тел. 8 (71636) 4-22-81, e.meiramov@burabay.akmo.gov.kz) Бірыңғай байланыс орталығына бес жұмыс күні ішінде жіберсін.",
        "4. Осы өкім 2027 жылғы 22 ақпаннан бастап қолданысқа енгізіледі.",
        "",
        "Аудан әкімі                                                    Қ. Сапаров",
    ])
    body = "Бұрынғы хат алмасу бойынша. Өкім тіркелді.\n\n-- \nБурабай ауданы әкімдігі, құжаттамалық қамтамасыз ету бөлімі\n"
    data = eml(("Бурабай әкімдігі", "burabay-akimat@akmo.gov.kz"), "Өкім № 52 (ЕКЦ)", "Wed, 17 Feb 2027 18:00:00 +0600", body,
               msgid="<52-okim@burabay.akmo.gov.kz>", attachments=[("okim_52_17022027.pdf", order, PDF_T)])
    put("r12-replace-kk-okim-pdf.eml", data,
        [{"part": "okim_52_17022027.pdf", "kind": "responsible_change", "language": "kk",
          "responsible": person("Мейрамов Ерсін Болатұлы", phone="87163642281", email="e.meiramov@burabay.akmo.gov.kz"),
          "previous_responsible": {"full_name": "Қалиев Жасұлан Нұрланұлы"},
          "effective_date": "2027-02-22"}],
        {"agency": a, "services": svc(("02415011", "Выдача решения на изменение целевого назначения земельного участка")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Мейрамов Е.Б. from 2027-02-22"},
        "Kazakh өкім (not бұйрық) in PDF, bilingual letterhead, effective date in Kazakh ablative")


def r13():
    a = ag("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kanc@mdai.gov.kz", "190240014507")
    body = """Коллеги, добрый день.

В связи с уходом в отпуск по уходу за ребенком Мухтаровой Жанар Ерлановны, с 1 марта 2027 г. ответственным за взаимодействие с ЕКЦ и представление информации по госуслуге 00301138 «Выдача разрешения на использование радиочастотного спектра» будет Ахметжанов Тимур Русланович, эксперт Департамента радиочастотного ресурса.

Прошу все дальнейшие запросы по указанной услуге направлять на его адрес: t.akhmetzhanov@mdai.gov.kz, тел. +7 7172 55-04-32.

Старые письма, адресованные Мухтаровой Ж.Е., он получит, переадресацию мы настроили.

С уважением,
Ахметжанов Т.
Эксперт ДРЧР МЦРИАП РК
"""
    data = eml(("Ахметжанов Тимур", "t.akhmetzhanov@mdai.gov.kz"), "Смена контактного лица по услуге 00301138", "Thu, 25 Feb 2027 14:22:08 +0600", body,
               msgid="<CAF3x8Zq1@mdai.gov.kz>", cc="kanc@mdai.gov.kz")
    put("r13-replace-maternity.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Ахметжанов Тимур Русланович", position="эксперт Департамента радиочастотного ресурса",
                                email="t.akhmetzhanov@mdai.gov.kz", phone="+77172550432"),
          "previous_responsible": {"full_name": "Мухтарова Жанар Ерлановна"},
          "effective_date": "2027-03-01", "services": [{"registry_number": "00301138"}]}],
        {"agency": a, "services": svc(("00301138", "Выдача разрешения на использование радиочастотного спектра")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Ахметжанов Т.Р. from 2027-03-01"},
        "written by the new person himself, previous in genitive in a subordinate clause, Cc header")


def r14():
    a = ag("Управление архитектуры и градостроительства города Актобе", "arch@aktobe.gov.kz", "100540009112")
    order = make_docx([
        ("АҚТӨБЕ ҚАЛАСЫНЫҢ СӘУЛЕТ ЖӘНЕ ҚАЛА ҚҰРЫЛЫСЫ БАСҚАРМАСЫ", "bc"),
        ("УПРАВЛЕНИЕ АРХИТЕКТУРЫ И ГРАДОСТРОИТЕЛЬСТВА ГОРОДА АКТОБЕ", "bc"),
        ("БҰЙРЫҚ                                                                                      ПРИКАЗ", "b"),
        ("01.03.2027                                                                                     № 19-ж/қ", ""),
        ("О назначении ответственного лица", "b"),
        ("Во исполнение запроса Единого контакт-центра от 24.02.2027 № ЕКЦ-2027/518, ПРИКАЗЫВАЮ:", ""),
        ("1. Назначить главного специалиста отдела выдачи архитектурно-планировочных заданий Ли Максима Олеговича ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге «Выдача архитектурно-планировочного задания» (реестровый номер 00705009).", ""),
        ("2. Ли М.О. (тел.: 8 (7132) 55-19-70, эл. почта: m.li@arch.aktobe.gov.kz) обеспечить представление сведений по форме Приложения 1 в течение пяти рабочих дней.", ""),
        ("3. Контроль за исполнением приказа возложить на заместителя руководителя Сагинтаева Армана Бекболатовича.", ""),
        ("Руководитель                                                          А. Есенгельдиев", "b"),
        ("Ознакомлен: ____________ Ли М.О.    «01» 03 2027 г.", ""),
    ])
    put("r14-appoint-order-plain.docx", order,
        [{"part": "r14-appoint-order-plain.docx", "kind": "responsible_change", "language": "ru",
          "responsible": person("Ли Максим Олегович", phone="87132551970", email="m.li@arch.aktobe.gov.kz"),
          "previous_responsible": None, "services": [{"registry_number": "00705009"}]}],
        {"agency": a, "services": svc(("00705009", "Выдача архитектурно-планировочного задания")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/518", "2027-02-24", "Запрос информации по государственной услуге 00705009"),
         "expected_effect": "record Ли М.О. as responsible for 00705009"},
        "plain DOCX order, two-letter indeclinable surname Ли in accusative, deputy named in control clause as a distractor")


def r15():
    a = ag("Департамент юстиции Северо-Казахстанской области", "dju-sko@adilet.gov.kz", "951240000417")
    body = """Единый контакт-центр

Департамент юстиции Северо-Казахстанской области уведомляет о замене ответственного лица за взаимодействие с Единым контакт-центром по государственной услуге «Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов» (реестровый номер 00803015).

Прежнее ответственное лицо: Гончарова Наталья Сергеевна, главный специалист (уволена по собственному желанию 26.02.2027).
Новое ответственное лицо: Тургумбаева Индира Жанатовна, главный специалист отдела регистрации актов гражданского состояния и апостиля.
Телефон: 8 (7152) 46-31-02
Электронная почта: i.turgumbayeva@adilet.gov.kz
Дата назначения: 01.03.2027

Руководитель департамента                          М. Утегенов
"""
    data = eml(("ДЮ СКО", "dju-sko@adilet.gov.kz"), "Уведомление о замене ответственного лица", "Tue, 02 Mar 2027 09:12:00 +0600", body,
               charset="windows-1251", cte="8bit", msgid="<zam-0302@dju-sko.adilet.gov.kz>")
    put("r15-replace-labelled-1251-8bit.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Тургумбаева Индира Жанатовна", position="главный специалист отдела регистрации актов гражданского состояния и апостиля",
                                phone="87152463102", email="i.turgumbayeva@adilet.gov.kz"),
          "previous_responsible": {"full_name": "Гончарова Наталья Сергеевна"},
          "effective_date": "2027-03-01", "services": [{"registry_number": "00803015"}]}],
        {"agency": a, "services": svc(("00803015", "Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Тургумбаева И.Ж. from 2027-03-01"},
        "windows-1251 8bit, labelled previous/new, two dates (dismissal and appointment)")


def r16():
    a = ag("Управление по делам религий Восточно-Казахстанской области", "din@vko.gov.kz", "021140006690")
    body = """Добрый день, уважаемые коллеги!

Ваш запрос (исх. № ЕКЦ-2027/570 от 01.03.2027) о дополнительной информации по услуге 01503004 «Проведение религиоведческой экспертизы» получен. Сведения будут представлены в установленный срок.

Одновременно сообщаем, что в связи с выходом Байгазиновой Алии Темирбековны в трудовой отпуск с 09.03.2027 по 05.04.2027 временное исполнение её обязанностей, включая переписку с Единым контакт-центром и представление запрашиваемых сведений, возложено на ведущего специалиста отдела анализа Жакупова Руслана Ерлановича (тел. 8 (7232) 70-21-44, r.zhakupov@din.vko.gov.kz). Прошу ответ на указанный запрос и последующую корреспонденцию направлять ему.

С уважением,
руководитель отдела анализа и мониторинга
Оспанов Д.С.
"""
    data = eml(("Управление по делам религий ВКО", "din@vko.gov.kz"), "Re: ЕКЦ-2027/570 доп. информация 01503004", "Thu, 04 Mar 2027 10:45:00 +0600", body,
               msgid="<570-re@din.vko.gov.kz>", reply_to_id="<ekc-2027-570@ekc.gov.kz>")
    put("r16-leave-names-new-responsible.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Жакупов Руслан Ерланович", phone="87232702144", email="r.zhakupov@din.vko.gov.kz"),
          "previous_responsible": {"full_name": "Байгазинова Алия Темирбековна"},
          "effective_date": "2027-03-09", "services": [{"registry_number": "01503004"}]}],
        {"agency": a, "services": svc(("01503004", "Проведение религиоведческой экспертизы")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/570", "2027-03-01", "Запрос дополнительной информации по услуге 01503004"),
         "expected_effect": "replace responsible (temporarily, during leave) with Жакупов Р.Е. from 2027-03-09; information still awaited"},
        "leave with temporary duties that explicitly include correspondence with the centre; leave end date is a distractor")


def r17():
    a = ag("Государственное учреждение «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Кокшетау»", "zhkh-kokshetau@akmo.gov.kz", "070940011455")
    body = """Здравствуйте!

Отдел ЖКХ ПТ и АД г.Кокшетау по Вашему запросу исх. ЕКЦ-2027/583 от 03.03.2027 сообщает, что по услуге "Выдача справки о наличии либо отсутствии жилища (на праве собственности) по Республике Казахстан" (№00708021) ответственным за переписку с ЕКЦ является Серикова Жанна, главный специалист.
т.: 8 (7162) 25-66-03
zh.serikova@kokshetau.akmo.gov.kz

Руководитель отдела К.Абишев
"""
    raw = eml("zhkh-kokshetau@akmo.gov.kz", "ответ на ЕКЦ-2027/583", "Fri, 05 Mar 2027 12:00:14 +0600", body,
              msgid="<583.zhkh@kokshetau.akmo.gov.kz>", charset="cp1251", raw_body_nolabel=True,
              reply_to_id="<ekc-2027-583@ekc.gov.kz>")
    put("r17-appoint-nocharset-label.eml", raw,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Серикова Жанна", position="главный специалист", phone="87162256603", email="zh.serikova@kokshetau.akmo.gov.kz"),
          "previous_responsible": None, "services": [{"registry_number": "00708021"}]}],
        {"agency": a, "services": svc(("00708021", "Выдача справки о наличии либо отсутствии жилища (на праве собственности) по Республике Казахстан")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/583", "2027-03-03", "Запрос информации по государственной услуге 00708021"),
         "expected_effect": "record Серикова Жанна as responsible person"},
        "cp1251 bytes with no charset label at all, no patronymic")


def r18():
    a = ag("Министерство энергетики Республики Казахстан", "kanc@energo.gov.kz", "141240016622")
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="font-family: Arial, sans-serif; font-size: 14px">
<p>Единому контакт-центру</p>
<p>На исх. № ЕКЦ-2027/601 от 05.03.2027</p>
<p>Министерство энергетики Республики Казахстан, рассмотрев запрос Единого контакт-центра, сообщает, что за представление информации и проведение обучения по государственным услугам:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Реестровый №</th><th>Наименование</th></tr>
<tr><td>01305002</td><td>Выдача лицензии на деятельность по эксплуатации магистральных газопроводов</td></tr>
<tr><td>01305008</td><td>Выдача лицензии на деятельность по эксплуатации магистральных нефтепроводов</td></tr>
</table>
<p>закреплен главный эксперт Департамента газовой промышленности <b>Ержанов Мирас Жарылкасынович</b>.</p>
<p>Контактные данные: рабочий тел. +7 (7172) 78-69-13, электронная почта m.yerzhanov@energo.gov.kz.</p>
<p>Вице-министр &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Б. Акчулаков</p>
<hr><p style="font-size:11px;color:#888">Отправлено через систему Webmail energo.gov.kz</p>
</div></body></html>"""
    data = eml(("Министерство энергетики РК", "kanc@energo.gov.kz"), "Ответ на ЕКЦ-2027/601", "Tue, 09 Mar 2027 16:05:09 +0600", None,
               html=html, msgid="<wm-601-ans@energo.gov.kz>", reply_to_id="<ekc-2027-601@ekc.gov.kz>")
    put("r18-appoint-webmail-html-table.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Ержанов Мирас Жарылкасынович", position="главный эксперт Департамента газовой промышленности",
                                phone="+77172786913", email="m.yerzhanov@energo.gov.kz"),
          "previous_responsible": None,
          "services": [{"registry_number": "01305002"}, {"registry_number": "01305008"}]}],
        {"agency": a, "services": svc(("01305002", "Выдача лицензии на деятельность по эксплуатации магистральных газопроводов"), ("01305008", "Выдача лицензии на деятельность по эксплуатации магистральных нефтепроводов")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/601", "2027-03-05", "Запрос информации по государственным услугам"),
         "expected_effect": "record Ержанов М.Ж. as responsible for both services"},
        "webmail HTML-only utf-8, services in an HTML table before the name, verb 'закреплен'")


def r19():
    a = ag("Маңғыстау облысы әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "kense@enbek.mangystau.gov.kz", "050240018843")
    order = make_docx([
        ("МАҢҒЫСТАУ ОБЛЫСЫ ӘКІМДІГІНІҢ ЖҰМЫСПЕН ҚАМТУДЫ ҮЙЛЕСТІРУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ", "bc"),
        ("БҰЙРЫҚ", "bc"),
        ("Ақтау қаласы                                    2027 жылғы «10» наурыз                                    № 63-жқ", ""),
        ("Жауапты тұлғаны ауыстыру туралы", "b"),
        ("Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 7-тармағына сәйкес БҰЙЫРАМЫН:", ""),
        ("1. «Мүгедектігі бар адамдарға санаторий-курорттық емдеу ұсыну» (00602044) және «Мүгедектігі бар адамдарды міндетті гигиеналық құралдармен қамтамасыз ету» (00602047) мемлекеттік көрсетілетін қызметтері бойынша Бірыңғай байланыс орталығымен хат алмасу және ақпарат беру міндеті әлеуметтік көмек бөлімінің бас маманы Құрманғалиева Әйгерім Серікқызына жүктелсін.", ""),
        ("2. Осы міндеттер бөлім басшысының орынбасары Досмағамбетов Ринат Тілеуұлынан алынсын.", ""),
        ("3. Құрманғалиева Ә.С. байланыс деректері: +7 (7292) 30-14-58, a.kurmangaliyeva@enbek.mangystau.gov.kz.", ""),
        ("4. Бұйрық 2027 жылғы 15 наурыздан бастап күшіне енеді.", ""),
        ("Басшы                                                         Е. Тілеубердиев", "b"),
    ])
    body = "Сәлеметсіз бе!\nЖауапты тұлғаны ауыстыру туралы бұйрықты жібереміз.\nҚұрметпен, кеңсе\n\nЗдравствуйте! Направляем приказ о замене ответственного лица.\n"
    data = eml(("Кеңсе / Канцелярия", "kense@enbek.mangystau.gov.kz"), "Бұйрық № 63-жқ / Приказ № 63-жқ", "Thu, 11 Mar 2027 11:11:11 +0500", body,
               msgid="<63zhq@enbek.mangystau.gov.kz>", attachments=[("Buiryq_63-zhq.docx", order, DOCX_T)])
    put("r19-replace-kk-dative.eml", data,
        [{"part": "Buiryq_63-zhq.docx", "kind": "responsible_change", "language": "kk",
          "responsible": person("Құрманғалиева Әйгерім Серікқызы", phone="+77292301458", email="a.kurmangaliyeva@enbek.mangystau.gov.kz"),
          "previous_responsible": {"full_name": "Досмағамбетов Ринат Тілеуұлы"},
          "effective_date": "2027-03-15",
          "services": [{"registry_number": "00602044"}, {"registry_number": "00602047"}]}],
        {"agency": a, "services": svc(("00602044", "Предоставление санаторно-курортного лечения лицам с инвалидностью"), ("00602047", "Обеспечение лиц с инвалидностью обязательными гигиеническими средствами")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Құрманғалиева Ә.С. from 2027-03-15"},
        "Kazakh order: new person in dative (-қызына жүктелсін), previous in ablative (-ұлынан алынсын)")


def r20():
    a = ag("Комитет транспорта Министерства транспорта Республики Казахстан", "kt@mintrans.gov.kz", "190340028810")
    body = """Добрый день.

Сообщаем, что начиная с 15.03.2027 все вопросы по госуслугам Комитета транспорта, принятым ЕКЦ на консультирование, курирует Габдуллин Олжас Нурланович — главный эксперт Управления автомобильного транспорта (тел. 8 7172 75 43 90, o.gabdullin@mintrans.gov.kz). Просим обновить данные ответственного лица в Вашей базе.

--
С уважением,
пресс-служба / служба документооборота КТ МТ РК

-----Original Message-----
From: ЕКЦ <info@ekc.gov.kz>
Sent: Friday, March 5, 2027 3:10 PM
To: kt@mintrans.gov.kz
Subject: Ежемесячная сверка контактных данных

Уважаемые коллеги! Просим подтвердить актуальность сведений об ответственном лице (текущее ответственное лицо по нашим данным: Мамырова Сауле Кенжегалиевна).
"""
    data = eml(("Комитет транспорта", "kt@mintrans.gov.kz"), "RE: Ежемесячная сверка контактных данных", "Fri, 12 Mar 2027 10:30:00 +0600", body,
               msgid="<re-sverka.kt@mintrans.gov.kz>", reply_to_id="<sverka-0305@ekc.gov.kz>")
    put("r20-replace-quoted-previous-in-quote.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Габдуллин Олжас Нурланович", position="главный эксперт Управления автомобильного транспорта",
                                phone="87172754390", email="o.gabdullin@mintrans.gov.kz"),
          "effective_date": "2027-03-15"}],
        {"agency": a, "services": svc(("00303015", "Выдача удостоверения допуска к международным автомобильным перевозкам"), ("00303021", "Выдача разрешения на перевозку крупногабаритных грузов")),
         "awaiting": "consulting", "our_letter": ol("ЕКЦ-2027/612", "2027-03-05", "Ежемесячная сверка контактных данных"),
         "expected_effect": "replace responsible with Габдуллин О.Н. from 2027-03-15 for the committee's services"},
        "Outlook-style quoted original below; previous person named only in the quoted centre's message (key leaves previous out); verb 'курирует'")


def r21():
    a = ag("Атырау облысы әкімдігінің ветеринария басқармасы", "vet@atyrau.gov.kz", "061240013377")
    body = """Бірыңғай байланыс орталығына

Сіздің 2027 жылғы 10 наурыздағы № ЕКЦ-2027/633 сұрау салуыңызға жауап береміз.

«Ветеринариялық анықтама беру» (тізілім нөмірі 01102019) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға ретінде ветеринариялық қадағалау бөлімінің жетекші маманы Нұрғалиева Дана белгіленді.

Тел.: 8 (7122) 27-40-18
Эл. пошта: d.nurgaliyeva@vet.atyrau.gov.kz

Басқарма басшысы                                   Т. Кенжеғали
Орынд.: Д. Нұрғалиева
"""
    data = eml(("Ветеринария басқармасы", "vet@atyrau.gov.kz"), "ЕКЦ-2027/633 сұрауға жауап", "Mon, 15 Mar 2027 09:40:21 +0500", body,
               msgid="<633-zhauap@vet.atyrau.gov.kz>", reply_to_id="<ekc-2027-633@ekc.gov.kz>")
    put("r21-appoint-kk-nopatronymic.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "kk",
          "responsible": person("Нұрғалиева Дана", position="ветеринариялық қадағалау бөлімінің жетекші маманы",
                                phone="87122274018", email="d.nurgaliyeva@vet.atyrau.gov.kz"),
          "previous_responsible": None, "services": [{"registry_number": "01102019"}]}],
        {"agency": a, "services": svc(("01102019", "Выдача ветеринарной справки")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/633", "2027-03-10", "Запрос информации по государственной услуге 01102019"),
         "expected_effect": "record Нұрғалиева Дана as responsible"},
        "Kazakh, no patronymic, executor line with initial first")


def r22():
    a = ag("Управление образования города Алматы", "bilim@almaty.gov.kz", "990440002266")
    body = """Единый контакт-центр

Управление образования города Алматы в ответ на Ваше письмо ЕКЦ-2027/645 от 11.03.2027 года сообщает.

Сведения по государственной услуге 00606028 «Прием документов и зачисление в организации дополнительного образования для детей» будут подготовлены и направлены ответственным лицом управления. Просим дальнейшее взаимодействие по данной услуге, включая согласование даты обучения операторов ЕКЦ, осуществлять с Тасболатовым Азаматом Маратовичем, назначенным ответственным лицом приказом руководителя управления от 12.03.2027 № 214.

Контакты Тасболатова А.М.: 8 (727) 271-66-09, a.tasbolatov@bilim.almaty.gov.kz.

И.о. руководителя                                             Г. Сыздыкова
"""
    data = eml(("УО г.Алматы", "bilim@almaty.gov.kz"), "О назначении ответственного лица (на ЕКЦ-2027/645)", "Mon, 15 Mar 2027 17:58:00 +0600", body,
               msgid="<645@bilim.almaty.gov.kz>")
    put("r22-appoint-instrumental.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Тасболатов Азамат Маратович", phone="87272716609", email="a.tasbolatov@bilim.almaty.gov.kz"),
          "previous_responsible": None, "services": [{"registry_number": "00606028"}]}],
        {"agency": a, "services": svc(("00606028", "Прием документов и зачисление в организации дополнительного образования для детей")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/645", "2027-03-11", "Запрос информации по государственной услуге 00606028"),
         "expected_effect": "record Тасболатов А.М. as responsible"},
        "name only in instrumental case ('осуществлять с Тасболатовым ...'), order date is not the effective date (left out)")


def r23():
    a = ag("Комитет по регулированию естественных монополий Министерства национальной экономики Республики Казахстан", "krem@economy.gov.kz", "040340007744")
    d = make_docx([
        ("КОМИТЕТ ПО РЕГУЛИРОВАНИЮ ЕСТЕСТВЕННЫХ МОНОПОЛИЙ", "b"),
        ("010000, г. Астана, пр. Мәңгілік Ел, 8, Дом министерств, подъезд 4", ""),
        ("Исх. № 18-02/2290   от 17.03.2027", ""),
        ("Руководителю Единого контакт-центра", "r"),
        ("Уведомление о замене ответственного лица", "bc"),
        ("Комитет по регулированию естественных монополий сообщает, что с 22 марта 2027 года ответственным лицом за взаимодействие с Единым контакт-центром по государственной услуге «Утверждение тарифов на регулируемые услуги субъектов естественных монополий» (00506003) является:", ""),
        ("Шаймерденова Лаура Асхатовна — главный эксперт Управления методологии, тел. +7 (7172) 74-31-26, l.shaimerdenova@economy.gov.kz.", ""),
        ("Прошу внести соответствующие изменения в базу данных Единого контакт-центра.", ""),
        ("Председатель                                                        К. Айдарбеков", "b"),
    ])
    body = "Во вложении уведомление.\n"
    data = eml(("КРЕМ МНЭ РК", "krem@economy.gov.kz"), "Исх. 18-02/2290", "Wed, 17 Mar 2027 15:00:00 +0600", body,
               msgid="<18-02-2290@economy.gov.kz>", attachments=[("18-02-2290.docx", d, DOCX_T)])
    put("r23-replace-docx-letter-noprevious.eml", data,
        [{"part": "18-02-2290.docx", "kind": "responsible_change", "language": "ru",
          "responsible": person("Шаймерденова Лаура Асхатовна", position="главный эксперт Управления методологии",
                                phone="+77172743126", email="l.shaimerdenova@economy.gov.kz"),
          "previous_responsible": None, "effective_date": "2027-03-22",
          "services": [{"registry_number": "00506003"}]}],
        {"agency": a, "services": svc(("00506003", "Утверждение тарифов на регулируемые услуги субъектов естественных монополий")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Шаймерденова Л.А. from 2027-03-22"},
        "DOCX letter, replacement without naming the previous person, name-dash-position line")


def r24():
    a = ag("Отдел занятости и социальных программ Аральского района Кызылординской области", "aral-enbek@kyzylorda.gov.kz", "060640009851")
    text = """Қызылорда облысы Арал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі

2027 ж. 18 наурыз № 112

Бірыңғай байланыс орталығы

Бөлім Бірыңғай байланыс орталығымен хат алмасуға жауапты етіп бас маман Әлиев Ғалым Серікұлын 2027 жылғы 19 наурыздан бастап тағайындағанын хабарлайды. Бұған дейін бұл міндетті атқарған Жұмаділова Сәуле Әбенқызы аудандық әкімдікке ауысты.

Мемлекеттік көрсетілетін қызмет: «Атаулы әлеуметтік көмек тағайындау», тізілім нөмірі 00602001.

Байланыс: 8 (72433) 2-17-05, g.aliyev@aral.kyzylorda.gov.kz

Бөлім басшысы                                         Б. Оңғарбаев
"""
    put("r24-replace-kk-accusative.txt", text,
        [{"part": "r24-replace-kk-accusative.txt", "kind": "responsible_change", "language": "kk",
          "responsible": person("Әлиев Ғалым Серікұлы", phone="87243321705", email="g.aliyev@aral.kyzylorda.gov.kz"),
          "previous_responsible": {"full_name": "Жұмаділова Сәуле Әбенқызы"},
          "effective_date": "2027-03-19", "services": [{"registry_number": "00602001"}]}],
        {"agency": a, "services": svc(("00602001", "Назначение адресной социальной помощи")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Әлиев Ғ.С. from 2027-03-19"},
        "Kazakh .txt, new person in accusative (-ұлын), letter date and effective date adjacent")


def r25():
    a = ag("Управление предпринимательства и индустриально-инновационного развития Западно-Казахстанской области", "kense@kasipker.zko.gov.kz", "050340021189")
    d = make_pdf([
        "**УПРАВЛЕНИЕ ПРЕДПРИНИМАТЕЛЬСТВА И ИНДУСТРИАЛЬНО-ИННОВАЦИОННОГО РАЗВИТИЯ",
        "**ЗАПАДНО-КАЗАХСТАНСКОЙ ОБЛАСТИ",
        "090000, г. Уральск, ул. Достык-Дружба, 201, тел. 8 (7112) 50-44-10",
        "",
        "№ 01-17/875 от 19.03.2027                                  Единый контакт-центр",
        "                                                            на № ЕКЦ-2027/660 от 16.03.2027",
        "",
        "Управление предпринимательства и индустриально-инновационного развития Западно-Казахстанской области, рассмотрев Ваш запрос о назначении ответственного лица, сообщает.",
        "Приказом руководителя управления ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по следующим государственным услугам:",
        "1) «Выдача лицензии на оптовую реализацию алкогольной продукции» — 00507031;",
        "2) «Выдача лицензии на розничную реализацию алкогольной продукции» — 00507032;",
        "3) «Выдача лицензии на хранение и оптовую реализацию алкогольной продукции на территории ее производства» — 00507035",
        "определен главный специалист отдела лицензирования Сапаргали Ерболат Нурланулы.",
        "Телефон: 8 (7112) 50-44-27. Электронный адрес: e.sapargali@kasipker.zko.gov.kz.",
        "",
        "Руководитель управления                                         Д. Имангалиев",
        "",
        "Исп.: Утешева М., 50-44-15",
    ])
    body = "Добрый день! Ответ на ваш запрос во вложении (PDF).\nКанцелярия УПИИР ЗКО"
    data = eml(("Канцелярия УПИИР ЗКО", "kense@kasipker.zko.gov.kz"), "на № ЕКЦ-2027/660", "Fri, 19 Mar 2027 16:16:16 +0500", body,
               msgid="<01-17-875@kasipker.zko.gov.kz>", reply_to_id="<ekc-2027-660@ekc.gov.kz>",
               attachments=[("01-17-875 ответ ЕКЦ.pdf", d, PDF_T)])
    put("r25-appoint-pdf-three-services-uly.eml", data,
        [{"part": "01-17-875 ответ ЕКЦ.pdf", "kind": "responsible_change", "language": "ru",
          "responsible": person("Сапаргали Ерболат Нурланулы", position="главный специалист отдела лицензирования",
                                phone="87112504427", email="e.sapargali@kasipker.zko.gov.kz"),
          "previous_responsible": None,
          "services": [{"registry_number": "00507031"}, {"registry_number": "00507032"}, {"registry_number": "00507035"}]}],
        {"agency": a, "services": svc(("00507031", "Выдача лицензии на оптовую реализацию алкогольной продукции"), ("00507032", "Выдача лицензии на розничную реализацию алкогольной продукции"), ("00507035", "Выдача лицензии на хранение и оптовую реализацию алкогольной продукции на территории ее производства")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/660", "2027-03-16", "Запрос информации по государственным услугам"),
         "expected_effect": "record Сапаргали Е.Н. as responsible for three services"},
        "PDF letter, Kazakh-style patronymic -улы in a Russian letter, surname without -ов, agency phone in letterhead and executor phone as distractors")


def r26():
    a = ag("Аппарат акима города Талдыкорган", "akimat@taldykorgan.gov.kz", "990340007712")
    body = """Единому контакт-центру

Уважаемые коллеги!

Аппарат акима города Талдыкорган, руководствуясь п. 7 Правил взаимодействия Единого контакт-центра, уведомляет о следующем.

Распоряжением акима города от 22 марта 2027 года № 88-р функции ответственного лица по взаимодействию с Единым контакт-центром по государственной услуге «Выдача справки о регистрации (отсутствии регистрации) в качестве безработного» (00601003) поручены главному специалисту отдела документационного обеспечения Исмаиловой Гульмире Рашидовне (ранее — Кабдолову Нурболу Сакеновичу, переведенному в аппарат акима области).

Исмаилова Г.Р. приступает к исполнению обязанностей ответственного лица с 24 марта 2027 года.
Телефон: 8 (7282) 24-09-37. E-mail: g.ismailova@taldykorgan.gov.kz

Заместитель руководителя аппарата                                  Н. Есимбеков
"""
    data = eml(("Аппарат акима г.Талдыкорган", "akimat@taldykorgan.gov.kz"), "Уведомление по п.7 Правил", "Tue, 23 Mar 2027 12:40:00 +0500", body,
               msgid="<88r-ekc@taldykorgan.gov.kz>")
    put("r26-replace-dative.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Исмаилова Гульмира Рашидовна", phone="87282240937", email="g.ismailova@taldykorgan.gov.kz"),
          "previous_responsible": {"full_name": "Кабдолов Нурбол Сакенович"},
          "effective_date": "2027-03-24", "services": [{"registry_number": "00601003"}]}],
        {"agency": a, "services": svc(("00601003", "Выдача справки о регистрации (отсутствии регистрации) в качестве безработного")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Исмаилова Г.Р. from 2027-03-24"},
        "both new and previous in dative ('поручены ... Исмаиловой', 'ранее — Кабдолову'), order date vs start date")


def r27():
    a = ag("Департамент Комитета по правовой статистике и специальным учетам Генеральной прокуратуры по Жетысуской области", "zhetisu@pravstat.gov.kz", "220940005528")
    order = make_docx([
        ("ПРИКАЗ", "bc"),
        ("№ 31-ж                                                                                   от 24.03.2027", ""),
        ("г. Талдыкорган", "c"),
        ("О временном возложении обязанностей", "b"),
        ("В связи с трудовым отпуском главного специалиста Смагуловой Айжан Куанышевны с 29.03.2027 по 25.04.2027 ПРИКАЗЫВАЮ:", ""),
        ("1. Временно, на период отсутствия Смагуловой А.К., возложить на старшего специалиста отдела учетов Карабаева Ермека Толеутаевича обязанности ответственного лица за взаимодействие с Единым контакт-центром, в том числе за ведение переписки и представление информации по государственной услуге «Выдача справки о наличии либо отсутствии сведений о судимости» (01601001).", ""),
        ("2. Карабаеву Е.Т. (тел. 8 (7282) 41-77-20, e.karabayev@pravstat.gov.kz) уведомить Единый контакт-центр о принятии обязанностей.", ""),
        ("3. Контроль за исполнением настоящего приказа оставляю за собой.", ""),
        ("Руководитель департамента                                              С. Бекмуханов", "b"),
    ])
    body = """Здравствуйте,
направляю копию приказа о временном возложении обязанностей на период отпуска. Прошу на время отпуска Смагуловой А.К. все письма по услуге 01601001 направлять мне.

Карабаев Ермек
ст. специалист отдела учетов
"""
    data = eml(("Карабаев Ермек", "e.karabayev@pravstat.gov.kz"), "Приказ 31-ж (временно ответственный)", "Thu, 25 Mar 2027 09:05:00 +0500", body,
               msgid="<31zh@zhetisu.pravstat.gov.kz>", attachments=[("Приказ_31-ж.docx", order, DOCX_T)])
    put("r27-leave-temporary-order.eml", data,
        [{"part": "Приказ_31-ж.docx", "kind": "responsible_change", "language": "ru",
          "responsible": person("Карабаев Ермек Толеутаевич", phone="87282417720", email="e.karabayev@pravstat.gov.kz"),
          "previous_responsible": {"full_name": "Смагулова Айжан Куанышевна"},
          "effective_date": "2027-03-29", "services": [{"registry_number": "01601001"}]}],
        {"agency": a, "services": svc(("01601001", "Выдача справки о наличии либо отсутствии сведений о судимости")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "temporarily replace responsible with Карабаев Е.Т. from 2027-03-29 (leave until 2027-04-25)"},
        "temporary duties during leave that explicitly name the new person for correspondence; leave end date is a distractor")


def r28():
    a = ag("Министерство сельского хозяйства Республики Казахстан", "kanc@moa.gov.kz", "100140011059")
    body = """Единый контакт-центр
на исх. ЕКЦ-2027/690 от 22.03.2027 г.

Министерство сельского хозяйства Республики Казахстан (далее – Министерство) в ответ на запрос о назначении ответственного лица по государственной услуге «Субсидирование стоимости удобрений (за исключением органических)» (реестровый номер 00911046) сообщает следующее.

В соответствии с внутренним распределением обязанностей в Департаменте земледелия за представление информации в Единый контакт-центр, подготовку ответов на его запросы и проведение обучения сотрудников Единого контакт-центра отвечает главный эксперт Управления агрохимии и удобрений Абдуллаева Севара Рустамовна.

Контактная информация ответственного лица:
раб. тел.: +7 (7172) 55-58-71
моб.: +7 777 214 66 05
эл. почта: s.abdullayeva@moa.gov.kz

Дополнительно информируем, что в соответствии с пунктом 8 Правил обучение сотрудников Единого контакт-центра может быть проведено в формате видеоконференцсвязи после согласования даты с ответственным лицом.

Директор Департамента земледелия                                      А. Шалабаев

Исп.: Абдуллаева С.Р.
"""
    data = eml(("МСХ РК", "kanc@moa.gov.kz"), "Ответ на ЕКЦ-2027/690", "Thu, 25 Mar 2027 18:20:00 +0600", body,
               msgid="<690-otvet@moa.gov.kz>", reply_to_id="<ekc-2027-690@ekc.gov.kz>")
    put("r28-appoint-two-phones.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Абдуллаева Севара Рустамовна", position="главный эксперт Управления агрохимии и удобрений",
                                email="s.abdullayeva@moa.gov.kz"),
          "previous_responsible": None, "services": [{"registry_number": "00911046"}]}],
        {"agency": a, "services": svc(("00911046", "Субсидирование стоимости удобрений (за исключением органических)")),
         "awaiting": "appointment", "our_letter": ol("ЕКЦ-2027/690", "2027-03-22", "Запрос информации по государственной услуге 00911046"),
         "expected_effect": "record Абдуллаева С.Р. as responsible"},
        "long bureaucratic letter, 'отвечает' verb, two phones (key leaves phone out)")


def r29():
    a = ag("Управление природных ресурсов и регулирования природопользования Улытауской области", "tabigat@ulytau.gov.kz", "220840017705")
    html = """<div dir="ltr"><div>Сәлеметсіз бе! / Здравствуйте!</div><div><br></div>
<div>Ұлытау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы 2027 жылғы 1 сәуірден бастап Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға ретінде бас маман <b>Қожахметова Меруерт Асанқызын</b> тағайындағанын хабарлайды (бұрын — Ахметов Серік Қайратұлы).</div>
<div><br></div>
<div>Управление сообщает, что с 1 апреля 2027 года ответственным лицом за взаимодействие с Единым контакт-центром назначена главный специалист Кожахметова Меруерт Асановна (ранее — Ахметов Серик Кайратович).</div>
<div><br></div>
<div>Тел.: 8 (7102) 71-30-44<br>E-mail: <a href="mailto:m.kozhakhmetova@tabigat.ulytau.gov.kz">m.kozhakhmetova@tabigat.ulytau.gov.kz</a></div>
<div>Тізілім нөмірі / реестровый номер: 01203012</div>
<div><br></div><div>-- <br><div dir="ltr" class="gmail_signature">Басқарма кеңсесі / Канцелярия управления<br>г. Жезказган</div></div></div>"""
    text = ("Сәлеметсіз бе! / Здравствуйте!\n\nҰлытау облысының табиғи ресурстар ... (см. HTML-версию)\n")
    data = eml(("Tabigat Ulytau", "tabigat@ulytau.gov.kz"), "Жауапты тұлға / Ответственное лицо", "Mon, 29 Mar 2027 10:00:00 +0500", text,
               html=html, msgid="<CAKx9-ulytau-0329@tabigat.ulytau.gov.kz>")
    put("r29-replace-bilingual-gmail.eml", data,
        [{"part": "body", "kind": "responsible_change",
          "responsible": {"phone": "87102713044", "email": "m.kozhakhmetova@tabigat.ulytau.gov.kz"},
          "effective_date": "2027-04-01", "services": [{"registry_number": "01203012"}]}],
        {"agency": a, "services": svc(("01203012", "Выдача разрешения на специальное водопользование")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Қожахметова/Кожахметова М.А. from 2027-04-01"},
        "webmail multipart/alternative (Gmail-like markup) whose plain part is a stub; bilingual with the name spelled two ways (full_name left out of key)")


def r30():
    a = ag("Комитет индустриального развития Министерства промышленности и строительства Республики Казахстан", "kid@mps.gov.kz", "190640012230")
    body = """Добрый день!

Во исполнение пункта 7 Правил взаимодействия ЕКЦ сообщаем о замене ответственного лица по госуслугам 00701044 и 00701052.

Ранее ответственным лицом являлся Жунусов Талгат Абаевич (уволен).
С 05.04.2027 г. ответственное лицо — Ермекова Гаухар Болатовна, главный эксперт Управления технического регулирования.
Контакты: 8(7172)98-33-51; g.yermekova@mps.gov.kz.

По вопросам, ранее согласованным с Жунусовым Т.А., обращаться к Ермековой Г.Б.

С уважением,
Ермекова Г.
"""
    data = eml(("Ермекова Гаухар", "g.yermekova@mps.gov.kz"), "Замена ответственного лица — КИР МПС", "Fri, 02 Apr 2027 11:30:00 +0600", body,
               msgid="<kir-0402@mps.gov.kz>", charset="windows-1251")
    put("r30-replace-short-1251.eml", data,
        [{"part": "body", "kind": "responsible_change", "language": "ru",
          "responsible": person("Ермекова Гаухар Болатовна", position="главный эксперт Управления технического регулирования",
                                phone="87172983351", email="g.yermekova@mps.gov.kz"),
          "previous_responsible": {"full_name": "Жунусов Талгат Абаевич"},
          "effective_date": "2027-04-05",
          "services": [{"registry_number": "00701044"}, {"registry_number": "00701052"}]}],
        {"agency": a, "services": svc(("00701044", "Выдача сертификата о происхождении товара для внутреннего обращения"), ("00701052", "Выдача заключения об отнесении продукции к отечественной")),
         "awaiting": "consulting", "our_letter": None,
         "expected_effect": "replace responsible with Ермекова Г.Б. from 2027-04-05"},
        "windows-1251 base64, previous in past tense 'являлся', both persons later repeated in other cases")


# ============================================================ refusals (p.11)
def refkey(part, lang, reason, ground, regs=None):
    d = {"part": part, "kind": "refusal"}
    if lang: d["language"] = lang
    d["refusal_reason"] = reason; d["refusal_ground"] = ground
    if regs is not None:
        d["services"] = [{"registry_number": r} for r in regs]
    return d


def f01():
    a = ag("Комитет национальной безопасности Республики Казахстан (Пограничная служба), ГУ «Департамент по делам пограничного контроля»", "kanc-dpk@knb.gov.kz", "980640001123")
    body = """Единый контакт-центр

На Ваш запрос № ЕКЦ-2027/702 от 24.03.2027 о представлении дополнительной информации по государственной услуге «Выдача пропусков на въезд в пограничную зону» (01701002) сообщаем следующее.

Порядок оказания указанной государственной услуги, включая сроки и перечень документов, размещен на интернет-ресурсе ведомства и ранее был направлен в Единый контакт-центр. Запрашиваемые Вами сведения о порядке согласования пропусков с территориальными подразделениями, маршрутах и режиме охраны участков государственной границы представлены быть не могут, поскольку указанные сведения отнесены к государственным секретам в соответствии с Законом Республики Казахстан «О государственных секретах».

В случае возникновения вопросов у услугополучателей рекомендуем направлять их в пограничные подразделения по месту обращения.

Начальник департамента                                       [подпись]
"""
    data = eml(("ДПК КНБ", "kanc-dpk@knb.gov.kz"), "Ответ на ЕКЦ-2027/702", "Mon, 29 Mar 2027 10:00:00 +0600", body,
               msgid="<702-otvet@knb.gov.kz>", reply_to_id="<ekc-2027-702@ekc.gov.kz>")
    put("f01-state-secret-middle.eml", data,
        [refkey("body", "ru", "указанные сведения отнесены к государственным секретам в соответствии с Законом Республики Казахстан «О государственных секретах»", "state_secret", ["01701002"])],
        {"agency": a, "services": svc(("01701002", "Выдача пропусков на въезд в пограничную зону")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/702", "2027-03-24", "Запрос дополнительной информации по услуге 01701002"),
         "expected_effect": "record a lawful refusal (state secret) for the additional request; no further reminders"},
        "state secret; reason in the middle of the letter after a 'поскольку'")


def f02():
    a = ag("Министерство обороны Республики Казахстан", "kanc@mod.gov.kz", "960940000210")
    text = """ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҚОРҒАНЫС МИНИСТРЛІГІ

№ 7/2-1140                                                  2027 жылғы 30 наурыз

Бірыңғай байланыс орталығы
2027 жылғы 25 наурыздағы № ЕКЦ-2027/715 хатқа

«Әскери қызметшілерге тұрғын үй төлемдерін тағайындау» мемлекеттік көрсетілетін қызметі (тізілім нөмірі 01801006) бойынша сұратылған қосымша ақпаратты, атап айтқанда әскери бөлімдердің орналасқан жері мен штаттық саны туралы деректерді, беру мүмкін емес, өйткені бұл мәліметтер Қазақстан Республикасының мемлекеттік құпияларын құрайды.

Қызметті алу тәртібі туралы жалпы ақпарат министрліктің ресми интернет-ресурсында орналастырылған.

Аппарат басшысының орынбасары                                Е. Тұрғанбеков
"""
    put("f02-state-secret-kk.txt", text,
        [refkey("f02-state-secret-kk.txt", "kk", "бұл мәліметтер Қазақстан Республикасының мемлекеттік құпияларын құрайды", "state_secret", ["01801006"])],
        {"agency": a, "services": svc(("01801006", "Назначение жилищных выплат военнослужащим")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/715", "2027-03-25", "Запрос дополнительной информации по услуге 01801006"),
         "expected_effect": "record a lawful refusal (state secret)"},
        "Kazakh refusal, state secret after 'өйткені'")


def f03():
    a = ag("Республиканское государственное предприятие «Казаэронавигация» (услугодатель)", "info@kazaeronav.kz", "950240001517")
    body = """Уважаемые коллеги,

мы получили ваш запрос ЕКЦ-2027/733. К сожалению, предоставить схемы размещения объектов аэронавигации и данные о режимных зонах аэродромов не можем: сведения имеют гриф «секретно» и относятся к государственным секретам.

Общий порядок выдачи согласований по услуге 01904011 есть на нашем сайте kazaeronav.kz в разделе «Госуслуги».

С уважением,
отдел по связям с общественностью
"""
    data = eml(("Казаэронавигация PR", "pr@kazaeronav.kz"), "RE: ЕКЦ-2027/733", "Wed, 31 Mar 2027 09:18:00 +0600", body,
               msgid="<AM0PR-733@kazaeronav.kz>", reply_to_id="<ekc-2027-733@ekc.gov.kz>", charset="koi8-r")
    put("f03-state-secret-polite-koi8.eml", data,
        [refkey("body", "ru", "сведения имеют гриф «секретно» и относятся к государственным секретам", "state_secret", ["01904011"])],
        {"agency": a, "services": svc(("01904011", "Согласование размещения объектов в приаэродромной территории")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/733", "2027-03-26", "Запрос информации по услуге 01904011"),
         "expected_effect": "record a lawful refusal (state secret)"},
        "koi8-r, short polite refusal; reason after a colon")


def f04():
    a = ag("Министерство по чрезвычайным ситуациям Республики Казахстан", "kanc@emer.gov.kz", "200840010931")
    d = make_docx([
        ("МИНИСТЕРСТВО ПО ЧРЕЗВЫЧАЙНЫМ СИТУАЦИЯМ РЕСПУБЛИКИ КАЗАХСТАН", "bc"),
        ("Комитет гражданской обороны и воинских частей", "c"),
        ("Исх. № 14-08/3321-И от 01.04.2027", ""),
        ("Директору Единого контакт-центра", "r"),
        ("На № ЕКЦ-2027/741 от 29.03.2027", ""),
        ("Комитет гражданской обороны и воинских частей МЧС Республики Казахстан, рассмотрев Ваше письмо о представлении перечня защитных сооружений гражданской обороны с указанием их адресов и вместимости для консультирования граждан в рамках государственной услуги «Выдача согласования на перепрофилирование защитных сооружений гражданской обороны» (реестровый номер 02001018), сообщает.", ""),
        ("Сведения о дислокации, количестве и вместимости защитных сооружений гражданской обороны в соответствии с Перечнем сведений, подлежащих засекречиванию, составляют государственные секреты и Единому контакт-центру не представляются.", ""),
        ("Вместе с тем информация о порядке подачи заявления, перечне документов и сроках оказания услуги содержится в стандарте государственной услуги и может использоваться операторами без ограничений.", ""),
        ("Председатель Комитета                                           генерал-майор А. Тлеубаев", "b"),
    ])
    data = eml(("Канцелярия МЧС", "kanc@emer.gov.kz"), "Исх. 14-08/3321-И", "Thu, 01 Apr 2027 17:25:00 +0600", "Ответ на запрос во вложении.\n",
               msgid="<3321-i@emer.gov.kz>", attachments=[("14-08_3321-И.docx", d, DOCX_T)])
    put("f04-state-secret-docx.eml", data,
        [refkey("14-08_3321-И.docx", "ru", "Сведения о дислокации, количестве и вместимости защитных сооружений гражданской обороны в соответствии с Перечнем сведений, подлежащих засекречиванию, составляют государственные секреты и Единому контакт-центру не представляются", "state_secret", ["02001018"])],
        {"agency": a, "services": svc(("02001018", "Выдача согласования на перепрофилирование защитных сооружений гражданской обороны")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/741", "2027-03-29", "Запрос информации по услуге 02001018"),
         "expected_effect": "record a lawful refusal (state secret)"},
        "DOCX letter attached, no word 'отказ'; reason is one long passive sentence")


def f05():
    a = ag("Департамент полиции Карагандинской области", "dp-krg@police.gov.kz", "990140002651")
    html = """<html><body style="font-family:Times New Roman;font-size:12pt">
<p>Единый контакт-центр</p><p>ЕКЦ-2027/750 от 30.03.2027</p>
<p>Департамент полиции Карагандинской области рассмотрел Ваш запрос о представлении сведений о местах хранения изъятого оружия и графике работы подразделений лицензионно-разрешительной работы в выходные дни по услуге 01604009 «Выдача разрешения на хранение и ношение гражданского оружия».</p>
<p>График работы подразделений размещен на сайте. <u>В представлении сведений о местах хранения изъятого оружия отказано, так как они содержат сведения, составляющие государственные секреты, и отнесены к категории «совершенно секретно».</u></p>
<p>Заместитель начальника департамента<br>полковник полиции Д. Сарсенбаев</p></body></html>"""
    data = eml(("ДП Карагандинской области", "dp-krg@police.gov.kz"), "ответ ЕКЦ-2027/750", "Fri, 02 Apr 2027 12:00:00 +0600", None,
               html=html, msgid="<750@dp-krg.police.gov.kz>", reply_to_id="<ekc-2027-750@ekc.gov.kz>")
    put("f05-state-secret-html-partial.eml", data,
        [refkey("body", "ru", "они содержат сведения, составляющие государственные секреты, и отнесены к категории «совершенно секретно»", "state_secret", ["01604009"])],
        {"agency": a, "services": svc(("01604009", "Выдача разрешения на хранение и ношение гражданского оружия")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/750", "2027-03-30", "Запрос дополнительной информации по услуге 01604009"),
         "expected_effect": "record a partial lawful refusal (state secret); the schedule part is answered by reference to the website"},
        "HTML only, partial refusal: one part answered, the other refused")


def f06():
    a = ag("Управление пассажирского транспорта и автомобильных дорог города Астаны", "transport@astana.gov.kz", "120840019955")
    body = """Единому контакт-центру

Исх. № 05-12/1402 от 02.04.2027
на № ЕКЦ-2027/759 от 31.03.2027

Управление пассажирского транспорта и автомобильных дорог города Астаны, рассмотрев Ваш запрос о представлении расчета стоимости проезда и данных о доходах перевозчика в рамках консультирования по государственной услуге «Выдача свидетельства на право обслуживания маршрута регулярных городских автомобильных перевозок пассажиров» (00303044), сообщает следующее.

Расчет тарифа и сведения о доходах, расходах и клиентской базе перевозчика ТОО «Астана LRT Сервис» являются коммерческой тайной перевозчика и в силу статьи 28 Предпринимательского кодекса Республики Казахстан не подлежат передаче третьим лицам без его согласия. В связи с этим представить указанные сведения не представляется возможным.

Утвержденные тарифы на проезд опубликованы на сайте управления и могут использоваться операторами Единого контакт-центра.

Руководитель управления                                   Б. Жаналинов
"""
    data = eml(("УПТиАД г.Астаны", "transport@astana.gov.kz"), "на № ЕКЦ-2027/759", "Fri, 02 Apr 2027 15:45:00 +0600", body,
               msgid="<05-12-1402@transport.astana.gov.kz>", reply_to_id="<ekc-2027-759@ekc.gov.kz>", charset="windows-1251")
    put("f06-commercial-secret.eml", data,
        [refkey("body", "ru", "Расчет тарифа и сведения о доходах, расходах и клиентской базе перевозчика ТОО «Астана LRT Сервис» являются коммерческой тайной перевозчика", "commercial_secret", ["00303044"])],
        {"agency": a, "services": svc(("00303044", "Выдача свидетельства на право обслуживания маршрута регулярных городских автомобильных перевозок пассажиров")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/759", "2027-03-31", "Запрос информации по услуге 00303044"),
         "expected_effect": "record a lawful refusal (commercial secret)"},
        "commercial secret of a third party, the refusal verb comes a sentence later")


def f07():
    a = ag("Шығыс Қазақстан облысы әкімдігінің энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы", "energo@vko.gov.kz", "050840022211")
    body = """Бірыңғай байланыс орталығына

2027 жылғы 1 сәуірдегі № ЕКЦ-2027/766 хатыңызға

Басқарма «Жылу желілеріне қосылуға техникалық шарттар беру» (00708033) мемлекеттік көрсетілетін қызметі бойынша Сіз сұраған энергия беруші ұйымның жабдық жеткізушілермен жасасқан шарттарының талаптары туралы мәліметтерді ұсына алмайды. Аталған мәліметтер «Өскемен жылу желілері» ЖШС-нің коммерциялық құпиясы болып табылады.

Қызметті көрсету мерзімдері мен құжаттар тізбесі бұрын жіберілген 1-қосымшада көрсетілген.

Басшының міндетін атқарушы                                     Р. Мұқанов
"""
    data = eml(("ЭТҮКШ басқармасы", "energo@vko.gov.kz"), "ЕКЦ-2027/766 хатқа жауап", "Mon, 05 Apr 2027 11:30:00 +0600", body,
               msgid="<766-kk@energo.vko.gov.kz>", reply_to_id="<ekc-2027-766@ekc.gov.kz>")
    put("f07-commercial-secret-kk.eml", data,
        [refkey("body", "kk", "Аталған мәліметтер «Өскемен жылу желілері» ЖШС-нің коммерциялық құпиясы болып табылады", "commercial_secret", ["00708033"])],
        {"agency": a, "services": svc(("00708033", "Выдача технических условий на подключение к тепловым сетям")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/766", "2027-04-01", "Запрос информации по услуге 00708033"),
         "expected_effect": "record a lawful refusal (commercial secret)"},
        "Kazakh, commercial secret of an LLP, reason in its own sentence after the refusal")


def f08():
    a = ag("Комитет геологии Министерства промышленности и строительства Республики Казахстан", "geology@mps.gov.kz", "150640016620")
    pdf = make_pdf([
        "**КОМИТЕТ ГЕОЛОГИИ",
        "**МИНИСТЕРСТВА ПРОМЫШЛЕННОСТИ И СТРОИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН",
        "",
        "Исх. № 27-5/818 от 06.04.2027",
        "Единый контакт-центр",
        "",
        "Касательно запроса № ЕКЦ-2027/781 от 02.04.2027",
        "",
        "Комитет геологии рассмотрел запрос о представлении сведений о результатах разведки, представленных недропользователями, для консультирования заявителей по государственной услуге «Выдача лицензии на разведку твердых полезных ископаемых» (реестровый номер 00702015).",
        "Сообщаем, что геологическая информация, полученная недропользователями за счет собственных средств, является их собственностью и составляет коммерческую тайну в течение сроков конфиденциальности, установленных Кодексом о недрах и недропользовании, в связи с чем Комитет отказывает в ее представлении.",
        "Для консультирования услугополучателей достаточно сведений, содержащихся в стандарте государственной услуги и на портале «Единая платформа недропользования».",
        "",
        "Заместитель председателя                                      Н. Акшолаков",
        "Исп. Бекенова А., 8 (7172) 39-04-51",
    ])
    put("f08-commercial-secret-pdf.pdf", pdf,
        [refkey("f08-commercial-secret-pdf.pdf", "ru", "геологическая информация, полученная недропользователями за счет собственных средств, является их собственностью и составляет коммерческую тайну", "commercial_secret", ["00702015"])],
        {"agency": a, "services": svc(("00702015", "Выдача лицензии на разведку твердых полезных ископаемых")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/781", "2027-04-02", "Запрос дополнительной информации по услуге 00702015"),
         "expected_effect": "record a lawful refusal (commercial secret)"},
        "plain PDF letter, reason and refusal in one long sentence")


def f09():
    a = ag("Управление сельского хозяйства Северо-Казахстанской области", "agro@sko.gov.kz", "010440003388")
    body = """Добрый день.

По Вашему письму ЕКЦ-2027/790: перечень получателей субсидий с суммами и реквизитами договоров купли-продажи сельхозтехники не направляем — это коммерческая тайна хозяйствующих субъектов. Порядок субсидирования (00911022) есть в Правилах, ссылку давали ранее.

Ибраев К.
Управление с/х СКО
8 (7152) 46-90-12

Отправлено из мобильной Почты Mail.ru"""
    data = eml("k.ibrayev@agro.sko.gov.kz", "Re: ЕКЦ-2027/790", "Tue, 06 Apr 2027 20:14:33 +0600", body,
               msgid="<1712413473.991@mail.agro.sko.gov.kz>", reply_to_id="<ekc-2027-790@ekc.gov.kz>")
    put("f09-commercial-secret-mobile-terse.eml", data,
        [refkey("body", "ru", "это коммерческая тайна хозяйствующих субъектов", "commercial_secret", ["00911022"])],
        {"agency": a, "services": svc(("00911022", "Субсидирование затрат на приобретение сельскохозяйственной техники")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/790", "2027-04-02", "Запрос информации по услуге 00911022"),
         "expected_effect": "record a lawful refusal (commercial secret)"},
        "mobile, terse, reason after a dash, registry number only in parentheses")


def f10():
    a = ag("Министерство торговли и интеграции Республики Казахстан", "kanc@mti.gov.kz", "190540015420")
    d = make_docx([
        ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ САУДА ЖӘНЕ ИНТЕГРАЦИЯ МИНИСТРЛІГІ / МИНИСТЕРСТВО ТОРГОВЛИ И ИНТЕГРАЦИИ РЕСПУБЛИКИ КАЗАХСТАН", "bc"),
        ("№ 12-1/4410-И                                                              07.04.2027", ""),
        ("Единый контакт-центр", "r"),
        ("Министерство торговли и интеграции Республики Казахстан, рассмотрев обращение Единого контакт-центра от 05.04.2027 № ЕКЦ-2027/802 по государственной услуге «Выдача лицензии на экспорт и импорт товаров» (00508011), сообщает.", ""),
        ("Запрошенные сведения о контрагентах, объемах поставок и ценах по ранее выданным лицензиям представляют собой информацию, составляющую коммерческую тайну участников внешнеэкономической деятельности, и не могут быть предоставлены Единому контакт-центру.", ""),
        ("Одновременно направляем актуальную редакцию перечня документов для получения лицензии (приложение на 2 листах).", ""),
        ("Вице-министр                                                        А. Турысов", "b"),
    ])
    data = eml(("МТИ РК", "kanc@mti.gov.kz"), "12-1/4410-И", "Wed, 07 Apr 2027 16:00:00 +0600", "Направляем ответ.\n\nЖолданады.\n",
               msgid="<4410i@mti.gov.kz>", attachments=[("otvet_EKC_802.docx", d, DOCX_T)])
    put("f10-commercial-secret-docx-bilingual-head.eml", data,
        [refkey("otvet_EKC_802.docx", "ru", "Запрошенные сведения о контрагентах, объемах поставок и ценах по ранее выданным лицензиям представляют собой информацию, составляющую коммерческую тайну участников внешнеэкономической деятельности", "commercial_secret", ["00508011"])],
        {"agency": a, "services": svc(("00508011", "Выдача лицензии на экспорт и импорт товаров")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/802", "2027-04-05", "Запрос дополнительной информации по услуге 00508011"),
         "expected_effect": "record a lawful refusal (commercial secret); an annex with documents list is promised but is not attached"},
        "DOCX with bilingual letterhead, Russian body; partial answer (annex) alongside the refusal")


def f11():
    a = ag("Управление здравоохранения Костанайской области", "densaulyk@kostanay.gov.kz", "990240011174")
    body = """Уважаемые коллеги!

В ответ на Ваш запрос № ЕКЦ-2027/811 от 06.04.2027 года сообщаем.

Единый контакт-центр просит представить перечень граждан, получивших направление на лечение за рубежом в 2026 году, с указанием диагнозов, для подготовки операторов к консультированию по государственной услуге «Направление граждан Республики Казахстан на лечение за рубежом и (или) привлечение зарубежных специалистов» (01001031).

Управление здравоохранения не может представить данный перечень, так как сведения о диагнозах и факте обращения граждан за медицинской помощью составляют врачебную тайну, охраняемую Кодексом Республики Казахстан «О здоровье народа и системе здравоохранения».

При этом обезличенная статистика по количеству направленных пациентов может быть представлена по отдельному запросу.

С уважением,
заместитель руководителя управления                                      С. Абдрахманова
тел. 8 (7142) 53-11-90
"""
    data = eml(("УЗ Костанайской области", "densaulyk@kostanay.gov.kz"), "Ответ на запрос ЕКЦ-2027/811", "Fri, 09 Apr 2027 10:20:00 +0600", body,
               msgid="<811-uz@kostanay.gov.kz>", reply_to_id="<ekc-2027-811@ekc.gov.kz>")
    put("f11-medical-secret.eml", data,
        [refkey("body", "ru", "сведения о диагнозах и факте обращения граждан за медицинской помощью составляют врачебную тайну, охраняемую Кодексом Республики Казахстан «О здоровье народа и системе здравоохранения»", "protected_secret", ["01001031"])],
        {"agency": a, "services": svc(("01001031", "Направление граждан Республики Казахстан на лечение за рубежом и (или) привлечение зарубежных специалистов")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/811", "2027-04-06", "Запрос информации по услуге 01001031"),
         "expected_effect": "record a lawful refusal (medical secret, protected by law)"},
        "medical secret; the letter restates the request first, then refuses")


def f12():
    a = ag("Управление государственных доходов по Алатаускому району Департамента государственных доходов по городу Алматы", "alatau-ugd@kgd.gov.kz", "130140020098")
    text = """Единый контакт-центр

На запрос ЕКЦ-2027/823 от 07.04.2027.

УГД по Алатаускому району рассмотрел запрос о представлении сведений о задолженности конкретных налогоплательщиков, обратившихся за государственной услугой «Выдача сведений об отсутствии (наличии) задолженности, учет по которым ведется в органах государственных доходов» (00501033).

Сообщаем, что сведения о налогоплательщике, в том числе о наличии задолженности, составляют налоговую тайну (статья 26 Налогового кодекса Республики Казахстан) и могут быть предоставлены только самому налогоплательщику или уполномоченным органам в установленных законом случаях. Единый контакт-центр к числу таких органов не относится.

Руководитель УГД                                         Ж. Бекмурзаев
"""
    put("f12-tax-secret.txt", text.encode("utf-8"),
        [refkey("f12-tax-secret.txt", "ru", "сведения о налогоплательщике, в том числе о наличии задолженности, составляют налоговую тайну (статья 26 Налогового кодекса Республики Казахстан)", "protected_secret", ["00501033"])],
        {"agency": a, "services": svc(("00501033", "Выдача сведений об отсутствии (наличии) задолженности, учет по которым ведется в органах государственных доходов")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/823", "2027-04-07", "Запрос информации по услуге 00501033"),
         "expected_effect": "record a lawful refusal (tax secret)"},
        "tax secret, no explicit word 'отказ'")


def f13():
    a = ag("Шымкент қаласының білім басқармасы", "bilim@shymkent.gov.kz", "180240029040")
    body = """Бірыңғай байланыс орталығы

Сіздің 2027 жылғы 8 сәуірдегі № ЕКЦ-2027/830 сұрау салуыңызды қарап, мынаны хабарлаймыз.

«Баланы (балаларды) асырап алуға тілек білдірген адамдарды есепке қою» (00605007) мемлекеттік көрсетілетін қызметі бойынша асырап алушылар мен асырап алынған балалар туралы мәліметтерді беруден бас тартамыз, себебі бұл мәліметтер заңмен қорғалатын бала асырап алу құпиясына жатады.

Қызметті алу тәртібі бойынша жалпы түсіндірмелерді бөлімнің бас маманы Ә. Сейдахметова ұсына алады (тел. 8 (7252) 53-40-12).

Басшы                                                          М. Әбдіразақов
"""
    data = eml(("Білім басқармасы", "bilim@shymkent.gov.kz"), "№ ЕКЦ-2027/830 жауап", "Mon, 12 Apr 2027 09:30:00 +0500", body,
               msgid="<830@bilim.shymkent.gov.kz>", reply_to_id="<ekc-2027-830@ekc.gov.kz>", charset="utf-8", cte="qp")
    put("f13-adoption-secret-kk.eml", data,
        [refkey("body", "kk", "бұл мәліметтер заңмен қорғалатын бала асырап алу құпиясына жатады", "protected_secret", ["00605007"])],
        {"agency": a, "services": svc(("00605007", "Постановка на учет лиц, желающих усыновить детей")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/830", "2027-04-08", "Запрос информации по услуге 00605007"),
         "expected_effect": "record a lawful refusal (secret of adoption)"},
        "Kazakh, quoted-printable, secret of adoption; a person and phone named for general questions (not a responsible change)")


def f14():
    a = ag("Отдел регистрации актов гражданского состояния акимата города Павлодара", "zags@pavlodar.gov.kz", "990740005566")
    html = """<div style="font-family:Verdana;font-size:10pt">Добрый день!<br><br>
Отдел ЗАГС г. Павлодара на Ваш запрос <b>ЕКЦ-2027/845</b> от 09.04.2027 сообщает, что выгрузку из базы записей актов гражданского состояния (ФИО, ИИН, даты регистрации) по услуге 00105024 «Регистрация заключения брака (супружества)» представить не можем, поскольку указанные данные являются персональными данными граждан, доступ к которым ограничен Законом РК «О персональных данных и их защите».<br><br>
Порядок регистрации брака и перечень документов актуальны, изменений нет.<br><br>
С уважением, Отдел ЗАГС<br>г. Павлодар, ул. Торайгырова, 63<br>8 (7182) 32-18-77</div>"""
    data = eml(("ЗАГС Павлодар", "zags@pavlodar.gov.kz"), "Re: Запрос ЕКЦ-2027/845", "Tue, 13 Apr 2027 14:00:00 +0600", None,
               html=html, msgid="<845-zags@pavlodar.gov.kz>", reply_to_id="<ekc-2027-845@ekc.gov.kz>", charset="windows-1251")
    put("f14-personal-data-html.eml", data,
        [refkey("body", "ru", "указанные данные являются персональными данными граждан, доступ к которым ограничен Законом РК «О персональных данных и их защите»", "protected_secret", ["00105024"])],
        {"agency": a, "services": svc(("00105024", "Регистрация заключения брака (супружества)")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/845", "2027-04-09", "Запрос информации по услуге 00105024"),
         "expected_effect": "record a lawful refusal (personal data protected by law)"},
        "HTML-only windows-1251, personal data")


def f15():
    a = ag("Министерство юстиции Республики Казахстан", "kanc@adilet.gov.kz", "970340000226")
    d = make_docx([
        ("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІ", "bc"),
        ("№ 4-2-17/Е-1290                                                     2027 жылғы 14 сәуір", ""),
        ("Бірыңғай байланыс орталығы", "r"),
        ("2027 жылғы 9 сәуірдегі № ЕКЦ-2027/850 хатқа", ""),
        ("Министрлік «Нотариаттық іс-әрекеттер жасауға лицензия беру» (00802004) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығының сұрау салуын қарады.", ""),
        ("Сұратылған нотариустар жасаған нотариаттық іс-әрекеттер мен олардың мазмұны туралы мәліметтер нотариаттық құпия болып табылады және «Нотариат туралы» Заңның 9-бабына сәйкес үшінші тұлғаларға берілмейді.", ""),
        ("Лицензия алу тәртібі бойынша ақпарат бұрын жіберілген.", ""),
        ("Вице-министр                                                          Б. Ахметов", "b"),
    ])
    put("f15-notarial-secret-kk.docx", d,
        [refkey("f15-notarial-secret-kk.docx", "kk", "нотариустар жасаған нотариаттық іс-әрекеттер мен олардың мазмұны туралы мәліметтер нотариаттық құпия болып табылады", "protected_secret", ["00802004"])],
        {"agency": a, "services": svc(("00802004", "Выдача лицензии на занятие нотариальной деятельностью")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/850", "2027-04-09", "Запрос дополнительной информации по услуге 00802004"),
         "expected_effect": "record a lawful refusal (notarial secret)"},
        "Kazakh DOCX, notarial secret, no refusal verb other than 'берілмейді'")


def f16():
    a = ag("Управление ветеринарии Жамбылской области", "vet@zhambyl.gov.kz", "020240014476")
    body = """Единому контакт-центру

На Ваш запрос от 12.04.2027 № ЕКЦ-2027/861 о представлении информации по форме Приложения 1 по государственной услуге «Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов с учетом оценки эпизоотической ситуации на соответствующей территории» (01102031) сообщаем, что указанная государственная услуга управлением ветеринарии не оказывается.

Согласно реестру государственных услуг услугодателем по данной услуге является Комитет ветеринарного контроля и надзора Министерства сельского хозяйства Республики Казахстан и его территориальные инспекции, в связи с чем просим перенаправить запрос по принадлежности.

Руководитель управления                                         А. Ыдырысов
"""
    data = eml(("Управление ветеринарии Жамбылской обл.", "vet@zhambyl.gov.kz"), "ЕКЦ-2027/861 — не по компетенции", "Wed, 14 Apr 2027 10:10:00 +0500", body,
               msgid="<861@vet.zhambyl.gov.kz>", reply_to_id="<ekc-2027-861@ekc.gov.kz>")
    put("f16-not-competent.eml", data,
        [refkey("body", "ru", "указанная государственная услуга управлением ветеринарии не оказывается", "not_competent", ["01102031"])],
        {"agency": a, "services": svc(("01102031", "Выдача разрешения на экспорт, импорт и транзит перемещаемых (перевозимых) объектов")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/861", "2027-04-12", "Запрос информации по услуге 01102031"),
         "expected_effect": "record refusal as not competent; the centre must readdress the request to the Committee of veterinary control"},
        "not competent, another agency named as the real service provider")


def f17():
    a = ag("Ақтөбе облысы Мұғалжар ауданы әкімінің аппараты", "mugalzhar@aktobe.gov.kz", "990440016610")
    text = """Бірыңғай байланыс орталығына

№ ЕКЦ-2027/870 хатыңызға (2027 жылғы 13 сәуір)

Аудан әкімінің аппараты «Жеке тұрғын үй қорынан тұрғын үйді жалдау үшін тұрғын үй сертификаттарын беру» мемлекеттік көрсетілетін қызметі бойынша ақпарат бере алмайтынын хабарлайды: бұл қызмет аудан әкімі аппаратының құзыретіне жатпайды, оны аудандық тұрғын үй-коммуналдық шаруашылық бөлімі көрсетеді.

Сұрау салуды тиесілігі бойынша жіберуді сұраймыз.

Аппарат басшысы                                               Қ. Жақсыбаев
"""
    put("f17-not-competent-kk.txt", text,
        [refkey("f17-not-competent-kk.txt", "kk", "бұл қызмет аудан әкімі аппаратының құзыретіне жатпайды, оны аудандық тұрғын үй-коммуналдық шаруашылық бөлімі көрсетеді", "not_competent")],
        {"agency": a, "services": svc(("00708052", "Предоставление жилищных сертификатов для аренды жилища в частном жилищном фонде")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/870", "2027-04-13", "Запрос информации по услуге 00708052"),
         "expected_effect": "record refusal as not competent; readdress to the district housing department"},
        "Kazakh .txt, not competent, service named but no registry number")


def f18():
    a = ag("Министерство культуры и информации Республики Казахстан", "kanc@mci.gov.kz", "230140006655")
    body = """Уважаемые коллеги!

Ваш запрос ЕКЦ-2027/884 получен и рассмотрен.

Поясняем, что с 1 января 2027 года функции по государственной услуге 01401017 «Выдача свидетельства о постановке на учет периодического печатного издания» в соответствии с постановлением Правительства Республики Казахстан переданы Министерству цифрового развития, инноваций и аэрокосмической промышленности. Министерство культуры и информации не является услугодателем по данной услуге и не располагает актуальной информацией о порядке ее оказания.

Просим направить запрос в МЦРИАП РК.

С уважением,
Департамент информационной политики
"""
    data = eml(("МКИ РК", "kanc@mci.gov.kz"), "О запросе ЕКЦ-2027/884", "Thu, 15 Apr 2027 12:12:12 +0600", body,
               msgid="<884-mci@mci.gov.kz>", reply_to_id="<ekc-2027-884@ekc.gov.kz>", charset="koi8-r")
    put("f18-not-competent-transferred.eml", data,
        [refkey("body", "ru", "Министерство культуры и информации не является услугодателем по данной услуге и не располагает актуальной информацией о порядке ее оказания", "not_competent", ["01401017"])],
        {"agency": a, "services": svc(("01401017", "Выдача свидетельства о постановке на учет периодического печатного издания")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/884", "2027-04-12", "Запрос дополнительной информации по услуге 01401017"),
         "expected_effect": "record refusal as not competent; the functions passed to another ministry"},
        "koi8-r; functions transferred to another ministry, no word 'отказ'")


def f19():
    a = ag("Отдел земельных отношений города Экибастуза", "zher@ekibastuz.gov.kz", "060140010077")
    body = """Здравствуйте.
На ЕКЦ-2027/890. Госуслуга 00705013 (паспорт на фасад) не наша — это отдел строительства, архитектуры и градостроительства. Переадресуйте, пожалуйста.
Салыкова А., отдел земотношений
"""
    data = eml(("Салыкова Асем", "a.salykova@ekibastuz.gov.kz"), "Re: ЕКЦ-2027/890", "Fri, 16 Apr 2027 08:47:00 +0600", body,
               msgid="<0416-890@ekibastuz.gov.kz>", reply_to_id="<ekc-2027-890@ekc.gov.kz>", extra=[("X-Mailer", "Zimbra 9.0.0_GA")])
    put("f19-not-competent-terse.eml", data,
        [refkey("body", "ru", "Госуслуга 00705013 (паспорт на фасад) не наша — это отдел строительства, архитектуры и градостроительства", "not_competent", ["00705013"])],
        {"agency": a, "services": svc(("00705013", "Согласование эскиза (эскизного проекта)")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/890", "2027-04-14", "Запрос информации по услуге 00705013"),
         "expected_effect": "record refusal as not competent; readdress to the construction department"},
        "very terse colloquial not-competent reply")


def f20():
    a = ag("Департамент по обеспечению качества в сфере образования Павлодарской области", "dokso-pvl@edu.gov.kz", "170340021190")
    d = make_pdf([
        "**ПАВЛОДАР ОБЛЫСЫ БОЙЫНША БІЛІМ БЕРУ САЛАСЫНДАҒЫ САПАНЫ ҚАМТАМАСЫЗ ЕТУ ДЕПАРТАМЕНТІ",
        "**ДЕПАРТАМЕНТ ПО ОБЕСПЕЧЕНИЮ КАЧЕСТВА В СФЕРЕ ОБРАЗОВАНИЯ ПАВЛОДАРСКОЙ ОБЛАСТИ",
        "",
        "№ 02-04/611 от 16.04.2027",
        "",
        "Единый контакт-центр",
        "на № ЕКЦ-2027/897 от 14.04.2027",
        "",
        "Департамент по обеспечению качества в сфере образования Павлодарской области, рассмотрев Ваше письмо, сообщает.",
        "Прием документов и выдача дубликатов документов об основном среднем, общем среднем образовании (00606041) осуществляются организациями образования через отделы образования районов и городов, а функции департамента ограничиваются контролем качества образования. Оказание указанной государственной услуги не входит в компетенцию департамента.",
        "В связи с изложенным представить информацию по форме Приложения 1 не представляется возможным. Рекомендуем обратиться в управление образования Павлодарской области.",
        "",
        "Руководитель департамента                                       Г. Жумабаева",
    ])
    data = eml(("ДОКСО Павлодар", "dokso-pvl@edu.gov.kz"), "Исх. 02-04/611", "Fri, 16 Apr 2027 17:40:00 +0600", "Добрый день, ответ во вложении.",
               msgid="<02-04-611@edu.gov.kz>", attachments=[("02-04-611.pdf", d, PDF_T)])
    put("f20-not-competent-pdf.eml", data,
        [refkey("02-04-611.pdf", "ru", "Оказание указанной государственной услуги не входит в компетенцию департамента", "not_competent", ["00606041"])],
        {"agency": a, "services": svc(("00606041", "Выдача дубликатов документов об основном среднем, общем среднем образовании")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/897", "2027-04-14", "Запрос информации по услуге 00606041"),
         "expected_effect": "record refusal as not competent; readdress to the oblast education department"},
        "PDF attachment; the competence sentence sits between an explanation and the 'не представляется возможным' sentence")


def f21():
    a = ag("Комитет по делам гражданской авиации Министерства транспорта Республики Казахстан", "kga@mintrans.gov.kz", "190340028829")
    body = """Бірыңғай байланыс орталығына / Единому контакт-центру

Комитет по делам гражданской авиации на Ваш запрос № ЕКЦ-2027/905 от 15.04.2027 по государственной услуге «Выдача сертификата эксплуатанта» (00305002) сообщает, что с 2026 года сертификация эксплуатантов осуществляется АО «Авиационная администрация Казахстана». Комитет указанную услугу не оказывает, и информацией по ней не располагает.

Комитет «Сертификат эксплуатантын беру» қызметін көрсетпейді, ақпарат «Қазақстанның авиациялық әкімшілігі» АҚ-дан сұралуы тиіс.

Заместитель председателя                                     Е. Карашев
"""
    data = eml(("КГА МТ РК", "kga@mintrans.gov.kz"), "ЕКЦ-2027/905", "Mon, 19 Apr 2027 11:00:00 +0600", body,
               msgid="<905-kga@mintrans.gov.kz>", reply_to_id="<ekc-2027-905@ekc.gov.kz>")
    put("f21-not-competent-bilingual.eml", data,
        [refkey("body", None, "Комитет указанную услугу не оказывает, и информацией по ней не располагает", "not_competent", ["00305002"])],
        {"agency": a, "services": svc(("00305002", "Выдача сертификата эксплуатанта")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/905", "2027-04-15", "Запрос дополнительной информации по услуге 00305002"),
         "expected_effect": "record refusal as not competent; readdress to the Aviation Administration"},
        "Russian with a Kazakh paragraph repeating the refusal; language left out of key")


def f22():
    a = ag("Министерство здравоохранения Республики Казахстан", "kanc@dsm.gov.kz", "960440000151")
    body = """Единый контакт-центр

Исх. № 21-1-12/5567 от 20.04.2027
на № ЕКЦ-2027/913 от 16.04.2027

Министерство здравоохранения Республики Казахстан, рассмотрев Ваш запрос о представлении информации по государственной услуге «Выдача разрешения на проведение клинического исследования медицинских изделий» (01003028), сообщает следующее.

Проект стандарта указанной государственной услуги в настоящее время находится на стадии согласования с заинтересованными государственными органами и в установленном порядке не утвержден, в связи с чем представить информацию по форме Приложения 1 к Правилам не представляется возможным.

После утверждения стандарта и его государственной регистрации в органах юстиции Министерство направит сведения в Единый контакт-центр и определит ответственное лицо.

Дополнительно сообщаем, что по вопросам обращения в МЗ РК в период согласования проекта гражданам можно рекомендовать обращаться по телефону call-центра 1406.

Директор Департамента лекарственной политики                              М. Ескендирова
"""
    data = eml(("МЗ РК", "kanc@dsm.gov.kz"), "на ЕКЦ-2027/913", "Tue, 20 Apr 2027 18:00:00 +0600", body,
               msgid="<21-1-12-5567@dsm.gov.kz>", reply_to_id="<ekc-2027-913@ekc.gov.kz>", charset="windows-1251")
    put("f22-other-standard-not-approved.eml", data,
        [refkey("body", "ru", "Проект стандарта указанной государственной услуги в настоящее время находится на стадии согласования с заинтересованными государственными органами и в установленном порядке не утвержден", "other", ["01003028"])],
        {"agency": a, "services": svc(("01003028", "Выдача разрешения на проведение клинического исследования медицинских изделий")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/913", "2027-04-16", "Запрос информации по услуге 01003028"),
         "expected_effect": "record refusal (other ground: standard not yet approved); information promised later"},
        "other ground (standard not approved), a promise of future information; short phone number 1406 as distractor")


def f23():
    a = ag("Қостанай облысының мемлекеттік сәулет-құрылыс бақылауы басқармасы", "gask@kostanay.gov.kz", "150440019283")
    body = """Бірыңғай байланыс орталығы

2027 жылғы 19 сәуірдегі № ЕКЦ-2027/921 сұрау салуға

Басқарма «Объектіні пайдалануға қабылдау актісін тіркеу» (00705022) мемлекеттік көрсетілетін қызметі бойынша сұралған тексеру жүргізудің ішкі әдістемелері мен инспекторлардың жұмыс кестелерін ұсынбайды.

Аталған құжаттар мемлекеттік қызметті көрсету тәртібіне қатысты емес және Қағидалардың 11-тармағында көзделген Бірыңғай байланыс орталығының қызметіне қажетті ақпаратқа жатпайды.

Қызмет көрсету тәртібі бойынша қосымша сұрақтар болса, бас маман Ж. Темірбекқызына хабарласуға болады: 8 (7142) 55-21-09.

Басшы                                                              Е. Бекмағанбетов
"""
    data = eml(("МСҚБ басқармасы", "gask@kostanay.gov.kz"), "№ ЕКЦ-2027/921 сұрау салуға жауап", "Thu, 22 Apr 2027 10:05:00 +0600", body,
               msgid="<921@gask.kostanay.gov.kz>", reply_to_id="<ekc-2027-921@ekc.gov.kz>")
    put("f23-other-not-relevant-kk.eml", data,
        [refkey("body", "kk", "Аталған құжаттар мемлекеттік қызметті көрсету тәртібіне қатысты емес және Қағидалардың 11-тармағында көзделген Бірыңғай байланыс орталығының қызметіне қажетті ақпаратқа жатпайды", "other", ["00705022"])],
        {"agency": a, "services": svc(("00705022", "Регистрация акта приемки объекта в эксплуатацию")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/921", "2027-04-19", "Запрос дополнительной информации по услуге 00705022"),
         "expected_effect": "record refusal (other ground: information not needed for consulting); may be escalated under p.12 if repeated"},
        "Kazakh, other ground: the documents asked are not about the service procedure; a contact person in dative as distractor")


def f24():
    a = ag("Управление занятости и социальных программ Абайской области", "enbek@abay.gov.kz", "220940024417")
    d = make_docx([
        ("УПРАВЛЕНИЕ ЗАНЯТОСТИ И СОЦИАЛЬНЫХ ПРОГРАММ АБАЙСКОЙ ОБЛАСТИ", "bc"),
        ("071400, г. Семей, ул. Абая, 86", "c"),
        ("Исх. № 03-09/1455 от «23» апреля 2027 г.", ""),
        ("Единый контакт-центр", "r"),
        ("на № ЕКЦ-2027/930 от 20.04.2027", "r"),
        ("О рассмотрении запроса", "b"),
        ("Управление занятости и социальных программ Абайской области (далее – Управление) рассмотрело запрос Единого контакт-центра о представлении в разрезе районов сведений о средних сроках фактического оказания государственной услуги «Назначение государственных пособий семьям, имеющим детей» (00602011) за 2025–2026 годы.", ""),
        ("Сообщаем, что учет фактических сроков оказания услуги в разрезе районов Управлением не ведется, такие сведения в Управлении отсутствуют, и представить их не представляется возможным.", ""),
        ("Нормативный срок оказания услуги, установленный стандартом, составляет восемь рабочих дней и ранее представлен в Единый контакт-центр.", ""),
        ("Данные о стадиях оказания услуги вносятся в ИС «Мониторинг» в соответствии с пунктом 13 Правил и могут быть получены Единым контакт-центром самостоятельно.", ""),
        ("Руководитель управления                                              Т. Кажымуратов", "b"),
        ("Исп.: Бейсенова Д.К., тел. 8 (7222) 52-14-80", ""),
    ])
    put("f24-other-no-data.docx", d,
        [refkey("f24-other-no-data.docx", "ru", "учет фактических сроков оказания услуги в разрезе районов Управлением не ведется, такие сведения в Управлении отсутствуют", "other", ["00602011"])],
        {"agency": a, "services": svc(("00602011", "Назначение государственных пособий семьям, имеющим детей")),
         "awaiting": "additional_answer", "our_letter": ol("ЕКЦ-2027/930", "2027-04-20", "Запрос дополнительной информации по услуге 00602011"),
         "expected_effect": "record refusal (other ground: data not kept)"},
        "DOCX bureaucratic letter with heading, other ground (data does not exist), executor line as distractor")


def f25():
    a = ag("Кентау қаласы әкімдігінің ауыл шаруашылығы бөлімі", "agro-kentau@turkistan.gov.kz", "101040022550")
    body = """Сәлеметсіз бе.
ЕКЦ-2027/944 бойынша: 00901034 қызметі 2027 жылғы 1 наурыздан бастап мемлекеттік көрсетілетін қызметтер тізілімінен алып тасталды, сондықтан ақпарат жібермейміз.
Құрметпен, Ә. Бекболат

iPhone-нан жіберілді"""
    data = eml("a.bekbolat@kentau.turkistan.gov.kz", "Re: ЕКЦ-2027/944", "Mon, 26 Apr 2027 21:03:44 +0500", body,
               msgid="<F1E0C2D4-0944-4B8B-A1C1-5E0D9F3B2A10@kentau.turkistan.gov.kz>", reply_to_id="<ekc-2027-944@ekc.gov.kz>",
               extra=[("X-Mailer", "iPhone Mail (21E236)")])
    put("f25-other-excluded-kk-iphone.eml", data,
        [refkey("body", "kk", "00901034 қызметі 2027 жылғы 1 наурыздан бастап мемлекеттік көрсетілетін қызметтер тізілімінен алып тасталды", "other", ["00901034"])],
        {"agency": a, "services": svc(("00901034", "Выдача справки о наличии личного подсобного хозяйства")),
         "awaiting": "information", "our_letter": ol("ЕКЦ-2027/944", "2027-04-22", "Запрос информации по услуге 00901034"),
         "expected_effect": "record refusal (other ground: service excluded from the Registry); the case should be closed by an operator"},
        "Kazakh iPhone, terse, other ground: service removed from the Registry")


def main():
    fns = [v for k, v in sorted(globals().items()) if k[0] in "rf" and k[1:].isdigit() and callable(v)]
    for fn in fns:
        fn()
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("# symbat — held-out corpus, round J\n\nReplies only (every context has `is_reply: true`): "
                "responsible-person appointments (p.5) and replacements (p.7), and refusals (p.11).\n"
                "Rebuild: `/tmp/cv-symbat/bin/python make.py`.\n\n| file | kind | language | format | what makes it hard |\n| --- | --- | --- | --- | --- |\n")
        for name, kinds, note in MANIFEST:
            key = json.load(open(os.path.join(OUT, name + ".expected.json"), encoding="utf-8"))
            langs = ",".join(d.get("language", "ru+kk") for d in key["documents"])
            fmt = name.rsplit(".", 1)[1]
            if fmt == "eml":
                parts = [d["part"] for d in key["documents"]]
                fmt = "eml" + ("" if parts == ["body"] else " + " + ", ".join(p.rsplit(".", 1)[1] for p in parts) + " attachment")
            f.write(f"| {name} | {kinds} | {langs} | {fmt} | {note} |\n")
    print(len(MANIFEST), "inputs")


if __name__ == "__main__":
    main()
