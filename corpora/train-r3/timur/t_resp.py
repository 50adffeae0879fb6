# -*- coding: utf-8 -*-
"""responsible_change: 10 appointments (p.5, previous_responsible null) and 10 replacements (p.7)."""
from t_lib import *  # noqa

EKC = ("Единый контакт-центр", "info@ekc.gov.kz")


def rc(part, lang, resp, prev="absent", eff="absent", regs=None):
    d = {"part": part, "kind": "responsible_change"}
    if lang in ("ru", "kk"):
        d["language"] = lang
    d["responsible"] = resp
    if prev != "absent":
        d["previous_responsible"] = prev
    if eff != "absent":
        d["effective_date"] = eff
    if regs:
        d["services"] = [{"registry_number": r} for r in regs]
    return d


def who(full_name, position="absent", email="absent", phone="absent"):
    d = {"full_name": full_name}
    for k, v in (("position", position), ("email", email), ("phone", phone)):
        if v != "absent":
            d[k] = v
    return d


# ============================================================================ appointments
def a01():
    text = """Единый контакт-центр
по вопросам оказания государственных услуг

На № ЕКЦ-2027/0518 от 18.03.2027

Министерство юстиции Республики Казахстан, рассмотрев Ваш запрос, сообщает, что ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге «Апостилирование официальных документов, исходящих из органов юстиции и иных государственных органов» (№ 00205140) определена главный эксперт Департамента регистрационной службы и организации юридических услуг Касымова Жанна Ерболовна.

Контактные данные: тел. 8 (7172) 74-08-66, e-mail: zh.kasymova@adilet-mu.gov.kz

Информация по форме приложения 1 будет направлена в установленный срок.

Директор Департамента                     Н. Искаков

Исп.: Касымова Ж.Е.
"""
    msg = eml(("Касымова Жанна", "zh.kasymova@adilet-mu.gov.kz"), EKC, "Об ответственном лице (на ЕКЦ-2027/0518)",
              "Mon, 22 Mar 2027 11:02:14 +0500", text_part(text, "plain", "utf-8", "base64"))
    name = "R01_minjust_naznachenie.eml"
    save(name, msg, [rc("body", "ru", who("Касымова Жанна Ерболовна", "главный эксперт Департамента регистрационной службы и организации юридических услуг",
                                          "zh.kasymova@adilet-mu.gov.kz", "87172740866"), None, regs=["00205140"])],
         ctx("adilet", ["00205140"], "appointment", ("ЕКЦ-2027/0518", "2027-03-18", "О назначении ответственного лица"),
             "record the appointed responsible person and start waiting for the Appendix 1 information", True),
         "responsible_change", "ru", "eml", "appointment; position before the name in the same sentence; 'будет направлена' promise of a form that is not there")


def a02():
    text = """ГУ «Управление образования Карагандинской области»
100000, г. Караганда, ул. Бухар-Жырау, 47
Исх. № 03-15/611 от 23.03.2027

Руководителю Единого контакт-центра

На письмо № ЕКЦ-2027/0522 от 19.03.2027

Во исполнение пункта 5 Правил взаимодействия Единого контакт-центра сообщаем, что обязанности ответственного лица за представление информации по государственным услугам:
- «Прием документов и зачисление детей в дошкольные организации» (00603012);
- «Выдача дубликатов документов об основном среднем, общем среднем образовании» (00604077)
возложены на Мусина Армана Болатовича, руководителя отдела дошкольного и среднего образования (тел. 8 (7212) 41-08-35, моб. 8 701 333 19 04, a.musin@bilim-karaganda.gov.kz).

Руководитель управления                        Г. Кенжетаева
"""
    name = "R02_karaganda_obrazovanie_cp1251.txt"
    save(name, txt_bytes(text, "windows-1251", crlf_=True),
         [rc(name, "ru", who("Мусин Арман Болатович", email="a.musin@bilim-karaganda.gov.kz"), None, regs=["00603012", "00604077"])],
         ctx("karedu", ["00603012", "00604077"], "appointment", ("ЕКЦ-2027/0522", "2027-03-19", "О назначении ответственного лица"),
             "record the appointed responsible person for both services", True),
         "responsible_change", "ru", "txt", "windows-1251 CRLF; name in accusative after 'возложены на'; two phones (office and mobile); list of services")


