from lib import *


def cn(part, lang, services, cdate="NA"):
    d = {"part": part, "kind": "change_notice"}
    if lang:
        d["language"] = lang
    d["services"] = services
    if cdate != "NA":
        d["change_date"] = cdate
    return d


# C01 eml ru, new standard for one service, effective date
body = """Уважаемые коллеги!

В соответствии с пунктом 6 Правил взаимодействия информируем об изменении сведений по государственной услуге № 01405014 «Выдача ветеринарной справки».

Приказом Министра сельского хозяйства Республики Казахстан от 3 марта 2027 года № 77 утвержден новый стандарт. Реквизиты:
Стандарт государственной услуги «Выдача ветеринарной справки», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 3 марта 2027 года № 77.
Приказ вводится в действие с 20 марта 2027 года.

Остальные сведения, представленные ранее, не изменились.

С уважением,
Нуртазина А.Б.
главный эксперт Управления ветеринарной безопасности
8 (7172) 55-51-97
"""
data = eml("a.nurtazina@moa.gov.kz", "ekc@egov-contact.kz", "Изменение стандарта госуслуги 01405014", "Fri, 5 Mar 2027 10:10:10 +0500", body)
save("c01-msh-new-standard.eml", data,
     [cn("body", "ru", [{"registry_number": "01405014",
                          "standard": "Стандарт государственной услуги «Выдача ветеринарной справки», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 3 марта 2027 года № 77",
                          "website": None}], "2027-03-20")],
     ctx("Министерство сельского хозяйства Республики Казахстан", "kense@moa.gov.kz", "990140002113",
         [("01405014", "Выдача ветеринарной справки")], "consulting", None, "update the standard of 01405014 in the database"),
     ("change_notice", "ru", "eml (plain)", "order date (3 March) vs effective date (20 March): change_date is the effective date stated"))


# C02 docx kk, new website for three services, no date
data = docx_bytes([
    ("p", "«Түркістан облысының жер қатынастары басқармасы» ММ"),
    ("p", "2027 жылғы 10 наурыз № 02-05/877"),
    ("p", "Бірыңғай байланыс орталығына"),
    ("p", "Басқарманың интернет-ресурсы ауыстырылуына байланысты бұрын ұсынылған ақпаратқа мынадай өзгеріс енгізілетінін хабарлаймыз: 00802027, 00802031, 00802040 нөмірлі мемлекеттік көрсетілетін қызметтер туралы ақпарат енді www.gov.kz/memleket/entities/turkestan-zher-katynas интернет-ресурсында орналастырылған."),
    ("p", "Бұрынғы мекенжай (www.gov.kz/memleket/entities/turkestan-jer) жұмыс істемейді."),
    ("p", "Басшы                                     Ж. Төребеков"),
])
W = "www.gov.kz/memleket/entities/turkestan-zher-katynas"
save("c02-turkestan-jer-website-kk.docx", data,
     [cn("c02-turkestan-jer-website-kk.docx", "kk", [{"registry_number": r, "website": W, "standard": None, "regulation": None} for r in ("00802027", "00802031", "00802040")], None)],
     ctx("Түркістан облысының жер қатынастары басқармасы", "jer@turkestan-jer.kz", "150240019871",
         [("00802027", "Жер учаскесіне сәйкестендіру құжаттарын дайындау"), ("00802031", "Жер учаскесінің кадастрлық (бағалау) құнын анықтау"), ("00802040", "Жер учаскесін бөлу мүмкіндігін айқындау")],
         "consulting", None, "update the website for three services"),
     ("change_notice", "kk", "docx", "old and new web address both present: only the new is the value"))


# C03 xlsx ru: revised Appendix 1 table where only column 6 is filled for two services (others left blank)
rows = [["Актуализированные сведения (приложение 1)"], [],
        ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги", "Стандарт", "Регламент", "Изменения нормативных правовых актов", "Интернет-ресурс", "Ответственное лицо"],
        [1, "01002001", "Выдача лицензии на медицинскую деятельность", None, None,
         "Приказ Министра здравоохранения Республики Казахстан от 2 марта 2027 года № ҚР ДСМ-19 «О внесении изменений в приказ от 30 апреля 2026 года № ҚР ДСМ-41»", None, None],
        [2, "01002002", "Выдача лицензии на фармацевтическую деятельность", None, None,
         "Приказ Министра здравоохранения Республики Казахстан от 2 марта 2027 года № ҚР ДСМ-19 «О внесении изменений в приказ от 30 апреля 2026 года № ҚР ДСМ-41»", None, None],
        [], ["Изменения вступают в силу с 16.03.2027."], ["Исполнитель: Сулейменова А.М."]]
