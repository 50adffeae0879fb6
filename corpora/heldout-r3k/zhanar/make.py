#!/usr/bin/env python3
"""zhanar, round K: non-replies landing in the EKC mailbox. Run with /tmp/cv-zhanar/bin/python make.py"""
from lib import *

EKC = 'ekc-zapros@ekc-gu.kz'
EKC_NAME = 'Единый контакт-центр'

# ---------- agencies used in contexts ----------
MINTRUD = {'name': 'Министерство труда и социальной защиты населения Республики Казахстан', 'email': 'kense@mtszn-rk.gov.kz', 'bin': '970340000127'}
MINJUST = {'name': 'Министерство юстиции Республики Казахстан', 'email': 'kanc@minjust-rk.gov.kz', 'bin': '990140001543'}
KAR_EDU = {'name': 'Управление образования Карагандинской области', 'email': 'uo@karobl-bilim.gov.kz', 'bin': '020840003311'}
SHYM_ZEM = {'name': 'Управление земельных отношений города Шымкент', 'email': 'zher@shymkent-zher.gov.kz', 'bin': '180740021459'}
MINZDRAV = {'name': 'Министерство здравоохранения Республики Казахстан', 'email': 'kense@densaulyk-mz.gov.kz', 'bin': '060540004418'}
KMS = {'name': 'Комитет миграционной службы Министерства внутренних дел Республики Казахстан', 'email': 'kms@migr-mvd.gov.kz', 'bin': '110240017765'}
ALM_ARCH = {'name': 'Управление городского планирования и урбанистики города Алматы', 'email': 'sauleti@almaty-urban.gov.kz', 'bin': '140940028802'}
ZHIBEK = {'name': 'Аппарат акима Жибекжолинского сельского округа Аршалынского района Акмолинской области', 'email': 'zhibekzholy@arshaly-akm.gov.kz', 'bin': '060140011920'}
MSH = {'name': 'Министерство сельского хозяйства Республики Казахстан', 'email': 'kanc@agro-msh.gov.kz', 'bin': '990740002233'}
KOST_VET = {'name': 'Управление ветеринарии акимата Костанайской области', 'email': 'vet@kost-vet.gov.kz', 'bin': '030240005567'}
KGD = {'name': 'Департамент государственных доходов по Павлодарской области Комитета государственных доходов Министерства финансов Республики Казахстан', 'email': 'dgd_pvl@kgd-pvl.gov.kz', 'bin': '981140000896'}
MKI = {'name': 'Министерство культуры и информации Республики Казахстан', 'email': 'kense@mki-rk.gov.kz', 'bin': '190440029391'}
ATYRAU_ZHKH = {'name': 'Управление энергетики и жилищно-коммунального хозяйства Атырауской области', 'email': 'energy@atyrau-zhkh.gov.kz', 'bin': '120340015548'}
TURK_SOC = {'name': 'Управление координации занятости и социальных программ Туркестанской области', 'email': 'kense@turk-enbek.gov.kz', 'bin': '180840011172'}
ABAY_AKIM = {'name': 'Аппарат акима города Семей области Абай', 'email': 'akimat@semey-abay.gov.kz', 'bin': '991240003084'}

S = lambda n, t: {'registry_number': n, 'name': t}
SV_POSOB = S('00604112', 'Назначение государственного пособия семьям, имеющим детей')
SV_INV = S('00604118', 'Оформление документов на инвалидов для предоставления им кресла-коляски')
SV_APOST = S('00501027', 'Апостилирование официальных документов, исходящих из органов юстиции')
SV_BRAK = S('00501009', 'Государственная регистрация заключения брака (супружества)')
SV_DUBL = S('00902031', 'Выдача дубликатов документов об основном среднем, общем среднем образовании')
SV_DET = S('00902044', 'Постановка на очередь детей дошкольного возраста для направления в дошкольные организации')
SV_ZEM = S('01101015', 'Выдача решения на изменение целевого назначения земельного участка')
SV_ZEM2 = S('01101022', 'Предоставление земельного участка для строительства объекта в черте населенного пункта')
SV_MED = S('00404017', 'Выдача лицензии на медицинскую деятельность')
SV_VIZ = S('00205031', 'Выдача разрешения на временное проживание иностранцам и лицам без гражданства')
SV_APZ = S('01203008', 'Выдача архитектурно-планировочного задания')
SV_SPR = S('01603002', 'Выдача справки о наличии личного подсобного хозяйства')
SV_SUBS = S('00801044', 'Субсидирование стоимости удобрений')
SV_VETSPR = S('00805012', 'Выдача ветеринарной справки')
SV_NDS = S('00702019', 'Постановка на регистрационный учет по налогу на добавленную стоимость')
SV_REKL = S('01303005', 'Согласование размещения наружной рекламы на объектах республиканских автомобильных дорог')
SV_ZHIL = S('01504021', 'Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда')
SV_BEZR = S('00603007', 'Регистрация лиц, ищущих работу, в качестве безработных')
SV_ARH = S('01603014', 'Выдача архивных справок')

def run_all():
    for fn in sorted(globals()):
        if fn.startswith('z') and callable(globals()[fn]):
            globals()[fn]()

# =====================================================================
def z01():
    n = 'z01-ooo-otpusk-ru.eml'
    txt = """Здравствуйте!

Я нахожусь в ежегодном трудовом отпуске с 02.08.2027 по 27.08.2027 включительно, доступ к почте ограничен.

По срочным вопросам, связанным с назначением пособий, прошу обращаться к главному эксперту Департамента социальной помощи Мырзахметовой Гульнар Бауыржановне, тел. 8 (7172) 74-36-15, g.myrzakhmetova@mtszn-rk.gov.kz.

Это сообщение отправлено автоматически, отвечать на него не нужно.

С уважением,
Сулейменов А.К."""
    m = message([('From', addr('Сулейменов Арман Кайратович', 'a.suleimenov@mtszn-rk.gov.kz')), ('To', EKC),
                 ('Subject', 'Автоматический ответ: О назначении ответственного лица (исх. ЕКЦ-2027/611)'),
                 ('Date', 'Tue, 03 Aug 2027 09:14:02 +0600'), ('Message-ID', '<ooo.88120@mtszn-rk.gov.kz>'),
                 ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('In-Reply-To', '<ekc-2027-611@ekc-gu.kz>')],
                leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru', responsible=None)], {'agency': MINTRUD, 'services': [SV_POSOB, SV_INV], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/611', '2027-08-02', 'Запрос о назначении ответственного лица по государственным услугам'),
        'expected_effect': 'Ignore: out-of-office auto-reply; the substitute it names is not an appointment under p.5, keep awaiting appointment.'})

def z02():
    n = 'z02-ooo-kk-base64.eml'
    txt = """Құрметті хат жіберуші!

Мен 2027 жылғы 14 маусымнан 2 шілдеге дейін еңбек демалысындамын.
Хатыңыз демалыстан оралғаннан кейін қаралады.

Шұғыл мәселелер бойынша басқарманың кеңсесіне хабарласыңыз: 8 (7212) 56-20-44.

Бұл хабарлама автоматты түрде жіберілді.

Құрметпен,
Бекмұрат Әйгерім
Қарағанды облысының білім басқармасы"""
    m = message([('From', addr('Бекмұрат Әйгерім', 'a.bekmurat@karobl-bilim.gov.kz')), ('To', EKC),
                 ('Subject', 'Автоматты жауап: Мемлекеттік қызмет туралы ақпарат беру туралы сұрау салу'),
                 ('Date', 'Mon, 14 Jun 2027 08:01:55 +0500'), ('Message-ID', '<a1b2c3.ooo@karobl-bilim.gov.kz>'),
                 ('Auto-Submitted', 'auto-replied')],
                leaf('text/plain', txt, 'utf-8', 'base64'))
    save(n, m)
    keyctx(n, [D('body', 'kk')], {'agency': KAR_EDU, 'services': [SV_DUBL, SV_DET], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/402', '2027-06-11', 'Запрос о предоставлении информации по форме Приложения 1'),
        'expected_effect': 'Ignore: Kazakh out-of-office auto-reply; the information is still awaited.'})

def z03():
    n = 'z03-ooo-en-html.eml'
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Thank you for your message.</p>
<p>I am currently out of the office attending the OSCE regional workshop in Vienna and will return on <b>Monday, 20 September 2027</b>. I will have limited access to e-mail.</p>
<p>For matters concerning residence permits please contact the Committee's reception: +7 7172 71-58-90.</p>
<p>Kind regards,<br>Dauren Ismailov<br>Head of International Cooperation Division<br>Migration Service Committee</p>
</div></body></html>"""
    m = message([('From', addr('Dauren Ismailov', 'd.ismailov@migr-mvd.gov.kz')), ('To', EKC),
                 ('Subject', 'Automatic reply: Запрос ЕКЦ-2027/702 о предоставлении информации'),
                 ('Date', 'Wed, 08 Sep 2027 11:40:12 +0500'), ('Message-ID', '<DB8PR02MB5.ooo@migr-mvd.gov.kz>'),
                 ('Auto-Submitted', 'auto-generated'), ('X-MS-Exchange-Inbox-Rules-Loop', 'd.ismailov@migr-mvd.gov.kz'),
                 ('Thread-Topic', 'Запрос ЕКЦ-2027/702')],
                leaf('text/html', html, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body')], {'agency': KMS, 'services': [SV_VIZ], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/702', '2027-09-07', 'Запрос о предоставлении информации о государственной услуге'),
        'expected_effect': 'Ignore: English Outlook out-of-office notice (HTML only); no language key since it is neither ru nor kk.'})

def z04():
    n = 'z04-ooo-kk-ru-cp1251.eml'
    txt = """Сәлеметсіз бе! / Здравствуйте!

Қазіргі уақытта мен іссапардамын (Түркістан қ.), 2027 жылғы 19 қазанға дейін.
В настоящее время нахожусь в командировке до 19 октября 2027 года.

Жер қатынастары мәселелері бойынша / по вопросам земельных отношений:
приемная управления 8 (7252) 39-11-07

Автоматическое сообщение."""
    # Kazakh letters are not in cp1251 -> the sender's client wrote utf-8 but labelled it windows-1251
    m = message([('From', '"Nurlybekov Yerzhan" <ye.nurlybekov@shymkent-zher.gov.kz>'), ('To', EKC),
                 ('Subject', '=?windows-1251?B?zvLi5fI6?= RE: ЕКЦ-2027/733'.replace('RE: ЕКЦ-2027/733', '=?utf-8?B?UkU6INCV0JrQpi0yMDI3LzczMw==?=')),
                 ('Date', 'Thu, 14 Oct 2027 16:22:09 +0500'), ('Message-ID', '<20271014162209.4411@shymkent-zher.gov.kz>'),
                 ('X-Mailer', 'Zimbra 8.8.15'), ('Auto-Submitted', 'auto-replied')],
                leaf('text/plain', txt, 'utf-8', '8bit', label='windows-1251'))
    save(n, m)
    keyctx(n, [D('body')], {'agency': SHYM_ZEM, 'services': [SV_ZEM, SV_ZEM2], 'awaiting': 'additional_answer',
        'our_letter': ol('ЕКЦ-2027/733', '2027-10-13', 'О представлении разъяснений по порядку изменения целевого назначения земельного участка'),
        'expected_effect': 'Ignore: bilingual kk/ru out-of-office notice; body is UTF-8 mislabelled windows-1251, so language is not keyed.'})

def z05():
    n = 'z05-ack-registered-ru.eml'
    txt = """Уважаемый отправитель!

Ваше обращение поступило в канцелярию Министерства юстиции Республики Казахстан и зарегистрировано.

Входящий номер: 3-1/14527-вх
Дата регистрации: 21.04.2027 10:37
Количество листов: 2

О результатах рассмотрения Вам будет сообщено в установленные законодательством сроки.
Данное письмо сформировано автоматически системой электронного документооборота, просим не отвечать на него.

Канцелярия Министерства юстиции РК
тел. 8 (7172) 58-00-58 (вн. 1102)"""
    m = message([('From', addr('Канцелярия МЮ РК', 'noreply-kanc@minjust-rk.gov.kz')), ('To', EKC),
                 ('Subject', 'Уведомление о регистрации входящего документа'),
                 ('Date', 'Wed, 21 Apr 2027 10:37:44 +0500'), ('Message-ID', '<reg.14527@minjust-rk.gov.kz>'),
                 ('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')],
                leaf('text/plain', txt, 'windows-1251', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': MINJUST, 'services': [SV_APOST, SV_BRAK], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/288', '2027-04-20', 'О назначении ответственного лица за представление информации'),
        'expected_effect': 'Note the incoming registration number 3-1/14527-вх on the case if convenient; otherwise no change, appointment still awaited.'})

def z06():
    n = 'z06-ack-kk.txt'
    txt = """Хабарлама

