#!/usr/bin/env python3
"""Generator of the "saule" decoy corpus (round 3b).

Ninety documents that land in the Unified Contact Centre's mailbox and are NOT replies that
should move a case: minutes, internal orders, digests, refusals of other things, questions and
requests for more time, acknowledgements, invitations, auto-replies, bounces, spam, drafts and
forms for other purposes.  Every key's documents are kind "other"; every context is_reply false.

Run with the venv that has python-docx, openpyxl and reportlab:
    /tmp/cv-saule/bin/python make.py
All texts are written by hand below; the output is deterministic (fixed boundaries, ids, dates).
"""
import base64
import datetime as dt
import io
import json
import quopri
import sys
from email.header import Header
from pathlib import Path

OUT = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_S = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_SB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
MANIFEST = []
ALL = []   # (file name, key) for the self-check

# ----------------------------------------------------------------------------------------------
# Agencies (all invented: names of units, e-mail domains, BINs, addresses)
# ----------------------------------------------------------------------------------------------
AG = {}


def agency(code, name, email, bin_, services, short=None):
    AG[code] = {"name": name, "email": email, "bin": bin_,
                "services": [{"registry_number": r, "name": n} for r, n in services],
                "short": short or name}


agency("zher_kst", "Управление земельных отношений акимата Костанайской области", "kanc@zher.kostanay.gov.kz",
       "080540003317", [("00201014", "Выдача решения на изменение целевого назначения земельного участка"),
                        ("00201027", "Утверждение землеустроительных проектов по формированию земельных участков")])
agency("obr_pvl", "Управление образования Павлодарской области", "uo@bilim.pavlodar.gov.kz", "990340001845",
       [("00504011", "Прием документов и зачисление в организации дополнительного образования для детей"),
        ("00504019", "Выдача дубликатов документов об основном среднем, общем среднем образовании")])
agency("selkh_akm", "Управление сельского хозяйства Акмолинской области", "ush@agro.akmola.gov.kz", "021040006621",
       [("00601007", "Субсидирование стоимости удобрений (за исключением органических)"),
        ("00601031", "Выдача ветеринарной справки")])
agency("zdrav_krg", "Управление здравоохранения Карагандинской области", "kense@densaulyk.karaganda.gov.kz",
       "980940002264", [("01001009", "Выдача справки с туберкулезного диспансера"),
                        ("01001022", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")])
agency("ah_zhan", "Аппарат акима Жанааркинского района", "akimat@zhanaarka.karaganda.gov.kz", "010240004417",
       [("00303002", "Выдача справки о наличии личного подсобного хозяйства"),
        ("00303015", "Регистрация и постановка на учет безработных граждан")])
agency("arhiv_atr", "Управление культуры, архивов и документации Атырауской области", "madeniet@atyrau.gov.kz",
       "060340009913", [("00703001", "Выдача архивных справок"),
                        ("00706002", "Выдача свидетельства на право временного вывоза культурных ценностей")])
agency("tsm_almaty", "Управление занятости и социальных программ города Алматы", "info@enbek.almaty.gov.kz",
       "050740001256", [("00801003", "Назначение государственной адресной социальной помощи"),
                        ("00801044", "Оформление документов на инвалидов для предоставления им кресла-коляски")])
agency("krs_mju", "Комитет регистрационной службы и оказания правовой помощи Министерства юстиции Республики Казахстан",
       "kanc@tirkeu.adilet.gov.kz", "040340007781",
       [("00901005", "Апостилирование официальных документов, исходящих из органов юстиции"),
        ("00901018", "Государственная регистрация актов гражданского состояния (повторная выдача свидетельства)")])
agency("stroi_zko", "Управление строительства, архитектуры и градостроительства Западно-Казахстанской области",
       "sau@kurylys.zko.gov.kz", "110140015572",
       [("00402003", "Выдача архитектурно-планировочного задания"),
        ("00402011", "Выдача разрешения на производство строительно-монтажных работ")])
agency("mangy_tr", "Управление пассажирского транспорта и автомобильных дорог Мангистауской области",
       "zholdar@mangystau.gov.kz", "070640011146",
       [("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров"),
        ("00302025", "Выдача лицензии на перевозку пассажиров автобусами")])
agency("tilder_sko", "Управление по развитию языков Северо-Казахстанской области", "tilder@sko.gov.kz",
       "030940004438", [("00707004", "Согласование эскизов наружной (визуальной) рекламы на языках")])
agency("ko_turk", "Түркістан облысы ауыл шаруашылығы басқармасы", "ashb@turkistan.gov.kz", "180840025514",
       [("00601012", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау"),
        ("00601031", "Ветеринариялық анықтама беру")])
agency("bilim_kzl", "Қызылорда облысының білім басқармасы", "kense@bilim.kyzylorda.gov.kz", "990240003376",
       [("00504007", "Бастауыш, негізгі орта, жалпы орта білім беру ұйымдарына оқуға қабылдау"),
        ("00504019", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру")])
agency("akim_zhet", "Жетісу облысы Ескелді ауданының әкімдігі", "akimat@eskeldi.zhetisu.gov.kz", "221040017729",
       [("00303002", "Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру"),
        ("00303021", "Мүгедектігі бар балаларды үйде оқытуға шығындарды өтеу")])
agency("zhumys_abai", "Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
       "enbek@abai.gov.kz", "220940031185",
       [("00801003", "Мемлекеттік атаулы әлеуметтік көмек тағайындау"),
        ("00801019", "Үйде әлеуметтік қызмет көрсетуге құжаттарды ресімдеу")])
agency("densau_shym", "Шымкент қаласының денсаулық сақтау басқармасы", "densaulyk@shymkent.gov.kz", "150340021907",
       [("01001022", "Алғашқы медициналық-санитариялық көмек көрсететін медициналық ұйымға бекіту"),
        ("01001031", "Дәрігерлік-консультациялық комиссия қорытындысын беру")])
agency("mad_ulytau", "Ұлытау облысының мәдениет, тілдерді дамыту және архив ісі басқармасы", "madeniet@ulytau.gov.kz",
       "220840019951", [("00703001", "Архивтік анықтамалар беру")])
agency("kz_aktobe", "Ақтөбе облысының жер қатынастары басқармасы", "zher@aktobe.gov.kz", "060240007734",
       [("00201014", "Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру"),
        ("00201033", "Жер учаскесіне сәйкестендіру құжаттарын беру")])
agency("sport_ast", "Управление физической культуры и спорта города Астаны", "sport@astana.gov.kz", "050140002218",
       [("00705002", "Присвоение спортивных разрядов: кандидат в мастера спорта, спортсмен 1 разряда"),
        ("00705009", "Аккредитация местных спортивных федераций")])
agency("vet_vko", "Управление ветеринарии Восточно-Казахстанской области", "vet@vko.gov.kz", "041040009981",
       [("00601031", "Выдача ветеринарной справки"), ("00601038", "Выдача ветеринарного паспорта на животное")])
agency("prirod_kmg", "Комитет экологического регулирования и контроля Министерства экологии Республики Казахстан",
       "kerk@ecogeo.gov.kz", "190940008812",
       [("01102004", "Выдача экологического разрешения на воздействие для объектов I категории"),
        ("01102017", "Выдача заключения государственной экологической экспертизы")])
agency("gosdoh_kst", "Департамент государственных доходов по Костанайской области", "dgd@kgd.kostanay.gov.kz",
       "081240011178", [("01204002", "Регистрационный учет налогоплательщиков"),
                        ("01204015", "Выдача справки об отсутствии (наличии) налоговой задолженности")])
agency("akim_so", "Аппарат акима Кызылжарского сельского округа Аксуского района", "kyzylzhar.so@aksu.gov.kz",
       "120440027716", [("00303002", "Выдача справки о наличии личного подсобного хозяйства"),
                        ("00303029", "Выдача справки о составе семьи")])
agency("nedvizh", "Департамент юстиции Жамбылской области", "dju@zhambyl.adilet.gov.kz", "951140000417",
       [("00901022", "Государственная регистрация юридических лиц (учреждений)"),
        ("00901030", "Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество")])
agency("tsifra", "Комитет по информационной безопасности Министерства цифрового развития Республики Казахстан",
       "kib@infosec.gov.kz", "190340016608",
       [("01302001", "Выдача лицензии на деятельность по оказанию услуг в сфере информационной безопасности")])
agency("pvl_zhkh", "Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Экибастуза",
       "zhkh@ekibastuz.gov.kz", "100840012290",
       [("00402027", "Постановка на учет и очередность граждан, нуждающихся в жилище"),
        ("00402031", "Выдача решения о переводе жилого помещения в нежилое")])
agency("mts_atr", "Управление энергетики и жилищно-коммунального хозяйства Атырауской области",
       "energo@atyrau.gov.kz", "080340018830", [("00402039", "Выдача паспорта готовности отопительных котельных")])
agency("zhamb_din", "Жамбыл облысының дін істері басқармасы", "din@zhambyl.gov.kz", "110540018876",
       [("00708003", "Діни әдебиетті тарату үшін арнайы тұрақты үй-жайлардың орналастырылуын келісу")])
agency("mtszn", "Министерство труда и социальной защиты населения Республики Казахстан", "kanc@enbek.gov.kz",
       "990440002218", [("00801003", "Назначение государственной адресной социальной помощи"),
                        ("00801044", "Оформление документов на инвалидов для предоставления им кресла-коляски")])
agency("mio_alm_obl", "Управление пассажирского транспорта и автомобильных дорог Алматинской области",
       "ptad@almobl.gov.kz", "110240016632",
       [("00302025", "Выдача лицензии на перевозку пассажиров автобусами"),
        ("00302033", "Согласование маршрутов регулярных междугородных перевозок")])


# ----------------------------------------------------------------------------------------------
# Writing helpers
# ----------------------------------------------------------------------------------------------
def our(number, date, subject):
    return {"number": number, "date": date, "subject": subject}


S_INFO = "О представлении информации по государственным услугам (форма Приложения 1)"
S_APP = "О назначении ответственного лица за представление информации в Единый контакт-центр"
S_TRAIN = "О проведении обучения сотрудников Единого контакт-центра и подписании протокола"
S_ADD = "О представлении дополнительной информации по государственной услуге"


def D(part, lang=None):
    d = {"part": part, "kind": "other"}
    if lang:
        d["language"] = lang
    return d


def emit(name, data, docs, ag, regs, awaiting, letter, effect, *, lang, fmt, sort, hard):
    """Write NAME, its key and its context, and remember a manifest line."""
    a = AG[ag]
    if isinstance(data, str):
        data = data.encode("utf-8")
    (OUT / name).write_bytes(data)
    key = {"exit": 0, "documents": docs}
    (OUT / (name + ".expected.json")).write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
    services = [s for s in a["services"] if regs is None or s["registry_number"] in regs]
    ctx = {"agency": {"name": a["name"], "email": a["email"], "bin": a["bin"]},
           "services": services, "awaiting": awaiting, "our_letter": letter,
           "expected_effect": effect, "is_reply": False}
    (OUT / (name + ".context.json")).write_text(json.dumps(ctx, ensure_ascii=False, indent=2) + "\n",
                                                encoding="utf-8")
    MANIFEST.append((name, sort, lang, fmt, hard))
    ALL.append((name, key))


# ---------------------------------------------------------------- e-mail (hand-rolled MIME)
def h(text, charset="utf-8", enc="b"):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode() if enc == "b" else \
            "=?%s?Q?%s?=" % (charset, quopri.encodestring(text.encode(charset), header=True).decode("ascii"))


def a_(name, email, charset="utf-8"):
    if not name:
        return email
    return "%s <%s>" % (h(name, charset), email)


def _b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def text(body, subtype="plain", charset="utf-8", label="same", cte="base64", extra=None):
    """A text leaf.  label: 'same' = the real charset, None = no charset parameter, or another name."""
    raw = body.encode(charset)
    ct = "text/%s" % subtype
    lab = charset if label == "same" else label
    if lab:
        ct += '; charset="%s"' % lab
    hd = [("Content-Type", ct)]
    if cte == "base64":
        payload = _b64(raw).encode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        if not payload.endswith(b"\n"):
            payload += b"\n"
    else:
        payload = raw if raw.endswith(b"\n") else raw + b"\n"
    hd.append(("Content-Transfer-Encoding", cte))
    if extra:
        hd += extra
    return (hd, payload)


MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf", "txt": "text/plain", "png": "image/png",
}


def att(filename, data, ctype=None, style="both"):
    """An attachment leaf.  style: 'both' (RFC 2047 name + RFC 2231 filename*, like Outlook),
    '2231' (filename* only, like Thunderbird), 'plain' (ASCII names)."""
    ctype = ctype or MIME_TYPES[filename.rsplit(".", 1)[-1].lower()]
    try:
        filename.encode("ascii")
        ascii_ = True
    except UnicodeEncodeError:
        ascii_ = False
    if ascii_ or style == "plain":
        ct = '%s; name="%s"' % (ctype, filename)
        cd = 'attachment; filename="%s"' % filename
    else:
        from urllib.parse import quote
        enc = quote(filename.encode("utf-8"), safe="")
        if style == "2231":
            ct = "%s; name*=utf-8''%s" % (ctype, enc)
            cd = "attachment;\n filename*=utf-8''%s" % enc
        else:
            ct = '%s;\n name="%s"' % (ctype, h(filename))
            cd = 'attachment;\n filename="%s";\n filename*=utf-8\'\'%s' % (h(filename), enc)
    return ([("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")],
            _b64(data).encode("ascii"))


def raw_part(headers, payload):
    return (headers, payload if isinstance(payload, bytes) else payload.encode("utf-8"))


def multi(subtype, parts, boundary, params=""):
    hd = [("Content-Type", 'multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary))]
    out = b""
    for ph, pb in parts:
        out += b"--" + boundary.encode() + b"\n" + _hdrs(ph) + b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return (hd, out)


def _hdrs(hd):
    return b"".join(("%s: %s\n" % (k, v)).encode("utf-8") for k, v in hd)


def mail(headers, body, preamble=False, crlf=False):
    """headers: list of (name, value) already encoded; body: a part (headers, payload)."""
    ph, pb = body
    out = _hdrs(headers) + b"MIME-Version: 1.0\n" + _hdrs(ph) + b"\n"
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    out += pb
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def hdr(frm, to, subject, date, msgid, cc=None, charset="utf-8", extra=None, enc="b"):
    fold = lambda v: v.replace(", ", ",\n ") if len(v) > 70 else v
    hd = [("From", frm), ("To", fold(to))]
    if cc:
        hd.append(("Cc", fold(cc)))
    hd += [("Subject", h(subject, charset, enc)), ("Date", date), ("Message-ID", msgid)]
    if extra:
        hd += extra
    return hd


EKC = "info@ekc.gov.kz"
EKC_TO = a_("Единый контакт-центр", EKC)

# ---------------------------------------------------------------- DOCX
def make_docx(blocks, author="user", font="Times New Roman", size=12, landscape=False, margins=None):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    m = margins or (2.0, 1.5, 2.0, 1.5)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in m]
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    doc.core_properties.created = dt.datetime(2027, 1, 1, 9, 0)
    doc.core_properties.modified = dt.datetime(2027, 1, 1, 9, 0)
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
          "l": WD_ALIGN_PARAGRAPH.LEFT}
    for b in blocks:
        if isinstance(b, str):
            b = ("p", b, "")
        if b[0] == "p":
            opts = b[2] if len(b) > 2 else ""
            p = doc.add_paragraph()
            for ch in "crjl":
                if ch in opts:
                    p.alignment = al[ch]
            lines = b[1].split("\n")
            for i, line in enumerate(lines):
                r = p.add_run(line)
                r.bold = "B" in opts
                r.italic = "I" in opts
                r.underline = "U" in opts
                if "S" in opts:
                    r.font.size = Pt(size - 2)
                if "H" in opts:
                    r.font.size = Pt(size + 2)
                if i < len(lines) - 1:
                    r.add_break()
        elif b[0] == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=0, cols=ncol)
            if opts.get("grid", True):
                t.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci in range(ncol):
                    val = row[ci] if ci < len(row) else ""
                    cells[ci].text = ""
                    par = cells[ci].paragraphs[0]
                    for li, line in enumerate(str(val).split("\n")):
                        r = par.add_run(line)
                        if ri < opts.get("bold_rows", 1 if opts.get("grid", True) else 0):
                            r.bold = True
                        if opts.get("small"):
                            r.font.size = Pt(size - 2)
                        if li < len(str(val).split("\n")) - 1:
                            r.add_break()
            for (r0, c0, r1, c1) in opts.get("merge", []):
                t.cell(r0, c0).merge(t.cell(r1, c1))
            if opts.get("widths"):
                for row in t.rows:
                    for ci, w in enumerate(opts["widths"]):
                        row.cells[ci].width = Cm(w)
        elif b[0] == "br":
            doc.add_page_break()
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- PDF
_PDF_READY = []


def _pdf_fonts():
    if _PDF_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    pdfmetrics.registerFont(TTFont("DVS", FONT_S))
    pdfmetrics.registerFont(TTFont("DVSB", FONT_SB))
    _PDF_READY.append(1)


def make_pdf(blocks, title="", author="", serif=False, size=10.5, landscape=False):
    _pdf_fonts()
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY, TA_LEFT
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from xml.sax.saxutils import escape
    fn, fb = ("DVS", "DVSB") if serif else ("DV", "DVB")
    bio = io.BytesIO()
    ps = land(A4) if landscape else A4
    doc = SimpleDocTemplate(bio, pagesize=ps, leftMargin=2.2 * cm, rightMargin=1.6 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title=title, author=author, invariant=1)
    al = {"c": TA_CENTER, "r": TA_RIGHT, "j": TA_JUSTIFY, "l": TA_LEFT}
    story = []
    for b in blocks:
        if isinstance(b, str):
            b = ("p", b, "")
        if b[0] == "p":
            opts = b[2] if len(b) > 2 else ""
            align = TA_LEFT
            for ch in "crjl":
                if ch in opts:
                    align = al[ch]
            sz = size + (2 if "H" in opts else 0) - (1.5 if "S" in opts else 0)
            st = ParagraphStyle("x", fontName=fb if "B" in opts else fn, fontSize=sz, leading=sz * 1.3,
                                alignment=align, spaceAfter=4)
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), st))
        elif b[0] == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif b[0] == "br":
            story.append(PageBreak())
        elif b[0] == "table":
            opts = b[2] if len(b) > 2 else {}
            sz = opts.get("size", size - 1.5)
            st = ParagraphStyle("t", fontName=fn, fontSize=sz, leading=sz * 1.25)
            stb = ParagraphStyle("tb", fontName=fb, fontSize=sz, leading=sz * 1.25)
            nb = opts.get("bold_rows", 1)
            data = [[Paragraph(escape(str(c)).replace("\n", "<br/>"), stb if ri < nb else st) for c in row]
                    for ri, row in enumerate(b[1])]
            widths = [w * cm for w in opts["widths"]] if opts.get("widths") else None
            t = Table(data, colWidths=widths, repeatRows=nb)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)
    return bio.getvalue()


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author="user"):
    """sheets: list of dicts {title, rows, merge: ['A1:H1'], widths: {'A': 6}, bold: [row numbers], wrap}"""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, Border, Side
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for sh in sheets:
        ws = wb.create_sheet(sh["title"])
        for r in sh["rows"]:
            ws.append(list(r))
        for m in sh.get("merge", []):
            ws.merge_cells(m)
        for col, w in sh.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        for rn in sh.get("bold", []):
            for c in ws[rn]:
                c.font = Font(bold=True)
        if sh.get("grid"):
            r0, r1 = sh["grid"]
            for row in ws.iter_rows(min_row=r0, max_row=r1):
                for c in row:
                    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.creator = author
    wb.properties.created = dt.datetime(2027, 1, 1, 9, 0)
    wb.properties.modified = dt.datetime(2027, 1, 1, 9, 0)
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


# ==============================================================================================
# P. Minutes (протокол / хаттама) of working groups, commissions, hearings, trainings
# ==============================================================================================
def p01():
    name = "p01-protokol-rg-optimizaciya.eml"
    docx = make_docx([
        ("p", "ПРОТОКОЛ № 3\nзаседания рабочей группы по вопросам оптимизации и автоматизации\n"
              "государственных услуг в сфере земельных отношений", "cB"),
        ("table", [["г. Костанай", "02 марта 2027 года\n15.00 ч., каб. 314"]], {"grid": False}),
        "Председательствовал: Жакупов Ерболат Кайратович – руководитель управления.",
        "Присутствовали: Алимжанова Гульмира Сабитовна, Ковалев Денис Игоревич, Тулеуова Асель Маратовна, "
        "Омаров Бахытжан (представитель филиала НАО «Правительство для граждан»), Рахимова Сауле Ерлановна.",
        ("p", "ПОВЕСТКА ДНЯ:", "B"),
        "1. О ходе перевода государственных услуг «Выдача решения на изменение целевого назначения земельного "
        "участка» (№ 00201014) и «Утверждение землеустроительных проектов по формированию земельных участков» "
        "(№ 00201027) в проактивный формат.",
        "2. О нарушениях сроков оказания государственных услуг, выявленных по итогам IV квартала 2026 года.",
        ("p", "1. СЛУШАЛИ:", "B"),
        "Ковалева Д.И., который доложил, что из 214 заявлений по услуге № 00201014 за январь–февраль 2027 года "
        "194 поступили через портал «электронного правительства», 20 – через ЦОН. Проблемным остается "
        "межведомственный запрос в ИС ЕГКН: в 11 случаях ответ поступал позже двух рабочих дней.",
        ("p", "2. СЛУШАЛИ:", "B"),
        "Тулеуову А.М.: по итогам внутреннего контроля установлено 3 факта нарушения сроков (все по услуге "
        "№ 00201027), виновным работникам объявлены замечания.",
        ("p", "РЕШИЛИ:", "B"),
        "1. Информацию докладчиков принять к сведению.\n"
        "2. Отделу землеустройства (Ковалев Д.И.) до 20 марта 2027 года направить в Министерство сельского хозяйства "
        "предложения по сокращению перечня документов по услуге № 00201014.\n"
        "3. Определить Алимжанову Гульмиру Сабитовну, главного специалиста отдела правового обеспечения, "
        "ответственной за еженедельный мониторинг сроков в ИС «Мониторинг», тел. 8 (7142) 53-18-60.\n"
        "4. Следующее заседание провести в апреле 2027 года.",
        ("table", [["Председатель", "Е. Жакупов"], ["Секретарь", "С. Рахимова"]], {"grid": False}),
    ], author="Rakhimova_S")
    body = ("Добрый день!\n\nНаправляем протокол заседания рабочей группы от 02.03.2027 г. для сведения.\n\n"
            "--\nС уважением,\nРахимова Сауле Ерлановна\nглавный специалист\nУправление земельных отношений "
            "акимата Костанайской области\nтел. 8 (7142) 53-18-44\n")
    msg = mail(hdr(a_("Рахимова Сауле", "s.rakhimova@zher.kostanay.gov.kz"), EKC, "Протокол РГ №3",
                   "Thu, 04 Mar 2027 11:26:40 +0500", "<20270304112640.8812@zher.kostanay.gov.kz>"),
               multi("mixed", [text(body, cte="8bit"), att("Протокол РГ №3 от 02.03.2027.docx", docx)],
                     "----=_NextPart_000_0A1B_01DB8C11.5A2C0E10"), preamble=True)
    emit(name, msg, [D("Протокол РГ №3 от 02.03.2027.docx", "ru")], "zher_kst", None, "protocol",
         our("ЕКЦ-2027/082", "2027-02-17", S_TRAIN),
         "ignore: minutes of the agency's own working group, not the ЕКЦ training protocol; keep waiting",
         lang="ru", fmt="eml+docx", sort="minutes",
         hard="protocol with date, both registry numbers, РЕШИЛИ and a named 'ответственной' person while ЕКЦ awaits a protocol")


def p02():
    name = "p02-hattama-qogamdyq-tyndau.pdf"
    pdf = make_pdf([
        ("p", "Қызылорда облысының білім басқармасы", "cB"),
        ("p", "ХАТТАМА № 2\n«Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» мемлекеттік "
              "көрсетілетін қызмет стандартының жобасы бойынша жария талқылау (қоғамдық тыңдау)", "cB"),
        ("p", "Қызылорда қ.                                                                                2027 жылғы 19 ақпан", ""),
        "Тыңдауға қатысқандар: 37 адам, оның ішінде мектеп директорлары, ата-аналар комитетінің өкілдері, "
        "«Атамекен» өңірлік кәсіпкерлер палатасының өкілі Сейтқали Нұрлан Бекұлы, облыстық қоғамдық кеңес мүшелері.",
        "Төрағалық етті: басшының орынбасары Әбдіразақова Гүлнар Сәрсенқызы.",
        ("p", "Күн тәртібі:", "B"),
        "1. № 00504019 мемлекеттік көрсетілетін қызмет стандартының жобасын таныстыру.\n"
        "2. № 00504007 қызмет бойынша құжаттарды қабылдау мерзімдері туралы ұсыныстар.",
        ("p", "ТЫҢДАЛДЫ:", "B"),
        "Мектепке дейінгі және орта білім бөлімінің басшысы Жолдасбеков Айдос Ержанұлы жобаның негізгі "
        "өзгерістерін баяндады: қызмет көрсету мерзімі 15 жұмыс күнінен 5 жұмыс күніне қысқарады, "
        "телнұсқа тек электрондық өтініш арқылы беріледі.",
        "Ата-аналар атынан Иманбаева Ақмарал сөз алып, ауылдық жерлерде интернеттің болмауына байланысты "
        "қағаз түрінде өтініш беру мүмкіндігін сақтауды сұрады.",
        ("p", "ШЕШТІ:", "B"),
        "1. Жобаны жалпы қолдау.\n"
        "2. Қағаз түрінде өтініш беру мүмкіндігін сақтау туралы ұсынысты Оқу-ағарту министрлігіне 2027 жылғы "
        "1 наурызға дейін жіберу.\n"
        "3. Тыңдау нәтижелерін басқарманың интернет-ресурсында жариялау.",
        ("sp", 14),
        ("table", [["Төраға", "_____________ Г. Әбдіразақова"], ["Хатшы", "_____________ Д. Төлеген"]],
         {"grid": False, "bold_rows": 0}),
    ], title="Хаттама 2", author="Bilim basqarmasy")
    emit(name, pdf, [D(name, "kk")], "bilim_kzl", ["00504019"], "information",
         our("ЕКЦ-2027/073", "2027-02-11", S_INFO),
         "ignore: minutes of a public hearing on a draft standard; the Appendix 1 information is still awaited",
         lang="kk", fmt="pdf", sort="minutes",
         hard="Kazakh хаттама with registry numbers, a date and ШЕШТІ; a public hearing, not an ЕКЦ reply")