data = xlsx_bytes([("изм", rows, ["A1:H1"], {"C": 40, "F": 70})])
NPA = "Приказ Министра здравоохранения Республики Казахстан от 2 марта 2027 года № ҚР ДСМ-19 «О внесении изменений в приказ от 30 апреля 2026 года № ҚР ДСМ-41»"
save("c03-dsm-npa-table.xlsx", data,
     [cn("c03-dsm-npa-table.xlsx", "ru", [{"registry_number": "01002001", "npa_changes": NPA, "standard": None, "regulation": None, "website": None, "responsible": None},
                                           {"registry_number": "01002002", "npa_changes": NPA, "standard": None, "regulation": None, "website": None, "responsible": None}], "2027-03-16")],
     ctx("Министерство здравоохранения Республики Казахстан", "kanc@dsm.gov.kz", "990140005467",
         [("01002001", "Выдача лицензии на медицинскую деятельность"), ("01002002", "Выдача лицензии на фармацевтическую деятельность")],
         "consulting", None, "update column 6 for two services"),
     ("change_notice", "ru", "xlsx", "revised Appendix 1 table with only column 6 filled: a change notice, not a fresh form; date in a line below"))


# C04 txt ru, regulation AND standard changed for one service, dates in words
txt = """Исх. № 07-08/2011 от 12.03.2027

В Единый контакт-центр

Управление архитектуры, градостроительства и земельных отношений города Шымкент доводит до сведения, что по государственной услуге «Выдача архитектурно-планировочного задания» (реестровый номер 00701031) изменились:

- стандарт: Стандарт государственной услуги «Выдача архитектурно-планировочного задания», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 20 февраля 2027 года № 58;
- регламент: Регламент государственной услуги «Выдача архитектурно-планировочного задания», утвержденный постановлением акимата города Шымкент от 6 марта 2027 года № 140.

Изменения действуют с девятого марта две тысячи двадцать седьмого года.

Ответственное лицо: Абдуллаев Ш.Р., +7 (7252) 53-09-51
"""
save("c04-shymkent-std-and-reg.txt", txt,
     [cn("c04-shymkent-std-and-reg.txt", "ru", [{"registry_number": "00701031",
          "standard": "Стандарт государственной услуги «Выдача архитектурно-планировочного задания», утвержденный приказом Министра промышленности и строительства Республики Казахстан от 20 февраля 2027 года № 58",
          "regulation": "Регламент государственной услуги «Выдача архитектурно-планировочного задания», утвержденный постановлением акимата города Шымкент от 6 марта 2027 года № 140",
          "website": None}], "2027-03-09")],
     ctx("ГУ «Управление архитектуры, градостроительства и земельных отношений города Шымкент»", "arch@shymkent-arch.kz", "180440022017",
         [("00701031", "Выдача архитектурно-планировочного задания")], "consulting", None, "update standard and regulation of 00701031"),
     ("change_notice", "ru", "txt", "two changed fields as a dash list; date spelt out in words; a responsible person is mentioned but is not a change"))