Құрметті «Бірыңғай байланыс орталығы»!

Сіздің 2027 жылғы 5 наурыздағы № ЕКЦ-2027/151 хатыңыз Аршалы ауданы Жібек жолы ауылдық округі әкімі аппаратында 2027 жылғы 9 наурызда № 118 кіріс нөмірімен тіркелді және орындауға жіберілді.

Жауап заңнамада белгіленген мерзімде жіберіледі.

Аппарат кеңсесі
тел.: 8 (71644) 2-31-56
"""
    save(n, txt.encode('utf-8'))
    keyctx(n, [D(n, 'kk')], {'agency': ZHIBEK, 'services': [SV_SPR], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/151', '2027-03-05', 'Мемлекеттік қызмет бойынша жауапты тұлғаны тағайындау туралы'),
        'expected_effect': 'No change: Kazakh acknowledgement that our letter was registered (вх. № 118); appointment still awaited.'})

def z07():
    n = 'z07-dsn-user-unknown.eml'
    report = """This is the mail system at host mx1.ekc-gu.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<zh.kassymova@densaulyk-mz.gov.kz>: host mail.densaulyk-mz.gov.kz[10.61.4.18]
    said: 550 5.1.1 <zh.kassymova@densaulyk-mz.gov.kz>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = """Reporting-MTA: dns; mx1.ekc-gu.kz
X-Postfix-Queue-ID: 4Zq8Hk1VbNz3k
X-Postfix-Sender: rfc822; ekc-zapros@ekc-gu.kz
Arrival-Date: Mon,  7 Jun 2027 15:02:11 +0500 (+05)

Final-Recipient: rfc822; zh.kassymova@densaulyk-mz.gov.kz
Original-Recipient: rfc822;zh.kassymova@densaulyk-mz.gov.kz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.densaulyk-mz.gov.kz
Diagnostic-Code: smtp; 550 5.1.1 <zh.kassymova@densaulyk-mz.gov.kz>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig_txt = """Уважаемая Жанна Ериковна!

Единый контакт-центр по вопросам оказания государственных услуг напоминает, что в соответствии с пунктом 5 Правил взаимодействия информация по государственной услуге «Выдача лицензии на медицинскую деятельность» (№ 00404017 в реестре) должна быть представлена в течение пяти рабочих дней с момента назначения ответственного лица.

Просим представить заполненную форму согласно Приложению 1 к Правилам.

С уважением,
отдел взаимодействия с государственными органами
Единый контакт-центр"""
    orig = message([('From', addr(EKC_NAME, EKC)), ('To', 'zh.kassymova@densaulyk-mz.gov.kz'),
                    ('Subject', 'Напоминание: представление информации по услуге 00404017 (ЕКЦ-2027/377)'),
                    ('Date', 'Mon, 07 Jun 2027 15:02:09 +0500'), ('Message-ID', '<ekc-2027-377@ekc-gu.kz>')],
                   leaf('text/plain', orig_txt, 'utf-8', '8bit'))
    parts = [leaf('text/plain', report, 'us-ascii', '7bit', extra='Content-Description: Notification\r\n'),
             b'Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n' + ds.replace('\n', '\r\n').encode(),
             b'Content-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' + orig]
    m = message([('From', 'MAILER-DAEMON@mx1.ekc-gu.kz (Mail Delivery System)'), ('To', EKC),
                 ('Subject', 'Undelivered Mail Returned to Sender'), ('Date', 'Mon,  7 Jun 2027 15:02:13 +0500 (+05)'),
                 ('Message-Id', '<20270607100213.7F2A1C0@mx1.ekc-gu.kz>'), ('Auto-Submitted', 'auto-replied')],
                multi('report', parts, '4Zq8Hk1VbNz3k.1812345678/mx1.ekc-gu.kz', '; report-type=delivery-status'))
    save(n, m)
    keyctx(n, [D('body')], {'agency': MINZDRAV, 'services': [SV_MED], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/377', '2027-06-07', 'Напоминание о представлении информации по услуге 00404017'),
        'expected_effect': 'Flag for an operator: our reminder bounced (user unknown) - the responsible person\'s address is dead; the returned copy of our own letter is not an agency document.'})

def z08():
    n = 'z08-ndr-exchange-ru-html.eml'
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Segoe UI">Не удалось доставить сообщение следующим получателям или группам:</font></b></p>
<p><a href="mailto:uzg_arch@almaty-urban.gov.kz">uzg_arch@almaty-urban.gov.kz</a><br>
Почтовый ящик получателя переполнен, и он не может принимать сообщения в данный момент. Повторите попытку позже или свяжитесь с получателем напрямую.</p>
<p><font color="#808080" size="2">Диагностические сведения для администраторов:</font></p>
<p><font size="2">Создающий сервер: EXCH02.almaty-urban.local<br>
uzg_arch@almaty-urban.gov.kz<br>
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</font></p>
<p><font size="2">Исходные заголовки сообщения:</font></p>
<pre>Subject: =?utf-8?B?0JfQsNC/0YDQvtGBINCV0JrQpi0yMDI3LzUxOQ==?=
Date: Fri, 16 Jul 2027 12:10:31 +0600
Message-ID: &lt;ekc-2027-519@ekc-gu.kz&gt;</pre>
</body></html>"""
    m = message([('From', 'postmaster@almaty-urban.gov.kz'), ('To', EKC),
                 ('Subject', 'Не доставлено: Запрос ЕКЦ-2027/519'), ('Date', 'Fri, 16 Jul 2027 12:11:02 +0600'),
                 ('Message-ID', '<a7c1e9f0-ndr@EXCH02.almaty-urban.local>'), ('Auto-Submitted', 'auto-replied'),
                 ('Content-Language', 'ru-RU')],
                multi('report', [leaf('text/html', html, 'utf-8', 'base64'),
                                 b'Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;EXCH02.almaty-urban.local\r\n\r\nFinal-recipient: RFC822; uzg_arch@almaty-urban.gov.kz\r\nAction: failed\r\nStatus: 5.2.2\r\n'],
                      '_ndr_b7f1_', '; report-type=delivery-status'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': ALM_ARCH, 'services': [SV_APZ], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/519', '2027-07-16', 'Запрос о предоставлении информации по услуге «Выдача архитектурно-планировочного задания»'),
        'expected_effect': 'Flag for an operator to resend: Exchange NDR (mailbox full) for our own request; nothing from the agency.'})

def z09():
    n = 'z09-dsn-delayed.eml'
    txt = """This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

       vet@kost-vet.gov.kz

Message will be retried for 3 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect.
[mail.kost-vet.gov.kz. 195.12.118.40: timed out]

----- Original message -----

From: ekc-zapros@ekc-gu.kz
To: vet@kost-vet.gov.kz
Subject: Протокол обучения по услуге 00805012 - просим подписать
Date: Tue, 23 Nov 2027 17:45:00 +0600
"""
    m = message([('From', 'Mail Delivery Subsystem <mailer-daemon@relay.ekc-gu.kz>'), ('To', EKC),
                 ('Subject', 'Delayed Mail (still being retried)'), ('Date', 'Wed, 24 Nov 2027 05:45:31 +0600'),
                 ('Message-ID', '<dsn.delay.20271124@relay.ekc-gu.kz>'), ('Auto-Submitted', 'auto-replied')],
                leaf('text/plain', txt, 'utf-8', '8bit'))
    save(n, m)
    keyctx(n, [D('body')], {'agency': KOST_VET, 'services': [SV_VETSPR], 'awaiting': 'protocol',
        'our_letter': ol('ЕКЦ-2027/884', '2027-11-23', 'Протокол обучения по услуге 00805012 - просим подписать'),
        'expected_effect': 'No change: delay warning for our own letter (still being retried); the signed protocol is still awaited.'})

def z10():
    n = 'z10-read-receipt-outlook-ru.eml'
    txt = """Ваше сообщение

  Кому: Тулегенова Динара Маратовна
  Тема: О представлении информации по Приложению 1 (ЕКЦ-2027/640)
  Отправлено: 24.08.2027 10:02

было прочитано 24.08.2027 14:36."""
    m = message([('From', addr('Тулегенова Динара Маратовна', 'd.tulegenova@agro-msh.gov.kz')), ('To', EKC),
                 ('Subject', 'Прочитано: О представлении информации по Приложению 1 (ЕКЦ-2027/640)'),
                 ('Date', 'Tue, 24 Aug 2027 14:36:51 +0600'), ('Message-ID', '<rr.640@agro-msh.gov.kz>')],
                multi('report', [leaf('text/plain', txt, 'koi8-r', 'quoted-printable'),
                                 b'Content-Type: message/disposition-notification\r\n\r\nReporting-UA: EXCH01.agro-msh.local; Microsoft Exchange Server\r\nFinal-Recipient: rfc822;d.tulegenova@agro-msh.gov.kz\r\nOriginal-Message-ID: <ekc-2027-640@ekc-gu.kz>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n'],
                      '----=_rr_640', '; report-type=disposition-notification'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': MSH, 'services': [SV_SUBS], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/640', '2027-08-24', 'О представлении информации по Приложению 1'),
        'expected_effect': 'Ignore (optionally log that the request was read): read receipt in koi8-r; the person named is only the reader, not an appointee.'})

def z11():
    n = 'z11-mdn-thunderbird.eml'
    txt = """This is a Return Receipt for the mail that you sent to kense@turk-enbek.gov.kz.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents."""
    m = message([('From', addr('Кеңсе / Канцелярия', 'kense@turk-enbek.gov.kz')), ('To', EKC),
                 ('Subject', 'Return Receipt (displayed) - Жауапты тұлғаны тағайындау туралы'),
                 ('Date', 'Mon, 11 Jan 2027 09:20:00 +0500'), ('Message-ID', '<mdn-0111@turk-enbek.gov.kz>'),
                 ('User-Agent', 'Mozilla Thunderbird')],
                multi('report', [leaf('text/plain', txt, 'utf-8', '7bit', label=''),
                                 b'Content-Type: message/disposition-notification; name="MDNPart2.txt"\r\nContent-Disposition: inline\r\n\r\nReporting-UA: kense-pc; Mozilla Thunderbird\r\nFinal-Recipient: rfc822;kense@turk-enbek.gov.kz\r\nOriginal-Message-ID: <ekc-2027-012@ekc-gu.kz>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n'],
                      '------------0C2F8E1B3A', '; report-type=disposition-notification'))
    save(n, m)
    keyctx(n, [D('body')], {'agency': TURK_SOC, 'services': [SV_BEZR], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/012', '2027-01-08', 'Жауапты тұлғаны тағайындау туралы'),
        'expected_effect': 'Ignore: Thunderbird MDN (displayed), English text, Kazakh subject.'})

def z12():
    n = 'z12-not-read-deleted.eml'
    txt = """Ваше сообщение

  Кому: akimat@semey-abay.gov.kz
  Тема: Повторный запрос: назначение ответственного лица (ЕКЦ-2027/905)
  Отправлено: 01.12.2027 11:48

было удалено без прочтения 06.12.2027 08:57."""
    m = message([('From', 'akimat@semey-abay.gov.kz'), ('To', EKC),
                 ('Subject', 'Не прочитано: Повторный запрос: назначение ответственного лица (ЕКЦ-2027/905)'),
                 ('Date', 'Mon, 06 Dec 2027 08:57:12 +0500'), ('Message-ID', '<nr.905@semey-abay.gov.kz>')],
                leaf('text/plain', txt, 'windows-1251', '8bit'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': ABAY_AKIM, 'services': [SV_ZHIL, SV_ARH], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/905', '2027-12-01', 'Повторный запрос: назначение ответственного лица'),
        'expected_effect': 'Flag for an operator: our repeated request was deleted unread - counts toward p.12 escalation evidence, but the case does not move.'})

