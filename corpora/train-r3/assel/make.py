#!/usr/bin/env python3
"""Generator of the assel corpus (round J). Every letter's text is written by hand below.
Run: /tmp/cv-assel/bin/python make.py   (writes into this folder)"""
import io, json, os
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from email.header import Header
from email.utils import formataddr
from docx import Document
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
EKC = "info@ekc.gov.kz"
EKC_NAME = "Бірыңғай байланыс орталығы / Единый контакт-центр"


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def key(name, docs, exit=0):
    write(name + ".expected.json", json.dumps({"exit": exit, "documents": docs}, ensure_ascii=False, indent=2))


def ctx(name, agency, services, awaiting, our_letter, effect, is_reply):
    write(name + ".context.json", json.dumps({
        "agency": agency, "services": [{"registry_number": r, "name": n} for r, n in services],
        "awaiting": awaiting, "our_letter": our_letter, "expected_effect": effect, "is_reply": is_reply},
        ensure_ascii=False, indent=2))


def ol(number, date, subject):
    return {"number": number, "date": date, "subject": subject}


def svc(reg, name=None, std=None, reg_=None, npa=None, web=None, fio=None, pos=None, email=None, phone=None):
    r = {"registry_number": reg}
    if name is not None: r["service_name"] = name
    if std is not None: r["standard"] = std
    if reg_ is not None: r["regulation"] = reg_
    r["npa_changes"] = npa
    if web is not None: r["website"] = web
    resp = {}
    if fio: resp["full_name"] = fio
    if pos: resp["position"] = pos
    if email: resp["email"] = email
    if phone: resp["phone"] = phone
    if resp: r["responsible"] = resp
    return r


# ---------- mail ----------
def eml(frm, subject, date, msgid, text=None, html=None, charset="utf-8", atts=(), to=EKC,
        irt=None, cc=None, extra=(), mailer=None, label=None):
    """label: charset put in the header instead of the real one (wrong/missing label)"""
    def textpart(body, sub):
        p = MIMEText(body, sub, charset)
        if label is not None:
            if label == "":
                p.set_param("charset", "", header="Content-Type")
                del p["Content-Type"]
                p["Content-Type"] = "text/%s" % sub
            else:
                p.set_param("charset", label)
        return p
    if text is not None and html is not None:
        body = MIMEMultipart("alternative"); body.attach(textpart(text, "plain")); body.attach(textpart(html, "html"))
    elif html is not None:
        body = textpart(html, "html")
    else:
        body = textpart(text, "plain")
    if atts:
        m = MIMEMultipart("mixed"); m.attach(body)
        for fn, data, mt in atts:
            main, sub = mt.split("/")
            a = MIMEBase(main, sub); a.set_payload(data); encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn) if any(ord(c) > 127 for c in fn) else fn)
            m.attach(a)
    else:
        m = body
    from email.utils import parseaddr
    nm, ad = parseaddr(frm)
    m["From"] = formataddr((nm, ad), charset="utf-8") if nm else ad
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = Header(subject, "utf-8", header_name="Subject")
    m["Date"] = date; m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt; m["References"] = irt
    if mailer: m["X-Mailer"] = mailer
    for k, v in extra: m[k] = v
    if "MIME-Version" not in m: m["MIME-Version"] = "1.0"
    return m.as_bytes()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"

# ---------- docx ----------
def docx(blocks):
    """blocks: str paragraph | ('table', rows) | ('bold', str)"""
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "bold":
            d.add_paragraph().add_run(b[1]).bold = True
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows)); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    lines = c.split("\n")
                    cell.text = lines[0]
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
    bio = io.BytesIO(); d.save(bio); return bio.getvalue()


def xlsx(rows_before, table, rows_after, widths=None, merges=()):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Қосымша 1"
    r = 1
    for line in rows_before:
        ws.cell(row=r, column=1, value=line); r += 1
    for row in table:
        for j, v in enumerate(row):
            if v is not None:
                c = ws.cell(row=r, column=j + 1, value=v); c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for line in rows_after:
        ws.cell(row=r, column=1, value=line); r += 1
    for col, w in zip("ABCDEFGH", widths or [5, 12, 30, 40, 40, 30, 18, 35]):
        ws.column_dimensions[col].width = w
    for m in merges:
        ws.merge_cells(m)
    bio = io.BytesIO(); wb.save(bio); return bio.getvalue()


def pdf(blocks, land=False):
    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=landscape(A4) if land else A4, leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36)
    ps = ParagraphStyle("n", fontName="DV", fontSize=10, leading=13)
    cs = ParagraphStyle("c", fontName="DV", fontSize=7.5, leading=9)
    fl = []
    for b in blocks:
        if isinstance(b, str):
            fl.append(Paragraph(b.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), ps)); fl.append(Spacer(1, 4))
        elif b[0] == "table":
            rows = [[Paragraph(c.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), cs) for c in r] for r in b[1]]
            t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl.append(t); fl.append(Spacer(1, 8))
    doc.build(fl); return bio.getvalue()


KK_HEAD = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы",
           "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)",
           "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
           "Нормативтік құқықтық актілердің өзгерістері",
           "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
           "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
NUMROW = ["1", "2", "3", "4", "5", "6", "7", "8"]


# =====================================================================
# R01 — e-mail, Kazakh covering note + Kazakh Appendix 1 in DOCX (2 services)
# =====================================================================
def r01():
    n = "r01-kk-form-2svc-docx.eml"
    ag = {"name": "Талдықорған қаласының білім бөлімі", "email": "kense@taldykorgan-bilim.gov.kz", "bin": "070340012847"}
    s1n = "Мектепке дейінгі балалар ұйымдарына жіберу үшін мектеп жасына дейінгі (6 жасқа дейін) балаларды кезекке қою"
    s1std = "«Мектепке дейінгі балалар ұйымдарына жіберу үшін мектеп жасына дейінгі (6 жасқа дейін) балаларды кезекке қою» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 14 қазандағы № 412 бұйрығымен бекітілген"
    s1reg = "Жетісу облысы әкімдігінің 2026 жылғы 20 қарашадағы № 318 қаулысымен бекітілген мемлекеттік көрсетілетін қызмет регламенті"
    s2n = "Жалпы білім беретін мектептердің білім алушыларына тегін тасымалдауды ұсыну үшін құжаттар қабылдау"
    s2std = "«Жалпы білім беретін мектептердің білім алушыларына тегін тасымалдауды ұсыну үшін құжаттар қабылдау» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 14 қазандағы № 412 бұйрығымен бекітілген"
    s2reg = "Жетісу облысы әкімдігінің 2026 жылғы 20 қарашадағы № 319 қаулысымен бекітілген мемлекеттік көрсетілетін қызмет регламенті"
    s2npa = "Қазақстан Республикасы Оқу-ағарту министрінің 2026 жылғы 2 желтоқсандағы № 506 «Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» бұйрыққа өзгерістер енгізу туралы» бұйрығы"
    web = "www.gov.kz/memleket/entities/zhetisu-taldykorgan-bilim"
    c8a = "Сейітқали Гүлмира Бекболатқызы, мектепке дейінгі білім беру секторының бас маманы, тел.: 8 (7282) 24-15-63, g.seitkali@taldykorgan-bilim.gov.kz"
    c8b = "Нұрланов Ерсайын Мұратұлы\nбілім беру ұйымдарымен жұмыс жөніндегі маман\n+7 701 455 18 92\ne.nurlanov@taldykorgan-bilim.gov.kz"
    d = docx(["Талдықорған қаласының білім бөлімі", "Бірыңғай байланыс орталығына",
              ("bold", "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу"),
              ("table", [KK_HEAD, NUMROW,
                         ["1", "00502014", s1n, s1std, s1reg, "—", web, c8a],
                         ["2", "00502022", s2n, s2std, s2reg, s2npa, web, c8b]]),
              "Жауапты орындаушының Т.А.Ә.: Әлімжанова Динара Қайратқызы",
              "Күні: «16» қаңтар 2027 ж."])
    body = ("Құрметті әріптестер!\n\n2027 жылғы 12 қаңтардағы № ЕКЦ-2027/038 хатыңызға жауап ретінде "
            "Қағидалардың 1-қосымшасына сәйкес нысан бойынша ақпаратты жолдаймыз (қоса беріліп отыр).\n\n"
            "Құрметпен,\nД. Әлімжанова\nТалдықорған қаласының білім бөлімі\nтел. 8 (7282) 24-10-07\n")
    write(n, eml(formataddr(("Әлімжанова Динара", "d.alimzhanova@taldykorgan-bilim.gov.kz")),
                 "ЕКЦ-2027/038 хатқа жауап — 1-қосымша", "Sat, 16 Jan 2027 10:42:11 +0500",
                 "<a1f0c3e2.16012027@taldykorgan-bilim.gov.kz>", text=body,
                 atts=[("1-kosymsha_bilim_bolimi.docx", d, DOCX)], irt="<req-2027-038@ekc.gov.kz>",
                 mailer="Microsoft Outlook 16.0"))
    key(n, [{"part": "1-kosymsha_bilim_bolimi.docx", "kind": "appendix1_form", "language": "kk",
             "services": [svc("00502014", s1n, s1std, s1reg, None, web, "Сейітқали Гүлмира Бекболатқызы",
                              "мектепке дейінгі білім беру секторының бас маманы", "g.seitkali@taldykorgan-bilim.gov.kz", "87282241563"),
                          svc("00502022", s2n, s2std, s2reg, s2npa, web, "Нұрланов Ерсайын Мұратұлы",
                              "білім беру ұйымдарымен жұмыс жөніндегі маман", "e.nurlanov@taldykorgan-bilim.gov.kz", "+77014551892")],
             "executor": {"full_name": "Әлімжанова Динара Қайратқызы", "date": "2027-01-16"}}])
    ctx(n, ag, [("00502014", s1n), ("00502022", s2n)], "information",
        ol("ЕКЦ-2027/038", "2027-01-12", "Запрос информации о государственных услугах по Приложению 1"),
        "Записать сведения по обеим услугам из формы и назначить обучение", True)


# =====================================================================
# R02 — plain DOCX, Kazakh form, 1 service, bilingual letterhead
# =====================================================================
def r02():
    n = "r02-kk-form-1svc.docx"
    ag = {"name": "Ақтөбе облысының ветеринария басқармасы", "email": "vet@aktobe-vet.gov.kz", "bin": "050140003318"}
    sn = "Ветеринариялық анықтама беру"
    std = "«Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 3 қыркүйектегі № 271 бұйрығымен бекітілген"
    reg = "Ақтөбе облысы әкімдігінің 2026 жылғы 11 қарашадағы № 402 қаулысы"
    web = "https://www.gov.kz/memleket/entities/aktobe-vet"
    d = docx(["«АҚТӨБЕ ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ» ММ\nГУ «УПРАВЛЕНИЕ ВЕТЕРИНАРИИ АКТЮБИНСКОЙ ОБЛАСТИ»",
              "030020, Ақтөбе қ., Әбілқайыр хан даңғылы, 40, тел. 8 (7132) 55-72-14",
              "Шығ. № 04-12/77   2027 жылғы 19 қаңтар",
              "Қағидаларға 1-қосымша",
              ("table", [KK_HEAD, NUMROW,
                         ["1", "01302005", sn, std, reg, "жоқ", web,
                          "Қадырбаев Марат Төлегенұлы – ветеринариялық қадағалау бөлімінің басшысы\nтел. +7 (7132) 55-72-30\nm.kadyrbayev@aktobe-vet.gov.kz"]]),
              "Орындаған: Байжанова Ақмарал Серікқызы",
              "2027 жылғы 19 қаңтар"])
    write(n, d)
    key(n, [{"part": n, "kind": "appendix1_form", "language": "kk",
             "services": [svc("01302005", sn, std, reg, None, web, "Қадырбаев Марат Төлегенұлы",
                              "ветеринариялық қадағалау бөлімінің басшысы", "m.kadyrbayev@aktobe-vet.gov.kz", "+77132557230")],
             "executor": {"full_name": "Байжанова Ақмарал Серікқызы", "date": "2027-01-19"}}])
    ctx(n, ag, [("01302005", "Выдача ветеринарной справки")], "information",
        ol("ЕКЦ-2027/052", "2027-01-13", "О предоставлении информации по государственной услуге"),
        "Записать сведения формы по услуге 01302005", True)


# =====================================================================
# R03 — XLSX, bilingual headers (kk / ru in one cell), 3 services, district akimat
# =====================================================================
def r03():
    n = "r03-bilingual-form-3svc.xlsx"
    ag = {"name": "Қарасай ауданы әкімдігінің ауыл шаруашылығы бөлімі", "email": "agro@karasay.gov.kz", "bin": "991240001552"}
    head = ["№ р/с\n№ п/п",
            "Тізілімдегі нөмірі\n№ государственной услуги в реестре",
            "Мемлекеттік көрсетілетін қызметтің атауы\nНаименование государственной услуги",
            "Стандарты (деректемелері)\nСтандарт государственной услуги (с указанием его реквизитов)",
            "Регламенті (деректемелері)\nРегламент государственной услуги (с указанием его реквизитов)",
            "НҚА өзгерістері\nИзменения нормативных правовых актов",
            "Интернет-ресурс",
            "Жауапты тұлғаның Т.А.Ә., лауазымы\nФИО, должность ответственного лица"]
    S = [("01204019", "Тыңайтқыштардың құнын субсидиялау",
          "«Тыңайтқыштардың құнын субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, ҚР Ауыл шаруашылығы министрінің 2026 жылғы 30 маусымдағы № 198 бұйрығымен бекітілген",
          "Алматы облысы әкімдігінің 2026 жылғы 25 тамыздағы № 287 қаулысымен бекітілген регламент",
          None, "www.karasay.gov.kz",
          "Омарова Сәуле Жақсыбекқызы, бас маман, 8 (72771) 2-14-55, s.omarova@karasay.gov.kz",
          ("Омарова Сәуле Жақсыбекқызы", "бас маман", "s.omarova@karasay.gov.kz", "87277121455")),
         ("00904007", "Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру",
          "«Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру» мемлекеттік көрсетілетін қызмет стандарты, ҚР Ауыл шаруашылығы министрінің 2026 жылғы 30 маусымдағы № 198 бұйрығымен бекітілген",
          "Алматы облысы әкімдігінің 2026 жылғы 25 тамыздағы № 288 қаулысымен бекітілген регламент",
          "ҚР Ауыл шаруашылығы министрінің 2026 жылғы 19 қарашадағы № 377 бұйрығы (стандартқа өзгерістер)",
          "www.karasay.gov.kz",
          "Омарова Сәуле Жақсыбекқызы, бас маман, 8 (72771) 2-14-55, s.omarova@karasay.gov.kz",
          ("Омарова Сәуле Жақсыбекқызы", "бас маман", "s.omarova@karasay.gov.kz", "87277121455")),
         ("01204023", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау",
          "«Асыл тұқымды мал шаруашылығын дамытуды субсидиялау» мемлекеттік көрсетілетін қызмет стандарты, ҚР Ауыл шаруашылығы министрінің 2026 жылғы 30 маусымдағы № 198 бұйрығымен бекітілген",
          "Алматы облысы әкімдігінің 2026 жылғы 25 тамыздағы № 291 қаулысымен бекітілген регламент",
          None, "www.karasay.gov.kz",
          "Тұрсынбаев Алмас, мал шаруашылығы секторының меңгерушісі, 8 (72771) 2-19-03, a.tursynbayev@karasay.gov.kz",
          ("Тұрсынбаев Алмас", "мал шаруашылығы секторының меңгерушісі", "a.tursynbayev@karasay.gov.kz", "87277121903"))]
    table = [head, NUMROW] + [[str(i + 1), s[0], s[1], s[2], s[3], s[4] or "-", s[5], s[6]] for i, s in enumerate(S)]
    write(n, xlsx(["Ережелерге 1-қосымша / Приложение 1 к Правилам", "Қарасай ауданы әкімдігінің ауыл шаруашылығы бөлімі", ""],
                  table, ["", "Орындаушы / Исполнитель: Жүнісова Айнұр Болатқызы", "Күні / Дата: 21.01.2027"]))
    key(n, [{"part": n, "kind": "appendix1_form",
             "services": [svc(s[0], s[1], s[2], s[3], s[4], s[5], *s[7]) for s in S],
             "executor": {"full_name": "Жүнісова Айнұр Болатқызы", "date": "2027-01-21"}}])
    ctx(n, ag, [(s[0], s[1]) for s in S], "information",
        ol("ЕКЦ-2027/061", "2027-01-14", "Запрос информации (Приложение 1) по трём услугам"),
        "Записать сведения по трём услугам", True)