# C05 eml Outlook HTML kk, new regulation for two services, reply to our clarification request
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p class=MsoNormal>Қайырлы күн!</p>
<p class=MsoNormal>Нақтылау туралы сұрауыңызға (ЕКЦ-2027/240) жауап ретінде хабарлаймыз: 00604031 және 00604032 қызметтерінің регламенті жаңартылды.</p>
<p class=MsoNormal>Жаңа деректемелер: Маңғыстау облысы әкімдігінің 2027 жылғы 1 наурыздағы № 41 қаулысымен бекітілген регламент.</p>
<p class=MsoNormal>Стандарт пен интернет-ресурс өзгерген жоқ.</p>
<p class=MsoNormal>Құрметпен,<br>Дүйсенбаев Е.М.<br>8 7292 50 18 40</p>
<div style="border-top:solid #E1E1E1 1.0pt"><p class=MsoNormal><b>From:</b> Единый контакт-центр<br><b>Sent:</b> Monday, March 15, 2027<br><b>Subject:</b> ЕКЦ-2027/240</p></div>
<p class=MsoNormal>Регламенттің жаңа деректемелерін нақтылауды сұраймыз.</p></body></html>"""
data = eml("e.duisenbayev@mangystau-enbek.kz", "ekc@egov-contact.kz", "RE: ЕКЦ-2027/240", "Wed, 17 Mar 2027 11:00:00 +0500", None, html=html)
REG = "Маңғыстау облысы әкімдігінің 2027 жылғы 1 наурыздағы № 41 қаулысымен бекітілген регламент"
save("c05-mangystau-reg-kk.eml", data,
     [cn("body", "kk", [{"registry_number": r, "regulation": REG, "standard": None, "website": None} for r in ("00604031", "00604032")], None)],
     ctx("«Маңғыстау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы» ММ", "enbek@mangystau-enbek.kz", "990540001722",
         [("00604031", "Мүгедектігі бар адамдарды санаторийлік-курорттық емдеумен қамтамасыз ету"), ("00604032", "Мүгедектігі бар адамдарға протездік-ортопедиялық көмек ұсыну")],
         "additional_answer", ("ЕКЦ-2027/240", "2027-03-15", "Регламент деректемелерін нақтылау туралы"),
         "update the regulation of two services"),
     ("change_notice", "kk", "eml (HTML-only)", "answer to our clarification (awaiting additional_answer); says standard and website unchanged; act date inside the value is not the change date"))


# C06 pdf ru, state corporation, change of website for one service and new acts for another
data = pdf_bytes([
    ("p", "НАО «Государственная корпорация «Правительство для граждан»\n010000, г. Астана, пр. Мангилик Ел, 55/18"),
    ("p", "№ 01-1-04/4112 от 22.03.2027"),
    ("p", "Единый контакт-центр\nОб актуализации сведений"),
    ("p", "Госкорпорация сообщает об изменениях в ранее представленной информации:"),
    ("table", [["№ в реестре", "Наименование", "Что изменилось", "Новое значение"],
               ["00503019", "Регистрация по месту жительства граждан Республики Казахстан", "Интернет-ресурс", "https://egov.kz/cms/ru/services/pass_address/reg_place"],
               ["00503022", "Снятие с регистрации по месту жительства граждан Республики Казахстан", "Изменения НПА", "приказ Министра внутренних дел Республики Казахстан от 1 марта 2027 года № 160"]],
     [70, 200, 110, 370]),
    ("p", "Дата изменений: 19.03.2027."),
    ("p", "Директор Департамента по обслуживанию населения                     А. Жакупова"),
])
save("c06-gov4c-two-changes.pdf", data,
     [cn("c06-gov4c-two-changes.pdf", "ru", [
         {"registry_number": "00503019", "website": "https://egov.kz/cms/ru/services/pass_address/reg_place", "standard": None, "npa_changes": None},
         {"registry_number": "00503022", "npa_changes": "приказ Министра внутренних дел Республики Казахстан от 1 марта 2027 года № 160", "website": None, "standard": None}], "2027-03-19")],
     ctx("НАО «Государственная корпорация «Правительство для граждан»", "info@gov4c.kz", "160440007161",
         [("00503019", "Регистрация по месту жительства граждан Республики Казахстан"), ("00503022", "Снятие с регистрации по месту жительства граждан Республики Казахстан")],
         "consulting", None, "update the website of 00503019 and the acts of 00503022"),
     ("change_notice", "ru", "pdf", "a what-changed/new-value table, different field per service"))


# C07 eml koi8-r, district akimat, standard changed for four services in one sentence
body = """Добрый день!

Отдел ЖКХ Карасайского района сообщает: в связи с утверждением приказа Министра промышленности и строительства Республики Казахстан от 25 февраля 2027 года N 63 стандарты государственных услуг 00701010, 00701013, 00701020 и 00701021 утверждены в новой редакции - приказом Министра промышленности и строительства Республики Казахстан от 25 февраля 2027 года N 63.

Дата введения в действие - 13 марта 2027 года.