def a03():
    html = """<div dir="ltr"><p>Құрметті әріптестер!</p>
<p>Сіздің 2027 жылғы 17 наурыздағы № ЕКЦ-2027/0509 хатыңызға жауап ретінде хабарлаймыз: «Елді мекен шегінде объект салу үшін жер учаскесін беру» (№ 01101062) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беру және оқыту жүргізу жөніндегі жауапты тұлғаның міндеттері Ақтау қаласының жер қатынастары бөлімінің бас маманы Тәжібаева Мөлдір Ерланқызына жүктелді.</p>
<p>Байланыс телефоны: 8 (7292) 50-21-74<br>Эл. пошта: m.tazhibaeva@mangystau-akimat.gov.kz</p>
<p>Құрметпен,<br>Ақтау қаласының жер қатынастары бөлімі</p></div>"""
    msg = eml(("Ақтау жер қатынастары", "jer.aktau@mangystau-akimat.gov.kz"), EKC, "Жауапты тұлға туралы",
              "Tue, 23 Mar 2027 09:47:30 +0500", text_part(html, "html", "utf-8", "base64"), mailer="Roundcube Webmail/1.6")
    name = "R03_aktau_jer_zhauapty.eml"
    save(name, msg, [rc("body", "kk", who("Тәжібаева Мөлдір Ерланқызы", email="m.tazhibaeva@mangystau-akimat.gov.kz", phone="87292502174"), None, regs=["01101062"])],
         ctx("mangzem", ["01101062"], "appointment", ("ЕКЦ-2027/0509", "2027-03-17", "Жауапты тұлғаны тағайындау туралы"),
             "record the appointed responsible person", True),
         "responsible_change", "kk", "eml", "Kazakh HTML-only body; name in the dative (-ға) after a long genitive chain")


def a04():
    d = new_docx()
    P(d, "ПОГРАНИЧНАЯ СЛУЖБА\nКОМИТЕТА НАЦИОНАЛЬНОЙ БЕЗОПАСНОСТИ\nРЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c")
    P(d, "010000, г. Астана, пр. Мангилик Ел, 31", align="c", size=9)
    P(d, "25.03.2027 № 21/4-1180", size=10)
    P(d, "Единый контакт-центр\nпо вопросам оказания\nгосударственных услуг", align="r")
    P(d, "Об ответственном лице", bold=True)
    P(d, "На Ваш исх. № ЕКЦ-2027/0531 от 22.03.2027 сообщаем, что приказом Директора Пограничной службы КНБ Республики Казахстан "
         "от 24 марта 2027 года № 77 ответственным лицом по вопросам взаимодействия с Единым контакт-центром по государственной услуге "
         "«Выдача пропуска на въезд в пограничную полосу» (№ 01901025 в Реестре) назначен старший офицер отдела режима пограничной зоны подполковник Жаксылыков Ерлан Муратович.",
      align="j", indent=12)
    P(d, "Прошу все запросы по указанной услуге направлять на имя подполковника Жаксылыкова Ерлана Муратовича по адресу электронной почты "
         "e.zhaksylykov@shekara-knb.gov.kz, рабочий телефон 8 (7172) 76-30-12.", align="j", indent=12)
    P(d, "")
    P(d, "Заместитель Директора\nгенерал-майор                                                               Т. Абдыкалыков", bold=True)
    P(d, "Исп. Жаксылыков Е.М.\nтел. 76-30-12", size=8)
    name = "R04_pogranslujba_naznachenie.docx"
    save(name, docx_bytes(d),
         [rc(name, "ru", who("Жаксылыков Ерлан Муратович", email="e.zhaksylykov@shekara-knb.gov.kz", phone="87172763012"), None, regs=["01901025"])],
         ctx("border", ["01901025"], "appointment", ("ЕКЦ-2027/0531", "2027-03-22", "О назначении ответственного лица"),
             "record the appointed responsible person", True),
         "responsible_change", "ru", "docx", "name appears in nominative with a rank and again in genitive; the order that appointed him has its own date")


def a05():
    items = [("p", "КОМИТЕТ ПО ДЕЛАМ СПОРТА И ФИЗИЧЕСКОЙ КУЛЬТУРЫ\nМИНИСТЕРСТВА ТУРИЗМА И СПОРТА РЕСПУБЛИКИ КАЗАХСТАН", {"align": "c", "bold": True, "size": 10}),
             ("p", "Исх. № 05-12/903 от 26.03.2027", {"size": 9}),
             ("p", "Единый контакт-центр", {"align": "r"}),
             ("sp", 4),
             ("p", "В ответ на письмо ЕКЦ-2027/0544 Комитет по делам спорта и физической культуры сообщает, что для взаимодействия с Единым контакт-центром "
                   "по государственной услуге «Присвоение спортивных званий: мастер спорта Республики Казахстан международного класса, мастер спорта Республики Казахстан» "
                   "(реестровый № 01601024) решено определить ответственным лицом Нургалиеву Асем, эксперта Управления спортивных званий и разрядов.", {"align": "j"}),
             ("p", "Тел.: +7 (7172) 74-16-09; эл. почта: a.nurgalieva@turizm-mts.gov.kz", {"align": "j"}),
             ("sp", 8),
             ("p", "Председатель Комитета                                                    Е. Турсынбеков", {"bold": True}),
             ("sp", 20),
             ("p", "Документ подписан ЭЦП. Проверить подлинность можно в системе электронного документооборота.", {"size": 7})]
    name = "R05_sport_otvetstvennyi.pdf"
    save(name, pdf_bytes(items, serif=True),
         [rc(name, "ru", who("Нургалиева Асем", email="a.nurgalieva@turizm-mts.gov.kz", phone="+77172741609"), None, regs=["01601024"])],
         ctx("sport", ["01601024"], "appointment", ("ЕКЦ-2027/0544", "2027-03-23", "О назначении ответственного лица"),
             "record the appointed responsible person", True),
         "responsible_change", "ru", "pdf", "name without patronymic in accusative (Нургалиеву Асем); position in genitive")


