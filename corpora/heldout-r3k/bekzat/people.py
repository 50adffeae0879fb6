# -*- coding: utf-8 -*-
"""Responsible changes / appointments R01-R10 (p.5, p.7)."""
from lib import *
from agencies import A, EKC, ctx

def R(part, resp, prev=None, eff=None, regs=None, lang="ru", set_eff=True):
    d = {"part": part, "kind": "responsible_change", "language": lang, "responsible": resp,
         "previous_responsible": prev}
    if set_eff:
        d["effective_date"] = eff
    if regs is not None:
        d["services"] = [{"registry_number": r} for r in regs]
    return [d]

def P(fn, pos=None, email=None, phone=None):
    return {"full_name": fn, "position": pos, "email": email, "phone": phone}

EA = "зарегистрировать ответственное лицо, отправить запрос информации по приложению 1"
EC = "заменить ответственное лицо в карточке ведомства"

def build():
    # R01 appointment, html-only Outlook, reply on top
    n = "bk-r01-appoint-html.eml"
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head><body lang=RU><div class=WordSection1>
<p class=MsoNormal>Добрый день!</p>
<p class=MsoNormal>На ваш запрос от 10.01.2028 № ЕКЦ-2028/007 сообщаем, что ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственным услугам 00102017 и 00102023 назначен <b>Ибраев Марат Кайратович</b>, заведующий сектором регистрации актов гражданского состояния, тел. 8&nbsp;(7182)&nbsp;32-11-70, e-mail: <a href="mailto:m.ibraev@adilet.gov.kz">m.ibraev@adilet.gov.kz</a>.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>С уважением,<br>Сағынтаева Дина<br>ведущий специалист Департамента юстиции Павлодарской области</p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Единый контакт-центр &lt;ekc-gu@1414.kz&gt;<br><b>Sent:</b> Monday, January 10, 2028 10:05 AM<br><b>To:</b> pavlodar@adilet.gov.kz<br><b>Subject:</b> ЕКЦ-2028/007 Назначение ответственного лица</p></div>
<p class=MsoNormal>Уважаемые коллеги! В соответствии с п. 5 Правил просим в течение трех рабочих дней назначить ответственное лицо по услугам 00102017, 00102023. Контакт: Абдрахманова С., 8 (7172) 55-14-14.</p>
</div></body></html>"""
    d = mail("Сағынтаева Дина <d.sagyntaeva@adilet.gov.kz>", EKC, "RE: ЕКЦ-2028/007 Назначение ответственного лица", "Wed, 12 Jan 2028 16:20:00 +0500",
             [text_part(html, "html", "windows-1251", cte="qp")], extra_headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    save(n, d, R("body", P("Ибраев Марат Кайратович", "заведующий сектором регистрации актов гражданского состояния", "m.ibraev@adilet.gov.kz", "87182321170"), None, None, ["00102017", "00102023"]),
         ctx("just", [("00102017", "Апостилирование официальных документов"), ("00102023", "Восстановление записей актов гражданского состояния")], "appointment", ("ЕКЦ-2028/007", "2028-01-10", "Назначение ответственного лица"), EA),
         "responsible_change (appointment); ru; HTML-only Outlook cp1251; sender (signature) differs from appointee; our contact person in quote")

    # R02 appointment kk, forwarded by secretary, name in genitive-ish Kazakh form
    n = "bk-r02-appoint-kk-fwd.eml"
    body = """Сәлеметсіз бе. Басшылықтың тапсырмасы бойынша жолдаймын.

Қабылдау бөлмесі
Жамбыл облысының жастар саясаты мәселелері жөніндегі басқармасы

-------- Бастапқы хабарлама --------
Кімнен: Рахимжанов Ербол <e.rakhimzhanov@zhambyl.gov.kz>
Күні: 2027 ж. 9 тамыз, 11:02
Тақырыбы: Жауапты тұлға

