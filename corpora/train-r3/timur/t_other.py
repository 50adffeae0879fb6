# -*- coding: utf-8 -*-
"""other, is_reply false: 40 documents that land in the mailbox but move no case."""
import openpyxl

from t_lib import *  # noqa

EKC = ("Единый контакт-центр", "info@ekc.gov.kz")


def oth(part, lang):
    d = {"part": part, "kind": "other"}
    if lang in ("ru", "kk"):
        d["language"] = lang
    return d


def octx(ag, regs, awaiting, our, effect):
    return ctx(ag, regs, awaiting, our, effect, False)


def sctx(name, email, bin_, effect):
    """context for mail from outside any agency (spam, vendors)."""
    return {"agency": {"name": name, "email": email, "bin": bin_}, "services": [], "awaiting": "consulting",
            "our_letter": None, "expected_effect": effect, "is_reply": False}


# ============================================================================ meeting minutes
def o01():
    d = new_docx()
    P(d, "ПРОТОКОЛ\nсовещания по вопросам цифровизации государственных услуг в Карагандинской области", bold=True, align="c")
    P(d, "г. Караганда                                                                                     07.04.2027 № 9")
    P(d, "Председательствовал: заместитель акима области Сейсенов Д.К.\nПрисутствовали: руководители управлений образования, здравоохранения, земельных отношений; представители филиала НАО «Правительство для граждан».")
    P(d, "1. О переводе государственных услуг в электронный формат", bold=True)
    P(d, "Слушали: Кенжетаеву Г.А. – руководителя управления образования.\nРешили: управлениям обеспечить перевод оставшихся услуг в электронный формат до 1 июля 2027 года.", align="j")
    P(d, "2. О взаимодействии с Единым контакт-центром", bold=True)
    P(d, "Решили: управлениям своевременно актуализировать сведения о государственных услугах, направляемые в Единый контакт-центр.", align="j")
    P(d, "Заместитель акима области                                  Д. Сейсенов", bold=True)
    att = docx_bytes(d)
    note = "Добрый день!\n\nДля сведения направляем протокол совещания от 07.04.2027 № 9.\n\nАппарат акима Карагандинской области\n"
    attname = "Протокол совещания 9.docx"
    body = multipart([text_part(note, "plain", "utf-8", "base64"),
                      attach_part(attname, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "rfc2231")])
    msg = eml(("Аппарат акима Карагандинской области", "kense@karaganda-akimat.gov.kz"), [EKC, ("Управление образования", "uo@bilim-karaganda.gov.kz")],
              "Протокол совещания № 9 (для сведения)", "Thu, 8 Apr 2027 09:30:00 +0500", body)
    name = "O01_karaganda_protokol_soveschaniya.eml"
    save(name, msg, [oth("body", "ru"), oth(attname, "ru")],
         octx("karedu", ["00603012", "00604077"], "consulting", None, "none: file for information"),
         "other", "ru", "eml", "meeting minutes called 'ПРОТОКОЛ' with 'Решили' and a point about the contact centre; sent to many")


def o02():
    d = new_docx()
    P(d, "ПРОТОКОЛ\nрабочего совещания Министерства энергетики Республики Казахстан и Единого контакт-центра", bold=True, align="c")
    P(d, "г. Астана                                                                                                  14.04.2027")
    P(d, "Присутствовали: Сулейменов Т.А., Жолдасов Б.М. (Министерство энергетики); Айтжанова С.К. (Единый контакт-центр).")
    P(d, "Повестка дня: анализ обращений граждан по государственной услуге № 01402041 за I квартал 2027 года.", align="j")
    P(d, "Обсудили: рост количества обращений по срокам выдачи лицензий; необходимость подготовки часто задаваемых вопросов.", align="j")
    P(d, "Поручения:\n1. Министерству в срок до 30.04.2027 подготовить перечень часто задаваемых вопросов.\n2. Единому контакт-центру представить выборку обращений за март.", align="j")
    P(d, "Подписи участников:\n____________ Т. Сулейменов\n____________ С. Айтжанова")
    name = "O02_energy_rabochee_soveschanie.docx"
    save(name, docx_bytes(d), [oth(name, "ru")],
         octx("energy", ["01402041"], "consulting", None, "none: minutes of a working meeting; no acceptance of a service"),
         "other", "ru", "docx", "signed 'ПРОТОКОЛ' between the ministry and the contact centre with a registry number — but a working meeting, not a training protocol")


def o03():
    text = """Ұлытау облысы ауыл шаруашылығы басқармасының
кеңес ХАТТАМАСЫ

Жезқазған қ.                                   2027 жылғы 9 сәуір № 4

Төрағалық еткен: басқарма басшысы Ахметжанов Қ.Т.
Қатысқандар: бөлім басшылары (тізім қоса беріледі).

КҮН ТӘРТІБІНДЕ:
1. Көктемгі егіс жұмыстарына дайындық туралы.
2. Субсидия бойынша өтінімдерді қабылдау барысы туралы.

ШЕШІЛДІ:
1. Аудандық бөлімдерге егіс жұмыстарының кестесін 15 сәуірге дейін ұсыну тапсырылсын.
2. Субсидия өтінімдерін қарау мерзімдері бақылауға алынсын.

Төраға                       Қ. Ахметжанов
Хатшы                        Г. Сұлтанова
"""
    name = "O03_ulytau_kenes_hattamasy.txt"
    save(name, txt_bytes(text, "utf-8"), [oth(name, "kk")],
         octx("ulytau", ["00803149"], "consulting", None, "none: internal meeting minutes sent by mistake"),
         "other", "kk", "txt", "Kazakh 'ХАТТАМА' with 'ШЕШІЛДІ' like a training protocol, but an internal meeting")


