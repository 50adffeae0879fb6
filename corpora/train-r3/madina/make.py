#!/usr/bin/env python3
"""Corpus heldout-r3e/madina: replies of agencies to the Unified Contact Centre.
Rebuild: /tmp/cv-madina/bin/python make.py  (writes next to this file)."""
import io, json, os, email.utils
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders
from email.header import Header
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
MANI = []

HDR_RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
          "Стандарт государственной услуги (с указанием его реквизитов)",
          "Регламент государственной услуги (с указанием его реквизитов)",
          "Нормативные правовые акты, вносящие изменения и дополнения в стандарт и регламент государственной услуги",
          "Адрес веб-ресурса, на котором размещены стандарт и регламент",
          "Фамилия, имя, отчество, должность ответственного лица"]
HDR_KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы",
          "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)",
          "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
          "Стандарт пен регламентке өзгерістер мен толықтырулар енгізетін нормативтік құқықтық актілер",
          "Стандарт пен регламент орналастырылған веб-ресурстың мекенжайы",
          "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]


def S(reg, name, std, rgl, npa, web, col8, fio, pos, email=None, phone=None):
    """one row of Appendix 1: the cells as written + the key for it"""
    key = {"registry_number": reg, "service_name": name, "standard": std, "regulation": rgl,
           "npa_changes": npa, "website": web,
           "responsible": {"full_name": fio, "position": pos, "email": email, "phone": phone}}
    cells = [reg, name, std or "", rgl or "", npa if npa is not None else "", web or "", col8]
    return cells, key


def cell_or_dash(v, dash):
    return v if v else dash


def docx_bytes(build):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    build(d)
    b = io.BytesIO(); d.save(b); return b.getvalue()


def land(d):
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def paras(d, text, bold=False, align=None, size=None):
    for line in text.strip("\n").split("\n"):
        p = d.add_paragraph(); r = p.add_run(line); r.bold = bold
        if size: r.font.size = Pt(size)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    return t


def xlsx_bytes(build):
    wb = openpyxl.Workbook(); build(wb)
    b = io.BytesIO(); wb.save(b); return b.getvalue()


def pdf_bytes(flow_builder, land_=False):
    b = io.BytesIO()
    doc = SimpleDocTemplate(b, pagesize=landscape(A4) if land_ else A4, leftMargin=36, rightMargin=36,
                            topMargin=36, bottomMargin=36)
    doc.build(flow_builder()); return b.getvalue()


PS = ParagraphStyle("n", fontName="DV", fontSize=10, leading=13)
PSB = ParagraphStyle("b", fontName="DVB", fontSize=11, leading=14, alignment=1)
PSC = ParagraphStyle("c", fontName="DV", fontSize=7, leading=9)


def P(text, st=PS):
    return [Paragraph(l.replace("&", "&amp;").replace("<", "&lt;"), st) if l.strip() else Spacer(1, 6)
            for l in text.strip("\n").split("\n")]


def ptable(rows, widths=None):
    data = [[Paragraph(c.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), PSC) for c in r]
            for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def mail(frm, to, subj, date, body=None, html=None, charset="utf-8", atts=(), label=None, extra=None,
         subj_charset="utf-8"):
    """body/html: str; charset used to encode; label: charset written in the header (may lie)."""
    def textpart(txt, sub):
        p = MIMEBase("text", sub)
        p.set_payload(txt.encode(charset, errors="replace"))
        if label != "":
            p.set_param("charset", label or charset)
        encoders.encode_base64(p) if charset == "utf-8" else None
        if charset != "utf-8":
            p["Content-Transfer-Encoding"] = "8bit"
        return p
    if body is not None and html is not None:
        core = MIMEMultipart("alternative"); core.attach(textpart(body, "plain")); core.attach(textpart(html, "html"))
    elif html is not None:
        core = textpart(html, "html")
    else:
        core = textpart(body or "", "plain")
    if atts:
        m = MIMEMultipart("mixed"); m.attach(core)
        for fn, data, ctype in atts:
            mt, st = ctype.split("/")
            a = MIMEBase(mt, st); a.set_payload(data); encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn) if not fn.isascii() else fn)
            m.attach(a)
    else:
        m = core
    m["From"] = addrs(frm); m["To"] = addrs(to)
    m["Subject"] = Header(subj, subj_charset, header_name="Subject").encode() if not subj.isascii() else subj
    m["Date"] = date
    m["Message-ID"] = email.utils.make_msgid(domain=frm.split("@")[-1].strip(">"))
    for k, v in (extra or {}).items():
        m[k] = v
    return m.as_bytes()


def addrs(s):
    """'Имя <a@b>' -> display name encoded as an RFC 2047 word, address left bare"""
    out = []
    for name, a in email.utils.getaddresses([s]):
        out.append(email.utils.formataddr((name, a), charset="utf-8") if name else a)
    return ", ".join(out)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def emit(name, data, docs, ctx, lang, fmt, hard, kind=None):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, name + ".context.json"), "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    k = kind or " + ".join(d["kind"] for d in docs)
    if ctx["awaiting"] == "appointment" and docs[0]["kind"] == "responsible_change":
        k += " (appointment, p.5)"
    MANI.append(f"| `{name}` | {k} | {lang} | {fmt} | {hard} |")


def ctx(agency, email_, bin_, services, awaiting, our, effect, is_reply=True):
    return {"agency": {"name": agency, "email": email_, "bin": bin_},
            "services": [{"registry_number": r, "name": n} for r, n in services],
            "awaiting": awaiting,
            "our_letter": None if our is None else {"number": our[0], "date": our[1], "subject": our[2]},
            "expected_effect": effect, "is_reply": is_reply}


def form_doc(part, keys, lang, executor=None):
    d = {"part": part, "kind": "appendix1_form", "language": lang, "services": keys}
    if executor is not None:
        d["executor"] = {"full_name": executor[0], "date": executor[1]}
    return d

EKC = "Единый контакт-центр <info@ekc-gov.kz>"

# ======================================================================= FORMS (appendix1_form)
def f01():
    c, k = S("00501014", "Выдача справки о наличии личного подсобного хозяйства",
             "Стандарт государственной услуги «Выдача справки о наличии личного подсобного хозяйства», утвержденный приказом Министра сельского хозяйства Республики Казахстан от 6 мая 2015 года № 3-2/408",
             "Регламент государственной услуги «Выдача справки о наличии личного подсобного хозяйства», утвержденный постановлением акимата Акмолинской области от 14 августа 2015 года № А-8/377",
             None, "www.aqmola.gov.kz",
             "Жунусова Айгерим Болатовна, главный специалист отдела сельского хозяйства, тел. 8 (7162) 25-41-77, a.zhunusova@akmo.gov.kz",
             "Жунусова Айгерим Болатовна", "главный специалист отдела сельского хозяйства", "a.zhunusova@akmo.gov.kz", "87162254177")
    def b(d):
        land(d)
        paras(d, "Приложение 1\nк Правилам взаимодействия Единого контакт-центра", align="r", size=9)
        paras(d, "Информация о государственной услуге", bold=True, align="c")
        table(d, [HDR_RU, ["1"] + c])
        paras(d, "\nОтветственный исполнитель: Сейтказиева Г.М., тел. 25-40-12\nФ.И.О. ответственного исполнителя: Сейтказиева Гульнар Маратовна\n« 03 » февраля 2027 г.")
    emit("f01-akmola-lph.docx", docx_bytes(b),
         [form_doc("f01-akmola-lph.docx", [k], "ru", ("Сейтказиева Гульнар Маратовна", "2027-02-03"))],
         ctx("Управление сельского хозяйства Акмолинской области", "kanc@akmo.gov.kz", "150240012093",
             [("00501014", "Выдача справки о наличии личного подсобного хозяйства")], "information",
             ("ЕКЦ-2027/118", "2027-01-27", "О представлении информации по государственной услуге"),
             "занести сведения формы по услуге 00501014 в базу, ждать обучения"),
         "ru", "docx", "one row; executor named twice (initials line and full line)")