Бірыңғай байланыс орталығының 2027 жылғы 5 тамыздағы № ЕКЦ-2027/812 хатына жауап ретінде хабарлаймыз: 01801002 «Жастар ресурстық орталықтарының тізбесіне енгізу» мемлекеттік көрсетілетін қызметі бойынша БКО-ға ақпарат беруге және оқыту өткізуге жауапты тұлға болып басқарманың бас маманы Рахимжанов Ербол Нұрланұлы тағайындалды.
Байланыс телефоны: +7 (7262) 43-18-09, эл. пошта: e.rakhimzhanov@zhambyl.gov.kz.
"""
    d = mail("Қабылдау <zhastar@zhambyl.gov.kz>", EKC, "Fwd: Жауапты тұлға", "Mon, 09 Aug 2027 15:40:00 +0500", [text_part(body)])
    save(n, d, R("body", {"full_name": "Рахимжанов Ербол Нұрланұлы", "email": "e.rakhimzhanov@zhambyl.gov.kz", "phone": "+77262431809"}, None, None, ["01801002"], "kk"),
         ctx("zhas", [("01801002", "Включение в перечень молодежных ресурсных центров")], "appointment", ("ЕКЦ-2027/812", "2027-08-05", "Назначение ответственного лица"), EA),
         "responsible_change (appointment); kk; forwarded by reception; position (possessive form) not keyed")

    # R03 responsible change: docx letter + pdf order (other)
    n = "bk-r03-change-docx-order.eml"
    letter = docx_bytes([
        "Исх. № 02-1/3390 от 18.10.2027",
        "Единый контакт-центр",
        "**О замене ответственного лица",
        "В соответствии с пунктом 7 Правил взаимодействия уведомляем, что в связи с переводом Кенжебаевой Раушан Сапаровны на другую должность ответственным лицом за взаимодействие с Единым контакт-центром по государственной услуге 00601045 с 15 октября 2027 года назначен Мусин Арман Булатович – главный специалист Управления непроизводственных платежей.",
        "Контакты: тел. 8 (7212) 41-08-77, e-mail: a.musin@kgd.minfin.gov.kz.",
        "Приложение: копия приказа на 1 л.",
        "Руководитель департамента                             С. Жакупов",
    ])
    order = pdf_bytes(["ПРИКАЗ № 512-ЛС от 14.10.2027", "О переводе работника", "Перевести Кенжебаеву Р.С. ... (выписка)"])
    body = "Добрый день! Уведомление о замене ответственного лица во вложении.\n\n--\nДГД по Карагандинской области\n"
    d = mail("krg-kanc@kgd.minfin.gov.kz", EKC, "О замене ответственного лица (02-1/3390)", "Mon, 18 Oct 2027 14:00:00 +0500",
             [text_part(body)], [("prikaz_512-LS.pdf", order), ("02-1-3390.docx", letter)])
    save(n, d, R("02-1-3390.docx", P("Мусин Арман Булатович", "главный специалист Управления непроизводственных платежей", "a.musin@kgd.minfin.gov.kz", "87212410877"),
                 {"full_name": "Кенжебаева Раушан Сапаровна"}, "2027-10-15", ["00601045"]) + [{"part": "prikaz_512-LS.pdf", "kind": "other"}],
         ctx("kgd", [("00601045", "Регистрационный учет лица, занимающегося частной практикой")], "consulting", None, EC),
         "responsible_change + other; ru; previous person in genitive ('Кенжебаевой Раушан Сапаровны') keyed nominative; order PDF attached first")

    # R04 cp1251 body, names in accusative; effective date
    n = "bk-r04-cp1251-body.eml"
    body = """Уважаемые коллеги!

Управление природных ресурсов и регулирования природопользования Атырауской области сообщает, что с 1 марта 2028 года вместо Утегеновой Асель Маратовны (декретный отпуск) ответственным лицом по вопросам взаимодействия с ЕКЦ по государственным услугам 01003012, 01003015 определена Сулейменова Жанна Бекболатовна, главный специалист отдела экологии.
Тел.: 8 (7122) 35-02-44, моб. 8 701 555 12 90
E-mail: zh.suleimenova@atyrau.gov.kz

Просим направлять запросы и рассылки на указанный адрес.