# ============================================================================ staff orders about a new head
def o04():
    html = """<html><body>
<p>Коллеги, для сведения.</p>
<p style="text-align:center"><b>АКИМ ГОРОДА АСТАНЫ<br>РАСПОРЯЖЕНИЕ</b><br>от 1 апреля 2027 года № 118-к</p>
<p><b>О назначении Калиакпарова Д.Б.</b></p>
<p>В соответствии с Законом Республики Казахстан «О государственной службе Республики Казахстан»:</p>
<p>1. Назначить Калиакпарова Дастана Болатовича на должность руководителя государственного учреждения «Управление земельных отношений города Астаны» с 5 апреля 2027 года.</p>
<p>2. Освободить Нурлыбаева Ержана Кайратовича от временного исполнения обязанностей руководителя.</p>
<p>Аким                                       Ж. Касымбеков</p>
<p>--<br>Отдел кадров ГУ «Управление земельных отношений города Астаны»</p>
</body></html>"""
    msg = eml(("Отдел кадров", "kadry@astana-akimat.gov.kz"), [EKC, ("Партнеры", "partners@astana-akimat.gov.kz")],
              "Распоряжение о назначении руководителя управления", "Fri, 2 Apr 2027 10:00:00 +0500", text_part(html, "html", "utf-8", "base64"))
    name = "O04_astana_naznachenie_rukovoditelya.eml"
    save(name, msg, [oth("body", "ru")],
         octx("astzem", ["01101062", "01102105"], "consulting", None, "none: a new head of the agency, not a new responsible person"),
         "other", "ru", "eml", "'Назначить ... Калиакпарова Дастана Болатовича' and 'освободить' — a staff order about the head, not the contact person")


def o05():
    d = new_docx()
    P(d, "ҚЫЗЫЛОРДА ОБЛЫСЫНЫҢ ӘКІМІ\nӨКІМ", bold=True, align="c")
    P(d, "2027 жылғы 29 наурыз                                    № 77-ж")
    P(d, "Тұрғанбаев Е.С. туралы", bold=True)
    P(d, "«Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасының Заңына сәйкес:", align="j")
    P(d, "1. Тұрғанбаев Ерлан Серікұлы «Қызылорда облысының денсаулық сақтау басқармасы» мемлекеттік мекемесінің басшысы лауазымына 2027 жылғы 1 сәуірден бастап тағайындалсын.", align="j")
    P(d, "2. Осы өкімнің орындалуын бақылау облыс әкімі аппаратының басшысына жүктелсін.", align="j")
    P(d, "Облыс әкімі                                          Н. Нәлібаев", bold=True)
    name = "O05_kyzylorda_okim_basshy.docx"
    save(name, docx_bytes(d), [oth(name, "kk")],
         octx("kyzzdrav", ["01003081", "01003115"], "consulting", None, "none: an order appointing the head of the department"),
         "other", "kk", "docx", "Kazakh order 'тағайындалсын' with 'жүктелсін' — head of the agency appointed, no contact-centre role")


def o06():
    text = """Уважаемые партнеры!

Информируем, что с 1 апреля 2027 года Департамент развития газовой промышленности Министерства энергетики Республики Казахстан возглавляет Жолдасов Бауыржан Маратович (ранее – заместитель директора Департамента).

Приемная директора: 8 (7172) 78-69-00.

По вопросам взаимодействия с Единым контакт-центром контакты ответственных лиц остаются прежними.

С уважением,
Пресс-служба Министерства энергетики РК
"""
    msg = eml(("Пресс-служба Минэнерго", "press@energo-me.gov.kz"), "undisclosed-recipients:;", "Информационное письмо о назначении директора Департамента",
              "Thu, 1 Apr 2027 12:00:00 +0500", text_part(text, "plain", "utf-8", "quoted-printable"),
              extra=[("Precedence", "bulk")])
    name = "O06_energy_novyi_direktor.eml"
    save(name, msg, [oth("body", "ru")],
         octx("energy", ["01402041"], "consulting", None, "none: a new director; the responsible persons stay the same"),
         "other", "ru", "eml", "announces a new head with a phone, and says explicitly that responsible persons stay the same")


# ============================================================================ newsletters
def o07():
    html = """<html><body style="background:#f3f3f3"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td><h2>Дайджест цифровизации | Апрель 2027</h2></td></tr>
<tr><td><h3>Новые электронные услуги</h3><p>С 1 апреля на портале egov.kz доступны 12 новых проактивных услуг, в том числе по регистрации рождения ребенка и назначению пособий.</p></td></tr>
<tr><td><h3>Мобильное приложение eGov Mobile</h3><p>Количество пользователей превысило 9 млн. Добавлена функция цифровых документов для транспортных средств.</p></td></tr>
<tr><td><h3>Обучение госслужащих</h3><p>Стартовал курс «Клиентоориентированность в государственных услугах». Записаться можно до 20 апреля.</p></td></tr>
<tr><td style="font-size:11px;color:#888">Вы получили это письмо, так как подписаны на рассылку. <a href="https://news.cifra-mcriap.gov.kz/unsubscribe?id=88123">Отписаться</a></td></tr>
</table></body></html>"""
    msg = eml(("Дайджест МЦРИАП", "news@cifra-mcriap.gov.kz"), "info@ekc.gov.kz", "Дайджест цифровизации | Апрель 2027", "Mon, 5 Apr 2027 07:00:00 +0500",
              text_part(html, "html", "utf-8", "base64"), extra=[("List-Unsubscribe", "<https://news.cifra-mcriap.gov.kz/unsubscribe?id=88123>"), ("Precedence", "bulk")])
    name = "O07_mcri_daidzhest.eml"
    save(name, msg, [oth("body", "ru")],
         octx("mcri", ["01501036"], "consulting", None, "none: newsletter"),
         "other", "ru", "eml", "HTML newsletter from a ministry that is also a service provider; mentions services and egov")


def o08():
    html = """<html><body><div style="max-width:640px;font-family:Verdana">
<h2>Ақпараттық бюллетень № 3 (2027 жылғы наурыз)</h2>
<p><b>Білім беру саласындағы жаңалықтар</b></p>
<ul><li>Мектепке дейінгі ұйымдарға кезек электрондық форматқа толық көшірілді.</li>
<li>Абай облысында 4 жаңа балабақша ашылды.</li>
<li>Педагогтердің біліктілігін арттыру курстарына өтінім қабылдау басталды.</li></ul>
<p>Толығырақ: bilim.abai-akimat.gov.kz</p>
<p style="font-size:10px">Таратылымнан бас тарту үшін осы хатқа «ҚАЙТАРУ» деп жауап беріңіз.</p>
</div></body></html>"""
    msg = eml(("Абай облысының білім басқармасы", "bilim@abai-akimat.gov.kz"), "info@ekc.gov.kz", "Ақпараттық бюллетень № 3",
              "Wed, 7 Apr 2027 08:00:00 +0500", text_part(html, "html", "utf-8", "quoted-printable"), extra=[("Precedence", "bulk")])
    name = "O08_abai_bulleten.eml"
    save(name, msg, [oth("body", "kk")],
         octx("abaiedu", ["00604135"], "consulting", None, "none: newsletter"),
         "other", "kk", "eml", "Kazakh HTML newsletter from an agency the contact centre works with")


