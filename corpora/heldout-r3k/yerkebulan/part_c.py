# -*- coding: utf-8 -*-
"""Genuine replies, short and unusual."""
from lib import *
from part_a import AG1, AG2, AG3, AG4, AG5, AG6, AG7, S1, S2, S3, S4, S5, S6, S7
from part_b import AG8, AG9, S8, S9

AG10 = ("ГУ «Управление пассажирского транспорта и автомобильных дорог Костанайской области»", "kense@kost-transport.gov.kz", "050140009981")
S10 = ("01902051", "Выдача лицензии на перевозку опасных грузов автомобильным транспортом")
S11 = ("01902052", "Переоформление лицензии на перевозку опасных грузов")
AG11 = ("Управление здравоохранения Туркестанской области", "densaulyq@turkistan-obl.gov.kz", "180340027704")
S12 = ("01207031", "Выдача заключения о санитарно-эпидемиологическом соответствии объекта")


def build():
    # r01 -- one-line appointment
    eml("r01-odna-stroka.eml",
        "Тулегенова Аяжан <a.tulegenova@kost-transport.gov.kz>", "info@ekc-gosuslugi.kz",
        "Re: ЕКЦ-2027/520", "Mon, 15 Mar 2027 16:58:00 +0600",
        body="""Ответственная — Тулегенова Аяжан Муратовна, гл. специалист отдела лицензирования, 8 (7142) 55-10-23.

-- 
Sent from my Samsung Galaxy
""")
    write_key("r01-odna-stroka.eml",
              [{"part": "body", "kind": "responsible_change", "language": "ru",
                "responsible": {"full_name": "Тулегенова Аяжан Муратовна",
                                "position": "гл. специалист отдела лицензирования",
                                "phone": "87142551023"},
                "previous_responsible": None}],
              ctx(AG10[0], AG10[1], AG10[2], [S10, S11], "appointment",
                  letter("ЕКЦ-2027/520", "2027-03-12", "О представлении информации о государственной услуге"),
                  "record Тулегенова as responsible for both services; now await the Appendix 1 information", True),
              "responsible_change (appointment); ru; eml; one line, no greeting, no services named, only 'Re: number' subject")

    # r02 -- refusal hidden in the third paragraph
    save("r02-otkaz-v-tretyem-abzatse.txt", """ТҮРКІСТАН ОБЛЫСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ
УПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ ТУРКЕСТАНСКОЙ ОБЛАСТИ
161200, г. Туркестан, пр. Тауке хана, 2, тел. 8 (72533) 4-11-09

Исх. № 08-03/1422 от 18.03.2027
На № ЕКЦ-2027/531 от 15.03.2027

Единый контакт-центр

Управление здравоохранения Туркестанской области благодарит Единый контакт-центр за
оперативное информирование о вопросах граждан по услуге «Выдача заключения о
санитарно-эпидемиологическом соответствии объекта» (01207031) и сообщает, что
ответственное лицо по данной услуге, Исмаилова Дильноза Рустамовна, в марте провела
дополнительный инструктаж специалистов районных отделов.

Порядок оказания услуги, сроки и перечень документов остаются прежними и
соответствуют сведениям, представленным ранее по форме приложения 1.

Что касается запрошенного Вами перечня объектов, получивших отрицательные заключения в
2026 году, с указанием наименований субъектов и результатов лабораторных исследований,
то представить его не представляется возможным, так как указанные сведения составляют
коммерческую тайну субъектов предпринимательства и разглашению третьим лицам не подлежат.

По иным вопросам Управление готово оказать содействие в рабочем порядке.

Заместитель руководителя                           Б. Сейдахметов

Исп.: Исмаилова Д.Р.
тел. 8 (72533) 4-11-27
""")
    write_key("r02-otkaz-v-tretyem-abzatse.txt",
              [{"part": "r02-otkaz-v-tretyem-abzatse.txt", "kind": "refusal", "language": "ru",
                "refusal_reason": "указанные сведения составляют коммерческую тайну субъектов предпринимательства и разглашению третьим лицам не подлежат",
                "refusal_ground": "commercial_secret",
                "services": [{"registry_number": "01207031"}]}],
              ctx(AG11[0], AG11[1], AG11[2], [S12], "additional_answer",
                  letter("ЕКЦ-2027/531", "2027-03-15", "О представлении дополнительной информации"),
                  "record a lawful refusal (commercial secret) for the list of objects; close the additional request", True),
              "refusal; ru (kk letterhead); txt; polite letter, the refusal is only in the third paragraph, names the (unchanged) responsible person first")

    # r03 -- scan-like protocol pdf, little text
    save("r03-protokol-skan.pdf", pdf_bytes([
        ("sp", 30),
        "ПРОТОКОЛ № 3/27",
        "г. Костанай      19.03.2027",
        ("sp", 8),
        "ЕКЦ принял для консультирования: 01902051, 01902052",
        ("sp", 60),
        "ЕКЦ ________ /Ким Л./              Управление ________ /Тулегенова А.М./",
        ("sp", 20),
        "М.П.",
    ], small=True, scan=True))
    write_key("r03-protokol-skan.pdf",
              [{"part": "r03-protokol-skan.pdf", "kind": "training_protocol", "language": "ru",
                "protocol_date": "2027-03-19",
                "services": [{"registry_number": "01902051"}, {"registry_number": "01902052"}]}],
              ctx(AG10[0], AG10[1], AG10[2], [S10, S11], "protocol", None,
                  "record the signed protocol of 2027-03-19; start consulting on both services five working days later", True),
              "training_protocol; ru; pdf (tinted 'scan' page, stamp circle, tiny text layer); only number, date, two registry numbers and signatures")

    # r04 -- appendix 1 with only columns 2 and 8 filled
    save("r04-forma-dve-kolonki.docx", docx_bytes([
        "Приложение 1",
        ("t", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
                "Стандарт государственной услуги (с указанием его реквизитов)",
                "Регламент государственной услуги (с указанием его реквизитов)",
                "Изменения нормативных правовых актов",
                "Интернет-ресурс, на котором размещена информация о государственной услуге",
                "Фамилия, имя, отчество, должность ответственного лица"],
               ["1", "01902051", "", "", "", "", "",
                "Тулегенова Аяжан Муратовна, главный специалист отдела лицензирования, a.tulegenova@kost-transport.gov.kz"],
               ["2", "01902052", "", "", "", "", "",
                "Тулегенова Аяжан Муратовна, главный специалист отдела лицензирования, a.tulegenova@kost-transport.gov.kz"]]),
        "Стандарт и правила оказания размещены на сайте Министерства, ссылки направим дополнительно.",
        "Ф.И.О. ответственного исполнителя Тулегенова А.М.",
        "Дата: « 16 » марта 2027 г.",
    ], landscape=True))
    empty = {"service_name": None, "standard": None, "regulation": None, "npa_changes": None, "website": None}
    resp = {"full_name": "Тулегенова Аяжан Муратовна", "position": "главный специалист отдела лицензирования",
            "email": "a.tulegenova@kost-transport.gov.kz", "phone": None}
    write_key("r04-forma-dve-kolonki.docx",
              [{"part": "r04-forma-dve-kolonki.docx", "kind": "appendix1_form", "language": "ru",
                "services": [dict(registry_number="01902051", **empty, responsible=resp),
                             dict(registry_number="01902052", **empty, responsible=resp)],
                "executor": {"full_name": "Тулегенова А.М.", "date": "2027-03-16"}}],
              ctx(AG10[0], AG10[1], AG10[2], [S10, S11], "information",
                  letter("ЕКЦ-2027/520", "2027-03-12", "О представлении информации о государственной услуге"),
                  "enter the (incomplete) information; ask for the missing columns 3-7", True),
              "appendix1_form; ru; docx; only columns 2 and 8 filled (3-7 empty -> null), same person in both rows")

    # r05 -- Kazakh appointment, accusative name
    eml("r05-tagaiyndau-kk.eml",
        "Денсаулық сақтау басқармасы <%s>" % AG11[1], "info@ekc-gosuslugi.kz",
        "Жауапты тұлғаны тағайындау туралы", "Thu, 04 Mar 2027 10:20:00 +0500",
        body="""Бірыңғай байланыс орталығы

Сіздің 2027 жылғы 2 наурыздағы № ЕКЦ-2027/444 сұрауыңызға сәйкес, «Объектінің
санитариялық-эпидемиологиялық сәйкестігі туралы қорытынды беру» мемлекеттік қызметі
(01207031) бойынша ақпарат ұсынуға және оқыту өткізуге жауапты тұлға ретінде
басқарманың бас маманы Исмаилова Дильноза Рустамқызын тағайындау туралы шешім
қабылданғанын хабарлаймыз.

Байланыс: 8 (72533) 4-11-27, d.ismailova@turkistan-obl.gov.kz

Басшының орынбасары                                  Б. Сейдахметов
""", charset="utf-8")
    write_key("r05-tagaiyndau-kk.eml",
              [{"part": "body", "kind": "responsible_change", "language": "kk",
                "responsible": {"full_name": "Исмаилова Дильноза Рустамқызы", "position": "басқарманың бас маманы",
                                "phone": "87253341127", "email": "d.ismailova@turkistan-obl.gov.kz"},
                "previous_responsible": None,
                "services": [{"registry_number": "01207031"}]}],
              ctx(AG11[0], AG11[1], AG11[2], [S12], "appointment",
                  letter("ЕКЦ-2027/444", "2027-03-02", "О представлении информации о государственной услуге"),
                  "record Исмаилова as responsible; await the Appendix 1 information", True),
              "responsible_change (appointment); kk; eml; name in the accusative ('Рустамқызын'), key nominative 'Рустамқызы'")

    # r06 -- html-only windows-1251 replacement with previous in genitive
    eml("r06-zamena-html.eml",
        "Управление спорта Алматы <%s>" % AG8[1], "info@ekc-gosuslugi.kz",
        "О замене ответственного лица", "Tue, 23 Mar 2027 15:40:00 +0600",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal align=right>Исх. № 05-09/612<br>от 23.03.2027</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>В соответствии с пунктом 7 Правил взаимодействия сообщаем, что в связи с переводом
<b>Байгабылова Әділа Тимурұлы</b> на другую должность, с <b>24 марта 2027 года</b> ответственным
лицом по услуге 01803022 определен <b>Сағынтаев Нұржан</b>, ведущий специалист отдела
спортивного резерва.</p>
<p class=MsoNormal>Тел.: +7 (727) 271-66-15<br>E-mail: <a href="mailto:N.Sagyntayev@almaty-sport.gov.kz">N.Sagyntayev@almaty-sport.gov.kz</a></p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Руководитель управления &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Е. Досмағамбетов</p>
<p class=MsoNormal style='color:gray;font-size:8pt'>Конфиденциальность: данное сообщение и вложения
предназначены только для адресата...</p>
</div></body></html>""", charset="windows-1251")
    write_key("r06-zamena-html.eml",
              [{"part": "body", "kind": "responsible_change", "language": "ru",
                "responsible": {"full_name": "Сағынтаев Нұржан", "position": "ведущий специалист отдела спортивного резерва",
                                "phone": "+77272716615", "email": "n.sagyntayev@almaty-sport.gov.kz"},
                "previous_responsible": {"full_name": "Байгабылов Әділ Тимурұлы"},
                "effective_date": "2027-03-24",
                "services": [{"registry_number": "01803022"}]}],
              ctx(AG8[0], AG8[1], AG8[2], [S8], "consulting", None,
                  "replace the responsible person from 2027-03-24", True),
              "responsible_change; ru with kk names; eml html-only windows-1251 (Word HTML); previous in genitive, new without patronymic, disclaimer")

    # r07 -- xlsx with Kazakh headers
    rows = [["1-қосымша", None, None, None, None, None, None, None],
            ["Р/с №", "Мемлекеттік қызметтің тізілімдегі №", "Мемлекеттік қызметтің атауы",
             "Мемлекеттік қызмет стандарты (деректемелерін көрсете отырып)",
             "Мемлекеттік қызмет регламенті (деректемелерін көрсете отырып)",
             "Нормативтік құқықтық актілердің өзгерістері",
             "Мемлекеттік қызмет туралы ақпарат орналастырылған интернет-ресурс",
             "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"],
            [1, 2, 3, 4, 5, 6, 7, 8],
            [1, "01207031", "Объектінің санитариялық-эпидемиологиялық сәйкестігі туралы қорытынды беру",
             "ҚР Денсаулық сақтау министрінің 2025 жылғы 30 маусымдағы № ҚР ДСМ-71 бұйрығы",
             "—", "—", "www.egov.kz",
             "Исмаилова Дильноза Рустамқызы, бас маман, 8 (72533) 4-11-27"],
            [2, "01207033", "Санитариялық-эпидемиологиялық қорытындыны қайта ресімдеу",
             "ҚР Денсаулық сақтау министрінің 2025 жылғы 30 маусымдағы № ҚР ДСМ-71 бұйрығы",
             "—", "ҚР ДСМ-ның 2026 жылғы 11 қарашадағы № ҚР ДСМ-140 бұйрығы", "www.egov.kz",
             "Исмаилова Дильноза Рустамқызы, бас маман, 8 (72533) 4-11-27"],
            [None] * 8,
            ["Жауапты орындаушының аты-жөні: Исмаилова Д.Р.", None, None, None, None, None, None, None],
            ["Күні: 2027 жылғы 9 наурыз", None, None, None, None, None, None, None]]
    save("r07-nysan-kk.xlsx", xlsx_bytes([("1-қосымша", rows, ["A1:H1"])]))
    resp = {"full_name": "Исмаилова Дильноза Рустамқызы", "position": "бас маман", "phone": "87253341127"}
    write_key("r07-nysan-kk.xlsx",
              [{"part": "r07-nysan-kk.xlsx", "kind": "appendix1_form", "language": "kk",
                "services": [
                    {"registry_number": "01207031",
                     "service_name": "Объектінің санитариялық-эпидемиологиялық сәйкестігі туралы қорытынды беру",
                     "standard": "ҚР Денсаулық сақтау министрінің 2025 жылғы 30 маусымдағы № ҚР ДСМ-71 бұйрығы",
                     "regulation": None, "npa_changes": None, "website": "www.egov.kz", "responsible": resp},
                    {"registry_number": "01207033",
                     "service_name": "Санитариялық-эпидемиологиялық қорытындыны қайта ресімдеу",
                     "standard": "ҚР Денсаулық сақтау министрінің 2025 жылғы 30 маусымдағы № ҚР ДСМ-71 бұйрығы",
                     "regulation": None,
                     "npa_changes": "ҚР ДСМ-ның 2026 жылғы 11 қарашадағы № ҚР ДСМ-140 бұйрығы",
                     "website": "www.egov.kz", "responsible": resp}],
                "executor": {"full_name": "Исмаилова Д.Р.", "date": "2027-03-09"}}],
              ctx(AG11[0], AG11[1], AG11[2], [S12, ("01207033", "Переоформление санитарно-эпидемиологического заключения")],
                  "information", letter("ЕКЦ-2027/444", "2027-03-02", "О представлении информации о государственной услуге"),
                  "enter the information for both services; schedule training", True),
              "appendix1_form; kk; xlsx; Kazakh headers, number row, em-dash cells -> null, Kazakh date under the table")

    # r08 -- koi8-r change notice: new website only
    eml("r08-novyi-sait-koi8.eml",
        "Рахимова Жанар <zh.rakhimova@pavlodar-obl.gov.kz>", "info@ekc-gosuslugi.kz",
        "изменение интернет-ресурса", "Mon, 22 Mar 2027 09:05:00 +0600",
        body="""Коллеги, добрый день.

С 19.03.2027 информация по услуге 00911004 размещается не на aksu-zhkh.gov.kz,
а на новом портале: https://www.gov.kz/memleket/entities/pavlodar-aksu-zhkh

Прочие сведения по форме приложения 1 без изменений.

Рахимова Ж.Е.
""", charset="koi8-r")
    write_key("r08-novyi-sait-koi8.eml",
              [{"part": "body", "kind": "change_notice", "language": "ru",
                "services": [{"registry_number": "00911004",
                              "website": "https://www.gov.kz/memleket/entities/pavlodar-aksu-zhkh",
                              "standard": None, "regulation": None, "npa_changes": None}],
                "change_date": "2027-03-19"}],
              ctx(AG7[0], AG7[1], AG7[2], [S7], "consulting", None,
                  "update the service's web address", True),
              "change_notice; ru; eml koi8-r; two URLs (old and new), only the new is the value")

    # r09 -- refusal in an attached pdf, not competent
    ref = pdf_bytes([
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ КӨЛІК МИНИСТРЛІГІНІҢ КӨЛІКТІК БАҚЫЛАУ КОМИТЕТІ",
        "№ 11-4/1033   19.03.2027",
        "На № ЕКЦ-2027/540 от 17.03.2027",
        ("sp", 6),
        "Единый контакт-центр",
        "Комитет, рассмотрев запрос о представлении информации по государственной услуге "
        "«Выдача лицензии на перевозку опасных грузов автомобильным транспортом» (01902051), сообщает, "
        "что Комитет не является услугодателем по данной услуге: лицензию выдают местные исполнительные "
        "органы областей. В связи с этим представить информацию по форме приложения 1 Комитет не может.",
        "Рекомендуем направить запрос в управления пассажирского транспорта и автомобильных дорог областей.",
        ("sp", 6),
        "Заместитель председателя                   А. Есенгелді",
    ])
    eml("r09-ne-nasha-usluga.eml",
        "Канцелярия КТК <%s>" % AG9[1], "info@ekc-gosuslugi.kz",
        "ответ на ЕКЦ-2027/540", "Fri, 19 Mar 2027 17:55:00 +0500",
        body="Направляем ответ во вложении.\n", attachments=[("otvet_11-4_1033.pdf", ref, PDF)])
    write_key("r09-ne-nasha-usluga.eml",
              [{"part": "otvet_11-4_1033.pdf", "kind": "refusal", "language": "ru",
                "refusal_reason": "Комитет не является услугодателем по данной услуге",
                "refusal_ground": "not_competent",
                "services": [{"registry_number": "01902051"}]}],
              ctx(AG9[0], AG9[1], AG9[2], [S10], "appointment",
                  letter("ЕКЦ-2027/540", "2027-03-17", "О представлении информации о государственной услуге"),
                  "record the refusal (not competent) and redirect the request to the regional bodies", True),
              "refusal (not_competent); ru with kk letterhead; eml + pdf; body is one line, the refusal is in the PDF")

    # r10 -- signed protocol in a long FW/RE chain
    prot = docx_bytes([
        "Протокол",
        "принятия Единым контакт-центром государственной услуги для консультирования",
        ("t", [["Дата", "«5» марта 2027 года"],
               ["Услугодатель", "Министерство водных ресурсов и ирригации Республики Казахстан"],
               ["Услуга (№ в реестре)", "02101008 — Выдача разрешения на специальное водопользование"],
               ["Обучение провела", "Омарова С., главный эксперт"],
               ["Решение", "Принять услугу для консультирования"]]),
        "Подписи:",
        "Единый контакт-центр: начальник отдела Ким Л. (подписано ЭЦП)",
        "Министерство: директор департамента Абдрахманов К.С. (подписано ЭЦП)",
    ])
    eml("r10-protokol-v-cepochke.eml",
        "Тұрсынбаев Ерлан <e.tursynbayev@suresurs.gov.kz>", "info@ekc-gosuslugi.kz",
        "FW: RE: RE: обучение 02101008", "Mon, 08 Mar 2027 08:31:00 +0500",
        body="""Подписанный.

-----Original Message-----
From: Омарова Сания
Sent: Friday, March 5, 2027 6:12 PM
Subject: RE: RE: обучение 02101008

Ерлан, перешли в ЕКЦ, я ухожу в отпуск.

-----Original Message-----
From: ЕКЦ
Sent: Friday, March 5, 2027 12:01 PM
Subject: RE: обучение 02101008

Спасибо за обучение. Ждем подписанный протокол.
""", attachments=[("protokol_02101008.docx", prot, DOCX)])
    write_key("r10-protokol-v-cepochke.eml",
              [{"part": "protokol_02101008.docx", "kind": "training_protocol", "language": "ru",
                "protocol_date": "2027-03-05",
                "services": [{"registry_number": "02101008"}]}],
              ctx(AG6[0], AG6[1], AG6[2], [S6], "protocol", None,
                  "record the protocol of 2027-03-05; consulting starts five working days later", True),
              "training_protocol; ru; eml+docx; one-word body in a FW/RE chain; protocol as a field/value table, date «5» марта 2027")