def p03():
    name = "p03-protokol-obucheniya-con.docx"
    data = make_docx([
        ("p", "УТВЕРЖДАЮ\nЗаместитель руководителя\nУправления ветеринарии\nВосточно-Казахстанской области\n"
              "_____________ Т. Сапаргалиев\n«10» февраля 2027 г.", "r"),
        ("p", "ПРОТОКОЛ\nобучения сотрудников филиала НАО «Государственная корпорация «Правительство для граждан» "
              "по Восточно-Казахстанской области по вопросам оказания государственных услуг", "cB"),
        "Дата проведения: 09.02.2027 г., 10:00–12:30\nМесто: г. Усть-Каменогорск, ул. Кабанбай батыра, 40, "
        "конференц-зал ЦОН № 1",
        "Обучение провела: Кенесова Динара Муратовна, главный специалист отдела ветеринарного контроля.",
        "Обучены: операторы фронт-офиса ЦОН №№ 1, 2, 4 (список – в приложении, 23 человека).",
        ("p", "Рассмотренные государственные услуги:", "B"),
        ("table", [["№", "Код услуги в Реестре", "Наименование", "Кол-во вопросов от операторов"],
                   ["1", "00601031", "Выдача ветеринарной справки", "7"],
                   ["2", "00601038", "Выдача ветеринарного паспорта на животное", "4"]],
         {"widths": [1, 3.5, 8, 3.5]}),
        "По итогам обучения операторам разъяснены: перечень документов, основания для отказа, сроки выдачи "
        "результата, порядок межведомственного запроса в ИС «ИБСПР».",
        ("p", "Предложения: провести повторное обучение для операторов районных отделов в марте 2027 года.", "I"),
        ("table", [["От Управления ветеринарии:", "От филиала НАО «ГК «Правительство для граждан»:"],
                   ["__________ Д. Кенесова", "__________ А. Бейсембаев, руководитель отдела"]],
         {"grid": False, "bold_rows": 0}),
    ], author="Kenesova")
    emit(name, data, [D(name, "ru")], "vet_vko", None, "protocol",
         our("ЕКЦ-2027/053", "2027-01-28", S_TRAIN),
         "ignore: a training of the public service centre's operators, not of the contact centre; the ЕКЦ protocol is still awaited",
         lang="ru", fmt="docx", sort="minutes",
         hard="looks like a training protocol: date, registry numbers in a table, two signatures — but the trainees are ЦОН operators")


def p04():
    name = "p04-protokol-apparatnogo-soveshaniya.eml"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang=RU link="#0563C1" vlink="#954F72"><div class=WordSection1>
<p class=MsoNormal>Коллеги, добрый день.<o:p></o:p></p>
<p class=MsoNormal>По поручению руководителя аппарата направляю выписку из протокола аппаратного совещания (пункт 4
касается работы с ЕКЦ 1414, просьба учесть в работе).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal align=center style='text-align:center'><b>ВЫПИСКА<br>из протокола аппаратного совещания при акиме
Жанааркинского района № 07 от 22.02.2027 г.</b><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>4. О качестве оказания государственных услуг населению района.</b><o:p></o:p></p>
<p class=MsoNormal>Заслушана информация главного специалиста по государственным услугам Сейткалиевой Б.Н. о
результатах мониторинга за январь 2027 года: оказано 1 418 услуг, из них «Выдача справки о наличии личного
подсобного хозяйства» (00303002) – 612, «Регистрация и постановка на учет безработных граждан» (00303015) – 97.
Нарушений сроков не допущено. Поступили 2 обращения граждан через ЕКЦ 1414 по вопросу справок ЛПХ.<o:p></o:p></p>
<p class=MsoNormal><b>Поручено:</b><o:p></o:p></p>
<p class=MsoNormal>4.1. Акимам сельских округов обеспечить актуальность сведений похозяйственного учета в ИС
«Е-похозяйственная книга» – постоянно.<o:p></o:p></p>
<p class=MsoNormal>4.2. Сейткалиевой Б.Н. еженедельно по понедельникам докладывать руководителю аппарата о
поступивших через ЕКЦ обращениях.<o:p></o:p></p>
<p class=MsoNormal>4.3. Отделу занятости и социальных программ (Мукашев Т.А.) до 05.03.2027 г. провести
разъяснительную работу в сельских округах.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Руководитель аппарата акима района&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; К. Омарбеков<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='color:#1F3864'>Сейткалиева Ботагоз Нурлановна<br>главный специалист<br>
тел.: 8 (71030) 2-14-77</span><o:p></o:p></p>
</div></body></html>
"""
    msg = mail(hdr(a_("Сейткалиева Ботагоз", "b.seitkalieva@zhanaarka.karaganda.gov.kz", "windows-1251"),
                   a_("ЕКЦ", EKC, "windows-1251") + ", " + a_("Мукашев Талгат", "t.mukashev@zhanaarka.karaganda.gov.kz", "windows-1251"),
                   "Выписка из протокола аппаратного совещания №07", "Fri, 26 Feb 2027 09:14:02 +0500",
                   "<000001db87f1$3b9e4c10$b2dae430$@zhanaarka.karaganda.gov.kz>", charset="windows-1251",
                   extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AduH8TueTBCy2uQwKmE2Sa8Q0cQ+1A==")]),
               text(html, "html", "windows-1251", cte="quoted-printable"), crlf=True)
    emit(name, msg, [D("body", "ru")], "ah_zhan", None, "additional_answer",
         our("ЕКЦ-2027/079", "2027-02-15", S_ADD + " «Выдача справки о наличии личного подсобного хозяйства»"),
         "ignore: an extract from internal meeting minutes sent for information; the additional answer is still awaited",
         lang="ru", fmt="eml (HTML only, windows-1251, QP)", sort="minutes",
         hard="HTML-only Outlook mail, registry numbers and ЕКЦ named in 'Поручено'; not the additional information asked for")


def p05():
    name = "p05-ishki-oqytu-hattamasy.eml"
    docx = make_docx([
        ("p", "Жетісу облысы Ескелді ауданы әкімінің аппараты", "cB"),
        ("p", "ІШКІ ОҚЫТУ ХАТТАМАСЫ № 1", "cBH"),
        ("p", "Қарабұлақ кенті                                                                 15.01.2027 ж.", ""),
        "Тақырыбы: «Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасы Заңының 2026 жылғы "
        "өзгерістері және мемлекеттік қызметтерді электрондық форматта көрсету.",
        "Оқытуды жүргізген: мемлекеттік қызметтер бойынша бас маман Тоқтарова Жанар Ерболқызы.",
        "Қатысқандар: аудан әкімі аппаратының және ауылдық округтер әкімдері аппараттарының 19 қызметкері "
        "(тізім қоса беріледі).",
        ("p", "Қаралған мәселелер:", "B"),
        "1) «Жеке қосалқы шаруашылықтың бар екендігі туралы анықтама беру» (00303002) – электрондық "
        "шаруашылық кітабы арқылы анықтама беру тәртібі;\n"
        "2) «Мүгедектігі бар балаларды үйде оқытуға шығындарды өтеу» (00303021) – құжаттарды тексеру;\n"
        "3) өтініштерді қабылдаудан бас тарту негіздері және оны ресімдеу.",
        ("p", "ШЕШІМ:", "B"),
        "1. Қызметкерлер білім деңгейін тестілеу 2027 жылғы 29 қаңтарда өткізілсін.\n"
        "2. Ауылдық округтер әкімдері аппараттарында «Е-шаруашылық кітабы» деректерін ай сайын жаңартып отыру.\n"
        "3. Келесі оқыту 2027 жылғы сәуірде өткізілсін.",
        ("table", [["№", "Т.А.Ә.", "Лауазымы", "Қолы"],
                   ["1", "Ахметов Нұрсұлтан", "бас маман", ""],
                   ["2", "Бекмаханова Айгүл Сейітқызы", "Қарабұлақ кенті әкімі аппаратының маманы", ""],
                   ["3", "Оспанов Еркебұлан Маратұлы", "Алдабергенов а/о әкімінің аппараты, бас маман", ""],
                   ["…", "", "", ""]], {"widths": [1, 5, 7, 3]}),
        ("p", "Оқытуды жүргізген: ____________ Ж. Тоқтарова", ""),
    ], author="Toktarova")
    body = ("Құрметті әріптестер!\n\nЕскелді ауданы әкімінің аппараты 2027 жылғы 15 қаңтарда өткен ішкі оқытудың "
            "хаттамасын ақпарат үшін жолдайды.\n\nҚұрметпен,\nЖанар Тоқтарова\nмемлекеттік қызметтер бойынша бас маман\n"
            "8 (72836) 3-12-09\n")
    msg = mail(hdr(a_("Тоқтарова Жанар", "toktarova.zh@eskeldi.zhetisu.gov.kz"), EKC,
                   "Ішкі оқыту хаттамасы", "Mon, 18 Jan 2027 16:02:55 +0500",
                   "<a4c1e2f7-55b0-4c3e-9d2a-7f31c0e9b8a2@eskeldi.zhetisu.gov.kz>",
                   extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")]),
               multi("mixed", [text(body, cte="base64"), att("Хаттама №1 ішкі оқыту.docx", docx, style="2231")],
                     "------------0mPq3rL8Zp2xYt5a9KcW1u7E"), preamble=True)
    emit(name, msg, [D("body", "kk"), D("Хаттама №1 ішкі оқыту.docx", "kk")], "akim_zhet", None, "protocol",
         our("ЕКЦ-2027/019", "2027-01-05", S_TRAIN),
         "ignore: minutes of the akimat's own staff training; ЕКЦ still awaits its own signed protocol",
         lang="kk", fmt="eml+docx", sort="minutes",
         hard="Kazakh 'оқыту хаттамасы' with registry numbers and a list of trainees while a training protocol is awaited")


def p06():
    name = "p06-protokol-komissii-vnutr-kontrol.xlsx"
    rows = [
        ["ПРОТОКОЛ № 4 заседания комиссии по внутреннему контролю за качеством оказания государственных услуг"],
        ["Управление занятости и социальных программ города Алматы", "", "", "", "", "", "28.01.2027"],
        [],
        ["№", "Код услуги", "Наименование государственной услуги", "Выявлено нарушений", "Характер нарушения",
         "Ответственный работник", "Принятые меры"],
        [1, "00801003", "Назначение государственной адресной социальной помощи", 5,
         "нарушение срока (на 1–3 раб. дня)", "Абенова К.Т., Жумагулов Р.С.", "замечание; повторное обучение"],
        [2, "00801044", "Оформление документов на инвалидов для предоставления им кресла-коляски", 1,
         "необоснованный отказ", "Литвиненко О.В.", "строгий выговор"],
        [3, "00801019", "Оформление документов на социальное обслуживание на дому", 0, "—", "—", "—"],
        [],
        ["РЕШИЛИ:"],
        ["1. Материалы по нарушениям направить в кадровую службу для применения мер дисциплинарной ответственности."],
        ["2. Отделу АСП (Абенова К.Т.) представить план устранения нарушений до 10.02.2027."],
        ["3. Результаты внутреннего контроля включить в отчет за I квартал 2027 года."],
        [],
        ["Председатель комиссии", "", "Сарсенбаев Д.К."],
        ["Секретарь", "", "Ким Е.А."],
    ]
    data = make_xlsx([{"title": "Протокол 4", "rows": rows, "merge": ["A1:G1"], "bold": [1, 4, 9],
                       "widths": {"A": 5, "B": 11, "C": 48, "D": 12, "E": 30, "F": 26, "G": 28}, "grid": (4, 7)},
                      {"title": "Лист2", "rows": [["члены комиссии: Сарсенбаев Д.К., Ким Е.А., Абенова К.Т., Нуркина Ж.Б."]]}],
                     author="Kim_EA")
    emit(name, data, [D(name, "ru")], "tsm_almaty", None, "information",
         our("ЕКЦ-2027/044", "2027-01-22", S_INFO),
         "ignore: internal control commission minutes as a table; the Appendix 1 form is still awaited",
         lang="ru", fmt="xlsx", sort="minutes",
         hard="a table with registry numbers, service names and a 'responsible' column while a form is awaited")


def p07():
    name = "p07-obshestvennyi-sovet-bilingual.eml"
    body = """Құрметті әріптестер! / Уважаемые коллеги!

Түркістан облысының ауыл шаруашылығы басқармасы облыстық қоғамдық кеңестің 2027 жылғы 11 наурыздағы
отырысының хаттамасынан үзінді ақпарат үшін жолдайды.
Управление сельского хозяйства Туркестанской области направляет для сведения выписку из протокола
заседания областного общественного совета от 11 марта 2027 года.

---------------------------------------------------------------
ХАТТАМАДАН ҮЗІНДІ / ВЫПИСКА ИЗ ПРОТОКОЛА № 3

3. Мемлекеттік қызметтер көрсету сапасы туралы / О качестве оказания государственных услуг

ТЫҢДАЛДЫ / СЛУШАЛИ: басқарма басшысы Серікбаев Қанат Әлиұлы «Асыл тұқымды мал шаруашылығын дамытуды
субсидиялау» (00601012) және «Ветеринариялық анықтама беру» (00601031) қызметтері бойынша.

ШЕШТІ / РЕШИЛИ:
3.1. Ақпарат назарға алынсын. / Информацию принять к сведению.
3.2. Субсидия алушылар тізілімін интернет-ресурста ай сайын жариялау ұсынылсын. / Рекомендовать ежемесячно
публиковать реестр получателей субсидий на интернет-ресурсе.
3.3. Мониторинг нәтижелерін 2027 жылғы II тоқсанда қайта қарау. / Вернуться к вопросу во II квартале 2027 года.

Хатшы / Секретарь: Әлімқұлова Ж.
---------------------------------------------------------------

Әлімқұлова Жанар
басқарманың қоғамдық кеңеспен жұмыс жөніндегі бас маманы /
главный специалист по работе с общественным советом
тел. 8 (72533) 5-60-71
"""
    msg = mail(hdr(a_("Әлімқұлова Жанар", "ashb@turkistan.gov.kz"), EKC,
                   "Хаттамадан үзінді / Выписка из протокола №3", "Tue, 16 Mar 2027 17:40:21 +0500",
                   "<3f9b2e1c.1d4a.4b8e.90a1.77c6b2d0f1e3@turkistan.gov.kz>"),
               text(body, cte="quoted-printable"))
    emit(name, msg, [D("body")], "ko_turk", None, "consulting", None,
         "ignore: a public council's minutes for information; nothing changes for the consulted services",
         lang="kk+ru", fmt="eml (plain, QP utf-8)", sort="minutes",
         hard="bilingual ТЫҢДАЛДЫ/СЛУШАЛИ minutes naming two registry numbers")


def p08():
    name = "p08-protokol-konkursnoi-komissii.pdf"
    pdf = make_pdf([
        ("p", "Департамент государственных доходов по Костанайской области", "cB"),
        ("p", "ПРОТОКОЛ\nзаседания конкурсной комиссии по проведению внутреннего конкурса\nсреди государственных "
              "служащих на занятие вакантной административной государственной должности корпуса «Б»", "cB"),
        ("p", "г. Костанай                                                                                   01.04.2027 г. № 12", ""),
        "Присутствовали члены конкурсной комиссии: Байжанов М.Т. (председатель), Исмаилова Р.К., Петренко В.В., "
        "Кусаинова Д.Ж. (секретарь, без права голоса).",
        "Вакантная должность: главный специалист отдела по работе с налогоплательщиками Управления "
        "государственных услуг (категория C-O-5), 1 единица.",
        ("p", "СЛУШАЛИ:", "B"),
        "Результаты собеседования с кандидатами, допущенными к собеседованию:",
        ("table", [["№", "Ф.И.О. кандидата", "Решение"],
                   ["1", "Жаксылыков Арман Талгатович", "рекомендован"],
                   ["2", "Сулейменова Дана Канатовна", "не рекомендована"],
                   ["3", "Гринь Ольга Николаевна", "не явилась"]], {"widths": [1, 8, 6]}),
        ("p", "РЕШИЛИ:", "B"),
        "1. Признать победителем внутреннего конкурса Жаксылыкова Армана Талгатовича.\n"
        "2. Службе управления персоналом в течение трех рабочих дней подготовить проект приказа о назначении.",
        ("sp", 12),
        "Председатель ______________ М. Байжанов",
        "Члены комиссии ______________ Р. Исмаилова   ______________ В. Петренко",
        "Секретарь ______________ Д. Кусаинова",
    ], title="Протокол конкурсной комиссии", author="DGD Kostanay")
    emit(name, pdf, [D(name, "ru")], "gosdoh_kst", None, "appointment",
         our("ЕКЦ-2027/132", "2027-03-24", S_APP),
         "ignore: a competition commission's minutes about a vacancy; the appointment of a responsible person is still awaited",
         lang="ru", fmt="pdf", sort="minutes",
         hard="winner 'рекомендован' for a post in the public services unit while ЕКЦ awaits an appointment")


def p09():
    name = "p09-zhedel-kenes-hattamasy.txt"
    body = """Абай облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы

ЖЕДЕЛ КЕҢЕС ХАТТАМАСЫ
Семей қаласы                                                       2027 жылғы 3 наурыз, № 9

Төрағалық еткен: басшы Мұқанов Асқар Төлеуғалиұлы
Қатысқандар: бөлім басшылары, «Азаматтарға арналған үкімет» филиалының өкілі Ғабдуллина С.

Күн тәртібінде:
1. ХҚКО-дағы кезектер және № 00801003 «Мемлекеттік атаулы әлеуметтік көмек тағайындау» қызметі бойынша
   өтініштерді қарау мерзімдері.
2. 1414 бірыңғай байланыс орталығына түскен шағымдар (ақпан айы – 4 шағым).

Тыңдалды: Ғабдуллина С. – ақпан айында ХҚКО-да орташа күту уақыты 27 минут болды.
Ақжолова Д. (АӘК бөлімі) – 4 шағымның 3-і негізсіз, 1-і бойынша маманға ескерту жасалды.

Шешім қабылданды:
1. Бөлім басшылары ХҚКО-мен өзара іс-қимыл кестесін 10 наурызға дейін бекітсін.
2. Шағымдарды талдау ай сайын жедел кеңесте қаралсын.
3. Бақылау басшының орынбасары Ж. Серғазиеваға жүктелсін.

Хаттаманы жүргізген: Қайыржанова Ә.
"""
    data = b"\xff\xfe" + body.replace("\n", "\r\n").encode("utf-16-le")
    emit(name, data, [D(name, "kk")], "zhumys_abai", None, "additional_answer",
         our("ЕКЦ-2027/095", "2027-02-26", S_ADD + " № 00801003"),
         "ignore: operational meeting minutes; the additional answer on 00801003 is still awaited",
         lang="kk", fmt="txt (UTF-16 LE, BOM, CRLF)", sort="minutes",
         hard="UTF-16 text; Kazakh minutes that mention 1414 complaints and the very service asked about")


def p10():
    name = "p10-protokol-rabochei-vstrechi-1414.eml"
    pdf = make_pdf([
        ("p", "ПРОТОКОЛ РАБОЧЕЙ ВСТРЕЧИ", "cBH"),
        ("p", "по вопросу взаимодействия call-центра Управления здравоохранения Карагандинской области «Денсаулық 1400» "
              "и Единого контакт-центра 1414", "c"),
        "Дата и место: 12 февраля 2027 года, г. Караганда, Управление здравоохранения, каб. 210 (в формате ВКС).",
        "Участники: от Управления – Ибраев Серик Жумабекович (заместитель руководителя), Гайдамак Инна Петровна "
        "(руководитель call-центра «Денсаулық 1400»); от ЕКЦ – Сулейменов Е.Б. (по ВКС).",
        ("p", "Обсуждены:", "B"),
        "1) переадресация звонков граждан по вопросам прикрепления к поликлиникам (услуга 01001022) с линии 1414 на "
        "линию 1400 и обратно;\n2) единый скрипт ответа по справкам из туберкулезного диспансера (01001009);\n"
        "3) обмен статистикой обращений.",
        ("p", "РЕШИЛИ:", "B"),
        "1. Управлению здравоохранения проработать техническую возможность переадресации звонков до 15.03.2027.\n"
        "2. ЕКЦ рассмотреть предложения по скрипту после их поступления.\n"
        "3. Вопрос обучения операторов ЕКЦ по услугам 01001009 и 01001022 рассмотреть дополнительно, после "
        "утверждения новых стандартов.\n"
        "4. Обмен статистикой осуществлять ежемесячно до 5 числа.",
        ("p", "Протокол составлен в одном экземпляре, подписи сторон не требуются (рабочая встреча).", "I"),
        "Протокол вела: Гайдамак И.П.",
    ], title="Протокол рабочей встречи 12.02.2027", author="Gaidamak")
    body = ("Здравствуйте!\r\n\r\nНаправляем протокол рабочей встречи от 12.02.2027 по вопросу взаимодействия "
            "call-центров. Замечания, если будут, просим направить до 22.02.\r\n\r\nГайдамак И.П.\r\n"
            "руководитель call-центра «Денсаулық 1400»\r\nУЗ Карагандинской области\r\n8 (7212) 50-14-00, вн. 112\r\n")
    body = body.replace("Денсаулық", "Денсаулык")   # cp1251 has no қ: the clerk typed к
    msg = mail(hdr(a_("Гайдамак Инна Петровна", "i.gaidamak@densaulyk.karaganda.gov.kz", "windows-1251"), EKC,
                   "Протокол рабочей встречи 12.02.2027 (1414 / 1400)", "Mon, 15 Feb 2027 10:05:33 +0500",
                   "<5B1C2D3E4F@densaulyk.karaganda.gov.kz>", charset="windows-1251"),
               multi("mixed", [text(body, charset="windows-1251", cte="8bit"),
                               att("protokol_vstrecha_12022027.pdf", pdf)], "=_mixed 0041C2A8C9258A17_="))
    emit(name, msg, [D("body", "ru"), D("protokol_vstrecha_12022027.pdf", "ru")], "zdrav_krg", None, "protocol",
         our("ЕКЦ-2027/049", "2027-01-25", S_TRAIN),
         "ignore: minutes of a working meeting on call routing, no service accepted for consulting; keep waiting for the protocol",
         lang="ru", fmt="eml (cp1251 8bit) + pdf", sort="minutes",
         hard="a protocol with ЕКЦ as a participant and both registry numbers, 'обучение ... рассмотреть дополнительно'")


def p11():
    name = "p11-protokol-antikorrupcionnogo-obucheniya.docx"
    data = make_docx([
        ("p", "Департамент юстиции Жамбылской области", "cB"),
        ("p", "ПРОТОКОЛ № 2\nпроведения обучающего семинара по вопросам противодействия коррупции\nи соблюдения "
              "норм служебной этики", "cB"),
        "г. Тараз                                                                                 «24» февраля 2027 г.",
        "Семинар провел: Есимов Данияр Болатович, уполномоченный по этике (комплаенс-офицер) Департамента.",
        "Присутствовали: 31 сотрудник Департамента, в том числе сотрудники отделов регистрации юридических лиц и "
        "регистрации прав на недвижимое имущество, непосредственно оказывающие государственные услуги "
        "(00901022, 00901030).",
        ("p", "Рассмотрены вопросы:", "B"),
        "1. Изменения в Закон «О противодействии коррупции», вступившие в силу с 1 января 2027 года.\n"
        "2. Коррупционные риски при оказании государственных услуг: прием документов вне ЦОН и портала, "
        "«ускорение» регистрации за вознаграждение.\n"
        "3. Порядок уведомления о конфликте интересов.",
        ("p", "По итогам семинара:", "B"),
        "– проведено тестирование, средний балл 87 из 100;\n– сотрудникам, не прошедшим тестирование (2 чел.), "
        "назначено повторное тестирование на 10 марта 2027 года.",
        ("table", [["№", "Ф.И.О.", "Должность", "Подпись"],
                   ["1", "Абдикаримов Ерлан Сакенович", "руководитель отдела регистрации юридических лиц", ""],
                   ["2", "Полякова Наталья Сергеевна", "главный специалист", ""],
                   ["3", "Төлеубаев Мирас", "ведущий специалист", ""],
                   ["4", "Шамшиева Айнур Бекзатовна", "главный специалист", ""]], {"widths": [1, 6, 7, 3]}),
        "Секретарь: ___________ Жунусова К.",
    ], author="Esimov_DB")
    emit(name, data, [D(name, "ru")], "nedvizh", None, "protocol",
         our("ЕКЦ-2027/071", "2027-02-10", S_TRAIN),
         "ignore: anti-corruption seminar minutes for the agency's own staff; the training protocol is still awaited",
         lang="ru", fmt="docx", sort="minutes",
         hard="'протокол ... обучающего семинара' with a date, registry numbers and a signature sheet")


def p12():
    name = "p12-zhumys-toby-wrong-charset.eml"
    body = """Сәлеметсіз бе!

Ақтөбе облысының жер қатынастары басқармасы жанындағы жұмыс тобының 2027 жылғы 9 сәуірдегі
отырысының хаттамасын жолдаймыз.

ХАТТАМА № 5
Жұмыс тобының отырысы: мемлекеттік қызметтерді оңтайландыру

Қатысқандар: Бекжанов Т.Қ. (төраға), Сәрсенова Г.М., Иваненко П.А., Нұрғалиева Л.С. (хатшы)

Қаралды:
1. «Жер учаскесінің нысаналы мақсатын өзгерту туралы шешім беру» (00201014) – құжаттар тізбесін қысқарту.
2. «Жер учаскесіне сәйкестендіру құжаттарын беру» (00201033) – ХҚКО арқылы берілетін өтініштер үлесі.

Шешім:
1. Министрлікке ұсыныстар 2027 жылғы 30 сәуірге дейін жіберілсін.
2. Келесі отырыс мамыр айында өткізілсін.