def o09():
    html = """<html><body>
<table width="100%"><tr><td style="background:#0a5ca8;color:#fff;padding:10px"><b>eGov жаңалықтары / Новости eGov</b></td></tr></table>
<p><b>Жаңа мүмкіндіктер / Новые возможности</b></p>
<p>Порталда азаматтық хал актілерін тіркеу бойынша 5 қызмет проактивті форматқа көшірілді.<br>
На портале 5 услуг по регистрации актов гражданского состояния переведены в проактивный формат.</p>
<p><b>Статистика наурыз / март</b></p>
<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><th>Көрсеткіш / Показатель</th><th>Мәні / Значение</th></tr>
<tr><td>Көрсетілген қызметтер / Оказано услуг</td><td>4 218 330</td></tr>
<tr><td>Пайдаланушылар / Пользователи</td><td>9 120 455</td></tr></table>
<p style="font-size:10px">Рассылка / Таратылым: news@egov-portal.gov.kz</p>
</body></html>"""
    msg = eml(("eGov", "news@egov-portal.gov.kz"), "info@ekc.gov.kz", "eGov жаңалықтары / Новости eGov — сәуір / апрель 2027",
              "Tue, 6 Apr 2027 06:30:00 +0500", text_part(html, "html", "utf-8", "base64"), extra=[("Precedence", "bulk")])
    name = "O09_egov_novosti_kaz_rus.eml"
    save(name, msg, [oth("body", "bi")],
         sctx("Оператор портала «электронного правительства»", "news@egov-portal.gov.kz", "080340011226", "none: newsletter"),
         "other", "kk+ru", "eml", "bilingual HTML newsletter with a statistics table (a table that is not a form)")


# ============================================================================ seminar invitations
def o10():
    text = """Уважаемые коллеги!

Агентство по делам государственной службы приглашает ответственных сотрудников государственных органов и Единого контакт-центра принять участие в семинаре «Стандарты качества оказания государственных услуг: практика 2027 года».

Дата и время: 22 апреля 2027 года, 10:00–13:00
Место: г. Астана, ул. Сыганак, 60/4, конференц-зал (2 этаж)
Формат: очно и онлайн (ссылка будет направлена после регистрации)

В программе:
- изменения в Законе «О государственных услугах»;
- типичные нарушения сроков оказания услуг;
- работа с жалобами услугополучателей.

Для регистрации просим до 19 апреля направить ФИО, должность и контактный телефон участника на адрес seminar@adgs-kz.gov.kz.

Контактное лицо: Дюсенова Алия, тел. 8 (7172) 75-20-44.
"""
    msg = eml(("АДГС РК", "seminar@adgs-kz.gov.kz"), "info@ekc.gov.kz", "Приглашение на семинар 22 апреля",
              "Fri, 9 Apr 2027 14:00:00 +0500", text_part(text, "plain", "utf-8", "base64"))
    name = "O10_adgs_seminar.eml"
    save(name, msg, [oth("body", "ru")],
         sctx("Агентство Республики Казахстан по делам государственной службы", "seminar@adgs-kz.gov.kz", "990840002317", "none: invitation; forward to the training group"),
         "other", "ru", "eml", "asks to send 'ФИО, должность и контактный телефон' of a participant — not an appointment")


def o11():
    html = """<p>Құрметті әріптестер!</p>
<p>Түркістан облысының цифрландыру және архивтер басқармасы Сіздерді «Мұрағаттық қызметтерді цифрландыру» тақырыбындағы семинарға шақырады.</p>
<p><b>Күні:</b> 2027 жылғы 28 сәуір, сағат 15:00<br><b>Орны:</b> Түркістан қ., Тәуке хан даңғылы, 5, мәжіліс залы<br><b>Форматы:</b> онлайн (Zoom)</p>
<p>Қатысуды растау үшін 26 сәуірге дейін хабарласыңыз: 8 (72533) 5-60-22.</p>
<p>Құрметпен,<br>Оразбекова Г.Т.</p>"""
    msg = eml(("Оразбекова Гүлмира", "g.orazbekova@turkistan-akimat.gov.kz"), EKC, "Семинарға шақыру", "Mon, 12 Apr 2027 16:00:00 +0500",
              text_part(html, "html", "utf-8", "base64"))
    name = "O11_turkestan_seminarga_shaqyru.eml"
    save(name, msg, [oth("body", "kk")],
         octx("turkarh", ["00707216"], "protocol", None, "none: invitation to a seminar (not the training of p.8)"),
         "other", "kk", "eml", "Kazakh seminar invitation from the same responsible person who owes a training — not the training itself")