Жумабаев Е.К.
8 727 71 2-14-06
"""
data = eml("ozhkh_karasai@mail.kz", "ekc@egov-contact.kz", "изменения стандартов", "Mon, 15 Mar 2027 09:30:00 +0600", body, charset="koi8-r", cte="8bit")
STD = "приказом Министра промышленности и строительства Республики Казахстан от 25 февраля 2027 года № 63"
save("c07-karasai-4std-koi8.eml", data,
     [cn("body", "ru", [{"registry_number": r, "regulation": None, "website": None} for r in ("00701010", "00701013", "00701020", "00701021")], "2027-03-13")],
     ctx("ГУ «Отдел жилищно-коммунального хозяйства Карасайского района»", "ozhkh_karasai@mail.kz", "041240012345",
         [("00701010", "Выдача разрешения на вырубку деревьев"), ("00701013", "Предоставление информации о зарегистрированных правах на объекты жилищного фонда"),
          ("00701020", "Постановка на учет лиц, нуждающихся в жилище из коммунального жилищного фонда"), ("00701021", "Приватизация жилищ из государственного жилищного фонда")],
         "consulting", None, "update the standard of four services"),
     ("change_notice", "ru", "eml (koi8-r 8bit)", "four services in one sentence; the standard's wording is ambiguous (only the act is named), so standard is not keyed; regulation and website must stay empty"))


# C08 docx kk+ru bilingual, rural okrug, new website, change date Kazakh form
data = docx_bytes([
    ("p", "Меркі ауылдық округі әкімінің аппараты / Аппарат акима Меркенского сельского округа"),
    ("p", "№ 201, 2027 жылғы 2 наурыз"),
    ("p", "Бірыңғай байланыс орталығына"),
    ("p", "00201011, 00201012 мемлекеттік көрсетілетін қызметтері туралы ақпарат орналастырылған интернет-ресурс 2027 жылғы 1 наурыздан бастап өзгерді: www.merki-ao.kz."),
    ("p", "Сообщаем, что с 1 марта 2027 года интернет-ресурс по государственным услугам 00201011, 00201012 изменился: www.merki-ao.kz."),
    ("p", "Округ әкімі / Аким округа                      Б. Төлеуов"),
])
save("c08-merki-website-bilingual.docx", data,
     [cn("c08-merki-website-bilingual.docx", None, [{"registry_number": r, "website": "www.merki-ao.kz", "standard": None, "regulation": None} for r in ("00201011", "00201012")], "2027-03-01")],
     ctx("«Жамбыл облысы Меркі ауданы Меркі ауылдық округі әкімінің аппараты» ММ", "merki_ao@zhambyl.kz", "070240013359",
         [("00201011", "Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру"), ("00201012", "Мал шаруашылығы өнімдерін өндірушілерге анықтама беру")],
         "consulting", None, "update the website of two services"),
     ("change_notice", "kk+ru", "docx", "the same notice in both languages; the URL ends a sentence with a full stop"))


# C09 eml ru, terse, one-line change of acts, no date, quoting nothing
body = """Коллеги, по услуге 00303008 добавились изменения НПА: приказ Министра внутренних дел РК от 10.03.2027 № 188.
Бекмухамбетов А.
"""
data = eml("a.bekmukhambetov@aktobe.police.kz", "ekc@egov-contact.kz", "00303008", "Thu, 18 Mar 2027 19:02:44 +0500", body)
save("c09-aktobe-npa-terse.eml", data,
     [cn("body", "ru", [{"registry_number": "00303008", "npa_changes": "приказ Министра внутренних дел РК от 10.03.2027 № 188", "standard": None, "website": None}], None)],
     ctx("Ақтөбе облысының Полиция департаменті", "kense@aktobe.police.kz", "981040001263",
         [("00303008", "Жүргізуші куәлігін беру")], "consulting", None, "add the changing act to column 6 of 00303008"),
     ("change_notice", "ru", "eml (plain)", "two-line message; the act's date is not a change date; subject is only a number"))


# C10 pdf kk, ministry committee, revised full Appendix 1 row marked 'жаңа редакция' with only regulation differing
data = pdf_bytes([
    ("p", "ҚР Мәдениет және ақпарат министрлігі\nАрхив ісі және құжаттаманы басқару комитеті"),
    ("p", "2027 жылғы 24 наурыз № 04-2-15/2077-И"),
    ("p", "Бірыңғай байланыс орталығына"),
    ("p", "Қағидалардың 6-тармағына сәйкес 01103009 «Архивтік анықтамалар беру» мемлекеттік көрсетілетін қызметінің регламенті өзгергенін хабарлаймыз. Жаңа регламент: Қазақстан Республикасы Мәдениет және ақпарат министрінің 2027 жылғы 18 наурыздағы № 95 бұйрығымен бекітілген «Архивтік анықтамалар беру» мемлекеттік көрсетілетін қызмет регламенті. Бұйрық 2027 жылғы 5 сәуірден бастап қолданысқа енгізіледі."),
    ("p", "Төраға орынбасары                                 С. Ғабдуллин"),
], landscape_=False)
save("c10-mki-archive-reg-kk.pdf", data,
     [cn("c10-mki-archive-reg-kk.pdf", "kk", [{"registry_number": "01103009",
          "regulation": "Қазақстан Республикасы Мәдениет және ақпарат министрінің 2027 жылғы 18 наурыздағы № 95 бұйрығымен бекітілген «Архивтік анықтамалар беру» мемлекеттік көрсетілетін қызмет регламенті",
          "standard": None, "website": None}], "2027-04-05")],
     ctx("Министерство культуры и информации Республики Казахстан", "kense@mki.gov.kz", "990240006654",
         [("01103009", "Выдача архивных справок")], "consulting", None, "update the regulation of 01103009 from 2027-04-05"),
     ("change_notice", "kk", "pdf (portrait letter)", "Kazakh; the act's date and the entry-into-force date both present"))


# C11 xlsx ru, revised table with old/new columns (was/became), one service, website and responsible unchanged
rows = [["Сведения об изменениях по государственной услуге 01201009"], [],
        ["Графа", "Было", "Стало"],
        ["Регламент государственной услуги", "постановление акимата СКО от 16.06.2026 № 151",
         "Регламент государственной услуги «Согласование маршрутов регулярных междугородних автомобильных перевозок пассажиров», утвержденный постановлением акимата Северо-Казахстанской области от 11 марта 2027 года № 59"],
        ["Изменения НПА", "постановление акимата СКО от 02.12.2026 № 288", "постановление акимата СКО от 02.12.2026 № 288"],
        [], ["Исполнитель: Гринько М.О., 8-7152-46-09-12"], ["Дата: 15.03.2027"]]
data = xlsx_bytes([("Лист1", rows, ["A1:C1"], {"A": 35, "B": 45, "C": 80})])
save("c11-sko-was-became.xlsx", data,
     [cn("c11-sko-was-became.xlsx", "ru", [{"registry_number": "01201009",
          "regulation": "Регламент государственной услуги «Согласование маршрутов регулярных междугородних автомобильных перевозок пассажиров», утвержденный постановлением акимата Северо-Казахстанской области от 11 марта 2027 года № 59",
          "standard": None, "website": None}])],
     ctx("ГУ «Управление пассажирского транспорта и автомобильных дорог акимата Северо-Казахстанской области»", "kanc@sko-transport.kz", "050140011208",
         [("01201009", "Согласование маршрутов регулярных междугородних автомобильных перевозок пассажиров")], "consulting", None,
         "update the regulation of 01201009"),
     ("change_notice", "ru", "xlsx", "was/became table: take the 'Стало' value; the acts row is repeated unchanged; 'Дата' is the letter's date, not clearly the change date, so change_date not keyed"))


# C12 eml ru webmail with forwarded chain, national company, standard changed and effective date given as 'со дня опубликования' (no date)
body = """Добрый день, уважаемые коллеги.