Хатшы Л. Нұрғалиева
тел. 8 (7132) 55-40-18
"""
    msg = mail(hdr(a_("Нұрғалиева Ләззат", "l.nurgalieva@aktobe.gov.kz"), EKC, "Жұмыс тобының хаттамасы №5",
                   "Mon, 12 Apr 2027 12:31:08 +0500", "<ab77e1d2c9f04e51@mail.aktobe.gov.kz>"),
               text(body, charset="utf-8", label="windows-1251", cte="8bit"))
    emit(name, msg, [D("body", "kk")], "kz_aktobe", None, "protocol",
         our("ЕКЦ-2027/140", "2027-03-29", S_TRAIN),
         "ignore: working group minutes in the body; the ЕКЦ training protocol is still awaited",
         lang="kk", fmt="eml (utf-8 bytes labelled windows-1251, 8bit)", sort="minutes",
         hard="wrong charset label: UTF-8 Kazakh text declared windows-1251; 'хаттама' with registry numbers")


for _f in (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12):
    _f()


# ==============================================================================================
# O. Internal orders: appointments, dismissals, people responsible for other things
# ==============================================================================================
def o01():
    name = "o01-prikaz-press-sekretar.docx"
    data = make_docx([
        ("table", [["«ҚАРАҒАНДЫ ОБЛЫСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ» ММ", "",
                    "ГУ «УПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ КАРАГАНДИНСКОЙ ОБЛАСТИ»"],
                   ["БҰЙРЫҚ", "", "ПРИКАЗ"],
                   ["2027 ж. «05» ақпан", "№ 58-ж/қ", "Қарағанды қаласы"]], {"grid": False, "bold_rows": 2}),
        ("p", "О назначении пресс-секретаря", "B"),
        "В соответствии с Законом Республики Казахстан «О государственной службе Республики Казахстан» и в целях "
        "обеспечения информационного сопровождения деятельности Управления ПРИКАЗЫВАЮ:",
        "1. Назначить Сагындыкову Айгерим Бауыржановну, главного специалиста отдела организационно-кадровой работы, "
        "пресс-секретарем Управления здравоохранения Карагандинской области с 8 февраля 2027 года с сохранением "
        "ранее занимаемой должности.",
        "2. Сагындыковой А.Б. обеспечить:\n"
        "1) взаимодействие со средствами массовой информации, подготовку ответов на запросы СМИ;\n"
        "2) размещение информации на интернет-ресурсе Управления и в социальных сетях;\n"
        "3) мониторинг публикаций о деятельности системы здравоохранения области.",
        "3. Контактные данные пресс-секретаря: тел. 8 (7212) 41-07-35, моб. +7 701 388 45 12, "
        "e-mail: press@densaulyk.karaganda.gov.kz.",
        "4. Приказ от 14 марта 2025 года № 77-ж/қ «О назначении пресс-секретаря» признать утратившим силу.",
        "5. Контроль за исполнением настоящего приказа оставляю за собой.",
        ("sp",),
        ("table", [["Руководитель", "", "Б. Жантуаров"]], {"grid": False, "bold_rows": 1}),
        ("p", "С приказом ознакомлена: ____________ А. Сагындыкова «__» ________ 2027 г.", "S"),
    ], author="OKR")
    emit(name, data, [D(name, "ru")], "zdrav_krg", None, "appointment",
         our("ЕКЦ-2027/048", "2027-01-25", S_APP),
         "ignore: appointment of a press secretary; no person responsible for the ЕКЦ correspondence is named",
         lang="ru (kk letterhead)", fmt="docx", sort="internal order",
         hard="'Назначить ... с 8 февраля 2027 года' with phone and e-mail, bilingual letterhead, while an appointment is awaited")


def o02():
    name = "o02-prikaz-dokumentooborot-koi8.eml"
    body = """Добрый день!

Для сведения и использования в работе направляем копию приказа.

----------------------------------------------------------------------
ГУ "Отдел жилищно-коммунального хозяйства, пассажирского транспорта
и автомобильных дорог города Экибастуза"

ПРИКАЗ
от 19 января 2027 года                                          N 04-о

О возложении обязанностей по ведению документооборота

В связи с уходом в отпуск по уходу за ребенком Шевченко Ю.А.
ПРИКАЗЫВАЮ:

1. Возложить на ведущего специалиста Ержанову Алию Кайратовну
обязанности по ведению делопроизводства и документооборота в ЕСЭДО,
регистрации входящей и исходящей корреспонденции, в том числе
поступающей от центральных государственных органов, с 20.01.2027.

2. Ержановой А.К. обеспечить контроль сроков исполнения документов
и еженедельно, по пятницам, представлять сведения о неисполненных
документах руководителю отдела.

3. Приказ довести до сведения работников отдела.

Руководитель отдела                                  Н. Калиакпаров
----------------------------------------------------------------------

Канцелярия отдела ЖКХ, ПТ и АД г. Экибастуз
тел. 8 (7187) 75-20-31
"""
    msg = mail(hdr(a_("Канцелярия ЖКХ", "zhkh@ekibastuz.gov.kz", "koi8-r"), EKC,
                   "Копия приказа N 04-о", "Wed, 20 Jan 2027 08:55:17 +0500",
                   "<20270120085517.GA3121@mail.ekibastuz.gov.kz>", charset="koi8-r",
                   extra=[("User-Agent", "Mutt/2.2.9 (2022-11-12)")]),
               text(body, charset="koi8-r", cte="8bit"))
    emit(name, msg, [D("body", "ru")], "pvl_zhkh", None, "appointment",
         our("ЕКЦ-2027/032", "2027-01-14", S_APP),
         "ignore: an order on document flow duties; not the appointment asked for",
         lang="ru", fmt="eml (koi8-r 8bit)", sort="internal order",
         hard="'Возложить на ... обязанности ... корреспонденции ... от центральных органов' with a start date")


def o03():
    name = "o03-buiryq-antikorrupciya.pdf"
    pdf = make_pdf([
        ("p", "ТҮРКІСТАН ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ", "cB"),
        ("p", "БҰЙРЫҚ", "cBH"),
        ("p", "2027 жылғы 2 ақпан                             № 21-н                             Түркістан қаласы", "c"),
        ("p", "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі жауапты тұлғаны (комплаенс-офицерді) тағайындау туралы", "B"),
        "«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Қазақстан Республикасы Заңының 16-бабына сәйкес "
        "БҰЙЫРАМЫН:",
        "1. Басқарманың заң бөлімінің бас маманы Ибрагимов Бауыржан Әбдіқадырұлы 2027 жылғы 3 ақпаннан бастап "
        "басқарманың сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі жауапты тұлғасы (комплаенс-офицері) болып "
        "тағайындалсын.",
        "2. Б.Ә. Ибрагимовқа:\n"
        "1) мемлекеттік қызметтер көрсету кезінде сыбайлас жемқорлық тәуекелдеріне ішкі талдау жүргізу;\n"
        "2) мүдделер қақтығысы туралы хабарламаларды тіркеу және қарау;\n"
        "3) тоқсан сайын басшыға есеп беру жүктелсін.",
        "3. Басқарманың 2025 жылғы 17 сәуірдегі № 63-н бұйрығының күші жойылды деп танылсын.",
        "4. Осы бұйрықтың орындалуын бақылау басшының орынбасары Ә.Т. Жұмабековке жүктелсін.",
        ("sp", 16),
        "Басшы                                                                                  Қ. Серікбаев",
        ("sp", 10),
        ("p", "Бұйрықпен таныстым: ____________ Б. Ибрагимов   2027 ж. «___» ________", "S"),
        ("p", "Байланыс: 8 (72533) 4-11-62, b.ibragimov@turkistan.gov.kz", "S"),
    ], title="Бұйрық № 21-н", author="ASHB Turkistan")
    emit(name, pdf, [D(name, "kk")], "ko_turk", None, "appointment",
         our("ЕКЦ-2027/055", "2027-01-29", S_APP),
         "ignore: appointment of an anti-corruption compliance officer; the ЕКЦ appointment is still awaited",
         lang="kk", fmt="pdf", sort="internal order",
         hard="Kazakh 'жауапты тұлға ... тағайындалсын' with a date, phone and e-mail — for anti-corruption, not for ЕКЦ")


def o04():
    name = "o04-prikaz-osvobozhdenie-zama.eml"
    pdf = make_pdf([
        ("p", "АКИМАТ ЗАПАДНО-КАЗАХСТАНСКОЙ ОБЛАСТИ\nГУ «Управление строительства, архитектуры и градостроительства "
              "Западно-Казахстанской области»", "cB"),
        ("p", "ПРИКАЗ № 112-лс", "cB"),
        ("p", "г. Уральск                                                                                 01 марта 2027 года", ""),
        ("p", "Об освобождении от занимаемой должности", "B"),
        "На основании подпункта 2) пункта 1 статьи 61 Закона Республики Казахстан «О государственной службе "
        "Республики Казахстан» и личного заявления ПРИКАЗЫВАЮ:",
        "1. Освободить Досмухамбетова Руслана Кайратовича от занимаемой должности заместителя руководителя "
        "Управления строительства, архитектуры и градостроительства Западно-Казахстанской области 3 марта 2027 года "
        "в связи с переводом на другую государственную службу.",
        "2. Бухгалтерии (Есенгалиева А.Т.) произвести окончательный расчет и выплатить компенсацию за неиспользованные "
        "дни оплачиваемого ежегодного трудового отпуска в количестве 12 (двенадцати) календарных дней.",
        "3. Отделу кадров (Жубанова С.М.) внести соответствующую запись в послужной список.",
        "4. Вопросы, курируемые Досмухамбетовым Р.К., до назначения нового заместителя возложить на руководителя "
        "отдела архитектуры и градостроительства Утегалиева Бауыржана Саматовича.",
        ("sp", 16),
        "Руководитель управления                                                              М. Кадырбаев",
        ("p", "Основание: заявление Досмухамбетова Р.К. от 27.02.2027 г.", "S"),
    ], title="Приказ 112-лс", author="kadry")
    body = ("Здравствуйте.\n\nНаправляем для информации. Досмухамбетов Р.К. курировал вопросы оказания "
            "государственных услуг управлением.\n\nОтдел кадров\nУСАиГ ЗКО\n")
    msg = mail(hdr(a_("Жубанова Сандугаш", "kadry@kurylys.zko.gov.kz"), EKC, "Fwd: приказ 112-лс",
                   "Tue, 02 Mar 2027 15:20:44 +0500", "<CAHk4f0v9zQ1Lm@kurylys.zko.gov.kz>"),
               multi("mixed", [text(body, cte="quoted-printable"), att("prikaz_112-ls.pdf", pdf)],
                     "000000000000a1b2c305f1e7d9c8"))
    emit(name, msg, [D("body", "ru"), D("prikaz_112-ls.pdf", "ru")], "stroi_zko", None, "information",
         our("ЕКЦ-2027/092", "2027-02-24", S_INFO),
         "ignore for the case: dismissal of a deputy head who was not the ЕКЦ responsible person; form still awaited",
         lang="ru", fmt="eml+pdf", sort="internal order",
         hard="a dismissal with a date and the duties passed to a named successor — reads like a responsible change")


def o05():
    name = "o05-prikaz-grazhdanskaya-oborona-cp866.txt"
    body = """Аппарат акима Кызылжарского сельского округа Аксуского района

                         Р А С П О Р Я Ж Е Н И Е
                            акима сельского округа

с. Кызылжар                                         от 11 января 2027 г. N 3

     О назначении ответственного лица по вопросам гражданской обороны
                       и чрезвычайных ситуаций

     В соответствии с Законом Республики Казахстан "О гражданской защите":

     1. Назначить ответственным лицом по вопросам гражданской обороны и
чрезвычайных ситуаций аппарата акима Кызылжарского сельского округа
главного специалиста Абдрахманова Нурлана Серикбаевича.

     2. Абдрахманову Н.С.:
        - разработать план гражданской обороны сельского округа на 2027 год
          до 1 февраля 2027 года;
        - обеспечить оповещение населения по схеме (тел. 8 (72832) 2-71-05);
        - организовать учет средств пожаротушения в населенных пунктах
          Кызылжар, Енбек, Талдыбулак.

     3. Контроль за исполнением настоящего распоряжения оставляю за собой.

Аким сельского округа                                         Е. Тулеген
"""
    data = body.replace("\n", "\r\n").encode("cp866")
    emit(name, data, [D(name, "ru")], "akim_so", None, "appointment",
         our("ЕКЦ-2027/021", "2027-01-06", S_APP),
         "ignore: appointment of a civil defence officer; not the ЕКЦ responsible person",
         lang="ru", fmt="txt (cp866, CRLF)", sort="internal order",
         hard="DOS code page; 'Назначить ответственным лицом' with a full name in the accusative")


def o06():
    name = "o06-buiryq-senim-telefony.eml"
    docx = make_docx([
        ("p", "ШЫМКЕНТ ҚАЛАСЫНЫҢ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ", "cB"),
        ("p", "БҰЙРЫҚ", "cBH"),
        "2027 жылғы 14 қаңтар                                                                           № 09-ө",
        ("p", "Басқарманың «сенім телефоны» және call-орталық жұмысын ұйымдастыру туралы", "B"),
        "Азаматтардың өтініштерін жедел қарау мақсатында БҰЙЫРАМЫН:",
        "1. Басқарманың «сенім телефонының» (8 (7252) 39-14-14) және «Денсаулық» call-орталығының жұмысына "
        "жауапты тұлға болып ұйымдастыру-құқықтық бөлімінің бас маманы Әбілқасымова Мөлдір Нұрланқызы "
        "тағайындалсын.",
        "2. М.Н. Әбілқасымоваға:\n"
        "– call-орталыққа түскен қоңыраулардың тізілімін жүргізу;\n"
        "– алғашқы медициналық-санитариялық көмек көрсететін ұйымға бекіту мәселелері бойынша (01001022) "
        "түскен шағымдарды тиісті бөлімдерге 1 жұмыс күні ішінде жолдау;\n"
        "– апта сайын басшылыққа жиынтық ақпарат беру жүктелсін.",
        "3. Операторлардың жұмыс кестесі: дүйсенбі–жұма, 09:00–18:00.",
        "4. Бұйрықтың орындалуын бақылау басшының орынбасары Р. Құдайбергеновке жүктелсін.",
        ("sp",),
        "Басшы                                                                                    Н. Тәжібаев",
    ], author="OQB")
    body = ("Қайырлы күн!\n\nБасқарманың «сенім телефоны» туралы бұйрықтың көшірмесін жолдаймыз. "
            "Азаматтар 1414 арқылы хабарласқан жағдайда осы нөмірді де айтуларыңызды сұраймыз.\n\n"
            "Әбілқасымова Мөлдір\nmoldir.a@densaulyk.shymkent.gov.kz\n+7 (7252) 39-14-14\n")
    msg = mail(hdr(a_("Әбілқасымова Мөлдір", "moldir.a@densaulyk.shymkent.gov.kz"), EKC,
                   "Сенім телефоны туралы бұйрық", "Fri, 15 Jan 2027 11:47:30 +0500",
                   "<1736930850.771204@densaulyk.shymkent.gov.kz>"),
               multi("mixed", [text(body), att("Бұйрық 09-ө сенім телефоны.docx", docx)], "b1_4d2f1c0a8e9b7"))
    emit(name, msg, [D("body", "kk"), D("Бұйрық 09-ө сенім телефоны.docx", "kk")], "densau_shym", None,
         "appointment", our("ЕКЦ-2027/024", "2027-01-08", S_APP),
         "ignore: the agency's own hotline officer, not the responsible person for ЕКЦ (may be noted by an operator)",
         lang="kk", fmt="eml+docx", sort="internal order",
         hard="'жауапты тұлға ... тағайындалсын' for the agency's own call line; mentions 1414 and a registry number")


def o07():
    name = "o07-prikaz-naznachenie-rukovoditelya-otdela.docx"
    data = make_docx([
        ("p", "Министерство экологии Республики Казахстан\nКомитет экологического регулирования и контроля", "cB"),
        ("p", "ПРИКАЗ", "cBH"),
        ("table", [["«22» марта 2027 года", "г. Астана", "№ 47-лс"]], {"grid": False, "bold_rows": 0}),
        ("p", "О назначении на должность", "B"),
        "В соответствии со статьей 28 Закона Республики Казахстан «О государственной службе Республики Казахстан», "
        "на основании решения конкурсной комиссии (протокол от 18 марта 2027 года № 6) ПРИКАЗЫВАЮ:",
        "Назначить Нургазину Меруерт Аскаровну на должность руководителя управления государственной экологической "
        "экспертизы Комитета экологического регулирования и контроля Министерства экологии Республики Казахстан "
        "с 23 марта 2027 года, с испытательным сроком три месяца, с должностным окладом согласно штатному расписанию.",
        ("p", "Основание: заявление Нургазиной М.А. от 19.03.2027 г., протокол конкурсной комиссии.", "I"),
        ("sp",),
        ("table", [["Председатель Комитета", "Д. Оразалин"]], {"grid": False, "bold_rows": 0}),
        ("sp",),
        ("p", "Согласовано: руководитель службы управления персоналом ____________ Г. Бектурова", "S"),
    ], author="SUP")
    emit(name, data, [D(name, "ru")], "prirod_kmg", None, "information",
         our("ЕКЦ-2027/121", "2027-03-16", S_INFO + ": 01102004, 01102017"),
         "ignore: a personnel order appointing a head of unit; the form is still awaited",
         lang="ru", fmt="docx", sort="internal order",
         hard="'Назначить ... с 23 марта 2027 года' in the unit that renders the services asked about")


def o08():
    name = "o08-vremennoe-ispolnenie-obyazannostei.eml"
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Құрметті әріптестер!<br>Уважаемые коллеги!</p>
<p>Басқарма басшысы Р.М. Жаманқұлов 2027 жылғы 5 шілдеден 30 шілдеге дейін еңбек демалысында болатынын хабарлаймыз.
Осы кезеңде басшының міндеттерін атқару басшының орынбасары <b>Тілеуберді Ержан Қайратұлына</b> жүктелді
(бұйрық 2027 жылғы 1 шілдедегі № 118-ж).</p>
<p>Сообщаем, что руководитель управления Жаманкулов Р.М. с 5 по 30 июля 2027 года находится в ежегодном трудовом
отпуске. Исполнение обязанностей руководителя на этот период возложено на заместителя руководителя
<b>Тилеуберди Ержана Кайратовича</b> (приказ от 01.07.2027 № 118-ж).</p>
<p>Документы на подпись просим направлять на имя исполняющего обязанности.<br>
Приемная: 8 (7172) 55-62-10, sport@astana.gov.kz</p>
<table style="border-collapse:collapse" border="1" cellpadding="4">
<tr><th>Лауазымы / Должность</th><th>Т.А.Ә. / Ф.И.О.</th><th>Кезең / Период</th></tr>
<tr><td>Басшы м.а. / и.о. руководителя</td><td>Тілеуберді Е.Қ.</td><td>05.07.2027 – 30.07.2027</td></tr>
</table>
<p>--<br>Астана қаласының дене шынықтыру және спорт басқармасы<br>Управление физической культуры и спорта города Астаны</p>
</body></html>
"""
    plain = ("Басқарма басшысы Р.М. Жаманқұлов 2027 жылғы 5–30 шілдеде еңбек демалысында. Міндеттерді атқару "
             "Тілеуберді Е.Қ. жүктелді (№ 118-ж).\n\nРуководитель Жаманкулов Р.М. с 5 по 30 июля 2027 года в отпуске. "
             "И.о. руководителя – заместитель Тилеуберди Е.К. (приказ № 118-ж от 01.07.2027).\n")
    msg = mail(hdr(a_("Қабылдау бөлмесі / Приемная", "sport@astana.gov.kz"),
                   "undisclosed-recipients:;", "Басшының міндеттерін атқару туралы / Об исполнении обязанностей руководителя",
                   "Thu, 01 Jul 2027 17:05:00 +0500", "<r118-ia.20270701@sport.astana.gov.kz>"),
               multi("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")],
                     "alt-8e1d62b0c43f"))
    emit(name, msg, [D("body")], "sport_ast", None, "additional_answer",
         our("ЕКЦ-2027/266", "2027-06-24", S_ADD + " «Присвоение спортивных разрядов»"),
         "ignore: the head's leave and an acting head, sent to all recipients; the additional answer is still awaited",
         lang="kk+ru", fmt="eml (multipart/alternative, utf-8 base64)", sort="internal order",
         hard="a person named with a period and an order number in a table, bilingual, to undisclosed recipients")


def o09():
    name = "o09-rasporyazhenie-kuratory-so.eml"
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>
<body><div style="font-family:'Times New Roman';font-size:12pt">
<p align=center><b>РАСПОРЯЖЕНИЕ АКИМА ЖАНААРКИНСКОГО РАЙОНА</b><br>от 3 февраля 2027 года № 14-р</p>
<p align=center><b>О закреплении кураторов за сельскими округами</b></p>
<p>В целях усиления контроля за качеством оказания государственных услуг в сельских округах:</p>
<p>1. Закрепить кураторами:</p>
<table border=1 cellspacing=0 cellpadding=3>
<tr><td><b>Сельский округ</b></td><td><b>Куратор</b></td><td><b>Контактный телефон</b></td></tr>
<tr><td>Атасуский</td><td>Мукашев Талгат Аскарович, руководитель отдела</td><td>8 (71030) 2-11-09</td></tr>
<tr><td>Кызылжарский</td><td>Нуржанова Динара Бекболатовна, главный специалист</td><td>8 (71030) 2-14-31</td></tr>
<tr><td>Ералиевский</td><td>Сейткалиева Ботагоз Нурлановна, главный специалист</td><td>8 (71030) 2-14-77</td></tr>
</table>
<p>2. Кураторам ежемесячно до 5 числа представлять информацию о выдаче справок о наличии личного подсобного
хозяйства и о постановке на учет безработных.</p>
<p>3. Контроль за исполнением распоряжения возложить на руководителя аппарата акима района Омарбекова К.С.</p>
<p><b>Аким района&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Д. Абенов</b></p>
</div></body></html>
"""
    msg = mail(hdr(a_("Общий отдел акимата", "akimat@zhanaarka.karaganda.gov.kz", "windows-1251"), EKC,
                   "Распоряжение № 14-р", "Thu, 04 Feb 2027 10:12:45 +0500",
                   "<000a01db76c2$8e2b1f30$aa815d90$@zhanaarka.karaganda.gov.kz>", charset="windows-1251",
                   extra=[("X-Mailer", "Microsoft Outlook 15.0")]),
               text(html, "html", "windows-1251", cte="base64"))
    emit(name, msg, [D("body", "ru")], "ah_zhan", ["00303002"], "appointment",
         our("ЕКЦ-2027/051", "2027-01-27", S_APP),
         "ignore: curators of rural districts; no responsible person for ЕКЦ is named",
         lang="ru", fmt="eml (HTML only, windows-1251 base64)", sort="internal order",
         hard="an HTML table of three named people with positions and phones, in answer-looking timing")


def o10():
    name = "o10-prikaz-is-monitoring.pdf"
    pdf = make_pdf([
        ("p", "ГУ «Управление культуры, архивов и документации Атырауской области»", "cB"),
        ("p", "ПРИКАЗ\nот 9 февраля 2027 года № 31-ө", "cB"),
        ("p", "Об определении ответственных за внесение данных в информационную систему мониторинга оказания "
              "государственных услуг", "B"),
        "В соответствии с Правилами внесения данных в информационную систему мониторинга оказания государственных "
        "услуг о стадии оказания государственной услуги ПРИКАЗЫВАЮ:",
        "1. Определить ответственными за своевременное внесение данных о стадии оказания государственных услуг в "
        "ИС «Мониторинг»:",
        ("table", [["№", "Государственная услуга", "Ответственный", "Замещающий"],
                   ["1", "00703001 Выдача архивных справок", "Утепова Галия Нурлановна, главный хранитель фондов",
                    "Сарыбаева А.Е."],
                   ["2", "00706002 Выдача свидетельства на право временного вывоза культурных ценностей",
                    "Муратов Ильяс Бекович, главный специалист отдела культуры", "Кенжегалиев Т.Б."]],
         {"widths": [0.8, 6.5, 5.5, 3.5]}),
        "2. Ответственным лицам ежедневно, до 18:00, проверять статусы заявок и устранять расхождения.",
        "3. Признать утратившим силу приказ от 12 мая 2025 года № 64-ө.",
        "4. Контроль за исполнением приказа возложить на заместителя руководителя Жанбурчинову Л.Ж.",
        ("sp", 14),
        "Руководитель                                                                                  А. Исенгалиев",
    ], title="Приказ 31-о", author="madeniet")
    emit(name, pdf, [D(name, "ru")], "arhiv_atr", None, "appointment",
         our("ЕКЦ-2027/060", "2027-02-02", S_APP),
         "ignore: people responsible for the monitoring system, not for ЕКЦ; appointment still awaited",
         lang="ru", fmt="pdf", sort="internal order",
         hard="a table: registry number + service + responsible person with position — the closest thing to an appointment")


def o11():
    name = "o11-buiryq-bosatu.txt"
    body = """Ұлытау облысының мәдениет, тілдерді дамыту және архив ісі басқармасы

БҰЙРЫҚ

2027 жылғы 26 сәуір                  № 44-ж/қ                  Жезқазған қаласы

Жұмыстан босату туралы

Қазақстан Республикасы Еңбек кодексінің 56-бабына сәйкес және өз еркімен берген
өтініші негізінде БҰЙЫРАМЫН:

1. Басқарманың баспасөз хатшысы Жақыпова Аружан Серікқызы 2027 жылғы 30 сәуірден
бастап атқаратын лауазымынан босатылсын.

2. Бухгалтерия (Т. Омарова) толық есеп айырысу жүргізсін.

3. Баспасөз хатшысының міндеттері жаңа маман тағайындалғанға дейін ұйымдастыру
бөлімінің басшысы Сыздықова Гүлжан Әмірқызына жүктелсін.

Негіздеме: А.С. Жақыпованың 2027 жылғы 22 сәуірдегі өтініші.