def o12():
    items = [("p", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЦИФРЛЫҚ ДАМУ, ИННОВАЦИЯЛАР ЖӘНЕ АЭРОҒАРЫШ ӨНЕРКӘСІБІ МИНИСТРЛІГІ\nМИНИСТЕРСТВО ЦИФРОВОГО РАЗВИТИЯ, ИННОВАЦИЙ И АЭРОКОСМИЧЕСКОЙ ПРОМЫШЛЕННОСТИ РЕСПУБЛИКИ КАЗАХСТАН", {"align": "c", "bold": True, "size": 9}),
             ("p", "ШАҚЫРУ / ПРИГЛАШЕНИЕ", {"align": "c", "bold": True, "size": 14}),
             ("p", "Сіздерді 2027 жылғы 30 сәуірде сағат 11:00-де өтетін «Мемлекеттік қызметтерді көрсету сапасы: байланыс орталықтарының рөлі» дөңгелек үстеліне шақырамыз.", {"align": "j"}),
             ("p", "Приглашаем Вас принять участие в круглом столе «Качество оказания государственных услуг: роль контакт-центров», который состоится 30 апреля 2027 года в 11:00.", {"align": "j"}),
             ("p", "Мекенжайы / Адрес: г. Астана, пр. Мангилик Ел, 55/5, блок С4.2", {"align": "l"}),
             ("p", "Тіркеу / Регистрация: +7 (7172) 64-08-01", {"align": "l"})]
    name = "O12_mcri_kruglyi_stol_kaz_rus.pdf"
    save(name, pdf_bytes(items), [oth(name, "bi")],
         octx("mcri", ["01501036"], "consulting", None, "none: invitation to a round table"),
         "other", "kk+ru", "pdf", "bilingual invitation on a letterhead")


def o13():
    items = [("p", "Программа вебинара «Электронные обращения граждан: сроки и ответственность»", {"bold": True, "align": "c"}),
             ("t", [["Время", "Тема", "Спикер"],
                    ["10:00", "Открытие", "Оспанова С.К."],
                    ["10:10", "Изменения в Административном процедурно-процессуальном кодексе", "Ахметов Б.Е."],
                    ["10:50", "Практика Единого контакт-центра", "Айтжанова С.К."],
                    ["11:30", "Вопросы и ответы", "—"]], [25, 110, 45], {"size": 9})]
    att = pdf_bytes(items)
    note = ("Добрый день!\n\nПриглашаем на вебинар 21 апреля 2027 года в 10:00 (время Астаны). Программа во вложении.\n"
            "Ссылка для подключения: https://vks.vko-akimat.gov.kz/j/2027042110\n\nУправление занятости и социальных программ ВКО\n")
    attname = "Программа вебинара.pdf"
    body = multipart([text_part(note, "plain", "utf-8", "base64"), attach_part(attname, att, "application/pdf", "encword")])
    msg = eml(("УЗСП ВКО", "uzsp@vko-akimat.gov.kz"), EKC, "Вебинар 21.04.2027", "Wed, 14 Apr 2027 13:13:00 +0500", body)
    name = "O13_vko_vebinar_programma.eml"
    save(name, msg, [oth("body", "ru"), oth(attname, "ru")],
         octx("vkozan", ["00505062", "00504118"], "consulting", None, "none: webinar invitation with a programme"),
         "other", "ru", "eml", "invitation with a PDF programme (a table with names and times)")


# ============================================================================ auto-replies
def o14():
    text = """Здравствуйте!

Я нахожусь в ежегодном трудовом отпуске с 12 по 26 апреля 2027 года. В мое отсутствие по вопросам государственных услуг Департамента социальной помощи обращайтесь к Абилову Тимуру Сериковичу, тел. 8 (7172) 74-36-30, t.abilov@enbek-mtszn.gov.kz.

Сарсенбаев Ерлан
"""
    msg = eml(("Сарсенбаев Ерлан", "e.sarsenbaev@enbek-mtszn.gov.kz"), EKC, "Автоматический ответ: ЕКЦ-2027/0617 О проведении обучения",
              "Tue, 13 Apr 2027 09:01:12 +0500", text_part(text, "plain", "utf-8", "base64"),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    name = "O14_enbek_avtootvet_otpusk.eml"
    save(name, msg, [oth("body", "ru")],
         octx("enbek", ["00501024", "00502031"], "protocol", ("ЕКЦ-2027/0617", "2027-04-13", "О проведении обучения"),
             "none: out-of-office; the responsible person is unchanged (the deputy is temporary)"),
         "other", "ru", "eml", "out-of-office naming a temporary substitute with phone and e-mail in the dative — not a replacement")


def o15():
    text = """Сәлеметсіз бе!

Сіздің хатыңыз алынды. Мен 2027 жылғы 20 сәуірге дейін іссапардамын, қайтып келген соң жауап беремін.

Құрметпен,
Серікбаев Ақжол
"""
    msg = eml(("Серікбаев Ақжол", "a.serikbaev@ulytau-akimat.gov.kz"), EKC, "Автожауап: ЕКЦ-2027/0621",
              "Wed, 14 Apr 2027 10:10:00 +0500", text_part(text, "plain", "utf-8", "quoted-printable"),
              extra=[("Auto-Submitted", "auto-replied")])
    name = "O15_ulytau_avtozhauap.eml"
    save(name, msg, [oth("body", "kk")],
         octx("ulytau", ["00803149"], "information", ("ЕКЦ-2027/0621", "2027-04-14", "Ақпарат беру туралы"), "none: auto-reply"),
         "other", "kk", "eml", "Kazakh auto-reply promising an answer later")


def o16():
    html = """<html><body><p>Мен 2027 жылғы 19-23 сәуір аралығында кеңседен тыспын. / Меня нет в офисе с 19 по 23 апреля 2027 года.</p>
<p>Шұғыл мәселелер бойынша / По срочным вопросам: приемная 8 (7242) 23-44-00.</p></body></html>"""
    msg = eml(("Нұрмаханова Гүлнұр", "g.nurmakhanova@kyzylorda-akimat.gov.kz"), EKC, "Automatic reply: ЕКЦ-2027/0629",
              "Mon, 19 Apr 2027 08:00:03 +0500", text_part(html, "html", "utf-8", "base64"),
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "g.nurmakhanova@kyzylorda-akimat.gov.kz")],
              mailer="Microsoft Exchange Server")
    name = "O16_kyzylorda_automatic_reply_kaz_rus.eml"
    save(name, msg, [oth("body", "bi")],
         octx("kyzzdrav", ["01003081"], "protocol", ("ЕКЦ-2027/0629", "2027-04-16", "О проведении обучения"), "none: auto-reply"),
         "other", "kk+ru", "eml", "Exchange 'Automatic reply' in English subject, bilingual body")


def o17():
    human = text_part("Это уведомление о прочтении сообщения, которое вы отправили.\n\nСообщение: ЕКЦ-2027/0633 О представлении списков услугополучателей\nПрочитано: 12.04.2027 11:42\n",
                      "plain", "utf-8", "base64")
    mdn = ("Content-Type: message/disposition-notification\n\n"
           "Reporting-UA: mail.kirister-mf.gov.kz; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;dgd.astana@kirister-mf.gov.kz\n"
           "Original-Message-ID: <ekc-2027-0633@ekc.gov.kz>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n").encode("ascii")
    body = multipart([human, mdn], "report; report-type=disposition-notification")
    msg = eml(("ДГД по г. Астане", "dgd.astana@kirister-mf.gov.kz"), EKC, "Прочитано: ЕКЦ-2027/0633 О представлении списков услугополучателей",
              "Mon, 12 Apr 2027 11:42:30 +0500", body)
    name = "O17_dgd_uvedomlenie_o_prochtenii.eml"
    save(name, msg, [oth("body", "ru")],
         octx("nalog_ast", ["00903214"], "additional_answer", ("ЕКЦ-2027/0633", "2027-04-06", "О представлении списков услугополучателей"), "none: read receipt"),
         "other", "ru", "eml", "multipart/report read receipt (MDN)")