# =====================================================================
# R04 — PDF, Kazakh form, 1 service, landscape ruled table
# =====================================================================
def r04():
    n = "r04-kk-form-1svc.pdf"
    ag = {"name": "Шымкент қаласының сәулет және қала құрылысы басқармасы", "email": "sauletshym@shymkent.gov.kz", "bin": "180340021764"}
    sn = "Сәулет-жоспарлау тапсырмасын беру"
    std = "«Сәулет-жоспарлау тапсырмасын беру» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Өнеркәсіп және құрылыс министрінің м.а. 2026 жылғы 9 қазандағы № 344 бұйрығымен бекітілген"
    reg = "Шымкент қаласы әкімдігінің 2026 жылғы 17 желтоқсандағы № 1120 қаулысы"
    npa = "ҚР Өнеркәсіп және құрылыс министрінің 2026 жылғы 28 қарашадағы № 415 бұйрығы"
    d = pdf(["ШЫМКЕНТ ҚАЛАСЫНЫҢ СӘУЛЕТ ЖӘНЕ ҚАЛА ҚҰРЫЛЫСЫ БАСҚАРМАСЫ",
             "Бірыңғай байланыс орталығына\n2027 жылғы 15 қаңтардағы № ЕКЦ-2027/070 сұрау салуға",
             "Мемлекеттік көрсетілетін қызмет туралы ақпарат",
             ("table", [KK_HEAD, NUMROW, ["1", "00210003", sn, std, reg, npa, "shymkent.gov.kz/saulet",
                                         "Есенғұлов Данияр Асқарұлы, рұқсат беру бөлімінің бас маманы, тел. 8 (7252) 39-44-17, e-mail: d.esengulov@shymkent.gov.kz"]],
              [25, 70, 100, 115, 100, 75, 110, 140]),
             "Жауапты орындаушы: Мырзахметова Жанар Әбдіқадырқызы",
             "Күні: 2027 жылғы 22 қаңтар"], land=True)
    write(n, d)
    key(n, [{"part": n, "kind": "appendix1_form", "language": "kk",
             "services": [svc("00210003", sn, std, reg, npa, "shymkent.gov.kz/saulet", "Есенғұлов Данияр Асқарұлы",
                              "рұқсат беру бөлімінің бас маманы", "d.esengulov@shymkent.gov.kz", "87252394417")],
             "executor": {"full_name": "Мырзахметова Жанар Әбдіқадырқызы", "date": "2027-01-22"}}])
    ctx(n, ag, [("00210003", "Выдача архитектурно-планировочного задания")], "information",
        ol("ЕКЦ-2027/070", "2027-01-15", "Запрос информации о государственной услуге"),
        "Записать сведения формы по услуге 00210003", True)