def a06():
    text = """Құрметті әріптестер!

Атырау облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы «Кәсіпкерлікті қолдау шаралары бойынша субсидия алуға арналған конкурсқа қатысуға рұқсат беру» (№ 01005021) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға болып Сапарғалиев Дәурен Маратұлы тағайындалғанын хабарлайды.

Уважаемые коллеги!

Управление предпринимательства и индустриально-инновационного развития Атырауской области сообщает, что обязанности ответственного лица по государственной услуге «Выдача разрешения на участие в конкурсе на получение субсидий по мерам поддержки предпринимательства» (№ 01005021) возложены на Сапарғалиева Дәурена Маратұлы.

Тел./Телефон: 8 (7122) 35-72-20
E-mail: d.sapargaliev@atyrau-akimat.gov.kz

Басшы / Руководитель                     М. Есенғалиев
"""
    msg = eml(("Kasipkerlik Atyrau", "kasipkerlik@atyrau-akimat.gov.kz"), EKC, "Жауапты тұлға / Ответственное лицо",
              "Wed, 24 Mar 2027 14:30:00 +0500", text_part(text, "plain", "utf-8", "quoted-printable"))
    name = "R06_atyrau_kaz_rus_naznachenie.eml"
    save(name, msg, [rc("body", "bi", who("Сапарғалиев Дәурен Маратұлы", email="d.sapargaliev@atyrau-akimat.gov.kz", phone="87122357220"), None, regs=["01005021"])],
         ctx("atyrbiz", ["01005021"], "appointment", ("ЕКЦ-2027/0540", "2027-03-22", "О назначении ответственного лица"),
             "record the appointed responsible person", True),
         "responsible_change", "kk+ru", "eml", "parallel Kazakh and Russian texts; Kazakh name declined by Russian rules in the Russian half")


def a07():
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal>Добрый день!<o:p></o:p></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Комитет миграционной службы МВД РК на письмо ЕКЦ-2027/0551 сообщает следующее.<o:p></o:p></p>
<p class=MsoNormal>Обязанности ответственного лица за представление информации и проведение обучения сотрудников Единого контакт-центра по государственным услугам &laquo;Выдача разрешений на временное проживание иностранцам и лицам без гражданства&raquo; и &laquo;Регистрация по месту жительства населения Республики Казахстан&raquo; возложены на старшего инспектора Управления по делам иностранцев майора полиции Исмаилову Динару Канатовну.<o:p></o:p></p>
<p class=MsoNormal>Контакты: <b>8&nbsp;(7172)&nbsp;71-54-19</b>, <a href="mailto:d.ismailova@ishki-mvd.gov.kz">d.ismailova@ishki-mvd.gov.kz</a><o:p></o:p></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal><span style='font-size:9.0pt;color:gray'>Данное сообщение и любые приложения к нему являются конфиденциальными и предназначены исключительно для адресата. Если Вы получили это сообщение по ошибке, пожалуйста, удалите его.</span><o:p></o:p></p>
</div></body></html>"""
    body = multipart([text_part("Добрый день!\n\nКомитет миграционной службы МВД РК на письмо ЕКЦ-2027/0551 сообщает следующее.\n"
                                "Обязанности ответственного лица за представление информации и проведение обучения сотрудников Единого контакт-центра по государственным услугам "
                                "«Выдача разрешений на временное проживание иностранцам и лицам без гражданства» и «Регистрация по месту жительства населения Республики Казахстан» "
                                "возложены на старшего инспектора Управления по делам иностранцев майора полиции Исмаилову Динару Канатовну.\n"
                                "Контакты: 8 (7172) 71-54-19, d.ismailova@ishki-mvd.gov.kz\n\nДанное сообщение и любые приложения к нему являются конфиденциальными.\n",
                                "plain", "windows-1251", "quoted-printable"),
                      text_part(html, "html", "windows-1251", "quoted-printable")], "alternative")
    msg = eml(("Комитет миграционной службы", "kms@ishki-mvd.gov.kz"), EKC, "RE: ЕКЦ-2027/0551", "Thu, 25 Mar 2027 17:05:48 +0500", body,
              hdr_charset="windows-1251", mailer="Microsoft Outlook 16.0")
    name = "R07_kms_outlook_naznachenie.eml"
    save(name, msg, [rc("body", "ru", who("Исмаилова Динара Канатовна", email="d.ismailova@ishki-mvd.gov.kz", phone="87172715419"), None)],
         ctx("migr", ["00405026", "00401153"], "appointment", ("ЕКЦ-2027/0551", "2027-03-23", "О назначении ответственного лица"),
             "record the appointed responsible person for both services", True),
         "responsible_change", "ru", "eml", "Outlook windows-1251 alternative; services named only by title, not number; rank and title between position and name; disclaimer")


def a08():
    text = """Абай облысының білім басқармасы

