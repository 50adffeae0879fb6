"""Auto-replies, out-of-office notes, delivery and read receipts, EDMS registration notices."""
from lib import *

# ---------------------------------------------------------------- a01 ru OOO naming a stand-in
body = """Здравствуйте!

Я нахожусь в ежегодном оплачиваемом трудовом отпуске с 3 по 24 февраля 2027 года включительно, доступа к служебной почте не имею.

По вопросам оказания государственных услуг в сфере земельных отношений прошу обращаться к главному специалисту отдела Жакуповой Гульнар Кенесовне, тел. 8 (7212) 41-27-65, g.zhakupova@zemotn.karaganda.gov.kz.

С уважением,
Нуртазина Сауле Кайратовна
ГУ «Управление земельных отношений Карагандинской области»
"""
register("erz-a01-otpusk-avtootvet.eml", message([
    ("From", addr("Нуртазина Сауле Кайратовна", "s.nurtazina@zemotn.karaganda.gov.kz")),
    ("To", addr("Единый контакт-центр", EKC)),
    ("Subject", hdr("Автоматический ответ: Запрос ЕКЦ-2027/118 о предоставлении информации по государственной услуге")),
    ("Date", edate(2027, 2, 4, 9, 17)),
    ("Message-ID", "<a01.7716.ooo@zemotn.karaganda.gov.kz>"),
    ("In-Reply-To", "<ekc-2027-118@ekc.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
], text_part(body, cte="quoted-printable")),
    [key_doc("body", "ru", responsible=None)],
    ctx("zem_krg", [("00402017", "Выдача решения на изменение целевого назначения земельного участка")],
        "information", ("ЕКЦ-2027/118", "2027-02-03", "О предоставлении информации по государственной услуге"),
        "Nothing: an out-of-office auto-reply naming a stand-in for the holiday; the case keeps awaiting the Appendix 1 information."))

# ---------------------------------------------------------------- a02 kk OOO
body = """Құрметті әріптестер!

Сіздің хатыңыз алынды. Мен 2027 жылғы 10 наурызға дейін еңбек демалысындамын, электрондық поштаны тексеру мүмкіндігім шектеулі.

Шұғыл мәселелер бойынша бөлім басшысының орынбасары Серікбаев Нұрлан Асқарұлына хабарласыңыздар: 8 (7162) 25-11-40.

Құрметпен,
Динара Әбдіхалықова
Ақмола облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы
"""
register("erz-a02-demalys-avtojauap.eml", message([
    ("From", addr("Әбдіхалықова Динара", "d.abdikhalykova@enbek.akmola.gov.kz")),
    ("To", EKC),
    ("Subject", hdr("Автоматты жауап: Жауапты тұлғаны тағайындау туралы (ЕКЦ-2027/162)")),
    ("Date", edate(2027, 2, 22, 15, 40)),
    ("Message-ID", "<a02.20270222154011@enbek.akmola.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
], text_part(body)),
    [key_doc("body", "kk", responsible=None)],
    ctx("soc_akm", [("00101004", "Назначение государственной адресной социальной помощи")],
        "appointment", ("ЕКЦ-2027/162", "2027-02-22", "О назначении ответственного лица"),
        "Nothing: holiday auto-reply in Kazakh; the case keeps awaiting the appointment of a responsible person."))

# ---------------------------------------------------------------- a03 trilingual Outlook HTML
paras = [
    "Қайырлы күн!",
    "2027 жылғы 14-18 маусым аралығында іссапардамын. Хатыңыз оралғаннан кейін қаралады.",
    "",
    "Добрый день!",
    "С 14 по 18 июня 2027 г. нахожусь в командировке. Ваше письмо будет рассмотрено по возвращении.",
    "",
    "Thank you for your message. I am on a business trip from 14 to 18 June 2027 and will answer on my return.",
    "",
    "Төлегенов Бауыржан Маратұлы\nБас маман / Главный специалист\nҚала құрылысы кадастры бөлімі / Отдел градостроительного кадастра\nтел.: +7 (7252) 53-80-14",
]
plain = "\n".join(paras).replace("\n\n\n", "\n\n") + "\n"
html = outlook_html(paras, "KK")
body = multipart("alternative", [text_part(plain, cte="quoted-printable"),
                                 text_part(html, "html", cte="quoted-printable")], "----=_NextPart_000_0041_01DB3A11.5C2E8F40")
register("erz-a03-issapar-3lang.eml", message([
    ("From", addr("Төлегенов Бауыржан Маратұлы", "b.tolegenov@shym-arch.gov.kz")),
    ("To", addr("Единый контакт-центр", EKC)),
    ("Subject", hdr("Автоматты жауап / Автоматический ответ: О проведении обучения сотрудников ЕКЦ по государственной услуге")),
    ("Date", edate(2027, 6, 14, 8, 2)),
    ("Message-ID", "<DB9PR03MB7321A4F1@shym-arch.gov.kz>"),
    ("Thread-Topic", hdr("О проведении обучения сотрудников ЕКЦ по государственной услуге")),
    ("X-MS-Exchange-Inbox-Rules-Loop", "b.tolegenov@shym-arch.gov.kz"),
    ("Auto-Submitted", "auto-generated"),
    ("Content-Language", "kk-KZ"),
], body, crlf=True),
    [key_doc("body")],
    ctx("arch_shym", [("00901042", "Выдача архитектурно-планировочного задания")],
        "protocol", ("ЕКЦ-2027/402", "2027-06-09", "О проведении обучения сотрудников ЕКЦ по государственной услуге"),
        "Nothing: trilingual business-trip auto-reply; the case keeps awaiting the training protocol."))

# ---------------------------------------------------------------- a04 English OOO
body = """Dear sender,

Thank you for your e-mail. I am attending the ITB Berlin travel trade show and will be out of the office until Monday, 15 March 2027, with limited access to e-mail.

For urgent matters concerning tour operator licensing please contact Ms Aliya Bekmukhambetova, aliya.bekmukhambetova@turizm-sport.gov.kz, +7 7172 74 19 52.

Your message will not be forwarded.

Kind regards,
Daniyar Seitkali
Tourism Industry Committee
"""
register("erz-a04-out-of-office-en.eml", message([
    ("From", '"Seitkali Daniyar" <d.seitkali@turizm-sport.gov.kz>'),
    ("To", EKC),
    ("Subject", hdr("Out of Office: RE: Запрос о предоставлении информации по государственной услуге 01204007")),
    ("Date", edate(2027, 3, 9, 11, 26)),
    ("Message-ID", "<ooo-1182-ds@turizm-sport.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
    ("Precedence", "auto_reply"),
], text_part(body, charset="us-ascii", cte="7bit")),
    [key_doc("body", responsible=None)],
    ctx("tur_mks", [("01204007", "Выдача лицензии на туристскую деятельность (туроператорская деятельность)")],
        "information", ("ЕКЦ-2027/207", "2027-03-05", "Запрос о предоставлении информации по государственной услуге"),
        "Nothing: English out-of-office reply; the case keeps awaiting the Appendix 1 information."))

# ---------------------------------------------------------------- a05 DSN relayed (ru)
txt = """Доставка следующим получателям или группам выполнена:

kanc@bilim.astana.gov.kz (kanc@bilim.astana.gov.kz)

Тема: О назначении ответственного лица за представление информации в Единый контакт-центр

Сообщение доставлено, но сервер назначения не отправил уведомления о доставке.
"""
status = """Reporting-MTA: dns;mx2.ekc.gov.kz
Received-From-MTA: dns;arm-117.ekc.gov.kz
Arrival-Date: Mon, 18 Jan 2027 10:04:11 +0500

Final-Recipient: rfc822;kanc@bilim.astana.gov.kz
Action: relayed
Status: 2.6.0
Remote-MTA: dns;mail.bilim.astana.gov.kz
X-Display-Name: kanc@bilim.astana.gov.kz
"""
rfc_headers = """From: =?utf-8?B?0JXQtNC40L3Ri9C5INC60L7QvdGC0LDQutGCLdGG0LXQvdGC0YA=?= <info@ekc.gov.kz>
To: <kanc@bilim.astana.gov.kz>
Subject: =?utf-8?B?0J4g0L3QsNC30L3QsNGH0LXQvdC40Lgg0L7RgtCy0LXRgtGB0YLQstC10L3QvdC+0LPQviDQu9C40YbQsA==?=
Date: Mon, 18 Jan 2027 10:04:05 +0500
Message-ID: <ekc-2027-041@ekc.gov.kz>
"""
parts = [text_part(txt, cte="base64"),
         ("Content-Type: message/delivery-status\n\n" + status).encode(),
         ("Content-Type: text/rfc822-headers\n\n" + rfc_headers).encode()]
body = multipart("report", parts, "_000_DSN_7f1a22c0e5b44d_", params=" report-type=delivery-status;")
register("erz-a05-dsn-dostavleno.eml", message([
    ("From", addr("Microsoft Outlook", "postmaster@ekc.gov.kz")),
    ("To", addr("Единый контакт-центр", EKC)),
    ("Subject", hdr("Доставлено: О назначении ответственного лица за представление информации в Единый контакт-центр")),
    ("Date", edate(2027, 1, 18, 10, 4)),
    ("Message-ID", "<dsn.5d1f@mx2.ekc.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
], body, crlf=True),
    [key_doc("body", "ru")],
    ctx("obr_ast", [("00702019", "Прием документов и зачисление детей в дошкольные организации образования")],
        "appointment", ("ЕКЦ-2027/041", "2027-01-18", "О назначении ответственного лица за представление информации в Единый контакт-центр"),
        "Nothing: a delivery notification of our own letter; the case keeps awaiting the appointment."))

# ---------------------------------------------------------------- a06 read receipt (ru, cp1251)
txt = """Ваше сообщение

  Кому: Кульжанова Айжан Серикбаевна
  Тема: Запрос о предоставлении информации по государственной услуге № 00501003
  Отправлено: 15.03.2027 9:12

было прочитано 15.03.2027 10:42.
"""
mdn = """Reporting-UA: ZAGS-PC-214; Microsoft Outlook 16.0
Final-Recipient: rfc822;a.kulzhanova@almaty-zags.gov.kz
Original-Message-ID: <ekc-2027-198@ekc.gov.kz>
Disposition: manual-action/MDN-sent-manually; displayed
"""
parts = [text_part(txt, charset="windows-1251", cte="quoted-printable"),
         ("Content-Type: message/disposition-notification\n\n" + mdn).encode()]
body = multipart("report", parts, "----=_NextPart_000_00A3_01DB95E2.7C0F6A30", params=" report-type=disposition-notification;")
register("erz-a06-prochitano.eml", message([
    ("From", addr("Кульжанова Айжан Серикбаевна", "a.kulzhanova@almaty-zags.gov.kz", "windows-1251")),
    ("To", addr("Единый контакт-центр", EKC, "windows-1251")),
    ("Subject", hdr("Прочитано: Запрос о предоставлении информации по государственной услуге № 00501003", "windows-1251")),
    ("Date", edate(2027, 3, 15, 10, 42)),
    ("Message-ID", "<000b01db95e2$7c0f6a30$74261f90$@almaty-zags.gov.kz>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], body, crlf=True),
    [key_doc("body", "ru")],
    ctx("zags_alm", [("00501003", "Регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния")],
        "information", ("ЕКЦ-2027/198", "2027-03-15", "Запрос о предоставлении информации по государственной услуге № 00501003"),
        "Nothing: a read receipt of our request; the case keeps awaiting the Appendix 1 information."))

# ---------------------------------------------------------------- a07 read receipt kk (Thunderbird style)
txt = """Бұл — сіз ali.zhalagash@kyzylorda-akim.gov.kz адресіне жіберген хатқа арналған оқылғаны туралы хабарлама.

Ескерту: Бұл хабарлама тек хаттың алушының компьютерінде ашылғанын растайды. Алушының хатты оқығанына немесе оның мазмұнын түсінгеніне кепілдік жоқ.

Хат: «Мемлекеттік қызмет туралы ақпарат беру туралы сұрау салу (тіркеу нөмірі 01804011)»
Жіберілген уақыты: 2027-04-05 09:48
Оқылған уақыты: 2027-04-05 16:20
"""
mdn = """Reporting-UA: kyzylorda-akim.gov.kz; Thunderbird 115.8.1
Final-Recipient: rfc822;ali.zhalagash@kyzylorda-akim.gov.kz
Original-Message-ID: <ekc-2027-266@ekc.gov.kz>
Disposition: manual-action/MDN-sent-manually; displayed
"""
parts = [text_part(txt, cte="8bit"), ("Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\n\n" + mdn).encode()]
body = multipart("report", parts, "------------8C3E61FA0B2D5B7E", params=" report-type=\"disposition-notification\";")
register("erz-a07-oqyldy-kk.eml", message([
    ("From", addr("Әлімбетов Ерболат", "ali.zhalagash@kyzylorda-akim.gov.kz")),
    ("To", EKC),
    ("Subject", hdr("Оқылғаны туралы хабарлама (көрсетілді) - Мемлекеттік қызмет туралы ақпарат беру туралы сұрау салу")),
    ("Date", edate(2027, 4, 5, 16, 20)),
    ("Message-ID", "<4b1f0c2e-91aa-4d07-9c55-0e6d8b1f3a21@kyzylorda-akim.gov.kz>"),
    ("User-Agent", "Mozilla Thunderbird"),
], body),
    [key_doc("body", "kk")],
    ctx("akim_kyz", [("01804011", "Выдача справки о наличии личного подсобного хозяйства")],
        "information", ("ЕКЦ-2027/266", "2027-04-05", "Запрос о предоставлении информации по государственной услуге"),
        "Nothing: a read receipt in Kazakh; the case keeps awaiting the Appendix 1 information."))

# ---------------------------------------------------------------- a08 EDMS registration notice with executor (cp1251)
txt = """Уведомление о регистрации документа

Документ: Входящий от Единого контакт-центра, исх. № ЕКЦ-2027/233 от 03.02.2027
Краткое содержание: О представлении дополнительной информации по государственной услуге «Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты»
Зарегистрирован: Комитет ветеринарного контроля и надзора МСХ РК
Регистрационный номер: 01-14/2207-И от 04.02.2027
Резолюция: Управлению ветеринарной безопасности (Оразалин Б.Т.) - подготовить ответ
Исполнитель: Мухамеджанова А.К., тел. 8 (7172) 55-61-09
Контрольный срок: 18.02.2027

Данное сообщение сформировано автоматически системой электронного документооборота. Не отвечайте на него.
"""
register("erz-a08-esedo-registraciya.eml", message([
    ("From", addr("СЭД Комитета", "sed-noreply@agromin.gov.kz", "windows-1251")),
    ("To", EKC),
    ("Subject", hdr("Документ зарегистрирован: 01-14/2207-И от 04.02.2027", "windows-1251")),
    ("Date", edate(2027, 2, 4, 11, 3)),
    ("Message-ID", "<sed.2207.20270204110301@agromin.gov.kz>"),
    ("Auto-Submitted", "auto-generated"),
], text_part(txt, charset="windows-1251", cte="8bit", label="iso-8859-1")),
    [key_doc("body", "ru", responsible=None)],
    ctx("vet_min", [("00602031", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты")],
        "additional_answer", ("ЕКЦ-2027/233", "2027-02-03", "О представлении дополнительной информации по государственной услуге"),
        "Nothing: the agency's document system confirms registration of our letter and names its internal executor; the case keeps awaiting the additional answer."))

# ---------------------------------------------------------------- a09 EDMS notice kk html
paras = [
    "ҚҰЖАТ ТІРКЕЛДІ",
    "",
    "Кіріс құжат: Бірыңғай байланыс орталығының 2027 жылғы 11 қаңтардағы № ЕКЦ-2027/022 хаты",
    "Мазмұны: Мемлекеттік қызмет бойынша жауапты тұлғаны тағайындау туралы",
    "Тіркеу нөмірі: 3Т-41 (2027 жылғы 12 қаңтар)",
    "Бұрыштама: Ұйымдастыру-бақылау бөліміне. Қарап, белгіленген тәртіппен жауап дайындаңыз.",
    "Орындаушы: Ыбырайқызы Гүлназ, 8 (72643) 4-12-07",
    "Орындау мерзімі: 2027 жылғы 15 қаңтар",
    "",
    "Бұл хат автоматты түрде жіберілді, оған жауап бермеңіз.",
]
html = simple_html(paras, "Tahoma")
register("erz-a09-edo-tirkeldi-kk.eml", message([
    ("From", addr("ЭҚАЖ хабарламасы", "edo-notify@zhambyl.gov.kz")),
    ("To", EKC),
    ("Subject", hdr("Құжат тіркелді: 3Т-41 / 12.01.2027")),
    ("Date", edate(2027, 1, 12, 9, 55)),
    ("Message-ID", "<edo.3t41.1736657700@zhambyl.gov.kz>"),
    ("Auto-Submitted", "auto-generated"),
], text_part(html, "html", cte="base64")),
    [key_doc("body", "kk", responsible=None)],
    ctx("akim_shu", [("01801007", "Выдача справки о наличии личного подсобного хозяйства")],
        "appointment", ("ЕКЦ-2027/022", "2027-01-11", "О назначении ответственного лица по государственной услуге"),
        "Nothing: registration notice in Kazakh naming an internal executor; the case keeps awaiting the appointment."))

# ---------------------------------------------------------------- a10 chancellery auto-reply koi8-r
txt = """Уважаемый корреспондент!

Ваше письмо поступило на электронный адрес канцелярии ГУ "Отдел жилищных отношений города Караганды".

Письма, поступившие на данный адрес, регистрируются в течение одного рабочего дня и передаются на рассмотрение руководству отдела. Ответ направляется в сроки, установленные законодательством Республики Казахстан.

Режим работы канцелярии: понедельник - пятница, с 9.00 до 18.30, перерыв с 13.00 до 14.30.
Телефон для справок: 8 (7212) 42-18-90.

Это сообщение сформировано автоматически. Пожалуйста, не отвечайте на него.
"""
register("erz-a10-kanc-koi8.eml", message([
    ("From", addr("Канцелярия", "zhilotdel@krg-city.gov.kz", "koi8-r")),
    ("To", EKC),
    ("Subject", hdr("Re: О представлении информации по форме приложения 1", "koi8-r")),
    ("Date", edate(2027, 5, 11, 18, 47)),
    ("Message-ID", "<autoreply.55102@krg-city.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Mailer", "Exim autoreply"),
], text_part(txt, charset="koi8-r", cte="8bit")),
    [key_doc("body", "ru")],
    ctx("zhil_krg", [("01002005", "Постановка на учет лиц, нуждающихся в жилище из государственного жилищного фонда или жилище, арендованном местным исполнительным органом в частном жилищном фонде")],
        "information", ("ЕКЦ-2027/311", "2027-05-11", "О представлении информации по форме приложения 1"),
        "Nothing: the chancellery's automatic acknowledgement under a 'Re:' subject; the case keeps awaiting the information."))

# ---------------------------------------------------------------- a11 OOO, Outlook HTML cp1251, names the contact for EKC matters
paras = [
    "Добрый день!",
    "",
    "Я нахожусь в служебной командировке с 2 по 9 апреля 2027 года. Письма на этот адрес в мое отсутствие не пересылаются.",
    "",
    "По вопросам государственных услуг в сфере недропользования и природопользования, а также по вопросам взаимодействия с Единым контакт-центром в этот период можно обращаться к главному специалисту отдела Оспановой Динаре Ерлановне, тел. 8 (7182) 32-61-18, d.ospanova@pvl-eco.gov.kz.",
    "",
    "С уважением,",
    "Волков Андрей Петрович",
    "руководитель отдела регулирования природопользования",
    "ГУ «Управление природных ресурсов и регулирования природопользования Павлодарской области»",
]
html = outlook_html(paras).replace("«", "&laquo;").replace("»", "&raquo;")
body = text_part(html, "html", charset="windows-1251", cte="quoted-printable")
register("erz-a11-komandirovka-html.eml", message([
    ("From", addr("Волков Андрей Петрович", "a.volkov@pvl-eco.gov.kz", "windows-1251")),
    ("To", addr("Единый контакт-центр", EKC, "windows-1251")),
    ("Subject", hdr("Автоматический ответ: О проведении обучения по государственной услуге 01301022", "windows-1251")),
    ("Date", edate(2027, 4, 2, 8, 31)),
    ("Message-ID", "<VI1PR08MB55046E22A1B@pvl-eco.gov.kz>"),
    ("Auto-Submitted", "auto-generated"),
    ("X-MS-Has-Attach", ""),
    ("X-Auto-Response-Suppress", "All"),
], body, crlf=True),
    [key_doc("body", "ru", responsible=None)],
    ctx("eco_pvl", [("01301022", "Выдача разрешения на эмиссии в окружающую среду для объектов II, III и IV категорий")],
        "protocol", ("ЕКЦ-2027/249", "2027-03-30", "О проведении обучения по государственной услуге 01301022"),
        "Nothing: out-of-office reply that names a colleague for EKC matters during a business trip; not a replacement notice; the case keeps awaiting the protocol."))

# ---------------------------------------------------------------- a12 sick leave, bilingual, from a phone
txt = """Сәлеметсіз бе! Ауырып қалдым, 22.09 дейін бюллетеньдемін. Хатыңызды кейін қараймын.
Здравствуйте! Нахожусь на больничном до 22.09. Срочные вопросы - через приемную аппарата акима: 8 (71535) 2-14-09.

Samsung Galaxy құрылғысынан жіберілді"""
register("erz-a12-bolnichnyi-mobile.eml", message([
    ("From", addr("Ахметжан Қуаныш", "aigyrzhal.ao@sko-esil.gov.kz")),
    ("To", EKC),
    ("Subject", hdr("Re: Жауапты тұлғаны тағайындау туралы / О назначении ответственного лица")),
    ("Date", edate(2027, 9, 14, 13, 7)),
    ("Message-ID", "<kc6u1o-x09c3f-ahmetzhan@sko-esil.gov.kz>"),
    ("In-Reply-To", "<ekc-2027-611@ekc.gov.kz>"),
], text_part(txt, cte="8bit")),
    [key_doc("body")],
    ctx("akim_ayg", [("01801007", "Выдача справки о наличии личного подсобного хозяйства"),
                     ("01802003", "Выдача справки о наличии либо отсутствии подсобного хозяйства")],
        "appointment", ("ЕКЦ-2027/611", "2027-09-13", "О назначении ответственного лица"),
        "Nothing: a personal 'I am on sick leave' reply sent from a phone; the case keeps awaiting the appointment."))

# ---------------------------------------------------------------- a13 NDR (ru + en)
txt = """Не удалось доставить сообщение следующим получателям или группам:

zhkh_sar@turk-akimat.gov.kz
Адрес электронной почты, который вы ввели, не найден. Проверьте адрес получателя и повторите попытку отправки.

Тема: О назначении ответственного лица по государственной услуге 01003011

Диагностические сведения для администраторов:
Создающий сервер: mx2.ekc.gov.kz
zhkh_sar@turk-akimat.gov.kz
Remote Server returned '550 5.1.1 <zhkh_sar@turk-akimat.gov.kz>: Recipient address rejected: User unknown in virtual mailbox table'

---
Delivery has failed to these recipients or groups:
zhkh_sar@turk-akimat.gov.kz
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.
"""
status = """Reporting-MTA: dns;mx2.ekc.gov.kz
Received-From-MTA: dns;arm-203.ekc.gov.kz
Arrival-Date: Tue, 6 Jul 2027 15:12:40 +0500

Final-Recipient: rfc822;zhkh_sar@turk-akimat.gov.kz
Action: failed
Status: 5.1.1
Remote-MTA: dns;mail.turk-akimat.gov.kz
Diagnostic-Code: smtp;550 5.1.1 <zhkh_sar@turk-akimat.gov.kz>: Recipient address rejected: User unknown in virtual mailbox table
"""
parts = [text_part(txt, cte="base64"), ("Content-Type: message/delivery-status\n\n" + status).encode()]
body = multipart("report", parts, "_002_NDR_a5c0e11f20_", params=" report-type=delivery-status;")
register("erz-a13-ndr-nedostavleno.eml", message([
    ("From", addr("Microsoft Outlook", "MAILER-DAEMON@ekc.gov.kz")),
    ("To", EKC),
    ("Subject", hdr("Недоставляемое: О назначении ответственного лица по государственной услуге 01003011")),
    ("Date", edate(2027, 7, 6, 15, 12)),
    ("Message-ID", "<ndr.88a1@mx2.ekc.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
], body, crlf=True),
    [key_doc("body")],
    ctx("akim_sar", [("01003011", "Предоставление жилищной помощи")],
        "appointment", ("ЕКЦ-2027/488", "2027-07-06", "О назначении ответственного лица по государственной услуге 01003011"),
        "Nothing: a non-delivery report for our own letter (bilingual); the operator may resend, but the case keeps awaiting the appointment."))

# ---------------------------------------------------------------- a14 saved auto-reply as .txt
txt = """От: Байжанова Асель Бакытовна <a.baizhanova@aktobe-transport.gov.kz>
Отправлено: 2 августа 2027 г. 9:05
Кому: Единый контакт-центр <info@ekc.gov.kz>
Тема: Автоответ: RE: О представлении дополнительной информации (ЕКЦ-2027/540)

Спасибо за письмо.

С 1 по 12 августа 2027 года я нахожусь в отпуске, почту не проверяю, и ваше письмо не будет автоматически переадресовано.

На период моего отпуска обязанности руководителя отдела пассажирских перевозок исполняет Калиева Жанар Муратовна (приказ руководителя управления от 28.07.2027 № 114-к), тел. 8 (7132) 55-09-36, внутр. 214.

--
Байжанова А.Б.
руководитель отдела пассажирских перевозок
ГУ «Управление пассажирского транспорта и автомобильных дорог Актюбинской области»
г. Актобе, пр. Абилкайыр хана, 40, каб. 312
"""
register("erz-a14-avtootvet-sohranen.txt", txt.encode("utf-8"),
         [key_doc("erz-a14-avtootvet-sohranen.txt", "ru", responsible=None)],
         ctx("trans_akt", [("00303014", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров"),
                           ("00303020", "Выдача разрешения на перевозку пассажиров по межрайонным маршрутам")],
             "additional_answer", ("ЕКЦ-2027/540", "2027-08-01", "О представлении дополнительной информации"),
             "Nothing: an auto-reply saved as text, naming who acts for the head of department during leave; the case keeps awaiting the additional answer."))

# ---------------------------------------------------------------- a15 employee left, mailbox not served
body = """Уважаемые коллеги!

С 1 июля 2027 года я не работаю в ГУ «Управление образования Туркестанской области». Данный почтовый ящик больше не обслуживается, письма не читаются.

Просьба направлять всю корреспонденцию на официальный адрес канцелярии управления: bilim_basqarma@turkistan-obl.gov.kz.

Благодарю за сотрудничество!
Нарбекова Мадина
"""
register("erz-a15-ne-rabotaet.eml", message([
    ("From", addr("Нарбекова Мадина", "m.narbekova@turkistan-obl.gov.kz")),
    ("To", EKC),
    ("Subject", hdr("Автоматический ответ: Напоминание о представлении информации по государственным услугам")),
    ("Date", edate(2027, 7, 8, 10, 0)),
    ("Message-ID", "<auto.nm.0708@turkistan-obl.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
], text_part(body, cte="quoted-printable")),
    [key_doc("body", "ru", responsible=None, previous_responsible=None)],
    ctx("edu_trk", [("00703007", "Выдача дубликатов документов об основном среднем, общем среднем образовании"),
                    ("00702019", "Прием документов и зачисление детей в дошкольные организации образования")],
        "information", ("ЕКЦ-2027/497", "2027-07-08", "Напоминание о представлении информации по государственным услугам"),
        "Nothing: auto-reply that the addressee no longer works there, with no successor named; the case keeps awaiting the information (operator may write to the chancellery)."))

# ---------------------------------------------------------------- a16 kk webmail HTML OOO, consulting case
paras = [
    "Сәлеметсіз бе!",
    "",
    "2027 жылғы 2-6 тамыз аралығында Астана қаласында біліктілікті арттыру курсындамын. Хаттарыңызға 9 тамыздан бастап жауап беремін.",
    "",
    "Шұғыл жағдайда басқарманың қабылдау бөлмесіне хабарласыңыз: 8 (7222) 52-33-70.",
    "",
    "Құрметпен,",
    "Мұқашева Әйгерім Серікқызы",
    "Мұрағат ісі және құжаттама бөлімінің бас маманы",
]
html = simple_html(paras, "Verdana")
register("erz-a16-kurs-kk-html.eml", message([
    ("From", addr("Мұқашева Әйгерім Серікқызы", "a.mukasheva@abai-obl.gov.kz")),
    ("To", addr("Бірыңғай байланыс орталығы", EKC)),
    ("Subject", hdr("Автоматты жауап: Талдамалы есеп, 2027 жылғы шілде")),
    ("Date", edate(2027, 8, 4, 17, 22)),
    ("Message-ID", "<zimbra.8841203.1722774120@abai-obl.gov.kz>"),
    ("Auto-Submitted", "auto-replied (vacation)"),
    ("X-Mailer", "Zimbra 8.8.15_GA_4508"),
], text_part(html, "html", cte="quoted-printable")),
    [key_doc("body", "kk")],
    ctx("kul_abai", [("00703001", "Выдача архивных справок")],
        "consulting", None,
        "Nothing: a Kazakh out-of-office answer to our monthly analytic report; the service is already consulted on."))

# ---------------------------------------------------------------- a17 ministry e-office auto-acknowledgement, HTML only
paras = [
    "Уважаемый отправитель!",
    "",
    "Ваше письмо получено и будет зарегистрировано в единой системе электронного документооборота Министерства.",
    "Входящие документы регистрируются в день поступления, а поступившие после 17.00 - на следующий рабочий день.",
    "Обращения рассматриваются в сроки, установленные Административным процедурно-процессуальным кодексом Республики Казахстан (как правило, 15 рабочих дней).",
    "",
    "Узнать регистрационный номер можно по телефону канцелярии: 8 (7172) 74-35-02.",
    "",
    "Настоящее уведомление не является ответом по существу.",
]
html = simple_html(paras)
register("erz-a17-ministr-uvedomlenie.eml", message([
    ("From", addr("Министерство труда и социальной защиты населения РК", "kense@enbek-min.gov.kz")),
    ("To", EKC),
    ("Subject", hdr("Уведомление о получении: О представлении дополнительной информации по услуге 00102011")),
    ("Date", edate(2027, 10, 19, 17, 43)),
    ("Message-ID", "<ack-2710-19-1743@enbek-min.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
], text_part(html, "html", cte="base64")),
    [key_doc("body", "ru")],
    ctx("min_trud", [("00102011", "Назначение государственного пособия многодетным семьям")],
        "additional_answer", ("ЕКЦ-2027/702", "2027-10-19", "О представлении дополнительной информации по услуге 00102011"),
        "Nothing: an automatic acknowledgement 'not an answer on the merits'; the case keeps awaiting the additional answer."))

# ---------------------------------------------------------------- a18 English delivery report
txt = """Your message has been delivered to the following recipients:

zhkh@konaev-city.gov.kz (zhkh@konaev-city.gov.kz)

Subject: О проведении обучения сотрудников ЕКЦ по государственной услуге 01004002
"""
status = """Reporting-MTA: dns;mx1.ekc.gov.kz
Arrival-Date: Wed, 10 Nov 2027 09:30:02 +0500

Final-Recipient: rfc822;zhkh@konaev-city.gov.kz
Action: delivered
Status: 2.0.0
"""
parts = [text_part(txt, cte="quoted-printable"), ("Content-Type: message/delivery-status\n\n" + status).encode()]
body = multipart("report", parts, "_001_DR_b91c7e_", params=" report-type=delivery-status;")
register("erz-a18-delivered-en.eml", message([
    ("From", addr("Microsoft Outlook", "postmaster@ekc.gov.kz")),
    ("To", EKC),
    ("Subject", hdr("Delivered: О проведении обучения сотрудников ЕКЦ по государственной услуге 01004002")),
    ("Date", edate(2027, 11, 10, 9, 30)),
    ("Message-ID", "<dr.c41@mx1.ekc.gov.kz>"),
    ("Auto-Submitted", "auto-replied"),
], body, crlf=True),
    [key_doc("body")],
    ctx("gas_nqz", [("01004002", "Выдача технических условий на подключение к сетям газоснабжения")],
        "protocol", ("ЕКЦ-2027/781", "2027-11-10", "О проведении обучения сотрудников ЕКЦ по государственной услуге 01004002"),
        "Nothing: an English delivery report of our own letter; the case keeps awaiting the training protocol."))
