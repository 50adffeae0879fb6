# -*- coding: utf-8 -*-
"""change_notice (p.6): 20 documents telling that information already given has changed."""
import openpyxl

from t_lib import *  # noqa

EKC = ("Единый контакт-центр", "info@ekc.gov.kz")


def ch(reg, standard=None, regulation=None, npa=None, website=None, omit_nulls=False):
    d = {"registry_number": reg, "standard": standard, "regulation": regulation, "npa_changes": npa, "website": website}
    if omit_nulls:
        d = {k: v for k, v in d.items() if v is not None}
    return d


def cn(part, lang, services, change_date="absent"):
    d = {"part": part, "kind": "change_notice"}
    if lang in ("ru", "kk"):
        d["language"] = lang
    d["services"] = services
    if change_date != "absent":
        d["change_date"] = change_date
    return d


def c01():
    std = "Правила оказания государственной услуги «Назначение единовременной выплаты в связи с рождением ребенка», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 2 апреля 2027 года № 101"
    text = f"""Уважаемые коллеги!

В соответствии с пунктом 6 Правил взаимодействия Единого контакт-центра сообщаем об изменении сведений по государственной услуге «Назначение единовременной выплаты в связи с рождением ребенка» (№ 00501024).

Приказом Министра от 2 апреля 2027 года № 101 утверждены новые Правила оказания государственной услуги; приказ от 25 марта 2021 года № 84 в части данной услуги утратил силу. Новый приказ вводится в действие с 1 мая 2027 года.

Новые реквизиты стандарта: {std}.

Остальные сведения (интернет-ресурс, ответственное лицо) не изменились.

Сарсенбаев Е.А.
главный эксперт Департамента социальной помощи
8 (7172) 74-36-27
"""
    msg = eml(("Сарсенбаев Ерлан", "e.sarsenbaev@enbek-mtszn.gov.kz"), EKC, "Изменение стандарта госуслуги 00501024",
              "Mon, 5 Apr 2027 10:00:00 +0500", text_part(text, "plain", "utf-8", "base64"))
    name = "C01_enbek_novyi_standart.eml"
    save(name, msg, [cn("body", "ru", [ch("00501024", standard=std)], "2027-05-01")],
         ctx("enbek", ["00501024"], "consulting", None, "update the standard of service 00501024 in the base from 2027-05-01", True),
         "change_notice", "ru", "eml", "old and new order both named; effective date differs from the order's date; labelled line")


def c02():
    web = "www.gov.kz/memleket/entities/almaty-arch"
    text = f"""ГУ «Управление архитектуры и градостроительства города Алматы»
Исх. № 04-2/402 от 02.04.2027

Единый контакт-центр

Об актуализации информации

Управление архитектуры и градостроительства города Алматы в порядке пункта 6 Правил взаимодействия информирует, что в связи с переходом на единую платформу интернет-ресурсов государственных органов с 5 апреля 2027 года информация о государственной услуге «Выдача архитектурно-планировочного задания и технических условий» (№ 01203058) размещается по адресу: {web}.

Прежний адрес www.almaty.gov.kz перестает обновляться.

Заместитель руководителя управления              А. Нұрпейісов
"""
    name = "C02_almaty_arch_novyi_sait_cp1251.txt"
    save(name, txt_bytes(text.replace("Нұрпейісов", "Нурпеисов"), "windows-1251", crlf_=True),
         [cn(name, "ru", [ch("01203058", website=web)], "2027-04-05")],
         ctx("almarch", ["01203058"], "consulting", None, "update the web address of service 01203058", True),
         "change_notice", "ru", "txt", "windows-1251; new and old web addresses both present; date inside the sentence")


