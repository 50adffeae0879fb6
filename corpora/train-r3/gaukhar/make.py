#!/usr/bin/env python3
"""Rebuild gaukhar's held-out corpus of NON-replies (is_reply: false).
Run: /tmp/cv-gaukhar/bin/python make.py  (needs python-docx, openpyxl, reportlab).
Each document's text is written by hand below; helpers only package it into formats."""
import hashlib, io, json, os
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
MANIFEST = []
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def docx_bytes(blocks, landscape=False):
    """blocks: str (paragraph), ('b', str) bold paragraph, or list-of-rows (table)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    d = Document()
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    for b in blocks:
        if isinstance(b, list):
            t = d.add_table(rows=len(b), cols=max(len(r) for r in b))
            t.style = "Table Grid"
            for i, r in enumerate(b):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif isinstance(b, tuple):
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        else:
            d.add_paragraph(b)
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()


def pdf_bytes(lines, size=10):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    y = 800
    for ln in lines:
        if y < 50:
            c.showPage(); y = 800
        c.setFont("DejaVu", size)
        c.drawString(50, y, ln)
        y -= size + 5
    c.save(); return bio.getvalue()


def xlsx_bytes(sheets):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()


def addr(a):
    """'Имя Фамилия <x@y>' -> RFC 2047 display name with the address left plain."""
    if "<" in a:
        name, ad = a.rsplit("<", 1)
        return formataddr((name.strip(), ad.rstrip(">").strip()), charset="utf-8")
    return a


def eml(frm, to, subject, date, body, *, charset="utf-8", html=None, atts=(), cc=None,
        msgid=None, extra=None, label=None):
    """Builds a mail. body: plain text (or None if html only). html: html text.
    atts: list of (filename, bytes, mime). label: charset label to write (may be wrong)."""
    def textpart(txt, sub):
        enc_cs = charset
        if enc_cs == "koi8-r":  # koi8-r has no guillemets or numero sign: a clerk's client writes plain ones
            txt = txt.replace("«", '"').replace("»", '"').replace("№", "N").replace("—", "-").replace("–", "-")
        data = txt.encode(enc_cs)
        p = MIMEBase("text", sub)
        p.set_payload(data)
        encoders.encode_base64(p) if enc_cs == "utf-8" else encoders.encode_quopri(p)
        if label != "":
            p.set_param("charset", label or enc_cs)
        return p
    parts = []
    if body is not None:
        parts.append(textpart(body, "plain"))
    if html is not None:
        parts.append(textpart(html, "html"))
    if len(parts) == 2:
        core = MIMEMultipart("alternative"); [core.attach(p) for p in parts]
    else:
        core = parts[0]
    if atts:
        m = MIMEMultipart("mixed"); m.attach(core)
        for fn, data, mime in atts:
            mt, st = mime.split("/")
            a = MIMEBase(mt, st); a.set_payload(data); encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=(("utf-8", "", fn) if not fn.isascii() else fn))
            if not fn.isascii():
                a.set_param("name", ("utf-8", "", fn))
            else:
                a.set_param("name", fn)
            m.attach(a)
    else:
        m = core
    m["From"] = addr(frm)
    m["To"] = addr(to)
    if cc:
        m["Cc"] = cc
    m["Subject"] = Header(subject, "utf-8").encode() if not subject.isascii() else subject
    m["Date"] = date
    dom = frm.split("@")[-1].rstrip(">").strip()
    m["Message-ID"] = msgid or "<%s@%s>" % (hashlib.md5((subject + date).encode()).hexdigest()[:16], dom)
    for k, v in (extra or {}).items():
        m[k] = v
    return m.as_bytes()


def put(name, data, docs, ctx, note):
    """docs: list of key documents; ctx: context dict; note: (kind summary, lang, what makes it look like a reply)."""
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    ctx = dict(ctx); ctx["is_reply"] = False
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, ctx["expected_effect"], ", ".join(sorted({d["kind"] for d in docs})), note[0], note[1], note[2]))


def D(part, lang=None, kind="other"):
    d = {"part": part, "kind": kind}
    if lang:
        d["language"] = lang
    return d


def C(agency, services, awaiting, our, effect):
    return {"agency": agency, "services": services, "awaiting": awaiting, "our_letter": our,
            "expected_effect": effect}


def OL(num, date, subj):
    return {"number": num, "date": date, "subject": subj}

# ---------------------------------------------------------------- agencies
A_MZ = {"name": "Министерство здравоохранения Республики Казахстан", "email": "kanc@dsm.gov.kz", "bin": "140940023871"}
A_MIO = {"name": "Министерство просвещения Республики Казахстан", "email": "info@edu.gov.kz", "bin": "220740019942"}
A_AKM_KAR = {"name": "Аппарат акима города Караганды", "email": "kanc@akimat-krg.gov.kz", "bin": "990140002615"}
A_ZKO = {"name": "Управление земельных отношений Западно-Казахстанской области", "email": "zemotn@bko.gov.kz", "bin": "050240011274"}
A_MTSZN = {"name": "Министерство труда и социальной защиты населения Республики Казахстан", "email": "kense@enbek.gov.kz", "bin": "990340006438"}
A_KGD = {"name": "Комитет государственных доходов Министерства финансов Республики Казахстан", "email": "kgd-kanc@kgd.minfin.gov.kz", "bin": "041040004318"}
A_TURK = {"name": "Управление архитектуры и градостроительства Туркестанской области", "email": "arh@turkistan.gov.kz", "bin": "180640027750"}
A_MSH = {"name": "Министерство сельского хозяйства Республики Казахстан", "email": "mail@moa.gov.kz", "bin": "990740002243"}
A_ZHAM = {"name": "Аппарат акима Жамбылского района Алматинской области", "email": "zhambyl-akimat@zhetysu.gov.kz", "bin": "010340004812"}
A_MVD = {"name": "Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "email": "kms@mvd.gov.kz", "bin": "111040016523"}
A_MANG = {"name": "Управление предпринимательства и индустриально-инновационного развития Мангистауской области", "email": "upiir@mangystau.gov.kz", "bin": "120840002197"}
A_ABAI = {"name": "Управление здравоохранения области Абай", "email": "uzo@abai.gov.kz", "bin": "220840005561"}
A_MYUST = {"name": "Министерство юстиции Республики Казахстан", "email": "kanc@adilet.gov.kz", "bin": "970240001236"}
A_PAVL = {"name": "Управление образования Павлодарской области", "email": "uo_pvl@pavlodar.gov.kz", "bin": "990240001774"}
A_KOST = {"name": "Управление ветеринарии акимата Костанайской области", "email": "vet@kostanay.gov.kz", "bin": "060340012958"}
A_ECO = {"name": "Министерство экологии и природных ресурсов Республики Казахстан", "email": "kense@ecogeo.gov.kz", "bin": "190640008831"}

EKC = "Единый контакт-центр <ekc@egov-kc.kz>"

# ================================================================ EVERYDAY MAIL
# 01 auto-reply, Russian, plain
put("01-autoreply-ru.eml", eml(
    "Канцелярия МЗ РК <kanc@dsm.gov.kz>", "ekc@egov-kc.kz",
    "Автоматический ответ: RE: ЕКЦ-2027/203 о назначении ответственного лица",
    "Tue, 19 Jan 2027 09:14:02 +0600",
    "Уважаемый отправитель!\n\nВаше письмо получено и зарегистрировано в системе электронного "
    "документооборота Министерства здравоохранения Республики Казахстан.\n"
    "Ответ будет направлен в сроки, установленные законодательством.\n\n"
    "Это письмо сформировано автоматически, отвечать на него не нужно.\n",
    extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
    [D("body", "ru")],
    C(A_MZ, [{"registry_number": "00401214", "name": "Выдача лицензии на медицинскую деятельность"}],
      "appointment", OL("ЕКЦ-2027/203", "2027-01-18", "О назначении ответственного лица"),
      "Ничего не менять: автоответ канцелярии, ответственное лицо не названо."),
    ("ru", ".eml plain", "Subject with RE: and the centre's number ЕКЦ-2027/203 on the appointment request"))

# 02 out of office, Kazakh + Russian
put("02-ooo-kk.eml", eml(
    "Сәрсенбаева Динара <d.sarsenbayeva@edu.gov.kz>", "ekc@egov-kc.kz",
    "Кеңседен тыс: Мемлекеттік қызмет бойынша ақпарат",
    "Mon, 08 Feb 2027 08:02:44 +0600",
    "Сәлеметсіз бе!\n\nМен 2027 жылғы 8 ақпаннан 19 ақпанға дейін еңбек демалысындамын. "
    "Хаттарыңызды оралған соң қарастырамын.\n"
    "Шұғыл мәселелер бойынша бөлім басшысы Ермеков Бауыржан Толеуұлына хабарласыңыз: "
    "8 (7172) 74-22-19.\n\n"
    "Құрметпен,\nДинара Сәрсенбаева\nмектепке дейінгі білім беру департаменті\n",
    extra={"Auto-Submitted": "auto-replied"}),
    [D("body", "kk")],
    C(A_MIO, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"}],
      "information", OL("ЕКЦ-2027/260", "2027-02-05", "О представлении информации по форме приложения 1"),
      "Ничего не менять: сообщение об отсутствии; упомянутый руководитель не назначен ответственным."),
    ("kk", ".eml plain", "names a head of division with phone, like a new contact person"))

# 03 delivery status notification
import base64 as _b64
_dsn_text = ("Это автоматическое уведомление сервера доставки.\n\n"
    "Ваше сообщение было успешно доставлено следующим получателям:\n\n"
    "    uzem@bko.gov.kz\n\n"
    "Тема: ЕКЦ-2027/118 Запрос информации о государственных услугах\n")
dsn = ("From: Mail Delivery System <postmaster@bko.gov.kz>\r\n"
    "To: ekc@egov-kc.kz\r\n"
    "Subject: " + Header("Доставлено: ЕКЦ-2027/118 Запрос информации о государственных услугах", "utf-8").encode() + "\r\n"
    "Date: Wed, 13 Jan 2027 11:20:06 +0500\r\n"
    "Message-ID: <dsn-7781.bko@mx2.bko.gov.kz>\r\n"
    "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsnb7781\"\r\n\r\n"
    "--dsnb7781\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + _b64.encodebytes(_dsn_text.encode("utf-8")).decode().replace("\n", "\r\n") +
    "\r\n--dsnb7781\r\nContent-Type: message/delivery-status\r\n\r\n"
    "Reporting-MTA: dns; mx2.bko.gov.kz\r\nArrival-Date: Wed, 13 Jan 2027 11:20:05 +0500\r\n\r\n"
    "Final-Recipient: rfc822; uzem@bko.gov.kz\r\nAction: delivered\r\nStatus: 2.0.0\r\n"
    "\r\n--dsnb7781\r\nContent-Type: text/rfc822-headers\r\n\r\n"
    "From: ekc@egov-kc.kz\r\nTo: uzem@bko.gov.kz\r\n"
    "Subject: =?utf-8?b?0JXQmtCmLTIwMjcvMTE4?=\r\nDate: Wed, 13 Jan 2027 11:19:58 +0500\r\n"
    "\r\n--dsnb7781--\r\n").encode("ascii")
put("03-delivery-receipt.eml", dsn, [D("body", "ru")],
    C(A_ZKO, [{"registry_number": "00203117", "name": "Выдача решения на изменение целевого назначения земельного участка"}],
      "information", OL("ЕКЦ-2027/118", "2027-01-13", "Запрос информации о государственных услугах"),
      "Ничего не менять: уведомление о доставке нашего же запроса."),
    ("ru", ".eml multipart/report (DSN)", "quotes the centre's number and subject of the information request"))

# 04 read receipt, windows-1251, Outlook
put("04-read-receipt.eml", eml(
    "Жумабекова Айгерим Нурлановна <a.zhumabekova@akimat-krg.gov.kz>", "ekc@egov-kc.kz",
    "Прочитано: Протокол обучения по услуге 00507003",
    "Thu, 25 Feb 2027 16:41:10 +0600",
    "Ваше сообщение\n\n  Кому: a.zhumabekova@akimat-krg.gov.kz\n  Тема: Протокол обучения по услуге 00507003\n"
    "  Отправлено: 25.02.2027 10:05\n\nбыло прочитано 25.02.2027 16:41.\n",
    charset="cp1251", label="windows-1251",
    extra={"X-Mailer": "Microsoft Outlook 16.0", "Content-Class": "urn:content-classes:mdn"}),
    [D("body", "ru")],
    C(A_AKM_KAR, [{"registry_number": "00507003", "name": "Выдача справки о регистрации по месту жительства"}],
      "protocol", OL("ЕКЦ-2027/301", "2027-02-25", "Протокол обучения по услуге 00507003"),
      "Ничего не менять: уведомление о прочтении, протокол не подписан и не возвращён."),
    ("ru", ".eml plain windows-1251", "subject names the training protocol and a registry number the centre awaits"))

# 05 e-document system notice (bare txt)
put("05-sed-notice.txt",
    "ЕДИНАЯ СИСТЕМА ЭЛЕКТРОННОГО ДОКУМЕНТООБОРОТА\n"
    "Уведомление о регистрации входящего документа\n\n"
    "Организация-получатель: Комитет государственных доходов МФ РК\n"
    "Входящий №: 04-1-17/К-2291\n"
    "Дата регистрации: 02.03.2027 10:37\n"
    "Исходящий № отправителя: ЕКЦ-2027/344 от 01.03.2027\n"
    "Краткое содержание: О представлении информации по государственным услугам (приложение 1)\n"
    "Резолюция: Управление методологии администрирования — для исполнения\n"
    "Срок исполнения: 05.03.2027\n\n"
    "Документ находится на исполнении. Статус документа можно проверить в личном кабинете.\n",
    [D("05-sed-notice.txt", "ru")],
    C(A_KGD, [{"registry_number": "00801003", "name": "Регистрационный учет налогоплательщиков"},
              {"registry_number": "00801011", "name": "Выдача справки об отсутствии (наличии) налоговой задолженности"}],
      "information", OL("ЕКЦ-2027/344", "2027-03-01", "О представлении информации по государственным услугам"),
      "Ничего не менять: квитанция СЭД о регистрации нашего письма, срок исполнения — внутренний."),
    ("ru", ".txt", "e-doc system receipt quoting ЕКЦ number, 'приложение 1' and a due date"))

# 06 seminar invitation, HTML only
put("06-seminar-invite.eml", eml(
    "Учебный центр «Мемлекеттік қызмет» <seminar@uc-mq.kz>", "ekc@egov-kc.kz",
    "Приглашение на семинар: новые стандарты государственных услуг 2027",
    "Fri, 15 Jan 2027 12:00:00 +0600", None,
    html="<html><body style='font-family:Arial'><h2>Уважаемые коллеги!</h2>"
    "<p>Приглашаем ответственных сотрудников государственных органов и контакт-центров на двухдневный "
    "семинар <b>«Стандарты и регламенты государственных услуг: что изменилось в 2027 году»</b>.</p>"
    "<p>Дата: 11–12 февраля 2027 г.<br>Место: г. Астана, пр. Мәңгілік Ел, 8, конференц-зал «Бәйтерек»<br>"
    "Стоимость участия: 85 000 тенге (НДС не облагается)</p>"
    "<p>В программе: порядок утверждения стандартов, ведение реестра государственных услуг, "
    "обучение операторов контакт-центров, разбор типичных жалоб.</p>"
    "<p>Регистрация до 5 февраля по телефону +7 (7172) 55-60-71 или по ссылке на сайте uc-mq.kz</p>"
    "<p style='font-size:9px;color:#888'>Чтобы отписаться от рассылки, ответьте на это письмо со словом «Отписаться».</p>"
    "</body></html>"),
    [D("body", "ru")],
    C(A_MIO, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"}],
      "consulting", None, "Ничего не менять: коммерческое приглашение на семинар."),
    ("ru", ".eml HTML only", "talks of standards, regulations, registry and contact-centre training"))

# 07 newsletter / legal digest, koi8-r
put("07-legal-digest.eml", eml(
    "Правовой дайджест <digest@zan-info.kz>", "ekc@egov-kc.kz",
    "Дайджест законодательства РК, выпуск № 6 (март 2027)",
    "Mon, 15 Mar 2027 07:30:00 +0600",
    "ДАЙДЖЕСТ ЗАКОНОДАТЕЛЬСТВА, выпуск 6\n\n"
    "1. Приказом Министра цифрового развития от 24.02.2027 N 51 внесены изменения в Правила "
    "ведения реестра государственных услуг. Новая редакция вступает в силу 28.03.2027.\n\n"
    "2. Утвержден стандарт государственной услуги «Выдача справки о наличии личного подсобного "
    "хозяйства» в новой редакции (приказ МСХ РК от 01.03.2027 N 74).\n\n"
    "3. Изменены сроки рассмотрения обращений физических и юридических лиц.\n\n"
    "Полные тексты — в системе «Юрист-Онлайн». Подписка продлевается автоматически.\n"
    "--\nВы получили это письмо, так как подписаны на рассылку zan-info.kz\n",
    charset="koi8-r"),
    [D("body", "ru")],
    C(A_MSH, [{"registry_number": "00704019", "name": "Выдача справки о наличии личного подсобного хозяйства"}],
      "consulting", None,
      "Ничего не менять: сторонняя рассылка; сведения об изменении стандарта должен прислать сам госорган (п.6)."),
    ("ru", ".eml plain koi8-r", "mentions a new standard order for a service the centre consults on"))

# 08 greetings for Nauryz, bilingual
put("08-nauryz-greeting.eml", eml(
    "Аппарат акима Жамбылского района <zhambyl-akimat@zhetysu.gov.kz>", "ekc@egov-kc.kz",
    "Наурыз мейрамымен! / С праздником Наурыз!",
    "Fri, 19 Mar 2027 17:55:00 +0500",
    "Құрметті Бірыңғай байланыс орталығының ұжымы!\n\n"
    "Сіздерді көктемнің шуағын ала келген Наурыз мейрамымен шын жүректен құттықтаймыз! "
    "Отбасыларыңызға амандық, еңбектеріңізге табыс тілейміз.\n\n"
    "Уважаемый коллектив Единого контакт-центра!\n"
    "Сердечно поздравляем вас с праздником Наурыз! Благодарим за многолетнее сотрудничество "
    "в консультировании жителей района по государственным услугам.\n\n"
    "Аудан әкімі / Аким района\nТ. Байжанов\n"),
    [D("body")],
    C(A_ZHAM, [{"registry_number": "00102045", "name": "Выдача справки о постановке на учет нуждающихся в жилье"}],
      "consulting", None, "Ничего не менять: поздравление."),
    ("kk+ru", ".eml plain", "signed by the akim, mentions consulting on services"))

# 09 thanks for the training (no protocol)
put("09-thanks-training.eml", eml(
    "Нургалиева Салтанат <s.nurgaliyeva@kostanay.gov.kz>", "ekc@egov-kc.kz",
    "RE: обучение по ветеринарным услугам",
    "Wed, 07 Apr 2027 15:12:33 +0600",
    "Добрый день, коллеги!\n\nБлагодарим ваших операторов за активное участие во вчерашнем обучении. "
    "Вопросов было много, видно, что ребята готовились. Презентацию вышлю отдельно, как только "
    "руководство её согласует.\n\nПротокол пока на подписи у заместителя руководителя управления, "
    "он в командировке до понедельника. Как только подпишет — направим.\n\n"
    "С уважением,\nСалтанат\nглавный специалист отдела ветеринарной безопасности\n"
    "тел. 8 (7142) 50-31-64\n\nОтправлено с iPhone\n"),
    [D("body", "ru")],
    C(A_KOST, [{"registry_number": "00709004", "name": "Выдача ветеринарного паспорта на животное"},
               {"registry_number": "00709012", "name": "Выдача ветеринарной справки"}],
      "protocol", OL("ЕКЦ-2027/402", "2027-04-01", "О проведении обучения по государственным услугам"),
      "Ничего не менять: благодарность, протокол ещё не подписан — ждать протокола."),
    ("ru", ".eml plain", "about the training the centre awaits the protocol of; says protocol is coming"))

# 10 question about the centre's request
put("10-question-about-request.eml", eml(
    "Оспанов Ерлан <e.ospanov@mangystau.gov.kz>", "ekc@egov-kc.kz",
    "Вопрос по вашему запросу ЕКЦ-2027/377",
    "Tue, 16 Mar 2027 10:03:51 +0500",
    "Здравствуйте.\n\nПолучили ваш запрос от 12.03.2027 № ЕКЦ-2027/377. Уточните, пожалуйста, "
    "по каким именно услугам нужна информация: в приложении к письму указаны номера 00907002 и "
    "00907005, а в тексте письма говорится о «субсидировании ставок вознаграждения», которая у нас "
    "в реестре под другим номером. Также не понятно, кого указывать в графе 8 — руководителя "
    "управления или исполнителя.\n\nЖдём разъяснения, после чего заполним форму.\n\n"
    "Оспанов Е.\nУПИИР Мангистауской области\n"),
    [D("body", "ru")],
    C(A_MANG, [{"registry_number": "00907002", "name": "Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства"},
               {"registry_number": "00907005", "name": "Предоставление государственных грантов начинающим предпринимателям"}],
      "information", OL("ЕКЦ-2027/377", "2027-03-12", "О представлении информации по форме приложения 1"),
      "Ответить на вопрос вручную; дело не двигать — информация не представлена."),
    ("ru", ".eml plain", "quotes the centre's number, registry numbers and 'графа 8' of the form"))

# 11 request to extend deadline, Kazakh, with docx letter
ext_docx = docx_bytes([
    ("b", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЕҢБЕК ЖӘНЕ ХАЛЫҚТЫ ӘЛЕУМЕТТІК ҚОРҒАУ МИНИСТРЛІГІ"),
    "Астана қ., Мәңгілік Ел д-лы, 8, «Министрліктер үйі», 5-кіреберіс",
    "Шығ. № 07-2/1184 2027 жылғы 22 ақпан",
    "Бірыңғай байланыс орталығына",
    "2027 жылғы 17 ақпандағы № ЕКЦ-2027/288 хатыңызға",
    "Министрлік мемлекеттік көрсетілетін қызметтер стандарттарына өзгерістер енгізу жұмыстары "
    "жүргізіліп жатқанын ескере отырып, 1-қосымша нысаны бойынша ақпаратты ұсыну мерзімін "
    "2027 жылғы 15 наурызға дейін ұзартуды сұрайды.",
    "Жаңартылған стандарттар бекітілгеннен кейін ақпарат толық көлемде жіберіледі.",
    "Вице-министр                                   А. Тоқтарова",
    "Орынд.: Қалиев Н., 8 (7172) 74-34-11",
])
put("11-extend-deadline-kk.eml", eml(
    "Kense MTSZN <kense@enbek.gov.kz>", "ekc@egov-kc.kz",
    "Мерзімді ұзарту туралы / ЕКЦ-2027/288",
    "Mon, 22 Feb 2027 18:20:00 +0600",
    "Хатқа қоса беріліп отыр.\n",
    atts=[("07-2-1184.docx", ext_docx, DOCX_MIME)]),
    [D("body", "kk"), D("07-2-1184.docx", "kk")],
    C(A_MTSZN, [{"registry_number": "00302017", "name": "Назначение государственного пособия по уходу за ребенком до 1,5 лет"}],
      "information", OL("ЕКЦ-2027/288", "2027-02-17", "1-қосымша нысаны бойынша ақпарат беру туралы"),
      "Отметить просьбу о продлении срока до 15.03.2027; информацию не вносить — её нет."),
    ("kk", ".eml + DOCX", "official letterhead, outgoing number, answers ЕКЦ-2027/288, 'орынд.' line like an executor"))

# 12 promise to answer later, bare PDF
put("12-promise-later.pdf", pdf_bytes([
    "ДЕПАРТАМЕНТ ЮСТИЦИИ — МИНИСТЕРСТВО ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН",
    "010000, г. Астана, ул. Орынбор, 8, подъезд 13",
    "",
    "Исх. № 4-11/2075 от 09.04.2027",
    "                                                   Руководителю",
    "                                                   Единого контакт-центра",
    "",
    "На № ЕКЦ-2027/415 от 05.04.2027",
    "",
    "Министерство юстиции, рассмотрев Ваше письмо о назначении ответственного лица за",
    "представление информации по государственной услуге «Государственная регистрация",
    "юридических лиц» (№ 00404001), сообщает, что вопрос закрепления ответственного",
    "находится на рассмотрении руководства в связи с проводимой реорганизацией",
    "структурных подразделений.",
    "",
    "О принятом решении будет сообщено дополнительно.",
    "",
    "Директор Департамента регистрационной службы          Б. Ахметжанов",
    "",
    "Исп.: Курманова Г.С., тел. 8 (7172) 58-00-93",
]), [D("12-promise-later.pdf", "ru")],
    C(A_MYUST, [{"registry_number": "00404001", "name": "Государственная регистрация юридических лиц"}],
      "appointment", OL("ЕКЦ-2027/415", "2027-04-05", "О назначении ответственного лица"),
      "Ничего не менять: ответственный не назначен, ответ обещан позднее."),
    ("ru", ".pdf", "formal reply on letterhead to the centre's number, with an 'Исп.' person"))

# 13 phishing
put("13-phishing.eml", eml(
    "Служба поддержки egov <support@egov-kz-security.com>", "ekc@egov-kc.kz",
    "Срочно: подтвердите учетную запись ЭЦП до 20.01.2027",
    "Sun, 17 Jan 2027 03:12:44 +0300", None,
    html="<html><body><p>Уважаемый пользователь!</p><p>Срок действия вашего регистрационного свидетельства "
    "ЭЦП <b>истекает</b>. Для продолжения работы в системе электронного документооборота необходимо "
    "подтвердить учетную запись в течение 24 часов.</p>"
    "<p><a href='http://egov-kz-security.com/verify?id=ekc'>Подтвердить учетную запись</a></p>"
    "<p>Если вы не подтвердите данные, доступ к порталу будет заблокирован.</p>"
    "<p>С уважением,<br>Служба технической поддержки</p></body></html>"),
    [D("body", "ru")],
    C(A_MZ, [{"registry_number": "00401214", "name": "Выдача лицензии на медицинскую деятельность"}],
      "consulting", None, "Не открывать ссылку; передать в службу ИБ; дело не трогать."),
    ("ru", ".eml HTML only", "spoofed egov sender, talks of e-signature and e-document system"))

# 14 spam: translation bureau, latin+cyrillic, no charset label
put("14-spam-no-charset.eml", eml(
    "Buro perevodov <info@perevod-astana.kz>", "ekc@egov-kc.kz",
    "Переводы на казахский язык для госорганов",
    "Thu, 04 Feb 2027 11:11:11 +0600",
    "Добрый день!\n\nБюро переводов «Тіл-Сервис» выполнит перевод стандартов, регламентов, приказов "
    "и форм на казахский язык в кратчайшие сроки. Нотариальное заверение. Работаем по госзакупкам.\n"
    "Скидка 15% на первый заказ.\n\nТел.: +7 701 555 20 30\n",
    label=""),
    [D("body", "ru")],
    C(A_TURK, [{"registry_number": "00503008", "name": "Выдача архитектурно-планировочного задания"}],
      "information", OL("ЕКЦ-2027/240", "2027-02-01", "О представлении информации по форме приложения 1"),
      "Ничего не менять: спам."),
    ("ru", ".eml plain, no charset label", "words 'стандартов, регламентов, форм'"))

# 15 citizen complaint forwarded by mistake
put("15-citizen-complaint-fwd.eml", eml(
    "Приемная Управления здравоохранения <uzo@abai.gov.kz>", "ekc@egov-kc.kz",
    "FW: Жалоба на отказ в прикреплении к поликлинике",
    "Tue, 23 Mar 2027 14:47:20 +0500",
    "Направляю для сведения.\n\n"
    "-----Original Message-----\nFrom: Тулегенова Асель <assel.t86@mail.ru>\n"
    "Sent: Monday, March 22, 2027 9:10 PM\nTo: uzo@abai.gov.kz\nSubject: Жалоба\n\n"
    "Здравствуйте. Я живу в Семее, мкр. Восточный, 14. Уже третий раз пытаюсь прикрепиться к "
    "поликлинике № 6 через портал, каждый раз приходит отказ без объяснения причины. В поликлинике "
    "говорят обращаться в контакт-центр 1414, а там говорят обращаться в поликлинику. "
    "Прошу разобраться. Тел. 8 777 214 33 05.\n"),
    [D("body", "ru")],
    C(A_ABAI, [{"registry_number": "00401107", "name": "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"}],
      "consulting", None,
      "Ничего не менять по делу взаимодействия; при необходимости передать обращение в работу с жалобами."),
    ("ru", ".eml plain, forwarded", "mentions the contact centre 1414 and the service the centre consults on"))

# 16 statistics report xlsx via e-doc system
put("16-stat-report.xlsx", xlsx_bytes([
    ("Свод", [
        ["Сведения о количестве оказанных государственных услуг за 1 квартал 2027 года"],
        ["Управление образования Павлодарской области"],
        [],
        ["№", "Код услуги в реестре", "Наименование услуги", "Январь", "Февраль", "Март", "Итого", "в т.ч. через портал"],
        [1, "00605021", "Прием документов и зачисление детей в дошкольные организации", 1240, 1102, 987, 3329, 3011],
        [2, "00605033", "Выдача справок по опеке и попечительству", 311, 290, 344, 945, 612],
        [3, "00605040", "Выдача дубликатов документов об основном среднем образовании", 57, 61, 49, 167, 88],
        [],
        ["Исполнитель: Жаксылыкова М.Т., тел. 8 (7182) 32-17-40"],
    ])]),
    [D("16-stat-report.xlsx", "ru")],
    C(A_PAVL, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"},
               {"registry_number": "00605033", "name": "Выдача справок по опеке и попечительству"}],
      "information", OL("ЕКЦ-2027/355", "2027-03-30", "О представлении информации по форме приложения 1"),
      "Ничего не менять: статистическая отчётность, не форма приложения 1."),
    ("ru", ".xlsx", "table with № / registry number / service name columns and an 'Исполнитель' line"))

# 17 auto-reply Kazakh/Russian from an akimat, HTML+plain
put("17-autoreply-kk.eml", eml(
    "Қарағанды қаласы әкімінің аппараты <kanc@akimat-krg.gov.kz>", "ekc@egov-kc.kz",
    "Автожауап: Жауапты тұлғаны тағайындау туралы",
    "Wed, 03 Feb 2027 19:40:12 +0600",
    "Құрметті хат жіберуші!\nСіздің хатыңыз қабылданды. Жұмыс уақыты: дүйсенбі–жұма, 09:00–18:30.\n"
    "Жұмыс уақытынан тыс түскен хаттар келесі жұмыс күні тіркеледі.\n\n"
    "Уважаемый отправитель!\nВаше письмо принято. Письма, поступившие в нерабочее время, регистрируются "
    "на следующий рабочий день.\n",
    html="<html><body><p><b>Құрметті хат жіберуші!</b><br>Сіздің хатыңыз қабылданды. Жұмыс уақыты: "
    "дүйсенбі–жұма, 09:00–18:30.<br>Жұмыс уақытынан тыс түскен хаттар келесі жұмыс күні тіркеледі.</p>"
    "<hr><p><b>Уважаемый отправитель!</b><br>Ваше письмо принято. Письма, поступившие в нерабочее время, "
    "регистрируются на следующий рабочий день.</p></body></html>",
    extra={"Auto-Submitted": "auto-replied"}),
    [D("body")],
    C(A_AKM_KAR, [{"registry_number": "00507003", "name": "Выдача справки о регистрации по месту жительства"},
                  {"registry_number": "00507010", "name": "Выдача разрешения на перепланировку помещений"}],
      "appointment", OL("ЕКЦ-2027/255", "2027-02-03", "Жауапты тұлғаны тағайындау туралы"),
      "Ничего не менять: автоответ, ответственный не назначен."),
    ("kk+ru", ".eml alternative (plain+HTML)", "Kazakh subject 'жауапты тұлғаны тағайындау' = appointment"))

# 18 e-doc registration card in Kazakh (bare txt)
put("18-sed-card-kk.txt",
    "ЭЛЕКТРОНДЫҚ ҚҰЖАТ АЙНАЛЫМЫНЫҢ БІРЫҢҒАЙ ЖҮЙЕСІ\n"
    "Тіркеу-бақылау карточкасы\n"
    "------------------------------------------\n"
    "Кіріс № : 3Т-0412/27\n"
    "Тіркелген күні : 11.03.2027\n"
    "Жіберуші : Бірыңғай байланыс орталығы, № ЕКЦ-2027/360, 10.03.2027\n"
    "Мазмұны : Оқыту хаттамасына қол қою туралы (00503008, 00503015)\n"
    "Орындаушы : Сәулет және қала құрылысы бөлімі\n"
    "Мәртебесі : Орындалуда\n"
    "------------------------------------------\n"
    "Бұл хабарлама автоматты түрде жасалған.\n",
    [D("18-sed-card-kk.txt", "kk")],
    C(A_TURK, [{"registry_number": "00503008", "name": "Выдача архитектурно-планировочного задания"},
               {"registry_number": "00503015", "name": "Выдача разрешения на строительство"}],
      "protocol", OL("ЕКЦ-2027/360", "2027-03-10", "О подписании протокола обучения"),
      "Ничего не менять: карточка регистрации нашего письма, протокол не подписан."),
    ("kk", ".txt", "registration card naming 'оқыту хаттамасы' (training protocol) and registry numbers"))

# 19 newsletter from a ministry, HTML with table
put("19-ministry-newsletter.eml", eml(
    "Пресс-служба МЦРИАП <press@mdai.gov.kz>", "ekc@egov-kc.kz",
    "Новости цифровизации: итоги февраля",
    "Tue, 02 Mar 2027 09:00:00 +0600", None,
    html="<html><body><h3>Итоги февраля 2027</h3><ul>"
    "<li>На портале eGov переведено в проактивный формат ещё 12 государственных услуг.</li>"
    "<li>Единый контакт-центр 1414 принял 214 тыс. обращений, 87% — консультации по услугам.</li>"
    "<li>Запущен пилот электронной очереди в ЦОН г. Шымкента.</li></ul>"
    "<table border=1><tr><th>Показатель</th><th>Январь</th><th>Февраль</th></tr>"
    "<tr><td>Услуги в электронном виде, %</td><td>91,2</td><td>91,8</td></tr>"
    "<tr><td>Средний срок оказания, дней</td><td>3,4</td><td>3,1</td></tr></table>"
    "<p>Подробнее на сайте gov.kz/memleket/entities/mdai</p></body></html>"),
    [D("body", "ru")],
    C(A_MIO, [{"registry_number": "00605040", "name": "Выдача дубликатов документов об основном среднем образовании"}],
      "consulting", None, "Ничего не менять: новостная рассылка."),
    ("ru", ".eml HTML only with table", "HTML table, mentions the contact centre 1414"))

# 20 thanks letter, PDF, Kazakh
put("20-alghys-hat.pdf", pdf_bytes([
    "ПАВЛОДАР ОБЛЫСЫНЫҢ БІЛІМ БЕРУ БАСҚАРМАСЫ",
    "140000, Павлодар қ., Кривенко к-сі, 25",
    "2027 ж. 14 сәуір  № 02-14/903",
    "",
    "                                         Бірыңғай байланыс орталығының",
    "                                         басшысына",
    "",
    "                    АЛҒЫС ХАТ",
    "",
    "Павлодар облысының білім беру басқармасы мектепке дейінгі ұйымдарға",
    "құжаттарды қабылдау бойынша азаматтарға сапалы кеңес бергені үшін",
    "Бірыңғай байланыс орталығының операторларына алғысын білдіреді.",
    "",
    "Әсіресе, Ахметова Гүлназ бен Серікбаев Дәулеттің кәсібилігін атап өткіміз келеді.",
    "",
    "Басшы                                        Р. Жүнісова",
]), [D("20-alghys-hat.pdf", "kk")],
    C(A_PAVL, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"}],
      "consulting", None, "Ничего не менять: благодарственное письмо."),
    ("kk", ".pdf", "official letterhead, outgoing number, names two people"))

# 21 request to extend the deadline, Russian, cp1251 Outlook HTML+plain
put("21-extend-deadline-ru.eml", eml(
    "Бекмуратова Жанар Кайратовна <zh.bekmuratova@moa.gov.kz>", "ekc@egov-kc.kz",
    "RE: ЕКЦ-2027/330 информация по приложению 1",
    "Fri, 26 Feb 2027 17:58:03 +0600",
    "Добрый вечер!\n\nПросим продлить срок представления информации по форме приложения 1 до 12 марта.\n"
    "Причина: стандарты услуг 00704019 и 00704022 сейчас на регистрации в Минюсте, реквизиты "
    "приказа будут известны только после регистрации. Заполнять форму со старыми реквизитами смысла нет.\n\n"
    "Заранее спасибо за понимание.\n\nС уважением,\nЖанар Бекмуратова\nДепартамент государственных услуг МСХ РК\n"
    "8 (7172) 55-71-02\n\n"
    "-----Исходное сообщение-----\nОт: ekc@egov-kc.kz\nОтправлено: 22 февраля 2027 г. 10:12\n"
    "Тема: ЕКЦ-2027/330 информация по приложению 1\n\n"
    "> Просим в срок не более пяти рабочих дней представить информацию по форме приложения 1 ...\n",
    charset="cp1251", label="windows-1251"),
    [D("body", "ru")],
    C(A_MSH, [{"registry_number": "00704019", "name": "Выдача справки о наличии личного подсобного хозяйства"},
              {"registry_number": "00704022", "name": "Субсидирование стоимости удобрений"}],
      "information", OL("ЕКЦ-2027/330", "2027-02-22", "Информация по приложению 1"),
      "Отметить просьбу о продлении до 12 марта; информация не представлена."),
    ("ru", ".eml plain windows-1251, quoted request", "RE: to the centre's number, registry numbers, signature with phone"))

# 22 promise to answer later, Kazakh, bare docx
put("22-keyinirek-zhauap.docx", docx_bytes([
    ("b", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ІШКІ ІСТЕР МИНИСТРЛІГІНІҢ КӨШІ-ҚОН ҚЫЗМЕТІ КОМИТЕТІ"),
    "2027 жылғы 30 наурыз № 9-3/1177",
    "Бірыңғай байланыс орталығы",
    "Сіздің 2027 жылғы 25 наурыздағы № ЕКЦ-2027/391 хатыңызға жауап ретінде хабарлаймыз: "
    "«Шетелдіктерге уақытша тұруға рұқсат беру» мемлекеттік көрсетілетін қызметі (№ 01102004) бойынша "
    "оқыту өткізу күні Комитет басшылығымен келісілуде.",
    "Оқыту өткізу күні мен уақыты туралы қосымша хабарланатын болады.",
    "Басқарма басшысы                    М. Әбенов",
]), [D("22-keyinirek-zhauap.docx", "kk")],
    C(A_MVD, [{"registry_number": "01102004", "name": "Выдача разрешения на временное проживание иностранцам"}],
      "protocol", OL("ЕКЦ-2027/391", "2027-03-25", "Оқыту өткізу туралы"),
      "Ничего не менять: дата обучения ещё согласовывается, протокола нет."),
    ("kk", ".docx", "formal reply on the training the centre awaits, with registry number"))

# 23 spam with xlsx price list
put("23-spam-pricelist.eml", eml(
    "ТОО «Канцмир-Астана» <sales@kancmir.kz>", "ekc@egov-kc.kz",
    "Коммерческое предложение: канцтовары для госучреждений",
    "Mon, 11 Jan 2027 10:25:00 +0600",
    "Здравствуйте!\nНаправляем прайс-лист на канцелярские товары и бумагу на 2027 год. Доставка по Астане "
    "бесплатно от 50 000 тг. Участвуем в госзакупках через портал goszakup.gov.kz.\n\nМенеджер Ольга, +7 705 118 40 22\n",
    atts=[("Прайс_2027.xlsx", xlsx_bytes([("Прайс", [
        ["Наименование", "Ед.", "Цена, тг"],
        ["Бумага А4 SvetoCopy, 500 л.", "пачка", 2350],
        ["Папка-регистратор 75 мм", "шт", 1180],
        ["Ручка шариковая синяя", "шт", 95],
        ["Скоросшиватель картонный", "шт", 60]])]), XLSX_MIME)]),
    [D("body", "ru"), D("Прайс_2027.xlsx", "ru")],
    C(A_KGD, [{"registry_number": "00801011", "name": "Выдача справки об отсутствии (наличии) налоговой задолженности"}],
      "information", OL("ЕКЦ-2027/112", "2027-01-08", "О представлении информации по форме приложения 1"),
      "Ничего не менять: спам."),
    ("ru", ".eml + XLSX", "an XLSX table attached while the centre awaits a form"))

# 24 phishing with fake "scanned document" PDF
put("24-phishing-scan.eml", eml(
    "scanner@kgd-minfin.com", "ekc@egov-kc.kz",
    "Отсканированный документ: Ответ на исх. ЕКЦ",
    "Thu, 28 Jan 2027 02:14:09 +0000",
    "Документ отсканирован устройством KGD-MFP-0412.\nСтраниц: 1\nДля просмотра откройте вложение.\n",
    atts=[("Scan_0412.pdf", pdf_bytes([
        "Документ защищён. Для просмотра содержимого",
        "перейдите по ссылке: http://kgd-minfin.com/docview?id=0412",
        "и введите логин и пароль от корпоративной почты."]), "application/pdf")]),
    [D("body", "ru"), D("Scan_0412.pdf", "ru")],
    C(A_KGD, [{"registry_number": "00801003", "name": "Регистрационный учет налогоплательщиков"}],
      "information", OL("ЕКЦ-2027/131", "2027-01-21", "О представлении информации по форме приложения 1"),
      "Не открывать ссылку, передать в службу ИБ; дело не трогать."),
    ("ru", ".eml + PDF", "subject 'Ответ на исх. ЕКЦ', look-alike domain of the agency"))

# 25 citizen complaint in Kazakh forwarded by mistake
put("25-azamat-shagym.eml", eml(
    "Жамбыл ауданы әкімдігі <zhambyl-akimat@zhetysu.gov.kz>", "ekc@egov-kc.kz",
    "Fwd: Шағым",
    "Mon, 12 Apr 2027 11:30:02 +0500",
    "\n\n---------- Forwarded message ---------\nОт: Құдайбергенов Мұрат <murat.kud@gmail.com>\n"
    "Date: сб, 10 сәу. 2027 г. в 22:14\nSubject: Шағым\nTo: zhambyl-akimat@zhetysu.gov.kz\n\n"
    "Сәлеметсіз бе. Мен Ұзынағаш ауылында тұрамын. Тұрғын үйге мұқтаж ретінде кезекке тұру үшін "
    "құжаттарды үш ай бұрын тапсырдым, әлі күнге дейін жауап жоқ. 1414-ке қоңырау шалсам, "
    "әкімдікке хабарласыңыз дейді. Көмектесулеріңізді сұраймын.\nТел: 8 747 300 12 55\n"),
    [D("body", "kk")],
    C(A_ZHAM, [{"registry_number": "00102045", "name": "Выдача справки о постановке на учет нуждающихся в жилье"}],
      "consulting", None, "По делу взаимодействия ничего не менять; жалобу — в работу с обращениями."),
    ("kk", ".eml plain, forwarded, empty covering note", "comes from the agency's own address about a consulted service"))

# 26 mail that says 'see attachment' but has none
put("26-attachment-missing.eml", eml(
    "Утегенова Алия <a.utegenova@ecogeo.gov.kz>", "ekc@egov-kc.kz",
    "RE: ЕКЦ-2027/422 форма",
    "Thu, 15 Apr 2027 12:05:44 +0600",
    "Добрый день, форму направляю во вложении.\n\nАлия\n",
    ),
    [D("body", "ru")],
    C(A_ECO, [{"registry_number": "01201009", "name": "Выдача экологического разрешения на воздействие для объектов I категории"}],
      "information", OL("ЕКЦ-2027/422", "2027-04-09", "О представлении информации по форме приложения 1"),
      "Ничего не вносить: вложение отсутствует; запросить повторную отправку."),
    ("ru", ".eml plain, no attachment", "says the form is attached, answers the centre's number"))

# 27 Out of office naming a substitute with e-mail and phone
put("27-ooo-substitute.eml", eml(
    "Касымова Айжан Болатовна <a.kasymova@dsm.gov.kz>", "ekc@egov-kc.kz",
    "Нет на месте: ЕКЦ-2027/271",
    "Mon, 15 Feb 2027 09:00:31 +0600",
    "Здравствуйте!\n\nС 15.02.2027 по 26.02.2027 нахожусь в командировке. На время моего отсутствия "
    "по вопросам лицензирования медицинской деятельности обращайтесь к Мухамеджанову Айдару Ерболовичу, "
    "главному эксперту, a.mukhamedzhanov@dsm.gov.kz, +7 (7172) 74-36-58.\n\n"
    "А. Касымова\n",
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    [D("body", "ru")],
    C(A_MZ, [{"registry_number": "00401214", "name": "Выдача лицензии на медицинскую деятельность"}],
      "additional_answer", OL("ЕКЦ-2027/271", "2027-02-12", "О разъяснении порядка оказания государственной услуги"),
      "Ничего не менять: временный заместитель на время командировки, ответственное лицо не заменено."),
    ("ru", ".eml plain", "names a substitute with position, e-mail and phone, like a responsible change"))

# 28 calendar invitation
put("28-calendar-invite.eml", eml(
    "Жаксыбеков Нурлан <n.zhaksybekov@mangystau.gov.kz>", "ekc@egov-kc.kz",
    "Приглашение: Рабочая встреча по субсидированию @ чт 18 мар 2027 15:00 (ALMT)",
    "Mon, 15 Mar 2027 16:02:00 +0500",
    "Вас пригласили на встречу.\n\nРабочая встреча по субсидированию\nКогда: чт 18 марта 2027 15:00–16:00\n"
    "Где: Актау, 14 мкр., здание акимата, каб. 412 / ссылка Zoom в приглашении\n"
    "Участники: Жаксыбеков Н., Оспанов Е., представитель ЕКЦ\n\nПовестка: предварительное обсуждение "
    "вопросов операторов до проведения обучения.\n",
    atts=[("invite.ics", ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "DTSTART:20270318T100000Z\r\nDTEND:20270318T110000Z\r\nSUMMARY:Rabochaya vstrecha po subsidirovaniyu\r\n"
        "ORGANIZER:mailto:n.zhaksybekov@mangystau.gov.kz\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode(), "text/calendar")]),
    [D("body", "ru")],
    C(A_MANG, [{"registry_number": "00907002", "name": "Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства"}],
      "protocol", OL("ЕКЦ-2027/377", "2027-03-12", "О представлении информации по форме приложения 1"),
      "Ничего не менять: приглашение на встречу до обучения."),
    ("ru", ".eml + .ics", "about the training and the centre's operators while a protocol is awaited"))

# 29 analytical report (Appendix 2 form) returned with comments, xlsx attached
put("29-analytic-report-comments.eml", eml(
    "Жумабекова Айгерим <a.zhumabekova@akimat-krg.gov.kz>", "ekc@egov-kc.kz",
    "RE: Аналитический отчет за февраль 2027",
    "Thu, 11 Mar 2027 14:20:18 +0600",
    "Коллеги, добрый день.\n\nПо вашему аналитическому отчёту за февраль: по строкам 3 и 5 "
    "меры приняты, заявителям даны ответы. Наши пометки в столбце «Комментарий акимата» во вложении.\n\n"
    "Айгерим Нурлановна\n",
    atts=[("Отчет_ЕКЦ_февраль_коммент.xlsx", xlsx_bytes([("Лист1", [
        ["№ п/п", "Дата и время поступления", "Ф.И.О. ответственного за форум", "Регион", "Ф.И.О. заявителя",
         "Характер обращения", "Принятые меры, № запроса", "Нарушение стандарта", "Действие (бездействие) работников", "Комментарий акимата"],
        [1, "02.02.2027 10:14", "Серикова А.", "Караганда", "Ли В.П.", "консультация", "—", "нет", "—", ""],
        [3, "09.02.2027 16:40", "Серикова А.", "Караганда", "Абдрахманова Г.", "жалоба", "запрос № 77", "срок", "—", "ответ дан 15.02"],
        [5, "21.02.2027 11:02", "Ким Д.", "Караганда", "Оразбаев Т.", "жалоба", "запрос № 93", "нет", "грубость", "проведена беседа"]])]), XLSX_MIME)]),
    [D("body", "ru"), D("Отчет_ЕКЦ_февраль_коммент.xlsx", "ru")],
    C(A_AKM_KAR, [{"registry_number": "00507003", "name": "Выдача справки о регистрации по месту жительства"}],
      "consulting", None, "Ничего не менять по делу: комментарии к аналитическому отчёту (приложение 2)."),
    ("ru", ".eml + XLSX", "numbered table with 'Ф.И.О. ответственного' column (Appendix 2, not 1)"))

# 30 non-delivery report
put("30-undeliverable.eml", eml(
    "MAILER-DAEMON@egov-kc.kz", "ekc@egov-kc.kz",
    "Undelivered Mail Returned to Sender",
    "Fri, 22 Jan 2027 13:02:50 +0600",
    "This is the mail system at host relay1.egov-kc.kz.\n\n"
    "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
    "<uvet_kst@kostanay.gov.kz>: host mx.kostanay.gov.kz said: 550 5.1.1 User unknown\n\n"
    "--- Original message headers ---\nSubject: =?utf-8?b?0JXQmtCmLTIwMjcvMTYw?=\nTo: uvet_kst@kostanay.gov.kz\n",
    extra={"Auto-Submitted": "auto-replied"}),
    [D("body")],
    C(A_KOST, [{"registry_number": "00709004", "name": "Выдача ветеринарного паспорта на животное"}],
      "appointment", OL("ЕКЦ-2027/160", "2027-01-22", "О назначении ответственного лица"),
      "Ничего не менять по делу; запрос не доставлен — отправить на верный адрес."),
    ("en", ".eml plain (bounce)", "auto mail tied to the centre's appointment request"))

# 31 e-doc system notice: document recalled (bare txt)
put("31-sed-recalled.txt",
    "Система электронного документооборота «Documentolog»\n\n"
    "Уведомление\n\n"
    "Отправитель отозвал документ.\n"
    "Документ: Исх. № 05-18/2211 от 19.04.2027 «О представлении информации по государственным услугам»\n"
    "Отправитель: Управление земельных отношений Западно-Казахстанской области\n"
    "Получатель: Единый контакт-центр\n"
    "Причина отзыва: направлен ошибочно, неверное приложение\n"
    "Дата отзыва: 19.04.2027 17:45\n\n"
    "Отозванный документ недоступен для просмотра.\n",
    [D("31-sed-recalled.txt", "ru")],
    C(A_ZKO, [{"registry_number": "00203117", "name": "Выдача решения на изменение целевого назначения земельного участка"}],
      "information", OL("ЕКЦ-2027/118", "2027-01-13", "Запрос информации о государственных услугах"),
      "Ничего не менять: документ отозван отправителем, ждать повторной отправки."),
    ("ru", ".txt", "names an outgoing letter 'О представлении информации' exactly as awaited"))

# 32 agency asks the centre for call statistics
put("32-agency-asks-stats.eml", eml(
    "Отдел мониторинга УЗО <monitoring.uzo@abai.gov.kz>", "ekc@egov-kc.kz",
    "Запрос статистики обращений",
    "Wed, 14 Apr 2027 10:40:00 +0500",
    "Уважаемые коллеги!\n\nДля подготовки информации в аппарат акима области просим представить "
    "количество обращений граждан в Единый контакт-центр по услугам здравоохранения (прикрепление к "
    "медорганизации, вызов врача на дом, запись на приём) за I квартал 2027 года в разрезе районов "
    "области Абай, в срок до 20 апреля.\n\nРуководитель отдела мониторинга\nЕ. Сатыбалдиев\n"),
    [D("body", "ru")],
    C(A_ABAI, [{"registry_number": "00401107", "name": "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"}],
      "consulting", None, "Подготовить ответ по статистике; дело взаимодействия не менять."),
    ("ru", ".eml plain", "formal request from the agency naming services the centre consults on"))

# 33 short 'принято в работу'
put("33-prinyato-v-rabotu.eml", eml(
    "Кенжебаева Мадина <m.kenzhebayeva@turkistan.gov.kz>", "ekc@egov-kc.kz",
    "Re: ЕКЦ-2027/360",
    "Thu, 11 Mar 2027 11:02:14 +0500",
    "Принято в работу.\n\n-- \nМ. Кенжебаева\n",
    msgid="<e2f1.kenz@turkistan.gov.kz>", extra={"In-Reply-To": "<ekc-2027-360@egov-kc.kz>"}),
    [D("body", "ru")],
    C(A_TURK, [{"registry_number": "00503008", "name": "Выдача архитектурно-планировочного задания"},
               {"registry_number": "00503015", "name": "Выдача разрешения на строительство"}],
      "protocol", OL("ЕКЦ-2027/360", "2027-03-10", "О подписании протокола обучения"),
      "Ничего не менять: подтверждение получения, протокол не прислан."),
    ("ru", ".eml plain, In-Reply-To", "a genuine reply thread to the protocol request, but content-free"))

# 34 webinar invitation for the centre's operators on agency's new IS (not p.8 training)
put("34-webinar-is.docx", docx_bytes([
    ("b", "Министерство экологии и природных ресурсов Республики Казахстан"),
    "Исх. № 27-04/3390 от 05.05.2027",
    "Единый контакт-центр",
    "Информационное письмо",
    "В связи с вводом в промышленную эксплуатацию информационной системы «Экологический кабинет "
    "природопользователя» приглашаем сотрудников Единого контакт-центра принять участие в ознакомительном "
    "вебинаре 13 мая 2027 года в 11:00 (время Астаны).",
    "Вебинар ознакомительный и не заменяет обучение по государственным услугам; протокол по его итогам "
    "не оформляется.",
    "Ссылка на подключение будет направлена зарегистрированным участникам. Контактное лицо: "
    "Ибраев Тимур, +7 (7172) 74-09-81.",
    "Директор Департамента цифровизации                 С. Нұрмағанбетов",
]), [D("34-webinar-is.docx", "ru")],
    C(A_ECO, [{"registry_number": "01201009", "name": "Выдача экологического разрешения на воздействие для объектов I категории"}],
      "protocol", OL("ЕКЦ-2027/430", "2027-04-20", "О проведении обучения по государственной услуге"),
      "Ничего не менять: приглашение на вебинар по ИС; обучения по услуге и протокола нет."),
    ("ru", ".docx", "invites the centre's staff to training, with a contact person and phone"))

# 35 survey from quality-assessment body
put("35-survey-quality.eml", eml(
    "Агентство по делам государственной службы <anketa@asdc.gov.kz>", "ekc@egov-kc.kz",
    "Анкетирование участников взаимодействия (до 30.04.2027)",
    "Mon, 19 Apr 2027 09:15:00 +0600",
    "Уважаемые коллеги!\n\nВ рамках оценки качества оказания государственных услуг просим заполнить "
    "прилагаемую анкету о взаимодействии с государственными органами за 2026 год.\n\n"
    "Вопросы анкеты: 1) соблюдаются ли сроки назначения ответственных лиц; 2) своевременно ли "
    "подписываются протоколы обучения; 3) сколько раз за год вы получали отказы в представлении "
    "информации.\n\nЗаполненную анкету направьте до 30.04.2027.\n",
    atts=[("anketa_2026.docx", docx_bytes([
        ("b", "Анкета участника взаимодействия"),
        [["№", "Вопрос", "Ответ"],
         ["1", "Количество государственных органов, назначивших ответственных лиц в срок", ""],
         ["2", "Количество протоколов обучения, подписанных в срок", ""],
         ["3", "Количество отказов в представлении информации", ""],
         ["4", "Предложения", ""]],
        "Ф.И.О. заполнившего: ____________   Дата: «__» ________ 2027 г."]), DOCX_MIME)]),
    [D("body", "ru"), D("anketa_2026.docx", "ru")],
    C(A_MIO, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"}],
      "consulting", None, "Ничего не менять: анкета для заполнения самим ЕКЦ."),
    ("ru", ".eml + DOCX", "a blank table with ФИО/дата line, talks of responsibles, protocols and refusals"))

# 36 New year greeting, HTML, bilingual, wrong charset label (utf-8 bytes labelled windows-1251)
put("36-newyear-wrong-charset.eml", eml(
    "Управление ветеринарии <vet@kostanay.gov.kz>", "ekc@egov-kc.kz",
    "С Новым 2027 годом!",
    "Thu, 31 Dec 2026 12:00:00 +0600", None,
    html="<html><body><p>Құрметті әріптестер! Жаңа жылыңыз құтты болсын!</p>"
    "<p>Уважаемые коллеги! Поздравляем с наступающим Новым годом! Желаем здоровья, "
    "благополучия и успехов в работе.</p><p>Коллектив Управления ветеринарии акимата Костанайской области</p>"
    "</body></html>", label="windows-1251"),
    [D("body")],
    C(A_KOST, [{"registry_number": "00709012", "name": "Выдача ветеринарной справки"}],
      "consulting", None, "Ничего не менять: поздравление."),
    ("kk+ru", ".eml HTML only, UTF-8 bytes labelled windows-1251", "mislabelled charset"))

# 37 Kazakh legal digest (newsletter)
put("37-zan-digest-kk.eml", eml(
    "Әділет ақпарат <news@adilet-info.kz>", "ekc@egov-kc.kz",
    "Заңнамадағы өзгерістер: сәуір 2027",
    "Fri, 30 Apr 2027 08:00:00 +0600",
    "ЗАҢНАМАДАҒЫ ӨЗГЕРІСТЕР\n\n"
    "• «Мемлекеттік көрсетілетін қызметтер туралы» Заңға өзгерістер енгізілді: көрсетілетін қызметтерді "
    "проактивті түрде көрсету тәртібі нақтыланды.\n"
    "• Білім беру саласындағы мемлекеттік көрсетілетін қызметтер қағидаларына өзгерістер Әділет "
    "министрлігінде тіркелді (2027 жылғы 21 сәуір, № 34120).\n"
    "• Ветеринариялық анықтама беру қағидалары жаңа редакцияда.\n\n"
    "Жазылымнан бас тарту: unsubscribe@adilet-info.kz\n"),
    [D("body", "kk")],
    C(A_PAVL, [{"registry_number": "00605040", "name": "Выдача дубликатов документов об основном среднем образовании"}],
      "consulting", None, "Ничего не менять: рассылка; об изменениях должен сообщить сам госорган."),
    ("kk", ".eml plain", "lists changed rules and registration numbers of acts for consulted services"))

# 38 e-doc system maintenance notice
put("38-sed-maintenance.eml", eml(
    "Служба поддержки ЕСЭДО <noreply@esedo.gov.kz>", "ekc@egov-kc.kz",
    "Плановые технические работы 24.04.2027",
    "Thu, 22 Apr 2027 18:00:00 +0600",
    "Уважаемые пользователи!\n\n24 апреля 2027 года с 20:00 до 23:59 будут проводиться плановые "
    "технические работы. В этот период отправка и регистрация документов будут недоступны. "
    "Документы, направленные в этот период, будут доставлены после завершения работ.\n\n"
    "Приносим извинения за неудобства.\n",
    extra={"Precedence": "bulk"}),
    [D("body", "ru")],
    C(A_MYUST, [{"registry_number": "00404001", "name": "Государственная регистрация юридических лиц"}],
      "appointment", OL("ЕКЦ-2027/415", "2027-04-05", "О назначении ответственного лица"),
      "Ничего не менять: техническое уведомление."),
    ("ru", ".eml plain", "arrives while an appointment is awaited"))

# 39 conference invite, Kazakh/Russian, PDF attached
put("39-forum-invite.eml", eml(
    "Форум «Цифрлық мемлекет» <forum@digitalqazaqstan.kz>", "ekc@egov-kc.kz",
    "Шақыру / Приглашение: Форум «Цифрлық мемлекет – 2027»",
    "Wed, 07 Apr 2027 13:00:00 +0600",
    "Құрметті әріптестер!\n2027 жылғы 27 мамырда Астанада өтетін «Цифрлық мемлекет – 2027» форумына "
    "шақырамыз. Бағдарлама тіркемеде.\n\nУважаемые коллеги! Приглашаем на форум 27 мая 2027 г. в Астане. "
    "Программа во вложении.\n",
    atts=[("programma_forum.pdf", pdf_bytes([
        "ФОРУМ «ЦИФРЛЫҚ МЕМЛЕКЕТ – 2027»",
        "27 мая 2027 г., Астана, Конгресс-холл",
        "",
        "10:00  Открытие. Приветственное слово",
        "10:30  Сессия 1. Проактивные государственные услуги",
        "12:00  Сессия 2. Контакт-центры: от консультации к сервису",
        "14:00  Сессия 3. Искусственный интеллект в госуправлении",
        "16:00  Закрытие"]), "application/pdf")]),
    [D("body"), D("programma_forum.pdf", "ru")],
    C(A_MZ, [{"registry_number": "00401214", "name": "Выдача лицензии на медицинскую деятельность"}],
      "consulting", None, "Ничего не менять: приглашение на форум."),
    ("kk+ru", ".eml + PDF", "PDF with a programme, mentions contact centres"))

# 40 thanks for the analytical report, Kazakh, docx attachment
put("40-report-received-kk.eml", eml(
    "Kense MTSZN <kense@enbek.gov.kz>", "ekc@egov-kc.kz",
    "Талдамалық есепті алу туралы",
    "Tue, 09 Mar 2027 15:33:00 +0600",
    "Хат тіркелген.\n",
    atts=[("08-1-702.docx", docx_bytes([
        ("b", "ҚР Еңбек және халықты әлеуметтік қорғау министрлігі"),
        "2027 жылғы 9 наурыз № 08-1/702",
        "Бірыңғай байланыс орталығына",
        "Министрлік 2027 жылғы ақпан айындағы талдамалық есепті алғанын растайды. Есепте көрсетілген "
        "өтініштер бойынша тиісті шаралар қабылданатын болады.",
        "Департамент директоры                      Г. Мұқанова"]), DOCX_MIME)]),
    [D("body", "kk"), D("08-1-702.docx", "kk")],
    C(A_MTSZN, [{"registry_number": "00302017", "name": "Назначение государственного пособия по уходу за ребенком до 1,5 лет"}],
      "information", OL("ЕКЦ-2027/288", "2027-02-17", "1-қосымша нысаны бойынша ақпарат беру туралы"),
      "Ничего не менять: подтверждение получения аналитического отчёта."),
    ("kk", ".eml + DOCX", "official letter with number from the agency that owes information"))

# ================================================================ HARD ONES (look like replies)
# 41 minutes of a commission on service quality, mentions services and ЕКЦ
put("41-commission-minutes.docx", docx_bytes([
    ("b", "ПРОТОКОЛ № 3"),
    "заседания комиссии по контролю за качеством оказания государственных услуг",
    "при акимате Костанайской области",
    "г. Костанай                                                      16 марта 2027 года",
    "Председательствовал: заместитель акима области Дюсенов К.А.",
    "Присутствовали: Нургалиева С.М., Шевченко О.В., Жанабаев Р.Т., представитель Единого контакт-центра "
    "(по видеосвязи).",
    ("b", "1. О соблюдении сроков оказания государственных услуг в сфере ветеринарии"),
    "Слушали: Нургалиеву С.М. — о нарушениях сроков выдачи ветеринарных справок (00709012) в Денисовском "
    "и Аулиекольском районах.",
    "Решили: 1.1. Управлению ветеринарии (Жанабаев Р.Т.) в срок до 01.04.2027 провести служебную проверку.",
    "1.2. Рекомендовать Единому контакт-центру учитывать обращения по услуге 00709012 в ежемесячном "
    "аналитическом отчёте отдельной строкой.",
    ("b", "2. Разное"),
    "Следующее заседание — в июне 2027 года.",
    "Председатель                     К. Дюсенов",
    "Секретарь                        О. Шевченко",
]), [D("41-commission-minutes.docx", "ru")],
    C(A_KOST, [{"registry_number": "00709004", "name": "Выдача ветеринарного паспорта на животное"},
               {"registry_number": "00709012", "name": "Выдача ветеринарной справки"}],
      "protocol", OL("ЕКЦ-2027/402", "2027-04-01", "О проведении обучения по государственным услугам"),
      "Ничего не менять: протокол заседания комиссии, а не протокол принятия услуги на консультирование."),
    ("ru", ".docx", "titled ПРОТОКОЛ with number and date, registry number, ЕКЦ among participants — while a training protocol is awaited"))

# 42 agency's own staff training protocol (signed), bare PDF
put("42-own-staff-training.pdf", pdf_bytes([
    "УТВЕРЖДАЮ",
    "Руководитель Управления архитектуры и градостроительства",
    "Туркестанской области _____________ Е. Сапарбаев",
    "«22» марта 2027 г.",
    "",
    "                         ПРОТОКОЛ",
    "        обучения специалистов районных отделов архитектуры",
    "",
    "г. Туркестан                                               22.03.2027",
    "",
    "Обучение провела: Кенжебаева Мадина Асановна, главный специалист.",
    "Обучены: 14 специалистов районных отделов архитектуры и градостроительства",
    "(список прилагается).",
    "",
    "Темы обучения:",
    "  1. Выдача архитектурно-планировочного задания (00503008) — новые сроки;",
    "  2. Выдача разрешения на строительство (00503015) — работа в ИС «Е-лицензирование».",
    "",
    "По итогам обучения все специалисты прошли тестирование.",
    "",
    "Провела:   М. Кенжебаева      ________",
    "Согласовано: заместитель руководителя   А. Турсынбаев  ________",
]), [D("42-own-staff-training.pdf", "ru")],
    C(A_TURK, [{"registry_number": "00503008", "name": "Выдача архитектурно-планировочного задания"},
               {"registry_number": "00503015", "name": "Выдача разрешения на строительство"}],
      "protocol", OL("ЕКЦ-2027/360", "2027-03-10", "О подписании протокола обучения"),
      "Ничего не менять: протокол обучения собственных специалистов агентства, не сотрудников ЕКЦ; услуги не приняты на консультирование."),
    ("ru", ".pdf", "a signed training protocol with date and the very registry numbers awaited — but of the agency's own staff"))

# 43 unsigned draft training protocol for approval
put("43-draft-protocol.eml", eml(
    "Мухамеджанов Айдар <a.mukhamedzhanov@dsm.gov.kz>", "ekc@egov-kc.kz",
    "проект протокола на согласование",
    "Wed, 24 Mar 2027 16:10:05 +0600",
    "Коллеги, здравствуйте!\n\nНаправляю ПРОЕКТ протокола по итогам вчерашнего обучения. Посмотрите, "
    "пожалуйста, всё ли верно по вашим сотрудникам (фамилии, должности). Если замечаний нет — распечатаем, "
    "подпишет вице-министр, и направим официально через СЭД.\n\nАйдар\n",
    atts=[("ПРОЕКТ_протокол_обучения.docx", docx_bytes([
        ("b", "ПРОЕКТ"),
        ("b", "ПРОТОКОЛ"),
        "принятия Единым контакт-центром государственной услуги для консультирования",
        "г. Астана                                              «__» марта 2027 г.",
        "Ответственное лицо Министерства здравоохранения провело обучение сотрудников Единого "
        "контакт-центра по следующей услуге:",
        [["№", "Номер в реестре", "Наименование услуги"],
         ["1", "00401214", "Выдача лицензии на медицинскую деятельность"]],
        "Обучены: Серикова А.К., Ким Д.В., Абенова Ж.Т.",
        "От Министерства: ______________ (подпись)",
        "От Единого контакт-центра: ______________ (подпись)",
    ]), DOCX_MIME)]),
    [D("body", "ru"), D("ПРОЕКТ_протокол_обучения.docx", "ru")],
    C(A_MZ, [{"registry_number": "00401214", "name": "Выдача лицензии на медицинскую деятельность"}],
      "protocol", OL("ЕКЦ-2027/318", "2027-03-15", "О проведении обучения по государственной услуге"),
      "Проверить проект и ответить; дело не двигать — протокол не датирован и не подписан."),
    ("ru", ".eml + DOCX", "the real protocol's wording and table, but marked ПРОЕКТ, no date, no signatures"))

# 44 draft Appendix 1 form for internal approval, cc the centre
put("44-draft-form-internal.eml", eml(
    "Бекмуратова Жанар <zh.bekmuratova@moa.gov.kz>", "dgu-all@moa.gov.kz",
    "на согласование: форма для ЕКЦ (черновик)",
    "Wed, 03 Mar 2027 12:44:00 +0600",
    "Коллеги из департаментов земледелия и животноводства!\n\nВо вложении черновик формы, которую мы должны "
    "отправить в ЕКЦ. Реквизиты стандартов я оставила «[уточнить]», потому что приказы ещё на регистрации. "
    "Заполните, пожалуйста, жёлтые ячейки до пятницы. ЕКЦ в копии для информации — официально форма пойдёт "
    "письмом за подписью вице-министра.\n\nЖанар\n",
    cc="ekc@egov-kc.kz",
    atts=[("forma_EKC_chernovik.xlsx", xlsx_bytes([("черновик", [
        ["ЧЕРНОВИК — НЕ НАПРАВЛЯТЬ"],
        ["№ п/п", "№ в реестре", "Наименование государственной услуги", "Стандарт", "Регламент",
         "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"],
        [1, "00704019", "Выдача справки о наличии личного подсобного хозяйства", "[уточнить]", "[уточнить]", "", "moa.gov.kz", "[кого назначат]"],
        [2, "00704022", "Субсидирование стоимости удобрений", "[уточнить]", "[уточнить]", "", "", "[кого назначат]"]])]), XLSX_MIME)]),
    [D("body", "ru"), D("forma_EKC_chernovik.xlsx", "ru")],
    C(A_MSH, [{"registry_number": "00704019", "name": "Выдача справки о наличии личного подсобного хозяйства"},
              {"registry_number": "00704022", "name": "Субсидирование стоимости удобрений"}],
      "information", OL("ЕКЦ-2027/330", "2027-02-22", "Информация по приложению 1"),
      "Ничего не вносить: внутренний черновик формы с заглушками, ЕКЦ в копии; ждать официальную форму."),
    ("ru", ".eml + XLSX", "the Appendix 1 header and the awaited registry numbers, but placeholders and 'ЧЕРНОВИК'"))

# 45 order appointing a person responsible for other duties (anti-corruption), bare PDF
put("45-order-anticorruption.pdf", pdf_bytes([
    "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН",
    "",
    "                              ПРИКАЗ",
    "от 12 февраля 2027 года                                   № 88-к",
    "                              г. Астана",
    "",
    "О назначении ответственного лица за координацию антикоррупционной работы",
    "",
    "В целях реализации Антикоррупционной политики ПРИКАЗЫВАЮ:",
    "1. Назначить Сапарову Гульмиру Ержановну, главного эксперта Департамента",
    "   внутреннего контроля, ответственным лицом за координацию работы по",
    "   противодействию коррупции в центральном аппарате Министерства",
    "   (тел. 8 (7172) 74-27-70, g.saparova@edu.gov.kz).",
    "2. Признать утратившим силу приказ от 03.03.2026 № 141-к о назначении",
    "   Омарова Тимура Кайратовича.",
    "3. Контроль за исполнением настоящего приказа оставляю за собой.",
    "",
    "Ответственный секретарь                               Д. Аймагамбетов",
]), [D("45-order-anticorruption.pdf", "ru")],
    C(A_MIO, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"}],
      "appointment", OL("ЕКЦ-2027/260", "2027-02-05", "О назначении ответственного лица"),
      "Ничего не менять: назначение ответственного за антикоррупционную работу, не за взаимодействие с ЕКЦ."),
    ("ru", ".pdf", "'назначить ... ответственным лицом' with phone and e-mail, replaces a named predecessor"))

# 46 letter about a new head of the department, Kazakh, eml
put("46-new-head-kk.eml", eml(
    "ЗҚО жер қатынастары басқармасы <zemotn@bko.gov.kz>", "ekc@egov-kc.kz",
    "Басқарма басшысының тағайындалуы туралы",
    "Tue, 02 Feb 2027 11:15:00 +0500",
    "Құрметті әріптестер!\n\nБатыс Қазақстан облысы әкімінің 2027 жылғы 29 қаңтардағы № 14-ө өкімімен "
    "Жер қатынастары басқармасының басшысы болып Хамитов Асқар Серікұлы тағайындалғанын хабарлаймыз. "
    "Бұрынғы басшы Ғалымжанов Е.Т. басқа жұмысқа ауысты.\n\n"
    "Басқарманың қабылдау бөлмесінің телефоны өзгерген жоқ: 8 (7112) 24-15-90.\n\n"
    "Құрметпен,\nбасқарма аппараты\n"),
    [D("body", "kk")],
    C(A_ZKO, [{"registry_number": "00203117", "name": "Выдача решения на изменение целевого назначения земельного участка"}],
      "appointment", OL("ЕКЦ-2027/118", "2027-01-13", "Запрос информации о государственных услугах"),
      "Ничего не менять: назначен новый руководитель управления, ответственное лицо для ЕКЦ не названо."),
    ("kk", ".eml plain", "'X тағайындалды', previous person named — reads like a responsible change"))

# 47 letter introducing a new deputy akim, docx
put("47-new-deputy-akim.docx", docx_bytes([
    ("b", "АППАРАТ АКИМА ГОРОДА КАРАГАНДЫ"),
    "100012, г. Караганда, ул. Алиханова, 13",
    "№ 01-12/604 от 18.03.2027",
    "Руководителям государственных органов и организаций (по списку)",
    "Информируем, что распоряжением акима Карагандинской области от 15 марта 2027 года заместителем "
    "акима города Караганды назначен Жумабаев Ерболат Маратович.",
    "В соответствии с распределением обязанностей Жумабаев Е.М. курирует вопросы жилищно-коммунального "
    "хозяйства, архитектуры, земельных отношений и оказания государственных услуг.",
    "Контакты приёмной: 8 (7212) 41-00-13, priemnaya_zam3@akimat-krg.gov.kz.",
    "Руководитель аппарата                       С. Ибраева",
]), [D("47-new-deputy-akim.docx", "ru")],
    C(A_AKM_KAR, [{"registry_number": "00507010", "name": "Выдача разрешения на перепланировку помещений"}],
      "appointment", OL("ЕКЦ-2027/255", "2027-02-03", "О назначении ответственного лица"),
      "Ничего не менять: информация о новом заместителе акима, ответственный за взаимодействие с ЕКЦ не назначен."),
    ("ru", ".docx", "'назначен', curates state services, phone and e-mail — while an appointment is awaited"))

# 48 refusal to a citizen, centre in copy
put("48-refusal-to-citizen.eml", eml(
    "Комитет миграционной службы <kms@mvd.gov.kz>", "karimov.ravshan@mail.ru",
    "Ответ на обращение № ЖТ-2027-01533",
    "Fri, 05 Mar 2027 10:20:00 +0600",
    "Уважаемый Равшан Алишерович!\n\nВаше обращение от 22.02.2027 о выдаче разрешения на временное "
    "проживание рассмотрено.\n\nСообщаем, что в выдаче разрешения отказано в связи с непредставлением "
    "документа, подтверждающего цель въезда (пп. 3 п. 9 стандарта государственной услуги 01102004).\n\n"
    "В случае несогласия Вы вправе обжаловать решение в вышестоящий орган или в суд.\n"
    "Копия ответа направлена в Единый контакт-центр для сведения, так как Вы ранее обращались по номеру 1414.\n\n"
    "Заместитель председателя Комитета  Н. Бейсенов\nИсп. Ергалиева Д., 8 (7172) 71-22-48\n",
    cc="ekc@egov-kc.kz"),
    [D("body", "ru")],
    C(A_MVD, [{"registry_number": "01102004", "name": "Выдача разрешения на временное проживание иностранцам"}],
      "additional_answer", OL("ЕКЦ-2027/371", "2027-03-02", "О представлении дополнительной информации по услуге 01102004"),
      "Ничего не менять: отказ гражданину в услуге, ЕКЦ в копии; запрошенную дополнительную информацию не содержит."),
    ("ru", ".eml plain, Cc to the centre", "'отказано в связи с ...', registry number, while the centre awaits an additional answer"))

# 49 refusal written to another body (prosecutor's office), centre in copy, bare PDF
put("49-refusal-to-prosecutor.pdf", pdf_bytes([
    "КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН",
    "Исх. № КГД-04-2/5512 от 16.04.2027",
    "",
    "                                        Прокуратура города Астаны",
    "                                        Копия: Единый контакт-центр",
    "",
    "На запрос от 09.04.2027 № 2-19-27-01177",
    "",
    "Комитет государственных доходов, рассмотрев Ваш запрос о представлении сведений",
    "о налоговой задолженности ТОО «СтройМонтаж-KZ» (БИН 150740021388), сообщает, что",
    "запрашиваемые сведения составляют налоговую тайну и могут быть предоставлены",
    "только в случаях, предусмотренных статьей 28 Налогового кодекса, при наличии",
    "возбужденного уголовного дела.",
    "",
    "В связи с изложенным в предоставлении сведений отказано.",
    "",
    "Заместитель Председателя                                    А. Сейткали",
    "Исп.: Мукашева Л., 8 (7172) 71-83-02",
]), [D("49-refusal-to-prosecutor.pdf", "ru")],
    C(A_KGD, [{"registry_number": "00801011", "name": "Выдача справки об отсутствии (наличии) налоговой задолженности"}],
      "additional_answer", OL("ЕКЦ-2027/404", "2027-04-06", "О разъяснении порядка выдачи справки об отсутствии задолженности"),
      "Ничего не менять: отказ прокуратуре, ЕКЦ лишь в копии; на наш запрос не отвечает."),
    ("ru", ".pdf", "a refusal on secrecy grounds, 'Копия: Единый контакт-центр', while the centre awaits an answer"))

# 50 replacement of a responsible written to another body (quality assessment agency), cc the centre
put("50-replacement-other-body.eml", eml(
    "Канцелярия УЗО области Абай <uzo@abai.gov.kz>", "monitoring@asdc.gov.kz",
    "О замене ответственного лица за внесение данных в ИС «Мониторинг»",
    "Mon, 26 Apr 2027 09:50:00 +0500",
    "Агентству Республики Казахстан по делам государственной службы\n\n"
    "Управление здравоохранения области Абай сообщает, что в связи с уходом в отпуск по уходу за ребёнком "
    "Ахметовой Гульнар Болатовны ответственным за внесение данных о стадиях оказания государственных услуг "
    "в информационную систему мониторинга с 26.04.2027 назначена Ткаченко Ирина Викторовна, "
    "главный специалист отдела цифровизации (i.tkachenko@abai.gov.kz, +7 (7222) 52-16-44).\n\n"
    "Просим предоставить ей доступ к ИС «Мониторинг».\n\n"
    "Руководитель управления                Б. Жакупов\n",
    cc="ekc@egov-kc.kz"),
    [D("body", "ru")],
    C(A_ABAI, [{"registry_number": "00401107", "name": "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"}],
      "consulting", None,
      "Ничего не менять: замена ответственного за ИС «Мониторинг» (п.13), адресована Агентству; ответственный за взаимодействие с ЕКЦ прежний."),
    ("ru", ".eml plain, Cc to the centre", "a full responsible change (new, old, date, e-mail, phone) — for another duty and another body"))

# 51 refusal to a company in Kazakh, centre in copy, docx attached
put("51-refusal-company-kk.eml", eml(
    "Маңғыстау облысының КИИДБ <upiir@mangystau.gov.kz>", "info@kaspiy-agro.kz",
    "Өтінім бойынша жауап / Ответ по заявке",
    "Thu, 22 Apr 2027 17:05:00 +0500",
    "Құрметті серіктестік басшысы!\nЖауап хат тіркелді.\nКөшірмесі Бірыңғай байланыс орталығына жіберілді.\n",
    cc="ekc@egov-kc.kz",
    atts=[("zhauap_kaspiy_agro.docx", docx_bytes([
        ("b", "Маңғыстау облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы"),
        "2027 жылғы 22 сәуір № 03-11/1492",
        "«Каспий-Агро» ЖШС директоры Т. Есенгелдиевке",
        "Сіздің 2027 жылғы 8 сәуірдегі кредит бойынша сыйақы мөлшерлемесін субсидиялау туралы "
        "өтініміңіз (мемлекеттік көрсетілетін қызмет № 00907002) қаралды.",
        "Жобаның салалық бағдарлама талаптарына сәйкес келмеуіне байланысты субсидиялаудан бас тартылды.",
        "Шешіммен келіспеген жағдайда заңнамада белгіленген тәртіппен шағымдануға құқығыңыз бар.",
        "Басқарма басшысы                       Қ. Өтепов",
    ]), DOCX_MIME)]),
    [D("body"), D("zhauap_kaspiy_agro.docx", "kk")],
    C(A_MANG, [{"registry_number": "00907002", "name": "Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства"}],
      "information", OL("ЕКЦ-2027/377", "2027-03-12", "О представлении информации по форме приложения 1"),
      "Ничего не менять: отказ компании в субсидии, ЕКЦ в копии; не отказ в представлении информации ЕКЦ."),
    ("kk", ".eml + DOCX, Cc to the centre", "'бас тартылды' (refused) with the awaited registry number"))

# 52 change of the agency's own address
put("52-address-change.eml", eml(
    "Управление архитектуры Туркестанской области <arh@turkistan.gov.kz>", "ekc@egov-kc.kz",
    "Об изменении почтового адреса управления",
    "Mon, 01 Mar 2027 10:00:00 +0500",
    "Уважаемые партнёры!\n\nУправление архитектуры и градостроительства Туркестанской области сообщает, что "
    "с 1 марта 2027 года переехало в новое здание.\n\nНовый адрес: 161200, г. Туркестан, "
    "Новый административно-деловой центр, проспект Тауке хана, 10, 4 этаж.\n"
    "Телефон приёмной: 8 (72533) 5-14-20.\nАдрес электронной почты канцелярии не изменился.\n\n"
    "Просим учесть при направлении корреспонденции.\n\nС уважением,\nканцелярия управления\n"),
    [D("body", "ru")],
    C(A_TURK, [{"registry_number": "00503008", "name": "Выдача архитектурно-планировочного задания"}],
      "consulting", None,
      "Обновить почтовый адрес в справочнике; ни одна графа формы (стандарт, регламент, НПА, сайт, ответственный) не меняется."),
    ("ru", ".eml plain", "'сообщает об изменении' with a date, like a change notice"))

# 53 law amended, no column changes (letter says so), bare docx
put("53-law-no-effect.docx", docx_bytes([
    ("b", "Министерство труда и социальной защиты населения Республики Казахстан"),
    "Исх. № 07-2/1520 от 11.03.2027",
    "Единому контакт-центру",
    "О внесении изменений в Социальный кодекс",
    "Информируем, что Законом Республики Казахстан от 2 марта 2027 года № 112-VIII внесены изменения в "
    "Социальный кодекс Республики Казахстан в части индексации размеров социальных выплат.",
    "Указанные изменения не затрагивают стандарт и порядок оказания государственной услуги «Назначение "
    "государственного пособия по уходу за ребенком до 1,5 лет» (00302017): перечень документов, сроки и "
    "способы обращения остаются прежними. Ранее представленная информация актуальна; внесение изменений "
    "в неё не требуется.",
    "Директор Департамента социальной помощи             Г. Мұқанова",
]), [D("53-law-no-effect.docx", "ru")],
    C(A_MTSZN, [{"registry_number": "00302017", "name": "Назначение государственного пособия по уходу за ребенком до 1,5 лет"}],
      "consulting", None, "Ничего не менять: изменение закона, которое по словам министерства не меняет ни одной графы формы."),
    ("ru", ".docx", "names a new Law with number and date for a consulted service"))

# 54 planned changes (future), Kazakh PDF
put("54-zhosparlangan-ozgerister.pdf", pdf_bytes([
    "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ АУЫЛ ШАРУАШЫЛЫҒЫ МИНИСТРЛІГІ",
    "2027 жылғы 19 сәуір № 12-04/2210",
    "",
    "                                    Бірыңғай байланыс орталығына",
    "",
    "Ақпарат үшін хабарлаймыз: 2027 жылдың III тоқсанында «Тыңайтқыштардың құнын",
    "субсидиялау» мемлекеттік көрсетілетін қызметінің (№ 00704022) қағидаларына",
    "өзгерістер енгізу жоспарлануда. Қазіргі уақытта жоба әзірлену сатысында,",
    "мүдделі мемлекеттік органдармен келісілмеген.",
    "",
    "Өзгерістер бекітіліп, Әділет министрлігінде тіркелгеннен кейін жаңартылған",
    "ақпарат белгіленген тәртіппен жіберіледі.",
    "",
    "Департамент директоры                              С. Әлімбаев",
]), [D("54-zhosparlangan-ozgerister.pdf", "kk")],
    C(A_MSH, [{"registry_number": "00704022", "name": "Субсидирование стоимости удобрений"}],
      "consulting", None, "Ничего не менять: изменения только планируются; сведения актуализируются после утверждения."),
    ("kk", ".pdf", "'өзгерістер енгізу' about a consulted service's rules — but only planned"))

# 55 a different form sent to the registry owner, centre in copy (xlsx)
put("55-registry-form-other.eml", eml(
    "Утегенова Алия <a.utegenova@ecogeo.gov.kz>", "reestr@mdai.gov.kz",
    "Предложения по актуализации реестра государственных услуг",
    "Tue, 20 Apr 2027 11:25:00 +0600",
    "Министерству цифрового развития, инноваций и аэрокосмической промышленности\n\n"
    "Направляем предложения МЭПР по актуализации реестра государственных услуг по установленной форме.\n"
    "ЕКЦ — для сведения.\n\nА. Утегенова, 8 (7172) 74-01-55\n",
    cc="ekc@egov-kc.kz",
    atts=[("reestr_predlozheniya_MEPR.xlsx", xlsx_bytes([("Предложения", [
        ["№", "Код услуги", "Наименование государственной услуги", "Услугодатель", "Форма оказания", "Предложение", "Обоснование"],
        [1, "01201009", "Выдача экологического разрешения на воздействие для объектов I категории",
         "МЭПР", "электронная", "исключить бумажную форму", "100% обращений через ИС"],
        [2, "01201014", "Выдача заключения государственной экологической экспертизы",
         "МЭПР, территориальные департаменты", "электронная / бумажная", "объединить с 01201009", "дублирование"]])]), XLSX_MIME)]),
    [D("body", "ru"), D("reestr_predlozheniya_MEPR.xlsx", "ru")],
    C(A_ECO, [{"registry_number": "01201009", "name": "Выдача экологического разрешения на воздействие для объектов I категории"}],
      "information", OL("ЕКЦ-2027/422", "2027-04-09", "О представлении информации по форме приложения 1"),
      "Ничего не вносить: форма предложений по реестру, адресована МЦРИАП; форма приложения 1 не представлена."),
    ("ru", ".eml + XLSX, Cc to the centre", "a service table with the awaited registry number, while Appendix 1 is awaited"))

# 56 blank Appendix 1 form sent back with questions
put("56-blank-form-questions.eml", eml(
    "Жаксылыкова Меруерт <m.zhaksylykova@pavlodar.gov.kz>", "ekc@egov-kc.kz",
    "RE: ЕКЦ-2027/355 — вопросы по форме",
    "Thu, 01 Apr 2027 15:42:10 +0500",
    "Добрый день.\n\nВозвращаю вашу форму — пока не заполняли, есть вопросы (написала в самой форме под "
    "таблицей):\n1. Графа 5 «Регламент» — регламенты у нас отменены с 2020 года, что ставить?\n"
    "2. Графа 6 — какие изменения НПА, за какой период?\n3. Можно ли в графе 8 указать двух человек?\n\n"
    "Как ответите, заполним в течение двух дней.\n\nМеруерт Тулеуовна\n",
    atts=[("Приложение_1_вопросы.docx", docx_bytes([
        "Приложение 1 к Правилам взаимодействия",
        ("b", "Запрос о предоставлении информации о государственной услуге"),
        [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
          "Стандарт государственной услуги (с указанием его реквизитов)",
          "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов",
          "Интернет-ресурс, на котором размещена информация о государственной услуге",
          "Фамилия, имя, отчество, должность ответственного лица"],
         ["1", "2", "3", "4", "5", "6", "7", "8"],
         ["", "", "", "", "", "", "", ""]],
        "Ф.И.О. ответственного исполнителя ______________",
        "Дата: « __ »________ 20__г.",
        "ВОПРОСЫ: графа 5 — регламенты отменены? графа 6 — за какой период? графа 8 — можно двоих?",
    ], landscape=True), DOCX_MIME)]),
    [D("body", "ru"), D("Приложение_1_вопросы.docx", "ru")],
    C(A_PAVL, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"},
               {"registry_number": "00605033", "name": "Выдача справок по опеке и попечительству"}],
      "information", OL("ЕКЦ-2027/355", "2027-03-30", "О представлении информации по форме приложения 1"),
      "Ответить на вопросы; ничего не вносить — форма возвращена пустой."),
    ("ru", ".eml + DOCX", "the exact Appendix 1 table and executor/date lines, but no rows filled"))

# 57 forwarded chain quoting an old genuine responsible change (2025), asks if still valid
put("57-fwd-old-responsible.eml", eml(
    "Ермеков Бауыржан <b.yermekov@edu.gov.kz>", "ekc@egov-kc.kz",
    "Fwd: О замене ответственного лица (2025)",
    "Wed, 10 Feb 2027 12:18:40 +0600",
    "Коллеги, здравствуйте.\n\nНашёл в почте старое письмо нашего департамента. Подскажите, пожалуйста, "
    "кто у вас сейчас значится ответственным по услуге 00605021? Нам нужно сверить данные, новое письмо "
    "о назначении готовим.\n\nБ. Ермеков\n\n"
    "---------- Пересылаемое сообщение ----------\n"
    "От: Сәрсенбаева Динара <d.sarsenbayeva@edu.gov.kz>\nДата: 14 мая 2025 г., 11:02\n"
    "Тема: О замене ответственного лица\nКому: ekc@egov-kc.kz\n\n"
    "> Министерство просвещения уведомляет, что в связи с переводом Абишева Нурлана Сапаровича\n"
    "> ответственным лицом за представление информации в Единый контакт-центр по услуге 00605021\n"
    "> с 14.05.2025 назначена Сәрсенбаева Динара Маратқызы, главный эксперт Департамента\n"
    "> дошкольного образования, тел. 8 (7172) 74-22-05, d.sarsenbayeva@edu.gov.kz.\n"),
    [D("body", "ru")],
    C(A_MIO, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"}],
      "appointment", OL("ЕКЦ-2027/260", "2027-02-05", "О назначении ответственного лица"),
      "Ответить на вопрос; ничего не менять — процитировано старое, уже учтённое уведомление 2025 г."),
    ("ru", ".eml plain, forwarded", "quotes in full an old genuine responsible-change letter (new, old, date, phone, e-mail)"))

# 58 forwarded by mistake: old refusal, HTML Outlook
put("58-fwd-old-refusal-mistake.eml", eml(
    "Мукашева Ляззат <l.mukasheva@kgd.minfin.gov.kz>", "ekc@egov-kc.kz",
    "FW: ответ ЕКЦ-2026/988",
    "Tue, 20 Apr 2027 09:12:00 +0600",
    "Прошу прощения, переслала по ошибке — это ответ прошлого года. Не учитывайте, пожалуйста.\n\n"
    "________________________________\nFrom: Мукашева Ляззат\nSent: 11 November 2026 15:30\n"
    "To: ekc@egov-kc.kz\nSubject: ответ ЕКЦ-2026/988\n\n"
    "На Ваш запрос № ЕКЦ-2026/988 сообщаем, что сведения о количестве налогоплательщиков, получивших "
    "справку, в разрезе конкретных юридических лиц не могут быть представлены, поскольку составляют "
    "налоговую тайну.\n",
    html="<html><body><p>Прошу прощения, переслала по ошибке — это ответ прошлого года. Не учитывайте, пожалуйста.</p>"
    "<hr><p><b>From:</b> Мукашева Ляззат<br><b>Sent:</b> 11 November 2026 15:30<br><b>To:</b> ekc@egov-kc.kz<br>"
    "<b>Subject:</b> ответ ЕКЦ-2026/988</p><p>На Ваш запрос № ЕКЦ-2026/988 сообщаем, что сведения о количестве "
    "налогоплательщиков, получивших справку, в разрезе конкретных юридических лиц не могут быть представлены, "
    "поскольку составляют налоговую тайну.</p></body></html>"),
    [D("body", "ru")],
    C(A_KGD, [{"registry_number": "00801011", "name": "Выдача справки об отсутствии (наличии) налоговой задолженности"}],
      "additional_answer", OL("ЕКЦ-2027/404", "2027-04-06", "О разъяснении порядка выдачи справки об отсутствии задолженности"),
      "Ничего не менять: пересланный по ошибке прошлогодний отказ на другой запрос."),
    ("ru", ".eml alternative (plain+HTML), forwarded", "quotes a genuine refusal (tax secret) from 2026"))

# 59 Kazakh minutes of an akimat meeting (хаттама)
put("59-khattama-akimat.docx", docx_bytes([
    ("b", "ЖАМБЫЛ АУДАНЫ ӘКІМІ АППАРАТЫНЫҢ"),
    ("b", "ЖЕДЕЛ КЕҢЕС ХАТТАМАСЫ № 7"),
    "Ұзынағаш ауылы                                         2027 жылғы 5 сәуір",
    "Төрағалық етті: аудан әкімінің орынбасары Д. Сейдахметов",
    "Қатысқандар: ауылдық округ әкімдері, тұрғын үй-коммуналдық шаруашылығы бөлімі, ХҚКО өкілі.",
    ("b", "Күн тәртібінде: Мемлекеттік қызметтер көрсету сапасы туралы"),
    "ТЫҢДАЛДЫ: Тұрғын үй бөлімінің басшысы Ә. Мұратбеков — тұрғын үйге мұқтаж азаматтарды есепке алу "
    "(№ 00102045) бойынша кезек мерзімдері туралы.",
    "ШЕШІЛДІ: 1. Бірыңғай байланыс орталығына (1414) түскен шағымдарды апта сайын қарау.",
    "2. Тұрғын үй бөліміне 2027 жылғы 20 сәуірге дейін кезекті жаңарту.",
    "Төраға                           Д. Сейдахметов",
    "Хатшы                            Г. Әбдірахман",
]), [D("59-khattama-akimat.docx", "kk")],
    C(A_ZHAM, [{"registry_number": "00102045", "name": "Выдача справки о постановке на учет нуждающихся в жилье"}],
      "protocol", OL("ЕКЦ-2027/398", "2027-03-29", "Оқыту хаттамасына қол қою туралы"),
      "Ничего не менять: протокол оперативного совещания, не протокол обучения ЕКЦ."),
    ("kk", ".docx", "'ХАТТАМА' with number and date, registry number, mentions the contact centre — while a training protocol is awaited"))

# 60 working group minutes with a table of responsible persons per task (bare PDF)
put("60-working-group-minutes.pdf", pdf_bytes([
    "ПРОТОКОЛ",
    "заседания рабочей группы по цифровизации государственных услуг",
    "Министерства юстиции Республики Казахстан",
    "г. Астана                                                        21 апреля 2027 г.",
    "",
    "РЕШИЛИ: закрепить ответственных за исполнение поручений:",
    "",
    "№ | Поручение                                   | Ответственный                     | Срок",
    "1 | Перевод услуги 00404001 в проактивный формат  | Курманова Гульнара Сериковна,      | 01.06.2027",
    "  |                                             | начальник управления, 58-00-93     |",
    "2 | Интеграция с ИС «Е-нотариат»                 | Ахметжанов Бауыржан Кайратович,    | 15.07.2027",
    "  |                                             | директор департамента              |",
    "3 | Информирование ЕКЦ о сроках запуска           | Курманова Г.С.                     | по мере готовности",
    "",
    "Председатель рабочей группы                                     Е. Жусупов",
    "Секретарь                                                       А. Ким",
]), [D("60-working-group-minutes.pdf", "ru")],
    C(A_MYUST, [{"registry_number": "00404001", "name": "Государственная регистрация юридических лиц"}],
      "appointment", OL("ЕКЦ-2027/415", "2027-04-05", "О назначении ответственного лица"),
      "Ничего не менять: протокол рабочей группы; ответственные за поручения — не ответственное лицо за взаимодействие с ЕКЦ."),
    ("ru", ".pdf", "a table pairing the registry number with a named 'ответственный' and position — while an appointment is awaited"))

# 61 order in Kazakh appointing responsible for public procurement
put("61-buyryq-satyp-alu.docx", docx_bytes([
    ("b", "ПАВЛОДАР ОБЛЫСЫНЫҢ БІЛІМ БЕРУ БАСҚАРМАСЫ"),
    ("b", "БҰЙРЫҚ"),
    "2027 жылғы 3 ақпан                          № 45-ж/қ                   Павлодар қ.",
    "Мемлекеттік сатып алуды ұйымдастыруға жауапты тұлғаны тағайындау туралы",
    "«Мемлекеттік сатып алу туралы» Қазақстан Республикасының Заңына сәйкес БҰЙЫРАМЫН:",
    "1. Басқарманың бас маманы Жаксылыкова Меруерт Тулеуқызы 2027 жылғы 3 ақпаннан бастап мемлекеттік "
    "сатып алуды ұйымдастыруға жауапты тұлға болып тағайындалсын.",
    "2. Осы бұйрықтың орындалуын бақылау басшының орынбасары А. Қасеновке жүктелсін.",
    "Басшы                                    Р. Жүнісова",
]), [D("61-buyryq-satyp-alu.docx", "kk")],
    C(A_PAVL, [{"registry_number": "00605033", "name": "Выдача справок по опеке и попечительству"}],
      "appointment", OL("ЕКЦ-2027/210", "2027-01-27", "Жауапты тұлғаны тағайындау туралы"),
      "Ничего не менять: приказ о назначении ответственного за госзакупки, не за взаимодействие с ЕКЦ."),
    ("kk", ".docx", "'жауапты тұлға болып тағайындалсын' with a name and date — while an appointment is awaited"))

# 62 order on responsible for electronic signature keys, eml with PDF, windows-1251
put("62-order-eds-keys.eml", eml(
    "Отдел кадров МСХ <kadry@moa.gov.kz>", "ekc@egov-kc.kz",
    "Приказ № 112-ө для сведения",
    "Mon, 08 Mar 2027 10:05:00 +0600",
    "Направляем копию приказа для сведения.\nОтдел кадров\n",
    charset="cp1251", label="windows-1251",
    atts=[("prikaz_112.pdf", pdf_bytes([
        "МИНИСТЕРСТВО СЕЛЬСКОГО ХОЗЯЙСТВА РЕСПУБЛИКИ КАЗАХСТАН",
        "                               ПРИКАЗ",
        "05.03.2027                                                    № 112-ө",
        "",
        "О назначении ответственного за выпуск и хранение ключей ЭЦП",
        "",
        "ПРИКАЗЫВАЮ:",
        "1. Назначить Бекмуратову Жанар Кайратовну, главного эксперта Департамента",
        "   государственных услуг, ответственной за получение, хранение и отзыв",
        "   регистрационных свидетельств НУЦ РК сотрудников Департамента.",
        "2. Отделу кадров ознакомить с приказом под подпись.",
        "",
        "Руководитель аппарата                                     Т. Омаров",
    ]), "application/pdf")]),
    [D("body", "ru"), D("prikaz_112.pdf", "ru")],
    C(A_MSH, [{"registry_number": "00704019", "name": "Выдача справки о наличии личного подсобного хозяйства"}],
      "appointment", OL("ЕКЦ-2027/330", "2027-02-22", "О назначении ответственного лица"),
      "Ничего не менять: приказ об ответственном за ключи ЭЦП."),
    ("ru", ".eml windows-1251 + PDF", "an order 'назначить ... ответственной' from the department of state services"))

# 63 agency renamed (reorganisation), bilingual
put("63-renamed-agency.eml", eml(
    "Абай облысының денсаулық сақтау басқармасы <uzo@abai.gov.kz>", "ekc@egov-kc.kz",
    "Атауының өзгеруі туралы / Об изменении наименования",
    "Mon, 01 Feb 2027 15:00:00 +0500",
    "Абай облысы әкімдігінің 2027 жылғы 20 қаңтардағы № 19 қаулысымен «Абай облысының денсаулық сақтау "
    "басқармасы» ММ «Абай облысының қоғамдық денсаулық сақтау басқармасы» ММ болып қайта аталды. "
    "БСН, мекенжай және деректемелер өзгерген жоқ.\n\n"
    "Постановлением акимата области Абай от 20.01.2027 № 19 ГУ «Управление здравоохранения области Абай» "
    "переименовано в ГУ «Управление общественного здравоохранения области Абай». БИН, адрес и реквизиты не "
    "изменились. Государственные услуги оказываются в прежнем порядке; ответственные лица прежние.\n"),
    [D("body")],
    C(A_ABAI, [{"registry_number": "00401107", "name": "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"}],
      "consulting", None,
      "Обновить наименование госоргана в справочнике; графы формы по услугам не меняются."),
    ("kk+ru", ".eml plain", "a change with an act, number and date, about the provider of consulted services"))

# 64 unsigned draft order appointing the responsible for ЕКЦ, 'on approval'
put("64-draft-order-appointment.eml", eml(
    "Оспанов Ерлан <e.ospanov@mangystau.gov.kz>", "ekc@egov-kc.kz",
    "проект приказа — для информации",
    "Fri, 19 Mar 2027 18:30:00 +0500",
    "Коллеги, чтобы вы не ждали вслепую: проект приказа о назначении ответственного сейчас на согласовании "
    "у юристов и у руководителя. Фамилия может поменяться. Официально направим после подписания, "
    "ориентировочно на следующей неделе.\n",
    atts=[("проект_приказа_ЕКЦ.docx", docx_bytes([
        ("b", "ПРОЕКТ"),
        "УПРАВЛЕНИЕ ПРЕДПРИНИМАТЕЛЬСТВА И ИНДУСТРИАЛЬНО-ИННОВАЦИОННОГО РАЗВИТИЯ МАНГИСТАУСКОЙ ОБЛАСТИ",
        ("b", "ПРИКАЗ"),
        "«___» ________ 2027 г.                                   № ____",
        "О назначении ответственного лица за взаимодействие с Единым контакт-центром",
        "1. Назначить Оспанова Ерлана Маратовича, главного специалиста отдела поддержки предпринимательства, "
        "ответственным за представление информации в Единый контакт-центр и проведение обучения по "
        "государственным услугам 00907002, 00907005.",
        "Руководитель                                  ________________",
        "Согласовано: юрист ____________",
    ]), DOCX_MIME)]),
    [D("body", "ru"), D("проект_приказа_ЕКЦ.docx", "ru")],
    C(A_MANG, [{"registry_number": "00907002", "name": "Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства"},
               {"registry_number": "00907005", "name": "Предоставление государственных грантов начинающим предпринимателям"}],
      "appointment", OL("ЕКЦ-2027/377", "2027-03-12", "О назначении ответственного лица"),
      "Ничего не менять: проект приказа без даты, номера и подписи; фамилия может измениться — ждать подписанного."),
    ("ru", ".eml + DOCX", "exactly the awaited appointment (person, services), but an unsigned, undated ПРОЕКТ"))

# 65 answer to a citizen explaining the service, centre in copy (Kazakh, bare txt)
put("65-citizen-explanation-kk.txt",
    "Құрметті Айгүл Серікқызы!\n\n"
    "Сіздің 2027 жылғы 2 сәуірдегі № ЖТ-2027-04410 өтінішіңізге Қостанай облысы әкімдігінің ветеринария "
    "басқармасы мынаны хабарлайды.\n\n"
    "Ветеринариялық анықтама (мемлекеттік көрсетілетін қызмет № 00709012) жануарды ауыл шаруашылығы "
    "жануарларын бірдейлендіру дерекқорында тіркегеннен кейін беріледі. Өтінішті ауылдық округтегі "
    "мемлекеттік ветеринариялық дәрігерге немесе eGov порталы арқылы беруге болады. Қызмет тегін, "
    "мерзімі — 1 жұмыс күні.\n\n"
    "Жауаптың көшірмесі ақпарат үшін Бірыңғай байланыс орталығына жіберілді.\n\n"
    "Басшының орынбасары                 Р. Жанабаев\n"
    "Орынд.: Нұрғалиева С., 8 (7142) 50-31-64\n",
    [D("65-citizen-explanation-kk.txt", "kk")],
    C(A_KOST, [{"registry_number": "00709012", "name": "Выдача ветеринарной справки"}],
      "additional_answer", OL("ЕКЦ-2027/433", "2027-04-12", "Қосымша ақпарат беру туралы"),
      "Ничего не менять: ответ гражданину с копией в ЕКЦ; на наш запрос дополнительной информации не отвечает."),
    ("kk", ".txt", "explains the procedure of the service, mentions the centre — while an additional answer is awaited"))

# 66 plan-schedule of planned standard changes (xlsx, bilingual headers), bare
put("66-plan-grafik.xlsx", xlsx_bytes([("План-график", [
    ["ЖОСПАР-КЕСТЕ / ПЛАН-ГРАФИК"],
    ["разработки проектов изменений в подзаконные акты по государственным услугам на 2027 год (проект)"],
    [],
    ["Р/с № / № п/п", "Тізілімдегі коды / Код в реестре", "Атауы / Наименование", "Планируемое изменение",
     "Ответственное подразделение", "Срок внесения в Правительство / Минюст"],
    [1, "00302017", "Назначение государственного пособия по уходу за ребенком до 1,5 лет",
     "сокращение срока с 8 до 5 рабочих дней", "Департамент социальной помощи", "III квартал 2027"],
    [2, "00302031", "Назначение специальных социальных выплат", "проактивный формат", "Департамент соцстрахования", "IV квартал 2027"],
    [],
    ["Примечание: документ носит планово-прогнозный характер, сроки подлежат уточнению."],
])]), [D("66-plan-grafik.xlsx")],
    C(A_MTSZN, [{"registry_number": "00302017", "name": "Назначение государственного пособия по уходу за ребенком до 1,5 лет"}],
      "consulting", None, "Ничего не менять: план будущих изменений, сведения по услуге пока не изменились."),
    ("kk+ru", ".xlsx", "a service table with registry numbers and 'изменение' column, bilingual headers"))

# 67 forwarded chain quoting an old signed training protocol (text only), new ask unrelated
put("67-fwd-old-protocol.eml", eml(
    "Кенжебаева Мадина <m.kenzhebayeva@turkistan.gov.kz>", "ekc@egov-kc.kz",
    "Fwd: Протокол принятия услуги 00503008 (2024)",
    "Tue, 23 Mar 2027 09:40:00 +0500",
    "Доброе утро! Пересылаю протокол 2024 года, чтобы вы видели, в каком виде его подписывали в прошлый раз. "
    "Новый протокол по 00503008 и 00503015 подпишем после обучения — дату обучения ещё согласуем.\n\n"
    "-------- Forwarded Message --------\nSubject: Протокол принятия услуги 00503008\n"
    "Date: Fri, 18 Oct 2024 17:02:11 +0500\nFrom: arh@turkistan.gov.kz\nTo: ekc@egov-kc.kz\n\n"
    "ПРОТОКОЛ принятия Единым контакт-центром государственной услуги для консультирования\n"
    "от 18 октября 2024 года\n"
    "Услуга: 00503008 «Выдача архитектурно-планировочного задания».\n"
    "Обучение сотрудников ЕКЦ проведено. Услуга принята для консультирования.\n"
    "Подписи: от Управления — Е. Сапарбаев; от ЕКЦ — А. Серикова.\n"),
    [D("body", "ru")],
    C(A_TURK, [{"registry_number": "00503008", "name": "Выдача архитектурно-планировочного задания"},
               {"registry_number": "00503015", "name": "Выдача разрешения на строительство"}],
      "protocol", OL("ЕКЦ-2027/360", "2027-03-10", "О подписании протокола обучения"),
      "Ничего не менять: процитирован протокол 2024 года; новый протокол не подписан."),
    ("ru", ".eml plain, forwarded", "quotes a full signed training protocol with date and registry number"))

# 68 old filled Appendix 1 form forwarded as a sample (truly a form, but not this case's)
old_form = docx_bytes([
    "Приложение 1",
    ("b", "Запрос о предоставлении информации о государственной услуге"),
    [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
      "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
      "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
      "Фамилия, имя, отчество, должность ответственного лица"],
     ["1", "00605040", "Выдача дубликатов документов об основном среднем образовании",
      "приказ Министра образования и науки РК от 24.04.2020 № 158", "—", "—", "www.gov.kz/memleket/entities/pavlodar-bilim",
      "Абенова Карлыгаш Ериковна, главный специалист отдела среднего образования, 8 (7182) 32-17-44"]],
    "Ф.И.О. ответственного исполнителя: Абенова К.Е.",
    "Дата: «14» сентября 2025 г.",
], landscape=True)
put("68-old-form-as-sample.eml", eml(
    "Жаксылыкова Меруерт <m.zhaksylykova@pavlodar.gov.kz>", "ekc@egov-kc.kz",
    "Fwd: форма прошлого года — правильно ли заполнено?",
    "Fri, 02 Apr 2027 10:11:00 +0500",
    "Здравствуйте ещё раз.\n\nЧтобы понять, как заполнять форму по вашему запросу ЕКЦ-2027/355, нашла у "
    "коллеги форму, которую управление отправляло в 2025 году по другой услуге (дубликаты аттестатов). "
    "Скажите, так правильно? Если да — по 00605021 и 00605033 заполним так же.\n\nМеруерт\n",
    atts=[("forma_2025_dublikaty.docx", old_form, DOCX_MIME)]),
    [D("body", "ru"),
     {"part": "forma_2025_dublikaty.docx", "kind": "appendix1_form", "language": "ru",
      "services": [{"registry_number": "00605040",
                    "service_name": "Выдача дубликатов документов об основном среднем образовании",
                    "standard": "приказ Министра образования и науки РК от 24.04.2020 № 158",
                    "regulation": None, "npa_changes": None,
                    "website": "www.gov.kz/memleket/entities/pavlodar-bilim",
                    "responsible": {"full_name": "Абенова Карлыгаш Ериковна",
                                    "position": "главный специалист отдела среднего образования",
                                    "phone": "87182321744"}}],
      "executor": {"full_name": "Абенова К.Е.", "date": "2025-09-14"}}],
    C(A_PAVL, [{"registry_number": "00605021", "name": "Прием документов и зачисление детей в дошкольные организации"},
               {"registry_number": "00605033", "name": "Выдача справок по опеке и попечительству"}],
      "information", OL("ЕКЦ-2027/355", "2027-03-30", "О представлении информации по форме приложения 1"),
      "Ответить на вопрос; ничего не вносить: вложение — настоящая форма приложения 1, но 2025 года и по другой, уже учтённой услуге 00605040, прислана как образец; по 00605021/00605033 информации нет."),
    ("ru", ".eml + DOCX", "the attachment IS a filled Appendix 1 form (keyed appendix1_form) — old, other service, sent as a sample"))

# 69 filled form addressed to the oblast akimat for consolidation, centre in copy (truly a form)
akm_form = xlsx_bytes([("Форма", [
    ["Сведения по государственным услугам для свода (в управление цифровизации акимата области)"],
    ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
     "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
     "Изменения нормативных правовых актов", "Интернет-ресурс", "Фамилия, имя, отчество, должность ответственного лица"],
    [1, "00102045", "Выдача справки о постановке на учет нуждающихся в жилье",
     "приказ Министра индустрии и инфраструктурного развития РК от 10.07.2020 № 383", "-", "-",
     "www.gov.kz/memleket/entities/zhetysu-zhambyl",
     "Мұратбеков Әсет Қайратұлы, руководитель отдела ЖКХ, тел. 8 (72770) 2-14-08"],
    [],
    ["Исполнитель: Әбдірахман Г.", None, "Дата: 07.04.2027"],
])])
put("69-form-to-oblast-akimat.eml", eml(
    "Аппарат акима Жамбылского района <zhambyl-akimat@zhetysu.gov.kz>", "cifr@zhetysu.gov.kz",
    "Сведения для свода по госуслугам",
    "Wed, 07 Apr 2027 16:20:00 +0500",
    "Управлению цифровизации акимата области Жетісу.\n\nНаправляем сведения по государственным услугам "
    "аппарата акима района для подготовки сводной информации по области. ЕКЦ — в копии для сведения; "
    "в Единый контакт-центр сводную информацию направит управление цифровизации.\n\nГ. Әбдірахман\n",
    cc="ekc@egov-kc.kz",
    atts=[("svedeniya_Zhambyl.xlsx", akm_form, XLSX_MIME)]),
    [D("body", "ru"),
     {"part": "svedeniya_Zhambyl.xlsx", "kind": "appendix1_form", "language": "ru",
      "services": [{"registry_number": "00102045",
                    "service_name": "Выдача справки о постановке на учет нуждающихся в жилье",
                    "standard": "приказ Министра индустрии и инфраструктурного развития РК от 10.07.2020 № 383",
                    "regulation": None, "npa_changes": None,
                    "website": "www.gov.kz/memleket/entities/zhetysu-zhambyl",
                    "responsible": {"full_name": "Мұратбеков Әсет Қайратұлы", "position": "руководитель отдела ЖКХ",
                                    "phone": "87277021408"}}],
      "executor": {"full_name": "Әбдірахман Г.", "date": "2027-04-07"}}],
    C(A_ZHAM, [{"registry_number": "00102045", "name": "Выдача справки о постановке на учет нуждающихся в жилье"}],
      "consulting", None,
      "Ничего не менять: форма адресована управлению цифровизации области (ЕКЦ в копии), услуга уже консультируется; ждать сводную информацию от области."),
    ("ru", ".eml + XLSX, Cc to the centre", "the attachment IS a filled Appendix 1 form (keyed appendix1_form) — sent to another body"))

# 70 public council hearing minutes on a draft standard, bilingual PDF
put("70-public-council.pdf", pdf_bytes([
    "ҚОҒАМДЫҚ КЕҢЕС ОТЫРЫСЫНЫҢ ХАТТАМАСЫ / ПРОТОКОЛ ЗАСЕДАНИЯ ОБЩЕСТВЕННОГО СОВЕТА",
    "Министерство экологии и природных ресурсов Республики Казахстан",
    "№ 4                                                          28.04.2027",
    "",
    "Повестка: обсуждение проекта изменений в Правила оказания государственной услуги",
    "«Выдача экологического разрешения на воздействие для объектов I категории» (01201009).",
    "",
    "Выступили: Утегенова А. (МЭПР), Бекова С. (НПП «Атамекен»), Рахимов Д. (ОО «Эко-Жол»).",
    "",
    "Решили: одобрить проект с учётом замечаний; рекомендовать разработчику после утверждения",
    "Правил проинформировать Единый контакт-центр.",
    "",
    "Председатель Общественного совета                          Ж. Қасымов",
    "Секретарь                                                  Л. Оспанова",
]), [D("70-public-council.pdf")],
    C(A_ECO, [{"registry_number": "01201009", "name": "Выдача экологического разрешения на воздействие для объектов I категории"}],
      "protocol", OL("ЕКЦ-2027/430", "2027-04-20", "О проведении обучения по государственной услуге"),
      "Ничего не менять: протокол общественного совета по проекту Правил; не протокол обучения и не уведомление об изменениях."),
    ("kk+ru", ".pdf", "'ХАТТАМА / ПРОТОКОЛ' with number, date, registry number and the contact centre"))

# 71 order on distribution of duties among deputies, Kazakh, eml body HTML only
put("71-mindetterdi-bolu.eml", eml(
    "Ішкі істер министрлігі КҚК <kms@mvd.gov.kz>", "ekc@egov-kc.kz",
    "Міндеттерді бөлу туралы бұйрық (ақпарат үшін)",
    "Thu, 18 Feb 2027 11:00:00 +0600", None,
    html="<html><body><p><b>Көші-қон қызметі комитеті төрағасының 2027 жылғы 15 ақпандағы № 41 бұйрығынан үзінді</b></p>"
    "<p>Төраға орынбасарлары арасында міндеттер мынадай бөлінсін:</p>"
    "<table border='1'><tr><th>Орынбасар</th><th>Жетекшілік ететін бағыттар</th></tr>"
    "<tr><td>Бейсенов Нұрлан Ғалымұлы</td><td>шетелдіктерге рұқсат беру, мемлекеттік қызметтер көрсету, Бірыңғай байланыс орталығымен өзара іс-қимыл</td></tr>"
    "<tr><td>Тұрлыбекова Әсел Маратқызы</td><td>кадр жұмысы, қаржы, ақпараттық қауіпсіздік</td></tr></table>"
    "<p>Бұйрық қол қойылған күнінен бастап күшіне енеді.</p></body></html>"),
    [D("body", "kk")],
    C(A_MVD, [{"registry_number": "01102004", "name": "Выдача разрешения на временное проживание иностранцам"}],
      "appointment", OL("ЕКЦ-2027/280", "2027-02-15", "Жауапты тұлғаны тағайындау туралы"),
      "Ничего не менять: распределение обязанностей между заместителями; курирующий заместитель не ответственное лицо по п.5."),
    ("kk", ".eml HTML only with table", "a deputy 'curates interaction with the contact centre' — while an appointment is awaited"))

# 72 new chairman of a committee, Kazakh/Russian PDF
put("72-new-chairman.pdf", pdf_bytes([
    "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҚАРЖЫ МИНИСТРЛІГІНІҢ МЕМЛЕКЕТТІК КІРІСТЕР КОМИТЕТІ",
    "2027 жылғы 4 наурыз № КГД-01-5/3011",
    "",
    "Мемлекеттік органдарға, Бірыңғай байланыс орталығына",
    "",
    "Қазақстан Республикасы Үкіметінің 2027 жылғы 2 наурыздағы қаулысымен Мемлекеттік",
    "кірістер комитетінің төрағасы болып Әлжанов Дәурен Бақытұлы тағайындалды.",
    "",
    "Постановлением Правительства РК от 2 марта 2027 года Председателем Комитета",
    "государственных доходов назначен Альжанов Даурен Бакытович.",
    "",
    "Аппарат руководителя                                     Б. Төлеуов",
]), [D("72-new-chairman.pdf")],
    C(A_KGD, [{"registry_number": "00801003", "name": "Регистрационный учет налогоплательщиков"}],
      "appointment", OL("ЕКЦ-2027/344", "2027-03-01", "О назначении ответственного лица"),
      "Ничего не менять: назначен новый председатель комитета, ответственное лицо по п.5 не названо."),
    ("kk+ru", ".pdf", "'тағайындалды / назначен' with full name, addressed to the centre"))

# 73 internal draft change notice sent to the centre by mistake, with reviewer comments
put("73-draft-change-notice-comments.eml", eml(
    "Курманова Гульнара <g.kurmanova@adilet.gov.kz>", "ekc@egov-kc.kz",
    "черновик письма в ЕКЦ — Айгуль, проверь",
    "Tue, 27 Apr 2027 19:02:00 +0600",
    "Айгуль, посмотри черновик, я не уверена в реквизитах — приказ вроде ещё не зарегистрирован. "
    "Утром отправим официально.\n\n"
    "=== ЧЕРНОВИК ===\n"
    "Министерство юстиции сообщает, что в стандарт государственной услуги «Государственная регистрация "
    "юридических лиц» (00404001) внесены изменения приказом Министра юстиции от [__].04.2027 № [___] "
    "[АЙГУЛЬ: номер приказа? дата регистрации в МЮ?]. Изменения вступают в силу с [уточнить].\n"
    "=== конец ===\n\nГ.\n"),
    [D("body", "ru")],
    C(A_MYUST, [{"registry_number": "00404001", "name": "Государственная регистрация юридических лиц"}],
      "consulting", None,
      "Ничего не менять: внутренний черновик с пустыми реквизитами, отправлен в ЕКЦ по ошибке; ждать официального уведомления."),
    ("ru", ".eml plain", "the wording of a change notice (new standard for a consulted service) with blanks and reviewer notes"))

# 74 blank Appendix 1 form returned as xlsx with questions inside cells
put("74-blank-form-xlsx-questions.xlsx", xlsx_bytes([("Лист1", [
    ["Приложение 1 к Правилам взаимодействия Единого контакт-центра"],
    ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
     "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
     "Изменения нормативных правовых актов", "Интернет-ресурс", "Фамилия, имя, отчество, должность ответственного лица"],
    [1, 2, 3, 4, 5, 6, 7, 8],
    [None, "??? у нас две услуги под одним номером — писать одной строкой?", None,
     "стандарт или Правила оказания? стандарты отменены", "регламентов нет — прочерк?", None,
     "сайт gov.kz или egov.kz?", "руководитель или исполнитель?"],
    [],
    ["Вопросы отдела лицензирования МЗ, форма не заполнена. Просьба ответить на адрес a.kasymova@dsm.gov.kz"],
])]), [D("74-blank-form-xlsx-questions.xlsx", "ru")],
    C(A_MZ, [{"registry_number": "00401214", "name": "Выдача лицензии на медицинскую деятельность"}],
      "information", OL("ЕКЦ-2027/203", "2027-01-18", "О представлении информации по форме приложения 1"),
      "Ответить на вопросы; ничего не вносить — в строке формы только вопросы, данных нет."),
    ("ru", ".xlsx", "the Appendix 1 header and the 1–8 row, with a row of questions in the cells"))

# 75 licence re-issue to a company 'in connection with replacement', centre in copy
put("75-license-reissue-company.docx", docx_bytes([
    ("b", "МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН"),
    ("b", "Комитет медицинского и фармацевтического контроля"),
    "№ 22-08/4417 от 06.04.2027",
    "Директору ТОО «Медикал Плюс Астана» Сейтжановой А.Б.",
    "Копия: Единый контакт-центр (для сведения)",
    "На Ваше заявление от 30.03.2027 сообщаем, что в связи с заменой первого руководителя и изменением "
    "юридического адреса ТОО лицензия на медицинскую деятельность № 20011467 переоформлена. "
    "Переоформленная лицензия доступна в личном кабинете на портале elicense.kz.",
    "Ранее выданная лицензия считается недействительной с 06.04.2027.",
    "Руководитель управления лицензирования               Д. Абилов",
    "Исп. Мухамеджанов А.Е., +7 (7172) 74-36-58",
]), [D("75-license-reissue-company.docx", "ru")],
    C(A_MZ, [{"registry_number": "00401214", "name": "Выдача лицензии на медицинскую деятельность"}],
      "additional_answer", OL("ЕКЦ-2027/271", "2027-02-12", "О разъяснении порядка оказания государственной услуги"),
      "Ничего не менять: решение по заявлению компании, ЕКЦ в копии; не разъяснение по нашему запросу."),
    ("ru", ".docx", "'в связи с заменой руководителя', dates, 'Исп.' with phone — reads like a responsible change"))

# 76 appointment done 'but sent via e-doc system', no name given
put("76-appointed-see-sed.eml", eml(
    "Нургалиева Салтанат <s.nurgaliyeva@kostanay.gov.kz>", "ekc@egov-kc.kz",
    "Re: ЕКЦ-2027/160 ответственное лицо",
    "Mon, 25 Jan 2027 12:30:00 +0600",
    "Добрый день!\n\nПриказ о назначении ответственного лица подписан, официальное письмо зарегистрировано "
    "у нас за № 06-02/311 от 25.01.2027 и отправлено вам через ЕСЭДО. Проверьте, пожалуйста, входящие в СЭД; "
    "по почте дублировать не можем — так требует наша канцелярия.\n\nС.\n"),
    [D("body", "ru")],
    C(A_KOST, [{"registry_number": "00709004", "name": "Выдача ветеринарного паспорта на животное"},
               {"registry_number": "00709012", "name": "Выдача ветеринарной справки"}],
      "appointment", OL("ЕКЦ-2027/160", "2027-01-22", "О назначении ответственного лица"),
      "Ничего не менять: сообщает, что письмо о назначении отправлено через СЭД; лицо не названо — ждать письма."),
    ("ru", ".eml plain", "says the appointment order is signed, answers the centre's number — but names nobody"))

# 77 draft memorandum of cooperation (unsigned), bare docx, bilingual
put("77-memorandum-draft.docx", docx_bytes([
    ("b", "ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ МЕМОРАНДУМ / МЕМОРАНДУМ О СОТРУДНИЧЕСТВЕ (жоба / проект)"),
    "между Управлением предпринимательства и индустриально-инновационного развития Мангистауской области "
    "и Единым контакт-центром",
    "1. Стороны договорились о взаимодействии по вопросам консультирования субъектов предпринимательства по "
    "государственным услугам 00907002 и 00907005.",
    "2. Управление обязуется назначить ответственное лицо и проводить обучение сотрудников ЕКЦ по мере "
    "изменения порядка оказания услуг.",
    "3. Меморандум вступает в силу со дня подписания.",
    [["Управление", "Единый контакт-центр"], ["_____________ / ________ /", "_____________ / ________ /"],
     ["«__» _______ 2027 ж./г.", "«__» _______ 2027 ж./г."]],
]), [D("77-memorandum-draft.docx")],
    C(A_MANG, [{"registry_number": "00907002", "name": "Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства"},
               {"registry_number": "00907005", "name": "Предоставление государственных грантов начинающим предпринимателям"}],
      "appointment", OL("ЕКЦ-2027/377", "2027-03-12", "О назначении ответственного лица"),
      "Ничего не менять: проект меморандума без подписей; ответственное лицо не названо."),
    ("kk+ru", ".docx", "two-party signature table with dates, registry numbers, promises to appoint and train"))

# 78 Kazakh letter: responsible on sick leave temporarily, substitute named
put("78-uaqytsha-auystyru-kk.docx", docx_bytes([
    ("b", "ҚАРАҒАНДЫ ҚАЛАСЫ ӘКІМІНІҢ АППАРАТЫ"),
    "2027 жылғы 12 сәуір № 01-19/845",
    "Бірыңғай байланыс орталығына",
    "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға Жұмабекова Әйгерім Нұрланқызы "
    "2027 жылғы 12 сәуірден 23 сәуірге дейін еңбекке уақытша жарамсыздығына байланысты жұмыста болмайтынын "
    "хабарлаймыз.",
    "Осы кезеңде шұғыл сұрақтар бойынша Қ. Серікбаевқа хабарласуға болады: 8 (7212) 41-07-36.",
    "Жауапты тұлға ауыстырылған жоқ.",
    "Аппарат басшысы                        С. Ибраева",
]), [D("78-uaqytsha-auystyru-kk.docx", "kk")],
    C(A_AKM_KAR, [{"registry_number": "00507003", "name": "Выдача справки о регистрации по месту жительства"},
                  {"registry_number": "00507010", "name": "Выдача разрешения на перепланировку помещений"}],
      "consulting", None,
      "Ничего не менять: временное отсутствие ответственного лица, замены нет (письмо так и говорит)."),
    ("kk", ".docx", "names the responsible person and a contact for the period, with dates"))

# 79 reply to another body's request sent to the centre by mistake (PDF)
put("79-reply-to-accounts-committee.pdf", pdf_bytes([
    "УПРАВЛЕНИЕ ВЕТЕРИНАРИИ АКИМАТА КОСТАНАЙСКОЙ ОБЛАСТИ",
    "№ 06-01/502 от 14.04.2027",
    "",
    "                                     Ревизионной комиссии по Костанайской области",
    "",
    "На Ваш запрос от 08.04.2027 № 03-1/219 направляем информацию о численности",
    "и расходах на содержание районных ветеринарных станций за 2026 год.",
    "",
    "№  Район               Штатная численность   Расходы, тыс. тенге",
    "1  Денисовский                  18                 96 410",
    "2  Аулиекольский                22                112 905",
    "3  Карабалыкский                15                 81 230",
    "",
    "Руководитель управления                                    Р. Жанабаев",
    "Исп.: Шевченко О.В., 8 (7142) 50-30-12",
]), [D("79-reply-to-accounts-committee.pdf", "ru")],
    C(A_KOST, [{"registry_number": "00709012", "name": "Выдача ветеринарной справки"}],
      "additional_answer", OL("ЕКЦ-2027/433", "2027-04-12", "О представлении дополнительной информации"),
      "Ничего не менять: ответ ревизионной комиссии, прислан в ЕКЦ ошибочно."),
    ("ru", ".pdf", "'На Ваш запрос ... направляем информацию' with a table, while the centre awaits additional information"))

# 80 'протокол разногласий' to the centre's draft training protocol
put("80-protocol-raznoglasiy.eml", eml(
    "Утегенова Алия <a.utegenova@ecogeo.gov.kz>", "ekc@egov-kc.kz",
    "Протокол разногласий к проекту протокола обучения",
    "Fri, 30 Apr 2027 15:55:00 +0600",
    "Коллеги, к вашему проекту протокола принятия услуги 01201009 у юрслужбы есть замечания, протокол "
    "разногласий во вложении. Подписывать будем после согласования редакции.\n\nА. Утегенова\n",
    atts=[("protokol_raznoglasiy.docx", docx_bytes([
        ("b", "ПРОТОКОЛ РАЗНОГЛАСИЙ"),
        "к проекту протокола принятия Единым контакт-центром государственной услуги 01201009 для консультирования",
        "г. Астана                                                                 30.04.2027",
        [["№", "Редакция ЕКЦ", "Редакция МЭПР"],
         ["1", "Обучение проведено 27.04.2027 в полном объёме", "Обучение проведено 27.04.2027 в части разделов 1–3; раздел 4 — дополнительно"],
         ["2", "Услуга принята для консультирования", "Услуга принята для консультирования после проведения дополнительного обучения"]],
        "От МЭПР: Утегенова А.Т. ________",
    ]), DOCX_MIME)]),
    [D("body", "ru"), D("protokol_raznoglasiy.docx", "ru")],
    C(A_ECO, [{"registry_number": "01201009", "name": "Выдача экологического разрешения на воздействие для объектов I категории"}],
      "protocol", OL("ЕКЦ-2027/430", "2027-04-20", "О проведении обучения по государственной услуге"),
      "Рассмотреть разногласия; дело не двигать — протокол принятия не подписан."),
    ("ru", ".eml + DOCX", "titled ПРОТОКОЛ, dated, with the registry number and training date — but a protocol of disagreements"))

# 81 protocol of testing: operators not accepted, retraining
put("81-testing-not-accepted.docx", docx_bytes([
    ("b", "ПРОТОКОЛ ТЕСТИРОВАНИЯ"),
    "сотрудников Единого контакт-центра по государственной услуге «Назначение специальных социальных выплат» (00302031)",
    "г. Астана                                                          6 мая 2027 года",
    "Тестирование проведено после обучения 5 мая 2027 года. Из 9 сотрудников тест прошли 4 (порог — 80%).",
    "ЗАКЛЮЧЕНИЕ: услуга для консультирования НЕ принимается. Повторное обучение назначить не ранее 17.05.2027.",
    "Протокол принятия услуги будет оформлен по итогам повторного обучения.",
    "Главный эксперт Департамента соцстрахования                Қалиев Н.Б. ________",
]), [D("81-testing-not-accepted.docx", "ru")],
    C(A_MTSZN, [{"registry_number": "00302031", "name": "Назначение специальных социальных выплат"}],
      "protocol", OL("ЕКЦ-2027/452", "2027-04-28", "О проведении обучения по государственной услуге 00302031"),
      "Ничего не менять: услуга не принята, назначено повторное обучение; протокола принятия нет."),
    ("ru", ".docx", "a signed dated protocol about the centre's staff and the awaited service — but the service was NOT accepted"))

# 82 reconfirmation: earlier information stays valid
put("82-reconfirm-valid.txt",
    "Исх. № 05-18/2390 от 26.04.2027\n\n"
    "Единому контакт-центру\n\n"
    "Управление земельных отношений Западно-Казахстанской области в связи с проводимой Вами сверкой "
    "сообщает, что сведения по государственной услуге «Выдача решения на изменение целевого назначения "
    "земельного участка» (№ 00203117), направленные письмом от 28.01.2027 № 05-18/1460, актуальны. "
    "Стандарт, правила, интернет-ресурс и ответственное лицо не изменились.\n\n"
    "Руководитель управления               А. Хамитов\n"
    "исп. Байгалиева Р., тел. 8 (7112) 24-15-77\n",
    [D("82-reconfirm-valid.txt", "ru")],
    C(A_ZKO, [{"registry_number": "00203117", "name": "Выдача решения на изменение целевого назначения земельного участка"}],
      "consulting", None, "Отметить сверку; ничего не менять — сведения подтверждены без изменений."),
    ("ru", ".txt", "official letter naming every column of the form and a registry number — to say nothing changed"))

# 83 agency's hotline phone changed (not a column of the form), Kazakh
put("83-hotline-phone-kk.eml", eml(
    "Ауыл шаруашылығы министрлігі <mail@moa.gov.kz>", "ekc@egov-kc.kz",
    "Сенім телефонының нөмірі өзгерді",
    "Wed, 14 Apr 2027 10:10:00 +0600",
    "Құрметті әріптестер!\n\n2027 жылғы 15 сәуірден бастап Министрліктің сенім телефоны өзгеретінін "
    "хабарлаймыз: жаңа нөмір 8 (7172) 55-60-00 (бұрынғы 8 (7172) 55-59-99).\n"
    "Азаматтарға кеңес беру кезінде жаңа нөмірді көрсетуді сұраймыз.\n\n"
    "Мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлғалардың деректері өзгермеді.\n\n"
    "Баспасөз қызметі\n"),
    [D("body", "kk")],
    C(A_MSH, [{"registry_number": "00704019", "name": "Выдача справки о наличии личного подсобного хозяйства"},
              {"registry_number": "00704022", "name": "Субсидирование стоимости удобрений"}],
      "consulting", None,
      "Обновить справочный телефон в базе знаний; графы формы и ответственные не меняются."),
    ("kk", ".eml plain", "a dated change (old/new phone) — of the ministry's hotline, not of any form column"))

# 84 unsigned reconciliation act of services between agency and centre
put("84-akt-sverki.docx", docx_bytes([
    ("b", "АКТ СВЕРКИ"),
    "перечня государственных услуг Министерства просвещения Республики Казахстан, принятых Единым "
    "контакт-центром для консультирования, по состоянию на 01.04.2027",
    [["№", "Номер в реестре", "Наименование", "Статус в ЕКЦ", "Отметка министерства"],
     ["1", "00605021", "Прием документов и зачисление детей в дошкольные организации", "консультируется", "верно"],
     ["2", "00605040", "Выдача дубликатов документов об основном среднем образовании", "консультируется", "услуга передана МИО"],
     ["3", "00605052", "Выдача разрешения на обучение в форме экстерната", "ожидается протокол", "обучение запланировано на май"]],
    "От Министерства: ______________          От ЕКЦ: ______________",
    "(проект, не подписан)",
], landscape=True), [D("84-akt-sverki.docx", "ru")],
    C(A_MIO, [{"registry_number": "00605052", "name": "Выдача разрешения на обучение в форме экстерната"}],
      "protocol", OL("ЕКЦ-2027/366", "2027-03-16", "О проведении обучения по государственной услуге 00605052"),
      "Проверить акт сверки вручную; дело не двигать — протокола обучения нет, акт не подписан."),
    ("ru", ".docx", "a table of registry numbers with statuses incl. 'протокол' and signature lines"))

# 85 'please confirm you received our form' — the form is not attached
put("85-confirm-receipt-no-form.eml", eml(
    "Бекмуратова Жанар Кайратовна <zh.bekmuratova@moa.gov.kz>", "ekc@egov-kc.kz",
    "RE: RE: ЕКЦ-2027/330 информация по приложению 1",
    "Tue, 16 Mar 2027 09:22:00 +0600",
    "Коллеги, доброе утро!\n\nПодтвердите, пожалуйста, получение нашей формы по приложению 1 — она ушла "
    "через СЭД 12.03.2027 исх. № 12-04/1733. В почте дублирую только этот вопрос, саму форму прошу смотреть в СЭД.\n\n"
    "Жанар\n\n"
    "From: ekc@egov-kc.kz\nSent: Monday, March 1, 2027 11:00\nSubject: RE: ЕКЦ-2027/330 информация по приложению 1\n\n"
    "Продление срока до 12 марта согласовано.\n",
    charset="cp1251", label="windows-1251"),
    [D("body", "ru")],
    C(A_MSH, [{"registry_number": "00704019", "name": "Выдача справки о наличии личного подсобного хозяйства"},
              {"registry_number": "00704022", "name": "Субсидирование стоимости удобрений"}],
      "information", OL("ЕКЦ-2027/330", "2027-02-22", "Информация по приложению 1"),
      "Проверить СЭД и подтвердить; по этому письму ничего не вносить — формы в нём нет."),
    ("ru", ".eml plain windows-1251", "RE: on the centre's number, says the form was sent (via the e-doc system)"))

# ---------------- more everyday mail
# 86 mailbox discontinued auto-reply
put("86-mailbox-closed.eml", eml(
    "uvet_kst@kostanay.gov.kz", "ekc@egov-kc.kz",
    "Автоответ: адрес больше не обслуживается",
    "Fri, 22 Jan 2027 13:05:10 +0600",
    "Данный почтовый ящик больше не обслуживается.\nПисьма в Управление ветеринарии акимата Костанайской "
    "области просим направлять на адрес vet@kostanay.gov.kz.\n\nThis mailbox is no longer monitored.\n",
    extra={"Auto-Submitted": "auto-replied"}),
    [D("body", "ru")],
    C(A_KOST, [{"registry_number": "00709004", "name": "Выдача ветеринарного паспорта на животное"}],
      "appointment", OL("ЕКЦ-2027/160", "2027-01-22", "О назначении ответственного лица"),
      "Переслать запрос на vet@kostanay.gov.kz; дело не менять."),
    ("ru", ".eml plain", "auto-reply to the appointment request, gives a new address"))

# 87 greeting for Civil Servant's Day, Kazakh, HTML
put("87-memqyzmetshi-kuni.eml", eml(
    "Маңғыстау облысының КИИДБ <upiir@mangystau.gov.kz>", "ekc@egov-kc.kz",
    "Мемлекеттік қызметші күнімен!",
    "Wed, 23 Jun 2027 09:00:00 +0500", None,
    html="<html><body style='font-family:Times New Roman'><p align='center'><b>Құрметті әріптестер!</b></p>"
    "<p>Сіздерді кәсіби мерекелеріңіз — Мемлекеттік қызметші күнімен құттықтаймыз! "
    "Азаматтарға көрсетіп жүрген көмектеріңіз бен кеңестеріңіз үшін алғыс айтамыз.</p>"
    "<p>Басқарма ұжымы</p></body></html>"),
    [D("body", "kk")],
    C(A_MANG, [{"registry_number": "00907005", "name": "Предоставление государственных грантов начинающим предпринимателям"}],
      "consulting", None, "Ничего не менять: поздравление."),
    ("kk", ".eml HTML only", "from an agency whose services the centre consults on"))

# 88 invitation to Kazakh language courses, with docx
put("88-til-kurstary.eml", eml(
    "Тілдерді оқыту орталығы <til@astana-til.kz>", "ekc@egov-kc.kz",
    "Мемлекеттік тілді оқыту курстарына шақыру",
    "Mon, 18 Jan 2027 11:30:00 +0600",
    "Қайырлы күн!\nМемлекеттік қызметшілер мен байланыс орталықтарының операторларына арналған қазақ тілі "
    "курстарына (A2–B2 деңгейлері) тіркеу жүріп жатыр. Толық ақпарат тіркемеде.\n",
    atts=[("kurstar_2027.docx", docx_bytes([
        ("b", "Қазақ тілі курстары — 2027 ж. көктем"),
        [["Деңгей", "Басталуы", "Ұзақтығы", "Құны"],
         ["A2", "01.02.2027", "72 сағат", "тегін"],
         ["B1", "08.02.2027", "72 сағат", "тегін"],
         ["B2 (іскери хат алмасу)", "15.02.2027", "48 сағат", "тегін"]],
        "Тіркелу: +7 (7172) 39-40-41, til@astana-til.kz",
    ]), DOCX_MIME)]),
    [D("body", "kk"), D("kurstar_2027.docx", "kk")],
    C(A_MZ, [{"registry_number": "00401214", "name": "Выдача лицензии на медицинскую деятельность"}],
      "protocol", OL("ЕКЦ-2027/318", "2027-03-15", "О проведении обучения по государственной услуге"),
      "Ничего не менять: приглашение на языковые курсы."),
    ("kk", ".eml + DOCX", "a schedule table about 'оқыту' (training) while a training protocol is awaited"))

# 89 phishing in Kazakh: mailbox full
put("89-phishing-kk.eml", eml(
    "Пошта әкімшісі <admin@gov-kz-mail.net>", "ekc@egov-kc.kz",
    "Ескерту: пошта жәшігіңіз 98% толды",
    "Sat, 06 Mar 2027 04:44:00 +0000",
    "Құрметті пайдаланушы!\n\nСіздің пошта жәшігіңіз толуға жақын. Жаңа хаттарды алу үшін 24 сағат ішінде "
    "төмендегі сілтеме арқылы көлемді ұлғайтыңыз:\nhttp://gov-kz-mail.net/quota-upgrade\n\n"
    "Әйтпесе кіріс хаттар қайтарылады.\nIT-қызмет\n"),
    [D("body", "kk")],
    C(A_ZKO, [{"registry_number": "00203117", "name": "Выдача решения на изменение целевого назначения земельного участка"}],
      "consulting", None, "Не переходить по ссылке, сообщить в службу ИБ; дело не трогать."),
    ("kk", ".eml plain", "poses as the mail administrator"))

# 90 read receipt Kazakh (MDN, multipart/report disposition-notification), raw
_mdn_txt = ("Сіз жіберген хат\n\n  Кімге: a.utegenova@ecogeo.gov.kz\n  Тақырыбы: ЕКЦ-2027/430 Оқыту хаттамасы\n\n"
            "2027 жылғы 28 сәуір 10:02 оқылды.\nБұл хаттың ашылғанын ғана растайды, мазмұнымен келісуді білдірмейді.\n")
mdn = ("From: " + Header("Утегенова Алия", "utf-8").encode() + " <a.utegenova@ecogeo.gov.kz>\r\nTo: ekc@egov-kc.kz\r\n"
    "Subject: " + Header("Оқылды: ЕКЦ-2027/430 Оқыту хаттамасы", "utf-8").encode() + "\r\n"
    "Date: Wed, 28 Apr 2027 10:02:41 +0600\r\nMessage-ID: <mdn-430.ut@ecogeo.gov.kz>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn430\"\r\n\r\n"
    "--mdn430\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + _b64.encodebytes(_mdn_txt.encode("utf-8")).decode().replace("\n", "\r\n") +
    "\r\n--mdn430\r\nContent-Type: message/disposition-notification\r\n\r\n"
    "Reporting-UA: ecogeo.gov.kz; Thunderbird 115\r\nFinal-Recipient: rfc822;a.utegenova@ecogeo.gov.kz\r\n"
    "Original-Message-ID: <ekc-2027-430@egov-kc.kz>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    "\r\n--mdn430--\r\n").encode("ascii")
put("90-read-receipt-kk.eml", mdn, [D("body", "kk")],
    C(A_ECO, [{"registry_number": "01201009", "name": "Выдача экологического разрешения на воздействие для объектов I категории"}],
      "protocol", OL("ЕКЦ-2027/430", "2027-04-20", "Оқыту хаттамасы"),
      "Ничего не менять: уведомление о прочтении; протокол не подписан."),
    ("kk", ".eml multipart/report (MDN)", "subject 'Оқылды: ... Оқыту хаттамасы' (training protocol)"))

# ---------------------------------------------------------------- manifest
with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("# gaukhar — held-out corpus of non-replies (round 3)\n\n"
            "Every input here has `is_reply: false` in its context: it lands in the contact centre's mailbox "
            "but must not move the case. Files 01–40 and 86–90 are everyday mail (45); 41–85 are "
            "written to look like genuine replies (45). Two attachments (68, 69) truly are filled Appendix 1 forms "
            "and are keyed `appendix1_form`; the context says why they still must not move the case.\n"
            "Rebuild: `/tmp/cv-gaukhar/bin/python make.py`.\n\n"
            "| file | what it is (context's expected_effect) | kind(s) in key | language | format | what makes it look like a reply |\n"
            "| --- | --- | --- | --- | --- | --- |\n")
    for row in MANIFEST:
        f.write("| " + " | ".join(x.replace("|", "/") for x in row) + " |\n")
