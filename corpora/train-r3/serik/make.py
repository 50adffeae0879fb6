#!/usr/bin/env python3
"""Generator of serik's held-out corpus: ~90 'other' documents (not replies that move a case).
Run with the venv that has python-docx, openpyxl, reportlab:  python make.py
Every document's text is written by hand below."""
import io, json, os, base64, zlib
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
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
MANIFEST = []
EKC = "info@ekc.gov.kz"

# ---------------------------------------------------------------- helpers
def docx_bytes(blocks):
    """blocks: list of str (paragraph), ('b', str) bold, ('t', rows) table, ('c', str) centred"""
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "b":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif b[0] == "c":
            p = d.add_paragraph(); p.alignment = 1; r = p.add_run(b[1]); r.bold = True
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
    f = io.BytesIO(); d.save(f); return f.getvalue()

def pdf_bytes(lines, size=10):
    """lines: str, or ('b', str) bold, ('gap',) empty, ('page',) new page"""
    f = io.BytesIO(); c = canvas.Canvas(f, pagesize=A4)
    y = 800
    for ln in lines:
        if isinstance(ln, tuple) and ln[0] == "page":
            c.showPage(); y = 800; continue
        if isinstance(ln, tuple) and ln[0] == "gap":
            y -= size; continue
        font = "DV"
        if isinstance(ln, tuple) and ln[0] == "b":
            font = "DVB"; ln = ln[1]
        # crude wrap
        words = ln.split(" "); cur = ""
        chunks = []
        for w in words:
            if pdfmetrics.stringWidth(cur + " " + w, font, size) > 500 and cur:
                chunks.append(cur); cur = w
            else:
                cur = (cur + " " + w).strip() if cur else w
        chunks.append(cur)
        for ch in chunks:
            if y < 50:
                c.showPage(); y = 800
            c.setFont(font, size); c.drawString(50, y, ch); y -= size + 4
    c.showPage(); c.save(); return f.getvalue()

def xlsx_bytes(sheets):
    """sheets: list of (title, rows)"""
    wb = openpyxl.Workbook(); first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False; ws.title = title
        for r in rows:
            ws.append(list(r))
    f = io.BytesIO(); wb.save(f); return f.getvalue()

CT = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "pdf": ("application", "pdf"), "txt": ("text", "plain")}