def z13():
    n = 'z13-newsletter-zakon-html.eml'
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Дайджест</title></head>
<body style="background:#f2f2f2"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#0b4f8a;color:#fff;padding:12px"><h2>ПРАВОВОЙ ДАЙДЖЕСТ № 31 (412)</h2>Обзор изменений законодательства РК за 26 июля – 1 августа 2027 г.</td></tr>
<tr><td style="padding:12px">
<h3>Государственные услуги</h3>
<p>• Приказом Министра труда и социальной защиты населения РК от 22 июля 2027 года № 318 внесены изменения в стандарт государственной услуги «Назначение государственного пособия семьям, имеющим детей». Изменён перечень документов, срок оказания сокращён до 5 рабочих дней. Вводится в действие с 12 августа 2027 года.</p>
<p>• Утверждены новые правила оказания услуги «Выдача архивных справок» (приказ МКИ РК от 19.07.2027 № 204-НҚ).</p>
<h3>Налоги</h3>
<p>• Порог регистрации по НДС с 2028 года – 20 000 МРП.</p>
<p style="font-size:11px;color:#777">Вы получили это письмо, потому что подписаны на рассылку «Zan-Digest». <a href="https://zan-digest.kz/unsubscribe?u=ekc-zapros%40ekc-gu.kz">Отписаться</a></p>
</td></tr></table></body></html>"""
    m = message([('From', addr('Zan-Digest', 'news@zan-digest.kz')), ('To', EKC),
                 ('Subject', 'Правовой дайджест № 31: изменения в стандартах госуслуг, НДС'),
                 ('Date', 'Mon, 02 Aug 2027 07:00:00 +0600'), ('Message-ID', '<digest31.412@mailer.zan-digest.kz>'),
                 ('List-Unsubscribe', '<https://zan-digest.kz/unsubscribe?u=ekc-zapros%40ekc-gu.kz>'), ('Precedence', 'bulk')],
                leaf('text/html', html, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': MINTRUD, 'services': [SV_POSOB], 'awaiting': 'consulting',
        'our_letter': None,
        'expected_effect': 'Do not apply as a change notice: a commercial legal digest mentions a changed standard of a consulted service; at most a hint for an operator to ask the responsible person (p.6 notice must come from the agency).'})

def z14():
    n = 'z14-obzor-zakonodatelstva.pdf'
    lines = ['**ТОО «Юридическая компания «Адал Кеңес»', 'г. Астана, пр. Мәңгілік Ел, 24, офис 305, тел. +7 (7172) 69-44-10', '',
             '**ОБЗОР ИЗМЕНЕНИЙ ЗАКОНОДАТЕЛЬСТВА', '**в сфере государственных услуг за III квартал 2027 года', '',
             '1. Закон РК «О государственных услугах»: уточнены сроки рассмотрения жалоб услугополучателей',
             '   (с 5 до 3 рабочих дней для жалоб на качество оказания услуг).',
             '2. Реестр государственных услуг: исключено 14 услуг, включено 9, в том числе',
             '   № 01101022 «Предоставление земельного участка для строительства объекта в черте',
             '   населенного пункта» (переведена в проактивный формат).',
             '3. Единый контакт-центр: расширен перечень каналов (мессенджеры, чат-бот eGov).',
             '4. Стандарт услуги «Выдача решения на изменение целевого назначения земельного участка»',
             '   изложен в новой редакции приказом Министра сельского хозяйства РК от 14.09.2027 № 377.', '',
             'Настоящий обзор носит информационный характер и не является юридической консультацией.',
             'Для подписки на ежеквартальный обзор: info@adal-kenes.kz', '', '>>Партнёр  Ж. Оразбаева']
    save(n, pdf_bytes(lines))
    keyctx(n, [D(n, 'ru')], {'agency': SHYM_ZEM, 'services': [SV_ZEM, SV_ZEM2], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Ignore: law firm\'s quarterly review (PDF) that names a registry number and a new standard; not from the agency, not a p.6 notice.'})

def z15():
    n = 'z15-seminar-invite-docx.eml'
    txt = """Добрый день, коллеги!

Приглашаем специалистов Единого контакт-центра принять участие в республиканском обучающем семинаре «Качество оказания государственных услуг: стандарты, регламенты, обратная связь», который состоится 16–17 сентября 2027 года в г. Астане (конференц-зал гостиницы «Әсем», ул. Сығанақ, 12).

Программа семинара во вложении. Участие бесплатное, количество мест ограничено – просим подтвердить участие до 10 сентября по тел. 8 (7172) 55-19-08 или ответным письмом.

С уважением,
Оргкомитет
Академия государственного управления – проектный офис «Сервис»"""
    prog = docx_doc(lambda d: (d.add_heading('ПРОГРАММА СЕМИНАРА', 1),
        d.add_paragraph('«Качество оказания государственных услуг: стандарты, регламенты, обратная связь»'),
        d.add_paragraph('16–17 сентября 2027 года, г. Астана'),
        (lambda t: [setattr(t.cell(i, j), 'text', v) for i, r in enumerate([
            ['Время', 'Тема', 'Спикер'],
            ['09:30–10:00', 'Регистрация участников', '—'],
            ['10:00–11:30', 'Изменения в Законе «О государственных услугах»', 'Сейткали Нурлан Болатович, эксперт'],
            ['11:45–13:00', 'Работа с Реестром государственных услуг и стандартами', 'Ким Ольга Викторовна'],
            ['14:00–15:30', 'Взаимодействие госорганов с Единым контакт-центром', 'Жумабаева Асель Ержановна'],
            ['15:45–17:00', 'Круглый стол', 'все участники']]) for j, v in enumerate(r)])(d.add_table(rows=6, cols=3, style='Table Grid')),
        d.add_paragraph('Контактное лицо: Абдрахманова Гаухар, +7 701 455 20 81')))
    m = message([('From', addr('Проектный офис «Сервис»', 'seminar@apa-servis.kz')), ('To', EKC),
                 ('Subject', 'Приглашение на семинар 16-17 сентября 2027 г.'), ('Date', 'Wed, 25 Aug 2027 15:12:40 +0600'),
                 ('Message-ID', '<inv.0825@apa-servis.kz>')],
                multi('mixed', [leaf('text/plain', txt, 'utf-8', '8bit'),
                                attach('Программа семинара.docx', prog, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')], 'b1_seminar_0825'))
    save(n, m)
    keyctx(n, [D('body', 'ru'), D('Программа семинара.docx', 'ru')], {'agency': MINJUST, 'services': [SV_APOST], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/598', '2027-08-20', 'Запрос о предоставлении информации по форме Приложения 1'),
        'expected_effect': 'Ignore for the case (route to the training coordinator): seminar invitation with a programme table naming speakers - the table is not Appendix 1.'})

def z16():
    n = 'z16-kurs-kk-xlsx.eml'
    txt = """Құрметті әріптестер!

«Мемлекеттік қызмет көрсету сапасы» тақырыбында біліктілікті арттыру курстарына шақырамыз.
Курстар 2027 жылғы 4–8 қазан аралығында онлайн форматта өтеді, 36 академиялық сағат, сертификат беріледі.
Құны – бір тыңдаушыға 45 000 теңге.

Курс кестесі мен өтінім нысаны тіркемеде.

Құрметпен,
«Білім Өрлеу» оқу орталығы
+7 (727) 317-60-02"""
    x = xlsx_bytes([('Кесте', [['Күні', 'Тақырып', 'Оқытушы'],
                               ['04.10.2027', 'Мемлекеттік қызметтер туралы заң: жаңалықтар', 'Төлеуова Ж.'],
                               ['05.10.2027', 'Мемлекеттік қызметтер стандарттары', 'Серікбаев Д.'],
                               ['06.10.2027', 'Көрсетілетін қызметті алушылармен жұмыс', 'Төлеуова Ж.'],
                               ['07.10.2027', 'Сапаны бағалау және бақылау', 'Ахметов Е.'],
                               ['08.10.2027', 'Қорытынды тестілеу', '—']]),
                    ('Өтінім', [['№', 'Тыңдаушының аты-жөні', 'Лауазымы', 'Телефон', 'E-mail'], [1, '', '', '', ''], [2, '', '', '', '']])])
    m = message([('From', addr('Білім Өрлеу оқу орталығы', 'kurs@bilim-orleu-oc.kz')), ('To', EKC),
                 ('Subject', 'Біліктілікті арттыру курстары / Курсы повышения квалификации'), ('Date', 'Fri, 10 Sep 2027 10:00:05 +0600'),
                 ('Message-ID', '<kurs.0910@bilim-orleu-oc.kz>')],
                multi('mixed', [leaf('text/plain', txt, 'utf-8', 'base64'),
                                attach('kurs_kestesi_2027.xlsx', x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')], '=_kurs_kk'))
    save(n, m)
    keyctx(n, [D('body', 'kk'), D('kurs_kestesi_2027.xlsx', 'kk')], {'agency': KAR_EDU, 'services': [SV_DET], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Ignore: paid training advertisement in Kazakh with a schedule and a blank application table (name/position/phone/e-mail columns).'})

def z17():
    n = 'z17-webinar.txt'
    txt = """ПРИГЛАШЕНИЕ НА ВЕБИНАР

Тема: «Электронный документооборот в государственных органах: ЕСЭДО, ЭЦП, хранение»
Дата и время: 28 октября 2027 г., 15:00 (время Астаны)
Платформа: Zoom, идентификатор 874 2201 5530, код доступа 2027

Спикеры:
- Оспанов Талгат Муратович, руководитель практики цифровизации
- Ли Наталья Сергеевна, архивист-эксперт

Регистрация по ссылке: https://webinar-ecd.kz/reg/2810
Запись вебинара будет разослана зарегистрированным участникам.

--
ТОО «ЭДО-Консалт»
"""
    save(n, txt.encode('cp1251'))
    keyctx(n, [D(n, 'ru')], {'agency': ATYRAU_ZHKH, 'services': [SV_ZHIL], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/801', '2027-10-20', 'О предоставлении информации по государственной услуге'),
        'expected_effect': 'Ignore: webinar invitation, plain text in windows-1251 without a BOM.'})

def z18():
    n = 'z18-nauryz-greeting.eml'
    html = """<html><body style="font-family:'Times New Roman'">
<p align="center"><img src="cid:nauryz01" width="480"></p>
<p align="center"><b>Құрметті Бірыңғай байланыс орталығының ұжымы!</b></p>
<p>Сіздерді көктемнің шуағын, жаңару мен бірліктің мерекесі – Наурыз мейрамымен шын жүректен құттықтаймын! Отбасыларыңызға амандық, еңбектеріңізге табыс тілеймін. Ұлыс күні құтты болсын!</p>
<p><b>Уважаемые коллеги!</b> Сердечно поздравляю вас с праздником Наурыз! Желаю мира, добра и благополучия.</p>
<p>Құрметпен,<br>Павлодар облысы бойынша Мемлекеттік кірістер департаментінің басшысы<br>Е. Қасымжанов</p>
</body></html>"""
    png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
    img = (b'Content-Type: image/png; name="nauryz.png"\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <nauryz01>\r\n'
           b'Content-Disposition: inline; filename="nauryz.png"\r\n\r\n' + base64.encodebytes(png))
    m = message([('From', addr('ДГД по Павлодарской области', 'dgd_pvl@kgd-pvl.gov.kz')), ('To', EKC),
                 ('Subject', 'Наурыз мейрамымен! С праздником Наурыз!'), ('Date', 'Fri, 19 Mar 2027 17:30:00 +0500'),
                 ('Message-ID', '<nauryz2027@kgd-pvl.gov.kz>')],
                multi('related', [leaf('text/html', html, 'utf-8', 'quoted-printable'), img], 'rel_nauryz', '; type="text/html"'))
    save(n, m)
    keyctx(n, [D('body')], {'agency': KGD, 'services': [SV_NDS], 'awaiting': 'protocol',
        'our_letter': ol('ЕКЦ-2027/166', '2027-03-10', 'О подписании протокола принятия услуги для консультирования'),
        'expected_effect': 'Ignore: holiday greeting (kk then ru, HTML with inline image) from an agency whose protocol is awaited; language not keyed (both).'})

def z19():
    n = 'z19-thanks-consulting.eml'
    txt = """Уважаемые коллеги!

Управление ветеринарии акимата Костанайской области выражает благодарность сотрудникам Единого контакт-центра, в особенности Сарсенбаевой Айжан и Кулешову Денису, за оперативное и грамотное консультирование фермеров по вопросу получения ветеринарных справок в период весенних перегонов скота.

По данным нашего мониторинга, количество повторных обращений в управление сократилось почти вдвое.

Надеемся на дальнейшее плодотворное сотрудничество.