# ============================================================================ acknowledgements
def o18():
    text = """Уважаемый отправитель!

Ваше письмо № ЕКЦ-2027/0644 от 07.04.2027 зарегистрировано в системе электронного документооборота Министерства здравоохранения Республики Казахстан.

Входящий номер: 3-1/8812
Дата регистрации: 08.04.2027
Исполнитель будет определен руководством.

Это сообщение сформировано автоматически, отвечать на него не нужно.
"""
    msg = eml(("Канцелярия МЗ РК", "kanc@densaulyq-mz.gov.kz"), EKC, "Регистрация входящего документа № 3-1/8812",
              "Thu, 8 Apr 2027 09:15:00 +0500", text_part(text, "plain", "utf-8", "base64"), extra=[("Auto-Submitted", "auto-generated")])
    name = "O18_mz_registraciya_vhodyaschego.eml"
    save(name, msg, [oth("body", "ru")],
         octx("dsm", ["01002046"], "appointment", ("ЕКЦ-2027/0644", "2027-04-07", "О назначении ответственного лица"), "none: registration acknowledgement"),
         "other", "ru", "eml", "registry acknowledgement from the document system; 'Исполнитель будет определен' sounds like an appointment")


def o19():
    text = """Құрметті әріптестер!

Сіздің 2027 жылғы 9 сәуірдегі № ЕКЦ-2027/0650 хатыңыз алынды және 2027 жылғы 12 сәуірде № 02-11/611 кіріс нөмірімен тіркелді. Жауап белгіленген мерзімде жіберіледі.

Түркістан облысының цифрландыру және архивтер басқармасының кеңсесі
"""
    msg = eml(("Кеңсе", "muragat@turkistan-akimat.gov.kz"), EKC, "Хатыңыз тіркелді", "Mon, 12 Apr 2027 15:30:00 +0500",
              text_part(text, "plain", "utf-8", "base64"))
    name = "O19_turkestan_hat_tirkeldi.eml"
    save(name, msg, [oth("body", "kk")],
         octx("turkarh", ["00707216"], "additional_answer", ("ЕКЦ-2027/0650", "2027-04-09", "Қосымша ақпарат беру туралы"), "none: acknowledgement"),
         "other", "kk", "eml", "Kazakh acknowledgement with an incoming number")


def o20():
    text = """ГУ «Управление сельского хозяйства и земельных отношений акимата Костанайской области»

Единый контакт-центр

Уведомляем, что Ваше письмо от 12.04.2027 № ЕКЦ-2027/0661 о назначении ответственного лица принято в работу. Ответственное лицо будет определено после согласования с руководством, ответ будет направлен в установленный Правилами срок.

Канцелярия управления
"""
    name = "O20_kostanay_prinyato_v_rabotu_cp1251.txt"
    save(name, txt_bytes(text, "windows-1251", crlf_=True), [oth(name, "ru")],
         octx("kostagro", ["00803127"], "appointment", ("ЕКЦ-2027/0661", "2027-04-12", "О назначении ответственного лица"),
              "none: still waiting for the appointment"),
         "other", "ru", "txt", "windows-1251; 'принято в работу', promises an appointment later — not one")


# ============================================================================ questions about our request
def o21():
    text = """Добрый день!

Получили ваш запрос по услуге 01102105. Подскажите, пожалуйста:
1) заполнять ли графу 5 «Регламент», если регламенты отменены с 2020 года?
2) в графе 8 указывать одного ответственного или по каждой услуге отдельно?
3) можно ли направить форму в формате PDF с ЭЦП?

После разъяснения заполним и направим.

Ермекова Салтанат
Управление земельных отношений города Астаны
8 (7172) 55-64-30

> -----Original Message-----
> From: Единый контакт-центр <info@ekc.gov.kz>
> Sent: Friday, April 9, 2027 4:12 PM
> Subject: ЕКЦ-2027/0654 Запрос информации
>
> Просим в течение пяти рабочих дней представить информацию о государственной услуге
> № 01102105 по форме приложения 1 (графы 1-8).
"""
    msg = eml(("Ермекова Салтанат", "s.ermekova@astana-akimat.gov.kz"), EKC, "RE: ЕКЦ-2027/0654 Запрос информации",
              "Mon, 12 Apr 2027 10:30:00 +0500", text_part(text, "plain", "utf-8", "quoted-printable"))
    name = "O21_astana_zem_voprosy_po_forme.eml"
    save(name, msg, [oth("body", "ru")],
         octx("astzem", ["01102105"], "information", ("ЕКЦ-2027/0654", "2027-04-09", "Запрос информации"),
              "none for the case: answer the questions; keep waiting for the form"),
         "other", "ru", "eml", "questions about the form itself, naming its columns; quoted request")


def o22():
    text = """Единый контакт-центр

Департамент кадровой политики Министерства обороны просит продлить срок представления информации по Вашему запросу N ЕКЦ-2027/0658-1 до 30 апреля 2027 года в связи с необходимостью согласования ответа с Генеральным штабом.

Начальник отдела                         Е. Баймурзин
"""
    name = "O22_mo_prodlit_srok_koi8.txt"
    save(name, txt_bytes(text, "koi8-r", crlf_=True), [oth(name, "ru")],
         octx("mod", ["01801037"], "additional_answer", ("ЕКЦ-2027/0658-1", "2027-04-09", "О представлении дополнительной информации"),
              "none for the case: note the extension request"),
         "other", "ru", "txt", "KOI8-R; request for more time from an agency that later may refuse")


def o23():
    text = """Сәлеметсіз бе!

Сіздің ЕКЦ-2027/0662 хатыңызда «ауыл шаруашылығы саласындағы мемлекеттік қызметтер» деп көрсетілген. Қандай қызметтер туралы сөз болып отырғанын, тізілімдегі нөмірлерін нақтылауыңызды сұраймыз. Басқарма 14 мемлекеттік қызмет көрсетеді.

Құрметпен,
Жұмабаев Н.А.
"""
    msg = eml(("Жұмабаев Нұрлан", "n.zhumabaev@kostanay-akimat.gov.kz"), EKC, "Нақтылау (ЕКЦ-2027/0662)", "Tue, 13 Apr 2027 11:45:00 +0500",
              text_part(text, "plain", "utf-8", "base64"))
    name = "O23_kostanay_naqtylau.eml"
    save(name, msg, [oth("body", "kk")],
         octx("kostagro", ["00803127", "01102142"], "appointment", ("ЕКЦ-2027/0662", "2027-04-12", "Жауапты тұлғаны тағайындау туралы"),
              "none for the case: answer the question about which services"),
         "other", "kk", "eml", "Kazakh question asking which services are meant")