def c03():
    npa = "Қазақстан Республикасы Әділет министрінің 2027 жылғы 19 наурыздағы № 233 бұйрығы"
    html = f"""<html><body>
<p>Құрметті әріптестер!</p>
<p>«Некеге тұруды (ерлі-зайыптылықты) мемлекеттік тіркеу» (№ 00101074) мемлекеттік көрсетілетін қызметі бойынша бұрын берілген ақпаратқа өзгеріс енгізілгенін хабарлаймыз.</p>
<p>Нормативтік құқықтық актілердің өзгерістері: {npa} (қызмет көрсету мерзімі қысқартылды).</p>
<p>Бұйрық 2027 жылғы 3 сәуірден бастап қолданысқа енгізіледі.</p>
<p>Құрметпен,<br>Жолдасбекова І.С.<br>АХАЖ басқармасы</p>
</body></html>"""
    msg = eml(("Жолдасбекова Індира", "i.zholdasbekova@shymkent-akimat.gov.kz"), EKC, "Ақпаратты өзектендіру (00101074)",
              "Fri, 2 Apr 2027 12:30:00 +0500", text_part(html, "html", "utf-8", "base64"))
    name = "C03_shymkent_azhat_ozgeris.eml"
    save(name, msg, [cn("body", "kk", [ch("00101074", npa=npa)], "2027-04-03")],
         ctx("zags", ["00101074"], "consulting", None, "record the amending order for service 00101074", True),
         "change_notice", "kk", "eml", "Kazakh HTML; labelled line followed by a bracketed comment that is not part of the act")


def c04():
    npa1 = "Приказ Министра финансов Республики Казахстан от 18 марта 2027 года № 244 «О внесении изменений в приказ Министра финансов Республики Казахстан от 29 мая 2020 года № 538»"
    d = new_docx()
    P(d, "КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ\nМИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c")
    P(d, "30.03.2027 № КГД-13-2/4120", size=10)
    P(d, "Единый контакт-центр", align="r")
    P(d, "Об изменениях в нормативных правовых актах", bold=True)
    P(d, "Комитет государственных доходов сообщает, что в Правила оказания государственных услуг органами государственных доходов внесены изменения. "
         "Приказ вступил в силу 25.03.2027. Изменения затрагивают следующие государственные услуги:", align="j", indent=12)
    T(d, [["№ в реестре", "Наименование государственной услуги", "Изменения нормативных правовых актов"],
          ["00901088", "Регистрационный учет налогоплательщиков", npa1],
          ["00903214", "Выдача сведений об отсутствии (наличии) налоговой задолженности", npa1]], widths_mm=[25, 60, 85], size=10)
    P(d, "")
    P(d, "Стандарты, интернет-ресурсы и ответственные лица остаются без изменений.", align="j", indent=12)
    P(d, "")
    P(d, "Заместитель руководителя управления                          Т. Сыздыков", bold=True)
    P(d, "Исп.: Омарова Г.Б., 71-77-45", size=8)
    name = "C04_kgd_npa_tablica.docx"
    save(name, docx_bytes(d), [cn(name, "ru", [ch("00901088", npa=npa1), ch("00903214", npa=npa1)], "2027-03-25")],
         ctx("kgd", ["00901088", "00903214"], "consulting", None, "record the amending order for two tax services", True),
         "change_notice", "ru", "docx", "changes listed in a table; same act for two services; statement that the rest stays the same")


def c05():
    npa = "Приказ Министра здравоохранения Республики Казахстан от 22 марта 2027 года № ҚР ДСМ-31/2027 «О внесении изменений в приказ Министра здравоохранения Республики Казахстан от 30 июня 2020 года № ҚР ДСМ-75/2020»"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Актуализация"
    ws["A1"] = "Актуализированная информация по государственной услуге (изменена графа 6)"
    ws["A2"] = "к письму № 01-21/1502 от 31.03.2027"
    hdr = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
           "Стандарт государственной услуги", "Регламент государственной услуги", "Изменения нормативных правовых актов",
           "Интернет-ресурс", "Ф.И.О., должность ответственного лица"]
    row = ["1", "01002046", "Выдача лицензии на медицинскую деятельность",
           "Правила оказания государственных услуг в сфере здравоохранения, утвержденные приказом Министра здравоохранения Республики Казахстан от 30 июня 2020 года № ҚР ДСМ-75/2020",
           "-", npa, "www.gov.kz/memleket/entities/pavlodar-densaulyk",
           "Шаймерденова Айнур Болатовна, главный специалист отдела лицензирования, 8 (7182) 32-11-05, a.shaimerdenova@densaulyq-pavlodar.gov.kz"]
    for c, h in enumerate(hdr, 1):
        xl_put(ws, 4, c, h, bold=True, center=True)
        xl_put(ws, 5, c, row[c - 1])
    ws["A7"] = "Исполнитель: Шаймерденова А.Б."
    ws["A8"] = "Дата: 31.03.2027"
    for col, w in zip("ABCDEFGH", [6, 14, 28, 45, 10, 55, 28, 45]):
        ws.column_dimensions[col].width = w
    name = "C05_pavlodar_aktualizaciya.xlsx"
    save(name, xlsx_bytes(wb), [cn(name, "ru", [ch("01002046", npa=npa, omit_nulls=True)])],
         ctx("pvzdrav", ["01002046"], "consulting", None, "record the changed column 6 for service 01002046", True),
         "change_notice", "ru", "xlsx", "a full Appendix 1 row resent; only the title line says that column 6 changed (not a new form)")