С уважением,
руководитель отдела экологии
Нуржанов Б.К.
"""
    d = mail("Nurzhanov B. <b.nurzhanov@atyrau.gov.kz>", EKC, "Замена ответственного лица", "Mon, 28 Feb 2028 09:30:00 +0500",
             [text_part(body, charset="windows-1251", cte="8bit")])
    save(n, d, R("body", P("Сулейменова Жанна Бекболатовна", "главный специалист отдела экологии", "zh.suleimenova@atyrau.gov.kz", "87122350244"),
                 {"full_name": "Утегенова Асель Маратовна"}, "2028-03-01", ["01003012", "01003015"]),
         ctx("atyr", [("01003012", "Выдача разрешения на эмиссии в окружающую среду"), ("01003015", "Выдача заключения государственной экологической экспертизы")], "consulting", None, EC),
         "responsible_change; ru; cp1251 8bit; two phones (work phone keyed); previous in genitive; signed by a third person")

    # R05 appointment reply on top with deep quotes; appointee is not the sender; appointee no patronymic
    n = "bk-r05-appoint-thread.eml"
    body = """Ответственный – Ким Виктория, главный специалист отдела дошкольного образования, 8 (7142) 50-22-14, v.kim@bilim.kostanay.gov.kz

Сергеев П.
зам. руководителя управления
Отправлено с iPhone

> 12 янв. 2027 г., в 17:04, Единый контакт-центр <ekc-gu@1414.kz> написал(а):
>
> Напоминаем, что по запросу ЕКЦ-2027/012 от 06.01.2027 ответственное лицо до сих пор не назначено. Срок по п. 5 Правил — три рабочих дня.
>
>> 6 янв. 2027 г., в 10:00, Единый контакт-центр <ekc-gu@1414.kz> написал(а):
>>
>> Уважаемые коллеги! Просим назначить ответственное лицо по государственным услугам 00501014, 00501022, 00502031.
>> Форма приложения 1 прилагается (графа 8 — Фамилия, имя, отчество, должность ответственного лица).
"""
    d = mail("Sergeev P. <p.sergeev@bilim.kostanay.gov.kz>", EKC, "Re: Re: ЕКЦ-2027/012", "Wed, 13 Jan 2027 08:12:00 +0600", [text_part(body)])
    save(n, d, R("body", P("Ким Виктория", "главный специалист отдела дошкольного образования", "v.kim@bilim.kostanay.gov.kz", "87142502214"), None, None),
         ctx("kost", [("00501014", "Прием документов и зачисление детей в дошкольные организации"), ("00501022", "Постановка на очередь детей дошкольного возраста"), ("00502031", "Выдача разрешения на обучение в форме экстерната")], "appointment", ("ЕКЦ-2027/012", "2027-01-06", "Назначение ответственного лица"), EA),
         "responsible_change (appointment); ru; one-line reply from iPhone on top of two-level quote; services only in quote (not keyed); sender is a deputy, not the appointee")

    # R06 zip with letter docx kk+ru, change with previous
    n = "bk-r06-zip-change.eml"
    letter = docx_bytes([
        "Аршалы ауданы әкімінің аппараты / Аппарат акима Аршалынского района",
        "2027 жылғы 4 мамыр № 01-17/455",
        "Бірыңғай байланыс орталығына",
        "Ережелердің 7-тармағына сәйкес хабарлаймыз: 00601012, 00601027 қызметтері бойынша жауапты тұлға Мұқанов Жандос Ерланұлы орнына 2027 жылғы 4 мамырдан бастап Серікова Айнұр Болатқызы, мемлекеттік қызметтер көрсету секторының меңгерушісі тағайындалды. Тел.: 8 (71644) 2-12-33, e-mail: a.serikova@akmo.gov.kz.",
        "Аким аппаратының басшысы                                Т. Ысқақов",
    ])
    z = zip_bytes([("01-17-455.docx", letter), ("Thumbs.db", b"\x00\x01junk")])
    body = "Сәлеметсіз бе! Хат архивте.\nЗдравствуйте! Письмо в архиве.\n"
    d = mail("arshaly-akimat@akmo.gov.kz", EKC, "01-17/455", "Tue, 04 May 2027 16:16:00 +0600", [text_part(body)], [("01-17-455.zip", z)])
    save(n, d, R("01-17-455.docx", P("Серікова Айнұр Болатқызы", "мемлекеттік қызметтер көрсету секторының меңгерушісі", "a.serikova@akmo.gov.kz", "87164421233"),
                 {"full_name": "Мұқанов Жандос Ерланұлы"}, "2027-05-04", ["00601012", "00601027"], "kk"),
         ctx("akm", [("00601012", "Выдача справки о наличии личного подсобного хозяйства"), ("00601027", "Регистрация заявлений на проведение спортивных мероприятий")], "consulting", None, EC),
         "responsible_change; kk; ZIP with docx + junk Thumbs.db; Kazakh 'орнына' construction")

    # R07 utf-8 8bit body without charset; plain appointment, person in accusative ('назначить ... Жақсылықова')
    n = "bk-r07-nolabel.eml"
    body = """Добрый день.