Бірыңғай байланыс орталығына

2027 жылғы 19 наурыздағы № ЕКЦ-2027/0527 хатқа

Абай облысының білім басқармасы «Жалпы білім беретін ұйымдарға тегін тасымалдауды ұйымдастыру үшін құжаттар қабылдау» мемлекеттік көрсетілетін қызметі (тізілімдегі № 00604135) бойынша Бірыңғай байланыс орталығымен жұмыс жүргізуге жауапты тұлға етіп басқарманың бас маманы Бейсенова Ақмарал Жанатқызын тағайындағанын хабарлайды.

Байланыс: 8 (7222) 52-40-19, a.beisenova@abai-akimat.gov.kz

Басқарма басшысы                 Қ. Жұманов
"""
    name = "R08_abai_bilim_zhauapty_bom.txt"
    save(name, txt_bytes(text, "utf-8-sig", crlf_=True),
         [rc(name, "kk", who("Бейсенова Ақмарал Жанатқызы", email="a.beisenova@abai-akimat.gov.kz", phone="87222524019"), None, regs=["00604135"])],
         ctx("abaiedu", ["00604135"], "appointment", ("ЕКЦ-2027/0527", "2027-03-19", "Жауапты тұлғаны тағайындау туралы"),
             "record the appointed responsible person", True),
         "responsible_change", "kk", "txt", "UTF-8 with BOM; Kazakh name in the accusative (-қызын)")


def a09():
    d = new_docx()
    P(d, "АГЕНТСТВО РЕСПУБЛИКИ КАЗАХСТАН\nПО РЕГУЛИРОВАНИЮ И РАЗВИТИЮ ФИНАНСОВОГО РЫНКА", bold=True, align="c")
    P(d, "Исх. № 02-1-14/2044 от 26.03.2027", size=10)
    P(d, "Единый контакт-центр", align="r")
    P(d, "Агентство Республики Казахстан по регулированию и развитию финансового рынка (далее – Агентство) в ответ на запрос № ЕКЦ-2027/0549 "
         "о назначении ответственного лица по государственной услуге «Выдача лицензии на проведение банковских операций» (№ 02001054) "
         "сообщает о назначении главного специалиста Департамента лицензирования Ким Ольги Сергеевны ответственной за представление информации "
         "и проведение обучения сотрудников Единого контакт-центра.", align="j", indent=12)
    P(d, "Контактный телефон: 8 (727) 2-788-105, электронная почта: o.kim@qarjy-arrfr.gov.kz.", align="j", indent=12)
    P(d, "")
    P(d, "Заместитель Председателя                                   Д. Ахметжанов", bold=True)
    att = docx_bytes(d)
    note = "Добрый день, направляем ответ на ваш запрос (во вложении).\n\n--\nКанцелярия АРРФР\n"
    attname = "Ответ ЕКЦ-2027-0549.docx"
    body = multipart([text_part(note, "plain", "utf-8", "7bit" if False else "base64"),
                      attach_part(attname, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "rfc2231")])
    msg = eml(("Канцелярия АРРФР", "kense@qarjy-arrfr.gov.kz"), EKC, "Ответ на ЕКЦ-2027/0549", "Fri, 26 Mar 2027 12:12:12 +0500", body)
    name = "R09_arrfr_pismo_vlozhenie.eml"
    save(name, msg, [{"part": "body", "kind": "other"},
                     rc(attname, "ru", who("Ким Ольга Сергеевна", email="o.kim@qarjy-arrfr.gov.kz", phone="87272788105"), None, regs=["02001054"])],
         ctx("arrfr", ["02001054"], "appointment", ("ЕКЦ-2027/0549", "2027-03-23", "О назначении ответственного лица"),
             "record the appointed responsible person from the attached letter", True),
         "responsible_change", "ru", "eml", "the letter is a DOCX attachment; name in genitive (Ким Ольги Сергеевны); odd phone grouping")


def a10():
    text = """МИНИСТЕРСТВО КУЛЬТУРЫ И ИНФОРМАЦИИ РЕСПУБЛИКИ КАЗАХСТАН
Комитет культуры

29.03.2027 N 08-3/1417

Единый контакт-центр

На N ЕКЦ-2027/0560 от 24.03.2027

Сообщаем, что представление информации по государственной услуге "Выдача разрешения на вывоз культурных ценностей" (N 00708034 в Реестре государственных услуг) и проведение обучения операторов Единого контакт-центра поручено Белову Андрею Петровичу, главному эксперту Управления охраны историко-культурного наследия.
Тел. 8 (7172) 74-05-93, a.belov@madeniet-mki.gov.kz.