def c06():
    std = "Правила оказания государственной услуги «Выдача лицензии на перевозку опасных грузов автомобильным транспортом», утвержденные приказом Министра транспорта Республики Казахстан от 29 марта 2027 года № 61"
    web = "www.gov.kz/memleket/entities/transport/press/article/details/opasnye-gruzy"
    html = f"""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head><body lang=RU>
<p class=MsoNormal>Добрый день!</p>
<p class=MsoNormal>Информируем об изменениях по государственной услуге 00303085 &laquo;Выдача лицензии на перевозку опасных грузов автомобильным транспортом&raquo;:</p>
<ul>
<li>стандарт: {std.replace("«", "&laquo;").replace("»", "&raquo;")} (применяется с 12 апреля 2027 года);</li>
<li>интернет-ресурс: {web}.</li>
</ul>
<p class=MsoNormal>Регламент и ответственное лицо прежние.</p>
<p class=MsoNormal>С уважением,<br>Калиев Мурат Сагатович<br>эксперт Управления автомобильного транспорта<br>тел. +7 (7172) 75-43-28</p>
</body></html>"""
    plain = (f"Добрый день!\n\nИнформируем об изменениях по государственной услуге 00303085 «Выдача лицензии на перевозку опасных грузов автомобильным транспортом»:\n\n"
             f"* стандарт: {std} (применяется с 12 апреля 2027 года);\n* интернет-ресурс: {web}.\n\nРегламент и ответственное лицо прежние.\n\n"
             "С уважением,\nКалиев Мурат Сагатович\nэксперт Управления автомобильного транспорта\nтел. +7 (7172) 75-43-28\n")
    body = multipart([text_part(plain, "plain", "windows-1251", "quoted-printable"), text_part(html, "html", "windows-1251", "quoted-printable")], "alternative")
    msg = eml(("Калиев Мурат", "m.kaliev@kolik-mt.gov.kz"), EKC, "Изменения по госуслуге 00303085", "Tue, 6 Apr 2027 09:55:00 +0500", body,
              hdr_charset="windows-1251", mailer="Microsoft Outlook 16.0")
    name = "C06_transport_standart_i_sait.eml"
    save(name, msg, [cn("body", "ru", [ch("00303085", standard=std, website=web)], "2027-04-12")],
         ctx("transp", ["00303085"], "consulting", None, "update standard and web address of service 00303085", True),
         "change_notice", "ru", "eml", "two changed fields in a bulleted list; long deep-link URL; 'Регламент ... прежние' mentions an unchanged field")


def c07():
    web = "https://www.gov.kz/memleket/entities/sko-vet/activities/services"
    text = f"""Құрметті әріптестер!

«Ветеринариялық анықтама беру» (№ 00802071) мемлекеттік көрсетілетін қызметі туралы ақпарат орналастырылған интернет-ресурстың мекенжайы өзгерді. Жаңа мекенжай: {web}

Уважаемые коллеги!

Сообщаем, что изменился адрес интернет-ресурса, на котором размещена информация о государственной услуге «Выдача ветеринарной справки» (№ 00802071). Новый адрес: {web}

Серикова А.Б.
Ветеринария басқармасы / Управление ветеринарии СКО
"""
    msg = eml(("Серикова Аяулым", "a.serikova@sko-akimat.gov.kz"), EKC, "Интернет-ресурс өзгерді / Изменение интернет-ресурса (00802071)",
              "Wed, 7 Apr 2027 11:20:00 +0500", text_part(text, "plain", "utf-8", "base64"))
    name = "C07_sko_vet_kaz_rus_sait.eml"
    save(name, msg, [cn("body", "bi", [ch("00802071", website=web)], None)],
         ctx("skovet", ["00802071"], "consulting", None, "update the web address of service 00802071", True),
         "change_notice", "kk+ru", "eml", "the same URL given twice, in Kazakh and Russian halves; no date (change_date null)")


