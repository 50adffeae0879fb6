# Replies, part A: Appendix 1 forms and change notices. Every text written by hand.
from lib import *

EKC = ("Бірыңғай байланыс орталығы", "info@ekc.gov.kz")


def D(part, kind, lang=None, **f):
    d = {"part": part, "kind": kind}
    if lang:
        d["language"] = lang
    d.update(f)
    return d


def resp(full_name, position=None, email=None, phone=None):
    r = {"full_name": full_name}
    if position is not None:
        r["position"] = position
    if email is not None:
        r["email"] = email
    if phone is not None:
        r["phone"] = phone
    return r


def build():
    # ------------------------------------------------------------------ k01
    std = ("Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 11 наурыздағы № 84 бұйрығымен бекітілген "
           "«Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектеп жасына дейінгі балаларды кезекке қою» "
           "мемлекеттік көрсетілетін қызмет стандарты")
    reg = "Ақмола облысы әкімдігінің 2026 жылғы 2 маусымдағы № А-6/271 қаулысымен бекітілген регламент"
    col8 = ("Сәрсенбаева Гүлжан Әбілқызы, мектепке дейінгі тәрбие секторының бас маманы, "
            "тел.: 8 (71644) 2-17-35, g.sarsenbaeva@koktherek-bilim.kz")
    blocks = [
        ("p", "«Ақмола облысы Көктерек ауданының білім бөлімі» мемлекеттік мекемесі", {"align": "c", "bold": True}),
        ("p", "021400, Көктерек ауылы, Абай көшесі, 14. Тел.: 8 (71644) 2-10-01", {"align": "c"}),
        ("p", "Шығ. № 02-14/118, 2027 жылғы 4 ақпан"),
        ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
        ("p", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру жөніндегі сұрауға", {"align": "c", "bold": True}),
        ("table", [
            ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы",
             "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерін көрсете отырып)",
             "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерін көрсете отырып)",
             "Нормативтік құқықтық актілердің өзгерістері",
             "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
             "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"],
            ["1", "00501017", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектеп жасына дейінгі балаларды кезекке қою",
             std, reg, "—", "www.egov.kz", col8],
        ]),
        ("p", "Орындаған: Нұрмағанбетов Әлібек Темірұлы"),
        ("p", "Күні: 2027 жылғы «4» ақпан"),
    ]
    save("k01-form-kk-1row.docx", docx(blocks, landscape=True),
         {"documents": [D("k01-form-kk-1row.docx", "appendix1_form", "kk", services=[{
             "registry_number": "00501017",
             "service_name": "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектеп жасына дейінгі балаларды кезекке қою",
             "standard": std, "regulation": reg, "npa_changes": None, "website": "www.egov.kz",
             "responsible": resp("Сәрсенбаева Гүлжан Әбілқызы", "мектепке дейінгі тәрбие секторының бас маманы",
                                 "g.sarsenbaeva@koktherek-bilim.kz", "87164421735")}],
             executor={"full_name": "Нұрмағанбетов Әлібек Темірұлы", "date": "2027-02-04"})]},
         ctx("«Ақмола облысы Көктерек ауданының білім бөлімі» ММ", "kanc@koktherek-bilim.kz", "140340012457",
             [("00501017", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектеп жасына дейінгі балаларды кезекке қою")],
             "information", ("ЕКЦ-2027/088", "2027-01-28", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
             "fill the service card from the form; wait for training", True),
         ("appendix1_form", "kk", "docx", "Kazakh-only headers, letterhead above, executor 'Орындаған' and date in Kazakh words under the table, dash in col 6"))

    # ------------------------------------------------------------------ k02 xlsx, split header + column numbers, 3 rows
    s1 = ("Жер учаскесіне сәйкестендіру құжатын дайындау", "00201044")
    s2 = ("Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру", "00201051")
    s3 = ("Жер учаскесін бөлу (бөлінбейтіндігі) туралы шешім беру", "00201058")
    stdA = ("Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 1 қазандағы № 312 бұйрығымен бекітілген стандарт")
    regA = "Қарағанды облысы әкімдігінің 2026 жылғы 19 қарашадағы № 74/02 қаулысы"
    regB = "Қарағанды облысы әкімдігінің 2026 жылғы 19 қарашадағы № 74/03 қаулысы"
    npaA = ("ҚР Ауыл шаруашылығы министрінің 2027 жылғы 9 қаңтардағы № 6 «№ 312 бұйрыққа өзгерістер енгізу туралы» бұйрығы")
    rows = [
        ["Сарыбұлақ ауданы әкімдігінің жер қатынастары бөлімі", None, None, None, None, None, None, None],
        ["Бірыңғай байланыс орталығының сұрауы бойынша ақпарат (Қағидаларға 1-қосымша)", None, None, None, None, None, None, None],
        ["№", "Мемлекеттік көрсетілетін қызмет", None, "Стандарт", "Регламент", "НҚА өзгерістері",
         "Интернет-ресурс", "Жауапты тұлға (ТАӘ, лауазымы, байланыс)"],
        [None, "тізілімдегі нөмірі", "атауы", "(деректемелері)", "(деректемелері)", None, None, None],
        [1, 2, 3, 4, 5, 6, 7, 8],
        [1, s1[1], s1[0], stdA, regA, npaA, "https://saryb-jer.gov.kz/qyzmet",
         "Төлеуова Айым Серікқызы\nбөлімнің бас маманы\n+7 (7212) 41-55-09\na.toleuova@saryb-jer.gov.kz"],
        [2, s2[1], s2[0], stdA, regB, "жоқ", "https://saryb-jer.gov.kz/qyzmet",
         "Төлеуова Айым Серікқызы\nбөлімнің бас маманы\n+7 (7212) 41-55-09\na.toleuova@saryb-jer.gov.kz"],
        [3, s3[1], s3[0], stdA, "Қарағанды облысы әкімдігінің 2026 жылғы 19 қарашадағы № 74/05 қаулысы", "жоқ",
         "www.egov.kz", "Бекмұхамбетов Дәурен Қайратұлы, жетекші маман, 8 7212 41 55 12"],
        [],
        ["Орындаушы: Төлеуова А.С.", None, None, None, None, None, "2027 ж. 11 ақпан", None],
    ]
    xb = xlsx([("1-қосымша", rows, {"merge": ["A1:H1", "A2:H2", "B3:C3", "A3:A4", "F3:F4", "G3:G4", "H3:H4"],
                                   "widths": {"A": 5, "B": 12, "C": 30, "D": 35, "E": 30, "F": 30, "G": 22, "H": 32}})])
    tol = resp("Төлеуова Айым Серікқызы", "бөлімнің бас маманы", "a.toleuova@saryb-jer.gov.kz", "+77212415509")
    save("k02-form-kk-split-header.xlsx", xb,
         {"documents": [D("k02-form-kk-split-header.xlsx", "appendix1_form", "kk", services=[
             {"registry_number": s1[1], "service_name": s1[0], "standard": stdA, "regulation": regA, "npa_changes": npaA,
              "website": "saryb-jer.gov.kz/qyzmet", "responsible": tol},
             {"registry_number": s2[1], "service_name": s2[0], "standard": stdA, "regulation": regB, "npa_changes": None,
              "website": "saryb-jer.gov.kz/qyzmet", "responsible": tol},
             {"registry_number": s3[1], "service_name": s3[0], "standard": stdA,
              "regulation": "Қарағанды облысы әкімдігінің 2026 жылғы 19 қарашадағы № 74/05 қаулысы", "npa_changes": None,
              "website": "www.egov.kz",
              "responsible": resp("Бекмұхамбетов Дәурен Қайратұлы", "жетекші маман", None, "87212415512")}],
             executor={"full_name": "Төлеуова А.С.", "date": "2027-02-11"})]},
         ctx("Сарыбұлақ ауданы әкімдігінің жер қатынастары бөлімі", "jer@saryb-jer.gov.kz", "090140021185",
             [(s1[1], s1[0]), (s2[1], s2[0]), (s3[1], s3[0])], "information",
             ("ЕКЦ-2027/102", "2027-02-03", "1-қосымша нысаны бойынша ақпарат сұрау"),
             "fill three service cards; responsible Төлеуова", True),
         ("appendix1_form", "kk", "xlsx", "title rows, header split over two rows with merged cells, column-number row, 'жоқ' for empty col 6, col 8 on four lines, executor as initials, date '2027 ж. 11 ақпан' in a side cell"))

    # ------------------------------------------------------------------ k03 pdf bilingual headers
    sv = [("00802006", "Мүгедектігі бар адамдарға санаторий-курорттық емдеумен қамтамасыз ету үшін құжаттарды ресімдеу"),
          ("00802019", "Үйде қызмет көрсету үшін құжаттарды ресімдеу")]
    stdp = ("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 25 тамыздағы № 277 бұйрығы")
    rows = [["№\n№ п/п", "Тізілімдегі нөмірі\n№ в реестре", "Қызмет атауы\nНаименование услуги",
             "Стандарт\nСтандарт услуги", "Регламент\nРегламент услуги", "НҚА өзгерістері\nИзменения НПА",
             "Интернет-ресурс", "Жауапты тұлға\nОтветственное лицо"],
            ["1", sv[0][0], sv[0][1], stdp, "—", "—", "www.egov.kz",
             "Ержанова Меруерт Болатқызы – әлеуметтік көмек бөлімінің басшысы, m.erzhanova@bozt-hqa.gov.kz, 8 (7252) 53-04-17"],
            ["2", sv[1][0], sv[1][1], stdp, "—", "—", "www.egov.kz",
             "Ержанова Меруерт Болатқызы – әлеуметтік көмек бөлімінің басшысы, m.erzhanova@bozt-hqa.gov.kz, 8 (7252) 53-04-17"]]
    blocks = [("p", "«Бозтал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ\n"
                    "ГУ «Отдел занятости и социальных программ Бозталского района»", {"align": "c"}),
              ("p", "Бірыңғай байланыс орталығының 2027 жылғы 20 қаңтардағы № ЕКЦ-2027/061 хатына жауап", {"bold": True}),
              ("table", rows, {"widths": [25, 62, 110, 140, 60, 60, 80, 215]}),
              ("p", "Орындаған / Исполнитель: Әміров Бауыржан Қанатұлы, тел. 53-04-22"),
              ("p", "Күні / Дата: 29.01.2027")]
    er = resp("Ержанова Меруерт Болатқызы", "әлеуметтік көмек бөлімінің басшысы", "m.erzhanova@bozt-hqa.gov.kz", "87252530417")
    save("k03-form-bilingual.pdf", pdf(blocks, landscape=True),
         {"documents": [D("k03-form-bilingual.pdf", "appendix1_form", "kk", services=[
             {"registry_number": sv[0][0], "service_name": sv[0][1], "standard": stdp, "regulation": None,
              "npa_changes": None, "website": "www.egov.kz", "responsible": er},
             {"registry_number": sv[1][0], "service_name": sv[1][1], "standard": stdp, "regulation": None,
              "npa_changes": None, "website": "www.egov.kz", "responsible": er}],
             executor={"full_name": "Әміров Бауыржан Қанатұлы", "date": "2027-01-29"})]},
         ctx("«Бозтал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ", "info@bozt-hqa.gov.kz",
             "111040009321", sv, "information", ("ЕКЦ-2027/061", "2027-01-20", "Ақпарат сұрау / Запрос информации"),
             "fill two service cards", True),
         ("appendix1_form", "kk", "pdf", "headers two-line Kazakh/Russian in each cell, regulation is a dash (null), executor line carries a phone"))

    # ------------------------------------------------------------------ k04 eml + docx attachment, covering note kk
    svc = ("01602003", "Ветеринариялық-санитариялық қорытынды беру")
    stdv = ("Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 7 мамырдағы № 158 бұйрығымен бекітілген "
            "«Ветеринариялық-санитариялық қорытынды беру» мемлекеттік көрсетілетін қызмет стандарты")
    form = docx([
        ("p", "1-қосымша нысаны", {"align": "r"}),
        ("table", [["№", "Тізілім бойынша нөмірі", "Атауы", "Стандарт", "Регламент", "НҚА-ға енгізілген өзгерістер",
                    "Интернет-ресурс", "Жауапты тұлға"],
                   ["1", "01602003", svc[1], stdv, "бекітілмеген", "-", "www.gov.kz/memleket/entities/qaraterek-vet",
                    "Оспанов Нұрсұлтан Ерболұлы, ветеринариялық бақылау бөлімінің бас ветеринариялық инспекторы, "
                    "+7 701 455 20 31"]]),
        ("p", ""),
        ("p", "Орындаушы _____________ Оспанов Н.Е."),
        ("p", "«16» ақпан 2027 ж."),
    ], landscape=True)
    body = ("Құрметті әріптестер!\n\n"
            "Сіздердің 2027 жылғы 9 ақпандағы № ЕКЦ-2027/117 хатыңызға сәйкес Қаратерек ауданының ветеринария "
            "бөлімі көрсететін мемлекеттік қызмет бойынша 1-қосымша нысанын жолдаймыз.\n\n"
            "Қосымша: 1 парақ.\n\n"
            "Құрметпен,\nбөлім басшысы Ж. Сағындықов\n\n"
            "---\nОрындаушы: Оспанов Н.Е.\nтел. +7 701 455 20 31\n")
    b = eml(("Қаратерек ауданының ветеринария бөлімі", "vet@qaraterek.gov.kz"), EKC,
            "1-қосымша нысаны (Ветеринариялық-санитариялық қорытынды)", "Tue, 16 Feb 2027 11:42:10 +0500",
            text=body, attachments=[("1-kosymsha_vet.docx", form, DOCX)])
    save("k04-form-in-attachment.eml", b,
         {"documents": [D("1-kosymsha_vet.docx", "appendix1_form", "kk", services=[
             {"registry_number": "01602003", "service_name": svc[1], "standard": stdv, "npa_changes": None,
              "website": "www.gov.kz/memleket/entities/qaraterek-vet",
              "responsible": resp("Оспанов Нұрсұлтан Ерболұлы",
                                  "ветеринариялық бақылау бөлімінің бас ветеринариялық инспекторы", None, "+77014552031")}],
             executor={"full_name": "Оспанов Н.Е.", "date": "2027-02-16"})]},
         ctx("Қаратерек ауданының ветеринария бөлімі", "vet@qaraterek.gov.kz", "050540017732", [svc], "information",
             ("ЕКЦ-2027/117", "2027-02-09", "1-қосымша нысанын ұсыну туралы"), "fill the service card", True),
         ("appendix1_form", "kk", "eml+docx", "covering note in body (not keyed), regulation cell says 'бекітілмеген' (not approved; left unkeyed), mobile phone in col 8 without e-mail"))

    # ------------------------------------------------------------------ k05 docx form turned on its side
    svc = ("00904011", "Жылу беру маусымына дайындық паспортын беру")
    stdq = ("ҚР Өнеркәсіп және құрылыс министрінің 2026 жылғы 30 шілдедегі № 244 бұйрығымен бекітілген стандарт")
    blocks = [
        ("p", "Үшқұдық қаласы әкімдігінің тұрғын үй-коммуналдық шаруашылығы бөлімі", {"bold": True}),
        ("p", "Мемлекеттік көрсетілетін қызмет туралы мәліметтер"),
        ("table", [["Бағанның атауы", "Мәні"],
                   ["1. Р/с", "1"],
                   ["2. Мемлекеттік көрсетілетін қызметтер тізіліміндегі нөмірі", svc[0]],
                   ["3. Мемлекеттік көрсетілетін қызметтің атауы", svc[1]],
                   ["4. Стандарт (деректемелері)", stdq],
                   ["5. Регламент (деректемелері)", "Ұлытау облысы әкімдігінің 2026 жылғы 14 қыркүйектегі № 188 қаулысы"],
                   ["6. НҚА өзгерістері", "өзгерістер болған жоқ"],
                   ["7. Интернет-ресурс", "ushkuduk-tkh.gov.kz"],
                   ["8. Жауапты тұлға", "Жұмағұлов Ерлан Асқарұлы\nжылумен жабдықтау секторының меңгерушісі\n"
                                        "e.zhumagulov@ushkuduk-tkh.gov.kz\n8 (7102) 72-14-80"]]),
        ("p", "Толтырған: Жұмағұлов Е.А."),
        ("p", "2027 жылғы 22 қаңтар"),
    ]
    save("k05-form-sideways.docx", docx(blocks),
         {"documents": [D("k05-form-sideways.docx", "appendix1_form", "kk", services=[
             {"registry_number": svc[0], "service_name": svc[1], "standard": stdq,
              "regulation": "Ұлытау облысы әкімдігінің 2026 жылғы 14 қыркүйектегі № 188 қаулысы",
              "website": "ushkuduk-tkh.gov.kz",
              "responsible": resp("Жұмағұлов Ерлан Асқарұлы", "жылумен жабдықтау секторының меңгерушісі",
                                  "e.zhumagulov@ushkuduk-tkh.gov.kz", "87102721480")}],
             executor={"full_name": "Жұмағұлов Е.А.", "date": "2027-01-22"})]},
         ctx("Үшқұдық қаласы әкімдігінің тұрғын үй-коммуналдық шаруашылығы бөлімі", "tkh@ushkuduk-tkh.gov.kz",
             "160240031176", [svc], "information", ("ЕКЦ-2027/044", "2027-01-15", "Ақпарат беру туралы сұрау"),
             "fill the service card", True),
         ("appendix1_form", "kk", "docx", "form turned on its side (field | value), 'өзгерістер болған жоқ' in col 6 (npa not keyed), executor is 'Толтырған'"))

    # ------------------------------------------------------------------ k06 eml HTML-only body with the table
    sv = [("00602014", "Спорт түрлері бойынша спорттық разрядтар беру: бірінші спорттық разряд"),
          ("00602015", "Біліктілік санаттарын беру: жаттықтырушыларға екінші санат")]
    stds = "ҚР Туризм және спорт министрінің 2026 жылғы 16 маусымдағы № 119 бұйрығы"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="KK" style="font-family:Calibri">
<p class=MsoNormal>Сәлеметсіз бе!</p>
<p class=MsoNormal>Сұраған ақпаратты төмендегі кестеде ұсынамыз. Оқыту күнін телефон арқылы келісуге дайынбыз.</p>
<table border=1 cellspacing=0 cellpadding=3 style="border-collapse:collapse">
<tr><td><b>№</b></td><td><b>Тізілімдегі №</b></td><td><b>Қызметтің атауы</b></td><td><b>Стандарт</b></td>
<td><b>Регламент</b></td><td><b>НҚА өзгерістері</b></td><td><b>Сайт</b></td><td><b>Жауапты тұлға, лауазымы</b></td></tr>
<tr><td>1</td><td>00602014</td><td>Спорт түрлері бойынша спорттық разрядтар беру: бірінші спорттық разряд</td>
<td>ҚР Туризм және спорт министрінің 2026 жылғы 16 маусымдағы № 119 бұйрығы</td><td>-</td><td>-</td>
<td>www.egov.kz</td><td>Қасымханова Ләззат Нұрланқызы, бас маман<br>тел: 8 (7232) 57-71-06<br>l.kasymkhanova@shygys-sport.gov.kz</td></tr>
<tr><td>2</td><td>00602015</td><td>Біліктілік санаттарын беру: жаттықтырушыларға екінші санат</td>
<td>ҚР Туризм және спорт министрінің 2026 жылғы 16 маусымдағы № 119 бұйрығы</td><td>-</td><td>-</td>
<td>www.egov.kz</td><td>Қасымханова Ләззат Нұрланқызы, бас маман<br>тел: 8 (7232) 57-71-06<br>l.kasymkhanova@shygys-sport.gov.kz</td></tr>
</table>
<p class=MsoNormal>Орындаған: Қасымханова Л.Н., 2027 жылғы 3 наурыз</p>
<p class=MsoNormal style="color:gray">--<br>Шығыс Қазақстан облысының дене шынықтыру және спорт басқармасы<br>
Өскемен қ., Тәуелсіздік даңғылы, 71</p>
<p style="font-size:8pt;color:gray">Бұл хат және оның салымдары тек адресатқа арналған. Данное сообщение предназначено только для адресата.</p>
</body></html>"""
    b = eml(("Қасымханова Ләззат", "l.kasymkhanova@shygys-sport.gov.kz"), EKC, "RE: Ақпарат сұрау № ЕКЦ-2027/150",
            "Wed, 03 Mar 2027 16:05:44 +0500", html=html, cte="qp",
            extra_headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    kr = resp("Қасымханова Ләззат Нұрланқызы", "бас маман", "l.kasymkhanova@shygys-sport.gov.kz", "87232577106")
    save("k06-form-html-body.eml", b,
         {"documents": [D("body", "appendix1_form", "kk", services=[
             {"registry_number": s[0], "service_name": s[1], "standard": stds, "regulation": None, "npa_changes": None,
              "website": "www.egov.kz", "responsible": kr} for s in sv],
             executor={"full_name": "Қасымханова Л.Н.", "date": "2027-03-03"})]},
         ctx("Шығыс Қазақстан облысының дене шынықтыру және спорт басқармасы", "sport@shygys-sport.gov.kz",
             "990840002215", sv, "information", ("ЕКЦ-2027/150", "2027-02-24", "Ақпарат сұрау"),
             "fill two service cards from the HTML table", True),
         ("appendix1_form", "kk", "eml (HTML only, quoted-printable)", "the form is an HTML table in an Outlook body, executor and date on one line, bilingual disclaimer"))

    # ------------------------------------------------------------------ k07 xlsx with ditto marks
    sv = [("00303021", "Ауыл шаруашылығы техникасын мемлекеттік тіркеу"),
          ("00303022", "Ауыл шаруашылығы техникасын тіркеуден шығару"),
          ("00303025", "Тракторшы-машинистке куәлік беру")]
    std7 = "ҚР Ауыл шаруашылығы министрінің 2026 жылғы 22 сәуірдегі № 131 бұйрығымен бекітілген стандарт"
    reg7 = "Жетісу облысы әкімдігінің 2026 жылғы 5 тамыздағы № 214 қаулысы"
    c8 = "Бекенова Салтанат Маратқызы, мемлекеттік техникалық инспектор, 8 (7282) 24-18-63"
    rows = [["№ р/с", "Тізілімдегі №", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс",
             "Жауапты тұлғаның ТАӘ, лауазымы"],
            [1, sv[0][0], sv[0][1], std7, reg7, None, "www.egov.kz", c8],
            [2, sv[1][0], sv[1][1], "-//-", "-//-", None, "-//-", "-//-"],
            [3, sv[2][0], sv[2][1], "сол сияқты", reg7, None, "www.egov.kz",
             "Әлиев Тимур Бағланұлы, бас маман, 8 (7282) 24-18-60"],
            [None], ["Орындаған: Бекенова С.М.   01.03.2027"]]
    bk = resp("Бекенова Салтанат Маратқызы", "мемлекеттік техникалық инспектор", None, "87282241863")
    save("k07-form-ditto.xlsx", xlsx([("Лист1", rows, {"widths": {"C": 30, "D": 40, "E": 30, "H": 35}})]),
         {"documents": [D("k07-form-ditto.xlsx", "appendix1_form", "kk", services=[
             {"registry_number": sv[0][0], "service_name": sv[0][1], "standard": std7, "regulation": reg7,
              "npa_changes": None, "website": "www.egov.kz", "responsible": bk},
             {"registry_number": sv[1][0], "service_name": sv[1][1], "standard": std7, "regulation": reg7,
              "npa_changes": None, "website": "www.egov.kz", "responsible": bk},
             {"registry_number": sv[2][0], "service_name": sv[2][1], "standard": std7, "regulation": reg7,
              "npa_changes": None, "website": "www.egov.kz",
              "responsible": resp("Әлиев Тимур Бағланұлы", "бас маман", None, "87282241860")}],
             executor={"full_name": "Бекенова С.М.", "date": "2027-03-01"})]},
         ctx("Жетісу облысының ауыл шаруашылығы басқармасы", "kense@zhetisu-agro.gov.kz", "220140005518", sv,
             "information", ("ЕКЦ-2027/133", "2027-02-19", "1-қосымша бойынша ақпарат"), "fill three service cards", True),
         ("appendix1_form", "kk", "xlsx", "ditto marks '-//-' and 'сол сияқты' (keyed as the value they repeat), empty col 6 cells, executor and date in one cell"))

    # ------------------------------------------------------------------ k08 pdf national company one row
    svc = ("01801009", "Ауыл шаруашылығы тауар өндірушілеріне субсидияланатын тыңайтқыштарды өткізу туралы анықтама беру")
    std8 = ("ҚР Ауыл шаруашылығы министрінің 2026 жылғы 12 ақпандағы № 47 бұйрығымен бекітілген "
            "«Ауыл шаруашылығы тауар өндірушілеріне субсидияланатын тыңайтқыштарды өткізу туралы анықтама беру» стандарты")
    blocks = [("p", "«Дала Құнарлылығы» ұлттық компаниясы» АҚ", {"align": "c"}),
              ("p", "Астана қ., Мәңгілік Ел даңғылы, 55/21, БО «Нұрлы Жол», 7-қабат", {"align": "c"}),
              ("p", "2027.02.25 № 07-11/0394", {}),
              ("p", "Бірыңғай байланыс орталығы", {"align": "r"}),
              ("p", "2027 жылғы 18 ақпандағы № ЕКЦ-2027/141 хатқа жауап ретінде қоғам көрсететін қызмет бойынша "
                    "мәліметтерді ұсынамыз."),
              ("table", [["№", "Тізілімдегі нөмірі", "Қызметтің атауы", "Стандарт", "Регламент", "НҚА өзгерістері",
                          "Интернет-ресурс", "Жауапты тұлға"],
                         ["1", svc[0], svc[1], std8, "қолданылмайды", "—", "www.dala-kunar.kz/services",
                          "Ибраимова Жанар Ғалымжанқызы, субсидиялау департаментінің менеджері, "
                          "zh.ibraimova@dala-kunar.kz, +7 (7172) 69-30-45"]],
               {"widths": [22, 62, 110, 140, 85, 65, 130, 140]}),
              ("p", "Басқарма төрағасының орынбасары                                   Р. Мұхамеджанов"),
              ("p", "Орындаушы: Ибраимова Ж.Ғ., 2027 жылғы 25 ақпан")]
    save("k08-form-natcompany.pdf", pdf(blocks, landscape=True),
         {"documents": [D("k08-form-natcompany.pdf", "appendix1_form", "kk", services=[
             {"registry_number": svc[0], "service_name": svc[1], "standard": std8, "npa_changes": None,
              "website": "www.dala-kunar.kz/services",
              "responsible": resp("Ибраимова Жанар Ғалымжанқызы", "субсидиялау департаментінің менеджері",
                                  "zh.ibraimova@dala-kunar.kz", "+77172693045")}],
             executor={"full_name": "Ибраимова Ж.Ғ.", "date": "2027-02-25"})]},
         ctx("«Дала Құнарлылығы» ұлттық компаниясы» АҚ", "info@dala-kunar.kz", "070240019963", [svc], "information",
             ("ЕКЦ-2027/141", "2027-02-18", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"), "fill the service card", True),
         ("appendix1_form", "kk", "pdf", "national company letter with form inside, outgoing date '2027.02.25', regulation 'қолданылмайды' (not keyed)"))

    # ------------------------------------------------------------------ k09 eml with zip of docx form
    sv = [("00101003", "Мекенжай анықтамасын беру"), ("00101009", "Құрылыс объектісіне мекенжай беру")]
    std9 = "ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 2026 жылғы 3 наурыздағы № 70/НҚ бұйрығы"
    form = docx([("p", "Приложение 1 / 1-қосымша"),
                 ("table", [["№", "Тіркеу нөмірі (тізілім)", "Мемлекеттік қызмет атауы", "Стандарт", "Регламент",
                             "Өзгерістер", "Сайт", "Жауапты"],
                            ["1", sv[0][0], sv[0][1], std9, "", "", "www.egov.kz",
                             "Мырзахметова Индира Ерікқызы, сәулет және қала құрылысы бөлімінің жетекші маманы, тел. 8(7242)23-45-61"],
                            ["2", sv[1][0], sv[1][1], std9, "", "", "www.egov.kz",
                             "Мырзахметова Индира Ерікқызы, сәулет және қала құрылысы бөлімінің жетекші маманы, тел. 8(7242)23-45-61"]]),
                 ("p", "Орындаған: Мырзахметова И.Е."), ("p", "Күні: 2027 жылғы 10 наурыз")], landscape=True)
    z = zipped([("forma_ekc.docx", form), ("ilespe_hat.txt", "Сұрауыңызға жауап. Бөлім басшысы А. Жолдасбеков".encode("utf-8"))])
    b = eml(("Сәулет бөлімі", "saulet@kyzylorda-kala.gov.kz"), EKC, "Жауап: ЕКЦ-2027/160",
            "Wed, 10 Mar 2027 09:15:00 +0500",
            text="Қайырлы күн. Архивте 1-қосымша және ілеспе хат.\nИндира\n\nОтправлено с iPhone",
            attachments=[("zhauap.zip", z, "application/zip")])
    mi = resp("Мырзахметова Индира Ерікқызы", "сәулет және қала құрылысы бөлімінің жетекші маманы", None, "87242234561")
    save("k09-form-in-zip.eml", b,
         {"documents": [D("forma_ekc.docx", "appendix1_form", "kk", services=[
             {"registry_number": s[0], "service_name": s[1], "standard": std9, "regulation": None, "npa_changes": None,
              "website": "www.egov.kz", "responsible": mi} for s in sv],
             executor={"full_name": "Мырзахметова И.Е.", "date": "2027-03-10"})]},
         ctx("Қызылорда қаласының сәулет және қала құрылысы бөлімі", "saulet@kyzylorda-kala.gov.kz", "080640014417", sv,
             "information", ("ЕКЦ-2027/160", "2027-03-02", "Ақпарат сұрау"), "fill two service cards from the zipped form", True),
         ("appendix1_form", "kk", "eml+zip(docx,txt)", "form inside a zip with a one-line covering txt (txt not keyed), empty cells for regulation and changes, 'Отправлено с iPhone'"))

    # ================================================================== change notices
    # ------------------------------------------------------------------ k10 eml plain: new standard
    svc = ("00501017", "Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектеп жасына дейінгі балаларды кезекке қою")
    newstd = ("Қазақстан Республикасы Оқу-ағарту министрінің 2027 жылғы 2 наурыздағы № 61 бұйрығымен бекітілген "
              "«Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектеп жасына дейінгі балаларды кезекке қою» "
              "мемлекеттік көрсетілетін қызмет стандарты")
    body = ("Бірыңғай байланыс орталығына\n\n"
            "Көктерек ауданының білім бөлімі бұрын ұсынылған ақпаратқа өзгеріс болғанын хабарлайды.\n\n"
            "Тізілімдегі № 00501017 «Мектепке дейінгі білім беру ұйымдарына жіберу үшін мектеп жасына дейінгі "
            "балаларды кезекке қою» қызметінің стандарты жаңа редакцияда бекітілді.\n\n"
            "Жаңа стандарт: " + newstd + ".\n\n"
            "Бұйрық 2027 жылғы 17 наурыздан бастап қолданысқа енгізілді. Қалған мәліметтер (регламент, сайт, "
            "жауапты тұлға) өзгерген жоқ.\n\n"
            "Бас маман Г. Сәрсенбаева\n8 (71644) 2-17-35\n")
    b = eml(("Гүлжан Сәрсенбаева", "g.sarsenbaeva@koktherek-bilim.kz"), EKC, "Стандарттың өзгеруі туралы",
            "Mon, 22 Mar 2027 10:02:33 +0500", text=body, cte="8bit")
    save("k10-change-standard.eml", b,
         {"documents": [D("body", "change_notice", "kk", change_date="2027-03-17", services=[
             {"registry_number": "00501017", "standard": newstd, "regulation": None, "npa_changes": None, "website": None}])]},
         ctx("«Ақмола облысы Көктерек ауданының білім бөлімі» ММ", "kanc@koktherek-bilim.kz", "140340012457", [svc],
             "consulting", None, "update the standard of 00501017", True),
         ("change_notice", "kk", "eml (plain 8bit utf-8)", "labelled 'Жаңа стандарт:' line; change date in words; says the other fields did not change"))

    # ------------------------------------------------------------------ k11 txt kz1048: regulation + website changed
    svc = ("00201051", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру")
    newreg = "Қарағанды облысы әкімдігінің 2027 жылғы 26 ақпандағы № 19/04 қаулысымен бекітілген регламент"
    txt = ("Сарыбұлақ ауданы әкімдігінің жер қатынастары бөлімі\n"
           "Шығыс № 3-12/207\n2027 жылғы 5 наурыз\n\n"
           "Бірыңғай байланыс орталығының басшысына\n\n"
           "Өзгерістер туралы хабарлама\n\n"
           "Қағидалардың 6-тармағына сәйкес тізілімдегі № 00201051 «Жер учаскесінің нысаналы мақсатын өзгерту туралы "
           "шешім беру» мемлекеттік көрсетілетін қызметі бойынша мынадай өзгерістер енгізілгенін хабарлаймыз:\n\n"
           "  - регламент: " + newreg + " (бұрынғы № 74/03 қаулы күшін жойды);\n"
           "  - қызмет туралы ақпарат енді мына мекенжайда орналастырылған: https://saryb-jer.gov.kz/kyzmetter/nysanaly\n\n"
           "Өзгерістер 2027 жылғы 1 наурыздан бастап күшіне енді.\n\n"
           "Бөлім басшысы                                 Қ. Дүйсенбаев\n\n"
           "Орынд.: Төлеуова А.С., 41-55-09\n")
    save("k11-change-regulation.txt", txt.encode("kz1048"),
         {"documents": [D("k11-change-regulation.txt", "change_notice", "kk", change_date="2027-03-01", services=[
             {"registry_number": "00201051", "regulation": newreg,
              "website": "saryb-jer.gov.kz/kyzmetter/nysanaly", "standard": None}])]},
         ctx("Сарыбұлақ ауданы әкімдігінің жер қатынастары бөлімі", "jer@saryb-jer.gov.kz", "090140021185", [svc],
             "consulting", None, "update regulation and website of 00201051", True),
         ("change_notice", "kk", "txt (KZ-1048, no BOM)", "Kazakh single-byte code page, changes as dash list, mentions the old act that lost force"))

    # ------------------------------------------------------------------ k12 docx: npa changes for two services, change date in words
    sv = [("00802006", "Мүгедектігі бар адамдарға санаторий-курорттық емдеумен қамтамасыз ету үшін құжаттарды ресімдеу"),
          ("00802019", "Үйде қызмет көрсету үшін құжаттарды ресімдеу")]
    npa = ("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 15 ақпандағы № 38 "
           "«Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 25 тамыздағы № 277 "
           "бұйрығына өзгерістер енгізу туралы» бұйрығы")
    blocks = [("p", "«БОЗТАЛ АУДАНЫНЫҢ ЖҰМЫСПЕН ҚАМТУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БӨЛІМІ» ММ", {"align": "c", "bold": True}),
              ("p", "№ 01-09/412                                                     15.03.2027"),
              ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
              ("p", "Бөлім Сіздерге бұрын жолданған 1-қосымшадағы мәліметтердің өзектендірілгенін хабарлайды. "
                    "Стандартты бекіткен бұйрыққа өзгерістер енгізілді, нәтижесінде төмендегі екі қызметтің "
                    "6-бағаны («Нормативтік құқықтық актілердің өзгерістері») жаңартылады:"),
              ("table", [["Тізілімдегі №", "Қызмет", "НҚА өзгерістері (жаңа редакция)"],
                         [sv[0][0], sv[0][1], npa], [sv[1][0], sv[1][1], npa]]),
              ("p", "Аталған бұйрық 2027 жылғы 2 наурызда ресми жарияланып, 2027 жылғы он үшінші наурыздан бастап "
                    "қолданысқа енгізілді."),
              ("p", "Бөлім басшысы                                             А. Тұрсынбаев"),
              ("p", "Орынд. Ержанова М.Б., 53-04-17")]
    save("k12-change-npa.docx", docx(blocks),
         {"documents": [D("k12-change-npa.docx", "change_notice", "kk", change_date="2027-03-13", services=[
             {"registry_number": s[0], "npa_changes": npa, "standard": None, "regulation": None, "website": None}
             for s in sv])]},
         ctx("«Бозтал ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ", "info@bozt-hqa.gov.kz",
             "111040009321", sv, "consulting", None, "update col 6 for two services", True),
         ("change_notice", "kk", "docx", "change date spelled as an ordinal in words ('он үшінші наурыз') after a different publication date; mini table with only col 6"))

    # ------------------------------------------------------------------ k13 eml bilingual kk/ru: website change
    sv = [("00602014", "Спорт түрлері бойынша спорттық разрядтар беру: бірінші спорттық разряд"),
          ("00602015", "Біліктілік санаттарын беру: жаттықтырушыларға екінші санат")]
    body = ("Құрметті әріптестер!\n\n"
            "Басқарманың интернет-ресурсы жаңа платформаға көшірілуіне байланысты 00602014 және 00602015 "
            "мемлекеттік көрсетілетін қызметтер туралы ақпарат 2027 жылғы 1 сәуірден бастап мына мекенжайда "
            "орналастырылады: https://www.gov.kz/memleket/entities/shygys-sport/activities/services\n"
            "Стандарт, регламент және жауапты тұлға бұрынғыдай.\n\n"
            "Уважаемые коллеги!\n\n"
            "В связи с переносом интернет-ресурса управления на новую платформу информация о госуслугах "
            "00602014 и 00602015 с 1 апреля 2027 года размещается по адресу: "
            "https://www.gov.kz/memleket/entities/shygys-sport/activities/services\n\n"
            "Құрметпен / С уважением,\nЛ. Қасымханова\nбас маман / главный специалист\n8 (7232) 57-71-06\n")
    b = eml(("Қасымханова Ләззат", "l.kasymkhanova@shygys-sport.gov.kz"), EKC,
            "Интернет-ресурстың өзгеруі / Изменение интернет-ресурса", "Fri, 02 Apr 2027 12:30:00 +0500", text=body)
    site = "www.gov.kz/memleket/entities/shygys-sport/activities/services"
    save("k13-change-website-bilingual.eml", b,
         {"documents": [D("body", "change_notice", "kk", change_date="2027-04-01", services=[
             {"registry_number": s[0], "website": site, "standard": None, "regulation": None, "npa_changes": None}
             for s in sv])]},
         ctx("Шығыс Қазақстан облысының дене шынықтыру және спорт басқармасы", "sport@shygys-sport.gov.kz",
             "990840002215", sv, "consulting", None, "update the website of two services", True),
         ("change_notice", "kk (then ru)", "eml", "same notice twice, Kazakh then Russian; registry numbers without a 'No' label; date in words in both languages"))

    # ------------------------------------------------------------------ k14 xlsx revised form; only standard changed
    sv = [("00303021", "Ауыл шаруашылығы техникасын мемлекеттік тіркеу"),
          ("00303022", "Ауыл шаруашылығы техникасын тіркеуден шығару")]
    std_new = "ҚР Ауыл шаруашылығы министрінің 2027 жылғы 10 наурыздағы № 72 бұйрығымен бекітілген стандарт (жаңа редакция)"
    rows = [["Өзектендірілген 1-қосымша (2027 жылғы 24 наурыздағы жағдай бойынша). Өзгерген жолдар сары түспен белгіленген: 4-баған."],
            ["№", "Тізілімдегі №", "Атауы", "Стандарт", "Регламент", "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға"],
            [1, sv[0][0], sv[0][1], std_new, reg7, None, "www.egov.kz", c8],
            [2, sv[1][0], sv[1][1], std_new, reg7, None, "www.egov.kz", c8],
            [], ["Стандарт 2027 жылғы 21 наурызда күшіне енді."], ["Орындаған: Бекенова С.М."]]
    xb = xlsx([("өзгеріс", rows, {"merge": ["A1:H1"], "widths": {"C": 30, "D": 45, "E": 30, "H": 35}})])
    save("k14-change-revised-form.xlsx", xb,
         {"documents": [D("k14-change-revised-form.xlsx", "change_notice", "kk", change_date="2027-03-21", services=[
             {"registry_number": s[0], "standard": std_new} for s in sv])]},
         ctx("Жетісу облысының ауыл шаруашылығы басқармасы", "kense@zhetisu-agro.gov.kz", "220140005518", sv,
             "consulting", None, "update standard of two services", True),
         ("change_notice", "kk", "xlsx", "a revised full Appendix 1 table where only col 4 changed (key names only registry number and standard), change date in a note row"))

    # ------------------------------------------------------------------ k15 pdf change: new standard + website
    svc = ("01801009", "Ауыл шаруашылығы тауар өндірушілеріне субсидияланатын тыңайтқыштарды өткізу туралы анықтама беру")
    std15 = ("ҚР Ауыл шаруашылығы министрінің 2027 жылғы 28 наурыздағы № 90 бұйрығымен бекітілген стандарт")
    blocks = [("p", "«Дала Құнарлылығы» ұлттық компаниясы» АҚ", {"align": "c", "bold": True}),
              ("p", "2027 жылғы 9 сәуір № 07-11/0712"),
              ("p", "Бірыңғай байланыс орталығына", {"align": "r"}),
              ("p", "Ақпаратты өзектендіру туралы", {"bold": True}),
              ("p", "Қоғам 01801009 «" + svc[1] + "» қызметі бойынша бұрын ұсынылған мәліметтерге мынадай "
                    "өзгерістер енгізілгенін хабарлайды.\n"
                    "1. Мемлекеттік көрсетілетін қызмет стандарты: " + std15 + ". Бұрынғы № 47 бұйрық 2027 жылғы "
                    "8 сәуірде күшін жойды.\n"
                    "2. Интернет-ресурс: www.dala-kunar.kz/kyzmet/01801009\n"
                    "Жаңа стандарт 2027 жылғы 8 сәуірден бастап қолданылады."),
              ("p", "Департамент директоры                              Е. Сұлтанғазиев")]
    save("k15-change-natcompany.pdf", pdf(blocks),
         {"documents": [D("k15-change-natcompany.pdf", "change_notice", "kk", change_date="2027-04-08", services=[
             {"registry_number": "01801009", "standard": std15, "website": "www.dala-kunar.kz/kyzmet/01801009",
              "regulation": None, "npa_changes": None}])]},
         ctx("«Дала Құнарлылығы» ұлттық компаниясы» АҚ", "info@dala-kunar.kz", "070240019963", [svc], "consulting", None,
             "update standard and website of 01801009", True),
         ("change_notice", "kk", "pdf", "numbered changes inside one paragraph, the standard phrase ends before a sentence about the repealed order"))