Пересылаю для актуализации базы ЕКЦ. По услуге 01601044 изменился стандарт - теперь это Стандарт государственной услуги «Выдача технических условий на подключение к магистральным газопроводам», утвержденный приказом Министра энергетики Республики Казахстан от 26 февраля 2027 года № 70. Вводится в действие по истечении десяти календарных дней после первого официального опубликования.

Ким Виктор
АО «QazaqGaz Аймақ»

-------- Forwarded Message --------
Subject: приказ №70
Date: Mon, 1 Mar 2027 10:00:00 +0500
From: Юридический департамент <legal@qazaqgaz.kz>
To: Служба по работе с потребителями

Коллеги, для сведения: приказ МЭ РК № 70 от 26.02.2027 опубликован в ИПС «Әділет».
"""
data = eml("v.kim@qazaqgaz.kz", "ekc@egov-contact.kz", "Fwd: приказ №70", "Tue, 2 Mar 2027 12:15:00 +0500", body)
save("c12-qazaqgaz-fwd-standard.eml", data,
     [cn("body", "ru", [{"registry_number": "01601044",
          "standard": "Стандарт государственной услуги «Выдача технических условий на подключение к магистральным газопроводам», утвержденный приказом Министра энергетики Республики Казахстан от 26 февраля 2027 года № 70",
          "regulation": None, "website": None}], None)],
     ctx("АО «QazaqGaz Аймақ»", "office@qazaqgaz.kz", "020140000477",
         [("01601044", "Выдача технических условий на подключение к магистральным газопроводам")], "consulting", None, "update the standard of 01601044"),
     ("change_notice", "ru", "eml (plain, forwarded)", "entry into force is relative ('по истечении десяти дней после опубликования'), so change_date is null; forwarded legal note below"))
