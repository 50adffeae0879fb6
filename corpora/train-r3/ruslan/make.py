#!/usr/bin/env python3
"""Generator of the heldout-r3c/ruslan corpus: mail and documents landing in the
contact centre's mailbox that look like replies but are not (kind `other`), plus
genuine replies written in unusual ways.  Run with the venv that has python-docx,
openpyxl and reportlab:  /tmp/cv-ruslan/bin/python make.py
Every letter's text is written out below by hand."""
import base64, io, json, os, quopri, random, email.header, email.utils, zipfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit, ImageReader
from PIL import Image, ImageDraw, ImageFont, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
pdfmetrics.registerFont(TTFont("DVS", FONTS))
RND = random.Random(20270207)
MANIFEST = []
EKC = "info@ekc.gov.kz"

# ---------------------------------------------------------------- agencies
def ag(name, email_, bin_):
    return {"name": name, "email": email_, "bin": bin_}

MZ = ag("Министерство здравоохранения Республики Казахстан", "kense@densaulyq-min.gov.kz", "060740001278")
MTSZN = ag("Министерство труда и социальной защиты населения Республики Казахстан", "kanc@enbek-min.gov.kz", "990340003621")
KGD = ag("Комитет государственных доходов Министерства финансов Республики Казахстан", "kgd.kense@minfin-kgd.gov.kz", "990240007214")
AKRG = ag("Аппарат акима Карагандинской области", "kanc@akimat-qaragandy.gov.kz", "940640001512")
UZALM = ag("Управление общественного здравоохранения города Алматы", "uoz@almaty-densaulyq.gov.kz", "170140021334")
MP = ag("Министерство просвещения Республики Казахстан", "kense@oqu-min.gov.kz", "220740009118")
KMS = ag("Комитет миграционной службы Министерства внутренних дел Республики Казахстан", "kms.kanc@iim-migr.gov.kz", "110240018867")
ZEM = ag("Комитет по управлению земельными ресурсами Министерства сельского хозяйства Республики Казахстан", "zher@agro-min.gov.kz", "050940002493")
TURK = ag("Аппарат акима Туркестанской области", "kense@turkistan-akimat.gov.kz", "180440015529")
MO = ag("Министерство обороны Республики Казахстан", "kanc@qorganys-min.gov.kz", "990140007790")
MKI = ag("Министерство культуры и информации Республики Казахстан", "kense@madeniet-min.gov.kz", "230340004412")
MJ = ag("Министерство юстиции Республики Казахстан", "kanc@adilet-min.gov.kz", "970240001634")
UOZKO = ag("Управление образования Западно-Казахстанской области", "uo@bilim-zko.gov.kz", "010740003905")
MPS = ag("Министерство промышленности и строительства Республики Казахстан", "kanc@ondiris-min.gov.kz", "231040016637")
MSH = ag("Министерство сельского хозяйства Республики Казахстан", "kense@agro-min.gov.kz", "990540001902")
ABAY = ag("Аппарат акима Абайского района города Шымкента", "abay@shymkent-akimat.gov.kz", "150540019971")
UZHKX = ag("Управление земельных отношений города Астаны", "zher@astana-akimat.gov.kz", "080540012288")
MCIF = ag("Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", "kanc@digital-min.gov.kz", "190740031645")
KTRAN = ag("Комитет транспорта Министерства транспорта Республики Казахстан", "kt@kolik-min.gov.kz", "230240019004")
MANG = ag("Управление пассажирского транспорта и автомобильных дорог Мангистауской области", "upt@mangystau-zhol.gov.kz", "030540007713")
PAVL = ag("Управление ветеринарии Павлодарской области", "vet@pavlodar-obl.gov.kz", "120440026611")
MEKO = ag("Министерство экологии и природных ресурсов Республики Казахстан", "kense@ecogeo-min.gov.kz", "190640004427")
ZHAMB = ag("Управление архивов и документации Жамбылской области", "muragat@zhambyl-obl.gov.kz", "021040002278")

def svc(num, name):
    return {"registry_number": num, "name": name}

def letter(num, date, subj):
    return {"number": num, "date": date, "subject": subj}

def context(agency, services, awaiting, our_letter, effect, is_reply):
    return {"agency": agency, "services": services, "awaiting": awaiting,
            "our_letter": our_letter, "expected_effect": effect, "is_reply": is_reply}

def save(name, data, docs, ctx, kind, lang, fmt, hard):
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(data)
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump({"exit": 0, "documents": docs}, f, ensure_ascii=False, indent=2)
    with open(path + ".context.json", "w", encoding="utf-8") as f:
        json.dump(ctx, f, ensure_ascii=False, indent=2)
    MANIFEST.append((name, kind, lang, fmt, hard))

def other(*parts):
    return [{"part": p, "kind": "other"} for p in parts]