def attach(msg, fname, data, charset_name=True):
    ext = fname.rsplit(".", 1)[-1].lower()
    mt, st = CT.get(ext, ("application", "octet-stream"))
    part = MIMEBase(mt, st)
    part.set_payload(data); encoders.encode_base64(part)
    if charset_name:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
    else:
        part.add_header("Content-Disposition", "attachment", filename=fname)
    msg.attach(part)

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def eml(name, frm, subject, date, text=None, html=None, cs="utf-8", atts=(), to=EKC, cc=None,
        cte="base64", label=None, extra=(), frm_name=None):
    """text and/or html body; cs = real encoding; label = declared charset (may be wrong or '')"""
    label = cs if label is None else label
    def body_part(content, sub):
        if cs == "koi8-r":  # what a koi8 mailer does with characters it lacks
            content = content.replace("№", "N").replace("«", '"').replace("»", '"').replace("—", "-")
        raw = content.encode(cs, errors="replace")
        p = MIMEBase("text", sub)
        if label:
            p.set_param("charset", label)
        p.set_payload(raw)
        if cte == "base64":
            encoders.encode_base64(p)
        elif cte == "qp":
            import quopri
            p.set_payload(quopri.encodestring(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "quoted-printable"
        else:
            p.set_payload(raw.decode("ascii", "surrogateescape")); p["Content-Transfer-Encoding"] = "8bit"
        return p
    if text is not None and html is not None:
        alt = MIMEMultipart("alternative"); alt.attach(body_part(text, "plain")); alt.attach(body_part(html, "html"))
        main = alt
    else:
        main = body_part(text if text is not None else html, "plain" if text is not None else "html")
    if atts:
        msg = MIMEMultipart("mixed"); msg.attach(main)
        for fn, data in atts:
            attach(msg, fn, data)
    else:
        msg = main
    hcs = cs if cs in ("utf-8", "windows-1251", "koi8-r") else "utf-8"
    if frm_name:
        try:
            frm_name.encode(hcs)
            msg["From"] = "%s <%s>" % (Header(frm_name, hcs).encode(), frm)
        except UnicodeEncodeError:
            msg["From"] = "%s <%s>" % (Header(frm_name, "utf-8").encode(), frm)
    else:
        msg["From"] = frm
    msg["To"] = to
    if cc: msg["Cc"] = cc
    try:
        subject.encode(hcs); msg["Subject"] = Header(subject, hcs).encode()
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, "utf-8").encode()
    msg["Date"] = date
    msg["Message-ID"] = "<%s.%s>" % (zlib.crc32(name.encode()), frm.split("@")[-1])
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for k, v in extra:
        msg[k] = v
    data = msg.as_bytes()
    path = os.path.join(OUT, name + ".eml")
    with open(path, "wb") as f:
        f.write(data)
    parts = ["body"] + [fn for fn, _ in atts]
    return name + ".eml", parts

def save(fname, data):
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return fname, [fname]

def key_and_ctx(res, agency, services, awaiting, our_letter, effect, lang, fmt, hard):
    fname, parts = res
    key = {"exit": 0, "documents": [{"part": p, "kind": "other"} for p in parts]}
    with open(os.path.join(OUT, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
    ctx = {"agency": {"name": agency[0], "email": agency[1], "bin": agency[2]},
           "services": [{"registry_number": r, "name": n} for r, n in services],
           "awaiting": awaiting,
           "our_letter": ({"number": our_letter[0], "date": our_letter[1], "subject": our_letter[2]} if our_letter else None),
           "expected_effect": effect, "is_reply": False}
    with open(os.path.join(OUT, fname + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    MANIFEST.append((fname, lang, fmt, hard))

def D(res, agency, services, awaiting, our_letter, effect, lang, hard):
    fmt = res[0].rsplit(".", 1)[-1]
    key_and_ctx(res, agency, services, awaiting, our_letter, effect, lang, fmt, hard)

# ---------------------------------------------------------------- agencies
A_MZ = ("Министерство здравоохранения Республики Казахстан", "kanc@dsm.gov.kz", "960440000151")
A_MTSZN = ("Министерство труда и социальной защиты населения Республики Казахстан", "info@enbek.gov.kz", "990740002243")
A_KARAG_ZEM = ("ГУ «Управление земельных отношений Карагандинской области»", "zemli@karaganda.gov.kz", "050140004418")
A_ALM_ARCH = ("КГУ «Управление архитектуры и градостроительства города Алматы»", "uag@almaty.gov.kz", "070940011206")
A_MKS = ("Министерство культуры и спорта Республики Казахстан", "kense@mcs.gov.kz", "990440003952")
A_AKT_OBR = ("ГУ «Управление образования Актюбинской области»", "bilim@aktobe.gov.kz", "021040001973")
A_MSH = ("Министерство сельского хозяйства Республики Казахстан", "mgov@minagri.gov.kz", "990740002019")
A_TURK_ZHKH = ("ГУ «Управление энергетики и жилищно-коммунального хозяйства Туркестанской области»", "energy@turkistan.gov.kz", "180440021877")
A_MVD_MP = ("Комитет миграционной службы МВД Республики Казахстан", "kms@mvd.gov.kz", "100240016544")
A_SHYM_AK = ("Аппарат акима города Шымкента", "akimat@shymkent.gov.kz", "991240001386")
A_ZKO_SOC = ("ГУ «Управление координации занятости и социальных программ Западно-Казахстанской области»", "soc@zko.gov.kz", "010240003316")
A_MYU = ("Министерство юстиции Республики Казахстан", "kanc@adilet.gov.kz", "960440000220")
A_PAV_VET = ("ГУ «Управление ветеринарии Павлодарской области»", "vet@pavlodar.gov.kz", "140740013378")
A_KOST_PR = ("ГУ «Управление предпринимательства и промышленности Костанайской области»", "kaspi@kostanay.gov.kz", "991140000713")
A_ZHAMB_AKIM = ("Аппарат акима Байзакского района Жамбылской области", "baizak@zhambyl.gov.kz", "980540002766")
A_MF_KGD = ("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd@kgd.minfin.gov.kz", "040140003215")
A_ABAI_DENS = ("ГУ «Управление здравоохранения области Абай»", "densaulyk@abay.gov.kz", "220740030218")
A_ASTANA_ZHER = ("ГУ «Управление земельных отношений города Астаны»", "zher@astana.gov.kz", "030340001846")
A_MCRIAP = ("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kense@mdai.gov.kz", "190640005316")
A_MANG_TRANS = ("ГУ «Управление пассажирского транспорта и автомобильных дорог Мангистауской области»", "zholdar@mangystau.gov.kz", "060340007225")
A_KZO_DIN = ("ГУ «Управление по делам религий Кызылординской области»", "din@kyzylorda.gov.kz", "120140019847")
A_MINEKO = ("Министерство экологии и природных ресурсов Республики Казахстан", "kanc@ecogeo.gov.kz", "190440031147")
A_ULYTAU_OBR = ("ГУ «Управление образования области Ұлытау»", "bilim@ulytau.gov.kz", "220840015562")
A_SKO_ARCH = ("КГУ «Государственный архив Северо-Казахстанской области»", "arhiv@sko.gov.kz", "000540002893")

# ================================================================ documents
def batch1():
    # 01 minutes of a working group, docx attached, awaiting protocol
    prot = docx_bytes([
        ("c", "ПРОТОКОЛ № 3"),
        ("c", "заседания рабочей группы по вопросам оптимизации государственных услуг в сфере здравоохранения"),
        "г. Астана                                                                                 14 января 2027 года",
        "Председательствовал: Сейтказина Гульнар Маратовна, директор Департамента государственных услуг.",
        "Присутствовали: Абишев Р.Т., Кусаинова Д.Б., Ли Е.В., представитель НАО «Государственная корпорация «Правительство для граждан» Жунусов А.К. (по согласованию).",
        ("b", "Повестка дня:"),
        "1. О ходе реинжиниринга государственных услуг 00801013 «Выдача лицензии на медицинскую деятельность» и 00801019 «Аккредитация субъектов здравоохранения».",
        "2. О предложениях Единого контакт-центра по актуализации сведений базы знаний.",
        "3. Разное.",
        ("b", "По первому вопросу слушали Абишева Р.Т., который сообщил, что проекты изменений в стандарты направлены на согласование в МЦРИАП."),
        ("b", "По второму вопросу слушали Кусаинову Д.Б.:"),
        "Единый контакт-центр письмом от 28.12.2026 № ЕКЦ-2026/1904 просил провести обучение операторов по услуге 00801019. Обучение предварительно планируется после утверждения новой редакции стандарта, не ранее февраля 2027 года.",
        ("b", "РЕШИЛИ:"),
        "1. Информацию принять к сведению.",
        "2. Департаменту государственных услуг (Кусаинова Д.Б.) после вступления в силу изменений согласовать с Единым контакт-центром дату обучения. Срок: по мере необходимости.",
        "3. Протокол обучения и принятия услуги для консультирования оформить отдельно.",
        "Председатель                                   Г. Сейткаина",
        "Секретарь                                        Е. Ли",
    ])
    D(eml("s01-wg-minutes-mz", "e.li@dsm.gov.kz", "Протокол заседания РГ №3 от 14.01.2027", "Fri, 15 Jan 2027 16:42:11 +0500",
          text="Добрый день!\n\nНаправляем для сведения протокол заседания рабочей группы № 3 от 14.01.2027.\n"
               "Вопрос по обучению ЕКЦ рассмотрен (п.2 повестки).\n\nС уважением,\nЛи Елена Викторовна\nглавный эксперт ДГУ МЗ РК\n8 (7172) 74-31-09\n",
          atts=[("Протокол РГ №3 14.01.2027.docx", prot)], frm_name="Ли Елена Викторовна"),
      A_MZ, [("00801019", "Аккредитация субъектов здравоохранения")], "protocol",
      ("ЕКЦ-2026/1904", "2026-12-28", "О проведении обучения по услуге 00801019"),
      "Приобщить к делу для сведения; протокол обучения по-прежнему ожидается", "ru",
      "called 'протокол', mentions training, ЕКЦ letter number and registry numbers; it is minutes of a working group, training only planned")

    # 02 order assigning press duties, cp1251 body
    t = ("ПРИКАЗ\nруководителя ГУ «Управление земельных отношений Карагандинской области»\n"
         "от 11 января 2027 года № 04-ж\n\nО закреплении обязанностей\n\n"
         "В связи с кадровыми изменениями ПРИКАЗЫВАЮ:\n\n"
         "1. Возложить на главного специалиста отдела организационной работы Нургалиеву Айгерим Серикбаевну "
         "обязанности по взаимодействию со средствами массовой информации и ведению официальных аккаунтов "
         "Управления в социальных сетях.\n"
         "2. Возложить на ведущего специалиста Волкова Дениса Андреевича обязанности по приему и регистрации "
         "входящей корреспонденции в период с 15.01.2027 по 29.01.2027.\n"
         "3. Ответственным за работу с обращениями, поступающими по телефону доверия, определить "
         "Есенгелдина Талгата Муратовича, тел. 8 (7212) 41-22-07.\n"
         "4. Контроль за исполнением настоящего приказа оставляю за собой.\n\n"
         "Руководитель                                   Б. Тусупбеков\n\n"
         "Ознакомлены: ______ Нургалиева А.С.   ______ Волков Д.А.   ______ Есенгелдин Т.М.\n")
    D(eml("s02-order-press-cp1251", "kanc.zemli@karaganda.gov.kz", "Приказ № 04-ж от 11.01.2027", "Tue, 12 Jan 2027 09:03:40 +0500",
          text="Направляется копия приказа для сведения.\n\n" + t, cs="windows-1251", cte="8bit"),
      A_KARAG_ZEM, [("00201004", "Выдача решения на изменение целевого назначения земельного участка")], "appointment",
      ("ЕКЦ-2027/17", "2027-01-06", "О назначении ответственного лица (п.5 Правил)"),
      "Не назначение: приказ о СМИ, регистрации корреспонденции и телефоне доверия; назначение по-прежнему ожидается", "ru",
      "names people, positions, phone and 'ответственным ... определить', but for press, registry and hotline; arrives while an appointment is awaited")

    # 03 promise to answer later, Kazakh
    D(eml("s03-later-kk", "bilim@aktobe.gov.kz", "Re: ЕКЦ-2027/52 сұрау салуға", "Wed, 20 Jan 2027 11:20:05 +0500",
          text="Құрметті әріптестер!\n\n2027 жылғы 14 қаңтардағы № ЕКЦ-2027/52 хатыңызға жауап ретінде хабарлаймыз: "
               "«Мектепке дейінгі балалар ұйымдарына жолдама беру» (тізілімдегі № 00601007) мемлекеттік көрсетілетін "
               "қызметі бойынша сұралған мәліметтер қазіргі уақытта облыстың аудандық білім бөлімдерінен жинақталуда.\n\n"
               "Толық ақпарат 2027 жылғы 5 ақпаннан кешіктірілмей қосымша жолданатын болады.\n\n"
               "Құрметпен,\nбасшының орынбасары                Ж. Сапарғалиева\n\nОрынд.: Б. Құдайбергенова, 8 (7132) 55-19-40\n"),
      A_AKT_OBR, [("00601007", "Мектепке дейінгі балалар ұйымдарына жолдама беру")], "information",
      ("ЕКЦ-2027/52", "2027-01-14", "О представлении информации по форме приложения 1"),
      "Отметить обещание ответа до 05.02.2027; информация ещё не представлена", "kk",
      "a Re: to our letter with its number and a registry number, but only promises the information by a date")

    # 04 auto-reply, mixed
    D(eml("s04-autoreply-mixed", "r.amanov@minagri.gov.kz", "Автоматический ответ: ЕКЦ-2027/88 Дополнительные сведения по услуге 00401022",
          "Mon, 25 Jan 2027 08:00:02 +0500",
          text="Здравствуйте! Я нахожусь в ежегодном трудовом отпуске с 25.01.2027 по 12.02.2027.\n"
               "По вопросам субсидирования обращайтесь к Касымовой Диляре Ерлановне, d.kassymova@minagri.gov.kz, 8 (7172) 55-60-12.\n\n"
               "Сәлеметсіз бе! Мен 2027 жылғы 25 қаңтар мен 12 ақпан аралығында жыл сайынғы еңбек демалысындамын.\n"
               "Сұрақтар бойынша Қасымова Диляра Ерланқызына хабарласыңыз.\n\nАманов Руслан\n",
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], frm_name="Аманов Руслан"),
      A_MSH, [("00401022", "Субсидирование стоимости удобрений")], "additional_answer",
      ("ЕКЦ-2027/88", "2027-01-22", "Дополнительные сведения по услуге 00401022"),
      "Автоответ: ничего не менять в деле", "mixed",
      "auto-reply naming a substitute person with e-mail and phone, looks like a responsible change")

    # 05 answer to a citizen refusing, copied to ЕКЦ; HTML Outlook
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Исх. № 3Т-118/ж от 27.01.2027</p>
<p class=MsoNormal>Гр. Омарову Ерболу Кайратовичу<br>г. Шымкент, мкр. Нурсат, д. 14, кв. 52</p>
<p class=MsoNormal>Копия: Единый контакт-центр</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Уважаемый Ербол Кайратович!</p>
<p class=MsoNormal>Ваше обращение от 15.01.2027 о выдаче справки о постановке на учет нуждающихся в жилище рассмотрено.</p>
<p class=MsoNormal>Сообщаем, что в выдаче справки отказано <b>в связи с отсутствием у Вас регистрации по месту жительства в городе Шымкенте</b> (пп. 2 п. 9 стандарта государственной услуги 01402003).</p>
<p class=MsoNormal>В соответствии со статьей 91 АППК РК Вы вправе обжаловать решение в вышестоящий орган или в суд.</p>
<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Заместитель акима города&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Н. Тлеубаев</p>
<p class=MsoNormal><span style='font-size:8pt;color:gray'>Исп. Абдуллаева С., 8 (7252) 53-04-71</span></p>
</div></body></html>"""
    D(eml("s05-citizen-refusal-html", "akimat@shymkent.gov.kz", "Ответ на обращение 3Т-118", "Wed, 27 Jan 2027 17:35:19 +0500",
          html=html, to="omarov.erbol@mail.ru", cc=EKC),
      A_SHYM_AK, [("01402003", "Постановка на учет граждан, нуждающихся в жилище")], "additional_answer",
      ("ЕКЦ-2027/61", "2027-01-18", "О дополнительной информации по услуге 01402003"),
      "Копия ответа гражданину: в деле отметить, дополнительная информация ЕКЦ не дана", "ru",
      "Outlook HTML refusal with 'отказано в связи с' and registry number, but to a citizen, ЕКЦ only in copy")

    # 06 delivery status notification
    dsn = ("This is the mail system at host relay2.gov.kz.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients.\n\n<t.bekova@mvd.gov.kz>: host mx.mvd.gov.kz[10.12.4.7] said: 550 5.1.1\n"
           "    User unknown in virtual mailbox table\n\n--- Тема исходного письма: ЕКЦ-2027/95 О назначении ответственного лица по услуге 00902011\n")
    msg = MIMEMultipart("report", report_type="delivery-status")
    p1 = MIMEText(dsn, "plain", "utf-8"); msg.attach(p1)
    p2 = MIMEBase("message", "delivery-status")
    from email import message_from_string
    p2.attach(message_from_string("Reporting-MTA: dns; relay2.gov.kz\n\n"))
    p2.attach(message_from_string("Final-Recipient: rfc822; t.bekova@mvd.gov.kz\nAction: failed\nStatus: 5.1.1\n\n"))
    msg.attach(p2)
    msg["From"] = "MAILER-DAEMON@relay2.gov.kz (Mail Delivery System)"; msg["To"] = EKC
    msg["Subject"] = "Undelivered Mail Returned to Sender"; msg["Date"] = "Thu, 28 Jan 2027 10:02:55 +0500"
    msg["MIME-Version"] = "1.0"; msg["Auto-Submitted"] = "auto-replied"
    open(os.path.join(OUT, "s06-dsn-bounce.eml"), "wb").write(msg.as_bytes())
    D(("s06-dsn-bounce.eml", ["body"]), A_MVD_MP, [("00902011", "Выдача разрешения на постоянное проживание иностранцам")], "appointment",
      ("ЕКЦ-2027/95", "2027-01-26", "О назначении ответственного лица по услуге 00902011"),
      "Недоставка: запрос не дошёл, переотправить по другому адресу", "ru",
      "multipart/report bounce quoting our subject with 'назначении ответственного лица' and a registry number")

    # 07 read receipt (MDN), Kazakh+Russian
    msg = MIMEMultipart("report", report_type="disposition-notification")
    msg.attach(MIMEText("Хабарлама: Сіздің хатыңыз оқылды.\nУведомление о прочтении\n\nКому: zhanar.t@turkistan.gov.kz\n"
                        "Тема: ЕКЦ-2027/101 О направлении протокола обучения по услугам 01101005, 01101006\n"
                        "Отправлено: 28.01.2027 15:10\n\nпрочитано 29.01.2027 9:47.\n", "plain", "utf-8"))
    p2 = MIMEBase("message", "disposition-notification")
    p2.set_payload("Reporting-UA: turkistan.gov.kz; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;zhanar.t@turkistan.gov.kz\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    msg.attach(p2)
    msg["From"] = "=?utf-8?B?0KLQsNC20LjQsdCw0LXQstCwINCW0LDQvdCw0YA=?= <zhanar.t@turkistan.gov.kz>"
    msg["To"] = EKC; msg["Subject"] = Header("Прочитано: ЕКЦ-2027/101 О направлении протокола обучения по услугам 01101005, 01101006", "utf-8").encode()
    msg["Date"] = "Fri, 29 Jan 2027 09:47:31 +0500"; msg["MIME-Version"] = "1.0"
    open(os.path.join(OUT, "s07-read-receipt.eml"), "wb").write(msg.as_bytes())
    D(("s07-read-receipt.eml", ["body"]), A_TURK_ZHKH, [("01101005", "Выдача технических условий на подключение к сетям теплоснабжения"), ("01101006", "Выдача технических условий на подключение к сетям газоснабжения")],
      "protocol", ("ЕКЦ-2027/101", "2027-01-28", "О направлении протокола обучения по услугам 01101005, 01101006"),
      "Отчёт о прочтении: протокол не получен", "mixed",
      "MDN whose subject line says 'протокола обучения' with registry numbers")

    # 08 e-document system notice (ЕСЭДО)
    t = ("*** ЕДИНАЯ СИСТЕМА ЭЛЕКТРОННОГО ДОКУМЕНТООБОРОТА ГОСУДАРСТВЕННЫХ ОРГАНОВ ***\n\n"
         "Уведомление о регистрации входящего документа\n\n"
         "Организация-получатель: Министерство юстиции Республики Казахстан\n"
         "Входящий №: 2-14/2207-И\nДата регистрации: 02.02.2027 10:14\n"
         "Исходящий № отправителя: ЕКЦ-2027/133 от 01.02.2027\n"
         "Краткое содержание: О представлении информации по государственным услугам 01901002, 01901010 (Приложение 1 к Правилам)\n"
         "Резолюция: Департамент регистрационной службы (Жакупова А.М.) — подготовить ответ. Срок: 09.02.2027\n"
         "Статус: На исполнении\n\n"
         "Данное сообщение сформировано автоматически. Не отвечайте на него.\n")
    D(eml("s08-esedo-registered", "noreply-esedo@adilet.gov.kz", "ЕСЭДО: документ зарегистрирован (вх. 2-14/2207-И)", "Tue, 02 Feb 2027 10:14:58 +0500",
          text=t, cte="qp"),
      A_MYU, [("01901002", "Государственная регистрация юридических лиц"), ("01901010", "Апостилирование официальных документов")], "information",
      ("ЕКЦ-2027/133", "2027-02-01", "О представлении информации по государственным услугам 01901002, 01901010"),
      "Отметить регистрацию запроса и срок исполнения у адресата", "ru",
      "system notice with our number, registry numbers, 'Приложение 1' and an executor with a deadline")

    # 09 phishing
    html = """<html><body style="font-family:Arial"><table width="600" style="border:1px solid #1f5fa5"><tr><td style="background:#1f5fa5;color:#fff;padding:8px">
<b>gov.kz — Почтовая служба государственных органов</b></td></tr><tr><td style="padding:12px">
<p>Уважаемый пользователь <b>info@ekc.gov.kz</b>,</p>
<p>Ваш почтовый ящик превысил лимит хранения (99,6%). Входящие письма от государственных органов, в том числе <b>ответы на запросы по Приложению 1</b> и <b>протоколы обучения</b>, будут отклонены через 24 часа.</p>
<p>Для сохранения писем подтвердите учетную запись: <a href="http://gov-kz-mail.verify-box.top/ekc">ПОДТВЕРДИТЬ</a></p>
<p>Пошта жәшігіңіз толды. Растау үшін жоғарыдағы сілтемені басыңыз.</p>
<p style="font-size:9px;color:#888">© 2027 Администратор почты gov.kz</p></td></tr></table></body></html>"""
    D(eml("s09-phishing-quota", "admin@gov-kz-mail.top", "Внимание! Почтовый ящик info@ekc.gov.kz будет заблокирован", "Wed, 03 Feb 2027 03:12:44 +0300",
          html=html, frm_name="Администратор gov.kz"),
      A_MCRIAP, [("00503001", "Выдача электронной цифровой подписи")], "consulting", None,
      "Фишинг: не обрабатывать, сообщить в службу ИБ", "mixed",
      "phishing that mentions Appendix 1 replies and training protocols")

    # 10 training schedule xlsx + invitation, webmail style
    sched = xlsx_bytes([("График", [
        ["График проведения обучающих семинаров для работников акиматов сельских округов по вопросам оказания государственных услуг (I квартал 2027 года)"],
        [],
        ["№", "Дата", "Время", "Тема", "Место проведения", "Ответственный"],
        [1, "09.02.2027", "10:00", "Стандарты услуг в сфере земельных отношений (00201004, 00201011)", "акт. зал акимата района", "Бекмурзаев Д.С."],
        [2, "16.02.2027", "15:00", "Работа в ИС «Е-акимат», ИС Мониторинг", "онлайн (Zoom)", "Шалабаева Г.Н."],
        [3, "23.02.2027", "10:00", "Порядок консультирования через Единый контакт-центр 1414", "акт. зал акимата района", "Бекмурзаев Д.С."],
        [4, "02.03.2027", "11:00", "Соблюдение сроков, ответственность за нарушение стандартов", "с.о. Сарыкемер", "Оспанов Б.Ж."],
    ])])
    D(eml("s10-seminar-schedule", "baizak.akimat@mail.kz", "График семинаров на 1 квартал", "Thu, 04 Feb 2027 12:30:00 +0500",
          text="Добрый день. Высылаем график обучающих семинаров на 1 квартал 2027 г. Просим при возможности обеспечить участие "
               "представителя ЕКЦ на семинаре 23.02.2027 (п.3).\nАппарат акима Байзакского района\n\n-- \nОтправлено из Mail.kz\n",
          atts=[("grafik_seminarov_1kv.xlsx", sched)]),
      A_ZHAMB_AKIM, [("00201004", "Выдача решения на изменение целевого назначения земельного участка")], "protocol",
      ("ЕКЦ-2027/90", "2027-01-25", "О проведении обучения по услуге 00201004"),
      "Приглашение на семинар для работников акиматов, не обучение ЕКЦ; протокол ожидается", "ru",
      "training schedule with registry numbers and 'Единый контакт-центр' while a training protocol is awaited")

def batch2():
    # 11 legal-news digest HTML
    html = """<html><body><h3>Дайджест изменений законодательства за неделю 01–05.02.2027</h3>
<p>Юридический департамент Министерства труда и социальной защиты населения РК</p>
<table border=1 cellpadding=3><tr><th>№</th><th>Акт</th><th>Что изменилось</th><th>Вступает в силу</th></tr>
<tr><td>1</td><td>Приказ Министра труда и социальной защиты населения РК от 29.01.2027 № 31 «О внесении изменений в приказ от 25.03.2021 № 84»</td><td>Стандарт услуги «Назначение пособия по уходу за ребенком» (00501014): сокращен срок до 5 рабочих дней</td><td>по истечении 10 календарных дней после первого официального опубликования</td></tr>
<tr><td>2</td><td>Постановление Правительства РК от 30.01.2027 № 58</td><td>Изменения в Реестр государственных услуг (исключена услуга 00501030)</td><td>с 01.03.2027</td></tr>
<tr><td>3</td><td>Закон РК от 02.02.2027 № 112-VIII «О внесении изменений ... по вопросам социального обеспечения»</td><td>Новые основания для отказа</td><td>01.07.2027</td></tr></table>
<p><i>Дайджест носит информационный характер. Рассылка для структурных подразделений и подведомственных организаций.</i></p></body></html>"""
    D(eml("s11-legal-digest", "legal-news@enbek.gov.kz", "Дайджест НПА № 5/2027", "Fri, 05 Feb 2027 18:00:00 +0500", html=html,
          to="all-staff@enbek.gov.kz", cc=EKC),
      A_MTSZN, [("00501014", "Назначение пособия по уходу за ребенком по достижении им возраста одного года")], "consulting", None,
      "Рассылка: сведения для аналитиков, не уведомление по п.6", "ru",
      "table of changed acts with registry number and new standard requisites; a mailing list digest, not a change notice from the responsible person")

    # 12 unfilled Appendix 1 form with a question
    form = docx_bytes([
        ("c", "Запрос о предоставлении информации о государственной услуге"),
        ("t", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
                "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов", "Интернет-ресурс", "Фамилия, имя, отчество, должность ответственного лица"],
               ["1", "2", "3", "4", "5", "6", "7", "8"],
               ["1", "", "", "", "", "", "", ""],
               ["2", "", "", "", "", "", "", ""]]),
        "Ф.И.О. ответственного исполнителя ____________________",
        "Дата: « __ »________ 20__г.",
    ])
    D(eml("s12-blank-form-question", "vet@pavlodar.gov.kz", "RE: запрос ЕКЦ-2027/140", "Mon, 08 Feb 2027 10:41:00 +0500",
          text="Здравствуйте.\nПолучили вашу форму. Подскажите, пожалуйста, регламент у нас уже отменен с 2020 года — что писать в графе 5? "
               "И в графе 8 указывать руководителя или исполнителя? Форму пока возвращаем незаполненной, после ответа заполним.\n\n"
               "Ветеринарное управление, отдел гос. услуг, Серикбаев Нурлан\n\n-----Original Message-----\nFrom: info@ekc.gov.kz\n"
               "Sent: Thursday, February 04, 2027 4:12 PM\nSubject: запрос ЕКЦ-2027/140\n\n> Просим заполнить форму согласно приложению 1 к Правилам.\n",
          atts=[("Приложение 1.docx", form)]),
      A_PAV_VET, [("00702005", "Выдача ветеринарного паспорта на животное")], "information",
      ("ЕКЦ-2027/140", "2027-02-04", "О представлении информации по форме приложения 1"),
      "Ответить на вопросы по заполнению; форма не заполнена", "ru",
      "the real Appendix 1 table with header and column-number row but every data cell empty")

    # 13 question to ЕКЦ, Kazakh
    D(eml("s13-question-kk", "din@kyzylorda.gov.kz", "Сұрақ: оқыту қалай өткізіледі?", "Tue, 09 Feb 2027 14:05:27 +0500",
          text="Сәлеметсіз бе!\n\nБізге «Діни әдебиетті тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу» (№ 01605003) "
               "қызметі бойынша оқыту өткізу туралы хатыңыз келді. Сұрақтарымыз:\n"
               "1) Оқыту онлайн форматта өтуі мүмкін бе?\n2) Хаттаманы кім дайындайды — біз бе, әлде Бірыңғай байланыс орталығы ма?\n"
               "3) Хаттамаға басшы қол қоюы міндетті ме, әлде бөлім басшысы жеткілікті ме?\n\nЖауабыңызды күтеміз.\n"
               "Иманбаева Гүлназ, бас маман, 8 (7242) 23-61-18\n"),
      A_KZO_DIN, [("01605003", "Діни әдебиетті тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу")], "protocol",
      ("ЕКЦ-2027/118", "2027-01-29", "Оқыту өткізу және хаттама жіберу туралы"),
      "Вопросы к ЕКЦ о порядке обучения; ответить, протокол ещё не подписан", "kk",
      "Kazakh letter about 'хаттама' and 'оқыту' with a registry number; only questions")

    # 14 misaddressed letter meant for Gov. corporation
    D(eml("s14-misaddressed-goscorp", "uag@almaty.gov.kz", "О предоставлении сведений о выданных АПЗ", "Wed, 10 Feb 2027 09:55:00 +0500",
          text="НАО «Государственная корпорация «Правительство для граждан»\nфилиал по городу Алматы\n\n"
               "Исх. № 02-17/611 от 09.02.2027\n\n"
               "На Ваш запрос от 03.02.2027 № 18-07/2291 направляем сведения о количестве архитектурно-планировочных заданий (услуга 00303004), "
               "выданных через ЦОН за январь 2027 года: всего 412, из них мотивированных отказов — 37.\n\n"
               "Руководитель управления                       А. Жанибеков\n\n"
               "Исп.: Мухтарова А., 8 (727) 271-65-40\n"),
      A_ALM_ARCH, [("00303004", "Выдача архитектурно-планировочного задания")], "additional_answer",
      ("ЕКЦ-2027/120", "2027-02-01", "О представлении дополнительной информации по услуге 00303004"),
      "Письмо адресовано Госкорпорации; переслать обратно отправителю, в дело не вносить", "ru",
      "official answer with outgoing number and registry number, but addressed to the State Corporation and answering its request")

    # 15 forwarded citizen complaint
    D(eml("s15-fwd-complaint", "e.karimova@zko.gov.kz", "FW: Жалоба на отказ в назначении АСП", "Thu, 11 Feb 2027 16:21:09 +0500",
          text="Коллеги, пересылаю жалобу, поступившую через eOtinish, т.к. заявитель ссылается на консультацию оператора 1414.\n"
               "Просим предоставить запись разговора.\nКаримова Э.\n\n"
               "---------- Пересылаемое сообщение ----------\nОт: eotinish-noreply@gov.kz\nДата: 10.02.2027 20:44\n"
               "Тема: Обращение № ЖТ-2027-00418823\n\n"
               "Заявитель: Досмухамбетова Айнур Берикқызы\nТекст: Оператор 1414 сказал, что документы можно подать без справки о составе семьи, "
               "а в отделе занятости мне отказали в назначении адресной социальной помощи (услуга 00501020). Прошу разобраться и "
               "наказать виновных.\n"),
      A_ZKO_SOC, [("00501020", "Назначение адресной социальной помощи")], "additional_answer",
      ("ЕКЦ-2027/131", "2027-02-01", "Уточнение перечня документов по услуге 00501020"),
      "Переслать в отдел качества ЕКЦ: запрос записи разговора; дополнительный ответ не дан", "ru",
      "forwarded complaint with a refusal story and registry number; a request to the centre, not an answer")

    # 16 public hearing minutes docx (standalone), mixed
    D(save("s16-public-hearing-land.docx", docx_bytes([
        ("c", "ХАТТАМА / ПРОТОКОЛ"),
        ("c", "қоғамдық тыңдаулар / публичных слушаний"),
        "Астана қаласы / город Астана, 2027 жылғы 12 ақпан / 12 февраля 2027 года, 15:00",
        "Тақырыбы / Тема: «Жер учаскесіне құқық беру» мемлекеттік көрсетілетін қызмет регламентінің жобасын талқылау / обсуждение проекта изменений в порядок оказания услуги «Предоставление права на земельный участок» (№ 00201002).",
        "Қатысқандар / Присутствовали: 34 адам / человека, в том числе представители НПП «Атамекен», ОО «Жер-Ана», Единого контакт-центра (по видеосвязи).",
        ("b", "Выступили:"),
        "Сабитов Е.Қ. — о сокращении срока рассмотрения с 20 до 15 рабочих дней.",
        "Гринь О.П. (ЕКЦ) — предложила направить в контакт-центр новую редакцию стандарта сразу после утверждения для актуализации базы знаний.",
        "Төлеуова Ә.Ж. — замечаний нет.",
        ("b", "Шешім / Решили:"),
        "1. Жобаны пысықтау / Проект доработать с учетом предложений.",
        "2. Итоговый протокол разместить на интернет-ресурсе astana.gov.kz в течение 3 рабочих дней.",
        "Төраға / Председатель: __________ Н. Оразалин",
        "Хатшы / Секретарь: __________ А. Ким",
    ])), A_ASTANA_ZHER, [("00201002", "Предоставление права на земельный участок")], "protocol",
      ("ЕКЦ-2027/77", "2027-01-21", "О подписании протокола принятия услуги 00201002"),
      "Протокол публичных слушаний, не протокол обучения; ожидание сохранить", "mixed",
      "bilingual 'ХАТТАМА / ПРОТОКОЛ' with date, registry number and ЕКЦ participation, while a training protocol is awaited")

    # 17 collegium minutes Kazakh, PDF
    D(save("s17-collegium-kk.pdf", pdf_bytes([
        ("b", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ МӘДЕНИЕТ ЖӘНЕ СПОРТ МИНИСТРЛІГІ"),
        ("b", "АЛҚА ОТЫРЫСЫНЫҢ ХАТТАМАСЫ № 1"), "Астана қ.                                              2027 жылғы 28 қаңтар", ("gap",),
        "Төрағалық етті: Министр Д. Әбілқайыров", "Қатысқандар: алқа мүшелері (тізім қоса беріледі).", ("gap",),
        ("b", "Күн тәртібі:"),
        "1. 2026 жылы мемлекеттік қызметтер көрсету сапасының қорытындылары туралы.",
        "2. Бірыңғай байланыс орталығына түскен өтініштерді талдау туралы.", ("gap",),
        "1-мәселе бойынша Мемлекеттік қызметтер департаментінің директоры С. Нұрпейісова баяндады. 2026 жылы 48 мың қызмет көрсетілді, "
        "оның 2,1 пайызы бас тарту. «Архивтік анықтамалар беру» (№ 00703002) қызметі бойынша шағымдар саны артты.",
        "2-мәселе бойынша: Бірыңғай байланыс орталығының операторлары үшін оқыту 2027 жылдың бірінші тоқсанында өткізілсін.", ("gap",),
        ("b", "ҚАУЛЫ ЕТІЛДІ:"),
        "1. Ақпарат назарға алынсын.",
        "2. Департамент (С. Нұрпейісова) Бірыңғай байланыс орталығымен бірлесіп оқыту кестесін 2027 жылғы 1 наурызға дейін бекітсін.",
        "3. Алқа шешімінің орындалуын бақылау жауапты хатшы А. Сейітқұловқа жүктелсін.", ("gap",),
        "Төраға                                      Д. Әбілқайыров", "Хатшы                                        Б. Жақып",
    ])), A_MKS, [("00703002", "Архивтік анықтамалар беру")], "protocol",
      ("ЕКЦ-2027/60", "2027-01-18", "Оқыту хаттамасы туралы"),
      "Коллегия: обучение только запланировано; ожидание протокола сохранить", "kk",
      "Kazakh 'ХАТТАМАСЫ' with date, registry number and 'Бірыңғай байланыс орталығы' training decision")

    # 18 unsigned DRAFT training protocol PDF
    D(save("s18-draft-training-protocol.pdf", pdf_bytes([
        ("b", "ПРОЕКТ"), ("gap",),
        ("b", "ПРОТОКОЛ"), ("b", "принятия Единым контакт-центром государственной услуги для консультирования"),
        "г. Петропавловск                                                          «___» __________ 2027 г.", ("gap",),
        "Мы, нижеподписавшиеся, представитель КГУ «Государственный архив Северо-Казахстанской области» ______________________ "
        "и представитель Единого контакт-центра ______________________, составили настоящий протокол о том, что:",
        "1. Проведено обучение ответственных сотрудников Единого контакт-центра по вопросам оказания государственной услуги:",
        "   00703001 «Выдача архивных справок» (проект — уточнить перечень услуг);",
        "2. Государственная услуга принимается для консультирования с «___» ________ 2027 г.", ("gap",),
        "От услугодателя: _______________ (Ф.И.О., подпись)",
        "От Единого контакт-центра: _______________ (Ф.И.О., подпись)", ("gap",),
        "[Проект направлен для согласования текста. Обучение еще не проводилось.]",
    ])), A_SKO_ARCH, [("00703001", "Выдача архивных справок")], "protocol",
      ("ЕКЦ-2027/143", "2027-02-05", "О проведении обучения и подписании протокола"),
      "Проект протокола без дат и подписей: согласовать текст; протокол не принят", "ru",
      "the exact protocol wording with a registry number, but marked ПРОЕКТ, date and signatures blank, training not held")

    # 19 statistics xlsx with 'отказы'
    D(save("s19-stats-otkazy.xlsx", xlsx_bytes([("Январь 2027", [
        ["Сведения о количестве оказанных государственных услуг за январь 2027 года"],
        ["ГУ «Управление предпринимательства и промышленности Костанайской области»"],
        [],
        ["№", "Код услуги в реестре", "Наименование", "Всего заявлений", "Оказано", "Отказы", "Причина отказов (основная)", "Через ЦОН", "Через портал"],
        [1, "01201004", "Выдача лицензии на оптовую реализацию алкогольной продукции", 14, 11, 3, "неполный пакет документов", 0, 14],
        [2, "01201011", "Включение в реестр субъектов МСБ-получателей поддержки", 58, 52, 6, "несоответствие критериям", 12, 46],
        [3, "01201015", "Выдача свидетельства о происхождении товара", 203, 203, 0, "—", 0, 203],
        [None, "ИТОГО", None, 275, 266, 9, None, 12, 263],
        [],
        ["Исполнитель: Байжанова Т.Е., тел. 8 (7142) 50-33-18", None, None, None, None, None, None, None, "Дата: 04.02.2027"],
    ])])), A_KOST_PR, [("01201004", "Выдача лицензии на оптовую реализацию алкогольной продукции")], "information",
      ("ЕКЦ-2027/122", "2027-01-29", "О представлении информации по форме приложения 1"),
      "Статистика для мониторинга, не форма приложения 1; информация ожидается", "ru",
      "table with registry numbers, service names, an executor line and date under it, and a column 'Отказы'")

    # 20 acting head during leave, txt
    D(save("s20-acting-head-order.txt", (
        "ГУ «Управление здравоохранения области Абай»\n\nБҰЙРЫҚ / ПРИКАЗ\n\n"
        "2027 жылғы 15 ақпан                 № 112-ж/қ                 Семей қаласы\n\n"
        "О возложении обязанностей\n\n"
        "В связи с уходом в ежегодный оплачиваемый трудовой отпуск руководителя управления Жумабаева Асхата Болатовича "
        "с 16 февраля по 11 марта 2027 года ПРИКАЗЫВАЮ:\n\n"
        "1. Временное исполнение обязанностей руководителя управления возложить на заместителя руководителя "
        "Сагындыкову Лейлу Кайратовну с правом первой подписи финансовых документов.\n"
        "2. Доплату производить в соответствии с законодательством.\n"
        "3. Отделу кадровой работы (Ахметжанова Р.) ознакомить с настоящим приказом.\n\n"
        "Основание: заявление Жумабаева А.Б. от 10.02.2027.\n\n"
        "Руководитель                                А. Жумабаев\n").encode("utf-8")),
      A_ABAI_DENS, [("00801004", "Выдача справки с психоневрологической организации")], "appointment",
      ("ЕКЦ-2027/150", "2027-02-10", "О назначении ответственного лица (п.5 Правил)"),
      "Приказ об и.о. руководителя на время отпуска; ответственное лицо не назначено", "mixed",
      "'возложить обязанности' on a named person with a date range, in a bilingual header; it is acting head, not responsible person")

def batch3():
    # 21 extension of deadline request, koi8-r
    D(eml("s21-extension-koi8", "kgd-metod@kgd.minfin.gov.kz", "О продлении срока представления информации", "Mon, 15 Feb 2027 11:11:11 +0500",
          text="Единый контакт-центр\n\nИсх. № КГД-06-2/1187 от 15.02.2027\n\n"
               "На Ваш запрос № ЕКЦ-2027/149 от 10.02.2027 о представлении информации по государственным услугам "
               "00106017 «Регистрационный учет плательщика НДС» и 00106025 «Выдача справки об отсутствии налоговой задолженности» сообщаем.\n\n"
               "В связи с внесением изменений в Налоговый кодекс и пересмотром стандартов указанных услуг, просим продлить срок "
               "представления информации по форме приложения 1 до 15 марта 2027 года. Ответственное лицо будет определено "
               "дополнительно после утверждения штатного расписания Департамента.\n\n"
               "Заместитель Председателя                            Е. Калиев\n\nИсп. Бондаренко И.С. 8 (7172) 71-80-44\n",
          cs="koi8-r", cte="8bit"),
      A_MF_KGD, [("00106017", "Регистрационный учет плательщика НДС"), ("00106025", "Выдача справки об отсутствии налоговой задолженности")], "information",
      ("ЕКЦ-2027/149", "2027-02-10", "О представлении информации по форме приложения 1"),
      "Продление срока до 15.03.2027 отметить; информация и назначение ещё ожидаются", "ru",
      "koi8-r formal reply with our number and two registry numbers, says the responsible person will be named later")

    # 22 refusal of an internship (standalone docx), Kazakh
    D(save("s22-internship-refusal-kk.docx", docx_bytes([
        "Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы",
        "Ақтау қ., 14 ш.а., 1-ғимарат, тел. 8 (7292) 30-14-77",
        "Шығ. № 03-11/204, 2027 жылғы 16 ақпан",
        "Бірыңғай байланыс орталығының директорына",
        "Сіздің 2027 жылғы 8 ақпандағы хатыңызды қарап, Бірыңғай байланыс орталығының екі қызметкерінің басқармада тағылымдамадан өтуіне "
        "мүмкіндік жоқ екенін хабарлаймыз. Бас тарту себебі: басқарманың штаттық құрылымы қайта ұйымдастырылуда, "
        "тәлімгер бөлуге мүмкіндік жоқ.",
        "Бұл ретте «Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру» (№ 00302011) қызметі бойынша "
        "бұрын ұсынылған ақпарат өзекті болып қала береді.",
        "Басшы                                         Қ. Жаңабергенов",
    ])), A_MANG_TRANS, [("00302011", "Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру")], "consulting",
      ("ЕКЦ-2027/146", "2027-02-08", "Тағылымдамадан өту туралы"),
      "Отказ в стажировке, не отказ в информации по п.11; дело не меняется", "kk",
      "'Бас тарту себебі' phrase with registry number — refuses an internship, not information")

    # 23 refusal of a meeting, HTML webmail
    html = """<div dir="ltr"><div>Добрый день, Айжан!</div><div><br></div><div>К сожалению, встреча 18 февраля по вопросу визита специалистов ЕКЦ в ЦОН и отдел регистрации не состоится — руководство на выездном совещании в Туркестане. Предлагаем перенести на любую дату после 1 марта.</div><div><br></div><div>По самим услугам (01901002, 01901010) информация вам направлена ранее, изменений нет.</div><div><br></div><div>--<br>С уважением,<br>Жакупова Асем Муратовна<br>Департамент регистрационной службы МЮ РК<br>+7 701 455 20 98</div></div>"""
    D(eml("s23-meeting-declined-webmail", "asem.zhakupova@gmail.com", "Re: Встреча 18.02", "Tue, 16 Feb 2027 19:02:40 +0500",
          html=html, frm_name="Асем Жакупова"),
      A_MYU, [("01901002", "Государственная регистрация юридических лиц"), ("01901010", "Апостилирование официальных документов")], "consulting", None,
      "Перенос встречи: учесть в планировании, дело не меняется", "ru",
      "Gmail HTML from a known responsible person refusing a meeting, mentions registry numbers and 'изменений нет'")

    # 24 refusal of inspection to a company, PDF
    D(save("s24-inspection-refusal-company.pdf", pdf_bytes([
        ("b", "ГУ «Управление ветеринарии Павлодарской области»"), "140000, г. Павлодар, ул. Кривенко, 25", "Исх. № 07-03/389 от 17.02.2027", ("gap",),
        "Директору ТОО «Ертіс-Агро Трейд»", "Кенесову М.А.", ("gap",),
        "На Ваше заявление от 09.02.2027 о проведении внеплановой проверки убойного пункта с целью получения ветеринарно-санитарного заключения "
        "(государственная услуга 00702011) сообщаем следующее.",
        "В проведении обследования отказано по основанию: представленные документы не соответствуют требованиям подпункта 3) пункта 9 Стандарта "
        "(отсутствует договор на утилизацию биологических отходов).",
        "После устранения замечаний Вы вправе повторно обратиться через портал электронного правительства.",
        "Копия: Единый контакт-центр (для сведения).", ("gap",),
        "Руководитель                                               С. Оспанов",
    ])), A_PAV_VET, [("00702011", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля")], "additional_answer",
      ("ЕКЦ-2027/155", "2027-02-11", "Уточнение оснований отказа по услуге 00702011"),
      "Копия отказа компании; дополнительный ответ ЕКЦ не дан", "ru",
      "'отказано по основанию' with registry number and ЕКЦ in copy while an additional answer about refusal grounds is awaited")

    # 25 permit refusal to company, Kazakh txt
    D(save("s25-permit-refusal-company-kk.txt", (
        "Түркістан облысының энергетика және тұрғын үй-коммуналдық шаруашылығы басқармасы\n"
        "Шығыс № 05-14/771\n2027 жылғы 18 ақпан\n\n"
        "«Оңтүстік Газ Құрылыс» ЖШС директоры Б. Әбдіхалықовқа\n\n"
        "Сіздің 2027 жылғы 5 ақпандағы өтінішіңіз бойынша газбен жабдықтау желілеріне қосылуға техникалық шарттар беру (№ 01101006) "
        "мәселесі қаралды.\n\n"
        "Техникалық шарттар беруден бас тартылады, себебі: көрсетілген учаскеде газ құбырының өткізу қабілеті жеткіліксіз.\n\n"
        "Шешіммен келіспеген жағдайда, Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексіне сәйкес шағымдануға құқылысыз.\n\n"
        "Басшының орынбасары                  Ж. Тәжібаева\n").encode("utf-8")),
      A_TURK_ZHKH, [("01101006", "Выдача технических условий на подключение к сетям газоснабжения")], "protocol",
      ("ЕКЦ-2027/101", "2027-01-28", "О направлении протокола обучения по услугам 01101005, 01101006"),
      "Отказ компании в ТУ; к делу ЕКЦ не относится", "kk",
      "Kazakh refusal with 'бас тартылады, себебі' and registry number, addressed to a company")

    # 26 answer to a journalist, eml, cc
    D(eml("s26-answer-journalist", "press@mcs.gov.kz", "Ответ на запрос редакции «Kazinform»", "Thu, 18 Feb 2027 15:15:15 +0500",
          text="Уважаемая Динара!\n\nНа Ваш запрос от 12.02.2027 сообщаем, что государственная услуга «Выдача архивных справок» (00703001) "
               "оказывается в электронном формате через портал eGov, срок — 10 рабочих дней. Консультации по услуге можно получить "
               "по номеру Единого контакт-центра 1414 (звонок бесплатный).\n\n"
               "Ответственным за взаимодействие со СМИ в Министерстве является пресс-секретарь Алиева Камила Ерлановна, "
               "тел. +7 (7172) 74-02-33, press@mcs.gov.kz.\n\nПресс-служба МКС РК\n",
          to="d.saparova@inform.kz", cc=EKC),
      A_MKS, [("00703001", "Выдача архивных справок")], "appointment",
      ("ЕКЦ-2027/158", "2027-02-12", "О назначении ответственного лица по услуге 00703001"),
      "Ответ журналисту; назначение ответственного по п.5 ещё ожидается", "ru",
      "'ответственным ... является' with full name, phone, e-mail and the same registry number — but the press secretary, for a journalist")

    # 27 answer to a deputy, docx attached, mixed
    dep = docx_bytes([
        "Қазақстан Республикасы Парламенті Мәжілісінің депутаты",
        "Е.Б. Сағымбаевқа",
        "Депутату Мажилиса Парламента Республики Казахстан Сагымбаеву Е.Б.",
        "На депутатский запрос № ДЗ-44 от 02.02.2027",
        "Уважаемый Ербол Бакытович! Министерство сельского хозяйства, рассмотрев Ваш запрос по вопросу субсидирования удобрений, сообщает.",
        "Государственная услуга «Субсидирование стоимости удобрений» (№ 00401022 в Реестре) оказывается через ИС «Государственная информационная система субсидирования». "
        "В 2026 году поступило 11 422 заявки, отказано по 614 заявкам.",
        "Изменения в Правила субсидирования будут внесены после их утверждения в установленном порядке и вступят в силу после государственной регистрации.",
        "Министр                                        А. Сапаров",
    ])
    D(eml("s27-deputy-answer", "mgov@minagri.gov.kz", "Жауап ДЗ-44 / Ответ на депутатский запрос", "Fri, 19 Feb 2027 10:00:00 +0500",
          text="Для сведения направляем копию ответа на депутатский запрос.\nАқпарат үшін депутаттық сауалға жауаптың көшірмесін жолдаймыз.\n",
          atts=[("ответ ДЗ-44.docx", dep)], cc="kanc@parlam.kz"),
      A_MSH, [("00401022", "Субсидирование стоимости удобрений")], "additional_answer",
      ("ЕКЦ-2027/88", "2027-01-22", "Дополнительные сведения по услуге 00401022"),
      "Копия ответа депутату; дополнительный ответ ЕКЦ не получен", "mixed",
      "bilingual answer on the same service with refusals count and 'changes after approval'")

    # 28 answer to prosecutor
    D(save("s28-prosecutor-answer.docx", docx_bytes([
        "Прокурору Карагандинской области", "старшему советнику юстиции Ахметову Т.Б.",
        "Исх. № 01-12/233 от 22.02.2027",
        "Во исполнение представления прокуратуры от 05.02.2027 № 2-11-27 об устранении нарушений законодательства о государственных услугах сообщаем.",
        "1. По фактам нарушения сроков оказания государственной услуги 00201004 «Выдача решения на изменение целевого назначения земельного участка» "
        "проведено служебное расследование; к дисциплинарной ответственности привлечены главный специалист Ибраева Г.К. (замечание) и ведущий специалист Волков Д.А. (выговор).",
        "2. Ответственным за соблюдение сроков оказания государственных услуг и внутренний контроль определен заместитель руководителя управления Сарсенбаев Нурлан Жанатович.",
        "3. Представление рассмотрено на оперативном совещании 19.02.2027 с участием прокурора отдела.",
        "Копия направляется в Единый контакт-центр в связи с упоминанием в представлении консультаций по номеру 1414.",
        "Руководитель управления                          Б. Тусупбеков",
    ])), A_KARAG_ZEM, [("00201004", "Выдача решения на изменение целевого назначения земельного участка")], "appointment",
      ("ЕКЦ-2027/17", "2027-01-06", "О назначении ответственного лица (п.5 Правил)"),
      "Ответ прокурору; ответственный за внутренний контроль ≠ ответственный за взаимодействие с ЕКЦ", "ru",
      "'Ответственным ... определен' with full name and position, same registry number, awaiting appointment — but for internal control")

    # 29 order on archive duties, PDF Kazakh
    D(save("s29-order-archive-kk.pdf", pdf_bytes([
        ("b", "ҰЛЫТАУ ОБЛЫСЫНЫҢ БІЛІМ БАСҚАРМАСЫ"), ("b", "БҰЙРЫҚ"), "2027 жылғы 22 ақпан                № 45-н                Жезқазған қ.", ("gap",),
        "Істер номенклатурасын жүргізу және мұрағатқа тапсыру үшін жауапты тұлғаны тағайындау туралы", ("gap",),
        "«Ұлттық мұрағат қоры және мұрағаттар туралы» Қазақстан Республикасының Заңына сәйкес БҰЙЫРАМЫН:",
        "1. Басқарманың құжаттарын сақтау және мұрағатқа тапсыру үшін жауапты тұлға болып ұйымдастыру бөлімінің бас маманы "
        "Мұхамеджанова Сәуле Әділбекқызы тағайындалсын (тел. 8 (7102) 77-41-15).",
        "2. 2026 жылғы құжаттарды мұрағатқа тапсыру мерзімі — 2027 жылғы 1 сәуір.",
        "3. Осы бұйрықтың орындалуын бақылауды өзіме қалдырамын.", ("gap",),
        "Басшы                                          Ғ. Тұрсынов",
    ])), A_ULYTAU_OBR, [("00601012", "Білім туралы құжаттардың телнұсқаларын беру")], "appointment",
      ("ЕКЦ-2027/161", "2027-02-15", "Жауапты тұлғаны тағайындау туралы"),
      "Приказ о назначении ответственного за архив; назначение для ЕКЦ ожидается", "kk",
      "Kazakh order 'жауапты тұлға ... тағайындалсын' with phone, while 'Жауапты тұлғаны тағайындау' is awaited — but for archives")

    # 30 order on IT system admin, eml with docx, Russian
    it = docx_bytes([
        ("c", "ПРИКАЗ № 58-п"), "от 23 февраля 2027 года", "г. Астана",
        "Об определении ответственных лиц за информационные системы",
        "В целях обеспечения бесперебойной работы информационных систем Министерства ПРИКАЗЫВАЮ:",
        ("t", [["№", "Информационная система", "Ответственное лицо", "Должность", "Контакты"],
               ["1", "ИС «Е-лицензирование»", "Тлеубердин Марат Ескендирович", "главный эксперт Департамента цифровизации", "m.tleuberdin@ecogeo.gov.kz, 8 (7172) 74-08-90"],
               ["2", "ИС «Государственный кадастр отходов»", "Абенова Жанна Кайратовна", "эксперт", "zh.abenova@ecogeo.gov.kz"],
               ["3", "Интранет-портал", "Ким Виталий Олегович", "главный специалист", "v.kim@ecogeo.gov.kz"]]),
        "Контроль возложить на ответственного секретаря Министерства.",
        "Вице-министр                                Н. Оразбаев",
    ])
    D(eml("s30-order-it-systems", "kanc@ecogeo.gov.kz", "Приказ 58-п", "Tue, 23 Feb 2027 17:48:02 +0500",
          text="\n\n-- \nКанцелярия МЭПР РК, тел. 8 (7172) 74-00-00\n", atts=[("prikaz_58-p.docx", it)]),
      A_MINEKO, [("01701007", "Выдача экологического разрешения на воздействие для объектов I категории")], "appointment",
      ("ЕКЦ-2027/162", "2027-02-16", "О назначении ответственного лица по услуге 01701007"),
      "Приказ об ответственных за ИС; назначение для ЕКЦ не получено", "ru",
      "empty body, a table of 'Ответственное лицо' with full names, positions, e-mails — for IT systems")

def batch4():
    # 31 commission order
    D(eml("s31-commission-order", "hr@turkistan.gov.kz", "Бұйрық: конкурстық комиссия құрамы / состав конкурсной комиссии", "Wed, 24 Feb 2027 12:12:12 +0500",
          text="ПРИКАЗ № 19-ө от 24.02.2027\n\nОб утверждении состава конкурсной комиссии\n\n"
               "Утвердить конкурсную комиссию для проведения конкурса на занятие вакантных административных государственных должностей корпуса «Б» в составе:\n"
               "Председатель — Тажибаева Жанар Ерболовна, заместитель руководителя;\n"
               "Члены — Абдрахманов Нурсултан Бекович, руководитель отдела персонала; Усенова Гульмира Айдаровна, главный специалист юридического отдела;\n"
               "Секретарь — Сатыбалдиева Меруерт, специалист по персоналу, тел. 8 (7252) 41-08-19.\n\n"
               "Жауапты тұлға: Сатыбалдиева М.\n\nРуководитель управления                Е. Бекжанов\n"),
      A_TURK_ZHKH, [("01101005", "Выдача технических условий на подключение к сетям теплоснабжения")], "appointment",
      ("ЕКЦ-2027/170", "2027-02-19", "О замене ответственного лица"),
      "Состав конкурсной комиссии; ответственный для ЕКЦ не назначен", "mixed",
      "names a 'Жауапты тұлға' with phone and positions; it is a recruitment commission")

    # 32 hotline duty schedule xlsx
    D(save("s32-hotline-duty.xlsx", xlsx_bytes([("Дежурство", [
        ["График дежурства сотрудников на телефоне «горячей линии» по вопросам государственных услуг, март 2027 г."],
        ["Дата", "Ф.И.О. дежурного", "Должность", "Телефон", "E-mail", "Примечание"],
        ["01.03.2027–05.03.2027", "Ержанов Бауыржан Каиргельдинович", "главный специалист", "8 (7132) 55-19-41", "b.erzhanov@aktobe.gov.kz", ""],
        ["09.03.2027–13.03.2027", "Құдайбергенова Ботагөз", "ведущий специалист", "8 (7132) 55-19-40", "b.kudaibergenova@aktobe.gov.kz", "8 марта выходной"],
        ["15.03.2027–19.03.2027", "Жолдасова Алтын Серікқызы", "главный специалист", "8 (7132) 55-19-42", "a.zholdassova@aktobe.gov.kz", ""],
        ["20.03.2027–26.03.2027", "—", "—", "—", "—", "Наурыз мейрамы, дежурство по отдельному графику"],
        [],
        ["Утверждаю: заместитель руководителя Ж. Сапарғалиева"],
    ])])), A_AKT_OBR, [("00601007", "Мектепке дейінгі балалар ұйымдарына жолдама беру")], "appointment",
      ("ЕКЦ-2027/52", "2027-01-14", "О представлении информации и назначении ответственного"),
      "График горячей линии, не назначение ответственного", "mixed",
      "a table of full names, positions, phones, e-mails like column 8; hotline rota")

    # 33 change to take effect after approval, Outlook HTML
    html = """<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri;font-size:11pt">
<p>Уважаемые коллеги!</p>
<p>Информируем, что Министерством разработан проект приказа «О внесении изменений в приказ Министра здравоохранения РК от 30.11.2020 № ҚР ДСМ-220/2020», предусматривающий новую редакцию стандарта государственной услуги <b>00801013 «Выдача лицензии на медицинскую деятельность»</b> (сокращение срока с 15 до 10 рабочих дней, исключение справки об отсутствии судимости).</p>
<p>Проект размещен на портале «Открытые НПА» для публичного обсуждения до 15.03.2027. <b>Изменения вступят в силу после утверждения и государственной регистрации</b>, о чем будет сообщено дополнительно в порядке п. 6 Правил.</p>
<p>Просим пока не вносить изменения в базу знаний ЕКЦ.</p>
<p>С уважением,<br>Кусаинова Динара Болатовна<br>Департамент государственных услуг<br>тел.: 8 (7172) 74-31-15</p></div></body></html>"""
    D(eml("s33-change-after-approval", "d.kussainova@dsm.gov.kz", "Об изменениях в стандарт 00801013 (проект)", "Thu, 25 Feb 2027 10:30:00 +0500",
          html=html, text="Уважаемые коллеги! Проект изменений в стандарт 00801013 размещен на Открытых НПА. Изменения вступят в силу после утверждения.",
          frm_name="Кусаинова Динара Болатовна"),
      A_MZ, [("00801013", "Выдача лицензии на медицинскую деятельность")], "consulting", None,
      "Проект изменений: не вносить в базу знаний до утверждения", "ru",
      "describes a new standard with requisites by the responsible person, but it is only a draft not in force")

    # 34 thanks letter Kazakh docx
    D(save("s34-thanks-kk.docx", docx_bytes([
        ("c", "АЛҒЫС ХАТ"),
        "Бірыңғай байланыс орталығының ұжымына",
        "Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы 2026 жыл бойы мемлекеттік көрсетілетін қызметтер "
        "мәселелері бойынша тиімді ынтымақтастық үшін Бірыңғай байланыс орталығының ұжымына шынайы алғысын білдіреді.",
        "Әсіресе операторлар Назерке Әлиева мен Дмитрий Шевченконың «Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру» "
        "(№ 00302011) қызметі бойынша азаматтарға сапалы кеңес бергенін атап өтеміз.",
        "Жаңа жылда сіздерге табыс пен береке тілейміз!",
        "Басшы                                Қ. Жаңабергенов",
        "2027 жылғы 26 ақпан",
    ])), A_MANG_TRANS, [("00302011", "Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру")], "consulting", None,
      "Благодарность: передать руководству, дело не меняется", "kk", "formal letter on letterhead with a date and registry number; only thanks")

    # 35 greeting Nauryz HTML
    html = """<html><body style="text-align:center;background:#fff8e7"><h2 style="color:#b8860b">Наурыз мейрамы құтты болсын!</h2>
<p>Құрметті Бірыңғай байланыс орталығының ұжымы!</p><p>Сіздерді көктемнің шуақты мерекесі — Наурыз мейрамымен шын жүректен құттықтаймыз!</p>
<p>Уважаемые коллеги! Поздравляем вас с праздником Наурыз! Желаем мира, добра и благополучия!</p>
<p><i>Ақтөбе облысының білім басқармасы / Управление образования Актюбинской области</i></p></body></html>"""
    D(eml("s35-nauryz-greeting", "bilim@aktobe.gov.kz", "Наурыз құтты болсын! / С праздником Наурыз!", "Fri, 19 Mar 2027 09:00:00 +0500", html=html),
      A_AKT_OBR, [("00601007", "Мектепке дейінгі балалар ұйымдарына жолдама беру")], "information",
      ("ЕКЦ-2027/52", "2027-01-14", "О представлении информации по форме приложения 1"),
      "Поздравление; информация по-прежнему ожидается", "mixed", "greeting from an agency whose answer is awaited")

    # 36 spam: courses
    D(eml("s36-spam-courses", "info@gosuslugi-kurs.kz", "Повышение квалификации: «Стандарты госуслуг 2027» — скидка 30%", "Sat, 27 Feb 2027 06:41:00 +0500",
          html="""<html><body><h1>Курсы для госслужащих!</h1><p>Уважаемые руководители ответственных за оказание государственных услуг!</p>
<ul><li>Как заполнить Приложение 1 для Единого контакт-центра без ошибок</li><li>Протокол обучения: образцы и шаблоны</li><li>Назначение ответственного лица: приказ «под ключ»</li></ul>
<p>Сертификат 72 часа. Стоимость 45 000 тг. Тел.: +7 777 123 45 67</p><p><a href="http://gosuslugi-kurs.kz/unsubscribe">Отписаться</a></p></body></html>""",
          extra=[("List-Unsubscribe", "<http://gosuslugi-kurs.kz/unsubscribe>"), ("Precedence", "bulk")]),
      A_MCRIAP, [("00503001", "Выдача электронной цифровой подписи")], "consulting", None,
      "Спам: удалить", "ru", "commercial mailing whose bullet points name every kind of reply")

    # 37 half-filled Appendix 1 draft xlsx
    D(save("s37-half-filled-form-draft.xlsx", xlsx_bytes([("Прил.1 ПРОЕКТ", [
        ["ПРОЕКТ — для внутреннего согласования, в ЕКЦ не направлять до подписания"],
        ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги", "Регламент государственной услуги",
         "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"],
        [1, 2, 3, 4, 5, 6, 7, 8],
        [1, "00106017", "Регистрационный учет плательщика НДС", "уточняется (ДМР)", "?", "уточняется", "", "будет определено"],
        [2, "00106025", "Выдача справки об отсутствии налоговой задолженности", "уточняется (ДМР)", "?", "", "", "будет определено"],
        [],
        ["Исполнитель: ________", None, None, None, None, None, None, "Дата: __.__.2027"],
    ])])), A_MF_KGD, [("00106017", "Регистрационный учет плательщика НДС"), ("00106025", "Выдача справки об отсутствии налоговой задолженности")], "information",
      ("ЕКЦ-2027/149", "2027-02-10", "О представлении информации по форме приложения 1"),
      "Черновик формы, отправленный по ошибке; ждать подписанную форму", "ru",
      "the Appendix 1 header with real registry numbers and names, but marked ПРОЕКТ and columns 4–8 placeholders")

    # 38 internal control commission protocol pdf
    D(save("s38-internal-control-protocol.pdf", pdf_bytes([
        ("b", "ПРОТОКОЛ № 2"), ("b", "заседания комиссии по внутреннему контролю за качеством оказания государственных услуг"),
        "г. Шымкент                                                          01 марта 2027 г.", ("gap",),
        "Присутствовали: председатель комиссии — заместитель акима города Тлеубаев Н.С.; члены: Абдуллаева С.А., Рахимов Д.У., Пак И.В.", ("gap",),
        "1. Рассмотрены результаты внутреннего контроля за 4 квартал 2026 года. Нарушений сроков по услуге 01402003 — 7 случаев; "
        "по информации Единого контакт-центра поступило 23 обращения граждан.",
        "2. Рассмотрен вопрос об отказах в оказании услуги 01402003 (14 отказов). Признаны обоснованными 12.", ("gap",),
        "РЕШИЛИ:", "1. Отделу жилищной политики (Рахимов Д.У.) устранить нарушения до 01.04.2027.",
        "2. Обеспечить обучение работников акиматов районов. 3. Информацию направить в уполномоченный орган по оценке и контролю.", ("gap",),
        "Председатель ____________ Н. Тлеубаев       Секретарь ____________ И. Пак",
    ])), A_SHYM_AK, [("01402003", "Постановка на учет граждан, нуждающихся в жилище")], "protocol",
      ("ЕКЦ-2027/175", "2027-02-22", "О подписании протокола обучения по услуге 01402003"),
      "Протокол комиссии внутреннего контроля, не протокол обучения", "ru",
      "numbered 'ПРОТОКОЛ' with date, registry number, ЕКЦ, training and refusals")

    # 39 staff meeting minutes Kazakh txt, cp1251-unfriendly → utf-8 with BOM
    D(save("s39-apparat-meeting-kk.txt", ("\ufeff" +
        "ҚЫЗЫЛОРДА ОБЛЫСЫНЫҢ ДІН ІСТЕРІ БАСҚАРМАСЫ\nАППАРАТТЫҚ КЕҢЕС ХАТТАМАСЫ\n02.03.2027 ж.\n\n"
        "Қатысқандар: басқарма басшысы Т. Жүсіпов, бөлім басшылары, бас мамандар (барлығы 9 адам).\n\n"
        "1. Ағымдағы жұмыстар туралы. Бөлім басшысы А. Төлегенова 01605003 қызметі бойынша Бірыңғай байланыс орталығымен "
        "оқыту өткізу жоспарланып отырғанын хабарлады. Оқыту күні келісілмеген.\n"
        "2. Наурыз мерекесіне дайындық.\n3. Атқарушылық тәртіп.\n\n"
        "ТАПСЫРЫЛДЫ:\n- Г. Иманбаеваға Бірыңғай байланыс орталығымен оқыту күнін 10 наурызға дейін келісу.\n"
        "- Барлық бөлімдерге хат-хабарларды уақытында орындау.\n\nХаттаманы жүргізген: Г. Иманбаева\n").encode("utf-8")),
      A_KZO_DIN, [("01605003", "Діни әдебиетті тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу")], "protocol",
      ("ЕКЦ-2027/118", "2027-01-29", "Оқыту өткізу және хаттама жіберу туралы"),
      "Аппаратное совещание: обучение не проведено", "kk", "Kazakh 'ХАТТАМАСЫ' with date and registry number; training only planned")

    # 40 question to ЕКЦ: call statistics
    D(eml("s40-question-stats", "t.baizhanova@kostanay.gov.kz", "Запрос статистики звонков 1414", "Tue, 02 Mar 2027 11:46:09 +0500",
          text="Здравствуйте!\nПросим предоставить количество обращений в ЕКЦ 1414 за 2026 год по услугам 01201004, 01201011, 01201015 "
               "в разрезе тематики (консультация / жалоба). Данные нужны для отчета по внутреннему контролю к 10 марта.\n"
               "Ранее направленная информация по форме приложения 1 остается без изменений.\n\nБайжанова Тамара Ерлановна\nтел. 8 (7142) 50-33-18\n\nОтправлено с iPhone\n"),
      A_KOST_PR, [("01201004", "Выдача лицензии на оптовую реализацию алкогольной продукции")], "consulting", None,
      "Запрос статистики: передать в аналитический отдел", "ru", "request from the responsible person, mentions Appendix 1 'без изменений'")

def batch5():
    # 41 Documentolog: document signed notice
    D(eml("s41-documentolog-signed", "noreply@documentolog.kz", "Документ подписан: Протокол обучения ЕКЦ (00401022)", "Wed, 03 Mar 2027 16:20:44 +0500",
          html="""<html><body><table style="font-family:Arial;font-size:13px"><tr><td><img alt="Documentolog" src="cid:logo"></td></tr>
<tr><td><p>Здравствуйте!</p><p>Документ <b>«Протокол принятия ЕКЦ государственной услуги 00401022 для консультирования»</b> (рег. № 12-04/ВН-311 от 03.03.2027) подписан пользователем <b>Аманов Руслан Маратович</b>.</p>
<p>Маршрут согласования: 2 из 3 подписей. Ожидает подписания: Директор Департамента Сейтов К.</p>
<p><a href="https://minagri.documentolog.kz/doc/98123">Открыть документ в системе</a></p>
<p style="color:#999;font-size:11px">Это уведомление СЭД Documentolog. Вложения не передаются по почте.</p></td></tr></table></body></html>"""),
      A_MSH, [("00401022", "Субсидирование стоимости удобрений")], "protocol",
      ("ЕКЦ-2027/180", "2027-02-25", "О подписании протокола обучения по услуге 00401022"),
      "Уведомление СЭД: протокол в согласовании внутри органа, сам протокол не получен", "ru",
      "says 'Протокол ... подписан' with a date and the registry number; a workflow notice, 2 of 3 signatures, no document")

    # 42 webinar invitation from the state corporation, mixed HTML
    D(eml("s42-webinar-goscorp", "training@gov4c.kz", "Вебинар / Вебинар: «Изменения в Реестре государственных услуг 2027»", "Thu, 04 Mar 2027 10:05:00 +0500",
          html="""<html><body><p><b>ҚҰРМЕТТІ ӘРІПТЕСТЕР! / УВАЖАЕМЫЕ КОЛЛЕГИ!</b></p>
<p>«Азаматтарға арналған үкімет» мемлекеттік корпорациясы 2027 жылғы 11 наурызда сағат 11:00-де вебинар өткізеді.</p>
<p>Государственная корпорация приглашает на вебинар 11 марта 2027 г. в 11:00 (Астана). Темы:</p>
<ol><li>Изменения в Реестр государственных услуг (постановление № 58 от 30.01.2027)</li><li>Новые стандарты услуг 00501014, 00501020</li><li>Взаимодействие ЦОН и Единого контакт-центра</li></ol>
<p>Регистрация: <a href="https://gov4c.kz/webinar">gov4c.kz/webinar</a>. Қатысу тегін / Участие бесплатное.</p></body></html>""",
          to="undisclosed-recipients:;"),
      A_ZKO_SOC, [("00501020", "Назначение адресной социальной помощи")], "additional_answer",
      ("ЕКЦ-2027/131", "2027-02-01", "Уточнение перечня документов по услуге 00501020"),
      "Приглашение на вебинар, не ответ органа", "mixed", "invitation mentioning registry numbers, changed Registry and the contact centre")

    # 43 list of staff who passed courses xlsx
    D(save("s43-staff-trained-list.xlsx", xlsx_bytes([("Список", [
        ["Список работников, прошедших обучение на курсах повышения квалификации «Государственные услуги: стандарты и качество» (Академия госуправления, 22–26.02.2027)"],
        ["№", "ФИО", "Должность", "Подразделение", "№ сертификата"],
        [1, "Рахимов Дамир Усенович", "руководитель отдела", "отдел жилищной политики", "АГУ-27-00412"],
        [2, "Абдуллаева Сауле Аскаровна", "главный специалист", "отдел жилищной политики", "АГУ-27-00413"],
        [3, "Пак Ирина Валерьевна", "главный специалист", "отдел контроля", "АГУ-27-00414"],
        [4, "Орынбасаров Ерлан", "ведущий специалист", "отдел документационного обеспечения", "АГУ-27-00415"],
        [],
        ["Обучение проведено", None, "Протокол не требуется"],
    ])])), A_SHYM_AK, [("01402003", "Постановка на учет граждан, нуждающихся в жилище")], "protocol",
      ("ЕКЦ-2027/175", "2027-02-22", "О подписании протокола обучения по услуге 01402003"),
      "Список прошедших курсы: это обучение сотрудников органа, не ЕКЦ", "ru",
      "'Обучение проведено' with names and dates while a training protocol is awaited")

    # 44 answer later pending approval of МНЭ, PDF
    D(save("s44-answer-after-mne.pdf", pdf_bytes([
        ("b", "МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН"), "010000, г. Астана, ул. Мәңгілік Ел, 8, Дом министерств", ("gap",),
        "№ 05-2-14/3310 от 05.03.2027", "На № ЕКЦ-2027/184 от 26.02.2027", ("gap",), "Единый контакт-центр", ("gap",),
        "Министерство, рассмотрев Ваше письмо о представлении дополнительной информации по государственной услуге 00501014 «Назначение пособия по уходу за ребенком по достижении им возраста одного года», сообщает.",
        "Запрашиваемые разъяснения по перечню документов для лиц, работающих по договорам ГПХ, требуют согласования с Министерством национальной экономики. "
        "Ответ будет направлен дополнительно по получении позиции МНЭ, ориентировочно до 25 марта 2027 года.", ("gap",),
        "Вице-министр                                             А. Ергалиева", ("gap",), "Исп.: Жумадилова С., 74-05-91",
    ])), A_MTSZN, [("00501014", "Назначение пособия по уходу за ребенком по достижении им возраста одного года")], "additional_answer",
      ("ЕКЦ-2027/184", "2027-02-26", "О дополнительной информации по услуге 00501014"),
      "Промежуточный ответ: дополнительный ответ ожидается до 25.03.2027", "ru",
      "formal signed letter 'На № ЕКЦ...' with registry number — only says the answer comes later")

    # 45 list of acts that lost force, docx
    D(save("s45-acts-lost-force.docx", docx_bytes([
        ("c", "ПЕРЕЧЕНЬ"), ("c", "нормативных правовых актов, утративших силу и измененных в феврале 2027 года (по сфере архивного дела)"),
        ("t", [["№", "Реквизиты акта", "Статус", "Связанные госуслуги"],
               ["1", "Приказ Министра культуры и спорта РК от 22.04.2015 № 146", "утратил силу с 01.02.2027", "00703001, 00703002"],
               ["2", "Приказ и.о. Министра культуры и информации РК от 14.01.2027 № 9-НҚ «Об утверждении Правил оказания государственных услуг в сфере архивного дела»", "введен в действие 01.02.2027", "00703001, 00703002"],
               ["3", "Постановление акимата СКО от 10.06.2015 № 211 (регламент)", "утратило силу", "00703001"]]),
        "Справочно. Подготовлено юридическим отделом для сотрудников архива.",
        "Юрисконсульт                       Д. Байтенова",
    ])), A_SKO_ARCH, [("00703001", "Выдача архивных справок")], "protocol",
      ("ЕКЦ-2027/143", "2027-02-05", "О проведении обучения и подписании протокола"),
      "Внутренняя справка юриста; уведомление по п.6 не оформлено", "ru",
      "table of changed standards and regulation with registry numbers — an internal reference list, not a change notice")

    # 46 Kazakh auto-reply: registered
    D(eml("s46-autoreply-registered-kk", "kense@mcs.gov.kz", "Хатыңыз тіркелді / Ваше письмо зарегистрировано: ЕКЦ-2027/190", "Fri, 05 Mar 2027 14:00:09 +0500",
          text="Құрметті хат жіберуші!\nСіздің хатыңыз Қазақстан Республикасы Мәдениет және спорт министрлігінің кеңсесінде тіркелді.\n"
               "Кіріс нөмірі: 05-2/1455. Тіркеу күні: 05.03.2027.\nОрындау мерзімі — 15 жұмыс күні.\n\n"
               "Уважаемый отправитель! Ваше письмо зарегистрировано. Вх. № 05-2/1455 от 05.03.2027.\nБұл хатқа жауап бермеңіз.\n",
          extra=[("Auto-Submitted", "auto-generated")]),
      A_MKS, [("00703002", "Архивтік анықтамалар беру")], "appointment",
      ("ЕКЦ-2027/190", "2027-03-03", "Жауапты тұлғаны тағайындау туралы"),
      "Автоуведомление о регистрации", "mixed", "auto-generated registration notice with numbers and a deadline")

    # 47 sent in error: letter for ЦОН, corrected
    D(eml("s47-sent-in-error", "a.mukhtarova@almaty.gov.kz", "Ошибочно направлено / Re: О выданных АПЗ", "Fri, 05 Mar 2027 15:31:00 +0500",
          text="Уважаемые коллеги, письмо от 10.02.2027 (исх. 02-17/611) направлено в ваш адрес ошибочно, просим не учитывать.\n"
               "Информацию по вашему запросу ЕКЦ-2027/120 подготовим отдельно.\n\nМухтарова Алия, 271-65-40\n\n"
               "> -----Исходное сообщение-----\n> От: uag@almaty.gov.kz\n> Отправлено: 10 февраля 2027 г. 9:55\n> Тема: О предоставлении сведений о выданных АПЗ\n"
               "> ... всего 412, из них мотивированных отказов — 37.\n"),
      A_ALM_ARCH, [("00303004", "Выдача архитектурно-планировочного задания")], "additional_answer",
      ("ЕКЦ-2027/120", "2027-02-01", "О представлении дополнительной информации по услуге 00303004"),
      "Отзыв ошибочного письма; дополнительный ответ ещё ожидается", "ru",
      "references our letter number and quotes statistics; withdraws a letter and promises later")

    # 48 draft regulation 'after approval' docx Kazakh/Russian
    D(save("s48-draft-rules-after-approval.docx", docx_bytes([
        "Жоба / Проект",
        ("c", "Қазақстан Республикасы Экология және табиғи ресурстар министрінің бұйрығы"),
        ("c", "«Экологиялық рұқсаттар беру қағидаларына өзгерістер енгізу туралы»"),
        "1. Экологиялық рұқсаттар беру қағидаларына (мемлекеттік көрсетілетін қызмет № 01701007) мынадай өзгерістер енгізілсін: "
        "көрсетілетін қызметті беру мерзімі 25 жұмыс күні болып белгіленсін.",
        "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
        "Пояснение: проект находится на согласовании в Министерстве юстиции; изменения вступят в силу только после утверждения и государственной регистрации. "
        "Направляется в Единый контакт-центр для сведения.",
        "Министр                                      _______________",
    ])), A_MINEKO, [("01701007", "Выдача экологического разрешения на воздействие для объектов I категории")], "appointment",
      ("ЕКЦ-2027/162", "2027-02-16", "О назначении ответственного лица по услуге 01701007"),
      "Проект приказа: не изменение, не назначение", "mixed", "draft order changing a service's rules, unsigned, 'вступят в силу только после утверждения'")

    # 49 blank Kazakh Appendix 1 form PDF
    D(save("s49-blank-form-kk.pdf", pdf_bytes([
        "Бірыңғай байланыс орталығының өзара іс-қимыл қағидаларына 1-қосымша", ("gap",),
        ("b", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу"), ("gap",),
        "| Р/с № | Тізілімдегі № | Атауы | Стандарты | Регламенті | НҚА өзгерістері | Интернет-ресурс | Жауапты тұлғаның Т.А.Ә., лауазымы |",
        "|   1   |       2       |   3   |     4     |     5      |        6        |        7        |                 8                 |",
        "|       |               |       |           |            |                 |                 |                                   |",
        "|       |               |       |           |            |                 |                 |                                   |", ("gap",),
        "Жауапты орындаушының Т.А.Ә. ______________________", "Күні: « __ » ____________ 20__ ж.", ("gap",),
        "(Толтыру үшін үлгі. Басқарманың ішкі құжат айналымы үшін басып шығарылған.)",
    ])), A_ULYTAU_OBR, [("00601012", "Білім туралы құжаттардың телнұсқаларын беру")], "information",
      ("ЕКЦ-2027/161", "2027-02-15", "1-қосымша нысаны бойынша ақпарат беру туралы"),
      "Пустой бланк формы; информация ожидается", "kk", "Kazakh Appendix 1 grid with header and 1–8 row but no data")

    # 50 monthly report of hotline calls, Kazakh xlsx with 'бас тарту'
    D(save("s50-monthly-report-kk.xlsx", xlsx_bytes([("Ақпан", [
        ["2027 жылғы ақпандағы мемлекеттік көрсетілетін қызметтер туралы есеп"],
        ["Тізілім №", "Қызмет атауы", "Барлығы", "Оң нәтиже", "Бас тарту", "Мерзімі бұзылған"],
        ["00601007", "Мектепке дейінгі балалар ұйымдарына жолдама беру", 1840, 1702, 138, 4],
        ["00601012", "Білім туралы құжаттардың телнұсқаларын беру", 96, 95, 1, 0],
        ["Жиыны", "", 1936, 1797, 139, 4],
        [],
        ["Орындаған: Жолдасова А.С.", "", "", "", "", "Күні: 03.03.2027"],
    ]), ("Свод", [["Всего услуг", 1936], ["Отказы", 139]])])),
      A_AKT_OBR, [("00601007", "Мектепке дейінгі балалар ұйымдарына жолдама беру")], "information",
      ("ЕКЦ-2027/52", "2027-01-14", "О представлении информации по форме приложения 1"),
      "Статистический отчёт; информация по форме приложения 1 ожидается", "kk",
      "Kazakh table with registry numbers, names, 'Бас тарту' column and an 'Орындаған' line with date")

def batch6():
    # 51 invitation to public council, cp1251 HTML
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<p align=right>Исх. № 01-09/512 от 09.03.2027</p><p align=right>Директору Единого контакт-центра</p>
<p>Уважаемый руководитель!</p><p>Приглашаем представителя Единого контакт-центра принять участие в заседании Общественного совета Костанайской области по вопросам
качества оказания государственных услуг, которое состоится <b>18 марта 2027 года в 15.00</b> в здании акимата (г. Костанай, ул. Аль-Фараби, 66, зал заседаний, 3 этаж).</p>
<p>Вопрос повестки: «Об уровне удовлетворенности услугополучателей услугами 01201004, 01201011».</p>
<p>Просим до 15.03.2027 сообщить Ф.И.О. и должность участника по тел. 8 (7142) 50-33-10.</p>
<p>Руководитель управления&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; М. Дюсенов</p></body></html>"""
    D(eml("s51-public-council-invite-cp1251", "kaspi@kostanay.gov.kz", "Приглашение на заседание Общественного совета", "Tue, 09 Mar 2027 10:10:10 +0500",
          html=html, cs="windows-1251", cte="qp"),
      A_KOST_PR, [("01201004", "Выдача лицензии на оптовую реализацию алкогольной продукции"), ("01201011", "Включение в реестр субъектов МСБ-получателей поддержки")], "consulting", None,
      "Приглашение: назначить участника от ЕКЦ; дело не меняется", "ru", "cp1251 QP HTML letter with outgoing number, registry numbers, asks us for a name and position")

    # 52 short acknowledgement quoting our request
    D(eml("s52-ack-quoted", "s.nurpeisova@mcs.gov.kz", "RE: ЕКЦ-2027/60 Оқыту хаттамасы туралы / О протоколе обучения", "Wed, 10 Mar 2027 18:55:00 +0500",
          text="Получили, спасибо. Алдық, рахмет.\n\nС.Н.\n\n"
               "From: info@ekc.gov.kz\nSent: Monday, January 18, 2027 10:01 AM\nTo: kense@mcs.gov.kz\nSubject: ЕКЦ-2027/60 Оқыту хаттамасы туралы / О протоколе обучения\n\n"
               "Уважаемые коллеги! В соответствии с пунктом 8 Правил просим провести обучение по услуге 00703002 и направить подписанный протокол "
               "принятия государственной услуги для консультирования.\nПротокол обучения прилагается для подписания.\n"),
      A_MKS, [("00703002", "Архивтік анықтамалар беру")], "protocol",
      ("ЕКЦ-2027/60", "2027-01-18", "Оқыту хаттамасы туралы"),
      "Подтверждение получения; протокол не направлен", "mixed",
      "two-word reply on top of our quoted request that contains 'протокол', p.8 and the registry number")

    # 53 ex-employee auto-reply
    D(eml("s53-employee-left-autoreply", "z.isabekova@mangystau.gov.kz", "Undeliverable/Автоответ: ЕКЦ-2027/201 Уточнение по услуге 00302011", "Thu, 11 Mar 2027 08:30:00 +0500",
          text="Данный сотрудник (Исабекова Ж.Т.) больше не работает в Управлении. Письма с этого адреса не просматриваются.\n"
               "Просим направлять корреспонденцию на общий адрес zholdar@mangystau.gov.kz.\n\nЭто автоматическое сообщение.\n",
          extra=[("Auto-Submitted", "auto-replied")]),
      A_MANG_TRANS, [("00302011", "Автобустардың жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру")], "additional_answer",
      ("ЕКЦ-2027/201", "2027-03-10", "Уточнение по услуге 00302011"),
      "Автоответ: бывший ответственный уволен, новое лицо не названо; переотправить на общий адрес и запросить уведомление по п.7", "ru",
      "says the responsible person left — but an auto-reply naming no successor")

    # 54 report to authorized body, cc ЕКЦ, pdf attached
    rep = pdf_bytes([
        ("b", "Агентству Республики Казахстан по делам государственной службы"), ("b", "(уполномоченный орган по оценке и контролю за качеством оказания государственных услуг)"), ("gap",),
        "Информация об итогах внутреннего контроля за качеством оказания государственных услуг за 2026 год", ("gap",),
        "Управлением энергетики и ЖКХ Туркестанской области в 2026 году оказано 6 214 государственных услуг, из них 01101005 — 2 019, 01101006 — 4 195.",
        "Отказов — 312 (5%). Нарушений сроков — 3. Жалоб, поступивших через Единый контакт-центр — 11, все рассмотрены.",
        "Ответственным за внутренний контроль является заместитель руководителя Тажибаева Ж.Е.", ("gap",),
        "Руководитель управления                         Е. Бекжанов",
    ])
    D(eml("s54-report-to-agency-cc", "energy@turkistan.gov.kz", "Итоги внутреннего контроля 2026", "Fri, 12 Mar 2027 12:00:00 +0500",
          text="Направляем информацию (копия в ЕКЦ для сведения).\n", to="kanc@kyzmet.gov.kz", cc=EKC,
          atts=[("Итоги ВК 2026.pdf", rep)]),
      A_TURK_ZHKH, [("01101005", "Выдача технических условий на подключение к сетям теплоснабжения"), ("01101006", "Выдача технических условий на подключение к сетям газоснабжения")], "protocol",
      ("ЕКЦ-2027/101", "2027-01-28", "О направлении протокола обучения по услугам 01101005, 01101006"),
      "Отчёт в АДГС, копия для сведения", "ru", "report to the authorized body with registry numbers, refusals and a responsible person for internal control")

    # 55 Kazakh: request to extend the deadline, HTML
    D(eml("s55-extend-kk-html", "zher@astana.gov.kz", "Мерзімді ұзарту туралы", "Mon, 15 Mar 2027 11:45:00 +0500",
          html="""<div style="font-family:'Times New Roman';font-size:14px"><p>Бірыңғай байланыс орталығына</p>
<p>Сіздің 2027 жылғы 21 қаңтардағы № ЕКЦ-2027/77 хатыңызға сәйкес «Жер учаскесіне құқық беру» (№ 00201002) мемлекеттік көрсетілетін қызметі бойынша оқыту
хаттамасына қол қою мерзімін 2027 жылғы 9 сәуірге дейін ұзартуды сұраймыз.</p><p>Себебі: қызмет регламентіне өзгерістер енгізілуде, оқытуды жаңа редакция бойынша өткізу орынды.</p>
<p>Басшының орынбасары&nbsp;&nbsp;&nbsp;Н. Оразалин</p><p style="font-size:11px">Орынд. А. Ким, 8 (7172) 55-71-30</p></div>"""),
      A_ASTANA_ZHER, [("00201002", "Жер учаскесіне құқық беру")], "protocol",
      ("ЕКЦ-2027/77", "2027-01-21", "О подписании протокола принятия услуги 00201002"),
      "Перенос срока подписания протокола до 09.04.2027", "kk", "Kazakh formal letter on the training protocol with a date and 'Себебі:' — asks for more time")

    # 56 internal chain accidentally cc'd
    D(eml("s56-internal-chain-cc", "a.tolegenova@kyzylorda.gov.kz", "RE: RE: кого ставим по ЕКЦ?", "Mon, 15 Mar 2027 17:02:00 +0500",
          text="Асель, давай пока не будем никого ставить, пусть Тимур Жумабекович сам решит после отпуска. Может Иманбаеву, но она уходит в декрет.\n\n"
               "-----Original Message-----\nFrom: g.imanbaeva@kyzylorda.gov.kz\nSent: 15.03.2027 16:40\n"
               "Subject: RE: кого ставим по ЕКЦ?\n\nЯ думаю Сейткали Арман Нурланович, гл. специалист, 8 (7242) 23-61-20 — он в теме по 01605003.\n",
          to="a.seitkali@kyzylorda.gov.kz", cc="g.imanbaeva@kyzylorda.gov.kz, info@ekc.gov.kz"),
      A_KZO_DIN, [("01605003", "Діни әдебиетті тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу")], "appointment",
      ("ЕКЦ-2027/205", "2027-03-09", "О назначении ответственного лица"),
      "Внутренняя переписка, попавшая в копию: назначения нет, ждать официального письма", "ru",
      "internal discussion proposing a named person with position and phone for 'ЕКЦ' — no decision")

    # 57 zip with two docx (program and list of participants)
    import zipfile
    prog = docx_bytes([("c", "ПРОГРАММА"), ("c", "республиканского семинара-совещания «Цифровизация государственных услуг в АПК»"),
                       "Дата: 25 марта 2027 года. Место: г. Астана, Дом министерств, зал 2.",
                       ("t", [["Время", "Вопрос", "Докладчик"], ["10:00", "Вступительное слово", "Вице-министр Т. Жанұзақов"],
                              ["10:20", "Субсидирование через ГИСС: изменения 2027 года (00401022)", "Аманов Р.М."],
                              ["11:00", "Взаимодействие с Единым контакт-центром: итоги 2026", "Касымова Д.Е."],
                              ["12:00", "Кофе-брейк", ""]])])
    spis = docx_bytes([("c", "Список участников"), ("t", [["№", "ФИО", "Организация"], ["1", "Аманов Руслан Маратович", "МСХ РК"],
                       ["2", "Касымова Диляра Ерлановна", "МСХ РК"], ["3", "представитель", "Единый контакт-центр (по согласованию)"]])])
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w") as z:
        z.writestr("programma.docx", prog); z.writestr("spisok_uchastnikov.docx", spis)
    fname, parts = eml("s57-seminar-zip", "d.kassymova@minagri.gov.kz", "Семинар-совещание 25.03", "Tue, 16 Mar 2027 09:20:00 +0500",
          text="Добрый день! Во вложении программа семинара и список участников. Просим подтвердить участие.\nКасымова Д.\n",
          atts=[("seminar_25.03.zip", zb.getvalue())])
    D((fname, ["body", "programma.docx", "spisok_uchastnikov.docx"]), A_MSH, [("00401022", "Субсидирование стоимости удобрений")], "protocol",
      ("ЕКЦ-2027/180", "2027-02-25", "О подписании протокола обучения по услуге 00401022"),
      "Приглашение на семинар; протокол ожидается", "ru", "zip with a seminar programme table mentioning the registry number and the contact centre")

    # 58 thanks for training + promise of protocol
    D(eml("s58-thanks-training-later", "r.amanov@minagri.gov.kz", "Обучение 12.03.2027", "Tue, 16 Mar 2027 13:13:00 +0500",
          text="Коллеги, добрый день!\n\nБлагодарим операторов ЕКЦ за участие в обучении 12 марта по услуге 00401022 «Субсидирование стоимости удобрений». "
               "Протокол принятия услуги для консультирования находится на подписании у директора Департамента, "
               "подписанный экземпляр направим дополнительно (ориентировочно до 19.03.2027).\n\n"
               "Аманов Руслан Маратович\nглавный эксперт Департамента земледелия\n8 (7172) 55-60-14\n"),
      A_MSH, [("00401022", "Субсидирование стоимости удобрений")], "protocol",
      ("ЕКЦ-2027/180", "2027-02-25", "О подписании протокола обучения по услуге 00401022"),
      "Обучение проведено, но протокол не подписан: ожидание сохранить", "ru",
      "states training took place on a date, names the registry number — the protocol itself is still on signature")

    # 59 Әділет newsletter Kazakh
    D(eml("s59-adilet-newsletter-kk", "news@adilet.zan.kz", "«Әділет» АҚЖ: заңнамадағы өзгерістер (апта)", "Wed, 17 Mar 2027 07:00:00 +0500",
          html="""<html><body><h2>Заңнамадағы өзгерістер</h2><p>Осы аптада «Әділет» ақпараттық-құқықтық жүйесінде жарияланды:</p>
<ul><li>ҚР Денсаулық сақтау министрінің 2027 жылғы 10 наурыздағы № ҚР ДСМ-31 бұйрығы «Медициналық қызметке лицензия беру» мемлекеттік көрсетілетін қызмет стандартына өзгерістер (00801013)</li>
<li>ҚР Ішкі істер министрінің 2027 жылғы 11 наурыздағы № 144 бұйрығы (00902011)</li>
<li>Павлодар облысы әкімдігінің 2027 жылғы 4 наурыздағы № 55/3 қаулысы</li></ul>
<p>Жазылымнан бас тарту: <a href="https://adilet.zan.kz/unsubscribe">осында</a></p></body></html>""", to="subscribers@adilet.zan.kz"),
      A_MYU, [("01901002", "Государственная регистрация юридических лиц")], "consulting", None,
      "Рассылка ИПС: для аналитиков, не уведомление органа", "kk", "Kazakh newsletter listing new orders changing standards with registry numbers")

    # 60 employee left — eml from HR informing of dismissal, no successor
    D(eml("s60-dismissal-no-successor", "kadr@pavlodar.gov.kz", "Информация", "Wed, 17 Mar 2027 10:40:00 +0500",
          text="Сообщаем, что главный специалист отдела государственных услуг Серикбаев Нурлан Амангельдинович уволен по собственному желанию "
               "приказом № 31-л/с от 16.03.2027. Вопрос о распределении его обязанностей будет решен после проведения конкурса на вакантную должность.\n\n"
               "Отдел кадровой работы ГУ «Управление ветеринарии Павлодарской области»\n"),
      A_PAV_VET, [("00702005", "Выдача ветеринарного паспорта на животное")], "information",
      ("ЕКЦ-2027/140", "2027-02-04", "О представлении информации по форме приложения 1"),
      "Увольнение без назначения замены; запросить уведомление по п.7 после конкурса", "ru",
      "HR note that a person was dismissed, no new person named")

def batch7():
    # 61 vacation schedule order docx
    D(save("s61-vacation-schedule.docx", docx_bytes([
        ("c", "ГРАФИК ЕЖЕГОДНЫХ ОПЛАЧИВАЕМЫХ ТРУДОВЫХ ОТПУСКОВ НА 2027 ГОД"),
        "Департамент регистрационной службы Министерства юстиции РК",
        ("t", [["№", "Ф.И.О.", "Должность", "Период отпуска", "Замещающий"],
               ["1", "Жакупова Асем Муратовна", "главный эксперт (ответственная за взаимодействие с ЕКЦ)", "05.04.2027–30.04.2027", "Тулегенов Нурбол Асхатович"],
               ["2", "Тулегенов Нурбол Асхатович", "эксперт", "02.08.2027–27.08.2027", "Жакупова А.М."],
               ["3", "Сергеева Ольга Петровна", "руководитель управления", "06.09.2027–01.10.2027", "Тулегенов Н.А."]]),
        "Утвержден приказом директора Департамента от 22.12.2026 № 410-о.",
    ])), A_MYU, [("01901002", "Государственная регистрация юридических лиц"), ("01901010", "Апостилирование официальных документов")], "consulting", None,
      "График отпусков: временное замещение, не замена ответственного", "ru",
      "names the responsible person and a 'Замещающий' with dates — a yearly leave plan, not a p.7 notice")

    # 62 agenda of interagency commission, PDF
    D(save("s62-commission-agenda.pdf", pdf_bytes([
        ("b", "ПОВЕСТКА ДНЯ"), ("b", "заседания межведомственной комиссии по вопросам регулирования миграционных процессов"),
        "Дата: 24 марта 2027 г., 10:00. Место: МВД РК, зал коллегии.", ("gap",),
        "1. О ходе выдачи разрешений на постоянное проживание (услуга 00902011) — докладчик Бекова Т.А.",
        "2. О предложениях Единого контакт-центра по информированию иностранцев — докладчик представитель ЕКЦ (по согласованию).",
        "3. О проекте изменений в Правила оказания услуги (вступят в силу после утверждения).", ("gap",),
        "Секретарь комиссии: Омаров Д.К., тел. 8 (7172) 71-44-03",
    ])), A_MVD_MP, [("00902011", "Выдача разрешения на постоянное проживание иностранцам")], "appointment",
      ("ЕКЦ-2027/95", "2027-01-26", "О назначении ответственного лица по услуге 00902011"),
      "Повестка заседания; назначение не получено", "ru", "agenda naming the service, ЕКЦ, a reporter and a secretary with phone")

    # 63 minutes of a working meeting with ЕКЦ: training partially, protocol later
    D(save("s63-working-meeting-ekc.docx", docx_bytes([
        ("c", "ПРОТОКОЛ РАБОЧЕЙ ВСТРЕЧИ"),
        ("c", "представителей ГУ «Управление координации занятости и социальных программ ЗКО» и Единого контакт-центра"),
        "г. Уральск, 18.03.2027",
        "Участники: Каримова Э.Р., Шакенов Б.С. (Управление); Гринь О.П., Ахметова Ж. (ЕКЦ, онлайн).",
        "1. Обсуждены вопросы консультирования по услуге 00501020 «Назначение адресной социальной помощи».",
        "2. Проведено ознакомление операторов с изменениями в перечне документов. Полноценное обучение не проведено в связи с отсутствием утвержденной редакции Правил.",
        "3. Договорились: повторное обучение провести после утверждения Правил; протокол принятия услуги для консультирования оформить по его итогам.",
        "4. Ответственным за подготовку презентации определить Шакенова Бауыржана Сериковича.",
        ("t", [["От Управления", "От ЕКЦ"], ["Каримова Э.Р. ______", "Гринь О.П. ______"]]),
    ])), A_ZKO_SOC, [("00501020", "Назначение адресной социальной помощи")], "protocol",
      ("ЕКЦ-2027/208", "2027-03-11", "О проведении обучения по услуге 00501020"),
      "Рабочая встреча: обучение не завершено, протокол принятия будет позже", "ru",
      "signed two-party 'ПРОТОКОЛ' with ЕКЦ staff, a date and the registry number; explicitly not the acceptance protocol")

    # 64 answer to citizen Kazakh txt
    D(save("s64-citizen-answer-kk.txt", (
        "Жамбыл облысы Байзақ ауданы әкімінің аппараты\n\nАзамат Қ. Сыздықовқа\nСарыкемер ауылы, Байзақ батыр к-сі, 12\n\n"
        "2027 жылғы 19 наурыз, № ЖТ-2027-0051992\n\n"
        "Құрметті Қайрат Мұратұлы!\n\n"
        "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру (№ 00201004) мәселесі бойынша өтінішіңіз қаралды. "
        "Сізге қызмет көрсетуден бас тартылды, өйткені жер учаскесі ауыл шаруашылығы мақсатындағы жерлер санатына жатады "
        "және аймақтарға бөлу жобасына сәйкес келмейді.\n\n"
        "Қосымша ақпаратты 1414 Бірыңғай байланыс орталығынан алуға болады.\n\n"
        "Аудан әкімінің орынбасары            Д. Бекмұрзаев\n").encode("utf-8")),
      A_ZHAMB_AKIM, [("00201004", "Выдача решения на изменение целевого назначения земельного участка")], "additional_answer",
      ("ЕКЦ-2027/199", "2027-03-05", "О дополнительной информации по услуге 00201004"),
      "Ответ гражданину; дополнительный ответ ЕКЦ не дан", "kk",
      "Kazakh refusal with 'бас тартылды, өйткені' and registry number, addressed to a citizen")

    # 65 cp1251 txt: order on internal control duties
    D(save("s65-order-internal-control-cp1251.txt", (
        "Приказ № 77-ОД от 19.03.2027\n\nОб организации внутреннего контроля за качеством оказания государственных услуг\n\n"
        "ПРИКАЗЫВАЮ:\n1. Ответственным за проведение внутреннего контроля за качеством оказания государственных услуг "
        "назначить Рахимова Дамира Усеновича, руководителя отдела жилищной политики.\n"
        "2. Ответственным за ведение ИС Мониторинг назначить Пак Ирину Валерьевну, главного специалиста.\n"
        "3. Ежеквартально к 5 числу месяца представлять информацию в отдел контроля аппарата акима.\n"
        "4. Приказ от 14.03.2025 № 31-ОД признать утратившим силу.\n\n"
        "Руководитель аппарата акима                      К. Есимов\n").encode("cp1251")),
      A_SHYM_AK, [("01402003", "Постановка на учет граждан, нуждающихся в жилище")], "appointment",
      ("ЕКЦ-2027/210", "2027-03-12", "О назначении ответственного лица по услуге 01402003"),
      "Ответственные за внутренний контроль и ИС Мониторинг — не за взаимодействие с ЕКЦ", "ru",
      "cp1251 text 'Ответственным ... назначить' twice with full names in accusative — wrong duty")

    # 66 press release PDF mixed
    D(save("s66-press-release.pdf", pdf_bytes([
        ("b", "БАСПАСӨЗ РЕЛИЗІ / ПРЕСС-РЕЛИЗ"), "22.03.2027", ("gap",),
        "Павлодар облысында жануарларға ветеринариялық паспорт беру толығымен электронды форматқа көшті.",
        "С 1 апреля 2027 года ветеринарный паспорт на животное (услуга 00702005) выдается только через портал eGov. "
        "Консультации — по номеру Единого контакт-центра 1414. Изменения внесены приказом Министра сельского хозяйства от 01.03.2027 № 88.",
        "Пресс-служба управления: Ахметова Мадина, +7 (7182) 32-11-05, press.vet@pavlodar.gov.kz",
    ])), A_PAV_VET, [("00702005", "Выдача ветеринарного паспорта на животное")], "information",
      ("ЕКЦ-2027/140", "2027-02-04", "О представлении информации по форме приложения 1"),
      "Пресс-релиз: сведения для базы знаний проверить отдельно, ответа по форме нет", "mixed",
      "announces a changed act and the service's registry number with a contact person — a press release")

    # 67 action plan xlsx with 'ответственный исполнитель'
    D(save("s67-action-plan.xlsx", xlsx_bytes([("План", [
        ["ПЛАН мероприятий по повышению качества оказания государственных услуг на 2027 год"],
        ["№", "Мероприятие", "Форма завершения", "Срок", "Ответственный исполнитель"],
        [1, "Актуализация сведений об услугах 00106017, 00106025 в базе знаний Единого контакт-центра", "письмо в ЕКЦ", "II квартал", "ДМР (Бондаренко И.С.)"],
        [2, "Обучение операторов ЕКЦ по изменениям Налогового кодекса", "протокол", "III квартал", "ДМР, ЕКЦ (по согласованию)"],
        [3, "Мониторинг отказов в оказании услуг", "аналитическая справка", "ежеквартально", "ДВК (Калиев Е.М.)"],
        [4, "Определение ответственного лица за взаимодействие с ЕКЦ", "приказ", "до 01.04.2027", "Департамент персонала"],
    ])])), A_MF_KGD, [("00106017", "Регистрационный учет плательщика НДС"), ("00106025", "Выдача справки об отсутствии налоговой задолженности")], "information",
      ("ЕКЦ-2027/149", "2027-02-10", "О представлении информации по форме приложения 1"),
      "План мероприятий: информация и назначение только запланированы", "ru",
      "plan whose rows promise an appointment, a protocol and an update to the contact centre")

    # 68 invitation letter docx Kazakh
    D(save("s68-invitation-kk.docx", docx_bytes([
        "Түркістан облысының энергетика және тұрғын үй-коммуналдық шаруашылығы басқармасы",
        "2027 жылғы 23 наурыз № 05-01/902",
        "Бірыңғай байланыс орталығының басшысына",
        ("c", "ШАҚЫРУ"),
        "Сіздерді 2027 жылғы 30 наурызда сағат 10:00-де өтетін «Жылу және газбен жабдықтау желілеріне қосылу: мемлекеттік қызметтер көрсету» "
        "тақырыбындағы оқыту семинарына шақырамыз. Семинарда 01101005, 01101006 қызметтері бойынша өзгерістер таныстырылады.",
        "Семинар соңында қатысушыларға сертификат беріледі. Оқыту хаттамасы семинарға дейін жасалмайды.",
        "Байланыс: Тәжібаева Жанар, 8 (7252) 41-08-11",
        "Басшы                           Е. Бекжанов",
    ])), A_TURK_ZHKH, [("01101005", "Выдача технических условий на подключение к сетям теплоснабжения"), ("01101006", "Выдача технических условий на подключение к сетям газоснабжения")], "protocol",
      ("ЕКЦ-2027/101", "2027-01-28", "О направлении протокола обучения по услугам 01101005, 01101006"),
      "Приглашение на семинар; протокол обучения ожидается", "kk", "Kazakh invitation to a training seminar with registry numbers and the word 'хаттамасы'")

    # 69 phishing forwarded saved as txt
    D(save("s69-phishing-eds.txt", (
        "From: НУЦ РК <support@pki-gov-kz.info>\nSubject: Срок действия ЭЦП истекает!\n\n"
        "Уважаемый ответственный сотрудник!\nСрок действия регистрационного свидетельства ЭЦП организации «Единый контакт-центр» истекает 25.03.2027. "
        "Без ЭЦП Вы не сможете подписывать протоколы обучения и принимать ответы государственных органов.\n"
        "Для продления скачайте и запустите файл: http://pki-gov-kz.info/renew/NCALayer_update.exe\n\n"
        "Құрметті пайдаланушы! ЭЦҚ мерзімі аяқталуда. Жаңарту үшін сілтемені басыңыз.\n").encode("utf-8")),
      A_MCRIAP, [("00503001", "Выдача электронной цифровой подписи")], "consulting", None,
      "Фишинг: передать в ИБ", "mixed", "phishing posing as the certification centre, mentions protocols and answers")

    # 70 letter to another body (Agency for civil service), docx
    D(save("s70-letter-to-adgs.docx", docx_bytes([
        "Министерство здравоохранения Республики Казахстан",
        "Исх. № 12-1-13/4110-И от 24.03.2027",
        "Агентство Республики Казахстан по делам государственной службы",
        "На № 04-1-14/2207 от 10.03.2027",
        "Министерство здравоохранения, рассмотрев результаты оценки качества оказания государственных услуг за 2026 год, сообщает.",
        "По услуге 00801013 «Выдача лицензии на медицинскую деятельность» замечания устранены: стандарт приведен в соответствие, "
        "новая редакция утверждена приказом от 10.03.2027 № ҚР ДСМ-31. Информация в Единый контакт-центр будет направлена ответственным лицом в установленном порядке.",
        "По услуге 00801019 возражаем против выводов об отказах без оснований — все 9 отказов мотивированы.",
        "Вице-министр                                 Е. Оспанова",
    ])), A_MZ, [("00801013", "Выдача лицензии на медицинскую деятельность")], "information",
      ("ЕКЦ-2027/214", "2027-03-15", "Об актуализации информации по услуге 00801013"),
      "Копия письма в АДГС попала в ящик; уведомление по п.6 ещё не пришло", "ru",
      "a ministry letter stating a new standard order with requisites, but addressed to the Agency and promising a separate notice to ЕКЦ")

def batch8():
    # 71 phishing parcel with PDF 'invoice'
    inv = pdf_bytes([("b", "KAZPOST — Уведомление о посылке"), "Трек-номер: KZ9920417733", "Получатель: Единый контакт-центр",
                     "Статус: ожидает оплаты таможенного сбора 2 990 тг.", "Оплатить: http://kazpost-kz.delivery-pay.xyz"])
    D(eml("s71-phishing-parcel", "no-reply@kazpost-kz.delivery-pay.xyz", "Посылка KZ9920417733 ожидает оплаты", "Thu, 25 Mar 2027 02:14:00 +0300",
          text="Сіздің сәлемдемеңіз тоқтатылды. Ваша посылка задержана. Подробности во вложении.\n", atts=[("invoice_KZ9920417733.pdf", inv)],
          frm_name="Kazpost"),
      A_MCRIAP, [("00503001", "Выдача электронной цифровой подписи")], "consulting", None, "Фишинг: удалить", "mixed", "phishing with a PDF attachment")

    # 72 New Year greeting koi8-r
    D(eml("s72-newyear-koi8", "kanc@adilet.gov.kz", "С Новым 2027 годом!", "Thu, 31 Dec 2026 12:00:00 +0500",
          text="Уважаемые коллеги!\n\nОт имени коллектива Министерства юстиции Республики Казахстан поздравляем Вас с наступающим Новым годом!\n"
               "Благодарим за совместную работу по консультированию граждан по государственным услугам в уходящем году.\n"
               "Желаем здоровья, успехов и новых достижений!\n\nС уважением,\nаппарат Министерства\n", cs="koi8-r", cte="qp"),
      A_MYU, [("01901010", "Апостилирование официальных документов")], "information",
      ("ЕКЦ-2026/1880", "2026-12-24", "О представлении информации по услуге 01901010"),
      "Поздравление; информация ожидается", "ru", "koi8-r greeting from an agency whose answer is awaited")

    # 73 Outlook meeting request (text/calendar)
    ical = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
            "ORGANIZER;CN=Кусаинова Динара Болатовна:mailto:d.kussainova@dsm.gov.kz\r\nATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:info@ekc.gov.kz\r\n"
            "SUMMARY:Обучение операторов ЕКЦ по услуге 00801013\r\nDTSTART:20270405T100000\r\nDTEND:20270405T120000\r\n"
            "LOCATION:Дом министерств\\, 5 подъезд\\, каб. 512 / MS Teams\r\nUID:040000008200E00074C5B7101A82E008000000008D\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("Когда: 5 апреля 2027 г. 10:00–12:00 (UTC+05:00) Астана.\nГде: Дом министерств, 5 подъезд, каб. 512 / MS Teams\n\n"
                        "Обучение операторов ЕКЦ по новой редакции стандарта услуги 00801013. По итогам — подписание протокола.\n", "plain", "utf-8"))
    cal = MIMEText(ical, "calendar", "utf-8"); cal.set_param("method", "REQUEST"); alt.attach(cal)
    alt["From"] = "=?utf-8?B?0JrRg9GB0LDQuNC90L7QstCwINCU0LjQvdCw0YDQsA==?= <d.kussainova@dsm.gov.kz>"; alt["To"] = EKC
    alt["Subject"] = Header("Приглашение: Обучение операторов ЕКЦ по услуге 00801013 — 05.04.2027 10:00", "utf-8").encode()
    alt["Date"] = "Fri, 26 Mar 2027 15:00:00 +0500"; alt["MIME-Version"] = "1.0"
    open(os.path.join(OUT, "s73-meeting-request-ics.eml"), "wb").write(alt.as_bytes())
    D(("s73-meeting-request-ics.eml", ["body"]), A_MZ, [("00801013", "Выдача лицензии на медицинскую деятельность")], "protocol",
      ("ЕКЦ-2027/214", "2027-03-15", "Об актуализации информации и обучении по услуге 00801013"),
      "Приглашение в календарь: обучение назначено на 05.04.2027; протокол ожидается", "ru",
      "Outlook meeting request for a training of ЕКЦ operators with a date and registry number; the protocol comes only after")

    # 74 Outlook recall message
    D(eml("s74-recall-message", "n.tulegenov@adilet.gov.kz", "Отзыв: О назначении ответственного лица", "Mon, 29 Mar 2027 09:31:00 +0500",
          text="Тулегенов Нурбол Асхатович хотел бы отозвать сообщение \"О назначении ответственного лица\".\n",
          extra=[("X-MS-Exchange-Organization-Recall", "1")], frm_name="Тулегенов Нурбол Асхатович"),
      A_MYU, [("01901010", "Апостилирование официальных документов")], "appointment",
      ("ЕКЦ-2027/220", "2027-03-22", "О назначении ответственного лица по услуге 01901010"),
      "Отзыв сообщения: ничего не применять; если письмо о назначении пришло раньше — проверить вручную", "ru",
      "subject 'О назначении ответственного лица' from a named person — an Exchange recall")

    # 75 Kazakh: asks ЕКЦ for a question list before training, mail.ru HTML
    D(eml("s75-ask-questions-list-kk", "bilim.ulytau@mail.ru", "Оқытуға дейін сұрақтар тізімі", "Mon, 29 Mar 2027 16:16:00 +0500",
          html="""<HTML><BODY><div>Сәлеметсіздер ме!</div><div>Қағидалардың 8-тармағына сәйкес оқытуға дейін сұрақтар тізімін электрондық поштаға жіберуіңізді сұраймыз.</div>
<div>Қызмет: «Білім туралы құжаттардың телнұсқаларын беру» (№ 00601012).</div><div>Оқыту күнін кейін хабарлаймыз.</div><div>&nbsp;</div>
<div>Мұхамеджанова Сәуле</div><div>--<br>Отправлено из Почты Mail.ru</div></BODY></HTML>"""),
      A_ULYTAU_OBR, [("00601012", "Білім туралы құжаттардың телнұсқаларын беру")], "protocol",
      ("ЕКЦ-2027/223", "2027-03-24", "Оқыту өткізу туралы"),
      "Запрос списка вопросов перед обучением: подготовить список; протокол ожидается", "kk",
      "Kazakh webmail citing p.8 and the registry number; only asks for the list of questions")

    # 76 'направляем протокол' — attachment is a maslikhat session decision
    mas = docx_bytes([("c", "БАЙЗАҚ АУДАНДЫҚ МӘСЛИХАТЫНЫҢ ШЕШІМІ"), ("c", "РЕШЕНИЕ БАЙЗАКСКОГО РАЙОННОГО МАСЛИХАТА"),
                      "2027 жылғы 26 наурыз № 4-12 / 26 марта 2027 года № 4-12",
                      "XII сессия. О районном бюджете на 2027–2029 годы (с изменениями).",
                      "1. Внести в решение районного маслихата от 22.12.2026 № 3-2 следующие изменения: доходы — 18 412 005 тыс. тенге...",
                      "2. Настоящее решение вводится в действие с 1 января 2027 года.",
                      "Сессия төрағасы / Председатель сессии  Р. Алиев        Мәслихат хатшысы / Секретарь маслихата  Б. Қойшыбаев"])
    D(eml("s76-protocol-wrong-attachment", "baizak@zhambyl.gov.kz", "протокол", "Tue, 30 Mar 2027 17:59:00 +0500",
          text="Направляем протокол.\n", atts=[("протокол сессии.docx", mas)]),
      A_ZHAMB_AKIM, [("00201004", "Выдача решения на изменение целевого назначения земельного участка")], "protocol",
      ("ЕКЦ-2027/90", "2027-01-25", "О проведении обучения по услуге 00201004"),
      "Вложение — решение маслихата о бюджете, не протокол обучения; уточнить у отправителя", "mixed",
      "one-line body 'Направляем протокол' from the awaited agency; the attachment is a bilingual maslikhat budget decision")

    # 77 cp1251 without charset label
    D(eml("s77-nolabel-cp1251-request", "priemnaya@karaganda.gov.kz", "Просьба разместить график приема", "Wed, 31 Mar 2027 10:00:00 +0500",
          text="Уважаемые коллеги!\nПросим довести до сведения операторов 1414 график личного приема граждан руководством Управления земельных отношений на апрель 2027 г.:\n"
               "- руководитель Тусупбеков Б.К. — 07.04, 21.04 с 15:00 до 18:00;\n- заместитель Сарсенбаев Н.Ж. — каждый четверг с 10:00 до 12:00.\n"
               "Запись по тел. 8 (7212) 41-22-00.\nПриемная\n", cs="windows-1251", label="", cte="8bit"),
      A_KARAG_ZEM, [("00201004", "Выдача решения на изменение целевого назначения земельного участка")], "appointment",
      ("ЕКЦ-2027/17", "2027-01-06", "О назначении ответственного лица (п.5 Правил)"),
      "График приёма: передать операторам; назначение не получено", "ru",
      "8-bit cp1251 body with no charset label; names officials with positions and phone")

    # 78 mail domain change memo
    D(eml("s78-mail-domain-change", "it@ecogeo.gov.kz", "Смена почтового домена с 01.04.2027", "Wed, 31 Mar 2027 18:30:00 +0500",
          text="Уведомляем, что в связи с миграцией почтовой системы с 01.04.2027 адреса электронной почты сотрудников Министерства меняются "
               "с домена @ecogeo.gov.kz на @ecology.gov.kz. Старые адреса работают в режиме пересылки до 30.06.2027.\n"
               "Просим актуализировать адресные книги. Пример: m.tleuberdin@ecogeo.gov.kz → m.tleuberdin@ecology.gov.kz\n\n"
               "Департамент цифровизации МЭПР РК\n", to="partners@ecogeo.gov.kz", cc=EKC),
      A_MINEKO, [("01701007", "Выдача экологического разрешения на воздействие для объектов I категории")], "appointment",
      ("ЕКЦ-2027/162", "2027-02-16", "О назначении ответственного лица по услуге 01701007"),
      "Смена почтового домена: обновить адресную книгу; назначение не получено", "ru",
      "a change notice of sorts — but for mail addresses, not for the Rules' information, and no responsible person")

    # 79 akimat session minutes Kazakh docx
    D(save("s79-akimat-session-kk.docx", docx_bytes([
        ("c", "АҚТӨБЕ ОБЛЫСЫ ӘКІМДІГІНІҢ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ"), "2027 жылғы 1 сәуір № 7", "Ақтөбе қаласы",
        "Төрағалық етті: облыс әкімі.",
        "1. Мектепке дейінгі ұйымдардағы кезек туралы. Білім басқармасының басшысы баяндады: кезекте 12 400 бала, «Мектепке дейінгі балалар ұйымдарына жолдама беру» (00601007) "
        "қызметі бойынша ақпанда 138 бас тарту болды.",
        "2. Бірыңғай байланыс орталығына 1414 түскен шағымдар туралы.",
        "ШЕШТІ: 1. Білім басқармасы (Ж. Сапарғалиева) 2027 жылғы 1 мамырға дейін кезек бойынша ақпаратты жаңартсын. "
        "2. Бірыңғай байланыс орталығымен өзара іс-қимыл үшін жауапты тұлғаны айқындау мәселесін пысықтасын.",
        "Облыс әкімі аппаратының басшысы                    Н. Ермеков",
    ])), A_AKT_OBR, [("00601007", "Мектепке дейінгі балалар ұйымдарына жолдама беру")], "appointment",
      ("ЕКЦ-2027/52", "2027-01-14", "О представлении информации и назначении ответственного"),
      "Протокол заседания акимата: поручение определить ответственного, не само назначение", "kk",
      "Kazakh minutes instructing to 'determine the responsible person for the contact centre' — not the appointment")

    # 80 training protocol of ЦОН staff (not ЕКЦ)
    D(save("s80-training-protocol-con.pdf", pdf_bytes([
        ("b", "ПРОТОКОЛ № 5"), ("b", "обучения работников филиала НАО «Государственная корпорация «Правительство для граждан» по Алматинской области"),
        "г. Конаев                                                                  02.04.2027", ("gap",),
        "Обучение провела: Жолдасова А.С., главный специалист управления образования.",
        "Обучены: 14 работников ЦОН (список прилагается).",
        "Тема: порядок приема документов по государственной услуге 00601007 «Направление в дошкольные организации».", ("gap",),
        "Работники ЦОН ознакомлены с изменениями стандарта и допущены к приему документов с 05.04.2027.", ("gap",),
        "Провела: ___________ А. Жолдасова       Руководитель отдела ЦОН: ___________ Г. Нуртаева",
    ])), A_AKT_OBR, [("00601007", "Мектепке дейінгі балалар ұйымдарына жолдама беру")], "protocol",
      ("ЕКЦ-2027/225", "2027-03-25", "О проведении обучения по услуге 00601007"),
      "Протокол обучения работников ЦОН, не ЕКЦ: ожидание сохранить", "ru",
      "a signed training protocol with a date and the same registry number — but training the State Corporation's staff, not the contact centre")

    # 81 Appendix 2 analytic report returned with objections
    D(save("s81-appendix2-objections.xlsx", xlsx_bytes([("Прил.2", [
        ["Аналитический отчет (приложение 2 к Правилам) — замечания Управления"],
        ["№ п/п", "Дата и время поступления жалобы", "Ф.И.О. ответственного за форум", "Регион", "Ф.И.О. заявителя", "Характер обращения", "Принятые меры, № запроса", "Нарушение стандарта", "Действие (бездействие) работников", "Комментарий Управления"],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, ""],
        [1, "14.02.2027 11:32", "Ахметова Ж.", "ЗКО", "Досмухамбетова А.Б.", "жалоба: отказ в АСП (00501020)", "запрос ЕКЦ-2027/131", "нет", "нет", "отказ обоснован, справка о составе семьи обязательна"],
        [2, "20.02.2027 16:05", "Ахметова Ж.", "ЗКО", "Иванов П.С.", "консультация", "—", "—", "—", "не согласны с квалификацией как жалоба"],
    ])])), A_ZKO_SOC, [("00501020", "Назначение адресной социальной помощи")], "additional_answer",
      ("ЕКЦ-2027/131", "2027-02-01", "Уточнение перечня документов по услуге 00501020"),
      "Замечания к аналитическому отчёту: передать аналитикам; дополнительного ответа нет", "ru",
      "the Rules' own Appendix 2 table, with our letter number and a refusal story")

    # 82 chat export txt
    D(save("s82-whatsapp-export.txt", (
        "[12.03.27, 10:14:22] Руслан Аманов МСХ: Доброе утро! Обучение прошло хорошо, спасибо операторам\n"
        "[12.03.27, 10:15:03] Ольга ЕКЦ: Спасибо! Ждём протокол по 00401022\n"
        "[12.03.27, 10:20:41] Руслан Аманов МСХ: протокол подписали вчера, завтра отправлю официально\n"
        "[12.03.27, 10:21:10] Руслан Аманов МСХ: дата протокола будет 11.03\n"
        "[15.03.27, 09:02:55] Ольга ЕКЦ: Руслан, добрый день, так и не пришло\n"
        "[15.03.27, 09:40:17] Руслан Аманов МСХ: ‎<Медиафайл отсутствует>\n").encode("utf-8")),
      A_MSH, [("00401022", "Субсидирование стоимости удобрений")], "protocol",
      ("ЕКЦ-2027/180", "2027-02-25", "О подписании протокола обучения по услуге 00401022"),
      "Переписка в мессенджере: протокол не получен", "ru",
      "chat saying the protocol was signed, with a date and registry number; no protocol")

    # 83 operator memo (FAQ) docx
    D(save("s83-operator-memo.docx", docx_bytes([
        ("c", "ПАМЯТКА для операторов по услуге «Выдача разрешения на постоянное проживание иностранцам» (00902011)"),
        "Подготовлено Комитетом миграционной службы по просьбе операторов, для внутреннего использования.",
        ("t", [["Вопрос", "Ответ"],
               ["Срок оказания?", "30 календарных дней"],
               ["Основания для отказа?", "установление недостоверности документов; отсутствие минимального дохода"],
               ["Куда обращаться?", "УМС по месту проживания, портал eGov"],
               ["Кто ответственный?", "уточняется, сведения будут направлены письмом"]]),
    ])), A_MVD_MP, [("00902011", "Выдача разрешения на постоянное проживание иностранцам")], "appointment",
      ("ЕКЦ-2027/95", "2027-01-26", "О назначении ответственного лица по услуге 00902011"),
      "Памятка: полезно для базы знаний, назначение не получено", "ru",
      "two-column field/value table (like a form turned on its side) with 'основания для отказа' and 'ответственный — уточняется'")

    # 84 commission for write-off order, PDF mixed
    D(save("s84-writeoff-commission.pdf", pdf_bytes([
        ("b", "БҰЙРЫҚ / ПРИКАЗ № 62-ө"), "2027 жылғы 5 сәуір / 5 апреля 2027 года", ("gap",),
        "Негізгі құралдарды есептен шығару жөніндегі комиссия құру туралы / О создании комиссии по списанию основных средств", ("gap",),
        "Комиссия құрамы / Состав комиссии:",
        "Төраға / Председатель: Сапарғалиева Жанар Болатқызы — басшының орынбасары / заместитель руководителя;",
        "Мүшелері / Члены: Ержанов Бауыржан Каиргельдинович; Құдайбергенова Ботагөз; бухгалтер Ли Андрей.", ("gap",),
        "Комиссия 2027 жылғы 20 сәуірге дейін актілерді ұсынсын. / Акты представить до 20.04.2027.", ("gap",),
        "Басшы / Руководитель                          Т. Жақсыбеков",
    ])), A_AKT_OBR, [("00601007", "Мектепке дейінгі балалар ұйымдарына жолдама беру")], "appointment",
      ("ЕКЦ-2027/52", "2027-01-14", "О представлении информации и назначении ответственного"),
      "Приказ о комиссии по списанию; не назначение", "mixed", "bilingual order naming people who appear elsewhere as contacts")

    # 85 refusal to a company citing commercial secret
    D(save("s85-company-refusal-commercial.docx", docx_bytes([
        "ГУ «Управление предпринимательства и промышленности Костанайской области»",
        "Исх. № 01-11/1044 от 06.04.2027",
        "Директору ТОО «Qostanai Analytics» Жумагулову Е.",
        "На Ваш запрос от 29.03.2027 о предоставлении списка получателей лицензий на оптовую реализацию алкогольной продукции "
        "(государственная услуга 01201004) с указанием объемов поставок сообщаем, что в предоставлении сведений отказано, "
        "поскольку запрашиваемая информация составляет коммерческую тайну лицензиатов.",
        "Общедоступный реестр лицензий размещен на портале elicense.kz.",
        "Руководитель управления                     М. Дюсенов",
        "Копия: Единый контакт-центр",
    ])), A_KOST_PR, [("01201004", "Выдача лицензии на оптовую реализацию алкогольной продукции")], "additional_answer",
      ("ЕКЦ-2027/228", "2027-03-30", "О дополнительной информации по услуге 01201004"),
      "Отказ компании (ЕКЦ в копии); дополнительный ответ ЕКЦ не дан", "ru",
      "a lawful-looking refusal phrase 'составляет коммерческую тайну' with the registry number — addressed to a company")

    # 86 Appendix 1 'sample filling' xlsx
    D(save("s86-form-sample-filling.xlsx", xlsx_bytes([("ОБРАЗЕЦ", [
        ["ОБРАЗЕЦ ЗАПОЛНЕНИЯ (для районных отделов, не является ответом)"],
        ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт государственной услуги (с указанием его реквизитов)",
         "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов", "Интернет-ресурс", "Фамилия, имя, отчество, должность ответственного лица"],
        [1, 2, 3, 4, 5, 6, 7, 8],
        ["1", "000000XX", "<наименование по Реестру>", "утвержден приказом Министра ... от __.__.20__ № ___", "при наличии", "при наличии", "www.egov.kz",
         "Иванов Иван Иванович, главный специалист отдела ..., тел. 8 (7___) __-__-__, e-mail"],
        [],
        ["Ф.И.О. ответственного исполнителя: Фамилия И.О.", None, None, None, None, None, None, "Дата: « __ » ______ 2027 г."],
    ])])), A_ULYTAU_OBR, [("00601012", "Білім туралы құжаттардың телнұсқаларын беру")], "information",
      ("ЕКЦ-2027/161", "2027-02-15", "1-қосымша нысаны бойынша ақпарат беру туралы"),
      "Образец заполнения для районов: не ответ; информация ожидается", "ru",
      "full Appendix 1 grid with one 'filled' row of placeholders (Иванов Иван Иванович, 000000XX)")

    # 87 eOtinish delivery confirmation txt
    D(save("s87-eotinish-delivered.txt", (
        "eOtinish — Электронные обращения\n\nУведомление\n\nОбращение № ЖТ-2027-00511873 доставлено адресату: "
        "ГУ «Управление энергетики и жилищно-коммунального хозяйства Туркестанской области».\n"
        "Дата доставки: 07.04.2027 09:12\nВид обращения: запрос\nКраткое содержание: О направлении протокола обучения по услугам 01101005, 01101006\n"
        "Срок рассмотрения: 15 рабочих дней\n\nӨтініш жеткізілді. Қарау мерзімі — 15 жұмыс күні.\n").encode("utf-8")),
      A_TURK_ZHKH, [("01101005", "Выдача технических условий на подключение к сетям теплоснабжения"), ("01101006", "Выдача технических условий на подключение к сетям газоснабжения")], "protocol",
      ("ЕКЦ-2027/101", "2027-01-28", "О направлении протокола обучения по услугам 01101005, 01101006"),
      "Уведомление о доставке; протокол ожидается", "mixed", "system notice quoting our subject with 'протокола обучения' and registry numbers")

    # 88 answer to prosecutor Kazakh PDF with list of responsible persons
    D(save("s88-prosecutor-list-kk.pdf", pdf_bytes([
        ("b", "Қызылорда облысының прокурорына"), "Шығ. № 02-08/318, 2027 жылғы 8 сәуір", ("gap",),
        "Сіздің 2027 жылғы 1 сәуірдегі № 2-19-27 сұрау салуыңызға мемлекеттік қызметтер көрсету сапасына ішкі бақылау үшін жауапты тұлғалардың тізімін жолдаймыз:",
        "1. Жүсіпов Тимур Жұмабекұлы — басшы, жалпы бақылау;",
        "2. Төлегенова Әсел Серікқызы — бөлім басшысы, 01605003 қызметі бойынша мерзімдерді сақтау;",
        "3. Сейтқали Арман Нұрланұлы — бас маман, ИС Мониторинг.", ("gap",),
        "Басшы                                      Т. Жүсіпов",
    ])), A_KZO_DIN, [("01605003", "Діни әдебиетті тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу")], "appointment",
      ("ЕКЦ-2027/205", "2027-03-09", "О назначении ответственного лица"),
      "Ответ прокурору со списком ответственных за внутренний контроль; назначение для ЕКЦ не получено", "kk",
      "Kazakh list of 'жауапты тұлғалар' with full names and positions and the registry number — for the prosecutor")

    # 89 letter to digitalisation department about IS integration
    D(save("s89-letter-to-digital-dept.docx", docx_bytes([
        "Аппарат акима города Шымкента", "Исх. № 09-2/711 от 08.04.2027",
        "Руководителю Управления цифровизации города Шымкента",
        "В целях интеграции ИС «Е-акимат» с информационной системой Единого контакт-центра определяем ответственными за техническое взаимодействие:",
        "— Орынбасарова Ерлана, ведущего специалиста, тел. 8 (7252) 53-04-90, e.orynbassarov@shymkent.gov.kz;",
        "— Пак Ирину Валерьевну, главного специалиста (ИС Мониторинг).",
        "Просим обеспечить доступ к тестовому контуру до 15.04.2027.",
        "Руководитель аппарата                            К. Есимов",
    ])), A_SHYM_AK, [("01402003", "Постановка на учет граждан, нуждающихся в жилище")], "appointment",
      ("ЕКЦ-2027/210", "2027-03-12", "О назначении ответственного лица по услуге 01402003"),
      "Письмо в управление цифровизации (ответственные за ИТ-интеграцию с ЕКЦ); назначение по п.5 не получено", "ru",
      "names 'ответственными' (accusative) with phone and e-mail for interaction with the contact centre's IS — addressed to another body, technical duty")

    # 90 internal memo asking director to designate someone
    D(save("s90-memo-request-designate.txt", (
        "СЛУЖЕБНАЯ ЗАПИСКА\n\nДиректору Департамента государственных услуг\nСейтказиной Г.М.\n\n"
        "от 09.04.2027 № ДГУ-СЗ-118\n\n"
        "Уважаемая Гульнар Маратовна!\n\n"
        "В связи с переходом Кусаиновой Д.Б. в Департамент стратегического развития с 19.04.2027 прошу рассмотреть вопрос "
        "об определении нового ответственного лица за представление информации в Единый контакт-центр по услугам 00801013, 00801019. "
        "Предлагаю кандидатуру главного эксперта Ли Елены Викторовны (по согласованию).\n\n"
        "После принятия решения уведомление в ЕКЦ будет направлено в установленный пятидневный срок.\n\n"
        "Руководитель управления                   Р. Абишев\n").encode("utf-8")),
      A_MZ, [("00801013", "Выдача лицензии на медицинскую деятельность"), ("00801019", "Аккредитация субъектов здравоохранения")], "consulting", None,
      "Служебная записка внутри органа: замена только предложена; ждать уведомления по п.7", "ru",
      "internal memo proposing a successor to the responsible person, with date and registry numbers — no decision taken")


def main():
    for f in os.listdir(OUT):
        if f.startswith("s") and f[1:3].isdigit():
            os.remove(os.path.join(OUT, f))
    for b in (batch1, batch2, batch3, batch4, batch5, batch6, batch7, batch8):
        b()
    lines = ["# serik — held-out corpus r3e: documents that are NOT replies moving a case", "",
             "Every document is keyed `kind: other` for every part (body and each attachment; zip members by their own names); "
             "context `is_reply: false`, with an `awaiting` that makes it tempting. Rebuild: `python make.py` (python-docx, openpyxl, reportlab).", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    for fname, lang, fmt, hard in sorted(MANIFEST):
        lines.append("| %s | other | %s | %s | %s |" % (fname, lang, fmt, hard.replace("|", "/")))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(MANIFEST), "documents")


if __name__ == "__main__":
    main()