С уважением,
руководитель управления
Б. Искаков

Исп.: Жаксыбекова М., 8 (7142) 50-33-17"""
    m = message([('From', addr('Управление ветеринарии', 'vet@kost-vet.gov.kz')), ('To', EKC),
                 ('Subject', 'Благодарность'), ('Date', 'Tue, 18 May 2027 12:05:33 +0600'),
                 ('Message-ID', '<blag.0518@kost-vet.gov.kz>')],
                leaf('text/plain', txt, 'koi8-r', '8bit'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': KOST_VET, 'services': [SV_VETSPR], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Ignore for the case (forward to management): letter of thanks, koi8-r; the "Исп." line is an executor of a thank-you, not a responsible person.'})

def z20():
    n = 'z20-novyi-god.docx'
    def b(d):
        d.add_paragraph('ҚАЗАҚСТАН РЕСПУБЛИКАСЫ МӘДЕНИЕТ ЖӘНЕ АҚПАРАТ МИНИСТРЛІГІ\nМИНИСТЕРСТВО КУЛЬТУРЫ И ИНФОРМАЦИИ РЕСПУБЛИКИ КАЗАХСТАН')
        d.add_paragraph('010000, Астана қ., Мәңгілік Ел д-лы, 8, «Министрліктер үйі», 15-кіреберіс')
        d.add_paragraph('Исх. № 07-2/9981 от 27.12.2027')
        d.add_paragraph('Руководителю Единого контакт-центра')
        d.add_paragraph('Уважаемые коллеги!').runs[0].bold = True
        d.add_paragraph('От имени Министерства культуры и информации Республики Казахстан поздравляю вас с наступающим 2028 годом! '
                        'Уходящий год был насыщенным: совместными усилиями мы перевели в электронный формат выдачу архивных справок '
                        'и согласование наружной рекламы, а число обращений граждан, решённых с первого звонка, выросло.')
        d.add_paragraph('Желаю вам крепкого здоровья, терпения и новых профессиональных успехов!')
        d.add_paragraph('Жаңа жыл құтты болсын!')
        d.add_paragraph('Вице-министр\t\t\t\tА. Бейсенбаева')
    save(n, docx_doc(b))
    keyctx(n, [D(n, 'ru')], {'agency': MKI, 'services': [SV_ARH, SV_REKL], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Ignore: New Year greeting on official letterhead with an outgoing number; mentions services but changes nothing.'})

def z21():
    n = 'z21-spam-seo.eml'
    txt = """Здравствуйте!

Ваш сайт ekc-gu.kz не отображается в ТОП-10 Яндекс и Google по запросам вашей тематики.
Мы проведём бесплатный аудит и выведем сайт в ТОП за 30 дней — ГАРАНТИЯ результата по договору!

✔ SEO-продвижение от 49 000 тг/мес
✔ Контекстная реклама
✔ Ведение соцсетей

Ответьте на это письмо словом «АУДИТ» — и получите скидку 30%.

Менеджер Виктория
+7 775 000 12 34 (WhatsApp)

Если вы не хотите получать наши письма — просто проигнорируйте это сообщение."""
    m = message([('From', addr('Виктория | Digital-агентство', 'viktoria.promo@top-seo-kz.online')), ('To', EKC),
                 ('Subject', 'Ваш сайт теряет клиентов каждый день'), ('Date', 'Sat, 12 Jun 2027 03:17:44 +0300'),
                 ('Message-ID', '<1623456789.55@top-seo-kz.online>'), ('X-Spam-Flag', 'YES'), ('X-Spam-Score', '7.9')],
                leaf('text/plain', txt, 'utf-8', 'base64'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': KAR_EDU, 'services': [SV_DUBL], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/402', '2027-06-11', 'Запрос о предоставлении информации по форме Приложения 1'),
        'expected_effect': 'Ignore, do not attach to any case: SEO spam from an unrelated sender that arrived while a case was open.'})

def z22():
    n = 'z22-phishing-ecp.eml'
    html = """<html><body style="font-family:Arial">
<table width="100%"><tr><td style="background:#1e6fb8;color:white;padding:8px"><b>eGov.kz | НУЦ РК</b></td></tr></table>
<p>Уважаемый пользователь!</p>
<p>Срок действия регистрационного свидетельства ЭЦП вашей организации <b>истекает через 24 часа</b>. Для продления без посещения ЦОН необходимо подтвердить данные ключа.</p>
<p style="text-align:center"><a href="http://nuc-pki-kz.verify-sign.top/renew?id=ekc" style="background:#1e6fb8;color:#fff;padding:10px 20px;text-decoration:none">ПРОДЛИТЬ ЭЦП</a></p>
<p>Приложите файл ключа (RSA256_*.p12) и пароль на странице продления.</p>
<p style="color:#888;font-size:10px">Национальный удостоверяющий центр Республики Казахстан. Письмо сформировано автоматически.</p>
</body></html>"""
    m = message([('From', addr('НУЦ РК', 'support@pki-gov-kz.help')), ('To', EKC), ('Reply-To', 'renew@verify-sign.top'),
                 ('Subject', 'СРОЧНО: срок действия ЭЦП истекает'), ('Date', 'Thu, 04 Nov 2027 02:41:19 +0000'),
                 ('Message-ID', '<x91k2@pki-gov-kz.help>')],
                leaf('text/html', html, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': KMS, 'services': [SV_VIZ], 'awaiting': 'protocol',
        'our_letter': ol('ЕКЦ-2027/810', '2027-10-28', 'О подписании протокола принятия услуги для консультирования'),
        'expected_effect': 'Ignore and report to IT security: phishing imitating the national certification centre; do not attach to any case.'})

def z23():
    n = 'z23-phishing-mailbox-full.eml'
    txt = """Mailbox Storage Alert / Хранилище почтового ящика

Dear ekc-zapros@ekc-gu.kz,

Your mailbox has reached 98% of its storage limit (4.9 GB / 5 GB). Incoming messages will be rejected after 12 hours.
Ваш почтовый ящик заполнен на 98%. Входящие письма будут отклоняться.

Click below to increase quota / Нажмите для увеличения квоты:
http://ekc-gu.kz.mail-quota-upgrade.ru/owa/?user=ekc-zapros

IT Helpdesk
© 2027 Microsoft Exchange"""
    m = message([('From', '"IT Helpdesk" <helpdesk@ekc-gu-kz.mailservice-admin.com>'), ('To', EKC),
                 ('Subject', 'Mailbox quota exceeded / Почтовый ящик переполнен'), ('Date', 'Sun, 19 Sep 2027 22:10:01 +0000'),
                 ('Message-ID', '<quota.77812@mailservice-admin.com>')],
                leaf('text/plain', txt, 'utf-8', '8bit', label=''))
    save(n, m)
    keyctx(n, [D('body')], {'agency': ALM_ARCH, 'services': [SV_APZ], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/519', '2027-07-16', 'Запрос о предоставлении информации по услуге «Выдача архитектурно-планировочного задания»'),
        'expected_effect': 'Ignore, report as phishing: English/Russian quota scam with no charset label; language not keyed (mixed en/ru).'})

def z24():
    n = 'z24-spam-kk-nesie.eml'
    txt = """Сәлеметсіз бе!

Мемлекеттік қызметкерлерге арналған АРНАЙЫ ҰСЫНЫС!
Кепілсіз, анықтамасыз 5 000 000 теңгеге дейін несие – 15 минутта шешім!
Жылдық сыйақы – 0,1%-дан бастап.

Өтінім қалдыру: https://tez-nesie-kz.site/gos
WhatsApp: +7 747 123 45 67

Бұл хат жарнамалық сипатта."""
    m = message([('From', addr('Тез Несие', 'info@tez-nesie-kz.site')), ('To', EKC),
                 ('Subject', 'Мемлекеттік қызметкерлерге 0,1% несие!!!'), ('Date', 'Tue, 27 Apr 2027 06:06:06 +0500'),
                 ('Message-ID', '<sp4m.kk.0427@tez-nesie-kz.site>')],
                multi('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                      leaf('text/html', '<html><body><h1 style="color:red">АРНАЙЫ ҰСЫНЫС!</h1><p>' + txt.replace('\n', '<br>') + '</p></body></html>', 'utf-8', 'base64')], 'alt_spam_kk'))
    save(n, m)
    keyctx(n, [D('body', 'kk')], {'agency': ZHIBEK, 'services': [SV_SPR], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/260', '2027-04-14', 'Мемлекеттік қызмет туралы ақпарат ұсыну туралы'),
        'expected_effect': 'Ignore, do not attach to any case: Kazakh loan spam (multipart/alternative).'})

def z25():
    n = 'z25-vopros-kakaya-forma.eml'
    txt = """Добрый день!

Получили ваше письмо от 09.02.2027 № ЕКЦ-2027/094 о представлении информации по услуге «Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда».

Подскажите, пожалуйста, по какой форме нужно представить сведения? Во вложении к вашему письму был файл «Прил1.doc», но он у нас не открывается (пишет, что файл повреждён). Можно ли заполнить в Excel или отправить письмом в свободной форме?

И ещё вопрос: графу 5 «Регламент» заполнять, если регламент по данной услуге отменён и действуют Правила оказания?

Заранее спасибо.

Сагындыкова Лаура
главный специалист отдела жилищной политики
8 (7122) 35-90-14

Отправлено с iPhone"""
    m = message([('From', addr('Лаура Сагындыкова', 'l.sagyndykova@atyrau-zhkh.gov.kz')), ('To', EKC),
                 ('Subject', 'Re: ЕКЦ-2027/094 по какой форме?'), ('Date', 'Thu, 11 Feb 2027 16:48:20 +0500'),
                 ('Message-ID', '<E4A1-iphone@atyrau-zhkh.gov.kz>'), ('In-Reply-To', '<ekc-2027-094@ekc-gu.kz>')],
                leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': ATYRAU_ZHKH, 'services': [SV_ZHIL], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/094', '2027-02-09', 'О представлении информации по государственной услуге'),
        'expected_effect': 'Route to an operator to answer the question (resend the form); the information is still awaited. The signature is of the asker, not an appointment.'})

def z26():
    n = 'z26-vopros-komu.txt'
    txt = """Исх. № 02-14/377 от 18.03.2027

Единый контакт-центр

На ваш запрос от 15.03.2027 № ЕКЦ-2027/173

Аппарат акима города Семей просит уточнить, в чей адрес и в каком порядке следует направить сведения об ответственном лице: в ваш адрес непосредственно или через управление цифровизации области Абай, как это было в 2026 году.

Также просим сообщить фамилию и контактный телефон вашего сотрудника, ответственного за взаимодействие с акиматом, для оперативного решения рабочих вопросов.

Руководитель аппарата                     Д. Муратбеков

Исп. Ахметжанова Ж.
тел. 8 (7222) 52-14-88"""
    save(n, txt.encode('utf-8-sig'))
    keyctx(n, [D(n, 'ru')], {'agency': ABAY_AKIM, 'services': [SV_ZHIL, SV_ARH], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/173', '2027-03-15', 'О назначении ответственного лица'),
        'expected_effect': 'Route to an operator to answer (to whom and how); appointment still awaited. Official letter with outgoing number, but asks a question only.'})

def z27():
    n = 'z27-prodlenie-sroka.eml'
    txt = """Уважаемые коллеги!

Министерство здравоохранения Республики Казахстан, рассмотрев ваш запрос от 24 мая 2027 года № ЕКЦ-2027/351, сообщает следующее.

В связи с проводимой в настоящее время переработкой Правил оказания государственной услуги «Выдача лицензии на медицинскую деятельность» (проект приказа размещён на портале «Открытые НПА» до 25 июня 2027 года) представить сведения по форме Приложения 1 в установленный Правилами взаимодействия срок не представляется возможным.

Просим продлить срок представления информации до 9 июля 2027 года. Информация будет направлена после государственной регистрации приказа.

Заместитель директора Департамента
организации медицинской помощи           С. Тлеубердина