# ---------------------------------------------------------------- mail
def enc_hdr(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return email.header.Header(s, charset, maxlinelen=76).encode()

def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    return f"{enc_hdr(name, charset)} <{mail}>"

def _cte(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw

def text_part(text, subtype="plain", charset="utf-8", cte="base64", label=True):
    raw = text.replace("\r\n", "\n").encode(charset)
    if label is True:
        ct = f'text/{subtype}; charset="{charset}"'
    elif label is False:
        ct = f"text/{subtype}"
    else:
        ct = f'text/{subtype}; charset="{label}"'
    return ([f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"], _cte(raw, cte))

def att_part(filename, data, ctype="application/octet-stream", style="rfc2231", cte="base64"):
    if all(ord(c) < 128 for c in filename):
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    elif style == "rfc2231":
        q = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in filename)
        fn = f"filename*=utf-8''{q}"
        nm = f'name="{email.header.Header(filename, "utf-8").encode()}"'
    else:
        ew = email.header.Header(filename, "utf-8").encode()
        fn = f'filename="{ew}"'
        nm = f'name="{ew}"'
    return ([f"Content-Type: {ctype};\n\t{nm}", f"Content-Disposition: attachment;\n\t{fn}",
             f"Content-Transfer-Encoding: {cte}"], _cte(data, cte))

def multipart(sub, parts, boundary=None):
    b = boundary or "----=_NextPart_%06d_%04X" % (RND.randint(0, 999999), RND.randint(0, 65535))
    out = [b"This is a multi-part message in MIME format.\n"]
    for h, body in parts:
        out.append(f"\n--{b}\n".encode() + "\n".join(h).encode() + b"\n\n" + body.rstrip(b"\n") + b"\n")
    out.append(f"\n--{b}--\n".encode())
    return ([f'Content-Type: multipart/{sub};\n\tboundary="{b}"'], b"".join(out))

def message(headers, entity, date=None, msgid_domain="mail.gov.kz"):
    h = []
    for k, v in headers:
        h.append(f"{k}: {v}")
    names = {k.lower() for k, _ in headers}
    if "message-id" not in names:
        h.append(f"Message-ID: <{RND.randint(10**9, 10**10)}.{RND.randint(1000,9999)}@{msgid_domain}>")
    h.append("MIME-Version: 1.0")
    eh, body = entity
    return ("\n".join(h + eh)).encode() + b"\n\n" + body

def alt(plain, html, charset="utf-8", cte="base64"):
    return multipart("alternative", [text_part(plain, "plain", charset, cte), text_part(html, "html", charset, cte)])

def outlook_html(body_html, charset="utf-8"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}}
.MsoChpDefault {{mso-style-type:export-only;font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}}
div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang="RU" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
</div>
</body>
</html>
"""

def ps(*lines):
    """Outlook-style paragraphs."""
    out = []
    for l in lines:
        if l == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{l}<o:p></o:p></p>')
    return "\n".join(out)

# ---------------------------------------------------------------- docx
def new_doc(font="Times New Roman", size=13, landscape_=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = Cm(2.5); sec.right_margin = Cm(1.5)
    return d

def para(d, text, bold=False, align=None, size=None, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def table(d, rows, widths=None, size=10, bold_first=1):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = str(val).split("\n")
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                if k: p = c.add_paragraph()
                r = p.add_run(ln)
                r.font.size = Pt(size)
                if i < bold_first: r.bold = True
            if widths: c.width = Cm(widths[j])
    return t

def docx_bytes(d):
    b = io.BytesIO(); d.save(b); return b.getvalue()

# ---------------------------------------------------------------- xlsx
def xlsx_bytes(wb):
    b = io.BytesIO(); wb.save(b); return b.getvalue()

THIN = Side(style="thin")
def box(ws, r1, r2, c1, c2, wrap=True):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            cell.alignment = Alignment(wrap_text=wrap, vertical="top")

# ---------------------------------------------------------------- pdf
class Pdf:
    def __init__(self, size=A4, font="DV", fs=11):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size)
        self.W, self.H = size
        self.font, self.fs = font, fs
        self.y = self.H - 60
        self.left = 70
        self.right = self.W - 50

    def text(self, s, fs=None, font=None, indent=0, align="l", gap=4):
        fs = fs or self.fs; font = font or self.font
        width = self.right - self.left - indent
        for raw in s.split("\n"):
            lines = simpleSplit(raw, font, fs, width) or [""]
            for ln in lines:
                if self.y < 60:
                    self.c.showPage(); self.y = self.H - 60
                self.c.setFont(font, fs)
                if align == "c":
                    self.c.drawCentredString((self.left + self.right) / 2, self.y, ln)
                elif align == "r":
                    self.c.drawRightString(self.right, self.y, ln)
                else:
                    self.c.drawString(self.left + indent, self.y, ln)
                self.y -= fs + gap

    def space(self, h=8):
        self.y -= h

    def grid(self, rows, widths, fs=8, header_rows=1, hfs=None):
        x0 = self.left
        base = fs
        for i, row in enumerate(rows):
            font = "DVB" if i < header_rows else self.font
            fs = (hfs or base) if i < header_rows else base
            cells = [simpleSplit(str(v), font, fs, w - 6) or [""] for v, w in zip(row, widths)]
            h = max(len(c) for c in cells) * (fs + 2) + 6
            if self.y - h < 50:
                self.c.showPage(); self.y = self.H - 50
            x = x0
            for lines, w in zip(cells, widths):
                self.c.rect(x, self.y - h, w, h)
                yy = self.y - fs - 2
                self.c.setFont(font, fs)
                for ln in lines:
                    self.c.drawString(x + 3, yy, ln); yy -= fs + 2
                x += w
            self.y -= h
        self.y -= 10

    def bytes(self):
        self.c.showPage(); self.c.save(); return self.buf.getvalue()


def scan_pdf(lines, fs=11, seed=1, stamp=None, angle=0.35):
    """A 'scanned' page: a grey noisy raster image of the typed page, with an
    invisible text layer on top (as an OCR'd scan from an MFP looks)."""
    rnd = random.Random(seed)
    W, H = A4
    k = 2.0  # px per pt
    img = Image.new("L", (int(W * k), int(H * k)), 246)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTS, int(fs * k))
    placed = []
    y = H - 70
    for raw in lines:
        center = bold = False
        while raw[:2] in ("**", "^^"):
            center = center or raw[:2] == "^^"
            bold = bold or raw[:2] == "**"
            raw = raw[2:]
        for ln in (simpleSplit(raw, "DVS", fs, W - 140) or [""]):
            tw = pdfmetrics.stringWidth(ln, "DVS", fs)
            x = (W - tw) / 2 if center else 70
            dr.text((x * k, (H - y - fs) * k), ln, fill=rnd.randint(20, 55), font=f)
            placed.append((x, y, ln))
            y -= fs + 5
    if stamp:
        cx, cy = int(W * k * 0.62), int((H - y + 10) * k)
        dr.ellipse((cx - 110, cy - 110, cx + 110, cy + 110), outline=120, width=5)
        dr.ellipse((cx - 80, cy - 80, cx + 80, cy + 80), outline=140, width=3)
        sf = ImageFont.truetype(FONT, 18)
        dr.text((cx - 70, cy - 10), stamp, fill=110, font=sf)
        for _ in range(3):
            pts = [(cx - 260 + i * 12, cy + rnd.randint(-30, 30)) for i in range(25)]
            dr.line(pts, fill=60, width=3)
    px = img.load()
    for _ in range(60000):
        xx, yy = rnd.randrange(img.size[0]), rnd.randrange(img.size[1])
        px[xx, yy] = rnd.randint(120, 230)
    img = img.rotate(angle, fillcolor=235, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
    jb = io.BytesIO(); img.convert("RGB").save(jb, "JPEG", quality=55); jb.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(jb), 0, 0, W, H)
    t = c.beginText()
    t.setTextRenderMode(3)
    for x, yy, ln in placed:
        t.setFont("DVS", fs)
        t.setTextOrigin(x, yy)
        t.textLine(ln)
    c.drawText(t)
    c.showPage(); c.save()
    return buf.getvalue()

# ======================================================================
#  PART A. Documents that are NOT replies moving a case (kind `other`)
# ======================================================================

def o01():
    d = new_doc()
    para(d, "МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ\nРЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=12)
    para(d, "ПРОТОКОЛ\nмежведомственного совещания по вопросам повышения качества\nоказания государственных услуг в социально-трудовой сфере", bold=True, align="c")
    para(d, "г. Астана, Дом министерств, зал заседаний 7-го этажа\t\t\t\t04 февраля 2027 года\n№ 7-пр")
    para(d, "Председательствовал: вице-министр труда и социальной защиты населения Республики Казахстан Сарыбаев Д.К.")
    para(d, "Присутствовали: представители Департамента социальной помощи, Департамента занятости, "
            "Комитета труда и социальной защиты, АО «Государственная корпорация «Правительство для граждан», "
            "Единого контакт-центра (по видеоконференцсвязи), управлений координации занятости и социальных программ "
            "областей (список прилагается).")
    para(d, "Повестка дня:", bold=True)
    para(d, "1. О состоянии оказания государственных услуг «Назначение государственного пособия многодетным матерям» "
            "и «Назначение специальной социальной выплаты» за IV квартал 2026 года.\n"
            "2. О консультировании услугополучателей Единым контакт-центром 1414 и обучении его сотрудников.\n"
            "3. Разное.")
    para(d, "Заслушав и обсудив выступления докладчиков, участники совещания РЕШИЛИ:", bold=True)
    para(d, "1. Информацию Департамента социальной помощи (Жунусова А.Б.) принять к сведению.", align="j")
    para(d, "2. Департаменту социальной помощи совместно с Комитетом труда и социальной защиты в срок до 26 февраля 2027 года "
            "провести обучение сотрудников Единого контакт-центра по государственным услугам № 00601012 и № 00601015 "
            "с последующим оформлением протокола принятия услуг для консультирования в порядке, "
            "предусмотренном Правилами взаимодействия.", align="j")
    para(d, "3. Единому контакт-центру (по согласованию) направить в Министерство перечень вопросов, "
            "поступающих от услугополучателей, до 15 февраля 2027 года.", align="j")
    para(d, "4. Управлениям координации занятости и социальных программ областей обеспечить своевременное внесение "
            "данных о стадии оказания услуг в ИС Мониторинг.", align="j")
    para(d, "5. Контроль за исполнением настоящего протокола возложить на Департамент социальной помощи.", align="j")
    para(d, "\nВице-министр\t\t\t\t\t\tД. Сарыбаев")
    para(d, "\nПротокол вела: Оспанова Г.Е., тел. 8 (7172) 74-32-18", size=10)
    data = docx_bytes(d)
    name = "o01-minutes-interdepartmental.docx"
    save(name, data, other(name),
         context(MTSZN, [svc("00601012", "Назначение государственного пособия многодетным матерям"),
                         svc("00601015", "Назначение специальной социальной выплаты")],
                 "protocol", letter("ЕКЦ-2027/088", "2027-01-21", "О проведении обучения и подписании протокола"),
                 "file the minutes for information; the case keeps awaiting the signed training protocol", False),
         "other", "ru", "docx", "titled ПРОТОКОЛ, names the services and training of ЕКЦ staff, but it is a meeting's minutes with a future deadline")

def o02():
    body = """Құрметті әріптестер!

Ақпарат және мұрағат комитетінде 2027 жылғы 9 ақпанда өткен ведомствоаралық жұмыс тобы отырысының хаттамасын танысу үшін жолдаймыз.

ВЕДОМСТВОАРАЛЫҚ ЖҰМЫС ТОБЫ ОТЫРЫСЫНЫҢ
ХАТТАМАСЫ № 3

Астана қ.                                                2027 жылғы 9 ақпан

Қатысқандар: Комитет төрағасының орынбасары Б.Т. Жолдасбеков (төраға), мемлекеттік көрсетілетін қызметтер бөлімінің қызметкерлері, «Азаматтарға арналған үкімет» мемлекеттік корпорациясының өкілі, Бірыңғай байланыс орталығының өкілі (онлайн).

Күн тәртібі:
1. «Мұрағаттық анықтама беру» мемлекеттік көрсетілетін қызметін (№ 00703004) цифрландыру барысы туралы.
2. Бірыңғай байланыс орталығының операторларын оқыту кестесі туралы.

ШЕШІМ:
1.1. Ақпарат назарға алынсын.
2.1. Мемлекеттік көрсетілетін қызметтер бөлімі (Сәрсенова Г.М.) 2027 жылғы наурыздың бірінші онкүндігінде Бірыңғай байланыс орталығының қызметкерлеріне оқыту өткізсін, оқыту нәтижесі бойынша хаттама ресімделсін.
2.2. Оқыту күні Бірыңғай байланыс орталығымен қосымша келісілсін.

Төраға                         Б. Жолдасбеков
Хатшы                          А. Нұрмағанбетова

--
Нұрмағанбетова Әсем
Ақпарат және мұрағат комитеті
тел.: 8 (7172) 74-08-53
"""
    ent = text_part(body, "plain", "utf-8", "quoted-printable")
    msg = message([("From", addr("Нұрмағанбетова Әсем", "a.nurmaganbetova@madeniet-min.gov.kz")),
                   ("To", EKC), ("Date", "Wed, 10 Feb 2027 16:42:07 +0500"),
                   ("Subject", enc_hdr("Хаттама № 3 / ведомствоаралық жұмыс тобы"))], ent)
    name = "o02-minutes-kk-body.eml"
    save(name, msg, other("body"),
         context(MKI, [svc("00703004", "Выдача архивной справки")], "protocol",
                 letter("ЕКЦ-2027/102", "2027-01-27", "О проведении обучения сотрудников ЕКЦ"),
                 "note the planned training date; still awaiting the signed protocol", False),
         "other", "kk", "eml", "Kazakh minutes titled ХАТТАМА with a registry number and a decision to train ЕКЦ staff later")

def o03():
    d = new_doc(size=12)
    para(d, "ПРОЕКТ", bold=True, align="r")
    para(d, "ПРОТОКОЛ\nпринятия Единым контакт-центром государственных услуг для консультирования", bold=True, align="c")
    para(d, "г. Астана\t\t\t\t\t\t«___» ____________ 2027 г.")
    para(d, "Ответственное лицо Комитета государственных доходов Министерства финансов Республики Казахстан "
            "провело обучение сотрудников Единого контакт-центра по вопросам оказания следующих государственных услуг:", align="j")
    table(d, [["№", "Номер услуги в Реестре", "Наименование государственной услуги"],
              ["1", "00501033", "Регистрационный учет лица, занимающегося частной практикой"],
              ["2", "00501041", "Выдача справки об отсутствии (наличии) налоговой задолженности"]], size=11)
    para(d, "По итогам обучения указанные государственные услуги принимаются Единым контакт-центром для консультирования "
            "услугополучателей.", align="j")
    para(d, "От Комитета государственных доходов:\n____________________ /                           /\n\n"
            "От Единого контакт-центра:\n____________________ /                           /")
    att = docx_bytes(d)
    html = outlook_html(ps(
        "Добрый день!", "",
        "Направляем <b>проект протокола</b> принятия Единым контакт-центром государственных услуг для консультирования "
        "(услуги 00501033, 00501041).",
        "Просим согласовать проект и в случае наличия замечаний сообщить до 12.02.2027 г. После согласования протокол "
        "будет подписан сторонами в установленном порядке.", "",
        "С уважением,",
        "Тулегенова Жанар Бекболатовна",
        "главный эксперт Управления государственных услуг",
        "Комитет государственных доходов МФ РК",
        "тел. 8 (7172) 71-88-04"))
    plain = ("Добрый день!\n\nНаправляем проект протокола принятия Единым контакт-центром государственных услуг для "
             "консультирования (услуги 00501033, 00501041).\nПросим согласовать проект и в случае наличия замечаний сообщить "
             "до 12.02.2027 г. После согласования протокол будет подписан сторонами в установленном порядке.\n\nС уважением,\n"
             "Тулегенова Жанар Бекболатовна\nглавный эксперт Управления государственных услуг\nКомитет государственных доходов МФ РК\n"
             "тел. 8 (7172) 71-88-04\n")
    fn = "Проект протокола ЕКЦ.docx"
    ent = multipart("mixed", [alt(plain, html), att_part(fn, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    msg = message([("From", addr("Тулегенова Жанар Бекболатовна", "zh.tulegenova@minfin-kgd.gov.kz")),
                   ("To", addr("Единый контакт-центр", EKC)), ("Date", "Mon, 08 Feb 2027 11:05:51 +0500"),
                   ("Subject", enc_hdr("Проект протокола - просим согласовать")),
                   ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", enc_hdr("Проект протокола - просим согласовать"))], ent)
    name = "o03-draft-protocol-for-agreement.eml"
    save(name, msg, other("body", fn),
         context(KGD, [svc("00501033", "Регистрационный учет лица, занимающегося частной практикой"),
                       svc("00501041", "Выдача справки об отсутствии (наличии) налоговой задолженности")],
                 "protocol", letter("ЕКЦ-2027/095", "2027-01-25", "О проведении обучения"),
                 "agree the draft (or send remarks); the case still awaits the signed protocol", False),
         "other", "ru", "eml+docx", "draft protocol with the services table and a blank date, sent 'просим согласовать'")

def o04():
    p = Pdf(fs=11)
    p.text("ТҮРКІСТАН ОБЛЫСЫ ӘКІМІНІҢ АППАРАТЫ", fs=12, font="DVB", align="c")
    p.text("161200, Түркістан қ., Тәуке хан даңғылы, 5 | тел. 8 (72533) 5-11-40", fs=9, align="c")
    p.space(6)
    p.text("2027 жылғы 11 ақпан № 04-12/388", fs=10)
    p.text("Бірыңғай байланыс орталығына", fs=11, align="r")
    p.space(6)
    p.text("Сіздің 2027 жылғы 26 қаңтардағы № ЕКЦ-2027/099 хатыңызға қатысты мемлекеттік көрсетілетін қызметтерді "
           "консультациялау үшін қабылдау хаттамасының жобасын жолдаймыз. Жобаны келісуіңізді сұраймыз. "
           "Ескертулер болған жағдайда 2027 жылғы 17 ақпанға дейін хабарлауыңызды өтінеміз.")
    p.space(10)
    p.text("ЖОБА", font="DVB", align="r")
    p.text("ХАТТАМА", font="DVB", align="c")
    p.text("мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультациялау үшін қабылдауы туралы", align="c")
    p.text("Түркістан қ.                                                          2027 жылғы «____» __________")
    p.grid([["№", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы"],
            ["1", "00405017", "Жер учаскесіне сәйкестендіру құжатын дайындау"],
            ["2", "00405023", "Елді мекен шегіндегі жер учаскесінің нысаналы мақсатын өзгерту"]], [30, 110, 310], fs=9)
    p.text("Облыс әкімі аппаратының өкілі: ______________\nБірыңғай байланыс орталығының өкілі: ______________")
    p.space(14)
    p.text("Аппарат басшысының орынбасары                         Қ. Әбдіқадыров", font="DVB")
    p.space(6)
    p.text("Орынд.: Төлеубаева М., 8 (72533) 5-12-07", fs=8)
    data = p.bytes()
    name = "o04-draft-protocol-kk.pdf"
    save(name, data, other(name),
         context(TURK, [svc("00405017", "Изготовление идентификационного документа на земельный участок"),
                        svc("00405023", "Изменение целевого назначения земельного участка в пределах населенного пункта")],
                 "protocol", letter("ЕКЦ-2027/099", "2027-01-26", "О проведении обучения и подписании протокола"),
                 "agree the draft protocol; the signed protocol is still awaited", False),
         "other", "kk", "pdf", "Kazakh ХАТТАМА ЖОБАСЫ with services table and empty date; answers our letter")

def o05():
    body = """Уважаемые коллеги!

Министерство здравоохранения Республики Казахстан приглашает ответственных сотрудников Единого контакт-центра на обучающий семинар по вопросам оказания государственных услуг:
- «Выдача лицензии на медицинскую деятельность» (00801004);
- «Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь» (00801011).

Дата и время: 18 февраля 2027 г., 15:00 (время Астаны).
Место: г. Астана, ул. Мәңгілік Ел, 8, подъезд 5, каб. 405, или подключение по ссылке Zoom (будет направлена за день до семинара).

Просим до 15 февраля сообщить ФИО участников (не более 5 человек) по телефону 8 (7172) 74-36-19 или ответным письмом.

Повестка прилагается в тексте письма:
15:00-15:20 - изменения в порядке лицензирования медицинской деятельности;
15:20-16:00 - прикрепление к организациям ПМСП через портал eGov и мобильное приложение;
16:00-16:30 - ответы на вопросы.

С уважением,
Департамент организации медицинской помощи
Министерство здравоохранения РК

----------
Бул хат автоматты турде жіберілмеген. Конфиденциалды ақпарат болуы мүмкін.
"""
    ent = text_part(body, "plain", "utf-8", "8bit")
    msg = message([("From", addr("ДОМП МЗ РК", "domp@densaulyq-min.gov.kz")), ("To", EKC),
                   ("Cc", "a.seitkali@densaulyq-min.gov.kz"),
                   ("Date", "Thu, 11 Feb 2027 09:31:44 +0500"),
                   ("Subject", enc_hdr("Приглашение на обучение сотрудников ЕКЦ 18.02.2027")),
                   ("User-Agent", "Roundcube Webmail/1.6.5")], ent)
    name = "o05-invitation-training.eml"
    save(name, msg, other("body"),
         context(MZ, [svc("00801004", "Выдача лицензии на медицинскую деятельность"),
                      svc("00801011", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")],
                 "protocol", letter("ЕКЦ-2027/111", "2027-02-01", "О проведении обучения"),
                 "send the participants' names; the protocol is signed only after the training", False),
         "other", "ru", "eml", "invitation to the training the case waits for; services and registry numbers named, no protocol")

def o06():
    p = Pdf(fs=11)
    p.text("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ОҚУ-АҒАРТУ МИНИСТРЛІГІ", font="DVB", align="c")
    p.text("МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН", font="DVB", align="c")
    p.text("010000, Астана қ., Мәңгілік Ел д-лы, 8, «Министрліктер үйі», 11-кіреберіс", fs=8, align="c")
    p.space(10)
    p.text("Мүдделі мемлекеттік органдарға және ұйымдарға\n(тізім бойынша)", align="r")
    p.space(8)
    p.text("ШАҚЫРУ", font="DVB", align="c")
    p.text("Қазақстан Республикасы Оқу-ағарту министрлігі 2027 жылғы 4 наурызда сағат 10:00-де "
           "«Білім беру саласындағы мемлекеттік көрсетілетін қызметтер: 2027 жылғы өзгерістер» тақырыбында "
           "республикалық семинар-кеңес өткізеді.")
    p.text("Семинарға облыстардың білім басқармаларының, аудандық білім бөлімдерінің, "
           "«Азаматтарға арналған үкімет» мемлекеттік корпорациясының және Бірыңғай байланыс орталығының "
           "өкілдерін шақырамыз.")
    p.text("Семинар бағдарламасы:\n1) мектепке дейінгі ұйымдарға кезекке қою тәртібі;\n"
           "2) жалпы білім беретін мектептерге қабылдау;\n3) жетім балаларға қамқоршылық белгілеу;\n"
           "4) сұрақтар мен жауаптар.")
    p.text("Өтетін орны: Астана қ., «Министрліктер үйі», 11-кіреберіс, 1-қабат, конференц-зал. "
           "Қатысушылардың тізімін 2027 жылғы 1 наурызға дейін seminar@oqu-min.gov.kz поштасына жіберуіңізді сұраймыз.")
    p.space(6)
    p.text("Приглашаем также представителей Единого контакт-центра. Семинар проводится на казахском и русском языках.", fs=10)
    p.space(14)
    p.text("Департамент директоры                                  Ә. Қалиева", font="DVB")
    data = p.bytes()
    name = "o06-seminar-invitation-kk.pdf"
    save(name, data, other(name),
         context(MP, [svc("00901027", "Постановка на очередь детей дошкольного возраста для направления в дошкольные организации")],
                 "consulting", None, "no action: a general seminar invitation, nothing to record in the case", False),
         "other", "kk+ru", "pdf", "seminar invitation about 2027 changes of services, addressed to many bodies")

def o07():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Бюллетень</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f3f5f8">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b4a8b;color:#fff;padding:18px 24px;font-size:20px">Әділет | Информационный бюллетень № 3 (февраль 2027)</td></tr>
<tr><td style="padding:18px 24px;font-size:14px;line-height:1.5">
<p>Уважаемые подписчики!</p>
<p>В выпуске — обзор изменений в стандартах и правилах оказания государственных услуг, принятых в январе 2027 года.</p>
<h3 style="color:#0b4a8b">1. Регистрация юридических лиц</h3>
<p>Приказом Министра юстиции Республики Казахстан от 14 января 2027 года № 22 внесены изменения в Правила оказания государственной услуги «Государственная регистрация юридических лиц и учетная регистрация филиалов и представительств»: сокращен срок оказания услуги с 3 до 1 рабочего дня.</p>
<h3 style="color:#0b4a8b">2. Апостилирование</h3>
<p>Приказ от 20 января 2027 года № 41 «О внесении изменений в приказ Министра юстиции Республики Казахстан от 28 мая 2020 года № 64» — уточнен перечень документов.</p>
<h3 style="color:#0b4a8b">3. Нотариат</h3>
<p>Готовятся изменения в порядок выдачи лицензии на занятие нотариальной деятельностью. Проект размещен на портале «Открытые НПА» до 1 марта 2027 года.</p>
<p style="font-size:12px;color:#666">Полный текст документов — в ИПС «Әділет» (adilet.zan.kz).</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #ddd">Вы получили это письмо, так как подписаны на рассылку пресс-службы Министерства юстиции.
<a href="https://news.adilet-min.gov.kz/unsubscribe?u=ekc-info">Отписаться</a></td></tr>
</table></body></html>"""
    ent = text_part(html, "html", "utf-8", "base64")
    msg = message([("From", addr("Пресс-служба Минюста", "news@adilet-min.gov.kz")), ("To", "undisclosed-recipients:;"),
                   ("Date", "Fri, 12 Feb 2027 18:00:02 +0500"),
                   ("Subject", enc_hdr("Информационный бюллетень № 3: изменения в стандартах госуслуг")),
                   ("List-Unsubscribe", "<https://news.adilet-min.gov.kz/unsubscribe?u=ekc-info>"),
                   ("Precedence", "bulk")], ent, msgid_domain="news.adilet-min.gov.kz")
    name = "o07-newsletter-changes.eml"
    save(name, msg, other("body"),
         context(MJ, [svc("01102005", "Государственная регистрация юридических лиц и учетная регистрация филиалов и представительств")],
                 "information", letter("ЕКЦ-2027/090", "2027-01-22", "О предоставлении информации по форме приложения 1"),
                 "ignore for the case: a mass newsletter is not the responsible person's notice", False),
         "other", "ru", "eml (html only)", "agency newsletter listing changed standards with order numbers; bulk, not addressed")

def o08():
    d = new_doc(font="Arial", size=11)
    para(d, "ДАЙДЖЕСТ\nизменений законодательства в сфере агропромышленного комплекса\nза январь 2027 года", bold=True, align="c")
    para(d, "Подготовлен Юридическим департаментом Министерства сельского хозяйства Республики Казахстан для информирования "
            "структурных подразделений, ведомств и территориальных подразделений.", italic=True, size=10)
    table(d, [["№", "Реквизиты акта", "Суть изменений", "Вступает в силу"],
              ["1", "Приказ Министра сельского хозяйства РК от 08.01.2027 № 3",
               "Изменения в Правила субсидирования развития племенного животноводства", "23.01.2027"],
              ["2", "Приказ и.о. Министра сельского хозяйства РК от 15.01.2027 № 19",
               "Новая редакция Правил оказания государственной услуги «Выдача ветеринарного сертификата на перемещаемые объекты»", "с 1 марта 2027"],
              ["3", "Совместный приказ от 22.01.2027 № 27 / № 41",
               "Перечень видов продукции, подлежащей ветеринарному контролю", "после официального опубликования"],
              ["4", "Приказ Министра сельского хозяйства РК от 29.01.2027 № 44",
               "Изменения в форму заявки на получение субсидий по удобрениям", "09.02.2027"]], size=9)
    para(d, "")
    para(d, "Дайджест носит информационный характер и не является официальным разъяснением. По вопросам применения "
            "актов обращаться в профильные департаменты.", size=9, italic=True)
    data = docx_bytes(d)
    name = "o08-digest-standards.docx"
    save(name, data, other(name),
         context(MSH, [svc("00706019", "Выдача ветеринарного сертификата на перемещаемые объекты")], "consulting", None,
                 "no action: a general digest; a change notice must come from the responsible person for the service", False),
         "other", "ru", "docx", "table of changed acts incl. a new edition of the service's rules, but a general digest")

def o09():
    d = new_doc()
    para(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ АУЫЛ ШАРУАШЫЛЫҒЫ МИНИСТРЛІГІНІҢ\nЖЕР РЕСУРСТАРЫН БАСҚАРУ КОМИТЕТІ", bold=True, align="c", size=11)
    para(d, "КОМИТЕТ ПО УПРАВЛЕНИЮ ЗЕМЕЛЬНЫМИ РЕСУРСАМИ\nМИНИСТЕРСТВА СЕЛЬСКОГО ХОЗЯЙСТВА РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=11)
    para(d, "ПРИКАЗ", bold=True, align="c", size=14)
    para(d, "от 1 февраля 2027 года\t\t\t\t\t\t№ 17-л/с\nг. Астана")
    para(d, "О назначении", bold=True)
    para(d, "В соответствии с Законом Республики Казахстан «О государственной службе Республики Казахстан» и на основании "
            "решения конкурсной комиссии от 27 января 2027 года ПРИКАЗЫВАЮ:", align="j")
    para(d, "1. Назначить Касымова Бауыржана Маратовича на должность руководителя Управления государственного "
            "земельного кадастра Комитета по управлению земельными ресурсами Министерства сельского хозяйства "
            "Республики Казахстан с 2 февраля 2027 года с должностным окладом согласно штатному расписанию.", align="j")
    para(d, "2. Управлению персоналом (Мухамеджанова Р.С.) ознакомить Касымова Б.М. с настоящим приказом.", align="j")
    para(d, "3. Настоящий приказ вступает в силу со дня подписания.", align="j")
    para(d, "Основание: заявление Касымова Б.М. от 28.01.2027 г.", size=11)
    para(d, "\nПредседатель Комитета\t\t\t\t\tЕ. Тасболатов")
    para(d, "\nС приказом ознакомлен: ______________ «___» ________ 2027 г.", size=10)
    data = docx_bytes(d)
    name = "o09-order-new-head.docx"
    save(name, data, other(name),
         context(ZEM, [svc("00404008", "Выдача кадастрового паспорта объекта недвижимости")], "appointment",
                 letter("ЕКЦ-2027/084", "2027-01-19", "О назначении ответственного лица"),
                 "no effect: a staffing order for a head of department, not the person responsible for the ЕКЦ correspondence", False),
         "other", "ru+kk", "docx", "order 'Назначить Касымова...' arrives while the case awaits an appointment")

def o10():
    body = """Бірыңғай байланыс орталығына
ақпарат үшін

ТҮРКІСТАН ОБЛЫСЫ ӘКІМІНІҢ ӨКІМІ
2027 жылғы 3 ақпан                № 45-ж
Түркістан қаласы

Жақсылықов Н.С. туралы

Қазақстан Республикасының «Қазақстан Республикасының мемлекеттік қызметі туралы» Заңына сәйкес:
1. Жақсылықов Нұрлан Серікұлы Түркістан облысы әкімі аппаратының мемлекеттік қызметтер сапасын бақылау бөлімінің басшысы лауазымына 2027 жылғы 4 ақпаннан бастап тағайындалсын.
2. Осы өкімнің орындалуын бақылау облыс әкімі аппаратының басшысына жүктелсін.

Облыс әкімі                               Д. Сатыбалды

---
РАСПОРЯЖЕНИЕ АКИМА ТУРКЕСТАНСКОЙ ОБЛАСТИ от 3 февраля 2027 года № 45-л (перевод для сведения):
Назначить Жаксылыкова Нурлана Сериковича руководителем отдела контроля качества государственных услуг аппарата акима области с 4 февраля 2027 года.

Кадр бөлімі / Отдел кадров, 8 (72533) 5-10-88
"""
    ent = text_part(body, "plain", "utf-8", "base64")
    msg = message([("From", addr("Кадр қызметі", "kadr@turkistan-akimat.gov.kz")), ("To", EKC),
                   ("Date", "Thu, 04 Feb 2027 10:12:00 +0500"),
                   ("Subject", enc_hdr("Өкім № 45-ж / Распоряжение о назначении"))], ent)
    name = "o10-order-appointment-kk.eml"
    save(name, msg, other("body"),
         context(TURK, [svc("00405017", "Изготовление идентификационного документа на земельный участок")], "appointment",
                 letter("ЕКЦ-2027/081", "2027-01-18", "О назначении ответственного лица"),
                 "no effect: appointment of a head of department by order; the case still awaits the responsible person", False),
         "other", "kk+ru", "eml", "Kazakh/Russian order 'тағайындалсын / назначить' while awaiting an appointment")

def o11():
    body = """Добрый день.

На Ваш запрос исх. № ЕКЦ-2027/093 от 25.01.2027 г. о представлении информации по государственным услугам «Выдача разрешения на временное проживание иностранцам и лицам без гражданства» (00302018) и «Продление срока временного проживания» (00302021) сообщаем следующее.

В настоящее время информация по форме приложения 1 к Правилам взаимодействия находится на согласовании в структурных подразделениях Комитета и территориальных департаментах миграционной службы, в связи с изменением регламентирующих документов.

Информация будет направлена в Ваш адрес дополнительно, ориентировочно до 22 февраля 2027 года.

С уважением,
Управление организации миграционного контроля
Комитет миграционной службы МВД РК
Исп.: Бекмуханов Д., тел. 8 (7172) 71-27-60
"""
    ent = text_part(body, "plain", "windows-1251", "quoted-printable")
    msg = message([("From", addr("Бекмуханов Дархан", "d.bekmukhanov@iim-migr.gov.kz", "windows-1251")), ("To", EKC),
                   ("Date", "Tue, 09 Feb 2027 17:55:10 +0500"),
                   ("Subject", enc_hdr("RE: Запрос ЕКЦ-2027/093 о представлении информации", "windows-1251"))], ent)
    name = "o11-info-will-follow.eml"
    save(name, msg, other("body"),
         context(KMS, [svc("00302018", "Выдача разрешения на временное проживание иностранцам и лицам без гражданства"),
                       svc("00302021", "Продление срока временного проживания")], "information",
                 letter("ЕКЦ-2027/093", "2027-01-25", "О представлении информации по форме приложения 1"),
                 "note the promised date; keep awaiting the Appendix 1 information", False),
         "other", "ru", "eml (windows-1251 QP)", "answers our letter by number and names services, but only promises the information later")

def o12():
    txt = """ПАВЛОДАР ОБЛЫСЫНЫҢ ВЕТЕРИНАРИЯ БАСҚАРМАСЫ
140000, Павлодар қ., Академик Сәтпаев к-сі, 49
Шығ. № 02-11/214                    2027 жылғы 8 ақпан

Бірыңғай байланыс орталығына

Сіздің 2027 жылғы 28 қаңтардағы № ЕКЦ-2027/105 сұрау салуыңызға жауап ретінде хабарлаймыз.

«Ветеринариялық анықтама беру» (№ 00706021) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығына ұсынылатын ақпарат (1-қосымшаның нысаны бойынша) қазіргі уақытта дайындалу үстінде. Облыстық ветеринариялық станцияның аудандық филиалдарынан мәліметтер жинақталуда.

Ақпарат қосымша жіберілетін болады.

Басшының орынбасары                           С. Қайырбеков

Орынд.: Мұратова Ә.Е.
тел.: 8 (7182) 32-54-19
"""
    name = "o12-info-later-kk.txt"
    save(name, txt.encode("utf-8"), other(name),
         context(PAVL, [svc("00706021", "Выдача ветеринарной справки")], "information",
                 letter("ЕКЦ-2027/105", "2027-01-28", "О представлении информации по форме приложения 1"),
                 "keep awaiting the Appendix 1 form", False),
         "other", "kk", "txt", "Kazakh 'ақпарат қосымша жіберілетін болады' with our letter's number and a registry number")

def o13():
    body = """Здравствуйте!

Я нахожусь в ежегодном трудовом отпуске с 08.02.2027 по 22.02.2027 включительно, доступ к почте ограничен.

По вопросам взаимодействия с Единым контакт-центром на период моего отсутствия просьба обращаться к Сериковой Айнур Болатовне, главному специалисту отдела, тел. 8 (7212) 41-05-77, a.serikova@akimat-qaragandy.gov.kz.

По срочным вопросам - приемная: 8 (7212) 41-00-10.

С уважением,
Жанибекова Салтанат
"""
    ent = text_part(body, "plain", "utf-8", "quoted-printable")
    msg = message([("From", addr("Жанибекова Салтанат Ерболовна", "s.zhanibekova@akimat-qaragandy.gov.kz")),
                   ("To", EKC), ("Date", "Mon, 08 Feb 2027 08:00:41 +0500"),
                   ("Subject", enc_hdr("Автоматический ответ: Напоминание: запрос ЕКЦ-2027/087")),
                   ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("X-MS-Exchange-Inbox-Rules-Loop", "s.zhanibekova@akimat-qaragandy.gov.kz")], ent)
    name = "o13-out-of-office-ru.eml"
    save(name, msg, other("body"),
         context(AKRG, [svc("00405011", "Выдача решения на изменение целевого назначения земельного участка"),
                        svc("00405012", "Выдача разрешения на использование земельного участка для изыскательских работ")],
                 "information", letter("ЕКЦ-2027/087", "2027-01-20", "О представлении информации по форме приложения 1"),
                 "no change of the responsible person: an out-of-office naming a stand-in for two weeks", False),
         "other", "ru", "eml", "auto-reply names a substitute with position, phone and e-mail (looks like a responsible change)")

def o14():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial;font-size:11pt">
<p>Сәлеметсіз бе!</p>
<p>Мен 2027 жылғы 15 ақпанға дейін іссапардамын. Хатыңыз оралғаннан кейін қаралады.</p>
<p>Шұғыл мәселелер бойынша: 8 (7252) 53-44-18.</p>
<hr>
<p>Здравствуйте! Я нахожусь в командировке до 15 февраля 2027 года. Ваше письмо будет рассмотрено после возвращения.</p>
<p>Әбілқасымов Талғат<br>Шымкент қаласы Абай ауданы әкімінің аппараты</p>
</div></body></html>"""
    ent = text_part(html, "html", "utf-8", "base64")
    msg = message([("From", addr("Әбілқасымов Талғат", "t.abilkasymov@shymkent-akimat.gov.kz")), ("To", EKC),
                   ("Date", "Tue, 09 Feb 2027 12:20:13 +0500"),
                   ("Subject", enc_hdr("Автоматты жауап: О назначении ответственного лица (ЕКЦ-2027/110)")),
                   ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")], ent)
    name = "o14-auto-reply-kk-ru.eml"
    save(name, msg, other("body"),
         context(ABAY, [svc("00405031", "Выдача справки о наличии личного подсобного хозяйства")], "appointment",
                 letter("ЕКЦ-2027/110", "2027-02-01", "О назначении ответственного лица"),
                 "no effect: auto-reply; keep waiting for the appointment", False),
         "other", "kk+ru", "eml (html only)", "Kazakh/Russian auto-reply whose subject repeats 'О назначении ответственного лица'")

def o15():
    body = """Коллеги, добрый день.
Для сведения направляем ответ, данный ТОО «АгроДата Консалт» по их запросу. Возможно, к вам будут обращения по этому вопросу.

Сәрсенбаев Ерболат
Департамент земельных отношений

-------- Пересылаемое сообщение --------
От: Канцелярия КУЗР <zher@agro-min.gov.kz>
Кому: office@agrodata-consult.kz
Дата: 05.02.2027 15:47
Тема: Ответ на обращение № ЗТ-2027-01544

Директору ТОО «АгроДата Консалт»
Ахметжанову К.Т.

Комитет по управлению земельными ресурсами Министерства сельского хозяйства Республики Казахстан, рассмотрев Ваше обращение от 22 января 2027 года № ЗТ-2027-01544 о предоставлении выгрузки сведений из государственного земельного кадастра по Акмолинской области, сообщает следующее.

В предоставлении запрашиваемых сведений отказано, поскольку выгрузка содержит персональные данные правообладателей земельных участков, доступ к которым ограничен законом.

Сведения о конкретном земельном участке могут быть получены правообладателем через портал «электронного правительства» в виде государственной услуги «Выдача кадастрового паспорта объекта недвижимости».

В случае несогласия с ответом Вы вправе обжаловать его в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан.

Заместитель председателя                 А. Шалабаев
Исп. Нургалиева М., 8 (7172) 55-63-21
"""
    ent = text_part(body, "plain", "utf-8", "8bit")
    msg = message([("From", addr("Сәрсенбаев Ерболат", "e.sarsenbayev@agro-min.gov.kz")), ("To", EKC),
                   ("Date", "Mon, 08 Feb 2027 10:03:19 +0500"),
                   ("Subject", enc_hdr("Fwd: Ответ на обращение № ЗТ-2027-01544")),
                   ("User-Agent", "Mozilla Thunderbird")], ent)
    name = "o15-forwarded-refusal-to-company.eml"
    save(name, msg, other("body"),
         context(ZEM, [svc("00404008", "Выдача кадастрового паспорта объекта недвижимости")], "information",
                 letter("ЕКЦ-2027/084", "2027-01-19", "О представлении информации по форме приложения 1"),
                 "for information only: the refusal was given to a company, not to the contact centre's request", False),
         "other", "ru", "eml", "forwarded refusal with a reason about data protected by law, but addressed to a company")

def o16():
    p = Pdf(fs=10.5)
    p.text("УПРАВЛЕНИЕ ОБЩЕСТВЕННОГО ЗДРАВООХРАНЕНИЯ ГОРОДА АЛМАТЫ", font="DVB", align="c")
    p.text("050000, г. Алматы, пр. Абылай хана, 91  тел.: 8 (727) 241-77-02", fs=8, align="c")
    p.space(8)
    p.text("№ 07-3/1188 от 03.02.2027", fs=10)
    p.text("Гражданке Омаровой Дане Руслановне\nг. Алматы, мкр. Самал-2, д. 58, кв. 14\n\nКопия: Единый контакт-центр (для сведения)", align="r")
    p.space(8)
    p.text("Мотивированный отказ в оказании государственной услуги", font="DVB", align="c")
    p.text("Управление общественного здравоохранения города Алматы, рассмотрев Ваше заявление от 20 января 2027 года "
           "№ KZ45RJK00012345 на получение государственной услуги «Выдача лицензии на фармацевтическую деятельность» "
           "(№ 00801021), сообщает следующее.")
    p.text("По результатам проверки представленных документов установлено несоответствие помещения аптеки "
           "квалификационным требованиям: не представлены сведения о наличии на праве собственности или ином законном "
           "основании помещения, соответствующего требованиям санитарных правил.")
    p.text("На основании подпункта 2) статьи 19 Закона Республики Казахстан «О государственных услугах» Вам отказано в "
           "оказании государственной услуги. Повторное обращение возможно после устранения указанных замечаний.")
    p.text("Настоящий отказ может быть обжалован в порядке, установленном Административным процедурно-процессуальным "
           "кодексом Республики Казахстан.")
    p.space(16)
    p.text("Заместитель руководителя управления                       Н. Есжанов", font="DVB")
    p.space(4)
    p.text("Исп.: Калмаханова Ж., 8 (727) 241-77-15", fs=8)
    data = p.bytes()
    name = "o16-refusal-to-citizen-copy.pdf"
    save(name, data, other(name),
         context(UZALM, [svc("00801021", "Выдача лицензии на фармацевтическую деятельность")], "consulting", None,
                 "for information: a refusal of a service to a citizen, copied to the contact centre", False),
         "other", "ru", "pdf", "'Мотивированный отказ' with a registry number and a legal ground; the refusal is to a citizen")

def o17():
    d = new_doc(size=12)
    para(d, "Министру труда и социальной защиты населения\nРеспублики Казахстан\nот Ильясова Марата Жумабаевича,\n"
            "проживающего: г. Костанай, ул. Тәуелсіздік, 112-37\nтел. 8 705 318 44 02", align="r")
    para(d, "ЖАЛОБА", bold=True, align="c")
    para(d, "Я обратился 11 января 2027 года через портал eGov за назначением специальной социальной выплаты "
            "(работник вредного производства). Заявление было принято, но до сих пор, уже месяц, никакого ответа. "
            "Звонил в контакт-центр 1414 три раза, оператор каждый раз говорил подождать, а в отделе занятости "
            "говорят, что документы потерялись при передаче в Государственную корпорацию.", align="j")
    para(d, "Прошу разобраться, назначить мне выплату с даты обращения и привлечь виновных к ответственности.", align="j")
    para(d, "09.02.2027\t\t\t\t\t\tИльясов М.Ж. /подпись/")
    att = docx_bytes(d)
    html = outlook_html(ps("Уважаемые коллеги!", "",
                           "Направляем для сведения копию жалобы гр. Ильясова М.Ж., поступившей в Министерство "
                           "(вх. № ЖТ-2027-00612 от 09.02.2027). В жалобе упоминается консультирование по номеру 1414.",
                           "Ответ заявителю будет дан Министерством в установленный срок.", "",
                           "Отдел по работе с обращениями граждан",
                           "МТСЗН РК"))
    fn = "Жалоба Ильясов М.Ж..docx"
    ent = multipart("mixed", [text_part(html, "html", "utf-8", "base64"),
                              att_part(fn, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", style="encoded-word")])
    msg = message([("From", addr("Обращения граждан МТСЗН", "obrashcheniya@enbek-min.gov.kz")), ("To", EKC),
                   ("Date", "Wed, 10 Feb 2027 14:48:30 +0500"),
                   ("Subject", enc_hdr("Копия жалобы гр. Ильясова М.Ж. - для сведения"))], ent)
    name = "o17-citizen-complaint-copy.eml"
    save(name, msg, other("body", fn),
         context(MTSZN, [svc("00601015", "Назначение специальной социальной выплаты")], "consulting", None,
                 "for information: a citizen's complaint; nothing to change in the service's data", False),
         "other", "ru", "eml (html) + docx", "copy of a citizen's complaint naming the service and the 1414 line")

def o18():
    txt = """Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасына
Ақтау қ., 14 ш/а, 3 үй, 58 пәтерде тұратын
Досжанов Ерлан Қайратұлынан
тел.: +7 701 552 19 08

А Р Ы З

Мен 2027 жылғы 18 қаңтарда «Тасымалдаушының автобустарын, шағын автобустарын жолаушыларды тасымалдау талаптарына сәйкестігі туралы куәлік беру» қызметіне электрондық үкімет порталы арқылы өтініш бердім. Мерзімі өтіп кетті, бірақ жауап жоқ. 1414 байланыс орталығына хабарласқанымда, оператор мәселенің басқармада екенін айтты.

Өтінішімді қарап, куәлікті беруді сұраймын.

2027 жылғы 2 ақпан                              Досжанов Е.Қ.

---
Бірыңғай байланыс орталығына ақпарат үшін жолданады.
Басқарманың құжаттамалық қамтамасыз ету бөлімі
"""
    name = "o18-complaint-copy-kk.txt"
    save(name, txt.encode("utf-8"), other(name),
         context(MANG, [svc("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")],
                 "consulting", None, "for information: a citizen's application (арыз) copied to the contact centre", False),
         "other", "kk", "txt", "Kazakh citizen's complaint forwarded 'ақпарат үшін'; names the service")

def o19():
    body = """Уважаемые коллеги!

Информируем, что Министерством промышленности и строительства разработан проект приказа «О внесении изменений в приказ Министра индустрии и инфраструктурного развития Республики Казахстан от 31 марта 2020 года № 169 «Об утверждении Правил оказания государственной услуги «Выдача лицензии на изыскательскую деятельность» (реестровый № 01204003).

Проект предусматривает:
- сокращение срока оказания услуги с 10 до 5 рабочих дней;
- исключение требования о представлении копии штатного расписания;
- новую форму заявления.

В настоящее время проект проходит согласование с заинтересованными государственными органами и размещен на портале «Открытые НПА». После его утверждения и государственной регистрации в Министерстве юстиции актуализированная информация будет направлена в Единый контакт-центр в установленном порядке.

До вступления изменений в силу просим консультировать услугополучателей по действующей редакции Правил.

С уважением,
Комитет по делам строительства и ЖКХ
Исп.: Ержанова Б.К., 8 (7172) 75-24-16
"""
    html = outlook_html(ps(*[l.replace("«", "&laquo;").replace("»", "&raquo;") for l in body.split("\n")]), "windows-1251")
    ent = alt(body, html, "windows-1251", "quoted-printable")
    msg = message([("From", addr("Ержанова Ботагоз Калиевна", "b.erzhanova@ondiris-min.gov.kz", "windows-1251")), ("To", EKC),
                   ("Date", "Thu, 11 Feb 2027 15:12:56 +0500"),
                   ("Subject", enc_hdr("Об изменениях в правила оказания госуслуги 01204003 (проект)", "windows-1251")),
                   ("X-Mailer", "Microsoft Outlook 16.0")], ent)
    name = "o19-change-after-approval.eml"
    save(name, msg, other("body"),
         context(MPS, [svc("01204003", "Выдача лицензии на изыскательскую деятельность")], "consulting", None,
                 "no update yet: the change is a draft, the agency will send the new data after approval", False),
         "other", "ru", "eml (windows-1251, Outlook)", "describes changes to the service's rules with order numbers, but only a draft not yet in force")

def o20():
    d = new_doc(size=12)
    para(d, "Жоба / Проект", italic=True, align="r")
    para(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЭКОЛОГИЯ ЖӘНЕ ТАБИҒИ РЕСУРСТАР МИНИСТРІНІҢ\nБҰЙРЫҒЫ", bold=True, align="c")
    para(d, "2027 жылғы «___» _________ № ____\tАстана қаласы")
    para(d, "«Табиғат пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет қағидаларын бекіту туралы бұйрыққа "
            "өзгерістер енгізу туралы", bold=True, align="c")
    para(d, "БҰЙЫРАМЫН:", bold=True)
    para(d, "1. «Табиғат пайдалануға рұқсат беру» мемлекеттік көрсетілетін қызмет қағидаларын бекіту туралы "
            "Қазақстан Республикасы Экология министрінің 2020 жылғы 22 маусымдағы № 144 бұйрығына (тізілімдегі № 00707012) "
            "мынадай өзгерістер енгізілсін: қызмет көрсету мерзімі 15 жұмыс күнінен 10 жұмыс күніне дейін қысқартылсын.", align="j")
    para(d, "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.", align="j")
    para(d, "Министр\t\t\t\t\t\t_____________")
    para(d, "")
    para(d, "Пояснение для ЕКЦ: настоящий проект направляется для сведения. Изменения вступят в силу только после "
            "утверждения приказа и его официального опубликования; до этого информация по услуге не меняется.", italic=True, size=11)
    data = docx_bytes(d)
    name = "o20-draft-order-change-kk.docx"
    save(name, data, other(name),
         context(MEKO, [svc("00707012", "Выдача разрешения на природопользование")], "consulting", None,
                 "no update: a draft order; the standard changes only after approval and publication", False),
         "other", "kk+ru", "docx", "Kazakh draft order changing the service's rules (blank date and number), with a Russian note")

def o21():
    html = outlook_html(ps(
        "Уважаемая Гульмира Ермековна!", "",
        "Министерство труда и социальной защиты населения выражает благодарность оператору Единого контакт-центра "
        "<b>Абдрахмановой Аяжан</b> (смена 12.02.2027, 10:40) за корректное и подробное консультирование "
        "услугополучателя по вопросу назначения пособия многодетным матерям.",
        "Гражданка Ким О.В. обратилась в Министерство с отдельным письмом благодарности, копию прилагаем ниже.", "",
        "<i>«Спасибо девушке из 1414, объяснила всё, что не смогли объяснить в отделе занятости. Ким О.В.»</i>", "",
        "С уважением,",
        "Оспанова Гаухар Ерлановна",
        "главный эксперт Департамента социальной помощи",
        "тел. 8 (7172) 74-32-18"))
    ent = text_part(html, "html", "utf-8", "quoted-printable")
    msg = message([("From", addr("Оспанова Гаухар Ерлановна", "g.ospanova@enbek-min.gov.kz")), ("To", EKC),
                   ("Date", "Mon, 15 Feb 2027 11:26:09 +0500"),
                   ("Subject", enc_hdr("Благодарность оператору ЕКЦ")), ("X-Mailer", "Microsoft Outlook 16.0")], ent)
    name = "o21-thanks-ekc-operator.eml"
    save(name, msg, other("body"),
         context(MTSZN, [svc("00601012", "Назначение государственного пособия многодетным матерям")], "consulting", None,
                 "pass to the contact centre's HR; no effect on the case", False),
         "other", "ru", "eml (html only)", "about the contact centre's own operator; sender is the responsible person")

def o22():
    d = new_doc(size=12)
    para(d, "АППАРАТ АКИМА КАРАГАНДИНСКОЙ ОБЛАСТИ", bold=True, align="c")
    para(d, "100008, г. Караганда, ул. Алиханова, 13\t\tИсх. № 3-14/702 от 12.02.2027", size=10)
    para(d, "Руководителю Единого контакт-центра", align="r")
    para(d, "О некорректном консультировании", bold=True)
    para(d, "В аппарат акима области 10 февраля 2027 года поступили три обращения граждан по государственной услуге "
            "«Выдача решения на изменение целевого назначения земельного участка» (00405011), в которых заявители "
            "ссылаются на консультацию, полученную по номеру 1414.", align="j")
    para(d, "Со слов заявителей, оператор сообщил, что услуга оказывается только в ЦОНе в бумажном виде, тогда как с "
            "1 января 2027 года она оказывается исключительно в электронной форме через портал eGov.", align="j")
    para(d, "Просим провести разъяснительную работу с операторами, рассмотреть вопрос о повторном инструктаже "
            "сотрудников и проинформировать нас о принятых мерах. Информация по услуге была направлена в ЕКЦ ранее "
            "и не изменялась.", align="j")
    para(d, "\nРуководитель отдела государственных услуг\t\t\tА. Нуржанов")
    para(d, "Исп.: Серикова А.Б., 8 (7212) 41-05-77", size=9)
    data = docx_bytes(d)
    name = "o22-complaint-about-ekc-staff.docx"
    save(name, data, other(name),
         context(AKRG, [svc("00405011", "Выдача решения на изменение целевого назначения земельного участка")], "consulting", None,
                 "an internal matter of the contact centre (operators' instruction); the service data is unchanged", False),
         "other", "ru", "docx", "complaint about ЕКЦ operators; says the data 'did not change' and mentions 1 January 2027")

def o23():
    report = """This is the mail system at host relay2.gov.kz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.kuanyshev@shymkent-akimat.gov.kz>: host mx.shymkent-akimat.gov.kz[10.14.2.8]
    said: 550 5.1.1 <r.kuanyshev@shymkent-akimat.gov.kz>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; relay2.gov.kz
X-Postfix-Queue-ID: 4Dk2Hx0nQzz1Hn
Arrival-Date: Tue,  2 Feb 2027 09:14:51 +0500 (+05)

Final-Recipient: rfc822; r.kuanyshev@shymkent-akimat.gov.kz
Original-Recipient: rfc822;r.kuanyshev@shymkent-akimat.gov.kz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.shymkent-akimat.gov.kz
Diagnostic-Code: smtp; 550 5.1.1 <r.kuanyshev@shymkent-akimat.gov.kz>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = ("From: " + addr("Единый контакт-центр", EKC) + "\nTo: r.kuanyshev@shymkent-akimat.gov.kz\n"
            "Subject: " + enc_hdr("О назначении ответственного лица (ЕКЦ-2027/110)") + "\n"
            "Date: Tue, 2 Feb 2027 09:14:48 +0500\nMessage-ID: <ekc-2027-110@ekc.gov.kz>\n")
    ent = multipart("report", [text_part(report, "plain", "us-ascii", "7bit"),
                               (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status.encode()),
                               (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig.encode())],
                    boundary="4Dk2Hx0nQzz1Hn.1801127691/relay2.gov.kz")
    ent = ([ent[0][0].replace("multipart/report;", 'multipart/report; report-type=delivery-status;')], ent[1])
    msg = message([("From", "MAILER-DAEMON@relay2.gov.kz (Mail Delivery System)"), ("To", EKC),
                   ("Date", "Tue,  2 Feb 2027 09:14:52 +0500 (+05)"),
                   ("Subject", "Undelivered Mail Returned to Sender"), ("Auto-Submitted", "auto-replied")], ent,
                  msgid_domain="relay2.gov.kz")
    name = "o23-bounce-dsn.eml"
    save(name, msg, other("body"),
         context(ABAY, [svc("00405031", "Выдача справки о наличии личного подсобного хозяйства")], "appointment",
                 letter("ЕКЦ-2027/110", "2027-02-01", "О назначении ответственного лица"),
                 "our request was not delivered: resend to the agency's office address; no reply yet", False),
         "other", "en", "eml (multipart/report)", "postfix bounce of our own request about appointing a responsible person")

def o24():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Не удалось доставить сообщение следующим получателям или группам:</font></b></p>
<p><a href="mailto:kense@bilim-zko.gov.kz">kense@bilim-zko.gov.kz</a><br>
Почтовый ящик получателя переполнен, и сейчас он не может принимать сообщения. Попробуйте отправить сообщение позже или свяжитесь с получателем напрямую.</p>
<p><font color="#808080" size="2" face="Tahoma">Диагностические сведения для администраторов:<br>
Создающий сервер: MAIL02.bilim-zko.gov.kz<br>
kense@bilim-zko.gov.kz<br>
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</font></p>
</body></html>"""
    inner = message([("From", addr("Единый контакт-центр", EKC)), ("To", "kense@bilim-zko.gov.kz"),
                     ("Date", "Fri, 5 Feb 2027 10:02:11 +0500"),
                     ("Subject", enc_hdr("Напоминание: представление информации по форме приложения 1 (ЕКЦ-2027/097)"))],
                    text_part("Уважаемые коллеги! Напоминаем о необходимости представить информацию по форме приложения 1 "
                              "к Правилам взаимодействия по услуге 00901031.\nЕдиный контакт-центр\n", "plain", "utf-8", "base64"),
                    msgid_domain="ekc.gov.kz")
    ent = multipart("report", [text_part(html, "html", "utf-8", "quoted-printable"),
                               (["Content-Type: message/delivery-status"],
                                b"Reporting-MTA: dns;MAIL02.bilim-zko.gov.kz\n\nFinal-recipient: RFC822; kense@bilim-zko.gov.kz\nAction: failed\nStatus: 5.2.2\n"),
                               (["Content-Type: message/rfc822"], inner)])
    ent = ([ent[0][0].replace("multipart/report;", 'multipart/report; report-type=delivery-status;')], ent[1])
    msg = message([("From", addr("Microsoft Outlook", "postmaster@bilim-zko.gov.kz")), ("To", EKC),
                   ("Date", "Fri, 5 Feb 2027 10:02:15 +0500"),
                   ("Subject", enc_hdr("Не доставлено: Напоминание: представление информации по форме приложения 1 (ЕКЦ-2027/097)"))], ent,
                  msgid_domain="MAIL02.bilim-zko.gov.kz")
    name = "o24-ndr-exchange-ru.eml"
    save(name, msg, other("body"),
         context(UOZKO, [svc("00901031", "Выдача дубликатов документов об основном среднем, общем среднем образовании")],
                 "information", letter("ЕКЦ-2027/097", "2027-01-26", "О представлении информации по форме приложения 1"),
                 "our reminder was not delivered (mailbox full); resend later", False),
         "other", "ru", "eml (Exchange NDR)", "Russian non-delivery report carrying our own reminder as message/rfc822")

def o25():
    p = Pdf(size=landscape(A4), fs=10)
    p.left = 50
    p.text("МИНИСТЕРСТВО ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН", font="DVB", align="c")
    p.text("010000, г. Астана, пр. Мәңгілік Ел, 8, подъезд 13", fs=8, align="c")
    p.text("Исх. № 6-2-1/И-518 от 09.02.2027", fs=9)
    p.text("Агентство Республики Казахстан по делам государственной службы\nДепартамент контроля качества государственных услуг\n"
           "(на № 05-04/311 от 27.01.2027)", align="r")
    p.space(4)
    p.text("На Ваш запрос о представлении сведений для ежегодной оценки качества оказания государственных услуг "
           "Министерство юстиции направляет информацию о количестве оказанных услуг и поступивших жалоб за 2026 год.")
    p.grid([["№", "Номер услуги в реестре", "Наименование государственной услуги", "Оказано услуг, всего",
             "в т.ч. в электронном виде", "Жалобы", "Нарушения сроков"],
            ["1", "01102005", "Государственная регистрация юридических лиц и учетная регистрация филиалов и представительств", "48 215", "47 902", "12", "0"],
            ["2", "01102011", "Проставление апостиля на официальных документах, исходящих из органов юстиции", "31 077", "30 554", "4", "2"],
            ["3", "01102019", "Выдача лицензии на занятие нотариальной деятельностью", "418", "418", "1", "0"]],
           [25, 80, 280, 80, 90, 60, 80], fs=8)
    p.text("Копия направлена в Единый контакт-центр по ошибке адресации системы электронного документооборота.", fs=8)
    p.space(10)
    p.text("Руководитель аппарата                                                     Д. Мусин", font="DVB")
    p.text("Исп.: Абенова К., 8 (7172) 58-03-77", fs=8)
    data = p.bytes()
    name = "o25-reply-to-other-body.pdf"
    save(name, data, other(name),
         context(MJ, [svc("01102005", "Государственная регистрация юридических лиц и учетная регистрация филиалов и представительств"),
                      svc("01102011", "Проставление апостиля на официальных документах, исходящих из органов юстиции")],
                 "information", letter("ЕКЦ-2027/090", "2027-01-22", "О представлении информации по форме приложения 1"),
                 "not for us: a reply to another body's request; keep awaiting the Appendix 1 form", False),
         "other", "ru", "pdf (landscape)", "a table of services with registry numbers, but statistics sent to another agency")

def o26():
    body = """Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігіне
Көшірмесі: Бірыңғай байланыс орталығына

2027 жылғы 22 қаңтардағы № 03-2/114-И хатыңызға

Жамбыл облысының мұрағаттар және құжаттама басқармасы «Мемлекеттік көрсетілетін қызметтер мониторингінің ақпараттық жүйесіне» (АЖ Мониторинг) мәліметтер енгізу бойынша мынадай ақпаратты ұсынады.

2026 жылы басқарма 4 мемлекеттік қызмет көрсетті, оның ішінде «Мұрағаттық анықтама беру» (00703004) - 6 112 өтініш, «Мұрағаттық құжаттардың көшірмелерін беру» (00703007) - 1 930 өтініш. Барлық өтініштер бойынша сатылар АЖ Мониторингке уақтылы енгізілген. Техникалық ақаулар 2026 жылғы 14-16 қазанда тіркелді (өтінім № SD-88124).

Басшы                       Ғ. Қожахметов

Орынд.: Байжанова Д.Т., 8 (7262) 43-18-02
"""
    ent = text_part(body, "plain", "utf-8", "base64")
    msg = message([("From", addr("Мұрағат басқармасы", "muragat@zhambyl-obl.gov.kz")),
                   ("To", "kanc@digital-min.gov.kz"), ("Cc", EKC),
                   ("Date", "Fri, 05 Feb 2027 16:30:00 +0500"),
                   ("Subject", enc_hdr("АЖ Мониторинг бойынша ақпарат (№ 03-2/114-И хатқа)"))], ent)
    name = "o26-reply-other-body-kk.eml"
    save(name, msg, other("body"),
         context(ZHAMB, [svc("00703004", "Выдача архивной справки"), svc("00703007", "Выдача копий архивных документов")],
                 "information", letter("ЕКЦ-2027/107", "2027-01-29", "О представлении информации по форме приложения 1"),
                 "copy of a reply to the Ministry of digital development; not our form, keep awaiting", False),
         "other", "kk", "eml", "Kazakh reply to another ministry, ЕКЦ in copy, with registry numbers and 'ақпаратты ұсынады'")

def o27():
    body = """Добрый день, уважаемые коллеги!

В целях подготовки к заседанию Общественного совета просим Единый контакт-центр представить следующую информацию по государственной услуге «Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь» (00801011):

1) количество обращений на номер 1414 за январь 2027 года;
2) наиболее частые вопросы услугополучателей (5-10 вопросов);
3) имеются ли вопросы, на которые операторы не смогли ответить.

Также просим сообщить, требуется ли проведение дополнительного обучения операторов в связи с переходом на прикрепление через мобильное приложение.

Информацию просим направить до 19.02.2027 г.

С уважением,
Сейткали Алия Маратовна
главный эксперт Департамента организации медицинской помощи
Министерство здравоохранения РК
8 (7172) 74-36-22, a.seitkali@densaulyq-min.gov.kz
"""
    body = body.replace("«", '"').replace("»", '"')  # koi8-r has no guillemets
    ent = text_part(body, "plain", "koi8-r", "8bit")
    raw = message([("From", addr("Сейткали Алия", "a.seitkali@densaulyq-min.gov.kz", "koi8-r")), ("To", EKC),
                   ("Date", "Tue, 16 Feb 2027 09:47:33 +0500"),
                   ("Subject", enc_hdr("Запрос информации по услуге 00801011", "koi8-r"))],
                  ([ent[0][0], "Content-Transfer-Encoding: 8bit"], body.encode("koi8-r")))
    name = "o27-question-to-ekc.eml"
    save(name, raw, other("body"),
         context(MZ, [svc("00801011", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")],
                 "consulting", None, "a request to the contact centre: prepare statistics; nothing to record in the case", False),
         "other", "ru", "eml (koi8-r 8bit)", "the agency asks ЕКЦ questions; from the responsible person, names the service")

def o28():
    d = new_doc(size=13)
    para(d, "ЖАМБЫЛ ОБЛЫСЫНЫҢ МҰРАҒАТТАР ЖӘНЕ ҚҰЖАТТАМА БАСҚАРМАСЫ", bold=True, align="c", size=12)
    para(d, "Тараз қ., Төле би к-сі, 35\t\t\tШығ. № 01-09/77, 2027 жылғы 15 ақпан", size=10)
    para(d, "Бірыңғай байланыс орталығына", align="r")
    para(d, "Құрметті әріптестер!", align="c")
    para(d, "«Мұрағаттық анықтама беру» (00703004) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс "
            "орталығының қызметкерлерін оқытуға дайындық барысында келесі сұрақтарды нақтылауды сұраймыз:", align="j")
    para(d, "1. Оқытуды бейнебайланыс арқылы (онлайн) өткізуге бола ма?\n"
            "2. Хаттамаға ЭЦҚ арқылы қол қоюға бола ма, әлде қағаз түрінде қол қою қажет пе?\n"
            "3. Оқытуға Бірыңғай байланыс орталығынан қанша қызметкер қатысады?\n"
            "4. Хаттаманың үлгісі бар ма? Болса, жолдауыңызды сұраймыз.", align="j")
    para(d, "Жауапты 2027 жылғы 19 ақпанға дейін беруіңізді сұраймыз.")
    para(d, "\nБасшының орынбасары\t\t\t\tА. Тұрсынбаев")
    para(d, "Орынд.: Байжанова Д.Т., 8 (7262) 43-18-02, d.baizhanova@zhambyl-obl.gov.kz", size=10)
    data = docx_bytes(d)
    name = "o28-question-about-protocol-kk.docx"
    save(name, data, other(name),
         context(ZHAMB, [svc("00703004", "Выдача архивной справки")], "protocol",
                 letter("ЕКЦ-2027/121", "2027-02-05", "О проведении обучения"),
                 "answer the agency's questions about the training; the protocol is still awaited", False),
         "other", "kk", "docx", "Kazakh questions about the training and the хаттама, while the case awaits the protocol")

def _blank_form_rows():
    hdr = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
           "Стандарт государственной услуги (с указанием его реквизитов)",
           "Регламент государственной услуги (с указанием его реквизитов)", "Изменения нормативных правовых актов",
           "Интернет-ресурс, на котором размещена информация о государственной услуге",
           "Фамилия, имя, отчество, должность ответственного лица"]
    return hdr

def o29():
    d = new_doc(size=11, landscape_=True)
    para(d, "Приложение 1\nк Правилам взаимодействия Единого контакт-центра\nпо вопросам оказания государственных услуг", align="r", size=9)
    para(d, "Форма", align="r", size=9)
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c")
    rows = [_blank_form_rows(), [str(i) for i in range(1, 9)], [""] * 8, [""] * 8, [""] * 8]
    table(d, rows, size=9)
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя ___________________________")
    para(d, "Дата: « __ »________ 20__г.")
    data = docx_bytes(d)
    name = "o29-appendix1-blank.docx"
    save(name, data, other(name),
         context(UOZKO, [svc("00901031", "Выдача дубликатов документов об основном среднем, общем среднем образовании")],
                 "information", letter("ЕКЦ-2027/097", "2027-01-26", "О представлении информации по форме приложения 1"),
                 "nothing to record: the Appendix 1 form came back blank; ask again", False),
         "other", "ru", "docx", "the Appendix 1 form itself, returned with all rows empty")

def o30():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Приложение 1"
    ws["A1"] = "Запрос о предоставлении информации о государственной услуге"
    ws.merge_cells("A1:H1"); ws["A1"].font = Font(bold=True)
    for j, h in enumerate(_blank_form_rows(), 1):
        ws.cell(3, j, h)
        ws.cell(4, j, j)
    rows = [(1, "00706019", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты"),
            (2, "00706021", "Выдача ветеринарной справки"),
            (3, "00706024", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля")]
    for i, r in enumerate(rows, 5):
        for j, v in enumerate(r, 1):
            ws.cell(i, j, v)
    box(ws, 3, 7, 1, 8)
    for col, w in zip("ABCDEFGH", [6, 14, 40, 30, 30, 25, 22, 35]):
        ws.column_dimensions[col].width = w
    ws["A9"] = "Ф.И.О. ответственного исполнителя:"
    ws["A10"] = "Дата: «__» ________ 2027 г."
    data = xlsx_bytes(wb)
    name = "o30-appendix1-cols1-3.xlsx"
    save(name, data, other(name),
         context(PAVL, [svc("00706019", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты"),
                        svc("00706021", "Выдача ветеринарной справки"),
                        svc("00706024", "Выдача ветеринарно-санитарного заключения на объекты государственного ветеринарно-санитарного контроля")],
                 "information", letter("ЕКЦ-2027/105", "2027-01-28", "О представлении информации по форме приложения 1"),
                 "incomplete: only the service list (columns 1-3) is filled; ask for columns 4-8", False),
         "other", "ru", "xlsx", "Appendix 1 with registry numbers and names only; columns 4-8 and executor empty")

def o31():
    d = new_doc(size=10, landscape_=True)
    para(d, "1-қосымша", align="r", size=9)
    para(d, "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу", bold=True, align="c")
    hdr = ["Р/с №", "Тізілімдегі мемлекеттік көрсетілетін қызметтің №", "Мемлекеттік көрсетілетін қызметтің атауы",
           "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерімен)", "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерімен)",
           "Нормативтік құқықтық актілердің өзгерістері", "Ақпарат орналастырылған интернет-ресурс",
           "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
    rows = [hdr, [str(i) for i in range(1, 9)],
            ["1", "00405017", "Жер учаскесіне сәйкестендіру құжатын дайындау", "", "", "", "", ""],
            ["2", "00405023", "Елді мекен шегіндегі жер учаскесінің нысаналы мақсатын өзгерту", "", "", "", "", ""]]
    table(d, rows, size=8)
    para(d, "Орындаған: ________________    Күні: «___» ________ 20__ ж.")
    att = docx_bytes(d)
    body = """Сәлеметсіз бе!

Сұрау салуыңызға сәйкес 1-қосымшаның нысанын жолдаймыз. 4-8 бағандар жер қатынастары бөлімінен мәліметтер түскеннен кейін толтырылады.

Құрметпен,
Төлеубаева Меруерт
Түркістан облысы әкімінің аппараты
"""
    fn = "1-косымша.docx"
    ent = multipart("mixed", [text_part(body, "plain", "utf-8", "base64"),
                              att_part(fn, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    msg = message([("From", addr("Төлеубаева Меруерт", "m.toleubayeva@turkistan-akimat.gov.kz")), ("To", EKC),
                   ("Date", "Wed, 17 Feb 2027 11:41:27 +0500"),
                   ("Subject", enc_hdr("Re: 1-қосымша нысаны бойынша ақпарат")),
                   ("In-Reply-To", "<ekc-2027-099@ekc.gov.kz>"), ("User-Agent", "Zimbra 9.0 (ZimbraWebClient)")], ent)
    name = "o31-appendix1-partial-kk.eml"
    save(name, msg, other("body", fn),
         context(TURK, [svc("00405017", "Изготовление идентификационного документа на земельный участок"),
                        svc("00405023", "Изменение целевого назначения земельного участка в пределах населенного пункта")],
                 "information", letter("ЕКЦ-2027/099", "2027-01-26", "О представлении информации по форме приложения 1"),
                 "incomplete form (columns 1-3 only), columns 4-8 promised later; keep awaiting", False),
         "other", "kk", "eml + docx", "Kazakh Appendix 1 in answer to our letter, but only columns 1-3 filled")

def o32():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Times New Roman';font-size:14pt;color:#1a3d6d">
<p align="center"><b>Құрметті Бірыңғай байланыс орталығының ұжымы!</b></p>
<p>Сіздерді ұлыстың ұлы күні – Наурыз мейрамымен шын жүректен құттықтаймыз! Көктемнің шуағы әр отбасына береке-бірлік, молшылық пен амандық әкелсін. Азаматтарға сапалы кеңес беру жолындағы еңбектеріңізге табыс тілейміз!</p>
<p>Ұлыс оң болсын, ақ мол болсын!</p>
<p align="center">* * *</p>
<p>Уважаемые коллеги! Поздравляем вас с праздником Наурыз мейрамы! Желаем мира, добра и благополучия!</p>
<p align="right">Маңғыстау облысының жолаушылар көлігі және автомобиль жолдары басқармасының ұжымы</p>
</body></html>"""
    ent = text_part(html, "html", "utf-8", "base64")
    msg = message([("From", addr("Басқарма кеңсесі", "upt@mangystau-zhol.gov.kz")), ("To", EKC),
                   ("Date", "Fri, 19 Mar 2027 09:00:00 +0500"),
                   ("Subject", enc_hdr("Наурыз мейрамымен құттықтаймыз!"))], ent)
    name = "o32-congratulation-nauryz-kk.eml"
    save(name, msg, other("body"),
         context(MANG, [svc("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров")],
                 "protocol", letter("ЕКЦ-2027/131", "2027-02-24", "О проведении обучения"),
                 "no effect: a holiday greeting", False),
         "other", "kk+ru", "eml (html only)", "greeting from the agency while a protocol is awaited")

def o33():
    d = new_doc(font="Times New Roman", size=14)
    para(d, "УПРАВЛЕНИЕ ЗЕМЕЛЬНЫХ ОТНОШЕНИЙ ГОРОДА АСТАНЫ", bold=True, align="c", size=12)
    para(d, "")
    para(d, "Руководителю\nЕдиного контакт-центра\nг-же Ержановой Г.Е.", align="r")
    para(d, "Уважаемая Гульмира Ермековна!", bold=True, align="c")
    para(d, "От имени коллектива Управления земельных отношений города Астаны и от себя лично сердечно поздравляю "
            "Вас и весь коллектив Единого контакт-центра с Днём благодарности!", align="j")
    para(d, "Благодарим за многолетнее плодотворное сотрудничество, оперативность и профессионализм ваших операторов, "
            "которые ежедневно помогают жителям столицы получить ответы на вопросы о земельных услугах. "
            "Уверены, что наше взаимодействие и впредь будет столь же эффективным.", align="j")
    para(d, "Желаем крепкого здоровья, мира и успехов!", align="j")
    para(d, "\nС уважением,\nруководитель управления\t\t\t\tС. Жакенов")
    para(d, "1 марта 2027 года", size=11)
    data = docx_bytes(d)
    name = "o33-congratulation-ru.docx"
    save(name, data, other(name),
         context(UZHKX, [svc("00405002", "Предоставление земельного участка для строительства объекта в черте населенного пункта")],
                 "consulting", None, "no effect: a congratulation", False),
         "other", "ru", "docx", "a formal letter on letterhead addressed to the head of ЕКЦ, but only a greeting")

def o34():
    html = """<html><head><meta charset="windows-1251"></head><body style="font-family:Verdana">
<table width="600" style="border:2px solid #c00"><tr><td style="padding:20px">
<h2 style="color:#c00">ВНИМАНИЕ ГОССЛУЖАЩИМ! Обязательное повышение квалификации 2027</h2>
<p>Уважаемый руководитель! В соответствии с новыми требованиями <b>каждый государственный служащий</b> обязан до 31 марта 2027 года пройти курс «Стандарты государственных услуг и работа с Единым контакт-центром» (72 часа).</p>
<p>Выдаем <b>удостоверение государственного образца</b>, обучение онлайн, стоимость 24 900 тг. При заявке от 5 человек - скидка 30%!</p>
<p><a href="http://kvalif-gos-kz.online/zayavka">ПОДАТЬ ЗАЯВКУ</a> | тел./WhatsApp +7 777 000 12 34</p>
<p style="font-size:10px;color:#999">Если вы не хотите получать наши письма, ответьте STOP.</p>
</td></tr></table></body></html>"""
    ent = text_part(html, "html", "windows-1251", "base64")
    msg = message([("From", addr("Учебный центр ГосКвалификация", "info@kvalif-gos-kz.online", "windows-1251")),
                   ("To", EKC), ("Reply-To", "zayavka.kvalif@gmail.com"),
                   ("Date", "Mon, 15 Feb 2027 04:12:09 +0300"),
                   ("Subject", enc_hdr("Обучение сотрудников по стандартам госуслуг - удостоверение за 3 дня", "windows-1251")),
                   ("X-Mailer", "SendPulse")], ent, msgid_domain="sendpulse.com")
    name = "o34-spam-training-courses.eml"
    save(name, msg, other("body"),
         context(MTSZN, [svc("00601012", "Назначение государственного пособия многодетным матерям")], "protocol",
                 letter("ЕКЦ-2027/088", "2027-01-21", "О проведении обучения и подписании протокола"),
                 "ignore: advertising mailing", False),
         "other", "ru", "eml (html, windows-1251)", "spam about 'обучение' and standards of services")

def o35():
    body = """Здравствуйте!

Компания «КоллТех Системс» предлагает решения для контакт-центров государственных органов:
- облачная АТС и IVR на казахском и русском языках;
- речевая аналитика и автоматическое распознавание обращений;
- интеграция с базой знаний по государственным услугам (загрузка стандартов, регламентов, форм Приложения 1).

Коммерческое предложение действительно до 28.02.2027. Готовы провести бесплатную демонстрацию и обучение ваших операторов.

Менеджер по работе с госсектором
Калиев Руслан
+7 (727) 355-00-91
www.calltech-systems.kz
"""
    ent = text_part(body, "plain", "utf-8", "8bit", label=False)  # the mailer forgot the charset
    msg = message([("From", addr("КоллТех Системс", "sales@calltech-systems.kz")), ("To", EKC),
                   ("Date", "Thu, 18 Feb 2027 13:01:44 +0600"),
                   ("Subject", enc_hdr("Коммерческое предложение: база знаний по стандартам госуслуг")),
                   ("List-Id", "<gos.calltech-systems.kz>")], ent, msgid_domain="calltech-systems.kz")
    name = "o35-spam-commercial.eml"
    save(name, msg, other("body"),
         context(MJ, [svc("01102011", "Проставление апостиля на официальных документах, исходящих из органов юстиции")],
                 "consulting", None, "ignore: commercial offer", False),
         "other", "ru", "eml (no charset label)", "commercial mailing that mentions standards, regulations and Appendix 1")

def o36():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial;font-size:13px">
<img src="https://densaulyq-min.gov-kz.com/logo.png" alt="Министерство здравоохранения Республики Казахстан"><br>
<p>Уважаемые коллеги!</p>
<p>Протокол принятия Единым контакт-центром государственных услуг для консультирования (услуги 00801004, 00801011) подписан со стороны Министерства <b>18.02.2027</b>.</p>
<p>Для ознакомления и подписания со стороны ЕКЦ перейдите по защищенной ссылке и авторизуйтесь с помощью ЭЦП или логина корпоративной почты:</p>
<p><a href="https://densaulyq-min.gov-kz.com/docs/login?id=EKC-2027-PROTOKOL">https://densaulyq-min.gov.kz/docs/protokol_EKC_2027.pdf</a></p>
<p>Ссылка действительна 24 часа.</p>
<p>С уважением,<br>Канцелярия Министерства здравоохранения РК</p>
</body></html>"""
    ent = text_part(html, "html", "utf-8", "base64")
    msg = message([("From", addr("Министерство здравоохранения РК", "kense@densaulyq-min.gov-kz.com")), ("To", EKC),
                   ("Reply-To", "kense.densaulyq@mail-gov.top"),
                   ("Date", "Thu, 18 Feb 2027 02:13:55 +0000"),
                   ("Subject", enc_hdr("Подписанный протокол обучения ЕКЦ - срочно")),
                   ("Received-SPF", "fail (gov-kz.com: domain does not designate 185.22.61.14 as permitted sender)")], ent,
                  msgid_domain="mail-gov.top")
    name = "o36-phishing-protocol.eml"
    save(name, msg, other("body"),
         context(MZ, [svc("00801004", "Выдача лицензии на медицинскую деятельность"),
                      svc("00801011", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")],
                 "protocol", letter("ЕКЦ-2027/111", "2027-02-01", "О проведении обучения"),
                 "report to information security; do not follow the link; the protocol is still awaited", False),
         "other", "ru", "eml (html only)", "phishing from a look-alike domain that claims the protocol was signed, with real registry numbers and a date")

def o37():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Arial;font-size:14px">
<p><b>Қазақстан Республикасы Әділет министрлігі</b></p>
<p>Құрметті пайдаланушы!</p>
<p>Сіздің ұйымыңыздың ЭЦҚ тіркеу куәлігінің мерзімі <b>2027 жылғы 20 ақпанда</b> аяқталады. Мемлекеттік органдармен электрондық құжат айналымын тоқтатпау үшін төмендегі сілтеме арқылы деректерді растаңыз.</p>
<p>Уважаемый пользователь! Срок действия регистрационного свидетельства ЭЦП вашей организации истекает. Подтвердите данные по ссылке:</p>
<p><a href="http://adilet-min-gov.kz.verify-eds.info/confirm">Растау / Подтвердить</a></p>
<p style="color:#777;font-size:11px">Бұл хат автоматты түрде жіберілді. Жауап бермеңіз.</p>
</div></body></html>"""
    ent = text_part(html, "html", "utf-8", "quoted-printable")
    msg = message([("From", addr("Әділет министрлігі", "no-reply@adilet-min.gov.kz.verify-eds.info")), ("To", EKC),
                   ("Date", "Wed, 17 Feb 2027 23:40:18 +0100"),
                   ("Subject", enc_hdr("ЭЦҚ мерзімі аяқталады / Срок ЭЦП истекает"))], ent, msgid_domain="verify-eds.info")
    name = "o37-phishing-eds-kk.eml"
    save(name, msg, other("body"),
         context(MJ, [svc("01102005", "Государственная регистрация юридических лиц и учетная регистрация филиалов и представительств")],
                 "information", letter("ЕКЦ-2027/090", "2027-01-22", "О представлении информации по форме приложения 1"),
                 "report as phishing; no effect on the case", False),
         "other", "kk+ru", "eml (html only)", "phishing imitating the Ministry of Justice (agency of the open case)")

def o38():
    p = Pdf(fs=10.5)
    p.text("КОМИТЕТ ТРАНСПОРТА МИНИСТЕРСТВА ТРАНСПОРТА РЕСПУБЛИКИ КАЗАХСТАН", font="DVB", align="c")
    p.space(4)
    p.text("ПРОТОКОЛ № 2\nзаседания рабочей группы по цифровизации государственных услуг", font="DVB", align="c")
    p.text("г. Астана                                                                                  29 января 2027 года")
    p.text("Председатель: заместитель Председателя Комитета транспорта Омарбеков Т.С.\n"
           "Секретарь: Айтбаева Л.Н.\nПрисутствовали: члены рабочей группы (8 человек), представители АО «НИТ».")
    p.text("РЕШИЛИ:", font="DVB")
    p.text("1. Утвердить состав контактных лиц рабочей группы по направлениям:")
    p.grid([["Направление", "Контактное лицо", "Телефон"],
            ["Автомобильный транспорт", "Жумабеков Асхат Ерланович, главный эксперт", "8 (7172) 75-41-02"],
            ["Железнодорожный транспорт", "Ли Валентина Сергеевна, эксперт", "8 (7172) 75-41-17"],
            ["Гражданская авиация", "Тәжібай Айбек, главный эксперт", "8 (7172) 75-41-33"]], [150, 200, 100], fs=8.5)
    p.text("2. Управлению государственных услуг в срок до 20 февраля 2027 года внести предложения по кандидатуре "
           "ответственного лица за взаимодействие с Единым контакт-центром по услуге «Выдача удостоверения "
           "на право управления самоходным маломерным судном» (02402007), с последующим уведомлением Единого контакт-центра.")
    p.text("3. Рассмотреть вопрос обучения операторов Единого контакт-центра на следующем заседании.")
    p.space(12)
    p.text("Председатель                                      Т. Омарбеков\nСекретарь                                            Л. Айтбаева")
    data = p.bytes()
    name = "o38-working-group-minutes.pdf"
    save(name, data, other(name),
         context(KTRAN, [svc("02402007", "Выдача удостоверения на право управления самоходным маломерным судном")], "appointment",
                 letter("ЕКЦ-2027/098", "2027-01-26", "О назначении ответственного лица"),
                 "nothing to record: the agency only plans to propose a responsible person; still awaiting the appointment", False),
         "other", "ru", "pdf", "minutes with a table of contact persons (names, positions, phones) and a future decision on the responsible person")

def o39():
    body = """Уведомление системы электронного документооборота

Ваш документ зарегистрирован.

Отправитель: Единый контакт-центр
Исходящий номер: ЕКЦ-2027/115 от 02.02.2027
Краткое содержание: О представлении информации по форме приложения 1 (услуги 00302018, 00302021)
Входящий номер: 2-14/4471-вх от 03.02.2027
Получатель: Комитет миграционной службы МВД РК
Резолюция: Управление организации миграционного контроля (Бекмуханов Д.) - подготовить ответ, срок 10.02.2027
Исполнитель: Нурланова Асель Кайратовна

Данное сообщение сформировано автоматически, отвечать на него не нужно.
"""
    ent = text_part(body, "plain", "windows-1251", "base64")
    msg = message([("From", addr("ЕСЭДО", "noreply-esedo@iim-migr.gov.kz")), ("To", EKC),
                   ("Date", "Wed, 03 Feb 2027 09:02:41 +0500"),
                   ("Subject", enc_hdr("Документ зарегистрирован: 2-14/4471-вх", "windows-1251")),
                   ("Auto-Submitted", "auto-generated")], ent)
    name = "o39-edms-registration-notice.eml"
    save(name, msg, other("body"),
         context(KMS, [svc("00302018", "Выдача разрешения на временное проживание иностранцам и лицам без гражданства"),
                       svc("00302021", "Продление срока временного проживания")], "information",
                 letter("ЕКЦ-2027/115", "2027-02-02", "О представлении информации по форме приложения 1"),
                 "note the incoming number; the information is still awaited", False),
         "other", "ru", "eml (windows-1251 base64)", "EDMS notice naming an executor and the services, not the reply itself")

def o40():
    body = """Құрметті әріптестер! / Уважаемые коллеги!

Бірыңғай байланыс орталығының қызметкерлерін оқыту 2027 жылғы 2 наурызда сағат 11:00-де Министрліктер үйінде өтеді. Ғимаратқа кіру үшін рұқсатнама ресімдеу қажет.

Для оформления пропусков в Дом министерств просим до 26 февраля направить список сотрудников ЕКЦ, которые примут участие в обучении по услуге «Выдача разрешения на природопользование» (00707012): ФИО полностью, ИИН, должность.

Сотрудникам при себе иметь удостоверение личности.

Мұқанова Гүлнар
Экология және табиғи ресурстар министрлігі
8 (7172) 74-09-61
"""
    html = "<div dir='ltr'>" + "".join(f"<div>{l or '<br>'}</div>" for l in body.split("\n")) + "</div>"
    ent = alt(body, html, "utf-8", "base64")
    msg = message([("From", addr("Мұқанова Гүлнар", "g.mukanova@ecogeo-min.gov.kz")), ("To", EKC),
                   ("Date", "Mon, 22 Feb 2027 15:10:22 +0500"),
                   ("Subject", enc_hdr("Оқыту / обучение 02.03 - рұқсатнама / пропуска"))], ent)
    name = "o40-pass-list-request-kk-ru.eml"
    save(name, msg, other("body"),
         context(MEKO, [svc("00707012", "Выдача разрешения на природопользование")], "protocol",
                 letter("ЕКЦ-2027/129", "2027-02-19", "О проведении обучения"),
                 "send the list of staff for passes; the protocol comes after the training", False),
         "other", "kk+ru", "eml (alternative)", "about the contact centre's own staff (passes for the training), in Kazakh and Russian")

def o41():
    txt = """АППАРАТ АКИМА КАРАГАНДИНСКОЙ ОБЛАСТИ

ВЫПИСКА ИЗ РАСПОРЯЖЕНИЯ
руководителя аппарата акима области
от 5 февраля 2027 года № 112-о

О предоставлении отпуска

1. Предоставить Жанибековой Салтанат Ерболовне, главному специалисту отдела государственных услуг, ежегодный оплачиваемый трудовой отпуск за период работы с 12.01.2026 по 11.01.2027 продолжительностью 15 календарных дней с 8 по 22 февраля 2027 года.
2. На период отпуска Жанибековой С.Е. временное исполнение ее должностных обязанностей возложить на главного специалиста отдела Серикову Айнур Болатовну без освобождения от основной работы.

Основание: заявление Жанибековой С.Е. от 01.02.2027.

Руководитель аппарата                     М. Тулеубеков

Выписка верна. Отдел кадров.
(направляется в ЕКЦ для сведения)
"""
    name = "o41-vacation-order.txt"
    save(name, txt.encode("windows-1251"), other(name),
         context(AKRG, [svc("00405011", "Выдача решения на изменение целевого назначения земельного участка"),
                        svc("00405012", "Выдача разрешения на использование земельного участка для изыскательских работ")],
                 "consulting", None,
                 "for information only: a two-week vacation with a temporary stand-in is not a replacement of the responsible person", False),
         "other", "ru", "txt (windows-1251)", "'возложить на Серикову Айнур Болатовну' - a vacation stand-in, not a p.7 replacement")

def o42():
    d = new_doc(size=13)
    para(d, "СЛУЖЕБНАЯ ЗАПИСКА", bold=True, align="c")
    para(d, "Кому: главному эксперту Управления государственных услуг Нурлановой А.К.\n"
            "От кого: руководитель Управления организации миграционного контроля Бекмуханов Д.С.\n"
            "Дата: 04.02.2027 № ВН-214")
    para(d, "В связи с поступлением запроса Единого контакт-центра (вх. № 2-14/4471-вх от 03.02.2027) прошу в срок до "
            "10 февраля 2027 года подготовить информацию по форме приложения 1 к Правилам взаимодействия по "
            "государственным услугам 00302018 и 00302021, согласовать ее с юридическим управлением и представить мне на подпись.", align="j")
    para(d, "При заполнении графы 8 указать сотрудника, который будет отвечать за переписку с ЕКЦ, по согласованию с "
            "руководством Комитета.", align="j")
    para(d, "\nБекмуханов Д.С.")
    data = docx_bytes(d)
    name = "o42-internal-memo.docx"
    save(name, data, other(name),
         context(KMS, [svc("00302018", "Выдача разрешения на временное проживание иностранцам и лицам без гражданства"),
                       svc("00302021", "Продление срока временного проживания")], "information",
                 letter("ЕКЦ-2027/115", "2027-02-02", "О представлении информации по форме приложения 1"),
                 "an internal memo sent by mistake; the information is still awaited", False),
         "other", "ru", "docx", "agency's internal instruction to prepare the Appendix 1 form, sent to ЕКЦ by mistake")

def o43():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "График"
    ws["A1"] = "График проведения обучения сотрудников Единого контакт-центра на I квартал 2027 года"
    ws["A2"] = "(Министерство здравоохранения РК, проект)"
    ws.merge_cells("A1:F1"); ws["A1"].font = Font(bold=True, size=12)
    hdr = ["№", "Номер услуги в реестре", "Наименование услуги", "Дата обучения", "Ответственный за обучение", "Отметка о проведении"]
    rows = [["1", "00801004", "Выдача лицензии на медицинскую деятельность", "18.02.2027", "Сейткали А.М.", ""],
            ["2", "00801011", "Прикрепление к медицинской организации, оказывающей ПМСП", "18.02.2027", "Сейткали А.М.", ""],
            ["3", "00801021", "Выдача лицензии на фармацевтическую деятельность", "11.03.2027", "Есенгельдиева Н.", ""],
            ["4", "00801033", "Выдача сертификата специалиста в области здравоохранения", "25.03.2027", "Кенжебек Д.", ""]]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    for i, r in enumerate(rows, 5):
        for j, v in enumerate(r, 1):
            ws.cell(i, j, v)
    box(ws, 4, 8, 1, 6)
    for col, w in zip("ABCDEF", [5, 14, 50, 14, 24, 20]):
        ws.column_dimensions[col].width = w
    ws["A10"] = "Протоколы принятия услуг для консультирования оформляются по итогам каждого обучения."
    data = xlsx_bytes(wb)
    name = "o43-training-schedule.xlsx"
    save(name, data, other(name),
         context(MZ, [svc("00801004", "Выдача лицензии на медицинскую деятельность"),
                      svc("00801011", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")],
                 "protocol", letter("ЕКЦ-2027/111", "2027-02-01", "О проведении обучения"),
                 "note the planned dates; no protocol yet", False),
         "other", "ru", "xlsx", "training schedule with registry numbers and dates; empty 'отметка о проведении' column")

def o44():
    human = """Хабарлама / Уведомление о прочтении

Сіздің хатыңыз / Ваше сообщение

Кому: kanc@qorganys-min.gov.kz
Тема: О назначении ответственного лица (ЕКЦ-2027/118)
Отправлено: 03.02.2027 10:22

было прочитано 04.02.2027 08:57 / оқылды.
"""
    mdn = """Reporting-UA: MAIL01.qorganys-min.gov.kz; Microsoft Exchange Server
Final-Recipient: rfc822;kanc@qorganys-min.gov.kz
Original-Message-ID: <ekc-2027-118@ekc.gov.kz>
Disposition: manual-action/MDN-sent-manually; displayed
"""
    ent = multipart("report", [text_part(human, "plain", "utf-8", "base64"),
                               (["Content-Type: message/disposition-notification"], mdn.encode())])
    ent = ([ent[0][0].replace("multipart/report;", "multipart/report; report-type=disposition-notification;")], ent[1])
    msg = message([("From", addr("Канцелярия МО РК", "kanc@qorganys-min.gov.kz")), ("To", EKC),
                   ("Date", "Thu, 04 Feb 2027 08:57:30 +0500"),
                   ("Subject", enc_hdr("Прочитано: О назначении ответственного лица (ЕКЦ-2027/118)"))], ent)
    name = "o44-read-receipt.eml"
    save(name, msg, other("body"),
         context(MO, [svc("02001014", "Выдача справки о прохождении воинской службы")], "appointment",
                 letter("ЕКЦ-2027/118", "2027-02-03", "О назначении ответственного лица"),
                 "our request was read; keep waiting for the appointment", False),
         "other", "kk+ru", "eml (MDN)", "read receipt with our subject 'О назначении ответственного лица'")

# ======================================================================
#  PART B. Genuine replies written in unusual ways
# ======================================================================

def svc_key(num, name=None, standard=None, regulation=None, npa=None, website=None, resp=None):
    d = {"registry_number": num, "service_name": name, "standard": standard, "regulation": regulation,
         "npa_changes": npa, "website": website}
    d["responsible"] = resp
    return d

def person(full_name, position=None, email_=None, phone=None):
    return {"full_name": full_name, "position": position, "email": email_, "phone": phone}

def scan_background(W, H, seed):
    rnd = random.Random(seed)
    img = Image.new("L", (int(W * 1.5), int(H * 1.5)), 244)
    px = img.load()
    for _ in range(90000):
        px[rnd.randrange(img.size[0]), rnd.randrange(img.size[1])] = rnd.randint(150, 225)
    dr = ImageDraw.Draw(img)
    for _ in range(4):  # copier streaks
        x = rnd.randrange(img.size[0]); dr.line([(x, 0), (x + rnd.randint(-4, 4), img.size[1])], fill=rnd.randint(200, 225), width=2)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    b = io.BytesIO(); img.convert("RGB").save(b, "JPEG", quality=40); b.seek(0)
    return ImageReader(b)

def g01():
    W, H = landscape(A4)
    p = Pdf(size=(W, H), fs=9)
    p.left = 40; p.right = W - 40
    p.c.drawImage(scan_background(W, H, 11), 0, 0, W, H)
    p.c.setFillGray(0.15)
    p.text("Приложение 1 к Правилам взаимодействия Единого контакт-центра", fs=8, align="r")
    p.text("Запрос о предоставлении информации о государственной услуге", font="DVB", fs=11, align="c")
    p.text("(Управление пассажирского транспорта и автомобильных дорог Мангистауской области, к исх. № 02-17/241 от 10.02.2027)", fs=8, align="c")
    p.space(4)
    rows = [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
             "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
             "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
             "Фамилия, имя, отчество, должность ответственного лица"],
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", "00302011", "Выдача свидетельства о соответствии автобусов, микроавтобусов перевозчика требованиям к перевозке пассажиров",
             "Правила оказания государственной услуги, утвержденные приказом Министра транспорта Республики Казахстан от 14 марта 2025 года № 88",
             "—", "Приказ Министра транспорта Республики Казахстан от 2 декабря 2026 года № 402",
             "mangystau-zhol.gov.kz/uslugi",
             "Сапарова Динара Маратовна, главный специалист отдела пассажирских перевозок, тел. 8 (7292) 50-31-44, d.saparova@mangystau-zhol.gov.kz"],
            ["2", "00302016", "Выдача специального разрешения на проезд крупногабаритных и тяжеловесных автотранспортных средств по автомобильным дорогам областного значения",
             "Правила оказания государственной услуги, утвержденные приказом Министра транспорта Республики Казахстан от 21 марта 2025 года № 97",
             "—", "—", "mangystau-zhol.gov.kz/uslugi",
             "Иманғазиев Бекзат Ерланұлы – ведущий специалист отдела автомобильных дорог, 8 (7292) 50-31-52"]]
    p.grid(rows, [26, 70, 112, 112, 68, 100, 120, 154], fs=7.5, header_rows=2, hfs=6.5)
    p.text("Ф.И.О. ответственного исполнителя: Сапарова Динара Маратовна", fs=9)
    p.text("Дата: «10» февраля 2027 г.", fs=9)
    p.c.setStrokeGray(0.45); p.c.setLineWidth(1.6)
    p.c.circle(W - 170, p.y - 10, 38); p.c.circle(W - 170, p.y - 10, 28)
    p.c.setFont("DV", 6); p.c.drawCentredString(W - 170, p.y - 12, "ДЛЯ ДОКУМЕНТОВ")
    data = p.bytes()
    name = "g01-form-scanlook.pdf"
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [svc_key("00302011", "Выдача свидетельства о соответствии автобусов, микроавтобусов перевозчика требованиям к перевозке пассажиров",
                                 "Правила оказания государственной услуги, утвержденные приказом Министра транспорта Республики Казахстан от 14 марта 2025 года № 88",
                                 None, "Приказ Министра транспорта Республики Казахстан от 2 декабря 2026 года № 402",
                                 "mangystau-zhol.gov.kz/uslugi",
                                 person("Сапарова Динара Маратовна", "главный специалист отдела пассажирских перевозок",
                                        "d.saparova@mangystau-zhol.gov.kz", "87292503144")),
                         svc_key("00302016", "Выдача специального разрешения на проезд крупногабаритных и тяжеловесных автотранспортных средств по автомобильным дорогам областного значения",
                                 "Правила оказания государственной услуги, утвержденные приказом Министра транспорта Республики Казахстан от 21 марта 2025 года № 97",
                                 None, None, "mangystau-zhol.gov.kz/uslugi",
                                 person("Иманғазиев Бекзат Ерланұлы", "ведущий специалист отдела автомобильных дорог", None, "87292503152"))],
            "executor": {"full_name": "Сапарова Динара Маратовна", "date": "2027-02-10"}}]
    save(name, data, key,
         context(MANG, [svc("00302011", "Выдача свидетельства о соответствии автобусов требованиям к перевозке пассажиров"),
                        svc("00302016", "Выдача специального разрешения на проезд крупногабаритных и тяжеловесных автотранспортных средств")],
                 "information", letter("ЕКЦ-2027/094", "2027-01-25", "О представлении информации по форме приложения 1"),
                 "record both services' information and the responsible persons; move to training", True),
         "appendix1_form", "ru", "pdf (scan-look, landscape)", "grey noisy 'copier' background and stamp under a vector text layer; regulation '—'; two different responsible persons")

def g02():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "1-қосымша"
    ws["A1"] = "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу"
    ws.merge_cells("A1:H1"); ws["A1"].font = Font(bold=True)
    ws["A2"] = "Жамбыл облысының мұрағаттар және құжаттама басқармасы"; ws.merge_cells("A2:H2")
    top = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің", None, "Мемлекеттік көрсетілетін қызмет", None,
           "Нормативтік құқықтық актілердің өзгерістері", "Ақпарат орналастырылған интернет-ресурс",
           "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
    sub = [None, "тізілімдегі №", "атауы", "стандарты (деректемелерімен)", "регламенті (деректемелерімен)", None, None, None]
    for j, v in enumerate(top, 1):
        if v: ws.cell(4, j, v).font = Font(bold=True)
    for j, v in enumerate(sub, 1):
        if v: ws.cell(5, j, v).font = Font(bold=True)
    ws.merge_cells("B4:C4"); ws.merge_cells("D4:E4")
    for col in "AFGH":
        ws.merge_cells(f"{col}4:{col}5")
    for j in range(1, 9):
        ws.cell(6, j, j)
    row = [1, "00703004", "Мұрағаттық анықтама беру",
           "Қазақстан Республикасы Мәдениет және спорт министрінің 2020 жылғы 22 мамырдағы № 144 бұйрығымен бекітілген «Мұрағаттық анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары",
           "-", "Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 18 қарашадағы № 512 бұйрығы",
           "www.gov.kz/memleket/entities/zhambyl-muragat",
           "Байжанова Динара Төлегенқызы,\nбас маман,\n8 (7262) 43-18-02,\nd.baizhanova@zhambyl-obl.gov.kz"]
    for j, v in enumerate(row, 1):
        ws.cell(7, j, v)
    box(ws, 4, 7, 1, 8)
    for col, w in zip("ABCDEFGH", [6, 14, 28, 45, 18, 35, 30, 34]):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[7].height = 120
    ws["A9"] = "Орындаған: Байжанова Д.Т."
    ws["A10"] = "Күні: 2027 жылғы 3 ақпан"
    data = xlsx_bytes(wb)
    name = "g02-form-kk-split-header.xlsx"
    key = [{"part": name, "kind": "appendix1_form", "language": "kk",
            "services": [svc_key("00703004", "Мұрағаттық анықтама беру",
                                 "Қазақстан Республикасы Мәдениет және спорт министрінің 2020 жылғы 22 мамырдағы № 144 бұйрығымен бекітілген «Мұрағаттық анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары",
                                 None, "Қазақстан Республикасы Мәдениет және ақпарат министрінің 2026 жылғы 18 қарашадағы № 512 бұйрығы",
                                 "www.gov.kz/memleket/entities/zhambyl-muragat",
                                 person("Байжанова Динара Төлегенқызы", "бас маман", "d.baizhanova@zhambyl-obl.gov.kz", "87262431802"))],
            "executor": {"full_name": "Байжанова Д.Т.", "date": "2027-02-03"}}]
    save(name, data, key,
         context(ZHAMB, [svc("00703004", "Выдача архивной справки")], "information",
                 letter("ЕКЦ-2027/107", "2027-01-29", "О представлении информации по форме приложения 1"),
                 "record the service's information and the responsible person", True),
         "appendix1_form", "kk", "xlsx", "Kazakh headers split over two merged rows, number row, column 8 with line breaks, Kazakh date under the table")

def g03():
    rows = [("1", "00706019", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты",
             "Правила оказания государственных услуг в области ветеринарии, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 15 января 2027 года № 19",
             "", "-", "pavlodar-vet.gov.kz/services",
             "Муратова Алия Ерлановна, главный специалист отдела ветеринарного контроля, тел. 8 (7182) 32-54-19, a.muratova@pavlodar-obl.gov.kz"),
            ("2", "00706021", "Выдача ветеринарной справки",
             "Правила оказания государственных услуг в области ветеринарии, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 15 января 2027 года № 19",
             "", "-", "pavlodar-vet.gov.kz/services",
             "Муратова Алия Ерлановна, главный специалист отдела ветеринарного контроля, тел. 8 (7182) 32-54-19, a.muratova@pavlodar-obl.gov.kz")]
    hdr = ["№ п/п", "№ гос. услуги в реестре", "Наименование гос. услуги", "Стандарт гос. услуги (с указанием реквизитов)",
           "Регламент гос. услуги (с указанием реквизитов)", "Изменения НПА", "Интернет-ресурс", "ФИО, должность ответственного лица"]
    td = lambda v, b=False: (f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                             f'<p class="MsoNormal"><span style="font-size:9.0pt">{"<b>" if b else ""}{v}{"</b>" if b else ""}</span></p></td>')
    tbl = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    tbl.append("<tr>" + "".join(td(h, True) for h in hdr) + "</tr>")
    tbl.append("<tr>" + "".join(td(str(i)) for i in range(1, 9)) + "</tr>")
    for r in rows:
        tbl.append("<tr>" + "".join(td(v.replace("«", "&laquo;").replace("»", "&raquo;")) for v in r) + "</tr>")
    tbl.append("</table>")
    body = ps("Добрый день!", "",
              "На запрос ЕКЦ-2027/105 от 28.01.2027 направляем информацию по форме приложения 1 (таблица ниже, "
              "вложения не проходят через наш почтовый сервер).", "") + "\n" + "\n".join(tbl) + "\n" + ps(
              "", "Ф.И.О. ответственного исполнителя: Муратова Алия Ерлановна",
              "Дата: 18.02.2027", "",
              "С уважением,", "Управление ветеринарии Павлодарской области",
              '<span style="font-size:8.0pt;color:gray">Данное сообщение и вложения могут содержать конфиденциальную информацию. '
              'Если вы получили его по ошибке, сообщите отправителю и удалите сообщение.</span>')
    html = outlook_html(body, "windows-1251")
    plain = ("Добрый день!\n\nНа запрос ЕКЦ-2027/105 от 28.01.2027 направляем информацию по форме приложения 1 (таблица ниже).\n\n" +
             "\n".join(" | ".join(r) for r in [hdr] + rows) +
             "\n\nФ.И.О. ответственного исполнителя: Муратова Алия Ерлановна\nДата: 18.02.2027\n\nС уважением,\nУправление ветеринарии Павлодарской области\n")
    ent = alt(plain, html, "windows-1251", "quoted-printable")
    msg = message([("From", addr("Муратова Алия Ерлановна", "a.muratova@pavlodar-obl.gov.kz", "windows-1251")), ("To", EKC),
                   ("Date", "Thu, 18 Feb 2027 17:21:40 +0500"),
                   ("Subject", enc_hdr("RE: О представлении информации по форме приложения 1 (ЕКЦ-2027/105)", "windows-1251")),
                   ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdsF2k3vN0Gq8pLmQ1uZ7b9kXyT2sA==")], ent)
    name = "g03-form-pasted-in-body.eml"
    resp = person("Муратова Алия Ерлановна", "главный специалист отдела ветеринарного контроля", "a.muratova@pavlodar-obl.gov.kz", "87182325419")
    std = "Правила оказания государственных услуг в области ветеринарии, утвержденные приказом Министра сельского хозяйства Республики Казахстан от 15 января 2027 года № 19"
    key = [{"part": "body", "kind": "appendix1_form", "language": "ru",
            "services": [svc_key("00706019", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты", std, None, None, "pavlodar-vet.gov.kz/services", resp),
                         svc_key("00706021", "Выдача ветеринарной справки", std, None, None, "pavlodar-vet.gov.kz/services", resp)],
            "executor": {"full_name": "Муратова Алия Ерлановна", "date": "2027-02-18"}}]
    save(name, msg, key,
         context(PAVL, [svc("00706019", "Выдача ветеринарного сертификата на перемещаемые (перевозимые) объекты"),
                        svc("00706021", "Выдача ветеринарной справки")], "information",
                 letter("ЕКЦ-2027/105", "2027-01-28", "О представлении информации по форме приложения 1"),
                 "record the information for both services; move to training", True),
         "appendix1_form", "ru", "eml (Outlook html, windows-1251 QP)", "the form pasted as an HTML table into the body; empty and '-' columns; abbreviated headers; disclaimer")

def g04():
    d = new_doc(size=11)
    para(d, "1-қосымша / Приложение 1", align="r", size=9)
    para(d, "Мемлекеттік көрсетілетін қызмет туралы ақпарат\nИнформация о государственной услуге", bold=True, align="c")
    rows = [["Баған / Графа", "Мәні / Значение"],
            ["№ п/п", "1"],
            ["Тізілімдегі мемлекеттік көрсетілетін қызметтің № / № государственной услуги в реестре", "00707012"],
            ["Мемлекеттік көрсетілетін қызметтің атауы / Наименование государственной услуги", "Выдача разрешения на природопользование"],
            ["Стандарт (деректемелерімен) / Стандарт государственной услуги (с указанием реквизитов)",
             "Правила оказания государственной услуги «Выдача разрешения на природопользование», утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 22 июня 2020 года № 144"],
            ["Регламент (деректемелерімен) / Регламент государственной услуги", "—"],
            ["НҚА өзгерістері / Изменения нормативных правовых актов",
             "Приказ Министра экологии и природных ресурсов Республики Казахстан от 30 октября 2026 года № 377"],
            ["Интернет-ресурс", "https://www.gov.kz/memleket/entities/ecogeo/press/article/details/permits"],
            ["Жауапты тұлға / ФИО, должность ответственного лица",
             "Мұқанова Гүлнар Сәбитқызы — Экологиялық реттеу департаментінің бас сарапшысы, +7 (7172) 74-09-61, g.mukanova@ecogeo-min.gov.kz"]]
    table(d, rows, widths=[7, 10], size=10)
    para(d, "")
    para(d, "Орындаушы / Исполнитель: Мұқанова Гүлнар Сәбитқызы")
    para(d, "Күні / Дата: 2027 жылғы 12 ақпан")
    data = docx_bytes(d)
    name = "g04-form-sideways-kk-ru.docx"
    key = [{"part": name, "kind": "appendix1_form",
            "services": [svc_key("00707012", "Выдача разрешения на природопользование",
                                 "Правила оказания государственной услуги «Выдача разрешения на природопользование», утвержденные приказом Министра экологии и природных ресурсов Республики Казахстан от 22 июня 2020 года № 144",
                                 None, "Приказ Министра экологии и природных ресурсов Республики Казахстан от 30 октября 2026 года № 377",
                                 "www.gov.kz/memleket/entities/ecogeo/press/article/details/permits",
                                 person("Мұқанова Гүлнар Сәбитқызы", "Экологиялық реттеу департаментінің бас сарапшысы",
                                        "g.mukanova@ecogeo-min.gov.kz", "+77172740961"))],
            "executor": {"full_name": "Мұқанова Гүлнар Сәбитқызы", "date": "2027-02-12"}}]
    save(name, data, key,
         context(MEKO, [svc("00707012", "Выдача разрешения на природопользование")], "information",
                 letter("ЕКЦ-2027/103", "2027-01-28", "О представлении информации по форме приложения 1"),
                 "record the service's information; move to training", True),
         "appendix1_form", "kk+ru", "docx", "form turned on its side with bilingual field names; dash regulation; Kazakh date; position in Kazakh")

def g05():
    d = new_doc(size=13)
    para(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЕҢБЕК ЖӘНЕ ХАЛЫҚТЫ ӘЛЕУМЕТТІК ҚОРҒАУ МИНИСТРЛІГІ\n"
            "МИНИСТЕРСТВО ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=11)
    para(d, "010000, Астана қ., Мәңгілік Ел даңғылы, 8, Министрліктер үйі, 2-кіреберіс. Тел.: 8 (7172) 74-30-00", align="c", size=9)
    para(d, "16.02.2027 № 05-2-14/1133-И", size=11)
    para(d, "Единый контакт-центр\n(на № ЕКЦ-2027/088 от 21.01.2027)", align="r")
    para(d, "О представлении информации", bold=True)
    para(d, "Министерство труда и социальной защиты населения Республики Казахстан (далее – Министерство), рассмотрев "
            "запрос Единого контакт-центра о представлении информации по государственным услугам, сообщает следующее.", align="j")
    para(d, "В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных "
            "услуг с центральными государственными органами, местными исполнительными органами, а также услугодателями "
            "Министерством определены ответственные лица по каждой из государственных услуг, указанных в запросе. "
            "Учитывая, что часть государственных услуг оказывается через Государственную корпорацию «Правительство для "
            "граждан» и портал «электронного правительства» в проактивном формате, ответственные лица определены из числа "
            "сотрудников профильных департаментов, непосредственно курирующих соответствующие направления.", align="j")
    para(d, "Обращаем внимание, что в связи с переходом с 1 июля 2023 года на Правила оказания государственных услуг, "
            "утверждаемые в соответствии с Социальным кодексом Республики Казахстан, отдельные регламенты государственных "
            "услуг не утверждаются; в соответствующей графе проставлен прочерк. По государственной услуге «Регистрация лиц, "
            "ищущих работу, и безработных» приказ о внесении изменений принят, но вступает в силу 20 февраля 2027 года, "
            "о чем указано в графе 6.", align="j")
    para(d, "Дополнительно сообщаем, что обучение сотрудников Единого контакт-центра может быть проведено в период с "
            "22 по 26 февраля 2027 года в здании Министерства либо с использованием видеоконференцсвязи. Просим "
            "заблаговременно направить перечень вопросов на электронную почту ответственных лиц, указанных в графе 8.", align="j")
    para(d, "Информация по форме приложения 1 к Правилам приводится ниже.", align="j")
    d.add_section()
    sec = d.sections[-1]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, "Запрос о предоставлении информации о государственной услуге", bold=True, align="c", size=12)
    rows = [["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
             "Стандарт государственной услуги (с указанием его реквизитов)", "Регламент государственной услуги (с указанием его реквизитов)",
             "Изменения нормативных правовых актов", "Интернет-ресурс, на котором размещена информация о государственной услуге",
             "Фамилия, имя, отчество, должность ответственного лица"],
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1", "00601012", "Назначение государственного пособия многодетным матерям",
             "Правила назначения и выплаты государственного пособия многодетным матерям, утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 5 мая 2023 года № 148",
             "-", "Приказ Министра труда и социальной защиты населения Республики Казахстан от 11 ноября 2026 года № 431",
             "www.gov.kz/memleket/entities/enbek",
             "Жунусова Айгуль Бекеновна, заместитель директора Департамента социальной помощи, 8 (7172) 74-32-01, a.zhunusova@enbek-min.gov.kz"],
            ["2", "00601015", "Назначение специальной социальной выплаты",
             "Правила назначения специальной социальной выплаты, утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 28 декабря 2023 года № 544",
             "-", "—", "www.gov.kz/memleket/entities/enbek",
             "Оспанова Гаухар Ерлановна, главный эксперт Департамента социальной помощи, тел.: 8 (7172) 74-32-18, эл. почта: g.ospanova@enbek-min.gov.kz"],
            ["3", "00601019", "Регистрация лиц, ищущих работу, и безработных",
             "Правила оказания государственной услуги «Регистрация лиц, ищущих работу, и безработных», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 26 апреля 2023 года № 131",
             "-", "Приказ Министра труда и социальной защиты населения Республики Казахстан от 3 февраля 2027 года № 37 (вступает в силу 20 февраля 2027 года)",
             "www.enbek.kz",
             "Досмухамбетов Ерлан Кайратович (главный эксперт Департамента занятости), +7 701 744 20 19"],
            ["4", "00601024", "Установление инвалидности и (или) степени утраты трудоспособности",
             "Правила проведения медико-социальной экспертизы, утвержденные приказом Министра здравоохранения и социального развития Республики Казахстан от 30 января 2015 года № 44",
             "-", "Приказ Министра труда и социальной защиты населения Республики Казахстан от 19 декабря 2026 года № 470",
             "www.gov.kz/memleket/entities/enbek",
             "Тлеубергенова Асем, руководитель управления медико-социальной экспертизы, 8 (7172) 74-35-66"]]
    table(d, rows, size=8, bold_first=1)
    para(d, "")
    para(d, "Ф.И.О. ответственного исполнителя: Оспанова Г.Е.", size=11)
    para(d, "Дата: « 16 » февраля 2027 г.", size=11)
    para(d, "")
    para(d, "Директор Департамента социальной помощи\t\t\t\t\tА. Жунусова", bold=True, size=12)
    data = docx_bytes(d)
    name = "g05-form-long-letter.docx"
    web = "www.gov.kz/memleket/entities/enbek"
    key = [{"part": name, "kind": "appendix1_form", "language": "ru",
            "services": [
                svc_key("00601012", "Назначение государственного пособия многодетным матерям",
                        "Правила назначения и выплаты государственного пособия многодетным матерям, утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 5 мая 2023 года № 148",
                        None, "Приказ Министра труда и социальной защиты населения Республики Казахстан от 11 ноября 2026 года № 431", web,
                        person("Жунусова Айгуль Бекеновна", "заместитель директора Департамента социальной помощи", "a.zhunusova@enbek-min.gov.kz", "87172743201")),
                svc_key("00601015", "Назначение специальной социальной выплаты",
                        "Правила назначения специальной социальной выплаты, утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 28 декабря 2023 года № 544",
                        None, None, web,
                        person("Оспанова Гаухар Ерлановна", "главный эксперт Департамента социальной помощи", "g.ospanova@enbek-min.gov.kz", "87172743218")),
                svc_key("00601019", "Регистрация лиц, ищущих работу, и безработных",
                        "Правила оказания государственной услуги «Регистрация лиц, ищущих работу, и безработных», утвержденные приказом Министра труда и социальной защиты населения Республики Казахстан от 26 апреля 2023 года № 131",
                        None, "Приказ Министра труда и социальной защиты населения Республики Казахстан от 3 февраля 2027 года № 37 (вступает в силу 20 февраля 2027 года)",
                        "www.enbek.kz",
                        person("Досмухамбетов Ерлан Кайратович", "главный эксперт Департамента занятости", None, "+77017442019")),
                svc_key("00601024", "Установление инвалидности и (или) степени утраты трудоспособности",
                        "Правила проведения медико-социальной экспертизы, утвержденные приказом Министра здравоохранения и социального развития Республики Казахстан от 30 января 2015 года № 44",
                        None, "Приказ Министра труда и социальной защиты населения Республики Казахстан от 19 декабря 2026 года № 470", web,
                        person("Тлеубергенова Асем", "руководитель управления медико-социальной экспертизы", None, "87172743566"))],
            "executor": {"full_name": "Оспанова Г.Е.", "date": "2027-02-16"}}]
    save(name, data, key,
         context(MTSZN, [svc("00601012", "Назначение государственного пособия многодетным матерям"),
                         svc("00601015", "Назначение специальной социальной выплаты"),
                         svc("00601019", "Регистрация лиц, ищущих работу, и безработных"),
                         svc("00601024", "Установление инвалидности и (или) степени утраты трудоспособности")],
                 "information", letter("ЕКЦ-2027/088", "2027-01-21", "О представлении информации по форме приложения 1"),
                 "record four services with four responsible persons; move to training", True),
         "appendix1_form", "ru", "docx (letter + landscape section)", "long covering letter with dates before the table; four services, column 8 in four styles (parentheses, no patronymic, mobile)")

def g06():
    body = "Ответственный по 02001014 — Тулегенов Марат Сагынбекович, нач. отдела, 8 (7172) 72-15-90.\n\nОтправлено с iPhone\n"
    ent = text_part(body, "plain", "utf-8", "quoted-printable")
    msg = message([("From", addr("Серикбай Каиржан", "k.serikbay@qorganys-min.gov.kz")), ("To", EKC),
                   ("Date", "Fri, 05 Feb 2027 19:48:02 +0500"),
                   ("Subject", enc_hdr("Re: О назначении ответственного лица (ЕКЦ-2027/118)")),
                   ("In-Reply-To", "<ekc-2027-118@ekc.gov.kz>"), ("X-Mailer", "iPhone Mail (21D61)")], ent)
    name = "g06-appointment-one-line.eml"
    key = [{"part": "body", "kind": "responsible_change", "language": "ru",
            "responsible": person("Тулегенов Марат Сагынбекович", "нач. отдела", None, "87172721590"),
            "previous_responsible": None, "services": [{"registry_number": "02001014"}]}]
    save(name, msg, key,
         context(MO, [svc("02001014", "Выдача справки о прохождении воинской службы")], "appointment",
                 letter("ЕКЦ-2027/118", "2027-02-03", "О назначении ответственного лица"),
                 "record the appointed responsible person; then await the Appendix 1 information", True),
         "responsible_change", "ru", "eml", "a single line from a phone; abbreviated position, no e-mail")

def g07():
    body = """Бірыңғай байланыс орталығына

Астана қаласының жер қатынастары басқармасы Бірыңғай байланыс орталығымен өзара іс-қимыл қағидаларының 7-тармағына сәйкес хабарлайды.

«Құрылыс объектісін салу үшін елді мекен шегінде жер учаскесін беру» (№ 00405002) мемлекеттік көрсетілетін қызметі бойынша Бірыңғай байланыс орталығымен хат алмасуға жауапты тұлға ауыстырылды.

Бұрынғы жауапты тұлға: Ермекова Әйгерім Бақытжанқызы (басқа жұмысқа ауысуына байланысты).

2027 жылғы 15 ақпаннан бастап жауапты тұлға:
Сағынтаев Нұрлан Болатұлы, жер учаскелерін беру бөлімінің бас маманы
тел.: 8 (7172) 55-71-24
e-mail: n.sagyntayev@astana-akimat.gov.kz

Басшының орынбасары                      Ж. Әлімжанов

(Уведомление о замене ответственного лица, на государственном языке.)
"""
    ent = text_part(body, "plain", "utf-8", "base64")
    msg = message([("From", addr("Жер қатынастары басқармасы", "zher@astana-akimat.gov.kz")), ("To", EKC),
                   ("Date", "Mon, 15 Feb 2027 10:30:05 +0500"),
                   ("Subject", enc_hdr("Жауапты тұлғаның ауысуы туралы"))], ent)
    name = "g07-responsible-change-kk.eml"
    key = [{"part": "body", "kind": "responsible_change", "language": "kk",
            "responsible": person("Сағынтаев Нұрлан Болатұлы", "жер учаскелерін беру бөлімінің бас маманы",
                                  "n.sagyntayev@astana-akimat.gov.kz", "87172557124"),
            "previous_responsible": {"full_name": "Ермекова Әйгерім Бақытжанқызы"},
            "effective_date": "2027-02-15",
            "services": [{"registry_number": "00405002"}]}]
    save(name, msg, key,
         context(UZHKX, [svc("00405002", "Предоставление земельного участка для строительства объекта в черте населенного пункта")],
                 "consulting", None, "replace the responsible person from 15 February 2027", True),
         "responsible_change", "kk", "eml", "Kazakh only (Russian one-line note), patronymics in -қызы/-ұлы, date in Kazakh")

def g08():
    d = new_doc(size=13)
    para(d, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҚАРЖЫ МИНИСТРЛІГІНІҢ МЕМЛЕКЕТТІК КІРІСТЕР КОМИТЕТІ\n"
            "КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ МИНИСТЕРСТВА ФИНАНСОВ РЕСПУБЛИКИ КАЗАХСТАН", bold=True, align="c", size=10)
    para(d, "Исх. № 1-05-312 от 24.02.2027", size=11)
    para(d, "Единый контакт-центр", align="r")
    para(d, "Комитет государственных доходов Министерства финансов Республики Казахстан в соответствии с пунктом 7 "
            "Правил взаимодействия уведомляет, что в связи с освобождением от занимаемой должности Кудайбергенова Асета "
            "Маратовича обязанности ответственного лица за представление информации в Единый контакт-центр и проведение "
            "обучения по государственным услугам «Регистрационный учет лица, занимающегося частной практикой» (00501033) "
            "и «Выдача справки об отсутствии (наличии) налоговой задолженности» (00501041) с 1 марта 2027 года возложены "
            "на Ахмедьярову Гульнару Нуржановну (главный эксперт Управления государственных услуг).", align="j")
    para(d, "Контактные данные: рабочий телефон 8 (7172) 71-88-15, мобильный 8 777 215 40 63, "
            "e-mail: g.akhmediyarova@minfin-kgd.gov.kz.", align="j")
    para(d, "Ранее представленная информация по указанным услугам (стандарты, правила, интернет-ресурсы) не изменилась.", align="j")
    para(d, "\nЗаместитель Председателя\t\t\t\t\tМ. Ергожин")
    para(d, "Исп. Тулегенова Ж.Б., 71-88-04", size=9)
    att = docx_bytes(d)
    body = "Добрый день.\nВо вложении письмо Комитета за подписью руководства.\n\nЖанар\n"
    fn = "Письмо 1-05-312 от 24.02.2027.docx"
    ent = multipart("mixed", [text_part(body, "plain", "utf-8", "8bit"),
                              att_part(fn, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    msg = message([("From", addr("Тулегенова Жанар Бекболатовна", "zh.tulegenova@minfin-kgd.gov.kz")), ("To", EKC),
                   ("Date", "Wed, 24 Feb 2027 18:02:33 +0500"),
                   ("Subject", "Fw: 1-05-312")], ent)
    name = "g08-responsible-change-in-attachment.eml"
    key = [{"part": fn, "kind": "responsible_change", "language": "ru",
            "responsible": {"full_name": "Ахмедьярова Гульнара Нуржановна", "position": "главный эксперт Управления государственных услуг",
                            "email": "g.akhmediyarova@minfin-kgd.gov.kz"},
            "previous_responsible": {"full_name": "Кудайбергенов Асет Маратович"},
            "effective_date": "2027-03-01",
            "services": [{"registry_number": "00501033"}, {"registry_number": "00501041"}]}]
    save(name, msg, key,
         context(KGD, [svc("00501033", "Регистрационный учет лица, занимающегося частной практикой"),
                       svc("00501041", "Выдача справки об отсутствии (наличии) налоговой задолженности")],
                 "consulting", None, "replace the responsible person from 1 March 2027 for both services", True),
         "responsible_change", "ru", "eml + docx", "body says nothing ('Fw: 1-05-312'); names in the accusative/genitive in the attachment; two phones")

def g09():
    lines = ["^^**МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН",
             "^^010000, г. Астана, ул. Мәңгілік Ел, 8, подъезд 5",
             "", "19.02.2027 № 12-3/2081", "",
             "                                                                    Единый контакт-центр", "",
             "**О замене ответственного лица", "",
             "Министерство здравоохранения Республики Казахстан сообщает, что в связи с переводом на другую должность "
             "Сейткали Алии Маратовны ответственным лицом за взаимодействие с Единым контакт-центром по государственным "
             "услугам 00801004 «Выдача лицензии на медицинскую деятельность» и 00801011 «Прикрепление к медицинской "
             "организации, оказывающей первичную медико-санитарную помощь» с 22 февраля 2027 года определена",
             "Кенжебек Дана Ерболовна, главный эксперт Департамента организации медицинской помощи,",
             "тел. 8 (7172) 74-36-40, e-mail: d.kenzhebek@densaulyq-min.gov.kz.", "",
             "Обучение сотрудников Единого контакт-центра, запланированное на 18.02.2027, перенесено; новая дата будет "
             "согласована ответственным лицом дополнительно.", "", "",
             "Директор Департамента                                              Р. Абилова", "", "",
             "Исп.: Кенжебек Д.Е., 74-36-40"]
    data = scan_pdf(lines, fs=11, seed=9, stamp="МЗ РК * ДОМП", angle=0.5)
    name = "g09-responsible-change-scan.pdf"
    key = [{"part": name, "kind": "responsible_change", "language": "ru",
            "responsible": person("Кенжебек Дана Ерболовна", "главный эксперт Департамента организации медицинской помощи",
                                  "d.kenzhebek@densaulyq-min.gov.kz", "87172743640"),
            "previous_responsible": {"full_name": "Сейткали Алия Маратовна"},
            "effective_date": "2027-02-22",
            "services": [{"registry_number": "00801004"}, {"registry_number": "00801011"}]}]
    save(name, data, key,
         context(MZ, [svc("00801004", "Выдача лицензии на медицинскую деятельность"),
                      svc("00801011", "Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь")],
                 "protocol", letter("ЕКЦ-2027/111", "2027-02-01", "О проведении обучения"),
                 "replace the responsible person from 22 February 2027; the protocol is still awaited", True),
         "responsible_change", "ru", "pdf (raster scan + invisible text layer)", "image of the page with an OCR-style invisible text layer; previous person in the genitive; arrives while a protocol is awaited")

def g10():
    txt = """МИНИСТЕРСТВО ЦИФРОВОГО РАЗВИТИЯ, ИННОВАЦИЙ И АЭРОКОСМИЧЕСКОЙ ПРОМЫШЛЕННОСТИ РЕСПУБЛИКИ КАЗАХСТАН
Департамент государственных услуг

010000, г. Астана, пр. Мангилик Ел, 55/5, БЦ "Абу-Даби Плаза", блок С2.2
тел.: 8 (7172) 64-02-00, канцелярия: kanc@digital-min.gov.kz

Исх. № 17-2-4/886-И от 08.02.2027
На № ЕКЦ-2027/100 от 27.01.2027

Руководителю Единого контакт-центра

О назначении ответственного лица

Уважаемая Гульмира Ермековна!

Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан (далее - Министерство), рассмотрев Ваш запрос от 27 января 2027 года № ЕКЦ-2027/100, сообщает следующее.

Согласно пункту 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных услуг с центральными государственными органами, местными исполнительными органами, а также услугодателями, центральные государственные органы с момента получения запроса Единого контакт-центра в течение трех рабочих дней назначают ответственное лицо за представление информации в Единый контакт-центр и проведение обучения.

Запрос Единого контакт-центра поступил в Министерство 29 января 2027 года и был расписан в Департамент государственных услуг. В связи с проводимой в Министерстве реорганизацией структурных подразделений (приказ Министра от 25 января 2027 года № 31/НК) определение ответственного лица потребовало согласования с Комитетом информационной безопасности и Комитетом телекоммуникаций, в ведении которых находятся отдельные процессы оказания указанных государственных услуг. Приносим извинения за задержку с ответом.

По итогам согласования ответственным лицом за представление информации в Единый контакт-центр и проведение обучения сотрудников Единого контакт-центра по следующим государственным услугам:

1) 00301138 - "Выдача регистрационного свидетельства удостоверяющего центра";
2) 00301141 - "Аккредитация удостоверяющих центров";
3) 00301152 - "Выдача разрешения на использование радиочастотного спектра Республики Казахстан",

назначен Абдуллаев Тимур Рустамович, главный эксперт Департамента государственных услуг.
Телефон: +7 (7172) 64-02-18
Электронная почта: t.abdullayev@digital-min.gov.kz

Информация по форме приложения 1 к Правилам будет представлена ответственным лицом в срок, установленный пунктом 5 Правил, то есть не более пяти рабочих дней с момента назначения.

Просим учесть, что по вопросам, связанным с радиочастотным спектром, консультации в части технических условий может дополнительно давать главный специалист Комитета телекоммуникаций Ким Елена Викторовна (тел. 8 (7172) 64-05-71), однако она не является ответственным лицом в смысле Правил взаимодействия, и переписка должна вестись через Абдуллаева Т.Р.

Также информируем, что ответственный исполнитель Министерства по вопросам ИС Мониторинг остается прежним - управление мониторинга Департамента государственных услуг (8 (7172) 64-02-30).

Надеемся на дальнейшее плодотворное сотрудничество.

С уважением,

Директор Департамента государственных услуг                    А. Сарсембаев

Исп.: Абдуллаев Т.Р.
тел. 64-02-18
"""
    name = "g10-appointment-long.txt"
    key = [{"part": name, "kind": "responsible_change", "language": "ru",
            "responsible": person("Абдуллаев Тимур Рустамович", "главный эксперт Департамента государственных услуг",
                                  "t.abdullayev@digital-min.gov.kz", "+77172640218"),
            "previous_responsible": None,
            "services": [{"registry_number": "00301138"}, {"registry_number": "00301141"}, {"registry_number": "00301152"}]}]
    save(name, txt.encode("windows-1251"), key,
         context(MCIF, [svc("00301138", "Выдача регистрационного свидетельства удостоверяющего центра"),
                        svc("00301141", "Аккредитация удостоверяющих центров"),
                        svc("00301152", "Выдача разрешения на использование радиочастотного спектра Республики Казахстан")],
                 "appointment", letter("ЕКЦ-2027/100", "2027-01-27", "О назначении ответственного лица"),
                 "record the appointed responsible person for three services; await the Appendix 1 information", True),
         "responsible_change", "ru", "txt (windows-1251)", "very long letter quoting the Rules; a second named person with a phone who is explicitly NOT responsible")

def g11():
    body = """Бірыңғай байланыс орталығына

Павлодар облысының ветеринария басқармасы Өзара іс-қимыл қағидаларының 6-тармағына сәйкес «Ветеринариялық анықтама беру» (№ 00706021) мемлекеттік көрсетілетін қызметі бойынша бұрын ұсынылған ақпаратқа өзгеріс енгізілгенін хабарлайды.

Жаңа стандарт: Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 25 қаңтардағы № 52 бұйрығымен бекітілген «Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары

Бұйрық 2027 жылғы 9 наурыздан бастап қолданысқа енгізілді. Қалған мәліметтер (интернет-ресурс, жауапты тұлға) өзгерген жоқ.

Құрметпен,
Мұратова Әлия Ерланқызы
бас маман, 8 (7182) 32-54-19

-----
Сообщаем об изменении стандарта государственной услуги 00706021 (текст выше на государственном языке).
"""
    html = ("<html><body><div style='font-family:Arial;font-size:10pt'>" +
            "".join(f"<p>{l}</p>" if l else "<br>" for l in body.replace("«", "&laquo;").replace("»", "&raquo;").split("\n")) +
            "</div></body></html>")
    ent = alt(body, html, "utf-8", "quoted-printable")
    msg = message([("From", addr("Мұратова Әлия", "a.muratova@pavlodar-obl.gov.kz")), ("To", EKC),
                   ("Date", "Wed, 10 Mar 2027 12:14:27 +0500"),
                   ("Subject", enc_hdr("00706021 - стандарт өзгерді / изменение стандарта"))], ent)
    name = "g11-change-notice-kk.eml"
    key = [{"part": "body", "kind": "change_notice", "language": "kk",
            "services": [{"registry_number": "00706021",
                          "standard": "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2027 жылғы 25 қаңтардағы № 52 бұйрығымен бекітілген «Ветеринариялық анықтама беру» мемлекеттік көрсетілетін қызмет қағидалары",
                          "regulation": None, "website": None}],
            "change_date": "2027-03-09"}]
    save(name, msg, key,
         context(PAVL, [svc("00706021", "Выдача ветеринарной справки")], "consulting", None,
                 "update the standard of 00706021 (in force from 9 March 2027)", True),
         "change_notice", "kk", "eml (alternative, QP)", "Kazakh change notice with a labelled line, a Russian one-line summary, date in Kazakh")

def g12():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Изменения"
    ws["A1"] = "Аппарат акима Абайского района города Шымкента"
    ws["A2"] = "Сведения об изменении информации, ранее представленной в Единый контакт-центр (п. 6 Правил взаимодействия)"
    ws["A3"] = "Изменения внесены с 1 февраля 2027 года в связи с переходом сайтов акиматов на единую платформу gov.kz."
    hdr = ["№", "№ услуги в реестре", "Наименование государственной услуги", "Что изменилось", "Прежнее значение", "Новое значение"]
    rows = [[1, "00405031", "Выдача справки о наличии личного подсобного хозяйства", "Интернет-ресурс",
             "www.abay-shymkent.kz/gosuslugi", "www.gov.kz/memleket/entities/shymkent-abay"],
            [2, "00405034", "Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан", "Интернет-ресурс",
             "www.abay-shymkent.kz/gosuslugi", "www.gov.kz/memleket/entities/shymkent-abay"]]
    for j, h in enumerate(hdr, 1):
        ws.cell(5, j, h).font = Font(bold=True)
    for i, r in enumerate(rows, 6):
        for j, v in enumerate(r, 1):
            ws.cell(i, j, v)
    box(ws, 5, 7, 1, 6)
    for col, w in zip("ABCDEF", [5, 13, 55, 18, 32, 42]):
        ws.column_dimensions[col].width = w
    ws["A9"] = "Ответственное лицо: Кулбаев Данияр Ерланович, 8 (7252) 53-40-16"
    data = xlsx_bytes(wb)
    name = "g12-change-notice-website.xlsx"
    key = [{"part": name, "kind": "change_notice", "language": "ru",
            "services": [{"registry_number": "00405031", "standard": None, "regulation": None, "npa_changes": None,
                          "website": "www.gov.kz/memleket/entities/shymkent-abay"},
                         {"registry_number": "00405034", "standard": None, "regulation": None, "npa_changes": None,
                          "website": "www.gov.kz/memleket/entities/shymkent-abay"}],
            "change_date": "2027-02-01"}]
    save(name, data, key,
         context(ABAY, [svc("00405031", "Выдача справки о наличии личного подсобного хозяйства"),
                        svc("00405034", "Выдача справки по определению адреса объектов недвижимости")],
                 "consulting", None, "update the web address of both services from 1 February 2027", True),
         "change_notice", "ru", "xlsx", "old and new values side by side (the old address must not be taken); date in a note above the table")

def g13():
    body = ("Коллеги, по 00801033 изменились НПА: приказ Министра здравоохранения РК от 10.02.2027 № ҚР ДСМ-14 "
            "«О внесении изменений в приказ от 21 декабря 2020 года № ҚР ДСМ-274/2020». Вступил в силу 24.02.2027. "
            "Остальное без изменений.\n\nКенжебек Д.\n")
    ent = text_part(body, "plain", "utf-8", "8bit", label=False)  # no charset label, raw UTF-8
    msg = message([("From", addr("Кенжебек Дана", "d.kenzhebek@densaulyq-min.gov.kz")), ("To", EKC),
                   ("Date", "Thu, 25 Feb 2027 08:41:10 +0500"), ("Subject", "00801033")], ent)
    name = "g13-change-notice-short.eml"
    key = [{"part": "body", "kind": "change_notice", "language": "ru",
            "services": [{"registry_number": "00801033", "standard": None, "regulation": None,
                          "npa_changes": "приказ Министра здравоохранения РК от 10.02.2027 № ҚР ДСМ-14 «О внесении изменений в приказ от 21 декабря 2020 года № ҚР ДСМ-274/2020»",
                          "website": None}],
            "change_date": "2027-02-24"}]
    save(name, msg, key,
         context(MZ, [svc("00801033", "Выдача сертификата специалиста в области здравоохранения")], "consulting", None,
                 "record the changing act for 00801033 (in force 24 February 2027)", True),
         "change_notice", "ru", "eml (8bit UTF-8, no charset label)", "three sentences, subject is only the registry number; Kazakh letters in the order number; no charset label")

def g14():
    body = """Бірыңғай байланыс орталығына
2027 жылғы 12 ақпандағы № ЕКЦ-2027/125 сұрау салуға

Қазақстан Республикасы Қорғаныс министрлігі «Әскери қызметшілерді жұмылдыру резервінің есебіне қою» (№ 02001022) мемлекеттік көрсетілетін қызметі бойынша қосымша ақпарат беру туралы сұрау салуыңызды қарап, мынаны хабарлайды.

Сұралып отырған әскери есепке алу органдарының жұмылдыру жоспарлары мен есепке алу тәртібі туралы мәліметтер мемлекеттік құпияларды құрайды, сондықтан оларды ұсыну мүмкін емес.

Қызметті алушыларға жалпы ақпаратты (өтініш беру тәртібі, құжаттар тізбесі) бұрын ұсынылған стандарт негізінде беруді сұраймыз.

Бас штаб бастығының орынбасары                     полковник Б. Нұрмұхамбетов

Орынд.: Серікбай Қ., 8 (7172) 72-15-77
"""
    ent = text_part(body, "plain", "utf-8", "base64")
    msg = message([("From", addr("ҚР Қорғаныс министрлігі кеңсесі", "kanc@qorganys-min.gov.kz")), ("To", EKC),
                   ("Date", "Fri, 19 Feb 2027 11:11:11 +0500"),
                   ("Subject", enc_hdr("ЕКЦ-2027/125 сұрау салуға жауап"))], ent)
    name = "g14-refusal-state-secret-kk.eml"
    key = [{"part": "body", "kind": "refusal", "language": "kk",
            "refusal_reason": "Сұралып отырған әскери есепке алу органдарының жұмылдыру жоспарлары мен есепке алу тәртібі туралы мәліметтер мемлекеттік құпияларды құрайды",
            "refusal_ground": "state_secret",
            "services": [{"registry_number": "02001022"}]}]
    save(name, msg, key,
         context(MO, [svc("02001022", "Постановка военнообязанных на учет мобилизационного резерва")], "additional_answer",
                 letter("ЕКЦ-2027/125", "2027-02-12", "О представлении дополнительной информации"),
                 "record a lawful refusal (state secret); close the additional request", True),
         "refusal", "kk", "eml", "Kazakh refusal; the reason is the state secret, the letter also asks to keep consulting from the standard")

def g15():
    p = Pdf(fs=11)
    p.text("АЛМАТЫ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ ДЕНСАУЛЫҚ САҚТАУ БАСҚАРМАСЫ", font="DVB", fs=10, align="c")
    p.text("УПРАВЛЕНИЕ ОБЩЕСТВЕННОГО ЗДРАВООХРАНЕНИЯ ГОРОДА АЛМАТЫ", font="DVB", fs=10, align="c")
    p.c.line(70, p.y + 4, p.right, p.y + 4); p.space(6)
    p.text("№ 07-3/1302 от 16.02.2027", fs=10)
    p.text("Единый контакт-центр\nна № ЕКЦ-2027/119 от 04.02.2027", align="r")
    p.space(8)
    p.text("Управление общественного здравоохранения города Алматы, рассмотрев запрос Единого контакт-центра о "
           "представлении информации по форме приложения 1 к Правилам взаимодействия по государственной услуге "
           "«Выдача сертификата специалиста в области здравоохранения» (00801033), сообщает, что не может представить "
           "запрашиваемую информацию.")
    p.text("Причина: оказание государственной услуги «Выдача сертификата специалиста в области здравоохранения» не "
           "относится к компетенции Управления. Услуга оказывается Комитетом медицинского и фармацевтического контроля "
           "Министерства здравоохранения Республики Казахстан и его территориальными департаментами.")
    p.text("Рекомендуем направить запрос в Министерство здравоохранения Республики Казахстан.")
    p.space(20)
    p.text("Руководитель управления                                               Т. Баймаханов", font="DVB")
    p.space(30)
    p.text("Исп.: Калмаханова Ж., 8 (727) 241-77-15", fs=8)
    data = p.bytes()
    name = "g15-refusal-not-competent.pdf"
    key = [{"part": name, "kind": "refusal", "language": "ru",
            "refusal_reason": "оказание государственной услуги «Выдача сертификата специалиста в области здравоохранения» не относится к компетенции Управления",
            "refusal_ground": "not_competent",
            "services": [{"registry_number": "00801033"}]}]
    save(name, data, key,
         context(UZALM, [svc("00801033", "Выдача сертификата специалиста в области здравоохранения")], "information",
                 letter("ЕКЦ-2027/119", "2027-02-04", "О представлении информации по форме приложения 1"),
                 "record the refusal (not competent) and redirect the request to the Ministry of Health", True),
         "refusal", "ru", "pdf", "'Причина:' label followed by the reason; names another competent body")

def g16():
    quoted = """
-----Original Message-----
From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Monday, February 8, 2027 10:15 AM
To: kt@kolik-min.gov.kz
Subject: О представлении дополнительной информации (ЕКЦ-2027/122)

Уважаемые коллеги!
В связи с ростом обращений услугополучателей по государственной услуге «Выдача сертификата эксплуатанта гражданских воздушных судов» (02402011) просим представить дополнительно перечень эксплуатантов, получивших сертификаты в 2026 году, и условия их договоров с аэропортами о наземном обслуживании.
Единый контакт-центр
"""
    text = """Добрый день!

Комитет транспорта, рассмотрев запрос ЕКЦ-2027/122, сообщает.

Перечень эксплуатантов, получивших сертификаты, размещен в открытом доступе на сайте Комитета (раздел «Реестры»).

В представлении второй части запрошенной информации отказываем: сведения об условиях договоров эксплуатантов с аэропортами составляют коммерческую тайну эксплуатантов и не находятся в распоряжении Комитета в объеме, допускающем их раскрытие.

С уважением,
Тәжібай Айбек
главный эксперт Управления гражданской авиации
8 (7172) 75-41-33
"""
    plain = text + quoted
    html = outlook_html(ps(*[l.replace("«", "&laquo;").replace("»", "&raquo;") for l in text.split("\n")]) +
                        '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
                        ps(*[("<b>" + l + "</b>" if l.startswith(("From:", "Sent:", "To:", "Subject:")) else l).replace("<info@ekc.gov.kz>", "&lt;info@ekc.gov.kz&gt;").replace("«", "&laquo;").replace("»", "&raquo;")
                             for l in quoted.strip().split("\n")[1:]]) + "</div>")
    ent = alt(plain, html, "utf-8", "base64")
    msg = message([("From", addr("Тәжібай Айбек", "a.tazhibay@kolik-min.gov.kz")), ("To", EKC),
                   ("Date", "Tue, 16 Feb 2027 16:05:49 +0500"),
                   ("Subject", enc_hdr("RE: О представлении дополнительной информации (ЕКЦ-2027/122)")),
                   ("X-Mailer", "Microsoft Outlook 16.0")], ent)
    name = "g16-refusal-commercial-secret-quoted.eml"
    key = [{"part": "body", "kind": "refusal", "language": "ru",
            "refusal_reason": "сведения об условиях договоров эксплуатантов с аэропортами составляют коммерческую тайну эксплуатантов",
            "refusal_ground": "commercial_secret",
            "services": [{"registry_number": "02402011"}]}]
    save(name, msg, key,
         context(KTRAN, [svc("02402011", "Выдача сертификата эксплуатанта гражданских воздушных судов")], "additional_answer",
                 letter("ЕКЦ-2027/122", "2027-02-08", "О представлении дополнительной информации"),
                 "record a partial refusal (commercial secret); the rest is public", True),
         "refusal", "ru", "eml (Outlook, quoted request)", "partial refusal: one part answered, the other refused; our request quoted below with its own wording")

def g17():
    d = new_doc(size=12)
    para(d, "ХАТТАМА", bold=True, align="c", size=14)
    para(d, "мемлекеттік көрсетілетін қызметтерді Бірыңғай байланыс орталығының консультациялау үшін қабылдауы туралы", bold=True, align="c")
    para(d, "Тараз қаласы\t\t\t\t\t\t2027 жылғы 19 ақпан")
    para(d, "Өзара іс-қимыл қағидаларының 8-тармағына сәйкес Жамбыл облысының мұрағаттар және құжаттама басқармасының "
            "жауапты тұлғасы Байжанова Динара Төлегенқызы Бірыңғай байланыс орталығының қызметкерлеріне бейнебайланыс "
            "арқылы оқыту өткізді. Оқыту барысында қызметкерлердің алдын ала жіберілген сұрақтарына жауап берілді.", align="j")
    para(d, "Оқыту нәтижелері бойынша Бірыңғай байланыс орталығы мынадай мемлекеттік көрсетілетін қызметтерді "
            "консультациялау үшін қабылдады:", align="j")
    table(d, [["Р/с №", "Тізілімдегі нөмірі", "Мемлекеттік көрсетілетін қызметтің атауы"],
              ["1", "00703004", "Мұрағаттық анықтама беру"],
              ["2", "00703007", "Мұрағаттық құжаттардың көшірмелерін беру"]], size=11)
    para(d, "")
    para(d, "Оқытуға қатысқандар: Бірыңғай байланыс орталығының 6 операторы (тізімі қоса беріледі).")
    table(d, [["Жамбыл облысының мұрағаттар және құжаттама басқармасы", "Бірыңғай байланыс орталығы"],
              ["Басшының орынбасары\n_____________ А. Тұрсынбаев\nМ.О.", "Басшының орынбасары\n_____________ С. Әбенова\nМ.О."]],
          size=11, bold_first=0)
    data = docx_bytes(d)
    name = "g17-protocol-kk.docx"
    key = [{"part": name, "kind": "training_protocol", "language": "kk", "protocol_date": "2027-02-19",
            "services": [{"registry_number": "00703004"}, {"registry_number": "00703007"}]}]
    save(name, data, key,
         context(ZHAMB, [svc("00703004", "Выдача архивной справки"), svc("00703007", "Выдача копий архивных документов")],
                 "protocol", letter("ЕКЦ-2027/121", "2027-02-05", "О проведении обучения"),
                 "mark both services accepted for consulting from the protocol date (+5 working days)", True),
         "training_protocol", "kk", "docx", "Kazakh ХАТТАМА, date in Kazakh words; signature block as a borderless-looking table")

def g18():
    lines = ["^^**ПРОТОКОЛ",
             "^^принятия Единым контакт-центром государственных услуг для консультирования", "",
             "г. Астана                                                                         «26» февраля 2027 г.", "",
             "Мы, нижеподписавшиеся, представители Министерства труда и социальной защиты населения Республики "
             "Казахстан и Единого контакт-центра, составили настоящий протокол о том, что 26 февраля 2027 года "
             "ответственными лицами Министерства проведено обучение сотрудников Единого контакт-центра "
             "(12 человек) по следующим государственным услугам:", "",
             "1. 00601012 - Назначение государственного пособия многодетным матерям;",
             "2. 00601015 - Назначение специальной социальной выплаты.", "",
             "По итогам обучения указанные государственные услуги приняты Единым контакт-центром для консультирования "
             "услугополучателей. Консультирование начинается по истечении пяти рабочих дней с момента подписания "
             "настоящего протокола.", "", "",
             "От Министерства труда и социальной защиты населения РК:",
             "Директор Департамента социальной помощи _______________ А. Жунусова", "",
             "От Единого контакт-центра:",
             "Заместитель руководителя _______________ Т. Искаков", "", "",
             "Обучение проводили: Жунусова А.Б., Оспанова Г.Е."]
    data = scan_pdf(lines, fs=11, seed=18, stamp="МТСЗН РК", angle=-0.6)
    name = "g18-protocol-scan.pdf"
    key = [{"part": name, "kind": "training_protocol", "language": "ru", "protocol_date": "2027-02-26",
            "services": [{"registry_number": "00601012"}, {"registry_number": "00601015"}]}]
    save(name, data, key,
         context(MTSZN, [svc("00601012", "Назначение государственного пособия многодетным матерям"),
                         svc("00601015", "Назначение специальной социальной выплаты")],
                 "protocol", letter("ЕКЦ-2027/088", "2027-01-21", "О проведении обучения и подписании протокола"),
                 "mark both services accepted for consulting; consulting starts 5 working days after 26 February 2027", True),
         "training_protocol", "ru", "pdf (raster scan + invisible text layer)", "scanned signed protocol, skewed page, stamp over signatures")

def g19():
    lines = ["^^**ХАТТАМА / ПРОТОКОЛ",
             "^^мемлекеттік көрсетілетін қызметті консультациялау үшін қабылдау туралы",
             "^^принятия государственной услуги для консультирования", "",
             "Астана қ. / г. Астана                                                         02.03.2027", "",
             "Министерство экологии и природных ресурсов Республики Казахстан в лице ответственного лица "
             "Мұқановой Г.С. провело обучение сотрудников Единого контакт-центра по государственной услуге "
             "00707012 «Выдача разрешения на природопользование».",
             "Государственная услуга принята Единым контакт-центром для консультирования.", "",
             "Министрлік атынан / От Министерства: ____________ Мұқанова Г.С.",
             "ББО атынан / От ЕКЦ: ____________ Әбенова С.Қ."]
    att = scan_pdf(lines, fs=11, seed=19, stamp="ЭТРМ", angle=0.8)
    body = "Подписанный протокол во вложении (скан). Оригинал передадим нарочным.\n\n--\nГ. Мұқанова\n"
    fn = "Scan_20270303_101512.pdf"
    ent = multipart("mixed", [text_part(body, "plain", "utf-8", "quoted-printable"), att_part(fn, att, "application/pdf")])
    msg = message([("From", addr("Мұқанова Гүлнар", "g.mukanova@ecogeo-min.gov.kz")), ("To", EKC),
                   ("Date", "Wed, 03 Mar 2027 10:17:03 +0500"),
                   ("Subject", enc_hdr("хаттама"))], ent)
    name = "g19-protocol-scan-attached.eml"
    key = [{"part": fn, "kind": "training_protocol", "protocol_date": "2027-03-02",
            "services": [{"registry_number": "00707012"}]}]
    save(name, msg, key,
         context(MEKO, [svc("00707012", "Выдача разрешения на природопользование")], "protocol",
                 letter("ЕКЦ-2027/129", "2027-02-19", "О проведении обучения"),
                 "mark the service accepted for consulting from 2 March 2027 (+5 working days)", True),
         "training_protocol", "ru", "eml + scanned pdf", "scanner-named attachment, one-word subject; bilingual protocol as a raster with an invisible text layer; date only as 02.03.2027 (mail sent 03.03)")

def g20():
    d = new_doc(size=10, landscape_=True)
    para(d, "1-қосымша", align="r", size=9)
    para(d, "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу", bold=True, align="c")
    hdr = ["Р/с №", "Тізілімдегі мемлекеттік көрсетілетін қызметтің №", "Мемлекеттік көрсетілетін қызметтің атауы",
           "Мемлекеттік көрсетілетін қызмет стандарты (деректемелерімен)", "Мемлекеттік көрсетілетін қызмет регламенті (деректемелерімен)",
           "Нормативтік құқықтық актілердің өзгерістері", "Ақпарат орналастырылған интернет-ресурс",
           "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
    s1 = ["1", "00405017", "Жер учаскесіне сәйкестендіру құжатын дайындау",
          "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген мемлекеттік көрсетілетін қызмет қағидалары",
          "–", "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 9 желтоқсандағы № 455 бұйрығы",
          "www.gov.kz/memleket/entities/turkestan",
          "Төлеубаева Меруерт Асқарқызы, жер қатынастары бөлімінің бас маманы, тел.: 8 (72533) 5-12-07, m.toleubayeva@turkistan-akimat.gov.kz"]
    s2 = ["2", "00405023", "Елді мекен шегіндегі жер учаскесінің нысаналы мақсатын өзгерту",
          "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген мемлекеттік көрсетілетін қызмет қағидалары",
          "–", "–", "www.gov.kz/memleket/entities/turkestan",
          "Әбдіразақов Ерлан Нұрланұлы, жер қатынастары бөлімінің басшысы, тел.: 8 (72533) 5-12-01"]
    table(d, [hdr, [str(i) for i in range(1, 9)], s1, s2], size=8)
    para(d, "")
    para(d, "Орындаған: Төлеубаева М.А.")
    para(d, "Күні: 2027 жылғы 24 ақпан")
    att = docx_bytes(d)
    body = """Құрметті әріптестер!

2027 жылғы 26 қаңтардағы № ЕКЦ-2027/099 хатыңызға сәйкес 1-қосымшаның нысаны бойынша толық ақпаратты жолдаймыз (бұрын жіберілген нысанда 4-8 бағандар толтырылмаған болатын).

Құрметпен,
Төлеубаева Меруерт
Түркістан облысы әкімінің аппараты
8 (72533) 5-12-07
"""
    fn = "1-косымша толык.docx"
    ent = multipart("mixed", [text_part(body, "plain", "utf-8", "base64"),
                              att_part(fn, att, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    msg = message([("From", addr("Төлеубаева Меруерт", "m.toleubayeva@turkistan-akimat.gov.kz")), ("To", EKC),
                   ("Date", "Wed, 24 Feb 2027 15:33:10 +0500"),
                   ("Subject", enc_hdr("Re: 1-қосымша нысаны бойынша ақпарат (толық)")),
                   ("User-Agent", "Zimbra 9.0 (ZimbraWebClient)")], ent)
    name = "g20-form-kk-attached.eml"
    std = "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2020 жылғы 1 қазандағы № 301 бұйрығымен бекітілген мемлекеттік көрсетілетін қызмет қағидалары"
    key = [{"part": fn, "kind": "appendix1_form", "language": "kk",
            "services": [svc_key("00405017", "Жер учаскесіне сәйкестендіру құжатын дайындау", std, None,
                                 "Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 9 желтоқсандағы № 455 бұйрығы",
                                 "www.gov.kz/memleket/entities/turkestan",
                                 person("Төлеубаева Меруерт Асқарқызы", "жер қатынастары бөлімінің бас маманы",
                                        "m.toleubayeva@turkistan-akimat.gov.kz", "87253351207")),
                         svc_key("00405023", "Елді мекен шегіндегі жер учаскесінің нысаналы мақсатын өзгерту", std, None, None,
                                 "www.gov.kz/memleket/entities/turkestan",
                                 person("Әбдіразақов Ерлан Нұрланұлы", "жер қатынастары бөлімінің басшысы", None, "87253351201"))],
            "executor": {"full_name": "Төлеубаева М.А.", "date": "2027-02-24"}}]
    save(name, msg, key,
         context(TURK, [svc("00405017", "Изготовление идентификационного документа на земельный участок"),
                        svc("00405023", "Изменение целевого назначения земельного участка в пределах населенного пункта")],
                 "information", letter("ЕКЦ-2027/099", "2027-01-26", "О представлении информации по форме приложения 1"),
                 "record the complete information for both services (replaces the earlier partial form)", True),
         "appendix1_form", "kk", "eml + docx", "Kazakh form and body; en-dash empty cells; follow-up of the partial form o31")

def g21():
    body = """Добрый день!

На ваше письмо ниже сообщаем: ответственным лицом за представление информации в Единый контакт-центр и проведение обучения по государственной услуге "Выдача удостоверения на право управления самоходным маломерным судном" (02402007) назначен

Жумабеков Асхат Ерланович - главный эксперт Управления государственных услуг Комитета транспорта,
тел. 8 (7172) 75-41-02, a.zhumabekov@kolik-min.gov.kz.

Информация по форме приложения 1 будет направлена им в течение пяти рабочих дней.

Айтбаева Л.Н.
Комитет транспорта МТ РК

02.02.2027 9:40, Единый контакт-центр пишет:
> Уважаемые коллеги!
> В соответствии с пунктом 5 Правил взаимодействия просим в течение трех рабочих дней
> назначить ответственное лицо за представление информации в Единый контакт-центр
> и проведение обучения по государственной услуге 02402007 и сообщить его
> фамилию, имя, отчество, должность и контактные данные.
> Единый контакт-центр, исх. ЕКЦ-2027/098 от 26.01.2027 (повторно)
"""
    ent = text_part(body, "plain", "koi8-r", "8bit")
    raw = message([("From", addr("Айтбаева Ляззат", "l.aitbayeva@kolik-min.gov.kz", "koi8-r")), ("To", EKC),
                   ("Date", "Thu, 04 Feb 2027 12:02:58 +0500"),
                   ("Subject", enc_hdr("Re: О назначении ответственного лица", "koi8-r")),
                   ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")],
                  ([ent[0][0], "Content-Transfer-Encoding: 8bit"], body.encode("koi8-r")))
    name = "g21-appointment-koi8r-quoted.eml"
    key = [{"part": "body", "kind": "responsible_change", "language": "ru",
            "responsible": person("Жумабеков Асхат Ерланович", "главный эксперт Управления государственных услуг Комитета транспорта",
                                  "a.zhumabekov@kolik-min.gov.kz", "87172754102"),
            "previous_responsible": None,
            "services": [{"registry_number": "02402007"}]}]
    save(name, raw, key,
         context(KTRAN, [svc("02402007", "Выдача удостоверения на право управления самоходным маломерным судном")], "appointment",
                 letter("ЕКЦ-2027/098", "2027-01-26", "О назначении ответственного лица"),
                 "record the appointed responsible person; await the Appendix 1 information", True),
         "responsible_change", "ru", "eml (koi8-r 8bit, Thunderbird quote)", "koi8-r; our request quoted with '>' and its own 'ответственное лицо' wording; signer differs from the appointee")

def o45():
    body = """Сәлеметсіз бе!

Оқытуға дейін жіберілген сұрақтар тізімін (14 сұрақ) алдық, рахмет. Сұрақтарға жауаптар оқыту кезінде беріледі, жазбаша жауаптар қажет болса, хабарлаңыз.

Оқыту күнін 2027 жылғы 11 наурызға ауыстыруды ұсынамыз, себебі жауапты маман 1-5 наурыз аралығында іссапарда болады. Хаттама оқытудан кейін ресімделеді.

Вопросы получили, спасибо. Предлагаем перенести обучение на 11 марта.

Мұқанова Гүлнар
8 (7172) 74-09-61

-----Original Message-----
From: Единый контакт-центр <info@ekc.gov.kz>
Sent: Tuesday, February 23, 2027 17:20
Subject: Перечень вопросов до проведения обучения (00707012)
"""
    ent = text_part(body, "plain", "utf-8", "quoted-printable")
    msg = message([("From", addr("Мұқанова Гүлнар", "g.mukanova@ecogeo-min.gov.kz")), ("To", EKC),
                   ("Date", "Wed, 24 Feb 2027 09:05:38 +0500"),
                   ("Subject", enc_hdr("RE: Перечень вопросов до проведения обучения (00707012)"))], ent)
    name = "o45-questions-received-kk.eml"
    save(name, msg, other("body"),
         context(MEKO, [svc("00707012", "Выдача разрешения на природопользование")], "protocol",
                 letter("ЕКЦ-2027/133", "2027-02-23", "Перечень вопросов до проведения обучения"),
                 "agree the new training date; the protocol is still awaited", False),
         "other", "kk+ru", "eml", "acknowledges our questions and mentions the хаттама to come; a reply, but not one that moves the case")

def g22():
    d = new_doc(size=13)
    para(d, "ШЫМКЕНТ ҚАЛАСЫ АБАЙ АУДАНЫ ӘКІМІНІҢ АППАРАТЫ\nАППАРАТ АКИМА АБАЙСКОГО РАЙОНА ГОРОДА ШЫМКЕНТА", bold=True, align="c", size=11)
    para(d, "БҰЙРЫҚ / ПРИКАЗ", bold=True, align="c")
    para(d, "2027 жылғы 8 ақпан / 8 февраля 2027 года\t\t\t\t№ 21-ө")
    para(d, "Об определении ответственного лица за взаимодействие с Единым контакт-центром", bold=True, align="c")
    para(d, "В соответствии с пунктом 5 Правил взаимодействия Единого контакт-центра по вопросам оказания государственных "
            "услуг и на основании запроса Единого контакт-центра от 1 февраля 2027 года № ЕКЦ-2027/110 ПРИКАЗЫВАЮ:", align="j")
    para(d, "1. Определить Кулбаева Данияра Ерлановича ответственным лицом за представление информации в Единый "
            "контакт-центр и проведение обучения сотрудников Единого контакт-центра по государственным услугам:\n"
            "- «Выдача справки о наличии личного подсобного хозяйства» (00405031);\n"
            "- «Выдача справки по определению адреса объектов недвижимости на территории Республики Казахстан» (00405034).", align="j")
    para(d, "Контакты ответственного лица: тел. 8 (7252) 53-40-16, e-mail: d.kulbayev@shymkent-akimat.gov.kz.")
    para(d, "2. Кулбаеву Д.Е. в течение пяти рабочих дней представить в Единый контакт-центр информацию по форме "
            "приложения 1 к Правилам.", align="j")
    para(d, "3. Контроль за исполнением настоящего приказа оставляю за собой.", align="j")
    para(d, "\nРуководитель аппарата акима района\t\t\t\tБ. Оразалиев")
    para(d, "Ознакомлен: Кулбаев Д.Е. ____________ 08.02.2027", size=10)
    data = docx_bytes(d)
    name = "g22-appointment-by-order.docx"
    key = [{"part": name, "kind": "responsible_change", "language": "ru",
            "responsible": {"full_name": "Кулбаев Данияр Ерланович", "email": "d.kulbayev@shymkent-akimat.gov.kz", "phone": "87252534016"},
            "previous_responsible": None,
            "services": [{"registry_number": "00405031"}, {"registry_number": "00405034"}]}]
    save(name, data, key,
         context(ABAY, [svc("00405031", "Выдача справки о наличии личного подсобного хозяйства"),
                        svc("00405034", "Выдача справки по определению адреса объектов недвижимости")],
                 "appointment", letter("ЕКЦ-2027/110", "2027-02-01", "О назначении ответственного лица"),
                 "record the appointed responsible person for both services", True),
         "responsible_change", "ru", "docx", "an order (приказ) that does appoint the ЕКЦ responsible person; name in the accusative; contrast with o09/o10")

# ======================================================================
def write_manifest():
    lines = ["# heldout-r3c / ruslan", "",
             "Mail and documents landing in the contact centre's mailbox from the agencies it works with.",
             "`o*` are NOT replies that move a case (kind `other`, `is_reply: false`), chosen to look like replies;",
             "`g*` are genuine replies written in unusual ways. Rebuild: `python make.py` (python-docx, openpyxl, reportlab, Pillow).",
             "All agencies, people, phones, e-mail domains and registry numbers are invented.", "",
             "| file | kind | language | format | what makes it hard |", "| --- | --- | --- | --- | --- |"]
    from collections import Counter
    kinds = Counter(k for _, k, _, _, _ in MANIFEST)
    fmts = Counter(n.rsplit(".", 1)[-1] for n, _, _, _, _ in MANIFEST)
    langs = Counter(("kk/mixed" if "kk" in l else l) for _, _, l, _, _ in MANIFEST)
    summary = ["", "Totals: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "; formats: " +
               ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())) + "; languages: " +
               ", ".join(f"{k} {v}" for k, v in sorted(langs.items())), ""]
    lines[7:7] = summary
    for name, kind, lang, fmt, hard in MANIFEST:
        lines.append(f"| `{name}` | {kind} | {lang} | {fmt} | {hard} |")
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    g = globals()
    for fn in sorted(k for k in g if (k[0] in "og") and k[1:].isdigit() and callable(g[k])):
        g[fn]()
    write_manifest()
    print(len(MANIFEST), "documents")