Басшы                                                     Б. Құрманғали
"""
    emit(name, body, [D(name, "kk")], "mad_ulytau", None, "information",
         our("ЕКЦ-2027/163", "2027-04-14", S_INFO),
         "ignore: dismissal of a press secretary; the form for 00703001 is still awaited",
         lang="kk", fmt="txt (utf-8)", sort="internal order",
         hard="a dismissal and duties passed to a named successor from a date (босатылсын / жүктелсін)")


def o12():
    name = "o12-prikaz-e-otinish.eml"
    docx = make_docx([
        ("p", "ДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО КОСТАНАЙСКОЙ ОБЛАСТИ\nКОМИТЕТА ГОСУДАРСТВЕННЫХ ДОХОДОВ "
              "МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН", "cB"),
        ("p", "ПРИКАЗ", "cB"),
        "19.04.2027                                                                                                   № 203",
        ("p", "О назначении ответственных лиц за работу с обращениями физических и юридических лиц, поступающими "
              "через ИС «e-Өтініш» и блог руководителя", "B"),
        "В соответствии с Административным процедурно-процессуальным кодексом Республики Казахстан ПРИКАЗЫВАЮ:",
        "1. Назначить ответственными за регистрацию, распределение и контроль рассмотрения обращений, поступающих "
        "через ИС «e-Өтініш»:\n– Шаймерденову Зарину Ерлановну, главного специалиста отдела документационного "
        "обеспечения;\n– Кравченко Анну Викторовну, ведущего специалиста (на период отсутствия Шаймерденовой З.Е.).",
        "2. Назначить ответственным за ведение блога руководителя Департамента Ахметжанова Данияра Муратовича, "
        "пресс-секретаря.",
        "3. Ответственным лицам обеспечить соблюдение сроков рассмотрения обращений, установленных АППК.",
        "4. Контроль за исполнением приказа возложить на заместителя руководителя Департамента Кабдулова Е.С.",
        "Руководитель Департамента                                                            С. Нуртазин",
    ], author="DGD")
    body = ("Добрый день!\n\nВо исполнение поручения направляем копию приказа ДГД от 19.04.2027 № 203.\n\n"
            "С уважением,\nотдел документационного обеспечения\nДГД по Костанайской области\n"
            "тел.: +7 (7142) 59-03-20\n\n"
            "Данное сообщение и любые вложения являются конфиденциальными и предназначены исключительно для "
            "адресата. Если вы получили это сообщение по ошибке, сообщите отправителю и удалите его.\n")
    msg = mail(hdr(a_("ДГД по Костанайской области", "dgd@kgd.kostanay.gov.kz"),
                   EKC + ", " + "monitoring@kgd.gov.kz", "Приказ № 203 от 19.04.2027",
                   "Wed, 21 Apr 2027 09:30:12 +0500", "<1650521412.3349.dgd@kgd.kostanay.gov.kz>"),
               multi("mixed", [text(body, cte="quoted-printable"), att("Pr_203_e-otinish.docx", docx)],
                     "_----------=_16505214123349"))
    emit(name, msg, [D("Pr_203_e-otinish.docx", "ru")], "gosdoh_kst", None, "appointment",
         our("ЕКЦ-2027/132", "2027-03-24", S_APP),
         "ignore: people responsible for e-Otinish appeals and a blog, not for ЕКЦ correspondence",
         lang="ru", fmt="eml+docx", sort="internal order",
         hard="'Назначить ответственными ...' three named people; a covering note 'во исполнение поручения'")


for _f in (o01, o02, o03, o04, o05, o06, o07, o08, o09, o10, o11, o12):
    _f()


# ==============================================================================================
# N. Digests and newsletters of legislative changes
# ==============================================================================================
def n01():
    name = "n01-obzor-zakonodatelstva-html.eml"
    html = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Обзор изменений законодательства</title></head>
<body style="margin:0;background:#eef2f6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1d2b3a">
<tr><td style="background:#0b4f8a;color:#fff;font-size:20px"><b>Правовой дайджест</b><br>
<span style="font-size:13px">Юридический департамент Министерства труда и социальной защиты населения · выпуск № 5 (май 2027)</span></td></tr>
<tr><td>
<h3 style="color:#0b4f8a">1. Стандарты государственных услуг</h3>
<p>Приказом Министра от 28 апреля 2027 года № 141 (зарегистрирован в Реестре государственной регистрации НПА
за № 35012) внесены изменения в стандарт государственной услуги <b>«Назначение государственной адресной социальной
помощи»</b>: срок оказания сокращен с 8 до 5 рабочих дней, исключено требование о справке о составе семьи.</p>
<p>Стандарт государственной услуги <b>«Оформление документов на инвалидов для предоставления им кресла-коляски»</b>
изложен в новой редакции (приказ от 2 мая 2027 года № 149). Вводится в действие с 14 июня 2027 года.</p>
<h3 style="color:#0b4f8a">2. Правила и регламенты</h3>
<p>Утратили силу регламенты государственных услуг, утвержденные постановлениями акиматов в 2015–2016 годах:
порядок оказания услуг теперь определяется исключительно правилами, утвержденными центральным органом.</p>
<h3 style="color:#0b4f8a">3. Прочее</h3>
<ul><li>Изменен порядок выплаты пособий по уходу за ребенком (постановление Правительства от 21.04.2027 № 288).</li>
<li>Опубликован проект Социального кодекса в новой редакции на portal legalacts.egov.kz, обсуждение до 10 июня.</li></ul>
<p style="font-size:12px;color:#6b7a89">Дайджест носит информационный характер. Официальные тексты – в ИПС «Әділет» (adilet.zan.kz).</p>
</td></tr>
<tr><td style="background:#f3f5f8;font-size:11px;color:#8a97a5">Вы получили это письмо, так как подписаны на рассылку
Юридического департамента. <a href="https://enbek.gov.kz/unsubscribe?u=ekc">Отписаться</a></td></tr>
</table></td></tr></table></body></html>
"""
    plain = ("ПРАВОВОЙ ДАЙДЖЕСТ № 5 (май 2027)\n\n1. Стандарты государственных услуг\n"
             "Приказом Министра от 28.04.2027 № 141 внесены изменения в стандарт «Назначение государственной адресной "
             "социальной помощи»: срок оказания сокращен с 8 до 5 рабочих дней.\n"
             "Стандарт «Оформление документов на инвалидов для предоставления им кресла-коляски» изложен в новой "
             "редакции (приказ от 02.05.2027 № 149), вводится в действие с 14.06.2027.\n\n"
             "2. Правила и регламенты\nУтратили силу регламенты, утвержденные акиматами в 2015–2016 годах.\n\n"
             "3. Прочее\n– Изменен порядок выплаты пособий по уходу за ребенком.\n– Проект Социального кодекса на "
             "legalacts.egov.kz.\n\nОтписаться: https://enbek.gov.kz/unsubscribe?u=ekc\n")
    msg = mail(hdr(a_("Правовой дайджест МТСЗН", "digest@enbek.gov.kz"), EKC,
                   "Правовой дайджест № 5: изменения в стандартах госуслуг (май 2027)",
                   "Mon, 17 May 2027 07:00:03 +0500", "<digest-2027-05.ekc@enbek.gov.kz>",
                   extra=[("List-Unsubscribe", "<https://enbek.gov.kz/unsubscribe?u=ekc>"),
                          ("Precedence", "bulk")]),
               multi("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
                     "==dgst5_alt_0001=="))
    emit(name, msg, [D("body", "ru")], "mtszn", ["00801003", "00801044"], "consulting", None,
         "ignore: a newsletter; a change of the standard counts only when the responsible person notifies it (p.6)",
         lang="ru", fmt="eml (multipart/alternative, QP)", sort="digest",
         hard="names both consulted services, new order numbers and an effective date — looks like a change notice")


def n02():
    name = "n02-zannamalyq-dayjest.eml"
    body = """Құрметті әріптестер!

Облыстық білім басқармасының заң секторы 2027 жылғы наурыз айындағы нормативтік құқықтық актілерге енгізілген
өзгерістерге шолуды жолдайды.

1. Қазақстан Республикасы Оқу-ағарту министрінің 2027 жылғы 4 наурыздағы № 52 бұйрығымен «Бастауыш,
негізгі орта, жалпы орта білім беру ұйымдарына оқуға қабылдау» мемлекеттік көрсетілетін қызмет
қағидаларына өзгерістер енгізілді (НҚА мемлекеттік тіркеу тізілімінде № 34877 болып тіркелген).
Өзгеріс: бірінші сыныпқа өтініш қабылдау 1 сәуірден 31 тамызға дейін.

2. «Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» қызметі бойынша
стандарт жобасы legalacts.egov.kz порталында жария талқылауға шығарылды (25 наурызға дейін).

3. «Мемлекеттік көрсетілетін қызметтер туралы» Заңға түзетулер Мәжілісте бірінші оқылымда мақұлданды.

Толық мәтіндер «Әділет» АҚЖ-да.

Ескерту: бұл хат ақпараттық сипатта, жауап қажет емес.

Құрметпен,
Қызылорда облысының білім басқармасы, заң секторы
"""
    msg = mail(hdr(a_("Заң секторы", "zan.sektor@bilim.kyzylorda.gov.kz"),
                   "mektepter@bilim.kyzylorda.gov.kz", "Заңнамадағы өзгерістерге шолу – наурыз 2027",
                   "Tue, 30 Mar 2027 18:22:10 +0500", "<shol-2027-03@bilim.kyzylorda.gov.kz>",
                   cc=EKC + ", " + "audandyq.bolimder@bilim.kyzylorda.gov.kz"),
               text(body, cte="base64"))
    emit(name, msg, [D("body", "kk")], "bilim_kzl", ["00504007"], "consulting", None,
         "ignore: an information digest copied to ЕКЦ; no notice of change from the responsible person",
         lang="kk", fmt="eml (utf-8 base64)", sort="digest",
         hard="Kazakh digest: new order number and registration number for a consulted service's rules")


def n03():
    name = "n03-byulleten-con.pdf"
    pdf = make_pdf([
        ("p", "ИНФОРМАЦИОННЫЙ БЮЛЛЕТЕНЬ\n«ГОСУСЛУГИ: ЧТО НОВОГО»", "cBH"),
        ("p", "Управление по развитию языков Северо-Казахстанской области\n"
              "(по материалам филиала НАО «Государственная корпорация «Правительство для граждан»)\n"
              "№ 2 (46), февраль 2027 года", "c"),
        ("p", "С 1 марта – новые правила согласования рекламы", "B"),
        "Стандарт государственной услуги «Согласование эскизов наружной (визуальной) рекламы на языках» (№ 00707004) "
        "утвержден в новой редакции приказом Министра культуры и информации от 9 января 2027 года № 6. Главное "
        "изменение: эскиз подается только в электронном виде, срок рассмотрения – 3 рабочих дня. Прием в ЦОН "
        "прекращается с 1 марта 2027 года.",
        ("p", "Статистика месяца", "B"),
        ("table", [["Показатель", "Январь 2027", "Декабрь 2026"],
                   ["Оказано услуг через ЦОН", "118 402", "131 977"],
                   ["Доля электронных услуг, %", "91,4", "90,8"],
                   ["Среднее время ожидания, мин", "8", "11"]], {"widths": [8, 3.5, 3.5]}),
        ("p", "Вопрос – ответ", "B"),
        "— Можно ли получить справку о наличии личного подсобного хозяйства в ЦОН?\n"
        "— Да, а также на портале egov.kz и в аппарате акима сельского округа.",
        ("p", "Контакт-центр Государственной корпорации: 1414 (бесплатно), сайт: gov4c.kz", "S"),
    ], title="Бюллетень 2(46)", author="Tilder SKO")
    emit(name, pdf, [D(name, "ru")], "tilder_sko", ["00707004"], "additional_answer",
         our("ЕКЦ-2027/081", "2027-02-16", S_ADD + " № 00707004"),
         "ignore: a public newsletter; the agency has not answered the additional question",
         lang="ru", fmt="pdf", sort="digest",
         hard="new standard with order number and date for exactly the service asked about")


def n04():
    name = "n04-perechen-npa-iyul.xlsx"
    rows = [
        ["Перечень НПА в сфере пассажирского транспорта, вступающих в силу в июле 2027 года / "
         "2027 жылғы шілдеде қолданысқа енгізілетін НҚА тізбесі"],
        ["(для информации структурных подразделений / ақпарат үшін)"],
        [],
        ["№", "Код услуги / Қызмет коды", "Услуга / Қызмет", "НПА / НҚА", "Дата введения / Енгізілу күні",
         "Суть изменения / Өзгерістің мәні", "Источник / Дереккөз"],
        [1, "00302025", "Выдача лицензии на перевозку пассажиров автобусами",
         "Приказ и.о. Министра транспорта РК от 11.05.2027 № 233", "10.07.2027",
         "требование о наличии тахографа для автобусов вместимостью свыше 22 мест", "adilet.zan.kz"],
        [2, "00302033", "Согласование маршрутов регулярных междугородных перевозок",
         "Приказ Министра транспорта РК от 29.04.2027 № 207", "01.07.2027",
         "согласование через ИС «Е-лицензирование»", "adilet.zan.kz"],
        [3, "—", "—", "Закон РК от 20.05.2027 № 112-VIII «О внесении изменений ... по вопросам транспорта»",
         "21.07.2027", "штрафы за перевозку без лицензии", "adilet.zan.kz"],
        [],
        ["Подготовил / Дайындаған: юрист Сапарова Д.К., 8 (7282) 24-16-09", "", "", "", "", "", ""],
    ]
    data = make_xlsx([{"title": "Шілде-Июль", "rows": rows, "merge": ["A1:G1", "A2:G2"], "bold": [1, 4],
                       "widths": {"A": 4, "B": 12, "C": 40, "D": 44, "E": 14, "F": 40, "G": 14}, "grid": (4, 7)}],
                     author="Saparova")
    emit(name, data, [D(name)], "mio_alm_obl", None, "consulting", None,
         "ignore: a list of upcoming legal acts for internal use; no change notice from the responsible person",
         lang="ru+kk", fmt="xlsx", sort="digest",
         hard="a table with registry numbers, service names, legal acts and dates — columns like Appendix 1 (npa, website)")


def n05():
    name = "n05-adilet-rassylka.txt"
    body = """От: Рассылка ИПС «Әділет» <noreply@adilet-subscribe.kz>
Кому: info@ekc.gov.kz
Дата: 08.06.2027 06:00
Тема: Новые документы по вашей подписке «Государственные услуги» (12)

Здравствуйте!

По вашей подписке «Государственные услуги» за период 01.06.2027 – 07.06.2027 в базу добавлены документы:

 1. Об утверждении Правил оказания государственной услуги «Выдача архивных справок»
    Приказ Министра культуры и информации Республики Казахстан от 27 мая 2027 года № 198.
    Зарегистрирован в Министерстве юстиции 3 июня 2027 года № 35240.
 2. О внесении изменений в приказ Министра здравоохранения РК от 30 апреля 2020 года
    № ҚР ДСМ-44/2020 «Об утверждении правил прикрепления к организациям ПМСП»
    Приказ Министра здравоохранения РК от 31 мая 2027 года № 87.
 3. О признании утратившим силу постановления акимата Атырауской области
    «Об утверждении регламентов государственных услуг в сфере архивного дела»
    Постановление акимата Атырауской области от 28 мая 2027 года № 114.
 ... и еще 9 документов.

Открыть подборку: https://adilet-subscribe.kz/s/7f3a91?d=20270607

Вы получили это письмо, потому что оформили подписку. Изменить настройки подписки можно в личном кабинете.
Это письмо сформировано автоматически, отвечать на него не нужно.
"""
    emit(name, body, [D(name, "ru")], "arhiv_atr", ["00703001"], "consulting", None,
         "ignore: an automatic subscription mailing saved as text",
         lang="ru", fmt="txt (utf-8)", sort="digest",
         hard="a saved mail as text: new rules for a consulted service with order and registration numbers")


def n06():
    name = "n06-aqparattyq-hat-tizilim.docx"
    data = make_docx([
        ("p", "АҚМОЛА ОБЛЫСЫНЫҢ АУЫЛ ШАРУАШЫЛЫҒЫ БАСҚАРМАСЫ", "cB"),
        ("p", "Аудандардың және Көкшетау, Қосшы қалаларының ауыл шаруашылығы бөлімдеріне", "rI"),
        ("p", "АҚПАРАТТЫҚ ХАТ", "cB"),
        "2027 жылғы 12 сәуір, № 03-14/918",
        "Қазақстан Республикасы Үкіметінің 2027 жылғы 2 сәуірдегі № 201 қаулысымен Мемлекеттік көрсетілетін "
        "қызметтер тізіліміне өзгерістер енгізілгенін хабарлаймыз:",
        ("table", [["Қызмет коды", "Қызмет атауы", "Өзгеріс"],
                   ["00601007", "Тыңайтқыштардың құнын субсидиялау (органикалық тыңайтқыштарды қоспағанда)",
                    "қызметті көрсету нысаны: толық автоматтандырылған"],
                   ["00601031", "Ветеринариялық анықтама беру", "көрсетілетін қызметті беруші: жергілікті атқарушы орган"],
                   ["00601044", "Тракторларды мемлекеттік тіркеу", "тізілімнен алынып тасталды"]],
         {"widths": [2.5, 8, 6]}),
        "Бөлімдерге аталған өзгерістерді жұмыста басшылыққа алу және азаматтарға түсіндіру жұмыстарын жүргізу "
        "ұсынылады.",
        "Қосымша ақпарат: мемлекеттік қызметтер секторы, бас маман Айтжанова Салтанат, тел. 8 (7162) 29-41-55.",
        ("sp",),
        "Басшының орынбасары                                                                 Ж. Мақажанов",
    ], author="Aitzhanova")
    emit(name, data, [D(name, "kk")], "selkh_akm", None, "information",
         our("ЕКЦ-2027/150", "2027-04-05", S_INFO),
         "ignore: an information letter to district departments; the Appendix 1 form is still awaited",
         lang="kk", fmt="docx", sort="digest",
         hard="registry-change table with codes; a contact person with phone; addressed to district units, not to ЕКЦ")


for _f in (n01, n02, n03, n04, n05, n06):
    _f()


# ==============================================================================================
# R. Letters refusing other things
# ==============================================================================================
def r01():
    name = "r01-motivirovannyi-otkaz-zayavitelyu.eml"
    docx = make_docx([
        ("table", [["", "Гражданину Сидоренко Виктору Павловичу\nг. Костанай, ул. Гоголя, д. 118, кв. 7"]],
         {"grid": False, "bold_rows": 0, "widths": [8, 8]}),
        "Исх. № ЗТ-С-412 от 09.03.2027",
        ("p", "Мотивированный отказ в оказании государственной услуги", "cB"),
        "Управление земельных отношений акимата Костанайской области, рассмотрев Ваше заявление от 24.02.2027 "
        "№ KZ51RVE00118842 о выдаче решения на изменение целевого назначения земельного участка (кадастровый "
        "номер 12-193-025-447), сообщает следующее.",
        "Согласно заключению земельной комиссии от 06.03.2027 № 9 испрашиваемое изменение целевого назначения "
        "(с «ведения крестьянского хозяйства» на «строительство автозаправочной станции») не соответствует "
        "утвержденной схеме зонирования земель Костанайского района.",
        "На основании подпункта 2) пункта 9 стандарта государственной услуги Вам отказано в оказании "
        "государственной услуги «Выдача решения на изменение целевого назначения земельного участка».",
        "В соответствии со статьей 91 Административного процедурно-процессуального кодекса Республики Казахстан "
        "Вы вправе обжаловать настоящее решение в административном (досудебном) порядке.",
        ("sp",),
        ("table", [["Руководитель управления", "Е. Жакупов"]], {"grid": False, "bold_rows": 0}),
        ("p", "Исп. Ковалев Д.И., 8 (7142) 53-18-52", "S"),
    ], author="Kovalev")
    body = ("Уважаемые коллеги!\r\n\r\nПо обращению гражданина Сидоренко В.П., поступившему через Единый "
            "контакт-центр 1414 (обращение № 1414-2027-0311875), сообщаем, что заявителю дан ответ. "
            "Копия мотивированного отказа прилагается.\r\n\r\nКовалев Д.И.\r\nруководитель отдела землеустройства\r\n")
    msg = mail(hdr(a_("Ковалев Денис Игоревич", "d.kovalev@zher.kostanay.gov.kz", "windows-1251"), EKC,
                   "Ответ по обращению 1414-2027-0311875", "Wed, 10 Mar 2027 14:41:09 +0500",
                   "<011c01db91a3$5d7a2b90$186f82b0$@zher.kostanay.gov.kz>", charset="windows-1251",
                   extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
               multi("mixed", [text(body, charset="windows-1251", cte="quoted-printable"),
                               att("Отказ Сидоренко В.П..docx", docx)],
                     "----=_NextPart_000_011D_01DB91CD.2A4C5E10"), preamble=True, crlf=True)
    emit(name, msg, [D("body", "ru"), D("Отказ Сидоренко В.П..docx", "ru")], "zher_kst", ["00201014"],
         "additional_answer", our("ЕКЦ-2027/099", "2027-03-01", S_ADD + " № 00201014"),
         "ignore for the case: a refusal to an applicant (not to ЕКЦ); the additional answer is still awaited",
         lang="ru", fmt="eml (cp1251 QP, CRLF) + docx", sort="refusal of something else",
         hard="'Вам отказано в оказании государственной услуги' with a legal ground, the same registry service, via 1414")


def r02():
    name = "r02-seminarga-mumkindik-zhoq.eml"
    body = """Құрметті Бірыңғай байланыс орталығының басшылығы!

Сіздердің 2027 жылғы 3 ақпандағы № ЕКЦ-2027/061 хатыңызбен жіберілген «Мемлекеттік қызметтер бойынша
азаматтарға кеңес беру сапасын арттыру» семинарына қатысуға шақыруларыңызға алғыс білдіреміз.

Алайда, басқарма мамандарының 15-19 ақпан аралығында облыстың аудандарында көшпелі қабылдау және
субсидиялау бойынша тексеру жұмыстарына тартылуына байланысты семинарға өкіл жіберу мүмкіндігі жоқ.

Семинар материалдарын электрондық поштамызға жіберулеріңізді сұраймыз.

Құрметпен,
басшының орынбасары                     Ә. Жұмабеков

Орынд.: Дүйсенова А., 8 (72533) 4-11-48
"""
    msg = mail(hdr(a_("Түркістан облысы АШБ", "ashb@turkistan.gov.kz"), EKC,
                   "Re: Семинарға шақыру (ЕКЦ-2027/061)", "Wed, 10 Feb 2027 09:58:41 +0500",
                   "<f2c7a9e3b1d84c52@turkistan.gov.kz>",
                   extra=[("In-Reply-To", "<ekc-2027-061@ekc.gov.kz>"), ("References", "<ekc-2027-061@ekc.gov.kz>")]),
               text(body, cte="8bit"))
    emit(name, msg, [D("body", "kk")], "ko_turk", None, "protocol",
         our("ЕКЦ-2027/054", "2027-01-29", S_TRAIN),
         "ignore: declines an invitation to a seminar; the training protocol is a separate matter and still awaited",
         lang="kk", fmt="eml (utf-8 8bit)", sort="refusal of something else",
         hard="a reply to an ЕКЦ letter ('Re:', In-Reply-To) that says 'мүмкіндігі жоқ' — but about a seminar")


def r03():
    name = "r03-otkaz-kandidatu-vakansiya.docx"
    data = make_docx([
        ("p", "ГУ «Управление образования Павлодарской области»\n140000, г. Павлодар, ул. Академика Сатпаева, 49\n"
              "тел. 8 (7182) 32-40-11, uo@bilim.pavlodar.gov.kz", "cS"),
        ("p", "Исх. № 01-08/2217 от 14.04.2027", ""),
        ("p", "Кенжебаевой Асель Тимуровне\nasel.kenzhebaeva.91@mail.kz", "r"),
        ("p", "Уважаемая Асель Тимуровна!", "c"),
        "Благодарим Вас за интерес к вакантной должности главного специалиста отдела государственных услуг и "
        "цифровизации Управления образования Павлодарской области.",
        "Сообщаем, что по итогам рассмотрения документов конкурсной комиссией (протокол от 12.04.2027 № 3) Вы не "
        "допущены к собеседованию в связи с несоответствием квалификационным требованиям: отсутствует требуемый "
        "стаж работы (не менее двух лет в сфере образования или государственных услуг).",
        "Ваши документы могут быть возвращены по Вашему письменному заявлению. Приглашаем Вас принять участие в "
        "следующих конкурсах, информация о которых размещается на интернет-ресурсе Управления и на портале "
        "Агентства по делам государственной службы.",
        ("sp",),
        "С уважением,\nруководитель службы управления персоналом                                           Д. Нургалиева",
    ], author="SUP")
    emit(name, data, [D(name, "ru")], "obr_pvl", None, "appointment",
         our("ЕКЦ-2027/154", "2027-04-08", S_APP),
         "ignore: a letter refusing a job candidate",
         lang="ru", fmt="docx", sort="refusal of something else",
         hard="an outgoing letter with number and date refusing with a reason, from the agency awaiting an appointment")


def r04():
    name = "r04-otkaz-v-provedenii-proverki.eml"
    body = """ТОО «ЭкоСервис Павлодар»
Директору Байсеитову А.М.

Исх. № 26-12/1190 от 17.05.2027

На Ваше обращение от 05.05.2027 вх. № 3302 о проведении внеплановой проверки соблюдения
природоохранного законодательства соседним предприятием ТОО «ЕкибастузСтройМатериалы»
сообщаем.

В соответствии с пунктом 3 статьи 144 Предпринимательского кодекса Республики Казахстан
основанием для внеплановой проверки являются обращения физических и юридических лиц о
конкретных фактах причинения вреда. В Вашем обращении такие факты не приведены, документы,
подтверждающие нарушения, не представлены.

В связи с изложенным в проведении внеплановой проверки отказано.

Дополнительно сообщаем, что профилактический контроль объекта запланирован на III квартал
2027 года.

Заместитель председателя Комитета          Б. Сулейменов

исп. Жарылгасова Т., тел. 8 (7172) 74-08-95
"""
    msg = mail(hdr(a_("Канцелярия КЭРК", "kerk@ecogeo.gov.kz"),
                   "info@ecoservice-pvl.kz", "Ответ на обращение вх. № 3302", "Mon, 17 May 2027 16:33:27 +0500",
                   "<kerk.out.1190.20270517@ecogeo.gov.kz>",
                   cc=EKC + ", " + "ekibastuz.eco@ecogeo.gov.kz"),
               text(body, cte="quoted-printable"))
    emit(name, msg, [D("body", "ru")], "prirod_kmg", ["01102004"], "additional_answer",
         our("ЕКЦ-2027/195", "2027-05-06", S_ADD + " № 01102004"),
         "ignore: a refusal of an inspection to a company, ЕКЦ only in copy; the additional answer is still awaited",
         lang="ru", fmt="eml (utf-8 QP)", sort="refusal of something else",
         hard="'отказано' with the legal ground and an outgoing number, from the agency that owes ЕКЦ an answer")


def r05():
    name = "r05-otkaz-vo-vstreche.pdf"
    pdf = make_pdf([
        ("p", "ДЕПАРТАМЕНТ ЮСТИЦИИ ЖАМБЫЛСКОЙ ОБЛАСТИ", "cB"),
        ("p", "080000, г. Тараз, пр. Толе би, 27 · тел. 8 (7262) 43-55-01 · dju@zhambyl.adilet.gov.kz", "cS"),
        ("p", "№ 5-14/2031                                                                      26.03.2027", ""),
        ("p", "Председателю Жамбылского областного\nфилиала ОО «Союз риелторов Казахстана»\nАбенову К.Т.", "r"),
        "Уважаемый Кайрат Тлеубекович!",
        "Рассмотрев Ваше письмо от 18 марта 2027 года с просьбой об организации встречи членов Союза с руководством "
        "Департамента по вопросам сроков регистрации прав на недвижимое имущество, сообщаем, что в апреле 2027 года "
        "проведение такой встречи не представляется возможным ввиду проведения Министерством юстиции комплексной "
        "проверки деятельности Департамента.",
        "Вопросы, касающиеся конкретных сделок, могут быть рассмотрены в ходе личного приема руководителя "
        "Департамента, который проводится по средам с 15:00 до 18:00 по предварительной записи "
        "(тел. 8 (7262) 43-55-09), а также через блог руководителя.",
        "Предлагаем вернуться к вопросу проведения встречи в мае 2027 года.",
        ("sp", 14),
        "Руководитель Департамента                                                           А. Турсынбаев",
        ("sp", 20),
        ("p", "Исп.: Мамырбекова Г., 8 (7262) 43-55-14", "S"),
    ], title="Ответ 5-14/2031", author="DJU Zhambyl")
    emit(name, pdf, [D(name, "ru")], "nedvizh", ["00901030"], "information",
         our("ЕКЦ-2027/124", "2027-03-18", S_INFO + ": 00901022, 00901030"),
         "ignore: declines a meeting with realtors; the form is still awaited",
         lang="ru", fmt="pdf", sort="refusal of something else",
         hard="'не представляется возможным' with a reason, same date of request as ЕКЦ's own letter (18 March)")


def r06():
    name = "r06-azamat-otinishine-zhauap.txt"
    body = """Ақтөбе облысының жер қатынастары басқармасы

Азамат Жұмағұлов Мейрамбек Серікұлына
Ақтөбе қ., 12 шағын аудан, 37 үй, 55 пәтер

2027 жылғы 21 мамыр № ЖТ-Ж-877

Сіздің 2027 жылғы 6 мамырдағы жеке тұрғын үй құрылысы үшін жер учаскесін кезектен тыс беру туралы
өтінішіңіз қаралды.

Қазақстан Республикасы Жер кодексінің 9-бабына сәйкес жер учаскелері кезек тәртібімен беріледі.
Кезектен тыс беру құқығы заңнамада көзделген санаттарға (көп балалы отбасылар, мүгедектігі бар
адамдар және т.б.) ғана қолданылады. Ұсынылған құжаттарда Сіздің аталған санаттарға жататыныңызды
растайтын мәліметтер жоқ.

Осыған байланысты, жер учаскесін кезектен тыс беру мүмкін емес. Сіз кезекте 4 318-ші орындасыз.

Шешіммен келіспеген жағдайда Қазақстан Республикасының ӘРПК-не сәйкес жоғары тұрған органға
немесе сотқа шағымдануға құқығыңыз бар.

Басшының орынбасары                              Т. Бекжанов

Орынд.: Сәрсенова Г., 8 (7132) 55-40-22
"""
    data = b"\xff\xfe" + body.replace("\n", "\r\n").encode("utf-16-le")
    emit(name, data, [D(name, "kk")], "kz_aktobe", ["00201033"], "additional_answer",
         our("ЕКЦ-2027/203", "2027-05-12", S_ADD + " № 00201033"),
         "ignore: an answer to a citizen refusing a land plot out of turn",
         lang="kk", fmt="txt (UTF-16 LE, BOM)", sort="refusal of something else",
         hard="Kazakh refusal ('мүмкін емес') with reasons and an outgoing number, addressed to a citizen")


def r07():
    name = "r07-net-vozmozhnosti-seminar-nolabel.eml"
    body = """Уважаемые коллеги!

На Ваше письмо от 22.03.2027 № ЕКЦ-2027/130 о проведении выездного семинара для
сотрудников Управления по теме "Стандарты обслуживания граждан по телефону"
сообщаем, что в связи с высокой загруженностью (подготовка к отопительному сезону,
прием паспортов готовности котельных) направить сотрудников на семинар
в апреле 2027 года не представляется возможным.

Просим рассмотреть возможность проведения семинара в онлайн-формате во второй
половине мая.

Заместитель руководителя управления                  С. Нурмагамбетов

Исп. Карабалина Ж.
8 (7122) 27-90-14
"""
    msg = mail(hdr(a_("Карабалина Жанна", "energo@atyrau.gov.kz", "windows-1251"), EKC,
                   "RE: ЕКЦ-2027/130 семинар", "Wed, 31 Mar 2027 11:02:54 +0500",
                   "<3E2C1A0B9F8D4E5C@atyrau.gov.kz>", charset="windows-1251"),
               text(body, charset="windows-1251", label=None, cte="8bit"))
    emit(name, msg, [D("body", "ru")], "mts_atr", None, "information",
         our("ЕКЦ-2027/129", "2027-03-22", S_INFO + ": 00402039"),
         "ignore: 'no possibility' about a seminar (another ЕКЦ letter); the form for 00402039 is still awaited",
         lang="ru", fmt="eml (cp1251 8bit, no charset label)", sort="refusal of something else",
         hard="missing charset; 'не представляется возможным' in a reply to an ЕКЦ letter number one off the awaited one")


def r08():
    name = "r08-internship-refusal-bilingual.eml"
    body = """Dear Ms. Zhanibekova,

Thank you for your application for a summer internship at the Committee for Information Security.
Unfortunately we are unable to offer internships this year: under the Committee's security regulations,
access to our premises is restricted to staff with clearance.

Құрметті Жәнібекова ханым,

Ақпараттық қауіпсіздік комитетіне жазғы тағылымдамадан өту туралы өтінішіңізге рахмет. Өкінішке
қарай, биыл тағылымдама ұйымдастыру мүмкіндігі жоқ.

Уважаемая г-жа Жанибекова,

К сожалению, в текущем году Комитет не имеет возможности предоставить место для прохождения
практики в связи с режимными ограничениями.

Kind regards / Құрметпен / С уважением,
HR Office, Committee for Information Security
+7 (7172) 64-20-71
"""
    msg = mail(hdr(a_("HR KIB", "hr@infosec.gov.kz"), "a.zhanibekova@nu.edu.kz",
                   "Internship application / Тағылымдама / Практика", "Fri, 21 May 2027 12:15:00 +0500",
                   "<hr-reply-0521-77@infosec.gov.kz>", cc=EKC,
                   extra=[("Reply-To", "hr@infosec.gov.kz")]),
               text(body, cte="quoted-printable"))
    emit(name, msg, [D("body")], "tsifra", None, "additional_answer",
         our("ЕКЦ-2027/207", "2027-05-14", S_ADD + " № 01302001"),
         "ignore: refuses an internship to a student; ЕКЦ got it in copy by mistake",
         lang="en+kk+ru", fmt="eml (utf-8 QP)", sort="refusal of something else",
         hard="'unable ... security regulations' / 'режимными ограничениями' — sounds like a secrecy refusal (p.11)")


def r09():
    name = "r09-otkaz-akkreditacii-smi-koi8.eml"
    body = """Уважаемая Ольга Владимировна!

Пресс-служба Управления физической культуры и спорта города Астаны сообщает,
что в аккредитации корреспондента интернет-издания "Спорт-Астана.инфо" на
церемонию награждения по итогам городской спартакиады 12 июня 2027 года
отказано в связи с тем, что заявка поступила после окончания срока приема
заявок (до 5 июня 2027 года включительно).

Видеотрансляция церемонии будет доступна на официальном канале Управления.

С уважением,
пресс-служба УФКиС г. Астаны
тел. 8 (7172) 55-62-40
"""
    msg = mail(hdr(a_("Пресс-служба", "press@sport.astana.gov.kz", "koi8-r"),
                   "o.pak@sport-astana.info", "Аккредитация на 12 июня", "Thu, 10 Jun 2027 19:40:11 +0500",
                   "<20270610194011.5512@press.sport.astana.gov.kz>", charset="koi8-r",
                   extra=[("Bcc", EKC)]),
               text(body, charset="koi8-r", cte="quoted-printable"))
    emit(name, msg, [D("body", "ru")], "sport_ast", ["00705002"], "appointment",
         our("ЕКЦ-2027/235", "2027-06-03", S_APP),
         "ignore: an accreditation refusal to a journalist, ЕКЦ in blind copy",
         lang="ru", fmt="eml (koi8-r QP)", sort="refusal of something else",
         hard="'отказано в связи с тем, что ...' — a clean reason clause, but about press accreditation")


def r10():
    name = "r10-otvet-zhurnalistu-kommercheskaya-taina.eml"
    pdf = make_pdf([
        ("p", "Управление пассажирского транспорта и автомобильных дорог Мангистауской области", "cB"),
        ("p", "Исх. № 04-11/608 от 02.06.2027", "r"),
        ("p", "Главному редактору газеты «Маңғыстау-Инфо»\nТемирову Р.Б.", "r"),
        "На Ваш запрос от 24 мая 2027 года № 55 о предоставлении копий договоров субсидирования перевозчиков по "
        "социально значимым маршрутам и сведений о размере выручки перевозчиков сообщаем.",
        "Запрашиваемые сведения о выручке перевозчиков и условиях договоров составляют коммерческую тайну "
        "перевозчиков, не являющихся государственными органами, и в соответствии со статьей 18 Закона «О доступе к "
        "информации» не подлежат предоставлению.",
        "Общий объем субсидий на 2027 год (1 412,6 млн тенге) и перечень субсидируемых маршрутов размещены на "
        "интернет-ресурсе Управления.",
        ("sp",),
        "Руководитель                                                                                 Е. Таскынбаев",
    ], title="04-11/608", author="zholdar")
    body = ("Добрый день.\n\nДля сведения направляем копию ответа на запрос СМИ по теме перевозок. "
            "Если журналисты обратятся на линию 1414, просим ориентироваться на этот ответ.\n\n"
            "Пресс-служба УПТиАД Мангистауской области\n")
    msg = mail(hdr(a_("Пресс-служба Жолдар", "press@zholdar.mangystau.gov.kz"), EKC,
                   "Копия ответа на запрос СМИ (для сведения)", "Thu, 03 Jun 2027 10:20:45 +0500",
                   "<60b8f2a1c0e6@zholdar.mangystau.gov.kz>"),
               multi("mixed", [text(body, cte="base64"), att("otvet_SMI_04-11-608.pdf", pdf)], "mixed-9e0c7"))
    emit(name, msg, [D("body", "ru"), D("otvet_SMI_04-11-608.pdf", "ru")], "mangy_tr", ["00302025"],
         "additional_answer", our("ЕКЦ-2027/224", "2027-05-26", S_ADD + " № 00302025"),
         "ignore: a copy of a refusal to a newspaper (commercial secret), sent for information; ЕКЦ's question is unanswered",
         lang="ru", fmt="eml+pdf", sort="refusal of something else",
         hard="a commercial-secret refusal with the exact p.11 ground, but to a journalist, ЕКЦ only informed")


for _f in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10):
    _f()


