# Replies, part B: appointments and replacements, refusals, training protocols. Written by hand.
from lib import *
from replies_a import EKC, D, resp


def build():
    # ------------------------------------------------------------------ k16 appointment, eml plain, genitive/dative forms
    sv = [("00701004", "Тарихи-мәдени мұра объектілерінде ғылыми-реставрациялық жұмыстарды жүргізуге келісім беру")]
    body = ("Бірыңғай байланыс орталығының директорына\n\n"
            "2027 жылғы 12 қаңтардағы № ЕКЦ-2027/019 сұрауыңызға жауап ретінде хабарлаймыз: Ақтөбе облысының "
            "мәдениет, архивтер және құжаттама басқармасында 00701004 мемлекеттік көрсетілетін қызмет бойынша "
            "Бірыңғай байланыс орталығымен хат алмасуға және оқыту өткізуге жауапты тұлға болып тарихи-мәдени "
            "мұраны қорғау бөлімінің бас маманы Құрманғалиева Ақерке Сұлтанқызы тағайындалды.\n\n"
            "Байланыс деректері: +7 (7132) 55-18-02, a.kurmangalieva@aktobe-madeniet.gov.kz.\n\n"
            "Құрманғалиева Ақеркеге барлық сұрақтарды тікелей жолдауға болады.\n\n"
            "Басшының орынбасары                     Т. Есенғұлов\n")
    b = eml(("Ақтөбе облысының мәдениет басқармасы", "kense@aktobe-madeniet.gov.kz"), EKC,
            "Жауапты тұлғаны тағайындау туралы", "Fri, 15 Jan 2027 17:48:02 +0500", text=body)
    save("k16-appointment.eml", b,
         {"documents": [D("body", "responsible_change", "kk",
                          responsible=resp("Құрманғалиева Ақерке Сұлтанқызы",
                                           "тарихи-мәдени мұраны қорғау бөлімінің бас маманы",
                                           "a.kurmangalieva@aktobe-madeniet.gov.kz", "+77132551802"),
                          previous_responsible=None, services=[{"registry_number": "00701004"}])]},
         ctx("Ақтөбе облысының мәдениет, архивтер және құжаттама басқармасы", "kense@aktobe-madeniet.gov.kz",
             "970540001284", sv, "appointment", ("ЕКЦ-2027/019", "2027-01-12", "Жауапты тұлғаны тағайындау туралы сұрау"),
             "record the responsible person, then wait for Appendix 1", True),
         ("responsible_change (appointment)", "kk", "eml", "position before the name; name later repeated in dative without patronymic"))

    # ------------------------------------------------------------------ k17 appointment by order (бұйрық), accusative
    sv = [("00404012", "Бала тууына байланысты біржолғы төлем тағайындау"),
          ("00404013", "Бала күтіміне байланысты жәрдемақы тағайындау")]
    blocks = [("p", "«ҮШҚҰДЫҚ ҚАЛАСЫ ӘКІМІНІҢ АППАРАТЫ» ММ", {"align": "c", "bold": True}),
              ("p", "БҰЙРЫҚ", {"align": "c", "bold": True}),
              ("p", "2027 жылғы 19 қаңтар                  № 14-ж/қ                  Үшқұдық қаласы"),
              ("p", "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлғаны бекіту туралы", {"bold": True}),
              ("p", "Мемлекеттік көрсетілетін қызметтер туралы Заңның 9-бабына және Бірыңғай байланыс орталығының "
                    "2027 жылғы 14 қаңтардағы № ЕКЦ-2027/027 хатына сәйкес БҰЙЫРАМЫН:"),
              ("p", "1. Тізілімдегі № 00404012 және № 00404013 мемлекеттік көрсетілетін қызметтер бойынша Бірыңғай "
                    "байланыс орталығына ақпарат беруге және оның қызметкерлерін оқытуға жауапты тұлға болып "
                    "аппараттың мемлекеттік қызметтер көрсету бөлімінің жетекші маманы Серікбаева Динара Жанатқызы "
                    "тағайындалсын (тел. 8 (7102) 72-33-90, d.serikbaeva@ushkuduk.gov.kz)."),
              ("p", "2. Бұйрықтың орындалуын бақылау аппарат басшысының орынбасары Ә. Нұрпейісовке жүктелсін."),
              ("p", "3. Бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі."),
              ("p", "Аппарат басшысы                                   М. Төлегенов"),
              ("p", "Бұйрықпен таныстым: Серікбаева Д.Ж. ____ 19.01.2027")]
    form = docx(blocks)
    b = eml(("Үшқұдық қаласы әкімінің аппараты", "kense@ushkuduk.gov.kz"), EKC, "Бұйрық № 14-ж/қ",
            "Wed, 20 Jan 2027 09:05:11 +0500",
            text="ЕКЦ-2027/027 хатқа жауап. Бұйрықтың көшірмесі тіркелді.\n\nКеңсе\n",
            attachments=[("buiryq_14.docx", form, DOCX)])
    save("k17-appointment-order.eml", b,
         {"documents": [D("buiryq_14.docx", "responsible_change", "kk",
                          responsible=resp("Серікбаева Динара Жанатқызы",
                                           "аппараттың мемлекеттік қызметтер көрсету бөлімінің жетекші маманы",
                                           "d.serikbaeva@ushkuduk.gov.kz", "87102723390"),
                          previous_responsible=None, effective_date="2027-01-19",
                          services=[{"registry_number": "00404012"}, {"registry_number": "00404013"}])]},
         ctx("«Үшқұдық қаласы әкімінің аппараты» ММ", "kense@ushkuduk.gov.kz", "160240030044", sv, "appointment",
             ("ЕКЦ-2027/027", "2027-01-14", "Жауапты тұлғаны тағайындау туралы"),
             "record the responsible person for two services", True),
         ("responsible_change (appointment)", "kk", "eml+docx", "appointment made by an internal order (бұйрық); another official named in dative for control; effective from signing date"))

    # ------------------------------------------------------------------ k18 replacement, previous as initials in genitive
    sv = [("00201044", "Жер учаскесіне сәйкестендіру құжатын дайындау"),
          ("00201051", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру"),
          ("00201058", "Жер учаскесін бөлу (бөлінбейтіндігі) туралы шешім беру")]
    body = ("Сәлеметсіздер ме,\n\n"
            "Бұрын жауапты болған Төлеуова А.С.-ның басқа жұмысқа ауысуына байланысты 2027 жылғы 3 мамырдан бастап "
            "бөлімнің барлық мемлекеттік көрсетілетін қызметтері (00201044, 00201051, 00201058) бойынша Бірыңғай "
            "байланыс орталығымен жұмысқа жауапты – Мұхтарұлы Ерболат, бөлімнің бас маманы.\n"
            "Тел.: 8 (7212) 41-55-10, моб. 8 777 310 44 26\n"
            "E-mail: e.mukhtaruly@saryb-jer.gov.kz\n\n"
            "Ақпарат үшін.\n\n"
            "Қ. Дүйсенбаев\nбөлім басшысы\n")
    b = eml(("Сарыбұлақ жер қатынастары", "jer@saryb-jer.gov.kz"), EKC, "жауапты маманның ауысуы",
            "Tue, 04 May 2027 15:20:00 +0500", text=body, charset="utf-8", cte="qp")
    save("k18-replacement-initials.eml", b,
         {"documents": [D("body", "responsible_change", "kk",
                          responsible=resp("Мұхтарұлы Ерболат", "бөлімнің бас маманы", "e.mukhtaruly@saryb-jer.gov.kz"),
                          previous_responsible={"full_name": "Төлеуова А.С."}, effective_date="2027-05-03",
                          services=[{"registry_number": s[0]} for s in sv])]},
         ctx("Сарыбұлақ ауданы әкімдігінің жер қатынастары бөлімі", "jer@saryb-jer.gov.kz", "090140021185", sv,
             "consulting", None, "replace the responsible person for three services", True),
         ("responsible_change", "kk", "eml (qp)", "new person has a -ұлы surname and no patronymic; previous named by initials with genitive suffix '-ның'; two phones (phone not keyed)"))

    # ------------------------------------------------------------------ k19 txt utf-8 replacement, effective date in words, genitive names
    sv = [("00904011", "Жылу беру маусымына дайындық паспортын беру")]
    txt = ("ҮШҚҰДЫҚ ҚАЛАСЫ ӘКІМДІГІНІҢ ТҰРҒЫН ҮЙ-КОММУНАЛДЫҚ ШАРУАШЫЛЫҒЫ БӨЛІМІ\n\n"
           "Шығ. № 04-2/96                                   2027 жылғы «28» сәуір\n\n"
           "Бірыңғай байланыс орталығы\n\n"
           "Жауапты тұлғаның ауысуы туралы\n\n"
           "Қағидалардың 7-тармағына сәйкес хабарлаймыз: Жұмағұлов Ерлан Асқарұлының еңбек шартының "
           "тоқтатылуына байланысты 2027 жылғы жиырма алтыншы сәуірден бастап № 00904011 мемлекеттік "
           "көрсетілетін қызмет бойынша жауапты тұлға болып жылумен жабдықтау секторының бас маманы "
           "Байжанова Гүлнар Өмірзаққызы белгіленді.\n\n"
           "Байжанова Гүлнар Өмірзаққызының байланыс деректері:\n"
           "тел. 8 (7102) 72-14-83\n"
           "эл. пошта: g.baizhanova@ushkuduk-tkh.gov.kz\n\n"
           "Бөлім басшысы                                   С. Әбдірахманов\n")
    save("k19-replacement.txt", txt.encode("utf-8"),
         {"documents": [D("k19-replacement.txt", "responsible_change", "kk",
                          responsible=resp("Байжанова Гүлнар Өмірзаққызы", "жылумен жабдықтау секторының бас маманы",
                                           "g.baizhanova@ushkuduk-tkh.gov.kz", "87102721483"),
                          previous_responsible={"full_name": "Жұмағұлов Ерлан Асқарұлы"}, effective_date="2027-04-26",
                          services=[{"registry_number": "00904011"}])]},
         ctx("Үшқұдық қаласы әкімдігінің тұрғын үй-коммуналдық шаруашылығы бөлімі", "tkh@ushkuduk-tkh.gov.kz",
             "160240031176", sv, "consulting", None, "replace the responsible person", True),
         ("responsible_change", "kk", "txt (utf-8, no BOM)", "both names only in genitive (-ұлының/-қызының) besides the one nominative; effective date as an ordinal in words; letter date differs"))

    # ------------------------------------------------------------------ k20 HTML Outlook, bilingual, previous in dative
    sv = [("00802006", "Мүгедектігі бар адамдарға санаторий-курорттық емдеумен қамтамасыз ету үшін құжаттарды ресімдеу"),
          ("00802019", "Үйде қызмет көрсету үшін құжаттарды ресімдеу")]
    html = """<html><body style="font-family:'Times New Roman'">
<div>Құрметті әріптестер,</div><div><br></div>
<div>Бұрын Ержанова Меруерт Болатқызына жүктелген Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі
міндеттер 2027 жылғы 10 маусымнан бастап <b>Әбілқасымов Нұрлан Серікұлына</b> – әлеуметтік көмек бөлімінің
бас маманына жүктелді (бөлімнің 2027 жылғы 9 маусымдағы № 58-ж бұйрығы).</div>
<div>Тел. 8 (7252) 53-04-19, n.abilkasymov@bozt-hqa.gov.kz</div><div><br></div>
<div>Уважаемые коллеги, сообщаем, что с 10 июня 2027 года ответственным за взаимодействие с ЕКЦ по услугам
00802006 и 00802019 вместо Ержановой М.Б. назначен Абилкасымов Нурлан Серикович, главный специалист.</div>
<div><br></div><div>А. Тұрсынбаев</div>
<div style="color:#1F497D;font-size:9pt">ГУ «Отдел занятости и социальных программ Бозталского района»</div>
</body></html>"""
    b = eml(("Тұрсынбаев Асхат", "info@bozt-hqa.gov.kz"), EKC, "Жауапты тұлға / Ответственное лицо",
            "Thu, 10 Jun 2027 10:11:12 +0500", html=html)
    save("k20-replacement-html-bilingual.eml", b,
         {"documents": [D("body", "responsible_change", "kk",
                          responsible=resp("Әбілқасымов Нұрлан Серікұлы", None, "n.abilkasymov@bozt-hqa.gov.kz",
                                           "87252530419"),
                          previous_responsible={"full_name": "Ержанова Меруерт Болатқызы"}, effective_date="2027-06-10",
                          services=[{"registry_number": s[0]} for s in sv])]},
         ctx("«Бозтал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ", "info@bozt-hqa.gov.kz",
             "111040009321", sv, "consulting", None, "replace the responsible person for two services", True),
         ("responsible_change", "kk (then ru)", "eml (HTML only)", "all names in dative (-ына/-қызына); the Russian paragraph gives the same man in Russian spelling (Абилкасымов Нурлан Серикович) - key uses the Kazakh form; registry numbers only in the Russian part"))

    # ------------------------------------------------------------------ k21 pdf appointment national company, several services
    sv = [("01502001", "Газбен жабдықтау жүйелеріне қосылуға техникалық шарттар беру"),
          ("01502004", "Тұрмыстық тұтынушыларға газ есептеуіш құралдарын орнату"),
          ("01502007", "Газбен жабдықтауды қайта қосу")]
    blocks = [("p", "«Сарыарқа Газ Тарату» АҚ\nАО «Сарыарка Газ Распределение»", {"align": "c", "bold": True}),
              ("p", "2027 жылғы 2 ақпан № 11-4/238"),
              ("p", "Бірыңғай байланыс орталығының 2027 жылғы 26 қаңтардағы № ЕКЦ-2027/079 хатына", {"align": "r"}),
              ("p", "Қоғам мынадай қызметтер бойынша Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты қызметкерді "
                    "айқындағанын хабарлайды:"),
              ("table", [["Тізілімдегі №", "Қызметтің атауы"]] + [[s[0], s[1]] for s in sv], {"widths": [80, 380]}),
              ("p", "Жауапты: Тілеубердиев Айбек Нұрланұлы, тұтынушыларға қызмет көрсету департаментінің жетекші "
                    "сарапшысы, тел. +7 (7212) 50-60-14, ішкі 214, a.tileuberdiev@saryarka-gas.kz"),
              ("p", "Вице-президент                                          Д. Жанұзақов"),
              ("p", "Орынд.: Сейітова К., 50-60-02")]
    save("k21-appointment-natcompany.pdf", pdf(blocks),
         {"documents": [D("k21-appointment-natcompany.pdf", "responsible_change", "kk",
                          responsible=resp("Тілеубердиев Айбек Нұрланұлы",
                                           "тұтынушыларға қызмет көрсету департаментінің жетекші сарапшысы",
                                           "a.tileuberdiev@saryarka-gas.kz"),
                          previous_responsible=None, services=[{"registry_number": s[0]} for s in sv])]},
         ctx("«Сарыарқа Газ Тарату» АҚ", "kense@saryarka-gas.kz", "020840006610", sv, "appointment",
             ("ЕКЦ-2027/079", "2027-01-26", "Жауапты тұлғаны тағайындау туралы"), "record the responsible person for three services", True),
         ("responsible_change (appointment)", "kk", "pdf", "services in a table, phone with an extension (not keyed), executor line with another name"))

    # ------------------------------------------------------------------ k22 appointment reply quoting our Russian request
    sv = [("00302033", "Жүргізуші куәлігін беру"), ("00302034", "Көлік құралын тіркеу")]
    body = ("Қайырлы күн!\n\n"
            "Хатыңызға жауап: біздің тарапымыздан жауапты тұлға – Қали Мақпал Ерғалиқызы, халыққа қызмет көрсету "
            "секторының жетекші маманы. Тел. +7 (7292) 30-11-58, mail: m.kali@mangystau-kolik.gov.kz\n\n"
            "1-қосымша нысанын бес жұмыс күні ішінде жолдаймыз.\n\n"
            "С уважением, Кеңсе\n\n"
            "-----Original Message-----\n"
            "From: info@ekc.gov.kz\n"
            "Sent: Monday, February 1, 2027 9:00 AM\n"
            "Subject: Запрос № ЕКЦ-2027/090\n\n"
            "> Уважаемые коллеги! В соответствии с п.5 Правил просим в течение трех рабочих дней назначить\n"
            "> ответственное лицо по услугам 00302033, 00302034. Ранее ответственным по иным услугам\n"
            "> значился Досжанов Ринат Ерланович.\n"
            "> С уважением, ЕКЦ\n")
    b = eml(("Кеңсе", "kense@mangystau-kolik.gov.kz"), EKC, "RE: Запрос № ЕКЦ-2027/090",
            "Wed, 03 Feb 2027 11:01:00 +0500", text=body, extra_headers=[("In-Reply-To", "<ekc-2027-090@ekc.gov.kz>")])
    save("k22-appointment-quoted.eml", b,
         {"documents": [D("body", "responsible_change", "kk",
                          responsible=resp("Қали Мақпал Ерғалиқызы", "халыққа қызмет көрсету секторының жетекші маманы",
                                           "m.kali@mangystau-kolik.gov.kz", "+77292301158"),
                          previous_responsible=None)]},
         ctx("Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасы", "kense@mangystau-kolik.gov.kz",
             "041240013390", sv, "appointment", ("ЕКЦ-2027/090", "2027-02-01", "Запрос о назначении ответственного лица"),
             "record the responsible person", True),
         ("responsible_change (appointment)", "kk", "eml", "short reply above a quoted Russian request that names another person (not previous); no registry numbers in the reply itself (services not keyed)"))

    # ------------------------------------------------------------------ k23 short mobile mail: replacement
    sv = [("00602014", "Спорт түрлері бойынша спорттық разрядтар беру: бірінші спорттық разряд"),
          ("00602015", "Біліктілік санаттарын беру: жаттықтырушыларға екінші санат")]
    body = ("Сәлеметсіз бе. Мен 14 шілдеден бастап декреттік демалыстамын, ЕКЦ бойынша енді Ахметжанов Серік "
            "Бауыржанұлы жауап береді (бас маман, 8 (7232) 57-71-09, s.akhmetzhanov@shygys-sport.gov.kz). "
            "Хаттарды соған жіберіңіздер.\nЛәззат Қасымханова\n\nОтправлено с iPhone")
    b = eml(("Ләззат", "l.kasymkhanova@shygys-sport.gov.kz"), EKC, "Ауыстыру", "Tue, 13 Jul 2027 19:44:51 +0500",
            text=body, cte="8bit")
    save("k23-replacement-mobile.eml", b,
         {"documents": [D("body", "responsible_change", "kk",
                          responsible=resp("Ахметжанов Серік Бауыржанұлы", "бас маман",
                                           "s.akhmetzhanov@shygys-sport.gov.kz", "87232577109"),
                          effective_date="2027-07-14")]},
         ctx("Шығыс Қазақстан облысының дене шынықтыру және спорт басқармасы", "sport@shygys-sport.gov.kz",
             "990840002215", sv, "consulting", None, "replace the responsible person", True),
         ("responsible_change", "kk", "eml (8bit)", "informal first-person note: the previous person is the sender 'Мен' signed given-name-first (previous_responsible left unkeyed); year of the effective date only from the Date header"))

    # ------------------------------------------------------------------ k24 docx letter: replacement with two new people split by service
    sv = [("00101003", "Мекенжай анықтамасын беру"), ("00101009", "Құрылыс объектісіне мекенжай беру")]
    blocks = [("p", "ҚЫЗЫЛОРДА ҚАЛАСЫНЫҢ СӘУЛЕТ ЖӘНЕ ҚАЛА ҚҰРЫЛЫСЫ БӨЛІМІ", {"align": "c", "bold": True}),
              ("p", "2027 жылғы 17 тамыз № 05/1184"),
              ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
              ("p", "Жауапты тұлғаның ауысуы туралы хабарлама", {"bold": True, "align": "c"}),
              ("p", "Бөлімнің жетекші маманы Мырзахметова Индира Ерікқызын 2027 жылғы 16 тамыздағы № 112-ж бұйрықпен "
                    "басқа лауазымға ауыстыруға байланысты 00101003 және 00101009 қызметтері бойынша Бірыңғай "
                    "байланыс орталығымен хат алмасуға жауапты тұлға болып 2027 жылғы 18 тамыздан бастап "
                    "Жолдасбекова Арайлым Қуанышқызы, мекенжай тіркелімін жүргізу секторының бас маманы, тағайындалды."),
              ("p", "Байланыс: 8 (7242) 23-45-67; a.zholdasbekova@kyzylorda-kala.gov.kz"),
              ("p", "Бөлім басшысы                                А. Жолдасбеков")]
    save("k24-replacement-letter.docx", docx(blocks),
         {"documents": [D("k24-replacement-letter.docx", "responsible_change", "kk",
                          responsible=resp("Жолдасбекова Арайлым Қуанышқызы",
                                           "мекенжай тіркелімін жүргізу секторының бас маманы",
                                           "a.zholdasbekova@kyzylorda-kala.gov.kz", "87242234567"),
                          previous_responsible={"full_name": "Мырзахметова Индира Ерікқызы"},
                          effective_date="2027-08-18", services=[{"registry_number": s[0]} for s in sv])]},
         ctx("Қызылорда қаласының сәулет және қала құрылысы бөлімі", "saulet@kyzylorda-kala.gov.kz", "080640014417", sv,
             "consulting", None, "replace the responsible person", True),
         ("responsible_change", "kk", "docx", "previous person in accusative (-қызын); three dates in one sentence (order date, effective date, letter date); signer shares the new person's surname stem"))

    # ================================================================== refusals
    # ------------------------------------------------------------------ k25 not competent
    sv = [("00201070", "Жер пайдалану құқығын беру туралы шешім беру")]
    body = ("Бірыңғай байланыс орталығына\n\n"
            "2027 жылғы 5 ақпандағы № ЕКЦ-2027/108 хатыңызды қарап, мынаны хабарлаймыз.\n\n"
            "Тізілімдегі № 00201070 «Жер пайдалану құқығын беру туралы шешім беру» мемлекеттік қызметін "
            "көрсету аудандық жер қатынастары бөлімінің құзыретіне жатпайды, өйткені 2027 жылғы 1 қаңтардан "
            "бастап бұл қызметті облыстық жер қатынастары басқармасы көрсетеді. Сондықтан сұратылған ақпаратты "
            "ұсына алмаймыз.\n\n"
            "Хатты облыстық басқармаға (kense@qaragandy-jer.gov.kz) жолдауды ұсынамыз.\n\n"
            "Бөлім басшысы Қ. Дүйсенбаев\n")
    b = eml(("Сарыбұлақ жер қатынастары", "jer@saryb-jer.gov.kz"), EKC, "ЕКЦ-2027/108 хатқа жауап",
            "Wed, 10 Feb 2027 14:00:00 +0500", text=body)
    save("k25-refusal-not-competent.eml", b,
         {"documents": [D("body", "refusal", "kk", refusal_ground="not_competent",
                          refusal_reason="аудандық жер қатынастары бөлімінің құзыретіне жатпайды",
                          services=[{"registry_number": "00201070"}])]},
         ctx("Сарыбұлақ ауданы әкімдігінің жер қатынастары бөлімі", "jer@saryb-jer.gov.kz", "090140021185", sv,
             "information", ("ЕКЦ-2027/108", "2027-02-05", "1-қосымша бойынша ақпарат сұрау"),
             "mark the request refused (not competent), redirect to the oblast department", True),
         ("refusal (not_competent)", "kk", "eml", "no 'reason:' label; redirect address in the letter"))

    # ------------------------------------------------------------------ k26 docx commercial secret
    sv = [("01502004", "Тұрмыстық тұтынушыларға газ есептеуіш құралдарын орнату")]
    blocks = [("p", "«Сарыарқа Газ Тарату» АҚ", {"align": "c", "bold": True}),
              ("p", "2027 жылғы 22 наурыз № 11-4/611"),
              ("p", "Бірыңғай байланыс орталығы", {"align": "r"}),
              ("p", "Сіздің 2027 жылғы 15 наурыздағы № ЕКЦ-2027/201 хатыңызға"),
              ("p", "Сіз 01502004 қызметі бойынша есептеуіш құралдарын орнату құнының калькуляциясын және мердігер "
                    "ұйымдармен жасалған шарттардың талаптарын сұрадыңыз. Қоғам бұл сұрауды орындаудан бас тартады: "
                    "калькуляция мен шарт талаптары коммерциялық құпияны құрайтын мәліметтер болып табылады. "
                    "Тұтынушыларға арналған бағалар тізбесі қоғамның сайтында жарияланған."),
              ("p", "Бас тарту негізі: Қағидалардың 11-тармағының 1) тармақшасы."),
              ("p", "Вице-президент                                          Д. Жанұзақов")]
    save("k26-refusal-commercial.docx", docx(blocks),
         {"documents": [D("k26-refusal-commercial.docx", "refusal", "kk", refusal_ground="commercial_secret",
                          refusal_reason="калькуляция мен шарт талаптары коммерциялық құпияны құрайтын мәліметтер болып табылады",
                          services=[{"registry_number": "01502004"}])]},
         ctx("«Сарыарқа Газ Тарату» АҚ", "kense@saryarka-gas.kz", "020840006610", sv, "additional_answer",
             ("ЕКЦ-2027/201", "2027-03-15", "Қосымша ақпарат сұрау (п.11)"), "record the lawful refusal (commercial secret)", True),
         ("refusal (commercial_secret)", "kk", "docx", "ground stated as a clause reference line, reason in a separate sentence"))

    # ------------------------------------------------------------------ k27 txt protected secret (personal data), kz1048? utf-8 with BOM
    sv = [("00404012", "Бала тууына байланысты біржолғы төлем тағайындау")]
    txt = ("Үшқұдық қаласы әкімінің аппараты\n"
           "2027 ж. 6 сәуір, № 02-18/331\n\n"
           "Бірыңғай байланыс орталығына\n\n"
           "Сіздің 2027 жылғы 31 наурыздағы № ЕКЦ-2027/233 хатыңызға жауап береміз.\n\n"
           "№ 00404012 қызметі бойынша сұратылған өтініш берушілердің тізімін (ТАӘ, ЖСН, мекенжайы) ұсыну мүмкін емес.\n"
           "Себебі: көрсетілген мәліметтер заңмен қорғалатын дербес деректерге жатады және оларды үшінші тұлғаларға "
           "беру субъектінің келісімінсіз жүзеге асырылмайды.\n\n"
           "Қызметті көрсету тәртібі бойынша жалпы түсініктемені жауапты маман Серікбаева Д.Ж. телефон арқылы беруге дайын.\n\n"
           "Аппарат басшысы М. Төлегенов\n")
    save("k27-refusal-personal-data.txt", b"\xef\xbb\xbf" + txt.encode("utf-8"),
         {"documents": [D("k27-refusal-personal-data.txt", "refusal", "kk", refusal_ground="protected_secret",
                          refusal_reason="көрсетілген мәліметтер заңмен қорғалатын дербес деректерге жатады",
                          services=[{"registry_number": "00404012"}])]},
         ctx("«Үшқұдық қаласы әкімінің аппараты» ММ", "kense@ushkuduk.gov.kz", "160240030044", sv, "additional_answer",
             ("ЕКЦ-2027/233", "2027-03-31", "Қосымша ақпарат сұрау"), "record the lawful refusal (protected secret)", True),
         ("refusal (protected_secret)", "kk", "txt (utf-8 with BOM)", "'Себебі:' label on its own line; UTF-8 BOM; offers a phone consultation instead"))

    # ------------------------------------------------------------------ k28 pdf state secret, bilingual
    sv = [("01101005", "Әскери есепке алу туралы анықтама беру")]
    blocks = [("p", "Көктерек ауданының қорғаныс істері жөніндегі бөлімі\nОтдел по делам обороны Коктерекского района",
               {"align": "c", "bold": True}),
              ("p", "12.04.2027 № 4/1-209"),
              ("p", "Бірыңғай байланыс орталығына\nЕдиному контакт-центру", {"align": "r"}),
              ("p", "2027 жылғы 5 сәуірдегі № ЕКЦ-2027/247 сұрауыңыз бойынша 01101005 қызметі жөнінде әскери есепке "
                    "алынғандардың саны мен құрамы туралы мәліметтерді беруден бас тартамыз, себебі бұл мәліметтер "
                    "мемлекеттік құпияларға жатады."),
              ("p", "На Ваш запрос от 5 апреля 2027 года № ЕКЦ-2027/247 сообщаем, что сведения о численности и "
                    "составе военнообязанных не могут быть предоставлены, так как составляют государственные секреты."),
              ("p", "Бөлім бастығы / Начальник отдела                          подполковник Б. Сыздықов")]
    save("k28-refusal-state-secret.pdf", pdf(blocks),
         {"documents": [D("k28-refusal-state-secret.pdf", "refusal", "kk", refusal_ground="state_secret",
                          refusal_reason="бұл мәліметтер мемлекеттік құпияларға жатады",
                          services=[{"registry_number": "01101005"}])]},
         ctx("Көктерек ауданының қорғаныс істері жөніндегі бөлімі", "kense@koktherek-qorganys.gov.kz", "010340004471",
             sv, "additional_answer", ("ЕКЦ-2027/247", "2027-04-05", "Қосымша ақпарат сұрау"),
             "record the lawful refusal (state secret)", True),
         ("refusal (state_secret)", "kk (+ru)", "pdf", "same refusal in Kazakh and in Russian; key reason is the Kazakh clause"))

    # ------------------------------------------------------------------ k29 eml refusal other ground: service excluded from register
    sv = [("00303040", "Ауыл шаруашылығы жануарларын бірдейлендіру")]
    body = ("Құрметті Бірыңғай байланыс орталығы!\n\n"
            "ЕКЦ-2027/259 хатқа жауап ретінде: 00303040 «Ауыл шаруашылығы жануарларын бірдейлендіру» бойынша "
            "1-қосымша нысанын толтыру мүмкін емес, себебі бұл қызмет Үкіметтің 2027 жылғы 29 наурыздағы "
            "қаулысымен мемлекеттік көрсетілетін қызметтер тізілімінен алып тасталды.\n\n"
            "Уважаемый ЕКЦ, дублируем: услуга 00303040 исключена из реестра госуслуг, заполнить форму невозможно.\n\n"
            "Бекенова С.\n")
    b = eml(("Бекенова Салтанат", "s.bekenova@zhetisu-agro.gov.kz"), EKC, "Re: ЕКЦ-2027/259",
            "Mon, 19 Apr 2027 08:40:00 +0500", text=body, charset="utf-8")
    save("k29-refusal-other.eml", b,
         {"documents": [D("body", "refusal", "kk", refusal_ground="other",
                          refusal_reason="бұл қызмет Үкіметтің 2027 жылғы 29 наурыздағы қаулысымен мемлекеттік көрсетілетін қызметтер тізілімінен алып тасталды",
                          services=[{"registry_number": "00303040"}])]},
         ctx("Жетісу облысының ауыл шаруашылығы басқармасы", "kense@zhetisu-agro.gov.kz", "220140005518", sv,
             "information", ("ЕКЦ-2027/259", "2027-04-12", "1-қосымша бойынша ақпарат"),
             "record the refusal (service excluded from the register); operator decides", True),
         ("refusal (other)", "kk (+ru)", "eml", "reason is neither a secret nor competence; a date inside the reason"))

    # ================================================================== training protocols
    # ------------------------------------------------------------------ k30 docx хаттама
    sv = [("00501017", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектеп жасына дейінгі балаларды кезекке қою")]
    blocks = [("p", "ХАТТАМА № 7", {"align": "c", "bold": True}),
              ("p", "мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы",
               {"align": "c"}),
              ("p", "Көктерек ауылы                                              2027 жылғы 18 ақпан"),
              ("p", "Қатысқандар: Бірыңғай байланыс орталығынан – аға оператор Жандосова Аяулым Ерікқызы, оператор "
                    "Мәлікова Сания; Көктерек ауданының білім бөлімінен – бас маман Сәрсенбаева Гүлжан Әбілқызы."),
              ("p", "Бірыңғай байланыс орталығының қызметкерлеріне төмендегі қызметті көрсету тәртібі бойынша оқыту "
                    "өткізілді. Қызмет консультация беру үшін қабылданды."),
              ("table", [["№", "Тізілімдегі нөмірі", "Қызметтің атауы", "Оқыту нысаны"],
                         ["1", sv[0][0], sv[0][1], "онлайн (бейнебайланыс)"]]),
              ("p", "Қол қойғандар:"),
              ("table", [["Бірыңғай байланыс орталығы", "Көктерек ауданының білім бөлімі"],
                         ["__________ А. Жандосова", "__________ Г. Сәрсенбаева"]])]
    save("k30-training-protocol.docx", docx(blocks),
         {"documents": [D("k30-training-protocol.docx", "training_protocol", "kk", protocol_date="2027-02-18",
                          services=[{"registry_number": "00501017"}])]},
         ctx("«Ақмола облысы Көктерек ауданының білім бөлімі» ММ", "kanc@koktherek-bilim.kz", "140340012457", sv,
             "protocol", ("ЕКЦ-2027/088", "2027-01-28", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
             "mark the service accepted for consulting", True),
         ("training_protocol", "kk", "docx", "two tables (services and signatures); people's names in the protocol must not be taken as responsible"))

    # ------------------------------------------------------------------ k31 pdf protocol bilingual, three services
    sv = [("00201044", "Жер учаскесіне сәйкестендіру құжатын дайындау"),
          ("00201051", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру"),
          ("00201058", "Жер учаскесін бөлу (бөлінбейтіндігі) туралы шешім беру")]
    blocks = [("p", "Мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультация беру үшін "
                    "қабылдауы туралы ХАТТАМА\nПРОТОКОЛ принятия государственных услуг для консультирования",
               {"align": "c"}),
              ("p", "Күні / Дата: 2027 жылғы 2 наурыз / 2 марта 2027 г.          Өткізілген орны: Сарыбұлақ а., Тәуелсіздік к., 3"),
              ("table", [["№", "Тізілімдегі № / № в реестре", "Атауы / Наименование"]] +
               [[str(i + 1), s[0], s[1]] for i, s in enumerate(sv)], {"widths": [25, 110, 340]}),
              ("p", "Оқыту өткізілді, сұрақтарға жауап берілді. Қызметтер консультацияға қабылданды. Консультация "
                    "беру 2027 жылғы 10 наурыздан басталады."),
              ("p", "ББО атынан / От ЕКЦ: Тұрғанбаева Ж. ________     Бөлім атынан / От отдела: Төлеуова А.С. ________")]
    save("k31-training-protocol-bilingual.pdf", pdf(blocks),
         {"documents": [D("k31-training-protocol-bilingual.pdf", "training_protocol", "kk", protocol_date="2027-03-02",
                          services=[{"registry_number": s[0]} for s in sv])]},
         ctx("Сарыбұлақ ауданы әкімдігінің жер қатынастары бөлімі", "jer@saryb-jer.gov.kz", "090140021185", sv,
             "protocol", ("ЕКЦ-2027/102", "2027-02-03", "1-қосымша нысаны бойынша ақпарат сұрау"),
             "mark three services accepted for consulting", True),
         ("training_protocol", "kk (+ru)", "pdf", "bilingual title and date; a second later date (start of consulting) in the text"))

    # ------------------------------------------------------------------ k32 eml with protocol docx + covering note
    sv = [("01502001", "Газбен жабдықтау жүйелеріне қосылуға техникалық шарттар беру"),
          ("01502007", "Газбен жабдықтауды қайта қосу")]
    form = docx([("p", "ОҚЫТУ ХАТТАМАСЫ", {"align": "c", "bold": True}),
                 ("p", "Қарағанды қ.                                                      15.02.2027"),
                 ("p", "«Сарыарқа Газ Тарату» АҚ-ның жауапты қызметкері Тілеубердиев А.Н. Бірыңғай байланыс "
                       "орталығының операторлары үшін мына қызметтер бойынша оқыту өткізді: "
                       "01502001 – Газбен жабдықтау жүйелеріне қосылуға техникалық шарттар беру; "
                       "01502007 – Газбен жабдықтауды қайта қосу."),
                 ("p", "Шешім: аталған қызметтер Бірыңғай байланыс орталығының консультация беруіне қабылдансын. "
                       "01502004 қызметі бойынша оқыту келесі аптаға ауыстырылды."),
                 ("p", "Қолдар: ББО ______ Нұрғалиева М.     Қоғам ______ Тілеубердиев А.Н.")])
    b = eml(("Тілеубердиев Айбек", "a.tileuberdiev@saryarka-gas.kz"), EKC, "Хаттама (қол қойылған)",
            "Tue, 16 Feb 2027 10:30:00 +0500",
            text="Қайырлы таң! Кешегі оқыту хаттамасы екі жақтың қолымен тіркелді. 01502004 бойынша оқытуды "
                 "23 ақпанға келістік.\n\nАйбек Тілеубердиев\n",
            attachments=[("hattama_15.02.2027.docx", form, DOCX)])
    save("k32-training-protocol-attached.eml", b,
         {"documents": [D("hattama_15.02.2027.docx", "training_protocol", "kk", protocol_date="2027-02-15",
                          services=[{"registry_number": "01502001"}, {"registry_number": "01502007"}])]},
         ctx("«Сарыарқа Газ Тарату» АҚ", "kense@saryarka-gas.kz", "020840006610",
             sv + [("01502004", "Тұрмыстық тұтынушыларға газ есептеуіш құралдарын орнату")], "protocol",
             ("ЕКЦ-2027/079", "2027-01-26", "Жауапты тұлғаны тағайындау туралы"),
             "mark 01502001 and 01502007 accepted; 01502004 still waits for training", True),
         ("training_protocol", "kk", "eml+docx", "services listed inline in a sentence, a third registry number mentioned as postponed (not accepted, not keyed); date in the file name"))