# =====================================================================
# R05 — Outlook HTML-only mail, the form as an HTML table in the body (Kazakh)
# =====================================================================
def r05():
    n = "r05-kk-form-in-html-body.eml"
    ag = {"name": "Павлодар облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "email": "kanc@pavl-enbek.gov.kz", "bin": "030840005519"}
    sn = "Жұмыс іздеген адамдарды тіркеу"
    std = "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 5 тамыздағы № 233 бұйрығымен бекітілген «Жұмыс іздеген адамдарды тіркеу» мемлекеттік көрсетілетін қызмет стандарты"
    reg = "Павлодар облысы әкімдігінің 2026 жылғы 10 қазандағы № 266/4 қаулысымен бекітілген регламент"
    web = "www.pavlodar-enbek.gov.kz"
    heads = "".join("<td style='border:1px solid #000;padding:3px'><b>%s</b></td>" % h for h in KK_HEAD)
    row = ["1", "01501008", sn, std, reg, "-", web,
           "Ысқақова Айгерім Нұрболатқызы,<br>жұмыспен қамту бөлімінің жетекші маманы,<br>тел. 8 (7182) 32-55-90,<br>a.yskakova@pavl-enbek.gov.kz"]
    cells = "".join("<td style='border:1px solid #000;padding:3px'>%s</td>" % c for c in row)
    html = ("<html><head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
            "<style>p.MsoNormal{margin:0;font-family:Calibri}</style></head><body lang=KK>"
            "<p class=MsoNormal>Қайырлы күн!</p><p class=MsoNormal>&nbsp;</p>"
            "<p class=MsoNormal>Сіздің 2027 жылғы 11 қаңтардағы № ЕКЦ-2027/029 хатыңызға сәйкес ақпарат төменде берілді:</p>"
            "<table style='border-collapse:collapse;font-size:9pt'><tr>" + heads + "</tr><tr>" + cells + "</tr></table>"
            "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Орындаушы: Ысқақова А.Н.<br>18.01.2027</p>"
            "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal style='color:#1F497D'>--<br>С уважением / Құрметпен,<br>"
            "Ысқақова Айгерім<br>Управление координации занятости и социальных программ Павлодарской области</p>"
            "</body></html>")
    write(n, eml(formataddr(("Ысқақова Айгерім Нұрболатқызы", "a.yskakova@pavl-enbek.gov.kz")),
                 "RE: ЕКЦ-2027/029 Ақпарат беру туралы", "Mon, 18 Jan 2027 16:05:47 +0500",
                 "<DB9PR02MB7130A3F1@pavl-enbek.gov.kz>", html=html, irt="<req-2027-029@ekc.gov.kz>",
                 mailer="Microsoft Outlook 16.0", extra=[("Thread-Topic", "ЕКЦ-2027/029"), ("X-MS-Has-Attach", "")]))
    key(n, [{"part": "body", "kind": "appendix1_form",
             "services": [svc("01501008", sn, std, reg, None, web, "Ысқақова Айгерім Нұрболатқызы",
                              "жұмыспен қамту бөлімінің жетекші маманы", "a.yskakova@pavl-enbek.gov.kz", "87182325590")]}])
    ctx(n, ag, [("01501008", "Регистрация лиц, ищущих работу")], "information",
        ol("ЕКЦ-2027/029", "2027-01-11", "Запрос информации по Приложению 1"),
        "Записать сведения из таблицы в теле письма", True)


# =====================================================================
# R06 — e-mail, DOCX with the form turned on its side (field | value), Kazakh + Russian labels
# =====================================================================
def r06():
    n = "r06-kk-form-transposed.eml"
    ag = {"name": "Маңғыстау облысы әкімдігінің жер қатынастары басқармасы", "email": "zher@mangystau-zher.gov.kz", "bin": "100540013927"}
    sn = "Жер учаскесін іздестіру жұмыстарына пайдалануға рұқсат беру"
    std = "«Жер учаскесін іздестіру жұмыстарына пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет стандарты, ҚР Ауыл шаруашылығы министрінің 2026 жылғы 1 қазандағы № 301 бұйрығымен бекітілген"
    reg = "Маңғыстау облысы әкімдігінің 2026 жылғы 28 қарашадағы № 215 қаулысы"
    rows = [["Тізілімдегі нөмірі / № в реестре", "00702026"],
            ["Мемлекеттік көрсетілетін қызметтің атауы", sn],
            ["Стандарты (деректемелері)", std],
            ["Регламенті (деректемелері)", reg],
            ["НҚА өзгерістері", "—"],
            ["Интернет-ресурс", "www.mangystau-zher.gov.kz"],
            ["Жауапты тұлғаның Т.А.Ә., лауазымы", "Жақыпова Меруерт Ғалымжанқызы, жер кадастры бөлімінің басшысы; +7 (7292) 50-31-82; m.zhakypova@mangystau-zher.gov.kz"]]
    d = docx([("bold", "1-қосымша бойынша ақпарат"), ("table", rows),
              "Орындаған: Ғалымжанова Айдана", "Күні: 20.01.2027"])
    body = ("Сәлеметсіз бе!\n\nЕКЦ-2027/044 хатқа жауап: ақпарат тіркелген файлда.\n"
            "Здравствуйте! Ответ на письмо ЕКЦ-2027/044 — информация во вложении.\n\n"
            "А. Ғалымжанова\n8 (7292) 50-31-00\n\nОтправлено из мобильной Почты Mail.ru\n")
    write(n, eml(formataddr(("Айдана Ғалымжанова", "galymzhanova.a@mangystau-zher.gov.kz")),
                 "Re: ЕКЦ-2027/044", "Wed, 20 Jan 2027 18:31:02 +0500", "<1737380000.55312@mangystau-zher.gov.kz>",
                 text=body, atts=[("info_00702026.docx", d, DOCX)], irt="<req-2027-044@ekc.gov.kz>"))
    key(n, [{"part": "info_00702026.docx", "kind": "appendix1_form",
             "services": [svc("00702026", sn, std, reg, None, "www.mangystau-zher.gov.kz", "Жақыпова Меруерт Ғалымжанқызы",
                              "жер кадастры бөлімінің басшысы", "m.zhakypova@mangystau-zher.gov.kz", "+77292503182")],
             "executor": {"full_name": "Ғалымжанова Айдана", "date": "2027-01-20"}}])
    ctx(n, ag, [("00702026", "Выдача разрешения на использование земельного участка для изыскательских работ")], "information",
        ol("ЕКЦ-2027/044", "2027-01-12", "Запрос информации о государственной услуге"),
        "Записать сведения из повёрнутой формы во вложении", True)


# =====================================================================
# R07 — appointment, bilingual body (Kazakh first, Russian below), utf-8 plain
# =====================================================================
def r07():
    n = "r07-appointment-bilingual.eml"
    ag = {"name": "Қостанай облысы әкімдігінің денсаулық сақтау басқармасы", "email": "densaulyk@kostanay-dsb.gov.kz", "bin": "020640007731"}
    body = """Бірыңғай байланыс орталығына

2027 жылғы 8 ақпандағы № ЕКЦ-2027/112 хатыңызға жауап ретінде Қостанай облысы әкімдігінің денсаулық сақтау басқармасы «Медициналық-әлеуметтік сараптамаға жолдама беру» (тізілімдегі № 01005044) мемлекеттік көрсетілетін қызмет бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға болып басқарманың медициналық көмекті ұйымдастыру бөлімінің бас маманы Жұмабекова Гүлназ Ерланқызы тағайындалғанын хабарлайды.
Байланыс: тел. 8 (7142) 53-18-26, g.zhumabekova@kostanay-dsb.gov.kz

---

В ответ на Ваше письмо от 8 февраля 2027 года № ЕКЦ-2027/112 управление здравоохранения акимата Костанайской области сообщает, что ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге «Выдача направления на медико-социальную экспертизу» (№ 01005044 в реестре) назначена главный специалист отдела организации медицинской помощи Жумабекова Гульназ Ерланкызы.
Контакты: тел. 8 (7142) 53-18-26, g.zhumabekova@kostanay-dsb.gov.kz

Басшының орынбасары / Заместитель руководителя                 Б. Тоқтаров

Орынд./Исп.: Жұмабекова Г.Е.
"""
    write(n, eml(formataddr(("Кеңсе ДСБ", "densaulyk@kostanay-dsb.gov.kz")),
                 "Жауапты тұлғаны тағайындау туралы / О назначении ответственного лица (на № ЕКЦ-2027/112)",
                 "Thu, 11 Feb 2027 09:14:55 +0500", "<20270211091455.3312@kostanay-dsb.gov.kz>",
                 text=body, irt="<req-2027-112@ekc.gov.kz>"))
    key(n, [{"part": "body", "kind": "responsible_change",
             "responsible": {"full_name": "Жұмабекова Гүлназ Ерланқызы",
                             "position": "медициналық көмекті ұйымдастыру бөлімінің бас маманы",
                             "phone": "87142531826", "email": "g.zhumabekova@kostanay-dsb.gov.kz"},
             "previous_responsible": None, "services": [{"registry_number": "01005044"}]}])
    ctx(n, ag, [("01005044", "Выдача направления на медико-социальную экспертизу")], "appointment",
        ol("ЕКЦ-2027/112", "2027-02-08", "О назначении ответственного лица"),
        "Назначить Жумабекову как ответственное лицо по услуге 01005044", True)


# =====================================================================
# R08 — appointment as a plain Kazakh .txt, dative form of the name, no patronymic
# =====================================================================
def r08():
    n = "r08-appointment-kk.txt"
    ag = {"name": "Сарыағаш ауданы әкімінің аппараты", "email": "apparat@saryagash.gov.kz", "bin": "980140002216"}
    t = """САРЫАҒАШ АУДАНЫ ӘКІМІНІҢ АППАРАТЫ
160900, Сарыағаш қ., Иса Байзақов к-сі, 12
Шығ. № 01-18/245
2027 жылғы 3 наурыз

Бірыңғай байланыс орталығының басшылығына

Сіздің 2027 жылғы 26 ақпандағы № ЕКЦ-2027/188 хатыңызды қарап, мынаны хабарлаймыз.

Аудан әкімі аппаратының көрсететін «Жылжымайтын мүлік объектісіне мекенжай беру немесе өзгерту» (№ 00407009) мемлекеттік қызметі бойынша Бірыңғай байланыс орталығымен өзара іс-қимылды қамтамасыз ету, ақпарат беру және орталық қызметкерлерін оқыту міндеті аппараттың мемлекеттік қызметтер көрсету бөлімінің бас маманы Серікбаев Нұрланға жүктелді.

Байланыс телефоны: 8 (72537) 2-44-19
Электрондық пошта: n.serikbayev@saryagash.gov.kz

Аппарат басшысы                                  Қ. Әбдіжаппаров

Орынд. Н. Серікбаев
"""
    write(n, t)
    key(n, [{"part": n, "kind": "responsible_change", "language": "kk",
             "responsible": {"full_name": "Серікбаев Нұрлан",
                             "position": "мемлекеттік қызметтер көрсету бөлімінің бас маманы",
                             "phone": "87253724419", "email": "n.serikbayev@saryagash.gov.kz"},
             "previous_responsible": None, "services": [{"registry_number": "00407009"}]}])
    ctx(n, ag, [("00407009", "Присвоение или изменение адреса объекту недвижимости")], "appointment",
        ol("ЕКЦ-2027/188", "2027-02-26", "О назначении ответственного лица за взаимодействие с ЕКЦ"),
        "Назначить Серикбаева Нурлана ответственным по услуге 00407009", True)


# =====================================================================
# R09 — replacement of the responsible person, Kazakh, genitive of the old name, effective date
# =====================================================================
def r09():
    n = "r09-replacement-kk.eml"
    ag = {"name": "Атырау облысының мәдениет, архивтер және құжаттама басқармасы", "email": "madeniet@atyrau-madeniet.gov.kz", "bin": "060140009982"}
    body = """Құрметті Бірыңғай байланыс орталығының қызметкерлері!

Атырау облысының мәдениет, архивтер және құжаттама басқармасы Қағидалардың 7-тармағына сәйкес мынаны хабарлайды: «Архивтік анықтамалар беру» (№ 00603018) мемлекеттік көрсетілетін қызметі бойынша бұрын жауапты болған Әбдірахманов Бауыржан Сәкенұлының басқа жұмысқа ауысуына байланысты, 2027 жылғы 1 наурыздан бастап жауапты тұлға болып архив ісі бөлімінің жетекші маманы Қасымова Әсел Маратқызы белгіленді.

Жаңа жауапты тұлғаның байланыс деректері:
тел.: +7 (7122) 27-61-04
e-mail: a.kassymova@atyrau-madeniet.gov.kz

Осыған байланысты бұдан былай барлық хат-хабарды Қасымова Ә.М.-ға жолдауыңызды сұраймыз.

Басқарма басшысы                 Н. Жолдасов

Орынд.: Қасымова Ә.
"""
    write(n, eml(formataddr(("Атырау мәдениет басқармасы", "madeniet@atyrau-madeniet.gov.kz")),
                 "Жауапты тұлғаның ауысуы туралы (00603018)", "Tue, 2 Mar 2027 11:20:33 +0500",
                 "<c9a81f20-0302-4c1e@atyrau-madeniet.gov.kz>", text=body))
    key(n, [{"part": "body", "kind": "responsible_change", "language": "kk",
             "responsible": {"full_name": "Қасымова Әсел Маратқызы", "position": "архив ісі бөлімінің жетекші маманы",
                             "phone": "+77122276104", "email": "a.kassymova@atyrau-madeniet.gov.kz"},
             "previous_responsible": {"full_name": "Әбдірахманов Бауыржан Сәкенұлы"},
             "effective_date": "2027-03-01", "services": [{"registry_number": "00603018"}]}])
    ctx(n, ag, [("00603018", "Выдача архивных справок")], "consulting", None,
        "Заменить ответственное лицо по услуге 00603018 на Касымову Асель с 01.03.2027", True)


# =====================================================================
# R10 — DOCX order (бұйрық) naming the responsible person, Kazakh with accusative
# =====================================================================
def r10():
    n = "r10-order-appointment-kk.docx"
    ag = {"name": "Түркістан облысының жолаушылар көлігі және автомобиль жолдары басқармасы", "email": "zhol@turkistan-zhol.gov.kz", "bin": "190140018846"}
    d = docx(["«ТҮРКІСТАН ОБЛЫСЫНЫҢ ЖОЛАУШЫЛАР КӨЛІГІ ЖӘНЕ АВТОМОБИЛЬ ЖОЛДАРЫ БАСҚАРМАСЫ» ММ",
              ("bold", "БҰЙРЫҚ"),
              "2027 жылғы 15 ақпан                         № 27-н/қ                         Түркістан қ.",
              ("bold", "Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлғаны тағайындау туралы"),
              "Бірыңғай байланыс орталығының 2027 жылғы 10 ақпандағы № ЕКЦ-2027/129 хатына және Бірыңғай байланыс орталығының өзара іс-қимыл қағидаларының 5-тармағына сәйкес БҰЙЫРАМЫН:",
              "1. «Автобустардың жолаушыларды тасымалдауға қойылатын талаптарға сәйкестігі туралы куәлік беру» (тізілімдегі № 00302011) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ақпарат беруге және оқыту өткізуге жауапты тұлға болып жолаушылар көлігі бөлімінің бас маманы Мұхтарова Жансая Ерболқызы тағайындалсын.",
              "2. Мұхтарова Ж.Е.-ға бес жұмыс күні ішінде Қағидалардың 1-қосымшасына сәйкес ақпаратты Бірыңғай байланыс орталығына жолдау міндеттелсін.",
              "3. Осы бұйрықтың орындалуын бақылау басшының орынбасары Б. Оразбековке жүктелсін.",
              "Басшы                                                   Т. Сапарбаев",
              "Бұйрықпен таныстым: Мұхтарова Ж.Е. ________ 15.02.2027",
              "Байланыс: 8 (72533) 5-20-74, zh.mukhtarova@turkistan-zhol.gov.kz"])
    write(n, d)
    key(n, [{"part": n, "kind": "responsible_change", "language": "kk",
             "responsible": {"full_name": "Мұхтарова Жансая Ерболқызы", "position": "жолаушылар көлігі бөлімінің бас маманы",
                             "phone": "87253352074", "email": "zh.mukhtarova@turkistan-zhol.gov.kz"},
             "previous_responsible": None, "services": [{"registry_number": "00302011"}]}])
    ctx(n, ag, [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "appointment",
        ol("ЕКЦ-2027/129", "2027-02-10", "О назначении ответственного лица"),
        "Назначить Мухтарову Жансаю ответственным лицом по услуге 00302011", True)


# =====================================================================
# R11 — PDF, bilingual replacement letter (two columns as a table: kk | ru)
# =====================================================================
def r11():
    n = "r11-replacement-bilingual.pdf"
    ag = {"name": "Ақмола облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "email": "kense@akmola-social.gov.kz", "bin": "040340011205"}
    kk = ("Ақмола облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы «Тұрғын үй көмегін тағайындау» "
          "(№ 01103012) мемлекеттік көрсетілетін қызметі бойынша жауапты тұлғаның ауысқанын хабарлайды. "
          "Тоқтарова Салтанат Бейбітқызының орнына 2027 жылғы 15 наурыздан бастап әлеуметтік көмек бөлімінің бас маманы "
          "Бекмұхамедов Ерлан Талғатұлы жауапты болып белгіленді.\nТел.: 8 (7162) 29-04-51\nE-mail: e.bekmukhamedov@akmola-social.gov.kz")
    ru = ("Управление координации занятости и социальных программ Акмолинской области сообщает о замене ответственного лица "
          "по государственной услуге «Назначение жилищной помощи» (№ 01103012). Вместо Токтаровой Салтанат Бейбитовны "
          "с 15 марта 2027 года ответственным определён главный специалист отдела социальной помощи "
          "Бекмухамедов Ерлан Талгатович.\nТел.: 8 (7162) 29-04-51\nE-mail: e.bekmukhamedov@akmola-social.gov.kz")
    d = pdf(["АҚМОЛА ОБЛЫСЫНЫҢ ЖҰМЫСПЕН ҚАМТУДЫ ҮЙЛЕСТІРУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ\nУПРАВЛЕНИЕ КООРДИНАЦИИ ЗАНЯТОСТИ И СОЦИАЛЬНЫХ ПРОГРАММ АКМОЛИНСКОЙ ОБЛАСТИ",
             "Көкшетау қ., Абай к-сі, 89     Шығ./Исх. № 3-14/560 от 16.03.2027",
             "Бірыңғай байланыс орталығына / В Единый контакт-центр",
             ("table", [[kk, ru]], [260, 260]),
             "Басшы / Руководитель                                   А. Сұлтанбеков"])
    write(n, d)
    key(n, [{"part": n, "kind": "responsible_change",
             "responsible": {"full_name": "Бекмұхамедов Ерлан Талғатұлы", "position": "әлеуметтік көмек бөлімінің бас маманы",
                             "phone": "87162290451", "email": "e.bekmukhamedov@akmola-social.gov.kz"},
             "previous_responsible": {"full_name": "Тоқтарова Салтанат Бейбітқызы"},
             "effective_date": "2027-03-15", "services": [{"registry_number": "01103012"}]}])
    ctx(n, ag, [("01103012", "Назначение жилищной помощи")], "consulting", None,
        "Заменить ответственное лицо по услуге 01103012 с 15.03.2027", True)


# =====================================================================
# R12 — Russian replacement notice in koi8-r, quoting the centre's letter, district akimat
# =====================================================================
def r12():
    n = "r12-replacement-ru-koi8.eml"
    ag = {"name": "ГУ «Отдел занятости и социальных программ Бурабайского района»", "email": "oszn@burabay.gov.kz", "bin": "050940004417"}
    body = """Добрый день!

Сообщаем, что в связи с уходом в отпуск по уходу за ребенком Мусиной Камилы Ринатовны ответственным лицом за взаимодействие с Единым контакт-центром по услугам:
 - 01501008 «Регистрация лиц, ищущих работу»;
 - 01501011 «Выдача направлений на профессиональное обучение безработным»
с 22.02.2027 назначен Кравченко Денис Олегович, ведущий специалист отдела занятости.
Тел. 8 (71636) 7-12-48, моб. 8 777 308 55 21, e-mail: d.kravchenko@burabay.gov.kz

Просим внести изменения в Вашу базу.

С уважением,
канцелярия ГУ «Отдел занятости и социальных программ Бурабайского района»

-----Original Message-----
From: info@ekc.gov.kz
Sent: Friday, February 12, 2027 3:40 PM
Subject: Актуализация сведений об ответственных лицах

Уважаемые коллеги! Просим подтвердить актуальность сведений об ответственных лицах по услугам 01501008, 01501011.
"""
    body = body.replace("«", '"').replace("»", '"')  # koi8-r has no guillemets: the clerk's Outlook typed straight quotes
    write(n, eml("oszn@burabay.gov.kz", "RE: Актуализация сведений об ответственных лицах", "Mon, 22 Feb 2027 12:02:19 +0500",
                 "<000a01d8.1c2f@burabay.gov.kz>", text=body, charset="koi8-r", irt="<actual-0212@ekc.gov.kz>",
                 mailer="Microsoft Office Outlook 12.0"))
    key(n, [{"part": "body", "kind": "responsible_change", "language": "ru",
             "responsible": {"full_name": "Кравченко Денис Олегович", "position": "ведущий специалист отдела занятости",
                             "email": "d.kravchenko@burabay.gov.kz"},
             "previous_responsible": {"full_name": "Мусина Камила Ринатовна"},
             "effective_date": "2027-02-22",
             "services": [{"registry_number": "01501008"}, {"registry_number": "01501011"}]}])
    ctx(n, ag, [("01501008", "Регистрация лиц, ищущих работу"), ("01501011", "Выдача направлений на профессиональное обучение безработным")],
        "consulting", ol("ЕКЦ-2027/140", "2027-02-12", "Актуализация сведений об ответственных лицах"),
        "Заменить ответственное лицо по двум услугам на Кравченко Д.О.", True)


# =====================================================================
# R13 — change notice, Kazakh, new standard, change date stated
# =====================================================================
def r13():
    n = "r13-change-standard-kk.eml"
    ag = {"name": "Алматы қаласының білім басқармасы", "email": "bilim@almaty-bilim.gov.kz", "bin": "940240000871"}
    std = "«Жетім балаға (жетім балаларға) және ата-анасының қамқорлығынсыз қалған балаға (балаларға) қорғаншылық немесе қамқоршылық белгілеу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2027 жылғы 2 наурыздағы № 58 бұйрығымен бекітілген"
    body = """Бірыңғай байланыс орталығына

Қағидалардың 6-тармағына сәйкес Алматы қаласының білім басқармасы № 01005031 мемлекеттік көрсетілетін қызмет бойынша бұрын берілген ақпаратқа өзгеріс енгізілгенін хабарлайды.

2027 жылғы 10 наурыздан бастап қызмет жаңа стандарт бойынша көрсетіледі:
Стандарт: «Жетім балаға (жетім балаларға) және ата-анасының қамқорлығынсыз қалған балаға (балаларға) қорғаншылық немесе қамқоршылық белгілеу» мемлекеттік көрсетілетін қызмет стандарты, Қазақстан Республикасы Оқу-ағарту министрінің 2027 жылғы 2 наурыздағы № 58 бұйрығымен бекітілген.

Қалған мәліметтер (регламент, интернет-ресурс, жауапты тұлға) өзгеріссіз.

Құрметпен,
Жауапты тұлға: Ахметжанова Ләззат Оралқызы
қорғаншылық және қамқоршылық бөлімі
тел. 8 (727) 271-66-09
"""
    write(n, eml(formataddr(("Ахметжанова Ләззат", "l.akhmetzhanova@almaty-bilim.gov.kz")),
                 "01005031 қызметі бойынша стандарттың өзгеруі", "Fri, 12 Mar 2027 15:47:08 +0600",
                 "<f3b2aa10-9e4c@almaty-bilim.gov.kz>", text=body))
    key(n, [{"part": "body", "kind": "change_notice", "language": "kk", "change_date": "2027-03-10",
             "services": [{"registry_number": "01005031", "standard": std, "regulation": None, "npa_changes": None, "website": None}]}])
    ctx(n, ag, [("01005031", "Установление опеки или попечительства над ребенком-сиротой")], "consulting", None,
        "Обновить стандарт услуги 01005031 в базе ЕКЦ", True)


# =====================================================================
# R14 — change notice, bilingual HTML webmail, new website for two services
# =====================================================================
def r14():
    n = "r14-change-website-bilingual.eml"
    ag = {"name": "Қарағанды облысының ауыл шаруашылығы және жер қатынастары басқармасы", "email": "agro@karaganda-agro.gov.kz", "bin": "081240017720"}
    html = """<div dir="ltr"><p>Құрметті әріптестер!</p>
<p>2027 жылғы 1 сәуірден бастап басқарманың ресми интернет-ресурсы ауыстырылды. Төмендегі мемлекеттік көрсетілетін қызметтер туралы ақпарат енді мына мекенжайда орналастырылған: <b>https://www.gov.kz/memleket/entities/karaganda-agro</b></p>
<ul><li>01204019 — Тыңайтқыштардың құнын субсидиялау</li><li>01204023 — Асыл тұқымды мал шаруашылығын дамытуды субсидиялау</li></ul>
<p>Бұрынғы мекенжай (www.agro-krg.kz) жұмысын тоқтатты.</p>
<hr>
<p>Уважаемые коллеги! С 1 апреля 2027 года официальный интернет-ресурс управления изменён. Информация по услугам 01204019 и 01204023 размещается по адресу: <b>https://www.gov.kz/memleket/entities/karaganda-agro</b>. Прежний адрес (www.agro-krg.kz) не работает.</p>
<p>--<br>Сәрсенбаева Бибігүл Қанатқызы<br>бас маман / главный специалист<br>8 (7212) 41-08-35</p></div>"""
    write(n, eml(formataddr(("Бибігүл Сәрсенбаева", "b.sarsenbayeva@karaganda-agro.gov.kz")),
                 "Интернет-ресурстың өзгеруі / Изменение интернет-ресурса", "Mon, 5 Apr 2027 10:10:10 +0500",
                 "<CAF8k2Lr0aa91@mail.karaganda-agro.gov.kz>", html=html,
                 extra=[("User-Agent", "Roundcube Webmail/1.6.5")]))
    w = "https://www.gov.kz/memleket/entities/karaganda-agro"
    key(n, [{"part": "body", "kind": "change_notice", "change_date": "2027-04-01",
             "services": [{"registry_number": "01204019", "website": w, "standard": None, "regulation": None, "npa_changes": None},
                          {"registry_number": "01204023", "website": w, "standard": None, "regulation": None, "npa_changes": None}]}])
    ctx(n, ag, [("01204019", "Субсидирование стоимости удобрений"), ("01204023", "Субсидирование развития племенного животноводства")],
        "consulting", None, "Обновить интернет-ресурс по двум услугам", True)


# =====================================================================
# R15 — change notice as a Kazakh .txt: amendments to the legal acts (column 6)
# =====================================================================
def r15():
    n = "r15-change-npa-kk.txt"
    ag = {"name": "Солтүстік Қазақстан облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "email": "tabigi@sko-tabigi.gov.kz", "bin": "110340020091"}
    npa = "Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2027 жылғы 18 ақпандағы № 44 «Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» бұйрыққа өзгерістер енгізу туралы» бұйрығы"
    t = """СОЛТҮСТІК ҚАЗАҚСТАН ОБЛЫСЫНЫҢ ТАБИҒИ РЕСУРСТАР ЖӘНЕ ТАБИҒАТ ПАЙДАЛАНУДЫ РЕТТЕУ БАСҚАРМАСЫ

№ 07-02/318                                             2027 жылғы 24 ақпан

Бірыңғай байланыс орталығы

«Ағаштарды кесуге рұқсат беру» (тізілімдегі № 00801021) мемлекеттік көрсетілетін қызметі бойынша ақпаратты өзекті ету туралы

Басқарма «Ағаштарды кесуге рұқсат беру» мемлекеттік көрсетілетін қызметі бойынша нормативтік құқықтық актілерге өзгерістер енгізілгенін хабарлайды (1-қосымшаның 6-бағаны):

Қазақстан Республикасы Экология және табиғи ресурстар министрінің 2027 жылғы 18 ақпандағы № 44 «Мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» бұйрыққа өзгерістер енгізу туралы» бұйрығы

Өзгерістер 2027 жылғы 20 ақпанда күшіне енді. Көрсетілетін қызмет мерзімі 10 жұмыс күнінен 5 жұмыс күніне дейін қысқартылды.

Басшының орынбасары                           Е. Қуанышев

Орынд. Исмаилова Ж.
тел. 8 (7152) 46-13-70
"""
    write(n, t)
    key(n, [{"part": n, "kind": "change_notice", "language": "kk", "change_date": "2027-02-20",
             "services": [{"registry_number": "00801021", "npa_changes": npa, "standard": None, "regulation": None, "website": None}]}])
    ctx(n, ag, [("00801021", "Выдача разрешения на вырубку деревьев")], "consulting", None,
        "Записать изменения НПА по услуге 00801021", True)


# =====================================================================
# R16 — change notice DOCX, Kazakh with Russian translation, new regulations for two services
# =====================================================================
def r16():
    n = "r16-change-regulation-kk-ru.docx"
    ag = {"name": "Ұлытау облысы әкімдігінің тұрғын үй-коммуналдық шаруашылығы басқармасы", "email": "zhkh@ulytau.gov.kz", "bin": "221040002318"}
    r1 = "Ұлытау облысы әкімдігінің 2027 жылғы 4 наурыздағы № 66/2 қаулысымен бекітілген «Тұрғын үй көмегін тағайындау» мемлекеттік көрсетілетін қызмет регламенті"
    r2 = "Ұлытау облысы әкімдігінің 2027 жылғы 4 наурыздағы № 66/3 қаулысымен бекітілген «Жылжымайтын мүлік объектісіне мекенжай беру немесе өзгерту» мемлекеттік көрсетілетін қызмет регламенті"
    d = docx(["Ұлытау облысы әкімдігінің тұрғын үй-коммуналдық шаруашылығы басқармасы",
              "Жезқазған қ., Алашахан даңғылы, 1А", "Шығ. № 02-06/141, 09.03.2027",
              "Бірыңғай байланыс орталығына",
              "Өзара іс-қимыл қағидаларының 6-тармағына сәйкес төмендегі мемлекеттік көрсетілетін қызметтердің регламенттері жаңа редакцияда бекітілгенін хабарлаймыз (қаулылар 2027 жылғы 4 наурызда қабылданды):",
              ("table", [["Тізілімдегі №", "Атауы", "Жаңа регламент (деректемелері)"],
                         ["01103012", "Тұрғын үй көмегін тағайындау", r1],
                         ["00407009", "Жылжымайтын мүлік объектісіне мекенжай беру немесе өзгерту", r2]]),
              "Стандарттар мен жауапты тұлғалар бойынша мәліметтер өзгерген жоқ.",
              "Перевод: В соответствии с пунктом 6 Правил сообщаем, что регламенты указанных выше государственных услуг утверждены в новой редакции постановлениями акимата Улытауской области от 4 марта 2027 года № 66/2 и № 66/3.",
              "Басшы                          М. Ерғожин",
              "Орынд.: Дүйсенова А., 8 (7102) 73-40-12"])
    write(n, d)
    key(n, [{"part": n, "kind": "change_notice", "change_date": "2027-03-04",
             "services": [{"registry_number": "01103012", "regulation": r1, "standard": None, "npa_changes": None, "website": None},
                          {"registry_number": "00407009", "regulation": r2, "standard": None, "npa_changes": None, "website": None}]}])
    ctx(n, ag, [("01103012", "Назначение жилищной помощи"), ("00407009", "Присвоение или изменение адреса объекту недвижимости")],
        "consulting", None, "Обновить регламенты двух услуг", True)


# =====================================================================
# R17 — refusal, national company, commercial secret, Kazakh with Russian
# =====================================================================
def r17():
    n = "r17-refusal-commercial-kk.eml"
    ag = {"name": "«Қазагрокадастр» ұлттық компаниясы» АҚ (Қазақстан Республикасы Ауыл шаруашылығы министрлігінің атынан)", "email": "kanc@kazagrocadastr.kz", "bin": "150440028813"}
    body = """Бірыңғай байланыс орталығына

Сіздің 2027 жылғы 2 сәуірдегі № ЕКЦ-2027/301 қосымша сұрау салуыңызды қарап, «Қазагрокадастр» ұлттық компаниясы» АҚ мынаны хабарлайды.

Сұратылған субсидия алушылардың тізімі мен субсидиялау нормативтерін есептеу әдістемесі бойынша ақпаратты беру мүмкін емес, себебі бұл мәліметтер компанияның коммерциялық құпиясын құрайды және Қазақстан Республикасы Кәсіпкерлік кодексінің 28-бабына сәйкес қорғалады. Қызметті көрсету тәртібіне қатысты жалпы сұрақтар бойынша кеңес беруге дайынбыз.

На Ваш дополнительный запрос № ЕКЦ-2027/301 сообщаем: сведения о получателях субсидий и методика расчёта нормативов составляют коммерческую тайну компании и не могут быть представлены.

Басқарушы директор                        Р. Әлиев
Орынд.: Жандосова М., +7 (7172) 79-33-08
"""
    write(n, eml(formataddr(("«Қазагрокадастр» ҰК» АҚ", "kanc@kazagrocadastr.kz")),
                 "№ ЕКЦ-2027/301 хатқа жауап", "Thu, 8 Apr 2027 17:55:41 +0500", "<ed-20270408-1755@kazagrocadastr.kz>",
                 text=body, irt="<req-2027-301@ekc.gov.kz>"))
    key(n, [{"part": "body", "kind": "refusal", "refusal_ground": "commercial_secret",
             "refusal_reason": "бұл мәліметтер компанияның коммерциялық құпиясын құрайды және Қазақстан Республикасы Кәсіпкерлік кодексінің 28-бабына сәйкес қорғалады"}])
    ctx(n, ag, [("01204019", "Субсидирование стоимости удобрений")], "additional_answer",
        ol("ЕКЦ-2027/301", "2027-04-02", "Дополнительный запрос о порядке субсидирования"),
        "Зафиксировать отказ (коммерческая тайна) по дополнительному запросу", True)


# =====================================================================
# R18 — refusal: not competent, Kazakh first then Russian, webmail
# =====================================================================
def r18():
    n = "r18-refusal-not-competent.eml"
    ag = {"name": "Көкшетау қаласы әкімінің аппараты", "email": "akimat@kokshetau.gov.kz", "bin": "990540003392"}
    body = """Сәлеметсіз бе!

Сіздің 2027 жылғы 5 наурыздағы № ЕКЦ-2027/205 хатыңыз бойынша хабарлаймыз: «Медициналық-әлеуметтік сараптамаға жолдама беру» (№ 01005044) мемлекеттік көрсетілетін қызметі Көкшетау қаласы әкімі аппаратының құзыретіне кірмейді, сондықтан сұратылған ақпаратты бере алмаймыз. Аталған қызметті Ақмола облысының денсаулық сақтау басқармасы көрсетеді.

Здравствуйте! Сообщаем, что государственная услуга № 01005044 не входит в компетенцию аппарата акима города Кокшетау, в связи с чем запрашиваемая информация не может быть представлена. Услугу оказывает управление здравоохранения Акмолинской области.

Құрметпен,
Жалпы бөлім
"""
    write(n, eml(formataddr(("Әкім аппараты жалпы бөлім", "akimat@kokshetau.gov.kz")),
                 "Re: № ЕКЦ-2027/205", "Wed, 10 Mar 2027 09:33:00 +0500", "<web-8813471@kokshetau.gov.kz>",
                 text=body, irt="<req-2027-205@ekc.gov.kz>", extra=[("User-Agent", "Zimbra Web Client")]))
    key(n, [{"part": "body", "kind": "refusal", "refusal_ground": "not_competent",
             "refusal_reason": "«Медициналық-әлеуметтік сараптамаға жолдама беру» (№ 01005044) мемлекеттік көрсетілетін қызметі Көкшетау қаласы әкімі аппаратының құзыретіне кірмейді",
             "services": [{"registry_number": "01005044"}]}])
    ctx(n, ag, [("01005044", "Выдача направления на медико-социальную экспертизу")], "information",
        ol("ЕКЦ-2027/205", "2027-03-05", "Запрос информации о государственной услуге"),
        "Зафиксировать отказ (не в компетенции), перенаправить запрос в УЗ Акмолинской области", True)


# =====================================================================
# R19 — refusal PDF: state secret (oblast defence affairs department), Kazakh + Russian
# =====================================================================
def r19():
    n = "r19-refusal-state-secret.pdf"
    ag = {"name": "Жамбыл облысының қорғаныс істері жөніндегі департаменті", "email": "ddo@zhambyl-qorganys.gov.kz", "bin": "000840006625"}
    d = pdf(["ЖАМБЫЛ ОБЛЫСЫНЫҢ ҚОРҒАНЫС ІСТЕРІ ЖӨНІНДЕГІ ДЕПАРТАМЕНТІ",
             "Тараз қ., Төле би к-сі, 54          № 5/1-902          2027 жылғы 19 наурыз",
             "Бірыңғай байланыс орталығының басшысына",
             "2027 жылғы 12 наурыздағы № ЕКЦ-2027/233 қосымша сұрау салуыңызға жауап ретінде хабарлаймыз: «Әскери қызметке шақыруды кейінге қалдыру туралы анықтама беру» (№ 01801004) мемлекеттік көрсетілетін қызметі бойынша сұратылған шақыру учаскелерінің жасақталуы және әскери есепке алу жүйесінің ішкі тәртібі туралы мәліметтер мемлекеттік құпияларға жатады, сондықтан оларды Бірыңғай байланыс орталығына беру мүмкін емес.",
             "Сообщаем, что запрашиваемые сведения о комплектовании призывных участков и внутреннем порядке воинского учёта отнесены к государственным секретам и не могут быть представлены.",
             "Қызметті алушыларға жалпы ақпарат департаменттің ресми интернет-ресурсында орналастырылған.",
             "Департамент бастығы                       полковник С. Жолдыбаев",
             "Орынд.: капитан Әбенов Д., 8 (7262) 43-17-90"])
    write(n, d)
    key(n, [{"part": n, "kind": "refusal", "refusal_ground": "state_secret",
             "refusal_reason": "шақыру учаскелерінің жасақталуы және әскери есепке алу жүйесінің ішкі тәртібі туралы мәліметтер мемлекеттік құпияларға жатады",
             "services": [{"registry_number": "01801004"}]}])
    ctx(n, ag, [("01801004", "Выдача справки об отсрочке от призыва на воинскую службу")], "additional_answer",
        ol("ЕКЦ-2027/233", "2027-03-12", "Дополнительный запрос по порядку оказания услуги"),
        "Зафиксировать правомерный отказ (государственные секреты)", True)


# =====================================================================
# R20 — refusal .txt, medical secret (protected by law), Kazakh only
# =====================================================================
def r20():
    n = "r20-refusal-medical-secret.txt"
    ag = {"name": "Батыс Қазақстан облысының денсаулық сақтау басқармасы", "email": "uz@bko-densaulyk.gov.kz", "bin": "970340001148"}
    t = """Бірыңғай байланыс орталығына

№ ЕКЦ-2027/262 хатқа

Батыс Қазақстан облысының денсаулық сақтау басқармасы Сіздің хатыңызды қарап, мынаны хабарлайды.

Сіз сұратқан медициналық-әлеуметтік сараптамаға жолдама алған азаматтардың тізімі мен олардың диагноздары туралы мәліметтерді беру мүмкін емес.
Бас тарту себебі: мәліметтер дәрігерлік құпияны құрайды және «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Кодекстің 273-бабына сәйкес заңмен қорғалады.

Бұл ретте қызметті көрсету тәртібі, құжаттар тізбесі және мерзімдер бойынша қосымша түсініктемелер беруге дайынбыз.

Басшы м.а.                                   Ғ. Нұрмағамбетова
Орал қ., 25.03.2027
"""
    write(n, t.encode("utf-8"))
    key(n, [{"part": n, "kind": "refusal", "language": "kk", "refusal_ground": "protected_secret",
             "refusal_reason": "мәліметтер дәрігерлік құпияны құрайды және «Халық денсаулығы және денсаулық сақтау жүйесі туралы» Кодекстің 273-бабына сәйкес заңмен қорғалады"}])
    ctx(n, ag, [("01005044", "Выдача направления на медико-социальную экспертизу")], "additional_answer",
        ol("ЕКЦ-2027/262", "2027-03-19", "Дополнительный запрос"),
        "Зафиксировать отказ (врачебная тайна)", True)


# =====================================================================
# R21 — training protocol DOCX, Kazakh, services in a table
# =====================================================================
def r21():
    n = "r21-protocol-kk.docx"
    ag = {"name": "Талдықорған қаласының білім бөлімі", "email": "kense@taldykorgan-bilim.gov.kz", "bin": "070340012847"}
    d = docx([("bold", "Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беруге қабылдауы туралы"),
              ("bold", "ХАТТАМА № 7"),
              "Талдықорған қ.                                                  2027 жылғы 3 ақпан",
              "Қатысқандар: Талдықорған қаласының білім бөлімінен — Сейітқали Г.Б., Нұрланов Е.М.; Бірыңғай байланыс орталығынан — Ермекова А.Т., Жақсылықов Р.Б.",
              "Өзара іс-қимыл қағидаларының 8-тармағына сәйкес Бірыңғай байланыс орталығының жауапты қызметкерлері төмендегі мемлекеттік көрсетілетін қызметтер бойынша оқытудан өтті:",
              ("table", [["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы"],
                         ["1", "00502014", "Мектепке дейінгі балалар ұйымдарына жіберу үшін мектеп жасына дейінгі (6 жасқа дейін) балаларды кезекке қою"],
                         ["2", "00502022", "Жалпы білім беретін мектептердің білім алушыларына тегін тасымалдауды ұсыну үшін құжаттар қабылдау"]]),
              "ШЕШІМ: аталған мемлекеттік көрсетілетін қызметтер Бірыңғай байланыс орталығымен консультация беру үшін қабылдансын.",
              "Білім бөлімі: ______ Г. Сейітқали        Бірыңғай байланыс орталығы: ______ А. Ермекова"])
    write(n, d)
    key(n, [{"part": n, "kind": "training_protocol", "language": "kk", "protocol_date": "2027-02-03",
             "services": [{"registry_number": "00502014"}, {"registry_number": "00502022"}]}])
    ctx(n, ag, [("00502014", "Постановка на очередь детей дошкольного возраста"), ("00502022", "Приём документов на бесплатный подвоз обучающихся")],
        "protocol", None, "Отметить услуги принятыми на консультирование по протоколу от 03.02.2027", True)


# =====================================================================
# R22 — e-mail with the signed protocol as a bilingual PDF
# =====================================================================
def r22():
    n = "r22-protocol-pdf-attached.eml"
    ag = {"name": "Ақтөбе облысының ветеринария басқармасы", "email": "vet@aktobe-vet.gov.kz", "bin": "050140003318"}
    p = pdf(["ХАТТАМА / ПРОТОКОЛ",
             "мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы /\nпринятия Единым контакт-центром государственной услуги для консультирования",
             "Ақтөбе қ. / г. Актобе                         «11» ақпан 2027 ж. / «11» февраля 2027 г.",
             "Оқыту өткізілді / Обучение проведено: Қадырбаев М.Т., ветеринариялық қадағалау бөлімінің басшысы.",
             ("table", [["Тізілімдегі № / № в реестре", "Атауы / Наименование"],
                        ["01302005", "Ветеринариялық анықтама беру / Выдача ветеринарной справки"]], [120, 380]),
             "Қызмет консультация беру үшін қабылданды / Услуга принята для консультирования.",
             "Басқарма атынан / От управления: ________ М. Қадырбаев (қолы қойылған / подписано)",
             "ЕКЦ атынан / От ЕКЦ: ________ Д. Сапарова (қолы қойылған / подписано)"])
    body = "Қол қойылған хаттама қоса беріліп отыр.\nПодписанный протокол во вложении.\n\nМ. Қадырбаев\n\nОтправлено с iPhone"
    write(n, eml(formataddr(("Марат Қадырбаев", "m.kadyrbayev@aktobe-vet.gov.kz")), "Хаттама / Протокол 01302005",
                 "Sat, 13 Feb 2027 20:41:07 +0500", "<B71E33F0-2C1A-4D7E-9A11-3F0C22D5E8AA@aktobe-vet.gov.kz>",
                 text=body, atts=[("Хаттама_01302005_қол қойылған.pdf", p, PDF)], mailer="iPhone Mail (20D67)"))
    key(n, [{"part": "Хаттама_01302005_қол қойылған.pdf", "kind": "training_protocol", "protocol_date": "2027-02-11",
             "services": [{"registry_number": "01302005"}]}])
    ctx(n, ag, [("01302005", "Выдача ветеринарной справки")], "protocol", None,
        "Отметить услугу 01302005 принятой на консультирование (протокол 11.02.2027)", True)


# =====================================================================
# R23 — e-mail, Russian protocol DOCX with Kazakh heading, three services in the text
# =====================================================================
def r23():
    n = "r23-protocol-ru-docx.eml"
    ag = {"name": "ГУ «Управление занятости и социальных программ города Астаны»", "email": "kanc@astana-enbek.gov.kz", "bin": "960140002973"}
    d = docx(["Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдауы туралы хаттама",
              ("bold", "ПРОТОКОЛ принятия Единым контакт-центром государственных услуг для консультирования"),
              "г. Астана, 26 февраля 2027 года",
              "Во исполнение пункта 8 Правил взаимодействия ответственное лицо управления Абенова Ш.К. провела обучение операторов Единого контакт-центра по следующим государственным услугам: «Регистрация лиц, ищущих работу» (№ 01501008), «Выдача направлений на профессиональное обучение безработным» (№ 01501011) и «Назначение жилищной помощи» (№ 01103012).",
              "Вопросы операторов, направленные 19.02.2027, рассмотрены, разъяснения даны.",
              "Решили: принять указанные услуги для консультирования Единым контакт-центром.",
              "От управления: ________ Ш. Абенова        От ЕКЦ: ________ Т. Ким",
              "Хаттамаға қол қойылды / Протокол подписан 26.02.2027"])
    body = ("Добрый день.\nНаправляем подписанный с нашей стороны протокол по итогам обучения 26.02.\n"
            "Оригинал передадим нарочно.\n\n--\nАбенова Шолпан Кайратовна\nглавный специалист\n8 (7172) 55-63-21\n")
    write(n, eml(formataddr(("Абенова Шолпан", "sh.abenova@astana-enbek.gov.kz")), "Протокол обучения 26.02.2027",
                 "Mon, 1 Mar 2027 09:02:44 +0500", "<3f2e1a@astana-enbek.gov.kz>", text=body, charset="windows-1251",
                 atts=[("protokol_26.02.2027.docx", d, DOCX)]))
    key(n, [{"part": "protokol_26.02.2027.docx", "kind": "training_protocol", "protocol_date": "2027-02-26",
             "services": [{"registry_number": "01501008"}, {"registry_number": "01501011"}, {"registry_number": "01103012"}]}])
    ctx(n, ag, [("01501008", "Регистрация лиц, ищущих работу"), ("01501011", "Выдача направлений на профессиональное обучение безработным"),
                ("01103012", "Назначение жилищной помощи")], "protocol", None,
        "Отметить три услуги принятыми на консультирование", True)


# =====================================================================
# R24 — answer to an additional request (p.11), Kazakh + Russian, plain
# =====================================================================
def r24():
    n = "r24-additional-answer-bilingual.eml"
    ag = {"name": "Шымкент қаласының сәулет және қала құрылысы басқармасы", "email": "sauletshym@shymkent.gov.kz", "bin": "180340021764"}
    body = """Бірыңғай байланыс орталығына
2027 жылғы 1 сәуірдегі № ЕКЦ-2027/296 қосымша сұрау салуға

Сіздің қосымша сұрақтарыңызға төмендегідей түсініктеме береміз («Сәулет-жоспарлау тапсырмасын беру», № 00210003):

1. Жеке тұрғын үй құрылысы үшін сәулет-жоспарлау тапсырмасы 5 жұмыс күні ішінде, ал өндірістік объектілер үшін 10 жұмыс күні ішінде беріледі.
2. Өтінішті тек «электрондық үкімет» порталы арқылы беруге болады; ХҚКО арқылы қабылданбайды.
3. Жер учаскесіне құқық белгілейтін құжат ретінде жер учаскесіне сәйкестендіру құжатының электрондық көшірмесі жеткілікті.

---
На дополнительный запрос № ЕКЦ-2027/296 от 01.04.2027 даём следующие разъяснения по услуге № 00210003:
1. Срок — 5 рабочих дней для ИЖС, 10 рабочих дней для производственных объектов.
2. Заявление подаётся только через портал «электронного правительства», через ЦОН не принимается.
3. Достаточно электронной копии идентификационного документа на земельный участок.

Есенғұлов Д.А., 8 (7252) 39-44-17
"""
    write(n, eml(formataddr(("Данияр Есенғұлов", "d.esengulov@shymkent.gov.kz")),
                 "Қосымша сұрау салуға жауап / Ответ на доп. запрос ЕКЦ-2027/296", "Tue, 6 Apr 2027 14:18:29 +0500",
                 "<20270406141829.77@shymkent.gov.kz>", text=body, irt="<req-2027-296@ekc.gov.kz>"))
    key(n, [{"part": "body", "kind": "other"}])
    ctx(n, ag, [("00210003", "Выдача архитектурно-планировочного задания")], "additional_answer",
        ol("ЕКЦ-2027/296", "2027-04-01", "Дополнительный запрос по услуге 00210003"),
        "Закрыть дополнительный запрос, передать разъяснения операторам", True)


# =====================================================================
# R25 — answer to an additional request as a Kazakh DOCX letter
# =====================================================================
def r25():
    n = "r25-additional-answer-kk.docx"
    ag = {"name": "Алматы қаласының білім басқармасы", "email": "bilim@almaty-bilim.gov.kz", "bin": "940240000871"}
    d = docx(["АЛМАТЫ ҚАЛАСЫНЫҢ БІЛІМ БАСҚАРМАСЫ", "050000, Алматы қ., Абылай хан даңғылы, 91",
              "№ 04-11/1872                                    2027 жылғы 29 наурыз",
              "Бірыңғай байланыс орталығына",
              "Сіздің 2027 жылғы 23 наурыздағы № ЕКЦ-2027/279 хатыңызға жауап ретінде № 01005031 мемлекеттік көрсетілетін қызмет бойынша қосымша ақпарат жолдаймыз.",
              "Қорғаншы болуға үміткер тұлғалар психологиялық даярлық курсынан өткені туралы сертификатты ұсынуы қажет. Курстар тегін, оларды қаланың отбасын қолдау орталықтары өткізеді (тізімі қоса беріледі).",
              "Қорғаншылық белгілеу туралы шешім құжаттар толық тапсырылған күннен бастап 15 жұмыс күні ішінде қабылданады. Қызмет алушы үміткердің тұрғын үй жағдайын тексеру актісі қызметтің ішкі рәсімі болып табылады және оны қызмет алушы өз бетінше ұсынбайды.",
              "Қосымша: 1 парақ.",
              "Басшының орынбасары                         С. Омарғалиева",
              "Орынд.: Ахметжанова Л.О., 8 (727) 271-66-09"])
    write(n, d)
    key(n, [{"part": n, "kind": "other", "language": "kk"}])
    ctx(n, ag, [("01005031", "Установление опеки или попечительства над ребенком-сиротой")], "additional_answer",
        ol("ЕКЦ-2027/279", "2027-03-23", "Дополнительный запрос по услуге 01005031"),
        "Закрыть дополнительный запрос, разъяснения в базу знаний", True)


# =====================================================================
# R26 — appointment, Outlook HTML with plain alternative, Russian first line then Kazakh, 3 services
# =====================================================================
def r26():
    n = "r26-appointment-outlook-html.eml"
    ag = {"name": "Абай облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы", "email": "kanc@abai-biznes.gov.kz", "bin": "220940015504"}
    txt = """Бірыңғай байланыс орталығына

2027 жылғы 18 қаңтардағы № ЕКЦ-2027/081 хатқа жауап ретінде хабарлаймыз: мемлекеттік көрсетілетін қызметтер бойынша (№ 00102031, № 00102033, № 00102040) Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға — басқарманың кәсіпкерлікті қолдау бөлімінің басшысы Мамырбекова Индира Асанқызы.

Тел.: +7 (7222) 56-09-14, ішкі 108
Эл. пошта: i.mamyrbekova@abai-biznes.gov.kz

Басқарма басшысы А. Дәулетов
"""
    html = ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset='utf-8'></head><body>"
            "<div class=WordSection1><p class=MsoNormal><span lang=KZ>Бірыңғай байланыс орталығына</span></p>"
            "<p class=MsoNormal><span lang=KZ>2027 жылғы 18 қаңтардағы № ЕКЦ-2027/081 хатқа жауап ретінде хабарлаймыз: мемлекеттік көрсетілетін қызметтер бойынша (№&nbsp;00102031, №&nbsp;00102033, №&nbsp;00102040) Бірыңғай байланыс орталығымен өзара іс-қимылға жауапты тұлға — басқарманың кәсіпкерлікті қолдау бөлімінің басшысы <b>Мамырбекова Индира Асанқызы</b>.</span></p>"
            "<p class=MsoNormal>Тел.: +7 (7222) 56-09-14, ішкі 108<br>Эл. пошта: <a href='mailto:i.mamyrbekova@abai-biznes.gov.kz'>i.mamyrbekova@abai-biznes.gov.kz</a></p>"
            "<p class=MsoNormal>Басқарма басшысы А. Дәулетов</p>"
            "<p class=MsoNormal style='font-size:8pt;color:gray'>Осы хат пен оның қосымшалары құпия болуы мүмкін. Егер сіз адресат болмасаңыз, хатты жойыңыз. / "
            "Данное сообщение и вложения могут содержать конфиденциальную информацию.</p></div></body></html>")
    write(n, eml(formataddr(("Канцелярия УПИИР", "kanc@abai-biznes.gov.kz")), "FW: № ЕКЦ-2027/081 жауапты тұлға",
                 "Thu, 21 Jan 2027 17:30:00 +0600", "<AM0PR07MB4180E1@abai-biznes.gov.kz>", text=txt, html=html,
                 irt="<req-2027-081@ekc.gov.kz>", mailer="Microsoft Outlook 16.0"))
    key(n, [{"part": "body", "kind": "responsible_change", "language": "kk",
             "responsible": {"full_name": "Мамырбекова Индира Асанқызы", "position": "басқарманың кәсіпкерлікті қолдау бөлімінің басшысы",
                             "email": "i.mamyrbekova@abai-biznes.gov.kz"},
             "previous_responsible": None,
             "services": [{"registry_number": "00102031"}, {"registry_number": "00102033"}, {"registry_number": "00102040"}]}])
    ctx(n, ag, [("00102031", "Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства"),
                ("00102033", "Частичное гарантирование по кредитам субъектов предпринимательства"),
                ("00102040", "Предоставление государственных грантов на реализацию новых бизнес-идей")],
        "appointment", ol("ЕКЦ-2027/081", "2027-01-18", "О назначении ответственного лица"),
        "Назначить Мамырбекову И.А. ответственной по трём услугам", True)


# =====================================================================
# R27 — XLSX Kazakh form, header split over two rows (group header + sub-header), columns 2 rows
# =====================================================================
def r27():
    n = "r27-kk-form-2row-header.xlsx"
    ag = {"name": "Қызылорда облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "email": "tabigat@kyzylorda-tabigat.gov.kz", "bin": "060540011117"}
    S = [("00801021", "Ағаштарды кесуге рұқсат беру",
          "ҚР Экология және табиғи ресурстар министрінің 2026 жылғы 12 мамырдағы № 140 бұйрығымен бекітілген стандарт",
          "Қызылорда облысы әкімдігінің 2026 жылғы 30 маусымдағы № 512 қаулысы", None, "www.kyzylorda-tabigat.gov.kz",
          "Ибрагимов Руслан Серікұлы,\nорман шаруашылығы бөлімінің бас маманы,\n8 (7242) 40-12-66",
          ("Ибрагимов Руслан Серікұлы", "орман шаруашылығы бөлімінің бас маманы", None, "87242401266")),
         ("00801034", "Балық аулауға рұқсат беру",
          "ҚР Экология және табиғи ресурстар министрінің 2026 жылғы 12 мамырдағы № 140 бұйрығымен бекітілген стандарт",
          "Қызылорда облысы әкімдігінің 2026 жылғы 30 маусымдағы № 513 қаулысы",
          "ҚР ЭТРМ 2026 жылғы 7 желтоқсандағы № 402 бұйрығы", "www.kyzylorda-tabigat.gov.kz",
          "Сұлтанова Дана, балық шаруашылығы секторының меңгерушісі, d.sultanova@kyzylorda-tabigat.gov.kz",
          ("Сұлтанова Дана", "балық шаруашылығы секторының меңгерушісі", "d.sultanova@kyzylorda-tabigat.gov.kz", None))]
    table = [["Р/с №", "Мемлекеттік көрсетілетін қызмет", None, "Деректемелер", None, "НҚА өзгерістері", "Интернет-ресурс", "Жауапты тұлға (Т.А.Ә., лауазымы)"],
             [None, "тізілімдегі нөмірі", "атауы", "стандарты", "регламенті", None, None, None]]
    table += [[str(i + 1), s[0], s[1], s[2], s[3], s[4] or "—", s[5], s[6]] for i, s in enumerate(S)]
    write(n, xlsx(["Бірыңғай байланыс орталығы", "Мемлекеттік көрсетілетін қызмет туралы ақпарат", ""], table,
                  ["", "Жауапты орындаушы: Төлегенова Сабина Маратқызы", "Күні: 2027 жылғы 25 қаңтар"],
                  merges=("B4:C4", "D4:E4", "A4:A5", "F4:F5", "G4:G5", "H4:H5")))
    svcs = []
    for s in S:
        fio, pos, em, ph = s[7]
        svcs.append(svc(s[0], s[1], s[2], s[3], s[4], s[5], fio, pos, em, ph))
    key(n, [{"part": n, "kind": "appendix1_form", "language": "kk", "services": svcs,
             "executor": {"full_name": "Төлегенова Сабина Маратқызы", "date": "2027-01-25"}}])
    ctx(n, ag, [("00801021", "Выдача разрешения на вырубку деревьев"), ("00801034", "Выдача разрешения на рыболовство")], "information",
        ol("ЕКЦ-2027/077", "2027-01-18", "Запрос информации по Приложению 1"), "Записать сведения по двум услугам", True)


# =====================================================================
# R28 — iPhone mail, one Kazakh line, XLSX form attached (Russian column 8 wording, Kazakh headers)
# =====================================================================
def r28():
    n = "r28-iphone-xlsx-form.eml"
    ag = {"name": "Жаңаөзен қаласы әкімдігінің жер қатынастары бөлімі", "email": "zher@zhanaozen.gov.kz", "bin": "010240006690"}
    sn = "Жылжымайтын мүлік объектісіне мекенжай беру немесе өзгерту"
    std = "«Жылжымайтын мүлік объектісіне мекенжай беру немесе өзгерту» мемлекеттік көрсетілетін қызмет стандарты (ҚР Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 2026 жылғы 22 шілдедегі № 260/НҚ бұйрығы)"
    reg = "Маңғыстау облысы әкімдігінің 2026 жылғы 14 қыркүйектегі № 190 қаулысы"
    table = [KK_HEAD, ["1", "00407009", sn, std, reg, "", "egov.kz",
                       "Базарбаев Тимур Қанатұлы, бөлім басшысының орынбасары, моб. 8-702-611-40-27"]]
    x = xlsx([], table, ["", "Орындаушы: Базарбаев Т.Қ.      02.02.2027"])
    body = "Сәлеметсіз бе, 1-қосымша жіберіп отырмын.\n\nОтправлено с iPhone\n"
    write(n, eml("Timur Bazarbayev <t.bazarbayev@zhanaozen.gov.kz>", "Re: ЕКЦ-2027/093", "Tue, 2 Feb 2027 19:08:51 +0500",
                 "<9D2F1E77-71B4-4C0F-8C0A-7F21AB3355E1@zhanaozen.gov.kz>", text=body,
                 atts=[("Приложение 1.xlsx", x, XLSX)], irt="<req-2027-093@ekc.gov.kz>", mailer="iPhone Mail (21B91)"))
    key(n, [{"part": "Приложение 1.xlsx", "kind": "appendix1_form", "language": "kk",
             "services": [svc("00407009", sn, std, reg, None, "egov.kz", "Базарбаев Тимур Қанатұлы", "бөлім басшысының орынбасары",
                              None, "87026114027")],
             "executor": {"date": "2027-02-02"}}])
    ctx(n, ag, [("00407009", "Присвоение или изменение адреса объекту недвижимости")], "information",
        ol("ЕКЦ-2027/093", "2027-01-26", "Запрос информации по Приложению 1"), "Записать сведения по услуге 00407009", True)


# =====================================================================
# R29 — replacement, Kazakh, new person in the dative (-ға), old person in the ablative
# =====================================================================
def r29():
    n = "r29-replacement-dative-kk.eml"
    ag = {"name": "Екібастұз қаласы әкімдігінің ішкі саясат бөлімі", "email": "ishki@ekibastuz.gov.kz", "bin": "050740019928"}
    body = """Бірыңғай байланыс орталығына

Екібастұз қаласы әкімдігінің ішкі саясат бөлімі «Діни әдебиетті және діни мазмұндағы өзге де ақпараттық материалдарды тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу» (№ 00910005) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен хат алмасуға жауапкершілік 2027 жылғы 5 сәуірден бастап Оспанов Қайрат Жұмабайұлынан алынып, дін істері секторының бас маманы Темірбекова Жанар Ғалиқызына жүктелгенін хабарлайды.

Байланыс: 8 (71835) 7-41-22, zh.temirbekova@ekibastuz.gov.kz

Бөлім басшысы                       Е. Смағұлов
"""
    write(n, eml("ishki@ekibastuz.gov.kz", "Жауапты тұлғаны ауыстыру туралы", "Wed, 7 Apr 2027 10:55:12 +0500",
                 "<1f0a9@ekibastuz.gov.kz>", text=body))
    key(n, [{"part": "body", "kind": "responsible_change", "language": "kk",
             "responsible": {"full_name": "Темірбекова Жанар Ғалиқызы", "position": "дін істері секторының бас маманы",
                             "phone": "87183574122", "email": "zh.temirbekova@ekibastuz.gov.kz"},
             "previous_responsible": {"full_name": "Оспанов Қайрат Жұмабайұлы"},
             "effective_date": "2027-04-05", "services": [{"registry_number": "00910005"}]}])
    ctx(n, ag, [("00910005", "Согласование расположения помещений для распространения религиозной литературы")], "consulting", None,
        "Заменить ответственное лицо по услуге 00910005 на Темирбекову Ж.Г.", True)


# =====================================================================
# R30 — e-mail, Kazakh protocol DOCX whose date sits only in the signature block
# =====================================================================
def r30():
    n = "r30-protocol-kk-eml.eml"
    ag = {"name": "Маңғыстау облысы әкімдігінің жер қатынастары басқармасы", "email": "zher@mangystau-zher.gov.kz", "bin": "100540013927"}
    d = docx([("bold", "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдау хаттамасы"),
              "Ақтау қаласы",
              "Маңғыстау облысы әкімдігінің жер қатынастары басқармасының жауапты тұлғасы Жақыпова М.Ғ. Бірыңғай байланыс орталығының операторлары үшін «Жер учаскесін іздестіру жұмыстарына пайдалануға рұқсат беру» (тізілімдегі № 00702026) мемлекеттік көрсетілетін қызметі бойынша оқыту өткізді.",
              "Оқыту нәтижесінде қызмет Бірыңғай байланыс орталығымен консультация беру үшін қабылданды.",
              ("table", [["Басқарма атынан", "Бірыңғай байланыс орталығы атынан"],
                         ["Жақыпова М.Ғ. ________", "Нұрғалиева С.А. ________"],
                         ["2027 жылғы «4» ақпан", "2027 жылғы «4» ақпан"]])])
    body = "Құрметті әріптестер,\nекі жақты қол қойылған хаттаманың сканерленген нұсқасын жолдаймын.\n\nМ. Жақыпова\n"
    write(n, eml(formataddr(("Меруерт Жақыпова", "m.zhakypova@mangystau-zher.gov.kz")), "Хаттама 00702026",
                 "Fri, 5 Feb 2027 11:44:09 +0500", "<aa51b7@mangystau-zher.gov.kz>", text=body,
                 atts=[("hattama_00702026.docx", d, DOCX)]))
    key(n, [{"part": "hattama_00702026.docx", "kind": "training_protocol", "language": "kk", "protocol_date": "2027-02-04",
             "services": [{"registry_number": "00702026"}]}])
    ctx(n, ag, [("00702026", "Выдача разрешения на использование земельного участка для изыскательских работ")], "protocol", None,
        "Отметить услугу 00702026 принятой на консультирование", True)


# =====================================================================
# R31 — change notice in Russian, windows-1251, new regulation and amendments, with "Исх." header
# =====================================================================
def r31():
    n = "r31-change-ru-cp1251.eml"
    ag = {"name": "ГУ «Отдел архитектуры и градостроительства города Семей»", "email": "arch@semey.gov.kz", "bin": "030440008815"}
    reg = "Регламент государственной услуги «Выдача архитектурно-планировочного задания», утвержденный постановлением акимата области Абай от 15 марта 2027 года № 71"
    npa = "Приказ Министра промышленности и строительства Республики Казахстан от 1 марта 2027 года № 59 «О внесении изменений в приказ от 9 октября 2026 года № 344»"
    body = f"""Исх. № 12-08/412 от 19.03.2027

Единый контакт-центр

В соответствии с пунктом 6 Правил взаимодействия сообщаем об изменениях сведений по государственной услуге № 00210003 «Выдача архитектурно-планировочного задания»:

Регламент: {reg}.
Изменения НПА: {npa}.

Стандарт и интернет-ресурс не изменились.
Изменения вступили в силу 16 марта 2027 года.

Руководитель отдела                  К. Жанатов
Исп.: Литвинова О.В., тел. 8 (7222) 52-30-18
"""
    write(n, eml("Литвинова Ольга <o.litvinova@semey.gov.kz>", "Изменения по услуге 00210003", "Fri, 19 Mar 2027 16:22:48 +0600",
                 "<002301db7a1c$3e8a@semey.gov.kz>", text=body, charset="windows-1251", mailer="Microsoft Outlook 14.0"))
    key(n, [{"part": "body", "kind": "change_notice", "language": "ru", "change_date": "2027-03-16",
             "services": [{"registry_number": "00210003", "regulation": reg, "npa_changes": npa, "standard": None, "website": None}]}])
    ctx(n, ag, [("00210003", "Выдача архитектурно-планировочного задания")], "consulting", None,
        "Обновить регламент и изменения НПА по услуге 00210003", True)


# ============================ NON-REPLIES ============================
def other_key(n, parts, lang=None):
    docs = []
    for p in parts:
        d = {"part": p, "kind": "other"}
        if lang: d["language"] = lang
        docs.append(d)
    key(n, docs)


# N01 — invitation to a seminar, Kazakh, HTML
def n01():
    n = "n01-invitation-seminar-kk.eml"
    ag = {"name": "Жетісу облысы әкімдігінің мемлекеттік көрсетілетін қызметтер сапасын бақылау бөлімі", "email": "sapa@zhetisu.gov.kz", "bin": "221140004471"}
    html = """<p>Құрметті әріптестер!</p>
<p>Жетісу облысы әкімдігі 2027 жылғы 24 ақпанда сағат 10:00-де «Мемлекеттік қызметтерді көрсету сапасын арттыру: 2026 жылдың қорытындысы және 2027 жылға арналған міндеттер» тақырыбында облыстық семинар-кеңес өткізеді.</p>
<p>Өтетін орны: Талдықорған қ., Қабанбай батыр к-сі, 26, облыс әкімдігінің мәжіліс залы (3-қабат).</p>
<p>Бірыңғай байланыс орталығының өкілін (1–2 адам) семинарға қатысуға шақырамыз. Қатысушылардың тізімін 20 ақпанға дейін sapa@zhetisu.gov.kz мекенжайына жіберуіңізді сұраймыз.</p>
<p>Байланыс: Құрманғалиева Әйгерім, 8 (7282) 60-11-47</p>"""
    write(n, eml(formataddr(("Сапа бөлімі", "sapa@zhetisu.gov.kz")), "Семинар-кеңеске шақыру (24.02.2027)",
                 "Mon, 15 Feb 2027 12:00:03 +0500", "<inv-240227@zhetisu.gov.kz>", html=html))
    other_key(n, ["body"], "kk")
    ctx(n, ag, [("00502014", "Постановка на очередь детей дошкольного возраста")], "consulting", None,
        "Ничего не менять в делах; передать приглашение руководству", False)


# N02 — Nauryz greeting, bilingual HTML with an inline image reference
def n02():
    n = "n02-nauryz-greeting.eml"
    ag = {"name": "Қостанай облысы әкімдігінің денсаулық сақтау басқармасы", "email": "densaulyk@kostanay-dsb.gov.kz", "bin": "020640007731"}
    html = """<html><body style="font-family:Arial">
<p style="text-align:center;color:#0a6f3c;font-size:16pt"><b>Наурыз мейрамы құтты болсын!</b></p>
<p>Құрметті Бірыңғай байланыс орталығының ұжымы!</p>
<p>Сіздерді ұлыстың ұлы күні — Наурыз мейрамымен шын жүректен құттықтаймыз! Әр шаңыраққа береке, бірлік пен ынтымақ тілейміз. Ұлыс оң болсын, ақ мол болсын!</p>
<p>Уважаемые коллеги! Поздравляем вас с праздником весны и обновления — Наурыз мейрамы! Желаем мира, добра и благополучия!</p>
<p>Қостанай облысы әкімдігінің денсаулық сақтау басқармасының ұжымы</p></body></html>"""
    write(n, eml(formataddr(("Денсаулық сақтау басқармасы", "densaulyk@kostanay-dsb.gov.kz")), "Наурыз мейрамымен! / С праздником Наурыз!",
                 "Fri, 19 Mar 2027 17:45:00 +0500", "<nauryz2027.bulk@kostanay-dsb.gov.kz>", html=html,
                 extra=[("Precedence", "bulk")]))
    other_key(n, ["body"])
    ctx(n, ag, [("01005044", "Выдача направления на медико-социальную экспертизу")], "consulting", None,
        "Ничего не делать: поздравление", False)


# N03 — Independence Day / New Year greeting from a national company, Russian + Kazakh, PDF postcard attached
def n03():
    n = "n03-newyear-greeting-pdf.eml"
    ag = {"name": "АО «Национальная компания «Қазагрокадастр» (от имени Министерства сельского хозяйства РК)", "email": "kanc@kazagrocadastr.kz", "bin": "150440028813"}
    card = pdf(["Жаңа жылыңыз құтты болсын!", "С Новым 2027 годом!",
                "Құрметті серіктестер! Өткен жылғы жемісті ынтымақтастығыңыз үшін алғыс айтамыз. Жаңа жылда жаңа табыстар тілейміз!",
                "Правление АО «НК «Қазагрокадастр»"])
    body = ("Уважаемые партнёры!\n\nОт имени коллектива АО «НК «Қазагрокадастр» поздравляем вас с наступающим Новым годом!\n"
            "Құрметті серіктестер, сіздерді келе жатқан Жаңа жылмен құттықтаймыз!\n\nОткрытка во вложении.\n\nПресс-служба\n")
    write(n, eml("Пресс-служба <press@kazagrocadastr.kz>", "С Новым годом! / Жаңа жылыңыз құтты болсын!", "Wed, 30 Dec 2026 11:00:00 +0500",
                 "<ny2027-press@kazagrocadastr.kz>", text=body, atts=[("otkrytka_2027.pdf", card, PDF)]))
    other_key(n, ["body", "otkrytka_2027.pdf"])
    ctx(n, ag, [("01204019", "Субсидирование стоимости удобрений")], "information",
        ol("ЕКЦ-2026/911", "2026-12-22", "Запрос информации по Приложению 1"), "Ничего не делать: поздравление, ответа по запросу нет", False)


# N04 — minutes of an akimat meeting (not a training protocol), DOCX, Kazakh
def n04():
    n = "n04-meeting-minutes-kk.docx"
    ag = {"name": "Сарыағаш ауданы әкімінің аппараты", "email": "apparat@saryagash.gov.kz", "bin": "980140002216"}
    d = docx([("bold", "САРЫАҒАШ АУДАНЫ ӘКІМІ ЖАНЫНДАҒЫ АППАРАТТЫҚ КЕҢЕСТІҢ ХАТТАМАСЫ"),
              "Сарыағаш қ.                     2027 жылғы 9 наурыз                     № 11",
              "Төрағалық еткен: аудан әкімінің орынбасары Б. Есенов",
              "Қатысқандар: аппарат бөлімдерінің басшылары, ауылдық округтер әкімдері (тізім қоса беріледі).",
              ("bold", "КҮН ТӘРТІБІ:"),
              "1. 2027 жылғы көктемгі егіс жұмыстарына дайындық туралы.",
              "2. Мемлекеттік көрсетілетін қызметтерді электрондық форматқа көшіру барысы туралы.",
              "3. Наурыз мерекесін өткізу жоспары туралы.",
              ("bold", "ШЕШІЛДІ:"),
              "1. Ауыл шаруашылығы бөліміне (Д. Қалиев) егіс алқаптарының құрылымын 15 наурызға дейін бекіту тапсырылсын.",
              "2. Мемлекеттік қызметтер көрсету бөліміне (Н. Серікбаев) қағаз түрінде көрсетілетін қызметтер тізбесін қайта қарап, 1 сәуірге дейін ұсыну тапсырылсын.",
              "3. Мәдениет бөліміне мерекелік іс-шаралар жоспарын әзірлеу тапсырылсын.",
              "Төраға                               Б. Есенов",
              "Хатшы                                Г. Мамырова"])
    write(n, d)
    other_key(n, [n], "kk")
    ctx(n, ag, [("00407009", "Присвоение или изменение адреса объекту недвижимости")], "protocol", None,
        "Не считать протоколом обучения: протокол аппаратного совещания", False)


# N05 — an order on other matters (vacation schedule), PDF, Kazakh
def n05():
    n = "n05-order-vacation-kk.pdf"
    ag = {"name": "Ақмола облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "email": "kense@akmola-social.gov.kz", "bin": "040340011205"}
    d = pdf(["«АҚМОЛА ОБЛЫСЫНЫҢ ЖҰМЫСПЕН ҚАМТУДЫ ҮЙЛЕСТІРУ ЖӘНЕ ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ» ММ",
             "БҰЙРЫҚ",
             "2027 жылғы 14 қаңтар                     № 09-ж/қ                     Көкшетау қ.",
             "Қызметкерлердің 2027 жылға арналған еңбек демалыстарының кестесін бекіту туралы",
             "Қазақстан Республикасы Еңбек кодексінің 94-бабына сәйкес БҰЙЫРАМЫН:",
             "1. Қоса беріліп отырған басқарма қызметкерлерінің 2027 жылға арналған жыл сайынғы ақылы еңбек демалыстарының кестесі бекітілсін.",
             "2. Құжаттамалық қамтамасыз ету және персоналды басқару бөлімі (Ж. Сейтжанова) кестенің сақталуын бақыласын.",
             "3. Бұйрықтың орындалуын бақылау басшының орынбасары Қ. Ілиясовқа жүктелсін.",
             "Басшы                                  А. Сұлтанбеков"])
    write(n, d)
    other_key(n, [n], "kk")
    ctx(n, ag, [("01103012", "Назначение жилищной помощи")], "consulting", None,
        "Ничего не делать: приказ по иному вопросу, присланный ошибочно", False)


# N06 — letter to the Public Service Centre with the contact centre in copy, Kazakh
def n06():
    n = "n06-letter-to-con-cc.eml"
    ag = {"name": "Қарасай ауданы әкімдігінің ауыл шаруашылығы бөлімі", "email": "agro@karasay.gov.kz", "bin": "991240001552"}
    body = """«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ Алматы облысы бойынша филиалының Қарасай аудандық бөлімшесіне

Көшірмесі: Бірыңғай байланыс орталығына (мәлімет үшін)

Қарасай ауданы әкімдігінің ауыл шаруашылығы бөлімі 2027 жылғы 15 ақпаннан 1 наурызға дейін бөлім ғимаратында жөндеу жұмыстары жүргізілетінін хабарлайды. Осы кезеңде «Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру» қызметі бойынша қағаз түріндегі құжаттар Қаскелең қ., Абылай хан к-сі, 3 мекенжайы бойынша (аудан әкімдігінің ғимараты, 104-кабинет) қабылданатын болады.

Ақпарат алмасу тәртібі өзгеріссіз қалады.

Бөлім басшысы                        Қ. Нұрпейісов
"""
    write(n, eml("agro@karasay.gov.kz", "Жөндеу жұмыстары кезеңінде құжаттарды қабылдау туралы", "Wed, 10 Feb 2027 15:12:40 +0500",
                 "<rem-100227@karasay.gov.kz>", text=body, to="karasay@gov4c.kz", cc=EKC))
    other_key(n, ["body"], "kk")
    ctx(n, ag, [("00904007", "Выдача справки о наличии личного подсобного хозяйства")], "consulting", None,
        "Принять к сведению; сведения по услуге не изменились", False)


# N07 — auto-reply, Kazakh + Russian, Auto-Submitted
def n07():
    n = "n07-autoreply-kk-ru.eml"
    ag = {"name": "Павлодар облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "email": "kanc@pavl-enbek.gov.kz", "bin": "030840005519"}
    body = ("Хатыңыз алынды. Мен 2027 жылғы 22 ақпанға дейін іссапардамын. Шұғыл мәселелер бойынша kanc@pavl-enbek.gov.kz мекенжайына жазыңыз.\n\n"
            "Ваше письмо получено. Я нахожусь в командировке до 22 февраля 2027 года. По срочным вопросам пишите на kanc@pavl-enbek.gov.kz.\n\n"
            "Ысқақова Айгерім\n")
    write(n, eml(formataddr(("Ысқақова Айгерім Нұрболатқызы", "a.yskakova@pavl-enbek.gov.kz")), "Автоматический ответ: ЕКЦ-2027/146 Оқытуды өткізу туралы",
                 "Mon, 15 Feb 2027 09:00:12 +0500", "<oof-7783@pavl-enbek.gov.kz>", text=body, irt="<req-2027-146@ekc.gov.kz>",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    other_key(n, ["body"])
    ctx(n, ag, [("01501008", "Регистрация лиц, ищущих работу")], "protocol",
        ol("ЕКЦ-2027/146", "2027-02-15", "О проведении обучения"), "Ничего не делать: автоответ", False)


# N08 — question back: which services? Kazakh
def n08():
    n = "n08-question-which-services-kk.eml"
    ag = {"name": "Екібастұз қаласы әкімдігінің ішкі саясат бөлімі", "email": "ishki@ekibastuz.gov.kz", "bin": "050740019928"}
    body = """Сәлеметсіз бе!

Сіздің 2027 жылғы 20 қаңтардағы № ЕКЦ-2027/085 хатыңызда біздің бөлімге үш мемлекеттік көрсетілетін қызмет көрсетілген, алайда тізілімдегі нөмірлердің бірі (00910007) біздің бөлім көрсететін қызметтер тізбесінде жоқ. Бұл қай қызмет екенін нақтылап беруіңізді сұраймыз. Нақтылау алынғаннан кейін 1-қосымша бойынша ақпарат жолданатын болады.

Құрметпен,
Оспанов Қайрат, бас маман
8 (71835) 7-41-20
"""
    write(n, eml(formataddr(("Қайрат Оспанов", "k.ospanov@ekibastuz.gov.kz")), "Re: № ЕКЦ-2027/085 — нақтылау",
                 "Fri, 22 Jan 2027 11:41:17 +0500", "<q-220127@ekibastuz.gov.kz>", text=body, irt="<req-2027-085@ekc.gov.kz>"))
    other_key(n, ["body"], "kk")
    ctx(n, ag, [("00910005", "Согласование расположения помещений для распространения религиозной литературы"),
                ("00910007", "Проведение религиоведческой экспертизы")], "information",
        ol("ЕКЦ-2027/085", "2027-01-20", "Запрос информации по Приложению 1"),
        "Ответить на уточняющий вопрос; информацию ещё ждём", False)


# N09 — question back as .txt: asks for the form template in Kazakh, Russian/Kazakh mixed
def n09():
    n = "n09-question-template.txt"
    ag = {"name": "Жаңаөзен қаласы әкімдігінің жер қатынастары бөлімі", "email": "zher@zhanaozen.gov.kz", "bin": "010240006690"}
    t = """Бірыңғай байланыс орталығына

№ ЕКЦ-2027/093 хатыңызға байланысты сұрақ:
Хатқа тіркелген 1-қосымшаның нысаны тек орыс тілінде берілген. Нысанды мемлекеттік тілде толтыруға бола ма және оның қазақша үлгісі бар ма? Сондай-ақ 6-бағанда («Нормативтік құқықтық актілердің өзгерістері») өзгерістер болмаса не жазу керек екенін түсіндіріп беруіңізді сұраймыз.

Просим также уточнить, нужно ли заверять форму ЭЦП руководителя.

Базарбаев Т.Қ.
27.01.2027
"""
    write(n, t.encode("utf-8"))
    other_key(n, [n])
    ctx(n, ag, [("00407009", "Присвоение или изменение адреса объекту недвижимости")], "information",
        ol("ЕКЦ-2027/093", "2027-01-26", "Запрос информации по Приложению 1"),
        "Ответить на вопрос о форме; информацию ещё ждём", False)


# N10 — invitation to a webinar from a national company, Russian, HTML newsletter style
def n10():
    n = "n10-webinar-invitation-ru.eml"
    ag = {"name": "АО «Национальный центр цифровых государственных услуг «Цифрлық қызмет» (по поручению Министерства цифрового развития)", "email": "info@tsifrlyk.kz", "bin": "180840031275"}
    html = """<table width="600" style="font-family:Verdana;font-size:12px"><tr><td>
<h3>Вебинар «Проактивные государственные услуги: что меняется в 2027 году»</h3>
<p>Уважаемые коллеги!</p><p>Приглашаем специалистов Единого контакт-центра принять участие в вебинаре <b>3 марта 2027 года в 15:00</b> (время Астаны).</p>
<p>Спикеры: Ержанов Т. (Цифрлық қызмет), Байғожина А. (МЦРИАП).</p>
<p><a href="https://events.tsifrlyk.kz/webinar/0303">Регистрация</a></p>
<p style="color:#888">Вы получили это письмо, так как состоите в рассылке партнёров. <a href="https://tsifrlyk.kz/unsub">Отписаться</a></p>
</td></tr></table>"""
    write(n, eml("Цифрлық қызмет <noreply@tsifrlyk.kz>", "Приглашение на вебинар 03.03.2027", "Thu, 25 Feb 2027 08:30:00 +0000",
                 "<mailing.5521.2027@tsifrlyk.kz>", html=html, extra=[("List-Unsubscribe", "<https://tsifrlyk.kz/unsub>")]))
    other_key(n, ["body"], "ru")
    ctx(n, ag, [], "consulting", None, "Ничего не делать: рассылка", False)


# N11 — out-of-office from the responsible person, Russian, cp1251 labelled as koi8-r (wrong label) -> keep simple: real cp1251, label missing
def n11():
    n = "n11-out-of-office-nolabel.eml"
    ag = {"name": "ГУ «Отдел архитектуры и градостроительства города Семей»", "email": "arch@semey.gov.kz", "bin": "030440008815"}
    body = ("Здравствуйте!\nЯ в отпуске с 01.04.2027 по 28.04.2027. На время отпуска мои обязанности исполняет Жанатова Айым "
            "(a.zhanatova@semey.gov.kz).\n\nЛитвинова О.В.\n")
    write(n, eml("Литвинова Ольга <o.litvinova@semey.gov.kz>", "Нет на месте: Запрос ЕКЦ-2027/310", "Thu, 1 Apr 2027 08:00:05 +0600",
                 "<ooo-0104@semey.gov.kz>", text=body, charset="windows-1251", label="", irt="<req-2027-310@ekc.gov.kz>",
                 extra=[("Auto-Submitted", "auto-replied")]))
    other_key(n, ["body"], "ru")
    ctx(n, ag, [("00210003", "Выдача архитектурно-планировочного задания")], "additional_answer",
        ol("ЕКЦ-2027/310", "2027-04-01", "Дополнительный запрос"), "Ничего не делать: автоответ об отпуске (замена ответственного не объявлена)", False)


# N12 — read receipt (disposition notification), Kazakh
def n12():
    n = "n12-read-receipt.eml"
    ag = {"name": "Түркістан облысының жолаушылар көлігі және автомобиль жолдары басқармасы", "email": "zhol@turkistan-zhol.gov.kz", "bin": "190140018846"}
    m = MIMEMultipart("report", report_type="disposition-notification")
    m.attach(MIMEText("Сіздің хатыңыз\n\n  Кімге: zhol@turkistan-zhol.gov.kz\n  Тақырыбы: № ЕКЦ-2027/129 Жауапты тұлғаны тағайындау туралы\n  Жіберілді: 10.02.2027 16:02\n\n"
                      "10.02.2027 17:15 оқылды.\n", "plain", "utf-8"))
    mdn = MIMEBase("message", "disposition-notification")
    mdn.set_payload("Reporting-UA: turkistan-zhol.gov.kz; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;zhol@turkistan-zhol.gov.kz\r\n"
                    "Original-Message-ID: <req-2027-129@ekc.gov.kz>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n")
    m.attach(mdn)
    m["From"] = "zhol@turkistan-zhol.gov.kz"; m["To"] = EKC
    m["Subject"] = Header("Оқылды: № ЕКЦ-2027/129 Жауапты тұлғаны тағайындау туралы", "utf-8", header_name="Subject")
    m["Date"] = "Wed, 10 Feb 2027 17:15:40 +0500"; m["Message-ID"] = "<mdn-129@turkistan-zhol.gov.kz>"
    m["In-Reply-To"] = "<req-2027-129@ekc.gov.kz>"
    write(n, m.as_bytes())
    other_key(n, ["body"])
    ctx(n, ag, [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")], "appointment",
        ol("ЕКЦ-2027/129", "2027-02-10", "О назначении ответственного лица"), "Ничего не делать: уведомление о прочтении", False)


# N13 — press-service news digest from a city akimat, Kazakh, long HTML
def n13():
    n = "n13-press-digest-kk.eml"
    ag = {"name": "Шымкент қаласы әкімдігі", "email": "press@shymkent.gov.kz", "bin": "990240004116"}
    html = """<div><h2>Шымкент қаласы әкімдігінің апталық жаңалықтары</h2>
<ul><li>Қалада 12 жаңа балабақша пайдалануға берілді — кезектегі балалар саны 18%-ға азайды.</li>
<li>«Сәулет-жоспарлау тапсырмасын беру» қызметі толықтай электрондық форматқа көшірілді.</li>
<li>Наурыз мерекесіне арналған іс-шаралар жоспары бекітілді.</li>
<li>Қала әкімі азаматтарды жеке мәселелері бойынша 18 наурызда қабылдайды.</li></ul>
<p>Толығырақ: <a href="https://www.gov.kz/memleket/entities/shymkent/press">gov.kz/shymkent/press</a></p>
<p><i>Баспасөз қызметі</i></p></div>"""
    write(n, eml("Баспасөз қызметі <press@shymkent.gov.kz>", "Апталық жаңалықтар дайджесті №10", "Sat, 13 Mar 2027 10:00:00 +0500",
                 "<digest-10-2027@shymkent.gov.kz>", html=html, extra=[("Precedence", "list")]))
    other_key(n, ["body"], "kk")
    ctx(n, {"name": "Шымкент қаласы әкімдігі", "email": "press@shymkent.gov.kz", "bin": "990240004116"},
        [("00210003", "Выдача архитектурно-планировочного задания")], "consulting", None,
        "Ничего не делать: новостная рассылка (упоминание об услуге — не уведомление об изменении)", False)


# N14 — order on other matters that names a "responsible" (anti-corruption), DOCX, Kazakh
def n14():
    n = "n14-order-anticorruption-kk.docx"
    ag = {"name": "Атырау облысының мәдениет, архивтер және құжаттама басқармасы", "email": "madeniet@atyrau-madeniet.gov.kz", "bin": "060140009982"}
    d = docx(["«АТЫРАУ ОБЛЫСЫНЫҢ МӘДЕНИЕТ, АРХИВТЕР ЖӘНЕ ҚҰЖАТТАМА БАСҚАРМАСЫ» ММ",
              ("bold", "БҰЙРЫҚ"), "2027 жылғы 20 қаңтар № 14-н/қ",
              ("bold", "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі жауапты тұлғаны айқындау туралы"),
              "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Қазақстан Республикасы Заңының 16-бабына сәйкес БҰЙЫРАМЫН:",
              "1. Басқармада сыбайлас жемқорлыққа қарсы іс-қимыл мәселелері жөніндегі жауапты тұлға болып заң бөлімінің бас маманы Әбдірахманов Бауыржан Сәкенұлы айқындалсын.",
              "2. Жауапты тұлға тоқсан сайын сыбайлас жемқорлық тәуекелдеріне ішкі талдау жүргізсін.",
              "3. Бақылау өзіме қалдырылады.",
              "Басшы                                      Н. Жолдасов"])
    write(n, d)
    other_key(n, [n], "kk")
    ctx(n, ag, [("00603018", "Выдача архивных справок")], "consulting", None,
        "Ничего не менять: ответственный по антикоррупции, не по взаимодействию с ЕКЦ", False)


# N15 — notice that the centre's letter was forwarded to a subordinate body (not a refusal), bilingual
def n15():
    n = "n15-forwarded-notice.eml"
    ag = {"name": "Қазақстан Республикасы Оқу-ағарту министрлігінің Балалардың құқықтарын қорғау комитеті", "email": "kanc@bala.edu.gov.kz", "bin": "190540022631"}
    body = """Бірыңғай байланыс орталығына

Сіздің 2027 жылғы 3 наурыздағы № ЕКЦ-2027/198 хатыңыз құзыреттілігіне сәйкес орындау үшін Алматы қаласының білім басқармасына жолданды (2027 жылғы 5 наурыздағы № 3-2/1144 ілеспе хат). Жауап Сіздің мекенжайыңызға тікелей жіберілетін болады.

Ваше письмо № ЕКЦ-2027/198 направлено для исполнения по компетенции в управление образования города Алматы. Ответ будет направлен непосредственно в Ваш адрес.

Комитет төрағасының орынбасары                       Ж. Бекова
"""
    write(n, eml("Канцелярия КОПД <kanc@bala.edu.gov.kz>", "№ ЕКЦ-2027/198 хатты жолдау туралы / О перенаправлении",
                 "Fri, 5 Mar 2027 16:40:31 +0500", "<fw-198@bala.edu.gov.kz>", text=body, irt="<req-2027-198@ekc.gov.kz>",
                 cc="bilim@almaty-bilim.gov.kz"))
    other_key(n, ["body"])
    ctx(n, ag, [("01005031", "Установление опеки или попечительства над ребенком-сиротой")], "information",
        ol("ЕКЦ-2027/198", "2027-03-03", "Запрос информации по Приложению 1"),
        "Отметить, что запрос передан в УО г. Алматы; ждать ответа оттуда", False)


# N16 — working-group minutes PDF attached, Russian covering note; centre staff present but not a training protocol
def n16():
    n = "n16-workgroup-minutes.eml"
    ag = {"name": "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "email": "kanc@mdai.gov.kz", "bin": "190340018870"}
    p = pdf(["ПРОТОКОЛ заседания рабочей группы по оптимизации государственных услуг",
             "г. Астана, 17 февраля 2027 года, № 4",
             "Присутствовали: представители МЦРИАП, АО «Цифрлық қызмет», Единого контакт-центра, НАО «ГК «Правительство для граждан».",
             "Слушали: о результатах мониторинга сроков оказания государственных услуг в IV квартале 2026 года (Сейтова А.).",
             "Решили: 1) Единому контакт-центру представить аналитику обращений по услугам с наибольшим числом жалоб до 5 марта 2027 года; 2) госорганам обеспечить внесение данных в ИС Мониторинг.",
             "Хаттама / Протокол жүргізген: Алдабергенова Ж."])
    body = "Уважаемые коллеги!\n\nНаправляем протокол заседания рабочей группы от 17.02.2027 № 4 для сведения и исполнения п.1.\n\nДепартамент государственных услуг\n"
    write(n, eml("ДГУ МЦРИАП <dgu@mdai.gov.kz>", "Протокол РГ № 4 от 17.02.2027", "Mon, 22 Feb 2027 14:02:00 +0500",
                 "<rg4-protocol@mdai.gov.kz>", text=body, charset="windows-1251", atts=[("Протокол РГ №4.pdf", p, PDF)]))
    other_key(n, ["body", "Протокол РГ №4.pdf"])
    ctx(n, ag, [], "consulting", None, "Поручение руководству ЕКЦ; дела по услугам не трогать", False)


# N17 — proposes a date for training (no protocol yet), Kazakh
def n17():
    n = "n17-training-date-proposal-kk.eml"
    ag = {"name": "Абай облысының кәсіпкерлік және индустриялық-инновациялық даму басқармасы", "email": "kanc@abai-biznes.gov.kz", "bin": "220940015504"}
    body = """Қайырлы күн!

Оқытуды 2027 жылғы 16 ақпанда сағат 11:00-де Zoom платформасы арқылы өткізуді ұсынамыз. Сілтеме оқыту күні жолданады.
Операторлардың сұрақтарын 12 ақпанға дейін жіберсеңіздер, жауаптарды алдын ала дайындаймыз.

Мамырбекова И.А.
+7 (7222) 56-09-14
"""
    write(n, eml(formataddr(("Индира Мамырбекова", "i.mamyrbekova@abai-biznes.gov.kz")), "Re: Оқыту өткізу туралы",
                 "Tue, 9 Feb 2027 10:20:45 +0600", "<tr-0902@abai-biznes.gov.kz>", text=body, irt="<req-2027-120@ekc.gov.kz>"))
    other_key(n, ["body"], "kk")
    ctx(n, ag, [("00102031", "Субсидирование ставки вознаграждения по кредитам субъектов предпринимательства")], "protocol",
        ol("ЕКЦ-2027/120", "2027-02-05", "О проведении обучения"), "Согласовать дату обучения; протокол ещё ждём", False)


# N18 — 8 March greeting, Kazakh, plain, iPhone
def n18():
    n = "n18-8march-greeting-kk.eml"
    ag = {"name": "Ұлытау облысы әкімдігінің тұрғын үй-коммуналдық шаруашылығы басқармасы", "email": "zhkh@ulytau.gov.kz", "bin": "221040002318"}
    body = "Құрметті әріптес апалар мен қарындастар! 8 наурыз – Халықаралық әйелдер күнімен құттықтаймыз! Бақыт, денсаулық, шаттық тілейміз!\n\nМ. Ерғожин\n\nОтправлено с iPhone\n"
    write(n, eml("Марат Ерғожин <m.ergozhin@ulytau.gov.kz>", "8 наурыз мерекесімен!", "Sun, 7 Mar 2027 21:12:00 +0500",
                 "<5E0C-8march@ulytau.gov.kz>", text=body, mailer="iPhone Mail (21D61)"))
    other_key(n, ["body"], "kk")
    ctx(n, ag, [("01103012", "Назначение жилищной помощи")], "consulting", None, "Ничего не делать: поздравление", False)


# N19 — attachment does not open, asks to resend; Kazakh + Russian
def n19():
    n = "n19-resend-request.eml"
    ag = {"name": "Батыс Қазақстан облысының денсаулық сақтау басқармасы", "email": "uz@bko-densaulyk.gov.kz", "bin": "970340001148"}
    body = """Сәлеметсіз бе!
Сіздің № ЕКЦ-2027/171 хатыңызға тіркелген «Приложение_1.doc» файлы ашылмайды (файл бүлінген деген хабарлама шығады). Файлды қайта жіберуіңізді өтінеміз.

Добрый день! Вложение к письму № ЕКЦ-2027/171 не открывается, просим направить повторно.

Жалпы бөлім
"""
    write(n, eml("uz@bko-densaulyk.gov.kz", "Re: № ЕКЦ-2027/171", "Tue, 23 Feb 2027 09:48:00 +0500", "<rs-171@bko-densaulyk.gov.kz>",
                 text=body, irt="<req-2027-171@ekc.gov.kz>"))
    other_key(n, ["body"])
    ctx(n, ag, [("01005044", "Выдача направления на медико-социальную экспертизу")], "information",
        ol("ЕКЦ-2027/171", "2027-02-22", "Запрос информации по Приложению 1"), "Переслать форму повторно; информацию ещё ждём", False)


# N20 — letter to a ministry, centre in copy, about statistics, Russian .txt
def n20():
    n = "n20-letter-to-ministry-copy.txt"
    ag = {"name": "ГУ «Отдел занятости и социальных программ Бурабайского района»", "email": "oszn@burabay.gov.kz", "bin": "050940004417"}
    t = """ГУ «Отдел занятости и социальных программ Бурабайского района»
Исх. № 02-17/88 от 04.03.2027

Министерство труда и социальной защиты населения Республики Казахстан
Копия: Единый контакт-центр

О представлении статистических данных

Во исполнение письма Министерства от 20.02.2027 № 17-04/1190 направляем сведения о количестве лиц, зарегистрированных в качестве ищущих работу, за январь–февраль 2027 года:
- январь — 214 человек;
- февраль — 187 человек.
Из них направлено на профессиональное обучение — 41 человек.

Руководитель отдела                                   А. Жукенов
Исп. Кравченко Д.О., 8 (71636) 7-12-48
"""
    write(n, t.encode("cp1251"))
    other_key(n, [n], "ru")
    ctx(n, ag, [("01501008", "Регистрация лиц, ищущих работу")], "consulting", None,
        "Принять к сведению: письмо министерству, ЕКЦ в копии", False)


# N21 — notification from the e-document system (ЕСЭДО), Kazakh + Russian, plain
def n21():
    n = "n21-esedo-notification.eml"
    ag = {"name": "Қызылорда облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы", "email": "tabigat@kyzylorda-tabigat.gov.kz", "bin": "060540011117"}
    body = """БЭҚЖ / ЕСЭДО хабарламасы

Сізге жаңа құжат келіп түсті.
Тіркеу нөмірі: 07-11/204-И
Жіберуші: Қызылорда облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы
Құжаттың түрі: Хат
Құжатты көру үшін жүйеге кіріңіз: https://esedo.gov.kz/

Вам поступил новый документ. Рег. № 07-11/204-И. Для просмотра войдите в систему.

Бұл хат автоматты түрде жіберілді, жауап бермеңіз. / Письмо сформировано автоматически, не отвечайте на него.
"""
    write(n, eml("ЕСЭДО <noreply@esedo.gov.kz>", "Жаңа құжат / Новый документ 07-11/204-И", "Thu, 28 Jan 2027 12:31:09 +0500",
                 "<esedo-7731-20270128@esedo.gov.kz>", text=body, extra=[("Auto-Submitted", "auto-generated")]))
    other_key(n, ["body"])
    ctx(n, ag, [("00801021", "Выдача разрешения на вырубку деревьев"), ("00801034", "Выдача разрешения на рыболовство")], "information",
        ol("ЕКЦ-2027/077", "2027-01-18", "Запрос информации по Приложению 1"),
        "Ничего не менять: уведомление системы, сам документ не приложен", False)


# N22 — registration acknowledgement from the chancellery, Kazakh
def n22():
    n = "n22-registration-ack-kk.eml"
    ag = {"name": "Алматы қаласының білім басқармасы", "email": "bilim@almaty-bilim.gov.kz", "bin": "940240000871"}
    body = ("Сіздің 2027 жылғы 23 наурыздағы № ЕКЦ-2027/279 хатыңыз 2027 жылғы 23 наурызда кіріс № 3-1/2251 болып тіркелді "
            "және орындау үшін қорғаншылық және қамқоршылық бөліміне жіберілді. Орындау мерзімі: 2027 жылғы 30 наурыз.\n\n"
            "Құжаттамалық қамтамасыз ету бөлімі\n")
    write(n, eml("Кеңсе <bilim@almaty-bilim.gov.kz>", "Хатыңыз тіркелді: № ЕКЦ-2027/279", "Tue, 23 Mar 2027 15:20:44 +0600",
                 "<ack-2251@almaty-bilim.gov.kz>", text=body, irt="<req-2027-279@ekc.gov.kz>"))
    other_key(n, ["body"], "kk")
    ctx(n, ag, [("01005031", "Установление опеки или попечительства над ребенком-сиротой")], "additional_answer",
        ol("ЕКЦ-2027/279", "2027-03-23", "Дополнительный запрос по услуге 01005031"), "Отметить регистрацию; ответа ещё ждём", False)


# N23 — order on holding Nauryz events, DOCX, Kazakh with Russian heading
def n23():
    n = "n23-order-nauryz-events.docx"
    ag = {"name": "Көкшетау қаласы әкімінің аппараты", "email": "akimat@kokshetau.gov.kz", "bin": "990540003392"}
    d = docx(["КӨКШЕТАУ ҚАЛАСЫ ӘКІМІНІҢ ӨКІМІ / РАСПОРЯЖЕНИЕ АКИМА ГОРОДА КОКШЕТАУ",
              "2027 жылғы 1 наурыз № 45-ө",
              ("bold", "Наурыз мейрамын мерекелеу жөніндегі іс-шараларды өткізу туралы"),
              "1. 2027 жылғы 14–23 наурыз аралығында қалада «Наурызнама» онкүндігі өткізілсін.",
              "2. Іс-шаралар жоспары қосымшаға сәйкес бекітілсін.",
              "3. Қаланың мәдениет және тілдерді дамыту бөлімі (А. Қасенова) мерекелік концерт бағдарламасын әзірлесін.",
              "4. Қалалық полиция басқармасына қоғамдық тәртіпті қамтамасыз ету ұсынылсын.",
              "5. Осы өкімнің орындалуын бақылау қала әкімінің орынбасары Е. Мұқановқа жүктелсін.",
              "Қала әкімі                                   Б. Ғабдуллин"])
    write(n, d)
    other_key(n, [n])
    ctx(n, ag, [], "consulting", None, "Ничего не делать: распоряжение по иному вопросу", False)


# N24 — invitation to a public council meeting, Kazakh, with DOCX agenda
def n24():
    n = "n24-public-council-invite.eml"
    ag = {"name": "Қарағанды облысының ауыл шаруашылығы және жер қатынастары басқармасы", "email": "agro@karaganda-agro.gov.kz", "bin": "081240017720"}
    agenda = docx([("bold", "Қоғамдық кеңес отырысының күн тәртібі"), "2027 жылғы 30 наурыз, 15:00, Қарағанды қ., Бұқар жырау даңғылы, 47, 210-кабинет",
                   "1. Субсидиялау бағдарламаларының 2026 жылғы нәтижелері туралы (Б. Сәрсенбаева).",
                   "2. Мемлекеттік көрсетілетін қызметтер бойынша азаматтардың шағымдарын талдау (Бірыңғай байланыс орталығының деректері негізінде).",
                   "3. Әртүрлі."])
    body = ("Құрметті әріптестер!\n\nБасқарма жанындағы қоғамдық кеңестің кезекті отырысына Бірыңғай байланыс орталығының өкілін шақырамыз. "
            "Күн тәртібі қоса беріліп отыр. Қатысуды 26 наурызға дейін растауыңызды сұраймыз.\n\nҚоғамдық кеңес хатшысы Ә. Төлеубаев\n")
    write(n, eml("Әділет Төлеубаев <a.toleubayev@karaganda-agro.gov.kz>", "Қоғамдық кеңес отырысына шақыру", "Mon, 22 Mar 2027 10:01:00 +0500",
                 "<pc-300327@karaganda-agro.gov.kz>", text=body, atts=[("kun_tartibi.docx", agenda, DOCX)]))
    other_key(n, ["body", "kun_tartibi.docx"], "kk")
    ctx(n, ag, [("01204019", "Субсидирование стоимости удобрений")], "consulting", None, "Передать приглашение руководству", False)


# N25 — request to extend the deadline (interim, nothing given yet), Kazakh then Russian, HTML only
def n25():
    n = "n25-deadline-extension.eml"
    ag = {"name": "Жамбыл облысының қорғаныс істері жөніндегі департаменті", "email": "ddo@zhambyl-qorganys.gov.kz", "bin": "000840006625"}
    html = """<p>Бірыңғай байланыс орталығына</p>
<p>№ ЕКЦ-2027/108 хатыңыз бойынша 1-қосымшаны толтыру үшін Қазақстан Республикасы Қорғаныс министрлігімен келісу қажет. Осыған байланысты ақпарат беру мерзімін 2027 жылғы 26 ақпанға дейін ұзартуыңызды сұраймыз. Жауапты тұлға келісу аяқталғаннан кейін тағайындалады.</p>
<p>Просим продлить срок представления информации по письму № ЕКЦ-2027/108 до 26 февраля 2027 года в связи с необходимостью согласования с Министерством обороны. Ответственное лицо будет назначено после согласования.</p>
<p>Департамент бастығының орынбасары подполковник Қ. Тасболатов</p>"""
    write(n, eml("ddo@zhambyl-qorganys.gov.kz", "№ ЕКЦ-2027/108 мерзімді ұзарту туралы", "Thu, 11 Feb 2027 12:12:12 +0500",
                 "<ext-108@zhambyl-qorganys.gov.kz>", html=html, irt="<req-2027-108@ekc.gov.kz>"))
    other_key(n, ["body"])
    ctx(n, ag, [("01801004", "Выдача справки об отсрочке от призыва на воинскую службу")], "appointment",
        ol("ЕКЦ-2027/108", "2027-02-08", "О назначении ответственного лица и представлении информации"),
        "Продлить контрольный срок; ответственного ещё ждём", False)


if __name__ == "__main__":
    g = dict(globals())
    for name in sorted(g):
        if (name[0] in "rn") and name[1:].isdigit() and callable(g[name]):
            g[name]()
    print("done")