def c08():
    npa = "Приказ Министра экологии и природных ресурсов Республики Казахстан от 24 марта 2027 года № 88 «О внесении изменений в приказ Министра экологии, геологии и природных ресурсов Республики Казахстан от 2 июня 2020 года № 130»"
    items = [("p", "МИНИСТЕРСТВО ЭКОЛОГИИ И ПРИРОДНЫХ РЕСУРСОВ РЕСПУБЛИКИ КАЗАХСТАН", {"align": "c", "bold": True}),
             ("p", "№ 27-1-12/3011 от 05.04.2027", {"size": 9}),
             ("p", "Единый контакт-центр", {"align": "r"}),
             ("p", "О внесении изменений в информацию о государственной услуге", {"bold": True}),
             ("p", "Министерство экологии и природных ресурсов Республики Казахстан в соответствии с пунктом 6 Правил взаимодействия Единого контакт-центра "
                   "направляет актуализированные сведения по государственной услуге № 01301027 «Выдача экологического разрешения на воздействие для объектов II категории»:", {"align": "j"}),
             ("p", "1) стандарт государственной услуги – без изменений;\n"
                   "2) изменения нормативных правовых актов – " + npa + ";\n"
                   "3) интернет-ресурс – без изменений.", {"align": "j"}),
             ("p", "Приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования (опубликован 2 апреля 2027 года).", {"align": "j"}),
             ("sp", 8),
             ("p", "Вице-министр                                                    Е. Жанбосынов", {"bold": True})]
    name = "C08_eco_npa_nakaz.pdf"
    save(name, pdf_bytes(items), [cn(name, "ru", [ch("01301027", npa=npa)])],
         ctx("eco", ["01301027"], "consulting", None, "record the amending order for service 01301027", True),
         "change_notice", "ru", "pdf", "numbered list with 'без изменений' for the other fields; effective date only computable (10 days after publication)")


def c09():
    std = "«Жалпы білім беретін ұйымдарға тегін тасымалдауды ұйымдастыру үшін құжаттар қабылдау» мемлекеттік көрсетілетін қызмет қағидалары, Қазақстан Республикасы Оқу-ағарту министрінің 2027 жылғы 1 сәуірдегі № 58 бұйрығымен бекітілген"
    text = f"""Абай облысының білім басқармасы

Бірыңғай байланыс орталығына

Өзара іс-қимыл қағидаларының 6-тармағына сәйкес № 00604135 мемлекеттік көрсетілетін қызмет бойынша мәліметтердің өзгергенін хабарлаймыз.

Мемлекеттік көрсетілетін қызмет стандарты: {std}.

Жаңа қағидалар 2027 жылғы 20 сәуірден бастап қолданылады.

Жауапты тұлға: Бейсенова Ақмарал Жанатқызы, 8 (7222) 52-40-19
"""
    name = "C09_abai_bilim_standart_kaz.txt"
    save(name, txt_bytes(text, "utf-8"), [cn(name, "kk", [ch("00604135", standard=std)], "2027-04-20")],
         ctx("abaiedu", ["00604135"], "consulting", None, "update the standard of service 00604135 from 2027-04-20", True),
         "change_notice", "kk", "txt", "Kazakh; labelled standard line; responsible person line that must not be read as a change of person")