Заместитель председателя
Комитета культуры                      С. Бейсембаева
"""
    name = "R10_kultura_koi8.txt"
    save(name, txt_bytes(text, "koi8-r"),
         [rc(name, "ru", who("Белов Андрей Петрович", email="a.belov@madeniet-mki.gov.kz", phone="87172740593"), None, regs=["00708034"])],
         ctx("kultura", ["00708034"], "appointment", ("ЕКЦ-2027/0560", "2027-03-24", "О назначении ответственного лица"),
             "record the appointed responsible person", True),
         "responsible_change", "ru", "txt", "KOI8-R; 'N' for the number sign and straight quotes (koi8 has no №/«»); name in dative")


# ============================================================================ replacements
def r01():
    text = """Уважаемые коллеги!

Министерство труда и социальной защиты населения Республики Казахстан уведомляет, что в связи с переводом Жакуповой Динары Сериковны на другую должность с 1 марта 2027 года ответственным лицом за взаимодействие с Единым контакт-центром по государственным услугам № 00501024 и № 00502031 определен главный эксперт Департамента социальной помощи Сарсенбаев Ерлан Амангельдиевич.

Просим направлять запросы Сарсенбаеву Е.А. по адресу e.sarsenbaev@enbek-mtszn.gov.kz, тел. 8 (7172) 74-36-27.

С уважением,
Департамент социальной помощи
"""
    msg = eml(("Департамент социальной помощи", "dsp@enbek-mtszn.gov.kz"), EKC, "О замене ответственного лица",
              "Tue, 2 Mar 2027 10:15:00 +0500", text_part(text, "plain", "windows-1251", "base64"), hdr_charset="windows-1251")
    name = "R11_enbek_zamena_cp1251.eml"
    save(name, msg, [rc("body", "ru", who("Сарсенбаев Ерлан Амангельдиевич", email="e.sarsenbaev@enbek-mtszn.gov.kz", phone="87172743627"),
                        who("Жакупова Динара Сериковна"), "2027-03-01", ["00501024", "00502031"])],
         ctx("enbek", ["00501024", "00502031"], "consulting", None,
             "replace the responsible person for both services in the base", True),
         "responsible_change", "ru", "eml", "windows-1251 base64; previous person in genitive, new one with position before the name; date of transfer")


def r02():
    text = """Единый контакт-центр

Комитет государственных доходов Министерства финансов Республики Казахстан сообщает, что с 15.03.2027 вместо Ли Александра Викторовича (отпуск по уходу за ребенком) представление информации в Единый контакт-центр и обучение по государственным услугам 00901088, 00903214, 00903257 поручено Омаровой Гульнар Бакытовне, главному эксперту Управления методологии администрирования.

Телефон: +7 (7172) 71-77-45
E-mail: g.omarova@kirister-mf.gov.kz

Заместитель руководителя Управления методологии администрирования      Т. Сыздыков
"""
    name = "R12_kgd_zamena_utf16.txt"
    save(name, txt_bytes(text, "utf-16", crlf_=True),
         [rc(name, "ru", who("Омарова Гульнар Бакытовна", email="g.omarova@kirister-mf.gov.kz", phone="+77172717745"),
             who("Ли Александр Викторович"), "2027-03-15", ["00901088", "00903214", "00903257"])],
         ctx("kgd", ["00901088", "00903214", "00903257"], "protocol", None,
             "replace the responsible person for three tax services; training still pending", True),
         "responsible_change", "ru", "txt", "UTF-16 with BOM; indeclinable surname Ли in genitive; new name in dative; bare registry numbers")


def r03():
    html = """<html><body><p>Қайырлы күн!</p>