Исп.: Дюсенова А.Б., тел. 8 (7172) 74-17-62"""
    html = '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head><body lang=RU><div class=WordSection1>' + \
        ''.join(f'<p class=MsoNormal>{l or "&nbsp;"}</p>' for l in txt.split('\n')) + '</div></body></html>'
    m = message([('From', addr('Канцелярия МЗ РК', 'kense@densaulyk-mz.gov.kz')), ('To', EKC),
                 ('Subject', 'О продлении срока (на № ЕКЦ-2027/351)'), ('Date', 'Thu, 03 Jun 2027 18:02:37 +0500'),
                 ('Message-ID', '<00a101d7@densaulyk-mz.gov.kz>'), ('X-Mailer', 'Microsoft Outlook 16.0')],
                leaf('text/html', html, 'windows-1251', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': MINZDRAV, 'services': [SV_MED], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/351', '2027-05-24', 'Запрос о предоставлении информации о государственной услуге'),
        'expected_effect': 'Operator decides on the extension (to 2027-07-09); not a refusal - the agency promises the information later; keep awaiting information.'})

def z28():
    n = 'z28-merzim-uzartu-kk.docx'
    def b(d):
        d.add_paragraph('«ТҮРКІСТАН ОБЛЫСЫНЫҢ ЖҰМЫСПЕН ҚАМТУДЫ ҮЙЛЕСТІРУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ» ММ')
        d.add_paragraph('Түркістан қ., Тәуке хан даңғ., 3, тел.: 8 (72533) 5-41-02')
        d.add_paragraph('2027 жылғы 22 қаңтар № 04-11/245')
        p = d.add_paragraph('«Бірыңғай байланыс орталығы»'); p.alignment = 2
        d.add_paragraph('2027 жылғы 18 қаңтардағы № ЕКЦ-2027/031 хатқа')
        d.add_paragraph('Басқарма «Жұмыс іздеп жүрген адамдарды жұмыссыздар ретінде тіркеу» мемлекеттік көрсетілетін қызметі '
                        '(тізілімдегі № 00603007) бойынша ақпарат ұсыну туралы сұрау салуыңызды қарап, мынаны хабарлайды.')
        d.add_paragraph('Басқарманың құрылымын өзгертуге байланысты (облыс әкімдігінің 2027 жылғы 10 қаңтардағы № 12 қаулысы) '
                        'жауапты тұлға әлі тағайындалмады. Осыған байланысты жауапты тұлғаны тағайындау мерзімін '
                        '2027 жылғы 5 ақпанға дейін ұзартуды сұраймыз.')
        d.add_paragraph('Басшының орынбасары\t\t\tН. Әбдіқадыров')
        d.add_paragraph('Орынд.: Сейітқали Г.\nтел.: 8 (72533) 5-41-19')
    save(n, docx_doc(b))
    keyctx(n, [D(n, 'kk', responsible=None)], {'agency': TURK_SOC, 'services': [SV_BEZR], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/031', '2027-01-18', 'Жауапты тұлғаны тағайындау туралы'),
        'expected_effect': 'Operator decides on the extension (to 2027-02-05); explicitly no responsible person yet, keep awaiting appointment.'})

def z29():
    n = 'z29-utochnit-perechen.txt'
    txt = """Кому: Единый контакт-центр
От: ГУ «Управление ветеринарии акимата Костанайской области»

Касательно письма ЕКЦ-2027/455 от 01.07.2027

В вашем письме указаны номера реестра 00805012 и 00805015. Услуга 00805015 («Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля») с 1 июня 2027 года оказывается территориальной инспекцией Комитета ветеринарного контроля и надзора МСХ РК, а не управлением.

Просим уточнить, по какой именно услуге (услугам) требуется информация от управления, и при необходимости переадресовать запрос в части 00805015.

Ответ просим направить на vet@kost-vet.gov.kz.

Главный специалист
Жаксыбекова Мадина, 8 (7142) 50-33-17
"""
    save(n, txt.replace('«', '"').replace('»', '"').encode('koi8-r'))
    keyctx(n, [D(n, 'ru')], {'agency': KOST_VET, 'services': [SV_VETSPR, S('00805015', 'Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля')],
        'awaiting': 'information', 'our_letter': ol('ЕКЦ-2027/455', '2027-07-01', 'Запрос о предоставлении информации по форме Приложения 1'),
        'expected_effect': 'Route to an operator: a clarifying question (koi8-r text); it hints at non-competence for 00805015 but does not refuse - keep awaiting information for both.'})

def z30():
    n = 'z30-vopros-data-obucheniya.eml'
    txt = """Здравствуйте, Айгерим Серикқызы!

Форму по услуге 00702019 мы вам направили 15 сентября, в ответном письме вы сообщили, что информация внесена в базу.

Когда планируется обучение ваших операторов и в каком формате (у нас в офисе, у вас или по видеосвязи)? Наш специалист, который будет проводить обучение, в отпуске с 4 октября, поэтому удобнее до этой даты. Проект протокола тоже пришлите, пожалуйста, заранее, чтобы согласовать с юристами.

С уважением,
Жанна Абенова
главный специалист отдела администрирования НДС
ДГД по Павлодарской области
+7 (7182) 32-77-05

-----Original Message-----
From: Единый контакт-центр <ekc-zapros@ekc-gu.kz>
Sent: Friday, September 17, 2027 10:20 AM
Subject: Re: Форма по услуге 00702019

Жанна, добрый день! Информация получена и внесена в базу ЕКЦ. О дате обучения сообщим дополнительно.
Айгерим"""
    m = message([('From', addr('Абенова Жанна', 'zh.abenova@kgd-pvl.gov.kz')), ('To', EKC),
                 ('Subject', 'RE: Форма по услуге 00702019 - обучение?'), ('Date', 'Mon, 20 Sep 2027 09:31:00 +0600'),
                 ('Message-ID', '<CAF3-0920@kgd-pvl.gov.kz>')],
                leaf('text/plain', txt, 'utf-8', '8bit'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': KGD, 'services': [SV_NDS], 'awaiting': 'protocol',
        'our_letter': ol('ЕКЦ-2027/690', '2027-09-17', 'Re: Форма по услуге 00702019'),
        'expected_effect': 'Route to an operator to schedule training; no protocol yet, keep awaiting protocol.'})

def z31():
    n = 'z31-esedo-ispolnitel.eml'
    txt = """ЕДИНАЯ СИСТЕМА ЭЛЕКТРОННОГО ДОКУМЕНТООБОРОТА
Уведомление о движении документа

Вид документа:        Входящее письмо
Рег. номер / дата:    5-08/11402-вх от 26.05.2027
Корреспондент:        Единый контакт-центр
Исх. номер / дата:    ЕКЦ-2027/360 от 25.05.2027
Краткое содержание:   О назначении ответственного лица по услугам 00801044
Резолюция:            Департамент производства и переработки растениеводства – для исполнения
Исполнитель:          Тулегенова Динара Маратовна, главный эксперт
Срок исполнения:      01.06.2027
Статус:               На исполнении

Уведомление сформировано автоматически. Не отвечайте на это сообщение."""
    m = message([('From', '"ESEDO" <esedo-notify@agro-msh.gov.kz>'), ('To', EKC),
                 ('Subject', 'ЕСЭДО: документ 5-08/11402-вх передан на исполнение'), ('Date', 'Wed, 26 May 2027 11:04:40 +0600'),
                 ('Message-ID', '<esedo.11402.exec@agro-msh.gov.kz>'), ('Auto-Submitted', 'auto-generated')],
                leaf('text/plain', txt, 'utf-8', 'base64'))
    save(n, m)
    keyctx(n, [D('body', 'ru', responsible=None)], {'agency': MSH, 'services': [SV_SUBS], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/360', '2027-05-25', 'О назначении ответственного лица'),
        'expected_effect': 'No change: e-document system routing notice; the "Исполнитель" is the internal executor of our letter, not an appointment under p.5 - keep awaiting appointment (operator may note the name).'})

def z32():
    n = 'z32-esedo-oryndaldy-kk.eml'
    txt = """БІРЫҢҒАЙ ЭЛЕКТРОНДЫҚ ҚҰЖАТ АЙНАЛЫМЫ ЖҮЙЕСІ

Құжат мәртебесі өзгерді

Кіріс нөмірі:      02-14/2231
Тіркелген күні:    2027-03-16
Жіберуші:          Бірыңғай байланыс орталығы, № ЕКЦ-2027/173
Мәртебесі:         ОРЫНДАЛДЫ (бақылаудан алынды)
Орындау негізі:    Жауап хат № 02-14/377, 18.03.2027

Бұл хабарлама автоматты түрде жасалды."""
    m = message([('From', '"BEKAJ" <noreply-edo@semey-abay.gov.kz>'), ('To', EKC),
                 ('Subject', 'Құжат мәртебесі: ОРЫНДАЛДЫ (02-14/2231)'), ('Date', 'Fri, 19 Mar 2027 09:00:03 +0500'),
                 ('Message-ID', '<edo.2231.status@semey-abay.gov.kz>'), ('Auto-Submitted', 'auto-generated')],
                leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'kk')], {'agency': ABAY_AKIM, 'services': [SV_ZHIL, SV_ARH], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/173', '2027-03-15', 'О назначении ответственного лица'),
        'expected_effect': 'No change: system says our letter is "executed" there, but the answer it names (02-14/377) was a question, not an appointment - keep awaiting appointment.'})

def z33():
    n = 'z33-rkk-kartochka.pdf'
    lines = ['**РЕГИСТРАЦИОННО-КОНТРОЛЬНАЯ КАРТОЧКА', 'Министерство юстиции Республики Казахстан', '',
             'Регистрационный номер:     3-1/16088-вх', 'Дата регистрации:          07.05.2027',
             'Корреспондент:             Единый контакт-центр', 'Исходящий номер, дата:     ЕКЦ-2027/301 от 06.05.2027',
             'Вид доставки:              ЕСЭДО', 'Кол-во листов:             2 (в т.ч. приложение 1 л.)',
             'Краткое содержание:        Запрос о представлении информации по услугам 00501027, 00501009',
             '                           (Приложение 1 к Правилам взаимодействия ЕКЦ)', '',
             '**Резолюции', '07.05.2027  Вице-министр Ж. Сарсенов → Департамент регистрационной службы',
             '            «Подготовить ответ, обеспечить представление информации в срок»',
             '08.05.2027  Директор Департамента А. Кусаинов → Оспанова К.Т.',
             '', 'Контрольный срок:          14.05.2027', 'Отметка об исполнении:     ________________', '',
             'Распечатано из ЕСЭДО 08.05.2027 15:21']
    save(n, pdf_bytes(lines, 9))
    keyctx(n, [D(n, 'ru', responsible=None)], {'agency': MINJUST, 'services': [SV_APOST, SV_BRAK], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/301', '2027-05-06', 'Запрос о представлении информации (Приложение 1)'),
        'expected_effect': 'No change: a printed registration card of our own request with resolutions; registry numbers appear but are ours, no information given.'})

def z34():
    n = 'z34-esedo-vozvrat-ecp.eml'
    txt = """Уважаемый пользователь!

Документ, направленный Вами через шлюз ЕСЭДО, не принят системой получателя.

Отправитель: Единый контакт-центр
Получатель: Управление энергетики и ЖКХ Атырауской области
Документ: ЕКЦ-2027/802 от 20.10.2027 «Протокол принятия услуги для консультирования»
Код ошибки: SIGN_VERIFY_FAILED
Причина: подпись документа не прошла проверку (сертификат отозван либо истёк срок действия)

Необходимо переподписать документ действующим ключом ЭЦП и отправить повторно.

Служба технической поддержки ЕСЭДО: 1414 (доб. 3)"""
    m = message([('From', 'gateway-esedo@esedo-shlyuz.kz'), ('To', EKC),
                 ('Subject', 'Документ не принят: ЕКЦ-2027/802'), ('Date', 'Wed, 20 Oct 2027 19:40:10 +0500'),
                 ('Message-ID', '<gw.reject.802@esedo-shlyuz.kz>'), ('Auto-Submitted', 'auto-generated')],
                leaf('text/plain', txt, 'windows-1251', 'base64'))
    save(n, m)
    keyctx(n, [D('body', 'ru', refusal_reason=None)], {'agency': ATYRAU_ZHKH, 'services': [SV_ZHIL], 'awaiting': 'protocol',
        'our_letter': ol('ЕКЦ-2027/802', '2027-10-20', 'Протокол принятия услуги для консультирования'),
        'expected_effect': 'Flag for an operator to re-sign and resend our protocol: technical rejection by the e-document gateway, not a refusal by the agency.'})

def z35():
    n = 'z35-rezume-ne-tuda.eml'
    txt = """Здравствуйте!

Увидела на hh.kz вакансию оператора контакт-центра (казахский и русский языки). Направляю своё резюме, прошу рассмотреть мою кандидатуру.