Руководством Комитета принято решение назначить ответственным за взаимодействие с ЕКЦ (п. 5 Правил) Ахметжанова Думана Болатовича, главного эксперта Управления лицензирования.
Контакты: +7 (7172) 74-12-58, d.akhmetzhanov@kmfk.dsm.gov.kz

По услугам: 01102021, 01102024.

С уважением,
канцелярия КМФК
"""
    d = mail("kanc@kmfk.dsm.gov.kz", EKC, "RE: ЕКЦ-2027/188", "Thu, 25 Feb 2027 10:10:00 +0500", [text_part(body, "plain", "utf-8", label=None, cte="8bit")], subj_charset=None)
    save(n, d, R("body", {"full_name": "Ахметжанов Думан Болатович", "email": "d.akhmetzhanov@kmfk.dsm.gov.kz", "phone": "+77172741258"}, None, None, ["01102021", "01102024"]),
         ctx("mzdr", [("01102021", "Выдача разрешения на ввоз (вывоз) лекарственных средств"), ("01102024", "Выдача заключения на ввоз наркотических средств")], "appointment", ("ЕКЦ-2027/188", "2027-02-19", "Назначение ответственного лица"), EA),
         "responsible_change (appointment); ru; utf-8 8bit body with no charset label; name in accusative keyed nominative; position (genitive) not keyed")

    # R08 bilingual body appointment, kk first
    n = "bk-r08-bilingual-appoint.eml"
    body = """Құрметті әріптестер!
01202008 және 01202015 мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға – Дүйсенбаев Арман Серікұлы, АЖТ бөлімінің жетекші маманы.

Уважаемые коллеги!
Ответственным лицом по взаимодействию с ЕКЦ по услугам 01202008 и 01202015 назначен Дүйсенбаев Арман Серікұлы, ведущий специалист отдела АПЗ.

Тел.: 8 (7252) 53-11-41
Email: A.Dyusenbaev@shymkent.gov.kz

Қолы / Подпись: Б. Сейтказиев, басқарма басшысы / руководитель управления
"""
    d = mail("Сейтказиев Б. <sauletsher@shymkent.gov.kz>", EKC, "Жауапты тұлға / Ответственное лицо", "Fri, 02 Jul 2027 12:00:00 +0500",
             [text_part(body, cte="qp")])
    save(n, d, R("body", {"full_name": "Дүйсенбаев Арман Серікұлы", "email": "a.dyusenbaev@shymkent.gov.kz", "phone": "87252531141"}, None, None, ["01202008", "01202015"], None),
         ctx("arch", [("01202008", "Выдача архитектурно-планировочного задания"), ("01202015", "Выдача решения на реконструкцию помещений")], "appointment", ("ЕКЦ-2027/690", "2027-06-28", "Назначение ответственного лица"), EA),
         "responsible_change (appointment); kk+ru paragraphs with the same content; position differs per language so not keyed; mixed-case e-mail")

    # R09 html-only responsible change with disclaimer and signature table
    n = "bk-r09-html-change.eml"
    html = """<html><body style="font-family:Calibri"><p>Здравствуйте!</p>