# ==============================================================================================
# Q. The agency asks us, asks for more time, promises later, acknowledges, returns, forwards
# ==============================================================================================
OUR_REQ_TEXT = """Единый контакт-центр по вопросам оказания государственных услуг в соответствии с пунктом 4
Правил взаимодействия просит в течение трех рабочих дней назначить ответственное лицо и в срок не
более пяти рабочих дней представить информацию по государственным услугам по прилагаемой форме
(Приложение 1), а также согласовать дату обучения сотрудников Единого контакт-центра."""


def q01():
    name = "q01-vopros-po-grafe-6.eml"
    body = """Здравствуйте!

Прежде чем заполнять форму, просим пояснить два момента:

1) В графе 6 «Изменения нормативных правовых актов» указывать все приказы о внесении изменений
в стандарт с 2015 года или только действующую редакцию?
2) Регламенты государственных услуг, утвержденные постановлением акимата Павлодарской области,
утратили силу. Что писать в графе 5 – «утратил силу» или оставить пустой?

От ответа зависит, будем ли мы подавать одну строку по каждой услуге или несколько.
Форму направим сразу после получения разъяснений.

С уважением,
Бекова Мадина Ержановна
главный специалист отдела госуслуг и цифровизации
Управление образования Павлодарской области
8 (7182) 32-40-26

-----Original Message-----
From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Tuesday, April 6, 2027 10:14 AM
To: uo@bilim.pavlodar.gov.kz
Subject: ЕКЦ-2027/152 О представлении информации по государственным услугам

> Уважаемые коллеги!
>
> """ + OUR_REQ_TEXT.replace("\n", "\n> ") + """
>
> № в реестре: 00504011, 00504019
>
> С уважением, Единый контакт-центр
"""
    msg = mail(hdr(a_("Бекова Мадина", "m.bekova@bilim.pavlodar.gov.kz"), EKC,
                   "RE: ЕКЦ-2027/152 О представлении информации по государственным услугам",
                   "Thu, 08 Apr 2027 15:51:02 +0500", "<DB9PR01MB7788A1B2C3@bilim.pavlodar.gov.kz>",
                   extra=[("In-Reply-To", "<ekc-2027-152@ekc.gov.kz>"), ("References", "<ekc-2027-152@ekc.gov.kz>"),
                          ("Thread-Topic", h("ЕКЦ-2027/152 О представлении информации по государственным услугам"))]),
               text(body, cte="quoted-printable"))
    emit(name, msg, [D("body", "ru")], "obr_pvl", None, "information",
         our("ЕКЦ-2027/152", "2027-04-06", S_INFO),
         "operator answers the agency's questions on columns 5–6; the case keeps waiting for the form",
         lang="ru", fmt="eml (utf-8 QP, quoted original)", sort="agency asks us",
         hard="a genuine reply to our letter, naming the form's columns and both registry numbers — yet no information")


def q02():
    name = "q02-prodlenie-sroka-cp1251.eml"
    body = """Уважаемые коллеги!

В связи с проводимой реорганизацией Управления строительства, архитектуры и
градостроительства Западно-Казахстанской области (постановление акимата области
от 11.03.2027 № 58) и передачей функций по выдаче архитектурно-планировочных
заданий в отделы архитектуры районов, просим продлить срок представления
информации по запросу от 24.02.2027 № ЕКЦ-2027/092 до 20 апреля 2027 года.

Информация по формe Приложения 1 будет направлена дополнительно после
утверждения новой структуры и положений об отделах.

Заместитель руководителя                           А. Хайруллин

Исп.: Ескалиева Д., 8 (7112) 51-33-07
"""
    msg = mail(hdr(a_("Ескалиева Динара", "d.eskalieva@kurylys.zko.gov.kz", "windows-1251"), EKC,
                   "О продлении срока (на № ЕКЦ-2027/092)", "Mon, 15 Mar 2027 09:40:00 +0500",
                   "<7a1b4c0e2d3f@kurylys.zko.gov.kz>", charset="windows-1251"),
               text(body, charset="windows-1251", cte="base64"))
    emit(name, msg, [D("body", "ru")], "stroi_zko", None, "information",
         our("ЕКЦ-2027/092", "2027-02-24", S_INFO),
         "operator notes the requested deadline (20.04.2027); the case keeps waiting for the form",
         lang="ru", fmt="eml (cp1251 base64)", sort="more time",
         hard="answers our exact letter number, speaks of 'Информация по форме Приложения 1' but gives none")


def q03():
    name = "q03-aqparat-keyinirek.eml"
    body = """Қайырлы күн!

Сіздердің 2027 жылғы 11 ақпандағы № ЕКЦ-2027/073 сұрау салуыңызға жауап ретінде хабарлаймыз:
«Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру» мемлекеттік көрсетілетін
қызметтің стандарты қазіргі уақытта жаңа редакцияда бекітілу сатысында (жария талқылау 2027 жылғы
19 ақпанда өтті).

Стандарт бекітіліп, «Әділет» жүйесінде тіркелгеннен кейін, 1-қосымшаға сәйкес нысан бойынша
ақпарат қосымша жіберілетін болады. Болжамды мерзім – 2027 жылғы сәуір.

Түсіністікпен қарағандарыңызға рахмет.

Құрметпен,
Д. Төлеген
басқарманың мемлекеттік қызметтер секторының меңгерушісі
8 (7242) 23-05-19
"""
    msg = mail(hdr(a_("Төлеген Дәурен", "d.tolegen@bilim.kyzylorda.gov.kz"), EKC,
                   "ЕКЦ-2027/073 сұрау салуына", "Tue, 02 Mar 2027 11:18:37 +0500",
                   "<CAJ8wq0T1n5@bilim.kyzylorda.gov.kz>"),
               multi("alternative", [text(body, cte="base64"),
                                     text("<div dir=\"ltr\">" + body.replace("\n", "<br>\n") + "</div>\n", "html",
                                          cte="base64")], "000000000000f3c1d205f0a9b7e1"))
    emit(name, msg, [D("body", "kk")], "bilim_kzl", ["00504019"], "information",
         our("ЕКЦ-2027/073", "2027-02-11", S_INFO),
         "operator notes that the information will come after the standard is approved (about April 2027)",
         lang="kk", fmt="eml (multipart/alternative utf-8)", sort="promise later",
         hard="a reply to our request number that names the service and the form — promises the information later")


def q04():
    name = "q04-esedo-uvedomlenie-bilingual.eml"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma;font-size:9pt">
<table cellpadding="3" style="border:1px solid #9ab">
<tr><td colspan="2" style="background:#dde6f0"><b>ЕСЭДО / БЭҚҚЖ – уведомление о регистрации документа / құжатты тіркеу туралы хабарлама</b></td></tr>
<tr><td>Организация / Ұйым:</td><td>Комитет регистрационной службы и оказания правовой помощи МЮ РК</td></tr>
<tr><td>Входящий № / Кіріс №:</td><td><b>КРС-В-04471</b></td></tr>
<tr><td>Дата регистрации / Тіркелген күні:</td><td>19.01.2027 14:32</td></tr>
<tr><td>Исходящий № отправителя / Жіберушінің шығыс №:</td><td>ЕКЦ-2027/038 от 18.01.2027</td></tr>
<tr><td>Краткое содержание / Қысқаша мазмұны:</td><td>О назначении ответственного лица за представление информации в Единый контакт-центр</td></tr>
<tr><td>Исполнитель / Орындаушы:</td><td>Управление организации работы ЗАГС и апостилирования</td></tr>
<tr><td>Срок исполнения / Орындау мерзімі:</td><td>22.01.2027</td></tr>
</table>
<p style="color:#777">Сообщение сформировано автоматически. Не отвечайте на него.<br>Хабарлама автоматты түрде жасалды. Жауап бермеңіз.</p>
</body></html>
"""
    msg = mail(hdr(a_("ЕСЭДО МЮ РК", "no-reply@esedo.adilet.gov.kz"), EKC,
                   "Документ зарегистрирован / Құжат тіркелді: КРС-В-04471", "Tue, 19 Jan 2027 14:32:55 +0500",
                   "<esedo.notify.04471@esedo.adilet.gov.kz>",
                   extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
               text(html, "html", cte="base64"))
    emit(name, msg, [D("body")], "krs_mju", None, "appointment",
         our("ЕКЦ-2027/038", "2027-01-18", S_APP),
         "ignore (or note the incoming number): a registration notice; the appointment is still awaited",
         lang="ru+kk", fmt="eml (HTML only, utf-8 base64)", sort="acknowledgement",
         hard="an auto notice quoting our number, date and subject 'О назначении ответственного лица' and an executor")


def q05():
    name = "q05-vozvrat-zaprosa-bez-prilozheniya.eml"
    our_doc = make_docx([
        ("p", "ЕДИНЫЙ КОНТАКТ-ЦЕНТР ПО ВОПРОСАМ ОКАЗАНИЯ ГОСУДАРСТВЕННЫХ УСЛУГ", "cB"),
        ("p", "№ ЕКЦ-2027/069 от 08.02.2027", ""),
        ("p", "Управление ветеринарии\nВосточно-Казахстанской области", "r"),
        ("p", S_INFO, "B"),
        OUR_REQ_TEXT.replace("\n", " "),
        "Приложение: форма на 1 листе.",
        "Руководитель                                                                     (подпись)",
        ("br",),
        ("p", "Приложение 1\nк Правилам взаимодействия Единого контакт-центра", "rS"),
        ("p", "Запрос о предоставлении информации о государственной услуге", "cB"),
        ("table", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
                    "Стандарт государственной услуги (с указанием его реквизитов)",
                    "Регламент государственной услуги (с указанием его реквизитов)",
                    "Изменения нормативных правовых актов",
                    "Интернет-ресурс, на котором размещена информация о государственной услуге",
                    "Фамилия, имя, отчество, должность ответственного лица"],
                   ["1", "2", "3", "4", "5", "6", "7", "8"],
                   ["", "", "", "", "", "", "", ""]], {"small": True, "bold_rows": 1}),
        "Ф.И.О. ответственного исполнителя ____________________",
        "Дата: « __ » ________ 20__ г.",
    ], author="EKC", landscape=True)
    body = """Добрый день!

Ваш запрос № ЕКЦ-2027/069 от 08.02.2027 поступил к нам через ЕСЭДО без приложения:
в карточке указано «Приложение: форма на 1 листе», но сама форма не приложена (в файле только
пустой шаблон). Возвращаем документ, просим направить повторно с перечнем услуг, по которым
требуется информация.