Опыт работы в колл-центре банка 2 года, владею казахским, русским, английским (B1).

Жакупова Асем Нурлановна
+7 708 411 22 90"""
    cv = docx_doc(lambda d: (d.add_heading('РЕЗЮМЕ', 1), d.add_paragraph('Жакупова Асем Нурлановна'),
        d.add_paragraph('Дата рождения: 03.11.2001, г. Астана'), d.add_paragraph('Желаемая должность: оператор контакт-центра'),
        d.add_paragraph('Опыт: 2025–2027 – АО «Банк Береке», оператор колл-центра'),
        d.add_paragraph('Образование: ЕНУ им. Л.Н. Гумилева, филология, 2023'),
        d.add_paragraph('Телефон: +7 708 411 22 90, e-mail: asem.zhakupova01@mail.kz')))
    m = message([('From', addr('Асем Жакупова', 'asem.zhakupova01@mail.kz')), ('To', EKC),
                 ('Subject', 'Резюме на вакансию оператора'), ('Date', 'Sun, 25 Jul 2027 21:14:00 +0600'),
                 ('Message-ID', '<2107251.cv@mail.kz>')],
                multi('mixed', [leaf('text/plain', txt, 'utf-8', '8bit'),
                                attach('Резюме_Жакупова.docx', cv, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')], '==cv_0725'))
    save(n, m)
    keyctx(n, [D('body', 'ru', responsible=None), D('Резюме_Жакупова.docx', 'ru', responsible=None)], {'agency': MINTRUD, 'services': [SV_POSOB], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/560', '2027-07-21', 'Запрос о предоставлении информации по форме Приложения 1'),
        'expected_effect': 'Forward to HR, do not attach to any case: a job applicant\'s CV sent to the interagency mailbox.'})

def z36():
    n = 'z36-schet-buhgalteriya.eml'
    txt = """Добрый день!

Направляем счёт на оплату № 418 от 30.09.2027 за техническое обслуживание IP-телефонии (сентябрь 2027 г.) и акт выполненных работ. Просим передать в бухгалтерию.

ТОО «ТелекомСервис Астана»
БИН 150440021187
бухгалтер Рахимова Сауле, +7 (7172) 27-40-51"""
    x = xlsx_bytes([('Счет', [['ТОО «ТелекомСервис Астана»', '', '', ''], ['Счет на оплату № 418 от 30.09.2027', '', '', ''],
                              ['Покупатель: Единый контакт-центр', '', '', ''], ['№', 'Наименование', 'Кол-во', 'Сумма, тг'],
                              [1, 'Техническое обслуживание IP-АТС (сентябрь 2027)', 1, 380000],
                              [2, 'Абонентская плата SIP-транк, 60 линий', 1, 214000], ['', 'Итого', '', 594000],
                              ['', 'в т.ч. НДС 12%', '', 63642.86]])])
    m = message([('From', addr('ТелекомСервис Астана', 'buh@telecomservice-ast.kz')), ('To', EKC),
                 ('Subject', 'Счет на оплату №418 / акт сентябрь'), ('Date', 'Thu, 30 Sep 2027 17:55:21 +0600'),
                 ('Message-ID', '<schet418@telecomservice-ast.kz>')],
                multi('mixed', [leaf('text/plain', txt, 'windows-1251', 'quoted-printable'),
                                attach('schet_418.xlsx', x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')], 'bnd_schet418'))
    save(n, m)
    keyctx(n, [D('body', 'ru'), D('schet_418.xlsx', 'ru')], {'agency': KGD, 'services': [SV_NDS], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Forward to accounting, do not attach to any case: a supplier\'s invoice (xlsx with a numbered table that is not Appendix 1).'})

def z37():
    n = 'z37-ne-po-adresu-mcr.docx'
    def b(d):
        d.add_paragraph('АКМОЛА ОБЛЫСЫ АРШАЛЫ АУДАНЫ ЖІБЕК ЖОЛЫ АУЫЛДЫҚ ОКРУГІ ӘКІМІНІҢ АППАРАТЫ\n'
                        'АППАРАТ АКИМА ЖИБЕКЖОЛИНСКОГО СЕЛЬСКОГО ОКРУГА АРШАЛЫНСКОГО РАЙОНА АКМОЛИНСКОЙ ОБЛАСТИ')
        d.add_paragraph('№ 214 от 12.08.2027')
        p = d.add_paragraph('Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан'); p.alignment = 2
        d.add_paragraph('О проблемах с подключением к сети Интернет').runs[0].italic = True
        d.add_paragraph('Аппарат акима Жибекжолинского сельского округа сообщает, что с 1 августа 2027 года в сёлах Жибек жолы, '
                        'Көктөбе и Ақтасты отсутствует стабильное подключение к сети Интернет по программе «250+», в связи с чем '
                        'жители не могут получить государственные услуги через портал электронного правительства, а '
                        'сотрудники аппарата – работать в ИС «Е-лицензирование» и ЕСЭДО.')
        d.add_paragraph('Просим оказать содействие в восстановлении связи оператором АО «Қазақтелеком».')
        d.add_paragraph('Аким сельского округа\t\t\tК. Оспанов')
        d.add_paragraph('Исп. Бекенова Д., 8 (71644) 2-31-56')
    save(n, docx_doc(b))
    keyctx(n, [D(n, 'ru')], {'agency': ZHIBEK, 'services': [SV_SPR], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/592', '2027-08-10', 'О представлении информации по государственной услуге'),
        'expected_effect': 'Misaddressed (meant for the Ministry of Digital Development): tell the sender / forward; no change to the case. Bilingual letterhead, Russian text.'})

def z38():
    n = 'z38-smena-otv-dlya-gk.eml'
    txt = """Директору филиала НАО «Государственная корпорация «Правительство для граждан» по Павлодарской области

Департамент государственных доходов по Павлодарской области уведомляет, что в связи с переводом на другую должность Жумабекова Ерлана Асхатовича ответственным за внесение данных о стадии оказания государственных услуг в ИС «Мониторинг» и сверку данных с ЦОН с 1 ноября 2027 года назначена Ибраева Салтанат Маратовна, главный специалист отдела администрирования НДС, тел. 8 (7182) 32-77-11, s.ibrayeva@kgd-pvl.gov.kz.

Руководитель департамента                Е. Қасымжанов

(копия: Единый контакт-центр – для сведения)"""
    m = message([('From', addr('ДГД по Павлодарской области', 'dgd_pvl@kgd-pvl.gov.kz')),
                 ('To', 'pavlodar@gov4c-filial.kz'), ('Cc', EKC),
                 ('Subject', 'О назначении ответственного за ИС Мониторинг (для ЦОН)'), ('Date', 'Tue, 02 Nov 2027 10:15:00 +0600'),
                 ('Message-ID', '<otv-mon.1102@kgd-pvl.gov.kz>')],
                leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru', kind='responsible_change',
                 responsible={'full_name': 'Ибраева Салтанат Маратовна', 'position': 'главный специалист отдела администрирования НДС', 'phone': '87182327711', 'email': 's.ibrayeva@kgd-pvl.gov.kz'},
                 previous_responsible={'full_name': 'Жумабеков Ерлан Асхатович'}, effective_date='2027-11-01')],
        {'agency': KGD, 'services': [SV_NDS], 'awaiting': 'consulting', 'our_letter': None,
         'expected_effect': 'Do NOT replace our responsible person: the letter is truly a responsible-person change, but for ИС Мониторинг data entry and addressed to the State Corporation; the centre is only in copy. Operator may note it.'})

def z39():
    n = 'z39-protokol-povtorno.eml'
    txt = """Добрый день!

По просьбе нашего юридического управления повторно направляем скан подписанного протокола от 14.06.2027 (оригинал у вас уже есть, в июне отправляли через ЕСЭДО). Ничего не изменилось, просто для вашего архива – у вас в прошлый раз не читалась вторая страница.

Сагындыкова Л."""
    def b(d):
        d.add_heading('ПРОТОКОЛ', 1)
        d.add_paragraph('принятия Единым контакт-центром государственной услуги для консультирования')
        d.add_paragraph('г. Атырау\t\t\t\t\t14 июня 2027 года')
        d.add_paragraph('В соответствии с пунктом 8 Правил взаимодействия Единого контакт-центра ответственное лицо '
                        'Управления энергетики и жилищно-коммунального хозяйства Атырауской области провело обучение '
                        'ответственных сотрудников Единого контакт-центра по следующей государственной услуге:')
        t = d.add_table(rows=2, cols=3, style='Table Grid')
        for j, v in enumerate(['№', '№ в реестре', 'Наименование государственной услуги']): t.cell(0, j).text = v
        for j, v in enumerate(['1', '01504021', 'Постановка на учет граждан, нуждающихся в жилище из государственного жилищного фонда']): t.cell(1, j).text = v
        d.add_paragraph('По итогам обучения государственная услуга принята Единым контакт-центром для консультирования.')
        d.add_paragraph('От Управления: Сагындыкова Л.К. ________\nОт Единого контакт-центра: Абдуллина А.С. ________')
    m = message([('From', addr('Лаура Сагындыкова', 'l.sagyndykova@atyrau-zhkh.gov.kz')), ('To', EKC),
                 ('Subject', 'протокол (повторно, для архива)'), ('Date', 'Mon, 13 Sep 2027 11:11:11 +0500'),
                 ('Message-ID', '<prot-dup.0913@atyrau-zhkh.gov.kz>')],
                multi('mixed', [leaf('text/plain', txt, 'utf-8', '8bit'),
                                attach('Протокол_01504021.docx', docx_doc(b), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')], 'dup_prot'))
    save(n, m)
    keyctx(n, [D('body', 'ru'),
               D('Протокол_01504021.docx', 'ru', kind='training_protocol', protocol_date='2027-06-14', services=[{'registry_number': '01504021'}])],
        {'agency': ATYRAU_ZHKH, 'services': [SV_ZHIL], 'awaiting': 'consulting', 'our_letter': None,
         'expected_effect': 'No change: the attachment is truly a training protocol, but a duplicate of one already applied (service consulted since June); file it, do not re-apply.'})

def z40():
    n = 'z40-helpdesk-ticket.eml'
    txt = """Ваше обращение зарегистрировано в системе поддержки.

Номер заявки: SD-2027-045521
Тема: Re: Запрос ЕКЦ-2027/744 о предоставлении информации
Приоритет: Нормальный
Очередь: Первая линия (общие вопросы)

Специалист свяжется с Вами в течение 2 рабочих дней. Для дополнения заявки ответьте на это письмо, не изменяя тему.

--
Служба поддержки Министерства культуры и информации РК
Это автоматическое сообщение системы Service Desk."""
    m = message([('From', '"Service Desk" <sd@mki-rk.gov.kz>'), ('To', EKC),
                 ('Subject', '[SD-2027-045521] Re: Запрос ЕКЦ-2027/744 о предоставлении информации'), ('Date', 'Tue, 28 Sep 2027 10:00:09 +0500'),
                 ('Message-ID', '<sd-045521@mki-rk.gov.kz>'), ('Auto-Submitted', 'auto-replied')],
                leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': MKI, 'services': [SV_REKL], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/744', '2027-09-27', 'Запрос о предоставлении информации'),
        'expected_effect': 'Flag for an operator: our request landed in the ministry\'s IT service desk instead of the chancellery - resend to kense@; case unchanged.'})

def z41():
    n = 'z41-bolnichnyi.txt'
    txt = """Добрый день.
Получила ваш запрос про апостиль. Я сейчас на больничном до 15 ноября, как выйду – сразу подготовлю таблицу и отправлю. Руководство в курсе, менять исполнителя не стали.
Извините за задержку.
Оспанова К."""
    save(n, txt.encode('utf-8'))
    keyctx(n, [D(n, 'ru', responsible=None)], {'agency': MINJUST, 'services': [SV_APOST], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/851', '2027-11-02', 'Напоминание о представлении информации по услуге 00501027'),
        'expected_effect': 'No change (operator may note the expected date ~2027-11-15): a short personal note, no information and no new responsible person.'})

def z42():
    n = 'z42-vnutr-poruchenie-fwd.eml'
    txt = """Гүлнар Бауыржанқызы, добрый день!

Прошу подготовить ответ в ЕКЦ по пособию на детей, таблицу по их форме заполнить до пятницы. Исполнителем укажите себя, меня поставьте в копию. Срок у них 5 рабочих дней, не затягивайте пожалуйста.