<p>Шымкент қаласының азаматтық хал актілерін тіркеу басқармасы Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі жауапты тұлғаның ауысқанын хабарлайды.</p>
<p>Әбдіраманова Сәуле Нұрланқызының бала күтімі бойынша демалысқа шығуына байланысты 2027 жылғы 9 наурыздан бастап № 00101036, № 00101074 мемлекеттік көрсетілетін қызметтер бойынша жауапты тұлға етіп АХАЖ бөлімінің жетекші маманы Жолдасбекова Індира Серікқызын тағайындадық.</p>
<p>Тел.: 8 (7252) 53-18-44<br>E-mail: i.zholdasbekova@shymkent-akimat.gov.kz</p>
<p>Құрметпен,<br>АХАЖ басқармасы</p></body></html>"""
    msg = eml(("АХАЖ басқармасы", "azhat@shymkent-akimat.gov.kz"), EKC, "Жауапты тұлғаның ауысуы", "Wed, 10 Mar 2027 16:20:00 +0500",
              text_part(html, "html", "utf-8", "base64"))
    name = "R13_shymkent_azhat_auysu.eml"
    save(name, msg, [rc("body", "kk", who("Жолдасбекова Індира Серікқызы", email="i.zholdasbekova@shymkent-akimat.gov.kz", phone="87252531844"),
                        who("Әбдіраманова Сәуле Нұрланқызы"), "2027-03-09", ["00101036", "00101074"])],
         ctx("zags", ["00101036", "00101074"], "consulting", None, "replace the responsible person for two civil-registry services", True),
         "responsible_change", "kk", "eml", "Kazakh HTML; previous person in the genitive (-ның), new in the accusative (-ын); date '9 наурыздан бастап'")


def r04():
    d = new_docx()
    P(d, "«ПАВЛОДАР ОБЛЫСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ» ММ\nГУ «УПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ ПАВЛОДАРСКОЙ ОБЛАСТИ»", bold=True, align="c", size=11)
    P(d, "140000, г. Павлодар, ул. Кривенко, 27", align="c", size=9)
    P(d, "№ 01-21/1399 от 23.03.2027", size=10)
    P(d, "Единый контакт-центр", align="r")
    P(d, "О замене ответственного лица", bold=True)
    P(d, "В соответствии с пунктом 7 Правил взаимодействия Единого контакт-центра Управление здравоохранения Павлодарской области уведомляет "
         "о замене ответственного лица в связи с увольнением Рахимжанова Олжаса Талгатовича.", align="j", indent=12)
    P(d, "С 22 марта 2027 года обязанности ответственного лица по нижеуказанным государственным услугам возложены на Кабдуллину Жанар Ермековну:", align="j", indent=12)
    T(d, [["№ в реестре", "Наименование государственной услуги"],
          ["01003081", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь"],
          ["01003115", "Выдача справки с психоневрологической организации"]], widths_mm=[35, 135], size=11)
    P(d, "")
    T(d, [["Должность", "главный специалист отдела организации ПМСП"],
          ["Телефон", "8 (7182) 32-11-21"],
          ["E-mail", "zh.kabdullina@densaulyq-pavlodar.gov.kz"]], widths_mm=[35, 135], size=11, bold_rows=())
    P(d, "")
    P(d, "Руководитель управления                                               Е. Байтлеуов", bold=True)
    name = "R14_pavlodar_zdrav_zamena.docx"
    save(name, docx_bytes(d),
         [rc(name, "ru", who("Кабдуллина Жанар Ермековна", "главный специалист отдела организации ПМСП", "zh.kabdullina@densaulyq-pavlodar.gov.kz", "87182321121"),
             who("Рахимжанов Олжас Талгатович"), "2027-03-22", ["01003081", "01003115"])],
         ctx("pvzdrav", ["01003081", "01003115"], "consulting", None, "replace the responsible person for two services", True),
         "responsible_change", "ru", "docx", "services table and a separate field | value table for the new person's contacts; name in accusative")


def r05():
    text = """Коллеги, добрый день.

Сообщаю, что Жанайдаров А.С. больше не курирует услугу 01501036 (перешел в другое управление). Вместо Жанайдарова А.С. по всем вопросам, в том числе по обучению, обращайтесь, пожалуйста, к Сатыбалдиеву Нурлану Жомартовичу — +7 701 744 20 18, n.satybaldiev@cifra-mcriap.gov.kz.

Отправлено с iPhone