def c10():
    npa = "Приказ Министра внутренних дел Республики Казахстан от 26 марта 2027 года № 240 «О внесении изменений в приказ Министра внутренних дел Республики Казахстан от 30 марта 2020 года № 267»"
    d = new_docx()
    P(d, "КОМИТЕТ МИГРАЦИОННОЙ СЛУЖБЫ МВД РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c")
    P(d, "№ 5-2-114/2377 от 07.04.2027", size=10)
    P(d, "Единый контакт-центр", align="r")
    P(d, "Направляем для актуализации базы данных Единого контакт-центра сведения об изменении нормативных правовых актов по государственной услуге "
         "«Регистрация по месту жительства населения Республики Казахстан» (00401153).", align="j", indent=12)
    P(d, "Изменения НПА: " + npa + ".", align="j", indent=12)
    P(d, "Изменения вступают в силу с 10 апреля 2027 года.", align="j", indent=12)
    P(d, "")
    P(d, "Заместитель председателя Комитета                             Д. Исмаилова", bold=True)
    att = docx_bytes(d)
    attname = "izmeneniya_00401153.docx"
    note = "Добрый день! Направляем письмо об изменениях (вложение). Оригинал направлен через ЕСЭДО.\n\nИсмаилова Д.К.\n"
    body = multipart([text_part(note, "plain", "utf-8", "base64"),
                      attach_part(attname, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    msg = eml(("Исмаилова Динара", "d.ismailova@ishki-mvd.gov.kz"), EKC, "Изменения по госуслуге 00401153", "Wed, 7 Apr 2027 16:00:00 +0500", body)
    name = "C10_kms_izmeneniya_vlozhenie.eml"
    save(name, msg, [{"part": "body", "kind": "other"}, cn(attname, "ru", [ch("00401153", npa=npa)], "2027-04-10")],
         ctx("migr", ["00401153"], "consulting", None, "record the amending order for service 00401153", True),
         "change_notice", "ru", "eml", "covering note in the body, the notice as a DOCX attachment")


def c11():
    std = 'Правила оказания государственной услуги "Выдача разрешения на участие в конкурсе на получение субсидий по мерам поддержки предпринимательства", утвержденные приказом Министра национальной экономики Республики Казахстан от 30 марта 2027 года N 45'
    web = "www.gov.kz/memleket/entities/atyrau-kasipkerlik"
    text = f"""Управление предпринимательства и индустриально-инновационного развития Атырауской области
Исх. N 11-02/640 от 08.04.2027

Единому контакт-центру

Просим внести изменения в информацию по государственной услуге N 01005021:

Графа 4 (стандарт): {std}.
Графа 7 (интернет-ресурс): {web}

Изменения действуют с 15 апреля 2027 года.

Руководитель управления                М. Есенгалиев
"""
    name = "C11_atyrau_koi8_dve_grafy.txt"
    save(name, txt_bytes(text, "koi8-r"), [cn(name, "ru", [ch("01005021", standard=std, website=web)], "2027-04-15")],
         ctx("atyrbiz", ["01005021"], "consulting", None, "update standard and web address of service 01005021", True),
         "change_notice", "ru", "txt", "KOI8-R; changes addressed by column number ('Графа 4', 'Графа 7'); straight quotes")


def c12():
    npa = "Қазақстан Республикасы Денсаулық сақтау министрінің 2027 жылғы 5 сәуірдегі № ҚР ДСМ-40/2027 бұйрығы"
    d = new_docx()
    P(d, "«ҚЫЗЫЛОРДА ОБЛЫСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ» ММ", bold=True, align="c")
    P(d, "2027 жылғы 9 сәуір № 04-17/1201", size=10)
    P(d, "Бірыңғай байланыс орталығына", align="r")
    P(d, "«Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту» (№ 01003081) мемлекеттік көрсетілетін қызметі бойынша "
         "нормативтік құқықтық актілерге өзгерістер енгізілгенін хабарлаймыз: " + npa + ".", align="j", indent=12)
    P(d, "Өзгерістер 2027 жылғы 1 мамырдан бастап күшіне енеді. Стандарт пен интернет-ресурс өзгеріссіз қалады.", align="j", indent=12)
    P(d, "")
    P(d, "Басқарма басшысы                                                Е. Тұрғанбаев", bold=True)
    name = "C12_kyzylorda_nqa_ozgeris.docx"
    save(name, docx_bytes(d), [cn(name, "kk", [ch("01003081", npa=npa)], "2027-05-01")],
         ctx("kyzzdrav", ["01003081"], "consulting", None, "record the amending order for service 01003081", True),
         "change_notice", "kk", "docx", "Kazakh; change date '1 мамырдан бастап' differs from the letter date and the order date")


def c13():
    std = "Правила оказания государственной услуги «Выдача лицензии на эксплуатацию магистральных газопроводов, нефтепроводов, нефтепродуктопроводов», утвержденные приказом Министра энергетики Республики Казахстан от 31 марта 2027 года № 117"
    text = f"""Коллеги, здравствуйте!

Прошу обновить в базе ЕКЦ реквизиты стандарта по услуге 01402041:

{std}

Приказ вступает в силу с 20.04.2027, до этой даты действует прежняя редакция (приказ от 15 апреля 2020 года № 140).

--
С уважением,
Сулейменов Тимур Азаматович
главный эксперт Департамента развития газовой промышленности
Министерство энергетики Республики Казахстан
тел. 8 (7172) 78-69-04

From: Единый контакт-центр <info@ekc.gov.kz>
Sent: 20.01.2027 10:14
Subject: Протокол принятия услуги 01402041

Направляем подписанный протокол принятия государственной услуги для консультирования.
"""
    msg = eml(("Сулейменов Тимур", "t.suleimenov@energo-me.gov.kz"), EKC, "FW: Протокол принятия услуги 01402041 / изменение стандарта",
              "Thu, 8 Apr 2027 08:40:00 +0500", text_part(text, "plain", "utf-8", "base64"))
    name = "C13_energy_standart_v_perepiske.eml"
    save(name, msg, [cn("body", "ru", [ch("01402041", standard=std)], "2027-04-20")],
         ctx("energy", ["01402041"], "consulting", None, "update the standard of service 01402041 from 2027-04-20", True),
         "change_notice", "ru", "eml", "subject of an old protocol thread; quoted mention of a signed protocol; the old order also named")


def c14():
    web = "www.gov.kz/memleket/entities/mdai/activities/radio"
    npa = "Приказ Министра цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан от 1 апреля 2027 года № 97/НҚ"
    items = [("p", "ТЕЛЕКОММУНИКАЦИЯЛАР КОМИТЕТІ / КОМИТЕТ ТЕЛЕКОММУНИКАЦИЙ", {"align": "c", "bold": True}),
             ("p", "Шығ. / Исх. № 17-04/2630 от 12.04.2027", {"size": 9}),
             ("p", "Бірыңғай байланыс орталығына / Единому контакт-центру", {"align": "r"}),
             ("p", "№ 01501036 мемлекеттік көрсетілетін қызмет бойынша мәліметтердің өзгеруі туралы\nОб изменении сведений по государственной услуге № 01501036", {"bold": True, "align": "c"}),
             ("t", [["Графа / Графа", "Жаңа мәлімет / Новые сведения"],
                    ["Изменения НПА / НҚА өзгерістері", npa],
                    ["Интернет-ресурс", web]], [60, 115], {"size": 9}),
             ("p", "Өзгерістер 2027 жылғы 14 сәуірден бастап қолданылады. / Изменения применяются с 14 апреля 2027 года.", {"align": "j"}),
             ("sp", 8),
             ("p", "Сатыбалдиев Н.Ж., +7 701 744 20 18", {"size": 9})]
    name = "C14_mcri_kaz_rus_tablica.pdf"
    save(name, pdf_bytes(items), [cn(name, "bi", [ch("01501036", npa=npa, website=web)], "2027-04-14")],
         ctx("mcri", ["01501036"], "consulting", None, "update the amending acts and web address of service 01501036", True),
         "change_notice", "kk+ru", "pdf", "bilingual; changes as a two-column table; date given in both languages")


def c15():
    std = "Правила оказания государственных услуг в сфере регистрации юридических лиц и учетной регистрации филиалов и представительств, утвержденные приказом Министра юстиции Республики Казахстан от 5 апреля 2027 года № 301"
    d = new_docx(font="Arial", size=11)
    P(d, "КОМИТЕТ РЕГИСТРАЦИОННОЙ СЛУЖБЫ МИНИСТЕРСТВА ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c")
    P(d, "Исх. № 4-12/1903 от 12.04.2027", size=9)
    P(d, "Единый контакт-центр", align="r")
    P(d, "Информируем, что приказом Министра юстиции Республики Казахстан от 5 апреля 2027 года № 301 утверждены новые Правила оказания государственных услуг "
         "в сфере регистрации юридических лиц. Приказ вводится в действие с 26 апреля 2027 года.", align="j")
    P(d, "В связи с этим по государственной услуге «Государственная регистрация юридических лиц и учетная регистрация их филиалов и представительств» (00201093) "
         "графа 4 приложения 1 излагается в следующей редакции:", align="j")
    P(d, "«" + std + "».", italic=True, align="j")
    P(d, "Ответственное лицо – Нуртазина Асель Бериковна (без изменений).", align="j")
    P(d, "")
    P(d, "Руководитель управления                                  Б. Сейткали", bold=True)
    name = "C15_krs_novye_pravila.docx"
    save(name, docx_bytes(d), [cn(name, "ru", [ch("00201093", standard=std)], "2027-04-26")],
         ctx("krs", ["00201093"], "consulting", None, "update the standard of service 00201093 from 2027-04-26", True),
         "change_notice", "ru", "docx", "new wording of column 4 quoted in its own italic paragraph inside «»; responsible named 'без изменений'")


def c16():
    npa = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 8 сәуірдегі № 140 бұйрығы"
    html = f"""<div>Құрметті әріптестер!</div>
<div>№ 00803127 «Тыңайтқыштардың (органикалықтарды қоспағанда) құнын субсидиялау» мемлекеттік көрсетілетін қызметі бойынша субсидиялау қағидаларына өзгерістер енгізілді.</div>
<div>Өзгерістер енгізген акт: {npa}.</div>
<div>Бұйрық 2027 жылғы 22 сәуірде күшіне енеді.</div>
<div><br></div><div>Оспанқызы Дана<br>8 (7142) 53-09-77</div>"""
    msg = eml(("Оспанқызы Дана", "d.ospankyzy@kostanay-akimat.gov.kz"), EKC, "Өзгерістер (00803127)", "Mon, 12 Apr 2027 15:05:00 +0500",
              text_part(html, "html", "utf-8", "quoted-printable"), mailer="Zimbra 9.0.0_GA")
    name = "C16_kostanay_nqa_html_kaz.eml"
    save(name, msg, [cn("body", "kk", [ch("00803127", npa=npa)], "2027-04-22")],
         ctx("kostagro", ["00803127"], "consulting", None, "record the amending order for service 00803127", True),
         "change_notice", "kk", "eml", "Kazakh HTML fragment of <div>s; the act on its own line after 'Өзгерістер енгізген акт:'; date in '22 сәуірде күшіне енеді'")


def c17():
    web = "https://www.gov.kz/memleket/entities/edu/activities/preschool-services"
    text = f"""Уважаемые коллеги!

По государственной услуге № 00603012 «Прием документов и зачисление детей в дошкольные организации» стандарт остался прежним, однако изменился адрес страницы с информацией об услуге.

Актуальный интернет-ресурс: {web}

Просим учесть при консультировании.

Сабитова Айжан Ермековна
главный эксперт Департамента дошкольного воспитания
8 (7172) 74-25-61
"""
    msg = eml(("Сабитова Айжан", "a.sabitova@bilim-mp.gov.kz"), EKC, "Новый адрес страницы услуги 00603012",
              "Tue, 13 Apr 2027 10:48:00 +0500", text_part(text, "plain", "windows-1251", "quoted-printable"), hdr_charset="windows-1251")
    name = "C17_edu_sait_qp1251.eml"
    save(name, msg, [cn("body", "ru", [ch("00603012", website=web)], None)],
         ctx("edu", ["00603012"], "consulting", None, "update the web address of service 00603012", True),
         "change_notice", "ru", "eml", "windows-1251 quoted-printable; mentions the unchanged standard; no date")


def c18():
    npa = ("1) приказ Министра сельского хозяйства Республики Казахстан от 17 марта 2027 года № 98;\n"
           "2) приказ Министра внутренних дел Республики Казахстан от 22 марта 2027 года № 231")
    text = f"""Министерство сельского хозяйства Республики Казахстан
Департамент земледелия

Единый контакт-центр

Сообщаем, что по государственной услуге «Выдача удостоверения на право управления самоходными машинами» (№ 00803149) изменились нормативные правовые акты (графа 6 приложения 1):
{npa}.

Утегенова Г.А., +7 777 208 16 35
"""
    name = "C18_msh_dva_prikaza_bom.txt"
    save(name, txt_bytes(text, "utf-8-sig", crlf_=True), [cn(name, "ru", [ch("00803149", npa=npa)], None)],
         ctx("moa", ["00803149"], "consulting", None, "record two amending orders for service 00803149", True),
         "change_notice", "ru", "txt", "UTF-8 BOM; two acts as a numbered list over two lines; no date")


def c19():
    web = "www.gov.kz/memleket/entities/mangystau-aktau-jer"
    text = f"""Сәлеметсіз бе!

Ақтау қаласының жер қатынастары бөлімі № 01101062 мемлекеттік көрсетілетін қызмет туралы ақпарат 2027 жылғы 1 сәуірден бастап жаңа интернет-ресурста орналастырылғанын хабарлайды: {web}

Ескі мекенжай (www.aktau.gov.kz) жұмыс істемейді.

Тәжібаева М.Е.
8 (7292) 50-21-74
"""
    msg = eml(("Тәжібаева Мөлдір", "m.tazhibaeva@mangystau-akimat.gov.kz"), EKC, "Интернет-ресурс өзгерді", "Thu, 1 Apr 2027 17:17:00 +0500",
              text_part(text, "plain", "utf-8", "base64", label="windows-1251"))
    name = "C19_aktau_jer_sait_kaz.eml"
    save(name, msg, [cn("body", "kk", [ch("01101062", website=web)], "2027-04-01")],
         ctx("mangzem", ["01101062"], "consulting", None, "update the web address of service 01101062", True),
         "change_notice", "kk", "eml", "UTF-8 body wrongly labelled windows-1251; Kazakh; new and old addresses; date in '1 сәуірден бастап'")


def c20():
    std = "Правила оказания государственной услуги «Выдача справки о регистрации в качестве безработного», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 29 марта 2027 года № 92"
    d = new_docx()
    P(d, "«ШЫҒЫС ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ЖҰМЫСПЕН ҚАМТУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ» ММ\nГУ «УПРАВЛЕНИЕ ЗАНЯТОСТИ И СОЦИАЛЬНЫХ ПРОГРАММ ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ»", bold=True, align="c", size=10)
    P(d, "Шығ./Исх. № 06-08/2090 от 09.04.2027", size=9)
    P(d, "Бірыңғай байланыс орталығына\nЕдиному контакт-центру", align="r")
    P(d, "Басқарма № 00504118 мемлекеттік көрсетілетін қызметтің стандарты өзгергенін хабарлайды. Жаңа қағидалар 2027 жылғы 19 сәуірден бастап қолданылады.", align="j")
    P(d, "Управление сообщает об изменении стандарта государственной услуги № 00504118. Новая редакция графы 4:", align="j")
    T(d, [["№ в реестре", "Стандарт государственной услуги (с указанием его реквизитов)"], ["00504118", std]], widths_mm=[30, 140], size=10)
    P(d, "Новые Правила применяются с 19 апреля 2027 года.", align="j")
    P(d, "")
    P(d, "Басшы / Руководитель                                           С. Оспанова", bold=True)
    name = "C20_vko_standart_kaz_rus.docx"
    save(name, docx_bytes(d), [cn(name, "bi", [ch("00504118", standard=std)], "2027-04-19")],
         ctx("vkozan", ["00504118"], "consulting", None, "update the standard of service 00504118 from 2027-04-19", True),
         "change_notice", "kk+ru", "docx", "bilingual letter; the new standard only in a small table; date stated in both languages")


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20]