<p>Уведомляем о замене ответственного лица Комитета транспорта по услугам 00302004, 00302011, 00302027.</p>
<table border=0><tr><td>Прежнее ответственное лицо:</td><td>Сейткали Нурсултан Бауыржанұлы</td></tr>
<tr><td>Новое ответственное лицо:</td><td>Абдирова Меруерт Кайратовна, эксперт Управления транспортного контроля</td></tr>
<tr><td>Телефон:</td><td>+7 7172 98 30 61</td></tr><tr><td>Почта:</td><td>m.abdirova@transport.miid.gov.kz</td></tr>
<tr><td>Дата:</td><td>с 01.12.2027</td></tr></table>
<p>--<br>Абдирова М.К.<br><img src="cid:image001.png@01D8"></p>
<p style="font-size:8pt;color:#999">Это письмо и любые вложения конфиденциальны и предназначены только для указанного получателя. Комитет транспорта не несёт ответственности за изменения, внесённые после отправки.</p>
</body></html>"""
    d = mail("Абдирова Меруерт <m.abdirova@transport.miid.gov.kz>", EKC, "Замена ответственного", "Wed, 01 Dec 2027 09:00:00 +0500",
             [text_part(html, "html")])
    save(n, d, R("body", P("Абдирова Меруерт Кайратовна", "эксперт Управления транспортного контроля", "m.abdirova@transport.miid.gov.kz", "+77172983061"),
                 {"full_name": "Сейткали Нурсултан Бауыржанұлы"}, "2027-12-01", ["00302004", "00302011", "00302027"]),
         ctx("trans", [("00302004", "Выдача удостоверения на право управления маломерным судном"), ("00302011", "Выдача свидетельства о соответствии автобусов"), ("00302027", "Выдача разрешения на международные автомобильные перевозки")], "consulting", None, EC),
         "responsible_change; ru; HTML-only body, fields in a borderless table; new person is also the sender; '-ұлы' patronymic for previous")

    # R10 pdf letter kk, appointment, in mail with secretary note
    n = "bk-r10-pdf-kk.eml"
    letter = pdf_bytes([
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЕҢБЕК ЖӘНЕ ХАЛЫҚТЫ ӘЛЕУМЕТТІК ҚОРҒАУ МИНИСТРЛІГІ",
        "ЕҢБЕК, ӘЛЕУМЕТТІК ҚОРҒАУ ЖӘНЕ КӨШІ-ҚОН КОМИТЕТІ",
        "",
        "2027 жылғы 16 наурыз № 09-4/1022",
        "",
        "Бірыңғай байланыс орталығына",
        "",
        "2027 жылғы 11 наурыздағы № ЕКЦ-2027/270 хатқа",
        "",
        "Комитет 00401036, 00401041 мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға ретінде Ермекова Гүлнара Сапарқызын – арнаулы әлеуметтік қызметтер басқармасының бас сарапшысын тағайындағанын хабарлайды (тел. 8 (7172) 74-30-66, g.ermekova@enbek.gov.kz).",
        "",
        "Төраға                                                 Н. Әлімбеков",
    ])
    body = "Добрый день, ответ на ваш запрос во вложении.\nКанцелярия КТСЗМ\n"
    d = mail("kanc@ktszm.enbek.gov.kz", EKC, "Ответ на ЕКЦ-2027/270", "Tue, 16 Mar 2027 18:05:00 +0500", [text_part(body, charset="koi8-r")], [("09-4-1022.pdf", letter)])
    save(n, d, R("09-4-1022.pdf", {"full_name": "Ермекова Гүлнара Сапарқызы", "email": "g.ermekova@enbek.gov.kz", "phone": "87172743066"}, None, None, ["00401036", "00401041"], "kk"),
         ctx("trud", [("00401036", "Оказание специальных социальных услуг лицам с инвалидностью"), ("00401041", "Назначение пособия многодетным матерям")], "appointment", ("ЕКЦ-2027/270", "2027-03-11", "Назначение ответственного лица"), EA),
         "responsible_change (appointment); kk; PDF letter; name and position in Kazakh accusative ('Гүлнара Сапарқызын', 'бас сарапшысын') name keyed nominative, position not keyed")