def o24():
    d = new_docx()
    P(d, "ГУ «Аппарат акима Бескайнарского сельского округа Талгарского района»", bold=True, align="c")
    P(d, "Исх. № 112 от 14.04.2027", size=10)
    P(d, "Единый контакт-центр", align="r")
    P(d, "О разъяснении", bold=True)
    P(d, "Аппарат акима сельского округа просит разъяснить, обязан ли аким сельского округа назначать отдельное ответственное лицо для взаимодействия "
         "с Единым контакт-центром, если в штате аппарата два специалиста, или эти функции может выполнять ответственное лицо районного акимата.", align="j", indent=12)
    P(d, "Также просим сообщить, в какой форме проводится обучение сотрудников Единого контакт-центра и требуется ли выезд в г. Алматы.", align="j", indent=12)
    P(d, "")
    P(d, "Аким сельского округа                                            Б. Турсынов", bold=True)
    name = "O24_beskainar_o_razyasnenii.docx"
    save(name, docx_bytes(d), [oth(name, "ru")],
         octx("beskainar", ["00105013"], "appointment", ("ЕКЦ-2027/0665", "2027-04-12", "О назначении ответственного лица"),
              "none for the case: answer the question"),
         "other", "ru", "docx", "official letter with a question about appointing the responsible person and about training")


def o25():
    text = """Қайырлы күн! / Добрый день!

Оқыту онлайн форматта өте ме, әлде біздің мамандар БББ кеңсесіне келуі керек пе?
Обучение проводится онлайн или нашим специалистам нужно приехать в офис ЕКЦ? Если онлайн — какая платформа (Zoom, Teams)?

Серикова А.Б.
8 (7152) 46-20-25
"""
    msg = eml(("Серикова Аяулым", "a.serikova@sko-akimat.gov.kz"), EKC, "Оқыту / Обучение", "Wed, 14 Apr 2027 09:20:00 +0500",
              text_part(text, "plain", "utf-8", "8bit", crlf=False))
    name = "O25_sko_vet_vopros_obuchenie_kaz_rus.eml"
    save(name, msg, [oth("body", "bi")],
         octx("skovet", ["00802071"], "protocol", ("ЕКЦ-2027/0664", "2027-04-12", "О проведении обучения"),
              "none for the case: answer the question about the training format"),
         "other", "kk+ru", "eml", "bilingual question about the training; 8bit UTF-8")


# ============================================================================ thanks
def o26():
    text = """Добрый день!

Спасибо, протокол получили. Благодарим сотрудников Единого контакт-центра за оперативную организацию обучения и интересные вопросы.

С уважением,
Ким Виктория Андреевна
МЭПР РК

> 20.04.2027 Единый контакт-центр пишет:
> Направляем подписанный со стороны ЕКЦ протокол № 7 от 19.04.2027 принятия государственной услуги 01301027 для консультирования.
"""
    msg = eml(("Ким Виктория", "v.kim@ecogeo-mepr.gov.kz"), EKC, "Re: Протокол № 7", "Tue, 20 Apr 2027 16:00:00 +0500",
              text_part(text, "plain", "utf-8", "base64"))
    name = "O26_eco_spasibo_protokol.eml"
    save(name, msg, [oth("body", "ru")],
         octx("eco", ["01301027"], "consulting", None, "none: thanks"),
         "other", "ru", "eml", "thanks quoting our message about a signed protocol with its number and date")


def o27():
    text = """Рахмет! Хаттаманы алдық.

Оразбекова Г.

----- Бастапқы хат -----
Кімнен: Бірыңғай байланыс орталығы <info@ekc.gov.kz>
Тақырыбы: Хаттама № 5
Қол қойылған хаттаманың көшірмесін жолдаймыз.
"""
    msg = eml(("Оразбекова Гүлмира", "g.orazbekova@turkistan-akimat.gov.kz"), EKC, "Re: Хаттама № 5", "Mon, 26 Apr 2027 10:02:00 +0500",
              text_part(text, "plain", "utf-8", "base64"))
    name = "O27_turkestan_rahmet.eml"
    save(name, msg, [oth("body", "kk")],
         octx("turkarh", ["00707216"], "consulting", None, "none: thanks"),
         "other", "kk", "eml", "two-word Kazakh thanks with a quoted 'Хаттама' subject")


def o28():
    text = """БЛАГОДАРСТВЕННОЕ ПИСЬМО

Управление здравоохранения Павлодарской области выражает благодарность коллективу Единого контакт-центра по вопросам оказания государственных услуг за качественное консультирование населения по вопросам прикрепления к организациям первичной медико-санитарной помощи в период кампании свободного прикрепления в марте–апреле 2027 года.

Надеемся на дальнейшее плодотворное сотрудничество.

Руководитель управления                          Е. Байтлеуов
"""
    name = "O28_pavlodar_blagodarnost.txt"
    save(name, txt_bytes(text, "utf-8"), [oth(name, "ru")],
         octx("pvzdrav", ["01003081"], "consulting", None, "none: letter of thanks"),
         "other", "ru", "txt", "formal letter of thanks naming a service topic")


# ============================================================================ spam
def o29():
    html = """<html><body style="font-family:Arial">
<h1 style="color:#d00">1С: Государственные закупки 2027 — курсы со скидкой 40%!</h1>
<p>Только до 30 апреля! Обучение онлайн, сертификат государственного образца.</p>
<p><a href="http://kurs-1c-astana.kz/?utm_source=mail">Записаться</a></p>
<p>Тел.: +7 777 000 12 12 (WhatsApp)</p>
<p style="font-size:9px">Чтобы отписаться, ответьте STOP.</p></body></html>"""
    msg = eml(("Учебный центр «Бизнес-Навык»", "promo.biznesnavyk@gmail.com"), "info@ekc.gov.kz", "Скидка 40% на курсы 1С до 30 апреля",
              "Sat, 10 Apr 2027 03:14:00 +0500", text_part(html, "html", "utf-8", "base64"))
    name = "O29_spam_kursy_1c.eml"
    save(name, msg, [oth("body", "ru")],
         sctx("Учебный центр «Бизнес-Навык»", "promo.biznesnavyk@gmail.com", "190240011117", "none: spam"),
         "other", "ru", "eml", "advertising mail from a free webmail address")