Кенесова Д.М.
Управление ветеринарии ВКО
8 (7232) 76-41-28
"""
    msg = mail(hdr(a_("Кенесова Динара", "d.kenesova@vet.vko.gov.kz"), EKC,
                   "Возврат документа ЕКЦ-2027/069", "Thu, 11 Feb 2027 10:07:15 +0500",
                   "<5f1e2a9c-0b7d-4f3e-a1c2-9d8e7f6a5b4c@vet.vko.gov.kz>"),
               multi("mixed", [text(body, cte="8bit"), att("ЕКЦ-2027-069.docx", our_doc)],
                     "----=_Part_11402_1736521.1676092035"))
    emit(name, msg, [D("body", "ru"), D("ЕКЦ-2027-069.docx", "ru")], "vet_vko", None, "information",
         our("ЕКЦ-2027/069", "2027-02-08", S_INFO),
         "operator re-sends the request with the list of services; nothing to apply",
         lang="ru", fmt="eml + docx (our own request with a blank Appendix 1)", sort="our request returned",
         hard="the attachment is the Appendix 1 form itself, headers and 1–8 row, all cells empty")


def q06():
    name = "q06-pereadresaciya-vnutri-fw.eml"
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal><b>Муратову И.Б., Утеповой Г.Н.</b><br>
Прошу подготовить информацию по форме и проект письма о назначении ответственного.
Срок – 12.02.2027.<br>Л. Жанбурчинова</p>
<p class=MsoNormal>&nbsp;</p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b>From:</b> Единый контакт-центр &lt;info@ekc.gov.kz&gt;<br>
<b>Sent:</b> Tuesday, February 2, 2027 4:18 PM<br>
<b>To:</b> madeniet@atyrau.gov.kz<br>
<b>Subject:</b> ЕКЦ-2027/060 О назначении ответственного лица за представление информации в Единый контакт-центр</p></div>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Уважаемые коллеги!</p>
<p class=MsoNormal>""" + OUR_REQ_TEXT.replace("\n", " ") + """</p>
<p class=MsoNormal>Государственные услуги: 00703001 «Выдача архивных справок»; 00706002 «Выдача свидетельства на
право временного вывоза культурных ценностей».</p>
<p class=MsoNormal>С уважением,<br>Единый контакт-центр</p>
</div></body></html>
"""
    msg = mail(hdr(a_("Жанбурчинова Ляззат", "l.zhanburchinova@madeniet.atyrau.gov.kz", "windows-1251"),
                   a_("Муратов Ильяс", "i.muratov@madeniet.atyrau.gov.kz", "windows-1251") + ", " +
                   a_("Утепова Галия", "g.utepova@madeniet.atyrau.gov.kz", "windows-1251") + ", " +
                   a_("Единый контакт-центр", EKC, "windows-1251"),
                   "FW: ЕКЦ-2027/060 О назначении ответственного лица за представление информации в Единый контакт-центр",
                   "Wed, 03 Feb 2027 09:02:48 +0500", "<001f01db7601$a9b2c3d0$fd1e4970$@madeniet.atyrau.gov.kz>",
                   charset="windows-1251", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")]),
               text(html, "html", "windows-1251", cte="quoted-printable"), crlf=True)
    emit(name, msg, [D("body", "ru")], "arhiv_atr", None, "appointment",
         our("ЕКЦ-2027/060", "2027-02-02", S_APP),
         "ignore: an internal forward with a resolution, ЕКЦ left among the recipients",
         lang="ru", fmt="eml (HTML only, cp1251 QP, CRLF)", sort="forwarded internally",
         hard="FW: of our own letter with both registry numbers; a resolution naming two employees and a deadline")


def q07():
    name = "q07-hat-tirkeldi.eml"
    body = """Сәлеметсіз бе!

Сіздердің 2027 жылғы 5 қаңтардағы № ЕКЦ-2027/019 хатыңыз алынды және 2027 жылғы 6 қаңтарда
№ 15 кіріс нөмірімен тіркелді. Хат орындау үшін аудан әкімі аппаратының мемлекеттік қызметтер
бөліміне жолданды.

Жауап белгіленген мерзімде жіберіледі.

Құжаттамалық қамтамасыз ету секторы
Ескелді ауданы әкімінің аппараты
"""
    msg = mail(hdr(a_("Кеңсе", "akimat@eskeldi.zhetisu.gov.kz"), EKC, "Хат тіркелді",
                   "Wed, 06 Jan 2027 17:12:09 +0500", "<kense.2027.0015@eskeldi.zhetisu.gov.kz>"),
               text(body, cte="quoted-printable"))
    emit(name, msg, [D("body", "kk")], "akim_zhet", None, "protocol",
         our("ЕКЦ-2027/019", "2027-01-05", S_TRAIN),
         "ignore: acknowledgement of receipt; the training protocol is still awaited",
         lang="kk", fmt="eml (utf-8 QP)", sort="acknowledgement",
         hard="short Kazakh acknowledgement quoting our number, 'жауап ... жіберіледі'")


def q08():
    name = "q08-zapros-statistiki-1414.eml"
    body = """Құрметті әріптестер! / Уважаемые коллеги!

Басқарманың 2026 жылғы жұмысы туралы есепті дайындау үшін 1414 бірыңғай байланыс орталығына
2026 жылы түскен өтініштер саны туралы мәліметтерді ұсынуларыңызды сұраймыз.

Для подготовки отчета Управления за 2026 год просим предоставить статистику обращений на линию
1414 по следующим государственным услугам:

  00801003 – Мемлекеттік атаулы әлеуметтік көмек тағайындау / Назначение адресной социальной помощи
  00801019 – Үйде әлеуметтік қызмет көрсетуге құжаттарды ресімдеу / Оформление документов на
             социальное обслуживание на дому

Қажетті көрсеткіштер / Необходимые показатели: айлар бойынша өтініштер саны / количество
обращений по месяцам; шағымдар үлесі / доля жалоб.

Мерзімі / Срок: 2027 жылғы 25 қаңтар / 25 января 2027 года.

Құрметпен / С уважением,
Серғазиева Жанар Әділбекқызы
басшының орынбасары / заместитель руководителя
8 (7222) 52-18-30, zh.sergazieva@abai.gov.kz
"""
    msg = mail(hdr(a_("Серғазиева Жанар", "zh.sergazieva@abai.gov.kz"), EKC,
                   "Статистика сұрау / Запрос статистики 1414", "Mon, 18 Jan 2027 12:00:31 +0500",
                   "<0118120031.sergazieva@abai.gov.kz>"),
               text(body, cte="base64"))
    emit(name, msg, [D("body")], "zhumys_abai", ["00801003", "00801019"], "consulting", None,
         "the contact centre prepares statistics for the agency; nothing to apply to the consulting case",
         lang="kk+ru", fmt="eml (utf-8 base64)", sort="agency asks us",
         hard="bilingual request with registry numbers, a named deputy head with phone and e-mail, a deadline")


def q09():
    name = "q09-kvitanciya-cp866.txt"
    body = """================================================================
 КВИТАНЦИЯ О РЕГИСТРАЦИИ ВХОДЯЩЕГО ДОКУМЕНТА
 Департамент юстиции Жамбылской области
================================================================
 Вх. N ........... : 01-В/1183
 Дата регистрации  : 19.03.2027 10:44
 Корреспондент     : Единый контакт-центр
 Исх. N / дата     : ЕКЦ-2027/124 от 18.03.2027
 Вид документа     : Письмо
 Краткое содержание: О представлении информации по государственным
                     услугам (форма Приложения 1): 00901022, 00901030
 Резолюция         : Абдикаримову Е.С., Поляковой Н.С. - подготовить
                     ответ
 Контрольный срок  : 25.03.2027
 Регистратор       : Жунусова К.
================================================================
 Документ принят к рассмотрению. Ответ будет направлен в
 установленный срок.
================================================================
"""
    data = body.replace("\n", "\r\n").encode("cp866")
    emit(name, data, [D(name, "ru")], "nedvizh", None, "information",
         our("ЕКЦ-2027/124", "2027-03-18", S_INFO + ": 00901022, 00901030"),
         "ignore: a registration receipt; the form is still awaited",
         lang="ru", fmt="txt (cp866, CRLF)", sort="acknowledgement",
         hard="DOS code page; our number, services and two named executors with a control date")


def q10():
    name = "q10-promezhutochnyi-otvet-reorganizaciya.eml"
    html = """<div style="font-family: Calibri, sans-serif; font-size: 11pt;">
<p>Уважаемые коллеги,</p>
<p>на Ваш запрос № ЕКЦ-2027/190 от 03.05.2027 сообщаем, что в соответствии с постановлением Правительства
Республики Казахстан от 26 апреля 2027 года № 301 функции по выдаче заключения государственной экологической
экспертизы передаются от Комитета во вновь создаваемое РГУ «Департамент экологической экспертизы».</p>
<p>Ответственное лицо за представление информации в Единый контакт-центр по услугам <b>01102004</b> и
<b>01102017</b> будет определено после утверждения структуры и штатного расписания Департамента
(ориентировочно – до 15 июня 2027 года), о чем Вы будете уведомлены дополнительно.</p>
<p>До указанного времени по оперативным вопросам можно обращаться в приемную Комитета:
8 (7172) 74-08-00.</p>
<p>С уважением,<br>
<b>Управление государственной экологической экспертизы</b><br>
Комитет экологического регулирования и контроля МЭ РК</p>
<p style="font-size:8pt;color:#888">Отправлено из Яндекс Почты для домена</p>
</div>
"""
    msg = mail(hdr(a_("УГЭЭ КЭРК", "ugee@ecogeo.gov.kz"), EKC,
                   "На № ЕКЦ-2027/190 (промежуточный ответ)", "Fri, 07 May 2027 18:45:12 +0500",
                   "<2381620393@webmail.ecogeo.gov.kz>"),
               text(html, "html", cte="quoted-printable"))
    emit(name, msg, [D("body", "ru")], "prirod_kmg", None, "appointment",
         our("ЕКЦ-2027/190", "2027-05-03", S_APP),
         "operator notes the interim answer: the responsible person will be named after the reorganisation",
         lang="ru", fmt="eml (HTML only, utf-8 QP)", sort="promise later",
         hard="'Ответственное лицо ... будет определено' with registry numbers, a date and a phone — no person named")


def q11():
    name = "q11-aralyq-zhauap.docx"
    data = make_docx([
        ("table", [["ҰЛЫТАУ ОБЛЫСЫНЫҢ МӘДЕНИЕТ, ТІЛДЕРДІ ДАМЫТУ ЖӘНЕ АРХИВ ІСІ БАСҚАРМАСЫ\n"
                    "Жезқазған қ., Алашахан даңғылы, 11\nтел. 8 (7102) 72-15-30", ""]], {"grid": False, "bold_rows": 1}),
        "2027 жылғы 20 сәуір № 02-11/371",
        ("p", "Бірыңғай байланыс орталығына", "rB"),
        ("p", "2027 жылғы 14 сәуірдегі № ЕКЦ-2027/163 хатқа", "rI"),
        "Ұлытау облысының мәдениет, тілдерді дамыту және архив ісі басқармасы «Архивтік анықтамалар беру» "
        "(00703001) мемлекеттік көрсетілетін қызметі бойынша ақпарат ұсыну туралы сұрау салуыңызды қарап, "
        "мынаны хабарлайды.",
        "Облыстық мемлекеттік архив 2027 жылғы 1 сәуірден бастап «Бірыңғай архив» ақпараттық жүйесіне көшу "
        "кезеңінде, осыған байланысты қызмет көрсету тәртібі нақтылануда. Сұралған ақпарат жинақталуда және "
        "10 (он) жұмыс күні ішінде қосымша жіберілетін болады.",
        "Кідіріс үшін кешірім сұраймыз.",
        ("sp",),
        "Басшының орынбасары                                                                    Д. Әлиасқаров",
        ("sp",),
        ("p", "Орынд.: Сыздықова Г.Ә., 8 (7102) 72-15-44", "S"),
    ], author="Syzdykova")
    emit(name, data, [D(name, "kk")], "mad_ulytau", None, "information",
         our("ЕКЦ-2027/163", "2027-04-14", S_INFO),
         "operator notes the interim letter (information promised within 10 working days)",
         lang="kk", fmt="docx", sort="promise later",
         hard="official letter on letterhead in answer to our number naming the service — content only promises")


def q12():
    name = "q12-nash-zapros-s-rezolyuciei.eml"
    pdf = make_pdf([
        ("p", "РЕЗОЛЮЦИЯ: Абеновой К.Т. – подготовить информацию по форме Приложения 1 и проект ответа.\n"
              "Срок: 29.01.2027.   С. Д.К. 25.01.27", "I"),
        ("p", "Вх. № 01-04/388 от 25.01.2027", "rS"),
        ("sp", 10),
        ("p", "ЕДИНЫЙ КОНТАКТ-ЦЕНТР ПО ВОПРОСАМ ОКАЗАНИЯ ГОСУДАРСТВЕННЫХ УСЛУГ", "cB"),
        "№ ЕКЦ-2027/044 от 22.01.2027",
        ("p", "Управление занятости и социальных программ города Алматы", "r"),
        ("p", S_INFO, "B"),
        OUR_REQ_TEXT.replace("\n", " "),
        "Перечень государственных услуг: 00801003 «Назначение государственной адресной социальной помощи»; "
        "00801044 «Оформление документов на инвалидов для предоставления им кресла-коляски».",
        "Приложение: форма Приложения 1 на 1 листе.",
        ("sp", 10),
        "Руководитель                                                                               (ЭЦП)",
    ], title="ЕКЦ-2027/044", author="scanner")
    body = "Калима Тулегеновна, на исполнение (резолюция в файле).\n\nЕ. Ким\n"
    msg = mail(hdr(a_("Ким Елена", "e.kim@enbek.almaty.gov.kz"), EKC, "ЕКЦ-2027/044",
                   "Mon, 25 Jan 2027 16:20:05 +0500", "<0c2f5e7a-4b1d-4c7a-9f31-2d6e8a1b5c40@enbek.almaty.gov.kz>",
                   extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
               multi("mixed", [text(body, cte="base64"), att("ЕКЦ-2027-044_рез.pdf", pdf)],
                     "_002_0c2f5e7a4b1d4c7a_"))
    emit(name, msg, [D("ЕКЦ-2027-044_рез.pdf", "ru")], "tsm_almaty", None, "information",
         our("ЕКЦ-2027/044", "2027-01-22", S_INFO),
         "ignore: our own request with an internal resolution, sent to ЕКЦ by mistake (address autocomplete)",
         lang="ru", fmt="eml + pdf (our letter with a resolution)", sort="our request returned",
         hard="PDF of ЕКЦ's own letter with both registry numbers and an executor in the resolution")


def q13():
    name = "q13-soglasovanie-daty-obucheniya-iphone.eml"
    body = """Добрый день!

По вашему письму об обучении: предлагаем провести обучение ваших операторов по услугам 00302011 и 00302025
в четверг 18 февраля в 15:00 по ВКС (ссылку пришлем накануне). Проводить будет Муканов Мейрам Маратович.
Просим подтвердить время или предложить другое. Протокол подготовим по итогам.

Исабекова Ж.

Отправлено с iPhone
"""
    msg = mail(hdr(a_("Жулдыз Исабекова", "z.isabekova@zholdar.mangystau.gov.kz"), EKC,
                   "Re: обучение", "Tue, 09 Feb 2027 21:14:33 +0500",
                   "<9A1E7C2B-3F4D-4E8A-B6C1-0D2F5E7A9B3C@zholdar.mangystau.gov.kz>",
                   extra=[("X-Mailer", "iPhone Mail (20H240)"), ("In-Reply-To", "<ekc-2027-064@ekc.gov.kz>")]),
               text(body, cte="quoted-printable", extra=None))
    emit(name, msg, [D("body", "ru")], "mangy_tr", None, "protocol",
         our("ЕКЦ-2027/064", "2027-02-05", S_TRAIN),
         "operator confirms the training slot; the protocol comes only after the training",
         lang="ru", fmt="eml (utf-8 QP, iPhone)", sort="agency asks us",
         hard="date, time, registry numbers, the trainer's full name and the word 'Протокол' — but nothing has happened yet")


def q14():
    name = "q14-it-contractor-questions-en.eml"
    body = """Hello,

I am the integration consultant working with the Committee for Information Security on its
service catalogue. Before the Committee sends you the Appendix 1 information for service 01302001,
could you please clarify:

  1. Do you accept the form as XLSX, or must it be DOCX signed with an EDS (ЭЦП)?
  2. In column 7 ("web resource") should we give egov.kz or the Committee's own site?
  3. Is an English translation of the service name needed for your knowledge base?

The Committee's responsible person has not been appointed yet; I will pass your answer on to them.

Best regards,
Daniel Weber
Senior Consultant, Nordlicht Digital Advisory (contractor of KIB)
+49 30 5557 1230 | d.weber@nordlicht-advisory.example
"""
    msg = mail(hdr(a_("Daniel Weber", "d.weber@nordlicht-advisory.example"), EKC,
                   "Questions on Appendix 1 for service 01302001", "Wed, 26 May 2027 13:05:44 +0200",
                   "<CAF=Q7w1r9Xy2@mail.nordlicht-advisory.example>", cc="kib@infosec.gov.kz"),
               text(body, cte="8bit"))
    emit(name, msg, [D("body")], "tsifra", None, "information",
         our("ЕКЦ-2027/206", "2027-05-14", S_INFO),
         "operator answers the contractor; the form is still awaited from the agency",
         lang="en", fmt="eml (utf-8 8bit, mostly ASCII)", sort="agency asks us",
         hard="English questions about the form's columns with the registry number; not from the agency's domain")


def q15():
    name = "q15-qosymsha-merzim-suratu.eml"
    body = """Құрметті әріптестер!

Шымкент қаласының денсаулық сақтау басқармасы Сіздердің 2027 жылғы 8 қаңтардағы № ЕКЦ-2027/024
хатыңызға сәйкес жауапты тұлғаны тағайындау туралы бұйрық жобасы дайындалғанын хабарлайды.
Басқарма басшысының іссапарда болуына байланысты бұйрыққа қол қою үшін 2027 жылғы
20 қаңтарға дейін қосымша мерзім беруді сұраймыз.

Бұйрыққа қол қойылғаннан кейін жауапты тұлғаның деректері дереу жіберіледі.

Құрметпен,
Р. Құдайбергенов
басшының орынбасары

--
С уважением, Управление здравоохранения г. Шымкент
"""
    msg = mail(hdr(a_("Құдайбергенов Руслан", "r.kudaibergenov@densaulyk.shymkent.gov.kz"), EKC,
                   "Мерзімді ұзарту туралы (№ ЕКЦ-2027/024)", "Wed, 13 Jan 2027 10:28:19 +0500",
                   "<4e2b6a91.mail@densaulyk.shymkent.gov.kz>"),
               text(body, cte="8bit"))
    emit(name, msg, [D("body", "kk")], "densau_shym", None, "appointment",
         our("ЕКЦ-2027/024", "2027-01-08", S_APP),
         "operator notes the extension asked (until 20.01.2027); the appointment is still awaited",
         lang="kk", fmt="eml (utf-8 8bit)", sort="more time",
         hard="Kazakh letter about 'жауапты тұлғаны тағайындау' signed by a named deputy head — but asks for time")


for _f in (q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15):
    _f()


# ==============================================================================================
# I. Invitations, congratulations, thanks
# ==============================================================================================
def i01():
    name = "i01-priglashenie-seminar-apk.eml"
    pdf = make_pdf([
        ("p", "ПРОГРАММА\nобластного семинара «Актуальные вопросы оказания государственных услуг в сфере АПК»", "cB"),
        "Дата: 23 апреля 2027 года\nМесто: г. Кокшетау, ул. Абая, 96, актовый зал Управления сельского хозяйства",
        ("table", [["Время", "Тема", "Докладчик"],
                   ["10:00–10:15", "Открытие семинара", "Мақажанов Ж.К., заместитель руководителя Управления"],
                   ["10:15–11:00", "Субсидирование стоимости удобрений (00601007): изменения 2027 года",
                    "Айтжанова С.Б., главный специалист"],
                   ["11:00–11:30", "Выдача ветеринарной справки (00601031) через ИС «ИБСПР»",
                    "Рыспаев Н.Т., Управление ветеринарии"],
                   ["11:30–12:00", "Работа с обращениями граждан, поступающими через ЕКЦ 1414",
                    "представитель ЕКЦ (по согласованию)"],
                   ["12:00–12:30", "Ответы на вопросы", ""]], {"widths": [2.5, 8.5, 6]}),
        ("p", "Регистрация участников до 20 апреля по тел. 8 (7162) 29-41-55", "I"),
    ], title="Программа семинара", author="USH Akmola")
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Уважаемые коллеги!</p>
<p>Управление сельского хозяйства Акмолинской области приглашает представителя Единого контакт-центра принять
участие в областном семинаре <b>«Актуальные вопросы оказания государственных услуг в сфере АПК»</b>,
который состоится <b>23 апреля 2027 года в 10:00</b> в г. Кокшетау.</p>
<p>Просим до 20 апреля сообщить Ф.И.О. участника и при возможности подготовить выступление
(15 минут) о работе с обращениями граждан по линии 1414.</p>
<p>Программа семинара прилагается.</p>
<p>С уважением,<br>Айтжанова Салтанат<br>сектор государственных услуг<br>8 (7162) 29-41-55</p>
</body></html>
"""
    msg = mail(hdr(a_("Айтжанова Салтанат", "s.aitzhanova@agro.akmola.gov.kz"), EKC,
                   "Приглашение на семинар 23.04.2027", "Thu, 08 Apr 2027 14:10:22 +0500",
                   "<inv-0423-seminar@agro.akmola.gov.kz>"),
               multi("mixed", [text(html, "html", cte="quoted-printable"), att("Программа семинара.pdf", pdf)],
                     "==inv_mixed_2207=="))
    emit(name, msg, [D("body", "ru"), D("Программа семинара.pdf", "ru")], "selkh_akm", None, "information",
         our("ЕКЦ-2027/150", "2027-04-05", S_INFO),
         "ignore: an invitation to a seminar; the form is still awaited",
         lang="ru", fmt="eml (HTML) + pdf", sort="invitation",
         hard="programme table with registry numbers, service names and named speakers with positions")


def i02():
    name = "i02-nauryz-quttyqtau.eml"
    body = """Құрметті Бірыңғай байланыс орталығының ұжымы!

Сіздерді көктемнің шуақты мерекесі – Наурыз мейрамымен шын жүректен құттықтаймыз!

Ұлыстың ұлы күні әр шаңыраққа береке-бірлік, молшылық пен тыныштық әкелсін. Азаматтарға
мемлекеттік қызметтер туралы кеңес беру жолындағы жауапты еңбектеріңізге табыс тілейміз!

Ұлыс оң болсын, ақ мол болсын!

Құрметпен,
Жамбыл облысының дін істері басқармасы
Басшы Б. Оразбаев
"""
    msg = mail(hdr(a_("Дін істері басқармасы", "din@zhambyl.gov.kz"), EKC, "Наурыз мейрамы құтты болсын!",
                   "Fri, 19 Mar 2027 09:00:00 +0500", "<nauryz2027.din@zhambyl.gov.kz>"),
               text(body, cte="base64"))
    emit(name, msg, [D("body", "kk")], "zhamb_din", None, "information",
         our("ЕКЦ-2027/119", "2027-03-15", S_INFO + ": 00708003"),
         "ignore: holiday greetings",
         lang="kk", fmt="eml (utf-8 base64)", sort="congratulations",
         hard="from the agency that owes a form, signed by its head; no content")


def i03():
    name = "i03-blagodarstvennoe-pismo.eml"
    pdf = make_pdf([
        ("p", "МИНИСТЕРСТВО ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН\nКОМИТЕТ РЕГИСТРАЦИОННОЙ СЛУЖБЫ\nИ ОКАЗАНИЯ ПРАВОВОЙ ПОМОЩИ", "cB"),
        ("p", "№ 3-2/1105 от 30.06.2027", "r"),
        ("p", "Руководителю\nЕдиного контакт-центра", "rB"),
        ("p", "БЛАГОДАРСТВЕННОЕ ПИСЬМО", "cBH"),
        "Комитет регистрационной службы и оказания правовой помощи Министерства юстиции Республики Казахстан "
        "выражает искреннюю благодарность коллективу Единого контакт-центра за высокий профессионализм при "
        "консультировании граждан по государственным услугам «Апостилирование официальных документов, исходящих из "
        "органов юстиции» (00901005) и «Государственная регистрация актов гражданского состояния (повторная выдача "
        "свидетельства)» (00901018).",
        "Благодаря слаженному взаимодействию в первом полугодии 2027 года количество повторных обращений граждан в "
        "органы юстиции по указанным вопросам снизилось на 18 процентов.",
        "Отдельно отмечаем работу операторов Жанузаковой А., Павленко И. и Ташенова Б.",
        "Надеемся на дальнейшее плодотворное сотрудничество.",
        ("sp", 16),
        "Председатель Комитета                                                                   Е. Садуакасов",
    ], title="Благодарственное письмо", author="KRS")
    body = ("Добрый день!\n\nНаправляем благодарственное письмо Комитета. Оригинал направлен по ЕСЭДО.\n\n"
            "Приемная КРС МЮ РК\n8 (7172) 74-09-01\n")
    msg = mail(hdr(a_("Приемная КРС", "kanc@tirkeu.adilet.gov.kz"), EKC, "Благодарственное письмо",
                   "Wed, 30 Jun 2027 17:35:48 +0500", "<thx.3-2-1105@tirkeu.adilet.gov.kz>"),
               multi("mixed", [text(body, cte="8bit"), att("Blagodarstvennoe_pismo_EKC.pdf", pdf)],
                     "thx-boundary-4412"))
    emit(name, msg, [D("Blagodarstvennoe_pismo_EKC.pdf", "ru")], "krs_mju", ["00901005", "00901018"],
         "consulting", None, "ignore: a letter of thanks; both services stay consulted as they are",
         lang="ru", fmt="eml + pdf", sort="thanks",
         hard="an official letter to the head of ЕКЦ naming both consulted services by registry number")


def i04():
    name = "i04-spartakiada-bilingual.eml"
    html = """<html><head><meta charset="utf-8"></head><body>
<h2 style="color:#1b5e20">Мемлекеттік қызметшілер спартакиадасы – 2027<br>Спартакиада государственных служащих – 2027</h2>
<p>Астана қаласының дене шынықтыру және спорт басқармасы Бірыңғай байланыс орталығының командасын
спартакиадаға қатысуға шақырады.</p>
<p>Управление физической культуры и спорта города Астаны приглашает команду Единого контакт-центра
принять участие в спартакиаде государственных служащих.</p>
<ul>
<li>Өтетін күні / Даты: 14–16 мая 2027 года</li>
<li>Орны / Место: СК «Жекпе-жек», ул. Кабанбай батыра, 121</li>
<li>Спорт түрлері / Виды спорта: мини-футбол, волейбол, настольный теннис, тогыз кумалак, шахматы</li>
<li>Өтінім / Заявка: до 5 мая по форме (команда – до 12 человек), e-mail: sport@astana.gov.kz</li>
</ul>
<p>Жауапты / Ответственный: Ерғалиев Нұрлан, 8 (7172) 55-62-31</p>
</body></html>
"""
    msg = mail(hdr(a_("Спорт басқармасы", "sport@astana.gov.kz"), EKC,
                   "Спартакиада-2027: шақыру / приглашение", "Mon, 19 Apr 2027 11:11:11 +0500",
                   "<spart2027-inv-0419@sport.astana.gov.kz>"),
               text(html, "html", cte="base64"))
    emit(name, msg, [D("body")], "sport_ast", None, "information",
         our("ЕКЦ-2027/153", "2027-04-07", S_INFO),
         "ignore: an invitation to a sports event",
         lang="kk+ru", fmt="eml (HTML only, utf-8 base64)", sort="invitation",
         hard="bilingual HTML; a named 'Ответственный' with phone and a deadline — for a sports event")


def i05():
    name = "i05-priglashenie-forum.pdf"
    pdf = make_pdf([
        ("p", "КОМИТЕТ ПО ИНФОРМАЦИОННОЙ БЕЗОПАСНОСТИ\nМИНИСТЕРСТВА ЦИФРОВОГО РАЗВИТИЯ РЕСПУБЛИКИ КАЗАХСТАН", "cB"),
        ("p", "№ 07-2/861 от 17.05.2027", ""),
        ("p", "Руководителям государственных органов\n(по списку)", "rI"),
        ("p", "ПРИГЛАШЕНИЕ", "cBH"),
        "Комитет по информационной безопасности приглашает Вас принять участие в V Республиканском форуме "
        "«Цифровое правительство и кибербезопасность – 2027», который состоится 9–10 июня 2027 года в г. Астане "
        "(Дворец Независимости, пр. Тауелсиздик, 52).",
        ("p", "Основные сессии:", "B"),
        "• защита персональных данных при оказании государственных услуг;\n"
        "• лицензирование деятельности в сфере информационной безопасности (01302001): практика 2026–2027 годов;\n"
        "• контакт-центры государственных органов: стандарты и метрики качества;\n"
        "• электронная цифровая подпись и облачные ЭЦП.",
        "Для участия необходимо до 1 июня 2027 года зарегистрироваться на сайте forum-dg.gov.kz. "
        "Количество мест ограничено (не более 2 представителей от организации).",
        "Контактное лицо: Искакова Айман Бериковна, тел. 8 (7172) 64-20-55, a.iskakova@infosec.gov.kz.",
        ("sp", 14),
        "Заместитель председателя                                                                  А. Тогжанов",
    ], title="Приглашение на форум", author="KIB")
    emit(name, pdf, [D(name, "ru")], "tsifra", None, "information",
         our("ЕКЦ-2027/206", "2027-05-14", S_INFO),
         "ignore: a forum invitation to all state bodies",
         lang="ru", fmt="pdf", sort="invitation",
         hard="official letterhead and number, the agency's registry number, a contact person with phone and e-mail")


def i06():
    name = "i06-vebinarga-shaqyru.eml"
    html = """<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Verdana;font-size:13px">
<p><b>Вебинарға шақыру</b></p>
<p>Құрметті әріптестер!</p>
<p>Шымкент қаласының денсаулық сақтау басқармасы 2027 жылғы <b>4 наурыз, сағат 11:00</b>-де
«Алғашқы медициналық-санитариялық көмек көрсететін медициналық ұйымға бекіту: 2027 жылғы өзгерістер»
тақырыбында вебинар өткізеді.</p>
<p>Вебинарға ХҚКО қызметкерлері, емханалардың тіркеу бөлімдерінің мамандары және 1414 байланыс орталығының
операторлары шақырылады.</p>
<p>Қосылу: <a href="https://zoom.us/j/83410277561?pwd=dGVzdA">https://zoom.us/j/83410277561</a><br>
Конференция ID: 834 1027 7561, құпия сөз: 2027</p>
<p>Спикер: Әбілқасымова Мөлдір Нұрланқызы, ұйымдастыру-құқықтық бөлімінің бас маманы.</p>
<p>Құрметпен,<br>ұйымдастыру-құқықтық бөлім</p>
</div></body></html>
"""
    msg = mail(hdr(a_("Денсаулық сақтау басқармасы", "densaulyk@shymkent.gov.kz"), EKC,
                   "Вебинар: МСАК-қа бекіту (4 наурыз)", "Fri, 26 Feb 2027 15:40:00 +0500",
                   "<webinar-0304@densaulyk.shymkent.gov.kz>"),
               text(html, "html", cte="8bit"))
    emit(name, msg, [D("body", "kk")], "densau_shym", ["01001022"], "protocol",
         our("ЕКЦ-2027/074", "2027-02-12", S_TRAIN),
         "ignore: a webinar invitation; it is not the training of ЕКЦ staff under p.8 and no protocol follows from it",
         lang="kk", fmt="eml (HTML only, utf-8 8bit)", sort="invitation",
         hard="a training-like event for 1414 operators on the very service awaiting a protocol, with a named speaker")


def i07():
    name = "i07-den-gossluzhashego-cp1251.eml"
    body = """Уважаемые коллеги!

От имени коллектива Департамента государственных доходов по Костанайской области
сердечно поздравляем вас с Днем государственного служащего!

Ваша ежедневная работа по информированию граждан о порядке получения государственных
услуг, в том числе по вопросам налогового администрирования, помогает людям экономить
время и силы. Желаем вам крепкого здоровья, терпения и дальнейших успехов!

С уважением,
руководитель Департамента С. Нуртазин
"""
    msg = mail(hdr(a_("ДГД по Костанайской области", "dgd@kgd.kostanay.gov.kz", "windows-1251"), EKC,
                   "С Днем государственного служащего!", "Wed, 23 Jun 2027 08:30:00 +0500",
                   "<dgs2027.kst@kgd.kostanay.gov.kz>", charset="windows-1251"),
               text(body, charset="windows-1251", cte="quoted-printable"))
    emit(name, msg, [D("body", "ru")], "gosdoh_kst", None, "consulting", None,
         "ignore: congratulations",
         lang="ru", fmt="eml (cp1251 QP)", sort="congratulations",
         hard="from an agency whose services are consulted; mentions public services; nothing to do")


def i08():
    name = "i08-green-permits-conference-en.eml"
    body = """Dear colleagues,

On behalf of the Committee for Environmental Regulation and Control of the Ministry of Ecology of the
Republic of Kazakhstan, we are pleased to invite a representative of the Unified Contact Centre to the

    ASTANA GREEN PERMITS CONFERENCE 2027
    "One window for environmental permits: citizens, business and the state"
    8-9 September 2027, Astana, Hilton Astana, Sauran Avenue 46

The conference will bring together regulators from Central Asia, the EU and the OECD. Session 3,
"Explaining permits to the public: contact centres and digital assistants", would benefit from a
short presentation (10 minutes) on how 1414 handles questions about service 01102004
(environmental permit for category I facilities).

Please confirm participation by 15 August 2027 to greenpermits@ecogeo.gov.kz.
Simultaneous interpretation English / Kazakh / Russian will be provided.

Sincerely,
Aigerim Zhaksybekova
International Cooperation Unit
+7 7172 74 08 31
"""
    msg = mail(hdr(a_("Green Permits 2027", "greenpermits@ecogeo.gov.kz"), EKC,
                   "Invitation: Astana Green Permits Conference, 8-9 September 2027",
                   "Tue, 20 Jul 2027 10:00:00 +0500", "<agpc2027-invite-ekc@ecogeo.gov.kz>"),
               text(body, charset="utf-8", cte="7bit"))
    emit(name, msg, [D("body")], "prirod_kmg", ["01102004"], "additional_answer",
         our("ЕКЦ-2027/195", "2027-05-06", S_ADD + " № 01102004"),
         "ignore: an invitation to a conference",
         lang="en", fmt="eml (plain 7bit)", sort="invitation",
         hard="English letter from the agency naming the registry number asked about")


def i09():
    name = "i09-qogamdyq-tyndauga-shaqyru.docx"
    data = make_docx([
        ("p", "АҚТӨБЕ ОБЛЫСЫНЫҢ ЖЕР ҚАТЫНАСТАРЫ БАСҚАРМАСЫ", "cB"),
        ("p", "030000, Ақтөбе қ., Әбілқайыр хан даңғылы, 40 · 8 (7132) 55-40-00 · zher@aktobe.gov.kz", "cS"),
        "2027 жылғы 3 мамыр № 05-09/1544",
        ("p", "Мүдделі мемлекеттік органдарға,\nҮЕҰ және қоғамдық кеңес мүшелеріне", "rI"),
        ("p", "ШАҚЫРУ", "cBH"),
        "Ақтөбе облысының жер қатынастары басқармасы «Ақтөбе қаласының жер учаскелерін аймақтарға бөлу схемасының "
        "жобасы» бойынша қоғамдық тыңдауға шақырады.",
        ("table", [["Өтетін күні", "2027 жылғы 18 мамыр, сағат 15:00"],
                   ["Орны", "Ақтөбе қ. әкімдігінің мәжіліс залы (Әбілқайыр хан даңғылы, 40, 3-қабат)"],
                   ["Онлайн қосылу", "YouTube: «Aktobe Zher» арнасы"],
                   ["Ұсыныстар қабылдау", "2027 жылғы 16 мамырға дейін: zher@aktobe.gov.kz"]],
         {"widths": [4.5, 11.5], "bold_rows": 0}),
        "Тыңдау нәтижелері бойынша хаттама жасалып, басқарманың интернет-ресурсында жарияланады.",
        ("sp",),
        "Басшы                                                                                             Т. Бекжанов",
    ], author="Zher Aktobe")
    emit(name, data, [D(name, "kk")], "kz_aktobe", None, "protocol",
         our("ЕКЦ-2027/140", "2027-03-29", S_TRAIN),
         "ignore: an invitation to a public hearing (a 'хаттама' will be published, but not for ЕКЦ)",
         lang="kk", fmt="docx", sort="invitation",
         hard="Kazakh invitation with a date, a table and 'хаттама жасалып' while a protocol is awaited")


def i10():
    name = "i10-tauelsizdik-kuni.eml"
    body = """Құрметті әріптестер!

Ұлытау облысының мәдениет, тілдерді дамыту және архив ісі басқармасының ұжымы сіздерді
Қазақстан Республикасының Тәуелсіздік күнімен шын жүректен құттықтайды!

Өткен жылы облыстық архивтің қызметтері бойынша азаматтарға сапалы кеңес бергендеріңіз үшін
алғыс айтамыз. Жаңа жылда да бірлескен жұмысымыз жемісті болсын!

Құрметпен,
Б. Құрманғали,
басқарма басшысы

Жезқазған қ., 2026 жылғы 15 желтоқсан
"""
    msg = mail(hdr(a_("Мәдениет басқармасы", "madeniet@ulytau.gov.kz"), EKC,
                   "Тәуелсіздік күні құтты болсын!", "Tue, 15 Dec 2026 10:20:00 +0500",
                   "<tk2026@madeniet.ulytau.gov.kz>"),
               text(body, cte="quoted-printable"))
    emit(name, msg, [D("body", "kk")], "mad_ulytau", ["00703001"], "consulting", None,
         "ignore: holiday greetings and thanks",
         lang="kk", fmt="eml (utf-8 QP)", sort="congratulations",
         hard="thanks for consulting on the agency's services; signed by the head")


for _f in (i01, i02, i03, i04, i05, i06, i07, i08, i09, i10):
    _f()


# ==============================================================================================
# A. Auto-replies, out-of-office, read receipts, bounces
# ==============================================================================================
def a01():
    name = "a01-otpusk-avtootvet.eml"
    body = """Здравствуйте!

Я нахожусь в ежегодном трудовом отпуске с 05.07.2027 по 25.07.2027.
По вопросам назначения АСП обращайтесь, пожалуйста, к Нуркиной Жанар Болатовне,
тел. 8 (727) 271-33-18, zh.nurkina@enbek.almaty.gov.kz.

Спасибо!
Абенова Калима
"""
    msg = mail(hdr(a_("Абенова Калима Тулегеновна", "k.abenova@enbek.almaty.gov.kz"), EKC,
                   "Автоматический ответ: ЕКЦ-2027/277 О представлении дополнительной информации",
                   "Mon, 05 Jul 2027 09:00:12 +0500", "<AM0PR07MB4417E7D2A1@enbek.almaty.gov.kz>",
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                          ("In-Reply-To", "<ekc-2027-277@ekc.gov.kz>")]),
               text(body, cte="base64"))
    emit(name, msg, [D("body", "ru")], "tsm_almaty", ["00801003"], "additional_answer",
         our("ЕКЦ-2027/277", "2027-07-02", S_ADD + " № 00801003"),
         "ignore: out-of-office; the substitute named is for leave, not a change of the responsible person",
         lang="ru", fmt="eml (utf-8 base64)", sort="auto-reply",
         hard="names a substitute with full name, phone and e-mail and a period — looks like p.7")


def a02():
    name = "a02-avtootvet-prinyato-bilingual.eml"
    body = """Құрметті хат жіберуші!
Сіздің хатыңыз Қызылжар ауылдық округі әкімі аппаратының электрондық поштасына келіп түсті.
Хат 1 жұмыс күні ішінде тіркеліп, орындаушыға жіберіледі.

Уважаемый отправитель!
Ваше письмо поступило на электронную почту аппарата акима Кызылжарского сельского округа.
Письмо будет зарегистрировано в течение 1 рабочего дня и направлено исполнителю.

Бұл хабарлама автоматты түрде жіберілді. / Это сообщение отправлено автоматически.
"""
    msg = mail(hdr(a_("Кызылжар а/о", "kyzylzhar.so@aksu.gov.kz"), EKC,
                   "Хатыңыз қабылданды / Ваше письмо получено", "Thu, 07 Jan 2027 11:02:47 +0500",
                   "<autoreply.20270107110247@aksu.gov.kz>",
                   extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]),
               text(body, cte="quoted-printable"))
    emit(name, msg, [D("body")], "akim_so", None, "appointment",
         our("ЕКЦ-2027/021", "2027-01-06", S_APP),
         "ignore: an automatic acknowledgement",
         lang="kk+ru", fmt="eml (utf-8 QP)", sort="auto-reply",
         hard="bilingual auto-reply arriving the day after our request")


def a03():
    name = "a03-mdn-read-receipt.eml"
    human = ("Это уведомление о прочтении сообщения, которое вы отправили на адрес zhkh@ekibastuz.gov.kz.\n\n"
             "Примечание. Уведомление о прочтении означает только то, что сообщение было показано на экране "
             "получателя. Это не гарантирует, что получатель прочитал или понял содержимое сообщения.\n")
    mdn = ("Reporting-UA: mail.ekibastuz.gov.kz; Mozilla Thunderbird\n"
           "Final-Recipient: rfc822;zhkh@ekibastuz.gov.kz\n"
           "Original-Message-ID: <ekc-2027-032@ekc.gov.kz>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    rfc = ("From: =?utf-8?b?0JXQtNC40L3Ri9C5INC60L7QvdGC0LDQutGCLdGG0LXQvdGC0YA=?= <info@ekc.gov.kz>\n"
           "To: zhkh@ekibastuz.gov.kz\n"
           "Subject: =?utf-8?b?0JXQmtCmLTIwMjcvMTE4INCeINC90LDQt9C90LDRh9C10L3QuNC4INC+0YLQstC10YLRgdGC0LLQtdC9?=\n"
           " =?utf-8?b?0L3QvtCz0L4g0LvQuNGG0LA=?=\n"
           "Date: Thu, 14 Jan 2027 10:31:00 +0500\n"
           "Message-ID: <ekc-2027-032@ekc.gov.kz>\n")
    rep = multi("report", [text(human, cte="8bit"),
                           raw_part([("Content-Type", "message/disposition-notification"),
                                     ("Content-Disposition", "inline")], mdn),
                           raw_part([("Content-Type", "text/rfc822-headers"), ("Content-Disposition", "inline")], rfc)],
                "------------A2mdnR3p0rt", params=" report-type=disposition-notification;")
    msg = mail(hdr(a_("Канцелярия ЖКХ", "zhkh@ekibastuz.gov.kz"), EKC,
                   "Прочитано: ЕКЦ-2027/032 О назначении ответственного лица", "Fri, 15 Jan 2027 08:47:03 +0500",
                   "<f0a1b2c3-mdn@ekibastuz.gov.kz>"), rep)
    emit(name, msg, [D("body", "ru")], "pvl_zhkh", None, "appointment",
         our("ЕКЦ-2027/032", "2027-01-14", S_APP),
         "ignore: a read receipt for our request",
         lang="ru", fmt="eml (multipart/report MDN)", sort="read receipt",
         hard="multipart/report with message/disposition-notification; subject repeats our request")


def a04():
    name = "a04-backscatter-bounce-en.eml"
    human = """This is the mail system at host relay2.vko.gov.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<buh.uk@vet.vko.gov.kz>: host mx1.vet.vko.gov.kz[10.14.2.21] said: 550 5.1.1
    <buh.uk@vet.vko.gov.kz>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; relay2.vko.gov.kz\nX-Postfix-Queue-ID: 4XbT7k2Qz3z1v9\n"
           "X-Postfix-Sender: rfc822; info@ekc.gov.kz\nArrival-Date: Sat, 20 Feb 2027 03:14:52 +0500 (+05)\n\n"
           "Final-Recipient: rfc822; buh.uk@vet.vko.gov.kz\nOriginal-Recipient: rfc822;buh.uk@vet.vko.gov.kz\n"
           "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.vet.vko.gov.kz\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <buh.uk@vet.vko.gov.kz>: Recipient address rejected: User unknown\n")
    orig = mail(hdr(a_("Единый контакт-центр", EKC), "buh.uk@vet.vko.gov.kz",
                    "Акт сверки взаиморасчетов за 2026 год – срочно", "Sat, 20 Feb 2027 01:14:40 +0300",
                    "<8a7c6d5e4f.3b2a1c0d@ekc-gov-kz.invoice-portal.example>"),
                multi("mixed", [text("Добрый день!\n\nВо вложении акт сверки. Просим подписать до понедельника.\n"
                                     "Скачать: http://invoice-portal.example/akt_2026.zip\n", cte="8bit")],
                      "orig-spam-77"))
    rep = multi("report", [text(human, charset="us-ascii", cte="7bit"),
                           raw_part([("Content-Description", "Delivery report"),
                                     ("Content-Type", "message/delivery-status")], dsn),
                           raw_part([("Content-Description", "Undelivered Message"),
                                     ("Content-Type", "message/rfc822")], orig)],
                "4XbT7k2Qz3z1v9.1740003292/relay2.vko.gov.kz", params=" report-type=delivery-status;")
    msg = mail([("Return-Path", "<>"), ("From", "MAILER-DAEMON@relay2.vko.gov.kz (Mail Delivery System)"),
                ("To", EKC), ("Subject", "Undelivered Mail Returned to Sender"),
                ("Date", "Sat, 20 Feb 2027 03:14:53 +0500 (+05)"),
                ("Message-ID", "<20270220001453.1C3A5E1@relay2.vko.gov.kz>"), ("Auto-Submitted", "auto-replied")], rep)
    emit(name, msg, [D("body")], "vet_vko", None, "information",
         our("ЕКЦ-2027/069", "2027-02-08", S_INFO),
         "ignore: a bounce of spam forged with the contact centre's address (backscatter)",
         lang="en", fmt="eml (multipart/report DSN + message/rfc822)", sort="bounce",
         hard="from the agency's own relay; the returned inner message is Russian, forged 'from' ЕКЦ")


def a05():
    name = "a05-outlook-automatic-reply-html.eml"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri;font-size:11pt">
<p>Қайырлы күн!</p>
<p>Мен 2027 жылғы 21–25 маусым аралығында іссапардамын, электрондық поштаға қолжетімділік шектеулі.</p>
<p>Добрый день! С 21 по 25 июня 2027 года я нахожусь в командировке, доступ к почте ограничен.
Срочные вопросы – приемная отдела, 8 (7187) 75-20-30.</p>
<p>Калиакпаров Нуржан<br>руководитель отдела ЖКХ, ПТ и АД г. Экибастуза</p>
</div></body></html>
"""
    msg = mail(hdr(a_("Калиакпаров Нуржан", "n.kaliakparov@ekibastuz.gov.kz"), EKC,
                   "Автоматический ответ: ЕКЦ-2027/257 О назначении ответственного лица (повторно)",
                   "Mon, 21 Jun 2027 10:15:37 +0500", "<DU2PR04MB8830D1F93A@ekibastuz.gov.kz>",
                   extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                          ("Content-Language", "ru-RU")]),
               text(html, "html", cte="base64"))
    emit(name, msg, [D("body")], "pvl_zhkh", None, "appointment",
         our("ЕКЦ-2027/257", "2027-06-18", S_APP + " (повторно)"),
         "ignore: out-of-office of the head of the unit",
         lang="kk+ru", fmt="eml (HTML only, utf-8 base64, Exchange)", sort="auto-reply",
         hard="subject 'Автоматический ответ' repeating 'О назначении ответственного лица'; a head's name and position")


def a06():
    name = "a06-issapardamyn.eml"
    body = """Сәлеметсіз бе!

Мен 2027 жылғы 12-16 сәуір аралығында іссапардамын. Хатыңызды оралғаннан кейін қараймын.
Шұғыл мәселелер бойынша: 8 (7132) 55-40-22, Сәрсенова Гүлмира.

Бекжанов Т.Қ.
"""
    msg = mail(hdr(a_("Бекжанов Талғат", "t.bekzhanov@aktobe.gov.kz"), EKC,
                   "Іссапардамын / Auto: ЕКЦ-2027/140", "Mon, 12 Apr 2027 08:01:02 +0500",
                   "<ooo.bekzhanov.0412@mail.aktobe.gov.kz>", extra=[("Auto-Submitted", "auto-replied")]),
               text(body, cte="base64"))
    emit(name, msg, [D("body", "kk")], "kz_aktobe", None, "protocol",
         our("ЕКЦ-2027/140", "2027-03-29", S_TRAIN),
         "ignore: out-of-office",
         lang="kk", fmt="eml (utf-8 base64)", sort="auto-reply",
         hard="Kazakh OOO with a named substitute and phone, same day as the working-group minutes (p12)")


def a07():
    name = "a07-delivery-delayed-en.eml"
    human = """Delivery is delayed to these recipients or groups:

energo@atyrau.gov.kz

Subject: ЕКЦ-2027/129 О представлении информации по государственным услугам (форма Приложения 1)

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes.
You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:
Generating server: EXCH02.ekc.gov.kz
Receiving server: mx.atyrau.gov.kz (195.12.117.40)
Remote Server at mx.atyrau.gov.kz (195.12.117.40) returned '400 4.4.7 Message delayed'
3/23/2027 4:12:03 AM - Remote Server returned '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060"'
"""
    hdrs_txt = ("From: =?utf-8?b?0JXQtNC40L3Ri9C5INC60L7QvdGC0LDQutGCLdGG0LXQvdGC0YA=?= <info@ekc.gov.kz>\n"
                "To: energo@atyrau.gov.kz\n"
                "Subject: =?utf-8?b?0JXQmtCmLTIwMjcvMjI1?=\nDate: Mon, 22 Mar 2027 13:20:00 +0500\n"
                "Message-ID: <ekc-2027-129@ekc.gov.kz>\n")
    dsn = ("Reporting-MTA: dns;EXCH02.ekc.gov.kz\nReceived-From-MTA: dns;EXCH01.ekc.gov.kz\n"
           "Arrival-Date: Mon, 22 Mar 2027 08:20:00 +0000\n\nFinal-Recipient: rfc822;energo@atyrau.gov.kz\n"
           "Action: delayed\nStatus: 4.4.7\nWill-Retry-Until: Wed, 24 Mar 2027 23:12:03 +0000\n")
    rep = multi("report", [text(human, cte="quoted-printable"),
                           raw_part([("Content-Type", "message/delivery-status")], dsn),
                           raw_part([("Content-Type", "text/rfc822-headers")], hdrs_txt)],
                "_000_delay_EXCH02_", params=" report-type=delivery-status;")
    msg = mail([("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ekc.gov.kz>"),
                ("To", EKC), ("Subject", h("Delivery delayed: ЕКЦ-2027/129 О представлении информации по государственным услугам")),
                ("Date", "Tue, 23 Mar 2027 09:12:04 +0500"), ("Message-ID", "<delay-7f1e@EXCH02.ekc.gov.kz>"),
                ("Auto-Submitted", "auto-replied")], rep)
    emit(name, msg, [D("body")], "mts_atr", None, "information",
         our("ЕКЦ-2027/129", "2027-03-22", S_INFO + ": 00402039"),
         "ignore (operator may check the agency's address): our own request is delayed in transit",
         lang="en", fmt="eml (multipart/report DSN delayed)", sort="bounce",
         hard="English DSN about our own request, Russian subject inside; from our own server")


def a08():
    name = "a08-prochitano-koi8.eml"
    body = """Ваше сообщение

  Кому: ptad@almobl.gov.kz
  Тема: ЕКЦ-2027/170 О представлении информации по государственным услугам (форма Приложения 1)
  Отправлено: 19.04.2027 11:40

было прочитано 20.04.2027 9:03.
"""
    msg = mail(hdr(a_("УПТиАД Алматинской области", "ptad@almobl.gov.kz", "koi8-r"), EKC,
                   "Прочитано: ЕКЦ-2027/170 О представлении информации по государственным услугам (форма Приложения 1)",
                   "Tue, 20 Apr 2027 09:03:41 +0500", "<read.0420.0903@almobl.gov.kz>", charset="koi8-r"),
               text(body, charset="koi8-r", cte="8bit"))
    emit(name, msg, [D("body", "ru")], "mio_alm_obl", None, "information",
         our("ЕКЦ-2027/170", "2027-04-19", S_INFO),
         "ignore: a plain-text read receipt",
         lang="ru", fmt="eml (koi8-r 8bit)", sort="read receipt",
         hard="koi8-r; the whole text is our subject line with 'Приложения 1' and the agency's address")


def a09():
    name = "a09-e-otinish-tirkeldi-bilingual.eml"
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#00a0e3;color:#fff;padding:10px">
<b>e-Өтініш</b> · Өтініштерді қарау жүйесі / Система рассмотрения обращений</td></tr>
<tr><td style="padding:12px">
<p>Сіздің өтінішіңіз тіркелді. / Ваше обращение зарегистрировано.</p>
<p>Нөмірі / Номер: <b>ЖТ-2027-01877312</b><br>
Алушы / Получатель: Қостанай облысы бойынша мемлекеттік кірістер департаменті / ДГД по Костанайской области<br>
Тіркелген күні / Дата регистрации: 29.04.2027<br>
Қарау мерзімі / Срок рассмотрения: 15 жұмыс күні / 15 рабочих дней</p>
<p>Өтініштің мәртебесін eotinish.kz сайтында қадағалай аласыз. / Статус обращения можно отслеживать на eotinish.kz.</p>
</td></tr></table></body></html>
"""
    msg = mail(hdr(a_("e-Otinish", "noreply@eotinish.kz"), EKC,
                   "Өтініш тіркелді / Обращение зарегистрировано № ЖТ-2027-01877312", "Thu, 29 Apr 2027 15:22:10 +0500",
                   "<ZT-2027-01877312.notify@eotinish.kz>", extra=[("Auto-Submitted", "auto-generated")]),
               text(html, "html", cte="base64"))
    emit(name, msg, [D("body")], "gosdoh_kst", None, "additional_answer",
         our("ЕКЦ-2027/180", "2027-04-26", S_ADD + " № 01204015"),
         "ignore: a system notice that an appeal was registered (the agency answers within 15 working days)",
         lang="kk+ru", fmt="eml (HTML only, utf-8 base64)", sort="auto-reply",
         hard="system acknowledgement naming the agency and a deadline")


def a10():
    name = "a10-yashik-ne-obsluzhivaetsya.eml"
    body = """Уважаемый отправитель!

Данный почтовый ящик (k.abenova@enbek.almaty.gov.kz) более не обслуживается:
сотрудник Абенова К.Т. не работает в Управлении занятости и социальных программ
города Алматы с 1 августа 2027 года.

Ваше письмо НЕ передано адресату. Просим направлять корреспонденцию на общий адрес
Управления info@enbek.almaty.gov.kz или по ЕСЭДО.

Это автоматическое уведомление. Не отвечайте на него.
"""
    msg = mail(hdr(a_("Абенова Калима Тулегеновна", "k.abenova@enbek.almaty.gov.kz"), EKC,
                   "Автоматический ответ: RE: ЕКЦ-2027/277 О представлении дополнительной информации",
                   "Tue, 03 Aug 2027 10:04:55 +0500", "<AM0PR07MB4417F01A9C@enbek.almaty.gov.kz>",
                   extra=[("Auto-Submitted", "auto-replied")]),
               text(body, cte="quoted-printable"))
    emit(name, msg, [D("body", "ru")], "tsm_almaty", ["00801003"], "additional_answer",
         our("ЕКЦ-2027/277", "2027-07-02", S_ADD + " № 00801003"),
         "operator may ask the agency for a p.7 notice; the auto-reply itself names no new responsible person",
         lang="ru", fmt="eml (utf-8 QP)", sort="auto-reply",
         hard="says the person left on a date and where to write — reads like a responsible change without a new person")


for _f in (a01, a02, a03, a04, a05, a06, a07, a08, a09, a10):
    _f()


# ==============================================================================================
# S. Spam and phishing
# ==============================================================================================
def s01():
    name = "s01-phishing-otvet-po-ssylke.eml"
    html = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://adilet-gov-kz.docs-share.example/logo.png" alt="Министерство юстиции РК" width="180"></p>
<p>Уважаемый получатель,</p>
<p>Ответ на ваш запрос <b>«О назначении ответственного лица»</b> подготовлен и подписан ЭЦП.
Документ доступен для просмотра в защищенном хранилище в течение 48 часов.</p>
<p style="text-align:center"><a href="https://adilet-gov-kz.docs-share.example/view?id=EKC-2027-038&amp;auth=1"
style="background:#1a73e8;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Открыть документ (PDF, 214 KB)</a></p>
<p>Для доступа используйте логин и пароль от вашей корпоративной почты.</p>
<p style="font-size:11px;color:#999">Your response to request EKC-2027/126 is ready. Click the button above to view.<br>
© Ministry of Justice of the Republic of Kazakhstan. Secure Document Delivery.</p>
</body></html>
"""
    msg = mail(hdr(a_("Министерство юстиции РК", "kanc-tirkeu-adilet@docs-share.example"), EKC,
                   "Ответ на запрос ЕКЦ-2027/038 – документ подписан", "Wed, 20 Jan 2027 03:47:19 +0000",
                   "<20270120034719.6F2A1@docs-share.example>",
                   extra=[("Reply-To", "support@docs-share.example"),
                          ("Received-SPF", "fail (ekc.gov.kz: domain of docs-share.example does not designate 91.208.14.77 as permitted sender)"),
                          ("X-Spam-Flag", "YES"), ("X-Spam-Score", "7.9")]),
               text(html, "html", cte="quoted-printable"))
    emit(name, msg, [D("body")], "krs_mju", None, "appointment",
         our("ЕКЦ-2027/038", "2027-01-18", S_APP),
         "ignore and report to security: phishing that imitates the agency's answer",
         lang="ru+en", fmt="eml (HTML only, utf-8 QP)", sort="phishing",
         hard="quotes our real request number and subject; 'signed with EDS'; the only content is a link")


def s02():
    name = "s02-spam-kursy-povysheniya.eml"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>
<table width="620" align="center" style="font-family:Tahoma;font-size:13px;border:2px solid #c00">
<tr><td style="padding:14px">
<h2 style="color:#c00">ПОВЫШЕНИЕ КВАЛИФИКАЦИИ ГОССЛУЖАЩИХ – 2027</h2>
<p><b>«Новое в законодательстве о государственных услугах: стандарты, правила, ЕКЦ, ИС Мониторинг»</b></p>
<p>Объем: 36 академических часов · Формат: онлайн · Сертификат установленного образца<br>
Стоимость: <s>89 000</s> <b>54 900 тенге</b> (при оплате до 31 марта)</p>
<p>В программе: порядок утверждения стандартов и правил оказания госуслуг, взаимодействие с Единым
контакт-центром по Правилам № 130, заполнение формы «Запрос о предоставлении информации», типичные
ошибки ответственных лиц.</p>
<p>Заявки: <a href="http://kvalif-kurs.example/zayavka">kvalif-kurs.example</a> · WhatsApp +7 777 000 41 41</p>
<p style="font-size:10px;color:#777">Если вы не хотите получать наши письма, ответьте с темой «Отписаться».</p>
</td></tr></table></body></html>
"""
    msg = mail(hdr(a_("Учебный центр «Квалификация+»", "info@kvalif-kurs.example", "windows-1251"), EKC,
                   "Госуслуги-2027: курс 36 часов с сертификатом", "Mon, 15 Mar 2027 06:12:44 +0600",
                   "<5c7a1e9b0d2f4a31@kvalif-kurs.example>", charset="windows-1251",
                   extra=[("X-Mailer", "ePochta Mailer")]),
               text(html, "html", "windows-1251", cte="8bit"))
    emit(name, msg, [D("body", "ru")], "tilder_sko", None, "additional_answer",
         our("ЕКЦ-2027/081", "2027-02-16", S_ADD + " № 00707004"),
         "ignore: commercial spam (not from the agency)",
         lang="ru", fmt="eml (HTML only, cp1251 8bit)", sort="spam",
         hard="advertises exactly the Rules, the form and 'ответственные лица'")


def s03():
    name = "s03-docusign-phishing-en.eml"
    html = """<html><body style="background:#f4f4f4;font-family:Helvetica,Arial"><table width="560" align="center" style="background:#fff">
<tr><td style="background:#1e1e1e;padding:16px;color:#fff;font-size:18px">DocuSign</td></tr>
<tr><td style="padding:24px;font-size:15px">
<p><b>Eskeldi District Akimat</b> sent you a document to review and sign.</p>
<p style="font-size:20px">Training protocol – Unified Contact Centre.pdf</p>
<p><a href="https://docusign-review.example/Signing/?ti=9f31c0e9b8a2" style="background:#ffc820;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p style="font-size:12px;color:#555">Hattama / Протокол принятия государственной услуги для консультирования, 00303002, 00303021</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Do Not Share This Email. This email contains a secure link to DocuSign.
Please do not share this email, link, or access code with others.</td></tr></table></body></html>
"""
    msg = mail(hdr(a_("Eskeldi District Akimat via DocuSign", "dse_na3@docusign-review.example"), EKC,
                   "Please DocuSign: Training protocol – Unified Contact Centre.pdf", "Thu, 28 Jan 2027 22:05:51 +0000",
                   "<6c1b2d3e.docusign@docusign-review.example>",
                   extra=[("Authentication-Results", "mx.ekc.gov.kz; spf=fail smtp.mailfrom=docusign-review.example; dkim=none; dmarc=fail")]),
               text(html, "html", cte="base64"))
    emit(name, msg, [D("body")], "akim_zhet", None, "protocol",
         our("ЕКЦ-2027/019", "2027-01-05", S_TRAIN),
         "ignore and report to security: phishing disguised as the awaited protocol",
         lang="en", fmt="eml (HTML only, utf-8 base64)", sort="phishing",
         hard="'Training protocol', the akimat's name and both its registry numbers, spf/dmarc fail, only a link")


def s04():
    name = "s04-ecp-srok-fake-egov.eml"
    body = """Құрметті пайдаланушы!
Сіздің ЭЦП тіркеу куәлігіңіздің қолданылу мерзімі 3 (үш) күннен кейін аяқталады.
Мемлекеттік органдардан келген хаттарды (оның ішінде хаттамалар мен бұйрықтарды) ашу мүмкіндігін
жоғалтпау үшін куәлікті төмендегі сілтеме арқылы жаңартыңыз:

Уважаемый пользователь!
Срок действия регистрационного свидетельства вашей ЭЦП истекает через 3 (три) дня.
Чтобы не потерять доступ к письмам государственных органов (в том числе к протоколам и приказам),
обновите свидетельство по ссылке:

    http://pki-gov-kz.renew-ecp.example/update?bin=951140000417

Для обновления потребуется файл ключа (AUTH_RSA256...p12) и пароль.

НУЦ РК / ҰКО ҚР
"""
    msg = mail(hdr(a_("НУЦ РК", "noreply@pki-gov-kz.renew-ecp.example"), EKC,
                   "ЭЦП мерзімі аяқталуда / Срок действия ЭЦП истекает", "Sat, 20 Mar 2027 02:31:00 +0300",
                   "<ecp-renew-77421@renew-ecp.example>", extra=[("X-Spam-Score", "6.1")]),
               text(body, cte="base64"))
    emit(name, msg, [D("body")], "nedvizh", None, "information",
         our("ЕКЦ-2027/124", "2027-03-18", S_INFO + ": 00901022, 00901030"),
         "ignore and report to security: phishing for EDS keys",
         lang="kk+ru", fmt="eml (utf-8 base64)", sort="phishing",
         hard="the link carries the agency's BIN; mentions protocols and orders of state bodies")


def s05():
    name = "s05-schet-na-oplatu-xlsx.eml"
    rows = [
        ["ТОО «ДокСервис-KZ»", "", "", "", ""],
        ["БИН 190540027781, ИИК KZ86125KZT1001300221, АО «Банк-Пример»", "", "", "", ""],
        [],
        ["СЧЕТ НА ОПЛАТУ № 118 от 05.04.2027", "", "", "", ""],
        ["Покупатель: Единый контакт-центр", "", "", "", ""],
        [],
        ["№", "Наименование", "Кол-во", "Цена, тг", "Сумма, тг"],
        [1, "Сопровождение ЕСЭДО (апрель 2027)", 1, 148000, 148000],
        [2, "Настройка маршрутов документов «Протокол ЕКЦ», «Приложение 1»", 1, 95000, 95000],
        ["", "", "", "Итого:", 243000],
        [],
        ["Оплатить в течение 3 банковских дней. Счет сформирован автоматически и действителен без подписи."],
    ]
    xlsx = make_xlsx([{"title": "Счет", "rows": rows, "bold": [4, 7], "widths": {"A": 5, "B": 58, "C": 8, "D": 12, "E": 12},
                       "grid": (7, 10)}], author="1C")
    body = ("Добрый день!\n\nНаправляем счет на оплату за апрель. Просим оплатить до 09.04.2027, "
            "иначе сопровождение будет приостановлено.\n\nБухгалтерия ТОО «ДокСервис-KZ»\n")
    msg = mail(hdr(a_("Бухгалтерия", "buh@dokservis-kz.example"), EKC, "Счет на оплату № 118 от 05.04.2027",
                   "Mon, 05 Apr 2027 07:55:31 +0500", "<schet118.20270405@dokservis-kz.example>"),
               multi("mixed", [text(body, cte="8bit"), att("Счет_118.xlsx", xlsx, style="2231")], "inv118mixed"))
    emit(name, msg, [D("body", "ru"), D("Счет_118.xlsx", "ru")], "pvl_zhkh", None, "appointment",
         our("ЕКЦ-2027/032", "2027-01-14", S_APP),
         "ignore: an unsolicited invoice from an unknown company",
         lang="ru", fmt="eml + xlsx", sort="spam",
         hard="a spreadsheet with numbered rows and 'Протокол ЕКЦ', 'Приложение 1' in an item name")


def s06():
    name = "s06-baza-adresov-nolabel.eml"
    body = """ВНИМАНИЕ! ОБНОВЛЕННАЯ БАЗА 2027!

E-mail адреса государственных органов Республики Казахстан:
- министерства и комитеты (канцелярии, приемные) - 2 400 адресов
- акиматы областей, районов, сельских округов - 9 800 адресов
- управления образования, здравоохранения, земельных отношений - 1 900 адресов
- ФИО и телефоны ответственных лиц по государственным услугам!

Формат: Excel. Цена: 25 000 тг. Обновлено: март 2027.
Пример базы - ответьте на это письмо словом "ПРИМЕР".

Также рассылка по вашей базе: от 5 тг за письмо.
"""
    msg = mail(hdr("baza-gov@mailer-kz.example", EKC, "База госорганов РК 2027 + ответственные лица",
                   "Sun, 28 Mar 2027 23:40:17 +0600", "<ba5e2027.9912@mailer-kz.example>", charset="windows-1251"),
               text(body, charset="windows-1251", label=None, cte="8bit"))
    emit(name, msg, [D("body", "ru")], "tilder_sko", None, "additional_answer",
         our("ЕКЦ-2027/081", "2027-02-16", S_ADD + " № 00707004"),
         "ignore: spam",
         lang="ru", fmt="eml (cp1251 8bit, no charset label)", sort="spam",
         hard="missing charset on an 8-bit body; 'ответственных лиц по государственным услугам'")


# ==============================================================================================
# D. Unsigned drafts, blank forms, forms for other purposes
# ==============================================================================================
def d01():
    name = "d01-proekt-protokola-nepodpisan.docx"
    data = make_docx([
        ("p", "ПРОЕКТ", "rBH"),
        ("p", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственной услуги для консультирования", "cB"),
        "Дата: «___» ____________ 2027 г.",
        "Ответственное лицо Управления строительства, архитектуры и градостроительства Западно-Казахстанской области "
        "[ФИО уточнить после назначения] провело обучение сотрудников Единого контакт-центра по следующим "
        "государственным услугам:",
        ("table", [["№ в реестре", "Наименование государственной услуги"],
                   ["00402003", "Выдача архитектурно-планировочного задания"],
                   ["00402011", "Выдача разрешения на производство строительно-монтажных работ"]],
         {"widths": [4, 12]}),
        "Государственные услуги приняты Единым контакт-центром для консультирования.",
        ("table", [["От Единого контакт-центра:", "____________ (ФИО)"],
                   ["От услугодателя:", "____________ (ФИО)"]], {"grid": False, "bold_rows": 0}),
        ("p", "Примечание: обучение не проведено, дата будет согласована после реорганизации управления "
              "(см. письмо на № ЕКЦ-2027/092).", "IS"),
    ], author="Eskalieva")
    emit(name, data, [D(name, "ru")], "stroi_zko", None, "protocol",
         our("ЕКЦ-2027/135", "2027-03-26", S_TRAIN),
         "ignore: an unsigned, undated draft of the protocol; the training has not taken place",
         lang="ru", fmt="docx", sort="draft",
         hard="the exact wording of a training protocol with registry numbers; only 'ПРОЕКТ', a blank date and a note tell")


def d02():
    name = "d02-pustaya-forma-vozvrashena.eml"
    form = make_docx([
        ("p", "Приложение 1\nк Правилам взаимодействия Единого контакт-центра по вопросам оказания государственных услуг", "rS"),
        ("p", "Форма", "r"),
        ("p", "Запрос о предоставлении информации о государственной услуге", "cB"),
        ("table", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
                    "Стандарт государственной услуги (с указанием его реквизитов)",
                    "Регламент государственной услуги (с указанием его реквизитов)",
                    "Изменения нормативных правовых актов",
                    "Интернет-ресурс, на котором размещена информация о государственной услуге",
                    "Фамилия, имя, отчество, должность ответственного лица"],
                   ["1", "2", "3", "4", "5", "6", "7", "8"],
                   ["1", "", "", "", "", "", "", ""],
                   ["2", "", "", "", "", "", "", ""]], {"small": True}),
        "Ф.И.О. ответственного исполнителя ___________________",
        "Дата: « __ »________ 20__г.",
    ], author="user", landscape=True)
    body = """Добрый день!

Во исполнение вашего запроса направляем форму.

С уважением,
Нуржанова Д.Б.
аппарат акима Жанааркинского района
"""
    msg = mail(hdr(a_("Нуржанова Динара", "d.nurzhanova@zhanaarka.karaganda.gov.kz"), EKC,
                   "Re: ЕКЦ-2027/080 форма", "Fri, 19 Feb 2027 17:58:02 +0500",
                   "<f0e1d2c3b4a5@zhanaarka.karaganda.gov.kz>"),
               multi("mixed", [text(body, cte="base64"), att("Приложение 1 форма.docx", form)], "b-d02-1902"))
    emit(name, msg, [D("Приложение 1 форма.docx", "ru")], "ah_zhan", None, "information",
         our("ЕКЦ-2027/080", "2027-02-15", S_INFO),
         "operator asks the akimat to fill the form: the returned table is blank",
         lang="ru", fmt="eml + docx (blank Appendix 1)", sort="blank form",
         hard="covering note says 'направляем форму'; the attachment is the real Appendix 1 layout with numbered but empty rows")


