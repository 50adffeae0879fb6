"""Part 7: journals, copies to the State Corporation, dates proposed, receipts, old threads."""
from lib import *
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header


def build():
    # ------------------------------------------------------------ 76
    A = ag("ГУ «Управление по контролю за использованием и охраной земель Туркестанской области»", "zhergebaqylau@turkistan.gov.kz", "190240030014")
    S = sv(("00104081", "Выдача заключения об использовании земельного участка по целевому назначению"))
    data = xlsx_bytes([("Исходящие", [
        ["Журнал регистрации исходящей корреспонденции (выписка за 01.04.2027–05.04.2027)"],
        ["Исх. №", "Дата", "Адресат", "Краткое содержание", "Исполнитель", "Способ отправки"],
        ["04-08/511", "01.04.2027", "Акимат Сарыагашского района", "О проверке земель сельхозназначения", "Абдикаримов Н.", "ЕСЭДО"],
        ["04-08/512", "02.04.2027", "Единый контакт-центр", "О назначении ответственного лица (на ЕКЦ-2027/279)", "Турганбаева А.", "ЕСЭДО — не отправлено (на подписи)"],
        ["04-08/513", "02.04.2027", "ТОО «Агро-Түркістан»", "Предписание об устранении нарушений", "Абдикаримов Н.", "нарочно"],
        ["04-08/514", "05.04.2027", "Прокуратура области", "Информация о проверках за I квартал", "Сейтжанов Е.", "ЕСЭДО"],
    ])])
    case("p76-zhurnal-ishodyashchih.xlsx", data,
         [("p76-zhurnal-ishodyashchih.xlsx", "other", "ru")],
         dict(agency=A, services=S, awaiting="appointment",
              our_letter=ol("ЕКЦ-2027/279", "2027-03-30", "О назначении ответственного лица"),
              expected_effect="No change: an extract of the outgoing journal showing the answer is still 'на подписи'; the appointment itself has not arrived."),
         ("extract of the outgoing-mail journal listing the answer to the centre as not yet sent", "ru",
          "a row 'Единый контакт-центр — О назначении ответственного лица (на ЕКЦ-2027/279)' with an executor"))

    # ------------------------------------------------------------ 77
    A = ag("«Маңғыстау облысының жер қатынастары басқармасы» ММ", "zher@mangystau.gov.kz", "070240013315")
    S = sv(("00104091", "Жер учаскесіне құқық беру туралы шешім қабылдау"))
    body = ("«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ Маңғыстау облысы бойынша филиалының директорына\n"
            "Көшірмесі: Бірыңғай байланыс орталығы\n\n"
            "Шығ. № 02-05/377, 2027 жылғы 5 сәуір\n\n"
            "Басқарма ХҚКО-мен өзара іс-қимыл бойынша жауапты тұлғаның ауысқаны туралы хабарлайды: "
            "2027 жылғы 6 сәуірден бастап ХҚКО операторларынан түсетін құжаттар пакетін қабылдауға және "
            "қайтаруға жауапты болып бас маман Жұмағұлов Бекзат Ерланұлы (8 (7292) 31-44-09, "
            "b.zhumagulov@mangystau.gov.kz) тағайындалды; бұрынғы жауапты — Құдайбергенова Әлия Серікқызы "
            "басқа жұмысқа ауысты.\n\n"
            "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға өзгерген жоқ.\n\n"
            "Басшының орынбасары                 Т. Әміров\n")
    data = eml_bytes(("Жер қатынастары басқармасы", "zher@mangystau.gov.kz"), ["mangystau@gov4c.kz"],
                     "Жауапты тұлғаның ауысуы туралы (ХҚКО)", "Mon, 05 Apr 2027 09:45:12 +0500", body, cc=["ekc@ekc.gov.kz"])
    case("p77-auysu-con-kopiya-kk.eml", data,
         [("body", "other", "kk")],
         dict(agency=A, services=S, awaiting="consulting", our_letter=None,
              expected_effect="No change: the replaced person handles document packages from ЦОН operators; the letter says the centre's responsible person is unchanged."),
         ("Kazakh notice to the State Corporation replacing its contact person, centre in copy", "kk",
          "new and previous person, effective date, phone and e-mail — the p.7 shape, but for ЦОН; one line says the centre's person did not change"))

    # ------------------------------------------------------------ 78
    A = ag("ГУ «Управление физической культуры и спорта Атырауской области»", "sport@atyrau.gov.kz", "090340026610")
    S = sv(("00708031", "Выдача справки о спортивных достижениях"))
    plain = ("Добрый день!\n\nПо вашему письму ЕКЦ-2027/281 предлагаем провести обучение операторов по услуге "
             "«Выдача справки о спортивных достижениях» (00708031) 14 апреля 2027 г. в 11:00 по времени Астаны "
             "в формате видеоконференции (Teams). Обучение проведет Сагындыкова Асель Маратовна, главный специалист "
             "отдела спорта. Продолжительность — около 1,5 часа.\n\nПросьба подтвердить дату.\n\n"
             "С уважением,\nА. Сагындыкова\n8 (7122) 27-30-48\n")
    html = ("<html><body><div style='font-family:Calibri;font-size:11pt'><p>Добрый день!</p>"
            "<p>По вашему письму <b>ЕКЦ-2027/281</b> предлагаем провести обучение операторов по услуге "
            "«Выдача справки о спортивных достижениях» (00708031) <b>14 апреля 2027 г. в 11:00</b> по времени Астаны "
            "в формате видеоконференции (Teams). Обучение проведет Сагындыкова Асель Маратовна, главный специалист "
            "отдела спорта. Продолжительность — около 1,5 часа.</p><p>Просьба подтвердить дату.</p>"
            "<p>С уважением,<br>А. Сагындыкова<br>8 (7122) 27-30-48</p></div></body></html>")
    data = eml_bytes(("Сагындыкова Асель", "a.sagyndykova@atyrau.gov.kz"), "ekc@ekc.gov.kz",
                     "RE: ЕКЦ-2027/281 обучение", "Tue, 06 Apr 2027 14:25:00 +0500", plain, alt_html=html)
    case("p78-predlagaem-datu.eml", data,
         [("body", "other", "ru")],
         dict(agency=A, services=S, awaiting="protocol",
              our_letter=ol("ЕКЦ-2027/281", "2027-04-01", "О проведении обучения по государственной услуге"),
              expected_effect="No change: a proposed date for the training; the protocol comes after it."),
         ("proposal of a training date (multipart/alternative Outlook mail)", "ru",
          "RE: the centre's number, 'обучение', a date, the registry number and the trainer's name"))

    # ------------------------------------------------------------ 79
    A = ag("ГУ «Отдел государственных услуг акимата Алтайского района»", "gu@altai-vko.gov.kz", "180540012287")
    S = sv(("00103031", "Выдача справки о наличии подсобного хозяйства"))
    pol = pdf_bytes([
        ("r", "Утверждено\nпостановлением акимата Алтайского района\nот 02 апреля 2027 года № 118"),
        ("cb", "ПОЛОЖЕНИЕ\nо государственном учреждении «Отдел государственных услуг акимата Алтайского района»"),
        ("b", "1. Общие положения"),
        "1. ГУ «Отдел государственных услуг акимата Алтайского района» является государственным органом Республики Казахстан, осуществляющим руководство в сфере оказания государственных услуг на территории района.",
        "2. Место нахождения: Восточно-Казахстанская область, Алтайский район, г. Алтай, ул. Советская, 81.",
        ("b", "2. Задачи и функции"),
        "3. Функции: 1) организация оказания государственных услуг аппаратами акимов сельских округов; 2) внутренний контроль за качеством оказания государственных услуг; 3) взаимодействие с Единым контакт-центром и Государственной корпорацией в порядке, установленном законодательством.",
        ("b", "3. Организация деятельности"),
        "4. Руководство отделом осуществляет руководитель, назначаемый на должность и освобождаемый от должности акимом района.",
    ])
    body = ("\n--\nС уважением,\nОтдел государственных услуг акимата Алтайского района\nтел. 8 (72336) 2-18-40\n")
    data = eml_bytes(("Отдел госуслуг Алтайский р-н", "gu@altai-vko.gov.kz"), "ekc@ekc.gov.kz",
                     "Положение", "Wed, 07 Apr 2027 16:02:18 +0600", body,
                     attachments=[("Положение ОГУ Алтайский.pdf", pol)])
    case("p79-polozhenie.eml", data,
         [("body", "other", "ru"), ("Положение ОГУ Алтайский.pdf", "other", "ru")],
         dict(agency=A, services=S, awaiting="appointment",
              our_letter=ol("ЕКЦ-2027/282", "2027-04-01", "О назначении ответственного лица"),
              expected_effect="No change: the office's new statute, which lists cooperation with the centre among functions but appoints no one."),
         ("a signature-only mail with the office's new statute attached", "ru",
          "empty covering text, an approved act with number and date that names the centre among its functions"))

    # ------------------------------------------------------------ 80
    A = ag("Министерство сельского хозяйства Республики Казахстан", "kanc@moa.gov.kz", "980440000177")
    S = sv(("00106071", "Выдача лицензии на деятельность по хранению зерна"))
    text = ("Fw: Указ о назначении\n\n"
            "Коллеги, для сведения.\n\n"
            "Указом Президента Республики Казахстан от 7 апреля 2027 года № 812 Министром сельского хозяйства "
            "Республики Казахстан назначен Сарбасов Айдос Кенжебекович, освобожден от этой должности "
            "Жамбылов Серик Маратович.\n\n"
            "Пресс-служба МСХ РК\n\n"
            "-- \n"
            "Этот текст выгружен из ЕСЭДО, документ № 01-1/4120 от 08.04.2027 (тип: информационное письмо), "
            "адресаты: подведомственные организации, Единый контакт-центр, территориальные инспекции.\n")
    case("p80-ukaz-ministr.txt", text.encode("utf-8"),
         [("p80-ukaz-ministr.txt", "other", "ru")],
         dict(agency=A, services=S, awaiting="consulting", our_letter=None,
              expected_effect="No change: news that a new Minister is appointed and the previous one relieved; the services' responsible persons are not affected."),
         ("information letter on a new Minister (Presidential decree)", "ru",
          "'назначен … освобожден' — new and previous person with a date, from the agency itself"))

    # ------------------------------------------------------------ 81
    A = ag("ГУ «Управление координации занятости и социальных программ Карагандинской области»", "enbek@karaganda.gov.kz", "050140019925")
    S = sv(("00504051", "Назначение специального государственного пособия"), ("00504053", "Оформление документов на инвалидов для предоставления им кресла-коляски"))
    data = docx_bytes([
        ("c", "ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ ЖҰМЫСПЕН ҚАМТУДЫ ҮЙЛЕСТІРУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ"),
        ("cb", "ПРИКАЗ № 64-п\nот 08 апреля 2027 года"),
        ("b", "О создании рабочей группы по мониторингу качества оказания государственных услуг"),
        "В целях повышения качества оказания государственных услуг в сфере социальной защиты ПРИКАЗЫВАЮ:",
        "1. Создать рабочую группу в следующем составе:",
        ("t", [["Руководитель группы", "Жумагалиева Сандугаш Ерболовна — заместитель руководителя управления"],
               ["Секретарь", "Ковтун Наталья Сергеевна — главный специалист отдела государственных услуг"],
               ["Члены", "Бекенов Арман — руководитель отдела социальной помощи; Ахметова Дина Кайратовна — руководитель отдела реабилитации инвалидов; Исмаилов Тимур — юрист"]]),
        "2. Рабочей группе ежеквартально анализировать жалобы услугополучателей, в том числе поступившие через Единый контакт-центр, по услугам № 00504051 и № 00504053.",
        "3. Контроль за исполнением приказа возложить на заместителя руководителя Жумагалиеву С.Е.",
        ("br",),
        "Руководитель управления                                              Е. Бейсенов",
    ])
    case("p81-prikaz-rabochaya-gruppa.docx", data,
         [("p81-prikaz-rabochaya-gruppa.docx", "other", "ru")],
         dict(agency=A, services=S, awaiting="appointment",
              our_letter=ol("ЕКЦ-2027/284", "2027-04-02", "О назначении ответственного лица"),
              expected_effect="No change: an order creating a working group on complaints; not an appointment of the centre's responsible person."),
         ("order creating a monitoring working group with named members", "ru (kk header)",
          "signed order with names and positions, registry numbers and the centre mentioned"))

    # ------------------------------------------------------------ 82
    A = ag("«Абай облысының ішкі саясат басқармасы» ММ", "ishki@abay.gov.kz", "220940005587")
    S = sv(("00710012", "Діни әдебиетті және діни мазмұндағы өзге де ақпараттық материалдарды тарату үшін үй-жайлардың орналасуын келісу"))
    body = ("Құрметті әріптестер! Уважаемые коллеги!\n\n"
            "2027 жылғы наурыз айына арналған талдамалық есепті алдық, ескертулер жоқ. Басқармаға қатысты "
            "өтініштер бойынша шаралар қабылданды.\n\n"
            "Аналитический отчет за март 2027 года получили, замечаний нет. По обращениям, касающимся управления, "
            "меры приняты.\n\n"
            "Рақмет! Спасибо!\n\nМұхаметжанова Г., 8 (7222) 56-20-71\n")
    data = eml_bytes(("Мұхаметжанова Гүлнұр", "g.mukhametzhanova@abay.gov.kz"), "ekc@ekc.gov.kz",
                     "Re: Талдамалық есеп / Аналитический отчет за март", "Fri, 09 Apr 2027 10:10:10 +0600", body)
    case("p82-otchet-poluchen.eml", data,
         [("body", "other", None)],
         dict(agency=A, services=S, awaiting="consulting", our_letter=None,
              expected_effect="No change: acknowledgement of the centre's monthly analytic report."),
         ("bilingual acknowledgement of the centre's monthly report", "kk+ru",
          "Re: to the centre, 'меры приняты', from the agency — but nothing for the service's case"))

    # ------------------------------------------------------------ 83
    A = ag("ГУ «Управление строительства Акмолинской области»", "stroi@akmola.gov.kz", "050740020016")
    S = sv(("00202071", "Выдача разрешения на производство строительно-монтажных работ"))
    data = xlsx_bytes([("Анкета", [
        ["Анкета оценки взаимодействия государственных органов с Единым контакт-центром (I квартал 2027 года)"],
        ["Вопрос", "Ответ"],
        ["Наименование госоргана", "ГУ «Управление строительства Акмолинской области»"],
        ["Сколько услуг вашего органа принято ЕКЦ для консультирования?", "1 (00202071)"],
        ["Проводилось ли обучение сотрудников ЕКЦ в отчетном периоде?", "нет"],
        ["Были ли отказы в представлении информации в ЕКЦ?", "не было"],
        ["Изменялись ли сведения о госуслугах (стандарт, правила, НПА, интернет-ресурс)?", "нет"],
        ["Оценка качества консультирования ЕКЦ (1–5)", 4],
        ["Предложения", "направлять запросы через ЕСЭДО, а не на e-mail"],
        ["Ф.И.О., должность заполнившего", "Сарсембаев Нуржан Толегенович, главный специалист, 8 (7162) 25-09-31"],
        ["Дата", "09.04.2027"],
    ])])
    case("p83-anketa.xlsx", data,
         [("p83-anketa.xlsx", "other", "ru")],
         dict(agency=A, services=S, awaiting="consulting", our_letter=None,
              expected_effect="No change: a filled satisfaction survey; it reports no changes and no refusals."),
         ("filled survey on cooperation with the centre (question|answer sheet)", "ru",
          "questions about refusals, changes and training, the registry number, a filler with position and phone and a date"))

    # ------------------------------------------------------------ 84
    A = ag("ГУ «Управление ветеринарии Туркестанской области»", "vet@turkistan.gov.kz", "180940023318")
    S = sv(("00402031", "Выдача ветеринарного паспорта на животное"))
    root = MIMEMultipart("report", report_type="disposition-notification")
    root.attach(MIMEText("Сообщение\n\n  Кому: vet@turkistan.gov.kz\n  Тема: ЕКЦ-2027/286 О представлении информации по форме приложения 1\n"
                         "  Отправлено: 07.04.2027 10:15\n\nбыло прочитано 09.04.2027 11:48.\n", "plain", "utf-8"))
    mdn = MIMEBase("message", "disposition-notification")
    mdn.set_payload("Reporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;vet@turkistan.gov.kz\r\n"
                    "Original-Message-ID: <ekc-2027-286@ekc.gov.kz>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
    root.attach(mdn)
    root["From"] = "vet@turkistan.gov.kz"
    root["To"] = "ekc@ekc.gov.kz"
    root["Subject"] = Header("Прочитано: ЕКЦ-2027/286 О представлении информации по форме приложения 1", "utf-8")
    root["Date"] = "Fri, 09 Apr 2027 11:48:03 +0500"
    root["Message-ID"] = "<mdn-286-vet@turkistan.gov.kz>"
    case("p84-prochitano.eml", root.as_bytes(),
         [("body", "other", "ru")],
         dict(agency=A, services=S, awaiting="information",
              our_letter=ol("ЕКЦ-2027/286", "2027-04-07", "О представлении информации по форме приложения 1"),
              expected_effect="No change: a read receipt (MDN) for the centre's request."),
         ("Outlook read receipt (multipart/report MDN) for the centre's letter", "ru",
          "from the agency's address, the centre's number and 'форма приложения 1' in the subject"))

    # ------------------------------------------------------------ 85
    A = ag("ГУ «Управление по вопросам молодежной политики Акмолинской области»", "zhastar@akmola.gov.kz", "130840014419")
    S = sv(("00710021", "Включение в реестр молодежных ресурсных центров"))
    data = pdf_bytes([
        ("cb", "ПРОТОКОЛ\nприемки в промышленную эксплуатацию информационной системы «Электронная очередь молодежных ресурсных центров Акмолинской области»"),
        "г. Кокшетау                                                                           09.04.2027 № 2",
        "Комиссия, созданная приказом руководителя управления от 01.04.2027 № 31, в составе: Касенов Р.Т. (председатель), Дорошенко А.В., Избасарова М.К., представитель разработчика ТОО «Smart Region Soft» Ли Д.Е.",
        "рассмотрела результаты опытной эксплуатации системы (с 01.02.2027 по 31.03.2027) и установила: система работает устойчиво, замечания опытной эксплуатации устранены (акт от 02.04.2027).",
        "РЕШЕНИЕ: принять информационную систему в промышленную эксплуатацию с 12.04.2027. Запись в молодежные ресурсные центры (в том числе для подачи заявления на услугу № 00710021) ведется через систему.",
        ("t", [["Председатель", "_________ Р. Касенов"], ["Члены комиссии", "_________ А. Дорошенко\n_________ М. Избасарова\n_________ Д. Ли"]], [150, 300]),
    ])
    case("p85-protokol-priemki-is.pdf", data,
         [("p85-protokol-priemki-is.pdf", "other", "ru")],
         dict(agency=A, services=S, awaiting="protocol",
              our_letter=ol("ЕКЦ-2027/285", "2027-04-05", "О проведении обучения по государственной услуге"),
              expected_effect="No change: a protocol accepting an information system into operation; not the centre's acceptance of the service."),
         ("protocol accepting an information system into operation", "ru",
          "'ПРОТОКОЛ приемки', commission, signatures, date, registry number, 'принять … с 12.04.2027'"))

    # ------------------------------------------------------------ 86
    A = ag("«Жетісу облысы Көксу ауданы әкімінің аппараты» ММ", "koksu@zhetysu.gov.kz", "011040004428")
    S = sv(("00105021", "Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру"))
    text = ("КӨКСУ АУДАНЫ ӘКІМІНІҢ АППАРАТЫ\n"
            "2027 жылғы 12 сәуір № 03-19/401\n\n"
            "Ауылдық округтер әкімдеріне\n"
            "(Көшірмесі: Бірыңғай байланыс орталығы — мәлімет үшін)\n\n"
            "Бірыңғай байланыс орталығына 1414 нөмірі арқылы түскен азаматтардың өтініштеріне байланысты "
            "тапсырамын:\n\n"
            "1. «Жеке қосалқы шаруашылықтың бар екені туралы анықтама беру» (№ 00105021) мемлекеттік қызметін "
            "көрсету кезінде азаматтардан Қағидаларда көзделмеген құжаттарды (мал басының фотосуреттері, "
            "көршілердің қолхаттары) талап етуге жол берілмесін.\n"
            "2. Әрбір ауылдық округте мемлекеттік қызмет көрсетуге жауапты маманды анықтап, 2027 жылғы "
            "20 сәуірге дейін аппаратқа тізімін ұсыну.\n"
            "3. Анықтамаларды тек «электрондық үкімет» порталы арқылы беру.\n\n"
            "Аппарат басшысы                     С. Бекболатов\n")
    case("p86-auyl-akimderine-kk.txt", text.encode("utf-8"),
         [("p86-auyl-akimderine-kk.txt", "other", "kk")],
         dict(agency=A, services=S, awaiting="appointment",
              our_letter=ol("ЕКЦ-2027/287", "2027-04-06", "Жауапты тұлғаны тағайындау туралы"),
              expected_effect="No change: instructions to rural akims (the centre in copy) to pick responsible specialists of their own; no one is appointed for the centre."),
         ("Kazakh instruction to rural akims, centre in copy", "kk",
          "outgoing number, registry number, 'жауапты маманды анықтап' — a task for others, not an appointment"))

    # ------------------------------------------------------------ 87
    A = ag("«Атырау облысының дін істері басқармасы» ММ", "din@atyrau.gov.kz", "130240011178")
    S = sv(("00709011", "Діни бірлестіктердің ғибадат үйлерін (ғимараттарын) салу және орналасқан жерін айқындау туралы шешім беру"))
    body = ("Құрметті Бірыңғай байланыс орталығы!\n\n"
            "№ ЕКЦ-2027/288 хатыңыз бойынша 2027 жылғы 15 сәуірге белгіленген оқытуды 2027 жылғы 29 сәуірге "
            "ауыстыруды сұраймыз, себебі жауапты маманымыз Гүлбану Сейілқызы 12–23 сәуір аралығында біліктілікті "
            "арттыру курсында болады.\n\n"
            "Оқытудан кейін хаттамаға қол қоюға дайынбыз.\n\n"
            "Құрметпен,\nбасшының орынбасары Н. Құрманғазиев\n")
    data = eml_bytes(("Дін істері басқармасы", "din@atyrau.gov.kz"), "ekc@ekc.gov.kz",
                     "Оқыту мерзімін ауыстыру туралы (ЕКЦ-2027/288)", "Mon, 12 Apr 2027 08:58:40 +0500", body)
    case("p87-oqytu-auystyru-kk.eml", data,
         [("body", "other", "kk")],
         dict(agency=A, services=S, awaiting="protocol",
              our_letter=ol("ЕКЦ-2027/288", "2027-04-06", "Оқыту өткізу туралы"),
              expected_effect="No change: a request to move the training to 29 April; the protocol will follow."),
         ("Kazakh request to postpone the training", "kk",
          "the centre's number, 'оқыту', 'хаттама', a date and the responsible specialist's name"))

    # ------------------------------------------------------------ 88
    A = ag("ГУ «Управление архитектуры и градостроительства города Костаная»", "arh@kostanay-city.gov.kz", "060540017723")
    S = sv(("00202081", "Выдача справки по определению адреса объектов недвижимости"), ("00202084", "Выдача разрешения на снос объекта"))
    body = ("Асем, добрый день!\n\n"
            "По услуге «Выдача разрешения на снос объекта» (00202084) обучение еще не проводили — "
            "предлагаем 21 апреля после обеда, протокол подпишем в тот же день. Материалы для обучения "
            "пришлем накануне.\n\n"
            "Мадина\n\n"
            "________________________________\n"
            "От: Асем Жусупова <a.zhusupova@ekc.gov.kz>\n"
            "Отправлено: 9 апреля 2027 г. 17:20\n"
            "Тема: RE: RE: протокол по 00202081\n\n"
            "Мадина, а по второй услуге (00202084) когда обучение?\n\n"
            "________________________________\n"
            "От: Мадина Сыздыкова <m.syzdykova@kostanay-city.gov.kz>\n"
            "Отправлено: 3 июня 2026 г. 12:05\n"
            "Тема: RE: протокол по 00202081\n\n"
            "Протокол принятия услуги 00202081 для консультирования подписан 02.06.2026, скан во вложении к "
            "предыдущему письму. Обучено 9 сотрудников ЕКЦ.\n")
    data = eml_bytes(("Мадина Сыздыкова", "m.syzdykova@kostanay-city.gov.kz"), ("Асем Жусупова", "a.zhusupova@ekc.gov.kz"),
                     "RE: RE: RE: протокол по 00202081", "Mon, 12 Apr 2027 11:31:02 +0600", body)
    case("p88-cepochka-staryy-protokol.eml", data,
         [("body", "other", "ru")],
         dict(agency=A, services=S, awaiting="protocol",
              our_letter=ol("ЕКЦ-2027/289", "2027-04-07", "О проведении обучения по услуге 00202084"),
              expected_effect="No change: the new text only proposes a training date for 00202084; the quoted 'протокол … подписан 02.06.2026' is last year's and for the other service."),
         ("thread whose old quoted part says a protocol was signed in 2026", "ru",
          "subject 'протокол по 00202081', a quoted 'Протокол … подписан' with date and number trained; the new text is a proposal"))

    # ------------------------------------------------------------ 89
    A = ag("ГУ «Управление здравоохранения Северо-Казахстанской области»", "densaulyk@sko.gov.kz", "020440012264")
    S = sv(("00502061", "Выдача лицензии на фармацевтическую деятельность"))
    data = docx_bytes([
        ("cb", "ИНФОРМАЦИЯ\nо работе с обращениями физических и юридических лиц за I квартал 2027 года"),
        "Управление здравоохранения СКО, исх. № 01-18/640 от 13.04.2027. Адресат: аппарат акима области; копия: Единый контакт-центр.",
        ("t", [["Источник поступления", "Количество", "Рассмотрено в срок", "Из них по госуслугам"],
               ["e-Otinish", "412", "409", "37"],
               ["Единый контакт-центр 1414 (запросы ЕКЦ)", "58", "58", "58"],
               ["Личный прием", "96", "96", "4"],
               ["Итого", "566", "563", "99"]]),
        "По государственной услуге № 00502061 поступило 21 обращение (сроки рассмотрения лицензии, перечень документов). Ответы ЕКЦ направлялись в среднем за 1,8 рабочего дня.",
        "Ответственный за работу с обращениями: Петренко Оксана Викторовна, главный специалист, 8 (7152) 46-70-15.",
    ])
    case("p89-informaciya-ob-obrashcheniyah.docx", data,
         [("p89-informaciya-ob-obrashcheniyah.docx", "other", "ru")],
         dict(agency=A, services=S, awaiting="consulting", our_letter=None,
              expected_effect="No change: a quarterly report on handling appeals; the 'responsible for appeals' is not a new responsible for the centre."),
         ("quarterly report on appeals, with the centre's requests counted and a named 'ответственный'", "ru",
          "counts 'запросы ЕКЦ' and 'ответы ЕКЦ', the registry number, a person 'ответственный' with phone"))

    # ------------------------------------------------------------ 90
    A = ag("ГУ «Управление цифровых технологий Жамбылской области»", "cifra@zhambyl.gov.kz", "210340011187")
    S = sv(("00901041", "Выдача справки о наличии или отсутствии недвижимого имущества у физического лица"))
    body = ("Уважаемые коллеги!\n\n"
            "В связи с вашим письмом ЕКЦ-2027/290: ответ по форме будет направлен через ЕСЭДО. Также сообщаем, что всю корреспонденцию для управления с 19 апреля "
            "2027 года необходимо направлять только через Единую систему электронного документооборота (ЕСЭДО) "
            "либо на новый общий адрес kense@zhambyl-cifra.gov.kz. Прежний адрес cifra@zhambyl.gov.kz "
            "будет отключен.\n\n"
            "Это касается канцелярии; ответственное лицо по государственной услуге № 00901041 и его контакты "
            "остаются прежними.\n\n"
            "Канцелярия управления\n")
    data = eml_bytes(("Канцелярия", "cifra@zhambyl.gov.kz"), "ekc@ekc.gov.kz",
                     "Изменение адреса электронной почты управления", "Wed, 14 Apr 2027 15:15:15 +0500", body,
                     charset="windows-1251")
    case("p90-novyy-adres-pochty.eml", data,
         [("body", "other", "ru")],
         dict(agency=A, services=S, awaiting="information",
              our_letter=ol("ЕКЦ-2027/290", "2027-04-08", "О представлении информации по форме приложения 1"),
              expected_effect="No change to the form: the agency's general mailbox changes (update the agency's contact address); the responsible person stays; the form is still awaited."),
         ("notice of the agency's new general e-mail address", "ru (cp1251)",
          "'Изменение', old and new address, a date, the centre's number — yet the responsible and the service info are unchanged"))
