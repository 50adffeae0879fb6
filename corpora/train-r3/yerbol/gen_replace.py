from lib import *
from gen_appoint import rc, person

# R01 eml ru, permanent, former named in genitive, effective date, services named
body = """Уважаемые коллеги!

Министерство сельского хозяйства Республики Казахстан в соответствии с пунктом 7 Правил взаимодействия сообщает о замене ответственного лица по государственным услугам 01405011 и 01405014.

В связи с переводом Жаксылыкова Бауыржана Ериковича на другую должность с 1 марта 2027 года ответственным лицом определена Нуртазина Айгерим Болатовна, главный эксперт Управления ветеринарной безопасности, тел. 8 (7172) 55-51-97, a.nurtazina@moa.gov.kz.

Заместитель председателя Комитета ветеринарного контроля и надзора          А. Бейсенов
"""
data = eml(addr("Канцелярия МСХ РК", "kense@moa.gov.kz"), EKC, "О замене ответственного лица", "Thu, 25 Feb 2027 11:30:00 +0500", body)
save("r01-msh-replace-transfer.eml", data,
     [rc("body", "ru", person("Нуртазина Айгерим Болатовна", "главный эксперт Управления ветеринарной безопасности", "a.nurtazina@moa.gov.kz", "8 (7172) 55-51-97"),
         {"full_name": "Жаксылыков Бауыржан Ерикович"}, ["01405011", "01405014"], "2027-03-01", True)],
     ctx("Министерство сельского хозяйства Республики Казахстан", "kense@moa.gov.kz", "990140002113",
         [("01405011", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты"), ("01405014", "Выдача ветеринарной справки")],
         "consulting", None, "replace the responsible person from 2027-03-01"),
     ("responsible_change", "ru", "eml (plain)", "former person in genitive ('переводом Жаксылыкова Бауыржана Ериковича'); unprompted while consulting"))


# R02 txt kk, temporary (maternity leave), former named, no date
txt = """«Қызылорда облысының білім басқармасы» ММ
2027 жылғы 15 наурыз № 05-12/611

Бірыңғай байланыс орталығына

Мектепке дейінгі тәрбие бөлімінің басшысы Әлімбекова Жанар Серікқызының бала күтіміне байланысты демалысқа шығуына байланысты, оның демалысы кезеңіне Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға болып бөлімнің бас маманы Ермекова Дина Асқарқызы уақытша белгіленді.

Байланыс: 8 (7242) 60-14-27, d.yermekova@kzo-bilim.kz

Басқарма басшысының орынбасары                Ғ. Сәрсенбаев
"""
save("r02-kzo-bilim-temporary-kk.txt", txt,
     [rc("r02-kzo-bilim-temporary-kk.txt", "kk", person("Ермекова Дина Асқарқызы", "бөлімнің бас маманы", "d.yermekova@kzo-bilim.kz", "8 (7242) 60-14-27"),
         {"full_name": "Әлімбекова Жанар Серікқызы"}, None, None, True)],
     ctx("«Қызылорда облысының білім басқармасы» ММ", "bilim@kzo-bilim.kz", "020940001554",
         [("00904003", "Мектепке дейінгі білім беру ұйымдарына құжаттар қабылдау және балаларды қабылдау")],
         "consulting", None, "record Ермекова Д.А. as the temporary responsible person during Әлімбекова's leave"),
     ("responsible_change", "kk", "txt", "temporary replacement for a leave period; former person in Kazakh genitive (Серікқызының); no start date; letter date must not be taken as effective date"))


# R03 docx ru, permanent, former not named, effective date in words, while awaiting protocol
data = docx_bytes([
    ("p", "ГУ «Управление архитектуры, градостроительства и земельных отношений города Шымкент»"),
    ("p", "Исх. № 07-08/1690 от 24.02.2027"),
    ("p", "Единый контакт-центр"),
    ("p", "Уведомление о замене ответственного лица", True),
    ("p", "Сообщаем, что начиная с двадцать пятого февраля 2027 года (25.02.2027) функции ответственного лица за взаимодействие с Единым контакт-центром по государственным услугам управления, включая проведение обучения, переданы главному специалисту отдела градостроительного контроля Абдуллаеву Шерзоду Рустамовичу."),
    ("p", "Тел. +7 (7252) 53-09-51, e-mail sh.abdullaev@shymkent-arch.kz."),
    ("p", "Просим согласовать новую дату проведения обучения."),
    ("p", "Заместитель руководителя управления                     М. Тажибаев"),
])
save("r03-shymkent-arch-replace.docx", data,
     [rc("r03-shymkent-arch-replace.docx", "ru", person("Абдуллаев Шерзод Рустамович", None, "sh.abdullaev@shymkent-arch.kz", "+7 (7252) 53-09-51"),
         None, None, "2027-02-25", True)],
     ctx("ГУ «Управление архитектуры, градостроительства и земельных отношений города Шымкент»", "arch@shymkent-arch.kz", "180440022017",
         [("00701031", "Выдача архитектурно-планировочного задания"), ("00701036", "Утверждение эскиза (эскизного проекта)")],
         "protocol", None, "replace the responsible person from 2027-02-25; reschedule training"),
     ("responsible_change", "ru", "docx", "new person and position in dative ('переданы главному специалисту ... Абдуллаеву Шерзоду Рустамовичу'; position not keyed); former not named; signer (Тажибаев) was the earlier responsible but is not named as such"))


# R04 eml Outlook HTML ru, from the new person herself, 'вместо' + former in genitive, awaiting information
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Здравствуйте!</p>
<p>Сообщаю, что с 15.02.2027 я, <b>Токтарова Мадина Ериковна</b>, ведущий специалист отдела занятости и социальных программ г. Экибастуза, являюсь ответственной за взаимодействие с ЕКЦ вместо Шевченко Натальи Игоревны (уволилась).</p>
<p>Форму по приложению 1 направим до конца недели.</p>
<p>--<br>Токтарова М.Е.<br>8 (7187) 34-52-20<br>toktarova.m@ekib-soc.kz</p>
</body></html>"""
data = eml("Токтарова Мадина <toktarova.m@ekib-soc.kz>", "ekc@egov-contact.kz", "Смена ответственного", "Tue, 16 Feb 2027 10:05:51 +0500", None, html=html)
save("r04-ekibastuz-self-replace.eml", data,
     [rc("body", "ru", person("Токтарова Мадина Ериковна", "ведущий специалист отдела занятости и социальных программ г. Экибастуза", "toktarova.m@ekib-soc.kz", "8 (7187) 34-52-20"),
         {"full_name": "Шевченко Наталья Игоревна"}, None, "2027-02-15", True)],
     ctx("ГУ «Отдел занятости и социальных программ города Экибастуза»", "akimat_ekib@mail.ru", "051140004417",
         [("00604012", "Назначение жилищной помощи"), ("00604015", "Выдача справок безработным гражданам")],
         "information", None, "replace the responsible person; Appendix 1 still awaited"),
     ("responsible_change", "ru", "eml (HTML-only)", "first-person notice; former person in genitive after 'вместо'; contacts only in the signature"))


# R05 pdf kk, permanent, services listed, former named in nominative in a 'was/now' pair
data = pdf_bytes([
    ("p", "«АЛМАТЫ ҚАЛАСЫНЫҢ ПОЛИЦИЯ ДЕПАРТАМЕНТІ» ММ\nАлматы қ., Мәуленов к-сі, 109"),
    ("p", "2027 жылғы 4 наурыз № 6-1/1533"),
    ("p", "Бірыңғай байланыс орталығына"),
    ("p", "Жауапты тұлғаның ауысуы туралы", ),
    ("p", "Тізілімдегі № 00502041 мемлекеттік көрсетілетін қызмет бойынша жауапты тұлға ауыстырылғанын хабарлаймыз:"),
    ("p", "бұрынғы жауапты тұлға – Нұрғалиев Бекзат Серікұлы;\nжаңа жауапты тұлға – Сейдахметова Айнұр Болатқызы, көші-қон қызметі басқармасының аға инспекторы, тел. +7 727 254 48 96, a.seidakhmetova@almaty.police.kz."),
    ("p", "Өзгеріс 2027 жылғы 1 наурыздан бастап күшіне енеді."),
    ("p", "Басқарма бастығы                           Д. Оразбеков"),
], landscape_=False)
save("r05-almaty-police-kk.pdf", data,
     [rc("r05-almaty-police-kk.pdf", "kk", person("Сейдахметова Айнұр Болатқызы", "көші-қон қызметі басқармасының аға инспекторы", "a.seidakhmetova@almaty.police.kz", "+7 727 254 48 96"),
         {"full_name": "Нұрғалиев Бекзат Серікұлы"}, ["00502041"], "2027-03-01", True)],
     ctx("Алматы қаласы Полиция департаменті", "kense@almaty.police.kz", "990440003344",
         [("00502041", "Шетелдіктер мен азаматтығы жоқ адамдарға Қазақстан Республикасында тұруға ықтиярхат беру")],
         "consulting", None, "replace the responsible person from 2027-03-01"),
     ("responsible_change", "kk", "pdf", "former and new persons as a labelled pair; Kazakh date '2027 жылғы 1 наурыздан'"))


# R06 eml ru webmail, temporary for business trip, with an end date, former named (instrumental case)
body = """Коллеги, добрый день.

На период командировки Омаровой Салтанат Жанатовны (с 10 по 24 марта 2027 г.) вопросы по услуге 00301138 просьба направлять ведущему инженеру отдела присвоений Жунусову Азамату Ерлановичу: +7 (7172) 72-43-95, a.zhunusov@rfs.kz.

Это временно, после 24.03 ответственной снова будет Салтанат Жанатовна.

--
Отдел присвоений РГП «ГРЧС»
"""
data = eml("a.zhunusov@rfs.kz", "ekc@egov-contact.kz", "временная замена на период командировки", "Tue, 9 Mar 2027 17:44:29 +0500", body)
save("r06-rfs-temporary-trip.eml", data,
     [rc("body", "ru", person("Жунусов Азамат Ерланович", None, "a.zhunusov@rfs.kz", "+7 (7172) 72-43-95"),
         {"full_name": "Омарова Салтанат Жанатовна"}, ["00301138"], "2027-03-10", True)],
     ctx("РГП на ПХВ «Государственная радиочастотная служба»", "kanc@rfs.kz", "971140001325",
         [("00301138", "Выдача разрешения на использование радиочастотного спектра")],
         "consulting", None, "record Жунусов А.Е. as the temporary responsible person 10–24 March 2027"),
     ("responsible_change", "ru", "eml (plain)", "temporary; former person in genitive; new person and position in dative (position not keyed); end date also present"))


# R07 eml kk, ESEDO-like plain, permanent, former not named, effective date, gov4c branch
body = """Құрметті әріптестер!

«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ Қарағанды облысы бойынша филиалы Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі жауапты тұлғаның өзгергенін хабарлайды.

2027 жылғы 22 ақпаннан бастап жауапты тұлға – сапаны бақылау бөлімінің бас менеджері Тоқтарбекова Самал Ерланқызы.
Телефон: +7 (7212) 41-07-66
E-mail: s.toktarbekova@gov4c.kz

Филиал директоры                                  Е. Кенжебаев
Шығ. № 11-02/2290, 19.02.2027
"""
data = eml(addr("Филиал ГК по Карагандинской области", "karaganda@gov4c.kz"), EKC, "Жауапты тұлғаның өзгеруі туралы", "Fri, 19 Feb 2027 12:00:00 +0600", body)
save("r07-gov4c-karaganda-kk.eml", data,
     [rc("body", "kk", person("Тоқтарбекова Самал Ерланқызы", "сапаны бақылау бөлімінің бас менеджері", "s.toktarbekova@gov4c.kz", "+7 (7212) 41-07-66"),
         None, None, "2027-02-22", True)],
     ctx("Филиал НАО «Государственная корпорация «Правительство для граждан» по Карагандинской области", "karaganda@gov4c.kz", "160441012207",
         [("00503019", "Регистрация по месту жительства граждан Республики Казахстан")],
         "consulting", None, "replace the responsible person from 2027-02-22"),
     ("responsible_change", "kk", "eml (plain)", "former person not named; outgoing date after the signature differs from the effective date"))


# R08 docx ru, several services, former in nominative in parentheses ('ранее – ...'), no date
data = docx_bytes([
    ("p", "МИНИСТЕРСТВО КУЛЬТУРЫ И ИНФОРМАЦИИ РЕСПУБЛИКИ КАЗАХСТАН\nДепартамент культурного наследия"),
    ("p", "№ 04-2-15/1502-И"),
    ("p", "Единый контакт-центр"),
    ("p", "Департамент культурного наследия Министерства культуры и информации Республики Казахстан уведомляет, что ответственным лицом за представление информации по государственным услугам № 01103001, 01103002, 01103004, 01103005, 01103007 (ранее – Абдрахманов Т.С.) является главный эксперт департамента Бейсембаева Жанель Рашидовна."),
    ("p", "Контактный телефон: +7 7172 74 06 35; электронная почта: zh.beisembayeva@mki.gov.kz."),
    ("p", "Директор департамента                            А. Мусаева"),
])
save("r08-mki-heritage-replace.docx", data,
     [rc("r08-mki-heritage-replace.docx", "ru", person("Бейсембаева Жанель Рашидовна", "главный эксперт департамента", "zh.beisembayeva@mki.gov.kz", "+7 7172 74 06 35"),
         {"full_name": "Абдрахманов Т.С."}, ["01103001", "01103002", "01103004", "01103005", "01103007"], None, True)],
     ctx("Министерство культуры и информации Республики Казахстан", "kense@mki.gov.kz", "990240006654",
         [("01103001", "Выдача лицензии на занятие деятельностью по реставрации памятников истории и культуры"), ("01103002", "Согласование проектов научно-реставрационных работ на памятниках истории и культуры"),
          ("01103004", "Выдача разрешения на временный вывоз культурных ценностей"), ("01103005", "Выдача заключения экспертизы культурных ценностей"),
          ("01103007", "Аттестация научно-реставрационных организаций")],
         "consulting", None, "replace the responsible person for five services"),
     ("responsible_change", "ru", "docx", "former given by initials in parentheses; five numbers in one list; undated letter"))


# R09 eml windows-1251 no label at all, district akimat, ru, permanent, former named with 'вместо' (accusative/genitive), effective date dd.mm.yy
body = """Добрый день!
Аппарат акима Бурабайского района уведомляет: с 01.04.27 ответственным лицом за взаимодействие с ЕКЦ вместо Сарсенбаевой Алии Кайратовны назначен Мухамеджанов Дархан Талгатович, главный специалист отдела документационного обеспечения.
Тел. 8 (71636) 4-12-15, эл.почта d.mukhamedzhanov@burabay.gov.kz

Руководитель аппарата Н. Ибраев
"""
data = eml("burabay.doc@mail.kz", "ekc@egov-contact.kz", "уведомление", "Wed, 31 Mar 2027 16:20:00 +0600", body, charset="windows-1251", label="", cte="8bit")
save("r09-burabay-cp1251-nolabel.eml", data,
     [rc("body", "ru", person("Мухамеджанов Дархан Талгатович", "главный специалист отдела документационного обеспечения", "d.mukhamedzhanov@burabay.gov.kz", "8 (71636) 4-12-15"),
         {"full_name": "Сарсенбаева Алия Кайратовна"}, None, "2027-04-01", True)],
     ctx("ГУ «Аппарат акима Бурабайского района»", "burabay.doc@mail.kz", "990340004412",
         [("00101014", "Выдача справки о месте проживания"), ("00101016", "Выдача справки о постановке на учет в качестве нуждающегося в жилье")],
         "consulting", None, "replace the responsible person from 2027-04-01"),
     ("responsible_change", "ru", "eml (windows-1251 8bit, no charset label)", "two-digit year '01.04.27'; former in genitive after 'вместо'"))


# R10 txt ru, temporary (sick leave), former not named, start today
txt = """Исх. № 04-11/203 от 09.03.2027

В Единый контакт-центр

ГУ «Отдел сельского хозяйства и ветеринарии города Кокшетау» сообщает, что на время временной нетрудоспособности ответственного лица обязанности по взаимодействию с Единым контакт-центром по государственной услуге 00201006 временно исполняет специалист 1 категории Бекова Карлыгаш Нурлановна (тел. +7 716 225 53 20).

Руководитель отдела          Т. Смагулов
"""
save("r10-kokshetau-sick-leave.txt", txt,
     [rc("r10-kokshetau-sick-leave.txt", "ru", person("Бекова Карлыгаш Нурлановна", "специалист 1 категории", None, "+7 716 225 53 20"), None, ["00201006"], None, True)],
     ctx("ГУ «Отдел сельского хозяйства и ветеринарии города Кокшетау»", "agro@kokshetau-agro.kz", "060140008823",
         [("00201006", "Выдача справки о наличии личного подсобного хозяйства")],
         "consulting", None, "record Бекова К.Н. as the temporary responsible person"),
     ("responsible_change", "ru", "txt", "temporary, former person only as 'ответственного лица'; no e-mail; no effective date"))


# R11 eml Outlook HTML kk+ru, forwarded chain: HR notice forwarded by the clerk to EKC
html = """<html><head><meta charset="utf-8"></head><body>
<p>Бірыңғай байланыс орталығына ақпарат үшін жолдаймыз. / Направляем для сведения.</p>
<p>Жауапты тұлға өзгерді: 2027 жылғы 15 наурыздан бастап Көшербаева А.С. орнына басқарманың бас маманы Дүйсенбаев Ерболат Маратұлы (8 7292 50 18 40, e.duisenbayev@mangystau-enbek.kz).</p>
<p>Құрметпен, кеңсе</p>
<div style="border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Кадр бөлімі &lt;hr@mangystau-enbek.kz&gt;<br><b>Sent:</b> Friday, March 12, 2027 4:10 PM<br><b>To:</b> Кеңсе<br><b>Subject:</b> Бұйрық № 45-ж/қ</p></div>
<p>Көшербаева Ақмарал Сапарқызы 2027 жылғы 15 наурыздан бастап Ақтау қалалық бөліміне ауыстырылсын.</p>
</body></html>"""
data = eml("kense@mangystau-enbek.kz", "ekc@egov-contact.kz", "FW: Бұйрық № 45-ж/қ", "Mon, 15 Mar 2027 09:10:00 +0500", None, html=html)
save("r11-mangystau-enbek-fw.eml", data,
     [rc("body", "kk", person("Дүйсенбаев Ерболат Маратұлы", "басқарманың бас маманы", "e.duisenbayev@mangystau-enbek.kz", "8 7292 50 18 40"),
         "OMIT", None, "2027-03-15", True)],
     ctx("«Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы» ММ", "enbek@mangystau-enbek.kz", "990540001722",
         [("00604031", "Мүгедектігі бар адамдарды санаторийлік-курорттық емдеумен қамтамасыз ету"), ("00604032", "Мүгедектігі бар адамдарға протездік-ортопедиялық көмек ұсыну")],
         "protocol", None, "replace the responsible person from 2027-03-15"),
     ("responsible_change", "kk", "eml (HTML, forwarded HR order)", "forwarded HR order below names the former person in full; the note above names her by initials ('Көшербаева А.С. орнына'); previous_responsible not keyed (two forms of the name)"))


# R12 pdf ru, ministry, replacement combined with the request to re-do training, former named in dative case
data = pdf_bytes([
    ("p", "МИНИСТЕРСТВО ВНУТРЕННИХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН\n010000, г. Астана, пр. Тауелсиздик, 1"),
    ("p", "18.03.2027 № 5-1-14/3310"),
    ("p", "Единый контакт-центр"),
    ("p", "Сообщаем, что в связи с выходом на пенсию ранее назначенному ответственным лицом Ермекову Данияру Ораловичу найдена замена."),
    ("p", "С 22 марта 2027 года ответственным лицом по государственным услугам 00502001, 00502003, 00502006, 00502007 является старший инспектор Департамента административной полиции МВД Калиева Меруерт Сабитовна (тел. 8-7172-71-23-08, m.kalieva@mvd.gov.kz)."),
    ("p", "Заместитель директора Департамента\nадминистративной полиции                                   Н. Есимов"),
], landscape_=False)
save("r12-mvd-retire-replace.pdf", data,
     [rc("r12-mvd-retire-replace.pdf", "ru", person("Калиева Меруерт Сабитовна", "старший инспектор Департамента административной полиции МВД", "m.kalieva@mvd.gov.kz", "8-7172-71-23-08"),
         {"full_name": "Ермеков Данияр Оралович"}, ["00502001", "00502003", "00502006", "00502007"], "2027-03-22", True)],
     ctx("Министерство внутренних дел Республики Казахстан", "kanc@mvd.gov.kz", "990240008120",
         [("00502001", "Выдача справки о наличии либо отсутствии судимости"), ("00502003", "Выдача справки о нахождении (отсутствии) лица в розыске"),
          ("00502006", "Выдача разрешения на приобретение гражданского оружия"), ("00502007", "Выдача разрешения на хранение и ношение гражданского оружия")],
         "consulting", None, "replace the responsible person for four services from 2027-03-22"),
     ("responsible_change", "ru", "pdf", "former person in dative ('ранее назначенному ... Ермекову Данияру Ораловичу') inside an awkward sentence"))