def d03():
    name = "d03-statistika-okazannyh-uslug.xlsx"
    rows = [
        ["Сведения о количестве оказанных государственных услуг за I квартал 2027 года"],
        ["Управление здравоохранения Карагандинской области (по подведомственным организациям)"],
        [],
        ["№", "Код услуги в реестре", "Наименование государственной услуги", "Всего оказано",
         "в т.ч. в электронном виде", "через ЦОН", "Отказы", "Нарушения сроков", "Ответственный за свод"],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
        [1, "01001009", "Выдача справки с туберкулезного диспансера", 18442, 18120, 0, 12, 0,
         "Жаманбаева А.С., гл. специалист"],
        [2, "01001022", "Прикрепление к медицинской организации, оказывающей ПМСП", 40318, 39877, 441, 260, 3,
         "Жаманбаева А.С., гл. специалист"],
        [3, "01001017", "Выдача выписки из медицинской карты стационарного больного", 2214, 1998, 0, 0, 0,
         "Орлова Т.В., ведущий специалист"],
        ["", "", "ИТОГО", 60974, 59995, 441, 272, 3, ""],
        [],
        ["Исполнитель: Жаманбаева А.С., тел. 8 (7212) 41-07-52", "", "", "", "", "", "", "", ""],
        ["Дата: 05.04.2027"],
    ]
    data = make_xlsx([{"title": "1 кв 2027", "rows": rows, "merge": ["A1:I1", "A2:I2"], "bold": [1, 4, 9],
                       "widths": {"A": 4, "B": 11, "C": 48, "D": 10, "E": 12, "F": 9, "G": 8, "H": 10, "I": 28},
                       "grid": (4, 9)}], author="Zhamanbaeva")
    emit(name, data, [D(name, "ru")], "zdrav_krg", None, "information",
         our("ЕКЦ-2027/134", "2027-03-25", S_INFO + ": 01001009, 01001022"),
         "ignore: quarterly statistics of services rendered, not the Appendix 1 form",
         lang="ru", fmt="xlsx", sort="form for another purpose",
         hard="header row, a 1..9 column-number row, registry numbers, service names, a responsible column, executor and date")


