"""Part 6: remarks on drafts, bounces, resolution sheets, acts of services, outages."""
from lib import *


def build():
    # ------------------------------------------------------------ 63
    A = ag("ГУ «Управление природных ресурсов и регулирования природопользования Абайской области»", "tabigi@abay.gov.kz", "220940003321")
    S = sv(("00405021", "Выдача разрешения на специальное водопользование"))
    body = ("Добрый день, Жанель!\n\n"
            "Посмотрели ваш проект протокола принятия услуги для консультирования по итогам обучения 24.03. "
            "Подписать в таком виде не можем, нужно поправить:\n"
            "  – в таблице наименование услуги указано по старому стандарту («Выдача разрешения на специальное "
            "водопользование поверхностных вод»), правильно — «Выдача разрешения на специальное водопользование»;\n"
            "  – в шапке у нас Управление природных ресурсов Абайской области, а не Восточно-Казахстанской;\n"
            "  – от нас подписывает заместитель руководителя Омарханов Б.С., а не руководитель.\n\n"
            "Пришлите исправленный вариант, подпишем в тот же день.\n\n"
            "Айдана Курманова\nведущий специалист отдела водных ресурсов\n8 (7222) 52-70-11\n\n"
            "> От: Нуртаева Жанель <zh.nurtaeva@ekc.gov.kz>\n"
            "> Отправлено: 25 марта 2027 г. 16:40\n"
            "> Тема: Протокол по 00405021 на подпись\n"
            "> Айдана, добрый день! Во вложении протокол по итогам вчерашнего обучения, просим подписать.\n")
    data = eml_bytes(("Курманова Айдана", "a.kurmanova@abay.gov.kz"), ("Нуртаева Жанель", "zh.nurtaeva@ekc.gov.kz"),
                     "RE: Протокол по 00405021 на подпись", "Fri, 26 Mar 2027 10:05:44 +0600", body)
    case("p63-zamechaniya-k-protokolu.eml", data,
         [("body", "other", "ru")],
         dict(agency=A, services=S, awaiting="protocol",
              our_letter=ol("ЕКЦ-2027/268", "2027-03-25", "Протокол принятия услуги на подпись"),
              expected_effect="No change: the agency returns remarks on the draft protocol and has not signed it; send a corrected draft."),
         ("remarks on the centre's draft protocol, not signed", "ru",
          "RE: 'Протокол … на подпись', the training date, the registry number, the signatory named — but 'подписать … не можем'"))

    # ------------------------------------------------------------ 64
    A = ag("ГУ «Отдел сельского хозяйства Шуского района»", "agro@shu.gov.kz", "040940003356")
    S = sv(("00106051", "Выдача ветеринарно-санитарного заключения на объекты производства"))
    inner = ("Руководителю ГУ «Отдел сельского хозяйства Шуского района»\n\n"
             "Исх. № ЕКЦ-2027/270 от 26.03.2027\n\n"
             "В соответствии с пунктом 4 Правил взаимодействия Единый контакт-центр просит в течение трех рабочих "
             "дней назначить ответственное лицо и представить информацию по форме приложения 1 по государственной "
             "услуге № 00106051.\n\nРуководитель ЕКЦ\n")
    body = ("This is the mail system at host relay.shu.gov.kz.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "<agro-shu@shu.gov.kz>: host mx.shu.gov.kz[10.12.4.8] said: 550 5.1.1\n"
            "    <agro-shu@shu.gov.kz>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
            "--- Original message ---\n"
            "From: ekc@ekc.gov.kz\n"
            "Subject: ЕКЦ-2027/270 О назначении ответственного лица\n\n" + inner)
    data = eml_bytes(("Mail Delivery System", "MAILER-DAEMON@relay.shu.gov.kz"), "ekc@ekc.gov.kz",
                     "Undelivered Mail Returned to Sender", "Fri, 26 Mar 2027 14:02:09 +0600", body,
                     extra_headers={"Auto-Submitted": "auto-replied"})
    case("p64-nedostavleno.eml", data,
         [("body", "other", None)],
         dict(agency=A, services=S, awaiting="appointment",
              our_letter=ol("ЕКЦ-2027/270", "2027-03-26", "О назначении ответственного лица"),
              expected_effect="No change: the centre's own request bounced (unknown mailbox); resend to the right address."),
         ("bounce of the centre's own request from the agency's mail relay", "en+ru",
          "comes from the agency's domain, quotes the centre's number, 'назначить ответственное лицо' and Appendix 1"))

    # ------------------------------------------------------------ 65
    A = ag("ГУ «Управление пассажирского транспорта и автомобильных дорог города Алматы»", "transport@almaty.gov.kz", "140240028861")
    S = sv(("00302051", "Выдача удостоверения на право управления самоходными машинами"))
    data = docx_bytes([
        ("cb", "ЛИСТ РЕЗОЛЮЦИИ / БҰРЫШТАМА ПАРАҒЫ"),
        ("t", [["Вх. №", "04-1/вх-2219 от 29.03.2027"],
               ["Корреспондент", "Единый контакт-центр"],
               ["Исх. № корреспондента", "ЕКЦ-2027/272 от 26.03.2027"],
               ["Содержание", "О назначении ответственного лица и представлении информации по государственной услуге № 00302051"],
               ["Резолюция", "Тлеубаеву Н.К., Ержанову А.М. — подготовить ответ, определить ответственного. Срок — 31.03.2027."],
               ["Автор резолюции", "Заместитель руководителя Исмаилов Р.Т."],
               ["Дата резолюции", "29.03.2027"],
               ["Отметка об исполнении", ""]]),
    ])
    case("p65-list-rezolyucii.docx", data,
         [("p65-list-rezolyucii.docx", "other", "ru")],
         dict(agency=A, services=S, awaiting="appointment",
              our_letter=ol("ЕКЦ-2027/272", "2027-03-26", "О назначении ответственного лица"),
              expected_effect="No change: the agency's resolution sheet on the centre's letter, exported from its document system; the answer is being prepared."),
         ("resolution sheet on the centre's letter (field|value table)", "ru (kk+ru title)",
          "the centre's number, registry number, names of officers told to 'определить ответственного'"))

    # ------------------------------------------------------------ 66
    A = ag("РГУ «Комитет по делам спорта и физической культуры Министерства туризма и спорта Республики Казахстан»", "sport@mts.gov.kz", "190540024413")
    S = sv(("00708021", "Присвоение спортивного звания «Мастер спорта Республики Казахстан»"))
    data = pdf_bytes([
        ("cb", "АКТ\nоказанных услуг № 3 от 31 марта 2027 года"),
        "по договору № 27-КДС/ИКО от 15.01.2027 на оказание информационно-консультационных услуг (горячая линия Комитета по вопросам присвоения спортивных званий)",
        "Исполнитель: ТОО «Call Kazakhstan Solutions», БИН 160440011872.",
        "Заказчик: РГУ «Комитет по делам спорта и физической культуры МТС РК».",
        ("t", [["№", "Наименование услуг", "Период", "Кол-во обращений", "Сумма, тенге"],
               ["1", "Консультирование граждан по государственной услуге «Присвоение спортивного звания «Мастер спорта Республики Казахстан» (00708021)", "март 2027", "1 126", "2 815 000"],
               ["", "Итого", "", "1 126", "2 815 000"]]),
        "Вышеперечисленные услуги оказаны в полном объеме и в срок. Заказчик претензий по объему, качеству и срокам оказания услуг не имеет. Услуги приняты.",
        ("br",),
        "Исполнитель: _________ Директор Мамбетов Т.К.        Заказчик: _________ Заместитель председателя Оразова А.Е.",
    ])
    case("p66-akt-okazannyh-uslug.pdf", data,
         [("p66-akt-okazannyh-uslug.pdf", "other", "ru")],
         dict(agency=A, services=S, awaiting="protocol",
              our_letter=ol("ЕКЦ-2027/261", "2027-03-10", "О проведении обучения по государственной услуге"),
              expected_effect="No change: an act of consulting services rendered by a private hotline contractor; not the centre's acceptance protocol."),
         ("act of consulting services accepted under a hotline contract", "ru",
          "'консультирование граждан по государственной услуге', the registry number, 'услуги приняты', two signatures and a date"))

    # ------------------------------------------------------------ 67
    A = ag("ГУ «Управление здравоохранения Мангистауской области»", "densaulyk@mangystau.gov.kz", "060740009917")
    S = sv(("00502051", "Выдача справки о временной нетрудоспособности"))
    text = ("ВНИМАНИЕ! ТЕХНИЧЕСКИЕ РАБОТЫ\n\n"
            "Управление здравоохранения Мангистауской области информирует, что 3 апреля 2027 года с 09:00 до 18:00 "
            "в связи с переходом медицинских организаций области на новую медицинскую информационную систему "
            "«Damumed 3.0» будет временно приостановлено формирование электронных справок о временной "
            "нетрудоспособности (госуслуга 00502051).\n\n"
            "В этот период справки выдаются на бумажном носителе, с последующим внесением в систему до 05.04.2027.\n\n"
            "Порядок оказания услуги, Правила ее оказания и ответственные лица не меняются.\n\n"
            "Пресс-служба Управления здравоохранения Мангистауской области\n")
    case("p67-tehnicheskie-raboty.txt", text.encode("cp1251", errors="strict"),
         [("p67-tehnicheskie-raboty.txt", "other", "ru")],
         dict(agency=A, services=S, awaiting="consulting", our_letter=None,
              expected_effect="No change of the form: a one-day technical outage notice (operators may warn callers)."),
         ("one-day technical outage notice for the service, windows-1251", "ru",
          "registry number, 'приостановлено', a date, a changed way of issuing — temporary and explicitly no change to rules or persons"))

    # ------------------------------------------------------------ 68
    A = ag("ГУ «Аппарат акима города Кокшетау»", "apparat@kokshetau.gov.kz", "990740005412")
    S = sv(("00103011", "Выдача справки о наличии (отсутствии) жилья в собственности"))
    body = ("Коллеги, добрый день!\n\n"
            "С 1 апреля 2027 года изменяется график работы аппарата акима города Кокшетау:\n"
            "понедельник - пятница с 09:00 до 18:30, обед с 13:00 до 14:30 (ранее - с 13:00 до 14:00).\n"
            "Прием граждан по личным вопросам акимом города - каждый второй и четвертый четверг месяца с 15:00, "
            "запись по телефону 8 (7162) 29-11-75.\n\n"
            "Прием документов по государственным услугам осуществляется ЦОН и порталом egov.kz в прежнем режиме.\n\n"
            "Общий отдел аппарата акима г. Кокшетау\n")
    data = eml_bytes(("Общий отдел", "apparat@kokshetau.gov.kz"), "ekc@ekc.gov.kz",
                     "Изменение графика работы с 01.04.2027", "Mon, 29 Mar 2027 09:02:50 +0600", body,
                     label_charset=None, charset="koi8-r")
    case("p68-grafik-raboty.eml", data,
         [("body", "other", "ru")],
         dict(agency=A, services=S, awaiting="consulting", our_letter=None,
              expected_effect="No change: new office hours and the akim's reception schedule; services are accepted as before."),
         ("notice of new office hours (koi8-r)", "ru",
          "'Изменение … с 01.04.2027', old and new values — but nothing the Appendix 1 form holds"))

    # ------------------------------------------------------------ 69
    A = ag("«Шығыс Қазақстан облысы Зайсан ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ", "zaisan-enbek@vko.gov.kz", "050240029911")
    S = sv(("00504041", "Атаулы әлеуметтік көмек тағайындау"))
    text = ("Бірыңғай байланыс орталығына\n"
            "2027 жылғы 29 наурыздағы № ЕКЦ-2027/СТ-502 сұрауға\n\n"
            "Азамат Қасымова Ботагөз Ержанқызының (ЖСН 880412400518) атаулы әлеуметтік көмек тағайындау "
            "туралы 2027 жылғы 11 наурыздағы өтініші (№ 00504041 қызмет) бойынша хабарлаймыз: өтініш учаскелік "
            "комиссияда қаралуда, отбасының материалдық жағдайына тексеру 2027 жылғы 31 наурызда жүргізіледі. "
            "Шешім 2027 жылғы 8 сәуірге дейін қабылданады және «Мемлекеттік қызмет көрсету мониторингі» "
            "ақпараттық жүйесіне енгізіледі.\n\n"
            "Бөлім басшысы                          Р. Мұқатаев\n"
            "Орынд. А. Серікбаева, 8 (72340) 2-15-80\n")
    case("p69-otinish-kezeni-kk.txt", text.encode("utf-8"),
         [("p69-otinish-kezeni-kk.txt", "other", "kk")],
         dict(agency=A, services=S, awaiting="consulting",
              our_letter=ol("ЕКЦ-2027/СТ-502", "2027-03-29", "Өтініштің қаралу кезеңі туралы"),
              expected_effect="No change to the service's case: an answer on the stage of one citizen's application (p.13), for the operator handling that call."),
         ("Kazakh answer on the stage of one citizen's application", "kk",
          "a genuine answer to the centre's own number with the registry number and dates — about one applicant, not the service's information"))

    # ------------------------------------------------------------ 70
    A = ag("ГУ «Управление по делам архитектуры, градостроительства и земельных отношений Атырауской области»", "arh@atyrau.gov.kz", "180840012240")
    S = sv(("00202061", "Выдача исходных материалов для разработки проектов строительства"))
    body = ("Уважаемые коллеги,\n\n"
            "Информация по форме приложения 1 была направлена нами ранее, письмом от 12 февраля 2027 года "
            "исх. № 01-09/188, на адрес ekc@ekc.gov.kz. Повторно направить не можем, так как у нас "
            "сменился исполнитель и файл не сохранился, просим поискать в вашей почте.\n\n"
            "Если письмо не найдется, сообщите — подготовим заново, но на это потребуется около недели.\n\n"
            "Бисенгалиева Д.\n")
    data = eml_bytes(("Бисенгалиева Дана", "d.bisengalieva@atyrau.gov.kz"), "ekc@ekc.gov.kz",
                     "Re: напоминание ЕКЦ-2027/274", "Tue, 30 Mar 2027 12:00:31 +0500", body,
                     label_charset="us-ascii", charset="utf-8")
    case("p70-napravlyali-ranee.eml", data,
         [("body", "other", "ru")],
         dict(agency=A, services=S, awaiting="information",
              our_letter=ol("ЕКЦ-2027/274", "2027-03-26", "Напоминание о представлении информации по форме приложения 1"),
              expected_effect="No change: the agency says it sent the form earlier and does not resend it; find the earlier mail or ask again."),
         ("'we already sent it' without the form, with a wrong charset label (utf-8 labelled us-ascii)", "ru",
          "Re: the centre's reminder, names the outgoing number of an earlier answer, 'повторно направить не можем' (not a refusal)"))

    # ------------------------------------------------------------ 71
    A = ag("РГУ «Департамент юстиции Северо-Казахстанской области»", "dj_sko@adilet.gov.kz", "970140001183")
    S = sv(("00601021", "Апостилирование официальных документов, исходящих из органов юстиции"))
    data = pdf_bytes([
        ("c", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПАРЛАМЕНТІ МӘЖІЛІСІНІҢ ДЕПУТАТЫ\nДепутату Мажилиса Парламента Республики Казахстан\nг-ну Ахметбекову Е.Т."),
        "Исх. № 5-03/922 от 31.03.2027\nНа депутатский запрос от 15.03.2027 № ДЗ-114",
        ("b", "Уважаемый Ерлан Токтарович!"),
        "Департамент юстиции Северо-Казахстанской области, рассмотрев Ваш депутатский запрос о сроках апостилирования документов для граждан, выезжающих на учебу за рубеж, сообщает.",
        "Государственная услуга «Апостилирование официальных документов, исходящих из органов юстиции» (№ 00601021 в реестре) оказывается в срок 3 рабочих дня. В 2026 году в области апостилировано 4 312 документов, нарушений сроков не допущено.",
        "Сокращение срока до 1 рабочего дня, о котором Вы просите, потребует внесения изменений в Правила оказания услуги, что относится к компетенции Министерства юстиции Республики Казахстан; Ваше предложение направлено в Министерство (письмо № 5-03/921 от 31.03.2027).",
        "Копия ответа направляется в Единый контакт-центр для использования при консультировании.",
        ("br",),
        "Руководитель департамента                                            С. Жумабаев",
    ])
    case("p71-otvet-deputatu.pdf", data,
         [("p71-otvet-deputatu.pdf", "other", "ru")],
         dict(agency=A, services=S, awaiting="additional_answer",
              our_letter=ol("ЕКЦ-2027/266", "2027-03-12", "О дополнительной информации по услуге 00601021"),
              expected_effect="No change: an answer to an MP's inquiry copied to the centre; it says the matter is the Ministry's competence, but refuses nothing the centre asked."),
         ("answer to an MP's inquiry, copied to the centre", "ru (kk+ru address)",
          "'относится к компетенции Министерства' (reads like a not_competent refusal), registry number, the centre named as recipient of a copy"))

    # ------------------------------------------------------------ 72
    A = ag("ГУ «Отдел образования Аршалынского района»", "bilim@arshaly.gov.kz", "010540002219")
    S = sv(("00501071", "Выдача направления в организации дополнительного образования"))
    body = ("-----Original Message-----\n"
            "From: Каирбекова Сабина\n"
            "Sent: Wednesday, March 31, 2027 3:14 PM\n"
            "To: Омаров Ерлан; Дюсембаева Айгерим; ekc@ekc.gov.kz\n"
            "Subject: RE: ЕКЦ-2027/276 кого назначаем?\n\n"
            "Ерлан Бахытжанович, предлагаю назначить Айгерим Дюсембаеву, она ведет эту услугу с прошлого года. "
            "Если согласны — подготовлю приказ, после подписи отправим в ЕКЦ.\n\n"
            "Сабина\n\n"
            "-----Original Message-----\n"
            "From: Омаров Ерлан\n"
            "Sent: Wednesday, March 31, 2027 11:02 AM\n"
            "To: Каирбекова Сабина\n"
            "Subject: ЕКЦ-2027/276 кого назначаем?\n\n"
            "Сабина, пришло письмо из ЕКЦ про ответственного по направлениям в допобразование. Кого назначим? "
            "Срок три дня.\n")
    data = eml_bytes(("Каирбекова Сабина", "s.kairbekova@arshaly.gov.kz"),
                     [("Омаров Ерлан", "e.omarov@arshaly.gov.kz"), ("Дюсембаева Айгерим", "a.dyusembaeva@arshaly.gov.kz"), "ekc@ekc.gov.kz"],
                     "RE: ЕКЦ-2027/276 кого назначаем?", "Wed, 31 Mar 2027 15:14:22 +0600", body)
    case("p72-vnutrennyaya-perepiska.eml", data,
         [("body", "other", "ru")],
         dict(agency=A, services=S, awaiting="appointment",
              our_letter=ol("ЕКЦ-2027/276", "2027-03-29", "О назначении ответственного лица"),
              expected_effect="No change: internal discussion of a candidate sent to the centre by reply-all; the order is not signed yet."),
         ("internal 'whom shall we appoint' thread accidentally sent to the centre", "ru",
          "subject with the centre's number, 'предлагаю назначить' and a full name — the decision is still to be made"))

    # ------------------------------------------------------------ 73
    A = ag("«Алматы қаласы Медеу ауданы әкімінің аппараты» ММ", "medeu@almaty.gov.kz", "960840001288")
    S = sv(("00103021", "Тұрғын үй көмегін тағайындау"))
    data = docx_bytes([
        ("c", "МЕДЕУ АУДАНЫ ӘКІМІНІҢ АППАРАТЫ"),
        ("cb", "Аудан әкімінің азаматтарды жеке мәселелер бойынша қабылдау КЕСТЕСІ\n2027 жылғы сәуір–маусым"),
        ("t", [["Т.А.Ә.", "Лауазымы", "Қабылдау күні мен уақыты", "Телефон"],
               ["Сағынтаев Данияр Әскерұлы", "аудан әкімі", "әр айдың бірінші сейсенбісі, 15:00–18:00", "8 (727) 264-11-02"],
               ["Кузнецова Ирина Анатольевна", "аудан әкімінің орынбасары (әлеуметтік мәселелер, тұрғын үй көмегі)", "әр бейсенбі, 10:00–13:00", "8 (727) 264-11-07"],
               ["Жүнісов Арман", "аппарат басшысы", "әр жұма, 15:00–17:00", "8 (727) 264-11-04"]]),
        "Алдын ала жазылу: 8 (727) 264-11-00. Қабылдау мекенжайы: Алматы қ., Достық даңғылы, 104, 1-қабат.",
    ])
    case("p73-qabyldau-kestesi.docx", data,
         [("p73-qabyldau-kestesi.docx", "other", "kk")],
         dict(agency=A, services=S, awaiting="appointment",
              our_letter=ol("ЕКЦ-2027/277", "2027-03-30", "Жауапты тұлғаны тағайындау туралы"),
              expected_effect="No change: the akim's reception schedule; the deputy in charge of housing aid is not appointed as the centre's responsible person."),
         ("Kazakh schedule of the akim's reception of citizens", "kk",
          "table of names, positions and phones; one position names the service's area"))

    # ------------------------------------------------------------ 74
    A = ag("ГУ «Управление по вопросам земельных отношений Восточно-Казахстанской области»", "zher@vko.gov.kz", "120640025570")
    S = sv(("00104071", "Выдача разрешения на использование земельного участка для изыскательских работ"))
    card = docx_bytes([
        ("cb", "Сведения о государственной услуге для операторов центров обслуживания населения"),
        ("c", "(по запросу филиала НАО «Государственная корпорация «Правительство для граждан» по ВКО № 17-1/880 от 22.03.2027)"),
        ("t", [["Номер в реестре", "00104071"],
               ["Наименование", "Выдача разрешения на использование земельного участка для изыскательских работ"],
               ["Правила оказания (реквизиты)", "приказ Министра сельского хозяйства РК от 1 октября 2020 года № 301"],
               ["Изменения", "приказ Министра сельского хозяйства РК от 14 декабря 2026 года № 512"],
               ["Интернет-ресурс", "www.gov.kz/memleket/entities/vko-zher"],
               ["Ответственное лицо управления для операторов ЦОН", "Шайхисламова Жанна Серикбаевна, главный специалист, 8 (7232) 57-41-19, zh.shaikhislamova@vko.gov.kz"]]),
        "Исполнитель: Шайхисламова Ж.С.                                  Дата: 01.04.2027",
    ])
    body = ("Филиал НАО «ГК «Правительство для граждан» по ВКО\nкопия: ЕКЦ\n\n"
            "На № 17-1/880 от 22.03.2027 направляем карточку услуги для операторов ЦОН.\n\n"
            "Управление по вопросам земельных отношений ВКО\n")
    data = eml_bytes(("Управление земельных отношений ВКО", "zher@vko.gov.kz"), ["vko@gov4c.kz"],
                     "Карточка услуги 00104071 для ЦОН", "Thu, 01 Apr 2027 10:30:00 +0600", body, cc=["ekc@ekc.gov.kz"],
                     attachments=[("kartochka_00104071.docx", card)])
    case("p74-kartochka-dlya-con.eml", data,
         [("body", "other", "ru"), ("kartochka_00104071.docx", "other", "ru")],
         dict(agency=A, services=S, awaiting="information",
              our_letter=ol("ЕКЦ-2027/278", "2027-03-30", "О представлении информации по форме приложения 1"),
              expected_effect="Not this case's form: a service card for the State Corporation's operators (the centre copied); the centre should ask for its own Appendix 1 answer."),
         ("service card for ЦОН operators, sideways table with all Appendix 1 fields, centre in Cc", "ru",
          "field|value table holding registry number, rules, changes, website and a responsible person with phone/e-mail plus executor and date — addressed to another body"))

    # ------------------------------------------------------------ 75
    A = ag("ГУ «Управление сельского хозяйства Северо-Казахстанской области»", "agro@sko.gov.kz", "030240007716")
    S = sv(("00106061", "Субсидирование стоимости услуг по подаче воды сельскохозяйственным товаропроизводителям"))
    data = xlsx_bytes([("перевод в э-формат", [
        ["Перечень государственных услуг, планируемых к переводу в проактивный формат в 2027–2028 годах (предложения управления)"],
        ["№", "№ в реестре", "Наименование", "Текущий формат", "Планируемый формат", "Планируемый срок", "Необходимые изменения НПА"],
        [1, "00106061", "Субсидирование стоимости услуг по подаче воды сельскохозяйственным товаропроизводителям", "электронный (по заявлению)", "проактивный", "IV квартал 2027", "изменения в Правила субсидирования (приказ МСХ РК № 94) — будут разработаны МСХ РК"],
        [2, "00106064", "Субсидирование по возмещению части расходов на приобретение сельхозтехники", "электронный", "проактивный", "2028", "—"],
        [],
        ["Исполнитель: Баймуханов Т.Ж., 8 (7152) 46-31-08", None, None, None, None, "02.04.2027"],
    ])])
    case("p75-perechen-k-perevodu.xlsx", data,
         [("p75-perechen-k-perevodu.xlsx", "other", "ru")],
         dict(agency=A, services=S, awaiting="consulting", our_letter=None,
              expected_effect="No change: proposals for future changes; the acts are yet to be drafted."),
         ("list of services proposed for a proactive format, with planned act changes", "ru",
          "registry numbers, a column 'необходимые изменения НПА' (like column 6), executor and date under the table — all in the future"))