def o30():
    text = """Уважаемый пользователь info@ekc.gov.kz!

Ваш почтовый ящик переполнен (99,8%). Входящие сообщения будут удалены через 24 часа.
Для увеличения квоты подтвердите учетную запись по ссылке:

http://ekc-gov-kz.mail-quota-update.top/verify?u=info

Служба поддержки почтового сервера
"""
    msg = eml(("Администратор почты", "no-reply@mail-quota-update.top"), "info@ekc.gov.kz", "ВНИМАНИЕ: почтовый ящик переполнен",
              "Sun, 11 Apr 2027 02:02:02 +0000", text_part(text, "plain", "koi8-r", "base64"))
    name = "O30_spam_fishing_koi8.eml"
    save(name, msg, [oth("body", "ru")],
         sctx("неизвестный отправитель", "no-reply@mail-quota-update.top", "000000000000", "none: phishing, do not open links"),
         "other", "ru", "eml", "phishing in KOI8-R base64")


def o31():
    text = """Сәлеметсіз бе!

5 минутта 3 000 000 теңгеге дейін несие! Кепілсіз, анықтамасыз.
Өтінім: https://tez-nesie-kz.site
Тел: 8 700 555 44 33
"""
    msg = eml(("Тез Несие", "info@tez-nesie-kz.site"), "info@ekc.gov.kz", "Несие 5 минутта!", "Sun, 11 Apr 2027 21:00:00 +0500",
              text_part(text, "plain", "utf-8", "base64"))
    name = "O31_spam_nesie_kaz.eml"
    save(name, msg, [oth("body", "kk")],
         sctx("Тез Несие", "info@tez-nesie-kz.site", "000000000000", "none: spam"),
         "other", "kk", "eml", "Kazakh loan spam")


def o32():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Прайс"
    rows = [["№", "Наименование", "Ед.", "Цена, тенге"], [1, "Бумага А4 SvetoCopy", "пачка", 2150], [2, "Картридж HP 85A (совм.)", "шт.", 6900],
            [3, "Папка-регистратор 75 мм", "шт.", 1250], [4, "Ручка шариковая синяя", "уп. 50 шт.", 3500]]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    att = xlsx_bytes(wb)
    text = ("Добрый день!\n\nТОО «Кенсе Плюс» предлагает канцелярские товары для государственных учреждений с доставкой по Астане. "
            "Работаем через портал госзакупок. Прайс-лист во вложении.\n\nМенеджер Алина, +7 747 222 33 11\n")
    attname = "Прайс-лист 2027.xlsx"
    body = multipart([text_part(text, "plain", "windows-1251", "quoted-printable"),
                      attach_part(attname, att, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "encword1251")])
    msg = eml(("ТОО Кенсе Плюс", "sales@kense-plus.kz"), "info@ekc.gov.kz", "Коммерческое предложение", "Mon, 12 Apr 2027 12:34:00 +0500", body,
              hdr_charset="windows-1251")
    name = "O32_spam_prais_vlozhenie.eml"
    save(name, msg, [oth("body", "ru"), oth(attname, "ru")],
         sctx("ТОО «Кеңсе Плюс»", "sales@kense-plus.kz", "210540013377", "none: commercial offer"),
         "other", "ru", "eml", "commercial offer with an XLSX price list named in a windows-1251 encoded-word")


def o33():
    text = """Құрметті серіктестер! / Уважаемые партнеры!

Мемлекеттік органдар үшін сайт әзірлеу және SEO-жылжыту. / Разработка сайтов и SEO-продвижение для государственных органов.
Портфолио: 120+ жоба / проектов. Бағасы 150 000 ₸ бастап / Цена от 150 000 ₸.

WhatsApp: +7 705 000 77 88
"""
    msg = eml(("WebStudio KZ", "hello@webstudio-kz.agency"), "info@ekc.gov.kz", "Сайт әзірлеу / Разработка сайтов", "Tue, 13 Apr 2027 04:40:00 +0500",
              text_part(text, "plain", "utf-8", "base64"))
    name = "O33_spam_sait_kaz_rus.eml"
    save(name, msg, [oth("body", "bi")],
         sctx("WebStudio KZ", "hello@webstudio-kz.agency", "000000000000", "none: spam"),
         "other", "kk+ru", "eml", "bilingual advertising with a tenge sign")


# ============================================================================ unsigned protocol drafts
def o34():
    d = new_docx()
    P(d, "ПРОЕКТ", bold=True, align="r")
    P(d, "ПРОТОКОЛ № ___\nпринятия Единым контакт-центром государственной услуги для консультирования", bold=True, align="c")
    P(d, "г. Астана                                                                                       «___» __________ 2027 г.")
    P(d, "Ответственное лицо Комитета по делам спорта и физической культуры Нургалиева А. проводит обучение сотрудников Единого контакт-центра "
         "по государственной услуге «Присвоение спортивных званий» (№ 01601024).", align="j")
    P(d, "Решили: принять государственную услугу для консультирования.")
    P(d, "ЕКЦ ______________ (Ф.И.О.)            Комитет ______________ (Ф.И.О.)")
    P(d, "")
    P(d, "Примечание: проект для согласования, подписывается после проведения обучения (планируется 26.04.2027).", italic=True, size=9)
    name = "O34_sport_proekt_protokola.docx"
    save(name, docx_bytes(d), [oth(name, "ru")],
         octx("sport", ["01601024"], "protocol", ("ЕКЦ-2027/0583", "2027-04-20", "О проведении обучения"),
              "none: an unsigned draft; keep waiting for the signed protocol"),
         "other", "ru", "docx", "protocol draft: 'ПРОЕКТ', blank number and date, empty signature names, registry number present")


def o35():
    d = new_docx()
    P(d, "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования", bold=True, align="c")
    P(d, "г. Актау                                                                                         Дата: ____________")
    T(d, [["№ в реестре", "Наименование"], ["01101062", "Предоставление земельного участка для строительства объекта в черте населенного пункта"]],
      widths_mm=[35, 135], size=10)
    P(d, "Обучение проведено ответственным лицом отдела земельных отношений города Актау Тәжібаевой М.Е.", align="j")
    P(d, "Подписи: ____________ / ____________", align="l")
    att = docx_bytes(d)
    text = ("Добрый день!\n\nНаправляем проект протокола для согласования. Просим внести замечания до 23.04.2027, после чего подпишем "
            "протокол по итогам обучения.\n\nТәжібаева Мөлдір\n8 (7292) 50-21-74\n")
    attname = "Проект протокола.docx"
    body = multipart([text_part(text, "plain", "utf-8", "base64"),
                      attach_part(attname, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "rfc2231")])
    msg = eml(("Тәжібаева Мөлдір", "m.tazhibaeva@mangystau-akimat.gov.kz"), EKC, "Проект протокола на согласование", "Wed, 21 Apr 2027 15:15:00 +0500", body)
    name = "O35_aktau_proekt_protokola_vlozhenie.eml"
    save(name, msg, [oth("body", "ru"), oth(attname, "ru")],
         octx("mangzem", ["01101062"], "protocol", ("ЕКЦ-2027/0586", "2027-04-20", "О проведении обучения"),
              "none: a draft for approval; keep waiting for the signed protocol"),
         "other", "ru", "eml", "draft protocol attached: title and table of a real protocol, but blank date and signatures; the body says 'проект'")