> 29 марта 2027 г., в 10:02, Единый контакт-центр <info@ekc.gov.kz> написал(а):
>
> Уважаемый Айбек Серикович!
> Просим согласовать дату проведения обучения операторов ЕКЦ по государственной услуге
> «Выдача разрешения на использование радиочастотного спектра Республики Казахстан» (№ 01501036).
> Предлагаемые даты: 5 или 6 апреля 2027 г.
>
> С уважением,
> Единый контакт-центр
"""
    msg = eml(("Жанайдаров Айбек", "a.zhanaidarov@cifra-mcriap.gov.kz"), EKC, "Re: Обучение по услуге 01501036",
              "Mon, 29 Mar 2027 13:41:07 +0500", text_part(text, "plain", "utf-8", "quoted-printable"),
              in_reply_to="<ekc-2027-0571@ekc.gov.kz>", mailer="iPhone Mail (20B101)")
    name = "R15_mcri_iphone_zamena.eml"
    save(name, msg, [rc("body", "ru", who("Сатыбалдиев Нурлан Жомартович", email="n.satybaldiev@cifra-mcriap.gov.kz", phone="+77017442018"),
                        who("Жанайдаров А.С."), regs=["01501036"])],
         ctx("mcri", ["01501036"], "protocol", ("ЕКЦ-2027/0571", "2027-03-29", "Обучение по услуге 01501036"),
             "replace the responsible person and re-send the training request to him", True),
         "responsible_change", "ru", "eml", "informal iPhone reply sent by the outgoing person; new name in dative after 'к'; quoted request below")


def r06():
    items = [("p", "«АЛМАТЫ ҚАЛАСЫНЫҢ СӘУЛЕТ ЖӘНЕ ҚАЛА ҚҰРЫЛЫСЫ БАСҚАРМАСЫ» ММ / ГУ «УПРАВЛЕНИЕ АРХИТЕКТУРЫ И ГРАДОСТРОИТЕЛЬСТВА ГОРОДА АЛМАТЫ»", {"align": "c", "bold": True, "size": 9}),
             ("p", "Шығ./Исх. № 04-2/355 от 12.03.2027", {"size": 9}),
             ("p", "Бірыңғай байланыс орталығына / Единому контакт-центру", {"align": "r"}),
             ("p", "Жауапты тұлғаның ауысуы туралы / О замене ответственного лица", {"bold": True, "align": "c"}),
             ("p", "«Сәулет-жоспарлау тапсырмасын және техникалық шарттарды беру» (№ 01203058) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға 2027 жылғы 11 наурыздан бастап ауыстырылды.\n"
                   "По государственной услуге «Выдача архитектурно-планировочного задания и технических условий» (№ 01203058) с 11 марта 2027 года ответственное лицо заменено.", {"align": "j"}),
             ("t", [["", "Аты-жөні / Ф.И.О.", "Лауазымы / Должность", "Телефон", "E-mail"],
                    ["Бұрынғы / Прежнее", "Оспанов Даурен Ерланович", "главный специалист отдела выдачи исходных материалов", "8 (727) 271-66-09", "d.ospanov@almaty-akimat.gov.kz"],
                    ["Жаңа / Новое", "Бекова Динара Асхатовна", "ведущий специалист отдела выдачи исходных материалов", "8 (727) 271-66-14", "d.bekova@almaty-akimat.gov.kz"]],
              [28, 42, 50, 30, 50], {"size": 8.5}),
             ("sp", 6),
             ("p", "Басшының орынбасары / Заместитель руководителя                А. Нұрпейісов", {"bold": True})]
    name = "R16_almaty_arch_zamena_tablica.pdf"
    save(name, pdf_bytes(items),
         [rc(name, "bi", who("Бекова Динара Асхатовна", "ведущий специалист отдела выдачи исходных материалов", "d.bekova@almaty-akimat.gov.kz", "87272716614"),
             who("Оспанов Даурен Ерланович"), "2027-03-11", ["01203058"])],
         ctx("almarch", ["01203058"], "consulting", None, "replace the responsible person", True),
         "responsible_change", "kk+ru", "pdf", "bilingual; previous and new person as two rows of a table with the old person's contacts too")


def r07():
    text = """Бірыңғай байланыс орталығы

Талғар ауданы Бесқайнар ауылдық округі әкімінің аппараты Жақсылықова Ақбота Маратқызының басқа жұмысқа ауысуына байланысты «Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру» (00105013) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беру міндеті 2027 жылғы 15 наурыздан бастап аппараттың жетекші маманы Нұрланұлы Ерасылға жүктелгенін хабарлайды.

Байланыс телефоны: 8 (72774) 2-15-39, ұялы: 8 747 120 55 61
Эл. поштасы: e.nurlanuly@talgar-akimat.gov.kz

Ауылдық округ әкімі                Б. Тұрсынов
"""
    name = "R17_beskainar_auysu.txt"
    save(name, txt_bytes(text, "utf-8"),
         [rc(name, "kk", who("Нұрланұлы Ерасыл", email="e.nurlanuly@talgar-akimat.gov.kz"),
             who("Жақсылықова Ақбота Маратқызы"), "2027-03-15", ["00105013"])],
         ctx("beskainar", ["00105013"], "consulting", None, "replace the responsible person", True),
         "responsible_change", "kk", "txt", "Kazakh; new person is 'Нұрланұлы Ерасыл' (patronymic-surname) in the dative; two phones")


def r08():
    kk = """Құрметті әріптестер!

Солтүстік Қазақстан облысы әкімдігінің ветеринария басқармасы Ғабдуллин Мейрам Сабитовичтің еңбек демалысына байланысты 2027 жылғы 18 наурыздан бастап «Ветеринариялық анықтама беру» (№ 00802071) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлғаның міндеттері Серикова Аяулым Бауыржановнаға жүктелгенін хабарлайды."""
    ru = """Уважаемые коллеги!

