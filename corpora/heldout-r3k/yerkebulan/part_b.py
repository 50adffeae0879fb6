# -*- coding: utf-8 -*-
"""Non-replies, second half."""
from lib import *
from part_a import AG1, AG2, AG3, AG4, AG5, AG6, AG7, S1, S2, S3, S4, S5, S6, S7

AG8 = ("Управление физической культуры и спорта города Алматы", "sport.kense@almaty-sport.gov.kz", "120740006618")
AG9 = ("Комитет транспортного контроля Министерства транспорта Республики Казахстан", "ktk.kense@mintrans-k.gov.kz", "210240017733")
S8 = ("01803022", "Присвоение спортивных разрядов: кандидат в мастера спорта, спортсмен 1 разряда")
S9 = ("01902044", "Выдача разрешения на проезд крупногабаритного транспортного средства")


def build():
    # n23 -- invitation to a meeting
    eml("n23-priglashenie.eml",
        "Приемная Комитета транспортного контроля <%s>" % AG9[1], "info@ekc-gosuslugi.kz",
        "Приглашение на совещание 18 марта", "Fri, 12 Mar 2027 11:11:11 +0500",
        html="""<html><head><meta charset="windows-1251"></head><body>
<p><b>Уважаемые коллеги!</b></p>
<p>Комитет транспортного контроля приглашает представителя Единого контакт-центра принять участие
в совещании по вопросу снижения количества жалоб на услугу &laquo;Выдача разрешения на проезд
крупногабаритного транспортного средства&raquo; (01902044).</p>
<table border=1 cellpadding=3><tr><td>Дата</td><td>18 марта 2027 г., 15:00</td></tr>
<tr><td>Место</td><td>г. Астана, ул. Кабанбай батыра, 32/1, конференц-зал 7 этажа</td></tr>
<tr><td>Контактное лицо</td><td>Есенгелді Арман Болатұлы, +7 7172 75-40-19</td></tr></table>
<p>Просим до 16 марта сообщить Ф.И.О. участника.</p>
<p>--<br>Приемная КТК МТ РК</p></body></html>""", charset="windows-1251")
    write_key("n23-priglashenie.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG9[0], AG9[1], AG9[2], [S9], "consulting", None,
                  "invitation to a meeting: forward to management", False),
              "other; ru; eml html-only windows-1251; field/value table with a 'Контактное лицо' cell")

    # n24 -- letter to the quality-control body, copy to ЕКЦ
    save("n24-pismo-v-agentstvo.docx", docx_bytes([
        "Министерство водных ресурсов и ирригации Республики Казахстан",
        "010000, г. Астана, пр. Мәңгілік Ел, 8, подъезд 6",
        "№ 02-5/1301 от 15.03.2027",
        "Агентство по контролю качества государственных услуг (уполномоченный орган)",
        "копия: Единый контакт-центр",
        "",
        "Министерство, рассмотрев информацию Единого контакт-центра о неоднократном непредставлении "
        "сведений по услуге «Выдача разрешения на специальное водопользование» (02101008), сообщает следующее.",
        "Запросы ЕКЦ от 03.03.2027 № ЕКЦ-2027/455 и от 10.03.2027 № ЕКЦ-2027/498 поступили в период "
        "ежегодного отпуска ответственного лица. Ответ был подготовлен и направлен 12.03.2027 исх. № 02-5/1255. "
        "Считаем, что оснований для вывода об отказе в представлении информации (п. 12 Правил) не имеется.",
        "Приложение: копия письма № 02-5/1255 на 2 л.",
        "",
        "Ответственный секретарь                                 М. Оразбаев",
    ]))
    write_key("n24-pismo-v-agentstvo.docx",
              [{"part": "n24-pismo-v-agentstvo.docx", "kind": "other", "language": "ru"}],
              ctx(AG6[0], AG6[1], AG6[2], [S6], "consulting", None,
                  "copy of the agency's explanation to the quality-control body: file with the p.12 report", False),
              "other; ru; docx; letter to a third body disputing an 'отказ'; uses refusal vocabulary but refuses nothing")

    # n25 -- press release
    eml("n25-press-reliz.eml",
        "Пресс-служба <press@almaty-sport.gov.kz>", "undisclosed-recipients:;",
        "Пресс-релиз: разряды теперь онлайн", "Tue, 16 Mar 2027 10:00:00 +0600",
        body="""ПРЕСС-РЕЛИЗ

С 1 апреля 2027 года присвоение спортивных разрядов (кандидат в мастера спорта,
спортсмен 1 разряда) в Алматы переводится полностью в электронный формат.
Заявления принимаются только через портал egov.kz. Услуга оказывается
бесплатно, срок — 15 рабочих дней.

Новые правила утверждены приказом Министра туризма и спорта РК от 2 февраля 2027
года № 41.

Контакты для СМИ: Айдана Серікқызы, +7 727 271 66 03
""")
    write_key("n25-press-reliz.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG8[0], AG8[1], AG8[2], [S8], "consulting", None,
                  "press release to a mailing list; may prompt us to ask the agency for a p.6 update, but is not one", False),
              "other; ru; eml; press release announcing a new act and online-only service - looks like a change notice but is a mass mailing")

    # n26 -- proposes training dates
    eml("n26-predlagaem-obuchenie.eml",
        "Рахимова Жанар <zh.rakhimova@pavlodar-obl.gov.kz>", "info@ekc-gosuslugi.kz",
        "обучение по услуге 00911004", "Wed, 17 Feb 2027 09:47:00 +0600",
        body="""Добрый день!

Информацию по форме мы направили 10.02. Предлагаем провести обучение операторов
ЕКЦ по услуге постановки на учет нуждающихся в жилище 24 или 25 февраля в 11:00
в формате видеоконференции (Zoom). Протокол подпишем по итогам.

Если есть вопросы по порядку оказания услуги — просим прислать их заранее, как
предусмотрено п. 8 Правил.

Рахимова Ж.Е., главный специалист отдела ЖКХ
8 (71837) 5-60-12
""")
    write_key("n26-predlagaem-obuchenie.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG7[0], AG7[1], AG7[2], [S7], "protocol", None,
                  "schedule the training; still waiting for the protocol", False),
              "other; ru; eml; proposes training dates and mentions the protocol to come")

    # n27 -- draft protocol for approval
    draft = pdf_bytes([
        "<b>ПРОЕКТ</b>",
        "<b>ПРОТОКОЛ</b> принятия Единым контакт-центром государственной услуги для консультирования",
        "г. Аксу                                                          «___» ____________ 2027 г.",
        "Ответственное лицо услугодателя Рахимова Ж.Е. провела обучение ответственных сотрудников ЕКЦ по услуге:",
        ("t", [["№", "Реестровый номер", "Наименование услуги"],
               ["1", "00911004", "Постановка на учет лиц, нуждающихся в жилище из государственного жилищного фонда"]]),
        "Подписи: от ЕКЦ ______________     от услугодателя ______________",
    ])
    eml("n27-proekt-protokola.eml",
        "Рахимова Жанар <zh.rakhimova@pavlodar-obl.gov.kz>", "info@ekc-gosuslugi.kz",
        "проект протокола на согласование", "Thu, 25 Feb 2027 17:20:00 +0600",
        body="""Коллеги, по итогам сегодняшнего обучения направляем проект протокола.
Просим согласовать текст, после чего подпишем с нашей стороны и направим скан.

Рахимова Ж.
""", attachments=[("proekt_protokola_00911004.pdf", draft, PDF)])
    write_key("n27-proekt-protokola.eml",
              [{"part": "body", "kind": "other", "language": "ru"},
               {"part": "proekt_protokola_00911004.pdf"}],
              ctx(AG7[0], AG7[1], AG7[2], [S7], "protocol", None,
                  "approve the draft; the signed protocol is still awaited", False),
              "other; ru; eml+pdf; undated unsigned DRAFT protocol (attachment keyed by presence only)")

    # n28 -- resend of a signed protocol already received
    prot = docx_bytes([
        ("b", "ПРОТОКОЛ № 7"),
        "принятия Единым контакт-центром государственных услуг для консультирования",
        "г. Петропавловск                                              14 октября 2026 года",
        "Ответственное лицо Управления образования СКО провело обучение сотрудников ЕКЦ. "
        "Единый контакт-центр принимает для консультирования следующие государственные услуги:",
        ("t", [["№", "№ услуги в реестре", "Наименование"],
               ["1", "01506012", "Прием документов и зачисление детей в дошкольные организации"],
               ["2", "01506019", "Постановка на очередь детей дошкольного возраста для направления в дошкольные организации"]]),
        "От ЕКЦ: Ким В.О. ________       От Управления: Ахметжанова Г.Б. ________",
    ])
    eml("n28-povtorno-protokol.eml",
        "Ахметжанова Гульнара <g.akhmetzhanova@bilim-sko.gov.kz>", "info@ekc-gosuslugi.kz",
        "Протокол (повторно)", "Mon, 22 Feb 2027 10:10:10 +0600",
        body="""По запросу вашего отдела качества повторно высылаем подписанный протокол
от 14.10.2026, оригинал хранится у нас.
""", attachments=[("Протокол_7_2026.docx", prot, DOCX)])
    write_key("n28-povtorno-protokol.eml",
              [{"part": "Протокол_7_2026.docx", "kind": "training_protocol", "language": "ru",
                "protocol_date": "2026-10-14",
                "services": [{"registry_number": "01506012"}, {"registry_number": "01506019"}]}],
              ctx(AG5[0], AG5[1], AG5[2], [S5, ("01506019", "Постановка на очередь детей дошкольного возраста для направления в дошкольные организации")],
                  "consulting", None, "duplicate of the protocol already recorded; no change", False),
              "training_protocol (duplicate); ru; eml+docx (cyrillic file name); resend of an accepted protocol")

    # n29 -- agency renamed
    eml("n29-pereimenovanie.eml",
        "Канцелярия <%s>" % AG9[1], "info@ekc-gosuslugi.kz",
        "О переименовании", "Mon, 01 Mar 2027 09:30:00 +0500",
        body="""Доводим до сведения, что постановлением Правительства РК от 15 февраля 2027 года
№ 96 Комитет транспортного контроля Министерства транспорта РК переименован в
Комитет транспортной инспекции Министерства транспорта РК. БИН, адрес и реквизиты
не изменились. Новый адрес канцелярии: kti.kense@mintrans-k.gov.kz, прежний
адрес будет действовать до 30.04.2027.

Канцелярия
""", charset="windows-1251")
    write_key("n29-pereimenovanie.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG9[0], AG9[1], AG9[2], [S9], "consulting", None,
                  "update the agency's name and mailbox in the directory; no service information changed", False),
              "other; ru; eml windows-1251; agency renamed + new mailbox, cites a government decree - not a p.6 change")

    # n30 -- monthly service statistics xlsx
    rows = [["Сведения о количестве оказанных государственных услуг за февраль 2027 г.", None, None, None],
            ["Реестровый №", "Наименование услуги", "Оказано", "Отказано"],
            ["01803022", "Присвоение спортивных разрядов: КМС, 1 разряд", 212, 9],
            ["01803025", "Присвоение квалификационных категорий тренерам", 48, 2],
            ["Итого", None, 260, 11],
            [None, None, None, None],
            ["Исполнитель: Байгабылов Ә.Т., тел. 271-66-10", None, None, None]]
    save("n30-statistika-fevral.xlsx", xlsx_bytes([("Свод", rows, ["A1:D1"])]))
    write_key("n30-statistika-fevral.xlsx",
              [{"part": "n30-statistika-fevral.xlsx", "kind": "other", "language": "ru"}],
              ctx(AG8[0], AG8[1], AG8[2], [S8], "consulting", None, "statistics for information only", False),
              "other; ru; xlsx; table of registry numbers + 'Исполнитель' line, but counts not Appendix 1 columns")

    # n31 -- Kazakh FAQ html
    eml("n31-jii-qoyylatyn-suraqtar.eml",
        "Спорт басқармасы <%s>" % AG8[1], "info@ekc-gosuslugi.kz",
        "Жиі қойылатын сұрақтар (1414 операторларына)", "Wed, 10 Mar 2027 14:00:00 +0600",
        html="""<html><body>
<h3>Спорттық разрядтар беру: жиі қойылатын сұрақтар</h3>
<ol>
<li><b>Өтінішті қайда беруге болады?</b> Тек egov.kz порталы арқылы.</li>
<li><b>Қызмет ақылы ма?</b> Жоқ, тегін.</li>
<li><b>Мерзімі қандай?</b> 15 жұмыс күні.</li>
<li><b>Қандай құжат қажет?</b> Жарыс хаттамасының көшірмесі, 3x4 фото.</li>
</ol>
<p>Бұл материал 1414 операторларына көмек ретінде жіберілді. Ресми ақпарат бұрын берілген
1-қосымша нысанында (01803022) өзгеріссіз қалады.</p>
<p>Құрметпен, Байғабылов Әділ Тимурұлы</p>
</body></html>""")
    write_key("n31-jii-qoyylatyn-suraqtar.eml",
              [{"part": "body", "kind": "other", "language": "kk"}],
              ctx(AG8[0], AG8[1], AG8[2], [S8], "consulting", None,
                  "helpful FAQ for operators: add to the knowledge base, no case change", False),
              "other; kk; eml html-only; FAQ that says the Appendix 1 info stays unchanged")

    # n32 -- asks for question list before training
    save("n32-perechen-voprosov.txt", """Единый контакт-центр

Управление физической культуры и спорта города Алматы просит до проведения обучения
направить на электронную почту ответственного лица (a.baigabylov@almaty-sport.gov.kz)
перечень вопросов по порядку оказания услуги «Присвоение спортивных разрядов»,
как это предусмотрено пунктом 8 Правил. Обучение предлагаем провести после
получения вопросов.

Байгабылов Ә.Т.
10.03.2027
""")
    write_key("n32-perechen-voprosov.txt",
              [{"part": "n32-perechen-voprosov.txt", "kind": "other", "language": "ru"}],
              ctx(AG8[0], AG8[1], AG8[2], [S8], "protocol", None,
                  "send the list of questions; keep waiting for the protocol", False),
              "other; ru; txt; short letter naming the responsible person's e-mail, no appointment")

    # n33 -- responsible person on sick leave
    eml("n33-bolnichnyi.eml",
        "Отдел земельных отношений <zher.otdel@baizak.gov.kz>", "info@ekc-gosuslugi.kz",
        "Re: Запрос о представлении информации", "Tue, 09 Feb 2027 11:25:00 +0600",
        body="""Сәлеметсіз бе!

Ответственное лицо по услуге 01204003, главный специалист Нұрланова Гүлмира Серікқызы,
находится на больничном до 19.02.2027. Замена на период временной нетрудоспособности
не назначалась, ответ по форме будет направлен ею после выхода на работу.

Просим учесть.

Отдел земельных отношений района Байзак
""")
    write_key("n33-bolnichnyi.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG3[0], AG3[1], AG3[2], [S3], "information",
                  letter("ЕКЦ-2027/188", "2027-01-19", "О представлении информации о государственной услуге"),
                  "none: the responsible person is on sick leave, explicitly not replaced", False),
              "other; ru; eml; names the responsible person, says 'замена не назначалась'")

    # n34 -- duplicate of a refusal
    eml("n34-povtorno-otkaz.eml",
        "Канцелярия <%s>" % AG4[1], "info@ekc-gosuslugi.kz",
        "Повторно: исх. № 04-12/41 от 25.01.2027", "Mon, 15 Feb 2027 10:05:00 +0500",
        body="""Направляем повторно письмо исх. № 04-12/41 от 25.01.2027.

----
На запрос Единого контакт-центра от 20.01.2027 № ЕКЦ-2027/201 о представлении
перечня лабораторий и сведений о владельцах подконтрольных объектов по услуге
00805041 сообщаем, что указанные сведения не могут быть представлены, поскольку
содержат сведения о владельцах объектов, составляющие коммерческую тайну.

Руководитель департамента                  С. Әбдіқадыр
""")
    write_key("n34-povtorno-otkaz.eml",
              [{"part": "body", "kind": "refusal", "language": "ru",
                "refusal_reason": "содержат сведения о владельцах объектов, составляющие коммерческую тайну",
                "refusal_ground": "commercial_secret",
                "services": [{"registry_number": "00805041"}]}],
              ctx(AG4[0], AG4[1], AG4[2], [S4], "consulting",
                  letter("ЕКЦ-2027/201", "2027-01-20", "О представлении дополнительной информации"),
                  "duplicate of a refusal already recorded on 2027-01-25; no change", False),
              "refusal (duplicate); ru; eml; resend of an already recorded refusal")

    # n35 -- copy of letter to Minjust about a draft standard
    save("n35-proekt-standarta.pdf", pdf_bytes([
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ КӨЛІК МИНИСТРЛІГІ / МИНИСТЕРСТВО ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН",
        "Исх. № 11-2/907 от 04.03.2027",
        "Министерство юстиции Республики Казахстан (копия — Единый контакт-центр)",
        ("sp", 6),
        "О государственной регистрации",
        "Направляем на государственную регистрацию проект приказа «О внесении изменений в приказ Министра "
        "транспорта РК от 20 мая 2025 года № 233 «Об утверждении правил оказания государственной услуги "
        "«Выдача разрешения на проезд крупногабаритного транспортного средства»». Проект прошел "
        "общественное обсуждение на портале «Открытые НПА» с 05.02.2027 по 15.02.2027.",
        "После регистрации и введения в действие информация будет актуализирована в Едином контакт-центре "
        "в установленном порядке.",
        "Приложение: проект приказа на 6 л., сравнительная таблица на 3 л.",
        ("sp", 6),
        "Вице-министр                                   Т. Жақсылықов",
    ]))
    write_key("n35-proekt-standarta.pdf",
              [{"part": "n35-proekt-standarta.pdf", "kind": "other", "language": "ru"}],
              ctx(AG9[0], AG9[1], AG9[2], [S9], "consulting", None,
                  "none yet: a draft act sent for registration; the p.6 update will come later", False),
              "other; ru (kk+ru letterhead); pdf; copy of a draft-act letter - change not yet in force, so not a change notice")

    # n36 -- who are you
    eml("n36-kto-vy.eml",
        "Abenov Dauren <d.abenov@aksu-akimat.kz>", "info@ekc-gosuslugi.kz",
        "RE: О представлении информации о государственной услуге", "Wed, 10 Feb 2027 08:12:00 +0600",
        body="""Здравствуйте. Мне переслали ваше письмо, но я не понимаю, что от нас требуется.
Мы сельский округ, постановкой на учет по жилью не занимаемся. Кто вы и на каком
основании запрашиваете? Есть ли приказ, обязывающий нас заполнять эту форму?

Абенов Д.
аппарат акима Калкаманского сельского округа
""")
    write_key("n36-kto-vy.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx("Аппарат акима Калкаманского сельского округа города Аксу", "d.abenov@aksu-akimat.kz", "080340002219",
                  [S7], "appointment", letter("ЕКЦ-2027/402", "2027-02-04", "О представлении информации о государственной услуге"),
                  "explain the Rules; the request went to a wrong addressee, resend to the right one", False),
              "other; ru; eml; 'RE:' from a wrong addressee asking on what basis we ask - not a formal refusal")

    # n37 -- Nauryz greeting
    save("n37-nauryz.docx", docx_bytes([
        "Бірыңғай байланыс орталығының ұжымына",
        "",
        "Құрметті әріптестер!",
        "Сіздерді Наурыз мейрамымен шын жүректен құттықтаймыз! Жыл бойы азаматтарға мемлекеттік "
        "қызметтер туралы сапалы кеңес беріп келе жатқан еңбектеріңізге алғыс айтамыз.",
        "Уважаемые коллеги! Поздравляем с праздником Наурыз!",
        "",
        "Солтүстік Қазақстан облысының білім басқармасы",
        "Басшы                                  Қ. Мұқанов",
    ]))
    write_key("n37-nauryz.docx",
              [{"part": "n37-nauryz.docx", "kind": "other", "language": "kk"}],
              ctx(AG5[0], AG5[1], AG5[2], [], "consulting", None, "greeting: nothing to do", False),
              "other; kk+ru; docx; holiday greeting")

    # n38 -- act of completed works (telephony) xlsx
    rows = [["АКТ выполненных работ (оказанных услуг) № 27", None, None, None, None],
            ["Заказчик: РГП на ПХВ «Единый контакт-центр», БИН 150240012274", None, None, None, None],
            ["Исполнитель: АО «Телеком-Линк», БИН 090940004417", None, None, None, None],
            ["№", "Наименование работ (услуг)", "Период", "Ед.", "Стоимость, тг"],
            [1, "Услуги SIP-транка, 120 линий", "февраль 2027", "мес", 1840000],
            [2, "Техническая поддержка АТС", "февраль 2027", "мес", 350000],
            [None, "Итого", None, None, 2190000],
            ["Сдал: Омаров Р.Т. ____   Принял: ________", None, None, None, None]]
    save("n38-akt-vypolnennyh-rabot.xlsx", xlsx_bytes([("Акт", rows, ["A1:E1"])]))
    write_key("n38-akt-vypolnennyh-rabot.xlsx",
              [{"part": "n38-akt-vypolnennyh-rabot.xlsx", "kind": "other", "language": "ru"}],
              ctx("АО «Телеком-Линк»", "billing@telecom-link.kz", "090940004417", [], "consulting", None,
                  "vendor act: route to accounting", False),
              "other; ru; xlsx; vendor's act of completed works")

    # n39 -- duplicate change notice
    eml("n39-povtorno-izmeneniya.eml",
        "Байгабылов Әділ <a.baigabylov@almaty-sport.gov.kz>", "info@ekc-gosuslugi.kz",
        "Fwd: Об изменениях в стандарте (01803022)", "Thu, 11 Mar 2027 12:00:00 +0600",
        body="""Дублирую письмо от 22.02, не уверен, что дошло.

---------- Forwarded message ---------
Date: Mon, 22 Feb 2027
Subject: Об изменениях в стандарте (01803022)

В соответствии с п. 6 Правил сообщаем, что с 20 февраля 2027 года порядок оказания
услуги «Присвоение спортивных разрядов: кандидат в мастера спорта, спортсмен
1 разряда» определяется Правилами, утвержденными приказом Министра туризма и
спорта РК от 2 февраля 2027 года № 41. Остальные сведения не изменились.

Байгабылов Ә.Т., ответственное лицо
""")
    write_key("n39-povtorno-izmeneniya.eml",
              [{"part": "body", "kind": "change_notice", "language": "ru",
                "services": [{"registry_number": "01803022"}],
                "change_date": "2027-02-20"}],
              ctx(AG8[0], AG8[1], AG8[2], [S8], "consulting", None,
                  "duplicate of a change notice applied on 2027-02-22; no change", False),
              "change_notice (duplicate); ru; eml; forwarded copy, 'дублирую'; new standard given in instrumental case (not keyed)")

    # n40 -- withdraw letter sent by mistake
    eml("n40-schitat-nedeistvitelnym.eml",
        "Канцелярия <%s>" % AG1[1], "info@ekc-gosuslugi.kz",
        "Об отзыве письма", "Thu, 18 Feb 2027 16:45:00 +0500",
        body="""Просим считать недействительным письмо Управления от 17.02.2027 № 3-14/205
«О замене ответственного лица», направленное в ваш адрес ошибочно (письмо
предназначалось для Управления цифровизации области). Ответственным лицом за
взаимодействие с ЕКЦ по-прежнему остается Жақсыбекова Ә.Е.

Руководитель аппарата                        Т. Сейітқали
""")
    write_key("n40-schitat-nedeistvitelnym.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG1[0], AG1[1], AG1[2], [S1], "consulting", None,
                  "undo the responsible change applied from letter 3-14/205; responsible stays Жақсыбекова", False),
              "other; ru; eml; withdraws an earlier replacement letter - names the unchanged responsible person")

    # n41 -- vacancy announcement pdf in Kazakh
    save("n41-bos-lauazym.pdf", pdf_bytes([
        "<b>«Байзақ ауданы әкімдігінің жер қатынастары бөлімі» ММ</b>",
        "<b>бос мемлекеттік әкімшілік лауазымға орналасуға жалпы конкурс жариялайды</b>",
        ("sp", 6),
        "Бас маман (мемлекеттік қызметтер көрсету мәселелері бойынша), С-R-4 санаты, 1 бірлік.",
        "Лауазымдық міндеттері: мемлекеттік қызметтер көрсету, Бірыңғай байланыс орталығымен өзара іс-қимыл, "
        "БКО-ға ақпарат ұсыну және оқыту өткізу.",
        "Құжаттарды қабылдау мерзімі — хабарландыру жарияланған күннен бастап 10 жұмыс күні.",
        "Анықтама телефоны: 8 (72637) 2-14-55, Тоқтарова Сәуле.",
    ]))
    write_key("n41-bos-lauazym.pdf",
              [{"part": "n41-bos-lauazym.pdf", "kind": "other", "language": "kk"}],
              ctx(AG3[0], AG3[1], AG3[2], [S3], "consulting", None, "vacancy notice: nothing to do", False),
              "other; kk; pdf; vacancy whose duties describe interaction with ЕКЦ")

    # n42 -- citizen answering the SMS survey
    eml("n42-sms-opros.eml",
        "\"Гүлжан\" <guljan_77@inbox.kz>", "info@ekc-gosuslugi.kz",
        "Re: Оцените консультацию 1414", "Sun, 14 Mar 2027 19:30:00 +0500",
        body="""оценка 2. оператор не знал ничего про разряды по спорту, сказал позвонить в управление
спорта, там не берут трубку

On Sun, 14 Mar 2027 at 18:02, 1414 <survey@ekc-gosuslugi.kz> wrote:
> Оцените, пожалуйста, качество консультации от 1 до 5.
""", mislabel="")
    write_key("n42-sms-opros.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG8[0], AG8[1], AG8[2], [S8], "consulting", None, "survey answer: quality statistics", False),
              "other; ru; eml with NO charset label (utf-8 bytes); citizen survey answer")

    # n43 -- acknowledging the monthly report
    eml("n43-otchet-poluchen.eml",
        "Ахметжанова Гульнара <g.akhmetzhanova@bilim-sko.gov.kz>", "reports@ekc-gosuslugi.kz",
        "RE: Аналитический отчет за февраль 2027 года", "Fri, 05 Mar 2027 11:00:00 +0600",
        body="""Отчет получен, замечаний нет. Спасибо.

Ахметжанова Г.Б.
ответственное лицо за взаимодействие с ЕКЦ
тел. 8 (7152) 46-30-19

-----Original Message-----
From: reports@ekc-gosuslugi.kz
Sent: Thursday, March 4, 2027 5:00 PM
Subject: Аналитический отчет за февраль 2027 года

Направляем аналитический отчет по форме приложения 2 к Правилам.
""", charset="windows-1251")
    write_key("n43-otchet-poluchen.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG5[0], AG5[1], AG5[2], [S5], "consulting", None, "acknowledgement: nothing to do", False),
              "other; ru; eml windows-1251; a real 'RE:' reply to our report, signature says 'ответственное лицо' - no appointment")

    # n44 -- asks to confirm receipt, quoting its own form
    eml("n44-podtverdite-poluchenie.eml",
        "Тұрсынбаев Ерлан <e.tursynbayev@suresurs.gov.kz>", "info@ekc-gosuslugi.kz",
        "Прошу подтвердить получение", "Tue, 16 Mar 2027 09:20:00 +0500",
        body="""Добрый день. Прошу подтвердить, что получено наше письмо от 12.03.2027 № 02-5/1255
с дополнительной информацией. Текст ниже.

> 1. Разрешение на специальное водопользование выдается бассейновыми инспекциями.
> 2. Срок оказания — 15 рабочих дней.
> 3. Ответственное лицо — Омарова Сания, главный эксперт; на период отпуска
>    Тұрсынбаев Ерлан Маратұлы.

Тұрсынбаев Е.М.
""")
    write_key("n44-podtverdite-poluchenie.eml",
              [{"part": "body", "kind": "other", "language": "ru"}],
              ctx(AG6[0], AG6[1], AG6[2], [S6], "consulting", None,
                  "confirm receipt of 02-5/1255; no new information", False),
              "other; ru; eml; asks to confirm receipt, quotes the earlier answer including responsible/stand-in")

    # n45 -- internal forward in Kazakh for execution of our additional request, docx attached letter
    req = docx_bytes([
        "Единый контакт-центр",
        "№ ЕКЦ-2027/498 от 10.03.2027",
        "Министерство водных ресурсов и ирригации Республики Казахстан",
        "О представлении дополнительной информации",
        "В соответствии с пунктом 11 Правил просим в срок до 17.03.2027 представить разъяснение: "
        "выдается ли разрешение на специальное водопользование при заборе воды до 50 куб. м в сутки.",
        "Заместитель директора                       Л. Ким",
    ])
    eml("n45-oryndau-ushin.eml",
        "Оразбаев Мұрат <m.orazbayev@suresurs.gov.kz>", "e.tursynbayev@suresurs.gov.kz",
        "Орындау үшін: БКО сұрауы ЕКЦ-2027/498", "Wed, 10 Mar 2027 18:05:00 +0500",
        cc="info@ekc-gosuslugi.kz",
        body="""Ерлан Маратұлы, орындау үшін. Жауапты 16.03 дейін дайындаңыз, БКО-ға
көшірмесімен жіберіңіз.

М. Оразбаев
""", attachments=[("EKC-2027-498.docx", req, DOCX)])
    write_key("n45-oryndau-ushin.eml",
              [{"part": "body", "kind": "other", "language": "kk"},
               {"part": "EKC-2027-498.docx", "kind": "other", "language": "ru"}],
              ctx(AG6[0], AG6[1], AG6[2], [S6], "additional_answer",
                  letter("ЕКЦ-2027/498", "2027-03-10", "О представлении дополнительной информации"),
                  "none: internal 'орындау үшін' forward of our own request, we are in Cc", False),
              "other; kk body + ru attachment; eml+docx; internal forward, attachment is OUR request letter")