# ============================================================================ greetings, requests to the contact centre, misc
def o36():
    items = [("p", "Наурыз мейрамымен құттықтаймыз!", {"align": "c", "bold": True, "size": 16}),
             ("p", "Құрметті Бірыңғай байланыс орталығының ұжымы! Сіздерді ұлыстың ұлы күні – Наурыз мейрамымен шын жүректен құттықтаймыз!", {"align": "c"}),
             ("p", "Уважаемый коллектив Единого контакт-центра! Сердечно поздравляем с праздником Наурыз! Желаем здоровья, благополучия и успехов!", {"align": "c"}),
             ("sp", 6),
             ("p", "Атырау облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы", {"align": "c", "size": 9})]
    name = "O36_atyrau_nauryz_kaz_rus.pdf"
    save(name, pdf_bytes(items), [oth(name, "bi")],
         octx("atyrbiz", ["01005021"], "consulting", None, "none: holiday greeting"),
         "other", "kk+ru", "pdf", "bilingual holiday greeting card")


def o37():
    text = """Уважаемые коллеги!

Поздравляем вас с Днем работников связи и информации! Желаем успехов в нелегком деле консультирования граждан, терпения и отличного настроения!

Коллектив Комитета транспорта
"""
    name = "O37_transport_pozdravlenie_utf16.txt"
    save(name, txt_bytes(text, "utf-16", crlf_=True), [oth(name, "ru")],
         octx("transp", ["00303085"], "consulting", None, "none: greeting"),
         "other", "ru", "txt", "UTF-16 with BOM; short greeting")


def o38():
    text = """Уважаемые коллеги!

Для подготовки информации к заседанию коллегии просим в срок до 20 апреля 2027 года представить аналитический отчет по обращениям граждан, поступившим в Единый контакт-центр за I квартал 2027 года, по государственным услугам № 00501024 и № 00502031 (количество обращений, характер вопросов, жалобы).

С уважением,
Абилов Тимур Серикович
эксперт Департамента социальной помощи
8 (7172) 74-36-30, t.abilov@enbek-mtszn.gov.kz
"""
    msg = eml(("Абилов Тимур", "t.abilov@enbek-mtszn.gov.kz"), EKC, "Запрос аналитического отчета за I квартал", "Thu, 15 Apr 2027 11:00:00 +0500",
              text_part(text, "plain", "windows-1251", "base64"), hdr_charset="windows-1251")
    name = "O38_enbek_zapros_otcheta.eml"
    save(name, msg, [oth("body", "ru")],
         octx("enbek", ["00501024", "00502031"], "consulting", None, "none for the case: a request to the contact centre for its report"),
         "other", "ru", "eml", "the agency asks the contact centre for a report; signature with position, phone and e-mail of a person who is not the responsible one")


def o39():
    d = new_docx()
    P(d, "«ҚОСТАНАЙ ОБЛЫСЫ ӘКІМДІГІНІҢ АУЫЛ ШАРУАШЫЛЫҒЫ ЖӘНЕ ЖЕР ҚАТЫНАСТАРЫ БАСҚАРМАСЫ» ММ", bold=True, align="c")
    P(d, "2027 жылғы 16 сәуір № 07-3/904", size=10)
    P(d, "Бірыңғай байланыс орталығына", align="r")
    P(d, "Басқарма 2027 жылдың бірінші тоқсанында № 00803127 мемлекеттік көрсетілетін қызмет бойынша Бірыңғай байланыс орталығына түскен өтініштер "
         "туралы мәліметтерді (өтініштер саны, сұрақтардың сипаты) 2027 жылғы 25 сәуірге дейін ұсынуды сұрайды.", align="j", indent=12)
    P(d, "")
    P(d, "Басшының орынбасары                                                    Н. Жұмабаев", bold=True)
    name = "O39_kostanay_statistika_suratu.docx"
    save(name, docx_bytes(d), [oth(name, "kk")],
         octx("kostagro", ["00803127"], "consulting", None, "none for the case: request for statistics"),
         "other", "kk", "docx", "Kazakh official letter asking the contact centre for data, with a registry number")


def o40():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Справочник"
    ws["A1"] = "Телефонный справочник ГУ «Управление образования Карагандинской области» (по состоянию на 01.04.2027)"
    rows = [["Подразделение", "Ф.И.О.", "Должность", "Телефон", "E-mail"],
            ["Руководство", "Кенжетаева Гульмира Амановна", "руководитель управления", "8 (7212) 41-08-00", "uo@bilim-karaganda.gov.kz"],
            ["Отдел дошкольного и среднего образования", "Мусин Арман Болатович", "руководитель отдела", "8 (7212) 41-08-35", "a.musin@bilim-karaganda.gov.kz"],
            ["Отдел кадров", "Бекетова Жанна Сериковна", "главный специалист", "8 (7212) 41-08-12", "kadry@bilim-karaganda.gov.kz"],
            ["Канцелярия", "Ли Наталья Игоревна", "делопроизводитель", "8 (7212) 41-08-01", "uo@bilim-karaganda.gov.kz"]]
    for r, row in enumerate(rows, 3):
        for c, v in enumerate(row, 1):
            xl_put(ws, r, c, v, bold=(r == 3))
    for col, w in zip("ABCDE", [40, 32, 28, 20, 34]):
        ws.column_dimensions[col].width = w
    name = "O40_karaganda_telefonnyi_spravochnik.xlsx"
    save(name, xlsx_bytes(wb), [oth(name, "ru")],
         octx("karedu", ["00603012", "00604077"], "consulting", None, "none: a staff phone book"),
         "other", "ru", "xlsx", "a table of names, positions, phones and e-mails (including the current responsible person) that is not a form")


ALL = [o01, o02, o03, o04, o05, o06, o07, o08, o09, o10, o11, o12, o13, o14, o15, o16, o17, o18, o19, o20,
       o21, o22, o23, o24, o25, o26, o27, o28, o29, o30, o31, o32, o33, o34, o35, o36, o37, o38, o39, o40]