Управление ветеринарии акимата Северо-Казахстанской области сообщает, что в связи с трудовым отпуском Ғабдуллина Мейрама Сабитовича с 18 марта 2027 года обязанности ответственного лица по государственной услуге «Выдача ветеринарной справки» (№ 00802071) возложены на Серикову Аяулым Бауыржановну."""
    contacts = "Тел.: 8 (7152) 46-20-25\nE-mail: a.serikova@sko-akimat.gov.kz"
    html = ("<html><body>" + "".join(f"<p>{x}</p>" for x in kk.split("\n\n")) + "<hr>" +
            "".join(f"<p>{x}</p>" for x in ru.split("\n\n")) + "<p>" + contacts.replace("\n", "<br>") + "</p></body></html>")
    body = multipart([text_part(kk + "\n\n----\n\n" + ru + "\n\n" + contacts + "\n", "plain", "utf-8", "base64"),
                      text_part(html, "html", "utf-8", "base64")], "alternative")
    msg = eml(("Ветеринария басқармасы СҚО", "vet@sko-akimat.gov.kz"), EKC, "Жауапты тұлға / Ответственное лицо (00802071)",
              "Thu, 18 Mar 2027 09:00:41 +0500", body)
    name = "R18_sko_vet_kaz_rus_zamena.eml"
    save(name, msg, [rc("body", "bi", who("Серикова Аяулым Бауыржановна", email="a.serikova@sko-akimat.gov.kz", phone="87152462025"),
                        who("Ғабдуллин Мейрам Сабитович"), "2027-03-18", ["00802071"])],
         ctx("skovet", ["00802071"], "consulting", None, "replace the responsible person", True),
         "responsible_change", "kk+ru", "eml", "bilingual alternative parts; both names declined in Kazakh and in Russian")


def r09():
    text = """Единому контакт-центру

Комитет ветеринарного контроля и надзора МСХ РК сообщает, что ответственным лицом по государственной услуге 00801052 "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты" вместо Досмагамбетова И.К. определен главный эксперт Управления ветеринарного контроля на транспорте Каримов Тимур Ерланович (тел. 8 (7172) 55-61-33, t.karimov@agro-msh.gov.kz).

Прошу внести изменения в базу данных Единого контакт-центра.

И.о. Председателя                   Ж. Калиев
"""
    msg = eml("kvkn@agro-msh.gov.kz", "info@ekc.gov.kz", "Замена ответственного", "Fri, 19 Mar 2027 15:33:20 +0500",
              text_part(text, "plain", "koi8-r", "8bit", label=None, crlf=False), raw_subject="=?koi8-r?B?" +
              base64.b64encode("Замена ответственного".encode("koi8-r")).decode() + "?=")
    name = "R19_kvkn_koi8_bez_charset.eml"
    save(name, msg, [rc("body", "ru", who("Каримов Тимур Ерланович", email="t.karimov@agro-msh.gov.kz", phone="87172556133"),
                        who("Досмагамбетов И.К."), None, ["00801052"])],
         ctx("vet", ["00801052"], "consulting", None, "replace the responsible person", True),
         "responsible_change", "ru", "eml", "KOI8-R 8bit body with no charset label in Content-Type; previous person by initials")


def r10():
    d = new_docx()
    P(d, "«ТҮРКІСТАН ОБЛЫСЫНЫҢ ЦИФРЛАНДЫРУ ЖӘНЕ АРХИВТЕР БАСҚАРМАСЫ» ММ", bold=True, align="c")
    P(d, "2027 жылғы 24 наурыз № 02-11/488", size=10)
    P(d, "Бірыңғай байланыс орталығына", align="r")
    P(d, "Жауапты тұлғаны ауыстыру туралы", bold=True, align="c")
    P(d, "Бірыңғай байланыс орталығының мемлекеттік қызметтерді көрсету мәселелері жөніндегі өзара іс-қимыл қағидаларының 7-тармағына сәйкес "
         "Түркістан облысының цифрландыру және архивтер басқармасы «Мұрағаттық анықтамалар және (немесе) мұрағаттық құжаттардың көшірмелерін беру» "
         "(№ 00707216) мемлекеттік көрсетілетін қызметі бойынша Әлімбек Жанар Қуанышқызының орнына облыстық мұрағаттың бас маманы "
         "Оразбекова Гүлмира Төлегенқызын жауапты тұлға етіп бекіткенін хабарлайды.", align="j", indent=12)
    P(d, "Жаңа жауапты тұлғаның байланыс деректері: тел. 8 (72533) 5-60-22, g.orazbekova@turkistan-akimat.gov.kz.", align="j", indent=12)
    P(d, "")
    P(d, "Басқарма басшысы                                                  Н. Әбдіқадыров", bold=True)
    name = "R20_turkestan_arhiv_auystyru.docx"
    save(name, docx_bytes(d),
         [rc(name, "kk", who("Оразбекова Гүлмира Төлегенқызы", email="g.orazbekova@turkistan-akimat.gov.kz", phone="87253356022"),
             who("Әлімбек Жанар Қуанышқызы"), None, ["00707216"])],
         ctx("turkarh", ["00707216"], "protocol", None, "replace the responsible person; training still to be agreed", True),
         "responsible_change", "kk", "docx", "Kazakh official letter; letter date only in the header, no effective date; genitive + accusative names")


import base64  # noqa: E402

ALL = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, r01, r02, r03, r04, r05, r06, r07, r08, r09, r10]
