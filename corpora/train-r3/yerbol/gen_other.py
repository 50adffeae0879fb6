from lib import *
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase


def ot(part, lang):
    d = {"part": part, "kind": "other"}
    if lang:
        d["language"] = lang
    return d


# O01 out-of-office auto reply ru
body = """Здравствуйте!
Я нахожусь в ежегодном трудовом отпуске с 01.03.2027 по 26.03.2027 включительно.
По срочным вопросам обращайтесь к Бековой Карлыгаш, тел. +7 716 225 53 20.

Кравченко О.В.
"""
data = eml("o.kravchenko@kokshetau-agro.kz", "ekc@egov-contact.kz", "Автоматический ответ: ЕКЦ-2027/215", "Mon, 1 Mar 2027 09:00:02 +0600", body,
           extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
save("o01-auto-reply-vacation.eml", data, [ot("body", "ru")],
     ctx("ГУ «Отдел сельского хозяйства и ветеринарии города Кокшетау»", "agro@kokshetau-agro.kz", "060140008823",
         [("00201006", "Выдача справки о наличии личного подсобного хозяйства")], "additional_answer",
         ("ЕКЦ-2027/215", "2027-02-26", "О представлении дополнительной информации"),
         "nothing: out-of-office auto-reply; the case keeps waiting", is_reply=False),
     ("other", "ru", "eml (auto-reply)", "names a substitute person with phone, yet is not a responsible_change"))


# O02 delivery status notification (bounce), multipart/report
DSN = """From: MAILER-DAEMON@mx.egov-contact.kz (Mail Delivery System)
To: ekc@egov-contact.kz
Subject: Undelivered Mail Returned to Sender
Date: Fri, 19 Mar 2027 15:01:10 +0500
Auto-Submitted: auto-replied
Message-ID: <20270319100110.4F2A11C0@mx.egov-contact.kz>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4F2A11C0.1774000870/mx.egov-contact.kz"

This is a MIME-encapsulated message.

--4F2A11C0.1774000870/mx.egov-contact.kz
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.egov-contact.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kanc@mtr.gov.kz>: host mx.mtr.gov.kz[10.12.4.7] said: 550 5.1.1 User
    unknown (in reply to RCPT TO command)

--4F2A11C0.1774000870/mx.egov-contact.kz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.egov-contact.kz
Arrival-Date: Fri, 19 Mar 2027 15:01:08 +0500

Final-Recipient: rfc822; kanc@mtr.gov.kz
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--4F2A11C0.1774000870/mx.egov-contact.kz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: =?utf-8?b?0JXQtNC40L3Ri9C5INC60L7QvdGC0LDQutGCLdGG0LXQvdGC0YA=?= <ekc@egov-contact.kz>
To: kanc@mtr.gov.kz
Subject: =?utf-8?b?0JXQmtCmLTIwMjcvMjU1?=
Date: Fri, 19 Mar 2027 15:01:05 +0500

--4F2A11C0.1774000870/mx.egov-contact.kz--
""".replace("\n", "\r\n").encode("ascii")
save("o02-bounce-dsn.eml", DSN, [ot("body", None)],
     ctx("Министерство транспорта Республики Казахстан", "kanc@mtr.gov.kz", "230140013456",
         [("01201015", "Выдача международного сертификата технического осмотра")], "information",
         ("ЕКЦ-2027/255", "2027-03-19", "О представлении информации по государственной услуге"),
         "nothing for the case; operator should check the agency's address", is_reply=False),
     ("other", "en", "eml (multipart/report DSN)", "bounce mentions our number and a registry number"))


# O03 ESEDO registration receipt kk
body = """Құжат тіркелді / Документ зарегистрирован

Сіздің № ЕКЦ-2027/259 хатыңыз «Атырау қаласы білім бөлімі» ММ-де 2027 жылғы 22 наурызда № 1144-К нөмірімен тіркелді.
Орындаушы: Жұмағалиева Л.Ғ.
Орындау мерзімі: 2027 жылғы 29 наурыз

Бұл хабарлама автоматты түрде жіберілді, жауап бермеңіз.
"""
data = eml("noreply@esedo.atyrau.gov.kz", "ekc@egov-contact.kz", "ЕСЭДО: құжат тіркелді", "Mon, 22 Mar 2027 10:01:00 +0500", body)
save("o03-esedo-receipt-kk.eml", data, [ot("body", "kk")],
     ctx("«Атырау қаласы білім бөлімі» ММ", "bilim@atyrau-bilim.gov.kz", "040740002291",
         [("00904011", "Балаларға қосымша білім беру бойынша қосымша білім беру ұйымдарына құжаттар қабылдау")], "additional_answer",
         ("ЕКЦ-2027/259", "2027-03-22", "Қосымша ақпарат беру туралы"),
         "nothing: registration receipt; may log the agency's incoming number", is_reply=False),
     ("other", "kk", "eml (system notice)", "receipt names an executor person and a deadline, not an appointment"))


# O04 agency asks a question back instead of answering (ru)
body = """Добрый день!

Получили Ваш запрос ЕКЦ-2027/248. Уточните, пожалуйста, по какой форме заполнять - в приложении к письму форма на русском языке, а нам нужно на государственном? И кого указывать в графе 8, если услугу оказывают два отдела?

Заранее спасибо.
Жер қатынастары бөлімі, Сайрам ауданы
"""
data = eml("sairam.jer@mail.kz", "ekc@egov-contact.kz", "вопрос по форме", "Wed, 17 Mar 2027 11:11:00 +0500", body)
save("o04-sairam-question.eml", data, [ot("body", "ru")],
     ctx("«Сайрам ауданының жер қатынастары бөлімі» ММ", "sairam.jer@mail.kz", "050940017765",
         [("00802031", "Жер учаскесінің кадастрлық (бағалау) құнын анықтау")], "appointment",
         ("ЕКЦ-2027/248", "2027-03-16", "Жауапты тұлғаны тағайындау және ақпарат беру туралы"),
         "nothing for the case; an operator answers the question", is_reply=False),
     ("other", "ru", "eml (plain)", "mentions 'графе 8' and the form, but is a question, not an answer"))


# O05 request for deadline extension (docx ru)
data = docx_bytes([
    ("p", "ГУ «Управление природных ресурсов и регулирования природопользования Акмолинской области»"),
    ("p", "№ 03-11/488 от 01.03.2027"),
    ("p", "Единый контакт-центр"),
    ("p", "На Ваш запрос от 25.02.2027 № ЕКЦ-2027/203 сообщаем, что информация по форме приложения 1 находится в стадии подготовки в связи с внесением изменений в регламенты государственных услуг. Просим продлить срок представления информации до 10 марта 2027 года."),
    ("p", "Руководитель управления                         Е. Жумабеков"),
])
save("o05-aqmola-extension.docx", data, [ot("o05-aqmola-extension.docx", "ru")],
     ctx("ГУ «Управление природных ресурсов и регулирования природопользования Акмолинской области»", "kanc@aqmola-eco.kz", "030540008712",
         [("00803002", "Выдача паспорта охотничьего хозяйства"), ("00803004", "Выдача разрешения на пользование животным миром")], "information",
         ("ЕКЦ-2027/203", "2027-02-25", "О представлении информации по государственным услугам"),
         "nothing automatic; operator may note the promised date", is_reply=False),
     ("other", "ru", "docx", "asks for more time; not a refusal, not a change"))


# O06 seminar invitation HTML newsletter from a ministry
html = """<html><body style="font-family:Arial"><h2>Приглашение на онлайн-семинар</h2>
<p>Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан приглашает ответственных лиц государственных органов и контакт-центров на онлайн-семинар «Проактивные услуги в 2027 году».</p>
<p>Дата: 14 апреля 2027 года, 10:00 (время Астаны). Регистрация по ссылке: <a href="https://mdai.gov.kz/seminar2027">mdai.gov.kz/seminar2027</a></p>
<p style="font-size:10px;color:#777">Вы получили это письмо, так как подписаны на рассылку. Отписаться</p></body></html>"""
data = eml(addr("МЦРИАП РК", "news@mdai.gov.kz"), EKC, "Приглашение на семинар «Проактивные услуги в 2027 году»", "Tue, 30 Mar 2027 08:00:00 +0500", None, html=html,
           extra={"List-Unsubscribe": "<mailto:unsubscribe@mdai.gov.kz>", "Precedence": "bulk"})
save("o06-seminar-newsletter.eml", data, [ot("body", "ru")],
     ctx("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "news@mdai.gov.kz", "190240027745",
         [], "consulting", None, "nothing: newsletter", is_reply=False),
     ("other", "ru", "eml (HTML-only bulk)", "mass mailing; no case"))


# O07 read receipt (MDN), kk/ru
MDN = """From: =?utf-8?b?0JrQvtGI0LXRgNCx0LDQtdCy0LAg0JDSm9C80LDRgNCw0Ls=?= <a.kosherbayeva@mangystau-enbek.kz>
To: ekc@egov-contact.kz
Subject: =?utf-8?b?0J/RgNC+0YfQuNGC0LDQvdC+OiDQldCa0KYtMjAyNy8xNzU=?=
Date: Thu, 11 Feb 2027 10:40:00 +0500
Message-ID: <mdn.11022027.104000@mangystau-enbek.kz>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_NextPart_MDN_0001"

------=_NextPart_MDN_0001
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ваше сообщение

  Кому: enbek@mangystau-enbek.kz
  Тема: ЕКЦ-2027/175
  Отправлено: 11.02.2027 10:03

было прочитано 11.02.2027 10:40.

------=_NextPart_MDN_0001
Content-Type: message/disposition-notification

Reporting-UA: mangystau-enbek.kz; Microsoft Outlook 16.0
Final-Recipient: rfc822;a.kosherbayeva@mangystau-enbek.kz
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_0001--
""".replace("\n", "\r\n").encode("utf-8")
save("o07-read-receipt.eml", MDN, [ot("body", "ru")],
     ctx("«Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы» ММ", "enbek@mangystau-enbek.kz", "990540001722",
         [("00604031", "Мүгедектігі бар адамдарды санаторийлік-курорттық емдеумен қамтамасыз ету")], "information",
         ("ЕКЦ-2027/175", "2027-02-11", "1-қосымша бойынша ақпарат беру туралы"),
         "nothing: read receipt", is_reply=False),
     ("other", "ru", "eml (multipart/report MDN, 8bit utf-8)", "subject 'Прочитано: ЕКЦ-2027/175' looks like a reply"))


# O08 citizen complaint forwarded by an akimat (kk)
body = """Сәлеметсіз бе!

Біздің аппаратқа азамат Қ. Серікбаевтан Бірыңғай байланыс орталығы операторының жұмысына шағым түсті (қоса беріліп отыр). Азаматтың айтуынша, 1414 нөміріне хабарласқанда жеке қосалқы шаруашылық туралы анықтама алу тәртібі туралы қате ақпарат берілген.

Шағымды қарап, азаматқа жауап беруіңізді сұраймыз.

Меркі ауылдық округі әкімінің аппараты
"""
data = eml("merki_ao@zhambyl.kz", "ekc@egov-contact.kz", "Азаматтың шағымы туралы", "Tue, 23 Mar 2027 15:00:00 +0500", body)
save("o08-merki-complaint-kk.eml", data, [ot("body", "kk")],
     ctx("«Жамбыл облысы Меркі ауданы Меркі ауылдық округі әкімінің аппараты» ММ", "merki_ao@zhambyl.kz", "070240013359",
         [("00201011", "Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру")], "consulting", None,
         "nothing for the service case; route to the complaints desk", is_reply=False),
     ("other", "kk", "eml (plain)", "about a consulted service and the centre's work, but no p.5–p.11 content"))


# O09 phishing / spam pretending to be a government portal (ru, HTML, wrong charset label koi8-r on utf-8 content)
html = """<html><body><p>Уважаемый пользователь!</p><p>Ваш почтовый ящик ekc@egov-contact.kz превысил лимит хранения. Для продолжения работы подтвердите учетную запись в течение 24 часов:</p>
<p><a href="http://egov-kz-verify.top/login">Подтвердить</a></p><p>Служба поддержки eGov</p></body></html>"""
data = eml("eGov Support <support@egov-kz-verify.top>", "ekc@egov-contact.kz", "Срочно: подтвердите учетную запись", "Wed, 24 Mar 2027 03:12:00 +0000", None, html=html, label="koi8-r")
save("o09-phishing-mislabelled.eml", data, [ot("body", "ru")],
     ctx("неизвестный отправитель", "support@egov-kz-verify.top", "000000000000", [], "consulting", None,
         "nothing: spam/phishing", is_reply=False),
     ("other", "ru", "eml (HTML, utf-8 bytes labelled koi8-r)", "wrong charset label; no agency, no case"))


# O10 docx kk: agency's holiday working-hours notice, unrelated
data = docx_bytes([
    ("p", "«Қызылорда облысының білім басқармасы» ММ"),
    ("p", "Хабарландыру", True),
    ("p", "2027 жылғы 21-23 наурыз аралығында Наурыз мейрамына байланысты басқарма жұмыс істемейді. Мектепке дейінгі ұйымдарға кезекке қою бойынша өтініштер egov.kz порталы арқылы қабылданады."),
    ("p", "Кезекші маман: Ермекова Д.А., 8 (7242) 60-14-27"),
])
save("o10-kzo-holiday-notice-kk.docx", data, [ot("o10-kzo-holiday-notice-kk.docx", "kk")],
     ctx("«Қызылорда облысының білім басқармасы» ММ", "bilim@kzo-bilim.kz", "020940001554",
         [("00904003", "Мектепке дейінгі білім беру ұйымдарына құжаттар қабылдау және балаларды қабылдау")], "consulting", None,
         "nothing for the case; operators may note holiday hours", is_reply=False),
     ("other", "kk", "docx", "names the on-duty person with phone: not a responsible_change"))


# O11 pdf ru: thank-you / acknowledgement letter from the quality-control authority about the analytical report
data = pdf_bytes([
    ("p", "АГЕНТСТВО ПО ДЕЛАМ ГОСУДАРСТВЕННОЙ СЛУЖБЫ РЕСПУБЛИКИ КАЗАХСТАН\nДепартамент контроля качества государственных услуг"),
    ("p", "№ 06-2/915 от 09.03.2027"),
    ("p", "Единый контакт-центр"),
    ("p", "Аналитический отчет Единого контакт-центра за февраль 2027 года (приложение 2 к Правилам) получен и принят к сведению. Замечаний по форме отчета не имеется. Просим в отчете за март дополнительно отразить количество обращений по государственным услугам в сфере земельных отношений."),
    ("p", "Директор департамента                                   Г. Абенова"),
], landscape_=False)
save("o11-agency-report-ack.pdf", data, [ot("o11-agency-report-ack.pdf", "ru")],
     ctx("Агентство по делам государственной службы Республики Казахстан", "kanc@kyzmet.gov.kz", "990340001990",
         [], "consulting", None, "nothing for any service case", is_reply=False),
     ("other", "ru", "pdf", "official letter citing the Rules and 'приложение 2', not a reply on a service"))


# O12 eml ru: agency confirms receipt and promises to answer ('принято в работу')
body = """Добрый день.
Ваше письмо ЕКЦ-2027/266 получено, передано в Департамент по обслуживанию населения. Ответ направим в установленный срок.
Канцелярия НАО «Госкорпорация «Правительство для граждан»
"""
data = eml("info@gov4c.kz", "ekc@egov-contact.kz", "RE: ЕКЦ-2027/266", "Tue, 23 Mar 2027 14:30:00 +0600", body, charset="windows-1251", cte="qp")
save("o12-gov4c-accepted.eml", data, [ot("body", "ru")],
     ctx("НАО «Государственная корпорация «Правительство для граждан»", "info@gov4c.kz", "160440007161",
         [("00503022", "Снятие с регистрации по месту жительства граждан Республики Казахстан")], "additional_answer",
         ("ЕКЦ-2027/266", "2027-03-23", "О представлении сведений"),
         "nothing: acknowledgement only", is_reply=False),
     ("other", "ru", "eml (windows-1251 quoted-printable)", "a 'RE:' to our letter that is not yet an answer"))