def f02():
    rows = [
        S("00601003", "Регистрация транспортных средств физических лиц",
          "Стандарт государственной услуги «Регистрация транспортных средств физических лиц», утвержденный приказом Министра внутренних дел Республики Казахстан от 2 декабря 2014 года № 862",
          "приказ МВД РК от 29 апреля 2015 года № 417",
          "приказ Министра внутренних дел РК от 1 марта 2026 года № 133",
          "http://mvd.gov.kz/gosuslugi",
          "Начальник отделения регистрации ТС\nКаримов Данияр Ерланович\n+7 (7172) 71-28-40",
          "Каримов Данияр Ерланович", "Начальник отделения регистрации ТС", None, "+77172712840"),
        S("00601005", "Выдача водительского удостоверения",
          "приказ Министра внутренних дел Республики Казахстан от 2 декабря 2014 года № 862",
          "приказ МВД РК от 29 апреля 2015 года № 417",
          "-", "http://mvd.gov.kz/gosuslugi",
          "Старший инспектор\nОспанова Меруерт Кайратовна\n+7 (7172) 71-28-44",
          "Оспанова Меруерт Кайратовна", "Старший инспектор", None, "+77172712844"),
        S("00601011", "Выдача справки о снятии транспортного средства с учета",
          "приказ Министра внутренних дел Республики Казахстан от 2 декабря 2014 года № 862",
          "приказ МВД РК от 29 апреля 2015 года № 417",
          "-", "http://mvd.gov.kz/gosuslugi",
          "Старший инспектор\nОспанова Меруерт Кайратовна\n+7 (7172) 71-28-44",
          "Оспанова Меруерт Кайратовна", "Старший инспектор", None, "+77172712844"),
    ]
    for r in rows[1:]:
        r[1]["npa_changes"] = None
    def b(d):
        land(d)
        paras(d, "Комитет административной полиции МВД РК\nОтвет на запрос ЕКЦ-2027/140 от 29.01.2027", size=10)
        t = [HDR_RU, [str(i) for i in range(1, 9)]] + [[str(i + 1)] + r[0] for i, r in enumerate(rows)]
        table(d, t)
        paras(d, "\nИсполнитель: Абенов Т.К.\nДата: 04.02.2027")
    emit("f02-kap-mvd-3rows.docx", docx_bytes(b),
         [form_doc("f02-kap-mvd-3rows.docx", [r[1] for r in rows], "ru", ("Абенов Т.К.", "2027-02-04"))],
         ctx("Комитет административной полиции Министерства внутренних дел Республики Казахстан", "kap@mvd.gov.kz", "990940001245",
             [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/140", "2027-01-29", "Запрос информации по государственным услугам"),
             "занести три услуги в базу ЕКЦ"),
         "ru", "docx", "column-number row; column 8 position first, name on the next line; dashes in column 6; executor initials only")


def f03():
    rows = [
        S("00703005", "Мұрағаттық анықтамалар беру",
          "Қазақстан Республикасы Мәдениет және спорт министрінің 2015 жылғы 29 мамырдағы № 196 бұйрығымен бекітілген «Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет стандарты",
          "Түркістан облысы әкімдігінің 2015 жылғы 18 қыркүйектегі № 224 қаулысымен бекітілген регламент",
          "жоқ", "www.ontustik.gov.kz",
          "Бекмұратова Сәуле Асқарқызы, мұрағат бөлімінің бас маманы, 8 (7252) 53-14-09",
          "Бекмұратова Сәуле Асқарқызы", "мұрағат бөлімінің бас маманы", None, "87252531409"),
        S("00703006", "Мұрағаттық құжаттардың көшірмелерін беру",
          "Қазақстан Республикасы Мәдениет және спорт министрінің 2015 жылғы 29 мамырдағы № 196 бұйрығы",
          "Түркістан облысы әкімдігінің 2015 жылғы 18 қыркүйектегі № 224 қаулысы",
          "жоқ", "www.ontustik.gov.kz",
          "Бекмұратова Сәуле Асқарқызы, мұрағат бөлімінің бас маманы, 8 (7252) 53-14-09",
          "Бекмұратова Сәуле Асқарқызы", "мұрағат бөлімінің бас маманы", None, "87252531409"),
    ]
    def b(d):
        land(d)
        paras(d, "Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларына\n1-қосымша", align="r", size=9)
        paras(d, "Мемлекеттік көрсетілетін қызмет туралы ақпарат", bold=True, align="c")
        table(d, [HDR_KK] + [[str(i + 1)] + r[0] for i, r in enumerate(rows)])
        paras(d, "\nОрындаған: Тілеубаева Ақмарал Нұрланқызы\n2027 жылғы 5 ақпан")
    emit("f03-turkistan-muragat-kk.docx", docx_bytes(b),
         [form_doc("f03-turkistan-muragat-kk.docx", [r[1] for r in rows], "kk", ("Тілеубаева Ақмарал Нұрланқызы", "2027-02-05"))],
         ctx("Түркістан облысының мұрағаттар және құжаттама басқармасы", "muragat@turkistan.gov.kz", "160540020417",
             [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/131", "2027-01-28", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы"),
             "занести обе услуги в базу"),
         "kk", "docx", "Kazakh headers; 'жоқ' written in column 6 (keyed as written); Kazakh date")


def f04():
    rows = [
        S("00101021", "Выдача разрешения на использование радиочастотного спектра",
          "утвержден приказом Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 24 февраля 2020 года № 65/НҚ",
          "не предусмотрен", None, "https://www.gov.kz/memleket/entities/mdai",
          "Тулегенов Арман Маратович – эксперт Управления радиочастот, 8 7172 74 08 51; a.tulegenov@mdai.gov.kz",
          "Тулегенов Арман Маратович", "эксперт Управления радиочастот", "a.tulegenov@mdai.gov.kz", "87172740851"),
        S("00101022", "Переоформление разрешения на использование радиочастотного спектра",
          "утвержден приказом Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 24 февраля 2020 года № 65/НҚ",
          "не предусмотрен", None, "https://www.gov.kz/memleket/entities/mdai",
          "Тулегенов Арман Маратович – эксперт Управления радиочастот, 8 7172 74 08 51; a.tulegenov@mdai.gov.kz",
          "Тулегенов Арман Маратович", "эксперт Управления радиочастот", "a.tulegenov@mdai.gov.kz", "87172740851"),
        S("00101030", "Присвоение позывного сигнала радиолюбительской станции",
          "утвержден приказом Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 2 марта 2020 года № 77/НҚ",
          "не предусмотрен", "приказ МЦРИАП РК от 10.11.2026 № 512/НҚ", "https://www.gov.kz/memleket/entities/mdai",
          "Жакупова Индира – главный эксперт, 8 7172 74 08 60; i.zhakupova@mdai.gov.kz",
          "Жакупова Индира", "главный эксперт", "i.zhakupova@mdai.gov.kz", "87172740860"),
        S("00101031", "Выдача свидетельства радиолюбителя",
          "утвержден приказом Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 2 марта 2020 года № 77/НҚ",
          "не предусмотрен", None, "https://www.gov.kz/memleket/entities/mdai",
          "Жакупова Индира – главный эксперт, 8 7172 74 08 60; i.zhakupova@mdai.gov.kz",
          "Жакупова Индира", "главный эксперт", "i.zhakupova@mdai.gov.kz", "87172740860"),
    ]
    def b(wb):
        ws = wb.active; ws.title = "Прил.1"
        ws["A1"] = "Информация по государственным услугам Комитета телекоммуникаций"
        ws.merge_cells("A1:H1")
        # header split over two rows
        top = ["№", "№ гос. услуги", "Наименование", "Стандарт", "Регламент", "НПА, вносящие", "Адрес", "ФИО, должность"]
        bot = ["п/п", "в реестре", "государственной услуги", "государственной услуги (реквизиты)", "государственной услуги (реквизиты)", "изменения и дополнения", "веб-ресурса", "ответственного лица"]
        ws.append([]); ws.append(top); ws.append(bot)
        for i, r in enumerate(rows):
            ws.append([i + 1] + r[0])
        ws.append([]); ws.append(["Исполнитель: Нурмаганбетов Ержан Болатович, 74-08-02"])
        ws.append(["10.02.2027"])
        for col, w in zip("ABCDEFGH", (5, 12, 30, 40, 18, 25, 30, 40)):
            ws.column_dimensions[col].width = w
    emit("f04-mdai-radio.xlsx", xlsx_bytes(b),
         [form_doc("f04-mdai-radio.xlsx", [r[1] for r in rows], "ru", ("Нурмаганбетов Ержан Болатович", "2027-02-10"))],
         ctx("Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
             "kt@mdai.gov.kz", "190440028331", [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/151", "2027-02-01", "О представлении информации"), "занести четыре услуги"),
         "ru", "xlsx", "header split over two rows; title merged; 'не предусмотрен' in regulation keyed as written; name without patronymic; en dash separator")


def f05():
    rows = [
        S("00902001", "Выдача лицензии на фармацевтическую деятельность",
          "Приказ Министра здравоохранения РК от 4 марта 2026 года № Қ ДСМ-21 «Об утверждении стандарта государственной услуги»",
          "Приказ МЗ РК от 4 марта 2026 года № Қ ДСМ-22", "отсутствует", "www.dsm.gov.kz",
          "Сарсенбаев Нурлан Абаевич, руководитель управления лицензирования\nтел.: +7 717 274 36 12\ne-mail: N.Sarsenbayev@dsm.gov.kz",
          "Сарсенбаев Нурлан Абаевич", "руководитель управления лицензирования", "n.sarsenbayev@dsm.gov.kz", "+77172743612"),
        S("00902004", "Выдача разрешения на ввоз лекарственных средств",
          "Приказ Министра здравоохранения РК от 4 марта 2026 года № Қ ДСМ-21",
          "Приказ МЗ РК от 4 марта 2026 года № Қ ДСМ-22", "отсутствует", "www.dsm.gov.kz",
          "Лим Виктория Сергеевна, главный эксперт\nтел.: +7 717 274 36 19\ne-mail: v.lim@dsm.gov.kz",
          "Лим Виктория Сергеевна", "главный эксперт", "v.lim@dsm.gov.kz", "+77172743619"),
    ]
    def fl():
        f = P("Комитет медицинского и фармацевтического контроля\nМинистерства здравоохранения Республики Казахстан\n")
        f += P("ИНФОРМАЦИЯ О ГОСУДАРСТВЕННЫХ УСЛУГАХ", PSB)
        f.append(Spacer(1, 8))
        f.append(ptable([[h for h in HDR_RU]] + [[str(i + 1)] + r[0] for i, r in enumerate(rows)],
                        [22, 55, 85, 110, 95, 70, 70, 240]))
        f += P("\nФ.И.О. исполнителя: Мукашева Динара Ериковна\nДата: 11 февраля 2027 года")
        return f
    emit("f05-kmfk-pharm.pdf", pdf_bytes(fl, True),
         [form_doc("f05-kmfk-pharm.pdf", [r[1] for r in rows], "ru", ("Мукашева Динара Ериковна", "2027-02-11"))],
         ctx("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан",
             "kmfk@dsm.gov.kz", "050240006618", [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/149", "2027-02-01", "Запрос информации по госуслугам"), "занести две услуги"),
         "ru", "pdf", "landscape PDF table; column 8 on three lines; e-mail in capitals; 'отсутствует' in column 6")


def f06():
    rows = [
        S("00803012", "Выдача архивной справки о трудовом стаже",
          "Стандарт, утвержденный приказом Министра культуры и информации РК от 12 июня 2025 года № 241-НҚ",
          "постановление акимата г. Шымкент от 03.09.2025 № 612", None, "shymkent.gov.kz/ru/archive",
          "Әбдіқадыров Нұрсұлтан Сәкенұлы, главный специалист, 8-7252-39-50-11",
          "Әбдіқадыров Нұрсұлтан Сәкенұлы", "главный специалист", None, "87252395011"),
        S("00803013", "Выдача копий архивных документов",
          "Стандарт, утвержденный приказом Министра культуры и информации РК от 12 июня 2025 года № 241-НҚ",
          "постановление акимата г. Шымкент от 03.09.2025 № 612", None, "shymkent.gov.kz/ru/archive",
          "Әбдіқадыров Нұрсұлтан Сәкенұлы, главный специалист, 8-7252-39-50-11",
          "Әбдіқадыров Нұрсұлтан Сәкенұлы", "главный специалист", None, "87252395011"),
    ]
    tr = "".join("<tr>" + "".join(f"<td style='border:1px solid #000'>{v}</td>" for v in [str(i + 1)] + r[0]) + "</tr>"
                 for i, r in enumerate(rows))
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri">Добрый день!<br><br>
На Ваш запрос № ЕКЦ-2027/162 от 02.02.2027 направляем информацию по форме приложения 1.<br><br>
<table style="border-collapse:collapse" cellpadding="4">
<tr>{''.join(f"<th style='border:1px solid #000'>{h}</th>" for h in HDR_RU)}</tr>
{tr}
</table><br>
Исполнитель: Турсынбекова Л.А.<br>
Дата заполнения: 08.02.2027<br><br>
С уважением,<br>Лаура Турсынбекова<br>Управление культуры, архивов и документации г. Шымкент<br>тел. 39-50-02
</div>
<p style="color:#888;font-size:8pt">Бұл хат пен оның тіркемелері құпия болып табылады. Данное сообщение и вложения конфиденциальны.</p>
</body></html>"""
    data = mail("Турсынбекова Лаура <l.tursynbekova@shymkent.gov.kz>", EKC,
                "RE: Запрос информации по госуслугам (ЕКЦ-2027/162)", "Mon, 08 Feb 2027 16:22:05 +0500", html=html)
    emit("f06-shymkent-archive-html.eml", data,
         [form_doc("body", [r[1] for r in rows], "ru", ("Турсынбекова Л.А.", "2027-02-08"))],
         ctx("Управление культуры, архивов и документации города Шымкент", "kanc@shymkent.gov.kz", "180340011256",
             [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/162", "2027-02-02", "Запрос информации по госуслугам"), "занести две услуги из таблицы в теле письма"),
         "ru (kk disclaimer)", "eml html-only", "form as an HTML table in an HTML-only body; website without scheme; empty column 6")


def f07():
    rows = [
        S("00405007", "Назначение социальной помощи отдельным категориям нуждающихся граждан",
          "приказ Министра труда и социальной защиты населения РК от 25 марта 2021 года № 85",
          "-", "приказ МТСЗН РК от 14.07.2026 № 270", "www.gov.kz/memleket/entities/kostanay-jumys",
          "Ким Оксана Викторовна главный специалист 8(7142)50-33-71",
          "Ким Оксана Викторовна", "главный специалист", None, "87142503371"),
        S("00405011", "Оформление документов на социальное обслуживание в доме-интернате",
          "приказ Министра труда и социальной защиты населения РК от 29 июня 2021 года № 227",
          "-", "-", "www.gov.kz/memleket/entities/kostanay-jumys",
          "Ким Оксана Викторовна главный специалист 8(7142)50-33-71",
          "Ким Оксана Викторовна", "главный специалист", None, "87142503371"),
        S("00405019", "Выдача справки о неполучении пособия",
          "приказ Министра труда и социальной защиты населения РК от 25 марта 2021 года № 85",
          "-", "-", "www.gov.kz/memleket/entities/kostanay-jumys",
          "Нұрғали Ерболат Маратұлы руководитель отдела 8(7142)50-33-70",
          "Нұрғали Ерболат Маратұлы", "руководитель отдела", None, "87142503370"),
    ]
    for r in rows:
        r[1]["regulation"] = None
    rows[1][1]["npa_changes"] = None; rows[2][1]["npa_changes"] = None
    hdr = "\t".join(["№", "№ в реестре", "Наименование госуслуги", "Стандарт", "Регламент", "НПА изменения", "Веб-ресурс", "ФИО, должность ответственного"])
    lines = "\n".join("\t".join([str(i + 1)] + r[0]) for i, r in enumerate(rows))
    body = f"""Здравствуйте.

Направляем заполненную форму (скопировано из Excel):

{hdr}
{lines}

Регламенты после 2020 года не утверждаются, поэтому в столбце 5 прочерк.

Исп. Балтабаева Камила Серикқызы, 12.02.2027

--
Управление координации занятости и социальных программ акимата Костанайской области
110000, г. Костанай, ул. Аль-Фараби, 67, каб. 214
"""
    data = mail("soc-prog@kostanay.gov.kz", "info@ekc-gov.kz", "Ответ на ЕКЦ-2027/170 — форма прил.1",
                "Fri, 12 Feb 2027 10:05:44 +0600", body=body, charset="windows-1251")
    emit("f07-kostanay-tsv-cp1251.eml", data,
         [form_doc("body", [r[1] for r in rows], "ru", ("Балтабаева Камила Серикқызы", "2027-02-12"))],
         ctx("Управление координации занятости и социальных программ акимата Костанайской области", "soc-prog@kostanay.gov.kz",
             "050140001992", [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/170", "2027-02-04", "О представлении информации"), "занести три услуги"),
         "ru", "eml plain cp1251", "tab-separated table in a windows-1251 plain body; column 8 without commas; dashes -> null")


def f08():
    c, k = S("01001043", "Жер учаскесіне сәйкестендіру құжатын дайындау",
             "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығы",
             "көзделмеген", None, "www.gov.kz/memleket/entities/abai-jer",
             "Оспанов Ерлан Серікұлы\nжер қатынастары бөлімінің басшысы\nтел. 8 (7222) 52-61-30\nospanov.e@abai.gov.kz",
             "Оспанов Ерлан Серікұлы", "жер қатынастары бөлімінің басшысы", "ospanov.e@abai.gov.kz", "87222526130")
    def b(d):
        land(d)
        paras(d, "1-қосымша", align="r")
        table(d, [HDR_KK, ["1", "2", "3", "4", "5", "6", "7", "8"], ["1"] + c])
        paras(d, "\nОрындаған: Жақсылықова Г.\n«15» ақпан 2027 ж.")
    att = docx_bytes(b)
    body = """Құрметті әріптестер!

Сіздердің 2027 жылғы 9 ақпандағы № ЕКЦ-2027/181 хатыңызға сәйкес 1-қосымшаға сай толтырылған нысанды жолдаймыз.

Қосымша: 1 парақ.

Құрметпен,
Абай облысының жер қатынастары басқармасы
"""
    data = mail("Жер қатынастары басқармасы <jer@abai.gov.kz>", EKC, "1-қосымша бойынша ақпарат",
                "Mon, 15 Feb 2027 11:40:00 +0500", body=body, atts=[("1-kosymsha.docx", att, DOCX)])
    emit("f08-abai-jer-kk.eml", data,
         [form_doc("1-kosymsha.docx", [k], "kk", ("Жақсылықова Г.", "2027-02-15"))],
         ctx("Абай облысының жер қатынастары басқармасы", "jer@abai.gov.kz", "220740015504",
             [("01001043", "Жер учаскесіне сәйкестендіру құжатын дайындау")], "information",
             ("ЕКЦ-2027/181", "2027-02-09", "Мемлекеттік көрсетілетін қызмет туралы ақпарат"),
             "занести услугу из вложения"),
         "kk", "eml + docx", "Kazakh covering note and Kazakh form; 'көзделмеген' in column 5 keyed as written; column 8 on four lines")


def f09():
    # old .doc layout: title row merged across the table, header in two rows with merged cells
    rows = [
        S("00201001", "Государственная регистрация рождения ребенка", "приказ Министра юстиции РК от 28 июля 2020 года № 84",
          "", "", "adilet.zan.kz", "", "", ""),
        S("00201002", "Государственная регистрация заключения брака (супружества)", "приказ Министра юстиции РК от 28 июля 2020 года № 84",
          "", "", "adilet.zan.kz", "", "", ""),
        S("00201004", "Государственная регистрация смерти", "приказ Министра юстиции РК от 28 июля 2020 года № 84",
          "", "", "adilet.zan.kz", "", "", ""),
        S("00201007", "Восстановление записей актов гражданского состояния", "приказ Министра юстиции РК от 28 июля 2020 года № 84",
          "", "приказ МЮ РК от 05.10.2026 № 803", "adilet.zan.kz", "", "", ""),
        S("00201009", "Выдача повторных свидетельств или справок о регистрации акта гражданского состояния",
          "приказ Министра юстиции РК от 28 июля 2020 года № 84", "", "", "adilet.zan.kz", "", "", ""),
    ]
    col8 = "Дюсенова Раушан Жумабековна, руководитель отдела ЗАГС акимата Павлодарской области, тел. 8 (7182) 32-17-95"
    for r in rows:
        r[0][6] = col8
        r[1]["regulation"] = None
        if r[1]["npa_changes"] == "":
            r[1]["npa_changes"] = None
        r[1]["responsible"] = {"full_name": "Дюсенова Раушан Жумабековна",
                               "position": "руководитель отдела ЗАГС акимата Павлодарской области",
                               "email": None, "phone": "87182321795"}
    def b(d):
        paras(d, "ОТДЕЛ РЕГИСТРАЦИИ АКТОВ ГРАЖДАНСКОГО СОСТОЯНИЯ\nАКИМАТА ПАВЛОДАРСКОЙ ОБЛАСТИ", bold=True, align="c")
        t = d.add_table(rows=3 + len(rows), cols=8); t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 7)); a.text = "Запрос о предоставлении информации о государственной услуге"
        # header, two rows, cols 0-2 and 6-7 merged vertically, 3-5 under a common caption
        for j, h in ((0, "№ п/п"), (1, "№ государственной услуги в реестре"), (2, "Наименование государственной услуги"),
                     (6, "Адрес веб-ресурса"), (7, "Ф.И.О., должность ответственного лица")):
            m = t.cell(1, j).merge(t.cell(2, j)); m.text = h
        g = t.cell(1, 3).merge(t.cell(1, 5)); g.text = "Реквизиты нормативных правовых актов"
        t.cell(2, 3).text = "Стандарт государственной услуги"
        t.cell(2, 4).text = "Регламент государственной услуги"
        t.cell(2, 5).text = "НПА, вносящие изменения и дополнения"
        for i, r in enumerate(rows):
            vals = [str(i + 1)] + r[0]
            for j, v in enumerate(vals):
                if j == 7 and i > 0:
                    continue
                t.cell(3 + i, j).text = v
        m = t.cell(3, 7).merge(t.cell(3 + len(rows) - 1, 7)); m.text = col8
        paras(d, "\nФ.И.О. ответственного исполнителя  Дюсенова Р.Ж.\n« 16 » февраля  2027 г.")
    emit("f09-pavlodar-zags-merged.docx", docx_bytes(b),
         [form_doc("f09-pavlodar-zags-merged.docx", [r[1] for r in rows], "ru", ("Дюсенова Р.Ж.", "2027-02-16"))],
         ctx("Отдел регистрации актов гражданского состояния акимата Павлодарской области", "zags@pavlodar.gov.kz", "040340004711",
             [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/177", "2027-02-08", "О представлении информации по 5 услугам"), "занести пять услуг"),
         "ru", "docx (old .doc-like layout)", "title row merged across; two-row header with vertical and horizontal merges; column 8 one merged cell for all five rows; empty regulation cells")


def f10():
    rows = [
        S("00303017", "Балалы отбасыларға берілетін мемлекеттік жәрдемақыларды тағайындау",
          "ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 5 мамырдағы № 142 бұйрығы",
          "-", "ҚР ЕХӘҚМ 2026 жылғы 20 қазандағы № 388 бұйрығы", "www.enbek.gov.kz",
          "Сейітқалиева Ләззат Бақытжанқызы – бас маман, +7 (7112) 24-08-33, l.seitkaliyeva@zko.gov.kz",
          "Сейітқалиева Ләззат Бақытжанқызы", "бас маман", "l.seitkaliyeva@zko.gov.kz", "+77112240833"),
        S("00303021", "Мүгедектігі бар балаларды тәрбиелеуші ата-анаға жәрдемақы тағайындау",
          "ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2023 жылғы 5 мамырдағы № 142 бұйрығы",
          "-", "-", "www.enbek.gov.kz",
          "Құрманғазиев Асқар – бөлім басшысы, +7 (7112) 24-08-30",
          "Құрманғазиев Асқар", "бөлім басшысы", None, "+77112240830"),
    ]
    for r in rows:
        r[1]["regulation"] = None
    rows[1][1]["npa_changes"] = None
    def b(wb):
        ws = wb.active; ws.title = "Ақпарат"
        ws.append(["Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы"])
        ws.append([])
        ws.append(HDR_KK)
        for i, r in enumerate(rows):
            ws.append([i + 1] + r[0])
        for row in ws.iter_rows(min_row=3):
            for c_ in row:
                c_.alignment = Alignment(wrap_text=True, vertical="top")
        ws.append([]); ws.append(["Орындаған:", "Мұратова Айжан Ерланқызы"]); ws.append(["Күні:", "17.02.2027"])
    emit("f10-bko-jardemaqy-kk.xlsx", xlsx_bytes(b),
         [form_doc("f10-bko-jardemaqy-kk.xlsx", [r[1] for r in rows], "kk", ("Мұратова Айжан Ерланқызы", "2027-02-17"))],
         ctx("Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
             "soc@zko.gov.kz", "020840002266", [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/188", "2027-02-10", "Ақпарат беру туралы"), "занести две услуги"),
         "kk", "xlsx", "Kazakh headers; executor label and name in separate cells; name without patronymic")


def f11():
    # a one-service form turned on its side
    c, k = S("00904002", "Выдача санитарно-эпидемиологического заключения",
             "Стандарт государственной услуги утвержден приказом Министра здравоохранения РК от 30 декабря 2020 года № ҚР ДСМ-336/2020",
             "не требуется", "не вносились", "www.gov.kz/memleket/entities/ksek",
             "Ибраев Талгат Нурланович\nзаместитель руководителя департамента\n8 (7232) 76-55-14, t.ibrayev@ksek.gov.kz",
             "Ибраев Талгат Нурланович", "заместитель руководителя департамента", "t.ibrayev@ksek.gov.kz", "87232765514")
    def b(d):
        paras(d, "Департамент санитарно-эпидемиологического контроля Восточно-Казахстанской области", bold=True, align="c")
        paras(d, "Исх. № 04-12/1190 от 18.02.2027\n\nИнформация по государственной услуге (по форме приложения 1 к Правилам)")
        labels = HDR_RU[1:]
        table(d, [["Наименование графы", "Сведения"]] + [[l, v] for l, v in zip(labels, c)])
        paras(d, "\nИсполнитель: Шайхина Жанар Бекеновна\n18 февраля 2027 года")
    emit("f11-vko-ses-vertical.docx", docx_bytes(b),
         [form_doc("f11-vko-ses-vertical.docx", [k], "ru", ("Шайхина Жанар Бекеновна", "2027-02-18"))],
         ctx("Департамент санитарно-эпидемиологического контроля Восточно-Казахстанской области", "vko@ksek.gov.kz", "200140033145",
             [("00904002", "Выдача санитарно-эпидемиологического заключения")], "information",
             ("ЕКЦ-2027/190", "2027-02-11", "Запрос информации"), "занести одну услугу"),
         "ru", "docx", "form turned on its side (field | value); 'не требуется' and 'не вносились' keyed as written")


def f12():
    base_std = "приказ Министра экологии и природных ресурсов РК от 2 июня 2020 года № 130"
    names = [("01202001", "Выдача экологического разрешения на воздействие для объектов I категории"),
             ("01202002", "Выдача экологического разрешения на воздействие для объектов II категории"),
             ("01202005", "Выдача заключения государственной экологической экспертизы"),
             ("01202008", "Выдача разрешения на специальное водопользование"),
             ("01202011", "Выдача лицензии на выполнение работ в области охраны окружающей среды"),
             ("01202014", "Выдача разрешения на эмиссии в окружающую среду"),
             ("01202017", "Согласование проектов нормативов допустимых выбросов"),
             ("01202020", "Выдача заключения об определении сферы охвата оценки воздействия на окружающую среду")]
    people = [("Ахметжанов Бауыржан Кайратович", "руководитель отдела экологических разрешений", "b.akhmetzhanov@ecogeo.gov.kz", "+7 7172 74 01 26"),
              ("Григорьева Анна Павловна", "главный эксперт", "a.grigoryeva@ecogeo.gov.kz", "+7 7172 74 01 29")]
    rows = []
    for i, (reg, nm) in enumerate(names):
        fio, pos, em, ph = people[0] if i < 5 else people[1]
        npa = "приказ МЭПР РК от 18.09.2026 № 301" if reg in ("01202001", "01202002") else None
        rows.append(S(reg, nm, base_std, None, npa, "https://www.gov.kz/memleket/entities/ecogeo",
                      f"{pos} {fio}\n{ph}\n{em}", fio, pos, em, ph.replace(" ", "")))
    def b(wb):
        ws = wb.active; ws.title = "Лист1"
        ws.append(["Приложение 1 к Правилам взаимодействия Единого контакт-центра"])
        ws.append(HDR_RU)
        ws.append([1, 2, 3, 4, 5, 6, 7, 8])
        for i, r in enumerate(rows):
            v = r[0][:]; v[4] = v[4] or "—"
            ws.append([i + 1] + v)
        ws2 = wb.create_sheet("Справочно")
        ws2.append(["Регламенты отменены с 2020 года (Закон РК «О государственных услугах», изменения 2019 г.)"])
        ws.append([]); ws.append(["Исп.: Григорьева А.П., 12 марта 2027 г."])
    body = """Добрый день, уважаемые коллеги!

Во исполнение Вашего письма исх. № ЕКЦ-2027/214 от 01.03.2027 направляем сведения по 8 (восьми) государственным услугам Комитета экологического регулирования и контроля во вложении.

По вопросам обращаться к Григорьевой Анне Павловне, тел. 74-01-29.

С уважением,
Секретариат КЭРК МЭПР РК

-----Original Message-----
From: Единый контакт-центр
Sent: Monday, March 1, 2027 9:12 AM
Subject: Запрос информации

Просим в течение пяти рабочих дней представить сведения по прилагаемой форме (приложение 1)...
"""
    data = mail("kerk-sekr@ecogeo.gov.kz", EKC, "RE: Запрос информации", "Fri, 12 Mar 2027 17:58:31 +0500",
                body=body, atts=[("Прил1_КЭРК_8 услуг.xlsx", xlsx_bytes(b), XLSX)])
    emit("f12-ecogeo-8rows.eml", data,
         [form_doc("Прил1_КЭРК_8 услуг.xlsx", [r[1] for r in rows], "ru", ("Григорьева А.П.", "2027-03-12"))],
         ctx("Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
             "kerk@ecogeo.gov.kz", "130940024568", [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/214", "2027-03-01", "Запрос информации"), "занести восемь услуг из вложения"),
         "ru", "eml + xlsx", "8 services; Cyrillic attachment name (RFC 2231); em dash in regulation column; position before name in column 8; second sheet with a note; quoted request in body")


def f13():
    rows = [
        S("00507003", "Выдача ветеринарного паспорта на животное",
          "Стандарт государственной услуги, утвержденный приказом Министра сельского хозяйства Республики Казахстан от 22 мая 2020 года № 172",
          "не требуется", "отсутствует", "vet.kz/uslugi",
          "Мухамедиев Азамат Талгатович,\nруководитель отдела ветеринарии ГУ «Отдел ветеринарии Карасайского района»,\nтел.: 8 727 71 2 14 36,\nэл.почта: karasai-vet@mail.ru",
          "Мухамедиев Азамат Талгатович", "руководитель отдела ветеринарии ГУ «Отдел ветеринарии Карасайского района»", "karasai-vet@mail.ru", "87277121436"),
        S("00507008", "Выдача ветеринарной справки",
          "Стандарт государственной услуги, утвержденный приказом Министра сельского хозяйства Республики Казахстан от 22 мая 2020 года № 172",
          "не требуется", "отсутствует", "vet.kz/uslugi",
          "Мухамедиев Азамат Талгатович,\nруководитель отдела ветеринарии ГУ «Отдел ветеринарии Карасайского района»,\nтел.: 8 727 71 2 14 36,\nэл.почта: karasai-vet@mail.ru",
          "Мухамедиев Азамат Талгатович", "руководитель отдела ветеринарии ГУ «Отдел ветеринарии Карасайского района»", "karasai-vet@mail.ru", "87277121436"),
    ]
    def b(d):
        land(d)
        paras(d, "«Қарасай ауданының ветеринария бөлімі» ММ / ГУ «Отдел ветеринарии Карасайского района»\nШығ. № 02-08/77  «19» 02. 2027 ж.", size=10)
        paras(d, "Форма", align="r")
        # columns numbered only, header on the row above
        table(d, [HDR_RU, ["1", "2", "3", "4", "5", "6", "7", "8"]] + [[str(i + 1)] + r[0] for i, r in enumerate(rows)])
        paras(d, "\nРуководитель отдела                                   А. Мухамедиев\n\nИсп.: Есенгелді Айдана Нұрланқызы\n19.02.2027")
    emit("f13-karasai-vet.docx", docx_bytes(b),
         [form_doc("f13-karasai-vet.docx", [r[1] for r in rows], "ru", ("Есенгелді Айдана Нұрланқызы", "2027-02-19"))],
         ctx("ГУ «Отдел ветеринарии Карасайского района» Алматинской области", "karasai-vet@mail.ru", "081240007730",
             [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/193", "2027-02-12", "О представлении информации"), "занести две услуги"),
         "ru (kk letterhead)", "docx", "bilingual letterhead; column 8 with quotes inside the position and mail.ru address; 'не требуется'/'отсутствует' as written; signature line between table and executor")


def f14():
    c, k = S("00102004", "Азаматтық хал актілерін тіркеу органдарына мәліметтер беру",
             "Қазақстан Республикасы Әділет министрінің 2020 жылғы 28 шілдедегі № 84 бұйрығы",
             "", "", "www.ulytau.gov.kz",
             "Сағынтаев Бауыржан Төлегенұлы, бас маман, 8 (7102) 72-33-18",
             "Сағынтаев Бауыржан Төлегенұлы", "бас маман", None, "87102723318")
    k["regulation"] = None; k["npa_changes"] = None
    def fl():
        f = P("ҰЛЫТАУ ОБЛЫСЫ ӘКІМДІГІНІҢ\nАЗАМАТТЫҚ ХАЛ АКТІЛЕРІН ТІРКЕУ БӨЛІМІ", PSB)
        f += P("\nШығыс № 3-14/208\n2027 жылғы 22 ақпан\n\nБірыңғай байланыс орталығына\n")
        f.append(ptable([HDR_KK, ["1"] + c], [25, 60, 90, 110, 70, 70, 70, 200]))
        f += P("\nОрындаған: Қасымова Әйгерім Жанатқызы, тел. 72-33-10\n2027 жылғы 22 ақпан")
        return f
    emit("f14-ulytau-ahat-kk.pdf", pdf_bytes(fl, True),
         [form_doc("f14-ulytau-ahat-kk.pdf", [k], "kk", ("Қасымова Әйгерім Жанатқызы", "2027-02-22"))],
         ctx("Ұлытау облысы әкімдігінің азаматтық хал актілерін тіркеу бөлімі", "ahat@ulytau.gov.kz", "220940007312",
             [("00102004", "Азаматтық хал актілерін тіркеу органдарына мәліметтер беру")], "information",
             ("ЕКЦ-2027/196", "2027-02-15", "Ақпарат сұрау"), "занести услугу"),
         "kk", "pdf", "Kazakh PDF; two empty cells; outgoing number and date in Kazakh form")


def f15():
    rows = [
        S("00805001", "Выдача лицензии на туроператорскую деятельность",
          "приказ Министра туризма и спорта РК от 17 января 2024 года № 11",
          None, "приказ МТС РК от 02.12.2026 № 415 (вступает в силу 01.03.2027)", "https://www.gov.kz/memleket/entities/tsm",
          "Байжанова Асель Муратовна, эксперт Комитета индустрии туризма, тел. +7 (7172) 74-56-23, email: a.baizhanova@tsm.gov.kz",
          "Байжанова Асель Муратовна", "эксперт Комитета индустрии туризма", "a.baizhanova@tsm.gov.kz", "+77172745623"),
        S("00805002", "Выдача лицензии на турагентскую деятельность (уведомительный порядок)",
          "приказ Министра туризма и спорта РК от 17 января 2024 года № 11",
          None, None, "https://www.gov.kz/memleket/entities/tsm",
          "Байжанова Асель Муратовна, эксперт Комитета индустрии туризма, тел. +7 (7172) 74-56-23, email: a.baizhanova@tsm.gov.kz",
          "Байжанова Асель Муратовна", "эксперт Комитета индустрии туризма", "a.baizhanova@tsm.gov.kz", "+77172745623"),
        S("00805009", "Внесение в реестр гидов (экскурсоводов)",
          "приказ Министра туризма и спорта РК от 17 января 2024 года № 12",
          None, None, "https://www.gov.kz/memleket/entities/tsm",
          "Омаров Руслан, главный эксперт, тел. +7 (7172) 74-56-27",
          "Омаров Руслан", "главный эксперт", None, "+77172745627"),
    ]
    def fl():
        f = P("МИНИСТЕРСТВО ТУРИЗМА И СПОРТА РЕСПУБЛИКИ КАЗАХСТАН\nКомитет индустрии туризма", PSB)
        f += P("\n")
        f.append(ptable([HDR_RU] + [[str(i + 1)] + [x or "" for x in r[0]] for i, r in enumerate(rows)],
                        [22, 55, 90, 100, 60, 100, 90, 240]))
        f += P("\nИсполнитель: Байжанова А.М.\n« 24 » февраля 2027 г.")
        return f
    body = "Добрый день. Во вложении форма по трем услугам (PDF, подписано ЭЦП в ЕСЭДО, дубль по почте).\n\nОтправлено с iPhone"
    data = mail("Асель Байжанова <a.baizhanova@tsm.gov.kz>", EKC, "Fwd: форма прил. 1 КИТ", "Wed, 24 Feb 2027 19:03:10 +0500",
                body=body, atts=[("forma_KIT.pdf", pdf_bytes(fl, True), PDF)])
    emit("f15-tsm-tourism.eml", data,
         [form_doc("forma_KIT.pdf", [r[1] for r in rows], "ru", ("Байжанова А.М.", "2027-02-24"))],
         ctx("Комитет индустрии туризма Министерства туризма и спорта Республики Казахстан", "kit@tsm.gov.kz", "230240019932",
             [(r[1]["registry_number"], r[1]["service_name"]) for r in rows], "information",
             ("ЕКЦ-2027/201", "2027-02-17", "О представлении информации"), "занести три услуги"),
         "ru", "eml + pdf", "short iPhone note; PDF attachment; column 6 filled only in row 1 with a parenthesis")


def f16():
    # columns in another order: name first, then registry number; col 8 split over lines without commas
    rows = [
        S("00704011", "Выдача разрешения на проведение археологических работ",
          "приказ Министра культуры и спорта РК от 22 апреля 2020 года № 117",
          None, "приказ МКИ РК от 14.08.2026 № 322-НҚ", "www.mki.gov.kz",
          "Темирбекова Гульмира Аскаровна\nначальник отдела охраны историко-культурного наследия\n8 701 555 12 90",
          "Темирбекова Гульмира Аскаровна", "начальник отдела охраны историко-культурного наследия", None, "87015551290"),
    ]
    def b(d):
        paras(d, "Комитет культуры МКИ РК\n\nСведения по государственной услуге")
        hdr = ["№", "Наименование государственной услуги", "Номер в реестре", "Стандарт (реквизиты)",
               "Регламент (реквизиты)", "Изменения (НПА)", "Веб-ресурс", "Ответственное лицо (ФИО, должность)"]
        c = rows[0][0]
        table(d, [hdr, ["1", c[1], c[0], c[2], "—", c[4], c[5], c[6]]])
        paras(d, "\nФ.И.О. ответственного исполнителя: Темирбекова Г.А.\nДата: 25.02.27")
    emit("f16-mki-archeology-colorder.docx", docx_bytes(b),
         [form_doc("f16-mki-archeology-colorder.docx", [rows[0][1]], "ru", ("Темирбекова Г.А.", "2027-02-25"))],
         ctx("Комитет культуры Министерства культуры и информации Республики Казахстан", "kk@mki.gov.kz", "221040001180",
             [("00704011", "Выдача разрешения на проведение археологических работ")], "information",
             ("ЕКЦ-2027/203", "2027-02-18", "О представлении информации"), "занести услугу"),
         "ru", "docx", "columns 2 and 3 swapped; mobile phone; two-digit year in date")


# ======================================================================= letters
def letter_docx(text):
    def b(d):
        for block in text.strip("\n").split("\n"):
            p = d.add_paragraph(block)
    return docx_bytes(b)


def letter_pdf(text):
    return pdf_bytes(lambda: P(text))


def L(name, fmt, text, docs, cx, lang, hard, m=None, att_name=None, cover=None, html=None, charset="utf-8", label=None):
    """fmt: txt | docx | pdf | body | html | att-docx | att-pdf ; m = (from, subject, date)"""
    kind_docs = docs
    if fmt == "txt":
        data = text.strip("\n") + "\n"
        if charset != "utf-8":
            data = data.encode(charset)
    elif fmt == "docx":
        data = letter_docx(text)
    elif fmt == "pdf":
        data = letter_pdf(text)
    elif fmt == "body":
        data = mail(m[0], m[3] if len(m) > 3 else EKC, m[1], m[2], body=text, html=html, charset=charset, label=label)
    elif fmt == "html":
        data = mail(m[0], m[3] if len(m) > 3 else EKC, m[1], m[2], html=text, charset=charset, label=label)
    elif fmt in ("att-docx", "att-pdf"):
        blob = letter_docx(text) if fmt == "att-docx" else letter_pdf(text)
        data = mail(m[0], m[3] if len(m) > 3 else EKC, m[1], m[2], body=cover, html=html, charset=charset, label=label,
                    atts=[(att_name, blob, DOCX if fmt == "att-docx" else PDF)])
    part = {"txt": name, "docx": name, "pdf": name, "body": "body", "html": "body"}.get(fmt, att_name)
    for d in kind_docs:
        d.setdefault("part", part)
        if lang[:2] in ("ru", "kk"):
            d.setdefault("language", lang[:2])
    fmtname = {"txt": "txt", "docx": "docx", "pdf": "pdf", "body": "eml body", "html": "eml html-only",
               "att-docx": "eml + docx", "att-pdf": "eml + pdf"}[fmt]
    if charset != "utf-8":
        fmtname += f" ({charset}{', label ' + label if label else ''}{', no charset label' if label == '' else ''})"
    emit(name, data, kind_docs, cx, lang, fmtname, hard)


def RC(resp, prev=None, eff="__", regs=None, kind="responsible_change"):
    d = {"kind": kind, "responsible": resp}
    if prev != "__":
        d["previous_responsible"] = prev
    if eff != "__":
        d["effective_date"] = eff
    if regs is not None:
        d["services"] = [{"registry_number": r} for r in regs]
    return d


def per(full_name, position=None, email=None, phone=None):
    d = {"full_name": full_name}
    if position is not None: d["position"] = position
    if email is not None: d["email"] = email
    if phone is not None: d["phone"] = phone
    return d


# ======================================================================= APPOINTMENTS (p.5)
def appointments():
    L("a01-mcx-appoint.eml", "body", """Уважаемые коллеги!

На Ваш запрос № ЕКЦ-2027/102 от 20.01.2027 сообщаем, что ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге «Субсидирование стоимости удобрений» (№ 00501031 в реестре) назначен Сагындыков Мейрам Бекболатович, главный эксперт Департамента земледелия, тел. 8 (7172) 55-61-14, e-mail: m.sagyndykov@moa.gov.kz.

Заместитель директора Департамента земледелия
Ж. Алимбаева

> From: info@ekc-gov.kz
> Sent: 20.01.2027 10:14
> Просим в течение трех рабочих дней назначить ответственное лицо...
""", [RC(per("Сагындыков Мейрам Бекболатович", "главный эксперт Департамента земледелия", "m.sagyndykov@moa.gov.kz", "87172556114"), None, regs=["00501031"])],
      ctx("Министерство сельского хозяйства Республики Казахстан", "kanc@moa.gov.kz", "990240008722",
          [("00501031", "Субсидирование стоимости удобрений")], "appointment",
          ("ЕКЦ-2027/102", "2027-01-20", "О назначении ответственного лица"), "записать ответственного, ждать форму"),
      "ru", "appointment in body; quoted request; signer is not the appointee",
      m=("Департамент земледелия <dz@moa.gov.kz>", "RE: О назначении ответственного лица", "Fri, 22 Jan 2027 15:47:12 +0500"))

    L("a02-almaty-qala-kk.eml", "body", """Құрметті Бірыңғай байланыс орталығы!

Сіздің 2027 жылғы 21 қаңтардағы № ЕКЦ-2027/107 сауалыңызға жауап ретінде хабарлаймыз: «Тұрғын үй көмегін тағайындау» (тізілімдегі № 00304002) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға болып Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасының бас маманы Төлеуова Гүлназ Серікқызы тағайындалды.

Байланыс: 8 (727) 271-66-04, g.toleuova@almaty.gov.kz

Басқарма басшысының орынбасары                Н. Әлімжанов

Бұл электрондық хат автоматты түрде тексерілді.
""", [RC(per("Төлеуова Гүлназ Серікқызы", None, "g.toleuova@almaty.gov.kz", "87272716604"), None, regs=["00304002"])],
      ctx("Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы", "kanc@almaty.gov.kz", "060540003357",
          [("00304002", "Тұрғын үй көмегін тағайындау")], "appointment",
          ("ЕКЦ-2027/107", "2027-01-21", "Жауапты тұлғаны тағайындау туралы"), "записать ответственного"),
      "kk", "Kazakh; name in nominative after a long Kazakh position; sign-off line",
      m=("Жұмыспен қамту басқармасы <kanc@almaty.gov.kz>", "Жауапты тұлға туралы", "Mon, 25 Jan 2027 09:12:40 +0600"))

    L("a03-kgd-appoint.docx", "docx", """КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ
МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН
010000, г. Астана, пр. Победы, 11
Исх. № КГД-12-1/2281 от 26.01.2027

Директору НАО «Единый контакт-центр»

На № ЕКЦ-2027/110 от 21.01.2027

Комитет государственных доходов МФ РК (далее – Комитет) в соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра сообщает, что ответственным лицом по государственным услугам:
- 00702001 «Регистрационный учет налогоплательщиков»;
- 00702003 «Выдача справки об отсутствии (наличии) налоговой задолженности»;
- 00702009 «Прием налоговой отчетности»
определена Кенжебаева Алия Маратовна – главный эксперт Управления методологии налогового администрирования (тел. +7 7172 71 77 40, внутр. 2104, akenzhebaeva@kgd.minfin.gov.kz).

Заполненная форма приложения 1 будет направлена в установленный срок.

Заместитель Председателя                                        Е. Бекмагамбетов

Исп.: Кенжебаева А.М.
""", [RC(per("Кенжебаева Алия Маратовна", "главный эксперт Управления методологии налогового администрирования", "akenzhebaeva@kgd.minfin.gov.kz"), None, regs=["00702001", "00702003", "00702009"])],
      ctx("Комитет государственных доходов Министерства финансов Республики Казахстан", "kanc@kgd.minfin.gov.kz", "990340004411",
          [("00702001", "Регистрационный учет налогоплательщиков"), ("00702003", "Выдача справки об отсутствии (наличии) налоговой задолженности"), ("00702009", "Прием налоговой отчетности")],
          "appointment", ("ЕКЦ-2027/110", "2027-01-21", "О назначении ответственного лица"), "записать ответственного по трем услугам"),
      "ru", "letterhead with outgoing number; 'определена' instead of 'назначен'; phone with extension (not keyed)")

    L("a04-karaganda-school.txt", "txt", """ГУ «Управление образования Карагандинской области»
исх. 01-19/0344 от 27 января 2027 г.

В ответ на Ваше письмо от 22.01.2027 № ЕКЦ-2027/113 сообщаем, что приказом руководителя управления от 27.01.2027 № 45-ж ответственным за взаимодействие с Единым контакт-центром по государственной услуге 00402006 «Прием документов и зачисление в организации образования» назначена методист отдела дошкольного и среднего образования Жанабаева Сауле Кабдулкаримовна.

Контакты: раб. тел. 8 (7212) 41-03-77, моб. 8 777 210 45 66, эл. почта: s.zhanabayeva@kargoo.kz

Руководитель управления                                    М. Ибраев
""", [RC(per("Жанабаева Сауле Кабдулкаримовна", "методист отдела дошкольного и среднего образования", "s.zhanabayeva@kargoo.kz"), None, regs=["00402006"])],
      ctx("ГУ «Управление образования Карагандинской области»", "kanc@kargoo.kz", "000140004521",
          [("00402006", "Прием документов и зачисление в организации образования")], "appointment",
          ("ЕКЦ-2027/113", "2027-01-22", "Запрос о назначении ответственного"), "записать ответственного"),
      "ru", "position placed before the name; two phones (work and mobile) — phone not keyed")

    L("a05-mangystau-kk-ru.eml", "html", """<html><body><p>Құрметті әріптестер! / Уважаемые коллеги!</p>
<p>Маңғыстау облысы әкімдігінің кәсіпкерлік және индустриялық-инновациялық даму басқармасы 2027 жылғы 25 қаңтардағы № ЕКЦ-2027/121 хатқа жауап ретінде хабарлайды.</p>
<p>Ответственным лицом по государственной услуге <b>00206015</b> «Выдача лицензии на торговлю этиловым спиртом» назначен <b>Жолдасбаев Нұрлан Қайратұлы</b>, руководитель отдела лицензирования, тел. 8 (7292) 30-17-22, e-mail: n.zholdasbayev@mangystau.gov.kz.</p>
<p>Құрметпен,<br>Басқарма басшысы Д. Оразбаева</p>
<hr><small>Конфиденциальность: данное письмо предназначено только для адресата.</small></body></html>""",
      [RC(per("Жолдасбаев Нұрлан Қайратұлы", "руководитель отдела лицензирования", "n.zholdasbayev@mangystau.gov.kz", "87292301722"), None, regs=["00206015"])],
      ctx("Управление предпринимательства и индустриально-инновационного развития Мангистауской области", "kanc@mangystau.gov.kz", "120940010283",
          [("00206015", "Выдача лицензии на торговлю этиловым спиртом")], "appointment",
          ("ЕКЦ-2027/121", "2027-01-25", "О назначении ответственного лица"), "записать ответственного"),
      "mixed kk/ru", "HTML-only; bilingual; bold name", m=("Басқарма <kanc@mangystau.gov.kz>", "Re: ЕКЦ-2027/121", "Wed, 27 Jan 2027 12:00:03 +0500"))

    L("a06-kyzylorda-akimat.pdf", "pdf", """ҚЫЗЫЛОРДА ҚАЛАСЫ ӘКІМІНІҢ АППАРАТЫ
АППАРАТ АКИМА ГОРОДА КЫЗЫЛОРДА

Шығ./Исх. № 05-22/119
28.01.2027

Единый контакт-центр

На Ваш запрос от 22 января 2027 года № ЕКЦ-2027/116 аппарат акима города Кызылорды сообщает следующее.

Ответственным лицом за представление информации и проведение обучения сотрудников ЕКЦ по государственным услугам «Выдача справки о месте жительства» (00105001) и «Регистрация по месту жительства» (00105002) назначена главный специалист отдела документационного обеспечения Тажибаева Айнур Жаксылыковна.

Рабочий телефон: 8 (7242) 23-05-17.

Руководитель аппарата                           Б. Әбдіразақов
""", [RC(per("Тажибаева Айнур Жаксылыковна", "главный специалист отдела документационного обеспечения", None, "87242230517"), None, regs=["00105001", "00105002"])],
      ctx("Аппарат акима города Кызылорды", "apparat@kyzylorda.gov.kz", "980240001744",
          [("00105001", "Выдача справки о месте жительства"), ("00105002", "Регистрация по месту жительства")], "appointment",
          ("ЕКЦ-2027/116", "2027-01-22", "О назначении ответственного лица"), "записать ответственного по двум услугам"),
      "ru (kk letterhead)", "PDF letter; bilingual letterhead; registry numbers in brackets after names")

    L("a07-kazavtojol-cp1251.eml", "body", """Добрый день!

Ответственный по услуге 01104002 (выдача разрешения на проезд крупногабаритных ТС) — Ли Денис Олегович, ведущий инженер, тел. 8-7172-55-90-18, d.li@kazavtojol.kz. С 01.02.2027 все вопросы к нему.

Ваш запрос ЕКЦ-2027/125 от 26.01.2027 получили.

--
С уважением, канцелярия АО «НК «ҚазАвтоЖол»
""", [RC(per("Ли Денис Олегович", "ведущий инженер", "d.li@kazavtojol.kz", "87172559018"), None, eff="2027-02-01", regs=["01104002"])],
      ctx("АО «Национальная компания «ҚазАвтоЖол»", "kanc@kazavtojol.kz", "050540004455",
          [("01104002", "Выдача разрешения на проезд крупногабаритных транспортных средств")], "appointment",
          ("ЕКЦ-2027/125", "2027-01-26", "О назначении ответственного лица"), "записать ответственного с 01.02.2027"),
      "ru", "terse; windows-1251; surname Ли (two letters); date written as 'с 01.02.2027'",
      m=("kanc@kazavtojol.kz", "ответственный", "Thu, 28 Jan 2027 18:20:00 +0500"), charset="windows-1251")

    L("a08-atyrau-bilim-kk.docx", "docx", """АТЫРАУ ОБЛЫСЫНЫҢ БІЛІМ БЕРУ БАСҚАРМАСЫ
060002, Атырау қ., Әйтеке би к-сі, 77
Шығ. № 07-04/562    2027 ж. «29» қаңтар

Бірыңғай байланыс орталығына

2027 жылғы 22 қаңтардағы № ЕКЦ-2027/117 хатқа

Атырау облысының білім беру басқармасы «Жалпы білім беретін мектептерде білім алушылардың жекелеген санаттарына тегін тамақтандыруды ұсыну» (№ 00403018) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға ретінде басқарманың бас маманы Қуанышева Динара Оразқызын тағайындағанын хабарлайды.

Тел.: 8 (7122) 27-40-15
Эл. пошта: d.kuanysheva@atyrau-bilim.kz

Басшы                                                           А. Сұлтанғалиев
""", [RC(per("Қуанышева Динара Оразқызы", "басқарманың бас маманы", "d.kuanysheva@atyrau-bilim.kz", "87122274015"), None, regs=["00403018"])],
      ctx("Атырау облысының білім беру басқармасы", "bilim@atyrau.gov.kz", "991040002277",
          [("00403018", "Жалпы білім беретін мектептерде білім алушылардың жекелеген санаттарына тегін тамақтандыруды ұсыну")], "appointment",
          ("ЕКЦ-2027/117", "2027-01-22", "Жауапты тұлға туралы"), "записать ответственного"),
      "kk", "Kazakh accusative name (Оразқызын → Оразқызы); Kazakh date 2027 ж. «29» қаңтар")

    L("a09-minjust-appoint.eml", "att-docx", """Министерство юстиции Республики Казахстан
Исх. № 4-1-2/ЮЛ-377 от 02.02.2027

О назначении ответственного лица

В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг Министерство юстиции сообщает о назначении ответственным лицом по государственным услугам 00202001 «Государственная регистрация юридических лиц» и 00202002 «Государственная перерегистрация юридических лиц» Ахмедовой Фариды Рашидовны, главного эксперта Департамента регистрационной службы.

Контактные данные: тел. 8 (7172) 58-00-21 (вн. 311), f.akhmedova@adilet.gov.kz.

Вице-министр                                           А. Кенжебеков
""", [RC(per("Ахмедова Фарида Рашидовна", None, "f.akhmedova@adilet.gov.kz"), None, regs=["00202001", "00202002"])],
      ctx("Министерство юстиции Республики Казахстан", "kanc@adilet.gov.kz", "960240000227",
          [("00202001", "Государственная регистрация юридических лиц"), ("00202002", "Государственная перерегистрация юридических лиц")], "appointment",
          ("ЕКЦ-2027/127", "2027-01-27", "О назначении ответственного лица"), "записать ответственного"),
      "ru", "name and position in genitive (Ахмедовой Фариды Рашидовны, главного эксперта) — position not keyed; letter as DOCX attachment; covering note",
      m=("ЕСЭДО МЮ РК <esedo@adilet.gov.kz>", "Исх. № 4-1-2/ЮЛ-377 от 02.02.2027", "Tue, 02 Feb 2027 11:31:09 +0500"),
      att_name="4-1-2_YuL-377.docx", cover="Направляется документ из системы ЕСЭДО. Исх. № 4-1-2/ЮЛ-377 от 02.02.2027. Данное сообщение сформировано автоматически, не отвечайте на него.")

    L("a10-zhambyl-kk.txt", "txt", """Жамбыл облысы әкімдігінің ветеринария басқармасы

Бірыңғай байланыс орталығының 26.01.2027 ж. № ЕКЦ-2027/124 сауалы бойынша.

Ветеринариялық анықтама беру (00507008) қызметі бойынша жауапты тұлға – Әбілқасымов Жандос, басқарманың жетекші маманы, тел. 8 (7262) 43-21-09.

Басқарма басшысы                         Қ. Тұрсынов
""", [RC(per("Әбілқасымов Жандос", "басқарманың жетекші маманы", None, "87262432109"), None, regs=["00507008"])],
      ctx("Жамбыл облысы әкімдігінің ветеринария басқармасы", "vet@zhambyl.gov.kz", "040340009971",
          [("00507008", "Ветеринариялық анықтама беру")], "appointment",
          ("ЕКЦ-2027/124", "2027-01-26", "Жауапты тұлға туралы"), "записать ответственного"),
      "kk", "short Kazakh txt; name without patronymic")

    L("a11-enbek-center.eml", "att-pdf", """МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН
Департамент социальной помощи

№ 06-3/915 от 3 февраля 2027 года

Единый контакт-центр

Во исполнение пункта 5 Правил сообщаем, что по государственной услуге «Назначение единовременной выплаты на рождение ребенка» (реестровый номер 00301001) ответственным лицом определен главный эксперт Департамента Шарипов Руслан Ильдарович.
Тел.: +7 (7172) 74-36-91, e-mail: r.sharipov@enbek.gov.kz.

Также доводим до сведения, что на период отпуска Шарипова Р.И. (с 15 по 26 февраля) его замещает Әлібекова Н.Ж., тел. 74-36-95.

Директор Департамента                          Г. Мусина
""", [RC(per("Шарипов Руслан Ильдарович", "главный эксперт Департамента", "r.sharipov@enbek.gov.kz", "+77172743691"), None, regs=["00301001"])],
      ctx("Министерство труда и социальной защиты населения Республики Казахстан", "kanc@enbek.gov.kz", "010440003106",
          [("00301001", "Назначение единовременной выплаты на рождение ребенка")], "appointment",
          ("ЕКЦ-2027/130", "2027-01-28", "О назначении ответственного лица"), "записать ответственного (замещающий — справочно)"),
      "ru", "PDF attachment; a deputy for the holiday period is also named (distractor, not the responsible)",
      m=("Департамент социальной помощи <dsp@enbek.gov.kz>", "О назначении ответственного лица (ЕКЦ-2027/130)", "Wed, 03 Feb 2027 16:10:44 +0500"),
      att_name="06-3_915.pdf", cover="Добрый день! Направляем ответ на ваш запрос. Оригинал в ЕСЭДО.\n\n-- \nДСП МТСЗН")

    L("a12-kostanay-rayon-koi8.eml", "body", """Уважаемые коллеги,

Отдел земельных отношений акимата Костанайского района сообщает: ответственной за предоставление сведений в ЕКЦ по услуге 01001043 "Изготовление идентификационного документа на земельный участок" назначена Павленко Ирина Николаевна, специалист 1 категории отдела, тел. 8 (71455) 2-14-63.

Назначение оформлено распоряжением акима района от 1 февраля 2027 года № 38-р.

Начальник отдела   С. Жакенов
""", [RC(per("Павленко Ирина Николаевна", "специалист 1 категории отдела", None, "87145521463"), None, regs=["01001043"])],
      ctx("ГУ «Отдел земельных отношений акимата Костанайского района»", "zemotdel@kostanay-rayon.gov.kz", "060940001138",
          [("01001043", "Изготовление идентификационного документа на земельный участок")], "appointment",
          ("ЕКЦ-2027/128", "2027-01-28", "О назначении ответственного лица"), "записать ответственного"),
      "ru", "koi8-r body; 5-digit area code; feminine 'ответственной'",
      m=("zemotdel@kostanay-rayon.gov.kz", "Otvetstvennoe lico po usluge 01001043", "Tue, 02 Feb 2027 09:55:00 +0600"), charset="koi8-r")


# ======================================================================= RESPONSIBLE CHANGE (p.7)
def changes():
    L("r01-kgd-replace.eml", "body", """Добрый день!

Уведомляем, что в связи с переводом Кенжебаевой Алии Маратовны на другую должность с 15 марта 2027 года ответственным лицом Комитета государственных доходов по государственным услугам 00702001, 00702003 и 00702009 является Рахимжанов Тимур Асланович, главный эксперт Управления методологии налогового администрирования.

Тел.: +7 (7172) 71-77-52
E-mail: t.rakhimzhanov@kgd.minfin.gov.kz

Просим внести изменения в базу данных ЕКЦ.

С уважением,
Управление методологии налогового администрирования КГД МФ РК
""", [RC(per("Рахимжанов Тимур Асланович", "главный эксперт Управления методологии налогового администрирования", "t.rakhimzhanov@kgd.minfin.gov.kz", "+77172717752"),
         per("Кенжебаева Алия Маратовна"), "2027-03-15", ["00702001", "00702003", "00702009"])],
      ctx("Комитет государственных доходов Министерства финансов Республики Казахстан", "kanc@kgd.minfin.gov.kz", "990340004411",
          [("00702001", "Регистрационный учет налогоплательщиков"), ("00702003", "Выдача справки об отсутствии (наличии) налоговой задолженности"), ("00702009", "Прием налоговой отчетности")],
          "consulting", None, "заменить ответственного по трем услугам с 15.03.2027"),
      "ru", "predecessor in genitive; unsolicited notice (no our_letter)",
      m=("Управление методологии <umna@kgd.minfin.gov.kz>", "О замене ответственного лица", "Wed, 17 Mar 2027 10:02:11 +0500"))

    L("r02-pavlodar-zags-order.docx", "docx", """ВЫПИСКА
из приказа руководителя отдела регистрации актов гражданского состояния акимата Павлодарской области
от 4 марта 2027 года № 27-к

2. Возложить с 9 марта 2027 года обязанности ответственного лица за взаимодействие с Единым контакт-центром по государственным услугам регистрации актов гражданского состояния на ведущего специалиста отдела Бейсенову Асем Кайратовну, освободив от указанных обязанностей Дюсенову Раушан Жумабековну.

3. Контроль за исполнением настоящего приказа оставляю за собой.

Руководитель отдела                                 Р. Дюсенова

Выписка верна. Специалист по кадрам                  Л. Ким
Контактный телефон Бейсеновой А.К.: 8 (7182) 32-17-98
""", [RC(per("Бейсенова Асем Кайратовна", None, None, "87182321798"),
         per("Дюсенова Раушан Жумабековна"), "2027-03-09")],
      ctx("Отдел регистрации актов гражданского состояния акимата Павлодарской области", "zags@pavlodar.gov.kz", "040340004711",
          [("00201001", "Государственная регистрация рождения ребенка"), ("00201002", "Государственная регистрация заключения брака (супружества)")],
          "protocol", None, "заменить ответственного с 09.03.2027"),
      "ru", "order extract; new person in accusative (на Бейсенову Асем Кайратовну), predecessor in accusative; order date differs from effective date; no registry numbers")

    L("r03-almaty-qala-kk.eml", "body", """Құрметті әріптестер!

Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы 2027 жылғы 1 наурыздан бастап «Тұрғын үй көмегін тағайындау» (№ 00304002) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға Төлеуова Гүлназ Серікқызының орнына бас маман Бейсембаев Арман Төлегенұлы болып белгіленгенін хабарлайды.

Тел.: 8 (727) 271-66-09
e-mail: a.beisembayev@almaty.gov.kz

Құрметпен,
Н. Әлімжанов
""", [RC(per("Бейсембаев Арман Төлегенұлы", "бас маман", "a.beisembayev@almaty.gov.kz", "87272716609"),
         per("Төлеуова Гүлназ Серікқызы"), "2027-03-01", ["00304002"])],
      ctx("Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы", "kanc@almaty.gov.kz", "060540003357",
          [("00304002", "Тұрғын үй көмегін тағайындау")], "information", None, "заменить ответственного с 01.03.2027"),
      "kk", "Kazakh; predecessor in genitive (Серікқызының); 'наурыздан бастап' date",
      m=("Жұмыспен қамту басқармасы <kanc@almaty.gov.kz>", "Жауапты тұлғаның ауысуы туралы", "Tue, 02 Mar 2027 14:30:00 +0600"))

    L("r04-mcx-no-prev.txt", "txt", """Министерство сельского хозяйства Республики Казахстан
Департамент земледелия
Исх. № 19-2/1177 от 12.04.2027

Единый контакт-центр

Настоящим уведомляем о замене ответственного лица по государственной услуге 00501031 «Субсидирование стоимости удобрений».

Новое ответственное лицо: Қалиева Меруерт Асқарқызы, эксперт Департамента земледелия
тел. 8 (7172) 55-61-19
e-mail: m.kaliyeva@moa.gov.kz

Приступила к исполнению обязанностей с 12 апреля т.г.

Директор Департамента                                 К. Оспанов
""", [RC(per("Қалиева Меруерт Асқарқызы", "эксперт Департамента земледелия", "m.kaliyeva@moa.gov.kz", "87172556119"),
         None, "2027-04-12", ["00501031"])],
      ctx("Министерство сельского хозяйства Республики Казахстан", "kanc@moa.gov.kz", "990240008722",
          [("00501031", "Субсидирование стоимости удобрений")], "consulting", None, "заменить ответственного с 12.04.2027"),
      "ru", "predecessor not named; effective date 'с 12 апреля т.г.' (year from the letter date)")

    L("r05-mdai-leave.eml", "html", """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Уважаемые коллеги!</p>
<p>В связи с уходом в отпуск по уходу за ребенком <b>Жакуповой Индиры</b> сообщаем, что начиная с 22.03.2027 ответственным по государственным услугам 00101030, 00101031 назначен главный эксперт Управления радиочастот <b>Сапаров Даурен Ермекович</b> (8 7172 74 08 63, d.saparov@mdai.gov.kz).</p>
<p>Вопросы по услугам 00101021 и 00101022 по-прежнему ведет Тулегенов А.М.</p>
<p>--<br>С уважением,<br>Комитет телекоммуникаций МЦРИАП РК</p>
<p style="font-size:8pt;color:gray">Отправлено из мобильной Почты Mail.ru</p>
</body></html>""", [RC(per("Сапаров Даурен Ермекович", "главный эксперт Управления радиочастот", "d.saparov@mdai.gov.kz", "87172740863"),
         per("Жакупова Индира"), "2027-03-22", ["00101030", "00101031"])],
      ctx("Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
          "kt@mdai.gov.kz", "190440028331", [("00101030", "Присвоение позывного сигнала радиолюбительской станции"), ("00101031", "Выдача свидетельства радиолюбителя")],
          "protocol", None, "заменить ответственного по двум услугам с 22.03.2027"),
      "ru", "HTML-only; predecessor without patronymic in genitive; other services' person mentioned as unchanged (distractor)",
      m=("Комитет телекоммуникаций <kt@mdai.gov.kz>", "замена ответственного", "Fri, 19 Mar 2027 17:45:02 +0500"))

    L("r06-atyrau-buyryk-kk.docx", "docx", """Атырау облысының білім беру басқармасы басшысының 2027 жылғы 15 наурыздағы № 112-ж/қ бұйрығынан
ҮЗІНДІ

1. Басқарманың бас маманы Қуанышева Динара Оразқызы Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі жауапты тұлға міндеттерінен босатылсын.
2. 2027 жылғы 18 наурыздан бастап Бірыңғай байланыс орталығымен өзара іс-қимыл жөніндегі жауапты тұлға болып басқарманың жетекші маманы Ермекова Сымбат Бауыржанқызы тағайындалсын (тел. 8 (7122) 27-40-19, s.yermekova@atyrau-bilim.kz).

Басшы                                                   А. Сұлтанғалиев
Үзінді дұрыс: кадр қызметінің маманы                   Г. Нұрпейісова
""", [RC(per("Ермекова Сымбат Бауыржанқызы", "басқарманың жетекші маманы", "s.yermekova@atyrau-bilim.kz", "87122274019"),
         per("Қуанышева Динара Оразқызы"), "2027-03-18")],
      ctx("Атырау облысының білім беру басқармасы", "bilim@atyrau.gov.kz", "991040002277",
          [("00403018", "Жалпы білім беретін мектептерде білім алушылардың жекелеген санаттарына тегін тамақтандыруды ұсыну")],
          "consulting", None, "заменить ответственного с 18.03.2027"),
      "kk", "Kazakh order extract (үзінді); release then appointment; order date ≠ effective date")

    L("r07-kmfk-short.eml", "body", """Коллеги, добрый день.
Сообщаем, что с сегодняшнего дня, 05.04.2027, вместо Лим В.С. ответственный по услуге 00902004 - Досмухамбетова Камила Ерболовна, гл. эксперт, тел. 74-36-25, k.dosmukhambetova@dsm.gov.kz
Спасибо.

Sent from my Galaxy
""", [RC(per("Досмухамбетова Камила Ерболовна", "гл. эксперт", "k.dosmukhambetova@dsm.gov.kz", "74-36-25"),
         per("Лим В.С."), "2027-04-05", ["00902004"])],
      ctx("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан",
          "kmfk@dsm.gov.kz", "050240006618", [("00902004", "Выдача разрешения на ввоз лекарственных средств")], "consulting", None,
          "заменить ответственного с 05.04.2027"),
      "ru", "very short; predecessor by initials; 'с сегодняшнего дня, 05.04.2027'; short 6-digit phone; abbreviated position",
      m=("k.dosmukhambetova@dsm.gov.kz", "ответственный 00902004", "Mon, 05 Apr 2027 09:14:50 +0500"))

    L("r08-shymkent-kk-ru.pdf", "pdf", """ШЫМКЕНТ ҚАЛАСЫНЫҢ МӘДЕНИЕТ, МҰРАҒАТТАР ЖӘНЕ ҚҰЖАТТАМА БАСҚАРМАСЫ
УПРАВЛЕНИЕ КУЛЬТУРЫ, АРХИВОВ И ДОКУМЕНТАЦИИ ГОРОДА ШЫМКЕНТ

№ 02-11/488 от «23» марта 2027 г.

Уведомление о замене ответственного лица

Управление культуры, архивов и документации города Шымкент уведомляет, что Әбдіқадыров Нұрсұлтан Сәкенұлы, ранее назначенный ответственным лицом по государственным услугам № 00803012 и № 00803013, уволен 19.03.2027 г.

С 22 марта 2027 года ответственным лицом назначена Турсынбекова Лаура Абаевна, руководитель отдела архивного дела.
Контакты: 8-7252-39-50-02, l.tursynbekova@shymkent.gov.kz

Руководитель управления                      Е. Сапарбеков
""", [RC(per("Турсынбекова Лаура Абаевна", "руководитель отдела архивного дела", "l.tursynbekova@shymkent.gov.kz", "87252395002"),
         per("Әбдіқадыров Нұрсұлтан Сәкенұлы"), "2027-03-22", ["00803012", "00803013"])],
      ctx("Управление культуры, архивов и документации города Шымкент", "kanc@shymkent.gov.kz", "180340011256",
          [("00803012", "Выдача архивной справки о трудовом стаже"), ("00803013", "Выдача копий архивных документов")],
          "protocol", None, "заменить ответственного с 22.03.2027"),
      "ru (kk letterhead)", "two dates: dismissal 19.03 and appointment 22.03 — effective is 22.03; predecessor in nominative")

    L("r09-bko-kk.eml", "att-docx", """Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы

Шығ. № 01-12/702
2027 жылғы 30 наурыз

Бірыңғай байланыс орталығына

Қағидалардың 7-тармағына сәйкес хабарлаймыз: Сейітқалиева Ләззат Бақытжанқызы зейнеткерлікке шығуына байланысты 2027 жылғы 1 сәуірден бастап 00303017 мемлекеттік көрсетілетін қызметі бойынша жауапты тұлға – бас маман Жұмабаева Ақерке Нұрболқызы.

Байланыс телефоны: +7 (7112) 24-08-36
Электрондық пошта: a.zhumabayeva@zko.gov.kz

Басқарма басшысы                                     Т. Есқалиев
""", [RC(per("Жұмабаева Ақерке Нұрболқызы", "бас маман", "a.zhumabayeva@zko.gov.kz", "+77112240836"),
         per("Сейітқалиева Ләззат Бақытжанқызы"), "2027-04-01", ["00303017"])],
      ctx("Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "soc@zko.gov.kz", "020840002266",
          [("00303017", "Балалы отбасыларға берілетін мемлекеттік жәрдемақыларды тағайындау")], "consulting", None,
          "заменить ответственного с 01.04.2027"),
      "kk", "Kazakh DOCX attachment, Kazakh covering note; '1 сәуірден бастап'",
      m=("soc@zko.gov.kz", "Жауапты тұлғаны ауыстыру туралы хабарлама", "Tue, 30 Mar 2027 15:20:00 +0500"),
      att_name="01-12-702.docx", cover="Қайырлы күн! Хабарлама қоса беріліп отыр.\nДобрый день! Уведомление во вложении.")

    L("r10-tsm-to-be.txt", "txt", """Кому: Единый контакт-центр
От: Комитет индустрии туризма МТС РК
Исх. 23-07/640 от 01.04.27

О смене ответственного

Комитет индустрии туризма сообщает, что ответственным лицом по государственным услугам 00805001, 00805002, 00805009 вместо Байжановой А.М. и Омарова Р. будет Нургалиева Жанна Муратовна, заместитель руководителя Управления лицензирования, тел. +7 (7172) 74-56-20, zh.nurgaliyeva@tsm.gov.kz.

Изменение вступает в силу со дня подписания настоящего письма.

Председатель Комитета                      Д. Амирханов
""", [RC(per("Нургалиева Жанна Муратовна", "заместитель руководителя Управления лицензирования", "zh.nurgaliyeva@tsm.gov.kz", "+77172745620"),
         "__", "2027-04-01", ["00805001", "00805002", "00805009"])],
      ctx("Комитет индустрии туризма Министерства туризма и спорта Республики Казахстан", "kit@tsm.gov.kz", "230240019932",
          [("00805001", "Выдача лицензии на туроператорскую деятельность"), ("00805002", "Выдача лицензии на турагентскую деятельность (уведомительный порядок)"), ("00805009", "Внесение в реестр гидов (экскурсоводов)")],
          "consulting", None, "одно новое лицо вместо двух прежних по трем услугам"),
      "ru", "two predecessors (genitive, initials) — previous_responsible not keyed beyond presence; effective 'со дня подписания' = letter date 01.04.27 (two-digit year)")

    L("r11-karasai-whatsapp.eml", "body", """Здравствуйте, в связи с тем что Мухамедиев А.Т. назначен заместителем акима района, ответственным по ветуслугам (00507003, 00507008) с 06.04.2027г является ведущий ветврач отдела Кенесов Бақытжан Серікұлы, 8 705 318 44 07, karasai-vet@mail.ru (почта отдела общая).

Отдел ветеринарии Карасайского района
""", [RC(per("Кенесов Бақытжан Серікұлы", "ведущий ветврач отдела", "karasai-vet@mail.ru", "87053184407"),
         per("Мухамедиев А.Т."), "2027-04-06", ["00507003", "00507008"])],
      ctx("ГУ «Отдел ветеринарии Карасайского района» Алматинской области", "karasai-vet@mail.ru", "081240007730",
          [("00507003", "Выдача ветеринарного паспорта на животное"), ("00507008", "Выдача ветеринарной справки")],
          "protocol", None, "заменить ответственного с 06.04.2027"),
      "ru", "no charset label on a windows-1251 body; date glued to 'г'; shared mailbox",
      m=("Отдел ветеринарии <karasai-vet@mail.ru>", "смена ответственного", "Tue, 06 Apr 2027 12:44:00 +0600"), charset="windows-1251", label="")

    L("r12-ulytau-kk-short.txt", "txt", """Ұлытау облысы әкімдігінің АХАТ бөлімі

Хабарлама

00102004 қызметі бойынша жауапты тұлға ауыстырылды. Бұрынғы жауапты тұлға: Сағынтаев Бауыржан Төлегенұлы.
Жаңа жауапты тұлға: Әміреева Аружан Серікқызы, бас маман, тел. 8 (7102) 72-33-21.
Күні: 2027 жылғы 7 сәуір.

Бөлім басшысы                                     М. Тоқаев
""", [RC(per("Әміреева Аружан Серікқызы", "бас маман", None, "87102723321"), per("Сағынтаев Бауыржан Төлегенұлы"), regs=["00102004"])],
      ctx("Ұлытау облысы әкімдігінің азаматтық хал актілерін тіркеу бөлімі", "ahat@ulytau.gov.kz", "220940007312",
          [("00102004", "Азаматтық хал актілерін тіркеу органдарына мәліметтер беру")], "consulting", None, "заменить ответственного"),
      "kk", "labelled Kazakh lines; only the letter date given (effective date not keyed)")


# ======================================================================= CHANGE NOTICE (p.6)
def CN(reg, **ch):
    d = {"registry_number": reg, "standard": None, "regulation": None, "npa_changes": None, "website": None}
    d.update(ch)
    return d


def CD(services, change_date="__"):
    d = {"kind": "change_notice", "services": services}
    if change_date != "__":
        d["change_date"] = change_date
    return d


def notices():
    L("c01-kmfk-standard.eml", "body", """Уважаемые коллеги!

Информируем, что приказом Министра здравоохранения Республики Казахстан от 18 мая 2027 года № ҚР ДСМ-61 утвержден новый стандарт государственной услуги 00902001 «Выдача лицензии на фармацевтическую деятельность».

Новые реквизиты стандарта: Приказ Министра здравоохранения Республики Казахстан от 18 мая 2027 года № ҚР ДСМ-61 «Об утверждении стандарта государственной услуги «Выдача лицензии на фармацевтическую деятельность»

Приказ вступает в силу с 1 июня 2027 года. Остальные сведения, ранее представленные в ЕКЦ, не изменились.

Ответственное лицо: Сарсенбаев Н.А., 74-36-12
""", [CD([CN("00902001", standard="Приказ Министра здравоохранения Республики Казахстан от 18 мая 2027 года № ҚР ДСМ-61 «Об утверждении стандарта государственной услуги «Выдача лицензии на фармацевтическую деятельность»")], "2027-06-01")],
      ctx("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан", "kmfk@dsm.gov.kz", "050240006618",
          [("00902001", "Выдача лицензии на фармацевтическую деятельность")], "consulting", None, "обновить стандарт услуги 00902001"),
      "ru", "two dates (order date 18.05, in force 01.06) — change_date is the day the change takes effect",
      m=("Сарсенбаев Нурлан <n.sarsenbayev@dsm.gov.kz>", "Изменение стандарта госуслуги 00902001", "Tue, 25 May 2027 11:20:00 +0500"))

    L("c02-mvd-website.txt", "txt", """Комитет административной полиции МВД РК
Исх. № 3-4/2210 от 03.06.2027

Единому контакт-центру

В связи с переходом на единую платформу интернет-ресурсов государственных органов сообщаем новый адрес веб-ресурса, на котором размещены стандарты государственных услуг 00601003, 00601005 и 00601011:

https://www.gov.kz/memleket/entities/qriim/activities/gosuslugi

Прежний адрес http://mvd.gov.kz/gosuslugi прекратил работу 1 июня 2027 года.

Начальник отделения регистрации ТС                    Д. Каримов
""", [CD([CN(r, website="https://www.gov.kz/memleket/entities/qriim/activities/gosuslugi") for r in ("00601003", "00601005", "00601011")], "2027-06-01")],
      ctx("Комитет административной полиции Министерства внутренних дел Республики Казахстан", "kap@mvd.gov.kz", "990940001245",
          [("00601003", "Регистрация транспортных средств физических лиц"), ("00601005", "Выдача водительского удостоверения"), ("00601011", "Выдача справки о снятии транспортного средства с учета")],
          "consulting", None, "обновить веб-ресурс по трем услугам"),
      "ru", "old and new URL both present; three services")

    L("c03-turkistan-kk.eml", "body", """Құрметті әріптестер!

Түркістан облысының мұрағаттар және құжаттама басқармасы 00703005 «Мұрағаттық анықтамалар беру» мемлекеттік көрсетілетін қызмет стандартына өзгерістер енгізілгенін хабарлайды.

Өзгерістер енгізетін НҚА: Қазақстан Республикасы Мәдениет және ақпарат министрінің 2027 жылғы 2 маусымдағы № 214-НҚ бұйрығы.

Бұйрық 2027 жылғы 15 маусымнан бастап қолданысқа енгізіледі.

Орындаған: Тілеубаева А.Н.
""", [CD([CN("00703005", npa_changes="Қазақстан Республикасы Мәдениет және ақпарат министрінің 2027 жылғы 2 маусымдағы № 214-НҚ бұйрығы")], "2027-06-15")],
      ctx("Түркістан облысының мұрағаттар және құжаттама басқармасы", "muragat@turkistan.gov.kz", "160540020417",
          [("00703005", "Мұрағаттық анықтамалар беру")], "consulting", None, "дополнить столбец 6 по услуге 00703005"),
      "kk", "Kazakh; amending act (column 6) only; Kazakh in-force date",
      m=("muragat@turkistan.gov.kz", "Стандартқа өзгерістер туралы", "Mon, 07 Jun 2027 10:00:00 +0500"))

    L("c04-ecogeo-revised-form.eml", "att-docx", """Информация об изменениях (актуализация по п. 6 Правил)

№ | № в реестре | Что изменилось | Новое значение
1 | 01202001 | НПА, вносящие изменения | приказ Министра экологии и природных ресурсов РК от 20 мая 2027 года № 188
2 | 01202002 | НПА, вносящие изменения | приказ Министра экологии и природных ресурсов РК от 20 мая 2027 года № 188
3 | 01202011 | Стандарт | приказ Министра экологии и природных ресурсов РК от 20 мая 2027 года № 189 «Об утверждении стандарта государственной услуги «Выдача лицензии на выполнение работ в области охраны окружающей среды»

Дата изменения: 04.06.2027 (дата вступления в силу приказов).

Исполнитель: Григорьева А.П.
""", [CD([CN("01202001", npa_changes="приказ Министра экологии и природных ресурсов РК от 20 мая 2027 года № 188"),
          CN("01202002", npa_changes="приказ Министра экологии и природных ресурсов РК от 20 мая 2027 года № 188"),
          CN("01202011", standard="приказ Министра экологии и природных ресурсов РК от 20 мая 2027 года № 189 «Об утверждении стандарта государственной услуги «Выдача лицензии на выполнение работ в области охраны окружающей среды»")], "2027-06-04")],
      ctx("Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
          "kerk@ecogeo.gov.kz", "130940024568",
          [("01202001", "Выдача экологического разрешения на воздействие для объектов I категории"), ("01202002", "Выдача экологического разрешения на воздействие для объектов II категории"), ("01202011", "Выдача лицензии на выполнение работ в области охраны окружающей среды")],
          "consulting", None, "обновить столбцы 4/6 по трем услугам"),
      "ru", "pipe-separated 'what changed / new value' list inside a DOCX; different fields per row",
      m=("Григорьева Анна <a.grigoryeva@ecogeo.gov.kz>", "Актуализация сведений по госуслугам КЭРК", "Fri, 04 Jun 2027 16:40:00 +0500"),
      att_name="aktualizaciya_KERK.docx", cover="Добрый день! Направляем актуализированные сведения (во вложении).\n\nГригорьева А.П.\nглавный эксперт КЭРК")

    L("c05-akmola-regulation.docx", "docx", """АКМОЛА ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ
УПРАВЛЕНИЕ СЕЛЬСКОГО ХОЗЯЙСТВА АКМОЛИНСКОЙ ОБЛАСТИ
020000, г. Кокшетау, ул. Абая, 83

№ 05-08/1603 от 14.06.2027

Единый контакт-центр

Во исполнение пункта 6 Правил сообщаем об изменении сведений по государственной услуге 00501014 «Выдача справки о наличии личного подсобного хозяйства».

Регламент государственной услуги, утвержденный постановлением акимата Акмолинской области от 14 августа 2015 года № А-8/377, признан утратившим силу постановлением акимата Акмолинской области от 7 июня 2027 года № А-6/290.
В графе 5 просим указать: «утратил силу».

Стандарт и веб-ресурс не изменились.

Руководитель управления                              Б. Сулейменов
Исп. Сейтказиева Г.М., 25-40-12
""", [CD([CN("00501014", regulation="утратил силу")])],
      ctx("Управление сельского хозяйства Акмолинской области", "kanc@akmo.gov.kz", "150240012093",
          [("00501014", "Выдача справки о наличии личного подсобного хозяйства")], "consulting", None, "пометить регламент утратившим силу"),
      "ru (kk letterhead)", "regulation repealed: new value is the phrase the agency asks to write; no change date stated (act date given)")

    L("c06-mdai-standard-kk.pdf", "pdf", """ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЦИФРЛЫҚ ДАМУ, ИННОВАЦИЯЛАР ЖӘНЕ АЭРОҒАРЫШ ӨНЕРКӘСІБІ МИНИСТРЛІГІНІҢ ТЕЛЕКОММУНИКАЦИЯЛАР КОМИТЕТІ

Шығ. № 22-1/3380
2027 жылғы 21 маусым

Бірыңғай байланыс орталығына

00101021 «Радиожиілік спектрін пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызметінің жаңа стандарты бекітілді:
Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 2027 жылғы 11 маусымдағы № 301/НҚ бұйрығы.

Сондай-ақ стандарт орналастырылған веб-ресурстың жаңа мекенжайы: https://www.gov.kz/memleket/entities/mdai/documents/details/801122

Өзгерістер 2027 жылғы 25 маусымнан бастап күшіне енеді.

Төраға орынбасары                                        Е. Мұхамеджанов
""", [CD([CN("00101021", standard="Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 2027 жылғы 11 маусымдағы № 301/НҚ бұйрығы",
               website="https://www.gov.kz/memleket/entities/mdai/documents/details/801122")], "2027-06-25")],
      ctx("Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
          "kt@mdai.gov.kz", "190440028331", [("00101021", "Выдача разрешения на использование радиочастотного спектра")], "consulting", None,
          "обновить стандарт и веб-ресурс"),
      "kk", "Kazakh PDF; two fields changed (standard and website)")

    L("c07-kostanay-html.eml", "html", """<html><body>
<div>Добрый день!</div><div><br></div>
<div>Сообщаем об изменениях по услуге <b>00405007</b>:</div>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>Было</td><td>Стало</td></tr>
<tr><td>НПА: приказ МТСЗН РК от 14.07.2026 № 270</td><td>НПА: приказ МТСЗН РК от 14.07.2026 № 270; приказ МТСЗН РК от 02.06.2027 № 199</td></tr>
</table>
<div><br></div><div>Дата внесения изменений — 2 июня 2027 г.</div>
<div><br></div><div>Балтабаева К.С.<br>гл. специалист</div>
</body></html>""", [CD([CN("00405007", npa_changes="приказ МТСЗН РК от 14.07.2026 № 270; приказ МТСЗН РК от 02.06.2027 № 199")], "2027-06-02")],
      ctx("Управление координации занятости и социальных программ акимата Костанайской области", "soc-prog@kostanay.gov.kz", "050140001992",
          [("00405007", "Назначение социальной помощи отдельным категориям нуждающихся граждан")], "consulting", None, "обновить столбец 6"),
      "ru", "HTML 'было/стало' table; new value is the 'стало' cell (two acts)",
      m=("soc-prog@kostanay.gov.kz", "изменения по 00405007", "Thu, 03 Jun 2027 09:30:00 +0600"))

    L("c08-minjust-kk-ru.eml", "att-pdf", """Министерство юстиции Республики Казахстан
Исх. № 4-1-2/ЮЛ-1502 от 09.07.2027

Об актуализации сведений

Министерство юстиции сообщает, что в стандарт государственной услуги 00202001 «Государственная регистрация юридических лиц» внесены изменения приказом Министра юстиции Республики Казахстан от 29 июня 2027 года № 611, введенным в действие с 10 июля 2027 года.

Реквизиты стандарта, регламента и адрес веб-ресурса остаются прежними.

Вице-министр                                                А. Кенжебеков
Исп. Ахмедова Ф.Р., 58-00-21
""", [CD([CN("00202001", npa_changes="приказом Министра юстиции Республики Казахстан от 29 июня 2027 года № 611")], "2027-07-10")],
      ctx("Министерство юстиции Республики Казахстан", "kanc@adilet.gov.kz", "960240000227",
          [("00202001", "Государственная регистрация юридических лиц")], "consulting", None, "дополнить столбец 6"),
      "ru (kk cover)", "amending act in instrumental case inside a sentence; in-force date",
      m=("ЕСЭДО МЮ РК <esedo@adilet.gov.kz>", "Исх. № 4-1-2/ЮЛ-1502 от 09.07.2027", "Fri, 09 Jul 2027 18:02:00 +0500"),
      att_name="4-1-2_YuL-1502.pdf", cover="ЕСЭДО жүйесінен құжат жолданды. / Направляется документ из системы ЕСЭДО.")

    L("c09-kazavtojol-web.eml", "body", """Добрый день.
По услуге 01104002 изменился адрес сайта: теперь kazavtojol.kz/ru/services/kgt (старый www.kazavtojol.kz/uslugi больше не открывается). С 14.07.2027.
Ли Д.О.
""", [CD([CN("01104002", website="kazavtojol.kz/ru/services/kgt")], "2027-07-14")],
      ctx("АО «Национальная компания «ҚазАвтоЖол»", "kanc@kazavtojol.kz", "050540004455",
          [("01104002", "Выдача разрешения на проезд крупногабаритных транспортных средств")], "consulting", None, "обновить веб-ресурс"),
      "ru", "three-line note; URL without scheme; old URL too",
      m=("Денис Ли <d.li@kazavtojol.kz>", "новый адрес сайта", "Wed, 14 Jul 2027 08:50:00 +0500"))

    L("c10-bko-kk-standard.docx", "docx", """Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы

Шығ. № 01-12/1120, 2027 ж. 16 шілде

Бірыңғай байланыс орталығына

Бұрын берілген ақпаратқа өзгерістер туралы

1. 00303021 «Мүгедектігі бар балаларды тәрбиелеуші ата-анаға жәрдемақы тағайындау» – стандарт: ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 28 маусымдағы № 233 бұйрығы.
2. 00303017 «Балалы отбасыларға берілетін мемлекеттік жәрдемақыларды тағайындау» – стандарт: ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 28 маусымдағы № 234 бұйрығы.

Өзгерістер 2027 жылғы 12 шілдеден бастап қолданылады.

Орынд.: Жұмабаева А.Н., 24-08-36
""", [CD([CN("00303021", standard="ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 28 маусымдағы № 233 бұйрығы"),
          CN("00303017", standard="ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2027 жылғы 28 маусымдағы № 234 бұйрығы")], "2027-07-12")],
      ctx("Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "soc@zko.gov.kz", "020840002266",
          [("00303017", "Балалы отбасыларға берілетін мемлекеттік жәрдемақыларды тағайындау"), ("00303021", "Мүгедектігі бар балаларды тәрбиелеуші ата-анаға жәрдемақы тағайындау")],
          "consulting", None, "обновить стандарты двух услуг"),
      "kk", "Kazakh numbered list, two services with different acts; services not in registry order")


# ======================================================================= REFUSAL (p.11)
def RF(reason, ground, regs=None):
    d = {"kind": "refusal", "refusal_reason": reason, "refusal_ground": ground}
    if regs is not None:
        d["services"] = [{"registry_number": r} for r in regs]
    return d


def refusals():
    L("x01-mvd-secret.txt", "txt", """Комитет административной полиции МВД РК
Исх. № 3-4/2544 от 21.06.2027

На № ЕКЦ-2027/611 от 15.06.2027

Рассмотрев Ваш запрос о предоставлении сведений о количестве и дислокации специализированных регистрационно-экзаменационных подразделений, задействованных в оказании государственной услуги 00601005, сообщаем, что представить данную информацию не представляется возможным, поскольку запрашиваемые сведения отнесены к государственным секретам в соответствии с Перечнем сведений, подлежащих засекречиванию, МВД РК.

Информацию об адресах и графике работы ЦОН и СпецЦОН, доступную услугополучателям, можно получить на портале egov.kz.

Начальник отделения                                 Д. Каримов
""", [RF("запрашиваемые сведения отнесены к государственным секретам в соответствии с Перечнем сведений, подлежащих засекречиванию, МВД РК", "state_secret", ["00601005"])],
      ctx("Комитет административной полиции Министерства внутренних дел Республики Казахстан", "kap@mvd.gov.kz", "990940001245",
          [("00601005", "Выдача водительского удостоверения")], "additional_answer",
          ("ЕКЦ-2027/611", "2027-06-15", "О предоставлении дополнительной информации"), "зафиксировать законный отказ (гос. секрет)"),
      "ru", "state secret; a helpful pointer follows the refusal")

    L("x02-kazavtojol-commercial.eml", "body", """Уважаемые коллеги!

В ответ на Ваш запрос № ЕКЦ-2027/640 от 22.06.2027 о предоставлении методики расчета платы за проезд крупногабаритных ТС и договоров с операторами весового контроля сообщаем следующее.

Методика расчета платы размещена в открытом доступе (приказ Министра индустрии и инфраструктурного развития РК № 391), ссылку прилагаем: adilet.zan.kz/rus/docs/V2000021013.

Договоры с операторами весового контроля в предоставлении отказываем, так как они содержат сведения, составляющие коммерческую тайну контрагентов Общества.

С уважением,
канцелярия АО «НК «ҚазАвтоЖол»
""", [RF("они содержат сведения, составляющие коммерческую тайну контрагентов Общества", "commercial_secret", None)],
      ctx("АО «Национальная компания «ҚазАвтоЖол»", "kanc@kazavtojol.kz", "050540004455",
          [("01104002", "Выдача разрешения на проезд крупногабаритных транспортных средств")], "additional_answer",
          ("ЕКЦ-2027/640", "2027-06-22", "Запрос дополнительной информации"), "часть получена, в части договоров — законный отказ (коммерческая тайна)"),
      "ru", "partial: methodology given, contracts refused; no registry number in the letter (only in context)",
      m=("kanc@kazavtojol.kz", "Ответ на ЕКЦ-2027/640", "Mon, 28 Jun 2027 17:10:00 +0500"))

    L("x03-almaty-personal-kk.eml", "body", """Құрметті әріптестер!

Сіздің 2027 жылғы 24 маусымдағы № ЕКЦ-2027/652 сауалыңызға байланысты хабарлаймыз: тұрғын үй көмегін алушылардың тізімі мен олардың табысы туралы мәліметтер дербес деректер болып табылады және заңмен қорғалатын құпияға жатады, сондықтан оларды беру мүмкін емес.

Мемлекеттік көрсетілетін қызметті алу тәртібі бойынша жалпы түсініктемелерді қажет болған жағдайда жауапты тұлға Бейсембаев А.Т. ауызша бере алады.

Құрметпен,
Н. Әлімжанов
""", [RF("тұрғын үй көмегін алушылардың тізімі мен олардың табысы туралы мәліметтер дербес деректер болып табылады және заңмен қорғалатын құпияға жатады", "protected_secret", None)],
      ctx("Алматы қаласы Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы", "kanc@almaty.gov.kz", "060540003357",
          [("00304002", "Тұрғын үй көмегін тағайындау")], "additional_answer",
          ("ЕКЦ-2027/652", "2027-06-24", "Қосымша ақпарат сұрау"), "зафиксировать законный отказ (персональные данные)"),
      "kk", "Kazakh; personal data = secret protected by law; no registry number in the letter",
      m=("Жұмыспен қамту басқармасы <kanc@almaty.gov.kz>", "Re: ЕКЦ-2027/652", "Wed, 30 Jun 2027 11:11:11 +0600"))

    L("x04-kgd-not-competent.docx", "docx", """КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ
МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН
Исх. № КГД-12-1/6018 от 02.07.2027

Единый контакт-центр
На № ЕКЦ-2027/660 от 28.06.2027

Комитет государственных доходов, рассмотрев Ваш запрос о порядке выдачи справки о пенсионных отчислениях, сообщает, что указанная государственная услуга не входит в компетенцию Комитета. Оказание данной услуги осуществляет НАО «Государственная корпорация «Правительство для граждан» и АО «ЕНПФ».

В связи с изложенным предоставить запрашиваемую информацию не представляется возможным. Рекомендуем обратиться в АО «ЕНПФ».

Заместитель Председателя                                Е. Бекмагамбетов
Исп.: Рахимжанов Т.А., 71-77-52
""", [RF("указанная государственная услуга не входит в компетенцию Комитета", "not_competent", None)],
      ctx("Комитет государственных доходов Министерства финансов Республики Казахстан", "kanc@kgd.minfin.gov.kz", "990340004411",
          [("00301055", "Выдача справки о пенсионных отчислениях")], "additional_answer",
          ("ЕКЦ-2027/660", "2027-06-28", "О предоставлении информации"), "отказ по компетенции; переадресовать запрос в ЕНПФ"),
      "ru", "not competent; names the competent bodies")

    L("x05-kmfk-partial.pdf", "pdf", """КОМИТЕТ МЕДИЦИНСКОГО И ФАРМАЦЕВТИЧЕСКОГО КОНТРОЛЯ
МИНИСТЕРСТВА ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН

№ 26-02/4471 от 05.07.2027

На Ваш запрос от 29.06.2027 № ЕКЦ-2027/668 по государственной услуге 00902004 «Выдача разрешения на ввоз лекарственных средств» сообщаем.

1. Перечень документов, представляемых услугополучателем, и сроки оказания услуги указаны в стандарте государственной услуги (приложение 1 к настоящему письму).

2. Сведения о поставщиках и объемах ввезенных лекарственных средств за 2026 год не могут быть представлены, так как составляют коммерческую тайну участников фармацевтического рынка.

3. Разъяснения по заполнению заявления будут даны ответственным лицом при проведении обучения.

Приложение: на 4 л.

Заместитель Председателя                         Б. Жумагулов
""", [RF("составляют коммерческую тайну участников фармацевтического рынка", "commercial_secret", ["00902004"])],
      ctx("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан", "kmfk@dsm.gov.kz", "050240006618",
          [("00902004", "Выдача разрешения на ввоз лекарственных средств")], "additional_answer",
          ("ЕКЦ-2027/668", "2027-06-29", "Запрос дополнительной информации"), "пункт 1 получен, пункт 2 — законный отказ"),
      "ru", "partial refusal, reason in item 2 of a numbered list")

    L("x06-ecogeo-other.eml", "body", """Добрый день.

По Вашему запросу № ЕКЦ-2027/701 от 06.07.2027: предоставить статистику отказов в выдаче экологических разрешений в разрезе регионов в настоящее время не можем, поскольку такая статистика Комитетом не ведется и в информационной системе не формируется.

Григорьева А.П.
главный эксперт КЭРК МЭПР РК
тел. 74-01-29
""", [RF("такая статистика Комитетом не ведется и в информационной системе не формируется", "other", None)],
      ctx("Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
          "kerk@ecogeo.gov.kz", "130940024568", [("01202001", "Выдача экологического разрешения на воздействие для объектов I категории")],
          "additional_answer", ("ЕКЦ-2027/701", "2027-07-06", "О предоставлении статистики"), "отказ не по закрытому перечню — учитывать для п.12"),
      "ru", "ground 'other' (information does not exist) — not a lawful ground",
      m=("Григорьева Анна <a.grigoryeva@ecogeo.gov.kz>", "RE: ЕКЦ-2027/701", "Fri, 09 Jul 2027 12:34:00 +0500"))

    L("x07-atyrau-kk-dsp.docx", "docx", """АТЫРАУ ОБЛЫСЫНЫҢ БІЛІМ БЕРУ БАСҚАРМАСЫ

Шығ. № 07-04/2290
2027 жылғы 12 шілде

Бірыңғай байланыс орталығына
2027 жылғы 6 шілдедегі № ЕКЦ-2027/699 хатқа

Сіз сұраған тегін тамақтандыруға құқығы бар білім алушылардың мектептер бөлінісіндегі тізімдері кәмелетке толмағандардың дербес деректерін қамтиды, заңмен қорғалатын өзге де құпияға жатады және үшінші тұлғаларға берілмейді.

Бұл ретте 00403018 мемлекеттік көрсетілетін қызметін алу үшін қажетті құжаттар тізбесі мен мерзімдері қоса беріліп отыр.

Басшы                                                       А. Сұлтанғалиев
Орынд.: Ермекова С.Б.
""", [RF("тізімдері кәмелетке толмағандардың дербес деректерін қамтиды, заңмен қорғалатын өзге де құпияға жатады және үшінші тұлғаларға берілмейді", "protected_secret", ["00403018"])],
      ctx("Атырау облысының білім беру басқармасы", "bilim@atyrau.gov.kz", "991040002277",
          [("00403018", "Жалпы білім беретін мектептерде білім алушылардың жекелеген санаттарына тегін тамақтандыруды ұсыну")],
          "additional_answer", ("ЕКЦ-2027/699", "2027-07-06", "Қосымша ақпарат"), "частичный отказ: списки не даны, перечень документов дан"),
      "kk", "Kazakh partial refusal (lists refused, documents list given)")

    L("x08-pavlodar-not-competent-kk-ru.eml", "html", """<html><body>
<p>Добрый день!</p>
<p>Отдел ЗАГС акимата Павлодарской области на Ваш запрос № ЕКЦ-2027/715 от 08.07.2027 о порядке апостилирования свидетельств о рождении сообщает, что апостилирование не относится к компетенции органов регистрации актов гражданского состояния; данный вопрос находится в ведении Министерства юстиции РК (Департамент юридической службы).</p>
<p>Сондықтан сұралған ақпаратты беру мүмкін емес. / Поэтому представить запрашиваемую информацию не можем.</p>
<p>Бейсенова А.К.<br>ведущий специалист</p>
</body></html>""", [RF("апостилирование не относится к компетенции органов регистрации актов гражданского состояния", "not_competent", None)],
      ctx("Отдел регистрации актов гражданского состояния акимата Павлодарской области", "zags@pavlodar.gov.kz", "040340004711",
          [("00201009", "Выдача повторных свидетельств или справок о регистрации акта гражданского состояния")], "additional_answer",
          ("ЕКЦ-2027/715", "2027-07-08", "О предоставлении информации"), "отказ по компетенции; запросить МЮ"),
      "ru (+kk line)", "HTML-only; bilingual closing; not competent",
      m=("Бейсенова Асем <a.beisenova@pavlodar.gov.kz>", "Ответ на запрос ЕКЦ-2027/715", "Tue, 13 Jul 2027 15:05:00 +0600"))

    L("x09-kap-dsp.eml", "att-docx", """Комитет административной полиции МВД РК
Исх. № 3-4/2801 от 15.07.2027

На № ЕКЦ-2027/720 от 09.07.2027

По пункту 1 запроса (перечень документов для замены водительского удостоверения при смене фамилии) информация направлена ответственным лицом по электронной почте 14.07.2027.

По пункту 2 запроса (внутренняя инструкция экзаменационных подразделений о порядке проведения практического экзамена) сообщаем, что документ имеет гриф «Для служебного пользования», относится к служебной информации ограниченного распространения и представлен быть не может.

Начальник отделения регистрации ТС                           Д. Каримов
""", [RF("документ имеет гриф «Для служебного пользования», относится к служебной информации ограниченного распространения и представлен быть не может", "protected_secret", None)],
      ctx("Комитет административной полиции Министерства внутренних дел Республики Казахстан", "kap@mvd.gov.kz", "990940001245",
          [("00601005", "Выдача водительского удостоверения")], "additional_answer",
          ("ЕКЦ-2027/720", "2027-07-09", "О предоставлении информации"), "п.1 закрыт, п.2 — отказ (ДСП)"),
      "ru", "partial; ДСП (restricted official information) as a secret protected by law; DOCX attachment with a cover line",
      m=("Каримов Данияр <d.karimov@mvd.gov.kz>", "Исх. 3-4/2801", "Thu, 15 Jul 2027 18:30:00 +0500"),
      att_name="otvet_3-4-2801.docx", cover="Направляю ответ. Каримов Д.Е.")

    L("x10-mcx-other.txt", "txt", """Министерство сельского хозяйства Республики Казахстан
Департамент земледелия
Исх. № 19-2/2603 от 20.07.2027

Единый контакт-центр
На № ЕКЦ-2027/731 от 13.07.2027

В ответ на Ваш запрос о предоставлении сведений о суммах субсидий, выплаченных конкретным сельхозтоваропроизводителям по услуге 00501031, сообщаем, что Департамент не уполномочен раскрывать данную информацию без письменного согласия получателей субсидий. Просим направить запрос через уполномоченный орган в установленном порядке.

Директор Департамента                               К. Оспанов
""", [RF("Департамент не уполномочен раскрывать данную информацию без письменного согласия получателей субсидий", "other", ["00501031"])],
      ctx("Министерство сельского хозяйства Республики Казахстан", "kanc@moa.gov.kz", "990240008722",
          [("00501031", "Субсидирование стоимости удобрений")], "additional_answer",
          ("ЕКЦ-2027/731", "2027-07-13", "О предоставлении сведений"), "отказ (иное основание)"),
      "ru", "ground 'other': needs consent — neither named secret nor competence")


# ======================================================================= TRAINING PROTOCOL (p.8)
def TP(date, regs):
    return {"kind": "training_protocol", "protocol_date": date, "services": [{"registry_number": r} for r in regs]}


def proto_docx(head, rows, tail, hdr=("№", "№ в реестре", "Наименование государственной услуги", "Отметка о принятии")):
    def b(d):
        paras(d, head)
        table(d, [list(hdr)] + rows)
        paras(d, tail)
    return docx_bytes(b)


def protocols():
    data = proto_docx("""ПРОТОКОЛ № 14
принятия Единым контакт-центром государственной услуги для консультирования

г. Астана                                                                 «16» марта 2027 г.

Присутствовали:
от Комитета государственных доходов МФ РК – Рахимжанов Т.А., главный эксперт;
от Единого контакт-центра – Омарова Д.С., супервайзер; Искаков Б.Н., оператор.

Ответственное лицо провело обучение сотрудников ЕКЦ по следующим государственным услугам:""",
        [["1", "00702001", "Регистрационный учет налогоплательщиков", "принята"],
         ["2", "00702003", "Выдача справки об отсутствии (наличии) налоговой задолженности", "принята"],
         ["3", "00702009", "Прием налоговой отчетности", "принята"]],
        """
Решение: услуги принять для консультирования. Консультирование начать по истечении пяти рабочих дней с даты подписания.

От КГД МФ РК: ____________ Рахимжанов Т.А.
От ЕКЦ: ____________ Омарова Д.С.""")
    emit("p01-kgd-protocol.docx", data, [dict(TP("2027-03-16", ["00702001", "00702003", "00702009"]), part="p01-kgd-protocol.docx", language="ru")],
         ctx("Комитет государственных доходов Министерства финансов Республики Казахстан", "kanc@kgd.minfin.gov.kz", "990340004411",
             [("00702001", "Регистрационный учет налогоплательщиков"), ("00702003", "Выдача справки об отсутствии (наличии) налоговой задолженности"), ("00702009", "Прием налоговой отчетности")],
             "protocol", ("ЕКЦ-2027/266", "2027-03-05", "О проведении обучения"), "три услуги приняты; консультирование через 5 раб. дней"),
         "ru", "docx", "plain protocol, three services in a table, «16» марта 2027 г.")

    data = proto_docx("""ХАТТАМА № 7
Мемлекеттік көрсетілетін қызметті консультация беру үшін Бірыңғай байланыс орталығының қабылдауы туралы

Түркістан қ.                                                      2027 жылғы 2 наурыз

Қатысқандар: Тілеубаева А.Н. (басқарма), Сәрсенова Ж.Қ., Ким Е.В. (БББО).""",
        [["1", "00703005", "Мұрағаттық анықтамалар беру", "қабылданды"],
         ["2", "00703006", "Мұрағаттық құжаттардың көшірмелерін беру", "қабылданбады – стандарт қайта бекітілуде, оқыту кейінге қалдырылды"]],
        """
Шешім: 00703005 қызметі консультация беру үшін қабылдансын. 00703006 қызметі бойынша оқыту жаңа стандарт бекітілгеннен кейін өткізілсін.

Басқарма атынан: ________ Тілеубаева А.Н.
БББО атынан: ________ Сәрсенова Ж.Қ.""", hdr=("№", "Тізілімдегі №", "Қызмет атауы", "Белгі"))
    emit("p02-turkistan-hattama-kk.docx", data, [dict(TP("2027-03-02", ["00703005"]), part="p02-turkistan-hattama-kk.docx", language="kk")],
         ctx("Түркістан облысының мұрағаттар және құжаттама басқармасы", "muragat@turkistan.gov.kz", "160540020417",
             [("00703005", "Мұрағаттық анықтамалар беру"), ("00703006", "Мұрағаттық құжаттардың көшірмелерін беру")],
             "protocol", ("ЕКЦ-2027/240", "2027-02-24", "Оқыту туралы"), "00703005 принята; 00703006 — обучение отложено, ждать снова"),
         "kk", "docx", "Kazakh protocol; second service NOT accepted (postponed) — only the accepted one keyed")

    def fl():
        f = P("ПРОТОКОЛ\nпринятия государственных услуг для консультирования", PSB)
        f += P("""
Дата: 11.03.2027                                          Место: г. Астана, ЕКЦ, онлайн (Zoom)

Обучение провел(а): Тулегенов Арман Маратович, эксперт Управления радиочастот Комитета телекоммуникаций МЦРИАП РК.
Обучение прошли: операторы 2-й линии ЕКЦ (7 человек, список прилагается).
""")
        f.append(ptable([["№", "Реестровый №", "Услуга", "Результат"],
                         ["1", "00101021", "Выдача разрешения на использование радиочастотного спектра", "Принята для консультирования"],
                         ["2", "00101022", "Переоформление разрешения на использование радиочастотного спектра", "Принята для консультирования"]],
                        [25, 80, 260, 150]))
        f += P("""
Подписи:
Представитель Комитета телекоммуникаций __________ А. Тулегенов
Представитель ЕКЦ __________ Д. Омарова""")
        return f
    body = "Добрый день! Подписанный с нашей стороны протокол от 11.03.2027 во вложении (скан). Оригинал передадим курьером.\nТулегенов А."
    data = mail("Тулегенов Арман <a.tulegenov@mdai.gov.kz>", EKC, "Протокол обучения", "Fri, 12 Mar 2027 10:45:00 +0500", body=body,
                atts=[("protokol_11.03.2027.pdf", pdf_bytes(fl), PDF)])
    emit("p03-mdai-protocol.eml", data, [dict(TP("2027-03-11", ["00101021", "00101022"]), part="protokol_11.03.2027.pdf", language="ru")],
         ctx("Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан",
             "kt@mdai.gov.kz", "190440028331", [("00101021", "Выдача разрешения на использование радиочастотного спектра"), ("00101022", "Переоформление разрешения на использование радиочастотного спектра")],
             "protocol", ("ЕКЦ-2027/250", "2027-03-01", "О проведении обучения"), "две услуги приняты"),
         "ru", "eml + pdf", "PDF attachment; the mail was sent the day after the protocol date")

    L("p04-akmola-protocol.txt", "txt", """ПРОТОКОЛ № 3/27
обучения сотрудников Единого контакт-центра и принятия государственной услуги для консультирования

«19» февраля 2027 года                                             г. Кокшетау – г. Астана (видеосвязь)

1. Ответственное лицо Управления сельского хозяйства Акмолинской области Жунусова А.Б. провела обучение по государственной услуге «Выдача справки о наличии личного подсобного хозяйства» (рег. № 00501014).
2. Вопросы ЕКЦ, направленные 15.02.2027, рассмотрены, ответы даны в ходе обучения.
3. Государственная услуга 00501014 принимается Единым контакт-центром для консультирования.

Подписи сторон:
Жунусова А.Б. ___________
Нуржанова С.Е. (ЕКЦ) ___________
""", [TP("2027-02-19", ["00501014"])],
      ctx("Управление сельского хозяйства Акмолинской области", "kanc@akmo.gov.kz", "150240012093",
          [("00501014", "Выдача справки о наличии личного подсобного хозяйства")], "protocol",
          ("ЕКЦ-2027/205", "2027-02-12", "Об обучении"), "услуга принята"),
      "ru", "txt; mentions another date (15.02 questions) before the decision")

    data = proto_docx("""Протокол
принятия ЕКЦ государственных услуг для консультирования

Дата составления: 26 февраля 2027 г.

Стороны: Управление координации занятости и социальных программ акимата Костанайской области (Ким О.В., Нұрғали Е.М.) и Единый контакт-центр (Жаксыбекова Р.Т.).""",
        [["1", "00405007", "Назначение социальной помощи отдельным категориям нуждающихся граждан", "принята"],
         ["2", "00405011", "Оформление документов на социальное обслуживание в доме-интернате", "принята"],
         ["3", "00405019", "Выдача справки о неполучении пособия", "не принята: услуга исключается из Реестра госуслуг с 01.04.2027"]],
        """
Ким О.В. ________      Нұрғали Е.М. ________      Жаксыбекова Р.Т. ________""")
    body = """Здравствуйте!
Высылаем подписанный протокол от 26.02.2027.
По услуге 00405019 — см. примечание в протоколе.

Балтабаева К.С."""
    data = mail("soc-prog@kostanay.gov.kz", EKC, "протокол", "Mon, 01 Mar 2027 09:01:00 +0600", body=body, charset="windows-1251",
                atts=[("Протокол 26.02.2027.docx", data, DOCX)])
    emit("p05-kostanay-protocol.eml", data, [dict(TP("2027-02-26", ["00405007", "00405011"]), part="Протокол 26.02.2027.docx", language="ru")],
         ctx("Управление координации занятости и социальных программ акимата Костанайской области", "soc-prog@kostanay.gov.kz", "050140001992",
             [("00405007", "Назначение социальной помощи отдельным категориям нуждающихся граждан"), ("00405011", "Оформление документов на социальное обслуживание в доме-интернате"), ("00405019", "Выдача справки о неполучении пособия")],
             "protocol", ("ЕКЦ-2027/222", "2027-02-19", "Об обучении"), "две услуги приняты, 00405019 не принята"),
         "ru", "eml (cp1251) + docx", "one of three services not accepted; Cyrillic attachment name")

    def fl():
        f = P("ХАТТАМА / ПРОТОКОЛ", PSB)
        f += P("""
Мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдау туралы
о принятии государственной услуги для консультирования

2027 жылғы 9 наурыз / 9 марта 2027 года

Ұлытау облысы әкімдігінің АХАТ бөлімі атынан: Сағынтаев Б.Т.
БББО атынан / от ЕКЦ: Омарова Д.С.

00102004 – Азаматтық хал актілерін тіркеу органдарына мәліметтер беру – қабылданды / принята.

Қолдар / Подписи: ________ ________""")
        return f
    emit("p06-ulytau-bilingual.pdf", pdf_bytes(fl), [dict(TP("2027-03-09", ["00102004"]), part="p06-ulytau-bilingual.pdf", language="kk")],
         ctx("Ұлытау облысы әкімдігінің азаматтық хал актілерін тіркеу бөлімі", "ahat@ulytau.gov.kz", "220940007312",
             [("00102004", "Азаматтық хал актілерін тіркеу органдарына мәліметтер беру")], "protocol",
             ("ЕКЦ-2027/244", "2027-02-25", "Оқыту туралы"), "услуга принята"),
         "kk+ru", "pdf", "bilingual protocol, date given in both languages on one line")

    data = proto_docx("""Протокол № 22 от 25.03.2027
принятия Единым контакт-центром государственных услуг для консультирования

Ответственное лицо: Турсынбекова Л.А. (Управление культуры, архивов и документации г. Шымкент)
Представитель ЕКЦ: Искаков Б.Н.

Обучение проведено 24.03.2027 в формате видеоконференции.""",
        [["1", "00803012", "Выдача архивной справки о трудовом стаже", "принята"],
         ["2", "00803013", "Выдача копий архивных документов", "принята"]],
        """
Консультирование по услугам начинается с 01.04.2027.
Подписи: ________ Турсынбекова Л.А.   ________ Искаков Б.Н.""")
    emit("p07-shymkent-protocol.docx", data, [dict(TP("2027-03-25", ["00803012", "00803013"]), part="p07-shymkent-protocol.docx", language="ru")],
         ctx("Управление культуры, архивов и документации города Шымкент", "kanc@shymkent.gov.kz", "180340011256",
             [("00803012", "Выдача архивной справки о трудовом стаже"), ("00803013", "Выдача копий архивных документов")], "protocol",
             ("ЕКЦ-2027/280", "2027-03-12", "О проведении обучения"), "две услуги приняты"),
         "ru", "docx", "three dates: protocol 25.03, training 24.03, consulting start 01.04")

    L("p08-atyrau-kk.eml", "body", """Қайырлы күн!

2027 жылғы 5 сәуірдегі оқыту хаттамасы төменде:

ХАТТАМА № 2
«Жалпы білім беретін мектептерде білім алушылардың жекелеген санаттарына тегін тамақтандыруды ұсыну» (тізілімдегі № 00403018) мемлекеттік көрсетілетін қызметін консультация беру үшін Бірыңғай байланыс орталығының қабылдауы туралы

Күні: 05.04.2027
Оқытуды өткізген: Ермекова С.Б., басқарманың жетекші маманы
Қатысқандар: БББО операторлары (5 адам)
Шешім: қызмет консультация беру үшін қабылданды.

Қол қойылған данасы ЭЦҚ арқылы ЕСЭДО-да жіберілді.

Ермекова Сымбат
""", [TP("2027-04-05", ["00403018"])],
      ctx("Атырау облысының білім беру басқармасы", "bilim@atyrau.gov.kz", "991040002277",
          [("00403018", "Жалпы білім беретін мектептерде білім алушылардың жекелеген санаттарына тегін тамақтандыруды ұсыну")], "protocol",
          ("ЕКЦ-2027/301", "2027-03-29", "Оқыту туралы"), "услуга принята"),
      "kk", "protocol text pasted into the mail body",
      m=("Ермекова Сымбат <s.yermekova@atyrau-bilim.kz>", "Хаттама", "Tue, 06 Apr 2027 10:10:00 +0500"))

    data = proto_docx("""ПРОТОКОЛ
принятия государственных услуг для консультирования Единым контакт-центром

г. Астана                                                          12 марта 2027 года

От Комитета экологического регулирования и контроля: Ахметжанов Б.К., Григорьева А.П.
От ЕКЦ: Омарова Д.С.""",
        [["1", "01202001", "Выдача экологического разрешения на воздействие для объектов I категории", "принята"],
         ["2", "01202002", "Выдача экологического разрешения на воздействие для объектов II категории", "принята"],
         ["3", "01202005", "Выдача заключения государственной экологической экспертизы", "принята"],
         ["4", "01202008", "Выдача разрешения на специальное водопользование", "отложена (обучение перенесено на 26.03.2027)"],
         ["5", "01202011", "Выдача лицензии на выполнение работ в области охраны окружающей среды", "принята"],
         ["6", "01202014", "Выдача разрешения на эмиссии в окружающую среду", "принята"],
         ["7", "01202017", "Согласование проектов нормативов допустимых выбросов", "отложена (обучение перенесено на 26.03.2027)"],
         ["8", "01202020", "Выдача заключения об определении сферы охвата оценки воздействия на окружающую среду", "принята"]],
        """
Подписи сторон: ___________ Ахметжанов Б.К.       ___________ Омарова Д.С.""")
    emit("p09-ecogeo-8-postponed.docx", data,
         [dict(TP("2027-03-12", ["01202001", "01202002", "01202005", "01202011", "01202014", "01202020"]), part="p09-ecogeo-8-postponed.docx", language="ru")],
         ctx("Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
             "kerk@ecogeo.gov.kz", "130940024568",
             [("01202001", "Выдача экологического разрешения на воздействие для объектов I категории"), ("01202002", "Выдача экологического разрешения на воздействие для объектов II категории"),
              ("01202005", "Выдача заключения государственной экологической экспертизы"), ("01202008", "Выдача разрешения на специальное водопользование"),
              ("01202011", "Выдача лицензии на выполнение работ в области охраны окружающей среды"), ("01202014", "Выдача разрешения на эмиссии в окружающую среду"),
              ("01202017", "Согласование проектов нормативов допустимых выбросов"), ("01202020", "Выдача заключения об определении сферы охвата оценки воздействия на окружающую среду")],
             "protocol", ("ЕКЦ-2027/270", "2027-03-05", "О проведении обучения"), "шесть услуг приняты, две отложены до 26.03"),
         "ru", "docx", "8 rows, 2 postponed — only the 6 accepted keyed; another date (26.03) in the postponed rows")

    L("p10-minjust-protocol.eml", "att-pdf", """ПРОТОКОЛ № 5
принятия Единым контакт-центром государственных услуг для консультирования

Дата подписания: «17» февраля 2027 г.

Министерство юстиции Республики Казахстан в лице главного эксперта Департамента регистрационной службы Ахмедовой Ф.Р. провело обучение сотрудников ЕКЦ по государственным услугам:
– 00202001 «Государственная регистрация юридических лиц» – принята;
– 00202002 «Государственная перерегистрация юридических лиц» – принята.

Ахмедова Ф.Р. ________             Омарова Д.С. ________
""", [TP("2027-02-17", ["00202001", "00202002"])],
      ctx("Министерство юстиции Республики Казахстан", "kanc@adilet.gov.kz", "960240000227",
          [("00202001", "Государственная регистрация юридических лиц"), ("00202002", "Государственная перерегистрация юридических лиц")], "protocol",
          ("ЕКЦ-2027/208", "2027-02-12", "Об обучении"), "две услуги приняты"),
      "ru", "PDF protocol attached to an ESEDO auto-mail; services as a dash list",
      m=("ЕСЭДО МЮ РК <esedo@adilet.gov.kz>", "Протокол № 5", "Thu, 18 Feb 2027 09:00:00 +0500"),
      att_name="protokol_5.pdf", cover="Направляется документ из системы ЕСЭДО. Данное сообщение сформировано автоматически.")


# ======================================================================= OTHER
def O():
    return [{"kind": "other"}]


def others():
    L("o01-ack-kk-ru.eml", "body", """Сіздің хатыңыз алынды және тіркелді. Тіркеу нөмірі: 3-1/К-1129, 2027-02-01.
Ваше обращение получено и зарегистрировано. Регистрационный номер: 3-1/К-1129 от 01.02.2027.

Бұл хат автоматты түрде жіберілді, жауап бермеңіз. / Это письмо отправлено автоматически, не отвечайте на него.
""", O(), ctx("Министерство сельского хозяйства Республики Казахстан", "kanc@moa.gov.kz", "990240008722",
              [("00501032", "Субсидирование стоимости гербицидов")], "appointment",
              ("ЕКЦ-2027/150", "2027-02-01", "О назначении ответственного лица"), "ничего не менять, ждать назначения", False),
      "kk+ru", "auto-acknowledgement from the registry office; bilingual; contains a registration number and date",
      m=("noreply@moa.gov.kz", "Тіркеу туралы хабарлама / Уведомление о регистрации", "Mon, 01 Feb 2027 11:02:13 +0500"))

    L("o02-being-prepared.eml", "body", """Добрый день!

Ваш запрос № ЕКЦ-2027/214 от 01.03.2027 получен, отписан в Управление экологических разрешений. Ответственное лицо будет определено приказом, ответ готовится и будет направлен в установленный срок.

С уважением,
секретариат КЭРК
""", O(), ctx("Комитет экологического регулирования и контроля Министерства экологии и природных ресурсов Республики Казахстан",
              "kerk@ecogeo.gov.kz", "130940024568", [("01202001", "Выдача экологического разрешения на воздействие для объектов I категории")],
              "appointment", ("ЕКЦ-2027/214", "2027-03-01", "Запрос информации"), "ничего не менять (ответ готовится)", False),
      "ru", "'answer being prepared' — mentions the responsible person will be appointed (not an appointment)",
      m=("kerk-sekr@ecogeo.gov.kz", "RE: Запрос информации", "Tue, 02 Mar 2027 09:40:00 +0500"))

    L("o03-question-back.eml", "body", """Здравствуйте.

Прежде чем заполнять форму, уточните, пожалуйста: в столбце 5 «Регламент государственной услуги» что указывать, если регламенты по нашим услугам отменены с 2020 года? Ставить прочерк или писать реквизиты акта об отмене?

И второй вопрос — в столбце 8 указывать одного ответственного на все услуги или по каждой услуге отдельно?

Спасибо.
Балтабаева Камила, гл. специалист
8 (7142) 50-33-75
""", O(), ctx("Управление координации занятости и социальных программ акимата Костанайской области", "soc-prog@kostanay.gov.kz", "050140001992",
              [("00405007", "Назначение социальной помощи отдельным категориям нуждающихся граждан")], "information",
              ("ЕКЦ-2027/170", "2027-02-04", "О представлении информации"), "ответить на вопросы по заполнению, ждать форму", False),
      "ru", "a question back about columns 5 and 8 — names the form's columns but is not a form",
      m=("Балтабаева Камила <k.baltabayeva@kostanay.gov.kz>", "Вопрос по форме прил. 1", "Fri, 05 Feb 2027 15:15:00 +0600"))

    L("o04-postpone-kk.docx", "docx", """АТЫРАУ ОБЛЫСЫНЫҢ БІЛІМ БЕРУ БАСҚАРМАСЫ
Шығ. № 07-04/1401
2027 жылғы 22 наурыз

Бірыңғай байланыс орталығына

2027 жылғы 15 наурыздағы № ЕКЦ-2027/288 хатқа

Жауапты тұлғаның ауысуына байланысты (бұйрық 2027 жылғы 15 наурыздағы № 112-ж/қ) 00403018 мемлекеттік көрсетілетін қызметі бойынша оқытуды 2027 жылғы 5 сәуірге дейін кейінге қалдыруды сұраймыз.

Басшы                                                      А. Сұлтанғалиев
""", O(), ctx("Атырау облысының білім беру басқармасы", "bilim@atyrau.gov.kz", "991040002277",
              [("00403018", "Жалпы білім беретін мектептерде білім алушылардың жекелеген санаттарына тегін тамақтандыруды ұсыну")], "protocol",
              ("ЕКЦ-2027/288", "2027-03-15", "Оқыту туралы"), "перенести срок обучения до 05.04.2027", False),
      "kk", "postponement request in Kazakh that mentions a change of responsible person and an order (not itself a notice)")

    L("o05-forward-subordinate.eml", "body", """Уважаемые коллеги!

Министерство образования Республики Казахстан направляет Ваш запрос № ЕКЦ-2027/143 от 29.01.2027 по государственной услуге 00402006 «Прием документов и зачисление в организации образования» для исполнения в ГУ «Управление образования Карагандинской области», поскольку услуга оказывается местными исполнительными органами.

Ответ будет представлен непосредственно Управлением образования в Ваш адрес.

Департамент цифровизации и оказания государственных услуг МП РК

---------- Forwarded message ----------
From: Единый контакт-центр <info@ekc-gov.kz>
Date: Fri, Jan 29, 2027 at 9:20 AM
Subject: О назначении ответственного лица
To: kanc@edu.gov.kz

Просим в течение трех рабочих дней назначить ответственное лицо...
""", O(), ctx("Министерство просвещения Республики Казахстан", "kanc@edu.gov.kz", "990140002033",
              [("00402006", "Прием документов и зачисление в организации образования")], "appointment",
              ("ЕКЦ-2027/143", "2027-01-29", "О назначении ответственного лица"), "отметить переадресацию в управление образования, ждать ответа оттуда", False),
      "ru", "forward to a subordinate body with our request quoted",
      m=("Департамент цифровизации <dcgu@edu.gov.kz>", "Fwd: О назначении ответственного лица", "Mon, 01 Feb 2027 12:12:12 +0500",
         "Единый контакт-центр <info@ekc-gov.kz>, Управление образования <kanc@kargoo.kz>"))

    L("o06-already-sent.eml", "html", """<html><body><p>Добрый день!</p>
<p>На Ваше напоминание от 19.02.2027: информация по форме приложения 1 по услуге 00902001 и 00902004 была направлена нами 11.02.2027 письмом № 26-02/1180 (во вложении был PDF). Просим проверить входящую почту, при необходимости направим повторно.</p>
<p>Мукашева Д.Е.<br>КМФК МЗ РК</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">Напоминаем, что срок представления информации по запросу ЕКЦ-2027/149 истек 08.02.2027...</blockquote>
</body></html>""", O(), ctx("Комитет медицинского и фармацевтического контроля Министерства здравоохранения Республики Казахстан", "kmfk@dsm.gov.kz", "050240006618",
              [("00902001", "Выдача лицензии на фармацевтическую деятельность"), ("00902004", "Выдача разрешения на ввоз лекарственных средств")], "information",
              ("ЕКЦ-2027/149-н", "2027-02-19", "Напоминание о представлении информации"), "проверить, получено ли письмо от 11.02.2027", False),
      "ru", "reply to a reminder: 'already sent', no attachment; HTML-only with quoted reminder",
      m=("Мукашева Динара <d.mukasheva@dsm.gov.kz>", "RE: Напоминание", "Fri, 19 Feb 2027 16:00:00 +0500"))

    L("o07-out-of-office.eml", "body", """Здравствуйте! Я нахожусь в отпуске с 15.02.2027 по 01.03.2027. По срочным вопросам обращайтесь к Тілеубаевой Ақмарал, тел. 8 (7252) 53-14-02.

Сәлеметсіз бе! Мен 15.02.2027 – 01.03.2027 аралығында еңбек демалысындамын.

Автоматический ответ.
""", O(), ctx("Түркістан облысының мұрағаттар және құжаттама басқармасы", "muragat@turkistan.gov.kz", "160540020417",
              [("00703005", "Мұрағаттық анықтамалар беру")], "protocol",
              ("ЕКЦ-2027/240", "2027-02-24", "Оқыту туралы"), "ничего; при необходимости связаться с замещающим", False),
      "ru+kk", "out-of-office auto-reply naming a substitute person and dates (not a responsible change)",
      m=("Бекмұратова Сәуле <s.bekmuratova@turkistan.gov.kz>", "Автоматический ответ: Оқыту туралы", "Wed, 24 Feb 2027 10:00:05 +0500",),
      )

    L("o08-training-date-kk.txt", "txt", """Жамбыл облысы әкімдігінің ветеринария басқармасы

Бірыңғай байланыс орталығына

00507008 қызметі бойынша оқытуды 2027 жылғы 16 наурызда сағат 15:00-де (Астана уақыты) Zoom арқылы өткізуді ұсынамыз. Сілтеме кейін жіберіледі. Сұрақтарыңызды алдын ала Әбілқасымов Ж. электрондық поштасына жіберулеріңізді сұраймыз.

Қ. Тұрсынов
""", O(), ctx("Жамбыл облысы әкімдігінің ветеринария басқармасы", "vet@zhambyl.gov.kz", "040340009971",
              [("00507008", "Ветеринариялық анықтама беру")], "protocol",
              ("ЕКЦ-2027/262", "2027-03-04", "Оқыту туралы"), "согласовать дату обучения", False),
      "kk", "Kazakh proposal of a training date (protocol not yet signed)")


def extra():
    # body = appointment, attachment = the form already filled
    c, k = S("00206021", "Выдача лицензии на хранение и оптовую реализацию алкогольной продукции",
             "приказ Министра торговли и интеграции РК от 28 мая 2020 года № 110-НҚ", "", "",
             "https://www.gov.kz/memleket/entities/mangystau-kasipkerlik",
             "Исмаилова Гаухар Талгатовна (гл. специалист отдела лицензирования) тел: 87292301725 email: g.ismailova@mangystau.gov.kz",
             "Исмаилова Гаухар Талгатовна", "гл. специалист отдела лицензирования", "g.ismailova@mangystau.gov.kz", "87292301725")
    k["regulation"] = None; k["npa_changes"] = None
    def b(d):
        land(d)
        paras(d, "Приложение 1", align="r")
        table(d, [HDR_RU, ["1"] + c])
        paras(d, "\nОтветственный исполнитель: Исмаилова Гаухар Талгатовна\n«1» марта 2027 года")
    body = """Уважаемые коллеги!

На запрос № ЕКЦ-2027/209 от 24.02.2027 сообщаем, что ответственным лицом по государственной услуге 00206021 назначена Исмаилова Гаухар Талгатовна, главный специалист отдела лицензирования, тел. 8 (7292) 30-17-25, g.ismailova@mangystau.gov.kz.

Одновременно направляем заполненную форму (приложение 1), не дожидаясь срока.

Д. Оразбаева, руководитель управления
"""
    data = mail("Басқарма <kanc@mangystau.gov.kz>", EKC, "Ответ на ЕКЦ-2027/209", "Mon, 01 Mar 2027 17:00:00 +0500",
                body=body, atts=[("prilozhenie1_00206021.docx", docx_bytes(b), DOCX)])
    emit("f17-mangystau-appoint-plus-form.eml", data,
         [{"part": "body", "kind": "responsible_change", "language": "ru",
           "responsible": per("Исмаилова Гаухар Талгатовна", "главный специалист отдела лицензирования", "g.ismailova@mangystau.gov.kz", "87292301725"),
           "previous_responsible": None, "services": [{"registry_number": "00206021"}]},
          form_doc("prilozhenie1_00206021.docx", [k], "ru", ("Исмаилова Гаухар Талгатовна", "2027-03-01"))],
         ctx("Управление предпринимательства и индустриально-инновационного развития Мангистауской области", "kanc@mangystau.gov.kz", "120940010283",
             [("00206021", "Выдача лицензии на хранение и оптовую реализацию алкогольной продукции")], "appointment",
             ("ЕКЦ-2027/209", "2027-02-24", "О назначении ответственного лица"), "записать ответственного и сразу занести форму"),
         "ru", "eml + docx", "two documents: appointment in the body and the filled form attached; column 8 with position in brackets and labels without separators")

    L("x11-ulytau-kk-not-competent.eml", "body", """Құрметті әріптестер!

2027 жылғы 12 шілдедегі № ЕКЦ-2027/744 сауалыңызды қарап, Ұлытау облысы әкімдігінің АХАТ бөлімі мынаны хабарлайды: шетелде тіркелген неке туралы куәліктерді заңдастыру мәселесі бөлімнің құзыретіне кірмейді, ол Қазақстан Республикасы Сыртқы істер министрлігінің құзыретіне жатады.

Құрметпен,
Әміреева А.С., бас маман
""", [RF("шетелде тіркелген неке туралы куәліктерді заңдастыру мәселесі бөлімнің құзыретіне кірмейді", "not_competent", None)],
      ctx("Ұлытау облысы әкімдігінің азаматтық хал актілерін тіркеу бөлімі", "ahat@ulytau.gov.kz", "220940007312",
          [("00102004", "Азаматтық хал актілерін тіркеу органдарына мәліметтер беру")], "additional_answer",
          ("ЕКЦ-2027/744", "2027-07-12", "Қосымша ақпарат"), "отказ по компетенции; запросить МИД"),
      "kk", "Kazakh not-competent refusal",
      m=("Әміреева Аружан <a.amireyeva@ulytau.gov.kz>", "ЕКЦ-2027/744 жауап", "Thu, 15 Jul 2027 10:20:00 +0500"))


SUMMARY = """
## Notes

- Prefixes: `f` appendix1_form, `a` appointment (keyed `responsible_change`, `previous_responsible: null`,
  context `awaiting: appointment`), `r` responsible_change, `c` change_notice, `x` refusal, `p` training_protocol,
  `o` other (context `is_reply: false`).
- A covering note in a mail whose real content is an attachment is not keyed (as in the shared sample 06);
  only `f17` keys two documents (appointment in the body + the filled form attached).
- Training protocols with services not accepted or postponed (`p02`, `p05`, `p09`) key only the accepted services.
- Change notices key `registry_number` and the changed fields; unchanged standard/regulation/npa_changes/website are `null`.
- Positions are keyed only when the letter writes them in the nominative (`a09`, `r02` give them in genitive/accusative: not keyed).
- `r11` is a windows-1251 body with no charset label at all (must be guessed).
"""


if __name__ == "__main__":
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16):
        f()
    extra(); appointments(); changes(); notices(); refusals(); protocols(); others()
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("# heldout-r3e / madina\n\nReplies of Kazakh agencies to the Unified Contact Centre. Built by `make.py` "
                 "(python-docx, openpyxl, reportlab; /tmp/cv-madina venv). Each input has `.expected.json` (answer key) and "
                 "`.context.json` (case situation).\n\n| file | kind | language | format | what makes it hard |\n| --- | --- | --- | --- | --- |\n")
        fh.write("\n".join(sorted(MANI)) + "\n")
        fh.write(SUMMARY)
    print(len(MANI), "documents")