def d04():
    name = "d04-korsetilgen-qyzmetter-statistikasy.xlsx"
    rows = [
        ["2027 жылғы қаңтар–наурыз айларында көрсетілген мемлекеттік қызметтер туралы мәліметтер"],
        ["Түркістан облысының ауыл шаруашылығы басқармасы"],
        ["№", "Тізілімдегі коды", "Мемлекеттік көрсетілетін қызметтің атауы", "Барлығы", "Электрондық",
         "Бас тарту", "Жауапты маман (Т.А.Ә., лауазымы)"],
        [1, "00601012", "Асыл тұқымды мал шаруашылығын дамытуды субсидиялау", 3127, 3127, 204,
         "Дүйсенова Айжан, бас маман"],
        [2, "00601031", "Ветеринариялық анықтама беру", 51880, 51880, 37, "Қалиев Ержан Болатұлы, бас маман"],
        [],
        ["Орындаған: Дүйсенова А., 8 (72533) 4-11-48", "", "", "", "", "", ""],
        ["Күні: 2027 жылғы 6 сәуір"],
    ]
    data = make_xlsx([{"title": "Статистика", "rows": rows, "merge": ["A1:G1", "A2:G2"], "bold": [1, 3],
                       "widths": {"A": 4, "B": 12, "C": 50, "D": 9, "E": 12, "F": 9, "G": 34}, "grid": (3, 5)}],
                     author="Duisenova")
    emit(name, data, [D(name, "kk")], "ko_turk", None, "information",
         our("ЕКЦ-2027/151", "2027-04-06", S_INFO),
         "ignore: statistics of services rendered, sent instead of the form; operator may remind",
         lang="kk", fmt="xlsx", sort="form for another purpose",
         hard="Kazakh table with registry codes, names, a 'Жауапты маман' column and 'Орындаған' + date under it")


def d05():
    name = "d05-monitoring-srokov-ados.eml"
    rows = [
        ["Информация о соблюдении сроков оказания государственных услуг (для Агентства по делам государственной службы)"],
        ["за январь–май 2027 года"],
        ["№", "№ услуги в реестре", "Наименование услуги", "Нормативный срок", "Фактический средний срок",
         "Нарушения", "Ответственное лицо (ФИО, должность, телефон)"],
        [1, "00302025", "Выдача лицензии на перевозку пассажиров автобусами", "5 раб. дней", "3,2", 0,
         "Садыков Ерлан Маратович, руководитель отдела лицензирования, 8 (7282) 24-16-01"],
        [2, "00302033", "Согласование маршрутов регулярных междугородных перевозок", "10 раб. дней", "8,7", 2,
         "Сапарова Дина Кайратовна, юрист, 8 (7282) 24-16-09"],
    ]
    xlsx = make_xlsx([{"title": "АДГС", "rows": rows, "merge": ["A1:G1", "A2:G2"], "bold": [1, 3],
                       "widths": {"A": 4, "B": 12, "C": 46, "D": 12, "E": 12, "F": 10, "G": 50}, "grid": (3, 5)}],
                     author="Sadykov")
    body = """Здравствуйте, направляю информацию о соблюдении сроков.

Садыков Е.М.
УПТиАД Алматинской области
"""
    msg = mail(hdr(a_("Садыков Ерлан", "e.sadykov@almobl.gov.kz"), EKC, "информация по срокам",
                   "Thu, 03 Jun 2027 18:21:40 +0500", "<CAN+sadykov.0603@almobl.gov.kz>"),
               multi("mixed", [text(body, cte="8bit"), att("srok_ADGS_yanv-mai.xlsx", xlsx)], "d05mixed"))
    emit(name, msg, [D("srok_ADGS_yanv-mai.xlsx", "ru")], "mio_alm_obl", None, "information",
         our("ЕКЦ-2027/170", "2027-04-19", S_INFO),
         "operator returns it: a monitoring report meant for the civil service agency, not Appendix 1",
         lang="ru", fmt="eml + xlsx", sort="form for another purpose",
         hard="both awaited registry numbers, names, and a column 8-like 'ответственное лицо' with phones — but for another body")


def d06():
    name = "d06-hattama-zhobasy.docx"
    data = make_docx([
        ("p", "ЖОБА", "rBH"),
        ("p", "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметті консультация беру үшін қабылдау\nХАТТАМАСЫ", "cB"),
        "Күні: 2027 жылғы «___» __________",
        "Қызылорда облысының білім басқармасының жауапты тұлғасы ______________________ Бірыңғай байланыс "
        "орталығының қызметкерлеріне мынадай мемлекеттік көрсетілетін қызметтер бойынша оқыту жүргізді:",
        ("table", [["Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы"],
                   ["00504007", "Бастауыш, негізгі орта, жалпы орта білім беру ұйымдарына оқуға қабылдау"],
                   ["00504019", "Негізгі орта, жалпы орта білім туралы құжаттардың телнұсқаларын беру"]],
         {"widths": [4, 12]}),
        "Мемлекеттік көрсетілетін қызметтер Бірыңғай байланыс орталығымен консультация беру үшін қабылданды.",
        ("table", [["Бірыңғай байланыс орталығынан:", "__________"], ["Көрсетілетін қызметті берушіден:", "__________"]],
         {"grid": False, "bold_rows": 0}),
        ("p", "(Келісуге жіберілді. Оқыту күні әлі белгіленбеген.)", "IS"),
    ], author="Tolegen")
    emit(name, data, [D(name, "kk")], "bilim_kzl", None, "protocol",
         our("ЕКЦ-2027/166", "2027-04-16", S_TRAIN),
         "ignore: a Kazakh draft of the protocol sent for agreement, no date, no signatures",
         lang="kk", fmt="docx", sort="draft",
         hard="the Kazakh wording of the training protocol with registry numbers; 'ЖОБА', blank date and signatures")


def d07():
    name = "d07-shablon-protokola.eml"
    pdf = make_pdf([
        ("p", "ПРОТОКОЛ\nпринятия Единым контакт-центром государственной услуги для консультирования", "cB"),
        ("p", "(форма для заполнения)", "cI"),
        "Дата: «____» ______________ 20___ г.",
        "Ответственное лицо _____________________________________________ (наименование услугодателя)\n"
        "_____________________________________________ (Ф.И.О.) провело обучение сотрудников Единого контакт-центра "
        "по следующим государственным услугам:",
        ("table", [["№ в реестре", "Наименование государственной услуги"], ["", ""], ["", ""], ["", ""]],
         {"widths": [4, 12]}),
        "Государственные услуги приняты Единым контакт-центром для консультирования.",
        ("sp", 14),
        "От Единого контакт-центра: ____________ / ______________________ /",
        "От услугодателя: ____________ / ______________________ /",
    ], title="Шаблон протокола", author="vet")
    body = ("Добрый день!\n\nПо телефону договорились: направляем вам шаблон протокола, заполните, пожалуйста, со своей "
            "стороны после обучения, дату обучения согласуем дополнительно.\n\nКенесова Д.М.\n")
    msg = mail(hdr(a_("Кенесова Динара", "d.kenesova@vet.vko.gov.kz"), EKC, "шаблон протокола",
                   "Tue, 02 Mar 2027 12:44:30 +0500", "<8e7d6c5b-blank@vet.vko.gov.kz>"),
               multi("mixed", [text(body, cte="8bit"), att("shablon_protokola.pdf", pdf)], "d07-mixed-b"))
    emit(name, msg, [D("body", "ru"), D("shablon_protokola.pdf", "ru")], "vet_vko", None, "protocol",
         our("ЕКЦ-2027/053", "2027-01-28", S_TRAIN),
         "ignore: a blank template of the protocol; the training date is not yet agreed",
         lang="ru", fmt="eml + pdf (blank template)", sort="blank form",
         hard="the protocol's own title and wording in a PDF, every field blank")


def d08():
    name = "d08-plan-grafik-obucheniya-con.xlsx"
    rows = [
        ["ХҚКО қызметкерлерін оқыту кестесі / План-график обучения сотрудников ЦОН (II квартал 2027 г.)"],
        ["№", "Қызмет коды / Код услуги", "Қызмет атауы / Наименование услуги", "Оқыту күні / Дата обучения",
         "Орны / Место", "Оқытушы / Обучающий", "Оқытылатындар / Обучаемые"],
        [1, "00801003", "Мемлекеттік атаулы әлеуметтік көмек тағайындау / Назначение АСП", "14.04.2027",
         "Семей, ХҚКО №2", "Ақжолова Динара Серікқызы", "ХҚКО операторлары (15)"],
        [2, "00801019", "Үйде әлеуметтік қызмет көрсетуге құжаттарды ресімдеу / Оформление документов на соц. обслуживание",
         "21.04.2027", "Аягөз, ХҚКО", "Ақжолова Динара Серікқызы", "ХҚКО операторлары (8)"],
        [3, "00801003", "Мемлекеттік атаулы әлеуметтік көмек тағайындау / Назначение АСП", "12.05.2027",
         "онлайн (Zoom)", "Мұқанов Асқар Төлеуғалиұлы", "аудандық бөлімдер (22)"],
        [],
        ["Келісілді / Согласовано: «Азаматтарға арналған үкімет» филиалы ____________ С. Ғабдуллина"],
    ]
    data = make_xlsx([{"title": "Кесте", "rows": rows, "merge": ["A1:G1"], "bold": [1, 2],
                       "widths": {"A": 4, "B": 12, "C": 52, "D": 14, "E": 18, "F": 28, "G": 24}, "grid": (2, 5)}],
                     author="Akzholova")
    emit(name, data, [D(name)], "zhumys_abai", None, "protocol",
         our("ЕКЦ-2027/131", "2027-03-23", S_TRAIN),
         "ignore: a training schedule for public service centre staff, not the ЕКЦ protocol",
         lang="kk+ru", fmt="xlsx", sort="form for another purpose",
         hard="bilingual schedule of trainings with registry numbers, dates and trainers while a protocol is awaited")


def d09():
    name = "d09-chernovik-pisma-otvetstvennyi.txt"
    body = """ПРОЕКТ (не отправлять до подписи!)

Единый контакт-центр

На № ЕКЦ-2027/154 от 08.04.2027

Управление образования Павлодарской области сообщает, что ответственным лицом за
представление информации в Единый контакт-центр по государственным услугам
00504011 и 00504019 назначен(а) [ФИО – уточнить у руководства],
[должность], тел. [__________], e-mail: [__________].

Руководитель управления                                      [подпись]

-----
заметки: Бекова М. в декрет с мая? тогда ставить Оспанову или Дюсенова — решить на планерке 19.04.
"""
    data = b"\xff\xfe" + body.replace("\n", "\r\n").encode("utf-16-le")
    emit(name, data, [D(name, "ru")], "obr_pvl", None, "appointment",
         our("ЕКЦ-2027/154", "2027-04-08", S_APP),
         "ignore: an unsigned draft with placeholders instead of the person",
         lang="ru", fmt="txt (UTF-16 LE, BOM)", sort="draft",
         hard="the appointment letter's wording with our number and registry numbers; the person is a placeholder")


for _f in (s01, s02, s03, s04, s05, s06, d01, d02, d03, d04, d05, d06, d07, d08, d09):
    _f()


# ==============================================================================================
# Manifest and self-check
# ==============================================================================================
def write_manifest():
    lines = ["# saule — decoys (round 3b)", "",
             "Ninety documents that land in the contact centre's mailbox and must NOT move a case. Every key's",
             "documents are `kind: \"other\"`; every context has `is_reply: false` and names the agency and what",
             "its open case awaits. Rebuild with `/tmp/cv-saule/bin/python make.py` (python-docx, openpyxl, reportlab).",
             "A key names a covering note's body only when the body says something of its own; the language is",
             "keyed only when the part is in one language.", "",
             "| file | kind | sort | language | format | what makes it hard |",
             "| --- | --- | --- | --- | --- | --- |"]
    for name, sort, lang, fmt, hard in MANIFEST:
        lines.append("| `%s` | other | %s | %s | %s | %s |" % (name, sort, lang, fmt, hard.replace("|", "/")))
    (OUT / "MANIFEST.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _read_office(fname, data):
    low = fname.lower()
    if low.endswith(".docx"):
        from docx import Document
        d = Document(io.BytesIO(data))
        txt = " ".join(p.text for p in d.paragraphs) + " ".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    elif low.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(data))
        txt = " ".join(str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row if c is not None)
    elif low.endswith(".pdf"):
        from pypdf import PdfReader
        txt = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    else:
        return None
    assert len(txt.strip()) > 40, (fname, "no text")
    return txt


def self_check():
    import email
    from email import policy
    problems = []
    for name, key in ALL:
        data = (OUT / name).read_bytes()
        k = json.loads((OUT / (name + ".expected.json")).read_text(encoding="utf-8"))
        c = json.loads((OUT / (name + ".context.json")).read_text(encoding="utf-8"))
        assert k == key and k["exit"] == 0 and k["documents"], name
        assert c["is_reply"] is False and c["awaiting"] in ("appointment", "information", "protocol",
                                                             "additional_answer", "consulting"), name
        assert len(c["agency"]["bin"]) == 12 and c["agency"]["bin"].isdigit(), name
        for s in c["services"]:
            assert len(s["registry_number"]) == 8 and s["registry_number"].isdigit(), name
        for d in k["documents"]:
            assert d["kind"] == "other" and set(d) <= {"part", "kind", "language"}, name
        parts = {d["part"] for d in k["documents"]}
        if name.endswith(".eml"):
            m = email.message_from_bytes(data, policy=policy.default)
            assert m["From"] and m["Subject"] is not None, name
            names = set()
            for p in m.walk():
                if p.is_multipart():
                    continue
                fn = p.get_filename()
                payload = p.get_payload(decode=True)
                if p.get("Content-Transfer-Encoding", "").lower() == "7bit":
                    p.get_payload().encode("ascii")
                if fn:
                    names.add(fn)
                    _read_office(fn, payload)
            missing = parts - names - {"body"}
            if missing:
                problems.append((name, "missing parts", missing))
        elif name.endswith(".txt"):
            if data.startswith(b"\xff\xfe"):
                data.decode("utf-16")
            elif "cp866" in dict((n, f) for n, _, _, f, _ in MANIFEST)[name]:
                data.decode("cp866")
            else:
                data.decode("utf-8")
            assert parts == {name}, name
        else:
            _read_office(name, data)
            assert parts == {name}, name
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        raise SystemExit(1)
    print("checked %d documents" % len(ALL), file=sys.stderr)


write_manifest()
self_check()