А.К.

---------- Пересылаемое сообщение ----------
От: Единый контакт-центр <ekc-zapros@ekc-gu.kz>
Дата: 9 сентября 2027 г., 10:12
Тема: Запрос о предоставлении информации (ЕКЦ-2027/705)
Кому: a.suleimenov@mtszn-rk.gov.kz

Уважаемый Арман Кайратович!
Просим в течение пяти рабочих дней представить информацию по форме Приложения 1 по услуге 00604112 «Назначение государственного пособия семьям, имеющим детей».

> № п/п | № в реестре | Наименование | Стандарт | Регламент | Изменения НПА | Интернет-ресурс | ФИО, должность
> 1 | 00604112 | | | | | |"""
    m = message([('From', addr('Сулейменов Арман Кайратович', 'a.suleimenov@mtszn-rk.gov.kz')),
                 ('To', 'g.myrzakhmetova@mtszn-rk.gov.kz'), ('Cc', 'ekc-zapros@ekc-gu.kz'),
                 ('Subject', 'Fwd: Запрос о предоставлении информации (ЕКЦ-2027/705)'), ('Date', 'Thu, 09 Sep 2027 11:30:27 +0600'),
                 ('Message-ID', '<fwd705@mtszn-rk.gov.kz>')],
                leaf('text/plain', txt, 'utf-8', 'base64'))
    save(n, m)
    keyctx(n, [D('body', 'ru', responsible=None)], {'agency': MINTRUD, 'services': [SV_POSOB], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/705', '2027-09-09', 'Запрос о предоставлении информации'),
        'expected_effect': 'No change: an internal instruction accidentally copied to us, quoting our own empty Appendix 1 row; the information is still awaited.'})

def z43():
    n = 'z43-opros-kachestvo.eml'
    html = """<html><body>
<p>Құрметті әріптестер! Уважаемые коллеги!</p>
<p>Агентство по делам государственной службы совместно с Центром анализа «Сапа» проводит ежегодный опрос госорганов о качестве взаимодействия с Единым контакт-центром. Опрос анонимный и займёт не более 10 минут.</p>
<p><a href="https://sapa-survey.kz/s/ekc2027">Пройти опрос / Сауалнамаға қатысу</a> (до 30 ноября 2027 г.)</p>
<p>Благодарим за участие!</p></body></html>"""
    m = message([('From', addr('Центр анализа Сапа', 'survey@sapa-survey.kz')), ('To', EKC),
                 ('Subject', 'Сауалнама / Опрос о качестве взаимодействия'), ('Date', 'Mon, 15 Nov 2027 09:00:00 +0600'),
                 ('Message-ID', '<survey.ekc2027@sapa-survey.kz>'), ('Precedence', 'bulk')],
                multi('alternative', [leaf('text/plain', 'Пройдите опрос: https://sapa-survey.kz/s/ekc2027', 'utf-8', '7bit'),
                                      leaf('text/html', html, 'utf-8', 'quoted-printable')], 'alt_survey'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': ALM_ARCH, 'services': [SV_APZ], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Ignore: survey invitation (bulk mail), ru with a kk greeting.'})

def z44():
    n = 'z44-konferenciya-kk-ru.pdf'
    lines = ['**ШАҚЫРУ / ПРИГЛАШЕНИЕ', '',
             'Құрметті әріптестер!',
             '2027 жылғы 3 желтоқсанда Алматы қаласында «Цифрлық мемлекеттік қызметтер: азаматқа бағдарланған',
             'тәсіл» атты V республикалық конференция өтеді.',
             'Уважаемые коллеги!',
             '3 декабря 2027 года в г. Алматы состоится V республиканская конференция «Цифровые государственные',
             'услуги: человекоцентричный подход».', '',
             'Орны / Место: Алматы қ., Абай д-лы, 52, «Алатау» конгресс-холы',
             'Тіркелу / Регистрация: 09:00–10:00', '',
             'Секциялар / Секции:',
             '  1. Проактивные услуги и композитные услуги',
             '  2. Контакт-центры и обратная связь с гражданами',
             '  3. Искусственный интеллект в госуслугах', '',
             'Қатысуды 2027 жылғы 25 қарашаға дейін растауыңызды сұраймыз / Просим подтвердить участие до 25.11.2027:',
             'conf@digital-gov-forum.kz, +7 (727) 356-11-40', '',
             '>>Ұйымдастыру комитеті / Оргкомитет']
    save(n, pdf_bytes(lines, 9))
    keyctx(n, [D(n)], {'agency': ALM_ARCH, 'services': [SV_APZ], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Ignore: bilingual (line-by-line kk/ru) conference invitation in PDF; language not keyed.'})

def z45():
    n = 'z45-pereezd-grafik.eml'
    txt = """Уважаемые партнёры!

Сообщаем, что с 17 января 2028 года Управление координации занятости и социальных программ Туркестанской области переезжает в новое административное здание по адресу: г. Туркестан, проспект Тәуелсіздік, 41, 3 этаж.

В период с 10 по 14 января 2028 г. возможны перебои в работе телефонной связи и электронной почты. Номера приёмной изменятся: 8 (72533) 6-00-10, 6-00-11. Адреса электронной почты и интернет-ресурса остаются прежними.

Режим работы в праздничные дни: 1–2 января, 7 января – выходные дни.

Пресс-служба управления"""
    m = message([('From', addr('Кеңсе / Канцелярия', 'kense@turk-enbek.gov.kz')), ('To', EKC),
                 ('Subject', 'Информационное письмо о переезде'), ('Date', 'Tue, 28 Dec 2027 16:40:00 +0500'),
                 ('Message-ID', '<pereezd.1228@turk-enbek.gov.kz>')],
                leaf('text/plain', txt.replace('Тәуелсіздік', 'Тауелсиздик').replace('–', '-'), 'koi8-r', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru', kind='other')], {'agency': TURK_SOC, 'services': [SV_BEZR], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Operator may update the agency\'s address/phones; not a p.6 change notice (no service information changed, website explicitly unchanged).'})

def z46():
    n = 'z46-dsn-kk-ru-relay.eml'
    txt = """Хат жеткізілмеді / Сообщение не доставлено

Сіздің хатыңыз келесі алушыға жеткізілмеді:
Ваше сообщение не доставлено следующему получателю:

    kanc@agro-msh.gov.kz

Себебі / Причина: 552 5.3.4 Message size exceeds fixed maximum message size (15 MB)
Хаттың көлемі рұқсат етілген шектен асады / Размер письма превышает допустимый.

Тақырып / Тема: Протокол и материалы обучения по услуге 00801044 (ЕКЦ-2027/497)
Жіберілген уақыты / Отправлено: 06.07.2027 16:05

Мемлекеттік органдардың бірыңғай пошта шлюзі
Единый почтовый шлюз государственных органов"""
    m = message([('From', 'postmaster@mail-gw.gov-shlyuz.kz'), ('To', EKC),
                 ('Subject', 'Жеткізілмеді / Undeliverable: Протокол и материалы обучения по услуге 00801044'),
                 ('Date', 'Tue, 06 Jul 2027 16:05:40 +0600'), ('Message-ID', '<gw-dsn-0706-497@mail-gw.gov-shlyuz.kz>'),
                 ('Auto-Submitted', 'auto-replied')],
                multi('report', [leaf('text/plain', txt, 'utf-8', 'base64'),
                                 b'Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mail-gw.gov-shlyuz.kz\r\n\r\nFinal-Recipient: rfc822; kanc@agro-msh.gov.kz\r\nAction: failed\r\nStatus: 5.3.4\r\n',
                                 b'Content-Type: text/rfc822-headers\r\n\r\nFrom: ekc-zapros@ekc-gu.kz\r\nTo: kanc@agro-msh.gov.kz\r\nSubject: =?utf-8?B?0J/RgNC+0YLQvtC60L7Quw==?=\r\nMessage-ID: <ekc-2027-497@ekc-gu.kz>\r\n'],
                      'gwdsn_497', '; report-type=delivery-status'))
    save(n, m)
    keyctx(n, [D('body')], {'agency': MSH, 'services': [SV_SUBS], 'awaiting': 'protocol',
        'our_letter': ol('ЕКЦ-2027/497', '2027-07-06', 'Протокол и материалы обучения по услуге 00801044'),
        'expected_effect': 'Flag for an operator to resend smaller: our protocol mail bounced (size); the word "Протокол" and a registry number are in the subject only. Language not keyed (kk/ru line by line).'})

def z47():
    n = 'z47-prinyat-k-ispolneniyu.txt'
    txt = """ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ІШКІ ІСТЕР МИНИСТРЛІГІНІҢ КӨШІ-ҚОН ҚЫЗМЕТІ КОМИТЕТІ

Единому контакт-центру

Комитет миграционной службы МВД Республики Казахстан подтверждает получение Вашего запроса от 12.01.2027 № ЕКЦ-2027/019 о назначении ответственного лица по государственной услуге «Выдача разрешения на временное проживание иностранцам и лицам без гражданства» (№ 00205031).

Запрос принят к исполнению и направлен в Управление по вопросам пребывания иностранцев. Ответ будет направлен в срок до 19.01.2027.

Дежурный специалист канцелярии
Бейсенов Р.
13.01.2027"""
    save(n, txt.encode('utf-16'))
    keyctx(n, [D(n, 'ru', responsible=None)], {'agency': KMS, 'services': [SV_VIZ], 'awaiting': 'appointment',
        'our_letter': ol('ЕКЦ-2027/019', '2027-01-12', 'О назначении ответственного лица'),
        'expected_effect': 'No change: acknowledgement that the request was accepted for execution (answer promised by 2027-01-19); UTF-16 text file with BOM, Kazakh letterhead, Russian text.'})

def z48():
    n = 'z48-surak-kk.eml'
    txt = """Сәлеметсіз бе!

2027 жылғы 2 сәуірдегі № ЕКЦ-2027/221 хатыңызды алдық. Бірнеше сұрағымыз бар:

1) Нысанды қай тілде толтыру керек – мемлекеттік тілде ме, әлде орыс тілінде ме? Екі тілде де жіберуге бола ма?
2) 7-бағандағы интернет-ресурс ретінде egov.kz көрсетсек жеткілікті ме, әлде әкімдіктің сайтын да жазу керек пе?
3) Жауапты тұлға ретінде бір адамды көрсетеміз бе, әлде әр қызмет бойынша бөлек пе?

Жауабыңызды күтеміз.

Құрметпен,
Әбдіқалықова Динара
аппараттың бас маманы
8 (71644) 2-31-58"""
    m = message([('From', addr('Әбдіқалықова Динара', 'd.abdikalykova@arshaly-akm.gov.kz')), ('To', EKC),
                 ('Subject', 'Сұрақ: ЕКЦ-2027/221 хат бойынша'), ('Date', 'Mon, 05 Apr 2027 12:20:00 +0500'),
                 ('Message-ID', '<q221.kk@arshaly-akm.gov.kz>')],
                multi('alternative', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                      leaf('text/html', '<div dir="ltr">' + txt.replace('\n', '<br>\n') + '</div>', 'utf-8', 'quoted-printable')], '000000000000a1b2c3d4'))
    save(n, m)
    keyctx(n, [D('body', 'kk', responsible=None)], {'agency': ZHIBEK, 'services': [SV_SPR], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/221', '2027-04-02', 'Мемлекеттік қызмет туралы ақпарат ұсыну туралы'),
        'expected_effect': 'Route to an operator to answer the Kazakh questions about the form; the information is still awaited.'})

def z49():
    n = 'z49-spasibo-za-obuchenie.eml'
    txt = """Коллеги, добрый вечер!

Спасибо вашим операторам за активное участие в сегодняшнем обучении по услуге «Выдача разрешения на временное проживание иностранцам и лицам без гражданства» – вопросы были очень предметные.

Протокол подготовим и подпишем у руководства на этой неделе, после чего направим вам через ЕСЭДО. Презентацию, которую показывали, прикладываю (PDF).

