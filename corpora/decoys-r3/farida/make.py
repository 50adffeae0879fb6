#!/usr/bin/env python3
"""Decoy corpus (round 3), author "farida": 85 documents that land in the
contact centre's mailbox while a case is open, but are not a reply that moves it.

    python3 -m venv /tmp/cv-farida && /tmp/cv-farida/bin/pip install python-docx openpyxl reportlab
    /tmp/cv-farida/bin/python make.py

Every text below is written by hand; the helpers only pack it into mail, DOCX, XLSX, PDF or TXT.
"""
import base64
import datetime as dt
import io
import json
import quopri
import struct
import zlib
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))

MANIFEST = []   # (file, kind, language, format, sort, what makes it hard)
WRITTEN = []

# ----------------------------------------------------------------------------------------------
# agencies that have a case open with the contact centre (all invented)
AG = {
    "uzo_krg": ("Управление здравоохранения Карагандинской области", "kanc@densaulyk.krg.gov.kz", "020840001237",
                [("00901014", "Выдача справки с психоневрологического диспансера"),
                 ("00901015", "Выдача справки с наркологического диспансера")]),
    "mtszn": ("Министерство труда и социальной защиты населения Республики Казахстан", "kense@enbek.gov.kz", "990740002243",
              [("01101032", "Назначение социальной выплаты на случай потери работы"),
               ("01101047", "Назначение пособия по уходу за ребенком по достижении им возраста одного года")]),
    "uzem_akm": ("Управление земельных отношений Акмолинской области", "zher@akmola.gov.kz", "050240011826",
                 [("00702017", "Выдача решения на изменение целевого назначения земельного участка")]),
    "akimat_ekib": ("Акимат города Экибастуза Павлодарской области", "kanc@ekibastuz.pavlodar.gov.kz", "010940000552",
                    [("00203008", "Постановка на учет лиц, нуждающихся в жилище из государственного жилищного фонда"),
                     ("00203011", "Выдача справки о наличии либо отсутствии жилища")]),
    "uo_almaty": ("Управление образования города Алматы", "bilim@almaty.gov.kz", "991140003715",
                  [("00401006", "Прием документов и зачисление детей в дошкольные организации"),
                   ("00401022", "Выдача дубликатов документов об основном среднем образовании")]),
    "dgd_shym": ("Департамент государственных доходов по городу Шымкенту", "shymkent@kgd.gov.kz", "180540027719",
                 [("00605031", "Постановка на регистрационный учет плательщика налога на добавленную стоимость")]),
    "kimak_kost": ("Управление ветеринарии Костанайской области", "vet@kostanay.gov.kz", "070340009911",
                   [("00302044", "Выдача ветеринарного паспорта на животное"),
                    ("00302046", "Выдача ветеринарной справки")]),
    "akim_abai": ("Абай облысы әкімдігінің жер қатынастары басқармасы", "zher@abay.gov.kz", "220740004188",
                  [("00702020", "Жер учаскесіне сәйкестендіру құжатын беру")]),
    "ushp_atyrau": ("Атырау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы", "kense@atyrau-enbek.gov.kz", "031240005562",
                    [("01101061", "Мүгедектігі бар адамдарды оңалтудың жеке бағдарламасына сәйкес техникалық көмекші құралдармен қамтамасыз ету")]),
    "minjust": ("Министерство юстиции Республики Казахстан", "kanc@adilet.gov.kz", "990340001622",
                [("00801012", "Государственная регистрация юридических лиц"),
                 ("00801019", "Апостилирование официальных документов")]),
    "akimat_taraz": ("Тараз қаласы әкімдігінің білім бөлімі", "bilim@taraz.gov.kz", "051040012030",
                     [("00401009", "Мектепке дейінгі балалар ұйымдарына жіберу үшін мектепке дейінгі жастағы балаларды кезекке қою")]),
    "mcr": ("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kanc@mdai.gov.kz", "190640012470",
            [("00504003", "Выдача лицензии на деятельность в сфере связи")]),
    "uarch_mang": ("Управление архитектуры и градостроительства Мангистауской области", "sauletqurylys@mangystau.gov.kz", "140240026014",
                   [("00705010", "Выдача архитектурно-планировочного задания")]),
    "upp_vko": ("Управление предпринимательства и индустриально-инновационного развития Восточно-Казахстанской области", "kense@vko-biz.gov.kz", "121040010847",
                [("00305018", "Выдача лицензии на розничную реализацию алкогольной продукции")]),
    "akimat_turk": ("Түркістан облысы әкімдігінің денсаулық сақтау басқармасы", "densaulyk@turkistan.gov.kz", "181040029301",
                    [("00901030", "Медициналық ұйымға бекітілу")]),
    "kgd_mf": ("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd@kgd.gov.kz", "990340003109",
               [("00605002", "Выдача справки об отсутствии (наличии) налоговой задолженности")]),
    "akim_zko": ("Управление сельского хозяйства Западно-Казахстанской области", "agro@bko.gov.kz", "021140002671",
                 [("00302051", "Субсидирование стоимости удобрений")]),
    "mvd_mp": ("Департамент миграционной службы Министерства внутренних дел Республики Казахстан", "migr@mvd.gov.kz", "950340002018",
               [("01201007", "Выдача разрешения на временное проживание иностранцам и лицам без гражданства"),
                ("01201009", "Продление срока временного проживания иностранцев")]),
    "akimat_kyz": ("Қызылорда облысы әкімдігінің ветеринария басқармасы", "vet@kyzylorda.gov.kz", "080240018812",
                   [("00302048", "Ветеринариялық анықтама беру")]),
    "uso_pvl": ("Управление культуры, архивов и документации Павлодарской области", "archiv@pavlodar.gov.kz", "990840006245",
                [("00703003", "Выдача архивных справок")]),
    "akim_sko": ("Солтүстік Қазақстан облысы әкімдігінің білім басқармасы", "bilim@sko.gov.kz", "020440006612",
                 [("00401030", "Балаларға қосымша білім беру бойынша қосымша білім беру ұйымдарына құжаттар қабылдау")]),
    "mkis": ("Министерство культуры и информации Республики Казахстан", "kanc@mki.gov.kz", "990340008844",
             [("00706014", "Постановка на учет периодических печатных изданий, информационных агентств и сетевых изданий")]),
    "uzh_astana": ("Управление жилищной политики города Астаны", "kense@astana-turgyn.gov.kz", "160740016203",
                   [("00203014", "Приватизация жилищ из государственного жилищного фонда")]),
    "minselhoz": ("Министерство сельского хозяйства Республики Казахстан", "kanc@moa.gov.kz", "990240004417",
                  [("00302012", "Выдача фитосанитарного сертификата")]),
    "akimat_kar": ("Қарағанды облысы әкімдігінің мәдениет, архивтер және құжаттама басқармасы", "madeniet@karaganda.gov.kz", "031140002785",
                   [("00703005", "Мұрағаттық анықтамалар беру")]),
    "dep_ecol_almobl": ("Департамент экологии по Алматинской области", "almobl-eco@ecogeo.gov.kz", "130740010238",
                        [("00402017", "Выдача разрешений на эмиссии в окружающую среду для объектов II категории")]),
    "akimat_zhetysu": ("Жетісу облысы әкімдігінің туризм басқармасы", "turizm@zhetisu.gov.kz", "220840012997",
                       [("00306004", "Туристік операторлық қызметті жүзеге асыруға лицензия беру")]),
}


def ctx(agk, awaiting, our=None, effect="", svc=None, note=None):
    name, email, bin_, services = AG[agk]
    if svc is not None:
        services = [s for s in services if s[0] in svc]
    c = {"agency": {"name": name, "email": email, "bin": bin_},
         "services": [{"registry_number": r, "name": n} for r, n in services],
         "awaiting": awaiting,
         "our_letter": None if our is None else {"number": our[0], "date": our[1], "subject": our[2]},
         "expected_effect": effect or "no change to the case: not a reply; keep waiting",
         "is_reply": False}
    if note:
        c["expected_effect"] += f" ({note})"
    return c


def doc(part, lang=None, **extra):
    d = {"part": part, "kind": "other"}
    if lang:
        d["language"] = lang
    d.update(extra)
    return d


