#!/usr/bin/env python3
"""dana's held-out corpus (round J): non-replies that land in the contact centre's mailbox.
Every letter's text is written by hand below; lib.py only packs it into files."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

def A(name, email, bin_):
    return {"name": name, "email": email, "bin": bin_}

AG = {
 "zher": A("Комитет по управлению земельными ресурсами Министерства сельского хозяйства Республики Казахстан", "kanc@zher.minagri.gov.kz", "110240017352"),
 "kost": A("Управление образования акимата Костанайской области", "uo@kostanay-bilim.gov.kz", "990540002187"),
 "tur": A("Аппарат акима Тюлькубасского района Туркестанской области", "akimat@tulkibas.turkistan.gov.kz", "010340004471"),
 "mtszn": A("Министерство труда и социальной защиты населения Республики Казахстан", "kense@enbek-min.gov.kz", "990740002243"),
 "pvl": A("Управление предпринимательства и промышленности Павлодарской области", "kanc@kasipker.pavlodar.gov.kz", "080240011095"),
 "ast_arch": A("Управление архитектуры и градостроительства города Астаны", "arch@astana-qala.gov.kz", "060340013378"),
 "semey": A("Отдел жилищных отношений города Семей", "jilye@semey.abai.gov.kz", "131040019926"),
 "kzo": A("Управление здравоохранения Кызылординской области", "densaulyk@kyzylorda-obl.gov.kz", "970240003358"),
 "minfin_kgd": A("Департамент государственных доходов по Жамбылской области", "dgd_zhambyl@kgd.minfin.gov.kz", "990440006123"),
 "mvd_mp": A("Департамент миграционной службы Министерства внутренних дел Республики Казахстан", "migr@mvd-kz.gov.kz", "020240007764"),
 "aktobe_vet": A("Управление ветеринарии Актюбинской области", "vet@aktobe-mal.gov.kz", "050640002915"),
 "karaganda_akim": A("Аппарат акима Карагандинской области", "kanc@karaganda-akimat.gov.kz", "950540000638"),
 "ekib": A("Акимат города Экибастуза", "akimat@ekibastuz-qala.gov.kz", "990240004481"),
 "mkis": A("Министерство культуры и информации Республики Казахстан", "kense@madeniet-min.gov.kz", "000340012290"),
 "zko_zher": A("Управление земельных отношений Западно-Казахстанской области", "zher@oral-zhaik.gov.kz", "040140011763"),
 "almaty_sport": A("Управление физической культуры и спорта города Алматы", "sport@almaty-qala.gov.kz", "081040016602"),
 "mzh": A("Министерство юстиции Республики Казахстан", "kanc@adilet-min.gov.kz", "990140004654"),
 "ulytau": A("Управление пассажирского транспорта и автомобильных дорог области Ұлытау", "jol@ulytau-obl.gov.kz", "220740030118"),
 "shymkent_sk": A("Управление социального благосостояния города Шымкента", "soc@shymkent-qala.gov.kz", "030240008871"),
 "atyrau_kult": A("Управление культуры, архивов и документации Атырауской области", "madeniet@atyrau-obl.gov.kz", "970340001529"),
 "mcri": A("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kanc@digital-min.gov.kz", "190340007021"),
 "zhetysu": A("Аппарат акима Панфиловского района области Жетісу", "akimat@panfilov.zhetisu.gov.kz", "011140005337"),
 "sko_eco": A("Управление природных ресурсов и регулирования природопользования Северо-Казахстанской области", "eco@petropavl-obl.gov.kz", "990840003346"),
 "mangistau_tr": A("Управление занятости и социальных программ Мангистауской области", "enbek@aktau-obl.gov.kz", "031140000996"),
}

def S(n, name):
    return {"registry_number": n, "name": name}

def L(number, date, subject):
    return {"number": number, "date": date, "subject": subject}

def body_other(lang=None):
    d = {"part": "body", "kind": "other"}
    if lang: d["language"] = lang
    return d

def part_other(name, lang=None):
    d = {"part": name, "kind": "other"}
    if lang: d["language"] = lang
    return d

REQ_RU = ("Единый контакт-центр по вопросам оказания государственных услуг в соответствии с пунктом 4 "
          "Правил взаимодействия просит в течение трех рабочих дней назначить ответственное лицо и "
          "представить информацию по форме согласно приложению 1.")

# ============================ AUTO-REPLIES ============================

# a01 Outlook HTML out-of-office, Russian, quoting our request under it
def a01():
    n = "a01-ooo-outlook-ru-quoted.eml"
    ag = AG["kost"]
    m = MIMEMultipart("alternative")
    headers(m, addr("Жумабаева Гульнар Ерболовна", "g.zhumabaeva@kostanay-bilim.gov.kz"), CENTRE,
            "Автоматический ответ: О представлении информации по государственным услугам (исх. ЕКЦ-2027/118)",
            "Tue, 12 Jan 2027 10:41:07 +0500", "<AM8PR02MB7744A1C0B3D1@AM8PR02MB7744.eurprd02.kostanay-bilim.gov.kz>",
            {"In-Reply-To": "<req-2027-118.4471@ekc.gov.kz>", "References": "<req-2027-118.4471@ekc.gov.kz>",
             "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "X-MS-Exchange-Inbox-Rules-Loop": "g.zhumabaeva@kostanay-bilim.gov.kz", "Thread-Topic": "О представлении информации по государственным услугам"})
    plain = ("Здравствуйте!\n\nЯ нахожусь в ежегодном трудовом отпуске с 11.01.2027 по 29.01.2027 "
             "без доступа к почте. Ваше письмо не будет перенаправлено автоматически.\n"
             "По срочным вопросам обращайтесь в приёмную Управления: 8 (7142) 50-17-33.\n\n"
             "С уважением, Жумабаева Г.Е.\n\n"
             "-----Original Message-----\nFrom: info@ekc.gov.kz\nSent: Tuesday, January 12, 2027 10:40 AM\n"
             "Subject: О представлении информации по государственным услугам (исх. ЕКЦ-2027/118)\n\n"
             + REQ_RU + "\nУслуги: 00402017 «Прием документов в организации дополнительного образования для детей».\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=RU><div class=WordSection1><p class=MsoNormal>Здравствуйте!<o:p></o:p></p>"
            "<p class=MsoNormal>Я нахожусь в ежегодном трудовом отпуске с <b>11.01.2027</b> по <b>29.01.2027</b> "
            "без доступа к почте. Ваше письмо не будет перенаправлено автоматически.<o:p></o:p></p>"
            "<p class=MsoNormal>По срочным вопросам обращайтесь в приёмную Управления: 8 (7142) 50-17-33.</p>"
            "<p class=MsoNormal>С уважением, Жумабаева Г.Е.</p>"
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal><b>From:</b> info@ekc.gov.kz<br><b>Sent:</b> Tuesday, January 12, 2027 10:40 AM<br>"
            "<b>Subject:</b> О представлении информации по государственным услугам (исх. ЕКЦ-2027/118)</p></div>"
            "<p class=MsoNormal>" + REQ_RU + "</p><p class=MsoNormal>Услуги: 00402017 «Прием документов в организации "
            "дополнительного образования для детей».</p></div></body></html>")
    m.attach(text_part(plain)); m.attach(text_part(html, "html"))
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00402017", "Прием документов в организации дополнительного образования для детей")], "appointment",
        L("ЕКЦ-2027/118", "2027-01-12", "О представлении информации по государственным услугам"),
        "Out-of-office auto-reply of a clerk, quoting our request: no change; the appointment deadline keeps running.")

# a02 Kazakh auto-reply, plain text, webmail
def a02():
    n = "a02-ooo-kk-plain.eml"
    ag = AG["tur"]
    body = ("Құрметті хат жіберуші!\n\n"
            "Мен 2027 жылғы 3 ақпаннан 14 ақпанға дейін іссапардамын. Хатыңыз алынды, "
            "оралғаннан кейін қарастырамын.\n"
            "Шұғыл мәселелер бойынша аудан әкімі аппаратының жалпы бөліміне хабарласыңыз: 8 (72538) 5-12-40.\n\n"
            "Құрметпен,\nОспанов Дәурен\nТүлкібас ауданы әкімінің аппараты\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Оспанов Дәурен", "d.ospanov@tulkibas.turkistan.gov.kz"), CENTRE,
            "Автоматты жауап: Ақпарат беру туралы сұрау салу / Запрос о представлении информации",
            "Wed, 03 Feb 2027 09:02:55 +0500", "<auto.20270203090255.7713@tulkibas.turkistan.gov.kz>",
            {"In-Reply-To": "<ekc.2027.161.kk@ekc.gov.kz>", "Auto-Submitted": "auto-replied", "Precedence": "bulk",
             "X-Mailer": "Zimbra 9.0.0_GA_4546"})
    write_msg(n, m)
    key(n, [body_other("kk")])
    ctx(n, ag, [S("00902044", "Выдача справки о наличии личного подсобного хозяйства")], "appointment",
        L("ЕКЦ-2027/161", "2027-02-03", "Запрос о представлении информации"),
        "Kazakh out-of-office (business trip): nothing to record; still awaiting the appointment.")

# a03 English automatic reply, short
def a03():
    n = "a03-ooo-en.eml"
    ag = AG["mcri"]
    body = ("Thank you for your message.\r\n\r\nI am out of the office until Monday, 15 March 2027, attending the "
            "Digital Government Week in Singapore, with limited access to e-mail.\r\n"
            "For urgent matters please contact the Department's front desk at +7 7172 64 90 10.\r\n\r\n"
            "Best regards,\r\nAidana Serikbay\r\nHead of Unit, International Cooperation Department\r\n")
    m = MIMEText(body, "plain", "us-ascii")
    headers(m, "Aidana Serikbay <a.serikbay@digital-min.gov.kz>", CENTRE,
            "Automatic reply: Re: Training session on service 01203005",
            "Mon, 08 Mar 2027 04:13:20 +0000", "<DB9PR10MB5567.auto@digital-min.gov.kz>",
            {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, OOF, AutoReply",
             "In-Reply-To": "<ekc-2027-233-train@ekc.gov.kz>"})
    write_msg(n, m)
    key(n, [body_other()])
    ctx(n, ag, [S("01203005", "Регистрация доменного имени в пространстве .kz для государственных органов")], "protocol",
        L("ЕКЦ-2027/233", "2027-03-05", "О проведении обучения по государственной услуге"),
        "English auto-reply; the protocol is still awaited; nothing to record.")

# a04 bilingual OOO naming a substitute with phone and e-mail (looks like an appointment, is not)
def a04():
    n = "a04-ooo-substitute-named.eml"
    ag = AG["pvl"]
    html = ("<div dir=\"ltr\"><p>Сәлеметсіз бе!</p><p>22.02.2027 ж. бастап 05.03.2027 ж. дейін жұмыс орнында жоқпын. "
            "Менің орнымды <b>Қайыржанова Әсел Болатқызы</b> атқарады, тел. +7 (7182) 32-08-71, "
            "a.kairzhanova@kasipker.pavlodar.gov.kz.</p><hr><p>Здравствуйте!</p>"
            "<p>С 22.02.2027 по 05.03.2027 меня не будет на рабочем месте. На время моего отсутствия обязанности "
            "исполняет <b>Кайыржанова Асель Болатовна</b>, тел. +7 (7182) 32-08-71, a.kairzhanova@kasipker.pavlodar.gov.kz.</p>"
            "<p>--<br>Шаймерденов Рустем Кайратович<br>главный специалист отдела развития предпринимательства</p></div>")
    m = MIMEText(html, "html", "utf-8")
    headers(m, addr("Шаймерденов Рустем Кайратович", "r.shaimerdenov@kasipker.pavlodar.gov.kz"), CENTRE,
            "Автоматический ответ: RE: Вопросы к обучению по услуге 00715009",
            "Mon, 22 Feb 2027 08:00:14 +0500", "<0b8e61f2.auto.9241@kasipker.pavlodar.gov.kz>",
            {"Auto-Submitted": "auto-replied", "In-Reply-To": "<ekc-q-2027-201@ekc.gov.kz>",
             "References": "<ekc-q-2027-201@ekc.gov.kz>"})
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("00715009", "Субсидирование ставки вознаграждения по кредитам субъектов частного предпринимательства")], "protocol",
        L("ЕКЦ-2027/201", "2027-02-19", "Вопросы к обучению по государственной услуге 00715009"),
        "Auto-reply naming a temporary substitute: NOT a replacement of the responsible person (p.7); keep awaiting the protocol, maybe tell the operator the substitute's contacts.")

# a05 Exchange OOO with our whole request quoted, table and all, in HTML
def a05():
    n = "a05-ooo-full-request-table.eml"
    ag = AG["kzo"]
    html = ("<html><body><p>Добрый день. Я в отпуске по уходу за ребёнком. Корреспонденцию управления принимает "
            "канцелярия: densaulyk@kyzylorda-obl.gov.kz.</p><p>Қайырлы күн. Хат кеңсеге жіберілсін.</p>"
            "<p>Абдрахманова С.</p><br><hr>"
            "<p><b>От:</b> Единый контакт-центр &lt;info@ekc.gov.kz&gt;<br><b>Отправлено:</b> 18 января 2027 г. 15:22<br>"
            "<b>Тема:</b> Запрос о предоставлении информации о государственной услуге (исх. № ЕКЦ-2027/140)</p>"
            "<p>" + REQ_RU + "</p>"
            "<table border=1 cellspacing=0><tr><td>№ п/п</td><td>№ государственной услуги в реестре</td>"
            "<td>Наименование государственной услуги</td><td>Стандарт государственной услуги (с указанием его реквизитов)</td>"
            "<td>Регламент государственной услуги (с указанием его реквизитов)</td><td>Изменения нормативных правовых актов</td>"
            "<td>Интернет-ресурс, на котором размещена информация о государственной услуге</td>"
            "<td>Фамилия, имя, отчество, должность ответственного лица</td></tr>"
            "<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td><td>8</td></tr>"
            "<tr><td>1</td><td>01305022</td><td>Выдача лицензии на фармацевтическую деятельность</td><td></td><td></td><td></td><td></td><td></td></tr>"
            "<tr><td>2</td><td>01305031</td><td>Аттестация на профессиональную компетентность в области здравоохранения</td><td></td><td></td><td></td><td></td><td></td></tr>"
            "</table><p>Ф.И.О. ответственного исполнителя ____________<br>Дата: « __ »________ 20__г.</p></body></html>")
    m = MIMEMultipart("alternative")
    m.attach(text_part("Добрый день. Я в отпуске по уходу за ребёнком. Корреспонденцию управления принимает канцелярия: "
                       "densaulyk@kyzylorda-obl.gov.kz.\n\nАбдрахманова С.\n", cte="qp"))
    m.attach(text_part(html, "html", cte="qp"))
    headers(m, addr("Абдрахманова Сауле", "s.abdrakhmanova@kyzylorda-obl.gov.kz"), CENTRE,
            "Автоматический ответ: Запрос о предоставлении информации о государственной услуге (исх. № ЕКЦ-2027/140)",
            "Mon, 18 Jan 2027 15:22:41 +0500", "<VI1PR0601MB22.OOF.18012027@kyzylorda-obl.gov.kz>",
            {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "In-Reply-To": "<ekc-2027-140@ekc.gov.kz>", "References": "<ekc-2027-140@ekc.gov.kz>"})
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("01305022", "Выдача лицензии на фармацевтическую деятельность"),
                S("01305031", "Аттестация на профессиональную компетентность в области здравоохранения")], "appointment",
        L("ЕКЦ-2027/140", "2027-01-18", "Запрос о предоставлении информации о государственной услуге"),
        "Out-of-office that quotes our blank Appendix 1 table (columns 4-8 empty): not a form; operator may resend the request to the chancellery address.")

# a06 iPhone vacation responder, very short
def a06():
    n = "a06-ooo-iphone.eml"
    ag = AG["semey"]
    m = MIMEText("Я в отпуске до 1 апреля. Пишите Бекову Т.К. t.bekov@semey.abai.gov.kz\n\nОтправлено с iPhone\n", "plain", "utf-8")
    headers(m, addr("Назгуль Смагулова", "n.smagulova@semey.abai.gov.kz"), CENTRE,
            "Re: Напоминание о сроке представления информации",
            "Thu, 18 Mar 2027 19:47:02 +0600", "<8F1D3C02-77A1-4B3E-9C55-2E0A11D0B6F1@semey.abai.gov.kz>",
            {"In-Reply-To": "<remind-2027-0318-semey@ekc.gov.kz>", "X-Mailer": "iPhone Mail (20D67)"})
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00603018", "Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда")], "information",
        L("ЕКЦ-2027/288", "2027-03-18", "Напоминание о сроке представления информации"),
        "Vacation reply from a phone, no auto-headers, points to a colleague: not an appointment nor a replacement; the information is still overdue.")

# a07 'address no longer in use' auto-reply, koi8-r
def a07():
    n = "a07-address-retired-koi8.eml"
    ag = AG["zko_zher"]
    body = ("Уважаемый корреспондент!\n\n"
            "Адрес zemotdel@oral-zhaik.gov.kz с 01.03.2027 не обслуживается в связи с реорганизацией.\n"
            "Письма, направленные на этот адрес, не регистрируются и не рассматриваются.\n"
            "Просим направлять корреспонденцию на адрес zher@oral-zhaik.gov.kz.\n\n"
            "Это сообщение создано автоматически, отвечать на него не нужно.\n")
    m = MIMEText(body, "plain", "koi8-r")
    headers(m, "zemotdel@oral-zhaik.gov.kz", CENTRE,
            "Адрес не обслуживается", "Fri, 05 Mar 2027 11:20:00 +0500",
            "<retired.1614924000@oral-zhaik.gov.kz>", {"Auto-Submitted": "auto-replied", "Precedence": "junk"}, subj_charset="koi8-r")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00104011", "Выдача разрешения на использование земельного участка для изыскательских работ")], "appointment",
        L("ЕКЦ-2027/251", "2027-03-05", "Запрос о представлении информации по форме приложения 1"),
        "Old mailbox retired: the request did not reach the agency; operator should resend to the new address. Not a reply.")

# a08 e-doc registration receipt naming the clerk assigned (not an appointment)
def a08():
    n = "a08-edoc-registration-receipt.eml"
    ag = AG["mtszn"]
    body = ("УВЕДОМЛЕНИЕ О РЕГИСТРАЦИИ ДОКУМЕНТА\n"
            "=====================================\n"
            "Ваш документ зарегистрирован в единой системе электронного документооборота.\n\n"
            "Входящий номер:      02-11/4417-И\n"
            "Дата регистрации:    26.01.2027 14:05\n"
            "Корреспондент:       Единый контакт-центр\n"
            "Исходящий номер:     ЕКЦ-2027/152 от 26.01.2027\n"
            "Краткое содержание:  О представлении информации по государственным услугам\n"
            "Резолюция:           Департамент социальной помощи (Жаксыбеков Н.М.)\n"
            "Исполнитель:         Тулегенова Айгерим Маратовна, тел. 74-05-18\n"
            "Срок исполнения:     29.01.2027\n\n"
            "Сообщение сформировано автоматически ЕСЭДО. Не отвечайте на него.\n")
    m = MIMEText(body, "plain", "windows-1251")
    headers(m, "esedo-noreply@enbek-min.gov.kz", CENTRE,
            "Зарегистрирован вх. № 02-11/4417-И от 26.01.2027", "Tue, 26 Jan 2027 14:05:33 +0500",
            "<esedo.reg.0211.4417@enbek-min.gov.kz>", {"Auto-Submitted": "auto-generated"}, subj_charset="windows-1251")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00501027", "Назначение государственной адресной социальной помощи"),
                S("00501033", "Назначение пособия матери или отцу, усыновителю (удочерителю), опекуну (попечителю), воспитывающему ребенка-инвалида")],
        "appointment", L("ЕКЦ-2027/152", "2027-01-26", "О представлении информации по государственным услугам"),
        "E-doc registration receipt naming the clerk who will execute our letter: not the appointment of the responsible person (p.5); may be noted as delivery confirmation.")

for f in (a01, a02, a03, a04, a05, a06, a07, a08):
    f()
# ============================ DELIVERY FAILURES ============================
from email.mime.message import MIMEMessage
from email import message_from_string

def dsn_msg(human, human_sub, status_fields, original, orig_is_headers=False, human_charset="utf-8"):
    m = MIMEMultipart("report", report_type="delivery-status")
    m.attach(MIMEText(human, human_sub, human_charset))
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([message_from_string(b.strip() + "\n") for b in status_fields.split("\n\n") if b.strip()])
    m.attach(ds)
    if orig_is_headers:
        oh = MIMEBase("text", "rfc822-headers"); oh.set_payload(original); m.attach(oh)
    else:
        m.attach(MIMEMessage(original))
    return m

def our_request(msgid, to, subject, date, text, attach=None):
    o = MIMEMultipart("mixed")
    headers(o, addr("Единый контакт-центр", CENTRE), to, subject, date, msgid)
    o.attach(MIMEText(text, "plain", "utf-8"))
    if attach:
        attach_file(o, attach[0], attach[1], "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
    return o

# d01 postfix bounce: user unknown, original headers only
def d01():
    n = "d01-bounce-user-unknown.eml"
    ag = AG["aktobe_vet"]
    human = ("This is the mail system at host mx1.ekc.gov.kz.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<a.nurpeisov@aktobe-mal.gov.kz>: host mx.aktobe-mal.gov.kz[195.210.46.71] said:\n"
             "    550 5.1.1 <a.nurpeisov@aktobe-mal.gov.kz>: Recipient address rejected: User\n    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.ekc.gov.kz\nX-Postfix-Queue-ID: 4QkV2m0Zs7z9tJ\nX-Postfix-Sender: rfc822; info@ekc.gov.kz\n"
              "Arrival-Date: Wed, 10 Feb 2027 16:02:11 +0500 (+05)\n\n"
              "Final-Recipient: rfc822; a.nurpeisov@aktobe-mal.gov.kz\nOriginal-Recipient: rfc822;a.nurpeisov@aktobe-mal.gov.kz\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.aktobe-mal.gov.kz\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <a.nurpeisov@aktobe-mal.gov.kz>: Recipient\n    address rejected: User unknown in virtual mailbox table\n")
    orig = ("Return-Path: <info@ekc.gov.kz>\nFrom: =?utf-8?b?0JXQtNC40L3Ri9C5INC60L7QvdGC0LDQutGCLdGG0LXQvdGC0YA=?= <info@ekc.gov.kz>\n"
            "To: a.nurpeisov@aktobe-mal.gov.kz\nSubject: =?utf-8?b?0J/QtdGA0LXRh9C10L3RjCDQstC+0L/RgNC+0YHQvtCyINC6INC+0LHRg9GH0LXQvdC40Y4=?=\n"
            "Date: Wed, 10 Feb 2027 16:02:10 +0500\nMessage-ID: <ekc-q-2027-190@ekc.gov.kz>\nMIME-Version: 1.0\n")
    m = dsn_msg(human, "plain", status, orig, orig_is_headers=True, human_charset="us-ascii")
    headers(m, "MAILER-DAEMON@mx1.ekc.gov.kz (Mail Delivery System)", CENTRE,
            "Undelivered Mail Returned to Sender", "Wed, 10 Feb 2027 16:02:12 +0500 (+05)",
            "<20270210110212.6C1F2A0B14@mx1.ekc.gov.kz>", {"Auto-Submitted": "auto-replied"})
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("00208014", "Выдача ветеринарного паспорта на животное")], "protocol",
        L("ЕКЦ-2027/190", "2027-02-10", "Перечень вопросов к обучению"),
        "Our list of training questions bounced (user unknown): operator must find a valid address of the responsible person; the case does not move.")

# d02 Exchange NDR in Russian, HTML
def d02():
    n = "d02-ndr-exchange-ru.eml"
    ag = AG["karaganda_akim"]
    html = ("<html><body style='font-family:Segoe UI'><p style='font-size:16pt;color:#C00000'><b>Не удалось доставить сообщение "
            "следующим получателям или группам:</b></p><p><a href='mailto:kanc@karaganda-akimat.gov.kz'>kanc@karaganda-akimat.gov.kz</a><br>"
            "Почтовый ящик получателя переполнен, и он не может принимать сообщения. Повторите попытку позже или обратитесь к получателю другим способом.</p>"
            "<p style='color:gray'>Диагностические сведения для администраторов:<br>Создающий сервер: EX02.ekc.gov.kz<br>"
            "kanc@karaganda-akimat.gov.kz<br>Remote Server returned '552 5.2.2 Mailbox full; quota exceeded (2048000K)'</p>"
            "<p style='color:gray'>Заголовки исходного сообщения:<br>Subject: Запрос о представлении информации (ЕКЦ-2027/205)<br>"
            "Message-ID: &lt;ekc-2027-205@ekc.gov.kz&gt;</p></body></html>")
    status = ("Reporting-MTA: dns;EX02.ekc.gov.kz\nReceived-From-MTA: dns;EX02.ekc.gov.kz\nArrival-Date: Mon, 15 Feb 2027 09:30:12 +0000\n\n"
              "Final-Recipient: rfc822;kanc@karaganda-akimat.gov.kz\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;552 5.2.2 Mailbox full; quota exceeded (2048000K)\nRemote-MTA: dns;mail.karaganda-akimat.gov.kz\n")
    orig = our_request("<ekc-2027-205@ekc.gov.kz>", "kanc@karaganda-akimat.gov.kz", "Запрос о представлении информации (ЕКЦ-2027/205)",
                       "Mon, 15 Feb 2027 14:30:05 +0500",
                       "Уважаемые коллеги!\n\n" + REQ_RU + "\nФорма приложения 1 прилагается.\n\nЕдиный контакт-центр, исх. № ЕКЦ-2027/205 от 15.02.2027\n")
    m = dsn_msg(html, "html", status, orig)
    headers(m, "postmaster@ekc.gov.kz", CENTRE, "Не доставлено: Запрос о представлении информации (ЕКЦ-2027/205)",
            "Mon, 15 Feb 2027 09:30:14 +0000", "<1c2f8e3d-NDR-44a1@EX02.ekc.gov.kz>", {"Auto-Submitted": "auto-replied"})
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other", "language": "ru"}])
    ctx(n, ag, [S("00902061", "Выдача архивных справок по документам аппарата акима области")], "appointment",
        L("ЕКЦ-2027/205", "2027-02-15", "Запрос о представлении информации"),
        "Delivery failure (mailbox full): request not delivered; the p.5 deadline should not be counted from this send; operator resends.")

# d03 delay warning (not yet a failure), plain, sendmail style
def d03():
    n = "d03-delay-warning.eml"
    ag = AG["ulytau"]
    human = ("**********************************************\n**      THIS IS A WARNING MESSAGE ONLY      **\n"
             "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n**********************************************\n\n"
             "The original message was received at Thu, 4 Mar 2027 10:11:40 +0500\nfrom localhost [127.0.0.1]\n\n"
             "   ----- Transcript of session follows -----\n<s.zhakupov@ulytau-obl.gov.kz>... Deferred: Connection timed out with mail.ulytau-obl.gov.kz.\n"
             "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n")
    status = ("Reporting-MTA: dns; relay2.ekc.gov.kz\nArrival-Date: Thu, 4 Mar 2027 10:11:40 +0500\n\n"
              "Final-Recipient: RFC822; s.zhakupov@ulytau-obl.gov.kz\nAction: delayed\nStatus: 4.4.1\n"
              "Remote-MTA: DNS; mail.ulytau-obl.gov.kz\nLast-Attempt-Date: Thu, 4 Mar 2027 14:12:03 +0500\nWill-Retry-Until: Tue, 9 Mar 2027 10:11:40 +0500\n")
    orig = ("From: info@ekc.gov.kz\nTo: s.zhakupov@ulytau-obl.gov.kz\nSubject: =?utf-8?b?0KDQtdC/0LvQvtGA0YIg0LfQsCDRhNC10LLRgNCw0LvRjCAyMDI3?=\n"
            "Date: Thu, 4 Mar 2027 10:11:39 +0500\nMessage-ID: <report-2027-02-ulytau@ekc.gov.kz>\n")
    m = dsn_msg(human, "plain", status, orig, orig_is_headers=True, human_charset="us-ascii")
    headers(m, "Mail Delivery Subsystem <MAILER-DAEMON@relay2.ekc.gov.kz>", CENTRE,
            "Warning: could not send message for past 4 hours", "Thu, 4 Mar 2027 14:12:03 +0500",
            "<202703040912.1249C3aF018822@relay2.ekc.gov.kz>", {"Auto-Submitted": "auto-generated (warning)"})
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("00807003", "Выдача разрешения на регулярные автомобильные перевозки пассажиров по межрайонным маршрутам")], "consulting",
        L("ЕКЦ-2027/262", "2027-03-04", "Аналитический отчет за февраль 2027 года"),
        "Delay warning for our monthly report (p.14): still being retried; no case change.")

# d04 Kazakh/Russian bounce from the agency's gateway with our whole request (and its DOCX) returned
def d04():
    n = "d04-bounce-policy-with-original.eml"
    ag = AG["atyrau_kult"]
    human = ("Хатыңыз жеткізілмеді / Ваше сообщение не доставлено.\n\n"
             "Алушы: arhiv@atyrau-obl.gov.kz\n"
             "Себебі: тіркеме қауіпсіздік саясатымен бұғатталды (DOCX файлдарын тексеру мүмкін болмады).\n"
             "Причина: вложение заблокировано политикой безопасности (проверка DOCX не выполнена). Отправьте документ через ЕСЭДО.\n\n"
             "Бастапқы хат төменде қоса беріледі. Исходное сообщение приложено ниже.\n")
    status = ("Reporting-MTA: dns; gw.atyrau-obl.gov.kz\n\nFinal-Recipient: rfc822; arhiv@atyrau-obl.gov.kz\n"
              "Action: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 554 5.7.1 Attachment blocked by content policy\n")
    form = docx_bytes([("Приложение 1 к Правилам взаимодействия Единого контакт-центра", "r"),
                       ("Запрос о предоставлении информации о государственной услуге", "bc")],
                      [[["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
                         "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
                         "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
                         "Фамилия, имя, отчество, должность ответственного лица"],
                        ["1", "2", "3", "4", "5", "6", "7", "8"],
                        ["1", "00703012", "Выдача архивных справок и копий архивных документов", "", "", "", "", ""]]],
                      ["Ф.И.О. ответственного исполнителя ____________", "Дата: « __ »________ 20__г."])
    orig = our_request("<ekc-2027-171@ekc.gov.kz>", "arhiv@atyrau-obl.gov.kz", "Запрос о представлении информации (ЕКЦ-2027/171)",
                       "Fri, 5 Feb 2027 11:00:00 +0500", "Уважаемые коллеги!\n\n" + REQ_RU + "\n\nЕКЦ\n", ("zapros-ekc-2027-171.docx", form))
    m = dsn_msg(human, "plain", status, orig)
    headers(m, "postmaster@atyrau-obl.gov.kz", CENTRE, "Жеткізілмеді / Недоставленное сообщение",
            "Fri, 5 Feb 2027 11:00:09 +0500", "<bounce.5f1a.20270205@gw.atyrau-obl.gov.kz>", {"Auto-Submitted": "auto-replied"})
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("00703012", "Выдача архивных справок и копий архивных документов")], "appointment",
        L("ЕКЦ-2027/171", "2027-02-05", "Запрос о представлении информации"),
        "Bounce returning our own request with its blank Appendix 1 DOCX (columns 4-8 empty) inside message/rfc822: that DOCX is ours, not the agency's form; nothing received, resend.")

# ============================ READ RECEIPTS ============================
def mdn(disp_text, human, human_charset="utf-8"):
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(MIMEText(human, "plain", human_charset))
    d = MIMEBase("text", "plain"); d.set_payload(disp_text); del d["Content-Type"]; d["Content-Type"] = "message/disposition-notification"; m.attach(d)
    return m

def r01():
    n = "r01-read-receipt-outlook.eml"
    ag = AG["mvd_mp"]
    human = ("Ваше сообщение\n\n  Кому: Кенесова Алия Жанатовна\n  Тема: Запрос о представлении информации по услугам 01504002, 01504019\n"
             "  Отправлено: 01.02.2027 10:05\n\nбыло прочитано 01.02.2027 11:47.\n")
    disp = ("Reporting-UA: EXCH-MP01.mvd-kz.gov.kz; Microsoft Exchange Server\nFinal-Recipient: rfc822;a.kenesova@mvd-kz.gov.kz\n"
            "Original-Message-ID: <ekc-2027-158@ekc.gov.kz>\nDisposition: automatic-action/MDN-sent-automatically; displayed\n")
    m = mdn(disp, human)
    headers(m, addr("Кенесова Алия Жанатовна", "a.kenesova@mvd-kz.gov.kz"), CENTRE,
            "Прочитано: Запрос о представлении информации по услугам 01504002, 01504019",
            "Mon, 1 Feb 2027 11:47:30 +0500", "<8aa6f0f5-a3bd-4cf2-9e3a-1a70b2fe0c81@EXCH-MP01.mvd-kz.gov.kz>",
            {"In-Reply-To": "<ekc-2027-158@ekc.gov.kz>", "References": "<ekc-2027-158@ekc.gov.kz>"})
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("01504002", "Выдача разрешения на временное проживание иностранцам и лицам без гражданства"),
                S("01504019", "Продление срока временного пребывания иностранцев")], "appointment",
        L("ЕКЦ-2027/158", "2027-02-01", "Запрос о представлении информации"),
        "Read receipt: the request was displayed; may be logged as delivery evidence, the appointment is still awaited.")

def r02():
    n = "r02-read-receipt-kk.eml"
    ag = AG["zhetysu"]
    human = ("Сіздің хатыңыз\n\n  Кімге: akimat@panfilov.zhetisu.gov.kz\n  Тақырыбы: Қосымша ақпарат беру туралы\n"
             "  Жіберілді: 2027 ж. 9 наурыз, 16:20\n\n2027 ж. 10 наурыз, 09:03 оқылды.\n")
    disp = ("Reporting-UA: mail.panfilov.zhetisu.gov.kz; Roundcube Webmail\nFinal-Recipient: rfc822;akimat@panfilov.zhetisu.gov.kz\n"
            "Original-Message-ID: <ekc-add-2027-274@ekc.gov.kz>\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    m = mdn(disp, human)
    headers(m, "akimat@panfilov.zhetisu.gov.kz", CENTRE, "Оқылды: Қосымша ақпарат беру туралы",
            "Wed, 10 Mar 2027 09:03:44 +0500", "<mdn.6b2d1c4e@panfilov.zhetisu.gov.kz>",
            {"In-Reply-To": "<ekc-add-2027-274@ekc.gov.kz>", "User-Agent": "Roundcube Webmail/1.6.5"})
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other", "language": "kk"}])
    ctx(n, ag, [S("00904027", "Выдача справки о месте проживания в сельском округе")], "additional_answer",
        L("ЕКЦ-2027/274", "2027-03-09", "Қосымша ақпарат беру туралы"),
        "Kazakh read receipt for our additional request (p.10): the answer is still awaited.")

def r03():
    n = "r03-deleted-unread.eml"
    ag = AG["ekib"]
    human = ("Ваше сообщение\n\n  Кому: Садыков Бауыржан\n  Тема: Напоминание: срок назначения ответственного лица истекает 24.02.2027\n"
             "  Отправлено: 22.02.2027 17:40\n\nбыло удалено без прочтения 23.02.2027 8:15.\n")
    disp = ("Reporting-UA: mail.ekibastuz-qala.gov.kz; Microsoft Exchange Server\nFinal-Recipient: rfc822;b.sadykov@ekibastuz-qala.gov.kz\n"
            "Original-Message-ID: <remind-2027-0222-ekib@ekc.gov.kz>\nDisposition: automatic-action/MDN-sent-automatically; deleted\n")
    m = mdn(disp, human, "windows-1251")
    headers(m, addr("Садыков Бауыржан", "b.sadykov@ekibastuz-qala.gov.kz", "windows-1251"), CENTRE,
            "Не прочитано: Напоминание: срок назначения ответственного лица истекает 24.02.2027",
            "Tue, 23 Feb 2027 08:15:02 +0600", "<mdn-del.91c0@ekibastuz-qala.gov.kz>",
            {"In-Reply-To": "<remind-2027-0222-ekib@ekc.gov.kz>"}, subj_charset="windows-1251")
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("00601044", "Выдача решения на изменение целевого назначения помещений")], "appointment",
        L("ЕКЦ-2027/229", "2027-02-22", "Напоминание о назначении ответственного лица"),
        "'Deleted without being read' notice for our reminder: no appointment; the operator may phone the akimat.")

for f in (d01, d02, d03, d04, r01, r02, r03):
    f()
# ============================ INVITATIONS ============================
DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PDF_T = ("application", "pdf")

# i01 commercial seminar "обучение операторов контакт-центров", PDF programme
def i01():
    n = "i01-seminar-operator-training-pdf.eml"
    ag = AG["almaty_sport"]
    html = ("<table width=600 align=center style='font-family:Arial'><tr><td style='background:#0b5394;color:#fff;padding:18px'>"
            "<h2>ОБУЧЕНИЕ ОПЕРАТОРОВ КОНТАКТ-ЦЕНТРОВ ГОСОРГАНОВ</h2>Практический семинар, 24–25 февраля 2027 г., Астана, отель «Есиль»</td></tr>"
            "<tr><td style='padding:18px'><p>Уважаемые руководители и специалисты контакт-центров!</p>"
            "<p>Учебный центр «Сапа Консалт» приглашает на двухдневный семинар «Стандарты консультирования граждан по государственным услугам: "
            "скрипты, эскалация, работа с жалобами». В программе: приём обращений по стандартам госуслуг, протоколирование звонков, "
            "обучение операторов новым регламентам, KPI первой линии.</p><p>По итогам выдаётся сертификат на 16 академических часов.</p>"
            "<p>Стоимость участия — 145 000 тенге (без НДС). Для госорганов возможна оплата по договору о госзакупках из одного источника.</p>"
            "<p>Регистрация: <a href='https://sapa-consult.kz/reg?utm_source=mail&utm_campaign=kc2027'>sapa-consult.kz/reg</a> "
            "или +7 (727) 390-44-18, +7 701 555 20 94 (WhatsApp).</p><p>Программа — во вложении.</p></td></tr>"
            "<tr><td style='font-size:10px;color:#888'>Вы получили это письмо, так как ваш адрес размещён в открытых источниках. "
            "<a href='https://sapa-consult.kz/unsubscribe?e=info%40ekc.gov.kz'>Отписаться</a></td></tr></table>")
    pdf = pdf_bytes([">>УЧЕБНЫЙ ЦЕНТР «САПА КОНСАЛТ»", ">>ПРОГРАММА СЕМИНАРА", "",
                     "**«Обучение операторов контакт-центров государственных органов»",
                     "24–25 февраля 2027 года, г. Астана", "",
                     "День 1", "09:30–10:00  Регистрация участников, кофе", "10:00–11:30  Стандарт государственной услуги: как читать и как объяснять",
                     "11:45–13:00  Скрипты первой линии. Эскалация на вторую линию", "14:00–16:00  Практикум: жалобы на сроки и отказы",
                     "", "День 2", "10:00–12:00  Протокол обучения и аттестация операторов", "12:15–13:00  Контроль качества: прослушивание звонков",
                     "14:00–16:30  Деловая игра, вручение сертификатов", "", "Ведущие: Ержанова Мадина Талгатовна, бизнес-тренер;",
                     "Лукин Сергей Петрович, эксперт по клиентскому сервису", "", "Стоимость: 145 000 тенге за одного участника"])
    m = MIMEMultipart("mixed"); alt = MIMEMultipart("alternative")
    alt.attach(text_part("ОБУЧЕНИЕ ОПЕРАТОРОВ КОНТАКТ-ЦЕНТРОВ ГОСОРГАНОВ. Семинар 24-25 февраля 2027 г., Астана. "
                         "Регистрация: sapa-consult.kz/reg, +7 (727) 390-44-18.\n"))
    alt.attach(text_part(html, "html")); m.attach(alt)
    attach_file(m, "Программа_семинара_КЦ_2027.pdf", pdf, *PDF_T)
    headers(m, addr("Сапа Консалт | Учебный центр", "news@sapa-consult.kz"), CENTRE,
            "Приглашение: обучение операторов контакт-центров по стандартам госуслуг (24-25 февраля)",
            "Tue, 26 Jan 2027 07:00:00 +0000", "<mc.20270126070000.88213.ekc@mailer.sapa-consult.kz>",
            {"List-Unsubscribe": "<https://sapa-consult.kz/unsubscribe?e=info%40ekc.gov.kz>", "Precedence": "bulk"})
    write_msg(n, m)
    key(n, [body_other("ru"), part_other("Программа_семинара_КЦ_2027.pdf", "ru")])
    ctx(n, ag, [S("01001042", "Присвоение спортивных разрядов: кандидат в мастера спорта и спортсмен 1 разряда")], "protocol", None,
        "Commercial seminar invitation about 'training of operators': no case; ignore (the agency context is incidental, nothing from it).")

# i02 ministry webinar on new standards, Kazakh and Russian, from the ministry's training centre
def i02():
    n = "i02-webinar-ministry-kk-ru.eml"
    ag = AG["mtszn"]
    body = ("Құрметті әріптестер!\n\n"
            "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі 2027 жылғы 17 ақпанда сағат 15:00-де "
            "(Астана уақыты) «Әлеуметтік салада мемлекеттік көрсетілетін қызметтердің жаңа стандарттары» тақырыбында вебинар өткізеді.\n"
            "Вебинарға қатысу үшін сілтеме: https://webinar.enbek-min.gov.kz/room/st2027\n\n"
            "Уважаемые коллеги!\n\n"
            "Министерство труда и социальной защиты населения Республики Казахстан 17 февраля 2027 года в 15:00 (время Астаны) "
            "проводит вебинар «Новые стандарты государственных услуг в социальной сфере» для сотрудников центров обслуживания населения, "
            "Единого контакт-центра и отделов занятости. Планируется обучение по изменённым стандартам услуг 00501027 и 00501033, "
            "ответы на вопросы участников.\n"
            "Просим до 15 февраля сообщить количество участников от вашей организации на адрес webinar@enbek-min.gov.kz.\n\n"
            "Ссылка для подключения: https://webinar.enbek-min.gov.kz/room/st2027 (пароль: 1702)\n\n"
            "--\nОтдел методологии государственных услуг\nтел. 8 (7172) 74-19-02\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Отдел методологии госуслуг МТСЗН", "metod@enbek-min.gov.kz"),
            "cso-list@enbek-min.gov.kz", "Вебинар / Вебинар: новые стандарты госуслуг в социальной сфере, 17.02.2027",
            "Thu, 11 Feb 2027 16:34:10 +0500", "<webinar-st2027-01@enbek-min.gov.kz>", {"Bcc": "", "Precedence": "list"})
    del m["Bcc"]
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("00501027", "Назначение государственной адресной социальной помощи"),
                S("00501033", "Назначение пособия матери или отцу, усыновителю (удочерителю), опекуну (попечителю), воспитывающему ребенка-инвалида")],
        "information", L("ЕКЦ-2027/152", "2027-01-26", "О представлении информации по государственным услугам"),
        "Bilingual mass invitation to a webinar on new standards (mentions 'обучение' and our services): not the training of p.8 and not the information awaited; operator may note it, case unchanged.")

# i03 akimat invites EKC to training of CSC staff, DOCX plan attached
def i03():
    n = "i03-training-invitation-docx.eml"
    ag = AG["shymkent_sk"]
    note = ("Добрый день!\n\nНаправляем письмо-приглашение и план обучения сотрудников ЦОН города Шымкента "
            "по услугам социального благосостояния. Будем рады участию представителя ЕКЦ (можно онлайн).\n\n"
            "С уважением,\nИсмаилова Дилноза Рахимжановна\nгл. специалист отдела методологии\n+7 (7252) 55-31-09\n")
    doc = docx_bytes([("ШЫМКЕНТ ҚАЛАСЫНЫҢ ӘЛЕУМЕТТІК ӘЛ-АУҚАТ БАСҚАРМАСЫ", "bc"),
                      ("УПРАВЛЕНИЕ СОЦИАЛЬНОГО БЛАГОСОСТОЯНИЯ ГОРОДА ШЫМКЕНТА", "bc"),
                      "160012, г. Шымкент, пр. Тауке хана, 31, тел. 8 (7252) 55-31-00",
                      "Исх. № 04-12/388 от 09.03.2027",
                      ("Руководителю Единого контакт-центра", "r"),
                      ("О приглашении на обучение", "b"),
                      "Управление социального благосостояния города Шымкента 23–24 марта 2027 года проводит обучение сотрудников "
                      "филиала НАО «Государственная корпорация «Правительство для граждан» по городу Шымкент по вопросам оказания "
                      "государственных услуг в социальной сфере.",
                      "Приглашаем представителя Единого контакт-центра принять участие в обучении в качестве слушателя. "
                      "План обучения прилагается.",
                      "Руководитель управления                                   Б. Жолдасов",
                      "Исп.: Исмаилова Д.Р., тел. 55-31-09",
                      ("План обучения", "bc")],
                     [[["№", "Дата, время", "Тема", "Ведущий"],
                       ["1", "23.03.2027, 10:00", "Оформление инвалидности и назначение пособий: порядок приёма документов", "Сатыбалдиева Г.А."],
                       ["2", "23.03.2027, 14:30", "Специальные социальные услуги на дому", "Ахмедов Ш.Т."],
                       ["3", "24.03.2027, 10:00", "Ответы на вопросы, тестирование слушателей", "Исмаилова Д.Р."]]])
    m = MIMEMultipart("mixed"); m.attach(MIMEText(note, "plain", "utf-8"))
    attach_file(m, "Приглашение на обучение 04-12-388.docx", doc, *DOCX_T)
    headers(m, addr("Исмаилова Дилноза", "d.ismailova@shymkent-qala.gov.kz"), CENTRE,
            "Приглашение на обучение сотрудников ЦОН 23-24 марта", "Tue, 9 Mar 2027 12:18:40 +0500",
            "<CAK7u1xT3-fq9=Zp0A@mail.shymkent-qala.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru"), part_other("Приглашение на обучение 04-12-388.docx")])
    ctx(n, ag, [S("00502008", "Оформление документов на инвалидов для предоставления специальных социальных услуг")], "consulting", None,
        "Invitation to a training of CSC staff with a plan table: not a training protocol of p.8; the service is already consulted on; nothing changes.")

# i04 round table invitation as a plain DOCX file (letter on letterhead)
def i04():
    n = "i04-round-table-invitation.docx"
    ag = AG["mkis"]
    data = docx_bytes([("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ МӘДЕНИЕТ ЖӘНЕ АҚПАРАТ МИНИСТРЛІГІ", "c"),
                       ("МИНИСТЕРСТВО КУЛЬТУРЫ И ИНФОРМАЦИИ РЕСПУБЛИКИ КАЗАХСТАН", "c"),
                       "010000, Астана қ., Мәңгілік Ел даңғ., 8, «Министрліктер үйі», 15 кіреберіс",
                       "№ 15-2/1104-И                                            19.04.2027",
                       ("Государственные органы, организации (по списку)", "r"),
                       "Министерство культуры и информации Республики Казахстан 29 апреля 2027 года в 11.00 часов проводит "
                       "круглый стол на тему «Доступность государственных услуг в сфере культуры: обратная связь с населением».",
                       "К участию приглашаются представители центральных и местных исполнительных органов, Государственной корпорации "
                       "«Правительство для граждан», Единого контакт-центра, общественных объединений.",
                       "Вопросы для обсуждения:",
                       "1) результаты мониторинга обращений граждан за 2026 год;",
                       "2) оптимизация сроков выдачи архивных справок;",
                       "3) обмен опытом по разъяснению стандартов государственных услуг.",
                       "Место проведения: г. Астана, Дом министерств, конференц-зал 1104. Возможно участие в формате ВКС.",
                       "Просим в срок до 26 апреля 2027 года направить сведения об участниках (ФИО, должность, контактный телефон) "
                       "на электронный адрес k.temirbekova@madeniet-min.gov.kz.",
                       "",
                       "Вице-министр                                                          Н. Әбдіқадыр",
                       "",
                       "Орын.: Темірбекова Қ.С., тел. 74-03-56"])
    write_bytes(n, data)
    key(n, [{"part": n, "kind": "other", "language": "ru"}])
    ctx(n, ag, [S("01102014", "Выдача свидетельства на право временного вывоза культурных ценностей")], "consulting", None,
        "Invitation to a round table asking for participants' names and phones (not a responsible person); no case change.")

# i05 Kazakh seminar, plain PDF file
def i05():
    n = "i05-seminar-kk.pdf"
    ag = AG["mangistau_tr"]
    data = pdf_bytes([">>МАҢҒЫСТАУ ОБЛЫСЫНЫҢ ЖҰМЫСПЕН ҚАМТУ ЖӘНЕ", ">>ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ", "",
                      "Ақтау қ., 14 ш/а, 1 ғимарат                       2027 жылғы 2 сәуір № 03-17/560", "",
                      "Бірыңғай байланыс орталығының басшысына", "",
                      "**Оқыту семинарына шақыру туралы", "",
                      "Маңғыстау облысының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы 2027 жылғы",
                      "14 сәуірде сағат 10.00-де аудандық жұмыспен қамту орталықтарының мамандары үшін",
                      "«Мемлекеттік қызметтерді көрсету сапасын арттыру» тақырыбында оқыту семинарын өткізеді.",
                      "Семинарда «Жұмыссыз ретінде тіркеу» мемлекеттік көрсетілетін қызметінің стандартына енгізілген",
                      "өзгерістер түсіндіріледі.", "",
                      "Бірыңғай байланыс орталығының операторларын онлайн форматта қатысуға шақырамыз.",
                      "Қосылу сілтемесі семинар күні жіберіледі.", "",
                      "Басшының орынбасары                                    Е. Қалдыбаев", "",
                      "Орынд.: Сұлтанғалиева А., 8 (7292) 30-61-14"])
    write_bytes(n, data)
    key(n, [{"part": n, "kind": "other", "language": "kk"}])
    ctx(n, ag, [S("00505011", "Регистрация лиц, ищущих работу, в качестве безработных")], "consulting", None,
        "Kazakh invitation to a training seminar that mentions changes to a standard but gives none of them: not a change notice; operator may watch for a real p.6 notice.")

# ============================ NEWSLETTERS / LEGAL DIGESTS ============================
# n01 legal digest HTML listing amended standards (looks like a change notice)
def n01():
    n = "n01-legal-digest-html.eml"
    ag = AG["zher"]
    html = ("<html><body style='font-family:Georgia'><h1 style='color:#7a1f1f'>ЗаңДайджест № 6 (412)</h1>"
            "<p>Еженедельный обзор изменений законодательства Республики Казахстан, 8–12 февраля 2027 г.</p>"
            "<h3>Государственные услуги</h3><ul>"
            "<li>Приказ Министра сельского хозяйства РК от 2 февраля 2027 года № 41 «О внесении изменений в приказ Министра сельского хозяйства "
            "Республики Казахстан от 1 октября 2020 года № 301 „Об утверждении правил оказания государственных услуг в сфере земельных отношений“» — "
            "уточнён перечень документов для услуги «Выдача решения на изменение целевого назначения земельного участка». Вводится в действие с 23.02.2027.</li>"
            "<li>Приказ и.о. Министра здравоохранения РК от 4 февраля 2027 года № ҚР ДСМ-12 — сокращён срок выдачи лицензии на медицинскую деятельность до 10 рабочих дней.</li>"
            "<li>Постановление акимата Павлодарской области от 5 февраля 2027 года № 33/2 — признан утратившим силу регламент «Субсидирование ставки вознаграждения».</li></ul>"
            "<h3>Трудовое право</h3><ul><li>Изменён порядок учёта рабочего времени дистанционных работников (Приказ МТСЗН от 03.02.2027 № 28).</li></ul>"
            "<p><a href='https://zandigest.kz/issues/412'>Читать полностью на сайте</a></p>"
            "<p style='font-size:9pt;color:#999'>ТОО «ЗаңИнфо Медиа». Подписка оформлена для info@ekc.gov.kz. "
            "<a href='https://zandigest.kz/unsub'>Отказаться от рассылки</a></p></body></html>")
    m = MIMEText(html, "html", "utf-8")
    headers(m, addr("ЗаңДайджест", "digest@zandigest.kz"), CENTRE, "ЗаңДайджест № 6: изменения в госуслугах, трудовом праве",
            "Sat, 13 Feb 2027 03:00:00 +0000", "<digest-412.ekc@zandigest.kz>",
            {"List-Id": "ZanDigest weekly <weekly.zandigest.kz>", "List-Unsubscribe": "<https://zandigest.kz/unsub>", "Precedence": "bulk"})
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00104027", "Выдача решения на изменение целевого назначения земельного участка")], "consulting", None,
        "Subscription legal digest listing amended acts incl. one on our consulted service: not a p.6 change notice from the responsible person; operator may ask the agency to confirm, case unchanged.")

# n02 ministry's monthly list of adopted acts, XLSX attached, mass mailing
def n02():
    n = "n02-npa-list-xlsx.eml"
    ag = AG["mzh"]
    note = ("Уважаемые коллеги!\n\nДепартамент регистрации нормативных правовых актов Министерства юстиции направляет для сведения "
            "перечень нормативных правовых актов, зарегистрированных в январе 2027 года (файл прилагается).\n"
            "Рассылка осуществляется ежемесячно по всем государственным органам; ответа не требуется.\n\n"
            "Департамент регистрации НПА\n")
    x = xlsx_bytes([("Январь 2027", [
        ["№", "Рег. №", "Дата регистрации", "Наименование акта", "Орган"],
        [1, "34118", "2027-01-08", "О внесении изменений в приказ «Об утверждении Правил оказания государственной услуги «Выдача справки о наличии личного подсобного хозяйства»»", "МСХ РК"],
        [2, "34121", "2027-01-11", "Об утверждении стандарта государственной услуги «Выдача разрешения на временное проживание иностранцам»", "МВД РК"],
        [3, "34127", "2027-01-14", "О признании утратившими силу некоторых приказов Министра культуры и спорта", "МКИ РК"],
        [4, "34140", "2027-01-20", "О внесении изменений в регламент государственной услуги «Выдача архивных справок»", "Акимат Атырауской области"],
        [5, "34152", "2027-01-27", "Об утверждении Правил субсидирования ставки вознаграждения", "МНЭ РК"]])])
    m = MIMEMultipart("mixed"); m.attach(MIMEText(note, "plain", "utf-8"))
    attach_file(m, "Перечень_НПА_январь_2027.xlsx", x, *XLSX_T)
    headers(m, addr("ДРНПА МЮ РК", "drnpa@adilet-min.gov.kz"), "undisclosed-recipients:;",
            "Перечень НПА, зарегистрированных в январе 2027 года", "Wed, 3 Feb 2027 17:55:21 +0500",
            "<npa-list-202701@adilet-min.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru"), part_other("Перечень_НПА_январь_2027.xlsx")])
    ctx(n, ag, [S("01601009", "Апостилирование официальных документов, исходящих из органов юстиции")], "consulting", None,
        "Monthly mass list of registered acts (XLSX): not a change notice for any case; file for information.")

# n03 Kazakh newsletter, plain text, from the official legal information portal
def n03():
    n = "n03-newsletter-kk.txt"
    ag = AG["mcri"]
    text = ("«ӘДІЛЕТ ХАБАРШЫСЫ» – АПТАЛЫҚ АҚПАРАТТЫҚ ТАРАТЫЛЫМ\n2027 жылғы 22 наурыз, № 11\n\n"
            "Құрметті жазылушы!\n\nОсы аптада ақпараттық-құқықтық жүйеге 48 жаңа нормативтік құқықтық акт енгізілді. Олардың ішінде:\n\n"
            "• «Мемлекеттік көрсетілетін қызметтер туралы» Заңға өзгерістер енгізу туралы заң жобасы Мәжіліске енгізілді;\n"
            "• Цифрлық даму министрінің 2027 жылғы 11 наурыздағы № 88/НҚ бұйрығымен «.kz доменінде домендік атауды тіркеу» "
            "қызметін көрсету қағидаларына өзгерістер енгізілді;\n"
            "• Облыстық мәслихаттардың жер салығы мөлшерлемелері туралы 9 шешімі тіркелді.\n\n"
            "Толығырақ: adilet-habarshy.kz/nomer/11\n\n"
            "Таратылымнан бас тарту үшін «STOP» деп жауап жазыңыз.\n")
    write_bytes(n, text.encode("utf-8"))
    key(n, [{"part": n, "kind": "other", "language": "kk"}])
    ctx(n, ag, [S("01203005", "Регистрация доменного имени в пространстве .kz для государственных органов")], "protocol", None,
        "Kazakh weekly newsletter mentioning an amendment close to our service: not from the responsible person, not a protocol; no case change.")

# n04 newsletter as PDF file: 'new standards' bulletin of a regional CSC branch
def n04():
    n = "n04-bulletin-standards.pdf"
    ag = AG["karaganda_akim"]
    data = pdf_bytes([">>ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ", ">>«Госуслуги региона» • выпуск 3 • март 2027", "",
                      "**Что изменилось в стандартах в феврале", "",
                      "1. Выдача архивных справок: срок сокращён с 10 до 7 рабочих дней",
                      "   (постановление акимата Карагандинской области от 12.02.2027 № 14/01).",
                      "2. Регистрация по месту жительства: добавлена подача через мобильное приложение eGov.",
                      "3. Субсидии на развитие семенноводства: новый перечень документов.", "",
                      "**Цифры месяца", "Оказано услуг: 214 567, из них в электронном виде 91,3 %.",
                      "Жалоб на нарушение сроков: 38 (в январе — 51).", "",
                      "**Анонс", "16 марта — выездной приём граждан в г. Балхаш.", "",
                      "Бюллетень подготовлен отделом по контролю за качеством оказания госуслуг аппарата акима области.",
                      "Распространяется бесплатно. Не является официальным уведомлением."])
    write_bytes(n, data)
    key(n, [{"part": n, "kind": "other", "language": "ru"}])
    ctx(n, ag, [S("00902061", "Выдача архивных справок по документам аппарата акима области")], "appointment", None,
        "Regional bulletin (says it is no official notice) listing a shortened term for our service: not a change notice, not the appointment; case unchanged.")

for f in (i01, i02, i03, i04, i05, n01, n02, n03, n04):
    f()
# ============================ GREETINGS / THANKS ============================
import base64
PNG_1x1 = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

# g01 Nauryz greeting, Kazakh HTML with inline image
def g01():
    n = "g01-nauryz-kk-html.eml"
    ag = AG["tur"]
    html = ("<html><body><p style='text-align:center'><img src='cid:nauryz2027@tulkibas'></p>"
            "<p>Құрметті Бірыңғай байланыс орталығының ұжымы!</p>"
            "<p>Сіздерді ұлыстың ұлы күні – <b>Наурыз мейрамымен</b> шын жүректен құттықтаймын! Көктемнің шуағы шаңырақтарыңызға "
            "береке, отбасыларыңызға бақыт пен амандық әкелсін. Ұлыс оң болсын, ақ мол болсын!</p>"
            "<p>Игі тілекпен,<br>Түлкібас ауданының әкімі<br>Мұратбек Сейітжанұлы</p></body></html>")
    rel = MIMEMultipart("related"); rel.attach(MIMEText(html, "html", "utf-8"))
    img = MIMEBase("image", "png"); img.set_payload(PNG_1x1); encoders.encode_base64(img)
    img["Content-ID"] = "<nauryz2027@tulkibas>"; img.add_header("Content-Disposition", "inline", filename="nauryz.png")
    rel.attach(img)
    headers(rel, addr("Түлкібас ауданы әкімінің аппараты", "akimat@tulkibas.turkistan.gov.kz"), CENTRE,
            "Наурыз мейрамымен құттықтаймыз!", "Fri, 19 Mar 2027 10:00:00 +0500", "<nauryz2027.55@tulkibas.turkistan.gov.kz>")
    write_msg(n, rel)
    key(n, [body_other("kk")])
    ctx(n, ag, [S("00902044", "Выдача справки о наличии личного подсобного хозяйства")], "information",
        L("ЕКЦ-2027/196", "2027-02-12", "О представлении информации по форме приложения 1"),
        "Nauryz greeting from the akim (HTML with an inline picture): pleasant but no information; the form is still awaited.")

# g02 New Year greeting in Russian from a department, Outlook HTML, windows-1251
def g02():
    n = "g02-new-year-ru-1251.eml"
    ag = AG["zko_zher"]
    html = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=windows-1251'></head><body>"
            "<p class=MsoNormal><span style='font-size:14pt;color:#1F4E79'>Уважаемые коллеги!</span></p>"
            "<p class=MsoNormal>От имени коллектива Управления земельных отношений Западно-Казахстанской области поздравляем вас "
            "с наступающим Новым 2027 годом!</p><p class=MsoNormal>Благодарим за совместную работу по консультированию граждан в уходящем году. "
            "Желаем крепкого здоровья, мира, добра и новых успехов!</p>"
            "<p class=MsoNormal>С уважением,<br>руководитель управления<br>Габдуллин Марат Ерланович</p>"
            "<p class=MsoNormal style='color:gray;font-size:8pt'>Данное сообщение и вложения к нему конфиденциальны и предназначены "
            "исключительно для адресата. Если вы получили его по ошибке, сообщите отправителю и удалите сообщение.</p></body></html>")
    m = MIMEText(html, "html", "windows-1251")
    headers(m, addr("Габдуллин Марат Ерланович", "m.gabdullin@oral-zhaik.gov.kz", "windows-1251"), CENTRE,
            "С Новым годом!", "Wed, 30 Dec 2026 17:12:00 +0500", "<000001db5a1f$3c8e2d40$b5aa87c0$@oral-zhaik.gov.kz>",
            {"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtaHzxHxQ0aW1pHQ6+9yVh0eHsTnw=="}, subj_charset="windows-1251")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00104011", "Выдача разрешения на использование земельного участка для изыскательских работ")], "consulting", None,
        "New Year greeting with a confidentiality disclaimer: no action.")

# g03 thank-you letter, PDF attached, short covering note
def g03():
    n = "g03-thanks-letter-pdf.eml"
    ag = AG["kost"]
    pdf = pdf_bytes([">>ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІНІҢ БІЛІМ БАСҚАРМАСЫ", ">>УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АКИМАТА КОСТАНАЙСКОЙ ОБЛАСТИ", "",
                     "Исх. № 01-08/1290 от 12.04.2027", "", ">>**БЛАГОДАРСТВЕННОЕ ПИСЬМО", "",
                     "Управление образования акимата Костанайской области выражает искреннюю благодарность",
                     "коллективу Единого контакт-центра и лично операторам Сарсенбаевой Айжан и Ким Екатерине",
                     "за высокий профессионализм при консультировании родителей в период приёма заявлений",
                     "в первый класс в 2027 году.", "",
                     "Благодаря слаженной работе число повторных обращений в управление сократилось почти вдвое.", "",
                     "Руководитель управления                                  Д. Омаров"])
    m = MIMEMultipart("mixed")
    m.attach(MIMEText("Добрый день! Направляем благодарственное письмо. Оригинал отправлен почтой.\nПриёмная УО, 8 (7142) 50-17-33\n", "plain", "utf-8"))
    attach_file(m, "blagodarstvennoe_pismo.pdf", pdf, *PDF_T)
    headers(m, addr("Приемная Управления образования", "uo@kostanay-bilim.gov.kz"), CENTRE,
            "Благодарственное письмо", "Mon, 12 Apr 2027 15:40:12 +0500", "<d1e4b6c0-thanks@kostanay-bilim.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru"), part_other("blagodarstvennoe_pismo.pdf")])
    ctx(n, ag, [S("00402017", "Прием документов в организации дополнительного образования для детей")], "consulting", None,
        "Thank-you letter naming our operators (not agency staff): no case change; pass to management.")

# g04 civil servants' day greeting, bilingual .txt
def g04():
    n = "g04-civil-servant-day.txt"
    ag = AG["ekib"]
    text = ("Құрметті әріптестер!\r\nУважаемые коллеги!\r\n\r\n"
            "Сіздерді Мемлекеттік қызметшілер күнімен құттықтаймыз!\r\n"
            "Поздравляем вас с Днём государственного служащего!\r\n\r\n"
            "Ваш ежедневный труд по разъяснению гражданам порядка получения государственных услуг делает государство ближе к людям. "
            "Желаем профессиональных успехов, терпения и благодарных собеседников на линии 1414.\r\n\r\n"
            "Екібастұз қаласының әкімдігі / Акимат города Экибастуза\r\n23.06.2027\r\n")
    write_bytes(n, text.encode("utf-8-sig"))
    key(n, [{"part": n, "kind": "other"}])
    ctx(n, ag, [S("00601044", "Выдача решения на изменение целевого назначения помещений")], "protocol", None,
        "Greeting for the Day of civil servants (UTF-8 with BOM, CRLF, bilingual): no case change; the protocol is still awaited.")

# ============================ QUESTIONS BACK ABOUT OUR REQUEST ============================
# q01 "уточните, пожалуйста, форму" - Word or Excel, signed or not
def q01():
    n = "q01-clarify-form.eml"
    ag = AG["ast_arch"]
    body = ("Добрый день!\n\nВ ответ на ваш запрос исх. № ЕКЦ-2027/177 от 08.02.2027 уточните, пожалуйста, форму представления информации: "
            "заполнять приложение 1 в Word или можно в Excel? И нужно ли подписывать ЭЦП руководителя или достаточно отправить "
            "с почты ответственного лица?\n\nТакже в графе 4 «Стандарт государственной услуги» указывать приказ Министра "
            "или ссылку на Әділет?\n\nЗаранее спасибо.\n\n--\nс ув., Беркимбаева Айнур\nотдел разрешительных документов\n"
            "Управление архитектуры и градостроительства г. Астаны\nтел.: 8 (7172) 55-67-20 (вн. 114)\n\n"
            "> От: info@ekc.gov.kz\n> Дата: 08.02.2027 11:03\n> Тема: Запрос о представлении информации (ЕКЦ-2027/177)\n>\n"
            "> " + REQ_RU + "\n> Услуга: 00605038 «Выдача архитектурно-планировочного задания».\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Беркимбаева Айнур", "a.berkimbaeva@astana-qala.gov.kz"), CENTRE,
            "Re: Запрос о представлении информации (ЕКЦ-2027/177)", "Wed, 10 Feb 2027 09:27:51 +0500",
            "<a21e4f80-0d4b-11ef-9b7d@astana-qala.gov.kz>",
            {"In-Reply-To": "<ekc-2027-177@ekc.gov.kz>", "References": "<ekc-2027-177@ekc.gov.kz>",
             "User-Agent": "Mozilla Thunderbird 115.6"})
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00605038", "Выдача архитектурно-планировочного задания")], "information",
        L("ЕКЦ-2027/177", "2027-02-08", "Запрос о представлении информации"),
        "Question back about the form (Word/Excel, signature, column 4): operator answers; the information is still awaited and the deadline runs.")

# q02 registry number not found, which service? (Kazakh and Russian mix)
def q02():
    n = "q02-which-service.eml"
    ag = AG["zhetysu"]
    html = ("<div>Сәлеметсіз бе!</div><div><br></div><div>Сіздердің хатыңызда көрсетілген 00904072 нөмірлі қызмет мемлекеттік "
            "көрсетілетін қызметтер тізілімінде табылмады. Қай қызмет туралы сөз болып тұрғанын нақтылауыңызды сұраймыз.</div>"
            "<div><br></div><div>Здравствуйте! Услуга с номером 00904072, указанная в вашем письме, в реестре не найдена. "
            "Возможно, имелась в виду 00904027 «Выдача справки о месте проживания в сельском округе»? Просим уточнить, "
            "после чего назначим ответственного.</div><div><br></div><div>Ермекова Динара<br>Панфилов ауданы әкімінің аппараты<br>"
            "8 (72831) 2-14-77</div><div><br><div class='gmail_quote'><div>пн, 1 мар. 2027 г. в 10:15, Единый контакт-центр "
            "&lt;info@ekc.gov.kz&gt;:</div><blockquote style='margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex'>"
            "Запрос о представлении информации по услуге 00904072, исх. ЕКЦ-2027/243.</blockquote></div></div>")
    m = MIMEMultipart("alternative")
    m.attach(text_part("Сәлеметсіз бе! 00904072 нөмірлі қызмет тізілімде табылмады. Услуга 00904072 в реестре не найдена, просим уточнить.\n"
                       "Ермекова Динара\n"))
    m.attach(text_part(html, "html"))
    headers(m, addr("Динара Ермекова", "d.ermekova@panfilov.zhetisu.gov.kz"), CENTRE,
            "Re: Запрос ЕКЦ-2027/243", "Tue, 2 Mar 2027 11:02:33 +0500", "<CAF=3kd9R2T@mail.panfilov.zhetisu.gov.kz>",
            {"In-Reply-To": "<ekc-2027-243@ekc.gov.kz>", "References": "<ekc-2027-243@ekc.gov.kz>"})
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("00904072", "Выдача справки о месте проживания в сельском округе")], "appointment",
        L("ЕКЦ-2027/243", "2027-03-01", "Запрос о представлении информации"),
        "The akimat cannot find the registry number and asks which service: operator checks the number; no appointment yet.")

# q03 asks for an extension of the deadline (official letter in DOCX)
def q03():
    n = "q03-extension-request.eml"
    ag = AG["kzo"]
    doc = docx_bytes([("ҚЫЗЫЛОРДА ОБЛЫСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ", "c"), ("УПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ КЫЗЫЛОРДИНСКОЙ ОБЛАСТИ", "c"),
                      "120003, г. Кызылорда, ул. Желтоксан, 2",
                      "02-09/775 от 21.01.2027",
                      ("Единый контакт-центр", "r"),
                      "На № ЕКЦ-2027/140 от 18.01.2027",
                      "Управление здравоохранения Кызылординской области, рассмотрев Ваш запрос о представлении информации по государственным "
                      "услугам 01305022 и 01305031, сообщает следующее.",
                      "В настоящее время в управлении проводятся организационно-штатные мероприятия; сотрудник, курирующий вопросы "
                      "лицензирования, будет определён после утверждения новой структуры (ориентировочно до 5 февраля 2027 года).",
                      "В связи с изложенным просим продлить срок назначения ответственного лица и представления информации до 10 февраля 2027 года.",
                      "Заместитель руководителя                                   А. Жұбанышев",
                      "Исп. Тоқтарова Г., 8 (7242) 40-12-93"])
    m = MIMEMultipart("mixed")
    m.attach(MIMEText("Направляем письмо управления. Оригинал в ЕСЭДО.\n\nКанцелярия УЗ КО\n", "plain", "utf-8"))
    attach_file(m, "02-09-775.docx", doc, *DOCX_T)
    headers(m, addr("Канцелярия УЗ Кызылординской области", "densaulyk@kyzylorda-obl.gov.kz"), CENTRE,
            "Ответ на ЕКЦ-2027/140 (о продлении срока)", "Thu, 21 Jan 2027 17:05:09 +0500", "<kanc.0209.775@kyzylorda-obl.gov.kz>",
            {"In-Reply-To": "<ekc-2027-140@ekc.gov.kz>"})
    write_msg(n, m)
    key(n, [body_other("ru"), {"part": "02-09-775.docx", "kind": "other", "language": "ru"}])
    ctx(n, ag, [S("01305022", "Выдача лицензии на фармацевтическую деятельность"),
                S("01305031", "Аттестация на профессиональную компетентность в области здравоохранения")], "appointment",
        L("ЕКЦ-2027/140", "2027-01-18", "Запрос о предоставлении информации о государственной услуге"),
        "Request to extend the deadline (no person named, no refusal): operator decides; the appointment is still awaited.")

# q04 Kazakh question about the training: who signs the protocol, can it be online
def q04():
    n = "q04-training-question-kk.eml"
    ag = AG["aktobe_vet"]
    body = ("Қайырлы күн!\n\n"
            "00208014 «Жануарға ветеринариялық паспорт беру» қызметі бойынша оқытуға қатысты бірнеше сұрақ бар:\n"
            "1) Оқытуды онлайн (Zoom) өткізуге бола ма, әлде сіздердің кеңсеңізге келу керек пе?\n"
            "2) Хаттамаға біз тараптан кім қол қояды – басқарма басшысы ма, әлде жауапты тұлғаның өзі ме?\n"
            "3) Хаттаманың үлгісін жіберіп жібере аласыздар ма?\n\n"
            "Оқытуды 25 ақпанға жоспарлап отырмыз.\n\n"
            "Құрметпен,\nНұрпейісова Ақбота Серікқызы\nАқтөбе облысының ветеринария басқармасы\n+7 (7132) 54-88-10\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Нұрпейісова Ақбота", "a.nurpeisova@aktobe-mal.gov.kz"), CENTRE,
            "Оқыту және хаттама туралы сұрақ", "Thu, 11 Feb 2027 10:45:00 +0500", "<q-train-0211@aktobe-mal.gov.kz>",
            {"In-Reply-To": "<ekc-q-2027-190@ekc.gov.kz>"})
    write_msg(n, m)
    key(n, [body_other("kk")])
    ctx(n, ag, [S("00208014", "Выдача ветеринарного паспорта на животное")], "protocol",
        L("ЕКЦ-2027/190", "2027-02-10", "Перечень вопросов к обучению"),
        "Kazakh questions about how to hold the training and who signs the protocol: no protocol yet; operator answers.")

# q05 'maybe the request should go to district akimats?' - a question, not a refusal
def q05():
    n = "q05-competence-question.eml"
    ag = AG["sko_eco"]
    body = ("Здравствуйте!\n\nПолучили Ваш запрос № ЕКЦ-2027/266 от 05.03.2027 по услуге 00302019 «Выдача разрешения на специальное "
            "водопользование».\nХотели бы уточнить: в нашей области часть заявлений по этой услуге с 2026 года принимают также "
            "районные отделы (после передачи полномочий). Информацию направлять только от управления или районы тоже должны "
            "заполнить приложение 1 каждый за себя? Если от управления — укажем сводно.\n\nОтветьте, пожалуйста, до пятницы, "
            "чтобы мы уложились в срок.\n\nВеснина Ольга Геннадьевна\nглавный специалист\nУправление природных ресурсов и регулирования "
            "природопользования СКО\nт. 8 (7152) 46-30-75\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Веснина Ольга Геннадьевна", "o.vesnina@petropavl-obl.gov.kz"), CENTRE,
            "RE: Запрос № ЕКЦ-2027/266", "Tue, 9 Mar 2027 15:20:44 +0600", "<VE1P189MB0.1A2B@petropavl-obl.gov.kz>",
            {"In-Reply-To": "<ekc-2027-266@ekc.gov.kz>", "References": "<ekc-2027-266@ekc.gov.kz>"})
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00302019", "Выдача разрешения на специальное водопользование")], "information",
        L("ЕКЦ-2027/266", "2027-03-05", "Запрос о представлении информации"),
        "Question about who should fill the form (department or districts): not a refusal as not competent; the information is still awaited.")

# q06 what to write in column 6 if nothing changed; short webmail message
def q06():
    n = "q06-column6-question.eml"
    ag = AG["ulytau"]
    html = ("<p>Добрый день!</p><p>Заполняем форму по услуге 00807003. Вопрос: в графе 6 «Изменения нормативных правовых актов» что указывать, "
            "если изменений не было? Ставить прочерк или «нет»? И в графе 8 писать только ответственного или ещё исполнителя?</p>"
            "<p>Жакупов Самат<br>Управление ПТиАД области Ұлытау</p>")
    m = MIMEText(html, "html", "utf-8")
    headers(m, addr("Жакупов Самат", "s.zhakupov@ulytau-obl.gov.kz"), CENTRE, "вопрос по форме",
            "Fri, 22 Jan 2027 16:58:03 +0500", "<1737547083.331.webmail@ulytau-obl.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00807003", "Выдача разрешения на регулярные автомобильные перевозки пассажиров по межрайонным маршрутам")], "information",
        L("ЕКЦ-2027/131", "2027-01-15", "Запрос о представлении информации"),
        "Question on how to fill columns 6 and 8, no thread headers: operator answers; the form is still awaited.")

for f in (g01, g02, g03, g04, q01, q02, q03, q04, q05, q06):
    f()
# ============================ COMPLAINTS FORWARDED ============================
# c01 akimat forwards a citizen's complaint (DOCX) "для сведения"
def c01():
    n = "c01-forwarded-complaint-docx.eml"
    ag = AG["semey"]
    note = ("Уважаемые коллеги!\n\nНаправляем для сведения копию обращения гражданина Тулеуова Е.К., поступившего в отдел "
            "через блог акима. В обращении упоминается консультация, полученная по номеру 1414. Ответ заявителю будет дан отделом "
            "в установленный срок.\n\nОтдел жилищных отношений г. Семей\nБеков Талгат Кенесович, 8 (7222) 52-40-19\n")
    doc = docx_bytes([("Акиму города Семей", "r"), ("от Тулеуова Ержана Кайратовича,", "r"),
                      ("г. Семей, ул. Шакарима, 117, кв. 42, тел. 8 705 311 28 64", "r"),
                      ("ЖАЛОБА", "bc"),
                      "Я стою в очереди на жильё с 2019 года. В январе позвонил на номер 1414, мне сказали, что справку о постановке "
                      "на учёт можно получить через eGov за один день. Через eGov заявку отклонили, в ЦОНе сказали идти в отдел, "
                      "в отделе сказали, что справки выдают только по средам. Прошу разобраться, кто прав, и наказать виновных.",
                      "Также прошу сообщить мой номер в очереди.",
                      "12.02.2027                                    Тулеуов Е.К."])
    m = MIMEMultipart("mixed"); m.attach(MIMEText(note, "plain", "utf-8"))
    attach_file(m, "Жалоба_Тулеуов.docx", doc, *DOCX_T)
    headers(m, addr("Беков Талгат", "t.bekov@semey.abai.gov.kz"), CENTRE, "Fw: обращение Тулеуова Е.К. (для сведения)",
            "Tue, 16 Feb 2027 12:30:00 +0600", "<fw-tuleuov-0216@semey.abai.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru"), part_other("Жалоба_Тулеуов.docx", "ru")])
    ctx(n, ag, [S("00603018", "Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда")], "information",
        L("ЕКЦ-2027/210", "2027-02-09", "Запрос о представлении информации"),
        "Forwarded citizen complaint mentioning our line 1414: goes to quality control of consultations; the information is still awaited.")

# c02 citizen writes to the centre's address directly, gmail, no capitals, typos
def c02():
    n = "c02-citizen-complaint-direct.eml"
    ag = AG["minfin_kgd"]
    body = ("здравствуйте\n\nпишу уже третий раз!!! звонила вам на 1414, оператор сказала что уведомление по налогу на имущество "
            "придёт до 1 июля, а мне пришла пеня. в департаменте госдоходов говорят что оператор ошиблась. кто будет платить пеню?? "
            "прошу дать письменный ответ\n\nАлимбетова Жанар\nг. Тараз\n87014423190\n\nОтправлено с моего Galaxy")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Жанар Алимбетова", "zhanar.alimbetova88@gmail.com"), CENTRE, "ЖАЛОБА на оператора",
            "Sat, 20 Mar 2027 22:14:51 +0500", "<CAH+9xT2q8wLm@mail.gmail.com>")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00401055", "Прием налоговой отчетности")], "consulting", None,
        "A citizen's complaint about our operator, sent directly: goes to the complaints desk (Appendix 2 report), not to any case.")

# c03 ministry forwards a complaint in Kazakh with a PDF scan-like letter
def c03():
    n = "c03-forwarded-complaint-kk-pdf.eml"
    ag = AG["mvd_mp"]
    pdf = pdf_bytes([">>Қазақстан Республикасы Ішкі істер министрлігіне", "", "Азамат Оразбаев Ғалымжан Мұхтарұлынан",
                     "Алматы облысы, Қонаев қ., Абай к-сі, 5", "", ">>**ШАҒЫМ", "",
                     "Мен шетелдік жұбайыма уақытша тұруға рұқсат алу үшін 1414 нөміріне хабарластым.",
                     "Оператор құжаттардың тізімін толық айтпады, сондықтан өтінішім қайтарылды.",
                     "Осы мәселені қарап, дұрыс ақпарат беруді сұраймын.", "", "2027 ж. 3 наурыз          Оразбаев Ғ.М."])
    body = ("Бірыңғай байланыс орталығына\n\nАзамат Ғ.М. Оразбаевтың шағымы мәлімет үшін жолданады. Шағымда байланыс орталығы "
            "операторының кеңесі туралы айтылған. Өтініш берушіге жауапты Департамент береді.\n\n"
            "Көші-қон қызметі департаменті\nбайланыс: 8 (7172) 71-54-30\n")
    m = MIMEMultipart("mixed"); m.attach(MIMEText(body, "plain", "utf-8"))
    attach_file(m, "shagym_Orazbaev.pdf", pdf, *PDF_T)
    headers(m, addr("Көші-қон қызметі департаменті", "migr@mvd-kz.gov.kz"), CENTRE, "Шағымды жолдау туралы (мәлімет үшін)",
            "Fri, 5 Mar 2027 10:10:10 +0500", "<zhol-shagym-0305@mvd-kz.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("kk"), part_other("shagym_Orazbaev.pdf", "kk")])
    ctx(n, ag, [S("01504002", "Выдача разрешения на временное проживание иностранцам и лицам без гражданства")], "appointment",
        L("ЕКЦ-2027/158", "2027-02-01", "Запрос о представлении информации"),
        "Kazakh forwarding of a citizen complaint (PDF): for the quality desk; the appointment for the case is still awaited.")

# ============================ SPAM / PHISHING ============================
def s01():
    n = "s01-phishing-mailbox-quota.eml"
    ag = AG["mcri"]
    html = ("<div style='font-family:Tahoma'><p><b>Уважаемый пользователь info@ekc.gov.kz</b></p>"
            "<p>Ваш почтовый ящик превысил лимит хранения 99,8%. Входящие письма от госорганов будут <span style='color:red'>отклонены</span> "
            "через 24 часа.</p><p>Для подтверждения учётной записи и увеличения квоты нажмите ниже:</p>"
            "<p><a href='http://ekc-gov-kz.mail-verify.top/owa/auth.php?u=info@ekc.gov.kz' style='background:#0078d4;color:#fff;padding:8px'>ПОДТВЕРДИТЬ</a></p>"
            "<p>Служба технической поддержки<br>© 2027 Microsoft Outlook Web App</p></div>")
    m = MIMEText(html, "html", "utf-8")
    headers(m, addr("Администратор почты gov.kz", "support@gov-kz-mail.com"), CENTRE,
            "ВНИМАНИЕ: почтовый ящик будет заблокирован", "Mon, 1 Mar 2027 02:13:44 +0300", "<20270301021344.A81C@gov-kz-mail.com>",
            {"Reply-To": "verify@mail-verify.top", "X-Priority": "1"})
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("01203005", "Регистрация доменного имени в пространстве .kz для государственных органов")], "protocol", None,
        "Phishing (quota warning with a credentials link): quarantine and report to IT security; no case.")

def s02():
    n = "s02-phishing-tax-html-attachment.eml"
    ag = AG["minfin_kgd"]
    body = ("Уважаемый налогоплательщик!\n\nВ отношении вашей организации сформировано уведомление об устранении нарушений "
            "№ 11-7/30441 на сумму 1 284 560 тенге. Для ознакомления откройте вложение.\nНеявка в течение 3 дней влечёт "
            "приостановление расходных операций по банковским счетам.\n\nКомитет государственных доходов\n")
    att = ("<html><body onload=\"location.href='http://kgd-notice.online/login?id=ekc'\"><p>Загрузка документа...</p></body></html>")
    m = MIMEMultipart("mixed"); m.attach(MIMEText(body, "plain", "utf-8"))
    attach_file(m, "Uvedomlenie_11-7_30441.html", att.encode("utf-8"), "text", "html")
    headers(m, addr("Комитет государственных доходов", "notice@kgd-minfin-gov.kz.ru"), CENTRE,
            "Уведомление об устранении нарушений № 11-7/30441", "Thu, 25 Feb 2027 09:00:01 +0300", "<kgd30441@kgd-minfin-gov.kz.ru>")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00401055", "Прием налоговой отчетности")], "consulting", None,
        "Phishing that imitates the tax committee, with an HTML redirect attachment: quarantine; not from the agency of the case.")

def s03():
    n = "s03-spam-1251-mislabelled.eml"
    ag = AG["ekib"]
    text = ("ТОЛЬКО ДО КОНЦА МЕСЯЦА!\r\n\r\nБазы данных всех организаций Казахстана 2027 (e-mail, телефоны руководителей, БИН) — "
            "более 480 000 записей.\r\nРассылки по госорганам, ЦОНам, акиматам. Гарантия доставки 98%.\r\n\r\n"
            "Цена: 25 000 тг. Пишите в Telegram @kz_bazy_2027\r\n")
    raw = ("From: " + Header("Базы данных", "windows-1251").encode() + " <baza2027@mail-kz-baza.ru>\r\nTo: info@ekc.gov.kz\r\n"
           "Subject: " + Header("Базы данных для вашей рассылки", "windows-1251").encode() + "\r\n"
           "Date: Sun, 14 Feb 2027 06:06:06 +0300\r\nMessage-ID: <5f0c.baza@mail-kz-baza.ru>\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode("ascii") + text.encode("cp1251")
    write_bytes(n, raw)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00601044", "Выдача решения на изменение целевого назначения помещений")], "protocol", None,
        "Spam whose windows-1251 body is labelled iso-8859-1: junk; no case.")

def s04():
    n = "s04-phishing-eds-renewal.eml"
    ag = AG["mcri"]
    body = ("Құрметті пайдаланушы! Уважаемый пользователь!\n\n"
            "Срок действия регистрационного свидетельства ЭЦП вашей организации истекает 28.02.2027. Для бесплатного перевыпуска "
            "без посещения ЦОН установите обновление NCALayer по ссылке: https://pki-gov-kz.app/ncalayer_update.exe\n"
            "ЭЦП мерзімі 28.02.2027 аяқталады. Жаңарту сілтемесі жоғарыда.\n\nНациональный удостоверяющий центр РК\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("НУЦ РК", "noreply@pki-gov-kz.app"), CENTRE, "Срок действия ЭЦП истекает / ЭЦП мерзімі аяқталады",
            "Tue, 23 Feb 2027 13:31:00 +0500", "<nuc-renew-77812@pki-gov-kz.app>")
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("01203005", "Регистрация доменного имени в пространстве .kz для государственных органов")], "protocol", None,
        "Bilingual phishing imitating the national certification authority (link to an .exe): quarantine; no case.")

# ============================ COMMERCIAL OFFERS ============================
def o01():
    n = "o01-offer-callcentre-software.eml"
    ag = AG["almaty_sport"]
    pdf = pdf_bytes([">>**ТОО «Qazaq Contact Solutions»", ">>Коммерческое предложение № КП-27/014 от 18.01.2027", "",
                     "Кому: Единый контакт-центр", "", "Предлагаем внедрение омниканальной платформы QCS Omni:",
                     "• IP-телефония до 300 операторов, IVR на казахском и русском;", "• база знаний по стандартам госуслуг с версиями;",
                     "• автоматический разбор писем госорганов и учёт сроков по Правилам взаимодействия;",
                     "• речевая аналитика, отчёт по форме приложения 2.", "", "Стоимость лицензии: 38 500 000 тенге, внедрение 4 месяца.",
                     "Срок действия предложения: до 31.03.2027.", "", "Менеджер: Абенов Тимур, +7 777 402 11 35, t.abenov@qcs.kz"])
    body = ("Добрый день!\n\nПредлагаем рассмотреть наше коммерческое предложение на внедрение платформы для контакт-центра. "
            "Готовы провести демонстрацию и бесплатное обучение операторов в удобное для вас время.\n\n"
            "С уважением,\nТимур Абенов\nменеджер по работе с госсектором\nТОО «Qazaq Contact Solutions»\n+7 777 402 11 35\n")
    m = MIMEMultipart("mixed"); m.attach(MIMEText(body, "plain", "utf-8"))
    attach_file(m, "КП_QCS_Omni_ЕКЦ.pdf", pdf, *PDF_T)
    headers(m, addr("Тимур Абенов", "t.abenov@qcs.kz"), CENTRE, "Коммерческое предложение: платформа для контакт-центра",
            "Mon, 18 Jan 2027 11:11:00 +0500", "<offer-kp27014@qcs.kz>")
    write_msg(n, m)
    key(n, [body_other("ru"), part_other("КП_QCS_Omni_ЕКЦ.pdf", "ru")])
    ctx(n, ag, [S("01001042", "Присвоение спортивных разрядов: кандидат в мастера спорта и спортсмен 1 разряда")], "protocol", None,
        "Commercial offer mentioning 'обучение операторов' and the interaction Rules: to procurement; no case.")

def o02():
    n = "o02-offer-headsets-xlsx.eml"
    ag = AG["pvl"]
    x = xlsx_bytes([("Прайс", [["Артикул", "Наименование", "Цена, тг", "Наличие"],
                              ["HS-210", "Гарнитура моно, USB, шумоподавление", 18900, "в наличии"],
                              ["HS-320D", "Гарнитура стерео, DECT, беспроводная", 64500, "под заказ 10 дней"],
                              ["AMP-1", "Усилитель для гарнитуры", 12300, "в наличии"],
                              ["", "Скидка при заказе от 50 шт. — 12%", None, ""]])])
    html = ("<p>Здравствуйте!</p><p>Компания «ГарнитураПро» предлагает профессиональные гарнитуры для операторов контакт-центров. "
            "Прайс-лист во вложении, цены действительны до 28 февраля.</p><p>Айгуль, +7 (727) 355-01-22</p>")
    m = MIMEMultipart("mixed"); m.attach(MIMEText(html, "html", "utf-8"))
    attach_file(m, "Прайс_гарнитуры_февраль.xlsx", x, *XLSX_T)
    headers(m, addr("ГарнитураПро", "sales@garnitura-pro.kz"), CENTRE, "Гарнитуры для операторов — спеццены для госорганов",
            "Wed, 3 Feb 2027 10:00:00 +0500", "<sales.0203.9931@garnitura-pro.kz>")
    write_msg(n, m)
    key(n, [body_other("ru"), part_other("Прайс_гарнитуры_февраль.xlsx")])
    ctx(n, ag, [S("00715009", "Субсидирование ставки вознаграждения по кредитам субъектов частного предпринимательства")], "protocol", None,
        "Price list for headsets (XLSX table, not a form): no case.")

def o03():
    n = "o03-offer-operator-course.docx"
    ag = AG["shymkent_sk"]
    data = docx_bytes([("ЧУ «Академия сервиса Даму»", "bc"), "г. Шымкент, ул. Байтурсынова, 44/1, тел. +7 (7252) 98-00-15",
                       ("Руководителю Единого контакт-центра", "r"),
                       ("Коммерческое предложение", "bc"),
                       "Предлагаем курс повышения квалификации «Обучение операторов первой линии: консультирование по государственным услугам» "
                       "(72 часа, удостоверение установленного образца).",
                       "По итогам обучения составляется протокол аттестации слушателей.",
                       "Стоимость обучения одного слушателя — 95 000 тенге; группа от 10 человек — 80 000 тенге."],
                      [[["Модуль", "Часы"], ["Нормативная база госуслуг", "16"], ["Речевые скрипты и этика", "24"],
                        ["Работа с конфликтными обращениями", "20"], ["Аттестация", "12"]]],
                      ["Директор                                   Р. Абдуллаев", "Контакт: Юлдашева Мафтуна, +7 701 640 55 17"])
    write_bytes(n, data)
    key(n, [{"part": n, "kind": "other", "language": "ru"}])
    ctx(n, ag, [S("00502008", "Оформление документов на инвалидов для предоставления специальных социальных услуг")], "consulting", None,
        "Commercial offer of an operator course that mentions a 'протокол аттестации': not a training protocol of p.8; no case.")

for f in (c01, c02, c03, s01, s02, s03, s04, o01, o02, o03):
    f()
# ============================ LETTERS MEANT FOR ANOTHER ORGANISATION ============================
# m01 meant for the CSC branch (citizen's documents), sent to us
def m01():
    n = "m01-misdirected-to-cso.eml"
    ag = AG["ast_arch"]
    body = ("Филиалу НАО «Государственная корпорация «Правительство для граждан» по городу Астане\n\n"
            "Управление архитектуры и градостроительства города Астаны возвращает пакет документов заявителя ТОО «Нұр-Құрылыс Инвест» "
            "(вх. ЦОН № 0127/5512 от 27.01.2027) по услуге «Выдача архитектурно-планировочного задания» в связи с отсутствием "
            "топографической съёмки. Просим уведомить заявителя.\n\n"
            "Руководитель отдела Искаков Н.Б.\nИсп. Беркимбаева А., 55-67-20\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Беркимбаева Айнур", "a.berkimbaeva@astana-qala.gov.kz"), CENTRE,
            "Возврат пакета документов ТОО «Нұр-Құрылыс Инвест»", "Mon, 15 Feb 2027 15:45:00 +0500", "<ret-5512@astana-qala.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00605038", "Выдача архитектурно-планировочного задания")], "information",
        L("ЕКЦ-2027/177", "2027-02-08", "Запрос о представлении информации"),
        "Letter addressed to the CSC branch about a returned application, sent to us by mistake: tell the sender; the information is still awaited.")

# m02 addressed to the Justice department (notary licence), Kazakh, DOCX only
def m02():
    n = "m02-misdirected-justice-kk.eml"
    ag = AG["zhetysu"]
    doc = docx_bytes([("ЖЕТІСУ ОБЛЫСЫ ПАНФИЛОВ АУДАНЫ ӘКІМІНІҢ АППАРАТЫ", "c"), "2027 жылғы 15 наурыз № 02-14/318",
                      ("Жетісу облысының Әділет департаментіне", "r"),
                      "Панфилов ауданы әкімінің аппараты Жаркент қаласындағы нотариустың орнын ауыстыру туралы өтінішті қарау нәтижесін "
                      "хабарлауды сұрайды. Аудан тұрғындарынан осы мәселе бойынша 14 өтініш түсті.",
                      "Аппарат басшысы                                   Қ. Мұқашев",
                      "Орынд.: Ермекова Д., 8 (72831) 2-14-77"])
    m = MIMEMultipart("mixed"); m.attach(MIMEText("Хат қоса берілді.\n", "plain", "utf-8"))
    attach_file(m, "02-14-318.docx", doc, *DOCX_T)
    headers(m, addr("Динара Ермекова", "d.ermekova@panfilov.zhetisu.gov.kz"), CENTRE, "Хат 02-14/318",
            "Mon, 15 Mar 2027 12:00:00 +0500", "<CAF=9q2m@mail.panfilov.zhetisu.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("kk"), part_other("02-14-318.docx", "kk")])
    ctx(n, ag, [S("00904027", "Выдача справки о месте проживания в сельском округе")], "additional_answer",
        L("ЕКЦ-2027/274", "2027-03-09", "Қосымша ақпарат беру туралы"),
        "Kazakh letter addressed to the regional Justice department, sent to us: not the additional answer; notify the sender.")

# m03 a genuine responsible-person replacement, but addressed to the State Corporation (CSC), not to us
def m03():
    n = "m03-misdirected-responsible-change.eml"
    ag = AG["aktobe_vet"]
    body = ("НАО «Государственная корпорация «Правительство для граждан»\nфилиал по Актюбинской области\n\n"
            "Исх. № 05-02/214 от 24.02.2027\n\n"
            "Управление ветеринарии Актюбинской области сообщает, что в связи с увольнением Нурпеисова Армана Болатовича "
            "ответственным лицом за взаимодействие с филиалом по вопросам приёма документов через ЦОН по государственной услуге "
            "00208014 «Выдача ветеринарного паспорта на животное» с 22 февраля 2027 года назначена Нұрпейісова Ақбота Серікқызы, "
            "главный специалист отдела ветеринарного контроля, тел. +7 (7132) 54-88-10, a.nurpeisova@aktobe-mal.gov.kz.\n\n"
            "Руководитель управления                         С. Дүйсенбаев\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Канцелярия УВ Актюбинской области", "vet@aktobe-mal.gov.kz"), CENTRE + ", aktobe@gov4c.kz",
            "О замене ответственного лица (для филиала Госкорпорации)", "Wed, 24 Feb 2027 11:30:00 +0500", "<vet-05-02-214@aktobe-mal.gov.kz>")
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "responsible_change", "language": "ru",
             "responsible": {"full_name": "Нұрпейісова Ақбота Серікқызы", "position": "главный специалист отдела ветеринарного контроля",
                             "phone": "+77132548810", "email": "a.nurpeisova@aktobe-mal.gov.kz"},
             "previous_responsible": {"full_name": "Нурпеисов Арман Болатович"},
             "effective_date": "2027-02-22",
             "services": [{"registry_number": "00208014"}]}])
    ctx(n, ag, [S("00208014", "Выдача ветеринарного паспорта на животное")], "protocol",
        L("ЕКЦ-2027/190", "2027-02-10", "Перечень вопросов к обучению"),
        "Truly a responsible-person replacement letter, but addressed to the State Corporation branch (we are only in To by mistake) and for CSC intake, not for our correspondence: should not replace our responsible person automatically; operator decides whether to ask the agency.")

# m04 a refusal, but addressed to a university researcher, cc'd to us by mistake
def m04():
    n = "m04-misdirected-refusal.txt"
    ag = AG["kzo"]
    text = ("УПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ КЫЗЫЛОРДИНСКОЙ ОБЛАСТИ\n\nИсх. № 02-09/1187 от 11.03.2027\n\n"
            "Кызылординский университет имени Коркыт Ата\nкафедра общественного здоровья\nдоценту Ахметжановой Р.Б.\n"
            "Копия: Единый контакт-центр\n\n"
            "На Ваш запрос от 01.03.2027 о представлении обезличенных данных о выданных лицензиях на фармацевтическую деятельность "
            "с указанием адресов аптек и их владельцев сообщаем следующее.\n"
            "В представлении запрашиваемых сведений отказано, поскольку данные о владельцах аптек содержат коммерческую тайну "
            "субъектов предпринимательства.\n"
            "Сводная статистика по количеству лицензий размещена на сайте управления.\n\n"
            "Заместитель руководителя                 А. Жубанышев\nИсп. Токтарова Г., 40-12-93\n")
    write_bytes(n, text.encode("cp1251"))
    key(n, [{"part": n, "kind": "refusal", "language": "ru",
             "refusal_reason": "данные о владельцах аптек содержат коммерческую тайну субъектов предпринимательства",
             "refusal_ground": "commercial_secret"}])
    ctx(n, ag, [S("01305022", "Выдача лицензии на фармацевтическую деятельность")], "consulting", None,
        "Truly a refusal, but to a university's request, copied to us: not a refusal to the contact centre; must not count towards p.12 escalation. (cp1251 text file)")

# ============================ MEETING ANNOUNCEMENTS ============================
def e01():
    n = "e01-meeting-teams-ru.eml"
    ag = AG["karaganda_akim"]
    html = ("<p>Уважаемые коллеги!</p><p>25 февраля 2027 года в 15:00 под председательством заместителя акима области "
            "состоится совещание по вопросам качества оказания государственных услуг по итогам 2026 года.</p>"
            "<p>Приглашаются: руководители управлений, представители филиала Госкорпорации, Единого контакт-центра.</p>"
            "<p>Формат: Microsoft Teams. <a href='https://teams.microsoft.com/l/meetup-join/19%3ameeting_kar2502'>Присоединиться к собранию</a><br>"
            "Идентификатор: 318 442 905 71, секретный код: Qk7pLa</p><p>Просим подключиться за 10 минут.</p>"
            "<p>Отдел по контролю за качеством оказания госуслуг<br>тел. 8 (7212) 41-07-66</p>")
    m = MIMEText(html, "html", "utf-8")
    headers(m, addr("Отдел контроля качества госуслуг", "kanc@karaganda-akimat.gov.kz"), CENTRE,
            "Совещание 25.02.2027 в 15:00 (Teams)", "Mon, 22 Feb 2027 18:00:00 +0500", "<meet-2502@karaganda-akimat.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00902061", "Выдача архивных справок по документам аппарата акима области")], "appointment",
        L("ЕКЦ-2027/205", "2027-02-15", "Запрос о представлении информации"),
        "Meeting announcement from the akimat whose appointment we await: not the appointment; deadline keeps running.")

def e02():
    n = "e02-selector-agenda-docx.eml"
    ag = AG["mcri"]
    doc = docx_bytes([("КҮН ТӘРТІБІ / ПОВЕСТКА ДНЯ", "bc"),
                      "селекторлық кеңес / селекторного совещания",
                      "2027 жылғы 4 наурыз, 10:00 / 4 марта 2027 года, 10:00",
                      "Астана қ., «Министрліктер үйі», 2-кіреберіс, 405 каб."],
                     [[["№", "Мәселе / Вопрос", "Баяндамашы / Докладчик"],
                       ["1", "О переходе на проактивный формат оказания услуг", "Вице-министр Сәрсенов Д.Қ."],
                       ["2", "Бірыңғай байланыс орталығының 2026 жылғы жұмысы туралы / О работе ЕКЦ за 2026 год", "Руководитель ЕКЦ"],
                       ["3", "Разное", "—"]]])
    body = ("Құрметті әріптестер!\nКеңестің күн тәртібін жолдаймыз. ЕКЦ просим подготовить доклад по вопросу 2 (до 5 минут).\n\n"
            "Мемлекеттік қызметтер департаменті\n")
    m = MIMEMultipart("mixed"); m.attach(MIMEText(body, "plain", "utf-8"))
    attach_file(m, "Повестка_04.03.2027.docx", doc, *DOCX_T)
    headers(m, addr("Департамент госуслуг МЦРИАП", "kanc@digital-min.gov.kz"), CENTRE, "Селектор 04.03.2027 – күн тәртібі / повестка",
            "Tue, 2 Mar 2027 17:45:00 +0500", "<sel-0403-agenda@digital-min.gov.kz>")
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}, {"part": "Повестка_04.03.2027.docx", "kind": "other"}])
    ctx(n, ag, [S("01203005", "Регистрация доменного имени в пространстве .kz для государственных органов")], "protocol",
        L("ЕКЦ-2027/233", "2027-03-05", "О проведении обучения по государственной услуге"),
        "Bilingual agenda of a selector meeting (table with speakers): not a protocol; the training protocol is still awaited.")

def e03():
    n = "e03-calendar-invite.eml"
    ag = AG["mangistau_tr"]
    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\nORGANIZER;CN=Сұлтанғалиева Айдана:mailto:a.sultangalieva@aktau-obl.gov.kz\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:info@ekc.gov.kz\r\n"
           "DTSTART:20270331T050000Z\r\nDTEND:20270331T060000Z\r\nSUMMARY:Рабочая встреча: обновление сведений по услуге 00505011\r\n"
           "LOCATION:Zoom https://zoom.us/j/8841203377\r\nUID:040000008200E00074C5B7101A82E00800000000A1B2C3D4@aktau-obl.gov.kz\r\n"
           "DESCRIPTION:Обсудим, какие сведения в карточке услуги устарели. Материалы пришлём отдельно.\r\n"
           "DTSTAMP:20270325T093000Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    m = MIMEMultipart("alternative")
    m.attach(text_part("Когда: 31 марта 2027 г. 10:00-11:00 (UTC+05:00)\nГде: Zoom https://zoom.us/j/8841203377\n\n"
                       "Обсудим, какие сведения в карточке услуги устарели. Материалы пришлём отдельно.\n"))
    cal = MIMEText(ics, "calendar", "utf-8"); cal.set_param("method", "REQUEST"); m.attach(cal)
    headers(m, addr("Сұлтанғалиева Айдана", "a.sultangalieva@aktau-obl.gov.kz"), CENTRE,
            "Приглашение: Рабочая встреча: обновление сведений по услуге 00505011", "Thu, 25 Mar 2027 14:30:00 +0500",
            "<AM0PR.invite.3103@aktau-obl.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00505011", "Регистрация лиц, ищущих работу, в качестве безработных")], "consulting", None,
        "Calendar invitation announcing that some information will change, without stating any change: not a change notice yet; operator accepts the meeting and waits for the p.6 notice.")

def e04():
    n = "e04-meeting-minutes.docx"
    ag = AG["ekib"]
    data = docx_bytes([("ПРОТОКОЛ", "bc"), ("рабочего совещания при заместителе акима города Экибастуза", "c"),
                       "г. Экибастуз                                                             17 марта 2027 года № 7",
                       "Председательствовал: заместитель акима города Нургалиев Е.С.",
                       "Присутствовали: Садыков Б. (отдел строительства), Омарова Л. (отдел ЖКХ), Ким В. (филиал Госкорпорации), "
                       "представитель Единого контакт-центра (по ВКС).",
                       ("СЛУШАЛИ:", "b"),
                       "О соблюдении сроков оказания государственных услуг в сфере жилищных отношений и о работе с обращениями граждан, "
                       "поступающими через Единый контакт-центр.",
                       ("РЕШИЛИ:", "b"),
                       "1. Отделу строительства (Садыков Б.) в срок до 24 марта 2027 года назначить ответственное лицо и направить в Единый "
                       "контакт-центр сведения по услуге 00601044 по форме приложения 1.",
                       "2. Рассмотреть возможность проведения обучения операторов ЕКЦ в апреле 2027 года.",
                       "3. Контроль за исполнением протокола возложить на аппарат акима города.",
                       "",
                       "Председатель                                             Е. Нургалиев",
                       "Секретарь                                                  А. Жумабекова"])
    write_bytes(n, data)
    key(n, [{"part": n, "kind": "other", "language": "ru"}])
    ctx(n, ag, [S("00601044", "Выдача решения на изменение целевого назначения помещений")], "appointment",
        L("ЕКЦ-2027/229", "2027-02-22", "Напоминание о назначении ответственного лица"),
        "Minutes of a meeting (titled ПРОТОКОЛ, mentions training of EKC operators and orders to appoint someone): not a training protocol nor an appointment; the appointment is still awaited.")

for f in (m01, m02, m03, m04, e01, e02, e03, e04):
    f()
# ============================ OTHER NON-REPLIES ============================
# x01 a real training protocol, re-sent for information long after consulting started
def x01():
    n = "x01-protocol-resent-duplicate.eml"
    ag = AG["almaty_sport"]
    doc = docx_bytes([("ПРОТОКОЛ", "bc"),
                      ("принятия Единым контакт-центром государственной услуги для консультирования", "c"),
                      "г. Алматы                                                              « 12 » февраля 2027 г.",
                      "Ответственное лицо Управления физической культуры и спорта города Алматы Джаксылыкова Меруерт Асылбековна провела "
                      "обучение ответственного сотрудника Единого контакт-центра Сарсенбаевой Айжан Нурлановны по вопросам оказания "
                      "государственной услуги. По итогам обучения государственная услуга принята Единым контакт-центром для консультирования."],
                     [[["№", "Номер в реестре", "Наименование государственной услуги"],
                       ["1", "01001042", "Присвоение спортивных разрядов: кандидат в мастера спорта и спортсмен 1 разряда"]]],
                     ["От Управления: ___________ Джаксылыкова М.А.", "От Единого контакт-центра: ___________ Сарсенбаева А.Н."])
    body = ("Добрый день!\n\nПо просьбе нашего юридического отдела повторно направляем для сведения скан-копию протокола от 12.02.2027 "
            "(оригинал был направлен ранее). Никаких изменений нет, отвечать не нужно.\n\n"
            "Джаксылыкова Меруерт\nУФКиС г. Алматы, 8 (727) 271-66-04\n")
    m = MIMEMultipart("mixed"); m.attach(MIMEText(body, "plain", "utf-8"))
    attach_file(m, "Протокол_01001042.docx", doc, *DOCX_T)
    headers(m, addr("Джаксылыкова Меруерт", "m.dzhaksylykova@almaty-qala.gov.kz"), CENTRE,
            "Повторно: протокол принятия услуги 01001042 (для сведения)", "Wed, 21 Apr 2027 10:02:00 +0500",
            "<resent-protocol-01001042@almaty-qala.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru"),
            {"part": "Протокол_01001042.docx", "kind": "training_protocol", "language": "ru",
             "protocol_date": "2027-02-12", "services": [{"registry_number": "01001042"}]}])
    ctx(n, ag, [S("01001042", "Присвоение спортивных разрядов: кандидат в мастера спорта и спортсмен 1 разряда")], "consulting", None,
        "Truly a training protocol, but a re-sent copy of one signed on 2027-02-12 for a service already consulted on: no new protocol event, the case stays in consulting.")

# x02 internal chatter of the agency, reply-all by mistake: someone is told to 'be' responsible (not an appointment)
def x02():
    n = "x02-internal-chatter-cc.eml"
    ag = AG["sko_eco"]
    body = ("Ольга Геннадьевна, добрый день.\nПо запросу ЕКЦ давайте пока вы будете ответственной, а там посмотрим — "
            "приказ руководитель ещё не подписал, без приказа не отправляйте им ничего официально.\n"
            "Таблицу заполним, когда районы пришлют данные.\n\nМ.Б.\n\n"
            "-----Original Message-----\nFrom: Веснина Ольга Геннадьевна\nSent: Wednesday, March 10, 2027 9:02 AM\n"
            "To: Мусин Марат Бекенович; info@ekc.gov.kz\nSubject: RE: Запрос № ЕКЦ-2027/266\n\n"
            "Марат Бекенович, кого указывать ответственным по запросу ЕКЦ?\n")
    m = MIMEText(body, "plain", "utf-8")
    headers(m, addr("Мусин Марат Бекенович", "m.musin@petropavl-obl.gov.kz"),
            addr("Веснина Ольга Геннадьевна", "o.vesnina@petropavl-obl.gov.kz") + ", " + CENTRE,
            "RE: Запрос № ЕКЦ-2027/266", "Wed, 10 Mar 2027 11:47:19 +0600", "<VE1P189MB0.7F3C@petropavl-obl.gov.kz>",
            {"In-Reply-To": "<VE1P189MB0.5D21@petropavl-obl.gov.kz>",
             "References": "<ekc-2027-266@ekc.gov.kz> <VE1P189MB0.1A2B@petropavl-obl.gov.kz> <VE1P189MB0.5D21@petropavl-obl.gov.kz>"})
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00302019", "Выдача разрешения на специальное водопользование")], "information",
        L("ЕКЦ-2027/266", "2027-03-05", "Запрос о представлении информации"),
        "Internal discussion of the agency that reached us by reply-all; explicitly not official ('без приказа не отправляйте'): no appointment or change recorded; the information is still awaited.")

# x03 mail-server test message, no body text at all but a subject
def x03():
    n = "x03-test-message.eml"
    ag = AG["ulytau"]
    m = MIMEText("test\n", "plain", "us-ascii")
    headers(m, "admin@ulytau-obl.gov.kz", CENTRE, "проверка связи / тест", "Mon, 12 Apr 2027 08:05:00 +0500",
            "<test.1807844700@ulytau-obl.gov.kz>")
    write_msg(n, m)
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [S("00807003", "Выдача разрешения на регулярные автомобильные перевозки пассажиров по межрайонным маршрутам")], "consulting", None,
        "Connectivity test from the agency's mail admin: ignore.")

# x04 quality-control authority asks for a discrepancy explanation (p.16): not from the agency of the case, not a reply
def x04():
    n = "x04-authority-discrepancy.eml"
    ag = AG["shymkent_sk"]
    html = ("<p>Единому контакт-центру</p><p>Агентство по оценке и контролю качества государственных услуг (региональное представительство по г. Шымкенту) "
            "сообщает о расхождении отчётных данных за февраль 2027 года: по сведениям Управления социального благосостояния г. Шымкента поступило "
            "12 жалоб на нарушение сроков по услуге 00502008, по аналитическому отчёту ЕКЦ — 19.</p>"
            "<p>Просим незамедлительно представить пояснительную информацию по каждому случаю расхождения.</p>"
            "<p>Главный эксперт Рахимова Ш.А., тел. 8 (7252) 53-71-20</p>")
    m = MIMEText(html, "html", "utf-8")
    headers(m, addr("Рахимова Шахноза", "sh.rakhimova@sapa-agency.gov.kz"), CENTRE,
            "О расхождении отчетных данных за февраль 2027 г.", "Thu, 11 Mar 2027 09:15:00 +0500", "<disc-0227-shym@sapa-agency.gov.kz>")
    write_msg(n, m)
    key(n, [body_other("ru")])
    ctx(n, ag, [S("00502008", "Оформление документов на инвалидов для предоставления специальных социальных услуг")], "consulting", None,
        "Discrepancy query from the quality-control authority (p.16), about this agency's service: a task for us (explain at once), not a reply of the agency; the case stage does not change.")

for f in (x01, x02, x03, x04):
    f()