Д. Исмаилов"""
    pres = pdf_bytes(['**Разрешение на временное проживание', 'Обучение операторов Единого контакт-центра, 21.10.2027', '',
                      '1. Категории заявителей', '2. Перечень документов', '3. Сроки: 15 рабочих дней', '4. Основания для отказа',
                      '5. Типичные ошибки заявителей', '', 'Комитет миграционной службы МВД РК'])
    m = message([('From', addr('Dauren Ismailov', 'd.ismailov@migr-mvd.gov.kz')), ('To', EKC),
                 ('Subject', 'обучение 21.10 - спасибо + презентация'), ('Date', 'Thu, 21 Oct 2027 18:44:02 +0500'),
                 ('Message-ID', '<thx.obuch.1021@migr-mvd.gov.kz>')],
                multi('mixed', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                attach('prezentaciya_RVP.pdf', pres, 'application/pdf')], 'thx_obuch'))
    save(n, m)
    keyctx(n, [D('body', 'ru', protocol_date=None), D('prezentaciya_RVP.pdf', 'ru', protocol_date=None)],
        {'agency': KMS, 'services': [SV_VIZ], 'awaiting': 'protocol',
         'our_letter': ol('ЕКЦ-2027/790', '2027-10-18', 'О проведении обучения по услуге 00205031'),
         'expected_effect': 'No change: training happened but the protocol is only promised; keep awaiting protocol (a training date is not a protocol date).'})

def z50():
    n = 'z50-edo-status-kk-ru.pdf'
    lines = ['**ЭЛЕКТРОНДЫҚ ҚҰЖАТТЫ ЖЕТКІЗУ ТУРАЛЫ ТҮБІРТЕК', '**КВИТАНЦИЯ О ДОСТАВКЕ ЭЛЕКТРОННОГО ДОКУМЕНТА', '',
             'Құжат / Документ:         ЕКЦ-2027/640 от 24.08.2027', 'Жіберуші / Отправитель:   Единый контакт-центр',
             'Алушы / Получатель:       Министерство сельского хозяйства Республики Казахстан',
             'Жеткізілді / Доставлено:  24.08.2027 10:02:31', 'Тіркелді / Зарегистрировано: 24.08.2027 11:47:05, № 5-08/17730-вх',
             'ЭЦҚ тексеру / Проверка ЭЦП: сәтті / успешно', '',
             'Түбіртек автоматты түрде қалыптастырылды. Квитанция сформирована автоматически.']
    save(n, pdf_bytes(lines, 9))
    keyctx(n, [D(n)], {'agency': MSH, 'services': [SV_SUBS], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/640', '2027-08-24', 'О представлении информации по Приложению 1'),
        'expected_effect': 'No change (may log delivery of our letter): bilingual delivery receipt from the e-document system; language not keyed.'})

def z51():
    n = 'z51-phishing-akt-sverki.eml'
    txt = """Добрый день!
Во вложении акт сверки взаиморасчётов за 9 месяцев 2027 г., просим подписать и вернуть до конца недели.
Файл открывается в браузере (защищённый просмотр).

С уважением, Бухгалтерия"""
    trap = """<html><head><meta charset="utf-8"></head><body><script>location.href='http://owa-login-ekc.ru.net/?u=ekc-zapros'</script>
<p>Загрузка документа... Войдите в почту для просмотра.</p></body></html>"""
    m = message([('From', '"Бухгалтерия" <buh.sverka@accounts-kz-docs.xyz>'), ('To', EKC),
                 ('Subject', 'Акт сверки 9 мес. 2027'), ('Date', 'Fri, 08 Oct 2027 07:59:59 +0300'),
                 ('Message-ID', '<sverka.99@accounts-kz-docs.xyz>')],
                multi('mixed', [leaf('text/plain', txt, 'windows-1251', '8bit', label=''),
                                attach('Akt_sverki_2027.html', trap.encode(), 'text/html')], 'sverka_bnd'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': MINZDRAV, 'services': [SV_MED], 'awaiting': 'information',
        'our_letter': ol('ЕКЦ-2027/351', '2027-05-24', 'Запрос о предоставлении информации о государственной услуге'),
        'expected_effect': 'Ignore, report as phishing: fake reconciliation act with an HTML credential trap; windows-1251 body with no charset label.'})

def z52():
    n = 'z52-egov-zhanalyqtar-kk.eml'
    html = """<html><body style="font-family:Arial;max-width:640px">
<h2 style="color:#0a6ebd">eGov жаңалықтары | Қараша 2027</h2>
<p><b>Порталда 12 жаңа проактивті қызмет іске қосылды.</b> Енді бала туғанда жәрдемақы тағайындау туралы ұсыныс ата-анасына SMS арқылы автоматты түрде келеді.</p>
<p><b>«Жұмыспен қамту» бөлімі жаңартылды:</b> жұмыс іздеушілерді тіркеу (№ 00603007) енді мобильді қосымшада 5 минутта.</p>
<p><b>Бірыңғай байланыс орталығы 1414</b> енді Telegram-бот арқылы да жауап береді.</p>
<hr><p style="font-size:11px;color:#888">Сіз бұл хатты eGov жаңалықтарына жазылғандықтан алдыңыз. <a href="https://egov-news.kz/unsub">Жазылымнан бас тарту</a></p>
</body></html>"""
    m = message([('From', addr('eGov жаңалықтары', 'news@egov-news.kz')), ('To', EKC),
                 ('Subject', 'eGov жаңалықтары: 12 жаңа проактивті қызмет'), ('Date', 'Wed, 01 Dec 2027 10:00:00 +0600'),
                 ('Message-ID', '<egovnews.2711@egov-news.kz>'), ('List-Unsubscribe', '<https://egov-news.kz/unsub>'), ('Precedence', 'bulk')],
                leaf('text/html', html, 'utf-8', 'base64'))
    save(n, m)
    keyctx(n, [D('body', 'kk')], {'agency': TURK_SOC, 'services': [SV_BEZR], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Ignore: Kazakh portal newsletter mentioning a consulted service by registry number; not a change notice from the agency.'})

def z53():
    n = 'z53-ooo-s-citatoi.eml'
    txt = """Добрый день! Я в отпуске до 30.06.2027. Ваше письмо будет передано ответственному сотруднику после моего выхода.
Сәлеметсіз бе! Мен 30.06.2027 дейін демалыстамын.

-----Исходное сообщение-----
От: Единый контакт-центр [mailto:ekc-zapros@ekc-gu.kz]
Отправлено: 21 июня 2027 г. 9:40
Кому: Дюсенова Айгуль Бериковна
Тема: Уточнение по услуге 00404017 (ЕКЦ-2027/420)

Айгуль Бериковна, добрый день!
В представленной вами 14.06.2027 форме по услуге 00404017 в графе 4 указан стандарт, утративший силу. Просим уточнить:

№ | № в реестре | Наименование | Стандарт | Регламент | Изменения НПА | Интернет-ресурс | Ответственное лицо
1 | 00404017 | Выдача лицензии на медицинскую деятельность | Приказ МЗ РК от 27.04.2015 № 272 | - | - | www.egov.kz | Дюсенова Айгуль Бериковна, главный эксперт, 8 (7172) 74-17-62

Заранее благодарим."""
    m = message([('From', addr('Дюсенова Айгуль Бериковна', 'a.dyusenova@densaulyk-mz.gov.kz')), ('To', EKC),
                 ('Subject', 'Автоответ: Уточнение по услуге 00404017 (ЕКЦ-2027/420)'), ('Date', 'Mon, 21 Jun 2027 09:40:31 +0500'),
                 ('Message-ID', '<autoreply-420@densaulyk-mz.gov.kz>'), ('Auto-Submitted', 'auto-replied')],
                leaf('text/plain', txt, 'utf-8', 'quoted-printable'))
    save(n, m)
    keyctx(n, [D('body', 'ru')], {'agency': MINZDRAV, 'services': [SV_MED], 'awaiting': 'additional_answer',
        'our_letter': ol('ЕКЦ-2027/420', '2027-06-21', 'Уточнение по услуге 00404017'),
        'expected_effect': 'Ignore: auto-reply that quotes our own letter, including a one-row form-like table; nothing new from the agency.'})

def z54():
    n = 'z54-zayavka-uchastnika-xlsx.eml'
    txt = """Уважаемые коллеги!

В продолжение приглашения на семинар 16–17 сентября просим заполнить заявку на участие по прилагаемой форме (Excel) и направить до 10 сентября на seminar@apa-servis.kz.

Форма: ФИО участника, должность, организация, телефон, e-mail. От одной организации – не более 3 человек.

Оргкомитет"""
    x = xlsx_bytes([('Заявка', [['ЗАЯВКА на участие в семинаре 16–17.09.2027', '', '', '', '', ''],
                                ['№', 'Ф.И.О. участника', 'Должность', 'Организация', 'Телефон', 'E-mail'],
                                [1, 'Иванова Мария Петровна (образец)', 'главный специалист', 'ГУ «Пример»', '+7 (7172) 00-00-00', 'm.ivanova@example.kz'],
                                [2, '', '', '', '', ''], [3, '', '', '', '', '']])])
    m = message([('From', addr('Проектный офис «Сервис»', 'seminar@apa-servis.kz')), ('To', EKC),
                 ('Subject', 'Заявка на участие в семинаре'), ('Date', 'Fri, 27 Aug 2027 10:30:00 +0600'),
                 ('Message-ID', '<zayavka.0827@apa-servis.kz>')],
                multi('mixed', [leaf('text/plain', txt, 'utf-8', 'quoted-printable'),
                                attach('zayavka_seminar.xlsx', x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')], 'zayavka_bnd'))
    save(n, m)
    keyctx(n, [D('body', 'ru'), D('zayavka_seminar.xlsx', 'ru', responsible=None)],
        {'agency': MINJUST, 'services': [SV_APOST], 'awaiting': 'information',
         'our_letter': ol('ЕКЦ-2027/598', '2027-08-20', 'Запрос о предоставлении информации по форме Приложения 1'),
         'expected_effect': 'Ignore for the case: a seminar application template; its sample row (name, position, phone, e-mail) looks like column 8 but is not a responsible person.'})

def z55():
    n = 'z55-oqyldy-kk.eml'
    txt = """Сіздің хатыңыз

  Кімге: Серікбаева Гүлмира
  Тақырыбы: Оқыту хаттамасына қол қою туралы (ЕКЦ-2027/548)
  Жіберілді: 2027 ж. 12 шілде 15:20

2027 ж. 13 шілде 09:03 оқылды."""
    m = message([('From', addr('Серікбаева Гүлмира', 'g.serikbaeva@karobl-bilim.gov.kz')), ('To', EKC),
                 ('Subject', 'Оқылды: Оқыту хаттамасына қол қою туралы (ЕКЦ-2027/548)'), ('Date', 'Tue, 13 Jul 2027 09:03:40 +0500'),
                 ('Message-ID', '<rr548.kk@karobl-bilim.gov.kz>')],
                multi('report', [leaf('text/plain', txt, 'utf-8', 'base64'),
                                 b'Content-Type: message/disposition-notification\r\n\r\nReporting-UA: karobl-bilim.gov.kz; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;g.serikbaeva@karobl-bilim.gov.kz\r\nOriginal-Message-ID: <ekc-2027-548@ekc-gu.kz>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n'],
                      '----=_NextPart_rr548', '; report-type=disposition-notification'))
    save(n, m)
    keyctx(n, [D('body', 'kk', protocol_date=None)], {'agency': KAR_EDU, 'services': [SV_DUBL, SV_DET], 'awaiting': 'protocol',
        'our_letter': ol('ЕКЦ-2027/548', '2027-07-12', 'Оқыту хаттамасына қол қою туралы'),
        'expected_effect': 'Ignore: Kazakh read receipt for our protocol letter; the word "хаттама" is only in the quoted subject.'})

def z56():
    n = 'z56-kuttyqtau-memqyzmet.txt'
    txt = """Құрметті Бірыңғай байланыс орталығының қызметкерлері!

Сіздерді 23 маусым – Мемлекеттік қызметшілер күнімен құттықтаймыз!

Азаматтарға мемлекеттік қызметтер туралы күн сайын нақты әрі сапалы кеңес беріп жүрген еңбектеріңіз жоғары бағаға лайық. Әрқайсыңызға зор денсаулық, отбасыларыңызға амандық, қызметтеріңізге табыс тілейміз!

Шымкент қаласының жер қатынастары басқармасының ұжымы

2027 жылғы 22 маусым"""
    save(n, txt.encode('utf-8'))
    keyctx(n, [D(n, 'kk')], {'agency': SHYM_ZEM, 'services': [SV_ZEM, SV_ZEM2], 'awaiting': 'consulting', 'our_letter': None,
        'expected_effect': 'Ignore: Kazakh greeting for Civil Servants\' Day.'})

if __name__ == '__main__':
    run_all()