def save(name, data, docs, context, lang, fmt, sort, hard):
    p = OUT / name
    p.write_bytes(data)
    (OUT / (name + ".expected.json")).write_text(
        json.dumps({"exit": 0, "documents": docs}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / (name + ".context.json")).write_text(
        json.dumps(context, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    MANIFEST.append((name, "other", lang, fmt, sort, hard))
    WRITTEN.append(name)


# ----------------------------------------------------------------------------------------------
# mail packing (a small hand serializer, so charsets and transfer encodings are exactly as chosen)

def ew(s, cs="utf-8"):
    """Encoded word(s) for a header value, ASCII left alone."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    # split at word boundaries (the space stays at the end of a chunk), as mail clients do
    words = s.split(" ")
    chunks, cur = [], ""
    for i, w in enumerate(words):
        piece = w + (" " if i < len(words) - 1 else "")
        if cur and len(base64.b64encode((cur + piece).encode(cs))) > 60:
            chunks.append(cur)
            cur = piece
        else:
            cur += piece
    chunks.append(cur)
    return "\n ".join(f"=?{cs}?B?{base64.b64encode(c.encode(cs)).decode()}?=" for c in chunks)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return f'"{name}" <{email}>' if ("," in name or "." in name) else f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, cs)} <{email}>"


def mdate(y, mo, d, h, mi, tz=5):
    return format_datetime(dt.datetime(y, mo, d, h, mi, 0, tzinfo=dt.timezone(dt.timedelta(hours=tz))))


def _encode_body(b, cte):
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def text(t, sub="plain", cs="utf-8", cte="base64", label="same", crlf=False, extra=()):
    """A text leaf. label: the charset name written in the header ("same", None for none, or another name)."""
    if crlf:
        t = t.replace("\r\n", "\n").replace("\n", "\r\n")
    b = t.encode(cs)
    lab = cs if label == "same" else label
    h = [f"Content-Type: text/{sub}" + (f'; charset="{lab}"' if lab else ""),
         f"Content-Transfer-Encoding: {cte}", *extra]
    return {"h": h, "b": _encode_body(b, cte)}


def attach(fname, data, ctype, style="plain", inline_cid=None):
    if style == "2231":
        q = quote(fname.encode("utf-8"), safe="")
        ct = f'Content-Type: {ctype};\n name="{ew(fname)}"'
        cd = f"Content-Disposition: attachment;\n filename*=utf-8''{q}"
    elif style == "ew":
        ct = f'Content-Type: {ctype};\n\tname="{ew(fname)}"'
        cd = f'Content-Disposition: attachment;\n\tfilename="{ew(fname)}"'
    else:
        ct = f'Content-Type: {ctype}; name="{fname}"'
        cd = f'Content-Disposition: {"inline" if inline_cid else "attachment"}; filename="{fname}"'
    h = [ct, "Content-Transfer-Encoding: base64", cd]
    if inline_cid:
        h.append(f"Content-ID: <{inline_cid}>")
    return {"h": h, "b": base64.encodebytes(data)}


def raw_leaf(headers, body_bytes):
    return {"h": list(headers), "b": body_bytes}


def multi(sub, parts, bd, params=""):
    return {"h": [f'Content-Type: multipart/{sub};{params}\n\tboundary="{bd}"'], "parts": parts, "bd": bd}


def _render(node, preamble):
    out = ("\n".join(node["h"])).encode("ascii") + b"\n\n"
    if "parts" in node:
        if preamble:
            out += b"This is a multi-part message in MIME format.\n\n"
        for p in node["parts"]:
            out += b"--" + node["bd"].encode() + b"\n" + _render(p, False)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + node["bd"].encode() + b"--\n"
    else:
        out += node["b"]
    return out


def mail(headers, root, crlf=False, preamble=True):
    """headers: list of (name, value) already encoded; root: a node."""
    top = "\n".join(f"{k}: {v}" for k, v in headers) + "\nMIME-Version: 1.0\n"
    data = top.encode("ascii") + _render(root, preamble)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def tiny_png(w=60, h=40, rgb=(200, 30, 60)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ----------------------------------------------------------------------------------------------
# office files

def new_docx(font="Times New Roman", size=12):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(1.5)
    return d


def para(d, t, bold=False, align=None, size=None, italic=False, color=None, space_after=None):
    p = d.add_paragraph()
    r = p.add_run(t)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def letterhead(d, kk, ru, size=9):
    """The usual blank: Kazakh on the left, Russian on the right, emblem place in the middle."""
    t = d.add_table(rows=1, cols=3)
    cells = t.rows[0].cells
    for c, lines in ((cells[0], kk), (cells[2], ru)):
        c.paragraphs[0].text = ""
        for i, ln in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            r = p.add_run(ln)
            r.font.size = Pt(size)
            r.bold = i < 2
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cells[1].paragraphs[0].text = ""
    return t


def grid(d, rows, bold_rows=(0,), size=10, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            r.bold = i in bold_rows
            if widths:
                c.width = Cm(widths[j])
    return t


def _fixzip(data):
    """Re-pack a zip with a fixed time stamp on every member, so the same script gives the same bytes."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2027-01-01T09:00:00Z", body)
            z.writestr(zi, body)
    return out.getvalue()


def docx_bytes(d):
    d.core_properties.author = "user"
    d.core_properties.created = dt.datetime(2027, 1, 1, 9, 0)
    d.core_properties.modified = dt.datetime(2027, 1, 1, 9, 0)
    b = io.BytesIO()
    d.save(b)
    return _fixzip(b.getvalue())


def xlsx_bytes(wb):
    wb.properties.creator = "user"
    wb.properties.created = dt.datetime(2027, 1, 1, 9, 0)
    wb.properties.modified = dt.datetime(2027, 1, 1, 9, 0)
    b = io.BytesIO()
    wb.save(b)
    return _fixzip(b.getvalue())


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def pstyle(size=10, bold=False, align=0, leading=None):
    return ParagraphStyle("s", fontName="DVB" if bold else "DV", fontSize=size,
                          leading=leading or size * 1.3, alignment=align)


def pdf_bytes(flow, land=False, title=""):
    """flow: list of ("p", text, size, bold, align) | ("sp", h) | ("t", rows, colwidths, size)."""
    b = io.BytesIO()
    doc_ = SimpleDocTemplate(b, pagesize=landscape(A4) if land else A4, leftMargin=50, rightMargin=40,
                             topMargin=40, bottomMargin=40, title=title, author="", invariant=1)
    story = []
    for item in flow:
        if item[0] == "p":
            _, t, size, bold, align = (item + (10, False, 0))[:5] if len(item) < 5 else item
            story.append(Paragraph(t.replace("\n", "<br/>"), pstyle(size, bold, align)))
        elif item[0] == "sp":
            story.append(Spacer(1, item[1]))
        elif item[0] == "t":
            _, rows, cw, size = item
            data = [[Paragraph(c.replace("\n", "<br/>"), pstyle(size, i == 0)) for c in r] for i, r in enumerate(rows)]
            tb = Table(data, colWidths=cw, repeatRows=1)
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
    doc_.build(story)
    return b.getvalue()


def P(t, size=10, bold=False, align=0):
    return ("p", t, size, bold, align)


# ==============================================================================================
# the documents
# ==============================================================================================
# ---------------------------------------------------------------- A. questions, acknowledgements

def a01():
    body = """Добрый день!

Управление здравоохранения Карагандинской области получило ваш запрос
№ ЕКЦ-2027/141 от 12.01.2027 о представлении информации по государственным
услугам 00901014 и 00901015.

Просим уточнить:
1) по какой форме необходимо представить сведения — в запросе указано
«согласно приложению 1 к Правилам», однако сама форма к письму не приложена;
2) допускается ли направление формы в формате Excel или только Word/PDF
с подписью ЭЦП;
3) заполнять отдельную форму на каждую услугу или обе услуги можно
указать в одной таблице.

После получения разъяснений информация будет направлена в установленный срок.

С уважением,
Тлеубаева Салтанат
главный специалист отдела организации медицинской помощи
тел. 8 (7212) 41-07-55

-----Original Message-----
From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Tuesday, January 12, 2027 4:31 PM
To: kanc@densaulyk.krg.gov.kz
Subject: Запрос о предоставлении информации (ЕКЦ-2027/141)

Уважаемые коллеги! В соответствии с пунктами 4 и 5 Правил взаимодействия
Единого контакт-центра просим назначить ответственное лицо и представить
информацию по государственным услугам 00901014, 00901015 по форме
согласно приложению 1 к Правилам.
"""
    data = mail([("From", addr("Тлеубаева Салтанат", "s.tleubaeva@densaulyk.krg.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("RE: Запрос о предоставлении информации (ЕКЦ-2027/141)")),
                 ("Date", mdate(2027, 1, 14, 9, 12)),
                 ("Message-ID", "<8f3a1c02e7a54b@densaulyk.krg.gov.kz>"),
                 ("In-Reply-To", "<ekc-2027-141@ekc.gov.kz>")],
                text(body, cte="quoted-printable"))
    save("a01-utochnit-formu.eml", data, [doc("body", "ru", responsible=None)],
         ctx("uzo_krg", "information", ("ЕКЦ-2027/141", "2027-01-12", "Запрос о предоставлении информации"),
             "answer the clarification (send the Appendix 1 form); the case keeps waiting for the information"),
         "ru", "eml utf-8 QP", "question", "asks which form to use; quotes our request with registry numbers")


def a02():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<p><b>Құрметті корреспондент!</b><br>Сіздің 2027 ж. 03.02. № ЕКЦ-2027/188 құжатыңыз тіркелді және орындауға жіберілді.</p>
<p><b>Уважаемый корреспондент!</b><br>Ваш документ № ЕКЦ-2027/188 от 03.02.2027 зарегистрирован и передан на исполнение.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:9pt">
<tr><td>Тіркеу нөмірі / Рег. номер</td><td>3-12/887-И</td></tr>
<tr><td>Тіркеу күні / Дата регистрации</td><td>03.02.2027 10:42</td></tr>
<tr><td>Орындаушы / Исполнитель</td><td>Тулегенова Асель Бауыржановна (Департамент социальной помощи)</td></tr>
<tr><td>Орындау мерзімі / Срок исполнения</td><td>10.02.2027</td></tr>
<tr><td>Мәртебесі / Статус</td><td>Орындауда / На исполнении</td></tr>
</table>
<p style="color:#888">Бұл хабарлама автоматты түрде жасалды, оған жауап бермеңіз.<br>
Данное сообщение сформировано автоматически системой ЕСЭДО, не отвечайте на него.</p>
</body></html>"""
    data = mail([("From", addr("ЕСЭДО МТСЗН РК", "noreply-esedo@enbek.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Құжатты тіркеу туралы хабарлама / Уведомление о регистрации документа")),
                 ("Date", mdate(2027, 2, 3, 10, 43)),
                 ("Message-ID", "<esedo.20270203104301.5521@enbek.gov.kz>"),
                 ("Auto-Submitted", "auto-generated")],
                text(html, sub="html"))
    save("a02-esedo-registracia.eml", data, [doc("body", responsible=None)],
         ctx("mtszn", "appointment", ("ЕКЦ-2027/188", "2027-02-03", "Запрос о предоставлении информации о государственных услугах"),
             "ignore: automatic registration notice; the named executor is not an appointed responsible person"),
         "kk+ru", "eml HTML-only", "acknowledgement",
         "auto-registration names an 'Исполнитель' with department and deadline, looks like an appointment")


def a03():
    d = new_docx()
    letterhead(d, ["ПАВЛОДАР ОБЛЫСЫ", "ЕКІБАСТҰЗ ҚАЛАСЫНЫҢ ӘКІМДІГІ", "«Екібастұз қаласы әкімінің аппараты» ММ",
                   "141200, Екібастұз қ., Мәшһүр Жүсіп к-сі, 39", "тел.: 8 (7187) 75-20-10"],
              ["АКИМАТ ГОРОДА ЭКИБАСТУЗА", "ПАВЛОДАРСКОЙ ОБЛАСТИ", "ГУ «Аппарат акима города Экибастуза»",
               "141200, г. Экибастуз, ул. Машхур Жусупа, 39", "тел.: 8 (7187) 75-20-10"])
    para(d, "")
    para(d, "18.02.2027 № 02-14/1133")
    para(d, "На № ЕКЦ-2027/201 от 09.02.2027", italic=True)
    para(d, "Руководителю\nЕдиного контакт-центра\nАбилову Т.С.", align="r")
    para(d, "О продлении срока представления информации", bold=True)
    para(d, "Аппарат акима города Экибастуза, рассмотрев Ваш запрос о представлении информации по "
            "государственным услугам «Постановка на учет лиц, нуждающихся в жилище из государственного "
            "жилищного фонда» (№ 00203008) и «Выдача справки о наличии либо отсутствии жилища» (№ 00203011), "
            "сообщает следующее.", align="j")
    para(d, "В связи с проводимой реорганизацией отдела жилищных отношений и передачей функций по оказанию "
            "указанных услуг в ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и "
            "автомобильных дорог города Экибастуза» просим продлить срок представления информации по форме "
            "приложения 1 к Правилам до 20 марта 2027 года.", align="j")
    para(d, "Информация, включая сведения об ответственном лице, будет направлена дополнительно после "
            "утверждения нового положения об отделе.", align="j")
    para(d, "")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Руководитель аппарата\nакима города"
    t.cell(0, 1).text = "Б. Оспанов"
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "")
    para(d, "Исп.: Ермекова Д.К.\nтел.: 8 (7187) 75-21-09", size=9)
    save("a03-prodlenie-sroka.docx", docx_bytes(d),
         [doc("a03-prodlenie-sroka.docx", "ru", responsible=None, refusal_reason=None)],
         ctx("akimat_ekib", "information", ("ЕКЦ-2027/201", "2027-02-09", "Запрос о представлении информации"),
             "note the asked extension (to 2027-03-20); the case keeps waiting"),
         "ru", "docx", "question", "extension request on a letterhead; 'передачей функций' sounds like a refusal, executor line")


def a04():
    body = """Құрметті әріптестер!

Сіздердің 2027 жылғы 15 ақпандағы № ЕКЦ-2027/233 хаттарыңыз басқармада
2027 жылғы 16 ақпанда № 01-17/412 кіріс нөмірімен тіркелгенін хабарлаймыз.

Хат орындау үшін жер кадастры және мониторинг бөліміне жолданды.
Жауап Қағидаларда белгіленген мерзімде жіберіледі.

Құрметпен,
кеңсе меңгерушісі
Жұмабаева Гүлназ
8 (7222) 52-33-18
"""
    data = mail([("From", addr("Абай облысы жер қатынастары басқармасы", "zher@abay.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Хат тіркелді: № ЕКЦ-2027/233")),
                 ("Date", mdate(2027, 2, 16, 15, 2)),
                 ("Message-ID", "<20270216150244.AB12@abay.gov.kz>")],
                text(body))
    save("a04-hat-tirkeldi.eml", data, [doc("body", "kk", responsible=None)],
         ctx("akim_abai", "appointment", ("ЕКЦ-2027/233", "2027-02-15", "Ақпарат ұсыну туралы сұрау"),
             "ignore: registration acknowledgement only"),
         "kk", "eml utf-8 base64", "acknowledgement", "Kazakh 'received, registered, passed for execution' with incoming number")


def a05():
    body = """Здравствуйте.

По вашему письму N ЕКЦ-2027/256 от 22.02.2027 по услугам 00302044 "Выдача
ветеринарного паспорта на животное" и 00302046 "Выдача ветеринарной справки".

Информация по форме приложения 1 направлена нами 01.03.2027 (исх. N 05-2/318).
Прошу сообщить:
- в какой срок мы должны провести обучение ваших сотрудников (в Правилах
  указано 10 рабочих дней - считать от даты отправки или от даты получения
  вами?);
- возможно ли провести обучение онлайн, через Zoom или TrueConf;
- сколько ваших операторов будет участвовать, нам нужно подготовить
  раздаточный материал.

Протокол, как я понимаю, составляем по итогам обучения - форму протокола
пришлите, пожалуйста, заранее.

Исатаев Ержан
гл. специалист отдела ветеринарного контроля
Управление ветеринарии Костанайской области
т. 8 7142 53-11-06
"""
    data = mail([("From", addr("Исатаев Ержан", "e.isataev@kostanay.gov.kz", "koi8-r")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Обучение по услугам 00302044, 00302046", "koi8-r")),
                 ("Date", mdate(2027, 3, 3, 11, 20)),
                 ("Message-ID", "<5e1d9a77.1b3c@kostanay.gov.kz>"),
                 ("X-Mailer", "The Bat! (v9.4.5) Professional")],
                text(body, cs="koi8-r", cte="8bit"))
    save("a05-srok-obucheniya-koi8.eml", data, [doc("body", "ru", protocol_date=None)],
         ctx("kimak_kost", "protocol", ("ЕКЦ-2027/256", "2027-02-22", "Запрос о предоставлении информации"),
             "answer the question about training; still waiting for the signed protocol"),
         "ru", "eml koi8-r 8bit", "question", "talks about training and the protocol, quotes outgoing number and date")


def a06():
    body = """Добрый день, коллеги.

Подскажите, пожалуйста, куда направлять заполненную форму: на общий адрес
info@ekc.gov.kz, с которого пришел запрос, или на личную почту вашего
куратора Сапаровой Д.? В прошлый раз (по услуге 00401006) мы отправили на
info@, и потом нам сказали, что письмо «потерялось».

Также просим сообщить, нужно ли дублировать документ через ЕСЭДО.

Спасибо,
Мусабекова Айжан
Отдел дошкольного образования
Управление образования г. Алматы
+7 727 271-66-40 (вн. 118)

> От: Единый контакт-центр [mailto:info@ekc.gov.kz]
> Отправлено: 24 февраля 2027 г. 11:05
> Кому: bilim@almaty.gov.kz
> Тема: Запрос ЕКЦ-2027/270 о предоставлении информации о государственной услуге
>
> В соответствии с пунктом 4 Правил взаимодействия Единого контакт-центра
> просим в течение трех рабочих дней назначить ответственное лицо и в срок
> не более пяти рабочих дней представить информацию по форме:
>
> | № п/п | № государственной услуги в реестре | Наименование государственной услуги | Стандарт государственной услуги | Регламент государственной услуги | Изменения НПА | Интернет-ресурс | ФИО, должность ответственного лица |
> | 1 | 00401022 | Выдача дубликатов документов об основном среднем образовании | | | | | |
>
> С уважением, Единый контакт-центр
"""
    data = mail([("From", addr("Мусабекова Айжан", "a.musabekova@almaty.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("RE: Запрос ЕКЦ-2027/270 о предоставлении информации о государственной услуге")),
                 ("Date", mdate(2027, 2, 25, 14, 51)),
                 ("Message-ID", "<BN8PR07MB66.4410@almaty.gov.kz>"),
                 ("Thread-Topic", ew("Запрос ЕКЦ-2027/270 о предоставлении информации о государственной услуге"))],
                text(body, cte="base64", crlf=True), crlf=True)
    save("a06-komu-napravit.eml", data, [doc("body", "ru", responsible=None)],
         ctx("uo_almaty", "appointment", ("ЕКЦ-2027/270", "2027-02-24", "Запрос о предоставлении информации о государственной услуге"),
             "answer where to send; nothing received yet", svc=["00401022"]),
         "ru", "eml utf-8 base64 CRLF", "question",
         "quotes our request with the Appendix 1 header row and a prefilled row (registry number, name, empty columns)")


def a07():
    t = """Департамент экологии по Алматинской области
Комитета экологического регулирования и контроля
Министерства экологии и природных ресурсов Республики Казахстан
040800, г. Қонаев, мкр. 4, д. 1, тел. 8 (72772) 4-05-00

№ 26-04/1187 от 05.03.2027

                                        Единый контакт-центр
                                        на № ЕКЦ-2027/289 от 26.02.2027

    На Ваш запрос о представлении информации по государственной услуге
«Выдача разрешений на эмиссии в окружающую среду для объектов II
категории» (№ 00402017 в Реестре государственных услуг) сообщаем.

    В настоящее время уполномоченным органом в области охраны окружающей
среды разрабатываются изменения в стандарт указанной государственной
услуги (проект приказа размещен на портале «Открытые НПА» для публичного
обсуждения до 20.03.2027).

    В этой связи информация по форме приложения 1 к Правилам будет
направлена в Ваш адрес дополнительно, после государственной регистрации
приказа в Министерстве юстиции Республики Казахстан.


Руководитель департамента                              А. Жексенбаев


Исп. Нурбекова А.
8 (72772) 4-05-31
"""
    save("a07-informaciya-dopolnitelno.txt", t.encode("utf-8"),
         [doc("a07-informaciya-dopolnitelno.txt", "ru", refusal_reason=None)],
         ctx("dep_ecol_almobl", "information", ("ЕКЦ-2027/289", "2027-02-26", "Запрос о представлении информации"),
             "keep waiting: the agency promises the information later"),
         "ru", "txt utf-8", "acknowledgement",
         "'будет направлена дополнительно' with talk of a coming change of the standard (looks like a change notice or a refusal)")


def a08():
    plain = """Уважаемые коллеги!

Протокол принятия Единым контакт-центром государственных услуг 00801012
«Государственная регистрация юридических лиц» и 00801019 «Апостилирование
официальных документов» для консультирования, составленный по итогам
обучения 12 мая 2027 года, получен.

В настоящее время протокол находится на подписании у вице-министра.
Подписанный экземпляр (скан-копия) будет направлен в ваш адрес после
возвращения руководства из командировки, ориентировочно 24–25 мая.
Оригинал по почте просим не ждать — направим электронную версию с ЭЦП.

С уважением,
Байжанова Камила
эксперт Департамента регистрационной службы
и организации юридических услуг
Министерство юстиции РК
тел. +7 (7172) 74-09-83
"""
    html = ("<html><body><div style='font-family:Calibri,sans-serif;font-size:11pt'>"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in plain.strip().split("\n\n"))
            + "</div></body></html>")
    root = multi("alternative", [text(plain, cte="quoted-printable"), text(html, sub="html", cte="quoted-printable")],
                 "----=_NextPart_000_0012_01DB9A3C.5E2F1A40")
    data = mail([("From", addr("Байжанова Камила", "k.baizhanova@adilet.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("RE: Протокол принятия услуг для консультирования")),
                 ("Date", mdate(2027, 5, 18, 17, 4)),
                 ("Message-ID", "<000c01db9a3c$5e2f1a40$adilet@adilet.gov.kz>")], root)
    save("a08-protokol-na-podpisanii.eml", data, [doc("body", "ru", protocol_date=None)],
         ctx("minjust", "protocol", ("ЕКЦ-2027/455", "2027-05-13", "Протокол принятия государственных услуг для консультирования"),
             "keep waiting for the signed protocol"),
         "ru", "eml multipart/alternative QP", "acknowledgement",
         "names the protocol, both registry numbers and the training date, but the protocol is not signed yet")


def a09():
    plain = """Бірыңғай байланыс орталығына
2027 жылғы 1 наурыздағы № ЕКЦ-2027/301 хатқа

Солтүстік Қазақстан облысы әкімдігінің білім басқармасы «Балаларға қосымша
білім беру бойынша қосымша білім беру ұйымдарына құжаттар қабылдау»
мемлекеттік көрсетілетін қызметі (тізілімдегі № 00401030) бойынша ақпаратты
ұсыну мерзімін 2027 жылғы 15 сәуірге дейін ұзартуды сұрайды.

Себебі: мемлекеттік көрсетілетін қызмет регламентіне өзгерістер енгізу
туралы облыс әкімдігі қаулысының жобасы келісу сатысында.

Басшының орынбасары                    Д. Сәрсенбаев

Орынд.: Қабдолова М., 8 (7152) 46-18-02
"""
    html = ("<div dir='ltr'>" + plain.replace("\n\n", "<br><br>").replace("\n", " ") + "</div>")
    root = multi("alternative", [text(plain), text(html, sub="html")], "000000000000a1b2c3d40616e2f7")
    data = mail([("From", addr("Қабдолова Мәдина", "m.kabdolova@sko.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Мерзімді ұзарту туралы (№ ЕКЦ-2027/301 хатқа)")),
                 ("Date", mdate(2027, 3, 4, 10, 8)),
                 ("Message-ID", "<CAK9x3sF2=qLmW@mail.gmail.com>")], root)
    save("a09-merzimdi-uzartu.eml", data, [doc("body", "kk", refusal_reason=None, responsible=None)],
         ctx("akim_sko", "information", ("ЕКЦ-2027/301", "2027-03-01", "Ақпарат ұсыну туралы сұрау"),
             "note the asked extension (to 2027-04-15); keep waiting"),
         "kk", "eml multipart/alternative", "question", "Kazakh extension request, mentions a draft change of the regulation")


def a10():
    flow = [P("ВОСТОЧНО-КАЗАХСТАНСКАЯ ОБЛАСТЬ", 9, True, 1),
            P("ГУ «Управление предпринимательства и индустриально-инновационного развития<br/>Восточно-Казахстанской области»", 9, True, 1),
            P("070004, г. Усть-Каменогорск, ул. Горького, 40; тел. 8 (7232) 24-70-15; kense@vko-biz.gov.kz", 8, False, 1),
            ("sp", 14),
            P("Исх. № 04-07/622 от 11.03.2027"),
            P("На № ЕКЦ-2027/305 от 04.03.2027"),
            ("sp", 10),
            P("Единый контакт-центр", 11, True, 2),
            ("sp", 14),
            P("Управление предпринимательства и индустриально-инновационного развития Восточно-Казахстанской "
              "области сообщает, что в связи с кадровыми изменениями в отделе лицензирования (вакантна должность "
              "руководителя отдела) назначение ответственного лица за представление информации в Единый "
              "контакт-центр по государственной услуге «Выдача лицензии на розничную реализацию алкогольной "
              "продукции» (№ 00305018) будет произведено после издания соответствующего приказа руководителя "
              "управления.", 11, False, 4),
            ("sp", 6),
            P("Сведения об ответственном лице (фамилия, имя, отчество, должность, контактные данные) будут "
              "направлены в Ваш адрес не позднее 25 марта 2027 года.", 11, False, 4),
            ("sp", 6),
            P("По оперативным вопросам до назначения ответственного лица просим обращаться в приемную "
              "управления: 8 (7232) 24-70-15.", 11, False, 4),
            ("sp", 30),
            P("Руководитель управления&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Е. Касенов", 11, True),
            ("sp", 40),
            P("Исп. Мухамедиева Л., 24-70-33", 8)]
    save("a10-otvetstvennyi-pozdnee.pdf", pdf_bytes(flow, title="Исх 04-07/622"),
         [doc("a10-otvetstvennyi-pozdnee.pdf", "ru", responsible=None, previous_responsible=None)],
         ctx("upp_vko", "appointment", ("ЕКЦ-2027/305", "2027-03-04", "Запрос о назначении ответственного лица"),
             "keep waiting for the appointment (promised by 2027-03-25)"),
         "ru", "pdf", "acknowledgement", "talks about the appointment of a responsible person at length, names nobody")


def a11():
    body = """Коллеги, добрый день.

В вашем запросе от 09.03.2027 № ЕКЦ-2027/317 услуга «Приватизация жилищ из
государственного жилищного фонда» указана под номером 00203041. По Реестру
государственных услуг (в редакции последних изменений) эта услуга значится
под № 00203014, а под номером 00203041 в Реестре ничего нет.

Прошу уточнить, о какой услуге идет речь, чтобы мы не заполнили форму не
по той услуге. Если это опечатка — напишите, и мы в течение пяти дней
представим информацию.

Сагинтаев Марат
ведущий специалист
ГУ «Управление жилищной политики города Астаны»
8 (7172) 55-64-23, вн. 2214
"""
    data = mail([("From", addr("Сагинтаев Марат", "m.sagintaev@astana-turgyn.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Cc", "kense@astana-turgyn.gov.kz"),
                 ("Subject", ew("Уточнение номера услуги по запросу ЕКЦ-2027/317")),
                 ("Date", mdate(2027, 3, 10, 12, 37)),
                 ("Message-ID", "<1b7e2c-4d11@astana-turgyn.gov.kz>")],
                text(body, cte="8bit"))
    save("a11-nomer-uslugi.eml", data, [doc("body", "ru")],
         ctx("uzh_astana", "information", ("ЕКЦ-2027/317", "2027-03-09", "Запрос о предоставлении информации"),
             "answer: confirm the registry number; keep waiting"),
         "ru", "eml utf-8 8bit", "question", "two registry numbers and a service name, no data")


def a12():
    body = """Добрый день!

Заполняем форму по вашему запросу (услуга 00302051 «Субсидирование стоимости
удобрений»), возникли вопросы по графам:

— графа 6 «Изменения нормативных правовых актов»: изменений в стандарт с
момента утверждения не было. Ставить прочерк или писать «изменений нет»?
Или указывать все приказы, которыми вносились изменения в Правила
субсидирования (их 4)?

— графа 7 «Интернет-ресурс»: услуга оказывается через портал электронного
правительства, но информация о ней размещена также на сайте акимата
области. Какой адрес указывать — один или оба?

— графа 8: если ответственных двое (основной и замещающий), можно ли указать
обоих в одной ячейке?

Просим ответить по возможности сегодня-завтра.
Спасибо.

Утегенова Раушан
гл. специалист отдела субсидирования
8 (7112) 24-15-77
"""
    data = mail([("From", addr("Утегенова Раушан", "r.utegenova@bko.gov.kz", "windows-1251")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Вопросы по заполнению формы (графы 6, 7, 8)", "windows-1251")),
                 ("Date", mdate(2027, 3, 11, 16, 5)),
                 ("Message-ID", "<000401db92ab$c1d2e3f0$0200a8c0@AGRO-PC17>"),
                 ("X-Mailer", "Microsoft Outlook 16.0")],
                text(body, cs="windows-1251", cte="8bit"))
    save("a12-grafy-6-7-cp1251.eml", data, [doc("body", "ru", responsible=None)],
         ctx("akim_zko", "information", ("ЕКЦ-2027/298", "2027-03-01", "Запрос о предоставлении информации"),
             "answer the questions on filling the form; keep waiting"),
         "ru", "eml windows-1251 8bit", "question", "speaks of the form's columns 6, 7, 8 by their names")


def a13():
    body = """Құрметті әріптестер!

Сіздің 2027 жылғы 11 наурыздағы № ЕКЦ-2027/322 сұрауыңыз орындалу үстінде
екенін хабарлаймыз. Ақпарат 2027 жылғы 24 наурызға дейін жіберіледі.

Уважаемые коллеги!

Сообщаем, что Ваш запрос № ЕКЦ-2027/322 от 11.03.2027 находится на
исполнении. Информация будет представлена до 24 марта 2027 года.

Басшы / Руководитель                       Т. Омаров

Қарағанды облысы әкімдігінің мәдениет, архивтер және құжаттама басқармасы
Управление культуры, архивов и документации Карагандинской области
"""
    data = mail([("From", addr("Мәдениет басқармасы", "madeniet@karaganda.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Аралық жауап / Промежуточный ответ (ЕКЦ-2027/322)")),
                 ("Date", mdate(2027, 3, 15, 9, 30)),
                 ("Message-ID", "<a13.20270315093011@karaganda.gov.kz>")],
                text(body, cte="quoted-printable"))
    save("a13-aralyk-zhauap.eml", data, [doc("body")],
         ctx("akimat_kar", "information", ("ЕКЦ-2027/322", "2027-03-11", "Ақпарат ұсыну туралы сұрау"),
             "keep waiting: interim answer"),
         "kk+ru", "eml QP", "acknowledgement", "bilingual interim answer ('на исполнении')")


def a14():
    body = """Сәлеметсіз бе!

2027 жылғы 14 сәуірге жоспарланған «Медициналық ұйымға бекітілу»
(№ 00901030) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс
орталығы қызметкерлерін оқытуды 2027 жылғы 21 сәуірге ауыстыруды сұраймыз.
Себебі — жауапты тұлғаның іссапарға жіберілуі.

Оқыту уақыты: 10:00–12:00, Zoom платформасы арқылы. Сілтеме оқытудың
алдында жіберіледі. Хаттама оқытудан кейін жасалады.

Құрметпен,
Әбдірахманова Ләззат
бас маман
Түркістан облысы әкімдігінің денсаулық сақтау басқармасы
8 (72533) 5-44-12
"""
    data = mail([("From", addr("Әбдірахманова Ләззат", "l.abdirakhmanova@turkistan.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Оқытуды ауыстыру туралы — 00901030")),
                 ("Date", mdate(2027, 4, 9, 18, 14)),
                 ("Message-ID", "<3f2b-0901030-tr@turkistan.gov.kz>")],
                text(body, cte="quoted-printable"))
    save("a14-okytudy-auystyru.eml", data, [doc("body", "kk", protocol_date=None, responsible=None)],
         ctx("akimat_turk", "protocol", ("ЕКЦ-2027/366", "2027-03-26", "Оқыту өткізу туралы"),
             "reschedule the training; still waiting for the protocol"),
         "kk", "eml QP", "question", "Kazakh: moves the training date; mentions the protocol and a 'жауапты тұлға'")


def a15():
    body = """Здравствуйте!

Вложение к вашему письму («Запрос_КГД.pdf») не открывается — выдается ошибка
«файл поврежден». Прошу повторно направить запрос, желательно в формате
Word, либо продублировать через ЕСЭДО.

До получения читаемого запроса подготовить ответ не можем.

--
С уважением,
Жаксылыков Руслан
Управление методологии оказания государственных услуг КГД МФ РК
тел. 8 (7172) 71-87-20

Отправлено с iPhone

> 17 марта 2027 г., в 16:20, Единый контакт-центр <info@ekc.gov.kz> написал(а):
>
> Добрый день! Направляем запрос о предоставлении дополнительной информации
> по государственной услуге 00605002 «Выдача справки об отсутствии (наличии)
> налоговой задолженности». Просим рассмотреть.
>
"""
    data = mail([("From", addr("Жаксылыков Руслан", "r.zhaksylykov@kgd.gov.kz")),
                 ("To", "Единый контакт-центр <info@ekc.gov.kz>".replace("Единый контакт-центр", ew("Единый контакт-центр"))),
                 ("Subject", ew("Re: Запрос о предоставлении дополнительной информации")),
                 ("Date", mdate(2027, 3, 18, 8, 2)),
                 ("Message-ID", "<A5C3E1F0-77B2-4C1D-9E0A-3D5B2F7C1A90@kgd.gov.kz>"),
                 ("In-Reply-To", "<ekc-2027-349@ekc.gov.kz>"),
                 ("X-Mailer", "iPhone Mail (21E236)")],
                text(body, cte="quoted-printable"))
    save("a15-vlozhenie-ne-otkryvaetsya.eml", data, [doc("body", "ru", refusal_reason=None)],
         ctx("kgd_mf", "additional_answer", ("ЕКЦ-2027/349", "2027-03-17", "Запрос о предоставлении дополнительной информации"),
             "resend our request; keep waiting"),
         "ru", "eml QP iPhone", "question", "'подготовить ответ не можем' reads like a refusal but is only a broken attachment")


def a16():
    t1 = """Ваше сообщение

  Кому: migr@mvd.gov.kz
  Тема: Запрос ЕКЦ-2027/344 о предоставлении информации
  Отправлено: 19.03.2027 10:14

было прочитано 19.03.2027 15:47.
"""
    t2 = ("Reporting-UA: mail.mvd.gov.kz; Microsoft Exchange Server 2019\n"
          "Final-Recipient: rfc822;migr@mvd.gov.kz\n"
          "Original-Message-ID: <ekc-2027-344@ekc.gov.kz>\n"
          "Disposition: manual-action/MDN-sent-manually; displayed\n")
    root = multi("report", [text(t1, cte="base64"),
                            raw_leaf(["Content-Type: message/disposition-notification",
                                      "Content-Transfer-Encoding: 7bit"], t2.encode())],
                 "_002_MDN_mvd_gov_kz_", params=" report-type=disposition-notification;")
    data = mail([("From", addr("Департамент миграционной службы МВД", "migr@mvd.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Прочитано: Запрос ЕКЦ-2027/344 о предоставлении информации")),
                 ("Date", mdate(2027, 3, 19, 15, 47)),
                 ("Message-ID", "<mdn-7c1e9a@mvd.gov.kz>")], root)
    save("a16-prochitano.eml", data, [doc("body", "ru")],
         ctx("mvd_mp", "appointment", ("ЕКЦ-2027/344", "2027-03-19", "Запрос о предоставлении информации"),
             "ignore: read receipt"),
         "ru", "eml multipart/report MDN", "acknowledgement", "read receipt of our request")


def a17():
    d = new_docx(size=13)
    letterhead(d, ["АТЫРАУ ОБЛЫСЫНЫҢ", "ЖҰМЫСПЕН ҚАМТУДЫ ҮЙЛЕСТІРУ ЖӘНЕ", "ӘЛЕУМЕТТІК БАҒДАРЛАМАЛАР БАСҚАРМАСЫ",
                   "060002, Атырау қ., Әйтеке би к-сі, 77"],
              ["УПРАВЛЕНИЕ КООРДИНАЦИИ ЗАНЯТОСТИ", "И СОЦИАЛЬНЫХ ПРОГРАММ", "АТЫРАУСКОЙ ОБЛАСТИ",
               "060002, г. Атырау, ул. Айтеке би, 77"])
    para(d, "")
    para(d, "2027 ж. 22.03.  № 08-09/1540")
    para(d, "Бірыңғай байланыс орталығының басшысына", align="r", bold=True)
    para(d, "2027 жылғы 18 наурыздағы № ЕКЦ-2027/339 хатқа", italic=True)
    para(d, "Атырау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы "
            "сіздің хатыңызды қарап, мынаны хабарлайды.", align="j")
    para(d, "«Мүгедектігі бар адамдарды оңалтудың жеке бағдарламасына сәйкес техникалық көмекші құралдармен "
            "қамтамасыз ету» мемлекеттік көрсетілетін қызметі (№ 01101061) бойынша Қағидалардың 1-қосымшасына "
            "сәйкес нысан бойынша ақпарат қызмет стандартына енгізілетін өзгерістер бекітілгеннен кейін "
            "қосымша жіберілетін болады.", align="j")
    para(d, "Қазіргі уақытта тиісті бұйрықтың жобасы Қазақстан Республикасы Еңбек және халықты әлеуметтік "
            "қорғау министрлігінде келісу сатысында.", align="j")
    para(d, "")
    para(d, "Басшы                                                                    Н. Құрманғалиев", bold=True)
    para(d, "")
    para(d, "Орынд.: Есенғалиева А.\nТел.: 8 (7122) 27-51-60", size=9)
    save("a17-kosymsha-zhiberiledi.docx", docx_bytes(d),
         [doc("a17-kosymsha-zhiberiledi.docx", "kk", refusal_reason=None)],
         ctx("ushp_atyrau", "information", ("ЕКЦ-2027/339", "2027-03-18", "Ақпарат ұсыну туралы сұрау"),
             "keep waiting: information promised after the standard is changed"),
         "kk", "docx", "acknowledgement", "Kazakh 'will be sent additionally', mentions a change of the standard")


def a18():
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="RU"><div class="WordSection1">
<p class="MsoNormal">Добрый день, Динара!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Получили ваш проект протокола по услуге 00703003 «Выдача архивных справок».
Можно ли прислать его в формате Word? В PDF не можем внести правки: в перечне участников от нашей
стороны указан сотрудник, который уже не работает в управлении (мы вам писали об этом письмом
от 02.03), а также неверно указана дата обучения — было 16 марта, а не 15-го.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">После правок сразу подпишем и отправим.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">С уважением,<o:p></o:p></p>
<p class="MsoNormal"><b>Кравченко Ольга Викторовна</b><br>
главный специалист отдела госархива<br>
ГУ «Управление культуры, архивов и документации Павлодарской области»<br>
тел. 8 (7182) 32-19-44</p>
<p class="MsoNormal" style="color:gray;font-size:8pt">Бұл хат және оған қоса берілген файлдар құпия болып табылады.
Это письмо и приложения к нему конфиденциальны и предназначены только для адресата.</p>
</div></body></html>"""
    data = mail([("From", addr("Кравченко Ольга Викторовна", "o.kravchenko@pavlodar.gov.kz")),
                 ("To", addr("Сейтжанова Динара", "d.seitzhanova@ekc.gov.kz")),
                 ("Cc", "info@ekc.gov.kz"),
                 ("Subject", ew("RE: Проект протокола 00703003")),
                 ("Date", mdate(2027, 3, 19, 11, 26)),
                 ("Message-ID", "<VI1PR0802MB2271A3F@pavlodar.gov.kz>")],
                text(html, sub="html", cte="base64"))
    save("a18-protokol-v-word.eml", data, [doc("body", "ru", protocol_date=None, previous_responsible=None)],
         ctx("uso_pvl", "protocol", ("ЕКЦ-2027/333", "2027-03-17", "Проект протокола принятия услуги для консультирования"),
             "send the protocol in Word; keep waiting for the signed one"),
         "ru", "eml HTML-only Outlook", "question",
         "asks for the protocol in Word; mentions a departed employee and a training date")


def a19():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Times New Roman;font-size:12pt">
<p>Уважаемые коллеги!</p>
<p>В рамках исполнения вашего запроса № ЕКЦ-2027/352 от 22.03.2027 просим разъяснить, необходимо ли
представлять информацию по форме приложения 1 по всем нижеперечисленным услугам или только по тем,
которые оказываются Министерством непосредственно (без участия Госкорпорации «Правительство для граждан»):</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><th>№</th><th>№ в Реестре</th><th>Наименование услуги</th><th>Способ оказания</th></tr>
<tr><td>1</td><td>01101032</td><td>Назначение социальной выплаты на случай потери работы</td><td>через Госкорпорацию, портал</td></tr>
<tr><td>2</td><td>01101047</td><td>Назначение пособия по уходу за ребенком по достижении им возраста одного года</td><td>через Госкорпорацию, портал</td></tr>
<tr><td>3</td><td>01101050</td><td>Выдача справки о назначении (неназначении) социальных выплат</td><td>портал</td></tr>
</table>
<p>Ответ просим направить на адрес kense@enbek.gov.kz.</p>
<p>Директор Департамента цифровизации<br>и государственных услуг&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; С. Ташенов</p>
<p style="font-size:9pt">исп. Оразбекова Г., 8 (7172) 74-35-12</p>
</body></html>"""
    plain = ("Уважаемые коллеги! Просим разъяснить, необходимо ли представлять информацию по форме приложения 1 "
             "по всем услугам (01101032, 01101047, 01101050) или только по оказываемым Министерством "
             "непосредственно. Директор Департамента цифровизации и государственных услуг С. Ташенов\n")
    root = multi("alternative", [text(plain, cte="base64"), text(html, sub="html", cte="base64")], "b1_7Qx29LmZ")
    data = mail([("From", addr("Оразбекова Гульмира", "g.orazbekova@enbek.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("О разъяснении (на № ЕКЦ-2027/352)")),
                 ("Date", mdate(2027, 3, 24, 15, 40)),
                 ("Message-ID", "<20270324154012.b1_7Qx29LmZ@enbek.gov.kz>")], root)
    save("a19-kakie-uslugi-tablica.eml", data, [doc("body", "ru")],
         ctx("mtszn", "information", ("ЕКЦ-2027/352", "2027-03-22", "Запрос о предоставлении информации о государственных услугах"),
             "answer which services are meant; keep waiting"),
         "ru", "eml HTML table", "question",
         "HTML table of registry numbers and service names (not the Appendix 1 columns)")


def a20():
    t = """Тараз қаласы әкімдігінің білім бөлімі
Шығ. № 03-11/277, 2027 ж. 25 наурыз

Бірыңғай байланыс орталығы

Сіздің 2027 жылғы 23 наурыздағы № ЕКЦ-2027/361 хатыңыз алынды.
Жауап дайындалу үстінде, белгіленген мерзімде жіберіледі.

Бөлім басшысы                       Қ. Бекмұрзаев

Орынд.: Тұрсынбаева Г.
тел.: 8 (7262) 43-20-17
"""
    save("a20-hat-alyndy.txt", t.encode("utf-8"), [doc("a20-hat-alyndy.txt", "kk", responsible=None)],
         ctx("akimat_taraz", "appointment", ("ЕКЦ-2027/361", "2027-03-23", "Жауапты тұлғаны тағайындау туралы сұрау"),
             "ignore: the letter was received, an answer is being prepared"),
         "kk", "txt utf-8", "acknowledgement", "very short Kazakh acknowledgement with an executor line")


def a21():
    body = """Добрый день.

Обучение ваших сотрудников по услуге 00605031 «Постановка на регистрационный
учет плательщика налога на добавленную стоимость» мы провели вчера, 6 апреля.
Прежде чем оформлять протокол, уточните, пожалуйста:

1. Протокол подписывает руководитель департамента или достаточно подписи
   ответственного лица (начальника управления)?
2. Нужна ли печать, или достаточно ЭЦП?
3. Сколько экземпляров?

Заранее спасибо.

Бейсенов Асхат
начальник управления по работе с налогоплательщиками
ДГД по г. Шымкенту
+7 7252 56-04-19

-------- Исходное сообщение --------
От: Единый контакт-центр <info@ekc.gov.kz>
Дата: 01.04.2027 12:10
Тема: Обучение по услуге 00605031

Подтверждаем обучение 06.04.2027 в 15:00, ул. Байтурсынова, 17, каб. 305.
"""
    data = mail([("From", addr("Бейсенов Асхат", "a.beisenov@kgd.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Re: Обучение по услуге 00605031")),
                 ("Date", mdate(2027, 4, 7, 10, 55)),
                 ("Message-ID", "<6ba0c3f1-2d44-4e7e-b0c9-7f1e83a5d210@kgd.gov.kz>"),
                 ("User-Agent", "Mozilla Thunderbird")],
                text(body, cte="8bit"))
    save("a21-kto-podpisyvaet-protokol.eml", data, [doc("body", "ru", protocol_date=None)],
         ctx("dgd_shym", "protocol", ("ЕКЦ-2027/390", "2027-04-01", "Обучение по услуге 00605031"),
             "answer who signs; still waiting for the protocol"),
         "ru", "eml utf-8 8bit", "question", "training done on a stated date; asks how to sign the protocol")


def a22():
    flow = [P("РЕЗОЛЮЦИЯ", 12, True),
            P("Комитет информации (Жакупова Г.К.) — для исполнения.<br/>Обеспечить представление информации в "
              "установленный Правилами срок.<br/>29.03.2027&nbsp;&nbsp;&nbsp;&nbsp;Вице-министр Н. Сейтов", 10),
            ("sp", 16),
            P("Вх. № 07-1/2291 от 29.03.2027", 8),
            ("sp", 16),
            P("ЕДИНЫЙ КОНТАКТ-ЦЕНТР", 11, True, 1),
            P("№ ЕКЦ-2027/370 от 26.03.2027", 9, False, 1),
            ("sp", 10),
            P("Министерство культуры и информации Республики Казахстан", 10, False, 2),
            ("sp", 10),
            P("В соответствии с пунктом 4 Правил взаимодействия Единого контакт-центра по вопросам оказания "
              "государственных услуг просим назначить ответственное лицо и представить информацию по "
              "государственной услуге по прилагаемой форме.", 10),
            ("sp", 8),
            P("Запрос о предоставлении информации о государственной услуге", 10, True, 1),
            ("t", [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
                    "Стандарт государственной услуги (с указанием его реквизитов)",
                    "Регламент государственной услуги (с указанием его реквизитов)",
                    "Изменения нормативных правовых актов",
                    "Интернет-ресурс, на котором размещена информация о государственной услуге",
                    "Фамилия, имя, отчество, должность ответственного лица"],
                   ["1", "2", "3", "4", "5", "6", "7", "8"],
                   ["1", "00706014", "Постановка на учет периодических печатных изданий, информационных агентств и сетевых изданий", "", "", "", "", ""]],
             [28, 60, 90, 70, 70, 60, 70, 70], 7),
            ("sp", 8),
            P("Ф.И.О. ответственного исполнителя ____________________", 9),
            P("Дата: « __ » ________ 20__ г.", 9)]
    pdf = pdf_bytes(flow, title="Scan 2291")
    body = "Направляется копия документа с резолюцией для сведения.\n\nКанцелярия МКИ РК\n(сообщение сформировано автоматически)\n"
    root = multi("mixed", [text(body), attach("ЕКЦ-2027-370_резолюция.pdf", pdf, "application/pdf", style="2231")],
                 "=_mki_rassylka_88213")
    data = mail([("From", addr("Канцелярия МКИ", "kanc@mki.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Рассылка: Вх. № 07-1/2291 от 29.03.2027")),
                 ("Date", mdate(2027, 3, 29, 17, 58)),
                 ("Message-ID", "<rassylka-2291@mki.gov.kz>")], root)
    save("a22-kopiya-s-rezoluciei.eml", data,
         [doc("body", "ru"), doc("ЕКЦ-2027-370_резолюция.pdf", "ru", responsible=None, executor=None)],
         ctx("mkis", "appointment", ("ЕКЦ-2027/370", "2027-03-26", "Запрос о предоставлении информации о государственной услуге"),
             "ignore: our own request sent back with the minister's resolution"),
         "ru", "eml + pdf", "acknowledgement",
         "our own request with the Appendix 1 table (row prefilled with registry number) and a resolution naming an executor")


# ---------------------------------------------------------------- B. greetings and thanks

def b01():
    html = """<html><head><meta charset="utf-8"></head>
<body style="background:#fdf6e3;font-family:Georgia,serif;text-align:center">
<img src="cid:nauryz2027@zhetisu" alt="Наурыз" width="600"><br>
<h2 style="color:#2a7a3b">Құрметті Бірыңғай байланыс орталығының ұжымы!</h2>
<p>Сіздерді көктемнің шуақты мерекесі — <b>Наурыз мейрамымен</b> шын жүректен құттықтаймыз!</p>
<p>Ұлыстың ұлы күні әр шаңыраққа береке мен бірлік, денсаулық пен табыс әкелсін.<br>
Бірлескен жұмысымыз бұдан әрі де жемісті болсын!</p>
<p>Ұлыс оң болсын, ақ мол болсын!</p>
<p><i>Жетісу облысы әкімдігінің туризм басқармасы</i><br>Талдықорған қ., 2027 жыл</p>
</body></html>"""
    root = multi("related", [text(html, sub="html", cte="base64"),
                             attach("nauryz.png", tiny_png(120, 60, (46, 139, 87)), "image/png", inline_cid="nauryz2027@zhetisu")],
                 "----=_Part_5521_1849230.1742450000", params=' type="text/html";')
    data = mail([("From", addr("Туризм басқармасы", "turizm@zhetisu.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Bcc", "undisclosed-recipients:;"),
                 ("Subject", ew("Наурыз мейрамымен құттықтаймыз!")),
                 ("Date", mdate(2027, 3, 20, 17, 45)),
                 ("Message-ID", "<nauryz-2027-5521@zhetisu.gov.kz>")], root)
    save("b01-nauryz-kuttyktau.eml", data, [doc("body", "kk")],
         ctx("akimat_zhetysu", "information", ("ЕКЦ-2027/340", "2027-03-18", "Ақпарат ұсыну туралы сұрау"),
             "ignore: a holiday greeting"),
         "kk", "eml HTML + inline PNG", "greeting", "Nauryz greeting to a mailing list while the information is awaited")


def b02():
    body = """Уважаемые коллеги!

От имени коллектива Департамента цифровизации государственных услуг
поздравляем вас с праздником Наурыз мейрамы!

Пусть этот весенний праздник обновления принесет в ваши дома мир,
благополучие и достаток, а в работу — новые идеи и успешные проекты.
Благодарим за плодотворное взаимодействие в прошедшем году: совместными
усилиями мы приняли на консультирование более двадцати государственных
услуг в сфере связи и информатизации.

Ұлыс оң болсын, ақ мол болсын!

--
С уважением,
Искакова Жанна Маратовна
главный эксперт Департамента цифровизации государственных услуг,
ответственная за взаимодействие с Единым контакт-центром
МЦРИАП РК
+7 (7172) 74-98-31 | zh.iskakova@mdai.gov.kz
"""
    data = mail([("From", addr("Искакова Жанна", "zh.iskakova@mdai.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("С праздником Наурыз!")),
                 ("Date", mdate(2027, 3, 20, 11, 3)),
                 ("Message-ID", "<c0ffee12.nauryz@mdai.gov.kz>")],
                text(body, cte="base64"))
    save("b02-nauryz-pozdravlenie.eml", data, [doc("body", "ru", responsible=None)],
         ctx("mcr", "consulting", None, "ignore: a holiday greeting"),
         "ru", "eml utf-8", "greeting",
         "greeting whose signature says 'ответственная за взаимодействие с Единым контакт-центром' with phone and e-mail")


def b03():
    d = new_docx(size=14)
    para(d, "ҚЫЗЫЛОРДА ОБЛЫСЫ ӘКІМДІГІНІҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ", bold=True, align="c", size=12)
    para(d, "120014, Қызылорда қ., Әйтеке би к-сі, 20", align="c", size=9)
    para(d, "")
    para(d, "Бірыңғай байланыс орталығының ұжымына", bold=True, align="r")
    para(d, "")
    para(d, "Құрметті әріптестер!", bold=True, align="c")
    para(d, "Сіздерді Қазақстан Республикасының ең басты мемлекеттік мерекесі — Тәуелсіздік күнімен шын жүректен "
            "құттықтаймыз!", align="j")
    para(d, "Тәуелсіздік — ата-бабаларымыздың ғасырлар бойғы арманы, біздің ең қымбат құндылығымыз. "
            "Халыққа сапалы мемлекеттік қызмет көрсету жолындағы бірлескен еңбегіміз еліміздің "
            "өркендеуіне қосылған үлес болсын.", align="j")
    para(d, "Сіздерге зор денсаулық, отбасыларыңызға амандық, еңбектеріңізге табыс тілейміз!", align="j")
    para(d, "")
    para(d, "Басқарма басшысы                                                  Б. Әлімбетов", bold=True)
    para(d, "2026 жылғы 15 желтоқсан", italic=True, size=11)
    save("b03-tauelsizdik-kuni.docx", docx_bytes(d), [doc("b03-tauelsizdik-kuni.docx", "kk")],
         ctx("akimat_kyz", "consulting", None, "ignore: an Independence Day greeting"),
         "kk", "docx", "greeting", "Independence Day greeting signed by the head of the department")


def b04():
    card = pdf_bytes([("sp", 120), P("С Новым 2027 годом!", 28, True, 1), ("sp", 30),
                      P("Пусть новый год принесет мир, здоровье и удачу!<br/>Благодарим за сотрудничество.", 14, False, 1),
                      ("sp", 60), P("Управление земельных отношений Акмолинской области", 11, False, 1)],
                     title="Открытка")
    html = """<html><body>
<p style="font-family:Verdana;font-size:10pt">Добрый день!</p>
<p style="font-family:Verdana;font-size:10pt">Поздравляем коллектив Единого контакт-центра с наступающим <b>Новым 2027 годом</b>!
Примите нашу праздничную открытку (во вложении).</p>
<p style="font-family:Verdana;font-size:10pt">По вашему запросу № ЕКЦ-2026/1187 напоминаем, что 1–2 января — выходные дни,
информация будет подготовлена после праздников.</p>
<p style="font-family:Verdana;font-size:10pt">С уважением,<br>Управление земельных отношений Акмолинской области<br>г. Кокшетау, ул. Абая, 83</p>
</body></html>"""
    root = multi("mixed", [text(html, sub="html", cte="quoted-printable"),
                           attach("Открытка_НГ_2027.pdf", card, "application/pdf", style="ew")],
                 "=_NextPart_2026123015_akmola")
    data = mail([("From", addr("Управление земельных отношений", "zher@akmola.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("С Новым годом!")),
                 ("Date", mdate(2026, 12, 30, 15, 12)),
                 ("Message-ID", "<ny2027.30.12@akmola.gov.kz>")], root)
    save("b04-novyi-god-otkrytka.eml", data,
         [doc("body", "ru"), doc("Открытка_НГ_2027.pdf", "ru")],
         ctx("uzem_akm", "information", ("ЕКЦ-2026/1187", "2026-12-24", "Запрос о предоставлении информации"),
             "ignore: New Year greeting; the information is still awaited"),
         "ru", "eml HTML + pdf", "greeting", "New Year card that also mentions our request number")


def b05():
    body = """Уважаемые коллеги!

Департамент фитосанитарной безопасности Министерства сельского хозяйства
Республики Казахстан выражает благодарность сотрудникам Единого
контакт-центра за активное участие в обучении по государственной услуге
00302012 «Выдача фитосанитарного сертификата», проведенном 14 марта
2027 года в онлайн-формате.

Отмечаем высокий уровень подготовки операторов и заинтересованность в
изучении порядка оказания услуги. Презентационные материалы, показанные
на обучении, будут направлены отдельным письмом.

Надеемся на дальнейшее плодотворное сотрудничество.

С уважением,
Директор Департамента фитосанитарной безопасности
Ж. Нуржанов
"""
    data = mail([("From", addr("Приемная ДФБ МСХ", "dfb@moa.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Благодарность за участие в обучении")),
                 ("Date", mdate(2027, 3, 15, 14, 20)),
                 ("Message-ID", "<blag-0315-dfb@moa.gov.kz>")],
                text(body, cte="quoted-printable"))
    save("b05-blagodarnost-za-obuchenie.eml", data, [doc("body", "ru", protocol_date=None)],
         ctx("minselhoz", "protocol", ("ЕКЦ-2027/318", "2027-03-09", "Об обучении по государственной услуге 00302012"),
             "ignore the thanks; the signed protocol is still awaited"),
         "ru", "eml QP", "thanks", "names the service, its registry number and the training date, but is no protocol")


def b06():
    body = """Құрметті Бірыңғай байланыс орталығының басшылығы!

Атырау облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар
басқармасы 2026 жылы бірлесіп атқарған жұмыс үшін алғысын білдіреді.

Өткен жылы біздің басқарманың 7 мемлекеттік көрсетілетін қызметі Бірыңғай
байланыс орталығына консультация беру үшін қабылданды, азаматтардың
қоңырауларына берілген жауаптардың сапасы жоғары бағаланды.

Ынтымақтастығымыз жаңа жылда да жалғасын тапсын деп тілейміз.

Құрметпен,
басқарма басшысы Н. Құрманғалиев
"""
    data = mail([("From", addr("Атырау облысы ЖҚҮӘББ", "kense@atyrau-enbek.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Ынтымақтастық үшін алғыс")),
                 ("Date", mdate(2027, 1, 10, 9, 41)),
                 ("Message-ID", "<algys-2027-01@atyrau-enbek.gov.kz>")],
                text(body))
    save("b06-yntymaktastyk-algys.eml", data, [doc("body", "kk")],
         ctx("ushp_atyrau", "consulting", None, "ignore: thanks for cooperation"),
         "kk", "eml utf-8", "thanks", "Kazakh thanks that counts the services accepted for consulting")


def b07():
    flow = [P("ДЕПАРТАМЕНТ ГОСУДАРСТВЕННЫХ ДОХОДОВ ПО ГОРОДУ ШЫМКЕНТУ", 10, True, 1),
            P("160012, г. Шымкент, пр. Тауке хана, 32", 8, False, 1),
            ("sp", 40),
            P("БЛАГОДАРСТВЕННОЕ ПИСЬМО", 20, True, 1),
            ("sp", 24),
            P("Коллективу Единого контакт-центра", 13, True, 1),
            ("sp", 18),
            P("Департамент государственных доходов по городу Шымкенту выражает искреннюю благодарность "
              "операторам Единого контакт-центра за профессиональное и своевременное консультирование "
              "налогоплательщиков в период массовой сдачи деклараций в марте 2027 года.", 12, False, 4),
            ("sp", 8),
            P("Благодаря вашей работе число обращений налогоплательщиков непосредственно в департамент "
              "сократилось почти вдвое. Особо отмечаем работу старших операторов смены Алиевой Гульнары "
              "и Токтарова Данияра.", 12, False, 4),
            ("sp", 50),
            P("Руководитель департамента&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;К. Абдуллаев", 12, True),
            ("sp", 10),
            P("г. Шымкент, 5 апреля 2027 года", 10)]
    save("b07-blagodarstvennoe-pismo.pdf", pdf_bytes(flow, title="Благодарственное письмо"),
         [doc("b07-blagodarstvennoe-pismo.pdf", "ru", responsible=None)],
         ctx("dgd_shym", "consulting", None, "ignore: a letter of thanks"),
         "ru", "pdf", "thanks", "formal letter of thanks naming two people (our staff)")


def b08():
    body = """Добрый день!

Благодарим Единый контакт-центр за проведенный 28 февраля семинар для
сотрудников местных исполнительных органов области по порядку
взаимодействия с ЕКЦ. Материалы семинара очень полезны, презентацию
разослали по отделам.

По вашему запросу № ЕКЦ-2027/277 информацию направим в установленный
срок.

С уважением,
отдел организационной работы
ГУ «Управление предпринимательства и индустриально-инновационного
развития Восточно-Казахстанской области»
"""
    data = mail([("From", addr("Управление предпринимательства ВКО", "kense@vko-biz.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Спасибо за семинар")),
                 ("Date", mdate(2027, 3, 1, 10, 15)),
                 ("Message-ID", "<seminar-thx@vko-biz.gov.kz>")],
                text(body, cs="windows-1251", cte="8bit", label=None))
    save("b08-spasibo-za-seminar.eml", data, [doc("body", "ru")],
         ctx("upp_vko", "information", ("ЕКЦ-2027/277", "2027-02-25", "Запрос о предоставлении информации"),
             "ignore: thanks; the information is still awaited"),
         "ru", "eml windows-1251 8bit, no charset label", "thanks", "thanks plus a promise to answer our request on time; charset missing")


def b09():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<table width="100%" cellpadding="10"><tr>
<td width="50%" valign="top">
<p><b>Құрметті әріптестер!</b></p>
<p>Сіздерді кәсіби мерекелеріңіз — <b>Мемлекеттік қызметшілер күнімен</b> құттықтаймыз!
Халыққа адал қызмет етудегі еңбектеріңіз жемісті болсын.</p>
</td>
<td width="50%" valign="top">
<p><b>Уважаемые коллеги!</b></p>
<p>Поздравляем вас с профессиональным праздником — <b>Днем государственных служащих</b>!
Желаем успехов в служении народу, крепкого здоровья и благополучия.</p>
</td></tr></table>
<p style="text-align:center">Қарағанды облысы әкімдігінің мәдениет, архивтер және құжаттама басқармасы<br>
Управление культуры, архивов и документации Карагандинской области</p>
<p style="text-align:center;font-size:8pt">23.06.2027</p>
</body></html>"""
    data = mail([("From", addr("Мәдениет басқармасы / Управление культуры", "madeniet@karaganda.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Мемлекеттік қызметшілер күнімен! / С Днем государственных служащих!")),
                 ("Date", mdate(2027, 6, 23, 8, 30)),
                 ("Message-ID", "<gosslug-230627@karaganda.gov.kz>")],
                text(html, sub="html", cte="base64"))
    save("b09-den-gosluzhashchih.eml", data, [doc("body")],
         ctx("akimat_kar", "consulting", None, "ignore: a professional holiday greeting"),
         "kk+ru", "eml HTML-only two columns", "greeting", "bilingual greeting laid out in two table columns")


def b10():
    body = """Dear colleagues,

On behalf of the UNDP project "Digital Public Services for All" we would like
to thank the Unified Contact Centre for the fruitful cooperation in 2026.
Together we piloted the new knowledge base for operators and trained
38 staff members on inclusive communication with persons with disabilities.

We wish you a Happy New Year 2027 and look forward to continuing our joint
work next year.

Best regards,
Aigerim Nurpeisova
Project Coordinator
UNDP Kazakhstan | Astana, 14 Beibitshilik St.
+7 7172 69 65 44

This e-mail and any attachments are confidential and intended solely for the
addressee. If you received it in error, please delete it.
"""
    data = mail([("From", addr("Aigerim Nurpeisova", "aigerim.nurpeisova@undp-kz.org")),
                 ("To", "info@ekc.gov.kz"),
                 ("Cc", "kanc@mdai.gov.kz"),
                 ("Subject", "Season's greetings and thanks for the cooperation"),
                 ("Date", mdate(2026, 12, 28, 12, 0)),
                 ("Message-ID", "<DM6PR03MB4987.namprd03@undp-kz.org>")],
                text(body, cs="us-ascii", cte="7bit"))
    save("b10-undp-new-year.eml", data, [doc("body")],
         ctx("mcr", "consulting", None, "ignore: an English greeting from a partner organisation",
             note="the sender is not the agency; the agency is in copy"),
         "en", "eml us-ascii", "greeting", "English thanks for cooperation, our partner agency in Cc")


def b11():
    html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=RU><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14pt;color:#1F4E79'>С Днем Республики!</span></b></p>
<p class=MsoNormal>Уважаемые коллеги!</p>
<p class=MsoNormal>Комитет государственных доходов Министерства финансов Республики Казахстан поздравляет
вас с общенациональным праздником — Днем Республики!</p>
<p class=MsoNormal>25 октября — день принятия Декларации о государственном суверенитете, символ единства
и созидания. Желаем вам крепкого здоровья, мира и новых профессиональных достижений!</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>С уважением,<br>Управление методологии оказания государственных услуг КГД МФ РК</p>
</div></body></html>"""
    data = mail([("From", addr("КГД МФ РК", "kgd@kgd.gov.kz", "windows-1251")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("С Днем Республики!", "windows-1251")),
                 ("Date", mdate(2026, 10, 24, 16, 30)),
                 ("Message-ID", "<00b301dcab22$8c6ef170$@kgd.gov.kz>"),
                 ("X-Mailer", "Microsoft Outlook 16.0")],
                text(html, sub="html", cs="windows-1251", cte="quoted-printable"))
    save("b11-den-respubliki-cp1251.eml", data, [doc("body", "ru")],
         ctx("kgd_mf", "additional_answer", ("ЕКЦ-2026/1003", "2026-10-20", "Запрос о предоставлении дополнительной информации"),
             "ignore: a holiday greeting; the additional answer is still awaited"),
         "ru", "eml HTML windows-1251 QP", "greeting", "Word-generated HTML in windows-1251 while an additional answer is awaited")


def b12():
    d = new_docx()
    letterhead(d, ["ПАВЛОДАР ОБЛЫСЫ", "ЕКІБАСТҰЗ ҚАЛАСЫНЫҢ ӘКІМДІГІ", "Мәшһүр Жүсіп к-сі, 39"],
              ["АКИМАТ ГОРОДА ЭКИБАСТУЗА", "ПАВЛОДАРСКОЙ ОБЛАСТИ", "ул. Машхур Жусупа, 39"])
    para(d, "")
    para(d, "02.02.2027 № 02-14/640")
    para(d, "Руководителю\nЕдиного контакт-центра", align="r")
    para(d, "Уважаемый Тимур Серикович!", align="c", bold=True)
    para(d, "Акимат города Экибастуза выражает благодарность Единому контакт-центру за методическую помощь, "
            "оказанную в 2026 году при подготовке информации по государственным услугам в сфере жилищных "
            "отношений.", align="j")
    para(d, "Отдельно благодарим главного специалиста ЕКЦ Абдрахманову Сауле Маратовну и ведущего специалиста "
            "Ким Виталия за оперативные консультации по заполнению формы, предусмотренной приложением 1 к "
            "Правилам взаимодействия, а также за организацию обучения в удаленном формате.", align="j")
    para(d, "Уверены, что наше сотрудничество и впредь будет успешным.", align="j")
    para(d, "")
    para(d, "Аким города                                                                 А. Бектенов", bold=True)
    para(d, "")
    para(d, "Исп.: Ермекова Д.К., 8 (7187) 75-21-09", size=9)
    save("b12-blagodarnost-akimat.docx", docx_bytes(d),
         [doc("b12-blagodarnost-akimat.docx", "ru", responsible=None)],
         ctx("akimat_ekib", "information", ("ЕКЦ-2027/201", "2027-02-09", "Запрос о представлении информации"),
             "ignore: a letter of thanks"),
         "ru", "docx", "thanks", "thanks naming people with positions and the Appendix 1 form")


# ---------------------------------------------------------------- C. misdirected, forwarded, blank forms

RU_HEAD = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
           "Стандарт государственной услуги (с указанием его реквизитов)",
           "Регламент государственной услуги (с указанием его реквизитов)",
           "Изменения нормативных правовых актов",
           "Интернет-ресурс, на котором размещена информация о государственной услуге",
           "Фамилия, имя, отчество, должность ответственного лица"]
KK_HEAD = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы",
           "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетіле отырып)",
           "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетіле отырып)",
           "Нормативтік құқықтық актілердің өзгерістері",
           "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
           "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]


def c01():
    d = new_docx()
    letterhead(d, ["МАҢҒЫСТАУ ОБЛЫСЫНЫҢ", "СӘУЛЕТ ЖӘНЕ ҚАЛА ҚҰРЫЛЫСЫ БАСҚАРМАСЫ", "130000, Ақтау қ., 14 ш/а, 1 ғимарат"],
              ["УПРАВЛЕНИЕ АРХИТЕКТУРЫ", "И ГРАДОСТРОИТЕЛЬСТВА МАНГИСТАУСКОЙ ОБЛАСТИ", "130000, г. Актау, 14 мкр., зд. 1"])
    para(d, "")
    para(d, "Исх. № 11-05/904 от 14.04.2027")
    para(d, "Председателю Комитета регистрационной службы\nи оказания правовой помощи\nМинистерства юстиции Республики Казахстан", align="r")
    para(d, "О расхождении сведений правового кадастра", bold=True)
    para(d, "Управление архитектуры и градостроительства Мангистауской области сообщает, что при оказании "
            "государственной услуги «Выдача архитектурно-планировочного задания» выявлены расхождения "
            "между сведениями правового кадастра и данными информационной системы «Е-лицензирование» "
            "в отношении 14 земельных участков в 17-м и 32А микрорайонах г. Актау (перечень прилагается).", align="j")
    para(d, "В этой связи просим поручить территориальному подразделению провести сверку сведений и "
            "о результатах проинформировать управление.", align="j")
    para(d, "Приложение: на 2 листах.")
    para(d, "")
    para(d, "Руководитель управления                                              С. Жалгасбаев", bold=True)
    para(d, "Исп. Тажибаева А., 8 (7292) 30-11-48", size=9)
    letter = docx_bytes(d)
    body = """Добрый день!

Направляем письмо исх. № 11-05/904 от 14.04.2027 о расхождении сведений
правового кадастра. Оригинал будет направлен через ЕСЭДО.

Тажибаева Айнур
Управление архитектуры и градостроительства Мангистауской области
"""
    root = multi("mixed", [text(body, cte="base64"),
                           attach("Письмо_в_МЮ_11-05-904.docx", letter,
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", style="2231")],
                 "--=_mang_904_boundary")
    data = mail([("From", addr("Тажибаева Айнур", "a.tazhibaeva@mangystau.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Письмо исх. № 11-05/904")),
                 ("Date", mdate(2027, 4, 14, 16, 22)),
                 ("Message-ID", "<904.11-05@mangystau.gov.kz>")], root)
    save("c01-pismo-v-minyust.eml", data,
         [doc("body", "ru"), doc("Письмо_в_МЮ_11-05-904.docx", "ru")],
         ctx("uarch_mang", "information", ("ЕКЦ-2027/402", "2027-04-08", "Запрос о предоставлении информации"),
             "ignore (or tell the sender): addressed to the Ministry of Justice"),
         "ru", "eml + docx", "misdirected",
         "letter about the very service we wait for, but addressed to the Ministry of Justice")


def c02():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Наурыз"
    ws.append(["График дежурства ответственных работников в праздничные дни 21–23 марта 2027 г."])
    ws.append([])
    ws.append(["Дата", "Ф.И.О.", "Должность", "Телефон"])
    for r in [("21.03.2027", "Ибраев Канат Ермекович", "руководитель отдела приватизации", "8 701 555 12 40"),
              ("22.03.2027", "Сагинтаев Марат", "ведущий специалист", "8 702 310 77 19"),
              ("23.03.2027", "Оспанова Дана Ерлановна", "главный специалист", "8 747 118 09 33")]:
        ws.append(list(r))
    ws.column_dimensions["B"].width = 32
    ws.column_dimensions["C"].width = 34
    x = xlsx_bytes(wb)
    body = """

-----Original Message-----
From: Ибраев Канат Ермекович
Sent: Monday, March 15, 2027 9:12 AM
To: Отдел приватизации
Subject: FW: График дежурств

Коллеги, ознакомьтесь, в пятницу прошу всех подтвердить.

-----Original Message-----
From: Кадровая служба
Sent: Friday, March 12, 2027 5:40 PM
To: Руководители отделов
Subject: График дежурств

Уважаемые руководители! Направляем график дежурства на праздничные дни
(Наурыз мейрамы). Просим довести до сотрудников.
"""
    root = multi("mixed", [text(body, cte="quoted-printable"),
                           attach("График_дежурств_Наурыз.xlsx", x,
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", style="ew")],
                 "_004_MW4PR11MB5_astana_")
    data = mail([("From", addr("Сагинтаев Марат", "m.sagintaev@astana-turgyn.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("FW: FW: График дежурств")),
                 ("Date", mdate(2027, 3, 15, 10, 3)),
                 ("Message-ID", "<MW4PR11MB5.dezhurstvo@astana-turgyn.gov.kz>")], root)
    save("c02-fw-grafik-dezhurstv.eml", data,
         [doc("body", "ru", responsible=None), doc("График_дежурств_Наурыз.xlsx", "ru", services=[], responsible=None)],
         ctx("uzh_astana", "information", ("ЕКЦ-2027/317", "2027-03-09", "Запрос о предоставлении информации"),
             "ignore: an internal forward sent to us by mistake"),
         "ru", "eml + xlsx", "forwarded",
         "empty forward of an internal chain; the spreadsheet lists names, positions, phones")


def c03():
    body = """Айгерим Маратовна, добрый день.

Прошу подготовить ответ на запрос ЕКЦ (ниже) до пятницы и предложить
кандидатуру ответственного лица из числа сотрудников вашего управления.
Проект письма — мне на согласование.

А. Дюсенбаев
заместитель директора Департамента

From: info@ekc.gov.kz
Sent: Wednesday, March 24, 2027 11:40
To: migr@mvd.gov.kz
Subject: Запрос ЕКЦ-2027/344 о предоставлении информации

Уважаемые коллеги!

В соответствии с пунктами 4, 5 Правил взаимодействия Единого
контакт-центра просим в течение трех рабочих дней назначить ответственное
лицо и в течение пяти рабочих дней с момента назначения представить
информацию по государственным услугам по форме:

№ п/п | № услуги в реестре | Наименование | Стандарт | Регламент | Изменения НПА | Интернет-ресурс | ФИО, должность ответственного лица
1 | 01201007 | Выдача разрешения на временное проживание иностранцам и лицам без гражданства | | | | |
2 | 01201009 | Продление срока временного проживания иностранцев | | | | |

Ф.И.О. ответственного исполнителя: ____________
Дата: «__» ________ 2027 г.

С уважением,
Единый контакт-центр
"""
    data = mail([("From", addr("Дюсенбаев Арман", "a.dyussenbayev@mvd.gov.kz")),
                 ("To", addr("Нуртазина Айгерим Маратовна", "a.nurtazina@mvd.gov.kz")),
                 ("Cc", "info@ekc.gov.kz; migr@mvd.gov.kz"),
                 ("Subject", ew("FW: Запрос ЕКЦ-2027/344 о предоставлении информации")),
                 ("Date", mdate(2027, 3, 24, 14, 5)),
                 ("Message-ID", "<fw344.dyussenbayev@mvd.gov.kz>"),
                 ("Importance", "high")],
                text(body, cte="base64"))
    save("c03-fw-nash-zapros.eml", data, [doc("body", "ru", responsible=None)],
         ctx("mvd_mp", "appointment", ("ЕКЦ-2027/344", "2027-03-19", "Запрос о предоставлении информации"),
             "ignore: the agency's internal forward of our own request (we are in Cc by mistake)"),
         "ru", "eml utf-8", "forwarded",
         "our own request with the form (registry numbers, names) inside an internal forward; 'кандидатуру ответственного лица'")


def c04():
    d = new_docx(size=11)
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, "Приложение 1\nк Правилам взаимодействия Единого контакт-центра\nпо вопросам оказания государственных услуг", align="r", size=9)
    para(d, "Форма", align="r", size=9)
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    grid(d, [RU_HEAD, ["1", "2", "3", "4", "5", "6", "7", "8"], ["", "", "", "", "", "", "", ""]], bold_rows=(0,), size=9)
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя ______________________________")
    para(d, "Дата: « __ » ____________ 20__ г.")
    save("c04-pustaya-forma.docx", docx_bytes(d),
         [doc("c04-pustaya-forma.docx", "ru", services=[], executor=None)],
         ctx("uzem_akm", "information", ("ЕКЦ-2027/109", "2027-01-28", "Запрос о предоставлении информации"),
             "ignore: the form came back unfilled; ask again"),
         "ru", "docx", "blank form", "the real Appendix 1 form, landscape, with the 1–8 row and one empty row")


def c05():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws.append(["Запрос о предоставлении информации о государственной услуге"])
    ws.merge_cells("A1:H1")
    ws.append(RU_HEAD)
    ws.append([1, 2, 3, 4, 5, 6, 7, 8])
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", (6, 14, 30, 30, 30, 24, 22, 30)):
        ws.column_dimensions[col].width = w
    x = xlsx_bytes(wb)
    body = """Добрый день!

Направляем заполненную форму по услугам 00901014, 00901015 (во вложении).

С уважением,
Тлеубаева С.
"""
    root = multi("mixed", [text(body, cte="8bit"),
                           attach("forma_EKC_uzo.xlsx", x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
                 "=-=-=_c05_krg_=-=-=")
    data = mail([("From", addr("Тлеубаева Салтанат", "s.tleubaeva@densaulyk.krg.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Форма по запросу ЕКЦ-2027/141")),
                 ("Date", mdate(2027, 1, 19, 12, 48)),
                 ("Message-ID", "<c05forma@densaulyk.krg.gov.kz>")], root)
    save("c05-zapolnennaya-no-pustaya.eml", data,
         [doc("body", "ru"), doc("forma_EKC_uzo.xlsx", "ru", services=[])],
         ctx("uzo_krg", "information", ("ЕКЦ-2027/141", "2027-01-12", "Запрос о предоставлении информации"),
             "do not accept: the attached form has only its header; ask again"),
         "ru", "eml + xlsx", "blank form", "body says 'заполненную форму', the sheet holds only the header and the 1–8 row")


def c06():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "График 2027"
    ws.append(["ГРАФИК ОТПУСКОВ работников Комитета информации на 2027 год"])
    ws.append(["№", "Ф.И.О.", "Должность", "Кол-во дней", "Дата начала", "Примечание"])
    for r in [(1, "Жакупова Гульнар Кайратовна", "главный эксперт", 30, "05.07.2027", ""),
              (2, "Сейтов Нурлан", "руководитель управления", 30, "02.08.2027", "по частям"),
              (3, "Рахимова Алия Бекболатовна", "эксперт", 24, "14.06.2027", ""),
              (4, "Ли Сергей Викторович", "главный эксперт", 30, "01.09.2027", "")]:
        ws.append(list(r))
    x = xlsx_bytes(wb)
    body = """Добрый день! Направляем информацию по вашему запросу № ЕКЦ-2027/370.

--
Жакупова Г.К.
Комитет информации МКИ РК
"""
    root = multi("mixed", [text(body),
                           attach("График_отпусков_2027.xlsx", x,
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", style="2231")],
                 "Apple-Mail=_4C8A2E1B-9F3D-4F0A-8B7E-2C5D1E9A6F30")
    data = mail([("From", addr("Жакупова Гульнар", "g.zhakupova@mki.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Ответ на запрос ЕКЦ-2027/370")),
                 ("Date", mdate(2027, 4, 2, 17, 31)),
                 ("Message-ID", "<4C8A2E1B-9F3D@mki.gov.kz>")], root)
    save("c06-ne-to-vlozhenie.eml", data,
         [doc("body", "ru", responsible=None), doc("График_отпусков_2027.xlsx", "ru", services=[], responsible=None)],
         ctx("mkis", "information", ("ЕКЦ-2027/370", "2027-03-26", "Запрос о предоставлении информации о государственной услуге"),
             "do not accept: a wrong file was attached (a leave schedule); ask for the form"),
         "ru", "eml + xlsx", "wrong attachment",
         "subject 'Ответ на запрос' and 'направляем информацию', but the attachment is a leave schedule with names and positions")


def c07():
    body = """Қызылорда облыстық мәслихатының хатшысына

Қызылорда облысы әкімдігінің ветеринария басқармасы облыстық мәслихаттың
кезекті сессиясының күн тәртібіне «Облыс аумағында жануарларды асыраудың
және серуендетудің қағидаларына өзгерістер енгізу туралы» мәселені енгізуді
сұрайды.

Шешімнің жобасы мен түсіндірме жазба қоса беріліп отыр (ЕСЭДО арқылы).

Басқарма басшысы                Б. Әлімбетов

Орынд.: Сейдахметова Ж., 8 (7242) 23-61-08
"""
    data = mail([("From", addr("Ветеринария басқармасы", "vet@kyzylorda.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Мәслихат сессиясының күн тәртібіне мәселе енгізу туралы")),
                 ("Date", mdate(2027, 4, 6, 11, 11)),
                 ("Message-ID", "<maslikhat-0406@kyzylorda.gov.kz>")],
                text(body, cte="quoted-printable"))
    save("c07-maslikhatka-hat.eml", data, [doc("body", "kk", responsible=None)],
         ctx("akimat_kyz", "appointment", ("ЕКЦ-2027/381", "2027-03-30", "Жауапты тұлғаны тағайындау туралы сұрау"),
             "ignore (or tell the sender): addressed to the regional maslikhat"),
         "kk", "eml QP", "misdirected", "Kazakh letter from the right agency, addressed to the maslikhat")


def c08():
    body = """Уважаемый Нурлан Серикович!

На Ваше обращение № ЖТ-2027-00451237, поступившее через систему «еОтініш»,
Министерство юстиции Республики Казахстан сообщает.

В соответствии со Стандартом государственной услуги «Государственная
регистрация юридических лиц», утвержденным приказом Министра юстиции
Республики Казахстан от 14 мая 2020 года № 57, срок оказания услуги при
обращении через портал составляет один рабочий день. Приостановление
регистрации ТОО «Жасыл Дала Агро» обусловлено отсутствием в заявлении
сведений об учредителе-нерезиденте.

Дополнительно разъясняем, что в случае несогласия с принятым решением Вы
вправе обжаловать его в порядке, предусмотренном Административным
процедурно-процессуальным кодексом Республики Казахстан.

Заместитель директора Департамента
регистрационной службы и организации юридических услуг     Е. Мамыров

Исп.: Байжанова К., 74-09-83
"""
    data = mail([("From", addr("Департамент регистрационной службы МЮ", "drs@adilet.gov.kz")),
                 ("To", "nurlan.s.ibragimov@mail.kz"),
                 ("Cc", "info@ekc.gov.kz"),
                 ("Subject", ew("Ответ на обращение № ЖТ-2027-00451237")),
                 ("Date", mdate(2027, 4, 12, 15, 37)),
                 ("Message-ID", "<otvet-ZhT-00451237@adilet.gov.kz>")],
                text(body, cte="base64"))
    save("c08-otvet-grazhdaninu-v-kopii.eml", data,
         [doc("body", "ru", responsible=None)],
         ctx("minjust", "information", ("ЕКЦ-2027/404", "2027-04-08", "Запрос о предоставлении дополнительной информации"),
             "ignore: the agency's answer to a citizen, we are only in copy"),
         "ru", "eml utf-8", "misdirected",
         "cites a standard with its requisites (order number and date) for the awaited service; addressed to a citizen")


def c09():
    flow = [P("Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтер мәселелері бойынша<br/>"
              "өзара іс-қимыл қағидаларына 1-қосымша", 8, False, 2),
            P("Нысан", 8, False, 2),
            ("sp", 10),
            P("Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау", 12, True, 1),
            ("sp", 10),
            ("t", [KK_HEAD, ["1", "2", "3", "4", "5", "6", "7", "8"], [""] * 8, [""] * 8],
             [35, 75, 100, 100, 100, 95, 95, 110], 8),
            ("sp", 16),
            P("Жауапты орындаушының Т.А.Ә. ___________________________", 10),
            P("Күні: « __ » ____________ 20__ ж.", 10)]
    save("c09-bos-nysan.pdf", pdf_bytes(flow, land=True, title="1-косымша"),
         [doc("c09-bos-nysan.pdf", "kk", services=[], executor=None)],
         ctx("akimat_taraz", "information", ("ЕКЦ-2027/361", "2027-03-23", "Ақпарат ұсыну туралы сұрау"),
             "ignore: the Kazakh form returned unfilled; ask again"),
         "kk", "pdf", "blank form", "the Kazakh Appendix 1 form as a ruled table with two empty rows")


def c10():
    html = """<div style="font-family:Tahoma;font-size:10pt">
<p>Филиалу НАО «Государственная корпорация «Правительство для граждан» по Павлодарской области</p>
<p>Уважаемый Ержан Болатович!</p>
<p>Управление культуры, архивов и документации Павлодарской области просит рассмотреть возможность выделения
в здании ЦОН № 2 г. Павлодара (ул. Толстого, 99) отдельного окна для приема заявлений на выдачу архивных справок
по вторникам и четвергам с 09:00 до 13:00, в связи с ростом количества обращений.</p>
<p>Контактное лицо по организационным вопросам: Кравченко Ольга Викторовна, тел. 8 (7182) 32-19-44.</p>
<p>С уважением,<br>руководитель управления С. Баймуханов</p>
</div>"""
    data = mail([("From", addr("Кравченко Ольга Викторовна", "o.kravchenko@pavlodar.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("О выделении окна в ЦОН № 2")),
                 ("Date", mdate(2027, 3, 22, 9, 58)),
                 ("Message-ID", "<VI1PR0802MB2299C4@pavlodar.gov.kz>")],
                text(html, sub="html", cte="quoted-printable"))
    save("c10-pismo-v-goskorporaciyu.eml", data, [doc("body", "ru", responsible=None)],
         ctx("uso_pvl", "protocol", ("ЕКЦ-2027/333", "2027-03-17", "Проект протокола принятия услуги для консультирования"),
             "ignore (or tell the sender): addressed to the State Corporation"),
         "ru", "eml HTML-only", "misdirected",
         "letter to the State Corporation naming a 'контактное лицо' with phone, from the person we deal with")


def c11():
    body = """Әріптестер, қайырлы күн!

Бүгін 11:00-ге жоспарланған мемлекеттік көрсетілетін қызметтер сапасы
жөніндегі кеңес басшының облыс әкімдігіне шақырылуына байланысты 15:00-ге
ауыстырылды. Өтетін орны сол — 3-қабат, мәжіліс залы.

Бөлім басшылары 2027 жылдың 1-тоқсанындағы мемлекеттік қызметтер көрсету
мониторингі бойынша ақпаратты өздерімен бірге алып келсін.

Рахмет.
Қабдолова М.

> 2027 ж. 7 сәуір, сәрсенбі, 09:14 Қабдолова Мәдина <m.kabdolova@sko.gov.kz>:
> Кеңес бүгін 11:00-де, мәжіліс залында.
"""
    data = mail([("From", addr("Қабдолова Мәдина", "m.kabdolova@sko.gov.kz")),
                 ("To", "bilim-otdel@sko.gov.kz, metod@sko.gov.kz, info@ekc.gov.kz"),
                 ("Subject", ew("Re: Кеңес 15:00-ге ауыстырылды")),
                 ("Date", mdate(2027, 4, 7, 10, 2)),
                 ("Message-ID", "<CAK9x3sG7=kenes@mail.gmail.com>")],
                text(body, cs="kz1048", cte="quoted-printable", label="windows-1251"))
    save("c11-kenes-auystyryldy.eml", data, [doc("body", "kk")],
         ctx("akim_sko", "information", ("ЕКЦ-2027/301", "2027-03-01", "Ақпарат ұсыну туралы сұрау"),
             "ignore: internal meeting notice with us in the recipients by mistake"),
         "kk", "eml KZ-1048 labelled windows-1251", "misdirected", "Kazakh reply-all about an internal meeting; Kazakh letters in KZ-1048 under a windows-1251 label")


def c12():
    d = new_docx(size=11)
    para(d, "Министерство сельского хозяйства Республики Казахстан", bold=True, align="c")
    para(d, "Департамент фитосанитарной безопасности", align="c")
    para(d, "")
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    grid(d, [RU_HEAD, ["1", "2", "3", "4", "5", "6", "7", "8"]], bold_rows=(0,), size=8)
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя: Сарсенбаева Л.Т.")
    para(d, "Дата: « 06 » апреля 2027 г.")
    save("c12-shapka-formy.docx", docx_bytes(d),
         [doc("c12-shapka-formy.docx", "ru", services=[])],
         ctx("minselhoz", "information", ("ЕКЦ-2027/384", "2027-03-31", "Запрос о предоставлении информации"),
             "do not accept: only the form's header and executor line are filled; ask for the rows"),
         "ru", "docx", "header-only form",
         "agency heading, the form's header and column numbers, an executor and a date filled, but no row at all")


def c13():
    body = """Hi Daniyar,

Please find below the renewal quote for the contact center platform licences
(ref. EKC-SRV-0042). As discussed, the price for 250 agent seats stays the
same as last year; the speech analytics module is offered at 15% discount
if ordered before 30 April.

Could you confirm the billing entity and whether the purchase goes through
the e-procurement portal this year?

Kind regards,
Maxim Shevchenko
Account Manager, Central Asia
CallStream Solutions LLP
Almaty, Al-Farabi Ave. 77/8, office 1204
+7 727 356 00 41

-----Original Message-----
From: Daniyar Toktarov
Sent: Tuesday, April 13, 2027 10:02 AM
Subject: licence renewal

Maxim, please send the renewal quote for next year.
"""
    data = mail([("From", addr("Maxim Shevchenko", "m.shevchenko@callstream.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", "RE: Contact center software license renewal - EKC-SRV-0042"),
                 ("Date", mdate(2027, 4, 14, 13, 25)),
                 ("Message-ID", "<PH0PR12MB7.renewal0042@callstream.kz>")],
                text(body, cs="us-ascii", cte="7bit"))
    save("c13-license-renewal-en.eml", data, [doc("body")],
         ctx("mcr", "information", ("ЕКЦ-2027/398", "2027-04-06", "Запрос о предоставлении информации"),
             "ignore: a vendor's mail meant for one of our staff",
             note="the sender is not the agency"),
         "en", "eml us-ascii", "misdirected", "English vendor mail with a reference that looks like ours")


def c14():
    body = """Руководителю службы технической поддержки
АО «Национальные информационные технологии»

Управление сельского хозяйства Западно-Казахстанской области сообщает, что
с 1 апреля 2027 года в информационной системе мониторинга оказания
государственных услуг (ИС «Мониторинг») не отображаются заявки по
государственной услуге 00302051 «Субсидирование стоимости удобрений»,
поданные через портал электронного правительства. Стадии оказания
услуги внести невозможно, система выдает ошибку «Заявка не найдена»
(скриншоты направлены в заявке № SD-2027-118742).

Просим устранить неполадку в кратчайшие сроки.

Руководитель управления          А. Габдуллин
Исп. Утегенова Р., 8 (7112) 24-15-77
"""
    data = mail([("From", addr("Утегенова Раушан", "r.utegenova@bko.gov.kz")),
                 ("To", "support@nitec.kz, info@ekc.gov.kz"),
                 ("Subject", ew("Не отображаются заявки в ИС «Мониторинг» (услуга 00302051)")),
                 ("Date", mdate(2027, 4, 5, 9, 27)),
                 ("Message-ID", "<monitoring-0405@bko.gov.kz>")],
                text(body, cte="quoted-printable"))
    save("c14-is-monitoring.eml", data, [doc("body", "ru")],
         ctx("akim_zko", "information", ("ЕКЦ-2027/298", "2027-03-01", "Запрос о предоставлении информации"),
             "ignore: a support request to the operator of the monitoring system"),
         "ru", "eml QP", "another service", "about the awaited service (registry number and name), but a technical complaint")


def c15():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "1-қосымша"
    ws["A1"] = "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True)
    for j, h in enumerate(KK_HEAD, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    for i in range(1, 4):
        ws.cell(row=3 + i, column=1, value=i).border = BOX
        for j in range(2, 9):
            ws.cell(row=3 + i, column=j).border = BOX
    ws["A9"] = "Жауапты орындаушының Т.А.Ә."
    ws["A10"] = "Күні:"
    for col, w in zip("ABCDEFGH", (6, 16, 30, 30, 30, 24, 24, 30)):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[3].height = 75
    save("c15-nysan-tek-nomirler.xlsx", xlsx_bytes(wb),
         [doc("c15-nysan-tek-nomirler.xlsx", "kk", services=[], executor=None)],
         ctx("akimat_turk", "information", ("ЕКЦ-2027/366", "2027-03-26", "Ақпарат ұсыну туралы сұрау"),
             "do not accept: the Kazakh form template with only row numbers 1–3"),
         "kk", "xlsx", "blank form", "Kazakh header, three ruled rows numbered 1, 2, 3 and nothing else")


# ---------------------------------------------------------------- D. drafts sent for approval

def d01():
    d = new_docx()
    para(d, "ПРОЕКТ", bold=True, align="r", color=(200, 0, 0), size=14)
    para(d, "ПРОТОКОЛ", bold=True, align="c", size=14)
    para(d, "принятия Единым контакт-центром государственной услуги для консультирования", bold=True, align="c")
    para(d, "г. Шымкент                                                                    « __ » ____________ 2027 г.")
    para(d, "Присутствовали:", bold=True)
    para(d, "от Департамента государственных доходов по городу Шымкенту: Бейсенов Асхат — начальник управления "
            "по работе с налогоплательщиками; Толегенова Мадина — главный специалист;")
    para(d, "от Единого контакт-центра: ______________________________________________")
    para(d, "В соответствии с пунктом 8 Правил взаимодействия Единого контакт-центра по вопросам оказания "
            "государственных услуг проведено обучение ответственных сотрудников Единого контакт-центра по "
            "вопросам оказания следующей государственной услуги:", align="j")
    grid(d, [["№", "№ услуги в реестре", "Наименование государственной услуги"],
             ["1", "00605031", "Постановка на регистрационный учет плательщика налога на добавленную стоимость"]],
         size=10)
    para(d, "")
    para(d, "РЕШИЛИ:", bold=True)
    para(d, "1. Принять государственную услугу для консультирования Единым контакт-центром.")
    para(d, "2. Единому контакт-центру начать представление информации услугополучателям по истечении пяти "
            "рабочих дней с момента подписания настоящего протокола.")
    para(d, "")
    grid(d, [["От ДГД по г. Шымкенту", "От Единого контакт-центра"],
             ["_______________ /Бейсенов А./", "_______________ /________________/"]], bold_rows=(0,), size=11)
    pr = docx_bytes(d)
    body = """Добрый день!

Направляем на согласование проект протокола принятия государственной
услуги 00605031 для консультирования. Дату и состав участников от ЕКЦ
просим заполнить с вашей стороны. После согласования распечатаем и
подпишем.

Бейсенов А.
"""
    root = multi("mixed", [text(body, cte="8bit"),
                           attach("Проект_протокола_00605031.docx", pr,
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", style="2231")],
                 "------------B1C9E4D27F3A0A6E")
    data = mail([("From", addr("Бейсенов Асхат", "a.beisenov@kgd.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Проект протокола на согласование")),
                 ("Date", mdate(2027, 4, 9, 12, 14)),
                 ("Message-ID", "<b1c9e4d2-proekt@kgd.gov.kz>"),
                 ("User-Agent", "Mozilla Thunderbird")], root)
    save("d01-proekt-protokola.eml", data,
         [doc("body", "ru", protocol_date=None),
          doc("Проект_протокола_00605031.docx", "ru", protocol_date=None)],
         ctx("dgd_shym", "protocol", ("ЕКЦ-2027/390", "2027-04-01", "Обучение по услуге 00605031"),
             "review the draft; still waiting for the signed protocol"),
         "ru", "eml + docx", "draft",
         "a full protocol text with the registry number and 'РЕШИЛИ: принять', but marked ПРОЕКТ, undated, unsigned")


def d02():
    d = new_docx()
    para(d, "ПРОЕКТ (редакция управления от 22.03.2027)", italic=True, align="r", color=(150, 0, 0))
    para(d, "ПРОТОКОЛ № ___", bold=True, align="c", size=14)
    para(d, "принятия Единым контакт-центром государственной услуги для консультирования", align="c")
    para(d, "16 марта 2027 г.                                                                                   г. Павлодар")
    para(d, "Обучение проведено ответственным лицом управления по государственной услуге 00703003 «Выдача "
            "архивных справок» в соответствии с пунктом 8 Правил.", align="j")
    para(d, "[уточнить у ЕКЦ: Ф.И.О. и должности сотрудников, прошедших обучение]", italic=True, color=(0, 0, 200))
    para(d, "По итогам обучения государственная услуга принимается Единым контакт-центром для консультирования.",
         align="j")
    para(d, "")
    para(d, "Согласовано:", bold=True)
    para(d, "Руководитель управления культуры, архивов и документации\nПавлодарской области   ______________ С. Баймуханов")
    para(d, "Руководитель Единого контакт-центра   ______________ ___________")
    para(d, "")
    para(d, "Примечание: проект не подписан, направляется для сверки текста.", italic=True, size=9)
    save("d02-proekt-protokola-s-datoi.docx", docx_bytes(d),
         [doc("d02-proekt-protokola-s-datoi.docx", "ru", protocol_date=None)],
         ctx("uso_pvl", "protocol", ("ЕКЦ-2027/333", "2027-03-17", "Проект протокола принятия услуги для консультирования"),
             "review the agency's edits; still waiting for the signed protocol"),
         "ru", "docx", "draft", "draft protocol with a real date and the registry number; blank signature lines, note 'не подписан'")


def d03():
    d = new_docx()
    para(d, "ЖОБА", bold=True, align="r", color=(200, 0, 0))
    para(d, "Мемлекеттік көрсетілетін қызметті Бірыңғай байланыс орталығының консультация беру үшін қабылдауы туралы",
         bold=True, align="c")
    para(d, "ХАТТАМА", bold=True, align="c", size=14)
    para(d, "Түркістан қ.                                                               2027 жылғы « ___ » ___________")
    para(d, "Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтер мәселелері бойынша өзара іс-қимыл "
            "қағидаларының 8-тармағына сәйкес Бірыңғай байланыс орталығының жауапты қызметкерлері мына "
            "мемлекеттік көрсетілетін қызмет бойынша оқытылды:", align="j")
    grid(d, [["Р/с №", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы"],
             ["1", "00901030", "Медициналық ұйымға бекітілу"]])
    para(d, "")
    para(d, "ШЕШІМ: мемлекеттік көрсетілетін қызмет консультация беру үшін қабылдансын.")
    para(d, "")
    para(d, "Денсаулық сақтау басқармасынан: ____________ / Әбдірахманова Л. /")
    para(d, "Бірыңғай байланыс орталығынан: ____________ / ________________ /")
    pr = docx_bytes(d)
    body = """Қайырлы күн!

Оқыту қорытындысы бойынша хаттаманың жобасын келісуге жібереміз.
Ескертулеріңіз болса, 2027 жылғы 26 сәуірге дейін хабарлауыңызды сұраймыз.
Келісілгеннен кейін қол қойылып, сканерленген нұсқасы жіберіледі.

Әбдірахманова Л.
8 (72533) 5-44-12
"""
    root = multi("mixed", [text(body),
                           attach("Хаттама_жобасы_00901030.docx", pr,
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", style="ew")],
                 "_=_turk_hattama_=_")
    data = mail([("From", addr("Әбдірахманова Ләззат", "l.abdirakhmanova@turkistan.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Хаттама жобасы — келісуге")),
                 ("Date", mdate(2027, 4, 22, 16, 40)),
                 ("Message-ID", "<hattama-zhoba-0422@turkistan.gov.kz>")], root)
    save("d03-hattama-zhobasy.eml", data,
         [doc("body", "kk", protocol_date=None), doc("Хаттама_жобасы_00901030.docx", "kk", protocol_date=None)],
         ctx("akimat_turk", "protocol", ("ЕКЦ-2027/366", "2027-03-26", "Оқыту өткізу туралы"),
             "review the draft; still waiting for the signed protocol"),
         "kk", "eml + docx", "draft", "Kazakh draft protocol (ЖОБА) with the registry number and the decision, undated, unsigned")


def d04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "проект"
    ws["A1"] = "ПРОЕКТ — для согласования формата. Не является ответом на запрос."
    ws["A1"].font = Font(bold=True, color="C00000")
    ws["A2"] = "Запрос о предоставлении информации о государственной услуге"
    ws.append([])
    ws.append(RU_HEAD)
    ws.append(["1", "00402017", "Выдача разрешений на эмиссии в окружающую среду для объектов II категории",
               "[реквизиты будут указаны после государственной регистрации приказа]",
               "—",
               "проект приказа «О внесении изменений в приказ ...» (на стадии публичного обсуждения)",
               "уточняется",
               "[будет определено приказом руководителя]"])
    for row in ws.iter_rows(min_row=4, max_row=5):
        for c in row:
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", (6, 12, 30, 30, 14, 34, 14, 28)):
        ws.column_dimensions[col].width = w
    x = xlsx_bytes(wb)
    body = """Коллеги, добрый день.

В продолжение нашего письма № 26-04/1187 от 05.03.2027 направляем для
предварительного согласования проект формы по услуге 00402017 — чтобы
убедиться, что графы будут заполнены так, как нужно ЕКЦ. Окончательная
информация будет направлена после регистрации приказа.

Нурбекова Анар
Департамент экологии по Алматинской области
"""
    root = multi("mixed", [text(body, cte="quoted-printable"),
                           attach("proekt_formy_00402017.xlsx", x,
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
                 "=_eco_proekt_formy")
    data = mail([("From", addr("Нурбекова Анар", "a.nurbekova@ecogeo.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Проект формы для согласования (00402017)")),
                 ("Date", mdate(2027, 3, 12, 11, 2)),
                 ("Message-ID", "<proekt-formy-00402017@ecogeo.gov.kz>")], root)
    save("d04-proekt-formy.eml", data,
         [doc("body", "ru"), doc("proekt_formy_00402017.xlsx", "ru", responsible=None)],
         ctx("dep_ecol_almobl", "information", ("ЕКЦ-2027/289", "2027-02-26", "Запрос о представлении информации"),
             "comment on the draft; the information itself is still awaited"),
         "ru", "eml + xlsx", "draft",
         "a one-row Appendix 1 sheet with the right headers, but the cells are placeholders and it says ПРОЕКТ")


def d05():
    flow = [P("ПРОЕКТ", 12, True, 2),
            ("sp", 10),
            P("ГУ «Управление предпринимательства и индустриально-инновационного развития<br/>Восточно-Казахстанской области»", 11, True, 1),
            ("sp", 10),
            P("ПРИКАЗ", 14, True, 1),
            P("« ___ » ____________ 2027 года&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;№ _____", 10, False, 1),
            P("г. Усть-Каменогорск", 10, False, 1),
            ("sp", 14),
            P("О назначении ответственного лица за взаимодействие с Единым контакт-центром", 11, True),
            ("sp", 8),
            P("В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра по вопросам оказания "
              "государственных услуг ПРИКАЗЫВАЮ:", 11, False, 4),
            P("1. Назначить Ахметова Ерлана Сериковича, главного специалиста отдела лицензирования, "
              "ответственным лицом за представление информации в Единый контакт-центр и проведение обучения "
              "по государственной услуге «Выдача лицензии на розничную реализацию алкогольной продукции» "
              "(№ 00305018).", 11, False, 4),
            P("2. Контроль за исполнением настоящего приказа возложить на заместителя руководителя управления "
              "Жунусова Т.Б.", 11, False, 4),
            P("3. Настоящий приказ вводится в действие со дня подписания.", 11, False, 4),
            ("sp", 30),
            P("Руководитель управления&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Е. Касенов", 11, True),
            ("sp", 30),
            P("Согласовано:<br/>Юрист управления ____________ Д. Искакова<br/>Руководитель отдела кадров ____________", 9)]
    save("d05-proekt-prikaza-o-naznachenii.pdf", pdf_bytes(flow, title="Проект приказа"),
         [doc("d05-proekt-prikaza-o-naznachenii.pdf", "ru", responsible=None, previous_responsible=None)],
         ctx("upp_vko", "appointment", ("ЕКЦ-2027/305", "2027-03-04", "Запрос о назначении ответственного лица"),
             "keep waiting: a draft order, the person is not appointed until it is signed"),
         "ru", "pdf", "draft",
         "a draft order 'Назначить Ахметова Ерлана Сериковича ... ответственным лицом' — undated, unnumbered, unsigned")


def d06():
    d = new_docx(size=13)
    para(d, "Проект", italic=True, align="r")
    para(d, "АКИМАТ АКМОЛИНСКОЙ ОБЛАСТИ", bold=True, align="c")
    para(d, "ПОСТАНОВЛЕНИЕ", bold=True, align="c")
    para(d, "от « __ » _________ 2027 года № А-__/___", align="c")
    para(d, "О внесении изменений в постановление акимата Акмолинской области от 21 июля 2025 года № А-7/344 "
            "«Об утверждении регламента государственной услуги «Выдача решения на изменение целевого назначения "
            "земельного участка»»", bold=True, align="c")
    para(d, "Акимат Акмолинской области ПОСТАНОВЛЯЕТ:", align="j")
    para(d, "1. Внести в постановление акимата Акмолинской области от 21 июля 2025 года № А-7/344 следующие "
            "изменения: пункт 5 регламента изложить в новой редакции: «5. Срок оказания государственной услуги — "
            "7 (семь) рабочих дней».", align="j")
    para(d, "2. Контроль за исполнением настоящего постановления возложить на курирующего заместителя акима области.",
         align="j")
    para(d, "3. Настоящее постановление вводится в действие по истечении десяти календарных дней после дня его "
            "первого официального опубликования.", align="j")
    para(d, "")
    para(d, "Аким Акмолинской области                                      ______________", bold=True)
    pr = docx_bytes(d)
    body = """Уважаемые коллеги!

Управление земельных отношений Акмолинской области информирует, что проект
постановления акимата области о внесении изменений в регламент
государственной услуги «Выдача решения на изменение целевого назначения
земельного участка» (№ 00702017) размещен на интернет-портале открытых
нормативных правовых актов для публичного обсуждения.

Предложения и замечания к проекту (прилагается) просим направить до
30 апреля 2027 года.

О принятии постановления будет сообщено дополнительно.

Руководитель отдела правового обеспечения
Касымова Г.
"""
    root = multi("mixed", [text(body, cte="base64"),
                           attach("Проект_постановления_регламент.docx", pr,
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", style="2231")],
                 "==akm_npa_2027_04==")
    data = mail([("From", addr("Касымова Гаухар", "g.kassymova@akmola.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Публичное обсуждение проекта постановления (регламент 00702017)")),
                 ("Date", mdate(2027, 4, 16, 10, 30)),
                 ("Message-ID", "<npa-obsuzhdenie-0416@akmola.gov.kz>")], root)
    save("d06-proekt-postanovleniya-reglament.eml", data,
         [doc("body", "ru", change_date=None), doc("Проект_постановления_регламент.docx", "ru", change_date=None)],
         ctx("uzem_akm", "consulting", None,
             "note only: a draft change to the regulation; no change until it is adopted and notified"),
         "ru", "eml + docx", "draft",
         "looks like a change notice (regulation, registry number, new wording) but it is a draft for public discussion")


def d07():
    d = new_docx(size=11)
    para(d, "ЖОБА / ПРОЕКТ", bold=True, align="r", color=(200, 0, 0))
    rows = [["ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ МЕМОРАНДУМ", "МЕМОРАНДУМ О СОТРУДНИЧЕСТВЕ"],
            ["Талдықорған қ.                      2027 жылғы «__» ______",
             "г. Талдыкорган                      «__» ______ 2027 г."],
            ["Бұдан әрі «Басқарма» деп аталатын Жетісу облысы әкімдігінің туризм басқармасы және бұдан әрі «ББО» деп "
             "аталатын Бірыңғай байланыс орталығы мына төмендегілер туралы осы Меморандумды жасасты.",
             "Управление туризма акимата области Жетісу, именуемое в дальнейшем «Управление», и Единый контакт-центр, "
             "именуемый в дальнейшем «ЕКЦ», заключили настоящий Меморандум о нижеследующем."],
            ["1. Тараптар туристік қызметке байланысты мемлекеттік көрсетілетін қызметтер бойынша азаматтарды "
             "хабардар ету саласында ынтымақтасады.",
             "1. Стороны сотрудничают в сфере информирования граждан о государственных услугах в сфере туристской "
             "деятельности."],
            ["2. Басқарма ББО-ға тоқсан сайын туристік операторлар тізілімі бойынша ақпарат береді.",
             "2. Управление ежеквартально представляет ЕКЦ информацию по реестру туристских операторов."],
            ["3. Меморандум қол қойылған күнінен бастап күшіне енеді.",
             "3. Меморандум вступает в силу со дня подписания."],
            ["Басқарма: __________________", "ЕКЦ: __________________"]]
    grid(d, rows, bold_rows=(0,), size=10)
    save("d07-memorandum-zhoba-proekt.docx", docx_bytes(d),
         [doc("d07-memorandum-zhoba-proekt.docx", protocol_date=None)],
         ctx("akimat_zhetysu", "consulting", None, "ignore for the case: a draft memorandum to discuss"),
         "kk+ru", "docx", "draft", "bilingual draft memorandum in a two-column table, signature lines blank")


def d08():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Кесте"
    ws["A1"] = "ЖОБА"
    ws["A1"].font = Font(bold=True, color="FF0000")
    ws["A2"] = "Бірыңғай байланыс орталығының қызметкерлерін оқыту кестесі (2027 жылғы II тоқсан)"
    ws["A2"].font = Font(bold=True)
    ws.append([])
    ws.append(["Р/с №", "Тізілімдегі №", "Мемлекеттік көрсетілетін қызметтің атауы", "Оқыту күні", "Оқытушы", "Өткізу түрі"])
    ws.append([1, "00702020", "Жер учаскесіне сәйкестендіру құжатын беру", "2027-05-12", "Ахметжанова Б.", "онлайн"])
    ws.append([2, "00702022", "Жер учаскесіне уақытша өтеулі жер пайдалану құқығын беру", "2027-05-19", "Ахметжанова Б.", "онлайн"])
    ws.append([3, "00702025", "Жер учаскесінің бөлінетінін және бөлінбейтінін анықтау", "2027-06-02", "Серікұлы Д.", "офлайн"])
    ws.append([])
    ws.append(["Ескерту: кесте ББО-мен келісілгеннен кейін бекітіледі."])
    for col, w in zip("ABCDEF", (7, 14, 52, 14, 18, 12)):
        ws.column_dimensions[col].width = w
    save("d08-okytu-kestesi-zhoba.xlsx", xlsx_bytes(wb),
         [doc("d08-okytu-kestesi-zhoba.xlsx", "kk", protocol_date=None)],
         ctx("akim_abai", "protocol", ("ЕКЦ-2027/415", "2027-04-12", "Оқыту өткізу туралы"),
             "agree the schedule; still waiting for the protocol"),
         "kk", "xlsx", "draft", "Kazakh draft training schedule: registry numbers, names, dates, trainers")


def d09():
    t = """ЖОБА

Атырау облысының жұмыспен қамтуды үйлестіру және әлеуметтік
бағдарламалар басқармасы

БҰЙРЫҚ

2027 жылғы «___» ____________                             № ______
Атырау қаласы

Бірыңғай байланыс орталығымен өзара іс-қимыл үшін жауапты тұлғаны
тағайындау туралы

Бірыңғай байланыс орталығының мемлекеттік көрсетілетін қызметтер
мәселелері бойынша өзара іс-қимыл қағидаларының 5-тармағына сәйкес
БҰЙЫРАМЫН:

1. Басқарманың әлеуметтік бағдарламалар бөлімінің бас маманы Серікбаева
Әсел Қайратқызы «Мүгедектігі бар адамдарды оңалтудың жеке бағдарламасына
сәйкес техникалық көмекші құралдармен қамтамасыз ету» мемлекеттік
көрсетілетін қызметі (№ 01101061) бойынша Бірыңғай байланыс орталығына
ақпарат ұсынуға жауапты тұлға болып тағайындалсын.

2. Осы бұйрықтың орындалуын бақылау басшының орынбасары
Т. Жанғалиевке жүктелсін.

Басшы                                         Н. Құрманғалиев

Келісілді:
Заңгер ______________
"""
    save("d09-buiryk-zhobasy.txt", t.encode("utf-8"),
         [doc("d09-buiryk-zhobasy.txt", "kk", responsible=None, previous_responsible=None)],
         ctx("ushp_atyrau", "appointment", ("ЕКЦ-2027/420", "2027-04-13", "Жауапты тұлғаны тағайындау туралы сұрау"),
             "keep waiting: a draft order (ЖОБА), not yet signed"),
         "kk", "txt utf-8", "draft", "Kazakh draft order appointing a named person responsible, marked ЖОБА, unsigned")


# ---------------------------------------------------------------- E. spam, phishing, citizens

def e01():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#0b5394;color:#fff;padding:8px">
<b>Служба почтовых серверов gov.kz</b></td></tr>
<tr><td style="padding:12px">
<p>Уважаемый пользователь <b>info@ekc.gov.kz</b>,</p>
<p>Ваш почтовый ящик <b>переполнен (99,2% из 2 ГБ)</b>. Входящие письма, в том числе письма государственных
органов с ответами на ваши запросы, будут <span style="color:red">возвращены отправителям</span> через 24 часа.</p>
<p>Чтобы увеличить квоту и сохранить входящие сообщения, подтвердите учетную запись:</p>
<p style="text-align:center"><a href="http://mail-gov-kz.com/owa/verify?u=info@ekc.gov.kz"
style="background:#e69138;color:#fff;padding:8px 18px;text-decoration:none">ПОДТВЕРДИТЬ УЧЕТНУЮ ЗАПИСЬ</a></p>
<p style="font-size:11px;color:#777">Это автоматическое сообщение. © 2027 Служба почтовых серверов</p>
</td></tr></table></body></html>"""
    data = mail([("From", addr("Администратор почты gov.kz", "no-reply@mail-gov-kz.com")),
                 ("To", "info@ekc.gov.kz"),
                 ("Reply-To", "support.gov.kz@outlook-helpdesk.net"),
                 ("Subject", ew("ВНИМАНИЕ: Ваш почтовый ящик переполнен")),
                 ("Date", mdate(2027, 2, 26, 3, 17, tz=3)),
                 ("Message-ID", "<20270226001704.8821.mail@mail-gov-kz.com>"),
                 ("X-Priority", "1")],
                text(html, sub="html", cte="base64"))
    save("e01-yashchik-perepolnen.eml", data, [doc("body", "ru")],
         ctx("uo_almaty", "information", ("ЕКЦ-2027/270", "2027-02-24", "Запрос о предоставлении информации о государственной услуге"),
             "ignore: phishing", note="the sender is not the agency"),
         "ru", "eml HTML-only", "phishing", "mailbox-full phishing that mentions 'ответами на ваши запросы' of state bodies")


def e02():
    plain = """Dear user,

Your mailbox info@ekc.gov.kz has exceeded the storage limit set by your
administrator (4.98 GB / 5 GB). You may not be able to send or receive
new messages until you re-validate your mailbox.

To re-validate, click here: https://ekc-gov-kz.webmail-upgrade.info/validate

Failure to re-validate within 48 hours will result in permanent suspension.

Thanks,
System Administrator
Microsoft Exchange Online
"""
    data = mail([("From", addr("Mail Administrator", "postmaster@ekc-gov-kz.webmail-upgrade.info")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", "Mailbox quota exceeded - action required"),
                 ("Date", mdate(2027, 3, 2, 22, 41, tz=0)),
                 ("Message-ID", "<quota.5531.x@webmail-upgrade.info>")],
                text(plain, cs="us-ascii", cte="7bit"))
    save("e02-quota-exceeded-en.eml", data, [doc("body")],
         ctx("mtszn", "information", ("ЕКЦ-2027/352", "2027-03-22", "Запрос о предоставлении информации о государственных услугах"),
             "ignore: phishing", note="the sender is not the agency"),
         "en", "eml us-ascii", "phishing", "English quota phishing with a look-alike domain")


def e03():
    inv = pdf_bytes([P("ТОО «ОфисСнабКомплект»", 12, True),
                     P("БИН 180940027731, ИИК KZ45 601A 8610 0012 3456, АО «Народный Банк Казахстана», БИК HSBKKZKX", 8),
                     ("sp", 12),
                     P("СЧЕТ НА ОПЛАТУ № 1147 от 12 марта 2027 г.", 14, True, 1),
                     ("sp", 10),
                     P("Покупатель: Единый контакт-центр", 10),
                     ("sp", 6),
                     ("t", [["№", "Наименование", "Кол-во", "Ед.", "Цена", "Сумма"],
                            ["1", "Бумага офисная А4, 500 л.", "40", "пач.", "2 650", "106 000"],
                            ["2", "Картридж HP 59A (совместимый)", "6", "шт.", "18 900", "113 400"],
                            ["3", "Доставка", "1", "усл.", "5 000", "5 000"]],
                      [25, 220, 50, 35, 60, 70], 9),
                     ("sp", 8),
                     P("Итого: 224 400 тенге, в т.ч. НДС 12%: 24 042,86 тенге", 10, True),
                     P("Оплатить в течение 3 банковских дней. При неоплате отгрузка не гарантируется.", 9),
                     ("sp", 20),
                     P("Директор ____________ Пак В.А.", 10)], title="Счет 1147")
    body = """Добрый день!

Во вложении счет на оплату № 1147 от 12.03.2027 по вашей заявке.
Просим оплатить до конца недели, иначе резерв будет снят.

--
С уважением,
менеджер отдела продаж
Ольга
ТОО «ОфисСнабКомплект»
+7 (727) 390-11-47
"""
    root = multi("mixed", [text(body, cte="8bit"), attach("Счет_на_оплату_1147.pdf", inv, "application/pdf", style="ew")],
                 "----=_Part_1147_invoice")
    data = mail([("From", addr("ОфисСнабКомплект", "sales@ofissnab-kz.com")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Счет на оплату № 1147 от 12.03.2027")),
                 ("Date", mdate(2027, 3, 12, 10, 40)),
                 ("Message-ID", "<inv1147.20270312@ofissnab-kz.com>")], root)
    save("e03-schet-na-oplatu.eml", data,
         [doc("body", "ru"), doc("Счет_на_оплату_1147.pdf", "ru", services=[])],
         ctx("akimat_ekib", "information", ("ЕКЦ-2027/201", "2027-02-09", "Запрос о представлении информации"),
             "ignore: an unsolicited invoice", note="the sender is not the agency"),
         "ru", "eml + pdf", "spam", "invoice with a ruled item table in a PDF")


def e04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Statement"
    ws.append(["Statement of account", "", "", "INV-20411"])
    ws.append(["Date", "Description", "Amount USD", "Status"])
    ws.append(["2027-01-15", "Cloud telephony subscription Q1", 4820.00, "OVERDUE"])
    ws.append(["2027-02-15", "Late payment fee", 145.00, "OVERDUE"])
    ws.append(["", "Total due", 4965.00, ""])
    x = xlsx_bytes(wb)
    body = """Hello,

This is a reminder that invoice INV-20411 is now 45 days overdue.
Please review the attached statement and arrange the payment today to
avoid service interruption.

If you have already paid, please send us the remittance advice.

Accounts Receivable
Voxline Global Ltd.
"""
    root = multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                           attach("Statement_INV-20411.xlsx", x,
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
                 "===============4411937602188450191==")
    data = mail([("From", addr("Accounts Receivable", "billing@voxline-global.co")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", "OVERDUE: Invoice INV-20411 - final reminder"),
                 ("Date", mdate(2027, 3, 30, 14, 3, tz=1)),
                 ("Message-ID", "<20411.reminder@voxline-global.co>")], root)
    save("e04-overdue-invoice-en.eml", data,
         [doc("body"), doc("Statement_INV-20411.xlsx", services=[])],
         ctx("dgd_shym", "protocol", ("ЕКЦ-2027/390", "2027-04-01", "Обучение по услуге 00605031"),
             "ignore: an unsolicited foreign invoice", note="the sender is not the agency"),
         "en", "eml + xlsx", "spam", "English overdue invoice with a spreadsheet")


def e05():
    brochure = pdf_bytes([P("Учебный центр «Профессионал-Гос»", 16, True, 1),
                          ("sp", 10),
                          P("Курсы повышения квалификации для государственных служащих", 13, True, 1),
                          ("sp", 10),
                          P("• «Оказание государственных услуг: стандарты и регламенты» — 72 часа<br/>"
                            "• «Делопроизводство и ЕСЭДО» — 36 часов<br/>"
                            "• «Антикоррупционная культура» — 24 часа<br/>"
                            "• «Государственный язык в делопроизводстве» — 72 часа", 11),
                          ("sp", 10),
                          P("Стоимость: от 45 000 тенге. Удостоверение государственного образца. "
                            "Скидка 20% при групповой заявке от 5 человек.", 11),
                          P("Запись: +7 (700) 555-72-72, kursy@profgos.kz", 11)], title="Буклет")
    html = """<html><body style="font-family:Segoe UI,Arial">
<h3 style="color:#1155cc">Повышение квалификации для госслужащих — набор на апрель!</h3>
<p>Здравствуйте!</p>
<p>Приглашаем сотрудников вашей организации на курсы <b>«Оказание государственных услуг: стандарты
и регламенты»</b> (72 часа, онлайн). По окончании выдается удостоверение.</p>
<ul><li>изменения в Законе «О государственных услугах»</li>
<li>разработка стандартов и регламентов государственных услуг</li>
<li>взаимодействие с Единым контакт-центром и Госкорпорацией</li></ul>
<p>Подробнее — в буклете во вложении.</p>
<p style="font-size:10px;color:#999">Вы получили это письмо, так как ваш адрес размещен в открытых источниках.
Чтобы отписаться, ответьте «STOP».</p></body></html>"""
    root = multi("mixed", [text(html, sub="html", cte="quoted-printable"),
                           attach("Буклет_курсы_2027.pdf", brochure, "application/pdf", style="2231")],
                 "b2_profgos_mailing_0401")
    data = mail([("From", addr("Учебный центр Профессионал-Гос", "news@profgos.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Курсы для госслужащих: стандарты и регламенты госуслуг (72 ч)")),
                 ("Date", mdate(2027, 4, 1, 8, 0)),
                 ("Message-ID", "<mailing-0401-7713@profgos.kz>"),
                 ("List-Unsubscribe", "<mailto:stop@profgos.kz>")], root)
    save("e05-kursy-gossluzhashchih.eml", data,
         [doc("body", "ru"), doc("Буклет_курсы_2027.pdf", "ru")],
         ctx("uzo_krg", "information", ("ЕКЦ-2027/141", "2027-01-12", "Запрос о предоставлении информации"),
             "ignore: advertising", note="the sender is not the agency"),
         "ru", "eml HTML + pdf", "spam", "course advertising full of 'стандарты', 'регламенты', 'Единый контакт-центр'")


def e06():
    body = """Құрметті мемлекеттік қызметшілер!

«Тіл-Шебер» оқу орталығы мемлекеттік тілді меңгеру деңгейін арттыруға
арналған курстарға қабылдауды жариялайды!

• ҚАЗТЕСТ-ке дайындық (B1, B2, C1 деңгейлері)
• Іс қағаздарын мемлекеттік тілде жүргізу
• Ресми хат жазу мәдениеті

Сабақтар онлайн және офлайн форматта, кешкі уақытта өтеді.
Топтық өтінім берген мекемелерге 15% жеңілдік!

Тіркелу: +7 (775) 404-40-44 (WhatsApp)
tilsheber.kz

Хабарламаларды алғыңыз келмесе, «ТОҚТАТУ» деп жауап жазыңыз.
"""
    data = mail([("From", addr("Тіл-Шебер оқу орталығы", "info@tilsheber.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Мемлекеттік тіл курстары — мемлекеттік қызметшілерге жеңілдік!")),
                 ("Date", mdate(2027, 3, 25, 9, 0)),
                 ("Message-ID", "<tilsheber-0325-4412@tilsheber.kz>")],
                text(body, cte="base64"))
    save("e06-til-kurstary.eml", data, [doc("body", "kk")],
         ctx("akimat_taraz", "appointment", ("ЕКЦ-2027/361", "2027-03-23", "Жауапты тұлғаны тағайындау туралы сұрау"),
             "ignore: advertising", note="the sender is not the agency"),
         "kk", "eml utf-8", "spam", "Kazakh advertising of language courses")


def e07():
    body = """Уважаемые господа!

ТОО «Технопарк Инвест Групп» приглашает Вашу организацию принять участие
в качестве субподрядчика в тендере № 884512-ОК1 на поставку оргтехники и
серверного оборудования для нужд государственных органов (портал
государственных закупок, способ — открытый конкурс).

Сумма закупки: 148 600 000 тенге.
Срок подачи заявок: до 10:00 20 апреля 2027 г.

Для получения тендерной документации и условий участия перейдите по
ссылке: http://goszakup-tender.kz/doc/884512 (требуется авторизация ЭЦП).

С уважением,
отдел тендеров
ТОО «Технопарк Инвест Групп»
"""
    data = mail([("From", addr("Отдел тендеров", "tender@technopark-invest.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Приглашение к участию в тендере № 884512-ОК1")),
                 ("Date", mdate(2027, 4, 8, 11, 50)),
                 ("Message-ID", "<tender884512@technopark-invest.kz>")],
                text(body, cs="windows-1251", cte="quoted-printable"))
    save("e07-tender-priglashenie.eml", data, [doc("body", "ru")],
         ctx("minselhoz", "protocol", ("ЕКЦ-2027/318", "2027-03-09", "Об обучении по государственной услуге 00302012"),
             "ignore: tender spam", note="the sender is not the agency"),
         "ru", "eml windows-1251 QP", "spam", "tender invitation asking to sign in with an e-signature")


def e08():
    html = """<html><body style="font-family:Arial">
<p><img src="https://egov-kz-pki.site/logo.png" alt="eGov"></p>
<p><b>Құрметті пайдаланушы!</b> Сіздің ЭЦҚ тіркеу куәлігіңіздің қолданылу мерзімі <b>2027 жылғы 5 сәуірде</b> аяқталады.
Мемлекеттік қызметтерге қол жеткізуді сақтау үшін куәлікті жаңартыңыз.</p>
<p><b>Уважаемый пользователь!</b> Срок действия регистрационного свидетельства вашей ЭЦП истекает <b>5 апреля 2027 года</b>.
Для сохранения доступа к государственным услугам и ЕСЭДО обновите свидетельство.</p>
<p><a href="https://egov-kz-pki.site/renew?id=ekc">Жаңарту / Обновить ЭЦП</a></p>
<p style="font-size:10px">НУЦ РК / ҰКО ҚР. Бұл хат автоматты түрде жіберілді. Письмо отправлено автоматически.</p>
</body></html>"""
    data = mail([("From", addr("НУЦ РК / ҰКО", "noreply@pki-gov.kz.egov-kz-pki.site")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("ЭЦҚ мерзімі аяқталады / Срок действия ЭЦП истекает")),
                 ("Date", mdate(2027, 3, 29, 6, 12)),
                 ("Message-ID", "<pki-renew-2918@egov-kz-pki.site>")],
                text(html, sub="html", cte="base64"))
    save("e08-ecp-istekaet.eml", data, [doc("body")],
         ctx("kgd_mf", "additional_answer", ("ЕКЦ-2027/349", "2027-03-17", "Запрос о предоставлении дополнительной информации"),
             "ignore: phishing", note="the sender is not the agency"),
         "kk+ru", "eml HTML-only", "phishing", "bilingual e-signature renewal phishing")


def e09():
    body = """Здравствуйте!

Пишу вам, потому что по телефону 1414 не могу дозвониться уже третий день.

12 апреля я обратилась в ЦОН г. Экибастуза (ул. Ауэзова) за справкой о
наличии либо отсутствии жилища, нужна для постановки в очередь на жилье.
Оператор (окно № 7, девушка по имени Динара) отказалась принять
документы, сказала, что справка теперь выдается только через акимат, а
в акимате мне сказали, что через ЦОН или портал. На портале egov.kz выдает
ошибку.

Прошу разобраться, куда мне все-таки обращаться и какие документы нужны.
Я многодетная мать, у меня нет возможности ходить по кабинетам.

Жумагалиева Самал Ериковна
г. Экибастуз, ул. Мәшһүр Жүсіп, 64-12
тел. 8 705 411 28 90
"""
    data = mail([("From", addr("Самал Жумагалиева", "samal.zh85@mail.ru")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Жалоба на ЦОН, не выдают справку")),
                 ("Date", mdate(2027, 4, 14, 21, 47)),
                 ("Message-ID", "<1744652840.412987311@f512.i.mail.ru>"),
                 ("X-Mailer", "Mail.Ru Mailer 1.0")],
                text(body, cte="base64"))
    save("e09-zhaloba-na-con.eml", data, [doc("body", "ru", responsible=None)],
         ctx("akimat_ekib", "information", ("ЕКЦ-2027/201", "2027-02-09", "Запрос о представлении информации"),
             "handle as a citizen's complaint, not as the agency's reply", note="the sender is a citizen"),
         "ru", "eml utf-8", "citizen", "citizen complaint about the very service whose information we wait for")


def e10():
    body = """Сәлеметсіз бе!

Мен Аягөз ауданының тұрғынымын. 2026 жылы ауылдан жер учаскесін
(жеке тұрғын үй құрылысына) алдым, әкімдіктің қаулысы бар. Енді жер
учаскесіне сәйкестендіру құжатын (акт) қалай алуға болады? Қандай құжаттар
керек, қанша уақыт күту керек, ақылы ма?

egov.kz порталында «Жер учаскесіне сәйкестендіру құжатын беру» деген
қызметті таптым, бірақ ЭЦҚ жоқ. ХҚКО-ға барсам бола ма?

Жауап беріңіздерші.
Рахмет.
Серікбай Ерболат
+7 777 219 40 56
"""
    data = mail([("From", addr("Ерболат Серікбай", "erbolat.serikbay@gmail.com")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Жер учаскесіне акт қалай алуға болады?")),
                 ("Date", mdate(2027, 3, 3, 19, 5)),
                 ("Message-ID", "<CAF4p1ZxQ8sEr=bolat@mail.gmail.com>")],
                text(body, cte="quoted-printable"))
    save("e10-azamat-suragy-zher.eml", data, [doc("body", "kk")],
         ctx("akim_abai", "appointment", ("ЕКЦ-2027/233", "2027-02-15", "Ақпарат ұсыну туралы сұрау"),
             "handle as a citizen's question", note="the sender is a citizen"),
         "kk", "eml QP", "citizen", "Kazakh citizen question naming the service the agency is asked about")


def e11():
    body = """Добрый вечер.

Хочу пожаловаться на работу ветеринарной станции Костанайского района.
Для вывоза собаки за границу мне нужен ветеринарный паспорт. Ответственное
лицо за выдачу - Жумабеков Дархан Аскарович, главный специалист отдела
ветеринарного контроля (тел. 8 7142 53-11-09, как указано на двери
кабинета), - разговаривал грубо, требовал справку, которой нет в перечне
документов, и сказал "приходите через месяц".

Прошу принять меры и сообщить мне, какие документы действительно нужны
для получения ветеринарного паспорта на животное.

С уважением,
Ковалева Ирина Петровна
г. Костанай
+7 701 733 51 02
"""
    data = mail([("From", addr("Irina Kovaleva", "irina.kovaleva.kst@yandex.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("жалоба")),
                 ("Date", mdate(2027, 4, 20, 20, 31)),
                 ("Message-ID", "<2918431745162250@mail.yandex.kz>")],
                text(body, cs="koi8-r", cte="base64"))
    save("e11-zhaloba-otvetstvennoe-lico.eml", data, [doc("body", "ru", responsible=None, previous_responsible=None)],
         ctx("kimak_kost", "consulting", None,
             "handle as a citizen's complaint; nobody is appointed", note="the sender is a citizen"),
         "ru", "eml koi8-r base64", "citizen",
         "'Ответственное лицо ... Жумабеков Дархан Аскарович, главный специалист ..., тел.' in a citizen's complaint")


def e12():
    t = """ОБРАЩЕНИЕ ГРАЖДАНИНА
(принято по телефону 1414, оператор смены № 3, 05.04.2027 14:22)

Заявитель: Нургалиев Бауыржан Кенесович, 1979 г.р.
Адрес: г. Караганда, ул. Ерубаева, 41, кв. 17
Телефон: 8 701 902 44 13

Суть обращения:
Заявитель 2 месяца назад потерял работу (сокращение), обратился в ЦОН за
назначением социальной выплаты на случай потери работы. Заявление
приняли 03.02.2027, но до настоящего времени выплата не назначена, в ЦОН
ответ — «ждите, запрос в министерстве». Просит сообщить стадию
рассмотрения заявления и сроки назначения выплаты.

Государственная услуга: Назначение социальной выплаты на случай потери
работы.

Принятые меры: направлен запрос в ИС «Мониторинг»; заявителю рекомендовано
ожидать ответа в течение 5 рабочих дней.

Оператор: Токтарова А.
"""
    save("e12-obrashchenie-grazhdanina.txt", t.encode("utf-8"),
         [doc("e12-obrashchenie-grazhdanina.txt", "ru", responsible=None)],
         ctx("mtszn", "information", ("ЕКЦ-2027/352", "2027-03-22", "Запрос о предоставлении информации о государственных услугах"),
             "not for the case: a citizen's call recorded by our own operator"),
         "ru", "txt utf-8", "citizen", "a call record naming the awaited service, a deadline and 'Принятые меры'")


def e13():
    body = """Hello,

I am a citizen of Germany working in Almaty under a work permit. My
temporary residence permit expires on 30 May 2027 and my employer has
extended my contract for two more years.

Could you please tell me:
1. Can I apply for the extension of temporary residence online, or do I
   have to go to the migration service in person?
2. Which documents are required, and do they need an apostille?
3. How long does it take?

Thank you in advance.

Best regards,
Jonas Becker
+49 171 5523 904 / +7 701 300 72 18
"""
    data = mail([("From", addr("Jonas Becker", "jonas.becker@web.de")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", "Question about extension of temporary residence permit"),
                 ("Date", mdate(2027, 4, 2, 11, 9, tz=2)),
                 ("Message-ID", "<trinity-5b1c2d3e-7f80-4a1b@3c-app-webde-bap12>")],
                text(body, cs="us-ascii", cte="7bit"))
    save("e13-residence-permit-en.eml", data, [doc("body")],
         ctx("mvd_mp", "appointment", ("ЕКЦ-2027/344", "2027-03-19", "Запрос о предоставлении информации"),
             "handle as a citizen's question", note="the sender is a foreign citizen"),
         "en", "eml us-ascii", "citizen", "English question about the very service the migration case is about")


def e14():
    html = """<html><body>
<p>Hi there,</p>
<p>I was checking <b>ekc.gov.kz</b> and noticed it is not ranking on the first page of Google for keywords like
"government services Kazakhstan", "egov help" and "public services hotline".</p>
<p>We are a team of 40+ SEO experts. We can bring your website to the <b>TOP 10</b> in 90 days, guaranteed,
from only $199/month.</p>
<p>Can I send you a free audit report? Just reply "YES".</p>
<p>Regards,<br>Kevin Wright<br>Senior Digital Strategist</p>
<p style="font-size:9px;color:#aaa">If you don't want to hear from us again, reply with "unsubscribe".</p>
</body></html>"""
    data = mail([("From", addr("Kevin Wright", "kevin.w@rankboost-seo.net")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", "Re: your website ekc.gov.kz"),
                 ("Date", mdate(2027, 3, 17, 16, 44, tz=-5)),
                 ("Message-ID", "<a81f2b03c9d54e7f@rankboost-seo.net>")],
                text(html, sub="html", cs="utf-8", cte="7bit"))
    save("e14-seo-spam-en.eml", data, [doc("body")],
         ctx("mcr", "information", ("ЕКЦ-2027/398", "2027-04-06", "Запрос о предоставлении информации"),
             "ignore: spam", note="the sender is not the agency"),
         "en", "eml HTML 7bit", "spam", "English SEO spam posing as a reply ('Re:')")


def e15():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial">
<h2 style="color:#003366">e-Government Summit Central Asia 2027</h2>
<p><i>Astana, 9–10 June 2027 · Hilton Astana</i></p>
<p>Dear colleagues,</p>
<p>We are pleased to invite representatives of your organisation to the <b>e-Government Summit Central Asia 2027</b>.
This year's sessions include "Contact centres as the front door of public services" and "AI assistants in citizen support".</p>
<p>Early-bird registration (until 15 April): USD 690 per delegate. Government bodies — 30% discount.</p>
<hr>
<p>Уважаемые коллеги!</p>
<p>Приглашаем представителей вашей организации принять участие в саммите <b>«Электронное правительство Центральной Азии 2027»</b>
(Астана, 9–10 июня 2027 г.). В программе — секция «Контакт-центры как единое окно государственных услуг».</p>
<p>Регистрация: <a href="https://egov-summit.asia/register">egov-summit.asia/register</a></p>
<p>Organising committee / Оргкомитет<br>+7 (7172) 64-20-20</p>
</body></html>"""
    plain = "e-Government Summit Central Asia 2027, Astana, 9-10 June 2027. Register: https://egov-summit.asia/register\n"
    root = multi("alternative", [text(plain, cs="us-ascii", cte="7bit"), text(html, sub="html", cte="quoted-printable")],
                 "_----------=_174300123456780")
    data = mail([("From", addr("e-Government Summit", "events@egov-summit.asia")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Invitation / Приглашение: e-Government Summit Central Asia 2027")),
                 ("Date", mdate(2027, 3, 31, 10, 0)),
                 ("Message-ID", "<summit2027.inv.4471@egov-summit.asia>")], root)
    save("e15-summit-invitation.eml", data, [doc("body")],
         ctx("minjust", "protocol", ("ЕКЦ-2027/455", "2027-05-13", "Протокол принятия государственных услуг для консультирования"),
             "ignore: a conference invitation", note="the sender is not the agency"),
         "en+ru", "eml multipart/alternative", "spam", "bilingual conference advertising about contact centres")


def e16():
    body = """Здравствуйте!

Меня зовут Алина, я студентка 4 курса Академии государственного управления
при Президенте РК. Пишу дипломную работу на тему «Качество оказания
государственных услуг: роль Единого контакт-центра».

Прошу вас, если возможно, пройти короткую анкету (10 вопросов, 5 минут):
https://forms.gle/ekc-diplom-2027

Также была бы очень благодарна за статистику обращений за 2026 год по
категориям услуг, если она не является служебной информацией.

Заранее спасибо!
Алина Мухтарова
+7 708 455 19 02
"""
    data = mail([("From", addr("Алина Мухтарова", "alina.mukhtarova01@gmail.com")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Просьба пройти анкету (дипломная работа)")),
                 ("Date", mdate(2027, 4, 5, 13, 13)),
                 ("Message-ID", "<CAH7rT0v9=Alina.diplom@mail.gmail.com>")],
                text(body, cs="windows-1251", cte="8bit", label="us-ascii"))
    save("e16-anketa-diplom.eml", data, [doc("body", "ru")],
         ctx("uo_almaty", "information", ("ЕКЦ-2027/270", "2027-02-24", "Запрос о предоставлении информации о государственной услуге"),
             "ignore for the case: a student's request", note="the sender is not the agency"),
         "ru", "eml windows-1251 8bit labelled us-ascii", "citizen", "a request for information addressed to us (the reverse direction); wrong charset label")


def e17():
    body = """Сәлеметсіздер ме!

Балабақшаға кезекке тұру үшін egov.kz порталында «Мектепке дейінгі
балалар ұйымдарына жіберу үшін мектепке дейінгі жастағы балаларды кезекке
қою» қызметіне өтінім бердім, бірақ екі аптадан бері «өңделуде» деп тұр.
Тараз қаласы білім бөліміне хабарластым, олар ЕКЦ-ға жазыңыз деді.

Баламның кезектегі нөмірін және қашан жолдама берілетінін білуге бола ма?
Өтінім нөмірі: 003198744512.

Рахмет алдын ала.
Айгүл Төлегенқызы
8 747 601 33 28
"""
    data = mail([("From", addr("Айгүл Төлегенқызы", "aigul.tolegenkyzy@mail.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Балабақша кезегі туралы")),
                 ("Date", mdate(2027, 3, 28, 22, 14)),
                 ("Message-ID", "<b5c8e2d1a0f3@mail.kz>")],
                text(body, cte="base64"))
    save("e17-balabaksha-kezegi.eml", data, [doc("body", "kk")],
         ctx("akimat_taraz", "appointment", ("ЕКЦ-2027/361", "2027-03-23", "Жауапты тұлғаны тағайындау туралы сұрау"),
             "handle as a citizen's question", note="the sender is a citizen"),
         "kk", "eml utf-8", "citizen", "Kazakh citizen question citing the service by its full name")


# ---------------------------------------------------------------- F. bounces, auto-replies, calendar

def ics(lines):
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def f01():
    t1 = """This is the mail system at host mx2.karaganda.gov.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<b.omarov@karaganda.gov.kz>: host mail.karaganda.gov.kz[10.12.4.21] said:
    550 5.1.1 <b.omarov@karaganda.gov.kz>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    t2 = """Reporting-MTA: dns; mx2.karaganda.gov.kz
X-Postfix-Queue-ID: 4Qx7Lm2Fz8z9tHk
X-Postfix-Sender: rfc822; info@ekc.gov.kz
Arrival-Date: Sat, 10 Apr 2027 04:12:51 +0500 (+05)

Final-Recipient: rfc822; b.omarov@karaganda.gov.kz
Original-Recipient: rfc822;b.omarov@karaganda.gov.kz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.karaganda.gov.kz
Diagnostic-Code: smtp; 550 5.1.1 <b.omarov@karaganda.gov.kz>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    t3 = """From: "EKC" <info@ekc.gov.kz>
To: b.omarov@karaganda.gov.kz
Subject: Re: Invoice #88213 payment confirmation
Date: Sat, 10 Apr 2027 01:12:40 +0200
Message-ID: <88213.40c1@host-185-22-71-90.example.net>
Content-Type: text/plain; charset="us-ascii"

Please see the payment confirmation in the link below:
http://docs-share-secure.top/invoice88213
"""
    root = multi("report", [text(t1, cs="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
                            raw_leaf(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], t2.encode()),
                            raw_leaf(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], t3.encode())],
                 "4Qx7Lm2Fz8z9tHk.1744240371/mx2.karaganda.gov.kz", params=" report-type=delivery-status;")
    data = mail([("From", "MAILER-DAEMON@mx2.karaganda.gov.kz (Mail Delivery System)"),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", "Undelivered Mail Returned to Sender"),
                 ("Date", mdate(2027, 4, 10, 4, 12)),
                 ("Message-ID", "<20270409231251.6C1A2E3B4@mx2.karaganda.gov.kz>"),
                 ("Auto-Submitted", "auto-replied")], root)
    save("f01-undelivered-backscatter.eml", data, [doc("body")],
         ctx("akimat_kar", "information", ("ЕКЦ-2027/322", "2027-03-11", "Ақпарат ұсыну туралы сұрау"),
             "ignore: a bounce of a forged message we never sent"),
         "en", "eml multipart/report DSN", "bounce",
         "bounce from the agency's own mail server, addressed to us, of spam forged in our name")


def f02():
    html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Segoe UI;font-size:14px">
<p style="color:#c00000;font-size:20px">Не удается доставить сообщение следующим получателям:</p>
<p><a href="mailto:a.kuanyshev@densaulyk.krg.gov.kz">a.kuanyshev@densaulyk.krg.gov.kz</a></p>
<p>Почтовый ящик получателя переполнен и в настоящее время не может принимать сообщения.
Повторите попытку позже или обратитесь к получателю напрямую.</p>
<p><b>Тема:</b> Документы для проверки<br><b>Отправлено:</b> 11.04.2027 2:03</p>
<hr>
<p style="font-size:11px;color:#666">Диагностические сведения для администраторов:<br>
Сервер создания: EXCH02.densaulyk.krg.gov.kz<br>
a.kuanyshev@densaulyk.krg.gov.kz<br>
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'</p>
</div></body></html>"""
    data = mail([("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@densaulyk.krg.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Не доставлено: Документы для проверки")),
                 ("Date", mdate(2027, 4, 11, 2, 4)),
                 ("Message-ID", "<9c2e1a55-ndr@EXCH02.densaulyk.krg.gov.kz>"),
                 ("Auto-Submitted", "auto-replied")],
                text(html, sub="html", cte="base64"))
    save("f02-ne-dostavleno-exchange.eml", data, [doc("body", "ru")],
         ctx("uzo_krg", "information", ("ЕКЦ-2027/141", "2027-01-12", "Запрос о предоставлении информации"),
             "ignore: a non-delivery report about a message we did not send"),
         "ru", "eml HTML-only NDR", "bounce", "Exchange NDR from the awaited agency's own server")


def f03():
    body = """** Доставка сообщения задерживается **

Сообщение не удалось доставить адресату zhanna.k@enbek.gov.kz.
Gmail будет продолжать попытки доставки в течение 45 часов.
Если сообщение не удастся доставить, вы получите уведомление.

** Message delayed **

There was a temporary problem delivering your message to
zhanna.k@enbek.gov.kz. Gmail will retry for 45 more hours.
You'll be notified if the delivery fails permanently.

Ответ сервера / The response was:
451 4.7.1 Greylisted, please try again later

----- Original message -----
Subject: Счет-фактура № 2027-118 (повторно)
From: info@ekc.gov.kz
Date: Mon, 12 Apr 2027 23:40:11 +0000
"""
    data = mail([("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", "Delivery Status Notification (Delay)"),
                 ("Date", mdate(2027, 4, 13, 4, 41)),
                 ("Message-ID", "<6616e8a1.050a0220.dsn.4a1b@mx.google.com>"),
                 ("Auto-Submitted", "auto-replied")],
                text(body, cte="quoted-printable"))
    save("f03-delivery-delay.eml", data, [doc("body")],
         ctx("mtszn", "information", ("ЕКЦ-2027/352", "2027-03-22", "Запрос о предоставлении информации о государственных услугах"),
             "ignore: a delay notice about a message we did not send"),
         "ru+en", "eml QP", "bounce", "bilingual delay notice naming an address of the awaited ministry")


def f04():
    body = """Здравствуйте!

Я нахожусь в ежегодном трудовом отпуске с 12.04.2027 по 28.04.2027
включительно, доступ к почте ограничен.

На период моего отсутствия по вопросам выдачи архитектурно-планировочных
заданий и взаимодействия с Единым контакт-центром обращайтесь к
Нурлановой Жанар Бекмуратовне, главному специалисту отдела,
тел. 8 (7292) 30-11-52, zh.nurlanova@mangystau.gov.kz.

С уважением,
Тажибаева Айнур
"""
    data = mail([("From", addr("Тажибаева Айнур", "a.tazhibaeva@mangystau.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Автоответ: Запрос ЕКЦ-2027/402 о предоставлении информации")),
                 ("Date", mdate(2027, 4, 15, 9, 1)),
                 ("Message-ID", "<oof-7c1b2a@mangystau.gov.kz>"),
                 ("Auto-Submitted", "auto-replied"),
                 ("X-Auto-Response-Suppress", "All")],
                text(body, cte="base64"))
    save("f04-avtootvet-otpusk.eml", data, [doc("body", "ru", responsible=None, previous_responsible=None)],
         ctx("uarch_mang", "information", ("ЕКЦ-2027/402", "2027-04-08", "Запрос о предоставлении информации"),
             "ignore: an out-of-office reply; the named substitute is not an official appointment"),
         "ru", "eml utf-8 base64", "auto-reply",
         "out-of-office naming a substitute 'по вопросам взаимодействия с Единым контакт-центром' with position, phone, e-mail")


def f05():
    body = """Сәлеметсіз бе!

Мен 2027 жылғы 19 сәуірге дейін іссапардамын. Хатыңызға оралған соң
жауап беремін. Шұғыл мәселелер бойынша басқарманың кеңсесіне
хабарласыңыз: 8 (7212) 56-30-01.

Здравствуйте! Я в командировке до 19.04.2027. Отвечу по возвращении.

Омаров Т.
"""
    data = mail([("From", addr("Омаров Талгат", "t.omarov@karaganda.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Автожауап: Re: Ақпарат ұсыну туралы сұрау")),
                 ("Date", mdate(2027, 4, 13, 14, 20)),
                 ("Message-ID", "<auto-omarov-0413@karaganda.gov.kz>"),
                 ("Auto-Submitted", "auto-replied")],
                text(body, cte="quoted-printable"))
    save("f05-avtozhauap-issapar.eml", data, [doc("body", "kk")],
         ctx("akimat_kar", "information", ("ЕКЦ-2027/322", "2027-03-11", "Ақпарат ұсыну туралы сұрау"),
             "ignore: an automatic reply"),
         "kk", "eml QP", "auto-reply", "Kazakh auto-reply with a short Russian line")


def f06():
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
               "METHOD:REQUEST",
               "BEGIN:VTIMEZONE", "TZID:Astana", "BEGIN:STANDARD", "DTSTART:16010101T000000",
               "TZOFFSETFROM:+0500", "TZOFFSETTO:+0500", "END:STANDARD", "END:VTIMEZONE",
               "BEGIN:VEVENT",
               "ORGANIZER;CN=Байжанова Камила:mailto:k.baizhanova@adilet.gov.kz",
               "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Единый ко",
               " нтакт-центр:mailto:info@ekc.gov.kz",
               "DESCRIPTION:Обучение сотрудников Единого контакт-центра по государственн",
               " ым услугам 00801012 и 00801019. По итогам обучения будет составлен прото",
               " кол принятия услуг для консультирования.\\nСсылка: https://meet.adilet.go",
               " v.kz/ekc-training",
               "SUMMARY:Обучение ЕКЦ: 00801012\\, 00801019",
               "DTSTART;TZID=Astana:20270512T100000", "DTEND;TZID=Astana:20270512T120000",
               "UID:040000008200E00074C5B7101A82E0080000000010B7E4F2A1C7DB01000000000000000",
               "LOCATION:Астана\\, пр. Мангилик Ел\\, 8\\, каб. 412 / онлайн",
               "SEQUENCE:0", "STATUS:CONFIRMED", "DTSTAMP:20270505T094500Z",
               "END:VEVENT", "END:VCALENDAR"])
    plain = """Обучение сотрудников Единого контакт-центра по государственным услугам
00801012 и 00801019.

Когда: 12 мая 2027 г., 10:00–12:00 (Астана)
Где: пр. Мангилик Ел, 8, каб. 412 / онлайн

По итогам обучения будет составлен протокол принятия услуг для
консультирования.
"""
    html = "<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>"
    alt = multi("alternative", [text(plain, cte="quoted-printable"), text(html, sub="html", cte="quoted-printable"),
                                raw_leaf(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
                                          "Content-Transfer-Encoding: base64"], base64.encodebytes(cal))],
                "_001_alt_training_0512")
    root = multi("mixed", [alt, attach("invite.ics", cal, "application/ics")], "_002_mixed_training_0512")
    data = mail([("From", addr("Байжанова Камила", "k.baizhanova@adilet.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Обучение ЕКЦ: 00801012, 00801019")),
                 ("Date", mdate(2027, 5, 5, 14, 45)),
                 ("Message-ID", "<cal-0512-training@adilet.gov.kz>")], root)
    save("f06-priglashenie-obuchenie.eml", data, [doc("body", "ru", protocol_date=None)],
         ctx("minjust", "protocol", ("ЕКЦ-2027/430", "2027-04-28", "Об обучении по государственным услугам"),
             "accept the meeting; the protocol is still awaited"),
         "ru", "eml text+html+calendar + .ics", "calendar",
         "Outlook invitation: both registry numbers, a date, and 'будет составлен протокол'")


def f07():
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               "DTSTART:20270512T040000Z", "DTEND:20270512T060000Z", "DTSTAMP:20270428T051500Z",
               "ORGANIZER;CN=zher@abay.gov.kz:mailto:zher@abay.gov.kz",
               "UID:2k1l9v0q7c3m5n8b4x6z@google.com",
               "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=",
               " TRUE;CN=info@ekc.gov.kz;X-NUM-GUESTS=0:mailto:info@ekc.gov.kz",
               "DESCRIPTION:«Жер учаскесіне сәйкестендіру құжатын беру» (00702020) қызмет",
               " і бойынша ББО қызметкерлерін оқыту.",
               "LOCATION:Семей қ.\\, Абай даңғылы\\, 90",
               "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Оқыту: 00702020", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    body = """Сізді шақырамын: Оқыту: 00702020
2027 ж. 12 мамыр, сәрсенбі, 09:00–11:00 (Алматы уақыты)
Семей қ., Абай даңғылы, 90

Google Күнтізбесінен шақыру. Қатысатыныңызды растаңыз: Иә / Жоқ / Мүмкін
"""
    root = multi("mixed", [text(body), attach("invite.ics", cal, "application/ics")], "000000000000f3e2d10617a1b2c3")
    data = mail([("From", addr("Жер қатынастары басқармасы", "zher@abay.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Шақыру: Оқыту: 00702020 — 2027 ж. 12 мамыр 09:00")),
                 ("Date", mdate(2027, 4, 28, 10, 15)),
                 ("Message-ID", "<calendar-2k1l9v0q7c3m5n8b4x6z@google.com>")], root)
    save("f07-shakyru-okytu.eml", data, [doc("body", "kk", protocol_date=None)],
         ctx("akim_abai", "protocol", ("ЕКЦ-2027/415", "2027-04-12", "Оқыту өткізу туралы"),
             "accept the meeting; the protocol is still awaited"),
         "kk", "eml + .ics", "calendar", "Kazakh Google Calendar invitation to the training, registry number in the title")


def f08():
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0",
               "BEGIN:VEVENT",
               "ORGANIZER;CN=Daulet Sarsenov:mailto:d.sarsenov@mdai.gov.kz",
               "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:info@ekc.gov.kz",
               "SUMMARY;LANGUAGE=en-US:Onboarding of service 00504003 to EKC - training session",
               "DTSTART:20270420T050000Z", "DTEND:20270420T063000Z",
               "UID:040000008200E00074C5B7101A82E00800000000D0C1A8F0B3A1DB01",
               "LOCATION:Microsoft Teams Meeting", "DTSTAMP:20270414T080000Z", "SEQUENCE:0",
               "END:VEVENT", "END:VCALENDAR"])
    html = """<html><body style="font-family:Segoe UI">
<p>Dear EKC colleagues,</p>
<p>As agreed, we will walk your operators through the licensing procedure for service <b>00504003</b>.
The acceptance protocol will be prepared after the session.</p>
<hr>
<p style="font-size:18px"><b>Microsoft Teams meeting</b></p>
<p>Join on your computer, mobile app or room device<br>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1">Click here to join the meeting</a><br>
Meeting ID: 318 552 907 114<br>Passcode: 7xQ2bN</p>
<hr></body></html>"""
    alt = multi("alternative", [text(html, sub="html", cte="quoted-printable"),
                                raw_leaf(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
                                          "Content-Transfer-Encoding: 7bit"], cal)],
                "_000_teams_00504003_alt")
    data = mail([("From", addr("Daulet Sarsenov", "d.sarsenov@mdai.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", "Onboarding of service 00504003 to EKC - training session"),
                 ("Date", mdate(2027, 4, 14, 13, 0)),
                 ("Message-ID", "<teams-00504003@mdai.gov.kz>")], alt)
    save("f08-teams-invite-en.eml", data, [doc("body", protocol_date=None)],
         ctx("mcr", "protocol", ("ЕКЦ-2027/398", "2027-04-06", "Запрос о предоставлении информации"),
             "accept the meeting; the protocol is still awaited"),
         "en", "eml HTML + text/calendar", "calendar", "English Teams invitation that mentions the acceptance protocol")


def f09():
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
               "METHOD:CANCEL", "BEGIN:VEVENT",
               "ORGANIZER;CN=Сагинтаев Марат:mailto:m.sagintaev@astana-turgyn.gov.kz",
               "ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:info@ekc.gov.kz",
               "SUMMARY:Отменено: Подписание протокола по услуге 00203014",
               "DTSTART:20270422T060000Z", "DTEND:20270422T063000Z",
               "UID:040000008200E00074C5B7101A82E00800000000A1F0E5C2B7A8DB01",
               "STATUS:CANCELLED", "SEQUENCE:1", "DTSTAMP:20270420T110000Z",
               "END:VEVENT", "END:VCALENDAR"])
    body = """Встреча отменена.

Подписание протокола по услуге 00203014 «Приватизация жилищ из
государственного жилищного фонда», назначенное на 22.04.2027 11:00,
отменяется. Новая дата будет сообщена дополнительно.
"""
    alt = multi("alternative", [text(body, cs="windows-1251", cte="quoted-printable"),
                                raw_leaf(['Content-Type: text/calendar; charset="utf-8"; method=CANCEL',
                                          "Content-Transfer-Encoding: base64"], base64.encodebytes(cal))],
                "_000_cancel_00203014_")
    data = mail([("From", addr("Сагинтаев Марат", "m.sagintaev@astana-turgyn.gov.kz", "windows-1251")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Отменено: Подписание протокола по услуге 00203014", "windows-1251")),
                 ("Date", mdate(2027, 4, 20, 16, 0)),
                 ("Message-ID", "<cancel-00203014@astana-turgyn.gov.kz>")], alt)
    save("f09-otmeneno-podpisanie.eml", data, [doc("body", "ru", protocol_date=None)],
         ctx("uzh_astana", "protocol", ("ЕКЦ-2027/411", "2027-04-09", "Протокол принятия услуги для консультирования"),
             "note the cancelled meeting; the protocol is still awaited"),
         "ru", "eml windows-1251 + text/calendar CANCEL", "calendar",
         "cancelled signing of the protocol: registry number, service name, date")


def f10():
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
               "METHOD:REPLY", "BEGIN:VEVENT",
               "ATTENDEE;PARTSTAT=ACCEPTED;CN=Исатаев Ержан:mailto:e.isataev@kostanay.gov.kz",
               "SUMMARY:Принято: Обучение по услугам 00302044\\, 00302046",
               "DTSTART:20270316T040000Z", "DTEND:20270316T060000Z",
               "UID:040000008200E00074C5B7101A82E00800000000EKC0316KOST",
               "DTSTAMP:20270310T050000Z", "SEQUENCE:0",
               "END:VEVENT", "END:VCALENDAR"])
    alt = multi("alternative", [text("Исатаев Ержан принял это приглашение.\n", cte="base64"),
                                raw_leaf(['Content-Type: text/calendar; charset="utf-8"; method=REPLY',
                                          "Content-Transfer-Encoding: base64"], base64.encodebytes(cal))],
                "_000_reply_kost_0316")
    data = mail([("From", addr("Исатаев Ержан", "e.isataev@kostanay.gov.kz")),
                 ("To", "info@ekc.gov.kz"),
                 ("Subject", ew("Принято: Обучение по услугам 00302044, 00302046")),
                 ("Date", mdate(2027, 3, 10, 10, 2)),
                 ("Message-ID", "<reply-accept-0316@kostanay.gov.kz>")], alt)
    save("f10-prinyato-priglashenie.eml", data, [doc("body", "ru", protocol_date=None)],
         ctx("kimak_kost", "protocol", ("ЕКЦ-2027/256", "2027-02-22", "Запрос о предоставлении информации"),
             "note the accepted meeting; the protocol is still awaited"),
         "ru", "eml text + text/calendar REPLY", "calendar", "one-line 'accepted' reply carrying the training date and registry numbers")


# ==============================================================================================

def main():
    for n in sorted(k for k in globals() if len(k) == 3 and k[0] in "abcdef" and k[1:].isdigit()):
        globals()[n]()
    langs = {}
    for row in MANIFEST:
        langs[row[2]] = langs.get(row[2], 0) + 1
    lines = ["# Decoys, round 3 — farida",
             "",
             f"{len(MANIFEST)} documents that land in the contact centre's mailbox while a case is open but are not",
             "a reply that should move it. Every key's documents are `kind: \"other\"`; every context has",
             "`is_reply: false`. Rebuild with `python make.py` (python-docx, openpyxl, reportlab).",
             "",
             "Sorts: question/acknowledgement (a*), greeting/thanks (b*), misdirected/forwarded/blank form (c*),",
             "draft (d*), spam/phishing/citizen (e*), bounce/auto-reply/calendar (f*).",
             "",
             "| file | kind | language | format | sort | what makes it hard |",
             "| --- | --- | --- | --- | --- | --- |"]
    for r in MANIFEST:
        lines.append("| " + " | ".join(r) + " |")
    def tally(i):
        t = {}
        for r in MANIFEST:
            k = r[i] if i != 3 else r[0].rsplit(".", 1)[-1]
            t[k] = t.get(k, 0) + 1
        return ", ".join(f"{k} {v}" for k, v in sorted(t.items(), key=lambda kv: -kv[1]))
    lines += ["", "## Counts", "", "- by sort: " + tally(4), "- by file format: " + tally(3),
              "- by language: " + tally(2)]
    (OUT / "MANIFEST.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(MANIFEST), "documents;", langs)


if __name__ == "__main__":
    main()
